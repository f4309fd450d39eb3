#!/usr/bin/env python3
"""Build the seventh (independent) bouncebot corpus: tests/corpus/seventh/.

Written without reference to the detection rules.  Everything in here is invented: the practice
(Hollinsworth Medical Practice), the five providers, the clinicians, the patients, addresses,
telephone numbers (Ofcom drama ranges) and NHS numbers (999 test range, valid under Modulus 11).
Dates are January to March 2028 (Europe/London; BST starts on 26 March 2028).

The generic e-mail/PDF/DOCX helpers are imported from make_third.py; the letters, the message
builder, the labels and the verification are this file's own.  The build is deterministic.

    python3 tests/corpus/make_seventh.py            # build, then verify
    python3 tests/corpus/make_seventh.py --verify-only
"""
from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import io
import json
import random
import re
import sys
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

OUT = HERE / "seventh"
OUT_POLICY = email.policy.SMTP.clone(max_line_length=998)  # CRLF, header lines left unfolded
PREFIX = "seventh"

PRACTICE = "Hollinsworth Medical Practice"
PRACTICE_ADDR = "hollinsworth.medical@nhs.net"
PRACTICE_TO = f"{PRACTICE} <{PRACTICE_ADDR}>"

CATEGORIES = {
    "tests_for_hospital", "results_chasing", "hospital_only_prescribing",
    "shared_care_without_agreement", "fit_note", "dna_rereferral", "onward_referral",
    "post_procedure_care", "patient_redirected_to_gp", "referral_returned_for_workup",
    "non_contractual_admin", "late_discharge_summary", "late_clinic_letter",
}
KINDS = {"clinic_letter", "discharge_summary", "referral_response", "results", "ed_letter", "other"}
LABEL_KEYS = ["id", "file", "kind", "trust", "specialty", "clinician", "patient", "event_date",
              "letter_date", "expected", "urgent_clinical_action", "notes"]


# --------------------------------------------------------------------------- providers

PROV = {
    "calder": dict(
        name="Calderbrook Cancer Centre NHS Foundation Trust",
        site="Calderbrook Cancer Centre", addr=["Weir Lane", "Calderbrook", "QD1 4XR"],
        phone="0113 496 0871", domain="calderbrook-cc.nhs.uk",
        sender="Calderbrook Cancer Centre Correspondence <correspondence@calderbrook-cc.nhs.uk>",
        mailer="CCC ChemoCare Letters 4.2"),
    "aldersyke": dict(
        name="Aldersyke University Hospitals NHS Trust",
        site="Aldersyke Royal Hospital", addr=["Stanegate Road", "Aldersyke", "QD6 2HN"],
        phone="0161 496 0342", domain="aldersyke-uh.nhs.uk",
        sender="Aldersyke UH Clinical Correspondence <no-reply.correspondence@aldersyke-uh.nhs.uk>",
        mailer="AUH DocGen 7.1"),
    "ousebridge": dict(
        name="Ousebridge and Fellgate Hospitals NHS Foundation Trust",
        site="Fellgate General Hospital", addr=["Tollbar Lane", "Fellgate", "QD9 5EW"],
        phone="0191 496 0615", domain="ousebridgefellgate.nhs.uk",
        sender="OFH Patient Letters <letters@ousebridgefellgate.nhs.uk>",
        mailer="OFH Correspondence Hub 2.4"),
    "merrow": dict(
        name="Merrow Vale Mental Health NHS Foundation Trust",
        site="Larkspur House", addr=["12 Chantry Walk", "Merrow Vale", "QD4 7TS"],
        phone="0116 496 0283", domain="merrowvale-mh.nhs.uk",
        sender="Merrow Vale Crisis & Home Treatment <merrowvale.crhtt@nhs.net>",
        mailer="CareNotes Correspondence 3"),
    "kestwick": dict(
        name="Kestwick Healthcare Group",
        site="Kestwick Park Hospital", addr=["Pinfold Road", "Quarrydale", "QD2 9KP"],
        phone="01632 960 377", domain="kestwickhealthcare.com",
        sender="Kestwick Park Hospital NHS Patient Services <nhs.services@kestwickhealthcare.com>",
        mailer="Kestwick PAS Mailer 2.0"),
}

RENAL_SITE = "Aldersyke Renal and Transplant Unit, Aldersyke Royal Hospital"
MATERNITY_SITE = "Ousebridge Maternity Unit, Fellgate General Hospital"

DOCTYPE = {"clinic_letter": "Clinic Letter", "discharge_summary": "Discharge Summary",
           "referral_response": "Referral Response", "results": "Results Letter",
           "ed_letter": "Emergency Department Letter"}


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


# =========================================================================== letters
# Markup (make_third.parse_markup): "# heading", "- bullet", "1. item", "| a | b |" table rows,
# other lines = lines of a paragraph; a blank line ends a block.  Text is an f-string filled with
# the patient's identifiers through fill().

LETTERS: list[dict] = []


def letter(**kw):
    kw.setdefault("site", None)
    kw.setdefault("opts", {})
    kw.setdefault("exp", [])
    kw.setdefault("urgent", False)
    kw.setdefault("ev_time", None)
    kw.setdefault("subject", None)
    LETTERS.append(kw)


def ids(p: dict, hosp: str) -> str:
    return (f"Re: {p['name']}   DOB: {dmy(p['dob'])}   NHS No: {spaced(p['nhs_number'])}   "
            f"Hosp No: {hosp}")


# ---------------------------------------------------------------- Calderbrook Cancer Centre

P = pt("Rosalind Ekwueme", 481127, "1969-07-22")
letter(
    key="c01", kind="clinic_letter", prov="calder", dept="Breast Oncology",
    specialty="Medical Oncology", clinician="Dr Fraser Lindqvist", patient=P,
    event="2028-01-12", letter_date="2028-01-20", sent="2028-01-21 10:05", fmt="pdf",
    opts={"page2": "tests_for_hospital"},
    text=f"""
    Dr I Fairclough
    Hollinsworth Medical Practice
    41 Tanyard Row, Hollinsworth, Quarrydale QD3 8PL

    Dictated: 12/01/2028   Typed: 20/01/2028

    Dear Dr Fairclough

    {ids(P, "CCC0481127")}

    Clinic date: 12/01/2028 (Breast Oncology clinic, Dr Okonkwo-Bell)

    # Diagnosis
    - Left breast invasive ductal carcinoma, grade 3, pT2 pN1a (2/14 nodes), ER 8/8, PR 6/8, HER2 negative
    - Wide local excision and axillary node clearance 03/2027 (Mr Qureshi)
    - Adjuvant FEC-T chemotherapy completed 08/2027; adjuvant radiotherapy 40 Gy/15# completed 10/2027
    - High-risk disease: adjuvant abemaciclib with letrozole started 06/12/2027 (cycle 2 day 8 today)

    # Other problems
    - Hypertension (on amlodipine from the practice)
    - Low mood 2025, on sertraline (GP started 2025)
    - Osteopenia L spine on DEXA 2024

    # History
    Mrs Ekwueme came to clinic on her own today. She has tolerated the first cycle of abemaciclib reasonably well. The main problem has been diarrhoea, which started on day 3 of cycle 1, peaked at 5-6 loose stools a day in the first week and settled to 1-2 a day with loperamide, which she takes most mornings now. She has had no nocturnal diarrhoea, no blood and no abdominal pain. She reports mild fatigue, worse in the afternoon, and she is managing two short shifts a week at the library. She has had no fevers, no mouth ulcers and no shortness of breath. There has been no calf pain or swelling. Her appetite is fair and her weight is stable. She has some arthralgia in the hands first thing in the morning, which she puts down to the letrozole and which eases by mid-morning. She has not had any hot flushes that trouble her.

    She asked about the length of treatment again; we went through the plan for two years of abemaciclib and at least five years of letrozole, and I gave her the written information sheet again. She was also worried that her hair would fall out as it did with the FEC-T, and I reassured her that this is not expected with abemaciclib.

    # Examination
    Well, ECOG PS 1. Left breast and axilla: well-healed scars, radiotherapy skin changes settled, no palpable abnormality. Right breast and axilla normal. No lymphadenopathy. Chest clear. Abdomen soft, no hepatomegaly. No peripheral oedema. BP 138/84, HR 78, temp 36.6, weight 71.4 kg.

    # Investigations (taken in the chemotherapy unit 12/01/2028)
    | Test | Result | Comment |
    | Hb | 112 g/L | 118 before cycle 1 |
    | WCC | 3.4 x10^9/L | |
    | Neutrophils | 1.3 x10^9/L | grade 2 neutropenia, expected |
    | Platelets | 168 x10^9/L | |
    | Creatinine | 88 umol/L | baseline 71 (abemaciclib inhibits tubular secretion) |
    | ALT | 41 U/L | upper limit 35 |
    | Bilirubin | 9 umol/L | |

    # Medication
    | Drug | Dose | Notes |
    | Abemaciclib | 150 mg twice daily | Hospital only. Supplied by the CCC pharmacy every 28 days. Please do not add to repeats. |
    | Letrozole | 2.5 mg once daily | GP to continue (5 years in total) |
    | Loperamide | 2 mg as required, max 8 a day | supplied with the abemaciclib |
    | Amlodipine | 5 mg once daily | unchanged |
    | Sertraline | 50 mg once daily | unchanged |
    | Adcal-D3 | one tablet twice daily | unchanged |

    # Discussion
    The neutropenia and the small rise in creatinine are in keeping with abemaciclib and do not need a dose change at the moment. The ALT is just above the upper limit of normal; this is common in the first two cycles and we need to watch it closely, since a grade 2 rise would mean holding the drug. The diarrhoea is controlled with loperamide and she knows to ring the 24-hour acute oncology line if she has more than 4 episodes above her baseline in a day, or if she feels unwell or feverish. We discussed the importance of hydration.

    She continues to have the bone-protection plan from the breast team: a baseline DEXA has been requested by us, as she is on an aromatase inhibitor, and the result will come back to our clinic.

    # GP summary
    - Onc r/v 4/52 with bloods on the day in the chemo unit (appt sent)
    - Bloods: GP pls — FBC, U&E and LFTs at 2/52 (w/c 24/01/28), results to be emailed to ccc.chemounit@nhs.net before cycle 3
    - DEXA requested by us 12/01 — result to our clinic
    - Flu/covid boosters as per usual practice programme
    - Breast CNS (Kirsty Abara) will phone her next week re: her diarrhoea diary

    Yours sincerely

    Dr Fraser Lindqvist
    ST5 Medical Oncology, for Dr Harriet Okonkwo-Bell, Consultant Medical Oncologist

    cc: Mr Nadeem Qureshi, Consultant Breast Surgeon
    cc: Kirsty Abara, Breast Clinical Nurse Specialist
    cc: Mrs R Ekwueme (patient)
    """,
    exp=[("late_clinic_letter", "Clinic date: 12/01/2028"),
         ("tests_for_hospital", "Bloods: GP pls — FBC, U&E and LFTs at 2/52 (w/c 24/01/28)")],
    notes="Long two-page letter: interim safety bloods for the abemaciclib the centre started are passed "
          "to the GP on page 2 (GP summary); sent 9 days after clinic. Letrozole 'GP to continue' (green), "
          "DEXA and CNS call are hospital-owned.")

P = pt("Geoffrey Pannell", 552031, "1951-03-09")
letter(
    key="c02", kind="clinic_letter", prov="calder", dept="Haematology Outpatients",
    specialty="Haematology", clinician="Dr Anjali Varatharajan", patient=P,
    event="2028-01-05", letter_date="2028-01-06", sent="2028-01-07 08:52", fmt="plain",
    opts={"nohead": True},
    text=f"""
    CALDERBROOK CANCER CENTRE - HAEMATOLOGY OUTPATIENTS
    GP SUMMARY (generated from EPR)   Printed 06/01/2028 17:21

    Patient: PANNELL, Geoffrey   DOB 09/03/1951   NHS {spaced(P["nhs_number"])}   MRN CCC0552031
    GP: Dr R Bhatti, Hollinsworth Medical Practice
    Clinic: Haem OPD (Dr A Varatharajan) 05/01/2028

    Dx: CLL, Binet stage A, IGHV mutated, TP53 wild type. Watch + wait since 2024.

    Today: feels well. no B symptoms. no recurrent infections this winter (1 x URTI in Nov, self limiting). Small cervical nodes (1-1.5cm) unchanged. no splenomegaly.

    Bloods (our phlebotomy today): Hb 138, WCC 31.2, lymphs 26.4 (29.8 in July - stable), plts 201, IgG 6.9 (low-normal)

    Plan:
    - Continue watch + wait. We will repeat FBC in haem clinic in 6/12 and write again, appt letter will be posted to pt
    - Vaccines: he has had flu + covid this season at the practice. Pneumococcal and Shingrix are due per the Green Book - the practice will no doubt offer these as part of your usual programme
    - Pt given the haematology advice line number (24h) - advised to ring if B symptoms, enlarging nodes or frequent infections
    - GP actions: none

    Dr Anjali Varatharajan
    Consultant Haematologist
    """,
    notes="Hard negative: watch and wait with monitoring kept in haematology clinic; vaccinations are the "
          "practice's ordinary programme; 'GP actions: none'.")

P = pt("Margaret Oyelaran", 613305, "1956-11-30")
letter(
    key="c03", kind="clinic_letter", prov="calder", dept="Haematology - Myeloma Clinic",
    specialty="Haematology", clinician="Dr Tobias Rennard", patient=P,
    event="2028-01-13", letter_date="2028-01-19", sent="2028-01-20 16:40", fmt="docx",
    text=f"""
    Dr E Penhallow, Hollinsworth Medical Practice

    Date of clinic: 13/01/2028
    Date typed: 19/01/2028

    {ids(P, "CCC0613305")}

    # Diagnosis
    IgG kappa multiple myeloma (R-ISS II), diagnosed 06/2027. Completed induction; now on lenalidomide maintenance since 11/2027.

    # Comorbidities
    Hypertension - GP started ramipril last year. Type 2 diabetes (diet). Osteoarthritis knees.

    # Clinic summary
    Mrs Oyelaran is doing well. Paraprotein 4 g/L (from 31 at diagnosis). No new bone pain. Mild fatigue. Neutrophils 1.6, plts 142, creat 79. She has had no infections.

    She told us she nearly ran out of lenalidomide over Christmas because the courier was delayed.

    # Medication
    | Drug | Dose | Comment |
    | Lenalidomide | 10 mg days 1-21 of 28 | Pregnancy prevention programme not applicable (post-menopausal); dispensed by CCC pharmacy |
    | Aciclovir | 400 mg twice daily | prophylaxis, we supply with the lenalidomide |
    | Aspirin | 75 mg once daily | VTE prophylaxis while on lenalidomide |
    | Zoledronic acid | 4 mg IV 12-weekly | given in our day unit |
    | Ramipril | 5 mg once daily | GP, unchanged |

    # Plan
    - Continue maintenance. Review with paraprotein and FBC in our clinic in 8 weeks
    - It might be worth the practice adding lenalidomide 10 mg (days 1–21 of 28) to her repeat template so that she does not run short between courier deliveries
    - Dental review before next zoledronic acid - she has been asked to book with her own dentist

    Dr Tobias Rennard
    Specialty Registrar in Haematology
    """,
    exp=[("hospital_only_prescribing",
          "It might be worth the practice adding lenalidomide 10 mg (days 1–21 of 28) to her repeat template")],
    notes="Red drug (lenalidomide, hospital-dispensed under a risk-minimisation programme) suggested for the "
          "GP's repeat template via a modal chain. Sent exactly 7 days after clinic: on time.")

P = pt("Callum Ferriby", 274418, "1984-02-17")
letter(
    key="c04", kind="discharge_summary", prov="calder", dept="Acute Oncology Unit (Ward 4)",
    specialty="Acute Oncology", clinician="Dr Nisha Pathirana", patient=P,
    event="2028-01-10", ev_time="14:20", letter_date="2028-01-12", sent="2028-01-12 09:10",
    fmt="html",
    text=f"""
    DISCHARGE SUMMARY - Acute Oncology Unit

    {ids(P, "CCC0274418")}
    GP: Hollinsworth Medical Practice

    Date of admission: 06/01/2028
    Discharge date/time: 10/01/2028 14:20
    Responsible consultant: Dr Nisha Pathirana
    Summary completed by: Dr Ollie Brandt (FY1)

    # Diagnosis
    Neutropenic sepsis (day 10, cycle 2 BEP) - no organism isolated

    # Background
    Non-seminomatous germ cell tumour of the right testis, orchidectomy 10/2027, on BEP chemotherapy (3 cycles planned).

    # Course in hospital
    Admitted with temp 38.9, neutrophils 0.2. Piperacillin-tazobactam per neutropenic sepsis protocol within 45 mins. Afebrile from day 2. Neutrophils recovered to 2.1 on day 4. Blood and urine cultures negative. Switched to oral antibiotics day 4.

    # Medication on discharge
    | Drug | Dose | Duration | Supplied |
    | Co-amoxiclav | 625 mg tds | 5 days | full course supplied (TTO) |
    | Ciprofloxacin | 500 mg bd | 5 days | full course supplied (TTO) |
    | Filgrastim (G-CSF) | 30 MU sc od | days 6-12 of next cycle | chemo unit will supply with cycle 3 |

    # Follow-up
    - Cycle 3 BEP deferred by 1 week - the chemo unit will phone him with the new date
    - Has the 24h acute oncology line number

    # Work
    Fit note: not done on the ward - he will need one from his GP covering 4 weeks (he works as a scaffolder and cannot return during chemotherapy)
    """,
    exp=[("late_discharge_summary", "Discharge date/time: 10/01/2028 14:20"),
         ("fit_note", "he will need one from his GP covering 4 weeks")],
    notes="Discharge summary sent about 43 hours after the stated discharge time; the fit note for the "
          "admission/chemotherapy period is passed to the GP. Antibiotics fully supplied, G-CSF from the unit.")

P = pt("Pauline Stobart", 338760, "1962-05-05")
letter(
    key="c05", kind="clinic_letter", prov="calder", dept="Clinical Oncology - Lung",
    specialty="Clinical Oncology", clinician="Dr Malcolm Ferreira-Hughes", patient=P,
    event="2028-01-26", letter_date="2028-01-28", sent="2028-01-31 11:15", fmt="pdf",
    text=f"""
    Dr R Bhatti
    Hollinsworth Medical Practice

    28/01/2028

    Dear Dr Bhatti

    {ids(P, "CCC0338760")}

    End of treatment review, 26/01/2028

    # Diagnosis
    Stage IIIA squamous cell carcinoma right upper lobe. Concurrent chemoradiotherapy (60 Gy in 30 fractions with weekly carboplatin/paclitaxel), completed 19/01/2028.

    # Review
    Mrs Stobart completed treatment with moderate oesophagitis, now improving on Gaviscon and paracetamol; she is eating soft foods. Skin in the treatment field shows faint erythema only. She is a little more breathless than before treatment but walks to the shops. Hb 98 at the end of treatment.

    # Plan
    - She has a review with me in 6 weeks; we will check her FBC at that visit, so no bloods are needed in the meantime.
    - A follow-up CT chest at 3 months has been requested by us and we will write to you and to her with the result.
    - Durvalumab consolidation is planned and will be started and supplied by our unit.
    - The radiotherapy review radiographers will phone her weekly until the oesophagitis settles.
    - Should she develop increasing breathlessness, dry cough or fever in the next 3 months (possible pneumonitis), she has been told to ring the acute oncology hotline straight away rather than wait for a GP appointment.

    No action is needed from the practice at this stage.

    Yours sincerely

    Dr Malcolm Ferreira-Hughes
    Consultant Clinical Oncologist
    """,
    notes="Hard negative: bloods and CT kept by the oncology team; immunotherapy started and supplied by the "
          "unit; conditional safety-netting aimed at the patient; 'No action is needed from the practice'.")

P = pt("Terence Ashdown", 715920, "1947-09-14")
letter(
    key="c06", kind="results", prov="calder", dept="Lower GI Oncology",
    specialty="Medical Oncology", clinician="Dr Priti Chaudhary-Lowe", patient=P,
    event=None, letter_date="2028-02-10", sent="2028-02-10 15:32", fmt="plain",
    opts={"nohead": True},
    text=f"""
    Calderbrook Cancer Centre - Lower GI Oncology - RESULTS NOTIFICATION

    To: Dr I Fairclough, Hollinsworth Medical Practice
    Pt: ASHDOWN, Terence   DOB 14/09/1947   NHS {spaced(P["nhs_number"])}
    Date: 10/02/2028

    Dx: metastatic colorectal ca (liver), 1st line capecitabine + bevacizumab since 06/2027

    CT chest/abdo/pelvis 08/02/2028: progression - segment 6 and 8 liver mets enlarging (largest 38mm from 24mm), new 6mm lung nodules x2. No bowel obstruction.

    Mr Ashdown knows a scan was done but does not yet know the result. Capecitabine has been stopped.

    Action: GP to discuss results with pt and let him know we will see him in clinic on 24/02 to talk through 2nd line options (FOLFIRI vs best supportive care).

    Dr Priti Chaudhary-Lowe
    SpR Medical Oncology
    """,
    exp=[("patient_redirected_to_gp", "GP to discuss results with pt")],
    notes="The centre's own scan result (progression) is handed to the GP to break to the patient.")

P = pt("Brian Kettleby", 190446, "1963-04-02")
letter(
    key="c07", kind="clinic_letter", prov="calder", dept="Haematology - General Clinic",
    specialty="Haematology", clinician="Dr Sunita Mackintosh", patient=P,
    event="2028-02-02", letter_date="2028-02-03", sent="2028-02-04 09:20", fmt="docx",
    text=f"""
    Dr R Bhatti, Hollinsworth Medical Practice

    Clinic date: 02/02/2028

    {ids(P, "CCC0190446")}

    Thank you for referring Mr Kettleby, a 64-year-old retired bus driver, with iron deficiency anaemia.

    # Results
    Hb 84 g/L, MCV 68, ferritin 4, B12 and folate normal. Coeliac serology (tTG) sent by us today: negative. No haemoglobinopathy.

    # Assessment
    No overt blood loss. He has lost about 4 kg over 3 months and reports a change to looser stools. He has never had a colonoscopy or gastroscopy. In a man of his age with iron deficiency anaemia, weight loss and a change in bowel habit this needs urgent upper and lower GI investigation.

    # Treatment
    IV iron (ferric carboxymaltose 1000 mg) given in our day unit today.

    # Actions for GP
    - GP to refer under the suspected lower GI cancer (2WW) pathway this week, with a FIT result if one is not already available
    - We will recheck FBC and ferritin in our clinic in 8 weeks

    Dr Sunita Mackintosh
    Consultant Haematologist
    """,
    exp=[("onward_referral", "GP to refer under the suspected lower GI cancer (2WW) pathway this week")],
    urgent=True,
    notes="Haematology identifies a suspected-cancer pathway need and hands the referral back to the GP "
          "instead of referring on directly. Time-critical (2WW): urgent.")

P = pt("Stacey Weatherall", 827514, "1990-08-19")
letter(
    key="c08", kind="clinic_letter", prov="calder", dept="Haematology Appointments",
    specialty="Haematology", clinician="Dr Anjali Varatharajan", patient=P,
    event=None, letter_date="2028-01-19", sent="2028-01-19 12:03", fmt="html",
    text=f"""
    Dear Dr Bhatti

    {ids(P, "CCC0827514")}

    Referral reason: raised ferritin (612) with normal transferrin saturation

    Ms Weatherall did not attend her new patient appointment in the haematology clinic on 18/01/2028. The appointment was booked by telephone and confirmed by text message.

    In line with the Trust Access Policy she has been discharged back to your care. If you remain concerned, please re-refer via e-RS.

    A copy of this letter has been sent to the patient.

    Dr Anjali Varatharajan
    Consultant Haematologist
    """,
    exp=[("dna_rereferral", "If you remain concerned, please re-refer via e-RS")],
    notes="Discharged after a single missed new-patient appointment with a re-referral request. "
          "event_date null (no attendance).")

P = pt("Yvonne Delacourt", 402288, "1958-12-01")
letter(
    key="c09", kind="clinic_letter", prov="calder", dept="Skin and Melanoma Oncology",
    specialty="Medical Oncology", clinician="Dr Eamon Trelawney", patient=P,
    event="2028-02-15", letter_date="2028-02-15", sent="2028-02-16 08:05", fmt="plain",
    text=f"""
    GP SUMMARY - Melanoma clinic 15/02/2028

    {ids(P, "CCC0402288")}
    To: Dr E Penhallow

    Dx: Stage IIIC melanoma L calf, adjuvant pembrolizumab cycle 9 of 18 (3-weekly)

    Irae's so far: hypothyroidism (IO-induced) 11/2027 - levothyroxine 75mcg started by us, we titrate it on TFTs done in the day unit before each cycle.

    Today: well. no diarrhoea, no rash, no cough. TFTs, cortisol and LFTs checked pre-cycle in our day unit - all fine.

    Safety netting: should she develop diarrhoea (4 or more a day above baseline), a new rash, breathlessness or severe headache she must ring the 24h acute oncology line, NOT the GP or 111 - she has the card.

    Other meds: omeprazole 20mg (GP) - continue. no changes.

    GP actions: nil.

    Dr Eamon Trelawney, Consultant Medical Oncologist
    """,
    notes="Hard negative: immunotherapy monitoring and levothyroxine titration kept by the day unit; "
          "safety-netting is to the oncology line; 'GP actions: nil'.")

P = pt("Harold Bisset", 566104, "1950-06-23")
letter(
    key="c10", kind="results", prov="calder", dept="Acute Oncology Service",
    specialty="Acute Oncology", clinician="Dr Grace Adeyemi-Kerr", patient=P,
    event=None, letter_date="2028-02-22", sent="2028-02-22 17:55", fmt="pdf",
    text=f"""
    URGENT - ABNORMAL RESULT

    To: Duty doctor, Hollinsworth Medical Practice
    Date: 22/02/2028

    {ids(P, "CCC0566104")}

    Mr Bisset (metastatic prostate cancer, docetaxel cycle 4 due tomorrow) had pre-chemotherapy bloods in our phlebotomy unit this morning:

    | Test | Result | Previous (01/02/2028) |
    | Potassium | 6.2 mmol/L (sample slightly haemolysed) | 4.6 |
    | Creatinine | 148 umol/L | 101 |
    | eGFR | 41 | 66 |
    | Neutrophils | 2.9 | 3.4 |

    Chemotherapy has been deferred. We tried to reach Mr Bisset on both numbers this afternoon without success and have left a voicemail.

    Please could the practice repeat his U&E urgently (within 24-48 hours) and act on the result, including stopping his ramipril if the potassium is confirmed high.

    Dr Grace Adeyemi-Kerr
    Acute Oncology Registrar
    """,
    exp=[("results_chasing",
          "Please could the practice repeat his U&E urgently (within 24-48 hours) and act on the result")],
    urgent=True,
    notes="An abnormal result from the centre's own pre-chemo bloods (K 6.2, AKI) is handed to the practice "
          "to repeat and act on. Time-critical: urgent, must not be bounced without clinical review.")

P = pt("Julian Prothero", 639972, "1971-10-10")
letter(
    key="c11", kind="clinic_letter", prov="calder", dept="Neuro-oncology",
    specialty="Medical Oncology", clinician="Dr Helena Marchbank", patient=P,
    event="2028-03-01", letter_date="2028-03-02", sent="2028-03-03 13:47", fmt="docx",
    text=f"""
    Dr I Fairclough, Hollinsworth Medical Practice

    Clinic: 01/03/2028

    {ids(P, "CCC0639972")}

    # Diagnosis
    Glioblastoma (IDH wild type, MGMT methylated), right temporal. Debulking 10/2027; chemoradiotherapy completed 12/2027. Now on adjuvant temozolomide, cycle 2.

    # Review
    Mr Prothero is well; mild fatigue, no seizures since surgery. Counts satisfactory.

    # Medicines
    - Temozolomide: supplied by the Calderbrook pharmacy each cycle; not for GP prescribing.
    - Dexamethasone: weaning from 2 mg to 1 mg once daily; 14 days supplied today with a written plan; we will review in 2 weeks.
    - Levetiracetam 500 mg twice daily: started by the neurosurgeons 10/2027, stable - please continue.
    - Omeprazole 20 mg once daily while on dexamethasone.

    # Other
    - He has told the DVLA and is not driving.
    - Fit note: issued today by us for 3 months.
    - MRI brain after cycle 3 has been booked by our team.

    No GP action is required.

    Dr Helena Marchbank
    Consultant Medical Oncologist
    """,
    notes="Hard negative: red drug supplied by the centre, steroid supply and review kept, green "
          "antiepileptic to continue, fit note already issued, MRI booked by the team.")

P = pt("Shirley Nuttall", 745561, "1973-03-30")
letter(
    key="c12", kind="clinic_letter", prov="calder", dept="Haematology - Thrombosis Clinic",
    specialty="Haematology", clinician="Dr Anjali Varatharajan", patient=P,
    event="2028-02-23", letter_date="2028-02-23", sent="2028-02-24 10:26", fmt="html",
    text=f"""
    Dear Dr Penhallow

    {ids(P, "CCC0745561")}
    Thrombosis clinic, 23/02/2028

    Mrs Nuttall had a provoked left popliteal DVT in 11/2027 after a long-haul flight with a plaster cast on her ankle. She has completed nearly three months of apixaban.

    - Apixaban will stop on 28/02/2028 after 3 months; I have explained this to her and she has enough tablets.
    - Thrombophilia testing is not indicated after a provoked event and has not been done.
    - Post-thrombotic symptoms are mild; she has been fitted with a class 2 stocking in clinic today.
    - She knows the symptoms of recurrence and to attend the emergency department if they occur.

    She has been discharged from the thrombosis clinic. No further action is needed from the practice.

    Dr Anjali Varatharajan
    Consultant Haematologist
    """,
    notes="Hard negative: anticoagulation stop managed by the clinic, no tests asked, information only.")

# ---------------------------------------------------------------- Aldersyke University Hospitals

P = pt("Sanjay Mehrotra", 108359, "1978-03-27")
letter(
    key="a01", kind="clinic_letter", prov="aldersyke", site=RENAL_SITE, dept="Renal Transplantation",
    specialty="Renal Transplantation", clinician="Dr Catrin Llewellyn-Price", patient=P,
    event="2028-01-10", letter_date="2028-01-11", sent="2028-01-12 14:10", fmt="pdf",
    text=f"""
    Dr R Bhatti
    Hollinsworth Medical Practice

    Dear Dr Bhatti

    {ids(P, "AUH7108359")}
    Transplant clinic 10/01/2028

    Thank you for returning the signed shared care agreement for tacrolimus and mycophenolate (received 04/01/2028).

    # Current position
    Living donor kidney transplant 04/2026. Creatinine 118 (stable), tacrolimus level 6.1 (target 5-8), Hb 131, no rejection episodes. BP 128/76.

    # Medication
    | Drug | Dose |
    | Tacrolimus (Adoport, prescribe by brand) | 3 mg twice daily |
    | Mycophenolate mofetil | 500 mg twice daily |
    | Prednisolone | 5 mg once daily |
    | Amlodipine | 5 mg once daily |

    # Plan
    - As agreed under the shared care agreement, from 01/02/2028 the practice will prescribe Adoport and mycophenolate; the transplant pharmacy has supplied enough until then.
    - Tacrolimus levels, FBC and U&E will continue to be taken at our transplant clinic (every 6 weeks), and we will write to you with any dose change.
    - Please avoid live vaccines. Thank you for giving his flu vaccine in October.

    Review in transplant clinic in 6 weeks.

    Yours sincerely

    Dr Catrin Llewellyn-Price
    Consultant Nephrologist
    """,
    notes="Hard negative: prescribing moves to the practice only after a signed shared-care agreement; "
          "monitoring kept by the transplant clinic.")

P = pt("Doreen Halsall", 224780, "1955-01-28")
letter(
    key="a02", kind="clinic_letter", prov="aldersyke", site=RENAL_SITE, dept="Renal Medicine",
    specialty="Renal Medicine", clinician="Dr Kwabena Asante-Doyle", patient=P,
    event="2028-01-17", letter_date="2028-01-18", sent="2028-01-20 09:41", fmt="plain",
    opts={"nohead": True},
    text=f"""
    ALDERSYKE RENAL UNIT - outpatient GP summary
    Seen 17/01/2028 renal vasculitis clinic

    HALSALL, Doreen   dob 28/01/1955   NHS: {spaced(P["nhs_number"])}   AUH7224780
    GP: Dr E Penhallow, Hollinsworth Medical Practice

    Dx:
    1. ANCA (MPO) vasculitis with renal involvement dx 03/2027 - induction rituximab + steroids, in remission
    2. CKD G3b A2 (creat 142, eGFR 33)
    3. hypertension

    Seen by: Dr K Asante-Doyle (Renal SpR) for Dr M Castellane

    Well. no rash, no haematuria on dip, no ENT symptoms. BP 136/82. Urine ACR 24 (from 41).

    Rx:
    - Azathioprine 100 mg od (stable dose since 09/2027) - GP to take over prescribing from Feb + monthly FBC/LFT
    - Prednisolone 5 mg od - continue (already on repeat at practice)
    - Ramipril 5 mg od - continue
    - Co-trimoxazole prophylaxis - STOPPED today

    Bloods: GP pls - U&E, bone profile and urine ACR in 4/52, results to renal secretaries before next clinic

    F/U: renal vasculitis clinic 3/12

    Dr Kwabena Asante-Doyle
    Specialty Registrar, Renal Medicine
    """,
    exp=[("shared_care_without_agreement", "GP to take over prescribing from Feb + monthly FBC/LFT"),
         ("tests_for_hospital", "Bloods: GP pls - U&E, bone profile and urine ACR in 4/52")],
    notes="Azathioprine (amber, shared care) handed over with monitoring, no protocol offered; bloods "
          "the renal clinic needs for its own review passed to the GP.")

P = pt("Nathaniel Osei-Barnes", 331598, "1986-09-05")
letter(
    key="a03", kind="discharge_summary", prov="aldersyke", site=RENAL_SITE,
    dept="Renal Transplantation - Ward 21", specialty="Renal Transplantation",
    clinician="Mr Ravindra Sundaralingam", patient=P,
    event="2028-01-27", ev_time="11:30", letter_date="2028-01-27", sent="2028-01-27 19:12", fmt="docx",
    text=f"""
    DISCHARGE SUMMARY

    {ids(P, "AUH7331598")}
    GP practice: Hollinsworth Medical Practice

    Admitted: 19/01/2028     Discharged: 27/01/2028 11:30
    Consultant: Mr Ravindra Sundaralingam, Consultant Transplant Surgeon
    Completed by: Dr Chloe Fenwick-Ames, FY2

    # Procedure
    Deceased donor (DBD) kidney transplant, right iliac fossa, 19/01/2028. Immediate graft function. CMV donor positive / recipient negative (high risk).

    # Progress
    Uncomplicated. Creatinine 164 on discharge (from 890). Ureteric stent in situ - removal at 6 weeks in the transplant day unit (booked).

    # Medication on discharge
    | Drug | Dose | Notes |
    | Tacrolimus (Adoport) | 4 mg twice daily | supplied by the transplant pharmacy until shared care is agreed |
    | Mycophenolate mofetil | 1 g twice daily | supplied by the transplant pharmacy |
    | Prednisolone | 20 mg once daily, reducing | 14 days supplied |
    | Valganciclovir | 450 mg once daily | 7 days supplied — GP to prescribe from 03/02/28 for 3 months |
    | Co-trimoxazole | 480 mg once daily | 14 days supplied |

    # Follow up
    - Transplant clinic twice weekly with bloods (tacrolimus level, U&E, FBC) - booked
    - Clips to be removed at day 14 (02/02/2028) - please arrange with practice nurse
    """,
    exp=[("hospital_only_prescribing", "7 days supplied — GP to prescribe from 03/02/28 for 3 months"),
         ("post_procedure_care",
          "Clips to be removed at day 14 (02/02/2028) - please arrange with practice nurse")],
    notes="Valganciclovir (red, CMV prophylaxis post-transplant) handed to the GP; transplant wound clip "
          "removal passed to the practice nurse. Sent the evening of discharge.")

P = pt("Leonard Tranter", 486033, "1949-04-11")
letter(
    key="a04", kind="clinic_letter", prov="aldersyke", dept="Cardiology - Arrhythmia Clinic",
    specialty="Cardiology", clinician="Dr Ama Boateng-Shaw", patient=P,
    event="2028-01-24", letter_date="2028-01-25", sent="2028-01-26 11:02", fmt="html",
    opts={"alt": True},
    text=f"""
    Dear Dr Fairclough

    {ids(P, "AUH7486033")}
    Arrhythmia clinic 24/01/2028

    Mr Tranter has persistent AF, now in sinus rhythm after DC cardioversion on 29/11/2027 with amiodarone loading. He feels much better.

    # Medication
    | Drug | Dose | Comment |
    | Apixaban | 5 mg twice daily | continue |
    | Amiodarone | 200 mg once daily (loading complete) | GP to continue and monitor TFTs and LFTs 6-monthly |
    | Bisoprolol | 2.5 mg once daily | continue |
    | Simvastatin | 40 mg at night | see below |

    # Important
    After he left clinic I noticed that he is still taking simvastatin 40 mg from his repeat prescription. Simvastatin at this dose with amiodarone carries a significant risk of myopathy and rhabdomyolysis, and he has mentioned aching thighs. He has not yet been told. Please could you contact him in the next few days to stop the simvastatin and switch to atorvastatin 20 mg, and check a CK if the aching continues.

    # Plan
    - Echo and Holter in 6 months, which we will arrange, and review in the arrhythmia clinic.

    Dr Ama Boateng-Shaw
    Cardiology Registrar, for Dr Lionel Strachan
    """,
    exp=[("shared_care_without_agreement", "GP to continue and monitor TFTs and LFTs 6-monthly")],
    urgent=True,
    notes="Amiodarone (amber) handed over in the medication table with its monitoring and no shared-care "
          "agreement. A dangerous interaction (simvastatin 40 mg + amiodarone, with symptoms) needs action "
          "within days: urgent. The statin switch itself is left unlabelled (GP's own repeat drug).")

P = pt("Philippa Grainger", 517746, "1966-02-02")
letter(
    key="a05", kind="clinic_letter", prov="aldersyke", dept="Cardiology - Rapid Access Chest Pain Clinic",
    specialty="Cardiology", clinician="Dr Rupert Halloway", patient=P,
    event="2028-01-31", letter_date="2028-02-01", sent="2028-02-02 16:20", fmt="plain",
    text=f"""
    Dear Dr Bhatti

    {ids(P, "AUH7517746")}
    RACPC 31/01/2028

    Mrs Grainger has a 2-month history of exertional chest tightness. Resting ECG normal. QRISK 14%.

    # Plan
    - We have booked a CT coronary angiogram (Aldersyke Radiology, 14/02/2028) and will write to you and to Mrs Grainger with the result.
    - She was given a GTN spray from the clinic today with instructions.
    - You started atorvastatin 20 mg last year - please continue.
    - She asked whether she needs extra blood pressure checks; I explained that her BP will carry on being reviewed at her usual annual hypertension review at the practice.
    - She knows to call 999 if she has chest pain at rest lasting more than 15 minutes.

    No actions for the practice at this stage.

    Dr Rupert Halloway
    Consultant Cardiologist
    """,
    notes="Hard negative: test booked and result to be sent by the hospital; history of GP-started statin; "
          "ordinary annual review; conditional safety-netting.")

P = pt("Ivor Penrose", 650112, "1958-07-07")
letter(
    key="a06", kind="clinic_letter", prov="aldersyke", dept="Stroke Medicine - TIA Clinic",
    specialty="Stroke Medicine", clinician="Dr Saoirse Mulcahy", patient=P,
    event="2028-02-07", letter_date="2028-02-07", sent="2028-02-07 18:30", fmt="pdf",
    text=f"""
    Dr E Penhallow, Hollinsworth Medical Practice

    TIA clinic: 07/02/2028

    {ids(P, "AUH7650112")}

    # Event
    Two episodes of right hand weakness and word-finding difficulty, each 10-15 minutes, on 04/02 and 05/02/2028. ABCD2 5. Examination normal today.

    # Investigations today
    - MRI brain (DWI): small acute infarct left frontal cortex
    - Carotid duplex: 70–99% stenosis of the left internal carotid artery
    - ECG: sinus rhythm

    # Medication
    - Clopidogrel 75 mg once daily - 14 days supplied, then GP to continue long term
    - Atorvastatin 80 mg at night - started today, 28 days supplied

    # Plan
    He needs a vascular surgical opinion within 7 days for consideration of carotid endarterectomy. GP to refer urgently to the vascular surgeons (Aldersyke vascular on-call accepts GP referrals by telephone) - please do this tomorrow.

    DVLA: he must not drive for 1 month; he has been told.

    Dr Saoirse Mulcahy
    Stroke Registrar

    cc: Mr Ivor Penrose
    cc: Community stroke team
    """,
    exp=[("onward_referral", "GP to refer urgently to the vascular surgeons")],
    urgent=True,
    notes="Symptomatic 70-99% carotid stenosis: the TIA clinic asks the GP to make the time-critical "
          "referral to the vascular surgeons in its own trust. Urgent. Clopidogrel continuation is GP work.")

P = pt("Muriel Haverstock", 771486, "1944-12-19")
letter(
    key="a07", kind="discharge_summary", prov="aldersyke", dept="Vascular Surgery - Ward 9",
    specialty="Vascular Surgery", clinician="Mr Jonah Achterberg", patient=P,
    event="2028-02-11", letter_date="2028-02-11", sent="2028-02-11 17:34", fmt="docx",
    text=f"""
    DISCHARGE SUMMARY - Vascular Surgery

    {ids(P, "AUH7771486")}
    Date of discharge: 11/02/2028
    Consultant: Mr Jonah Achterberg

    # Procedure
    Right common femoral endarterectomy and patch angioplasty, 07/02/2028, for claudication at 50 yards.

    # Post-operative course
    Uncomplicated. Groin wound clean and dry. Palpable right foot pulses.

    # Wound and follow-up
    - Clips: removal at day 12 by the district nurses - referral sent by the ward on 11/02 (Tanyard district nursing team)
    - Wound check: vascular nurse specialist clinic 18/02/2028 (booked)
    - Vascular clinic review in 6 weeks (booked)

    # Medication
    - Clopidogrel 75 mg once daily - continue (on this before admission)
    - Atorvastatin 80 mg - continue
    - Paracetamol 1 g qds as required - 7 days supplied

    Fit note: not required (retired).

    GP actions: none.
    """,
    notes="Hard negative: post-operative clip removal arranged by the ward with the district nurses and "
          "wound check booked by the vascular team; 'GP actions: none'.")

P = pt("Kenneth Drabble", 832275, "1952-10-30")
letter(
    key="a08", kind="clinic_letter", prov="aldersyke", dept="Urology",
    specialty="Urology", clinician="Mr Oladipo Fashanu-Webb", patient=P,
    event="2028-01-06", letter_date="2028-01-18", sent="2028-01-19 12:44", fmt="html",
    text=f"""
    Dear Dr Fairclough

    {ids(P, "AUH7832275")}
    Clinic date: 06/01/2028
    Typed: 18/01/2028

    Mr Drabble has bothersome voiding symptoms (IPSS 17, QoL 4). Flow rate today Qmax 9 ml/s with a post-void residual of 60 ml. PSA 2.1 (normal for age). Prostate moderately enlarged and benign to feel.

    # Plan
    - Tamsulosin 400 micrograms once daily started today; 28 days given from clinic - please continue thereafter.
    - Lifestyle advice given (fluid timing, caffeine).
    - I have discharged him from the urology clinic. Should his PSA rise above the age-specific range on any future test, or if his symptoms fail to improve, he may be re-referred.

    Mr Oladipo Fashanu-Webb
    Consultant Urologist
    """,
    exp=[("late_clinic_letter", "Clinic date: 06/01/2028")],
    notes="Clinic letter sent 13 days after the clinic. Otherwise negative: green drug to continue, "
          "conditional re-referral only.")

P = pt("Gwen Ashworth-Riley", 905317, "1960-03-03")
letter(
    key="a09", kind="clinic_letter", prov="aldersyke", dept="Urology - Haematuria Clinic",
    specialty="Urology", clinician="Mr Oladipo Fashanu-Webb", patient=P,
    event="2028-02-14", letter_date="2028-02-15", sent="2028-02-16 10:12", fmt="plain",
    text=f"""
    Haematuria one-stop clinic 14/02/2028 (suspected cancer pathway)

    {ids(P, "AUH7905317")}
    To: Dr R Bhatti, Hollinsworth Medical Practice

    Ms Ashworth-Riley, 67, ex-smoker (30 pack years), one episode of painless visible haematuria in January.

    Flexible cystoscopy today: normal bladder mucosa, no tumour seen. Urine dip: blood ++.
    CT urogram: done today - formal report awaited.
    Urine cytology: sent today.

    The CT urogram report and the cytology result will be forwarded to the GP for action.

    Mr O Fashanu-Webb
    Consultant Urologist

    Signed electronically: Mr Oladipo Fashanu-Webb
    """,
    exp=[("results_chasing",
          "The CT urogram report and the cytology result will be forwarded to the GP for action")],
    urgent=True,
    notes="Implicit handover of the clinic's own pending suspected-cancer-pathway results (upper tract "
          "not yet excluded). Urgent: a pending result on a 2WW pathway that may need prompt action.")

P = pt("Hilary Cawthorne", 118904, "1959-08-08")
letter(
    key="a10", kind="referral_response", prov="aldersyke", site=RENAL_SITE, dept="Renal Medicine - Referral Triage",
    specialty="Renal Medicine", clinician="Dr Lucinda Farrow-Brooks", patient=P,
    event=None, letter_date="2028-02-21", sent="2028-02-21 13:05", fmt="pdf",
    text=f"""
    Dr I Fairclough
    Hollinsworth Medical Practice

    21/02/2028

    {ids(P, "AUH7118904")}
    e-RS UBRN: 0000 4417 2093

    # Referral: declining renal function (eGFR 38, previously 52 in 2026)

    Thank you for this referral, which I have triaged.

    We are returning this referral so that the following can be done in primary care first:
    1. Repeat U&E/eGFR now and in 3 months to establish the rate of decline
    2. Two early-morning urine ACRs
    3. Renal tract ultrasound
    4. Urine dip for haematuria
    5. Optimise BP to below 130/80 with an ACE inhibitor at the maximum tolerated dose

    Please resubmit the referral with these results if the eGFR decline is more than 25% or ACR above 70.

    Dr Lucinda Farrow-Brooks
    Consultant Nephrologist
    """,
    exp=[("referral_returned_for_workup",
          "We are returning this referral so that the following can be done in primary care first")],
    notes="Referral returned with a list of work-up (tests and treatment) to complete before resubmission.")

P = pt("Adebayo Fagbemi", 296671, "1975-05-15")
letter(
    key="a11", kind="referral_response", prov="aldersyke", dept="Cardiology - Advice and Guidance",
    specialty="Cardiology", clinician="Dr Tamsin Ellery", patient=P,
    event=None, letter_date="2028-02-24", sent="2028-02-24 08:58", fmt="docx",
    text=f"""
    Advice and Guidance response

    To: Dr R Bhatti, Hollinsworth Medical Practice
    {ids(P, "AUH7296671")}
    Date: 24/02/2028

    # Your request
    Referral to general cardiology clinic: 52-year-old man with 4 months of palpitations, two near-syncopal episodes, father died suddenly aged 58.

    # Response
    This referral has been converted to Advice & Guidance and not accepted for a clinic appointment.

    Advice: GP to arrange a 7-day ambulatory ECG and a transthoracic echocardiogram via direct access, and to re-refer if either is abnormal. Check TFTs, Hb and electrolytes.

    Dr Tamsin Ellery
    Consultant Cardiologist
    """,
    exp=[("referral_returned_for_workup",
          "This referral has been converted to Advice & Guidance and not accepted for a clinic appointment")],
    notes="A clinically appropriate referral (near-syncope, family history of sudden death) converted to "
          "A&G with the work-up handed back to the GP.")

P = pt("Dominic Scholes", 380025, "1981-01-09")
letter(
    key="a12", kind="clinic_letter", prov="aldersyke", dept="Urology Outpatients",
    specialty="Urology", clinician="Mr Fergus Oyinlola", patient=P,
    event=None, letter_date="2028-03-02", sent="2028-03-02 15:11", fmt="html",
    text=f"""
    Dear Dr Penhallow

    {ids(P, "AUH7380025")}

    Mr Scholes was booked into the urology clinic on 01/03/2028 for his right epididymal cyst and did not attend.

    Discharged (DNA x1). GP to re-refer via e-RS if he still wants surgery.

    Mr Fergus Oyinlola
    Consultant Urologist
    """,
    exp=[("dna_rereferral", "GP to re-refer via e-RS if he still wants surgery")],
    notes="Telegraphic DNA discharge after one missed appointment with a re-referral request.")

P = pt("Warren Pickersgill", 463318, "1968-11-21")
letter(
    key="a13", kind="discharge_summary", prov="aldersyke", dept="Cardiology - Coronary Care Unit",
    specialty="Cardiology", clinician="Dr Marguerite Oduya", patient=P,
    event="2028-02-03", ev_time="15:30", letter_date="2028-02-04", sent="2028-02-04 11:00", fmt="plain",
    text=f"""
    DISCHARGE SUMMARY - CCU

    {ids(P, "AUH7463318")}
    Admitted 31/01/2028. Discharged 03/02/2028 at 15:30.
    Consultant: Dr Marguerite Oduya    Author: Dr Sam Keighley (FY1)

    Dx: NSTEMI. Angiogram 01/02: 90% proximal LAD - PCI with 1 x DES. LV: EF 40% on inpatient echo, anterior hypokinesia.

    Medication on discharge (14 days supplied):
    - Aspirin 75 mg od - lifelong
    - Ticagrelor 90 mg bd - 12 months (stop 01/02/2029)
    - Atorvastatin 80 mg on
    - Bisoprolol 2.5 mg od - new
    - Ramipril 2.5 mg od - new; U&E checked day 3 of treatment on the ward, stable (creat 92)

    Cardiac rehab: referred by the ward.

    GP actions:
    - Echo to be arranged by GP in 6/52 to reassess LV function
    - Fit note: pt to see GP for this (warehouse supervisor, likely 4-6 weeks off)
    """,
    exp=[("tests_for_hospital", "Echo to be arranged by GP in 6/52 to reassess LV function"),
         ("fit_note", "Fit note: pt to see GP for this")],
    notes="Follow-up echo the cardiology team needs is passed to the GP; fit note for the admission period "
          "sent to the GP. Sent 19.5 hours after the stated discharge time: on time.")

P = pt("Edna Whitworth", 544901, "1939-06-16")
letter(
    key="a14", kind="discharge_summary", prov="aldersyke", dept="Stroke Medicine - Hyper-acute Stroke Unit",
    specialty="Stroke Medicine", clinician="Dr Pieter van der Merwe", patient=P,
    event="2028-01-24", letter_date="2028-01-26", sent="2028-01-27 09:00", fmt="pdf",
    text=f"""
    STROKE DISCHARGE SUMMARY

    {ids(P, "AUH7544901")}
    Date of admission: 13/01/2028
    Date of discharge: 24/01/2028
    Consultant: Dr Pieter van der Merwe

    # Diagnosis
    Left partial anterior circulation infarct. Thrombolysed. Residual mild right arm weakness and mild expressive dysphasia. mRS 2.

    # Medication (28 days supplied)
    - Clopidogrel 75 mg once daily
    - Atorvastatin 80 mg at night
    - Lansoprazole 15 mg once daily

    # Community follow-up (all referred by the stroke unit)
    - Early supported discharge team will visit from 25/01/2028
    - District nurses to review sacral pressure area twice weekly
    - Community speech and language therapy
    - Stroke clinic 6 weeks (booked)

    GP actions: none - community teams arranged.

    cc: Early Supported Discharge Team; Tanyard District Nursing Team; Mrs Whitworth's daughter (with consent)
    """,
    exp=[("late_discharge_summary", "Date of discharge: 24/01/2028")],
    notes="Discharge summary sent three days after discharge; otherwise everything is arranged with "
          "community teams (requests aimed at district nurses/ESD, not the GP).")

P = pt("Roy Gathercole", 612087, "1948-02-25")
letter(
    key="a15", kind="clinic_letter", prov="aldersyke", dept="Vascular Surgery",
    specialty="Vascular Surgery", clinician="Miss Beatrix Olufemi-Hart", patient=P,
    event="2028-02-28", letter_date="2028-02-29", sent="2028-03-01 10:33", fmt="docx",
    opts={"octet": True},
    text=f"""
    Dr R Bhatti, Hollinsworth Medical Practice

    Vascular clinic 28/02/2028

    {ids(P, "AUH7612087")}

    Mr Gathercole has a 4.6 cm infrarenal abdominal aortic aneurysm found on screening.

    - Surveillance: 3-monthly ultrasound via the AAA screening programme - next scan already booked for 05/2028.
    - BP well controlled on the amlodipine you prescribe - please continue.
    - Atorvastatin 20 mg (from the practice) - continue.
    - Smoking: we have referred him to the Quarrydale Stop Smoking Service today.
    - He knows to call 999 for sudden severe abdominal or back pain.

    No GP action needed.

    Miss Beatrix Olufemi-Hart
    Consultant Vascular Surgeon
    """,
    notes="Hard negative: surveillance via the screening programme; green drugs to continue; onward "
          "referral to stop-smoking made by the clinic. DOCX sent as application/octet-stream.")

P = pt("Lorraine Mbatha-Kerr", 707743, "1972-09-09")
letter(
    key="a16", kind="clinic_letter", prov="aldersyke", site=RENAL_SITE, dept="Renal Medicine - Low Clearance Clinic",
    specialty="Renal Medicine", clinician="Dr Idris Pemberton-Shah", patient=P,
    event="2028-03-06", letter_date="2028-03-07", sent="2028-03-08 14:02", fmt="plain",
    text=f"""
    Low clearance clinic 06/03/2028

    {ids(P, "AUH7707743")}
    Dear Dr Fairclough

    Mrs Mbatha-Kerr (CKD 5, IgA nephropathy) continues haemodialysis three times a week at the Quarrydale satellite unit. She is keen to be assessed for a kidney transplant and has been referred to the transplant assessment clinic.

    Please could the practice complete the transplant assessment GP questionnaire (past medical history, vaccination record, cervical and breast screening dates, any cancer history) that our coordinators will email to you, and return it to the transplant office within 2 weeks.

    Dialysis prescription, ESA and iron are managed by the unit. No medication changes.

    Dr Idris Pemberton-Shah
    Consultant Nephrologist
    """,
    exp=[("non_contractual_admin",
          "Please could the practice complete the transplant assessment GP questionnaire")],
    notes="The transplant unit's own assessment paperwork is passed to the practice to fill in.")

P = pt("Vernon Slack", 818850, "1980-12-03")
letter(
    key="a17", kind="results", prov="aldersyke", dept="Cardiology",
    specialty="Cardiology", clinician="Dr Rupert Halloway", patient=P,
    event=None, letter_date="2028-03-14", sent="2028-03-14 12:18", fmt="plain",
    text=f"""
    Dear Dr Penhallow

    {ids(P, "AUH7818850")}
    Result: transthoracic echocardiogram 09/03/2028

    Normal left ventricular size and function (EF 62%). No valve disease. No LV hypertrophy.

    I have written to Mr Slack with this result and explained that his murmur is an innocent flow murmur. He does not need further cardiology follow-up and has been discharged.

    This letter is for information only; no action is needed.

    Dr Rupert Halloway
    Consultant Cardiologist
    """,
    notes="Hard negative: the hospital tells the patient the result itself; information only.")

P = pt("Alwyn Pickering", 934415, "1946-08-27")
letter(
    key="a18", kind="discharge_summary", prov="aldersyke", dept="Urology - Day Surgery",
    specialty="Urology", clinician="Mr Fergus Oyinlola", patient=P,
    event="2028-03-28", ev_time="17:20", letter_date="2028-03-29", sent="2028-03-29 10:14", fmt="plain",
    opts={"nohead": True},
    text=f"""
    AUH eDischarge - DAY CASE SUMMARY (urology)

    PICKERING, Alwyn   DOB 27/08/1946   NHS {spaced(P["nhs_number"])}   AUH7934415
    GP: Hollinsworth Medical Practice
    Adm 28/03/2028 07:30 - Discharged 28/03/2028 17:20
    Cons: Mr Fergus Oyinlola    Summary by: Dr Ffion Garside (FY1)

    Proc: TURBT - single 1.5cm papillary tumour L lateral wall, appearance low grade, completely resected. Single-dose intravesical mitomycin C given.

    Catheter: removed on the unit, voided x2.

    Meds: nil new. Aspirin restarted 29/03.

    Histology: GP f/u re: histology and whether he needs further bladder instillations

    Check cystoscopy 3/12 - booked by urology.
    """,
    exp=[("results_chasing", "GP f/u re: histology and whether he needs further bladder instillations")],
    notes="Telegraphic nominal request: the urology team's own histology (and the treatment decision that "
          "follows) handed to the GP. Not flagged urgent: low-grade appearance, completely resected, check "
          "cystoscopy already booked. Sent 17 hours after the stated discharge (after the clocks changed).")

# ---------------------------------------------------------------- Ousebridge and Fellgate

P = pt("Chantelle Ridsdale", 139205, "1994-04-04")
letter(
    key="o01", kind="discharge_summary", prov="ousebridge", site=MATERNITY_SITE,
    dept="Maternity - Postnatal Ward", specialty="Obstetrics",
    clinician="Miss Adaeze Nwankwo-Hale", patient=P,
    event="2028-02-01", ev_time="13:10", letter_date="2028-02-01", sent="2028-02-01 20:45", fmt="pdf",
    text=f"""
    POSTNATAL DISCHARGE SUMMARY (MOTHER)

    {ids(P, "OFH3139205")}
    Consultant: Miss Adaeze Nwankwo-Hale
    Delivery: 29/01/2028, category 2 caesarean section for failure to progress; EBL 900 ml
    Discharged: 01/02/2028 13:10

    # Baby
    Live girl, 3.41 kg. Newborn physical examination done on 30/01/2028. Breastfeeding.

    # Mother
    Recovered well. Hb 101 on day 1 - oral iron started. BP 124/78.

    # Medication
    - Enoxaparin 40 mg sc once daily for 6 weeks - full 6-week supply given; taught to self-inject
    - Ferrous fumarate 210 mg twice daily - 28 days supplied
    - Paracetamol and ibuprofen as needed

    # Follow-up
    - Community midwife will visit on day 1 and day 5 at home.
    - Staples: she will book with you to have her staples removed on day 10 (08/02/2028).
    - Maternal postnatal check and the baby's 6-8 week check at the GP practice as usual.
    """,
    exp=[("post_procedure_care", "she will book with you to have her staples removed on day 10")],
    notes="Caesarean staple removal passed to the practice via the patient. The 6-8 week maternal and baby "
          "checks are ordinary GP work; midwife visits and full enoxaparin supply are negatives.")

P = pt("Farah Siddiqui-Lowe", 220364, "1991-10-12")
letter(
    key="o02", kind="clinic_letter", prov="ousebridge", site=MATERNITY_SITE,
    dept="Antenatal Clinic - Diabetes in Pregnancy", specialty="Obstetrics",
    clinician="Dr Imelda Costa", patient=P,
    event="2028-02-09", letter_date="2028-02-09", sent="2028-02-10 09:55", fmt="html",
    text=f"""
    Dear Dr Penhallow

    {ids(P, "OFH3220364")}
    Antenatal diabetes clinic, 09/02/2028 - 27+2 weeks

    Gestational diabetes confirmed on OGTT (fasting 5.9, 2-hour 8.4).

    - Metformin 500 mg twice daily started today and supplied by our pharmacy; further supplies will come from the antenatal clinic until delivery.
    - She is testing capillary glucose four times a day; the diabetes midwife will review her readings weekly by phone.
    - Levothyroxine 100 micrograms - please continue as usual; TFTs will be checked each trimester by the midwife.
    - Community midwife to check BP and urine at her routine antenatal visits.
    - Growth scans at 32 and 36 weeks have been booked.

    GP actions: none.

    Dr Imelda Costa
    Obstetric Registrar
    """,
    notes="Hard negative: hospital supplies the new drug; monitoring by midwives; green thyroid replacement "
          "to continue; scans booked.")

P = pt("Leanne Cottrill", 356617, "1996-07-29")
letter(
    key="o03", kind="ed_letter", prov="ousebridge", site=MATERNITY_SITE,
    dept="Maternity Triage", specialty="Obstetrics", clinician="Dr Bethan Ashcroft", patient=P,
    event="2028-01-18", letter_date="2028-01-18", sent="2028-01-18 23:10", fmt="plain",
    opts={"nohead": True},
    text=f"""
    OUSEBRIDGE MATERNITY UNIT - TRIAGE ATTENDANCE SUMMARY
    Attended: 18/01/2028 19:40   Left: 22:55

    Pt: COTTRILL, Leanne   DOB 29/07/1996   NHS {spaced(P["nhs_number"])}   G2P1   34+1/40
    GP: Hollinsworth Medical Practice

    PC: generalised itch esp palms + soles x 1 week, worse at night. no rash. FM normal.
    O/E: BP 118/72, CTG normal (Dawes-Redman criteria met), excoriations only.
    Ix: bile acids + LFTs sent at triage - results not back when she went home.

    Imp: ?intrahepatic cholestasis of pregnancy

    Plan: home. Chlorphenamine prn. GP to chase bile acids/LFTs and let us know if bile acids >19 (we would then book her into ANC for delivery planning). Advised re: fetal movements - to attend triage if reduced.

    Dr Bethan Ashcroft ST3 O&G
    """,
    exp=[("results_chasing", "GP to chase bile acids/LFTs and let us know if bile acids >19")],
    urgent=True,
    notes="Maternity triage sends its own pending bile acids to the GP to chase and act on; suspected "
          "obstetric cholestasis at 34 weeks needs action within days: urgent.")

P = pt("Kerry-Ann Baptiste", 441980, "1989-05-23")
letter(
    key="o04", kind="clinic_letter", prov="ousebridge", site=MATERNITY_SITE,
    dept="Antenatal Clinic", specialty="Obstetrics",
    clinician="Miss Adaeze Nwankwo-Hale", patient=P,
    event="2028-02-16", letter_date="2028-02-17", sent="2028-02-18 08:40", fmt="docx",
    text=f"""
    To: Dr I Fairclough, Hollinsworth Medical Practice
    cc: Community Midwifery Team (Tanyard); Perinatal Mental Health Team

    Antenatal clinic: 16/02/2028 (24+3 weeks)

    {ids(P, "OFH3441980")}

    # Summary
    Previous postnatal depression (2024). Mild anaemia at booking (Hb 104).

    # Plan
    - Community midwife to repeat FBC and ferritin at 28/40 (due 06/03/2028).
    - Ferrous fumarate 210 mg twice daily: she started this from you at booking - please continue.
    - We have referred her to the perinatal mental health team (referral sent 16/02/2028); she is aware.
    - Growth scans at 28, 32 and 36 weeks booked in our fetal medicine unit.
    - Review in antenatal clinic at 36 weeks.

    Miss Adaeze Nwankwo-Hale
    Consultant Obstetrician
    """,
    notes="Hard negative: bloods aimed at the community midwife; referral already made; GP-started iron "
          "to continue; scans booked.")

P = pt("Gordon Haigh", 527446, "1952-12-12")
letter(
    key="o05", kind="clinic_letter", prov="ousebridge", dept="Respiratory Medicine - ILD Clinic",
    specialty="Respiratory Medicine", clinician="Dr Keeley Marsh", patient=P,
    event="2028-01-20", letter_date="2028-01-26", sent="2028-01-27 14:25", fmt="pdf",
    opts={"page2": "tests_for_hospital"},
    text=f"""
    Dr Rohan Iyer-Blackwood, Consultant Respiratory Physician, Fellgate General Hospital
    cc: Dr R Bhatti, Hollinsworth Medical Practice
    cc: ILD Specialist Nurses
    cc: Mr G Haigh

    Clinic date: 20/01/2028
    Typed: 26/01/2028

    {ids(P, "OFH3527446")}

    # Diagnoses
    1. Idiopathic pulmonary fibrosis (MDT diagnosis 05/2026), FVC 68% predicted, DLCO 44%
    2. Right lower lobe pneumonia 12/2027, treated by the practice with doxycycline then co-amoxiclav
    3. Type 2 diabetes, on metformin
    4. Gastro-oesophageal reflux

    # Current treatment
    | Drug | Dose | Notes |
    | Pirfenidone | 801 mg three times daily | hospital only; supplied by the homecare provider |
    | Metformin | 1 g twice daily | GP |
    | Omeprazole | 20 mg once daily | GP |
    | Ambulatory oxygen | 2 L/min on exertion | via the home oxygen service |

    # History
    Mr Haigh was seen in the ILD clinic today for his routine 3-monthly review, his first since his chest infection before Christmas. He says his breathing has not quite got back to where it was: before the infection he could walk about 400 metres on the flat with his oxygen, and now he manages about 250 metres before he has to stop. His cough is dry and no worse than usual. He has had no fevers since he finished the co-amoxiclav and no haemoptysis. He is tolerating pirfenidone well now that he takes it with meals; the nausea he had when it was started has gone and he has had no photosensitivity rash. His weight is steady. He continues to be active in his allotment club in the summer and has asked whether he can fly to see his daughter in Spain in April.

    His wife, who came with him, feels he is a little more tired in the afternoons. He sleeps well and does not wake breathless. He has not had any ankle swelling.

    # Examination
    Comfortable at rest, saturations 94% on air at rest, dropping to 88% on walking to the clinic room. Fine bibasal inspiratory crackles, more prominent on the right than on his previous visit. Mild clubbing. No peripheral oedema. JVP not raised. Heart sounds normal.

    # Investigations today
    | Test | Result | Previous |
    | FVC | 2.41 L (66%) | 2.48 L (68%) |
    | DLCO | 42% | 44% |
    | 6-minute walk | 248 m, nadir SpO2 86% | 386 m, nadir 89% |
    | CRP | 8 | 3 |
    | Chest X-ray (in clinic) | some residual right basal consolidation superimposed on the fibrotic change | |

    # Discussion
    His lung function is broadly stable, with a small fall in FVC that is within the range we would expect after a chest infection. The drop in his walk distance is more marked, and I suspect that some of this is deconditioning after the pneumonia. The chest X-ray shows some residual consolidation at the right base, which may simply be slow resolution in a fibrotic lung, but we need to make sure it clears and that there is no underlying lesion, given his age and his history of smoking in the past.

    I have discussed flying with him: he will need a hypoxic challenge test before travelling, and I have requested this from our lung function department. I have also re-referred him to pulmonary rehabilitation, which he enjoyed two years ago.

    Liver function tests for pirfenidone are done monthly by the homecare nurse and were normal in January.

    # Plan
    1. Continue pirfenidone at the current dose; homecare deliveries and monthly LFTs continue as before.
    2. Hypoxic challenge test requested by us; result to our clinic.
    3. GP: please arrange a repeat CXR at 6/52, ideally by 02/03/28, to confirm resolution of the right basal consolidation.
    4. Pulmonary rehabilitation re-referral made today.
    5. ILD clinic review in 3 months with lung function.

    Dr Keeley Marsh
    Respiratory Medicine ST4, ILD service
    """,
    exp=[("tests_for_hospital", "please arrange a repeat CXR at 6/52, ideally by 02/03/28")],
    notes="Two-page letter addressed to the consultant and copied to the GP; the only GP line (page 2) asks "
          "for the follow-up chest X-ray the clinic wants. Red drug via homecare, rehab referral and "
          "hypoxic challenge done by the hospital. Sent exactly 7 days after clinic: on time.")

P = pt("Beryl Sowerby", 603751, "1946-01-07")
letter(
    key="o06", kind="discharge_summary", prov="ousebridge", dept="Respiratory Medicine - Ward 14",
    specialty="Respiratory Medicine", clinician="Dr Alastair Quennell", patient=P,
    event="2028-02-15", ev_time="11:45", letter_date="2028-02-16", sent="2028-02-16 16:20", fmt="plain",
    text=f"""
    DISCHARGE SUMMARY

    {ids(P, "OFH3603751")}
    Admission: 11/02/2028    Discharged 15/02/2028 11:45
    Consultant: Dr Alastair Quennell

    Diagnosis: infective exacerbation of COPD. No pneumonia on CXR. No NIV required.

    Medication changes:
    - Prednisolone 30 mg od - to complete 5 days (full supply given)
    - Doxycycline 100 mg od - 2 days supplied on TTO (pharmacy short); GP to issue a further 3 days to complete 5-day course
    - Inhalers unchanged; technique checked by the ward pharmacist

    Follow-up: COPD community team will visit within 72 hours (referred). Pulmonary rehab offered - she declined.
    Fit note: not applicable (retired).
    """,
    exp=[("hospital_only_prescribing", "GP to issue a further 3 days to complete 5-day course"),
         ("late_discharge_summary", "Discharged 15/02/2028 11:45")],
    notes="Short antibiotic supply on discharge (2 of 5 days) with the remainder passed to the GP; sent "
          "28.5 hours after the stated discharge time: late.")

P = pt("Marcus Tillotson", 718823, "1970-08-30")
letter(
    key="o07", kind="discharge_summary", prov="ousebridge", dept="ENT - Day Surgery Unit",
    specialty="ENT", clinician="Mr Declan Rutherford-Ng", patient=P,
    event="2028-02-22", ev_time="17:00", letter_date="2028-02-23", sent="2028-02-23 09:30", fmt="html",
    opts={"alt": True},
    text=f"""
    Day surgery discharge letter

    {ids(P, "OFH3718823")}
    Procedure date: 22/02/2028    Discharged: 22/02/2028 at 17:00
    Consultant: Mr Declan Rutherford-Ng

    # Procedure
    Excision biopsy of right level II cervical lymph node under GA. Haemostasis secured; 4-0 prolene sutures.

    # Post-operative
    Uneventful. Wound dry.

    # Follow-up
    - Please could the practice nurse remove the sutures from his neck wound on 29/02/2028 (day 7).
    - I will see him in the head and neck clinic on 07/03/2028 with the histology.
    - Analgesia: paracetamol and ibuprofen (own supply).
    """,
    exp=[("post_procedure_care",
          "Please could the practice nurse remove the sutures from his neck wound on 29/02/2028")],
    notes="Suture removal after the ENT team's own operation passed to the practice nurse (29 Feb 2028: "
          "leap day). Histology kept by the surgeon. Sent 16.5 hours after discharge.")

P = pt("Ellie Marchant", 829034, "2001-06-06")
letter(
    key="o08", kind="referral_response", prov="ousebridge", dept="ENT - Referral Management",
    specialty="ENT", clinician="Mr Kofi Brathwaite-Lunn", patient=P,
    event=None, letter_date="2028-03-07", sent="2028-03-07 11:49", fmt="docx",
    text=f"""
    Dr E Penhallow, Hollinsworth Medical Practice

    7 March 2028

    {ids(P, "OFH3829034")}
    Referral: recurrent tonsillitis

    Your referral has been reviewed and returned. Please document each episode of tonsillitis over the last 2 years (dates, whether seen by a clinician, antibiotics given) and send the completed record with a new referral, so that we can check it against the national criteria.

    Mr Kofi Brathwaite-Lunn
    Consultant ENT Surgeon
    """,
    exp=[("referral_returned_for_workup", "Your referral has been reviewed and returned")],
    notes="Referral returned asking the GP to compile more information before resubmitting.")

P = pt("Stuart Lumb", 905562, "1974-03-19")
letter(
    key="o09", kind="ed_letter", prov="ousebridge", dept="Emergency Department",
    specialty="Emergency Medicine", clinician="Dr Anouk Verhoeven", patient=P,
    event="2028-02-26", letter_date="2028-02-26", sent="2028-02-26 23:40", fmt="plain",
    text=f"""
    EMERGENCY DEPARTMENT DISCHARGE LETTER

    {ids(P, "OFH3905562")}
    Arrived 26/02/2028 16:02   Discharged 26/02/2028 22:31

    PC: central chest tightness on walking uphill x 3 weeks, settles with rest in 2-3 min. Today's episode at rest lasted 10 min.
    ECG: sinus rhythm, no ischaemic change. hs-Troponin 4 -> 5 (0 and 3 h). CXR normal.
    Impression: likely stable angina, ACS ruled out.

    Treatment: aspirin 75 mg od and GTN spray given from ED (28 days).

    Plan: discharged. GP to refer to the Rapid Access Chest Pain Clinic. Return to ED if pain at rest > 15 min.

    Dr Anouk Verhoeven, ED ST5
    """,
    exp=[("onward_referral", "GP to refer to the Rapid Access Chest Pain Clinic")],
    notes="ED diagnoses probable angina and hands the RACPC referral (same trust) back to the GP.")

P = pt("Norah Blenkinsop", 118036, "1950-09-02")
letter(
    key="o10", kind="discharge_summary", prov="ousebridge", dept="Acute Medical Unit",
    specialty="Acute Medicine", clinician="Dr Viktor Halvorsen", patient=P,
    event="2028-03-09", letter_date="2028-03-09", sent="2028-03-09 18:06", fmt="html",
    text=f"""
    DISCHARGE SUMMARY - ACUTE MEDICAL UNIT

    {ids(P, "OFH3118036")}
    Date of discharge: 09/03/2028
    Consultant: Dr Viktor Halvorsen

    Diagnosis: cellulitis of the left lower leg, complicated by AKI stage 1 (pre-renal)

    - Flucloxacillin 1 g four times daily to complete 7 days in total - the remaining 5 days supplied.
    - Ramipril was held on admission for AKI and restarted on day 3 after her U&E normalised (creatinine 84); no further checks are needed.
    - The leg has been marked; should the redness spread beyond the line or she becomes feverish, she knows to return to the Ambulatory Care Unit.

    No GP actions required.
    """,
    notes="Hard negative: full course supplied, ramipril restarted after the ward checked U&E, conditional "
          "safety-netting aimed at the patient.")

P = pt("Jason Cowperthwaite", 223497, "1988-01-31")
letter(
    key="o11", kind="ed_letter", prov="ousebridge", dept="Emergency Department",
    specialty="Emergency Medicine", clinician="Dr Precious Nkemelu", patient=P,
    event="2028-03-13", letter_date="2028-03-13", sent="2028-03-13 21:14", fmt="pdf",
    text=f"""
    Emergency Department attendance 13/03/2028

    {ids(P, "OFH3223497")}

    # Presentation
    Low back pain after lifting a pallet at work this morning. No red flags: no saddle anaesthesia, normal bladder and bowel function, normal neurology in both legs.

    # Diagnosis
    Mechanical low back strain.

    # Treatment and advice
    - Naproxen 500 mg twice daily with omeprazole 20 mg - 5 days supplied
    - Fit note (Med3) issued in ED for 7 days
    - Given the leaflet for physiotherapy self-referral (the MSK service accepts self-referral)
    - If he develops numbness around the back passage, leg weakness or problems passing urine he must return to ED immediately.

    Dr Precious Nkemelu
    ED Specialty Doctor
    """,
    notes="Hard negative: fit note already issued in ED, medication supplied, self-referral, conditional "
          "safety-netting.")

P = pt("Tyrone Ashbury", 336201, "1993-02-14")
letter(
    key="o12", kind="clinic_letter", prov="ousebridge", dept="ENT Outpatients",
    specialty="ENT", clinician="Mr Kofi Brathwaite-Lunn", patient=P,
    event=None, letter_date="2028-01-14", sent="2028-01-14 10:31", fmt="plain",
    text=f"""
    Dear Doctor

    {ids(P, "OFH3336201")}
    Consultant: Mr Kofi Brathwaite-Lunn

    This patient did not attend his ENT outpatient appointment on 11/01/2028 (referral: nasal obstruction).

    As per Trust Access Policy, patients who do not attend a first appointment are discharged. We would ask the GP to send a fresh referral if he still needs to be seen.

    ENT Outpatient Booking Team
    """,
    exp=[("dna_rereferral", "We would ask the GP to send a fresh referral if he still needs to be seen")],
    notes="Blanket discharge after one DNA with a request for a fresh referral. Signed by the booking team; "
          "clinician = consultant named on the letter.")

P = pt("Jodie Firth", 449126, "1998-11-03")
letter(
    key="o13", kind="clinic_letter", prov="ousebridge", site=MATERNITY_SITE,
    dept="Antenatal Clinic", specialty="Obstetrics", clinician="Hayley Dunmore", patient=P,
    event=None, letter_date="2028-03-01", sent="2028-03-01 09:12", fmt="docx",
    text=f"""
    Hollinsworth Medical Practice

    1st March 2028

    {ids(P, "OFH3449126")}
    EDD: 21/09/2028

    # Maternity booking - request for medical information

    Jodie has booked with the Ousebridge Maternity Unit. To complete her booking risk assessment, please could the practice fill in the attached GP Medical History Form for Maternity (Appendix A) and return it to ousebridge.antenatal@nhs.net within 5 working days.

    # Appendix A - GP Medical History Form for Maternity
    | Question | Answer (to be completed by the GP) |
    | Significant medical history | |
    | Mental health history | |
    | Current medication | |
    | Safeguarding concerns | |
    | Previous obstetric complications | |
    | GP signature and date | |

    Hayley Dunmore
    Antenatal Clinic Coordinator (Registered Midwife)
    """,
    exp=[("non_contractual_admin",
          "please could the practice fill in the attached GP Medical History Form for Maternity (Appendix A)")],
    notes="Maternity booking form passed to the practice to complete. Not an attendance: event_date null.")

P = pt("Deirdre Lomax", 531268, "1957-07-21")
letter(
    key="o14", kind="referral_response", prov="ousebridge", dept="Respiratory Medicine",
    specialty="Respiratory Medicine", clinician="Dr Alastair Quennell", patient=P,
    event=None, letter_date="2028-03-16", sent="2028-03-16 12:30", fmt="html",
    text=f"""
    Dear Dr Bhatti

    {ids(P, "OFH3531268")}
    Referral: breathlessness, ? COPD vs asthma

    Thank you for your referral, which has been accepted. Mrs Lomax has been booked into the breathlessness clinic on 12/04/2028, and we have requested full lung function tests in our laboratory on the same morning.

    In the meantime please continue her current inhalers. There is nothing further the practice needs to do before the appointment.

    Dr Alastair Quennell
    Consultant Respiratory Physician
    """,
    notes="Hard negative: referral accepted, tests requested by the hospital, green inhalers to continue.")

# ---------------------------------------------------------------- Merrow Vale CRHTT

CRISIS = "Crisis Resolution and Home Treatment Team"

P = pt("Owen Threlkeld", 612394, "1983-07-17")
letter(
    key="m01", kind="discharge_summary", prov="merrow", dept=CRISIS,
    specialty="Crisis Resolution and Home Treatment", clinician="Dr Miriam Osterfeld", patient=P,
    event="2028-02-03", ev_time="16:00", letter_date="2028-02-04", sent="2028-02-04 10:30", fmt="pdf",
    text=f"""
    Discharge from Home Treatment

    {ids(P, "MV-RiO 2281746")}
    Discharged from HTT caseload: 03/02/2028 at 16:00
    Responsible consultant: Dr Miriam Osterfeld

    # Episode
    Home treatment from 12/01/2028 for a depressive relapse of bipolar affective disorder after a bereavement. Daily visits, then alternate days. Mood improved, no suicidal thoughts at discharge. He is back at work part time.

    # Medication
    - Lithium carbonate (Priadel) 800 mg at night - started by the CMHT 05/2027; levels stable 0.6-0.8 mmol/L
    - Quetiapine 100 mg at night - added by HTT 14/01/2028, 28 days supplied, CMHT psychiatrist to review

    # Requests
    We ask that the GP now takes over prescribing of Priadel and the 3-monthly lithium level, U&E, calcium and TFT monitoring.

    # Follow-up
    - CMHT care coordinator (Joel Ambrose) will see him weekly for 4 weeks.
    - He has the 24/7 crisis line number.
    """,
    exp=[("shared_care_without_agreement",
          "We ask that the GP now takes over prescribing of Priadel and the 3-monthly lithium level, U&E, "
          "calcium and TFT monitoring")],
    notes="Lithium (amber) prescribing and monitoring transferred without a shared-care agreement. "
          "Sent 18.5 hours after the stated discharge from the caseload: on time.")

P = pt("Natasha Bellingham", 708855, "1999-12-24")
letter(
    key="m02", kind="clinic_letter", prov="merrow", dept=CRISIS,
    specialty="Crisis Resolution and Home Treatment",
    clinician="Priya Balasubramanian", patient=P,
    event="2028-01-08", letter_date="2028-01-09", sent="2028-01-10 09:18", fmt="plain",
    opts={"nohead": True},
    text=f"""
    MERROW VALE CRHTT - ASSESSMENT OUTCOME (GP copy)

    Name: Natasha BELLINGHAM   DOB 24/12/1999   NHS {spaced(P["nhs_number"])}
    GP: Hollinsworth Medical Practice
    Assessment: 08/01/2028, home visit, with her partner present

    Presentation: low mood and passive suicidal ideation after losing her job. no plan or intent. protective factors: partner, dog, sister nearby.

    Outcome: accepted for home treatment.
    - HTT will visit daily for the next week; safety plan agreed and copy left with her
    - she has our 24/7 crisis number
    - Sertraline 100 mg - no change (GP prescribing)
    - Fit note: issued by the HTT doctor (Dr Osterfeld) for 2 weeks
    - if she does not engage with HTT visits we will contact the practice

    No GP action needed at present.

    Priya Balasubramanian
    Clinical Nurse Specialist, CRHTT
    """,
    notes="Hard negative: HTT does the work, fit note already issued, green antidepressant unchanged, "
          "conditional note about contacting the practice.")

P = pt("Reece Halliwell", 806347, "2002-05-01")
letter(
    key="m03", kind="clinic_letter", prov="merrow", dept=CRISIS,
    specialty="Crisis Resolution and Home Treatment", clinician="Dr Lukas Brennan-Oduya", patient=P,
    event="2028-03-07", letter_date="2028-03-07", sent="2028-03-07 19:22", fmt="html",
    text=f"""
    Dear Hollinsworth Medical Practice

    {ids(P, "MV-RiO 2290418")}
    HTT medical review, 07/03/2028

    Reece has been on the HTT caseload since 01/03/2028 with paranoid ideas and auditory hallucinations; he has agreed to start medication.

    We have started aripiprazole 5 mg once daily today (07/03/2028). Reece has 3 days' supply from our team; GP please prescribe ongoing from 10/03 - the HTT doctor will review the dose weekly. Baseline bloods and ECG have been done by our team.

    HTT visits continue daily.

    Dr Lukas Brennan-Oduya
    Specialty Doctor, CRHTT
    """,
    exp=[("hospital_only_prescribing", "GP please prescribe ongoing from 10/03")],
    notes="Antipsychotic started by the crisis team the same day with only 3 days' supply; ongoing "
          "prescribing (before stabilisation, titration still by HTT) handed to the GP.")

P = pt("Amira Castellanos", 902839, "1987-03-08")
letter(
    key="m04", kind="discharge_summary", prov="merrow", dept=CRISIS,
    specialty="Crisis Resolution and Home Treatment", clinician="Dr Miriam Osterfeld", patient=P,
    event="2028-02-17", ev_time="15:00", letter_date="2028-02-18", sent="2028-02-18 09:00", fmt="docx",
    text=f"""
    HOME TREATMENT DISCHARGE LETTER

    {ids(P, "MV-RiO 2275530")}
    Discharged from HTT: 17/02/2028 15:00
    Responsible consultant: Dr Miriam Osterfeld

    # Summary
    Three weeks of home treatment for a crisis in the context of emotionally unstable personality disorder and relationship breakdown. Engaged well; no self-harm during the episode.

    # Medication
    No changes. Mirtazapine 30 mg at night (GP).

    # Follow-up
    Transferred to the CMHT (Merrow Vale South). Amira was advised to contact her GP to find out when her first CMHT appointment will be.

    Crisis plan shared with her; she has the crisis line number.
    """,
    exp=[("patient_redirected_to_gp",
          "Amira was advised to contact her GP to find out when her first CMHT appointment will be")],
    notes="Patient sent to the GP to find out about the trust's own CMHT appointment.")

P = pt("Kieran Dobbs", 137520, "2005-10-22")
letter(
    key="m05", kind="ed_letter", prov="merrow", dept="Mental Health Liaison and Crisis Assessment",
    specialty="Crisis Mental Health", clinician="Tomasz Wierzbicki", patient=P,
    event="2028-03-14", letter_date="2028-03-15", sent="2028-03-15 08:22", fmt="plain",
    opts={"nohead": True},
    text=f"""
    Merrow Vale MH Liaison / Crisis - assessment in Fellgate ED 14/03/2028 (23:10)

    DOBBS, Kieran  22/10/2005  NHS {spaced(P["nhs_number"])}
    GP: Hollinsworth Medical Practice

    Brought in by mum. 3/12 of withdrawal, believes neighbours are monitoring him via the wifi, hearing voices commenting. cannabis daily until 2/12 ago. no suicidal ideation, no violence. Capacity to decide on treatment: yes; declined admission and HTT.

    Imp: probable first episode psychosis

    Plan:
    - home with mum, crisis line number given
    - GP to refer urgently to EIP (Merrow Vale Early Intervention in Psychosis accepts GP referrals only) - ideally this week
    - no medication started

    Tomasz Wierzbicki, Crisis Practitioner (RMN)
    """,
    exp=[("onward_referral", "GP to refer urgently to EIP")],
    urgent=True,
    notes="Probable first-episode psychosis: the crisis service hands the urgent Early Intervention "
          "referral (its own trust) to the GP. Time-critical: urgent.")

P = pt("Gail Summerscales", 215964, "1961-04-29")
letter(
    key="m06", kind="clinic_letter", prov="merrow", dept=CRISIS,
    specialty="Crisis Resolution and Home Treatment", clinician="Dr Lukas Brennan-Oduya", patient=P,
    event="2028-02-04", letter_date="2028-02-14", sent="2028-02-15 15:55", fmt="pdf",
    text=f"""
    To: Merrow Vale North CMHT (duty worker)
    cc: Hollinsworth Medical Practice

    Date typed: 14/02/2028

    {ids(P, "MV-RiO 2266813")}
    Assessment date: 04/02/2028 (home visit, CRHTT)

    # Assessment
    Mrs Summerscales, known to the CMHT with recurrent depressive disorder, was assessed at home following a referral from her care coordinator. Severe depressive episode, no psychotic features. Passive death wishes, no plan.

    # Outcome
    - Accepted for home treatment: HTT visits daily, reviewed by HTT doctor weekly
    - Venlafaxine increased from 150 mg to 225 mg daily (HTT supplied 14 days)
    - CMHT care coordinator to remain involved

    No action for the GP; this letter is to keep you informed.

    Dr Lukas Brennan-Oduya
    Specialty Doctor, CRHTT
    """,
    exp=[("late_clinic_letter", "Assessment date: 04/02/2028")],
    notes="Assessment letter typed and sent 11 days after the home assessment; otherwise information only "
          "(letter addressed to the CMHT, copied to the GP).")

P = pt("Desmond Quayle", 327731, "1969-08-14")
letter(
    key="m07", kind="clinic_letter", prov="merrow", dept="CRHTT Medical Review Clinic",
    specialty="Crisis Resolution and Home Treatment", clinician="Dr Miriam Osterfeld", patient=P,
    event="2028-03-20", letter_date="2028-03-21", sent="2028-03-22 11:40", fmt="docx",
    text=f"""
    Dr R Bhatti, Hollinsworth Medical Practice

    Review: 20/03/2028

    {ids(P, "MV-RiO 2301187")}

    Mr Quayle has completed home treatment. His lithium level has been stable at 0.7 mmol/L for 9 months and his renal and thyroid function are normal.

    I have attached our Lithium Shared Care Protocol (Merrow Vale / Quarrydale ICB, version 4). Please let us know whether the practice is willing to accept shared care. Until we hear from you, we will continue to prescribe lithium and to monitor levels through the CMHT clinic.

    # Shared Care Protocol - summary of responsibilities
    | Specialist | Practice (only once accepted) |
    | Initiation, titration, first 12 months of monitoring | Prescribing once stable |
    | Annual review of indication | 3-monthly lithium level, U&E, calcium, TFT |

    Dr Miriam Osterfeld
    Consultant Psychiatrist
    """,
    notes="Hard negative: shared care properly offered for the practice's agreement, with the specialist "
          "continuing to prescribe until it is accepted.")

# ---------------------------------------------------------------- Kestwick Healthcare (independent sector)

P = pt("Glenys Arkwright", 423316, "1963-09-18")
letter(
    key="k01", kind="discharge_summary", prov="kestwick", dept="Orthopaedics - NHS e-Referral Patients",
    specialty="Orthopaedics", clinician="Mr Anselm Frobisher-Kaye", patient=P,
    event="2028-02-02", ev_time="10:30", letter_date="2028-02-02", sent="2028-02-02 16:00", fmt="pdf",
    text=f"""
    Kestwick Park Hospital - Inpatient Discharge Summary (NHS-funded patient)

    {ids(P, "KPH-00423316")}
    Consultant: Mr Anselm Frobisher-Kaye
    Admission: 31/01/2028   Discharge: 02/02/2028 10:30

    # Procedure
    Left total knee replacement (cemented), 31/01/2028.

    # Recovery
    Mobilising with two crutches, knee flexion 85 degrees. Wound clean.

    # Medication
    - Rivaroxaban 10 mg once daily for 14 days - full course supplied
    - Paracetamol 1 g qds and codeine 30 mg qds as required - 14 days supplied

    # Follow-up
    - Clips: removal at 14 days in the Kestwick Park outpatient nurse clinic (booked 14/02/2028)
    - Physiotherapy at Kestwick Park (booked)
    - Review with Mr Frobisher-Kaye at 6 weeks

    # Work
    School cook. Fit note: please issue as required - we anticipate 8-10 weeks off work.
    """,
    exp=[("fit_note", "Fit note: please issue as required")],
    notes="Independent-sector provider treating an NHS patient passes the post-operative fit note to the GP. "
          "Clip removal and physio kept by the provider; anticoagulant fully supplied.")

P = pt("Eric Sunderland", 507249, "1957-06-01")
letter(
    key="k02", kind="clinic_letter", prov="kestwick", dept="Urology - NHS e-Referral Patients",
    specialty="Urology", clinician="Mr Hamish Delacroix-Byrne", patient=P,
    event="2028-01-10", letter_date="2028-01-21", sent="2028-01-24 09:35", fmt="plain",
    text=f"""
    Dear Dr Fairclough

    {ids(P, "KPH-00507249")}

    I saw Mr Sunderland in clinic on 10/01/2028 with storage LUTS (urgency, frequency x10/day, nocturia x3). Flow rate normal, PVR 40 ml. PSA 1.4. Prostate small and benign.

    Impression: overactive bladder.

    Plan:
    - Mirabegron 50 mg od - started today, 28 days supplied; please continue if helpful (green on the Quarrydale formulary).
    - Tamsulosin - he was started on this by you last year; it has not helped and I have stopped it.
    - Urodynamics: requested. If he has not heard about a date within 6 weeks he should contact his GP to chase it.

    Kind regards

    Mr Hamish Delacroix-Byrne
    Consultant Urological Surgeon
    """,
    exp=[("late_clinic_letter", "I saw Mr Sunderland in clinic on 10/01/2028"),
         ("patient_redirected_to_gp", "he should contact his GP to chase it")],
    notes="Clinic letter sent 14 days after clinic (clinic date only in the narrative); patient told to "
          "chase the provider's own urodynamics booking through the GP.")

P = pt("Malcolm Everingham", 609901, "1955-02-11")
letter(
    key="k03", kind="results", prov="kestwick", dept="Urology - NHS e-Referral Patients",
    specialty="Urology", clinician="Mr Hamish Delacroix-Byrne", patient=P,
    event=None, letter_date="2028-02-29", sent="2028-02-29 14:50", fmt="html",
    text=f"""
    Dear Mr Everingham

    {ids(P, "KPH-00609901")}

    Thank you for attending for your prostate MRI on 21/02/2028. Your MRI and PSA results have now been reported and sent to your GP. Please make an appointment with your GP to discuss them.

    Yours sincerely

    Mr Hamish Delacroix-Byrne
    Consultant Urological Surgeon

    cc: Dr E Penhallow, Hollinsworth Medical Practice

    For the GP: MRI prostate 21/02/2028 - PI-RADS 2, prostate volume 52 ml, PSA density 0.09. No biopsy required. Discharged from urology.
    """,
    exp=[("patient_redirected_to_gp", "Please make an appointment with your GP to discuss them")],
    notes="Letter to the patient (copied to the GP) sends him to the GP for the provider's own results. "
          "Results reassuring: not urgent.")

P = pt("Bernadette Kilbride", 730458, "1968-10-05")
letter(
    key="k04", kind="clinic_letter", prov="kestwick", dept="ENT - NHS e-Referral Patients",
    specialty="ENT", clinician="Mr Leopold Achebe-Strand", patient=P,
    event="2028-03-08", letter_date="2028-03-09", sent="2028-03-10 10:07", fmt="docx",
    text=f"""
    Dr I Fairclough, Hollinsworth Medical Practice

    Clinic: 08/03/2028

    {ids(P, "KPH-00730458")}

    Mrs Kilbride has chronic rhinosinusitis with nasal polyps despite 3 months of nasal steroid drops and a course of doxycycline. Endoscopy: grade 2 polyps bilaterally.

    I have listed her for functional endoscopic sinus surgery (provisional date 04/04/2028). The GP will need to organise a CT of the sinuses before her surgery date so that I can plan the operation.

    Please continue Flixonase nasules in the meantime.

    Mr Leopold Achebe-Strand
    Consultant ENT Surgeon
    """,
    exp=[("tests_for_hospital", "The GP will need to organise a CT of the sinuses before her surgery date")],
    notes="Pre-operative planning CT the surgeon needs is put on the GP (obligation phrasing).")

P = pt("Terry Flintoft", 814672, "1959-01-19")
letter(
    key="k05", kind="clinic_letter", prov="kestwick", dept="Vascular Surgery - Pre-admission Unit",
    specialty="Vascular Surgery", clinician="Miss Oriana Pellegrini-Shaw", patient=P,
    event=None, letter_date="2028-02-17", sent="2028-02-17 12:22", fmt="pdf",
    text=f"""
    Hollinsworth Medical Practice
    FAO: Practice Manager / Patient's GP

    17 February 2028

    {ids(P, "KPH-00814672")}
    Procedure: endovenous laser ablation, right great saphenous vein (NHS e-Referral)
    Surgeon: Miss Oriana Pellegrini-Shaw

    Kestwick pre-admission: please complete and return the enclosed pre-operative health questionnaire, together with a current medication list and the last 3 blood pressure readings, by 01/03/2028 so that we can confirm his admission date.

    | Pre-operative health questionnaire (GP section) | |
    | Cardiac history | |
    | Respiratory history | |
    | Anticoagulants / antiplatelets | |
    | Allergies | |
    | GP name and signature | |

    Kestwick Park Pre-admission Team
    """,
    exp=[("non_contractual_admin", "please complete and return the enclosed pre-operative health questionnaire")],
    notes="The provider's own pre-operative assessment questionnaire sent to the practice to complete.")

P = pt("Lewis Hepplewhite", 901384, "1990-07-07")
letter(
    key="k06", kind="clinic_letter", prov="kestwick", dept="Orthopaedics - NHS e-Referral Patients",
    specialty="Orthopaedics", clinician="Mr Anselm Frobisher-Kaye", patient=P,
    event=None, letter_date="2028-03-21", sent="2028-03-21 09:02", fmt="plain",
    text=f"""
    Dear Dr Bhatti

    {ids(P, "KPH-00901384")}

    Mr Hepplewhite did not attend his new patient appointment for right shoulder pain on 20/03/2028.

    We have offered him a further appointment on 03/04/2028 and have written to him with the details. He will not be discharged unless he misses that appointment too.

    No action is needed from the practice.

    Mr Anselm Frobisher-Kaye
    Consultant Orthopaedic Surgeon
    """,
    notes="Hard negative: missed appointment rebooked by the provider; no re-referral request.")

P = pt("Pamela Rushworth", 117853, "1961-11-11")
letter(
    key="k07", kind="clinic_letter", prov="kestwick", dept="Cardiology - NHS e-Referral Patients",
    specialty="Cardiology", clinician="Dr Yusuf Haddad-Price", patient=P,
    event="2028-03-08", letter_date="2028-03-08", sent="2028-03-09 08:31", fmt="html",
    opts={"alt": True},
    text=f"""
    Dear Dr Penhallow

    {ids(P, "KPH-00117853")}
    Clinic 08/03/2028

    Mrs Rushworth has resistant hypertension; ambulatory BP average 152/94 on ramipril 2.5 mg and amlodipine 10 mg. Renal artery duplex and aldosterone:renin ratio normal.

    - I have increased ramipril to 5 mg once daily (28 days supplied today).
    - BP and U&E in 2 weeks have been booked at the Kestwick Park outpatient phlebotomy (22/03/2028); I will review the results and write to you.
    - Please update her repeat prescription to ramipril 5 mg once daily.
    - Her BP will then continue to be monitored at her usual hypertension reviews at the practice.

    Dr Yusuf Haddad-Price
    Consultant Cardiologist
    """,
    notes="Hard negative: monitoring after the dose change booked by the provider; updating a green repeat "
          "and routine hypertension review are ordinary GP work.")

P = pt("Clifford Dunstan", 218865, "1949-05-05")
letter(
    key="k08", kind="discharge_summary", prov="kestwick", dept="Urology - NHS e-Referral Patients",
    specialty="Urology", clinician="Mr Hamish Delacroix-Byrne", patient=P,
    event="2028-03-27", ev_time="11:00", letter_date="2028-03-27", sent="2028-03-27 15:30", fmt="docx",
    text=f"""
    Kestwick Park Hospital - Discharge Summary (NHS-funded patient)

    {ids(P, "KPH-00218865")}
    Admitted: 25/03/2028     Discharged: 27/03/2028 11:00
    Consultant: Mr Hamish Delacroix-Byrne

    # Procedure
    Transurethral resection of the prostate (bipolar), 25/03/2028.

    # Progress
    Catheter removed on day 2; trial without catheter passed (voided volumes over 200 ml, residual 30 ml).

    # Results
    Histology: Mr Delacroix-Byrne will review the histology and write to Mr Dunstan and to you with the result.

    # Medication
    - Tamsulosin stopped.
    - Paracetamol as needed (own supply).

    Fit note: not needed (retired).
    GP actions: nil.
    """,
    notes="Hard negative: histology kept and communicated by the surgeon; no GP action. Sent after the "
          "clocks changed (BST).")


# =========================================================================== other messages

OTHERS: list[dict] = []


def other(**kw):
    kw.setdefault("headers", {})
    kw.setdefault("html", None)
    OTHERS.append(kw)


other(key="x01", sent="2028-01-24 09:03", notes="Out-of-office auto-reply (Auto-Submitted: auto-replied).",
      frm="Janice Holroyd <janice.holroyd@aldersyke-uh.nhs.uk>",
      subject="Automatic reply: Query re Doreen Halsall - renal bloods",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
               "In-Reply-To": "<hmp.20280124090115.halsall@nhs.net>"},
      body="""
Thank you for your email. I am out of the office until Monday 31 January 2028
with no access to email.

For urgent renal queries please contact the renal secretaries on 0161 496 0345
or the renal registrar via the Aldersyke switchboard.

Janice Holroyd
Medical Secretary to Dr M Castellane, Renal Medicine
""")

other(key="x02", sent="2028-02-03 11:47",
      notes="Automatic acknowledgement from the independent-sector provider's mailbox (RFC 3834 headers).",
      frm="Kestwick Park Hospital NHS Patient Services <nhs.services@kestwickhealthcare.com>",
      subject="Re: Glenys Arkwright - fit note after knee replacement [Ref KPH-00423316]",
      headers={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply", "X-Autoreply": "yes",
               "In-Reply-To": "<hmp.20280203114402.arkwright@nhs.net>"},
      body="""
Thank you for contacting Kestwick Park Hospital NHS Patient Services.

This is an automatic acknowledgement. Your message has been logged and a member
of the team will respond within 5 working days. Please do not reply to this
message.

Kestwick Healthcare Group - Kestwick Park Hospital, Pinfold Road, Quarrydale
""")

other(key="x03", sent="2028-02-07 07:30",
      notes="ICB primary-care bulletin (List-Id, Precedence: bulk) that mentions interface problems.",
      frm="NHS Quarrydale ICB Primary Care Team <primarycare.bulletin@quarrydale-icb.nhs.uk>",
      subject="Primary Care Bulletin - Issue 5, February 2028",
      headers={"List-Id": "Quarrydale ICB Primary Care Bulletin <pc-bulletin.quarrydale-icb.nhs.uk>",
               "List-Unsubscribe": "<mailto:pc-bulletin-unsubscribe@quarrydale-icb.nhs.uk>",
               "Precedence": "bulk"},
      body="""
QUARRYDALE ICB - PRIMARY CARE BULLETIN, ISSUE 5

1. Interface group update
Our trusts have agreed to remind junior doctors that discharge letters should
not say "GP to repeat U&E" or "GP to arrange echo" where the hospital needs the
test. Please keep sending examples through the interface feedback form.

2. Spring covid booster campaign starts 1 April 2028.

3. Cervical screening: new sample-taker training dates are on the website.

You are receiving this because your practice is subscribed to the ICB
primary care mailing list.
""",
      html="""<html><body><h2>Quarrydale ICB - Primary Care Bulletin, Issue 5</h2>
<h3>1. Interface group update</h3><p>Our trusts have agreed to remind junior doctors that discharge
letters should not say &quot;GP to repeat U&amp;E&quot; or &quot;GP to arrange echo&quot; where the hospital needs
the test. Please keep sending examples through the interface feedback form.</p>
<h3>2. Spring covid booster</h3><p>The campaign starts 1 April 2028.</p>
<h3>3. Cervical screening</h3><p>New sample-taker training dates are on the website.</p>
<p style="font-size:8pt">You are receiving this because your practice is subscribed to the ICB primary care
mailing list.</p></body></html>
""")

other(key="x04", sent="2028-02-21 18:00",
      notes="LMC newsletter quoting typical request phrases on purpose (List-Id).",
      frm="Quarrydale LMC <news@quarrydale-lmc.example.org>",
      subject="LMC Weekly: 'Bloods: GP pls' and other phrases we keep seeing",
      headers={"List-Id": "Quarrydale LMC Weekly <weekly.quarrydale-lmc.example.org>",
               "List-Unsubscribe": "<https://quarrydale-lmc.example.org/unsubscribe>",
               "Precedence": "list"},
      body="""
QUARRYDALE LMC WEEKLY

Phrases of the month from your returned-request submissions:
  - "Bloods: GP pls"
  - "GP to chase histology"
  - "Discharged following DNA, please re-refer if still required"
  - "Patient to see GP for fit note"
  - "GP to take over prescribing"

Each of these is work the Standard Contract places with the provider. Use the
template letters on our website, and copy the ICB interface lead.

Quarrydale Local Medical Committee
""")

other(key="x05", sent="2028-03-03 08:15",
      notes="Cancer centre newsletter to GPs (List-Id); mentions the acute oncology line, not a letter.",
      frm="Calderbrook Cancer Centre GP Liaison <gp.liaison@calderbrook-cc.nhs.uk>",
      subject="Calderbrook Cancer Centre GP Update - March 2028",
      headers={"List-Id": "CCC GP Update <gp-update.calderbrook-cc.nhs.uk>", "Precedence": "bulk",
               "List-Unsubscribe": "<mailto:gp-update-leave@calderbrook-cc.nhs.uk>"},
      body="""
CALDERBROOK CANCER CENTRE - GP UPDATE, MARCH 2028

* The 24-hour Acute Oncology line is now 0113 496 0800. Patients on
  systemic anti-cancer treatment should call this number, not 111.
* New immunotherapy toxicity guide for primary care is on our website.
* Our chemotherapy unit now does all pre-treatment bloods on site; you should
  not receive requests to take these.

GP Liaison Team, Calderbrook Cancer Centre
""")

other(key="x06", sent="2028-02-07 19:42",
      notes="Patient e-mail asking the practice for a fit note after surgery at Kestwick (cross-link to the "
            "discharge summary that passed the fit note to the GP).",
      frm="Glenys Arkwright <glenys.arkwright@example.com>",
      subject="sick note please",
      body="""
Hello

I had my knee replaced at Kestwick Park last week and they said the surgery would
do my sick note. My work need one from 31st January. Can I collect it or will you
email it?

Thanks
Glenys Arkwright
18/09/1963
""")

other(key="x07", sent="2028-03-01 08:11",
      notes="Patient e-mail asking for an appointment to discuss MRI results (cross-link to the Kestwick "
            "results letter).",
      frm="Malcolm Everingham <m.everingham55@example.net>",
      subject="Appointment to discuss MRI",
      body="""
Dear Surgery,

Kestwick Park wrote to say my MRI results have been sent to you and I should
make an appointment to discuss them. Could someone ring me on 07700 900418 to
book one? I am free most afternoons.

Regards,
Malcolm Everingham
""")

other(key="x08", sent="2028-01-31 10:16", kind="ndr",
      notes="Delivery status notification returning the practice's own reply about a renal request "
            "(message/rfc822 carries request wording).",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>",
      subject="Undeliverable: Returned request - Doreen Halsall (NHS 999...)",
      headers={"Auto-Submitted": "auto-replied"},
      body="""
Your message could not be delivered to one or more recipients.

renal.secretarys@aldersyke-uh.nhs.uk
    The e-mail address could not be found. Check the spelling of the address.
""",
      orig_to="renal.secretarys@aldersyke-uh.nhs.uk",
      orig_subject="Returned request - Doreen Halsall",
      orig_body="""
Dear colleagues

Re: Doreen Halsall, DOB 28/01/1955

Your clinic letter of 18/01/2028 asked: "Bloods: GP pls - U&E, bone profile and
urine ACR in 4/52". These tests are for your own review, and under the NHS
Standard Contract the clinician who needs a test arranges it. Please arrange
them through your renal unit and let Mrs Halsall know directly.

Hollinsworth Medical Practice
""")

other(key="x09", sent="2028-02-14 06:02",
      notes="Phishing: fake NHSmail account-suspension notice from a look-alike domain.",
      frm="NHSmail Support <security-notice@nhsmail-support.example.net>",
      subject="ACTION REQUIRED: Your NHSmail mailbox will be suspended in 24 hours",
      body="""
Dear user,

Our records show your NHSmail password has expired. To avoid suspension of
hollinsworth.medical@nhs.net please verify your account within 24 hours:

    https://nhsmail-verify.example.net/login

Failure to verify will result in loss of all emails.

NHSmail Security Team
""")

other(key="x10", sent="2028-03-10 14:26",
      notes="Hospital reply in a RE: thread; quotes the practice's returned request, which quotes the "
            "original request word for word.",
      frm="Hayley Dunmore <hayley.dunmore@nhs.net>",
      subject="RE: Returned request - maternity booking form - Jodie Firth",
      headers={"In-Reply-To": "<hmp.20280303101500.firth@nhs.net>",
               "References": "<hmp.20280303101500.firth@nhs.net>"},
      body="""
Hi,

Thanks for your email. Point taken - I have asked Jodie's community midwife to
take the history from her at the next visit and we will request the GP summary
record through the usual route. Please disregard the form.

Kind regards
Hayley
Antenatal Clinic Coordinator, Ousebridge Maternity Unit

-----Original Message-----
From: Hollinsworth Medical Practice <hollinsworth.medical@nhs.net>
Sent: 03 March 2028 10:15
To: Ousebridge Antenatal <ousebridge.antenatal@nhs.net>
Subject: Returned request - maternity booking form - Jodie Firth

Dear Ms Dunmore

Your letter of 1 March 2028 asked: "please could the practice fill in the
attached GP Medical History Form for Maternity (Appendix A) and return it to
ousebridge.antenatal@nhs.net within 5 working days". Completing a provider's
booking forms is not part of general practice essential services, so we are
returning it. The summary care record is available to your team.

Hollinsworth Medical Practice
""")

other(key="x11", sent="2028-03-17 11:05",
      notes="Medico-legal request from a solicitor (records and a report for a personal-injury claim).",
      frm="Harcourt Lyle Solicitors <records@harcourtlyle.example.co.uk>",
      subject="Our client: Jason Cowperthwaite - request for medical records and GP report",
      body="""
Dear Sirs

Our client: Jason Cowperthwaite (DOB 31/01/1988)
Our ref: HL/PI/28/0417

We act for the above-named in a personal injury claim arising from an accident
at work on 13 March 2028. We enclose our client's signed authority and request
copies of his GP records for the last five years, together with a short report
on his attendance and treatment. We will pay your reasonable fee on receipt of
your invoice.

Yours faithfully
Harcourt Lyle Solicitors
""")

other(key="x12", sent="2028-01-25 15:40", kind="mdn",
      notes="Read receipt (multipart/report, disposition-notification) from the cancer centre.",
      frm="Kirsty Abara <kirsty.abara@nhs.net>",
      subject="Read: Rosalind Ekwueme - query re bloods",
      body="""
Your message

  To: kirsty.abara@nhs.net
  Subject: Rosalind Ekwueme - query re bloods
  Sent: 25/01/2028 14:58

was read on 25/01/2028 15:40.
""")

other(key="x13", sent="2028-01-24 13:20",
      notes="Community pharmacy e-mail about a lenalidomide request (cross-link to the myeloma letter).",
      frm="Tanyard Pharmacy <tanyard.pharmacy@nhs.net>",
      subject="Lenalidomide - Margaret Oyelaran",
      body="""
Hi,

Mrs Oyelaran came in asking if we could order her lenalidomide as the hospital
letter said the surgery might put it on repeat. We can't supply it in the
community (hospital-only, risk minimisation programme) so she'll need to stay
with the Calderbrook pharmacy. Just letting you know in case a request comes
through.

Thanks, Dilip (pharmacist)
Tanyard Pharmacy
""")

other(key="x14", sent="2028-02-22 21:37",
      notes="Patient e-mail after being told by the crisis team to ask the GP about her CMHT appointment.",
      frm="Amira C <amira.castellanos@example.com>",
      subject="CMHT appointment?",
      body="""
Hi, the home treatment team said to ask you when my first CMHT appointment is.
I haven't heard anything. Do you know? Thanks, Amira Castellanos (08/03/1987)
""")

other(key="x15", sent="2028-03-06 10:00",
      notes="Marketing e-mail for a CPD webinar (bulk, List-Unsubscribe).",
      frm="MedEvents <events@medevents.example.com>",
      subject="Webinar: Mastering the primary-secondary care interface (1 CPD hour)",
      headers={"Precedence": "bulk", "List-Unsubscribe": "<https://medevents.example.com/u/8841>"},
      body="""
Join our panel of GPs and consultants for a one-hour webinar on 22 March 2028:
"GP to chase?" - what to do when hospitals pass work back.

Book now: https://medevents.example.com/interface28
Early-bird price ends Friday.
""")

other(key="x16", sent="2028-03-28 07:45",
      notes="Independent-sector provider's marketing newsletter from its .com domain (List-Id).",
      frm="Kestwick Healthcare GP Relations <gp.relations@kestwickhealthcare.com>",
      subject="Kestwick Healthcare GP Bulletin - spring 2028",
      headers={"List-Id": "Kestwick GP Bulletin <gp-bulletin.kestwickhealthcare.com>", "Precedence": "bulk",
               "List-Unsubscribe": "<mailto:unsubscribe@kestwickhealthcare.com>"},
      body="""
KESTWICK HEALTHCARE - GP BULLETIN, SPRING 2028

* New one-stop MSK clinic at Kestwick Park: NHS patients can choose us via e-RS.
* Our average wait for NHS hip and knee replacement is now 9 weeks.
* GP education evening: "Managing the post-operative knee", 20 April 2028.

Kestwick Healthcare Group, Kestwick Park Hospital, Pinfold Road, Quarrydale
""")


# =========================================================================== building

COVER = {
    "calder": ("This message contains a {doc} from Calderbrook Cancer Centre for a patient registered "
               "with your practice.\n\nNHS number: {nhs}\nDocument: {fn}\n\nPlease do not reply to this "
               "mailbox. Contact details for the team are on the letter.\n"),
    "aldersyke": ("Aldersyke University Hospitals NHS Trust - electronic correspondence\n\n"
                  "Document type: {doc}\nPatient NHS number: {nhs}\nAttachment: {fn}\n\n"
                  "This is an unmonitored address.\n"),
    "ousebridge": ("Please find attached a {doc} from Ousebridge and Fellgate Hospitals.\n\n"
                   "NHS No: {nhs}\nFile: {fn}\n\nCONFIDENTIAL: intended for the addressee only.\n"),
    "merrow": ("Good morning,\n\nPlease find attached correspondence ({doc}) from the Merrow Vale Crisis "
               "Resolution and Home Treatment Team regarding your patient, NHS {nhs}.\n\n"
               "Kind regards\nCRHTT Admin\n"),
    "kestwick": ("Dear Colleague,\n\nPlease find attached a {doc} for your NHS-funded patient "
                 "(NHS number {nhs}) treated at Kestwick Park Hospital.\n\nAttachment: {fn}\n\n"
                 "Kestwick Healthcare Group | kestwickhealthcare.com\n"),
}

SUBJECT = {
    "calder": "CCC Correspondence: {doc} - NHS {nhs}",
    "aldersyke": "{doc} [{hosp}] - NHS No {nhs}",
    "ousebridge": "OFH {doc}: {surname} ({nhs})",
    "merrow": "CRHTT correspondence - {doc} - {nhs}",
    "kestwick": "Kestwick Park Hospital - {doc} - {name}",
}


def msgid(sent: dt.datetime, key: str, domain: str) -> str:
    return f"<{sent.strftime('%Y%m%d%H%M%S')}.{key}@{domain}>"


def provider_of(L) -> dict:
    p = dict(PROV[L["prov"]])
    if L["site"]:
        p["site"] = L["site"]
    return p


def plain_letter(p, dept, blocks, nohead: bool) -> str:
    body = render_plain(blocks)
    if nohead:
        return body
    head = "\n".join([p["name"], dept, p["site"], ", ".join(p["addr"]), f"Tel: {p['phone']}"])
    return head + "\n" + "-" * 60 + "\n\n" + body


def build_letter(L) -> bytes:
    p = provider_of(L)
    sent = london(L["sent"])
    pat = L["patient"]
    blocks = parse_markup(L["text"])
    doc = DOCTYPE[L["kind"]]
    hosp = re.search(r"\b(AUH\d+|CCC\d+|OFH\d+|KPH-\d+|MV-RiO \d+)\b", L["text"])
    hosp = hosp.group(1) if hosp else "no hosp no"
    subj = L["subject"] or SUBJECT[L["prov"]].format(
        doc=doc, nhs=pat["nhs_number"], hosp=hosp, surname=pat["name"].split()[-1].upper(),
        name=pat["name"])
    msg = EmailMessage()
    msg["From"] = p["sender"]
    msg["To"] = PRACTICE_TO
    msg["Subject"] = subj
    msg["Date"] = email.utils.format_datetime(sent)
    msg["Message-ID"] = msgid(sent, L["key"], p["domain"])
    msg["X-Mailer"] = p["mailer"]
    fmt = L["fmt"]
    if fmt == "plain":
        msg.set_content(plain_letter(p, L["dept"], blocks, L["opts"].get("nohead", False)))
    elif fmt == "html":
        html = html_doc(p, L["dept"], blocks, style="tablehead" if L["prov"] in ("aldersyke", "kestwick")
                        else "plainhead")
        if L["opts"].get("alt"):
            msg.set_content(plain_letter(p, L["dept"], blocks, False))
            msg.add_alternative(html, subtype="html")
        else:
            msg.set_content(html, subtype="html")
    else:
        stamp = sent.strftime("%Y%m%d")
        short = {"clinic_letter": "CL", "discharge_summary": "DS", "referral_response": "RR",
                 "results": "RES", "ed_letter": "ED"}[L["kind"]]
        ext = "pdf" if fmt == "pdf" else "docx"
        fn = f"{short}_{pat['nhs_number']}_{stamp}.{ext}"
        created = sent - dt.timedelta(minutes=7)
        title = f"{doc} - {pat['name']}"
        msg.set_content(COVER[L["prov"]].format(doc=doc, nhs=spaced(pat["nhs_number"]), fn=fn))
        if fmt == "pdf":
            data = make_pdf(p, L["dept"], blocks, title, created)
            msg.add_attachment(data, maintype="application", subtype="pdf", filename=fn)
        else:
            data = make_docx(p, L["dept"], blocks, title, created)
            if L["opts"].get("octet"):
                msg.add_attachment(data, maintype="application", subtype="octet-stream", filename=fn)
            else:
                msg.add_attachment(
                    data, maintype="application",
                    subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=fn)
    return msg.as_bytes(policy=OUT_POLICY)


def dedent_body(s: str) -> str:
    return s.strip("\n") + "\n"


def build_other(oth) -> bytes:
    sent = london(oth["sent"])
    domain = oth["frm"].rsplit("@", 1)[1].rstrip(">")
    kind = oth.get("kind")
    msg = EmailMessage()
    msg["From"] = oth["frm"]
    msg["To"] = PRACTICE_TO
    msg["Subject"] = oth["subject"]
    msg["Date"] = email.utils.format_datetime(sent)
    msg["Message-ID"] = msgid(sent, oth["key"], domain)
    for k, v in oth["headers"].items():
        msg[k] = v
    if kind == "ndr":
        report = EmailMessage()
        for k in ("From", "To", "Subject", "Date", "Message-ID"):
            report[k] = msg[k]
        for k, v in oth["headers"].items():
            report[k] = v
        report.set_content(dedent_body(oth["body"]))
        report.make_mixed()
        per_msg = EmailMessage()
        per_msg["Reporting-MTA"] = "dns; mx-relay03.nhs.net"
        per_rcpt = EmailMessage()
        per_rcpt["Final-Recipient"] = f"rfc822; {oth['orig_to']}"
        per_rcpt["Action"] = "failed"
        per_rcpt["Status"] = "5.1.1"
        per_rcpt["Diagnostic-Code"] = "smtp; 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"
        status = EmailMessage()
        status["Content-Type"] = "message/delivery-status"
        status.set_payload([per_msg, per_rcpt])
        report.attach(status)
        orig = EmailMessage()
        orig["From"] = PRACTICE_TO
        orig["To"] = oth["orig_to"]
        orig["Subject"] = oth["orig_subject"]
        orig["Date"] = email.utils.format_datetime(sent - dt.timedelta(minutes=2))
        orig["Message-ID"] = "<hmp.20280131101400.halsall@nhs.net>"
        orig.set_content(dedent_body(oth["orig_body"]))
        report.add_attachment(orig)
        report.replace_header("Content-Type", "multipart/report")
        report.set_param("report-type", "delivery-status")
        return report.as_bytes(policy=OUT_POLICY)
    if kind == "mdn":
        report = EmailMessage()
        for k in ("From", "To", "Subject", "Date", "Message-ID"):
            report[k] = msg[k]
        report.set_content(dedent_body(oth["body"]))
        report.make_mixed()
        mdn = EmailMessage()
        mdn.set_payload(
            "Reporting-UA: kirsty.abara@nhs.net; Microsoft Outlook 16.0\n"
            "Final-Recipient: rfc822; kirsty.abara@nhs.net\n"
            "Original-Message-ID: <hmp.20280125145800.ekwueme@nhs.net>\n"
            "Disposition: manual-action/MDN-sent-manually; displayed\n")
        mdn["Content-Type"] = "message/disposition-notification"
        report.attach(mdn)
        report.replace_header("Content-Type", "multipart/report")
        report.set_param("report-type", "disposition-notification")
        return report.as_bytes(policy=OUT_POLICY)
    msg.set_content(dedent_body(oth["body"]))
    if oth["html"]:
        msg.add_alternative(oth["html"], subtype="html")
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

class _Text(HTMLParser):
    BLOCK = {"p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "hr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "title"):
            self.skip += 1
        elif tag in self.BLOCK:
            self.out.append("\n")
        elif tag in ("td", "th"):
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self.skip -= 1
        elif tag in self.BLOCK:
            self.out.append("\n")
        elif tag in ("td", "th"):
            self.out.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(s: str) -> str:
    t = _Text()
    t.feed(s)
    t.close()
    return "".join(t.out)


def pdf_texts(data: bytes) -> tuple[list[str], str]:
    """(pypdf text per page, pdfium full text)."""
    import pypdf
    import pypdfium2 as pdfium

    pages = [pg.extract_text() or "" for pg in pypdf.PdfReader(io.BytesIO(data)).pages]
    doc = pdfium.PdfDocument(data)
    full = []
    for i in range(len(doc)):
        tp = doc[i].get_textpage()
        full.append(tp.get_text_range())
        tp.close()
    doc.close()
    return pages, "\n".join(full)


def docx_text(data: bytes) -> str:
    import docx

    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                out.append(c.text)
    for s in d.sections:
        out += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    return "\n".join(out)


def extract(msg):
    """Return (texts that any reader sees, list of (pypdf pages, pdfium text) per PDF)."""
    texts, pdfs = [], []
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart() or ct.startswith("message/"):
            continue
        fn = (part.get_filename() or "").lower()
        if ct == "text/plain" and not fn:
            texts.append(part.get_content())
        elif ct == "text/html":
            texts.append(html_text(part.get_content()))
        elif ct == "application/pdf" or fn.endswith(".pdf"):
            pdfs.append(pdf_texts(part.get_payload(decode=True)))
        elif fn.endswith(".docx"):
            texts.append(docx_text(part.get_payload(decode=True)))
    return texts, pdfs


def found(ev: str, texts, pdfs) -> bool:
    e = collapse(ev)
    if any(e in collapse(t) for t in texts):
        return True
    return any(e in collapse("\n".join(pages)) and e in collapse(full) for pages, full in pdfs)


def is_late(kind, event, ev_time, sent: dt.datetime) -> bool:
    d = dt.date.fromisoformat(event)
    sent_l = sent.astimezone(london("2028-01-01 00:00").tzinfo)
    days = (sent_l.date() - d).days
    if kind == "clinic_letter":
        return days > 7
    if ev_time:
        start = london(f"{event} {ev_time}")
        return sent - start > dt.timedelta(hours=24)
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
    files = sorted(p.name for p in OUT.glob("*.eml"))
    if files != sorted(lab["file"] for lab in labels):
        bad("file list does not match labels")
    seen_nhs = {}
    for lab in labels:
        lid = lab["id"]
        if list(lab) != LABEL_KEYS:
            bad(f"{lid}: label keys {list(lab)}")
        if lab["kind"] not in KINDS:
            bad(f"{lid}: kind {lab['kind']}")
        raw = (OUT / lab["file"]).read_bytes()
        if b"\r\n" not in raw:
            bad(f"{lid}: not CRLF")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        sent = email.utils.parsedate_to_datetime(msg["Date"])
        texts, pdfs = extract(msg)
        cats = [e["category"] for e in lab["expected"]]
        if len(cats) != len(set(cats)):
            bad(f"{lid}: duplicate category")
        for e in lab["expected"]:
            if e["category"] not in CATEGORIES:
                bad(f"{lid}: category {e['category']}")
            if not found(e["evidence"], texts, pdfs):
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
        if n in seen_nhs and seen_nhs[n] != pat["name"]:
            bad(f"{lid}: NHS number reused")
        seen_nhs[n] = pat["name"]
        everything = collapse("\n".join(texts + [full for _p, full in pdfs]))
        if spaced(n) not in everything and n not in everything:
            bad(f"{lid}: NHS number not in text")
        if lab["clinician"] and collapse(lab["clinician"]) not in everything:
            bad(f"{lid}: clinician {lab['clinician']!r} not in text")
        if lab["trust"] != PROV[it["prov"]]["name"]:
            bad(f"{lid}: trust")
        for k in ("event_date", "letter_date"):
            if lab[k] is not None:
                dt.date.fromisoformat(lab[k])
                if lab[k] > sent.date().isoformat():
                    bad(f"{lid}: {k} after sending")
        # lateness
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
                stated = f"{dmy(lab['event_date'])} at {it['ev_time']}"
                stated2 = f"{dmy(lab['event_date'])} {it['ev_time']}"
                if stated not in everything and stated2 not in everything:
                    bad(f"{lid}: discharge time not stated in the letter")
        elif late_cat in cats:
            bad(f"{lid}: late label without event date")
        # evidence on page 2 where the letter is meant to be long
        pg = it["opts"].get("page2")
        if pg:
            ev = collapse(next(e["evidence"] for e in lab["expected"] if e["category"] == pg))
            pages = pdfs[0][0]
            if len(pages) < 2 or ev in collapse(pages[0]) or ev not in collapse(pages[1]):
                bad(f"{lid}: {pg} evidence is not on page 2")
    if ok:
        print(f"verified {len(labels)} messages: OK")
    return ok


def summary():
    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    from collections import Counter
    kinds = Counter(lab["kind"] for lab in labels)
    cats = Counter(e["category"] for lab in labels for e in lab["expected"])
    letters = [lab for lab in labels if lab["kind"] != "other"]
    print("kinds:", dict(sorted(kinds.items())))
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
