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
             r"Speciality|Department|Trust|Service|Clinic|FY[12]|SHO|ST\d|CT\d|Locum|Head|Director|Author|Summary|"
             r"Completed|Written|Dictated|Signed|Typed|Verified|Reviewed|Checked|Authori[sz]ed|Approved|Page|Tel|"
             r"Telephone|Email|Ext|Bleep)\b)")
SEP = r"[ \t]*(?:[:|.…][ \t.…]*)?"  # "Label: value", "Label | value" (a table), or "Label value"
# a later word followed by "by" or ":" is the next label ("Mr A Example Summary by: Dr B Example")
_NAME = r"[A-Z][A-Za-z'\-]+(?: [A-Z]\.?)*(?: " + _NOT_NAME + r"[A-Z][A-Za-z'\-]+(?![ \t]+by\b|[ \t]*:)){1,3}"
# "NHS No: 999 000 0018", "NHS number (verified) 999-000-0018", "N.H.S. No. 999.000.0018", "NHS#9990000018"
_NHS_LABELLED = re.compile(r"N\.?H\.?S\.?\s*(?:No\.?|Number|num(?:ber)?|#)?\s*(?:\([A-Za-z ]{1,20}\))?\s*[:.#]?\s*"
                           r"(\d{3}[ \t\n.-]{0,3}\d{3}[ \t\n.-]{0,3}\d{4})(?!\d)", re.I)
_NHS_ANY = re.compile(r"(?<![\d/.-])(\d{3}[ .-]?\d{3}[ .-]?\d{4})(?![\d/.-]\d)")
_TRUST = re.compile(r"\b((?:[A-Z][\w'&.\-]*|&|and|of|the|for|AND|OF|THE|FOR) ){1,8}?(?:NHS )?(?:FOUNDATION |Foundation )?"
                    r"(?:Trust|TRUST)\b")
# Independent and community providers holding NHS contracts: "Kestrel MSK Partnership CIC",
# "Thornbury Treatment Centre (Castlegate Healthcare Ltd)"
_COMPANY = re.compile(r"(?m)^[ \t]*((?:[A-Z][\w'&-]*[ \t]|(?:and|of|the|for)[ \t]){1,7}?(?:\((?:[A-Z][\w'&-]*\s){1,4}(?:CIC|LLP|Ltd|Limited|PLC|plc)\)|"
                      r"(?:CIC|LLP|Ltd|LTD|Limited|LIMITED|PLC|plc)\b))")
_TRUST_START = re.compile(r"[A-Z]")
# Hospices are charities, not trusts: "Quernmoor Hospice", "St Ebba's Hospice" (a line of its own, or before a comma/pipe)
_HOSPICE = re.compile(r"(?m)^[ \t]*((?:St\.? |Saint )?(?:[A-Z][\w'&-]*[ \t]){1,4}?Hospice)\b[ \t]*(?:$|[,|\-–(])")
# An independent provider's letterhead line of its own: "Kestwick Healthcare Group", "Ashmoor Private Hospital",
# "Larkspur Treatment Centre"
_INDEPENDENT = re.compile(r"(?m)^[ \t]*((?:[A-Z][\w'&-]*[ \t]+){1,4}(?:Healthcare|Health[ \t]+Care)(?:[ \t]+(?:Group|Partnership|"
                          r"Services))?|(?:[A-Z][\w'&-]*[ \t]+){1,3}(?:Private[ \t]+Hospital|Treatment[ \t]+Centre))[ \t]*$")
_DOB = re.compile(r"(?:Date of birth|D\.?O\.?B\.?|Born)" + SEP + "(" + DATE + ")", re.I)

_EVENT_LABELS = {
    "discharge": r"(?:Date of discharge(?: from (?:the )?[a-z][a-z -]{0,30}?)?|Discharge date(?:\s*/\s*time|\s+and\s+time)?|Date and time of discharge|"
                 r"Discharged(?: home)?(?: (?:on|to [a-z]+(?: [a-z]+)?|from (?:the )?[a-z][a-z -]{0,30}?))?|Date discharged|D/C(?: date)?|"
                 r"Discharge(?=\s*[:|]|\s+\d))",
    "clinic": r"(?:Clinic date|Clinic attended|Date of clinic|Date of (?:colposcopy|[a-z]+oscopy|fitting|insertion|coil fitting)|Date of appointment|Appointment date|Date seen|Seen on|"
              r"Date of attendance|Attendance date|Attended|Date of consultation|Consultation date|Clinic held on|"
              r"Arrival|Arrived|Date of arrival|Seen|Date of visit|Visit date|Appointment|Date of review|Reviewed|"
              r"Attendance(?=\s*[:|])|Seen in [a-z]+(?: [a-z]+)? (?:clinic|outpatients?)(?: on)?|Clinic(?=[ \t]*[:|]?[ \t]*\d)|"
              r"Encounter(?: date)?|Date of (?:call|telephone consultation)|Call date|Date/time of (?:call|visit)|"
              r"Visit date/time|Date of incident|Incident date|Call received|On scene|Assessed(?: on)?)",
}
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_NARRATIVE_CLINIC = re.compile(r"\b(?:(?:in|at) (?:the |our |his |her )?[^.\n]{0,30}?)?"
                               r"(?:clinic|outpatients?|appointment|review|consultation|assessment)\b"
                               r"[^.\n]{0,40}?(?:\bon |\()" + _WEEKDAY + "(" + DATE + ")", re.I)
# "Attended on 4 November", "seen in clinic on Tuesday 3rd November": no year, taken from the letter's date
_NARRATIVE_NO_YEAR = re.compile(r"\b(?:attended|seen|saw\s+\w+(?:\s+\w+)?|clinic|appointment)\b[^.\n]{0,40}?\bon "
                                r"(?:\w+day,? )?(\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9})\b(?!\.?,?\s+\d{4})", re.I)
# A short label naming the visit, then a date: "Date of review: 12/11/2026", "Seen in fracture clinic: ...",
# "Transplant Follow-up Clinic - 18/11/2026", "Clinic: Colorectal Oncology, Thursday 26/11/2026",
# "Clinic: One-stop Haematuria Clinic, 09/04/2031".
_LABELLED_VISIT = re.compile(
    r"(?im)^[ \t]*[\w -]{0,30}?\b(?:clinic|review|assessment|seen|attend\w*|appointment|consultation|visit|session|"
    r"procedure)\b"
    r"[\w ,&']{0,40}?[ \t]*[:|–,-][ \t]*(?:[\w &'-]{0,60},[ \t]*)?" + _WEEKDAY + "(" + DATE + ")")
# A line that starts with the visit (at most one short word before it) and gives its date with no label:
# "Attended Lowmere UTC 20/07/2030 19:05", "CNS home visit 20/08/2030"; a named patient's story ("Mr X
# attended our department on …") is left to the narrative patterns.
_VISIT_LINE = re.compile(r"(?im)^[ \t]*(?:[A-Z]{2,5}[ \t]+)?(?:home[ \t]+)?(?:attended|seen|visit(?:ed)?)\b"
                         r"[\w ,&']{0,40}?[ \t]" + _WEEKDAY + "(" + DATE + ")")
_DATE_LINE = re.compile(r"(?m)^[ \t]*" + _WEEKDAY + "(" + DATE + r")[ \t]*$", re.I)
# "I saw her in clinic today", "at her routine review today": the visit was on the letter's own date
_TODAY = re.compile(r"\b(?:saw|seen|review(?:ed)?|clinic|attend(?:ed|ance)|assess(?:ed|ment)|appointment|consultation|"
                    r"visit(?:ed)?)\b[^.\n]{0,30}?\btoday\b|\btoday(?:'s)?\b[^.\n]{0,20}?\b(?:clinic|appointment|review|"
                    r"consultation|visit)\b", re.I)
_MISSED = re.compile(r"did not attend|failed to attend|\bDNA\b|not brought|missed (?:his|her|their|the)? ?appointment",
                     re.I)
_LETTER_DATE = re.compile(r"(?:^|\n)\s*(?:Date(?: typed| of letter| dictated)?|Typed|Dictated|Date completed)\s*[:.]?\s*("
                          + DATE + ")", re.I)

# What the subject line or a "Document type:" line says the letter is wins over cues in the text.
_STATED_KIND = [
    # urgent and emergency care: ED, UTC, an ambulance crew's see-and-treat or non-conveyance, NHS 111, out of hours
    ("ed_letter", re.compile(r"\b(?:ED|A&E|emergency\s+department|UTC|urgent\s+treatment|non-conveyance|see\s+and\s+treat|"
                             r"(?:declined|not)\s+conveyed|declined\s+conveyance|ambulance|NHS\s*111|OOH|out[- ]of[- ]hours)\b", re.I)),
    ("discharge_summary", re.compile(r"discharge\s+(?:summary|letter|notification)|e-?discharge", re.I)),
    ("clinic_letter", re.compile(r"\b(?:clinic|outpatient)\s+letter\b", re.I)),
    ("referral_response", re.compile(r"\breferral\s+(?:outcome|response|returned|rejected|triage)|advice\s+and\s+guidance",
                                     re.I)),
    # the subject line only; a procedure's or a visit's report is a clinic letter ("Nail surgery report")
    ("results", re.compile(r"^[^\n]*\b(?:results?|(?<!procedure )(?<!surgery )(?<!operation )(?<!operative )(?<!theatre )"
                           r"(?<!clinic )(?<!visit )(?<!assessment )(?<!progress )report)\b", re.I)),
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
        name = " ".join(m.group(1).split())
        return _title(name) if name.isupper() else name
    m = _HOSPICE.search(text)
    if m:
        return " ".join(m.group(1).split())
    m = _INDEPENDENT.search(text)
    if m:
        return " ".join(m.group(1).split())
    return None


def _sender_trust(sender_name: str) -> str | None:
    """The organisation in the sender's name, for a letter that names none itself: NHSmail shows a person
    as "PELLING, Hannah (KETTERFIELD AND DUNMOOR HOSPITALS NHS FOUNDATION TRUST)"; a service mailbox may be
    named for its provider ("Hollybrook Hospice"). Only a name that reads as a trust or provider counts."""
    org = re.search(r"\(([^()]{6,120})\)\s*$", sender_name)
    return _trust(org.group(1) if org else sender_name) if sender_name else None


def _title(name: str) -> str:
    """ASHCOMBE AND DEANE HOSPITALS NHS FOUNDATION TRUST -> Ashcombe and Deane Hospitals NHS Foundation Trust."""
    small = {"and", "of", "the", "for"}
    return " ".join(w if w == "NHS" else w.lower() if w.lower() in small else w.capitalize() for w in name.split())


# What the sending system says it attached, in the covering e-mail: "Attached: Clinic Letter - Adult ADHD",
# "A Discharge Summary (Trauma and Orthopaedics) is attached", "correspondence from Example Health (Podiatry)"
_STATED_SPECIALTY = (
    ("ttached", re.compile(r"\b(?i:attached|enclosed)[ \t]*:[ \t]*(?:[A-Za-z]+ ){0,2}(?i:letter|summary|report|outcome|response)"
                           r"[ \t]*(?:[-–,:][ \t]*|\()(?P<v>[A-Z][^\n]{2,60}?)[ \t]*(?:\)?[.]?[ \t]*(?:\n|$)|[ \t][-–][ \t])")),
    ("is attached", re.compile(r"\b(?i:letter|summary|report)[ \t]+\((?P<v>[A-Z][^()\n]{2,50})\)[ \t]+is[ \t]+attached")),
    (" from ", re.compile(r"\b(?i:correspondence|letter|report|summary)[ \t]+from[ \t]+(?P<by>[A-Z][^()\n]{2,80}?)[ \t]"
                          r"\((?P<v>[A-Z][^()\n]{2,50})\)")),
)
_NOT_SPECIALTY = re.compile(r"\b(?:Hospital|Trust|Health Centre|Road|Street|Lane|Ltd|Limited|CIC|LLP|PLC|ref|pdf|docx)\b|\d",
                            re.I)


def _clean_specialty(value: str) -> str:
    """ "Cardiology (Heart Failure)" -> Cardiology, "Rheumatology / Metabolic Bone" -> Rheumatology,
    "Hepatology General Clinic" -> Hepatology, "NHS Audiology" -> Audiology, "Otolaryngology" -> ENT."""
    value = value.strip().rstrip(".")
    inpatient = re.search(r"\((?:Inpatients?|Inpatient Unit)\)\)?$", value, re.I)
    value = re.sub(r"\s*\([^()]*\)\)?", "", value).strip()
    value = re.split(r"\s+/\s+", value)[0]
    value = re.sub(r"^(?:NHS|Adult Outpatient|Outpatient|(?:the\s+)?(?:Department|Dept\.?)\s+of)\s+", "", value)
    value = re.sub(r"(?:\s+General)?\s+(?:Clinic|Outpatients?|Department)$|\s+General$", "", value) or value
    value = _specialty_aliases().get(value.lower(), value)
    return value + " (Inpatient)" if inpatient else value


@cache
def _specialty_aliases() -> dict[str, str]:
    with open(Path(__file__).resolve().parent.parent / "data" / "specialties.toml", "rb") as f:
        table = tomllib.load(f).get("aliases", {})
    return {w.lower(): name for name, words in table.items() for w in words}


def _specialty(text: str, kind: str = "") -> str | None:
    value = _specialty_of(text)
    if value == "Adult Mental Health" and kind == "discharge_summary" and re.search(r"\bWard\b|\binpatient", text, re.I):
        return "Adult Mental Health (Inpatient)"  # a mental-health ward's summary
    return value


def _specialty_of(text: str) -> str | None:
    top = text[:3000]
    low = top.lower()
    for cue, rx in _STATED_SPECIALTY:
        for m in rx.finditer(top) if (cue in low or (cue == "ttached" and "nclosed" in low)) else ():
            team = _specialty_at(m.group("by"), 0, anchored=True) if "by" in rx.groupindex else None
            if team and re.fullmatch(r"(?:[ \t]+(?:Team|Service|Clinic|Unit))?", m.group("by")[team[1]:]):
                return team[2]  # "from Community Mental Health Team (North)": the brackets name the team's patch
            value = _clean_specialty(m.group("v"))
            if value and not _NOT_SPECIALTY.search(value) and len(value.split()) <= 6:
                return value
    for rx in (
        r"(?:^|\n)\s*Special(?:i)?ty[ \t]*[:|][ \t]*([^\n|]+)",
        r"(?:^|\n)\s*Department[ \t]*[:|][ \t]*([A-Z][^\n|]+)",
        r"Department of ([A-Z][^\n|,()]+)",
        r"(?:^|\n)\s*(?:Clinic|Service|Team)\s*:\s*([A-Z][^\n|,]+?)(?: (?:Outpatients?|Clinic|Service))?\s*(?:\n|\||$)",
    ):
        m = re.search(rx, text)
        if m:
            # (a place after the department ends it: "Department of Medical Oncology at The X Cancer Centre")
            parts = re.split(r"\s{2,}| [A-Z][a-z]+(?: [a-z]+)*:|\||\s[-–]\s|,|\s(?:at|in)\s(?=(?:[Tt]he\s)?[A-Z])", m.group(1))
            # "Department | Rapid Access Palpitations Clinic, Cardiology": the clinic, then its specialty
            after = parts[1].strip() if len(parts) > 1 and m.group(1)[len(parts[0]):].startswith(",") else ""
            named = _specialty_at(after, 0, anchored=True) if after else None
            if named and (named[1] == len(after.rstrip(".")) or named[2].lower() == after.rstrip(".").lower()):
                return named[2]
            value = _clean_specialty(parts[0].strip().rstrip("."))
            if value and not re.search(r"\b(?:Hospital|Trust|Health Centre|Road|Street|Lane)\b|\d", value) \
                    and not re.match(_WEEKDAY[3:-2], value, re.I):
                return value
    head = "\n".join(text.splitlines()[:20])
    found = _specialty_at(head)  # the first named in the heading
    if found:
        # "Breast Oncology", "Paediatric Gastroenterology": the last of adjacent names is the specialty
        nxt = _specialty_at(head, found[1] + 1, anchored=True) if head[found[1]:found[1] + 1] == " " else None
        while nxt:
            found = nxt
            nxt = _specialty_at(head, found[1] + 1, anchored=True) if head[found[1]:found[1] + 1] == " " else None
        return _paediatric(found[2], head, found[0])
    if re.search(r"\bHospice\b", head):
        return "Palliative Medicine"
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
def _specialty_index() -> dict[str, list[tuple[str, str]]]:
    """The names table by its first word (lower case): (words, name), longest words first."""
    index: dict[str, list[tuple[str, str]]] = {}
    for name, words in _specialty_words():
        index.setdefault(re.match(r"[A-Za-z&]+", words).group(0).lower(), []).append((words, name))  # type: ignore[union-attr]
    return index


def _specialty_at(head: str, pos: int = 0, anchored: bool = False) -> tuple[int, int, str] | None:
    """(start, end, name) of the first names-table entry in `head` from `pos` (the longest at a place).
    Short words (ENT, CMHT, ED) must match case; a word lookup, not one big alternation, to stay fast."""
    index = _specialty_index()
    for m in _WORD.finditer(head, pos):
        if anchored and m.start() != pos:
            return None
        if m.start() and head[m.start() - 1].isalnum():
            continue
        for words, name in index.get(m.group(0).lower(), ()):
            end = m.start() + len(words)
            seen = head[m.start():end]
            if head[end:end + 1] == "s" and words[-1].isalpha():
                end += 1  # "Community Paediatrics", "Orthopaedics": the names table's "Paediatric", "Orthopaedic"
            if (seen == words or (len(words) > 4 and seen.lower() == words.lower())) and \
                    (end == len(head) or not (head[end].isalnum() or head[end] in "&_")):
                return m.start(), end, name
        if anchored:
            return None
    return None


_WORD = re.compile(r"[A-Za-z&]+")


def _paediatric(name: str, text: str, at: int) -> str:
    """ "Paediatric Cardiology", "Children's Diabetes Team", "Paediatric ED": a children's service of a specialty."""
    if name.startswith(("Paediatric", "Community Paediatric")) or not re.search(
            r"(?i:paediatric|children'?s)[ \t]+$", text[max(0, at - 14):at]):
        return name
    base = {"Diabetes and Endocrinology": "Diabetes", "General Surgery": "Surgery",
            "Respiratory Medicine": "Respiratory Medicine"}.get(name, name)
    return "Paediatric " + base


@cache
def _specialty_words(table: str = "names") -> list[tuple[str, str]]:
    """(name, words) pairs, longest words first, from a table of bouncebot/data/specialties.toml."""
    with open(Path(__file__).resolve().parent.parent / "data" / "specialties.toml", "rb") as f:
        names = tomllib.load(f)[table]
    pairs = [(name, w) for name, words in names.items() for w in words]
    return sorted(pairs, key=lambda p: -len(p[1]))


_INITIALS_NAME = r"[A-Z]\.?(?:[ ]?[A-Z]\.?){0,2} (?:" + _NOT_NAME + r"[A-Z][A-Za-z'\-]+)(?:-[A-Z][A-Za-z'\-]+)?"
_PERSON = r"(" + _TITLE + r"\.? (?:" + _NAME + "|" + _INITIALS_NAME + r"))"
_ROLE = (r"(?:Consultant|Registrar|Lead|Practitioner|Physician|Surgeon|Specialist|Nurse|Radiologist|Pathologist|"
         r"Manager|Physiotherapist|Therapist|Psychologist|Podiatrist|Dietitian|Midwife|Sister|Matron|Pharmacist|"
         r"Doctor|Officer|Coordinator|Psychiatrist|Paediatrician|Clinician|Audiologist|Orthoptist|Optometrist|"
         r"Hepatologist|Oncologist|Haematologist|Cardiologist|Gastroenterologist|Neurologist|Dermatologist|"
         r"Rheumatologist|Urologist|Gynaecologist|Endocrinologist|Geriatrician|Anaesthetist|Intensivist|"
         r"ST\d|CT\d|SpR|FY[12]|Fellow|GP with|GPwSI|GPwER)")
_SIGN_OFF = (r"(?:Yours (?:sincerely|faithfully|truly)|Kind regards|Best wishes|With best wishes|Warm regards|Best regards|"
             r"Many thanks|With thanks|Regards|Sincerely)[,.]?")
# the author named by the record system: "Electronically signed by Dr A Example", "Dictated by: Mr B Example"
# (and a sign-off inside a short e-mail's last line: "Thanks, Dr A Example, Medical Registrar")
_SIGNED = re.compile(r"\b(?:(?:Electronically (?:signed|approved|authorised|authorized)(?: by)?|Digitally signed(?: by)?|"
                     r"Signed(?: electronically)?(?: by)?|Dictated(?: and (?:checked|signed|approved))?(?: by)|"
                     r"Letter (?:written|dictated) by|Written by|Approved by|Rejected by|Triaged by|Triaging (?:clinician|consultant)|"
                     r"Vetted by|Reviewing clinician|Reported by)" + SEP
                     + r"|(?:Thanks|Thank you|Many thanks|Best wishes|Kind regards|Regards)[,.!]?[ \t]+)" + _PERSON)
# "Consultant: Dr M Holt", "Cons: Mr A Example (General Surgery)", "Responsible clinician: Dr B Example"
_RESPONSIBLE = re.compile(r"\b(?:Responsible (?:consultant|clinician)|Named consultant|Consultant (?:in charge|responsible)|"
                          r"Consultant|Cons\.?|On behalf of)" + SEP + _PERSON, re.I)
# a signature without a title: "Jodie Example\nAdvanced Practice Physiotherapist", "Priya Example, Specialist Dietitian"
_PLAIN_NAME = r"([A-Z][a-z][A-Za-z'\-]+(?: [A-Z][a-z][A-Za-z'\-]+){1,2})"
_POSTNOMINAL = re.compile(r"(?:\s+(?:[A-Z]{2,}[a-z]?(?:\([A-Za-z]+\))?|BSc|MSc|MBChB|MBBS|PhD|MD|MA|BA|MRCPsych|FRCPath|"
                          r"FRCPsych|FRCPCH|MCSP|MRCPCH|DipN|RGN|RMN|RN|RD|HCPC)\b\.?,?)+$")


def _clean_person(name: str) -> str:
    """Dr Jane Example FRCP -> Dr Jane Example; keeps 'Dr J EXAMPLE' (a capitalised surname) intact."""
    words = name.split()
    trimmed = _POSTNOMINAL.sub("", name)
    if trimmed != name and len(trimmed.split()) >= 3 and len(trimmed.split()[-1].rstrip(".")) > 1:
        return trimmed
    return " ".join(words)


def _titled(plain: str, text: str) -> str:
    """An untitled signature, with the title the letter gives the same person elsewhere ("(Ms L Example RGN)")."""
    surname = plain.split()[-1]
    m = re.search(r"\b(" + _TITLE + r")\.? (?:[A-Z][A-Za-z'\-]*\.? ){0,3}" + re.escape(surname) + r"\b", text)
    return f"{m.group(1)} {plain}" if m else plain


def _clinician(text: str, kind: str) -> str | None:
    found = _clinician_in(text, kind)
    if found is None and _CAPS_LINE.search(text):  # an EPR or report printed in capitals: read it in title case
        found = _clinician_in(_CAPS_LINE.sub(lambda m: m.group(0).title(), text), kind)
    return found


# a line in capitals with a name in it ("REPORTED BY: DR S RAHMAN-COLE, CONSULTANT RADIOLOGIST")
_CAPS_LINE = re.compile(r"(?m)^(?=[^a-z\n]*\b(?:DR|MR|MRS|MS|MISS|PROF)\b)[^a-z\n]+$")


def _clinician_in(text: str, kind: str) -> str | None:
    person = _PERSON
    if kind == "discharge_summary":
        m = _RESPONSIBLE.search(text)
        if m:
            return _clean_person(m.group(1))
    if kind == "ed_letter":  # the clinician who saw the patient, not the senior who reviewed
        m = re.search(r"\b(?:Seen by|Treating clinician|Clinician)" + SEP + person, text)
        if m:
            return _clean_person(m.group(1))
    m = re.search(_SIGN_OFF + r"[ \t]*\n(?:\s*\n)*\s*" + person, text, re.I)
    if m:
        return _clean_person(m.group(1))
    m = _SIGNED.search(text)
    if m:
        return _clean_person(m.group(1))
    # an unsigned-off report: the last titled name followed by a role line
    role = _ROLE
    found = re.findall(r"(?:^|\n)\s*" + person + r"\s*(?:,[^\n]*)?\n(?:\s*\n)*[^\n]*" + role, text)
    found += re.findall(r"(?:^|\n)[^\n]{0,40}?" + person + r"\s*,\s*[^\n]{0,40}" + role, text)
    found += re.findall(role + r"[^\n(]{0,40}\(\s*" + person + r"\s*[,)]", text)
    if found:
        return _clean_person(found[-1])
    for rx in (r"(?:Consultant|Clinician|Seen by|Signed|Reported by|Authori[sz]ed by|Verified by|Clinician responsible|"
               r"Reviewed by|Author)" + SEP + person,):
        m = re.search(rx, text)
        if m:
            return _clean_person(m.group(1))
    # a titled name alone on a line after the salutation: the signature of a letter without a sign-off
    dear = re.search(r"(?m)^[ \t]*Dear\b", text)
    found = re.findall(r"(?m)^[ \t]*" + person + r"[ \t,]*$", text[dear.end():]) if dear else []
    if found:
        return _clean_person(found[-1])
    # an untitled signature after the sign-off, or an untitled name with a role at the start of a late line
    m = re.search(_SIGN_OFF + r"[ \t]*\n(?:\s*\n)*[ \t]*" + _PLAIN_NAME + r"[ \t]*(?:,[^\n]*)?\n", text + "\n")
    if m is None:
        tail_start = max(0, len(text) - 1500)
        found = list(re.finditer(r"(?m)^[ \t]*" + _PLAIN_NAME + r"(?:[ \t]*,[ \t]*|[ \t]*\n(?:[ \t]*\n)*[ \t]*)(?:[A-Z][\w&-]* ){0,4}"
                                 + role + r"\b", text[tail_start:]))
        m = found[-1] if found else None
    if m and not re.search(r"\b(?:Hospital|Trust|Centre|Service|Team|Clinic|Department|Health|Street|Road|Medical|Administration|Admin|"
                           r"Office|Unit|Secretaries|Secretary|Bookings?|Correspondence|Services)\b",
                           m.group(1)):
        return _titled(m.group(1), text)
    return None


def _event(text: str, kind: str, sent: date | None = None) -> tuple[date | None, str | None, str | None]:
    """(date, time, the words that state it) for the discharge or clinic the letter describes."""
    order = ["discharge", "clinic"] if kind == "discharge_summary" else ["clinic", "discharge"]
    if kind == "other":
        return None, None, None
    if kind in ("referral_response", "results"):
        order = ["clinic"]  # only a labelled attendance ("Seen: 1 May 2027"), never a referral or report date
    for key in order:
        m = _event_label_rx(key).search(text)
        if m and m.group("what") and key == "clinic" and _MISSED.search(text):
            m = None  # "Appointment: Glaucoma clinic, 24/11/2026 (did not attend)" is not an attendance
        if m:
            when = parse_date(m.group("date"))
            clock = m.group("time")
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
        m = _LABELLED_VISIT.search(text) or (None if missed else _VISIT_LINE.search(text))
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
        t = None if missed else _TODAY.search(text)
        when = _letter_date(text) if t else None
        if t and when is not None:
            return when, None, _to_line_end(text, _sentence_start(text, t.start()), t.end())
    return None, None, None


@cache
def _event_label_rx(key: str) -> re.Pattern[str]:
    """ "Date of discharge: 03/10/2026 14:00", "Appointment | Fitting, 31/03/2027", "Clinic 27/4/2027",
    "Encounter: Outpatient, Liver Clinic, 06/10/2031" (an EPR's visit line: the setting, then the clinic) """
    return re.compile(r"\b" + _EVENT_LABELS[key] + SEP + r"(?P<what>(?:[A-Za-z][\w&' -]{0,60},[ \t]*){1,2})?" + _WEEKDAY + r"(?P<date>"
                      + DATE + r")(?:,? (?:at )?(?P<time>\d{1,2}[:.]\d{2}))?", re.I)


def _letter_date(text: str) -> date | None:
    """The date the letter bears: "Date: 4 May 2027", "Typed 05/05/27", or a date alone on a line near the top."""
    m = _LETTER_DATE.search(text) or _DATE_LINE.search(text, 0, 2500)
    return parse_date(m.group(1)) if m else None


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
    if REPLY_SUBJECT.match(letter.subject) and letter.references and not _nhs_number(text):
        # a reply in a thread is correspondence, unless its own words (its quoted history is not read)
        # are a new letter about a patient: a teledermatology outcome, an answer with a new request
        return "other"
    # what the document says it is ("Document type: …", "Attached: Clinic Letter (…)") before the subject line
    labelled = "\n".join(m.group(0) for m in re.finditer(
        r"(?im)^\s*(?:document(?:\s+type)?|letter\s+type|type|attached|enclosed)\s*:[^\n]*", text[:3000]))
    for stated in (labelled, letter.subject):
        for kind, rx in _STATED_KIND:
            if stated and rx.search(stated):
                return kind
    for kind, rx in _KIND_CUES:
        if rx.search(head):
            return kind
    return "clinic_letter"


_QUOTED = re.compile(r"(?m)^[ \t]*>[ \t>]*")
REPLY_SUBJECT = re.compile(r"\s*(?:re|aw|sv)\s*:", re.I)  # "RE:", "AW:" (German), "SV:" (Nordic)


def describe(letter: Letter) -> Letter:
    """Fill in the metadata of a freshly read letter. A letter pasted into an e-mail with "> " before
    each line (a forward, a reply) is read without the markers, so its labels start their lines; the
    event date is read as written, so the words it quotes can be shown where they stand."""
    text = _QUOTED.sub("", letter.text) if ">" in letter.text else letter.text
    kind = _kind(letter, text)
    dob_m = _DOB.search(text)
    patient = Patient(name=_patient_name(text), nhs_number=_nhs_number(text),
                      dob=parse_date(dob_m.group(1)) if dob_m else None)
    when, clock, evidence = _event(letter.text, kind, letter.sent_at.date() if letter.sent_at else None)
    source = None
    if evidence:
        source = next((b.source for b in letter.blocks if evidence in b.text), None)
    letter_date_m = _LETTER_DATE.search(text)  # the letter_date field keeps to labelled dates
    return dataclasses.replace(
        letter,
        kind=kind,  # type: ignore[arg-type]
        trust=_trust(text) or _sender_trust(letter.sender_name or ""),
        specialty=_specialty(letter.subject + "\n" + text, kind),
        clinician=_clinician(text, kind),
        patient=patient if (patient.name or patient.nhs_number) else None,
        event_date=when,
        event_time=clock,
        event_evidence=evidence,
        event_source=source,
        letter_date=parse_date(letter_date_m.group(1)) if letter_date_m else None,
    )
