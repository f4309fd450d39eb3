"""The scheduled worker: one APScheduler tick per process (tech notes §7).

The tick asks the database which mailboxes are due (their next-due time, back-off and lease live in
bouncebot's own `mailbox_state` table, not in APScheduler's job store, which must never be shared
between processes). `misfire_grace_time=None` so a tick that starts late still runs, `coalesce` so
a backlog of ticks runs once, `max_instances=1` so a slow pass is never overlapped by the next.
"""

from __future__ import annotations

import logging
import signal
from collections.abc import Callable
from datetime import datetime

from apscheduler.schedulers.blocking import BlockingScheduler
from sqlalchemy.engine import Engine

from bouncebot.mailboxes import open_mailbox
from bouncebot.mailboxes.base import Mailbox, MailboxError
from bouncebot.pipeline import Context, PassReport, run_pass
from bouncebot.settings import Settings

log = logging.getLogger("bouncebot.worker")
TICK_SECONDS = 5


def open_mailboxes(settings: Settings) -> list[Mailbox]:
    if not settings.mailboxes:
        raise MailboxError("no mailbox configured: pass --mailbox URL or add [[mailboxes]] to the settings file")
    return [open_mailbox(m) for m in settings.mailboxes]


def first_run_since(settings: Settings, override: datetime | None) -> datetime | None:
    if override:
        return override
    since = settings.worker.since
    return datetime.combine(since, datetime.min.time()).astimezone() if since else None


def run_once(engine: Engine, ctx: Context, mailboxes: list[Mailbox], since: datetime | None = None,
             show_progress: bool = False) -> PassReport:
    """One pass; with `show_progress`, a progress bar over the letters being read (on a terminal)."""
    if not show_progress:
        return run_pass(engine, ctx, mailboxes, since=since)
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task("reading letters", total=None)

        def advance(n: int, total: int) -> None:
            bar.update(task, completed=n, total=total)

        return run_pass(engine, ctx, mailboxes, since=since, progress=advance)


def run_forever(engine: Engine, ctx: Context, mailboxes: list[Mailbox], since: datetime | None = None,
                on_pass: Callable[[PassReport], None] | None = None) -> None:
    """Poll due mailboxes until Ctrl-C or SIGTERM; a pass in progress finishes first."""
    scheduler = BlockingScheduler()

    def tick() -> None:
        report = run_pass(engine, ctx, mailboxes, only_due=True, since=since)
        if on_pass and (report.fetched or report.sent or report.errors):
            on_pass(report)

    scheduler.add_job(tick, "interval", seconds=TICK_SECONDS, id="tick", coalesce=True, max_instances=1,
                      misfire_grace_time=None, next_run_time=datetime.now())

    def stop(signum: int, _frame: object) -> None:
        log.info("signal %s: finishing the current pass, then stopping", signum)
        scheduler.shutdown(wait=False)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        scheduler.start()
    finally:
        for m in mailboxes:
            m.close()
