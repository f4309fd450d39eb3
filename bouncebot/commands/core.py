"""The main job and review from the terminal: run, demo, drafts, letters needing a clinician, log."""

from __future__ import annotations

import csv
import json
import os
import shutil
import sys
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bouncebot import review
from bouncebot.commands.common import ConfigOpt, DbOpt, JsonOpt, MailboxOpt, UserError, console, settings_from
from bouncebot.settings import Settings
from bouncebot.store.db import make_engine, session_scope
from bouncebot.store.tables import Assessment, AuditEvent, Draft, FindingRow, Message

ActorOpt = Annotated[str, typer.Option("--as", help="Who is deciding (recorded in the audit log).")]
SinceOpt = Annotated[
    datetime | None, typer.Option("--since", help="First run: ignore mail older than this date (YYYY-MM-DD).")
]


def _default_actor() -> str:
    return os.environ.get("USER") or os.environ.get("USERNAME") or "cli"


def _engine(settings: Settings) -> Engine:
    return make_engine(settings.database.url)


def register(app: typer.Typer) -> None:
    app.command("run")(run)
    app.command("demo")(demo)
    app.command("log")(bounce_log)
    drafts = typer.Typer(help="Review drafted replies from the terminal.", no_args_is_help=True)
    drafts.command("list")(drafts_list)
    drafts.command("show")(drafts_show)
    drafts.command("approve")(drafts_approve)
    drafts.command("reject")(drafts_reject)
    drafts.command("not-a-bounce")(drafts_not_a_bounce)
    drafts.command("patient-letter")(drafts_patient_letter)
    app.add_typer(drafts, name="drafts")
    urgent = typer.Typer(help="Letters asking for urgent clinical action: a clinician decides first.",
                         no_args_is_help=True)
    urgent.command("list")(urgent_list)
    urgent.command("release")(urgent_release)
    urgent.command("keep")(urgent_keep)
    app.add_typer(urgent, name="urgent")


# --- run ------------------------------------------------------------------------------------------


def _print_report(report) -> None:  # type: ignore[no-untyped-def]
    parts = [f"{report.fetched} new"] + [f"{n} {state.replace('_', ' ')}" for state, n in sorted(report.outcomes.items())]
    parts.append(f"{report.sent} sent")
    console.print("pass: " + ", ".join(parts))
    for e in report.errors:
        console.print(f"[yellow]mailbox problem:[/] {e} (will retry with back-off)")


def run(
    once: Annotated[bool, typer.Option("--once", help="One pass, then exit (for cron and tests).")] = False,
    since: SinceOpt = None,
    config: ConfigOpt = None,
    db: DbOpt = None,
    mailbox: MailboxOpt = None,
) -> None:
    """Poll the configured mailboxes, process new letters and send approved replies."""
    from bouncebot.pipeline import Context
    from bouncebot.worker import first_run_since, open_mailboxes, run_forever, run_once

    settings = settings_from(config, db, mailbox)
    engine = _engine(settings)
    ctx = Context.from_settings(settings, engine)
    boxes = open_mailboxes(settings)
    start = first_run_since(settings, since.astimezone() if since else None)
    if once:
        report = run_once(engine, ctx, boxes, since=start, show_progress=sys.stderr.isatty())
        _print_report(report)
        for b in boxes:
            b.close()
        if report.errors:
            raise typer.Exit(1)
        return
    console.print(f"bouncebot worker: polling {len(boxes)} mailbox(es) every "
                  f"{settings.worker.poll_interval_seconds}s. Ctrl-C to stop.")
    run_forever(engine, ctx, boxes, since=start, on_pass=_print_report)


# --- demo -----------------------------------------------------------------------------------------


def _build_demo_maildir(target: Path, letters: Path | None) -> int:
    from bouncebot.mailboxes.maildir import MaildirMailbox

    if target.exists():
        shutil.rmtree(target)
    box = MaildirMailbox(target)
    if letters is not None:
        files = sorted(letters.glob("*.eml")) if letters.is_dir() else [letters]
        payloads = [f.read_bytes() for f in files]
    else:
        demo = resources.files("bouncebot") / "data" / "demo"
        payloads = [p.read_bytes() for p in sorted(demo.iterdir(), key=lambda p: p.name) if p.name.endswith(".eml")]
    import mailbox as stdlib_mailbox
    import time

    for i, data in enumerate(payloads):
        key = box._md.add(stdlib_mailbox.MaildirMessage(data))
        path = box._file(box._md, key)
        os.utime(path, ns=(time.time_ns(), time.time_ns() + i * 1000))  # keep arrival order
    return len(payloads)


def demo(
    folder: Annotated[Path, typer.Option("--dir", help="Where to build the demo mailbox and database.")] = Path("demo"),
    letters: Annotated[
        Path | None, typer.Option("--letters", help="Use these .eml files (a folder) instead of the bundled samples.")
    ] = None,
    no_serve: Annotated[bool, typer.Option("--no-serve", help="Process the demo mailbox and exit.")] = False,
    config: ConfigOpt = None,
) -> None:
    """Build a demo mailbox from sample hospital letters, process it, and show what bouncebot found."""
    from bouncebot.pipeline import Context
    from bouncebot.worker import run_once

    folder = folder.resolve()
    folder.mkdir(parents=True, exist_ok=True)
    db_path = folder / "bouncebot.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    maildir = folder / "Maildir"
    n = _build_demo_maildir(maildir, letters)
    settings = settings_from(config, f"sqlite:///{db_path}", f"maildir:{maildir}")
    engine = _engine(settings)
    ctx = Context.from_settings(settings, engine)
    from bouncebot.mailboxes import open_mailbox

    box = open_mailbox(settings.mailboxes[0])
    report = run_once(engine, ctx, [box], show_progress=sys.stderr.isatty())
    console.print(f"Processed {n} messages from the demo mailbox {maildir}")
    _results_table(engine)
    env = f"BOUNCEBOT_DB=sqlite:///{db_path} BOUNCEBOT_MAILBOX=maildir:{maildir}"
    console.print(
        "\n[bold]What next[/]\n"
        f"  {env} bouncebot drafts list            review the drafts\n"
        f"  {env} bouncebot drafts show ID         the letter, the evidence, the draft\n"
        f"  {env} bouncebot drafts approve ID      approve; the next `bouncebot run --once` sends it\n"
        f"  {env} bouncebot run --once             send approved replies (to {maildir}/.Outbox)\n"
        f"  {env} bouncebot log                    the bounce log"
    )
    if report.errors:
        raise typer.Exit(1)
    if not no_serve:
        _serve_demo(settings, engine)


def _serve_demo(settings: Settings, engine: Engine) -> None:
    import secrets

    try:
        from bouncebot.web import serve
        from bouncebot.web.auth import create_user
    except ImportError:
        console.print("(the web app is not available in this build; use the commands above)")
        return
    password = secrets.token_urlsafe(12)
    with session_scope(engine) as s:
        create_user(s, "demo", password, "admin")
    console.print(f"\nReview in your browser: http://{settings.web.host}:{settings.web.port}/ "
                  f"as [bold]demo[/] / [bold]{password}[/] (Ctrl-C to stop)")
    serve(settings)


def _results_table(engine: Engine) -> None:
    table = Table("id", "letter", "trust", "categories", "action")
    with Session(engine) as s:
        rows = s.exec(select(Message).order_by(Message.id)).all()
        for m in rows:
            a = s.exec(select(Assessment).where(Assessment.message_pk == m.id)).first()
            cats = []
            if a is not None:
                cats = sorted({f.category for f in s.exec(select(FindingRow).where(
                    FindingRow.assessment_id == a.id, FindingRow.urgent == False)).all()})  # noqa: E712
            action = {
                "drafted": "reply drafted: awaiting review",
                "clinician_review": "URGENT: clinician review first",
                "no_action": "nothing to return",
                "ignored": f"ignored: {m.reason}",
                "quarantined": f"quarantined: {m.reason}",
                "unlisted_sender": f"held: {m.reason}",
            }.get(m.state, m.state)
            table.add_row(str(m.id), (m.subject or "")[:48], (a.trust if a else "") or "", ", ".join(cats), action)
    console.print(table)


# --- drafts ---------------------------------------------------------------------------------------


def drafts_list(
    state: Annotated[str, typer.Option(help="awaiting_review, approved, sent, rejected, not_a_bounce or all")] = "awaiting_review",
    quarantined: Annotated[bool, typer.Option(
        "--quarantined", help="List quarantined messages, and letters held for an unlisted sender, instead.")] = False,
    as_json: JsonOpt = False,
    config: ConfigOpt = None,
    db: DbOpt = None,
) -> None:
    """List drafts (or messages a person must look at: quarantined, or held for an unlisted sender)."""
    engine = _engine(settings_from(config, db))
    with Session(engine) as s:
        if quarantined:
            msgs = s.exec(select(Message).where(Message.state.in_(("quarantined", "unlisted_sender")))  # type: ignore[attr-defined]
                          .order_by(Message.id)).all()
            items = [{"message": m.id, "subject": m.subject, "from": m.sender, "reason": m.reason,
                      "received": m.received_at.isoformat()} for m in msgs]
        else:
            q = select(Draft, Message, Assessment).join(Message, Draft.message_pk == Message.id).join(
                Assessment, Assessment.message_pk == Message.id)
            if state != "all":
                q = q.where(Draft.state == state)
            items = [{"id": d.id, "message": m.id, "state": d.state, "trust": a.trust, "specialty": a.specialty,
                      "categories": d.categories.split(",") if d.categories else [], "to": d.to_addr,
                      "subject": d.subject, "created": d.created_at.isoformat()}
                     for d, m, a in s.exec(q.order_by(Draft.id)).all()]
    if as_json:
        for item in items:
            sys.stdout.write(json.dumps(item) + "\n")
        return
    if not items:
        console.print("Nothing here." if quarantined else f"No drafts {state.replace('_', ' ')}.")
        return
    if quarantined:
        table = Table("message", "received", "from", "reason")
        for i in items:
            table.add_row(str(i["message"]), i["received"][:16], i["from"] or "", i["reason"] or "")
    else:
        table = Table("id", "state", "trust", "specialty", "categories", "to")
        for i in items:
            table.add_row(str(i["id"]), i["state"], i["trust"] or "", i["specialty"] or "",
                          ", ".join(i["categories"]), i["to"])
    console.print(table)


def _draft_bundle(s: Session, draft_id: int) -> tuple[Draft, Message, Assessment, list[FindingRow]]:
    d = s.get(Draft, draft_id)
    if d is None:
        raise UserError(f"there is no draft {draft_id}: `bouncebot drafts list` shows the current ones")
    m = s.get(Message, d.message_pk)
    a = s.exec(select(Assessment).where(Assessment.message_pk == d.message_pk)).one()
    findings = list(s.exec(select(FindingRow).where(FindingRow.assessment_id == a.id)).all())
    return d, m, a, findings  # type: ignore[return-value]


def highlight(text: str, spans: list[tuple[int, int, str]]) -> str:
    """Rich markup with each evidence span highlighted and labelled (text escaped)."""
    from rich.markup import escape

    out, pos = [], 0
    for start, end, label in sorted(spans):
        if start < pos:
            continue
        out.append(escape(text[pos:start]))
        out.append(f"[black on yellow]{escape(text[start:end])}[/][bold magenta] ⟨{escape(label)}⟩[/]")
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)


def drafts_show(draft_id: int, config: ConfigOpt = None, db: DbOpt = None) -> None:
    """Show the hospital letter with the evidence highlighted, the findings, and the draft reply."""
    engine = _engine(settings_from(config, db))
    with Session(engine) as s:
        d, m, a, findings = _draft_bundle(s, draft_id)
        events = s.exec(select(AuditEvent).where(AuditEvent.message_pk == m.id).order_by(AuditEvent.id)).all()
    letter = json.loads(a.letter_json)
    console.rule(f"Draft {d.id} ({d.state}) for message {m.id}: {a.kind.replace('_', ' ')}")
    console.print(f"Trust: {a.trust or '?'}   Specialty: {a.specialty or '?'}   Clinician: {a.clinician or '?'}")
    for i, block in enumerate(letter["blocks"]):
        src = block["source"]
        label = "email body" if src["kind"] == "body" else f"{src.get('name')}" + (f", page {src['page']}" if src.get("page") else "")
        spans = [(f.start, f.end, f.category) for f in findings if f.block == i and f.end > f.start]
        console.rule(label, style="dim")
        console.print(highlight(block["text"], spans), highlight=False)
    console.rule("Findings")
    for f in findings:
        flag = " (urgent cue)" if f.urgent else " (exempt: logged only)" if f.exempt else ""
        console.print(f"- {f.category}{flag} [dim]rule {f.rule}, {f.source}[/]: “{f.evidence}”", highlight=False)
    console.rule(f"Reply to {d.to_addr}: {d.subject}")
    console.print(d.body_text, highlight=False, markup=False)
    console.rule("History")
    for e in events:
        console.print(f"{e.at:%Y-%m-%d %H:%M} {e.actor}: {e.action}", highlight=False)


def drafts_patient_letter(
    draft_id: int,
    out: Annotated[Path | None, typer.Option("--out", help="File to write (default: patient-letter-ID.txt).")] = None,
    config: ConfigOpt = None, db: DbOpt = None,
) -> None:
    """Write the letter telling the patient what the hospital will do, for a draft's findings."""
    from datetime import date

    from bouncebot.letters import build_context, render_text
    from bouncebot.pipeline import Context, _read

    settings = settings_from(config, db)
    engine = _engine(settings)
    ctx = Context.from_settings(settings, engine)
    with Session(engine) as s:
        d, m, _, _ = _draft_bundle(s, draft_id)
        letter, result = _read(m, ctx)
    pack = ctx.pack
    rel = pack.extras.get("patient_letter")
    if rel is None:
        raise UserError(f"the template pack {pack.label} has no patient_letter")
    duties = {f.category: ctx.policy.duty(f.category) for f in result.bounced}
    text = render_text(pack, rel, build_context(letter, result, settings.practice, duties, d.to_addr, date.today()))
    path = out or Path(f"patient-letter-{draft_id}.txt")
    path.write_text(text, encoding="utf-8")
    console.print(f"patient letter for draft {draft_id} written to {path}", highlight=False)


def _edit(text: str) -> str:
    edited = typer.edit(text, extension=".txt")
    return text if edited is None else edited


def drafts_approve(
    draft_id: int,
    edit: Annotated[bool, typer.Option("--edit", help="Edit the email text in $EDITOR first.")] = False,
    actor: ActorOpt = "",
    config: ConfigOpt = None,
    db: DbOpt = None,
) -> None:
    """Approve a draft; the worker sends it on its next pass."""
    engine = _engine(settings_from(config, db))
    with session_scope(engine) as s:
        d = s.get(Draft, draft_id)
        text = _edit(d.body_text) if (edit and d is not None) else None
        outcome = review.approve(s, draft_id, actor or _default_actor(), text=text)
    console.print(f"Draft {draft_id} approved; it is sent on the worker's next pass." if outcome.changed
                  else f"Draft {draft_id} was already {outcome.state}; nothing changed.")


def drafts_reject(
    draft_id: int,
    reason: Annotated[str, typer.Option("--reason", help="Why (kept with the draft).")],
    actor: ActorOpt = "",
    config: ConfigOpt = None,
    db: DbOpt = None,
) -> None:
    """Reject a draft: nothing is sent."""
    engine = _engine(settings_from(config, db))
    with session_scope(engine) as s:
        outcome = review.reject(s, draft_id, actor or _default_actor(), reason)
    console.print(f"Draft {draft_id} {outcome.state.replace('_', ' ')}.")


def drafts_not_a_bounce(
    draft_id: int,
    reason: Annotated[str | None, typer.Option("--reason", help="What the rules got wrong.")] = None,
    actor: ActorOpt = "",
    config: ConfigOpt = None,
    db: DbOpt = None,
) -> None:
    """Mark a draft as not a bounce: nothing is sent, recorded as feedback on the rules that fired."""
    engine = _engine(settings_from(config, db))
    with session_scope(engine) as s:
        outcome = review.not_a_bounce(s, draft_id, actor or _default_actor(), reason)
        rules = sorted(review.rules_for(s, s.get(Draft, draft_id).message_pk))  # type: ignore[union-attr]
    console.print(f"Draft {draft_id} {outcome.state.replace('_', ' ')}; feedback recorded on rule(s): {', '.join(rules)}")


# --- urgent ---------------------------------------------------------------------------------------


def urgent_list(config: ConfigOpt = None, db: DbOpt = None) -> None:
    """Letters waiting for a clinician."""
    engine = _engine(settings_from(config, db))
    table = Table("message", "received", "trust", "specialty", "urgent cue")
    with Session(engine) as s:
        for m, a in s.exec(select(Message, Assessment).join(Assessment, Assessment.message_pk == Message.id)
                           .where(Message.state == "clinician_review").order_by(Message.id)).all():
            cue = s.exec(select(FindingRow).where(FindingRow.assessment_id == a.id, FindingRow.urgent == True)).first()  # noqa: E712
            table.add_row(str(m.id), f"{m.received_at:%Y-%m-%d %H:%M}", a.trust or "", a.specialty or "",
                          cue.evidence if cue else "")
    console.print(table)


def _clinical(fn, message_id: int, actor: str, note: str | None, config, db) -> None:  # type: ignore[no-untyped-def]
    from bouncebot.pipeline import Context, draft_released

    settings = settings_from(config, db)
    engine = _engine(settings)
    with session_scope(engine) as s:
        outcome = fn(s, message_id, actor or _default_actor(), "clinician", note)
    if outcome.state == "released":
        made = draft_released(engine, Context.from_settings(settings, engine))
        console.print(f"Letter {message_id} released; {made} draft(s) now await review.")
    else:
        console.print(f"Letter {message_id}: {outcome.state.replace('_', ' ')}.")


def urgent_release(
    message_id: int,
    actor: ActorOpt = "",
    note: Annotated[str | None, typer.Option(help="What was done about the urgent action.")] = None,
    config: ConfigOpt = None,
    db: DbOpt = None,
) -> None:
    """As a clinician: the urgent action is in hand; draft the bounce."""
    _clinical(review.release, message_id, actor, note, config, db)


def urgent_keep(
    message_id: int,
    actor: ActorOpt = "",
    note: Annotated[str | None, typer.Option(help="Why the practice keeps it.")] = None,
    config: ConfigOpt = None,
    db: DbOpt = None,
) -> None:
    """As a clinician: keep the work in the practice; nothing is returned."""
    _clinical(review.keep_for_gp, message_id, actor, note, config, db)


# --- log ------------------------------------------------------------------------------------------


def bounce_log(
    as_csv: Annotated[bool, typer.Option("--csv", help="CSV on standard output.")] = False,
    config: ConfigOpt = None,
    db: DbOpt = None,
) -> None:
    """Every bounce drafted: date, trust, specialty, clinician, categories, status."""
    engine = _engine(settings_from(config, db))
    with Session(engine) as s:
        rows = s.exec(select(Draft, Message, Assessment).join(Message, Draft.message_pk == Message.id)
                      .join(Assessment, Assessment.message_pk == Message.id).order_by(Draft.id)).all()
    header = ["date", "trust", "specialty", "clinician", "categories", "status", "draft"]
    data = [[(m.sent_at or m.received_at).date().isoformat(), a.trust or "", a.specialty or "", a.clinician or "",
             d.categories.replace(",", "; "), d.state, str(d.id)] for d, m, a in rows]
    if as_csv:
        w = csv.writer(sys.stdout)
        w.writerow(header)
        w.writerows(data)
        return
    table = Table(*header)
    for r in data:
        table.add_row(*r)
    console.print(table)
