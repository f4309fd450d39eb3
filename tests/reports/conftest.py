"""Fixtures for the evidence tests: a migrated SQLite database (helpers live in seeding.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from bouncebot.store.db import make_engine


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    e = make_engine(f"sqlite:///{tmp_path / 'reports.db'}")
    yield e
    e.dispose()


@pytest.fixture(scope="module")
def module_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """One migrated database per module, cleared between hypothesis examples (migrating is slow)."""
    e = make_engine(f"sqlite:///{tmp_path_factory.mktemp('reports') / 'reports.db'}")
    yield e
    e.dispose()
