"""Options and helpers every command shares: settings, database, console."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console

from bouncebot.settings import Settings, load_settings

console = Console()
err_console = Console(stderr=True)

ConfigOpt = Annotated[
    str | None, typer.Option("--config", "-c", help="Settings file (default: $BOUNCEBOT_CONFIG or ./bouncebot.toml).")
]
DbOpt = Annotated[
    str | None, typer.Option("--db", help="Database URL, e.g. sqlite:///bouncebot.db (env BOUNCEBOT_DB).")
]
MailboxOpt = Annotated[
    str | None, typer.Option("--mailbox", help="Mailbox URL, e.g. maildir:/path (env BOUNCEBOT_MAILBOX).")
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Machine-readable output.")]


def settings_from(config: str | None = None, db: str | None = None, mailbox: str | None = None) -> Settings:
    return load_settings(config, db=db, mailbox=mailbox)


class UserError(Exception):
    """An error the user can fix; printed without a traceback, exit status 2."""
