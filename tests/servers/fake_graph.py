"""A small, stateful Microsoft Graph mail API plus an Entra ID token endpoint, on 127.0.0.1 over HTTPS.

HTTPS because msal only accepts an https authority; the server makes a throwaway self-signed
certificate for 127.0.0.1 and exposes its path (`ca_file`) for the client to trust.

Endpoints (shaped as the Graph docs show them):
- GET  /{tenant}/v2.0/.well-known/openid-configuration, POST /{tenant}/oauth2/v2.0/token (client credentials)
- GET  /v1.0/users/{m}/mailFolders[?$filter=displayName eq 'X'], .../mailFolders/inbox/childFolders,
  .../mailFolders/{id}
- GET  .../mailFolders/{id}/messages/delta (Prefer: odata.maxpagesize, $filter receivedDateTime ge,
  changeType=created, @odata.nextLink / @odata.deltaLink, @removed)
- GET  .../mailFolders/{id}/messages?$filter=internetMessageId eq '...'
- GET  .../messages/{id}, GET .../messages/{id}/$value, PATCH .../messages/{id}, POST .../messages/{id}/move
- POST .../messages (base64 MIME as text/plain: a draft), POST .../sendMail (base64 MIME: send + Sent Items)

Fault injection: `throttle(n, retry_after)` (429 + Retry-After), `expire_tokens()` (401
InvalidAuthenticationToken until a new token is fetched), `drop_next_value()` (connection closed
mid-fetch), `stop()` (server down). Every Graph request's Prefer header is recorded so tests can
prove `IdType="ImmutableId"` was always sent.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import itertools
import json
import re
import socket
import ssl
import tempfile
import threading
from dataclasses import dataclass, field
from email import policy
from email.parser import BytesHeaderParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit

UTC = dt.UTC
WELL_KNOWN = {"inbox": "Inbox", "drafts": "Drafts", "sentitems": "Sent Items", "deleteditems": "Deleted Items"}


@dataclass
class GraphItem:
    id: str
    folder: str
    mime: bytes
    received: dt.datetime
    message_id: str
    categories: list[str] = field(default_factory=list)
    is_read: bool = False
    is_draft: bool = False
    version: int = 1

    def summary(self) -> dict:
        return {
            "@odata.type": "#microsoft.graph.message",
            "@odata.etag": f'W/"CQAAABYAAAD{self.version:08d}"',
            "id": self.id,
            "receivedDateTime": self.received.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "internetMessageId": self.message_id,
            "categories": list(self.categories),
            "isRead": self.is_read,
            "isDraft": self.is_draft,
            "parentFolderId": self.folder,
        }


class FakeGraph:
    """In-memory mailbox for one user plus the change log delta queries are answered from."""

    def __init__(self, mailbox: str = "shared@practice.test", tenant: str = "tenant-1",
                 client_id: str = "client-1", client_secret: str = "s3cret") -> None:
        self.mailbox = mailbox
        self.tenant = tenant
        self.client_id = client_id
        self.client_secret = client_secret
        self.lock = threading.RLock()
        self.folders: dict[str, str] = {f"AAMkF-{k}": name for k, name in WELL_KNOWN.items()}
        self.child_of_inbox: set[str] = set()
        self.items: dict[str, GraphItem] = {}
        self.events: list[tuple[int, str, str, str]] = []  # (seq, folder id, created|updated|deleted, item id)
        self._seq = itertools.count(1)
        self._ids = itertools.count(1)
        self._tokens = itertools.count(1)
        self.valid_tokens: set[str] = set()
        self.token_requests = 0
        self.requests: list[tuple[str, str]] = []  # (method, path) of Graph calls
        self.prefer_headers: list[str] = []
        self.sent_mime: list[bytes] = []
        self._throttle = 0
        self._retry_after = 1
        self._drop_value = 0

    # -- state helpers --------------------------------------------------------------------------

    def folder_id(self, name: str) -> str:
        key = name.lower()
        aliases = {"inbox": "inbox", "drafts": "drafts", "sent": "sentitems", "sent items": "sentitems",
                   "sentitems": "sentitems", "deleteditems": "deleteditems"}
        if key in aliases:
            return f"AAMkF-{aliases[key]}"
        with self.lock:
            if name in self.folders:
                return name
            for fid, display in self.folders.items():
                if display.lower() == key:
                    return fid
        raise KeyError(name)

    def add_folder(self, name: str, under_inbox: bool = False) -> str:
        with self.lock:
            fid = f"AAMkF-{name.replace(' ', '_')}"
            self.folders[fid] = name
            if under_inbox:
                self.child_of_inbox.add(fid)
            return fid

    def _event(self, folder: str, kind: str, item_id: str) -> None:
        self.events.append((next(self._seq), folder, kind, item_id))

    def add_item(self, mime: bytes, folder: str = "inbox", *, is_draft: bool = False,
                 received: dt.datetime | None = None) -> GraphItem:
        with self.lock:
            headers = BytesHeaderParser(policy=policy.compat32).parsebytes(mime)
            item = GraphItem(
                id=f"AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0A{next(self._ids):06d}AAA=",
                folder=self.folder_id(folder),
                mime=mime,
                received=received or dt.datetime.now(UTC),
                message_id=" ".join(str(headers.get("Message-ID", "")).split()),
                is_draft=is_draft,
            )
            self.items[item.id] = item
            self._event(item.folder, "created", item.id)
            return item

    def in_folder(self, folder: str) -> list[GraphItem]:
        fid = self.folder_id(folder)
        with self.lock:
            return [i for i in self.items.values() if i.folder == fid]

    def throttle(self, n: int = 1, retry_after: int = 1) -> None:
        with self.lock:
            self._throttle = n
            self._retry_after = retry_after

    def expire_tokens(self) -> None:
        with self.lock:
            self.valid_tokens.clear()

    def drop_next_value(self) -> None:
        with self.lock:
            self._drop_value += 1

    # -- dispatch -------------------------------------------------------------------------------

    def handle(self, method: str, raw_path: str, headers: dict[str, str], body: bytes,
               base: str) -> tuple[int, dict[str, str], bytes | None]:
        parts = urlsplit(raw_path)
        path = unquote(parts.path)
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        with self.lock:
            m = re.fullmatch(r"/([^/]+)/v2\.0/\.well-known/openid-configuration", path)
            if m and method == "GET":
                return self._discovery(m.group(1), base)
            m = re.fullmatch(r"/([^/]+)/oauth2/v2\.0/token", path)
            if m and method == "POST":
                return self._token(m.group(1), body)
            if not path.startswith("/v1.0/"):
                return _err(404, "ResourceNotFound", "Resource not found")
            self.requests.append((method, path))
            self.prefer_headers.append(headers.get("prefer", ""))
            auth = headers.get("authorization", "")
            if not auth.startswith("Bearer ") or auth[7:] not in self.valid_tokens:
                return _err(401, "InvalidAuthenticationToken", "Lifetime validation failed, the token is expired.")
            if self._throttle > 0:
                self._throttle -= 1
                status, hdrs, out = _err(429, "ApplicationThrottled", "Application is over its MailboxConcurrency "
                                                                     "limit.")
                hdrs["Retry-After"] = str(self._retry_after)
                return status, hdrs, out
            prefix = f"/v1.0/users/{self.mailbox}"
            if not path.lower().startswith(prefix.lower()):
                return _err(404, "ErrorInvalidUser", "The requested user is invalid.")
            rest = path[len(prefix):]
            return self._route(method, rest, query, headers, body, base)

    def _discovery(self, tenant: str, base: str) -> tuple[int, dict[str, str], bytes]:
        if tenant != self.tenant:
            return 400, {"Content-Type": "application/json"}, json.dumps(
                {"error": "invalid_tenant", "error_description": "AADSTS90002: Tenant not found."}).encode()
        doc = {
            "token_endpoint": f"{base}/{tenant}/oauth2/v2.0/token",
            "authorization_endpoint": f"{base}/{tenant}/oauth2/v2.0/authorize",
            "issuer": f"{base}/{tenant}/v2.0",
            "token_endpoint_auth_methods_supported": ["client_secret_post", "private_key_jwt"],
            "response_types_supported": ["code", "id_token", "code id_token", "id_token token"],
        }
        return 200, {"Content-Type": "application/json"}, json.dumps(doc).encode()

    def _token(self, tenant: str, body: bytes) -> tuple[int, dict[str, str], bytes]:
        form = {k: v[-1] for k, v in parse_qs(body.decode()).items()}
        self.token_requests += 1
        if (tenant != self.tenant or form.get("client_id") != self.client_id
                or form.get("client_secret") != self.client_secret
                or form.get("grant_type") != "client_credentials"):
            return 401, {"Content-Type": "application/json"}, json.dumps({
                "error": "invalid_client",
                "error_description": "AADSTS7000215: Invalid client secret provided.",
            }).encode()
        token = f"eyJ0eXAiOiJKV1QiLCJub25jZSI6{next(self._tokens):06d}"
        self.valid_tokens.add(token)
        out = {"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599, "access_token": token}
        return 200, {"Content-Type": "application/json"}, json.dumps(out).encode()

    def _route(self, method: str, rest: str, query: dict[str, str], headers: dict[str, str], body: bytes,
               base: str) -> tuple[int, dict[str, str], bytes | None]:
        if method == "GET" and rest in ("/mailFolders", "/mailFolders/inbox/childFolders"):
            under_inbox = rest.endswith("childFolders")
            wanted = None
            f = query.get("$filter", "")
            m = re.fullmatch(r"displayName eq '(.*)'", f)
            if m:
                wanted = m.group(1).replace("''", "'")
            out = [{"id": fid, "displayName": name} for fid, name in self.folders.items()
                   if (fid in self.child_of_inbox) == under_inbox and (wanted is None or name == wanted)]
            return _json(200, {"value": out})
        m = re.fullmatch(r"/mailFolders/([^/]+)(/messages(/delta)?)?", rest)
        if m and method == "GET":
            try:
                fid = self.folder_id(m.group(1))
            except KeyError:
                return _err(404, "ErrorItemNotFound", "The specified object was not found in the store.")
            if m.group(3):
                return self._delta(fid, query, headers, base, rest)
            if m.group(2):
                return self._list(fid, query)
            return _json(200, {"id": fid, "displayName": self.folders[fid],
                               "totalItemCount": len(self.in_folder(fid))})
        if method == "POST" and rest == "/sendMail":
            mime = self._mime_body(headers, body)
            if mime is None:
                return _err(400, "ErrorMimeContentInvalidBase64String", "Invalid base64 string for MIME content.")
            self.sent_mime.append(mime)
            item = self.add_item(mime, "sentitems")
            item.is_read = True
            return 202, {"Content-Length": "0"}, b""
        if method == "POST" and rest == "/messages":
            mime = self._mime_body(headers, body)
            if mime is None:
                return _err(400, "ErrorMimeContentInvalidBase64String", "Invalid base64 string for MIME content.")
            item = self.add_item(mime, "drafts", is_draft=True)
            item.is_read = True
            return _json(201, item.summary())
        m = re.fullmatch(r"/messages/([^/]+)(/\$value|/move)?", rest)
        if m:
            item = self.items.get(m.group(1))
            if item is None:
                return _err(404, "ErrorItemNotFound", "The specified object was not found in the store.")
            if m.group(2) == "/$value" and method == "GET":
                if self._drop_value > 0:
                    self._drop_value -= 1
                    return 200, {}, None
                return 200, {"Content-Type": "text/plain"}, item.mime
            if m.group(2) == "/move" and method == "POST":
                target = self.folder_id(json.loads(body)["destinationId"])
                self._event(item.folder, "deleted", item.id)
                item.folder = target
                item.version += 1
                self._event(target, "created", item.id)  # immutable ids: the id survives the move
                return _json(201, item.summary())
            if method == "GET" and not m.group(2):
                return _json(200, item.summary())
            if method == "PATCH" and not m.group(2):
                patch = json.loads(body)
                if "categories" in patch:
                    item.categories = list(patch["categories"])
                if "isRead" in patch:
                    item.is_read = bool(patch["isRead"])
                item.version += 1
                self._event(item.folder, "updated", item.id)
                return _json(200, item.summary())
        return _err(400, "BadRequest", f"fake Graph does not implement {method} {rest}")

    @staticmethod
    def _mime_body(headers: dict[str, str], body: bytes) -> bytes | None:
        if not headers.get("content-type", "").startswith("text/plain"):
            return None
        try:
            return base64.b64decode(body, validate=True)
        except ValueError:
            return None

    def _list(self, fid: str, query: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        f = query.get("$filter", "")
        m = re.fullmatch(r"internetMessageId eq '(.*)'", f)
        wanted = m.group(1).replace("''", "'") if m else None
        out = [i.summary() for i in self.items.values() if i.folder == fid
               and (wanted is None or i.message_id == wanted)]
        top = int(query.get("$top", "10"))
        return _json(200, {"value": out[:top]})

    def _delta(self, fid: str, query: dict[str, str], headers: dict[str, str], base: str,
               rest: str) -> tuple[int, dict[str, str], bytes]:
        token = query.get("$deltatoken") or query.get("$skiptoken")
        if token:
            try:
                st = json.loads(base64.urlsafe_b64decode(token))
                assert st["f"] == fid
            except Exception:  # noqa: BLE001
                return _err(410, "SyncStateNotFound", "The sync state is invalid or expired.")
        else:
            since_filter = None
            m = re.fullmatch(r"receivedDateTime ge (\S+)", query.get("$filter", ""))
            if m:
                since_filter = m.group(1)
            st = {"f": fid, "s": 0, "since": since_filter, "created_only": query.get("changeType") == "created"}
        page_size = 100
        m = re.search(r"odata\.maxpagesize=(\d+)", headers.get("prefer", ""))
        if m:
            page_size = int(m.group(1))
        since_dt = dt.datetime.fromisoformat(st["since"].replace("Z", "+00:00")) if st.get("since") else None
        pending = [e for e in self.events if e[0] > st["s"] and e[1] == fid
                   and (not st.get("created_only") or e[2] == "created")]
        page = pending[:page_size]
        value = []
        for _seq, _f, kind, item_id in page:
            item = self.items.get(item_id)
            if kind == "deleted" or item is None or item.folder != fid:
                if kind == "deleted" and not st.get("created_only"):
                    value.append({"@odata.type": "#microsoft.graph.message", "id": item_id,
                                  "@removed": {"reason": "deleted"}})
                continue
            if since_dt and item.received < since_dt:
                continue
            value.append(item.summary())
        done = len(page) == len(pending)
        new_seq = page[-1][0] if page else max([st["s"], *(e[0] for e in self.events)])
        new_state = dict(st, s=new_seq)
        encoded = base64.urlsafe_b64encode(json.dumps(new_state).encode()).decode()
        link_base = f"{base}/v1.0/users/{self.mailbox}{rest}"
        out: dict = {"@odata.context": f"{base}/v1.0/$metadata#Collection(message)", "value": value}
        if done:
            out["@odata.deltaLink"] = f"{link_base}?$deltatoken={quote(encoded)}"
        else:
            out["@odata.nextLink"] = f"{link_base}?$skiptoken={quote(encoded)}"
        return _json(200, out)


def _json(status: int, payload: dict) -> tuple[int, dict[str, str], bytes]:
    return status, {"Content-Type": "application/json; odata.metadata=minimal"}, json.dumps(payload).encode()


def _err(status: int, code: str, message: str) -> tuple[int, dict[str, str], bytes]:
    return _json(status, {"error": {"code": code, "message": message,
                                    "innerError": {"request-id": "00000000-0000-0000-0000-000000000000"}}})


def _make_certificate(directory: Path) -> tuple[Path, Path]:
    """A throwaway self-signed CA-capable certificate for 127.0.0.1 / localhost."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "fake-graph.localhost")])
    now = dt.datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([
            x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path = directory / "fake-graph.pem"
    key_path = directory / "fake-graph.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


class FakeGraphServer:
    """FakeGraph behind a real HTTPS server on 127.0.0.1 (a random free port)."""

    def __init__(self, state: FakeGraph | None = None, directory: Path | None = None) -> None:
        self.state = state or FakeGraph()
        self._tmp = None if directory else tempfile.TemporaryDirectory(prefix="fake-graph-")
        self.directory = Path(directory or self._tmp.name)  # type: ignore[union-attr]
        self.ca_file = ""
        self.port = 0
        self._httpd: ThreadingHTTPServer | None = None
        self._connections: set[socket.socket] = set()

    @property
    def base(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def mailbox_url(self, **extra: str) -> str:
        s = self.state
        query = {"base_url": f"{self.base}/v1.0", "authority": self.base, "ca_file": self.ca_file, **extra}
        return f"graph://{s.tenant}/{s.mailbox}?{urlencode(query)}"

    def start(self) -> FakeGraphServer:
        state = self.state
        server = self
        cert, key = _make_certificate(self.directory)
        self.ca_file = str(cert)

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                # Headers and body go out in separate writes: without this, Nagle + delayed ACK add 40 ms.
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                server._connections.add(self.connection)

            def finish(self) -> None:
                server._connections.discard(self.connection)
                super().finish()

            def log_message(self, *args: object) -> None:
                pass

            def _any(self) -> None:
                length = int(self.headers.get("Content-Length", "0") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {k.lower(): v for k, v in self.headers.items()}
                status, hdrs, out = state.handle(self.command, self.path, headers, body, server.base)
                if out is None:
                    self.close_connection = True
                    self.connection.close()
                    return
                self.send_response(status)
                for k, v in hdrs.items():
                    if k.lower() != "content-length":
                        self.send_header(k, v)
                self.send_header("Content-Length", str(len(out)))
                self.end_headers()
                self.wfile.write(out)

            do_GET = do_POST = do_PATCH = do_DELETE = _any  # noqa: N815 - http.server API

        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(cert, key)
        self._httpd = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self._httpd.daemon_threads = True
        self._httpd.socket = ctx.wrap_socket(self._httpd.socket, server_side=True)
        self.port = self._httpd.server_address[1]
        threading.Thread(target=self._httpd.serve_forever, args=(0.05,), name="fake-graph", daemon=True).start()
        return self

    def stop(self) -> None:
        """Stop listening and cut open keep-alive connections: the server is down, not just idle."""
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        for conn in list(self._connections):
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        self._connections.clear()

    def close(self) -> None:
        self.stop()
        if self._tmp is not None:
            self._tmp.cleanup()
