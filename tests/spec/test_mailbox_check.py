"""`bouncebot mailbox check URL` against a real Dovecot and SMTP sink: plain answers, no tracebacks."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from bouncebot.cli import app
from tests.servers.dovecot import free_port
from tests.spec.harness_imap import ImapHarness


@pytest.fixture
def imap(tmp_path: Path) -> Iterator[ImapHarness]:
    h = ImapHarness(tmp_path)
    yield h
    h.close()


def run(*args: str, password: str | None = None) -> tuple[Result, str]:
    env = {"BOUNCEBOT_MAILBOX_PASSWORD": password, "BOUNCEBOT_SMTP_PASSWORD": None, "BOUNCEBOT_OAUTH_TOKEN": None,
           "BOUNCEBOT_CONFIG": None, "BOUNCEBOT_SECRETS_FILE": None, "COLUMNS": "200"}
    result = CliRunner().invoke(app, ["mailbox", "check", *args], env=env)
    return result, " ".join(result.output.split())


def assert_clean(result: Result) -> None:
    """Exited on purpose (typer.Exit), printed no traceback."""
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output


def test_check_ok(imap: ImapHarness) -> None:
    result, out = run(imap.url(), password=imap.password)
    assert_clean(result)
    assert result.exit_code == 0, out
    assert "folders watched INBOX" in out
    assert "read mail yes" in out and "save drafts yes" in out and "send replies yes" in out
    assert "OK: bouncebot can use this mailbox." in out


def test_missing_folder_is_named(imap: ImapHarness) -> None:
    result, out = run(imap.url(), "--folder", "INBOX", "--folder", "DocmanNope", password=imap.password)
    assert_clean(result)
    assert result.exit_code == 1
    assert "read mail no" in out
    assert "folder 'DocmanNope' does not exist on the server" in out
    assert "NOT OK" in out


def test_wrong_password(imap: ImapHarness) -> None:
    result, out = run(imap.url(), password="not-the-password")
    assert_clean(result)
    assert result.exit_code == 1
    assert "refused the login" in out and "BOUNCEBOT_MAILBOX_PASSWORD" in out
    assert "read mail no" in out
    assert "send replies no" in out  # the sink refuses the same wrong password


def test_nothing_listening() -> None:
    port = free_port()
    result, out = run(f"imap://bot@127.0.0.1:{port}/INBOX?smtp=127.0.0.1:{port}", password="x")
    assert_clean(result)
    assert result.exit_code == 1
    assert f"cannot connect to the IMAP server 127.0.0.1:{port}" in out
    assert f"cannot connect to the SMTP server 127.0.0.1:{port}" in out


def test_password_in_url_is_refused_plainly() -> None:
    result, out = run("imap://bot:hunter2@127.0.0.1:1/INBOX")
    assert_clean(result)
    assert result.exit_code == 1
    assert "contains a password" in out
    assert "hunter2" not in out


def test_draft_delivery_needs_no_smtp(imap: ImapHarness) -> None:
    url = imap.url().split("?")[0] + f"?smtp=127.0.0.1:{free_port()}"
    result, out = run(url, "--delivery", "draft", "--json", password=imap.password)
    assert_clean(result)
    assert result.exit_code == 0, out
    [report] = json.loads(result.output)
    assert report["ok"] is True
    assert (report["can_read"], report["can_draft"], report["can_send"]) == (True, True, False)
    assert any("SMTP" in p for p in report["problems"])
