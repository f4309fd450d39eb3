"""The one place the store reads the clock, so tests can pin time."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    """Naive UTC now: both SQLite and PostgreSQL columns here are 'timestamp without time zone'."""
    return datetime.now(UTC).replace(tzinfo=None)
