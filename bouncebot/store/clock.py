"""The one place the store reads the clock, so tests can pin time."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    """Aware UTC now: sqlmodel's UTCDateTime columns refuse naive datetimes (and they would be ambiguous)."""
    return datetime.now(UTC)
