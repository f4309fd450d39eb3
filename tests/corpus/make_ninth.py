#!/usr/bin/env python3
"""Build the ninth (independent) bouncebot corpus: tests/corpus/ninth/.

Written without reference to the detection rules.  Everything in here is invented: the practice
(Brindlecombe Health Centre), the five providers, the clinicians, the patients, addresses,
telephone numbers (Ofcom drama ranges) and NHS numbers (999 test range, valid under Modulus 11).
Dates are July to September 2028 (Europe/London, British Summer Time throughout: +0100).

Style: structured letters as electronic patient record systems print them under the PRSB/AoMRC
headings (key: value header blocks, "Requested actions - GP", action tables with Action /
Responsible / By-when columns), with the indirect wording trusts actually use.

The generic e-mail/PDF/DOCX helpers are imported from make_third.py; the letters, the message
builder, the labels and the verification are this file's own.  The build is deterministic.

    python3 tests/corpus/make_ninth.py            # build, then verify
    python3 tests/corpus/make_ninth.py --verify-only
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

OUT = HERE / "ninth"
OUT_POLICY = email.policy.SMTP.clone(max_line_length=998)  # CRLF, header lines left unfolded
PREFIX = "ninth"

PRACTICE = "Brindlecombe Health Centre"
PRACTICE_ADDR = "brindlecombe.hc@nhs.net"
PRACTICE_TO = f"{PRACTICE} <{PRACTICE_ADDR}>"
PRACTICE_POSTAL = "3 Coopers Yard, Brindlecombe, Wexhamshire QX7 4NB"

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
    "sallow": dict(
        name="Sallowmere University Hospitals NHS Foundation Trust",
        site="Sallowmere General Hospital", addr=["Marsh Lane", "Sallowmere", "QX2 8HD"],
        phone="0115 496 0627", domain="sallowmere-uh.nhs.uk",
        sender="SUH Clinical Correspondence <clinical.correspondence@sallowmere-uh.nhs.uk>",
        mailer="SUH EPR Document Distribution 3.2"),
    "thorn": dict(
        name="Thornwick Children's Hospital NHS Foundation Trust",
        site="Thornwick Children's Hospital", addr=["Lantern Hill", "Thornwick", "QX9 1PW"],
        phone="0117 496 0954", domain="thornwickchildrens.nhs.uk",
        sender="Thornwick Children's Hospital Letters <letters@thornwickchildrens.nhs.uk>",
        mailer="TCH ClinicalDocs 5.0"),
    "grey": dict(
        name="Greyfriars Moor Partnership NHS Foundation Trust",
        site="Fellside Resource Centre", addr=["Abbey Mews", "Greyfriars Moor", "QX4 6DL"],
        phone="0114 496 0318", domain="greyfriarsmoor.nhs.uk",
        sender="GMP Clinical Letters <gmp.clinicalletters@nhs.net>",
        mailer="RiO Correspondence 8.1"),
    "wex": dict(
        name="Wexhamshire Community Health Services NHS Trust",
        site="Brindlecombe Community Hospital", addr=["Orchard Road", "Brindlecombe", "QX7 5RT"],
        phone="0121 496 0473", domain="wexhamshire-chs.nhs.uk",
        sender="WCHS Community Correspondence <wchs.correspondence@nhs.net>",
        mailer="SystmOne Community Letters"),
    "copper": dict(
        name="Copperbeech Healthcare Ltd",
        site="Copperbeech NHS Treatment Centre", addr=["Tannery Road", "Sallowmere", "QX2 9JF"],
        phone="01632 960 842", domain="copperbeechhealthcare.co.uk",
        sender="Copperbeech Treatment Centre NHS Correspondence <copperbeech.nhs@nhs.net>",
        mailer="Copperbeech PAS Outbound 1.9"),
}

MATERNITY_SITE = "Sallowmere Maternity Unit, Sallowmere General Hospital"

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


def kv(p: dict, label: str, number: str) -> str:
    """A key: value patient block as EPR letters print it."""
    return (f"Patient: {p['name']}\nDate of birth: {dmy(p['dob'])}\n"
            f"NHS number: {spaced(p['nhs_number'])}\n{label}: {number}")


def line_id(p: dict, number: str) -> str:
    return f"{p['name'].upper()} | DOB {dmy(p['dob'])} | NHS {spaced(p['nhs_number'])} | {number}"


# =========================================================================== letters
# Markup (make_third.parse_markup): "# heading", "- bullet", "1. item", "| a | b |" table rows,
# other lines = lines of a paragraph; a blank line ends a block.

LETTERS: list[dict] = []


def letter(**kw):
    kw.setdefault("site", None)
    kw.setdefault("opts", {})
    kw.setdefault("exp", [])
    kw.setdefault("urgent", False)
    kw.setdefault("ev_time", None)
    kw.setdefault("subject", None)
    LETTERS.append(kw)


# ---------------------------------------------------------------- Sallowmere University Hospitals

P = pt("Dennis Oakshott", 441027, "1949-03-12")
letter(
    key="a01", kind="discharge_summary", prov="sallow", dept="Acute Medical Unit / Ward 22",
    specialty="Cardiology", clinician="Dr Imogen Saltonstall", patient=P,
    event="2028-07-21", ev_time="16:05", letter_date="2028-07-21", sent="2028-07-22 08:40", fmt="html",
    opts={"alt": True},
    text=f"""
    INPATIENT DISCHARGE SUMMARY

    {kv(P, "Hospital number", "SUH4410271")}
    Registered GP: Dr A Marchbank, Brindlecombe Health Centre
    Date of admission: 17/07/2028
    Date of discharge: 21/07/2028 16:05
    Discharging consultant: Dr Imogen Saltonstall (Cardiology)
    Completed by: Dr Felix Aguda-Marsh, FY2
    Discharge destination: usual place of residence (lives with wife)

    # Diagnoses
    - Primary: acute decompensated heart failure, HFrEF (LVEF 30% on echo 18/07/2028)
    - Secondary: permanent AF, rate controlled
    - Comorbidities: CKD G3a, type 2 diabetes (HbA1c 58), hypertension, OA knees

    # Clinical summary
    Presented with 2/52 of worsening SOBOE, orthopnoea and bilateral leg oedema to the knees. NT-proBNP 6,840. CXR: bilateral small effusions, upper lobe diversion. Treated with IV furosemide 80 mg bd; net fluid balance -6.2 L, weight 92.4 kg to 86.1 kg. Echo: dilated LV, EF 30%, moderate functional MR. Dapagliflozin started 20/07. Bisoprolol uptitrated. Creatinine peaked at 142 (baseline 118) and was 131 on the day of discharge; K+ 4.8.

    # Medication changes
    | Medicine | Change | Reason | Supply |
    | Furosemide 40 mg bd (08:00 and 14:00) | INCREASED from 40 mg od | fluid overload | 14 days supplied |
    | Dapagliflozin 10 mg od | NEW | HFrEF | supplied 5 days - GP to continue |
    | Bisoprolol 5 mg od | INCREASED from 2.5 mg od | HFrEF / AF rate | 14 days supplied |
    | Ramipril 2.5 mg od | unchanged | | own supply |
    | Apixaban 5 mg bd | unchanged | AF | own supply |
    | Metformin 1 g bd | unchanged | | own supply |

    # Information for the GP
    Dapagliflozin: ward stock was limited on the day of discharge. Sick-day rules explained to Mr Oakshott and his wife (stop if vomiting or unable to eat and drink).

    # Requested actions - GP
    | Action | Responsible | By when |
    | U&Es 1 week post discharge (diuretic increased, SGLT2i started) | GP | 28/07/2028 |
    | Add dapagliflozin 10 mg od to repeats | GP | before 26/07/2028 |

    # Other follow-up
    | Action | Responsible | By when |
    | Heart failure specialist nurse home visit | HF nursing team (referral sent 21/07) | within 2 weeks |
    | Cardiology OPA with repeat echo | Hospital - booked | 6/12 |
    | Daily weights; ring HF nurse if gain over 2 kg in 3 days | Patient | ongoing |
    """,
    exp=[("tests_for_hospital", "U&Es 1 week post discharge (diuretic increased, SGLT2i started)"),
         ("hospital_only_prescribing", "supplied 5 days - GP to continue")],
    notes="EPR discharge summary with action tables. The U&Es are the initial monitoring of the diuretic "
          "increase and SGLT2 inhibitor the hospital started (Responsible: GP). A new drug supplied for only "
          "5 days on discharge (under the 7-day minimum) is handed on. Sent about 16.5 h after the stated "
          "discharge time: on time. HF nurse, echo and OPA are hospital-owned.")

P = pt("Keeley Rawcliffe", 452218, "1996-11-02")
letter(
    key="a02", kind="ed_letter", prov="sallow", dept="Emergency Department",
    specialty="Emergency Medicine", clinician="Dr Rhiannon Stabler", patient=P,
    event="2028-07-05", letter_date="2028-07-06", sent="2028-07-06 01:15", fmt="plain",
    opts={"nohead": True},
    text=f"""
    SALLOWMERE GENERAL HOSPITAL - EMERGENCY DEPARTMENT
    ED DISCHARGE LETTER (auto-generated from Symphony EPR)

    {line_id(P, "MRN SUH4522184")}
    GP: Brindlecombe Health Centre
    Arrived: 05/07/2028 22:10   Departed: 06/07/2028 00:35   Disposal: home

    Presenting complaint: laceration L forearm - broken glass at home (washing up)
    Diagnosis: simple laceration 4 cm, L volar forearm. No tendon or nerve involvement. XR: no FB.
    Treatment: washout under LA (lidocaine 1%), 5 x 4-0 nylon interrupted sutures, non-adherent dressing.
    Tetanus: up to date (booster 2021).
    Analgesia: paracetamol OTC.

    GP to action:
    - ROS 10/7 by practice nurse at GP surgery - please action
    - Wound care leaflet given to pt

    Safety-netting: return to ED if spreading redness, pus, fever or numbness of fingers.
    Fit for work: yes (office job), no certificate needed.

    Clinician: Dr Rhiannon Stabler, ED Registrar (ST4)
    """,
    exp=[("post_procedure_care", "ROS 10/7 by practice nurse at GP surgery - please action")],
    notes="ED letter in EPR shorthand: removal of sutures the ED placed is passed to the practice nurse "
          "('please action'). Local policy may differ; by the taxonomy this is the treating team's "
          "aftercare. Safety-netting aimed at the patient is not a request.")

P = pt("Priya Halloran-Dutt", 463391, "1991-05-19")
letter(
    key="a03", kind="clinic_letter", prov="sallow", dept="Gastroenterology Outpatients",
    specialty="Gastroenterology", clinician="Dr Wilhelmina Foyle", patient=P,
    event="2028-08-03", letter_date="2028-08-11", sent="2028-08-14 10:20", fmt="pdf",
    text=f"""
    Dr T Ellery
    Brindlecombe Health Centre
    {PRACTICE_POSTAL}

    Clinic: Gastroenterology OPD (Dr Wilhelmina Foyle)
    Clinic date: 03/08/2028
    Dictated: 04/08/2028   Typed: 11/08/2028

    {kv(P, "Hospital number", "SUH4633917")}

    # Diagnoses
    - Probable irritable bowel syndrome, diarrhoea-predominant (Rome IV)
    - Iron deficiency (ferritin 9 ug/L) - GI cause to be excluded

    # History
    Ms Halloran-Dutt describes 9 months of loose stools 3-4 times a day with crampy lower abdominal pain relieved by defaecation and bloating that is worse in the evening. No nocturnal symptoms, no rectal bleeding. Weight stable. She is a primary school teacher and finds the urgency difficult during lessons. Mother has coeliac disease.

    # Examination
    BMI 22. Abdomen soft, mild LIF tenderness, no masses. PR declined.

    # Investigations
    Faecal calprotectin 87 ug/g (GP, 05/2028). Coeliac serology negative (GP, 05/2028). Hb 118, ferritin 9. A repeat faecal calprotectin kit was given today, to be returned to our laboratory.

    # Plan
    - OGD and colonoscopy requested by us (iron deficiency) - the endoscopy booking team will contact her directly
    - Mebeverine 135 mg tds: 1 month supplied in clinic
    - Ferrous fumarate 210 mg od: started; 28 days supplied
    - Review in gastroenterology clinic after endoscopy

    # GP to action
    - It would be appreciated if the practice could check the repeat calprotectin result when it is back and let us know if it is above 200, so that her colonoscopy can be expedited.
    - She would benefit from dietitian input for a low-FODMAP diet - we leave it to you to refer to the community dietetic service.

    Yours sincerely

    Dr Wilhelmina Foyle
    Consultant Gastroenterologist
    """,
    exp=[("late_clinic_letter", "Clinic date: 03/08/2028"),
         ("results_chasing",
          "It would be appreciated if the practice could check the repeat calprotectin result when it is back"),
         ("onward_referral", "we leave it to you to refer to the community dietetic service")],
    notes="Clinic letter sent 11 days after clinic. The practice is asked to check a calprotectin the clinic "
          "sent and report back, and to refer on to dietetics for the IBS the clinic is managing ('we leave "
          "it to you'). Endoscopy and medication are hospital-owned.")

P = pt("Gareth Umfreville", 474402, "1968-10-07")
letter(
    key="a04", kind="clinic_letter", prov="sallow", dept="Rheumatology - Early Arthritis Clinic",
    specialty="Rheumatology", clinician="Dr Anselm Whitlock-Barr", patient=P,
    event="2028-08-10", letter_date="2028-08-17", sent="2028-08-17 15:45", fmt="docx",
    text=f"""
    To: Dr N Vardy, Brindlecombe Health Centre

    Clinic date: 10/08/2028
    Letter date: 17/08/2028
    {kv(P, "Hospital number", "SUH4744028")}
    Seen by: Dr Anselm Whitlock-Barr, Consultant Rheumatologist

    # Diagnoses
    - Seropositive rheumatoid arthritis (RF positive, anti-CCP over 340), diagnosed 06/2028
    - DAS28-CRP 4.9 at diagnosis, 3.6 today

    # Current medication
    | Drug | Dose | Started |
    | Methotrexate | 15 mg once weekly (Saturdays) | 29/06/2028 at 10 mg; increased 10/08/2028 |
    | Folic acid | 5 mg once weekly (Wednesdays) | 29/06/2028 |
    | Prednisolone | 5 mg od, reduce by 1 mg every 2 weeks to stop | 06/2028 |

    # Progress
    Mr Umfreville has noticed less morning stiffness (now 40 minutes). Swollen joint count 4 (from 9). No mouth ulcers, nausea or breathlessness. Bloods in our phlebotomy today: FBC, U&E and LFTs normal. He has had his pneumococcal vaccine and the flu vaccine is due in the autumn programme.

    # Responsibilities
    - Rheumatology: review in 3/12 with DAS28; rheumatology nurse advice line 0115 496 0640
    - Primary care: we would be grateful for primary care to take over prescribing of methotrexate 15 mg weekly and folic acid, together with the monitoring bloods (FBC, U&E, LFT every 2 weeks until 6 weeks on a stable dose, then monthly for 3 months, then 3-monthly), from now on.
    - Patient: carries his methotrexate monitoring booklet; avoid trimethoprim.

    Dr Anselm Whitlock-Barr
    Consultant Rheumatologist
    """,
    exp=[("shared_care_without_agreement",
          "we would be grateful for primary care to take over prescribing of methotrexate 15 mg weekly and "
          "folic acid, together with the monitoring bloods")],
    notes="Prescribing and monitoring of methotrexate (a shared-care drug, dose increased the same day, so not "
          "yet stable) handed to primary care with no shared-care agreement offered. Sent exactly 7 days after "
          "clinic: on time.")

P = pt("Rosemary Tindall-Webb", 485530, "1963-04-25")
letter(
    key="a05", kind="discharge_summary", prov="sallow", dept="Trauma and Orthopaedics - Ward 9",
    specialty="Trauma and Orthopaedics", clinician="Mr Bartholomew Ince", patient=P,
    event="2028-08-08", ev_time="11:45", letter_date="2028-08-10", sent="2028-08-10 16:20", fmt="pdf",
    text=f"""
    DISCHARGE SUMMARY - ELECTIVE ORTHOPAEDICS

    {kv(P, "Hospital number", "SUH4855302")}
    GP practice: Brindlecombe Health Centre
    Date of admission: 04/08/2028
    Date of discharge: 08/08/2028 11:45
    Consultant: Mr Bartholomew Ince
    Author: Dr Laila Serafin, CT1 Orthopaedics (summary completed 10/08/2028)

    # Procedure
    Right uncemented total hip replacement (posterior approach), 05/08/2028. Skin closure with clips.

    # Post-operative course
    Uneventful. Hb 121 to 104. Mobilising with two sticks on day 2; cleared by physiotherapy and OT (stairs practised). Wound clean and dry at discharge.

    # Discharge medication (TTO)
    | Drug | Dose | Supply |
    | Rivaroxaban | 10 mg od | 32 days supplied (35 days in total) |
    | Paracetamol | 1 g qds | 14 days supplied |
    | Codeine phosphate | 30 mg qds prn | 7 days supplied |
    | Lansoprazole | 15 mg od | own supply, unchanged |

    # Who will do what
    | Action | Responsible | By when |
    | Removal of skin clips | Practice nurse, GP surgery | day 12-14 |
    | Hip precautions and exercises | Patient | 6 weeks |
    | Outpatient physiotherapy | Hospital (referral sent) | 2 weeks |
    | Orthopaedic review with X-ray | Hospital (booked) | 6 weeks |

    # Outstanding issues
    - Fit note: not issued on the ward - GP to provide (6 weeks from surgery). Mrs Tindall-Webb is a school catering assistant.
    - No driving for 6 weeks.
    """,
    exp=[("late_discharge_summary", "Date of discharge: 08/08/2028 11:45"),
         ("post_procedure_care", "Removal of skin clips Practice nurse, GP surgery"),
         ("fit_note", "Fit note: not issued on the ward - GP to provide (6 weeks from surgery)")],
    notes="Summary sent about 52.5 h after the stated discharge. Clip removal after the hospital's own surgery "
          "is put on the practice nurse in the responsibility table (evidence spans the Action and "
          "Responsible cells), and the post-operative fit note is passed to the GP. TTO fully supplied.")

P = pt("Abimbola Greenhalgh", 496614, "1993-12-08")
letter(
    key="a06", kind="discharge_summary", prov="sallow", site=MATERNITY_SITE, dept="Postnatal Ward M2",
    specialty="Obstetrics", clinician="Miss Oluwaseun Drakeford", patient=P,
    event="2028-07-26", ev_time="13:30", letter_date="2028-07-26", sent="2028-07-26 19:02", fmt="html",
    text=f"""
    POSTNATAL DISCHARGE SUMMARY - MOTHER

    {kv(P, "Hospital number", "SUH4966140")}
    Date of delivery: 24/07/2028 06:52
    Date of discharge: 26/07/2028 13:30
    Lead professional: Miss Oluwaseun Drakeford, Consultant Obstetrician
    Completed by: Ruth Ackerley, Registered Midwife

    # Pregnancy and delivery
    G2 P2. Gestational diabetes diagnosed at 26+2 weeks, on metformin 500 mg bd. Spontaneous vaginal delivery at 38+4 weeks; estimated blood loss 350 ml; second-degree tear repaired. Baby girl 3.42 kg, breastfeeding well.

    # Medication changes
    - Metformin: STOPPED at delivery (capillary glucose normal off treatment for 48 h)
    - Ferrous fumarate 210 mg bd: NEW (Hb 97), 28 days supplied

    # Follow-up
    - Community midwife home visit day 3 (booked)
    - Fasting plasma glucose at 6-13 weeks postnatally: arranged by the antenatal diabetes clinic; appointment letter sent to her
    - Routine 6-8 week maternal check with her GP as usual

    # For the attention of the GP
    Sallowmere LMNS gestational diabetes audit: kindly complete the enclosed GDM postnatal follow-up data collection form (Appendix 2) at her 6-8 week check and return it to sallowmere.maternityaudit@nhs.net.

    # Appendix 2 - GDM postnatal follow-up data collection form
    | Field | To be completed by GP practice |
    | Date of 6-8 week check | |
    | Fasting glucose / HbA1c result and date | |
    | BMI at 6-8 weeks | |
    | Breastfeeding at 6-8 weeks (Y/N) | |
    | Contraception discussed (Y/N) | |
    | Practice code and name of clinician | |
    """,
    exp=[("non_contractual_admin",
          "kindly complete the enclosed GDM postnatal follow-up data collection form (Appendix 2)")],
    notes="Maternity audit/data-collection form passed to the practice to fill in. The postnatal glucose is "
          "arranged by the hospital; the 6-8 week check is ordinary GP work. Summary sent the same day.")

P = pt("Lionel Fairbrass", 507725, "1975-02-14")
letter(
    key="a07", kind="referral_response", prov="sallow", dept="Cardiology - Referral Triage",
    specialty="Cardiology", clinician="Dr Cosmo Pettifer", patient=P,
    event=None, letter_date="2028-07-19", sent="2028-07-19 14:11", fmt="html",
    text=f"""
    REFERRAL TRIAGE OUTCOME

    {kv(P, "Hospital number", "SUH5077251")}
    Referred by: Dr N Vardy, Brindlecombe Health Centre (e-RS, routine)
    Referral received: 12/07/2028
    Triaged: 18/07/2028
    Outcome: RETURNED TO REFERRER - Advice and Guidance
    Triaging clinician: Dr Cosmo Pettifer, Consultant Cardiologist

    Dear Dr Vardy

    Thank you for referring Mr Fairbrass with intermittent palpitations over the past 3 months. There is no syncope, chest pain or family history of sudden cardiac death, and his resting ECG in the practice was normal.

    The referral has not been accepted at this stage. For GP to consider: please arrange a 7-day ambulatory ECG, TFTs, FBC and an echocardiogram via direct access, and re-refer with the results if these show an arrhythmia or structural heart disease.

    Advice: reduce caffeine and alcohol. If he develops palpitations with syncope, chest pain or breathlessness he should attend the Emergency Department the same day.

    Kind regards

    Dr Cosmo Pettifer
    Consultant Cardiologist
    """,
    exp=[("referral_returned_for_workup",
          "please arrange a 7-day ambulatory ECG, TFTs, FBC and an echocardiogram via direct access, and "
          "re-refer with the results")],
    notes="Routine referral returned with a list of work-up tests for the GP to do first ('For GP to "
          "consider'). Labelled only as a returned referral, not tests_for_hospital, because the work-up is "
          "asked for as a precondition of acceptance. Red-flag advice is conditional.")

P = pt("Hazel Cropper", 518842, "1952-01-30")
letter(
    key="a08", kind="results", prov="sallow", dept="Dermatology",
    specialty="Dermatology", clinician="Dr Ottoline Raine", patient=P,
    event=None, letter_date="2028-09-07", sent="2028-09-07 11:30", fmt="pdf",
    text=f"""
    RESULTS LETTER - HISTOLOGY

    Date: 07/09/2028
    To: Dr A Marchbank, Brindlecombe Health Centre
    {kv(P, "Hospital number", "SUH5188420")}

    Procedure: excision of lesion, left cheek, 10/08/2028 (Dermatology minor operations list)
    Operator: Dr Ottoline Raine, Consultant Dermatologist

    # Result
    Histology (reported 04/09/2028): nodular basal cell carcinoma, 7 mm, incompletely excised at the deep margin (0 mm); peripheral margins clear by 2 mm. No perineural invasion.

    # Plan
    - Discussed at the local skin MDT on 06/09/2028: further excision recommended.
    - We have referred her directly to the Mohs surgery service at Sallowmere; she will receive an appointment from them.

    # GP to action
    - Mrs Cropper has not yet been told of the histology result. Please could you discuss this result with her and explain that further surgery is recommended.

    Dr Ottoline Raine
    Consultant Dermatologist
    """,
    exp=[("patient_redirected_to_gp",
          "Please could you discuss this result with her and explain that further surgery is recommended")],
    notes="Histology of the department's own excision: the GP is asked to break the result to the patient "
          "('GP to discuss results with patient', which the taxonomy places here; results_chasing is the "
          "near alternative). The onward Mohs referral was made by the department, so no onward_referral.")

P = pt("Stanley Moorcroft", 529958, "1947-06-03")
letter(
    key="a09", kind="results", prov="sallow", dept="Radiology",
    specialty="Radiology", clinician="Dr Ngozi Ashcombe-Reid", patient=P,
    event=None, letter_date="2028-09-12", sent="2028-09-12 17:48", fmt="plain",
    opts={"nohead": True},
    text=f"""
    SALLOWMERE UNIVERSITY HOSPITALS NHS FOUNDATION TRUST - RADIOLOGY DEPARTMENT
    ALERT: UNEXPECTED SIGNIFICANT RADIOLOGICAL FINDING

    {kv(P, "Hospital number", "SUH5299583")}
    Registered GP: Brindlecombe Health Centre
    Examination: CT abdomen and pelvis with contrast
    Date of examination: 10/09/2028
    Requested by: Emergency Department (Dr Jasper Wolstenholme)

    Clinical details: RIF pain, ?appendicitis

    Report: No appendicitis. Incidental finding in the partially imaged chest: 28 mm spiculated mass in the right lower lobe, highly suspicious for a primary bronchogenic carcinoma. Small right hilar node. No liver or adrenal lesions. No lytic bone lesions.

    Recommendation: CT chest and referral to the lung cancer MDT.

    Note: the patient was discharged from the Emergency Department on 10/09/2028 before this report was issued. The ED consultant telephoned him today to tell him that the scan has shown a shadow on the lung that needs further tests.

    Action required by GP: please act on this result.
    We recommend that the GP refers him urgently via the suspected lung cancer (2WW) pathway.

    Reporting radiologist: Dr Ngozi Ashcombe-Reid, Consultant Radiologist
    This alert has been copied to the ED consultant and to the lung cancer nurse specialists.
    """,
    urgent=True,
    exp=[("results_chasing", "Action required by GP: please act on this result."),
         ("onward_referral",
          "We recommend that the GP refers him urgently via the suspected lung cancer (2WW) pathway.")],
    notes="URGENT: suspected lung cancer found on an ED-requested CT. Acting on the result and the urgent "
          "onward referral are both handed to the GP, though the provider ordered the test and should refer "
          "directly. Time-critical (suspected-cancer step), so flagged for clinician review.")

P = pt("Maureen Lightowler", 531064, "1944-09-17")
letter(
    key="a10", kind="discharge_summary", prov="sallow", dept="Elderly Care - Ward 14",
    specialty="Geriatric Medicine", clinician="Dr Cassius Brennan-Yeo", patient=P,
    event="2028-09-01", ev_time="18:20", letter_date="2028-09-01", sent="2028-09-02 09:55", fmt="docx",
    text=f"""
    DISCHARGE SUMMARY

    {kv(P, "Hospital number", "SUH5310641")}
    Date of admission: 27/08/2028
    Date of discharge: 01/09/2028 at 18:20
    Responsible consultant: Dr Cassius Brennan-Yeo (Elderly Care)
    Discharged to: own home with restarted package of care (2 calls a day)

    # Diagnoses
    - Acute kidney injury stage 2 (creatinine 214, baseline 96) with hyperkalaemia (K+ 6.4 on admission) - pre-renal, dehydration after diarrhoeal illness
    - Fall at home without injury (long lie about 3 hours)
    - Background: heart failure with preserved EF, hypertension, osteoporosis

    # Course
    IV fluids; spironolactone and ramipril held. Hyperkalaemia treated with insulin-dextrose and Lokelma. Creatinine improved to 128 at discharge. K+ 5.8 on the morning of discharge (trend 6.4, 6.0, 5.9, 5.8). Seen by the falls team; lying/standing BP normal.

    # Medication changes
    | Drug | Change | Comment |
    | Spironolactone 25 mg od | STOPPED | hyperkalaemia |
    | Ramipril 5 mg od | WITHHELD | renal team to decide on restarting at OPA in 4/52 |
    | Sodium zirconium cyclosilicate (Lokelma) 5 g od | NEW | 7 days supplied, then stop |
    | Bisoprolol 2.5 mg od | unchanged | own supply |

    # Outstanding issues
    - K+ still 5.8 at discharge. We suggest repeat U&Es in primary care within 48-72 hours; if K+ is above 6.0 she will need same-day assessment.
    - Renal OPA requested by us (4/52).
    - Falls team will see her at home (referral sent).
    """,
    urgent=True,
    exp=[("tests_for_hospital", "We suggest repeat U&Es in primary care within 48-72 hours")],
    notes="URGENT: hyperkalaemia still 5.8 at discharge needs a repeat within 2-3 days; the follow-up "
          "test of the hospital's own admission problem is passed to primary care ('we suggest ... in primary "
          "care'). Sent about 15.5 h after the stated discharge time: on time. Ramipril decision kept by "
          "the renal team.")

# ---- hard negatives, Sallowmere

P = pt("Terence Gawthorpe", 542279, "1955-10-30")
letter(
    key="n01", kind="clinic_letter", prov="sallow", dept="Upper GI Surgery - Urgent Suspected Cancer Clinic",
    specialty="Upper GI Surgery", clinician="Mr Emeka Castlemaine", patient=P,
    event="2028-07-04", letter_date="2028-07-04", sent="2028-07-05 09:14", fmt="pdf",
    text=f"""
    URGENT SUSPECTED CANCER PATHWAY - UPPER GI

    {kv(P, "Hospital number", "SUH5422795")}
    Seen: 04/07/2028, Faster Diagnosis clinic
    Consultant: Mr Emeka Castlemaine, Consultant Upper GI Surgeon
    Referral: GP 2WW (dysphagia), received 28/06/2028

    # Summary
    Progressive dysphagia to solids for 8 weeks with 6 kg weight loss. He can manage soft food and fluids. Examination unremarkable; no palpable nodes. The history is concerning for an oesophageal malignancy and I have explained this to Mr Gawthorpe and his daughter.

    # Actions taken today
    - Urgent OGD booked for 07/07/2028 (date given to the patient in clinic)
    - Staging CT chest, abdomen and pelvis requested, cancer-pathway priority
    - Bloods taken in clinic (FBC, U&E, LFT, ferritin) - results will be reviewed by our team
    - Referred by us to the Macmillan upper GI dietitian
    - Omeprazole 40 mg od: 28 days supplied from clinic

    # Information for the GP
    The upper GI clinical nurse specialist, Annika Rothwell, is his key worker (0115 496 0655). No action is required from the practice at present; we will write with the OGD and CT results and the MDT outcome. Should he become unable to swallow fluids, he has been told to attend the Emergency Department.

    Mr Emeka Castlemaine
    Consultant Upper GI Surgeon
    """,
    notes="Alarming-sounding hard negative: suspected cancer, but every step (OGD, CT, bloods, dietitian, "
          "supply) is arranged by the hospital; 'No action is required from the practice'; conditional "
          "advice aimed at the patient.")

P = pt("Gladys Heptonstall", 553381, "1940-05-22")
letter(
    key="n02", kind="ed_letter", prov="sallow", dept="Emergency Department",
    specialty="Emergency Medicine", clinician="Dr Marcus Adeyemi-Fell", patient=P,
    event="2028-08-27", letter_date="2028-08-27", sent="2028-08-27 06:10", fmt="html",
    text=f"""
    EMERGENCY DEPARTMENT ATTENDANCE SUMMARY

    {kv(P, "Hospital number", "SUH5533816")}
    Arrival: 27/08/2028 03:40 (ambulance)
    Discharge from ED: 27/08/2028 05:55
    ED clinician: Dr Marcus Adeyemi-Fell, ED Consultant

    # Presenting complaint
    Generalised weakness; routine out-of-hours bloods (heart failure nurse) showed K+ 6.6.

    # Findings
    K+ 6.4 on venous gas, creatinine 139 (baseline 131). ECG: peaked T waves, no QRS widening. On spironolactone 50 mg and ramipril 10 mg.

    # Treatment
    Calcium gluconate 10%, insulin-dextrose and salbutamol nebulisers. Repeat K+ 5.1 at 05:30. ECG normalised.

    # Outcome and follow-up
    | Action | Responsible | By when |
    | Spironolactone stopped | ED (done) | 27/08/2028 |
    | Repeat U&E and ECG in Ambulatory Emergency Care | Hospital - AEC slot booked 09:00 | 28/08/2028 |
    | Heart failure team informed of medication change | ED (done) | 27/08/2028 |
    | Transport for AEC visit | Hospital (booked) | 28/08/2028 |

    If the AEC bloods remain abnormal, the AEC team will arrange admission directly.
    No action required from the GP; this letter is for information.
    """,
    notes="Alarming-sounding hard negative: dangerous potassium, but treated in ED, drug stopped and the "
          "repeat U&E and ECG booked in the hospital's AEC; every Responsible cell is the hospital; "
          "conditional plan; 'No action required from the GP'.")

P = pt("Moira Kettlewell", 564495, "1966-01-18")
letter(
    key="n03", kind="clinic_letter", prov="sallow", dept="Rheumatology Outpatients",
    specialty="Rheumatology", clinician="Dr Anselm Whitlock-Barr", patient=P,
    event="2028-09-13", letter_date="2028-09-14", sent="2028-09-15 10:02", fmt="docx",
    text=f"""
    Dr T Ellery, Brindlecombe Health Centre

    Clinic date: 13/09/2028
    {kv(P, "Hospital number", "SUH5644952")}

    # Diagnosis
    Psoriatic arthritis (polyarticular), diagnosed 04/2028.

    # Progress
    Mrs Kettlewell is much improved on methotrexate 20 mg weekly, which she has now taken at a stable dose for 12 weeks. Monitoring bloods in our phlebotomy have all been normal (last 30/08/2028). Skin plaques are also better.

    # Shared care request
    We would like to invite the practice to share her care under the Wexhamshire APC shared care protocol for methotrexate (summary attached as Appendix 1). Please sign and return the agreement form if you are happy to accept. Until we receive your agreement, the rheumatology team will continue to prescribe and monitor; her next bloods are booked at our phlebotomy on 27/09/2028. If you decide not to accept, please let us know and we will continue to prescribe.

    # Appendix 1 - Shared care agreement: methotrexate (summary)
    | Responsibility | Specialist | GP (once agreed) |
    | Initiation and stabilisation | Yes | - |
    | Prescribing after transfer | - | Yes |
    | Monitoring FBC, U&E, LFT 3-monthly | Annual review | Yes |
    | Advice line | 0115 496 0640 | - |

    GP agreement: I agree / do not agree to share care (delete as appropriate). Signed: ____  Date: ____

    Dr Anselm Whitlock-Barr
    Consultant Rheumatologist
    """,
    notes="Hard negative: a shared-care agreement is offered for the practice to accept or decline, with the "
          "protocol attached and the specialist prescribing and monitoring until agreement. The protocol "
          "table's 'GP' column describes responsibilities after agreement, not a request.")

P = pt("Nigel Brackenbury", 575516, "1972-09-09")
letter(
    key="n04", kind="discharge_summary", prov="sallow", dept="General Surgery - Surgical Day Unit",
    specialty="General Surgery", clinician="Mr Zubair Lakhani", patient=P,
    event="2028-07-12", ev_time="12:15", letter_date="2028-07-12", sent="2028-07-12 17:40", fmt="html",
    opts={"alt": True},
    text=f"""
    DISCHARGE SUMMARY - GENERAL SURGERY

    {kv(P, "Hospital number", "SUH5755167")}
    Date of admission: 11/07/2028
    Date of discharge: 12/07/2028 12:15
    Consultant: Mr Zubair Lakhani
    Procedure: laparoscopic cholecystectomy, 11/07/2028 (absorbable skin sutures)

    # Background
    Symptomatic gallstones; the GP kindly arranged the ultrasound in May that confirmed them. Hypertension.

    # Discharge medication (TTO)
    | Medicine | Dose | Supply | Notes |
    | Paracetamol | 1 g qds prn | 14 days supplied | |
    | Ibuprofen | 400 mg tds prn | 7 days supplied | with food |
    | Amlodipine | 5 mg od | own supply | unchanged - please continue |

    # Responsibilities
    | Action | Responsible | By when |
    | Wound check | Not required (absorbable sutures) | - |
    | Gallbladder histology | Hospital - Mr Lakhani to review and write to patient and GP | 4 weeks |
    | LFTs | Hospital - booked at SGH phlebotomy | 23/08/2028 |
    | Fit note | Hospital - issued on the ward for 2 weeks (12/07 to 25/07/2028) | done |
    | Follow-up | Telephone clinic (booked) | 6 weeks |

    # Information and advice given to the patient
    If he develops jaundice, fever or worsening abdominal pain he should ring the surgical assessment unit on 0115 496 0690.

    GP actions: none.
    """,
    notes="Hard negative: TTO supplied for 14 days, amlodipine (green) 'please continue', histology and LFTs "
          "kept by the hospital, fit note already issued, every responsibility row hospital-owned; history "
          "'the GP kindly arranged the ultrasound'; conditional advice to the patient.")

P = pt("Chloe Birtwistle", 586633, "1995-04-03")
letter(
    key="n09", kind="clinic_letter", prov="sallow", site=MATERNITY_SITE, dept="Antenatal Clinic",
    specialty="Obstetrics", clinician="Miss Oluwaseun Drakeford", patient=P,
    event="2028-08-30", letter_date="2028-08-31", sent="2028-09-01 11:25", fmt="pdf",
    text=f"""
    ANTENATAL CLINIC LETTER

    {kv(P, "Hospital number", "SUH5866339")}
    Clinic date: 30/08/2028
    Gestation: 20+3 weeks   EDD: 07/01/2029
    Consultant: Miss Oluwaseun Drakeford

    # Risk factors
    - Pre-eclampsia in first pregnancy (delivered 34 weeks, 2025)
    - Hypothyroidism on levothyroxine

    # Plan
    | Action | Responsible | By when |
    | Aspirin 150 mg at night until 36 weeks | Maternity (full supply given) | 36 weeks |
    | Growth scans | Maternity - booked | 28, 32, 36 weeks |
    | Glucose tolerance test | Antenatal clinic - booked | 26-28 weeks |
    | TFTs each trimester | Antenatal clinic | next visit |
    | BP and urine at each visit | Community midwife | ongoing |

    Please continue levothyroxine 100 micrograms once daily (dose increased at booking by the practice). If her BP is 140/90 or above at any community check, the midwife will send her to maternity triage. Chloe knows to ring triage on 0115 496 0611 with headache, visual disturbance or reduced fetal movements.

    For information only.

    Miss Oluwaseun Drakeford
    Consultant Obstetrician
    """,
    notes="Hard negative: scans, GTT and TFTs arranged by maternity; aspirin supplied in full; levothyroxine "
          "'please continue' (green, practice-managed); conditional plans aimed at the midwife and patient; "
          "'For information only'.")

# ---------------------------------------------------------------- Thornwick Children's Hospital

P = pt("Alfie Tregarthen", 617742, "2019-03-11")
letter(
    key="p01", kind="discharge_summary", prov="thorn", dept="Paediatric Neurology - Kestrel Ward",
    specialty="Paediatric Neurology", clinician="Dr Marisol Penhaligon", patient=P,
    event="2028-08-29", ev_time="17:30", letter_date="2028-08-31", sent="2028-08-31 19:05", fmt="pdf",
    text=f"""
    PAEDIATRIC DISCHARGE SUMMARY

    {kv(P, "TCH number", "TCH617742")}
    Parent/carer: Mrs Jenna Tregarthen (mother)
    Admitted: 27/08/2028
    Discharged: 29/08/2028 at 17:30
    Consultant: Dr Marisol Penhaligon, Consultant Paediatric Neurologist

    # Diagnosis
    New-onset focal epilepsy (two focal seizures with impaired awareness and secondary generalisation, 27/08 and 28/08/2028)

    # Summary
    Alfie (9) presented after a 4-minute seizure at home, with a second seizure on the ward. CT head normal. Bloods (glucose, U&E, Ca, Mg) normal. Levetiracetam started 28/08/2028. No further seizures. Seizure safety and water safety discussed with Mum; written information given.

    # Medication on discharge
    | Medicine | Dose | Supply / instructions |
    | Levetiracetam 100 mg/ml oral solution | 250 mg (2.5 ml) bd | NEW - supplied 3 days. GP to prescribe from 01/09/2028 and increase to 500 mg bd after 2 weeks |
    | Buccal midazolam 7.5 mg | one dose if seizure over 5 minutes | 2 pre-filled syringes supplied; school care plan given |

    # Follow-up
    - Sleep-deprived EEG and MRI brain requested by us; the family will receive dates
    - Epilepsy nurse specialist (Tamsin Roskilly) will phone within 1 week
    - Paediatric neurology clinic in 6 weeks (booked)
    """,
    exp=[("late_discharge_summary", "Discharged: 29/08/2028 at 17:30"),
         ("hospital_only_prescribing",
          "supplied 3 days. GP to prescribe from 01/09/2028 and increase to 500 mg bd after 2 weeks")],
    notes="Sent about 49.5 h after the stated discharge. A newly started paediatric anti-epileptic is "
          "supplied for only 3 days and the GP is asked to prescribe and titrate it before the child is "
          "stabilised. EEG, MRI, nurse call and clinic are hospital-owned. Single-cell evidence in a PDF "
          "table (the cell wraps).")

P = pt("Lily-Mae Ashpool", 628853, "2017-06-20")
letter(
    key="p02", kind="clinic_letter", prov="thorn", dept="General Paediatrics Outpatients",
    specialty="General Paediatrics", clinician="Dr Seraphina Holt-Mbeki", patient=P,
    event="2028-07-18", letter_date="2028-07-20", sent="2028-07-21 12:06", fmt="html",
    text=f"""
    Dear Dr Pennant

    {kv(P, "TCH number", "TCH628853")}
    Clinic: General Paediatrics OPD, Dr Seraphina Holt-Mbeki
    Date of clinic: 18/07/2028
    Seen with: Mum (Ms Danielle Ashpool)

    # Problems
    - Recurrent abdominal pain, probably functional
    - Weight static for 9 months (25th centile down to 9th); height on 25th centile
    - Dysuria for 3 days

    # Assessment
    Lily-Mae is an 11-year-old girl with 6 months of periumbilical pain, worse on school days, without vomiting, diarrhoea or blood. Examination normal apart from the weight drop-off. Pubertal stage 1. Family history: maternal aunt has coeliac disease.

    # Next steps
    - She needs a coeliac screen (tTG-IgA and total IgA), FBC, ferritin, TFTs and vitamin D. She is very needle-phobic and the family live closer to Brindlecombe - can this be organised locally? Results to be copied to Dr Holt-Mbeki please.
    - Urine was sent for MC&S in clinic today because of the dysuria; kindly chase the result and treat if positive.
    - Dietary diary and pain diary given.
    - Review in paediatric clinic in 3/12 with weight and height.

    Dr Seraphina Holt-Mbeki
    Consultant Paediatrician
    """,
    exp=[("tests_for_hospital", "can this be organised locally? Results to be copied to Dr Holt-Mbeki please"),
         ("results_chasing", "kindly chase the result and treat if positive")],
    notes="Paediatric clinic passes its own diagnostic bloods to the practice ('can this be organised "
          "locally?') and asks it to chase and act on a urine culture the clinic sent. Sent 3 days after "
          "clinic: on time.")

P = pt("Jayden Okafor-Pryce", 639964, "2021-10-04")
letter(
    key="p03", kind="clinic_letter", prov="thorn", dept="General Paediatrics Outpatients",
    specialty="General Paediatrics", clinician="Dr Benedict Trewhella", patient=P,
    event=None, letter_date="2028-08-16", sent="2028-08-16 15:37", fmt="plain",
    text=f"""
    OUTPATIENT APPOINTMENT OUTCOME - WAS NOT BROUGHT

    {kv(P, "TCH number", "TCH639964")}
    Consultant: Dr Benedict Trewhella
    Appointment: 15/08/2028 14:20, General Paediatrics (new patient)
    Referral reason: chronic constipation

    Jayden was not brought to his first appointment and the family could not be reached on the telephone numbers we hold. In line with the Trust access policy he has been discharged back to your care. Please re-refer if you still have concerns.

    The health visiting team has been informed of the missed appointment.

    Outpatient Booking Centre, Thornwick Children's Hospital
    """,
    exp=[("dna_rereferral", "Please re-refer if you still have concerns")],
    notes="A child not brought to a first appointment is discharged under the access policy and the GP asked "
          "to re-refer. Not an attendance: event_date null. Clinician = consultant named on the letter.")

P = pt("Poppy Ainscough", 641075, "2018-05-14")
letter(
    key="n05", kind="clinic_letter", prov="thorn", dept="Paediatric Gastroenterology",
    specialty="Paediatric Gastroenterology", clinician="Dr Ifeoma Lanyon", patient=P,
    event="2028-08-22", letter_date="2028-08-24", sent="2028-08-25 09:48", fmt="pdf",
    text=f"""
    Dr H Pennant, Brindlecombe Health Centre

    {kv(P, "TCH number", "TCH641075")}
    Date of clinic: 22/08/2028
    Clinician: Dr Ifeoma Lanyon, Consultant Paediatric Gastroenterologist

    # Diagnosis
    Coeliac disease (duodenal biopsies 04/07/2028, Marsh 3b)

    # Background
    Poppy was referred after the GP kindly arranged a coeliac screen in April (tTG over 128 U/mL). She has been on a gluten-free diet since 10/07/2028.

    # Today
    Abdominal pain much better, energy improving. Weight up 0.8 kg. Mum has found the diet hard to manage at school.

    # Plan
    - Paediatric dietitian: appointment already booked for 05/09/2028
    - Bloods taken in clinic today (FBC, ferritin, vitamin D, tTG); we will write to the family with the results and copy them to you
    - Colecalciferol 1000 units daily: 3 months supplied by our pharmacy; we will reassess at the next visit
    - Annual review in our clinic with tTG
    - First-degree relatives are eligible for coeliac testing; Poppy's parents know they can ask their own GP about testing her brother if they wish.

    Actions for GP: none at present.

    Dr Ifeoma Lanyon
    """,
    notes="Hard negative: history ('the GP kindly arranged a coeliac screen'), bloods taken in clinic with "
          "results sent by the team, dietitian booked, supplement supplied; sibling testing is the family's "
          "choice with their own GP (ordinary GP work); 'Actions for GP: none'.")

P = pt("Amara Ogundipe-Frost", 652186, "2024-01-29")
letter(
    key="n11", kind="ed_letter", prov="thorn", dept="Children's Emergency Department",
    specialty="Paediatric Emergency Medicine", clinician="Dr Gideon Scarisbrick", patient=P,
    event="2028-07-16", letter_date="2028-07-16", sent="2028-07-16 23:05", fmt="plain",
    opts={"nohead": True},
    text=f"""
    THORNWICK CHILDREN'S HOSPITAL - CHILDREN'S EMERGENCY DEPARTMENT
    Discharge notification to GP

    {line_id(P, "TCH652186")}
    Arrived 16/07/2028 19:20, discharged 16/07/2028 22:30
    Accompanied by: father

    PC: fever 39.2 for 2 days, coryza, reduced appetite.
    O/E: alert, well hydrated, CRT under 2 s, HR 128, RR 26, sats 98%. Red, non-bulging TMs bilaterally, clear chest, no rash, no meningism.
    Urine dip: negative.
    Dx: viral URTI.
    Rx: ibuprofen given in department; antipyretic advice.

    Follow-up: no GP follow-up required.
    Safety-netting given to father (verbal + leaflet): if fever persists beyond 5 days, she becomes drowsy, develops a non-blanching rash or is not drinking, bring her back to the Children's ED or call 999.

    Clinician: Dr Gideon Scarisbrick, Paediatric ED Specialty Doctor
    """,
    notes="Hard negative: self-limiting illness, 'no GP follow-up required', safety-netting aimed at the "
          "parent and pointing back to the Children's ED.")

# ---------------------------------------------------------------- Greyfriars Moor Partnership (mental health)

P = pt("Graham Pilkington-Shaw", 663297, "1971-08-29")
letter(
    key="m01", kind="clinic_letter", prov="grey", dept="North Wexham Community Mental Health Team",
    specialty="General Adult Psychiatry", clinician="Dr Marguerite Ndlovu-Carr", patient=P,
    event="2028-08-01", letter_date="2028-08-16", sent="2028-08-18 14:02", fmt="docx",
    text=f"""
    Outpatient review - Consultant Psychiatrist

    {kv(P, "RiO number", "GMP663297")}
    Date seen: 01/08/2028
    Date typed: 16/08/2028
    Care coordinator: Liam Farnworth, CPN
    GP: Dr A Marchbank, Brindlecombe Health Centre

    # Diagnosis
    Bipolar affective disorder type I, currently euthymic (ICD-10 F31.7). Admitted to Heronsgate Ward 04-05/2028 with a manic episode; lithium started on the ward.

    # Medication
    | Drug | Dose | Prescriber |
    | Lithium carbonate MR (Priadel) | 800 mg nocte | CMHT (FP10HP) since discharge |
    | Quetiapine | 100 mg nocte | CMHT, reducing |

    # Physical health and monitoring
    Lithium level 0.72 mmol/L (12 h post dose), eGFR 84, TSH 2.1, adjusted calcium 2.38 - taken in our clinic 25/07/2028. Weight 94 kg, BMI 30.8.

    # Mental state
    Euthymic, sleeping 7 hours, back at work part time. No psychotic symptoms. Insight good. Risk low.

    # GP to action
    - GP to continue lithium carbonate MR 800 mg nocte, prescribed by brand (Priadel), and to take over the 3-monthly lithium levels, U&Es, calcium and TFTs from October.
    - We will review him in CMHT clinic in 3 months. Liam will continue fortnightly visits.

    Dr Marguerite Ndlovu-Carr
    Consultant Psychiatrist
    """,
    exp=[("late_clinic_letter", "Date seen: 01/08/2028"),
         ("shared_care_without_agreement",
          "GP to continue lithium carbonate MR 800 mg nocte, prescribed by brand (Priadel), and to take over "
          "the 3-monthly lithium levels")],
    notes="Clinic letter sent 17 days after the review. Lithium (national shared-care list) prescribing and "
          "monitoring transferred by instruction, with no shared-care agreement offered.")

P = pt("Kai Wetherell", 674418, "1999-01-22")
letter(
    key="m02", kind="clinic_letter", prov="grey", dept="Adult ADHD Service",
    specialty="Adult ADHD Service", clinician="Dr Caspian Oyelowo", patient=P,
    event="2028-09-06", letter_date="2028-09-07", sent="2028-09-08 10:44", fmt="pdf",
    text=f"""
    ADULT ADHD SERVICE - DIAGNOSTIC ASSESSMENT OUTCOME

    {kv(P, "RiO number", "GMP674418")}
    Date of assessment: 06/09/2028
    Assessing clinician: Dr Caspian Oyelowo, Specialty Doctor in Psychiatry

    # Diagnosis
    Attention deficit hyperactivity disorder, combined presentation (DIVA-5). No comorbid substance misuse. No cardiac history; no family history of sudden cardiac death.

    # Baseline physical health
    BP 124/78, pulse 72, weight 71 kg. ECG not indicated.

    # Treatment recommendation
    Kai would like to try medication. We recommend that the GP commences lisdexamfetamine 30 mg each morning, increasing to 50 mg after 2 weeks and to 70 mg after a further 2 weeks if tolerated. Once he has been on a stable dose for 3 months we will send our shared care agreement.

    # Requested actions - GP
    | Action | Responsible | By when |
    | Start lisdexamfetamine | GP | from 11/09/2028 |
    | Titration 30 to 50 to 70 mg | GP | 2-weekly |
    | BP, pulse, weight checks | GP | after each dose change |
    | Titration review | ADHD service | 3 months |

    Please action the BP, pulse and weight checks 2 weeks after each dose change and email the readings to gmp.adhd@nhs.net so that we can advise on the next step.

    Dr Caspian Oyelowo
    """,
    exp=[("hospital_only_prescribing",
          "We recommend that the GP commences lisdexamfetamine 30 mg each morning"),
         ("tests_for_hospital",
          "Please action the BP, pulse and weight checks 2 weeks after each dose change")],
    notes="Specialist initiation and titration of a Schedule 2 ADHD drug passed to the GP before the patient "
          "is stabilised (shared care promised only later), plus the titration monitoring the service needs "
          "for its own dose decisions (BP/pulse/weight counted as investigations; judgement call).")

P = pt("Declan Mossop", 685529, "1986-04-09")
letter(
    key="m03", kind="clinic_letter", prov="grey", dept="Clozapine Clinic",
    specialty="General Adult Psychiatry", clinician="Dr Henrietta Fairclough-Obi", patient=P,
    event="2028-09-19", letter_date="2028-09-19", sent="2028-09-19 16:30", fmt="html",
    text=f"""
    URGENT - DRUG INTERACTION

    {kv(P, "RiO number", "GMP685529")}
    Seen: 19/09/2028, Clozapine Clinic, Fellside Resource Centre
    Clinician: Dr Henrietta Fairclough-Obi, Consultant Psychiatrist

    Dear Dr Pennant

    Mr Mossop attended for his routine clozapine monitoring today. He told us he started ciprofloxacin 500 mg bd from the practice on 15/09/2028 for a urinary infection. Ciprofloxacin inhibits clozapine metabolism. He is drowsy, hypersalivating and tachycardic (HR 108). Clozapine plasma level today 1.12 mg/L (previous 0.45 mg/L).

    # What we have done
    - Clozapine reduced from 350 mg to 200 mg daily while the interaction lasts
    - ZTAS FBC today normal (neutrophils 4.1)
    - ECG in clinic: sinus tachycardia, QTc 452 ms
    - Advised Mr Mossop to stop the ciprofloxacin today; his care coordinator will visit tomorrow

    # For the attention of the GP
    - Please review the antibiotic today and prescribe an alternative that does not interact with clozapine (the urine culture from 15/09 is sensitive to nitrofurantoin).
    - We would appreciate it if the practice could repeat his clozapine plasma level and an ECG in 5-7 days, once he has been off ciprofloxacin, and send the results to the clozapine clinic.

    Clozapine clinic duty line: 0114 496 0327
    """,
    urgent=True,
    exp=[("tests_for_hospital",
          "We would appreciate it if the practice could repeat his clozapine plasma level and an ECG in 5-7 days")],
    notes="URGENT: dangerous clozapine-ciprofloxacin interaction with a raised level. Replacing the practice's "
          "own antibiotic is ordinary GP work and time-critical (so the letter goes to a clinician), but the "
          "repeat clozapine level and ECG the clozapine clinic needs are passed to the practice.")

P = pt("Isla Marwood", 696631, "2013-02-27")
letter(
    key="m04", kind="clinic_letter", prov="grey", dept="CAMHS - Wexham Team",
    specialty="Child and Adolescent Mental Health", clinician="Nia Pendleton-Okoro", patient=P,
    event="2028-07-24", letter_date="2028-07-26", sent="2028-07-27 13:19", fmt="plain",
    text=f"""
    CAMHS CHOICE APPOINTMENT - OUTCOME LETTER

    {kv(P, "RiO number", "GMP696631")}
    Choice appointment: 24/07/2028
    Seen with: Dad (Mr Callum Marwood)
    Clinician: Nia Pendleton-Okoro, Senior Mental Health Practitioner

    Isla (15) was referred by Dr Ellery with anxiety and low mood. She describes worry most days, difficulty in groups and a strong need for routine; she has few friends and finds changes in the school timetable very distressing. Her teachers have raised possible social communication difficulties. No self-harm; no suicidal thoughts. Sleep and appetite normal.

    Outcome:
    - Accepted for CAMHS Partnership: individual CBT for anxiety. Current wait about 14 weeks.
    - Safety plan agreed; Dad has the CAMHS crisis line number (0114 496 0344).

    Next steps:
    - Neurodevelopmental: we suggest a referral to the community paediatric neurodevelopmental (ASD) pathway, for GP to consider.
    - Dad has been advised to contact the GP surgery if they have not heard about a CBT start date by October.

    Nia Pendleton-Okoro
    Senior Mental Health Practitioner, on behalf of Dr Rupert Aske, Consultant Child and Adolescent Psychiatrist
    """,
    exp=[("onward_referral",
          "we suggest a referral to the community paediatric neurodevelopmental (ASD) pathway, for GP to consider"),
         ("patient_redirected_to_gp",
          "Dad has been advised to contact the GP surgery if they have not heard about a CBT start date")],
    notes="CAMHS suggests the GP refer on for a neurodevelopmental assessment that arises from its own "
          "assessment ('for GP to consider'), and sends the family to the GP to chase the CAMHS's own CBT "
          "appointment (the 'if' is the usual chase-your-appointment redirect, not a hypothetical request).")

P = pt("Shauna Gilderdale", 707742, "1989-07-01")
letter(
    key="n06", kind="clinic_letter", prov="grey", dept="South Wexham Community Mental Health Team",
    specialty="General Adult Psychiatry", clinician="Dr Tobias Achebe-Lund", patient=P,
    event="2028-07-10", letter_date="2028-07-12", sent="2028-07-13 09:27", fmt="html",
    text=f"""
    {kv(P, "RiO number", "GMP707742")}
    Appointment: 10/07/2028, South Wexham CMHT (initial assessment)
    Clinician: Dr Tobias Achebe-Lund, Specialty Doctor in Psychiatry

    # Diagnosis
    Moderate depressive episode (F32.1); generalised anxiety.

    # Medication
    Sertraline increased from 100 mg to 150 mg once daily. We issued a 28-day prescription today; GP to continue sertraline 150 mg thereafter.

    # Plan
    | Action | Responsible | By when |
    | Fit note (Med3) | CMHT - issued today for 4 weeks, 10/07 to 06/08/2028 | done |
    | Referral to Wexhamshire Talking Therapies | CMHT - referral sent 10/07/2028 | done |
    | CPN review | Chidi Harrowby, CPN | 2 weeks |
    | Medication review | CMHT clinic (booked) | 6 weeks |

    # Safety plan
    If Ms Gilderdale feels unsafe she will call the 24/7 mental health crisis line (0114 496 0399) or NHS 111 option 2. Should her mood deteriorate despite these measures, she may be re-referred to the CMHT.
    """,
    notes="Hard negative: fit note issued by the CMHT, talking-therapies referral made by the team, 28 days "
          "supplied; continuing sertraline (green) is GP work; re-referral sentence is conditional.")

P = pt("Leonard Brierley", 718853, "1963-06-15")
letter(
    key="n10", kind="clinic_letter", prov="grey", dept="North Wexham Community Mental Health Team",
    specialty="General Adult Psychiatry", clinician="Dr Marguerite Ndlovu-Carr", patient=P,
    event="2028-09-05", letter_date="2028-09-08", sent="2028-09-11 12:12", fmt="pdf",
    text=f"""
    Annual psychiatric review

    {kv(P, "RiO number", "GMP718853")}
    Date of review: 05/09/2028
    Clinician: Dr Marguerite Ndlovu-Carr, Consultant Psychiatrist

    # Diagnosis
    Bipolar affective disorder, stable on lithium for 6 years.

    # Shared care
    Shared care is in place: the lithium shared care agreement was accepted by the practice (signed by Dr Marchbank on 14/06/2028). In line with that agreement the practice prescribes lithium and carries out the 3-monthly levels, and we continue the annual review.

    # Results
    Lithium 0.68 mmol/L (practice, 22/08/2028); eGFR 71; TSH 3.4; adjusted calcium 2.41.

    # Plan
    - No change to medication (Priadel 1000 mg nocte).
    - Nothing further is needed from the practice beyond the existing agreement.
    - Next annual review booked for 09/2029.

    Dr Marguerite Ndlovu-Carr
    """,
    notes="Hard negative: lithium prescribing and monitoring sit with the practice under a shared-care "
          "agreement it accepted; the letter asks for nothing new. Sent 6 days after clinic: on time.")

# ---------------------------------------------------------------- Wexhamshire Community Health Services

P = pt("Edith Blamire", 729964, "1951-11-05")
letter(
    key="w01", kind="referral_response", prov="wex", dept="Community Continence Service",
    specialty="Continence", clinician="Bernadette Sowter", patient=P,
    event=None, letter_date="2028-07-11", sent="2028-07-11 11:52", fmt="docx",
    text=f"""
    Community Continence and Urology Nursing Service
    REFERRAL OUTCOME: NOT ACCEPTED - RETURNED TO REFERRER

    Date: 11/07/2028
    {kv(P, "SystmOne ID", "WCH729964")}
    Referrer: Dr A Marchbank, Brindlecombe Health Centre
    Referral received: 03/07/2028

    Dear Dr Marchbank

    Thank you for your referral for Mrs Blamire (mixed urinary incontinence). Unfortunately we are unable to accept the referral as it does not include the service's minimum data set. Please complete the following and re-refer:
    - 3-day bladder diary
    - urinalysis and MSU result
    - post-void residual bladder scan
    - a 4-week trial of an antimuscarinic or mirabegron, with the outcome

    The referral form and bladder diary template are on the Wexhamshire CHS website.

    Bernadette Sowter
    Continence Nurse Specialist, Team Lead
    """,
    exp=[("referral_returned_for_workup",
          "we are unable to accept the referral as it does not include the service's minimum data set. "
          "Please complete the following and re-refer")],
    notes="Community referral returned with work-up (diary, tests, bladder scan, drug trial) to be done by "
          "the practice before acceptance. Not an attendance: event_date null.")

P = pt("Ryan Cheetham", 731075, "1984-12-19")
letter(
    key="w02", kind="clinic_letter", prov="wex", dept="MSK Physiotherapy Service",
    specialty="Physiotherapy", clinician="Gemma Lockwood-Hart", patient=P,
    event=None, letter_date="2028-08-17", sent="2028-08-17 08:58", fmt="plain",
    opts={"nohead": True},
    text=f"""
    WEXHAMSHIRE COMMUNITY HEALTH SERVICES - MSK PHYSIOTHERAPY
    Brindlecombe Community Hospital, Orchard Road, Brindlecombe QX7 5RT

    Notification: did not attend
    {line_id(P, "WCH731075")}
    Referral: GP referral 20/07/2028, L shoulder pain (?rotator cuff)
    Appointment: initial assessment 16/08/2028 10:30 (Gemma Lockwood-Hart, Physiotherapist)

    Ryan did not attend his initial assessment and did not contact the department. In line with service policy he has now been discharged.
    Re-referral via GP if still required.

    MSK Physiotherapy Admin Team
    """,
    exp=[("dna_rereferral", "Re-referral via GP if still required.")],
    notes="Community service discharges after one missed first appointment and points re-referral back to the "
          "GP (terse, implicit request). event_date null (no attendance).")

P = pt("Walter Greenhough", 742186, "1938-02-08")
letter(
    key="n07", kind="clinic_letter", prov="wex", dept="District Nursing - Brindlecombe Neighbourhood Team",
    specialty="District Nursing", clinician="Carys Mottershead", patient=P,
    event="2028-08-07", letter_date="2028-08-08", sent="2028-08-09 13:33", fmt="plain",
    text=f"""
    DISTRICT NURSING - WOUND CARE UPDATE

    {kv(P, "SystmOne ID", "WCH742186")}
    Visit date: 07/08/2028
    Nurse: Carys Mottershead, Community Staff Nurse (Tissue Viability Link)

    Walter's venous leg ulcer (right gaiter) measured 3.1 x 2.4 cm today, down from 4.0 x 3.0 cm on 10/07. No signs of infection. ABPI done by us on 24/07/2028: 0.94 right, 0.98 left, so 2-layer compression was started.

    Plan:
    - Dressings and compression twice weekly by the district nursing team
    - Re-measure in 4 weeks; tissue viability review if not healing by 12 weeks (we will refer)
    - If signs of infection appear, we will take a swab and discuss with the duty GP in the usual way

    History: the GP kindly prescribed the compression hosiery kit in June, which Walter has been using.

    No action needed from the practice at present.

    Carys Mottershead
    Community Staff Nurse
    """,
    notes="Hard negative: the district nurses do the dressings, ABPI and any tissue-viability referral; the "
          "infection plan is conditional and ordinary; 'the GP kindly prescribed' is history; no action asked.")

P = pt("Fiona Lydgate", 753297, "1977-08-26")
letter(
    key="n13", kind="clinic_letter", prov="wex", dept="MSK Physiotherapy Service",
    specialty="Physiotherapy", clinician="Owain Battersby", patient=P,
    event="2028-09-26", letter_date="2028-09-27", sent="2028-09-28 11:11", fmt="docx",
    text=f"""
    MSK Physiotherapy - Discharge Report

    {kv(P, "SystmOne ID", "WCH753297")}
    Final session: 26/09/2028
    Physiotherapist: Owain Battersby, Advanced Practitioner Physiotherapist

    # Diagnosis
    Right patellofemoral pain.

    # Treatment
    Six sessions of graded quadriceps and hip strengthening with load management. Pain on stairs 2/10 (from 7/10); back to parkrun.

    # Outcome
    Discharged with a home exercise programme. She may self-refer again within 6 months if symptoms return.

    # Information for the GP
    There is no need for the GP to refer her to orthopaedics; should she need a specialist opinion in future, the MSK interface service can list her directly. No GP action required.

    Owain Battersby
    """,
    notes="Hard negative: treatment completed, self-referral open, onward referral explicitly negated ('no "
          "need for the GP to refer'), 'No GP action required'.")

# ---------------------------------------------------------------- Copperbeech (independent sector)

P = pt("Marcus Flintham", 764418, "1979-07-07")
letter(
    key="i01", kind="discharge_summary", prov="copper", dept="Day Surgery Unit",
    specialty="General Surgery", clinician="Mr Rafferty Oduya", patient=P,
    event="2028-09-14", ev_time="16:40", letter_date="2028-09-14", sent="2028-09-14 20:15", fmt="pdf",
    text=f"""
    DAY CASE DISCHARGE SUMMARY (NHS-funded patient)

    {kv(P, "Copperbeech ref", "CBT-64418")}
    Date of procedure: 14/09/2028
    Discharged: 14/09/2028 at 16:40
    Surgeon: Mr Rafferty Oduya, Consultant General Surgeon
    Procedure: laparoscopic right inguinal hernia repair (TEP) with mesh

    # Operation note summary
    Direct right inguinal hernia, 3 cm defect. Lightweight mesh. Three port sites closed with absorbable sutures and glue. No complications.

    # Medication on discharge
    Paracetamol 1 g qds and ibuprofen 400 mg tds for 7 days - supplied.

    # Next steps
    | Action | Responsible | By when |
    | Wound check | Practice nurse at GP surgery | 10 days |
    | Remove outer dressings | Patient | day 5 |
    | No heavy lifting | Patient | 4 weeks |
    | Clinic follow-up | None - discharged | - |

    Mr Flintham works as a warehouse operative. Patient advised to obtain a fit note from their GP for 4 weeks.
    """,
    exp=[("post_procedure_care", "Wound check Practice nurse at GP surgery"),
         ("fit_note", "Patient advised to obtain a fit note from their GP for 4 weeks")],
    notes="Independent-sector day case: the wound check after its own operation is put on the practice nurse "
          "(table, evidence spans cells) and the post-operative fit note is sent to the GP. Same-day summary.")

P = pt("Sheila Ormerod", 775529, "1956-03-14")
letter(
    key="i02", kind="clinic_letter", prov="copper", dept="Orthopaedic Outpatients",
    specialty="Trauma and Orthopaedics", clinician="Mr Daniel Achterberg", patient=P,
    event="2028-07-25", letter_date="2028-07-27", sent="2028-07-28 10:30", fmt="docx",
    opts={"octet": True},
    text=f"""
    Copperbeech NHS Treatment Centre - Orthopaedic Clinic

    Date of appointment: 25/07/2028
    {kv(P, "Copperbeech ref", "CBT-75529")}
    Consultant: Mr Daniel Achterberg, Consultant Orthopaedic Surgeon
    Referred via e-RS by Dr N Vardy

    # Assessment
    End-stage left knee osteoarthritis (Kellgren-Lawrence grade 4) with fixed flexion of 10 degrees. Oxford knee score 14. Failed physiotherapy and analgesia. BMI 33.

    # Outcome
    Listed for left total knee replacement. Expected surgery date: October 2028.

    # Requests to the GP practice
    1. Please complete the enclosed pre-operative health questionnaire (form CB-POA3) and return it to our pre-assessment unit within 10 working days.
    2. Could the practice please arrange a 12-lead ECG and U&Es and send the results to our pre-assessment unit before the surgery date.
    3. Her HbA1c was 61 in March; if it is above 69 on the next routine check we may need to defer surgery.

    Pre-assessment unit: copperbeech.poa@nhs.net, 01632 960 846

    Mr Daniel Achterberg
    """,
    exp=[("non_contractual_admin", "Please complete the enclosed pre-operative health questionnaire (form CB-POA3)"),
         ("tests_for_hospital",
          "Could the practice please arrange a 12-lead ECG and U&Es and send the results to our pre-assessment unit")],
    notes="Independent-sector listing letter: the provider's pre-operative questionnaire is sent to the practice "
          "to complete, and the pre-operative ECG and U&Es it needs are passed to the practice. The HbA1c "
          "sentence is conditional information, not a request. DOCX sent as application/octet-stream.")

P = pt("Dorothy Pemberton-Lusk", 786631, "1945-11-11")
letter(
    key="n08", kind="discharge_summary", prov="copper", dept="Ophthalmology Day Unit",
    specialty="Ophthalmology", clinician="Miss Anoushka Verreydt", patient=P,
    event="2028-09-21", ev_time="15:05", letter_date="2028-09-21", sent="2028-09-21 17:30", fmt="html",
    text=f"""
    CATARACT SURGERY - DAY CASE DISCHARGE

    {kv(P, "Copperbeech ref", "CBT-86631")}
    Date of surgery: 21/09/2028
    Discharged: 21/09/2028 15:05
    Surgeon: Miss Anoushka Verreydt, Consultant Ophthalmologist
    Procedure: right phacoemulsification with intraocular lens, uncomplicated

    # Post-operative medication
    | Drug | Dose | Duration | Supply |
    | Dexamethasone 0.1% eye drops | 1 drop right eye qds | 4 weeks | full course supplied |
    | Chloramphenicol 0.5% eye drops | 1 drop right eye qds | 2 weeks | full course supplied |

    # Follow-up
    | Action | Responsible | By when |
    | Post-operative check | Brindlecombe Eyecare optometrist (booked by us, commissioned pathway) | 4 weeks |
    | Second-eye surgery | Copperbeech booking team will contact her directly | 3 months |

    If the eye becomes painful or red, or the vision gets worse, Mrs Pemberton-Lusk must call our 24-hour eye line on 01632 960 855.

    No GP action required.
    """,
    notes="Hard negative: drops supplied in full, post-operative check with the commissioned optometrist "
          "booked by the provider, second-eye booking by the provider, conditional advice aimed at the "
          "patient, 'No GP action required'.")


# =========================================================================== other messages

OTHERS: list[dict] = []


def other(**kw):
    kw.setdefault("headers", {})
    kw.setdefault("html", None)
    OTHERS.append(kw)


other(key="x01", sent="2028-07-07 07:30",
      notes="ICB primary-care bulletin (List-Id, Precedence: bulk) quoting typical interface phrases.",
      frm="NHS Wexhamshire ICB Primary Care <primarycare.news@wexhamshire-icb.nhs.uk>",
      subject="Primary Care Update - 7 July 2028",
      headers={"List-Id": "Wexhamshire ICB Primary Care Update <pc-update.wexhamshire-icb.nhs.uk>",
               "List-Unsubscribe": "<mailto:pc-update-leave@wexhamshire-icb.nhs.uk>",
               "Precedence": "bulk"},
      body="""
WEXHAMSHIRE ICB - PRIMARY CARE UPDATE, 7 JULY 2028

1. Interface: Sallowmere UH has agreed that discharge summaries will no longer
   carry "GP to repeat U&Es" where the hospital needs the result. Please keep
   reporting examples through the interface feedback form.

2. Autumn vaccination programme: ordering window opens 21 July.

3. Reminder: the Copperbeech Treatment Centre is commissioned to issue fit
   notes and arrange wound checks for its NHS patients.

You are receiving this as a member of a Wexhamshire GP practice.
""",
      html="""<html><body><h2>Wexhamshire ICB - Primary Care Update, 7 July 2028</h2>
<h3>1. Interface</h3><p>Sallowmere UH has agreed that discharge summaries will no longer carry
&quot;GP to repeat U&amp;Es&quot; where the hospital needs the result. Please keep reporting examples through
the interface feedback form.</p>
<h3>2. Autumn vaccination programme</h3><p>Ordering window opens 21 July.</p>
<h3>3. Reminder</h3><p>The Copperbeech Treatment Centre is commissioned to issue fit notes and arrange
wound checks for its NHS patients.</p>
<p style="font-size:8pt">You are receiving this as a member of a Wexhamshire GP practice.</p></body></html>
""")

other(key="x02", sent="2028-07-20 08:05",
      notes="National drug-safety bulletin (bulk mailing) about lithium and valproate monitoring.",
      frm="Medicines Safety Bulletin <noreply@medsafety-bulletin.example.org>",
      subject="Drug Safety Digest - July 2028: lithium toxicity and interacting antibiotics",
      headers={"List-Id": "Drug Safety Digest <digest.medsafety-bulletin.example.org>", "Precedence": "bulk",
               "List-Unsubscribe": "<https://medsafety-bulletin.example.org/unsubscribe>"},
      body="""
DRUG SAFETY DIGEST - JULY 2028

* Lithium: remind patients of the signs of toxicity; check levels 12 hours
  post dose; beware NSAIDs, ACE inhibitors and diuretics.
* Clozapine: ciprofloxacin and fluvoxamine raise plasma levels (CYP1A2).
* Valproate: annual risk acknowledgement form for all patients under 55.

This digest is for healthcare professionals. Do not reply to this address.
""")

other(key="x03", sent="2028-07-31 09:02",
      notes="Automatic acknowledgement from the independent provider's pre-assessment mailbox (RFC 3834 "
            "headers), in reply to the practice's query about the questionnaire.",
      frm="Copperbeech Pre-assessment <copperbeech.poa@nhs.net>",
      subject="Automatic reply: Sheila Ormerod - pre-operative questionnaire",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
               "In-Reply-To": "<bhc.20280731090000.ormerod@nhs.net>"},
      body="""
Thank you for contacting the Copperbeech pre-assessment unit. Your email has
been received and will be answered within 3 working days.

For urgent queries about surgery dates please ring 01632 960 846
(Monday to Friday, 08:30 to 16:30).
""")

other(key="x04", sent="2028-08-02 05:55",
      notes="Phishing: fake document-signing notice from a look-alike domain.",
      frm="NHS Document Share <no-reply@nhs-docshare.example.net>",
      subject="You have 1 new secure document: Practice_Payment_Schedule_Q2.pdf",
      body="""
Hello brindlecombe.hc@nhs.net,

A secure document has been shared with you and will expire in 12 hours.

    Practice_Payment_Schedule_Q2.pdf (248 KB)

Review and sign: https://nhs-docshare.example.net/view?id=88412

NHS Document Share Service
""")

other(key="x05", sent="2028-08-21 09:12",
      notes="Out-of-office auto-reply from the rheumatology secretary (Auto-Submitted: auto-replied).",
      frm="Tracey Ollerenshaw <tracey.ollerenshaw@sallowmere-uh.nhs.uk>",
      subject="Automatic reply: Gareth Umfreville - methotrexate",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
               "In-Reply-To": "<bhc.20280821091000.umfreville@nhs.net>"},
      body="""
I am on annual leave until Tuesday 29 August 2028 with no access to email.

For urgent rheumatology queries please ring the rheumatology advice line on
0115 496 0640, or contact the on-call rheumatology registrar via switchboard.

Tracey Ollerenshaw
Medical Secretary to Dr A Whitlock-Barr, Rheumatology
""")

other(key="x06", sent="2028-08-23 14:48",
      notes="Hospital secretary's reply in a RE: thread; quotes the practice's returned request, which "
            "quotes the original request wording.",
      frm="Janine Cartwright <janine.cartwright@sallowmere-uh.nhs.uk>",
      subject="RE: Returned request - calprotectin result - Priya Halloran-Dutt",
      headers={"In-Reply-To": "<bhc.20280821101500.hallorandutt@nhs.net>",
               "References": "<bhc.20280821101500.hallorandutt@nhs.net>"},
      body="""
Dear Brindlecombe team,

Thank you for your email. Dr Foyle has reviewed the repeat calprotectin
herself (it was 46) and has written to Ms Halloran-Dutt directly. She has also
made the dietetic referral from clinic. Please disregard those two requests.

Kind regards
Janine Cartwright
Medical Secretary to Dr W Foyle, Gastroenterology

-----Original Message-----
From: Brindlecombe Health Centre <brindlecombe.hc@nhs.net>
Sent: 21 August 2028 10:15
To: Gastroenterology Secretaries <gastro.secretaries@sallowmere-uh.nhs.uk>
Subject: Returned request - calprotectin result - Priya Halloran-Dutt

Dear Dr Foyle

Your letter of 11 August 2028 asked: "It would be appreciated if the practice
could check the repeat calprotectin result when it is back" and said "we leave
it to you to refer to the community dietetic service". The clinician who orders
a test is responsible for acting on it, and onward referral for the condition
you are managing is for your team, so we are returning both requests.

Brindlecombe Health Centre
""")

other(key="x07", sent="2028-09-04 18:00",
      notes="LMC newsletter quoting request phrases on purpose (List-Id).",
      frm="Wexhamshire LMC <news@wexhamshire-lmc.example.org>",
      subject="LMC Bulletin: 'can this be organised locally?' and other interface phrases",
      headers={"List-Id": "Wexhamshire LMC Bulletin <bulletin.wexhamshire-lmc.example.org>",
               "List-Unsubscribe": "<https://wexhamshire-lmc.example.org/unsubscribe>",
               "Precedence": "list"},
      body="""
WEXHAMSHIRE LMC BULLETIN - SEPTEMBER 2028

Phrases practices have sent us this quarter:
  - "Can this be organised locally?"
  - "We leave it to you to refer"
  - "Patient advised to obtain a fit note from their GP"
  - "Re-referral via GP if still required"
  - "Please action: wound check at GP surgery"

All are provider responsibilities under the NHS Standard Contract. Template
replies are on our website; please copy the ICB interface lead.

Wexhamshire Local Medical Committee
""")

other(key="x08", sent="2028-09-12 21:17",
      notes="Patient e-mail about starting ADHD medication (cross-link to the ADHD service letter).",
      frm="Kai Wetherell <kai.wetherell99@example.com>",
      subject="ADHD meds prescription",
      body="""
Hi,

The ADHD service said the GP would start my lisdexamfetamine from this week.
Is the prescription ready to collect? I've already booked the time off work
for the first few days just in case.

Thanks
Kai Wetherell
22/01/1999
""")

other(key="x09", sent="2028-09-18 20:41",
      notes="Patient e-mail asking the practice for a fit note after surgery at Copperbeech (cross-link to "
            "the day-case summary that passed the fit note to the GP).",
      frm="Marcus Flintham <marcus.flintham@example.net>",
      subject="sick note after hernia op",
      body="""
Hello

I had my hernia done at Copperbeech last Thursday (14th). They told me to get
a sick note from you for 4 weeks as I can't lift at work. Can you email it to
me please? Also do I need to book the wound check with the nurse?

Marcus Flintham
07/07/1979
""")

other(key="x10", sent="2028-09-26 10:00",
      notes="Marketing e-mail for a CPD course (bulk, List-Unsubscribe).",
      frm="PrimaryCare Events <events@pc-events.example.com>",
      subject="Last places: 'Managing hospital requests' half-day course (3 CPD hours)",
      headers={"Precedence": "bulk", "List-Unsubscribe": "<https://pc-events.example.com/u/55102>"},
      body="""
Last places for our half-day course on 19 October 2028:
"GP to action?" - handling hospital requests safely and fairly.

Book now: https://pc-events.example.com/interface-oct
Group discounts for practices booking 3 or more places.
""")


# =========================================================================== building

COVER = {
    "sallow": ("Sallowmere University Hospitals NHS Foundation Trust - electronic correspondence\n\n"
               "Document type: {doc}\nNHS number: {nhs}\nAttachment: {fn}\n\n"
               "This mailbox is not monitored. Contact details are on the letter.\n"),
    "thorn": ("Please find attached a {doc} from Thornwick Children's Hospital for a child registered "
              "with your practice.\n\nNHS No: {nhs}\nFile: {fn}\n\nCONFIDENTIAL - for the addressee only.\n"),
    "grey": ("Dear colleague,\n\nPlease find attached correspondence ({doc}) from Greyfriars Moor "
             "Partnership NHS Foundation Trust regarding your patient, NHS {nhs}.\n\n"
             "Kind regards\nClinical Admin Team\n"),
    "wex": ("Wexhamshire Community Health Services - {doc}\n\nNHS number: {nhs}\nAttachment: {fn}\n\n"
            "Sent from SystmOne. Please do not reply to this address.\n"),
    "copper": ("Dear Colleague,\n\nPlease find attached a {doc} for your NHS-funded patient "
               "(NHS number {nhs}) treated at Copperbeech NHS Treatment Centre.\n\nAttachment: {fn}\n\n"
               "Copperbeech Healthcare Ltd | Tannery Road, Sallowmere QX2 9JF\n"),
}

SUBJECT = {
    "sallow": "SUH {doc} [{hosp}] NHS {nhs}",
    "thorn": "TCH correspondence: {doc} - {surname} ({nhs})",
    "grey": "GMP {doc} - NHS {nhs}",
    "wex": "WCHS {doc}: {nhs}",
    "copper": "Copperbeech Treatment Centre - {doc} - {name}",
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
    return head + "\n" + "=" * 60 + "\n\n" + body


def build_letter(L) -> bytes:
    p = provider_of(L)
    sent = london(L["sent"])
    pat = L["patient"]
    blocks = parse_markup(L["text"])
    doc = DOCTYPE[L["kind"]]
    hosp = re.search(r"\b(SUH\d+|TCH\d+|GMP\d+|WCH\d+|CBT-\d+)\b", L["text"])
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
        html = html_doc(p, L["dept"], blocks, style="tablehead" if L["prov"] in ("sallow", "copper")
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
        created = sent - dt.timedelta(minutes=9)
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
    msg = EmailMessage()
    msg["From"] = oth["frm"]
    msg["To"] = PRACTICE_TO
    msg["Subject"] = oth["subject"]
    msg["Date"] = email.utils.format_datetime(sent)
    msg["Message-ID"] = msgid(sent, oth["key"], domain)
    for k, v in oth["headers"].items():
        msg[k] = v
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
    sent_l = sent.astimezone(london("2028-07-01 00:00").tzinfo)
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
    keys = [it["key"] for _t, it in all_items()]
    if len(keys) != len(set(keys)):
        bad("duplicate item key")
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
        if not (dt.date(2028, 7, 1) <= sent.date() <= dt.date(2028, 9, 30)):
            bad(f"{lid}: sent outside July-September 2028")
        if sent.utcoffset() != dt.timedelta(hours=1):
            bad(f"{lid}: Date header not in BST")
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
        if collapse(pat["name"]).lower() not in everything.lower():
            bad(f"{lid}: patient name not in text")
        if lab["clinician"] and collapse(lab["clinician"]) not in everything:
            bad(f"{lid}: clinician {lab['clinician']!r} not in text")
        if lab["trust"] != PROV[it["prov"]]["name"]:
            bad(f"{lid}: trust")
        for k in ("event_date", "letter_date"):
            if lab[k] is not None:
                dt.date.fromisoformat(lab[k])
                if lab[k] > sent.date().isoformat():
                    bad(f"{lid}: {k} after sending")
        if lab["event_date"] and lab["letter_date"] and lab["event_date"] > lab["letter_date"]:
            bad(f"{lid}: event after letter")
        if lab["event_date"] and dmy(lab["event_date"]) not in everything:
            bad(f"{lid}: event date not stated in the letter")
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
            if lab["kind"] == "discharge_summary":
                if not it["ev_time"]:
                    bad(f"{lid}: discharge summary without a stated discharge time")
                else:
                    stated = f"{dmy(lab['event_date'])} at {it['ev_time']}"
                    stated2 = f"{dmy(lab['event_date'])} {it['ev_time']}"
                    if stated not in everything and stated2 not in everything:
                        bad(f"{lid}: discharge time not stated in the letter")
        elif late_cat in cats:
            bad(f"{lid}: late label without event date")
    if ok:
        print(f"verified {len(labels)} messages: OK")
    return ok


def summary():
    from collections import Counter

    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    kinds = Counter(lab["kind"] for lab in labels)
    cats = Counter(e["category"] for lab in labels for e in lab["expected"])
    letters = [lab for lab in labels if lab["kind"] != "other"]
    fmts = Counter(it["fmt"] for tag, it in all_items() if tag == "L")
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
