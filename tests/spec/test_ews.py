"""EWS-specific behaviour beyond the shared spec suite: exchangelib against the fake EWS server.

Throttling (ErrorServerBusy with BackOffMilliseconds), bad credentials (HTTP 401), a server that is
down, an idle poll costing one SyncFolderItems, paging, drafts created unsent, tagging and moving.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bouncebot.mailboxes import open_mailbox
from bouncebot.mailboxes.base import PROCESSED_TAG, MailboxError, TransientMailboxError
from bouncebot.mailboxes.ews import EwsMailbox
from bouncebot.settings import MailboxSettings
from tests.spec.harness_ews import EwsHarness
from tests.spec.test_mailbox_spec import drain, ids, letter, reply_to


@pytest.fixture
def ews(tmp_path: Path) -> Iterator[EwsHarness]:
    h = EwsHarness(tmp_path)
    try:
        yield h
    finally:
        h.close()


def test_url_parsing_defaults_to_https_ntlm_delegate() -> None:
    box = open_mailbox(MailboxSettings(url="ews://svc%40practice.nhs.uk@mail.practice.nhs.uk/shared@practice.nhs.uk"))
    assert isinstance(box, EwsMailbox)
    assert box.service_endpoint == "https://mail.practice.nhs.uk/EWS/Exchange.asmx"
    assert (box.username, box.auth, box.access) == ("svc@practice.nhs.uk", "ntlm", "delegate")
    assert box.primary_smtp_address == "shared@practice.nhs.uk"
    oauth = open_mailbox(MailboxSettings(url="ews://outlook.office365.com/shared@nhs.net"))
    assert (oauth.auth, oauth.access) == ("oauth", "impersonation")  # type: ignore[attr-defined]


def test_password_in_url_is_refused_without_echoing_it() -> None:
    with pytest.raises(MailboxError, match="BOUNCEBOT_MAILBOX_PASSWORD") as err:
        open_mailbox("ews://svc:hunter2@mail.example.test/shared@example.test")
    assert "hunter2" not in str(err.value)


def test_plain_http_endpoint_needs_an_explicit_flag() -> None:
    with pytest.raises(MailboxError, match="allow_http"):
        open_mailbox("ews://u@h/shared@p.test?endpoint=http://127.0.0.1:1/EWS/Exchange.asmx")


def test_sync_pages_stream_and_an_idle_poll_is_one_request(ews: EwsHarness) -> None:
    for n in range(7):
        ews.deliver(letter(f"page{n}"))
    box = ews.make_mailbox(page_size="3")
    got = drain(box)
    assert ids(got) == [f"<page{n}@trust.nhs.uk>" for n in range(7)]
    assert ews.exchange.requests.count("SyncFolderItems") == 3  # 3 + 3 + 1, following IncludesLastItemInRange
    # MIME is fetched one message at a time, never the whole folder at once
    assert ews.exchange.requests.count("GetItem") == 7
    before = len(ews.exchange.requests)
    assert drain(box, got[-1].cursor) == []
    assert ews.exchange.requests[before:] == ["SyncFolderItems"]
    box.close()


def test_throttling_is_retried_with_the_servers_back_off(ews: EwsHarness) -> None:
    ews.deliver(letter("busy"))
    ews.exchange.throttle(1, backoff_ms=300)
    with ews.make_mailbox() as box:
        started = time.monotonic()
        got = drain(box)
        elapsed = time.monotonic() - started
    assert ids(got) == ["<busy@trust.nhs.uk>"]
    assert elapsed >= 0.3  # exchangelib honoured BackOffMilliseconds
    assert ews.exchange.requests[:2] == ["GetFolder", "GetFolder"]  # the throttled call was repeated


def test_throttling_longer_than_max_wait_is_transient_not_a_hang(ews: EwsHarness) -> None:
    ews.deliver(letter("verybusy"))
    ews.exchange.throttle(5, backoff_ms=600_000)
    started = time.monotonic()
    with ews.make_mailbox() as box, pytest.raises(TransientMailboxError, match="throttling"):
        drain(box)
    assert time.monotonic() - started < 5


def test_bad_password_is_an_auth_error_saying_what_to_fix(ews: EwsHarness) -> None:
    with ews.make_mailbox(password="wrong") as box, pytest.raises(MailboxError) as err:
        drain(box)
    assert not isinstance(err.value, TransientMailboxError)
    assert "BOUNCEBOT_MAILBOX_PASSWORD" in str(err.value)
    assert "wrong" not in str(err.value)


def test_server_down_is_transient(ews: EwsHarness) -> None:
    ews.server.stop()
    with ews.make_mailbox() as box, pytest.raises(TransientMailboxError, match="cannot reach"):
        drain(box)


def test_missing_password_says_which_secret(ews: EwsHarness, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BOUNCEBOT_MAILBOX_PASSWORD", raising=False)
    monkeypatch.delenv("BOUNCEBOT_SECRETS_FILE", raising=False)
    box = EwsMailbox.from_settings(MailboxSettings(url=ews.url()))
    with pytest.raises(MailboxError, match="BOUNCEBOT_MAILBOX_PASSWORD"):
        drain(box)


def test_managed_mode_tags_with_a_category_and_can_move(ews: EwsHarness) -> None:
    ews.deliver(letter("tagme"))
    ews.exchange.add_folder("Processed")
    box = ews.make_mailbox(mode="managed")
    box.processed_folder = "Processed"  # type: ignore[attr-defined]
    [item] = drain(box)
    box.mark_processed(item.raw)
    box.mark_processed(item.raw)  # already moved: a no-op, not an error
    [moved] = ews.exchange.in_folder("Processed")
    assert moved.categories == [PROCESSED_TAG]
    assert ews.exchange.in_folder("inbox") == []


def test_draft_is_created_from_mime_as_an_unsent_draft(ews: EwsHarness) -> None:
    original = letter("draft")
    ews.deliver(original)
    reply = reply_to(original)
    with ews.make_mailbox(delivery="draft") as box:
        draft_id = box.save_draft(reply)
    [draft] = ews.exchange.in_folder("drafts")
    assert draft.id == draft_id
    assert draft.message_id == reply.message_id
    assert b"In-Reply-To: <draft@trust.nhs.uk>" in draft.mime
    assert ews.exchange.sent_mime == []


def test_send_keeps_a_copy_in_sent_items(ews: EwsHarness) -> None:
    original = letter("sendme")
    ews.deliver(original)
    reply = reply_to(original)
    with ews.make_mailbox() as box:
        box.send(reply)
        assert box.was_sent(reply.message_id)
        assert box.was_sent(reply.message_id.strip("<>"))  # tolerant of missing angle brackets
    assert len(ews.exchange.sent_mime) == 1
    [copy] = ews.exchange.in_folder("sentitems")
    assert copy.message_id == reply.message_id


def test_check_reports_folders_and_missing_ones(ews: EwsHarness) -> None:
    with ews.make_mailbox(folders=("INBOX", "NoSuchFolder")) as box:
        result = box.check()
    assert result.folders == ("INBOX",)
    assert result.can_read and result.can_draft and result.can_send
    assert not result.ok and "NoSuchFolder" in result.problems[0]
