"""Detection from the terminal: scan letters, score a labelled corpus, explain a letter, check a policy."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.progress import Progress
from rich.table import Table

from bouncebot.commands.common import ConfigOpt, JsonOpt, UserError, console, settings_from
from bouncebot.settings import Settings

if TYPE_CHECKING:
    from bouncebot.evaluation import Examined

Paths = Annotated[list[Path], typer.Argument(help="Message files (.eml) or folders of them.")]


def register(app: typer.Typer) -> None:
    app.command("scan")(scan)
    app.command("eval")(evaluate)
    app.command("explain")(explain)
    policy = typer.Typer(help="The detection policy (config/policy).", no_args_is_help=True)
    policy.command("check")(policy_check)
    app.add_typer(policy, name="policy")


def _policy(settings: Settings):  # type: ignore[no-untyped-def]
    from bouncebot.policy import policy_from_settings

    return policy_from_settings(settings)


def _files(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(p.glob("*.eml")))
        elif p.is_file():
            out.append(p)
        else:
            raise UserError(f"{p}: no such file or folder")
    return out


def _examine(f: Path, settings: Settings, policy) -> tuple[str | None, Examined]:  # type: ignore[no-untyped-def]
    """The message's id (for the output) and what the worker's stages make of it."""
    from bouncebot.evaluation import examine
    from bouncebot.reading.mime import header, parse

    data = f.read_bytes()
    try:
        message_id = header(parse(data), "Message-ID") or None
    except Exception:  # noqa: BLE001 - a broken header is reported by reading below
        message_id = None
    return message_id, examine(data, policy, settings.policy.provider_domains)


def _row(f: Path, message_id: str | None, x: Examined) -> dict:
    row: dict = {"file": str(f), "message_id": message_id, "kind": None, "action": "ignore",
                 "urgent_clinical_action": False, "findings": [], "trust": None, "specialty": None,
                 "clinician": None, "patient": None, "event_date": None, "letter_date": None, "reason": None}
    if x.ignored:
        return row | {"reason": x.ignored}
    if x.unreadable or x.letter is None or x.result is None:
        return row | {"action": "quarantine", "reason": x.unreadable}
    letter, result = x.letter, x.result
    p = letter.patient
    return row | {
        "kind": letter.kind, "action": result.action, "urgent_clinical_action": result.urgent_clinical_action,
        "findings": [{"category": x.category, "rule": x.rule, "evidence": x.evidence, "source": x.source.label(),
                      "exempt": x.exempt} for x in result.findings],
        "trust": letter.trust, "specialty": letter.specialty, "clinician": letter.clinician,
        "patient": {"name": p.name, "nhs_number": p.nhs_number, "dob": p.dob.isoformat() if p.dob else None}
        if p else None,
        "event_date": letter.event_date.isoformat() if letter.event_date else None,
        "letter_date": letter.letter_date.isoformat() if letter.letter_date else None,
        "reason": "; ".join(letter.problems) or None,
    }


def _scan(files: list[Path], settings: Settings, policy, advance: Callable[[], object] = lambda: None) -> list[dict]:  # type: ignore[no-untyped-def]
    """One row per message; a letter that names no trust gets its sender's, learnt from the other letters."""
    from dataclasses import replace

    from bouncebot.reading.senders import with_trusts_from_each_other

    examined = []
    for f in files:
        examined.append((f, *_examine(f, settings, policy)))
        advance()
    letters = with_trusts_from_each_other([x.letter for _, _, x in examined])
    return [_row(f, mid, replace(x, letter=letter)) for (f, mid, x), letter in zip(examined, letters, strict=True)]


def scan(paths: Paths, config: ConfigOpt = None, as_json: JsonOpt = False) -> None:
    """Read and assess letters without a mailbox or database: what would bouncebot do with them?

    With --json, one JSON object per message, one per line. A letter that names no trust is given its
    sender's, when the sender's other letters all name the same one.
    """
    settings = settings_from(config)
    policy = _policy(settings)
    files = _files(paths)
    if as_json:
        for r in _scan(files, settings, policy):
            typer.echo(json.dumps(r))
        return
    table = Table("letter", "trust", "categories", "action")
    with Progress(console=console, transient=True) as bar:
        task = bar.add_task("reading", total=len(files))
        rows = _scan(files, settings, policy, lambda: bar.advance(task))
    for r in rows:
        action = r["action"] + (" (urgent)" if r["urgent_clinical_action"] else "")
        cats = ", ".join(x["category"] for x in r["findings"]) or (r["reason"] or "")
        table.add_row(Path(r["file"]).name, r["trust"] or "", cats, action)
    console.print(table)


def evaluate(corpus: Annotated[Path, typer.Argument(help="Folder with *.eml and labels.json.")],
             config: ConfigOpt = None, as_json: JsonOpt = False,
             errors: Annotated[bool, typer.Option("--errors", help="List every mistake.")] = False) -> None:
    """Score detection against a labelled corpus (precision, recall, urgent, evidence, metadata)."""
    from bouncebot.evaluation import evaluate as run

    settings = settings_from(config)
    policy = _policy(settings)
    try:
        with Progress(console=console, transient=True, disable=as_json) as bar:
            task = bar.add_task("scoring", total=None)
            scores = run(corpus, policy, settings.policy.provider_domains,
                         progress=lambda n, total: bar.update(task, completed=n, total=total))
    except FileNotFoundError as e:
        raise UserError(str(e)) from None
    summary = scores.summary()
    if as_json:
        console.print_json(json.dumps(summary | {"errors": scores.errors}))
        return
    per = summary.pop("per_category")
    table = Table("category", "precision", "recall", "F1", "tp", "fp", "fn", title=f"{corpus} ({scores.letters} messages)")
    for cat, v in per.items():  # type: ignore[union-attr]
        table.add_row(cat, f"{v['precision']:.2f}", f"{v['recall']:.2f}", f"{v['f1']:.2f}", str(v["tp"]),
                      str(v["fp"]), str(v["fn"]))
    console.print(table)
    t = summary["text"]
    u = summary["urgent"]
    console.print(f"text categories: precision {t['precision']:.3f}, recall {t['recall']:.3f}")  # type: ignore[index]
    console.print(f"timeliness F1 {summary['timeliness_f1']:.3f}; urgent precision {u['precision']:.3f}, "  # type: ignore[index]
                  f"recall {u['recall']:.3f}")  # type: ignore[index]
    console.print(f"'other' mail with no findings: {summary['other_clean']}; evidence covered: "
                  f"{summary['evidence_covered']}; metadata: {summary['metadata']}", highlight=False)
    if errors:
        for e in scores.errors:
            console.print(f"  {e}", highlight=False, markup=False)
    elif scores.errors:
        console.print(f"{len(scores.errors)} mistakes; add --errors to list them")


def explain(message: Annotated[Path, typer.Argument(help="One message file (.eml).")], config: ConfigOpt = None,
            show_all: Annotated[bool, typer.Option("--all", help="Also show sentences no rule touched.")] = False
            ) -> None:
    """Show, sentence by sentence, which rule fired or which cue suppressed it, and why."""
    from bouncebot.policy import assess
    from bouncebot.policy.text import sentences
    from bouncebot.reading import UnreadableMessage, read_letter
    from bouncebot.triage import triage

    if not message.is_file():
        raise UserError(f"{message}: no such file")
    settings = settings_from(config)
    policy = _policy(settings)
    data = message.read_bytes()
    verdict = triage(data, settings.policy.provider_domains)
    console.print(f"[bold]Triage:[/] {verdict.reason}", highlight=False)
    try:
        letter = read_letter(data)
    except UnreadableMessage as e:
        raise UserError(f"{message}: {e.reason}") from None
    console.print(f"[bold]Letter:[/] {letter.kind}; trust {letter.trust or '?'}; specialty {letter.specialty or '?'}; "
                  f"clinician {letter.clinician or '?'}; event date {letter.event_date or '?'}"
                  f"{' ' + letter.event_time if letter.event_time else ''}; sent {letter.sent_at or '?'}",
                  highlight=False)
    for p in letter.problems:
        console.print(f"[yellow]problem:[/] {p}", highlight=False)
    result = assess(letter, policy, explain=True)
    colours = {"fired": "green", "suppressed": "dim", "exempt": "cyan", "urgent": "red"}
    touched = set()
    for t in result.trace:
        touched.add(t.sentence)
        console.print(f"[{colours[t.outcome]}]{t.outcome:10s}[/] {t.rule or '-':38s} {t.reason}", highlight=False)
        console.print(f"           [italic]{t.sentence[:160]}[/]  ({t.source.label() if t.source else ''})",
                      highlight=False, markup=True)
    if show_all:
        for s in sentences(letter):
            if s.text not in touched:
                console.print(f"[dim]{'untouched':10s} {'-':38s} {s.text[:120]}[/]", highlight=False)
    found = ", ".join(f.category + (" (exempt)" if f.exempt else "") for f in result.findings) or "none"
    console.print(f"[bold]Findings:[/] {found}; urgent: {result.urgent_clinical_action}; action: {result.action}",
                  highlight=False)


def policy_check(
    path: Annotated[Path | None, typer.Argument(help="Policy folder (default: policy.path in settings).")] = None,
    local: Annotated[list[Path] | None, typer.Option("--local", help="A local override file to check too.")] = None,
    config: ConfigOpt = None,
) -> None:
    """Validate a policy: schema errors with file and line, unknown templates, and every rule's examples."""
    from bouncebot.letters import PackError, load_pack
    from bouncebot.policy import policy_from_settings
    from bouncebot.policy.check import check_examples, check_templates

    settings = settings_from(config)
    policy = policy_from_settings(settings, path=path, extra_local=local or [])
    problems = check_examples(policy)
    warnings = []
    try:
        pack = load_pack(settings.resolve(settings.letters.pack))
        problems += check_templates(policy, pack.categories)
        if pack.contract_edition != policy.edition:
            warnings.append(f"the template pack {pack.label} cites contract edition {pack.contract_edition}; "
                            f"the policy uses {policy.edition} (settings policy.contract_edition)")
    except PackError as e:
        problems.append(str(e))
    for w in warnings:
        console.print(f"[yellow]warning:[/] {w}", highlight=False)
    examples = sum(len(r.examples.match) + len(r.examples.no_match) for r in policy.rules)
    if problems:
        for line in problems:
            console.print(f"[red]✗[/] {line}", highlight=False, markup=True)
        console.print(f"{len(problems)} problem(s) in {len(policy.files)} files")
        raise typer.Exit(1)
    console.print(f"[green]✓[/] policy {policy.name} {policy.version}: {len(policy.categories)} categories, "
                  f"{len(policy.rules)} rules, {examples} examples pass, {len(policy.drugs)} drugs; "
                  f"contract edition {policy.edition}", highlight=False)
