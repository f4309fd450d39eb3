"""Crash safety with real processes: SIGKILL mid-pass and between sending and recording."""

from __future__ import annotations

import mailbox as stdlib_mailbox
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlmodel import Session, func, select

from bouncebot.mailboxes.maildir import MaildirMailbox
from bouncebot.store.db import make_engine, session_scope
from bouncebot.store.tables import AuditEvent, Draft, Message
from tests.conftest import dev_labels

pytestmark = pytest.mark.slow


def _env(db: str, box: MaildirMailbox) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BOUNCEBOT_")}
    env.update(BOUNCEBOT_DB=db, BOUNCEBOT_MAILBOX=box.url)
    return env


def _counts(engine) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with Session(engine) as s:
        total = s.exec(select(func.count()).select_from(Message)).one()
        done = s.exec(select(func.count()).select_from(Message).where(Message.state != "fetched")).one()
    return total, done


def test_sigkill_mid_pass_then_restart_processes_everything_once(tmp_path: Path, dev_corpus: Path) -> None:
    box = MaildirMailbox(tmp_path / "Maildir")
    copies = 4  # distinct Message-IDs, so the pass is long enough to be interrupted part-way
    for n in range(copies):
        for d in dev_labels():
            data = (dev_corpus / d["file"]).read_bytes().replace(b"Message-ID: <", f"Message-ID: <c{n}.".encode(), 1)
            box._md.add(stdlib_mailbox.MaildirMessage(data))
    expected = copies * len(dev_labels())
    db = f"sqlite:///{tmp_path / 'bb.db'}"
    engine = make_engine(db)
    cmd = [sys.executable, "-m", "bouncebot.cli", "run", "--once"]
    proc = subprocess.Popen(cmd, env=_env(db, box), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    killed_at = None
    while time.time() < deadline and proc.poll() is None:
        total, done = _counts(engine)
        if 1 <= done < total:
            proc.send_signal(signal.SIGKILL)
            killed_at = done
            break
        time.sleep(0.005)
    proc.wait()
    assert killed_at is not None, "the worker finished before it could be interrupted; the test proves nothing"
    assert _counts(engine)[1] < expected

    restarted = subprocess.run(cmd, env=_env(db, box), capture_output=True, text=True, timeout=300)
    assert restarted.returncode == 0, restarted.stderr[-2000:]
    total, done = _counts(engine)
    assert total == done == expected
    with Session(engine) as s:
        received = s.exec(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "received")).one()
        drafts_per_message = s.exec(select(Draft.message_pk, func.count()).group_by(Draft.message_pk)).all()
    assert received == expected, "each message recorded exactly once"
    assert all(n == 1 for _, n in drafts_per_message)


CRASH_AFTER_SEND = textwrap.dedent(
    """
    import os, signal, sys
    from bouncebot.mailboxes.maildir import MaildirMailbox
    from bouncebot.pipeline import Context, send_approved
    from bouncebot.settings import load_settings
    from bouncebot.store.db import make_engine

    class DiesAfterSending(MaildirMailbox):
        def send(self, reply):
            super().send(reply)
            os.kill(os.getpid(), signal.SIGKILL)  # the power goes before we can record it

    db, path = sys.argv[1], sys.argv[2]
    box = DiesAfterSending(path)
    settings = load_settings(None, db=db, mailbox=box.url, environ={})
    engine = make_engine(db)
    send_approved(engine, box, Context.from_settings(settings, engine))
    """
)


def test_reply_sent_once_when_the_process_dies_between_sending_and_recording(
    tmp_path: Path, dev_corpus: Path
) -> None:
    from bouncebot import review
    from bouncebot.pipeline import Context, run_pass
    from bouncebot.settings import load_settings

    box = MaildirMailbox(tmp_path / "Maildir")
    box._md.add(stdlib_mailbox.MaildirMessage((dev_corpus / "dev-008.eml").read_bytes()))
    db = f"sqlite:///{tmp_path / 'bb.db'}"
    engine = make_engine(db)
    ctx = Context.from_settings(load_settings(None, db=db, mailbox=box.url, environ={}), engine)
    run_pass(engine, ctx, [box])
    with session_scope(engine) as s:
        draft = s.exec(select(Draft)).one()
        review.approve(s, draft.id, "pm")

    child = subprocess.run([sys.executable, "-c", CRASH_AFTER_SEND, db, str(box.path)], env=_env(db, box))
    assert child.returncode == -signal.SIGKILL
    assert len(box.outbox()) == 1
    with Session(engine) as s:
        assert s.exec(select(Draft)).one().state == "sending"  # sent, but not recorded

    run_pass(engine, ctx, [box])  # the restart
    assert len(box.outbox()) == 1, "never a reply sent twice"
    with Session(engine) as s:
        assert s.exec(select(Draft)).one().state == "sent"
