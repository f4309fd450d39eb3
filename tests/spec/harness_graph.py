"""Spec-suite harness for the Graph backend: msal + httpx against tests/servers/fake_graph.py (HTTPS).

Arrival time (receivedDateTime) is the message's Date header, as in the other harnesses. Sent mail is
what the fake stored in Sent Items from POST /sendMail; drafts are the Drafts folder.
`break_next_fetch` makes the server close the connection on the next GET .../$value.
"""

from __future__ import annotations

from pathlib import Path

from bouncebot.mailboxes.base import PROCESSED_TAG, Delivery, Mailbox, Mode
from bouncebot.mailboxes.graph import GraphMailbox
from bouncebot.settings import MailboxSettings
from tests.servers.fake_graph import FakeGraphServer
from tests.spec.harness import Harness
from tests.spec.harness_ews import arrival


class GraphHarness(Harness):
    name = "graph"

    def __init__(self, tmp_path: Path, **query: str) -> None:
        directory = tmp_path / "fake-graph"
        directory.mkdir(exist_ok=True)
        self.server = FakeGraphServer(directory=directory).start()
        self.graph = self.server.state
        self.query = query

    def make_mailbox(self, mode: Mode = "read-only", delivery: Delivery = "send",
                     folders: tuple[str, ...] = ("INBOX",), client_secret: str | None = None,
                     **extra: str) -> Mailbox:
        cfg = MailboxSettings(url=self.server.mailbox_url(**{"max_retry_wait": "5", **self.query, **extra}),
                              mode=mode, delivery=delivery, folders=list(folders))
        secrets = {"BOUNCEBOT_CLIENT_ID": self.graph.client_id,
                   "BOUNCEBOT_CLIENT_SECRET": client_secret or self.graph.client_secret}
        return GraphMailbox.from_settings(cfg, secrets=secrets)

    def _ensure_folder(self, folder: str) -> str:
        try:
            return self.graph.folder_id(folder)
        except KeyError:
            return self.graph.add_folder(folder)

    def deliver(self, data: bytes, folder: str = "INBOX") -> None:
        self.graph.add_item(data, self._ensure_folder(folder), received=arrival(data))

    def sent(self) -> list[bytes]:
        return [i.mime for i in self.graph.in_folder("sentitems")]

    def drafts(self) -> list[bytes]:
        return [i.mime for i in self.graph.in_folder("drafts")]

    def state_fingerprint(self, folder: str = "INBOX") -> object:
        fid = self._ensure_folder(folder)
        with self.graph.lock:
            items = tuple(sorted(
                (i.id, i.version, tuple(i.categories), i.is_read, i.is_draft, i.folder)
                for i in self.graph.items.values() if i.folder == fid
            ))
            folders = tuple(sorted(self.graph.folders.items()))
        return items, folders

    def is_tagged(self, message_id: str) -> bool:
        with self.graph.lock:
            return any(
                i.message_id == message_id.strip() and PROCESSED_TAG in i.categories
                for i in self.graph.items.values()
            )

    def break_next_fetch(self) -> None:
        self.graph.drop_next_value()

    def close(self) -> None:
        self.server.close()


def start(tmp_path: Path) -> Harness:
    return GraphHarness(tmp_path)
