#!/usr/bin/env python3
"""Build the eighth (independent) bouncebot corpus: tests/corpus/eighth/.

Written without reference to the detection rules or to the letters of the other corpora.  Everything
in here is invented: the practice (Saltergate Lane Surgery), the five providers (four NHS trusts and
one independent-sector provider), the clinicians, secretaries, patients, addresses, telephone numbers
(Ofcom drama ranges) and NHS numbers (999 test range, valid under Modulus 11).  Dates are April to
June 2028 (Europe/London, all in British Summer Time: +0100).

Style: dictated letters with voice-recognition artefacts, terse e-RS triage returns and advice and
guidance replies, secretaries forwarding or summarising, radiology/pathology notifications, letters
written to the patient with the GP copied, HTML-only e-mails with tables, PDF and DOCX attachments.

The generic helpers (NHS number, markup parser, plain renderer, PDF/DOCX writers) are imported from
make_third.py; the letters, the message builder, the labels and the verification are this file's own.
The build is deterministic.

    python3 tests/corpus/make_eighth.py            # build, then verify
    python3 tests/corpus/make_eighth.py --verify-only
"""
from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import html
import io
import json
import random
import sys
import textwrap
from collections import Counter
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_third import (  # noqa: E402
    collapse,
    html_doc,
    london,
    make_docx,
    make_pdf,
    nhs,
    parse_markup,
    render_plain,
    spaced,
)

OUT = HERE / "eighth"
OUT_POLICY = email.policy.SMTP.clone(max_line_length=998)  # CRLF, header lines left unfolded
PREFIX = "eighth"

PRACTICE = "Saltergate Lane Surgery"
PRACTICE_ADDR = "saltergate.lane@nhs.net"
PRACTICE_TO = f"{PRACTICE} <{PRACTICE_ADDR}>"
PRACTICE_POSTAL = "14 Saltergate Lane, Pelsworth ZG4 2LN"

CATEGORIES = {
    "tests_for_hospital", "results_chasing", "hospital_only_prescribing",
    "shared_care_without_agreement", "fit_note", "dna_rereferral", "onward_referral",
    "post_procedure_care", "patient_redirected_to_gp", "referral_returned_for_workup",
    "non_contractual_admin", "late_discharge_summary", "late_clinic_letter",
}
TEXT_CATEGORIES = CATEGORIES - {"late_discharge_summary", "late_clinic_letter"}
KINDS = {"clinic_letter", "discharge_summary", "referral_response", "results", "ed_letter", "other"}
LABEL_KEYS = ["id", "file", "kind", "trust", "specialty", "clinician", "patient", "event_date",
              "letter_date", "expected", "urgent_clinical_action", "notes"]


# --------------------------------------------------------------------------- providers

PROV = {
    "brk": dict(
        name="Brackwater University Hospitals NHS Foundation Trust",
        site="Brackwater General Infirmary", addr=["Infirmary Road", "Brackwater", "ZG1 5TH"],
        phone="0113 496 0400", domain="brackwater.nhs.uk", mailhost="mx02",
        sender="BUHFT Clinical Correspondence <correspondence@brackwater.nhs.uk>",
        mailer="Brackwater EPR DocOut 3.2"),
    "wmh": dict(
        name="Wickham Marsh Hospitals NHS Trust",
        site="Wickham Marsh District Hospital", addr=["Fen Causeway", "Wickham Marsh", "ZG7 1AQ"],
        phone="0115 496 0600", domain="wickhammarsh.nhs.uk", mailhost="relay1",
        sender="WMH Patient Letters <patient.letters@wickhammarsh.nhs.uk>",
        mailer="WMH MediLetter 9.4"),
    "stn": dict(
        name="Stannard Heath Hospitals NHS Foundation Trust",
        site="Stannard Heath Hospital", addr=["Heath Road", "Stannard", "ZG9 3PW"],
        phone="0117 496 0250", domain="stannardheath.nhs.uk", mailhost="smtp-out",
        sender="SHH Clinical Systems <clinical.systems@stannardheath.nhs.uk>",
        mailer="SHH ICE Notify 6.1"),
    "tmr": dict(
        name="Thirlby Moor Community and Mental Health NHS Trust",
        site="Thirlby Moor House", addr=["Beck Street", "Thirlby", "ZG5 8RE"],
        phone="0121 496 0780", domain="thirlbymoor.nhs.uk", mailhost="gw",
        sender="Thirlby Moor Clinical Admin <thirlbymoor.admin@nhs.net>",
        mailer="SystmOne Correspondence"),
    "amb": dict(
        name="Amberlea Clinics Ltd",
        site="Amberlea Park Hospital", addr=["Orchard Lane", "Pelsworth", "ZG4 9FD"],
        phone="01632 960 412", domain="amberleaclinics.co.uk", mailhost="mail",
        sender="Amberlea Park Hospital NHS Services <nhs.services@amberleaclinics.co.uk>",
        mailer="Amberlea PAS Mailer 4.0"),
}

DOCTYPE = {"clinic_letter": "Clinic Letter", "discharge_summary": "Discharge Summary",
           "referral_response": "Referral Response", "results": "Results Notification",
           "ed_letter": "Emergency Department Letter"}

COVER = {
    "brk": ("Brackwater University Hospitals NHS Foundation Trust - clinical correspondence\n\n"
            "Document: {doc}\nPatient NHS number: {nhs}\nAttached: {fn}\n\n"
            "This mailbox is not monitored. Please use the contact details on the letter.\n"),
    "wmh": ("Dear GP,\n\nPlease find attached a {doc} from Wickham Marsh Hospitals NHS Trust.\n"
            "NHS No: {nhs}\nFile: {fn}\n\nWickham Marsh Hospitals NHS Trust - Fen Causeway, "
            "Wickham Marsh ZG7 1AQ\n"),
    "stn": ("*** Stannard Heath Hospitals NHS Foundation Trust ***\n{doc} attached ({fn}) for "
            "NHS {nhs}.\nAutomatically generated - do not reply.\n"),
    "tmr": ("Good morning,\n\nPlease find attached correspondence ({doc}) for your patient, NHS {nhs}.\n\n"
            "Kind regards\nClinical Admin Team\nThirlby Moor Community and Mental Health NHS Trust\n"),
    "amb": ("Dear Colleague,\n\nPlease find attached a {doc} regarding your NHS-funded patient "
            "(NHS number {nhs}) seen at Amberlea Park Hospital.\n\nAttachment: {fn}\n\n"
            "Amberlea Clinics Ltd | amberleaclinics.co.uk | Registered in England\n"),
}

SUBJECT = {
    "brk": "BUHFT {doc} - NHS {nhs}",
    "wmh": "WMH {doc}: {surname} {nhs}",
    "stn": "SHH {doc} [{nhs}]",
    "tmr": "Correspondence - {doc} - NHS {nhs}",
    "amb": "Amberlea Park Hospital - {doc} - {name}",
}


def mk_nhs(seed: int) -> str:
    """A valid 999 NHS number, deterministically from a seed."""
    x = seed
    while True:
        try:
            return nhs(f"{x % 1000000:06d}")
        except ValueError:
            x += 1


def pt(name: str, seed: int, dob: str) -> dict:
    return {"name": name, "nhs_number": mk_nhs(seed), "dob": dob}


def dmy(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def sp(p: dict) -> str:
    return spaced(p["nhs_number"])


def up(p: dict) -> str:
    """'Desmond ATTWATER' style."""
    first, last = p["name"].rsplit(" ", 1)
    return f"{first} {last.upper()}"


def rev(p: dict) -> str:
    """'ATTWATER, Desmond' style."""
    first, last = p["name"].rsplit(" ", 1)
    return f"{last.upper()}, {first}"


# =========================================================================== letters
# fmt:
#   raw    text/plain body exactly as written (secretary e-mails, e-RS notices, RIS/LIMS alerts)
#   plain  text/plain body: letterhead + markup rendered by make_third.render_plain
#   html   HTML-only body rendered by this file's html_letter() (or make_third.html_doc)
#   pdf    cover e-mail + PDF letter (make_third.make_pdf)
#   docx   cover e-mail + DOCX letter (make_third.make_docx)
# extra: further attachments [(fmt, filename, title, markup)]

LETTERS: list[dict] = []


def letter(**kw):
    kw.setdefault("opts", {})
    kw.setdefault("exp", [])
    kw.setdefault("urgent", False)
    kw.setdefault("ev_time", None)
    kw.setdefault("subject", None)
    kw.setdefault("frm", None)
    kw.setdefault("cover", None)
    kw.setdefault("extra", [])
    LETTERS.append(kw)


# ---------------------------------------------------------------- L01 cardiology, dictated, late
P = pt("Desmond Attwater", 310427, "1956-08-14")
letter(
    key="l01", kind="clinic_letter", prov="brk", dept="Cardiology", specialty="Cardiology",
    clinician="Dr Oluwaseun Threadgold", patient=P, event="2028-04-05", letter_date="2028-04-13",
    sent="2028-04-18 08:47", fmt="raw",
    frm="Tessa Mawdsley <tessa.mawdsley2@nhs.net>",
    subject="Clinic letter - ATTWATER Desmond - Cardiology OPA 05/04",
    text=f"""
    Good morning

    Please find below the clinic letter from Dr Threadgold for your patient. Apologies for the delay in
    getting this typed, we are very short in the cardiology office at the moment.

    Kind regards
    Tessa

    Tessa Mawdsley | Medical Secretary to Dr O Threadgold | Cardiology | Brackwater General Infirmary
    Tel 0113 496 0457

    --------------------------------------------------------------------------

    BRACKWATER UNIVERSITY HOSPITALS NHS FOUNDATION TRUST
    Department of Cardiology, Brackwater General Infirmary, Infirmary Road, Brackwater ZG1 5TH

    Clinic date: 05/04/2028   Heart Failure Clinic
    Dictated: 05/04/2028   Typed: 13/04/2028 TM

    Dr N Trevelyan
    Saltergate Lane Surgery
    {PRACTICE_POSTAL}

    Dear Dr Trevelyan

    Re: {up(P)}   DOB {dmy(P['dob'])}   NHS No {sp(P)}   Hosp No BGI4471203
    12 Cobblers Walk, Pelsworth ZG4 3HS

    Diagnosis heart failure with reduced ejection fraction EF 30 to 35% on echo February 2028 full stop
    ischaemic cardiomyopathy previous PCI to LAD 2019 type 2 diabetes CKD stage 3a

    Thank you for your ongoing care of this 71 year old gentleman who I saw today in the heart failure
    clinic he continues to get breathless walking up one flight of stairs NYHA class 2 to 3 no orthopnoea
    no PND his ankles are a bit swollen by the evening full stop he is compliant with his medication
    comma and his weight has been stable at around 88 kg. his wife tells me he has been more tired
    since Christmas

    On examination BP 128/76 pulse 64 regular JVP not raised bibasal crepitations no comma mild pitting
    edema to the mid shins heart sounds normal

    His bloods tests from January showed potassium 4.6 and creatinine 118 egfr 54 which is his baseline

    I have added in spironolactone 25 mg once daily today full stop we have given him 28 days from the
    outpatient pharmacy new paragraph

    Plan
    1. start spironolactone 25mg od
    2. GP to check u+e in 1/52 and again at 4/52 please full stop if potassium greater than 5.5 please
    stop the spironolactone and let us know
    3. continue bisoprolol 5mg od, ramipril 5mg od, atorvastatin 80 mg nocte, dapagliflozin 10mg od
    4. I would be grateful if his GP could request a repeat echo in 3/12 to reassess his LV function
    prior to consideration of an ICD
    5. r/v in HF clinic 4/12

    Yours sincerely

    Dictated but not checked to avoid delay

    Dr Oluwaseun Threadgold
    Consultant Cardiologist and Heart Failure Lead

    cc Mr D Attwater (patient)
    """,
    exp=[("late_clinic_letter", "Clinic date: 05/04/2028"),
         ("tests_for_hospital", "GP to check u+e in 1/52 and again at 4/52")],
    notes="Dictated letter forwarded by the secretary 13 days after clinic. The U&E checks are the initial "
          "monitoring of the spironolactone the clinic has just started, and the repeat echo "
          "('grateful if his "
          "GP could request a repeat echo') is the hospital's own pre-ICD work-up: both tests_for_hospital "
          "(one entry). 28 days supplied, green drugs continued.")

# ---------------------------------------------------------------- L02 gastro, letter to patient (docx)
P = pt("Yolanda Petrakis", 402281, "1972-02-09")
letter(
    key="l02", kind="clinic_letter", prov="brk", dept="Gastroenterology", specialty="Gastroenterology",
    clinician="Dr Ravi Subramanyam", patient=P, event="2028-04-11", letter_date="2028-04-12",
    sent="2028-04-13 11:05", fmt="docx",
    text=f"""
    Mrs Yolanda Petrakis
    7 Tannery Court
    Pelsworth ZG4 6QB

    Clinic date: 11/04/2028   Letter typed: 12/04/2028

    Patient: {up(P)}   Date of birth: {dmy(P['dob'])}   NHS number: {sp(P)}   Hospital number: BGI3390814

    Dear Mrs Petrakis

    It was good to meet you in the gastroenterology clinic on 11 April. I am writing to you directly, as we agreed, with a copy to your GP.

    # What we found
    Your gastroscopy (camera test) on 28/03/2028 showed some inflammation in the stomach (gastritis) and a small hiatus hernia. Biopsies were taken from the stomach and the duodenum to look for coeliac disease and for helicobacter infection. Your blood tests from February showed that one of your liver tests (ALT 74) was slightly raised; the rest of your liver tests, your blood count and your iron levels were normal.

    # What happens next
    - The biopsies taken at your gastroscopy will be sent to your GP. Please make an appointment with your GP to discuss the results in about three weeks.
    - I have asked your GP to arrange a repeat of your liver blood tests in 3 months, before I see you again.
    - We have booked an ultrasound scan of your liver at Brackwater General Infirmary. The appointment letter will come to you directly from the radiology department.
    - Please carry on with the lansoprazole 30 mg once a day for another 8 weeks, then take it only when you need it.
    - I will see you again in clinic in 4 months with the scan and blood test results. This appointment will be posted to you.

    If you have any black stools, vomit blood or have difficulty swallowing, please go to A&E.

    Yours sincerely

    Dr Ravi Subramanyam
    Consultant Gastroenterologist

    cc Dr A Maddox, Saltergate Lane Surgery, {PRACTICE_POSTAL}
    """,
    exp=[("patient_redirected_to_gp", "Please make an appointment with your GP to discuss the results"),
         ("tests_for_hospital",
          "I have asked your GP to arrange a repeat of your liver blood tests in 3 months")],
    notes="Letter written to the patient: she is sent to the GP for the results of biopsies the hospital "
          "took (patient_redirected_to_gp, per the convention that a patient told to get a result from the "
          "GP is that category only), and the GP is asked to do the repeat LFTs the consultant wants for his "
          "own 4-month review. The ultrasound is booked by the hospital; the A&E advice is safety-netting.")

# ---------------------------------------------------------------- L03 T&O discharge, HTML tables, late
P = pt("Barrington Ossett", 518836, "1961-10-03")
letter(
    key="l03", kind="discharge_summary", prov="wmh", dept="Trauma and Orthopaedics - Ward 7 (Elective)",
    specialty="Trauma and Orthopaedics", clinician="Mr Declan Ravenscroft", patient=P,
    event="2028-05-02", ev_time="15:30", letter_date="2028-05-05", sent="2028-05-05 16:02", fmt="html",
    subject="WMH eDischarge - OSSETT Barrington - T&O",
    text=f"""
    # DISCHARGE SUMMARY - Trauma & Orthopaedics
    | Patient | {up(P)} |
    | Date of birth | {dmy(P['dob'])} |
    | NHS number | {sp(P)} |
    | Hospital number | WMH-2207715 |
    | Registered GP | Dr O Ferncombe, Saltergate Lane Surgery |
    | Consultant | Mr Declan Ravenscroft |

    Admitted: 29/04/2028   Discharged: 02/05/2028 at 15:30
    Discharge destination: home (lives with wife)

    # Procedure
    Left total knee replacement (cemented, medial parapatellar approach) 29/04/2028, Mr D Ravenscroft. Uncomplicated. Wound closed with skin clips.

    # Clinical summary
    66M, OA left knee. Uneventful post-op course. Mobilising with 2 crutches, stairs assessed by physio. Post-op Hb 118. Wound clean and dry at discharge, Aquacel dressing intact.

    # Medication on discharge
    | Drug | Dose | Supply | Status |
    | Rivaroxaban | 10 mg once daily for 14 days | 14 days supplied | NEW - stop after 14 days |
    | Paracetamol | 1 g four times a day | 14 days supplied | NEW |
    | Codeine phosphate | 30 mg up to four times a day if needed | 7 days supplied | NEW |
    | Amlodipine | 5 mg once daily | own supply | continued |

    # Actions for GP
    | Item | Action |
    | Clips | Removal of clips at day 12-14 by practice nurse at GP surgery |
    | Fit note | Patient to obtain fit note from GP for 6 weeks (warehouse supervisor) |
    | Physiotherapy | Outpatient physio referral sent by ward physio team |
    | Follow up | Arthroplasty clinic 6/52 with x-ray - appointment will be posted |

    Summary completed by Dr Tom Eskdale (FY1) for Mr Declan Ravenscroft, Consultant Orthopaedic Surgeon
    """,
    exp=[("late_discharge_summary", "Discharged: 02/05/2028 at 15:30"),
         ("post_procedure_care", "Removal of clips at day 12-14 by practice nurse at GP surgery"),
         ("fit_note", "Patient to obtain fit note from GP for 6 weeks")],
    notes="HTML-only summary with tables, sent three days after discharge. In the 'Actions for GP' table the "
          "operating team passes clip removal to the practice and sends the patient to the GP for the "
          "post-operative fit note. Physio referral and arthroplasty follow-up are hospital-owned.")

# ---------------------------------------------------------------- L04 acute medicine DS (plain EPR)
P = pt("Maureen Scattergood", 627140, "1949-06-21")
letter(
    key="l04", kind="discharge_summary", prov="wmh", dept="Acute Medical Unit / Ward 12",
    specialty="Acute Medicine", clinician="Dr Ngozi Fairbairn-Oke", patient=P, event="2028-05-10",
    ev_time="18:45", letter_date="2028-05-11", sent="2028-05-11 11:20", fmt="plain",
    text=f"""
    # DISCHARGE SUMMARY
    Patient: {rev(P)}   DOB: {dmy(P['dob'])}   NHS: {sp(P)}   MRN: WMH-3318640
    Registered GP: Saltergate Lane Surgery
    Responsible consultant: Dr Ngozi Fairbairn-Oke (Acute Medicine)
    Admission: 07/05/2028 21:15 via ED
    Discharge date/time: 10/05/2028 18:45
    Discharge destination: usual residence (lives alone, independent)

    # Diagnosis
    Cellulitis right lower leg

    # Comorbidities
    AF on apixaban, T2DM (diet), hypertension, OA knees

    # Summary
    78F 3/7 hx spreading erythema R shin, fever 38.4. CRP 184, WCC 15.8. Rx IV flucloxacillin 48h then switched to oral. Marked improvement, erythema well within marked borders. Blood cultures x2 from ED 07/05: no growth at 72h, final report will be reviewed by the AMU consultant. Urine ACR sent 09/05 as part of diabetes review on the ward.

    # Medication
    | Flucloxacillin 1 g QDS PO | NEW | TTO: 3 days supplied (ward stock) |
    | Apixaban 5 mg BD | unchanged | own supply |
    | Ramipril 2.5 mg od | unchanged | own supply |

    # GP actions
    - GP to prescribe a further 4 days of flucloxacillin 1 g QDS to complete a 7 day oral course
    - Urine ACR result pending at discharge: GP to follow up the result and act as appropriate
    - Please continue apixaban and ramipril

    Completed by Dr Elin Gwyther (FY2) for Dr Ngozi Fairbairn-Oke, Consultant Acute Physician
    """,
    exp=[("hospital_only_prescribing",
          "GP to prescribe a further 4 days of flucloxacillin 1 g QDS to complete a 7 day oral course"),
         ("results_chasing", "GP to follow up the result and act as appropriate")],
    notes="Only 3 days of a new antibiotic supplied on discharge with the GP asked to prescribe the rest "
          "(less than 7 days' supply), and the GP asked to follow up a test the ward sent. Sent about 17 h "
          "after discharge (on time). Blood cultures are kept by the AMU; apixaban/ramipril are green. Not "
          "urgent: the antibiotic gap is 4 days of a settling cellulitis and the ACR is routine.")

# ---------------------------------------------------------------- L05 radiology actionable finding (urgent)
P = pt("Clive Fenwright", 731152, "1953-03-30")
letter(
    key="l05", kind="results", prov="stn", dept="Radiology", specialty="Radiology",
    clinician="Dr Gideon Marr", patient=P, event=None, letter_date="2028-05-16",
    sent="2028-05-16 13:37", fmt="raw", urgent=True,
    frm="SHH Radiology Alerts <radiology.alerts@stannardheath.nhs.uk>",
    subject="ACTIONABLE FINDING - suspected cancer - FENWRIGHT C - CT Chest",
    text=f"""
    *** STANNARD HEATH HOSPITALS NHS FOUNDATION TRUST - RADIOLOGY ***
    *** ACTIONABLE FINDING NOTIFICATION (Category: suspected cancer) ***

    This is an automatic notification of a report containing an unexpected significant finding. It is
    sent to the patient's registered GP when the requesting clinician has discharged the patient.

    Patient: {rev(P)}     DOB: {dmy(P['dob'])}     NHS: {sp(P)}
    Exam: CT Chest with contrast (CTCHC)     Accession: SHR26048812
    Date of exam: 15/05/2028 02:41
    Requested by: Dr Chloe Amankwah, Emergency Department (patient since discharged from ED)
    Clinical details: fall down stairs, R chest wall pain, ?rib fractures ?pneumothorax
    Reported by: Dr Gideon Marr, Consultant Radiologist   16/05/2028 12:58

    REPORT:
    Undisplaced fractures of the R 6th and 7th ribs laterally. No pneumothorax. No effusion.
    Incidental 27 mm spiculated mass in the right upper lobe (series 3 image 41) with an enlarged
    14 mm right hilar node. Appearances are highly suspicious for a primary bronchial carcinoma.
    No liver or adrenal lesion in the upper abdomen included.

    CONCLUSION:
    1. R 6th/7th rib fractures, no pneumothorax.
    2. RUL spiculated mass with hilar adenopathy - highly suspicious of lung cancer.

    ACTION REQUESTED:
    GP please refer urgently via the suspected lung cancer pathway. GP to inform the patient of this
    result - he was not told in ED as the report was not available at discharge.

    This notification was generated by the SHH radiology alert system. Do not reply to this e-mail.
    """,
    exp=[("onward_referral", "GP please refer urgently via the suspected lung cancer pathway"),
         ("results_chasing", "GP to inform the patient of this result")],
    notes="Radiology alert on a CT the ED ordered: the suspected-cancer referral the trust should make "
          "directly is passed to the GP, and the GP is asked to tell the patient the hospital's result. "
          "Urgent: suspected cancer step that must not be delayed by a bounce.")

# --------------------------------------------------------------- L06 pathology critical result (urgent, HTML)
P = pt("Prakash Thirunavukkarasu", 845503, "1960-12-12")
letter(
    key="l06", kind="results", prov="stn", dept="Pathology - Clinical Biochemistry",
    specialty="Chemical Pathology", clinician="Dr Oksana Berezovska", patient=P, event=None,
    letter_date="2028-05-23", sent="2028-05-23 18:05", fmt="html", urgent=True,
    frm="SHH Pathology Results <pathology.results@stannardheath.nhs.uk>",
    subject="CRITICAL RESULT NOTIFICATION - THIRUNAVUKKARASU P - Biochemistry",
    opts={"html": "lims"},
    text=f"""
    # Stannard Heath Pathology - Critical Result Notification
    | Patient | {rev(P)} |
    | DOB | {dmy(P['dob'])} |
    | NHS No | {sp(P)} |
    | Requested by | Dr Hamish Urquhart, Renal Outpatients (Clinic 4), Stannard Heath Hospital |
    | Collected | 23/05/2028 11:20 |
    | Reported | 23/05/2028 17:48 |
    | Lab No | B28.1445127 |

    | Test | Result | Units | Ref range | Flag |
    | Sodium | 138 | mmol/L | 133-146 | |
    | Potassium | 6.6 | mmol/L | 3.5-5.3 | CRITICAL HIGH |
    | Urea | 19.4 | mmol/L | 2.5-7.8 | H |
    | Creatinine | 241 | umol/L | 59-104 | H (168 on 07/03/2028) |
    | eGFR | 24 | mL/min/1.73m2 | >90 | L |

    # Comment from the duty biochemist
    Potassium 6.6 mmol/L - critical value. Sample not haemolysed, separated within 1 h. Requesting clinic closed at the time of phoning; renal registrar bleeped twice, no answer. Results forwarded to the GP for action. Request form states ramipril increased at renal clinic on 09/05/2028.

    Dr Oksana Berezovska, Duty Clinical Biochemist, Stannard Heath Pathology
    """,
    exp=[("results_chasing", "Results forwarded to the GP for action")],
    notes="HTML-only laboratory notification: a critical potassium on bloods the renal clinic ordered is "
          "passed to the GP 'for action' because the requesting team could not be reached (implicit "
          "results request). Urgent: K 6.6 and rising creatinine need same-day action.")

# ---------------------------------------------------------------- L07 rheumatology azathioprine (docx)
P = pt("Harriet Ashbrooke", 952614, "1979-05-27")
letter(
    key="l07", kind="clinic_letter", prov="brk", dept="Rheumatology", specialty="Rheumatology",
    clinician="Dr Helena Vickerstaff", patient=P, event="2028-04-19", letter_date="2028-04-21",
    sent="2028-04-24 10:30", fmt="docx",
    text=f"""
    Dr G Tallentire
    Saltergate Lane Surgery
    {PRACTICE_POSTAL}

    Clinic date: 19/04/2028
    Typed: 21/04/2028

    Re: {up(P)}   DOB: {dmy(P['dob'])}   NHS: {sp(P)}   BGI No: BGI6012288

    Dear Dr Tallentire

    # Diagnoses
    - Systemic lupus erythematosus (arthritis, photosensitive rash, low C3), diagnosed 2026
    - Raynaud's phenomenon

    # Medication
    | Drug | Dose | Comment |
    | Azathioprine | 100 mg once daily | started 09/2027; prescribed by rheumatology to date |
    | Hydroxychloroquine | 200 mg once daily | on repeat from the practice |
    | Omeprazole | 20 mg once daily | |

    # Clinical summary
    Harriet is much improved. Her joint pain has settled and the rash has not recurred this spring. TPMT was normal before treatment. Her bloods over the last 7 months have been stable: Hb 126, WCC 5.1, neutrophils 3.2, ALT 21, creatinine 66. dsDNA 38 (from 120). C3 now normal.

    # Requests of primary care
    - As she is now stable on azathioprine, we would be grateful if you could take over prescribing of azathioprine 100 mg daily and the 3-monthly FBC and LFT monitoring from now on. We have given her 4 weeks' supply today.
    - Please continue hydroxychloroquine and omeprazole as before.
    - Annual retinal screening for hydroxychloroquine has been requested by us through the eye clinic.

    # Follow up
    Rheumatology review in 6 months; the appointment will be sent to her.

    Yours sincerely

    Dr Helena Vickerstaff
    Consultant Rheumatologist
    """,
    exp=[("shared_care_without_agreement",
          "we would be grateful if you could take over prescribing of azathioprine 100 mg daily and the "
          "3-monthly FBC and LFT monitoring")],
    notes="Amber drug (azathioprine, national SCP) handed over 'from now on' with no shared-care protocol "
          "offered or agreed. Hydroxychloroquine is already on the practice's repeats; retinal screening "
          "is requested by the hospital.")

# ---------------------------------------------------------------- L08 CMHT lithium (raw, on behalf of)
P = pt("Siobhan Draycott", 163358, "1986-01-16")
letter(
    key="l08", kind="clinic_letter", prov="tmr", dept="Pelsworth Community Mental Health Team",
    specialty="Adult Mental Health", clinician="Dr Bronwen Carlisle", patient=P, event="2028-04-26",
    letter_date="2028-04-28", sent="2028-05-02 13:25", fmt="raw",
    frm="Gail Summersgill <gail.summersgill@nhs.net>",
    subject="Outpatient letter - DRAYCOTT S - Dr Carlisle",
    text=f"""
    Dear Colleague,

    On behalf of Dr Bronwen Carlisle, Consultant Psychiatrist, please find her outpatient letter below.

    Regards
    Gail Summersgill
    Administrator, Pelsworth Community Mental Health Team
    Thirlby Moor Community and Mental Health NHS Trust | 0121 496 0783

    =====================================================================

    PELSWORTH COMMUNITY MENTAL HEALTH TEAM
    Thirlby Moor House, Beck Street, Thirlby ZG5 8RE

    Date of review: 26/04/2028 (outpatient clinic, Thirlby Moor House)
    Date of letter: 28/04/2028

    To: Dr O Ferncombe, Saltergate Lane Surgery

    Re: {up(P)}   DOB {dmy(P['dob'])}   NHS {sp(P)}   RiO ID 7730215

    Diagnosis: Bipolar affective disorder, currently euthymic

    Current medication:
    Lithium carbonate (Priadel) 800 mg at night - started 14/12/2027 on Heron Ward; levels 0.6-0.8
    mmol/L since February
    Quetiapine 50 mg at night (reducing - see plan)

    I reviewed Siobhan in clinic today with her partner. She has been well since discharge from Heron
    Ward in January. Mood stable, sleeping 7-8 hours, back at work 3 days a week as a dental nurse. No
    psychotic symptoms and no thoughts of self-harm. Fine tremor only, no polyuria. Lithium level 0.72
    on 12/04, eGFR >90, TSH 2.1, calcium 2.38.

    Plan
    - Reduce quetiapine to 25 mg at night for 2 weeks then stop. She has enough at home.
    - She is now stable on lithium, and as she is being discharged from the CMHT to your care, please
      continue lithium carbonate (Priadel) 800 mg at night and arrange 3-monthly lithium levels with
      U&E, TFTs and calcium, and weight.
    - Contraception: she has an implant (fitted at the practice). We discussed pregnancy planning on
      lithium; she will let us know before any plans.
    - Crisis plan given. Should her mood become elevated or low again she or her partner can
      self-refer to the CMHT duty line on 0121 496 0790.

    Dr Bronwen Carlisle
    Consultant Psychiatrist
    """,
    exp=[("shared_care_without_agreement",
          "please continue lithium carbonate (Priadel) 800 mg at night and arrange 3-monthly lithium levels "
          "with U&E, TFTs and calcium")],
    notes="Secretary forwards the letter 'on behalf of' the psychiatrist. Lithium (amber, national SCP) and "
          "its monitoring are handed to the practice on discharge from the CMHT with no shared-care "
          "agreement offered. Sent 6 days after clinic (on time). Crisis line self-referral is the "
          "patient's own route.")

# ---------------------------------------------------------------- L09 e-RS referral returned (gynae)
P = pt("Kirsty Mahoney-Vale", 274469, "1983-11-04")
letter(
    key="l09", kind="referral_response", prov="brk", dept="Gynaecology", specialty="Gynaecology",
    clinician="Mr Alasdair Quinnell", patient=P, event=None, letter_date="2028-04-19",
    sent="2028-04-20 07:58", fmt="raw",
    frm="Brackwater Referral Management Centre <brackwater.rmc@nhs.net>",
    subject="e-RS: Referral returned to referrer - UBRN 0009 2611 4417 - Gynaecology",
    text=f"""
    NHS e-Referral Service - REFERRAL RETURNED
    This is a copy of the triage outcome recorded on e-RS for your practice. Please review the
    referral in your e-RS worklist (Rejected / Returned Referrals).

    UBRN: 0009 2611 4417
    Patient: {rev(P)}   DOB {dmy(P['dob'])}   NHS {sp(P)}
    Referring clinician: Dr A Maddox, Saltergate Lane Surgery
    Service: Gynaecology - General Gynaecology - Brackwater General Infirmary - BUHFT
    Priority: Routine
    Referral date: 03/04/2028
    Triaged by: Mr Alasdair Quinnell, Consultant Gynaecologist
    Triage date: 19/04/2028 21:47
    Outcome: RETURNED TO REFERRER

    Triage comments:
    44yo HMB 18/12 no IMB/PCB smear up to date. no USS. no FBC/ferritin in last 12/12. no Rx tried per
    referral. not for OPA at present. Pls arrange pelvic USS, FBC, ferritin, TFTs + trial of
    tranexamic acid +/- mefenamic acid and discuss LNG-IUS, r/v 3/12 and re-refer if ongoing with USS
    result. If USS shows fibroids >3cm or endometrial abn pls send new referral with report. AQ

    Advice and Guidance is available on e-RS if you wish to discuss.
    """,
    exp=[("referral_returned_for_workup",
          "Pls arrange pelvic USS, FBC, ferritin, TFTs + trial of tranexamic acid +/- mefenamic acid")],
    notes="Terse e-RS triage return: the referral is not accepted and the GP is told to do imaging, bloods "
          "and a treatment trial first. Labelled per the taxonomy although some local HMB pathways put "
          "first-line work-up in primary care (judgement call).")

# ---------------------------------------------------------------- L10 ENT referral converted to A&G
P = pt("Gwendolyn Strachan-Bell", 385570, "1968-07-19")
letter(
    key="l10", kind="referral_response", prov="wmh", dept="ENT", specialty="ENT",
    clinician="Mr Piotr Wasiak", patient=P, event=None, letter_date="2028-04-28",
    sent="2028-04-28 12:10", fmt="raw",
    frm="WMH e-RS Advice and Guidance <wmh.adviceandguidance@nhs.net>",
    subject="Advice & Guidance response - STRACHAN-BELL G - ENT (referral converted)",
    text=f"""
    ADVICE AND GUIDANCE RESPONSE
    Provider: Wickham Marsh Hospitals NHS Trust - ENT
    UBRN: 0004 8830 1926
    Patient: {rev(P)}   DOB {dmy(P['dob'])}   NHS {sp(P)}
    Request type: Referral converted to Advice & Guidance by provider
    Responding clinician: Mr Piotr Wasiak, Consultant ENT Surgeon
    Response date: 28/04/2028

    Referral summary (from GP letter): 8/12 bilateral nasal obstruction, anosmia, post nasal drip.
    Beconase 2 puffs bd tried 6/52 with little benefit. No epistaxis, no unilateral sx. Non smoker.

    Response:
    Thank you for this referral which I have converted to A&G. Hx suggests CRS probably with polyps.
    Not accepted for OPA at this point. Pls trial mometasone 2 sprays each nostril once daily with
    saline douching for 3/12 and if no better re-refer. Consider short course pred if anosmia is
    troublesome. PW

    Referral status: Returned to referrer - closed.
    """,
    exp=[("referral_returned_for_workup",
          "Pls trial mometasone 2 sprays each nostril once daily with saline douching for 3/12 and if no "
          "better re-refer")],
    notes="A referral (after a 6-week steroid trial already done) is converted to advice and guidance and "
          "closed, with a further 3-month treatment trial before re-referral: advice given instead of "
          "accepting the referral.")

# ------------------------------------------------------------ L11 independent sector pre-op (pdf + docx form)
P = pt("Edith Pocklington", 496681, "1950-04-08")
letter(
    key="l11", kind="clinic_letter", prov="amb", dept="Pre-operative Assessment Clinic",
    specialty="Orthopaedics", clinician="Mr Rupert Vane-Tempest", patient=P, event="2028-06-06",
    letter_date="2028-06-08", sent="2028-06-08 15:30", fmt="pdf",
    subject="Amberlea Park Hospital - ACTION REQUIRED - pre-operative assessment - Edith Pocklington",
    text=f"""
    Dr N Trevelyan
    Saltergate Lane Surgery, {PRACTICE_POSTAL}

    8 June 2028

    Patient: {up(P)}   DOB: {dmy(P['dob'])}   NHS No: {sp(P)}   Amberlea ref: APH-0496681

    Dear Dr Trevelyan

    # Pre-operative assessment: ACTION REQUIRED
    Mrs Pocklington attended our pre-operative assessment clinic on 06/06/2028 ahead of her right total hip replacement under Mr Rupert Vane-Tempest (NHS e-RS referral).

    She has hypertension, hypothyroidism and a history of a "funny heart beat" in 2019 that was not investigated further. Her blood pressure in clinic was 162/94. Bloods (FBC, U&E, HbA1c, group and save) were taken in our clinic and we will review them.

    # Requests of the GP practice
    1. Please complete the enclosed Amberlea GP Medical Summary form (form APH-PA3) and return it to us within 5 working days.
    2. Please arrange a 12-lead ECG at the surgery and send us the tracing, as we do not have ECG facilities at the pre-assessment clinic on Tuesdays.
    3. Please review her blood pressure control; if it remains above 160/100 we will be unable to proceed.

    Without items 1 and 2 we cannot confirm her date for surgery (provisionally 04/07/2028).

    Yours sincerely

    Sister Joanne Akroyd
    Pre-operative Assessment Lead
    on behalf of Mr Rupert Vane-Tempest, Consultant Orthopaedic Surgeon
    """,
    extra=[("docx", "APH-PA3_GP_Medical_Summary.docx", "APH-PA3 GP Medical Summary", f"""
    # AMBERLEA PARK HOSPITAL - GP MEDICAL SUMMARY (FORM APH-PA3)
    To be completed by the patient's GP and returned to preassessment@amberleaclinics.co.uk

    Patient: {up(P)}   DOB: {dmy(P['dob'])}   NHS No: {sp(P)}

    | Section 1 | Current medication (attach a printed repeat list) |
    | Section 2 | Past medical history and active problems |
    | Section 3 | Last three blood pressure readings with dates |
    | Section 4 | Allergies and adverse reactions |
    | Section 5 | Any previous anaesthetic problems known to the practice |

    GP name: ______________   Signature: ______________   Date: ______________
    """)],
    exp=[("non_contractual_admin",
          "Please complete the enclosed Amberlea GP Medical Summary form (form APH-PA3) and return it to us "
          "within 5 working days"),
         ("tests_for_hospital", "Please arrange a 12-lead ECG at the surgery and send us the tracing")],
    notes="Independent-sector provider (NHS-funded) asks the practice to fill in its pre-operative form "
          "and do the pre-operative ECG its own assessment needs. Judgement call: the blood-pressure review "
          "(item 3) is the practice's ordinary hypertension care and is not labelled. Sent 2 days after "
          "the pre-assessment.")

# ---------------------------------------------------------------- L12 day surgery DS (plain)
P = pt("Rory Tregunna", 507792, "1977-09-22")
letter(
    key="l12", kind="discharge_summary", prov="stn", dept="Day Surgery Unit", specialty="General Surgery",
    clinician="Mr Benedict Hollies", patient=P, event="2028-05-24", ev_time="17:10",
    letter_date="2028-05-25", sent="2028-05-25 09:30", fmt="plain",
    text=f"""
    # DAY SURGERY DISCHARGE SUMMARY
    Patient: {up(P)}   DOB {dmy(P['dob'])}   NHS {sp(P)}   Hosp No SHH0652290
    Consultant: Mr Benedict Hollies, Consultant General Surgeon
    Admitted: 24/05/2028 07:30   Discharged: 24/05/2028 17:10

    Procedure: open repair of left inguinal hernia with mesh (Lichtenstein) and excision of a 4 cm lipoma, left upper back
    Anaesthetic: GA. Complications: none.

    # Wound care
    - Groin wound: absorbable subcuticular suture and glue, nothing to remove
    - Back wound: 4 interrupted non-absorbable sutures. Sutures to be removed at GP surgery by practice nurse on day 10 (03/06/2028). Patient asked to book.

    # Histology
    - Lipoma sent for histology. Result will be sent to GP - GP to review histology result and arrange any follow up needed.

    # Medication on discharge (TTO)
    - Paracetamol 1 g QDS for 7 days - supplied
    - Ibuprofen 400 mg TDS with food for 5 days - supplied

    # Fit note
    MED3 issued for 2 weeks (scaffolder); light duties only for a further 4 weeks.

    # Advice
    No heavy lifting for 4-6 weeks. If the wound becomes red, hot or discharging, contact the Day Surgery Unit on 0117 496 0266 (07:30-20:00), or NHS 111 out of hours.
    """,
    exp=[("post_procedure_care", "Sutures to be removed at GP surgery by practice nurse on day 10"),
         ("results_chasing", "GP to review histology result and arrange any follow up needed")],
    notes="The operating team passes suture removal and the review of its own histology to the practice. "
          "Fit note already issued, TTO supplied, wound queries go to the unit: no other finding. Sent "
          "about 16 h after discharge (on time).")

# ---------------------------------------------------------------- L13 neurology DNA (plain)
P = pt("Lucas Ferreira-Holt", 618805, "1991-03-05")
letter(
    key="l13", kind="clinic_letter", prov="brk", dept="Neurology Outpatients - Headache Clinic",
    specialty="Neurology", clinician="Dr Fiona McAvoy", patient=P, event="2028-04-26",
    letter_date="2028-04-26", sent="2028-04-27 16:45", fmt="plain",
    text=f"""
    Date: 26/04/2028

    Dr G Tallentire
    Saltergate Lane Surgery

    Dear Dr Tallentire

    Re: {up(P)}   DOB {dmy(P['dob'])}   NHS {sp(P)}   BGI No BGI7741920

    Appointment: 26/04/2028 14:20, Headache Clinic (Dr F McAvoy)
    Outcome: DID NOT ATTEND

    Mr Ferreira-Holt did not attend his new patient appointment in the headache clinic today. No contact was received from him to cancel or rearrange. In accordance with the Trust Access Policy he has been discharged back to your care.

    If you would still like him to be seen, please re-refer via e-RS.

    Yours sincerely

    Dr Fiona McAvoy
    Consultant Neurologist
    (generated by the outpatient booking office on behalf of the consultant)
    """,
    exp=[("dna_rereferral", "If you would still like him to be seen, please re-refer via e-RS")],
    notes="Discharged after a single missed new-patient appointment, with the practice asked to re-refer.")

# ---------------------------------------------------------------- L14 access centre - no response (HTML)
P = pt("Amelia Wrathall", 729917, "1999-08-30")
letter(
    key="l14", kind="referral_response", prov="wmh", dept="Patient Access Centre", specialty="Dermatology",
    clinician="Dr Eleanor Pashley", patient=P, event=None, letter_date="2028-05-31",
    sent="2028-05-31 09:05", fmt="html",
    frm="WMH Patient Access Centre <wmh.patientaccess@nhs.net>",
    subject="Referral closed - no response to booking invitation - WRATHALL A",
    opts={"html": "access"},
    text=f"""
    # Referral closed - no response to booking invitation
    | Patient | {up(P)} |
    | Date of birth | {dmy(P['dob'])} |
    | NHS number | {sp(P)} |
    | Specialty | Dermatology (consultant: Dr Eleanor Pashley) |
    | e-RS UBRN | 0006 1174 3382 |
    | Referral received | 21/03/2028 |

    Dear Colleague,

    We have tried to contact your patient on two occasions (letters dated 03/05/2028 and 17/05/2028, and one text message) to book their dermatology appointment but have not received a response.

    In line with the Trust's Access Policy the referral has been closed and the patient has been removed from the waiting list. Please re-refer if an appointment is still required.

    Patient Access Centre, Wickham Marsh Hospitals NHS Trust
    """,
    exp=[("dna_rereferral", "Please re-refer if an appointment is still required")],
    notes="HTML-only access-centre notice: referral closed after an unanswered booking invitation and the "
          "practice asked to re-refer (dna_rereferral by the corpus convention).")

# ---------------------------------------------------------------- L15 MSK physio, letter to patient (pdf)
P = pt("Chidi Nwachukwu-Hart", 830074, "1974-10-11")
letter(
    key="l15", kind="clinic_letter", prov="tmr", dept="MSK Interface Service", specialty="MSK Physiotherapy",
    clinician="Sam Whitacre", patient=P, event="2028-06-08", letter_date="2028-06-09",
    sent="2028-06-12 09:40", fmt="pdf",
    frm="Thirlby Moor MSK Service <thirlbymoor.msk@nhs.net>",
    text=f"""
    Mr Chidi Nwachukwu-Hart
    22 Ropewalk
    Pelsworth ZG4 1TU

    Date of appointment: 08/06/2028
    Date of letter: 09/06/2028

    NHS number: {sp(P)}   Date of birth: {dmy(P['dob'])}

    Dear Mr Nwachukwu-Hart

    Thank you for attending the MSK Interface Service at Pelsworth Health Centre on 8 June. I am writing to you to summarise what we discussed, and I have sent a copy to your GP.

    # What we found
    You have had lower back pain for 5 months, and over the last 6 weeks the pain has been going down your left leg to the outside of the foot, with pins and needles in the little toe. Your straight leg raise was reduced on the left and your left ankle reflex was reduced. This fits with a trapped nerve in the lower back (L5/S1 radiculopathy). Your bladder and bowel control are normal.

    # What happens next
    - Because your leg pain has not settled with 12 weeks of physiotherapy and painkillers, we agreed that you should see the spinal surgeons. I have asked your GP to refer you to the orthopaedic spinal team at Brackwater General Infirmary for an opinion.
    - Please continue the exercises on the sheet I gave you.
    - I have discharged you from the MSK physiotherapy service.

    # Important
    If you develop numbness around your back passage or genitals, difficulty passing urine, or weakness in both legs, go to A&E immediately - do not wait to see your GP.

    Yours sincerely

    Sam Whitacre
    Advanced Practice Physiotherapist, MSK Interface Service

    cc Dr N Trevelyan, Saltergate Lane Surgery
    """,
    exp=[("onward_referral",
          "I have asked your GP to refer you to the orthopaedic spinal team at Brackwater General "
          "Infirmary")],
    notes="Letter to the patient from the community MSK interface service: the onward referral to the "
          "spinal surgeons for the same problem is passed to the GP instead of being made directly. The "
          "cauda equina advice is safety-netting ('do not wait to see your GP').")

# ---------------------------------------------------------------- L16 urology stone clinic, to patient (HTML)
P = pt("Neville Roebuck", 941187, "1958-01-25")
letter(
    key="l16", kind="clinic_letter", prov="brk", dept="Urology - Stone Clinic", specialty="Urology",
    clinician="Mr Kwame Asante-Boyd", patient=P, event="2028-05-17", letter_date="2028-05-18",
    sent="2028-05-19 15:15", fmt="html",
    opts={"html": "third"},
    text=f"""
    Mr Neville Roebuck, 3 Lime Kiln Row, Pelsworth ZG4 5JJ

    Clinic date: 17/05/2028   Typed: 18/05/2028
    NHS number: {sp(P)}   Date of birth: {dmy(P['dob'])}   Hospital number: BGI2208371

    Dear Mr Roebuck

    Thank you for coming to the stone clinic after your visit to the Emergency Department with kidney pain (renal colic) last month. The CT scan in the Emergency Department showed a 5 mm stone in the lower part of the right ureter (the tube from the kidney to the bladder). The pain has settled and you have not had a fever.

    | Test | Date | Result |
    | CT KUB (ED) | 19/04/2028 | 5 mm right lower ureteric stone, mild hydronephrosis |
    | Urine dip (clinic) | 17/05/2028 | blood +, nitrites negative |
    | U&E (clinic) | 17/05/2028 | creatinine 92, normal |

    # Recommendations
    - Stones of this size usually pass on their own. Please keep taking tamsulosin 400 micrograms once a day for another 4 weeks; we gave you 28 days today.
    - I have requested a repeat low-dose CT scan in 4 weeks to check that the stone has passed. The radiology department will write to you with the appointment.
    - When the result is available, please contact your GP surgery who will be able to give you the result.
    - If you have not heard about your scan appointment within 4 weeks, please ask your GP to chase it for you.
    - If you get a fever, shivers or pain you cannot control, go to the Emergency Department straight away.

    Yours sincerely

    Mr Kwame Asante-Boyd
    Consultant Urological Surgeon

    cc Dr A Maddox, Saltergate Lane Surgery
    """,
    exp=[("patient_redirected_to_gp",
          "please contact your GP surgery who will be able to give you the result")],
    notes="HTML-only letter to the patient: the hospital ordered the follow-up CT but sends him to the GP "
          "for the result and for chasing his own appointment (both redirections, one entry). Tamsulosin "
          "supplied; the ED advice is safety-netting.")

# ---------------------------------------------------------------- L17 ED scaphoid (plain EPR)
P = pt("Jordan Scaife", 153628, "1996-06-02")
letter(
    key="l17", kind="ed_letter", prov="wmh", dept="Emergency Department", specialty="Emergency Medicine",
    clinician="Dr Rhiannon Bevis", patient=P, event="2028-04-21", letter_date="2028-04-22",
    sent="2028-04-22 03:14", fmt="plain",
    subject="WMH ED Discharge Letter: SCAIFE",
    text=f"""
    # EMERGENCY DEPARTMENT DISCHARGE LETTER
    Attendance: 21/04/2028 22:10   Discharged: 22/04/2028 01:35
    Patient: {rev(P)}   DOB {dmy(P['dob'])}   NHS {sp(P)}   ED No E2804211093
    Seen by: Dr Rhiannon Bevis, ED Registrar (ST4)

    Presenting complaint: FOOSH R wrist playing 5-a-side football
    Examination: tender anatomical snuffbox, pain on axial loading of thumb. NV intact.
    Investigations: XR R wrist + scaphoid views: no fracture seen
    Diagnosis: clinical scaphoid injury (suspected occult fracture)
    Treatment: futura splint, analgesia advice, leaflet

    # Plan / GP actions
    - Keep splint on at all times until reviewed
    - GP to arrange repeat scaphoid X-ray in 10-14 days and refer to fracture clinic if a fracture is seen
    - Pt works as a roofer - unable to work - please see GP for sick note
    """,
    exp=[("tests_for_hospital", "GP to arrange repeat scaphoid X-ray in 10-14 days"),
         ("fit_note", "please see GP for sick note")],
    notes="ED letter: the repeat imaging of a suspected occult scaphoid fracture the department diagnosed "
          "is handed to the GP, and the patient is sent to the GP for a fit note after the ED assessment. "
          "The fracture-clinic referral is conditional on the X-ray and is not labelled separately.")

# ---------------------------------------------------------------- L18 MOP late DS, sodium (docx, urgent)
P = pt("Ivy Gathergood", 262649, "1938-02-17")
letter(
    key="l18", kind="discharge_summary", prov="stn", dept="Medicine for Older People - Ward 22",
    specialty="Medicine for Older People", clinician="Dr Maeve O'Riordan", patient=P, event="2028-06-02",
    letter_date="2028-06-05", sent="2028-06-06 11:45", fmt="docx", urgent=True,
    text=f"""
    # DISCHARGE SUMMARY
    Patient: {up(P)}   DOB: {dmy(P['dob'])}   NHS: {sp(P)}   Hosp No: SHH0262649
    Date of admission: 26/05/2028   Date of discharge: 02/06/2028
    Consultant: Dr Maeve O'Riordan   Completed by: Dr Ben Latimer (FY2) on 05/06/2028

    # Diagnoses
    - Hyponatraemia (SIADH, probably sertraline-related) with confusion
    - Mechanical fall, no fracture (CT head and pelvis x-ray normal)

    # Background
    Depression, hypertension, osteoarthritis, TIA 2024

    # Summary
    90F admitted with new confusion after a fall at home; Na 119 on admission. Sertraline and indapamide stopped, fluid restriction 1 L/day. Na improved to 131 on 31/05 but was 124 on the day of discharge after the fluid restriction lapsed on the ward. She was keen to go home, confusion had resolved, and she was discharged with the fluid restriction re-started and explained to her daughter.

    # Medication changes
    | Sertraline 50 mg | STOPPED | hyponatraemia |
    | Indapamide 2.5 mg | STOPPED | hyponatraemia |
    | Mirtazapine 15 mg at night | STARTED | 14 days supplied |

    # Actions for GP
    - GP please recheck sodium within 48 hours of discharge and readmit via the medical take if Na < 125 or confused
    - Please review her mood in 4 weeks after the change from sertraline to mirtazapine
    """,
    exp=[("late_discharge_summary", "Date of discharge: 02/06/2028"),
         ("tests_for_hospital", "GP please recheck sodium within 48 hours of discharge")],
    notes="DOCX summary typed 3 days and sent 4 days after discharge. The ward discharged her with a falling "
          "sodium and passes the 48-hour recheck to the GP: tests_for_hospital and urgent (Na 124, the 48 h "
          "window had passed before the letter arrived). The mood review after the antidepressant switch is "
          "ordinary GP care and is not labelled.")

# ---------------------------------------------------------------- L19 dermatology secretary summary, late
P = pt("Poppy Tindall-Rowe", 374101, "2004-12-01")
letter(
    key="l19", kind="clinic_letter", prov="brk", dept="Dermatology", specialty="Dermatology",
    clinician="Dr Harriet Fenwick-Oduya", patient=P, event="2028-05-04", letter_date="2028-05-18",
    sent="2028-05-18 12:30", fmt="raw",
    frm="Bethany Rushby <bethany.rushby1@nhs.net>",
    subject="Poppy Tindall-Rowe DOB 01/12/2004 - dermatology",
    text=f"""
    Hi,

    Dr Harriet Fenwick-Oduya has asked me to let you know that she saw Poppy Tindall-Rowe (DOB
    {dmy(P['dob'])}, NHS No {sp(P)}) in clinic on 04/05/2028 regarding her acne. The full clinic letter
    is still waiting to be typed, so Dr Fenwick-Oduya wanted you to have the plan in the meantime -
    sorry this has taken a while.

    Summary of plan:
    - Severe nodulocystic acne with scarring, failed lymecycline x2 courses and topical Rx.
    - Counselled re isotretinoin incl. mood and the pregnancy prevention programme - Poppy has a
      Nexplanon in situ. Pregnancy test neg in clinic, baseline LFTs and lipids normal.
    - Dr Fenwick-Oduya would be grateful if you could prescribe isotretinoin 20 mg daily for 4 weeks
      and then 40 mg daily, she will see Poppy in the acne clinic in 4 weeks.
    - Please continue her Nexplanon (due for change 11/2029).

    Many thanks
    Bethany Rushby
    Secretary to Dr H Fenwick-Oduya, Consultant Dermatologist
    Dermatology Department, Brackwater General Infirmary | 0113 496 0472
    """,
    exp=[("late_clinic_letter", "in clinic on 04/05/2028"),
         ("hospital_only_prescribing",
          "would be grateful if you could prescribe isotretinoin 20 mg daily for 4 weeks and then 40 mg "
          "daily")],
    notes="Secretary's summary e-mail standing in for the clinic letter, sent 14 days after clinic (late). "
          "Oral isotretinoin is a specialist-only (red) drug under a pregnancy prevention programme, asked "
          "of the GP. Nexplanon is the practice's own.")

# ---------------------------------------------------------------- L20 gynae DS (pdf)
P = pt("Rachel Deverill", 486112, "1976-05-13")
letter(
    key="l20", kind="discharge_summary", prov="wmh", dept="Gynaecology - Ward 3 Women's Unit",
    specialty="Gynaecology", clinician="Miss Catrin Pugh-Tremayne", patient=P, event="2028-06-13",
    ev_time="11:00", letter_date="2028-06-13", sent="2028-06-13 16:30", fmt="pdf",
    text=f"""
    # DISCHARGE SUMMARY - Gynaecology
    Patient: {up(P)}   DOB: {dmy(P['dob'])}   NHS: {sp(P)}   MRN: WMH-4861120
    Date of admission: 12/06/2028   Date of discharge: 13/06/2028 11:00
    Consultant: Miss Catrin Pugh-Tremayne   Completed by: Dr Jess Parmar (ST2 O&G)

    # Procedure (12/06/2028)
    Total laparoscopic hysterectomy and bilateral salpingectomy for fibroids and heavy menstrual bleeding. Estimated blood loss 150 ml. Uncomplicated.

    # Wounds
    Four port sites closed with absorbable sutures and glue; nothing to remove.

    # Medication on discharge
    | Dalteparin 5000 units SC once daily | 7 days | supplied with sharps bin |
    | Paracetamol 1 g QDS | 7 days | supplied |
    | Dihydrocodeine 30 mg up to QDS if needed | 7 days | supplied |
    | Lactulose 10 ml BD | 7 days | supplied |

    # Certification
    MED10 issued for the inpatient stay.

    # Actions for GP
    - Post-operative review at 6 weeks with GP - patient asked to book
    - Patient will need a fit note from her GP for 6 weeks from discharge (teacher)
    - Histology will be reviewed by the gynaecology team and the result sent to the patient and GP
    """,
    exp=[("post_procedure_care", "Post-operative review at 6 weeks with GP"),
         ("fit_note", "Patient will need a fit note from her GP for 6 weeks from discharge")],
    notes="PDF summary sent the same day. The operating team's 6-week post-operative review and the "
          "post-operative fit note (only a MED10 for the stay was issued) are passed to the GP. Histology "
          "stays with the gynaecology team.")

# ---------------------------------------------------------------- L22 pain clinic + audit form (raw + docx)
P = pt("Graham Sowden", 595323, "1965-07-07")
letter(
    key="l22", kind="clinic_letter", prov="brk", dept="Pain Management Service", specialty="Pain Medicine",
    clinician="Dr Lars Eriksen-Pope", patient=P, event="2028-06-07", letter_date="2028-06-09",
    sent="2028-06-12 14:05", fmt="raw",
    frm="BGI Pain Management Service <brackwater.painclinic@nhs.net>",
    subject="Pain clinic letter + audit form - SOWDEN Graham",
    extra=[("docx", "Opioid_Stewardship_Audit_2028_form.docx", "Opioid Stewardship Audit 2028", f"""
    # Regional Opioid Stewardship Audit 2028 - practice data collection form
    Return to: brackwater.painaudit@nhs.net by 30/06/2028

    Patient NHS number: {sp(P)}   Year of birth: 1965

    | Section A | Completed by the pain clinic |
    | Section B | Opioid prescriptions issued by the practice, last 24 months (drug, dose, quantity, date) |
    | Section C | Co-prescribed gabapentinoids and benzodiazepines |
    | Section D | A&E attendances and hospital admissions known to the practice |

    Completed by: ______________   Role: ______________   Date: ______________
    """)],
    text=f"""
    Dear Dr Ferncombe

    Please see the clinic letter below from Dr Lars Eriksen-Pope and the attached audit form.

    Pain Management Service admin team

    PAIN MANAGEMENT SERVICE - BRACKWATER GENERAL INFIRMARY
    Clinic: 07/06/2028   Typed: 09/06/2028   Dr L Eriksen-Pope, Consultant in Pain Medicine

    Re: {up(P)}   DOB {dmy(P['dob'])}   NHS {sp(P)}   BGI No BGI5953230

    Dx: chronic widespread pain / fibromyalgia; chronic low back pain; long term opioid use (morphine MR
    30mg bd + oramorph prn, roughly 90 mg oral morphine equivalent a day)

    Seen with his wife. Long discussion about opioid tapering, he is keen to try. Plan agreed:
    1. Pain Management Programme - referred by us (8 week group at Brackwater), he will get a letter
    2. Opioid taper to be led by our pain pharmacist Ms Rukhsana Qazi who will phone him fortnightly and
    write to you with each step - no change to his prescriptions until she writes
    3. Continue duloxetine 60mg od
    4. The Trust is taking part in the regional Opioid Stewardship Audit 2028. We would be grateful if
    the practice could complete the attached audit data collection form (sections B to D: opioid
    prescribing history for the last 24 months, co-prescribed gabapentinoids and benzodiazepines, and
    any A&E attendances) and return it to the pain audit team at brackwater.painaudit@nhs.net by
    30/06/2028.

    Dr Lars Eriksen-Pope
    Consultant in Pain Medicine
    """,
    exp=[("non_contractual_admin",
          "We would be grateful if the practice could complete the attached audit data collection form")],
    notes="Pain clinic letter in the e-mail body with an audit form attached: the practice is asked to "
          "collect data for the trust's audit. The programme referral is made by the clinic and the taper is "
          "led by the pain pharmacist; duloxetine is green.")

# =========================================================================== hard negatives

# ---------------------------------------------------------------- N01 cardiology dictated, hospital does it
P = pt("Anil Chaudhry-Wells", 605536, "1969-04-18")
letter(
    key="n01", kind="clinic_letter", prov="brk", dept="Cardiology", specialty="Cardiology",
    clinician="Dr Imogen Stott-Harker", patient=P, event="2028-04-12", letter_date="2028-04-18",
    sent="2028-04-18 14:20", fmt="raw",
    frm="BGI Cardiology Secretaries <brackwater.cardiologysecs@nhs.net>",
    subject="OPA letter Dr Stott-Harker - CHAUDHRY-WELLS Anil",
    text=f"""
    Dear Dr Maddox,

    please see clinic letter below

    regards, Cardiology secretaries

    ------------------------------
    Cardiology Outpatients, Brackwater General Infirmary
    Clinic date 12/04/2028  Dictated 12/04/2028  Typed 18/04/2028
    Consultant: Dr Imogen Stott-Harker

    Re {up(P)} DOB {dmy(P['dob'])} NHS No {sp(P)} BGI5520917

    Diagnosis palpitations ? paroxysmal SVT ? ectopics full stop structurally normal heart on echo 2026

    Thank you for referring this pleasant 58 year old man with a 6 month history of palpitations the GP
    kindly arranged an ECG and a bloods tests including tfts which were normal and a 24 hour tape which
    showed frequent ectopics but did not capture his symptoms full stop he describes episodes of fast
    regular heart beat lasting up to 20 minutes roughly twice a month no syncope no chest pain

    on examination pulse 72 regular BP 134/82 heart sounds normal chest clear

    Plan
    I have requested a 7 day ambulatory ECG which will be fitted in our cardiac investigations unit full
    stop we will write to him and to you with the result
    bloods today fbc,u+e,lft,tft and magnesium were taken in our phlebotomy before he left the clinic and
    I will review them
    please continue bisoprolol 1.25mg od which he tolerates well
    He knows that if he has an episode lasting more than 30 minutes or with chest pain or blackouts he
    should attend ED, not wait to see his GP
    r/v in cardiology OPA 3/12 with the results, he is aware of vagal manoeuvres

    Dictated but not read
    Dr Imogen Stott-Harker
    Consultant Cardiologist
    """,
    notes="Hard negative in dictated style: ambulatory ECG requested and fitted by the hospital, bloods "
          "taken "
          "in the hospital phlebotomy and reviewed by the consultant, green drug continued, history of what "
          "the GP kindly arranged, ED safety-net. Sent 6 days after clinic (on time).")

# ---------------------------------------------------------------- N02 respiratory DS, HTML, all arranged
P = pt("Walter Brumby", 716640, "1944-11-29")
letter(
    key="n02", kind="discharge_summary", prov="wmh", dept="Respiratory Medicine - Ward 9",
    specialty="Respiratory Medicine", clinician="Dr Marcus Delahaye", patient=P, event="2028-04-19",
    ev_time="14:05", letter_date="2028-04-19", sent="2028-04-19 19:40", fmt="html",
    opts={"html": "third"},
    text=f"""
    # Discharge Summary - Respiratory Medicine (Ward 9)
    Patient: {up(P)} | DOB {dmy(P['dob'])} | NHS {sp(P)} | MRN WMH-1108832
    Admitted: 15/04/2028   Discharged: 19/04/2028 at 14:05
    Consultant: Dr Marcus Delahaye   Author: Dr Priya Nandakumar (FY1)

    # Diagnosis
    Infective exacerbation of COPD with right lower lobe pneumonia (CURB-65 2)

    # Summary
    83M, COPD (FEV1 48%), ex-smoker. IV co-amoxiclav and doxycycline 72 h then oral doxycycline. Nebulisers weaned. CRP 210 to 34. Back to baseline mobility and SpO2 93% on air.

    # Medication on discharge
    | Drug | Dose | Duration | Supply |
    | Doxycycline | 100 mg once daily | 4 days to complete 7 days | 4 days supplied - full course |
    | Prednisolone | 30 mg once daily | 2 days to complete 5 days | supplied |
    | Trimbow inhaler | 2 puffs twice daily | ongoing | own supply, unchanged |

    # Follow up arranged by the ward
    | Item | Arrangement |
    | CXR at 6/52 | requested by us; the appointment letter will be sent to the patient and the result will come to the respiratory clinic |
    | District nurses | referral sent by the ward for dressings to a skin tear on his left shin every 3 days |
    | Respiratory clinic | 8 weeks, booked |
    | Pulmonary rehabilitation | referral made by the ward team to the community respiratory service |
    | Community COPD team | will phone him within 48 hours of discharge |

    # Actions for GP
    None - summary for information. Please continue his usual inhalers.

    # Fit note
    Not required (retired).
    """,
    notes="Hard negative, HTML-only with tables: full antibiotic/steroid courses supplied, follow-up X-ray "
          "requested by the ward with the result going to its own clinic, referrals (incl. district "
          "nurses) made by the ward, "
          "'Actions for GP: None', green inhaler continued. Same-day summary.")

# ------------------------------------------------------------- N03 radiology nodule, hospital owns (alarming)
P = pt("Beatrice Huddleston", 827748, "1957-09-09")
letter(
    key="n03", kind="results", prov="stn", dept="Radiology", specialty="Radiology",
    clinician="Dr Femi Oshodi-Blake", patient=P, event=None, letter_date="2028-06-02",
    sent="2028-06-02 10:20", fmt="raw",
    frm="SHH Radiology Reports <radiology.reports@stannardheath.nhs.uk>",
    subject="Radiology report (copy to GP) - HUDDLESTON B - CT Thorax",
    text=f"""
    STANNARD HEATH HOSPITALS NHS FOUNDATION TRUST - RADIOLOGY REPORT (COPY)
    This report is copied to the registered GP for information.

    Patient: {rev(P)}   DOB: {dmy(P['dob'])}   NHS: {sp(P)}
    Exam: CT Thorax (non-contrast)   Date: 31/05/2028   Accession: SHR26061174
    Requested by: Dr Aled Prothero-Jones, Respiratory Medicine (outpatient clinic)
    Clinical details: chronic cough 4/12, ex-smoker 30 pack years, CXR normal

    REPORT:
    7 mm solid nodule in the left lower lobe (Se 4 Im 188). Mild centrilobular emphysema. No
    lymphadenopathy. No bronchiectasis. No pleural abnormality.

    CONCLUSION:
    Indeterminate 7 mm LLL nodule. Brock score 6.8%. Per BTS guidance interval CT at 3 months is
    recommended.

    Reported by: Dr Femi Oshodi-Blake, Consultant Radiologist, 01/06/2028

    ADDENDUM (Lung Nodule Service, 02/06/2028):
    Reviewed at the nodule MDT on behalf of the requesting clinician. Surveillance CT at 3 months has
    been booked by the nodule service; the patient has been informed by telephone by the nodule CNS and
    a letter follows. No GP action required.
    """,
    notes="Hard negative that sounds alarming (lung nodule in an ex-smoker): the nodule service owns the "
          "surveillance CT, has told the patient, and says no GP action is required. Not urgent for the "
          "practice.")

# ------------------------------------------------------------ N04 crisis team after overdose (docx, alarming)
P = pt("Dean Cropley", 938859, "1993-02-26")
letter(
    key="n04", kind="clinic_letter", prov="tmr", dept="Crisis Resolution and Home Treatment Team",
    specialty="Crisis Resolution and Home Treatment", clinician="Dr Kofi Boakye-Lund", patient=P,
    event="2028-05-22", letter_date="2028-05-22", sent="2028-05-23 08:40", fmt="docx",
    frm="Thirlby Moor CRHTT <thirlbymoor.crhtt@nhs.net>",
    text=f"""
    Crisis Resolution and Home Treatment Team - Assessment Letter

    Date of assessment: 22/05/2028 (Emergency Department, Stannard Heath Hospital, liaison referral)

    Re: {up(P)}   DOB {dmy(P['dob'])}   NHS {sp(P)}   RiO 8812094

    Dear Dr Trevelyan

    Dean presented to the Emergency Department on the evening of 21/05/2028 after taking 24 x 500 mg paracetamol tablets following an argument with his partner. He was medically cleared (paracetamol level below the treatment line at 4 hours, LFTs and INR normal) and I assessed him in the department this morning with his partner present.

    # Risk
    Impulsive overdose; no ongoing intent or plan; regrets the act; protective factors are his daughter and his job. Overall risk assessed as moderate in the short term.

    # Plan
    - The Home Treatment Team will visit him at home daily for at least the next week (first visit 23/05/2028).
    - Medication: we have started mirtazapine 15 mg at night; 7 days were supplied by the ED pharmacy and the HTT will manage further supplies while he is under our care. Please do not issue further supplies while he is with the HTT.
    - Means restriction discussed; his partner is removing surplus medication from the house.
    - He has a fit note for 2 weeks, issued by the ED doctor.
    - GP actions: none at present. We will write again when he is discharged from the HTT.

    Dr Kofi Boakye-Lund
    Specialty Doctor, Crisis Resolution and Home Treatment Team
    """,
    notes="Hard negative that sounds alarming (overdose): the crisis team does the follow-up and supplies, "
          "fit note already issued, 'GP actions: none'. The 'please do not issue' line is a negation, not a "
          "request to act. Not urgent for the practice.")

# ----------------------------------------------------------- N05 rheum methotrexate, SCP offered (docx + pdf)
P = pt("Lorna Wilberfoss", 149962, "1964-03-21")
letter(
    key="n05", kind="clinic_letter", prov="brk", dept="Rheumatology", specialty="Rheumatology",
    clinician="Dr Helena Vickerstaff", patient=P, event="2028-05-10", letter_date="2028-05-12",
    sent="2028-05-15 09:45", fmt="docx",
    extra=[("pdf", "SCP_Methotrexate_Adults_v4.pdf", "Shared Care Protocol - Methotrexate (adults)", f"""
    # Shared Care Protocol: Methotrexate (oral) for adults - version 4
    Issued by the area prescribing committee. This protocol applies only when the GP has agreed to share care for the named patient.

    Patient: {up(P)}   NHS: {sp(P)}

    # Specialist responsibilities
    - Initiate treatment and prescribe until the dose is stable (at least 12 weeks) and monitoring is stable.
    - Carry out baseline and initial monitoring (FBC, U&E, LFT every 2 weeks until stable).
    - Ask the GP in writing whether they agree to share care and supply the protocol.

    # GP responsibilities (once shared care has been agreed)
    - Prescribe methotrexate once weekly at the dose advised by the specialist.
    - Monitor FBC, U&E and LFT every 12 weeks once stable, and act on results as set out in section 6.

    # Reply slip
    I agree / do not agree to share care for this patient under this protocol.
    GP name: ______________   Signature: ______________   Date: ______________
    Please return to brackwater.rheumatology@nhs.net
    """)],
    text=f"""
    Dr A Maddox
    Saltergate Lane Surgery
    {PRACTICE_POSTAL}

    Clinic date: 10/05/2028   Typed: 12/05/2028

    Re: {up(P)}   DOB: {dmy(P['dob'])}   NHS: {sp(P)}   BGI No: BGI1499620

    Dear Dr Maddox

    # Diagnosis
    Seropositive rheumatoid arthritis (RF and anti-CCP positive), DAS28 5.1

    # Plan
    - Methotrexate started today at 10 mg once weekly (Mondays), increasing by 2.5 mg every 2 weeks to 20 mg weekly, with folic acid 5 mg once weekly (not on the methotrexate day). We have supplied 4 weeks of both from our pharmacy.
    - Monitoring: FBC, U&E and LFT every 2 weeks for the first 3 months at our Rheumatology Monitoring Clinic (hospital phlebotomy, Outpatients B). The DMARD nurses will review the results and contact Lorna about any dose change.
    - We will continue to prescribe until her dose and bloods are stable (at least 12 weeks).
    - Shared care: I enclose the regional shared care protocol for methotrexate. Please let us know, using the reply slip at the end of the protocol, whether you are willing to accept shared care once she is stable. Until we hear from you, prescribing and monitoring stay with us.
    - Methylprednisolone 120 mg IM given in clinic today.
    - Please continue her amlodipine 5 mg once daily.

    Yours sincerely

    Dr Helena Vickerstaff
    Consultant Rheumatologist
    """,
    notes="Hard negative: methotrexate started, supplied and monitored by the hospital; the shared-care "
          "protocol is offered for the GP's agreement with the protocol attached (its 'GP responsibilities' "
          "apply only once agreed). Amlodipine is green.")

# ---------------------------------------------------------------- N06 independent sector THR review (HTML)
P = pt("Frank Oddie", 250177, "1962-12-04")
letter(
    key="n06", kind="clinic_letter", prov="amb", dept="Orthopaedic Outpatients", specialty="Orthopaedics",
    clinician="Mr Rupert Vane-Tempest", patient=P, event="2028-05-24", letter_date="2028-05-25",
    sent="2028-05-26 14:10", fmt="html",
    opts={"html": "third"},
    text=f"""
    Clinic date: 24/05/2028
    Re: {up(P)}   DOB {dmy(P['dob'])}   NHS {sp(P)}   Amberlea ref APH-0250177

    Dear Dr Tallentire

    Mr Oddie attended for his 6-week review after his left total hip replacement on 11/04/2028 (NHS patient, e-RS).

    | Wound | Healed. Clips were removed by our ward nurse at day 12; no concerns. |
    | X-ray (taken here today) | Satisfactory position of the implant. |
    | Mobility | Walking with one stick; physiotherapy continues at Amberlea (next session booked 31/05). |
    | Fit note | I have issued a further fit note today for 4 weeks, with a phased return to work as a bus driver. |
    | Thromboprophylaxis | Completed (aspirin, 35 days supplied at discharge). |
    | Follow up | Arthroplasty review at 1 year with x-ray in our clinic; appointment will be sent. |

    GP actions: none.

    Yours sincerely

    Mr Rupert Vane-Tempest
    Consultant Orthopaedic Surgeon
    """,
    notes="Hard negative from the independent-sector provider: clips removed by its own nurse, fit note "
          "issued by the surgeon, physio and follow-up kept, 'GP actions: none'.")

# ---------------------------------------------------------------- N07 diabetes letter to patient (plain)
P = pt("Sunita Ramgoolam", 361184, "1971-06-08")
letter(
    key="n07", kind="clinic_letter", prov="wmh", dept="Diabetes Centre",
    specialty="Diabetes and Endocrinology",
    clinician="Dr Yusuf Harrop", patient=P, event="2028-05-03", letter_date="2028-05-05",
    sent="2028-05-09 10:00", fmt="plain",
    text=f"""
    Mrs Sunita Ramgoolam, 40 Weavers Close, Pelsworth ZG4 8NA

    Date of clinic: 03/05/2028
    NHS number: {sp(P)}   Date of birth: {dmy(P['dob'])}

    Dear Mrs Ramgoolam

    Thank you for coming to the diabetes clinic. I am writing to you, with a copy to your GP, to go over what we discussed.

    - Your HbA1c (long-term sugar level) was 71 mmol/mol, which is higher than we would like.
    - Your GP kindly arranged the liver ultrasound in March, which showed a fatty liver. Losing weight will help both your liver and your diabetes, and the dietitian referral I have made today will support this.
    - Please continue metformin 1 g twice daily.
    - I have increased your gliclazide to 80 mg twice daily. The hospital pharmacy gave you 28 days' supply today and your GP will continue this on your repeat prescription.
    - We will check your HbA1c, kidney and liver blood tests at the Wickham Marsh Diabetes Centre 2 weeks before your next appointment in 6 months. Both appointments will be posted to you.
    - If you have any hypos (sugar below 4), please ring the diabetes specialist nurses on 0115 496 0644 (Monday to Friday, 8am to 5pm).
    - Your annual eye screening and foot check continue with your GP practice as usual.

    Yours sincerely

    Dr Yusuf Harrop
    Consultant Diabetologist

    cc Dr O Ferncombe, Saltergate Lane Surgery
    """,
    notes="Hard negative written to the patient: 'your GP will continue' a green drug (gliclazide) after a "
          "dose change with 28 days supplied, bloods at the diabetes centre, dietitian referral made, hypo "
          "queries to the DSNs, history of what the GP arranged, usual annual reviews. Sent 6 days after "
          "clinic (on time).")

# ---------------------------------------------------------------- N08 hepatology A&G answered (raw)
P = pt("Colin Thackray", 472290, "1967-08-16")
letter(
    key="n08", kind="referral_response", prov="brk", dept="Hepatology", specialty="Hepatology",
    clinician="Dr Saira Quddus", patient=P, event=None, letter_date="2028-06-14",
    sent="2028-06-14 13:00", fmt="raw",
    frm="Brackwater Referral Management Centre <brackwater.rmc@nhs.net>",
    subject="e-RS Advice & Guidance response - THACKRAY Colin - Hepatology",
    text=f"""
    NHS e-Referral Service - ADVICE AND GUIDANCE RESPONSE
    Request type: Advice and Guidance request (no referral made)
    Patient: {rev(P)}   DOB {dmy(P['dob'])}   NHS {sp(P)}
    Requesting clinician: Dr G Tallentire, Saltergate Lane Surgery
    Service: Hepatology A&G - BUHFT
    Responding clinician: Dr Saira Quddus, Consultant Hepatologist   14/06/2028 12:41

    GP question: 60M, ALT 78, AST 52, GGT 110, BMI 33, T2DM, alcohol 10u/wk. Liver screen negative
    (hep B/C, ferritin, immunoglobulins, autoantibodies). USS fatty liver. Does he need referral?

    Response: Hi, thanks. Likely MASLD. FIB-4 from your bloods = 1.08 ie low risk of advanced fibrosis.
    Doesnt need hepatology OPA. Manage in primary care: weight loss, optimise diabetes (GLP1/SGLT2
    would help), CV risk. Repeat FIB-4 in 3 yrs per the NICE/BSG pathway. If FIB-4 >1.3 in future then
    ELF via your usual route and refer if ELF >=9.5. Happy to help further. SQ

    Outcome: Advice provided - A&G closed.
    """,
    notes="Hard negative: the practice asked an advice-and-guidance question (no referral was made) and got "
          "advice about its own patient's primary-care management; nothing is returned or pushed back. The "
          "'refer if' line is conditional.")

# ----------------------------------------------------------- N09 ENT referral upgraded by provider (alarming)
P = pt("Marion Quigley", 583304, "1959-10-27")
letter(
    key="n09", kind="referral_response", prov="stn", dept="ENT / Head and Neck", specialty="ENT",
    clinician="Mr Jonty Akerele", patient=P, event=None, letter_date="2028-06-16",
    sent="2028-06-16 10:15", fmt="raw",
    frm="SHH ENT Secretaries <stannard.entsecs@nhs.net>",
    subject="Referral update - QUIGLEY Marion - ENT - accepted and upgraded",
    text=f"""
    Dear Dr Maddox

    Re: {up(P)}   DOB {dmy(P['dob'])}   NHS {sp(P)}

    Thank you for your routine referral about a 3 cm left neck lump present for 6 weeks. Given her age
    and smoking history I have upgraded the referral myself and redirected it to the Head and Neck
    suspected cancer clinic. Our booking team will contact Mrs Quigley within 48 hours with an
    appointment. An ultrasound of the neck (with FNA if needed) will be done at the same one-stop visit,
    and we will give her the results ourselves.

    No action is needed from the practice.

    Mr Jonty Akerele
    Consultant ENT / Head and Neck Surgeon
    Stannard Heath Hospital
    """,
    notes="Hard negative that sounds alarming (neck lump, suspected cancer): the consultant upgrades and "
          "redirects the referral, books the one-stop tests and will give the results; 'No action is "
          "needed'. Not urgent for the practice because the provider makes the urgent step itself.")

# ---------------------------------------------------------------- N10 ED ankle sprain (plain EPR)
P = pt("Ellis Moorhouse", 694416, "2005-01-20")
letter(
    key="n10", kind="ed_letter", prov="wmh", dept="Emergency Department", specialty="Emergency Medicine",
    clinician="Kate Ormondroyd", patient=P, event="2028-05-06", letter_date="2028-05-06",
    sent="2028-05-06 23:05", fmt="plain",
    subject="WMH ED Discharge Letter: MOORHOUSE",
    text=f"""
    # EMERGENCY DEPARTMENT DISCHARGE LETTER
    Attendance: 06/05/2028 15:40   Discharged: 06/05/2028 17:05
    Patient: {rev(P)}   DOB {dmy(P['dob'])}   NHS {sp(P)}   ED No E2805060782
    Seen by: Kate Ormondroyd, Emergency Nurse Practitioner

    Presenting complaint: inversion injury L ankle, playing netball
    Examination: swelling and tenderness over ATFL, able to weight bear 4 steps, no bony tenderness
    Investigations: none - Ottawa ankle rules negative, X-ray not indicated
    Diagnosis: lateral ligament sprain L ankle
    Treatment: advice leaflet, tubigrip not applied (not recommended), analgesia advice

    # Plan
    - Rest, ice, elevation; walk as pain allows
    - No f/u needed. GP not required to arrange any follow-up.
    - If still unable to weight bear after 1 week, or not improving by 6 weeks, see your GP or return to the ED.
    - Fit note: not required (student).
    """,
    notes="Hard negative ED letter: no follow-up, explicit negation ('GP not required to arrange'), and "
          "conditional safety-netting ('if still unable to weight bear... see your GP').")

# ---------------------------------------------------------------- N11 memory clinic donepezil (pdf)
P = pt("Dorothy Kelsall", 805523, "1940-03-03")
letter(
    key="n11", kind="clinic_letter", prov="tmr", dept="Memory Assessment Service",
    specialty="Old Age Psychiatry",
    clinician="Dr Ingrid Solheim", patient=P, event="2028-06-15", letter_date="2028-06-19",
    sent="2028-06-20 11:00", fmt="pdf",
    text=f"""
    Dr N Trevelyan
    Saltergate Lane Surgery, {PRACTICE_POSTAL}

    Clinic date: 15/06/2028   Typed: 19/06/2028

    Re: {up(P)}   DOB: {dmy(P['dob'])}   NHS: {sp(P)}   RiO 5520741

    Dear Dr Trevelyan

    # Diagnosis
    Alzheimer's disease, mild (MoCA 19/30). CT head (requested by us): generalised atrophy and mild small vessel change.

    # History
    Dorothy came with her daughter, who has noticed increasing forgetfulness over 18 months, repeated questions and missed appointments. The GP kindly did the dementia screen bloods (B12, folate, TFTs, U&E, calcium, HbA1c) in March, all normal, and an ECG, which showed sinus rhythm at 68 bpm.

    # Plan
    - Donepezil 5 mg at night started today; 28 days supplied by our pharmacy. The memory nurse (Liz Cragside) will phone at 2 weeks and review at 4 weeks, increase to 10 mg if tolerated and supply a further 28 days.
    - Once she is settled on a stable dose we will write to ask whether the practice would be willing to take over prescribing. Until then, please do not add donepezil to her repeat.
    - Please continue her amlodipine and atorvastatin.
    - Driving: she has stopped driving and her daughter has informed the DVLA.
    - Post-diagnostic support: referred by us to the Thirlby Moor dementia adviser service.

    Yours sincerely

    Dr Ingrid Solheim
    Consultant Old Age Psychiatrist
    """,
    notes="Hard negative: donepezil started, supplied and titrated by the memory service, which will ask for "
          "the practice's agreement later; history of GP-arranged tests; green drugs continued; "
          "referral made "
          "by the service.")


# =========================================================================== other messages

OTHERS: list[dict] = []


def other(**kw):
    kw.setdefault("headers", {})
    kw.setdefault("html", None)
    OTHERS.append(kw)


other(key="x01", sent="2028-04-03 07:30",
      notes="Trust GP newsletter (List-Id, Precedence: bulk), multipart with an HTML alternative.",
      frm="Brackwater GP Connect <gpconnect@brackwater.nhs.uk>",
      subject="GP Connect - Brackwater University Hospitals - April 2028",
      headers={"List-Id": "Brackwater GP Connect <gpconnect.brackwater.nhs.uk>",
               "List-Unsubscribe": "<mailto:gpconnect-unsubscribe@brackwater.nhs.uk>",
               "Precedence": "bulk"},
      body="""
BRACKWATER GP CONNECT - APRIL 2028

1. New advice and guidance services
Hepatology and rheumatology now offer A&G on e-RS with a 2 working-day response target.

2. Hospital phlebotomy hub
From 1 May hospital-requested bloods can be taken at our new hub at Pelsworth Health Centre.
Clinicians requesting bloods for their own follow-up should book patients into the hub.

3. Consultant connect
Cardiology and gastroenterology advice lines are open 9-5 on 0113 496 0499.

You are receiving this because your practice is on the Brackwater GP mailing list.
""",
      html="""<html><body><h2>Brackwater GP Connect - April 2028</h2>
<h3>1. New advice and guidance services</h3><p>Hepatology and rheumatology now offer A&amp;G on e-RS
with a 2 working-day response target.</p>
<h3>2. Hospital phlebotomy hub</h3><p>From 1 May hospital-requested bloods can be taken at our new hub at
Pelsworth Health Centre. Clinicians requesting bloods for their own follow-up should book patients into
the hub.</p>
<h3>3. Consultant connect</h3><p>Cardiology and gastroenterology advice lines are open 9-5 on 0113 496
0499.</p><p style="font-size:8pt">You are receiving this because your practice is on the Brackwater GP
mailing list.</p></body></html>
""")

other(key="x02", sent="2028-04-25 15:02",
      notes="Hospital secretary's reply in the practice's thread ('RE:'), confirming the hospital will "
            "do the "
            "bloods and echo; it quotes the practice's letter, which quotes the original request.",
      frm="Tessa Mawdsley <tessa.mawdsley2@nhs.net>",
      subject="RE: Desmond Attwater - returned request (U&E and echo) - Saltergate Lane Surgery",
      headers={"In-Reply-To": "<slsurg.20280424163011.attwater@nhs.net>",
               "References": "<slsurg.20280424163011.attwater@nhs.net>"},
      body="""
Dear Dr Trevelyan

Dr Threadgold has asked me to confirm that Mr Attwater has been booked into our phlebotomy hub for his
U&E at 1 and 4 weeks, and the department has requested the repeat echo. We will contact Mr Attwater
directly. Apologies for the confusion.

Kind regards
Tessa Mawdsley
Medical Secretary to Dr O Threadgold, Cardiology

-----Original Message-----
From: Saltergate Lane Surgery <saltergate.lane@nhs.net>
Sent: 24 April 2028 16:30
Subject: Desmond Attwater - returned request (U&E and echo)

Your letter of 05/04/2028 asked: "GP to check u+e in 1/52 and again at 4/52" and that "his GP could
request a repeat echo in 3/12". These tests are needed for your own follow-up, and under the NHS
Standard Contract the clinician who needs a test arranges it. Please arrange them and contact the
patient directly.
""")

other(key="x03", sent="2028-04-28 15:00",
      notes="Out-of-office auto-reply (Auto-Submitted: auto-replied) from the ENT secretary.",
      frm="Lorraine Hebden <lorraine.hebden@nhs.net>",
      subject="Automatic reply: Returned referral - Gwendolyn Strachan-Bell - ENT A&G",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
               "In-Reply-To": "<slsurg.20280428145812.strachan-bell@nhs.net>"},
      body="""
Thank you for your email. I am on annual leave until Thursday 4 May 2028 and will not be checking
emails.

For urgent ENT matters please contact the ENT secretaries on 0115 496 0622.

Lorraine Hebden
Medical Secretary to Mr P Wasiak, ENT, Wickham Marsh District Hospital
""")

other(key="x04", sent="2028-05-04 20:18",
      notes="Patient's own e-mail (cross-link to the gastroenterology letter that sent her to the GP).",
      frm="Yolanda Petrakis <yolanda.petrakis@example.com>",
      subject="biopsy results",
      body="""
Hello

The hospital letter says I need to make an appointment with my GP to discuss my biopsy results
from the camera test. I have tried ringing at 8am twice this week and can't get through. Please
can someone ring me back on 07700 900517?

Thank you
Yolanda Petrakis (09/02/1972)
""")

other(key="x05", sent="2028-05-05 11:40",
      notes="Hospital secretary's reply in an existing thread ('RE:') confirming the ENT referral has been "
            "accepted after the practice's challenge; quotes the practice's message.",
      frm="Lorraine Hebden <lorraine.hebden@nhs.net>",
      subject="RE: Returned referral - Gwendolyn Strachan-Bell - ENT A&G",
      headers={"In-Reply-To": "<slsurg.20280428145812.strachan-bell@nhs.net>",
               "References": "<slsurg.20280428145812.strachan-bell@nhs.net>"},
      body="""
Dear Dr Maddox

Mr Wasiak has looked at this again on his return and has accepted the referral. Mrs Strachan-Bell will
be sent an appointment for the rhinology clinic; no further action is needed from you.

Kind regards
Lorraine

> From: Saltergate Lane Surgery
> Sent: 28 April 2028 14:58
> The A&G response asked us to "trial mometasone ... for 3/12 and if no better re-refer". Mrs
> Strachan-Bell has already had a six-week steroid trial and we consider the referral clinically
> appropriate. Please accept it.
""")

other(key="x06", sent="2028-05-16 06:12",
      notes="Phishing e-mail imitating an NHSmail quota warning (external look-alike domain).",
      frm="NHSmail Service Desk <no-reply@nhsmail-security.example.net>",
      subject="ACTION REQUIRED: your NHSmail mailbox will be suspended in 24 hours",
      body="""
Dear NHSmail user,

Your mailbox saltergate.lane@nhs.net has exceeded its storage quota. To avoid suspension you must
validate your account within 24 hours:

    http://nhsmail-login.example.net/validate?u=saltergate.lane

Failure to validate will result in loss of all emails.

NHSmail Support Team
""")

other(key="x07", sent="2028-05-22 11:50",
      notes="Community pharmacy e-mail (cross-link to the isotretinoin request); nothing to detect.",
      frm="Pelsworth Pharmacy <pelsworth.pharmacy@nhs.net>",
      subject="Poppy Tindall-Rowe - isotretinoin",
      body="""
Hi,

Poppy Tindall-Rowe came in this morning asking about isotretinoin - she says the hospital told her the
surgery would be prescribing it. We haven't had a prescription through. Just flagging that she is
waiting and a bit anxious about it.

Thanks
Ravinder (pharmacist), Pelsworth Pharmacy
""")

other(key="x08", sent="2028-06-01 07:00",
      notes="ICB primary-care bulletin (List-Id, Precedence: bulk).",
      frm="NHS Fenwold ICB Primary Care <primarycare.news@fenwold-icb.nhs.uk>",
      subject="Primary Care Update - Issue 22, June 2028",
      headers={"List-Id": "Fenwold ICB Primary Care Update <pcupdate.fenwold-icb.nhs.uk>",
               "List-Unsubscribe": "<mailto:pcupdate-unsubscribe@fenwold-icb.nhs.uk>",
               "Precedence": "bulk"},
      body="""
FENWOLD ICB - PRIMARY CARE UPDATE, ISSUE 22

* Interface: the acute trusts have agreed that hospital-requested bloods will be done by hospital
  phlebotomy. Send examples of requests that still reach you through the interface form.
* Summer vaccination campaign: starts 1 July 2028.
* Learning disability annual health checks: Q1 figures now on the dashboard.

You are receiving this as a member of a Fenwold ICB practice.
""")

other(key="x09", sent="2028-06-09 08:02",
      notes="Automatic acknowledgement from the independent provider (Auto-Submitted, "
            "Precedence: auto_reply).",
      frm="Amberlea Park Hospital NHS Services <nhs.services@amberleaclinics.co.uk>",
      subject="Re: Edith Pocklington - pre-operative form and ECG request [APH-0496681]",
      headers={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply",
               "In-Reply-To": "<slsurg.20280609075800.pocklington@nhs.net>"},
      body="""
Thank you for contacting Amberlea Park Hospital NHS Services. This is an automatic
acknowledgement: your message has been logged and a member of the team will reply within
3 working days. Please do not reply to this message.

Amberlea Clinics Ltd - Amberlea Park Hospital, Orchard Lane, Pelsworth ZG4 9FD
""")

other(key="x10", sent="2028-06-14 18:00",
      notes="LMC newsletter quoting typical request phrases on purpose (List-Id).",
      frm="Fenwold LMC <news@fenwold-lmc.example.org>",
      subject="LMC Update: 'Results forwarded to the GP for action' and other phrases",
      headers={"List-Id": "Fenwold LMC Update <update.fenwold-lmc.example.org>",
               "List-Unsubscribe": "<https://fenwold-lmc.example.org/unsubscribe>",
               "Precedence": "list"},
      body="""
FENWOLD LMC UPDATE

Phrases practices sent us this month:
  - "Pls arrange pelvic USS, FBC, ferritin ... and re-refer"
  - "Results forwarded to the GP for action"
  - "Patient to obtain fit note from GP"
  - "Please re-refer if an appointment is still required"

All of these are the provider's responsibility under the NHS Standard Contract. Our template
letters are on the website.

Fenwold Local Medical Committee
""")


# =========================================================================== building

def fill_subject(L) -> str:
    pat = L["patient"]
    return SUBJECT[L["prov"]].format(
        doc=DOCTYPE[L["kind"]], nhs=pat["nhs_number"], surname=pat["name"].split()[-1].upper(),
        name=pat["name"])


def msgid(sent: dt.datetime, key: str, sender: str, domain: str, mailhost: str) -> str:
    h = hashlib.sha1(f"{PREFIX}-{key}".encode()).hexdigest().upper()
    if sender.rstrip(">").endswith("@nhs.net"):  # NHSmail (Exchange Online) style
        return f"<LO4P265MB{h[:8]}{h[8:16]}@LO4P265MB{h[16:24]}.GBRP265.PROD.OUTLOOK.COM>"
    return f"<{sent.strftime('%Y%m%d%H%M%S')}.{h[:10]}@{mailhost}.{domain}>"


def dedent(s: str) -> str:
    return textwrap.dedent(s).strip("\n") + "\n"


def letterhead_text(p, dept) -> str:
    return "\n".join([p["name"].upper(), dept, f"{p['site']}, {', '.join(p['addr'])}",
                      f"Tel: {p['phone']}"]) + "\n" + "=" * 70 + "\n\n"


def _cells(row, tag="td"):
    style = "border:1px solid #b0b0b0;padding:4px 8px;vertical-align:top"
    return "".join(f'<{tag} style="{style}">{html.escape(c, quote=False)}</{tag}>' for c in row)


def html_letter(p, dept, blocks, variant) -> str:
    """This corpus's own HTML layouts ('lims': laboratory system; 'access': access-centre notice)."""
    out = []
    first_table = True
    for kind, data in blocks:
        if kind == "h":
            out.append(f'<p style="font-weight:bold;font-size:12pt;margin:10px 0 4px 0">'
                       f"{html.escape(data, quote=False)}</p>")
        elif kind == "p":
            out.append('<p style="margin:6px 0">' + "<br>".join(html.escape(x, quote=False) for x in data)
                       + "</p>")
        elif kind in ("ul", "ol"):
            tag = "ul" if kind == "ul" else "ol"
            out.append(f"<{tag}>" + "".join(f"<li>{html.escape(x, quote=False)}</li>" for x in data)
                       + f"</{tag}>")
        elif kind == "table":
            rows = []
            for i, r in enumerate(data):
                head = variant == "lims" and not first_table and i == 0
                rows.append("<tr>" + _cells(r, "th" if head else "td") + "</tr>")
            out.append('<table cellspacing="0" style="border-collapse:collapse;font-size:9.5pt;'
                       'margin:6px 0">' + "\n".join(rows) + "</table>")
            first_table = False
    if variant == "lims":
        top = (f'<div style="background:#4b2e83;color:#fff;padding:6px 10px;font-size:11pt">'
               f"<b>{html.escape(p['name'])}</b> &middot; {html.escape(dept)}</div>")
        foot = ("<p style=\"font-size:8pt;color:#666\">Generated by the laboratory information system. "
                f"Telephone enquiries: {html.escape(p['phone'])}.</p>")
    else:
        top = (f'<table width="100%" style="background:#eef3f8;border-bottom:3px solid #2a6ebb"><tr>'
               f'<td style="padding:8px"><b>{html.escape(p["name"])}</b><br>{html.escape(dept)}</td>'
               f'<td align="right" style="padding:8px;font-size:9pt">{html.escape(p["site"])}<br>'
               f'{html.escape(", ".join(p["addr"]))}<br>Tel {html.escape(p["phone"])}</td></tr></table>')
        foot = ('<p style="font-size:8pt;color:#666">This e-mail is confidential. If you are not the '
                "intended recipient please delete it and tell the sender.</p>")
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            "<body style=\"font-family:Verdana,Arial,sans-serif;font-size:10pt\">\n" + top + "\n"
            + "\n".join(out) + "\n" + foot + "\n</body></html>\n")


def attach(msg, fmt, fn, data):
    if fmt == "pdf":
        msg.add_attachment(data, maintype="application", subtype="pdf", filename=fn)
    else:
        msg.add_attachment(data, maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=fn)


def render_doc(fmt, p, dept, blocks, title, created):
    if fmt == "pdf":
        return make_pdf(p, dept, blocks, title, created)
    return make_docx(p, dept, blocks, title, created)


def build_letter(L) -> bytes:
    p = PROV[L["prov"]]
    sent = london(L["sent"])
    pat = L["patient"]
    sender = L["frm"] or p["sender"]
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = PRACTICE_TO
    msg["Subject"] = L["subject"] or fill_subject(L)
    msg["Date"] = email.utils.format_datetime(sent)
    msg["Message-ID"] = msgid(sent, L["key"], sender, p["domain"], p["mailhost"])
    if not sender.rstrip(">").endswith("@nhs.net"):
        msg["X-Mailer"] = p["mailer"]
    fmt = L["fmt"]
    doc = DOCTYPE[L["kind"]]
    if fmt == "raw":
        msg.set_content(dedent(L["text"]))
    elif fmt == "plain":
        msg.set_content(letterhead_text(p, L["dept"]) + render_plain(parse_markup(L["text"])))
    elif fmt == "html":
        blocks = parse_markup(L["text"])
        variant = L["opts"].get("html", "access")
        page = html_doc(p, L["dept"], blocks) if variant == "third" else html_letter(p, L["dept"], blocks,
                                                                                     variant)
        msg.set_content(page, subtype="html")
    else:
        stamp = sent.strftime("%Y%m%d")
        short = {"clinic_letter": "OPL", "discharge_summary": "EDS", "referral_response": "REF",
                 "results": "RES", "ed_letter": "ED"}[L["kind"]]
        fn = f"{short}_{pat['nhs_number']}_{stamp}.{fmt}"
        cover = L["cover"] or COVER[L["prov"]].format(doc=doc, nhs=spaced(pat["nhs_number"]), fn=fn)
        msg.set_content(cover)
        created = sent - dt.timedelta(minutes=11)
        attach(msg, fmt, fn, render_doc(fmt, p, L["dept"], parse_markup(L["text"]),
                                        f"{doc} - {pat['name']}", created))
    for efmt, efn, etitle, etext in L["extra"]:
        if fmt in ("raw", "plain", "html") and msg.get_content_maintype() != "multipart":
            msg.make_mixed()
        created = sent - dt.timedelta(minutes=9)
        attach(msg, efmt, efn, render_doc(efmt, p, L["dept"], parse_markup(etext), etitle, created))
    return msg.as_bytes(policy=OUT_POLICY)


def build_other(o) -> bytes:
    sent = london(o["sent"])
    domain = o["frm"].rsplit("@", 1)[1].rstrip(">")
    msg = EmailMessage()
    msg["From"] = o["frm"]
    msg["To"] = PRACTICE_TO
    msg["Subject"] = o["subject"]
    msg["Date"] = email.utils.format_datetime(sent)
    msg["Message-ID"] = msgid(sent, o["key"], o["frm"], domain, "mail")
    for k, v in o["headers"].items():
        msg[k] = v
    msg.set_content(dedent(o["body"]))
    if o["html"]:
        msg.add_alternative(o["html"], subtype="html")
    return msg.as_bytes(policy=OUT_POLICY)


def all_items():
    items = [("L", x) for x in LETTERS] + [("O", x) for x in OTHERS]
    items.sort(key=lambda t: london(t[1]["sent"]))
    return items


def label_for(tag, item, num) -> dict:
    mid = f"{PREFIX}-{num:03d}"
    if tag == "O":
        return {"id": mid, "file": f"{mid}.eml", "kind": "other", "trust": None, "specialty": None,
                "clinician": None, "patient": None, "event_date": None, "letter_date": None,
                "expected": [], "urgent_clinical_action": False, "notes": item["notes"]}
    return {"id": mid, "file": f"{mid}.eml", "kind": item["kind"], "trust": PROV[item["prov"]]["name"],
            "specialty": item["specialty"], "clinician": item["clinician"], "patient": item["patient"],
            "event_date": item["event"], "letter_date": item["letter_date"],
            "expected": [{"category": c, "evidence": e} for c, e in item["exp"]],
            "urgent_clinical_action": item["urgent"], "notes": item["notes"]}


def build():
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for num, (tag, item) in enumerate(all_items(), start=1):
        random.seed(f"{PREFIX}-{item['key']}")
        data = build_letter(item) if tag == "L" else build_other(item)
        lab = label_for(tag, item, num)
        (OUT / lab["file"]).write_bytes(data)
        labels.append(lab)
    (OUT / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    print(f"built {len(labels)} messages in {OUT}")


# =========================================================================== verification

class _HtmlText(HTMLParser):
    BLOCK = {"p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "table", "ul", "ol", "hr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "title", "head"):
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title", "head"):
            self.skip -= 1
        elif tag in self.BLOCK:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(s: str) -> str:
    t = _HtmlText()
    t.feed(s)
    t.close()
    return "".join(t.parts)


def pdf_texts(data: bytes) -> tuple[str, str]:
    """(pypdf text, pypdfium2 text)."""
    import pypdf
    import pypdfium2 as pdfium

    a = "\n".join(pg.extract_text() or "" for pg in pypdf.PdfReader(io.BytesIO(data)).pages)
    doc = pdfium.PdfDocument(data)
    b = []
    for i in range(len(doc)):
        tp = doc[i].get_textpage()
        b.append(tp.get_text_range())
        tp.close()
    doc.close()
    return a, "\n".join(b)


def docx_text(data: bytes) -> str:
    import docx

    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out.extend(c.text for c in row.cells)
    for s in d.sections:
        out += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    return "\n".join(out)


def extract(msg):
    """(texts every reader sees, [(pypdf, pdfium)] per PDF, formats present)."""
    texts, pdfs, fmts = [], [], []
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        fn = (part.get_filename() or "").lower()
        if ct == "text/plain" and not fn:
            texts.append(part.get_content())
            fmts.append("plain")
        elif ct == "text/html":
            texts.append(html_text(part.get_content()))
            fmts.append("html")
        elif ct == "application/pdf" or fn.endswith(".pdf"):
            pdfs.append(pdf_texts(part.get_payload(decode=True)))
            fmts.append("pdf")
        elif fn.endswith(".docx"):
            texts.append(docx_text(part.get_payload(decode=True)))
            fmts.append("docx")
    return texts, pdfs, fmts


def present(ev: str, texts, pdfs) -> bool:
    e = collapse(ev)
    if any(e in collapse(t) for t in texts):
        return True
    return any(e in collapse(a) and e in collapse(b) for a, b in pdfs)


def is_late(kind, event, ev_time, sent: dt.datetime) -> bool:
    day = dt.date.fromisoformat(event)
    sent_l = sent.astimezone(london("2028-04-01 00:00").tzinfo)
    days = (sent_l.date() - day).days
    if kind == "clinic_letter":
        if days == 7:
            raise AssertionError("clinic letter sent exactly 7 days after clinic (keep it unambiguous)")
        return days > 7
    if ev_time:
        return sent - london(f"{event} {ev_time}") > dt.timedelta(hours=24)
    if days == 1:
        raise AssertionError("discharge summary sent the next day without a stated discharge time")
    return days >= 2


def verify() -> bool:
    ok = True

    def bad(m):
        nonlocal ok
        ok = False
        print("FAIL", m)

    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    items = {f"{PREFIX}-{n:03d}": it for n, (_t, it) in enumerate(all_items(), start=1)}
    if sorted(p.name for p in OUT.glob("*.eml")) != sorted(lab["file"] for lab in labels):
        bad("file list does not match labels")
    seen_nhs: dict[str, str] = {}
    seen_mid: set[str] = set()
    prev = None
    for lab in labels:
        lid = lab["id"]
        if list(lab) != LABEL_KEYS:
            bad(f"{lid}: label keys {list(lab)}")
        if lab["kind"] not in KINDS:
            bad(f"{lid}: kind {lab['kind']}")
        raw = (OUT / lab["file"]).read_bytes()
        if b"\r\n" not in raw or b"\n" in raw.replace(b"\r\n", b""):
            bad(f"{lid}: line endings are not CRLF throughout")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg[h]:
                bad(f"{lid}: missing {h}")
        if msg["Message-ID"] in seen_mid:
            bad(f"{lid}: duplicate Message-ID")
        seen_mid.add(msg["Message-ID"])
        sent = email.utils.parsedate_to_datetime(msg["Date"])
        if sent.utcoffset() != dt.timedelta(hours=1) or not ("2028-04-01" <= sent.date().isoformat()
                                                               <= "2028-06-30"):
            bad(f"{lid}: Date header {msg['Date']} outside April-June 2028 BST")
        if prev and sent < prev:
            bad(f"{lid}: not in Date order")
        prev = sent
        texts, pdfs, _fmts = extract(msg)
        cats = [e["category"] for e in lab["expected"]]
        if len(cats) != len(set(cats)):
            bad(f"{lid}: duplicate category")
        for e in lab["expected"]:
            if list(e) != ["category", "evidence"]:
                bad(f"{lid}: expected keys {list(e)}")
            if e["category"] not in CATEGORIES:
                bad(f"{lid}: category {e['category']}")
            if not present(e["evidence"], texts, pdfs):
                bad(f"{lid}: evidence not found: {e['evidence']!r}")
        if lab["kind"] == "other":
            if lab["expected"] or lab["urgent_clinical_action"] or lab["patient"] is not None:
                bad(f"{lid}: other with findings/patient")
            continue
        it = items[lid]
        pat = lab["patient"]
        n = pat["nhs_number"]
        if nhs(n[3:9]) != n:
            bad(f"{lid}: invalid NHS number {n}")
        if seen_nhs.get(n, pat["name"]) != pat["name"]:
            bad(f"{lid}: NHS number reused")
        seen_nhs[n] = pat["name"]
        everything = collapse("\n".join(texts + [b for _a, b in pdfs]))
        if spaced(n) not in everything and n not in everything:
            bad(f"{lid}: NHS number not in text")
        if dmy(pat["dob"]) not in everything:
            bad(f"{lid}: DOB not in text")
        if lab["clinician"] and collapse(lab["clinician"]) not in everything:
            bad(f"{lid}: clinician {lab['clinician']!r} not in text")
        if lab["trust"] != PROV[it["prov"]]["name"]:
            bad(f"{lid}: trust")
        for k in ("event_date", "letter_date"):
            if lab[k] is not None and lab[k] > sent.date().isoformat():
                bad(f"{lid}: {k} after sending")
        if lab["event_date"] and dmy(lab["event_date"]) not in everything:
            bad(f"{lid}: event date not stated in the letter")
        late_cat = {"clinic_letter": "late_clinic_letter",
                    "discharge_summary": "late_discharge_summary"}.get(lab["kind"])
        for lc in ("late_clinic_letter", "late_discharge_summary"):
            if lc in cats and lc != late_cat:
                bad(f"{lid}: {lc} on a {lab['kind']}")
        if late_cat and lab["event_date"]:
            late = is_late(lab["kind"], lab["event_date"], it["ev_time"], sent)
            if late != (late_cat in cats):
                bad(f"{lid}: lateness label mismatch (late={late})")
            if late:
                ev = next(e["evidence"] for e in lab["expected"] if e["category"] == late_cat)
                if dmy(lab["event_date"]) not in ev:
                    bad(f"{lid}: late evidence does not state the date")
            if lab["kind"] == "discharge_summary" and it["ev_time"]:
                d = dmy(lab["event_date"])
                if f"{d} at {it['ev_time']}" not in everything and f"{d} {it['ev_time']}" not in everything:
                    bad(f"{lid}: discharge time not stated in the letter")
        elif late_cat in cats:
            bad(f"{lid}: late label without event date")
    # corpus-level requirements of the brief
    letters = [lab for lab in labels if lab["kind"] != "other"]
    per = Counter(e["category"] for lab in labels for e in lab["expected"])
    for c in sorted(TEXT_CATEGORIES):
        if per[c] < 2:
            bad(f"category {c} has only {per[c]} positives")
    negatives = sum(1 for lab in letters if not lab["expected"])
    if negatives * 3 < len(letters):
        bad(f"only {negatives} hard negatives among {len(letters)} letters")
    if ok:
        print(f"verified {len(labels)} messages: OK")
    return ok


def summary():
    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    kinds = Counter(lab["kind"] for lab in labels)
    cats = Counter(e["category"] for lab in labels for e in lab["expected"])
    letters = [lab for lab in labels if lab["kind"] != "other"]
    fmts = Counter(it["fmt"] for it in LETTERS)
    print("kinds:", dict(sorted(kinds.items())))
    print("letter formats:", dict(sorted(fmts.items())))
    for c in sorted(CATEGORIES):
        print(f"  {c:32s} {cats.get(c, 0)}")
    print("expected entries:", sum(cats.values()))
    print("urgent:", sum(lab["urgent_clinical_action"] for lab in labels))
    print("letters with no finding (hard negatives):", sum(1 for lab in letters if not lab["expected"]))


def main(argv):
    if "--verify-only" not in argv:
        build()
    ok = verify()
    summary()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
