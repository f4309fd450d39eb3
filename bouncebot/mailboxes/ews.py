"""Exchange Web Services (on-premises Exchange, and Exchange Online until EWS is switched off there).

URL form::

    ews://svc-user@mail.practice.nhs.uk/shared@practice.nhs.uk              NTLM, delegate access
    ews://outlook.office365.com/shared@nhs.net?auth=oauth                    app-only OAuth2, impersonation
    ews://bot@127.0.0.1/shared@practice.test?endpoint=http://127.0.0.1:8080/EWS/Exchange.asmx
          &auth=basic&allow_http=1                                          (tests / fake server)

Query options: `auth` (ntlm | basic | oauth | noauth; default ntlm, or oauth when no user is given),
`access` (delegate | impersonation; default delegate, impersonation for oauth), `endpoint` (the EWS
service URL; default https://HOST/EWS/Exchange.asmx), `allow_http` (1 to allow a plain-HTTP endpoint,
tests only), `version` (e.g. 15.1; default 15.1 so exchangelib never guesses), `max_wait` (seconds of
throttling back-off tolerated before giving up, default 120), `authority` (OAuth token authority, tests).

Why these choices (tech notes §1):
- SyncFolderItems is the cursor: an idle poll is one small SOAP call, O(1) in mailbox size. We page
  SyncFolderItems ourselves (instead of `folder.sync_items()`, which only exposes the state after the
  whole folder was consumed) so each page's state can be stored with the messages of that page, and
  only ids and a few small fields are listed; MIME is fetched one message at a time (streaming).
- Replies are created from the OutgoingReply's MIME (CreateItem with MimeContent), so our own
  Message-ID, In-Reply-To/References and the loop header survive exactly; `was_sent` can then find the
  reply in Sent Items by its internet Message-ID after a crash (exactly-once send).
- exchangelib's default retry policy is FailFast; we use a bounded FaultTolerance (default 120 s)
  so a throttled mailbox never parks a worker thread for an hour, and we treat HTTP 401 as an
  authentication failure (exchangelib's FaultTolerance would otherwise retry it as throttling).

Secrets: BOUNCEBOT_MAILBOX_PASSWORD (NTLM/basic), BOUNCEBOT_CLIENT_ID, BOUNCEBOT_CLIENT_SECRET and
BOUNCEBOT_TENANT_ID (OAuth), from the environment or the secrets file, never from the URL.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

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
from bouncebot.mailboxes.secrets import require_secret, secret
from bouncebot.model import OutgoingReply, RawMessage
from bouncebot.settings import MailboxSettings

log = logging.getLogger(__name__)

#: Fields listed by SyncFolderItems: small ones only (never body or MIME: the server refuses those).
SYNC_FIELDS = ("datetime_received",)
#: Changes per SyncFolderItems call (the server caps it at 512).
DEFAULT_PAGE_SIZE = 256
#: PidTagMessageFlags; MSGFLAG_UNSENT marks an item created from MIME as a draft Outlook can send.
MSGFLAG_UNSENT = 0x8


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in ("1", "true", "yes", "on")


class EwsMailbox(Mailbox):
    """A shared mailbox reached through EWS by a service user (delegate) or an app (impersonation)."""

    def __init__(
        self,
        *,
        url: str,
        primary_smtp_address: str,
        service_endpoint: str,
        username: str | None = None,
        auth: str = "ntlm",
        access: str = "delegate",
        mode: Mode = "read-only",
        delivery: Delivery = "send",
        folders: tuple[str, ...] = ("INBOX",),
        processed_folder: str | None = None,
        version: str = "15.1",
        max_wait: float = 120.0,
        allow_http: bool = False,
        authority: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        secrets: Mapping[str, str] | None = None,
    ) -> None:
        if auth not in ("ntlm", "basic", "oauth", "noauth"):
            raise MailboxError(f"EWS mailbox {url}: auth must be ntlm, basic, oauth or noauth, not {auth!r}")
        if access not in ("delegate", "impersonation"):
            raise MailboxError(f"EWS mailbox {url}: access must be delegate or impersonation, not {access!r}")
        if service_endpoint.lower().startswith("http://") and not allow_http:
            raise MailboxError(
                f"EWS mailbox {url}: the endpoint {service_endpoint} is plain HTTP; use https, "
                "or add allow_http=1 to the URL (only for a local test server)"
            )
        self.url = url
        #: Secrets handed over directly (embedding, tests); otherwise environment / secrets file.
        self.secrets = dict(secrets or {})
        self.primary_smtp_address = primary_smtp_address
        self.service_endpoint = service_endpoint
        self.username = username
        self.auth = auth
        self.access = access
        self.mode = mode
        self.delivery = delivery
        self.folders = folders
        self.processed_folder = processed_folder
        self.version = version
        self.max_wait = max_wait
        self.authority = authority
        self.page_size = max(1, min(int(page_size), 512))
        self._account: Any = None
        self._folder_cache: dict[str, Any] = {}

    # -- construction -------------------------------------------------------------------------

    @classmethod
    def from_settings(cls, cfg: MailboxSettings, secrets: Mapping[str, str] | None = None) -> EwsMailbox:
        """Parse `ews://[user@]host/shared@practice?options` plus optional settings fields."""
        parts = urlsplit(cfg.url)
        if parts.password:
            raise MailboxError(
                "the EWS mailbox URL contains a password: remove it from the URL and set "
                "BOUNCEBOT_MAILBOX_PASSWORD (environment or secrets file) instead"
            )
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        host = parts.hostname or ""
        if parts.port:
            host = f"{host}:{parts.port}"
        user = unquote(parts.username) if parts.username else None
        shared = unquote(parts.path.lstrip("/")) or (user or "")
        if not host or "@" not in shared:
            raise MailboxError(
                f"EWS mailbox URL {cfg.url!r} must look like ews://user@host/shared@practice "
                "(the shared mailbox's SMTP address after the host)"
            )
        auth = query.get("auth") or getattr(cfg, "auth", None) or ("ntlm" if user else "oauth")
        access = query.get("access") or getattr(cfg, "access", None)
        if not access:
            access = "impersonation" if auth == "oauth" else "delegate"
        endpoint = query.get("endpoint") or getattr(cfg, "endpoint", None) or f"https://{host}/EWS/Exchange.asmx"
        allow_http = _flag(query.get("allow_http")) or bool(getattr(cfg, "allow_http", False))
        max_wait = float(query.get("max_wait") or getattr(cfg, "max_wait", None) or 120)
        public_url = cfg.url.split("?", 1)[0]
        return cls(
            url=public_url,
            primary_smtp_address=shared,
            service_endpoint=endpoint,
            username=user,
            auth=auth,
            access=access,
            mode=cfg.mode,
            delivery=cfg.delivery,
            folders=tuple(cfg.folders),
            processed_folder=cfg.processed_folder,
            version=query.get("version") or getattr(cfg, "version", None) or "15.1",
            max_wait=max_wait,
            allow_http=allow_http,
            authority=query.get("authority") or getattr(cfg, "authority", None),
            page_size=int(query.get("page_size") or DEFAULT_PAGE_SIZE),
            secrets=secrets,
        )

    def _secret(self, name: str, purpose: str) -> str:
        """A secret given to the constructor, else from the environment or secrets file."""
        return self.secrets.get(name) or require_secret(name, purpose)

    def _credentials(self) -> Any:
        from exchangelib import Credentials, Identity, OAuth2Credentials

        if self.auth == "noauth":
            return None
        if self.auth == "oauth":
            client_id = self._secret("BOUNCEBOT_CLIENT_ID", f"EWS OAuth for {self.url}")
            client_secret = self._secret("BOUNCEBOT_CLIENT_SECRET", f"EWS OAuth for {self.url}")
            tenant_id = self.secrets.get("BOUNCEBOT_TENANT_ID") or secret("BOUNCEBOT_TENANT_ID") or "common"
            authority = self.authority

            class _Creds(OAuth2Credentials):
                """OAuth2 client credentials whose token endpoint can be pointed at a test authority."""

                @property
                def token_url(self) -> str:  # type: ignore[override]
                    if authority:
                        return f"{authority.rstrip('/')}/{self.tenant_id}/oauth2/v2.0/token"
                    return super().token_url

            return _Creds(
                client_id=client_id,
                client_secret=client_secret,
                tenant_id=tenant_id,
                identity=Identity(primary_smtp_address=self.primary_smtp_address),
            )
        if not self.username:
            raise MailboxError(f"EWS mailbox {self.url}: {self.auth} authentication needs a user in the URL")
        password = self._secret("BOUNCEBOT_MAILBOX_PASSWORD", f"EWS login for {self.url}")
        return Credentials(username=self.username, password=password)

    @property
    def account(self) -> Any:
        """The exchangelib Account, built lazily (no network until the first real call)."""
        if self._account is None:
            from exchangelib import DELEGATE, IMPERSONATION, Account, Build, Configuration, Version
            from exchangelib.transport import BASIC, NOAUTH, NTLM, OAUTH2

            major, _, minor = self.version.partition(".")
            auth_type = {"ntlm": NTLM, "basic": BASIC, "oauth": OAUTH2, "noauth": NOAUTH}[self.auth]
            config = Configuration(
                service_endpoint=self.service_endpoint,
                credentials=self._credentials(),
                auth_type=auth_type,
                version=Version(build=Build(int(major), int(minor or 0))),
                retry_policy=_bounded_fault_tolerance(self.max_wait),
            )
            self._account = Account(
                primary_smtp_address=self.primary_smtp_address,
                config=config,
                autodiscover=False,
                access_type=IMPERSONATION if self.access == "impersonation" else DELEGATE,
            )
        return self._account

    # -- errors ---------------------------------------------------------------------------------

    def _translate(self, exc: Exception, doing: str) -> MailboxError:
        """Map exchangelib/requests errors onto the two errors the worker understands."""
        from exchangelib.errors import (
            CASError,
            ErrorAccessDenied,
            ErrorImpersonateUserDenied,
            ErrorInternalServerTransientError,
            ErrorNonExistentMailbox,
            ErrorServerBusy,
            ErrorTimeoutExpired,
            RateLimitError,
            TransportError,
            UnauthorizedError,
        )

        where = f"EWS mailbox {self.url} ({self.service_endpoint})"
        if isinstance(exc, MailboxError):
            return exc
        if isinstance(exc, UnauthorizedError | CASError):
            return MailboxError(
                f"{where}: {doing} was refused: the server did not accept the credentials. Check the user in "
                "the URL and BOUNCEBOT_MAILBOX_PASSWORD (or the app's client secret and permissions for OAuth)"
            )
        if isinstance(exc, ErrorAccessDenied | ErrorImpersonateUserDenied):
            return MailboxError(
                f"{where}: {doing} was denied: give the service account FullAccess (delegate) or the app "
                "ApplicationImpersonation / full_access_as_app on the shared mailbox"
            )
        if isinstance(exc, ErrorNonExistentMailbox):
            return MailboxError(f"{where}: the mailbox {self.primary_smtp_address} does not exist")
        if isinstance(exc, RateLimitError | ErrorServerBusy | ErrorInternalServerTransientError):
            return TransientMailboxError(f"{where}: {doing}: the server is throttling or busy; will retry later")
        if isinstance(exc, ErrorTimeoutExpired | TransportError | ConnectionError | TimeoutError | OSError):
            return TransientMailboxError(f"{where}: {doing}: cannot reach the server ({type(exc).__name__})")
        try:
            import requests

            if isinstance(exc, requests.RequestException):
                return TransientMailboxError(f"{where}: {doing}: connection failed ({type(exc).__name__})")
        except ImportError:  # pragma: no cover - requests comes with exchangelib
            pass
        return MailboxError(f"{where}: {doing} failed: {type(exc).__name__}: {exc}")

    # -- folders --------------------------------------------------------------------------------

    def _folder(self, name: str) -> Any:
        """A watched folder by name: INBOX is the distinguished inbox, others are found by display name."""
        if name in self._folder_cache:
            return self._folder_cache[name]
        account = self.account
        lowered = name.lower()
        if lowered == "inbox":
            folder = account.inbox
        elif lowered in ("drafts",):
            folder = account.drafts
        elif lowered in ("sent", "sent items"):
            folder = account.sent
        else:
            from exchangelib import Q
            from exchangelib.folders import DEEP, FolderCollection

            leaf = name.rsplit("/", 1)[-1]
            found = [
                f
                for f in FolderCollection(account=account, folders=[account.msg_folder_root]).find_folders(
                    q=Q(name=leaf), depth=DEEP
                )
                if not isinstance(f, Exception)
            ]
            if not found:
                raise MailboxError(
                    f"EWS mailbox {self.url}: no folder named {name!r}; fix `folders` in the settings "
                    "or create the folder in Outlook"
                )
            folder = found[0]
        self._folder_cache[name] = folder
        return folder

    # -- reading --------------------------------------------------------------------------------

    def fetch_new(self, cursor: str | None, since: datetime | None = None) -> Iterator[Fetched]:
        """Page SyncFolderItems per folder; fetch each new item's MIME as it is yielded.

        The cursor holds, per folder, the sync state a page was requested with and the id of the
        last message taken from that page (`{"s": state, "after": id}`); the last message of a page
        carries the page's new state instead. Resuming re-requests the page and skips up to that
        id, so every cursor resumes right after its message. If the id is no longer in the page
        (moved or deleted meanwhile) the page is replayed whole, which dedupe in the store absorbs.
        """
        state: dict[str, dict[str, str | None]] = {
            k: v if isinstance(v, dict) else {"s": v, "after": None}
            for k, v in (json.loads(cursor) if cursor else {}).items()
        }
        if since is not None and since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        for name in self.folders:
            yield from self._fetch_folder(name, state, since)

    def _fetch_folder(
        self, name: str, state: dict[str, dict[str, str | None]], since: datetime | None
    ) -> Iterator[Fetched]:
        from exchangelib.items import ID_ONLY, Message
        from exchangelib.services import SyncFolderItems

        try:
            folder = self._folder(name)
            fields = {f for f in folder.normalize_fields(fields=list(SYNC_FIELDS)) if not f.field.is_attribute}
        except Exception as exc:  # noqa: BLE001 - translated for the operator
            raise self._translate(exc, f"opening folder {name!r}") from exc
        position = state.get(name) or {"s": None, "after": None}
        sync_state, after = position.get("s"), position.get("after")
        while True:
            svc = SyncFolderItems(account=self.account)
            try:
                changes = list(
                    svc.call(
                        folder=folder,
                        shape=ID_ONLY,
                        additional_fields=fields,
                        sync_state=sync_state,
                        ignore=None,
                        max_changes_returned=self.page_size,
                        sync_scope=None,
                    )
                )
            except Exception as exc:  # noqa: BLE001
                raise self._translate(exc, f"syncing folder {name!r}") from exc
            new_state = svc.sync_state
            created = [
                item
                for change_type, item in changes
                if change_type == "create" and isinstance(item, Message) and not isinstance(item, Exception)
            ]
            if after is not None:
                ids = [item.id for item in created]
                if after in ids:
                    created = created[ids.index(after) + 1 :]
                after = None
            if since is not None:
                created = [i for i in created if i.datetime_received is None or i.datetime_received >= since]
            for i, item in enumerate(created):
                data = self._mime(item.id, name)
                if i == len(created) - 1 and new_state:
                    state[name] = {"s": new_state, "after": None}
                else:
                    state[name] = {"s": sync_state, "after": item.id}
                if data is None:
                    continue  # deleted or moved between the sync and the fetch: gone, not an error
                raw = RawMessage(mailbox=self.url, uid=item.id, data=data, folder=name)
                yield Fetched(raw=raw, cursor=json.dumps(state, sort_keys=True))
            if new_state:
                state[name] = {"s": new_state, "after": None}
            if not new_state or new_state == sync_state or svc.includes_last_item_in_range:
                break
            sync_state = new_state

    def _mime(self, item_id: str, folder: str) -> bytes | None:
        from exchangelib.errors import ErrorItemNotFound
        from exchangelib.properties import ItemId

        try:
            items = list(self.account.fetch(ids=[ItemId(id=item_id)], only_fields=["mime_content"]))
        except Exception as exc:  # noqa: BLE001
            raise self._translate(exc, f"fetching a message from {folder!r}") from exc
        item = items[0] if items else None
        if isinstance(item, ErrorItemNotFound) or item is None:
            log.info("EWS item %s in %s vanished before it could be fetched", item_id[-16:], folder)
            return None
        if isinstance(item, Exception):
            raise self._translate(item, f"fetching a message from {folder!r}")
        return bytes(item.mime_content or b"")

    # -- writing --------------------------------------------------------------------------------

    def mark_processed(self, raw: RawMessage) -> None:
        """Managed mode: add the PROCESSED_TAG category (and move, if a processed folder is set)."""
        if self.mode != "managed":
            return
        from exchangelib.errors import ErrorItemNotFound
        from exchangelib.properties import ItemId

        try:
            items = list(self.account.fetch(ids=[ItemId(id=raw.uid)], only_fields=["categories"]))
            item = items[0] if items else None
            if item is None or isinstance(item, ErrorItemNotFound):
                return  # moved away (e.g. by Docman): nothing to tag
            if isinstance(item, Exception):
                raise item
            categories = list(item.categories or [])
            if PROCESSED_TAG not in categories:
                item.categories = [*categories, PROCESSED_TAG]
                item.save(update_fields=["categories"])
            if self.processed_folder:
                item.move(self._folder(self.processed_folder))
        except Exception as exc:  # noqa: BLE001
            raise self._translate(exc, "tagging a processed message") from exc

    def _message_from_reply(self, reply: OutgoingReply, folder: Any, draft: bool) -> Any:
        from email import policy

        from exchangelib import Message

        msg = Message(
            account=self.account,
            folder=folder,
            mime_content=reply.message.as_bytes(policy=policy.SMTP),
        )
        if draft:
            _register_message_flags()
            msg.bouncebot_message_flags = MSGFLAG_UNSENT
        return msg

    def save_draft(self, reply: OutgoingReply) -> str:
        """CreateItem SaveOnly in Drafts from the reply's MIME, marked unsent so Outlook can send it."""
        try:
            msg = self._message_from_reply(reply, self.account.drafts, draft=True)
            msg.save()
        except Exception as exc:  # noqa: BLE001
            raise self._translate(exc, "saving a draft reply") from exc
        log.info("EWS draft saved for %s", reply.message_id)
        return str(msg.id)

    def send(self, reply: OutgoingReply) -> None:
        """CreateItem SendAndSaveCopy from the reply's MIME, with the copy in Sent Items."""
        try:
            msg = self._message_from_reply(reply, self.account.sent, draft=False)
            msg.send_and_save()
        except Exception as exc:  # noqa: BLE001
            raise self._translate(exc, "sending a reply") from exc
        log.info("EWS reply %s sent", reply.message_id)

    def was_sent(self, message_id: str) -> bool:
        """FindItem in Sent Items restricted on the internet Message-ID."""
        wanted = message_id.strip()
        candidates = {wanted, wanted.strip("<>"), f"<{wanted.strip('<>')}>"}
        try:
            for mid in candidates:
                if self.account.sent.filter(message_id=mid).exists():
                    return True
        except Exception as exc:  # noqa: BLE001
            raise self._translate(exc, "looking for a sent reply") from exc
        return False

    def check(self) -> CheckResult:
        """Resolve the watched folders and Drafts/Sent; report what is missing in plain words."""
        problems: list[str] = []
        found: list[str] = []
        can_read = can_draft = can_send = False
        try:
            for name in self.folders:
                try:
                    self._folder(name).refresh()
                    found.append(name)
                except MailboxError as exc:
                    problems.append(str(exc))
            can_read = bool(found)
            self.account.drafts.refresh()
            can_draft = True
            self.account.sent.refresh()
            can_send = True
        except Exception as exc:  # noqa: BLE001
            problems.append(str(self._translate(exc, "checking the mailbox")))
        return CheckResult(
            ok=not problems,
            folders=tuple(found),
            can_read=can_read,
            can_draft=can_draft,
            can_send=can_send,
            problems=tuple(problems),
        )

    def close(self) -> None:
        """Close this mailbox's HTTP sessions (the protocol is shared per endpoint and credentials)."""
        if self._account is not None:
            try:
                self._account.protocol.close()
            except Exception:  # noqa: BLE001 - closing must never fail the caller
                log.debug("closing EWS sessions failed", exc_info=True)
            self._account = None
            self._folder_cache.clear()


_FLAGS_REGISTERED = False


def _register_message_flags() -> None:
    """Register PidTagMessageFlags on Message once, so drafts can be created as unsent."""
    global _FLAGS_REGISTERED
    if _FLAGS_REGISTERED:
        return
    from exchangelib import ExtendedProperty, Message

    class MessageFlags(ExtendedProperty):
        property_tag = 0x0E07
        property_type = "Integer"

    with contextlib.suppress(ValueError):  # already registered (e.g. module reloaded)
        Message.register("bouncebot_message_flags", MessageFlags)
    _FLAGS_REGISTERED = True


def _bounded_fault_tolerance(max_wait: float) -> Any:
    """exchangelib FaultTolerance with a bounded wait and HTTP 401 treated as bad credentials.

    exchangelib's FaultTolerance retries 401 as throttling for up to max_wait; a wrong password
    would then look like a busy server for minutes. A 401 from EWS means the login failed.
    """
    from exchangelib.errors import UnauthorizedError
    from exchangelib.protocol import FaultTolerance

    class BoundedFaultTolerance(FaultTolerance):
        def raise_response_errors(self, response: Any) -> Any:
            if response.status_code == 401:
                raise UnauthorizedError(f"Invalid credentials for {response.url}")
            return super().raise_response_errors(response)

    return BoundedFaultTolerance(max_wait=max_wait)
