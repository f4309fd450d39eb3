"""What the mailbox spec suite needs from each backend's test server.

Each backend (maildir, imap, ews, graph) provides a Harness in tests/spec/harness_<name>.py: it
starts (or wraps) a server speaking the real protocol on 127.0.0.1, and lets the suite deliver mail
into it and look at what the backend did there, independently of the backend under test.
The suite itself (tests/spec/test_mailbox_spec.py) is written once against this interface.
"""

from __future__ import annotations

import abc

from bouncebot.mailboxes.base import Delivery, Mailbox, Mode


class Harness(abc.ABC):
    name: str

    @abc.abstractmethod
    def make_mailbox(self, mode: Mode = "read-only", delivery: Delivery = "send",
                     folders: tuple[str, ...] = ("INBOX",)) -> Mailbox:
        """A fresh backend instance pointed at this server (as after a restart)."""

    @abc.abstractmethod
    def deliver(self, data: bytes, folder: str = "INBOX") -> None:
        """Put a message into the server's folder, as a delivery would."""

    @abc.abstractmethod
    def sent(self) -> list[bytes]:
        """Raw MIME of every message the backend sent (SMTP capture, Sent items, Maildir outbox)."""

    @abc.abstractmethod
    def drafts(self) -> list[bytes]:
        """Raw MIME (or an equivalent rendering) of every draft saved in the mailbox."""

    @abc.abstractmethod
    def state_fingerprint(self, folder: str = "INBOX") -> object:
        """Everything a client could change about a folder (ids, flags/categories, read state,
        folder membership), to prove read-only mode changes nothing."""

    @abc.abstractmethod
    def is_tagged(self, message_id: str) -> bool:
        """True if the message with this Message-ID carries the processed tag (or was moved)."""

    @abc.abstractmethod
    def break_next_fetch(self) -> None:
        """Make the next content fetch fail mid-way (dropped connection / server error)."""

    def close(self) -> None:  # noqa: B027
        """Stop servers and clean up."""
