"""End to end on a Maildir and a real database: the flow of one message, and its guarantees."""

from __future__ import annotations

import json
import logging
import mailbox as stdlib_mailbox
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from sqlmodel import Session, func, select

from bouncebot import review
from bouncebot.mailboxes.maildir import MaildirMailbox
from bouncebot.pipeline import Context, run_pass
from bouncebot.settings import load_settings
from bouncebot.store.db import make_engine, session_scope
from bouncebot.store.tables import AuditEvent, Draft, Message
from tests.conftest import dev_labels


def fill(box: MaildirMailbox, payloads: list[bytes]) -> None:
    for data in payloads:
        box._md.add(stdlib_mailbox.MaildirMessage(data))


@pytest.fixture(scope="module")
def dev_payloads(dev_corpus: Path) -> dict[str, bytes]:
    return {d["file"]: (dev_corpus / d["file"]).read_bytes() for d in dev_labels()}


@pytest.fixture
def setup(tmp_path: Path, db_url: str):  # type: ignore[no-untyped-def]
    box = MaildirMailbox(tmp_path / "Maildir")
    settings = load_settings(None, db=db_url, mailbox=box.url, environ={})
    engine = make_engine(db_url)
    ctx = Context.from_settings(settings, engine)
    return box, engine, ctx


def states(engine) -> dict[str, str]:  # type: ignore[no-untyped-def]
    with Session(engine) as s:
        return {m.message_id: m.state for m in s.exec(select(Message)).all()}


def test_dev_corpus_end_to_end(setup, dev_payloads: dict[str, bytes]) -> None:  # type: ignore[no-untyped-def]
    box, engine, ctx = setup
    fill(box, list(dev_payloads.values()))
    report = run_pass(engine, ctx, [box])
    assert report.errors == []
    assert report.fetched == len(dev_payloads)
    labels = {d["file"]: d for d in dev_labels()}
    with Session(engine) as s:
        msgs = s.exec(select(Message)).all()
        drafted = {d.message_pk for d in s.exec(select(Draft)).all()}
        assert len(msgs) == len(dev_payloads)
        assert all(m.state != "fetched" for m in msgs), "every message is processed"
        by_id = {m.message_id: m for m in msgs}
    from bouncebot.store.inbox import _identity

    for name, data in dev_payloads.items():
        m = by_id[_identity(data)[0]]
        if labels[name]["kind"] == "other":
            assert m.id not in drafted, f"{name} is not a hospital letter and must get no draft"
        if labels[name]["urgent_clinical_action"]:
            assert m.state == "clinician_review", f"{name} asks for urgent action: a clinician sees it first"
            assert m.id not in drafted
    # a second pass over the same mailbox takes nothing new and drafts nothing twice
    again = run_pass(engine, ctx, [box])
    assert again.fetched == 0
    with Session(engine) as s:
        assert s.exec(select(func.count()).select_from(Draft)).one() == len(drafted)


def test_same_letter_arriving_twice_gets_one_draft(setup, dev_payloads: dict[str, bytes]) -> None:  # type: ignore[no-untyped-def]
    box, engine, ctx = setup
    letter = dev_payloads["dev-001.eml"]
    resent = letter.replace(b"Subject:", b"X-Resent: yes\r\nSubject:", 1)  # other bytes, same Message-ID
    fill(box, [letter, letter, resent])
    run_pass(engine, ctx, [box])
    with Session(engine) as s:
        assert s.exec(select(func.count()).select_from(Message)).one() == 1
        assert s.exec(select(func.count()).select_from(Draft)).one() == 1


def test_approved_reply_is_sent_once_in_thread(setup, dev_payloads: dict[str, bytes]) -> None:  # type: ignore[no-untyped-def]
    box, engine, ctx = setup
    fill(box, [dev_payloads["dev-003.eml"]])
    run_pass(engine, ctx, [box])
    with session_scope(engine) as s:
        draft = s.exec(select(Draft)).one()
        assert draft.state == "awaiting_review"
        review.approve(s, draft.id, "pm")
        review.approve(s, draft.id, "pm")  # a double-click
    run_pass(engine, ctx, [box])
    run_pass(engine, ctx, [box])
    sent = box.outbox()
    assert len(sent) == 1
    reply = message_from_bytes(sent[0], policy=policy.default)
    original = message_from_bytes(dev_payloads["dev-003.eml"], policy=policy.default)
    assert reply["In-Reply-To"] == original["Message-ID"]
    assert original["Message-ID"] in reply["References"]
    assert reply["Subject"].startswith("Re: ") and "Re: Re:" not in reply["Subject"]
    assert reply["X-Bouncebot-Loop"]
    assert reply["To"] == "letters@northshire-hospitals.nhs.uk"
    assert any(p.get_filename() and p.get_filename().endswith(".docx") for p in reply.iter_attachments())
    with Session(engine) as s:
        assert s.exec(select(Draft)).one().state == "sent"
        actions = [e.action for e in s.exec(select(AuditEvent).order_by(AuditEvent.id)).all()]
    assert actions.count("approved") == 1 and actions.count("sent") == 1


def test_our_own_reply_coming_back_is_never_answered(setup, dev_payloads: dict[str, bytes]) -> None:  # type: ignore[no-untyped-def]
    box, engine, ctx = setup
    fill(box, [dev_payloads["dev-003.eml"]])
    run_pass(engine, ctx, [box])
    with session_scope(engine) as s:
        review.approve(s, s.exec(select(Draft)).one().id, "pm")
    run_pass(engine, ctx, [box])
    fill(box, box.outbox())  # e.g. the hospital's gateway reflects it back to us
    run_pass(engine, ctx, [box])
    with Session(engine) as s:
        back = s.exec(select(Message).order_by(Message.id.desc())).first()  # type: ignore[union-attr]
        assert back.state == "ignored"
        assert s.exec(select(func.count()).select_from(Draft)).one() == 1


def test_urgent_letter_waits_for_a_clinician(setup, dev_payloads: dict[str, bytes]) -> None:  # type: ignore[no-untyped-def]
    from bouncebot.pipeline import draft_released

    box, engine, ctx = setup
    fill(box, [dev_payloads["dev-020.eml"]])  # urgent haemoglobin check plus work to return
    run_pass(engine, ctx, [box])
    with session_scope(engine) as s:
        msg = s.exec(select(Message)).one()
        assert msg.state == "clinician_review"
        assert s.exec(select(Draft)).first() is None, "no bounce is drafted before a clinician releases it"
        with pytest.raises(review.ReviewError):
            review.release(s, msg.id, "pm", "reviewer")
        review.release(s, msg.id, "dr", "clinician")
    assert draft_released(engine, ctx) == 1
    with Session(engine) as s:
        assert s.exec(select(Draft)).one().state == "awaiting_review"
        assert s.exec(select(Message)).one().state == "drafted"


def test_bad_input_is_quarantined_and_the_rest_carries_on(setup, dev_payloads: dict[str, bytes]) -> None:  # type: ignore[no-untyped-def]
    from email.message import EmailMessage

    box, engine, ctx = setup

    def letter_with(name: str, ctype: tuple[str, str], payload: bytes) -> bytes:
        m = EmailMessage()
        m["From"] = "Letters <letters@ridgeway.nhs.uk>"
        m["To"] = "riverside.surgery@nhs.net"
        m["Subject"] = f"Clinic letter {name}"
        m["Date"] = "Mon, 05 Oct 2026 10:00:00 +0100"
        m["Message-ID"] = f"<{name}@ridgeway.nhs.uk>"
        m.set_content("Please see the attached letter.")
        m.add_attachment(payload, maintype=ctype[0], subtype=ctype[1], filename=name)
        return m.as_bytes()

    docx = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
    bad = [
        letter_with("corrupt.pdf", ("application", "pdf"), b"%PDF-1.4\n this is not really a pdf"),
        letter_with("notazip.docx", docx, b"PK but not a zip at all"),
        letter_with("huge.pdf", ("application", "pdf"), b"%PDF-1.4\n" + b"0" * (30 * 1024 * 1024)),
    ]
    good = dev_payloads["dev-010.eml"]
    fill(box, [*bad, good])
    report = run_pass(engine, ctx, [box])
    assert report.errors == []
    with Session(engine) as s:
        msgs = s.exec(select(Message).order_by(Message.id)).all()
    quarantined = [m for m in msgs if m.state == "quarantined"]
    assert len(quarantined) == 3
    assert all(m.reason and len(m.reason) > 20 for m in quarantined), "each says why, for a person"
    assert [m.state for m in msgs if m.sha256 not in {q.sha256 for q in quarantined}] == ["drafted"]


def test_logs_carry_ids_not_patients(setup, dev_payloads: dict[str, bytes], caplog: pytest.LogCaptureFixture) -> None:  # type: ignore[no-untyped-def]
    box, engine, ctx = setup
    fill(box, list(dev_payloads.values())[:40])
    with caplog.at_level(logging.DEBUG):
        run_pass(engine, ctx, [box])
    text = caplog.text
    assert "message" in text
    for label in dev_labels():
        patient = label.get("patient") or {}
        for value in (patient.get("name"), patient.get("nhs_number")):
            if value:
                assert value not in text
                assert value.split()[-1] not in text  # not even the surname


def test_settings_errors_name_the_file_and_key(tmp_path: Path) -> None:
    from bouncebot.settings import SettingsError

    bad = tmp_path / "bouncebot.toml"
    bad.write_text('[worker]\npoll_interval_seconds = "soon"\n')
    with pytest.raises(SettingsError) as e:
        load_settings(bad, environ={})
    assert f"{bad}:2" in str(e.value) and "poll_interval_seconds" in str(e.value)


def test_example_settings_file_is_valid() -> None:
    settings = load_settings(Path(__file__).parent.parent / "config" / "bouncebot.example.toml", environ={})
    assert settings.mailboxes[0].mode == "read-only"
    assert json.loads(settings.model_dump_json())["policy"]["contract_edition"]


def test_a_mailbox_since_setting_limits_the_first_run(tmp_path: Path, dev_payloads: dict[str, bytes]) -> None:
    from datetime import date

    from bouncebot.mailboxes import open_mailbox
    from bouncebot.settings import MailboxSettings

    path = tmp_path / "Maildir"
    import os

    md = MaildirMailbox(path)
    for data in (dev_payloads["dev-001.eml"], dev_payloads["dev-120.eml"]):  # sent 5 Oct and 30 Nov
        key = md._md.add(stdlib_mailbox.MaildirMessage(data))
        when = message_from_bytes(data, policy=policy.default)["Date"].datetime.timestamp()
        os.utime(path / "new" / key, (when, when))  # Maildir arrival time = file time
    box = open_mailbox(MailboxSettings(url=f"maildir:{path}", since=date(2026, 11, 1)))
    db = f"sqlite:///{tmp_path / 'bb.db'}"
    settings = load_settings(None, db=db, mailbox=box.url, environ={})
    engine = make_engine(db)
    report = run_pass(engine, Context.from_settings(settings, engine), [box])
    assert report.fetched == 1
    with Session(engine) as s:
        (only,) = s.exec(select(Message)).all()
        assert only.sent_at is not None and only.sent_at.month == 11


def test_letter_from_an_unlisted_provider_is_held_until_its_domain_is_listed(  # type: ignore[no-untyped-def]
        setup, dev_payloads: dict[str, bytes]) -> None:
    """A hospice writes from its own domain: its letter is read and its findings kept, but nothing is
    drafted to an address nobody has vouched for; once the domain is listed, the next pass drafts it.
    A patient's email from outside the provider domains stays ignored."""
    box, engine, ctx = setup
    hospice = (Path(__file__).parent / "corpus" / "third" / "third-072.eml").read_bytes()
    fill(box, [hospice, dev_payloads["dev-002.eml"]])
    run_pass(engine, ctx, [box])
    with Session(engine) as s:
        held = s.exec(select(Message).where(Message.state == "unlisted_sender")).one()
        assert "linthorpehillhospice.org.uk is not in policy.provider_domains" in (held.reason or "")
        assert s.exec(select(func.count()).select_from(Draft)).one() == 0
        patient = s.exec(select(Message).where(Message.sender != held.sender)).one()
        assert patient.state == "ignored" and "does not read as a provider letter" in (patient.reason or "")
        from bouncebot.store.tables import Assessment, FindingRow
        cats = s.exec(select(FindingRow.category).join(Assessment, FindingRow.assessment_id == Assessment.id)
                      .where(Assessment.message_pk == held.id)).all()
        assert "results_chasing" in cats  # counted for the practice's reports all the same
    run_pass(engine, ctx, [box])
    assert "unlisted_sender" in states(engine).values()  # still held: nobody listed the domain
    ctx.settings.policy.provider_domains.append("linthorpehillhospice.org.uk")
    run_pass(engine, ctx, [box])
    with Session(engine) as s:
        draft = s.exec(select(Draft)).one()
        assert draft.to_addr == "clinical.team@linthorpehillhospice.org.uk"
        assert s.get(Message, draft.message_pk).state == "drafted"


def test_a_letter_naming_no_trust_is_counted_under_its_senders_trust(setup) -> None:  # type: ignore[no-untyped-def]
    """An ED system's letters from one mailbox mostly name their trust and a few do not: reports per trust
    count those few under the trust the mailbox's other letters name, whichever arrives first."""
    from bouncebot.store.inbox import _identity
    from bouncebot.store.tables import Assessment

    box, engine, ctx = setup
    corpus = Path(__file__).parent / "corpus" / "thirtyfourth"
    unnamed, named, later = (corpus / f"thirtyfourth-{n}.eml" for n in ("002", "004", "015"))
    trust = "Kellingford and Marsh District Hospitals NHS Trust"

    def trust_of(path: Path) -> str | None:
        with Session(engine) as s:
            msg = s.exec(select(Message).where(Message.message_id == _identity(path.read_bytes())[0])).one()
            return s.exec(select(Assessment.trust).where(Assessment.message_pk == msg.id)).one()

    fill(box, [unnamed.read_bytes()])
    run_pass(engine, ctx, [box])
    assert trust_of(unnamed) is None  # nothing yet says whose mailbox this is
    fill(box, [named.read_bytes()])
    run_pass(engine, ctx, [box])
    assert trust_of(named) == trust and trust_of(unnamed) == trust  # the earlier letter is counted too
    fill(box, [later.read_bytes()])
    run_pass(engine, ctx, [box])
    assert trust_of(later) == trust  # and the next one at once
