"""A small, stateful Exchange Web Services server on 127.0.0.1 for tests.

It speaks enough SOAP for exchangelib 5.x to do its real serialisation and parsing: GetFolder,
FindFolder, SyncFolderItems (sync state + MaxChangesReturned paging + IncludesLastItemInRange),
GetItem (MimeContent base64, categories), CreateItem (SaveOnly / SendAndSaveCopy with
SavedItemFolderId, MimeContent), UpdateItem (categories), MoveItem, FindItem with an
InternetMessageId restriction. Responses are shaped as Microsoft documents them (s:Envelope with
ServerVersionInfo in the header, m:/t: namespaces).

Fault injection, so tests exercise the client's own error handling:
- `throttle(n, backoff_ms)`: the next n requests get an ErrorServerBusy SOAP fault with
  BackOffMilliseconds in MessageXml (what Exchange sends when a throttling budget is exceeded);
- a wrong password gets HTTP 401 (Basic auth is checked on every request);
- `drop_next_getitem()`: the next GetItem closes the connection without answering (dropped mid-fetch);
- `stop()`: the port stops answering (server down).

Mailbox state (folders Inbox, Drafts, Sent Items, plus any added) is in memory and inspectable.
"""

from __future__ import annotations

import base64
import contextlib
import itertools
import json
import socket
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.parser import BytesHeaderParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

from lxml import etree

SOAP = "http://schemas.xmlsoap.org/soap/envelope/"
M = "http://schemas.microsoft.com/exchange/services/2006/messages"
T = "http://schemas.microsoft.com/exchange/services/2006/types"
E = "http://schemas.microsoft.com/exchange/services/2006/errors"

DISTINGUISHED = {
    "root": ("Root", None),
    "msgfolderroot": ("Top of Information Store", "root"),
    "inbox": ("Inbox", "msgfolderroot"),
    "drafts": ("Drafts", "msgfolderroot"),
    "sentitems": ("Sent Items", "msgfolderroot"),
    "deleteditems": ("Deleted Items", "msgfolderroot"),
}


@dataclass
class Item:
    id: str
    folder: str
    mime: bytes
    received: datetime
    message_id: str
    categories: list[str] = field(default_factory=list)
    is_read: bool = False
    is_draft: bool = False
    version: int = 1

    @property
    def changekey(self) -> str:
        return f"CQAAABYAAAD{self.version:08d}"


@dataclass
class Folder:
    id: str
    name: str
    parent: str | None
    distinguished: str | None = None


class FakeExchange:
    """In-memory mailbox state plus the event log SyncFolderItems is answered from."""

    def __init__(self, mailbox: str = "shared@practice.test", username: str = "bot",
                 password: str = "secret") -> None:
        self.mailbox = mailbox
        self.username = username
        self.password = password
        self.lock = threading.RLock()
        self.folders: dict[str, Folder] = {
            f"F-{key}": Folder(id=f"F-{key}", name=name, parent=f"F-{parent}" if parent else None, distinguished=key)
            for key, (name, parent) in DISTINGUISHED.items()
        }
        self.items: dict[str, Item] = {}
        self.events: list[tuple[int, str, str, str]] = []  # (seq, folder id, kind, item id)
        self._seq = itertools.count(1)
        self._ids = itertools.count(1)
        self.requests: list[str] = []  # SOAP operation names, in order
        self.sent_mime: list[bytes] = []  # what SendAndSaveCopy "transmitted"
        self._throttle = 0
        self._backoff_ms = 100
        self._drop_getitem = 0

    # -- state helpers (also used by harnesses) ------------------------------------------------

    def folder_id(self, name_or_key: str) -> str:
        key = name_or_key.lower()
        aliases = {"inbox": "inbox", "drafts": "drafts", "sent": "sentitems", "sent items": "sentitems",
                   "sentitems": "sentitems", "root": "root", "msgfolderroot": "msgfolderroot",
                   "deleteditems": "deleteditems"}
        if key in aliases:
            return f"F-{aliases[key]}"
        with self.lock:
            for f in self.folders.values():
                if f.name.lower() == key or f.id == name_or_key:
                    return f.id
        raise KeyError(name_or_key)

    def add_folder(self, name: str, parent: str = "msgfolderroot") -> str:
        with self.lock:
            fid = f"F-{name.replace(' ', '_')}"
            self.folders[fid] = Folder(id=fid, name=name, parent=self.folder_id(parent))
            return fid

    def _event(self, folder: str, kind: str, item_id: str) -> None:
        self.events.append((next(self._seq), folder, kind, item_id))

    def add_item(self, mime: bytes, folder: str = "inbox", *, is_draft: bool = False,
                 received: datetime | None = None) -> Item:
        with self.lock:
            headers = BytesHeaderParser(policy=policy.compat32).parsebytes(mime)
            item = Item(
                id=f"AAMkAGI2TG93AAA{next(self._ids):06d}=",
                folder=self.folder_id(folder),
                mime=mime,
                received=received or datetime.now(UTC),
                message_id=" ".join(str(headers.get("Message-ID", "")).split()),
                is_draft=is_draft,
            )
            self.items[item.id] = item
            self._event(item.folder, "Create", item.id)
            return item

    def in_folder(self, folder: str) -> list[Item]:
        fid = self.folder_id(folder)
        with self.lock:
            return [i for i in self.items.values() if i.folder == fid]

    def throttle(self, n: int = 1, backoff_ms: int = 100) -> None:
        with self.lock:
            self._throttle = n
            self._backoff_ms = backoff_ms

    def drop_next_getitem(self) -> None:
        with self.lock:
            self._drop_getitem += 1

    # -- SOAP ---------------------------------------------------------------------------------

    def handle(self, body: bytes) -> tuple[int, bytes | None]:
        """Answer one SOAP request. Returns (status, body); body None means drop the connection."""
        root = etree.fromstring(body)
        op_elem = root.find(f"{{{SOAP}}}Body")[0]
        op = etree.QName(op_elem).localname
        with self.lock:
            self.requests.append(op)
            if self._throttle > 0:
                self._throttle -= 1
                return 500, _fault_server_busy(self._backoff_ms)
            if op == "GetItem" and self._drop_getitem > 0:
                self._drop_getitem -= 1
                return 200, None
            handler = getattr(self, f"op_{op}", None)
            if handler is None:
                return 500, _fault("ErrorInvalidRequest", f"fake EWS does not implement {op}")
            return 200, _envelope(handler(op_elem))

    def _resolve_folder(self, elem: etree._Element) -> str | None:
        """A FolderId or DistinguishedFolderId element (or a container of one) to our folder id."""
        for child in elem.iter(f"{{{T}}}FolderId", f"{{{T}}}DistinguishedFolderId"):
            if etree.QName(child).localname == "FolderId":
                fid = child.get("Id")
                return fid if fid in self.folders else None
            return f"F-{child.get('Id')}" if f"F-{child.get('Id')}" in self.folders else None
        return None

    def _folder_xml(self, f: Folder) -> str:
        count = sum(1 for i in self.items.values() if i.folder == f.id)
        unread = sum(1 for i in self.items.values() if i.folder == f.id and not i.is_read)
        children = sum(1 for c in self.folders.values() if c.parent == f.id)
        parent = f'<t:ParentFolderId Id="{f.parent}" ChangeKey="AQ"/>' if f.parent else ""
        return (
            f'<t:Folder><t:FolderId Id="{f.id}" ChangeKey="AQAAAA"/>{parent}'
            f"<t:FolderClass>IPF.Note</t:FolderClass><t:DisplayName>{escape(f.name)}</t:DisplayName>"
            f"<t:TotalCount>{count}</t:TotalCount><t:ChildFolderCount>{children}</t:ChildFolderCount>"
            f"<t:UnreadCount>{unread}</t:UnreadCount></t:Folder>"
        )

    def op_GetFolder(self, op: etree._Element) -> str:
        parts = []
        for ref in op.find(f"{{{M}}}FolderIds"):
            fid = self._resolve_folder(ref)
            if fid is None:
                parts.append(_error_msg("GetFolder", "ErrorFolderNotFound", "The specified folder could not be found.",
                                        "<m:Folders/>"))
            else:
                parts.append(_ok_msg("GetFolder", f"<m:Folders>{self._folder_xml(self.folders[fid])}</m:Folders>"))
        return _response("GetFolder", parts)

    def op_FindFolder(self, op: etree._Element) -> str:
        parent = self._resolve_folder(op.find(f"{{{M}}}ParentFolderIds"))
        deep = op.get("Traversal") == "Deep"
        wanted = None
        restriction = op.find(f"{{{M}}}Restriction")
        if restriction is not None:
            const = restriction.find(f".//{{{T}}}Constant")
            wanted = const.get("Value") if const is not None else None

        def descendants(fid: str) -> list[Folder]:
            out = []
            for c in self.folders.values():
                if c.parent == fid:
                    out.append(c)
                    if deep:
                        out.extend(descendants(c.id))
            return out

        found = [f for f in descendants(parent or "") if wanted is None or f.name == wanted]
        body = "".join(self._folder_xml(f) for f in found)
        root = (f'<m:RootFolder IndexedPagingOffset="{len(found)}" TotalItemsInView="{len(found)}" '
                f'IncludesLastItemInRange="true"><t:Folders>{body}</t:Folders></m:RootFolder>')
        return _response("FindFolder", [_ok_msg("FindFolder", root)])

    def op_SyncFolderItems(self, op: etree._Element) -> str:
        fid = self._resolve_folder(op.find(f"{{{M}}}SyncFolderId"))
        state_elem = op.find(f"{{{M}}}SyncState")
        max_changes = int(op.findtext(f"{{{M}}}MaxChangesReturned") or 512)
        if fid is None:
            return _response("SyncFolderItems", [_error_msg("SyncFolderItems", "ErrorFolderNotFound",
                                                            "The specified folder could not be found.")])
        since = 0
        if state_elem is not None and state_elem.text:
            try:
                decoded = json.loads(base64.b64decode(state_elem.text))
                assert decoded["f"] == fid
                since = int(decoded["s"])
            except Exception:  # noqa: BLE001
                return _response("SyncFolderItems", [_error_msg("SyncFolderItems", "ErrorInvalidSyncStateData",
                                                                "Synchronization state data is corrupt.")])
        pending = [e for e in self.events if e[0] > since and e[1] == fid]
        page = pending[:max_changes]
        last = len(page) == len(pending)
        new_since = page[-1][0] if page else max([since, *(e[0] for e in self.events)])
        changes = []
        for _seq, _folder, kind, item_id in page:
            item = self.items.get(item_id)
            if kind == "Delete" or item is None or item.folder != fid:
                if kind == "Delete":
                    changes.append(f'<t:Delete><t:ItemId Id="{item_id}" ChangeKey="AA"/></t:Delete>')
                continue
            changes.append(
                f'<t:{kind}><t:Message><t:ItemId Id="{item.id}" ChangeKey="{item.changekey}"/>'
                f"<t:DateTimeReceived>{_dt(item.received)}</t:DateTimeReceived></t:Message></t:{kind}>"
            )
        state = base64.b64encode(json.dumps({"f": fid, "s": new_since}).encode()).decode()
        body = (f"<m:SyncState>{state}</m:SyncState>"
                f"<m:IncludesLastItemInRange>{'true' if last else 'false'}</m:IncludesLastItemInRange>"
                f"<m:Changes>{''.join(changes)}</m:Changes>")
        return _response("SyncFolderItems", [_ok_msg("SyncFolderItems", body)])

    def _item_xml(self, item: Item, with_mime: bool) -> str:
        mime = (f'<t:MimeContent CharacterSet="UTF-8">{base64.b64encode(item.mime).decode()}</t:MimeContent>'
                if with_mime else "")
        cats = "".join(f"<t:String>{escape(c)}</t:String>" for c in item.categories)
        cats_xml = f"<t:Categories>{cats}</t:Categories>" if item.categories else ""
        return (
            f'<t:Message>{mime}<t:ItemId Id="{item.id}" ChangeKey="{item.changekey}"/>'
            f'<t:ParentFolderId Id="{item.folder}" ChangeKey="AQ"/>'
            f"<t:DateTimeReceived>{_dt(item.received)}</t:DateTimeReceived>{cats_xml}"
            f"<t:IsDraft>{'true' if item.is_draft else 'false'}</t:IsDraft>"
            f"<t:InternetMessageId>{escape(item.message_id)}</t:InternetMessageId>"
            f"<t:IsRead>{'true' if item.is_read else 'false'}</t:IsRead></t:Message>"
        )

    def op_GetItem(self, op: etree._Element) -> str:
        shape = op.find(f"{{{M}}}ItemShape")
        wants_mime = shape is not None and (
            shape.findtext(f"{{{T}}}IncludeMimeContent") == "true"
            or any(f.get("FieldURI") == "item:MimeContent" for f in shape.iter(f"{{{T}}}FieldURI"))
        )
        parts = []
        for ref in op.find(f"{{{M}}}ItemIds"):
            item = self.items.get(ref.get("Id", ""))
            if item is None:
                parts.append(_error_msg("GetItem", "ErrorItemNotFound",
                                        "The specified object was not found in the store.", "<m:Items/>"))
            else:
                parts.append(_ok_msg("GetItem", f"<m:Items>{self._item_xml(item, wants_mime)}</m:Items>"))
        return _response("GetItem", parts)

    def op_CreateItem(self, op: etree._Element) -> str:
        disposition = op.get("MessageDisposition", "SaveOnly")
        saved = op.find(f"{{{M}}}SavedItemFolderId")
        target = self._resolve_folder(saved) if saved is not None else self.folder_id("drafts")
        parts = []
        for msg in op.find(f"{{{M}}}Items"):
            mime_b64 = msg.findtext(f"{{{T}}}MimeContent")
            mime = base64.b64decode(mime_b64) if mime_b64 else _mime_from_fields(msg)
            if disposition == "SaveOnly":
                item = self.add_item(mime, target or "F-drafts", is_draft=True)
                item.is_read = True
                parts.append(_ok_msg("CreateItem", f"<m:Items>{self._item_xml(item, False)}</m:Items>"))
            else:
                self.sent_mime.append(mime)
                if disposition == "SendAndSaveCopy":
                    item = self.add_item(mime, target or "F-sentitems")
                    item.is_read = True
                parts.append(_ok_msg("CreateItem", "<m:Items/>"))
        return _response("CreateItem", parts)

    def op_UpdateItem(self, op: etree._Element) -> str:
        parts = []
        for change in op.find(f"{{{M}}}ItemChanges"):
            ref = change.find(f"{{{T}}}ItemId")
            item = self.items.get(ref.get("Id", ""))
            if item is None:
                parts.append(_error_msg("UpdateItem", "ErrorItemNotFound",
                                        "The specified object was not found in the store.", "<m:Items/>"))
                continue
            for upd in change.find(f"{{{T}}}Updates"):
                uri = upd.find(f"{{{T}}}FieldURI")
                name = uri.get("FieldURI") if uri is not None else ""
                if name == "item:Categories":
                    if etree.QName(upd).localname == "DeleteItemField":
                        item.categories = []
                    else:
                        item.categories = [s.text or "" for s in upd.iter(f"{{{T}}}String")]
                elif name == "message:IsRead":
                    item.is_read = (upd.findtext(f".//{{{T}}}IsRead") or "") == "true"
            item.version += 1
            self._event(item.folder, "Update", item.id)
            body = (f'<m:Items><t:Message><t:ItemId Id="{item.id}" ChangeKey="{item.changekey}"/></t:Message>'
                    f"</m:Items><m:ConflictResults><t:Count>0</t:Count></m:ConflictResults>")
            parts.append(_ok_msg("UpdateItem", body))
        return _response("UpdateItem", parts)

    def op_MoveItem(self, op: etree._Element) -> str:
        target = self._resolve_folder(op.find(f"{{{M}}}ToFolderId"))
        parts = []
        for ref in op.find(f"{{{M}}}ItemIds"):
            item = self.items.pop(ref.get("Id", ""), None)
            if item is None or target is None:
                parts.append(_error_msg("MoveItem", "ErrorItemNotFound",
                                        "The specified object was not found in the store.", "<m:Items/>"))
                continue
            self._event(item.folder, "Delete", item.id)
            item.id = f"AAMkAGI2TG93AAA{next(self._ids):06d}="  # EWS ids change on move
            item.folder = target
            item.version += 1
            self.items[item.id] = item
            self._event(target, "Create", item.id)
            parts.append(_ok_msg("MoveItem", f'<m:Items><t:Message><t:ItemId Id="{item.id}" '
                                             f'ChangeKey="{item.changekey}"/></t:Message></m:Items>'))
        return _response("MoveItem", parts)

    def op_FindItem(self, op: etree._Element) -> str:
        fid = self._resolve_folder(op.find(f"{{{M}}}ParentFolderIds"))
        wanted_mid = None
        restriction = op.find(f"{{{M}}}Restriction")
        if restriction is not None:
            uri = restriction.find(f".//{{{T}}}FieldURI")
            const = restriction.find(f".//{{{T}}}Constant")
            if uri is not None and uri.get("FieldURI") == "message:InternetMessageId" and const is not None:
                wanted_mid = const.get("Value")
        found = [i for i in self.items.values() if i.folder == fid
                 and (wanted_mid is None or i.message_id == wanted_mid)]
        view = op.find(f"{{{M}}}IndexedPageItemView")
        max_entries = int(view.get("MaxEntriesReturned", "1000")) if view is not None else 1000
        offset = int(view.get("Offset", "0")) if view is not None else 0
        page = found[offset:offset + max_entries]
        body = "".join(f'<t:Message><t:ItemId Id="{i.id}" ChangeKey="{i.changekey}"/></t:Message>' for i in page)
        last = offset + len(page) >= len(found)
        root = (f'<m:RootFolder IndexedPagingOffset="{offset + len(page)}" TotalItemsInView="{len(found)}" '
                f'IncludesLastItemInRange="{"true" if last else "false"}"><t:Items>{body}</t:Items></m:RootFolder>')
        return _response("FindItem", [_ok_msg("FindItem", root)])


def _mime_from_fields(msg: etree._Element) -> bytes:
    """Items created without MimeContent (ordinary Outlook-style creates): render a minimal MIME."""
    subject = msg.findtext(f"{{{T}}}Subject") or ""
    body = msg.findtext(f"{{{T}}}Body") or ""
    return f"Subject: {subject}\r\nMessage-ID: <fake-{id(msg)}@fake-ews>\r\n\r\n{body}\r\n".encode()


def _dt(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _ok_msg(op: str, inner: str) -> str:
    return (f'<m:{op}ResponseMessage ResponseClass="Success"><m:ResponseCode>NoError</m:ResponseCode>'
            f"{inner}</m:{op}ResponseMessage>")


def _error_msg(op: str, code: str, text: str, inner: str = "") -> str:
    return (f'<m:{op}ResponseMessage ResponseClass="Error"><m:MessageText>{escape(text)}</m:MessageText>'
            f"<m:ResponseCode>{code}</m:ResponseCode><m:DescriptiveLinkKey>0</m:DescriptiveLinkKey>"
            f"{inner}</m:{op}ResponseMessage>")


def _response(op: str, parts: list[str]) -> str:
    return f'<m:{op}Response xmlns:m="{M}" xmlns:t="{T}"><m:ResponseMessages>{"".join(parts)}' \
           f"</m:ResponseMessages></m:{op}Response>"


_HEADER = (
    f'<s:Header><h:ServerVersionInfo MajorVersion="15" MinorVersion="1" MajorBuildNumber="2507" '
    f'MinorBuildNumber="6" Version="V2017_07_11" xmlns:h="{T}" xmlns="{T}"/></s:Header>'
)


def _envelope(body: str) -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?><s:Envelope xmlns:s="{SOAP}">{_HEADER}'
            f"<s:Body>{body}</s:Body></s:Envelope>").encode()


def _fault(code: str, text: str, message_xml: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?><s:Envelope xmlns:s="{SOAP}"><s:Body><s:Fault>'
        f'<faultcode xmlns:a="{T}">a:{code}</faultcode><faultstring xml:lang="en-US">{escape(text)}</faultstring>'
        f'<detail><e:ResponseCode xmlns:e="{E}">{code}</e:ResponseCode><e:Message xmlns:e="{E}">{escape(text)}'
        f"</e:Message>{message_xml}</detail></s:Fault></s:Body></s:Envelope>"
    ).encode()


def _fault_server_busy(backoff_ms: int) -> bytes:
    xml = (f'<t:MessageXml xmlns:t="{T}"><t:Value Name="BackOffMilliseconds">{backoff_ms}</t:Value>'
           f"<t:Value Name=\"Policy\">EWS</t:Value></t:MessageXml>")
    return _fault("ErrorServerBusy", "The server cannot service this request right now. Try again later.", xml)


class FakeEwsServer:
    """FakeExchange behind a real HTTP server on 127.0.0.1 (a random free port)."""

    def __init__(self, state: FakeExchange | None = None) -> None:
        self.state = state or FakeExchange()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._connections: set[socket.socket] = set()
        self.port = 0

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}/EWS/Exchange.asmx"

    def start(self) -> FakeEwsServer:
        state = self.state
        server = self

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

            def log_message(self, *args: object) -> None:  # keep test output quiet
                pass

            def _authorised(self) -> bool:
                header = self.headers.get("Authorization", "")
                if not header.startswith("Basic "):
                    return False
                user, _, password = base64.b64decode(header[6:]).decode().partition(":")
                return user == state.username and password == state.password

            def do_POST(self) -> None:  # noqa: N802 - http.server API
                length = int(self.headers.get("Content-Length", "0"))
                body = self.rfile.read(length)
                if not self.path.lower().startswith("/ews/exchange.asmx"):
                    self._send(404, b"not found", "text/plain")
                    return
                if not self._authorised():
                    self.send_response(401)
                    self.send_header("WWW-Authenticate", 'Basic realm="fake-ews"')
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                status, out = state.handle(body)
                if out is None:
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return
                self._send(status, out, "text/xml; charset=utf-8")

            def _send(self, status: int, out: bytes, ctype: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(out)))
                self.end_headers()
                self.wfile.write(out)

        self._httpd = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self._httpd.daemon_threads = True
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), name="fake-ews", daemon=True)
        self._thread.start()
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

