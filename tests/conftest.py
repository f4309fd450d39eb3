"""Fixtures shared by the whole suite: databases (SQLite and a real PostgreSQL), corpus paths."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# A copy of ../shared/corpus/dev (invented letters, 999-range NHS numbers), so CI needs nothing beside the repo.
DEV_CORPUS = ROOT / "tests" / "corpus" / "dev"
_db_counter = itertools.count()


def dev_labels() -> list[dict]:
    return json.loads((DEV_CORPUS / "labels.json").read_text())


@pytest.fixture(scope="session")
def dev_corpus() -> Path:
    if not (DEV_CORPUS / "labels.json").exists():
        pytest.fail(f"the development corpus is missing at {DEV_CORPUS}: restore it from ../shared/corpus/dev")
    return DEV_CORPUS


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[object]:
    from tests.postgres_server import PostgresServer

    server = PostgresServer().start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database URL: SQLite in a temp folder, or a new database on the real server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'bouncebot.db'}"
    server = request.getfixturevalue("postgres_server")
    return server.create_database(f"bb_test_{next(_db_counter)}")  # type: ignore[attr-defined]
