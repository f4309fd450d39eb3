"""Spec-suite harness for the IMAP backend: a real Dovecot, an aiosmtpd sink, and a TCP proxy.

The backend under test talks to Dovecot through DroppingProxy (so `break_next_fetch` can cut the
connection in the middle of a FETCH answer) and submits over SMTP to the sink. The harness itself
looks at the server through its own direct IMAP connection, read-only (EXAMINE), so what it sees
does not depend on the code under test. Arrival time (INTERNALDATE) is the message's Date header.
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import threading
from datetime import datetime
from email import policy
from email.parser import BytesHeaderParser
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import quote

from imapclient import IMAPClient

from bouncebot.mailboxes.base import PROCESSED_TAG, Delivery, Mailbox, Mode
from bouncebot.mailboxes.imap import ImapMailbox
from bouncebot.settings import MailboxSettings
from tests.servers.dovecot import DovecotServer
from tests.servers.proxy import DroppingProxy
from tests.servers.smtp import SmtpSink
from tests.spec.harness import Harness

_users = itertools.count()
_lock = threading.Lock()
_server: DovecotServer | None = None


def shared_dovecot() -> DovecotServer:
    """One Dovecot per test process (each harness gets its own account): it stops in ~1 s, starts in 60 ms."""
    global _server
    with _lock:
        if _server is None or _server.proc is None or _server.proc.poll() is not None:
            _server = DovecotServer().start()
            atexit.register(_server.stop)
        return _server


def _date(data: bytes) -> datetime | None:
    value = str(BytesHeaderParser(policy=policy.compat32).parsebytes(data).get("Date", "")).strip()
    try:
        return parsedate_to_datetime(value) if value else None
    except (TypeError, ValueError):
        return None


class ImapHarness(Harness):
    name = "imap"

    def __init__(self, tmp_path: Path) -> None:
        self.dovecot = shared_dovecot()
        self.user = f"bot{next(_users)}@practice.test"
        self.password = self.dovecot.password
        self.smtp = SmtpSink(user=self.user, password=self.password).start()
        self.proxy = DroppingProxy(self.dovecot.host, self.dovecot.port).start()
        self.admin = IMAPClient(self.dovecot.host, port=self.dovecot.port, ssl=False, timeout=10)
        self.admin.login(self.user, self.password)
        self.boxes: list[Mailbox] = []

    def url(self, port: int | None = None) -> str:
        return (f"imap://{quote(self.user)}@127.0.0.1:{port or self.proxy.port}/INBOX"
                f"?smtp=127.0.0.1:{self.smtp.port}")

    @property
    def environ(self) -> dict[str, str]:
        return {"BOUNCEBOT_MAILBOX_PASSWORD": self.password}

    def make_mailbox(self, mode: Mode = "read-only", delivery: Delivery = "send",
                     folders: tuple[str, ...] = ("INBOX",)) -> Mailbox:
        cfg = MailboxSettings(url=self.url(), mode=mode, delivery=delivery, folders=list(folders),
                              processed_folder=None)
        box = ImapMailbox.from_settings(cfg, environ=self.environ)
        self.boxes.append(box)
        return box

    def _ensure(self, folder: str) -> None:
        if not self.admin.folder_exists(folder):
            self.admin.create_folder(folder)

    def deliver(self, data: bytes, folder: str = "INBOX") -> None:
        self._ensure(folder)
        self.admin.append(folder, data, msg_time=_date(data))

    def _bodies(self, folder: str) -> list[bytes]:
        self.admin.select_folder(folder, readonly=True)
        uids = self.admin.search(["ALL"])
        data = self.admin.fetch(uids, [b"BODY.PEEK[]"]) if uids else {}
        return [bytes(data[u][b"BODY[]"]) for u in sorted(data)]

    def sent(self) -> list[bytes]:
        return [m.data for m in self.smtp.messages]

    def sent_folder(self) -> list[bytes]:
        """The copies the backend filed in Sent (IMAP-specific tests)."""
        return self._bodies("Sent")

    def drafts(self) -> list[bytes]:
        return self._bodies("Drafts")

    def flags(self, folder: str) -> dict[int, set[bytes]]:
        self.admin.select_folder(folder, readonly=True)
        uids = self.admin.search(["ALL"])
        got = self.admin.fetch(uids, [b"FLAGS"]) if uids else {}
        return {u: set(d[b"FLAGS"]) - {b"\\Recent"} for u, d in got.items()}

    def state_fingerprint(self, folder: str = "INBOX") -> object:
        info = self.admin.select_folder(folder, readonly=True)
        uids = self.admin.search(["ALL"])
        got = self.admin.fetch(uids, [b"FLAGS", b"INTERNALDATE", b"RFC822.SIZE"]) if uids else {}
        messages = tuple(sorted(
            (u, tuple(sorted(set(d[b"FLAGS"]) - {b"\\Recent"})), d[b"INTERNALDATE"], d[b"RFC822.SIZE"])
            for u, d in got.items()
        ))
        folders = tuple(sorted(name for _f, _d, name in self.admin.list_folders()))
        return info[b"UIDVALIDITY"], info[b"UIDNEXT"], messages, folders

    def is_tagged(self, message_id: str) -> bool:
        for _flags, _d, folder in self.admin.list_folders():
            self.admin.select_folder(folder, readonly=True)
            uids = self.admin.search(["HEADER", "Message-ID", message_id.strip()])
            if not uids:
                continue
            flags = self.admin.get_flags(uids)
            return folder == "Processed" or any(PROCESSED_TAG.encode() in f for f in flags.values())
        return False

    def break_next_fetch(self) -> None:
        self.proxy.arm(b"BODY.PEEK[]")

    def close(self) -> None:
        for box in self.boxes:
            with contextlib.suppress(Exception):
                box.close()
        with contextlib.suppress(Exception):
            self.admin.logout()
        self.proxy.stop()
        self.smtp.stop()


def start(tmp_path: Path) -> Harness:
    return ImapHarness(tmp_path)
