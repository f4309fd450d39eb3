"""Seeding the bounce log with invented letters for the evidence tests.

Every patient is invented and every NHS number is in the 999 range (never issued to a real person),
with a valid Modulus-11 check digit so the data looks like what the reader stores.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import delete
from sqlalchemy.engine import Engine
from sqlmodel import Session

from bouncebot.store.tables import Assessment, AuditEvent, Draft, FindingRow, Message

_serial = itertools.count(1)


def nhs_number(n: int) -> str:
    """The n-th valid 999-range NHS number (Modulus 11), as ten digits."""
    for candidate in range(n, n + 1000):
        nine = f"999{candidate % 1_000_000:06d}"
        total = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1), strict=True))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check != 10:
            return nine + str(check)
    raise AssertionError("unreachable")


@dataclass
class F:
    """A finding to seed."""

    category: str
    exempt: bool = False
    urgent: bool = False
    evidence: str = "Please ask the GP to arrange this."
    note: str | None = None


@dataclass
class L:
    """A letter to seed: one message, its assessment, findings and (optionally) a draft."""

    sent_at: datetime | None
    trust: str | None = "Northbridge University Hospitals NHS Trust"
    specialty: str | None = "Cardiology"
    clinician: str | None = "Dr Ada Marsh"
    findings: Sequence[F] = ()
    draft_state: str | None = "awaiting_review"
    patient_name: str = "Pella Quorn"
    nhs: str = field(default_factory=lambda: nhs_number(next(_serial)))
    dob: date = date(1951, 4, 3)
    urgent: bool = False
    received_at: datetime | None = None
    reason: str | None = None
    draft_reason: str | None = None


def utc(y: int, m: int, d: int, hh: int = 10) -> datetime:
    return datetime(y, m, d, hh, 0, tzinfo=UTC)


def seed(engine: Engine, letters: Sequence[L]) -> None:
    """Insert `letters`; patient details go everywhere the real pipeline would put them."""
    with Session(engine) as s:
        for spec in letters:
            n = next(_serial)
            raw = (f"Subject: {spec.patient_name} NHS {spec.nhs}\n\nDOB {spec.dob:%d/%m/%Y}\n"
                   + "\n".join(f.evidence for f in spec.findings)).encode()
            m = Message(mailbox="maildir:test", uid=str(n), message_id=f"m{n}@trust.nhs.uk", sha256=f"{n:064x}",
                        raw=raw, size=len(raw), sent_at=spec.sent_at,
                        received_at=spec.received_at or spec.sent_at or utc(2026, 1, 1),
                        sender="letters@trust.nhs.uk", subject=f"Clinic letter {spec.patient_name} {spec.nhs}",
                        state="assessed", reason=spec.reason)
            s.add(m)
            s.flush()
            a = Assessment(message_pk=m.id, kind="clinic_letter", action="draft", urgent=spec.urgent,
                           trust=spec.trust, specialty=spec.specialty, clinician=spec.clinician,
                           patient_name=spec.patient_name, nhs_number=spec.nhs, dob=spec.dob,
                           event_date=spec.dob, letter_date=spec.dob,
                           letter_json=f'{{"patient": "{spec.patient_name}", "nhs": "{spec.nhs}"}}')
            s.add(a)
            s.flush()
            for f in spec.findings:
                s.add(FindingRow(assessment_id=a.id, category=f.category, rule=f"rule-{f.category}",
                                 evidence=f.evidence, source="email body", exempt=f.exempt, urgent=f.urgent,
                                 note=f.note))
            if spec.draft_state is not None:
                s.add(Draft(message_pk=m.id, state=spec.draft_state, to_addr="letters@trust.nhs.uk",
                            subject=f"Re: {spec.patient_name}", body_text=f"Re {spec.patient_name} {spec.nhs}",
                            body_html=f"<p>{spec.patient_name}</p>", docx=b"", reason=spec.draft_reason,
                            categories=",".join(f.category for f in spec.findings)))
            s.add(AuditEvent(actor="worker", action="assessed", message_pk=m.id))
        s.commit()


def clear(engine: Engine) -> None:
    with Session(engine) as s:
        for table in (AuditEvent, Draft, FindingRow, Assessment, Message):
            s.exec(delete(table))  # type: ignore[call-overload]
        s.commit()


Seeder = Callable[[Engine, Sequence[L]], None]


def standard_letters() -> list[L]:
    """A fixed quarter of letters covering every rule the report applies (used by several tests)."""
    nb, ws = "Northbridge University Hospitals NHS Trust", "Westbury Hospitals NHS Foundation Trust"
    return [
        # January: two returned requests from Northbridge cardiology on one letter.
        L(utc(2026, 1, 5), nb, "Cardiology", "Dr Ada Marsh",
          [F("tests_for_hospital"), F("results_chasing")], "sent"),
        L(utc(2026, 1, 20), ws, "Orthopaedics", "Mr Bo Finch", [F("fit_note")], "sent"),
        # An exempt (locally commissioned) finding and an urgent cue: neither is a request.
        L(utc(2026, 1, 21), nb, "Cardiology", "Dr Ada Marsh",
          [F("hospital_only_prescribing"), F("shared_care_without_agreement", exempt=True),
           F("results_chasing", urgent=True)], "awaiting_review", urgent=True),
        # February: nothing. March: a late discharge summary, one rejected, one not-a-bounce.
        L(utc(2026, 3, 2), ws, "General Medicine", None, [F("late_discharge_summary")], "sent"),
        L(utc(2026, 3, 9), ws, None, "Dr Cy Lowe", [F("dna_rereferral")], "rejected"),
        L(utc(2026, 3, 10), nb, "Dermatology", "Dr Di Vale", [F("onward_referral")], "not_a_bounce"),
        L(utc(2026, 3, 31, 23), None, "Dermatology", None, [F("onward_referral")], None),
        # No Date: header: counts under its received date.
        L(None, nb, "Cardiology", "Dr Ada Marsh", [F("fit_note")], "kept_for_gp",
          received_at=utc(2026, 2, 14)),
        # Outside the quarter on both sides.
        L(utc(2025, 12, 31, 23), nb, "Cardiology", None, [F("fit_note")], "sent"),
        L(utc(2026, 4, 1, 0), nb, "Cardiology", None, [F("fit_note")], "sent"),
        # An assessed letter with no findings: counted as assessed, nothing else.
        L(utc(2026, 2, 3), ws, "Cardiology", None, [], None),
    ]
