"""Debian's real Dovecot as an ordinary process on 127.0.0.1, for the IMAP spec suite and benchmark.

Why a real server: IMAP clients fail on details (UID range semantics, APPENDUID, SPECIAL-USE,
keywords) that a fake would get wrong the same way the client does. Dovecot 2.3 starts in well under
a second with the config below (tech notes §3.2). As root it runs as `nobody` through setpriv (it
refuses to run imap processes as root and `su` leaves sessions behind); otherwise as the current user.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

NOBODY = 65534
USER = "bot@practice.test"
PASSWORD = "test-password-1"

_CONF_23 = """\
base_dir = {D}/run
state_dir = {D}/state
log_path = {D}/dovecot.log
info_log_path = {D}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
login_trusted_networks = 127.0.0.1/32
default_internal_user = {U}
default_internal_group = {G}
default_login_user = {U}
first_valid_uid = 0
mail_location = maildir:{D}/mail/%u
mail_fsync = never
maildir_very_dirty_syncs = no
passdb {{
  driver = static
  args = password={PASSWORD}
}}
userdb {{
  driver = static
  args = uid={UID} gid={GID} home={D}/mail/%u
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {PORT}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
  # no auth penalty: the tests log in with wrong passwords on purpose and must not slow the next login
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Drafts {{
    special_use = \\Drafts
    auto = subscribe
  }}
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
  mailbox Processed {{
    auto = create
  }}
}}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def dovecot_binary() -> str | None:
    return shutil.which("dovecot") or ("/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None)


class DovecotServer:
    """One Dovecot instance and a Maildir store in a temp dir.

    Any user name logs in with PASSWORD (static passdb), each with its own empty Maildir, so one
    server can serve many tests in isolation: Dovecot takes about a second to shut down, but only
    60 ms to start.
    """

    def __init__(self, root: Path | None = None) -> None:
        binary = dovecot_binary()
        if binary is None:
            raise RuntimeError("Dovecot is not installed: apt-get install dovecot-imapd")
        self.binary = binary
        version = subprocess.run([binary, "--version"], capture_output=True, text=True).stdout.strip()
        if not version.startswith("2.3"):
            # 2.4 needs a different config dialect (tech notes §3.2); add a second template when CI moves.
            raise RuntimeError(f"tests/servers/dovecot.py has a config for Dovecot 2.3 only, found {version!r}")
        self.root = Path(tempfile.mkdtemp(prefix="bb-dovecot-", dir=root))
        self.as_root = os.geteuid() == 0
        self.uid, self.gid = (NOBODY, NOBODY) if self.as_root else (os.getuid(), os.getgid())
        self.port = free_port()
        self.user = USER
        self.password = PASSWORD
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def host(self) -> str:
        return "127.0.0.1"

    def maildir(self, user: str | None = None) -> Path:
        """An account's Maildir (INBOX is its top level; other folders are `.Name`)."""
        return self.root / "mail" / (user or self.user)

    def _write_config(self) -> Path:
        import grp
        import pwd

        user = pwd.getpwuid(self.uid).pw_name
        group = grp.getgrgid(self.gid).gr_name
        for sub in ("run", "state", "mail"):
            (self.root / sub).mkdir(exist_ok=True)
        conf = self.root / "dovecot.conf"
        conf.write_text(_CONF_23.format(D=self.root, U=user, G=group, PORT=self.port, PASSWORD=self.password,
                                        UID=self.uid, GID=self.gid))
        if self.as_root:
            for dirpath, _dirs, files in os.walk(self.root):
                os.chown(dirpath, self.uid, self.gid)
                for f in files:
                    os.chown(os.path.join(dirpath, f), self.uid, self.gid)
            os.chmod(self.root, 0o755)
        return conf

    def _cmd(self, *args: str) -> list[str]:
        if self.as_root:
            return ["setpriv", f"--reuid={self.uid}", f"--regid={self.gid}", "--clear-groups", *args]
        return list(args)

    def start(self, timeout: float = 15.0) -> DovecotServer:
        conf = self._write_config()
        self.conf = conf
        log = open(self.root / "stderr.log", "wb")  # noqa: SIM115 - lives as long as the process
        self.proc = subprocess.Popen(self._cmd(self.binary, "-F", "-c", str(conf)), stdout=log,
                                     stderr=subprocess.STDOUT, cwd=self.root)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"dovecot exited with {self.proc.returncode}: {self.log_tail()}")
            with contextlib.suppress(OSError), socket.create_connection((self.host, self.port), timeout=0.5) as s:
                if s.recv(64).startswith(b"* OK"):
                    return self
            time.sleep(0.02)
        self.stop()
        raise RuntimeError(f"dovecot did not listen on {self.port} within {timeout}s: {self.log_tail()}")

    def log_tail(self, n: int = 20) -> str:
        text = ""
        for name in ("stderr.log", "dovecot.log"):
            p = self.root / name
            if p.exists():
                text += p.read_text(errors="replace")
        return "\n".join(text.splitlines()[-n:])

    def own(self, path: Path) -> None:
        """Give a file written by the tests (e.g. straight into the Maildir) to Dovecot's user."""
        if self.as_root:
            os.chown(path, self.uid, self.gid)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> DovecotServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
