#!/usr/bin/env python3
"""Build the sixteenth (independent, held-out) corpus: tests/corpus/sixteenth/.

Style: surgical and cancer pathways and women's and children's services.  Two acute trusts
(Aldwick and Tarrow; Hartsmere), a women's and children's trust (Wrenfield) and an independent-sector
treatment centre (Kingsmead) write to an invented practice, Marlpit Green Surgery: fracture clinic,
day surgery, urology, ENT, colorectal and breast two-week-wait outcomes, oncology and haematology,
ophthalmology, dermatology, gynaecology, maternity, neonatal and paediatric letters.  Formats vary:
plain text (some quoted-printable), HTML with "Actions" tables, PDF and DOCX attachments, a letter
forwarded by a secretary and a "RE:" reply thread.  Ten messages are not letters at all.

Everything is invented; NHS numbers are in the 999 test range and valid under Modulus 11; telephone
numbers are in Ofcom drama ranges.  The build is deterministic (fixed dates, Message-IDs, seeded MIME
boundaries, fixed PDF/DOCX metadata).

    python3 tests/corpus/make_sixteenth.py            # build, then verify
    python3 tests/corpus/make_sixteenth.py --verify-only
"""
from __future__ import annotations

import email.policy
import html
import re
import sys
import textwrap
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus_kit as kit  # noqa: E402
from corpus_kit import dmy, letter_defaults  # noqa: E402
from corpus_kit import patient as P  # noqa: E402
from make_third import london, parse_markup, spaced  # noqa: E402

OUT = HERE / "sixteenth"
PREFIX = "sixteenth"
PRACTICE = "Marlpit Green Surgery"
PRACTICE_ADDR = "marlpitgreen.surgery@nhs.net"
PRACTICE_TO = f"{PRACTICE} <{PRACTICE_ADDR}>"

PROV = {
    "aldwick": dict(
        name="Aldwick and Tarrow Hospitals NHS Foundation Trust", site="Aldwick General Hospital",
        addr=["Saltings Road", "Aldwick", "AW4 2RT"], phone="0113 496 0527", domain="aldwicktarrow.nhs.uk",
        sender="Aldwick & Tarrow Clinical Correspondence <correspondence@aldwicktarrow.nhs.uk>",
        mailer="ATH Letters 4.1"),
    "hartsmere": dict(
        name="Hartsmere University Hospitals NHS Trust", site="Hartsmere Royal Hospital",
        addr=["Infirmary Hill", "Hartsmere", "HQ3 8LW"], phone="0117 496 0384", domain="hartsmere-uh.nhs.uk",
        sender="HUH Outbound Clinical Mail <outbound.clinical@hartsmere-uh.nhs.uk>",
        mailer="Hartsmere EPR DocSend 2.7"),
    "wrenfield": dict(
        name="Wrenfield Women's and Children's Hospital NHS Foundation Trust",
        site="Wrenfield Women's and Children's Hospital", addr=["Nightingale Way", "Wrenfield", "WZ2 6PB"],
        phone="0151 496 0712", domain="wrenfield-wch.nhs.uk",
        sender="Wrenfield WCH Letters <letters@wrenfield-wch.nhs.uk>", mailer="WCH Notes 3"),
    "kingsmead": dict(
        name="Kingsmead Surgical Treatment Centre",
        site="Kingsmead Surgical Treatment Centre (Corvale Healthcare Ltd, providing NHS services)",
        addr=["Unit 3, Kingsmead Business Park", "Tarrow", "AW9 5KX"], phone="01632 960 418",
        domain="corvalehealth.example", sender="Kingsmead Treatment Centre <kingsmead.tc@nhs.net>",
        mailer="Corvale PAS Mailer 1.9"),
}

COVER = {
    "aldwick": ("This message contains a {doctype} from {dept}, {trust}, for a patient registered with your "
                "practice.\n\nDocument reference: {ref}\n\nThis mailbox is not monitored. Contact details for "
                "the clinical team are on the letter.\n"),
    "hartsmere": ("Hartsmere University Hospitals NHS Trust - secure clinical correspondence\n\n"
                  "Attached: {doctype} ({dept}), ref {ref}.\n\n"
                  "This e-mail and any attachment are confidential. If you are not the intended recipient "
                  "please delete it and tell the sender.\n"),
    "wrenfield": ("Dear Colleague,\n\nPlease find attached a {doctype} from {dept}.\n\nRef: {ref}\n\n"
                  "Wrenfield Women's and Children's Hospital NHS Foundation Trust\n"
                  "Automated message - replies are not read.\n"),
    "kingsmead": ("Dear GP,\n\nPlease find attached a {doctype} from Kingsmead Surgical Treatment Centre "
                  "({dept}).\nOur reference: {ref}\n\nKind regards\nMedical Secretaries, Kingsmead Surgical "
                  "Treatment Centre\nCorvale Healthcare Ltd - providing services to NHS patients.\n"),
}
DOCTYPE = {"clinic_letter": "clinic letter", "discharge_summary": "discharge summary",
           "referral_response": "referral response", "results": "results report", "ed_letter": "ED letter"}


def idline(pt, style=0):
    """Patient banner; styles 1 and 2 are the terser forms some departments type."""
    d = dmy(pt["dob"])
    if style == 1:
        return f"Pt: {pt['name']}  DOB {d}  NHS {spaced(pt['nhs_number'])}"
    if style == 2:
        return f"RE: {pt['name']}, born {d}, NHS number {pt['nhs_number']}"
    return kit.idline(pt)


LETTERS: list[dict] = []


def letter(**kw):
    """Record a letter; its opts (rendering options) may hold header, head, alt, from, extra, reply fields."""
    LETTERS.append(letter_defaults(kw))


FRAC, DSU, URO, ENT, POA, CRC, BRS = ("Fracture Clinic", "Day Surgery Unit", "Department of Urology",
                                      "Department of Otolaryngology (ENT)", "Pre-operative Assessment Unit",
                                      "Colorectal Surgery", "Breast Unit")
ONC, HAEM, EYE, DERM, GYN = ("Hartsmere Cancer Centre", "Department of Haematology", "Hartsmere Eye Unit",
                             "Department of Dermatology", "Department of Gynaecology")
MAT, NNU, PAED, EPU = ("Maternity Services - Postnatal Ward", "Neonatal Unit", "Paediatric Outpatients",
                       "Early Pregnancy and Acute Gynaecology Unit")
KORTHO, KEYE, KPOA = ("Orthopaedics", "Ophthalmology", "Pre-operative Assessment")

# ====================================================================== letters

# ---- 1 fracture clinic, terse dictated plain text, sent 13 days after clinic
pt = P("Denise Farrowby", "160011", "1958-02-17")
letter(key="p01", prov="aldwick", dept=FRAC, kind="clinic_letter", specialty="Trauma and Orthopaedics",
       clinician="Mr Owen Pritchard", patient=pt, ev="2031-04-03", ld="2031-04-15", sent="2031-04-16 09:12",
       fmt="plain", subject="Fracture clinic letter", body=f"""
ALDWICK GENERAL HOSPITAL - FRACTURE CLINIC
Aldwick and Tarrow Hospitals NHS Foundation Trust    Tel 0113 496 0527

Dictated: 04/04/2031    Typed: 15/04/2031
Clinic date: 03/04/2031
{idline(pt, 1)}    Hosp no AT7712045

Dx: L distal radius # (FOOSH 29/03/2031), minimally displaced, extra-articular.

Seen VFC then F# clinic. XR today - position maintained. Backslab converted to full POP by plaster room.

Plan:
- POP 4/52 total. POP check in plaster room 1/52 - we will arrange.
- GP to arrange check XR L wrist at 2/52 and email report to # clinic.
- Fit note (Med3) given in clinic today for 4/52.
- Analgesia: co-codamol 30/500 TTO 7 days supplied.
- R/v # clinic 4/52 for removal of POP + XR.
- SOS plaster room if swelling / tight POP.

Mr Owen Pritchard
Consultant Trauma & Orthopaedic Surgeon
""", exp=[("tests_for_hospital", "GP to arrange check XR L wrist at 2/52 and email report to # clinic."),
          ("late_clinic_letter", "Clinic date: 03/04/2031")],
       notes="Fracture clinic wants its own interval X-ray done via the GP; typed and sent 13 days after clinic. "
             "Fit note already issued and plaster check booked by the hospital (hard negatives).")

# ---- 2 day-surgery e-discharge, HTML with Actions table
pt = P("Marcus Tillingham", "160028", "1979-11-03")
letter(key="p02", prov="aldwick", dept=DSU, kind="discharge_summary", specialty="General Surgery (Upper GI)",
       clinician="Mr Kwame Oduya", patient=pt, ev="2031-04-07", ev_time="17:30", ld="2031-04-08",
       sent="2031-04-08 11:05", fmt="html", subject="Electronic Discharge Notification - Day Surgery Unit",
       opts={"header": True}, body=f"""
# Electronic Discharge Notification
{idline(pt)}
Consultant: Mr Kwame Oduya, Consultant Upper GI Surgeon
Date of admission: 07/04/2031
Date and time of discharge: 07/04/2031 17:30
Discharge destination: Usual residence

# Procedure
Elective laparoscopic cholecystectomy for symptomatic gallstones. Uncomplicated. The umbilical port site was
closed with interrupted non-absorbable nylon sutures; the other port sites with skin glue.

# Medication on discharge
| Medicine | Dose | Supply |
| Paracetamol | 1 g four times a day when required | 7 days supplied |
| Codeine phosphate | 30 mg four times a day when required | 7 days supplied |

# Actions
| Action | Responsible | By when |
| Remove dressings and shower normally after 48 hours | Patient | 09/04/2031 |
| Post-operative telephone call from the day surgery nurse | Day Surgery Unit | 08/04/2031 |
| Practice nurse to remove the non-absorbable sutures from the umbilical port site at day 10 | GP practice | 17/04/2031 |
| GP to issue fit note for 2 weeks from discharge (office work) | GP | On request |
| Gallbladder histology to be reviewed by the surgical team and the patient informed by letter | Mr Oduya's team | 6 weeks |
""", exp=[("post_procedure_care", "Practice nurse to remove the non-absorbable sutures from the umbilical port "
                                  "site at day 10"),
          ("fit_note", "GP to issue fit note for 2 weeks from discharge (office work)")],
       notes="Requests inside an Actions table: suture removal and post-operative fit note pushed to the practice. "
             "Patient, day-unit and histology rows are not GP work. Summary 17.5 h after discharge (on time).")

# ---- 3 urology haematuria clinic, PDF
pt = P("Ronald Keswick", "160035", "1963-07-22")
letter(key="p03", prov="aldwick", dept=URO, kind="clinic_letter", specialty="Urology",
       clinician="Miss Anjali Moorcroft", patient=pt, ev="2031-04-09", ld="2031-04-10", sent="2031-04-11 14:20",
       fmt="pdf", subject="Haematuria clinic outcome", body=f"""
{idline(pt)}
Clinic: One-stop Haematuria Clinic, 09/04/2031
Letter typed: 10/04/2031

Dear Dr Abernethy,

Thank you for referring Mr Keswick under the suspected cancer pathway with a single episode of visible
haematuria. He is a lifelong non-smoker and is otherwise well.

Flexible cystoscopy today showed a normal urethra and bladder with no tumour seen. A CT urogram was performed
on 02/04/2031 but the report was not available at the time of clinic.

# Plan
1. Flexible cystoscopy normal.
2. The CT urogram report is still outstanding and I would be grateful if you could chase this result and let Mr Keswick know the outcome.
3. Urine cytology was sent today; we will write to you and to Mr Keswick when it is back.
4. He has been advised to ring the surgery in two weeks for his CT result.

Yours sincerely

Miss Anjali Moorcroft
Consultant Urological Surgeon
""", exp=[("results_chasing", "The CT urogram report is still outstanding and I would be grateful if you could "
                              "chase this result and let Mr Keswick know the outcome."),
          ("patient_redirected_to_gp", "He has been advised to ring the surgery in two weeks for his CT result.")],
       notes="Hospital-ordered CT result left to the GP to chase and tell the patient; patient sent to the GP for it. "
             "Cytology handled by the hospital (hard negative).")

# ---- 4 ENT, listed for tonsillectomy, DOCX
pt = P("Keeley Ashburton", "160042", "2004-01-30")
letter(key="p04", prov="aldwick", dept=ENT, kind="clinic_letter", specialty="ENT",
       clinician="Mr Callum Brierley", patient=pt, ev="2031-04-10", ld="2031-04-11", sent="2031-04-14 10:02",
       fmt="docx", subject="ENT outpatient letter", body=f"""
{idline(pt)}
Seen in ENT outpatients on 10/04/2031

Dear Dr Kell,

Miss Ashburton has had eight documented episodes of tonsillitis in the past twelve months, each needing
antibiotics and time off work. She meets the criteria for tonsillectomy and would like to proceed, so I have
added her to the waiting list today.

# Plan
- Listed for tonsillectomy; routine waiting time currently 18 weeks.
- She will be seen in our pre-operative assessment clinic before her operation date.
- If she has a further episode while waiting, please treat it in the usual way.
- To help the pre-operative assessment team, could the practice please complete the enclosed Pre-Operative Health Questionnaire (form ATH-POA3) and return it to the ENT secretaries within 14 days?

With kind regards

Mr Callum Brierley
Consultant ENT Surgeon
""", exp=[("non_contractual_admin", "could the practice please complete the enclosed Pre-Operative Health "
                                    "Questionnaire (form ATH-POA3) and return it to the ENT secretaries within "
                                    "14 days?")],
       notes="Hospital pre-op questionnaire sent to the practice to fill in. Treating tonsillitis while waiting is "
             "ordinary GP work (not labelled).")

# ---- 5 pre-operative assessment, hard negative
pt = P("Trevor Maddock", "160059", "1951-05-09")
letter(key="p05", prov="aldwick", dept=POA, kind="clinic_letter", specialty="Pre-operative Assessment",
       clinician="Lorna Beckwith", patient=pt, ev="2031-04-14", ld="2031-04-15", sent="2031-04-15 16:40",
       fmt="plain", subject="Pre-operative assessment - right total knee replacement", body=f"""
Aldwick and Tarrow Hospitals NHS Foundation Trust
Pre-operative Assessment Unit, Aldwick General Hospital    Tel 0113 496 0531

{idline(pt)}
Attended pre-operative assessment: 14/04/2031
Planned procedure: right total knee replacement (Mr Owen Pritchard)

Dear Dr Abernethy,

Mr Maddock attended the unit today. For your information:

Bloods (FBC, U&Es, group and save, HbA1c) were taken in the unit today and will be reviewed by our
anaesthetic team, who will contact him directly if anything needs action.

His ECG showed atrial fibrillation, rate 88, which appears to be new. I have referred him directly to the
rapid access AF clinic and the consultant anaesthetist will review him before he is listed.

He was previously started on bisoprolol by his GP in 2029 for palpitations; he should carry on taking it.

We have told him to stop clopidogrel seven days before surgery and given him our written instruction sheet.
MRSA screen taken.

No action is required from the GP at this stage.

Lorna Beckwith
Pre-assessment Sister, on behalf of the Pre-operative Assessment Unit
""", notes="Hard negative: hospital does bloods, onward AF referral, drug advice itself; history of GP action; "
           "explicit 'No action is required from the GP'.")

# ---- 6 colorectal 2WW outcome, PDF, urgent staging CT pushed to GP
pt = P("Gordon Halsey", "160066", "1956-12-14")
letter(key="p06", prov="aldwick", dept=CRC, kind="clinic_letter", specialty="Colorectal Surgery",
       clinician="Mr Declan Ashgrove", patient=pt, ev="2031-04-17", ld="2031-04-17", sent="2031-04-17 18:25",
       fmt="pdf", subject="URGENT - colorectal straight-to-test outcome", body=f"""
{idline(pt)}
Seen: Colorectal Straight-to-Test clinic and colonoscopy, 17/04/2031

Dear Dr Kell,

Mr Halsey was referred with a positive FIT (212 micrograms/g) and change in bowel habit.

# Findings
Colonoscopy: ulcerating, partially obstructing lesion at 25 cm (sigmoid colon), highly suspicious of
malignancy. Biopsies taken and the lesion tattooed. Remainder of the colon normal.

# Plan
- Biopsies have been sent urgently and will be discussed at the colorectal MDT on 24/04/2031.
- CEA was taken in the endoscopy unit today.
- Our colorectal nurse specialist, Gail Hempstead, is his key worker and has given him her direct number.
- To avoid delay, I would be grateful if you could request an urgent staging CT of the chest, abdomen and pelvis so that it is done within the next 7 days and is available for the MDT.

I have explained the findings to Mr Halsey and his wife.

Mr Declan Ashgrove
Consultant Colorectal Surgeon
""", exp=[("tests_for_hospital", "I would be grateful if you could request an urgent staging CT of the chest, "
                                 "abdomen and pelvis so that it is done within the next 7 days and is available "
                                 "for the MDT.")],
       urgent=True,
       notes="Staging CT for the hospital's own MDT pushed to the GP on a cancer pathway within 7 days: a bounce "
             "but time-critical, so urgent. MDT, CEA and key worker are hospital work (hard negatives).")

# ---- 7 breast 2WW outcome, HTML, hard negative
pt = P("Philippa Gorringe", "160073", "1992-03-26")
letter(key="p07", prov="aldwick", dept=BRS, kind="clinic_letter", specialty="Breast Surgery",
       clinician="Miss Ottilie Brandreth", patient=pt, ev="2031-04-22", ld="2031-04-23", sent="2031-04-23 12:10",
       fmt="html", subject="Breast clinic - results appointment", body=f"""
{idline(pt)}
Breast results clinic: 22/04/2031

Dear Dr Abernethy,

# Diagnosis
Left breast fibroadenoma (core biopsy B2, benign).

Ms Gorringe was seen in the one-stop breast clinic on 15/04/2031 with a 2 cm mobile lump in the upper outer
quadrant of the left breast. Ultrasound showed a well-defined lesion typical of a fibroadenoma and a core biopsy
was taken. I gave her the benign result in clinic today and she was reassured.

Previously, in 2028, her GP had arranged an ultrasound of a right breast cyst, which resolved.

She has been discharged from the breast clinic and no GP action is required. Should she notice a change in the
lump or a new lump, she may be re-referred.

Yours sincerely
Miss Ottilie Brandreth
Consultant Oncoplastic Breast Surgeon
""", notes="Hard negative: results given by the hospital, history of GP action, negated GP action, conditional "
           "re-referral.")

# ---- 8 orthopaedic DNA discharge, plain
pt = P("Gareth Lindqvist", "160080", "1970-08-05")
letter(key="p08", prov="aldwick", dept="Trauma and Orthopaedics Outpatients", kind="clinic_letter",
       specialty="Trauma and Orthopaedics", clinician="Mr Rajiv Sandhu", patient=pt, ld="2031-04-25",
       sent="2031-04-25 15:30", fmt="plain", subject="Did not attend - orthopaedic outpatients", body=f"""
Aldwick and Tarrow Hospitals NHS Foundation Trust
Outpatient Booking Centre    Tel 0113 496 0540

25/04/2031

Dear Dr Kell

{idline(pt, 2)}

Mr Lindqvist did not attend his new outpatient appointment with Mr Rajiv Sandhu (shoulder clinic) on
24/04/2031. In line with the Trust's Access Policy he has been discharged back to your care.
Please submit a new referral via e-RS if he still needs to be seen.

Yours sincerely

Outpatient Booking Centre
on behalf of Mr Rajiv Sandhu, Consultant Orthopaedic Surgeon
""", exp=[("dna_rereferral", "Please submit a new referral via e-RS if he still needs to be seen.")],
       notes="Discharged after a single DNA and GP asked to re-refer. No attendance, so event_date null.")

# ---- 9 urology referral returned, DOCX
pt = P("Clive Pendergast", "160097", "1969-02-11")
letter(key="p09", prov="aldwick", dept=URO, kind="referral_response", specialty="Urology",
       clinician="Miss Anjali Moorcroft", patient=pt, ld="2031-04-28", sent="2031-04-28 11:45", fmt="docx",
       subject="Referral triage outcome - urology", body=f"""
{idline(pt)}
Referral received: 22/04/2031 (routine, raised PSA)

# Triage outcome
| Referral status | Returned to referrer |
| Triaged by | Miss Anjali Moorcroft, Consultant Urological Surgeon |

Dear Colleague,

Mr Pendergast's PSA of 6.8 micrograms/L is above the age-specific range for a 62-year-old man. Before we can accept the referral, please repeat the PSA in 6 weeks after excluding urinary infection, perform a digital rectal examination and send an MSU, then re-refer with the results.

Miss Anjali Moorcroft
""", exp=[("referral_returned_for_workup", "Before we can accept the referral, please repeat the PSA in 6 weeks "
                                           "after excluding urinary infection, perform a digital rectal examination "
                                           "and send an MSU, then re-refer with the results.")],
       notes="Clinically appropriate raised-PSA referral returned for more GP work-up.")

# ---- 10 ENT referral converted to Advice and Guidance, HTML
pt = P("Maureen Stobart", "160103", "1966-09-19")
letter(key="p10", prov="aldwick", dept=ENT, kind="referral_response", specialty="ENT",
       clinician="Mr Callum Brierley", patient=pt, ld="2031-04-30", sent="2031-04-30 13:05", fmt="html",
       opts={"head": "table"}, subject="e-RS referral converted to Advice and Guidance", body=f"""
# Advice and Guidance response
{idline(pt)}
Referral reason given: persistent left-sided nasal obstruction with occasional blood-stained discharge

Dear Dr Abernethy,

Thank you for your referral. Your referral has been converted to Advice and Guidance and has not been booked.

I note that the referral letter documents six months of daily mometasone spray and saline douching without
improvement.

Advice: please try a further 3-month course of fluticasone nasal drops and request a CT of the sinuses, then re-refer if symptoms persist.

Mr Callum Brierley
Consultant ENT Surgeon
""", exp=[("referral_returned_for_workup", "Advice: please try a further 3-month course of fluticasone nasal drops "
                                           "and request a CT of the sinuses, then re-refer if symptoms persist.")],
       notes="Unilateral nasal symptoms after failed treatment: appropriate referral turned into A&G with more "
             "treatment and imaging for the GP.")

# ---- 11 day surgery hernia, DOCX, sent 4 days after discharge
pt = P("Stuart Brannigan", "160110", "1984-06-27")
letter(key="p11", prov="aldwick", dept=DSU, kind="discharge_summary", specialty="General Surgery",
       clinician="Mr Kwame Oduya", patient=pt, ev="2031-05-02", ld="2031-05-05", sent="2031-05-06 08:50",
       fmt="docx", subject="Day surgery discharge summary", body=f"""
{idline(pt)}
Date of admission: 02/05/2031
Date of discharge: 02/05/2031
Procedure: open right inguinal hernia repair (mesh), day case

# Wound
Skin closed with an absorbable subcuticular suture, which does not need removing. He can remove the
dressing himself after 48 hours.

# Medication
Paracetamol and ibuprofen, 7 days supplied.

# Other information
- He has been given a fit note by the surgical team for 2 weeks.
- No routine follow-up; the Day Surgery Unit will phone him on day 1.
- GP actions: none.

Mr Kwame Oduya, Consultant General Surgeon
""", exp=[("late_discharge_summary", "Date of discharge: 02/05/2031")],
       notes="Sent four days after a day-case discharge. Absorbable sutures, hospital fit note, hospital phone "
             "follow-up (hard negatives).")

# ---- 12 oncology adjuvant capecitabine, PDF, hard negative
pt = P("Leonard Bramwell", "160127", "1960-10-02")
letter(key="p12", prov="hartsmere", dept=ONC, kind="clinic_letter", specialty="Medical Oncology",
       clinician="Dr Marisol Eberhardt", patient=pt, ev="2031-05-06", ld="2031-05-06", sent="2031-05-07 09:30",
       fmt="pdf", subject="Oncology clinic letter", body=f"""
{idline(pt)}
Oncology clinic: 06/05/2031

Diagnosis: adenocarcinoma of the sigmoid colon, pT3 N1b M0, resected 18/03/2031.

Dear Dr Kell,

I saw Mr Bramwell to discuss adjuvant chemotherapy. He has chosen capecitabine alone for six months.

# Plan
1. Cycle 1 of capecitabine starts on 12/05/2031. Capecitabine is dispensed by our oncology pharmacy and should not be prescribed in primary care.
2. FBC, U&E and LFTs are taken in our chemotherapy day unit before each cycle and reviewed by our team.
3. He has the Acute Oncology 24-hour line number and knows to ring it, not the GP, if his temperature is 37.5 or above or he has diarrhoea.
4. He is not on any interacting medication; please continue his usual medicines.

This letter is for information.

Dr Marisol Eberhardt
Consultant Medical Oncologist
""", notes="Hard negative: chemo supplied and monitored by the hospital; patient told to call the oncology line; "
           "continuing usual medicines is GP work.")

# ---- 13 haematology critical result, plain, urgent
pt = P("Desmond Ackroyd", "160134", "1948-04-15")
letter(key="p13", prov="hartsmere", dept=HAEM, kind="results", specialty="Haematology",
       clinician="Dr Lowri Penhallow", patient=pt, ld="2031-05-08", sent="2031-05-08 13:47", fmt="plain",
       opts={"from": "Dr Lowri Penhallow <lowri.penhallow@hartsmere-uh.nhs.uk>"},
       subject="URGENT: abnormal blood film - action today please", body=f"""
Dear Marlpit Green Surgery,

{idline(pt)}
Sample: FBC and blood film taken in Haematology Outpatients, Hartsmere Royal Hospital, 08/05/2031 09:40
Requested by: Dr Lowri Penhallow (haematology clinic, referred for lymphocytosis)

WBC 38.2 x10^9/L, neutrophils 0.6, Hb 86 g/L, platelets 31. Blasts seen on the film.

This picture is suspicious of acute leukaemia. Please could the GP contact Mr Ackroyd today, explain the result and send him to the Acute Medical Unit this afternoon.

The on-call haematology registrar is aware.

Dr Lowri Penhallow
Consultant Haematologist
Department of Haematology, Hartsmere University Hospitals NHS Trust    Tel 0117 496 0390
""", exp=[("results_chasing", "Please could the GP contact Mr Ackroyd today, explain the result and send him to "
                              "the Acute Medical Unit this afternoon.")],
       urgent=True,
       notes="Critical result of a test the haematology clinic took, handed to the GP to relay and act on today: "
             "results_chasing but time-critical.")

# ---- 14 dermatology methotrexate handover, PDF
pt = P("Annika Selwood", "160141", "1987-01-08")
letter(key="p14", prov="hartsmere", dept=DERM, kind="clinic_letter", specialty="Dermatology",
       clinician="Dr Beatrix Holloway", patient=pt, ev="2031-05-07", ld="2031-05-08", sent="2031-05-09 10:15",
       fmt="pdf", subject="Dermatology clinic letter", body=f"""
{idline(pt)}
Date of clinic: 07/05/2031

Diagnosis: chronic plaque psoriasis, PASI 4.2 (was 16.8)

Dear Dr Abernethy,

Ms Selwood started methotrexate in January and is now on 15 mg once weekly with folic acid 5 mg once weekly
(not on the methotrexate day). Her skin has improved a great deal and her blood tests, taken in our dermatology
day unit, have been stable for twelve weeks. Methotrexate has been prescribed by our hospital pharmacy so far.

From now on I would be grateful if you could take over the prescribing of methotrexate 15 mg once weekly with folic acid, together with the 3-monthly FBC, U&E and LFT monitoring.

We will see her again in 6 months.

Dr Beatrix Holloway
Consultant Dermatologist
""", exp=[("shared_care_without_agreement", "From now on I would be grateful if you could take over the "
                                            "prescribing of methotrexate 15 mg once weekly with folic acid, "
                                            "together with the 3-monthly FBC, U&E and LFT monitoring.")],
       notes="Amber drug prescribing and monitoring handed over with no shared-care agreement offered.")

# ---- 15 ophthalmology, plain quoted-printable
pt = P("Renée Calloway", "160158", "1949-11-21")
letter(key="p15", prov="hartsmere", dept=EYE, kind="clinic_letter", specialty="Ophthalmology",
       clinician="Mr Aurelio Benedetti", patient=pt, ev="2031-05-09", ld="2031-05-12", sent="2031-05-12 12:30",
       fmt="qp", subject="Eye Unit clinic letter – Mrs Calloway", body=f"""
Hartsmere Eye Unit – Medical Retina Service
Hartsmere University Hospitals NHS Trust · Infirmary Hill · Hartsmere · HQ3 8LW · Tel 0117 496 0402

{idline(pt)}
Clinic date: 09/05/2031

Dear Dr Kell,

Diagnosis: left inferotemporal branch retinal vein occlusion with macular oedema (visual acuity 6/18).

Mrs Calloway had her first intravitreal aflibercept injection today. She needs two further monthly injections at the Eye Unit; our booking team will send the appointments.

If she has not heard about her next injection appointment within 4 weeks she has been told to contact her GP practice, who can chase it for her.

She should carry on seeing her own optometrist for routine sight tests.

Yours sincerely

Mr Aurelio Benedetti
Consultant Ophthalmologist
""", exp=[("patient_redirected_to_gp", "If she has not heard about her next injection appointment within 4 weeks "
                                       "she has been told to contact her GP practice, who can chase it for her.")],
       notes="Patient told to go through the GP to chase the hospital's own appointment. Quoted-printable body "
             "with non-ASCII characters.")

# ---- 16 dermatology surgery, DOCX, sent 8 days after the list
pt = P("Howard Quilliam", "160165", "1972-07-30")
letter(key="p16", prov="hartsmere", dept=DERM, kind="clinic_letter", specialty="Dermatology",
       clinician="Dr Ifeoma Achterberg", patient=pt, ev="2031-05-08", ld="2031-05-15", sent="2031-05-16 10:40",
       fmt="docx", subject="Dermatology surgery letter", body=f"""
{idline(pt)}
Clinic date: 08/05/2031 (Dermatology Surgery List)

Dear Dr Kell,

Procedure: excision biopsy of a 9 mm irregular pigmented lesion from the left upper back, 2 mm margins,
under local anaesthetic. The wound was closed with 3/0 nylon sutures.

Histology will be reviewed at the skin cancer MDT and we will write to you and to Mr Quilliam with the result.

Please arrange for the sutures to be removed at your surgery at 14 days.

Kind regards

Dr Ifeoma Achterberg
Consultant Dermatologist
""", exp=[("post_procedure_care", "Please arrange for the sutures to be removed at your surgery at 14 days."),
          ("late_clinic_letter", "Clinic date: 08/05/2031 (Dermatology Surgery List)")],
       notes="Suture removal after hospital skin surgery pushed to the practice; letter sent 8 days after the list. "
             "Histology handled by the hospital (hard negative).")

# ---- 17 gynaecology PMB, DOCX, urgent onward referral
pt = P("Brenda Oyelaran", "160172", "1957-03-04")
letter(key="p17", prov="hartsmere", dept=GYN, kind="clinic_letter", specialty="Gynaecology",
       clinician="Miss Nadia Okwuosa", patient=pt, ev="2031-05-12", ld="2031-05-13", sent="2031-05-13 17:55",
       fmt="docx", subject="Postmenopausal bleeding clinic - histology result", body=f"""
{idline(pt)}
Postmenopausal Bleeding Clinic, 12/05/2031

Dear Dr Abernethy,

Mrs Oyelaran had a hysteroscopy and endometrial biopsy on 28/04/2031. Histology reported on 09/05/2031 shows
endometrioid adenocarcinoma, grade 2. I explained the diagnosis to her today with our clinical nurse specialist.

# Plan
- MRI pelvis has been requested by us and will be done at Hartsmere Royal Hospital.
- I would be grateful if you could make an urgent referral to the gynaecological oncology team at Hartsmere Royal Hospital within the next 48 hours so that she can be staged and treated.

Miss Nadia Okwuosa
Consultant Gynaecologist
""", exp=[("onward_referral", "I would be grateful if you could make an urgent referral to the gynaecological "
                              "oncology team at Hartsmere Royal Hospital within the next 48 hours so that she can be "
                              "staged and treated.")],
       urgent=True,
       notes="Cancer onward referral within the same trust pushed to the GP, to be done within 48 h: bounce but "
             "time-critical. MRI arranged by the hospital (hard negative).")

# ---- 18 gynaecology ward discharge, PDF, fit note
pt = P("Sharon Whitlock", "160189", "1976-09-12")
letter(key="p18", prov="hartsmere", dept=GYN, kind="discharge_summary", specialty="Gynaecology",
       clinician="Miss Nadia Okwuosa", patient=pt, ev="2031-05-13", ev_time="12:00", ld="2031-05-13",
       sent="2031-05-13 19:20", fmt="pdf", subject="Discharge summary - Aster Ward", body=f"""
{idline(pt)}
Ward: Aster (Gynaecology)
Admitted: 10/05/2031    Discharged: 13/05/2031 12:00

Procedure: total abdominal hysterectomy for symptomatic fibroids, 10/05/2031. Uneventful recovery.

# Wound
Closed with an absorbable subcuticular suture; nothing to remove.

# Medication on discharge
| Enoxaparin 40 mg daily | 28 days supplied (full course) |
| Paracetamol 1 g four times daily | 14 days supplied |

# Actions for GP
Please could you provide her with a fit note for 6 weeks from the date of surgery, as she works as a care assistant.

# Other actions
- District nursing team to visit daily to give enoxaparin until she is confident to self-inject.
- Telephone review with the gynaecology nurse specialist at 6 weeks (we will book).

Miss Nadia Okwuosa, Consultant Gynaecologist
""", exp=[("fit_note", "Please could you provide her with a fit note for 6 weeks from the date of surgery, as she "
                       "works as a care assistant.")],
       notes="Post-operative fit note pushed to GP. Full LMWH course supplied, district nurses asked (not GP), "
             "hospital books follow-up (hard negatives). Same-day summary.")

# ---- 19 postnatal discharge, HTML with table, 25 h 45 min after discharge
pt = P("Kirsty Devereux", "160196", "1995-05-25")
letter(key="p19", prov="wrenfield", dept=MAT, kind="discharge_summary", specialty="Obstetrics (Maternity)",
       clinician="Tamsin Greaves", patient=pt, ev="2031-05-14", ev_time="15:20", ld="2031-05-15",
       sent="2031-05-15 17:05", fmt="html", opts={"header": True}, subject="Maternity discharge summary",
       body=f"""
# Maternity Discharge Summary (Mother)
{idline(pt)}
Delivered: 13/05/2031 06:42, spontaneous vaginal delivery at 39+4, live girl 3.41 kg
Discharged: 14/05/2031 15:20

# Postnatal course
Estimated blood loss 650 ml. Hb 96 g/L on day 1. Breastfeeding well. Perineum: first-degree tear, not sutured.

# Medication on discharge
Ferrous fumarate 210 mg twice daily - 28 days supplied.

# Plan
| Action | Responsible | By when |
| Home visit | Community midwife | 15/05/2031 |
| Newborn blood spot test | Community midwife | Day 5 |
| Newborn hearing screen (completed on the ward, clear response both ears) | Hearing screener | Done |
| Maternal postnatal check | GP | 6-8 weeks |
| Newborn and infant physical examination at 6-8 weeks | GP | 6-8 weeks |

Tamsin Greaves, Registered Midwife, Postnatal Ward
""", exp=[("late_discharge_summary", "Discharged: 14/05/2031 15:20")],
       notes="Sent 25 h 45 min after discharge. 6-8 week maternal and baby checks are ordinary GP work and the "
             "midwife/screener rows are not the practice's (hard negatives).")

# ---- 20 post-caesarean discharge, plain, short LMWH supply
pt = P("Fatima Rahimzada", "160202", "1990-12-01")
letter(key="p20", prov="wrenfield", dept=MAT, kind="discharge_summary", specialty="Obstetrics (Maternity)",
       clinician="Dr Yusra Halfpenny", patient=pt, ev="2031-05-18", ev_time="11:00", ld="2031-05-18",
       sent="2031-05-18 16:30", fmt="plain", subject="Discharge summary - postnatal (LSCS)", body=f"""
WRENFIELD WOMEN'S AND CHILDREN'S HOSPITAL - POSTNATAL WARD
Discharge summary

{idline(pt)}
Date of delivery: 15/05/2031 (elective LSCS, breech)
Date of discharge: 18/05/2031 11:00

Clinical summary:
Uncomplicated elective caesarean section. BMI 38 and previous DVT - high VTE risk, for 6 weeks of
enoxaparin 60 mg once daily. Baby well, discharged with mother.

Medications on discharge:
  Enoxaparin 60 mg SC once daily - 6 weeks.
  Paracetamol 1 g QDS and ibuprofen 400 mg TDS - 7 days supplied.

Only 4 days have been supplied from the ward, so GP to prescribe the remainder of the 6-week course.

Other:
  Skin clips to be removed by the community midwife at home on day 5.
  The community midwife will check her injection technique at the first visit.

Dr Yusra Halfpenny
Specialty Registrar in Obstetrics, for Miss Clementine Yeboah
""", exp=[("hospital_only_prescribing", "Only 4 days have been supplied from the ward, so GP to prescribe the "
                                        "remainder of the 6-week course.")],
       notes="Less than 7 days of a new discharge medicine supplied. Clip removal and injection teaching by the "
             "community midwife (hard negatives).")

# ---- 21 neonatal unit discharge, PDF
pt = P("Oliver Quennell", "160219", "2031-04-07")
letter(key="p21", prov="wrenfield", dept=NNU, kind="discharge_summary", specialty="Neonatology",
       clinician="Dr Ewan Strachan-Lowe", patient=pt, ev="2031-05-19", ev_time="14:00", ld="2031-05-19",
       sent="2031-05-20 09:15", fmt="pdf", subject="Neonatal unit discharge summary", body=f"""
{idline(pt)}
Born: 07/04/2031 at 32+1 weeks, birth weight 1.78 kg
Discharged from the Neonatal Unit: 19/05/2031 14:00, weight 2.46 kg

# Summary
Preterm infant. Brief CPAP for 48 hours. Established on breastfeeds with top-ups. Phototherapy for
jaundice, resolved. Retinopathy of prematurity screening completed, no further eye follow-up needed.
Newborn hearing screen passed.

# Medication
Sytron 1 ml twice daily and Dalivit 0.6 ml once daily: 4 weeks supplied; please continue on repeat
prescription until 1 year of age.

# Follow-up
- Hip ultrasound (breech presentation) has been requested by us for 6 weeks corrected age; the appointment will be posted.
- Neonatal outpatient review with Dr Strachan-Lowe at 3 months corrected age; we will send the appointment.
- Primary immunisations are due from 02/06/2031 at the GP surgery as usual.
- Please could the practice arrange a FBC, ferritin and reticulocyte count 8 weeks after discharge and send the results to the neonatal team for review.

Dr Ewan Strachan-Lowe
Consultant Neonatologist
""", exp=[("tests_for_hospital", "Please could the practice arrange a FBC, ferritin and reticulocyte count 8 "
                                 "weeks after discharge and send the results to the neonatal team for review.")],
       notes="Neonatal team's own follow-up bloods pushed to the practice. Continuing iron/vitamins and routine "
             "immunisations are GP work; hip USS and clinic booked by the unit (hard negatives). 19 h 15 min.")

# ---- 22 ISTC knee 6-week review, PDF, onward physio
pt = P("Pamela Underhill", "160226", "1954-08-16")
letter(key="p22", prov="kingsmead", dept=KORTHO, kind="clinic_letter", specialty="Trauma and Orthopaedics",
       clinician="Mr Lachlan Feeney-Burke", patient=pt, ev="2031-05-20", ld="2031-05-21", sent="2031-05-22 11:00",
       fmt="pdf", subject="Post-operative review - right TKR", body=f"""
{idline(pt)}
Seen: 20/05/2031, six-week review after right total knee replacement on 07/04/2031

Dear Dr Kell,

Mrs Underhill's wound has healed well and her X-ray today is satisfactory. Her knee is stiff, with flexion to
85 degrees, and she would benefit from a further course of physiotherapy.

I would be grateful if you could refer her to your local musculoskeletal physiotherapy service for ongoing rehabilitation, as the Centre does not provide outpatient physiotherapy.

We will see her again at one year with an X-ray, which we will book.

Yours sincerely

Mr Lachlan Feeney-Burke
Consultant Orthopaedic Surgeon
""", exp=[("onward_referral", "I would be grateful if you could refer her to your local musculoskeletal "
                              "physiotherapy service for ongoing rehabilitation, as the Centre does not provide "
                              "outpatient physiotherapy.")],
       notes="Post-operative rehabilitation referral for the treated condition pushed to GP by the ISTC. "
             "One-year review booked by the centre (hard negative).")

# ---- 23 ISTC cataract day case, DOCX, hard negative
pt = P("Winifred Cattermole", "160233", "1941-02-28")
letter(key="p23", prov="kingsmead", dept=KEYE, kind="discharge_summary", specialty="Ophthalmology",
       clinician="Ms Saoirse Kettering", patient=pt, ev="2031-05-21", ev_time="13:30", ld="2031-05-21",
       sent="2031-05-21 17:10", fmt="docx", subject="Cataract surgery discharge", body=f"""
{idline(pt)}
Procedure: right phacoemulsification with intraocular lens, 21/05/2031 (day case)
Discharged: 21/05/2031 13:30

# Medication (full courses supplied)
| Dexamethasone 0.1% eye drops | four times a day for 4 weeks |
| Chloramphenicol 0.5% eye drops | four times a day for 2 weeks |

# Follow-up
- Post-operative check with her own optometrist at 4-6 weeks under the community post-cataract scheme; the Centre has sent the referral.
- If she develops pain, worsening vision or a red eye she has been told to ring the Centre's 24-hour eye line.

No GP action required.

Ms Saoirse Kettering, Consultant Ophthalmic Surgeon
""", notes="Hard negative: full drop courses supplied, follow-up referral made by the centre, patient safety-net "
           "to the centre, negated GP action.")

# ---- 24 ISTC pre-operative assessment, HTML
pt = P("Bernard Oakhurst", "160240", "1958-10-10")
letter(key="p24", prov="kingsmead", dept=KPOA, kind="clinic_letter", specialty="Pre-operative Assessment",
       clinician="Comfort Adeyemi-Walsh", patient=pt, ev="2031-05-23", ld="2031-05-26", sent="2031-05-27 09:40",
       fmt="html", subject="Pre-assessment outcome - right hip replacement", body=f"""
{idline(pt)}
Pre-operative assessment: 23/05/2031
Planned procedure: right total hip replacement (Mr Lachlan Feeney-Burke)

Dear Dr Abernethy,

Mr Oakhurst attended for pre-operative assessment. MRSA swabs, FBC and U&Es were taken at the Centre today,
and he has been told by our team when to stop his aspirin.

# Information for GP
1. Please complete the attached Kingsmead GP Medical Information Request (form KTC-07), including his problem list, and email it back to the pre-assessment team.
2. His last HbA1c on record is from 2029: please could the practice take an HbA1c and send us the result, as we cannot list him without a value from the last 3 months.

Thank you for your help.

Comfort Adeyemi-Walsh
Pre-operative Assessment Nurse Lead
""", exp=[("non_contractual_admin", "Please complete the attached Kingsmead GP Medical Information Request (form "
                                    "KTC-07), including his problem list, and email it back to the pre-assessment "
                                    "team."),
          ("tests_for_hospital", "please could the practice take an HbA1c and send us the result, as we cannot list "
                                 "him without a value from the last 3 months")],
       notes="ISTC pre-op form and its own pre-op HbA1c pushed to the practice (numbered list under 'Information "
             "for GP'). Swabs/bloods taken by the centre (hard negative).")

# ---- 25 ISTC hip discharge, PDF, short rivaroxaban supply and clips
pt = P("Geraldine Fairweather", "160257", "1949-06-06")
letter(key="p25", prov="kingsmead", dept=KORTHO, kind="discharge_summary", specialty="Trauma and Orthopaedics",
       clinician="Mr Lachlan Feeney-Burke", patient=pt, ev="2031-05-26", ev_time="10:00", ld="2031-05-26",
       sent="2031-05-26 15:15", fmt="pdf", subject="Discharge summary - left THR", body=f"""
{idline(pt)}
Admitted: 24/05/2031    Discharged: 26/05/2031 10:00
Procedure: left total hip replacement (uncemented), 24/05/2031

# Medication on discharge
| Medicine | Supplied | Course |
| Rivaroxaban 10 mg once daily | 5 days | 35 days from surgery |
| Paracetamol 1 g four times daily | 14 days | as required |

# Requests to GP
- Please prescribe rivaroxaban 10 mg once daily to complete the 35-day course (30 days remaining).
- Skin clips to be removed at the GP practice by the practice nurse at 12-14 days.

# Other
Home exercise programme given by our physiotherapists. Fit note not needed (retired). Review in our clinic at
6 weeks, appointment enclosed.

Mr Lachlan Feeney-Burke, Consultant Orthopaedic Surgeon
""", exp=[("hospital_only_prescribing", "Please prescribe rivaroxaban 10 mg once daily to complete the 35-day "
                                        "course (30 days remaining)."),
          ("post_procedure_care", "Skin clips to be removed at the GP practice by the practice nurse at 12-14 days.")],
       notes="Only 5 days of post-op thromboprophylaxis supplied; clip removal after ISTC surgery pushed to practice.")

# ---- 26 paediatric ADHD, DOCX, methylphenidate handover
pt = P("Ethan Burroughs-Pike", "160264", "2021-09-14")
letter(key="p26", prov="wrenfield", dept=PAED, kind="clinic_letter", specialty="Paediatrics",
       clinician="Dr Imelda Forsythe-Rao", patient=pt, ev="2031-05-28", ld="2031-05-30", sent="2031-06-02 14:00",
       fmt="docx", subject="Paediatric clinic letter - ADHD review", body=f"""
{idline(pt)}
Seen in Paediatric Outpatients (Neurodevelopmental) on 28/05/2031, with mum

Dear Dr Kell,

Ethan was diagnosed with ADHD (combined type) earlier this year. We started Equasym XL 10 mg in March and
increased it to 20 mg each morning in April. School and home both report a clear improvement; appetite is a
little reduced but his weight is stable on the 25th centile. BP 98/60, pulse 84.

# Plan
- Please could you now take over prescribing Equasym XL 20 mg each morning and monitor his height, weight, pulse and blood pressure every 6 months.
- We have sent the follow-up school questionnaire directly to the school SENCo.
- Review in our clinic in 6/12.

Dr Imelda Forsythe-Rao
Consultant Paediatrician
""", exp=[("shared_care_without_agreement", "Please could you now take over prescribing Equasym XL 20 mg each "
                                            "morning and monitor his height, weight, pulse and blood pressure every "
                                            "6 months.")],
       notes="ADHD stimulant (shared-care drug) prescribing and monitoring handed to GP with no agreement offered.")

# ---- 27 paediatric was-not-brought discharge, plain
pt = P("Lily-Mae Hartigan", "160271", "2026-02-19")
letter(key="p27", prov="wrenfield", dept=PAED, kind="clinic_letter", specialty="Paediatrics",
       clinician="Dr Imelda Forsythe-Rao", patient=pt, ld="2031-06-02", sent="2031-06-03 10:20", fmt="plain",
       subject="Was not brought - Paediatric Outpatients", body=f"""
Wrenfield Women's and Children's Hospital NHS Foundation Trust
Paediatric Outpatients    Tel 0151 496 0730

02/06/2031

Dear Dr Abernethy

{idline(pt, 2)}

Lily-Mae was not brought to her appointment in the general paediatric clinic (constipation) on 29/05/2031.
This is the second missed appointment (the first was on 10/04/2031). In line with the Trust's Access Policy,
she has been discharged from the paediatric clinic.

We have let her health visitor know about the missed appointments.

We would ask that you re-refer her via e-RS if the problem persists.

Dr Imelda Forsythe-Rao
Consultant Paediatrician
""", exp=[("dna_rereferral", "We would ask that you re-refer her via e-RS if the problem persists.")],
       notes="Child discharged after missed appointments, GP asked to re-refer. Health visitor informed (not GP). "
             "No attendance, so event_date null.")

# ---- 28 ENT letter forwarded by a secretary, plain
pt = P("Hepzibah Dunstable", "160288", "1968-04-04")
_fwd_date = london("2031-06-04 16:12")
letter(key="p28", prov="aldwick", dept=ENT, kind="clinic_letter", specialty="ENT",
       clinician="Mr Callum Brierley", patient=pt, ev="2031-06-02", ld="2031-06-04", sent="2031-06-05 09:05",
       fmt="plain", opts={"from": "Jan Merriweather <jan.merriweather@nhs.net>"},
       subject="Fw: Clinic letter - Mrs Hepzibah Dunstable", body=f"""
Dear Marlpit Green Surgery,

Please see below the clinic letter for Mrs Dunstable. Our system did not send it to you automatically, so I am
forwarding it.

Kind regards
Jan Merriweather
Medical Secretary to Mr Callum Brierley, ENT, Aldwick General Hospital
Tel 0113 496 0566

---------- Forwarded message ---------
From: ENT Secretaries <ent.secretaries@aldwicktarrow.nhs.uk>
Date: {_fwd_date.strftime('%a, %-d %b %Y at %H:%M')}
Subject: Clinic letter - Mrs Hepzibah Dunstable
To: Jan Merriweather <jan.merriweather@nhs.net>

Aldwick and Tarrow Hospitals NHS Foundation Trust - Head and Neck Lump Clinic

{idline(pt)}
Clinic date: 02/06/2031

Dear Dr Abernethy,

Mrs Dunstable has a 2 cm right level II neck lump present for 5 weeks. Nasendoscopy was normal. An
ultrasound-guided fine needle aspiration was performed in clinic today.

I have requested a CT of the neck, which we will arrange.

The cytology result will be sent to you; please review it and contact Mrs Dunstable with the outcome.

Mr Callum Brierley
Consultant ENT Surgeon
""", exp=[("results_chasing", "The cytology result will be sent to you; please review it and contact Mrs Dunstable "
                              "with the outcome.")],
       notes="Forwarded by a secretary. The hospital's own FNA cytology result handed to the GP to act on and tell "
             "the patient. CT arranged by the hospital (hard negative).")

# ---- 29 dermatology azathioprine, shared care OFFERED with agreement attached: hard negative
pt = P("Toby Vanstone", "160295", "1993-10-23")
letter(key="p29", prov="hartsmere", dept=DERM, kind="clinic_letter", specialty="Dermatology",
       clinician="Dr Ifeoma Achterberg", patient=pt, ev="2031-06-04", ld="2031-06-05", sent="2031-06-06 11:30",
       fmt="pdf", subject="Dermatology clinic letter and shared care agreement", body=f"""
{idline(pt)}
Clinic date: 04/06/2031

Dear Dr Kell,

Mr Vanstone has severe atopic eczema. He started azathioprine 100 mg daily in February (TPMT normal) and his
blood tests, taken in our department, have been stable for three months. His eczema is much improved.

I enclose our shared care agreement for azathioprine for your consideration. If you are willing to take on
prescribing and monitoring under the agreement, please sign and return Part B; until we receive it, the
dermatology department will continue to prescribe and monitor.

Review in dermatology clinic in 4 months.

Dr Ifeoma Achterberg
Consultant Dermatologist
""", opts={"extra": [("Shared_Care_Agreement_Azathioprine.pdf", """
# Shared Care Agreement: Azathioprine (Dermatology)
Approved by the Hartsmere Area Prescribing Committee, version 4, January 2031.

# Specialist responsibilities
- Assess the patient, check TPMT and baseline bloods, start treatment and prescribe until stable.
- Monitor FBC and LFTs until the dose has been stable for at least 8 weeks.
- Send this agreement to the GP and keep prescribing until the GP has accepted it.

# GP responsibilities (once accepted)
- Prescribe azathioprine at the dose advised by the specialist.
- Monitor FBC, U&E and LFTs every 3 months and act on results as set out in section 6.

# Part B - GP acceptance
| I agree to share care for this patient | Signature: ____________ |
| GP name and practice | ____________ |
""", "Shared Care Agreement - Azathioprine")]},
       notes="Hard negative: shared care properly offered with the agreement attached; the hospital keeps "
             "prescribing until the GP accepts.")

# ---- 30 breast oncology, plain, hard negative
pt = P("Imogen Tregarthen", "160301", "1965-01-17")
letter(key="p30", prov="hartsmere", dept=ONC, kind="clinic_letter", specialty="Clinical Oncology",
       clinician="Dr Marisol Eberhardt", patient=pt, ev="2031-06-09", ld="2031-06-10", sent="2031-06-10 15:45",
       fmt="plain", subject="Oncology clinic letter", body=f"""
Hartsmere Cancer Centre, Hartsmere University Hospitals NHS Trust    Tel 0117 496 0410

{idline(pt)}
Seen in breast oncology clinic: 09/06/2031

Dear Dr Abernethy,

Diagnosis: left breast invasive ductal carcinoma, grade 2, 18 mm, ER 8/8, HER2 negative, sentinel node negative.
Wide local excision and sentinel node biopsy 12/05/2031.

Plan:
1. Adjuvant radiotherapy, 26 Gy in 5 fractions; planning appointment 16/06/2031.
2. Letrozole 2.5 mg daily. I have given her a 28-day supply today; please continue letrozole on repeat prescription for 5 years.
3. A baseline DEXA scan has been requested by us at Hartsmere Royal Hospital.
4. She has early swelling of the left arm and I have referred her directly to the lymphoedema service.
5. Fit note issued by us today for 4 weeks to cover radiotherapy.

No other action is needed from the practice.

Dr Marisol Eberhardt
Consultant Clinical Oncologist
""", notes="Hard negative: continuing a green hormone therapy is GP work; DEXA, onward referral and fit note done "
           "by the hospital.")

# ---- 31 early pregnancy unit day case, plain, next-day on time
pt = P("Chloe Ravensworth", "160318", "1994-07-08")
letter(key="p31", prov="wrenfield", dept=EPU, kind="discharge_summary", specialty="Gynaecology",
       clinician="Miss Clementine Yeboah", patient=pt, ev="2031-06-11", ev_time="18:40", ld="2031-06-12",
       sent="2031-06-12 09:10", fmt="plain", subject="Day case discharge - EPU", body=f"""
Wrenfield Women's and Children's Hospital - Early Pregnancy and Acute Gynaecology Unit

DISCHARGE SUMMARY
{idline(pt)}
Procedure: surgical management of miscarriage (9 weeks), 11/06/2031
Discharged: 11/06/2031 at 18:40

Rhesus positive - anti-D not required.
Tissue sent for histology; the Early Pregnancy Unit will review the result and contact Chloe directly.
She was offered a fit note for 1 week, which we issued before she went home.
If she has heavy bleeding, fever or an offensive discharge she should contact the EPU on 0151 496 0745 (24 hours).
Previously the GP had referred her to the EPU in 2029 with pain in early pregnancy; that pregnancy continued normally.

No GP action required.

Miss Clementine Yeboah
Consultant Obstetrician and Gynaecologist
""", notes="Hard negative: histology handled and fit note issued by the unit; safety-net to the EPU; history; "
           "negation. Sent 14.5 h after discharge.")

# ---- 32 urology follow-up sent exactly 7 days after clinic, HTML+plain alternative, hard negative
pt = P("Malcolm Etherington", "160325", "1961-12-29")
letter(key="p32", prov="aldwick", dept=URO, kind="clinic_letter", specialty="Urology",
       clinician="Mr Nikhil Rajagopal", patient=pt, ev="2031-06-12", ld="2031-06-18", sent="2031-06-19 08:30",
       fmt="html", opts={"alt": True}, subject="Urology clinic letter", body=f"""
{idline(pt)}
Clinic date: 12/06/2031

Dear Dr Kell,

I reviewed Mr Etherington with the results of his investigations for non-visible haematuria. Previously the GP
had arranged a renal ultrasound, which was normal. Our CT urogram and flexible cystoscopy are also normal and
his renal function is stable.

I have discharged him from the urology clinic. Should visible haematuria occur in future, please re-refer under
the suspected cancer pathway.

No GP action is required.

Mr Nikhil Rajagopal
Consultant Urological Surgeon
""", notes="Hard negative: sent exactly 7 days after clinic (on time); history of GP imaging; conditional "
           "re-referral advice; negation.")

# ---- 33 haematology reply in a thread (RE:), HTML, ruxolitinib
pt = P("Stanley Orme", "160332", "1953-03-13")
letter(key="p33", prov="hartsmere", dept=HAEM, kind="clinic_letter", specialty="Haematology",
       clinician="Dr Lowri Penhallow", patient=pt, ev="2031-06-17", ld="2031-06-19", sent="2031-06-19 12:15",
       fmt="reply", subject="RE: Query - ruxolitinib for Mr Stanley Orme",
       opts={"from": "Dr Lowri Penhallow <lowri.penhallow@hartsmere-uh.nhs.uk>",
             "inreply": "<20310618101400.q33@marlpitgreen.example>", "orig_sent": "2031-06-18 10:14",
             "orig": f"""
Dear Dr Penhallow,

Mr Orme ({spaced(pt['nhs_number'])}) tells us he was started on a new tablet for his myelofibrosis at your
clinic yesterday and has asked us to add it to his repeat prescriptions. Could you confirm what was started
and who will supply it?

Many thanks
Dr Sanjay Kell
Marlpit Green Surgery
"""}, body=f"""
Dear Dr Kell,

Thank you for your email.

{idline(pt)}

I saw Mr Orme in the myeloproliferative neoplasm clinic on 17/06/2031 and started ruxolitinib 15 mg twice daily
for primary myelofibrosis with symptomatic splenomegaly. He has two weeks' supply from our pharmacy.

I would be grateful if you could add ruxolitinib 15 mg twice daily to his repeat prescriptions from now on, as our pharmacy will not issue further supplies.

We will repeat his FBC in our clinic in 2 weeks.

Best wishes

Dr Lowri Penhallow
Consultant Haematologist, Hartsmere University Hospitals NHS Trust
""", exp=[("hospital_only_prescribing", "I would be grateful if you could add ruxolitinib 15 mg twice daily to his "
                                        "repeat prescriptions from now on, as our pharmacy will not issue further "
                                        "supplies.")],
       notes="Reply in a thread: a hospital-only (red) drug just started in clinic pushed onto GP repeat "
             "prescribing. Hospital repeats its own FBC (hard negative).")

# ====================================================================== 'other' messages

OTHERS: list[dict] = []


def other(**kw):
    OTHERS.append(kw)


other(key="o01", sent="2031-04-08 07:55", type="ooo", notes="Out-of-office auto-reply from a trust surgeon.",
      frm="Mr Kwame Oduya <kwame.oduya@aldwicktarrow.nhs.uk>",
      subject="Automatic reply: Patient query - Day Surgery",
      body="Thank you for your message. I am away from the hospital until Monday 14 April 2031 with no access to "
           "e-mail. For urgent clinical matters please contact the general surgery secretaries on "
           "0113 496 0535 or the on-call surgical registrar via switchboard.\n")
other(key="o02", sent="2031-04-18 07:00", type="bulletin", notes="Trust GP bulletin (newsletter) with List-Id.",
      frm="Aldwick and Tarrow GP Liaison <gpliaison@aldwicktarrow.nhs.uk>",
      subject="GP Liaison Bulletin - April 2031",
      body="Aldwick and Tarrow Hospitals GP Liaison Bulletin, April 2031\n\n"
           "- The fracture clinic is moving to the new Outpatient Hub from 6 May.\n"
           "- Colorectal straight-to-test: FIT result must be included with every referral.\n"
           "- Day surgery now runs Saturday lists.\n\n"
           "You are receiving this bulletin because your practice is subscribed. To unsubscribe, reply with "
           "UNSUBSCRIBE in the subject line.\n")
other(key="o03", sent="2031-04-26 20:14", type="patient", notes="Patient e-mail asking the practice a question "
      "(mentions the hospital telling her to ask the GP; a patient message, nothing to detect).",
      frm="Jackie Pelham <jackie.pelham@example.com>", subject="CT scan result?",
      body="Hello,\n\nI had a CT scan at Aldwick hospital three weeks ago and the consultant's secretary said I "
           "should ask my GP for the result. Could somebody ring me please? My number is on my records.\n\n"
           "Thank you\nJackie Pelham\n")
other(key="o04", sent="2031-05-03 02:37", type="phish", notes="Phishing pretending to be NHS smartcard support.",
      frm="NHS Spine Smartcard Services <no-reply@nhs-smartcard-renewal.example.net>",
      subject="Action required: your NHS Smartcard certificate expires in 24 hours",
      body="Dear NHS User,\n\nYour Smartcard certificate will expire in 24 hours and you will lose access to "
           "clinical systems. Renew now by signing in with your NHSmail password at "
           "http://nhs-smartcard-renewal.example.net/renew\n\nNHS Registration Authority\n")
other(key="o05", sent="2031-05-14 11:26", type="dsn", notes="Non-delivery report (bounce).",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>", subject="Undeliverable: Referral - Mrs Oyelaran",
      body="Delivery has failed to these recipients or groups:\n\ngynae.onc.referrals@hartsmere-uh.nhs.uk\n"
           "The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and "
           "try to resend the message.\n", rcpt="gynae.onc.referrals@hartsmere-uh.nhs.uk")
other(key="o06", sent="2031-05-21 14:02", type="practice", notes="Practice-to-practice admin note.",
      frm="Tollgate Lane Medical Centre <tollgatelane.mc@nhs.net>", subject="Patient transfer - notes",
      body="Hi Marlpit Green team,\n\nJust to let you know that the records for the family who moved to your "
           "area last month have now been sent via GP2GP. The paper Lloyd George envelopes are going by PCSE "
           "courier this week.\n\nThanks\nAnita\nPractice Manager, Tollgate Lane Medical Centre\n"
           "Tel 0113 496 0988\n")
other(key="o07", sent="2031-05-29 08:00", type="massmail", notes="Hospital mass mailing marked for information "
      "only.",
      frm="Hartsmere Communications <communications@hartsmere-uh.nhs.uk>",
      subject="For information only: Eye Unit moving to Riverside Wing",
      body="FOR INFORMATION ONLY - NO ACTION REQUIRED\n\nFrom Monday 16 June 2031 all Hartsmere Eye Unit "
           "outpatient clinics will run from the new Riverside Wing. Patients are being written to directly "
           "with their new appointment location. Referral routes are unchanged.\n\n"
           "This message has been sent to all GP practices in the Hartsmere area.\n")
other(key="o08", sent="2031-06-04 10:31", type="ooo", notes="Automatic acknowledgement from a hospital mailbox.",
      frm="Pre-operative Assessment Unit <poa.aldwick@nhs.net>",
      subject="Automatic reply: Form returned",
      body="Thank you for contacting the Pre-operative Assessment Unit, Aldwick General Hospital. This is an "
           "automatic acknowledgement. We aim to respond within 3 working days. Please do not send further "
           "copies of the same message.\n")
other(key="o09", sent="2031-06-08 04:12", type="spam", notes="Commercial spam.",
      frm="MedSupplies Direct <offers@medsupplies-direct.example.com>",
      subject="70% off nitrile gloves and couch roll - this week only!",
      body="Dear Practice Manager,\n\nStock up now: nitrile gloves from 1.99 per box, couch roll, sharps bins "
           "and more. Free delivery on orders over 100 pounds.\n\nClick here to order: "
           "http://medsupplies-direct.example.com/offers\n\nTo stop receiving these emails click unsubscribe.\n")
other(key="o10", sent="2031-06-16 12:00", type="html_bulletin", notes="Maternity service update (HTML mass "
      "mailing, for information only).",
      frm="Wrenfield Maternity Services <maternity.news@wrenfield-wch.nhs.uk>",
      subject="Maternity services update - June 2031",
      body="<html><body><h2>Wrenfield Maternity Services Update</h2>"
           "<p>For information only - no action required by practices.</p>"
           "<table border=\"1\"><tr><th>Service</th><th>Change</th></tr>"
           "<tr><td>Maternity triage</td><td>New direct line 0151 496 0750, 24 hours</td></tr>"
           "<tr><td>Antenatal clinic</td><td>Evening clinics on Tuesdays from July</td></tr></table>"
           "<p>Women can self-refer to maternity care online; practices do not need to refer.</p>"
           "</body></html>\n")


# ====================================================================== building

TAG = "s16"  # Message-ID and DSN boundary tag


def plain_text(body: str, width: int = 0) -> str:
    lines = textwrap.dedent(body).strip("\n").split("\n")
    if width:  # re-flow hand-broken prose, then wrap as a mail client would, so the body stays 7bit
        flowed: list[str] = []
        for x in lines:
            if flowed and len(flowed[-1]) >= 90 and x.strip() and not re.match(r"\s*(-|\d+[.)] )", x):
                flowed[-1] += " " + x.strip()
            else:
                flowed.append(x)
        lines = flowed
        lines = [textwrap.fill(x, width=width, break_long_words=False, break_on_hyphens=False,
                               subsequent_indent=re.match(r"\s*", x).group()) if len(x) > width else x
                 for x in lines]
    return "\n".join(lines) + "\n"


CELL = 'style="border:1px solid #8a8a8a;padding:4px 8px;vertical-align:top"'
HEADING = '<p style="font-weight:bold;color:#003087;margin:14px 0 4px 0">{}</p>'


def html_letter(p, dept, blocks, opts) -> str:
    """This corpus's HTML house style: an NHS-blue banner, or (head="table") a table letterhead."""
    if opts.get("head") == "table":
        top = kit.table_letterhead(p, dept, "NHS - Confidential")
    else:
        top = (f'<div style="background:#005eb8;color:#fff;padding:6px"><b>{html.escape(p["name"])}</b></div>'
               f'<div style="font-size:9pt">{html.escape(dept)} &middot; {html.escape(p["site"])} &middot; '
               f'{html.escape(", ".join(p["addr"]))} &middot; Tel {html.escape(p["phone"])}</div>')
    body = kit.html_blocks(blocks, heading=HEADING, cell=CELL, header=opts.get("header", False))
    return kit.html_page(dept, top, body, font="Arial,sans-serif",
                         footer="This e-mail is confidential and intended for the named recipient only.")


def build_letter(L) -> bytes:
    p = PROV[L["prov"]]
    opts = L["opts"]
    msg = kit.letter_message(L, p, PRACTICE_TO, TAG, provider_domain=True)
    ref = f"S16-{L['key'].upper()}"
    fmt = L["fmt"]
    if fmt == "plain":
        msg.set_content(plain_text(L["body"], width=76))
    elif fmt == "qp":
        msg.set_content(plain_text(L["body"]), cte="quoted-printable")
    elif fmt == "html":
        blocks = parse_markup(L["body"])
        kit.set_html(msg, html_letter(p, L["dept"], blocks, opts),
                     kit.markup_to_plain(blocks) if opts.get("alt") else None)
    elif fmt == "reply":
        orig_sent = london(opts["orig_sent"])
        msg["In-Reply-To"] = opts["inreply"]
        msg["References"] = opts["inreply"]
        new = "".join(f"<p>{html.escape(par).replace(chr(10), '<br>')}</p>\n"
                      for par in plain_text(L["body"]).strip().split("\n\n"))
        quoted = "".join(f"<p>{html.escape(par).replace(chr(10), '<br>')}</p>\n"
                         for par in plain_text(opts["orig"]).strip().split("\n\n"))
        hdr = (f"<b>From:</b> {html.escape(PRACTICE_TO)}<br>\n"
               f"<b>Sent:</b> {orig_sent.strftime('%d %B %Y %H:%M')}<br>\n"
               f"<b>To:</b> {html.escape(opts['from'])}<br>\n"
               f"<b>Subject:</b> {html.escape(L['subject'][4:])}")
        page = ('<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif">\n'
                '<div class="WordSection1">\n' + new + '</div>\n'
                '<div style="border-top:solid #E1E1E1 1pt;padding-top:3pt">\n<p>' + hdr + "</p>\n</div>\n"
                '<div class="quoted">\n' + quoted + "</div>\n</body></html>\n")
        msg.set_content(page, subtype="html")
    else:
        kit.attach_letter(msg, L, p, cover=COVER[L["prov"]], doctype=DOCTYPE[L["kind"]],
                          title=f"{DOCTYPE[L['kind']].title()} {ref}", ref=ref, extra=opts.get("extra", []))
    return msg.as_bytes(policy=email.policy.SMTP)


def build_other(o) -> bytes:
    """One non-letter message, with the headers that mark mass mailings, auto-replies and bounces."""
    return kit.other_message(o, PRACTICE_TO, TAG)


def all_items():
    """Every message of this corpus in file order."""
    return kit.all_items(LETTERS, OTHERS)


def build():
    kit.build_corpus(OUT, PREFIX, all_items(), PROV, build_letter, build_other)


# ====================================================================== verification

def corpus_checks(labels, items) -> list[str]:
    """What this corpus promises beyond the shared checks: a spring-2031 window (so every Date is BST), every
    category used at least twice, and two or three urgent letters."""
    return (kit.check_window(labels, items, "2031-04-01", "2031-06-30", utc_hours=1)
            + kit.check_spread(labels, min_uses=2, urgent=(2, 3)))


def verify():
    return kit.verify_corpus(OUT, PREFIX, all_items(), corpus_checks)


def summary():
    formats = Counter(item["fmt"] if k == "L" else "other:" + item["type"] for k, item, _ in all_items())
    kit.print_summary(OUT, formats=formats, negatives="no findings")


if __name__ == "__main__":
    sys.exit(kit.main(sys.argv[1:], build, verify, summary))
