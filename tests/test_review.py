"""Review decisions: states, roles, idempotence, and the audit trail."""

from __future__ import annotations

import json

import pytest
from sqlmodel import Session, select

from bouncebot import review
from bouncebot.store.db import make_engine, session_scope
from bouncebot.store.tables import Assessment, AuditEvent, Draft, FindingRow, Message


@pytest.fixture
def engine(db_url: str):  # type: ignore[no-untyped-def]
    return make_engine(db_url)


def _letter(engine, state: str = "drafted", draft: bool = True) -> tuple[int, int | None]:  # type: ignore[no-untyped-def]
    with session_scope(engine) as s:
        n = len(s.exec(select(Message)).all())
        m = Message(mailbox="maildir:x", uid=str(n), message_id=f"m{n}@t", sha256=f"{n:064d}", raw=b"x", state=state)
        s.add(m)
        s.flush()
        a = Assessment(message_pk=m.id, kind="clinic_letter", action="draft", letter_json='{"blocks": []}')
        s.add(a)
        s.flush()
        s.add(FindingRow(assessment_id=a.id, category="fit_note", rule="fit-note-gp", evidence="GP to issue a fit note",
                         source="email body"))
        d = None
        if draft:
            d = Draft(message_pk=m.id, to_addr="t@trust.nhs.uk", subject="Re: x", body_text="Dear team\n",
                      body_html="<p>Dear team</p>", docx=b"")
            s.add(d)
            s.flush()
        return m.id, d.id if d else None  # type: ignore[return-value]


def test_approve_is_idempotent_and_audited(engine) -> None:  # type: ignore[no-untyped-def]
    _, draft_id = _letter(engine)
    with session_scope(engine) as s:
        assert review.approve(s, draft_id, "pm").changed
    with session_scope(engine) as s:
        assert not review.approve(s, draft_id, "pm2").changed
    with Session(engine) as s:
        d = s.get(Draft, draft_id)
        assert (d.state, d.decided_by) == ("approved", "pm")
        assert [e.action for e in s.exec(select(AuditEvent)).all()] == ["approved"]


def test_edited_text_replaces_the_body_and_is_escaped_in_html(engine) -> None:  # type: ignore[no-untyped-def]
    _, draft_id = _letter(engine)
    with session_scope(engine) as s:
        review.approve(s, draft_id, "pm", text="Dear team,\n\nPlease arrange <bloods> & scans.")
    with Session(engine) as s:
        d = s.get(Draft, draft_id)
        assert "Please arrange <bloods> & scans." in d.body_text
        assert "&lt;bloods&gt; &amp; scans" in d.body_html and "<bloods>" not in d.body_html
        assert json.loads(s.exec(select(AuditEvent)).one().detail) == {"edited": True}


def test_reject_needs_a_reason_and_blocks_later_approval(engine) -> None:  # type: ignore[no-untyped-def]
    _, draft_id = _letter(engine)
    with pytest.raises(review.ReviewError), session_scope(engine) as s:
        review.reject(s, draft_id, "pm", "  ")
    with session_scope(engine) as s:
        review.reject(s, draft_id, "pm", "the practice does this under the LES")
    with pytest.raises(review.ReviewError, match="rejected"), session_scope(engine) as s:
        review.approve(s, draft_id, "pm")


def test_not_a_bounce_records_the_rules(engine) -> None:  # type: ignore[no-untyped-def]
    _, draft_id = _letter(engine)
    with session_scope(engine) as s:
        review.not_a_bounce(s, draft_id, "pm", "fit note already issued")
    with Session(engine) as s:
        event = s.exec(select(AuditEvent)).one()
    assert event.action == "not_a_bounce"
    assert json.loads(event.detail) == {"reason": "fit note already issued", "rules": ["fit-note-gp"]}


def test_only_a_clinician_releases_an_urgent_letter(engine) -> None:  # type: ignore[no-untyped-def]
    msg_id, _ = _letter(engine, state="clinician_review", draft=False)
    for role in ("reviewer", "admin"):
        with pytest.raises(review.ReviewError, match="clinician"), session_scope(engine) as s:
            review.release(s, msg_id, "someone", role)
    with session_scope(engine) as s:
        assert review.keep_for_gp(s, msg_id, "dr", "clinician", "INR clinic is ours").state == "kept_for_gp"
    with pytest.raises(review.ReviewError), session_scope(engine) as s:
        review.release(s, msg_id, "dr", "clinician")


def test_a_draft_of_an_unreleased_urgent_letter_cannot_be_approved(engine) -> None:  # type: ignore[no-untyped-def]
    _, draft_id = _letter(engine, state="clinician_review")
    with pytest.raises(review.ReviewError, match="clinician"), session_scope(engine) as s:
        review.approve(s, draft_id, "pm")
