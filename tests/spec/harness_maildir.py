"""Spec-suite harness for the Maildir backend: the "server" is a directory the harness writes into.

Arrival time is the message's Date header (file mtime), as in the other harnesses, so the `since`
test can deliver old mail. Maildir has no network to drop, so `break_next_fetch` makes the next
instance's fetch raise TransientMailboxError after its first message, which is what the pipeline sees
when a real backend's connection drops mid-fetch.
"""

from __future__ import annotations

import mailbox
import os
import shutil
from collections.abc import Iterator
from datetime import datetime
from email import policy
from email.parser import BytesHeaderParser
from email.utils import parsedate_to_datetime
from pathlib import Path

from bouncebot.mailboxes.base import Delivery, Fetched, Mailbox, Mode, TransientMailboxError
from bouncebot.mailboxes.maildir import DRAFTS, OUTBOX, MaildirMailbox
from tests.spec.harness import Harness

PROCESSED = "Processed"


def _header(data: bytes, name: str) -> str:
    return " ".join(str(BytesHeaderParser(policy=policy.compat32).parsebytes(data).get(name, "")).split())


def arrival_time(data: bytes) -> float | None:
    """The Date header as a POSIX time (what every harness uses as the arrival time)."""
    value = _header(data, "Date")
    try:
        return parsedate_to_datetime(value).timestamp() if value else None
    except (TypeError, ValueError):
        return None


class _FlakyMaildir(MaildirMailbox):
    """A Maildir whose fetch fails after one message when the harness says so."""

    harness: MaildirHarness

    def fetch_new(self, cursor: str | None, since: datetime | None = None) -> Iterator[Fetched]:
        for n, item in enumerate(super().fetch_new(cursor, since)):
            if n == 1 and self.harness._break:
                self.harness._break = False
                raise TransientMailboxError("simulated: the mailbox went away mid-fetch; retry on the next poll")
            yield item


class MaildirHarness(Harness):
    name = "maildir"

    def __init__(self, tmp_path: Path) -> None:
        self.path = tmp_path / "Maildir"
        self._md = mailbox.Maildir(self.path, create=True)
        self._break = False

    def make_mailbox(self, mode: Mode = "read-only", delivery: Delivery = "send",
                     folders: tuple[str, ...] = ("INBOX",)) -> Mailbox:
        box = _FlakyMaildir(self.path, mode=mode, delivery=delivery, folders=folders)
        box.harness = self
        return box

    def _folder(self, name: str) -> mailbox.Maildir:
        if name.upper() == "INBOX":
            return self._md
        try:
            return self._md.get_folder(name)
        except mailbox.NoSuchMailboxError:
            return self._md.add_folder(name)

    def _path(self, md: mailbox.Maildir, key: str) -> Path:
        return Path(md._path) / md._lookup(key)  # type: ignore[attr-defined]

    def deliver(self, data: bytes, folder: str = "INBOX") -> None:
        md = self._folder(folder)
        key = md.add(mailbox.MaildirMessage(data))
        when = arrival_time(data)
        if when is not None:
            os.utime(self._path(md, key), (when, when))

    def _all(self, folder: str) -> list[bytes]:
        md = self._folder(folder)
        keys = sorted(md.iterkeys(), key=lambda k: (self._path(md, k).stat().st_mtime_ns, k))
        return [self._path(md, k).read_bytes() for k in keys]

    def sent(self) -> list[bytes]:
        return self._all(OUTBOX)

    def drafts(self) -> list[bytes]:
        return self._all(DRAFTS)

    def state_fingerprint(self, folder: str = "INBOX") -> object:
        md = self._folder(folder)
        md._refresh()  # type: ignore[attr-defined]
        state = []
        for key in sorted(md.iterkeys()):
            p = self._path(md, key)
            state.append((key, p.parent.name, p.name, p.stat().st_mtime_ns, p.stat().st_size))
        return tuple(state), tuple(sorted(self._md.list_folders()))

    def is_tagged(self, message_id: str) -> bool:
        for name in ["INBOX", *self._md.list_folders()]:
            md = self._folder(name)
            for key in md.iterkeys():
                msg = md.get_message(key)
                if _header(msg.as_bytes(), "Message-ID") == message_id.strip():
                    return "S" in msg.get_flags() or name == PROCESSED
        return False

    def break_next_fetch(self) -> None:
        self._break = True

    def close(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


def start(tmp_path: Path) -> Harness:
    return MaildirHarness(tmp_path)
