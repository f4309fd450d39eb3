"""The anonymised export: what a practice sends its LMC (format: docs/export-format.md).

Design, and why:

* **Counts only.** One CSV of request counts keyed by month, provider and category (plus specialty
  and clinician when the practice opts in), and a JSON manifest. No NHS number, name, date of birth,
  postcode, evidence text or note is ever selected from the database, never mind written.
* **One table, no totals.** Publishing totals beside suppressed cells lets anyone recover a
  suppressed count by subtraction; the LMC sums cells itself (`aggregate`).
* **Months, not days.** Dates are coarsened to YYYY-MM, and the period to whole months.
* **Small counts suppressed.** A cell under the threshold (default 5) is written with its count
  blank and `suppressed` true, so the LMC knows something was there without knowing how much.
* **Labels checked.** Provider/specialty/clinician names are read from hospital letters, so a
  mis-read one could hold the patient's name or number: such labels are withheld (`safe_label`).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlmodel import Session, select

from bouncebot import __version__
from bouncebot.model import CATEGORIES
from bouncebot.reports.query import counts_as_request, letter_day, month_key
from bouncebot.reports.safe import csv_cell, patient_tokens, safe_label
from bouncebot.store.tables import Assessment, Draft, FindingRow, Message

FORMAT_NAME = "bouncebot-lmc-export"
FORMAT_VERSION = "1.0"
DATA_FILE = "requests.csv"
MANIFEST_FILE = "manifest.json"
COLUMNS: tuple[str, ...] = ("practice_id", "month", "provider", "category", "specialty", "clinician", "count",
                            "suppressed")
ALL = ""  # a dimension the export does not break down by
PRACTICE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


class ExportError(ValueError):
    """The export cannot be made or read as asked; the message says what to change."""


@dataclass(frozen=True)
class ExportRow:
    month: str
    provider: str
    category: str
    specialty: str
    clinician: str
    count: int | None  # None when suppressed

    @property
    def suppressed(self) -> bool:
        return self.count is None


@dataclass(frozen=True)
class Export:
    practice_id: str
    period_from: str  # YYYY-MM
    period_to: str
    suppress_below: int
    includes_clinicians: bool
    rows: tuple[ExportRow, ...]
    produced: str  # YYYY-MM: even the export's own date is coarsened

    @property
    def dimensions(self) -> list[str]:
        dims = ["month", "provider", "category"]
        return dims + ["specialty", "clinician"] if self.includes_clinicians else dims


def check_practice_id(practice_id: str) -> str:
    """The id the practice chose: a short token, so it cannot carry free text or a name by accident."""
    if not PRACTICE_ID.match(practice_id or ""):
        raise ExportError(
            f"the practice id {practice_id!r} must be 1-64 letters, digits, '.', '_' or '-' "
            "(set [export] practice_id to the id your LMC knows you by)"
        )
    return practice_id


def _month_start(d: date) -> date:
    return d.replace(day=1)


def _month_end(d: date) -> date:
    nxt = date(d.year + 1, 1, 1) if d.month == 12 else date(d.year, d.month + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)


def _dob_forms(dob: date | None) -> tuple[str, ...]:
    if dob is None:
        return ()
    return (dob.isoformat(), dob.strftime("%d/%m/%Y"), dob.strftime("%d %B %Y"), f"{dob.day} {dob:%B %Y}")


def build_export(
    session: Session,
    *,
    practice_id: str,
    suppress_below: int = 5,
    include_clinicians: bool = False,
    start: date | None = None,
    end: date | None = None,
    today: date | None = None,
) -> Export:
    """Counts for the LMC, over whole months covering `start`..`end` (default: the whole log)."""
    check_practice_id(practice_id)
    if suppress_below < 1:
        raise ExportError("the suppression threshold must be at least 1")
    lo = _month_start(start) if start else None
    hi = _month_end(end) if end else None
    if lo and hi and hi < lo:
        raise ExportError("the export's end date is before its start date")

    # Patient name, number and date of birth are selected only to check labels against them.
    rows = session.exec(
        select(
            Message.sent_at,
            Message.received_at,
            Assessment.trust,
            Assessment.specialty,
            Assessment.clinician,
            Assessment.patient_name,
            Assessment.nhs_number,
            Assessment.dob,
            FindingRow.category,
            FindingRow.exempt,
            Draft.state,
        )
        .join(Assessment, Assessment.message_pk == Message.id)
        .join(FindingRow, FindingRow.assessment_id == Assessment.id)
        .outerjoin(Draft, Draft.message_pk == Message.id)
        .where(FindingRow.urgent == False)  # noqa: E712 - SQL expression
    ).all()

    counts: Counter[tuple[str, str, str, str, str]] = Counter()
    seen_months: list[str] = []
    for sent_at, received_at, trust, specialty, clinician, name, nhs, dob, category, exempt, state in rows:
        day = letter_day(sent_at, received_at)
        if (lo and day < lo) or (hi and day > hi) or not counts_as_request(exempt, state):
            continue
        forbidden = patient_tokens(name) + tuple(x for x in (nhs,) if x) + _dob_forms(dob)
        month = month_key(day)
        seen_months.append(month)
        key = (
            month,
            safe_label(trust, forbidden=forbidden),
            category if category in CATEGORIES else "other",
            safe_label(specialty, forbidden=forbidden) if include_clinicians else ALL,
            safe_label(clinician, forbidden=forbidden) if include_clinicians else ALL,
        )
        counts[key] += 1

    period_from = month_key(lo) if lo else (min(seen_months) if seen_months else "")
    period_to = month_key(hi) if hi else (max(seen_months) if seen_months else "")
    out = tuple(
        ExportRow(m, p, c, s, cl, n if n >= suppress_below else None)
        for (m, p, c, s, cl), n in sorted(counts.items())
    )
    return Export(practice_id, period_from, period_to, suppress_below, include_clinicians, out,
                  month_key(today or date.today()))


def export_csv(export: Export) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    for r in export.rows:
        w.writerow((export.practice_id, r.month, csv_cell(r.provider), r.category, csv_cell(r.specialty),
                    csv_cell(r.clinician), "" if r.count is None else str(r.count),
                    "true" if r.suppressed else "false"))
    return buf.getvalue()


def manifest(export: Export, data: bytes) -> dict[str, object]:
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "practice_id": export.practice_id,
        "period": {"from": export.period_from, "to": export.period_to},
        "produced": export.produced,
        "producer": f"bouncebot {__version__}",
        "measure": "requests",
        "dimensions": export.dimensions,
        "includes_clinicians": export.includes_clinicians,
        "suppress_below": export.suppress_below,
        "categories": list(CATEGORIES) + ["other"],
        "data": {"file": DATA_FILE, "rows": len(export.rows), "sha256": hashlib.sha256(data).hexdigest()},
    }


def write_export(export: Export, folder: Path) -> tuple[Path, Path]:
    """Write the CSV and its manifest into `folder` (created); returns (manifest, csv) paths."""
    folder.mkdir(parents=True, exist_ok=True)
    data = export_csv(export).encode("utf-8")
    csv_path = folder / DATA_FILE
    csv_path.write_bytes(data)
    man_path = folder / MANIFEST_FILE
    man_path.write_text(json.dumps(manifest(export, data), indent=2) + "\n", encoding="utf-8")
    return man_path, csv_path
