"""Mailbox backends behind one interface, chosen by URL scheme.

    maildir:/path/to/Maildir            local Maildir (the embedded default and the demo)
    imap://user@host:993/INBOX          IMAP + SMTP
    ews://user@host/shared@practice     Exchange Web Services (on-premises Exchange)
    graph://tenant/mailbox@nhs.net      Microsoft Graph (Exchange Online / NHSmail)
"""

from __future__ import annotations

from datetime import datetime

from bouncebot.mailboxes.base import Mailbox, MailboxError
from bouncebot.settings import MailboxSettings


def open_mailbox(config: MailboxSettings | str) -> Mailbox:
    """Build the backend a mailbox URL names; a per-mailbox `since` limits its first run."""
    cfg = MailboxSettings(url=config) if isinstance(config, str) else config
    box = _build(cfg)
    if cfg.since is not None:
        box.since = datetime.combine(cfg.since, datetime.min.time()).astimezone()
    return box


def _build(cfg: MailboxSettings) -> Mailbox:
    """Imports are lazy so Maildir needs no network libraries."""
    scheme = cfg.url.split(":", 1)[0].lower()
    if scheme == "maildir":
        from bouncebot.mailboxes.maildir import MaildirMailbox

        return MaildirMailbox.from_settings(cfg)
    if scheme in ("imap", "imaps"):
        from bouncebot.mailboxes.imap import ImapMailbox

        return ImapMailbox.from_settings(cfg)
    if scheme in ("ews", "ewss"):
        from bouncebot.mailboxes.ews import EwsMailbox

        return EwsMailbox.from_settings(cfg)
    if scheme == "graph":
        from bouncebot.mailboxes.graph import GraphMailbox

        return GraphMailbox.from_settings(cfg)
    raise MailboxError(
        f"unknown mailbox URL scheme {scheme!r} in {cfg.url!r}: use maildir:, imap://, ews:// or graph://"
    )
