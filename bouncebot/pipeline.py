"""The flow of one message, top to bottom, and nothing else.

    mailbox.fetch_new -> record (dedupe; cursor in the same transaction)
    triage            -> ignored, with the reason
    read_letter       -> quarantined, with the reason, when it cannot be read
    assess            -> findings, urgent flag
    draft             -> awaiting review (or clinician review first when urgent)
    [a person approves: bouncebot.review]
    send              -> our Message-ID recorded first; after a crash, Sent is checked before resending

Each stage commits its result before the next starts, so a crash anywhere resumes at the stage it
was in and nothing is done twice. Logs carry database ids and Message-IDs, never patient details.
"""

from __future__ import annotations

import json
import logging
import os
import socket
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import func, or_, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from bouncebot import letters as letters_mod
from bouncebot.mailboxes.base import Mailbox, MailboxError
from bouncebot.model import Assessment as AssessmentResult
from bouncebot.model import Letter, OutgoingReply, RawMessage
from bouncebot.outgoing import build_reply, new_message_id
from bouncebot.policy import Policy, assess, policy_from_settings
from bouncebot.reading import ReadingLimits, UnreadableMessage, read_letter
from bouncebot.reading.senders import trusts_by_sender, with_sender_trust
from bouncebot.review import audit
from bouncebot.settings import Settings
from bouncebot.store.clock import utcnow
from bouncebot.store.db import session_scope
from bouncebot.store.inbox import record
from bouncebot.store.tables import Assessment, Draft, FindingRow, MailboxState, Message, TemplatePackRow
from bouncebot.triage import triage, unlisted_reason

log = logging.getLogger("bouncebot")
WORKER = "worker"


@dataclass
class Context:
    """Everything the pure stages need, loaded once per process."""

    settings: Settings
    policy: Policy
    pack: letters_mod.Pack
    limits: ReadingLimits
    today: Callable[[], date] = date.today

    @classmethod
    def from_settings(cls, settings: Settings, engine: Engine | None = None) -> Context:
        policy = policy_from_settings(settings)
        pack_path = settings.resolve(settings.letters.pack)
        if engine is not None:  # an installed, active pack wins over the settings' default
            with Session(engine) as s:
                row = s.exec(select(TemplatePackRow).where(TemplatePackRow.active == True)).first()  # noqa: E712
                if row is not None and os.path.isdir(row.path):
                    pack_path = row.path  # type: ignore[assignment]
        w = settings.worker
        limits = ReadingLimits(
            max_message_bytes=w.max_message_bytes,
            max_attachment_bytes=w.max_attachment_bytes,
            pdf_timeout_seconds=w.pdf_timeout_seconds,
            pdf_memory_mb=w.pdf_memory_mb,
        )
        return cls(settings=settings, policy=policy, pack=letters_mod.load_pack(pack_path), limits=limits)

    @property
    def own_domains(self) -> tuple[str, ...]:
        from bouncebot.outgoing import message_id_domain

        return (message_id_domain(self.settings.practice),)


@dataclass
class PassReport:
    fetched: int = 0
    outcomes: Counter = field(default_factory=Counter)
    sent: int = 0
    errors: list[str] = field(default_factory=list)


# --- record ---------------------------------------------------------------------------------------


def _state(session: Session, url: str) -> MailboxState:
    return session.get(MailboxState, url) or MailboxState(url=url)


def ingest(engine: Engine, mailbox: Mailbox, since: datetime | None = None) -> int:
    """Take new mail into the database; the cursor moves in the same transaction as each message."""
    with Session(engine) as s:
        cursor = _state(s, mailbox.url).cursor
    new = 0
    for item in mailbox.fetch_new(cursor, since=since):
        try:
            with session_scope(engine) as s:
                msg = record(s, item.raw)
                state = _state(s, mailbox.url)
                state.cursor = item.cursor
                s.add(state)
                if msg is not None:
                    s.flush()
                    audit(s, WORKER, "received", message_pk=msg.id, detail={"uid": item.raw.uid})
                    new += 1
        except IntegrityError:
            # another worker took the same message a moment ago: not ours to record twice
            log.info("message %s already recorded by another worker", item.raw.uid)
    return new


# --- process --------------------------------------------------------------------------------------


def letter_json(letter: Letter) -> str:
    return json.dumps(
        {
            "blocks": [{"text": b.text, "source": asdict(b.source)} for b in letter.blocks],
            "attachments": [asdict(a) for a in letter.attachments],
            "problems": list(letter.problems),
        }
    )


def _quarantine(msg: Message, reason: str) -> None:
    msg.state, msg.reason, msg.processed_at = "quarantined", reason, utcnow()


def recipient(letter: Letter, provider_domains: Iterable[str]) -> str:
    """Reply-To when it is a provider address (letters often come from a no-reply gateway), else From."""
    domains = tuple(d.lower().lstrip(".") for d in provider_domains)
    reply_to = (letter.reply_to or "").lower()
    domain = reply_to.rsplit("@", 1)[-1]
    if reply_to and any(domain == d or domain.endswith("." + d) for d in domains):
        return reply_to
    return letter.sender


def _sender_trusts(session: Session, sender: str) -> dict[str, str]:
    """The trust the sender's earlier letters name, when they all name the same one (`reading.senders`)."""
    named = session.exec(select(Assessment.trust).where(Assessment.sender == sender, Assessment.trust != None)  # noqa: E711
                         .distinct()).all()
    return trusts_by_sender((sender, t) for t in named)


def _save_assessment(session: Session, msg: Message, letter: Letter, result: AssessmentResult) -> None:
    patient = letter.patient
    sender = letter.sender.lower()
    row = Assessment(
        message_pk=msg.id, kind=result.kind, action=result.action, urgent=result.urgent_clinical_action,
        trust=letter.trust, sender=sender, specialty=letter.specialty, clinician=letter.clinician,
        patient_name=patient.name if patient else None, nhs_number=patient.nhs_number if patient else None,
        dob=patient.dob if patient else None, event_date=letter.event_date, letter_date=letter.letter_date,
        letter_json=letter_json(letter),
    )
    session.add(row)
    session.flush()
    if letter.trust and _sender_trusts(session, sender).get(sender) == letter.trust:
        # the sender's earlier letters that named no trust are its letters too (reports count them per trust)
        session.execute(update(Assessment).where(Assessment.sender == sender, Assessment.trust == None)  # noqa: E711
                        .values(trust=letter.trust))
    for f, urgent in [(f, False) for f in result.findings] + [(f, True) for f in result.urgent_evidence]:
        session.add(FindingRow(
            assessment_id=row.id, category=f.category, rule=f.rule, evidence=f.evidence, source=f.source.label(),
            block=f.block, start=f.start, end=f.end, exempt=f.exempt, urgent=urgent, note=f.note,
        ))


def _hold_unlisted(msg: Message, letter: Letter) -> None:
    """A provider letter from a domain nobody listed: its findings are kept (reports count them), but no
    reply is drafted until a person adds the domain, because a reply must never go to an unchecked address."""
    domain = letter.sender.rsplit("@", 1)[-1]
    msg.state = "unlisted_sender"
    msg.reason = (f"{domain} is not in policy.provider_domains: if it is a provider's, add it to the settings "
                  "and the worker drafts the reply on its next pass")


def _make_draft(session: Session, msg: Message, letter: Letter, result: AssessmentResult, ctx: Context) -> Draft:
    categories = sorted({f.category for f in result.bounced})
    duties = {c: ctx.policy.duty(c) for c in categories}
    to = recipient(letter, ctx.settings.policy.provider_domains)
    reply = letters_mod.draft_reply(letter, result, ctx.pack, ctx.settings.practice, duties, to, ctx.today())
    draft = Draft(
        message_pk=msg.id, to_addr=reply.to, subject=reply.subject, body_text=reply.text, body_html=reply.html,
        docx=reply.docx, categories=",".join(categories), template_pack=reply.template_pack,
        template_version=reply.template_version,
    )
    session.add(draft)
    session.flush()
    audit(session, WORKER, "drafted", message_pk=msg.id, draft_id=draft.id,
          detail={"categories": categories, "pack": f"{reply.template_pack} {reply.template_version}"})
    return draft


def _read(msg: Message, ctx: Context) -> tuple[Letter, AssessmentResult]:
    letter = read_letter(msg.raw, ctx.limits)
    return letter, assess(letter, ctx.policy)


def process_one(session: Session, msg: Message, ctx: Context) -> str:
    """Triage, read, assess and draft one recorded message; returns its new state."""
    verdict = triage(msg.raw, ctx.settings.policy.provider_domains, ctx.own_domains)
    if not verdict.is_letter:
        msg.state, msg.reason, msg.processed_at = "ignored", verdict.reason, utcnow()
        return msg.state
    try:
        letter, result = _read(msg, ctx)
    except UnreadableMessage as e:
        if not verdict.listed:  # spam with broken MIME is not worth a person's time
            msg.state, msg.reason, msg.processed_at = "ignored", f"{verdict.reason}; unreadable ({e.reason})", utcnow()
        else:
            _quarantine(msg, e.reason)
        return msg.state
    if not verdict.listed and (why := unlisted_reason(letter)):
        msg.state, msg.reason, msg.processed_at = "ignored", why, utcnow()
        return msg.state
    if letter.trust is None and letter.kind != "other":  # named by the sender's earlier letters?
        letter = with_sender_trust(letter, _sender_trusts(session, letter.sender.lower()))
    if letter.problems and not result.findings and not result.urgent_clinical_action:
        # e.g. an image-only PDF: we could not read the letter, so a person must
        _quarantine(msg, "; ".join(letter.problems))
        return msg.state
    _save_assessment(session, msg, letter, result)
    if result.action == "clinician_review":
        msg.state = "clinician_review"
    elif result.action == "draft" and not verdict.listed:
        _hold_unlisted(msg, letter)
    elif result.action == "draft":
        _make_draft(session, msg, letter, result, ctx)
        msg.state = "drafted"
    else:
        msg.state = "no_action"
    msg.processed_at = utcnow()
    return msg.state


Progress = Callable[[int, int], None]


def process_pending(engine: Engine, ctx: Context, mailboxes: dict[str, Mailbox] | None = None,
                    progress: Progress | None = None) -> Counter:
    """Process every recorded message not yet processed, each in its own transaction."""
    outcomes: Counter = Counter()
    with Session(engine) as s:
        pending = s.exec(select(Message.id).where(Message.state == "fetched").order_by(Message.id)).all()
    for n, pk in enumerate(pending, 1):
        if progress:
            progress(n, len(pending))
        raw: RawMessage | None = None
        try:
            with session_scope(engine) as s:
                msg = s.get(Message, pk)
                if msg is None or msg.state != "fetched":
                    continue  # another worker got there first
                state = process_one(s, msg, ctx)
                audit(s, WORKER, state, message_pk=pk, detail={"reason": msg.reason} if msg.reason else None)
                raw = RawMessage(mailbox=msg.mailbox, uid=msg.uid, data=b"", folder=msg.folder)
        except Exception as e:  # noqa: BLE001 - one bad letter must never stop the rest
            log.warning("message %s quarantined after an internal error (%s)", pk, type(e).__name__)
            with session_scope(engine) as s:
                msg = s.get(Message, pk)
                if msg is not None and msg.state == "fetched":
                    _quarantine(msg, f"bouncebot could not process this message ({type(e).__name__}); "
                                     "read it yourself and report the message id to your administrator")
                    audit(s, WORKER, "quarantined", message_pk=pk, detail={"error": type(e).__name__})
            state = "quarantined"
        outcomes[state] += 1
        log.info("message %s: %s", pk, state)
        if raw is not None and mailboxes and raw.mailbox in mailboxes:
            try:
                mailboxes[raw.mailbox].mark_processed(raw)
            except MailboxError as e:
                log.warning("could not tag message %s as processed: %s", pk, e)
    return outcomes


def draft_released(engine: Engine, ctx: Context) -> int:
    """Draft the bounce for urgent letters a clinician has released, and for letters held because their
    sender's domain was not listed, once it is (each letter is read afresh)."""
    made = 0
    waiting = ("released", "unlisted_sender")
    with Session(engine) as s:
        pks = s.exec(select(Message.id).where(Message.state.in_(waiting))).all()  # type: ignore[attr-defined]
    for pk in pks:
        with session_scope(engine) as s:
            msg = s.get(Message, pk)
            if msg is None or msg.state not in waiting:
                continue
            listed = triage(msg.raw, ctx.settings.policy.provider_domains, ctx.own_domains).listed
            if msg.state == "unlisted_sender" and not listed:
                continue  # still nobody has said this sender is a provider
            if s.exec(select(Draft.id).where(Draft.message_pk == pk)).first() is None:
                letter, result = _read(msg, ctx)
                if result.bounced and not listed:
                    _hold_unlisted(msg, letter)
                    continue
                if result.bounced:
                    _make_draft(s, msg, letter, result, ctx)
                    made += 1
            msg.state = "drafted" if s.exec(select(Draft.id).where(Draft.message_pk == pk)).first() else "no_action"
    return made


# --- send -----------------------------------------------------------------------------------------


def _sent_today(session: Session, to: str, now: datetime) -> int:
    return session.exec(
        select(func.count()).select_from(Draft).where(
            Draft.to_addr == to, Draft.state == "sent", Draft.sent_at >= now - timedelta(days=1)
        )
    ).one()


def send_approved(engine: Engine, mailbox: Mailbox, ctx: Context) -> int:
    """Send approved drafts from this mailbox exactly once each."""
    sent = 0
    with Session(engine) as s:
        ids = s.exec(
            select(Draft.id).join(Message, Draft.message_pk == Message.id)
            .where(Message.mailbox == mailbox.url, Draft.state.in_(("approved", "sending")))  # type: ignore[attr-defined]
            .order_by(Draft.id)
        ).all()
    for draft_id in ids:
        with session_scope(engine) as s:
            draft = s.get(Draft, draft_id)
            msg = s.get(Message, draft.message_pk) if draft else None
            if draft is None or msg is None or draft.state not in ("approved", "sending"):
                continue
            if draft.state == "approved":
                cap = ctx.settings.worker.replies_per_recipient_per_day
                if _sent_today(s, draft.to_addr, utcnow()) >= cap:
                    draft.last_error = f"held: {cap} replies already sent to this address in the last 24 hours"
                    continue
                draft.outgoing_message_id = draft.outgoing_message_id or new_message_id(ctx.settings.practice)
                draft.state = "sending"
            draft.attempts += 1
            reply = OutgoingReply(
                message=build_reply(
                    original_raw=msg.raw, to=draft.to_addr, subject=draft.subject, text=draft.body_text,
                    html=draft.body_html, docx=draft.docx, message_id=draft.outgoing_message_id or "",
                    practice=ctx.settings.practice, when=draft.decided_at or utcnow(),
                ),
                in_reply_to_uid=msg.uid,
                folder=msg.folder,
            )
        # the 'sending' state and our Message-ID are committed before the mailbox is touched
        try:
            if mailbox.was_sent(reply.message_id):
                how = "found in Sent after a restart"
            elif mailbox.delivery == "draft":
                mailbox.save_draft(reply)
                how = "left in the mailbox's Drafts folder"
            else:
                mailbox.send(reply)
                how = "sent"
        except MailboxError as e:
            with session_scope(engine) as s:
                d = s.get(Draft, draft_id)
                if d is not None:
                    d.last_error = str(e)
            log.warning("draft %s not sent yet: %s", draft_id, e)
            raise
        with session_scope(engine) as s:
            d = s.get(Draft, draft_id)
            if d is not None:
                d.state, d.sent_at, d.last_error = "sent", utcnow(), None
                audit(s, WORKER, "sent", message_pk=d.message_pk, draft_id=d.id,
                      detail={"how": how, "message_id": reply.message_id})
        sent += 1
        log.info("draft %s %s as %s", draft_id, how, reply.message_id)
    return sent


# --- one pass -------------------------------------------------------------------------------------

WORKER_ID = f"{socket.gethostname()}:{os.getpid()}"


def _dead_owner(owner: str | None) -> bool:
    """True when the lease belongs to a worker on this host whose process has gone (killed, crashed)."""
    if not owner or ":" not in owner:
        return False
    host, _, pid = owner.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def claim(engine: Engine, url: str, seconds: int = 600) -> bool:
    """Take the mailbox's lease so two workers never poll it at once (works on SQLite and PostgreSQL).

    A lease held by a worker on this machine that no longer exists is taken over at once, so a
    restart after a crash resumes immediately instead of waiting for the lease to expire.
    """
    now = utcnow()
    with session_scope(engine) as s:
        st = s.get(MailboxState, url)
        if st is None:
            s.add(MailboxState(url=url))
            s.flush()
        elif st.lease_owner != WORKER_ID and _dead_owner(st.lease_owner):
            log.warning("taking over the lease on %s from a worker that has stopped", url)
            st.lease_until = None
            s.add(st)
            s.flush()
        result = s.exec(
            update(MailboxState)
            .where(MailboxState.url == url)
            .where(or_(MailboxState.lease_until.is_(None), MailboxState.lease_until < now,  # type: ignore[union-attr]
                       MailboxState.lease_owner == WORKER_ID))
            .values(lease_owner=WORKER_ID, lease_until=now + timedelta(seconds=seconds))
        )
        return result.rowcount == 1


def release_lease(engine: Engine, url: str, *, error: str | None, interval: int) -> None:
    """Give the lease back and schedule the next poll, backing off after failures."""
    with session_scope(engine) as s:
        st = _state(s, url)
        now = utcnow()
        st.lease_owner, st.lease_until, st.last_polled_at = None, None, now
        if error:
            st.failures += 1
            delay = min(interval * 2 ** min(st.failures, 6), 3600)
            st.last_error = error
        else:
            st.failures, st.last_error, delay = 0, None, interval
        st.next_due_at = now + timedelta(seconds=delay)
        s.add(st)


def is_due(engine: Engine, url: str) -> bool:
    with Session(engine) as s:
        st = s.get(MailboxState, url)
        return st is None or st.next_due_at is None or st.next_due_at <= utcnow()


def run_pass(engine: Engine, ctx: Context, mailboxes: Iterable[Mailbox], *, only_due: bool = False,
             since: datetime | None = None, progress: Progress | None = None) -> PassReport:
    """Poll each mailbox, process what arrived, draft released letters and send approved replies."""
    report = PassReport()
    boxes = {m.url: m for m in mailboxes}
    interval = ctx.settings.worker.poll_interval_seconds
    for url, box in boxes.items():
        if only_due and not is_due(engine, url):
            continue
        if not claim(engine, url):
            log.info("mailbox %s is being polled by another worker", url)
            continue
        error = None
        try:
            report.fetched += ingest(engine, box, since=since or box.since)
        except MailboxError as e:
            error = str(e)
            report.errors.append(f"{url}: {e}")
            log.warning("polling %s failed: %s", url, e)
        finally:
            if error:
                release_lease(engine, url, error=error, interval=interval)
        if error:
            continue
        try:
            report.outcomes += process_pending(engine, ctx, boxes, progress)
            draft_released(engine, ctx)
            report.sent += send_approved(engine, box, ctx)
        except MailboxError as e:
            error = str(e)
            report.errors.append(f"{url}: {e}")
        finally:
            release_lease(engine, url, error=error, interval=interval)
    return report
