"""`bouncebot report`, `export --anonymised` and `lmc aggregate` as a user runs them (typer's CliRunner)."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from bouncebot.cli import app
from bouncebot.commands.common import UserError
from bouncebot.store.db import make_engine
from tests.reports.seeding import F, L, seed, standard_letters, utc

runner = CliRunner()


@pytest.fixture
def practice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A practice folder with a seeded database and settings choosing a practice id."""
    for k in [k for k in __import__("os").environ if k.startswith("BOUNCEBOT_")]:
        monkeypatch.delenv(k)
    monkeypatch.chdir(tmp_path)
    url = f"sqlite:///{tmp_path / 'bb.db'}"
    engine = make_engine(url)
    seed(engine, standard_letters() + [L(utc(2026, 2, 1 + i), findings=[F("fit_note")], draft_state="sent")
                                       for i in range(6)])
    engine.dispose()
    cfg = tmp_path / "bouncebot.toml"
    cfg.write_text('[practice]\nname = "Riverside Surgery"\n[export]\npractice_id = "rvs-01"\n'
                   '[reports]\ndefault_minutes = 10.0\n')
    return {"db": url, "config": str(cfg)}


def _ok(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, f"{args}: {result.output}\n{result.exception!r}"
    return result.output


def test_report_in_each_format(practice: dict[str, str], tmp_path: Path) -> None:
    common = ["--from", "2026-01-01", "--to", "2026-03-31", "--db", practice["db"], "--config", practice["config"]]
    out = _ok("report", *common)
    assert "14 request(s)" in out and "10 returned" in out
    d = docx.Document(str(tmp_path / "bouncebot-report-2026-01-01-2026-03-31.docx"))
    assert "Riverside Surgery" in [p.text for p in d.paragraphs] and d.tables and d.inline_shapes
    _ok("report", *common, "--format", "csv", "--out", "r.csv")
    rows = {(r["table"], r["a"]): r["value"] for r in csv.DictReader(io.StringIO(Path("r.csv").read_text()))}
    assert rows[("summary", "requests")] == "14" and rows[("month", "2026-02")] == "7"
    assert rows[("summary", "minutes saved (estimate)")] == "90"  # 9 returned text requests at 10 minutes
    _ok("report", *common, "--format", "html", "--out", "sub/r.html")
    assert Path("sub/r.html").read_text().startswith("<!DOCTYPE html>")


def test_report_refuses_a_backwards_range(practice: dict[str, str]) -> None:
    result = runner.invoke(app, ["report", "--from", "2026-03-01", "--to", "2026-01-01", "--db", practice["db"]])
    assert isinstance(result.exception, UserError) and "before --from" in str(result.exception)


def test_export_then_aggregate(practice: dict[str, str], tmp_path: Path) -> None:
    refused = runner.invoke(app, ["export", "--db", practice["db"]])
    assert isinstance(refused.exception, UserError)
    out = _ok("export", "--anonymised", "--out", "ex", "--db", practice["db"], "--config", practice["config"])
    assert "suppressed" in out
    manifest = json.loads(Path("ex/manifest.json").read_text())
    assert manifest["practice_id"] == "rvs-01"
    rows = list(csv.DictReader(io.StringIO(Path("ex/requests.csv").read_text())))
    assert {"month": "2026-02", "category": "fit_note", "count": "7"}.items() <= next(
        r for r in rows if r["month"] == "2026-02" and r["category"] == "fit_note").items()
    assert "Pella" not in Path("ex/requests.csv").read_text()
    _ok("lmc", "aggregate", "ex", "--format", "csv", "--out", "lmc.csv", "--config", practice["config"])
    agg = list(csv.DictReader(io.StringIO(Path("lmc.csv").read_text())))
    assert {r["count"] for r in agg if r["table"] == "month" and r["month"] == "2026-02"} == {"7"}
    _ok("lmc", "aggregate", "ex", "--out", "lmc.docx", "--config", practice["config"])
    assert docx.Document("lmc.docx").tables
    twice = runner.invoke(app, ["lmc", "aggregate", "ex", "ex/manifest.json", "--config", practice["config"]])
    assert isinstance(twice.exception, UserError) and "more than once" in str(twice.exception)


def test_report_can_write_the_icb_escalation_letter(practice: dict[str, str], tmp_path: Path) -> None:
    common = ["--from", "2026-01-01", "--to", "2026-03-31", "--db", practice["db"], "--config", practice["config"]]
    _ok("report", *common, "--escalate", "Northbridge University Hospitals NHS Trust")
    letter = (tmp_path / "icb-escalation-2026-01-01-2026-03-31.txt").read_text()
    assert "Northbridge University Hospitals NHS Trust, 01/01/2026 to 31/03/2026" in letter
    assert "Riverside Surgery" in letter and "Fit notes for the hospital's period of care:" in letter
    assert not re.search(r"\b999\s?\d{3}\s?\d{4}\b", letter)  # counts only, never an NHS number
    refused = runner.invoke(app, ["report", *common, "--escalate", "No Such Trust"])
    assert refused.exit_code != 0 and isinstance(refused.exception, UserError)
