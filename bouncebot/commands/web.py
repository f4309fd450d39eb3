"""`bouncebot serve` (the review web app) and `bouncebot user add` (its local accounts)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from bouncebot.commands.common import ConfigOpt, DbOpt, MailboxOpt, UserError, console, settings_from
from bouncebot.store.db import make_engine, session_scope


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main app."""
    app.command("serve")(serve)
    users = typer.Typer(help="Accounts for the review web app.", no_args_is_help=True)
    users.command("add")(user_add)
    app.add_typer(users, name="user")


def serve(
    host: Annotated[str | None, typer.Option(help="Address to listen on (default 127.0.0.1: this machine only).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default 8080).")] = None,
    config: ConfigOpt = None,
    db: DbOpt = None,
    mailbox: MailboxOpt = None,
) -> None:
    """Run the review web app. Put it behind a TLS proxy before exposing it beyond this machine."""
    from bouncebot.web import serve as run

    settings = settings_from(config, db, mailbox)
    chosen = host or settings.web.host
    if chosen not in ("127.0.0.1", "localhost", "::1") and not settings.web.secure_cookies:
        console.print("[yellow]warning:[/] listening beyond this machine without HTTPS; set web.secure_cookies "
                      "and serve through a TLS proxy")
    console.print(f"bouncebot review app on http://{chosen}:{port or settings.web.port}/ (Ctrl-C to stop)")
    run(settings, chosen, port or settings.web.port)


def user_add(
    name: Annotated[str, typer.Argument(help="The user name people sign in with.")],
    role: Annotated[str, typer.Option("--role", help="reviewer, clinician or admin.")] = "reviewer",
    password_stdin: Annotated[bool, typer.Option("--password-stdin", help="Read the password from standard input.")] = False,
    config: ConfigOpt = None,
    db: DbOpt = None,
) -> None:
    """Add a web account (or reset an existing one's password and role)."""
    from bouncebot.web.auth import ROLES, AuthError, create_user

    if role not in ROLES:
        raise UserError(f"--role must be one of {', '.join(ROLES)}")
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    engine = make_engine(settings_from(config, db).database.url)
    try:
        with session_scope(engine) as s:
            create_user(s, name, password, role)
    except AuthError as e:
        raise UserError(str(e)) from None
    console.print(f"User {name} saved with role {role}.")
