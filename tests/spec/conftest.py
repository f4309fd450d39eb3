"""The `harness` fixture: every spec test runs once per mailbox backend.

Each backend's harness lives in tests/spec/harness_<name>.py and exposes `start(tmp_path) -> Harness`.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.spec.harness import Harness

BACKENDS = ["maildir", "imap", "ews", "graph"]


@pytest.fixture(params=BACKENDS)
def harness(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Harness]:
    module = importlib.import_module(f"tests.spec.harness_{request.param}")
    h = module.start(tmp_path)
    try:
        yield h
    finally:
        h.close()
