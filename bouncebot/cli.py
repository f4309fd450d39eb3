"""`bouncebot …`: one typer app; each area adds its commands from bouncebot/commands/."""

from __future__ import annotations

import logging
import sys

import typer

from bouncebot.commands import core, detect, mailbox, reports, templates, web
from bouncebot.commands.common import UserError, err_console

app = typer.Typer(
    name="bouncebot",
    help="Return hospital work the NHS Standard Contract says the provider must do itself.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for module in (core, detect, mailbox, web, templates, reports):
    module.register(app)


def _user_errors() -> tuple[type[BaseException], ...]:
    """Exceptions whose message is written for the user: print it, no traceback."""
    from bouncebot.mailboxes.base import MailboxError
    from bouncebot.review import ReviewError
    from bouncebot.settings import SettingsError
    from bouncebot.store.db import DatabaseError

    errors: list[type[BaseException]] = [UserError, SettingsError, MailboxError, ReviewError, DatabaseError]
    try:
        from bouncebot.policy import PolicyError

        errors.append(PolicyError)
    except ImportError:
        pass
    try:
        from bouncebot.letters import PackError

        errors.append(PackError)
    except ImportError:
        pass
    return tuple(errors)


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        stream=sys.stderr)
    try:
        app()
    except _user_errors() as e:
        err_console.print(f"[bold red]error:[/] {e}", highlight=False)
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
