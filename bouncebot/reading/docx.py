"""DOCX text in reading order: headers, then paragraphs and tables as Word lays them out.

`doc.paragraphs` alone misses tables, where many trusts put "Actions for GP"; headers carry the
trust's name. The ZIP is checked before opening so a zip bomb is refused, not unpacked.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

MAX_UNPACKED = 200 * 1024 * 1024
MAX_RATIO = 200


class DocxError(Exception):
    """The document could not be read; the message says why."""


def _check_zip(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
            names = {i.filename for i in infos}
    except zipfile.BadZipFile as e:
        raise DocxError("the attachment is not a valid Word (.docx) file") from e
    if "word/document.xml" not in names:
        raise DocxError("the attachment is a ZIP file but not a Word document")
    unpacked = sum(i.file_size for i in infos)
    packed = max(1, sum(i.compress_size for i in infos))
    if unpacked > MAX_UNPACKED or unpacked / packed > MAX_RATIO:
        raise DocxError("the Word document unpacks to an implausible size (possible zip bomb); not opened")


def _cells(row: object) -> Iterator[object]:
    seen: set[int] = set()
    for cell in row.cells:  # type: ignore[attr-defined]
        key = id(cell._tc)  # merged cells repeat; keep each once
        if key not in seen:
            seen.add(key)
            yield cell


def _table_lines(table: object) -> Iterator[str]:
    for row in table.rows:  # type: ignore[attr-defined]
        parts = []
        for cell in _cells(row):
            text = "\n".join(_inner_lines(cell)).strip()
            if text:
                parts.append(text.replace("\n", " \n"))
        if parts:
            yield " | ".join(parts)


def _inner_lines(container: object) -> Iterator[str]:
    from docx.table import Table

    for item in container.iter_inner_content():  # type: ignore[attr-defined]
        if isinstance(item, Table):
            yield from _table_lines(item)
        else:
            yield item.text


def docx_text(data: bytes) -> str:
    """All text of the document, one paragraph or table row a line."""
    _check_zip(data)
    from docx import Document

    try:
        doc = Document(io.BytesIO(data))
    except Exception as e:  # noqa: BLE001 - python-docx raises KeyError, ValueError, lxml errors
        raise DocxError(f"the Word document could not be opened ({type(e).__name__})") from e
    lines: list[str] = []
    seen_headers: set[str] = set()
    for section in doc.sections:
        parts = [section.header]
        if section.different_first_page_header_footer:
            parts.append(section.first_page_header)
        for part in parts:
            text = "\n".join(_inner_lines(part)).strip()
            if text and text not in seen_headers:
                seen_headers.add(text)
                lines.append(text)
    lines.extend(_inner_lines(doc))
    for section in doc.sections:
        text = "\n".join(_inner_lines(section.footer)).strip()
        if text and text not in seen_headers:
            seen_headers.add(text)
            lines.append(text)
    return "\n".join(lines)
