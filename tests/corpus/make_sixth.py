#!/usr/bin/env python3
"""Build the sixth (independent, held-out) bouncebot corpus: tests/corpus/sixth/.

Written without reference to the detection rules. Everything is invented: the practice
(Kilnsey Road Surgery), five providers, clinicians, patients, addresses, telephone numbers
(Ofcom drama ranges) and NHS numbers (999 test range, valid under Modulus 11).
The build is deterministic.

    python3 tests/corpus/make_sixth.py            # build, then verify
    python3 tests/corpus/make_sixth.py --verify-only
"""
from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import html as htmlmod
import io
import json
import random
import re
import sys
import textwrap
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
from make_third import (  # noqa: E402  (generator infrastructure only)
    CATEGORIES,
    KINDS,
    collapse,
    esc,
    html_doc,
    make_docx,
    nhs,
    parse_markup,
    render_plain,
    spaced,
)

OUT = HERE / "sixth"
LONDON = ZoneInfo("Europe/London")
CRLF = email.policy.default.clone(linesep="\r\n")

PRACTICE = "Kilnsey Road Surgery"
PRACTICE_ADDR = "kilnseyroad.surgery@nhs.net"
PRACTICE_TO = f"{PRACTICE} <{PRACTICE_ADDR}>"
PRACTICE_POSTAL = "Kilnsey Road Surgery, 14 Kilnsey Road, Ambleford, QA3 7PX"

PROV = {
    "els": dict(
        name="Elswick University Teaching Hospitals NHS Foundation Trust",
        site="Elswick Royal Infirmary", addr=["Great Northgate", "Elswick", "QE1 4RA"],
        phone="0191 498 0236", domain="elswick-uth.nhs.uk",
        sender="Elswick UTH Clinical Correspondence <correspondence@elswick-uth.nhs.uk>",
        mailer="EUTH Lorenzo DocOut 11.2"),
    "amb": dict(
        name="Ambleford and Thistleford Hospitals NHS Trust",
        site="Ambleford General Hospital", addr=["Moor Lane", "Ambleford", "QA1 2DW"],
        phone="0113 496 0871", domain="ambleford-thistleford.nhs.uk",
        sender="ATH Letters <noreply-letters@ambleford-thistleford.nhs.uk>",
        mailer="ATH CliniDoc 4"),
    "lan": dict(
        name="Lantern Hill Children's Hospital NHS Foundation Trust",
        site="Lantern Hill Children's Hospital", addr=["Lantern Hill", "Corvale", "QC5 9HL"],
        phone="0117 496 0542", domain="lanternhill-childrens.nhs.uk",
        sender="Lantern Hill Children's Hospital <clinicalletters@lanternhill-childrens.nhs.uk>",
        mailer="LHCH ePaed Letters 2.4"),
    "mar": dict(
        name="Mardale Community and Mental Health NHS Trust",
        site="Wrenhurst House", addr=["12 Abbey Walk", "Ambleford", "QA2 6NS"],
        phone="0121 496 0315", domain="mardale-cmh.nhs.uk",
        sender="Mardale CMH Correspondence <mardale.correspondence@nhs.net>",
        mailer="SystmOne Correspondence"),
    "qui": dict(
        name="Quillon Healthcare Ltd",
        site="Quillon Park Hospital (NHS patients)", addr=["Oakhaven Business Park", "Pelham Road", "Ambleford", "QA9 1QH"],
        phone="01632 960 417", domain="quillonhealthcare.co.uk",
        sender="Quillon Park Hospital <nhs.correspondence@quillonhealthcare.co.uk>",
        mailer="Quillon ClinicLink 3.1"),
}


def nhs_for(k: int) -> str:
    """Deterministic valid 999-range NHS number from an integer seed."""
    while True:
        body = f"{(k * 48271 + 104729) % 1000000:06d}"
        try:
            return nhs(body)
        except ValueError:
            k += 1


_PT_SEED = [0]


def P(name, dob):
    _PT_SEED[0] += 1
    return {"name": name, "nhs_number": nhs_for(_PT_SEED[0] * 37 + 11), "dob": dob}


def ukdate(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def london(s: str) -> dt.datetime:
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=LONDON)


LETTERS: list[dict] = []
OTHERS: list[dict] = []


def letter(**kw):
    kw.setdefault("exp", [])
    kw.setdefault("urgent", False)
    kw.setdefault("ev_time", None)
    kw.setdefault("attach2", None)
    kw.setdefault("cover", None)
    kw.setdefault("hard_negative", False)
    LETTERS.append(kw)


def other(**kw):
    OTHERS.append(kw)


def fill(text: str, pt) -> str:
    """Substitute patient placeholders in a letter text."""
    return (textwrap.dedent(text).strip("\n")
            .replace("{NAME}", pt["name"])
            .replace("{DOB}", ukdate(pt["dob"]))
            .replace("{NHS}", spaced(pt["nhs_number"])))


# =========================================================================== letters
# Texts use make_third's tiny markup ("# head", "- bullet", "| a | b |") except fmt "raw", which
# is dictated plain text kept verbatim (with its odd hard wraps). "===" on its own line in a pdf2
# letter is a page break.

# --------------------------------------------------------------------------- Lantern Hill (children's)

letter(key="lan-endo", prov="lan", dept="Paediatric Endocrinology", kind="clinic_letter",
       specialty="Paediatric Endocrinology", clinician="Dr T Adeyemi",
       patient=P("Isla Marwood", "2017-06-21"), event="2027-10-05", sent="2027-10-19 11:42",
       fmt="pdf2", subject="Clinic letter - Paediatric Endocrinology",
       text="""
       Clinic date: 05/10/2027
       Date typed: 11/10/2027
       Dr H Varley, Kilnsey Road Surgery, 14 Kilnsey Road, Ambleford, QA3 7PX

       Re: {NAME}, DOB {DOB}, NHS No {NHS}

       # Diagnosis
       - Short stature, height 0.4th centile, parental target range 9th-50th centile
       - Height velocity 4.1 cm/year over 11 months

       Dear Dr Varley,

       I saw Isla with her mother in the growth clinic. She is a well girl with no symptoms of note. Her height has dropped from the 2nd to the 0.4th centile since she was measured by the school nurse in reception year. She is prepubertal. Her mid-parental height is 158 cm.

       Her thyroid function, coeliac screen, IGF-1 and karyotype have been booked at our phlebotomy hub for the same day as her next visit, and the team will telephone mum with a time.

       A bone age X-ray should be requested by the GP before she comes back to clinic, so that we can interpret her growth data at the next visit.

       ===
       # Information for the family
       We talked about the meaning of the centile chart and reassured mum that most children with this pattern have constitutional delay. Mum has a copy of the chart. The school nurse does not need to remeasure her before clinic.

       # Follow-up
       Paediatric endocrine clinic in 4 months, with height and weight measured by our auxologist.

       Yours sincerely,

       Dr T Adeyemi
       Specialty Registrar (ST6) in Paediatric Endocrinology
       for Dr Rachel Summerhayes, Consultant Paediatric Endocrinologist
       """,
       exp=[("tests_for_hospital", "A bone age X-ray should be requested by the GP before she comes back to clinic"),
            ("late_clinic_letter", "Clinic date: 05/10/2027")],
       notes="Passive request for an X-ray the clinic needs for its own review; bloods are done by the hospital (decoy). Sent 14 days after clinic.")

letter(key="lan-ed-fever", prov="lan", dept="Children's Emergency Department", kind="ed_letter",
       specialty="Paediatric Emergency Medicine", clinician="Dr Hannah Lusk",
       patient=P("Oscar Fenwick-Hale", "2024-02-11"), event="2027-10-09", sent="2027-10-10 03:15",
       fmt="html", subject="ED discharge letter",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Attended: 09/10/2027 22:40   Discharged: 10/10/2027 02:55

       # Presenting complaint
       Fever 39.1 for 2 days, coryzal, drinking less.

       # Findings
       Alert and interactive, capillary refill under 2 seconds, no rash, bilateral red tympanic membranes. Urine dip negative.

       # Diagnosis
       Viral upper respiratory tract infection with bilateral otitis media.

       # Plan
       - Antipyretics as needed; parents shown how to give paracetamol by weight.
       - No antibiotics needed at present.
       - Safety-netting advice given to parents verbally and in writing: if he develops a rash that does not fade, becomes drowsy or stops passing urine, they should bring him straight back to the ED or call 999.
       - No GP follow-up is required.

       Dr Hannah Lusk, Paediatric Emergency Medicine Fellow
       """,
       exp=[], hard_negative=True,
       notes="Hard negative: safety-netting aimed at parents, explicit no GP follow-up.")

letter(key="lan-bronch-dc", prov="lan", dept="Ward 4 (Children's Respiratory)", kind="discharge_summary",
       specialty="General Paediatrics", clinician="Dr Malik Osei",
       patient=P("Freya Lindqvist", "2026-11-30"), event="2027-10-12", sent="2027-10-12 17:05",
       fmt="docx", subject="Discharge summary",
       text="""
       # Inpatient discharge summary
       Patient: {NAME}   DOB: {DOB}   NHS number: {NHS}
       Admitted: 08/10/2027   Discharged: 12/10/2027
       Responsible consultant: Dr Malik Osei   Completed by: Dr E Harcastle (FY2)

       | Summary | Bronchiolitis (RSV positive). Required high-flow nasal cannula oxygen for 36 hours, nasogastric feeds for 2 days. Weaned to air on 11/10/2027 and feeding fully by mouth. |
       | Plan | Home. Parents given the bronchiolitis leaflet. Cough may last up to 4 weeks. |
       | GP actions | None - for information. |
       | Other actions | Health visitor to review feeding and weight in 1 week (referral sent by ward). |

       Medications: none on discharge.
       """,
       exp=[], hard_negative=True,
       notes="Hard negative: GP actions 'None - for information'; weight check aimed at the health visitor, referral made by the ward.")

letter(key="lan-adhd", prov="lan", dept="Community Paediatrics (Neurodevelopmental)", kind="clinic_letter",
       specialty="Community Paediatrics", clinician="Dr Kwame Mensah",
       patient=P("Tyler Brockbank", "2016-03-02"), event="2027-10-14", sent="2027-10-18 09:20",
       fmt="raw", subject="Clinic letter: Tyler Brockbank",
       text="""
       Community Paediatrics - Neurodevelopmental Service
       Seen in clinic 14/10/2027       Dictated 14/10/2027   Typed 18/10/2027

       Re: {NAME}   DOB {DOB}   NHS {NHS}

       Dear Doctor
       I reviewed Tyler today with his dad. He has now been on methylphenidate
       XL 36 mg each morning for five months and school report a
       big improvement in his attention. Appetite is a little down but weight
       is holding on the 25th centile, BP 104/66, pulse 88.

       Now that his dose is stable
       I would be grateful if you could take over prescribing of methylphenidate XL 36 mg
       once daily and monitor his blood pressure, pulse and weight every 6 months.
       We will see him again in 12 months.

       Dad knows to ring our nurse line with any queries about side effects.

       Yours sincerely
       Dr Kwame Mensah
       Consultant Community Paediatrician
       """,
       exp=[("shared_care_without_agreement",
             "I would be grateful if you could take over prescribing of methylphenidate XL 36 mg once daily and monitor his blood pressure, pulse and weight every 6 months")],
       notes="Amber stimulant handed over with monitoring; no shared-care agreement offered. Dictated plain text with hard wraps.")

letter(key="lan-allergy", prov="lan", dept="Paediatric Allergy", kind="clinic_letter",
       specialty="Paediatric Allergy", clinician="Joanne Pryce",
       patient=P("Aarav Sethi", "2019-09-14"), event="2027-10-19", sent="2027-10-21 13:30",
       fmt="html", subject="Allergy clinic letter",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Seen in the nurse-led allergy clinic on 19/10/2027

       Dear Dr Mehra,

       Aarav had a skin prick test to peanut today: wheal 9 mm. With his history of lip swelling and vomiting after a peanut biscuit this is consistent with IgE-mediated peanut allergy.

       # Plan
       - Two adrenaline auto-injectors (Jext 150 micrograms) were supplied from our pharmacy today, and mum was trained in their use.
       - Please continue to prescribe Jext 150 micrograms, two pens, on repeat as usual.
       - School nurse: we have emailed the allergy action plan to the school nurse team so it can be shared with his school.
       - Mum asked about a dietitian. I have referred him directly to our paediatric allergy dietitian.
       - We will see him again in 12 months to consider oral immunotherapy.

       Kind regards,

       Joanne Pryce
       Paediatric Allergy Clinical Nurse Specialist
       """,
       exp=[], hard_negative=True,
       notes="Hard negative: first supply given; continuing a green device is GP work; school nurse action; dietetic referral made directly by the hospital.")

letter(key="lan-constip-rs", prov="lan", dept="Paediatric Gastroenterology", kind="referral_response",
       specialty="Paediatric Gastroenterology", clinician="Dr Sinead Carrow",
       patient=P("Ruby Halloran", "2021-05-08"), event=None, sent="2027-10-22 16:48",
       fmt="raw", subject="e-RS referral returned to referrer",
       text="""
       NHS e-Referral Service - Referral Returned to Referrer

       Service:      Paediatric Gastroenterology - Lantern Hill Children's Hospital
       UBRN:         0000 4172 9936
       Patient:      {NAME}   DOB {DOB}   NHS {NHS}
       Referrer:     Dr S Mehra, Kilnsey Road Surgery
       Status:       Rejected - returned to referrer
       Reviewed by:  Dr Sinead Carrow, Consultant Paediatric Gastroenterologist
       Date:         22/10/2027

       Provider comments:
       Thank you for this referral for constipation in a 6 year old. There are no red flags in the
       referral. Please start a disimpaction regimen with Movicol Paediatric and continue maintenance for at least 3 months, and
       check coeliac serology and TFT before re-referring if she is not improving.
       Referral returned.
       """,
       exp=[("referral_returned_for_workup",
             "Please start a disimpaction regimen with Movicol Paediatric and continue maintenance for at least 3 months")],
       notes="e-RS rejection asking for a treatment trial and tests before re-referral.")

letter(key="lan-orchidopexy", prov="lan", dept="Paediatric Surgery", kind="clinic_letter",
       specialty="Paediatric Surgery", clinician="Mr Dafydd Rees",
       patient=P("Leo Pangbourne", "2025-01-19"), event="2027-10-26", sent="2027-10-27 10:05",
       fmt="pdf", subject="Operation letter - Paediatric Surgery",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Date of operation: 26/10/2027 (day case)

       Dear Dr Varley,

       # Procedure
       Left orchidopexy for undescended testis, under general anaesthetic. Uncomplicated. Absorbable sutures and skin glue.

       # Aftercare
       Leo went home the same afternoon with paracetamol and ibuprofen, supplied for 5 days.

       Please could the practice nurse check the groin wound at 10 days to make sure it has healed.

       I will see him in my clinic in 6 months to check the position of the testis.

       Yours sincerely,

       Mr Dafydd Rees
       Consultant Paediatric Surgeon
       """,
       exp=[("post_procedure_care", "Please could the practice nurse check the groin wound at 10 days")],
       notes="Post-operative wound check pushed to the practice nurse.")

letter(key="lan-wnb-disch", prov="lan", dept="Paediatric Dermatology", kind="clinic_letter",
       specialty="Paediatric Dermatology", clinician="Dr Rhiannon Vale",
       patient=P("Kacper Nowicki", "2014-12-03"), event="2027-11-02", sent="2027-11-04 15:12",
       fmt="plain", subject="Was not brought - Paediatric Dermatology",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Clinic: 02/11/2027

       Dear Dr Mehra,

       Kacper was not brought to his appointment today for review of his eczema. This is the first appointment he has missed.

       In line with our department policy he has been discharged back to your care. If you still have concerns about his eczema please re-refer him.

       Yours sincerely,

       Dr Rhiannon Vale
       Consultant Paediatric Dermatologist
       """,
       exp=[("dna_rereferral", "If you still have concerns about his eczema please re-refer him")],
       notes="Child not brought once, discharged, GP asked to re-refer.")

letter(key="lan-wnb-rebook", prov="lan", dept="Paediatric Cardiology", kind="clinic_letter",
       specialty="Paediatric Cardiology", clinician="Dr Piers Ambler",
       patient=P("Mia Castellano", "2020-04-17"), event="2027-11-09", sent="2027-11-10 12:00",
       fmt="plain", subject="Was not brought - Paediatric Cardiology",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Clinic: 09/11/2027

       Dear Dr Varley,

       Mia was not brought to her echocardiogram and clinic review today (follow-up of a small muscular VSD).

       We have sent a further appointment for 30/11/2027 and our clinic coordinator has telephoned mum. We have also let her health visitor know, in line with our Was Not Brought policy.

       No action is needed from the practice at this stage; we will write again after she is seen.

       Yours sincerely,

       Dr Piers Ambler
       Consultant Paediatric Cardiologist
       """,
       exp=[], hard_negative=True,
       notes="Hard negative: child not brought but rebooked by the hospital; health visitor informed; no practice action.")

letter(key="lan-audiology", prov="lan", dept="Children's Audiology", kind="clinic_letter",
       specialty="Paediatric Audiology", clinician="Priti Lal",
       patient=P("Noah Ekwueme", "2022-07-29"), event="2027-11-11", sent="2027-11-15 09:44",
       fmt="html", subject="Audiology report",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Appointment: 11/11/2027

       | Test | Right | Left |
       | Tympanometry | Type B | Type B |
       | Play audiometry (0.5-4 kHz) | 30-35 dB HL | 35-40 dB HL |

       Dear Dr Mehra,

       Noah has a bilateral conductive hearing loss consistent with otitis media with effusion, present at both of his last two visits (3 months apart). His school report that his speech is behind.

       Mum has been advised to ask you for a referral to ENT for consideration of grommets.

       Priti Lal
       Senior Paediatric Audiologist
       """,
       exp=[("onward_referral", "Mum has been advised to ask you for a referral to ENT for consideration of grommets")],
       notes="Relayed onward referral: audiology could refer directly to ENT for the related problem.")

letter(key="lan-audiology-neg", prov="lan", dept="Children's Audiology", kind="clinic_letter",
       specialty="Paediatric Audiology", clinician="Priti Lal",
       patient=P("Esme Battersby", "2023-03-12"), event="2027-11-18", sent="2027-11-19 11:21",
       fmt="html", subject="Audiology report",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Appointment: 18/11/2027

       | Test | Right | Left |
       | Tympanometry | Type B | Type A |
       | Play audiometry | 25 dB HL | 20 dB HL |

       Dear Dr Varley,

       Esme has a mild right-sided conductive loss, likely glue ear after a recent cold. Her speech is age appropriate.

       We will review her in our clinic in 3/12 with repeat tympanometry; the appointment letter has been posted to mum. If the loss persists then, we will refer her on to ENT ourselves.

       For information only.

       Priti Lal
       Senior Paediatric Audiologist
       """,
       exp=[], hard_negative=True,
       notes="Hard negative: audiology arranges its own review and any ENT referral.")

letter(key="lan-sweat", prov="lan", dept="Paediatric Respiratory", kind="results",
       specialty="Paediatric Respiratory", clinician="Dr Lydia Barraclough",
       patient=P("Harvey Tindall", "2025-08-02"), event=None, sent="2027-11-23 14:36",
       fmt="raw", subject="Result letter - sweat test",
       text="""
       Paediatric Respiratory - Results Letter
       Re: {NAME}  DOB {DOB}  NHS {NHS}

       Test: sweat chloride (requested by Dr L Barraclough, respiratory clinic 02/11/2027)
       Result: 31 mmol/L (intermediate range 30-59)
       Comment: intermediate result; does not exclude cystic fibrosis. Extended CFTR gene
       analysis has been sent by our laboratory.

       We would be grateful if the GP could let the family know this result and explain
       that a further blood test has been sent. We will write when the genetics are back.

       Dr Lydia Barraclough
       Consultant in Paediatric Respiratory Medicine
       """,
       exp=[("results_chasing", "We would be grateful if the GP could let the family know this result")],
       notes="Hospital-ordered test; GP asked to relay it to the family. Genetics sent by the hospital itself (decoy).")

# --------------------------------------------------------------------------- Elswick (teaching)

letter(key="els-pmb", prov="els", dept="Gynaecology - Women's Services", kind="clinic_letter",
       specialty="Gynaecology", clinician="Miss Charlotte Weir",
       patient=P("Dorothy Ainsworth", "1958-02-27"), event="2027-10-06", sent="2027-10-08 16:10",
       fmt="pdf2", subject="Gynaecology clinic letter",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Postmenopausal bleeding clinic, 06/10/2027

       Dear Dr Varley,

       # Diagnosis
       - Postmenopausal bleeding, single episode
       - Endometrial thickness 5 mm on transvaginal ultrasound today

       Mrs Ainsworth attended the one-stop clinic. Speculum examination showed a healthy cervix. Her cervical screening is up to date. Ultrasound showed an endometrial thickness of 5 mm with a small fluid collection.

       A pipelle endometrial biopsy was taken in clinic today. Please could the GP chase the histology result and inform her of it.

       She should have a repeat pelvic USS in 3/12 - please request this.

       ===
       # Information given
       We explained that most postmenopausal bleeding has a benign cause. She was given the PMB information leaflet and the clinic nurse telephone number.

       # Medication
       No changes. She takes amlodipine 5 mg OD and atorvastatin 20 mg ON.

       Yours sincerely,

       Miss Charlotte Weir
       Consultant Gynaecologist
       """,
       exp=[("results_chasing", "Please could the GP chase the histology result and inform her of it"),
            ("tests_for_hospital", "She should have a repeat pelvic USS in 3/12 - please request this")],
       notes="Hospital biopsy result handed to GP; follow-up scan for the clinic's own pathway. Two-page PDF.")

letter(key="els-isotret", prov="els", dept="Dermatology", kind="clinic_letter",
       specialty="Dermatology", clinician="Dr Imogen Stacey",
       patient=P("Callum Redfern", "2008-05-30"), event="2027-10-13", sent="2027-10-15 10:26",
       fmt="html", subject="Dermatology clinic letter",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Clinic date: 13/10/2027

       | Summary | Nodulocystic acne with early scarring, failed lymecycline x 2 courses |
       | Plan | Start isotretinoin 30 mg OD (0.5 mg/kg) for 16-24 weeks |
       | GP actions | Please prescribe isotretinoin 30 mg OD from next week. LFT and fasting lipids should be checked by the GP at 1 month. |
       | Patient actions | Avoid waxing; use lip balm and emollient; report low mood at once |

       Dear Dr Mehra,

       Callum is 19 and his acne has not responded to oral antibiotics. We discussed isotretinoin, including mood changes, and gave him the written information. Baseline bloods taken today were normal.

       Kind regards,

       Dr Imogen Stacey
       Consultant Dermatologist
       """,
       exp=[("hospital_only_prescribing", "Please prescribe isotretinoin 30 mg OD from next week"),
            ("tests_for_hospital", "LFT and fasting lipids should be checked by the GP at 1 month")],
       notes="Red drug (isotretinoin) asked of GP plus initial monitoring bloods, in an HTML table.")

letter(key="els-mtx-psoriasis", prov="els", dept="Dermatology", kind="clinic_letter",
       specialty="Dermatology", clinician="Dr Imogen Stacey",
       patient=P("Gareth Penhaligon", "1971-11-04"), event="2027-10-20", sent="2027-10-22 12:02",
       fmt="docx", subject="Dermatology clinic letter",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Psoriasis clinic, 20/10/2027

       Dear Dr Varley,

       Mr Penhaligon's chronic plaque psoriasis has responded very well to methotrexate (PASI 14 down to 3). He has now been on 15 mg once weekly with folic acid 5 mg once weekly for 4 months and his bloods have been stable.

       | Summary | Plan | GP actions |
       | Plaque psoriasis, good response to methotrexate | Continue methotrexate 15 mg weekly; dermatology review 6/12 | Take over prescribing of methotrexate and the 12-weekly FBC, U&E and LFT monitoring from now on |

       He understands to report sore throat, mouth ulcers or breathlessness promptly.

       Yours sincerely,

       Dr Imogen Stacey
       Consultant Dermatologist
       """,
       exp=[("shared_care_without_agreement",
             "Take over prescribing of methotrexate and the 12-weekly FBC, U&E and LFT monitoring from now on")],
       notes="Amber drug and monitoring transferred in a DOCX 'GP actions' cell with no shared-care agreement offered.")

letter(key="els-melanoma", prov="els", dept="Dermatology - Skin Cancer Service", kind="results",
       specialty="Dermatology", clinician="Dr Oluwaseun Bade",
       patient=P("Margaret Quennell", "1966-08-19"), event=None, sent="2027-10-25 17:55",
       fmt="plain", subject="URGENT: histology result - dermatology",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}

       Dear Dr Mehra,

       # Histology result
       Excision biopsy, left calf (taken in our minor operations clinic 07/10/2027): invasive superficial spreading melanoma, Breslow thickness 1.2 mm, no ulceration, peripheral margin 1 mm.

       Comment: pT2a. Requires wider local excision and discussion of sentinel node biopsy.

       I am on leave from tomorrow. I would be grateful if you could let Mrs Quennell know the diagnosis this week and refer her urgently to the plastic surgery skin cancer team for wider local excision.

       Dr Oluwaseun Bade
       Dermatology Specialty Registrar
       """,
       exp=[("results_chasing", "I would be grateful if you could let Mrs Quennell know the diagnosis this week"),
            ("onward_referral", "refer her urgently to the plastic surgery skin cancer team for wider local excision")],
       urgent=True,
       notes="Melanoma diagnosis on a hospital biopsy: telling the patient and the cancer referral pushed to the GP. Urgent (suspected-cancer step).")

letter(key="els-2ww-neg", prov="els", dept="Dermatology - Skin Cancer Service", kind="clinic_letter",
       specialty="Dermatology", clinician="Dr Oluwaseun Bade",
       patient=P("Philip Arkwright", "1949-01-09"), event="2027-11-01", sent="2027-11-02 09:31",
       fmt="plain", subject="Dermatology 2WW clinic letter",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Seen 01/11/2027, suspected skin cancer clinic

       Dear Dr Varley,

       Thank you for referring Mr Arkwright with a lesion on his right temple. Dermoscopy is in keeping with a nodular basal cell carcinoma, 8 mm.

       We have booked him for excision in our dermatology surgery list on 23/11/2027 and he was given the date in clinic. Sutures will be removed by our dermatology nurses at 7 days, and we will write to you and to him with the histology.

       No action is needed by the practice.

       Dr Oluwaseun Bade
       Dermatology Specialty Registrar
       """,
       exp=[], hard_negative=True,
       notes="Hard negative: hospital does the excision, suture removal and results.")

letter(key="els-field-defect", prov="els", dept="Ophthalmology - Eye Outpatients", kind="clinic_letter",
       specialty="Ophthalmology", clinician="Mr Arjun Bhatt",
       patient=P("Stephanie Lowther", "1981-07-23"), event="2027-10-27", sent="2027-10-27 18:20",
       fmt="plain", subject="URGENT - Ophthalmology clinic letter",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Seen: 27/10/2027, Eye Outpatients

       Dear Dr Mehra,

       Ms Lowther was referred by her optometrist with reduced vision. Visual acuity 6/9 right, 6/9 left. Humphrey visual fields show a bitemporal hemianopia respecting the vertical midline. Discs look mildly pale temporally.

       This pattern suggests a chiasmal lesion such as a pituitary adenoma.

       Please arrange an urgent MRI pituitary with contrast, and a prolactin, within the next few days. I will see her again once the scan is done.

       Yours sincerely,

       Mr Arjun Bhatt
       Consultant Ophthalmologist
       """,
       exp=[("tests_for_hospital", "Please arrange an urgent MRI pituitary with contrast, and a prolactin, within the next few days")],
       urgent=True,
       notes="Urgent imaging the ophthalmologist needs, passed to the GP. Urgent clinical action.")

letter(key="els-cxr-gp", prov="els", dept="Department of Radiology", kind="results",
       specialty="Radiology", clinician="Dr Sam Whitlow",
       patient=P("Kenneth Dobbie", "1953-12-15"), event=None, sent="2027-11-03 11:08",
       fmt="plain", subject="Radiology report - urgent finding",
       text="""
       RADIOLOGY REPORT - ALERT: SIGNIFICANT UNEXPECTED FINDING
       Patient: {NAME}   DOB: {DOB}   NHS: {NHS}
       Examination: XR Chest PA, 02/11/2027
       Referrer: Dr S Mehra, Kilnsey Road Surgery (GP direct access)
       Clinical details: cough 6 weeks, ex-smoker.

       Report: There is a 34 mm spiculated mass in the right upper lobe. Right hilum is bulky. No effusion.

       Comment: Appearances are suspicious for primary lung malignancy. Suggest urgent CT chest and abdomen and referral on the suspected lung cancer pathway, as per local guidance.

       Reported by Dr Sam Whitlow, Consultant Radiologist. This report has also been telephoned to the practice.
       """,
       exp=[], urgent=True, hard_negative=True,
       notes="GP-requested chest X-ray: acting on it is the requester's work (no bounce), but suspected cancer makes it urgent.")

letter(key="els-mri-physio", prov="els", dept="Department of Radiology", kind="results",
       specialty="Radiology", clinician="Dr Fenella Oduya",
       patient=P("Bryony Cheetham", "1979-04-01"), event=None, sent="2027-11-05 15:40",
       fmt="html", subject="Radiology report",
       text="""
       | Patient | {NAME} |
       | DOB / NHS | {DOB} / {NHS} |
       | Examination | MR lumbar spine, 04/11/2027 |
       | Requested by | Mardale Community MSK Physiotherapy (T Ridley, Advanced Practice Physiotherapist) |

       # Report
       L4/5 broad-based disc protrusion with moderate left lateral recess narrowing, contacting the traversing left L5 root. No cauda equina compression. Incidental 11 mm T2 bright lesion in the left kidney, likely a simple cyst.

       Comment: Findings concordant with left L5 radiculopathy. The report has been issued to the requesting physiotherapy service; results will be forwarded to the GP for action.

       Reported by Dr Fenella Oduya, Consultant Radiologist
       """,
       exp=[("results_chasing", "results will be forwarded to the GP for action")],
       notes="Implicit request: a scan ordered by community MSK physio is passed to the GP for action.")

letter(key="els-lpa", prov="els", dept="Lipid and Cardiovascular Risk Clinic", kind="results",
       specialty="Chemical Pathology", clinician="Dr Rosa Kettering",
       patient=P("Anand Raghavan", "1975-10-10"), event=None, sent="2027-11-08 10:15",
       fmt="pdf", subject="Results letter - lipid clinic",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}

       Dear Dr Varley,

       At his lipid clinic visit on 18/10/2027 we requested lipoprotein(a) and a repeat lipid profile. The results are:

       | Test | Result | Reference |
       | Total cholesterol | 6.8 mmol/L | |
       | LDL cholesterol | 4.6 mmol/L | |
       | Lipoprotein(a) | 212 nmol/L | < 75 |

       Comment: Markedly raised Lp(a), an independent cardiovascular risk factor. We will increase his atorvastatin at his next clinic visit in January.

       GP to discuss results with patient, who has not yet been told.

       Dr Rosa Kettering
       Consultant Chemical Pathologist
       """,
       exp=[("patient_redirected_to_gp", "GP to discuss results with patient")],
       notes="Results of a hospital-ordered test: the GP is asked to tell the patient (taxonomy puts 'GP to discuss results with patient' here).")

letter(key="els-hyperk", prov="els", dept="Renal Medicine", kind="results",
       specialty="Renal Medicine", clinician="Dr Nadia Farouk",
       patient=P("Eileen Gosforth", "1947-06-06"), event=None, sent="2027-11-10 16:52",
       fmt="raw", subject="URGENT abnormal result - renal clinic bloods",
       text="""
       Elswick Renal Unit - abnormal result notification
       Patient {NAME}   DOB {DOB}   NHS {NHS}
       Sample taken: renal outpatient clinic 10/11/2027 10:20

       Sodium 136   Potassium 6.4 (H)   Urea 19.2 (H)   Creatinine 248 (H)   eGFR 17
       Comment: K+ 6.4 mmol/L, not haemolysed. Renal clinic bloods.

       She was started on spironolactone by cardiology last month. Please could the practice
       contact the patient today to act on this result. I am in theatre this afternoon.

       Dr Nadia Farouk, Consultant Nephrologist
       """,
       exp=[("results_chasing", "Please could the practice contact the patient today to act on this result")],
       urgent=True,
       notes="Dangerous result from a hospital-ordered test pushed to the practice; same-day action needed, so urgent.")

letter(key="els-dsn", prov="els", dept="Diabetes Specialist Nursing Team", kind="clinic_letter",
       specialty="Diabetes", clinician="Gemma Tolland",
       patient=P("Sharon Bellamy", "1969-03-03"), event="2027-11-12", sent="2027-11-16 13:13",
       fmt="raw", subject="DSN clinic letter",
       text="""
       Diabetes Specialist Nurse Clinic
       Seen 12/11/2027

       Re {NAME}, DOB {DOB}, NHS {NHS}

       Dear Dr Varley
       Sharon came to the DSN clinic for help with her type 2 diabetes. HbA1c on
       12/08 was 78. She has lost 4 kg since starting the
       structured education course and her home readings are improving.
       We have increased gliclazide to 80 mg BD. Please continue metformin 1 g BD.

       Please could you arrange an HbA1c in 3/12 so we can review it at her
       next DSN appointment.

       She knows to ring the DSN helpline if she has any hypos.
       Gemma Tolland
       Diabetes Specialist Nurse
       """,
       exp=[("tests_for_hospital", "Please could you arrange an HbA1c in 3/12 so we can review it at her next DSN appointment")],
       notes="DSN wants a test for its own next review. Continuing metformin (green) is a decoy.")

letter(key="els-hysterectomy", prov="els", dept="Gynaecology - Ward 22", kind="discharge_summary",
       specialty="Gynaecology", clinician="Miss Charlotte Weir",
       patient=P("Natalie Sorensen", "1977-09-25"), event="2027-11-15", sent="2027-11-15 19:44",
       fmt="pdf", subject="Discharge summary - Gynaecology",
       text="""
       DISCHARGE SUMMARY
       Patient: {NAME}   DOB: {DOB}   NHS: {NHS}
       Admitted: 12/11/2027   Discharged: 15/11/2027
       Consultant: Miss Charlotte Weir   Completed by: Dr Feng Li, ST4 O&G

       # Procedure
       Total abdominal hysterectomy and bilateral salpingectomy for fibroids, 12/11/2027. Pfannenstiel incision closed with clips.

       # Medications
       Medications: TTO supplied 7 days - paracetamol 1 g QDS, dihydrocodeine 30 mg QDS PRN, enoxaparin 40 mg SC OD (course complete after 7 days).

       # Actions for GP
       - Clip removal at day 10 by the practice nurse.
       - She will need a fit note for 6 weeks - please could the GP provide this.

       # Follow-up
       Telephone review by the gynaecology nurse at 6 weeks.
       """,
       exp=[("post_procedure_care", "Clip removal at day 10 by the practice nurse"),
            ("fit_note", "She will need a fit note for 6 weeks - please could the GP provide this")],
       notes="Post-op clip removal and the post-surgery fit note passed to GP; 7 days TTO is a full supply (decoy).")

letter(key="els-nvd", prov="els", dept="Maternity - Birth Centre", kind="discharge_summary",
       specialty="Obstetrics", clinician="Miss Adaeze Nwosu",
       patient=P("Holly Trewin", "1996-12-01"), event="2027-11-17", sent="2027-11-17 21:30",
       fmt="html", subject="Maternity discharge summary",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Date of delivery: 16/11/2027   Date of discharge: 17/11/2027
       Named consultant: Miss Adaeze Nwosu

       # Delivery
       Spontaneous vaginal delivery at 39+4, live female infant 3.34 kg. Second-degree tear repaired. Estimated blood loss 350 ml.

       # Medications
       Medications: TTO supplied 7 days - paracetamol, ibuprofen. Continue pregnancy vitamins.

       # Plan
       - Community midwife to visit on day 1 and day 5, including the newborn blood spot test.
       - Health visitor new birth visit at 10-14 days.
       - Maternal postnatal check at 6-8 weeks with the GP as usual.
       - If she develops heavy bleeding, fever or calf pain she should call the maternity triage line.
       """,
       exp=[], hard_negative=True,
       notes="Hard negative: midwife and health-visitor actions; the 6-8 week postnatal check is ordinary GP work; safety-netting to the patient.")

letter(key="els-glaucoma", prov="els", dept="Ophthalmology - Glaucoma Service", kind="clinic_letter",
       specialty="Ophthalmology", clinician="Mr Arjun Bhatt",
       patient=P("Roland Featherstone", "1950-05-12"), event="2027-11-19", sent="2027-11-26 10:00",
       fmt="plain", subject="Glaucoma clinic letter",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Glaucoma clinic: 19/11/2027

       Dear Dr Mehra,

       Mr Featherstone's primary open angle glaucoma is stable. Pressures 16 right and 17 left on latanoprost. Fields unchanged since last year. His optometrist kindly arranged the repeat OCT that prompted the referral back to us in 2025.

       Please continue latanoprost 0.005% one drop at night to both eyes.

       We will see him in glaucoma clinic in 6 months; the appointment will be sent to him.

       Yours sincerely,

       Mr Arjun Bhatt
       Consultant Ophthalmologist
       """,
       exp=[], hard_negative=True,
       notes="Hard negative: continue a green drop; history of past work; hospital books own follow-up. Sent exactly 7 days after clinic: on time.")

letter(key="els-vitd", prov="els", dept="Department of Clinical Biochemistry", kind="results",
       specialty="Chemical Pathology", clinician="Dr Rosa Kettering",
       patient=P("Yasmin Haddad", "1988-02-14"), event=None, sent="2027-11-29 08:47",
       fmt="plain", subject="Results letter",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Requested by: Metabolic Bone Clinic, 15/11/2027

       25-OH vitamin D 62 nmol/L (sufficient > 50)
       Adjusted calcium 2.41 mmol/L
       PTH 4.1 pmol/L

       Comment: Normal. The bone clinic has written to the patient with these results.

       For information only - no GP action required.

       Dr Rosa Kettering, Consultant Chemical Pathologist
       """,
       exp=[], hard_negative=True,
       notes="Hard negative: normal result, patient told by the hospital, explicit no GP action.")

letter(key="els-audit", prov="els", dept="Bariatric Surgery Service", kind="clinic_letter",
       specialty="Bariatric Surgery", clinician="Mr Tobias Greaves",
       patient=P("Leanne Mottram", "1985-08-08"), event="2027-11-24", sent="2027-11-30 14:05",
       fmt="docx", subject="Bariatric clinic letter",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Clinic: 24/11/2027

       Dear Dr Varley,

       Mrs Mottram is now 2 years after her sleeve gastrectomy and has lost 41 kg. She is taking her bariatric multivitamin and her annual bloods, which we took today, were normal.

       As part of the national bariatric outcomes audit, we would be grateful if the practice could complete the enclosed data collection form on her comorbidities and current medication and return it to the audit office.

       We will see her in 12 months.

       Yours sincerely,

       Mr Tobias Greaves
       Consultant Bariatric and Upper GI Surgeon
       """,
       exp=[("non_contractual_admin",
             "we would be grateful if the practice could complete the enclosed data collection form on her comorbidities and current medication and return it to the audit office")],
       notes="Audit data collection asked of the practice. Annual bloods done by the hospital (decoy).")

# --------------------------------------------------------------------------- Ambleford (district general)

letter(key="amb-tkr", prov="amb", dept="Trauma and Orthopaedics - Elective Ward", kind="discharge_summary",
       specialty="Trauma and Orthopaedics", clinician="Mr Colin Ashdown",
       patient=P("Derek Hollingworth", "1961-04-18"), event="2027-10-07", sent="2027-10-07 18:02",
       fmt="pdf2", subject="Discharge Summary - Orthopaedics",
       text="""
       DISCHARGE SUMMARY
       Patient: {NAME}   DOB: {DOB}   NHS: {NHS}
       Admitted: 04/10/2027   Discharged: 07/10/2027
       Consultant: Mr Colin Ashdown   Summary by: Dr Bethan Price, FY1

       # Procedure
       Right total knee replacement, 04/10/2027, spinal anaesthetic. Wound closed with skin clips.

       # Progress
       Mobilising with two sticks, stairs assessed by physiotherapy. Knee flexion 85 degrees.

       # Medications
       Medications: TTO supplied 14 days - dalteparin 5000 units SC OD (course complete), co-codamol 30/500 two tablets QDS PRN, paracetamol.

       ===
       # Actions for GP
       - Clips to be removed by the practice nurse at day 12-14.
       - Please provide a fit note for 6 weeks from discharge; he works as a delivery driver.

       # Follow-up
       Outpatient physiotherapy referral made by the ward. Orthopaedic clinic at 6 weeks (letter to follow).
       """,
       exp=[("post_procedure_care", "Clips to be removed by the practice nurse at day 12-14"),
            ("fit_note", "Please provide a fit note for 6 weeks from discharge")],
       notes="Post-op clip removal and post-surgical fit note passed to GP. Full LMWH course supplied (decoy). Two-page PDF.")

letter(key="amb-ca125", prov="amb", dept="Gynaecology Outpatients", kind="clinic_letter",
       specialty="Gynaecology", clinician="Dr Eleri Vaughan",
       patient=P("Patricia Oyelaran", "1962-01-30"), event="2027-10-11", sent="2027-10-12 09:15",
       fmt="html", subject="Gynaecology clinic letter - action required",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       General gynaecology clinic, 11/10/2027

       Dear Dr Mehra,

       Mrs Oyelaran was referred routinely with bloating and urinary frequency. Abdominal examination suggested a pelvic mass. Transvaginal ultrasound in clinic shows a 9 cm complex left adnexal mass with solid areas. CA125 taken in clinic today: 412 kU/L.

       Her risk of malignancy index is high. Please make a suspected cancer (2WW) referral to the gynaecology oncology team at Elswick without delay.

       She is aware that the findings are concerning.

       Dr Eleri Vaughan
       Specialty Doctor in Gynaecology
       """,
       exp=[("onward_referral", "Please make a suspected cancer (2WW) referral to the gynaecology oncology team at Elswick without delay")],
       urgent=True,
       notes="Suspected ovarian cancer: the hospital asks the GP to make the cancer referral. Urgent.")

letter(key="amb-ed-warfarin", prov="amb", dept="Emergency Department", kind="ed_letter",
       specialty="Emergency Medicine", clinician="Dr Owen Pritchard",
       patient=P("Gordon Almond", "1944-09-02"), event="2027-10-16", sent="2027-10-16 23:50",
       fmt="plain", subject="ED attendance",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Attendance: 16/10/2027 19:05

       Presenting complaint: productive cough and fever, 3 days.
       Diagnosis: community-acquired pneumonia, CURB-65 score 1. Discharged home.

       Medication given: clarithromycin 500 mg BD for 5 days (penicillin allergy), supplied in full from the ED.

       He takes warfarin for atrial fibrillation (INR 2.6 today). Clarithromycin can markedly increase the INR. GP to check his INR within 3 days and adjust warfarin.

       Dr Owen Pritchard, ED Registrar
       """,
       exp=[("tests_for_hospital", "GP to check his INR within 3 days and adjust warfarin")],
       urgent=True,
       notes="Interaction created by the ED's own prescription; the monitoring test is passed to the GP. Urgent (dangerous interaction).")

letter(key="amb-audiology", prov="amb", dept="Adult Audiology", kind="clinic_letter",
       specialty="Audiology", clinician="Craig Denholm",
       patient=P("Valerie Spillane", "1957-03-21"), event="2027-10-18", sent="2027-10-20 14:48",
       fmt="plain", subject="Audiology - hearing aid fitting",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Hearing aid fitting: 18/10/2027

       Dear Dr Varley,

       Mrs Spillane has been fitted with bilateral behind-the-ear hearing aids. Her audiogram shows an asymmetric sensorineural hearing loss, 25 dB worse on the left at 2-4 kHz, with unilateral left tinnitus.

       GP referral to ENT recommended for consideration of an MRI of the internal auditory meatus.

       We will review her aids in 8 weeks.

       Craig Denholm
       Clinical Scientist (Audiology)
       """,
       exp=[("onward_referral", "GP referral to ENT recommended")],
       notes="Nominal phrasing of an onward referral for a related finding the service could refer on itself.")

letter(key="amb-cap-dc", prov="amb", dept="Acute Medical Unit", kind="discharge_summary",
       specialty="Acute Medicine", clinician="Dr Joseph Nkemelu",
       patient=P("Irene Pockett", "1952-07-14"), event="2027-10-21", sent="2027-10-21 16:33",
       fmt="docx", subject="Discharge Summary",
       text="""
       Patient: {NAME}   DOB: {DOB}   NHS number: {NHS}
       Date of admission: 19/10/2027   Date of discharge: 21/10/2027
       Consultant: Dr Joseph Nkemelu   Author: Dr Ana Ferreira (FY1)

       | Summary | Left lower lobe pneumonia, CURB-65 score 1. IV amoxicillin 48 h then oral. Apyrexial, CRP 212 falling to 64. |
       | Plan | Complete 7 days of antibiotics in total. |
       | GP actions | GP to continue amoxicillin 500 mg TDS for a further 4 days. Repeat CXR in 6/52 - GP to request. |

       Medications: TTO supplied 3 days - amoxicillin 500 mg TDS.
       Other medications unchanged.
       """,
       exp=[("hospital_only_prescribing", "GP to continue amoxicillin 500 mg TDS for a further 4 days"),
            ("tests_for_hospital", "Repeat CXR in 6/52 - GP to request")],
       notes="Short TTO (3 days) with the rest of the course passed to GP; follow-up chest X-ray for the admitting team.")

letter(key="amb-fracture-dna", prov="amb", dept="Fracture Clinic", kind="clinic_letter",
       specialty="Trauma and Orthopaedics", clinician="Mr R Kaczmarek",
       patient=P("Jordan Whitcombe", "1999-11-27"), event="2027-10-25", sent="2027-10-26 08:55",
       fmt="plain", subject="Fracture clinic - did not attend",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Fracture clinic: 25/10/2027

       Dear GP,

       Mr Whitcombe did not attend his fracture clinic follow-up today for his left fifth metatarsal fracture. He has been discharged.

       Should he require further orthopaedic input, GP to re-refer.

       Mr R Kaczmarek
       Consultant Orthopaedic Surgeon
       """,
       exp=[("dna_rereferral", "Should he require further orthopaedic input, GP to re-refer")],
       notes="Discharged after one DNA with re-referral put on the GP (conditional wording, but the discharge is actual).")

letter(key="amb-preop", prov="amb", dept="Pre-operative Assessment Unit", kind="clinic_letter",
       specialty="Pre-operative Assessment", clinician="Sister Karen Oldroyd",
       patient=P("Terence Mabbutt", "1956-02-08"), event=None, sent="2027-10-28 11:36",
       fmt="docx", subject="Pre-operative assessment - information required",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Listed for: laparoscopic cholecystectomy (Mr P Gunaratne)

       Dear Doctor,

       Mr Mabbutt is on the waiting list for surgery. To complete his pre-operative assessment:

       1. Please complete the enclosed pre-operative health questionnaire and return it with a summary of his recent blood results.
       2. Please arrange a 12-lead ECG at the surgery and send us a copy before his pre-op appointment.

       Thank you for your help.

       Sister Karen Oldroyd
       Pre-operative Assessment Nurse Lead
       """,
       exp=[("non_contractual_admin", "Please complete the enclosed pre-operative health questionnaire and return it with a summary of his recent blood results"),
            ("tests_for_hospital", "Please arrange a 12-lead ECG at the surgery and send us a copy before his pre-op appointment")],
       notes="Pre-op questionnaire and pre-op ECG asked of the practice. No attendance date (event_date null).")

letter(key="amb-urology-neg", prov="amb", dept="Urology", kind="clinic_letter",
       specialty="Urology", clinician="Mr Hamish Strachan",
       patient=P("Clifford Bannerman", "1959-06-29"), event="2027-11-01", sent="2027-11-03 10:40",
       fmt="pdf", subject="Urology clinic letter",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Haematuria clinic: 01/11/2027

       Dear Dr Varley,

       Thank you for referring Mr Bannerman with a single episode of visible haematuria. The GP kindly arranged a renal tract ultrasound last month, which was normal.

       We have arranged a CT urogram and a flexible cystoscopy; he will receive the dates by post. Urine cytology was sent from clinic today. We will write to you and to him with all the results.

       Please continue tamsulosin 400 micrograms OD.

       Yours sincerely,

       Mr Hamish Strachan
       Consultant Urological Surgeon
       """,
       exp=[], hard_negative=True,
       notes="Hard negative: history of GP-arranged scan; hospital arranges tests and gives results; continue green drug.")

letter(key="amb-cataract-drops", prov="amb", dept="Ophthalmology - Eye Casualty", kind="clinic_letter",
       specialty="Ophthalmology", clinician="Dr Sunita Ghosh",
       patient=P("Winifred Clegg", "1940-10-31"), event="2027-11-04", sent="2027-11-05 12:25",
       fmt="raw", subject="Eye casualty letter",
       text="""
       Eye Casualty, Ambleford General Hospital   Seen 04/11/2027

       Re: {NAME}   DOB {DOB}   NHS {NHS}

       Dear Dr Mehra,
       Mrs Clegg attended eye casualty with a painful red left eye,
       3 weeks after cataract surgery. She has post-operative anterior uveitis (cells 2+).
       Our pharmacy had closed.
       Please could you prescribe dexamethasone 0.1% eye drops, one drop four times a day to the left eye, for her to
       start tomorrow.
       We will review her in eye casualty on 11/11/2027.

       Dr Sunita Ghosh, Ophthalmology Specialty Doctor
       """,
       exp=[("hospital_only_prescribing", "Please could you prescribe dexamethasone 0.1% eye drops, one drop four times a day to the left eye")],
       notes="Immediate need after a hospital eye casualty visit passed to the GP.")

letter(key="amb-derm-late", prov="amb", dept="Dermatology", kind="clinic_letter",
       specialty="Dermatology", clinician="Dr Miriam Achterberg",
       patient=P("Pauline Stirk", "1948-12-22"), event="2027-10-12", sent="2027-10-26 15:03",
       fmt="plain", subject="Dermatology clinic letter",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Clinic attended: 12/10/2027

       Dear Dr Varley,

       Mrs Stirk has asteatotic eczema of the shins, improving with emollients and a short course of mometasone. We have given her a written skin care plan.

       Please continue her emollient (Epimax ointment) on repeat.

       We will see her in 4 months.

       Dr Miriam Achterberg
       Consultant Dermatologist
       """,
       exp=[("late_clinic_letter", "Clinic attended: 12/10/2027")],
       notes="Only finding is lateness (14 days); continuing an emollient is GP work.")

letter(key="amb-cellulitis-late", prov="amb", dept="Ward 7 (General Medicine)", kind="discharge_summary",
       specialty="General Medicine", clinician="Dr Harriet Soames",
       patient=P("Neville Outhwaite", "1954-05-05"), event="2027-11-04", sent="2027-11-09 10:11",
       fmt="html", subject="Discharge summary",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Date of discharge: 04/11/2027
       Consultant: Dr Harriet Soames   Written by: Dr Kieran Doyle (FY1)

       # Diagnosis
       Left lower limb cellulitis. Type 2 diabetes.

       # Medications
       Medications: TTO supplied 7 days - flucloxacillin 1 g QDS (course complete).

       # Follow-up
       - District nurses to dress the leg ulcer twice weekly (referral sent).
       - Community falls team: I have referred him directly.
       - If the redness spreads again he should return to the ambulatory care unit.
       """,
       exp=[("late_discharge_summary", "Date of discharge: 04/11/2027")],
       notes="Sent 5 days after discharge. Otherwise negative: full course, district-nurse and direct referrals, safety-netting.")

letter(key="amb-daycase-neg", prov="amb", dept="Day Surgery Unit", kind="discharge_summary",
       specialty="General Surgery", clinician="Mr Pradeep Gunaratne",
       patient=P("Sophie Raikes", "1990-01-16"), event="2027-11-22", sent="2027-11-22 17:40",
       fmt="plain", subject="Day surgery discharge",
       text="""
       DAY SURGERY DISCHARGE SUMMARY
       Patient: {NAME}   DOB: {DOB}   NHS: {NHS}
       Date of surgery and discharge: 22/11/2027
       Consultant: Mr Pradeep Gunaratne

       Procedure: laparoscopic cholecystectomy, uncomplicated.
       Wounds: dissolvable sutures, no removal needed. Wound check in our nurse-led clinic at 2/52 - appointment sent.
       Medications: TTO supplied 7 days - paracetamol, ibuprofen, laxido.
       Fit note: issued today for 2 weeks by the surgical team.
       No GP action is required.
       """,
       exp=[], hard_negative=True,
       notes="Hard negative: hospital does its own wound check; fit note already issued; explicit no GP action.")

letter(key="amb-sexhealth", prov="amb", dept="Cedar Clinic (Sexual Health)", kind="clinic_letter",
       specialty="Sexual Health", clinician="Dr Lucy Whiteread",
       patient=P("Chantelle Moyo", "2001-06-11"), event="2027-11-25", sent="2027-11-26 09:02",
       fmt="plain", subject="Cedar Clinic letter (sent with patient consent)",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Seen at Cedar Clinic: 25/11/2027. Letter sent with the patient's consent.

       Dear Dr Varley,

       Ms Moyo had a copper IUD fitted today. She wants to stop her combined pill and we have advised her to finish the current packet.

       She was treated for chlamydia in clinic; partner notification has been done by our health adviser and a test of cure is not needed.

       Please could you take her off the combined pill on her repeat list. No other GP action is needed.

       Dr Lucy Whiteread
       Speciality Doctor, Sexual and Reproductive Health
       """,
       exp=[], hard_negative=True,
       notes="Hard negative: treatment and partner notification done by the clinic; updating the repeat list is ordinary GP work.")

# --------------------------------------------------------------------------- Mardale (community & mental health)

letter(key="mar-memory", prov="mar", dept="Memory Assessment Service", kind="clinic_letter",
       specialty="Memory Clinic", clinician="Dr Helena Fairclough",
       patient=P("Arthur Pemberton", "1942-08-17"), event="2027-10-13", sent="2027-10-27 11:50",
       fmt="docx", subject="Memory Assessment Service - clinic letter",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Seen at home with his daughter: 13/10/2027

       Dear Dr Mehra,

       # Diagnosis
       Alzheimer's disease, mild (ACE-III 71/100). CT head: generalised and medial temporal atrophy.

       We have started donepezil 5 mg at night; a 4-week supply was given by our team.

       | Who | What | When |
       | GP | ECG and pulse check before the increase to 10 mg | 4/52 |
       | Memory nurse | Home visit to review tolerability and carer support | 6/52 |
       | Daughter | Contact Alzheimer's Society dementia adviser (details given) | now |

       Yours sincerely,

       Dr Helena Fairclough
       Consultant Old Age Psychiatrist
       """,
       exp=[("tests_for_hospital", "ECG and pulse check before the increase to 10 mg"),
            ("late_clinic_letter", "Seen at home with his daughter: 13/10/2027")],
       notes="Who/What/When table: the ECG the specialist needs before titration is put on the GP. Sent 14 days after the visit.")

letter(key="mar-lithium", prov="mar", dept="Ambleford Community Mental Health Team", kind="clinic_letter",
       specialty="Adult Mental Health", clinician="Dr Tomasz Wierzbicki",
       patient=P("Rebecca Ainslie", "1983-04-09"), event="2027-10-19", sent="2027-10-21 16:20",
       fmt="html", subject="CMHT outpatient letter",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Outpatient review: 19/10/2027

       Dear Dr Varley,

       Ms Ainslie has bipolar affective disorder. Lithium carbonate (Priadel) 800 mg at night was started 10 weeks ago; her last level was 0.68 mmol/L and her mood is much more settled.

       # Plan
       - I would be grateful if you could now take over prescribing of Priadel 800 mg nocte and the 3-monthly lithium levels, U&E and TFTs.
       - Care coordinator (Mark Ibbotson, CPN) will continue fortnightly contact.
       - Outpatient review in 6 months.

       Dr Tomasz Wierzbicki
       Consultant Psychiatrist
       """,
       exp=[("shared_care_without_agreement",
             "I would be grateful if you could now take over prescribing of Priadel 800 mg nocte and the 3-monthly lithium levels, U&E and TFTs")],
       notes="Lithium (amber) and its monitoring transferred with no shared-care agreement.")

letter(key="mar-clozapine", prov="mar", dept="Ambleford Community Mental Health Team", kind="clinic_letter",
       specialty="Adult Mental Health", clinician="Dr Tomasz Wierzbicki",
       patient=P("Daniel Mwangi", "1990-10-26"), event="2027-10-28", sent="2027-11-01 10:10",
       fmt="plain", subject="CMHT outpatient letter",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Outpatient review: 28/10/2027

       Dear Dr Mehra,

       Mr Mwangi remains well on clozapine 350 mg daily. His neutrophils have been consistently normal.

       Clozapine continues to be prescribed and supplied by our clozapine clinic, which also does his blood monitoring. Please record it on his medication list as hospital-issued so that interactions are flagged.

       His weight has risen by 3 kg; our physical health nurse will see him next month for his annual physical health check and fasting bloods.

       No other GP action is needed.

       Dr Tomasz Wierzbicki
       Consultant Psychiatrist
       """,
       exp=[], hard_negative=True,
       notes="Hard negative: red drug stays with the clozapine clinic; physical health check done by the trust.")

letter(key="mar-scp-offered", prov="mar", dept="Adult ADHD Service", kind="clinic_letter",
       specialty="Adult ADHD", clinician="Dr Saoirse Keegan",
       patient=P("Ethan Rushworth", "1995-02-19"), event="2027-11-03", sent="2027-11-05 11:30",
       fmt="pdf", subject="Adult ADHD - shared care request",
       attach2=("Shared_Care_Agreement_Lisdexamfetamine.pdf", """
       # Shared Care Agreement: lisdexamfetamine for adult ADHD
       Patient: {NAME}   NHS No {NHS}

       # Specialist responsibilities
       - Initiate and titrate treatment until the dose is stable.
       - Baseline and titration monitoring of blood pressure, pulse and weight.
       - Continue to prescribe until the GP has confirmed acceptance in writing.
       - Annual review of benefit.

       # GP responsibilities (once accepted)
       - Prescribe lisdexamfetamine at the dose advised.
       - Six-monthly blood pressure, pulse and weight.

       GP decision: I accept / do not accept shared care for this patient.
       Signed: ____________   Date: ________
       """),
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Clinic: 03/11/2027

       Dear Dr Varley,

       Mr Rushworth's ADHD is well controlled on lisdexamfetamine 50 mg each morning, with stable blood pressure and weight over 3 months of titration.

       I attach our shared care agreement for your consideration. If you are willing to share his care, please sign and return it; we will continue to prescribe until you have confirmed that you accept, and if you decline we will keep prescribing.

       Yours sincerely,

       Dr Saoirse Keegan
       Consultant Psychiatrist, Adult ADHD Service
       """,
       exp=[], hard_negative=True,
       notes="Hard negative: shared care properly offered with an agreement for the GP to accept; specialist keeps prescribing meanwhile.")

letter(key="mar-dn", prov="mar", dept="Ambleford North District Nursing Team", kind="clinic_letter",
       specialty="Community Nursing", clinician="Alison Dearden",
       patient=P("Mabel Thwaite", "1936-11-11"), event="2027-11-08", sent="2027-11-09 14:14",
       fmt="plain", subject="District nursing update",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Visit: 08/11/2027

       Dear Dr Mehra,

       Update on Mrs Thwaite's right venous leg ulcer. ABPI done at today's visit: 0.94 right, 0.97 left. We have started full compression bandaging, which the district nurses will continue twice weekly.

       The GP kindly prescribed her class 2 compression hosiery in September, which she will move to once the ulcer heals.

       We will take a wound swab ourselves if signs of infection develop. This letter is for information.

       Alison Dearden
       Community Nurse Team Leader
       """,
       exp=[], hard_negative=True,
       notes="Hard negative: community nursing doing its own work; history of GP prescription; for information.")

letter(key="mar-msk-xray", prov="mar", dept="Community MSK Physiotherapy", kind="clinic_letter",
       specialty="MSK Physiotherapy", clinician="Tom Ridley",
       patient=P("Craig Spedding", "1972-12-05"), event="2027-11-10", sent="2027-11-12 10:48",
       fmt="raw", subject="MSK physiotherapy assessment",
       text="""
       Community MSK Physiotherapy
       Assessment 10/11/2027

       Re: {NAME} DOB {DOB} NHS {NHS}

       Dear Dr Varley,
       Craig attended for assessment of right knee pain after a twisting injury at work 7 weeks ago. There is a mild effusion, medial joint line
       tenderness and a positive McMurray's. He is a scaffolder and cannot do his job at present.

       Plan:
       A repeat X-ray of the knee should be requested by the GP, weight bearing views, so we can
       look at the medial compartment before deciding on MRI.
       He has been advised to obtain a fit note from his GP for a further 4 weeks.
       Exercise programme given; review in 4 weeks.

       Tom Ridley
       Advanced Practice Physiotherapist
       """,
       exp=[("tests_for_hospital", "A repeat X-ray of the knee should be requested by the GP"),
            ("fit_note", "He has been advised to obtain a fit note from his GP for a further 4 weeks")],
       notes="Passive test request for the physio's own decision; fit note the assessing clinician (who can certify) pushes to the GP.")

letter(key="mar-physio-optin", prov="mar", dept="Community Physiotherapy", kind="clinic_letter",
       specialty="MSK Physiotherapy", clinician="Physiotherapy Bookings Team",
       patient=P("Gillian Haworth", "1968-07-07"), event=None, sent="2027-11-16 09:05",
       fmt="plain", subject="Discharge - no response to booking invitation",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}

       Dear Doctor,

       We wrote to Mrs Haworth on 12/10/2027 inviting her to book a physiotherapy appointment for her shoulder. We have not heard from her, so she has been discharged from the waiting list.

       If physiotherapy is still required, please re-refer her.

       Physiotherapy Bookings Team
       """,
       exp=[("dna_rereferral", "If physiotherapy is still required, please re-refer her")],
       notes="Discharged after one unanswered booking invitation; GP asked to re-refer.")

letter(key="mar-sexhealth", prov="mar", dept="Mardale Sexual Health Service", kind="clinic_letter",
       specialty="Sexual Health", clinician="Nurse Practitioner Kirsty Oduola",
       patient=P("Amelia Fortescue", "1998-03-28"), event="2027-11-17", sent="2027-11-18 13:40",
       fmt="html", subject="Sexual health clinic - letter with consent",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Seen: 17/11/2027 (letter sent with patient consent)

       Dear Dr Mehra,

       Ms Fortescue was seen for a contraceptive implant change. The old Nexplanon was removed and a new implant inserted in the left arm without complication. It is due for change in November 2030.

       She has been given aftercare advice. If she notices any problem with the site she has been asked to contact our clinic directly.

       For information only; no action for the GP.

       Nurse Practitioner Kirsty Oduola
       """,
       exp=[], hard_negative=True,
       notes="Hard negative: procedure done, aftercare by the clinic, explicit for information.")

letter(key="mar-talking", prov="mar", dept="Mardale Talking Therapies", kind="referral_response",
       specialty="Talking Therapies", clinician="Dr Imran Chaudhry",
       patient=P("Kirsty Lomax", "1993-05-15"), event=None, sent="2027-11-19 15:58",
       fmt="plain", subject="Referral returned - Talking Therapies",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}

       Dear Dr Varley,

       Thank you for your referral. We are unable to accept it in its current form. Please complete a PHQ-9, GAD-7 and a full risk assessment with her and attach them before re-referral.

       Dr Imran Chaudhry
       Clinical Psychologist, Service Lead
       """,
       exp=[("referral_returned_for_workup",
             "Please complete a PHQ-9, GAD-7 and a full risk assessment with her and attach them before re-referral")],
       notes="Referral returned asking the GP to do the service's assessment measures first.")

letter(key="mar-ct-results", prov="mar", dept="Memory Assessment Service", kind="clinic_letter",
       specialty="Memory Clinic", clinician="Sue Pendlebury",
       patient=P("Violet Sanderson", "1945-04-04"), event="2027-11-22", sent="2027-11-24 11:11",
       fmt="plain", subject="Memory Assessment Service - nurse assessment",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Nurse assessment: 22/11/2027

       Dear Dr Mehra,

       Mrs Sanderson scored 79/100 on the ACE-III today. We have requested a CT head, which she will have at Elswick next month.

       Mrs Sanderson and her son have been advised to contact the GP surgery for the CT result once it is done.

       She will then be seen by the consultant in the diagnostic clinic.

       Sue Pendlebury
       Memory Nurse Specialist
       """,
       exp=[("patient_redirected_to_gp", "have been advised to contact the GP surgery for the CT result")],
       notes="Patient told to get the service's own scan result from the GP.")

letter(key="mar-memory-questionnaire", prov="mar", dept="Memory Assessment Service", kind="referral_response",
       specialty="Memory Clinic", clinician="Memory Service Administration",
       patient=P("Herbert Lockwood", "1939-09-19"), event=None, sent="2027-12-01 10:30",
       fmt="docx", subject="Memory Assessment Service - referral received",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}

       Dear Dr Varley,

       Thank you for referring Mr Lockwood. Before we can offer him a first appointment, please complete the enclosed Memory Service pre-assessment questionnaire (medical history, medication and social situation) and return it to us.

       Memory Service Administration
       """,
       exp=[("non_contractual_admin", "please complete the enclosed Memory Service pre-assessment questionnaire")],
       notes="Hospital paperwork asked of the practice before the service will book.")

letter(key="mar-msk-neg", prov="mar", dept="Community MSK Physiotherapy", kind="clinic_letter",
       specialty="MSK Physiotherapy", clinician="Hannah Crowther",
       patient=P("Olivia Brearley", "1986-01-25"), event="2027-12-01", sent="2027-12-08 16:45",
       fmt="plain", subject="MSK physiotherapy discharge",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Final appointment: 01/12/2027

       Dear Dr Mehra,

       Olivia has completed 5 sessions for lateral elbow tendinopathy and is pain free at work. She has a home exercise programme.

       If her symptoms recur within 6 months she can self-refer back to us directly. We have discharged her.

       Hannah Crowther
       Physiotherapist
       """,
       exp=[], hard_negative=True,
       notes="Hard negative: self-referral back to the service; sent exactly 7 days after the appointment, so on time.")

letter(key="mar-adhd-adult", prov="mar", dept="Adult ADHD Service", kind="clinic_letter",
       specialty="Adult ADHD", clinician="Dr Saoirse Keegan",
       patient=P("Marcus Fielding", "1989-08-30"), event="2027-12-02", sent="2027-12-03 09:35",
       fmt="plain", subject="Adult ADHD clinic letter",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Clinic: 02/12/2027

       Dear Dr Varley,

       Mr Fielding has now completed titration of dexamfetamine, 10 mg BD, with good effect and no rise in blood pressure.

       Going forward, GP to continue dexamfetamine 10 mg BD and to monitor BP, pulse and weight 6-monthly. We are discharging him to your care with an annual review by our service.

       Dr Saoirse Keegan
       Consultant Psychiatrist, Adult ADHD Service
       """,
       exp=[("shared_care_without_agreement",
             "GP to continue dexamfetamine 10 mg BD and to monitor BP, pulse and weight 6-monthly")],
       notes="Amber stimulant and monitoring handed over with no agreement offered (contrast with the earlier letter that offered one).")

# --------------------------------------------------------------------------- Quillon (independent sector)

letter(key="qui-acl", prov="qui", dept="Orthopaedic Day Surgery (NHS e-RS patients)", kind="discharge_summary",
       specialty="Orthopaedics", clinician="Mr Julian Ferraby",
       patient=P("Aiden Blakemore", "1994-06-03"), event="2027-11-08", sent="2027-11-12 12:40",
       fmt="pdf2", subject="Discharge summary - Quillon Park Hospital",
       text="""
       DISCHARGE SUMMARY
       Patient: {NAME}   DOB: {DOB}   NHS: {NHS}
       Date of admission: 08/11/2027
       Date of discharge: 08/11/2027
       Consultant: Mr Julian Ferraby

       # Procedure
       Arthroscopic anterior cruciate ligament reconstruction, left knee (hamstring graft). Portal wounds closed with nylon sutures.

       # Medications
       Medications: TTO supplied 7 days - paracetamol, naproxen, omeprazole. Rivaroxaban 10 mg OD for 14 days (supplied in full).

       ===
       # GP actions
       - Please remove sutures at 2/52 at your surgery.
       - GP to provide fit note; he is a warehouse operative and will be off work for 8 weeks.

       # Follow-up
       Physiotherapy at Quillon Park from week 1 (booked). Consultant review at 6 weeks.

       Quillon Healthcare Ltd is an independent sector provider of NHS-funded care.
       """,
       exp=[("post_procedure_care", "Please remove sutures at 2/52 at your surgery"),
            ("fit_note", "GP to provide fit note"),
            ("late_discharge_summary", "Date of discharge: 08/11/2027")],
       notes="Independent-sector day case: suture removal and fit note pushed to GP; sent 4 days after discharge.")

letter(key="qui-cataract-neg", prov="qui", dept="Ophthalmology (NHS cataract service)", kind="clinic_letter",
       specialty="Ophthalmology", clinician="Ms Anjali Varma",
       patient=P("Beryl Hamer", "1946-02-02"), event="2027-10-29", sent="2027-11-01 10:55",
       fmt="html", subject="Cataract surgery - outcome",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Date of surgery: 29/10/2027

       Dear Dr Mehra,

       Mrs Hamer had uncomplicated right phacoemulsification and lens implant today.

       | Drops | Supplied |
       | Maxidex (dexamethasone 0.1%) QDS for 4 weeks | Full course supplied |
       | Chloramphenicol 0.5% QDS for 2 weeks | Full course supplied |

       Her post-operative check will be with her community optometrist at 4 weeks under the commissioned cataract pathway. She has our helpline number for any pain or loss of vision.

       No GP action required.

       Ms Anjali Varma
       Consultant Ophthalmic Surgeon
       """,
       exp=[], hard_negative=True,
       notes="Hard negative: full drop supply, aftercare by commissioned optometrist, explicit no GP action.")

letter(key="qui-preop", prov="qui", dept="General Surgery (NHS patients)", kind="clinic_letter",
       specialty="General Surgery", clinician="Mr Stefan Lindgren",
       patient=P("Graham Eastwood", "1960-10-14"), event="2027-11-02", sent="2027-11-04 16:00",
       fmt="docx", subject="Surgical clinic letter - action required",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Clinic: 02/11/2027

       Dear Dr Varley,

       I saw Mr Eastwood regarding his right inguinal hernia and have listed him for laparoscopic repair.

       | Summary | Plan | GP actions |
       | Reducible right inguinal hernia; type 2 diabetes | Laparoscopic TEP repair, day case | 1. GP to arrange HbA1c; we need a result within the last 3 months before surgery can be booked. 2. Please complete the attached GP medical summary form and return it to our pre-assessment team. |

       Yours sincerely,

       Mr Stefan Lindgren
       Consultant General Surgeon
       """,
       exp=[("tests_for_hospital", "GP to arrange HbA1c; we need a result within the last 3 months before surgery can be booked"),
            ("non_contractual_admin", "Please complete the attached GP medical summary form and return it to our pre-assessment team")],
       notes="Independent provider pushes pre-op HbA1c and its own form onto the practice (DOCX table).")

letter(key="qui-radiology-neg", prov="qui", dept="Quillon Diagnostic Centre", kind="results",
       specialty="Radiology", clinician="Dr Megan Hallworth",
       patient=P("Colin Ibbetson", "1967-03-17"), event=None, sent="2027-11-11 08:30",
       fmt="plain", subject="Imaging report - copy to GP",
       text="""
       IMAGING REPORT (copy for GP records)
       Patient: {NAME}  DOB: {DOB}  NHS: {NHS}
       Examination: MRI right knee, 09/11/2027
       Referrer: Mr J Ferraby, Quillon Park orthopaedic clinic

       Findings: complex tear of the posterior horn of the medial meniscus. Moderate medial compartment chondral loss. ACL and PCL intact.

       Comment: Report sent to the referring consultant, who will discuss the results with the patient in clinic. Copy to GP for information; no action requested.

       Dr Megan Hallworth, Consultant Radiologist
       """,
       exp=[], hard_negative=True,
       notes="Hard negative: copy of a hospital-ordered scan; the referrer gives the result.")

letter(key="qui-bmi", prov="qui", dept="Orthopaedics (NHS e-RS)", kind="referral_response",
       specialty="Orthopaedics", clinician="Quillon NHS Referral Management Centre",
       patient=P("Janet Royle", "1963-08-21"), event=None, sent="2027-11-15 12:15",
       fmt="raw", subject="e-RS: referral rejected",
       text="""
       e-RS REFERRAL - REJECTED / RETURNED TO REFERRER
       Service: Quillon Park Hospital - Orthopaedics - Hip and Knee
       UBRN: 0000 5521 8843
       Patient: {NAME}  DOB {DOB}  NHS {NHS}
       Date: 15/11/2027

       Reason: Patient BMI 41 exceeds our clinical threshold for elective hip arthroplasty.
       Comment from provider: please support the patient with weight management until BMI is under 35
       and re-refer once achieved. Alternatively refer to an NHS trust.

       Quillon NHS Referral Management Centre
       """,
       exp=[("referral_returned_for_workup",
             "please support the patient with weight management until BMI is under 35 and re-refer once achieved")],
       notes="Referral returned asking for work-up (weight loss) first.")

letter(key="qui-derm-ag", prov="qui", dept="Community Dermatology Service (NHS)", kind="referral_response",
       specialty="Dermatology", clinician="Dr Anouk de Vries",
       patient=P("Rosemary Kitching", "1955-11-29"), event=None, sent="2027-11-17 17:02",
       fmt="html", subject="Advice and Guidance response - referral not accepted",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}

       | Request | Routine referral: itchy scaly rash on both lower legs, 8 months |
       | Outcome | Converted to Advice and Guidance - referral not accepted |
       | Advice | Treat as gravitational eczema: potent topical steroid (Betnovate) BD for 4 weeks and emollients. If no better after 8 weeks, re-refer with photographs. |

       Dr Anouk de Vries
       GP with Extended Role in Dermatology, Quillon Community Dermatology
       """,
       exp=[("referral_returned_for_workup", "Converted to Advice and Guidance - referral not accepted")],
       notes="Advice and guidance given instead of accepting the referral.")

letter(key="qui-dna-preop", prov="qui", dept="Pre-operative Assessment", kind="clinic_letter",
       specialty="Orthopaedics", clinician="Pre-assessment Team",
       patient=P("Samantha Greenhalgh", "1971-05-24"), event="2027-11-23", sent="2027-11-24 09:40",
       fmt="plain", subject="Did not attend - pre-operative assessment",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Appointment: 23/11/2027

       Dear Doctor,

       Mrs Greenhalgh did not attend her pre-operative assessment for right carpal tunnel decompression. Under our access policy she has been removed from the waiting list and will need a new referral from her GP.

       Pre-assessment Team, Quillon Park Hospital
       """,
       exp=[("dna_rereferral", "will need a new referral from her GP")],
       notes="Removed from list after one DNA; new GP referral required.")

letter(key="qui-followup-redirect", prov="qui", dept="Orthopaedics (NHS patients)", kind="clinic_letter",
       specialty="Orthopaedics", clinician="Mr Julian Ferraby",
       patient=P("Lorraine Ackroyd", "1958-07-01"), event="2027-11-29", sent="2027-12-01 14:25",
       fmt="plain", subject="Orthopaedic clinic letter",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Clinic: 29/11/2027

       Dear Dr Mehra,

       Mrs Ackroyd is 3 months after a right total hip replacement and is walking without aids. X-ray today satisfactory.

       She will need a 1-year review. Our booking system is not yet open for 2028, so she has been advised to contact her GP surgery to find out the date of her follow-up appointment.

       Mr Julian Ferraby
       Consultant Orthopaedic Surgeon
       """,
       exp=[("patient_redirected_to_gp", "she has been advised to contact her GP surgery to find out the date of her follow-up appointment")],
       notes="Patient told to ask the GP about the provider's own follow-up booking.")

letter(key="qui-hip-neg", prov="qui", dept="Orthopaedics (NHS patients)", kind="clinic_letter",
       specialty="Orthopaedics", clinician="Mr Julian Ferraby",
       patient=P("Bernard Oldfield", "1949-09-09"), event="2027-12-06", sent="2027-12-07 10:02",
       fmt="pdf", subject="Orthopaedic clinic letter",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Clinic: 06/12/2027

       Dear Dr Varley,

       Mr Oldfield is 1 year after his left total hip replacement. He is pain free and walks unlimited distances. X-ray shows a well-fixed prosthesis.

       I have discharged him from follow-up. He knows to contact us directly if he has new pain in the hip. No GP action required.

       Mr Julian Ferraby
       Consultant Orthopaedic Surgeon
       """,
       exp=[], hard_negative=True,
       notes="Hard negative: discharged after a routine review; patient to contact the provider.")

# --------------------------------------------------------------------------- a few more

letter(key="els-endometritis", prov="els", dept="Maternity - Ward 31", kind="discharge_summary",
       specialty="Obstetrics", clinician="Miss Adaeze Nwosu",
       patient=P("Kayleigh Durrant", "1994-04-30"), event="2027-12-02", ev_time="14:10",
       sent="2027-12-03 16:30", fmt="plain", subject="Maternity discharge summary",
       text="""
       POSTNATAL READMISSION - DISCHARGE SUMMARY
       Patient: {NAME}   DOB: {DOB}   NHS: {NHS}
       Discharge date/time: 02/12/2027 14:10
       Named consultant: Miss Adaeze Nwosu   Completed by: Dr Feng Li, ST4 O&G

       Diagnosis: postnatal endometritis, day 9 after caesarean section. Treated with IV co-amoxiclav 48 h; CRP 188 down to 41.

       Medications: TTO supplied 3 days - co-amoxiclav 625 mg TDS.
       GP to prescribe a further 4 days of co-amoxiclav to complete 7 days of oral treatment.

       Community midwife to check the caesarean wound on day 5 after discharge.
       Breastfeeding: co-amoxiclav is compatible.
       """,
       exp=[("hospital_only_prescribing", "GP to prescribe a further 4 days of co-amoxiclav to complete 7 days of oral treatment"),
            ("late_discharge_summary", "Discharge date/time: 02/12/2027 14:10")],
       notes="Three-day TTO with the rest of the course passed to the GP; sent 26 h 20 min after the stated discharge time. Wound check aimed at the midwife (decoy).")

letter(key="lan-dka", prov="lan", dept="Children's Diabetes Team - Ward 6", kind="discharge_summary",
       specialty="Paediatric Diabetes", clinician="Dr Bronwen Atherley",
       patient=P("Lily-Mae Goodall", "2015-10-23"), event="2027-12-06", ev_time="19:30",
       sent="2027-12-07 11:05", fmt="docx", subject="Discharge summary - new type 1 diabetes",
       text="""
       Patient: {NAME}   DOB: {DOB}   NHS number: {NHS}
       Discharge date/time: 06/12/2027 19:30
       Consultant: Dr Bronwen Atherley

       | Summary | New diagnosis of type 1 diabetes, presented in mild DKA (pH 7.27). Fluids and insulin per protocol; DKA resolved in 14 hours. |
       | Plan | Basal-bolus insulin. Children's diabetes nurses will phone the family daily this week and visit at home and at school. |
       | GP actions | Please add insulin, pen needles, test strips and ketone strips to her repeat prescription; all were supplied for 14 days on discharge. |
       | Other | School nurse to receive an individual healthcare plan from our team. |

       Medications: TTO supplied 14 days.
       """,
       exp=[], hard_negative=True,
       notes="Hard negative: 14 days supplied, continuing established insulin supplies is ordinary GP work; nurses and school actions are the team's. Sent 15.5 h after discharge: on time.")

letter(key="amb-gastro-ferritin", prov="amb", dept="Gastroenterology", kind="clinic_letter",
       specialty="Gastroenterology", clinician="Dr Yusuf Demir",
       patient=P("Angela Brightwell", "1973-02-11"), event="2027-12-09", sent="2027-12-13 13:50",
       fmt="pdf", subject="Gastroenterology clinic letter",
       text="""
       Re: {NAME}, DOB {DOB}, NHS No {NHS}
       Clinic: 09/12/2027

       Dear Dr Mehra,

       Ms Brightwell has diarrhoea-predominant symptoms and a positive tissue transglutaminase antibody. We have booked a gastroscopy with duodenal biopsies for January.

       If not already done, please check her ferritin, B12 and folate before the gastroscopy so we have them for the procedure.

       She should keep eating gluten until the biopsies are taken. Dietitian referral will be made by us if coeliac disease is confirmed.

       Dr Yusuf Demir
       Consultant Gastroenterologist
       """,
       exp=[("tests_for_hospital", "please check her ferritin, B12 and folate before the gastroscopy")],
       notes="Conditional-but-actual request for bloods the endoscopy team wants.")


# =========================================================================== other messages
# fmt: "plain" | "html" | "dsn". headers: extra header lines. No expected findings, never answered.

other(key="o-autoreply-els", sent="2027-10-14 09:02", fmt="plain",
      frm="Elswick UTH Clinical Correspondence <correspondence@elswick-uth.nhs.uk>",
      subject="Automatic reply: Returned request - Ms Harriet Quayle",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
               "In-Reply-To": "<20271014085911.7731@kilnseyroad.nhs.net>"},
      body="""
      Thank you for your email. This mailbox is used to send clinical correspondence and is not monitored.

      If your message is about a patient, please contact the relevant secretary using the telephone number at the top of the letter. Urgent clinical queries: switchboard 0191 498 0000.

      This is an automated response; please do not reply.
      """,
      notes="RFC 3834 auto-reply (Auto-Submitted: auto-replied) from an unmonitored hospital mailbox.")

other(key="o-ooo-secretary", sent="2027-10-29 11:17", fmt="plain",
      frm="Linda Harkness <linda.harkness@nhs.net>",
      subject="Out of Office: Returned request - Mr T Mabbutt (pre-operative ECG)",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "DR, RN, NRN, OOF, AutoReply"},
      body="""
      I am out of the office until Monday 8 November 2027 with limited access to email.

      For Mr Gunaratne's patients please contact the general surgery secretaries on 0113 496 0888. For pre-operative assessment queries please call 0113 496 0875.

      Linda Harkness
      Medical Secretary to Mr P Gunaratne, Ambleford General Hospital
      """,
      notes="Out-of-office reply from a hospital secretary (Auto-Submitted).")

other(key="o-lmc-bulletin", sent="2027-10-22 07:30", fmt="html",
      frm="Ambleford and Corvale LMC <bulletin@ambleford-corvale-lmc.example.org>",
      subject="LMC Bulletin - October 2027: interface workload",
      headers={"List-Id": "Ambleford and Corvale LMC bulletin <bulletin.ambleford-corvale-lmc.example.org>",
               "List-Unsubscribe": "<https://ambleford-corvale-lmc.example.org/unsubscribe>",
               "Precedence": "bulk"},
      body="""
      LMC Bulletin - October 2027

      Interface: keep sending us your examples
      Practices continue to receive requests such as "GP to arrange repeat bloods in 2/52", "please re-refer if still required" after a single missed appointment, and "patient to obtain fit note from GP" after surgery. These are the provider's responsibility under the NHS Standard Contract. Please use the template letters on our website and copy us in (anonymised).

      Flu and COVID vaccination
      Please check your cold-chain logs before the December stock delivery.

      Training
      Practice manager forum, 18 November 2027, 13:00, online.
      """,
      notes="LMC newsletter (List-Id, Precedence: bulk) quoting typical requests on purpose.")

other(key="o-parent", sent="2027-11-16 20:48", fmt="plain",
      frm="Danielle Ekwueme <danielle.ekwueme@example.com>",
      subject="Noah's hearing - referral?",
      headers={},
      body="""
      Hello,

      My son Noah (DOB 29/07/2022) had his hearing test at Lantern Hill last week. The audiologist told me to ask you for a referral to ENT for grommets. Could the doctor please do this, or do I need to book an appointment?

      Thank you
      Danielle Ekwueme
      07700 900461
      """,
      notes="Parent e-mail following the relayed-referral audiology letter.")

other(key="o-phish-nhsmail", sent="2027-11-02 06:14", fmt="html",
      frm="NHSmail Support <no-reply@nhsmail-support-portal.example.net>",
      subject="[Action Required] Your NHSmail password expires today",
      headers={"Reply-To": "verify@nhsmail-support-portal.example.net"},
      body="""
      NHSmail Account Notice

      Dear user,

      Your NHSmail password will expire within 24 hours. To avoid losing access to your mailbox and shared mailboxes, please confirm your credentials now at https://nhsmail-support-portal.example.net/verify

      Failure to verify will result in account suspension.

      NHSmail Support Team
      """,
      notes="Phishing pretending to be NHSmail support.")

other(key="o-dsn-failed", sent="2027-11-08 14:22", fmt="dsn",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>",
      subject="Undeliverable: Request returned - Mr Derek Hollingworth (clip removal)",
      headers={"Auto-Submitted": "auto-replied"},
      rcpt="ortho.secretaries@ambleford-thistleford.nhs.uk",
      returned_subject="Request returned - Mr Derek Hollingworth (clip removal)",
      returned_body="""
      Dear Mr Ashdown,

      Re: Mr Derek Hollingworth

      Your discharge summary of 07/10/2027 asked: "Clips to be removed by the practice nurse at day 12-14" and "Please provide a fit note for 6 weeks from discharge".

      Post-operative aftercare and fit notes for the period of hospital care are the provider's responsibility. We would be grateful if your team could arrange these directly with Mr Hollingworth.

      Kilnsey Road Surgery
      """,
      body="""
      Delivery has failed to these recipients or groups:

      ortho.secretaries@ambleford-thistleford.nhs.uk
      The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.
      """,
      notes="Delivery failure (multipart/report) carrying the practice's own returned-request letter as message/rfc822; quotes request wording on purpose.")

other(key="o-patient-fitnote", sent="2027-11-10 08:05", fmt="plain",
      frm="Aiden Blakemore <a.blakemore@example.com>",
      subject="Sick note after knee operation",
      headers={},
      body="""
      Hi,

      I had my knee operation at Quillon Park on 8th November. They told me the GP will do my sick note and take my stitches out in 2 weeks. Can I get the sick note emailed to me, my work needs it by Friday?

      Thanks
      Aiden Blakemore
      """,
      notes="Patient e-mail that repeats what the provider told him; nothing to detect in a patient e-mail.")

other(key="o-solicitor", sent="2027-11-12 10:30", fmt="plain",
      frm="Records Team <records@harnwell-lowe-solicitors.example.co.uk>",
      subject="Subject access request - our client Mrs Pauline Stirk",
      headers={},
      body="""
      Dear Practice Manager,

      We act for Mrs Pauline Stirk (DOB 22/12/1948) in connection with a personal injury claim. Please find attached her signed authority. We request copies of her complete GP records, including hospital correspondence, for the period 2022 to date, under the UK GDPR.

      Please could you also complete our medical questionnaire regarding her eczema and its impact on her ability to work.

      Yours faithfully,
      Harnwell Lowe Solicitors LLP
      """,
      notes="Solicitor's request: not a provider letter.")

other(key="o-carehome", sent="2027-11-19 12:44", fmt="plain",
      frm="Thornlea Court Care Home <thornleacourt.carehome@nhs.net>",
      subject="Visit request - Mrs Mabel Thwaite",
      headers={},
      body="""
      Hello,

      Mabel Thwaite in room 12 has been more confused since yesterday and her urine smells strong. Obs this morning: temp 37.9, pulse 96, BP 118/70, sats 95%. The district nurses have seen her leg today.

      Please could a GP visit or call us back today?

      Many thanks
      Joy Anderton, Senior Carer, Thornlea Court
      01632 960 233
      """,
      notes="Care home e-mail asking for a visit: ordinary GP work, not a provider letter.")

other(key="o-pharmacy", sent="2027-12-03 17:58", fmt="plain",
      frm="Kilnsey Pharmacy <kilnsey.pharmacy@nhs.net>",
      subject="Query - Kayleigh Durrant co-amoxiclav",
      headers={},
      body="""
      Hi,

      Kayleigh Durrant has come in with 3 days of co-amoxiclav from Elswick maternity and says the hospital told her the GP would send the rest. We have nothing on the spine yet. Could someone look at this please?

      Thanks, Raj (pharmacist)
      """,
      notes="Community pharmacy query following the 3-day TTO discharge.")

other(key="o-re-thread", sent="2027-11-26 15:35", fmt="plain",
      frm="Joseph Nkemelu <joseph.nkemelu@nhs.net>",
      subject="RE: Request returned - Mrs Irene Pockett",
      headers={"In-Reply-To": "<20271025091200.4471@kilnseyroad.nhs.net>",
               "References": "<20271025091200.4471@kilnseyroad.nhs.net>"},
      body="""
      Dear colleagues,

      Thank you for your letter. Apologies - our TTO system only allowed 3 days. We have arranged the follow-up chest X-ray from our side and Mrs Pockett has her appointment.

      Best wishes
      Joseph Nkemelu
      Consultant Acute Physician, Ambleford General Hospital

      -----Original Message-----
      From: Kilnsey Road Surgery
      Sent: 25 October 2027 09:12
      Subject: Request returned - Mrs Irene Pockett

      Your discharge summary of 21/10/2027 asked: "GP to continue amoxicillin 500 mg TDS for a further 4 days" and "Repeat CXR in 6/52 - GP to request". We would be grateful if the hospital could arrange the follow-up X-ray directly.
      """,
      notes="Hospital consultant's reply in a RE: thread quoting the practice's letter, which quotes the request.")

other(key="o-icb-bulletin", sent="2027-12-06 08:00", fmt="html",
      frm="Mid Ambleford ICB Medicines Optimisation <medsopt.bulletin@nhs.net>",
      subject="Medicines Optimisation Bulletin - December 2027",
      headers={"List-Id": "ICB medicines bulletin <medsopt-bulletin.ambleford-icb.example.org>",
               "Precedence": "bulk",
               "List-Unsubscribe": "<mailto:medsopt.bulletin@nhs.net?subject=unsubscribe>"},
      body="""
      Medicines Optimisation Bulletin - December 2027

      RAG list update: dexamfetamine and lisdexamfetamine remain AMBER (shared care). Do not accept transfer of prescribing without a signed shared care agreement.

      Supply: Movicol Paediatric Plain sachets are back in stock.

      Reminder: hospital TTO supplies should be at least 7 days.
      """,
      notes="ICB medicines bulletin (List-Id).")

other(key="o-phish-invoice", sent="2027-12-09 03:41", fmt="plain",
      frm="NHS Business Services <invoices@nhsbsa-payments.example.net>",
      subject="Overdue invoice INV-2027-88412 - immediate payment required",
      headers={},
      body="""
      Dear Practice,

      Our records show invoice INV-2027-88412 for prescription charge reconciliation is overdue. To avoid a penalty please open the secure document and pay within 48 hours:

      https://nhsbsa-payments.example.net/secure/INV-2027-88412

      NHS Business Services Authority - Accounts Receivable
      """,
      notes="Phishing pretending to be an NHS body.")

other(key="o-ticket-autoreply", sent="2027-12-10 10:06", fmt="plain",
      frm="Quillon Patient Services <patientservices@quillonhealthcare.co.uk>",
      subject="[Ticket #QPH-204415] We have received your message",
      headers={"Auto-Submitted": "auto-generated", "Precedence": "auto_reply"},
      body="""
      Thank you for contacting Quillon Park Hospital Patient Services.

      Your message has been logged as ticket QPH-204415. A member of the team will respond within 5 working days. Please quote the ticket number in any further correspondence.

      This is an automated message.
      """,
      notes="Ticketing-system auto-acknowledgement (Auto-Submitted: auto-generated).")

other(key="o-dsn-delay", sent="2027-12-14 09:15", fmt="dsn", delayed=True,
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>",
      subject="Delivery delayed: Request returned - Mr Graham Eastwood",
      headers={"Auto-Submitted": "auto-replied"},
      rcpt="preassessment@quillonhealthcare.co.uk",
      returned_subject="Request returned - Mr Graham Eastwood",
      returned_body="""
      Dear Mr Lindgren,

      Your letter of 04/11/2027 asked us to arrange an HbA1c and to complete your GP medical summary form. Pre-operative tests and your own forms are the provider's responsibility; please arrange them directly.

      Kilnsey Road Surgery
      """,
      body="""
      Delivery is delayed to these recipients or groups:

      preassessment@quillonhealthcare.co.uk

      This message hasn't been delivered yet. Delivery will continue to be attempted. The server will keep trying to deliver this message for the next 1 day, 19 hours.
      """,
      notes="Delayed-delivery DSN with the returned request attached.")

other(key="o-patient-ct", sent="2027-12-15 19:20", fmt="plain",
      frm="Graham Sanderson <g.sanderson@example.org>",
      subject="Mum's CT scan result (Violet Sanderson)",
      headers={},
      body="""
      Dear Doctor,

      My mother Violet Sanderson had her CT head scan at Elswick on 10 December. The memory nurse told us to contact the surgery for the result. Has it come through yet? Mum is anxious about it.

      Kind regards
      Graham Sanderson (son)
      """,
      notes="Relative asking for a result, as the memory service told them to.")


# =========================================================================== building

DOCTYPE = {"clinic_letter": "Clinic Letter", "discharge_summary": "Discharge Summary",
           "referral_response": "Referral Response", "results": "Results Letter",
           "ed_letter": "Emergency Department Letter"}


def msgid(sent: dt.datetime, key: str, domain: str) -> str:
    h = hashlib.sha1(key.encode()).hexdigest()[:12].upper()
    return f"<{sent.astimezone(dt.UTC):%Y%m%d%H%M%S}.{h}@{domain}>"


def make_pdf2(p, dept, pages, title, created: dt.datetime) -> bytes:
    """Letter PDF with the letterhead repeated as a running header and a footer on every page."""
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        ListFlowable,
        ListItem,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
    head = ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", fontSize=10.5,
                          spaceBefore=6, spaceAfter=3)
    cell = ParagraphStyle("c", parent=base, fontSize=9, leading=11, spaceAfter=0)
    story = []
    for n, blocks in enumerate(pages):
        if n:
            story.append(PageBreak())
        for kind, data in blocks:
            if kind == "h":
                story.append(Paragraph(esc(data), head))
            elif kind == "p":
                story.append(Paragraph("<br/>".join(esc(x) for x in data), base))
            elif kind in ("ul", "ol"):
                items = [ListItem(Paragraph(esc(re.sub(r"^[0-9]+[.)] ", "", i)), base), leftIndent=12)
                         for i in data]
                story.append(ListFlowable(items, bulletType="bullet" if kind == "ul" else "1",
                                          start=None if kind == "ul" else 1, leftIndent=14,
                                          bulletFontName="Helvetica", bulletFontSize=9))
            elif kind == "table":
                ncol = max(len(r) for r in data)
                rows = [[Paragraph(esc(c), cell) for c in r] + [""] * (ncol - len(r)) for r in data]
                t = Table(rows, colWidths=[170 * mm / ncol] * ncol)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story += [t, Spacer(1, 4 * mm)]

    def decorate(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica-Bold", 10)
        canv.drawString(20 * mm, 285 * mm, p["name"])
        canv.setFont("Helvetica", 8)
        canv.drawString(20 * mm, 281 * mm, f"{dept} | {p['site']} | Tel {p['phone']}")
        canv.setStrokeColor(colors.HexColor("#005eb8"))
        canv.line(20 * mm, 279 * mm, 190 * mm, 279 * mm)
        canv.setFont("Helvetica", 7.5)
        canv.drawString(20 * mm, 10 * mm, f"CONFIDENTIAL - {p['name']}, {', '.join(p['addr'])}")
        canv.drawRightString(190 * mm, 10 * mm, f"Page {doc.page} of {len(pages)}")
        canv.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=24 * mm, bottomMargin=18 * mm, title=title,
                            author=p["name"], creator=p["mailer"])
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    stamp = created.strftime("D:%Y%m%d%H%M%S")
    return re.sub(rb"D:\d{14}[^)]*", stamp.encode() + b"+00'00'", buf.getvalue())


def split_pages(text: str):
    return [parse_markup(chunk) for chunk in re.split(r"\n[ \t]*===[ \t]*\n", text)]


def plain_letterhead(p, dept) -> str:
    return "\n".join([p["name"].upper(), dept, p["site"], ", ".join(p["addr"]), f"Tel: {p['phone']}"]) + "\n\n"


def new_msg(frm, subject, sent, mid, extra=None) -> EmailMessage:
    m = EmailMessage()
    m["From"] = frm
    m["To"] = PRACTICE_TO
    m["Subject"] = subject
    m["Date"] = email.utils.format_datetime(sent)
    m["Message-ID"] = mid
    for k, v in (extra or {}).items():
        m[k] = v
    return m


def build_letter(L, idx) -> bytes:
    p = PROV[L["prov"]]
    pt = L["patient"]
    sent = london(L["sent"])
    text = fill(L["text"], pt)
    m = new_msg(p["sender"], L["subject"] + f" - {pt['name']} (NHS {spaced(pt['nhs_number'])})", sent,
                msgid(sent, L["key"], p["domain"]), {"X-Mailer": p["mailer"]})
    fmt = L["fmt"]
    created = sent - dt.timedelta(minutes=9)
    if fmt == "raw":
        m.set_content(plain_letterhead(p, L["dept"]) + text + "\n")
    elif fmt == "plain":
        m.set_content(plain_letterhead(p, L["dept"]) + render_plain(parse_markup(text)))
    elif fmt == "html":
        blocks = parse_markup(text)
        doc = html_doc(p, L["dept"], blocks, style="tablehead" if idx % 2 else "plainhead")
        if idx % 3 == 0:   # some HTML letters carry a text alternative, most are HTML-only
            m.set_content(plain_letterhead(p, L["dept"]) + render_plain(blocks))
            m.add_alternative(doc, subtype="html")
        else:
            m.set_content(doc, subtype="html")
    elif fmt in ("pdf", "pdf2", "docx"):
        ext = "docx" if fmt == "docx" else "pdf"
        stem = re.sub(r"[^A-Za-z]", "", DOCTYPE[L["kind"]])[:12]
        fname = f"{stem}_{pt['nhs_number']}_{sent:%Y%m%d}.{ext}"
        cover = (f"This e-mail contains correspondence from {p['name']} about a patient registered "
                 f"with your practice.\n\nDocument type: {DOCTYPE[L['kind']]}\nDepartment: {L['dept']}\n"
                 f"Attachment: {fname}\n\nThis mailbox is not monitored. Contact details for the team "
                 "are on the letter.\n")
        m.set_content(cover)
        title = f"{DOCTYPE[L['kind']]} - {L['dept']}"
        if ext == "pdf":
            data = make_pdf2(p, L["dept"], split_pages(text), title, created)
            m.add_attachment(data, maintype="application", subtype="pdf", filename=fname)
        else:
            data = make_docx(p, L["dept"], parse_markup(text), title, created)
            m.add_attachment(data, maintype="application",
                             subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                             filename=fname)
        if L["attach2"]:
            fn2, t2 = L["attach2"]
            data2 = make_pdf2(p, L["dept"], split_pages(fill(t2, pt)), fn2[:-4].replace("_", " "), created)
            m.add_attachment(data2, maintype="application", subtype="pdf", filename=fn2)
    else:
        raise ValueError(fmt)
    return m.as_bytes(policy=CRLF)


def html_from_text(text: str) -> str:
    paras = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    return ("<!DOCTYPE html>\n<html><body style=\"font-family:Arial,sans-serif\">\n" +
            "\n".join("<p>" + "<br>\n".join(esc(x) for x in p.split("\n")) + "</p>" for p in paras) +
            "\n</body></html>\n")


def build_other(O) -> bytes:
    sent = london(O["sent"])
    dom = O["frm"].split("@")[-1].rstrip(">")
    body = textwrap.dedent(O["body"]).strip("\n") + "\n"
    mid = msgid(sent, O["key"], dom)
    if O["fmt"] in ("plain", "html"):
        m = new_msg(O["frm"], O["subject"], sent, mid, O["headers"])
        m.set_content(body)
        if O["fmt"] == "html":
            m.add_alternative(html_from_text(body), subtype="html")
        return m.as_bytes(policy=CRLF)
    # delivery status notification: multipart/report with the returned message
    orig_sent = sent - dt.timedelta(hours=26 if O.get("delayed") else 0, minutes=3)
    orig = new_msg(PRACTICE_TO, O["returned_subject"], orig_sent,
                   msgid(orig_sent, O["key"] + "orig", "kilnseyroad.nhs.net"))
    del orig["To"]
    orig["To"] = O["rcpt"]
    orig.set_content(textwrap.dedent(O["returned_body"]).strip("\n") + "\n")
    boundary = "=_dsn_" + hashlib.sha1(O["key"].encode()).hexdigest()[:16]
    action, status = ("delayed", "4.4.7") if O.get("delayed") else ("failed", "5.1.1")
    hdr = new_msg(O["frm"], O["subject"], sent, mid, O["headers"])
    del hdr["To"]
    hdr["To"] = PRACTICE_TO
    head = "".join(f"{k}: {v}\n" for k, v in hdr.items())
    raw = (head + "MIME-Version: 1.0\n"
           f'Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"\n\n'
           f"--{boundary}\nContent-Type: text/plain; charset=\"us-ascii\"\nContent-Transfer-Encoding: 7bit\n\n"
           f"{body}\n"
           f"--{boundary}\nContent-Type: message/delivery-status\n\n"
           "Reporting-MTA: dns;mailgw02.nhs.net\n"
           f"Arrival-Date: {email.utils.format_datetime(orig_sent)}\n\n"
           f"Final-Recipient: rfc822;{O['rcpt']}\nAction: {action}\nStatus: {status}\n\n"
           f"--{boundary}\nContent-Type: message/rfc822\n\n"
           + orig.as_string(policy=email.policy.default).replace("\r\n", "\n") +
           f"\n--{boundary}--\n")
    return raw.replace("\n", "\r\n").encode("utf-8")


def all_items():
    items = [("L", L) for L in LETTERS] + [("O", O) for O in OTHERS]
    items.sort(key=lambda x: (london(x[1]["sent"]), x[1]["key"]))
    return items


def label_for(kind, item, num):
    base = {"id": f"sixth-{num:03d}", "file": f"sixth-{num:03d}.eml"}
    if kind == "O":
        return {**base, "kind": "other", "trust": None, "specialty": None, "clinician": None,
                "patient": None, "event_date": None, "letter_date": None, "expected": [],
                "urgent_clinical_action": False, "notes": item["notes"]}
    return {**base, "kind": item["kind"], "trust": PROV[item["prov"]]["name"],
            "specialty": item["specialty"], "clinician": item["clinician"],
            "patient": dict(item["patient"]), "event_date": item["event"],
            "letter_date": item["sent"][:10],
            "expected": [{"category": c, "evidence": e} for c, e in item["exp"]],
            "urgent_clinical_action": item["urgent"], "notes": item["notes"]}


def build():
    OUT.mkdir(exist_ok=True)
    for f in OUT.glob("sixth-*.eml"):
        f.unlink()
    labels = []
    for num, (kind, item) in enumerate(all_items(), 1):
        random.seed(6000 + num)   # MIME boundaries come from the random module: keep them fixed
        data = build_letter(item, num) if kind == "L" else build_other(item)
        (OUT / f"sixth-{num:03d}.eml").write_bytes(data)
        labels.append(label_for(kind, item, num))
    (OUT / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n")


# =========================================================================== verification

class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "title"):
            self.skip += 1
        if tag in ("br", "p", "div", "tr", "li", "h1", "h2", "h3", "table"):
            self.out.append("\n")
        if tag == "td":
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_to_text(h: str) -> str:
    t = _Text()
    t.feed(h)
    return htmlmod.unescape("".join(t.out))


def extract_texts(msg):
    """[(source, text)]; PDFs once per extractor."""
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        fname = part.get_filename() or ""
        if part.is_multipart() or ct in ("message/rfc822", "message/delivery-status"):
            continue
        if ct == "text/plain":
            out.append(("plain", part.get_content()))
        elif ct == "text/html":
            out.append(("html", html_to_text(part.get_content())))
        elif fname.endswith(".pdf"):
            data = part.get_payload(decode=True)
            import pypdf
            import pypdfium2 as pdfium
            t1 = "\n".join(pg.extract_text() or "" for pg in pypdf.PdfReader(io.BytesIO(data)).pages)
            doc = pdfium.PdfDocument(data)
            t2 = "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
            out.append((f"pdf:pypdf:{fname}", t1))
            out.append((f"pdf:pdfium:{fname}", t2))
        elif fname.endswith(".docx"):
            import docx
            d = docx.Document(io.BytesIO(part.get_payload(decode=True)))
            parts = [pp.text for pp in d.paragraphs]
            for t in d.tables:
                for row in t.rows:
                    parts += [c.text for c in row.cells]
            for s in d.sections:
                parts += [pp.text for pp in s.header.paragraphs] + [pp.text for pp in s.footer.paragraphs]
            out.append((f"docx:{fname}", "\n".join(parts)))
    return out


def found_in(evidence, texts) -> bool:
    ev = collapse(evidence)
    hits = {src for src, t in texts if ev in collapse(t)}
    for src in hits:
        if not src.startswith("pdf:"):
            return True
        f = src.split(":", 2)[2]
        if f"pdf:pypdf:{f}" in hits and f"pdf:pdfium:{f}" in hits:
            return True
    return False


def expected_late(item, sent: dt.datetime):
    """True/False for clinic letters and discharge summaries with an event date, else None."""
    if not item.get("event") or item["kind"] not in ("clinic_letter", "discharge_summary"):
        return None
    ev = dt.date.fromisoformat(item["event"])
    days = (sent.astimezone(LONDON).date() - ev).days
    if item["kind"] == "clinic_letter":
        return days > 7          # exactly 7 days after the clinic is on time
    if item["ev_time"]:
        evdt = london(f"{item['event']} {item['ev_time']}")
        return sent - evdt > dt.timedelta(hours=24)
    assert days != 1, f"{item['key']}: next-day discharge summary needs a stated time"
    return days >= 2


def mod11_ok(n: str) -> bool:
    if not re.fullmatch(r"999\d{7}", n):
        return False
    total = sum(int(c) * (10 - i) for i, c in enumerate(n[:9]))
    chk = 11 - total % 11
    chk = 0 if chk == 11 else chk
    return chk != 10 and chk == int(n[9])


LABEL_KEYS = ["id", "file", "kind", "trust", "specialty", "clinician", "patient", "event_date",
              "letter_date", "expected", "urgent_clinical_action", "notes"]


def verify():
    labels = json.loads((OUT / "labels.json").read_text())
    items = all_items()
    errors = []
    assert len(labels) == len(items) == len(list(OUT.glob("sixth-*.eml")))
    prev = None
    for lab, (kind, item) in zip(labels, items, strict=True):
        lid = lab["id"]
        if list(lab) != LABEL_KEYS:
            errors.append(f"{lid}: label keys {list(lab)}")
        if lab["kind"] not in KINDS:
            errors.append(f"{lid}: kind {lab['kind']}")
        raw = (OUT / lab["file"]).read_bytes()
        if b"\r\n" not in raw or re.search(rb"[^\r]\n", raw):
            errors.append(f"{lid}: not CRLF")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        sent = email.utils.parsedate_to_datetime(msg["Date"])
        if sent != london(item["sent"]):
            errors.append(f"{lid}: Date header mismatch")
        if prev and sent < prev:
            errors.append(f"{lid}: not in Date order")
        prev = sent
        texts = extract_texts(msg)
        if not any(t.strip() for _, t in texts):
            errors.append(f"{lid}: no text extracted")
        cats = [e["category"] for e in lab["expected"]]
        if len(cats) != len(set(cats)):
            errors.append(f"{lid}: duplicate category")
        for e in lab["expected"]:
            if e["category"] not in CATEGORIES:
                errors.append(f"{lid}: bad category {e['category']}")
            if not found_in(e["evidence"], texts):
                errors.append(f"{lid}: evidence not found: {e['evidence']!r}")
        if kind == "O":
            if lab["expected"] or lab["urgent_clinical_action"] or lab["patient"]:
                errors.append(f"{lid}: other message with findings")
            continue
        pt = lab["patient"]
        if not mod11_ok(pt["nhs_number"]):
            errors.append(f"{lid}: invalid NHS number {pt['nhs_number']}")
        alltext = collapse(" ".join(t for _, t in texts))
        for what in (pt["name"], lab["clinician"], ukdate(pt["dob"]), spaced(pt["nhs_number"])):
            if collapse(what) not in alltext:
                errors.append(f"{lid}: {what!r} not in the letter text")
        if lab["letter_date"] != sent.astimezone(LONDON).date().isoformat():
            errors.append(f"{lid}: letter_date")
        if lab["kind"] in ("results", "referral_response") and lab["event_date"]:
            errors.append(f"{lid}: event_date should be null")
        if lab["event_date"] and ukdate(lab["event_date"]) not in alltext:
            errors.append(f"{lid}: event date not stated in the letter")
        late = expected_late(item, sent)
        for cat, k in (("late_clinic_letter", "clinic_letter"), ("late_discharge_summary", "discharge_summary")):
            has = cat in cats
            want = bool(late) and lab["kind"] == k
            if has != want:
                errors.append(f"{lid}: {cat} label {has} but dates say {want}")
            if has:
                ev = [e["evidence"] for e in lab["expected"] if e["category"] == cat][0]
                if ukdate(lab["event_date"]) not in ev:
                    errors.append(f"{lid}: {cat} evidence does not state the event date")
        if item["hard_negative"] and lab["expected"]:
            errors.append(f"{lid}: hard negative with findings")
        if not lab["expected"] and not item["hard_negative"]:
            errors.append(f"{lid}: no findings but not marked as a hard negative")
    counts = {}
    for lab in labels:
        for e in lab["expected"]:
            counts[e["category"]] = counts.get(e["category"], 0) + 1
    for c in CATEGORIES:
        if counts.get(c, 0) < 3:
            errors.append(f"category {c} has only {counts.get(c, 0)} findings")
    if errors:
        print("\n".join(errors))
        raise SystemExit(f"verification FAILED ({len(errors)} problems)")
    return labels, counts


def summary(labels, counts):
    letters = [lab for lab in labels if lab["kind"] != "other"]
    hard = [lab for lab in letters if not lab["expected"]]
    print(f"sixth: {len(labels)} messages ({len(letters)} provider letters, {len(labels) - len(letters)} other)")
    for c in sorted(counts):
        print(f"  {c:32s} {counts[c]}")
    print(f"  total expected findings          {sum(counts.values())}")
    print(f"  urgent_clinical_action           {sum(lab['urgent_clinical_action'] for lab in labels)}")
    print(f"  hard negatives (no finding)      {len(hard)}")
    kinds = {}
    for lab in labels:
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    print("  kinds: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))


def main(argv):
    if "--verify-only" not in argv:
        build()
    labels, counts = verify()
    summary(labels, counts)
    print("verification OK")


if __name__ == "__main__":
    main(sys.argv[1:])
