"""Evidence commands: `report` for the practice, `export --anonymised` for its LMC, `lmc aggregate` at the LMC."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from sqlmodel import Session

from bouncebot.commands.common import ConfigOpt, DbOpt, UserError, console, err_console, settings_from
from bouncebot.store.db import make_engine

DEFAULT_PRACTICE_ID = "practice-1"  # the settings default: an export should carry a chosen id


class ReportFormat(StrEnum):
    docx = "docx"
    csv = "csv"
    html = "html"


class AggregateFormat(StrEnum):
    docx = "docx"
    csv = "csv"


FromOpt = Annotated[datetime, typer.Option("--from", formats=["%Y-%m-%d"], help="First letter date (YYYY-MM-DD).")]
ToOpt = Annotated[datetime, typer.Option("--to", formats=["%Y-%m-%d"], help="Last letter date, inclusive.")]


def register(app: typer.Typer) -> None:
    """Add `report`, `export` and the `lmc` sub-commands to the main app."""
    app.command("report")(report)
    app.command("export")(export)
    lmc = typer.Typer(help="For LMCs: combine practices' anonymised exports.", no_args_is_help=True)
    lmc.command("aggregate")(lmc_aggregate)
    app.add_typer(lmc, name="lmc")


def _write(out: Path, data: bytes | str) -> None:
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            out.write_text(data, encoding="utf-8")
        else:
            out.write_bytes(data)
    except OSError as e:
        raise UserError(f"could not write {out}: {e.strerror or e}") from e


def report(
    start: FromOpt,
    end: ToOpt,
    fmt: Annotated[ReportFormat, typer.Option("--format", help="docx (with charts), csv or html.")] = ReportFormat.docx,
    out: Annotated[Path | None, typer.Option("--out", help="File to write (default: bouncebot-report-FROM-TO.EXT).")]
    = None,
    config: ConfigOpt = None,
    db: DbOpt = None,
    escalate: Annotated[str | None, typer.Option(
        "--escalate", help="Also write the ICB escalation letter about this provider (its name as in the report).")]
    = None,
) -> None:
    """Counts of returned hospital work by provider, specialty, category and month, for the practice."""
    from bouncebot.reports.query import build_report
    from bouncebot.reports.render import render_csv, render_docx, render_html

    first, last = start.date(), end.date()
    if last < first:
        raise UserError("--to is before --from")
    settings = settings_from(config, db)
    engine = make_engine(settings.database.url)
    with Session(engine) as s:
        r = build_report(s, first, last, minutes_per_category=settings.reports.minutes_per_category,
                         default_minutes=settings.reports.default_minutes)
    out = out or Path(f"bouncebot-report-{first.isoformat()}-{last.isoformat()}.{fmt.value}")
    practice = settings.practice.name
    if fmt is ReportFormat.csv:
        _write(out, render_csv(r))
    elif fmt is ReportFormat.html:
        _write(out, render_html(r, practice=practice))
    else:
        _write(out, render_docx(r, practice=practice))
    console.print(f"{r.requests} request(s) in {r.letters_with_requests} letter(s), {r.returned} returned; "
                  f"report written to {out}", highlight=False)
    if escalate:
        _escalation_letter(settings, r, escalate, first, last)


def _escalation_letter(settings, r, provider: str, first, last) -> None:  # type: ignore[no-untyped-def]
    """The default pack's letter to the ICB about one provider's repeated breaches over the period."""
    from bouncebot.letters import load_pack, render_text
    from bouncebot.letters.context import practice_fields
    from bouncebot.policy import policy_from_settings

    counts = {cat: n for (prov, cat), n in r.by_provider_category.items() if prov == provider}
    if not counts:
        known = ", ".join(sorted(r.by_provider)) or "none in this period"
        raise UserError(f"no returned requests from {provider!r} in this period; providers: {known}")
    pack = load_pack(settings.resolve(settings.letters.pack))
    rel = pack.extras.get("icb_escalation")
    if rel is None:
        raise UserError(f"the template pack {pack.label} has no icb_escalation letter")
    titles = {c: cat.title for c, cat in policy_from_settings(settings).categories.items()}
    context = {
        "practice": practice_fields(settings.practice),
        "period": {"start": first.strftime("%d/%m/%Y"), "end": last.strftime("%d/%m/%Y")},
        "provider": {"name": provider, "total": sum(counts.values()),
                     "by_category": [{"title": titles.get(c, c), "count": n}
                                     for c, n in sorted(counts.items(), key=lambda x: -x[1])]},
        "today": datetime.now().strftime("%d/%m/%Y"),
    }
    path = Path(f"icb-escalation-{first.isoformat()}-{last.isoformat()}.txt")
    _write(path, render_text(pack, rel, context).encode())
    console.print(f"ICB escalation letter written to {path}", highlight=False)


def export(
    anonymised: Annotated[bool, typer.Option("--anonymised", help="Required: the only export there is.")] = False,
    out: Annotated[Path | None, typer.Option("--out", help="Folder to write (default: bouncebot-export-ID-MONTH).")]
    = None,
    start: Annotated[datetime | None, typer.Option("--from", formats=["%Y-%m-%d"],
                                                   help="From this date's month (default: the whole log).")] = None,
    end: Annotated[datetime | None, typer.Option("--to", formats=["%Y-%m-%d"],
                                                 help="To the end of this date's month.")] = None,
    config: ConfigOpt = None,
    db: DbOpt = None,
) -> None:
    """Write what the practice sends its LMC: counts only, no patient data, small counts suppressed."""
    from bouncebot.reports.export import ExportError, build_export, write_export

    if not anonymised:
        raise UserError("only an anonymised export exists: run `bouncebot export --anonymised`")
    settings = settings_from(config, db)
    cfg = settings.export
    if cfg.practice_id == DEFAULT_PRACTICE_ID:
        err_console.print("[yellow]note:[/] the practice id is still the default "
                          f"{DEFAULT_PRACTICE_ID!r}; set \\[export] practice_id to the id your LMC knows you by")
    engine = make_engine(settings.database.url)
    try:
        with Session(engine) as s:
            result = build_export(s, practice_id=cfg.practice_id, suppress_below=cfg.suppress_below,
                                  include_clinicians=cfg.include_clinicians,
                                  start=start.date() if start else None, end=end.date() if end else None)
    except ExportError as e:
        raise UserError(str(e)) from e
    folder = out or Path(f"bouncebot-export-{result.practice_id}-{result.produced}")
    try:
        man_path, csv_path = write_export(result, folder)
    except OSError as e:
        raise UserError(f"could not write the export to {folder}: {e.strerror or e}") from e
    suppressed = sum(r.suppressed for r in result.rows)
    console.print(f"{len(result.rows)} row(s) ({suppressed} suppressed, under {result.suppress_below}) for "
                  f"{result.period_from or 'no letters'} to {result.period_to or '-'}: {csv_path}, {man_path}",
                  highlight=False)


def lmc_aggregate(
    exports: Annotated[list[Path], typer.Argument(help="Export folders (or their manifest.json), one per practice.")],
    fmt: Annotated[AggregateFormat, typer.Option("--format", help="docx (with charts) or csv.")]
    = AggregateFormat.docx,
    out: Annotated[Path | None, typer.Option("--out", help="File to write (default: lmc-aggregate.EXT).")] = None,
    config: ConfigOpt = None,
) -> None:
    """Merge practices' anonymised exports per provider, category and month, suppressing small totals."""
    from bouncebot.reports.aggregate import aggregate, aggregate_csv, aggregate_docx, read_export
    from bouncebot.reports.export import ExportError

    settings = settings_from(config)
    try:
        agg = aggregate([read_export(p) for p in exports], suppress_below=settings.export.suppress_below)
    except ExportError as e:
        raise UserError(str(e)) from e
    out = out or Path(f"lmc-aggregate.{fmt.value}")
    _write(out, aggregate_csv(agg) if fmt is AggregateFormat.csv else aggregate_docx(agg))
    console.print(f"{len(agg.practices)} practice(s), {agg.period_from or '?'} to {agg.period_to or '?'}, "
                  f"suppressing under {agg.threshold}: {out}", highlight=False)

