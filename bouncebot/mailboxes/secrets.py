"""Secrets for mailbox backends: environment variables first, then a secrets file.

Secrets never live in the settings TOML (which is shared and may be logged). The secrets file
($BOUNCEBOT_SECRETS_FILE) is a TOML file of NAME = "value" lines readable only by the service user.

Documented names: BOUNCEBOT_MAILBOX_PASSWORD, BOUNCEBOT_SMTP_PASSWORD, BOUNCEBOT_CLIENT_ID,
BOUNCEBOT_CLIENT_SECRET, BOUNCEBOT_TENANT_ID, BOUNCEBOT_OAUTH_TOKEN.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path


def secret(name: str, environ: dict[str, str] | None = None) -> str | None:
    """The value of secret `name`, or None when it is not configured anywhere."""
    env = os.environ if environ is None else environ
    if env.get(name):
        return env[name]
    path = env.get("BOUNCEBOT_SECRETS_FILE")
    if path and Path(path).is_file():
        with open(path, "rb") as fh:
            value = tomllib.load(fh).get(name)
        return str(value) if value is not None else None
    return None


def require_secret(name: str, purpose: str) -> str:
    value = secret(name)
    if not value:
        from bouncebot.mailboxes.base import MailboxError

        raise MailboxError(
            f"{purpose} needs the secret {name}: set the environment variable {name} "
            "or add it to the file named by BOUNCEBOT_SECRETS_FILE"
        )
    return value
