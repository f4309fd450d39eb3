"""An IMAP mailbox with SMTP submission for replies.

URL: ``imap://user@host:993/INBOX`` (``imaps://`` or port 993: implicit TLS; port 143 or ``?tls=starttls``:
STARTTLS; plain only on a loopback address or with an explicit ``?tls=none``). Query options:
``smtp=host:port``, ``smtp_tls=ssl|starttls|none``, ``smtp_user=…``, ``sent_copy=no`` (for servers that
file submitted mail in Sent themselves, as Microsoft 365 does), ``drafts=Name``, ``sent=Name``.
Passwords never appear in the URL: BOUNCEBOT_MAILBOX_PASSWORD (and BOUNCEBOT_SMTP_PASSWORD when SMTP
needs a different one) or BOUNCEBOT_OAUTH_TOKEN for XOAUTH2 (tech notes §3.1).

Cursor: JSON ``{folder: {"uidvalidity": v, "last_uid": u}}``. An idle poll is one ``STATUS`` per watched
folder, however big the folder; new mail is ``UID SEARCH UID last+1:*`` with UIDs <= last discarded
client-side (``n:*`` always matches the highest message). ``\\Seen`` is never the cursor and is never set:
bodies are fetched with ``BODY.PEEK[]``, and read-only mode opens folders with EXAMINE.
"""

from __future__ import annotations

import contextlib
import imaplib
import ipaddress
import json
import logging
import re
import smtplib
import ssl
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.utils import getaddresses, parseaddr
from typing import Literal
from urllib.parse import parse_qs, unquote, urlsplit

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError
from tenacity import Retrying, retry_if_exception_type, stop_after_attempt, wait_exponential

from bouncebot.mailboxes.base import (
    PROCESSED_TAG,
    CheckResult,
    Delivery,
    Fetched,
    Mailbox,
    MailboxError,
    Mode,
    TransientMailboxError,
)
from bouncebot.mailboxes.secrets import secret
from bouncebot.model import OutgoingReply, RawMessage
from bouncebot.settings import MailboxSettings

log = logging.getLogger(__name__)

Security = Literal["ssl", "starttls", "plain"]

#: UIDs whose sizes are asked for in one FETCH (RFC822.SIZE only: a few bytes each).
SIZE_CHUNK = 200
#: Bodies fetched in one round trip: at most this many messages ...
BATCH_MESSAGES = 25
#: ... and at most this many bytes (a single bigger message is fetched alone).
BATCH_BYTES = 8_000_000
CONNECT_ATTEMPTS = 3

_FALLBACK_DRAFTS = ("Drafts", "INBOX/Drafts", "INBOX.Drafts", "Draft")
_FALLBACK_SENT = ("Sent", "Sent Items", "Sent Messages", "INBOX/Sent", "INBOX.Sent")
_TRANSIENT = (IMAPClientAbortError, imaplib.IMAP4.abort, OSError, EOFError)
_TRUE = {"1", "yes", "true", "on"}
_SECURITY_ALIASES: dict[str, Security] = {
    "ssl": "ssl", "tls": "ssl", "implicit": "ssl", "imaps": "ssl", "smtps": "ssl",
    "starttls": "starttls",
    "none": "plain", "no": "plain", "plain": "plain", "off": "plain",
}


@dataclass(frozen=True)
class Endpoint:
    host: str
    port: int
    security: Security

    def __str__(self) -> str:
        return f"{self.host}:{self.port}"


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _security(value: str | None, *, scheme: str, port: int, host: str, implicit_port: int,
              starttls_port: int, what: str) -> Security:
    """Pick transport security: explicit option, else by scheme/port; plain only for loopback tests."""
    if value:
        try:
            return _SECURITY_ALIASES[value.lower()]
        except KeyError:
            raise MailboxError(f"unknown {what} security {value!r}: use ssl, starttls or none") from None
    if scheme in ("imaps", "smtps") or port == implicit_port:
        return "ssl"
    if _is_loopback(host) and port != starttls_port:
        return "plain"
    return "starttls"


def _host_port(value: str, default_port: int) -> tuple[str, int]:
    host, sep, port = value.rpartition(":")
    if not sep or "]" in port:
        return value.strip("[]"), default_port
    try:
        return host.strip("[]"), int(port)
    except ValueError:
        raise MailboxError(f"bad host:port {value!r} in the mailbox URL") from None


def _appenduid(response: bytes | str | None) -> tuple[int, int] | None:
    text = response.decode(errors="replace") if isinstance(response, bytes) else str(response or "")
    m = re.search(r"APPENDUID (\d+) (\d+)", text, re.IGNORECASE)
    return (int(m.group(1)), int(m.group(2))) if m else None


def _batches(uids: list[int], sizes: dict[int, int]) -> Iterator[list[int]]:
    """Group UIDs so one FETCH holds at most BATCH_MESSAGES messages and about BATCH_BYTES bytes."""
    batch: list[int] = []
    total = 0
    for uid in uids:
        size = sizes.get(uid, 0)
        if batch and (len(batch) >= BATCH_MESSAGES or total + size > BATCH_BYTES):
            yield batch
            batch, total = [], 0
        batch.append(uid)
        total += size
    if batch:
        yield batch


class ImapMailbox(Mailbox):
    """One IMAP account (several watched folders), replies submitted over SMTP.

    The connection is opened lazily and kept between polls; a dropped connection is reported as a
    TransientMailboxError and the next call reconnects, so the worker's back-off does the waiting.
    """

    def __init__(
        self,
        *,
        host: str,
        user: str,
        port: int = 993,
        security: Security = "ssl",
        password: str | None = None,
        oauth_token: str | None = None,
        folders: Iterable[str] = ("INBOX",),
        mode: Mode = "read-only",
        delivery: Delivery = "send",
        processed_folder: str | None = None,
        smtp: Endpoint | None = None,
        smtp_user: str | None = None,
        smtp_password: str | None = None,
        sent_copy: bool = True,
        drafts_folder: str | None = None,
        sent_folder: str | None = None,
        url: str | None = None,
        timeout: float = 60.0,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.imap = Endpoint(host, port, security)
        self.user = user
        self.password = password
        self.oauth_token = oauth_token
        self.folders = tuple(folders)
        if not self.folders:
            raise MailboxError("an IMAP mailbox needs at least one folder to watch")
        self.mode = mode
        self.delivery = delivery
        self.processed_folder = processed_folder
        self.smtp = smtp or Endpoint(host, 587, "plain" if _is_loopback(host) else "starttls")
        self.smtp_user = smtp_user or user
        self.smtp_password = smtp_password or password
        self.sent_copy = sent_copy
        self.drafts_folder = drafts_folder
        self.sent_folder = sent_folder
        self.url = url or f"imap://{user}@{host}:{port}/{self.folders[0]}"
        self.timeout = timeout
        self.ssl_context = ssl_context or ssl.create_default_context()
        #: IMAP commands sent on the current and past connections (diagnostics and the benchmark).
        self.commands = 0
        self._conn: IMAPClient | None = None
        self._selected: tuple[str, bool] | None = None
        self._select_info: dict[bytes, object] | None = None
        self._special: dict[str, str] | None = None
        self._names: set[str] = set()
        if security == "plain" and not _is_loopback(host):
            log.warning("IMAP to %s without TLS: the password crosses the network in clear", host)

    # --- construction -----------------------------------------------------------------------------

    @classmethod
    def from_settings(cls, cfg: MailboxSettings, environ: dict[str, str] | None = None) -> ImapMailbox:
        """Build from a mailbox URL and settings; secrets come from the environment or secrets file."""
        parts = urlsplit(cfg.url)
        scheme = parts.scheme.lower()
        if parts.password:
            raise MailboxError(
                "the mailbox URL contains a password: remove it and set BOUNCEBOT_MAILBOX_PASSWORD "
                "(environment or secrets file) instead, so it never sits in the settings file"
            )
        if not parts.hostname:
            raise MailboxError(f"no host in mailbox URL {cfg.url!r}: use imap://user@host:993/INBOX")
        if not parts.username:
            raise MailboxError(f"no user in mailbox URL {cfg.url!r}: use imap://user@host:993/INBOX")
        user = unquote(parts.username)
        host = parts.hostname
        try:
            port = parts.port or (993 if scheme == "imaps" else 143 if _is_loopback(host) else 993)
        except ValueError:
            raise MailboxError(f"bad port in mailbox URL {cfg.url!r}") from None
        query = {k.lower(): v[-1] for k, v in parse_qs(parts.query).items()}
        security = _security(query.get("tls"), scheme=scheme, port=port, host=host, implicit_port=993,
                             starttls_port=143, what="IMAP")
        smtp_host, smtp_port = _host_port(query["smtp"], 587) if "smtp" in query else (host, 587)
        smtp_security = _security(query.get("smtp_tls"), scheme="smtp", port=smtp_port, host=smtp_host,
                                  implicit_port=465, starttls_port=587, what="SMTP")
        path_folder = unquote(parts.path.lstrip("/"))
        folders = list(cfg.folders)
        if path_folder and folders == ["INBOX"]:
            folders = [path_folder]  # the URL names the folder unless settings list several
        if "folders" in query:
            folders = [f for f in query["folders"].split(",") if f]
        return cls(
            host=host,
            port=port,
            user=user,
            security=security,
            password=secret("BOUNCEBOT_MAILBOX_PASSWORD", environ),
            oauth_token=secret("BOUNCEBOT_OAUTH_TOKEN", environ),
            folders=folders,
            mode=cfg.mode,
            delivery=cfg.delivery,
            processed_folder=cfg.processed_folder,
            smtp=Endpoint(smtp_host, smtp_port, smtp_security),
            smtp_user=query.get("smtp_user"),
            smtp_password=secret("BOUNCEBOT_SMTP_PASSWORD", environ),
            sent_copy=query.get("sent_copy", "yes").lower() in _TRUE,
            drafts_folder=query.get("drafts"),
            sent_folder=query.get("sent"),
            url=cfg.url,
        )

    # --- connection -------------------------------------------------------------------------------

    def _open_once(self) -> IMAPClient:
        where = self.imap
        try:
            client = IMAPClient(where.host, port=where.port, ssl=where.security == "ssl",
                                ssl_context=self.ssl_context, timeout=self.timeout)
            if where.security == "starttls":
                client.starttls(self.ssl_context)
        except ssl.SSLCertVerificationError as e:
            raise MailboxError(
                f"the IMAP server {where} presented a certificate this machine does not trust ({e.verify_message}):"
                " check the host name in the mailbox URL or install the CA certificate"
            ) from e
        except _TRANSIENT as e:
            raise TransientMailboxError(
                f"cannot connect to the IMAP server {where} ({type(e).__name__}: {e}): check the host and "
                "port in the mailbox URL and that the server is up; bouncebot retries on the next poll"
            ) from e
        except IMAPClientError as e:
            raise MailboxError(f"the IMAP server {where} cannot secure the connection ({e}): "
                               "use ?tls=ssl with port 993, or ask the provider which TLS it offers") from e
        self._count(client)
        try:
            if self.oauth_token:
                client.oauth2_login(self.user, self.oauth_token)
            elif self.password:
                client.login(self.user, self.password)
            else:
                raise MailboxError(
                    f"no password for {self.user} at {where}: set BOUNCEBOT_MAILBOX_PASSWORD (or "
                    "BOUNCEBOT_OAUTH_TOKEN for OAuth2) in the environment or the secrets file"
                )
        except LoginError as e:
            with contextlib.suppress(Exception):
                client.shutdown()
            how = "BOUNCEBOT_OAUTH_TOKEN" if self.oauth_token else "BOUNCEBOT_MAILBOX_PASSWORD"
            raise MailboxError(
                f"the IMAP server {where} refused the login for {self.user} ({e}): check {how} and the "
                "user name in the mailbox URL"
            ) from e
        except _TRANSIENT as e:
            raise TransientMailboxError(f"the IMAP server {where} dropped the connection during login ({e}); "
                                        "bouncebot retries on the next poll") from e
        except MailboxError:
            with contextlib.suppress(Exception):
                client.shutdown()
            raise
        client.normalise_times = False  # aware INTERNALDATEs, compared with `since` exactly
        try:
            client.capabilities()  # cached now, so polls never pay for it
        except _TRANSIENT as e:
            raise TransientMailboxError(f"the IMAP server {where} dropped the connection after login ({e})") from e
        return client

    def _count(self, client: IMAPClient) -> None:
        """Count commands (each takes a new tag) so tests and the benchmark can see round-trips."""
        imap = client._imap
        new_tag = imap._new_tag

        def counting_new_tag() -> bytes:
            self.commands += 1
            return new_tag()

        imap._new_tag = counting_new_tag

    def _client(self) -> IMAPClient:
        if self._conn is None:
            retrying = Retrying(
                stop=stop_after_attempt(CONNECT_ATTEMPTS),
                wait=wait_exponential(multiplier=0.25, max=2),
                retry=retry_if_exception_type(TransientMailboxError),
                reraise=True,
                before_sleep=lambda rs: log.info("IMAP connect to %s failed, retrying (attempt %d)",
                                                 self.imap, rs.attempt_number),
            )
            self._conn = retrying(self._open_once)
            self._selected = None
            self._special = None
        return self._conn

    def _drop(self) -> None:
        conn, self._conn, self._selected = self._conn, None, None
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.shutdown()

    def close(self) -> None:
        conn, self._conn, self._selected = self._conn, None, None
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.logout()
            with contextlib.suppress(Exception):
                conn.shutdown()

    @contextlib.contextmanager
    def _errors(self, doing: str) -> Iterator[None]:
        """Turn library and socket errors into MailboxErrors that say what happened and what to do."""
        try:
            yield
        except MailboxError:
            raise
        except _TRANSIENT as e:
            self._drop()
            raise TransientMailboxError(
                f"the connection to the IMAP server {self.imap} was lost while {doing} "
                f"({type(e).__name__}: {e}); bouncebot resumes from its cursor on the next poll. If this keeps "
                "happening, check the server and the network"
            ) from e
        except IMAPClientError as e:
            raise MailboxError(f"the IMAP server {self.imap} refused {doing}: {e}") from e

    def _select(self, folder: str, readonly: bool) -> dict[bytes, object]:
        """SELECT (or EXAMINE when read-only) unless that folder is already open that way."""
        client = self._client()
        if self._selected == (folder, readonly) and self._select_info is not None:
            return self._select_info
        try:
            info = client.select_folder(folder, readonly=readonly)
        except IMAPClientAbortError:
            raise
        except IMAPClientError as e:
            raise MailboxError(f"cannot open folder {folder!r} on {self.imap} ({e}): check the folder names "
                               "in the mailbox settings (`bouncebot mailbox check URL` lists them)") from e
        self._selected = (folder, readonly)
        self._select_info = info
        return info

    def _status(self, folder: str) -> dict[bytes, int]:
        """STATUS UIDVALIDITY UIDNEXT: one round trip, no SELECT. Reconnects once if the kept
        connection went stale while idle (servers log idle clients out)."""
        for attempt in (1, 2):
            client = self._client()
            try:
                return client.folder_status(folder, [b"UIDVALIDITY", b"UIDNEXT"])  # type: ignore[no-any-return]
            except _TRANSIENT:
                self._drop()
                if attempt == 2:
                    raise
            except IMAPClientError as e:
                raise MailboxError(f"cannot read folder {folder!r} on {self.imap} ({e}): check the folder "
                                   "names in the mailbox settings (`bouncebot mailbox check URL` lists them)") from e
        raise AssertionError("unreachable")

    def _special_folder(self, flag: bytes, configured: str | None, fallbacks: tuple[str, ...]) -> str | None:
        """Find Drafts/Sent by SPECIAL-USE (RFC 6154), not by name; fall back to common names."""
        if configured:
            return configured
        if self._special is None:
            found: dict[str, str] = {}
            names: set[str] = set()
            for flags, _delim, name in self._client().list_folders():
                names.add(name)
                for f in flags:
                    found.setdefault((f.decode() if isinstance(f, bytes) else str(f)).lower(), name)
            self._special, self._names = found, names
        special = self._special.get(flag.decode().lower())
        if special:
            return special
        lower = {n.lower(): n for n in self._names}
        for candidate in fallbacks:
            if candidate.lower() in lower:
                return lower[candidate.lower()]
        return None

    # --- reading ----------------------------------------------------------------------------------

    @staticmethod
    def _load_cursor(cursor: str | None) -> dict[str, dict[str, int]]:
        if not cursor:
            return {}
        try:
            state = json.loads(cursor)
            return {str(k): {"uidvalidity": int(v["uidvalidity"]), "last_uid": int(v["last_uid"])}
                    for k, v in state.items()}
        except (ValueError, TypeError, KeyError, AttributeError):
            log.warning("IMAP cursor unreadable (another backend's?): starting over; the store drops duplicates")
            return {}

    def fetch_new(self, cursor: str | None, since: datetime | None = None) -> Iterator[Fetched]:
        state = self._load_cursor(cursor)
        for folder in self.folders:
            yield from self._fetch_folder(folder, state, since)

    def _fetch_folder(self, folder: str, state: dict[str, dict[str, int]],
                      since: datetime | None) -> Iterator[Fetched]:
        readonly = self.mode != "managed"
        with self._errors(f"checking {folder} for new mail"):
            status = self._status(folder)
        validity, uidnext = int(status[b"UIDVALIDITY"]), int(status[b"UIDNEXT"])
        prev = state.get(folder)
        if prev is not None and prev["uidvalidity"] == validity:
            last, first_run = prev["last_uid"], False
            if uidnext <= last + 1:
                return  # idle: nothing arrived, one round trip spent
        else:
            if prev is not None:
                log.warning("UIDVALIDITY of %s changed (%s -> %s): resyncing%s; the store drops duplicates",
                            folder, prev["uidvalidity"], validity, f" from {since:%Y-%m-%d}" if since else "")
            last, first_run = 0, True
            if uidnext <= 1:
                return  # empty folder
        cutoff = since if (first_run and since is not None) else None
        with self._errors(f"listing new mail in {folder}"):
            info = self._select(folder, readonly)
            validity = int(info.get(b"UIDVALIDITY", validity))  # type: ignore[call-overload]
            criteria: list[object] = ["UID", f"{last + 1}:*"]
            if cutoff is not None:
                # SINCE is a day in the server's time zone: widen by a day, then compare exactly below
                criteria += ["SINCE", (cutoff - timedelta(days=1)).date()]
            uids = sorted(u for u in self._client().search(criteria) if u > last)
        for start in range(0, len(uids), SIZE_CHUNK):
            chunk = uids[start:start + SIZE_CHUNK]
            with self._errors(f"reading message sizes in {folder}"):
                self._reselect(folder, readonly, validity)
                sizes = {uid: int(d.get(b"RFC822.SIZE", 0))
                         for uid, d in self._client().fetch(chunk, [b"RFC822.SIZE"]).items()}
            for batch in _batches([u for u in chunk if u in sizes], sizes):
                with self._errors(f"fetching messages from {folder}"):
                    self._reselect(folder, readonly, validity)
                    data = self._client().fetch(batch, [b"BODY.PEEK[]", b"INTERNALDATE"])
                for uid in batch:
                    item = data.pop(uid, None)
                    if item is None:
                        continue  # expunged by another client since the search
                    body = item.get(b"BODY[]")
                    if body is None:
                        log.warning("IMAP message %s:%s in %s came back without a body; skipped",
                                    validity, uid, folder)
                        continue
                    when = item.get(b"INTERNALDATE")
                    if cutoff is not None and isinstance(when, datetime) and _older(when, cutoff):
                        continue
                    state[folder] = {"uidvalidity": validity, "last_uid": uid}
                    raw = RawMessage(mailbox=self.url, uid=f"{validity}:{uid}", data=bytes(body), folder=folder)
                    yield Fetched(raw=raw, cursor=json.dumps(state, sort_keys=True))

    def _reselect(self, folder: str, readonly: bool, validity: int) -> None:
        """Make sure `folder` is still the open one (the caller may have tagged or sent between yields)."""
        info = self._select(folder, readonly)
        now = int(info.get(b"UIDVALIDITY", validity))  # type: ignore[call-overload]
        if now != validity:
            raise TransientMailboxError(f"UIDVALIDITY of {folder} changed during a fetch: the next poll resyncs")

    # --- tagging ----------------------------------------------------------------------------------

    @staticmethod
    def _parse_uid(uid: str) -> tuple[int, int]:
        try:
            validity, _, n = uid.partition(":")
            return int(validity), int(n)
        except ValueError:
            raise MailboxError(f"not an IMAP message id: {uid!r}") from None

    def mark_processed(self, raw: RawMessage) -> None:
        if self.mode != "managed":
            return
        validity, uid = self._parse_uid(raw.uid)
        with self._errors(f"tagging message {raw.uid} in {raw.folder}"):
            info = self._select(raw.folder, readonly=False)
            if int(info.get(b"UIDVALIDITY", 0)) != validity:  # type: ignore[call-overload]
                log.warning("message %s: folder %s was renumbered; not tagged", raw.uid, raw.folder)
                return
            client = self._client()
            permanent = {f.decode() if isinstance(f, bytes) else str(f)
                         for f in info.get(b"PERMANENTFLAGS", ())}  # type: ignore[attr-defined]
            if "\\*" not in permanent and PROCESSED_TAG not in permanent:
                raise MailboxError(f"the IMAP server does not allow the keyword {PROCESSED_TAG} in {raw.folder}: "
                                   "use read-only mode, or a processed folder, or ask the provider")
            client.add_flags([uid], [PROCESSED_TAG])
            if self.processed_folder:
                if client.has_capability("MOVE"):
                    client.move([uid], self.processed_folder)
                else:
                    client.copy([uid], self.processed_folder)
                    client.add_flags([uid], [b"\\Deleted"])
                    client.uid_expunge([uid])

    # --- writing ----------------------------------------------------------------------------------

    def _append(self, folder: str, data: bytes, flags: tuple[bytes, ...], doing: str) -> str:
        with self._errors(doing):
            response = self._client().append(folder, data, flags=flags)
        got = _appenduid(response)
        return f"{folder}:{got[0]}:{got[1]}" if got else folder

    def save_draft(self, reply: OutgoingReply) -> str:
        data = reply.message.as_bytes(policy=policy.SMTP)
        with self._errors("finding the Drafts folder"):
            folder = self._special_folder(b"\\Drafts", self.drafts_folder, _FALLBACK_DRAFTS)
        if folder is None:
            raise MailboxError(f"no Drafts folder on {self.imap}: create one or name it with ?drafts=Folder")
        draft_id = self._append(folder, data, (b"\\Draft", b"\\Seen"), f"saving draft {reply.message_id}")
        log.info("reply %s saved as draft %s", reply.message_id, draft_id)
        return draft_id

    def send(self, reply: OutgoingReply) -> None:
        msg = reply.message
        if msg["Bcc"] is not None:
            msg = _copy(msg)
            del msg["Bcc"]
        data = msg.as_bytes(policy=policy.SMTP)
        sender = parseaddr(str(msg["From"] or ""))[1]
        rcpts = [a for _, a in getaddresses([str(v) for h in ("To", "Cc", "Bcc")
                                             for v in (reply.message.get_all(h) or [])]) if a]
        if not sender or not rcpts:
            raise MailboxError(f"reply {reply.message_id} has no sender or no recipients")
        self._submit(sender, rcpts, data, reply.message_id)
        log.info("reply %s submitted to %s", reply.message_id, self.smtp)
        if not self.sent_copy:
            return
        # Sent by now: a failure to file the copy must not make the pipeline send again.
        try:
            with self._errors("finding the Sent folder"):
                folder = self._special_folder(b"\\Sent", self.sent_folder, _FALLBACK_SENT)
                if folder is None:
                    folder = "Sent"
                    self._client().create_folder(folder)
                    self._special = None
            self._append(folder, data, (b"\\Seen",), f"filing {reply.message_id} in {folder}")
        except MailboxError as e:
            log.warning("reply %s was sent but not filed in Sent: %s", reply.message_id, e)

    def _smtp_connect(self) -> smtplib.SMTP:
        ep = self.smtp
        try:
            if ep.security == "ssl":
                conn: smtplib.SMTP = smtplib.SMTP_SSL(ep.host, ep.port, timeout=self.timeout,
                                                      context=self.ssl_context)
            else:
                conn = smtplib.SMTP(ep.host, ep.port, timeout=self.timeout)
            conn.ehlo()
            if ep.security == "starttls":
                if not conn.has_extn("starttls"):
                    conn.close()
                    raise MailboxError(f"the SMTP server {ep} does not offer STARTTLS: use ?smtp_tls=ssl with "
                                       "port 465, or check the SMTP host in the mailbox URL")
                conn.starttls(context=self.ssl_context)
                conn.ehlo()
        except ssl.SSLCertVerificationError as e:
            raise MailboxError(f"the SMTP server {ep} presented a certificate this machine does not trust "
                               f"({e.verify_message})") from e
        except (OSError, smtplib.SMTPException) as e:
            raise TransientMailboxError(
                f"cannot connect to the SMTP server {ep} ({type(e).__name__}: {e}): check ?smtp=host:port in the "
                "mailbox URL and that the server is up; the reply stays approved and is retried"
            ) from e
        try:
            if self.oauth_token and conn.has_extn("auth"):
                token = f"user={self.smtp_user}\x01auth=Bearer {self.oauth_token}\x01\x01"
                conn.auth("XOAUTH2", lambda challenge=None: token)
            elif self.smtp_password and conn.has_extn("auth"):
                conn.login(self.smtp_user, self.smtp_password)
        except smtplib.SMTPAuthenticationError as e:
            conn.close()
            raise MailboxError(
                f"the SMTP server {ep} refused the login for {self.smtp_user} ({e.smtp_code}): check "
                "BOUNCEBOT_SMTP_PASSWORD (or BOUNCEBOT_MAILBOX_PASSWORD) and that SMTP AUTH is enabled "
                "for this mailbox"
            ) from e
        except (OSError, smtplib.SMTPException) as e:
            conn.close()
            raise TransientMailboxError(f"the SMTP server {ep} failed during login ({e})") from e
        return conn

    def _submit(self, sender: str, rcpts: list[str], data: bytes, message_id: str) -> None:
        retrying = Retrying(stop=stop_after_attempt(CONNECT_ATTEMPTS), wait=wait_exponential(multiplier=0.25, max=2),
                            retry=retry_if_exception_type(TransientMailboxError), reraise=True)
        conn = retrying(self._smtp_connect)  # nothing has been sent yet, so retrying here is safe
        try:
            refused = conn.sendmail(sender, rcpts, data)
        except smtplib.SMTPRecipientsRefused as e:
            raise MailboxError(f"the SMTP server {self.smtp} refused every recipient of {message_id}: "
                               f"{sorted(e.recipients)}") from e
        except smtplib.SMTPResponseException as e:
            cls = MailboxError if e.smtp_code >= 500 else TransientMailboxError
            raise cls(f"the SMTP server {self.smtp} did not accept {message_id} ({e.smtp_code} "
                      f"{e.smtp_error!r})") from e
        except (OSError, smtplib.SMTPException) as e:
            raise TransientMailboxError(
                f"the connection to the SMTP server {self.smtp} failed while sending {message_id} ({e}); "
                "it is checked against Sent before any retry"
            ) from e
        finally:
            with contextlib.suppress(Exception):
                conn.quit()
        if refused:
            log.warning("reply %s: SMTP server refused some recipients (%d)", message_id, len(refused))

    def was_sent(self, message_id: str) -> bool:
        """Search Sent (and Drafts when delivering as drafts) for our Message-ID."""
        wanted = message_id.strip()
        if not wanted:
            return False
        with self._errors(f"looking for {wanted} in Sent"):
            folders = [self._special_folder(b"\\Sent", self.sent_folder, _FALLBACK_SENT)]
            if self.delivery == "draft":
                folders.append(self._special_folder(b"\\Drafts", self.drafts_folder, _FALLBACK_DRAFTS))
            for folder in folders:
                if folder is None:
                    continue
                self._select(folder, readonly=True)
                if self._client().search(["HEADER", "Message-ID", wanted]):
                    return True
        return False

    # --- check ------------------------------------------------------------------------------------

    def check(self) -> CheckResult:
        """Connect, list folders, and test each permission the configured mode and delivery need.

        Never raises for an unreachable or refusing server: the operator wants the reason, not a traceback.
        """
        problems: list[str] = []
        blocking = False
        can_read = can_draft = False
        try:
            with self._errors("listing folders"):
                listing = self._client().list_folders()
            names = {name: {f.decode() if isinstance(f, bytes) else str(f) for f in flags}
                     for flags, _d, name in listing}
            readable = 0
            for folder in self.folders:
                actual = folder if folder in names else None
                if actual is None and folder.upper() == "INBOX":
                    actual = next((n for n in names if n.upper() == "INBOX"), None)
                if actual is None:
                    problems.append(f"folder {folder!r} does not exist on the server "
                                    f"(it has: {', '.join(sorted(names))})")
                    continue
                if {"\\Noselect", "\\NonExistent"} & names[actual]:
                    problems.append(f"folder {folder!r} cannot be opened (\\Noselect)")
                    continue
                try:
                    with self._errors(f"opening {folder}"):
                        info = self._select(folder, readonly=self.mode != "managed")
                except MailboxError as e:
                    problems.append(str(e))
                    continue
                readable += 1
                if self.mode == "managed":
                    permanent = {f.decode() if isinstance(f, bytes) else str(f)
                                 for f in info.get(b"PERMANENTFLAGS", ())}  # type: ignore[attr-defined]
                    if "\\*" not in permanent and PROCESSED_TAG not in permanent:
                        blocking = True
                        problems.append(f"managed mode: the server does not allow the keyword {PROCESSED_TAG} "
                                        f"in {folder!r}")
            can_read = readable == len(self.folders)
            if self.mode == "managed" and self.processed_folder and self.processed_folder not in names:
                blocking = True
                problems.append(f"processed folder {self.processed_folder!r} does not exist")
            with self._errors("finding Drafts and Sent"):
                drafts = self._special_folder(b"\\Drafts", self.drafts_folder, _FALLBACK_DRAFTS)
                sent = self._special_folder(b"\\Sent", self.sent_folder, _FALLBACK_SENT)
                if drafts is None or drafts not in names:
                    problems.append("no Drafts folder: replies cannot be saved as drafts (name one with ?drafts=)")
                else:
                    can_draft = self._may_insert(drafts)
                    if not can_draft:
                        problems.append(f"no permission to add messages to {drafts!r}")
            if self.sent_copy and (sent is None or sent not in names):
                problems.append("no Sent folder: one named Sent is created on the first send")
        except MailboxError as e:
            problems.append(str(e))
        can_send = False
        try:
            conn = self._smtp_connect()
            with contextlib.suppress(Exception):
                conn.quit()
            can_send = True
        except MailboxError as e:
            problems.append(f"sending: {e}")
        delivers = can_draft if self.delivery == "draft" else can_send
        return CheckResult(ok=can_read and delivers and not blocking, folders=self.folders, can_read=can_read,
                           can_draft=can_draft, can_send=can_send, problems=tuple(problems))

    def _may_insert(self, folder: str) -> bool:
        """ACL `i` right where the server has ACLs (RFC 4314); otherwise existing is enough."""
        client = self._client()
        if not client.has_capability("ACL"):
            return True
        try:
            rights = client._command_and_check("myrights", client._normalise_folder(folder), unpack=True)
        except IMAPClientError:
            return True
        text = rights.decode(errors="replace") if isinstance(rights, bytes) else str(rights)
        return "i" in text.rsplit(" ", 1)[-1]


def _older(when: datetime, cutoff: datetime) -> bool:
    """Compare an INTERNALDATE with `since` (a naive `since` means local time, as for Maildir)."""
    return when.timestamp() < cutoff.timestamp()


def _copy(msg: EmailMessage) -> EmailMessage:
    from email import message_from_bytes

    return message_from_bytes(msg.as_bytes(policy=policy.SMTP), policy=policy.SMTP)  # type: ignore[return-value]


