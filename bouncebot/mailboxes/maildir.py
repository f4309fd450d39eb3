"""A local Maildir as a mailbox: the embedded default, the demo, and the simplest spec-suite target.

Sent replies go to the `.Outbox` sub-folder (nothing leaves the machine), drafts to `.Drafts`.
The cursor is the (mtime, key) of the newest message taken, so a poll only looks at file names and
stat data, never at message bodies it has already seen.
"""

from __future__ import annotations

import json
import mailbox
import os
from collections.abc import Iterator
from datetime import datetime
from email import policy
from email.parser import BytesHeaderParser
from pathlib import Path

from bouncebot.mailboxes.base import CheckResult, Delivery, Fetched, Mailbox, MailboxError, Mode
from bouncebot.model import OutgoingReply, RawMessage
from bouncebot.settings import MailboxSettings

OUTBOX = "Outbox"
DRAFTS = "Drafts"


class MaildirMailbox(Mailbox):
    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        mode: Mode = "read-only",
        delivery: Delivery = "send",
        folders: tuple[str, ...] = ("INBOX",),
        processed_folder: str | None = None,
        create: bool = True,
    ) -> None:
        self.path = Path(path)
        self.url = f"maildir:{self.path}"
        self.mode = mode
        self.delivery = delivery
        self.folders = folders
        self.processed_folder = processed_folder
        if not self.path.exists() and not create:
            raise MailboxError(f"no Maildir at {self.path}: create it or fix the mailbox URL")
        self._md = mailbox.Maildir(self.path, create=create)

    @classmethod
    def from_settings(cls, cfg: MailboxSettings) -> MaildirMailbox:
        path = cfg.url.split(":", 1)[1]
        if path.startswith("//"):
            path = path[2:]
        return cls(
            path,
            mode=cfg.mode,
            delivery=cfg.delivery,
            folders=tuple(cfg.folders),
            processed_folder=cfg.processed_folder,
        )

    def _folder(self, name: str) -> mailbox.Maildir:
        if name.upper() == "INBOX":
            return self._md
        try:
            return self._md.get_folder(name)
        except mailbox.NoSuchMailboxError:
            return self._md.add_folder(name)

    def _file(self, md: mailbox.Maildir, key: str) -> Path:
        return Path(md._path) / md._lookup(key)  # type: ignore[attr-defined]

    def fetch_new(self, cursor: str | None, since: datetime | None = None) -> Iterator[Fetched]:
        state: dict[str, list] = json.loads(cursor) if cursor else {}
        for folder in self.folders:
            md = self._folder(folder)
            md._refresh()  # type: ignore[attr-defined]
            last = tuple(state.get(folder, (0, "")))
            entries = []
            for key in md.iterkeys():
                try:
                    st = self._file(md, key).stat()
                except (FileNotFoundError, KeyError):
                    continue  # moved away by another client between listing and stat
                mark = (st.st_mtime_ns, key)
                if mark <= last:
                    continue
                if since and st.st_mtime < since.timestamp():
                    continue
                entries.append(mark)
            for mark in sorted(entries):
                try:
                    data = self._file(md, mark[1]).read_bytes()
                except (FileNotFoundError, KeyError):
                    continue
                state[folder] = list(mark)
                raw = RawMessage(mailbox=self.url, uid=mark[1], data=data, folder=folder)
                yield Fetched(raw=raw, cursor=json.dumps(state, sort_keys=True))

    def mark_processed(self, raw: RawMessage) -> None:
        if self.mode != "managed":
            return
        md = self._folder(raw.folder)
        try:
            msg = md.get_message(raw.uid)
        except KeyError:
            return  # already moved by someone else: nothing to tag
        msg.add_flag("S")
        if self.processed_folder:
            self._folder(self.processed_folder).add(msg)
            md.remove(raw.uid)
        else:
            md[raw.uid] = msg

    def save_draft(self, reply: OutgoingReply) -> str:
        msg = mailbox.MaildirMessage(reply.message.as_bytes(policy=policy.SMTP))
        msg.set_flags("DS")
        msg.set_subdir("cur")
        return self._folder(DRAFTS).add(msg)

    def send(self, reply: OutgoingReply) -> None:
        msg = mailbox.MaildirMessage(reply.message.as_bytes(policy=policy.SMTP))
        self._folder(OUTBOX).add(msg)

    def was_sent(self, message_id: str) -> bool:
        outbox = self._folder(OUTBOX)
        parser = BytesHeaderParser(policy=policy.compat32)
        for key in outbox.iterkeys():
            with open(self._file(outbox, key), "rb") as fh:
                if str(parser.parse(fh).get("Message-ID", "")).strip() == message_id.strip():
                    return True
        return False

    def outbox(self) -> list[bytes]:
        """Everything 'sent', oldest first (for the demo, tests and the operator)."""
        box = self._folder(OUTBOX)
        return [self._file(box, k).read_bytes() for k in sorted(box.iterkeys())]

    def check(self) -> CheckResult:
        writable = os.access(self.path, os.W_OK)
        problems = () if writable else (f"{self.path} is not writable by this user",)
        return CheckResult(
            ok=writable,
            folders=self.folders,
            can_read=os.access(self.path, os.R_OK),
            can_draft=writable,
            can_send=writable,
            problems=problems,
        )
