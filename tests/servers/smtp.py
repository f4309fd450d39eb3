"""An SMTP sink on 127.0.0.1 (aiosmtpd) that keeps the raw bytes of everything submitted to it.

Why aiosmtpd: it is a real SMTP server, so smtplib does its real EHLO/STARTTLS/AUTH/DATA dance and the
bytes captured are exactly what a relay would have received. With `password` set the sink offers
AUTH over plain loopback (not required, so no warning): a wrong password is refused with 535, and the
login used is recorded on each captured message, so tests can check that the backend authenticated.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from tests.servers.dovecot import free_port


@dataclass
class Captured:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    login: str | None = None


@dataclass
class _Handler:
    messages: list[Captured] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server, session, envelope) -> str:  # type: ignore[no-untyped-def]  # noqa: N802
        auth = session.auth_data
        login = auth.decode() if isinstance(auth, bytes) else auth
        with self.lock:
            self.messages.append(Captured(envelope.mail_from, list(envelope.rcpt_tos),
                                          bytes(envelope.original_content or envelope.content), login))
        return "250 OK message accepted"


class SmtpSink:
    def __init__(self, *, user: str | None = None, password: str | None = None) -> None:
        self.port = free_port()
        self.handler = _Handler()
        self.user, self.password = user, password
        kwargs: dict[str, object] = {}
        if password is not None:
            kwargs = {"authenticator": self._authenticate, "auth_require_tls": False}
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port, **kwargs)

    def _authenticate(self, server, session, envelope, mechanism, auth_data) -> AuthResult:  # type: ignore[no-untyped-def]
        ok = (isinstance(auth_data, LoginPassword) and auth_data.login.decode() == self.user
              and auth_data.password.decode() == self.password)
        return AuthResult(success=ok, handled=False, auth_data=auth_data.login if ok else None)

    @property
    def host(self) -> str:
        return "127.0.0.1"

    @property
    def messages(self) -> list[Captured]:
        with self.handler.lock:
            return list(self.handler.messages)

    def start(self) -> SmtpSink:
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()

    def __enter__(self) -> SmtpSink:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
