"""Who, whom and when: trust, specialty, clinician, patient and the dates a letter states.

Heuristics over labelled fields ("NHS number:", "Date of discharge:", "Consultant:") and letter
conventions (the signature after "Yours sincerely"), because trusts' templates differ but the labels
they use are few. Every value is optional: a missing one is shown as unknown, never guessed.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from datetime import date
from functools import cache
from pathlib import Path

from nhs_number import is_valid as nhs_number_is_valid

from bouncebot.model import Letter, Patient
from bouncebot.reading.dates import DATE, TIME_RE, parse_date, parse_day_month

_TITLE = r"(?:Dr|Mr|Mrs|Ms|Miss|Mx|Professor|Prof\.?|Sister|Nurse)"
_NOT_NAME = (r"(?!(?:NHS|DOB|D\.O\.B|Date|Hospital|Hosp|Address|Planned|Ward|Consultant|GP|Age|Sex|Born|MRN|Ref|"
             r"Specialty|Specialist|Registrar|Associate|Clinical|Senior|Nurse|Lead|Doctor|Physician|Surgeon|Team|"
             r"Speciality|Department|Trust|Service|Clinic|FY[12]|SHO|ST\d|CT\d|Locum|Head|Director)\b)")
SEP = r"[ \t]*(?:[:|.…][ \t.…]*)?"  # "Label: value", "Label | value" (a table), or "Label value"
_NAME = r"[A-Z][A-Za-z'\-]+(?: [A-Z]\.?)*(?: " + _NOT_NAME + r"[A-Z][A-Za-z'\-]+){1,3}"
_NHS_LABELLED = re.compile(r"NHS\s*(?:No\.?|Number|num(?:ber)?)?\s*[:.]?\s*(\d{3}[ \t\n-]?\d{3}[ \t\n-]?\d{4})", re.I)
_NHS_ANY = re.compile(r"\b(\d{3}[ -]?\d{3}[ -]?\d{4})\b")
_TRUST = re.compile(r"\b((?:[A-Z][\w'&.\-]*|&|and|of|the|for|AND|OF|THE|FOR) ){1,8}?(?:NHS )?(?:FOUNDATION |Foundation )?"
                    r"(?:Trust|TRUST)\b")
# Independent and community providers holding NHS contracts: "Kestrel MSK Partnership CIC",
# "Thornbury Treatment Centre (Castlegate Healthcare Ltd)"
_COMPANY = re.compile(r"(?m)^[ \t]*((?:[A-Z][\w'&-]*[ \t]){1,5}?(?:\((?:[A-Z][\w'&-]*\s){1,4}(?:CIC|LLP|Ltd|Limited|PLC|plc)\)|"
                      r"(?:CIC|LLP|Ltd|Limited|PLC|plc)\b))")
_TRUST_START = re.compile(r"[A-Z]")
_DOB = re.compile(r"(?:Date of birth|D\.?O\.?B\.?|Born)" + SEP + "(" + DATE + ")", re.I)

_EVENT_LABELS = {
    "discharge": r"(?:Date of discharge|Discharge date(?:\s*/\s*time|\s+and\s+time)?|Discharged(?: on)?|Date discharged|D/C(?: date)?|"
                 r"Discharge(?=\s*[:|]|\s+\d))",
    "clinic": r"(?:Clinic date|Date of clinic|Date of appointment|Appointment date|Date seen|Seen on|"
              r"Date of attendance|Attendance date|Attended|Date of consultation|Consultation date|Clinic held on|"
              r"Arrival|Arrived|Date of arrival|Seen|Date of visit|Visit date|Appointment)",
}
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_NARRATIVE_CLINIC = re.compile(r"\b(?:(?:in|at) (?:the |our |his |her )?[^.\n]{0,30}?)?"
                               r"(?:clinic|outpatients?|appointment|review|consultation|assessment)\b"
                               r"[^.\n]{0,40}?(?:\bon |\()" + _WEEKDAY + "(" + DATE + ")", re.I)
# "Attended on 4 November", "seen in clinic on Tuesday 3rd November": no year, taken from the letter's date
_NARRATIVE_NO_YEAR = re.compile(r"\b(?:attended|seen|saw\s+\w+(?:\s+\w+)?|clinic|appointment)\b[^.\n]{0,40}?\bon "
                                r"(?:\w+day,? )?(\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9})\b(?!\.?,?\s+\d{4})", re.I)
# A short label naming the visit, then a date: "Date of review: 12/11/2026", "Seen in fracture clinic: ...",
# "Transplant Follow-up Clinic - 18/11/2026", "Clinic: Colorectal Oncology, Thursday 26/11/2026".
_LABELLED_VISIT = re.compile(
    r"(?im)^[ \t]*[\w -]{0,30}?\b(?:clinic|review|assessment|seen|attend\w*|appointment|consultation|visit|session|"
    r"procedure)\b"
    r"[\w ,&']{0,40}?[ \t]*[:|–,-][ \t]*(?:[\w &']{0,30},[ \t]*)?" + _WEEKDAY + "(" + DATE + ")")
_MISSED = re.compile(r"did not attend|failed to attend|\bDNA\b|not brought|missed (?:his|her|their|the)? ?appointment",
                     re.I)
_LETTER_DATE = re.compile(r"(?:^|\n)\s*(?:Date(?: typed| of letter| dictated)?|Typed|Dictated|Date completed)\s*[:.]?\s*("
                          + DATE + ")", re.I)

# What the subject line or a "Document type:" line says the letter is wins over cues in the text.
_STATED_KIND = [
    ("ed_letter", re.compile(r"\b(?:ED|A&E|emergency\s+department|UTC|urgent\s+treatment)\b", re.I)),
    ("discharge_summary", re.compile(r"discharge\s+(?:summary|letter|notification)|e-?discharge", re.I)),
    ("clinic_letter", re.compile(r"\b(?:clinic|outpatient)\s+letter\b", re.I)),
    ("referral_response", re.compile(r"\breferral\s+(?:outcome|response|returned|rejected|triage)|advice\s+and\s+guidance",
                                     re.I)),
    ("results", re.compile(r"^[^\n]*\b(?:results?|report)\b", re.I)),  # the subject line only
]

_KIND_CUES = [
    ("discharge_summary", re.compile(r"discharge summary|date of discharge|discharge date|discharged:", re.I)),
    ("ed_letter", re.compile(r"emergency department|\bA&E\b|urgent treatment centre|\bED attendance", re.I)),
    ("referral_response", re.compile(r"referral (?:has been |is being |was )?(?:returned|rejected|declined|not accepted|"
                                     r"received|accepted|triaged)|advice and guidance|\be-?RS\b|your referral", re.I)),
    ("results", re.compile(r"\b(?:laboratory|pathology|radiology|imaging|histology|biochemistry|haematology) "
                           r"(?:report|results?)|results? notification|\breport:|critical result", re.I)),
    ("clinic_letter", re.compile(r"clinic|outpatient|Dear Dr|Yours sincerely", re.I)),
    ("results", re.compile(r"(?:^|\n)[^\n]{0,40}\bresults?\b[^\n.]{0,40}(?:\n|$)", re.I)),  # a short heading
]


def _nhs_number(text: str) -> str | None:
    for rx in (_NHS_LABELLED, _NHS_ANY):
        for m in rx.finditer(text):
            digits = re.sub(r"\D", "", m.group(1))
            if nhs_number_is_valid(digits):
                return digits
    return None


_PATIENT_NAME = (
    re.compile(r"(?:Patient(?: name)?|Name)\s*:\s*(?:" + _TITLE + r"\.? )?(" + _NAME + ")"),
    re.compile(r"\bRe\s*:\s*(?:" + _TITLE + r"\.? )?(" + _NAME + r")\b"),
)


def _patient_name(text: str) -> str | None:
    for rx in _PATIENT_NAME:
        m = rx.search(text)
        if m:
            name = m.group(1).strip()
            return " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in name.split())
    return None


def _trust(text: str) -> str | None:
    for m in _TRUST.finditer(text):
        words = m.group(0).split()
        while words and not _TRUST_START.match(words[0]):
            words.pop(0)
        name = " ".join(" ".join(words).split())
        if len(words) >= 3 and name.lower() not in ("nhs foundation trust", "the trust"):
            return _title(name) if name.isupper() else name
    m = _COMPANY.search(text)
    if m:
        return " ".join(m.group(1).split())
    return None


def _title(name: str) -> str:
    """ASHCOMBE AND DEANE HOSPITALS NHS FOUNDATION TRUST -> Ashcombe and Deane Hospitals NHS Foundation Trust."""
    small = {"and", "of", "the", "for"}
    return " ".join(w if w == "NHS" else w.lower() if w.lower() in small else w.capitalize() for w in name.split())


def _specialty(text: str) -> str | None:
    for rx in (
        r"(?:^|\n)\s*Special(?:i)?ty[ \t]*[:|][ \t]*([^\n|]+)",
        r"(?:^|\n)\s*Department[ \t]*[:|][ \t]*([A-Z][^\n|]+)",
        r"Department of ([A-Z][^\n|,]+)",
        r"(?:^|\n)\s*(?:Clinic|Service|Team)\s*:\s*([A-Z][^\n|,]+?)(?: (?:Outpatients?|Clinic|Service))?\s*(?:\n|\||$)",
    ):
        m = re.search(rx, text)
        if m:
            value = re.split(r"\s{2,}| [A-Z][a-z]+(?: [a-z]+)*:|\||\s[-–]\s|,", m.group(1))[0].strip().rstrip(".")
            if value and not re.search(r"\b(?:Hospital|Trust|Health Centre|Road|Street|Lane)\b|\d", value) \
                    and not re.match(_WEEKDAY[3:-2], value, re.I):
                return value
    head = "\n".join(text.splitlines()[:20])
    for name, words in _specialty_words():
        if re.search(r"\b" + re.escape(words) + r"\b", head, re.I if len(words) > 4 else 0):
            return name
    # a letterhead line naming the service, before the letter is addressed: "Orthotics Department",
    # "Cardiothoracic Surgery, Ward C2", "Community MSK Interface Service"
    letterhead = re.split(r"\n\s*(?:Dear\b|Re:|Patient\b)", head, maxsplit=1)[0]
    for m in re.finditer(r"(?m)^[ \t]*(?:Community |General )?([A-Z][A-Za-z&' ]{2,40}?)"
                         r"(?:[ \t]+(?:Department|Outpatients|Unit)|(?= Service$)| Service$|(?=,[ \t]*Ward\b))",
                         letterhead):
        value = m.group(1).strip()
        line = letterhead[m.start():letterhead.find("\n", m.start()) if "\n" in letterhead[m.start():] else None]
        if not re.search(r"\b(?:Hospital|Trust|Centre|Road|Street|Lane|House|Clinic|Health)\b", line):
            return value + (" Service" if line.rstrip().endswith(" Service") and "MSK Triage" not in value else "")
    tail = "\n".join(text.splitlines()[-25:])
    for name, words in _specialty_words("roles"):
        if re.search(r"\b" + re.escape(words) + r"\b", tail, re.I):
            return name
    return None


@cache
def _specialty_words(table: str = "names") -> list[tuple[str, str]]:
    """(name, words) pairs, longest words first, from a table of bouncebot/data/specialties.toml."""
    with open(Path(__file__).resolve().parent.parent / "data" / "specialties.toml", "rb") as f:
        names = tomllib.load(f)[table]
    pairs = [(name, w) for name, words in names.items() for w in words]
    return sorted(pairs, key=lambda p: -len(p[1]))


def _clinician(text: str, kind: str) -> str | None:
    person = r"(" + _TITLE + r"\.? " + _NAME + ")"
    if kind == "discharge_summary":
        for rx in (r"(?:Consultant|Responsible consultant|On behalf of)" + SEP + person,):
            m = re.search(rx, text)
            if m:
                return m.group(1)
    m = re.search(r"(?:Yours (?:sincerely|faithfully)|Kind regards|Best wishes|With best wishes|Regards)[,.]?\s*\n"
                  r"(?:\s*\n)*\s*" + person, text, re.I)
    if m:
        return m.group(1)
    # an unsigned-off report: the last titled name followed by a role line
    role = (r"(?:Consultant|Registrar|Lead|Practitioner|Physician|Surgeon|Specialist|Nurse|Radiologist|Pathologist|"
            r"Manager|Physiotherapist|Therapist|Psychologist|Podiatrist|Dietitian|Midwife|Sister|Matron|Pharmacist|"
            r"Doctor|Officer|Coordinator|Psychiatrist|Paediatrician|Clinician)")
    found = re.findall(r"(?:^|\n)\s*" + person + r"\s*(?:,[^\n]*)?\n(?:\s*\n)*[^\n]*" + role, text)
    found += re.findall(r"(?:^|\n)[^\n]{0,40}?" + person + r"\s*,\s*[^\n]{0,40}" + role, text)
    found += re.findall(role + r"[^\n(]{0,40}\(\s*" + person + r"\s*[,)]", text)
    if found:
        return found[-1]
    for rx in (r"(?:Consultant|Clinician|Seen by|Signed|Reported by|Authori[sz]ed by|Verified by|Clinician responsible)"
               + SEP + person,):
        m = re.search(rx, text)
        if m:
            return m.group(1)
    return None


def _event(text: str, kind: str, sent: date | None = None) -> tuple[date | None, str | None, str | None]:
    """(date, time, the words that state it) for the discharge or clinic the letter describes."""
    order = ["discharge", "clinic"] if kind == "discharge_summary" else ["clinic", "discharge"]
    if kind in ("referral_response", "results", "other"):
        return None, None, None
    for key in order:
        m = re.search(r"\b" + _EVENT_LABELS[key] + SEP + _WEEKDAY + r"(" + DATE + r")(?:,? (?:at )?(\d{1,2}[:.]\d{2}))?",
                      text, re.I)
        if m:
            when = parse_date(m.group(1))
            clock = m.group(2)
            if clock is None:
                after = text[m.end(): m.end() + 120]
                t = re.search(r"(?:Time of discharge|Discharge time|Time discharged)" + SEP, after + text, re.I)
                if t:
                    tm = TIME_RE.match((after + text)[t.end():])
                    clock = tm.group(0) if tm else None
            start = text.rfind("\n", 0, m.start()) + 1
            if "|" in text[start:m.start()]:  # a table row: start at the cell
                start = text.rfind("|", start, m.start()) + 1
            return when, _norm_time(clock), _to_line_end(text, start, m.end())
    if kind in ("clinic_letter", "ed_letter"):
        missed = _MISSED.search(text)  # a missed appointment's date is not an attendance
        m = _LABELLED_VISIT.search(text)
        if m and not (missed and re.search(r"appointment", m.group(0), re.I)):
            return parse_date(m.group(1)), None, _to_line_end(text, m.start(), m.end())
        m = None if missed else _NARRATIVE_CLINIC.search(text)
        if m:
            return parse_date(m.group(1)), None, _to_line_end(text, _sentence_start(text, m.start()), m.end())
        if not missed and sent is not None:
            n = _NARRATIVE_NO_YEAR.search(text)
            when = parse_day_month(n.group(1), sent) if n else None
            if n and when is not None:
                return when, None, _to_line_end(text, _sentence_start(text, n.start()), n.end())
    return None, None, None


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence (or line) holding position `pos` begins."""
    return max(text.rfind(".", 0, pos), text.rfind("\n", 0, pos)) + 1


def _to_line_end(text: str, start: int, end: int) -> str:
    """The words that state a date, from `start` to the end of their line (at most 120 characters)."""
    stop = text.find("\n", end)
    stop = len(text) if stop < 0 else stop
    if "|" in text[end:stop]:
        stop = text.find("|", end)
    return text[start:min(stop, end + 120)].strip()


def _norm_time(clock: str | None) -> str | None:
    if not clock:
        return None
    m = TIME_RE.match(clock)
    return f"{int(m.group(1)):02d}:{m.group(2)}" if m else None


def _kind(letter: Letter, text: str) -> str:
    head = letter.subject + "\n" + text[:1500]
    if not _trust(text) and not _nhs_number(text):
        return "other"
    if re.match(r"\s*(re|aw|sv)\s*:", letter.subject, re.I) and letter.references:
        return "other"  # a reply in a thread (often quoting our own letter), not a new letter
    stated = letter.subject + "\n" + "\n".join(
        m.group(0) for m in re.finditer(r"(?im)^\s*(?:document(?:\s+type)?|letter\s+type|type)\s*:[^\n]*", text[:3000]))
    for kind, rx in _STATED_KIND:
        if rx.search(stated):
            return kind
    for kind, rx in _KIND_CUES:
        if rx.search(head):
            return kind
    return "clinic_letter"


def describe(letter: Letter) -> Letter:
    """Fill in the metadata of a freshly read letter."""
    text = letter.text
    kind = _kind(letter, text)
    dob_m = _DOB.search(text)
    patient = Patient(name=_patient_name(text), nhs_number=_nhs_number(text),
                      dob=parse_date(dob_m.group(1)) if dob_m else None)
    when, clock, evidence = _event(text, kind, letter.sent_at.date() if letter.sent_at else None)
    source = None
    if evidence:
        source = next((b.source for b in letter.blocks if evidence in b.text), None)
    letter_date_m = _LETTER_DATE.search(text)
    return dataclasses.replace(
        letter,
        kind=kind,  # type: ignore[arg-type]
        trust=_trust(text),
        specialty=_specialty(letter.subject + "\n" + text),
        clinician=_clinician(text, kind),
        patient=patient if (patient.name or patient.nhs_number) else None,
        event_date=when,
        event_time=clock,
        event_evidence=evidence,
        event_source=source,
        letter_date=parse_date(letter_date_m.group(1)) if letter_date_m else None,
    )
