#!/usr/bin/env python3
"""Build the 'fourteenth' labelled test corpus (independent-sector, MSK, community paediatrics,
urgent care / NHS 111, hospice, sexual health and acute e-discharge styles, all dates in 2030).

Usage:
    python3 tests/corpus/make_fourteenth.py            # build, then verify
    python3 tests/corpus/make_fourteenth.py --verify-only

Deterministic: fixed MIME boundaries, fixed PDF/DOCX metadata, no randomness.
All people, organisations and addresses are invented; NHS numbers are in the 999 test range.
"""
from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import json
import re
import sys
import textwrap
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from make_third import (  # noqa: E402
    CATEGORIES,
    KINDS,
    collapse,
    docx_text,
    make_docx,
    make_pdf,
    parse_markup,
    pdfium_text,
    spaced,
)

OUT = HERE / "fourteenth"
LONDON = ZoneInfo("Europe/London")
PREFIX = "fourteenth"

PRACTICE = "Copperbeech Medical Practice"
PRACTICE_ADDR = "copperbeech.medicalpractice@nhs.net"
PRACTICE_TO = f"{PRACTICE} <{PRACTICE_ADDR}>"
GP_ADDRESSEE = ["Dr H Mallinson", PRACTICE, "7 Tanyard Row", "Lowmere", "LM3 8QE"]

def nhs_valid(n: str) -> bool:
    if not re.fullmatch(r"\d{10}", n):
        return False
    total = sum(int(c) * (10 - i) for i, c in enumerate(n[:9]))
    chk = 11 - total % 11
    chk = 0 if chk == 11 else chk
    return chk != 10 and chk == int(n[9])


def nhs_from(seed: int) -> str:
    """Deterministic valid 999-range NHS number from a seed (skips bodies with no check digit)."""
    s = seed
    while True:
        d = "999" + f"{s % 1000000:06d}"
        total = sum(int(c) * (10 - i) for i, c in enumerate(d))
        chk = 11 - total % 11
        chk = 0 if chk == 11 else chk
        if chk != 10:
            return d + str(chk)
        s += 1


def at(s: str) -> dt.datetime:
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=LONDON)


# --------------------------------------------------------------------------- providers

PROVIDERS = {
    "isc": dict(
        name="Orrinford Healthcare Ltd", site="Marrowfield NHS Treatment Centre",
        addr=["Quarry Lane", "Marrowfield", "MF2 6TR"], phone="01632 960 301",
        domain="orrinford-health.example.co.uk",
        sender="Marrowfield Treatment Centre <marrowfield.tc@nhs.net>"),
    "msk": dict(
        name="Kinetra MSK Partners Ltd", site="Lowmere Community MSK & Physiotherapy Service (NHS)",
        addr=["Unit 3, Weaver's Yard", "Lowmere", "LM1 4DS"], phone="01632 960 417",
        domain="kinetra-msk.example.co.uk",
        sender="Kinetra NHS MSK Service <kinetra.nhsmsk@nhs.net>"),
    "paeds": dict(
        name="Fennick Vale Community Healthcare NHS Trust", site="Brookside Child Health Centre",
        addr=["Brookside Road", "Fennick", "FV4 2JN"], phone="0115 496 0622",
        domain="fennickvale-ch.nhs.uk",
        sender="Community Paediatrics (Brookside) <fvch.commpaeds@nhs.net>"),
    "utc": dict(
        name="Saltmarsh Urgent Care CIC", site="Lowmere Urgent Treatment Centre",
        addr=["Harbour Approach", "Lowmere", "LM2 9PB"], phone="01632 960 555",
        domain="saltmarsh-uc.example.org.uk",
        sender="Lowmere UTC Clinical Records <lowmere.utc@nhs.net>"),
    "hospice": dict(
        name="St Ebba's Hospice", site="St Ebba's Hospice Specialist Palliative Care Team",
        addr=["Chantry Walk", "Fennick", "FV1 7AA"], phone="01632 960 880",
        domain="stebbashospice.example.org.uk",
        sender="St Ebba's Hospice Clinical Admin <clinicaladmin@stebbashospice.example.org.uk>"),
    "sh": dict(
        name="Wyvernmoor Community Health NHS Trust", site="Harbour Street Sexual Health Clinic",
        addr=["22 Harbour Street", "Lowmere", "LM2 3HS"], phone="0114 496 0713",
        domain="wyvernmoor-ch.nhs.uk",
        sender="Harbour Street Sexual Health <wch.sexualhealth@nhs.net>"),
    "acute": dict(
        name="Ravensholt Hospitals NHS Foundation Trust", site="Ravensholt General Hospital",
        addr=["Beacon Hill Road", "Ravensholt", "RV6 1LW"], phone="0113 496 0240",
        domain="ravensholt.nhs.uk",
        sender="Ravensholt eCorrespondence <no-reply.letters@ravensholt.nhs.uk>"),
}

COVER = {
    "isc": "Dear Practice,\n\nPlease find attached correspondence from Marrowfield NHS Treatment Centre "
           "(operated by Orrinford Healthcare Ltd on behalf of the NHS).\n\nMarrowfield Medical Secretaries\n",
    "msk": "Hello,\n\nAttached is a letter from the Lowmere Community MSK service (Kinetra MSK Partners).\n\n"
           "Kinetra admin team\n",
    "paeds": "Please find attached a letter from Community Paediatrics, Brookside Child Health Centre.\n\n"
             "Fennick Vale Community Healthcare NHS Trust\n",
    "utc": "Lowmere UTC - attendance record attached.\nThis mailbox is send-only.\n",
    "hospice": "Dear Copperbeech team,\n\nCorrespondence from the hospice palliative care team is attached."
               "\n\nWith best wishes\nClinical Admin, St Ebba's Hospice\n",
    "sh": "Hello,\n\nPlease see the attached letter from Harbour Street Sexual Health (patient consented to GP "
          "contact).\n\nSH admin\n",
    "acute": "Ravensholt Hospitals NHS Foundation Trust - electronic correspondence.\nAttached: {doctype} "
             "({spec}).\nDo not reply to this address.\n",
}

DOCTYPE = {"clinic_letter": "Clinic letter", "discharge_summary": "Discharge summary",
           "referral_response": "Referral response", "results": "Results letter", "ed_letter": "Attendance summary"}

# --------------------------------------------------------------------------- patients

_pseed = [0]


def P(name, dob, seed):
    return {"name": name, "nhs_number": nhs_from(seed), "dob": dob}


LETTERS: list[dict] = []


def letter(**kw):
    kw.setdefault("exp", [])
    kw.setdefault("urgent", False)
    kw.setdefault("event", None)
    kw.setdefault("ev_time", None)
    kw.setdefault("to_patient", None)
    LETTERS.append(kw)


# ===================================================================== positives

letter(
    prov="isc", kind="discharge_summary", spec="Trauma & Orthopaedics", fmt="pdf",
    clin="Mr P Ashdown-Reyes", pat=P("Gillian Threlkeld", "1952-09-14", 301244),
    event="2030-03-04", sent="2030-03-07 09:40",
    subject="e-Discharge summary - Marrowfield NHS Treatment Centre",
    text="""
    # E-DISCHARGE SUMMARY
    Date of admission: 01/03/2030
    Date of discharge: 04/03/2030
    Consultant: Mr P Ashdown-Reyes, Consultant Orthopaedic Surgeon
    Procedure: L total hip replacement (cemented), 01/03/2030

    # Clinical summary
    Uncomplicated L THR under spinal. Mobilising with 2 crutches, cleared by physio and OT.
    Hb 104 on day 2, no transfusion. Wound clean and dry on discharge, clips in situ.

    # Medication changes
    | Medicine | Change | TTO supplied |
    | Enoxaparin 40 mg SC od | NEW: VTE prophylaxis, 28 days in total | 3 days |
    | Co-codamol 30/500 2 tabs qds prn | NEW | 7 days |
    | Ramipril 5 mg od | Unchanged | Own supply |

    # Actions for GP
    - Enoxaparin: only 3 days supplied on TTO, GP pls prescribe remaining 22 days of the course.
    - Practice nurse to remove clips and check wound at day 12-14 post-op.
    - Ortho f/u in 6/52 with check XR: appointment will be sent by our bookings team.
    """,
    exp=[("hospital_only_prescribing",
          "Enoxaparin: only 3 days supplied on TTO, GP pls prescribe remaining 22 days of the course"),
         ("post_procedure_care", "Practice nurse to remove clips and check wound at day 12-14 post-op"),
         ("late_discharge_summary", "Date of discharge: 04/03/2030")],
    notes="ISC e-discharge: short TTO of LMWH with GP asked to supply rest; clip removal to practice; sent 3 days late")

letter(
    prov="isc", kind="clinic_letter", spec="General Surgery", fmt="body",
    clin="Sr K Bellweather, Surgical Nurse Practitioner", pat=P("Darren Hoxley", "1979-02-03", 301377),
    event="2030-04-15", sent="2030-04-17 11:05",
    subject="Post-op telephone review - D Hoxley",
    text="""
    Post-op nurse telephone clinic, 15/04/2030

    S: 1/52 post lap R inguinal hernia repair (day case 08/04/2030). Pain settling, paracetamol only.
    Works as a scaffolder, heavy lifting all day.
    O: Port sites healed on photo sent by pt. Afebrile. No urinary sx.
    A: Recovering as expected.
    P: No heavy lifting for 4/52.
    We'd be grateful if his GP could issue a fit note covering the next 4 weeks, as he cannot do scaffolding work yet.
    No further f/u planned from Marrowfield; discharged from our care.
    """,
    exp=[("fit_note", "We'd be grateful if his GP could issue a fit note covering the next 4 weeks")],
    notes="Post-operative fit note pushed to GP by the operating provider")

letter(
    prov="isc", kind="clinic_letter", spec="Trauma & Orthopaedics", fmt="docx",
    clin="Mr T Okonkwo-Hale", pat=P("Brenda Astley", "1958-11-22", 301512),
    event="2030-04-23", sent="2030-04-25 14:20",
    subject="Orthopaedic clinic letter - B Astley",
    text="""
    Clinic: Marrowfield knee clinic, 23/04/2030

    Impression: R knee end-stage OA (tricompartmental on XR). Failed conservative mx. Listed today for R TKR.

    Plan:
    - Could the surgery arrange an ECG plus FBC, U&Es and HbA1c before her pre-op assessment on 20/05 and forward us the results.
    - Kindly organise completion of the enclosed Marrowfield pre-operative health questionnaire (GP section) and return it to our pre-assessment team within 2 weeks.
    - Stop HRT 4/52 pre-op: pt aware and agreeable.
    """,
    exp=[("tests_for_hospital",
          "Could the surgery arrange an ECG plus FBC, U&Es and HbA1c before her pre-op assessment"),
         ("non_contractual_admin",
          "Kindly organise completion of the enclosed Marrowfield pre-operative health questionnaire (GP section)")],
    notes="Pre-op work-up and provider's own questionnaire pushed to practice")

letter(
    prov="msk", kind="clinic_letter", spec="MSK Physiotherapy", fmt="body",
    clin="Ms R Penhallow, Advanced Practice Physiotherapist", pat=P("Callum Fenby", "1996-06-30", 302018),
    event="2030-02-11", sent="2030-02-12 16:45",
    subject="MSK assessment - C Fenby",
    text="""
    MSK APP assessment 11/02/2030

    S: 34M, 8/12 LBP, EMS ~90 min, wakes 3am with pain, better with exercise, worse with rest.
    Mother has psoriasis. No bladder/bowel sx, no saddle anaesthesia.
    O: Lumbar flexion reduced (modified Schober 3 cm). SIJ provocation +ve bilat. Neuro intact.
    A: ?axial SpA - several inflammatory features.
    P:
    - It would be helpful if HLA-B27, CRP and ESR could be done at the surgery.
    - We suggest the practice refers him to rheumatology for assessment of possible axial spondyloarthritis.
    - Continue home exercise programme; r/v with physio in 6/52.
    """,
    exp=[("tests_for_hospital", "It would be helpful if HLA-B27, CRP and ESR could be done at the surgery"),
         ("onward_referral",
          "We suggest the practice refers him to rheumatology for assessment of possible axial spondyloarthritis")],
    notes="Private MSK provider asks GP for its diagnostic bloods and onward rheumatology referral")

letter(
    prov="msk", kind="clinic_letter", spec="MSK Physiotherapy", fmt="body",
    clin="Kinetra MSK bookings team", pat=P("Jordan Muckle", "1988-01-17", 302164),
    event=None, sent="2030-03-13 10:02",
    subject="Did not attend - J Muckle",
    text="""
    Mr Muckle did not attend his initial physiotherapy assessment on 12/03/2030 and did not contact us beforehand.

    In line with the Kinetra access policy he has now been discharged from the MSK service.
    We would ask the practice to submit a new referral via the e-RS MSK triage form so that he can be offered another date.
    """,
    exp=[("dna_rereferral",
          "We would ask the practice to submit a new referral via the e-RS MSK triage form so that he can be offered another date")],
    notes="Discharged after a single DNA, practice asked to re-refer")

letter(
    prov="msk", kind="referral_response", spec="MSK Interface / Orthopaedic Triage", fmt="pdf",
    clin="Mr S Adebayo-Lund, APP (MSK Interface)", pat=P("Ann-Marie Yeoman", "1971-05-09", 302311),
    event=None, sent="2030-05-06 08:55",
    subject="Referral triage outcome - A Yeoman",
    text="""
    # Triage outcome: referral not accepted
    Referral reason: L knee pain ?meniscal tear, request for orthopaedic opinion.
    Outcome: returned to referrer.

    Comments: no imaging or conservative management documented.
    We leave it with you to obtain a weight-bearing XR of the L knee and to complete 6/52 of analgesia and home exercises before re-referring to the service.

    A knee exercise leaflet is enclosed for the patient.
    """,
    exp=[("referral_returned_for_workup",
          "We leave it with you to obtain a weight-bearing XR of the L knee and to complete 6/52 of analgesia and home exercises before re-referring")],
    notes="Referral bounced back for imaging and conservative work-up")

letter(
    prov="paeds", kind="clinic_letter", spec="Community Paediatrics", fmt="docx",
    clin="Dr F Quayle, Specialty Registrar", pat=P("Tobi Ogunleye", "2024-03-12", 303047),
    to_patient="Dear Mr and Mrs Ogunleye,",
    event="2030-06-03", sent="2030-06-06 13:30",
    subject="Community paediatrics - Tobi Ogunleye",
    text="""
    Thank you for bringing Tobi to see me at Brookside on 03/06/2030 about his growth.

    Tobi's weight has dropped from the 25th to below the 9th centre line over the last year, although he is otherwise well.

    We would like some blood tests before we see him again in 3 months.
    Please book an appointment at Tobi's GP surgery so that they can take blood for FBC, ferritin, TFTs and a coeliac screen.

    Copy: Dr H Mallinson, Copperbeech Medical Practice
    """,
    exp=[("tests_for_hospital",
          "Please book an appointment at Tobi's GP surgery so that they can take blood for FBC, ferritin, TFTs and a coeliac screen")],
    notes="Letter to parents (cc GP) sending the child to the GP for the paediatrician's own bloods")

letter(
    prov="paeds", kind="clinic_letter", spec="Community Paediatrics (ADHD)", fmt="body",
    clin="Dr L Marchetti, Consultant Community Paediatrician", pat=P("Rhys Garbutt", "2020-10-01", 303192),
    event="2030-06-17", sent="2030-06-19 09:12",
    subject="ADHD review - Rhys Garbutt",
    text="""
    Seen in ADHD clinic 17/06/2030 with mum.

    Impression: ADHD, combined presentation. Good response to methylphenidate XL 36 mg mane; school reports big improvement.
    BP 102/64, HR 88, wt 27.4 kg (25th centile, stable).

    Plan:
    - Continue methylphenidate XL 36 mg mane.
    - We would appreciate the practice taking over prescribing of methylphenidate from next month, with BP, pulse and weight checks every 6 months.
    - r/v in community paeds clinic in 12/12.
    """,
    exp=[("shared_care_without_agreement",
          "We would appreciate the practice taking over prescribing of methylphenidate from next month, with BP, pulse and weight checks every 6 months")],
    notes="Amber ADHD stimulant handed over with monitoring, no shared-care agreement offered")

letter(
    prov="paeds", kind="referral_response", spec="Community Paediatrics (Neurodevelopmental)", fmt="body",
    clin="Neurodevelopmental triage panel", pat=P("Maisie Lathbury", "2026-02-20", 303355),
    event=None, sent="2030-01-21 15:40",
    subject="Referral outcome - Maisie Lathbury",
    text="""
    Thank you for referring Maisie (age 3) with ?autism spectrum condition.

    Unfortunately the panel has not been able to accept the referral at this stage.
    Could the surgery arrange a hearing test through audiology and obtain a nursery SENCo report, then re-refer with both enclosed.
    """,
    exp=[("referral_returned_for_workup",
          "Could the surgery arrange a hearing test through audiology and obtain a nursery SENCo report, then re-refer with both enclosed")],
    notes="Neurodevelopmental referral rejected pending GP-arranged work-up")

letter(
    prov="utc", kind="ed_letter", spec="Urgent Treatment Centre", fmt="body",
    clin="Mr D Varga, Emergency Nurse Practitioner", pat=P("Kieran Slingsby", "1990-08-08", 304021),
    event="2030-07-20", sent="2030-07-20 22:48",
    subject="UTC attendance - K Slingsby",
    text="""
    Attended Lowmere UTC 20/07/2030 19:05

    PC: 4 cm laceration dorsum L hand from broken glass, 6 hrs old, ?contaminated.
    Ex: no tendon involvement, NV intact. XR: no FB.
    Mx: irrigated, 5 x 4/0 Ethilon sutures, wound swab sent. Co-amoxiclav 625 mg tds x 5/7 supplied. Tetanus up to date.

    GP follow-up:
    - GP to chase wound swab result and adjust antibiotics if needed.
    - Suture removal at the GP practice in 10-14 days.
    """,
    exp=[("results_chasing", "GP to chase wound swab result and adjust antibiotics if needed"),
         ("post_procedure_care", "Suture removal at the GP practice in 10-14 days")],
    notes="UTC-ordered swab result and aftercare of its own suturing passed to practice")

letter(
    prov="utc", kind="ed_letter", spec="Urgent Treatment Centre", fmt="pdf", urgent=True,
    clin="Dr A Nwachukwu, UTC GP", pat=P("Leonard Pickersgill", "1962-04-27", 304188),
    event="2030-09-09", sent="2030-09-09 21:10",
    subject="URGENT - UTC attendance - L Pickersgill",
    text="""
    # Lowmere UTC attendance summary
    Attendance: 09/09/2030 15:20

    PC: 3/12 fatigue, SOBOE, ~6 kg wt loss, looser stools.
    Ix at UTC: FBC Hb 71 g/L, MCV 68, plt 412. ECG sinus rhythm.
    Impression: microcytic anaemia ?iron deficiency, ?GI blood loss.
    Pt declined transfer to ED for same-day medical assessment; capacity assessed, understands risks.

    # Plan
    - GP pls r/v within 48 hrs re today's Hb of 71 and decide on transfusion / admission.
    - Pls make an urgent suspected lower GI cancer referral given IDA picture, weight loss and altered bowel habit.
    - Safety-netted: 999 if chest pain, syncope or black stools.
    """,
    exp=[("results_chasing", "GP pls r/v within 48 hrs re today's Hb of 71 and decide on transfusion / admission"),
         ("onward_referral",
          "Pls make an urgent suspected lower GI cancer referral given IDA picture, weight loss and altered bowel habit")],
    notes="Dangerously low Hb from UTC bloods left for GP plus suspected-cancer referral: urgent")

letter(
    prov="hospice", kind="clinic_letter", spec="Palliative Medicine", fmt="docx",
    clin="Dr M Ellery-Stone, Specialty Registrar in Palliative Medicine", pat=P("Patricia Wragg", "1954-12-02", 305033),
    event="2030-08-05", sent="2030-08-05 17:25",
    subject="Hospice home visit - P Wragg",
    text="""
    Home visit 05/08/2030 with CNS J Rookwood.

    Impression: complex neuropathic pain from sacral recurrence of rectal ca; poorly controlled on pregabalin 150 mg bd and oxycodone MR 30 mg bd.

    Plan:
    - Trial of oral ketamine (unlicensed, specialist-initiated) 10 mg tds, titrating by phone.
    - It would be helpful if the practice could issue the first prescription for ketamine oral solution today so that she can start tonight.
    - Hospice CNS to phone daily this week.
    """,
    exp=[("hospital_only_prescribing",
          "It would be helpful if the practice could issue the first prescription for ketamine oral solution today")],
    notes="Unlicensed specialist-initiated drug, GP asked to issue first script")

letter(
    prov="hospice", kind="results", spec="Palliative Care Day Therapy", fmt="body", urgent=True,
    clin="Ms G Thorne, Palliative Care CNS", pat=P("Ernest Blakiston", "1949-07-19", 305190),
    event="2030-10-02", sent="2030-10-02 16:05",
    subject="Blood result from day therapy - E Blakiston",
    text="""
    Bloods taken in hospice day therapy this morning (02/10/2030):
    Corrected calcium 3.24 mmol/L, Cr 141, eGFR 42.

    Mr Blakiston (metastatic prostate ca) has been more drowsy and constipated this week, consistent with hypercalcaemia.
    He has gone home and would prefer treatment to avoid admission if possible.

    We leave it with you to act on this result today, including arranging IV fluids and a bisphosphonate through the acute oncology team.
    """,
    exp=[("results_chasing",
          "We leave it with you to act on this result today, including arranging IV fluids and a bisphosphonate through the acute oncology team")],
    notes="Hospice-ordered result showing hypercalcaemia handed to GP for same-day action: urgent")

letter(
    prov="sh", kind="clinic_letter", spec="Sexual & Reproductive Health", fmt="pdf",
    clin="Dr N Haverstock, Specialty Doctor", pat=P("Chloe Ambridge-Latham", "2004-01-30", 306044),
    event="2030-03-18", sent="2030-03-20 12:00",
    subject="Sexual health clinic letter",
    text="""
    # Harbour Street Sexual Health - clinic letter
    Seen 18/03/2030 (patient consents to GP contact)

    S: 26F, post-coital bleeding for 3/12, new partner 4/12 ago. Cytology up to date (neg 2028).
    O: Cervix: ectropion, contact bleeding. No CMT. Swabs taken.
    A: PCB, STI screen in progress (chlamydia/GC NAATs neg); syphilis serology pending.
    P:
    - We suggest the practice checks her syphilis serology result in 2/52 and treats if reactive.
    - Pls refer to the gynaecology PCB clinic, as bleeding persists despite a negative STI screen.
    """,
    exp=[("results_chasing",
          "We suggest the practice checks her syphilis serology result in 2/52 and treats if reactive"),
         ("onward_referral", "Pls refer to the gynaecology PCB clinic, as bleeding persists despite a negative STI screen")],
    notes="Clinic-ordered serology left for GP; onward gynae referral for a related problem")

letter(
    prov="sh", kind="results", spec="Sexual & Reproductive Health", fmt="body",
    clin="Harbour Street health adviser team", pat=P("Leanne Broadbent", "1998-09-11", 306201),
    to_patient="Dear Ms Broadbent,",
    event="2030-05-27", sent="2030-06-03 10:30",
    subject="Your results - Harbour Street Sexual Health",
    text="""
    Thank you for attending Harbour Street Sexual Health on 27/05/2030.

    Some of your blood test results need to be talked through with you.
    Please ring your GP surgery to make an appointment to go through these results, as we are unable to give them out by phone.

    cc: Copperbeech Medical Practice
    """,
    exp=[("patient_redirected_to_gp",
          "Please ring your GP surgery to make an appointment to go through these results")],
    notes="Patient sent to GP for the clinic's own results")

letter(
    prov="acute", kind="discharge_summary", spec="General Medicine", fmt="pdf",
    clin="Dr Y Castellano, ST5 General Medicine", pat=P("Margaret Oldroyd", "1958-03-05", 307015),
    event="2030-07-02", ev_time="16:20", sent="2030-07-02 19:05",
    subject="Discharge summary - M Oldroyd",
    text="""
    # Ravensholt e-Discharge
    Ward: Skelwith Ward (General Medicine)
    Admitted: 26/06/2030   Discharged: 02/07/2030 16:20
    Diagnosis: decompensated HFrEF; new autoimmune hepatitis (hepatology input).

    # Medication changes
    | Drug | Status | Comment |
    | Spironolactone | Dose increased 25 mg to 50 mg od | K+ 4.6 on discharge |
    | Azathioprine 50 mg od | Started 30/06/2030 | TPMT normal |
    | Furosemide 40 mg od | Unchanged | 14 days TTO |

    # Actions for GP
    - Pls repeat U&Es in 1/52 as spironolactone dose increased.
    - GP to continue azathioprine and do FBC and LFTs every 2 weeks for 3 months.
    - Hepatology OPD 8/52: booked.
    """,
    exp=[("tests_for_hospital", "Pls repeat U&Es in 1/52 as spironolactone dose increased"),
         ("shared_care_without_agreement",
          "GP to continue azathioprine and do FBC and LFTs every 2 weeks for 3 months")],
    notes="Structured e-discharge: drug-monitoring bloods and amber immunosuppressant handed over without agreement")

letter(
    prov="isc", kind="clinic_letter", spec="Hand Surgery", fmt="docx",
    clin="Miss E Garside-Nunn, Consultant Hand Surgeon", pat=P("Victor Kettleborough", "1967-10-14", 301690),
    to_patient="Dear Mr Kettleborough,",
    event="2030-05-02", sent="2030-05-15 15:50",
    subject="Your hand clinic appointment",
    text="""
    Clinic date: 02/05/2030

    It was good to meet you in the hand clinic. Your nerve conduction study confirms moderate carpal tunnel syndrome on the right and I have added you to the waiting list for a right carpal tunnel release under local anaesthetic.

    If you have not heard about your operation date within 8 weeks, please contact your GP surgery, who can chase this for you.
    After the operation please ask your GP for a fit note to cover your time off work.

    cc: Dr H Mallinson, Copperbeech Medical Practice
    """,
    exp=[("patient_redirected_to_gp", "please contact your GP surgery, who can chase this for you"),
         ("fit_note", "After the operation please ask your GP for a fit note to cover your time off work"),
         ("late_clinic_letter", "Clinic date: 02/05/2030")],
    notes="Letter to patient: provider's own booking queries and post-op fit note sent to GP; 13 days after clinic")

letter(
    prov="acute", kind="clinic_letter", spec="Cardiology", fmt="body",
    clin="Dr O Fairbrother, Cardiology Registrar", pat=P("Harold Quenby", "1966-01-25", 307168),
    event="2030-06-11", sent="2030-06-24 08:30",
    subject="Cardiology clinic - H Quenby",
    text="""
    Hypertension clinic: 11/06/2030

    S: 64M, resistant HTN on amlodipine 10, ramipril 10, indapamide 2.5. No CP/SOB.
    O: BP 162/94 (clinic), HR 72 reg. Heart sounds normal.
    A: Resistant HTN ?white coat element ?secondary cause.
    P:
    - 24h ABPM and echo requested by our department; we will send appointments.
    - Aldosterone/renin ratio taken in clinic today; I will review the result.
    - Pls complete the enclosed hypertension audit proforma with his last 3 surgery BP readings and return it to the cardiology secretaries.
    - r/v 3/12.
    """,
    exp=[("non_contractual_admin",
          "Pls complete the enclosed hypertension audit proforma with his last 3 surgery BP readings and return it to the cardiology secretaries"),
         ("late_clinic_letter", "Hypertension clinic: 11/06/2030")],
    notes="Registrar SOAP letter: hospital audit paperwork to practice; sent 13 days after clinic. Tests done by hospital")

letter(
    prov="paeds", kind="clinic_letter", spec="Community Paediatrics", fmt="docx",
    clin="Community Paediatrics admin", pat=P("Kayden Moxon", "2023-07-04", 303518),
    event=None, sent="2030-03-07 11:15",
    subject="Was not brought - Kayden Moxon",
    text="""
    Kayden was not brought to his community paediatric appointments on 06/02/2030 and 05/03/2030.

    He has therefore been discharged to GP care.
    Kindly send a fresh referral so that we can offer the family a new appointment.
    """,
    exp=[("dna_rereferral", "Kindly send a fresh referral so that we can offer the family a new appointment")],
    notes="Was-not-brought discharge with GP asked to re-refer")

letter(
    prov="isc", kind="discharge_summary", spec="Ophthalmology", fmt="body",
    clin="Mr R Deshpande-Cole, Consultant Ophthalmologist", pat=P("Iris Tunnicliffe", "1946-04-16", 301833),
    event="2030-06-10", ev_time="14:30", sent="2030-06-12 09:15",
    subject="Day case discharge - cataract - I Tunnicliffe",
    text="""
    DAY CASE DISCHARGE - MARROWFIELD EYE UNIT
    Discharged: 10/06/2030 14:30
    Procedure: L phaco + IOL, uncomplicated.

    TTO: Dexamethasone 0.1% eye drops qds - 5 days supplied. Chloramphenicol 0.5% qds 2/52 - full course supplied.

    Actions for GP:
    - GP to prescribe the remaining 3 weeks of dexamethasone drops on a reducing regime (qds 1/52, tds 1/52, bd 1/52).
    - Post-op check at our optometry clinic in 4/52 (booked).
    """,
    exp=[("hospital_only_prescribing",
          "GP to prescribe the remaining 3 weeks of dexamethasone drops on a reducing regime"),
         ("late_discharge_summary", "Discharged: 10/06/2030 14:30")],
    notes="Under-supplied post-op drops left to GP; summary sent ~43 h after discharge")

letter(
    prov="msk", kind="clinic_letter", spec="MSK Physiotherapy (Spinal)", fmt="pdf", urgent=True,
    clin="Mr G Lindqvist, Consultant Physiotherapist", pat=P("Walter Brierley", "1959-02-28", 302477),
    event="2030-11-04", sent="2030-11-05 09:30",
    subject="URGENT - MSK spinal assessment - W Brierley",
    text="""
    # Spinal APP clinic 04/11/2030
    S: 71M, 6/52 thoracolumbar pain, constant, worse at night, 4 kg wt loss. No neuro sx.
    O: Tender L3 spinous process. Neuro exam normal.
    Ix: Lumbar XR (requested by our service) reported: ?lytic lesion L3 vertebral body, ?pathological.
    A: Red flags: possible metastatic disease or myeloma.
    P:
    - Could you please arrange an urgent myeloma screen (FBC, U&Es, bone profile, serum protein electrophoresis and free light chains) within the next few days.
    - Kindly refer him on the suspected cancer pathway for ?metastatic disease/myeloma.
    - Given MSCC advice and red-flag card; advised to attend ED if any leg weakness or sphincter change.
    """,
    exp=[("tests_for_hospital",
          "Could you please arrange an urgent myeloma screen (FBC, U&Es, bone profile, serum protein electrophoresis and free light chains) within the next few days"),
         ("onward_referral", "Kindly refer him on the suspected cancer pathway for ?metastatic disease/myeloma")],
    notes="MSK provider found a possible malignant lesion and left the work-up and cancer referral to GP: urgent")

# ===================================================================== hard negatives

letter(
    prov="isc", kind="discharge_summary", spec="Trauma & Orthopaedics", fmt="docx",
    clin="Mr P Ashdown-Reyes", pat=P("Norman Ibbetson", "1970-09-09", 301901),
    event="2030-03-10", ev_time="15:00", sent="2030-03-10 18:40",
    subject="e-Discharge summary - N Ibbetson",
    text="""
    E-DISCHARGE SUMMARY
    Date of discharge: 10/03/2030 15:00
    Procedure: R knee arthroscopy and partial medial meniscectomy.

    Medication changes
    | Medicine | Change |
    | Amlodipine 5 mg od | Continue, unchanged |
    | Paracetamol 1 g qds prn | NEW, 14 days supplied |

    Follow-up arranged by Marrowfield:
    - Clips will be removed at our own dressing clinic on 24/03/2030; appointment already booked.
    - Fit note issued on discharge for 2 weeks.

    Actions for GP: none.
    """,
    notes="Hard negative: provider does its own clip removal, issued fit note, green drug to continue")

letter(
    prov="msk", kind="clinic_letter", spec="MSK Physiotherapy", fmt="body",
    clin="Ms A Rowntree, Physiotherapist", pat=P("Samir Dalgleish", "1984-12-12", 302603),
    event="2030-04-29", sent="2030-04-30 12:10",
    subject="Discharge from physiotherapy - S Dalgleish",
    text="""
    Physio discharge 29/04/2030

    R shoulder impingement: 5 sessions, full AROM, pain 1/10, goals met. Discharged with home exercise programme.
    Should his shoulder symptoms recur within 6/12, he may be re-referred to the MSK service.
    No GP action needed.
    """,
    notes="Hard negative: conditional re-referral safety net and explicit no action")

letter(
    prov="paeds", kind="clinic_letter", spec="Community Paediatrics", fmt="pdf",
    clin="Dr F Quayle, Specialty Registrar", pat=P("Poppy Wilberforce", "2025-05-05", 303660),
    event="2030-09-16", sent="2030-09-18 10:20",
    subject="Community paediatrics - Poppy Wilberforce",
    text="""
    # Community Paediatrics clinic 16/09/2030
    Impression: selective eating, growth tracking 9th centile, no red flags.
    Plan:
    - We will arrange FBC, ferritin and vitamin D in our own phlebotomy clinic at Brookside on the day of her next appointment.
    - I have referred her directly to the paediatric dietitian.
    - r/v 4/12 with results.
    """,
    notes="Hard negative: provider does its own bloods and onward referral")

letter(
    prov="utc", kind="ed_letter", spec="Urgent Treatment Centre", fmt="body",
    clin="Ms P Kowalczyk, ENP", pat=P("Tamsin Reddaway", "2001-03-21", 304320),
    event="2030-04-06", sent="2030-04-06 20:15",
    subject="UTC attendance - T Reddaway",
    text="""
    Attended Lowmere UTC 06/04/2030 16:40

    PC: inversion injury L ankle. Ottawa +ve, XR: no fracture.
    Dx: lateral ligament sprain.
    Advice: RICE, advised to buy ibuprofen gel from her community pharmacy. Tubigrip applied.
    Safety-netting: if still unable to weight-bear after 5 days, return to the UTC for re-examination.
    For information only.
    """,
    notes="Hard negative: advice to patient/pharmacy, safety-net back to UTC, information only")

letter(
    prov="hospice", kind="clinic_letter", spec="Palliative Care (Community)", fmt="body",
    clin="Mr J Rookwood, Palliative Care CNS", pat=P("Dorothy Scarth", "1941-11-30", 305344),
    event="2030-08-20", sent="2030-08-21 09:00",
    subject="Hospice CNS visit - D Scarth",
    text="""
    CNS home visit 20/08/2030

    Impression: end-stage COPD, increasing breathlessness and anxiety; deteriorating over weeks.
    Plan:
    - Syringe driver started today by district nurses per hospice plan (morphine 10 mg + midazolam 10 mg / 24 h).
    - District nurses, please check the syringe driver site daily and record doses on the community chart.
    - We have asked her community pharmacy to keep stock of midazolam 10 mg/2 ml.
    - Hospice CNS will r/v at home in 2/52, sooner if needed.
    """,
    notes="Hard negative: requests directed at district nurses and pharmacy, hospice follows up")

letter(
    prov="sh", kind="results", spec="Sexual & Reproductive Health", fmt="body",
    clin="Harbour Street health adviser team", pat=P("Owen Pardoe", "1999-07-07", 306388),
    event="2030-02-04", sent="2030-02-06 14:00",
    subject="Sexual health result - for information",
    text="""
    Test date: 04/02/2030

    Chlamydia NAAT positive. Treated in clinic with doxycycline 100 mg bd, 7 days supplied.
    Result given to the patient by text message; partner notification completed by our health adviser.
    Test of cure not required. For information only.
    """,
    notes="Hard negative: clinic gives result, treats and notifies partners itself")

letter(
    prov="acute", kind="discharge_summary", spec="Rheumatology", fmt="docx",
    clin="Dr S Ibekwe, Consultant Rheumatologist", pat=P("Elaine Mortimer-Gale", "1969-06-18", 307301),
    event="2030-08-14", ev_time="17:00", sent="2030-08-15 10:30",
    subject="Discharge summary - E Mortimer-Gale",
    text="""
    Ravensholt e-Discharge
    Discharged: 14/08/2030 17:00
    Diagnosis: flare of seropositive RA, septic arthritis excluded.

    Medication changes
    | Drug | Status |
    | Methotrexate 15 mg weekly | Started; hospital-prescribed until shared care agreed |
    | Folic acid 5 mg weekly | Started, 4 weeks supplied |
    | Omeprazole 20 mg od | Continue |
    | Atorvastatin 20 mg on | Continue |

    We have enclosed our shared-care agreement for methotrexate for your consideration; the rheumatology team will continue to prescribe and monitor until the practice confirms it is willing to take this on.

    Actions for GP: none at present.
    """,
    notes="Hard negative: shared care properly offered for agreement; green drugs to continue; next-day within 24 h")

letter(
    prov="acute", kind="clinic_letter", spec="Respiratory Medicine", fmt="pdf",
    clin="Dr C Ambrose-Petit, Respiratory Registrar", pat=P("Geoffrey Tarrant", "1955-10-05", 307455),
    event="2030-10-14", sent="2030-10-17 13:00",
    subject="Respiratory clinic - G Tarrant",
    text="""
    # Respiratory clinic 14/10/2030
    History: ex-smoker, 40 pack-years. His GP arranged a CXR in 2029 which showed hyperinflation only.
    Impression: COPD (FEV1 58% predicted), ?bronchiectasis.
    Plan:
    - I have requested HRCT chest and full lung function today; the results will come back to me and I will write again.
    - I have referred him directly to the Ravensholt pulmonary rehabilitation team.
    - No GP action needed at this stage.
    """,
    notes="Hard negative: historical GP action, hospital orders and reviews tests, refers on itself")

letter(
    prov="isc", kind="clinic_letter", spec="General Surgery", fmt="body",
    clin="Marrowfield pre-assessment team", pat=P("Sylvia Pemberton", "1963-08-26", 302750),
    to_patient="Dear Mrs Pemberton,",
    event=None, sent="2030-02-25 09:45",
    subject="Your pre-operative assessment appointment",
    text="""
    Your pre-operative assessment is booked for Tuesday 12/03/2030 at 10:20 at Marrowfield NHS Treatment Centre.
    Please bring all of your medicines with you. Our nurses will take any blood tests and the ECG needed on the day.

    If you need to change this appointment, please call our booking team on 01632 960 302 - there is no need to contact your GP surgery about it.

    cc: Copperbeech Medical Practice
    """,
    notes="Hard negative: letter to patient; provider handles its own bookings, tests and queries")

letter(
    prov="paeds", kind="clinic_letter", spec="Community Paediatrics", fmt="body",
    clin="Dr L Marchetti, Consultant Community Paediatrician", pat=P("Eliza Cathcart", "2022-12-19", 303801),
    event=None, sent="2030-03-05 12:30",
    subject="Was not brought - Eliza Cathcart",
    text="""
    Eliza was not brought to her appointment on 04/03/2030.

    We have sent a further appointment for 18/03/2030 and our health visitor liaison will contact the family this week.
    No action is required from the practice.
    """,
    notes="Hard negative: WNB handled by provider re-offering appointment, no re-referral asked")

letter(
    prov="utc", kind="ed_letter", spec="NHS 111 Clinical Assessment Service", fmt="body",
    clin="NHS 111 CAS clinician (paramedic)", pat=P("Bernard Yelland", "1975-05-15", 304466),
    event="2030-12-08", sent="2030-12-08 19:02",
    subject="NHS 111 encounter report - B Yelland",
    text="""
    NHS 111 ENCOUNTER REPORT (Saltmarsh Urgent Care CAS)
    Call: 08/12/2030 17:48

    Reason for call: 2/7 painful R ear, fever 38.1, no red flags.
    Disposition: ambulance not required; booked directly into Lowmere UTC for 19:30 via 111 direct booking.
    This report is sent for information. No GP action required.
    """,
    notes="Hard negative: NHS 111 booked its own UTC slot; information only")

# ===================================================================== other

OTHERS: list[dict] = []


def other(**kw):
    OTHERS.append(kw)


other(key="bulletin", sent="2030-01-14 07:00",
      frm="Lowmere ICB Primary Care Bulletin <bulletin@lowmere-icb.example.nhs.uk>",
      subject="Primary Care Bulletin - week 3",
      headers={"List-Id": "Lowmere ICB primary care bulletin <pcbulletin.lowmere-icb.example.nhs.uk>",
               "List-Unsubscribe": "<mailto:unsubscribe@lowmere-icb.example.nhs.uk>", "Precedence": "bulk"},
      body="""In this week's bulletin:

* Flu vaccination uptake: practices are asked to submit final figures by 31/01/2030.
* New MSK pathway from Kinetra MSK Partners goes live in February - please refer via e-RS.
* Reminder: the shared-care protocol for ADHD medicines is being refreshed; comments welcome.

You are receiving this because you are subscribed to the ICB primary care list.
""", notes="ICB mailing-list bulletin with requests to practices in general, not a letter")

other(key="ooo1", sent="2030-07-22 08:03",
      frm="Dr Y Castellano <yolanda.castellano@ravensholt.nhs.uk>",
      subject="Automatic reply: Query re Oldroyd discharge",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
      body="""I am on annual leave until 05/08/2030 with limited access to email.
For urgent clinical matters please contact the General Medicine registrar on call via Ravensholt switchboard, 0113 496 0240.
""", notes="Out-of-office auto-reply")

other(key="patient1", sent="2030-04-02 21:14",
      frm="Gary Hollingworth <gary.hollingworth1971@example.com>",
      subject="prescription and fit note",
      headers={},
      body="""Hi,

Could the GP please do me another fit note as mine runs out Friday, and can I get my co-codamol
put on repeat? The hospital said to ask you. My date of birth is 03/09/1971.

Thanks
Gary
""", notes="Patient e-mail to the practice; not provider correspondence")

other(key="phish1", sent="2030-05-19 03:27",
      frm="NHSmail Support <support@nhsmail-account-verify.example.com>",
      subject="ACTION REQUIRED: your NHSmail mailbox will be suspended",
      headers={},
      body="""Dear user,

Your mailbox has exceeded its storage limit. Please verify your account within 24 hours to avoid
suspension: http://nhsmail-account-verify.example.com/login

NHSmail Support Team
""", notes="Phishing")

other(key="dsn1", sent="2030-06-11 10:41", dsn=True,
      frm="Mail Delivery System <MAILER-DAEMON@relay.nhs.net>",
      subject="Undeliverable: Re: Pre-op questionnaire - B Astley",
      headers={"Auto-Submitted": "auto-replied"},
      body="""Delivery has failed to these recipients or groups:

preassessment.marrowfield@orrinford-health.example.co.uk
The recipient's mailbox could not be found. Please check the address and try again.
""", notes="Delivery failure notification")

other(key="hospicenews", sent="2030-09-01 09:00",
      frm="St Ebba's Hospice <news@stebbashospice.example.org.uk>",
      subject="St Ebba's autumn newsletter: Light up a Life 2030",
      headers={"List-Id": "St Ebba's supporters <supporters.stebbashospice.example.org.uk>",
               "List-Unsubscribe": "<https://stebbashospice.example.org.uk/unsubscribe>",
               "Precedence": "list"},
      body="""Dear friend of St Ebba's,

Our Light up a Life services return this December. We would be grateful if you could display the
enclosed poster in your waiting room.

Thank you for your support.
""", notes="Hospice fundraising newsletter")

other(key="ooo2", sent="2030-10-20 12:30",
      frm="Ms G Thorne <g.thorne@stebbashospice.example.org.uk>",
      subject="Out of Office: Blakiston",
      headers={"Auto-Submitted": "auto-replied"},
      body="""Thank you for your email. I am out of the office on study leave this week.
Please direct urgent queries to the hospice CNS duty line on 01632 960 881.
""", notes="Out-of-office auto-reply")

other(key="patient2", sent="2030-11-11 18:02",
      frm="Hannah Ruddock <hruddock@example.net>",
      subject="Question about my appointment",
      headers={},
      body="""Hello,

I had a letter from the physio service saying I missed my appointment but I never got the first
letter. Do I need to come in to the surgery? I'm a bit confused.

Hannah Ruddock
""", notes="Patient e-mail")

other(key="lmc", sent="2030-02-19 06:30",
      frm="Fennick & Lowmere LMC <news@fl-lmc.example.org.uk>",
      subject="LMC update: workload shift templates and training dates",
      headers={"List-Id": "LMC practice updates <updates.fl-lmc.example.org.uk>", "Precedence": "bulk"},
      body="""LMC update

* Template letters for returning inappropriate hospital requests are on the LMC website.
* Training: "Managing the interface" webinar, 12/03/2030, 13:00.
""", notes="LMC mailing-list update")

other(key="phish2", sent="2030-08-08 14:55",
      frm="Accounts Payable <invoices@medsupplies-billing.example.biz>",
      subject="Overdue invoice INV-20931 - payment required today",
      headers={},
      body="""Please find the overdue invoice at the link below and arrange payment today to avoid
legal action: http://medsupplies-billing.example.biz/inv20931

Regards, Accounts
""", notes="Phishing / invoice fraud")


# --------------------------------------------------------------------------- rendering

def wrap(s: str, width=76, indent="", sub="") -> str:
    return textwrap.fill(s, width=width, initial_indent=indent, subsequent_indent=sub,
                         break_on_hyphens=False, break_long_words=False)


def render_plain(blocks) -> str:
    out = []
    for kind, data in blocks:
        if kind == "h":
            out.append(data)
        elif kind == "p":
            out.append("\n".join(wrap(x) for x in data))
        elif kind in ("ul", "ol"):
            out.append("\n".join(wrap(re.sub(r"^[0-9]+[.)] ", "", i), indent="  - ", sub="    ")
                                 for i in data))
        elif kind == "table":
            out.append("\n".join(" | ".join(r) for r in data))
    return "\n\n".join(out) + "\n"


def header_blocks(L):
    p = L["pat"]
    dob = dt.date.fromisoformat(p["dob"]).strftime("%d/%m/%Y")
    sent = at(L["sent"])
    pat_line = f"Re: {p['name']}, DOB {dob}, NHS No {spaced(p['nhs_number'])}"
    head = [("p", [f"Date: {sent.strftime('%d/%m/%Y')}"])]
    if L["to_patient"]:
        head.append(("p", [pat_line]))
        head.append(("p", [L["to_patient"]]))
    else:
        head.append(("p", GP_ADDRESSEE))
        head.append(("p", [pat_line]))
    return head


def sign_blocks(L):
    pv = PROVIDERS[L["prov"]]
    return [("p", ["Yours sincerely," if L["to_patient"] else "Kind regards,", L["clin"], L["spec"],
                   pv["site"]])]


def msgid(sent: dt.datetime, key: str, domain: str) -> str:
    return f"<{sent.strftime('%Y%m%d%H%M%S')}.{key}@{domain}>"


def build_letter(L, num) -> bytes:
    pv = PROVIDERS[L["prov"]]
    sent = at(L["sent"])
    blocks = header_blocks(L) + parse_markup(L["text"]) + sign_blocks(L)
    m = EmailMessage(policy=email.policy.SMTP)
    m["From"] = pv["sender"]
    m["To"] = PRACTICE_TO
    m["Subject"] = L["subject"]
    m["Date"] = email.utils.format_datetime(sent)
    m["Message-ID"] = msgid(sent, f"{PREFIX}{num:03d}", pv["domain"])
    m["MIME-Version"] = "1.0"
    if L["fmt"] == "body":
        m.set_content(f"{pv['name']}\n{pv['site']}, {', '.join(pv['addr'])}\nTel {pv['phone']}\n\n"
                      + render_plain(blocks))
    else:
        cover = COVER[L["prov"]].format(doctype=DOCTYPE[L["kind"]], spec=L["spec"])
        m.set_content(cover)
        title = f"{DOCTYPE[L['kind']]} - {L['pat']['name']}"
        fname = re.sub(r"[^A-Za-z0-9]+", "_", f"{DOCTYPE[L['kind']]} {L['pat']['name']} {sent:%Y%m%d}")
        if L["fmt"] == "pdf":
            data = make_pdf(pv, L["spec"], blocks, title, sent)
            m.add_attachment(data, maintype="application", subtype="pdf", filename=fname + ".pdf")
        else:
            data = make_docx(pv, L["spec"], blocks, title, sent)
            m.add_attachment(data, maintype="application",
                             subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                             filename=fname + ".docx")
        m.set_boundary(f"=_{PREFIX}_{num:03d}_mixed")
    return m.as_bytes()


def build_other(o, num) -> bytes:
    sent = at(o["sent"])
    m = EmailMessage(policy=email.policy.SMTP)
    m["From"] = o["frm"]
    m["To"] = PRACTICE_TO
    m["Subject"] = o["subject"]
    m["Date"] = email.utils.format_datetime(sent)
    dom = o["frm"].split("@")[-1].rstrip(">")
    m["Message-ID"] = msgid(sent, f"{PREFIX}{num:03d}", dom)
    m["MIME-Version"] = "1.0"
    for k, v in o["headers"].items():
        m[k] = v
    m.set_content(o["body"])
    if o.get("dsn"):
        b = f"=_{PREFIX}_{num:03d}_dsn"
        hdrs = "".join(f"{k}: {v}\r\n" for k, v in m.items() if k.lower() not in ("content-type",
                       "content-transfer-encoding", "mime-version"))
        raw = (hdrs + "MIME-Version: 1.0\r\n"
               f'Content-Type: multipart/report; report-type=delivery-status; boundary="{b}"\r\n\r\n'
               f"--{b}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
               + o["body"].replace("\n", "\r\n") +
               f"\r\n--{b}\r\nContent-Type: message/delivery-status\r\n\r\n"
               "Reporting-MTA: dns; relay.nhs.net\r\n\r\n"
               "Final-Recipient: rfc822; preassessment.marrowfield@orrinford-health.example.co.uk\r\n"
               "Action: failed\r\nStatus: 5.1.1\r\n"
               f"\r\n--{b}--\r\n")
        return raw.encode()
    return m.as_bytes()


# --------------------------------------------------------------------------- labels

def items():
    """Interleave letters and others deterministically: every fourth message is an 'other'."""
    seq = []
    li, oi = iter(LETTERS), iter(OTHERS)
    n_total = len(LETTERS) + len(OTHERS)
    lrem, orem = len(LETTERS), len(OTHERS)
    for i in range(n_total):
        if orem and (i % 4 == 2 or lrem == 0):
            seq.append(("other", next(oi)))
            orem -= 1
        else:
            seq.append(("letter", next(li)))
            lrem -= 1
    return seq


def label_for(kind, item, num):
    fid = f"{PREFIX}-{num:03d}"
    if kind == "other":
        return {"id": fid, "file": fid + ".eml", "kind": "other", "trust": None, "specialty": None,
                "clinician": None, "patient": None, "event_date": None,
                "letter_date": at(item["sent"]).date().isoformat(), "expected": [],
                "urgent_clinical_action": False, "notes": item["notes"]}
    pv = PROVIDERS[item["prov"]]
    return {"id": fid, "file": fid + ".eml", "kind": item["kind"], "trust": pv["name"],
            "specialty": item["spec"], "clinician": item["clin"], "patient": item["pat"],
            "event_date": item["event"], "letter_date": at(item["sent"]).date().isoformat(),
            "expected": [{"category": c, "evidence": e} for c, e in item["exp"]],
            "urgent_clinical_action": item["urgent"], "notes": item["notes"]}


def build():
    OUT.mkdir(parents=True, exist_ok=True)
    for f in OUT.glob("*.eml"):
        f.unlink()
    labels = []
    for num, (kind, item) in enumerate(items(), start=1):
        data = build_letter(item, num) if kind == "letter" else build_other(item, num)
        (OUT / f"{PREFIX}-{num:03d}.eml").write_bytes(data)
        labels.append(label_for(kind, item, num))
    (OUT / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} messages to {OUT}")


# --------------------------------------------------------------------------- verify

def html_text(h: str) -> str:
    h = re.sub(r"(?is)<(script|style).*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</li>|</tr>", "\n", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return h.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ")


def extract_texts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fname = (part.get_filename() or "").lower()
        if ctype == "application/pdf" or fname.endswith(".pdf"):
            out.append(("pdf", pdfium_text(part.get_payload(decode=True))))
        elif fname.endswith(".docx"):
            out.append(("docx", docx_text(part.get_payload(decode=True))))
        elif ctype == "text/plain":
            out.append(("plain", part.get_content()))
        elif ctype == "text/html":
            out.append(("html", html_text(part.get_content())))
    return out


def is_late(kind, ev, ev_time, sent: dt.datetime):
    if kind == "discharge_summary":
        if ev_time:
            return (sent - at(f"{ev} {ev_time}")).total_seconds() > 24 * 3600
        return (sent.astimezone(LONDON).date() - dt.date.fromisoformat(ev)).days > 1
    if kind == "clinic_letter":
        return (sent.astimezone(LONDON).date() - dt.date.fromisoformat(ev)).days > 7
    return False


def verify() -> int:
    labels = json.loads((OUT / "labels.json").read_text())
    ev_times = {f"{PREFIX}-{n:03d}": it.get("ev_time") for n, (k, it) in enumerate(items(), 1) if k == "letter"}
    errors = []
    files = sorted(p.name for p in OUT.glob("*.eml"))
    if files != sorted(lab["file"] for lab in labels):
        errors.append("eml files and labels.json do not match")
    seen_ev = {}
    for i, lab in enumerate(labels, 1):
        fid = f"{PREFIX}-{i:03d}"
        if lab["id"] != fid or lab["file"] != fid + ".eml":
            errors.append(f"{fid}: id/file mismatch")
        if lab["kind"] not in KINDS:
            errors.append(f"{fid}: bad kind")
        msg = email.message_from_bytes((OUT / lab["file"]).read_bytes(), policy=email.policy.default)
        sent = email.utils.parsedate_to_datetime(msg["Date"])
        if sent.date().isoformat() != lab["letter_date"] or sent.year != 2030:
            errors.append(f"{fid}: letter_date mismatch")
        texts = extract_texts(msg)
        alltext = [collapse(t) for _, t in texts]
        if lab["kind"] == "other":
            if lab["expected"] or lab["urgent_clinical_action"]:
                errors.append(f"{fid}: other with findings")
            continue
        n = lab["patient"]["nhs_number"]
        if not (n.startswith("999") and nhs_valid(n)):
            errors.append(f"{fid}: bad NHS number {n}")
        if not any(spaced(n) in t for t in alltext):
            errors.append(f"{fid}: NHS number not in text")
        cats = [e["category"] for e in lab["expected"]]
        for e in lab["expected"]:
            if e["category"] not in CATEGORIES:
                errors.append(f"{fid}: bad category {e['category']}")
            ev = collapse(e["evidence"])
            if not any(ev in t for t in alltext):
                errors.append(f"{fid}: evidence not found: {ev!r}")
            if e["category"] not in ("late_discharge_summary", "late_clinic_letter"):
                if ev.lower() in seen_ev:
                    errors.append(f"{fid}: evidence reused from {seen_ev[ev.lower()]}")
                seen_ev[ev.lower()] = fid
        if lab["event_date"]:
            late = is_late(lab["kind"], lab["event_date"], ev_times.get(fid), sent)
            want = {"discharge_summary": "late_discharge_summary", "clinic_letter": "late_clinic_letter"}.get(
                lab["kind"])
            if want and late != (want in cats):
                errors.append(f"{fid}: lateness label inconsistent (late={late})")
        elif any(c.startswith("late_") for c in cats):
            errors.append(f"{fid}: late label without event_date")
    for e in errors:
        print("FAIL", e)
    counts = {}
    for lab in labels:
        for e in lab["expected"]:
            counts[e["category"]] = counts.get(e["category"], 0) + 1
    print(f"{len(labels)} messages, {sum(1 for lab in labels if lab['kind'] == 'other')} other, "
          f"{sum(1 for lab in labels if lab['kind'] != 'other' and not lab['expected'])} hard negatives, "
          f"{sum(1 for lab in labels if lab['urgent_clinical_action'])} urgent")
    for c in sorted(counts):
        print(f"  {c:32s} {counts[c]}")
    missing = CATEGORIES - set(counts)
    if missing:
        print("categories missing:", sorted(missing))
    print("verification", "FAILED" if errors else "passed")
    return 1 if errors else 0


def main(argv):
    if "--verify-only" not in argv:
        build()
    return verify()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
