"""One behaviour suite for every mailbox backend (tests/spec/conftest.py parametrizes `harness`).

Harnesses treat a message's Date header as its arrival time, so "old" mail can be delivered for the
`since` test; the other tests use recent, strictly increasing dates.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from email import policy
from email.parser import BytesHeaderParser, BytesParser
from email.utils import format_datetime

import pytest

from bouncebot.mailboxes.base import LOOP_HEADER, Fetched, Mailbox, MailboxError
from bouncebot.model import OutgoingReply
from bouncebot.outgoing import build_reply, new_message_id, reply_subject
from bouncebot.settings import Practice
from tests.spec.harness import Harness

_clock = itertools.count()
_START = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=3)
PRACTICE = Practice()


def letter(tag: str, *, date: datetime | None = None, subject: str | None = None,
           references: str | None = None) -> bytes:
    """A small hospital letter with a unique Message-ID `<tag@trust.nhs.uk>`."""
    when = date or (_START + timedelta(seconds=next(_clock)))
    lines = [
        "From: Outpatients <outpatients@trust.nhs.uk>",
        f"To: {PRACTICE.email}",
        f"Subject: {subject or f'Clinic letter {tag}'}",
        f"Date: {format_datetime(when)}",
        f"Message-ID: <{tag}@trust.nhs.uk>",
    ]
    if references:
        lines.append(f"References: {references}")
    lines += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "",
              f"Please arrange the blood tests for this patient ({tag}).", ""]
    return "\r\n".join(lines).encode()


def msgid(data: bytes) -> str:
    return str(BytesHeaderParser(policy=policy.compat32).parsebytes(data)["Message-ID"]).strip()


def drain(box: Mailbox, cursor: str | None = None, since: datetime | None = None) -> list[Fetched]:
    return list(box.fetch_new(cursor, since=since))


def ids(items: list[Fetched]) -> list[str]:
    return [msgid(i.raw.data) for i in items]


def reply_to(original: bytes) -> OutgoingReply:
    head = BytesHeaderParser(policy=policy.compat32).parsebytes(original)
    msg = build_reply(
        original_raw=original, to="outpatients@trust.nhs.uk", subject=reply_subject(head["Subject"]),
        text="This work is for the provider to do.", html="<p>This work is for the provider to do.</p>",
        docx=b"PK\x03\x04 not really a docx", message_id=new_message_id(PRACTICE), practice=PRACTICE,
        when=datetime.now(UTC),
    )
    return OutgoingReply(message=msg, in_reply_to_uid="?", folder="INBOX")


def test_fetch_new_gets_delivered_mail_oldest_first(harness: Harness) -> None:
    for n in range(5):
        harness.deliver(letter(f"order{n}"))
    with harness.make_mailbox() as box:
        got = drain(box)
    assert ids(got) == [f"<order{n}@trust.nhs.uk>" for n in range(5)]
    assert all(item.raw.folder == "INBOX" and item.cursor for item in got)
    assert letter("x")[:4] == got[0].raw.data[:4]  # raw bytes as delivered, not re-rendered
    assert b"Please arrange the blood tests for this patient (order0)." in got[0].raw.data


def test_empty_mailbox_yields_nothing(harness: Harness) -> None:
    with harness.make_mailbox() as box:
        assert drain(box) == []


def test_cursor_survives_restart_and_nothing_is_fetched_twice(harness: Harness) -> None:
    for n in range(3):
        harness.deliver(letter(f"first{n}"))
    box = harness.make_mailbox()
    first = drain(box)
    cursor = first[-1].cursor
    box.close()
    assert drain(harness.make_mailbox(), cursor) == []  # restart, nothing new: nothing again
    for n in range(2):
        harness.deliver(letter(f"second{n}"))
    with harness.make_mailbox() as again:
        second = drain(again, cursor)
    assert ids(second) == ["<second0@trust.nhs.uk>", "<second1@trust.nhs.uk>"]
    with harness.make_mailbox() as third:
        assert drain(third, second[-1].cursor) == []


def test_each_cursor_resumes_right_after_its_message(harness: Harness) -> None:
    """The pipeline stores the cursor with each message, so a crash mid-round resumes from there."""
    for n in range(4):
        harness.deliver(letter(f"mid{n}"))
    with harness.make_mailbox() as box:
        got = drain(box)
    with harness.make_mailbox() as box:
        rest = drain(box, got[1].cursor)
    assert ids(rest) == ["<mid2@trust.nhs.uk>", "<mid3@trust.nhs.uk>"]


def test_since_filters_the_first_run_only(harness: Harness) -> None:
    harness.deliver(letter("ancient", date=datetime(2021, 3, 1, 9, 0, tzinfo=UTC)))
    harness.deliver(letter("recent"))
    with harness.make_mailbox() as box:
        got = drain(box, since=datetime.now(UTC) - timedelta(days=2))
    assert ids(got) == ["<recent@trust.nhs.uk>"]
    with harness.make_mailbox() as box:
        assert ids(drain(box)) == ["<ancient@trust.nhs.uk>", "<recent@trust.nhs.uk>"]


def test_read_only_mode_changes_nothing_on_the_server(harness: Harness) -> None:
    for n in range(3):
        harness.deliver(letter(f"ro{n}"))
    before = harness.state_fingerprint()
    with harness.make_mailbox(mode="read-only") as box:
        got = drain(box)
        for item in got:
            box.mark_processed(item.raw)
    assert len(got) == 3
    assert harness.state_fingerprint() == before
    assert not any(harness.is_tagged(m) for m in ids(got))


def test_managed_mode_tags_processed_mail(harness: Harness) -> None:
    harness.deliver(letter("managed0"))
    harness.deliver(letter("managed1"))
    with harness.make_mailbox(mode="managed") as box:
        got = drain(box)
        assert not harness.is_tagged("<managed0@trust.nhs.uk>")
        box.mark_processed(got[0].raw)
    assert harness.is_tagged("<managed0@trust.nhs.uk>")
    assert not harness.is_tagged("<managed1@trust.nhs.uk>")


def test_draft_is_saved_in_the_mailbox(harness: Harness) -> None:
    original = letter("draftme", references="<earlier@trust.nhs.uk>")
    harness.deliver(original)
    reply = reply_to(original)
    with harness.make_mailbox(delivery="draft") as box:
        drain(box)
        draft_id = box.save_draft(reply)
    assert draft_id
    drafts = harness.drafts()
    assert [msgid(d) for d in drafts] == [reply.message_id]
    assert harness.sent() == []


def test_reply_is_sent_in_thread_and_was_sent_finds_it(harness: Harness) -> None:
    original = letter("thread", subject="RE: Blood tests please", references="<earlier@trust.nhs.uk>")
    harness.deliver(original)
    reply = reply_to(original)
    with harness.make_mailbox() as box:
        [item] = drain(box)
        assert box.was_sent(reply.message_id) is False
        box.send(reply)
        assert box.was_sent(reply.message_id) is True
    [raw] = harness.sent()
    sent = BytesParser(policy=policy.default).parsebytes(raw)
    assert sent["Message-ID"] == reply.message_id
    assert sent["In-Reply-To"] == "<thread@trust.nhs.uk>"
    assert sent["References"].split() == ["<earlier@trust.nhs.uk>", "<thread@trust.nhs.uk>"]
    assert sent["Subject"] == "Re: Blood tests please"
    assert sent[LOOP_HEADER] == PRACTICE.ods_code
    assert sent["To"] == "outpatients@trust.nhs.uk"
    # after a restart (crash recovery) a new instance still finds it
    with harness.make_mailbox() as again:
        assert again.was_sent(reply.message_id) is True
        assert again.was_sent(new_message_id(PRACTICE)) is False


def test_dropped_connection_mid_fetch_raises_and_a_new_instance_resumes(harness: Harness) -> None:
    tags = [f"drop{n}" for n in range(6)]
    for t in tags:
        harness.deliver(letter(t))
    harness.break_next_fetch()
    box = harness.make_mailbox()
    taken: list[Fetched] = []
    with pytest.raises(MailboxError):
        for item in box.fetch_new(None):
            taken.append(item)
    box.close()
    cursor = taken[-1].cursor if taken else None
    with harness.make_mailbox() as again:
        rest = drain(again, cursor)
    assert ids(taken) + ids(rest) == [f"<{t}@trust.nhs.uk>" for t in tags]


def test_several_folders_are_watched(harness: Harness) -> None:
    harness.deliver(letter("inbox0"))
    harness.deliver(letter("docman0"), folder="DocmanUnprocessed")
    harness.deliver(letter("inbox1"))
    folders = ("INBOX", "DocmanUnprocessed")
    with harness.make_mailbox(folders=folders) as box:
        got = drain(box)
    assert sorted(ids(got)) == ["<docman0@trust.nhs.uk>", "<inbox0@trust.nhs.uk>", "<inbox1@trust.nhs.uk>"]
    assert {i.raw.folder for i in got} == set(folders)
    by_folder = {f: [msgid(i.raw.data) for i in got if i.raw.folder == f] for f in folders}
    assert by_folder["INBOX"] == ["<inbox0@trust.nhs.uk>", "<inbox1@trust.nhs.uk>"]
    harness.deliver(letter("docman1"), folder="DocmanUnprocessed")
    with harness.make_mailbox(folders=folders) as box:
        again = drain(box, got[-1].cursor)
    assert [(i.raw.folder, msgid(i.raw.data)) for i in again] == [
        ("DocmanUnprocessed", "<docman1@trust.nhs.uk>")
    ]
