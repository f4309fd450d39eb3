"""Sending: only approved drafts, in the chosen delivery mode, within the daily cap, surviving faults."""

from __future__ import annotations

import mailbox as stdlib_mailbox
from pathlib import Path

import pytest
from sqlmodel import Session, select

from bouncebot import review
from bouncebot.mailboxes.base import TransientMailboxError
from bouncebot.mailboxes.maildir import MaildirMailbox
from bouncebot.pipeline import Context, run_pass, send_approved
from bouncebot.settings import load_settings
from bouncebot.store.db import make_engine, session_scope
from bouncebot.store.tables import Draft, MailboxState

LETTERS = ("dev-003.eml", "dev-008.eml", "dev-010.eml")


@pytest.fixture
def world(tmp_path: Path, dev_corpus: Path):  # type: ignore[no-untyped-def]
    box = MaildirMailbox(tmp_path / "Maildir")
    for name in LETTERS:
        box._md.add(stdlib_mailbox.MaildirMessage((dev_corpus / name).read_bytes()))
    db = f"sqlite:///{tmp_path / 'bb.db'}"
    settings = load_settings(None, db=db, mailbox=box.url, environ={})
    engine = make_engine(db)
    ctx = Context.from_settings(settings, engine)
    run_pass(engine, ctx, [box])
    return box, engine, ctx


def _approve_all(engine) -> None:  # type: ignore[no-untyped-def]
    with session_scope(engine) as s:
        for d in s.exec(select(Draft)).all():
            review.approve(s, d.id, "pm")


def test_nothing_is_sent_without_approval(world) -> None:  # type: ignore[no-untyped-def]
    box, engine, ctx = world
    with Session(engine) as s:
        assert len(s.exec(select(Draft)).all()) == len(LETTERS)
    run_pass(engine, ctx, [box])
    assert box.outbox() == []


def test_draft_delivery_leaves_replies_in_drafts(world) -> None:  # type: ignore[no-untyped-def]
    box, engine, ctx = world
    _approve_all(engine)
    box.delivery = "draft"
    assert send_approved(engine, box, ctx) == len(LETTERS)
    assert box.outbox() == []
    assert len(list(box._folder("Drafts").iterkeys())) == len(LETTERS)


def test_daily_cap_holds_replies(world) -> None:  # type: ignore[no-untyped-def]
    box, engine, ctx = world
    ctx.settings.worker.replies_per_recipient_per_day = 1
    _approve_all(engine)
    send_approved(engine, box, ctx)
    with Session(engine) as s:
        drafts = s.exec(select(Draft)).all()
    by_to: dict[str, list[str]] = {}
    for d in drafts:
        by_to.setdefault(d.to_addr, []).append(d.state)
    assert all(states.count("sent") == 1 for states in by_to.values())
    held = [d for d in drafts if d.state == "approved"]
    assert held and all("held" in (d.last_error or "") for d in held)


class Flaky(MaildirMailbox):
    """A mailbox whose server is down for the first `failures` sends."""

    failures = 1

    def send(self, reply) -> None:  # type: ignore[no-untyped-def]
        if Flaky.failures:
            Flaky.failures -= 1
            raise TransientMailboxError("connection refused by the SMTP server")
        super().send(reply)


def test_a_server_fault_backs_off_and_the_next_pass_sends(world) -> None:  # type: ignore[no-untyped-def]
    box, engine, ctx = world
    _approve_all(engine)
    flaky = Flaky(box.path)
    report = run_pass(engine, ctx, [flaky])
    assert report.errors and "connection refused" in report.errors[0]
    with Session(engine) as s:
        state = s.get(MailboxState, flaky.url)
        assert state.failures == 1 and state.next_due_at is not None and state.last_error
    report = run_pass(engine, ctx, [flaky])
    assert report.errors == []
    assert len(flaky.outbox()) == len(LETTERS)
    with Session(engine) as s:
        assert {d.state for d in s.exec(select(Draft)).all()} == {"sent"}
        assert s.get(MailboxState, flaky.url).failures == 0
