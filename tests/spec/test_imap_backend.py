"""IMAP-specific behaviour the shared spec suite cannot express: URLs, round-trips, flags, recovery."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bouncebot.mailboxes import open_mailbox
from bouncebot.mailboxes.base import PROCESSED_TAG, MailboxError, TransientMailboxError
from bouncebot.mailboxes.imap import ImapMailbox
from bouncebot.model import RawMessage
from bouncebot.settings import MailboxSettings
from tests.servers.dovecot import free_port
from tests.spec.harness_imap import ImapHarness
from tests.spec.test_mailbox_spec import drain, ids, letter, reply_to


@pytest.fixture
def imap(tmp_path: Path) -> Iterator[ImapHarness]:
    h = ImapHarness(tmp_path)
    yield h
    h.close()


def box_for(url: str, **kw: object) -> ImapMailbox:
    return ImapMailbox.from_settings(MailboxSettings(url=url, **kw), environ={})  # type: ignore[arg-type]


def test_url_forms() -> None:
    b = box_for("imap://shared%40practice.nhs.uk@mail.example.org/INBOX")
    assert (b.user, b.imap.host, b.imap.port, b.imap.security) == ("shared@practice.nhs.uk", "mail.example.org",
                                                                   993, "ssl")
    assert (b.smtp.host, b.smtp.port, b.smtp.security) == ("mail.example.org", 587, "starttls")
    assert b.folders == ("INBOX",)
    b = box_for("imap://u@mail.example.org:143/Docman?smtp=smtp.example.org:465")
    assert (b.imap.port, b.imap.security, b.folders) == (143, "starttls", ("Docman",))
    assert (b.smtp.host, b.smtp.port, b.smtp.security) == ("smtp.example.org", 465, "ssl")
    b = box_for("imap://u@127.0.0.1:10143/INBOX?smtp=127.0.0.1:10025")
    assert (b.imap.security, b.smtp.security) == ("plain", "plain")
    b = box_for("imap://u@mail.example.org:1143/INBOX?tls=starttls&sent_copy=no&smtp_tls=ssl")
    assert (b.imap.security, b.sent_copy, b.smtp.security) == ("starttls", False, "ssl")
    b = box_for("imap://u@h.example/INBOX", folders=["INBOX", "DocmanUnprocessed"], mode="managed")
    assert b.folders == ("INBOX", "DocmanUnprocessed") and b.mode == "managed"
    assert isinstance(open_mailbox("imaps://u@h.example/INBOX"), ImapMailbox)
    with pytest.raises(MailboxError, match="BOUNCEBOT_MAILBOX_PASSWORD"):
        box_for("imap://u:secret@h.example/INBOX")
    with pytest.raises(MailboxError, match="security"):
        box_for("imap://u@h.example/INBOX?tls=maybe")


def test_idle_poll_is_one_status_per_folder_however_big_the_folder(imap: ImapHarness) -> None:
    for n in range(3):
        imap.deliver(letter(f"idle{n}"))
    box = imap.make_mailbox(folders=("INBOX", "Other"))
    imap.deliver(letter("other0"), folder="Other")
    cursor = drain(box)[-1].cursor
    costs = []
    for more in (0, 60):
        for n in range(more):
            imap.deliver(letter(f"bulk{n}"))
        cursor = (drain(box, cursor) or [None])[-1].cursor if more else cursor  # type: ignore[union-attr]
        before = box.commands
        assert drain(box, cursor) == []
        costs.append(box.commands - before)
    assert costs == [2, 2]  # one STATUS per watched folder, 3 or 63 messages alike
    box.close()


def test_bodies_are_fetched_in_batches(imap: ImapHarness) -> None:
    with imap.make_mailbox() as box:
        assert drain(box) == []  # connected and logged in
        for n in range(60):
            imap.deliver(letter(f"batch{n}"))
        before = box.commands
        got = drain(box)
        spent = box.commands - before
    assert len(got) == 60
    # STATUS, EXAMINE, SEARCH, one size FETCH, three body FETCHes of at most 25
    assert spent == 7


def test_nothing_is_marked_seen_and_managed_mode_only_adds_the_keyword(imap: ImapHarness) -> None:
    imap.deliver(letter("flags0"))
    imap.deliver(letter("flags1"))
    with imap.make_mailbox() as box:
        drain(box)
    assert all(f == set() for f in imap.flags("INBOX").values())
    with imap.make_mailbox(mode="managed") as box:
        got = drain(box)
        box.mark_processed(got[0].raw)
    assert sorted(map(sorted, imap.flags("INBOX").values())) == [[], [PROCESSED_TAG.encode()]]


def test_managed_mode_moves_to_the_processed_folder(imap: ImapHarness) -> None:
    imap.deliver(letter("move0"))
    cfg = MailboxSettings(url=imap.url(), mode="managed", processed_folder="Processed")
    with ImapMailbox.from_settings(cfg, environ=imap.environ) as box:
        [item] = drain(box)
        box.mark_processed(item.raw)
    assert imap.flags("INBOX") == {}
    assert list(imap.flags("Processed").values()) == [{PROCESSED_TAG.encode()}]
    assert imap.is_tagged("<move0@trust.nhs.uk>")


def test_send_files_a_seen_copy_in_sent_and_logs_in_to_smtp(imap: ImapHarness) -> None:
    original = letter("sentcopy")
    imap.deliver(original)
    reply = reply_to(original)
    with imap.make_mailbox() as box:
        drain(box)
        box.send(reply)
    [captured] = imap.smtp.messages
    assert captured.login == imap.user
    assert captured.rcpt_tos == ["outpatients@trust.nhs.uk"]
    assert imap.sent_folder() == [captured.data]
    assert list(imap.flags("Sent").values()) == [{b"\\Seen"}]


def test_drafts_carry_the_draft_flag_and_count_as_sent_in_draft_delivery(imap: ImapHarness) -> None:
    original = letter("draftflag")
    imap.deliver(original)
    reply = reply_to(original)
    with imap.make_mailbox(delivery="draft") as box:
        draft_id = box.save_draft(reply)
        assert draft_id.startswith("Drafts:")
        assert box.was_sent(reply.message_id) is True  # a restart after saving must not save twice
    assert list(imap.flags("Drafts").values()) == [{b"\\Draft", b"\\Seen"}]
    assert imap.smtp.messages == []


def test_uidvalidity_change_resyncs_from_since(imap: ImapHarness) -> None:
    imap.deliver(letter("uv0"))
    imap.deliver(letter("uv1"))
    with imap.make_mailbox() as box:
        got = drain(box)
    stale = got[-1].cursor.replace('"uidvalidity": ', '"uidvalidity": 1')  # type: ignore[union-attr]
    with imap.make_mailbox() as box:
        assert ids(drain(box, stale)) == ["<uv0@trust.nhs.uk>", "<uv1@trust.nhs.uk>"]


def test_dropped_fetch_is_transient_and_says_what_to_do(imap: ImapHarness) -> None:
    imap.deliver(letter("cut0"))
    imap.break_next_fetch()
    with imap.make_mailbox() as box, pytest.raises(TransientMailboxError, match="next poll"):
        drain(box)
    assert imap.proxy.drops == 1
    with imap.make_mailbox() as box:
        assert ids(drain(box)) == ["<cut0@trust.nhs.uk>"]


def test_a_stale_kept_connection_is_replaced_silently(imap: ImapHarness) -> None:
    box = imap.make_mailbox()
    assert drain(box) == []
    box._conn._imap.sock.close()  # type: ignore[union-attr]  # the server logged us out while idle
    imap.deliver(letter("stale0"))
    assert ids(drain(box)) == ["<stale0@trust.nhs.uk>"]
    box.close()


def test_wrong_password_is_a_permanent_error(imap: ImapHarness) -> None:
    box = ImapMailbox.from_settings(MailboxSettings(url=imap.url()),
                                    environ={"BOUNCEBOT_MAILBOX_PASSWORD": "wrong"})
    with pytest.raises(MailboxError, match="refused the login") as err:
        drain(box)
    assert not isinstance(err.value, TransientMailboxError)


def test_no_password_says_which_secret_to_set(imap: ImapHarness) -> None:
    box = ImapMailbox.from_settings(MailboxSettings(url=imap.url()), environ={})
    with pytest.raises(MailboxError, match="BOUNCEBOT_MAILBOX_PASSWORD"):
        drain(box)


def test_nothing_listening_is_transient_after_a_few_quick_retries() -> None:
    port = free_port()
    box = ImapMailbox.from_settings(MailboxSettings(url=f"imap://u@127.0.0.1:{port}/INBOX"),
                                    environ={"BOUNCEBOT_MAILBOX_PASSWORD": "x"})
    with pytest.raises(TransientMailboxError, match="cannot connect"):
        drain(box)


def test_mark_processed_ignores_a_renumbered_folder(imap: ImapHarness) -> None:
    imap.deliver(letter("renum"))
    with imap.make_mailbox(mode="managed") as box:
        [item] = drain(box)
        stale = RawMessage(mailbox=item.raw.mailbox, uid="1:" + item.raw.uid.split(":")[1], data=b"",
                           folder="INBOX")
        box.mark_processed(stale)
    assert not imap.is_tagged("<renum@trust.nhs.uk>")
