"""Microsoft Graph (Exchange Online / NHSmail): the default for NHSmail, since EXO switches EWS off.

URL form::

    graph://TENANT/mailbox@nhs.net
    graph://TENANT/mailbox@nhs.net?base_url=https://127.0.0.1:PORT/v1.0&authority=https://127.0.0.1:PORT
          &ca_file=/tmp/fake-ca.pem                                            (tests / fake server)

TENANT is the tenant id or domain (or set BOUNCEBOT_TENANT_ID and write `graph://-/mailbox@nhs.net`).
Query options (each also readable from a settings field of the same name): `base_url` (Graph root,
default https://graph.microsoft.com/v1.0), `authority` (default https://login.microsoftonline.com),
`ca_file` (a CA bundle to trust, for a test server), `page_size` (delta page size, default 50),
`max_retry_wait` (longest Retry-After honoured in-process, default 60 s).

Why plain httpx + msal (tech notes §2): the official SDK is async-only and very large, and the dozen
endpoints bouncebot needs are simple. Every request carries `Prefer: IdType="ImmutableId"` so ids
survive Docman moving mail between folders. Delta queries per folder are the cursor: the stored
`@odata.nextLink` / `@odata.deltaLink` makes an idle poll one request. Replies are created from the
OutgoingReply's MIME (POST /messages for a draft, POST /sendMail to send, both base64 MIME as
text/plain per the Graph docs), so our Message-ID, In-Reply-To/References and loop header survive
exactly and `was_sent` can find the reply in Sent Items by internetMessageId after a crash.

Secrets: BOUNCEBOT_CLIENT_ID, BOUNCEBOT_CLIENT_SECRET (and BOUNCEBOT_TENANT_ID if not in the URL),
from the environment or the secrets file. The app needs Mail.ReadWrite and Mail.Send (application),
restricted to the practice mailbox with RBAC for Applications (see docs/operators.md).
"""

from __future__ import annotations

import base64
import json
import logging
import random
import ssl
import time
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from email import policy
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

import httpx

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

GRAPH_BASE = "https://graph.microsoft.com/v1.0"
AUTHORITY = "https://login.microsoftonline.com"
SCOPE = "https://graph.microsoft.com/.default"
IMMUTABLE = 'IdType="ImmutableId"'
WELL_KNOWN = {"inbox": "inbox", "drafts": "drafts", "sent": "sentitems", "sent items": "sentitems",
              "sentitems": "sentitems", "deleteditems": "deleteditems", "archive": "archive"}
RETRY_STATUSES = (429, 503, 504)


class GraphMailbox(Mailbox):
    """A mailbox reached with app-only (client-credentials) Graph access."""

    def __init__(
        self,
        *,
        url: str,
        tenant: str,
        mailbox: str,
        mode: Mode = "read-only",
        delivery: Delivery = "send",
        folders: tuple[str, ...] = ("INBOX",),
        processed_folder: str | None = None,
        base_url: str = GRAPH_BASE,
        authority: str = AUTHORITY,
        ca_file: str | None = None,
        page_size: int = 50,
        max_retries: int = 4,
        max_retry_wait: float = 60.0,
        timeout: float = 30.0,
        secrets: Mapping[str, str] | None = None,
    ) -> None:
        self.url = url
        #: Secrets handed over directly (embedding, tests); otherwise environment / secrets file.
        self.secrets = dict(secrets or {})
        self.tenant = tenant
        self.mailbox = mailbox
        self.mode = mode
        self.delivery = delivery
        self.folders = folders
        self.processed_folder = processed_folder
        self.base_url = base_url.rstrip("/")
        self.authority = authority.rstrip("/")
        self.ca_file = ca_file
        self.page_size = max(1, min(int(page_size), 1000))
        self.max_retries = max_retries
        self.max_retry_wait = max_retry_wait
        self.timeout = timeout
        self._app: Any = None
        self._token: str | None = None
        self._client: httpx.Client | None = None
        self._folder_ids: dict[str, str] = {}

    @classmethod
    def from_settings(cls, cfg: MailboxSettings, secrets: Mapping[str, str] | None = None) -> GraphMailbox:
        parts = urlsplit(cfg.url)
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        tenant = unquote(parts.netloc)
        if tenant in ("", "-"):
            tenant = secret("BOUNCEBOT_TENANT_ID") or ""
        mailbox = unquote(parts.path.lstrip("/"))
        if not tenant or "@" not in mailbox:
            raise MailboxError(
                f"Graph mailbox URL {cfg.url!r} must look like graph://TENANT/mailbox@nhs.net "
                "(TENANT is the tenant id or domain; or set BOUNCEBOT_TENANT_ID and use graph://-/...)"
            )

        def opt(name: str, default: Any) -> Any:
            return query.get(name) or getattr(cfg, name, None) or default

        return cls(
            url=cfg.url.split("?", 1)[0],
            tenant=tenant,
            mailbox=mailbox,
            mode=cfg.mode,
            delivery=cfg.delivery,
            folders=tuple(cfg.folders),
            processed_folder=cfg.processed_folder,
            base_url=opt("base_url", GRAPH_BASE),
            authority=opt("authority", AUTHORITY),
            ca_file=opt("ca_file", None),
            page_size=int(opt("page_size", 50)),
            max_retry_wait=float(opt("max_retry_wait", 60)),
            secrets=secrets,
        )

    # -- auth -----------------------------------------------------------------------------------

    def _secret(self, name: str, purpose: str) -> str:
        """A secret given to the constructor, else from the environment or secrets file."""
        return self.secrets.get(name) or require_secret(name, purpose)

    def _msal(self) -> Any:
        if self._app is None:
            import msal

            client_id = self._secret("BOUNCEBOT_CLIENT_ID", f"Graph access to {self.url}")
            client_secret = self._secret("BOUNCEBOT_CLIENT_SECRET", f"Graph access to {self.url}")
            known = self.authority == AUTHORITY
            try:
                self._app = msal.ConfidentialClientApplication(
                    client_id,
                    client_credential=client_secret,
                    authority=f"{self.authority}/{self.tenant}",
                    instance_discovery=None if known else False,
                    http_client=self._msal_http(),
                )
            except ValueError as exc:
                raise MailboxError(
                    f"Graph mailbox {self.url}: the tenant {self.tenant!r} was not found at {self.authority} "
                    f"({exc}); check the tenant id in the URL"
                ) from exc
            except Exception as exc:  # noqa: BLE001 - requests errors from OIDC discovery
                raise TransientMailboxError(
                    f"Graph mailbox {self.url}: cannot reach the sign-in service {self.authority} "
                    f"({type(exc).__name__})"
                ) from exc
        return self._app

    def _msal_http(self) -> Any:
        """A requests session for msal with our timeout and CA bundle applied per request.

        requests lets REQUESTS_CA_BUNDLE override a session's `verify`, so a CA file given for this
        mailbox has to be passed on every request to take effect.
        """
        import functools

        import requests

        session = requests.Session()
        adapter = requests.adapters.HTTPAdapter(max_retries=1)
        session.mount("https://", adapter)
        session.request = functools.partial(  # type: ignore[method-assign]
            session.request, timeout=self.timeout, verify=self.ca_file or True
        )
        return session

    def _access_token(self, *, fresh: bool = False) -> str:
        """An app-only token from msal (cached by msal until shortly before expiry)."""
        if self._token and not fresh:
            return self._token
        app = self._msal()
        if fresh:
            cache = app.token_cache
            for at in list(cache.search(cache.CredentialType.ACCESS_TOKEN)):
                cache.remove_at(at)
        try:
            result = app.acquire_token_for_client(scopes=[SCOPE])
        except Exception as exc:  # noqa: BLE001
            raise TransientMailboxError(
                f"Graph mailbox {self.url}: cannot reach the sign-in service ({type(exc).__name__})"
            ) from exc
        if "access_token" not in result:
            error = result.get("error", "unknown_error")
            if error in ("invalid_client", "unauthorized_client", "invalid_request"):
                raise MailboxError(
                    f"Graph mailbox {self.url}: sign-in refused ({error}): check BOUNCEBOT_CLIENT_ID and "
                    "BOUNCEBOT_CLIENT_SECRET (secrets expire: create a new one in the app registration)"
                )
            if error in ("temporarily_unavailable", "server_error"):
                raise TransientMailboxError(f"Graph mailbox {self.url}: sign-in service unavailable ({error})")
            raise MailboxError(f"Graph mailbox {self.url}: sign-in failed ({error}): check the app registration")
        self._token = str(result["access_token"])
        return self._token

    # -- HTTP -----------------------------------------------------------------------------------

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            verify: ssl.SSLContext | bool = ssl.create_default_context(cafile=self.ca_file) if self.ca_file else True
            self._client = httpx.Client(timeout=self.timeout, verify=verify)
        return self._client

    def _user(self) -> str:
        return f"{self.base_url}/users/{quote(self.mailbox)}"

    def _request(
        self,
        method: str,
        url: str,
        *,
        doing: str,
        prefer: tuple[str, ...] = (),
        ok: tuple[int, ...] = (200, 201, 202, 204),
        **kwargs: Any,
    ) -> httpx.Response:
        """One Graph call with immutable ids, Retry-After back-off and a single token refresh.

        Returns the response for statuses in `ok` (and 404/410, which callers interpret); raises
        TransientMailboxError for throttling that outlasts the retries or a dead connection, and
        MailboxError (with what to do) for auth and permission problems.
        """
        refreshed = False
        attempt = 0
        extra = dict(kwargs.pop("headers", None) or {})
        while True:
            headers = dict(extra)
            headers["Authorization"] = f"Bearer {self._access_token()}"
            headers["Prefer"] = ", ".join((IMMUTABLE, *prefer))
            try:
                response = self.client.request(method, url, headers=headers, **kwargs)
            except httpx.TransportError as exc:
                raise TransientMailboxError(
                    f"Graph mailbox {self.url}: {doing}: cannot reach {self.base_url} ({type(exc).__name__})"
                ) from exc
            status = response.status_code
            if status in ok or status in (404, 410):
                return response
            if status == 401 and not refreshed:
                log.info("Graph token rejected for %s; fetching a new one", self.url)
                refreshed = True
                self._access_token(fresh=True)
                continue
            if status in RETRY_STATUSES:
                attempt += 1
                wait = _retry_after(response)
                if wait is None:
                    wait = min(2.0**attempt, 30.0) * (0.5 + random.random() / 2)
                if attempt > self.max_retries or wait > self.max_retry_wait:
                    raise TransientMailboxError(
                        f"Graph mailbox {self.url}: {doing}: throttled or unavailable (HTTP {status}); "
                        f"will retry later"
                    )
                log.info("Graph HTTP %s while %s; waiting %.1fs (attempt %d)", status, doing, wait, attempt)
                time.sleep(wait)
                continue
            raise self._error(response, doing)

    def _error(self, response: httpx.Response, doing: str) -> MailboxError:
        status = response.status_code
        try:
            code = response.json().get("error", {}).get("code", "")
        except (ValueError, AttributeError):
            code = ""
        where = f"Graph mailbox {self.url}: {doing}"
        if status == 401:
            return MailboxError(
                f"{where}: the token was refused ({code or 'HTTP 401'}) even after signing in again: check the "
                "app registration's client secret and that admin consent was granted"
            )
        if status == 403:
            return MailboxError(
                f"{where}: access denied ({code or 'HTTP 403'}): the app needs the Mail.ReadWrite and Mail.Send "
                f"application permissions and an RBAC for Applications scope that includes {self.mailbox}"
            )
        if status >= 500:
            return TransientMailboxError(f"{where}: server error HTTP {status}; will retry later")
        return MailboxError(f"{where}: HTTP {status} {code}".rstrip())

    # -- folders --------------------------------------------------------------------------------

    def _folder_id(self, name: str) -> str:
        """A folder id: well-known names as-is, others looked up by display name (top level, then Inbox)."""
        lowered = name.lower()
        if lowered in WELL_KNOWN:
            return WELL_KNOWN[lowered]
        if name in self._folder_ids:
            return self._folder_ids[name]
        leaf = name.rsplit("/", 1)[-1].replace("'", "''")
        for parent in ("mailFolders", "mailFolders/inbox/childFolders"):
            response = self._request(
                "GET",
                f"{self._user()}/{parent}",
                params={"$filter": f"displayName eq '{leaf}'", "$select": "id,displayName"},
                doing=f"looking up folder {name!r}",
            )
            values = response.json().get("value", []) if response.status_code == 200 else []
            if values:
                self._folder_ids[name] = values[0]["id"]
                return self._folder_ids[name]
        raise MailboxError(
            f"Graph mailbox {self.url}: no folder named {name!r}; fix `folders` in the settings or create it"
        )

    # -- reading --------------------------------------------------------------------------------

    def fetch_new(self, cursor: str | None, since: datetime | None = None) -> Iterator[Fetched]:
        """Follow each folder's delta chain from the stored link; fetch MIME per message.

        The cursor holds, per folder, the link a page was requested with and the id of the last
        message taken from it (`{"link": ..., "after": id}`); the last message of a page carries the
        page's next link (or the final delta link) instead. Resuming re-requests the page and skips
        up to that id, so each cursor resumes right after its message; if the id is gone, the page
        is replayed whole and dedupe in the store absorbs it.
        """
        state: dict[str, dict[str, str | None]] = {
            k: v if isinstance(v, dict) else {"link": v, "after": None}
            for k, v in (json.loads(cursor) if cursor else {}).items()
        }
        for name in self.folders:
            yield from self._fetch_folder(name, state, since)

    def _initial_delta(self, name: str, since: datetime | None) -> tuple[str, dict[str, str]]:
        # changeType=created: category changes (our own tagging) and read-state changes would
        # otherwise come back in every round and cost a MIME fetch each.
        params = {"$select": "id,receivedDateTime,internetMessageId", "changeType": "created"}
        if since is not None:
            when = since if since.tzinfo else since.replace(tzinfo=UTC)
            params["$filter"] = f"receivedDateTime ge {when.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}"
        return f"{self._user()}/mailFolders/{self._folder_id(name)}/messages/delta", params

    def _fetch_folder(
        self, name: str, state: dict[str, dict[str, str | None]], since: datetime | None
    ) -> Iterator[Fetched]:
        position = state.get(name) or {"link": None, "after": None}
        link, after = position.get("link"), position.get("after")
        params: dict[str, str] | None = None
        if not link:
            link, params = self._initial_delta(name, since)
        restarted = False
        while True:
            response = self._request(
                "GET", link, params=params, doing=f"listing new mail in {name!r}",
                prefer=(f"odata.maxpagesize={self.page_size}",),
            )
            if response.status_code in (404, 410):
                if response.status_code == 410 and not restarted:
                    # The delta token expired or was reset: start the round again (dedupe absorbs replays).
                    log.warning("Graph delta link for %s in %s expired; resyncing", name, self.url)
                    restarted = True
                    link, params = self._initial_delta(name, since)
                    after = None
                    continue
                raise self._error(response, f"listing new mail in {name!r}")
            page = response.json()
            following = page.get("@odata.nextLink") or page.get("@odata.deltaLink")
            # A link we can re-request for this page: the delta URL with its parameters applied.
            current = str(response.request.url)
            messages = [m for m in page.get("value", []) if "@removed" not in m and m.get("id")]
            if after is not None:
                ids = [m["id"] for m in messages]
                if after in ids:
                    messages = messages[ids.index(after) + 1 :]
                after = None
            for i, message in enumerate(messages):
                data = self._mime(message["id"], name)
                if i == len(messages) - 1 and following:
                    state[name] = {"link": following, "after": None}
                else:
                    state[name] = {"link": current, "after": message["id"]}
                if data is None:
                    continue
                raw = RawMessage(mailbox=self.url, uid=message["id"], data=data, folder=name)
                yield Fetched(raw=raw, cursor=json.dumps(state, sort_keys=True))
            if following:
                state[name] = {"link": following, "after": None}
            if "@odata.nextLink" not in page:
                return
            link, params = page["@odata.nextLink"], None

    def _mime(self, message_id: str, folder: str) -> bytes | None:
        response = self._request(
            "GET", f"{self._user()}/messages/{quote(message_id)}/$value", doing=f"fetching a message from {folder!r}"
        )
        if response.status_code == 404:
            log.info("Graph message %s in %s vanished before it could be fetched", message_id[-16:], folder)
            return None
        if response.status_code != 200:
            raise self._error(response, f"fetching a message from {folder!r}")
        return response.content

    # -- writing --------------------------------------------------------------------------------

    def mark_processed(self, raw: RawMessage) -> None:
        if self.mode != "managed":
            return
        item = f"{self._user()}/messages/{quote(raw.uid)}"
        response = self._request("GET", item, params={"$select": "categories"}, doing="reading categories")
        if response.status_code == 404:
            return  # moved or deleted by someone else
        categories = list(response.json().get("categories") or [])
        if PROCESSED_TAG not in categories:
            self._request("PATCH", item, json={"categories": [*categories, PROCESSED_TAG]},
                          doing="tagging a processed message")
        if self.processed_folder:
            self._request("POST", f"{item}/move", json={"destinationId": self._folder_id(self.processed_folder)},
                          doing="moving a processed message")

    @staticmethod
    def _mime_body(reply: OutgoingReply) -> bytes:
        return base64.b64encode(reply.message.as_bytes(policy=policy.SMTP))

    def save_draft(self, reply: OutgoingReply) -> str:
        """POST /messages with the MIME: Graph creates it in Drafts with our headers intact."""
        response = self._request(
            "POST", f"{self._user()}/messages", content=self._mime_body(reply),
            headers={"Content-Type": "text/plain"}, doing="saving a draft reply",
        )
        if response.status_code not in (200, 201):
            raise self._error(response, "saving a draft reply")
        log.info("Graph draft saved for %s", reply.message_id)
        return str(response.json()["id"])

    def send(self, reply: OutgoingReply) -> None:
        """POST /sendMail with the MIME; Graph keeps a copy in Sent Items."""
        response = self._request(
            "POST", f"{self._user()}/sendMail", content=self._mime_body(reply),
            headers={"Content-Type": "text/plain"}, doing="sending a reply",
        )
        if response.status_code != 202:
            raise self._error(response, "sending a reply")
        log.info("Graph reply %s sent", reply.message_id)

    def was_sent(self, message_id: str) -> bool:
        wanted = message_id.strip()
        if not wanted.startswith("<"):
            wanted = f"<{wanted}>"
        response = self._request(
            "GET", f"{self._user()}/mailFolders/sentitems/messages",
            params={"$filter": f"internetMessageId eq '{wanted.replace(chr(39), chr(39) * 2)}'",
                    "$select": "id,internetMessageId", "$top": "1"},
            doing="looking for a sent reply",
        )
        if response.status_code != 200:
            raise self._error(response, "looking for a sent reply")
        return bool(response.json().get("value"))

    def check(self) -> CheckResult:
        problems: list[str] = []
        found: list[str] = []
        can_draft = can_send = False
        try:
            for name in self.folders:
                try:
                    response = self._request("GET", f"{self._user()}/mailFolders/{self._folder_id(name)}",
                                             doing=f"opening folder {name!r}")
                    if response.status_code == 200:
                        found.append(name)
                    else:
                        problems.append(f"folder {name!r} not found in {self.mailbox}")
                except MailboxError as exc:
                    problems.append(str(exc))
            for well_known in ("drafts", "sentitems"):
                response = self._request("GET", f"{self._user()}/mailFolders/{well_known}",
                                         doing=f"opening {well_known}")
                if response.status_code == 200:
                    can_draft = can_draft or well_known == "drafts"
                    can_send = can_send or well_known == "sentitems"
        except MailboxError as exc:
            problems.append(str(exc))
        return CheckResult(
            ok=not problems, folders=tuple(found), can_read=bool(found), can_draft=can_draft, can_send=can_send,
            problems=tuple(problems),
        )

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            return max(0.0, (parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds())
        except (TypeError, ValueError):
            return None
