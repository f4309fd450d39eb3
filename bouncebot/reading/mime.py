"""RFC 5322 messages to text blocks with provenance, surviving the stdlib parser's known crashes.

`policy.default` raises on some malformed real-world headers (tech notes §5.1), so we parse with it
and fall back to `compat32`; identity headers are read raw and decoded field by field, and every
part's payload is decoded with an explicit charset fallback. Forwarded `message/rfc822` parts are
walked recursively, because `iter_attachments()` hides what is inside them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from email import policy
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime

from bouncebot.model import Attachment, Block, Source
from bouncebot.reading.docx import DocxError, docx_text
from bouncebot.reading.html import html_to_text, tidy
from bouncebot.reading.pages import rejoin_pages
from bouncebot.reading.pdf import PdfError, pdf_pages

log = logging.getLogger("bouncebot.reading")


class UnreadableMessage(Exception):
    """The message as a whole cannot be read; `reason` is written for a practice manager."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class ReadingLimits:
    max_message_bytes: int = 40_000_000
    max_attachment_bytes: int = 25_000_000
    pdf_timeout_seconds: float = 20.0
    pdf_memory_mb: int = 768


@dataclass
class Parts:
    """What the walk over a message's MIME tree collected."""

    blocks: list[Block] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def parse(data: bytes) -> Message:
    """Parse with the modern policy; fall back to compat32 where it crashes."""
    try:
        msg = BytesParser(policy=policy.default).parsebytes(data)
        for key in ("From", "To", "Subject", "Date", "Message-ID", "Reply-To", "Content-Type"):
            str(msg.get(key, ""))  # header access is where policy.default raises
        return msg
    except Exception:  # noqa: BLE001 - CPython's parser raises IndexError etc. on bad headers
        return BytesParser(policy=policy.compat32).parsebytes(data)


def header(msg: Message, name: str) -> str:
    """A header's decoded value, or '' when it is absent or undecodable."""
    raw = None
    for key, value in msg.raw_items() if hasattr(msg, "raw_items") else msg.items():
        if key.lower() == name.lower():
            raw = value
            break
    if raw is None:
        return ""
    raw = str(raw)
    try:
        return " ".join(str(make_header(decode_header(raw))).split())
    except Exception:  # noqa: BLE001 - bad encoded-words, unknown charsets
        return " ".join(raw.split())


def address(msg: Message, name: str) -> tuple[str | None, str]:
    """(display name, lower-case address) of the first address in a header."""
    value = header(msg, name)
    try:
        pairs = getaddresses([value])
    except Exception:  # noqa: BLE001
        pairs = []
    for display, addr in pairs:
        if "@" in addr:
            return (display or None), addr.strip().lower()
    return None, ""


def date_header(msg: Message):  # type: ignore[no-untyped-def]
    value = header(msg, "Date")
    try:
        when = parsedate_to_datetime(value) if value else None
    except Exception:  # noqa: BLE001
        return None
    if when is not None and when.tzinfo is None:
        return None  # a date without a zone cannot be compared honestly
    return when


def _decoded_text(part: Message) -> str:
    payload = part.get_payload(decode=True) or b""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:  # unknown charset
        return payload.decode("utf-8", errors="replace")


def _filename(part: Message) -> str | None:
    try:
        name = part.get_filename()
    except Exception:  # noqa: BLE001
        return None
    if not name:
        return None
    try:
        return str(make_header(decode_header(name)))
    except Exception:  # noqa: BLE001
        return name


def _sniff(data: bytes, name: str, ctype: str) -> str:
    lower = name.lower()
    if ctype == "application/pdf" or lower.endswith(".pdf") or data[:5] == b"%PDF-":
        return "pdf"
    if "wordprocessingml" in ctype or lower.endswith(".docx") or (data[:2] == b"PK" and b"word/" in data[:4096]):
        return "docx"
    if ctype in ("text/plain",) or lower.endswith(".txt"):
        return "text"
    return "other"


def _attachment(part: Message, parts: Parts, limits: ReadingLimits, prefix: str) -> None:
    name = _filename(part) or "attachment"
    ctype = part.get_content_type()
    data = part.get_payload(decode=True) or b""
    parts.attachments.append(Attachment(name=prefix + name, content_type=ctype, size=len(data)))
    kind = _sniff(data, name, ctype)
    if kind == "other":
        return  # images, calendar invites, signatures: no letter text
    if len(data) > limits.max_attachment_bytes:
        parts.problems.append(f"attachment {name!r} is larger than the configured limit and was not read")
        return
    if kind == "pdf":
        try:
            pages = pdf_pages(data, timeout=limits.pdf_timeout_seconds, memory_mb=limits.pdf_memory_mb)
        except PdfError as e:
            parts.problems.append(f"PDF attachment {name!r} could not be read: {e}")
            return
        texts = rejoin_pages([tidy(p) for p in pages])
        if not any(texts):
            parts.problems.append(f"PDF attachment {name!r} has no text (a scanned image?): a person must read it")
        for n, text in enumerate(texts, 1):
            if text:
                parts.blocks.append(Block(text, Source("attachment", prefix + name, n)))
    elif kind == "docx":
        try:
            text = tidy(docx_text(data))
        except DocxError as e:
            parts.problems.append(f"Word attachment {name!r} could not be read: {e}")
            return
        if text:
            parts.blocks.append(Block(text, Source("attachment", prefix + name)))
    else:
        text = tidy(_decoded_text(part), tabs_are_cells=True)
        if text:
            parts.blocks.append(Block(text, Source("attachment", prefix + name)))


def _body_text(own: list[Message]) -> str:
    """The best body: text/plain unless it is a stub beside a fuller HTML alternative."""
    plain = html = None
    for part in own:
        if part.is_multipart() or part.get_content_maintype() == "message":
            continue
        if (part.get("Content-Disposition") or "").lower().startswith("attachment") or _filename(part):
            continue
        ctype = part.get_content_type()
        if ctype == "text/plain" and plain is None:
            plain = tidy(_decoded_text(part), tabs_are_cells=True)
        elif ctype == "text/html" and html is None:
            html = html_to_text(_decoded_text(part))
    if plain and (not html or len(plain) >= 0.5 * len(html)):
        return plain
    return html or plain or ""


def _own_parts(msg: Message) -> list[Message]:
    """The message's parts, depth first, without descending into forwarded messages (which are
    read on their own, with their own provenance); a forwarded message/rfc822 part itself is included."""
    out: list[Message] = []
    stack = [msg]
    while stack:
        part = stack.pop(0)
        out.append(part)
        if part.get_content_type() != "message/rfc822" and part.is_multipart():
            stack[0:0] = list(part.get_payload())
    return out


def _walk(msg: Message, parts: Parts, limits: ReadingLimits, prefix: str = "", depth: int = 0) -> None:
    own = _own_parts(msg)
    body = _body_text(own)
    if body:
        parts.blocks.append(Block(body, Source("body") if not prefix else Source("attachment", prefix.rstrip(": "))))
    for part in own[1:]:
        if part.get_content_type() == "message/rfc822":
            if depth >= 3:
                parts.problems.append("forwarded messages nested too deeply were not read")
                continue
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) and inner else inner
            if isinstance(inner, Message):
                label = header(inner, "Subject") or "forwarded message"
                _walk(inner, parts, limits, f"{prefix}forwarded: {label}: ", depth + 1)
            continue
        if part.is_multipart():
            continue
        disposition = (part.get("Content-Disposition") or "").lower()
        if disposition.startswith("attachment") or _filename(part):
            _attachment(part, parts, limits, prefix)


def collect(msg: Message, limits: ReadingLimits) -> Parts:
    parts = Parts()
    _walk(msg, parts, limits)
    return parts
