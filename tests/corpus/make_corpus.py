#!/usr/bin/env python3
"""Build and verify bouncebot's independent, labelled held-out corpus ("own").

Every letter below is invented: patients, clinicians, the practice (Millbrook Medical Centre),
the trusts, their addresses, mail domains and telephone numbers (Ofcom drama ranges). NHS numbers
are in the 999 test range with a valid Modulus 11 check digit, computed here.

Letter bodies are written in a small markup:
    # Heading              a heading
    - item                 a bullet
    1. item                a numbered item (the number is part of the text)
    |! a | b |             a table header row;  | a | b |  a table row
    ---                    a horizontal rule
    other lines            text; blank lines separate paragraphs
and [[CODE:words]] marks the evidence for an expected category (the markers are removed from the
letter and the words become the label's evidence). Each letter is rendered as a plain-text body,
an HTML body, a PDF attachment (reportlab) or a DOCX attachment (python-docx).

    python tests/corpus/make_corpus.py                # write tests/corpus/own/ and verify it
    python tests/corpus/make_corpus.py --verify-only  # verify what is on disk

The build is deterministic: fixed dates, fixed MIME boundaries, reportlab in invariant mode and
DOCX zip entries with fixed timestamps. There is no randomness.
"""

from __future__ import annotations

import argparse
import hashlib
import html as htmlmod
import io
import json
import re
import sys
import textwrap
import zipfile
from datetime import date, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
OUT = HERE / "own"
REPO = HERE.parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

LONDON = ZoneInfo("Europe/London")
PRACTICE_NAME = "Millbrook Medical Centre"
PRACTICE_ADDR = "millbrook.mc@nhs.net"
PRACTICE = f"{PRACTICE_NAME} <{PRACTICE_ADDR}>"
PRACTICE_POSTAL = ["Millbrook Medical Centre", "3 Tanners Row", "Millbrook", "QM7 3TR"]

CODES = {
    "T": "tests_for_hospital",
    "R": "results_chasing",
    "H": "hospital_only_prescribing",
    "S": "shared_care_without_agreement",
    "F": "fit_note",
    "D": "dna_rereferral",
    "O": "onward_referral",
    "P": "post_procedure_care",
    "G": "patient_redirected_to_gp",
    "W": "referral_returned_for_workup",
    "A": "non_contractual_admin",
    "LC": "late_clinic_letter",
    "LD": "late_discharge_summary",
}
TEXT_CATEGORIES = [v for k, v in CODES.items() if k not in ("LC", "LD")]
KINDS = ("clinic_letter", "discharge_summary", "referral_response", "results", "ed_letter", "other")
LABEL_KEYS = ["id", "file", "kind", "trust", "specialty", "clinician", "patient", "event_date",
              "letter_date", "expected", "urgent_clinical_action", "notes"]
MARK = re.compile(r"\[\[([A-Z]{1,2}):(.*?)\]\]")


# --------------------------------------------------------------------------------------------
# NHS numbers and patients
# --------------------------------------------------------------------------------------------

def nhs_check_digit(nine: str) -> str | None:
    total = sum(int(d) * (10 - i) for i, d in enumerate(nine))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return None if check == 10 else str(check)


def make_nhs(seed: str) -> str:
    n = int(hashlib.sha256(seed.encode()).hexdigest(), 16) % 1_000_000
    while True:
        nine = f"999{n:06d}"
        check = nhs_check_digit(nine)
        if check is not None:
            return nine + check
        n = (n + 1) % 1_000_000


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
_USED_NHS: dict[str, str] = {}


class Pt:
    """An invented patient."""

    def __init__(self, title: str, first: str, last: str, dob: str):
        self.title, self.first, self.last, self.dob_iso = title, first, last, dob
        self.nhs = make_nhs(f"{first}|{last}|{dob}")
        while self.nhs in _USED_NHS and _USED_NHS[self.nhs] != self.name:
            self.nhs = make_nhs(self.nhs)
        _USED_NHS[self.nhs] = self.name

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def nm(self) -> str:  # Mrs Jane Smith
        return f"{self.title} {self.first} {self.last}" if self.title else self.name

    @property
    def up(self) -> str:  # SMITH, Jane
        return f"{self.last.upper()}, {self.first}"

    @property
    def tl(self) -> str:  # Mrs Smith
        return f"{self.title} {self.last}" if self.title else self.first

    @property
    def nhs_s(self) -> str:
        return f"{self.nhs[:3]} {self.nhs[3:6]} {self.nhs[6:]}"

    @property
    def dob(self) -> str:
        y, m, d = self.dob_iso.split("-")
        return f"{d}/{m}/{y}"

    @property
    def dobl(self) -> str:
        y, m, d = self.dob_iso.split("-")
        return f"{int(d)} {_MONTHS[int(m) - 1]} {y}"

    @property
    def dobm(self) -> str:
        y, m, d = self.dob_iso.split("-")
        return f"{d}-{_MONTHS[int(m) - 1][:3]}-{y}"

    def label(self) -> dict:
        return {"name": self.name, "nhs_number": self.nhs, "dob": self.dob_iso}


# --------------------------------------------------------------------------------------------
# Trusts
# --------------------------------------------------------------------------------------------

TRUSTS = {
    "fen": dict(name="Fenbridge Hospitals NHS Foundation Trust", site="Fenbridge General Hospital",
                addr="Marsh Lane, Fenbridge, QF2 7LQ", tel="01632 960200",
                web="www.fenbridge-hospitals.nhs.uk", mail="letters@fenbridge-hospitals.nhs.uk",
                ds_mail="edischarge@fenbridge-hospitals.nhs.uk", label="Fenbridge Hospitals",
                mid="mx02.fenbridge-hospitals.nhs.uk", mailer="Fenbridge ClinicalDocs 7.1"),
    "hol": dict(name="Hollowmere University Hospitals NHS Trust", site="Hollowmere Royal Infirmary",
                addr="Infirmary Road, Hollowmere, QH1 4RX", tel="0113 496 0350",
                web="www.hollowmere.nhs.uk", mail="hollowmere.outpatients@nhs.net",
                ds_mail="hollowmere.discharges@nhs.net", label="Hollowmere University Hospitals",
                mid="nhs.net", mailer=None),
    "sal": dict(name="Saltings Bay Healthcare NHS Trust", site="Saltings Bay District Hospital",
                addr="Esplanade Road, Saltings Bay, QS9 2DW", tel="0117 496 0420",
                web="www.saltingsbay.nhs.uk", mail="correspondence@saltingsbay.nhs.uk",
                ds_mail="discharge.summaries@saltingsbay.nhs.uk", label="Saltings Bay Healthcare",
                mid="relay.saltingsbay.nhs.uk", mailer="Medisec Transmit 3.4"),
    "car": dict(name="Carrow Vale Hospitals NHS Foundation Trust", site="Carrow Vale Hospital",
                addr="Weir Street, Carrow, VC3 8PN", tel="0115 496 0610",
                web="www.carrowvale.nhs.uk", mail="outpatient.letters@carrowvale.nhs.uk",
                ds_mail="edischarge@carrowvale.nhs.uk", label="Carrow Vale Hospitals",
                mid="smtp1.carrowvale.nhs.uk", mailer="CV Lorenzo Docs"),
    "brk": dict(name="Brackenfold Community Health NHS Trust", site="Brackenfold Health Centre",
                addr="Station Approach, Brackenfold, QB5 1HG", tel="0114 496 0780",
                web="www.brackenfoldcommunity.nhs.uk", mail="brackenfold.community@nhs.net",
                ds_mail="brackenfold.community@nhs.net", label="Brackenfold Community Health",
                mid="nhs.net", mailer=None),
    "thn": dict(name="Thornleigh Mental Health Partnership NHS Foundation Trust",
                site="The Beeches, Thornleigh", addr="Beech Hill Road, Thornleigh, XT2 6AE",
                tel="0161 496 0530", web="www.thornleigh-mh.nhs.uk",
                mail="letters@thornleigh-mh.nhs.uk", ds_mail="letters@thornleigh-mh.nhs.uk",
                label="Thornleigh MH Partnership", mid="mail.thornleigh-mh.nhs.uk",
                mailer="RiO Correspondence"),
    "lark": dict(name="Larkhill Children's Hospital NHS Foundation Trust",
                 site="Larkhill Children's Hospital", addr="Larkhill Rise, Saltings Bay, XL8 3JD",
                 tel="0121 496 0640", web="www.larkhill-childrens.nhs.uk",
                 mail="letters@larkhill-childrens.nhs.uk", ds_mail="letters@larkhill-childrens.nhs.uk",
                 label="Larkhill Children's Hospital", mid="mx.larkhill-childrens.nhs.uk",
                 mailer="Larkhill DocuSend"),
    "qa": dict(name="Queen Adela University Hospital NHS Foundation Trust",
               site="Queen Adela University Hospital", addr="Adela Way, Hollowmere, QA4 9SW",
               tel="020 7946 0815", web="www.queenadela.nhs.uk", mail="qauh.correspondence@nhs.net",
               ds_mail="qauh.edischarge@nhs.net", label="Queen Adela University Hospital",
               mid="nhs.net", mailer=None),
    "wen": dict(name="Wendover Cross Specialist Hospitals NHS Trust",
                site="Wendover Cross Hospital", addr="Cross Lane, Wendover Cross, XW1 2EF",
                tel="0131 496 0270", web="www.wendovercross.nhs.uk",
                mail="letters@wendovercross.nhs.uk", ds_mail="discharge@wendovercross.nhs.uk",
                label="Wendover Cross Specialist Hospitals", mid="gw.wendovercross.nhs.uk",
                mailer="WCSH Correspondence Hub"),
    "ash": dict(name="Ashcombe & Tilney Hospitals NHS Trust", site="Ashcombe General Hospital",
                addr="Tilney Road, Ashcombe, QT6 4BB", tel="0191 498 0330",
                web="www.ashcombetilney.nhs.uk", mail="ashcombe.tilney.letters@nhs.net",
                ds_mail="ashcombe.tilney.discharge@nhs.net", label="Ashcombe & Tilney Hospitals",
                mid="nhs.net", mailer=None),
}


def LH(key: str, dept: str, *extra: str) -> str:
    """A letterhead as markup lines."""
    t = TRUSTS[key]
    lines = [t["name"], t["site"]]
    if dept:
        lines.append(dept)
    lines += [t["addr"], f"Tel: {t['tel']}  |  {t['web']}"]
    lines += list(extra)
    return "\n".join(lines)


GP_ADDR = "\n".join(["{gp}"] + PRACTICE_POSTAL)


def gp(name: str = "Dr H Lindqvist") -> str:
    return GP_ADDR.format(gp=name)


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------

LETTERS: list[dict] = []   # provider letters
OTHERS: list[dict] = []    # other messages (built by their own functions)


def L(**kw) -> None:
    LETTERS.append(kw)


def dt(s: str) -> datetime:
    """'2026-11-03 09:14' in Europe/London."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=LONDON)


# ======================= LETTERS BEGIN =======================

# ---- 1. Rheumatology: Metoject started, prescribing and first monitoring handed over
p = Pt("Mrs", "Deborah", "Ainsworth", "1968-04-22")
L(kind="clinic_letter", trust="fen", specialty="Rheumatology", clinician="Dr Imogen Castellano",
  pt=p, event="2026-11-02", ldate="2026-11-04", sent="2026-11-06 10:12", fmt="plain", width=76,
  subject=f"Fenbridge Hospitals - Rheumatology clinic letter - {p.last.upper()} - 02/11/2026",
  body=f"""{LH('fen', 'Department of Rheumatology')}

Ref: IC/sw/F2210874
Clinic date: 02/11/2026
Typed: 04/11/2026

{gp('Dr R Achebe')}

Dear Dr Achebe

Patient: {p.nm}   DOB: {p.dob}   NHS number: {p.nhs_s}
Address: 19 Sedge Close, Millbrook QM7 4NF

Diagnosis: Seropositive rheumatoid arthritis (RF and anti-CCP positive), DAS28-CRP 5.1

Thank you for referring Mrs Ainsworth, a 58 year old teaching assistant with a four month history of symmetrical small joint synovitis affecting both hands and the left wrist. Morning stiffness lasts about two hours. On examination today she had 9 swollen and 11 tender joints. Her chest was clear and there were no nodules.

We discussed disease-modifying treatment at length and she opted to start methotrexate today. She received her first dose of Metoject 15 mg subcutaneously in clinic after teaching from our specialist nurse, and she will take folic acid 5 mg once weekly, three days after the methotrexate. She was given a single 40 mg Depo-Medrone injection intramuscularly to bridge until the DMARD takes effect.

Plan
- [[S:We would be grateful if you could take over prescribing of the Metoject 15 mg weekly pens from her next dose]], together with the folic acid.
- [[T:GP to check FBC, U&Es and LFTs every 2 weeks for the first 3 months]] and then monthly.
- We will see her again in the early arthritis clinic in 3 months.

Yours sincerely

Dr Imogen Castellano
Consultant Rheumatologist

cc Mrs Deborah Ainsworth (patient)
""",
  notes="Methotrexate (amber) handed over at the first dose with no shared-care agreement offered; the initial monitoring of a drug the hospital has just started is passed to the GP.")

# ---- 2. Acute medicine eDischarge: new AF, apixaban 4 days only, U&E follow-up to GP
p = Pt("Mr", "Graham", "Tolley", "1949-09-03")
L(kind="discharge_summary", trust="fen", specialty="Acute Medicine", clinician="Dr Paul Haverstock",
  pt=p, event="2026-11-03", ldate="2026-11-03", sent="2026-11-04 09:05", fmt="pdf", dtime="11:40",
  subject=f"Discharge Summary: {p.nhs_s} (F3318402)",
  body=f"""{LH('fen', 'Acute Medical Unit')}

# INPATIENT DISCHARGE SUMMARY
|! Patient | {p.nm} |
| NHS number | {p.nhs_s} |
| Date of birth | {p.dob} |
| Hospital number | F3318402 |
| Registered GP | Dr S Penhaligon, Millbrook Medical Centre |
| Admission date | 30/10/2026 |
| Date of discharge | 03/11/2026 |
| Time of discharge | 11:40 |
| Ward | Acute Medical Unit, Ward 4 |
| Consultant | Dr Paul Haverstock |

# Diagnosis
Fast atrial fibrillation, new onset (CHA2DS2-VASc 3). Acute kidney injury stage 1, resolving.

# Clinical summary
Mr Tolley presented with palpitations and breathlessness. ECG showed AF at 148 beats per minute. Rate controlled with bisoprolol. Creatinine peaked at 168 and was 142 on the day of discharge (baseline 96). Anticoagulation with apixaban was started after discussion with the patient.

# Medications on discharge
|! Drug | Dose | Status | Supplied |
| Bisoprolol | 2.5 mg once daily | New | 14 days |
| Apixaban | 5 mg twice daily | New | 4 days |
| Ramipril | 5 mg once daily | Withheld (AKI) | - |

# GP actions
- [[H:Apixaban: 4 days supplied from ward stock, GP to prescribe ongoing supply from 07/11/2026]]
- [[T:GP to repeat U&Es in 1/52 as creatinine 142 on discharge]] and restart ramipril if back to baseline.
- Echocardiogram requested as an outpatient: the cardiac investigations unit will send an appointment.

Summary completed by: Dr Lucy Prendergast, FY1, on behalf of Dr Paul Haverstock
""",
  notes="Only 4 days of a newly started anticoagulant supplied (less than 7 days) and the ward's own creatinine follow-up handed to the GP. Sent next morning, 21 h after the stated discharge time: on time.")

# ---- 3. Gastroenterology HTML letter with an actions table; late; calprotectin chase
p = Pt("Mr", "Kieran", "Oduya", "1990-06-14")
L(kind="clinic_letter", trust="hol", specialty="Gastroenterology", clinician="Dr Femi Adeyemi-Clarke",
  pt=p, event="2026-10-28", ldate="2026-10-30", sent="2026-11-10 14:22", fmt="html",
  subject=f"Outpatient letter - Gastroenterology - {p.last.upper()} {p.first[0]}",
  body=f"""{LH('hol', 'Department of Gastroenterology')}

|! Our ref | AC/LM/H7730192 |
| Letter date | 30/10/2026 |
| [[LC:Clinic date: 28/10/2026]] | Gastroenterology Outpatients, Clinic 3B |

{gp('Dr S Penhaligon')}

Dear Dr Penhaligon,

Re: {p.nm}, born {p.dob}, NHS {p.nhs}

Diagnosis: Ileocolonic Crohn's disease (diagnosed 2021), currently flaring.

Mr Oduya reports six to eight loose stools a day with some blood for three weeks and has lost 4 kg. He stopped his azathioprine himself in the summer because of nausea. Abdominal examination showed tenderness in the right iliac fossa without a mass. He provided a stool sample in clinic for calprotectin and we took bloods including CRP.

|! Who | What |
| Actions for GP | [[R:Please chase the faecal calprotectin result and let us know if it is above 250]] |
| Actions for patient | Keep a symptom diary; call the IBD advice line on 0113 496 0361 if bleeding increases. |
| Actions for hospital | We will arrange an MR enterography and discuss biologic therapy at the IBD MDT. |

Yours sincerely,

Dr Femi Adeyemi-Clarke
Consultant Gastroenterologist
""",
  notes="The calprotectin the clinic collected is left to the GP to chase; sent 13 days after the clinic (late).")

# ---- 4. ED: scaphoid injury, fracture clinic referral left to GP
p = Pt("Miss", "Tamsin", "Rookwood", "2001-02-11")
L(kind="ed_letter", trust="sal", specialty="Emergency Medicine", clinician="Dr Owain Pritchard",
  pt=p, event="2026-11-05", ldate="2026-11-05", sent="2026-11-06 02:41", fmt="plain", width=0,
  subject=f"ED Discharge Notification - {p.up} - {p.nhs}",
  body=f"""{TRUSTS['sal']['name']}
Emergency Department, {TRUSTS['sal']['site']}
ED DISCHARGE NOTIFICATION (automated)

Patient: {p.up} ({p.title})   DOB: {p.dob}   NHS No: {p.nhs}
Arrived: 05/11/2026 19:52   Departed: 05/11/2026 23:37
Presenting complaint: FOOSH, right wrist pain
Diagnosis: Clinically suspected scaphoid fracture, X-ray no fracture seen
Treatment: Futura splint applied, analgesia advised
Outcome: Discharged home

Comments for GP:
Tender in anatomical snuffbox. [[O:Please refer to fracture clinic for review and repeat imaging in 10 to 14 days]]. Patient to keep splint on until seen.

Clinician: Dr Owain Pritchard, ST4 Emergency Medicine
""",
  notes="An ED follow-up for the injury treated (fracture clinic) should be booked by the ED directly, not passed to the GP.")

# ---- 5. Urology: hard negative, the hospital repeats the PSA itself
p = Pt("Mr", "Harold", "Pennock", "1952-12-01")
L(kind="clinic_letter", trust="car", specialty="Urology", clinician="Mr Naveed Saddiq",
  pt=p, event="2026-10-21", ldate="2026-10-22", sent="2026-10-27 11:00", fmt="docx",
  subject=f"Clinic letter: Urology - {p.last.upper()}, {p.first} - Hosp No C5120466",
  body=f"""{LH('car', 'Department of Urology')}

Date of clinic: 21 October 2026
Date typed: 22 October 2026

{gp('Dr H Lindqvist')}

Dear Dr Lindqvist

{p.nm}, DOB {p.dobl}, NHS No. {p.nhs_s}, Hospital No. C5120466

Thank you for referring this 73 year old gentleman with a PSA of 7.8 and mild nocturia. His prostate felt benign and moderately enlarged (about 40 g) on digital rectal examination.

I have requested a multiparametric MRI of the prostate. We will request a repeat PSA alongside the scan through our own phlebotomy service, and I will see him in clinic with both results to discuss whether a biopsy is needed. He understands the plan.

No action is needed from the practice at present.

Yours sincerely

Mr Naveed Saddiq
Consultant Urological Surgeon
""",
  notes="Hard negative: the hospital orders its own MRI and PSA and will give the results itself; 'no action is needed'. On time (6 days).")

# ---- 6. Cardiothoracic surgery DS (HTML): clips, fit note; late
p = Pt("Mr", "Desmond", "Achterberg", "1961-07-19")
L(kind="discharge_summary", trust="wen", specialty="Cardiothoracic Surgery",
  clinician="Mr Rhys Vaughan-Elliott", pt=p, event="2026-11-09", ldate="2026-11-09",
  sent="2026-11-12 17:48", fmt="html",
  subject=f"eDischarge - Cardiothoracic Surgery - {p.nhs}",
  body=f"""{LH('wen', 'Cardiothoracic Surgery, Ward C2')}

# Electronic Discharge Summary
|! Name | {p.nm} |
| NHS No | {p.nhs_s} |
| DOB | {p.dob} |
| Admitted | 02/11/2026 |
| [[LD:Discharge date: 09/11/2026]] | |
| Consultant: Mr Rhys Vaughan-Elliott | Specialty: Cardiothoracic Surgery |

# Procedure
Coronary artery bypass grafting x3 (LIMA-LAD, SVG-OM1, SVG-PDA) on 03/11/2026. Uncomplicated recovery apart from a short run of post-operative AF which reverted with amiodarone.

# Medication
All discharge medicines supplied for 28 days (aspirin, atorvastatin, bisoprolol, amiodarone reducing course, lansoprazole).

# GP actions:
- [[P:Practice nurse to remove leg wound clips on day 10-12 post-op]].
- [[F:Please issue a fit note for 8 weeks from discharge]] (works as a scaffolder).
- Cardiac rehabilitation referral made by the ward team.

Author: Dr Tom Ashgrove, SHO Cardiothoracic Surgery
""",
  notes="Clip removal after surgery and the post-operative fit note are the operating team's; the summary went out three days after discharge (late).")

# ---- 7. CMHT: Priadel started on the ward, handed to GP without shared care
p = Pt("Mr", "Jordan", "Whitlock", "1994-03-30")
L(kind="clinic_letter", trust="thn", specialty="Adult Mental Health", clinician="Dr Anjali Mistry-Bowen",
  pt=p, event="2026-11-12", ldate="2026-11-13", sent="2026-11-16 09:30", fmt="plain", width=74,
  subject="Thornleigh MHP - Outpatient review letter",
  body=f"""{LH('thn', 'Adult Mental Health - North Thornleigh Community Mental Health Team')}

PRIVATE AND CONFIDENTIAL
Date of review: 12/11/2026
Date of letter: 13/11/2026

{gp('Dr R Achebe')}

Dear Dr Achebe

{p.nm}  |  D.O.B. {p.dob}  |  NHS {p.nhs_s}

Diagnosis: Bipolar affective disorder, current episode hypomanic (resolving) (F31.1)

I reviewed Jordan in the outpatient clinic with his care coordinator, Ms Abbie Roscoe. He was discharged from Rowan Ward three weeks ago after a hypomanic episode, during which lithium was started. His mood is now euthymic, his sleep has normalised and he is back at college part time. He has no thoughts of self-harm. His most recent lithium level on the ward was 0.62 mmol/L.

Medication: Priadel 400 mg at night; olanzapine 5 mg at night (to reduce and stop over the next month).

[[S:Please take over prescribing of Priadel 400 mg nocte and the 3-monthly lithium level, U&E and TFT monitoring from now on]]. He has a 14-day supply from the ward.

We will see him again in 8 weeks. His crisis plan is attached to his RiO record and he has the crisis line number.

Yours sincerely

Dr Anjali Mistry-Bowen
Consultant Psychiatrist
""",
  notes="Lithium (amber) prescribing and monitoring transferred without a shared-care agreement offered.")

# ---- 8. Paediatrics: child not brought, rebooked by the hospital (hard negative)
p = Pt("", "Ellis", "Farrant", "2022-05-08")
L(kind="clinic_letter", trust="lark", specialty="Community Paediatrics", clinician="Dr Grace Oyelaran",
  pt=p, event=None, ldate="2026-11-05", sent="2026-11-05 15:20", fmt="plain", width=72,
  subject=f"Larkhill Children's - Was Not Brought - {p.first} {p.last.upper()}",
  body=f"""{LH('lark', 'Community Paediatrics - Child Development Service')}

5 November 2026

To the parents of Ellis Farrant
27 Thistle Grove, Millbrook QM7 6BD

Dear Mr Farrant and Ms Okoro

Ellis Farrant, date of birth {p.dobl}, NHS number {p.nhs_s}

Ellis was not brought to his appointment at the Child Development Centre on 3 November 2026. We know that families have busy lives and that appointments are sometimes missed.

We still think it is important that we see Ellis to look at his speech and language development, so we have booked a new appointment for Tuesday 24 November 2026 at 10:30. If this time does not suit you, please ring our booking team on 0121 496 0655 and they will find another date.

We have let Ellis's GP and health visitor know about the missed appointment, as we do for every child.

Yours sincerely

Dr Grace Oyelaran
Consultant Community Paediatrician

cc Dr H Lindqvist, Millbrook Medical Centre
cc Health Visiting Team, Millbrook
""",
  notes="Hard negative: a child not brought to clinic is rebooked by the hospital itself; nothing asked of the GP.")

# ---- 9. Radiology: GP-requested CT with a suspected cancer (urgent, no bounce)
p = Pt("Mrs", "Maureen", "Heptonstall", "1953-11-16")
L(kind="results", trust="qa", specialty="Radiology", clinician="Dr Hamish Baird-Okafor",
  pt=p, event=None, ldate="2026-11-06", sent="2026-11-06 16:05", fmt="pdf", urgent=True,
  subject="URGENT: Radiology report - unexpected significant finding",
  body=f"""{LH('qa', 'Department of Radiology')}

# RADIOLOGY REPORT - UNEXPECTED SIGNIFICANT FINDING
Patient: {p.nm}
NHS Number: {p.nhs}
Date of birth: {p.dobm}
Examination: CT chest, abdomen and pelvis with contrast
Date of examination: 05/11/2026
Requested by: Dr S Penhaligon, Millbrook Medical Centre (GP direct access)

# Clinical details
Weight loss 8 kg in 3 months, raised platelets. Ex-smoker.

# Report
There is a 34 mm spiculated mass in the right upper lobe with ipsilateral hilar lymphadenopathy (short axis 14 mm). Two indeterminate low-density liver lesions measure up to 11 mm. No bony destruction. Appearances are highly suspicious of a primary bronchogenic malignancy.

# Conclusion
Findings suspicious of right upper lobe lung cancer. Urgent referral on the suspected lung cancer pathway is recommended. The requesting practice was telephoned on 06/11/2026 at 15:50 and the findings were passed to the duty doctor.

Reported by: Dr Hamish Baird-Okafor, Consultant Radiologist
""",
  notes="GP-requested scan, so acting on it is the practice's own work (no bounce), but it needs an urgent suspected-cancer referral: urgent flag only.")

# ---- 10. Dermatology: isotretinoin prescribing asked of GP
p = Pt("Miss", "Harriet", "Quayle", "2003-08-17")
L(kind="clinic_letter", trust="ash", specialty="Dermatology", clinician="Dr Rosalind Ekwueme",
  pt=p, event="2026-11-10", ldate="2026-11-11", sent="2026-11-13 08:47", fmt="plain", width=72,
  subject=f"Dermatology letter {p.last.upper()} {p.nhs}",
  body=f"""{LH('ash', 'Dermatology Outpatients, Ashcombe General Hospital')}

Our ref: RE/kb/A4402817      Date dictated: 11/11/2026
Seen: 10/11/2026

{gp('Dr S Penhaligon')}

Dear Dr Penhaligon

RE: {p.nm} - DOB {p.dob} - NHS No {p.nhs_s}
2 Harebell Court, Millbrook QM7 2PX

Diagnosis: Nodulocystic acne with early scarring, failed two courses of lymecycline.

Harriet is keen to start isotretinoin and I agree this is now appropriate. We discussed the risks in detail, including mood change and the need for highly effective contraception. She has a progestogen implant inserted in July. Her baseline pregnancy test, lipids and LFTs in clinic were normal, and she signed the Pregnancy Prevention Programme acknowledgement form.

[[H:I would be grateful if you could prescribe isotretinoin 20 mg once daily]] for the first month, increasing to 40 mg if she tolerates it. Our nurse will phone her monthly.

I will see her in 4 months.

Yours sincerely

Dr Rosalind Ekwueme
Consultant Dermatologist
""",
  notes="Isotretinoin is hospital-only (red): prescribing and the pregnancy-prevention programme stay with the dermatologist.")

# ---- 11. ENT referral returned for an audiogram first
p = Pt("Mrs", "Patricia", "Lomax", "1957-01-29")
L(kind="referral_response", trust="hol", specialty="ENT", clinician="Mr Idris Fairweather",
  pt=p, event=None, ldate="2026-11-09", sent="2026-11-09 12:10", fmt="html",
  subject="e-RS referral returned - ENT - UBRN 0004 1188 2093",
  body=f"""{LH('hol', 'Ear, Nose and Throat Surgery')}

# Referral outcome: RETURNED TO REFERRER
|! Patient | {p.nm} |
| NHS number | {p.nhs} |
| DOB | {p.dob} |
| Referral received | 02/11/2026 (Routine, Otology) |
| Triaged by | Mr Idris Fairweather, Consultant ENT Surgeon |

Dear Colleague,

Thank you for your referral regarding this lady's gradually worsening left-sided hearing loss and intermittent tinnitus over 18 months, with no otalgia or discharge.

We are unable to accept the referral in its current form. [[W:Please arrange an audiogram through the community audiology service and re-refer with the result]] if an asymmetry of 15 dB or more is confirmed.

Kind regards,

Mr Idris Fairweather
Consultant ENT Surgeon
""",
  notes="A clinically appropriate referral (progressive unilateral hearing loss) returned until the GP obtains a test first.")

# ---- 12. MSK physiotherapy: discharged after one DNA, GP to re-refer
p = Pt("Mr", "Leon", "Gathercole", "1985-10-02")
L(kind="clinic_letter", trust="brk", specialty="MSK Physiotherapy", clinician="Ms Rachel Okonjo",
  pt=p, event=None, ldate="2026-11-06", sent="2026-11-06 13:02", fmt="plain", width=76,
  subject="Brackenfold MSK Physiotherapy - non-attendance",
  body=f"""{TRUSTS['brk']['name']}
MSK Physiotherapy Service
{TRUSTS['brk']['site']}, {TRUSTS['brk']['addr']}
Tel {TRUSTS['brk']['tel']}

6 November 2026

{gp('Dr R Achebe')}

Dear Dr Achebe

Name: {p.nm}
NHS No: {p.nhs}
Date of birth: {p.dob}
Reason for referral: low back pain with right-sided sciatica

Mr Gathercole did not attend his initial assessment appointment on 4 November 2026 and did not contact us beforehand. In line with our access policy [[D:he has been discharged from our service and will need a new referral from his GP if he still needs physiotherapy]].

Kind regards

Ms Rachel Okonjo
Clinical Specialist Physiotherapist
""",
  notes="Discharge after a single missed first appointment with re-referral left to the GP.")

# ---- 13. General surgery day case DS (DOCX): sutures and fit note to GP
p = Pt("Mrs", "Alison", "Drayton", "1979-11-11")
L(kind="discharge_summary", trust="fen", specialty="General Surgery", clinician="Mr Tobias Wrenfield",
  pt=p, event="2026-11-06", ldate="2026-11-06", sent="2026-11-06 19:15", fmt="docx",
  subject=f"Discharge Summary: {p.nhs_s} (F6627103)",
  body=f"""{LH('fen', 'Day Surgery Unit')}

# DAY CASE DISCHARGE SUMMARY
|! Patient | {p.nm} |
| NHS number | {p.nhs_s} |
| Date of birth | {p.dob} |
| Date of admission | 06/11/2026 |
| Date of discharge | 06/11/2026 |
| Consultant | Mr Tobias Wrenfield |
| Specialty | General Surgery |

# Procedure
Laparoscopic cholecystectomy for symptomatic gallstones. Umbilical port closed with interrupted non-absorbable sutures. No complications.

# Discharge medication
Paracetamol 1 g four times daily and ibuprofen 400 mg three times daily, 7 days supplied.

# Follow-up
- [[P:Practice nurse to remove the interrupted sutures at 10 days]].
- [[F:The patient will need a fit note for 2 weeks, which the GP can provide]].
- No routine surgical follow-up; histology will be reviewed by the surgical team and the patient written to if any action is needed.

Completed by: Dr Megan Tull, FY2 General Surgery
""",
  notes="Suture removal and the post-operative fit note are the operating team's; the histology is correctly kept by the team.")

# ---- 14. Cardiology (PDF): hard negative, green medicines continued, hospital tests
p = Pt("Mr", "Vikram", "Rathore", "1963-05-05")
L(kind="clinic_letter", trust="sal", specialty="Cardiology", clinician="Dr Eleanor Stavely",
  pt=p, event="2026-11-13", ldate="2026-11-16", sent="2026-11-18 10:40", fmt="pdf",
  subject="Saltings Bay Healthcare - Cardiology clinic letter",
  body=f"""{LH('sal', 'Department of Cardiology')}

Clinic: Chest Pain and Cardiology Follow-up
Seen on: 13 November 2026
Typed on: 16 November 2026

{gp('Dr H Lindqvist')}

Dear Dr Lindqvist,

{p.nm}
DOB {p.dob}   NHS {p.nhs_s}

Diagnoses:
1. NSTEMI in August 2026, drug-eluting stent to the circumflex
2. Hypertension
3. Hypercholesterolaemia

Mr Rathore is doing well and has completed cardiac rehabilitation. He has no chest pain but describes occasional palpitations in the evening. His blood pressure was 128/78 today.

We have arranged a 24-hour ECG tape and a repeat echocardiogram at our cardiac investigations unit, and he will be sent both appointments.

Please continue atorvastatin 80 mg at night and ramipril 5 mg once daily. He should stay on ticagrelor until August 2027 and aspirin indefinitely.

No GP action is required at this stage. I will write again once the investigations are back.

Yours sincerely,

Dr Eleanor Stavely
Consultant Cardiologist
""",
  notes="Hard negative: the hospital arranges its own tests; continuing green medicines is ordinary GP work; 'no GP action is required'.")

# ---- 15. Haematology results: neutropenia on hospital FBC (urgent), pushed to GP
p = Pt("Mr", "Colin", "Ashdown", "1958-02-14")
L(kind="results", trust="car", specialty="Haematology", clinician="Dr Nadia Kowalski-Reid",
  pt=p, event=None, ldate="2026-11-17", sent="2026-11-17 17:32", fmt="plain", width=76, urgent=True,
  subject=f"Haematology result - action required - {p.last.upper()}",
  body=f"""{TRUSTS['car']['name']}
Department of Haematology - Results letter
{TRUSTS['car']['site']}, {TRUSTS['car']['addr']}

17/11/2026

To: Dr S Penhaligon, Millbrook Medical Centre

Patient: {p.nm}   DOB: {p.dob}   NHS: {p.nhs}

Dear Dr Penhaligon

Mr Ashdown's full blood count, taken at his haematology clinic visit this morning as part of his investigation for a lymphoproliferative disorder, shows:

Hb 118 g/L, WCC 1.6 x10^9/L, neutrophils 0.4 x10^9/L, platelets 142 x10^9/L.

This is a significant fall from last month (neutrophils 1.9). He is not on any myelosuppressive treatment from us. [[R:Please could you contact Mr Ashdown today to check he is well and arrange a repeat FBC later this week]]; if he has a temperature he should go straight to the emergency department.

Yours sincerely

Dr Nadia Kowalski-Reid
Consultant Haematologist
""",
  notes="A severe neutropenia on a clinic sample: the haematology team must act on its own result; urgent because a neutropenic patient needs same-day contact.")

# ---- 16. Neurology letter to the patient, cc GP: told to get MRI result from GP
p = Pt("Ms", "Yvette", "Garside", "1984-07-07")
L(kind="clinic_letter", trust="qa", specialty="Neurology", clinician="Dr Laurence Mbeki-Hart",
  pt=p, event="2026-11-16", ldate="2026-11-17", sent="2026-11-19 11:25", fmt="html", alt=True,
  subject="Queen Adela University Hospital - Neurology Outpatients",
  body=f"""{LH('qa', 'Department of Neurology')}

Clinic date: 16/11/2026
Letter date: 17/11/2026

Ms Yvette Garside
8 Larch Mews
Millbrook QM7 5EE

Dear Ms Garside,

NHS number: {p.nhs_s}   Date of birth: {p.dob}

It was good to meet you in the neurology clinic on Monday. I am writing to you directly, with a copy to your GP, as we agreed.

You told me about episodes of tingling in your left arm and face lasting 20 to 30 minutes, usually followed by a headache. Your examination was normal. I think these are most likely migraine auras, but to be thorough I have requested an MRI scan of your brain, which will be done here at Queen Adela.

[[G:Your GP will be able to give you the results of the MRI scan]] about two weeks after it is done. In the meantime I suggest you keep a headache diary and avoid taking painkillers on more than two days a week.

I have not arranged a further neurology appointment.

Yours sincerely,

Dr Laurence Mbeki-Hart
Consultant Neurologist

cc Dr R Achebe, Millbrook Medical Centre
""",
  notes="The patient is sent to the GP for the result of an MRI the neurologist ordered.")

# ---- 17. Renal transplant (PDF): tacrolimus prescribing to GP
p = Pt("Mr", "Anil", "Devasagayam", "1975-09-21")
L(kind="clinic_letter", trust="wen", specialty="Renal Transplantation", clinician="Dr Catriona Falconer",
  pt=p, event="2026-11-18", ldate="2026-11-19", sent="2026-11-20 14:00", fmt="pdf",
  subject="Wendover Cross - Transplant clinic letter",
  body=f"""{LH('wen', 'Renal Transplant Unit')}

Transplant Follow-up Clinic - 18/11/2026
Dictated 19/11/2026

{gp('Dr H Lindqvist')}

Dear Dr Lindqvist

{p.nm} - DOB {p.dob} - NHS {p.nhs_s} - Unit No. W0981273

Deceased donor renal transplant 14/08/2026 for IgA nephropathy.

Mr Devasagayam is now three months from his transplant and is doing well. Creatinine today was 118 micromol/L and his tacrolimus trough level 7.4, which is within target. We have reduced his prednisolone to 5 mg daily.

Now that his visits are becoming less frequent, [[H:please prescribe Adoport (tacrolimus) 3 mg twice daily from now on]], together with the mycophenolate mofetil 500 mg twice daily. Please prescribe by brand. We will continue to check his tacrolimus levels at each transplant clinic.

Next review in the transplant clinic in 4 weeks.

Yours sincerely

Dr Catriona Falconer
Consultant Transplant Nephrologist
""",
  notes="Tacrolimus after a transplant is a red drug kept by the transplant centre.")

# ---- 18. Respiratory eDischarge (plain): late; CXR and sputum to GP
p = Pt("Mrs", "Brenda", "Holroyd", "1950-12-24")
L(kind="discharge_summary", trust="hol", specialty="Respiratory Medicine", clinician="Dr Samir Qureshi",
  pt=p, event="2026-11-12", ldate="2026-11-15", sent="2026-11-15 08:00", fmt="plain", width=0,
  subject=f"Hollowmere eDischarge {p.nhs}",
  body=f"""HOLLOWMERE UNIVERSITY HOSPITALS NHS TRUST - ELECTRONIC DISCHARGE SUMMARY
{TRUSTS['hol']['name']}, {TRUSTS['hol']['site']}
=======================================================================
PATIENT: {p.up}  ({p.title})
NHS NO: {p.nhs}      DOB: {p.dob}
GP: Dr H Lindqvist, Millbrook Medical Centre
WARD: Ward 22 (Respiratory)      SPECIALTY: Respiratory Medicine
Consultant: Dr Samir Qureshi
ADMITTED: 06/11/2026
[[LD:DISCHARGED: 12/11/2026]]
=======================================================================
DIAGNOSIS: Infective exacerbation of COPD with right lower lobe consolidation
COMORBIDITIES: COPD (FEV1 48%), type 2 diabetes, osteoarthritis

SUMMARY: Treated with IV co-amoxiclav then oral doxycycline (course completed on the ward), prednisolone 30 mg for 5 days (completed). Did not need NIV. Mobilising independently on discharge, SpO2 92% on air.

MEDICATION CHANGES: none. Existing inhalers continued.

GP ACTIONS:
1. [[T:Repeat CXR in 6/52 - GP to request]] to confirm resolution of consolidation.
2. [[R:Sputum culture pending at discharge, GP to follow up result and treat if needed]].
3. We have referred her to the pulmonary rehabilitation programme ourselves.

Summary by Dr Aled Frost (FY1) for Dr Samir Qureshi
=======================================================================
""",
  notes="Follow-up imaging the ward wants and the ward's own pending culture are passed to the GP; summary sent three days after discharge (late). The pulmonary rehabilitation referral was made by the ward (negative).")

# ---- 19. Fracture clinic (DOCX): fit note from GP; hospital refers to physio itself
p = Pt("Mr", "Craig", "Bannerman", "1988-01-18")
L(kind="clinic_letter", trust="ash", specialty="Trauma and Orthopaedics", clinician="Mr Olumide Harrow-Grant",
  pt=p, event="2026-11-17", ldate="2026-11-18", sent="2026-11-23 09:58", fmt="docx",
  subject=f"Fracture Clinic Letter - {p.last.upper()} {p.first}",
  body=f"""{LH('ash', 'Fracture Clinic, Trauma and Orthopaedics')}

Seen in fracture clinic: 17/11/2026
Typed: 18/11/2026

{gp('Dr S Penhaligon')}

Dear Dr Penhaligon

Re: {p.nm}  DOB {p.dob}  NHS No {p.nhs_s}

Diagnosis: Undisplaced fracture of the right distal fibula (Weber B), stable on weight-bearing views.

Mr Bannerman injured his ankle playing five-a-side football. He is now weight bearing as tolerated in a walking boot. I have referred him to our physiotherapy department and he will be seen in fracture clinic again in 4 weeks with a repeat X-ray.

He works as a delivery driver and cannot drive in the boot. [[F:He will need a fit note from his GP covering the next 6 weeks]].

Yours sincerely

Mr Olumide Harrow-Grant
Consultant Orthopaedic Surgeon
""",
  notes="The fracture clinic should certify the period of its own treatment; physio referral made by the hospital is a negative. Sent 6 days after the clinic (on time, near the limit).")

# ---- 20. Gynaecology: pre-operative questionnaire for the GP to complete
p = Pt("Mrs", "Shona", "McAlister", "1976-06-30")
L(kind="clinic_letter", trust="sal", specialty="Gynaecology", clinician="Miss Penelope Ardagh",
  pt=p, event="2026-11-19", ldate="2026-11-20", sent="2026-11-24 15:31", fmt="plain", width=76,
  subject="Gynaecology clinic letter - Saltings Bay",
  body=f"""{LH('sal', 'Department of Gynaecology')}

Clinic date: 19 Nov 2026
Dictated: 20 Nov 2026

{gp('Dr H Lindqvist')}

Dear Dr Lindqvist,

Re: {p.nm}, {p.dob}, NHS {p.nhs_s}

Diagnosis: Symptomatic fibroid uterus (14-week size), menorrhagia, iron deficiency anaemia (treated)

Mrs McAlister has had no benefit from the levonorgestrel intrauterine system and would like a definitive procedure. After discussing the options she has chosen a total laparoscopic hysterectomy with conservation of the ovaries. I have added her to the waiting list; the expected wait is about 20 weeks.

Because of her BMI of 41 and her sleep apnoea she will need an anaesthetic review. [[A:Please complete the enclosed pre-operative health questionnaire and return it to the Pre-Assessment Unit]] so that we can book her into the correct clinic.

Yours sincerely,

Miss Penelope Ardagh
Consultant Obstetrician and Gynaecologist
""",
  notes="A hospital pre-operative questionnaire is hospital paperwork, not general-practice work.")

# ---- 21. Endocrinology (HTML, numbered recommendations): Prolia handed over; falls referral
p = Pt("Mrs", "Winifred", "Salter", "1944-03-09")
L(kind="clinic_letter", trust="car", specialty="Endocrinology", clinician="Dr Hugo Lambourne",
  pt=p, event="2026-11-23", ldate="2026-11-24", sent="2026-11-26 12:16", fmt="html",
  subject=f"Carrow Vale - Metabolic Bone Clinic - {p.last.upper()}",
  body=f"""{LH('car', 'Department of Endocrinology - Metabolic Bone Clinic')}

Clinic attended: 23/11/2026
Letter typed: 24/11/2026

{gp('Dr S Penhaligon')}

Dear Dr Penhaligon

{p.nm} | DOB {p.dob} | NHS No {p.nhs_s}

Diagnosis: Severe postmenopausal osteoporosis (DEXA T-score -3.4 at the lumbar spine), two vertebral fractures, intolerant of oral bisphosphonates; eGFR 28.

Mrs Salter attended with her son. Zoledronic acid is unsuitable given her renal function, and we agreed to start denosumab. Her first injection of Prolia 60 mg was given in clinic today after a normal adjusted calcium of 2.36 mmol/L and vitamin D of 71 nmol/L.

Recommendations
1. Continue Adcal-D3 one tablet twice daily.
2. [[S:We would appreciate it if the practice could give Prolia 60 mg every 6 months from May 2027 and check calcium before each dose]].
3. [[O:Please refer her to the community falls prevention service]] as she has had three falls this year.
4. Repeat DEXA in 2 years, which we will request.

Yours sincerely

Dr Hugo Lambourne
Consultant Endocrinologist
""",
  notes="Denosumab administration and monitoring handed over with no shared-care agreement; the falls service referral for the fracture-related problem is left to the GP. Continuing Adcal-D3 is GP work.")

# ---- 22. Adult ADHD service (DOCX): Elvanse titration handed to GP
p = Pt("Mr", "Ruairi", "Costigan", "1997-11-25")
L(kind="clinic_letter", trust="thn", specialty="Adult ADHD Service", clinician="Dr Felicity Ngata",
  pt=p, event="2026-11-24", ldate="2026-11-25", sent="2026-11-27 10:05", fmt="docx",
  subject="Thornleigh MHP - Adult ADHD Service - assessment outcome",
  body=f"""{LH('thn', 'Adult ADHD Service')}

Assessment date: 24/11/2026
Letter date: 25/11/2026

{gp('Dr R Achebe')}

Dear Dr Achebe

Name: {p.nm}
DOB: {p.dob}
NHS No: {p.nhs}

Outcome: Attention deficit hyperactivity disorder, combined presentation (DIVA-5 confirmed)

Thank you for referring Ruairi, who works as a sous chef. His history and collateral account from his mother confirm lifelong inattention and impulsivity with significant impairment at work and in his relationships. Physical health screen today: BP 124/76, pulse 72, weight 71 kg, ECG normal. He has no cardiac history and no family history of sudden death. He drinks about 12 units a week and does not use drugs.

We discussed treatment options and he would like to try lisdexamfetamine.

|! Requests to GP | Detail |
| Medication | [[H:Please prescribe Elvanse 30 mg each morning and increase to 50 mg after 2 weeks if tolerated]] |
| Monitoring | [[T:GP to check blood pressure, pulse and weight fortnightly during titration]] |

We will review him by telephone in 6 weeks.

Yours sincerely

Dr Felicity Ngata
Consultant Psychiatrist, Adult ADHD Service
""",
  notes="Starting and titrating a specialist ADHD medicine before the patient is stabilised, with the titration monitoring, is passed to the GP.")

# ---- 23. Ophthalmology: hard negative, drops supplied, hospital follow-up; history of fit note
p = Pt("Mrs", "Evelyn", "Marchbank", "1941-10-10")
L(kind="clinic_letter", trust="fen", specialty="Ophthalmology", clinician="Mr Sunil Choudhury",
  pt=p, event="2026-11-20", ldate="2026-11-23", sent="2026-11-24 16:50", fmt="plain", width=76,
  subject=f"Fenbridge Eye Unit - {p.last.upper()} - post-operative review",
  body=f"""{LH('fen', 'Fenbridge Eye Unit (Ophthalmology)')}

Date seen: 20-Nov-2026        Date typed: 23-Nov-2026

{gp('Dr H Lindqvist')}

Dear Dr Lindqvist

{p.nm} (DOB {p.dob}) NHS {p.nhs_s}
Rosehill Care Home, 4 Abbey Road, Millbrook QM7 1AA

Procedure: Right phacoemulsification and intraocular lens, 13/11/2026

I reviewed Mrs Marchbank one week after her right cataract operation. The eye is quiet, the wound is sealed and her unaided vision is 6/9. She was given 4 weeks of Maxidex drops four times daily from our pharmacy on the day of surgery, with written instructions for the care home staff.

She will be seen in our nurse-led post-operative clinic in 4 weeks, and we will list her for the left eye then if she wishes. Her daughter mentioned that last year she had a fit note from her GP while caring for her mother; no certification is needed now.

No action is required from the practice.

Yours sincerely

Mr Sunil Choudhury
Consultant Ophthalmic Surgeon
""",
  notes="Hard negative: drops supplied by the hospital, hospital follow-up booked, a past fit note mentioned only as history, 'no action is required'.")

# ---- 24. Urology referral converted to A&G instead of accepted (plain)
p = Pt("Mr", "Terence", "Fairclough", "1960-04-04")
L(kind="referral_response", trust="car", specialty="Urology", clinician="Mr Naveed Saddiq",
  pt=p, event=None, ldate="2026-11-25", sent="2026-11-25 13:48", fmt="plain", width=74,
  subject="Advice & Guidance response - Urology - FAIRCLOUGH",
  body=f"""{TRUSTS['car']['name']}
Urology Referral Triage - Advice and Guidance
{TRUSTS['car']['site']}, {TRUSTS['car']['addr']}

Date: 25/11/2026
Referrer: Dr H Lindqvist, Millbrook Medical Centre
Patient: {p.nm}  DOB {p.dob}  NHS {p.nhs_s}
Priority requested: Routine

Referral reason: LUTS, PSA 5.2 ng/mL (age-specific threshold 3.0), benign-feeling prostate on DRE.

Response:
[[W:We have converted this referral to Advice and Guidance rather than offering an appointment]]. Please start tamsulosin 400 micrograms daily, repeat the PSA in 3 months and send a new referral if it remains above the threshold. Frequency-volume chart advice sheet attached for the patient.

Mr Naveed Saddiq, Consultant Urological Surgeon
""",
  notes="A raised age-specific PSA meets referral criteria; the referral is turned into advice with the work-up sent back to the GP.")

# ---- 25. Chemical pathology: GP-requested potassium 6.9 (urgent, no bounce)
p = Pt("Mr", "Albert", "Sowerby", "1940-08-30")
L(kind="results", trust="qa", specialty="Chemical Pathology", clinician="Dr Margaret Ellingham",
  pt=p, event=None, ldate="2026-11-26", sent="2026-11-26 16:58", fmt="plain", width=0, urgent=True,
  subject="CRITICAL RESULT NOTIFICATION - Millbrook Medical Centre",
  body=f"""Queen Adela University Hospital NHS Foundation Trust
Blood Sciences - Department of Chemical Pathology
CRITICAL RESULT NOTIFICATION

Patient: {p.up}   DOB: {p.dobm}   NHS: {p.nhs_s}
Requested by: Dr S Penhaligon (Millbrook Medical Centre)
Sample collected: 26/11/2026 09:10 at Millbrook Medical Centre
Lab number: QA26-4418890

|! Test | Result | Reference range |
| Potassium | 6.9 mmol/L (H, critical) | 3.5 - 5.3 |
| Sodium | 136 mmol/L | 133 - 146 |
| Creatinine | 212 umol/L (H) | 59 - 104 |
| eGFR | 24 | >90 |

Comment: No haemolysis seen. Result telephoned to Dr Penhaligon at 16:40 on 26/11/2026 by the duty biochemist. Please act on this result today in line with the national hyperkalaemia guidance.

Authorised by: Dr Margaret Ellingham, Consultant Chemical Pathologist
""",
  notes="A critical potassium on a GP-requested sample: the practice's own work, so no bounce; urgent flag only.")

# ---- 26. Acute medicine DS (PDF): hard negative, full TTO supplied, bloods at ambulatory unit
p = Pt("Mr", "Barry", "Nettleship", "1956-08-08")
L(kind="discharge_summary", trust="ash", specialty="Acute Medicine", clinician="Dr Ingrid Solberg",
  pt=p, event="2026-11-25", ldate="2026-11-25", sent="2026-11-25 18:30", fmt="pdf",
  subject=f"Ashcombe & Tilney eDischarge - {p.nhs}",
  body=f"""{LH('ash', 'Acute Medical Unit')}

# Discharge Summary
|! Patient name | {p.nm} |
| NHS number | {p.nhs} |
| Date of birth | {p.dob} |
| Date of admission | 22/11/2026 |
| Date of discharge | 25/11/2026 |
| Consultant: Dr Ingrid Solberg | Specialty: Acute Medicine |

# Presenting complaint and diagnosis
Left lower leg cellulitis, no abscess on ultrasound. Type 2 diabetes (HbA1c 61).

# Medications
Flucloxacillin 1 g four times daily: completed 4 days IV; TTO 10 days oral flucloxacillin supplied to complete the course. Existing medicines unchanged; metformin and gliclazide continued.

# Follow-up
Repeat CRP and U&Es are booked at our Ambulatory Care Unit on 30/11/2026 and the ambulatory team will review the results. The leg has been marked and photographed.

# Actions for GP
None. For information only.

Author: Dr Kwame Asante-Lowry, FY1
""",
  notes="Hard negative: full antibiotic course supplied, the hospital books and reviews its own bloods, 'None. For information only.'")

# ---- 27. Community podiatry (HTML): nail surgery aftercare to practice nurse
p = Pt("Mrs", "Janet", "Olawale", "1969-02-02")
L(kind="clinic_letter", trust="brk", specialty="Podiatric Surgery", clinician="Mr Declan Hurst",
  pt=p, event="2026-11-25", ldate="2026-11-25", sent="2026-11-27 11:35", fmt="html",
  subject="Brackenfold Podiatry - nail surgery",
  body=f"""{TRUSTS['brk']['name']}
Podiatry and Podiatric Surgery
Millbrook Clinic, 10 Kiln Street, Millbrook QM7 8HL
Tel: 0114 496 0791

Date of procedure: 25/11/2026

{gp('Dr R Achebe')}

Dear Dr Achebe,

Patient: {p.nm}, DOB {p.dob}, NHS {p.nhs_s}

Mrs Olawale underwent a left hallux total nail avulsion with phenolisation under digital block today for a recurrent infected ingrown toenail. The procedure was uncomplicated and a sterile dressing was applied.

|! Aftercare | Responsible |
| First dressing change at 48 hours | Patient (instructions given) |
| [[P:Please arrange for the practice nurse to redress the toe weekly and check the wound until healed]] | GP practice |
| Review if signs of infection | Patient to phone podiatry |

Kind regards,

Mr Declan Hurst
Specialist Podiatrist
""",
  notes="Wound care after a procedure done by the community podiatry service is handed to the practice nurse.")

# ---- 28. Medical oncology (DOCX): clinic bloods left for the GP to check (urgent)
p = Pt("Mr", "Percival", "Onyango", "1954-06-16")
L(kind="clinic_letter", trust="wen", specialty="Medical Oncology", clinician="Dr Siobhan Trelawney",
  pt=p, event="2026-11-26", ldate="2026-11-26", sent="2026-11-27 08:12", fmt="docx", urgent=True,
  subject="Wendover Cross - Oncology clinic letter (action)",
  body=f"""{LH('wen', 'Department of Medical Oncology')}

Clinic: Colorectal Oncology, Thursday 26/11/2026
Dictated and typed: 26/11/2026

{gp('Dr S Penhaligon')}

Dear Dr Penhaligon

Re: {p.nm}   DOB {p.dob}   NHS {p.nhs_s}

Diagnosis: Adenocarcinoma of the sigmoid colon, pT3 N1 M0, on adjuvant capecitabine (cycle 3 of 8).

Mr Onyango reports mild hand-foot syndrome and loose stools twice a day. He had a sore throat two days ago but no fever. His blood tests were taken in clinic today and will be reported this evening.

Plan
- Continue capecitabine at the current dose, cycle 4 due on 10/12/2026.
- [[R:We would be grateful if the practice could check the result tomorrow and telephone him if his neutrophil count is below 1.0]], and tell him to stop capecitabine.
- He has our 24-hour acute oncology hotline number (0131 496 0299) and knows to call if his temperature is 37.5 or more.

Yours sincerely

Dr Siobhan Trelawney
Consultant Medical Oncologist
""",
  notes="The oncology team's own pending blood count, which may need same-day action in a patient on chemotherapy, is left to the GP: urgent.")

# ---- 29. Colorectal 2WW clinic (plain): CT passed to GP, patient told to chase via surgery (urgent)
p = Pt("Mrs", "Lorna", "Pidgeon", "1951-05-27")
L(kind="clinic_letter", trust="sal", specialty="Colorectal Surgery", clinician="Mr Kwabena Ashworth",
  pt=p, event="2026-11-24", ldate="2026-11-25", sent="2026-11-26 09:20", fmt="plain", width=76, urgent=True,
  subject="2WW Colorectal clinic letter - PIDGEON - URGENT",
  body=f"""{LH('sal', 'Colorectal Surgery - Suspected Cancer (2WW) Clinic')}

Clinic date: 24/11/2026   Letter date: 25/11/2026

{gp('Dr H Lindqvist')}

Dear Dr Lindqvist,

Re: {p.nm}  {p.dob}  NHS {p.nhs_s}

Thank you for your urgent referral. Mrs Pidgeon has a 3-month change in bowel habit to looser stools, 5 kg weight loss and a microcytic anaemia (Hb 96, ferritin 8, FIT 182). Rectal examination was normal. Her abdomen was soft with a vague fullness in the right iliac fossa.

She has been listed for a colonoscopy within the 2-week-wait pathway.

Because of the mass I would also like staging before the colonoscopy result if possible. [[T:Please arrange an urgent CT chest, abdomen and pelvis from primary care]], as our direct-access slots are full this month. Intravenous iron has been requested through our day unit.

[[G:If she has not heard about her colonoscopy within a week she should ring the surgery]] and ask you to chase it.

Yours sincerely,

Mr Kwabena Ashworth
Consultant Colorectal Surgeon
""",
  notes="Staging imaging on a suspected-cancer pathway pushed to the GP, and the patient told to chase the hospital's booking through the surgery. Urgent (suspected cancer).")

# ---- 30. ED (HTML): hard negative with safety-netting, full course supplied
p = Pt("Mr", "Dominic", "Strand", "1999-09-09")
L(kind="ed_letter", trust="car", specialty="Emergency Medicine", clinician="Dr Lena Forsythe",
  pt=p, event="2026-11-27", ldate="2026-11-27", sent="2026-11-27 22:04", fmt="html",
  subject="Carrow Vale ED attendance - STRAND",
  body=f"""{LH('car', 'Emergency Department')}

# Emergency Department Attendance Summary
|! Patient | {p.nm} |
| NHS No | {p.nhs_s} |
| DOB | {p.dob} |
| Arrival | 27/11/2026 16:18 |
| Discharged | 27/11/2026 20:55 |
| Seen by | Dr Lena Forsythe, Consultant in Emergency Medicine |

# Diagnosis
Left lower lobe community-acquired pneumonia, CURB-65 score 0.

# Treatment and outcome
Chest X-ray showed left basal consolidation. ECG normal sinus rhythm, troponin not indicated. Discharged home with a full 5-day course of amoxicillin supplied from the ED.

# Advice given
If he develops chest pain or becomes more breathless he should call 999. He was given our pneumonia leaflet and told that a cough can take several weeks to settle.

No follow-up is needed from the GP.
""",
  notes="Hard negative: safety-netting advice to the patient, full antibiotic course supplied, 'no follow-up is needed from the GP'.")

# ---- 31. Respiratory (HTML with text alternative) to the patient: results forwarded to GP for action
p = Pt("Mr", "Nigel", "Culshaw", "1966-12-12")
L(kind="clinic_letter", trust="fen", specialty="Respiratory Medicine", clinician="Dr Olivia Strachan-Moore",
  pt=p, event="2026-11-30", ldate="2026-12-01", sent="2026-12-03 13:03", fmt="html", alt=True,
  subject="Fenbridge Hospitals - Respiratory clinic - CULSHAW",
  body=f"""{LH('fen', 'Department of Respiratory Medicine')}

Seen: 30/11/2026      Letter: 01/12/2026

Mr Nigel Culshaw
41 Ferndale Road
Millbrook QM7 9TA

Dear Mr Culshaw,

Hospital number F1180456   NHS number {p.nhs_s}   Date of birth {p.dob}

Thank you for coming to see me with your cough. As we discussed, the CT scan showed some widening of the airways (bronchiectasis) in the lower parts of both lungs. This explains the daily phlegm and the chest infections you have had this year.

Today we collected a sputum sample and you had breathing tests. [[R:The sputum culture results will be forwarded to your GP for action]] if any infection needs treating. I have also asked our respiratory physiotherapists to teach you airway clearance exercises, and they will write to you with a date.

I will see you again in 4 months.

Yours sincerely,

Dr Olivia Strachan-Moore
Consultant Respiratory Physician

cc Dr S Penhaligon, Millbrook Medical Centre
""",
  notes="Implicit hand-over: the clinic's own sputum culture will be sent to the GP to act on. The physiotherapy referral made by the hospital is a negative.")

# ---- 32. Rheumatology (DOCX): shared care offered for agreement (hard negative)
p = Pt("Mrs", "Rosalind", "Teague", "1972-09-01")
L(kind="clinic_letter", trust="hol", specialty="Rheumatology", clinician="Dr Kofi Mensah-Baird",
  pt=p, event="2026-12-01", ldate="2026-12-02", sent="2026-12-04 10:25", fmt="docx",
  subject=f"Rheumatology letter - {p.last.upper()} - shared care request",
  body=f"""{LH('hol', 'Department of Rheumatology')}

Clinic date: 01/12/2026
Date typed: 02/12/2026

{gp('Dr H Lindqvist')}

Dear Dr Lindqvist

Re: {p.nm}, DOB {p.dob}, NHS No {p.nhs_s}

Diagnosis: Psoriatic arthritis (oligoarticular), on leflunomide 20 mg daily since June 2026

Mrs Teague's arthritis is now well controlled on leflunomide, with no swollen joints today. Her blood tests have been stable for three months (ALT 24, neutrophils 3.8, BP 126/80).

The dose is now stable and she meets the criteria for shared care under the Hollowmere Area Prescribing Committee protocol. If you are willing to share care of her leflunomide, please sign and return the enclosed shared care agreement. Until we receive the signed agreement we will continue to prescribe and monitor leflunomide from the hospital, and nothing changes for the practice.

We will review her in 6 months.

Yours sincerely

Dr Kofi Mensah-Baird
Consultant Rheumatologist
""",
  notes="Hard negative: a shared-care protocol offered for agreement, with the hospital keeping prescribing and monitoring until the practice signs.")

# ---- 33. Gastroenterology DS (plain): upper GI bleed; late; FBC to GP
p = Pt("Mr", "Roland", "Pickavance", "1947-07-14")
L(kind="discharge_summary", trust="ash", specialty="Gastroenterology", clinician="Dr Hester Vance",
  pt=p, event="2026-11-27", ldate="2026-11-27", sent="2026-12-01 11:42", fmt="plain", width=76,
  hstyle="colon",
  subject=f"Discharge summary - {p.last.upper()} {p.first} - Gastroenterology",
  body=f"""{LH('ash', 'Ward 9 (Gastroenterology)')}

# DISCHARGE SUMMARY
Patient: {p.nm}, DOB {p.dob}, NHS {p.nhs}
Consultant: Dr Hester Vance (Gastroenterology)
Admission date: 24/11/2026
[[LD:Discharge date: 27/11/2026]]

# Diagnosis
Upper GI bleed from a 12 mm duodenal ulcer (Forrest IIa), treated endoscopically with adrenaline and clips on 24/11/2026. Helicobacter pylori CLO test positive.

# Inpatient course
Transfused 2 units. Haemoglobin stable at 94 g/L for 48 hours before discharge. Naproxen stopped permanently.

# Medication on discharge (14 days supplied)
- Omeprazole 40 mg twice daily for 8 weeks, then 20 mg daily
- H. pylori eradication (amoxicillin, clarithromycin, omeprazole) 7 days, supplied in full

# GP actions
- [[T:Please check his Hb and ferritin in 1 week]] and start oral iron if needed.
- Repeat OGD booked by the endoscopy unit for 8 weeks' time to confirm healing.

Summary written by Dr Ellen Marsh, FY1
""",
  notes="The ward's follow-up haemoglobin is passed to the GP; the summary was sent four days after discharge (late). The repeat OGD is booked by the hospital.")

# ---- 34. Paediatric neurodisability (DOCX) to parents: melatonin off-label for GP to start
p = Pt("", "Poppy", "Hargreaves", "2016-01-23")
L(kind="clinic_letter", trust="lark", specialty="Paediatric Neurodisability", clinician="Dr Ambrose Kettle",
  pt=p, event="2026-12-02", ldate="2026-12-03", sent="2026-12-07 09:15", fmt="docx",
  subject="Larkhill Children's Hospital - clinic letter - Poppy Hargreaves",
  body=f"""{LH('lark', 'Paediatric Neurodisability Clinic')}

Appointment: 2 December 2026
Typed: 3 December 2026

To Mr and Mrs Hargreaves
12 Willow Walk, Millbrook QM7 3GH

Dear Mr and Mrs Hargreaves

Poppy Hargreaves  |  Date of birth: {p.dobl}  |  NHS number: {p.nhs_s}

Thank you for bringing Poppy to clinic. You told me that she takes two to three hours to fall asleep most nights despite a good bedtime routine, and that this is affecting her behaviour at school. Her autism assessment is complete and she has an EHCP.

We agreed to try melatonin. It is not licensed for children of Poppy's age, and we usually start it in our clinic and review how it works. [[H:We would be grateful if Dr Lindqvist could start melatonin 2 mg modified-release at bedtime]], and we will review Poppy in 3 months with a sleep diary.

Please keep filling in the sleep diary I gave you.

Yours sincerely

Dr Ambrose Kettle
Consultant Paediatrician (Neurodisability)

Copy to: Dr H Lindqvist, Millbrook Medical Centre
""",
  notes="Starting an off-label specialist medicine (paediatric melatonin) is asked of the GP rather than initiated by the clinic.")

# ---- 35. Cardiology results letter: echo result, GP to discuss with patient
p = Pt("Mrs", "Margery", "Thistlewood", "1949-04-19")
L(kind="results", trust="qa", specialty="Cardiology", clinician="Dr Conrad Ellison",
  pt=p, event=None, ldate="2026-11-30", sent="2026-11-30 15:40", fmt="pdf",
  subject="Queen Adela - Echocardiography result",
  body=f"""{LH('qa', 'Cardiac Investigations Unit')}

# TRANSTHORACIC ECHOCARDIOGRAM - RESULT LETTER
Patient: {p.nm}   DOB: {p.dob}   NHS: {p.nhs_s}
Study date: 27/11/2026
Requested by: Dr Conrad Ellison, Cardiology Outpatients (hospital request)

Findings: Moderate aortic stenosis (peak velocity 3.6 m/s, mean gradient 29 mmHg, AVA 1.1 cm2). Left ventricle normal size with preserved systolic function (EF 60%). Mild mitral regurgitation.

Dear Dr Achebe,

Mrs Thistlewood's echo shows moderate aortic stenosis, which is a little worse than two years ago. She is due to see us again in the valve clinic in 12 months with a repeat echo. [[G:GP to discuss these results with Mrs Thistlewood at her next appointment]] and advise her to report any exertional chest pain, dizziness or breathlessness.

Yours sincerely,

Dr Conrad Ellison
Consultant Cardiologist
""",
  notes="'GP to discuss results with patient' for a hospital-requested echo: the hospital should tell its own patient.")

# ---- 36. Orthopaedic DS (HTML): hip hemiarthroplasty, short enoxaparin, clips to GP; next day on time
p = Pt("Mrs", "Doreen", "Cattermole", "1938-03-03")
L(kind="discharge_summary", trust="sal", specialty="Trauma and Orthopaedics", clinician="Mr Patrick Olowe",
  pt=p, event="2026-11-30", ldate="2026-11-30", sent="2026-12-01 12:00", fmt="html", dtime="14:10",
  subject="Saltings Bay eDischarge - Trauma & Orthopaedics",
  body=f"""{LH('sal', 'Trauma and Orthopaedics, Ward 7')}

# Discharge Summary (eDischarge)
|! Patient | {p.nm} |
| NHS number | {p.nhs_s} |
| Date of birth | {p.dobl} |
| Admitted | 21/11/2026 via ED |
| Discharged | 30/11/2026 at 14:10 to home with package of care |
| Consultant: Mr Patrick Olowe | Specialty: Trauma and Orthopaedics |

# Diagnosis and procedure
Left intracapsular neck of femur fracture; cemented hemiarthroplasty on 22/11/2026. Post-operative delirium, resolved.

# Medications on discharge
|! Medicine | Instructions | Supply |
| Enoxaparin 40 mg SC | Once daily until 20/12/2026 (28 days in total) | 5 days |
| Paracetamol 1 g | Four times daily | 14 days |
| Alendronic acid 70 mg | Weekly, started by orthogeriatrics | 4 weeks |

# GP actions:
- [[H:Enoxaparin 40 mg: 5 days supplied, GP to prescribe the remaining 15 days]].
- [[P:Clips out at 14 days by practice nurse]] (due 06/12/2026).
- Bone health: continue alendronic acid; our fracture liaison service will arrange a DEXA scan.

Completed by: Dr Sana Iqbal (CT1 Orthopaedics)
""",
  notes="Short supply of post-operative thromboprophylaxis (5 days) and clip removal handed to the practice. Sent 21 h 50 min after the stated discharge time: on time.")

# ---- 37. Community MSK interface service: onward referral to orthopaedics left to GP
p = Pt("Mr", "Trevor", "Blakemore", "1955-10-30")
L(kind="clinic_letter", trust="brk", specialty="MSK Interface Service", clinician="Mr Gideon Ashby-Nwosu",
  pt=p, event="2026-12-01", ldate="2026-12-02", sent="2026-12-04 15:30", fmt="plain", width=72,
  subject="MSK Interface Service - assessment letter",
  body=f"""{TRUSTS['brk']['name']}
Community MSK Interface Service
{TRUSTS['brk']['site']}, {TRUSTS['brk']['addr']}   Tel {TRUSTS['brk']['tel']}

Date of assessment: 01/12/2026

To: Dr R Achebe, Millbrook Medical Centre

Patient: {p.nm}   DOB {p.dob}   NHS {p.nhs}

Assessment findings: End-stage right knee osteoarthritis (Kellgren-Lawrence grade 4 on weight-bearing X-ray), fixed flexion 10 degrees, night pain, walking limited to 200 yards despite two courses of physiotherapy, a steroid injection in May and regular analgesia. Oxford knee score 14. BMI 29. He wishes to consider surgery.

Impression and plan:
He now meets the criteria for a surgical opinion. [[O:Please refer him to orthopaedics for consideration of a total knee replacement]]. I have given him the joint school leaflet.

Mr Gideon Ashby-Nwosu
Advanced Practice Physiotherapist (First Contact / Interface)
""",
  notes="The interface service, which triages on behalf of orthopaedics, hands the onward surgical referral back to the GP.")

# ---- 38. Mental health inpatient DS (plain): clozapine kept by hospital (hard negative)
p = Pt("Mr", "Connor", "Blackwood", "1991-05-12")
L(kind="discharge_summary", trust="thn", specialty="Adult Mental Health (Inpatient)", clinician="Dr Farida Oyelowo",
  pt=p, event="2026-12-01", ldate="2026-12-01", sent="2026-12-01 16:45", fmt="plain", width=76,
  subject="Thornleigh MHP - Inpatient discharge notification",
  body=f"""{LH('thn', 'Willow Ward (Adult Acute Inpatients)', 'Specialty: Adult Mental Health (Inpatient)')}

INPATIENT DISCHARGE NOTIFICATION

Patient: {p.nm}
NHS number: {p.nhs_s}
DOB: {p.dob}
Admitted: 03/11/2026 (informal)
Discharged: 01/12/2026
Consultant: Dr Farida Oyelowo
Care coordinator: Mr Jamie Holt, West Thornleigh CMHT

Diagnosis: Treatment-resistant paranoid schizophrenia (F20.0), relapse following non-adherence.

Summary: Clozapine was restarted and retitrated on the ward to 350 mg daily, with a level of 0.41 mg/L. Mental state much improved; no current risk to self or others. He will live with his mother.

Medication on discharge:
- Clozapine 100 mg mane, 250 mg nocte: supplied and monitored by the Thornleigh clozapine clinic (red drug, hospital only). Please record on the GP system as hospital-issued medication so that interactions are flagged.
- Hyoscine hydrobromide 300 micrograms at night for hypersalivation: 28 days supplied.

Follow-up: Clozapine clinic for FBC on 08/12/2026. Home treatment team visit within 72 hours. CMHT review in 2 weeks.

Summary by Dr Paul Naidoo, ST5 Psychiatry, for Dr Farida Oyelowo
""",
  notes="Hard negative: clozapine (red) stays with the hospital's clozapine clinic; recording it as hospital-issued is ordinary record keeping.")

# ---- 39. Dermatology (PDF): over to you for Humira; QuantiFERON to GP
p = Pt("Ms", "Nadine", "Ferrier", "1987-08-28")
L(kind="clinic_letter", trust="fen", specialty="Dermatology", clinician="Dr Rosamund Keble",
  pt=p, event="2026-12-03", ldate="2026-12-04", sent="2026-12-07 14:44", fmt="pdf",
  subject="Fenbridge Hospitals - Dermatology clinic letter",
  body=f"""{LH('fen', 'Department of Dermatology')}

Clinic date: 03/12/2026
Typed: 04/12/2026

{gp('Dr R Achebe')}

Dear Dr Achebe

{p.nm}, {p.dob}, NHS {p.nhs_s}

Diagnosis: Hidradenitis suppurativa, Hurley stage II, failed 12 weeks of lymecycline and 10 weeks of clindamycin with rifampicin.

Ms Ferrier has active disease in both axillae and the groins (IHS4 score 14) with considerable pain. She now qualifies for adalimumab under NICE guidance and is keen to start.

Plan:
1. [[T:Please could you arrange a QuantiFERON and hepatitis B and C screen before her next visit]].
2. Our biologics nurse will teach her to self-inject; the first loading doses will be given in clinic.
3. [[H:Over to you for the adalimumab (Humira) prescriptions from January]], 40 mg weekly.
4. Review in 12 weeks.

Yours sincerely

Dr Rosamund Keble
Consultant Dermatologist
""",
  notes="Pre-biologic screening the dermatologists need before starting treatment, and ongoing prescribing of adalimumab (red, hospital-only), are both pushed to the GP.")

# ---- 40. Gynaecology results: patient asked to see GP for histology
p = Pt("Mrs", "Farah", "Siddiqui-Lowe", "1970-02-17")
L(kind="results", trust="car", specialty="Gynaecology", clinician="Miss Annabel Crofton",
  pt=p, event=None, ldate="2026-12-04", sent="2026-12-04 12:30", fmt="plain", width=76,
  subject="Gynaecology - histology result - SIDDIQUI-LOWE",
  body=f"""{LH('car', 'Department of Gynaecology')}

4 December 2026

{gp('Dr S Penhaligon')}

Dear Dr Penhaligon

Patient: {p.nm}
DOB: {p.dob}   NHS No: {p.nhs_s}
Procedure: Outpatient hysteroscopy and endometrial biopsy, 16/11/2026

Histology: Benign endometrial polyp. Background secretory endometrium. No hyperplasia or malignancy.

This is reassuring. The polyp was removed completely at the hysteroscopy, and no further gynaecology follow-up is planned. [[G:We have asked her to make an appointment with her GP to discuss the histology]] and her ongoing contraception.

Yours sincerely

Miss Annabel Crofton
Consultant Gynaecologist
""",
  notes="The patient is sent to the GP to hear the result of a biopsy the gynaecologists took.")

# ---- 41. Neurology (plain, narrative date only): late; fit note asked of GP
p = Pt("Miss", "Chloe", "Bracewell", "1993-12-05")
L(kind="clinic_letter", trust="hol", specialty="Neurology", clinician="Dr Tariq Hollins",
  pt=p, event="2026-11-03", ldate="2026-11-05", sent="2026-11-16 17:10", fmt="plain", width=72,
  subject="Neurology Outpatient Letter",
  body=f"""{LH('hol', 'Department of Neurology')}

5th November 2026

{gp('Dr S Penhaligon')}

Dear Dr Penhaligon

{p.nm}, date of birth {p.dobl}
NHS No. {p.nhs}

I [[LC:saw Miss Bracewell in clinic on 3 November 2026]] following her first generalised tonic-clonic seizure, which happened at work in October. Her EEG shows no epileptiform discharges and her MRI is normal. She has no history of provoking factors other than sleep deprivation on night shifts.

We talked about the DVLA rules and she understands that she must not drive for six months from the date of the seizure. I have also advised against night shifts for now.

She works as a community carer and driving is an essential part of her job. [[F:She will need a fit note from her GP while she is unable to drive for work]], or her employer may be able to find her office duties.

I have not started an antiseizure medicine. I will see her again in 4 months.

Yours sincerely

Dr Tariq Hollins
Consultant Neurologist
""",
  notes="The fit note that follows the neurologist's own driving advice is passed to the GP; the clinic date appears only in the narrative and the letter was sent 13 days later (late).")

# ---- 42. Ophthalmology (HTML): discharged after DNA, re-refer
p = Pt("Mr", "Alfred", "Nuttall", "1940-06-06")
L(kind="clinic_letter", trust="ash", specialty="Ophthalmology", clinician="Mr Vijay Ramasubramanian",
  pt=p, event=None, ldate="2026-11-27", sent="2026-11-27 10:18", fmt="html",
  subject="Ophthalmology - Did Not Attend - NUTTALL",
  body=f"""{LH('ash', 'Department of Ophthalmology - Eye Outpatients')}

Date: 27/11/2026

{gp('Dr R Achebe')}

Dear Dr Achebe

Patient: {p.nm}   DOB: {p.dob}   NHS: {p.nhs_s}
Appointment: Glaucoma clinic, 24/11/2026 at 14:20 (DID NOT ATTEND)

Mr Nuttall did not attend his glaucoma follow-up appointment. He has ocular hypertension and is on latanoprost to both eyes.

[[D:He has been discharged back to your care following non-attendance. Please re-refer if still required]].

Yours sincerely

Mr Vijay Ramasubramanian
Consultant Ophthalmologist
""",
  notes="Discharge after one missed follow-up (in a condition needing monitoring) with re-referral left to the GP.")

# ---- 43. Gastroenterology referral returned (plain): iron deficiency anaemia (urgent)
p = Pt("Mr", "Geoffrey", "Lumb", "1968-03-21")
L(kind="referral_response", trust="hol", specialty="Gastroenterology", clinician="Dr Femi Adeyemi-Clarke",
  pt=p, event=None, ldate="2026-11-18", sent="2026-11-18 12:02", fmt="plain", width=76, urgent=True,
  subject="Referral triage outcome - Gastroenterology - LUMB - returned",
  body=f"""{TRUSTS['hol']['name']}
Gastroenterology Referral Triage
{TRUSTS['hol']['site']}

Triage date: 18/11/2026
Referral type: Suspected lower GI cancer (2WW)
Patient: {p.nm}   DOB {p.dob}   NHS {p.nhs_s}
Referring GP: Dr R Achebe, Millbrook Medical Centre

Triage outcome: REFERRAL RETURNED TO REFERRER

Comments:
58-year-old man with iron deficiency anaemia (Hb 104, ferritin 6) and no GI symptoms. FIT not done. [[W:We ask that coeliac serology, a trial of iron replacement and a repeat FBC after 4 weeks are completed in primary care before we see him]]. Please re-refer with the results.

Triaging clinician: Dr Femi Adeyemi-Clarke, Consultant Gastroenterologist
""",
  notes="A suspected-cancer referral for unexplained iron deficiency anaemia in a man is returned with work-up for the GP; urgent because a suspected-cancer step is delayed.")

# ---- 44. Orthopaedic pre-assessment (DOCX): GP form and pre-op tests
p = Pt("Mr", "Walter", "Greenhalgh", "1952-09-09")
L(kind="clinic_letter", trust="qa", specialty="Orthopaedics", clinician="Mr Julian Prescott-Okoye",
  pt=p, event=None, ldate="2026-11-30", sent="2026-11-30 11:30", fmt="docx",
  subject="Pre-operative assessment - information required from GP",
  body=f"""{LH('qa', 'Orthopaedics - Pre-operative Assessment Unit')}

30 November 2026

{gp('Dr H Lindqvist')}

Dear Dr Lindqvist

Patient: {p.nm}
Date of birth: {p.dob}
NHS Number: {p.nhs_s}
Planned procedure: Left total hip replacement (Mr Julian Prescott-Okoye)

Mr Greenhalgh is on the waiting list for surgery and is likely to be admitted in February 2027. To avoid cancellation on the day, we need the information below.

|! Requests to GP | Detail |
| Form | [[A:Please complete the attached GP pre-operative assessment form, including his past medical history and current medication, and return it within 14 days]] |
| Tests | [[T:Please arrange an ECG and HbA1c at the surgery before his pre-operative assessment]] |

# GP pre-operative assessment form
|! Question | Answer |
| Cardiac history (MI, angina, heart failure) | |
| Respiratory history | |
| Current medication | |
| Allergies | |
| Anticoagulants | |
| GP signature and date | |

Yours sincerely

Mr Julian Prescott-Okoye
Consultant Orthopaedic Surgeon
""",
  notes="A hospital pre-operative form for the GP to complete and pre-operative tests the hospital needs, both passed to the practice.")

# ---- 45. Hip fracture audit (PDF): data collection asked of the practice
p = Pt("Mrs", "Ivy", "Thackeray", "1933-12-19")
L(kind="clinic_letter", trust="sal", specialty="Orthogeriatrics", clinician="Dr Ruth Ogundimu",
  pt=p, event=None, ldate="2026-11-19", sent="2026-11-19 14:10", fmt="pdf",
  subject="Hip fracture audit - 120-day follow-up",
  body=f"""{LH('sal', 'Orthogeriatrics - Hip Fracture Audit Office')}

19/11/2026

{gp('Dr S Penhaligon')}

Dear Dr Penhaligon

Patient: {p.nm}   Date of birth: {p.dob}   NHS number: {p.nhs_s}
Date of hip fracture surgery: 22/07/2026

Saltings Bay takes part in the national hip fracture audit, which includes a follow-up 120 days after the injury. We have been unable to reach Mrs Thackeray by telephone.

[[A:We would be grateful if the practice could complete the enclosed 120-day follow-up questionnaire for this patient]] (residence, mobility, bone protection) and return it in the prepaid envelope.

Thank you for your help.

Yours sincerely

Dr Ruth Ogundimu
Consultant Orthogeriatrician and Audit Lead
""",
  notes="An audit data collection form is hospital work, not general practice.")

# ---- 46. General surgery DS (PDF): appendicectomy; late; fit note and wound review
p = Pt("Mr", "Ashley", "Venn", "1995-04-12")
L(kind="discharge_summary", trust="car", specialty="General Surgery", clinician="Miss Clara Beauchamp",
  pt=p, event="2026-12-05", ldate="2026-12-05", sent="2026-12-08 09:02", fmt="pdf",
  subject=f"Carrow Vale eDischarge - {p.nhs_s}",
  body=f"""{LH('car', 'Surgical Assessment Unit')}

# DISCHARGE SUMMARY
|! Name | {p.nm} |
| NHS no. | {p.nhs_s} |
| Date of birth | {p.dob} |
| Date admitted | 03/12/2026 |
| [[LD:Date discharged: 05/12/2026]] | |
| Consultant | Miss Clara Beauchamp, General Surgery |

# Diagnosis
Acute perforated appendicitis. Laparoscopic appendicectomy 03/12/2026; localised purulent peritonitis washed out.

# Medication on discharge
Co-amoxiclav 625 mg three times daily, 5 days supplied (completes 7 days in total). Paracetamol and ibuprofen, 7 days supplied.

# Actions for healthcare professionals
- [[P:Please review the wound at the surgery on day 7]] because of the contamination at operation.
- [[F:Please provide a fit note from discharge for 4 weeks]]; he is a warehouse operative.
- Histology will be reviewed by the surgical team.

Discharging doctor: Dr Yusuf Hamdan, FY1
""",
  notes="Post-operative wound review and the post-operative fit note handed to the practice; the summary was sent three days after discharge (late).")

# ---- 47. Cardiology (DOCX): hard negative, direct onward referral, hospital Holter, green meds
p = Pt("Mr", "Lionel", "Faraday-Stokes", "1959-01-30")
L(kind="clinic_letter", trust="wen", specialty="Cardiology", clinician="Dr Zainab Okwuosa",
  pt=p, event="2026-12-04", ldate="2026-12-07", sent="2026-12-09 16:00", fmt="docx",
  subject="Wendover Cross - Cardiology clinic letter",
  body=f"""{LH('wen', 'Department of Cardiology')}

Seen in clinic: 4th December 2026
Date typed: 7th December 2026

{gp('Dr R Achebe')}

Dear Dr Achebe

Re: {p.nm}, DOB {p.dob}, NHS Number {p.nhs}

Diagnoses: 1. Paroxysmal atrial flutter  2. Hypertension

Mr Faraday-Stokes has had three episodes of rapid regular palpitations lasting up to 4 hours. An event recorder captured typical atrial flutter at 150 beats per minute. He is anticoagulated with edoxaban, prescribed by the practice.

I have referred him directly to the electrophysiology team here for consideration of a cavotricuspid isthmus ablation. We will arrange a 7-day Holter monitor through our cardiac physiology department beforehand.

Please continue bisoprolol 2.5 mg daily and amlodipine 5 mg daily. Please also continue edoxaban 60 mg once daily; his creatinine clearance is 78 mL/min.

Yours sincerely

Dr Zainab Okwuosa
Consultant Cardiologist
""",
  notes="Hard negative: the cardiologist refers on directly and arranges the Holter; the GP is asked only to continue existing medicines the practice already prescribes.")

# ---- 48. Psychiatry (PDF) letter to the patient cc GP: fit note and appointment queries to GP
p = Pt("Ms", "Kirsty", "Mulholland", "1989-10-14")
L(kind="clinic_letter", trust="thn", specialty="Adult Mental Health", clinician="Dr Benedict Oyinlola",
  pt=p, event="2026-12-07", ldate="2026-12-08", sent="2026-12-10 11:11", fmt="pdf",
  subject="Thornleigh MHP - letter following your appointment",
  body=f"""{LH('thn', 'Specialty: Adult Mental Health (South Thornleigh CMHT)')}

Date of appointment: 07/12/2026
Date of letter: 08/12/2026

Ms Kirsty Mulholland
Flat 3, 9 Mercer Street
Millbrook QM7 2LW

Dear Kirsty,

NHS number: {p.nhs}   Date of birth: {p.dob}

Thank you for meeting me on Monday. I am writing to summarise what we discussed.

You have been very low since the summer, with poor sleep, little appetite and difficulty concentrating at work. We agreed that this is a moderate to severe depressive episode. We increased your sertraline to 150 mg each morning, and I have given you a 2-week supply today. You agreed to a referral to our psychology team for CBT.

You told me you do not feel able to go back to work yet. [[F:Your GP will provide you with a fit note]] for the next month.

Our team is going through a change of staff. [[G:Please contact your GP surgery if you have not received your next appointment by the end of January]].

If you feel unsafe, please ring the crisis line on 0161 496 0599, call 111 and choose the mental health option, or go to your nearest emergency department.

Yours sincerely,

Dr Benedict Oyinlola
Consultant Psychiatrist

cc Dr H Lindqvist, Millbrook Medical Centre
""",
  notes="The fit note for the period the psychiatrist assessed is redirected to the GP, and the patient is told to chase the team's own appointment through the surgery.")

# ---- 49. Community matron (plain): requests aimed at district nurses and pharmacy (hard negative)
p = Pt("Mrs", "Gwendoline", "Pryce", "1935-07-27")
L(kind="clinic_letter", trust="brk", specialty="Community Nursing", clinician="Ms Harriet Lyle",
  pt=p, event="2026-12-08", ldate="2026-12-09", sent="2026-12-10 09:40", fmt="plain", width=74,
  subject="Brackenfold Community Nursing - home visit summary",
  body=f"""{TRUSTS['brk']['name']}
Community Nursing - Millbrook Neighbourhood Team
{TRUSTS['brk']['site']}, {TRUSTS['brk']['addr']}

Home visit: 08/12/2026   Letter: 09/12/2026

For the attention of Dr R Achebe, Millbrook Medical Centre

Patient: {p.nm}   D.O.B {p.dob}   NHS {p.nhs_s}

Visit summary:
I visited Mrs Pryce at home following her discharge from hospital. She is managing with carers twice a day. The skin tear on her left shin is healing well.

Plan:
- The district nursing team will visit twice weekly to redress the shin and will remove the steri-strips on Friday.
- I have asked the community pharmacy to supply her medicines in a weekly blister pack from next week.
- Her daughter will ring us if she has any concerns.

No action needed from the practice at this time; for information.

Ms Harriet Lyle
Community Matron
""",
  notes="Hard negative: requests are aimed at the district nurses and the pharmacy; 'no action needed from the practice'.")

# ---- 50. Paediatrics (HTML): child discharged after missed appointments, GP to re-refer
p = Pt("", "Alfie", "Brennan", "2019-09-15")
L(kind="clinic_letter", trust="lark", specialty="Paediatrics", clinician="Dr Precious Adebayo-Lynn",
  pt=p, event=None, ldate="2026-12-04", sent="2026-12-04 14:20", fmt="html",
  subject="Larkhill Children's - general paediatrics - discharge letter",
  body=f"""{LH('lark', 'General Paediatrics Outpatients')}

4 December 2026

{gp('Dr S Penhaligon')}

Dear Dr Penhaligon

Alfie Brennan, DOB {p.dob}, NHS number {p.nhs_s}
Reason for referral: constipation with soiling

Alfie was not brought to his appointments on 9 October and 27 November 2026. We sent letters to the family after each missed appointment and the booking team were unable to reach his mother by telephone.

[[D:As Alfie was not brought to two consecutive appointments, we have discharged him and ask that you re-refer if there are ongoing concerns]].

Yours sincerely

Dr Precious Adebayo-Lynn
Consultant Paediatrician

cc Parent/carer of Alfie Brennan
""",
  notes="A child who was not brought is discharged with re-referral left to the GP (and no sign of safeguarding follow-up by the hospital).")

# ---- 51. Cardiology DS (PDF): amiodarone started on warfarin, INR check to GP (urgent)
p = Pt("Mr", "Reginald", "Ormerod", "1946-11-02")
L(kind="discharge_summary", trust="hol", specialty="Cardiology", clinician="Dr Priyanka Anand-Swift",
  pt=p, event="2026-12-07", ldate="2026-12-07", sent="2026-12-08 10:05", fmt="pdf", dtime="15:30",
  urgent=True,
  subject=f"Hollowmere eDischarge {p.nhs} - Cardiology",
  body=f"""{LH('hol', 'Cardiology, Ward 31')}

# Electronic Discharge Summary
Patient: {p.nm}
NHS number: {p.nhs_s}     DOB: {p.dob}
Admitted: 02/12/2026
Discharged: 07/12/2026, time of discharge 15:30
Consultant: Dr Priyanka Anand-Swift (Cardiology)

# Diagnosis
Persistent atrial fibrillation with fast ventricular response; rate and rhythm control.

# Medication changes
- NEW: Amiodarone 200 mg three times daily for 1 week, then twice daily for 1 week, then once daily (supplied for 14 days).
- Warfarin: continue, dose 4 mg daily (INR 2.6 on 07/12/2026). Yellow book updated.

# Important interaction
Amiodarone raises the INR, often within days.

# GP actions
- [[T:Please check INR within 3 days of discharge]] and adjust warfarin.
- Amiodarone monitoring (TFTs, LFTs) will be arranged by the cardiology clinic.

Written by: Dr Hannah Okeke, FY1
""",
  notes="A dangerous interaction (amiodarone with warfarin) with the first INR check handed to the GP; urgent. Sent 18.5 h after the stated discharge time (on time).")

# ---- 52. ED (plain, short): scalp laceration, sutures out at GP
p = Pt("Miss", "Erin", "Kilbride", "2005-03-19")
L(kind="ed_letter", trust="fen", specialty="Emergency Medicine", clinician="Dr Matthew Osei",
  pt=p, event="2026-12-08", ldate="2026-12-08", sent="2026-12-08 23:50", fmt="plain", width=0,
  subject="ED Attendance - KILBRIDE Erin - 08/12/2026",
  body=f"""Fenbridge Hospitals NHS Foundation Trust - Emergency Department
ED attendance letter to GP

Name: {p.nm}  DOB: {p.dob}  NHS: {p.nhs_s}
Attended: 08/12/2026 19:05-21:30
Complaint: Fall from bicycle, 4 cm scalp laceration, no LOC
Examination: GCS 15, no neurological deficit; C-spine cleared clinically
Treatment: Wound cleaned and closed with 5 non-absorbable sutures. Head injury advice given.
Discharge plan: [[P:GP to remove sutures in 7 days]]. Return if vomiting or drowsy.

Dr Matthew Osei, Specialty Doctor, Emergency Medicine
""",
  notes="Suture removal after an ED repair is handed to the practice.")

# ---- 53. Rheumatology (HTML): azathioprine handed over; late (Clinic Date 18-Nov-2026)
p = Pt("Mrs", "Hilary", "Jarrold", "1964-11-22")
L(kind="clinic_letter", trust="sal", specialty="Rheumatology", clinician="Dr Sebastian Orrell",
  pt=p, event="2026-11-18", ldate="2026-11-20", sent="2026-12-02 08:33", fmt="html",
  subject=f"Rheumatology clinic letter - {p.last.upper()} {p.first.upper()}",
  body=f"""{LH('sal', 'Department of Rheumatology')}

|! [[LC:Clinic Date: 18-Nov-2026]] | Typed: 20-Nov-2026 |
| Consultant: Dr Sebastian Orrell | Clinic: Connective Tissue Disease |

{gp('Dr H Lindqvist')}

Dear Dr Lindqvist,

{p.nm}, DOB {p.dobm}, NHS No. {p.nhs_s}

Diagnosis: Systemic lupus erythematosus with inflammatory arthritis and cutaneous involvement; on hydroxychloroquine 200 mg daily.

Mrs Jarrold's joint symptoms have not settled with hydroxychloroquine and she has needed two courses of prednisolone since the summer. TPMT activity is normal. We started azathioprine 50 mg daily four weeks ago and increased it to 100 mg daily today; her bloods on 50 mg were satisfactory.

[[S:Can you kindly continue azathioprine 100 mg daily and check FBC and LFTs monthly]] from now on. Please continue hydroxychloroquine.

We will see her again in 3 months.

Yours sincerely,

Dr Sebastian Orrell
Consultant Rheumatologist
""",
  notes="Azathioprine (amber) prescribing and monitoring handed over, just after a dose change, without a shared-care agreement; the letter was sent 14 days after the clinic (late).")

# ---- 54. Respiratory (PDF): sleep clinic referral left to GP
p = Pt("Ms", "Bernadette", "Coyle", "1971-12-01")
L(kind="clinic_letter", trust="car", specialty="Respiratory Medicine", clinician="Dr Ravi Subramaniam-Jones",
  pt=p, event="2026-12-08", ldate="2026-12-08", sent="2026-12-08 17:45", fmt="pdf",
  subject="Carrow Vale - Respiratory clinic letter",
  body=f"""{LH('car', 'Department of Respiratory Medicine')}

Clinic date: 08/12/2026

{gp('Dr S Penhaligon')}

Dear Dr Penhaligon

{p.nm}   DOB {p.dob}   NHS {p.nhs_s}

Diagnosis: 1. Asthma, well controlled on Fostair 100/6 two puffs twice daily  2. Obesity (BMI 44)  3. Daytime sleepiness, Epworth score 16

Ms Coyle's asthma is much better since her inhaler was changed; she has had no exacerbations since May and her FeNO today was 18 ppb. She and her partner describe loud snoring with witnessed apnoeas and she falls asleep during the day. Her venous bicarbonate today was 31 mmol/L, raising the possibility of obesity hypoventilation.

[[O:I would be grateful if you could refer her to the sleep clinic for overnight oximetry]] and assessment. I have advised her not to drive if she feels sleepy.

I have discharged her from the asthma clinic.

Yours sincerely

Dr Ravi Subramaniam-Jones
Consultant Respiratory Physician
""",
  notes="The respiratory physician, who found the related problem, asks the GP to make the onward sleep referral rather than making it.")

# ---- 55. Radiology (PDF): hospital-requested node biopsy shows cancer, 2WW referral to GP (urgent)
p = Pt("Mr", "Ernest", "Colquhoun", "1957-02-28")
L(kind="results", trust="qa", specialty="Radiology", clinician="Dr Imelda Fraser-Kane",
  pt=p, event=None, ldate="2026-12-09", sent="2026-12-09 15:20", fmt="pdf", urgent=True,
  subject="Queen Adela - Radiology result letter - ACTION",
  body=f"""{LH('qa', 'Department of Radiology - Head and Neck Imaging')}

# RESULT LETTER
Patient: {p.nm}   NHS: {p.nhs}   DOB: {p.dob}
Procedure: Ultrasound-guided core biopsy, left level II neck node, 01/12/2026
Requested by: ENT Outpatients, Queen Adela (Mr Idris Fairweather, locum clinic)

# Histology (reported 08/12/2026)
Metastatic squamous cell carcinoma, p16 positive. Primary site not identified on ultrasound.

Dear Doctor,

This gentleman was seen in a locum ENT clinic and the requesting clinician has now left the trust. [[O:GP to refer to the head and neck cancer MDT via the 2WW pathway]] so that staging and a search for the primary can begin.

Yours faithfully,

Dr Imelda Fraser-Kane
Consultant Radiologist
""",
  notes="A cancer found on a hospital-requested biopsy: the hospital should pass the patient to its own cancer MDT, not ask the GP for a 2WW referral. Urgent (suspected cancer).")

# ---- 56. Medicine for older people DS (DOCX): late; patient told to ask GP for culture results
p = Pt("Mrs", "Irene", "Woodcock", "1943-08-31")
L(kind="discharge_summary", trust="ash", specialty="Medicine for Older People", clinician="Dr Marek Zielinski",
  pt=p, event="2026-12-01", ldate="2026-12-02", sent="2026-12-04 13:05", fmt="docx",
  subject=f"Ashcombe & Tilney Discharge Summary - {p.last.upper()}",
  body=f"""{LH('ash', 'Medicine for Older People, Ward 14')}

# DISCHARGE SUMMARY
|! Patient | {p.nm} |
| NHS number | {p.nhs_s} |
| DOB | {p.dob} |
| Admission | 26/11/2026 |
| [[LD:Discharge: 1st December 2026]] | |
| Consultant: Dr Marek Zielinski | Medicine for Older People |

# Diagnosis
Urosepsis with delirium, resolved. Background: Alzheimer's dementia, hypertension.

# Treatment
IV gentamicin then oral co-amoxiclav; 5 days in total, completed on the ward. MSU grew E. coli sensitive to co-amoxiclav. Blood cultures taken on admission were still incubating on the day of discharge.

# Information given to patient and family
[[G:Patient advised to contact GP for the results of her blood cultures]]. Leaflet on delirium given to her son.

# Medication
No changes. Usual medicines continued from her blister pack.

Completed by: Dr Ravi Chandran, FY2
""",
  notes="The patient is redirected to the GP for the ward's own blood-culture results; the summary was sent three days after discharge (late).")

# ---- 57. Vascular surgery (plain): groin wound dressings and staples to practice nurse
p = Pt("Mr", "Duncan", "Fairbairn", "1953-06-21")
L(kind="clinic_letter", trust="hol", specialty="Vascular Surgery", clinician="Ms Ifeoma Grantley",
  pt=p, event="2026-12-07", ldate="2026-12-08", sent="2026-12-09 12:25", fmt="plain", width=76,
  hstyle="upper",
  subject="Vascular Surgery clinic letter - FAIRBAIRN",
  body=f"""{LH('hol', 'Vascular Surgery')}

Clinic date: 07/12/2026     Dictated: 08/12/2026

{gp('Dr R Achebe')}

Dear Dr Achebe,

RE: {p.nm}   DOB: {p.dob}   NHS: {p.nhs_s}

# Operation
Right common femoral endarterectomy and patch angioplasty, 26/11/2026

I saw Mr Fairbairn in the post-operative vascular clinic. His claudication has resolved and his right foot pulses are now palpable. The groin wound has a small area of superficial separation at its lower end with no cellulitis or collection.

# Plan
[[P:Could the practice nurse please take over dressings to the groin wound and remove the remaining staples on 14/12/2026]]. He should continue clopidogrel and atorvastatin lifelong. We will see him in 3 months with a duplex scan.

Yours sincerely,

Ms Ifeoma Grantley
Consultant Vascular Surgeon
""",
  notes="Post-operative wound care and staple removal after vascular surgery are handed to the practice nurse.")

# ---- 58. Wheelchair service (DOCX): GP to complete the service's medical form
p = Pt("Mrs", "Agnes", "Rutter", "1948-05-05")
L(kind="referral_response", trust="brk", specialty="Wheelchair Service", clinician="Ms Louise Penfold",
  pt=p, event=None, ldate="2026-12-03", sent="2026-12-03 10:40", fmt="docx",
  subject="Brackenfold Wheelchair Service - referral on hold",
  body=f"""{TRUSTS['brk']['name']}
Wheelchair and Seating Service
Unit 4, Brackenfold Business Park, Brackenfold QB5 3TT
Tel: 0114 496 0799

3 December 2026

{gp('Dr S Penhaligon')}

Dear Dr Penhaligon

Re: {p.nm}, DOB {p.dob}, NHS {p.nhs_s}

Thank you for the referral from the community occupational therapist for assessment for a powered wheelchair. Mrs Rutter has multiple sclerosis and can no longer self-propel.

Before we can book her assessment, [[A:we need the GP to complete and sign the enclosed section 3 medical information form]], including her epilepsy history and visual acuity, and return it to the address above. Her referral is on hold until we receive it.

Yours sincerely

Ms Louise Penfold
Senior Wheelchair Service Therapist
""",
  notes="A service's own eligibility paperwork is passed to the GP to complete.")

# ---- 59. Memory clinic (PDF): CT head and dementia bloods asked of the GP
p = Pt("Mr", "Clifford", "Ambler", "1939-02-19")
L(kind="clinic_letter", trust="thn", specialty="Old Age Psychiatry", clinician="Dr Yasmin Hollingworth",
  pt=p, event="2026-12-09", ldate="2026-12-10", sent="2026-12-14 10:50", fmt="pdf",
  subject="Thornleigh Memory Assessment Service - initial assessment",
  body=f"""{LH('thn', 'Memory Assessment Service (Old Age Psychiatry)')}

Date seen: 09/12/2026
Date of letter: 10/12/2026

{gp('Dr H Lindqvist')}

Dear Dr Lindqvist

{p.nm}, born {p.dobl}, NHS {p.nhs_s}

Thank you for referring Mr Ambler, whom I saw at home with his wife. He has an 18-month history of short-term memory loss, repeating questions and getting lost while driving. ACE-III 71/100 with deficits in memory and fluency. He has hypertension and had a TIA in 2023.

The picture is of a mild dementia, possibly mixed Alzheimer's and vascular. Before we make a diagnosis and discuss treatment, [[T:please arrange a CT head and a repeat B12, folate and calcium via yourselves]] before our next appointment in 8 weeks.

He has agreed to stop driving until he has been assessed by the DVLA.

Yours sincerely

Dr Yasmin Hollingworth
Consultant in Old Age Psychiatry
""",
  notes="Imaging and bloods the memory service needs for its own diagnosis are passed to the GP after the referral was accepted.")

# ---- 60. Renal (PDF): late ('12th November 2026'); ACR the clinic sent left to the practice
p = Pt("Mrs", "Veronica", "Esterhuizen", "1967-03-15")
L(kind="clinic_letter", trust="wen", specialty="Renal Medicine", clinician="Dr Alasdair Munro-Bright",
  pt=p, event="2026-11-12", ldate="2026-11-13", sent="2026-11-24 11:15", fmt="pdf",
  subject="Wendover Cross - Renal Medicine clinic letter",
  body=f"""{LH('wen', 'Department of Renal Medicine')}

[[LC:Date of clinic: 12th November 2026]]
Date of dictation: 13th November 2026

{gp('Dr S Penhaligon')}

Dear Dr Penhaligon

{p.nm}, DOB {p.dob}, NHS No {p.nhs}

Diagnosis: CKD stage 3b (eGFR 38), type 2 diabetes, hypertension

Mrs Esterhuizen's eGFR has been stable for a year. Her blood pressure in clinic was 138/84. She is on ramipril 10 mg and dapagliflozin 10 mg, which should both continue.

She provided a urine sample in clinic today for albumin:creatinine ratio. [[R:We'd be grateful if the surgery could follow up the urine ACR we sent today and let us know the result]], as the laboratory reports it to the requesting location and our clinic system has changed.

I will see her in 6 months.

Yours sincerely

Dr Alasdair Munro-Bright
Consultant Nephrologist
""",
  notes="The renal clinic's own urine test result is left for the practice to follow up; the letter was sent 12 days after the clinic (late).")

# ---- 61. Paediatric ADHD (PDF): stable methylphenidate handed to GP without shared care
p = Pt("", "Mason", "Thackeray", "2014-07-04")
L(kind="clinic_letter", trust="lark", specialty="Community Paediatrics", clinician="Dr Leah Winterbottom",
  pt=p, event="2026-12-10", ldate="2026-12-11", sent="2026-12-14 09:25", fmt="pdf",
  subject="Larkhill Children's - ADHD review - Mason Thackeray",
  body=f"""{LH('lark', 'Community Paediatrics - ADHD Clinic')}

Review date: 10/12/2026
Typed: 11/12/2026

{gp('Dr R Achebe')}

Dear Dr Achebe

Mason Thackeray  DOB {p.dob}  NHS {p.nhs_s}
Parent: Mrs Kelly Thackeray

Mason has now been on Concerta XL 36 mg each morning for four months. His teachers report a marked improvement in concentration and he has moved up a maths set. Appetite is reduced at lunchtime but he eats well in the evening. Today his height was 146 cm (50th centile), weight 36 kg (25th to 50th centile), BP 104/62 and pulse 84.

[[S:Now that his dose is stable we would like the practice to take over prescribing Concerta XL 36 mg and the 6-monthly height, weight and blood pressure checks]]. We will see him once a year.

Yours sincerely

Dr Leah Winterbottom
Consultant Community Paediatrician

cc Mrs Kelly Thackeray
""",
  notes="An ADHD medicine (amber) and its monitoring handed over without a shared-care agreement being offered.")

# ---- 62. Dermatology (DOCX): methotrexate to repeat, plus a dangerous interaction (urgent)
p = Pt("Mr", "Callum", "Redfern", "1980-10-08")
L(kind="clinic_letter", trust="car", specialty="Dermatology", clinician="Dr Priti Savage-Lal",
  pt=p, event="2026-12-09", ldate="2026-12-10", sent="2026-12-15 08:55", fmt="docx", urgent=True,
  subject="Carrow Vale Dermatology - clinic letter - REDFERN (please read today)",
  body=f"""{LH('car', 'Department of Dermatology')}

Date of clinic: 09/12/2026
Date typed: 10/12/2026

{gp('Dr H Lindqvist')}

Dear Dr Lindqvist

Re: {p.nm}  DOB: {p.dob}  NHS: {p.nhs_s}

Diagnosis: Chronic plaque psoriasis, PASI 14, on methotrexate 10 mg weekly since September.

Mr Redfern's psoriasis is improving. He mentioned that he was given a course of trimethoprim at a walk-in centre last week for a urinary infection and is still taking it. Trimethoprim with methotrexate can cause serious bone marrow suppression.

Actions for GP:
1. Please contact him to stop the trimethoprim today; we have told him the same by phone and checked an FBC in clinic, which was normal.
2. [[S:Please could you add methotrexate 10 mg once weekly and folic acid 5 mg weekly to his repeat prescription and arrange blood monitoring as per BAD guidance]].

Review in 4 months.

Yours sincerely

Dr Priti Savage-Lal
Consultant Dermatologist
""",
  notes="Methotrexate (amber) and its monitoring transferred with no shared-care agreement; a dangerous methotrexate-trimethoprim interaction makes it urgent. Sent 6 days after the clinic (on time, near the limit).")

# ---- 63. Haematology (plain): hydroxycarbamide handed to GP
p = Pt("Mrs", "Constance", "Abara", "1950-07-18")
L(kind="clinic_letter", trust="hol", specialty="Haematology", clinician="Dr Gareth Penrose",
  pt=p, event="2026-12-14", ldate="2026-12-15", sent="2026-12-16 14:35", fmt="plain", width=76,
  subject="Haematology Outpatients - ABARA Constance",
  body=f"""{LH('hol', 'Department of Haematology')}

Clinic date: 14/12/2026   Typed: 15/12/2026

{gp('Dr S Penhaligon')}

Dear Dr Penhaligon

{p.nm}, DOB {p.dob}, NHS Number {p.nhs}

Diagnosis: JAK2-positive essential thrombocythaemia (high risk: age over 60)

Mrs Abara's platelet count is now 412 on hydroxycarbamide 500 mg daily, down from 980 at diagnosis. Her FBC is otherwise normal and she has had no thrombotic or bleeding events. She remains on aspirin 75 mg daily.

[[S:We would appreciate it if the practice could take on prescribing of hydroxycarbamide 500 mg daily along with the 3-monthly FBC]], and let us know if the platelets rise above 600 or the neutrophils fall below 1.5.

We will see her again in 6/12.

Yours sincerely

Dr Gareth Penrose
Consultant Haematologist
""",
  notes="Hydroxycarbamide (amber/specialist) prescribing and monitoring transferred without an agreement.")

# ---- 64. Outpatient booking team (HTML): referral closed when patient could not be contacted
p = Pt("Ms", "Danielle", "Shortland", "1986-04-09")
L(kind="referral_response", trust="ash", specialty="ENT", clinician="Mrs Karen Whitworth",
  pt=p, event=None, ldate="2026-10-23", sent="2026-10-23 15:05", fmt="html",
  subject="Referral closed - unable to contact patient",
  body=f"""{LH('ash', 'Outpatient Booking Centre - ENT')}

Date: 23/10/2026

{gp('Dr R Achebe')}

Dear Dr Achebe

Patient: {p.nm}
NHS No: {p.nhs_s}
Date of birth: {p.dob}
Referral: ENT, recurrent tonsillitis (received 11/08/2026)

We wrote to Ms Shortland on 2 September and 30 September inviting her to book an appointment and have also tried her mobile number three times without success.

[[D:As we have been unable to contact her to book, the referral has been closed. Should she still need to be seen, a new referral will be required from the GP]].

Yours sincerely

Mrs Karen Whitworth
Outpatient Booking Team Leader
""",
  notes="Unanswered booking invitations lead to closure with re-referral left to the GP (counted as dna_rereferral).")

# ---- 65. Diabetes (plain): DNA, discharged back to GP
p = Pt("Ms", "Roxanne", "Ebdon", "1999-01-27")
L(kind="clinic_letter", trust="sal", specialty="Diabetes", clinician="Dr Conor McStay",
  pt=p, event=None, ldate="2026-11-04", sent="2026-11-04 16:12", fmt="plain", width=74,
  subject="Diabetes Centre - non-attendance - EBDON",
  body=f"""{TRUSTS['sal']['name']}
Saltings Bay Diabetes Centre
{TRUSTS['sal']['site']}, {TRUSTS['sal']['addr']}

4 Nov 2026

{gp('Dr H Lindqvist')}

Dear Dr Lindqvist

RE: {p.nm}, {p.dob}, NHS {p.nhs_s}
Type 1 diabetes, HbA1c 97 mmol/mol

Ms Ebdon did not attend the young adult diabetes clinic on 2 November 2026. [[D:We have discharged her back to your care; please re-refer should you feel she still needs specialist input]].

Yours sincerely

Dr Conor McStay
Consultant Diabetologist
""",
  notes="A young adult with poorly controlled type 1 diabetes discharged after one missed appointment, re-referral left to the GP.")

# ---- 66. Neurology (plain): hard negative, DNA with a new appointment offered
p = Pt("Mr", "Francis", "Gowland", "1974-03-12")
L(kind="clinic_letter", trust="qa", specialty="Neurology", clinician="Dr Laurence Mbeki-Hart",
  pt=p, event=None, ldate="2026-10-29", sent="2026-10-29 12:40", fmt="plain", width=76,
  subject="Neurology - missed appointment - GOWLAND",
  body=f"""{LH('qa', 'Department of Neurology')}

29/10/2026

{gp('Dr S Penhaligon')}

Dear Dr Penhaligon

{p.nm}, DOB {p.dob}, NHS {p.nhs_s}

Mr Gowland did not attend his neurology appointment on 27/10/2026 for review of his tremor. We know that one missed appointment can happen for many reasons, so we have offered him a further appointment on 17/11/2026 and sent him a text reminder.

If he does not attend the second appointment, we will contact him before deciding whether to discharge him. There is nothing you need to do at present.

Yours sincerely

Dr Laurence Mbeki-Hart
Consultant Neurologist
""",
  notes="Hard negative: a missed appointment handled by rebooking; 'nothing you need to do'.")

# ---- 67. Cardiology A&G (plain): syncope referral turned into tests for the GP
p = Pt("Mr", "Malcolm", "Trevithick", "1962-08-25")
L(kind="referral_response", trust="sal", specialty="Cardiology", clinician="Dr Eleanor Stavely",
  pt=p, event=None, ldate="2026-12-01", sent="2026-12-01 16:44", fmt="plain", width=0,
  subject="e-RS Advice and Guidance reply: Cardiology - TREVITHICK M",
  body=f"""Saltings Bay Healthcare NHS Trust - Cardiology - Advice and Guidance
---
Patient: {p.nm} | NHS {p.nhs} | DOB {p.dob}
Request from: Dr R Achebe, Millbrook Medical Centre (routine referral, converted to A&G by provider)
Clinical question: Two episodes of palpitations followed by syncope while seated; ECG sinus rhythm, PR 210 ms.
---
Response from Dr Eleanor Stavely, Consultant Cardiologist, 01/12/2026:
Thank you. This referral has been converted to advice and guidance. [[W:We recommend the practice arranges a 7-day ECG monitor and an echocardiogram and re-refers with the results]]. He should not drive until assessed and should call 999 if he has another blackout.
---
""",
  notes="Syncope with conduction disease merits a cardiology appointment; the referral is converted to A&G and specialist investigations are sent back to the GP.")

# ---- 68. Gynaecology referral returned (DOCX)
p = Pt("Ms", "Gemma", "Truscott", "1982-05-30")
L(kind="referral_response", trust="car", specialty="Gynaecology", clinician="Miss Annabel Crofton",
  pt=p, event=None, ldate="2026-11-13", sent="2026-11-13 11:50", fmt="docx",
  subject="Gynaecology referral - returned to referrer",
  body=f"""{LH('car', 'Gynaecology - Referral Assessment Service')}

Date: 13/11/2026

{gp('Dr S Penhaligon')}

Dear Dr Penhaligon

Patient: {p.nm}  DOB: {p.dob}  NHS No: {p.nhs_s}
Reason for referral: heavy menstrual bleeding with pelvic pain and dyspareunia; failed tranexamic acid and the combined pill.

Thank you for this referral. Before we can offer an appointment, [[W:please arrange a pelvic ultrasound scan and repeat FSH and return the referral with the results]].

Referral outcome: Returned

Yours sincerely

Miss Annabel Crofton
Consultant Gynaecologist
""",
  notes="A referral after failed first-line treatment is returned for imaging and tests first.")

# ---- 69. MSK triage (HTML): returned for first-line physiotherapy
p = Pt("Mr", "Gordon", "Aspinall", "1970-11-17")
L(kind="referral_response", trust="brk", specialty="MSK Triage", clinician="Mr Gideon Ashby-Nwosu",
  pt=p, event=None, ldate="2026-11-11", sent="2026-11-11 13:22", fmt="html",
  subject="MSK Triage outcome - ASPINALL",
  body=f"""{TRUSTS['brk']['name']}
Community MSK Triage Service
{TRUSTS['brk']['site']}, {TRUSTS['brk']['addr']}

# Triage outcome
|! Patient | {p.nm} |
| DOB | {p.dob} |
| NHS | {p.nhs_s} |
| Referred for | Right shoulder pain, 5 months, requesting subacromial injection |
| Outcome | Returned to referrer |

[[W:Returned to referrer: please complete a 6-week course of first-line physiotherapy exercises before we will consider injection]]. An exercise leaflet is available on our website.

Mr Gideon Ashby-Nwosu
Advanced Practice Physiotherapist, MSK Triage
""",
  notes="The MSK service returns a referral and asks the GP to deliver first-line treatment that the service itself provides.")

# ---- 70. Renal transplant assessment (PDF): questionnaire for the GP
p = Pt("Mr", "Hassan", "El-Amin", "1978-02-06")
L(kind="clinic_letter", trust="wen", specialty="Renal Transplantation", clinician="Ms Fiona Ruddock",
  pt=p, event="2026-12-10", ldate="2026-12-11", sent="2026-12-11 15:55", fmt="pdf",
  subject="Transplant assessment - GP information request",
  body=f"""{LH('wen', 'Renal Transplant Unit - Transplant Assessment Clinic')}

Assessment clinic: 10/12/2026

{gp('Dr H Lindqvist')}

Dear Dr Lindqvist

{p.nm}   DOB {p.dob}   NHS {p.nhs_s}

Mr El-Amin attended the transplant assessment clinic yesterday and is being worked up for a living donor kidney transplant from his brother. He is on haemodialysis three times a week.

[[A:Please complete the attached transplant assessment questionnaire on his medical history and return it to the transplant coordinator]], together with copies of any cervical, dental and cancer screening records you hold.

# GP questionnaire (transplant assessment)
|! Item | Details |
| Past malignancy | |
| Adherence concerns | |
| Smoking and alcohol history | |
| Safeguarding concerns | |

Yours sincerely

Ms Fiona Ruddock
Transplant Coordinator, Renal Transplantation
""",
  notes="A transplant unit's assessment questionnaire is hospital paperwork passed to the practice.")

# ---- 71. Paediatric CF (DOCX): registry data collection form
p = Pt("", "Isla", "McGurk", "2015-12-12")
L(kind="clinic_letter", trust="lark", specialty="Paediatric Respiratory Medicine", clinician="Dr Tomasz Wrobel",
  pt=p, event="2026-12-11", ldate="2026-12-11", sent="2026-12-15 12:15", fmt="docx",
  subject="Larkhill CF Centre - annual review and registry",
  body=f"""{LH('lark', 'Paediatric Respiratory Medicine - Cystic Fibrosis Centre')}

Annual review: 11 December 2026

{gp('Dr R Achebe')}

Dear Dr Achebe

Isla McGurk, date of birth {p.dobl}, NHS {p.nhs_s}

Isla's annual review went well. Her FEV1 is 94% predicted on Kaftrio, her weight is on the 50th centile and her sweat chloride has fallen to 38. No Pseudomonas this year. We will continue all her CF medicines from our centre, including Kaftrio, which is supplied by our homecare provider.

As part of the regional cystic fibrosis registry, [[A:please complete the enclosed data collection form on her primary care prescriptions and vaccinations]] and return it to our data manager.

Yours sincerely

Dr Tomasz Wrobel
Consultant Respiratory Paediatrician
""",
  notes="A registry data collection form is not general-practice work; the red drug (Kaftrio) correctly stays with the CF centre.")

# ---- 72. Sepsis audit (plain): audit proforma for the practice
p = Pt("Mr", "Keith", "Ollerenshaw", "1951-01-08")
L(kind="clinic_letter", trust="hol", specialty="Acute Medicine", clinician="Dr Annika Broadbent",
  pt=p, event=None, ldate="2026-12-02", sent="2026-12-02 09:50", fmt="plain", width=76,
  subject="Sepsis audit - request for primary care information",
  body=f"""{TRUSTS['hol']['name']}
Acute Medicine - Sepsis Quality Improvement Team
{TRUSTS['hol']['site']}, {TRUSTS['hol']['addr']}

2 December 2026

Practice Manager, Millbrook Medical Centre

Dear colleague

Patient: {p.nm}   DOB: {p.dob}   NHS number: {p.nhs_s}
Admission: 14/10/2026 with sepsis secondary to pneumonia

Our trust is auditing the pathway of patients admitted with sepsis. [[A:We would be grateful if the practice could complete the audit proforma with his observations and any antibiotics from the 72 hours before admission]] and return it by 31 December.

With thanks

Dr Annika Broadbent
Consultant in Acute Medicine, Sepsis Lead
""",
  notes="A hospital audit proforma sent to the practice to complete.")

# ---- 73. Endocrinology (plain): late, otherwise no request (DEXA at our unit)
p = Pt("Mrs", "Philippa", "Grundy", "1958-09-23")
L(kind="clinic_letter", trust="fen", specialty="Endocrinology", clinician="Dr Marguerite Okafor-Stead",
  pt=p, event="2026-11-17", ldate="2026-11-19", sent="2026-11-30 10:00", fmt="plain", width=76,
  subject="Endocrinology clinic letter - GRUNDY P",
  body=f"""{LH('fen', 'Department of Endocrinology')}

[[LC:Clinic date: 17/11/2026]]
Date typed: 19/11/2026

{gp('Dr H Lindqvist')}

Dear Dr Lindqvist

Re: {p.nm}, DOB {p.dob}, NHS {p.nhs_s}

Diagnosis: Primary hyperparathyroidism (adjusted calcium 2.71, PTH 9.8 pmol/L)

Mrs Grundy is asymptomatic. We have requested a DEXA scan at our unit, a renal ultrasound and a 24-hour urine calcium, which our clinic nurse will arrange. She should keep well hydrated. I will review her with the results in 3 months and consider referral to our endocrine surgeons.

Please continue her current medicines.

Yours sincerely

Dr Marguerite Okafor-Stead
Consultant Endocrinologist
""",
  notes="No request (the hospital arranges its own tests) but the letter was sent 13 days after the clinic: late only.")

# ---- 74. Hepatology (HTML): late; USS and LFTs passed to GP
p = Pt("Mr", "Ronald", "Siddall", "1961-04-04")
L(kind="clinic_letter", trust="ash", specialty="Hepatology", clinician="Dr Hester Vance",
  pt=p, event="2026-11-19", ldate="2026-11-23", sent="2026-11-30 15:48", fmt="html",
  subject="Ashcombe & Tilney - Hepatology clinic letter",
  body=f"""{LH('ash', 'Hepatology Clinic, Department of Gastroenterology')}

|! [[LC:Date of clinic: 19-Nov-2026]] | Date of letter: 23-Nov-2026 |

{gp('Dr R Achebe')}

Dear Dr Achebe,

{p.nm}, {p.dob}, NHS {p.nhs_s}

Diagnosis: Metabolic dysfunction-associated steatotic liver disease, FIB-4 2.9, elastography 11.2 kPa

Mr Siddall has advanced fibrosis without signs of decompensation. We discussed weight loss and alcohol. He drinks 20 units a week and agreed to cut down.

Plan:
- [[T:GP to arrange USS abdomen and LFTs prior to review in 3/12]].
- Please continue atorvastatin 20 mg.

Yours sincerely,

Dr Hester Vance
Consultant Gastroenterologist and Hepatologist
""",
  notes="Imaging and bloods the hepatology clinic needs before its own review are passed to the GP; sent 11 days after the clinic (late). Continuing a statin is GP work.")

# ---- 75. ED (plain): pending troponin left to GP (urgent)
p = Pt("Mr", "Kenneth", "Lowther", "1960-10-10")
L(kind="ed_letter", trust="qa", specialty="Emergency Medicine", clinician="Dr Aisha Ramdeen",
  pt=p, event="2026-12-13", ldate="2026-12-13", sent="2026-12-13 21:15", fmt="plain", width=76,
  urgent=True,
  subject="ED discharge letter - LOWTHER - 13/12/2026",
  body=f"""Queen Adela University Hospital NHS Foundation Trust
Emergency Department - GP discharge letter

Patient: {p.nm}   DOB: {p.dob}   NHS: {p.nhs_s}
Attendance: 13/12/2026, arrived 11:02, left 17:40

Presenting complaint: central chest tightness at rest lasting 20 minutes this morning, now pain free.
Investigations: ECG sinus rhythm, no acute ST changes. 0-hour high-sensitivity troponin 9 ng/L; 6-hour troponin sent at 17:05, pending at discharge as the patient wished to go home.
Diagnosis: Chest pain, likely musculoskeletal, ACS not excluded.

Plan: [[R:GP to review the 6-hour troponin result tomorrow and recall him if it is raised]]. Patient advised to call 999 with further chest pain.

Dr Aisha Ramdeen, Specialty Registrar, Emergency Medicine
""",
  notes="The ED's own pending troponin, which may need same-day recall, is left to the GP: urgent.")

# ---- 76. Haematology DS (PDF): filgrastim for GP to prescribe in a neutropenic patient (urgent)
p = Pt("Mrs", "Elspeth", "Garbutt", "1962-02-22")
L(kind="discharge_summary", trust="sal", specialty="Haematology", clinician="Dr Ian Mukherjee-Blake",
  pt=p, event="2026-12-14", ldate="2026-12-14", sent="2026-12-15 16:20", fmt="pdf", dtime="17:00",
  urgent=True,
  subject="Saltings Bay eDischarge - Haematology - URGENT ACTION",
  body=f"""{LH('sal', 'Haematology Ward (Ward 12)')}

# DISCHARGE SUMMARY
|! Patient | {p.nm} |
| NHS number | {p.nhs} |
| DOB | {p.dob} |
| Admitted | 08/12/2026 |
| Discharged | 14/12/2026 at 17:00 |
| Consultant: Dr Ian Mukherjee-Blake | Specialty: Haematology |

# Diagnosis
Neutropenic sepsis after cycle 2 of R-CHOP for diffuse large B-cell lymphoma; no organism isolated. Neutrophils 0.6 on discharge, recovering.

# Medicines
Co-amoxiclav and ciprofloxacin to complete 7 days (supplied). Filgrastim 30 million units SC daily: 2 doses supplied.

# GP actions
- [[H:Please prescribe 5 further days of filgrastim injections starting on 17/12/2026]] as our homecare delivery could not be arranged in time.
- She will attend the haematology day unit for FBC on 18/12/2026.

Completed by Dr Joseph Eze, FY1
""",
  notes="Filgrastim (hospital-only) and a short discharge supply passed to the GP for a neutropenic patient: urgent. Sent 23 h 20 min after the stated discharge time (on time).")

# ---- 77. Colorectal (DOCX): hard negative, stoma nurse, for information only
p = Pt("Mrs", "Yvonne", "Battersby", "1959-06-02")
L(kind="clinic_letter", trust="car", specialty="Colorectal Surgery", clinician="Mr Oliver Dunstan",
  pt=p, event="2026-12-02", ldate="2026-12-03", sent="2026-12-07 13:30", fmt="docx",
  subject="Colorectal Surgery - post-operative review - BATTERSBY",
  body=f"""{LH('car', 'Department of Colorectal Surgery')}

Clinic: 02/12/2026   Typed: 03/12/2026

{gp('Dr H Lindqvist')}

Dear Dr Lindqvist

{p.nm}, DOB {p.dob}, NHS {p.nhs_s}

Operation: Laparoscopic anterior resection with defunctioning loop ileostomy, 04/11/2026, for a T2 N0 rectal adenocarcinoma (MDT: no adjuvant treatment).

Mrs Battersby is recovering well. Her wounds have healed and her ileostomy output is about 800 mL a day. Our stoma nurse specialist, Ms Carys Pugh, will visit her at home next week and will manage her stoma supplies. We will arrange a contrast enema in January before reversal of the ileostomy.

Please continue simvastatin 20 mg at night.

This letter is for information only.

Yours sincerely

Mr Oliver Dunstan
Consultant Colorectal Surgeon
""",
  notes="Hard negative: aftercare by the hospital's stoma nurse, hospital-arranged imaging, a green drug continued, 'for information only'.")

# ---- 78. Medicine DS (PDF): sent next day but more than 24 h after discharge; fit note issued (late only)
p = Pt("Mr", "Sanjay", "Bhardwaj", "1972-03-28")
L(kind="discharge_summary", trust="hol", specialty="Acute Medicine", clinician="Dr Annika Broadbent",
  pt=p, event="2026-12-10", ldate="2026-12-11", sent="2026-12-11 15:45", fmt="pdf", dtime="09:20",
  subject=f"Hollowmere eDischarge {p.nhs}",
  body=f"""{LH('hol', 'Acute Medical Unit')}

# ELECTRONIC DISCHARGE SUMMARY
|! Patient | {p.nm} |
| NHS number | {p.nhs_s} |
| DOB | {p.dob} |
| Admitted | 07/12/2026 |
| [[LD:Discharged: 10/12/2026 09:20]] | |
| Consultant: Dr Annika Broadbent | Specialty: Acute Medicine |

# Diagnosis
Pulmonary embolism (right lower lobe segmental), provoked by a long-haul flight. No right heart strain.

# Medication
Apixaban 10 mg twice daily for 7 days then 5 mg twice daily for at least 3 months: 28 days supplied. Apixaban counselling and alert card given.

# Certification
A fit note was issued by the ward for 2 weeks from 10/12/2026.

# Follow-up
PE follow-up clinic in 3 months, booked by us. No GP action required.

Author: Dr Isobel Fenn, FY1
""",
  notes="No request (ward issued the fit note and 28 days of apixaban) but the summary went out 30 h after the stated discharge time: late only.")

# ---- 79. ED (plain): hard negative, safety-netting; sent on the night the clocks go back
p = Pt("Ms", "Rhiannon", "Ellery", "1990-08-14")
L(kind="ed_letter", trust="sal", specialty="Emergency Medicine", clinician="Dr Owain Pritchard",
  pt=p, event="2026-10-24", ldate="2026-10-24", sent="2026-10-25 01:30", fmt="plain", width=0,
  subject=f"ED Discharge Notification - {p.up} - {p.nhs}",
  body=f"""{TRUSTS['sal']['name']}
Emergency Department, {TRUSTS['sal']['site']}
ED DISCHARGE NOTIFICATION (automated)

Patient: {p.up} ({p.title})   DOB: {p.dob}   NHS No: {p.nhs}
Arrived: 24/10/2026 20:14   Departed: 24/10/2026 23:58
Presenting complaint: Left-sided headache and vomiting for 6 hours
Diagnosis: Migraine without aura; neurological examination normal; no red flags
Treatment: IV fluids, metoclopramide, paracetamol; symptoms resolved
Outcome: Discharged home

Comments for GP:
For information. Advised to see her GP if the headaches become more frequent, and to return if she has a sudden severe headache, weakness or confusion.

Clinician: Dr Owain Pritchard, ST4 Emergency Medicine
""",
  notes="Hard negative: safety-netting advice to the patient and 'for information'. Sent at 01:30 BST on 25 October, the night the clocks go back.")

# ---- 80. Radiology (PDF): hard negative, hospital-requested MRI, the requesting team acts
p = Pt("Mrs", "Dilys", "Penhallow", "1964-09-17")
L(kind="results", trust="fen", specialty="Radiology", clinician="Dr Gwen Tallis",
  pt=p, event=None, ldate="2026-11-20", sent="2026-11-20 12:05", fmt="pdf",
  subject="Radiology report (copy to GP) - MRI lumbar spine",
  body=f"""{LH('fen', 'Department of Radiology')}

# RADIOLOGY REPORT - COPY FOR GP INFORMATION
Patient: {p.nm}   NHS: {p.nhs_s}   DOB: {p.dob}
Examination: MRI lumbar spine, 19/11/2026
Referrer: Mr J Aldous, Spinal Surgery Outpatients, Fenbridge General Hospital

Findings: L4/5 disc extrusion compressing the traversing left L5 nerve root. No cauda equina compression. Mild facet arthropathy L5/S1.

Conclusion: Left L4/5 disc extrusion with L5 root compression, concordant with the clinical details.

The referring spinal team has been sent this report and will contact the patient to discuss the results and next steps. No action is required by the GP.

Reported by: Dr Gwen Tallis, Consultant Radiologist
""",
  notes="Hard negative: a copy of a hospital-requested report; the referring team will give the result; no GP action.")

# ---- 81. Fracture liaison results (plain): high calcium on a clinic sample pushed to GP (urgent)
p = Pt("Mrs", "Marian", "Fothergill", "1946-05-11")
L(kind="results", trust="ash", specialty="Fracture Liaison Service", clinician="Ms Jenna Carlisle",
  pt=p, event=None, ldate="2026-12-10", sent="2026-12-10 16:22", fmt="plain", width=76, urgent=True,
  subject="FLS result - please action - FOTHERGILL",
  body=f"""{TRUSTS['ash']['name']}
Fracture Liaison Service
{TRUSTS['ash']['site']}, {TRUSTS['ash']['addr']}

10/12/2026

{gp('Dr H Lindqvist')}

Dear Dr Lindqvist

Patient: {p.nm}   DOB: {p.dob}   NHS: {p.nhs_s}

Mrs Fothergill attended the fracture liaison clinic on 08/12/2026 after a wrist fracture. Her pre-treatment bloods taken in our clinic show an adjusted calcium of 3.21 mmol/L (previously 2.45 in 2025), with normal renal function. She mentioned increasing thirst and constipation.

We have not started bone protection. [[R:Please arrange for her to be assessed today and the calcium repeated]], as this level may need admission.

Yours sincerely

Ms Jenna Carlisle
Fracture Liaison Nurse Specialist
""",
  notes="A markedly high calcium found on the service's own sample is passed to the GP to act on the same day: urgent.")

# ---- 82. Psychological therapies (DOCX): discharged after missed sessions, GP to re-refer
p = Pt("Ms", "Leanne", "Pickering", "1995-02-18")
L(kind="clinic_letter", trust="thn", specialty="Psychological Therapies", clinician="Dr Martin Oakes",
  pt=p, event=None, ldate="2026-11-26", sent="2026-11-26 14:48", fmt="docx",
  subject="Thornleigh Talking Therapies - discharge following non-attendance",
  body=f"""{LH('thn', 'Psychological Therapies Service (Talking Therapies)')}

26 November 2026

{gp('Dr S Penhaligon')}

Dear Dr Penhaligon

Client: {p.nm}
Date of birth: {p.dob}
NHS number: {p.nhs_s}

Ms Pickering was offered a course of trauma-focused CBT for post-traumatic stress disorder. She attended her assessment but did not attend her first two treatment sessions on 12 and 19 November, and she has not replied to our opt-in letter.

[[D:Following two missed sessions, Ms Pickering has been discharged from the service and will need to be re-referred by her GP]] if she wishes to continue.

Yours sincerely

Dr Martin Oakes
Clinical Psychologist
""",
  notes="Discharge after missed sessions with re-referral left to the GP.")

# ---- 83. Orthotics (HTML): DNA discharge, re-referral
p = Pt("Mr", "Bryn", "Talfan", "1983-07-21")
L(kind="clinic_letter", trust="car", specialty="Orthotics", clinician="Mr Stefan Novak",
  pt=p, event=None, ldate="2026-11-06", sent="2026-11-06 11:14", fmt="html",
  subject="Orthotics Department - non-attendance",
  body=f"""{LH('car', 'Orthotics Department')}

6/11/2026

{gp('Dr H Lindqvist')}

Dear Dr Lindqvist

Re: {p.nm} - DOB {p.dob} - NHS {p.nhs}

Mr Talfan failed to attend his casting appointment for custom insoles on 3/11/2026. [[D:In accordance with trust policy he has been discharged; a new referral from the GP will be needed to rebook]].

Yours sincerely

Mr Stefan Novak
Senior Orthotist
""",
  notes="Discharge after a single missed appointment, re-referral left to the GP.")

# ---- 84. Hepatology referral returned (plain)
p = Pt("Mr", "Desmond", "Ifield", "1966-11-29")
L(kind="referral_response", trust="qa", specialty="Hepatology", clinician="Dr Saoirse Kinsella",
  pt=p, event=None, ldate="2026-11-20", sent="2026-11-20 10:26", fmt="plain", width=76,
  subject="Hepatology referral - not accepted - IFIELD",
  body=f"""Queen Adela University Hospital NHS Foundation Trust
Department of Hepatology - Referral Management

20 November 2026

To: Dr R Achebe, Millbrook Medical Centre

Patient: {p.nm}, DOB {p.dob}, NHS {p.nhs_s}

Thank you for referring Mr Ifield with an ALT persistently above 150 for a year, a ferritin of 1,240 and transferrin saturation of 58%.

Outcome: referral not accepted at this time. [[W:Please complete a full non-invasive liver screen including HFE genotyping and an ELF test before re-referral]]; if the ELF is above 10.5 we will see him.

Dr Saoirse Kinsella
Consultant Hepatologist
""",
  notes="A referral with marked iron overload is returned for specialist work-up (including genotyping) first.")

# ---- 85. Cardiology (PDF): heart failure nurse referral left to GP
p = Pt("Mr", "Horace", "Quintrell", "1944-04-26")
L(kind="clinic_letter", trust="wen", specialty="Cardiology", clinician="Dr Zainab Okwuosa",
  pt=p, event="2026-12-11", ldate="2026-12-14", sent="2026-12-16 09:10", fmt="pdf",
  subject="Wendover Cross - Heart Failure clinic letter",
  body=f"""{LH('wen', 'Department of Cardiology - Heart Failure Clinic')}

Seen in clinic on 11 December 2026
Typed 14 December 2026

{gp('Dr S Penhaligon')}

Dear Dr Penhaligon

{p.nm}, DOB {p.dob}, NHS {p.nhs_s}

Diagnosis: Heart failure with reduced ejection fraction (EF 30%), ischaemic; NYHA class III

Mr Quintrell's echo confirms severe LV systolic dysfunction. I have started sacubitril/valsartan 24/26 mg twice daily in place of ramipril (36 hours apart), with 28 days supplied, and we will check his renal function in our heart failure unit in 2/52.

He lives alone and has had two admissions this year. [[O:Please refer him to the community heart failure nurse service]] for titration support and home monitoring.

Yours sincerely

Dr Zainab Okwuosa
Consultant Cardiologist
""",
  notes="An onward referral to the heart failure nursing service for the condition under treatment is left to the GP; the hospital correctly checks its own renal function.")

# ---- 86. CMHT (plain): drug and alcohol service referral left to GP
p = Pt("Mr", "Wayne", "Holdsworth", "1981-09-03")
L(kind="clinic_letter", trust="thn", specialty="Adult Mental Health", clinician="Dr Anjali Mistry-Bowen",
  pt=p, event="2026-11-09", ldate="2026-11-10", sent="2026-11-12 10:30", fmt="plain", width=76,
  subject="Thornleigh MHP - CMHT outpatient letter",
  body=f"""{LH('thn', 'Specialty: Adult Mental Health - North Thornleigh CMHT')}

Seen: 09/11/2026   Typed: 10/11/2026

{gp('Dr H Lindqvist')}

Dear Dr Lindqvist

Re: {p.nm}  DOB {p.dob}  NHS {p.nhs}

Mr Holdsworth has a recurrent depressive disorder and is drinking about 60 units of alcohol a week, which is clearly making his mood worse. He has had withdrawal shakes in the mornings but no seizures. He wants help to cut down.

We have continued mirtazapine 30 mg at night. [[O:GP to refer to the community drug and alcohol service]] for a supervised detoxification assessment. Our team will see him again in 1/12.

Yours sincerely

Dr Anjali Mistry-Bowen
Consultant Psychiatrist
""",
  notes="A referral to a related service for an immediate need found by the mental-health team is handed to the GP.")

# ---- 87. ED (plain): patient told to ring GP about the fracture clinic appointment
p = Pt("Mrs", "Sylvia", "Marwood", "1958-01-14")
L(kind="ed_letter", trust="sal", specialty="Emergency Medicine", clinician="Dr Helen Abernethy",
  pt=p, event="2026-12-12", ldate="2026-12-12", sent="2026-12-12 20:40", fmt="plain", width=0,
  subject=f"ED Discharge Notification - {p.up} - {p.nhs}",
  body=f"""{TRUSTS['sal']['name']}
Emergency Department, {TRUSTS['sal']['site']}
ED DISCHARGE NOTIFICATION (automated)

Patient: {p.up} ({p.title})   DOB: {p.dob}   NHS No: {p.nhs}
Arrived: 12/12/2026 13:41   Departed: 12/12/2026 18:02
Presenting complaint: Slipped on ice, left wrist deformity
Diagnosis: Left distal radius fracture (dorsally angulated); manipulated under haematoma block, backslab applied, position acceptable
Outcome: Discharged home; referred to fracture clinic (virtual review)

Comments for GP:
[[G:Patient told to ring their GP to find out when the fracture clinic appointment is]] if she has not heard within 5 days.

Clinician: Dr Helen Abernethy, Consultant in Emergency Medicine
""",
  notes="The ED made the fracture clinic referral itself (negative) but sends the patient to the GP to chase the hospital's own appointment.")

# ---- 88. ED (HTML): patient told to get a sick note from the GP
p = Pt("Mr", "Jason", "Penrice", "1986-06-27")
L(kind="ed_letter", trust="hol", specialty="Emergency Medicine", clinician="Dr Farouk Nasser",
  pt=p, event="2026-11-21", ldate="2026-11-21", sent="2026-11-22 06:10", fmt="html",
  subject="Hollowmere Emergency Department - attendance summary",
  body=f"""{LH('hol', 'Emergency Department')}

# ED Attendance Summary
|! Patient | {p.nm} |
| NHS | {p.nhs_s} |
| DOB | {p.dob} |
| Attended | 21/11/2026, 22:15 to 02:40 |
| Clinician | Dr Farouk Nasser, ST6 Emergency Medicine |

# Diagnosis
Acute lumbar back strain lifting at work; no red flags; neurology normal.

# Plan
Naproxen with omeprazole, 7 days supplied. Back pain leaflet given. [[F:He was advised to see his GP for a sick note]] as he cannot do his job as a warehouse operative for about 2 weeks.
""",
  notes="ED clinicians can issue fit notes for the period they assessed; sending the patient to the GP for one is a fit_note request.")

# ---- 89. Urology 2WW (DOCX): accepted urgent referral; the hospital books and gives results (hard negative)
p = Pt("Mr", "Harvey", "Lindgren", "1955-03-07")
L(kind="referral_response", trust="car", specialty="Urology", clinician="Mr Naveed Saddiq",
  pt=p, event=None, ldate="2026-11-10", sent="2026-11-10 09:35", fmt="docx",
  subject="2WW referral accepted - Urology (haematuria)",
  body=f"""{LH('car', 'Department of Urology - Suspected Cancer Pathway')}

10 November 2026

{gp('Dr R Achebe')}

Dear Dr Achebe

{p.nm}, DOB {p.dob}, NHS {p.nhs_s}

Thank you for your suspected cancer referral for visible haematuria. The referral has been accepted. Mr Lindgren has been booked into our one-stop haematuria clinic on 17/11/2026 for flexible cystoscopy, ultrasound of the urinary tract and a CT urogram, and our team will give him the results directly.

Should any of these tests show a cancer, he will be discussed at the urology MDT and we will write to you. No further action is needed from the practice.

Yours sincerely

Mr Naveed Saddiq
Consultant Urological Surgeon
""",
  notes="Hard negative: an accepted suspected-cancer referral; the hospital arranges the tests and gives results; the conditional MDT step is not a request.")

# ---- 90. MSK physiotherapy (PDF): discharged after completing treatment (hard negative)
p = Pt("Mrs", "Anwen", "Ruddick", "1977-10-19")
L(kind="clinic_letter", trust="brk", specialty="MSK Physiotherapy", clinician="Ms Rachel Okonjo",
  pt=p, event="2026-12-03", ldate="2026-12-04", sent="2026-12-08 12:20", fmt="pdf",
  subject="Brackenfold MSK Physiotherapy - discharge letter",
  body=f"""{TRUSTS['brk']['name']}
MSK Physiotherapy Service
{TRUSTS['brk']['site']}, {TRUSTS['brk']['addr']}

Final session: 03/12/2026
Letter: 04/12/2026

{gp('Dr H Lindqvist')}

Dear Dr Lindqvist

{p.nm}, DOB {p.dob}, NHS {p.nhs_s}
Condition: Left plantar heel pain

Mrs Ruddick has completed six sessions of physiotherapy with a calf and plantar fascia loading programme and footwear advice. Her pain has fallen from 7/10 to 1/10 and she is back to walking her dog for an hour.

She has been discharged with a home exercise programme. Should her symptoms recur, she may self-refer to our service within 6 months without seeing her GP.

Kind regards

Ms Rachel Okonjo
Clinical Specialist Physiotherapist
""",
  notes="Hard negative: discharge after completed treatment; a conditional self-referral route for the patient.")

# ---- 91. Paediatrics (DOCX) to parents: bloods at our day unit (hard negative)
p = Pt("", "Noah", "Featherstone", "2020-04-30")
L(kind="clinic_letter", trust="lark", specialty="Paediatrics", clinician="Dr Precious Adebayo-Lynn",
  pt=p, event="2026-11-26", ldate="2026-11-27", sent="2026-12-01 10:02", fmt="docx",
  subject="Larkhill Children's Hospital - letter to parents - Noah Featherstone",
  body=f"""{LH('lark', 'General Paediatrics')}

Clinic date: 26th November 2026
Letter date: 27th November 2026

Mr and Mrs Featherstone
5 Osier Close, Millbrook QM7 4KK

Dear Mr and Mrs Featherstone

Noah Featherstone, born {p.dobl}, NHS number {p.nhs_s}

Thank you for bringing Noah to clinic. His weight has dropped from the 25th to the 9th centile over the last year and he has had loose stools on and off. He is otherwise bright and active.

We will arrange blood tests, including a test for coeliac disease, at our children's day unit, where the play specialists can help. The day unit will phone you with a date. We will also test a stool sample, and I have given you the pot and the form.

I will phone you with the results and we will see Noah again in clinic in 6 weeks. Noah's GP does not need to do anything at this stage.

Yours sincerely

Dr Precious Adebayo-Lynn
Consultant Paediatrician

cc Dr S Penhaligon, Millbrook Medical Centre
""",
  notes="Hard negative: the hospital arranges the child's tests at its day unit and gives the results itself; 'Noah's GP does not need to do anything'.")

# ======================= LETTERS END =======================


# --------------------------------------------------------------------------------------------
# Markup -> blocks
# --------------------------------------------------------------------------------------------

def parse_markup(body: str) -> tuple[list, list[dict]]:
    expected: list[dict] = []

    def take(m: re.Match) -> str:
        expected.append({"category": CODES[m.group(1)], "evidence": m.group(2)})
        return m.group(2)

    text = MARK.sub(take, body)
    assert "[[" not in text and "]]" not in text, text
    blocks: list = []
    para: list[str] = []

    def flush() -> None:
        if para:
            blocks.append(("p", list(para)))
            para.clear()

    for raw in text.strip("\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            flush()
        elif line.startswith("# "):
            flush()
            blocks.append(("h", line[2:].strip()))
        elif line.startswith("- "):
            flush()
            if blocks and blocks[-1][0] == "ul":
                blocks[-1][1].append(line[2:].strip())
            else:
                blocks.append(("ul", [line[2:].strip()]))
        elif re.match(r"^\d{1,2}[.)] ", line):
            flush()
            if blocks and blocks[-1][0] == "ol":
                blocks[-1][1].append(line.strip())
            else:
                blocks.append(("ol", [line.strip()]))
        elif line.startswith("|"):
            flush()
            header = line.startswith("|!")
            cells = [c.strip() for c in line.strip().lstrip("|!").rstrip("|").split("|")]
            row = (header, cells)
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(row)
            else:
                blocks.append(("table", [row]))
        elif line.strip() == "---":
            flush()
            blocks.append(("hr", None))
        else:
            para.append(line.strip() if not line.startswith("  ") else line)
    flush()
    return blocks, expected


# --------------------------------------------------------------------------------------------
# Renderers
# --------------------------------------------------------------------------------------------

def _wrap(line: str, width: int, first: str = "", rest: str = "") -> list[str]:
    if not width or len(first + line) <= width:
        return [first + line]
    return textwrap.wrap(line, width, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False)


def render_plain(blocks: list, width: int = 76, hstyle: str = "underline") -> str:
    out: list[str] = []
    for kind, val in blocks:
        if kind == "p":
            for line in val:
                out.extend(_wrap(line, width))
            out.append("")
        elif kind == "h":
            if hstyle == "underline":
                out += [val, "-" * len(val)]
            elif hstyle == "upper":
                out += [val.upper()]
            else:
                out += [val + ":"]
        elif kind == "ul":
            for item in val:
                out.extend(_wrap(item, width, "- ", "  "))
            out.append("")
        elif kind == "ol":
            for item in val:
                out.extend(_wrap(item, width, "", "   "))
            out.append("")
        elif kind == "table":
            for _hdr, cells in val:
                if len(cells) == 2 and cells[1] == "":
                    out.extend(_wrap(cells[0], width))
                elif len(cells) == 2:
                    out.extend(_wrap(f"{cells[0]}: {cells[1]}", width, "", "    "))
                else:
                    out.extend(_wrap(" | ".join(cells), width, "", "    "))
            out.append("")
        elif kind == "hr":
            out += ["-" * (width or 60), ""]
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def _h(s: str) -> str:
    return htmlmod.escape(s, quote=False)


def render_html(blocks: list, colour: str = "#005EB8") -> str:
    parts = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
             "<style>body{font-family:Arial,Helvetica,sans-serif;font-size:11pt;color:#212b32}"
             "table.g{border-collapse:collapse;margin:6px 0}table.g td,table.g th{border:1px solid #8a8a8a;"
             "padding:3px 7px;vertical-align:top;text-align:left}h3{margin:12px 0 4px 0;color:" + colour + "}"
             "</style></head>", "<body>"]
    first = True
    for kind, val in blocks:
        if kind == "p":
            lines = [_h(x.strip()) for x in val]
            if first:
                lines[0] = f'<span style="font-size:15pt;font-weight:bold;color:{colour}">{lines[0]}</span>'
                parts.append('<div style="text-align:right">' + "<br>\n".join(lines) + "</div><hr>")
            else:
                parts.append("<p>" + "<br>\n".join(lines) + "</p>")
        elif kind == "h":
            parts.append(f"<h3>{_h(val)}</h3>")
        elif kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{_h(x)}</li>\n" for x in val) + "</ul>")
        elif kind == "ol":
            parts.append('<ol style="list-style:none;padding-left:8px">'
                         + "".join(f"<li>{_h(x)}</li>\n" for x in val) + "</ol>")
        elif kind == "table":
            rows = []
            for hdr, cells in val:
                tag = "th" if hdr else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{_h(c)}</{tag}>" for c in cells) + "</tr>")
            parts.append('<table class="g">\n' + "\n".join(rows) + "\n</table>")
        elif kind == "hr":
            parts.append("<hr>")
        first = False
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


FIXED_PDF_TIME = None


def render_pdf(blocks: list, title: str, author: str, creator: str) -> bytes:
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.platypus.flowables import HRFlowable

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=5)
    head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=11, leading=14,
                          spaceBefore=6, spaceAfter=3)
    top = ParagraphStyle("top", parent=body, alignment=2)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=3, spaceAfter=2)
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11.5)
    story = []
    first = True
    for kind, val in blocks:
        if kind == "p":
            lines = [xml_escape(x.strip()) for x in val]
            if first:
                lines[0] = f'<font name="Helvetica-Bold" size="13">{lines[0]}</font>'
                story.append(Paragraph("<br/>".join(lines), top))
                story.append(HRFlowable(width="100%", thickness=0.8, color=colors.HexColor("#005EB8")))
                story.append(Spacer(1, 6))
            else:
                story.append(Paragraph("<br/>".join(lines), body))
        elif kind == "h":
            story.append(Paragraph(xml_escape(val), head))
        elif kind == "ul":
            for x in val:
                story.append(Paragraph(xml_escape(x), bullet, bulletText="-"))
            story.append(Spacer(1, 4))
        elif kind == "ol":
            for x in val:
                story.append(Paragraph(xml_escape(x), bullet))
            story.append(Spacer(1, 4))
        elif kind == "table":
            ncol = max(len(c) for _h2, c in val)
            avail = A4[0] - 100
            widths = [avail * 0.32, avail * 0.68] if ncol == 2 else [avail / ncol] * ncol
            data = []
            for _hdr, cells in val:
                cells = cells + [""] * (ncol - len(cells))
                data.append([Paragraph(xml_escape(c), cell) for c in cells])
            t = Table(data, colWidths=widths)
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if val[0][0]:
                style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EDEE")))
            t.setStyle(TableStyle(style))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "hr":
            story.append(HRFlowable(width="100%", thickness=0.5, color=colors.grey))
        first = False
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=50, rightMargin=50, topMargin=40,
                            bottomMargin=40, title=title, author=author, creator=creator,
                            subject="Clinical correspondence", invariant=1)
    doc.build(story)
    return buf.getvalue()


def _fix_zip(data: bytes) -> bytes:
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def render_docx(blocks: list, header: str, author: str, when: datetime) -> bytes:
    import docx
    from docx.shared import Pt as DPt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = DPt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header
    sec.footer.paragraphs[0].text = "Confidential - contains patient identifiable information"
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = "Clinical letter"
    cp.created = when.replace(tzinfo=None)
    cp.modified = when.replace(tzinfo=None)
    cp.revision = 1
    first = True
    for kind, val in blocks:
        if kind == "p":
            for i, line in enumerate(val):
                para = d.add_paragraph()
                run = para.add_run(line.strip())
                if first and i == 0:
                    run.bold = True
                    run.font.size = DPt(14)
        elif kind == "h":
            d.add_heading(val, level=2)
        elif kind == "ul":
            for x in val:
                d.add_paragraph(x, style="List Bullet")
        elif kind == "ol":
            for x in val:
                d.add_paragraph(x)
        elif kind == "table":
            ncol = max(len(c) for _h2, c in val)
            t = d.add_table(rows=len(val), cols=ncol)
            t.style = "Table Grid"
            for r, (hdr, cells) in enumerate(val):
                for c, txt in enumerate(cells):
                    t.cell(r, c).text = txt
                    if hdr:
                        for run in t.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
        elif kind == "hr":
            d.add_paragraph("_" * 40)
        first = False
    buf = io.BytesIO()
    d.save(buf)
    return _fix_zip(buf.getvalue())


# --------------------------------------------------------------------------------------------
# Messages
# --------------------------------------------------------------------------------------------

SHORT = {"fen": "Fenbridge Hospitals", "hol": "Hollowmere UH", "sal": "Saltings Bay", "car": "Carrow Vale",
         "brk": "Brackenfold Community", "thn": "Thornleigh MHP", "lark": "Larkhill Children's",
         "qa": "Queen Adela UH", "wen": "Wendover Cross", "ash": "Ashcombe & Tilney"}
KIND_WORDS = {"clinic_letter": "Clinic Letter", "discharge_summary": "Discharge Summary",
              "referral_response": "Referral Response", "results": "Results Letter",
              "ed_letter": "Emergency Department Letter"}
DOCX_TYPE = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def _msgid(sent: datetime, n: int, domain: str) -> str:
    stamp = sent.strftime("%Y%m%d%H%M%S")
    h = hashlib.sha1(f"{stamp}{n}{domain}".encode()).hexdigest()[:10].upper()
    if domain == "nhs.net":
        return f"<{h}{stamp[-6:]}.{n:03d}@GBR01-LO2-obe.outlook.com>"
    return f"<{stamp}.{h}@{domain}>"


def _fix_boundaries(msg: EmailMessage, n: int) -> None:
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"=_own{n:03d}_part{i}_7d3b")
            i += 1


def cover_text(spec: dict, fname: str) -> str:
    t = TRUSTS[spec["trust"]]
    return (f"This e-mail contains correspondence from {t['name']} about a patient registered "
            f"with your practice.\n\nDocument: {KIND_WORDS[spec['kind']]}\n"
            f"Department: {spec['specialty']}\nAttached: {fname}\n\n"
            "This mailbox is not monitored. Please do not reply to this message; the contact "
            "details for the clinical team are on the letter.\n\n"
            "This message and any attachment are confidential and intended solely for the "
            "addressee. If you have received it in error please notify the sender and delete it.\n")


def build_letter(spec: dict, n: int) -> tuple[bytes, list[dict]]:
    t = TRUSTS[spec["trust"]]
    sent = dt(spec["sent"])
    blocks, expected = parse_markup(spec["body"])
    msg = EmailMessage()
    sender = t["ds_mail"] if spec["kind"] == "discharge_summary" else t["mail"]
    disp = f"{SHORT[spec['trust']]} {'eDischarge' if spec['kind'] == 'discharge_summary' else 'Letters'}"
    msg["From"] = f"{disp} <{sender}>"
    msg["To"] = PRACTICE
    msg["Subject"] = spec["subject"]
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = _msgid(sent, n, t["mid"])
    if t.get("mailer"):
        msg["X-Mailer"] = t["mailer"]
    fmt = spec["fmt"]
    if fmt == "plain":
        msg.set_content(render_plain(blocks, spec.get("width", 76), spec.get("hstyle", "underline")))
    elif fmt == "html":
        html = render_html(blocks)
        if spec.get("alt"):
            msg.set_content(render_plain(blocks, 76, spec.get("hstyle", "underline")))
            msg.add_alternative(html, subtype="html")
        else:
            msg.set_content(html, subtype="html")
    else:
        ref = re.sub(r"\W", "", spec["pt"].last.upper())[:8]
        stamp = sent.strftime("%Y%m%d")
        if fmt == "pdf":
            fname = spec.get("fname", f"{spec['kind'].split('_')[0].upper()}_{ref}_{stamp}.pdf")
            data = render_pdf(blocks, f"{KIND_WORDS[spec['kind']]} - {spec['specialty']}",
                              "Medical Secretaries", t["mailer"] or t["label"])
            mtype = ("application", "pdf")
        else:
            fname = spec.get("fname", f"{spec['kind'].split('_')[0]}_{ref}_{stamp}.docx")
            data = render_docx(blocks, f"{t['name']} | {t['site']}", "Medical Secretaries",
                               sent - timedelta(hours=2))
            mtype = DOCX_TYPE
        msg.set_content(cover_text(spec, fname))
        msg.add_attachment(data, maintype=mtype[0], subtype=mtype[1], filename=fname)
    _fix_boundaries(msg, n)
    return msg.as_bytes(policy=policy.SMTP), expected


def letter_label(spec: dict, ident: str, expected: list[dict]) -> dict:
    return {
        "id": ident,
        "file": f"{ident}.eml",
        "kind": spec["kind"],
        "trust": TRUSTS[spec["trust"]]["name"],
        "specialty": spec["specialty"],
        "clinician": spec["clinician"],
        "patient": spec["pt"].label(),
        "event_date": spec["event"],
        "letter_date": spec["ldate"],
        "expected": expected,
        "urgent_clinical_action": bool(spec.get("urgent", False)),
        "notes": spec["notes"],
    }


# --------------------------------------------------------------------------------------------
# Other messages (nothing to detect, never to be answered)
# --------------------------------------------------------------------------------------------

def O(sent: str, notes: str, trust: str | None = None):
    def deco(fn):
        OTHERS.append({"sent": sent, "notes": notes, "trust": trust, "build": fn})
        return fn
    return deco


def base(frm: str, subject: str, sent: datetime, n: int, domain: str, to: str = PRACTICE) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = _msgid(sent, n, domain)
    return msg


def ds_part(text: str) -> EmailMessage:
    """A message/delivery-status part: a list of header blocks."""
    from email.parser import Parser
    part = EmailMessage()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload([Parser(policy=policy.default).parsestr(b.strip() + "\n\n")
                      for b in text.strip().split("\n\n")])
    return part


def practice_id(tag: str) -> str:
    h = hashlib.sha1(tag.encode()).hexdigest()[:16].upper()
    return f"<LO4P265MB{h[:12]}@LO4P265MB{h[12:]}.GBRP265.PROD.OUTLOOK.COM>"


@O("2026-11-09 08:31", "Out-of-office auto-reply (Auto-Submitted: auto-replied) from a rheumatologist to the practice's e-mail.", "fen")
def _ooo1(n, sent):
    m = base("Dr Imogen Castellano <imogen.castellano@fenbridge-hospitals.nhs.uk>",
             "Automatic reply: Returned request - Mrs Deborah Ainsworth (F2210874)", sent, n,
             TRUSTS["fen"]["mid"])
    m["In-Reply-To"] = practice_id("ooo1")
    m["Auto-Submitted"] = "auto-replied"
    m["X-Auto-Response-Suppress"] = "All"
    m.set_content("Thank you for your message. I am away from the hospital until Monday 16 November "
                  "2026 and will not be checking e-mail.\n\nFor urgent rheumatology advice please ring "
                  "the rheumatology advice line on 01632 960244 (Monday to Friday, 9am to 4pm), or ask "
                  "for the on-call registrar via switchboard on 01632 960200.\n\nDr Imogen Castellano\n"
                  "Consultant Rheumatologist\nFenbridge Hospitals NHS Foundation Trust\n")
    return m


@O("2026-11-20 16:02", "Out-of-office reply from a medical secretary in an nhs.net mailbox; mentions the GP only as a signpost for patients.", "hol")
def _ooo2(n, sent):
    m = base("Carly Oyston <carly.oyston@nhs.net>",
             "Out of Office: Returned request - Mr Kieran Oduya", sent, n, "nhs.net")
    m["In-Reply-To"] = practice_id("ooo2")
    m["References"] = practice_id("ooo2")
    m["Auto-Submitted"] = "auto-replied"
    m.set_content("Hello,\n\nI am out of the office until 30/11/2026. Your e-mail has not been "
                  "forwarded.\n\nGastroenterology secretaries can be reached on 0113 496 0362. "
                  "Patients with questions about medication should speak to their community "
                  "pharmacist or GP.\n\nCarly Oyston\nMedical Secretary to Dr F Adeyemi-Clarke\n"
                  "Hollowmere University Hospitals NHS Trust\n")
    return m


@O("2026-12-07 12:44", "Auto-reply from a mental-health team mailbox (Auto-Submitted plus X-Autoreply) with a signpost to the GP for patients; not a request to the practice.", "thn")
def _ooo3(n, sent):
    m = base("North Thornleigh CMHT <thornleigh.northcmht@nhs.net>",
             "Automatic reply: Lithium monitoring - Mr Jordan Whitlock", sent, n, "nhs.net")
    m["In-Reply-To"] = practice_id("ooo3")
    m["Auto-Submitted"] = "auto-replied"
    m["X-Autoreply"] = "yes"
    m.set_content("Thank you for contacting North Thornleigh Community Mental Health Team. This "
                  "mailbox is checked twice a day on weekdays.\n\nIf you are a patient and need a "
                  "repeat prescription, please contact your GP practice. If you are in crisis, "
                  "please ring the 24-hour crisis line on 0161 496 0599 or call 111 and choose the "
                  "mental health option.\n\nPlease do not reply to this automatic message.\n")
    return m


@O("2026-11-25 10:15", "Delivery failure report (multipart/report; delivery-status) for the practice's own e-mail, with the original headers only.")
def _dsn1(n, sent):
    m = base("Mail Delivery System <MAILER-DAEMON@nhs.net>",
             "Undeliverable: Returned request - Mr Craig Bannerman", sent, n, "nhs.net")
    m["Auto-Submitted"] = "auto-replied"
    m.set_content("Delivery has failed to these recipients or groups:\n\n"
                  "fractureclinic.ashcombe@nhs.net\nThe e-mail address you entered couldn't be "
                  "found. Please check the recipient's e-mail address and try to resend the "
                  "message.\n\nDiagnostic information for administrators:\nGenerating server: "
                  "CWLP265MB2210.GBRP265.PROD.OUTLOOK.COM\nRemote server returned "
                  "'550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n")
    m.make_mixed()
    m.replace_header("Content-Type", "multipart/report")
    m.set_param("report-type", "delivery-status")
    status = ds_part("Reporting-MTA: dns; CWLP265MB2210.GBRP265.PROD.OUTLOOK.COM\n\n"
                       "Final-Recipient: rfc822; fractureclinic.ashcombe@nhs.net\nAction: failed\n"
                       "Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 RESOLVER.ADR.RecipNotFound\n")
    m.attach(status)
    hdrs = EmailMessage()
    hdrs.set_content(f"From: {PRACTICE}\nTo: fractureclinic.ashcombe@nhs.net\n"
                     "Subject: Returned request - Mr Craig Bannerman\n"
                     "Date: Wed, 25 Nov 2026 10:14:00 +0000\n"
                     f"Message-ID: {practice_id('dsn1')}\n")
    hdrs.replace_header("Content-Type", "text/rfc822-headers")
    m.attach(hdrs)
    return m


@O("2026-12-02 14:07", "Delivery failure (multipart/report) that returns the practice's own letter as message/rfc822; the returned letter quotes the hospital's request word for word and must not be detected.")
def _dsn2(n, sent):
    m = base("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nhs.net>",
             "Undeliverable: Your letter of 18 November - Mrs Brenda Holroyd", sent, n, "nhs.net")
    m["Auto-Submitted"] = "auto-replied"
    m.set_content("Your message to respiratory.secretaries@hollowmere.nhs.uk couldn't be delivered.\n\n"
                  "respiratory.secretaries wasn't found at hollowmere.nhs.uk.\n\n"
                  "How to Fix It\nThe address may be misspelled or may not exist.\n")
    m.make_mixed()
    m.replace_header("Content-Type", "multipart/report")
    m.set_param("report-type", "delivery-status")
    status = ds_part("Reporting-MTA: dns; LO4P265MB5521.GBRP265.PROD.OUTLOOK.COM\n\n"
                       "Final-Recipient: rfc822; respiratory.secretaries@hollowmere.nhs.uk\n"
                       "Action: failed\nStatus: 5.1.10\n")
    m.attach(status)
    orig = base(PRACTICE, "Your letter of 18 November - Mrs Brenda Holroyd",
                dt("2026-12-02 14:05"), n, "nhs.net", to="respiratory.secretaries@hollowmere.nhs.uk")
    orig.set_content(
        "Dear Dr Qureshi\n\nRe: Mrs Brenda Holroyd, NHS number withheld in this copy\n\n"
        "Your discharge summary asked the practice to do the following:\n\n"
        "  \"Repeat CXR in 6/52 - GP to request\"\n"
        "  \"Sputum culture pending at discharge, GP to follow up result and treat if needed\"\n\n"
        "These are tasks for the team that ordered the tests. Under the NHS Standard Contract the "
        "clinician who requests an investigation arranges it and acts on the result. We have not "
        "taken them on and we have told Mrs Holroyd that the hospital will contact her.\n\n"
        "Yours sincerely\n\nDr H Lindqvist\nMillbrook Medical Centre\n")
    wrapper = EmailMessage()
    wrapper.set_content(orig)
    m.attach(wrapper)
    return m


@O("2026-11-30 09:12", "Read receipt (multipart/report; disposition-notification) for the practice's own e-mail.", "car")
def _mdn(n, sent):
    m = base("Urology Secretaries <urology.secretaries@carrowvale.nhs.uk>",
             "Read: Returned request - Mr Harold Pennock", sent, n, TRUSTS["car"]["mid"])
    m["Auto-Submitted"] = "auto-replied"
    m.set_content("Your message\n\n  To: urology.secretaries@carrowvale.nhs.uk\n"
                  "  Subject: Returned request - Mr Harold Pennock\n  Sent: 27/11/2026 16:40\n\n"
                  "was read on 30/11/2026 09:12.\n")
    m.make_mixed()
    m.replace_header("Content-Type", "multipart/report")
    m.set_param("report-type", "disposition-notification")
    dn = ds_part("Reporting-UA: carrowvale.nhs.uk; Microsoft Outlook 16.0\n"
                 f"Original-Message-ID: {practice_id('mdn')}\n"
                 "Disposition: manual-action/MDN-sent-manually; displayed\n")
    dn.replace_header("Content-Type", "message/disposition-notification")
    m.attach(dn)
    return m


LMC_HTML = """<html><body style="font-family:Verdana,sans-serif;font-size:10pt">
<h2>Fenbridge &amp; Hollowmere LMC - GP Bulletin, November 2026</h2>
<p>Dear colleagues,</p>
<h3>Workload shift: keep returning it</h3>
<p>Practices are still receiving requests that belong with the provider. Examples sent to us this month
include:</p>
<ul>
<li>&ldquo;GP to chase histology and inform patient&rdquo;</li>
<li>&ldquo;Please could you prescribe the remaining 3 days of antibiotics&rdquo;</li>
<li>&ldquo;Discharged following DNA, please re-refer if still required&rdquo;</li>
<li>&ldquo;Patient to see GP for a fit note&rdquo;</li>
<li>&ldquo;Practice nurse to remove clips at day 10&rdquo;</li>
</ul>
<p>Our template letters for returning these are on the LMC website. Please copy the LMC into returns
(with identifiers removed) so we can raise themes at the interface group.</p>
<h3>Flu and COVID-19 vaccination</h3>
<p>Uptake among over-65s is 71% across the two places. Thank you for your efforts.</p>
<h3>Pensions webinar</h3>
<p>Our next pensions webinar is on 9 December 2026 at 19:30. Book via the website.</p>
<p style="font-size:8pt;color:#777">You are receiving this because your practice is a member of
Fenbridge &amp; Hollowmere LMC. <a href="https://lmc.example.org/unsubscribe">Unsubscribe</a></p>
</body></html>
"""


@O("2026-11-26 07:00", "LMC bulletin (List-Id, Precedence: bulk) that quotes typical requests; a newsletter, not a provider letter.")
def _lmc(n, sent):
    m = base("Fenbridge & Hollowmere LMC <bulletin@lmc.example.org>",
             "LMC Bulletin - November 2026", sent, n, "lists.lmc.example.org")
    m["List-Id"] = "LMC GP bulletin <bulletin.lmc.example.org>"
    m["List-Unsubscribe"] = "<https://lmc.example.org/unsubscribe>"
    m["Precedence"] = "bulk"
    m.set_content("LMC Bulletin - November 2026 (plain-text version).\n\nWorkload shift: keep "
                  "returning it. Examples this month: 'GP to chase histology and inform patient'; "
                  "'Please could you prescribe the remaining 3 days of antibiotics'; 'Discharged "
                  "following DNA, please re-refer if still required'.\n")
    m.add_alternative(LMC_HTML, subtype="html")
    return m


@O("2026-11-03 12:00", "ICB primary-care bulletin (List-Id, Precedence: list) in plain text.")
def _icb(n, sent):
    m = base("Fenbridge and Hollowmere ICB <primarycare.comms@nhs.net>",
             "Primary Care Update - week 45", sent, n, "nhs.net")
    m["List-Id"] = "Primary care update <primarycare-update.fhicb.nhs.uk>"
    m["Precedence"] = "list"
    m.set_content(textwrap.fill(
        "Primary Care Update, week 45. 1. Winter access fund: claims for November must be "
        "submitted by 4 December. 2. Phlebotomy: from 1 December the hospital phlebotomy hub at "
        "Fenbridge General will take walk-ins for hospital-requested bloods only; GP-requested "
        "bloods continue at practices. 3. Advice and Guidance: please use A&G where clinically "
        "appropriate before a planned referral, in line with the 2026/27 GP contract. 4. "
        "Training: the next protected learning time session is on 19 November.", 74) + "\n")
    return m


TRUST_NEWS = """<html><body style="font-family:Arial;font-size:11pt">
<p style="font-size:16pt;color:#005EB8"><b>Fenbridge Hospitals - GP Connect newsletter</b></p>
<p>Issue 14 &middot; December 2026</p>
<h3>Pre-clinic bloods now booked by us</h3>
<p>Our outpatient teams will now book any blood tests they need before a clinic at our phlebotomy hub.
If a letter asks you to arrange them, please let the department know so we can correct it.</p>
<h3>New ambulatory care phone line</h3>
<p>GPs can reach the ambulatory care unit directly on 01632 960277 from 08:00 to 20:00.</p>
<h3>Consultant appointments</h3>
<p>We welcome Dr Olivia Strachan-Moore (Respiratory) and Mr Tobias Wrenfield (Upper GI Surgery).</p>
<p style="font-size:8pt">To stop receiving this newsletter, reply with UNSUBSCRIBE.</p>
</body></html>
"""


@O("2026-12-01 08:30", "Trust newsletter to GPs (List-Id, Precedence: bulk); mentions requests only in general.", "fen")
def _trustnews(n, sent):
    m = base("Fenbridge Hospitals Communications <comms@fenbridge-hospitals.nhs.uk>",
             "GP Connect newsletter - December 2026", sent, n, TRUSTS["fen"]["mid"])
    m["List-Id"] = "GP Connect newsletter <gpconnect.fenbridge-hospitals.nhs.uk>"
    m["Precedence"] = "bulk"
    m.set_content(TRUST_NEWS, subtype="html")
    return m


@O("2026-12-04 19:26", "Patient e-mail asking for the MRI result the neurology letter told her to get from the GP.")
def _pt1(n, sent):
    m = base("Yvette Garside <yvette.garside@example.com>", "MRI result please", sent, n, "mail.example.com")
    m.set_content("Hello,\n\nI had my MRI scan at Queen Adela two weeks ago. The neurologist (Dr "
                  "Mbeki-Hart) wrote that my GP would be able to give me the results, so please "
                  "could someone ring me when they are in? My mobile is 07700 900418.\n\n"
                  "Many thanks\nYvette Garside (DOB 07/07/1984)\n")
    return m


@O("2026-11-16 10:03", "Patient e-mail asking for a fit note after cardiac surgery (linked to an earlier discharge summary).")
def _pt2(n, sent):
    m = base("Des Achterberg <des.achterberg@example.com>", "sick note", sent, n, "mail.example.com")
    m.set_content("Hi\n\nI was discharged from Wendover Cross after my heart bypass last week and "
                  "they said I need to get my sick note from you for 8 weeks. My employer needs it "
                  "by Friday. Can I pick it up from reception?\n\nThanks\nDesmond Achterberg\n")
    return m


@O("2026-11-11 21:40", "Patient e-mail asking for a routine appointment and a repeat prescription.")
def _pt3(n, sent):
    m = base("Lindsay Porter <l.porter82@example.net>", "appointment and inhaler", sent, n, "mx.example.net")
    m.set_content("Dear surgery,\n\nCould I book a telephone appointment with Dr Penhaligon next "
                  "week about my asthma please? I am also running low on my brown inhaler, could "
                  "you send a prescription to the Boots on the High Street?\n\nKind regards\n"
                  "Lindsay Porter\n15 Cobble Lane\n")
    return m


@O("2026-11-27 13:15", "Patient complaint e-mail quoting the hospital's 'contact your GP' advice; from a patient, not a provider.")
def _pt4(n, sent):
    m = base("Frank Doherty <frankdoherty@example.com>", "Hospital appointment - still waiting",
             sent, n, "mail.example.com")
    m.set_content("To whom it may concern\n\nI was referred to the Ashcombe eye clinic in July and "
                  "still have no date. When I rang the hospital they said \"please contact your GP "
                  "to chase your appointment\". Can you please do this for me as I am struggling to "
                  "read?\n\nFrank Doherty\n")
    return m


@O("2026-12-09 08:55", "A patient forwarding her own hospital letter (Fwd:) with a question; the quoted letter's request wording is not a provider letter to the practice.")
def _pt5(n, sent):
    m = base("Bernadette Coyle <bernie.coyle@example.com>", "Fwd: letter from the chest clinic",
             sent, n, "mail.example.com")
    m.set_content("Hi, the hospital sent me a copy of this. Does this mean I need to book something "
                  "with you? Bernie\n\n---------- Forwarded message ---------\nFrom: Carrow Vale "
                  "Hospitals\nSubject: Respiratory clinic\n\n> Diagnosis: obesity, daytime "
                  "sleepiness, Epworth score 16.\n> I would be grateful if you could refer her to "
                  "the sleep clinic for overnight oximetry.\n")
    return m


PHISH1 = """<html><body style="font-family:Segoe UI,Arial">
<p><img alt="NHSmail" src="https://nhsmail-support.example.net/logo.png"></p>
<p>Dear user,</p>
<p>Your NHSmail password expires <b>today</b>. To keep access to your mailbox and shared practice
mailboxes you must verify your account within 24 hours.</p>
<p><a href="https://nhsmail-verify.example.net/login?u=millbrook.mc">VERIFY MY ACCOUNT NOW</a></p>
<p>Failure to verify will result in permanent suspension.</p>
<p>NHSmail Support Team</p></body></html>
"""


@O("2026-11-18 03:12", "Phishing: fake NHSmail password-expiry notice from a look-alike domain.")
def _phish1(n, sent):
    m = base("NHSmail Support <no-reply@nhsmail-support.example.net>",
             "ACTION REQUIRED: NHSmail password expiry", sent, n, "nhsmail-support.example.net")
    m.set_content(PHISH1, subtype="html")
    return m


PHISH2 = """<html><body style="font-family:Arial">
<p>Hello,</p>
<p>You have received a document to review and sign: <b>Shared Care Agreement - Methotrexate.pdf</b></p>
<p>Sender: Fenbridge Pharmacy Department</p>
<p>Please could you review and sign the document within 48 hours.</p>
<p><a href="https://docs-sign.example.com/review?id=88213">REVIEW DOCUMENT</a></p>
<p>This message was sent by e-Sign Cloud. Do not share this e-mail.</p></body></html>
"""


@O("2026-12-10 11:48", "Phishing disguised as an e-signature request for a shared-care agreement; uses request words but is not from a provider.")
def _phish2(n, sent):
    m = base("e-Sign Cloud <notifications@docs-sign.example.com>",
             "Document for signature: Shared Care Agreement", sent, n, "docs-sign.example.com")
    m.set_content(PHISH2, subtype="html")
    return m


SPAM = """<html><body style="font-family:Arial">
<h2>Winter offer: 20% off consulting-room supplies</h2>
<p>Couch roll, gloves, sharps bins and more with next-day delivery to your practice.</p>
<p>Use code <b>WINTER20</b> at checkout. Offer ends 31 December.</p>
<p><a href="https://medsupplies.example.com">Shop now</a> | <a href="https://medsupplies.example.com/unsub">Unsubscribe</a></p>
</body></html>
"""


@O("2026-11-23 06:10", "Marketing spam.")
def _spam(n, sent):
    m = base("ClinicSupplies Direct <offers@medsupplies.example.com>",
             "Winter offer for Millbrook Medical Centre", sent, n, "medsupplies.example.com")
    m["List-Unsubscribe"] = "<https://medsupplies.example.com/unsub>"
    m.set_content(SPAM, subtype="html")
    return m


@O("2026-12-02 11:20", "Community pharmacy query from an nhs.net address about a short enoxaparin supply after a hip operation.")
def _pharm1(n, sent):
    m = base("Tanners Row Pharmacy <tannersrow.pharmacy@nhs.net>",
             "Enoxaparin for Mrs Cattermole", sent, n, "nhs.net")
    m.set_content("Hi Millbrook team,\n\nMrs Doreen Cattermole's daughter has come in with her "
                  "discharge letter from Saltings Bay. She was sent home with 5 days of enoxaparin "
                  "40 mg and the letter says the rest should come from the GP. She has 2 syringes "
                  "left. Could someone let us know whether a prescription is on its way?\n\nThanks\n"
                  "Priya (pharmacist)\nTanners Row Pharmacy, 01632 960881\n")
    return m


@O("2026-11-19 15:05", "Community pharmacy query about the lithium brand for a patient (pharmacy to practice, not a provider letter).")
def _pharm2(n, sent):
    m = base("Millbrook Pharmacy <millbrook.pharmacy@nhs.net>", "Priadel query - J Whitlock",
             sent, n, "nhs.net")
    m.set_content("Hello,\n\nWe have a prescription for lithium carbonate 400 mg MR tablets for "
                  "Jordan Whitlock written generically. Lithium should be prescribed by brand. "
                  "Please could the prescriber confirm it should be Priadel and re-issue?\n\n"
                  "Regards\nOwen Marsh MRPharmS\nMillbrook Pharmacy\n")
    return m


@O("2026-11-12 13:40", "A hospital secretary's RE: reply in a thread (In-Reply-To, References) about a returned request; the quoted text repeats the original request and must not be detected again.", "fen")
def _re1(n, sent):
    m = base("Sally Wetherell <sally.wetherell@fenbridge-hospitals.nhs.uk>",
             "RE: Returned request - Mrs Deborah Ainsworth (F2210874)", sent, n, TRUSTS["fen"]["mid"])
    pid = practice_id("re1")
    m["In-Reply-To"] = pid
    m["References"] = pid
    m["Thread-Topic"] = "Returned request - Mrs Deborah Ainsworth (F2210874)"
    m.set_content(
        "Dear Dr Achebe\n\nThank you for your letter. Dr Castellano has asked me to say that the "
        "rheumatology team will continue to prescribe and monitor Mrs Ainsworth's methotrexate "
        "until a shared care agreement has been sent to you and accepted. Our specialist nurse "
        "will arrange her blood tests.\n\nKind regards\n\nSally Wetherell\nMedical Secretary to "
        "Dr I Castellano\nFenbridge Hospitals NHS Foundation Trust\n\n"
        "-----Original Message-----\nFrom: Millbrook Medical Centre <millbrook.mc@nhs.net>\n"
        "Sent: 09 November 2026 08:29\nSubject: Returned request - Mrs Deborah Ainsworth "
        "(F2210874)\n\nDear Dr Castellano\n\nYour letter of 4 November asked: \"We would be "
        "grateful if you could take over prescribing of the Metoject 15 mg weekly pens from her "
        "next dose\" and \"GP to check FBC, U&Es and LFTs every 2 weeks for the first 3 months\". "
        "No shared care agreement has been offered to the practice, so we are returning these "
        "requests.\n\nDr R Achebe\n")
    return m


@O("2026-11-17 10:22", "A consultant's RE: reply confirming the hospital will arrange suture removal; quotes the original request wording.", "fen")
def _re2(n, sent):
    m = base("Tobias Wrenfield <tobias.wrenfield@fenbridge-hospitals.nhs.uk>",
             "RE: Suture removal - Mrs Alison Drayton", sent, n, TRUSTS["fen"]["mid"])
    pid = practice_id("re2")
    m["In-Reply-To"] = pid
    m["References"] = f"{practice_id('re2-root')} {pid}"
    m.set_content(
        "Thanks for flagging this. Our surgical wound clinic has booked Mrs Drayton for tomorrow "
        "and will remove the sutures there. I have asked our team to stop using the phrase in the "
        "day case template.\n\nTobias\n\nMr Tobias Wrenfield\nConsultant Upper GI Surgeon\n\n"
        "> On 13 Nov 2026, Millbrook Medical Centre wrote:\n> The discharge summary says "
        "\"Practice nurse to remove the interrupted sutures at 10 days\" and \"The patient will "
        "need a fit note for 2 weeks, which the GP can provide\". We are not commissioned for "
        "post-operative wound care.\n")
    return m


@O("2026-11-24 14:33", "Solicitor's subject access request on behalf of a patient (example.org).")
def _solicitor(n, sent):
    m = base("Records Team, Halden & Pike Solicitors <records@haldenpike.example.org>",
             "Subject access request - our ref HP/22871/RT", sent, n, "haldenpike.example.org")
    m.set_content("Dear Practice Manager\n\nWe act for Mr Stuart Kemble (DOB 03/02/1971) in a "
                  "personal injury claim. Please find attached his signed authority. We should be "
                  "grateful if you would provide a copy of his GP records from 1 January 2020 to "
                  "date under the UK GDPR within one calendar month.\n\nYours faithfully\n"
                  "Halden & Pike Solicitors\n")
    return m


@O("2026-12-08 09:41", "Care home e-mail asking for a visit; from a care provider, not a hospital letter.")
def _carehome(n, sent):
    m = base("Rosehill Care Home <manager@rosehill-care.example.org>",
             "Visit request - Mrs E Marchbank, room 12", sent, n, "rosehill-care.example.org")
    m.set_content("Good morning\n\nCould a GP please visit Mrs Evelyn Marchbank this week? She has "
                  "been more confused since Saturday and is not drinking well. Her observations "
                  "this morning were BP 104/62, pulse 96, temp 37.9. We have dipped her urine.\n\n"
                  "Thank you\nJoanne Ellery, Deputy Manager\nRosehill Care Home, 01632 960742\n")
    return m


@O("2026-11-30 16:20", "PCN meeting invitation with a text/calendar part.")
def _invite(n, sent):
    m = base("Millbrook & Carrow PCN <millbrookcarrow.pcn@nhs.net>",
             "Invitation: PCN clinical meeting - 10 Dec 2026 12:30", sent, n, "nhs.net")
    m.set_content("You are invited to the PCN clinical meeting on Thursday 10 December 2026, "
                  "12:30-13:30, on Microsoft Teams. Agenda: winter pressures, interface issues "
                  "log, anticipatory care.\n")
    ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
           "VERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:pcn-20261210-clinical@nhs.net\r\n"
           "DTSTAMP:20261130T162000Z\r\nDTSTART:20261210T123000Z\r\nDTEND:20261210T133000Z\r\n"
           "SUMMARY:PCN clinical meeting\r\nLOCATION:Microsoft Teams\r\nEND:VEVENT\r\n"
           "END:VCALENDAR\r\n")
    m.add_attachment(ics.encode(), maintype="text", subtype="calendar", filename="invite.ics",
                     params={"method": "REQUEST"})
    return m


@O("2026-12-11 07:15", "NHSmail system notification (mailbox quota).")
def _quota(n, sent):
    m = base("NHSmail <no-reply@nhs.net>", "Your mailbox is almost full", sent, n, "nhs.net")
    m["Auto-Submitted"] = "auto-generated"
    m.set_content("Your mailbox millbrook.mc@nhs.net is 92% full (45.9 GB of 50 GB). When it is "
                  "full you will not be able to send or receive messages. Please delete or "
                  "archive items you no longer need.\n\nThis is an automated message from "
                  "NHSmail. Please do not reply.\n")
    return m


@O("2026-11-15 08:06", "Outlook message-recall request from a hospital discharge mailbox; no letter content.", "hol")
def _recall(n, sent):
    m = base("Hollowmere eDischarge <hollowmere.discharges@nhs.net>",
             "Recall: Hollowmere eDischarge (sent in error)", sent, n, "nhs.net")
    m["X-MS-Exchange-Recall"] = "true"
    m.set_content("Hollowmere University Hospitals eDischarge would like to recall the message, "
                  "\"Hollowmere eDischarge\".\n")
    return m


# --------------------------------------------------------------------------------------------
# Build and verify
# --------------------------------------------------------------------------------------------

def ordered() -> list[tuple[str, str, dict]]:
    items = [(dt(s["sent"]), 0, i, "letter", s) for i, s in enumerate(LETTERS)]
    items += [(dt(s["sent"]), 1, i, "other", s) for i, s in enumerate(OTHERS)]
    items.sort(key=lambda x: (x[0], x[1], x[2]))
    return [(f"own-{k:03d}", kind, spec) for k, (_d, _o, _i, kind, spec) in enumerate(items, 1)]


def build_all() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("own-*.eml"):
        old.unlink()
    labels = []
    for n, (ident, kind, spec) in enumerate(ordered(), 1):
        if kind == "letter":
            data, expected = build_letter(spec, n)
            labels.append(letter_label(spec, ident, expected))
        else:
            msg = spec["build"](n, dt(spec["sent"]))
            _fix_boundaries(msg, n)
            data = msg.as_bytes(policy=policy.SMTP)
            labels.append({
                "id": ident, "file": f"{ident}.eml", "kind": "other",
                "trust": TRUSTS[spec["trust"]]["name"] if spec["trust"] else None,
                "specialty": None, "clinician": None, "patient": None, "event_date": None,
                "letter_date": None, "expected": [], "urgent_clinical_action": False,
                "notes": spec["notes"],
            })
        (OUT / f"{ident}.eml").write_bytes(data)
    (OUT / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    print(f"wrote {len(labels)} messages to {OUT}")


def collapse(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _pdf_texts(data: bytes) -> list[str]:
    import pypdf
    texts = ["\n".join(pg.extract_text() or "" for pg in pypdf.PdfReader(io.BytesIO(data)).pages)]
    try:
        import pypdfium2 as pdfium
    except ImportError:
        return texts
    doc = pdfium.PdfDocument(data)
    texts.append("\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc))))
    return texts


def _docx_text(data: bytes) -> str:
    import docx
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out.append(" | ".join(c.text for c in row.cells))
    for sec in d.sections:
        for hf in (sec.header, sec.footer):
            out += [p.text for p in hf.paragraphs]
    return "\n".join(out)


def extract(msg) -> tuple[list[str], str]:
    """Text variants of a message (one per PDF extractor) and its format."""
    from bouncebot.reading.html import html_to_text
    common: list[str] = []
    pdf_variants: list[list[str]] = []
    fmt = "plain"
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = (part.get_filename() or "").lower()
        if ct == "application/pdf" or fn.endswith(".pdf"):
            pdf_variants.append(_pdf_texts(part.get_payload(decode=True)))
            fmt = "pdf"
        elif fn.endswith(".docx") or ct == "/".join(DOCX_TYPE):
            common.append(_docx_text(part.get_payload(decode=True)))
            fmt = "docx"
        elif ct == "text/html":
            common.append(html_to_text(part.get_content()))
            if fmt == "plain":
                fmt = "html"
        elif ct == "text/plain":
            common.append(part.get_content())
    if not pdf_variants:
        return [collapse("\n".join(common))], fmt
    nvar = max(len(v) for v in pdf_variants)
    out = []
    for k in range(nvar):
        out.append(collapse("\n".join(common + [v[min(k, len(v) - 1)] for v in pdf_variants])))
    return out, fmt


def verify() -> None:
    from nhs_number import is_valid
    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    specs = {ident: (kind, spec) for ident, kind, spec in ordered()}
    assert [l["id"] for l in labels] == list(specs), "labels out of step with the generator"
    files = sorted(p.name for p in OUT.glob("*.eml"))
    assert files == sorted(l["file"] for l in labels), "eml files and labels differ"
    errors: list[str] = []
    counts: dict = {"kind": {}, "format": {}, "category": {}, "trust": {}}
    fmt_of_letters: dict = {}
    urgent = urgent_plain = 0
    nhs_seen: dict[str, str] = {}
    for lab in labels:
        ident = lab["id"]
        kind_, spec = specs[ident]
        if list(lab) != LABEL_KEYS:
            errors.append(f"{ident}: label keys {list(lab)}")
        raw = (OUT / lab["file"]).read_bytes()
        if re.search(rb"(?<!\r)\n", raw):
            errors.append(f"{ident}: bare LF line ending")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        texts, fmt = extract(msg)
        counts["format"][fmt] = counts["format"].get(fmt, 0) + 1
        counts["kind"][lab["kind"]] = counts["kind"].get(lab["kind"], 0) + 1
        if lab["kind"] not in KINDS:
            errors.append(f"{ident}: bad kind")
        sent = parsedate_to_datetime(msg["Date"]).astimezone(LONDON)
        cats = [e["category"] for e in lab["expected"]]
        if len(cats) != len(set(cats)):
            errors.append(f"{ident}: duplicate category")
        for e in lab["expected"]:
            if e["category"] not in CODES.values():
                errors.append(f"{ident}: unknown category {e['category']}")
            ev = collapse(e["evidence"])
            for k, t in enumerate(texts):
                if ev not in t:
                    errors.append(f"{ident}: evidence not found (variant {k}): {ev!r}")
            counts["category"][e["category"]] = counts["category"].get(e["category"], 0) + 1
        if lab["urgent_clinical_action"]:
            urgent += 1
            urgent_plain += not cats
        if lab["kind"] == "other":
            if lab["expected"] or lab["patient"] is not None or lab["urgent_clinical_action"]:
                errors.append(f"{ident}: other message with expectations")
            continue
        fmt_of_letters[fmt] = fmt_of_letters.get(fmt, 0) + 1
        counts["trust"][lab["trust"]] = counts["trust"].get(lab["trust"], 0) + 1
        pt = lab["patient"]
        nhs = pt["nhs_number"]
        if not (is_valid(nhs) and nhs.startswith("999") and nhs_check_digit(nhs[:9]) == nhs[9]):
            errors.append(f"{ident}: invalid NHS number {nhs}")
        if nhs_seen.setdefault(nhs, pt["name"]) != pt["name"]:
            errors.append(f"{ident}: NHS number reused for another patient")
        t0 = texts[0]
        if nhs not in t0.replace(" ", ""):
            errors.append(f"{ident}: NHS number not in text")
        for what in (lab["trust"], lab["clinician"]):
            if collapse(what) not in t0:
                errors.append(f"{ident}: {what!r} not in text")
        if pt["name"].split()[-1].lower() not in t0.lower():
            errors.append(f"{ident}: patient surname not in text")
        if lab["specialty"].lower() not in t0.lower():
            print(f"  note {ident}: specialty {lab['specialty']!r} not verbatim in text")
        # timeliness
        late_cats = {"late_clinic_letter", "late_discharge_summary"} & set(cats)
        if lab["kind"] not in ("clinic_letter", "discharge_summary") and late_cats:
            errors.append(f"{ident}: late label on a {lab['kind']}")
        if lab["event_date"]:
            ev_day = date.fromisoformat(lab["event_date"])
            days = (sent.date() - ev_day).days
            if days < 0:
                errors.append(f"{ident}: sent before the event")
            if lab["kind"] == "clinic_letter":
                if days == 7:
                    errors.append(f"{ident}: clinic letter sent exactly 7 days after")
                late = days >= 8
                if late != ("late_clinic_letter" in cats):
                    errors.append(f"{ident}: late_clinic_letter label disagrees ({days} days)")
            elif lab["kind"] == "discharge_summary":
                if days == 1:
                    tstr = spec.get("dtime")
                    if not tstr or tstr not in t0:
                        errors.append(f"{ident}: next-day summary without a stated discharge time")
                        late = False
                    else:
                        hh, mm = map(int, tstr.split(":"))
                        d_at = datetime(ev_day.year, ev_day.month, ev_day.day, hh, mm, tzinfo=LONDON)
                        late = sent - d_at > timedelta(hours=24)
                else:
                    late = days >= 2
                if late != ("late_discharge_summary" in cats):
                    errors.append(f"{ident}: late_discharge_summary label disagrees ({days} days)")
            elif lab["kind"] == "ed_letter" and sent - datetime(ev_day.year, ev_day.month, ev_day.day, tzinfo=LONDON) > timedelta(hours=48):
                errors.append(f"{ident}: ED letter sent late")
        elif late_cats:
            errors.append(f"{ident}: late label without an event date")
    if errors:
        print("\n".join(errors))
        raise SystemExit(f"VERIFY FAILED: {len(errors)} problem(s)")
    n_letters = sum(v for k, v in counts["kind"].items() if k != "other")
    for c in TEXT_CATEGORIES:
        if counts["category"].get(c, 0) < 6:
            print(f"  warning: only {counts['category'].get(c, 0)} letters for {c}")
    print(f"verified {len(labels)} messages ({n_letters} provider letters)")
    print("kinds:", json.dumps(counts["kind"]))
    print("formats (all):", json.dumps(counts["format"]), " letters:", json.dumps(fmt_of_letters))
    print("categories:", json.dumps(dict(sorted(counts["category"].items()))))
    print(f"urgent: {urgent} ({urgent_plain} with no category);",
          "letters with no category:",
          sum(1 for l in labels if l["kind"] != "other" and not l["expected"]))
    print("trusts:", json.dumps(counts["trust"]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verify-only", action="store_true", help="only verify tests/corpus/own")
    args = ap.parse_args()
    if not args.verify_only:
        build_all()
    verify()


if __name__ == "__main__":
    main()
