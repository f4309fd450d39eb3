"""Database tables (sqlmodel). The same schema runs on SQLite and PostgreSQL.

Every change here needs the alembic migration in store/migrations/versions changed to match;
tests/test_migrations.py fails when they drift.

States a message moves through (`Message.state`):
    fetched -> ignored | quarantined | assessed | unlisted_sender (a letter from a domain not yet listed)
An assessed letter's draft (`Draft.state`):
    clinician_review -> awaiting_review -> approved -> sending -> sent
                     \\-> kept_for_gp     \\-> rejected | not_a_bounce
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, LargeBinary, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def _now() -> datetime:
    from bouncebot.store.clock import utcnow

    return utcnow()


class MailboxState(SQLModel, table=True):
    """Per-mailbox cursor and scheduling state (not APScheduler's job store: tech notes §7)."""

    __tablename__ = "mailbox_state"
    url: str = Field(primary_key=True)
    cursor: str | None = Field(default=None, sa_column=Column(Text))
    next_due_at: datetime | None = None
    failures: int = 0
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    last_polled_at: datetime | None = None
    lease_owner: str | None = None
    lease_until: datetime | None = None


class Message(SQLModel, table=True):
    """One inbound message, taken once, ever."""

    __tablename__ = "message"
    __table_args__ = (
        UniqueConstraint("mailbox", "message_id", name="uq_message_mailbox_msgid"),
        UniqueConstraint("mailbox", "sha256", name="uq_message_mailbox_sha256"),
    )
    id: int | None = Field(default=None, primary_key=True)
    mailbox: str = Field(index=True)
    folder: str = "INBOX"
    uid: str
    message_id: str | None = None  # normalised: no angle brackets, lower case
    sha256: str
    raw: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    size: int = 0
    received_at: datetime = Field(default_factory=_now, index=True)
    sent_at: datetime | None = None  # the Date: header
    sender: str | None = None
    subject: str | None = None
    state: str = Field(default="fetched", index=True)
    reason: str | None = Field(default=None, sa_column=Column(Text))  # why ignored / quarantined
    processed_at: datetime | None = None


class Assessment(SQLModel, table=True):
    """What the letter is, who it is about, and what was found (one per message)."""

    __tablename__ = "assessment"
    id: int | None = Field(default=None, primary_key=True)
    message_pk: int = Field(foreign_key="message.id", index=True, unique=True)
    kind: str
    action: str
    urgent: bool = False
    trust: str | None = Field(default=None, index=True)
    sender: str | None = Field(default=None, index=True)  # the From address: its letters teach its trust
    specialty: str | None = None
    clinician: str | None = None
    patient_name: str | None = None
    nhs_number: str | None = None
    dob: date | None = None
    event_date: date | None = None
    letter_date: date | None = None
    letter_json: str = Field(sa_column=Column(Text, nullable=False))  # blocks with provenance
    created_at: datetime = Field(default_factory=_now)


class FindingRow(SQLModel, table=True):
    __tablename__ = "finding"
    id: int | None = Field(default=None, primary_key=True)
    assessment_id: int = Field(foreign_key="assessment.id", index=True)
    category: str = Field(index=True)
    rule: str
    evidence: str = Field(sa_column=Column(Text, nullable=False))
    source: str  # Source.label()
    block: int = 0
    start: int = 0
    end: int = 0
    exempt: bool = False
    urgent: bool = False  # an urgent-clinical-action cue rather than a bounce
    note: str | None = None


class Draft(SQLModel, table=True):
    """A reply for a person to review, and, once approved, its send state."""

    __tablename__ = "draft"
    id: int | None = Field(default=None, primary_key=True)
    message_pk: int = Field(foreign_key="message.id", index=True, unique=True)
    state: str = Field(default="awaiting_review", index=True)
    to_addr: str
    subject: str
    body_text: str = Field(sa_column=Column(Text, nullable=False))
    body_html: str = Field(sa_column=Column(Text, nullable=False))
    docx: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    categories: str = ""  # comma-separated, for filters and the log
    template_pack: str = ""
    template_version: str = ""
    outgoing_message_id: str | None = None  # our Message-ID, recorded before sending
    created_at: datetime = Field(default_factory=_now)
    decided_by: str | None = None
    decided_at: datetime | None = None
    reason: str | None = Field(default=None, sa_column=Column(Text))
    sent_at: datetime | None = None
    attempts: int = 0
    last_error: str | None = Field(default=None, sa_column=Column(Text))


class AuditEvent(SQLModel, table=True):
    """Append-only: who did what, when. Rows are never updated or deleted."""

    __tablename__ = "audit_event"
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=_now, index=True)
    actor: str  # a user name, or "worker"
    action: str
    message_pk: int | None = Field(default=None, index=True)
    draft_id: int | None = Field(default=None, index=True)
    detail: str | None = Field(default=None, sa_column=Column(Text))  # never patient identifiers


class User(SQLModel, table=True):
    __tablename__ = "app_user"
    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(unique=True, index=True)
    password_hash: str
    role: str  # reviewer | clinician | admin
    failed_logins: int = 0
    locked_until: datetime | None = None
    created_at: datetime = Field(default_factory=_now)
    disabled: bool = False


class WebSession(SQLModel, table=True):
    """Server-side sessions: the cookie holds a random token, the table only its hash."""

    __tablename__ = "web_session"
    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(unique=True, index=True)
    user_id: int = Field(foreign_key="app_user.id", index=True)
    csrf_token: str
    created_at: datetime = Field(default_factory=_now)
    last_seen_at: datetime = Field(default_factory=_now)
    revoked: bool = False


class TemplatePackRow(SQLModel, table=True):
    """Installed template packs; every version is kept, one is active."""

    __tablename__ = "template_pack"
    __table_args__ = (UniqueConstraint("name", "version", name="uq_template_pack_name_version"),)
    id: int | None = Field(default=None, primary_key=True)
    name: str
    version: str
    publisher: str = ""
    path: str  # where the installed copy lives
    installed_at: datetime = Field(default_factory=_now)
    active: bool = False
