#!/usr/bin/env python3
"""Build the eleventh (independent) bouncebot corpus: tests/corpus/eleventh/.

Written without reference to the detection rules or to the other corpora's letters.  Everything in
here is invented: the practice (Thistlebrook Surgery), the five providers, the clinicians, the
patients, addresses, telephone numbers (Ofcom drama ranges) and NHS numbers (999 test range, valid
under Modulus 11).  Dates are January to March 2029 (Europe/London, Greenwich Mean Time throughout:
+0000; British Summer Time starts on 25 March 2029, after the last message).

Style: surgical and cancer pathways - orthopaedics, colorectal, breast, urology, ENT, gynaecology,
vascular and plastic surgery; day-surgery discharges; pre-operative assessment letters; post-op
letters; MDT outcomes; oncology end-of-treatment summaries with "GP actions"; chemotherapy and
radiotherapy letters; two-week-wait outcomes.  Long multi-paragraph letters and structured
summaries in plain text, HTML (with tables), PDF and DOCX.

The generic e-mail/PDF/DOCX helpers are imported from make_third.py; the letters, the message
builder, the labels and the verification are this file's own.  The build is deterministic.

    python3 tests/corpus/make_eleventh.py            # build, then verify
    python3 tests/corpus/make_eleventh.py --verify-only
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
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.text import MIMEText
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

OUT = HERE / "eleventh"
OUT_POLICY = email.policy.SMTP.clone(max_line_length=998)  # CRLF, header lines left unfolded
PREFIX = "eleventh"

PRACTICE = "Thistlebrook Surgery"
PRACTICE_ADDR = "thistlebrook.surgery@nhs.net"
PRACTICE_TO = f"{PRACTICE} <{PRACTICE_ADDR}>"
PRACTICE_POSTAL = "14 Tanners Row, Thistlebrook, Mallowbyshire VZ6 2HT"

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
    "quill": dict(
        name="Quillington Priory University Hospitals NHS Foundation Trust",
        site="Quillington Priory Hospital", addr=["Abbey Fields Road", "Quillington", "VZ1 4QP"],
        phone="0113 496 0582", domain="quillingtonpriory.nhs.uk",
        sender="QPUH Outbound Correspondence <qpuh.correspondence@nhs.net>",
        mailer="QPUH Lorenzo Letters 6.4"),
    "fen": dict(
        name="Fennerby and Culverdale Hospitals NHS Trust",
        site="Fennerby General Hospital", addr=["Culver Street", "Fennerby", "VZ3 7FG"],
        phone="0118 496 0736", domain="fennerbyculverdale.nhs.uk",
        sender="Fennerby and Culverdale Letters <fch.letters@fennerbyculverdale.nhs.uk>",
        mailer="FCH DocSend 2.7"),
    "marl": dict(
        name="Marlstone Cancer Centre NHS Foundation Trust",
        site="Marlstone Cancer Centre", addr=["Beacon Hill", "Marlstone", "VZ9 2MC"],
        phone="0116 496 0219", domain="marlstonecancer.nhs.uk",
        sender="Marlstone Cancer Centre Correspondence <mcc.gpletters@nhs.net>",
        mailer="MCC ARIA-Letters 15.1"),
    "raven": dict(
        name="Ravensholt Surgical Partners Ltd",
        site="Ravensholt NHS Treatment Centre", addr=["Kiln Lane", "Ravensholt", "VZ4 8RS"],
        phone="01632 960 517", domain="ravensholtsurgical.co.uk",
        sender="Ravensholt Treatment Centre <ravensholt.nhsletters@nhs.net>",
        mailer="Ravensholt PAS Mailer 4.0"),
    "sax": dict(
        name="Saxonbury Teaching Hospitals NHS Trust",
        site="Saxonbury Royal Infirmary", addr=["Hythe Road", "Saxonbury", "VZ2 5SX"],
        phone="0141 496 0863", domain="saxonbury-th.nhs.uk",
        sender="Saxonbury Clinical Correspondence <correspondence@saxonbury-th.nhs.uk>",
        mailer="STH Cerner Outbound 2029.1"),
}

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
    return {"name": name, "nhs_number": mk_nhs(887000 + seed * 29), "dob": dob}


def dmy(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def idblock(p: dict, number: str) -> str:
    return (f"Name: {p['name']}\nDOB: {dmy(p['dob'])}\n"
            f"NHS No: {spaced(p['nhs_number'])}\nHospital No: {number}")


def idline(p: dict, number: str) -> str:
    return f"RE: {p['name']}, DOB {dmy(p['dob'])}, NHS {spaced(p['nhs_number'])}, MRN {number}"


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


# ---------------------------------------------------------------- Quillington Priory (acute)

P = pt("Brian Hollowell", 1, "1951-06-22")
letter(
    key="q01", kind="discharge_summary", prov="quill", dept="Elective Orthopaedic Unit, Ward 7",
    specialty="Orthopaedics", clinician="Mr Tobias Renwick-Hale", patient=P,
    event="2029-01-09", ev_time="14:30", letter_date="2029-01-09", sent="2029-01-09 18:10", fmt="html",
    opts={"alt": True},
    text=f"""
    ELECTIVE ORTHOPAEDIC DISCHARGE SUMMARY

    {idblock(P, "QP2210451")}
    GP practice: Thistlebrook Surgery
    Admitted: 06/01/2029 (elective)
    Discharged: 09/01/2029 14:30
    Consultant: Mr Tobias Renwick-Hale, Consultant Orthopaedic Surgeon
    Summary completed by: Dr Ama Osei-Larbi, FY1

    # Procedure
    | Date | Operation | Anaesthetic |
    | 06/01/2029 | Right total knee replacement (cemented, patella not resurfaced) | Spinal + adductor canal block |

    # Clinical course
    Uncomplicated. Mobilised day 1 with the physiotherapists using a frame, progressed to two elbow crutches and managed stairs on day 3. Knee flexion 85 degrees at discharge, straight leg raise achieved. Post-operative Hb 112 (pre-op 134). Wound clean and dry, 24 skin clips, Mepore dressing. Mild constipation settled with laxido.

    # Medications on discharge (TTO)
    | Medicine | Dose | Status | Supplied |
    | Rivaroxaban | 10 mg once daily until 20/01/2029 (14 days total) | NEW - VTE prophylaxis | 5 days |
    | Paracetamol | 1 g four times daily | NEW | 14 days |
    | Codeine phosphate | 30 mg up to four times daily when required | NEW | 7 days |
    | Laxido | 1 sachet twice daily while on codeine | NEW | 14 days |
    | Amlodipine | 5 mg once daily | unchanged | own supply |
    | Atorvastatin | 20 mg at night | unchanged | own supply |

    Please note that pharmacy was only able to dispense part of the anticoagulant course because of a supply problem with the 10 mg tablets on the day of discharge.

    # Actions for GP
    - Rivaroxaban: GP to prescribe the remaining 9 days to complete the 14-day course.
    - Removal of clips at GP surgery day 12-14 post-op (from 18/01/2029).

    # Hospital follow-up
    Outpatient physiotherapy at Quillington Priory has been requested and the department will write to him with a date. Arthroplasty review clinic at 6 weeks with Mr Renwick-Hale - appointment will be posted.

    # Information given to the patient
    Knee replacement booklet, VTE leaflet, ward 7 contact number for 4 weeks after surgery. He knows to seek help urgently for calf pain or swelling, breathlessness or a hot red knee.
    """,
    exp=[("hospital_only_prescribing", "GP to prescribe the remaining 9 days to complete the 14-day course"),
         ("post_procedure_care", "Removal of clips at GP surgery day 12-14 post-op")],
    notes="Day-of-discharge summary (about 3.5 h after discharge: on time). Only 5 days of a new VTE "
          "anticoagulant supplied, under the 7-day minimum, and the GP is asked to prescribe the rest. "
          "Clip removal passed to the practice in a nominalised action line. Physio and arthroplasty "
          "review are hospital-arranged.")

P = pt("Glenys Abernethy-Rowe", 2, "1958-02-11")
letter(
    key="q02", kind="discharge_summary", prov="quill", dept="Colorectal Surgery, Ward 12 (Surgical Admissions)",
    specialty="Colorectal Surgery", clinician="Miss Harriet Vandeleur", patient=P,
    event="2029-01-15", ev_time="11:00", letter_date="2029-01-17", sent="2029-01-18 09:20", fmt="plain",
    text=f"""
    INPATIENT DISCHARGE SUMMARY - COLORECTAL SURGERY

    {idblock(P, "QP3387120")}
    Consultant: Miss Harriet Vandeleur
    Ward: 12
    Date of admission: 08/01/2029
    Date of discharge: 15/01/2029 at 11:00
    Date typed: 17/01/2029

    # Diagnosis
    Adenocarcinoma of the upper rectum (12 cm from anal verge), staged cT3 N0 M0 on MRI pelvis and CT chest/abdomen/pelvis, discussed at the colorectal MDT on 18/12/2028.

    # Operation
    08/01/2029: laparoscopic anterior resection with defunctioning loop ileostomy (Miss Vandeleur).

    # Post-operative course
    Enhanced recovery pathway. Eating and drinking from day 1. Ileostomy working from day 2; outputs were high on days 3-4 (up to 1.9 L/day) and she needed IV fluids for 48 hours. Loperamide 4 mg qds was started and outputs settled to about 800 ml/day. Creatinine rose from 64 to 102 on day 4 and was 78 on the morning of discharge. Stoma care taught; she is changing her own bags confidently. Abdominal port-site wounds healing well, absorbable sutures.

    # Medication
    - Loperamide 4 mg four times daily - NEW - 14 days supplied
    - Dalteparin 5000 units sc daily to complete 28 days post-op (until 05/02/2029) - NEW - full course supplied
    - Paracetamol 1 g qds prn - 14 days supplied
    - Omeprazole 20 mg od - NEW (high output) - 14 days supplied
    - Levothyroxine 75 micrograms od - unchanged

    # Follow-up arranged by the hospital
    The colorectal stoma care nurses will visit her at home within 72 hours of discharge and then as needed. Histology is awaited: it will be discussed at the colorectal MDT and Miss Vandeleur will go through the result with her in clinic in 3 weeks; the appointment has been booked.

    # Requests of the GP
    Because of the high-output stoma and the rise in creatinine, we would ask primary care to check U&E and magnesium one week after discharge and adjust the loperamide dose if needed.

    Dr Callum Pryor-Evans, FY1, for Miss Harriet Vandeleur, Consultant Colorectal Surgeon
    """,
    exp=[("late_discharge_summary", "Date of discharge: 15/01/2029"),
         ("tests_for_hospital", "we would ask primary care to check U&E and magnesium one week after discharge")],
    notes="Sent three days after discharge: late. The bloods are the surgical team's own post-discharge "
          "monitoring of a high-output stoma and the AKI it caused. Histology handled by MDT/clinic and "
          "stoma nurse visits are hospital-owned (not detections). A 'Date typed' earlier than sending.")

P = pt("Patricia Lindqvist", 3, "1969-09-04")
letter(
    key="q03", kind="clinic_letter", prov="quill", dept="Breast Unit - Rapid Access (2WW) Clinic",
    specialty="Breast Surgery", clinician="Miss Olufunke Adebayo-Hart", patient=P,
    event="2029-01-22", letter_date="2029-01-22", sent="2029-01-23 08:55", fmt="pdf",
    text=f"""
    Dr R Penhaligon
    Thistlebrook Surgery
    {PRACTICE_POSTAL}

    Date of clinic: 22/01/2029
    {idblock(P, "QP4471906")}

    Dear Dr Penhaligon

    Thank you for referring Mrs Lindqvist under the suspected breast cancer (2WW) pathway with a left breast lump she noticed in the shower about three weeks ago. She has no nipple discharge or skin change. She had a normal screening mammogram in 2026. Her maternal aunt had breast cancer in her sixties. She is on no HRT.

    On examination there is a 2 cm firm, irregular mass at 2 o'clock in the left breast, 4 cm from the nipple, with no tethering. The axilla is clinically clear. The right breast is normal.

    Mammography shows a 17 mm spiculate mass at the corresponding site, graded M4. Ultrasound confirms a 16 mm irregular hypoechoic lesion, U4, with a normal-looking axilla. I performed a 14G ultrasound-guided core biopsy (three cores) and placed a marker clip. She tolerated this well.

    # Outcome
    I explained to Mrs Lindqvist that the appearances are suspicious and that we need the biopsy result before we can plan treatment. Her breast care nurse, Jo Kettleby, has given her our contact card.

    Histology from today's core biopsy will be copied to the practice. I'd be obliged if you could go through the result with her once it reaches you and let our MDT coordinator know if it confirms malignancy so she can be added to the next meeting.

    She has been asked to phone the surgery for her biopsy result in 7 to 10 days.

    Yours sincerely

    Miss Olufunke Adebayo-Hart
    Consultant Oncoplastic Breast Surgeon
    """,
    exp=[("results_chasing",
          "I'd be obliged if you could go through the result with her once it reaches you"),
         ("patient_redirected_to_gp", "She has been asked to phone the surgery for her biopsy result")],
    urgent=True,
    notes="2WW breast clinic: a suspicious (M4/U4) lesion biopsied by the clinic. The practice is asked to "
          "give the result and relay a malignant result back to the MDT (results_chasing), and the patient "
          "is told to get the result from the surgery (patient_redirected). A suspected-cancer step rests "
          "on the practice: urgent. Sent the next day.")

P = pt("Desmond Achterberg", 4, "1954-12-30")
letter(
    key="q04", kind="clinic_letter", prov="quill", dept="Urology Outpatients",
    specialty="Urology", clinician="Mr Kwabena Mensah-Forde", patient=P,
    event="2029-01-29", letter_date="2029-02-08", sent="2029-02-09 12:15", fmt="docx",
    text=f"""
    Dr S Okonkwo-Reid
    Thistlebrook Surgery
    {PRACTICE_POSTAL}

    Clinic attended: 29/01/2029 (Urology OPD, Mr Mensah-Forde)
    Dictated 30/01/2029, typed 08/02/2029
    {idblock(P, "QP1049328")}

    # Diagnosis
    1. Lower urinary tract symptoms - mixed storage and voiding, IPSS 21 (severe), QoL score 5
    2. Benign-feeling prostate, estimated 50 ml; PSA 5.8 ng/ml (age-specific reference below 4.5)
    3. Nocturia x4 with nocturnal polyuria on frequency-volume chart

    # History
    Mr Achterberg, a retired bus driver, reports two years of gradually worsening poor stream, hesitancy and terminal dribbling, with urgency and occasional urge incontinence over the last six months. He wears a small pad when he goes out. No haematuria, no bone pain, no weight loss. He has been on tamsulosin 400 micrograms for a year with modest benefit. He drinks about 2.5 litres of fluid a day, a good part of it tea in the evening.

    # Examination and tests
    Abdomen soft, bladder not palpable. DRE: smooth, moderately enlarged prostate, no nodules. Flow rate today Qmax 9 ml/s, voided 210 ml, post-void residual 90 ml on bladder scan. Urine dip negative.

    # Plan
    | Item | Detail |
    | Medication | Add finasteride 5 mg once daily to tamsulosin; 28 days supplied in clinic. |
    | Fluids | Advised to reduce evening fluids and caffeine. |
    | Prostate assessment | PSA modestly raised for his age but the gland feels benign; no MRI at present. |
    | Review | Urology clinic in 6 months with a repeat flow rate and bladder scan. |

    # Requests to the GP
    Please arrange for a repeat PSA in 6/52 (before any effect of finasteride) and forward the result to my secretary so we can decide about a prostate MRI.

    With the urgency and urge incontinence in mind, I would be grateful if you could refer him to the community continence service for assessment and containment products.

    Yours sincerely

    Mr Kwabena Mensah-Forde
    Consultant Urological Surgeon
    """,
    exp=[("late_clinic_letter", "Clinic attended: 29/01/2029"),
         ("tests_for_hospital", "Please arrange for a repeat PSA in 6/52"),
         ("onward_referral", "I would be grateful if you could refer him to the community continence service")],
    notes="Clinic letter sent 11 days after clinic (typed 8 Feb): late. The repeat PSA is for the urologist's "
          "own MRI decision; the continence referral is for symptoms of the problem under urology care, "
          "which the provider should refer on itself.")

P = pt("Maureen Tallentire", 5, "1962-04-17")
letter(
    key="q05", kind="clinic_letter", prov="quill", dept="Colorectal Surgery - Cancer MDT Outcome Clinic",
    specialty="Colorectal Surgery", clinician="Mr Aurelio Castellanos-Bright", patient=P,
    event="2029-02-07", letter_date="2029-02-07", sent="2029-02-08 10:40", fmt="pdf",
    text=f"""
    Dr M Trevelyan, Thistlebrook Surgery, {PRACTICE_POSTAL}

    COLORECTAL MDT OUTCOME AND CLINIC LETTER
    {idblock(P, "QP6620473")}
    MDT date: 06/02/2029
    Seen in clinic: 07/02/2029 with her husband, and Clinical Nurse Specialist Beth Harrowgate

    # MDT outcome
    Sigmoid adenocarcinoma (biopsy at colonoscopy 19/01/2029) with three liver metastases in segments 6 and 7 on CT and liver MRI. No lung disease. RAS/BRAF and MMR testing requested on the biopsy. Recommendation: referral to medical oncology for systemic therapy and to the hepatobiliary (HPB) MDT for an opinion on liver resection; consider primary resection if the liver disease is resectable. Not obstructing: no stent or stoma needed now.

    # Discussion in clinic
    I explained the diagnosis and that the cancer has spread to the liver. Mrs Tallentire and her husband took this in with great composure and asked sensible questions about surgery and chemotherapy. We talked about the possibility of treatment with the aim of cure if the liver disease can be removed. She is performance status 0 and works as a school administrator.

    # What we have done
    - Referral made today to Dr Nnamdi Eze, Medical Oncology, Marlstone Cancer Centre; first appointment expected within 14 days.
    - Case submitted to the regional HPB MDT on 13/02/2029.
    - Fit note issued in clinic for 4 weeks (she does not feel able to work at present).
    - Beth Harrowgate is her key worker (direct line 0113 496 0591) and will phone her next week.
    - CEA 48 today (taken in clinic); we will track it through treatment.

    # For the GP
    This letter is for information only; no GP action is needed at this stage. You may wish to add her to your palliative and supportive care register, but her treatment is being co-ordinated entirely by the cancer teams.

    Mr Aurelio Castellanos-Bright
    Consultant Colorectal Surgeon
    """,
    notes="Alarming-sounding hard negative: new metastatic colorectal cancer, but the provider has made the "
          "oncology and HPB referrals, issued the fit note, taken the CEA and named a key worker. 'For "
          "information only'. The register suggestion is ordinary GP work. Not urgent for the practice.")

P = pt("Connor Featherstonhaugh", 6, "1987-08-09")
letter(
    key="q06", kind="clinic_letter", prov="quill", dept="Fracture Clinic",
    specialty="Trauma and Orthopaedics", clinician="Mr Idris Pennant-Wolfe", patient=P,
    event="2029-02-06", letter_date="2029-02-06", sent="2029-02-07 09:05", fmt="plain",
    text=f"""
    Fracture Clinic - Outpatient Letter
    {idline(P, "QP7704218")}
    Clinic: 06/02/2029, Mr Pennant-Wolfe's fracture clinic
    To: Thistlebrook Surgery

    Diagnosis: Weber B fracture of the left ankle, 12/01/2029 (five-a-side football). Open reduction and internal fixation (one-third tubular plate and lag screw) 14/01/2029.

    Progress: Mr Featherstonhaugh attends at 3 weeks post-op. He has been non-weight-bearing in a backslab and then a below-knee cast. The wound was inspected with the cast off today: healed, sutures were removed in clinic by our plaster room nurse and steristrips applied. X-rays show the fixation unchanged with the mortise congruent.

    Plan:
      * New below-knee lightweight cast applied today; partial weight-bearing from now, full weight-bearing as comfort allows in a boot from 6 weeks.
      * LMWH (dalteparin) continues until the cast is off at 6 weeks; he was supplied with 42 days at discharge and is self-injecting.
      * Referral to our outpatient physiotherapy team has been made today.
      * Fracture clinic review with check X-ray on 26/02/2029 (booked).

    Work: he is a scaffolder and cannot return to his normal duties. I have issued a fit note today covering 8 weeks (to 03/04/2029), stating not fit for work. We will review this in clinic.

    Please note: there is no need for the practice to remove sutures or see the wound; this has all been done here.

    Mr Idris Pennant-Wolfe
    Consultant Trauma and Orthopaedic Surgeon
    """,
    notes="Hard negative: sutures removed in clinic, fit note issued by the hospital for the recovery period, "
          "full LMWH course supplied, physio referral made and review booked. Explicit 'no need for the "
          "practice'. Sent the next day.")

P = pt("Ruth Delacourt", 7, "1979-05-25")
letter(
    key="q07", kind="referral_response", prov="quill", dept="General Surgery - Referral Assessment Service",
    specialty="General Surgery", clinician="Mr Ewan Stroud-Maclaine", patient=P,
    event=None, letter_date="2029-02-19", sent="2029-02-20 11:00", fmt="html",
    text=f"""
    REFERRAL ASSESSMENT SERVICE - OUTCOME OF TRIAGE

    {idblock(P, "QP5528804")}
    Referral received: 12/02/2029 (e-RS UBRN 0004 7718 2265)
    Referred for: ? biliary colic
    Triage clinician: Mr Ewan Stroud-Maclaine, Consultant Upper GI Surgeon
    Triage outcome: RETURNED TO REFERRER

    # Triage comments
    Thank you for this referral of a 49-year-old woman with three episodes of right upper quadrant pain after fatty meals over four months, each lasting a couple of hours. There is no jaundice and no weight loss. The referral mentions that the pain has responded to paracetamol and that she is otherwise well.

    We are unable to accept the referral in its current form because no imaging has been carried out. Our upper GI pathway requires a confirmed diagnosis of gallstone disease before a surgical outpatient appointment is offered.

    # Requested before re-referral
    | Item | Detail |
    | Imaging | Please arrange an ultrasound of the abdomen (liver, gallbladder, biliary tree) |
    | Bloods | LFTs and amylase within the last 3 months |
    | Re-referral | Once gallstones are confirmed, please re-refer through e-RS attaching the report |

    # Safety netting
    If she develops jaundice, fever with pain, or persistent severe pain, she should be sent to the Surgical Assessment Unit on the same day.

    The referral has been returned to you on e-RS. This is an automated outcome letter approved by the triage clinician.
    """,
    exp=[("referral_returned_for_workup", "Please arrange an ultrasound of the abdomen (liver, gallbladder, biliary tree)")],
    notes="Referral returned on triage with a request that the GP do the imaging and bloods first and then "
          "re-refer: referral_returned_for_workup (the scan would be part of the surgical assessment). Some "
          "local pathways put US first in primary care - a judgement call. Safety-netting is conditional.")

P = pt("Sunita Barraclough", 8, "1966-11-13")
letter(
    key="q08", kind="discharge_summary", prov="quill", dept="Breast Unit - Day Surgery",
    specialty="Breast Surgery", clinician="Miss Olufunke Adebayo-Hart", patient=P,
    event="2029-03-02", ev_time="16:00", letter_date="2029-03-02", sent="2029-03-02 18:30", fmt="docx",
    text=f"""
    DAY CASE DISCHARGE SUMMARY

    {idblock(P, "QP8830155")}
    Admitted and discharged: 02/03/2029 (day case), discharged 02/03/2029 16:00
    Consultant: Miss Olufunke Adebayo-Hart
    Author: Dr Lorcan Whitty, CT2 Surgery

    # Procedure
    Left wide local excision (wire-guided) and sentinel lymph node biopsy for a 14 mm grade 2 invasive ductal carcinoma, ER positive, HER2 negative. Blue dye and isotope. Two sentinel nodes removed. Closed suction drain to the axilla.

    # Post-operative
    Recovered well. Eating and drinking, passed urine. Wounds closed with absorbable subcuticular sutures and glue: nothing to remove. Axillary drain 40 ml at discharge.

    # Drain and wound care
    She goes home with the axillary drain. The breast care nurses will review her and remove the drain at the nurse-led drain clinic on 06/03/2029 (booked). If a seroma forms afterwards it will be aspirated in the breast care nurse clinic. She has the unit's 24-hour advice line number.

    # Medication
    | Medicine | Instructions | Supply |
    | Paracetamol | 1 g four times a day as needed | 14 days supplied |
    | Ibuprofen | 400 mg three times a day with food as needed | 7 days supplied |
    | Letrozole | not started yet - to be discussed at results clinic | - |

    # Results and follow-up
    Histology will be discussed at the breast MDT on 14/03/2029 and Miss Adebayo-Hart will see her with the results on 16/03/2029 (booked). Referral to Marlstone Cancer Centre for adjuvant radiotherapy will be made by us after the MDT.

    # GP actions
    No GP action required. Please note the new diagnosis for her record.
    """,
    notes="Hard negative: drain removal and seroma care by the breast care nurses, absorbable sutures, "
          "results clinic and oncology referral owned by the unit, 'No GP action required'. On-time "
          "day-case summary (2.5 h).")

# ---------------------------------------------------------------- Fennerby and Culverdale

P = pt("Wayne Stallybrass", 9, "1975-03-03")
letter(
    key="f01", kind="clinic_letter", prov="fen", dept="ENT Outpatients, Culverdale Hospital",
    site="Culverdale Hospital", specialty="ENT", clinician="Mr Padraig Enright", patient=P,
    event="2029-01-11", letter_date="2029-01-11", sent="2029-01-12 09:15", fmt="plain",
    text=f"""
    Dear Dr Trevelyan

    {idline(P, "FC0192265")}
    Appointment: 11/01/2029, ENT new patient clinic (Mr Enright), Culverdale Hospital

    Mr Stallybrass was referred with a two-year history of left-sided nasal obstruction and suspected septal deviation, for consideration of septoplasty.

    He did not attend his appointment today. Our records show that the appointment letter was sent on 14/11/2028 and a text reminder on 08/01/2029. This is the first appointment he has missed.

    In line with the Trust's outpatient access policy he has been discharged from the ENT service. If you feel that an ENT opinion is still required, please re-refer him via e-RS.

    Yours sincerely

    Mr Padraig Enright
    Consultant ENT Surgeon
    cc patient
    """,
    exp=[("dna_rereferral", "If you feel that an ENT opinion is still required, please re-refer him via e-RS")],
    notes="Discharged after a single missed new appointment with re-referral passed to the GP. Although "
          "worded conditionally ('if you feel'), the discharge is done and re-referral is the only route "
          "left: dna_rereferral. Sent the next day.")

P = pt("Lorraine McAllister-Byrne", 10, "1960-07-28")
letter(
    key="f02", kind="clinic_letter", prov="fen", dept="ENT Head and Neck - Rapid Access Neck Lump Clinic",
    specialty="ENT", clinician="Ms Caitriona Delahunt", patient=P,
    event="2029-01-17", letter_date="2029-01-17", sent="2029-01-17 17:40", fmt="pdf",
    text=f"""
    Dr R Penhaligon, Thistlebrook Surgery

    URGENT - SUSPECTED HEAD AND NECK CANCER PATHWAY
    {idblock(P, "FC2245731")}
    Clinic date: 17/01/2029

    Dear Dr Penhaligon

    Thank you for your 2WW referral. Mrs McAllister-Byrne is a 68-year-old former smoker (40 pack-years, stopped 2019) who noticed a painless lump in the right side of her neck six weeks ago. She has had some mild right otalgia but no dysphagia, voice change or weight loss. She drinks about 20 units of alcohol a week.

    On examination there is a 3 cm firm, non-tender node at right level II. Flexible nasendoscopy showed fullness of the right tongue base with an irregular surface; the larynx is normal with mobile cords. The oral cavity is clear.

    Ultrasound in clinic confirmed a 31 mm rounded node with loss of the fatty hilum and I performed an ultrasound-guided FNA. Cytology is expected within 5 working days and we will see her in clinic with the result.

    # Plan
    The appearances are concerning for a tongue base primary with nodal spread. She will need staging before the head and neck MDT. Given the pressure on our CT lists this month, please arrange urgent CT neck and chest with contrast through your direct access route so that staging is available for the MDT on 31/01/2029. I have explained to her that she will receive a scan appointment.

    She will also need an examination under anaesthesia and biopsies, which I will arrange after the CT.

    Her clinical nurse specialist is Owen Prendergast, telephone 0118 496 0744.

    Yours sincerely

    Ms Caitriona Delahunt
    Consultant ENT / Head and Neck Surgeon
    """,
    exp=[("tests_for_hospital", "please arrange urgent CT neck and chest with contrast through your direct access route")],
    urgent=True,
    notes="2WW neck lump: the staging CT the head and neck team needs for its own MDT is passed to the GP's "
          "direct-access route. A suspected-cancer step rests on the practice: urgent. The FNA result and "
          "EUA are hospital-owned. Sent the same day.")

P = pt("Owain Treharne", 11, "1992-01-19")
letter(
    key="f03", kind="discharge_summary", prov="fen", dept="Day Surgery Unit",
    specialty="ENT", clinician="Mr Padraig Enright", patient=P,
    event="2029-01-24", ev_time="17:00", letter_date="2029-01-24", sent="2029-01-24 19:30", fmt="plain",
    text=f"""
    DAY SURGERY UNIT - DISCHARGE LETTER
    {idline(P, "FC3350617")}
    Consultant: Mr Padraig Enright (ENT)
    Date of procedure and discharge: 24/01/2029, discharged 24/01/2029 at 17:00

    Procedure: septoplasty and bilateral inferior turbinate reduction (coblation) under general anaesthetic.

    Findings: marked left septal deviation with a spur; bilateral inferior turbinate hypertrophy.

    Recovery: uneventful. Nasal packs (Rapid Rhino) removed on the unit at 4 hours with no bleeding. Septal splints were not used. Eating and drinking. Discharged home with his partner.

    Medication on discharge:
      * Co-amoxiclav 625 mg three times daily for 7 days - full course supplied
      * Paracetamol 1 g four times daily for 7 days - supplied
      * Sodium chloride nasal douche twice daily - supplied with instructions

    Work: he is a warehouse supervisor; a fit note has been issued for 2 weeks from today.

    Follow-up: ENT nurse-led telephone review at 2 weeks and ENT clinic at 3 months, both arranged by us.

    Should he have a nosebleed that does not stop after 20 minutes of pressure, he has been advised to attend the Emergency Department. He may also contact the Day Surgery Unit on 0118 496 0730 with any concerns.

    No action is needed from the GP.

    Dr Fatima Zahra Benali, ENT Specialty Doctor
    """,
    notes="Hard negative: full antibiotic course supplied, fit note already issued, follow-up arranged by the "
          "hospital, conditional safety-netting to ED, 'No action is needed from the GP'.")

P = pt("Janine Crowther", 12, "1976-10-02")
letter(
    key="f04", kind="discharge_summary", prov="fen", dept="Gynaecology, Ward 4 (Women's Unit)",
    specialty="Gynaecology", clinician="Mrs Adaeze Okoli-Brennan", patient=P,
    event="2029-01-30", ev_time="12:40", letter_date="2029-01-31", sent="2029-02-01 10:05", fmt="docx",
    text=f"""
    GYNAECOLOGY INPATIENT DISCHARGE SUMMARY

    {idblock(P, "FC4418270")}
    Responsible consultant: Mrs Adaeze Okoli-Brennan
    Admission date: 29/01/2029
    Discharge date and time: 30/01/2029 12:40
    Completed by: Dr Harriet Quaye, ST3 O&G (31/01/2029)

    # Indication and procedure
    Heavy menstrual bleeding and symptomatic fibroid uterus (14-week size) unresponsive to medical treatment. 29/01/2029: total laparoscopic hysterectomy and bilateral salpingectomy, ovaries conserved. EBL 250 ml. Uterus removed by vaginal route.

    # Post-operative progress
    Straightforward. Catheter out day 1, voiding well. Pain controlled on oral analgesia. Port-site wounds (four) closed with 3-0 nylon interrupted sutures and covered with dressings.

    # Medication
    | Drug | Dose | Supply |
    | Dalteparin | 5000 units sc once daily for 7 days | 7 days supplied |
    | Paracetamol | 1 g qds | 14 days supplied |
    | Dihydrocodeine | 30 mg qds prn | 7 days supplied |
    | Lactulose | 15 ml bd | 1 bottle |

    # Plan and requested actions
    | Action | Who |
    | Removal of port-site sutures on day 7-10 | Practice nurse at GP surgery |
    | Post-operative review and vault check at 6 weeks | GP |
    | Histology - will be reviewed by the consultant, who will write to the patient | Hospital |

    The GP is requested to provide a fit note from 30/01/2029 for six weeks, as she works as a care assistant and will need to avoid lifting.

    # Advice given
    Pelvic rest for 6 weeks, no heavy lifting, no driving for 2-4 weeks. Seek urgent advice for heavy bleeding, offensive discharge, fever or calf pain.
    """,
    exp=[("late_discharge_summary", "Discharge date and time: 30/01/2029"),
         ("post_procedure_care", "Removal of port-site sutures on day 7-10"),
         ("fit_note", "The GP is requested to provide a fit note from 30/01/2029 for six weeks")],
    notes="Sent about 45 h after the stated discharge time: late. Suture removal and the 6-week post-op "
          "review are aftercare the operating team should arrange (action table names the practice). A fit "
          "note for the post-operative recovery period is the hospital's to issue. Histology is kept by the "
          "consultant (not a detection).")

P = pt("Kirsty Oduya", 13, "1983-06-06")
letter(
    key="f05", kind="referral_response", prov="fen", dept="Gynaecology Outpatients",
    specialty="Gynaecology", clinician="Dr Siobhan Farquharson", patient=P,
    event=None, letter_date="2029-02-26", sent="2029-02-26 14:20", fmt="docx",
    text=f"""
    Dr S Okonkwo-Reid
    Thistlebrook Surgery

    REFERRAL RESPONSE - ACCEPTED
    {idblock(P, "FC5530912")}
    Referral dated 19/02/2029 (heavy menstrual bleeding)

    Dear Dr Okonkwo-Reid

    Thank you for referring Mrs Oduya, who is 45 and describes a year of heavy, regular periods with flooding on days 1-3, needing double protection, with an Hb of 109 on your bloods. She has completed a levonorgestrel IUS trial in the past, which she had removed because of pain.

    I have accepted the referral to the general gynaecology clinic. Because of her age and the change in her bleeding pattern, we have booked a pelvic ultrasound at Fennerby General Hospital for 12/03/2029, and she will be seen in the one-stop menstrual disorders clinic on 19/03/2029 where we can do an outpatient hysteroscopy and endometrial biopsy at the same visit if needed.

    In the meantime, she may find tranexamic acid helpful during heavy days, and you may wish to consider it if she would like to try it; that is entirely at your discretion and is not a condition of her appointment.

    A CA-125 is not indicated on the history. Her iron deficiency is noted; ferrous fumarate from your prescribing would be reasonable. She has been sent details of both appointments directly.

    Yours sincerely

    Dr Siobhan Farquharson
    Consultant Gynaecologist
    """,
    notes="Hard negative: referral accepted with scan and one-stop clinic booked by the hospital; the "
          "tranexamic acid and iron suggestions are optional, ordinary GP prescribing and not a condition "
          "of acceptance (no work-up required first).")

P = pt("Leonard Ashbridge", 14, "1948-09-14")
letter(
    key="f06", kind="clinic_letter", prov="fen", dept="Vascular Surgery Outpatients",
    specialty="Vascular Surgery", clinician="Mr Rajan Subramaniam-Cole", patient=P,
    event="2029-02-21", letter_date="2029-02-21", sent="2029-02-23 09:50", fmt="html",
    text=f"""
    VASCULAR SURGERY - OUTPATIENT LETTER

    {idblock(P, "FC6602318")}
    Clinic: 21/02/2029, Mr Subramaniam-Cole
    To: Dr M Trevelyan, Thistlebrook Surgery

    # Summary
    | Problem | Detail |
    | Infrarenal abdominal aortic aneurysm | 5.7 cm on surveillance ultrasound 09/02/2029 (5.1 cm in 08/2028) |
    | Ischaemic heart disease | PCI to LAD 2019; stable angina on exertion |
    | COPD | FEV1 62% predicted |

    # Assessment
    Mr Ashbridge's aneurysm has crossed the 5.5 cm threshold and has grown by 6 mm in six months. He is asymptomatic: no abdominal or back pain. He understands that the aneurysm now carries a meaningful risk of rupture and wants treatment. He knows to call 999 immediately if he develops sudden severe abdominal or back pain or collapses.

    # Plan - all arranged by the vascular team
    - CT angiogram of the aorta booked for 01/03/2029 to plan endovascular repair (EVAR).
    - I have referred him directly to the cardiology team for a pre-operative echocardiogram and review of his angina; the request was sent today.
    - Anaesthetic pre-assessment with cardiopulmonary exercise testing has been requested.
    - He will be discussed at the vascular MDT on 08/03/2029 and we aim to operate within 8 weeks.

    # Medication
    Please continue atorvastatin 80 mg and aspirin 75 mg, which he takes already. No changes made.

    # GP action
    None required. This letter is for your information.

    Mr Rajan Subramaniam-Cole
    Consultant Vascular Surgeon
    """,
    notes="Alarming-sounding hard negative: a large, growing AAA, but the CT, cardiology referral, "
          "pre-assessment and MDT are all arranged by the hospital; continuing green drugs; 'None "
          "required'. Sent two days after clinic. Not urgent for the practice.")

P = pt("Norman Ellerby", 15, "1953-03-21")
letter(
    key="f07", kind="discharge_summary", prov="fen", dept="Vascular Surgery, Ward 9",
    specialty="Vascular Surgery", clinician="Mr Rajan Subramaniam-Cole", patient=P,
    event="2029-03-06", ev_time="15:00", letter_date="2029-03-06", sent="2029-03-06 20:40", fmt="pdf",
    text=f"""
    DISCHARGE SUMMARY - VASCULAR SURGERY
    {idblock(P, "FC7719043")}
    Consultant: Mr Rajan Subramaniam-Cole
    Admitted: 26/02/2029   Discharged: 06/03/2029 15:00
    Written by: Dr Benedikt Sorensen, FY2

    # Diagnosis and procedure
    Left leg chronic limb-threatening ischaemia (rest pain). 27/02/2029: left femoral to above-knee popliteal bypass with reversed great saphenous vein.

    # Complications
    New atrial fibrillation on day 2 with a rate of 140, managed with IV then oral amiodarone after cardiology advice; now in sinus rhythm. Apixaban started for AF (CHA2DS2-VASc 4). TFTs and LFTs normal before amiodarone.

    # Wound
    Groin and thigh wounds healing; skin clips in situ. The ward has referred him to the district nursing team, who will check the wounds at home and remove the clips on day 14 (13/03/2029).

    # Discharge medication
    - Amiodarone 200 mg three times daily for 1 week, then twice daily for 1 week, then once daily - NEW - 28 days supplied
    - Apixaban 5 mg twice daily - NEW - 28 days supplied
    - Clopidogrel 75 mg once daily - unchanged
    - Atorvastatin 80 mg once daily - unchanged
    - Paracetamol 1 g qds prn - 14 days supplied

    # Actions for GP
    GP to continue amiodarone 200 mg once daily long term and monitor TFTs and LFTs every 6 months, with a chest X-ray if new breathlessness.

    Please add apixaban to his repeat prescription.

    # Hospital follow-up
    Graft surveillance duplex at 6 weeks and vascular clinic at 8 weeks (booked). Cardiology AF clinic review in 3 months (referral made).
    """,
    exp=[("shared_care_without_agreement",
          "GP to continue amiodarone 200 mg once daily long term and monitor TFTs and LFTs every 6 months")],
    notes="Amiodarone (amber, shared-care drug) handed to the GP with its monitoring and no shared-care "
          "agreement offered. Apixaban to repeats is ordinary. Clips: district nurses arranged by the ward "
          "(not a detection). Sent 5 h 40 min after discharge.")

# ---------------------------------------------------------------- Marlstone Cancer Centre

P = pt("Geoffrey Pemberton-Lusk", 16, "1952-02-08")
letter(
    key="m01", kind="clinic_letter", prov="marl", dept="Clinical Oncology - Urology Radiotherapy",
    specialty="Clinical Oncology", clinician="Dr Anjali Raghunathan", patient=P,
    event="2029-01-15", letter_date="2029-01-15", sent="2029-01-16 13:30", fmt="docx",
    text=f"""
    END OF RADIOTHERAPY TREATMENT SUMMARY

    {idblock(P, "MCC-104472")}
    Review clinic: 15/01/2029 (end-of-treatment review, Dr Raghunathan)
    To: Dr R Penhaligon, Thistlebrook Surgery

    # Diagnosis
    Adenocarcinoma of the prostate, Gleason 4+3=7 (Grade Group 3), PSA at diagnosis 16.2, MRI T3a N0 M0 (PSMA PET negative for distant disease). Intermediate/high risk.

    # Treatment given
    | Treatment | Details | Dates |
    | External beam radiotherapy | 60 Gy in 20 fractions to prostate and seminal vesicle base (VMAT) | 04/12/2028 to 05/01/2029 |
    | Hormone therapy | Leuprorelin (Prostap 3 DCS) 11.25 mg every 12 weeks for 6 months in total | started 11/09/2028 |

    # Toxicity
    Grade 1 urinary frequency and nocturia; grade 1 loose stools settling. No rectal bleeding. Fatigue improving.

    # Current medication
    Tamsulosin 400 micrograms once daily (started by us for radiotherapy-related urinary symptoms; please continue it for now). Last leuprorelin injection given at your surgery on 04/12/2028; the final injection is due on 26/02/2029 and will be given at your surgery under the shared care agreement your practice signed on 14/09/2028.

    # Follow-up plan
    PSA will be checked by us: he has a blood form for our phlebotomy service at 3 months and will be seen in the Marlstone follow-up clinic with the result. We will write after each review.

    # Actions for the GP
    No new actions. GP to consider offering the shingles vaccine when he next attends, as he is now eligible. Please note the possible late effects listed overleaf (urinary, bowel, erectile) for his record.

    # Possible late effects and red flags
    Visible haematuria, rectal bleeding or new bone pain should prompt contact with his key worker, Specialist Radiographer Nia Thorogood, on 0116 496 0230, who can arrange an early review.

    Dr Anjali Raghunathan
    Consultant Clinical Oncologist
    """,
    notes="Hard negative / edge: leuprorelin continues under a shared-care agreement the practice has "
          "already signed; tamsulosin is green; PSA follow-up is run by the oncology clinic. 'GP to "
          "consider' the shingles vaccine is ordinary GP work. Sent the next day.")

P = pt("Yvonne Castlereagh", 17, "1961-12-01")
letter(
    key="m02", kind="clinic_letter", prov="marl", dept="Acute Oncology Service - Triage Assessment Unit",
    specialty="Medical Oncology", clinician="Dr Thaddeus Okonjo-Wilde", patient=P,
    event="2029-02-14", letter_date="2029-02-14", sent="2029-02-14 19:20", fmt="html",
    text=f"""
    ACUTE ONCOLOGY ASSESSMENT - GP LETTER

    {idblock(P, "MCC-228931")}
    Attended: 14/02/2029, Triage Assessment Unit (telephone triage 13:05, seen 14:10)
    Treating team: Colorectal Oncology (Dr Thaddeus Okonjo-Wilde)

    # Background
    Mrs Castlereagh is receiving adjuvant CAPOX chemotherapy after a right hemicolectomy for stage III colon cancer. Cycle 3 day 1 was on 05/02/2029 (oxaliplatin IV plus capecitabine tablets days 1-14).

    # Presentation today
    She phoned our 24-hour line with shivers and a temperature of 37.9 at home and three days of loose stools (4-5 a day). In the unit: temperature 37.6, pulse 96, BP 118/72, SpO2 97% on air. Mild peri-umbilical tenderness only.

    # Results today
    | Test | Result | Comment |
    | Neutrophils | 1.4 | low, not neutropenic sepsis range |
    | CRP | 38 | |
    | Creatinine | 88 | baseline 70 |
    | Blood cultures x2 | pending | taken 14:25 |
    | Stool culture and C. difficile | pending | sent 15:00 |

    # Management
    Grade 2 diarrhoea. Capecitabine has been stopped for the rest of this cycle. Loperamide supplied. She did not meet the criteria for admission and has gone home with her husband after a course of oral ciprofloxacin and co-amoxiclav was supplied (7 days) per our febrile-patient guideline.

    # Results pending - GP action
    Blood cultures and stool results are pending - over to you for these results: please act on any positive culture and arrange admission if she becomes unwell.

    Cycle 4 is on hold pending review in the colorectal oncology clinic on 21/02/2029 (booked).

    Dr Thaddeus Okonjo-Wilde
    Consultant Medical Oncologist
    """,
    exp=[("results_chasing", "over to you for these results: please act on any positive culture")],
    urgent=True,
    notes="Acute oncology attendance during chemotherapy: blood cultures the unit took are left for the "
          "practice to follow up and act on. A positive blood culture in a chemotherapy patient needs "
          "same-day action: urgent. Antibiotics supplied (not a detection).")

P = pt("Hilary Okafor-Grant", 18, "1965-07-11")
letter(
    key="m03", kind="discharge_summary", prov="marl", dept="Oncology Ward (Ward 3)",
    specialty="Medical Oncology", clinician="Dr Priyanka Venkataraman", patient=P,
    event="2029-02-12", ev_time="11:20", letter_date="2029-02-12", sent="2029-02-12 16:00", fmt="plain",
    text=f"""
    ONCOLOGY INPATIENT DISCHARGE SUMMARY

    {idblock(P, "MCC-339107")}
    Admitted: 08/02/2029 via Acute Oncology
    Discharged: 12/02/2029 at 11:20
    Consultant: Dr Priyanka Venkataraman (Breast Oncology)

    DIAGNOSIS: Neutropenic sepsis (neutrophils 0.2) on day 10 of cycle 2 of adjuvant docetaxel/cyclophosphamide for early breast cancer. Source not identified; blood cultures negative at 48 hours (final).

    COURSE: Started on IV piperacillin-tazobactam within 45 minutes of arrival, per protocol. Temperature settled within 24 hours. Neutrophils recovered to 2.9 on 11/02/2029. Switched to oral antibiotics and discharged well.

    CHANGES TO CHEMOTHERAPY: Cycle 3 will be given with primary G-CSF prophylaxis (filgrastim days 3-9). The filgrastim is supplied by our pharmacy and the Marlstone home-care nurses will give the injections at home. Dose of docetaxel reduced by 20%.

    MEDICATION ON DISCHARGE:
      * Co-amoxiclav 625 mg tds to complete 7 days in total (5 days supplied, which completes the course)
      * Ciprofloxacin 500 mg bd, same duration (supplied)
      * Letrozole - not yet; to be started after chemotherapy by the breast team

    BLOODS: FBC, U&E and LFTs before cycle 3 will be taken in our chemotherapy day unit on 21/02/2029.

    FOR INFORMATION ONLY. The Marlstone team retains responsibility for her chemotherapy care. She has the 24-hour acute oncology hotline number (0116 496 0200).

    Dr Ellis Ngata-Broome, Oncology Registrar
    """,
    notes="Alarming-sounding hard negative: neutropenic sepsis, but the episode is resolved, antibiotics "
          "fully supplied, G-CSF supplied and given by hospital home-care nurses, pre-chemo bloods in the "
          "day unit. 'For information only'. On-time summary.")

P = pt("Felicity Warrender", 19, "1971-04-29")
letter(
    key="m04", kind="clinic_letter", prov="marl", dept="Breast Oncology - End of Treatment Clinic",
    specialty="Clinical Oncology", clinician="Dr Gwendolen Maybury", patient=P,
    event="2029-02-20", letter_date="2029-02-26", sent="2029-02-27 11:45", fmt="pdf",
    opts={"cover_extra": (
        "Summary of GP actions (full details in the attached treatment summary):\n"
        "1. Please arrange a baseline DEXA scan now that letrozole has started.\n"
        "2. GP to refer to clinical genetics for BRCA testing.\n"
        "3. Please continue letrozole 2.5 mg once daily for 5 years.\n")},
    text=f"""
    BREAST CANCER TREATMENT SUMMARY - END OF ACTIVE TREATMENT

    {idblock(P, "MCC-451836")}
    End-of-treatment clinic: 20/02/2029 (Dr Gwendolen Maybury, with Living With and Beyond Cancer nurse Ros Tickell)
    To: Dr M Trevelyan, Thistlebrook Surgery

    # Diagnosis
    Right breast invasive ductal carcinoma, grade 2, 22 mm, ER 8/8, PR 6/8, HER2 negative, 1/2 sentinel nodes positive (micrometastasis). pT2 N1mi M0. Diagnosed 07/2028.

    # Treatment completed
    - Right wide local excision and sentinel node biopsy, Quillington Priory, 08/2028
    - Adjuvant chemotherapy: 4 cycles docetaxel/cyclophosphamide, 09/2028 to 11/2028
    - Whole breast radiotherapy 26 Gy in 5 fractions, completed 15/12/2028
    - Endocrine therapy: letrozole 2.5 mg once daily from 05/01/2029 (post-menopausal on bloods), planned 5 years

    # Treatment aims and outlook
    Treatment was given with curative intent. Ongoing risk of recurrence has been discussed with Mrs Warrender.

    # Follow-up arrangements
    Open-access follow-up with the breast unit for 5 years. Annual surveillance mammograms are booked by the Quillington Priory breast unit; she will receive letters directly. She can contact the breast care nurses directly with any concerns.

    # GP actions
    1. Please arrange a baseline DEXA scan now that letrozole has started, and repeat it every 2 years while she is on an aromatase inhibitor.
    2. Her sister was diagnosed with ovarian cancer at 48. She meets the criteria for genetic testing: GP to refer to clinical genetics for BRCA testing.
    3. Please continue letrozole 2.5 mg once daily for 5 years (until 01/2034).
    4. Please check her blood pressure and lipids as part of her routine care; she asked about her cardiovascular risk.

    # Possible consequences of treatment
    Joint aches and hot flushes with letrozole; fatigue; lymphoedema risk in the right arm (low); early menopause symptoms. She has been referred by us to the Living With and Beyond Cancer health and wellbeing event on 15/03/2029.

    Dr Gwendolen Maybury
    Consultant Clinical Oncologist
    """,
    exp=[("tests_for_hospital", "Please arrange a baseline DEXA scan now that letrozole has started"),
         ("onward_referral", "GP to refer to clinical genetics for BRCA testing")],
    notes="End-of-treatment summary with a 'GP actions' section, repeated as a summary in the cover e-mail. "
          "The DEXA is bone-health monitoring for the oncology team's aromatase inhibitor; the genetics "
          "referral arises from the cancer under their care and should be made by them. Letrozole "
          "(green) and routine BP/lipids are ordinary GP work. Sent exactly 7 days after clinic: on time.")

P = pt("Stanley Mukherjee-Doyle", 20, "1947-10-23")
letter(
    key="m05", kind="clinic_letter", prov="marl", dept="Uro-Oncology Clinic",
    specialty="Medical Oncology", clinician="Dr Nnamdi Eze", patient=P,
    event="2029-03-05", letter_date="2029-03-07", sent="2029-03-08 10:10", fmt="html",
    text=f"""
    UROLOGICAL ONCOLOGY - CLINIC LETTER

    {idblock(P, "MCC-562204")}
    Clinic: 05/03/2029, Dr Nnamdi Eze
    To: Dr S Okonkwo-Reid, Thistlebrook Surgery

    # Diagnosis
    Metastatic hormone-sensitive prostate cancer, bone metastases (pelvis, L3), diagnosed 12/2028. PSA 212 at diagnosis, 36 on 26/02/2029 on androgen deprivation alone.

    # Current treatment
    | Drug | Dose | Prescriber |
    | Degarelix | 80 mg sc every 28 days | hospital (given in our day unit) |
    | Abiraterone acetate | 1000 mg once daily | NEW today - 28 days dispensed by Marlstone pharmacy |
    | Prednisolone | 5 mg once daily | NEW today - 28 days dispensed |
    | Zoledronic acid | 4 mg IV every 12 weeks | hospital |

    # Discussion
    Mr Mukherjee-Doyle is fit (PS 1) and keen to have treatment intensification. We discussed abiraterone with prednisolone, including the need to monitor blood pressure, potassium and liver function. He has had a dental check before zoledronic acid.

    # Monitoring
    LFTs, U&E and BP will be checked fortnightly for the first 3 months in our day unit when he attends for degarelix.

    # Request to the GP
    After the first month we would be grateful if the GP could prescribe the abiraterone and prednisolone going forward, as our pharmacy dispenses only the first supply of oral anticancer medicines.

    Please note the prednisolone: he should carry a steroid card, which we have given him.

    Dr Nnamdi Eze
    Consultant Medical Oncologist
    """,
    exp=[("hospital_only_prescribing", "we would be grateful if the GP could prescribe the abiraterone and prednisolone going forward")],
    notes="Abiraterone is an oral anticancer drug (typically red, hospital-only); asking the GP to take over "
          "its prescribing is hospital_only_prescribing. Monitoring stays with the day unit. Sent 3 days "
          "after clinic.")

P = pt("Douglas Fairbairn-Oyelaran", 21, "1949-05-16")
letter(
    key="m06", kind="clinic_letter", prov="marl", dept="Clinical Oncology - Lung SABR Follow-up",
    specialty="Clinical Oncology", clinician="Dr Isolde Brannagh", patient=P,
    event="2029-03-01", letter_date="2029-03-12", sent="2029-03-13 15:25", fmt="docx",
    text=f"""
    Dr R Penhaligon
    Thistlebrook Surgery

    Date of clinic: 01/03/2029
    Date of letter: 12/03/2029
    {idblock(P, "MCC-673318")}

    Dear Dr Penhaligon

    # Diagnosis
    Left upper lobe non-small cell lung cancer (adenocarcinoma on CT-guided biopsy), T1c N0 M0, treated with stereotactic ablative radiotherapy (SABR), 54 Gy in 3 fractions, completed 21/11/2028. Background COPD (FEV1 48%).

    # Review today
    Mr Fairbairn-Oyelaran attended with his daughter three months after SABR. He has a dry cough, no worse than before, and no haemoptysis. Breathlessness is at his baseline (MRC 3). He is eating well and his weight is stable. He has not smoked since his diagnosis and is very proud of this.

    The 3-month CT chest on 22/02/2029 shows expected post-radiotherapy consolidation around the treated tumour, which is smaller. No new nodules, no nodal enlargement.

    # Plan
    | Item | Plan |
    | Surveillance | CT chest at 6, 12, 18 and 24 months |
    | Clinic | Review after each scan |
    | Respiratory | Continue inhalers as prescribed by you |

    Our radiology department will send him the 6-month scan appointment. If he has not heard about his CT appointment within 4 weeks of the due date, he should contact his GP, who can chase it for him.

    I have reassured him and his daughter that the response so far is as expected.

    Yours sincerely

    Dr Isolde Brannagh
    Consultant Clinical Oncologist
    """,
    exp=[("late_clinic_letter", "Date of clinic: 01/03/2029"),
         ("patient_redirected_to_gp", "he should contact his GP, who can chase it for him")],
    notes="Clinic letter sent 12 days after clinic: late. The patient is told to go to the GP to chase the "
          "hospital's own surveillance scan appointment: patient_redirected_to_gp. Inhalers are ordinary "
          "GP prescribing.")

# ---------------------------------------------------------------- Ravensholt NHS Treatment Centre (independent)

P = pt("Graham Whitlock-Oyelowo", 22, "1964-08-19")
letter(
    key="r01", kind="clinic_letter", prov="raven", dept="Pre-operative Assessment Clinic",
    specialty="General Surgery", clinician="Sister Magdalena Wrobel", patient=P,
    event="2029-01-23", letter_date="2029-01-24", sent="2029-01-25 08:45", fmt="docx",
    text=f"""
    PRE-OPERATIVE ASSESSMENT (POA) - LETTER TO GP

    {idblock(P, "RTC-88120")}
    POA appointment: 23/01/2029 (nurse-led, Sister Magdalena Wrobel)
    Planned procedure: laparoscopic right inguinal hernia repair (TEP), day case, Mr Laurence Achebe-Frost
    To: Thistlebrook Surgery

    Dear Doctor

    Mr Whitlock-Oyelowo attended our POA clinic today in preparation for his hernia repair. He has hypertension treated with ramipril and amlodipine, and was told in 2024 that he had an "irregular heartbeat" on a practice ECG, which he says was not followed up. BMI 31. He walks his dog for an hour a day and climbs two flights of stairs without stopping. No previous anaesthetic problems.

    Observations today: BP 138/84, pulse 78 and irregular, SpO2 98%.

    # Outstanding before listing
    Our anaesthetic team cannot list him until the following are received:

    | Item | Requested from | Notes |
    | 12-lead ECG | GP practice | Please arrange an ECG and send us a copy before listing |
    | FBC, U&E, HbA1c | GP practice | within 3 months of surgery |
    | GP pre-operative information form | GP practice | Please complete the enclosed GP pre-operative information form and return it within 5 working days |

    As an independent-sector provider our POA clinic does not have phlebotomy or ECG on site on Tuesdays, and we rely on practices for these items.

    Once these are received he will be offered a date within 4 weeks.

    Kind regards

    Sister Magdalena Wrobel
    Pre-operative Assessment Lead Nurse

    # GP PRE-OPERATIVE INFORMATION FORM (to be completed by the GP practice)
    | Question | Answer |
    | Current repeat medication (attach list) | |
    | Significant past medical history | |
    | Known allergies | |
    | Any anaesthetic problems known to the practice | |
    | Most recent BP readings (last 12 months) | |
    | Is the patient fit for day-case general anaesthetic? (GP opinion) | |
    | Completed by / date / practice stamp | |
    """,
    exp=[("tests_for_hospital", "Please arrange an ECG and send us a copy before listing"),
         ("non_contractual_admin",
          "Please complete the enclosed GP pre-operative information form and return it within 5 working days")],
    notes="Independent-sector POA letter (DOCX, action table plus the form itself). The ECG and bloods are "
          "the provider's own pre-operative investigations; completing a POA form is hospital paperwork, "
          "not GP work. Judgement: the bloods row is covered by the same category as the ECG.")

P = pt("Ivor Gwilliam", 23, "1957-01-05")
letter(
    key="r02", kind="clinic_letter", prov="raven", dept="Pre-operative Assessment Clinic",
    specialty="Orthopaedics", clinician="Dr Lucinda Farrant-Mbeki", patient=P,
    event="2029-02-01", letter_date="2029-02-02", sent="2029-02-05 09:30", fmt="plain",
    text=f"""
    Ravensholt NHS Treatment Centre - Anaesthetic Pre-assessment Outcome

    {idline(P, "RTC-88347")}
    Seen: 01/02/2029, anaesthetic POA clinic (Dr Lucinda Farrant-Mbeki, Consultant Anaesthetist)
    Listed for: left total hip replacement (Mr Conrad Illingworth), NHS e-RS referral from Thistlebrook Surgery

    Dear Dr Trevelyan

    I saw Mr Gwilliam in the anaesthetic pre-assessment clinic. He has type 2 diabetes on metformin and gliclazide, hypertension, and a BMI of 36. His HbA1c, taken at nurse POA on 18/01/2029, is 83 mmol/mol (previous 71 in 07/2028). His capillary glucose today was 14.2.

    Our centre's elective arthroplasty criteria, in line with national perioperative diabetes guidance, require an HbA1c below 69 mmol/mol before a joint replacement, because of the increased risk of prosthetic joint infection and wound complications.

    Outcome: not fit for listing at present.

    I have therefore removed him from the waiting list and discharged him back to your care. Please optimise his diabetes and re-refer once his HbA1c is below 69 mmol/mol; he will then be offered a new pre-assessment appointment.

    I explained the reasons to Mr Gwilliam, who was disappointed but understood. His hip pain is severe (Oxford hip score 14) and he is using co-codamol 30/500 regularly.

    Yours sincerely

    Dr Lucinda Farrant-Mbeki
    Consultant Anaesthetist
    """,
    exp=[("referral_returned_for_workup", "Please optimise his diabetes and re-refer once his HbA1c is below 69 mmol/mol")],
    notes="Pre-op optimisation used as a gate: the patient is taken off the waiting list and sent back "
          "with 'optimise then re-refer'. Managing diabetes is GP work, but ending the accepted referral "
          "and requiring re-referral after work-up is referral_returned_for_workup (judgement call). "
          "Sent 4 days after the clinic.")

P = pt("Deborah Pinnington", 24, "1973-11-27")
letter(
    key="r03", kind="discharge_summary", prov="raven", dept="Day Surgery Unit",
    specialty="Plastic Surgery", clinician="Mr Soren Haldane-Idowu", patient=P,
    event="2029-02-13", ev_time="15:10", letter_date="2029-02-13", sent="2029-02-13 17:45", fmt="html",
    text=f"""
    DAY SURGERY DISCHARGE LETTER

    {idblock(P, "RTC-88502")}
    Procedure date: 13/02/2029 - discharged 13/02/2029 15:10
    Surgeon: Mr Soren Haldane-Idowu, Consultant Hand and Plastic Surgeon

    # Operation
    | Procedure | Side | Anaesthetic | Closure |
    | Open carpal tunnel decompression | Right (dominant) | Local (WALANT) | 4-0 Ethilon interrupted sutures |

    # Findings
    Marked compression of the median nerve with an hourglass deformity. Nerve decompressed fully. No complications.

    # Instructions for the patient
    Keep the bulky dressing on, dry and elevated for 48 hours, then reduce to a light dressing. Move the fingers regularly. Your practice nurse will remove your stitches - please book an appointment with the surgery.

    # Instructions for the GP
    - Sutures out at the surgery at 10-14 days.
    - Hand therapy: referral made by us.
    - Fit note: she works as a data entry clerk and is likely to need 3-4 weeks off. Please see your GP for a fit note if you need more than 7 days off work (self-certification covers the first 7 days).

    # Medication
    Paracetamol and ibuprofen as needed (own supply).

    # Follow-up
    Nurse-led telephone review at 6 weeks (Ravensholt). No routine clinic appointment.
    """,
    exp=[("post_procedure_care", "Sutures out at the surgery at 10-14 days"),
         ("fit_note", "Please see your GP for a fit note if you need more than 7 days off work")],
    notes="Day-surgery letter: suture removal placed on the practice (in both patient and GP sections; the "
          "GP instruction is the evidence) and the patient sent to the GP for the fit note covering the "
          "post-operative period the surgeon should certify. Hand therapy referral made by the provider.")

P = pt("Martin Quarrington", 25, "1984-02-14")
letter(
    key="r04", kind="discharge_summary", prov="raven", dept="Day Surgery Unit",
    specialty="Orthopaedics", clinician="Mr Conrad Illingworth", patient=P,
    event="2029-02-16", ev_time="13:00", letter_date="2029-02-16", sent="2029-02-16 16:30", fmt="plain",
    text=f"""
    RAVENSHOLT TREATMENT CENTRE - DAY CASE DISCHARGE
    {idline(P, "RTC-88619")}
    Date of surgery: 16/02/2029. Discharged: 16/02/2029 13:00
    Consultant: Mr Conrad Illingworth, Consultant Orthopaedic Surgeon (knee)

    OPERATION: Right knee arthroscopy, partial medial meniscectomy for a symptomatic bucket-handle tear not suitable for repair. Articular cartilage healthy.

    WOUNDS: two portals closed with Steri-Strips only. There are no sutures to remove (no ROS needed).

    VTE: low risk (day case, mobile, age 44). No chemical prophylaxis required; early mobilisation advised.

    ANALGESIA: naproxen 500 mg bd with omeprazole 20 mg od for 7 days; paracetamol. Full 7 days supplied.

    WORK: he is a delivery driver. A fit note has been issued by Mr Illingworth for 2 weeks. He may drive once he can perform an emergency stop comfortably.

    FOLLOW-UP: wound check at our nurse-led clinic on 23/02/2029 (booked) and physiotherapy at Ravensholt from next week (booked). Clinic review with Mr Illingworth in 6 weeks.

    Should the knee become hot, red and swollen, or should he develop calf pain, he has been advised to contact our 24-hour ward line on 01632 960 520 rather than his GP.

    Copy: patient
    """,
    notes="Hard negative: Steri-Strips only, wound check and physio booked at the treatment centre, full "
          "analgesia supplied, fit note issued by the surgeon, conditional safety-netting directed to the "
          "provider's own ward line.")

P = pt("Bernadette Kilbride", 26, "1950-09-09")
letter(
    key="r05", kind="clinic_letter", prov="raven", dept="Arthroplasty Outpatients",
    specialty="Orthopaedics", clinician="Mr Conrad Illingworth", patient=P,
    event="2029-03-14", letter_date="2029-03-14", sent="2029-03-15 12:05", fmt="pdf",
    text=f"""
    Dr S Okonkwo-Reid, Thistlebrook Surgery

    {idblock(P, "RTC-87705")}
    Clinic date: 14/03/2029 (6-week post-operative review)

    Dear Dr Okonkwo-Reid

    Mrs Kilbride attended for review six weeks after her left total hip replacement (uncemented, posterior approach) on 31/01/2029. She is delighted with the result. Her groin pain has gone, she is walking with one stick outdoors and none indoors, and she is sleeping through the night.

    The wound is well healed. There is no leg length discrepancy clinically. X-rays show well-fixed, well-positioned components. She completed 35 days of rivaroxaban, supplied at discharge.

    She can now stop hip precautions gradually and may return to driving from next week. She will continue with the exercises her Ravensholt physiotherapist has given her.

    # Follow-up
    Review in the arthroplasty clinic at 1 year with X-ray (we will send the appointment).

    # Outcome data
    As a participant in our patient-reported outcomes programme, we would ask the practice to complete the enclosed 6-month outcome audit form on her behalf at her next surgery visit and return it to our data team by post or to ravensholt.outcomes@nhs.net.

    Yours sincerely

    Mr Conrad Illingworth
    Consultant Orthopaedic Surgeon
    """,
    exp=[("non_contractual_admin", "we would ask the practice to complete the enclosed 6-month outcome audit form")],
    notes="Routine post-op review; everything clinical is done by the provider. The request to fill in the "
          "provider's outcome audit form is a data collection, not GP work: non_contractual_admin. Sent "
          "the next day.")

# ---------------------------------------------------------------- Saxonbury Teaching Hospitals

P = pt("Cyril Blenkinsop", 27, "1944-03-30")
letter(
    key="s01", kind="clinic_letter", prov="sax", dept="Plastic Surgery - Skin Cancer Minor Operations",
    specialty="Plastic Surgery", clinician="Ms Rosalind Achterberg-Nye", patient=P,
    event="2029-01-10", letter_date="2029-01-11", sent="2029-01-12 11:00", fmt="plain",
    text=f"""
    Dear Dr Penhaligon

    {idline(P, "STH-554013")}
    Seen and treated: 10/01/2029, Plastic Surgery minor operations list

    Diagnosis: nodular lesion of the left temple, clinically a basal cell carcinoma (referred as a routine skin lesion).

    Procedure: under local anaesthetic I excised the lesion with a 4 mm margin and closed the defect directly with 5-0 Prolene interrupted sutures. The specimen has been sent for histology.

    Mr Blenkinsop is 84 and lives with his wife, who drives. He tolerated the procedure well. He takes clopidogrel, which was continued; haemostasis was good.

    Aftercare: keep the wound dry for 48 hours, then wash gently. I have asked him to arrange with the practice nurse for removal of sutures at 7 days, as facial sutures should not be left longer.

    Histology: I will write to him and to you with the result when it is available, and will arrange further treatment if the margins are not clear.

    Yours sincerely

    Ms Rosalind Achterberg-Nye
    Consultant Plastic Surgeon
    """,
    exp=[("post_procedure_care", "I have asked him to arrange with the practice nurse for removal of sutures at 7 days")],
    notes="Suture removal after the plastic surgeon's own excision is passed to the practice nurse via the "
          "patient. The histology is kept by the surgeon (not a detection). Sent two days after.")

P = pt("Tamsin Oyebanji-Clarke", 28, "1990-12-12")
letter(
    key="s02", kind="clinic_letter", prov="sax", dept="Plastic Surgery Dressings Clinic",
    specialty="Plastic Surgery", clinician="Mr Declan Fitzmaurice", patient=P,
    event="2029-01-26", letter_date="2029-01-26", sent="2029-01-29 10:30", fmt="html",
    text=f"""
    PLASTIC SURGERY - NOTIFICATION OF NON-ATTENDANCE

    {idblock(P, "STH-560287")}
    Appointment: 26/01/2029, 10:40, Plastic Surgery Dressings Clinic (Mr Fitzmaurice)

    # Background
    | Date | Event |
    | 04/01/2029 | Split-skin graft to a left shin laceration after a fall from a horse |
    | 11/01/2029 | Graft check: 95% take, dressings changed |
    | 26/01/2029 | Final graft review - did not attend |

    # Outcome
    Ms Oyebanji-Clarke did not attend her final graft review today. Her graft was healing well at the last review. We tried to contact her by telephone on the day without success.

    We have discharged her from the plastic surgery service. We would ask the GP to re-refer should further plastic surgery input be required, for example if the graft breaks down.

    Mr Declan Fitzmaurice
    Consultant Plastic Surgeon
    """,
    exp=[("dna_rereferral", "We would ask the GP to re-refer should further plastic surgery input be required")],
    notes="Discharged after one missed post-op review with re-referral via the GP. The 'should' clause is "
          "conditional in form, but the discharge itself makes the GP the only route back: dna_rereferral. "
          "Sent 3 days after.")

P = pt("Harold Enwright-Baptiste", 29, "1958-06-03")
letter(
    key="s03", kind="discharge_summary", prov="sax", dept="Urology, Ward 21",
    specialty="Urology", clinician="Mr Farouk El-Sayed Morton", patient=P,
    event="2029-02-19", ev_time="09:45", letter_date="2029-02-19", sent="2029-02-20 08:30", fmt="pdf",
    text=f"""
    UROLOGY DISCHARGE SUMMARY
    {idblock(P, "STH-571146")}
    Consultant: Mr Farouk El-Sayed Morton
    Admission: 17/02/2029 (emergency, via Surgical Assessment Unit)
    Discharge: 19/02/2029 09:45

    # Diagnosis
    Obstructing 7 mm left proximal ureteric stone with infected hydronephrosis.

    # Procedure
    17/02/2029: emergency left ureteric stent insertion (cystoscopy, retrograde study). Urine from the renal pelvis sent for culture. The stone was not treated at this stage.

    # Progress
    Pyrexia settled within 24 h on IV gentamicin and co-amoxiclav. CRP 214 falling to 61. Creatinine 142 on admission, 96 at discharge. Stone fragments passed on the ward were sent for stone analysis.

    # Discharge medication
    - Co-amoxiclav 625 mg tds to complete 10 days in total - 8 days supplied (completes course)
    - Tamsulosin 400 micrograms od for stent symptoms - 14 days supplied
    - Paracetamol 1 g qds prn - supplied

    # Results pending at discharge
    Renal pelvis urine culture and stone analysis are pending. GP to review these results when available and treat as appropriate.

    # Follow-up
    Definitive ureteroscopy and laser lithotripsy with stent removal within 6 weeks: he has been placed on the urgent list and the urology booking team will contact him. Blood cultures were negative.

    Dr Ines Carvalho-Reid, Urology Core Trainee
    """,
    exp=[("results_chasing", "GP to review these results when available and treat as appropriate")],
    notes="Pending results of tests the urology team sent are handed to the GP to review and act on. Sent "
          "22 h 45 min after the stated discharge time: on time (next-day edge). Antibiotics supplied in "
          "full; definitive stone treatment arranged by the hospital.")

P = pt("Ciaran Moriarty-Blythe", 30, "1995-04-08")
letter(
    key="s04", kind="clinic_letter", prov="sax", dept="Colorectal and IBD Surgery Clinic",
    specialty="Colorectal Surgery", clinician="Mr Alasdair Kinnaird", patient=P,
    event="2029-02-26", letter_date="2029-02-28", sent="2029-03-01 14:10", fmt="docx",
    text=f"""
    Dr M Trevelyan
    Thistlebrook Surgery
    {PRACTICE_POSTAL}

    Clinic date: 26/02/2029
    {idblock(P, "STH-582279")}

    Dear Dr Trevelyan

    # Diagnosis
    Ileocaecal Crohn's disease (A2 L1 B2), ileocaecal resection 19/12/2028 for a stricture.

    # Post-operative review
    Mr Moriarty-Blythe is now 10 weeks after his laparoscopic ileocaecal resection. His wounds have healed and he is eating normally, with 1-2 formed stools a day. He has returned to work as a software tester. Weight up 4 kg since surgery.

    # Post-operative medical prophylaxis
    Histology showed active disease at the resection margin and he has several risk factors for early recurrence (smoker, penetrating/stricturing disease). After discussion at the joint IBD MDT, we have started azathioprine as post-operative maintenance. TPMT activity was normal. He started azathioprine 50 mg once daily on 12/02/2029, increased today to 150 mg once daily (2.2 mg/kg). He has had 4 weeks supplied from our pharmacy.

    # Medication
    | Medicine | Dose | Notes |
    | Azathioprine | 150 mg once daily | NEW, started 12/02/2029 |
    | Colecalciferol | 800 units daily | continue |

    # Requests
    I would be grateful if you could take over prescribing of azathioprine 150 mg daily and arrange the monitoring bloods (FBC, LFT, U&E) every 2 weeks for the next 2 months and then 3-monthly.

    We will see him in the IBD surgical clinic with an ileocolonoscopy at 6 months, which we will book. I have encouraged him to stop smoking and given him details of the local stop-smoking service.

    Yours sincerely

    Mr Alasdair Kinnaird
    Consultant Colorectal Surgeon
    """,
    exp=[("shared_care_without_agreement",
          "I would be grateful if you could take over prescribing of azathioprine 150 mg daily and arrange the monitoring bloods")],
    notes="Azathioprine (amber, shared-care drug) started two weeks ago with the dose just increased, handed "
          "to the GP with its monitoring and no shared-care agreement offered. One category per the "
          "convention (taking over an amber drug and its monitoring = shared_care_without_agreement). "
          "Sent 3 days after clinic.")

P = pt("Angela Drinkwater-Hussain", 31, "1967-08-31")
letter(
    key="s05", kind="clinic_letter", prov="sax", dept="Pre-operative Assessment Unit",
    specialty="Gynaecology", clinician="Dr Marcus Oldroyd", patient=P,
    event="2029-03-07", letter_date="2029-03-08", sent="2029-03-09 11:20", fmt="html",
    text=f"""
    PRE-OPERATIVE ASSESSMENT - OUTCOME LETTER

    {idblock(P, "STH-593380")}
    POA date: 07/03/2029
    Planned operation: vaginal hysterectomy and pelvic floor repair (Miss Henrietta Lowther), 04/04/2029
    Assessed by: Dr Marcus Oldroyd, Consultant Anaesthetist

    # Assessment
    | Item | Finding | Action taken |
    | Blood pressure | 158/96 (repeat 152/92) | Within our threshold for surgery (below 160/100) |
    | ECG | Sinus rhythm, LVH voltage criteria | Done today in POA |
    | Echocardiogram | requested by anaesthetist | Booked at Saxonbury for 21/03/2029 |
    | FBC, U&E, group and save | Hb 131, eGFR above 90 | Taken in POA today |
    | MRSA screen | taken | Result to POA team |

    # Outcome
    Mrs Drinkwater-Hussain is fit to proceed and her operation date is confirmed. The echocardiogram is a precaution because of the LVH on her ECG; our POA team will review the report and contact her only if it changes the plan.

    # Note for the GP
    Her blood pressure is above target for her age. It would be sensible for the GP to review her BP in the usual way after her operation, as she tells us she has not had it checked for two years. This does not affect her surgery.

    She will receive her admission letter and fasting instructions from us directly.

    Dr Marcus Oldroyd
    Consultant Anaesthetist
    """,
    notes="Hard negative (pre-op optimisation edge): surgery is going ahead; ECG, bloods, echo and MRSA "
          "screen are done or booked by the POA unit and their results kept there. Reviewing newly raised "
          "BP after the operation is ordinary GP chronic-disease work, not a transfer of hospital work.")

P = pt("Frederick Lusby", 32, "1939-11-18")
letter(
    key="s06", kind="results", prov="sax", dept="Plastic Surgery - Skin Cancer Service",
    specialty="Plastic Surgery", clinician="Ms Rosalind Achterberg-Nye", patient=P,
    event=None, letter_date="2029-03-16", sent="2029-03-19 09:40", fmt="pdf",
    text=f"""
    HISTOLOGY RESULT LETTER

    {idblock(P, "STH-604451")}
    Procedure: excision of lesion, right cheek, 02/03/2029 (Plastic Surgery minor operations)
    To: Dr R Penhaligon, Thistlebrook Surgery. Copy to patient.

    Dear Dr Penhaligon

    I am writing to let you know the histology result for Mr Lusby's skin lesion, which I excised on 02/03/2029 because of concern that it might be a squamous cell carcinoma.

    The report (S29-11873) shows a hypertrophic actinic keratosis with no evidence of invasive malignancy. Excision is complete.

    I have written to Mr Lusby separately with this good news and explained that no further treatment is needed. His sutures were removed in our minor operations clinic on 09/03/2029 and the wound has healed well.

    He has many sun-damaged areas on his scalp and face. I have given him written advice on sun protection. Should he notice a new, growing or bleeding lesion in future, he should see his GP, who can refer him back in the usual way.

    No further action is required from the practice and I have discharged him from the skin cancer service.

    Yours sincerely

    Ms Rosalind Achterberg-Nye
    Consultant Plastic Surgeon
    """,
    notes="Hard negative: benign result communicated to the patient by the surgeon, sutures removed in the "
          "hospital clinic, discharge after completed care (not a DNA). 'Should he notice a new lesion' is "
          "a conditional future referral, not a request now.")


# =========================================================================== other messages

OTHERS: list[dict] = []


def other(**kw):
    kw.setdefault("headers", {})
    kw.setdefault("html", None)
    kw.setdefault("report", None)
    OTHERS.append(kw)


other(key="x01", sent="2029-01-03 07:30",
      notes="ICB bulletin (List-Id, Precedence: bulk) quoting typical post-operative request wording.",
      frm="Mallowbyshire ICB Primary Care Team <pc.bulletin@mallowbyshire-icb.nhs.uk>",
      subject="Primary Care Bulletin - New Year 2029 edition",
      headers={"List-Id": "Mallowbyshire ICB Primary Care Bulletin <pcb.mallowbyshire-icb.nhs.uk>",
               "List-Unsubscribe": "<mailto:pcb-leave@mallowbyshire-icb.nhs.uk>",
               "Precedence": "bulk"},
      body="""
Mallowbyshire ICB - Primary Care Bulletin, January 2029

1. Post-operative wound care: who does what
Practices continue to tell us that discharge letters say things like "GP to remove
sutures day 10" or "please arrange wound check at the surgery" after elective surgery.
From 1 April 2029 the new post-operative wound care service will be delivered by the
community nursing teams on behalf of the acute trusts. Until then, please keep using the
interface reporting form so that we can raise themes with providers.

2. Pre-operative assessment
The acute trusts have agreed that routine pre-operative ECGs and bloods are part of the
POA service. If you are asked to "complete the enclosed pre-op questionnaire", please let
us know which provider sent it.

3. Seasonal vaccination
Flu uptake in the over-65s is 78%. Thank you for your efforts.

To stop receiving this bulletin, reply with UNSUBSCRIBE in the subject line.
""")

other(key="x02", sent="2029-01-19 06:12",
      notes="Phishing: fake NHSmail password-expiry notice from a look-alike domain.",
      frm="NHSmail Support <security-notice@nhsmail-account-verify.example.net>",
      subject="ACTION REQUIRED: Your NHSmail password expires in 24 hours",
      body="""
Dear user,

Your NHSmail password is due to expire in 24 hours. To avoid losing access to your
mailbox and shared mailboxes, please confirm your details using the secure link below:

https://nhsmail-account-verify.example.net/confirm?u=thistlebrook.surgery

Failure to verify will result in suspension of your account.

NHSmail Support Team
""")

other(key="x03", sent="2029-01-15 20:47",
      notes="Patient e-mail asking for a nurse appointment for stitches the hospital told him to book; "
            "quotes the hospital's instruction. Never to be answered by bouncebot.",
      frm="Cyril Blenkinsop <cyril.blenkinsop44@example.com>",
      subject="stitches",
      body="""
Hello

I had a cut on my head done at Saxonbury last week and the lady surgeon said to
"arrange with the practice nurse for removal of sutures at 7 days". That is this
Wednesday. Can the nurse see me please? My wife can bring me any time after 10.

Many thanks
Cyril Blenkinsop
""")

other(key="x04", sent="2029-02-02 16:05",
      notes="Out-of-office auto-reply (Auto-Submitted) from a hospital secretary, in reply to the practice.",
      frm="Lindsay Garside <lindsay.garside@fennerbyculverdale.nhs.uk>",
      subject="Automatic reply: Patient query - suture removal after laparoscopic hysterectomy",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
               "In-Reply-To": "<TS-20290202-1601@thistlebrook.nhs.net>"},
      body="""
Thank you for your email. I am out of the office until Monday 12 February 2029 with
limited access to email.

For urgent gynaecology queries please contact the Women's Unit on 0118 496 0750.
For appointment queries please call the central booking office on 0118 496 0700.

Lindsay Garside
Medical Secretary to Mrs Okoli-Brennan
""")

other(key="x05", sent="2029-02-09 14:35",
      notes="'RE:' reply from a hospital secretary in an existing thread, quoting the original request; "
            "the hospital says it will do the bloods itself. Nothing to detect.",
      frm="Colorectal Secretaries QPUH <qpuh.colorectalsecs@nhs.net>",
      subject="RE: Request returned - Glenys Abernethy-Rowe - post-discharge bloods",
      headers={"In-Reply-To": "<TS-20290118-1122@thistlebrook.nhs.net>",
               "References": "<TS-20290118-1122@thistlebrook.nhs.net>"},
      body="""
Dear Thistlebrook Surgery,

Thank you for your email. Miss Vandeleur has seen your comments. We have now booked
Mrs Abernethy-Rowe into the Ward 12 follow-up clinic for her U&E and magnesium, and the
stoma nurses will review her loperamide. Apologies for the confusion.

Kind regards
Pauline Sherratt
Colorectal Secretary, Quillington Priory Hospital

-----Original Message-----
From: Thistlebrook Surgery
Sent: 18 January 2029 11:22
Subject: Request returned - Glenys Abernethy-Rowe - post-discharge bloods

The discharge summary of 15/01/2029 says "we would ask primary care to check U&E and
magnesium one week after discharge and adjust the loperamide dose if needed". Under the
NHS Standard Contract this monitoring is for the treating team to arrange...
""")

other(key="x06", sent="2029-02-06 08:02",
      notes="Patient e-mail asking for a sick note after her hysterectomy (cross-link to the gynaecology "
            "discharge summary). Other: never answered by bouncebot.",
      frm="Janine Crowther <jcrowther.home@example.org>",
      subject="Sick note please",
      body="""
Hi,

I had my hysterectomy at Fennerby last week and they told me the GP would do my sick
note for 6 weeks. My work need it by Friday. Could one be sent to me by email please?

Thank you
Janine Crowther (DOB 02/10/1976)
""")

other(key="x07", sent="2029-02-22 10:14",
      notes="Delivery status notification (multipart/report) for an e-mail the practice sent.",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>",
      subject="Undeliverable: Request returned - Deborah Pinnington - suture removal",
      report={"text": """
This is the mail system at host relay03.nhs.net.

Your message could not be delivered to one or more recipients.

<daysurgery.ravensholt@nhs.net>: Recipient address rejected: mailbox unavailable
(550 5.1.1 user unknown)

The original message was sent on Thu, 22 Feb 2029 10:13:52 +0000.
""", "status": "Reporting-MTA: dns; relay03.nhs.net\n\nFinal-Recipient: rfc822; "
               "daysurgery.ravensholt@nhs.net\nAction: failed\nStatus: 5.1.1\n"},
      body="")

other(key="x08", sent="2029-03-01 07:45",
      notes="LMC newsletter (bulk) quoting typical requests; nothing to detect.",
      frm="Mallowbyshire LMC <news@mallowbyshire-lmc.example.org>",
      subject="LMC Update March 2029: interface, fit notes and POA forms",
      headers={"List-Id": "Mallowbyshire LMC Update <update.mallowbyshire-lmc.example.org>",
               "Precedence": "bulk"},
      body="""
MALLOWBYSHIRE LMC UPDATE - MARCH 2029

Interface: examples reported this month
- "Please see your GP for a fit note" after day-case surgery
- "Please arrange an ECG and send us a copy before listing"
- "If you feel that an opinion is still required, please re-refer"
Keep sending us anonymised examples; we raise them at the quarterly interface meeting.

Shared care
A reminder that you are not obliged to take on prescribing of amber drugs until a shared
care agreement has been offered and you have accepted it.

Date for your diary: LMC conference, 26 April 2029.
""",
      html="""<html><body><h2>MALLOWBYSHIRE LMC UPDATE - MARCH 2029</h2>
<h3>Interface: examples reported this month</h3>
<ul><li>"Please see your GP for a fit note" after day-case surgery</li>
<li>"Please arrange an ECG and send us a copy before listing"</li>
<li>"If you feel that an opinion is still required, please re-refer"</li></ul>
<p>Keep sending us anonymised examples; we raise them at the quarterly interface meeting.</p>
<h3>Shared care</h3><p>A reminder that you are not obliged to take on prescribing of amber drugs
until a shared care agreement has been offered and you have accepted it.</p>
<p>Date for your diary: LMC conference, 26 April 2029.</p></body></html>
""")

other(key="x09", sent="2029-03-12 12:30",
      notes="Community pharmacy e-mail asking about a prescription; other, not a provider letter.",
      frm="Thistlebrook Pharmacy <thistlebrook.pharmacy@example.com>",
      subject="Mr S Mukherjee-Doyle - abiraterone",
      body="""
Hello,

Mr Mukherjee-Doyle came in today asking whether his abiraterone will be on his repeat
prescription from next month. We do not stock it and would need 2 days' notice to order.
Could someone let us know whether it will be coming from the surgery or from Marlstone?

Best wishes
Anwen Prothero, Pharmacist
""")

other(key="x10", sent="2029-03-20 15:55",
      notes="'RE:' reply from the independent provider's admin team about the returned outcome form; the "
            "provider withdraws the request. Nothing to detect.",
      frm="Ravensholt Outcomes Team <ravensholt.outcomes@nhs.net>",
      subject="RE: Bernadette Kilbride - 6-month outcome audit form",
      headers={"In-Reply-To": "<TS-20290316-0930@thistlebrook.nhs.net>"},
      body="""
Dear Practice Manager,

Thank you for your email of 16 March. You are right that the outcome form should not
have been sent to the practice. Our data team will send it to Mrs Kilbride directly with
a prepaid envelope. We have updated our letter template.

Regards
Outcomes and Audit Team
Ravensholt NHS Treatment Centre
""")


# =========================================================================== message builder

COVER = {
    "quill": ("Quillington Priory University Hospitals NHS Foundation Trust\n"
              "Secure electronic correspondence\n\nDocument: {doc}\nNHS number: {nhs}\nAttachment: {fn}\n\n"
              "This mailbox is not monitored. Please use the contact details on the letter.\n"),
    "fen": ("Dear colleague,\n\nPlease find attached a {doc} from Fennerby and Culverdale Hospitals NHS "
            "Trust for your patient (NHS {nhs}).\n\nClinical Correspondence Office\n"),
    "marl": ("Marlstone Cancer Centre - correspondence for GP\n\nPlease see attached {doc} ({fn}) for NHS "
             "number {nhs}.\n\n{extra}"
             "Our acute oncology hotline is open 24 hours for patients on treatment: 0116 496 0200.\n"),
    "raven": ("Ravensholt NHS Treatment Centre, operated by Ravensholt Surgical Partners Ltd, providing NHS "
              "services.\n\nAttached: {doc} for NHS number {nhs}.\n\nPlease do not reply to this "
              "address.\n"),
    "sax": ("Saxonbury Teaching Hospitals NHS Trust\n\n{doc} attached ({fn}).\nNHS number: {nhs}\n\n"
            "This e-mail and any attachments are confidential.\n"),
}

SUBJECT = {
    "quill": "QPUH {doc}: {name} (NHS {nhs})",
    "fen": "FCH {doc} - {surname} - {nhs}",
    "marl": "Marlstone Cancer Centre {doc} - NHS {nhs}",
    "raven": "Ravensholt Treatment Centre - {doc} - {name}",
    "sax": "[SECURE] STH {doc} {nhs}",
}


def msgid(sent: dt.datetime, key: str, domain: str) -> str:
    return f"<{sent.strftime('%Y%m%d%H%M%S')}.{key}.eleventh@{domain}>"


def provider_of(L) -> dict:
    p = dict(PROV[L["prov"]])
    if L["site"]:
        p["site"] = L["site"]
    return p


def plain_letter(p, dept, blocks) -> str:
    body = render_plain(blocks)
    head = "\n".join([p["name"], dept, p["site"], ", ".join(p["addr"]), f"Tel: {p['phone']}"])
    return head + "\n" + "-" * 64 + "\n\n" + body


def build_letter(L) -> bytes:
    p = provider_of(L)
    sent = london(L["sent"])
    pat = L["patient"]
    blocks = parse_markup(L["text"])
    doc = DOCTYPE[L["kind"]]
    subj = L["subject"] or SUBJECT[L["prov"]].format(
        doc=doc, nhs=pat["nhs_number"], surname=pat["name"].split()[-1].upper(), name=pat["name"])
    msg = EmailMessage()
    msg["From"] = p["sender"]
    msg["To"] = PRACTICE_TO
    msg["Subject"] = subj
    msg["Date"] = email.utils.format_datetime(sent)
    msg["Message-ID"] = msgid(sent, L["key"], p["domain"])
    msg["X-Mailer"] = p["mailer"]
    fmt = L["fmt"]
    if fmt == "plain":
        msg.set_content(plain_letter(p, L["dept"], blocks))
    elif fmt == "html":
        html = html_doc(p, L["dept"], blocks, style="tablehead" if L["prov"] in ("quill", "sax")
                        else "plainhead")
        if L["opts"].get("alt"):
            msg.set_content(plain_letter(p, L["dept"], blocks))
            msg.add_alternative(html, subtype="html")
        else:
            msg.set_content(html, subtype="html")
    else:
        stamp = sent.strftime("%Y%m%d")
        short = {"clinic_letter": "CL", "discharge_summary": "DS", "referral_response": "RR",
                 "results": "RES", "ed_letter": "ED"}[L["kind"]]
        ext = "pdf" if fmt == "pdf" else "docx"
        fn = f"{L['prov'].upper()}_{short}_{pat['nhs_number']}_{stamp}.{ext}"
        created = sent - dt.timedelta(minutes=12)
        title = f"{doc} - {pat['name']}"
        extra = L["opts"].get("cover_extra", "")
        msg.set_content(COVER[L["prov"]].format(doc=doc, nhs=spaced(pat["nhs_number"]), fn=fn,
                                                extra=(extra + "\n") if extra else ""))
        if fmt == "pdf":
            data = make_pdf(p, L["dept"], blocks, title, created)
            msg.add_attachment(data, maintype="application", subtype="pdf", filename=fn)
        else:
            data = make_docx(p, L["dept"], blocks, title, created)
            msg.add_attachment(
                data, maintype="application",
                subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=fn)
    return msg.as_bytes(policy=OUT_POLICY)


def dedent_body(s: str) -> str:
    return s.strip("\n") + "\n"


def build_other(oth) -> bytes:
    sent = london(oth["sent"])
    domain = oth["frm"].rsplit("@", 1)[1].rstrip(">")
    if oth["report"]:
        msg = MIMEMultipart("report", report_type="delivery-status")
        msg.attach(MIMEText(dedent_body(oth["report"]["text"]), "plain", "utf-8"))
        st = MIMENonMultipart("message", "delivery-status")
        st.set_payload([email.message_from_string(b) for b in oth["report"]["status"].split("\n\n")])
        msg.attach(st)
    else:
        msg = EmailMessage()
    msg["From"] = oth["frm"]
    msg["To"] = PRACTICE_TO
    msg["Subject"] = oth["subject"]
    msg["Date"] = email.utils.format_datetime(sent)
    msg["Message-ID"] = msgid(sent, oth["key"], domain)
    for k, v in oth["headers"].items():
        msg[k] = v
    if not oth["report"]:
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
    sent_l = sent.astimezone(london("2029-01-01 00:00").tzinfo)
    days = (sent_l.date() - d).days
    if kind == "clinic_letter":
        return days > 7
    if ev_time:
        start = london(f"{event} {ev_time}")
        return sent - start > dt.timedelta(hours=24)
    if days == 1:
        raise AssertionError("discharge summary sent the next day without a stated discharge time")
    return days >= 2


def other_corpora_nhs() -> set[str]:
    """NHS numbers in every other corpus's labels.json (ours must not reuse them)."""
    used = set()
    for lp in list(HERE.glob("*/labels.json")) + list((HERE.parents[2] / "shared").glob("corpus/*/labels.json")):
        if lp.parent.name == OUT.name:
            continue
        used |= set(re.findall(r'"nhs_number": "(\d{10})"', lp.read_text(encoding="utf-8")))
    return used


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
    elsewhere = other_corpora_nhs()
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
        if not (dt.date(2029, 1, 1) <= sent.date() <= dt.date(2029, 3, 24)):
            bad(f"{lid}: sent outside January-March 2029 (GMT period)")
        if sent.utcoffset() != dt.timedelta(0):
            bad(f"{lid}: Date header not in GMT")
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
        if n in elsewhere:
            bad(f"{lid}: NHS number {n} used in another corpus")
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
