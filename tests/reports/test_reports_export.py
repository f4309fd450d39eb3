"""The anonymised export: nothing identifying leaves, small counts are suppressed, counts are right."""

from __future__ import annotations

import csv
import io
import json
import re
import string
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.engine import Engine
from sqlmodel import Session

from bouncebot.model import TEXT_CATEGORIES
from bouncebot.reports.export import (
    COLUMNS,
    FORMAT_NAME,
    FORMAT_VERSION,
    ExportError,
    build_export,
    export_csv,
    write_export,
)
from bouncebot.reports.safe import WITHHELD
from tests.reports.seeding import F, L, clear, nhs_number, seed, utc

NB = "Northbridge University Hospitals NHS Trust"


def _export_text(engine: Engine, tmp: Path, **kw: object) -> str:
    """Everything the practice would send: the CSV and the manifest, as one string."""
    with Session(engine) as s:
        ex = build_export(s, practice_id=str(kw.pop("practice_id", "rvs-01")), **kw)  # type: ignore[arg-type]
    man, data = write_export(ex, tmp)
    return data.read_text() + "\n" + man.read_text()


def _rows(engine: Engine, **kw: object) -> list[dict[str, str]]:
    with Session(engine) as s:
        ex = build_export(s, practice_id="rvs-01", **kw)  # type: ignore[arg-type]
    return list(csv.DictReader(io.StringIO(export_csv(ex))))


# --- the property: no identifier from the database ever appears in the export ---------------------

_word = st.text(alphabet=string.ascii_lowercase, min_size=4, max_size=9)
names = st.tuples(_word, _word).map(lambda t: f"Zo{t[0]} Qu{t[1]}")  # invented, and never an English word
sentences = st.lists(_word, min_size=4, max_size=10).map(lambda ws: "Please " + " ".join(ws) + ".")


@st.composite
def patient_letters(draw: st.DrawFn) -> L:
    name = draw(names)
    nhs = nhs_number(draw(st.integers(0, 999_999)))
    dob = draw(st.dates(min_value=date(1920, 1, 1), max_value=date(2025, 12, 31)))
    # Sometimes the reader mis-read the trust or clinician and picked up the patient's details.
    trust = draw(st.sampled_from([NB, "Westbury Hospitals NHS Foundation Trust", f"{name} ward",
                                  f"NHS No {nhs[:3]} {nhs[3:6]} {nhs[6:]}", f"Seen {dob:%d/%m/%Y}",
                                  f"{name.split()[1].upper()}, {name.split()[0]}", None]))
    clinician = draw(st.sampled_from(["Dr Ada Marsh", f"Dr {name.split()[1]}", f"{dob:%d %B %Y}", None]))
    n = draw(st.integers(1, 7))  # enough letters alike that some cells pass the threshold
    findings = [F(draw(st.sampled_from(TEXT_CATEGORIES[:3])), evidence=draw(sentences),
                  note=draw(st.one_of(st.none(), sentences))) for _ in range(draw(st.integers(1, 3)))]
    return L(utc(2026, draw(st.integers(1, 4)), draw(st.integers(1, 28)), 9), trust=trust,
             specialty=draw(st.sampled_from(["Cardiology", f"{name} clinic", None])), clinician=clinician,
             findings=findings * n, draft_state=draw(st.sampled_from(["sent", "awaiting_review", None])),
             patient_name=name, nhs=nhs, dob=dob)


def _identifiers(letters: list[L]) -> set[str]:
    out: set[str] = set()
    for spec in letters:
        first, last = spec.patient_name.split()
        out |= {spec.patient_name, first, last, spec.nhs, f"{spec.nhs[:3]} {spec.nhs[3:6]} {spec.nhs[6:]}",
                spec.dob.isoformat(), f"{spec.dob:%d/%m/%Y}", f"{spec.dob:%d %B %Y}"}
        for f in spec.findings:
            out.add(f.evidence)
            if f.note:
                out.add(f.note)
    return out


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(patient_letters(), min_size=1, max_size=6), st.booleans(), st.integers(1, 6))
def test_no_identifier_ever_appears_in_the_export(module_engine: Engine, tmp_path_factory: pytest.TempPathFactory,
                                                  letters: list[L], clinicians: bool, threshold: int) -> None:
    clear(module_engine)
    seed(module_engine, letters)
    text = _export_text(module_engine, tmp_path_factory.mktemp("ex"), include_clinicians=clinicians,
                        suppress_below=threshold)
    low = text.casefold()
    leaked = sorted(i for i in _identifiers(letters) if i.casefold() in low)
    assert not leaked, f"identifiers in the export: {leaked}"
    plain = re.sub(r'"sha256": "[0-9a-f]{64}"', "", text)  # a checksum is digits by nature
    assert not re.search(r"\d{4}-\d{2}-\d{2}", plain), "a full date leaked"
    assert not re.search(r"\d{10}|\d{3} \d{3} \d{4}", plain), "something like an NHS number leaked"


# --- suppression, coarsening, opt-in ----------------------------------------------------------------


def _many(n: int, category: str, month: int, **kw: object) -> list[L]:
    return [L(utc(2026, month, 1 + i % 27), findings=[F(category)], **kw) for i in range(n)]  # type: ignore[arg-type]


def test_small_counts_are_suppressed_and_others_exact(engine: Engine) -> None:
    seed(engine, _many(5, "fit_note", 1) + _many(4, "results_chasing", 1) + _many(1, "fit_note", 2)
         + _many(7, "tests_for_hospital", 3, draft_state="sent"))
    rows = {(r["month"], r["category"]): r for r in _rows(engine)}
    assert rows[("2026-01", "fit_note")]["count"] == "5" and rows[("2026-01", "fit_note")]["suppressed"] == "false"
    assert rows[("2026-01", "results_chasing")] == {
        "practice_id": "rvs-01", "month": "2026-01", "provider": NB, "category": "results_chasing", "specialty": "",
        "clinician": "", "count": "", "suppressed": "true"}
    assert rows[("2026-02", "fit_note")]["suppressed"] == "true"
    assert rows[("2026-03", "tests_for_hospital")]["count"] == "7"
    # A stricter practice setting suppresses more; no totals row gives the hidden counts away.
    strict = {(r["month"], r["category"]): r for r in _rows(engine, suppress_below=6)}
    assert strict[("2026-01", "fit_note")]["suppressed"] == "true"
    assert list(_rows(engine)[0]) == list(COLUMNS)


def test_exempt_urgent_and_not_a_bounce_are_not_exported(engine: Engine) -> None:
    seed(engine, _many(5, "fit_note", 1, draft_state="not_a_bounce")
         + [L(utc(2026, 1, 3), findings=[F("fit_note", exempt=True), F("fit_note", urgent=True)])] * 5)
    assert _rows(engine) == []


def test_dates_are_months_and_the_period_whole_months(engine: Engine, tmp_path: Path) -> None:
    seed(engine, _many(6, "fit_note", 2) + _many(6, "fit_note", 5))
    with Session(engine) as s:
        ex = build_export(s, practice_id="rvs-01", start=date(2026, 2, 20), end=date(2026, 4, 2),
                          today=date(2026, 6, 9))
    man, data = write_export(ex, tmp_path / "out")
    manifest = json.loads(man.read_text())
    assert manifest["format"] == FORMAT_NAME and manifest["version"] == FORMAT_VERSION
    assert manifest["period"] == {"from": "2026-02", "to": "2026-04"}
    assert manifest["produced"] == "2026-06"
    assert manifest["data"]["rows"] == 1 and manifest["includes_clinicians"] is False
    rows = list(csv.DictReader(io.StringIO(data.read_text())))
    assert [(r["month"], r["count"]) for r in rows] == [("2026-02", "6")]  # the whole of February, not May


def test_clinician_names_only_when_the_practice_opts_in(engine: Engine) -> None:
    seed(engine, _many(5, "fit_note", 1, clinician="Dr Ada Marsh", specialty="Cardiology"))
    assert {r["clinician"] for r in _rows(engine)} == {""}
    opted = _rows(engine, include_clinicians=True)
    assert [(r["specialty"], r["clinician"], r["count"]) for r in opted] == [("Cardiology", "Dr Ada Marsh", "5")]


def test_labels_carrying_patient_details_are_withheld(engine: Engine) -> None:
    seed(engine, _many(5, "fit_note", 1, trust="Quorn, Pella", patient_name="Pella Quorn")
         + _many(5, "fit_note", 2, trust="Ward 7 NB2 6QD"))
    assert {r["provider"] for r in _rows(engine)} == {WITHHELD}


def test_practice_id_must_be_a_plain_token(engine: Engine) -> None:
    with Session(engine) as s, pytest.raises(ExportError, match="practice id"):
        build_export(s, practice_id="Riverside Surgery, 22 Ferry Lane")
