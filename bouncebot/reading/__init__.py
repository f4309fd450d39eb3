"""Reading: raw message bytes to a `Letter` (text with provenance, plus metadata). Pure but for the
PDF child process, which exists to contain a hostile file."""

from __future__ import annotations

from bouncebot.model import Letter
from bouncebot.reading.metadata import describe
from bouncebot.reading.mime import (
    ReadingLimits,
    UnreadableMessage,
    address,
    collect,
    date_header,
    header,
    parse,
)

__all__ = ["ReadingLimits", "UnreadableMessage", "read_letter"]


def read_letter(data: bytes, limits: ReadingLimits | None = None) -> Letter:
    """Read one message. Raises UnreadableMessage only when nothing at all can be read."""
    limits = limits or ReadingLimits()
    if len(data) > limits.max_message_bytes:
        raise UnreadableMessage(
            f"the message is {len(data) // 1_000_000} MB, over the configured limit "
            f"({limits.max_message_bytes // 1_000_000} MB); open it in the mailbox and deal with it by hand"
        )
    if not data.strip():
        raise UnreadableMessage("the message is empty")
    try:
        msg = parse(data)
    except Exception as e:  # noqa: BLE001
        raise UnreadableMessage(f"the message could not be parsed as e-mail ({type(e).__name__})") from e
    parts = collect(msg, limits)
    if not parts.blocks and not parts.problems:
        raise UnreadableMessage("the message has no readable text (no body and no readable attachment)")
    sender_name, sender = address(msg, "From")
    _, reply_to = address(msg, "Reply-To")
    refs = tuple((header(msg, "References") + " " + header(msg, "In-Reply-To")).split())
    letter = Letter(
        message_id=header(msg, "Message-ID") or None,
        subject=header(msg, "Subject"),
        sender=sender,
        sender_name=sender_name,
        reply_to=reply_to or None,
        sent_at=date_header(msg),
        blocks=tuple(parts.blocks),
        attachments=tuple(parts.attachments),
        references=refs,
        problems=tuple(parts.problems),
    )
    return describe(letter)
