"""Spec-suite harness for the EWS backend: exchangelib against tests/servers/fake_ews.py over real HTTP.

Arrival time (DateTimeReceived) is the message's Date header, as in the other harnesses. Sent mail is
what the fake stored in Sent Items from CreateItem SendAndSaveCopy; drafts are the Drafts folder.
`break_next_fetch` makes the server close the connection on the next GetItem (a drop mid-fetch).
"""

from __future__ import annotations

from datetime import UTC, datetime
from email import policy
from email.parser import BytesHeaderParser
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urlencode

from bouncebot.mailboxes.base import PROCESSED_TAG, Delivery, Mailbox, Mode
from bouncebot.mailboxes.ews import EwsMailbox
from bouncebot.settings import MailboxSettings
from tests.servers.fake_ews import FakeEwsServer
from tests.spec.harness import Harness

PASSWORD = "ews-test-password"


def arrival(data: bytes) -> datetime:
    value = BytesHeaderParser(policy=policy.compat32).parsebytes(data).get("Date")
    try:
        return parsedate_to_datetime(str(value)) if value else datetime.now(UTC)
    except (TypeError, ValueError):
        return datetime.now(UTC)


class EwsHarness(Harness):
    name = "ews"

    def __init__(self, tmp_path: Path, **query: str) -> None:
        self.server = FakeEwsServer().start()
        self.server.state.password = PASSWORD
        self.exchange = self.server.state
        self.query = query

    def url(self, **extra: str) -> str:
        query = {"endpoint": self.server.endpoint, "auth": "basic", "allow_http": "1", "max_wait": "5",
                 **self.query, **extra}
        return f"ews://{self.exchange.username}@127.0.0.1/{self.exchange.mailbox}?{urlencode(query)}"

    def make_mailbox(self, mode: Mode = "read-only", delivery: Delivery = "send",
                     folders: tuple[str, ...] = ("INBOX",), password: str = PASSWORD,
                     **extra: str) -> Mailbox:
        cfg = MailboxSettings(url=self.url(**extra), mode=mode, delivery=delivery, folders=list(folders))
        return EwsMailbox.from_settings(cfg, secrets={"BOUNCEBOT_MAILBOX_PASSWORD": password})

    def _ensure_folder(self, folder: str) -> str:
        try:
            return self.exchange.folder_id(folder)
        except KeyError:
            return self.exchange.add_folder(folder)

    def deliver(self, data: bytes, folder: str = "INBOX") -> None:
        self.exchange.add_item(data, self._ensure_folder(folder), received=arrival(data))

    def sent(self) -> list[bytes]:
        return [i.mime for i in self.exchange.in_folder("sentitems")]

    def drafts(self) -> list[bytes]:
        return [i.mime for i in self.exchange.in_folder("drafts")]

    def state_fingerprint(self, folder: str = "INBOX") -> object:
        fid = self._ensure_folder(folder)
        with self.exchange.lock:
            items = tuple(sorted(
                (i.id, i.changekey, tuple(i.categories), i.is_read, i.is_draft, i.folder)
                for i in self.exchange.items.values() if i.folder == fid
            ))
            folders = tuple(sorted((f.id, f.name, f.parent) for f in self.exchange.folders.values()))
        return items, folders

    def is_tagged(self, message_id: str) -> bool:
        with self.exchange.lock:
            return any(
                i.message_id == message_id.strip() and PROCESSED_TAG in i.categories
                for i in self.exchange.items.values()
            )

    def break_next_fetch(self) -> None:
        self.exchange.drop_next_getitem()

    def close(self) -> None:
        self.server.stop()


def start(tmp_path: Path) -> Harness:
    return EwsHarness(tmp_path)
