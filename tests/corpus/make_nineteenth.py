#!/usr/bin/env python3
"""Build the nineteenth (independent, held-out) corpus: tests/corpus/nineteenth/.

Style: providers outside the usual local acute trust, each with its own house style, writing to an
invented practice, Caldermoor Health Centre: an ambulance service's see-and-treat / non-conveyance
notifications, an out-of-hours and urgent treatment centre service and NHS 111, a distant tertiary
centre (neurosurgery, cardiothoracic surgery, renal and liver transplant), a specialist cancer centre, a
regional spinal injuries centre, a virtual ward / hospital at home and a community intermediate-care team,
an independent hospital treating NHS patients, a community dental service, oral and maxillofacial
surgery, community audiology and orthoptics.  Formats vary: structured plain-text notifications, HTML
with tables (one with a plain-text alternative), PDF and DOCX attachments, a covering e-mail from a
secretary with the letter attached, an e-mail written directly by a consultant.  Ten messages are not
letters at all.

Everything is invented; NHS numbers are in the 999 test range and valid under Modulus 11; telephone
numbers are in Ofcom drama ranges.  All dates fall in May-July 2032 (British Summer Time).  The build is
deterministic (fixed dates, Message-IDs, seeded MIME boundaries, fixed PDF/DOCX metadata).

    python3 tests/corpus/make_nineteenth.py            # build, then verify
    python3 tests/corpus/make_nineteenth.py --verify-only
"""
from __future__ import annotations

import html
import re
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus_kit as kit  # noqa: E402
from corpus_kit import dmy, letter_defaults  # noqa: E402
from corpus_kit import patient as P  # noqa: E402
from make_third import collapse, spaced  # noqa: E402

OUT = HERE / "nineteenth"
PREFIX = "nineteenth"
TAG = "n19"
PRACTICE = "Caldermoor Health Centre"
PRACTICE_ADDR = "caldermoor.healthcentre@nhs.net"
PRACTICE_TO = f"{PRACTICE} <{PRACTICE_ADDR}>"
WINDOW = ("2032-05-01", "2032-07-31")

PROV = {
    "amb": dict(
        name="Northfell and Dales Ambulance Service NHS Trust", site="Emergency Operations Centre",
        addr=["Ridgeway Park", "Northfell", "NF2 8AS"], phone="0113 496 0214", domain="nfdas.nhs.uk",
        sender="NFDAS ePCR Notifications <epcr.notify@nfdas.nhs.uk>", mailer="ePCR Notify 5.2"),
    "ooh": dict(
        name="Wyndale Integrated Urgent Care CIC", site="Caldermoor Urgent Treatment Centre",
        addr=["Tenter Street", "Caldermoor", "KD7 2TS"], phone="0161 496 0331", domain="nhs.net",
        sender="Wyndale IUC Clinical Notifications <wyndale.iuc.notifications@nhs.net>",
        mailer="Adastral OOH Messaging 9.3"),
    "n111": dict(
        name="Northern Counties NHS 111 Service", site="NHS 111 Contact Centre, Wyndale",
        addr=["Quarry Bank House", "Wyndale", "KD3 9QB"], phone="0161 496 0390", domain="nhs.net",
        sender="NHS 111 Northern Counties <nc111.gpnotifications@nhs.net>", mailer="PaCCS Post Event 6"),
    "aldhelm": dict(
        name="St Aldhelm's University Hospitals NHS Foundation Trust", site="St Aldhelm's Hospital",
        addr=["Cathedral Road", "Portlerow", "PW3 1AH"], phone="0117 496 0652", domain="staldhelms.nhs.uk",
        sender="St Aldhelm's Clinical Correspondence <clinical.letters@staldhelms.nhs.uk>",
        mailer="SAUH MediLetter 11"),
    "kestrel": dict(
        name="The Kestrelbury Cancer Centre NHS Foundation Trust", site="Kestrelbury Cancer Centre",
        addr=["Linnet Drive", "Kestrelbury", "KB6 4LD"], phone="0151 496 0873", domain="kestrelbury-cc.nhs.uk",
        sender="Kestrelbury Cancer Centre Letters <letters@kestrelbury-cc.nhs.uk>", mailer="KCC DocFlow 2.2"),
    "ravens": dict(
        name="Ravensholme Teaching Hospitals NHS Trust",
        site="Northern Regional Spinal Injuries Centre, Ravensholme General Hospital",
        addr=["Moor Edge Road", "Ravensholme", "RV1 5SX"], phone="0191 498 0421", domain="ravensholme.nhs.uk",
        sender="Spinal Injuries Centre <spinal.injuries.centre@ravensholme.nhs.uk>", mailer="RTH Correspond 4"),
    "moor": dict(
        name="Moorbridge Hospitals NHS Foundation Trust", site="Moorbridge General Hospital",
        addr=["Bridge End", "Moorbridge", "KD9 1MB"], phone="0113 496 0760", domain="moorbridge.nhs.uk",
        sender="Moorbridge Hospitals Correspondence <gpletters@moorbridge.nhs.uk>", mailer="MHFT eLetters 7.0"),
    "bracken": dict(
        name="Brackenmoor Community Healthcare NHS Trust", site="Brackenmoor Health Park",
        addr=["Heather Lane", "Brackenmoor", "KD5 6HL"], phone="0113 496 0845", domain="brackenmoor-ch.nhs.uk",
        sender="Brackenmoor Community Healthcare <community.letters@brackenmoor-ch.nhs.uk>",
        mailer="SystmOne Letter Dispatch"),
    "fellside": dict(
        name="Fellside Park Hospital",
        site="Fellside Park Hospital (Aspendale Healthcare Ltd, treating NHS patients)",
        addr=["Fellside Road", "Wyndale", "KD3 4FP"], phone="0161 496 0518", domain="aspendale-health.example",
        sender="Fellside Park Hospital <fellsidepark.nhs-patients@nhs.net>", mailer="Aspendale PAS 3.6"),
}

COVER = {
    "aldhelm": ("St Aldhelm's University Hospitals NHS Foundation Trust\n\nPlease find attached a {doctype} "
                "from {dept}.\nDocument reference: {ref}\n\nThis is an automated message from a no-reply "
                "mailbox. The clinical team's contact details are on the letter.\n"),
    "kestrel": ("Dear Colleague,\n\nA {doctype} from {dept} at The Kestrelbury Cancer Centre is attached.\n"
                "Reference {ref}.\n\nFor urgent advice about a patient on cancer treatment call the 24-hour "
                "acute oncology triage line on 0151 496 0899.\n"),
    "ravens": ("Northern Regional Spinal Injuries Centre\n\nAttached: {doctype} ({ref}).\n\nThis e-mail and any "
               "attachment are confidential and intended for the addressee only.\n"),
    "bracken": ("Brackenmoor Community Healthcare NHS Trust\n{dept}\n\nPlease see the attached {doctype}.\n"
                "Ref: {ref}\n\nPlease do not reply to this e-mail address.\n"),
    "fellside": ("Dear Doctor,\n\nPlease find attached a {doctype} from Fellside Park Hospital ({dept}) for an NHS "
                 "patient registered with your practice.\nOur reference: {ref}\n\nKind regards\nMedical "
                 "Secretaries, Fellside Park Hospital\nAspendale Healthcare Ltd\n"),
    "moor": ("Moorbridge Hospitals NHS Foundation Trust - {dept}\n\nAttached: {doctype}, ref {ref}.\n"),
}
DOCTYPE = {"clinic_letter": "clinic letter", "discharge_summary": "discharge summary",
           "referral_response": "referral response", "results": "results letter", "ed_letter": "attendance summary"}


def idline(pt, style=0):
    """Patient banner; each house has its own form."""
    d = dmy(pt["dob"])
    if style == 1:  # ePCR / OOH systems
        return f"Patient: {pt['name']}    DOB: {d}    NHS No: {pt['nhs_number']}"
    if style == 2:  # dictated letters
        return f"Re: {pt['name']}, date of birth {d}, NHS number {spaced(pt['nhs_number'])}"
    return kit.idline(pt)


LETTERS: list[dict] = []


def letter(**kw):
    LETTERS.append(letter_defaults(kw))


NEURO, CTS, RTX, LTX = ("Department of Neurosurgery", "Department of Cardiothoracic Surgery",
                        "Renal Transplant Unit", "Liver Transplant Unit")
MEDONC = "Department of Medical Oncology"
SCIC = "Northern Regional Spinal Injuries Centre"
VW, HAH, MAXFAC, ORTHOPT = ("Virtual Ward (Heart Failure)", "Hospital at Home", "Oral and Maxillofacial Surgery",
                            "Orthoptic Department")
ICT, CDS, AUD = ("Intermediate Care Team", "Community Dental Service", "Adult Audiology Service")
FPORTH, FPPOA, FPEYE = ("Orthopaedic Surgery", "Pre-operative Assessment Clinic", "Ophthalmology")
SEE_TREAT, UTC, OOHV, NHS111 = ("See and Treat", "Urgent Treatment Centre", "GP Out of Hours Service",
                                "NHS 111")

# ====================================================================== letters

# ---- ambulance: fall, not conveyed, GP medication review is ordinary GP work
pt = P("Edna Hollinshead", "190011", "1936-08-12")
letter(key="a01", prov="amb", dept=SEE_TREAT, kind="ed_letter", specialty="Ambulance Service (See and Treat)",
       clinician="Mr Daniel Okoro", patient=pt, ev="2032-05-04", ld="2032-05-04", sent="2032-05-04 06:40",
       fmt="plain", subject="Non-conveyance notification - Incident NF-320504-01187", body=f"""
NORTHFELL AND DALES AMBULANCE SERVICE NHS TRUST
NON-CONVEYANCE NOTIFICATION TO REGISTERED GP - SEE AND TREAT

Incident number: NF-320504-01187
Date/time of call: 04/05/2032 01:52
On scene: 04/05/2032 02:15    Left scene: 04/05/2032 03:40
{idline(pt, 1)}
Registered GP: Caldermoor Health Centre
Lead clinician: Mr Daniel Okoro, Specialist Paramedic (Urgent Care)

Presenting complaint: Found on bedroom floor by carer after unwitnessed fall getting up to the toilet. No head injury, no loss of consciousness, on floor approx 30 min.

On-scene findings: RR 16, SpO2 96% air, HR 78 irregular, BP lying 148/82, standing 118/70 with dizziness on standing, temp 36.4, BM 6.8, GCS 15. 12-lead ECG: AF rate 78 (known AF). Full secondary survey - no injury found. Mobilised with frame x2 with supervision.

Current medication: bendroflumethiazide 2.5 mg, amlodipine 10 mg, ramipril 5 mg, doxazosin 4 mg, apixaban 2.5 mg BD.

Impression: Mechanical fall with symptomatic postural drop. No injury.

Outcome: Not conveyed - treated at home. Patient has capacity and agrees with plan. Daughter informed by phone.

Referral/advice: Referral made by crew to Brackenmoor Community Falls Service via single point of access (ref SPA-88213). GP to review antihypertensive medication in view of postural drop - routine, within the next week. Advised to call 999 if she falls again and cannot get up, or if she hits her head (on apixaban).

This notification is sent for information and continuity of care. Replies to this address are not read.
""", notes="Hard negative: ambulance see-and-treat; GP review of antihypertensives for postural drop is ordinary "
           "GP work the crew cannot do; falls referral made by the crew; 999 safety-netting.")

# ---- ambulance: declined conveyance with ischaemic ECG, urgent same-day GP review (HTML table)
pt = P("Gordon Pilkwell", "190028", "1958-03-30")
letter(key="a02", prov="amb", dept=SEE_TREAT, kind="ed_letter", specialty="Ambulance Service (See and Treat)",
       clinician="Ms Joanne Pryce", patient=pt, ev="2032-05-27", ld="2032-05-28", sent="2032-05-28 07:05",
       fmt="html", opts={"head": "amb"}, subject="URGENT: Patient declined conveyance - NF-320527-04421", body=f"""
# Non-conveyance notification: patient declined conveyance
{idline(pt, 1)}
| Incident number | NF-320527-04421 |
| Date of incident | 27/05/2032, on scene 23:31 |
| Lead clinician | Ms Joanne Pryce, Paramedic |
| Presenting complaint | Central chest tightness on exertion for 3 days; a 20-minute episode at rest this evening which had settled before our arrival. |
| On-scene findings | Pain-free on arrival. HR 88 regular, BP 162/94, SpO2 97% air, RR 18. 12-lead ECG: 1 mm ST depression V4-V6, no ST elevation. Aspirin 300 mg given. |
| Conveyance | Declined. Patient has capacity; risks including heart attack and death explained with his wife present. Clinical advice line (on-call doctor) consulted. |
| Referral/advice | Urgent same-day GP review requested for suspected unstable angina: please contact the patient this morning. |
| Safety-netting | Advised to call 999 immediately if chest pain recurs and lasts more than 15 minutes. |
# ECG
The 12-lead ECG is stored on the patient care record and a copy was left with the patient.
""", urgent=True,
       notes="Time-critical hand-over after a declined conveyance (suspected unstable angina, ischaemic ECG): "
             "urgent, but same-day GP assessment of a patient at home is GP work, not a bounce.")

# ---- ambulance: hypoglycaemia, not conveyed
pt = P("Terence Moffatt", "190035", "1949-11-02")
letter(key="a03", prov="amb", dept=SEE_TREAT, kind="ed_letter", specialty="Ambulance Service (See and Treat)",
       clinician="Mr Callum Reddish", patient=pt, ev="2032-06-18", ld="2032-06-19", sent="2032-06-19 09:30",
       fmt="plain", subject="See and treat summary - NF-320618-03350", body=f"""
*** SEE AND TREAT - PATIENT CARE SUMMARY ***
Northfell and Dales Ambulance Service NHS Trust | Clinical Hub 0113 496 0214

INCIDENT: NF-320618-03350        DATE: 18/06/2032   TIME ON SCENE: 21:40
{idline(pt, 1)}
CLINICIAN: Mr Callum Reddish, Paramedic

HISTORY: Type 2 diabetes on metformin and gliclazide 160 mg BD. Wife found him sweaty and confused after missing his evening meal. Second hypo this week per wife.
FINDINGS: BM 2.1 on arrival; GCS 13. Glucagon 1 mg IM given, then oral carbohydrate. BM 7.9 at 30 min, GCS 15. Obs otherwise normal. Ate a meal before crew left.
OUTCOME: Not conveyed. Responsible adult present overnight.
REFERRAL/ADVICE:
- Referral sent by crew to the community diabetes specialist nurses (Brackenmoor) via SPA.
- GP to review gliclazide dose - two hypos this week.
- Advised not to drive until this has been discussed with his GP or diabetes nurse.
- If BM below 4 again: 4 jelly babies, recheck in 15 min, call 999 if not responding.

Auto-generated from the electronic patient care record. Do not reply.
""", notes="Hard negative: a diabetes medication review is ordinary GP work; DSN referral done by the crew; "
           "patient safety-netting.")

# ---- OOH base: child with otitis media, safety-netting only
pt = P("Poppy Ashworth", "190042", "2027-09-21")
letter(key="h01", prov="ooh", dept=OOHV, kind="ed_letter", specialty="Urgent Care (GP Out of Hours)",
       clinician="Dr Femi Adeyemo", patient=pt, ev="2032-05-15", ld="2032-05-16", sent="2032-05-16 10:15",
       fmt="plain", subject="OOH consultation summary", body=f"""
Wyndale Integrated Urgent Care CIC - GP Out of Hours - Post Event Message

Case ref: WIUC-0515-2279    Consultation: Face to face, Caldermoor UTC base, 15/05/2032 19:40
{idline(pt, 1)}
Clinician: Dr Femi Adeyemo (GP)

Summary: 4 y/o, 2 days of left ear pain and fever to 38.6. Alert, playing, well hydrated. Left TM red and bulging. No mastoid tenderness. Chest clear.
Diagnosis: Acute left otitis media.
Treatment: Amoxicillin 250 mg TDS for 5 days - full course supplied from the OOH base. Paracetamol/ibuprofen advice.
Disposition: Discharged home with self-care advice.
Recommended follow-up: None routinely. If symptoms persist after 3 days or she develops a high fever that does not respond to paracetamol, parents advised to see own GP or call NHS 111.
""", notes="Hard negative: OOH treated and supplied the full course; 'see own GP if symptoms persist' is ordinary "
           "safety-netting for a primary-care problem, not a redirection of hospital work.")

# ---- UTC: bloods taken, results handed to GP, patient told to ring GP (HTML table)
pt = P("Leonie Cartwright", "190059", "1984-01-27")
letter(key="h02", prov="ooh", dept=UTC, kind="ed_letter", specialty="Urgent Care (Urgent Treatment Centre)",
       clinician="Dr Sebastian Marlow", patient=pt, ev="2032-06-08", ld="2032-06-09", sent="2032-06-09 08:20",
       fmt="html", opts={"head": "ooh", "header": True}, subject="UTC attendance summary", body=f"""
# Urgent Treatment Centre attendance
{idline(pt, 1)}
Attended: 08/06/2032 18:05    Seen by: Dr Sebastian Marlow
Presenting complaint: two days of dysuria and lower abdominal pain; felt hot and shivery.
Examination: T 37.9, HR 104, BP 118/76. Mild suprapubic tenderness, no loin tenderness. Urine dip: leucocytes +++, nitrite positive.
Diagnosis: Lower urinary tract infection with a mild systemic response.
Treatment: Nitrofurantoin 100 mg MR twice daily for 5 days, supplied in full from the UTC.
Disposition: Discharged home.
# Recommended follow-up
| Action | Responsible |
| Bloods taken at the UTC (FBC, CRP, U&E, LFT); results will be forwarded to the registered GP for action. | GP |
| Patient advised to contact her GP surgery in 48 hours for her blood results. | Patient |
| Urine sent for culture; the UTC clinician will review the culture result and contact the patient if the antibiotic needs changing. | UTC |
| Return to the UTC or call NHS 111 if she develops loin pain, vomiting or rigors. | Patient |
""", exp=[("results_chasing", "Bloods taken at the UTC (FBC, CRP, U&E, LFT); results will be forwarded to the "
                              "registered GP for action."),
          ("patient_redirected_to_gp", "Patient advised to contact her GP surgery in 48 hours for her blood results.")],
       notes="The UTC ordered bloods and hands the results to the GP to act on, and sends the patient to the GP "
             "for them. The UTC keeps its own urine culture (hard negative) and safety-nets to itself.")

# ---- NHS 111: disposition to own GP (ordinary), hospital booking query sent back to hospital
pt = P("Harold Stainthorpe", "190066", "1941-05-05")
letter(key="h03", prov="n111", dept=NHS111, kind="ed_letter", specialty="NHS 111",
       clinician="Mr Owen Threlfall", patient=pt, ev="2032-06-24", ld="2032-06-24", sent="2032-06-24 23:48",
       fmt="plain", subject="NHS 111 post event message", body=f"""
NHS 111 - POST EVENT MESSAGE
Northern Counties NHS 111 Service

Call received: 24/06/2032 23:20
{idline(pt, 1)}
Clinician: Mr Owen Threlfall, Clinical Advisor (Registered Nurse)

Reason for call: itchy red rash on both shins for 4 days, no fever, no spreading, feels well.
Pathways assessment: rash - no red flags identified.
Disposition: Speak to own GP practice within 12 hours (routine in-hours).
Care advice given: emollient, avoid scratching, call 111 back if rash spreads, blisters or he becomes unwell.
Other: Caller also asked about a missed hospital outpatient appointment; advised to ring the hospital booking office on the number on his appointment letter.
""", notes="Hard negative: an NHS 111 disposition to in-hours general practice is the ordinary pathway; the "
           "hospital-appointment query was pointed back to the hospital, not the GP.")

# ---- OOH home visit, palliative: ordinary GP follow-up
pt = P("Maureen Calverley", "190073", "1945-12-19")
letter(key="h04", prov="ooh", dept=OOHV, kind="ed_letter", specialty="Urgent Care (GP Out of Hours)",
       clinician="Dr Ines Varga", patient=pt, ev="2032-07-17", ld="2032-07-18", sent="2032-07-18 08:05",
       fmt="plain", subject="OOH home visit - post event message", body=f"""
Wyndale Integrated Urgent Care CIC | GP Out of Hours | Home Visit Summary
Visit date/time: 17/07/2032 21:10
{idline(pt, 1)}
Visiting clinician: Dr Ines Varga

Background: metastatic pancreatic cancer, on the practice palliative care register; ReSPECT form in the home.
Reason for visit: increasing agitation and pain this evening.
Assessment: comfortable at rest after treatment; no urinary retention; family coping with district nurse support.
Treatment: midazolam 2.5 mg SC and morphine 2.5 mg SC given from her anticipatory medicines; good effect.
Disposition: Remain at home (preferred place of care).
Recommended follow-up: Own GP to review her anticipatory medicines and consider a syringe driver if she needs more than two doses in 24 hours. District nurses informed by phone and will visit tomorrow morning.
""", notes="Hard negative: palliative care at home is general-practice work; OOH asks the own GP to review "
           "anticipatory medicines - ordinary GP follow-up, not a hospital duty.")

# ---- neurosurgery discharge summary, late; clips and <7 days levetiracetam (PDF, secretary's covering e-mail)
pt = P("Margaret Threapleton", "190080", "1967-04-18")
letter(key="t01", prov="aldhelm", dept=NEURO, kind="discharge_summary", specialty="Neurosurgery",
       clinician="Mr Alasdair Penrose", patient=pt, ev="2032-05-08", ev_time="14:20", ld="2032-05-13",
       sent="2032-05-13 15:05", fmt="pdf", subject="Discharge summary - Mrs Margaret Threapleton",
       opts={"from": "Kirsty Jellicoe <kirsty.jellicoe@staldhelms.nhs.uk>",
             "cover": ("Dear Dr Quayle,\n\nPlease find attached the discharge summary for your patient "
                       "Mrs Threapleton, who was under the care of Mr Penrose on our neurosurgical ward. Apologies "
                       "for the delay in sending it.\n\nKind regards\nKirsty Jellicoe\nMedical Secretary to "
                       "Mr A Penrose, Consultant Neurosurgeon\nSt Aldhelm's Hospital, Portlerow\n"
                       "Tel 0117 496 0668\n")},
       body=f"""
# Neurosurgical Discharge Summary
{idline(pt)}
Consultant: Mr Alasdair Penrose, Consultant Neurosurgeon
Date of admission: 03/05/2032 (elective)
Date of discharge: 08/05/2032 14:20
GP: Dr H Quayle, Caldermoor Health Centre

Dear Dr Quayle,

We have not corresponded before; Mrs Threapleton was referred to us by the neuro-oncology network because of
the location of her tumour. I am writing to summarise her admission.

# Diagnosis and procedure
Left frontal convexity meningioma (presented with a single focal seizure in March 2032). Left frontal
craniotomy and excision of meningioma on 04/05/2032 (Simpson grade 1). The scalp wound was closed with
skin clips.

# Progress
Her recovery was uneventful. Post-operative CT showed complete excision with no haematoma. She had no further
seizures. She was mobile and independent on the ward and was discharged home with her husband.

# Medication on discharge
- Levetiracetam 500 mg twice daily (5 days supplied).
- Dexamethasone reducing course over 10 days (full course supplied; no GP action).
- Paracetamol 1 g four times daily as required (14 days supplied).

# Actions for GP
- Please arrange for the practice nurse to remove the scalp clips on day 10 after surgery (14/05/2032).
- Levetiracetam has been supplied for 5 days only; GP to prescribe levetiracetam 500 mg twice daily from 13/05/2032 until she is reviewed in clinic.

# Information for the GP
Histology will be reviewed at our neuro-oncology MDT and Mr Penrose will discuss the result with
Mrs Threapleton in clinic. She has been told not to drive and we have explained her duty to notify the DVLA.
She will be reviewed in the neurosurgical outpatient clinic in 6 weeks; the appointment will be posted to her.

If she develops a worsening headache, wound leakage, fever or a further seizure she should contact the
neurosurgical ward directly on 0117 496 0671 (24 hours) or attend her nearest emergency department.

Mr Alasdair Penrose
Consultant Neurosurgeon
""", exp=[("post_procedure_care", "Please arrange for the practice nurse to remove the scalp clips on day 10 after "
                                  "surgery (14/05/2032)."),
          ("hospital_only_prescribing", "Levetiracetam has been supplied for 5 days only; GP to prescribe "
                                        "levetiracetam 500 mg twice daily from 13/05/2032 until she is reviewed in "
                                        "clinic."),
          ("late_discharge_summary", "Date of discharge: 08/05/2032 14:20")],
       notes="Distant neurosurgical centre: clip removal pushed to the practice; only 5 days of anti-epileptic "
             "supplied on discharge (less than 7) so the GP must supply; summary sent 5 days after discharge. "
             "Histology, DVLA advice, follow-up and dexamethasone handled by the centre (hard negatives).")

# ---- neurosurgery referral response: returned for MRI (DOCX)
pt = P("Dennis Gawthorpe", "190097", "1971-10-09")
letter(key="t02", prov="aldhelm", dept=NEURO, kind="referral_response", specialty="Neurosurgery (Spinal)",
       clinician="Mr Rhodri Castellan", patient=pt, ev=None, ld="2032-05-21", sent="2032-05-21 11:40",
       fmt="docx", subject="Referral triage outcome - Spinal Neurosurgery", body=f"""
# Referral triage outcome
{idline(pt, 2)}
e-RS UBRN: 0003 5521 8870
Date triaged: 21/05/2032

Dear Dr Tembe,

Thank you for your referral of Mr Gawthorpe, who chose St Aldhelm's through the e-Referral Service, with eight
months of neck pain and intermittent tingling in both hands. Your letter notes normal power and reflexes,
no gait disturbance and no sphincter symptoms.

I have triaged the referral and returned it on e-RS. We are unable to accept the referral until an MRI of the cervical spine has been performed; please arrange this locally and re-refer with the report.

Should he develop gait disturbance, sphincter symptoms or progressive weakness in the hands, please refer him
urgently to the on-call neurosurgical registrar via our switchboard on 0117 496 0652.

Yours sincerely

Mr Rhodri Castellan
Consultant Spinal Neurosurgeon
""", exp=[("referral_returned_for_workup", "We are unable to accept the referral until an MRI of the cervical spine "
                                           "has been performed; please arrange this locally and re-refer with the "
                                           "report.")],
       notes="Referral returned on e-RS until the GP arranges an MRI. The urgent re-referral route is conditional "
             "(hard negative).")

# ---- neurosurgery clinic letter sent exactly 7 days after clinic: hard negative (PDF)
pt = P("Priscilla Oakenshaw", "190103", "1974-02-02")
letter(key="t03", prov="aldhelm", dept=NEURO, kind="clinic_letter", specialty="Neurosurgery (Spinal)",
       clinician="Mr Alasdair Penrose", patient=pt, ev="2032-07-14", ld="2032-07-20", sent="2032-07-21 10:00",
       fmt="pdf", subject="Neurosurgery clinic letter", body=f"""
{idline(pt)}
Clinic date: 14/07/2032
Letter typed: 20/07/2032

Dear Dr Quayle,

I reviewed Mrs Oakenshaw six weeks after her right L5/S1 microdiscectomy. Her leg pain has largely settled but
she has persisting low back pain and some numbness over the lateral right foot.

Previously the GP had prescribed pregabalin, which has helped her sleep. Please continue pregabalin 75 mg
twice daily, which we have not changed.

I have requested a repeat MRI of the lumbar spine, which will be performed at Moorbridge General Hospital under
our name, and I will review the result and write to her. I have referred her directly to the pain management
service at Moorbridge Hospitals, which is nearer her home. I have issued a further fit note for 4 weeks today.

No further action is needed from the practice.

Mr Alasdair Penrose
Consultant Neurosurgeon
""", notes="Hard negative: sent exactly 7 days after clinic (on time); history of GP prescribing; continuing a "
           "drug the GP already prescribes; MRI, onward referral and fit note all done by the centre.")

# ---- cardiothoracic discharge summary: leg sutures and fit note via the patient (PDF, on time)
pt = P("Bernard Ackroyd", "190110", "1953-02-14")
letter(key="t04", prov="aldhelm", dept=CTS, kind="discharge_summary", specialty="Cardiothoracic Surgery",
       clinician="Miss Ottilie Ravensdale", patient=pt, ev="2032-06-15", ev_time="11:30", ld="2032-06-15",
       sent="2032-06-15 18:45", fmt="pdf", subject="Cardiothoracic discharge summary", body=f"""
# Cardiothoracic Surgery - Discharge Summary
{idline(pt)}
Consultant: Miss Ottilie Ravensdale, Consultant Cardiothoracic Surgeon
Admitted: 07/06/2032    Discharged: 15/06/2032 at 11:30

Dear Colleague,

Mr Ackroyd was referred to us by the cardiology team at Moorbridge for three-vessel coronary disease. He
underwent coronary artery bypass grafting x3 (LIMA to LAD, vein grafts to OM1 and RCA) on 08/06/2032. He had
a short episode of post-operative atrial fibrillation on day 2, treated with amiodarone, and has been in sinus
rhythm since. Otherwise he made a good recovery.

# Medication on discharge (14 days supplied unless stated)
- Aspirin 75 mg once daily
- Atorvastatin 80 mg once daily
- Bisoprolol 2.5 mg once daily
- Ramipril 1.25 mg once daily
- Amiodarone 200 mg once daily (28 days supplied)
- Lansoprazole 30 mg once daily
- Paracetamol 1 g four times daily as required

# Plan
1. Please continue aspirin, atorvastatin and bisoprolol long term.
2. The sternal wound is closed with an absorbable subcuticular suture; no removal is needed.
3. GP practice nurse to remove the interrupted sutures from the left leg vein harvest site on day 10-12 post-operatively.
4. Mr Ackroyd has been advised to obtain a fit note from his GP covering 12 weeks from the date of surgery.
5. He has been referred by our team to the cardiac rehabilitation programme at Moorbridge General Hospital.
6. Amiodarone: the surgical team will review him at the 6-week clinic and advise when to stop it.
7. Follow-up in the cardiothoracic clinic in 6 weeks, with bloods taken at that visit.

Miss Ottilie Ravensdale
Consultant Cardiothoracic Surgeon
""", exp=[("post_procedure_care", "GP practice nurse to remove the interrupted sutures from the left leg vein harvest "
                                  "site on day 10-12 post-operatively."),
          ("fit_note", "Mr Ackroyd has been advised to obtain a fit note from his GP covering 12 weeks from the date "
                       "of surgery.")],
       notes="Suture removal after cardiac surgery and the post-operative fit note pushed to the GP (via the "
             "patient). Green drugs to continue, cardiac rehab referral, amiodarone review and bloods kept by the "
             "team (hard negatives). Sent 7 h after discharge.")

# ---- cardiothoracic clinic letter, late: echo and amiodarone transfer (plain, long)
pt = P("Sheila Normanton", "190127", "1962-12-03")
letter(key="t05", prov="aldhelm", dept=CTS, kind="clinic_letter", specialty="Cardiothoracic Surgery",
       clinician="Mr Hamish Dunmore", patient=pt, ev="2032-05-20", ld="2032-06-01", sent="2032-06-02 10:20",
       fmt="plain", subject="Cardiothoracic outpatient letter", body=f"""
ST ALDHELM'S HOSPITAL - DEPARTMENT OF CARDIOTHORACIC SURGERY
St Aldhelm's University Hospitals NHS Foundation Trust, Cathedral Road, Portlerow PW3 1AH
Secretary: 0117 496 0655

Clinic date: 20/05/2032
Dictated: 21/05/2032    Typed: 01/06/2032

Dr H Quayle
Caldermoor Health Centre

{idline(pt, 2)}

Diagnosis:
1. Severe degenerative mitral regurgitation - mitral valve repair 18/11/2031
2. Post-operative atrial fibrillation

Dear Dr Quayle,

I do not think we have met, so by way of introduction: I am one of the mitral valve surgeons at St Aldhelm's,
and Mrs Normanton travelled to us for her repair because of the complexity of the valve. I saw her in clinic
six months after surgery.

She is very well. She walks two miles a day and has gone back to her part-time job, and she has had no
palpitations since January. On examination there is no murmur; she is in sinus rhythm.

I would be grateful if you could arrange a transthoracic echocardiogram at your local hospital in three months' time and send me the report, so that I can decide whether she needs to return to our clinic.

I would also be grateful if you would take over prescribing of her amiodarone 100 mg daily and monitor her thyroid and liver function every six months.

Please continue apixaban 5 mg twice daily for now. We have already written to her local cardiologist,
Dr Whitlow at Moorbridge, who will see her in the autumn and decide about longer-term anticoagulation.

She asked about swimming and I have told her she may start again.

Yours sincerely

Mr Hamish Dunmore
Consultant Cardiothoracic Surgeon
""", exp=[("tests_for_hospital", "I would be grateful if you could arrange a transthoracic echocardiogram at your "
                                 "local hospital in three months' time and send me the report, so that I can decide "
                                 "whether she needs to return to our clinic."),
          ("shared_care_without_agreement", "I would also be grateful if you would take over prescribing of her "
                                            "amiodarone 100 mg daily and monitor her thyroid and liver function every "
                                            "six months."),
          ("late_clinic_letter", "Clinic date: 20/05/2032")],
       notes="Distant surgeon wants an echo for his own follow-up decision done via the GP; amiodarone (amber) "
             "handed over with monitoring and no shared-care agreement; sent 13 days after clinic. Apixaban "
             "continuation and the cardiology referral are hard negatives.")

# ---- renal transplant clinic letter: valganciclovir and tacrolimus (HTML with table)
pt = P("Tariq Mahmood", "190134", "1979-07-19")
letter(key="t06", prov="aldhelm", dept=RTX, kind="clinic_letter", specialty="Renal Transplantation",
       clinician="Dr Imelda Fairbrother", patient=pt, ev="2032-06-22", ld="2032-06-24", sent="2032-06-25 13:10",
       fmt="html", opts={"head": "table", "header": True}, subject="Renal Transplant Unit - clinic letter", body=f"""
{idline(pt)}
Transplant clinic: 22/06/2032
Consultant: Dr Imelda Fairbrother, Consultant Transplant Nephrologist

Dear Dr Tembe,

Mr Mahmood received a living-donor kidney transplant from his brother at St Aldhelm's on 16/03/2032. Graft
function is excellent (creatinine 112 umol/L) and there has been no rejection. As he lives a long way from us,
we plan to hand his routine follow-up to the renal team at Moorbridge from September, with an annual review here.

# Immunosuppression and prophylaxis
| Medicine | Dose | Prescribing |
| Tacrolimus (Adoport) | 3 mg twice daily | GP to take over prescribing from 01/07/2032, with monthly tacrolimus trough levels and U&E at the surgery |
| Mycophenolate mofetil | 500 mg twice daily | Homecare delivery arranged by the Transplant Unit |
| Prednisolone | 5 mg once daily | GP repeat prescription (unchanged) |
| Co-trimoxazole | 480 mg once daily | GP repeat prescription (unchanged) |
| Valganciclovir | 450 mg once daily until 30/09/2032 | See below |

As his valganciclovir prophylaxis is due to run out, I would be grateful if you could prescribe valganciclovir 450 mg once daily until 30/09/2032.

His next bloods will be taken in our clinic on 20/07/2032, when I will see him again.

With best wishes

Dr Imelda Fairbrother
Consultant Transplant Nephrologist
""", exp=[("shared_care_without_agreement", "GP to take over prescribing from 01/07/2032, with monthly tacrolimus "
                                            "trough levels and U&E at the surgery"),
          ("hospital_only_prescribing", "As his valganciclovir prophylaxis is due to run out, I would be grateful if "
                                        "you could prescribe valganciclovir 450 mg once daily until 30/09/2032.")],
       notes="Tacrolimus handed to the GP with level monitoring and no shared-care agreement; valganciclovir (a "
             "hospital-only antiviral) to be prescribed by the GP. Homecare mycophenolate, unchanged GP repeats "
             "and the unit's own bloods are hard negatives.")

# ---- liver transplant: shared care properly offered, agreement attached (PDF): hard negative
pt = P("Oliver Thwaite", "190141", "1968-09-14")
letter(key="t07", prov="aldhelm", dept=LTX, kind="clinic_letter", specialty="Hepatology (Liver Transplantation)",
       clinician="Dr Beatrix Lund", patient=pt, ev="2032-07-07", ld="2032-07-09", sent="2032-07-12 09:25",
       fmt="pdf", subject="Liver Transplant Unit clinic letter and shared care agreement", body=f"""
{idline(pt)}
Clinic date: 07/07/2032

Dear Dr Quayle,

Mr Thwaite is now two years from his liver transplant. His liver function is normal and his tacrolimus levels
have been stable within range for more than a year on tacrolimus 2 mg twice daily.

Our unit would like to share his care with you, and I enclose the Portlerow Area Prescribing Committee shared
care agreement for tacrolimus after liver transplantation for your consideration. If you are willing to take on
prescribing and monitoring under the agreement, please sign and return the acceptance page; until we receive it,
the Liver Transplant Unit will continue to prescribe tacrolimus through homecare and check his levels.

If you would rather not accept shared care, nothing changes and we will continue as now.

He will be reviewed in our clinic in 6 months.

Dr Beatrix Lund
Consultant Hepatologist, Liver Transplant Unit
""", opts={"extra": [("SCA_Tacrolimus_Liver_Transplant.pdf", """
# Shared Care Agreement: Tacrolimus following liver transplantation
Portlerow Area Prescribing Committee, version 3, 2031.

# Transplant unit responsibilities
- Initiate and stabilise treatment; prescribe until the GP has accepted this agreement.
- Provide target trough levels and dose advice; remain available for advice at any time.

# GP responsibilities (only once accepted)
- Prescribe tacrolimus by brand at the dose advised by the transplant unit.
- Arrange tacrolimus trough levels and U&E as set out in section 5 and send results to the unit.

# Acceptance
| I agree to share care for this patient under this agreement | Signature: ____________ |
| GP name and practice | ____________ |
""", "Shared Care Agreement - Tacrolimus")]},
       notes="Hard negative: shared care offered for agreement with the agreement attached; the unit keeps "
             "prescribing and monitoring until the GP accepts.")

# ---- cancer centre: incidental PE on restaging CT, GP asked to start anticoagulation (urgent, direct e-mail)
pt = P("Valerie Pennock", "190158", "1959-09-07")
letter(key="k01", prov="kestrel", dept=MEDONC, kind="results", specialty="Medical Oncology",
       clinician="Dr Aoife Brennan", patient=pt, ev=None, ld="2032-06-15", sent="2032-06-15 17:50",
       fmt="plain", subject="URGENT - CT result - Mrs Valerie Pennock",
       opts={"from": "Dr Aoife Brennan <aoife.brennan@kestrelbury-cc.nhs.uk>"}, body=f"""
Dear Dr Quayle,

{idline(pt)}

I am the medical oncologist looking after Mrs Pennock's ovarian cancer treatment at Kestrelbury, and I am
writing about the result of her restaging CT of the chest, abdomen and pelvis, which we performed on
14/06/2032 after her third cycle of carboplatin and paclitaxel.

Encouragingly, the pelvic disease has responded. However, the scan also shows an incidental right lower lobe
segmental pulmonary embolism. She had no symptoms when she was last seen in our day unit.

I was unable to reach Mrs Pennock by telephone this afternoon. I would be grateful if you could contact her tomorrow and start treatment-dose anticoagulation for the pulmonary embolism.

Her next cycle of chemotherapy on 17/06/2032 will go ahead and we will review her in clinic on that day. If she
becomes breathless or has chest pain she should call our 24-hour acute oncology line on 0151 496 0899.

With thanks and best wishes

Dr Aoife Brennan
Consultant Medical Oncologist
The Kestrelbury Cancer Centre NHS Foundation Trust
Tel 0151 496 0880
""", exp=[("results_chasing", "I would be grateful if you could contact her tomorrow and start treatment-dose "
                              "anticoagulation for the pulmonary embolism.")], urgent=True,
       notes="The centre's own CT shows a new PE and it asks the GP to contact the patient and act on it: "
             "results_chasing, and time-critical, so it must go to a clinician before any bounce. The next cycle "
             "and the oncology hotline are the centre's (hard negatives).")

# ---- cancer centre: capecitabine to be prescribed by GP (DOCX)
pt = P("Gwendolyn Firth", "190165", "1955-03-22")
letter(key="k02", prov="kestrel", dept=MEDONC, kind="clinic_letter", specialty="Medical Oncology (Colorectal)",
       clinician="Dr Matthias Oyelowo", patient=pt, ev="2032-07-01", ld="2032-07-02", sent="2032-07-05 11:15",
       fmt="docx", subject="Oncology clinic letter", body=f"""
{idline(pt)}
Clinic date: 01/07/2032
Diagnosis: Adenocarcinoma of the sigmoid colon, pT3 N1b M0, resected 02/03/2032.
Treatment: Adjuvant capecitabine, cycle 3 of 8 completed.

Dear Dr Tembe,

Mrs Firth is tolerating adjuvant capecitabine well, with mild hand-foot syndrome (grade 1) and occasional loose
stools controlled with loperamide.

Our pharmacy is experiencing supply delays with capecitabine, so I would be grateful if the GP could prescribe cycle 4 (capecitabine 1650 mg twice daily, days 1-14) so that she can start on 08/07/2032.

Her pre-cycle bloods will be taken in our day unit on 07/07/2032. Please continue loperamide as required on
repeat prescription.

If she develops a temperature of 37.5 or above, diarrhoea more than four times a day or painful, blistering
hands or feet, she must call our 24-hour triage line on 0151 496 0899 and not wait to see her GP.

Dr Matthias Oyelowo
Consultant Medical Oncologist
""", exp=[("hospital_only_prescribing", "Our pharmacy is experiencing supply delays with capecitabine, so I would be "
                                        "grateful if the GP could prescribe cycle 4 (capecitabine 1650 mg twice "
                                        "daily, days 1-14) so that she can start on 08/07/2032.")],
       notes="Oral chemotherapy (red) pushed onto GP prescribing. Pre-cycle bloods by the centre, a green "
             "symptomatic drug to continue and triage-line safety-netting are hard negatives.")

# ---- spinal injuries centre: long discharge summary, wheelchair referral and registry form (PDF + form)
pt = P("Liam Hardcastle", "190172", "1990-06-25")
letter(key="s01", prov="ravens", dept=SCIC, kind="discharge_summary", specialty="Spinal Cord Injury",
       clinician="Dr Catriona MacAulay", patient=pt, ev="2032-07-08", ev_time="10:45", ld="2032-07-08",
       sent="2032-07-09 09:15", fmt="pdf", subject="Spinal Injuries Centre discharge summary", body=f"""
# Discharge Summary - Northern Regional Spinal Injuries Centre
{idline(pt)}
Consultant: Dr Catriona MacAulay, Consultant in Spinal Cord Injury
Admitted: 11/02/2032 (transferred from Moorbridge General Hospital)
Discharged: 08/07/2032 at 10:45, to his adapted ground-floor flat

Dear Dr Quayle,

We have not met, but Liam will now be under your care at home after five months with us, and I hope this
summary gives you what you need.

# Diagnosis
T10 complete (AIS A) spinal cord injury after a fall from scaffolding on 09/02/2032. T9-T11 posterior
instrumented fixation at Moorbridge on 10/02/2032. The lesion is below T6, so autonomic dysreflexia is not
expected.

# Rehabilitation
Independent with wheelchair transfers, pressure relief and personal care. Drives an adapted car.

# Bladder and bowel
Suprapubic catheter; changes every 8 weeks by the district nurses (referral made, next change due 02/09/2032).
Daily bowel programme established; his carers have been trained.

# Skin
Intact. He has been taught twice-daily skin checks.

# Medication (28 days supplied)
- Baclofen 10 mg three times daily
- Oxybutynin 5 mg twice daily
- Senna 15 mg at night; docusate 200 mg twice daily

# Actions for GP
- Please continue baclofen, oxybutynin and laxatives on repeat prescription.
- Please could the surgery refer Liam to the local wheelchair service for assessment for a pressure-relieving cushion, as his current cushion is a loan from the Centre.
- We would be grateful if the practice could complete the enclosed Spinal Cord Injury Registry follow-up form and return it to the Centre's data manager.

# Follow-up by the Centre
Our outreach team will visit him at home within 6 weeks. He will have an annual review at the Centre, including
a renal tract ultrasound, which the Centre will arrange.

If he develops a fever, increased spasms or a red mark on his skin that does not fade, he or his carers should
contact the Spinal Outreach team on 0191 498 0437.

Dr Catriona MacAulay
Consultant in Spinal Cord Injury
""", opts={"extra": [("SCI_Registry_Follow-up_Form.pdf", """
# Spinal Cord Injury Registry - 6-month follow-up data collection
To be completed by the patient's GP and returned to the Centre data manager.

| Patient NHS number | ____________ |
| Number of GP consultations since discharge | ____________ |
| Urinary tract infections treated | ____________ |
| Pressure injuries (grade and site) | ____________ |
| Employment status | ____________ |
| Completed by (GP name, practice) | ____________ |
""", "SCI Registry follow-up form")]},
       exp=[("onward_referral", "Please could the surgery refer Liam to the local wheelchair service for assessment "
                                "for a pressure-relieving cushion, as his current cushion is a loan from the Centre."),
            ("non_contractual_admin", "We would be grateful if the practice could complete the enclosed Spinal Cord "
                                      "Injury Registry follow-up form and return it to the Centre's data manager.")],
       notes="Equipment need arising from the injury handed to the GP to refer on; a registry data-collection form "
             "for the practice. Green drugs, district-nurse catheter referral (made), outreach visit and annual "
             "ultrasound by the Centre are hard negatives. Sent 22.5 h after discharge (on time).")

# ---- virtual ward: late discharge summary, U&E after furosemide increase (HTML)
pt = P("Norah Bellingham", "190189", "1944-10-30")
letter(key="v01", prov="moor", dept=VW, kind="discharge_summary", specialty="Heart Failure (Virtual Ward)",
       clinician="Dr Jonathan Marsden", patient=pt, ev="2032-06-02", ld="2032-06-08",
       sent="2032-06-08 12:30", fmt="html", opts={"header": True},
       subject="Virtual Ward discharge summary", body=f"""
# Virtual Ward Discharge Summary
{idline(pt)}
Responsible clinician: Dr Jonathan Marsden, Consultant Cardiologist (Virtual Ward lead)
Admitted to virtual ward: 24/05/2032 (step-down after admission to Moorbridge General Hospital)
Date of discharge from virtual ward: 02/06/2032

# Summary
Decompensated heart failure with reduced ejection fraction (EF 30%). Monitored at home with daily weights,
blood pressure and oxygen saturation readings via the remote monitoring kit, and two nurse visits. Weight fell
by 4.2 kg. Furosemide was increased.

# Medication changes
| Medicine | Change | Supply |
| Furosemide | Increased from 40 mg to 80 mg each morning | 14 days supplied |
| Bisoprolol | Unchanged at 2.5 mg once daily | Own supply |

# Actions
| Action | For |
| GP to check U&E one week after discharge following the increase in furosemide. | GP |
| Community heart failure nurses to continue titration of bisoprolol at home (referral accepted 01/06/2032). | Heart failure nurses |
| Remote monitoring kit collected on 02/06/2032. | Virtual ward |
| Weigh daily and call the heart failure nurses if weight rises by more than 2 kg in 3 days. | Patient |
""", exp=[("tests_for_hospital", "GP to check U&E one week after discharge following the increase in furosemide."),
          ("late_discharge_summary", "Date of discharge from virtual ward: 02/06/2032")],
       notes="Initial monitoring of a diuretic dose the virtual ward changed pushed to the GP; summary sent six days "
             "after virtual-ward discharge. HF nurse titration (referral accepted), kit collection and patient "
             "advice are hard negatives.")

# ---- hospital at home: hard negative (plain)
pt = P("Cyril Wadsworth", "190196", "1938-01-15")
letter(key="v02", prov="moor", dept=HAH, kind="discharge_summary", specialty="Hospital at Home (Frailty)",
       clinician="Dr Rosalind Ebbrell", patient=pt, ev="2032-07-20", ld="2032-07-20", sent="2032-07-20 16:30",
       fmt="plain", subject="Hospital at Home discharge", body=f"""
MOORBRIDGE HOSPITALS NHS FOUNDATION TRUST - HOSPITAL AT HOME
Discharge from Hospital at Home care

{idline(pt)}
Consultant: Dr Rosalind Ebbrell, Consultant Geriatrician
Admitted to Hospital at Home: 13/07/2032    Discharged: 20/07/2032

Reason for admission: Cellulitis of the right lower leg, treated at home with IV antibiotics (admission avoidance).

- Bloods: taken by the Hospital at Home team on 19/07/2032 (CRP 18, eGFR 52, stable); no further bloods needed.
- Antibiotics: switched to oral flucloxacillin; the remaining 5 days have been supplied, completing the course.
- Dressings: district nurses to continue leg dressings twice weekly (handover completed 20/07/2032).
- Please continue his usual medication; no changes were made.
- No GP action is required.

If the redness spreads again or he develops a fever, his family should call the Hospital at Home team on
0113 496 0777 (8am-8pm) or NHS 111 out of hours.

Dr Rosalind Ebbrell
Consultant Geriatrician
""", notes="Hard negative: bloods and antibiotics handled by the team, district nurses for dressings (not the "
           "practice), usual medicines continue, explicit no action, safety-net to the team itself.")

# ---- intermediate care: hard negative (DOCX)
pt = P("Winifred Sugden", "190202", "1940-04-04")
letter(key="c01", prov="bracken", dept=ICT, kind="discharge_summary", specialty="Intermediate Care",
       clinician="Ms Harriet Lumb", patient=pt, ev="2032-07-02", ev_time="11:00", ld="2032-07-02",
       sent="2032-07-02 15:20", fmt="docx", subject="Intermediate care discharge summary", body=f"""
# Intermediate Care Discharge Summary - Hollins Lodge Intermediate Care Unit
{idline(pt)}
Lead clinician: Ms Harriet Lumb, Clinical Lead Physiotherapist
Admitted: 14/06/2032 (from Moorbridge General Hospital after a fractured left wrist and fall)
Discharged home: 02/07/2032 at 11:00

# Progress
Mrs Sugden completed 18 days of rehabilitation. She now walks indoors independently with a four-wheeled walker
and manages stairs with one rail and supervision. Barthel 17/20.

# Arrangements made by the team
| Item | Arranged by |
| Care package: two calls a day from 02/07/2032 | Adult social care (confirmed) |
| Community Falls Service assessment | Referral sent by the intermediate care team on 30/06/2032 |
| Pendant alarm | Installed 01/07/2032 |

# For the GP
Previously the GP had referred her to orthopaedics about her left knee in 2030. She reports night pain in the
left knee; GP to consider reviewing her analgesia at a routine appointment. We have not requested any blood
tests and none are needed.

Ms Harriet Lumb
Clinical Lead Physiotherapist, Intermediate Care Team
""", notes="Hard negative: referrals and care arranged by the team; history; a routine analgesia review is "
           "ordinary GP work; negation about bloods.")

# ---- private hospital: TKR discharge, clips and fit note (DOCX)
pt = P("Anthony Brigstock", "190219", "1961-08-08")
letter(key="f01", prov="fellside", dept=FPORTH, kind="discharge_summary", specialty="Trauma and Orthopaedics",
       clinician="Mr Lucian Harwood", patient=pt, ev="2032-05-19", ev_time="10:30", ld="2032-05-19",
       sent="2032-05-19 16:45", fmt="docx", subject="Discharge summary - NHS patient", body=f"""
# Discharge Summary (NHS patient)
{idline(pt)}
Consultant: Mr Lucian Harwood, Consultant Orthopaedic Surgeon
Procedure: Right total knee replacement, 17/05/2032
Discharged: 19/05/2032 10:30

# Medication supplied
| Medicine | Dose | Supply |
| Dalteparin | 5000 units once daily by injection | 14 days (full course) |
| Co-codamol 30/500 | 2 tablets four times daily as required | 14 days |
| Paracetamol | 1 g four times daily as required | 14 days |

# Plan
- Wound: clips in situ. Please arrange for clip removal by the practice nurse 12-14 days after surgery.
- Fit note: Mr Brigstock works as a delivery driver and will need a fit note for 8 weeks from surgery; please could the GP issue this.
- Outpatient physiotherapy at Fellside Park has been booked for 24/05/2032.
- Follow-up with Mr Harwood in 6 weeks (booked).
- Please continue his usual amlodipine.
- If the wound becomes red, hot or starts to leak, contact the ward 24 hours a day on 0161 496 0529.

Mr Lucian Harwood
Consultant Orthopaedic Surgeon
""", exp=[("post_procedure_care", "Please arrange for clip removal by the practice nurse 12-14 days after surgery."),
          ("fit_note", "Mr Brigstock works as a delivery driver and will need a fit note for 8 weeks from surgery; "
                       "please could the GP issue this.")],
       notes="Independent hospital treating an NHS patient pushes clip removal and the post-operative fit note to "
             "the practice. Full VTE supply, booked physio and follow-up, green drug, ward safety-net are hard "
             "negatives.")

# ---- private hospital: pre-op assessment, questionnaire and ECG (HTML)
pt = P("Janet Oddie", "190226", "1957-11-11")
letter(key="f02", prov="fellside", dept=FPPOA, kind="clinic_letter", specialty="Pre-operative Assessment",
       clinician="Mrs Helen Rowbotham", patient=pt, ev="2032-06-03", ld="2032-06-03", sent="2032-06-04 09:00",
       fmt="html", opts={"header": True}, subject="Pre-operative assessment - NHS patient", body=f"""
{idline(pt)}
Pre-operative assessment: 03/06/2032
Planned procedure: Left total hip replacement (Mr Devendra Pillai), provisional date 24/06/2032

Dear Doctor,

Mrs Oddie attended our nurse-led pre-operative assessment clinic. She has type 2 diabetes and hypertension.

We would be grateful if the surgery could complete the enclosed pre-operative health questionnaire and medication summary and return it to our pre-assessment team by 17/06/2032.

# Investigations before surgery
| Test | Arranged by |
| MRSA screen | Taken at pre-assessment today |
| FBC, U&E, HbA1c | Taken at pre-assessment today; results will be reviewed by our anaesthetist |
| 12-lead ECG | ECG to be arranged by the GP practice and the tracing sent to Fellside Park pre-assessment |

Kind regards

Mrs Helen Rowbotham
Pre-operative Assessment Nurse, Fellside Park Hospital
""", exp=[("non_contractual_admin", "We would be grateful if the surgery could complete the enclosed pre-operative "
                                    "health questionnaire and medication summary and return it to our pre-assessment "
                                    "team by 17/06/2032."),
          ("tests_for_hospital", "ECG to be arranged by the GP practice and the tracing sent to Fellside Park "
                                 "pre-assessment")],
       notes="Pre-operative questionnaire for the practice and a pre-op ECG the hospital needs. MRSA screen and "
             "bloods done (and reviewed) by the hospital are hard negatives.")

# ---- private hospital: raised potassium on pre-op bloods, GP to act (urgent)
pt = P("Brenda Sowerby", "190233", "1949-06-06")
letter(key="f03", prov="fellside", dept=FPPOA, kind="results", specialty="Anaesthetics (Pre-operative Assessment)",
       clinician="Dr Naveen Raghunathan", patient=pt, ev=None, ld="2032-06-16", sent="2032-06-16 14:10",
       fmt="plain", subject="Pre-operative blood results - action needed", body=f"""
Fellside Park Hospital - Pre-operative Assessment Clinic
Fellside Road, Wyndale KD3 4FP    Tel 0161 496 0518

{idline(pt)}
Date: 16/06/2032

Dear Dr Tembe,

Pre-operative blood tests taken at Fellside Park on 14/06/2032 show potassium 6.1 mmol/L and eGFR 27 mL/min
(55 in March 2032). She is well and has no symptoms. Her hip replacement, planned for 22/06/2032, has been
postponed.

As she is an NHS patient under your care, please could the practice repeat her U&E urgently and review her ramipril and spironolactone within the next 24-48 hours.

We have informed Mrs Sowerby by telephone that her operation is postponed and that we will offer a new date
once her kidney function is known to be stable.

Dr Naveen Raghunathan
Consultant Anaesthetist
""", exp=[("results_chasing", "As she is an NHS patient under your care, please could the practice repeat her U&E "
                              "urgently and review her ramipril and spironolactone within the next 24-48 hours.")],
       urgent=True,
       notes="The independent hospital's own pre-op bloods are abnormal and it hands acting on them to the GP "
             "(results_chasing); hyperkalaemia with a fall in eGFR needs action within a day or two, so urgent. "
             "Telling the patient about the postponement is done by the hospital (hard negative).")

# ---- private hospital: DNA discharge, re-refer (plain)
pt = P("Craig Holroyd", "190240", "1980-02-29")
letter(key="f04", prov="fellside", dept=FPORTH, kind="clinic_letter", specialty="Trauma and Orthopaedics",
       clinician="Mr Devendra Pillai", patient=pt, ev="2032-07-07", ld="2032-07-09", sent="2032-07-09 12:05",
       fmt="plain", subject="Did not attend - orthopaedic outpatients", body=f"""
Fellside Park Hospital
Orthopaedic Outpatients - NHS e-Referral Service patients

{idline(pt)}
Appointment: 07/07/2032, Mr Devendra Pillai

Dear Doctor,

Mr Holroyd did not attend his first outpatient appointment on 07/07/2032 for his right shoulder pain. We
telephoned on the day and left a voicemail.

In line with our NHS e-Referral policy he has been discharged back to your care. If he still requires an orthopaedic opinion, GP to re-refer via e-RS.

Yours faithfully

Outpatient Booking Team on behalf of Mr Devendra Pillai
Consultant Orthopaedic Surgeon
""", exp=[("dna_rereferral", "If he still requires an orthopaedic opinion, GP to re-refer via e-RS.")],
       notes="Discharged after a single missed first appointment and the GP told to re-refer.")

# ---- private hospital: cataract discharge, HTML + plain alternative: hard negative
pt = P("Dorothy Lumbwell", "190257", "1946-05-28")
letter(key="f05", prov="fellside", dept=FPEYE, kind="discharge_summary", specialty="Ophthalmology",
       clinician="Miss Celia Vantongeren", patient=pt, ev="2032-05-26", ld="2032-05-26", sent="2032-05-26 17:20",
       fmt="html", opts={"alt": True}, subject="Cataract day-case discharge - NHS patient", body=f"""
# Day-case discharge: cataract surgery
{idline(pt)}
Surgeon: Miss Celia Vantongeren, Consultant Ophthalmic Surgeon
Procedure: Right phacoemulsification and intraocular lens, 26/05/2032. Discharged the same day.

# Medication supplied
| Drop | Regimen | Supply |
| Dexamethasone 0.1% | Four times daily for 2 weeks, then twice daily for 2 weeks | Full course supplied |
| Chloramphenicol 0.5% | Four times daily for 2 weeks | Full course supplied |

# Follow-up
A post-operative check with our optometrist is booked for 23/06/2032, when the left eye will also be listed.
No action is required from the GP.
If the eye becomes painful or vision worsens, she should ring the Fellside Park ward on 0161 496 0529 (24 hours), not her GP.
""", notes="Hard negative: full drop supply, post-op check booked by the hospital, explicit no action, safety-net "
           "to the hospital and away from the GP.")

# ---- community dental service: GP asked to prescribe antibiotic after visit (PDF)
pt = P("Maureen Dobson", "190264", "1966-05-19")
letter(key="d01", prov="bracken", dept=CDS, kind="clinic_letter", specialty="Special Care Dentistry",
       clinician="Mr Rhys Penberthy", patient=pt, ev="2032-05-25", ld="2032-05-25", sent="2032-05-26 13:00",
       fmt="pdf", subject="Community Dental Service letter", body=f"""
{idline(pt)}
Clinic: Brackenmoor Health Park dental clinic, 25/05/2032

Dear Dr Tembe,

Miss Dobson, who has a learning disability and is cared for by her sister, attends our service for special care
dentistry. I extracted her lower right first molar under local anaesthetic on 20/05/2032; her INR was checked
by the anticoagulation clinic beforehand (2.4) and bleeding was controlled.

She returned today with a painful socket with localised infection. I irrigated the socket and placed a dressing.
I would be grateful if you could prescribe metronidazole 400 mg three times daily for 3 days, as our clinic does not hold stock and cannot issue FP10D prescriptions at this site.

We will review her in the Community Dental Service clinic on 01/06/2032. She should continue to see her own
general dental practitioner for routine care. If she develops swelling spreading to the neck or difficulty
swallowing, her sister has been told to take her to the emergency department.

Mr Rhys Penberthy
Specialist in Special Care Dentistry
""", exp=[("hospital_only_prescribing", "I would be grateful if you could prescribe metronidazole 400 mg three times "
                                        "daily for 3 days, as our clinic does not hold stock and cannot issue FP10D "
                                        "prescriptions at this site.")],
       notes="Immediate-need antibiotic after a dental outpatient visit pushed to the GP because the service cannot "
             "supply. The dental service's own review, INR by the anticoagulation clinic and ED safety-netting are "
             "hard negatives.")

# ---- maxillofacial clinic letter, late; patient told to see GP for CT result (plain)
pt = P("Kerry-Ann Broadbent", "190271", "1988-08-17")
letter(key="m01", prov="moor", dept=MAXFAC, kind="clinic_letter", specialty="Oral and Maxillofacial Surgery",
       clinician="Mr Faisal Qureshi", patient=pt, ev="2032-06-10", ld="2032-06-24", sent="2032-06-25 09:40",
       fmt="plain", subject="Oral and Maxillofacial Surgery clinic letter", body=f"""
Moorbridge Hospitals NHS Foundation Trust
Oral and Maxillofacial Surgery, Moorbridge General Hospital - Tel 0113 496 0791

Clinic date: 10/06/2032
Dictated: 11/06/2032   Typed: 24/06/2032

{idline(pt, 2)}

Dear Dr Quayle,

I reviewed Ms Broadbent 12 weeks after open reduction and internal fixation of a left mandibular angle fracture.
Her occlusion is stable and she is eating a normal diet. The intra-oral sutures were absorbable and the wound
has healed. She has some numbness of the left lower lip, which is improving.

We arranged a CT of the facial bones on 03/06/2032 to check union, but the report was not available in clinic.
Ms Broadbent has been advised to see her GP in two weeks to discuss the CT result.

She has asked for the plate to be removed, and I have listed her for removal under general anaesthetic; our
admissions team will contact her with a date.

Mr Faisal Qureshi
Consultant Oral and Maxillofacial Surgeon
""", exp=[("patient_redirected_to_gp", "Ms Broadbent has been advised to see her GP in two weeks to discuss the CT "
                                       "result."),
          ("late_clinic_letter", "Clinic date: 10/06/2032")],
       notes="Patient sent to the GP for the result of the department's own CT; letter typed and sent 15 days "
             "after clinic. Listing and admissions contact are the hospital's (hard negatives).")

# ---- maxillofacial referral response: A&G instead of accepting (HTML)
pt = P("Duncan Prestwich", "190288", "1975-12-12")
letter(key="m02", prov="moor", dept=MAXFAC, kind="referral_response", specialty="Oral and Maxillofacial Surgery",
       clinician="Mr Ifan Rees", patient=pt, ev=None, ld="2032-05-12", sent="2032-05-12 10:05",
       fmt="html", opts={"head": "table"}, subject="e-RS referral outcome: Advice and Guidance", body=f"""
# Referral outcome: converted to Advice and Guidance
{idline(pt)}
Reviewed by: Mr Ifan Rees, Consultant Oral and Maxillofacial Surgeon, 12/05/2032

Dear Dr Tembe,

Thank you for referring Mr Prestwich with a 9-month history of right jaw pain and clicking. I note from your
referral that he has already tried a soft diet, regular ibuprofen and jaw exercises for four months without
benefit, and that he has been seen twice by his dentist.

Your referral has been converted to Advice and Guidance and has not been accepted for an outpatient appointment. Please continue conservative management in primary care for a further 3 months and ask his dentist to provide an occlusal splint, then re-refer if his symptoms persist.

If he develops trismus that prevents eating, or a swelling, please contact the on-call maxillofacial team.

Mr Ifan Rees
Consultant Oral and Maxillofacial Surgeon
""", exp=[("referral_returned_for_workup", "Your referral has been converted to Advice and Guidance and has not "
                                           "been accepted for an outpatient appointment.")],
       notes="Advice and guidance given instead of accepting a referral after four months of failed conservative "
             "treatment; the GP is told to carry on and re-refer. The trismus route is conditional (hard negative).")

# ---- audiology: ENT referral pushed to GP; patient told to contact GP about appointment (HTML)
pt = P("Gerald Fothergill", "190295", "1950-03-03")
letter(key="u01", prov="bracken", dept=AUD, kind="clinic_letter", specialty="Audiology",
       clinician="Mrs Yasmin Ellery", patient=pt, ev="2032-06-29", ld="2032-06-30", sent="2032-07-01 10:45",
       fmt="html", opts={"header": True}, subject="Audiology assessment report", body=f"""
# Adult Hearing Assessment
{idline(pt)}
Assessed: 29/06/2032 by Mrs Yasmin Ellery, Clinical Scientist (Audiology)
cc: patient

# Results
| Test | Right ear | Left ear |
| Otoscopy | Clear | Clear |
| Tympanometry | Normal (type A) | Normal (type A) |
| Pure tone average (0.5-4 kHz) | 32 dB HL | 58 dB HL |
| Hearing loss | Mild sensorineural | Moderate sensorineural; asymmetry of 25 dB or more at 2 kHz and 4 kHz |

# Outcome
Bilateral hearing aids recommended and accepted; a fitting appointment will be sent.
Please could you refer Mr Fothergill to ENT for investigation of his asymmetric sensorineural hearing loss, as our service is unable to refer directly.
If you have not received your hearing aid fitting appointment within 6 weeks, please contact your GP surgery.
Tinnitus: advice leaflet given.
""", exp=[("onward_referral", "Please could you refer Mr Fothergill to ENT for investigation of his asymmetric "
                              "sensorineural hearing loss, as our service is unable to refer directly."),
          ("patient_redirected_to_gp", "If you have not received your hearing aid fitting appointment within 6 weeks, "
                                       "please contact your GP surgery.")],
       notes="Audiology finds an asymmetric loss needing ENT work-up and asks the GP to refer; the patient is told "
             "to chase the service's own fitting appointment through the GP.")

# ---- orthoptics: was-not-brought discharge after first missed appointment (plain)
pt = P("Amelia Crossland", "190301", "2028-04-11")
letter(key="o01", prov="moor", dept=ORTHOPT, kind="clinic_letter", specialty="Orthoptics",
       clinician="Miss Hannah Greenhalgh", patient=pt, ev="2032-05-06", ld="2032-05-10", sent="2032-05-10 14:35",
       fmt="plain", subject="Orthoptic Department - was not brought", body=f"""
Orthoptic Department, Moorbridge General Hospital
Moorbridge Hospitals NHS Foundation Trust    Tel 0113 496 0782

{idline(pt, 2)}
Appointment date: 06/05/2032

Dear Dr Quayle,

Amelia was not brought to her first orthoptic appointment on 06/05/2032 following referral from her school
vision screening (reduced vision in the left eye). We have informed the school nursing team, in line with our
was-not-brought procedure.

In line with departmental policy she has been discharged. If you remain concerned about her vision, please re-refer her to the orthoptic department.

Miss Hannah Greenhalgh
Orthoptist
""", exp=[("dna_rereferral", "If you remain concerned about her vision, please re-refer her to the orthoptic "
                             "department.")],
       notes="A child discharged after one missed first appointment, with re-referral left to the GP (worded as a "
             "conditional, but the discharge has already happened). School nursing informed (hard negative).")


# ====================================================================== 'other' messages

OTHERS: list[dict] = []


def other(**kw):
    OTHERS.append(kw)


other(key="x01", sent="2032-05-05 09:12", type="ooo", notes="Out-of-office auto-reply from a tertiary-centre "
      "secretary.",
      frm="Kirsty Jellicoe <kirsty.jellicoe@staldhelms.nhs.uk>",
      subject="Automatic reply: Query re clinic appointment",
      body="Thank you for your e-mail. I am on annual leave until Tuesday 11 May 2032 and will not be checking "
           "messages. For urgent neurosurgical matters please call the neurosurgery secretaries on 0117 496 0660 "
           "or ask St Aldhelm's switchboard for the on-call registrar.\n")
other(key="x02", sent="2032-05-18 07:30", type="html_bulletin", notes="ICB primary care bulletin (bulk).",
      frm="Wyndale and Calder ICB Primary Care <primarycare.news@wyndalecalder-icb.example>",
      subject="Primary Care Bulletin - May 2032",
      body="<html><body><h2>Wyndale and Calder ICB - Primary Care Bulletin</h2>"
           "<p>May 2032</p><ul>"
           "<li>Virtual ward capacity increases to 120 beds from June.</li>"
           "<li>Reminder: the community audiology service now accepts self-referrals for adults over 50.</li>"
           "<li>LMC guidance on hospital requests has been updated; see the LMC website.</li>"
           "</ul><p>You are receiving this because your practice is on the ICB distribution list.</p>"
           "</body></html>\n")
other(key="x03", sent="2032-05-30 20:47", type="patient", notes="Patient e-mail to the practice; nothing to detect.",
      frm="Sandra Whitworth <sandra.whitworth@example.com>", subject="Fit note please?",
      body="Hi,\n\nI had my gallbladder out at the hospital last week and they told me to ask my GP for a sick "
           "note for my work. Can I pick one up on Tuesday?\n\nThanks\nSandra Whitworth\n")
other(key="x04", sent="2032-06-06 03:16", type="phish", notes="Phishing dressed as a shared-care signature request.",
      frm="DocuSign Service <dse@docusign-nhs-secure.example.net>",
      subject="Shared Care Agreement awaiting your signature",
      body="A document has been sent to you for signature: SHARED CARE AGREEMENT - Caldermoor Health Centre.\n\n"
           "REVIEW DOCUMENT: http://docusign-nhs-secure.example.net/sign?id=88213\n\nYou will need to sign in with "
           "your NHSmail password. This link expires in 24 hours.\n")
other(key="x05", sent="2032-06-10 11:02", type="dsn", notes="Non-delivery report.",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>", subject="Undeliverable: Query - tacrolimus levels",
      body="Delivery has failed to these recipients or groups:\n\nrenal.transplant.admin@staldhelms.nhs.uk\n"
           "The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try "
           "to resend the message.\n", rcpt="renal.transplant.admin@staldhelms.nhs.uk")
other(key="x06", sent="2032-06-13 05:55", type="spam", notes="Commercial spam.",
      frm="ReviewBoost <hello@reviewboost-practices.example.com>",
      subject="Get 5-star reviews for your practice in 30 days",
      body="Hi there,\n\nPractices using ReviewBoost see a 300% rise in positive online reviews. Book a free demo "
           "today: http://reviewboost-practices.example.com/demo\n\nReply STOP to opt out.\n")
other(key="x07", sent="2032-06-22 13:40", type="practice", notes="Practice-to-practice message.",
      frm="Wyndale Bridge Surgery <wyndalebridge.surgery@nhs.net>", subject="Temporary resident - records request",
      body="Hello Caldermoor team,\n\nWe saw one of your patients as a temporary resident last week while she was "
           "staying with family. The consultation summary has been sent by GP Connect. Nothing further is needed "
           "from you.\n\nBest wishes\nLena\nReception Manager, Wyndale Bridge Surgery\nTel 0161 496 0962\n")
other(key="x08", sent="2032-07-06 10:25", type="pharmacy", notes="Community pharmacy stock query; not a letter.",
      frm="Tenter Street Pharmacy <tenterstreet.pharmacy@nhs.net>", subject="Out of stock - request for alternative",
      body="Dear Caldermoor Health Centre,\n\nWe are unable to obtain the prescribed brand of ferrous fumarate "
           "for one of your patients (details on the EPS token). Could a prescriber please send an alternative "
           "iron preparation through EPS?\n\nThank you\nTenter Street Pharmacy\nTel 0161 496 0244\n")
other(key="x09", sent="2032-07-13 08:00", type="survey", notes="Survey invitation (bulk).",
      frm="Northern Counties Urgent Care Network <ucnetwork.surveys@nhs.net>",
      subject="Invitation: 5-minute survey on ambulance and 111 notifications to practices",
      body="Dear colleague,\n\nThe Urgent Care Network is reviewing how practices receive non-conveyance and 111 "
           "post-event messages. Please take our 5-minute survey before 31 July 2032: "
           "https://survey.ucnetwork.example/notifications\n\nThank you.\n")
other(key="x10", sent="2032-07-15 12:00", type="massmail", notes="For-information mass mailing from the ambulance "
      "service.",
      frm="NFDAS Communications <communications@nfdas.nhs.uk>",
      subject="For information: new format for see-and-treat notifications",
      body="FOR INFORMATION ONLY - NO ACTION REQUIRED\n\nFrom 1 August 2032 Northfell and Dales Ambulance Service "
           "non-conveyance notifications will be sent as PDF attachments with the incident number in the subject "
           "line. The content is unchanged.\n\nThis message has been sent to all GP practices in the Northfell "
           "and Dales area.\n")


# ====================================================================== rendering

FIELD = re.compile(r"\s*([-|#]|\d+[.)] |[A-Z][A-Za-z/ ()'-]{0,40}: )")


def reflow(body: str) -> str:
    """Join the hand-broken lines of a prose paragraph (a long line followed by one that is not a list item,
    table row, heading or 'Field: value' line), so letters read as typed rather than as source code."""
    out: list[str] = []
    for x in textwrap.dedent(body).strip("\n").split("\n"):
        if out and len(out[-1]) >= 100 and x.strip() and not FIELD.match(x) and not FIELD.match(out[-1]):
            out[-1] += " " + x.strip()
        else:
            out.append(x)
    return "\n".join(out)


def plain_text(body: str) -> str:
    """Hand-written text, reflowed, then wrapped as a mail client would."""
    return kit.wrap_plain(reflow(body))


CELL = 'style="border:1px solid #9aa5b1;padding:4px 8px;vertical-align:top"'
HEADING = '<h3 style="font-size:11pt;color:#00436b;margin:12px 0 4px 0">{}</h3>'


def html_letter(p, dept, blocks, opts) -> str:
    """This corpus's HTML house styles: the ambulance ePCR banner (its forms have a label column), the
    out-of-hours post-event header, a table letterhead, or a plain blue-ruled letterhead."""
    head = opts.get("head")
    if head == "amb":  # ePCR notification banner
        top = (f'<div style="background:#007f3b;color:#fff;padding:6px;font-weight:bold">{html.escape(p["name"])}'
               f' - {html.escape(dept)}</div><div style="font-size:9pt">Clinical Hub {html.escape(p["phone"])} '
               "- automated notification, replies are not monitored</div>")
    elif head == "ooh":
        top = (f'<table width="100%"><tr><td><b>{html.escape(p["name"])}</b></td>'
               f'<td align="right">{html.escape(p["site"])}<br>{html.escape(", ".join(p["addr"]))}</td></tr></table>'
               f'<p style="font-size:9pt">Post Event Message - {html.escape(dept)}</p>')
    elif head == "table":
        top = kit.table_letterhead(p, dept, "OFFICIAL-SENSITIVE: PERSONAL")
    else:
        top = (f'<div style="border-bottom:3px solid #005eb8;padding:4px"><b>{html.escape(p["name"])}</b><br>'
               f'<span style="font-size:9pt">{html.escape(dept)} | {html.escape(p["site"])} | '
               f'{html.escape(", ".join(p["addr"]))} | Tel {html.escape(p["phone"])}</span></div>')
    body = kit.html_blocks(blocks, heading=HEADING, cell=CELL, header=opts.get("header", False),
                           label_col=head == "amb")
    return kit.html_page(dept, top, body, font="Verdana,sans-serif",
                         footer="Confidential: intended for the named recipient only.")


def build_letter(L) -> bytes:
    p = PROV[L["prov"]]
    msg = kit.letter_message(L, p, PRACTICE_TO, TAG)
    return kit.letter_bytes(msg, {**L, "body": reflow(L["body"])}, p, text=plain_text,
                            page=lambda b: html_letter(p, L["dept"], b, L["opts"]), cover=COVER.get(L["prov"]),
                            doctype=DOCTYPE[L["kind"]], ref=f"N19-{L['key'].upper()}")


def build_other(o) -> bytes:
    """One non-letter message, with the headers that mark mass mailings, surveys, auto-replies and bounces."""
    return kit.other_message(o, PRACTICE_TO, TAG, bulk_types=(*kit.BULK_TYPES, "survey"))


def all_items():
    """Every message of this corpus in file order."""
    return kit.all_items(LETTERS, OTHERS)


def build():
    kit.build_corpus(OUT, PREFIX, all_items(), PROV, build_letter, build_other)


# ====================================================================== verification

def corpus_checks(labels, items) -> list[str]:
    """What this corpus promises beyond the shared checks: a May-July 2032 window (every Date in BST), every
    category used at least twice, two or three urgent letters, ten 'other' messages, lateness evidence that
    states the event date, an event date that appears in the letter, and the labelled trust named in it."""
    errors = kit.check_window(labels, items, *WINDOW, utc_hours=1)
    for lab, (kind, item, _isent) in zip(labels, items, strict=False):
        if kind == "L":
            alltext = " ".join(collapse(t) for t in kit.letter_texts(kit.load_message(OUT, lab)))
            errors += kit.check_letter_content(lab["id"], lab, item, alltext)
    return errors + kit.check_spread(labels, min_uses=2, urgent=(2, 3), others=10)


def verify():
    return kit.verify_corpus(OUT, PREFIX, all_items(), corpus_checks)


def summary():
    kit.print_summary(OUT, formats=kit.format_counts(all_items()), negatives="no findings")


if __name__ == "__main__":
    sys.exit(kit.main(sys.argv[1:], build, verify, summary))
