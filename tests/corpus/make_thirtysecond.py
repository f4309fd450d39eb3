#!/usr/bin/env python3
"""Build the thirty-second (independent, held-out) corpus: tests/corpus/thirtysecond/.

Style: letters full of dates.  Clinic letters quote the clinic date beside the date dictated, the date typed,
the letter date, the previous and next appointments, earlier scans and results and the date of referral;
discharge summaries give admission and discharge dates and times in several forms ("Discharged: 23:50 on
30/03", "Date/Time of Discharge 2041-04-14 16:05", "D/C 28-Apr-41 1605"), the dates of procedures and of the
TTO; dates are written 03/11/2041, 3.11.41, 3rd November 2041, 3 Nov 41, 2041-11-03 and "Tuesday 3
November".  The event date and the lateness are therefore hard to read.  Three invented acute trusts, a
community trust and an independent provider write to an invented practice, Harbour View Practice, as plain
text, HTML (some with a text alternative), PDF and DOCX.  Ten messages are not letters.

Timing cases: letters sent exactly 7 days or 24 hours after the event and just over; discharges and sending
near midnight, where the British Summer Time wall clock and UTC fall on different dates (a clinic letter sent
at 00:30 BST on day 8 is 23:30 UTC on day 7, and late; a discharge at 00:15 BST is 23:15 UTC the day before);
and two events before the spring clock change (Sunday 31 March 2041) whose letters went out after it: a
discharge at 23:50 GMT on Saturday 30 March summarised at 00:20 BST on Monday 1 April is 24 h 30 min later by
the wall clock but 23 h 30 min in real time (on time); a clinic on Wednesday 27 March written up at 00:40 BST
on Thursday 4 April is eight London calendar days (late), though only seven UTC ones.

The kit's checks want one UTC offset for every Date header, so every message is sent inside BST (1 April to
30 June 2041); only those two events lie before the window.  The corpus's time zone is a separate Europe/London
instance (ZoneInfo.no_cache): the kit's own second reckoning subtracts the send time (Europe/London) from the
event time read in this zone, and Python subtracts two datetimes sharing one tzinfo object by wall clock,
which would count the lost hour of 31 March; two distinct objects are subtracted in real time.

Written from the category definitions alone (TAXONOMY.md and the domain README); no detector output was used.
Everything is invented; NHS numbers are 999-range with a valid Modulus 11 check digit; telephone numbers are in
Ofcom drama ranges.  The build is deterministic.

    python3 tests/corpus/make_thirtysecond.py            # build, then verify
    python3 tests/corpus/make_thirtysecond.py --verify-only
"""
from __future__ import annotations

import datetime as dt
import html
import re
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus_kit as kit  # noqa: E402
from corpus_kit import dmy, spaced  # noqa: E402
from corpus_kit import patient as P  # noqa: E402

TZ = ZoneInfo.no_cache("Europe/London")  # a distinct instance: see the module docstring
CLOCK_CHANGE = dt.datetime(2041, 3, 31, 1, 0, tzinfo=dt.UTC)  # clocks went forward

SAL = "Saltmarsh Bay Hospitals NHS Foundation Trust"
ALD = "Aldermoor and Vane University Hospitals NHS Trust"
QUE = "Quenby Cross Hospitals NHS Trust"
HAR = "Harnwell Community Health NHS Trust"
COR = "Corvell Orthopaedic and Day Surgery Centre Ltd"
PROV = {
    "sal": dict(
        name=SAL, site="Saltmarsh Bay General Hospital", addr=["Esplanade Road", "Saltmarsh Bay", "SQ2 4LT"],
        phone="0117 496 0281", domain="saltmarshbay.nhs.uk",
        sender="SBH Clinical Correspondence <correspondence@saltmarshbay.nhs.uk>", mailer="Meridian EPR Letters 5.2"),
    "ald": dict(
        name=ALD, site="Aldermoor Royal Hospital", addr=["Vane Street", "Aldermoor", "AQ7 1RB"],
        phone="0121 496 0634", domain="aldermoorvane.nhs.uk",
        sender="AVUH Outbound Letters <no-reply.letters@aldermoorvane.nhs.uk>", mailer="AVUH DocFlow 4.3"),
    "que": dict(
        name=QUE, site="Quenby Cross District Hospital", addr=["Turnpike Lane", "Quenby Cross", "QX3 8DW"],
        phone="0113 496 0957", domain="quenbycross.nhs.uk",
        sender="QCH eLetters <qch.eletters@nhs.net>", mailer="QCH PAS Correspondence 12.0"),
    # A community trust: its community hospital, mental health team, podiatry, MSK and heart failure services.
    "har": dict(
        name=HAR, site="Harnwell Community Hospital", addr=["Mill Brow", "Harnwell", "HQ5 2NS"],
        phone="01632 960 412", domain="harnwellch.nhs.uk",
        sender="Harnwell Community Health <hch.clinicalletters@nhs.net>", mailer="SystmOne Letters Service"),
    "cor": dict(
        name=COR, site="Corvell Day Surgery Centre", addr=["3 Larkspur Business Park", "Corvell", "CQ1 6TE"],
        phone="0118 496 0573", domain="corvellsurgery.example.co.uk",
        sender="Corvell NHS Patient Services <nhs.patients@corvellsurgery.example.co.uk>",
        mailer="Theatreline Clinic Manager 7"),
}
COVERS = {
    "sal": "{trust}\n{dept}\n\nPlease find attached a {doctype} (document reference {ref}).\n"
           "The date and time this e-mail was sent are recorded by our correspondence system.\n"
           "This mailbox is not monitored; please telephone the department on the number in the letter.\n",
    "ald": "AVUH DocFlow - automated delivery\n\nDocument: {doctype}\nFrom: {dept}, {trust}\nReference: {ref}\n\n"
           "CONFIDENTIAL: for the named practice only. Do not reply to this address.\n",
    "que": "{dept} - {trust}\n\nAttached: {doctype}, ref {ref}.\n\nQuenby Cross Hospitals eLetters.\n",
    "har": "{trust}\n{dept}\n\nDear colleague,\n\nAttached is a {doctype} for a patient registered with your "
           "practice (ref {ref}).\n\nClinical Administration Team\n",
    "cor": "{trust} (NHS patients)\n{dept}\n\nDear Practice Team,\n\nPlease find attached a {doctype} for your "
           "patient, treated at Corvell under the NHS e-Referral Service.\nReference: {ref}\n\n"
           "NHS Patient Services\n",
}
C = kit.Corpus("thirtysecond", "t32", "Harbour View Practice <harbourview.practice@nhs.net>", PROV, cover=COVERS,
               window=("2041-04-01", "2041-06-30"), utc_hours=1, tz=TZ)
letter, other = C.letter, C.other
idl = kit.idline


def head(p: str, dept: str) -> str:
    """The letterhead a PAS stamps at the top of a typed plain-text letter."""
    pr = PROV[p]
    return f"{pr['name']}\n{dept}\n{pr['site']}, {', '.join(pr['addr'])}\nTelephone {pr['phone']}"


AMU = "Acute Medical Unit"
CARD_OP = "Cardiology Outpatients"
RHEUM = "Rheumatology Outpatients"
DERM = "Dermatology Outpatients"
GASTRO = "Gastroenterology (Ward 12)"
ORTHO = "Trauma and Orthopaedics - Hip and Knee Service"
GYNAE = "Gynaecology Outpatients"
ROWAN = "Rowan Ward (Community Rehabilitation)"
CMHT = "Community Mental Health Team (North)"
SURG = "General Surgery"
NEURO = "Neurology Outpatients"
CORV_WARD = "Inpatient Ward (NHS patients)"
HEP = "Hepatology Clinic"
COE = "Care of the Elderly (Ward 5)"
DAY = "Day Surgery Unit"
MED = "General Medicine (Ward 8)"
PLAST = "Plastic Surgery - Minor Operations"
RESP = "Respiratory Medicine"
ED = "Emergency Department"
CCU = "Cardiology (Coronary Care Unit)"
FOOT = "Orthopaedic Outpatients - Foot and Ankle"
ENDO = "Endocrinology"
RENAL = "Renal Medicine"
POD = "Community Podiatry Service"
COLO = "Colorectal Surgery - Suspected Cancer Triage"
MSK = "Community MSK Service"
HF = "Community Heart Failure Service"
DIAB = "Diabetes and Endocrinology"
REVIEW = "Post-operative Review Clinic"
ENDOSC = "Endoscopy Unit"
ENT = "ENT Outpatients"

# ====================================================================== letters

# D01 AMU discharge at 23:50 GMT on Saturday 30 March, before the clocks went forward; sent 00:20 BST on
# Monday 1 April: 24 h 30 min by the wall clock, 23 h 30 min in real time (on time).  Bloods and ECG the
# hospital wants for its own AF clinic decision passed to the practice.
pt = P("Gwendolyn Paske", "732010", "1948-07-19")
letter(key="d01", prov="sal", dept=AMU, kind="discharge_summary", specialty="Acute Medicine",
       clinician="Dr Rhodri Venables", patient=pt, ev="2041-03-30", ev_time="23:50", ld="2041-03-31",
       sent="2041-04-01 00:20", fmt="plain", subject="Discharge Summary - AMU - PASKE G - d/c 30/03", body=f"""
{head("sal", AMU)}

DISCHARGE SUMMARY (ACUTE MEDICAL UNIT)
{idl(pt)}
GP: Dr E Rowntree, Harbour View Practice

Admitted:          Thu 28/03/41 19:15 via ED (NHS 111 call 28.3.41 17:52)
Discharged:        23:50 on 30/03 (Saturday night, before the clocks went forward)
Date of discharge: 30/03/2041
Summary typed:     2041-03-31 22:10 (Sunday, BST)
Consultant:        Dr M Oyelaran
Completed by:      Dr Rhodri Venables, FY2

Diagnosis: new atrial fibrillation with fast ventricular response, CHA2DS2-VASc 4
Previous admission: 14 Nov 40 (fall, no injury)

Investigations during the stay
- ECG 28/03 19:30: AF, rate 148
- Echo 29.3.41: LV mildly impaired (EF 45-50%), no significant valve disease
- TFTs 28 Mar 2041: normal; U&E 30/03/2041: normal

Medication changes
- Apixaban 5 mg twice daily - NEW, started 29/03/2041 - 28 days supplied (TTO dated 30.3.41)
- Bisoprolol 2.5 mg once daily - NEW - 28 days supplied
- Ramipril 2.5 mg once daily - unchanged, please continue

Follow-up
AF nurse clinic: Tuesday 16 April 2041 (we will write to her with the time).
Cardiology AF clinic: Tuesday 23 April 2041.

Actions for GP
Please could the practice check U&E and repeat the ECG around 06/04/2041 so that we can decide on the bisoprolol dose at the AF clinic on Tuesday 23 April.

Dr Rhodri Venables FY2, for Dr M Oyelaran, Consultant Physician
""", exp=[("tests_for_hospital", "Please could the practice check U&E and repeat the ECG around 06/04/2041 so that "
           "we can decide on the bisoprolol dose at the AF clinic on Tuesday 23 April")],
       notes="Bloods and an ECG the hospital needs for its own AF-clinic decision after starting bisoprolol passed to "
             "the practice: tests_for_hospital. Discharged 23:50 GMT on 30/03 (before the clock change), sent "
             "00:20 BST on 01/04: 23 h 30 min in real time, so on time although the wall clock says 24 h 30 min. "
             "Continuing ramipril (green) is a negative decoy.")

# C01 cardiology clinic on Wednesday 27 March (GMT); letter typed 3 April, sent 00:40 BST on 4 April: eight
# London calendar days (late), seven by the UTC date.  Echo and 24-hour ECG for the next clinic asked of GP.
pt = P("Terence Hollowell", "732027", "1957-02-08")
letter(key="c01", prov="que", dept=CARD_OP, kind="clinic_letter", specialty="Cardiology",
       clinician="Dr Anjali Fairbairn", patient=pt, ev="2041-03-27", ld="2041-04-03", sent="2041-04-04 00:40",
       fmt="html", opts={"label_col": True}, subject="Cardiology clinic letter - HOLLOWELL T - 27.3.41", body=f"""
# Cardiology Outpatient Letter
| Patient | {pt['name']} |
| Date of birth | {dmy(pt['dob'])} |
| NHS number | {spaced(pt['nhs_number'])} |
| Clinic | Wednesday 27 March 2041, Clinic 4 |
| Referral | Harbour View Practice, referral dated 14/01/2041 (received 16 Jan 41) |
| Previous appointment | 11.12.40 (new patient slot, cancelled by the hospital) |
| Dictated | 27.3.41 |
| Typed | 2041-04-03 |
| Letter date | 3rd April 2041 |
| Next appointment | Wednesday 26 June 2041, 10:20 |

Dear Dr Rowntree

Clinic date: 27/03/2041

Thank you for referring Mr Hollowell, whom I saw with palpitations since around Christmas 2040 and a soft ejection systolic murmur.
His ECG in clinic showed sinus rhythm with occasional ventricular ectopics; the ECG you sent from 09/01/2041 was similar.
Blood pressure 138/84 mmHg. He drinks four or five cups of coffee a day.

# Plan
- Reduce caffeine; reassurance given.
- I would be grateful if you could arrange an echocardiogram and a 24-hour ECG before his next appointment on 26/06/2041, and forward the reports to me.
- I will see him again on Wednesday 26 June 2041.

Yours sincerely

Dr Anjali Fairbairn
Consultant Cardiologist
cc: patient
""", exp=[("tests_for_hospital", "I would be grateful if you could arrange an echocardiogram and a 24-hour ECG before "
           "his next appointment on 26/06/2041"),
          ("late_clinic_letter", "Clinic date: 27/03/2041")],
       notes="Investigations the cardiologist wants for her own next clinic passed to the GP. Clinic on 27/03 (GMT), "
             "sent 00:40 BST on 04/04: eight London calendar days, late (seven if the Date is read as UTC: 03/04 "
             "23:40). Letter date 03/04 is within seven days; the sending is not.")

# C02 rheumatology: sent at 23:45 exactly seven days after the clinic (on time); methotrexate kept by the
# hospital with a shared-care protocol offered for agreement: hard negative.
pt = P("Harriet Pendleby", "732034", "1966-10-02")
letter(key="c02", prov="sal", dept=RHEUM, kind="clinic_letter", specialty="Rheumatology",
       clinician="Dr Sebastian Okonjo-Reyes", patient=pt, ev="2041-04-08", ld="2041-04-15", sent="2041-04-15 23:45",
       fmt="docx", subject="Rheumatology clinic letter", body=f"""
# RHEUMATOLOGY OUTPATIENTS - NEW PATIENT
{idl(pt)}
Clinic date: 08/04/2041 (Monday 8 April, Early Arthritis Clinic)
Dictated: 09/04/2041   Typed: 15.4.41   Letter date: 15 April 2041
Referral received: 12/02/2041 (your letter dated 10 Feb 41)
Consultant: Dr Sebastian Okonjo-Reyes

Dear Dr Rowntree

Diagnosis: seropositive rheumatoid arthritis (RF 88, anti-CCP strongly positive on your bloods of 2041-03-02).
Symptoms since October 2040. Hand and foot X-rays on 2041-04-08: periarticular osteopenia, no erosions.

# Plan
- Methotrexate 10 mg once weekly with folic acid 5 mg weekly, started on 8 Apr 41; we have supplied 4 weeks and will prescribe and monitor it from our clinic.
- Baseline bloods were taken in our phlebotomy room on the day; fortnightly monitoring bloods will be done at our hospital phlebotomy until the dose is stable.
- Our shared care protocol for methotrexate is enclosed for your consideration; we will keep prescribing until you tell us whether the practice agrees to share care.
- Please continue omeprazole 20 mg daily.
- Next appointment: Monday 3 June 2041 (2041-06-03), Early Arthritis Clinic.

No action is required from the practice at present.

Dr S Okonjo-Reyes, Consultant Rheumatologist
""", notes="Hard negative: the hospital prescribes and monitors the new methotrexate itself and offers a shared-care "
             "protocol for the practice's agreement (the proper process); omeprazole is green. Clinic 08/04, sent "
             "23:45 on 15/04: exactly seven days, on time.")

# C03 dermatology: isotretinoin (hospital-only) asked of the GP; letter dated day 7, sent day 8: late.
pt = P("Bethany Mardle", "732041", "2019-09-14")
letter(key="c03", prov="sal", dept=DERM, kind="clinic_letter", specialty="Dermatology",
       clinician="Dr Florian Achterberg", patient=pt, ev="2041-04-10", ld="2041-04-17", sent="2041-04-18 08:30",
       fmt="pdf", subject="Dermatology clinic letter - MARDLE B", body=f"""
# Dermatology Clinic Letter
{idl(pt)}
Date of clinic: 10/04/2041
Seen by: Dr Florian Achterberg, Consultant Dermatologist
Dictated 10.04.41 / typed 17.04.41 / letter date 17/04/2041
Previous appointments: 13 Nov 40 (doxycycline started) and 22 Jan 41 (switched to lymecycline)

Dear Dr Asante-Hale

Bethany has severe nodulocystic acne with scarring despite doxycycline from 13/11/2040 and twelve weeks of lymecycline from 22/01/2041.

# Plan
- Isotretinoin is indicated. She has joined the pregnancy prevention programme; pregnancy test negative in clinic on Wednesday 10 April 2041.
- I would be grateful if you could prescribe isotretinoin 20 mg daily from 1st May 2041 and continue it monthly until her review.
- Review in our clinic on Wednesday 12 June 2041; mood screening questionnaire to be repeated then.

Dr F Achterberg
""", exp=[("hospital_only_prescribing", "I would be grateful if you could prescribe isotretinoin 20 mg daily from 1st "
           "May 2041 and continue it monthly until her review"),
          ("late_clinic_letter", "Date of clinic: 10/04/2041")],
       notes="Isotretinoin is a hospital-only (red) drug: hospital_only_prescribing. Clinic 10/04, letter dated 17/04 "
             "(day 7) but sent 08:30 on 18/04 (day 8): late; the letter date does not decide lateness, the Date "
             "header does.")

# D02 gastroenterology: discharged 16:05 on Sunday 14 April, sent 16:12 on the Monday: 24 h 7 min, late.
pt = P("Imogen Tresilian", "732058", "1992-11-23")
letter(key="d02", prov="ald", dept=GASTRO, kind="discharge_summary", specialty="Gastroenterology",
       clinician="Dr Callum Whitsed", patient=pt, ev="2041-04-14", ev_time="16:05", ld="2041-04-15",
       sent="2041-04-15 16:12", fmt="html", opts={"label_col": True},
       subject="eDischarge - Gastroenterology - TRESILIAN I", body=f"""
# Electronic Discharge Summary - Gastroenterology
| Patient | {pt['name']} |
| DOB | {dmy(pt['dob'])} |
| NHS No | {spaced(pt['nhs_number'])} |
| Ward | Ward 12 (Gastroenterology), Aldermoor Royal Hospital |
| Admission | 2041-04-09 22:47 via ED |
| Discharge | 2041-04-14 16:05 |
| Summary completed | 15-Apr-2041 15:58 by Dr Callum Whitsed (CT2) |
| Consultant | Dr H Marwood |

Date/Time of Discharge: 14/04/2041 16:05

Diagnosis: acute severe ulcerative colitis (first presentation), Truelove and Witts severe on admission.

# Course
IV hydrocortisone 09/04 to 12/04, converted to oral prednisolone 40 mg on Friday 12 April.
Flexible sigmoidoscopy 10.4.41: continuous inflammation to 35 cm, biopsies taken.
Stool cultures sent 9 Apr 41 negative; C difficile toxin negative on 2041-04-10.

# Medication on discharge
| Prednisolone 40 mg daily | reduce by 5 mg weekly; full 8-week course dispensed on 14/04 |
| Mesalazine 2.4 g daily | new; 28 days supplied |
| Adcal-D3 one tablet twice daily | new; 28 days supplied |

# Actions for GP
- GP to chase the histology from the flexible sigmoidoscopy on 10.4.41 and adjust treatment according to the result.
- IBD clinic: Monday 13 May 2041 (booked by us; appointment letter posted 15/04/2041).
""", exp=[("results_chasing", "GP to chase the histology from the flexible sigmoidoscopy on 10.4.41 and adjust "
           "treatment according to the result"),
          ("late_discharge_summary", "Date/Time of Discharge: 14/04/2041 16:05")],
       notes="The hospital's own biopsy result pushed to the GP to chase and act on: results_chasing. Discharged 16:05 "
             "on 14/04, sent 16:12 on 15/04: 24 h 7 min, late by minutes. Full steroid course supplied and IBD "
             "clinic booked (negative decoys).")

# C04 orthopaedics: sent 00:10 BST seven days after the clinic (on time); pre-op questionnaire asked of GP.
pt = P("Norman Eckersley", "732065", "1950-04-03")
letter(key="c04", prov="ald", dept=ORTHO, kind="clinic_letter", specialty="Trauma and Orthopaedics",
       clinician="Mr Tobias Lindqvist", patient=pt, ev="2041-04-16", ld="2041-04-22", sent="2041-04-23 00:10",
       fmt="plain", subject="Orthopaedic clinic letter - listed for L THR", body=f"""
{head("ald", ORTHO)}

{idl(pt)}

Clinic date: 16/04/2041 (Tuesday afternoon list)
Date dictated: 16.4.41   Date typed: 22/04/2041   Letter date: 22nd April 2041
Referral date: 05/02/2041 (e-RS)
X-rays: 2040-11-19 (your request); standing films repeated in clinic on 16 Apr 41

Dear Dr Asante-Hale

Mr Eckersley has severe left hip osteoarthritis with rest and night pain; Oxford Hip Score 14 today.
He has had physiotherapy (October to December 2040) and a steroid injection on 03/01/2041 with two weeks' relief.
I have listed him for a left total hip replacement; the expected date is around September 2041.

Before surgery
We would be grateful if the practice could complete the enclosed pre-operative assessment questionnaire (form POA-3) and return it to our pre-assessment unit by 14/05/2041.
Pre-assessment appointment: Thursday 16 May 2041 at 09:00 (letter sent to Mr Eckersley). Bloods, ECG and MRSA screen will be done there.

Yours sincerely

Mr Tobias Lindqvist
Consultant Orthopaedic Surgeon
""", exp=[("non_contractual_admin", "We would be grateful if the practice could complete the enclosed pre-operative "
           "assessment questionnaire (form POA-3) and return it to our pre-assessment unit by 14/05/2041")],
       notes="Hospital pre-operative questionnaire sent for the practice to complete: non_contractual_admin. Pre-op "
             "bloods and ECG done at the hospital's own pre-assessment (decoy). Clinic 16/04, sent 00:10 BST on "
             "23/04 (22/04 23:10 UTC): seven days, on time.")

# C05 gynaecology DNA letter the next day: discharged after one missed appointment, GP asked to re-refer.
pt = P("Chantelle Bramwell", "732072", "1984-08-12")
letter(key="c05", prov="que", dept=GYNAE, kind="clinic_letter", specialty="Gynaecology",
       clinician="Dr Ingrid Solberg-Mace", patient=pt, ev="2041-04-24", ld="2041-04-25", sent="2041-04-25 10:05",
       fmt="plain", subject="Non-attendance - Gynaecology - BRAMWELL C", body=f"""
{head("que", GYNAE)}

NOTIFICATION OF NON-ATTENDANCE
{idl(pt)}

Appointment date: 24/04/2041 at 14:30 (Wednesday)
Referral received: 2041-02-27 (your referral letter dated 25.2.41)
Appointment letter posted: 28 Mar 41; reminder text message sent 23/04/2041 09:00
Letter date: 25th April 2041

Dear Dr Rowntree

Ms Bramwell did not attend her first appointment in the gynaecology clinic on Wednesday 24 April 2041.
We have discharged her and ask that you re-refer her through e-RS so that she can be offered a new appointment.

Yours sincerely

Dr Ingrid Solberg-Mace
Consultant Gynaecologist
""", exp=[("dna_rereferral", "We have discharged her and ask that you re-refer her through e-RS so that she can be "
           "offered a new appointment")],
       notes="Discharged after a single missed first appointment with a request to re-refer: dna_rereferral. "
             "event_date is the missed appointment; sent the next day, so no lateness question arises.")

# D03 community hospital: "D/C 28-Apr-41 1605", sent 09:10 on 30 April (41 h): late; only 3 days of enoxaparin
# and the patient's daughter sent to the GP for the trust's own falls clinic date.
pt = P("Dorothy Fearnley", "732089", "1936-01-29")
letter(key="d03", prov="har", dept=ROWAN, kind="discharge_summary", specialty="Rehabilitation Medicine",
       clinician="Dr Tamsin Rayworth", patient=pt, ev="2041-04-28", ev_time="16:05", ld="2041-04-29",
       sent="2041-04-30 09:10", fmt="docx", subject="Community hospital discharge letter - Rowan Ward", body=f"""
# COMMUNITY HOSPITAL DISCHARGE LETTER
{idl(pt)}
Ward: Rowan Ward, Harnwell Community Hospital
Transferred in from Saltmarsh Bay General Hospital on 17/04/2041 (acute stay 11 Apr 41 to 17 Apr 41: fractured neck of left femur, hemiarthroplasty 12.04.41)
D/C 28-Apr-41 1605 to own home with a package of care (first carer visit Monday 29 April 2041, 08:00)
Letter completed 29.4.41 by Dr Tamsin Rayworth, Specialty Doctor

Discharged from Rowan Ward on 28/04/2041 at 16:05.

# Progress
Mobilising with a frame; clips removed on the ward on 26/04/2041, wound healed.
Physiotherapy at home: referral made by the ward on 2041-04-26.

# Medication
| Medicine | Dose | Supply / action |
| Enoxaparin | 40 mg SC once daily until 10/05/2041 (four weeks after surgery) | only 3 days supplied, GP please prescribe the remaining 9 days to complete the course |
| Paracetamol | 1 g four times daily | 14 days supplied |
| Adcal-D3 | one tablet twice daily | 28 days supplied |

# Follow-up
Falls clinic: our falls team will book this for late May; her daughter has been asked to ring the GP surgery to find out the date of the falls clinic appointment.
Orthopaedic fracture clinic at Saltmarsh Bay: 2041-05-24 (booked by Saltmarsh Bay).

Dr T Rayworth
""", exp=[("hospital_only_prescribing", "only 3 days supplied, GP please prescribe the remaining 9 days to complete "
           "the course"),
          ("patient_redirected_to_gp", "her daughter has been asked to ring the GP surgery to find out the date of the "
           "falls clinic appointment"),
          ("late_discharge_summary", "Discharged from Rowan Ward on 28/04/2041 at 16:05")],
       notes="Less than seven days of discharge medication, remainder pushed to the GP: hospital_only_prescribing; "
             "family sent to the GP for the trust's own appointment: patient_redirected_to_gp. Discharged 16:05 on "
             "28/04 (also written 'D/C 28-Apr-41 1605'), sent 09:10 on 30/04: about 41 h, late.")

# C06 community mental health: clinic 17 April, dictated 19th, typed 29th, sent 30th (13 days): late; lithium
# handed to the practice without a shared-care agreement.
pt = P("Callum Ferrier", "732096", "1979-06-06")
letter(key="c06", prov="har", dept=CMHT, kind="clinic_letter", specialty="Psychiatry",
       clinician="Dr Yusuf Hartigan", patient=pt, ev="2041-04-17", ld="2041-04-29", sent="2041-04-30 14:20",
       fmt="html", opts={"header": True}, subject="CMHT outpatient review - FERRIER C", body=f"""
# Outpatient Review - Community Mental Health Team (North)
{idl(pt)}
Seen: Wednesday 17 April 2041, Harnwell Resource Centre
Clinic date: 17/04/2041
Dictated 19/04/2041, typed 29/04/2041, letter date 29 April 2041 (typing backlog)
Last review: 16 Oct 40

| Test | Date | Result |
| Lithium level (12 h post dose) | 2041-04-10 | 0.62 mmol/L |
| eGFR | 10.4.41 | 78 |
| TSH | 10.4.41 | 2.1 |

Dear Dr Asante-Hale

Mr Ferrier has bipolar affective disorder and has been stable on lithium since 2037; no episodes since his admission in March 2036.

# Plan
- Lithium carbonate (Priadel) 400 mg at night - unchanged.
- We would be grateful if the practice could take over the prescribing of lithium and the 3-monthly lithium levels, renal and thyroid monitoring from now on.
- Next CMHT review in six months (around October 2041).

Dr Yusuf Hartigan, Consultant Psychiatrist
""", exp=[("shared_care_without_agreement", "We would be grateful if the practice could take over the prescribing of "
           "lithium and the 3-monthly lithium levels, renal and thyroid monitoring from now on"),
          ("late_clinic_letter", "Clinic date: 17/04/2041")],
       notes="Prescribing and monitoring of lithium (amber, shared care) transferred with no agreement offered: "
             "shared_care_without_agreement. Clinic 17/04, dictated 19/04, typed and dated 29/04, sent 30/04: 13 "
             "days, late.")

# D04 general surgery: discharged at 00:15 BST on Thursday 2 May (23:15 UTC on the 1st), sent 00:25 BST on
# 3 May: 24 h 10 min, late; fit note asked of the GP after the operation.
pt = P("Declan Ruddock", "732102", "1989-05-30")
letter(key="d04", prov="que", dept=SURG, kind="discharge_summary", specialty="General Surgery",
       clinician="Mr Oluwaseun Pargeter", patient=pt, ev="2041-05-02", ev_time="00:15", ld="2041-05-02",
       sent="2041-05-03 00:25", fmt="pdf", subject="Discharge summary - General Surgery - RUDDOCK D", body=f"""
# DISCHARGE SUMMARY - GENERAL SURGERY
{idl(pt)}
| Admitted | 29/04/2041 18:40 (Monday) via the Surgical Assessment Unit |
| Operation | 30.4.41 - laparoscopic appendicectomy (Mr Oluwaseun Pargeter) |
| Discharge | 00:15, Thursday 2 May 2041 |
| TTO dispensed | 1 May 2041 22:05 |
| Summary typed | 2041-05-02 21:30 |

Date and time of discharge: 02/05/2041 00:15 (just after midnight, the night of Wednesday 1st May)

# Details
Acute appendicitis, no perforation. Recovery uneventful; eating and drinking, mobilising, analgesia controlled.
Co-amoxiclav stopped on 01/05/2041. Paracetamol and ibuprofen: 7 days supplied.
Wound check with our SAU nurse on Thursday 9 May 2041 (booked). Histology will be sent to the patient and to you by our team.

# Fit note
Please could the GP provide a fit note for 4 weeks from discharge, as he works as a scaffolder.

Mr O Pargeter, Consultant General Surgeon
""", exp=[("fit_note", "Please could the GP provide a fit note for 4 weeks from discharge, as he works as a "
           "scaffolder"),
          ("late_discharge_summary", "Date and time of discharge: 02/05/2041 00:15")],
       notes="Post-operative fit note for the hospital's own episode asked of the GP: fit_note. Discharged 00:15 BST "
             "on 02/05 (23:15 UTC on 01/05), sent 00:25 BST on 03/05: 24 h 10 min, late (23 h 10 min if the "
             "discharge time were misread as UTC). Wound check by own nurse and histology sent by the team are "
             "decoys.")

# C07 neurology: clinic 1 May, letter dated 6 May, sent 00:30 BST on 9 May (23:30 UTC on the 8th): late.
pt = P("Rosalind Hebditch", "732119", "1971-03-21")
letter(key="c07", prov="sal", dept=NEURO, kind="clinic_letter", specialty="Neurology",
       clinician="Dr Marcus Delahaye-Finch", patient=pt, ev="2041-05-01", ld="2041-05-06", sent="2041-05-09 00:30",
       fmt="html", opts={"alt": True}, subject="Neurology clinic letter - HEBDITCH R", body=f"""
# Neurology Clinic Letter
{idl(pt)}
Date of clinic: 01/05/2041 (Wednesday 1 May)
Dictated: 1st May 2041. Typed: 06/05/2041. Letter date: 6 May 2041.
Referral: your letter of 2041-03-11, triaged 14.3.41
MRI cervical spine (our request): performed 29/04/2041 at Saltmarsh Bay General Hospital

Dear Dr Rowntree

Mrs Hebditch has had numbness and tingling in both hands for nine months, worse at night, with weak grip since February 2041.
MRI of 29 Apr 41: mild C5/6 disc bulge without cord or root compression.
Examination suggests bilateral carpal tunnel syndrome.

# Plan
- Nerve conduction studies requested; appointment on Monday 20 May 2041.
- The results of the nerve conduction studies will be forwarded to the GP for action.
- Night wrist splints fitted today.
- I have not arranged further neurology follow-up.

Dr Marcus Delahaye-Finch, Consultant Neurologist
""", exp=[("results_chasing", "The results of the nerve conduction studies will be forwarded to the GP for action"),
          ("late_clinic_letter", "Date of clinic: 01/05/2041")],
       notes="Implicit results hand-off: the hospital's own nerve conduction results sent to the GP 'for action': "
             "results_chasing. Clinic 01/05, letter dated 06/05, sent 00:30 BST on 09/05 (08/05 23:30 UTC): eight "
             "London calendar days, late.")

# D05 independent provider: TKR on Saturday 4 May, discharged 11:30 on the 6th, sent 10:00 on the 8th: late;
# clip removal and fit note passed to the practice.
pt_okn = P("Kenneth Ollerenshaw", "732126", "1955-12-09")
letter(key="d05", prov="cor", dept=CORV_WARD, kind="discharge_summary", specialty="Trauma and Orthopaedics",
       clinician="Mr Piotr Halloran", patient=pt_okn, ev="2041-05-06", ev_time="11:30", ld="2041-05-07",
       sent="2041-05-08 10:00", fmt="pdf", subject="Inpatient discharge summary - OLLERENSHAW K", body=f"""
# INPATIENT DISCHARGE SUMMARY (NHS PATIENT)
{idl(pt_okn)}
Admitted: Sat 04/05/2041 07:00. Surgery: 04.05.41, right total knee replacement (Mr Piotr Halloran).
Discharged: 06/05/2041 at 11:30
Letter typed 7 May 2041 and e-mailed from our NHS patient office.
Referral via e-RS 2041-01-20; first seen in our clinic 13/02/2041; pre-assessment 22 Mar 41.

Dear Dr Asante-Hale

Uncomplicated right total knee replacement under spinal anaesthetic. Check X-ray 5 May 2041 satisfactory.
Range of movement on discharge 5-85 degrees; mobile with two sticks.

# Post-operative care
- Clips: please arrange for the practice nurse to remove the clips on day 14 (18/05/2041) and check the wound.
- Physiotherapy: outpatient physiotherapy at Corvell starts on Friday 10 May 2041.
- Enoxaparin 40 mg daily for 14 days: full course supplied.
- Fit note: the GP is asked to issue a fit note covering 6 weeks from the date of surgery.
- Review in our clinic at six weeks: Wednesday 12 June 2041.

Mr P Halloran FRCS (Tr and Orth)
""", exp=[("post_procedure_care", "please arrange for the practice nurse to remove the clips on day 14 (18/05/2041) "
           "and check the wound"),
          ("fit_note", "the GP is asked to issue a fit note covering 6 weeks from the date of surgery"),
          ("late_discharge_summary", "Discharged: 06/05/2041 at 11:30")],
       notes="Clip removal and wound check after the provider's own operation: post_procedure_care; post-operative "
             "fit note asked of the GP: fit_note. Surgery 04/05, discharged 11:30 on 06/05, sent 10:00 on 08/05: "
             "46 h 30 min, late. Enoxaparin supplied in full (decoy).")

# C08 hepatology: sent exactly seven days after the clinic; azathioprine under an agreement already signed.
pt = P("Margaret Illingworth", "732133", "1962-08-30")
letter(key="c08", prov="que", dept=HEP, kind="clinic_letter", specialty="Hepatology",
       clinician="Dr Kavita Brennand", patient=pt, ev="2041-05-07", ld="2041-05-13", sent="2041-05-14 16:00",
       fmt="pdf", subject="Hepatology clinic letter - ILLINGWORTH M", body=f"""
# HEPATOLOGY CLINIC
{idl(pt)}
Clinic date: 07/05/2041   Dictated: 07/05/2041   Typed: 13.05.41   Letter date: 13 May 2041
Previous clinic: 2040-11-05. Shared care agreement for azathioprine signed by Harbour View Practice on 12/11/2040.

Dear Dr Rowntree

Autoimmune hepatitis, in remission. Bloods taken in clinic on 7 May 41: ALT 28, bilirubin 9, IgG 11.2, FBC normal.
Prednisolone has been weaned off (last dose 30 April 2041).

# Plan
- Continue azathioprine 75 mg daily under the existing shared care agreement, which is unchanged.
- Next hepatology clinic: Tuesday 6 August 2041; we will take her liver bloods at that visit.

No action is needed from the GP beyond the agreed shared care arrangement.

Dr Kavita Brennand, Consultant Hepatologist
""", notes="Hard negative: azathioprine continues under a shared-care agreement the practice signed on 12/11/2040; "
             "the hospital takes its own bloods. Clinic 07/05, sent 14/05: exactly seven days, on time.")

# D06 care of the elderly: discharged 23:55 on Thursday 9 May, sent 23:50 on the Friday: 23 h 55 min, on time.
pt = P("Albert Kinsella", "732140", "1944-10-17")
letter(key="d06", prov="que", dept=COE, kind="discharge_summary", specialty="Geriatric Medicine",
       clinician="Dr Nadia Ferreira-Holt", patient=pt, ev="2041-05-09", ev_time="23:55", ld="2041-05-10",
       sent="2041-05-10 23:50", fmt="plain", subject="Discharge summary - Ward 5 - KINSELLA A", body=f"""
{head("que", COE)}

DISCHARGE SUMMARY
{idl(pt)}

Admission:  07/05/2041 14:02 (Tuesday), Ward 5
Discharged: 23:55 on 09/05 (Thursday night; his son collected him)
Date of discharge: 09/05/2041
Date typed: 10/05/41
Consultant: Dr L Harrowby   Author: Dr Nadia Ferreira-Holt (ST5)

Diagnosis: urinary tract infection with delirium, now resolved (4AT 0 on 9 May 2041)
Urine culture 07.05.41: E coli, sensitive to cefalexin

Antibiotics: cefalexin 500 mg three times daily until 14/05/2041 - full course supplied (TTO 9-May-41)
Bloods: repeat U&E and CRP booked in our Ambulatory Care Unit for Thursday 16 May 2041; we will act on the results.
Please continue amlodipine 5 mg once daily.
Follow-up: none required. Should the confusion recur, he may be re-referred.

No action is required from the GP.

Dr N Ferreira-Holt
""", notes="Hard negative: full antibiotic course supplied, the hospital books and acts on its own bloods, green drug "
             "continued, conditional re-referral note. Discharged 23:55 on 09/05, sent 23:50 on 10/05: 23 h 55 "
             "min, on time.")

# D07 day surgery: discharged 14:20 on 13 May, sent 14:20 on 14 May: exactly 24 h (on time); all arranged.
pt = P("Veronica Thwaite", "732157", "1969-04-25")
letter(key="d07", prov="cor", dept=DAY, kind="discharge_summary", specialty="Trauma and Orthopaedics",
       clinician="Mr Ashok Pennington", patient=pt, ev="2041-05-13", ev_time="14:20", ld="2041-05-13",
       sent="2041-05-14 14:20", fmt="html", opts={"label_col": True}, subject="Day case discharge - THWAITE V", body=f"""
# Day Surgery Discharge Letter
| Patient | {pt['name']} |
| DOB | {dmy(pt['dob'])} |
| NHS No | {pt['nhs_number']} |
| Procedure | Right carpal tunnel decompression, Monday 13 May 2041 |
| Surgeon | Mr Ashok Pennington |
| Discharged | 14:20 on 13/05 |
| Referral | e-RS 2041-02-19; nerve conduction studies 28.02.41 |

Date of procedure and discharge: 13/05/2041

Sutures: to be removed by our nurse at the Corvell dressing clinic on Thursday 23 May 2041 (booked).
Fit note: issued by Mr Pennington on 13/05/2041 for two weeks (13/05/2041 to 26/05/2041).
Analgesia: paracetamol and ibuprofen, 7 days supplied.
If the wound becomes red or discharges, she should call our ward on 0118 496 0574, not her GP.
GP action: none.
""", notes="Hard negative: sutures removed by the provider's own nurse, fit note already issued, 7 days' analgesia, "
             "queries to the provider. Discharged 14:20 on 13/05, sent 14:20 on 14/05: exactly 24 h, on time.")

# D08 general medicine: discharged 10:45 on 20 May, sent 10:46 on the 21st: late by a minute; incidental renal
# mass, GP asked to make the suspected-cancer referral: urgent.
pt = P("Graham Tolputt", "732164", "1952-09-05")
letter(key="d08", prov="ald", dept=MED, kind="discharge_summary", specialty="General Medicine",
       clinician="Dr Eleanor Mabbott", patient=pt, ev="2041-05-20", ev_time="10:45", ld="2041-05-21",
       sent="2041-05-21 10:46", fmt="docx", subject="Discharge summary - Ward 8 - TOLPUTT G", body=f"""
# DISCHARGE SUMMARY
{idl(pt)}
Admission date: 2041-05-17 (Friday) 03:20 via ED
Discharge date/time: 20/05/2041 10:45
Summary typed: 21-May-41 10:31
Consultant: Dr S Abernethy   Author: Dr Eleanor Mabbott (ST4)

Diagnosis: left pyelonephritis (E coli, sensitive to co-amoxiclav)
CT KUB 18.05.41: no obstruction; incidental 3.5 cm solid enhancing lesion at the upper pole of the left kidney, suspicious for renal cell carcinoma.
Blood cultures 17 May 2041: E coli.

Medication: co-amoxiclav 625 mg three times daily until 24/05/2041 (full course supplied).

# Actions for GP
- URGENT: GP to refer urgently to urology on the suspected cancer pathway for the 3.5 cm left renal mass seen on CT on 18.05.41.
- He has been told about the CT finding.

Dr E Mabbott
""", exp=[("onward_referral", "GP to refer urgently to urology on the suspected cancer pathway for the 3.5 cm left "
           "renal mass seen on CT on 18.05.41"),
          ("late_discharge_summary", "Discharge date/time: 20/05/2041 10:45")],
       urgent=True,
       notes="Suspected cancer found on the hospital's own CT; the referral is an immediate related need the "
             "provider should make itself: onward_referral (could also be read as acting on its own result). A "
             "suspected-cancer step, so urgent. Discharged 10:45 on 20/05, sent 10:46 on 21/05: 24 h 1 min, late.")

# C09 plastic surgery: procedure in clinic 2 May, letter sent 29 May (27 days): late; suture removal by the
# practice nurse, on a date already past when the letter came.
pt = P("Simone Cartwright", "732171", "1975-11-30")
letter(key="c09", prov="ald", dept=PLAST, kind="clinic_letter", specialty="Plastic Surgery",
       clinician="Mr Dominic Farrant", patient=pt, ev="2041-05-02", ld="2041-05-28", sent="2041-05-29 11:00",
       fmt="docx", subject="Minor operations clinic letter - CARTWRIGHT S", body=f"""
# PLASTIC SURGERY MINOR OPERATIONS
{idl(pt)}
Date of clinic and procedure: 02/05/2041
Dictated 02/05/41   Typed 28/05/2041   Letter date: 28th May 2041
Referral dated 2041-03-04 (routine); photographs from your surgery dated 1 Mar 41
Next appointment: results clinic on Thursday 30 May 2041 (30/05/2041)

Dear Dr Asante-Hale

Procedure: excision of a 12 mm pigmented lesion from the left upper back, closed with four interrupted non-absorbable sutures.
Histology pending; we will discuss it with her at the results clinic.

# Aftercare
Sutures to be removed by the practice nurse at 14 days (16/05/2041).

Mr Dominic Farrant, Consultant Plastic Surgeon
""", exp=[("post_procedure_care", "Sutures to be removed by the practice nurse at 14 days (16/05/2041)"),
          ("late_clinic_letter", "Date of clinic and procedure: 02/05/2041")],
       notes="Suture removal after the hospital's own excision passed to the practice: post_procedure_care. Clinic "
             "02/05, typed 28/05, sent 29/05: 27 days, late; the next appointment (30/05) sits beside the send "
             "date.")

# C10 respiratory: sent 08:00 exactly seven days after the clinic; the hospital arranges everything.
pt = P("Fiona Gallacher", "732188", "1967-01-13")
letter(key="c10", prov="ald", dept=RESP, kind="clinic_letter", specialty="Respiratory Medicine",
       clinician="Dr Jerome Whitlock", patient=pt, ev="2041-05-21", ld="2041-05-27", sent="2041-05-28 08:00",
       fmt="html", opts={"label_col": True}, subject="Respiratory clinic letter - GALLACHER F", body=f"""
# Respiratory Medicine - Outpatient Letter
| Patient | {pt['name']} |
| DOB | {dmy(pt['dob'])} |
| NHS No | {spaced(pt['nhs_number'])} |
| Clinic | Tuesday 21 May 2041 |
| Dictated | 21.05.41 |
| Typed | 2041-05-27 |
| Letter date | 27/05/2041 |
| Previous appointment | 19 Feb 41 |
| Next appointment | Tuesday 9 July 2041 |

Clinic date: 21/05/2041

Dear Dr Rowntree

Chronic cough and daytime sleepiness; spirometry on 19/02/2041 and again today within normal limits.

# Plan
- We have arranged a CT chest for Tuesday 4 June 2041 and will review the result in clinic.
- I have referred her directly to the sleep service at Aldermoor Royal Hospital for overnight oximetry.
- Please continue her salbutamol and beclometasone inhalers as before.

Dr Jerome Whitlock, Consultant Respiratory Physician
""", notes="Hard negative: the hospital arranges and reviews its own CT and refers on to the sleep service itself; "
             "green inhalers continued. Clinic 21/05, sent 08:00 on 28/05: exactly seven days, on time.")

# E01 ED: arrived 22:40 on Saturday 25 May, left 01:10 on the Sunday; GP asked to refer to fracture clinic and
# the patient told to get the final X-ray report from the GP.
pt = P("Ruby Fairclough", "732195", "2001-07-07")
letter(key="e01", prov="ald", dept=ED, kind="ed_letter", specialty="Emergency Medicine",
       clinician="Dr Owain Prescott", patient=pt, ev="2041-05-25", ld="2041-05-26", sent="2041-05-26 07:15",
       fmt="html", opts={"label_col": True, "alt": True}, subject="ED attendance letter - FAIRCLOUGH R", body=f"""
# Emergency Department Attendance Letter
| Patient | {pt['name']} |
| DOB | {dmy(pt['dob'])} |
| NHS No | {spaced(pt['nhs_number'])} |
| Arrived | 22:40, Saturday 25 May 2041 |
| Left department | 01:10, Sunday 26 May 2041 |
| Seen by | Dr Owain Prescott, ED Registrar |
| Letter generated | 2041-05-26 06:58 |

Date of attendance: 25/05/2041

Presenting complaint: fall on the outstretched right hand at about 21:30 on 25/05.
X-ray right wrist 25/05/2041 23:12: undisplaced distal radius fracture (preliminary reading by ED).
Treatment: backslab applied; co-codamol 30/500, 5 days supplied.

# Plan and requested actions
- GP to refer to the fracture clinic for review in 7-10 days.
- Patient advised to contact her GP for the final radiology report.
""", exp=[("onward_referral", "GP to refer to the fracture clinic for review in 7-10 days"),
          ("patient_redirected_to_gp", "Patient advised to contact her GP for the final radiology report")],
       notes="ED should refer a fracture on to fracture clinic itself: onward_referral; the patient is sent to the GP "
             "for the hospital's own X-ray report: patient_redirected_to_gp. event_date is the attendance (arrival) "
             "date, 25/05, although she left at 01:10 on 26/05.")

# D09 CCU: NSTEMI, discharged 18:40 on the bank holiday Monday, sent 09:15 next morning; everything arranged.
pt = P("Horace Lumb", "732201", "1940-03-03")
letter(key="d09", prov="ald", dept=CCU, kind="discharge_summary", specialty="Cardiology",
       clinician="Dr Sinead Carrick", patient=pt, ev="2041-05-27", ev_time="18:40", ld="2041-05-28",
       sent="2041-05-28 09:15", fmt="pdf", subject="Discharge summary - CCU - LUMB H", body=f"""
# DISCHARGE SUMMARY - CARDIOLOGY (CCU)
{idl(pt)}
| Admitted | 23/05/2041 06:10 (Thursday) via ED |
| Angiogram | 24.05.41 - PCI to LAD, one drug-eluting stent |
| Echo | 25 May 2041 - EF 50% |
| Discharged | 27/05/2041 18:40 (bank holiday Monday) |
| Summary completed | 28-May-2041 08:50 by Dr Sinead Carrick |

Diagnosis: NSTEMI, single-vessel disease, treated.

# Medication
- Aspirin 75 mg daily (lifelong) and clopidogrel 75 mg daily for 12 months (until 24/05/2042): 28 days supplied.
- Atorvastatin 80 mg and ramipril 2.5 mg: new, 28 days supplied.
- Bisoprolol 2.5 mg: new, 28 days supplied.

# Follow-up
- U&E after starting ramipril: booked in our cardiology nurse clinic on Tuesday 4 June 2041; the nurse will titrate ramipril.
- Cardiac rehabilitation referral made by the ward on 27/05/2041.
- Cardiology clinic: 2041-07-22 (we will write to him).

No GP actions.
""", notes="Hard negative: the hospital checks its own post-ramipril bloods, refers to cardiac rehab itself, 28 days "
             "supplied of everything. Discharged 18:40 on 27/05, sent 09:15 on 28/05: on time.")

# C11 independent provider DNA: discharged after one missed appointment; GP to re-refer; patient to ring GP.
pt = P("Brenda Halsall", "732218", "1959-06-19")
letter(key="c11", prov="cor", dept=FOOT, kind="clinic_letter", specialty="Trauma and Orthopaedics",
       clinician="Mr Gideon Ashworth", patient=pt, ev="2041-05-29", ld="2041-05-30", sent="2041-05-30 12:00",
       fmt="pdf", subject="Did not attend - foot and ankle clinic - HALSALL B", body=f"""
# NON-ATTENDANCE - ORTHOPAEDIC OUTPATIENTS
{idl(pt)}
Appointment: Wednesday 29 May 2041, 11:15 (first appointment, foot and ankle clinic)
Appointment date: 29/05/2041
Booked: 2041-04-30 via e-RS (your referral of 23.04.41); reminder SMS sent 28 May 41
Letter date: 30th May 2041

Dear Dr Rowntree

Mrs Halsall did not attend her first appointment with Mr Gideon Ashworth. In line with our policy she has been discharged from our service.
Please re-refer her via the e-Referral Service so that a new appointment can be offered.
We have written to her to say that she should contact her GP surgery to arrange a new appointment.

NHS Patient Services, Corvell
""", exp=[("dna_rereferral", "Please re-refer her via the e-Referral Service so that a new appointment can be "
           "offered"),
          ("patient_redirected_to_gp", "We have written to her to say that she should contact her GP surgery to "
           "arrange a new appointment")],
       notes="Discharge after one missed first appointment with a re-referral request: dna_rereferral; the patient "
             "is sent to the GP to rebook the provider's own appointment: patient_redirected_to_gp.")

# R01 endocrinology results: TFTs the hospital wants before its own clinic asked of the GP.
pt = P("Paulina Webberley", "732225", "1983-12-01")
letter(key="r01", prov="que", dept=ENDO, kind="results", specialty="Endocrinology",
       clinician="Dr Hamish Lockyer", patient=pt, ev=None, ld="2041-05-31", sent="2041-05-31 15:30",
       fmt="plain", subject="Results letter - thyroid function - WEBBERLEY P", body=f"""
{head("que", ENDO)}

RESULTS LETTER
{idl(pt)}
Letter date: 31/05/2041

Re: thyroid function tests taken in the endocrine clinic on 02/05/2041 (reported 3 May 41)
Clinic attended: Thursday 2 May 2041 (clinic letter sent 7 May 2041)

Results
  TSH        <0.01 mU/L
  Free T4    21.6 pmol/L (was 41.0 on 2041-03-14, when carbimazole was started)

Dear Dr Rowntree

Ms Webberley's Graves' thyrotoxicosis is improving on carbimazole 20 mg daily, which we prescribe; we have reduced it to 15 mg daily from 01.06.41 and posted her a new supply.
Please could you repeat her thyroid function tests in four weeks, around 28/06/2041, and send the results to us before her clinic on Monday 8 July 2041.

Dr Hamish Lockyer, Consultant Endocrinologist
""", exp=[("tests_for_hospital", "Please could you repeat her thyroid function tests in four weeks, around 28/06/2041, "
           "and send the results to us before her clinic on Monday 8 July 2041")],
       notes="Monitoring bloods the endocrinologist needs for his own dose decision at his next clinic passed to the "
             "GP: tests_for_hospital. A results letter, so event_date is null despite the clinic date it quotes.")

# D10 renal: discharged 12:10 on Monday 3 June, sent 11:58 next day (23 h 48 min): on time; long-standing
# mycophenolate handed to the GP with no shared-care agreement.
pt = P("Oliver Brackenbury", "732232", "1973-05-15")
letter(key="d10", prov="sal", dept=RENAL, kind="discharge_summary", specialty="Renal Medicine",
       clinician="Dr Priyanka Sandoval", patient=pt, ev="2041-06-03", ev_time="12:10", ld="2041-06-04",
       sent="2041-06-04 11:58", fmt="docx", subject="Discharge summary - Renal - BRACKENBURY O", body=f"""
# DISCHARGE SUMMARY - RENAL MEDICINE
{idl(pt)}
Admitted: Fri 31/05/41 20:35 via the Renal Assessment Unit
Discharged: 03/06/2041 at 12:10 (EPR timestamp 2041-06-03T12:10)
Date typed: 4 June 2041

Background: IgA nephropathy; mycophenolate mofetil prescribed by our renal clinic since March 2039.
Diagnosis: acute kidney injury after gastroenteritis (creatinine 212 on 01/06/2041, 148 on discharge; baseline 130 in Feb 41).

# Medication
| Medicine | Change | Supply |
| Ramipril 5 mg | withheld since 31/05; restart on Monday 10 June 2041 only after our renal nurse checks U&E on Friday 7 June 2041 | own supply |
| Mycophenolate mofetil 500 mg twice daily | unchanged | 14 days supplied |
| Sodium bicarbonate 500 mg three times daily | new | 28 days supplied |

# Actions for GP
Please could the GP take over the prescribing of mycophenolate mofetil 500 mg twice daily, which our renal clinic has supplied since March 2039, together with its monthly FBC monitoring.

Dr P Sandoval, Renal Registrar
""", exp=[("shared_care_without_agreement", "Please could the GP take over the prescribing of mycophenolate mofetil "
           "500 mg twice daily, which our renal clinic has supplied since March 2039, together with its monthly FBC "
           "monitoring")],
       notes="Prescribing and monitoring of a stable specialist (amber) immunosuppressant transferred with no "
             "shared-care agreement: shared_care_without_agreement. The renal nurse's own U&E before restarting "
             "ramipril is a decoy. Discharged 12:10 on 03/06, sent 11:58 on 04/06: 23 h 48 min, on time.")

# C12 community podiatry DNA: rebooked, not discharged: hard negative.
pt = P("Stanley Ormerod", "732249", "1946-11-22")
letter(key="c12", prov="har", dept=POD, kind="clinic_letter", specialty="Podiatry",
       clinician="Mr Julian Pettifer", patient=pt, ev="2041-06-04", ld="2041-06-05", sent="2041-06-05 09:30",
       fmt="plain", subject="Missed podiatry appointment - ORMEROD S", body=f"""
{head("har", POD)}

MISSED APPOINTMENT
{idl(pt)}

Missed appointment: Tuesday 4 June 2041, 10:40, Harnwell Health Centre
Appointment date: 04/06/2041
Last seen: 12.03.41 (diabetic foot review, high risk)
New appointment: Tuesday 18 June 2041 at 14:00 - letter posted to Mr Ormerod on 2041-06-05

Dear Dr Asante-Hale

Mr Ormerod did not attend on Tuesday. We do not discharge after a single missed appointment, and we have sent him a new one.
If he misses the new appointment we will telephone him, and you, before deciding whether to discharge.

No action is needed from the practice.

Mr Julian Pettifer, Specialist Podiatrist
""", notes="Hard negative: one missed appointment, rebooked by the service; the second-DNA sentence is about what "
             "the service itself will do. Sent the next day.")

# F01 colorectal 2WW triage: referral returned for a FIT test first: urgent.
pt = P("Desmond Ackroyd", "732256", "1949-08-08")
letter(key="f01", prov="ald", dept=COLO, kind="referral_response", specialty="Colorectal Surgery",
       clinician="Mr Rajesh Kilbride", patient=pt, ev=None, ld="2041-06-05", sent="2041-06-05 16:40",
       fmt="plain", subject="Referral returned - suspected lower GI cancer - ACKROYD D", body=f"""
{head("ald", COLO)}

REFERRAL RETURNED
{idl(pt)}

Referral: suspected lower GI cancer pathway, sent 03/06/2041 16:12, received 04.06.41
Triaged: 5 June 2041 by Mr Rajesh Kilbride, Consultant Colorectal Surgeon
Symptoms in the referral: change in bowel habit since March 2041; weight loss of 4 kg since 2041-01-15; Hb 104 g/L on 28/05/2041

This referral is being returned: please arrange a FIT test and re-refer with the result if it is 10 micrograms/g or more.
Referral status on e-RS: returned to referrer 05/06/2041 16:35.

Mr R Kilbride
""", exp=[("referral_returned_for_workup", "This referral is being returned: please arrange a FIT test and re-refer "
           "with the result if it is 10 micrograms/g or more")],
       urgent=True,
       notes="A suspected-cancer referral returned for the GP to do a test first: referral_returned_for_workup. "
             "Suspected-cancer step with anaemia and weight loss, so urgent (a bounce must not delay it). Local "
             "FIT-first pathways may differ.")

# F02 community MSK: referral not accepted, advice and guidance with work-up asked of the GP.
pt = P("Lorraine Ibbotson", "732263", "1970-02-27")
letter(key="f02", prov="har", dept=MSK, kind="referral_response", specialty="Musculoskeletal Service",
       clinician="Ms Kirsty Dunleavy", patient=pt, ev=None, ld="2041-06-10", sent="2041-06-10 11:20",
       fmt="html", opts={"label_col": True, "from": "Harnwell MSK Triage <hch.msktriage@nhs.net>"},
       subject="MSK referral outcome - IBBOTSON L", body=f"""
# Community MSK Service - Referral Outcome
| Patient | {pt['name']} |
| Date of birth | {dmy(pt['dob'])} |
| NHS number | {spaced(pt['nhs_number'])} |
| Referral received | 20/05/2041 |
| Triage date | 2041-06-07 |
| Outcome | Not accepted - advice and guidance |
| Triaged by | Ms Kirsty Dunleavy, Advanced Practitioner Physiotherapist |

Dear Dr Asante-Hale

Thank you for your referral of 17 May 41 (received 20/05/2041) for right knee pain since January 2041.
We have not accepted this referral; instead please arrange a standing X-ray of the right knee and a 6-week trial of the exercise programme attached, and re-refer if there is no improvement.

Kirsty Dunleavy, Harnwell Community Health MSK Service
""", exp=[("referral_returned_for_workup", "We have not accepted this referral; instead please arrange a standing "
           "X-ray of the right knee and a 6-week trial of the exercise programme attached, and re-refer if there is "
           "no improvement")],
       notes="Referral refused with advice and guidance and a request for imaging and treatment first: "
             "referral_returned_for_workup.")

# N01 community heart failure nurse clinic: everything done by the service: hard negative.
pt = P("Eileen Pocklington", "732270", "1941-05-05")
letter(key="n01", prov="har", dept=HF, kind="clinic_letter", specialty="Heart Failure Nursing",
       clinician="Mrs Gail Robertshaw", patient=pt, ev="2041-06-11", ld="2041-06-14", sent="2041-06-17 10:30",
       fmt="pdf", subject="Community heart failure clinic letter - POCKLINGTON E", body=f"""
# COMMUNITY HEART FAILURE SERVICE - CLINIC LETTER
{idl(pt)}
Clinic date: 11/06/2041 (home visit, Tuesday 11 June)
Letter typed 14.06.41; letter date 14 June 2041
Previous visits: 21/05/2041 and 2041-05-28
Referred by Aldermoor Royal Hospital cardiology on 14 May 41

Dear Dr Rowntree

Heart failure with reduced ejection fraction; weight stable at 61.2 kg, no oedema, NYHA II.
Bisoprolol increased by me from 2.5 mg to 3.75 mg on 11/06/2041; I have issued a 28-day supply as a non-medical prescriber.
U&E taken at the visit on 11/06; I will check the result and telephone Mrs Pocklington.
Next home visit: Tuesday 25 June 2041.

Furosemide 40 mg in the morning - continue. Please continue to issue her other repeat medicines as usual.
Should her breathlessness worsen she can be re-referred to us directly, or she can call our nurse line on 01632 960 418.

Mrs Gail Robertshaw, Heart Failure Specialist Nurse
""", notes="Hard negative: the service titrates, supplies and checks its own bloods; repeat green medicines and a "
             "conditional re-referral note. Visit 11/06, sent 17/06: six days, on time.")

# R02 diabetes clinic bloods: K+ 6.4, the practice asked to repeat within 24 h and stop drugs: urgent.
pt = P("Wilfred Tandy", "732287", "1947-04-01")
letter(key="r02", prov="sal", dept=DIAB, kind="results", specialty="Diabetes and Endocrinology",
       clinician="Dr Helena Marchbanks", patient=pt, ev=None, ld="2041-06-12", sent="2041-06-12 13:10",
       fmt="html", opts={"header": True, "from": "Helena Marchbanks <helena.marchbanks@nhs.net>"},
       subject="URGENT abnormal result - TANDY W - K+ 6.4", body=f"""
# Abnormal Result - Action Needed
{idl(pt)}
Bloods taken: 11/06/2041 10:05 in our diabetes clinic (reported 11 Jun 41 16:42)

| Test | 11/06/2041 | 19/03/2041 |
| Potassium | 6.4 mmol/L | 5.2 mmol/L |
| Creatinine | 162 umol/L | 118 umol/L |
| eGFR | 38 | 55 |

Dear Dr Rowntree

We have not been able to reach Mr Tandy by telephone on 11 June or this morning, Wednesday 12 June 2041.
Please could the practice repeat his U&E within 24 hours and stop his ramipril and spironolactone pending the result.
Next diabetes clinic: 2041-09-17.

Dr Helena Marchbanks, Consultant in Diabetes and Endocrinology, Saltmarsh Bay General Hospital
""", exp=[("results_chasing", "Please could the practice repeat his U&E within 24 hours and stop his ramipril and "
           "spironolactone pending the result")],
       urgent=True,
       notes="Hyperkalaemia on the hospital's own clinic bloods; acting on it (repeat, stop drugs) pushed to the "
             "practice: results_chasing. Time-critical, so urgent. Sent by the consultant from her own mailbox.")

# C13 independent provider six-week review: onward physiotherapy referral and an outcomes audit form.
letter(key="c13", prov="cor", dept=REVIEW, kind="clinic_letter", specialty="Trauma and Orthopaedics",
       clinician="Mr Piotr Halloran", patient=pt_okn, ev="2041-06-12", ld="2041-06-13", sent="2041-06-14 09:45",
       fmt="docx", subject="Post-operative review - OLLERENSHAW K", body=f"""
# POST-OPERATIVE REVIEW CLINIC
{idl(pt_okn)}
Clinic date: 12/06/2041 (six-week review)
Operation: right total knee replacement on Saturday 4 May 2041 (04/05/2041); discharged 06.05.41
Letter dictated 12.06.41, typed 13 June 2041

Dear Dr Asante-Hale

Wound healed. Range of movement 0-105 degrees; walking without aids since 2041-06-01. X-ray today satisfactory.

# Plan
- Our outpatient physiotherapy package (six sessions, 10/05/2041 to 07/06/2041) has finished.
- Please refer him to community physiotherapy for ongoing knee rehabilitation.
- Please complete the enclosed Corvell outcomes audit form (GP data sheet and Oxford Knee Score section) and return it to us by 30/06/2041.
- One-year review in May 2042, which we will book.

Mr P Halloran
""", exp=[("onward_referral", "Please refer him to community physiotherapy for ongoing knee rehabilitation"),
          ("non_contractual_admin", "Please complete the enclosed Corvell outcomes audit form (GP data sheet and Oxford "
           "Knee Score section) and return it to us by 30/06/2041")],
       notes="Onward referral for the same condition left to the GP: onward_referral; the provider's own outcomes "
             "audit form sent for the practice to complete: non_contractual_admin. Same patient as the 06/05 "
             "discharge; sent two days after the clinic.")

# R03 endoscopy histology: patient told and treated by the hospital: hard negative.
pt = P("Joanna Pelham", "732294", "1978-09-09")
letter(key="r03", prov="que", dept=ENDOSC, kind="results", specialty="Gastroenterology",
       clinician="Dr Adaeze Cromwell", patient=pt, ev=None, ld="2041-06-14", sent="2041-06-14 15:00",
       fmt="docx", subject="Histology result - for information - PELHAM J", body=f"""
# HISTOLOGY RESULT - FOR INFORMATION ONLY
{idl(pt)}
Gastroscopy: 29/05/2041 (Wednesday 29 May), biopsies from antrum and body
Histology reported: 12.06.41
Letter date: 14 June 2041

Result: Helicobacter pylori gastritis; no intestinal metaplasia or dysplasia.

We wrote to Mrs Pelham on 14/06/2041 with the result. Eradication therapy was dispensed by our pharmacy and collected on 13 Jun 41.
Test of cure: our endoscopy nurses will arrange a urea breath test for 2041-08-12.
No action is needed from the GP.

Dr Adaeze Cromwell, Consultant Gastroenterologist
""", notes="Hard negative: the hospital tells the patient its own result, supplies treatment and arranges the test of "
             "cure; 'for information only'.")

# F03 ENT referral accepted and booked: hard negative.
pt = P("Trevor Gillingham", "732300", "1964-12-24")
letter(key="f03", prov="sal", dept=ENT, kind="referral_response", specialty="ENT",
       clinician="Dr Lucinda Farquharson", patient=pt, ev=None, ld="2041-06-14", sent="2041-06-17 09:05",
       fmt="plain", subject="Referral accepted - ENT - GILLINGHAM T", body=f"""
{head("sal", ENT)}

REFERRAL ACKNOWLEDGEMENT - ACCEPTED
{idl(pt)}

Referral received: 10/06/2041 (your letter dated Friday 7 June 2041)
Triaged: 13.06.41 by Dr Lucinda Farquharson - accepted, routine
Letter date: 14 June 2041
First appointment: Monday 15 July 2041 at 09:40, ENT Clinic B - booked; letter posted to Mr Gillingham on 2041-06-14
Hearing test: booked for the same morning in our audiology department

Queries about the appointment: ENT booking office 0117 496 0290 (Mr Gillingham has been given this number).
No further action is needed from the practice.
""", notes="Hard negative: referral accepted and booked, hearing test arranged, appointment queries handled by the "
             "hospital's own booking office.")

# E02 ED: arrived 23:30 on Saturday 15 June, left 02:05; all arranged by ED: hard negative.
pt = P("Nathan Briggstock", "732317", "1995-03-18")
letter(key="e02", prov="que", dept=ED, kind="ed_letter", specialty="Emergency Medicine",
       clinician="Dr Farah Whitcombe", patient=pt, ev="2041-06-15", ld="2041-06-16", sent="2041-06-16 08:40",
       fmt="html", opts={"label_col": True}, subject="ED discharge letter - BRIGGSTOCK N", body=f"""
# Emergency Department Discharge Letter
| Patient | {pt['name']} |
| DOB | {dmy(pt['dob'])} |
| NHS No | {spaced(pt['nhs_number'])} |
| Arrived | 23:30, Saturday 15 June 2041 |
| Left department | 02:05, Sunday 16 June 2041 |
| Clinician | Dr Farah Whitcombe, ED Consultant |

Date of attendance: 15/06/2041

Injury: 5 cm laceration to the left forearm from broken glass at about 22:50 on 15/06; no tendon injury.
Treatment: wound closed with six sutures in ED; tetanus booster given (last dose 2029).
Suture removal: at our ED dressing clinic on Monday 24 June 2041 at 10:00 (booked).
Fit note: issued in the department on 16/06/2041 for 7 days.
Hand therapy: referred directly by us; the hand therapy team will send an appointment.
No GP action required.
""", notes="Hard negative: sutures removed in the ED's own clinic, fit note already issued, hand therapy referral made "
             "by ED. Attendance date is the arrival date, 15/06.")

# ====================================================================== 'other' messages

other(key="o01", sent="2041-04-02 08:10", type="ooo", notes="Out-of-office reply from an AMU secretary.",
      frm="Meera Lodge <meera.lodge@saltmarshbay.nhs.uk>", subject="Automatic reply: discharge query 30/03",
      body="Thank you for your e-mail. I am out of the office from Monday 1 April 2041 and back on Monday 8 April "
           "2041.\nQueries about discharges from 28/03/2041 onwards: AMU coordinator, 0117 496 0282.\n")
other(key="o02", sent="2041-04-10 09:00", type="html_bulletin", notes="ICB interface bulletin (bulk).",
      frm="Penmorrow and Saltmarsh ICB Primary Care <primarycare@penmorrow-icb.example>",
      subject="Interface Bulletin - April 2041",
      body="<html><body><h2>Interface Bulletin</h2><p>10 April 2041</p><ul>"
           "<li>Reminder to providers: discharge summaries within 24 hours, clinic letters within 7 days.</li>"
           "<li>The clocks went forward on Sunday 31 March 2041: letter times since then are in BST.</li>"
           "<li>Next interface group meeting: Thursday 9 May 2041.</li></ul>"
           "<p>You receive this bulletin because your practice is on the ICB distribution list.</p>"
           "</body></html>\n")
other(key="o03", sent="2041-04-19 21:40", type="patient", notes="A patient's own e-mail; nothing to detect.",
      frm="Gareth Mossop <gareth.mossop@example.com>", subject="sick note after my op",
      body="Hello\n\nI came out of hospital on Sunday 14th after my hernia op on the 12th. The discharge letter says "
           "14/04 but I think they sent it on the 16th. Can I get a sick note from 15 April? I'm back at work on "
           "6 May.\n\nThanks\nGareth Mossop\n07700 900318\n")
other(key="o04", sent="2041-04-27 03:12", type="phish", notes="Phishing pretending to be an NHSmail notice.",
      frm="NHSmail Service Desk <notice@nhsmail-renewal.example.net>",
      subject="ACTION REQUIRED by 28/04/2041: 23 clinical letters on hold",
      body="Your mailbox certificate expired on 2041-04-26. 23 clinical letters dated 19/04/2041 to 26/04/2041 are "
           "on hold.\nRe-validate before 28 April 2041 23:59 to release them:\nhttp://nhsmail-renewal.example.net/"
           "validate\n")
other(key="o05", sent="2041-05-06 12:00", type="dsn", notes="Non-delivery report.",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>", subject="Undeliverable: RE: fit note request 02/05/2041",
      body="Delivery has failed to these recipients or groups:\n\nsau.secretaries@quenbycross.nhs.uk\nThe e-mail "
           "address you entered couldn't be found.\n", rcpt="sau.secretaries@quenbycross.nhs.uk")
other(key="o06", sent="2041-05-15 07:30", type="bulletin", notes="LMC newsletter (bulk) quoting request wording.",
      frm="Penmorrow LMC <news@penmorrow-lmc.example.org>", subject="LMC News - May 2041",
      body="PENMORROW LMC NEWS - 15 MAY 2041\n\n1 Late letters: we still see clinic letters typed three weeks after "
           "the clinic and 'GP to remove clips'.\n2 Our template letters were updated on 01/05/2041.\n3 AGM: "
           "Wednesday 19 June 2041, 19:30, Harnwell Institute.\n\nTo unsubscribe reply UNSUBSCRIBE.\n")
other(key="o07", sent="2041-05-22 10:15", type="spam", notes="Marketing e-mail.",
      frm="Clinidate Software <sales@clinidate.example.com>", subject="Never miss a letter deadline again",
      body="Dear Practice Manager,\n\nClinidate tracks every hospital letter date for you. Free trial until "
           "30/06/2041.\n\nReply STOP to opt out.\n")
other(key="o08", sent="2041-06-03 16:00", type="massmail", notes="Trust mass mailing to all practices (bulk).",
      frm="Quenby Cross Hospitals Communications <comms@quenbycross.nhs.uk>",
      subject="For information: EPR downtime Sunday 9 June 2041",
      body="FOR INFORMATION - SENT TO ALL GP PRACTICES\n\nOur EPR will be unavailable on Sunday 9 June 2041 from "
           "00:00 to 04:00. Letters dictated during that time may show a typed date later than the clinic date. No "
           "action is needed.\n")
other(key="o09", sent="2041-06-11 12:45", type="ooo", notes="Out-of-office reply from a consultant's secretary.",
      frm="Judith Aske <judith.aske@aldermoorvane.nhs.uk>", subject="Automatic reply: referral 03/06/2041",
      body="I am on leave from 10/06/2041 until Monday 17 June 2041.\nFor colorectal triage queries please call "
           "0121 496 0640.\n")
other(key="o10", sent="2041-06-18 20:10", type="patient", notes="A carer's e-mail about a hospital appointment.",
      frm="Sandra Kinsella <s.kinsella@example.com>", subject="dads blood test",
      body="Hi\n\nDad was told on 9 May the hospital would do his bloods on the 16th. He went, but nobody has told "
           "us the result. Should we ring the ward?\n\nSandra (daughter)\n")


# ====================================================================== rendering and checks

MARKING = {"sal": "OFFICIAL-SENSITIVE: PERSONAL", "ald": "CONFIDENTIAL - PATIENT IDENTIFIABLE",
           "que": "NHS CONFIDENTIAL", "har": "OFFICIAL-SENSITIVE", "cor": "PRIVATE AND CONFIDENTIAL (NHS patient)"}
COLOUR = {"sal": "#00587a", "ald": "#5a2d82", "que": "#2b6e3f", "har": "#7a4b00", "cor": "#333333"}


def house(L: dict, p: dict) -> dict:
    """Each provider's colour and protective marking in a plain table-letterhead frame."""
    c = COLOUR[L["prov"]]
    return dict(heading=f'<h3 style="font-size:11pt;color:{c};margin:10px 0 4px 0">{{}}</h3>',
                cell=f'style="border:1px solid {c};padding:2px 6px;vertical-align:top"',
                font="Verdana,Arial,sans-serif", marking=MARKING[L["prov"]],
                footer=f"{html.escape(p['name'])} - sent by {html.escape(p['mailer'])}.")


MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
MON = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
DATE_FORMS = {
    "dd/mm/yyyy": r"\b\d{2}/\d{2}/\d{4}\b",
    "dd/mm/yy": r"\b\d{1,2}/\d{2}/\d{2}\b(?![/\d])",
    "dd/mm": r"\b(?:0?[1-9]|[12]\d|3[01])/(?:0[1-9]|1[0-2])\b(?![/\d])",
    "dotted": r"\b\d{1,2}\.\d{1,2}\.\d{2}(?:\d{2})?\b",
    "iso": r"\b20\d{2}-\d{2}-\d{2}",
    "day month": rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:{MONTHS})\b",
    "dd Mon yy": rf"\b\d{{1,2}}[ -](?:{MON})[ -]\d{{2}}(?:\d{{2}})?\b",
    "weekday": r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day \d{1,2}",
}
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WD_LONG = rf"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? (\d{{1,2}})(?:st|nd|rd|th)? ({MONTHS})(?: (\d{{4}}))?"
WD_NUM = r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]* (\d{2})/(\d{2})/(\d{2}|\d{4})\b"


def weekday_errors(lid: str, text: str) -> list[str]:
    """Every 'Weekday date' the text states falls on that weekday (a year left out is 2041)."""
    errors = []
    months = MONTHS.split("|")
    found = [(m.group(1), int(m.group(4) or 2041), months.index(m.group(3)) + 1, int(m.group(2)))
             for m in re.finditer(WD_LONG, text)]
    found += [(m.group(1), int(m.group(4)) % 100 + 2000, int(m.group(3)), int(m.group(2)))
              for m in re.finditer(WD_NUM, text)]
    for wd, y, mo, d in found:
        if WEEKDAYS[dt.date(y, mo, d).weekday()] != wd:
            errors.append(f"{lid}: {wd} does not fall on {d:02d}/{mo:02d}/{y}")
    return errors


def own(lid: str, lab: dict, text: str) -> list[str]:
    """This corpus's promises for each letter: dates everywhere (at least six date mentions in at least four
    forms) and every letter without findings noted as a hard negative."""
    errors = []
    forms = {name: len(re.findall(rx, text)) for name, rx in DATE_FORMS.items()}
    used = [name for name, n in forms.items() if n]
    if sum(forms.values()) < 6 or len(used) < 4:
        errors.append(f"{lid}: too few dates ({sum(forms.values())}) or forms ({used})")
    if not lab["expected"] and "hard negative" not in lab["notes"].lower():
        errors.append(f"{lid}: letter without findings should be noted as a hard negative")
    return errors


def corpus_checks(labels: list[dict], items: list[kit.Item]) -> list[str]:
    """The kit's checks plus this corpus's timing promises: at least four late letters of each kind and four
    on-time letters of each kind close to the limit (discharge summaries sent 23 to 24 hours after discharge,
    clinic letters on the seventh day); two events before the clock change whose letters went out after it; at
    least four letters whose event or sending falls within an hour of midnight; late discharge evidence that
    gives the time; at least a third of the letters hard negatives; and in every message, letters and others
    alike, weekdays that agree with the calendar."""
    errors = C.checks(labels, items, urgent=(2, 3), others=10, own=own,
                      each=lambda lid, _lab, _item, texts: weekday_errors(lid, " ".join(map(kit.collapse, texts))))
    errors += kit.check_negatives(labels) + kit.check_late_counts(labels, 4)
    days, hours = kit.sent_after(labels, items, tz=TZ)  # real hours: two discharges lie before the clock change
    for k, n in (("discharge_summary", sum(23 <= h <= 24 for h in hours)), ("clinic_letter", days.count(7))):
        if n < 4:
            errors.append(f"fewer than four on-time {k}s close to the limit")
    before_change = midnight = 0
    for lab, (kind, item, sent) in zip(labels, items, strict=True):
        if kind != "L" or not lab["event_date"]:
            continue
        ds = lab["kind"] == "discharge_summary"
        start = dt.datetime.fromisoformat(f"{item['ev']} {item['ev_time'] if ds else '12:00'}").replace(tzinfo=TZ)
        for e in lab["expected"]:
            if e["category"] == "late_discharge_summary" and not (
                    item["ev_time"] in e["evidence"] or item["ev_time"].replace(":", "") in e["evidence"]):
                errors.append(f"{lab['id']}: late discharge evidence without the discharge time")
        before_change += start < CLOCK_CHANGE <= sent
        midnight += any(t.hour in (23, 0) for t in ((start,) if ds else ()) + (sent.astimezone(TZ),))
    if before_change < 2:
        errors.append("fewer than two events before the clock change")
    if midnight < 4:
        errors.append("fewer than four letters around midnight")
    return errors


if __name__ == "__main__":
    sys.exit(C.run(sys.argv[1:], house=house, checks=corpus_checks, negatives="hard negatives"))
