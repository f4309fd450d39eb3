"""A practice `Report` as CSV, self-contained HTML, or a Word document an LMC can paste from.

All three render the same `report_tables`, so a number in the Word file is the number in the CSV.
Every string from the database is treated as untrusted: escaped for HTML, made formula-safe for CSV,
stripped of control characters for Word.
"""

from __future__ import annotations

import base64
import csv
import html
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt

from bouncebot.reports import charts
from bouncebot.reports.query import Report
from bouncebot.reports.safe import csv_cell, xml_text

TITLE = "Hospital work returned to the practice"


@dataclass(frozen=True)
class Table:
    """One table of a report: `key` names it in CSV; `title` and `headers` are for people."""

    key: str
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def _label(category: str) -> str:
    return category.replace("_", " ")


def _minutes(m: float) -> str:
    return f"{m / 60:.1f} h" if m >= 60 else f"{m:.0f} min"


def summary_lines(r: Report) -> list[str]:
    """The summary in words, for the top of the Word and HTML reports."""
    lines = [
        f"{r.requests} request(s) for hospital work in {r.letters_with_requests} of {r.letters_assessed} "
        f"letter(s) dated {r.start.isoformat()} to {r.end.isoformat()}.",
        f"{r.returned} returned to the provider; an estimated {_minutes(r.minutes_saved)} of practice time "
        f"saved ({_minutes(r.minutes_possible)} if every request found were returned).",
        f"{r.timeliness_total} timeliness breach(es) (late discharge summaries and clinic letters).",
    ]
    if r.by_provider:
        top, n = next(iter(r.by_provider.items()))
        lines.append(f"Most requests came from {top} ({n}).")
    if r.by_category:
        cat, n = max(r.by_category.items(), key=lambda kv: kv[1])
        lines.append(f"The commonest request was {_label(cat)} ({n}).")
    t = r.trend
    if t.slope_per_month is not None:
        lines.append(f"Trend across {len(r.months)} months: {t.direction} ({t.slope_per_month:+.1f} requests a month).")
    lines.append(
        f"Also found: {r.exempt} locally commissioned (not bounced), {r.urgent_letters} letter(s) held for a "
        f"clinician as urgent, {r.not_a_bounce} marked 'not a bounce' by a reviewer (left out above)."
    )
    return lines


def report_tables(r: Report) -> list[Table]:
    """Every table in the report, in reading order."""
    summary = (
        ("letters assessed", str(r.letters_assessed)),
        ("letters with requests", str(r.letters_with_requests)),
        ("requests", str(r.requests)),
        ("returned", str(r.returned)),
        ("timeliness breaches", str(r.timeliness_total)),
        ("minutes saved (estimate)", f"{r.minutes_saved:.0f}"),
        ("minutes if all returned (estimate)", f"{r.minutes_possible:.0f}"),
        ("locally commissioned (not bounced)", str(r.exempt)),
        ("urgent letters held for a clinician", str(r.urgent_letters)),
        ("marked not a bounce", str(r.not_a_bounce)),
    )
    return [
        Table("summary", "Summary", ("measure", "value"), summary),
        Table("provider", "Requests by provider", ("provider", "requests"),
              tuple((k, str(v)) for k, v in r.by_provider.items())),
        Table("specialty", "Requests by specialty", ("specialty", "requests"),
              tuple((k, str(v)) for k, v in r.by_specialty.items())),
        Table("category", "Requests by category", ("category", "requests", "minutes each", "minutes saved"),
              tuple((c, str(v), f"{r.minutes_per_category.get(c, 0):g}",
                     f"{r.minutes_saved_by_category.get(c, 0):.0f}") for c, v in r.by_category.items())),
        Table("month", "Requests by month", ("month", "requests"),
              tuple((k, str(v)) for k, v in r.by_month.items())),
        Table("provider_category", "Requests by provider and category", ("provider", "category", "requests"),
              tuple((p, c, str(v)) for (p, c), v in r.by_provider_category.items())),
        Table("provider_month", "Requests by provider and month", ("provider", "month", "requests"),
              tuple((p, m, str(v)) for (p, m), v in r.by_provider_month.items())),
        Table("timeliness", "Timeliness breaches by provider", ("provider", "category", "letters"),
              tuple((p, c, str(v)) for (p, c), v in r.timeliness.items())),
        Table("clinician", "Requests by clinician (for the practice only)", ("clinician", "requests"),
              tuple((k, str(v)) for k, v in r.by_clinician.items())),
        Table("outcome", "What happened to each request", ("outcome", "requests"),
              tuple((k, str(v)) for k, v in r.outcomes.items())),
    ]


def report_charts(r: Report) -> list[tuple[str, bytes]]:
    """(caption, PNG) for each chart in the Word and HTML reports."""
    return [
        ("Requests per month", charts.month_chart(r.by_month, "Requests per month")),
        ("Requests by category", charts.bar_chart({_label(k): v for k, v in r.by_category.items()},
                                                  "Requests by category")),
        ("Requests by provider", charts.bar_chart(r.by_provider, "Requests by provider")),
    ]


METHOD_NOTES = (
    "A request is one piece of work a hospital letter asked the practice to do that the NHS Standard "
    "Contract places with the provider. One letter can carry several.",
    "A letter counts under the date it was sent (its Date: header), or when it arrived if that is missing.",
    "Requests a reviewer marked 'not a bounce' and locally commissioned work are not counted as requests.",
    "Time saved counts returned requests only, at the minutes per category in the settings; by default "
    "30 minutes each (Kent LMC, 2020: about 10 minutes of GP time and 20 of admin time per episode), and "
    "none for timeliness breaches, which hand back no work.",
)


# --- CSV ------------------------------------------------------------------------------------------


def write_tables_csv(tables: Sequence[Table], out: io.TextIOBase | io.StringIO) -> None:
    """Long format (`table, a, b, value`), so one file holds every table and sums are easy to check."""
    w = csv.writer(out, lineterminator="\n")
    w.writerow(("table", "a", "b", "value"))
    for t in tables:
        for row in t.rows:
            keys, value = row[:-1], row[-1]
            if t.key == "category":  # the extra columns are derived: keep one value per row
                keys, value = row[:1], row[1]
            a = keys[0] if keys else ""
            b = keys[1] if len(keys) > 1 else ""
            w.writerow((t.key, csv_cell(a), csv_cell(b), value))


def render_csv(r: Report) -> str:
    buf = io.StringIO()
    write_tables_csv(report_tables(r), buf)
    return buf.getvalue()


# --- HTML -----------------------------------------------------------------------------------------

_CSS = """
body{font-family:Arial,Helvetica,sans-serif;max-width:60em;margin:2em auto;color:#212b32}
h1{color:#005eb8}table{border-collapse:collapse;margin:0 0 1.5em}
th,td{border:1px solid #aeb7bd;padding:.25em .6em;text-align:left}td.n{text-align:right}
th{background:#f0f4f5}img{max-width:100%}.meta{color:#4c6272}
"""


def render_html_document(title: str, subtitle: str, summary: Sequence[str], tables: Sequence[Table],
                         pictures: Sequence[tuple[str, bytes]], notes: Sequence[str] = ()) -> str:
    """One HTML file with charts inlined as data: URIs, nothing fetched, every value escaped."""
    e = html.escape
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
        "style-src 'unsafe-inline'\">",
        f"<title>{e(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{e(title)}</h1>",
        f'<p class="meta">{e(subtitle)}</p>',
        "<h2>Summary</h2><ul>",
        *(f"<li>{e(line)}</li>" for line in summary),
        "</ul>",
    ]
    for caption, png in pictures:
        data = base64.b64encode(png).decode("ascii")
        out.append(f'<figure><img alt="{e(caption)}" src="data:image/png;base64,{data}">'
                   f"<figcaption>{e(caption)}</figcaption></figure>")
    for t in tables:
        out.append(f"<h2>{e(t.title)}</h2><table><thead><tr>")
        out.extend(f"<th>{e(h)}</th>" for h in t.headers)
        out.append("</tr></thead><tbody>")
        for row in t.rows:
            cells = "".join(
                f'<td class="n">{e(c)}</td>' if c.replace(".", "", 1).isdigit() else f"<td>{e(c)}</td>" for c in row
            )
            out.append(f"<tr>{cells}</tr>")
        if not t.rows:
            out.append(f'<tr><td colspan="{len(t.headers)}">none</td></tr>')
        out.append("</tbody></table>")
    if notes:
        out.append("<h2>How these figures are counted</h2><ul>")
        out.extend(f"<li>{e(n)}</li>" for n in notes)
        out.append("</ul>")
    out.append("</body></html>")
    return "\n".join(out)


def _subtitle(practice: str, r: Report, today: date) -> str:
    return f"{practice}: letters dated {r.start.isoformat()} to {r.end.isoformat()}. Produced {today.isoformat()}."


def render_html(r: Report, *, practice: str, today: date | None = None) -> str:
    today = today or date.today()
    return render_html_document(TITLE, _subtitle(practice, r, today), summary_lines(r), report_tables(r),
                                report_charts(r), METHOD_NOTES)


# --- Word -----------------------------------------------------------------------------------------


def render_docx_document(title: str, subtitle_lines: Sequence[str], summary: Sequence[str],
                         tables: Sequence[Table], pictures: Sequence[tuple[str, bytes]],
                         notes: Sequence[str] = ()) -> bytes:
    """A Word file: a title page, a summary, the charts, then plain tables an LMC can paste.

    Tables use the built-in "Table Grid" style and no merged cells, so they paste cleanly into the
    LMC's own documents and spreadsheets.
    """
    doc = Document()
    doc.core_properties.title = xml_text(title)
    doc.core_properties.author = "bouncebot"
    for _ in range(6):
        doc.add_paragraph()
    heading = doc.add_heading(xml_text(title), level=0)
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in subtitle_lines:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(xml_text(line))
        run.font.size = Pt(13)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    doc.add_heading("Summary", level=1)
    for line in summary:
        doc.add_paragraph(xml_text(line), style="List Bullet")

    if pictures:
        doc.add_heading("Charts", level=1)
        for caption, png in pictures:
            doc.add_picture(io.BytesIO(png), width=Cm(16))
            cap = doc.add_paragraph(xml_text(caption))
            cap.alignment = WD_ALIGN_PARAGRAPH.CENTER

    for t in tables:
        doc.add_heading(xml_text(t.title), level=1)
        if not t.rows:
            doc.add_paragraph("None in this period.")
            continue
        table = doc.add_table(rows=1, cols=len(t.headers))
        table.style = "Table Grid"
        for cell, h in zip(table.rows[0].cells, t.headers, strict=True):
            cell.text = ""
            cell.paragraphs[0].add_run(xml_text(h)).bold = True
        for row in t.rows:
            cells = table.add_row().cells
            for cell, value in zip(cells, row, strict=True):
                cell.text = xml_text(value)

    if notes:
        doc.add_heading("How these figures are counted", level=1)
        for n in notes:
            doc.add_paragraph(xml_text(n), style="List Bullet")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def render_docx(r: Report, *, practice: str, today: date | None = None) -> bytes:
    today = today or date.today()
    subtitle = [practice, f"Letters dated {r.start.isoformat()} to {r.end.isoformat()}",
                f"Produced {today.isoformat()} by bouncebot"]
    return render_docx_document(TITLE, subtitle, summary_lines(r), report_tables(r), report_charts(r),
                                METHOD_NOTES)
