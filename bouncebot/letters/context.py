"""The documented fields a template can use (docs/templates.md), built from a letter and its findings.

Templates see plain dicts and strings only, never our objects, so the sandbox has nothing to reach
through and the field list in the docs is the whole contract.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from bouncebot.model import Assessment, Letter
from bouncebot.policy.model import Duty
from bouncebot.settings import Practice


def _fmt(d: date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


def _nhs(n: str | None) -> str:
    return f"{n[:3]} {n[3:6]} {n[6:]}" if n and len(n) == 10 else (n or "")


def practice_fields(practice: Practice) -> dict[str, Any]:
    return {
        "name": practice.name, "ods_code": practice.ods_code, "address": list(practice.address),
        "address_text": ", ".join(practice.address), "email": practice.email, "phone": practice.phone,
        "signatory": practice.signatory, "signatory_role": practice.signatory_role,
    }


def build_context(letter: Letter, assessment: Assessment, practice: Practice, duties: dict[str, Duty], to: str,
                  today: date, paragraphs: dict[str, str] | None = None) -> dict[str, Any]:
    """Everything a reply template may use. `paragraphs` are the rendered per-category texts."""
    paragraphs = paragraphs or {}
    findings = []
    for f in assessment.bounced:
        duty = duties.get(f.category) or Duty(text="", clause="", edition="")
        findings.append({
            "category": f.category, "title": duty.title or f.category.replace("_", " "), "quote": f.evidence,
            "source": f.source.label(), "duty": duty.text, "clause": duty.clause, "edition": duty.edition,
            "note": f.note or "", "paragraph": paragraphs.get(f.category, ""),
        })
    patient = letter.patient
    their_date = letter.letter_date or (letter.sent_at.date() if letter.sent_at else None)
    return {
        "practice": practice_fields(practice),
        "recipient": {"address": to, "trust": letter.trust or "", "specialty": letter.specialty or "",
                      "clinician": letter.clinician or "", "name": letter.clinician or letter.trust or "Colleague"},
        "patient": {"name": patient.name if patient and patient.name else "the patient",
                    "nhs_number": _nhs(patient.nhs_number if patient else None),
                    "dob": _fmt(patient.dob if patient else None)},
        "their_letter": {"date": _fmt(their_date), "subject": letter.subject, "reference": letter.message_id or "",
                         "kind": letter.kind.replace("_", " "), "event_date": _fmt(letter.event_date)},
        "findings": findings,
        "request": findings[0] if findings else {"quote": "", "title": "", "duty": "", "clause": ""},
        "categories": [f["title"] for f in findings],
        "today": _fmt(today),
    }


def sample_context(category: str = "tests_for_hospital", practice: Practice | None = None) -> dict[str, Any]:
    """Invented sample data (999-range NHS number) for `templates validate` and `preview`."""
    practice = practice or Practice()
    f = {"category": category, "title": category.replace("_", " ").capitalize(),
         "quote": "GP to repeat U&E and LFTs in 2 weeks and let us know the results.",
         "source": "email body", "duty": "The clinician who needs a test arranges it.",
         "clause": "Service Conditions (sample clause)", "edition": "2026/27", "note": "", "paragraph": ""}
    return {
        "practice": practice_fields(practice),
        "recipient": {"address": "letters@example-hospital.nhs.uk", "trust": "Example Hospitals NHS Trust",
                      "specialty": "Cardiology", "clinician": "Dr A Sample", "name": "Dr A Sample"},
        "patient": {"name": "Jane Testperson", "nhs_number": "999 000 0018", "dob": "14/03/1961"},
        "their_letter": {"date": "02/10/2026", "subject": "Clinic letter", "reference": "<sample@example.nhs.uk>",
                         "kind": "clinic letter", "event_date": "01/10/2026"},
        "findings": [f],
        "request": f,
        "categories": [f["title"]],
        "today": "05/10/2026",
        # for the ICB escalation letter
        "period": {"start": "01/10/2026", "end": "31/12/2026"},
        "provider": {"name": "Example Hospitals NHS Trust", "total": 12,
                     "by_category": [{"title": f["title"], "count": 12}]},
    }
