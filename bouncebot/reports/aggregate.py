"""The LMC's side: merge many practices' anonymised exports into one report (CSV or Word).

Each practice has already suppressed its small counts, so a merged total is the sum of the counts
it can see plus at least one for each suppressed contribution: a **lower bound**. It is shown as
"≥ N" when any part was suppressed, and suppressed again when even the lower bound is under the
threshold, because the true total might then be small enough to point at a patient.

Exports are validated before anything is summed: an unknown format, a newer major version, a CSV
that does not match its manifest's checksum, or the same practice twice is an error rather than a
silently wrong total.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from bouncebot.reports import charts
from bouncebot.reports.export import (
    COLUMNS,
    DATA_FILE,
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST_FILE,
    ExportError,
    check_practice_id,
)
from bouncebot.reports.render import Table, render_docx_document
from bouncebot.reports.safe import csv_cell

SUPPORTED_MAJOR = int(FORMAT_VERSION.split(".")[0])
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


@dataclass(frozen=True)
class PracticeExport:
    """One practice's export, read and validated."""

    practice_id: str
    manifest: dict[str, object]
    rows: tuple[dict[str, str], ...]

    @property
    def suppress_below(self) -> int:
        return int(self.manifest["suppress_below"])  # type: ignore[call-overload]


@dataclass
class Cell:
    """A merged count: what the exports showed, plus how many suppressed parts went into it."""

    known: int = 0
    suppressed_parts: int = 0
    practices: set[str] = field(default_factory=set)

    def add(self, count: int | None, practice: str) -> None:
        self.practices.add(practice)
        if count is None:
            self.suppressed_parts += 1
        else:
            self.known += count

    @property
    def lower_bound(self) -> int:
        return self.known + self.suppressed_parts  # each suppressed part is at least 1


@dataclass(frozen=True)
class Shown:
    """A total as it may be published."""

    value: int | None  # None: suppressed
    at_least: bool  # value is a lower bound (suppressed parts were included at 1 each)
    practices: int

    def text(self) -> str:
        if self.value is None:
            return "suppressed"
        return f"≥{self.value}" if self.at_least else str(self.value)


def show(cell: Cell, threshold: int) -> Shown:
    """Apply the suppression rule to a merged total."""
    if cell.lower_bound < threshold:
        return Shown(None, cell.suppressed_parts > 0, len(cell.practices))
    return Shown(cell.lower_bound, cell.suppressed_parts > 0, len(cell.practices))


def _read_manifest(path: Path) -> tuple[dict[str, object], Path]:
    man_path = path / MANIFEST_FILE if path.is_dir() else path
    if not man_path.exists():
        raise ExportError(f"{path}: no {MANIFEST_FILE} found (give the export folder or its manifest)")
    try:
        manifest = json.loads(man_path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise ExportError(f"{man_path}: not a valid JSON manifest ({e})") from e
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise ExportError(f"{man_path}: not a bouncebot LMC export (format should be {FORMAT_NAME!r})")
    version = str(manifest.get("version", ""))
    try:
        major = int(version.split(".")[0])
    except ValueError:
        raise ExportError(f"{man_path}: unreadable format version {version!r}") from None
    if major != SUPPORTED_MAJOR:
        raise ExportError(
            f"{man_path}: format version {version} is not supported (this bouncebot reads {SUPPORTED_MAJOR}.x); "
            "ask the practice to export with a matching bouncebot, or upgrade"
        )
    return manifest, man_path.parent


def read_export(path: Path) -> PracticeExport:
    """Read and check one export folder (or its manifest.json)."""
    manifest, folder = _read_manifest(Path(path))
    practice = check_practice_id(str(manifest.get("practice_id", "")))
    try:
        threshold = int(manifest["suppress_below"])  # type: ignore[call-overload]
        data_info = manifest["data"]
        assert isinstance(data_info, dict)
        data_name = str(data_info.get("file", DATA_FILE))
        expected_sha = str(data_info["sha256"])
    except (KeyError, ValueError, TypeError, AssertionError) as e:
        raise ExportError(f"{folder}: the manifest lacks a field ({e})") from e
    if threshold < 1:
        raise ExportError(f"{folder}: suppress_below must be at least 1")
    if Path(data_name).name != data_name:
        raise ExportError(f"{folder}: the data file must sit beside the manifest")
    data_path = folder / data_name
    if not data_path.exists():
        raise ExportError(f"{folder}: the data file {data_name} is missing")
    data = data_path.read_bytes()
    if hashlib.sha256(data).hexdigest() != expected_sha:
        raise ExportError(f"{data_path}: does not match the checksum in its manifest (edited or incomplete?)")
    reader = csv.DictReader(io.StringIO(data.decode("utf-8")))
    if tuple(reader.fieldnames or ()) != COLUMNS:
        raise ExportError(f"{data_path}: unexpected columns {reader.fieldnames}; expected {list(COLUMNS)}")
    rows: list[dict[str, str]] = []
    for n, row in enumerate(reader, start=2):
        where = f"{data_path}, line {n}"
        if row["practice_id"] != practice:
            raise ExportError(f"{where}: practice id {row['practice_id']!r} differs from the manifest's")
        if not _MONTH.match(row["month"] or ""):
            raise ExportError(f"{where}: month {row['month']!r} is not YYYY-MM")
        if row["suppressed"] == "true":
            if row["count"]:
                raise ExportError(f"{where}: a suppressed row must leave its count blank")
        elif row["suppressed"] == "false":
            if not row["count"].isdigit() or int(row["count"]) < threshold:
                raise ExportError(f"{where}: count {row['count']!r} is not a whole number >= {threshold}")
        else:
            raise ExportError(f"{where}: suppressed must be true or false")
        rows.append(row)
    return PracticeExport(practice, manifest, tuple(rows))


@dataclass(frozen=True)
class Aggregate:
    practices: tuple[str, ...]
    threshold: int
    period_from: str
    period_to: str
    cells: dict[tuple[str, str, str], Cell]  # (month, provider, category)

    def totals(self, by: Sequence[str]) -> dict[tuple[str, ...], Cell]:
        """Merged totals grouped by any of "month", "provider", "category" (empty: the grand total)."""
        index = {"month": 0, "provider": 1, "category": 2}
        out: dict[tuple[str, ...], Cell] = defaultdict(Cell)
        for key, cell in self.cells.items():
            k = tuple(key[index[d]] for d in by)
            tgt = out[k]
            tgt.known += cell.known
            tgt.suppressed_parts += cell.suppressed_parts
            tgt.practices |= cell.practices
        return dict(sorted(out.items()))


def aggregate(exports: Iterable[PracticeExport], *, suppress_below: int = 5) -> Aggregate:
    """Merge exports; the threshold is the strictest of the LMC's and every practice's."""
    exports = list(exports)
    if not exports:
        raise ExportError("no exports to aggregate")
    ids = [e.practice_id for e in exports]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise ExportError(f"the same practice appears more than once: {', '.join(dupes)} (its counts would double)")
    threshold = max([suppress_below, *(e.suppress_below for e in exports)])
    cells: dict[tuple[str, str, str], Cell] = defaultdict(Cell)
    for e in exports:
        for row in e.rows:
            count = None if row["suppressed"] == "true" else int(row["count"])
            cells[(row["month"], row["provider"], row["category"])].add(count, e.practice_id)
    froms = [str(e.manifest.get("period", {}).get("from", "")) for e in exports]  # type: ignore[union-attr]
    tos = [str(e.manifest.get("period", {}).get("to", "")) for e in exports]  # type: ignore[union-attr]
    return Aggregate(tuple(sorted(ids)), threshold, min((f for f in froms if f), default=""),
                     max((t for t in tos if t), default=""), dict(sorted(cells.items())))


# --- rendering ------------------------------------------------------------------------------------

_TABLES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("total", "All practices", ()),
    ("provider", "Requests by provider", ("provider",)),
    ("category", "Requests by category", ("category",)),
    ("month", "Requests by month", ("month",)),
    ("provider_category", "Requests by provider and category", ("provider", "category")),
    ("provider_month", "Requests by provider and month", ("provider", "month")),
    ("provider_category_month", "Requests by provider and category, per month", ("provider", "category", "month")),
)
CSV_COLUMNS = ("table", "month", "provider", "category", "practices", "count", "at_least", "suppressed")


def aggregate_csv(agg: Aggregate) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for key, _title, dims in _TABLES:
        for k, cell in agg.totals(dims).items():
            s = show(cell, agg.threshold)
            vals = dict(zip(dims, k, strict=True))
            w.writerow((key, vals.get("month", ""), csv_cell(vals.get("provider", "")), vals.get("category", ""),
                        s.practices, "" if s.value is None else s.value, str(s.at_least).lower(),
                        str(s.value is None).lower()))
    return buf.getvalue()


def aggregate_tables(agg: Aggregate) -> list[Table]:
    tables = []
    for key, title, dims in _TABLES:
        rows = tuple(
            (*(v.replace("_", " ") if d == "category" else v for d, v in zip(dims, k, strict=True)),
             str(show(c, agg.threshold).practices), show(c, agg.threshold).text())
            for k, c in agg.totals(dims).items()
        )
        tables.append(Table(key, title, (*dims, "practices", "requests"), rows))
    return tables


def aggregate_summary(agg: Aggregate) -> list[str]:
    total = show(agg.totals(()).get((), Cell()), agg.threshold)
    lines = [
        f"{len(agg.practices)} practice(s) sent exports covering {agg.period_from or '?'} to {agg.period_to or '?'}.",
        f"Requests for hospital work returned or found: {total.text()}.",
    ]
    providers = {k[0]: show(c, agg.threshold) for k, c in agg.totals(("provider",)).items()}
    ranked = sorted(((s.value, p) for p, s in providers.items() if s.value is not None), reverse=True)
    if ranked:
        lines.append(f"Most requests came from {ranked[0][1]} ({providers[ranked[0][1]].text()}).")
    lines.append(
        f"Counts under {agg.threshold} are suppressed, here and in each practice's export. A total marked ≥ "
        "includes suppressed practice counts at their minimum of 1, so the true figure may be higher."
    )
    return lines


def _chart_values(totals: dict[tuple[str, ...], Cell], threshold: int) -> dict[str, int]:
    """Only publishable values go into a chart: a bar must not show what the table suppresses."""
    out = {}
    for k, c in totals.items():
        s = show(c, threshold)
        if s.value is not None:
            out[k[0].replace("_", " ")] = s.value
    return out


def aggregate_docx(agg: Aggregate, *, title: str = "Hospital work pushed to general practice",
                   today: date | None = None) -> bytes:
    today = today or date.today()
    subtitle = [f"Aggregated from {len(agg.practices)} practice export(s)",
                f"Period {agg.period_from or '?'} to {agg.period_to or '?'}",
                f"Produced {today.isoformat()} by bouncebot"]
    by_month = {k[0]: (show(c, agg.threshold).value or 0) for k, c in agg.totals(("month",)).items()}
    pictures = [
        ("Requests by provider", charts.bar_chart(_chart_values(agg.totals(("provider",)), agg.threshold),
                                                  "Requests by provider")),
        ("Requests by category", charts.bar_chart(_chart_values(agg.totals(("category",)), agg.threshold),
                                                  "Requests by category")),
        ("Requests per month (suppressed months shown as 0)", charts.month_chart(by_month, "Requests per month")),
    ]
    notes = [
        "Each practice chose its own id; no patient identifiers, free text or exact dates are in the exports.",
        f"Suppression threshold {agg.threshold}: the strictest of the LMC's setting and every practice's.",
        f"Practices: {', '.join(agg.practices)}.",
    ]
    return render_docx_document(title, subtitle, aggregate_summary(agg), aggregate_tables(agg), pictures, notes)
