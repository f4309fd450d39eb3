"""A TCP proxy that can drop a connection in the middle of a server response, once, on demand.

Why: "connection dropped mid-fetch" must be tested against the real client and server, not by
mocking the client library. The proxy relays bytes both ways; when armed with a trigger (bytes seen
in a client command, e.g. b"BODY.PEEK[]"), it forwards that command, relays the first part of the
server's answer and then closes both sides, exactly like a network failure during a FETCH.
"""

from __future__ import annotations

import contextlib
import selectors
import socket
import threading


class DroppingProxy:
    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(16)
        self.port = int(self.listener.getsockname()[1])
        self._trigger: bytes | None = None
        self._lock = threading.Lock()
        self._stopped = threading.Event()
        self.drops = 0
        self._thread = threading.Thread(target=self._accept, daemon=True, name="dropping-proxy")

    def start(self) -> DroppingProxy:
        self._thread.start()
        return self

    def arm(self, trigger: bytes) -> None:
        """Drop the next connection that sends a command containing `trigger`, mid-response."""
        with self._lock:
            self._trigger = trigger

    def _take_trigger(self, data: bytes) -> bool:
        with self._lock:
            if self._trigger is not None and self._trigger.lower() in data.lower():
                self._trigger = None
                return True
        return False

    def _accept(self) -> None:
        while not self._stopped.is_set():
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._relay, args=(client,), daemon=True).start()

    def _relay(self, client: socket.socket) -> None:
        try:
            upstream = socket.create_connection(self.target, timeout=10)
        except OSError:
            client.close()
            return
        sel = selectors.DefaultSelector()
        sel.register(client, selectors.EVENT_READ, upstream)
        sel.register(upstream, selectors.EVENT_READ, client)
        dropping = False
        try:
            while not self._stopped.is_set():
                for key, _ in sel.select(timeout=0.5):
                    src: socket.socket = key.fileobj  # type: ignore[assignment]
                    dst: socket.socket = key.data
                    data = src.recv(65536)
                    if not data:
                        return
                    if src is client and self._take_trigger(data):
                        dropping = True
                        dst.sendall(data)
                        continue
                    if dropping and src is upstream:
                        # pass on part of the answer, then vanish: the client is mid-literal
                        dst.sendall(data[: max(1, len(data) // 2)])
                        self.drops += 1
                        return
                    dst.sendall(data)
        except OSError:
            return
        finally:
            sel.close()
            for s in (client, upstream):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()

    def stop(self) -> None:
        self._stopped.set()
        with contextlib.suppress(OSError):
            self.listener.close()
