"""The store on SQLite and on a real PostgreSQL: migrations, dedupe constraints, audit log."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel, select

from bouncebot.model import RawMessage
from bouncebot.store.db import make_engine, session_scope
from bouncebot.store.inbox import record
from bouncebot.store.tables import AuditEvent, Message

MSG = (b"From: Letters <letters@trust.nhs.uk>\r\nTo: gp@nhs.net\r\nSubject: Clinic letter\r\n"
       b"Message-ID: <ABC-1@trust.nhs.uk>\r\nDate: Mon, 05 Oct 2026 10:00:00 +0100\r\n\r\nBody\r\n")


def test_migrations_match_the_tables(db_url: str) -> None:
    engine = make_engine(db_url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    assert diff == [], f"store/tables.py and the alembic migration disagree: {diff}"


def test_migrating_twice_is_harmless(db_url: str) -> None:
    make_engine(db_url)
    engine = make_engine(db_url)
    with Session(engine) as s:
        assert s.exec(select(Message)).all() == []


def test_a_message_is_recorded_once_by_message_id_or_bytes(db_url: str) -> None:
    engine = make_engine(db_url)
    with session_scope(engine) as s:
        assert record(s, RawMessage("maildir:x", "1", MSG)) is not None
    with session_scope(engine) as s:
        # same Message-ID (different case and bytes), and then the very same bytes under another uid
        assert record(s, RawMessage("maildir:x", "2", MSG.replace(b"ABC-1", b"abc-1") + b"x")) is None
        assert record(s, RawMessage("maildir:x", "3", MSG)) is None
        # the same letter in another practice's mailbox is that mailbox's own
        assert record(s, RawMessage("maildir:y", "1", MSG)) is not None
    with Session(engine) as s:
        assert len(s.exec(select(Message)).all()) == 2


def test_the_database_refuses_a_duplicate_even_if_code_does_not_check(db_url: str) -> None:
    engine = make_engine(db_url)
    row = dict(mailbox="m", folder="INBOX", uid="1", message_id="a@b", sha256="0" * 64, raw=b"x", size=1)
    with session_scope(engine) as s:
        s.add(Message(**row))
    with pytest.raises(IntegrityError), session_scope(engine) as s:
        s.add(Message(**{**row, "uid": "2", "sha256": "1" * 64}))


def test_audit_events_keep_their_order_and_details(db_url: str) -> None:
    engine = make_engine(db_url)
    with session_scope(engine) as s:
        s.add(AuditEvent(actor="worker", action="received", message_pk=1))
        s.add(AuditEvent(actor="pm", action="approved", message_pk=1, draft_id=1, detail='{"edited": false}'))
    with Session(engine) as s:
        events = s.exec(select(AuditEvent).order_by(AuditEvent.id)).all()
    assert [(e.actor, e.action) for e in events] == [("worker", "received"), ("pm", "approved")]
    assert events[0].at.tzinfo is not None
