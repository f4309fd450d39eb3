#!/usr/bin/env python3
"""Build the eighteenth (independent, held-out) corpus: tests/corpus/eighteenth/.

Style: degraded and awkward text, the way a busy shared practice inbox really receives it.  Letters
arrive as scanned and OCR'd PDFs (words hyphenated across line ends, ligature characters, stray marks from
stamps and signatures, l/1 and O/0 slips in reference numbers, fax page headers), ALL-CAPS EPR printouts,
plain-text tables aligned with spaces or tabs, letters pasted into an e-mail with ">" quoting or forwarded
by a secretary, bodies in windows-1252 or iso-8859-1 with curly quotes, en dashes, pound, degree and micro
signs, one-paragraph dictations and two-line e-mails from ward doctors, with American spellings creeping in.

Four invented NHS trusts (Ketterfield and Dunmoor; Strathbeck; Easterby Women's and Children's; Fellgate
mental health) and one independent provider (Larkspur, run by Tillbrook Health Ltd) write to an invented
practice, Holloway Brook Surgery.  Ten messages are not letters at all.

Everything is invented; NHS numbers are in the 999 test range and valid under Modulus 11; telephone
numbers are in Ofcom drama ranges.  All dates fall in January-March 2032 (GMT).  The build is
deterministic (fixed dates, Message-IDs, seeded MIME boundaries, fixed PDF/DOCX metadata).

    python3 tests/corpus/make_eighteenth.py            # build, then verify
    python3 tests/corpus/make_eighteenth.py --verify-only
"""
from __future__ import annotations

import datetime as dt
import email.policy
import io
import re
import sys
import textwrap
from collections import Counter
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus_kit as kit  # noqa: E402
from corpus_kit import dmy, letter_defaults  # noqa: E402
from corpus_kit import patient as P  # noqa: E402
from make_third import london, make_docx, parse_markup, spaced  # noqa: E402

OUT = HERE / "eighteenth"
PREFIX = "eighteenth"
TAG = "e18"
PRACTICE = "Holloway Brook Surgery"
PRACTICE_ADDR = "holloway.brook@nhs.net"
PRACTICE_TO = f"{PRACTICE} <{PRACTICE_ADDR}>"

PROV = {
    "ketter": dict(
        name="Ketterfield and Dunmoor Hospitals NHS Foundation Trust", site="Ketterfield Royal Hospital",
        addr=["Dunmoor Road", "Ketterfield", "KF1 4RD"], phone="0115 496 0300", domain="kdh.nhs.uk",
        sender="KDH Clinical Correspondence <clinical.correspondence@kdh.nhs.uk>", mailer="KDH DocFlow 5.2"),
    "strath": dict(
        name="Strathbeck University Hospitals NHS Trust", site="Strathbeck General Infirmary",
        addr=["Infirmary Lane", "Strathbeck", "SB3 9EN"], phone="0116 496 0450", domain="strathbeck-uh.nhs.uk",
        sender="SUH Outbound Letters <outbound.letters@strathbeck-uh.nhs.uk>", mailer="Strathbeck ePR Letters 2.3"),
    "easterby": dict(
        name="Easterby Women's and Children's Hospitals NHS Foundation Trust",
        site="Easterby Women's and Children's Hospital", addr=["Cradle Hill", "Easterby", "EB2 6TW"],
        phone="0117 496 0620", domain="easterby-wch.nhs.uk",
        sender="EWCH Correspondence <correspondence@easterby-wch.nhs.uk>", mailer="EWCH Lettergen 1.4"),
    "fellgate": dict(
        name="Fellgate Mental Health Partnership NHS Foundation Trust", site="Harrowgate House",
        addr=["Mill Street", "Fellgate", "FG4 1HN"], phone="0118 496 0275", domain="fellgatemh.nhs.uk",
        sender="Fellgate MHP Letters <letters@fellgatemh.nhs.uk>", mailer="RiO Correspondence Service"),
    "larkspur": dict(
        name="Larkspur Orthopaedic and Eye Centre",
        site="Larkspur Orthopaedic and Eye Centre (Tillbrook Health Ltd, providing NHS services)",
        addr=["2 Larkspur Court", "Ketterfield", "KF6 2LX"], phone="01632 960 337",
        domain="tillbrookhealth.example", sender="Larkspur Centre <larkspur.centre@nhs.net>",
        mailer="Tillbrook PAS Mailer 3.0"),
}

SCAN_COVER = {
    "ketter": ("Scanned document from KDH MFD {device}.\n\nPages: {pages}\nDocument type: {doctype}\n"
               "Scanned by: {who}\n\nThis is an automatically generated message from the Ketterfield and "
               "Dunmoor Hospitals scanning service. Please do not reply to this mailbox.\n"),
    "strath": ("Dear Colleague\n\nPlease find attached a scanned {doctype} ({pages} page(s)).\n\n"
               "Sent from Strathbeck Scan-to-Email ({device}) on behalf of {who}.\n"),
    "easterby": ("Attached: scanned {doctype}, {pages} page(s).\nDevice: {device}\nOperator: {who}\n\n"
                 "Easterby Women's and Children's Hospitals NHS Foundation Trust - confidential.\n"),
}
DOCX_COVER = {
    "ketter": ("Please find attached a {doctype} from {dept}, {trust}.\n\nDocument reference: {ref}\n\n"
               "This mailbox is not monitored.\n"),
    "easterby": ("Dear GP,\n\nA {doctype} from {dept} is attached for your records.\nRef: {ref}\n\n"
                 "Easterby Women's and Children's Hospitals NHS Foundation Trust\n"),
}
DOCTYPE = {"clinic_letter": "clinic letter", "discharge_summary": "discharge summary",
           "referral_response": "referral response", "results": "results report", "ed_letter": "ED letter"}


def nn(pt):
    return spaced(pt["nhs_number"])


def dob(pt):
    return dmy(pt["dob"])


LETTERS: list[dict] = []


def letter(**kw):
    LETTERS.append(letter_defaults(kw))


# ====================================================================== letters

# ---- L01  acute medicine discharge summary, faxed then scanned (OCR PDF), 42 h after discharge
pt = P("Harold Pennywick", "180011", "1941-02-14")
letter(key="l01", prov="ketter", dept="Ward 7 - Acute Medicine", kind="discharge_summary",
       specialty="General Medicine", clinician="Dr Farida Osei-Lamb", patient=pt,
       ev="2032-01-05", ev_time="16:20", ld="2032-01-05", sent="2032-01-07 10:48", fmt="ocr",
       subject="Scanned document - Ward 7 - discharge summary",
       opts={"device": "W7-MFD-02", "who": "Ward 7 clerk"}, body=f"""
From: Ward 7 Fax 0115 496 0217        07/01/2032 10:42        P.001/002
KETTERFIELD AND DUNMOOR HOSPITALS NHS FOUNDATION TRUST
Ketterﬁeld Royal Hospital   Dunmoor Road   Ketterﬁeld   KF1 4RD
WARD 7 (ACUTE MEDICINE)    Tel 0115 496 0210
                    INPATIENT  DISCHARGE  SUMMARY
Patient: Harold PENNYWICK    DOB: {dob(pt)}    NHS No: {nn(pt)}
Hosp No: KR4l1O932        Consultant: Dr F Osei-Lamb
GP: Dr N Ferrars, Holloway Brook Surgery
Date of admission: 01/01/2032
Date of discharge: 05/01/2032 16:20
Summary printed: 05/01/2032 16:05
Diagnosis: Acute kidney injury (stage 2) on a background of heart fail-
ure with reduced ejection fraction; dehydration after a diarrhoeal illness.
Clinical course: Admitted with 3 days of diarrhoea and vomiting and postural
dizziness.  Creatinine 2l4 µmol/L on admission (baseline 98).  Furosemide
and ramipril were held and he was given IV ﬂuids with strict ﬂuid balance.
Creatinine 131 µmol/L on the day of discharge.  Stool culture negative.
Weight on discharge 71.2 kg (dry weight per HF nurses 7O.5 kg).
Medication changes:  ramipril 5 mg od - WITHHELD;  furosemide 40 mg om:
REDUCED to 20 mg om.  14 days TTO supplied.   |
\f
From: Ward 7 Fax 0115 496 0217        07/01/2032 10:43        P.002/002
Patient: PENNYWICK Harold     NHS No: {nn(pt)}
ACTIONS FOR GP
Please repeat U&E in one week and restart ramipril if creatinine is below 120.
District nurses to continue twice-weekly dressings to the left shin skin tear
(referral faxed to Ketterﬁeld North DN team 05/01).
Results awaited at discharge: none.
Follow-up: the heart failure specialist nurse will telephone him within 2 weeks
(arranged by the ward).  No medical outpatient follow-up.
Completed by: Dr L Brankston FY2 for Dr F Osei-Lamb, Consultant Physician  ~|
       °    _____________________      ~
""", exp=[("tests_for_hospital", "Please repeat U&E in one week and restart ramipril if creatinine is below 120."),
          ("late_discharge_summary", "Date of discharge: 05/01/2032 16:20")],
       notes="Faxed, scanned and OCR'd summary sent 42 h after discharge; post-AKI U&E pushed to the GP. District "
             "nurse dressings and HF nurse call are not practice requests (hard negatives).")

# ---- L02  elderly care e-discharge as an ALL-CAPS EPR printout in the body
pt = P("Edna Frostwick", "180028", "1936-07-09")
letter(key="l02", prov="ketter", dept="Larch Ward - Elderly Care", kind="discharge_summary",
       specialty="Geriatric Medicine", clinician="Dr Ruairi Conlan", patient=pt,
       ev="2032-01-12", ev_time="14:05", ld="2032-01-12", sent="2032-01-12 17:32", fmt="plain",
       subject="KDH DISCHARGE NOTIFICATION FROSTWICK E", body=f"""
*** KDH EPR - DISCHARGE NOTIFICATION - PRINTED 12/01/2032 17:28 ***
PATIENT:    FROSTWICK, EDNA (MRS)          DOB: {dob(pt)}     NHS: {nn(pt)}
HOSP NO:    KR7702215                      WARD: LARCH WARD (ELDERLY CARE)
CONSULTANT: DR R CONLAN                    GP: DR N FERRARS (HOLLOWAY BROOK SURGERY)
ADMITTED:   06/01/2032 11:40               DISCHARGED: 12/01/2032 14:05
DISCHARGE TO: USUAL RESIDENCE, PACKAGE OF CARE RESTARTED

PRESENTING COMPLAINT: FALL AT HOME, LONG LIE ~6 HRS. NO #.
DIAGNOSES:
 1. MECHANICAL FALL / DECONDITIONING
 2. HYPONATRAEMIA (NA 124) ?THIAZIDE - NA 131 ON D/C
 3. UTI - TREATED
 4. MILD HYPERKALAEMIA (K 5.3 ON D/C)

MEDICATION CHANGES:
 BENDROFLUMETHIAZIDE 2.5MG OD     STOPPED (HYPONATRAEMIA)
 AMLODIPINE 5MG OD                HELD (BP 102/60 ON WARD)
 NITROFURANTOIN MR 100MG BD       COURSE COMPLETED
 ADCAL-D3 1 TAB BD                NEW - 28 DAYS SUPPLIED

INVESTIGATIONS PENDING AT DISCHARGE:
 VITAMIN D LEVEL (SENT 11/01/2032)

PLAN:
 GP TO REPEAT U&ES IN 1/52 (NA AND K).
 GP TO CHASE VIT D RESULT AND START LOADING DOSE IF LOW.
 GP TO REVIEW BP IN 2/52 AND RESTART AMLODIPINE IF SBP >150.
 COMMUNITY FALLS TEAM REFERRAL SENT BY WARD THERAPISTS 12/01.
 DN TO VISIT DAILY FOR EYE DROPS UNTIL CARERS TRAINED.
 NO FOLLOW UP IN ELDERLY CARE CLINIC.

SUMMARY COMPLETED BY: DR P ADEYEMI-HOLT (FY1) FOR DR R CONLAN
*** END OF DOCUMENT ***
""", exp=[("tests_for_hospital", "GP TO REPEAT U&ES IN 1/52 (NA AND K)."),
          ("results_chasing", "GP TO CHASE VIT D RESULT AND START LOADING DOSE IF LOW.")],
       notes="Caps EPR printout: repeat U&E after the ward's own drug changes, and the ward's pending vitamin D "
             "pushed to the GP. BP review and amlodipine restart is ordinary GP work; falls referral done by ward; "
             "DN visits not a practice request (hard negatives).")

# ---- L03  cardiology clinic letter, windows-1252 quoted-printable, curly quotes
pt = P("Dennis Alderbrook", "180035", "1954-05-23")
letter(key="l03", prov="ketter", dept="Cardiology - Arrhythmia Clinic", kind="clinic_letter",
       specialty="Cardiology", clinician="Dr Priyanka Venkatesan", patient=pt,
       ev="2032-01-13", ld="2032-01-14", sent="2032-01-15 15:02", fmt="plain",
       opts={"cs": "windows-1252", "cte": "quoted-printable"},
       subject="Clinic letter: Arrhythmia Clinic – Mr D Alderbrook", body=f"""
Ketterfield and Dunmoor Hospitals NHS Foundation Trust
Cardiology – Arrhythmia Clinic, Ketterfield Royal Hospital
Tel 0115 496 0318

Clinic date: 13/01/2032          Typed: 14/01/2032
Dr N Ferrars, Holloway Brook Surgery

Dear Dr Ferrars,

Re: Mr Dennis Alderbrook – DOB {dob(pt)} – NHS No {nn(pt)}

Diagnoses:
1. Paroxysmal atrial fibrillation – symptomatic despite bisoprolol
2. Hypertension

Mr Alderbrook describes ‘fluttering’ episodes lasting 2–3 hours, two or three times a week, with
light-headedness but no syncope. He has tried flecainide in the past (“made me feel awful”).
ECG in clinic today: sinus rhythm 58 bpm, QTc 428 ms. BP 138/82.

I have started amiodarone 200 mg three times daily for one week, then twice daily for one week,
then 200 mg once daily; he was given a 14-day supply from the clinic pharmacy. Baseline TFTs,
LFTs and a chest X-ray were done here today.

I’d be grateful if you would take over prescribing of amiodarone 200 mg daily from the end of the loading period and arrange his thyroid and liver function tests every six months.

I’ve requested an echocardiogram and a 7-day Holter monitor here, and we’ll write to you both with the results.
Please continue bisoprolol 2.5 mg once daily and apixaban 5 mg twice daily.

I will see him again in 3 months.

Yours sincerely

Dr Priyanka Venkatesan
Consultant Cardiologist
""", exp=[("shared_care_without_agreement",
           "I’d be grateful if you would take over prescribing of amiodarone 200 mg daily from the end of the "
           "loading period and arrange his thyroid and liver function tests every six months.")],
       notes="Amiodarone (amber) handed over with monitoring and no shared-care agreement offered. Echo/Holter "
             "done by the hospital and green drugs continued are hard negatives.")

# ---- L04  cardiology clinic letter, DOCX: shared care OFFERED for agreement (hard negative)
pt = P("Marjorie Tennick", "180042", "1948-11-30")
letter(key="l04", prov="ketter", dept="Cardiology Outpatients", kind="clinic_letter", specialty="Cardiology",
       clinician="Dr Callum Rees-Ordway", patient=pt, ev="2032-01-20", ld="2032-01-21",
       sent="2032-01-23 09:40", fmt="docx", subject="Cardiology clinic letter - TENNICK", body=f"""
Clinic date: 20/01/2032
Date typed: 21/01/2032
Patient: Mrs Marjorie Tennick, DOB {dob(pt)}, NHS number {nn(pt)}

Dear Dr Quenby

# Diagnosis
Persistent atrial fibrillation, rate controlled; previous intolerance of amiodarone (photosensitivity).

Mrs Tennick remains symptomatic with palpitations and breathlessness on hills. Her ECG today showed AF at
84 bpm, QTc 441 ms. After discussion she has chosen rhythm control with dronedarone and I have started
dronedarone 400 mg twice daily today, supplied for 4 weeks from our pharmacy.

Dronedarone is an amber drug in our area. I enclose our shared care protocol for your consideration. Please
let us know whether you are willing to take on prescribing under the protocol; until you have agreed, we will
continue to prescribe and monitor from the cardiology clinic, including her liver function tests at 1 week
and monthly for 6 months.

Please continue ramipril 5 mg once daily and edoxaban 60 mg once daily as before.

If she becomes more breathless or develops ankle swelling she should call the arrhythmia nurses on
0115 496 0318.

I will see her again in 3 months.

Yours sincerely

Dr Callum Rees-Ordway
Consultant Cardiologist
""", notes="Hard negative: shared care offered for agreement with the hospital prescribing and monitoring in the "
             "meantime; green drugs to continue; patient safety-netting.")

# ---- L05  orthopaedic discharge letter, scanned (OCR PDF), next morning
pt = P("Liam Corrigan-Hale", "180059", "1993-08-17")
letter(key="l05", prov="ketter", dept="Ward 15 - Trauma and Orthopaedics", kind="discharge_summary",
       specialty="Trauma and Orthopaedics", clinician="Mr Oluwaseun Adebanjo", patient=pt,
       ev="2032-01-08", ev_time="15:30", ld="2032-01-08", sent="2032-01-09 09:15", fmt="ocr",
       subject="Scan to email: ward 15 discharge letter",
       opts={"device": "W15-MFD-01", "who": "T&O ward clerk"}, body=f"""
    SCANNED 09 JAN 2032  |  WARD 15                                    ~
Ketterﬁeld Royal Hospital - Trauma & Orthopaedics - Ward 15   Tel 0115 496 0350
                          DISCHARGE  LETTER
Name: Liam CORRIGAN-HALE     DOB: {dob(pt)}     NHS No: {nn(pt)}
Hosp No: KRl5O8841     Consultant: Mr O Adebanjo
Date of admission: 05/01/2032      Date of discharge: 08/01/2032 15:30
Operation: ORIF right ankle (Weber B) 06/01/2032 - Mr O Adebanjo
Wound: closed with skin clips, Mepore dress-
ing.  Keep dry and ele-
vated.  No signs of infection at discharge.
VTE prophylaxis: enoxaparin 40 mg SC once daily for 6/52 - full course supplied
(42 syringes); patient taught to self-inject by the ward nurses.
Weight bearing: non weight bearing in backslab, crutches issued by physio.
Follow-up: fracture clinic in 2/52 with X-ray - appointment will be posted.
Requests to GP:
1. Please arrange for the practice nurse to remove the skin clips on 19/01/2032.
2. He works as a scaffolder and will need a ﬁt note from his GP for 6 weeks.
Analgesia: paracetamol and codeine, 14 days supplied.
Signed:  ~ Dr E Vasquez-Rowe (CT1 T&O) for Mr O Adebanjo     °   |
""", exp=[("post_procedure_care", "Please arrange for the practice nurse to remove the skin clips on 19/01/2032."),
          ("fit_note", "He works as a scaffolder and will need a fit note from his GP for 6 weeks.")],
       notes="Scanned OCR letter (ligature in 'ﬁt' decomposed by the text layer reader): clip removal and the "
             "post-operative fit note pushed to the practice. Full enoxaparin course supplied and fracture clinic "
             "booked (hard negatives). Sent 17.75 h after discharge (on time).")

# ---- L06  urology DNA letter with tab-separated header
pt = P("Gordon Thwaite", "180066", "1962-04-02")
letter(key="l06", prov="ketter", dept="Urology Outpatients", kind="clinic_letter", specialty="Urology",
       clinician="Mr Anand Sivakumaran", patient=pt, ev="2032-01-19", ld="2032-01-21",
       sent="2032-01-21 13:10", fmt="plain", subject="Urology - did not attend - THWAITE", body=f"""
Ketterfield and Dunmoor Hospitals NHS Foundation Trust\tUrology Outpatients
Patient\tMr Gordon Thwaite
DOB\t{dob(pt)}
NHS No\t{nn(pt)}
Clinic\tLUTS clinic (Mr A Sivakumaran)
Appointment\t19/01/2032 10:30
Outcome\tDid not attend - discharged
Letter date\t21/01/2032

Dear Dr Ferrars,

Mr Thwaite did not attend his first appointment in the LUTS clinic on 19/01/2032 and we were unable to
contact him by telephone. In line with the Trust's access policy he has been discharged back to your care.
If you feel he still requires urological assessment, please re-refer him via e-RS.

Yours sincerely

Mr Anand Sivakumaran
Consultant Urologist
""", exp=[("dna_rereferral", "If you feel he still requires urological assessment, please re-refer him via e-RS.")],
       notes="Discharged after a single missed first appointment with a request to re-refer.")

# ---- L07  oncology: one long dictated paragraph, windows-1252 QP, sent 14 days after clinic
pt = P("Rosalind Achterberg", "180073", "1966-09-11")
letter(key="l07", prov="strath", dept="Colorectal Oncology", kind="clinic_letter", specialty="Medical Oncology",
       clinician="Dr Helena Marchetti-Wood", patient=pt, ev="2032-01-13", ld="2032-01-26",
       sent="2032-01-27 16:44", fmt="plain", opts={"cs": "windows-1252", "cte": "quoted-printable"},
       subject="Oncology clinic letter – Mrs R Achterberg", body=f"""
Strathbeck University Hospitals NHS Trust – Strathbeck Cancer Centre – Colorectal Oncology
Clinic date: 13/01/2032    Dictated: 13/01/2032    Typed: 26/01/2032    Ref HMW/ONC/77123
Mrs Rosalind Achterberg, DOB {dob(pt)}, NHS No {nn(pt)}

Dear Dr Quenby, I saw Mrs Achterberg today in the colorectal oncology clinic with her husband for review before cycle 3 of adjuvant capecitabine following her right hemicolectomy in October for a pT3 N1 adenocarcinoma of the caecum, and I am pleased to say that she has tolerated the first two cycles reasonably well with grade 1 hand–foot syndrome, which she is managing with urea cream, and some loose stools on days 8–10 of each cycle that settle with loperamide, with no mucositis and no chest pain; she had one temperature of 37.9°C at home on 02/01/2032 and quite rightly rang our acute oncology hotline, was assessed on the unit and her neutrophils were 2.1, so no antibiotics were needed, and she knows to ring the hotline on 0116 496 0499 at any time of the day or night if her temperature is 37.5°C or above; her labs today show hemoglobin 118 g/L, neutrophils 2.4, platelets 212, bilirubin 14 µmol/L and creatinine 71 µmol/L, so she is fit to proceed, and we will continue to check her bloods in the chemotherapy day unit before each cycle; because of supply problems in our pharmacy this month, please could you prescribe cycle 3 of capecitabine 1,650 mg twice daily for 14 days so that she can collect it from her community pharmacy before the cycle starts on 20/01/2032; she should continue her levothyroxine 75 micrograms daily and the loperamide as needed, her CEA today was 2.1 and normal, I will see her again before cycle 4, and we will arrange her end-of-treatment CT of the chest, abdomen and pelvis ourselves and discuss the result with her in clinic; yours sincerely, Dr Helena Marchetti-Wood, Consultant Medical Oncologist (dictated but not signed).
""", exp=[("hospital_only_prescribing",
           "please could you prescribe cycle 3 of capecitabine 1,650 mg twice daily for 14 days so that she can "
           "collect it from her community pharmacy before the cycle starts on 20/01/2032"),
          ("late_clinic_letter", "Clinic date: 13/01/2032")],
       notes="Single-paragraph dictation: GP asked to prescribe oral chemotherapy (red); typed 13 days and sent 14 "
             "days after clinic. Chemo-unit bloods, the hotline advice and the hospital-arranged CT are hard "
             "negatives.")

# ---- L08  ophthalmology clinic letter, iso-8859-1 8bit: no findings
pt = P("Winifred Caskey", "180080", "1944-02-28")
letter(key="l08", prov="strath", dept="Strathbeck Eye Unit", kind="clinic_letter", specialty="Ophthalmology",
       clinician="Miss Yasmin Boateng-Clark", patient=pt, ev="2032-01-26", ld="2032-01-27",
       sent="2032-01-28 11:20", fmt="plain", opts={"cs": "iso-8859-1", "cte": "8bit"},
       subject="Eye Unit clinic letter - CASKEY Winifred", body=f"""
STRATHBECK EYE UNIT - Strathbeck General Infirmary, Infirmary Lane, Strathbeck SB3 9EN
Tel 0116 496 0460

Clinic: Cataract assessment, 26/01/2032
Patient: Mrs Winifred Caskey   DOB {dob(pt)}   NHS No {nn(pt)}

Dear Dr Ferrars

Mrs Caskey has visually significant cataracts, worse on the right. Vision R 6/24, L 6/12.
IOP R 18 mmHg, L 19 mmHg on latanoprost. Central corneal thickness 545 µm R, 551 µm L.
Fields stable; small superior arcuate defect L at 20° unchanged. Discs 0.6 cup:disc.

I have listed her for right phacoemulsification and lens implant. Pre-operative assessment
will take place in the Eye Unit; our nurses will do her biometry, blood pressure and any
bloods needed.

She should continue her latanoprost 0.005% drops at night to both eyes.
If her vision deteriorates suddenly before surgery, she should attend eye casualty directly
(0116 496 0466). Parking at the Eye Unit is £2.50; blue badge holders park free.

No action is required from the GP.

Yours sincerely

Miss Yasmin Boateng-Clark
Consultant Ophthalmic Surgeon
""", notes="Hard negative: hospital does the pre-op work; drops to continue; patient safety-netting; "
             "'No action is required from the GP'. Latin-1 body with degree, micro and pound signs.")

# ---- L09  ENT referral returned, tab-separated e-RS triage outcome
pt = P("Kieran Mulvey", "180097", "1979-12-05")
letter(key="l09", prov="strath", dept="ENT - Nasal and Sinus", kind="referral_response", specialty="ENT",
       clinician="Mr Declan Oyelowo-Finch", patient=pt, ev=None, ld="2032-02-02",
       sent="2032-02-03 08:50", fmt="plain", subject="e-RS triage outcome: returned to referrer", body=f"""
e-RS REFERRAL TRIAGE OUTCOME - Strathbeck University Hospitals NHS Trust
UBRN\t0004 1187 2256
Patient\tKieran Mulvey
DOB\t{dob(pt)}
NHS Number\t{nn(pt)}
Service\tENT - Nasal and Sinus (Strathbeck General Infirmary)
Triage date\t02/02/2032
Triaged by\tMr D Oyelowo-Finch, Consultant ENT Surgeon
Outcome\tReturned to referrer
Comments\tThank you for this referral for nasal obstruction and reduced sense of smell. The referral documents 3 months of beclometasone. There are no red flag features. Referral returned: please arrange a CT of the sinuses and a 6-week trial of mometasone nasal spray with saline douching before re-referral. Unilateral symptoms, bleeding or facial swelling would warrant a fresh urgent referral.

This is an automated message from the e-RS triage system. Do not reply.
""", exp=[("referral_returned_for_workup",
           "Referral returned: please arrange a CT of the sinuses and a 6-week trial of mometasone nasal spray "
           "with saline douching before re-referral.")],
       notes="Routine referral returned asking for sinus CT and another steroid trial first. The red-flag line is "
             "conditional safety-netting (hard negative).")

# ---- L10  dermatology A&G instead of accepting; asked to start methotrexate
pt = P("Shona Velasquez-Burn", "180103", "1985-06-19")
letter(key="l10", prov="strath", dept="Dermatology", kind="referral_response", specialty="Dermatology",
       clinician="Dr Amara Nwachukwu", patient=pt, ev=None, ld="2032-02-05", sent="2032-02-05 14:30",
       fmt="plain", subject="Advice and Guidance response - Dermatology", body=f"""
ADVICE AND GUIDANCE RESPONSE - DERMATOLOGY
Strathbeck University Hospitals NHS Trust

Patient: Shona Velasquez-Burn    DOB: {dob(pt)}    NHS No: {nn(pt)}
Requesting clinician: Dr N Ferrars, Holloway Brook Surgery
Responding clinician: Dr Amara Nwachukwu, Consultant Dermatologist
Response date: 05/02/2032

Thank you for your referral about this 46-year-old with chronic plaque psoriasis affecting about 12% of her
body surface area (PASI 11, DLQI 14) despite potent topical steroids, vitamin D analogues and 8 weeks of
coal tar. She would meet criteria for systemic therapy. Our routine waiting time is currently 40 weeks.
We have not accepted this referral and would ask you to start methotrexate in primary care first, re-referring if there is an inadequate response after 3 months.
Please start methotrexate 10 mg once weekly with folic acid 5 mg weekly after baseline FBC, LFT, U&E, hepatitis B and C, HIV and varicella serology, and increase to 15 mg weekly after 4 weeks if tolerated.
Emollients should be continued as soap substitutes.

This advice has been given on the basis of the information supplied, without examining the patient.
""", exp=[("referral_returned_for_workup",
           "We have not accepted this referral and would ask you to start methotrexate in primary care first, "
           "re-referring if there is an inadequate response after 3 months."),
          ("hospital_only_prescribing",
           "Please start methotrexate 10 mg once weekly with folic acid 5 mg weekly after baseline FBC, LFT, U&E, "
           "hepatitis B and C, HIV and varicella serology, and increase to 15 mg weekly after 4 weeks if tolerated.")],
       notes="A&G given instead of accepting a referral that meets criteria; GP asked to initiate and titrate a "
             "specialist systemic drug. Emollients line is ordinary.")

# ---- L11  radiology unexpected-finding alert, caps, URGENT
pt = P("Trevor Gallimore", "180110", "1951-03-03")
letter(key="l11", prov="ketter", dept="Radiology", kind="results", specialty="Radiology",
       clinician="Dr Sunita Rahman-Cole", patient=pt, ev=None, ld="2032-02-05", sent="2032-02-06 12:15",
       fmt="plain", urgent=True, subject="RADIOLOGY ALERT - UNEXPECTED SIGNIFICANT FINDING", body=f"""
KDH RADIOLOGY - ALERT: UNEXPECTED SIGNIFICANT FINDING
THIS REPORT HAS BEEN COPIED TO THE REGISTERED GP

PATIENT:      GALLIMORE, TREVOR     DOB {dob(pt)}     NHS {nn(pt)}
RIS NO:       RX88l02O4
EXAMINATION:  CT ANGIOGRAM AORTA                DATE: 04/02/2032
REQUESTED BY: MR J ESTERHUIZEN, VASCULAR SURGERY (OUTPATIENT)
CLINICAL:     AAA SURVEILLANCE, 5.1CM ON US 11/2031.

FINDINGS:
INFRARENAL AAA, MAX AP DIAMETER 52MM (PREV 51MM). NO RUPTURE. ILIACS NOT ANEURYSMAL.
INCIDENTAL: 26MM SPICULATED MASS RIGHT UPPER LOBE WITH 14MM IPSILATERAL HILAR NODE.
APPEARANCES HIGHLY SUSPICIOUS FOR PRIMARY BRONCHIAL CARCINOMA.

RECOMMENDATION: GP TO REFER URGENTLY ON THE SUSPECTED LUNG CANCER PATHWAY.
VASCULAR TEAM INFORMED VIA RIS ALERT.

REPORTED BY: DR S RAHMAN-COLE, CONSULTANT RADIOLOGIST   05/02/2032 16:02
""", exp=[("onward_referral", "RECOMMENDATION: GP TO REFER URGENTLY ON THE SUSPECTED LUNG CANCER PATHWAY.")],
       notes="Suspected lung cancer found on a CT the vascular team ordered; GP asked to make the 2WW referral the "
             "provider should make directly. Urgent: suspected-cancer step, so clinician review before any bounce.")

# ---- L12  paediatric clinic letter, iso-8859-1 QP, American spellings
pt = P("Poppy Ashgrove", "180127", "2027-04-14")
letter(key="l12", prov="easterby", dept="Paediatric Outpatients", kind="clinic_letter", specialty="Paediatrics",
       clinician="Dr Marcus Delacroix-Hughes", patient=pt, ev="2032-02-03", ld="2032-02-05",
       sent="2032-02-06 10:05", fmt="plain", opts={"cs": "iso-8859-1", "cte": "quoted-printable"},
       subject="Pediatric clinic letter - Poppy Ashgrove", body=f"""
Easterby Women's and Children's Hospital - General Pediatric Clinic
Clinic date 03/02/2032, typed 05/02/2032

RE: Poppy Ashgrove, DOB {dob(pt)}, NHS No {nn(pt)}
Address: 7 Reedmace Close, Holloway Brook, Ketterfield KF4 8BN

Dear Dr Quenby,

Thank you for referring Poppy, aged 4, with pallor and tiredness. She drinks about 1.2 litres of cow's
milk a day and is a fussy eater. Examination was normal apart from pallor; temperature 36.8°C, weight on
the 25th centile. Her labs showed hemoglobin 94 g/L, MCV 63 fL, ferritin 6 µg/L; the blood film was
consistent with iron deficiency and her coeliac screen was negative.

I have asked Mum to limit cow's milk to 400 ml a day and have given her our dietitian's leaflet.
We supplied the first month of sodium feredetate (Sytron) 5 ml twice daily from our pharmacy; please
continue to prescribe it for a further 3 months.

Please could you arrange repeat labs (FBC, ferritin and reticulocytes) in 3 months and forward the results to our pediatric clinic so we can decide whether she needs further investigation.

I have not booked a further clinic appointment at this stage.

Yours sincerely

Dr Marcus Delacroix-Hughes
Consultant Paediatrician
""", exp=[("tests_for_hospital",
           "Please could you arrange repeat labs (FBC, ferritin and reticulocytes) in 3 months and forward the "
           "results to our pediatric clinic so we can decide whether she needs further investigation.")],
       notes="GP asked to do the bloods the clinic needs for its own decision. Continuing an ordinary iron "
             "preparation and the advice to Mum are hard negatives.")

# ---- L13  two-line e-mail from a ward doctor: short TTO supply
pt = P("Agnieszka Wrenfold", "180134", "1978-10-22")
letter(key="l13", prov="ketter", dept="Ward 12 - General Medicine", kind="discharge_summary",
       specialty="General Medicine", clinician="Dr Hannah Pelling", patient=pt, ev="2032-02-10", ev_time="15:00",
       ld="2032-02-10", sent="2032-02-10 17:48", fmt="plain",
       opts={"from": "PELLING, Hannah (KETTERFIELD AND DUNMOOR HOSPITALS NHS FOUNDATION TRUST) "
                     "<hannah.pelling@nhs.net>"},
       subject=f"pt discharged today - Wrenfold {pt['nhs_number']}", body=f"""
Hi, Agnieszka Wrenfold DOB {dob(pt)} NHS {pt['nhs_number']} went home from Ward 12 at 15:00 today (10/02/2032) after an upper GI bleed - started ferrous fumarate 210mg bd + lansoprazole 30mg od but pharmacy had shut so only 3 days TTO given.
Could you please issue a month's supply of both so she doesn't run out? Full summary to follow. Thanks, Dr Hannah Pelling FY1 Ward 12 (sent from my phone)
""", exp=[("hospital_only_prescribing",
           "Could you please issue a month's supply of both so she doesn't run out?")],
       notes="Ward doctor's two-line e-mail: only 3 days of new medicines supplied on discharge and the GP asked to "
             "make up the supply (under the 7-day minimum).")

# ---- L14  medicine discharge summary, space-aligned tables, URGENT interaction
pt = P("Cyril Mottram", "180141", "1947-01-12")
letter(key="l14", prov="ketter", dept="Ward 9 - Respiratory and General Medicine", kind="discharge_summary",
       specialty="General Medicine", clinician="Dr Farida Osei-Lamb", patient=pt, ev="2032-02-16",
       ev_time="12:10", ld="2032-02-16", sent="2032-02-16 18:40", fmt="plain", urgent=True,
       subject="Discharge summary - MOTTRAM Cyril - Ward 9", body=f"""
KETTERFIELD ROYAL HOSPITAL - DISCHARGE SUMMARY
Patient      Cyril Mottram                 DOB        {dob(pt)}
NHS number   {nn(pt)}                 Hosp no    KR3390417
Ward         Ward 9                        Consultant Dr F Osei-Lamb
Admitted     13/02/2032 22:15              Discharged 16/02/2032 12:10

Diagnosis: Community-acquired pneumonia (CURB-65 2), left lower lobe.
Background: AF on warfarin (target INR 2.5), COPD, hypertension.

MEDICATION ON DISCHARGE
Drug              Dose                    Status      Supply
Warfarin          as per INR (target 2.5) Unchanged   Own supply
Clarithromycin    500 mg twice daily      NEW         5 days (completes 7-day course)
Amoxicillin       1 g three times daily   NEW         5 days (completes 7-day course)
Bisoprolol        2.5 mg once daily       Unchanged   Own supply
Tiotropium        2.5 mcg 2 puffs od      Unchanged   Own supply

RESULTS
Test              13/02        16/02
CRP               212          64
INR               2.6          3.4
Creatinine        101          94

ACTIONS FOR GP
- INR 3.4 on 16/02/2032 while on clarithromycin, which interacts with warfarin.
- Please check INR within 3 days of discharge (by 19/02/2032) and adjust the warfarin dose.
- Please continue bisoprolol and tiotropium.

FOLLOW-UP ARRANGED BY THE HOSPITAL
- Chest X-ray in 6 weeks: requested by us, appointment letter will be sent.
- Sputum culture pending: the respiratory team will review it and contact the patient if antibiotics need changing.

Summary by Dr K Ambrose-Lyle (FY2) for Dr F Osei-Lamb
""", exp=[("tests_for_hospital",
           "Please check INR within 3 days of discharge (by 19/02/2032) and adjust the warfarin dose.")],
       notes="INR monitoring of an interaction the hospital started, pushed to the GP. Urgent: INR already 3.4 "
             "with an interacting antibiotic. Follow-up X-ray and sputum culture handled by the hospital (hard "
             "negatives).")

# ---- L15  psychiatry clinic letter, windows-1252 QP: lithium just started
pt = P("Jordan Blakemore-Tate", "180158", "1990-08-08")
letter(key="l15", prov="fellgate", dept="Fellgate North Community Mental Health Team", kind="clinic_letter",
       specialty="Psychiatry", clinician="Dr Oluwatoyin Fadipe", patient=pt, ev="2032-02-09", ld="2032-02-11",
       sent="2032-02-12 11:30", fmt="plain", opts={"cs": "windows-1252", "cte": "quoted-printable"},
       subject="Outpatient review – J Blakemore-Tate", body=f"""
Fellgate Mental Health Partnership NHS Foundation Trust
Fellgate North Community Mental Health Team – Harrowgate House, Mill Street, Fellgate FG4 1HN
Tel 0118 496 0275

Date of appointment: 09/02/2032        Date typed: 11/02/2032
Re: Jordan Blakemore-Tate – DOB {dob(pt)} – NHS {nn(pt)}

Diagnosis: Bipolar affective disorder, current episode hypomanic (F31.0)

Dear Dr Ferrars,

I reviewed Jordan with his partner. He described his mood as ‘racing’, sleeping 3–4 hours a night,
and had spent about £2,300 on online purchases over a fortnight. There were no psychotic features
and he is not a risk to himself or others at present.

We completed pre-lithium checks here (U&E, eGFR, TFT, calcium, weight and ECG) and he started lithium
carbonate (Priadel) 400 mg at night on 09/02/2032; he has a 28-day supply from our pharmacy.

Please could you check a 12-hour lithium level, U&E and TFTs on 16/02/2032 – one week after starting – and let us know the result so we can adjust the dose.
Once the level is stable, we would be grateful if you could take over prescribing of lithium carbonate (Priadel) and the three-monthly lithium levels.

Our care coordinator, Ms Rhiannon Tebbit, will visit him weekly. We have issued a fit note covering
four weeks from today. If he feels unsafe, he or his partner can call the Fellgate crisis line on
0118 496 0299 (24 hours).

Yours sincerely

Dr Oluwatoyin Fadipe
Consultant Psychiatrist
""", exp=[("tests_for_hospital",
           "Please could you check a 12-hour lithium level, U&E and TFTs on 16/02/2032 – one week after starting – "
           "and let us know the result so we can adjust the dose."),
          ("shared_care_without_agreement",
           "Once the level is stable, we would be grateful if you could take over prescribing of lithium carbonate "
           "(Priadel) and the three-monthly lithium levels.")],
       notes="Initial lithium level after a hospital start pushed to the GP, then a transfer of prescribing and "
             "monitoring with no shared-care agreement. Fit note already issued, care coordinator visits and "
             "crisis line are hard negatives.")

# ---- L16  psychiatry letter forwarded by a secretary with ">" quoting, 16 days after clinic
pt = P("Marcus Ellingham", "180165", "1972-03-27")
letter(key="l16", prov="fellgate", dept="Fellgate South Community Mental Health Team", kind="clinic_letter",
       specialty="Psychiatry", clinician="Dr Sadia Qureshi-Bell", patient=pt, ev="2032-01-21", ld="2032-02-06",
       sent="2032-02-06 15:25", fmt="plain",
       opts={"from": "Sharon Dimmock <sharon.dimmock@nhs.net>"},
       subject="FW: Clinic letter Dr Qureshi-Bell 21/01 - M Ellingham", body=f"""
Good afternoon,

Dr Qureshi-Bell has asked me to send you her letter below from clinic on 21 January. Sorry for the
delay - we have had a typing backlog.

Kind regards
Sharon Dimmock
Medical Secretary to Dr S Qureshi-Bell, Fellgate South CMHT
Fellgate Mental Health Partnership NHS Foundation Trust | 0118 496 0281

> Fellgate South Community Mental Health Team
> Clinic date: 21/01/2032
> Typed: 06/02/2032
> Patient: Mr Marcus Ellingham, DOB {dob(pt)}, NHS {nn(pt)}
>
> Dear Dr Quenby,
>
> I reviewed Mr Ellingham, who was referred with a depressive episode following his
> redundancy in the autumn. His PHQ-9 has come down from 19 to 11 since the sertraline
> was increased. He denies thoughts of self-harm.
>
> Plan:
> - He has been referred by us to the Fellgate Talking Therapies service for CBT.
> - Please continue sertraline 150 mg once daily.
> - Should his mood deteriorate, he can contact the crisis line on 0118 496 0299, and he
> may be re-referred to the CMHT at any time.
>
> I have not arranged a further appointment.
>
> Dr Sadia Qureshi-Bell
> Specialty Doctor in Psychiatry
""", exp=[("late_clinic_letter", "Clinic date: 21/01/2032")],
       notes="Secretary's forward of a quoted letter typed and sent 16 days after clinic. Referral already made, "
             "green drug to continue, conditional re-referral: all hard negatives.")

# ---- L17  postnatal discharge summary, DOCX, sent ~68 h after discharge
pt = P("Chloe Arkwright-Lyle", "180172", "1994-11-02")
letter(key="l17", prov="easterby", dept="Maternity - Postnatal Ward (Willow)", kind="discharge_summary",
       specialty="Obstetrics", clinician="Miss Ngozi Eberechi-Hart", patient=pt, ev="2032-01-26",
       ev_time="12:30", ld="2032-01-28", sent="2032-01-29 08:15", fmt="docx",
       subject="Maternity discharge summary", body=f"""
# Postnatal Discharge Summary
Mother: Chloe Arkwright-Lyle   DOB {dob(pt)}   NHS No {nn(pt)}
Consultant: Miss N Eberechi-Hart
Date of delivery: 23/01/2032
Date of discharge: 26/01/2032 at 12:30
Summary completed: 28/01/2032

# Delivery
Induction of labour at 38+2 weeks for gestational diabetes (metformin). Spontaneous vaginal delivery of a
live male infant, 3.46 kg. Second-degree tear repaired. Estimated blood loss 450 ml.

# Medication
| Medicine | Instructions | Supply |
| Metformin | Stopped at delivery | - |
| Enoxaparin 40 mg SC | Once daily for 10 days | Full course supplied |
| Paracetamol / ibuprofen | As required | 5 days |

# Plan
- Community midwife to visit on day 5 to check BP and weigh baby.
- GP to arrange fasting plasma glucose or HbA1c at 6-13 weeks postnatally (gestational diabetes), then annual HbA1c.
- 6-week postnatal check with GP as usual.
- Perineal care advice given; she knows to contact the maternity triage line on 0117 496 0640 if concerned.
""", exp=[("late_discharge_summary", "Date of discharge: 26/01/2032 at 12:30")],
       notes="DOCX summary sent about 68 h after discharge. The postnatal diabetes test and 6-week check are "
             "ordinary GP work under NICE; midwife visit and full enoxaparin supply are hard negatives.")

# ---- L18  paediatric referral returned, scanned triage form (OCR PDF)
pt = P("Oscar Fenwright", "180189", "2025-07-07")
letter(key="l18", prov="easterby", dept="Paediatric Outpatient Triage", kind="referral_response",
       specialty="Paediatrics", clinician="Dr Lucinda Brightwater", patient=pt, ev=None, ld="2032-02-10",
       sent="2032-02-12 09:05", fmt="ocr", subject="Scanned: referral triage outcome",
       opts={"device": "PAEDS-OPD-SCAN", "who": "Paediatric booking team"}, body=f"""
From: EWCH Paed Triage   Fax 0117 496 0633      11/02/2032 16:55      P.001/001
Easterby Women's and Children's Hospital  -  Paediatric Outpatient Triage
   REFERRAL TRIAGE OUTCOME:  RETURNED TO REFERRER                |
Child: Oscar FENWRIGHT      DOB: {dob(pt)}      NHS No: {nn(pt)}
Referrer: Dr T Quenby, Holloway Brook Surgery       Received: 28/0l/2032
Reason for referral: chronic constipation with soiling and abdominal pain;
disimpaction with Movicol Paediatric Plain in November and maintenance since.
Triage comment:
Thank you for this referral. There are no red ﬂags (normal growth, no lower
limb signs, passed meconium on day 1).
Please arrange coeliac serology, thyroid function and an abdominal X-ray and
send us a 3-month bowel diary before re-referral.
Dietary advice leaﬂet enclosed for parents. Our children's continence nurse ad-
vice line is open to parents Monday to Friday on 0117 496 064O.
Triaging consultant: Dr L Brightwater       Date: 10/02/2032        ~   °
""", exp=[("referral_returned_for_workup",
           "Please arrange coeliac serology, thyroid function and an abdominal X-ray and send us a 3-month bowel "
           "diary before re-referral.")],
       notes="Scanned triage form (OCR text layer, ligatures, O/0 and l/1 slips): referral returned for tests and "
             "a bowel diary first, after first-line treatment had been tried. Parent advice line is a hard "
             "negative.")

# ---- L19  ENT clinic letter forwarded as an attached message: patient told to get biopsy result from GP
pt = P("Fiona Haldane-Moss", "180196", "1958-09-16")
letter(key="l19", prov="strath", dept="ENT - Head and Neck Clinic", kind="clinic_letter", specialty="ENT",
       clinician="Mr Declan Oyelowo-Finch", patient=pt, ev="2032-02-16", ld="2032-02-17",
       sent="2032-02-18 13:20", fmt="fwd",
       opts={"from": "ENT Secretaries SGI <ent.secretaries.sgi@nhs.net>",
             "note": "Hello,\n\nThe letter below bounced from our system on 17/02, so I am forwarding it as an "
                     "attachment.\n\nRegards\nBeverley\nENT Secretaries, Strathbeck General Infirmary\n",
             "orig_sent": "2032-02-17 16:02"},
       subject="FW: ENT clinic letter - Mrs F Haldane-Moss", body=f"""
STRATHBECK GENERAL INFIRMARY - ENT HEAD AND NECK CLINIC
Clinic date:  16/02/2032                 Typed: 17/02/2032
Patient:      Mrs Fiona Haldane-Moss     DOB {dob(pt)}     NHS {nn(pt)}

Dear Dr Ferrars,

Summary
  Problem         White patch left lateral tongue, 8 mm, 4 months
  Examination     Smooth, non-indurated; adjacent sharp lower molar; neck normal
  Procedure       Incisional biopsy under local anaesthetic in clinic today
  Impression      Probable frictional keratosis; biopsy to exclude dysplasia

I have referred her to the restorative dentistry team at Strathbeck for the sharp tooth edge. The sutures
are dissolvable. She should use warm salt-water mouthwashes four times a day for a week.

She has been advised to contact her GP in three weeks for the biopsy result.

I have not arranged routine follow-up.

Yours sincerely

Mr Declan Oyelowo-Finch
Consultant ENT / Head and Neck Surgeon
""", exp=[("patient_redirected_to_gp",
           "She has been advised to contact her GP in three weeks for the biopsy result.")],
       notes="Letter forwarded as an attached message. The hospital's own biopsy result is routed to the patient via "
             "the GP. Referral to restorative dentistry done by the hospital, dissolvable sutures and mouthwash "
             "advice are hard negatives.")

# ---- L20  two-line e-mail from a registrar: positive blood culture after discharge, URGENT
pt = P("Desmond Pryor", "180202", "1957-05-21")
letter(key="l20", prov="ketter", dept="Acute Medical Unit", kind="results", specialty="Acute Medicine",
       clinician="Dr Ifeoma Nwankwo-Reid", patient=pt, ev=None, ld="2032-02-19", sent="2032-02-19 19:05",
       fmt="plain", urgent=True,
       opts={"from": "NWANKWO-REID, Ifeoma (KETTERFIELD AND DUNMOOR HOSPITALS NHS FOUNDATION TRUST) "
                     "<ifeoma.nwankwo-reid@nhs.net>"},
       subject="URGENT - blood culture result - Pryor", body=f"""
Hi - Mr Desmond Pryor (DOB {dob(pt)}, NHS {nn(pt)}) went home from AMU on 17/02; his blood cultures from 16/02 have now grown Staphylococcus aureus.
Please could you contact him tomorrow and arrange readmission via the medical take. Thanks, Dr Ifeoma Nwankwo-Reid, Medical Registrar, AMU KRH
""", exp=[("results_chasing",
           "Please could you contact him tomorrow and arrange readmission via the medical take.")],
       notes="The hospital's own positive blood culture handed to the GP to act on. Urgent: S. aureus bacteraemia "
             "needs same-day/next-day action, so clinician review before any bounce.")

# ---- L21  surgical post-op clinic letter with tab-separated actions
pt = P("Ravinder Sandhu", "180219", "1969-06-04")
letter(key="l21", prov="ketter", dept="General Surgery - Post-operative Clinic", kind="clinic_letter",
       specialty="General Surgery", clinician="Mr Gareth Tolliver", patient=pt, ev="2032-02-23",
       ld="2032-02-24", sent="2032-02-25 09:55", fmt="plain",
       subject="General surgery post-op clinic - SANDHU R", body=f"""
KETTERFIELD ROYAL HOSPITAL - GENERAL SURGERY POST-OPERATIVE CLINIC
Clinic date: 23/02/2032
Patient: Mr Ravinder Sandhu  DOB: {dob(pt)}  NHS: {nn(pt)}

Dear Dr Quenby,

Mr Sandhu had a laparoscopic appendicectomy on 13/02/2032. He was seen today with redness and a small
amount of discharge from the umbilical port site. No collection on examination; he is apyrexial. A
wound swab was taken in clinic and he was started on co-amoxiclav.

Actions
Action\tBy whom\tWhen
Wound swab result to be reviewed by the GP and antibiotics adjusted if needed\tGP\t48 hours
Daily dressing of umbilical wound\tPractice nurse\tUntil healed
Co-amoxiclav 625 mg three times daily for 7 days\tSupplied in clinic\tStarted 23/02
Further surgical review\tNot required\t-

Yours sincerely

Mr Gareth Tolliver
Consultant General Surgeon
""", exp=[("results_chasing",
           "Wound swab result to be reviewed by the GP and antibiotics adjusted if needed GP 48 hours"),
          ("post_procedure_care", "Daily dressing of umbilical wound Practice nurse Until healed")],
       notes="Tab-separated actions table: the clinic's own swab result and the post-operative wound care are "
             "passed to the practice. Antibiotics supplied in clinic (hard negative).")

# ---- L22  independent provider, HTML letter to patient: redirect to GP to chase MRI
pt = P("Helen Stroud-Varga", "180226", "1975-12-12")
letter(key="l22", prov="larkspur", dept="Orthopaedic Clinic", kind="clinic_letter", specialty="Orthopaedics",
       clinician="Mr Rajiv Menon-Clarke", patient=pt, ev="2032-02-24", ld="2032-02-25",
       sent="2032-02-26 10:10", fmt="html", subject="Your clinic letter - Larkspur Orthopaedic Clinic",
       body=f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Clinic letter</title></head>
<body style="font-family:Verdana,sans-serif;font-size:10pt">
<div style="border-bottom:1px solid #2a6f4e"><b>Larkspur Orthopaedic and Eye Centre</b><br>
Tillbrook Health Ltd, providing NHS services &middot; 2 Larkspur Court, Ketterfield KF6 2LX &middot; 01632 960 337</div>
<p>Clinic date: 24/02/2032<br>Letter date: 25/02/2032</p>
<p>Ms Helen Stroud-Varga<br>DOB: {dob(pt)}<br>NHS number: {nn(pt)}</p>
<p>cc: Dr N Ferrars, Holloway Brook Surgery</p>
<p>Dear Ms Stroud-Varga,</p>
<p>Thank you for coming to see me about your right knee. You described the knee locking and giving way
since a twisting injury at netball in November. There is tenderness over the medial joint line and a
positive McMurray's test, which suggests a tear of the medial meniscus.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td style="border:1px solid #999"><b>What we will do</b></td><td style="border:1px solid #999">We have requested an MRI scan of your right knee here at Larkspur. We have referred you to our physiotherapy team. We have given you a fit note for 2 weeks today.</td></tr>
<tr><td style="border:1px solid #999"><b>What you should do</b></td><td style="border:1px solid #999">Take ibuprofen 400 mg three times a day with food for up to 2 weeks. If you have not received an appointment for your MRI within 6 weeks, please contact your GP surgery, who can chase this for you.</td></tr>
<tr><td style="border:1px solid #999"><b>Actions for GP</b></td><td style="border:1px solid #999">None</td></tr>
</table>
<p>I will see you in clinic with the MRI result.</p>
<p>Yours sincerely<br>Mr Rajiv Menon-Clarke<br>Consultant Orthopaedic Surgeon</p>
</body></html>
""", exp=[("patient_redirected_to_gp",
           "If you have not received an appointment for your MRI within 6 weeks, please contact your GP surgery, "
           "who can chase this for you.")],
       notes="Letter to the patient with 'Actions for GP: None', but the patient is sent to the practice to chase the "
             "provider's own MRI booking. Fit note already issued, MRI and physio arranged, ibuprofen advice to the "
             "patient: hard negatives.")

# ---- L23  independent provider listing letter + pre-op questionnaire as DOCX
pt = P("Geoffrey Lindqvist", "180233", "1956-10-01")
letter(key="l23", prov="larkspur", dept="Orthopaedic Clinic", kind="clinic_letter", specialty="Orthopaedics",
       clinician="Mr Rajiv Menon-Clarke", patient=pt, ev="2032-03-02", ld="2032-03-03",
       sent="2032-03-04 14:40", fmt="plain+form", subject="Listing for surgery - LINDQVIST G - GP questionnaire",
       body=f"""
Larkspur Orthopaedic and Eye Centre (Tillbrook Health Ltd, providing NHS services)
2 Larkspur Court, Ketterfield KF6 2LX    Tel 01632 960 337

Clinic date     02/03/2032
Letter date     03/03/2032
Patient         Mr Geoffrey Lindqvist
DOB             {dob(pt)}
NHS No          {nn(pt)}

Dear Dr Ferrars,

I saw Mr Lindqvist with end-stage osteoarthritis of his left hip and have listed him for a left total hip
replacement, expected in April 2032.

Pre-operative assessment (bloods, ECG, MRSA screen) will be carried out here at Larkspur on 18/03/2032. He
takes clopidogrel; our pre-assessment nurse will tell him when to stop it before surgery.

To help us prepare for surgery, please complete the attached GP pre-operative health questionnaire and return it within 10 working days.

Yours sincerely

Mr Rajiv Menon-Clarke
Consultant Orthopaedic Surgeon
""", opts={"form": """
# GP PRE-OPERATIVE HEALTH QUESTIONNAIRE (Larkspur form LK-POA-07)
To be completed by the patient's GP and returned to larkspur.poa@nhs.net
| Patient name | |
| Significant past medical history | |
| Current medication and allergies | |
| Most recent BP and HbA1c (with dates) | |
| Anticoagulant / antiplatelet indication | |
| Any anaesthetic problems known to the practice | |
| GP signature and date | |
"""}, exp=[("non_contractual_admin",
            "To help us prepare for surgery, please complete the attached GP pre-operative health questionnaire and "
            "return it within 10 working days.")],
       notes="Independent provider sends its own pre-operative questionnaire (DOCX form) for the GP to complete. "
             "Pre-op tests and clopidogrel advice done by the provider (hard negatives).")

# ---- L24  falls clinic letter: OCR text pasted into the e-mail body (ligatures literal), 17 days late
pt = P("Dorothy Keelan", "180240", "1939-03-19")
letter(key="l24", prov="ketter", dept="Falls and Syncope Clinic", kind="clinic_letter",
       specialty="Geriatric Medicine", clinician="Dr Ruairi Conlan", patient=pt, ev="2032-02-03",
       ld="2032-02-04", sent="2032-02-20 12:05", fmt="plain",
       opts={"from": "Falls Clinic Admin <kdh.fallsclinic@nhs.net>"},
       subject="falls clinic letter (scanned copy, text below) - Keelan", body=f"""
Dear Holloway Brook Surgery,

Our letter system is down so I have copied the text of the signed letter below (from the scan). The signed
copy is being posted.

Thanks, Falls Clinic Admin, Ketterfield Royal Hospital

--- scanned text ---
Falls and Syncope Clinic, Ketterﬁeld Royal Hospital    Tel 0115 496 0377
Clinic date: 03/02/2032    Dictated: 04/02/2032
Mrs Dorothy Keelan   DOB {dob(pt)}   NHS No {nn(pt)}   Hosp No KR9O41l27
Dear Dr Ferrars
Mrs Keelan attended with her daughter after three falls since November, all on
getting up from her chair.  Lying/standing BP showed a drop of 24 mmHg with
symptoms.  Her ECG and 24-hour tape were unremarkable.  We have stopped her
doxazosin and will recheck her lying and standing BP ourselves at her falls
clinic follow-up in 8 weeks.  We have referred her to the community strength
and balance programme and an occupational therapy home assess-
ment has been requested for rails and a raised chair.  A DEXA scan has been
booked here.  Please continue alendronic acid 70 mg once weekly.
Please could the practice complete the 12-month outcome section of the national falls audit form (enclosed) and return it to the falls ofﬁce.
Yours sincerely    ~   |
Dr R Conlan   Consultant Geriatrician      °
""", exp=[("non_contractual_admin",
           "Please could the practice complete the 12-month outcome section of the national falls audit form "
           "(enclosed) and return it to the falls ofﬁce."),
          ("late_clinic_letter", "Clinic date: 03/02/2032")],
       notes="OCR text pasted into the body (ligature 'ﬁ' kept, hyphenated line end): the practice is asked to fill "
             "in the hospital's audit form; sent 17 days after clinic. BP recheck, referrals and DEXA done by the "
             "hospital and a green drug to continue are hard negatives.")

# ---- L25  dermatology DNA outcome, space-aligned table
pt = P("Nathaniel Okoro-Briggs", "180257", "2001-01-30")
letter(key="l25", prov="strath", dept="Dermatology Outpatients", kind="clinic_letter", specialty="Dermatology",
       clinician="Dr Amara Nwachukwu", patient=pt, ev="2032-02-25", ld="2032-02-26", sent="2032-02-27 09:30",
       fmt="plain", subject="Appointment outcome - Dermatology", body=f"""
STRATHBECK UNIVERSITY HOSPITALS NHS TRUST - OUTPATIENT APPOINTMENT OUTCOME

Patient           Nathaniel Okoro-Briggs
DOB               {dob(pt)}
NHS number        {nn(pt)}
Clinic            Dermatology - General (Dr A Nwachukwu)
Date              25/02/2032 14:20
Attendance        Did not attend (first appointment)
Outcome           Discharged to GP
GP action         Please re-refer if the patient still wishes to be seen

Reason for referral: acne vulgaris, moderate, not responding to lymecycline.

This letter has been generated automatically from the patient administration system.
""", exp=[("dna_rereferral", "GP action Please re-refer if the patient still wishes to be seen")],
       notes="PAS-generated outcome: discharged after one missed first appointment, GP action 're-refer'.")

# ---- L26  paediatric orthoptics 'was not brought', scanned (OCR PDF): no findings
pt = P("Ivy Marchbank", "180264", "2020-05-06")
letter(key="l26", prov="strath", dept="Strathbeck Eye Unit - Orthoptics", kind="clinic_letter",
       specialty="Ophthalmology", clinician="Miss Yasmin Boateng-Clark", patient=pt, ev="2032-03-01",
       ld="2032-03-02", sent="2032-03-03 11:00", fmt="ocr", subject="Scanned letter - Eye Unit",
       opts={"device": "EYE-RECEPT-01", "who": "Eye Unit reception"}, body=f"""
STRATHBECK EYE UNIT  -  0RTHOPTIC AND PAEDIATRIC OPHTHALMOLOGY SERVICE
Strathbeck General Infirmary, Infirmary Lane, Strathbeck SB3 9EN      Tel 0116 496 0468
Date: 02/03/2032                                                   Ref: YBC/ORT/2l8
Re: Ivy MARCHBANK     DOB: {dob(pt)}     NHS No: {nn(pt)}
Dear Dr Quenby
Ivy was not brought to her orthoptic appointment on 01/03/2032. She is being treated
for a right amblyopia with patching 2 hours a day.  As she is a child, we do not dis-
charge after a missed appointment: a further appointment has been sent for 15/03/2032
and our orthoptist has telephoned her mother, who conﬁrmed she will attend.
Her mother has been asked to continue patching 2 hours a day until she is seen.
If Ivy is not brought again we will inform her health visitor and you in line with
our Was Not Brought policy.
Yours sincerely         ~ |
Miss Y Boateng-Clark, Consultant Ophthalmologist      °
""", notes="Hard negative: 'was not brought' handled by the hospital itself (rebooked, phoned the parent); patching "
             "advice is for the parent; the 'If not brought again' line is conditional and information only.")

# ---- L27  orthopaedic hand clinic letter pasted with ">" quoting by the trust secretary
pt = P("Samantha Greaves-Holt", "180271", "1983-11-11")
letter(key="l27", prov="ketter", dept="Hand Clinic - Trauma and Orthopaedics", kind="clinic_letter",
       specialty="Trauma and Orthopaedics", clinician="Mr Oluwaseun Adebanjo", patient=pt, ev="2032-03-02",
       ld="2032-03-03", sent="2032-03-04 08:45", fmt="plain",
       opts={"from": "Janine Rudd <janine.rudd1@nhs.net>"},
       subject="RE: letter for Mrs Greaves-Holt (did not send from system)", body=f"""
Dear Practice,

Please see Mr Adebanjo's letter below which failed to send from our system yesterday.

Kind regards
Janine
Orthopaedic Secretary, Ketterfield Royal Hospital, ext 4471

> Hand Clinic, Ketterfield Royal Hospital
> Clinic date: 02/03/2032
> RE: Mrs Samantha Greaves-Holt  DOB {dob(pt)}  NHS {nn(pt)}
>
> Dear Dr Ferrars,
>
> Thank you for referring Mrs Greaves-Holt with a right ring finger trigger. I injected the A1 pulley with 20 mg triamcinolone today and she has been given a hand therapy appointment by our team.
> On examination she also has symmetrical swelling of the MCP and PIP joints of both hands with
> 90 minutes of morning stiffness. Bloods taken in clinic show CRP 38, rheumatoid factor positive and
> anti-CCP strongly positive.
> I would be grateful if you could refer her to the rheumatology team for assessment of a probable inflammatory arthritis.
> I have not arranged further orthopaedic follow-up; she may be re-referred if the triggering recurs.
>
> Yours sincerely
> Mr Oluwaseun Adebanjo
> Consultant Orthopaedic Surgeon
""", exp=[("onward_referral",
           "I would be grateful if you could refer her to the rheumatology team for assessment of a probable "
           "inflammatory arthritis.")],
       notes="Quoted letter: the orthopaedic team found a related inflammatory arthritis on its own bloods and asks "
             "the GP to make the rheumatology referral. Injection, hand therapy booking and conditional "
             "re-referral are hard negatives.")

# ---- L28  ENT day-case discharge (tonsillectomy), iso-8859-1 QP: fit note pushed to GP
pt = P("Megan Oyston", "180288", "1998-09-09")
letter(key="l28", prov="strath", dept="ENT Ward 4", kind="discharge_summary", specialty="ENT",
       clinician="Mr Declan Oyelowo-Finch", patient=pt, ev="2032-03-06", ev_time="10:30", ld="2032-03-06",
       sent="2032-03-06 16:05", fmt="plain", opts={"cs": "iso-8859-1", "cte": "quoted-printable"},
       subject="ENT discharge summary - OYSTON M", body=f"""
Strathbeck General Infirmary - ENT Ward 4 - Discharge summary
Patient: Miss Megan Oyston   DOB: {dob(pt)}   NHS: {nn(pt)}
Consultant: Mr D Oyelowo-Finch
Admitted: 05/03/2032   Discharged: 06/03/2032 10:30
Procedure: Bilateral tonsillectomy (cold steel) 05/03/2032 for recurrent tonsillitis
Post-op: Uneventful. Eating and drinking. Temp 37.1°C at discharge. Labs not required.

Medication supplied (14 days): paracetamol 1 g qds, ibuprofen 400 mg tds with food.

Information given to patient:
- Pain often peaks around day 5-7 and may be felt in the ears. Keep taking regular pain relief.
- If you have any bleeding from your throat, go to the Emergency Department straight away or call
  ENT Ward 4 on 0116 496 0472 (24 hours).
- If you need a fit note for work, please ask your GP for one covering the two weeks after your operation.
- No routine follow-up; antibiotics are not needed.

Summary by Dr R Achebe-Lund (CT2 ENT) for Mr D Oyelowo-Finch
""", exp=[("fit_note",
           "If you need a fit note for work, please ask your GP for one covering the two weeks after your operation.")],
       notes="Day-case tonsillectomy: the patient is told to get the post-operative fit note from the GP. Analgesia "
             "fully supplied and bleeding advice to the patient are hard negatives.")

# ---- L29  oncology outpatient summary as an HTML <pre> caps printout: 'GP to discuss result'
pt = P("Alistair Pennock", "180295", "1949-07-25")
letter(key="l29", prov="strath", dept="Uro-oncology", kind="clinic_letter", specialty="Clinical Oncology",
       clinician="Dr Helena Marchetti-Wood", patient=pt, ev="2032-03-08", ld="2032-03-09",
       sent="2032-03-10 09:20", fmt="html", subject="ONCOLOGY OUTPATIENT SUMMARY - PENNOCK A", body=f"""<html>
<head><meta charset="utf-8"></head>
<body>
<pre style="font-family:Courier New,monospace;font-size:9pt">
STRATHBECK CANCER CENTRE - UROLOGICAL ONCOLOGY - OUTPATIENT SUMMARY
PATIENT: PENNOCK, ALISTAIR     DOB: {dob(pt)}     NHS: {nn(pt)}
CLINIC DATE: 08/03/2032        CLINICIAN: DR H MARCHETTI-WOOD
DIAGNOSIS: METASTATIC HORMONE-SENSITIVE PROSTATE CANCER (BONE), DX 06/2031
CURRENT TREATMENT:
  GOSERELIN 10.8MG 12-WEEKLY        - GIVEN IN ONCOLOGY DAY UNIT
  ENZALUTAMIDE 160MG OD             - SUPPLIED BY HOSPITAL PHARMACY (HOMECARE)
PROGRESS: PSA 0.4 (FROM 86). FATIGUE GRADE 1. BP 142/84.
IMAGING: CT STAGING SCAN 01/03/2032 HAS BEEN REPORTED.
PLAN:
  1. GP TO DISCUSS THE CT RESULT WITH MR PENNOCK AT HIS NEXT APPOINTMENT.
  2. PSA AND LFTS IN 3 MONTHS - WILL BE TAKEN IN ONCOLOGY DAY UNIT.
  3. CONTINUE ENZALUTAMIDE VIA HOMECARE.
  4. REVIEW ONCOLOGY CLINIC 3 MONTHS.
</pre>
</body></html>
""", exp=[("patient_redirected_to_gp",
           "GP TO DISCUSS THE CT RESULT WITH MR PENNOCK AT HIS NEXT APPOINTMENT.")],
       notes="Caps printout in an HTML <pre>: the oncology team's own CT result is left for the GP to discuss. "
             "Red drugs given/supplied by the hospital and hospital bloods are hard negatives.")

# ---- L30  ED letter, caps: no findings
pt = P("Tyler Brennock", "180301", "2004-03-15")
letter(key="l30", prov="ketter", dept="Emergency Department", kind="ed_letter", specialty="Emergency Medicine",
       clinician="Dr Abimbola Clarke-Yeo", patient=pt, ev="2032-03-07", ld="2032-03-07",
       sent="2032-03-07 23:40", fmt="plain", subject="ED DISCHARGE LETTER", body=f"""
KETTERFIELD ROYAL HOSPITAL EMERGENCY DEPARTMENT - GP NOTIFICATION
ATTENDANCE: 07/03/2032 19:12     DISCHARGED: 07/03/2032 22:50
PATIENT: BRENNOCK, TYLER   DOB: {dob(pt)}   NHS: {nn(pt)}
PRESENTING COMPLAINT: LACERATION R PALM FROM KITCHEN KNIFE
FINDINGS: 2CM SUPERFICIAL LACERATION, NV INTACT, FDS/FDP INTACT, NO FB ON XR
TREATMENT: WASHED OUT, STERI-STRIPS APPLIED. NO SUTURES. TETANUS BOOSTER GIVEN IN ED.
DISPOSAL: DISCHARGED HOME. REFERRED DIRECTLY TO PLASTICS DRESSING CLINIC 09/03/2032 FOR WOUND CHECK.
FIT NOTE: NOT REQUIRED (STUDENT)
GP ACTION: NONE
CLINICIAN: DR A CLARKE-YEO (ED REGISTRAR)
""", notes="Hard negative: ED did the wound care and booked its own wound check; no GP action.")

# ---- L31  elderly care discharge summary, windows-1252 8bit: no findings
pt = P("Albert Quinlivan", "180318", "1934-04-04")
letter(key="l31", prov="ketter", dept="Larch Ward - Elderly Care", kind="discharge_summary",
       specialty="Geriatric Medicine", clinician="Dr Meera Lakhani-Ross", patient=pt, ev="2032-03-12",
       ev_time="11:15", ld="2032-03-12", sent="2032-03-12 15:20", fmt="plain",
       opts={"cs": "windows-1252", "cte": "8bit"}, subject="Discharge summary – Larch Ward – QUINLIVAN",
       body=f"""
Ketterfield Royal Hospital – Larch Ward (Elderly Care) – Discharge Summary
Patient: Mr Albert Quinlivan    DOB: {dob(pt)}    NHS No: {nn(pt)}
Consultant: Dr M Lakhani-Ross
Admitted: 06/03/2032    Discharged: 12/03/2032 11:15

Diagnosis: Delirium secondary to urinary tract infection – resolved. Type 2 diabetes on insulin.

Medicines on discharge        Dose                   Status        Supply
Insulin glargine              14 units at 08:00      Unchanged     Own supply
Metformin                     500 mg twice daily     Unchanged     Own supply
Linagliptin                   5 mg once daily        Unchanged     Own supply
Atorvastatin                  20 mg at night         Unchanged     Own supply
Cefalexin                     500 mg three times     New           3 days – completes course

Results awaited at discharge: urine culture – the ward team will review it and contact Mr Quinlivan
if his antibiotic needs changing.
District nurses to visit daily for insulin administration (referral sent 11/03/2032).
Please continue metformin, linagliptin and atorvastatin.
Follow-up: Elderly care clinic in 6 weeks – appointment booked and letter given to patient.
Fit note: not applicable (retired).
Actions for GP: none.

Completed by Dr J Farrant-Obi (FY1) for Dr M Lakhani-Ross
""", notes="Hard negative: pending result kept by the ward, DN request, green drugs to continue, clinic booked, "
             "'Actions for GP: none'. The 3 days of cefalexin complete a course already started (not a short "
             "supply of a new medicine).")


# ====================================================================== other messages

OTHERS: list[dict] = []


def other(**kw):
    OTHERS.append(kw)


other(key="o01", sent="2032-01-16 07:12", type="ooo", notes="Out-of-office auto-reply from a consultant.",
      frm="Dr Priyanka Venkatesan <priyanka.venkatesan@nhs.net>",
      subject="Automatic reply: Query re amiodarone - Mr Alderbrook",
      body="Thank you for your e-mail. I am on annual leave until Monday 26 January 2032 with no access to e-mail. "
           "For urgent cardiology advice please ring the cardiology registrar via Ketterfield Royal Hospital "
           "switchboard on 0115 496 0300. Non-urgent queries will be answered on my return.\n")
other(key="o02", sent="2032-01-30 08:00", type="bulletin", notes="Trust GP newsletter with List-Id.",
      frm="KDH Primary Care Liaison <gp.liaison@kdh.nhs.uk>", subject="GP Bulletin – January 2032",
      body="Ketterfield and Dunmoor Hospitals – GP Bulletin, January 2032\n\n"
           "* Winter pressures: the Acute Medical Unit has opened 12 extra beds until March.\n"
           "* New phlebotomy hub at Dunmoor Health Centre – open to hospital outpatients from 2 February.\n"
           "* The urology LUTS clinic now accepts referrals via e-RS only.\n\n"
           "You are receiving this because your practice is on the KDH GP mailing list. To unsubscribe, reply "
           "with UNSUBSCRIBE in the subject line.\n")
other(key="o03", sent="2032-02-08 21:37", type="patient",
      notes="Patient e-mail (windows-1252 curly quotes) asking about a fit note; a patient message, nothing to "
            "detect.",
      frm="Liam Corrigan-Hale <liamch93@example.com>", subject="fit note please?", cs="windows-1252",
      body="Hi,\n\nI’m the guy who had the ankle operation in January. The hospital said I’d need a fit note from "
           "you for 6 weeks – can I pick it up from reception or do I need an appointment? I can’t drive at the "
           "moment.\n\nCheers\nLiam\n")
other(key="o04", sent="2032-02-14 03:21", type="phish", notes="Phishing pretending to be NHSmail support.",
      frm="NHSmail Support <support@nhsmail-security-update.example.net>",
      subject="[URGENT] Your NHSmail mailbox will be suspended",
      body="Dear user,\n\nWe detected unusual sign-in activity on your NHSmail account. To avoid suspension of "
           "your mailbox within 12 hours please verify your password at "
           "http://nhsmail-security-update.example.net/verify\n\nNHSmail Helpdesk\n")
other(key="o05", sent="2032-02-17 10:02", type="dsn", notes="Non-delivery report.",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>",
      subject="Undeliverable: Query - Mrs Velasquez-Burn A&G",
      body="Delivery has failed to these recipients or groups:\n\ndermatology.aandg@strathbeck-uh.nhs.uk\n"
           "The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and "
           "try to resend the message.\n", rcpt="dermatology.aandg@strathbeck-uh.nhs.uk")
other(key="o06", sent="2032-02-21 06:45", type="spam", notes="Commercial spam.",
      frm="ClinicSupplies UK <deals@clinicsupplies-uk.example.com>",
      subject="Spring sale: up to 60% off couch roll, gloves & sharps bins",
      body="Dear Practice Manager,\n\nOur spring sale is on! Nitrile gloves from £2.10 per box, couch roll and "
           "sharps bins with free delivery over £75.\n\nOrder now: http://clinicsupplies-uk.example.com/spring\n\n"
           "Unsubscribe here.\n", cs="windows-1252")
other(key="o07", sent="2032-02-24 13:15", type="practice", notes="Practice-to-practice admin e-mail.",
      frm="Tanners Row Medical Practice <tannersrow.mp@nhs.net>", subject="Shared patient - extended access rota",
      body="Hi Holloway Brook,\n\nAttached is the PCN extended access rota for March. Could you let us know by "
           "Friday which Saturday mornings you can cover? Dr Ferrars mentioned 14 and 28 March.\n\nThanks\n"
           "Gail\nPractice Manager, Tanners Row Medical Practice\n0115 496 0982\n")
other(key="o08", sent="2032-03-02 11:48", type="pharmacy", notes="Community pharmacy stock query (ordinary GP "
      "work, not a provider letter).",
      frm="Brook Parade Pharmacy <brookparade.pharmacy@nhs.net>",
      subject="Out of stock - alternative needed",
      body="Hello,\n\nWe are unable to obtain the 100 micrograms levothyroxine tablets for one of your patients "
           "(prescription for Mrs W Caskey, dated 28/02). 2 x 50 micrograms are available. Please could a "
           "prescriber amend the prescription on the EPS when convenient.\n\nMany thanks\nAsif, pharmacist\n"
           "Brook Parade Pharmacy, 0115 496 0744\n")
other(key="o09", sent="2032-03-09 16:30", type="community", notes="Community group invitation.",
      frm="Holloway Brook Men's Shed <hbmensshed@example.org>",
      subject="Invitation: Men's Shed open day, Sat 20 March",
      body="Dear all at Holloway Brook Surgery,\n\nWe would love to invite your team and patients to our open day "
           "on Saturday 20 March, 10am-2pm, at the old scout hut on Mill Lane. Tea, woodwork demos and a chance "
           "to meet the members. We'd be grateful if you could put up the attached poster in the waiting room.\n\n"
           "Best wishes\nKeith Arlow, Secretary\n")
other(key="o10", sent="2032-03-16 09:00", type="massmail",
      notes="ICB mass mailing marked for information only (List-Id).",
      frm="Ketterfield and Dunmoor ICB Communications <icb.comms@kdicb.nhs.uk>",
      subject="For information: changes to community phlebotomy from April 2032",
      body="FOR INFORMATION ONLY - NO ACTION REQUIRED\n\nFrom 1 April 2032 the community phlebotomy service at "
           "Dunmoor Health Centre will also take bloods requested by hospital clinicians for their outpatients. "
           "Hospital teams have been asked to direct patients to book online. Practices do not need to do "
           "anything.\n\nThis message has been sent to all GP practices in the ICB area.\n")


# ====================================================================== rendering

_FONT = "OCRMono"
_FONT_PATHS = ["/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
               "/usr/share/fonts/dejavu/DejaVuSansMono.ttf"]


def _register_font() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if _FONT in pdfmetrics.getRegisteredFontNames():
        return
    for path in _FONT_PATHS:
        if Path(path).exists():
            pdfmetrics.registerFont(TTFont(_FONT, path))
            return
    raise SystemExit("DejaVuSansMono.ttf not found: install fonts-dejavu-core")


def ocr_pdf(pages: list[str], title: str, created: dt.datetime, author: str) -> bytes:
    """A 'scanned' letter: each page drawn line by line in a monospaced face, as an OCR text layer reads.

    The text is drawn exactly as written, so OCR artefacts (hyphenated line ends, ligatures, stray marks) are
    what a PDF reader extracts.  A faint grey page tint and a skewed stamp box stand in for the scan image.
    """
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    _register_font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("ScanStation OCR 4.2")
    c.setProducer("ScanStation OCR 4.2")
    for page in pages:
        c.setFillGray(0.95)
        c.rect(0, 0, A4[0], A4[1], stroke=0, fill=1)
        c.setFillGray(0.1)
        c.saveState()
        c.translate(400, 90)
        c.rotate(7)
        c.setStrokeGray(0.55)
        c.rect(0, 0, 140, 38, stroke=1, fill=0)
        c.restoreState()
        t = c.beginText(42, 800)
        t.setFont(_FONT, 9)
        t.setLeading(12.5)
        for line in page.split("\n"):
            t.textLine(line)
        c.drawText(t)
        c.showPage()
    c.save()
    data = buf.getvalue()
    stamp = created.strftime("D:%Y%m%d%H%M%S")
    return re.sub(rb"D:\d{14}[^)]*", stamp.encode() + b"+00'00'", data)


def body_text(L) -> str:
    return textwrap.dedent(L["body"]).strip("\n") + "\n"


def set_text(msg: EmailMessage, text: str, opts: dict) -> None:
    """A plain body in the declared charset; the transfer encoding is chosen (not guessed) so bytes are stable."""
    cs = opts.get("cs", "utf-8")
    cte = opts.get("cte")
    if cte is None:
        long_lines = any(len(x) > 76 for x in text.split("\n"))
        cte = "quoted-printable" if long_lines else ("7bit" if text.isascii() else "8bit")
    if cs == "utf-8" and text.isascii() and cte == "7bit":
        cs = "us-ascii"
    msg.set_content(text, charset=cs, cte=cte)


def build_letter(L) -> bytes:
    p = PROV[L["prov"]]
    sent = london(L["sent"])
    opts = L["opts"]
    msg = kit.letter_message(L, p, PRACTICE_TO, TAG)
    ref = f"E18-{L['key'].upper()}"
    fmt = L["fmt"]
    doctype = DOCTYPE[L["kind"]]
    if fmt == "plain":
        set_text(msg, body_text(L), opts)
    elif fmt == "html":
        msg.set_content(body_text(L), subtype="html", charset="utf-8", cte="quoted-printable")
    elif fmt == "ocr":
        pages = body_text(L).split("\f\n")
        cover = SCAN_COVER[L["prov"]].format(device=opts["device"], pages=len(pages), doctype=doctype,
                                             who=opts["who"])
        set_text(msg, cover, {})
        fname = f"SCAN_{L['sent'][:10].replace('-', '')}_{L['sent'][11:].replace(':', '')}.pdf"
        msg.add_attachment(ocr_pdf(pages, f"Scanned {doctype}", sent, p["name"]), maintype="application",
                           subtype="pdf", filename=fname)
    elif fmt == "docx":
        kit.attach_letter(msg, L, p, cover=DOCX_COVER[L["prov"]], doctype=doctype, title=f"{doctype.title()} {ref}",
                          ref=ref)
    elif fmt == "plain+form":
        set_text(msg, body_text(L), opts)
        form = make_docx(p, L["dept"], parse_markup(opts["form"]), "GP pre-operative health questionnaire", sent)
        msg.add_attachment(form, maintype="application", subtype=kit.DOCX_TYPE,
                           filename="LK-POA-07_GP_questionnaire.docx")
    elif fmt == "fwd":
        set_text(msg, opts["note"], {})
        orig_sent = london(opts["orig_sent"])
        inner = kit.new_message(p["sender"], PRACTICE_TO, L["subject"].removeprefix("FW: "), orig_sent,
                                kit.message_id(orig_sent, L["key"] + "orig", p["domain"], TAG))
        inner["X-Mailer"] = p["mailer"]
        set_text(inner, body_text(L), {})
        msg.add_attachment(inner)
    else:
        raise ValueError(fmt)
    return msg.as_bytes(policy=email.policy.SMTP)


def other_body(msg: EmailMessage, o: dict) -> None:
    """Non-letters too go through set_text, in their own charset (some are sent in windows-1252)."""
    set_text(msg, o["body"], {"cs": o.get("cs", "utf-8")})


def build_other(o) -> bytes:
    """One non-letter message, with the headers that mark mass mailings, auto-replies and bounces."""
    return kit.other_message(o, PRACTICE_TO, TAG, set_body=other_body)


def all_items():
    """Every message of this corpus in file order."""
    return kit.all_items(LETTERS, OTHERS)


def build():
    kit.build_corpus(OUT, PREFIX, all_items(), PROV, build_letter, build_other)


# ====================================================================== verification

def corpus_checks(labels, items) -> list[str]:
    """What this corpus promises beyond the shared checks: January-March 2032 in GMT, every category at least
    twice, two or three urgent letters, ten 'other' messages, and letters in each degraded format."""
    errors = (kit.check_window(labels, items, "2032-01-01", "2032-03-27", utc_hours=0)
              + kit.check_spread(labels, min_uses=2, urgent=(2, 3), others=10))
    for lab in labels:
        if lab["kind"] != "other" and (" " not in lab["clinician"] or "," in lab["clinician"]):
            errors.append(f"{lab['id']}: clinician should be 'Title Name' only")
    fmts = Counter(item["fmt"] for k, item, _ in items if k == "L")
    for need in ("ocr", "plain", "html", "docx", "fwd"):
        if not fmts[need]:
            errors.append(f"no letter in format {need}")
    return errors


def verify():
    return kit.verify_corpus(OUT, PREFIX, all_items(), corpus_checks)


def summary():
    formats = Counter(item["fmt"] + (":" + item["opts"].get("cs", "") if item["opts"].get("cs") else "")
                      if k == "L" else "other:" + item["type"] for k, item, _ in all_items())
    kit.print_summary(OUT, formats=formats, negatives="no findings")


if __name__ == "__main__":
    sys.exit(kit.main(sys.argv[1:], build, verify, summary))
