"""Template packs: list, validate, install (versioned, previous kept) and preview."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from sqlmodel import Session, select

from bouncebot.commands.common import ConfigOpt, DbOpt, UserError, console, settings_from
from bouncebot.letters import load_pack, render_docx, render_text, sample_context, validate_pack
from bouncebot.letters.pack import EXTRA_LETTERS
from bouncebot.model import CATEGORIES
from bouncebot.store.db import make_engine, session_scope
from bouncebot.store.tables import TemplatePackRow

PackArg = Annotated[Path, typer.Argument(help="A template pack folder or .zip.")]


def register(app: typer.Typer) -> None:
    t = typer.Typer(help="Letter template packs (LMC-authored Word and e-mail templates).", no_args_is_help=True)
    t.command("list")(list_packs)
    t.command("validate")(validate)
    t.command("install")(install)
    t.command("preview")(preview)
    app.add_typer(t, name="templates")


def _packs_dir(db_url: str) -> Path:
    """Installed packs live beside a SQLite database, or in ./packs for a server database."""
    if db_url.startswith("sqlite:///") and db_url != "sqlite:///:memory:":
        return Path(db_url.removeprefix("sqlite:///")).resolve().parent / "packs"
    return Path("packs").resolve()


def _same_files(a: Path, b: Path) -> bool:
    def files(root: Path) -> dict[str, bytes]:
        return {str(f.relative_to(root)): f.read_bytes() for f in sorted(root.rglob("*")) if f.is_file()}

    return files(a) == files(b)


def list_packs(config: ConfigOpt = None, db: DbOpt = None) -> None:
    """Installed packs and versions; the active one is marked."""
    settings = settings_from(config, db=db)
    engine = make_engine(settings.database.url)
    with Session(engine) as s:
        rows = s.exec(select(TemplatePackRow).order_by(TemplatePackRow.name, TemplatePackRow.installed_at)).all()
    table = Table("", "name", "version", "publisher", "installed", "path")
    for r in rows:
        table.add_row("*" if r.active else "", r.name, r.version, r.publisher, f"{r.installed_at:%Y-%m-%d %H:%M}", r.path)
    if not rows:
        console.print(f"No packs installed; drafts use the default pack at {settings.resolve(settings.letters.pack)}.",
                      highlight=False)
        return
    console.print(table)


def validate(pack: PackArg) -> None:
    """Render every template with sample data; report syntax errors, unknown fields and missing categories."""
    p = load_pack(pack)
    problems = validate_pack(p)
    if problems:
        for line in problems:
            console.print(f"[red]✗[/] {line}", highlight=False)
        console.print(f"{len(problems)} problem(s) in {p.label}")
        raise typer.Exit(1)
    console.print(f"[green]✓[/] {p.label} by {p.publisher} ({p.date}, contract {p.contract_edition}): "
                  f"{len(p.categories)} categories, {len(p.extras)} extra letters, all render", highlight=False)


def install(pack: PackArg, config: ConfigOpt = None, db: DbOpt = None) -> None:
    """Install a validated pack as the active one; earlier versions are kept (and can be re-activated)."""
    settings = settings_from(config, db=db)
    p = load_pack(pack)
    problems = validate_pack(p)
    if problems:
        raise UserError(f"{p.label} does not validate ({len(problems)} problems); run "
                        f"'bouncebot templates validate {pack}' to see them")
    target = _packs_dir(settings.database.url) / p.name.replace("/", "_") / p.version
    engine = make_engine(settings.database.url)
    with session_scope(engine) as s:
        existing = s.exec(select(TemplatePackRow).where(TemplatePackRow.name == p.name,
                                                        TemplatePackRow.version == p.version)).first()
        if existing is not None and Path(existing.path).is_dir() and not _same_files(p.path, Path(existing.path)):
            raise UserError(f"{p.label} is already installed with different files; give the changed pack a new "
                            "version in its pack.toml, then install it")
        if existing is None:
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(p.path, target)
            existing = TemplatePackRow(name=p.name, version=p.version, publisher=p.publisher, path=str(target))
            s.add(existing)
        for row in s.exec(select(TemplatePackRow)).all():
            row.active = False
        existing.active = True
    console.print(f"[green]✓[/] installed {p.label}; new drafts will use it (copy at {target})", highlight=False)


def preview(pack: PackArg, category: Annotated[str, typer.Argument(help="A category or an extra letter.")],
            out: Annotated[Path, typer.Option("--out", help="Folder for the preview files.")] = Path("preview")
            ) -> None:
    """Write a sample .docx and the e-mail text for one category, to look at before installing."""
    p = load_pack(pack)
    if category not in CATEGORIES and category not in EXTRA_LETTERS:
        raise UserError(f"unknown category {category!r}; use one of: {', '.join((*CATEGORIES, *EXTRA_LETTERS))}")
    out.mkdir(parents=True, exist_ok=True)
    ctx = sample_context(category)
    if category in EXTRA_LETTERS:
        rel = p.extras.get(category)
        if rel is None:
            raise UserError(f"{p.label} has no {category} letter")
        text = render_text(p, rel, ctx)
        (out / f"{category}.txt").write_text(text, encoding="utf-8")
        console.print(text, highlight=False, markup=False)
        return
    if category not in p.categories:
        raise UserError(f"{p.label} has no template for {category}")
    ctx["request"]["paragraph"] = render_text(p, p.categories[category], {**ctx, "finding": ctx["request"]}).strip()
    text = render_text(p, p.email_text, ctx)
    (out / f"{category}.txt").write_text(text, encoding="utf-8")
    (out / f"{category}.docx").write_bytes(render_docx(p, ctx))
    console.print(text, highlight=False, markup=False)
    console.print(f"[green]wrote[/] {out / (category + '.txt')} and {out / (category + '.docx')}", highlight=False)
