"""Reading: raw message bytes to a `Letter` (text with provenance, plus metadata). Pure but for the
PDF child process, which exists to contain a hostile file."""

from __future__ import annotations

import dataclasses
import re

from bouncebot.model import Block, Letter
from bouncebot.reading.metadata import REPLY_SUBJECT, describe
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
    subject = header(msg, "Subject")
    blocks = tuple(parts.blocks)
    if refs and REPLY_SUBJECT.match(subject):
        blocks = tuple(_without_history(b) for b in blocks)
    letter = Letter(
        message_id=header(msg, "Message-ID") or None,
        subject=subject,
        sender=sender,
        sender_name=sender_name,
        reply_to=reply_to or None,
        sent_at=date_header(msg),
        blocks=blocks,
        attachments=tuple(parts.attachments),
        references=refs,
        problems=tuple(parts.problems),
    )
    return describe(letter)


# where a reply's quoted history starts: Outlook's header block or separator, "On … wrote:", "> " lines
_HISTORY = re.compile(r"(?m)^[ \t]*(?:-{2,}[ \t]*Original Message[ \t]*-{2,}|From:[^\n]*\n(?:[^\n]*\n){0,3}?[ \t]*(?:Sent|Date):"
                      r"|On [^\n]{5,80} wrote:|>)")


def _without_history(block: Block) -> Block:
    """A reply's own words, without the thread it quotes: the practice's question or our own returned
    request quoted below a hospital's reply is not the hospital asking anything."""
    if block.source.kind != "body":
        return block
    m = _HISTORY.search(block.text)
    own = block.text[:m.start()].rstrip() if m else block.text
    return dataclasses.replace(block, text=own) if own else block
