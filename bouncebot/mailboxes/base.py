"""The one interface every mailbox backend implements.

The pipeline only ever talks to a mailbox through these methods, so Maildir, IMAP, EWS and Graph
are interchangeable and one spec suite (tests/spec/) runs against all of them.

Cursors are opaque strings the backend produces and the pipeline stores in the same database
transaction as the messages it recorded, so a crash replays at most one round and dedupe in the
store makes the replay harmless.
"""

from __future__ import annotations

import abc
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from bouncebot.model import OutgoingReply, RawMessage

Mode = Literal["read-only", "managed"]
Delivery = Literal["send", "draft"]

#: Header on everything bouncebot sends; inbound mail carrying it is ours and is never answered.
LOOP_HEADER = "X-Bouncebot-Loop"
#: Keyword/category used to tag processed mail in managed mode.
PROCESSED_TAG = "bouncebot-processed"


class MailboxError(Exception):
    """A mailbox operation failed in a way an operator should read (what failed and what to do)."""


class TransientMailboxError(MailboxError):
    """Server down, throttled, connection dropped: retry later with back-off."""


@dataclass(frozen=True)
class Fetched:
    """One new message and the cursor to store with it (the position after this message)."""

    raw: RawMessage
    cursor: str | None


@dataclass(frozen=True)
class CheckResult:
    """What `bouncebot mailbox check` reports."""

    ok: bool
    folders: tuple[str, ...]
    can_read: bool
    can_draft: bool
    can_send: bool
    problems: tuple[str, ...] = ()


class Mailbox(abc.ABC):
    """A practice mailbox. Implementations keep their own connection state.

    `mode` is "read-only" (default: never moves, flags or marks mail read) or "managed" (may tag
    processed mail). `delivery` is "send" (approved replies are sent) or "draft" (left in Drafts
    for the practice to send from Outlook).
    """

    url: str
    mode: Mode = "read-only"
    delivery: Delivery = "send"
    since: datetime | None = None  # first run only: ignore older mail (per-mailbox setting)

    @abc.abstractmethod
    def fetch_new(self, cursor: str | None, since: datetime | None = None) -> Iterator[Fetched]:
        """Yield messages that arrived after `cursor` (or since `since` on a first run), oldest first.

        Must stream: never load a whole folder into memory.
        """

    @abc.abstractmethod
    def mark_processed(self, raw: RawMessage) -> None:
        """Tag the message as processed. A no-op in read-only mode."""

    @abc.abstractmethod
    def save_draft(self, reply: OutgoingReply) -> str:
        """Store the reply in the mailbox's Drafts folder; return the backend's id for it."""

    @abc.abstractmethod
    def send(self, reply: OutgoingReply) -> None:
        """Send the reply in-thread and keep a copy in Sent."""

    @abc.abstractmethod
    def was_sent(self, message_id: str) -> bool:
        """True if a message with this Message-ID is already in Sent (crash recovery)."""

    def check(self) -> CheckResult:
        """Connect and report what this mailbox allows. Backends override with real checks."""
        return CheckResult(ok=True, folders=(), can_read=True, can_draft=True, can_send=True)

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release connections."""

    def __enter__(self) -> Mailbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
