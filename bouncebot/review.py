"""What a person decides about a letter or a draft: one set of functions for the CLI and the web app.

Every decision is checked against the current state (so a double-click, or two reviewers at
once, cannot approve twice), lands in the append-only audit log with who and when, and never
touches a mailbox: the worker sends approved drafts on its next pass.

Message states a person acts on:  clinician_review -> released | kept_for_gp
Draft states a person acts on:    awaiting_review  -> approved | rejected | not_a_bounce
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass

from sqlmodel import Session, select

from bouncebot.store.clock import utcnow
from bouncebot.store.tables import Assessment, AuditEvent, Draft, FindingRow, Message

CLINICAL_ROLES = ("clinician",)
FINAL_DRAFT_STATES = ("approved", "sending", "sent", "rejected", "not_a_bounce")


class ReviewError(Exception):
    """A decision that cannot be taken now; the message says why and what to do instead."""


@dataclass(frozen=True)
class Outcome:
    changed: bool  # False when the same decision had already been taken (idempotent repeat)
    state: str


def audit(session: Session, actor: str, action: str, *, message_pk: int | None = None,
          draft_id: int | None = None, detail: dict | None = None) -> None:
    """Append one audit event. Details never carry patient identifiers."""
    session.add(AuditEvent(actor=actor, action=action, message_pk=message_pk, draft_id=draft_id,
                           detail=json.dumps(detail, sort_keys=True) if detail else None))


def _draft(session: Session, draft_id: int) -> Draft:
    draft = session.get(Draft, draft_id)
    if draft is None:
        raise ReviewError(f"there is no draft {draft_id}: `bouncebot drafts list` shows the current ones")
    return draft


def _message(session: Session, message_pk: int) -> Message:
    msg = session.get(Message, message_pk)
    if msg is None:
        raise ReviewError(f"there is no letter {message_pk}")
    return msg


def text_to_html(text: str) -> str:
    """An edited plain-text body as safe HTML paragraphs."""
    paras = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "\n".join("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>" for p in paras)


def approve(session: Session, draft_id: int, actor: str, *, text: str | None = None) -> Outcome:
    """Approve a draft for sending, optionally with an edited email body. Repeats are harmless."""
    draft = _draft(session, draft_id)
    if draft.state in ("approved", "sending", "sent"):
        return Outcome(False, draft.state)
    if draft.state != "awaiting_review":
        raise ReviewError(f"draft {draft_id} is {draft.state.replace('_', ' ')}; only drafts awaiting review can be approved")
    msg = _message(session, draft.message_pk)
    if msg.state == "clinician_review":
        raise ReviewError("this letter asks for urgent clinical action: a clinician must release it first")
    edited = text is not None and text.strip() != draft.body_text.strip()
    if edited:
        draft.body_text = text.strip() + "\n"
        draft.body_html = text_to_html(text)
    draft.state = "approved"
    draft.decided_by, draft.decided_at = actor, utcnow()
    session.add(draft)
    audit(session, actor, "approved", message_pk=draft.message_pk, draft_id=draft.id, detail={"edited": edited})
    return Outcome(True, draft.state)


def reject(session: Session, draft_id: int, actor: str, reason: str) -> Outcome:
    if not reason.strip():
        raise ReviewError("say why the draft is rejected (--reason)")
    return _close(session, draft_id, actor, "rejected", reason.strip())


def not_a_bounce(session: Session, draft_id: int, actor: str, reason: str | None = None) -> Outcome:
    """The letter asked nothing of the practice that should go back: feedback on the rules that fired."""
    return _close(session, draft_id, actor, "not_a_bounce", (reason or "").strip() or None)


def _close(session: Session, draft_id: int, actor: str, state: str, reason: str | None) -> Outcome:
    draft = _draft(session, draft_id)
    if draft.state == state:
        return Outcome(False, state)
    if draft.state != "awaiting_review":
        raise ReviewError(f"draft {draft_id} is already {draft.state.replace('_', ' ')}")
    draft.state, draft.reason = state, reason
    draft.decided_by, draft.decided_at = actor, utcnow()
    session.add(draft)
    detail: dict = {"reason": reason} if reason else {}
    if state == "not_a_bounce":
        detail["rules"] = sorted(rules_for(session, draft.message_pk))
    audit(session, actor, state, message_pk=draft.message_pk, draft_id=draft.id, detail=detail or None)
    return Outcome(True, state)


def rules_for(session: Session, message_pk: int) -> set[str]:
    rows = session.exec(
        select(FindingRow.rule).join(Assessment, FindingRow.assessment_id == Assessment.id)
        .where(Assessment.message_pk == message_pk, FindingRow.urgent == False)  # noqa: E712
    ).all()
    return set(rows)


def _clinical(session: Session, message_pk: int, actor: str, role: str, new_state: str, note: str | None) -> Outcome:
    if role not in CLINICAL_ROLES:
        raise ReviewError("only a clinician can decide on a letter that asks for urgent clinical action")
    msg = _message(session, message_pk)
    if msg.state == new_state:
        return Outcome(False, new_state)
    if msg.state != "clinician_review":
        raise ReviewError(f"letter {message_pk} is not waiting for clinician review (it is {msg.state.replace('_', ' ')})")
    msg.state = new_state
    session.add(msg)
    audit(session, actor, new_state, message_pk=message_pk, detail={"note": note} if note else None)
    return Outcome(True, new_state)


def release(session: Session, message_pk: int, actor: str, role: str, note: str | None = None) -> Outcome:
    """A clinician has made sure the urgent action is in hand: the bounce may now be drafted."""
    return _clinical(session, message_pk, actor, role, "released", note)


def keep_for_gp(session: Session, message_pk: int, actor: str, role: str, note: str | None = None) -> Outcome:
    """A clinician keeps the work in the practice: nothing is returned."""
    return _clinical(session, message_pk, actor, role, "kept_for_gp", note)
