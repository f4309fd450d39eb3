"""The LMC aggregate: two practices' exports summed, totals re-suppressed, bad exports refused."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import docx
import pytest

from bouncebot.reports.aggregate import aggregate, aggregate_csv, aggregate_docx, read_export
from bouncebot.reports.export import Export, ExportError, ExportRow, write_export

NB, WS = "Northbridge University Hospitals NHS Trust", "Westbury Hospitals NHS Foundation Trust"


def _export(folder: Path, practice: str, cells: dict[tuple[str, str, str], int], threshold: int = 5) -> Path:
    """Write an export as a practice would, suppressing cells under `threshold`."""
    rows = tuple(ExportRow(m, p, c, "", "", n if n >= threshold else None) for (m, p, c), n in sorted(cells.items()))
    write_export(Export(practice, "2026-01", "2026-03", threshold, False, rows, "2026-04"), folder)
    return folder


@pytest.fixture
def two(tmp_path: Path) -> list[Path]:
    a = _export(tmp_path / "a", "practice-a", {
        ("2026-01", NB, "fit_note"): 6,          # + b's 7 -> 13, exact
        ("2026-01", NB, "results_chasing"): 3,   # suppressed; + b's 9 -> at least 10
        ("2026-02", WS, "fit_note"): 2,          # suppressed; + b's 1 (suppressed) -> at least 2: suppressed
        ("2026-03", WS, "dna_rereferral"): 5,    # a alone -> 5
    })
    b = _export(tmp_path / "b", "practice-b", {
        ("2026-01", NB, "fit_note"): 7,
        ("2026-01", NB, "results_chasing"): 9,
        ("2026-02", WS, "fit_note"): 1,
    })
    return [a, b]


def _table(text: str, table: str) -> list[dict[str, str]]:
    return [r for r in csv.DictReader(io.StringIO(text)) if r["table"] == table]


def test_two_practices_sum_and_totals_are_resuppressed(two: list[Path]) -> None:
    agg = aggregate([read_export(p) for p in two], suppress_below=5)
    out = aggregate_csv(agg)
    cells = {(r["month"], r["provider"], r["category"]): r for r in _table(out, "provider_category_month")}
    assert cells[("2026-01", NB, "fit_note")] == {
        "table": "provider_category_month", "month": "2026-01", "provider": NB, "category": "fit_note",
        "practices": "2", "count": "13", "at_least": "false", "suppressed": "false"}
    chasing = cells[("2026-01", NB, "results_chasing")]
    assert (chasing["count"], chasing["at_least"], chasing["suppressed"]) == ("10", "true", "false")
    small = cells[("2026-02", WS, "fit_note")]
    assert (small["count"], small["suppressed"]) == ("", "true")
    assert cells[("2026-03", WS, "dna_rereferral")]["count"] == "5"
    providers = {r["provider"]: (r["count"], r["at_least"]) for r in _table(out, "provider")}
    assert providers == {NB: ("23", "true"), WS: ("7", "true")}  # WS: 5 + two suppressed parts at 1 each
    months = {r["month"]: r["count"] for r in _table(out, "month")}
    assert months == {"2026-01": "23", "2026-02": "", "2026-03": "5"}
    (total,) = _table(out, "total")
    assert (total["count"], total["practices"]) == ("30", "2")


def test_the_strictest_threshold_wins(two: list[Path], tmp_path: Path) -> None:
    strict = _export(tmp_path / "c", "practice-c", {("2026-03", WS, "dna_rereferral"): 8}, threshold=10)
    agg = aggregate([read_export(p) for p in [*two, strict]], suppress_below=3)
    assert agg.threshold == 10
    cells = {(r["month"], r["provider"], r["category"]): r
             for r in _table(aggregate_csv(agg), "provider_category_month")}
    # 5 from a plus c's suppressed part (at least 1) is at least 6: under 10, so suppressed again.
    dna = cells[("2026-03", WS, "dna_rereferral")]
    assert (dna["count"], dna["suppressed"], dna["practices"]) == ("", "true", "2")
    assert cells[("2026-01", NB, "fit_note")]["count"] == "13"
    assert {r["count"] for r in _table(aggregate_csv(agg), "month") if r["month"] == "2026-02"} == {""}


def test_aggregate_docx_has_tables_and_charts(two: list[Path]) -> None:
    d = docx.Document(io.BytesIO(aggregate_docx(aggregate([read_export(p) for p in two]))))
    headers = [tuple(c.text for c in t.rows[0].cells) for t in d.tables]
    assert ("provider", "category", "month", "practices", "requests") in headers
    prov = next(t for t in d.tables if tuple(c.text for c in t.rows[0].cells) == ("provider", "practices", "requests"))
    assert {r.cells[0].text: r.cells[2].text for r in prov.rows[1:]} == {NB: "≥23", WS: "≥7"}
    assert len(d.inline_shapes) == 3


def test_refuses_a_newer_major_version(two: list[Path]) -> None:
    man = two[0] / "manifest.json"
    data = json.loads(man.read_text())
    man.write_text(json.dumps(data | {"version": "2.0"}))
    with pytest.raises(ExportError, match="version 2.0 is not supported"):
        read_export(two[0])
    man.write_text(json.dumps(data | {"version": "1.7"}))  # a later minor version is still read
    assert read_export(two[0]).practice_id == "practice-a"


def test_refuses_other_formats_edited_data_and_duplicate_practices(two: list[Path], tmp_path: Path) -> None:
    man = two[1] / "manifest.json"
    data = json.loads(man.read_text())
    man.write_text(json.dumps(data | {"format": "something-else"}))
    with pytest.raises(ExportError, match="not a bouncebot LMC export"):
        read_export(two[1])
    man.write_text(json.dumps(data))
    csv_path = two[1] / "requests.csv"
    csv_path.write_text(csv_path.read_text().replace(",7,", ",70,"))
    with pytest.raises(ExportError, match="checksum"):
        read_export(two[1])
    again = _export(tmp_path / "a2", "practice-a", {("2026-01", NB, "fit_note"): 6})
    with pytest.raises(ExportError, match="more than once: practice-a"):
        aggregate([read_export(two[0]), read_export(again)])
    with pytest.raises(ExportError, match="no manifest.json"):
        read_export(tmp_path / "nowhere")
