"""`bouncebot mailbox check URL`: can bouncebot read, draft and send with this mailbox, and if not, why."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from bouncebot.commands.common import ConfigOpt, JsonOpt, UserError, console, settings_from


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main app."""
    mailbox = typer.Typer(help="Connect to practice mailboxes and check what bouncebot may do there.",
                          no_args_is_help=True)
    mailbox.command("check")(check)
    app.add_typer(mailbox, name="mailbox")


def check(
    url: Annotated[str | None, typer.Argument(help="Mailbox URL, e.g. imap://user@host:993/INBOX "
                                                   "(default: the mailboxes in the settings).")] = None,
    mode: Annotated[str | None, typer.Option("--mode", help="read-only or managed (default: settings).")] = None,
    delivery: Annotated[str | None, typer.Option("--delivery", help="send or draft (default: settings).")] = None,
    folder: Annotated[list[str] | None, typer.Option("--folder", help="A folder to watch (repeatable).")] = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Connect, list the folders bouncebot will watch, and check read, draft and send permissions.

    Exit status 0 when the mailbox can do what its mode and delivery need, 1 when it cannot.
    """
    import json

    from bouncebot.mailboxes import open_mailbox
    from bouncebot.mailboxes.base import MailboxError
    from bouncebot.settings import MailboxSettings

    if url is None:
        configs = list(settings_from(config).mailboxes)
        if not configs:
            raise UserError("no mailbox URL given and none in the settings: bouncebot mailbox check URL")
    else:
        base = next((m for m in _settings_mailboxes(config) if m.url == url), None)
        data = base.model_dump() if base is not None else {"url": url}
        configs = [MailboxSettings(**data)]
    overrides: dict[str, object] = {}
    if mode is not None:
        if mode not in ("read-only", "managed"):
            raise UserError(f"--mode must be read-only or managed, not {mode!r}")
        overrides["mode"] = mode
    if delivery is not None:
        if delivery not in ("send", "draft"):
            raise UserError(f"--delivery must be send or draft, not {delivery!r}")
        overrides["delivery"] = delivery
    if folder:
        overrides["folders"] = list(folder)

    all_ok = True
    report = []
    for cfg in configs:
        cfg = cfg.model_copy(update=overrides)
        try:
            with open_mailbox(cfg) as box:
                result = box.check()
        except MailboxError as e:  # bad URL or missing secret: say so, no traceback
            all_ok = False
            report.append({"url": redact(cfg.url), "ok": False, "problems": [str(e)]})
            if not as_json:
                console.print(f"[bold]{redact(cfg.url)}[/]", highlight=False)
                console.print(f"[bold red]cannot use this mailbox:[/] {e}", highlight=False)
            continue
        all_ok = all_ok and result.ok
        report.append({"url": redact(cfg.url), "ok": result.ok, "mode": cfg.mode, "delivery": cfg.delivery,
                       "folders": list(result.folders), "can_read": result.can_read,
                       "can_draft": result.can_draft, "can_send": result.can_send,
                       "problems": list(result.problems)})
        if not as_json:
            _print(redact(cfg.url), cfg.mode, cfg.delivery, result)
    if as_json:
        console.print_json(json.dumps(report))
    if not all_ok:
        raise typer.Exit(1)


def _settings_mailboxes(config: str | None) -> list:
    """Mailboxes from the settings file, if there is one (so a URL given on the command line picks up
    its mode, folders and delivery); none when no settings file exists."""
    from bouncebot.settings import SettingsError

    try:
        return list(settings_from(config).mailboxes)
    except (SettingsError, OSError):
        return []


def redact(url: str) -> str:
    """The URL without any password someone put in it, fit to print."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


def _print(url: str, mode: str, delivery: str, result) -> None:  # type: ignore[no-untyped-def]
    yes, no = "[green]yes[/]", "[red]no[/]"
    console.print(f"[bold]{url}[/]  (mode: {mode}, delivery: {delivery})", highlight=False)
    table = Table(show_header=False, box=None, padding=(0, 2))
    table.add_row("folders watched", ", ".join(result.folders) or "-")
    table.add_row("read mail", yes if result.can_read else no)
    table.add_row("save drafts", yes if result.can_draft else no)
    table.add_row("send replies", yes if result.can_send else no)
    console.print(table)
    for problem in result.problems:
        console.print(f"  [yellow]problem:[/] {problem}", highlight=False)
    if result.ok:
        console.print("[bold green]OK[/]: bouncebot can use this mailbox.")
    else:
        console.print("[bold red]NOT OK[/]: fix the problems above, then run this check again.")
