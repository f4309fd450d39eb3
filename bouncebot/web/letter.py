"""The hospital letter as the review page shows it: text blocks with evidence marked, and attachments.

Everything here returns plain data (strings and offsets) and the templates escape it: the letter is
untrusted (phishing mail arrives in the same mailbox), so no HTML is ever built from its content in
Python and no email HTML part is ever rendered.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import Message as EmailMessage

from bouncebot.store.tables import FindingRow

#: Types a browser may be handed as they are; anything else downloads as application/octet-stream.
SAFE_TYPES = {
    "application/pdf",
    "application/msword",
    "application/rtf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.ms-outlook",
    "text/plain",
    "text/csv",
    "image/png",
    "image/jpeg",
    "image/gif",
    "image/tiff",
}


@dataclass
class Segment:
    text: str
    category: str | None = None  # set when this run is a finding's evidence
    label: str | None = None  # what the label says next to it
    urgent: bool = False
    finding_id: int | None = None


@dataclass
class BlockView:
    label: str
    segments: list[Segment] = field(default_factory=list)


def _label_for(source: dict) -> str:
    if source.get("kind") == "body":
        return "Email body"
    name = source.get("name") or "attachment"
    return f"{name}, page {source['page']}" if source.get("page") else str(name)


def _locate(text: str, f: FindingRow) -> tuple[int, int] | None:
    """The finding's span in the block: its offsets when they hold its evidence, else a search for it."""
    if 0 <= f.start < f.end <= len(text):
        return f.start, f.end
    if f.evidence:
        i = text.find(f.evidence)
        if i < 0:
            i = text.lower().find(f.evidence.lower())
        if i >= 0:
            return i, i + len(f.evidence)
    return None


def category_label(category: str) -> str:
    return category.replace("_", " ").capitalize()


def blocks_with_evidence(letter_json: str, findings: list[FindingRow]) -> list[BlockView]:
    """Split each block's text into plain and highlighted runs (overlapping spans: the first wins)."""
    try:
        letter = json.loads(letter_json or "{}")
    except ValueError:
        letter = {}
    views = []
    for i, block in enumerate(letter.get("blocks", [])):
        text = str(block.get("text", ""))
        spans = []
        for f in findings:
            if f.block != i:
                continue
            where = _locate(text, f)
            if where:
                label = ("Urgent: " if f.urgent else "") + category_label(f.category) + (" (exempt)" if f.exempt else "")
                spans.append((where[0], where[1], f, label))
        view = BlockView(_label_for(block.get("source") or {}))
        pos = 0
        for start, end, f, label in sorted(spans, key=lambda s: (s[0], -s[1])):
            if start < pos:
                continue
            if start > pos:
                view.segments.append(Segment(text[pos:start]))
            view.segments.append(Segment(text[start:end], f.category, label, f.urgent, f.id))
            pos = end
        if pos < len(text) or not view.segments:
            view.segments.append(Segment(text[pos:]))
        views.append(view)
    return views


def parse(raw: bytes) -> EmailMessage:
    """The original message, parsed leniently (`compat32`: `policy.default` raises on malformed headers)."""
    return message_from_bytes(raw, policy=policy.compat32)


@dataclass(frozen=True)
class AttachmentInfo:
    index: int
    filename: str
    content_type: str
    size: int


def _parts_with_files(msg: EmailMessage) -> list[EmailMessage]:
    parts = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        disposition = (part.get_content_disposition() or "").lower()
        if part.get_filename() or disposition == "attachment":
            parts.append(part)
    return parts


def safe_filename(name: str | None, index: int) -> str:
    """A file name with no path, control characters or quotes (it goes into a header)."""
    name = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = re.sub(r"[\x00-\x1f\x7f\"';]", "", name).strip(" .")
    return name[:120] or f"attachment-{index}"


def attachments(raw: bytes) -> list[AttachmentInfo]:
    out = []
    for i, part in enumerate(_parts_with_files(parse(raw)), 1):
        payload = part.get_payload(decode=True) or b""
        out.append(AttachmentInfo(i, safe_filename(part.get_filename(), i), part.get_content_type(), len(payload)))
    return out


def attachment(raw: bytes, index: int) -> tuple[str, str, bytes] | None:
    """(file name, the type to serve it as, bytes) for the `index`-th attachment (1-based)."""
    parts = _parts_with_files(parse(raw))
    if not 1 <= index <= len(parts):
        return None
    part = parts[index - 1]
    ctype = part.get_content_type().lower()
    name = safe_filename(part.get_filename(), index)
    return name, ctype if ctype in SAFE_TYPES else "application/octet-stream", part.get_payload(decode=True) or b""


def plain_body(raw: bytes, limit: int = 20_000) -> str:
    """The first text/plain part (for quarantined mail with no assessment); HTML parts are never shown."""
    for part in parse(raw).walk():
        if part.get_content_type() == "text/plain" and not part.get_filename():
            payload = part.get_payload(decode=True) or b""
            charset = part.get_content_charset() or "utf-8"
            try:
                text = payload.decode(charset, errors="replace")
            except LookupError:
                text = payload.decode("utf-8", errors="replace")
            return text[:limit]
    return ""


def docx_paragraphs(data: bytes) -> list[str]:
    """The reply letter's paragraphs for an in-page preview (the download is the real thing)."""
    if not data:
        return []
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - a preview is a convenience; the download still works
        return []
    return [p.text for p in document.paragraphs]
