"""Recording inbound mail: each message is taken once, ever (tech notes §4.4).

Rows are unique per mailbox on the normalised Message-ID and, as a fallback for mail without one
(or with a reused one), on the SHA-256 of the bytes. Both are enforced by the database as well.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from email import policy as email_policy
from email.parser import BytesHeaderParser
from email.utils import parsedate_to_datetime

from sqlalchemy import or_
from sqlmodel import Session, select

from bouncebot.model import RawMessage
from bouncebot.store.tables import Message


def _identity(data: bytes) -> tuple[str | None, str, datetime | None, str | None, str | None]:
    """Message-ID (normalised), SHA-256, Date, From and Subject, read without ever raising."""
    headers = BytesHeaderParser(policy=email_policy.compat32).parsebytes(data)
    raw_id = " ".join(str(headers.get("Message-ID", "") or "").split()).strip("<>").strip().lower() or None
    try:
        sent_at = parsedate_to_datetime(str(headers.get("Date", "")))
        if sent_at is not None and sent_at.tzinfo is None:
            sent_at = None
    except (TypeError, ValueError, IndexError):
        sent_at = None
    sender = str(headers.get("From", "") or "")[:300] or None
    subject = str(headers.get("Subject", "") or "")[:300] or None
    return raw_id, hashlib.sha256(data).hexdigest(), sent_at, sender, subject

def record(session: Session, raw: RawMessage) -> Message | None:
    """Store a fetched message unless it was taken before (same Message-ID or same bytes)."""
    msgid, digest, sent_at, sender, subject = _identity(raw.data)
    clause = [Message.sha256 == digest]
    if msgid:
        clause.append(Message.message_id == msgid)
    seen = session.exec(select(Message.id).where(Message.mailbox == raw.mailbox, or_(*clause))).first()
    if seen is not None:
        return None
    msg = Message(
        mailbox=raw.mailbox, folder=raw.folder, uid=raw.uid, message_id=msgid, sha256=digest,
        raw=raw.data, size=len(raw.data), sent_at=sent_at, sender=sender, subject=subject,
    )
    session.add(msg)
    return msg
