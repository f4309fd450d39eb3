"""Settings: one TOML file, overridden by environment variables, overridden by CLI options.

Secrets (mailbox passwords, client secrets) never live in the TOML: they come from environment
variables or a secrets file (see docs/operators.md), so the settings file can be shared and logged.
"""

from __future__ import annotations

import os
import re
import tomllib
from datetime import date
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bouncebot.resources import project_path


class SettingsError(Exception):
    """A settings problem, phrased for the person who edits the file."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Practice(_Section):
    name: str = "Riverside Surgery"
    ods_code: str = "Y99999"
    address: list[str] = Field(default_factory=lambda: ["22 Ferry Lane", "Northbridge", "NB2 6QD"])
    email: str = "riverside.surgery@nhs.net"
    phone: str = "01632 960000"
    signatory: str = "Practice Manager"
    signatory_role: str = "Practice Manager, on behalf of the partners"
    #: Our own domain for generated Message-IDs (defaults to the practice address's domain).
    message_id_domain: str | None = None


class MailboxSettings(_Section):
    url: str
    mode: Literal["read-only", "managed"] = "read-only"
    delivery: Literal["send", "draft"] = "send"
    folders: list[str] = Field(default_factory=lambda: ["INBOX"])
    since: date | None = None
    #: Folder processed mail is moved to in managed mode (None: tag only).
    processed_folder: str | None = None


class Worker(_Section):
    poll_interval_seconds: int = Field(300, ge=5)
    max_message_bytes: int = Field(40_000_000, ge=1024)
    max_attachment_bytes: int = Field(25_000_000, ge=1024)
    pdf_timeout_seconds: float = Field(20.0, gt=0)
    pdf_memory_mb: int = Field(768, ge=64)
    replies_per_recipient_per_day: int = Field(20, ge=1)
    since: date | None = None


class Database(_Section):
    url: str = "sqlite:///bouncebot.db"


class Policy(_Section):
    path: str = "config/policy"
    formulary: str = "config/formulary.toml"
    #: Optional files layered over the national defaults (ICB, LMC, practice), in that order.
    local: list[str] = Field(default_factory=list)
    contract_edition: str = "2026/27"
    #: Sender domains treated as NHS providers; mail from anywhere else is never answered.
    provider_domains: list[str] = Field(default_factory=lambda: ["nhs.uk", "nhs.net"])


class Letters(_Section):
    pack: str = "templates/letters/default"


class Web(_Section):
    host: str = "127.0.0.1"
    port: int = Field(8080, ge=1, le=65535)
    #: Mark cookies Secure; set when served over HTTPS (behind a TLS proxy).
    secure_cookies: bool = False
    session_idle_minutes: int = Field(60, ge=1)
    session_absolute_hours: int = Field(12, ge=1)
    max_failed_logins: int = Field(5, ge=1)


class Reports(_Section):
    #: Practice time saved per bounced request, minutes (GP + admin; Kent LMC 2020: ~10 + ~20).
    minutes_per_category: dict[str, float] = Field(default_factory=dict)
    default_minutes: float = 30.0


class Export(_Section):
    practice_id: str = "practice-1"
    suppress_below: int = Field(5, ge=1)
    include_clinicians: bool = False


class Settings(_Section):
    practice: Practice = Field(default_factory=Practice)
    mailboxes: list[MailboxSettings] = Field(default_factory=list)
    worker: Worker = Field(default_factory=Worker)
    database: Database = Field(default_factory=Database)
    policy: Policy = Field(default_factory=Policy)
    letters: Letters = Field(default_factory=Letters)
    web: Web = Field(default_factory=Web)
    reports: Reports = Field(default_factory=Reports)
    export: Export = Field(default_factory=Export)
    #: Where the file came from, for error messages and relative paths.
    source: str | None = Field(default=None, exclude=True)

    def resolve(self, path: str) -> Path:
        """A path from the settings, relative to the settings file's folder (or the project)."""
        p = Path(path).expanduser()
        if p.is_absolute():
            return p
        if self.source:
            candidate = Path(self.source).parent.parent / p  # config/x.toml -> project root
            if candidate.exists():
                return candidate
            candidate = Path(self.source).parent / p
            if candidate.exists():
                return candidate
        return project_path(path)


def _line_of(text: str, key: str) -> int | None:
    """Best-effort line number of `key = ` in a TOML file, so errors point somewhere."""
    for n, line in enumerate(text.splitlines(), 1):
        if re.match(rf"\s*{re.escape(key)}\s*=", line):
            return n
    return None


def _format_validation(err: ValidationError, path: str, text: str) -> str:
    lines = [f"{path}: invalid settings"]
    for e in err.errors():
        loc = [str(p) for p in e["loc"]]
        key = ".".join(loc)
        line = _line_of(text, loc[-1]) if loc else None
        where = f"{path}:{line}" if line else path
        lines.append(f"  {where}: {key}: {e['msg']}")
    lines.append("Fix the value(s) above; config/bouncebot.example.toml documents every key.")
    return "\n".join(lines)


ENV_OVERRIDES: dict[str, tuple[str, ...]] = {
    "BOUNCEBOT_DB": ("database", "url"),
    "BOUNCEBOT_POLICY": ("policy", "path"),
    "BOUNCEBOT_PACK": ("letters", "pack"),
}


def load_settings(
    path: str | os.PathLike[str] | None = None,
    *,
    db: str | None = None,
    mailbox: str | None = None,
    environ: dict[str, str] | None = None,
) -> Settings:
    """Load settings: file (or none), then environment, then explicit CLI values.

    `path` defaults to $BOUNCEBOT_CONFIG, then ./bouncebot.toml, then embedded defaults.
    """
    env = os.environ if environ is None else environ
    chosen = path or env.get("BOUNCEBOT_CONFIG")
    if chosen is None and Path("bouncebot.toml").exists():
        chosen = "bouncebot.toml"
    data: dict[str, Any] = {}
    text = ""
    if chosen is not None:
        p = Path(chosen)
        try:
            text = p.read_text(encoding="utf-8")
            data = tomllib.loads(text)
        except FileNotFoundError as e:
            raise SettingsError(f"{p}: settings file not found. Copy config/bouncebot.example.toml.") from e
        except tomllib.TOMLDecodeError as e:
            raise SettingsError(f"{p}: not valid TOML: {e}") from e
    for var, (section, key) in ENV_OVERRIDES.items():
        if env.get(var):
            data.setdefault(section, {})[key] = env[var]
    mailbox = mailbox or env.get("BOUNCEBOT_MAILBOX")
    if mailbox:
        existing = {m.get("url"): m for m in data.get("mailboxes", []) if isinstance(m, dict)}
        data["mailboxes"] = [existing.get(mailbox, {"url": mailbox})]
    if db:
        data.setdefault("database", {})["url"] = db
    try:
        settings = Settings.model_validate(data)
    except ValidationError as e:
        raise SettingsError(_format_validation(e, str(chosen or "settings"), text)) from None
    settings.source = str(chosen) if chosen else None
    return settings
