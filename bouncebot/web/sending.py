"""'Approve and send' from the browser: the worker's own send path, run straight after an approval.

There is one send path (`pipeline.send_approved`: our Message-ID committed before the mailbox is
touched, Sent checked after a crash); the web app does not have a second one. It takes the same
mailbox lease the worker takes, so a worker pass and a browser click never send at the same time,
and a process-wide lock serialises clicks within this server. When no mailbox is configured, or the
worker holds the lease, the approved draft simply waits for the worker's next pass.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from sqlalchemy import update
from sqlalchemy.engine import Engine

from bouncebot.settings import Settings
from bouncebot.store.db import session_scope
from bouncebot.store.tables import MailboxState

log = logging.getLogger("bouncebot.web")
_lock = threading.Lock()


@dataclass(frozen=True)
class SendContext:
    """What `send_approved` reads from the pipeline's Context: only the settings (practice, caps).

    The full Context loads the policy and the template pack, which sending does not need.
    """

    settings: Settings


@dataclass(frozen=True)
class SendResult:
    sent: bool
    note: str  # for the person who clicked, no patient details


def send_now(engine: Engine, settings: Settings, mailbox_url: str) -> SendResult:
    """Send approved drafts for `mailbox_url` now, if that mailbox is configured here."""
    cfg = next((m for m in settings.mailboxes if m.url == mailbox_url), None)
    if cfg is None:
        return SendResult(False, "It is sent on the worker's next pass.")
    from bouncebot.mailboxes import open_mailbox
    from bouncebot.pipeline import WORKER_ID, claim, send_approved

    with _lock:
        if not claim(engine, mailbox_url, seconds=120):
            return SendResult(False, "The worker is busy with this mailbox; it sends the reply in its current pass.")
        try:
            box = open_mailbox(cfg)
            try:
                n = send_approved(engine, box, SendContext(settings))  # type: ignore[arg-type]
            finally:
                box.close()
        finally:
            with session_scope(engine) as s:  # hand the lease back without touching the poll schedule
                s.exec(update(MailboxState).where(MailboxState.url == mailbox_url,  # type: ignore[call-overload]
                                                  MailboxState.lease_owner == WORKER_ID)
                       .values(lease_owner=None, lease_until=None))
    log.info("web send for %s: %d sent", mailbox_url, n)
    return SendResult(n > 0, "Sent." if n else "It is sent on the worker's next pass.")
