"""The practice report as Word, HTML and CSV: same numbers everywhere, hostile names made harmless."""

from __future__ import annotations

import csv
import io
from datetime import date

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from sqlalchemy.engine import Engine
from sqlmodel import Session

from bouncebot.reports.query import Report, build_report
from bouncebot.reports.render import render_csv, render_docx, render_html
from tests.reports.seeding import F, L, seed, standard_letters, utc

Q1 = (date(2026, 1, 1), date(2026, 3, 31))
HOSTILE = '<script>alert("x")</script> & =HYPERLINK("http://evil")'


def _report(engine: Engine, extra: list[L] | None = None) -> Report:
    seed(engine, standard_letters() + (extra or []))
    with Session(engine) as s:
        return build_report(s, *Q1)


def _table(d: docx.document.Document, header: tuple[str, ...]) -> list[list[str]]:
    for t in d.tables:
        rows = [[c.text for c in row.cells] for row in t.rows]
        if tuple(rows[0]) == header:
            return rows[1:]
    raise AssertionError(f"no table headed {header}")


def test_docx_opens_with_title_page_summary_tables_and_charts(engine: Engine) -> None:
    r = _report(engine)
    data = render_docx(r, practice="Riverside Surgery", today=date(2026, 4, 2))
    d = docx.Document(io.BytesIO(data))
    texts = [p.text for p in d.paragraphs]
    assert "Hospital work returned to the practice" in texts
    assert "Riverside Surgery" in texts
    assert texts.index("Summary") > texts.index("Riverside Surgery")  # the title page comes first
    assert any('w:br w:type="page"' in p._p.xml for p in d.paragraphs)
    assert any(t.startswith(f"{r.requests} request(s)") for t in texts)
    by_provider = {row[0]: int(row[1]) for row in _table(d, ("provider", "requests"))}
    assert by_provider == r.by_provider
    by_month = {row[0]: int(row[1]) for row in _table(d, ("month", "requests"))}
    assert by_month == {"2026-01": 4, "2026-02": 1, "2026-03": 3}
    cats = {row[0]: int(row[1]) for row in _table(d, ("category", "requests", "minutes each", "minutes saved"))}
    assert cats == r.by_category
    assert _table(d, ("provider", "category", "letters")) == [
        ["Westbury Hospitals NHS Foundation Trust", "late_discharge_summary", "1"]]
    # Charts: inline pictures whose parts are PNG images.
    assert len(d.inline_shapes) == 3
    images = [rel.target_part for rel in d.part.rels.values() if rel.reltype == RT.IMAGE]
    assert images and all(p.content_type == "image/png" and p.blob.startswith(b"\x89PNG") for p in images)


def test_docx_survives_control_characters_and_markup_in_names(engine: Engine) -> None:
    r = _report(engine, [L(utc(2026, 2, 2), trust=HOSTILE + "\x0b\x01", findings=[F("fit_note")])])
    d = docx.Document(io.BytesIO(render_docx(r, practice="Riverside Surgery")))
    providers = [row[0] for row in _table(d, ("provider", "requests"))]
    assert HOSTILE in providers  # shown as text, minus the control characters


def test_html_is_self_contained_and_escaped(engine: Engine) -> None:
    r = _report(engine, [L(utc(2026, 2, 2), trust=HOSTILE, findings=[F("fit_note")])])
    page = render_html(r, practice="Riverside <Surgery>")
    assert "<script>" not in page and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "Riverside &lt;Surgery&gt;" in page
    assert "http://evil" in page  # the text is kept, as text
    assert 'src="http' not in page and "<link" not in page  # nothing fetched
    assert page.count('src="data:image/png;base64,') == 3


def test_csv_matches_the_report_and_defuses_formulas(engine: Engine) -> None:
    r = _report(engine, [L(utc(2026, 2, 2), trust=HOSTILE, findings=[F("fit_note")])])
    rows = list(csv.DictReader(io.StringIO(render_csv(r))))
    providers = {row["a"]: int(row["value"]) for row in rows if row["table"] == "provider"}
    assert sum(providers.values()) == r.requests == 9
    assert HOSTILE in providers
    assert not any(v.startswith(("=", "+", "-", "@")) for row in rows for v in row.values())
    summary = {row["a"]: row["value"] for row in rows if row["table"] == "summary"}
    assert summary["requests"] == "9" and summary["minutes saved (estimate)"] == "90"
    months = {row["a"]: int(row["value"]) for row in rows if row["table"] == "month"}
    assert months == r.by_month


def test_formula_leading_name_is_quoted_in_csv(engine: Engine) -> None:
    r = _report(engine, [L(utc(2026, 2, 2), trust="=1+1", findings=[F("fit_note")])])
    rows = list(csv.DictReader(io.StringIO(render_csv(r))))
    assert {"table": "provider", "a": "'=1+1", "b": "", "value": "1"} in rows
