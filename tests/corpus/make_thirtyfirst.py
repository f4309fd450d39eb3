#!/usr/bin/env python3
"""Build the thirty-first (independent, held-out) corpus: tests/corpus/thirtyfirst/.

Style: forms, tick boxes and templates.  Electronic discharge, outpatient-outcome, triage and results systems
write to the practice in structured fields rather than prose: tick boxes rendered as text ("☒ GP to prescribe
☐ Hospital to supply", "[X] Practice nurse at day 10"), key-value templates ("Fit note issued: No - GP to
issue", "Results awaited - responsible clinician: GP - ..."), medication tables with "Supplied (days)", "Who
continues" and "Monitoring required" columns, and small free-text boxes.  The hard negatives use the same
forms with the boxes ticked for the provider ("GP action required: No", "Fit note issued: Yes (2 weeks)",
"Supplied: 28 days", "Results awaited - responsible clinician: Dr X (consultant)").

The invented practice is Linthorpe Road Surgery.  The invented providers are three acute trusts (Hartsmoor,
Ollerbrook and Fenwick, Cawdmoor), a community trust (Brindle Vale) and an independent-sector treatment centre
(Kingsmead Surgical Partners).  Formats: plain text, HTML (tables; some with a text alternative), PDF and DOCX
attachments.  PDF letters use ASCII boxes ("[X]", "[ ]") because the PDF's standard font has no ballot-box
glyphs; the other formats use both styles.  Ten messages are not letters.

Everything is invented; NHS numbers are 999-range with a valid Modulus 11 check digit; telephone numbers are in
Ofcom drama ranges.  Every date falls between 14 January and 22 February 2041, inside Greenwich Mean Time, so
every Date header is +0000.  The build is deterministic.

    python3 tests/corpus/make_thirtyfirst.py            # build, then verify
    python3 tests/corpus/make_thirtyfirst.py --verify-only
"""
from __future__ import annotations

import datetime as dt
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus_kit as kit  # noqa: E402
from corpus_kit import patient as P  # noqa: E402

PRACTICE = "Linthorpe Road Surgery"
GP1 = "Dr Niamh Okonedo-Barr"
GP2 = "Dr Rupert Afolayan"

PROV = {
    "hts": dict(
        name="Hartsmoor Teaching Hospitals NHS Foundation Trust", site="Hartsmoor General Infirmary",
        addr=["Wellgate Road", "Hartsmoor", "HM3 8TR"], phone="0114 496 0200", domain="hartsmoor.nhs.uk",
        sender="Hartsmoor eDischarge and Letters <edocs@hartsmoor.nhs.uk>", mailer="Hartsmoor EDS 5.2",
        colour="#1d4f91"),
    "olf": dict(
        name="Ollerbrook and Fenwick Hospitals NHS Trust", site="Fenwick District General Hospital",
        addr=["Tollbar Lane", "Fenwick", "FW6 2LP"], phone="0115 496 0300", domain="ollerbrook-fenwick.nhs.uk",
        sender="OFH Clinical Correspondence <correspondence@ollerbrook-fenwick.nhs.uk>",
        mailer="OFH ClinDoc Gateway 3.4", colour="#7a1f3d"),
    "caw": dict(
        name="Cawdmoor University Hospitals NHS Trust", site="Cawdmoor Royal Hospital",
        addr=["Minster Way", "Cawdmoor", "CW1 4QX"], phone="0121 496 0400", domain="cawdmoor-uh.nhs.uk",
        sender="Cawdmoor UH Outbound Documents <outbound.docs@cawdmoor-uh.nhs.uk>", mailer="CUH ePR Outbound 9.1",
        colour="#005c53"),
    "bvc": dict(
        name="Brindle Vale Community Health NHS Trust", site="Brindle Vale Community Hospital",
        addr=["Quarry Hill", "Brindle Vale", "BV2 7NE"], phone="0118 496 0500", domain="brindlevale-ch.nhs.uk",
        sender="Brindle Vale Community Health <community.docs@brindlevale-ch.nhs.uk>",
        mailer="BVCH Community Docs 2.0", colour="#3b6e22"),
    "asp": dict(
        name="Kingsmead Surgical Partners Ltd", site="Kingsmead Treatment Centre",
        addr=["Kingsmead Business Park", "Hartsmoor", "HM9 1KS"], phone="01632 960 611",
        domain="kingsmead-surgical.example.co.uk",
        sender="Kingsmead Treatment Centre <nhs.correspondence@kingsmead-surgical.example.co.uk>",
        mailer="KSP PatientFlow Mailer 1.7", colour="#5a3d8a"),
}
COVER = {
    "hts": ("{trust}\n{dept}\n\nAn electronic {doctype} has been generated for a patient registered with your "
            "practice and is attached.\nDocument reference: {ref}\n\nThis mailbox is not monitored.\n"),
    "olf": ("{trust} - {dept}\n\nPlease find the attached {doctype}.\nRef: {ref}\n\nDo not reply to this "
            "address; contact details are on the document.\n"),
    "caw": ("{trust}\n{dept}\n\nAttached: {doctype} ({ref}).\n\nThis message was sent automatically by the "
            "Cawdmoor electronic patient record.\n"),
    "bvc": ("{trust}\n{dept}\n\nPlease see the attached {doctype} for your patient.\nReference {ref}\n"),
    "asp": ("{trust}\n{dept}\n\nProviding NHS-funded care. The attached {doctype} ({ref}) is for the patient's "
            "GP record.\n\nReplies to this mailbox are not read.\n"),
}
C = kit.Corpus("thirtyfirst", "t31", f"{PRACTICE} <linthorpe.roadsurgery@nhs.net>", PROV, cover=COVER,
               window=("2041-01-14", "2041-02-22"), utc_hours=0, tz=dt.UTC)
letter, other = C.letter, C.other
idl = kit.idline


def head(p: str, dept: str) -> str:
    """The letterhead a plain-text letter types at its top."""
    pr = PROV[p]
    return f"{pr['name']}\n{dept}\n{pr['site']}, {', '.join(pr['addr'])}\nTel: {pr['phone']}"


# departments
HTS_AMU = "Acute Medical Unit"
HTS_SURG = "General Surgery - Ward 31"
HTS_DERM = "Dermatology Outpatients"
HTS_URO = "Urology Outpatients"
HTS_ENDO = "Endocrinology and Diabetes Centre"
HTS_HAEM = "Haematology Department"
HTS_ED = "Emergency Department"
OLF_ED = "Emergency Department"
OLF_HAEM = "Haematology Outpatients"
OLF_GYN = "Gynaecology Outpatients"
OLF_RESP = "Respiratory Medicine - Ward 7"
OLF_URO = "Urology - Raised PSA Pathway"
OLF_COE = "Care of the Elderly - Ward 3"
OLF_CARD = "Cardiology Referral Triage"
CAW_RHEUM = "Rheumatology Outpatients"
CAW_CARD = "Cardiology - Coronary Care Unit"
CAW_GASTRO = "Gastroenterology"
CAW_RESP = "Respiratory Medicine and Radiology"
CAW_NEURO = "Neurology Outpatients"
CAW_ARR = "Arrhythmia Service"
CAW_AMU = "Acute Medical Unit"
BVC_HF = "Community Heart Failure Service"
BVC_MSK = "MSK Clinical Assessment and Triage Service"
BVC_WARD = "Larkspur Ward, Brindle Vale Community Hospital"
BVC_VAS = "Community Vasectomy Service"
BVC_AUD = "Children's Community Audiology"
ASP_ORTHO = "Day Surgery - Orthopaedics"
ASP_EYE = "Cataract Service"
ASP_GS = "Day Surgery - General Surgery"
ASP_JRU = "Joint Replacement Unit"

# ====================================================================== provider letters

# L01 PE discharge: apixaban supplied for 5 days with the rest to the GP; antiphospholipid result to the GP
pt = P("Gideon Harrowell", "731004", "1968-04-22")
letter(key="l01", prov="hts", dept=HTS_AMU, kind="discharge_summary", specialty="Acute Medicine",
       clinician="Dr Ignatius Parfitt-Lowe", patient=pt, ev="2041-01-14", ev_time="11:20", ld="2041-01-15",
       sent="2041-01-15 09:05", fmt="html", opts={"header": True, "alt": True},
       subject="Electronic Discharge Summary - HARROWELL, Gideon", body=f"""
# Electronic Discharge Summary
{idl(pt)}
Admission date: 11/01/2041
Discharge date/time: 14/01/2041 11:20
Ward: Ward 14 (Acute Medical Unit)
Consultant: Dr Ignatius Parfitt-Lowe
Discharge destination: Usual residence

# Diagnosis
Primary: Bilateral pulmonary emboli (CTPA 11/01/2041); no right heart strain
Co-morbidities: Hypertension; osteoarthritis of both knees

# Medication changes
| Medicine | Dose | Status | Supplied (days) | Who continues |
| Apixaban | 10 mg bd for 7 days, then 5 mg bd | NEW | 5 | GP to prescribe from day 6 |
| Amlodipine | 5 mg od | Unchanged | 0 (own supply) | GP |
| Paracetamol | 1 g qds prn | Unchanged | 0 (own supply) | GP |

# Investigations pending
Antiphospholipid antibody screen (sent 12/01/2041)
Results awaited - responsible clinician: GP - please review and act on result

# Follow-up
Follow-up: ☐ None ☐ GP ☒ OPD (VTE clinic 3/12 - hospital will book)
GP action required: Yes - see medication table and investigations pending

Completed by: Dr Hollis Brandreth, FY1, for Dr Ignatius Parfitt-Lowe
""", exp=[("hospital_only_prescribing", "Apixaban 10 mg bd for 7 days, then 5 mg bd NEW 5 GP to prescribe from day 6"),
          ("results_chasing", "Results awaited - responsible clinician: GP - please review and act on result")],
       notes="EDS form: a new anticoagulant supplied for 5 days with the GP to prescribe from day 6 (under 7 days "
             "on discharge); an antiphospholipid screen the ward sent is left to the GP to review and act on. "
             "VTE clinic booked by the hospital: negative. Discharge 11:20, sent 09:05 next day (21 h 45 min).")

# L02 appendicectomy: sutures and fit note to the GP; summary sent 41 h 50 min after discharge (late)
pt = P("Kerensa Polglaze", "731011", "1994-09-03")
letter(key="l02", prov="hts", dept=HTS_SURG, kind="discharge_summary", specialty="General Surgery",
       clinician="Miss Perpetua Okonjo-Hale", patient=pt, ev="2041-01-15", ev_time="16:40", ld="2041-01-17",
       sent="2041-01-17 10:30", fmt="pdf", subject="Surgical discharge summary", body=f"""
# Surgical Discharge Summary
{idl(pt)}
Admitted: 13/01/2041 via Surgical Assessment Unit
Date/time of discharge: 15/01/2041 16:40
Consultant: Miss Perpetua Okonjo-Hale, Consultant General Surgeon
Procedure: Laparoscopic appendicectomy 13/01/2041 (three port sites)
Histology: sent; the surgical team will review it and write to the patient

# Wound and sutures
Sutures: non-absorbable, removal by: Practice nurse at day 10
Dressings: [ ] District nurse [ ] Ward [X] Self-care (advice leaflet given)

# Medication on discharge (TTO)
| Medicine | Dose | Supplied (days) | Who continues |
| Paracetamol | 1 g qds prn | 7 | Patient to buy if needed |
| Ibuprofen | 400 mg tds with food prn | 7 | Stop after 7 days |

# Work and driving
Occupation: Delivery driver
Fit note issued: No - GP to issue
Expected return to work: 2-4 weeks; no driving for 1 week

# Follow-up
Follow-up: [X] None [ ] GP [ ] OPD
GP action required: Yes - suture removal and fit note (see above)
""", exp=[("late_discharge_summary", "Date/time of discharge: 15/01/2041 16:40"),
          ("post_procedure_care", "Sutures: non-absorbable, removal by: Practice nurse at day 10"),
          ("fit_note", "Fit note issued: No - GP to issue")],
       notes="PDF template. Suture removal after the team's own operation assigned to the practice nurse; no fit "
             "note issued after surgery and the GP left to issue it. Discharge 15/01 16:40, sent 17/01 10:30: "
             "41 h 50 min, late. Histology reviewed by the surgeons and 7-day TTO: negatives.")

# L03 rheumatology: stable methotrexate handed to the GP with monitoring, no shared-care agreement; 7 days exactly
pt = P("Ffion Latimer-Dodd", "731028", "1979-12-11")
letter(key="l03", prov="caw", dept=CAW_RHEUM, kind="clinic_letter", specialty="Rheumatology",
       clinician="Dr Rosamund Achterberg", patient=pt, ev="2041-01-16", ld="2041-01-21", sent="2041-01-23 12:10",
       fmt="docx", subject="Rheumatology outpatient outcome", body=f"""
# Rheumatology Outpatient Clinic - Structured Letter
{idl(pt)}
Clinic date: 16/01/2041
Consultant: Dr Rosamund Achterberg, Consultant Rheumatologist
Letter typed: 21/01/2041

Diagnosis: Seropositive rheumatoid arthritis (diagnosed 09/2040)
Disease activity: DAS28-CRP 2.4 (low), improving

# Medication
| Medicine | Dose | Started | Who continues | Monitoring required |
| Methotrexate | 20 mg once weekly (Fridays) | 10/2040 (hospital) | GP to prescribe from next month | FBC, U&E, LFT every 12 weeks - GP |
| Folic acid | 5 mg once weekly (not on methotrexate day) | 10/2040 | GP | None |

Shared care agreement: Not sent
Blood monitoring to date: rheumatology day unit

# Plan
Free text: Dose stable for 8 weeks with normal bloods. Flu and pneumococcal vaccines advised.
Follow-up: ☐ None ☐ GP ☒ OPD 6/12 (hospital will book)
GP action required: Yes
""", exp=[("shared_care_without_agreement", "Methotrexate 20 mg once weekly (Fridays) 10/2040 (hospital) GP to "
           "prescribe from next month FBC, U&E, LFT every 12 weeks - GP")],
       notes="DOCX medication table hands a stable methotrexate over to the GP for prescribing and 12-weekly "
             "monitoring with 'Shared care agreement: Not sent'. Folic acid to GP: ordinary. Clinic 16/01, sent "
             "23/01: exactly 7 days, on time.")

# L04 ED suspected scaphoid: repeat X-ray and fit note to the GP
pt = P("Callum Vantreight", "731035", "1999-02-17")
letter(key="l04", prov="olf", dept=OLF_ED, kind="ed_letter", specialty="Emergency Medicine",
       clinician="Dr Keziah Mortlake", patient=pt, ev="2041-01-18", ld="2041-01-18", sent="2041-01-19 06:30",
       fmt="plain", subject="ED discharge letter", body=f"""
{head("olf", OLF_ED)}

EMERGENCY DEPARTMENT DISCHARGE LETTER (auto-generated)
{idl(pt)}
Attendance date: 18/01/2041   Arrival: 13:52   Departure: 17:40
Seen by: Dr Keziah Mortlake, ED Registrar

Presenting complaint: Fall on outstretched right hand playing football
Diagnosis: Clinically suspected right scaphoid fracture; first scaphoid
  views show no fracture
Treatment: Futuro splint applied; analgesia advice given

Follow-up: [ ] None [X] GP [ ] Fracture clinic [ ] ED review clinic
GP actions: Please request repeat scaphoid X-rays at 10-14 days.
Fit note: [ ] Issued in ED [X] Patient advised to obtain from GP
Occupation: warehouse operative (unable to lift)

Safety-netting: return to ED if numbness, colour change or severe pain.
""", exp=[("tests_for_hospital", "Please request repeat scaphoid X-rays at 10-14 days."),
          ("fit_note", "Fit note: [ ] Issued in ED [X] Patient advised to obtain from GP")],
       notes="Plain-text ED form: the repeat imaging the ED's own suspected-scaphoid pathway needs is sent to the "
             "GP, and the fit-note box is ticked for the GP after a hospital assessment. Safety-netting: negative.")

# L05 day-case arthroscopy: hard negative; summary 23 h 45 min after discharge
pt = P("Bartholomew Eskdale", "731042", "1975-06-30")
letter(key="l05", prov="asp", dept=ASP_ORTHO, kind="discharge_summary", specialty="Trauma and Orthopaedics",
       clinician="Mr Lucian Abernethy-Cole", patient=pt, ev="2041-01-17", ev_time="15:10", ld="2041-01-18",
       sent="2041-01-18 14:55", fmt="pdf", subject="Day case discharge record", body=f"""
# Day Case Discharge Record
{idl(pt)}
Procedure date: 17/01/2041
Discharged: 17/01/2041 at 15:10
Surgeon: Mr Lucian Abernethy-Cole, Consultant Orthopaedic Surgeon
Procedure: Right knee arthroscopy and partial medial meniscectomy

# Wound
Sutures: absorbable - no removal needed
Wound check: [ ] Practice nurse [X] Kingsmead nurse clinic, day 7 (booked 24/01/2041)

# Medication on discharge
| Medicine | Dose | Supplied (days) | Who continues |
| Co-codamol 30/500 | 1-2 tablets qds prn | 14 | Course complete - no further supply |
| Naproxen with omeprazole | 500 mg bd / 20 mg od | 14 | Course complete |

# Work
Fit note issued: Yes (2 weeks)

# Follow-up
Physiotherapy: [X] Kingsmead physio - first appointment booked
Follow-up: [ ] None [ ] GP [X] OPD 6/52 (Kingsmead)
GP action required: No
""", notes="Hard negative in the same form: absorbable sutures, wound check booked at the centre, 14 days' supply, "
             "fit note issued, physio and OPD booked, 'GP action required: No'. Discharge 17/01 15:10, sent 18/01 "
             "14:55: 23 h 45 min, on time.")

# L06 community heart failure nurse: hard negative
pt = P("Agatha Pennycook", "731059", "1941-10-09")
letter(key="l06", prov="bvc", dept=BVC_HF, kind="clinic_letter", specialty="Cardiology",
       clinician="Mrs Delphine Ashworth-Kaye", patient=pt, ev="2041-01-21", ld="2041-01-22",
       sent="2041-01-22 15:20", fmt="html", opts={"label_col": True},
       subject="Heart failure home visit record", body=f"""
# Community Heart Failure Service - Home Visit Record
{idl(pt)}
Visit date: 21/01/2041
Heart failure nurse: Mrs Delphine Ashworth-Kaye, Heart Failure Nurse Specialist

| Weight: | 78.4 kg (dry weight 78 kg) |
| BP / HR: | 118/70, 64 regular |
| Medication changes: | Bisoprolol increased from 3.75 mg to 5 mg od under the HF titration protocol |
| Prescription: | 28 days issued by HF nurse prescriber; please continue bisoprolol 5 mg od on repeat thereafter |
| Bloods: | ☐ GP ☒ HF nurse - U&E taken at this visit; I will act on the result |
| Next visit: | 2/52 (HF service) |
| GP action required: | No |
""", notes="Hard negative: HF nurse prescribed 28 days and did the bloods herself; continuing a green beta-blocker "
             "on repeat is ordinary GP work; 'GP action required: No'.")

# L07 NSTEMI: GP to request the echo the cardiology team wants; summary 49 h 40 min after discharge (late)
pt = P("Desmond Okoro-Whitlam", "731066", "1962-03-14")
letter(key="l07", prov="caw", dept=CAW_CARD, kind="discharge_summary", specialty="Cardiology",
       clinician="Dr Fenella Montgomerie", patient=pt, ev="2041-01-20", ev_time="10:00", ld="2041-01-22",
       sent="2041-01-22 11:40", fmt="docx", subject="Cardiology discharge summary", body=f"""
# Cardiology Discharge Summary
{idl(pt)}
Admission: 16/01/2041
Discharge date: 20/01/2041 Time: 10:00
Consultant: Dr Fenella Montgomerie, Consultant Cardiologist
Diagnosis: NSTEMI; PCI to LAD 17/01/2041 (1 drug-eluting stent)

# Medication changes
| Medicine | Dose | Status | Supplied (days) | Who continues |
| Aspirin | 75 mg od | NEW | 28 | GP - lifelong |
| Ticagrelor | 90 mg bd | NEW | 28 | GP - 12 months in total (stop 17/01/2042) |
| Atorvastatin | 80 mg od | NEW | 28 | GP |
| Ramipril | 2.5 mg od | NEW | 28 | GP |
| Bisoprolol | 2.5 mg od | NEW | 28 | GP |

# Investigations
Renal function after ramipril: U&E booked at cardiology day unit 27/01/2041 (hospital to review)
Echo: ☐ Done as inpatient ☒ GP to request outpatient echocardiogram at 6/52 ☐ Cardiology to book
Cardiac rehabilitation: ☒ Referred by ward

# Follow-up
Follow-up: ☐ None ☐ GP ☒ OPD cardiology 3/12
GP action required: Yes - see investigations
""", exp=[("late_discharge_summary", "Discharge date: 20/01/2041 Time: 10:00"),
          ("tests_for_hospital", "Echo: ☐ Done as inpatient ☒ GP to request outpatient echocardiogram at 6/52")],
       notes="DOCX EDS: the post-MI echo the cardiology team needs is ticked for the GP to request. Secondary "
             "prevention with 28 days supplied, U&E booked by the hospital, rehab referral by the ward: negatives. "
             "Discharge 20/01 10:00, sent 22/01 11:40: 49 h 40 min, late.")

# L08 haematology IDA: urgent lower GI referral and repeat bloods pushed to the GP (urgent)
pt = P("Reginald Threlfall", "731073", "1969-08-05")
letter(key="l08", prov="olf", dept=OLF_HAEM, kind="clinic_letter", specialty="Haematology",
       clinician="Dr Cosimo Varga-Templeton", patient=pt, ev="2041-01-21", ld="2041-01-23",
       sent="2041-01-24 09:15", fmt="pdf", urgent=True, subject="URGENT - Haematology clinic outcome", body=f"""
# Haematology Outpatients - Clinic Outcome Form
{idl(pt)}
Clinic date: 21/01/2041
Consultant: Dr Cosimo Varga-Templeton, Consultant Haematologist
Referral reason: Microcytic anaemia

Results today: Hb 84 g/L, MCV 68 fL, ferritin 4 ug/L; film consistent with iron deficiency. B12, folate and coeliac serology normal.
Assessment: Iron deficiency anaemia in a 71-year-old man with no obvious source; lower GI malignancy must be excluded.

# Plan
Iron: ferric carboxymaltose 1 g IV given in the haematology day unit today
GP action required: [X] Yes - URGENT [ ] No
GP actions:
1. Please refer urgently on the suspected lower GI cancer pathway for colonoscopy and OGD within 2 weeks.
2. Please repeat FBC and ferritin in 4/52 and send the results to the haematology secretaries.
Follow-up: [ ] None [X] GP [ ] OPD
""", exp=[("onward_referral", "Please refer urgently on the suspected lower GI cancer pathway for colonoscopy and OGD "
           "within 2 weeks."),
          ("tests_for_hospital", "Please repeat FBC and ferritin in 4/52 and send the results to the haematology "
           "secretaries.")],
       notes="Urgent: a suspected-cancer step. Haematology passes the urgent lower GI referral for a related, "
             "immediate need back to the GP and asks for repeat bloods to be sent to them. IV iron given: negative.")

# L09 dermatology isotretinoin: everything ticked for the hospital, but typed 11 days after clinic (late)
pt = P("Jago Tremberth", "731080", "2023-05-19")
letter(key="l09", prov="hts", dept=HTS_DERM, kind="clinic_letter", specialty="Dermatology",
       clinician="Dr Araminta Selkirk", patient=pt, ev="2041-01-14", ld="2041-01-24", sent="2041-01-25 10:00",
       fmt="html", opts={"label_col": True}, subject="Dermatology outpatient letter", body=f"""
# Dermatology Outpatient Letter
{idl(pt)}
Clinic date: 14/01/2041
Clinician: Dr Araminta Selkirk, Consultant Dermatologist
Letter dictated: 15/01/2041; typed: 24/01/2041

| Diagnosis | Moderate to severe nodulocystic acne with early scarring |
| Treatment | Isotretinoin 20 mg od started today |
| Supply | ☐ GP to prescribe ☒ Hospital to supply (dermatology pharmacy, 30 days at a time) |
| Monitoring | ☐ Bloods by GP ☒ Bloods by hospital (fasting lipids and LFTs at dermatology clinic 4/52) |
| Mood | Discussed; patient and mother given the mood leaflet |
| Follow-up | ☐ None ☐ GP ☒ OPD 4/52 (booked) |
| GP action required | No - for information |
""", exp=[("late_clinic_letter", "Clinic date: 14/01/2041")],
       notes="Form with every box ticked for the hospital (red drug supplied by the hospital, bloods by the "
             "hospital, follow-up booked), so no bounce in the wording; but clinic 14/01, sent 25/01: 11 days, late.")

# L10 cataract pre-assessment: pre-op bloods and questionnaire passed to the GP; 7 days exactly
pt = P("Winifred Castellane", "731097", "1948-01-27")
letter(key="l10", prov="asp", dept=ASP_EYE, kind="clinic_letter", specialty="Ophthalmology",
       clinician="Mr Oyelaran Fitzwilliam", patient=pt, ev="2041-01-22", ld="2041-01-28", sent="2041-01-29 16:00",
       fmt="docx", subject="Cataract pre-assessment - actions for GP", body=f"""
# Cataract Pre-Assessment Clinic
{idl(pt)}
Clinic date: 22/01/2041
Surgeon: Mr Oyelaran Fitzwilliam, Consultant Ophthalmic Surgeon
Listed for: Left phacoemulsification and lens implant, provisional date 12/03/2041

# Pre-operative requirements
| Item | Responsible | Status |
| Biometry | Kingsmead | Done today |
| Pre-op bloods (FBC, U&Es, HbA1c) | ☒ GP ☐ Kingsmead | GP to arrange and forward results to pre-assessment by 26/02/2041 |
| ECG | ☐ GP ☒ Kingsmead | Done today |
| Medical history questionnaire (section C) | ☒ GP | Please complete section C of the enclosed pre-operative assessment questionnaire and return it to us |

GP action required: Yes - 2 items (see table)
""", exp=[("tests_for_hospital", "Pre-op bloods (FBC, U&Es, HbA1c) ☒ GP ☐ Kingsmead GP to arrange and forward "
           "results to pre-assessment by 26/02/2041"),
          ("non_contractual_admin", "Please complete section C of the enclosed pre-operative assessment "
           "questionnaire and return it to us")],
       notes="Independent provider's pre-assessment table: its own pre-op bloods ticked for the GP and its "
             "questionnaire section for the GP to fill in. Biometry and ECG done by Kingsmead: negatives. Clinic "
             "22/01, sent 29/01: exactly 7 days, on time.")

# L11 MSK triage: referral returned for MRI and physiotherapy first
pt = P("Sunita Marchbanks", "731103", "1983-07-08")
letter(key="l11", prov="bvc", dept=BVC_MSK, kind="referral_response", specialty="Musculoskeletal Medicine",
       clinician="Mr Thaddeus Quarrie", patient=pt, ev=None, ld="2041-01-24", sent="2041-01-24 13:40",
       fmt="plain", subject="MSK triage outcome - referral returned", body=f"""
{head("bvc", BVC_MSK)}

REFERRAL TRIAGE OUTCOME
{idl(pt)}
Referral received: 15/01/2041
Triaged by: Mr Thaddeus Quarrie, Advanced Practice Physiotherapist
Referral reason: Low back pain with left leg pain below the knee, 8 weeks

Referral outcome: [ ] Accepted  [X] Returned to referrer  [ ] Redirected
Reason for return: Please arrange an MRI lumbar spine and a 6-week course of physiotherapy and re-refer with the report.
Red flags screened: [X] None reported by referrer
Advice to patient: [X] Back pain self-management leaflet posted
""", exp=[("referral_returned_for_workup", "Reason for return: Please arrange an MRI lumbar spine and a 6-week "
           "course of physiotherapy and re-refer with the report.")],
       notes="Triage form: referral for radicular leg pain returned with imaging and physiotherapy for the GP to "
             "arrange first. Self-management leaflet posted by the service: negative.")

# L12 gastroenterology: referral converted to advice and guidance with tests for the GP
pt = P("Orla Devereux-Kemp", "731110", "1997-11-23")
letter(key="l12", prov="caw", dept=CAW_GASTRO, kind="referral_response", specialty="Gastroenterology",
       clinician="Dr Marguerite Oyelowo-Banks", patient=pt, ev=None, ld="2041-01-28", sent="2041-01-28 11:15",
       fmt="html", opts={"label_col": True}, subject="Referral triage response - Gastroenterology", body=f"""
# Gastroenterology Referral Triage Response
{idl(pt)}
Referral received: 22/01/2041 (routine; loose stools and weight loss for 4 months, FIT 8 ug/g, FBC and CRP normal)
Triage consultant: Dr Marguerite Oyelowo-Banks, Consultant Gastroenterologist

| Outcome | ☐ Accepted - routine ☐ Accepted - urgent ☒ Converted to Advice and Guidance |
| Advice | Please check faecal calprotectin, coeliac serology and TFTs and re-refer only if any are abnormal |
| Patient informed | ☒ Yes - letter sent to patient by gastroenterology |
""", exp=[("referral_returned_for_workup", "Please check faecal calprotectin, coeliac serology and TFTs and re-refer "
           "only if any are abnormal")],
       notes="A referral with FIT and first-line bloods already done is converted to Advice and Guidance and the "
             "GP is given more tests to do first. Patient told of the outcome by the hospital: negative.")

# L13 gynaecology DNA: discharged after one missed first appointment, re-refer if still needed
pt = P("Tamsin Greatorex", "731127", "1988-03-02")
letter(key="l13", prov="olf", dept=OLF_GYN, kind="clinic_letter", specialty="Gynaecology",
       clinician="Mr Horatio Adeyemi-Clarke", patient=pt, ev="2041-01-23", ld="2041-01-24", sent="2041-01-24 16:50",
       fmt="plain", subject="Attendance outcome - did not attend", body=f"""
{head("olf", OLF_GYN)}

GYNAECOLOGY OUTPATIENTS - ATTENDANCE OUTCOME
{idl(pt)}
Appointment date: 23/01/2041 (new patient, general gynaecology)
Consultant: Mr Horatio Adeyemi-Clarke, Consultant Gynaecologist
Referral reason: Heavy menstrual bleeding, not settled on tranexamic acid

Attendance: [ ] Attended [X] Did not attend (first appointment)
Outcome: [X] Discharged to GP [ ] Further appointment sent
Action for referrer: If the patient still requires assessment, please re-refer via e-RS.
GP action required: Yes
""", exp=[("dna_rereferral", "Action for referrer: If the patient still requires assessment, please re-refer via "
           "e-RS.")],
       notes="Outcome form: discharged after one missed first appointment with the re-referral put back on the GP. "
             "'If still requires assessment' is the usual wording of a DNA discharge, not a safety-net after care.")

# L14 urology DNA: discharged after one missed follow-up, GP to re-refer; typed 9 days after clinic (late)
pt = P("Leonard Ashbridge", "731134", "1957-09-16")
letter(key="l14", prov="hts", dept=HTS_URO, kind="clinic_letter", specialty="Urology",
       clinician="Mr Benedikt Okwuosa-Reid", patient=pt, ev="2041-01-28", ld="2041-02-05", sent="2041-02-06 09:30",
       fmt="pdf", subject="Urology clinic outcome", body=f"""
# Urology Outpatients - Clinic Outcome
{idl(pt)}
Clinic date: 28/01/2041
Consultant: Mr Benedikt Okwuosa-Reid, Consultant Urologist
Appointment type: Follow-up (lower urinary tract symptoms, recurrent UTIs; flexible cystoscopy 11/2040 normal)
Attendance: [ ] Attended [X] DNA (1st missed appointment)
Outcome: discharged to GP after 1 missed appointment - GP to re-refer
Follow-up: [X] None [ ] GP [ ] OPD
Letter typed: 05/02/2041
""", exp=[("late_clinic_letter", "Clinic date: 28/01/2041"),
          ("dna_rereferral", "Outcome: discharged to GP after 1 missed appointment - GP to re-refer")],
       notes="PDF outcome form: discharged after a single missed follow-up with the GP to re-refer. Clinic 28/01, "
             "sent 06/02: 9 days, late.")

# L15 CT thorax result: GP to tell the patient and to refer on the lung cancer pathway (urgent)
pt = P("Maureen Kilbride-Scott", "731141", "1955-04-04")
letter(key="l15", prov="caw", dept=CAW_RESP, kind="results", specialty="Respiratory Medicine",
       clinician="Dr Leopold Haverford-Nunn", patient=pt, ev=None, ld="2041-01-29", sent="2041-01-29 17:20",
       fmt="html", opts={"label_col": True, "alt": True}, urgent=True,
       subject="Result notification - CT thorax - ACTION REQUIRED", body=f"""
# Radiology Result Notification
{idl(pt)}
Requested by: Dr Leopold Haverford-Nunn, Consultant Respiratory Physician (chest clinic 08/01/2041)
Examination: CT thorax with contrast, performed 25/01/2041
Report summary: 23 mm spiculated mass in the right upper lobe with ipsilateral hilar lymphadenopathy; appearances suspicious of primary lung malignancy.

| Result category: | ☒ Abnormal - action required ☐ Normal |
| Who informs patient of result: | ☒ GP ☐ Respiratory team |
| Lung cancer MDT: | ☐ Referred by respiratory ☒ GP to refer on the suspected lung cancer pathway |
| Further imaging: | PET-CT to be requested by the MDT |
| GP action required: | Yes - within 2 working days |
""", exp=[("patient_redirected_to_gp", "Who informs patient of result: ☒ GP"),
          ("onward_referral", "Lung cancer MDT: ☐ Referred by respiratory ☒ GP to refer on the suspected lung cancer "
           "pathway")],
       notes="Urgent: a suspicious CT the chest clinic ordered. The form ticks the GP to break the result and to "
             "make the suspected-cancer referral the respiratory team should make itself. PET-CT by the MDT: "
             "negative.")

# L16 community hospital discharge: hard negative
pt = P("Herbert Wainscott", "731158", "1937-12-01")
letter(key="l16", prov="bvc", dept=BVC_WARD, kind="discharge_summary", specialty="Intermediate Care",
       clinician="Dr Ottilie Brackenbury", patient=pt, ev="2041-01-24", ev_time="13:30", ld="2041-01-25",
       sent="2041-01-25 09:10", fmt="docx", subject="Community hospital discharge summary", body=f"""
# Community Hospital Discharge Summary - Larkspur Ward
{idl(pt)}
Admitted: 10/01/2041 (step-down from Hartsmoor General Infirmary)
Discharged: 24/01/2041 at 13:30
Responsible clinician: Dr Ottilie Brackenbury, Community Geriatrician
Reason for admission: Rehabilitation after community-acquired pneumonia

| Medicine | Dose | Supplied (days) | Who continues | Monitoring required |
| Furosemide | 40 mg od | 14 | GP | U&E - community phlebotomy booked 31/01/2041, results to Dr Brackenbury |
| Sertraline | 50 mg od | 14 | GP | None |
| Paracetamol | 1 g qds | 14 | GP | None |

Bloods: ☐ GP ☒ Community phlebotomy (home visit 31/01/2041) - reviewed by the ward team
Equipment: ☒ Zimmer frame supplied
Follow-up: ☐ None ☐ GP ☒ Community rehab team (first visit 27/01/2041)
GP action required: No
""", notes="Hard negative: 14 days supplied, ordinary medicines continued by the GP, the ward's own U&E booked and "
             "reviewed by the ward, rehab follow-up arranged. Discharge 24/01 13:30, sent 25/01 09:10.")

# L17 COPD exacerbation: patient sent to the GP for the ward's sputum result; summary 43 h 45 min late
pt = P("Glenys Ormondroyd", "731165", "1951-06-12")
letter(key="l17", prov="olf", dept=OLF_RESP, kind="discharge_summary", specialty="Respiratory Medicine",
       clinician="Dr Wilhelmina Strachan-Boyd", patient=pt, ev="2041-01-28", ev_time="12:15", ld="2041-01-30",
       sent="2041-01-30 08:00", fmt="html", opts={"header": True},
       subject="Discharge summary - Ward 7", body=f"""
# Discharge Summary
{idl(pt)}
Discharge date/time: 28/01/2041 12:15
Ward: Ward 7 (Respiratory)
Consultant: Dr Wilhelmina Strachan-Boyd
Diagnosis: Infective exacerbation of COPD (no NIV required)

# Medication changes
| Medicine | Dose | Supplied (days) | Who continues |
| Prednisolone | 30 mg od | 5 - course completes 02/02/2041 | Stop - course complete |
| Doxycycline | 100 mg od | 5 - course completes 02/02/2041 | Stop |
| Trelegy Ellipta | 1 inhalation od | 30 | GP (replaces Fostair) |

# Follow-up
Respiratory clinic: ☒ 6/52 - appointment letter will be posted
Pulmonary rehabilitation: ☒ Referred by ward
Sputum culture: sent 27/01/2041
Actions for patient: Please contact your GP surgery in 1 week for your sputum culture result.
GP action required: No
""", exp=[("late_discharge_summary", "Discharge date/time: 28/01/2041 12:15"),
          ("patient_redirected_to_gp", "Actions for patient: Please contact your GP surgery in 1 week for your "
           "sputum culture result.")],
       notes="EDS whose 'Actions for patient' sends the patient to the GP for the ward's own sputum result even "
             "though 'GP action required: No'. Five-day courses that complete (not short supplies), clinic and "
             "rehab by the hospital: negatives. Discharge 28/01 12:15, sent 30/01 08:00: 43 h 45 min, late.")

# L18 hernia repair: clip removal to the practice nurse and three days' analgesia with the rest to the GP
pt = P("Dominic Featherstone", "731172", "1980-10-25")
letter(key="l18", prov="asp", dept=ASP_GS, kind="discharge_summary", specialty="General Surgery",
       clinician="Mr Percival Nakamura-Hughes", patient=pt, ev="2041-01-29", ev_time="17:00", ld="2041-01-30",
       sent="2041-01-30 10:05", fmt="plain", subject="Day surgery discharge record", body=f"""
{head("asp", ASP_GS)}

DAY SURGERY DISCHARGE RECORD
{idl(pt)}
Date of surgery: 29/01/2041
Discharged: 29/01/2041 17:00
Surgeon: Mr Percival Nakamura-Hughes, Consultant General Surgeon
Procedure: Open right inguinal hernia repair (mesh)

WOUND
Closure: skin clips x 8
Clip removal: [X] Practice nurse at day 10 [ ] Kingsmead ward
Clip remover: [X] Supplied to patient

MEDICATION ON DISCHARGE
Medicine / dose                   Supplied (days)  Who continues
Co-codamol 30/500 2 tabs qds prn  3                GP to continue supply
Laxido 1 sachet od prn            7                Stop with co-codamol

WORK
Fit note issued: Yes (3 weeks)

FOLLOW-UP
Follow-up: [X] None [ ] GP [ ] OPD
""", exp=[("post_procedure_care", "Clip removal: [X] Practice nurse at day 10"),
          ("hospital_only_prescribing", "Co-codamol 30/500 2 tabs qds prn 3 GP to continue supply")],
       notes="Plain-text record with a column-laid medication table: clip removal after the centre's own operation "
             "ticked for the practice nurse, and 3 days' analgesia with the GP to prescribe the rest. Fit note "
             "issued: negative. Discharge 29/01 17:00, sent 30/01 10:05.")

# L19 endocrinology: hard negative (red drug by homecare, bloods by the hospital)
pt = P("Priyanka Venn", "731189", "1973-05-07")
letter(key="l19", prov="hts", dept=HTS_ENDO, kind="clinic_letter", specialty="Endocrinology",
       clinician="Dr Evander Thistlewood", patient=pt, ev="2041-01-29", ld="2041-01-31", sent="2041-01-31 14:40",
       fmt="docx", subject="Endocrinology clinic letter", body=f"""
# Endocrinology Clinic Letter
{idl(pt)}
Clinic date: 29/01/2041
Consultant: Dr Evander Thistlewood, Consultant Endocrinologist
Diagnosis: Acromegaly (pituitary macroadenoma), after trans-sphenoidal surgery in 2039

| Medicine | Dose | Supplied | Who continues | Monitoring required |
| Lanreotide | 120 mg deep s/c every 28 days | Homecare | ☒ Hospital (red drug) ☐ GP | IGF-1 at each clinic - hospital |
| Metformin | 500 mg bd | - | GP (unchanged) | HbA1c annually |

Investigations: ☐ Bloods by GP ☒ Bloods by hospital (IGF-1 and GH day curve at endocrine day unit, booked)
Pituitary MRI: ☒ Requested by endocrinology; result will be discussed with the patient in clinic
Follow-up: ☐ None ☐ GP ☒ OPD 6/12
GP action required: No
""", notes="Hard negative: the red drug ticked for the hospital via homecare, the hospital's own bloods and MRI, "
             "its own follow-up; annual HbA1c for metformin is ordinary diabetes care.")

# L20 first seizure clinic: GP to start lacosamide from today; MRI result left to the GP
pt = P("Ellis Garthwaite", "731196", "2001-01-19")
letter(key="l20", prov="caw", dept=CAW_NEURO, kind="clinic_letter", specialty="Neurology",
       clinician="Dr Isadora Kettleborough", patient=pt, ev="2041-01-30", ld="2041-02-04", sent="2041-02-05 11:00",
       fmt="pdf", subject="Neurology outpatient outcome", body=f"""
# Neurology Outpatients - First Seizure Clinic
{idl(pt)}
Clinic date: 30/01/2041
Consultant: Dr Isadora Kettleborough, Consultant Neurologist
Diagnosis: Probable focal epilepsy with impaired awareness (2 events)

# Medication changes
Start: Lacosamide 50 mg bd for 1 week, then 100 mg bd
Supply: [X] GP to prescribe from today [ ] Hospital to supply
Titration: the epilepsy nurse will telephone at 2/52

# Investigations
MRI brain (epilepsy protocol): performed 30/01/2041, report awaited
Results awaited - responsible clinician: GP - please review MRI report and act on any abnormality
EEG: booked by neurophysiology

# Driving
DVLA: patient advised not to drive and to inform the DVLA (documented)
Follow-up: [ ] None [ ] GP [X] OPD 3/12
""", exp=[("hospital_only_prescribing", "Supply: [X] GP to prescribe from today"),
          ("results_chasing", "Results awaited - responsible clinician: GP - please review MRI report and act on any "
           "abnormality")],
       notes="PDF form: a specialist anti-seizure medicine started in clinic ticked for the GP to prescribe from "
             "today (specialist initiation, nothing supplied), and the clinic's own MRI report left to the GP. EEG "
             "booked, epilepsy nurse titration: negatives. Clinic 30/01, sent 05/02: 6 days.")

# L21 raised PSA: GP to repeat PSA and forward to urology; sent 8 days after clinic (late)
pt = P("Fergus Lanyon", "731202", "1964-07-28")
letter(key="l21", prov="olf", dept=OLF_URO, kind="clinic_letter", specialty="Urology",
       clinician="Mr Anselm Oduya-Pritchard", patient=pt, ev="2041-02-04", ld="2041-02-11", sent="2041-02-12 10:20",
       fmt="docx", subject="Urology clinic letter - PSA surveillance", body=f"""
# Urology Clinic - Raised PSA Pathway
{idl(pt)}
Clinic date: 04/02/2041
Clinician: Mr Anselm Oduya-Pritchard, Consultant Urologist
Result: MRI prostate PI-RADS 2; PSA 4.6 ng/mL; PSA density 0.09; biopsy not indicated
Outcome: Discharged from clinic to PSA surveillance

| Surveillance item | Responsible | Detail |
| PSA | ☒ GP ☐ Urology | GP to repeat PSA in 3/12 and forward the result to the urology CNS team |
| Review threshold | Urology CNS | PSA rise of more than 1 ng/mL per year |

GP action required: Yes
""", exp=[("late_clinic_letter", "Clinic date: 04/02/2041"),
          ("tests_for_hospital", "GP to repeat PSA in 3/12 and forward the result to the urology CNS team")],
       notes="Surveillance table: the PSA the urology CNS team will judge is ticked for the GP to take and send "
             "them. Clinic 04/02, sent 12/02: 8 days, late by one day.")

# L22 community vasectomy: wound review to the practice nurse; semen analysis result to the GP for action
pt = P("Nathaniel Brisco", "731219", "1990-08-08")
letter(key="l22", prov="bvc", dept=BVC_VAS, kind="clinic_letter", specialty="Urology",
       clinician="Dr Lysander Moffatt-Eze", patient=pt, ev="2041-02-05", ld="2041-02-06", sent="2041-02-06 15:05",
       fmt="plain", subject="Vasectomy procedure record", body=f"""
{head("bvc", BVC_VAS)}

NO-SCALPEL VASECTOMY - PROCEDURE RECORD
{idl(pt)}
Date of procedure: 05/02/2041
Operator: Dr Lysander Moffatt-Eze, GPwER Vasectomy
Procedure: No-scalpel vasectomy under local anaesthetic; no complications

POST-OPERATIVE CARE
Wound review: [X] Practice nurse at day 7 - please book [ ] Vasectomy clinic
Analgesia: paracetamol, patient's own supply
Contraception: continue until clearance confirmed

CLEARANCE
Post-vasectomy semen analysis: [X] Sample pot given for 16 weeks
Result: [X] Lab result to GP for action [ ] Reviewed by vasectomy clinic
""", exp=[("post_procedure_care", "Wound review: [X] Practice nurse at day 7 - please book"),
          ("results_chasing", "Result: [X] Lab result to GP for action")],
       notes="Community procedure record: the service's own wound review ticked for the practice nurse, and the "
             "clearance semen analysis it ordered sent to the GP to act on (the implicit 'results to GP for "
             "action').")

# L23 Crohn's flare: azathioprine and monitoring handed over without a shared-care agreement; registry form
pt = P("Ruairidh Tallentire", "731226", "1990-08-18")
letter(key="l23", prov="caw", dept=CAW_GASTRO, kind="discharge_summary", specialty="Gastroenterology",
       clinician="Dr Sebastiaan Fairclough-Idowu", patient=pt, ev="2041-02-06", ev_time="14:00", ld="2041-02-06",
       sent="2041-02-06 18:30", fmt="html", opts={"header": True, "alt": True},
       subject="Discharge summary - Ward 22", body=f"""
# Discharge Summary - Gastroenterology
{idl(pt)}
Admission date: 02/02/2041
Discharge date/time: 06/02/2041 14:00
Ward: Ward 22 (Gastroenterology)
Consultant: Dr Sebastiaan Fairclough-Idowu
Diagnosis: Flare of ileocolonic Crohn's disease; responded to IV hydrocortisone

# Medication changes
| Medicine | Dose | Supplied (days) | Who continues | Monitoring required | Shared care agreement |
| Azathioprine | 100 mg od (started 09/2040 by IBD team, dose unchanged) | 28 | GP to take over from next supply | FBC and LFTs 3-monthly - GP | ☐ Enclosed ☒ Not sent |
| Prednisolone | 30 mg od, reduce by 5 mg weekly | 42 (full taper) | Stop at end of taper | - | N/A |
| Adcal-D3 | 1 tablet bd | 28 | GP while on steroids | - | N/A |

# GP actions
GP action required: Yes
☒ Take over azathioprine prescribing and blood monitoring (see table)
☒ Complete and return the enclosed IBD Registry data collection form (section 2, GP data)
""", exp=[("shared_care_without_agreement", "☒ Take over azathioprine prescribing and blood monitoring (see table)"),
          ("non_contractual_admin", "☒ Complete and return the enclosed IBD Registry data collection form (section "
           "2, GP data)")],
       notes="EDS tick list: azathioprine prescribing and monitoring passed to the GP with the table's shared-care "
             "box ticked 'Not sent', and a registry data collection form for the GP. Full steroid taper supplied: "
             "negative. Discharge 14:00, sent 18:30 the same day.")

# L24 haematology results letter: hard negative
pt = P("Cedric Amberley", "731233", "1958-02-14")
letter(key="l24", prov="hts", dept=HTS_HAEM, kind="results", specialty="Haematology",
       clinician="Dr Ottoline Fairweather", patient=pt, ev=None, ld="2041-02-08", sent="2041-02-08 12:00",
       fmt="pdf", subject="Haematology results letter", body=f"""
# Haematology Results Letter
{idl(pt)}
Clinician: Dr Ottoline Fairweather, Consultant Haematologist
Test: Bone marrow aspirate and trephine, taken 24/01/2041 (haematology day unit)
Result: No evidence of a lymphoproliferative disorder; findings consistent with reactive lymphocytosis.
Results awaited - responsible clinician: Dr Ottoline Fairweather (consultant) - flow cytometry add-on due 15/02/2041
Patient informed of result: [X] Yes - by the haematology CNS by telephone 07/02/2041 [ ] No
Follow-up: [ ] None [ ] GP [X] OPD haematology 3/12, with repeat FBC at that clinic
GP action required: [ ] Yes [X] No - for information
""", notes="Hard negative: the outstanding result stays with the named consultant, the patient was told by the "
             "hospital, repeat FBC at the hospital's clinic, 'No - for information'.")

# L25 hip replacement review: Oxford score form for the GP; patient sent to the GP about physio appointments
pt = P("Josephine Mallinder", "731240", "1956-11-30")
letter(key="l25", prov="asp", dept=ASP_JRU, kind="clinic_letter", specialty="Trauma and Orthopaedics",
       clinician="Mr Crispin Ogundimu-Hart", patient=pt, ev="2041-02-07", ld="2041-02-08", sent="2041-02-11 09:45",
       fmt="html", opts={"label_col": True}, subject="Joint replacement follow-up", body=f"""
# Joint Replacement Follow-up - 6 Weeks
{idl(pt)}
Clinic date: 07/02/2041 (6-week review after left total hip replacement on 27/12/2040)
Surgeon: Mr Crispin Ogundimu-Hart, Consultant Orthopaedic Surgeon

| Wound | Healed |
| Mobility | Walking with one stick, about a mile |
| X-ray | Satisfactory component position |
| Physiotherapy | ☒ Continue with Kingsmead physiotherapy (6 more sessions) |
| Appointment queries | Patient advised to contact their GP surgery about physiotherapy appointment changes |
| Outcome data (PROMs) | ☒ GP to complete the enclosed Oxford Hip Score data form and return to the Kingsmead audit office |
| Follow-up | ☐ None ☐ GP ☒ OPD at 1 year (Kingsmead) |
| GP action required | Yes |
""", exp=[("patient_redirected_to_gp", "Patient advised to contact their GP surgery about physiotherapy appointment "
           "changes"),
          ("non_contractual_admin", "☒ GP to complete the enclosed Oxford Hip Score data form and return to the "
           "Kingsmead audit office")],
       notes="Form rows: the patient sent to the GP about the centre's own physiotherapy bookings, and an outcome "
             "data form for the GP to fill in for the centre's audit. Clinic 07/02, sent 11/02: 4 days.")

# L26 care of the elderly: hard negative
pt = P("Iris Duckworth", "731257", "1933-07-21")
letter(key="l26", prov="olf", dept=OLF_COE, kind="discharge_summary", specialty="Geriatric Medicine",
       clinician="Dr Marcellus Ingoldsby", patient=pt, ev="2041-02-10", ev_time="11:00", ld="2041-02-10",
       sent="2041-02-10 19:20", fmt="pdf", subject="Discharge summary - Care of the Elderly", body=f"""
# Discharge Summary - Care of the Elderly
{idl(pt)}
Date/time of discharge: 10/02/2041 11:00
Consultant: Dr Marcellus Ingoldsby, Consultant Geriatrician
Diagnosis: Delirium secondary to urinary tract infection; resolved

| Medicine | Dose | Supplied (days) | Who continues |
| Nitrofurantoin | 100 mg MR bd | 3 - course completes 13/02/2041 | Stop - course complete |
| Ramipril | 5 mg od | 28 | GP |
| Amlodipine | 5 mg od | 28 | GP |

Bloods: [ ] GP [X] Hospital - virtual ward phlebotomy 12/02/2041, reviewed by the virtual ward team
Fit note: Not applicable (retired)
Follow-up: [ ] None [ ] GP [X] Virtual ward for 48 h, then OPD 6/52
GP action required: No
""", notes="Hard negative: a 3-day antibiotic supply that completes the course (not a short supply), 28 days of the "
             "rest, bloods by the virtual ward, no fit note needed. Discharge 11:00, sent 19:20 the same day.")

# L27 arrhythmia clinic: hard negative (amiodarone kept by the hospital, SCA offered for consideration)
pt = P("Malcolm Raeburn", "731264", "1966-09-09")
letter(key="l27", prov="caw", dept=CAW_ARR, kind="clinic_letter", specialty="Cardiology",
       clinician="Dr Philippa Rosenthal-Achebe", patient=pt, ev="2041-02-11", ld="2041-02-13",
       sent="2041-02-14 10:10", fmt="plain", subject="Arrhythmia clinic outcome summary", body=f"""
{head("caw", CAW_ARR)}

ARRHYTHMIA CLINIC - OUTCOME SUMMARY
{idl(pt)}
Clinic date: 11/02/2041
Consultant: Dr Philippa Rosenthal-Achebe, Consultant Cardiologist (Electrophysiology)
Diagnosis: Persistent atrial fibrillation; listed for catheter ablation

Medication changes:
  Amiodarone 200 mg tds for 1 week, then bd for 1 week, then 200 mg od
  Supplied: 28 days from hospital pharmacy
  Who continues: [X] Hospital until shared care is agreed  [ ] GP
  Shared care agreement: enclosed for your consideration; prescribing
  transfers only if the practice accepts it
  Simvastatin changed to atorvastatin 20 mg od (28 days supplied);
  please update the repeat template
Baseline TFTs, LFTs, U&Es and chest X-ray: done in clinic today
Monitoring: [X] Arrhythmia clinic (TFTs and LFTs at 6/12)  [ ] GP
Follow-up: [ ] None [ ] GP [X] OPD 3/12; ablation waiting list
GP action required: No - shared care agreement for consideration only
""", notes="Hard negative: an amber drug kept by the hospital with a shared-care agreement offered for the "
             "practice to accept or not (the proper process); baseline tests and monitoring by the clinic; updating "
             "a repeat for a green statin is ordinary GP work.")

# L28 children's audiology was-not-brought: hard negative (second appointment, no re-referral needed)
pt = P("Alfie Summerscales", "731271", "2034-06-15")
letter(key="l28", prov="bvc", dept=BVC_AUD, kind="clinic_letter", specialty="Audiology",
       clinician="Ms Rhiannon Featherstonehaugh", patient=pt, ev="2041-02-12", ld="2041-02-12",
       sent="2041-02-13 11:30", fmt="html", opts={"label_col": True}, subject="Was not brought - audiology",
       body=f"""
# Children's Community Audiology - Attendance Record
{idl(pt)}
Audiologist: Ms Rhiannon Featherstonehaugh, Paediatric Audiologist

| Appointment: | 12/02/2041, 10:30 (first appointment, hearing test after school screening) |
| Attendance: | ☐ Attended ☒ Was not brought |
| Outcome: | ☒ Second appointment sent for 26/02/2041 ☐ Discharged |
| Re-referral needed: | No - episode remains open |
| Was-not-brought policy: | School nurse informed; family contacted by telephone |
| GP action required: | No - for information |
""", notes="Hard negative: a missed appointment handled by the service (second appointment, episode open, no "
             "re-referral), 'No - for information'.")

# L29 ED wrist fracture: hard negative
pt = P("Rosalind Tiverton", "731288", "1985-12-24")
letter(key="l29", prov="hts", dept=HTS_ED, kind="ed_letter", specialty="Emergency Medicine",
       clinician="Dr Cassius Adebayo-Frost", patient=pt, ev="2041-02-13", ld="2041-02-13", sent="2041-02-14 03:15",
       fmt="html", opts={"label_col": True, "alt": True}, subject="ED attendance summary", body=f"""
# Emergency Department Attendance Summary
{idl(pt)}

| Attendance date: | 13/02/2041 |
| Arrival / departure: | 19:40 / 23:55 |
| Seen by: | Dr Cassius Adebayo-Frost, ED Consultant |
| Diagnosis: | Undisplaced fracture of the left distal radius |
| Treatment: | Backslab applied; analgesia |
| Medication supplied: | Co-codamol 30/500 - 7 days (TTO) |
| Follow-up: | ☐ None ☐ GP ☒ Virtual fracture clinic (will telephone the patient within 72 h) |
| Fit note issued: | Yes (2 weeks) |
| GP action required: | No - for information |
""", notes="Hard negative ED form: 7 days supplied, virtual fracture clinic to call, fit note issued in ED, "
             "'No - for information'.")

# L30 cardiology triage: hard negative (accepted, tests arranged by cardiology)
pt = P("Kwabena Osei-Hartley", "731295", "1972-04-18")
letter(key="l30", prov="olf", dept=OLF_CARD, kind="referral_response", specialty="Cardiology",
       clinician="Dr Gulliver Onwudiwe-Marsh", patient=pt, ev=None, ld="2041-02-15", sent="2041-02-15 14:30",
       fmt="docx", subject="Referral triage outcome - Cardiology", body=f"""
# Cardiology Referral Triage Outcome
{idl(pt)}
Referral received: 11/02/2041 (exertional chest tightness)
Triaged by: Dr Gulliver Onwudiwe-Marsh, Consultant Cardiologist

Referral outcome: ☒ Accepted - Rapid Access Chest Pain Clinic ☐ Returned ☐ Advice and Guidance
Tests before clinic: ☒ Arranged by cardiology (ECG, bloods and CT coronary angiogram on 04/03/2041) ☐ GP to arrange
Appointment: the patient will be contacted directly by the booking team
GP action required: No
""", notes="Hard negative triage form: accepted, pre-clinic tests ticked for cardiology, booking direct with the "
             "patient.")

# L31 day-1 post-cataract check: hard negative
pt = P("Edith Blenkinsop", "731301", "1940-05-05")
letter(key="l31", prov="asp", dept=ASP_EYE, kind="clinic_letter", specialty="Ophthalmology",
       clinician="Mr Oyelaran Fitzwilliam", patient=pt, ev="2041-02-14", ld="2041-02-15", sent="2041-02-18 09:00",
       fmt="pdf", subject="Post-cataract clinic letter", body=f"""
# Post-Cataract Review
{idl(pt)}
Clinic date: 14/02/2041 (first-day check after right cataract surgery on 13/02/2041)
Surgeon: Mr Oyelaran Fitzwilliam, Consultant Ophthalmic Surgeon
Findings: VA 6/9 unaided; IOP 16 mmHg; cornea clear; lens implant well centred

Drops: [X] Supplied by Kingsmead - full 4-week course (dexamethasone 0.1% qds; chloramphenicol qds for 2/52)
Post-op review: [ ] GP [ ] Practice nurse [X] Kingsmead optometrist at 4/52 (booked)
Second eye: [X] Listed by Kingsmead
Fit note issued: Not required (retired)
GP action required: No
""", notes="Hard negative: the whole drop course supplied, post-op review with the centre's own optometrist, second "
             "eye listed by the centre. Clinic 14/02, sent 18/02: 4 days.")

# L32 cellulitis: hard negative; summary 23 h 55 min after discharge
pt = P("Stanley Munro-Pike", "731318", "1977-10-10")
letter(key="l32", prov="caw", dept=CAW_AMU, kind="discharge_summary", specialty="Acute Medicine",
       clinician="Dr Temperance Olawale-Greig", patient=pt, ev="2041-02-17", ev_time="09:30", ld="2041-02-18",
       sent="2041-02-18 09:25", fmt="docx", subject="AMU discharge summary", body=f"""
# Acute Medical Unit Discharge Summary
{idl(pt)}
Admitted: 15/02/2041
Discharge date/time: 17/02/2041 09:30
Consultant: Dr Temperance Olawale-Greig, Consultant in Acute Medicine
Diagnosis: Cellulitis of the left lower leg

| Medicine | Dose | Supplied (days) | Who continues |
| Flucloxacillin | 1 g qds | 5 - completes the 7-day course | Stop - course complete |
| Paracetamol | 1 g qds prn | 7 | Patient to buy if needed |

Investigations pending: blood cultures (taken 15/02/2041)
Results awaited - responsible clinician: Dr Temperance Olawale-Greig (consultant)
Result communication: ☒ AMU team will telephone the patient ☐ GP
Follow-up: ☐ None ☐ GP ☒ AMU ambulatory clinic 21/02/2041 (booked)
Fit note issued: Yes (1 week)
GP action required: No
""", notes="Hard negative: the pending cultures stay with the named consultant and the AMU tells the patient; the "
             "antibiotic supply completes the course; ambulatory review booked; fit note issued. Discharge 17/02 "
             "09:30, sent 18/02 09:25: 23 h 55 min, on time.")


# ====================================================================== 'other' messages

other(key="x01", sent="2041-01-16 08:05", type="ooo", notes="Out-of-office reply from a surgical secretary.",
      frm="Ward 31 Secretaries <hts.ward31secs@nhs.net>", subject="Automatic reply: Discharge query",
      body="Thank you for your e-mail. The surgical secretaries are working reduced hours this week and messages "
           "will be answered from Monday 20 January 2041. For urgent ward matters please ring 0114 496 0231.\n")
other(key="x02", sent="2041-01-21 19:12", type="patient", notes="Patient's own e-mail asking for a fit note.",
      frm="Kerensa Polglaze <kerensa.p@example.com>", subject="sick note please",
      body="Hello,\n\nI had my appendix out at Hartsmoor last week and the form they gave me says the GP will do "
           "my sick note. My boss needs it by Friday. Can I pick one up?\n\nThanks\nKerensa\n")
other(key="x03", sent="2041-01-27 07:00", type="html_bulletin", notes="ICB primary care bulletin (bulk).",
      frm="Hartsmoor and Vale ICB Primary Care <primarycare@hartsmoorvale-icb.example>",
      subject="Primary Care Bulletin - January 2041",
      body="<html><body><h2>Primary Care Bulletin</h2><p>January 2041</p><ul>"
           "<li>Discharge templates: the three acute trusts have agreed that the 'GP actions' box will only hold "
           "actions agreed under the local interface policy.</li>"
           "<li>Shared care: new azathioprine and methotrexate protocols are on the formulary website.</li>"
           "<li>Spring vaccination programme: ordering opens on 3 February.</li></ul>"
           "<p>You receive this bulletin because your practice is on the ICB distribution list.</p></body></html>\n")
other(key="x04", sent="2041-02-01 02:14", type="phish", notes="Phishing pretending to be an eDischarge portal.",
      frm="NHS eDischarge Portal <no-reply@edischarge-portal-login.example.net>",
      subject="You have 4 unread discharge summaries - sign in to view",
      body="Four discharge summaries for your practice are waiting. For data protection reasons they can only be "
           "viewed after you sign in with your NHSmail password:\nhttp://edischarge-portal-login.example.net/view\n\n"
           "Documents are deleted after 24 hours.\n")
other(key="x05", sent="2041-02-04 10:02", type="dsn", notes="Non-delivery report.",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>", subject="Undeliverable: Re: Methotrexate - shared care",
      body="Delivery has failed to these recipients or groups:\n\nrheum.secretaries@cawdmoor-uh.nhs.uk\nThe e-mail "
           "address you entered couldn't be found.\n", rcpt="rheum.secretaries@cawdmoor-uh.nhs.uk")
other(key="x06", sent="2041-02-07 17:00", type="bulletin", notes="LMC weekly update (bulk, plain text).",
      frm="Hartsmoor and Vale LMC <office@hartsmoorvale-lmc.example.org>", subject="LMC Update - 7 February 2041",
      body="HARTSMOOR AND VALE LMC UPDATE\n\n1. Tick-box discharge forms: a ticked 'GP to ...' box is still a "
           "request; use the template letters when it passes hospital work to you.\n2. Treatment-centre "
           "questionnaires and registry forms are not GP work.\n3. Practice managers' meeting, 20 February.\n\n"
           "To leave this list reply UNSUBSCRIBE.\n")
other(key="x07", sent="2041-02-12 06:40", type="spam", notes="Marketing for a dressing product.",
      frm="WoundPro Direct <sales@woundpro-direct.example.com>", subject="Cut your practice nurse dressing time",
      body="Dear Practice Manager,\n\nOur new silicone dressings stay on for 7 days. Order a free sample box for your "
           "treatment room today: call 0808 157 0456.\n\nTo stop these e-mails reply STOP.\n")
other(key="x08", sent="2041-02-15 12:00", type="massmail", notes="'For information' mass mailing (bulk).",
      frm="Ollerbrook and Fenwick Communications <comms@ollerbrook-fenwick.nhs.uk>",
      subject="For information: new electronic discharge summary template",
      body="FOR INFORMATION - SENT TO ALL GP PRACTICES\n\nFrom 1 March 2041 our discharge summaries will use a new "
           "template with a 'Who continues' column and a 'GP action required' field. No action is needed.\n")
other(key="x09", sent="2041-02-19 08:01", type="ooo", notes="Out-of-office reply from a consultant.",
      frm="Rosamund Achterberg <rosamund.achterberg@nhs.net>", subject="Automatic reply: Methotrexate monitoring",
      body="I am away until 3 March 2041. For rheumatology advice please ring the advice line on 0121 496 0451.\n")
other(key="x10", sent="2041-02-21 20:45", type="patient", notes="Patient asking about a hospital appointment.",
      frm="Glenys Ormondroyd <glenys.ormondroyd@example.com>", subject="my chest clinic appointment",
      body="Dear Surgery,\n\nWhen I left Ward 7 the paper said my clinic appointment would come in the post. "
           "Nothing has come yet. Do you know anything about it?\n\nKind regards\nGlenys Ormondroyd\n")


# ====================================================================== rendering and checks

def house(L: dict, p: dict) -> dict:
    """One frame, with headings in the provider's colour and grey-ruled form cells."""
    return dict(heading=f'<h3 style="font-size:11pt;color:{p["colour"]};margin:10px 0 4px 0">{{}}</h3>',
                cell='style="border:1px solid #a0a0a0;padding:3px 7px;vertical-align:top"',
                font="Arial,Helvetica,sans-serif", marking="OFFICIAL-SENSITIVE: PERSONAL",
                footer=f"{html.escape(p['name'])}. Electronically generated document; no signature required.")


# Ofcom drama ranges used here (digits only): 0114/0115/0118/0121 496 0xxx, 01632 960xxx, 0808 157 0xxx
DRAMA = re.compile(r"(011[3-8]4960|01214960|01632960|08081570)\d{3}")
PHONE = re.compile(r"\b0\d{3,4} \d{3} ?\d{3,4}\b")
TICK = re.compile(r"☒|\[X\]")


def each(lid: str, lab: dict, item: dict, texts: list[str]) -> list[str]:
    """Every telephone number in every message is in a drama range; every letter carries a ticked box."""
    errors = [f"{lid}: telephone number {ph} outside the drama ranges"
              for t in texts for ph in PHONE.findall(t) if not DRAMA.fullmatch(ph.replace(" ", ""))]
    if lab["kind"] != "other" and not any(TICK.search(t) for t in texts):
        errors.append(f"{lid}: letter without a ticked box")
    return errors


def corpus_checks(labels, items) -> list[str]:
    """The kit's checks plus this corpus's promises: drama-range telephone numbers, a ticked box in every letter,
    PDF letters in plain ASCII (tick boxes as [X] and [ ]), at least two late letters of each kind, a third of the
    letters hard negatives, and timeliness near the limits (a clinic letter on the seventh day, one on the
    eighth, a summary on time after more than 23 hours)."""
    errors = C.checks(labels, items, urgent=(2, 3), others=10, each=each) + kit.check_negatives(labels)
    errors += [f"{L['key']}: PDF letter with characters outside ASCII" for L in C.letters
               if L["fmt"] == "pdf" and not L["body"].isascii()]
    errors += kit.check_late_counts(labels, 2)
    days, hours = kit.sent_after(labels, items)
    if 7 not in days or 8 not in days:
        errors.append("no clinic letter sent on the 7th or on the 8th day after the clinic")
    if not any(23 < h <= 24 for h in hours):
        errors.append("no discharge summary sent on time after more than 23 hours")
    return errors


if __name__ == "__main__":
    sys.exit(C.run(sys.argv[1:], house=house, checks=corpus_checks))
