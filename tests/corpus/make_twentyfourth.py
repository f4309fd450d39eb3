#!/usr/bin/env python3
"""Build the twenty-fourth (independent, held-out) corpus: tests/corpus/twentyfourth/.

Style: precision under pressure.  Five invented providers (two acute trusts, a mental-health trust, a
community trust and an independent-sector provider) write to an invented practice, Whitlow Bridge
Surgery.  About half of the letters carry no finding at all although they use the vocabulary of requests:
work the hospital has arranged itself, requests as history ("she was asked by her GP to..."), ordinary
general-practice work (agreed shared care, green drugs, the practice's own reviews and immunisations),
advice to the patient, information only, conditionals and safety-netting, fit notes and TTOs supplied.
The other half carry genuine findings, several placed awkwardly: a P.S., a table's "Responsibility"
column, a covering e-mail that says something the attached letter does not, "Actions for GP" and
"Recommendations" headings after a long history.  Three letters need urgent clinical action (one of them
with no bounce at all) and two report alarming results the hospital has already acted on.

Formats: plain text, HTML (some with a text alternative, several with tables), PDF and DOCX attachments.
Eight messages are not letters.  Everything is invented; NHS numbers are 999-range with a valid Modulus 11
check digit; telephone numbers are in Ofcom drama ranges.  All dates fall in May-July 2034 (BST), so every
Date header is +0100.  The build is deterministic.

    python3 tests/corpus/make_twentyfourth.py            # build, then verify
    python3 tests/corpus/make_twentyfourth.py --verify-only
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus_kit as kit  # noqa: E402
from corpus_kit import dmy  # noqa: E402
from corpus_kit import patient as P  # noqa: E402

GP = "Dr Raithby"
KES = "Kestrelford University Hospitals NHS Foundation Trust"
LYD = "Lydmouth and Saltcote Hospitals NHS Trust"
FEN = "Fenmarsh Mental Health Partnership NHS Foundation Trust"
COLD = "Coldbrook Community Health Services NHS Trust"
AMB = "Ambergate Surgical Centre Ltd"
PROV = {
    "kes": dict(
        name=KES, site="Kestrelford General Hospital", addr=["Beacon Lane", "Kestrelford", "KF4 2QW"],
        phone="0117 496 0300", domain="kestrelford.nhs.uk",
        sender="Kestrelford University Hospitals <gpletters@kestrelford.nhs.uk>", mailer="KUH Letters Gateway 4.1"),
    "lyd": dict(
        name=LYD, site="Lydmouth District Hospital", addr=["Harbour Road", "Lydmouth", "LY2 7DF"],
        phone="0161 496 0420", domain="lydmouth-saltcote.nhs.uk",
        sender="Lydmouth and Saltcote Hospitals <outpatient.letters@lydmouth-saltcote.nhs.uk>",
        mailer="LSH Clinical Correspondence 2.8"),
    "fen": dict(
        name=FEN, site="Larchfield Centre", addr=["Orchard Way", "Fenmarsh", "FM1 3BB"],
        phone="0118 496 0550", domain="fenmarsh-mhp.nhs.uk",
        sender="Fenmarsh MHP Correspondence <letters@fenmarsh-mhp.nhs.uk>", mailer="FMHP RiO Dispatch 7.0"),
    "cold": dict(
        name=COLD, site="Coldbrook Health Centre", addr=["Tanyard Street", "Coldbrook", "CB9 4NL"],
        phone="01632 960410", domain="coldbrook-chs.nhs.uk",
        sender="Coldbrook Community Health <community.letters@coldbrook-chs.nhs.uk>",
        mailer="CCHS SystmOne Letters 3.3"),
    # An independent-sector provider treating NHS patients: its own company name is the label's trust.
    "amb": dict(
        name=AMB, site="Ambergate Surgical Centre", addr=["Fieldgate Park", "Ambergate Vale", "AV3 6RS"],
        phone="020 7946 0370", domain="ambergate-surgical.example.co.uk",
        sender="Ambergate Surgical Centre <nhs.correspondence@ambergate-surgical.example.co.uk>",
        mailer="ASC PatientHub Mailer 1.9"),
}
COVERS = {
    "kes": ("{trust}\n{dept}\n\nPlease find attached a {doctype} for a patient registered with your practice.\n"
            "Reference: {ref}\n\nThis is an automated mailbox; replies are not read. Contact details are on the "
            "letter.\n"),
    "lyd": ("Dear colleague,\n\nThe attached {doctype} from {dept}, {trust}, is sent to you securely.\n"
            "Our reference: {ref}\n\nKind regards\nOutpatient Correspondence Team\n"),
    "fen": ("{trust} - {dept}\n\nA {doctype} is attached (ref {ref}).\nPlease open the attachment to read it.\n"),
    "cold": ("{trust}\n{dept}\n\nAttached: {doctype}, reference {ref}.\n"),
    "amb": ("{trust}\n{dept}\n\nNHS patient correspondence: please find the {doctype} attached (ref {ref}).\n"
            "Ambergate Surgical Centre provides NHS-funded care under contract with the local ICB.\n"),
}
C = kit.Corpus("twentyfourth", "t24", "Whitlow Bridge Surgery <whitlow.bridgesurgery@nhs.net>", PROV,
               cover=COVERS, window=("2034-05-01", "2034-07-21"), utc_hours=1)
letter, other = C.letter, C.other


def head(p: str, dept: str) -> str:
    pr = PROV[p]
    return f"{pr['name']}\n{dept}, {pr['site']}, {', '.join(pr['addr'])}\nTel {pr['phone']}"


idl = kit.idline
CARDIO = "Cardiology Outpatients"
HAEM = "Department of Haematology"
SURG = "General Surgery - Ward 7"
RENAL = "Renal Medicine"
AMU = "Acute Medical Unit"
GYNAE = "Gynaecology Ward"
RHEUM = "Rheumatology Department"
URO = "Urology Department"
ORTHOGER = "Orthogeriatric Service"
ED = "Emergency Department"
GASTRO = "Gastroenterology"
RESP = "Respiratory Medicine"
DERM = "Dermatology and Skin Surgery"
COLP = "Colposcopy Clinic"
NEURO = "Neurology"
SDEC = "Same Day Emergency Care"
ENT = "Ear, Nose and Throat Department"
PSYCH = "Adult Community Psychiatry"
WARD = "Heronsgate Ward (Adult Acute Inpatients)"
CMHT = "Community Mental Health Team - Single Point of Access"
PHYSIO = "Community MSK Physiotherapy"
PULM = "Pulmonary Rehabilitation Service"
MSKI = "MSK Interface Service"
DSN = "Community Diabetes Specialist Nursing"
ORTHO = "Orthopaedics"
EYES = "Ophthalmology Day Surgery"

# ====================================================================== letters

# a01 ISP pre-listing letter: every test done at their own pre-assessment; GP's advice as history (negative)
pt = P("Marjorie Callander", "724010", "1952-08-14")
letter(key="a01", prov="amb", dept=ORTHO, kind="clinic_letter", specialty="Trauma and Orthopaedics",
       clinician="Mr Ravindra Elsworth", patient=pt, ev="2034-05-02", ld="2034-05-02", sent="2034-05-03 10:10",
       fmt="plain", subject="Orthopaedic outpatient letter - listed for surgery", body=f"""
{head("amb", ORTHO)}

{idl(pt)}
Seen: 02/05/2034, Ambergate orthopaedic clinic (NHS e-Referral)
Consultant: Mr Ravindra Elsworth, Consultant Orthopaedic Surgeon

Dear {GP},

Thank you for referring Mrs Callander with end-stage osteoarthritis of the right hip.

She was asked by her GP to lose weight before referral and has done very well, losing 9 kg since January (BMI now 31). Her pain now limits her walking to about 100 metres and she wakes most nights.

X-rays today show loss of joint space with subchondral cysts. After discussing the risks and benefits she would like to go ahead, and I have listed her for a right total hip replacement.

She will attend our pre-operative assessment clinic on 16/05/2034, where our nurses will carry out her ECG, FBC, U&Es, group and save and MRSA screen; no tests are needed from the practice.

Please continue her usual medications. Our pre-assessment nurse will advise her directly about any that need to be stopped before surgery, and we will send her the operation date ourselves.

Yours sincerely

Mr Ravindra Elsworth
Consultant Orthopaedic Surgeon
""", notes="Hard negative: request vocabulary as history (asked by her GP to lose weight); all pre-op tests done "
             "at the provider's own pre-assessment; 'please continue her usual medications' is GP work.")

# a02 cardiology HTML letter: plan table with a Responsibility column naming GP for post-change U&Es
pt = P("Desmond Havelock", "724023", "1947-03-09")
letter(key="a02", prov="kes", dept=CARDIO, kind="clinic_letter", specialty="Cardiology",
       clinician="Dr Ottilie Marchbank", patient=pt, ev="2034-05-03", ld="2034-05-04", sent="2034-05-05 14:30",
       fmt="html", opts={"header": True}, subject="Cardiology clinic letter - Desmond Havelock", body=f"""
# Heart Failure Clinic
{idl(pt)}
Clinic date: 03/05/2034
Consultant: Dr Ottilie Marchbank, Consultant Cardiologist

Dear {GP},

Diagnosis: heart failure with reduced ejection fraction (LVEF 30% in 2032); atrial fibrillation on apixaban.

Mr Havelock has gained 3 kg with ankle oedema to the knees and is more breathless on the flat. His chest is clear. I have increased furosemide from 40 mg to 80 mg each morning and our clinic pharmacy supplied 2/52 at the new dose.

# Plan and requested actions
| Action | Responsibility | When |
| Repeat echocardiogram (requested today) | Hospital | 6/52 |
| U&Es and BNP to check renal function after the furosemide increase | GP | 2/52 |
| Heart failure nurse review and weight check | Hospital (HF nurses) | 4/52 |
| Apixaban 5 mg bd, bisoprolol 5 mg od, ramipril 5 mg od | GP (repeat, unchanged) | Continue |

Yours sincerely

Dr Ottilie Marchbank
Consultant Cardiologist
""", exp=[("tests_for_hospital", "U&Es and BNP to check renal function after the furosemide increase")],
       notes="Post-change monitoring of a dose the hospital has just changed, handed to the GP only through the "
             "table's Responsibility column: tests_for_hospital. The echo and nurse review by the hospital and "
             "the unchanged repeat medicines are negatives.")

# a03 haematology: Hb 68 found and acted on the same day by the hospital (alarming, not urgent for practice)
pt = P("Yolanda Brisco", "724036", "1969-11-27")
letter(key="a03", prov="kes", dept=HAEM, kind="clinic_letter", specialty="Haematology",
       clinician="Dr Femi Lanyon", patient=pt, ev="2034-05-04", ld="2034-05-05", sent="2034-05-08 09:20",
       fmt="pdf", subject="Haematology clinic letter", body=f"""
# Haematology Clinic Letter
{idl(pt)}
Clinic date: 04/05/2034
Consultant: Dr Femi Lanyon

Dear {GP},

Thank you for referring Ms Brisco with tiredness and a microcytic picture.

Her haemoglobin in clinic was 68 g/L (MCV 71, ferritin 4). Because of the degree of anaemia and her breathlessness we admitted her to the ambulatory unit the same afternoon, where she was transfused two units and given intravenous iron.

She has no overt bleeding, but at 54 she needs endoscopic investigation, and we have booked an OGD and colonoscopy under our urgent pathway for 11/05/2034.

We have arranged a repeat full blood count in our phlebotomy hub at the Outpatient Centre in 4 weeks, before her review in my clinic.

No action is required from the practice; I will write to you with the endoscopy findings.

Yours sincerely

Dr Femi Lanyon
Consultant Haematologist
""", notes="Alarming result (Hb 68) already acted on by the hospital (transfusion, iron, endoscopy booked, own "
             "bloods arranged): no finding and not urgent for the practice. Hard negative.")

# a04 psychiatry DOCX, late: lithium handed over with no shared-care agreement, after a long history
pt = P("Saoirse Mellanby", "724049", "1990-06-05")
letter(key="a04", prov="fen", dept=PSYCH, kind="clinic_letter", specialty="Psychiatry",
       clinician="Dr Ingrid Salcombe", patient=pt, ev="2034-05-02", ld="2034-05-12", sent="2034-05-15 11:05",
       fmt="docx", subject="Outpatient psychiatry review", body=f"""
# Outpatient Psychiatry Review
{idl(pt)}
Date of clinic: 02/05/2034
Seen by: Dr Ingrid Salcombe, Consultant Psychiatrist

Dear {GP},

Diagnosis: bipolar affective disorder, type II.

History: Ms Mellanby was first seen by our service in 2031 after a depressive episode that followed the birth of her son. She had a hypomanic episode in late 2033 while taking sertraline, which was stopped. She lives with her partner, works part-time as a dental nurse, does not drink alcohol and has no thoughts of self-harm.

Progress: we started lithium carbonate (Priadel) in March. Her last two lithium levels, taken in our clinic, were 0.68 and 0.72 mmol/L, and her renal and thyroid function were normal before starting. Her mood has been stable for six weeks and she tolerates the lithium well apart from a mild tremor.

Plan: We would be grateful if the practice could now take over the prescribing of lithium and the three-monthly lithium levels, U&Es and TFTs.

Please continue her levothyroxine 50 micrograms daily as before.

She knows to contact our duty team if her mood lifts or drops, and I will see her again in three months.

Yours sincerely

Dr Ingrid Salcombe
Consultant Psychiatrist
""", exp=[("shared_care_without_agreement", "We would be grateful if the practice could now take over the "
           "prescribing of lithium and the three-monthly lithium levels, U&Es and TFTs."),
          ("late_clinic_letter", "Date of clinic: 02/05/2034")],
       notes="Lithium (amber, shared care) handed over with no agreement offered, at the end of a long history. "
             "Clinic 02/05, sent 15/05 (13 days): late. Levothyroxine continue is a negative.")

# a05 surgical discharge PDF, late: clip removal and fit note pushed to the GP; 14-day TTO (negative)
pt = P("Gideon Parslow", "724052", "1978-02-19")
letter(key="a05", prov="kes", dept=SURG, kind="discharge_summary", specialty="General Surgery",
       clinician="Mr Hugo Penhallow", patient=pt, ev="2034-05-09", ev_time="11:20", ld="2034-05-12",
       sent="2034-05-12 15:45", fmt="pdf", subject="Discharge summary", body=f"""
# Inpatient Discharge Summary
{idl(pt)}
Date of admission: 06/05/2034
Date of discharge: 09/05/2034 11:20
Consultant: Mr Hugo Penhallow

# Diagnosis and procedure
Acute cholecystitis. Laparoscopic cholecystectomy converted to open through a right subcostal incision on 07/05/2034; skin closed with clips.

# Clinical summary
Uncomplicated recovery. Eating and drinking, bowels open, wound clean and dry at discharge.

# Medications on discharge
- Co-codamol 30/500 two tablets four times daily when required: 14 days supplied
- Omeprazole 20 mg once daily: continue (GP repeat)

# Actions for GP
1. Please arrange removal of the skin clips by the practice nurse on day 10 (17/05/2034).
2. Please provide a fit note for two weeks from discharge, as he works as a scaffolder.

# Follow-up
Surgical clinic not required. Histology will be reviewed by our team.

Mr Hugo Penhallow, Consultant General Surgeon
""", exp=[("late_discharge_summary", "Date of discharge: 09/05/2034 11:20"),
          ("post_procedure_care", "Please arrange removal of the skin clips by the practice nurse on day 10"),
          ("fit_note", "Please provide a fit note for two weeks from discharge, as he works as a scaffolder.")],
       notes="Discharged 09/05 11:20, sent 12/05 (over three days): late. Clip removal after the team's own "
             "operation and the fit note for the post-operative period passed to the GP. TTO 14 days and the "
             "team reviewing its own histology are negatives.")

# a06 ED: wrist fracture, referred directly to fracture clinic; safety-netting (negative)
pt = P("Callum Redfearn", "724065", "2001-09-30")
letter(key="a06", prov="lyd", dept=ED, kind="ed_letter", specialty="Emergency Medicine",
       clinician="Dr Sanjay Pettifer", patient=pt, ev="2034-05-13", ld="2034-05-13", sent="2034-05-14 08:05",
       fmt="plain", subject="ED attendance - Callum Redfearn", body=f"""
{head("lyd", ED)}

EMERGENCY DEPARTMENT ATTENDANCE
{idl(pt)}
Attended: 13/05/2034 21:40
Clinician: Dr Sanjay Pettifer, ST4 Emergency Medicine

Presenting complaint: fall onto outstretched left hand playing five-a-side football.
Findings: tender distal radius, neurovascularly intact.
X-ray: undisplaced fracture of the distal radius.
Treatment: backslab applied; analgesia given.

Plan:
- I have referred him directly to the fracture clinic; he has an appointment on 16/05/2034 at 09:00.
- Paracetamol and ibuprofen as needed (own supply).
- Should he develop increasing pain, numbness or colour change in the fingers, he has been advised to return to the ED immediately.

GP action: none. For information only.

Dr Sanjay Pettifer
""", notes="Hard negative: onward referral made directly by the ED, conditional safety-netting, 'GP action: none'.")

# a07 community physiotherapy: discharged after one missed first appointment, new referral asked for
pt = P("Oluwaseun Ashdown", "724078", "1983-04-12")
letter(key="a07", prov="cold", dept=PHYSIO, kind="clinic_letter", specialty="Physiotherapy",
       clinician="Mr Owain Pritchard", patient=pt, ev="2034-05-15", ld="2034-05-16", sent="2034-05-16 13:00",
       fmt="plain", subject="Physiotherapy - did not attend", body=f"""
{head("cold", PHYSIO)}

{idl(pt)}
Appointment: 15/05/2034 (initial assessment, right shoulder)

Dear {GP},

Mr Ashdown did not attend his initial physiotherapy assessment on 15/05/2034 and did not contact us beforehand.

In line with our access policy he has been discharged back to your care, and if he still requires physiotherapy please submit a new referral.

Yours sincerely

Mr Owain Pritchard
MSK Physiotherapist
""", exp=[("dna_rereferral", "In line with our access policy he has been discharged back to your care, and if "
           "he still requires physiotherapy please submit a new referral.")],
       notes="Discharged after a single missed first appointment with a request for a new referral.")

# a08 cardiology DOCX: bisoprolol started and supplied for a month, hospital titrates; echo requested (negative)
pt = P("Percival Draycott", "724081", "1955-12-01")
letter(key="a08", prov="kes", dept=CARDIO, kind="clinic_letter", specialty="Cardiology",
       clinician="Dr Ottilie Marchbank", patient=pt, ev="2034-05-16", ld="2034-05-17", sent="2034-05-19 10:40",
       fmt="docx", subject="Cardiology clinic letter", body=f"""
# Cardiology Clinic Letter
{idl(pt)}
Clinic date: 16/05/2034
Consultant: Dr Ottilie Marchbank

Dear {GP},

Thank you for referring Mr Draycott with exertional breathlessness. His ECG shows sinus rhythm at 96 with left bundle branch block and his NT-proBNP was 1450.

I have started bisoprolol 1.25 mg once daily; we supplied 28 days, and our heart failure nurses will titrate the dose and continue to prescribe it until it is stable, when we will write to you.

I have requested an echocardiogram and will write with the result.

We took U&Es in clinic today; a copy of the results will be sent to you for information only, and we will act on them.

Please continue his ramipril 5 mg once daily and atorvastatin 40 mg, which you already prescribe.

I will see him again after the echocardiogram.

Yours sincerely

Dr Ottilie Marchbank
Consultant Cardiologist
""", notes="Hard negative: new drug started and supplied for a month with the hospital continuing it; echo and "
             "bloods requested and acted on by the hospital ('for information only'); routine repeats continued.")

# a09 gastroenterology referral returned for work-up (HTML with text alternative)
pt = P("Henrietta Vosper", "724094", "1986-07-22")
letter(key="a09", prov="lyd", dept=GASTRO, kind="referral_response", specialty="Gastroenterology",
       clinician="Dr Eleri Maddox", patient=pt, ev=None, ld="2034-05-22", sent="2034-05-22 16:20",
       fmt="html", opts={"alt": True, "label_col": True}, subject="Referral outcome - Henrietta Vosper", body=f"""
# Referral Triage Outcome
| Patient | {pt['name']} |
| Date of birth | {dmy(pt['dob'])} |
| NHS number | {kit.spaced(pt['nhs_number'])} |
| Referral | Routine gastroenterology: upper abdominal pain and bloating for 4 months |
| Triage clinician | Dr Eleri Maddox, Consultant Gastroenterologist |
| Outcome | Referral returned (advice given) |

Dear {GP},

Thank you for your referral. Her symptoms sound most in keeping with functional dyspepsia and there are no red flags in the referral.

Before we can accept this referral, please arrange coeliac serology and a FIT, and give a trial of full-dose PPI for eight weeks, then re-refer with the results.

Dr Eleri Maddox
""", exp=[("referral_returned_for_workup", "Before we can accept this referral, please arrange coeliac serology "
           "and a FIT, and give a trial of full-dose PPI for eight weeks, then re-refer with the results.")],
       notes="Referral returned asking the GP for tests and treatment first. Kind referral_response: no event date.")

# a10 respiratory discharge on time, HTML TTO table, fit note issued, own follow-up (negative)
pt = P("Ambrose Kettlewell", "724108", "1949-10-03")
letter(key="a10", prov="lyd", dept=RESP, kind="discharge_summary", specialty="Respiratory Medicine",
       clinician="Dr Conrad Ashby", patient=pt, ev="2034-05-23", ev_time="16:40", ld="2034-05-23",
       sent="2034-05-23 19:05", fmt="html", opts={"header": True}, subject="Discharge summary", body=f"""
# Discharge Summary
{idl(pt)}
Date of discharge: 23/05/2034 16:40
Consultant: Dr Conrad Ashby

Diagnosis: infective exacerbation of COPD. No oxygen requirement at discharge.

# Medicines on discharge (TTO)
| Medicine | Instructions | Supply |
| Doxycycline 100 mg | Once daily for 4 more days | Full course supplied |
| Prednisolone 30 mg | Once daily for 4 more days, then stop | Full course supplied |
| Trimbow inhaler | Two puffs twice daily | Continue, GP repeat (unchanged) |
| Amlodipine 10 mg | Once daily | Continue, GP repeat (unchanged) |

# Follow-up
- Respiratory clinic in 6/52: booked by us; a chest X-ray at 6/52 has been requested by us before the clinic.
- Fit note: Med3 issued on the ward for four weeks, covering his recovery.
- He has been given our COPD nurse line (0161 496 0477) for any questions about his medicines or appointments.

# Actions for GP
None.

Dr Conrad Ashby, Consultant Respiratory Physician
""", notes="Hard negative: sent 2 h 25 min after discharge (on time); TTO full courses supplied, GP repeats "
             "continued, follow-up and X-ray arranged by the hospital, fit note issued, 'Actions for GP: None'.")

# a11 renal results letter, urgent: hospital's own potassium result handed to the practice to act on
pt = P("Lionel Fairbairn", "724111", "1950-05-17")
letter(key="a11", prov="kes", dept=RENAL, kind="results", specialty="Nephrology",
       clinician="Dr Anjali Sutcliffe", patient=pt, ev=None, ld="2034-05-24", sent="2034-05-24 17:50",
       fmt="plain", subject="URGENT result - potassium 6.6", body=f"""
{head("kes", RENAL)}

URGENT RESULT - PLEASE ACTION TODAY

{idl(pt)}
Sample: U&Es taken at the renal clinic on 23/05/2034

Dear {GP},

Mr Fairbairn's potassium from yesterday's renal clinic bloods is 6.6 mmol/L (previously 5.4), with creatinine 248 (baseline 210). The sample was not haemolysed.

He takes ramipril 10 mg and spironolactone 25 mg. We have tried to telephone him twice this afternoon without success.

Please could you contact Mr Fairbairn today, stop his ramipril and spironolactone, and arrange a repeat U&E within 24 hours.

Dr Anjali Sutcliffe
Consultant Nephrologist
""", exp=[("results_chasing", "Please could you contact Mr Fairbairn today, stop his ramipril and spironolactone, "
           "and arrange a repeat U&E within 24 hours.")], urgent=True,
       notes="Dangerous hyperkalaemia found on the hospital's own clinic bloods: time-critical, so urgent. "
             "Acting on and communicating its own result is passed to the practice: results_chasing.")

# a12 psychiatry DOCX: aripiprazole under an accepted shared-care agreement; SMI review by the practice (negative)
pt = P("Keziah Winstanley", "724124", "1979-01-25")
letter(key="a12", prov="fen", dept=PSYCH, kind="clinic_letter", specialty="Psychiatry",
       clinician="Dr Ingrid Salcombe", patient=pt, ev="2034-05-25", ld="2034-05-26", sent="2034-05-30 09:15",
       fmt="docx", subject="Outpatient psychiatry review", body=f"""
# Outpatient Psychiatry Review
{idl(pt)}
Date of clinic: 25/05/2034
Seen by: Dr Ingrid Salcombe

Dear {GP},

Diagnosis: schizoaffective disorder, in remission.

Ms Winstanley remains well. She is working in a garden centre and sleeps well; there are no psychotic symptoms.

Medication: aripiprazole 10 mg once daily, prescribed by the practice under the shared care agreement you accepted on 03/03/2033; no change today, so please continue it under that agreement.

She was asked by her GP in March to cut down her caffeine, which she has done.

Her annual SMI physical health check is due at the practice in July, and she knows to book it when she receives her invitation.

We have booked her next review in our clinic in six months.

Yours sincerely

Dr Ingrid Salcombe
Consultant Psychiatrist
""", notes="Hard negative: amber antipsychotic continued under a shared care agreement the practice accepted; "
             "request vocabulary as history; the SMI annual check is the practice's own work; own follow-up booked.")

# a13 skin surgery PDF: Recommendations heading hands suture removal and histology chasing to the GP
pt = P("Torquil Benbow", "724137", "1962-08-08")
letter(key="a13", prov="lyd", dept=DERM, kind="clinic_letter", specialty="Dermatology",
       clinician="Dr Beatrix Holm", patient=pt, ev="2034-05-26", ld="2034-05-29", sent="2034-05-31 11:30",
       fmt="pdf", subject="Skin surgery letter", body=f"""
# Skin Surgery Operation Letter
{idl(pt)}
Date of procedure: 26/05/2034
Surgeon: Dr Beatrix Holm, Consultant Dermatologist

Dear {GP},

Procedure: excision of a 9 mm pigmented lesion from the left upper back with a 2 mm margin, under local anaesthetic. Closed with 4/0 nylon interrupted sutures.

The procedure was uncomplicated and Mr Benbow went home the same day with written wound-care advice.

# Recommendations
- Sutures to be removed by the practice nurse at 10 to 14 days.
- Histology is awaited; please could you chase the result and let Mr Benbow know the outcome.
- Advise sun protection (SPF 50) and regular self-examination.

Dr Beatrix Holm
Consultant Dermatologist
""", exp=[("post_procedure_care", "Sutures to be removed by the practice nurse at 10 to 14 days."),
          ("results_chasing", "Histology is awaited; please could you chase the result and let Mr Benbow know "
           "the outcome.")],
       notes="Under 'Recommendations': aftercare of the team's own excision and chasing/communicating its own "
             "histology passed to the practice. Sun-protection advice is advice to the patient.")

# a14 community pulmonary rehab: for information; practice's own review and immunisation mentioned (negative)
pt = P("Edna Scarisbrick", "724140", "1944-02-14")
letter(key="a14", prov="cold", dept=PULM, kind="clinic_letter", specialty="Respiratory Medicine",
       clinician="Mrs Lorna Bickerstaff", patient=pt, ev="2034-05-31", ld="2034-06-01", sent="2034-06-02 10:00",
       fmt="plain", subject="Pulmonary rehabilitation - completion (for information)", body=f"""
{head("cold", PULM)}

FOR YOUR INFORMATION - NO ACTION REQUIRED

{idl(pt)}
Final session: 31/05/2034

Dear {GP},

Mrs Scarisbrick has completed our eight-week pulmonary rehabilitation programme. Her incremental shuttle walk improved from 180 m to 290 m and her CAT score fell from 24 to 17.

She has been given a home exercise plan and details of the Breathe Easy group at Coldbrook library.

We reminded her that her annual COPD review is with the practice nurse, and that her pneumococcal vaccine is due at the practice under the routine schedule; she plans to book both.

She has now been discharged from the programme. Should her breathing deteriorate again, she may be re-referred.

Yours sincerely

Mrs Lorna Bickerstaff
Pulmonary Rehabilitation Lead
""", notes="Hard negative: information only; the annual COPD review and routine immunisation are the practice's "
             "own work, told to the patient; re-referral is conditional.")

# a15 mental-health inpatient discharge PDF, on time: GP asked to put clozapine on repeat
pt = P("Jerome Halloran", "724153", "1988-03-29")
letter(key="a15", prov="fen", dept=WARD, kind="discharge_summary", specialty="Psychiatry",
       clinician="Dr Tariq Hollins", patient=pt, ev="2034-06-02", ev_time="14:30", ld="2034-06-02",
       sent="2034-06-02 18:10", fmt="pdf", subject="Inpatient discharge summary", body=f"""
# Inpatient Discharge Notification
{idl(pt)}
Admitted: 21/04/2034
Date and time of discharge: 02/06/2034 14:30
Responsible consultant: Dr Tariq Hollins

Diagnosis: treatment-resistant schizophrenia.

Summary: Mr Halloran was admitted informally with a relapse of psychosis after stopping olanzapine. He was started on clozapine on the ward and titrated to 250 mg twice daily, with weekly FBC registered with the clozapine monitoring service. His mental state has settled well.

Medication on discharge: clozapine 250 mg twice daily (7 days supplied); hyoscine hydrobromide 300 micrograms at night (7 days supplied).

# GP actions
Please add clozapine 250 mg twice daily to his repeat prescription from 09/06/2034, when his discharge supply runs out.

Follow-up: his care coordinator will visit within 72 hours, and the home treatment team will see him daily for the first week.

Dr Tariq Hollins
Consultant Psychiatrist
""", exp=[("hospital_only_prescribing", "Please add clozapine 250 mg twice daily to his repeat prescription from "
           "09/06/2034, when his discharge supply runs out.")],
       notes="Clozapine is a red, hospital-only drug (registered monitoring): GP asked to prescribe it. Sent 3 h 40 "
             "min after discharge (on time); community follow-up by the trust is a negative.")

# a16 acute medicine HTML, urgent but no bounce: dangerous interaction with a practice-prescribed drug
pt = P("Wilfred Ansty", "724166", "1958-06-21")
letter(key="a16", prov="kes", dept=AMU, kind="ed_letter", specialty="Acute Medicine",
       clinician="Dr Kieran Blakemore", patient=pt, ev="2034-06-03", ld="2034-06-03", sent="2034-06-03 22:40",
       fmt="html", opts={"alt": True}, subject="URGENT - drug interaction - please action", body=f"""
# Acute Medical Unit Attendance
{idl(pt)}
Attended: 03/06/2034
Clinician: Dr Kieran Blakemore, Acute Medicine Registrar

Dear {GP},

Mr Ansty attended with urinary symptoms and we have treated him for a lower urinary tract infection with nitrofurantoin 50 mg four times daily for 7 days, supplied in full.

# URGENT: drug interaction
On medicines reconciliation we found that he started trimethoprim 100 mg at night as UTI prophylaxis from the practice last week, while also taking methotrexate 15 mg weekly for psoriasis, which the practice prescribes under shared care. The combination risks serious bone marrow suppression. His FBC today was normal.

We have told him not to take any more trimethoprim. Please remove trimethoprim from his repeat prescription today and review his prophylaxis.

Dr Kieran Blakemore
""", urgent=True,
       notes="Dangerous interaction between two drugs the practice prescribes: time-critical, so urgent, but "
             "managing the practice's own repeat list is GP work, so there is no bounce. Antibiotic supplied.")

# a17 gynaecology discharge HTML, 26 h after discharge: FBC and fit note in the actions table
pt = P("Philippa Cordery", "724179", "1981-09-09")
letter(key="a17", prov="kes", dept=GYNAE, kind="discharge_summary", specialty="Gynaecology",
       clinician="Miss Rowena Tindall", patient=pt, ev="2034-06-05", ev_time="10:15", ld="2034-06-06",
       sent="2034-06-06 12:40", fmt="html", opts={"header": True, "alt": True},
       subject="Discharge summary - Gynaecology", body=f"""
# Gynaecology Discharge Summary
{idl(pt)}
Date of discharge: 05/06/2034 10:15
Consultant: Miss Rowena Tindall, Consultant Gynaecologist

Procedure: total laparoscopic hysterectomy for fibroids on 03/06/2034. Estimated blood loss 900 ml. Haemoglobin 94 g/L on the day of discharge (148 before surgery).

Medicines supplied: ferrous fumarate 322 mg twice daily (28 days), paracetamol and dihydrocodeine (7 days), dalteparin 5000 units daily to complete 28 days (supplied, she self-injects).

# Actions for GP to complete
| Action | Responsibility |
| FBC in one week to check her haemoglobin after the blood loss | GP |
| Please issue a fit note for four weeks from discharge | GP |
| Post-operative review at 6 weeks | Gynaecology clinic (appointment sent) |

Miss Rowena Tindall
""", exp=[("late_discharge_summary", "Date of discharge: 05/06/2034 10:15"),
          ("tests_for_hospital", "FBC in one week to check her haemoglobin after the blood loss"),
          ("fit_note", "Please issue a fit note for four weeks from discharge")],
       notes="Discharged 05/06 10:15, sent 06/06 12:40 (26 h 25 min): late although next day. Post-operative "
             "Hb check for the surgical team and the fit note for the post-operative period placed on the GP. "
             "Supplies and the 6-week review are negatives.")

# a18 colposcopy PDF: normal, back to routine recall; patient advised to book her smear (negative)
pt = P("Bethany Ruscoe", "724182", "1995-12-18")
letter(key="a18", prov="lyd", dept=COLP, kind="clinic_letter", specialty="Gynaecology",
       clinician="Ms Adaeze Fairweather", patient=pt, ev="2034-06-06", ld="2034-06-07", sent="2034-06-09 09:00",
       fmt="pdf", subject="Colposcopy clinic letter", body=f"""
# Colposcopy Clinic
{idl(pt)}
Clinic date: 06/06/2034
Colposcopist: Ms Adaeze Fairweather, Nurse Colposcopist

Dear {GP},

Ms Ruscoe was referred after an HPV-positive screening sample with borderline changes.

Colposcopy today was satisfactory and normal, with a fully visible transformation zone; no biopsy was needed. I explained the findings to her in clinic.

She returns to routine recall. I have advised her to book her next cervical screening with her practice nurse when she receives her invitation in three years.

If she develops post-coital or intermenstrual bleeding she should seek review sooner.

No action is needed from the practice.

Ms Adaeze Fairweather
""", notes="Hard negative: advice to the patient to book routine screening with the practice nurse (GP work), "
             "results told to her in clinic, conditional safety-netting, 'no action needed'.")

# a19 rheumatology DOCX: Actions for GP asks for azathioprine transfer while the agreement is still to follow
pt = P("Greta Pellow", "724195", "1973-05-06")
letter(key="a19", prov="kes", dept=RHEUM, kind="clinic_letter", specialty="Rheumatology",
       clinician="Dr Leopold Fenwick", patient=pt, ev="2034-06-07", ld="2034-06-08", sent="2034-06-09 15:30",
       fmt="docx", subject="Rheumatology clinic letter", body=f"""
# Rheumatology Clinic Letter
{idl(pt)}
Clinic date: 07/06/2034
Consultant: Dr Leopold Fenwick

Dear {GP},

Diagnosis: systemic lupus erythematosus with inflammatory arthritis; osteopenia.

Mrs Pellow is much better. She has been on azathioprine 100 mg daily for 14 weeks (TPMT normal) with stable blood counts and liver tests in our monitoring clinic, and prednisolone is now down to 5 mg daily.

# Actions for GP
- Please take over prescribing of azathioprine 100 mg daily and the monthly FBC and LFT monitoring from now.
- Our shared care document is being revised and will follow in due course.
- Please continue her calcium and vitamin D (one tablet twice daily) and alendronic acid 70 mg weekly.

We will see her in our clinic in four months.

Dr Leopold Fenwick
Consultant Rheumatologist
""", exp=[("shared_care_without_agreement", "Please take over prescribing of azathioprine 100 mg daily and the "
           "monthly FBC and LFT monitoring from now.")],
       notes="Amber drug handed over 'from now' while the shared care document has not yet been offered, let "
             "alone accepted. Calcium/vitamin D and alendronate continue are negatives.")

# a20 urology referral accepted, tests arranged by the hospital (negative referral_response)
pt = P("Norman Quennell", "724207", "1953-11-11")
letter(key="a20", prov="kes", dept=URO, kind="referral_response", specialty="Urology",
       clinician="Mr Tobias Grainger", patient=pt, ev=None, ld="2034-06-12", sent="2034-06-12 11:15",
       fmt="html", opts={"label_col": True}, subject="Referral accepted - urology", body=f"""
# Referral Response
| Patient | {pt['name']} |
| Date of birth | {dmy(pt['dob'])} |
| NHS number | {kit.spaced(pt['nhs_number'])} |
| Triaged by | Mr Tobias Grainger, Consultant Urologist |
| Outcome | Accepted: suspected cancer pathway (visible haematuria) |

Dear {GP},

Thank you for your referral of Mr Quennell, which has been accepted.

We have arranged a CT urogram and a flexible cystoscopy, and we will write to him directly with the dates; there is nothing further for the practice to arrange.

Please continue his tamsulosin 400 micrograms daily in the meantime.

Mr Tobias Grainger
""", notes="Hard negative: referral accepted, investigations arranged by the hospital, green drug continued. "
             "The contrast case to a returned referral. Kind referral_response: no event date.")

# a21 mental-health discharge DOCX next morning, within 24 h; TTO 14 days, trust follow-up (negative)
pt = P("Reuben Stapleford", "724210", "1992-04-30")
letter(key="a21", prov="fen", dept=WARD, kind="discharge_summary", specialty="Psychiatry",
       clinician="Dr Tariq Hollins", patient=pt, ev="2034-06-12", ev_time="11:00", ld="2034-06-13",
       sent="2034-06-13 09:30", fmt="docx", subject="Inpatient discharge summary", body=f"""
# Inpatient Discharge Notification
{idl(pt)}
Date and time of discharge: 12/06/2034 11:00
Responsible consultant: Dr Tariq Hollins

Diagnosis: severe depressive episode without psychotic features.

Summary: Mr Stapleford was admitted for two weeks after an overdose of paracetamol, treated medically at Kestrelford General Hospital before transfer. His mood has improved and he engaged well with the ward psychologist.

# Medication on discharge
| Medicine | Supply | After the supply |
| Sertraline 150 mg once daily | 14 days supplied | Continue on the practice repeat (dose unchanged since March) |
| Mirtazapine 15 mg at night | 14 days supplied | Stop after the supply; not to be continued |

# Follow-up
The home treatment team will see him within 72 hours of discharge; his care coordinator is Mr Jude Ormerod (0118 496 0561).

He has been given the 24-hour crisis line number. A fit note is not needed: he is a full-time student.

Dr Tariq Hollins
""", notes="Hard negative: sent 22 h 30 min after discharge (next day, on time); 14 days supplied; continuing "
             "an unchanged GP repeat is GP work; follow-up by the trust's own teams.")

# a22 neurology plain letter, sent by the secretary: onward referral hidden in a P.S. after a long letter
pt = P("Alistair Moxon", "724223", "1966-10-15")
letter(key="a22", prov="lyd", dept=NEURO, kind="clinic_letter", specialty="Neurology",
       clinician="Dr Rhys Trevannion", patient=pt, ev="2034-06-13", ld="2034-06-14", sent="2034-06-16 10:20",
       fmt="plain", opts={"from": "Mrs Petra Gunnell <petra.gunnell@nhs.net>"},
       subject="Neurology letter - Alistair Moxon", body=f"""
{head("lyd", NEURO)}

{idl(pt)}
Clinic: 13/06/2034
Consultant: Dr Rhys Trevannion

Dear {GP},

Diagnosis: chronic daily headache with features of medication overuse; possible obstructive sleep apnoea.

Thank you for referring Mr Moxon, a 67-year-old retired bus driver, with eight months of headache present on waking most days and easing by mid-morning. He takes co-codamol on most days. There are no visual symptoms, no focal features and no change with posture. His examination, including fundoscopy, was normal. His BMI is 34 and his collar size 18 inches.

I have explained medication overuse and he has agreed to stop co-codamol. I have requested an MRI brain to complete the picture and will write with the result.

I will see him again in three months.

Yours sincerely

Dr Rhys Trevannion
Consultant Neurologist

P.S. His wife describes loud snoring with witnessed apnoeas; I would be grateful if you could refer him to the sleep service, as this may be contributing to his morning headaches.
""", exp=[("onward_referral", "I would be grateful if you could refer him to the sleep service, as this may be "
           "contributing to his morning headaches.")],
       notes="Onward referral for a related problem the neurologist identified, hidden in a P.S.; the MRI the "
             "hospital requested itself and will report is a negative.")

# a23 community MSK interface HTML: dated within 7 days but sent 11 days after; MRI result via GP
pt = P("Dominic Farrant", "724236", "1975-07-07")
letter(key="a23", prov="cold", dept=MSKI, kind="clinic_letter", specialty="Musculoskeletal Medicine",
       clinician="Mr Kwame Astley", patient=pt, ev="2034-06-08", ld="2034-06-12", sent="2034-06-19 14:00",
       fmt="html", subject="MSK Interface Service - clinic letter", body=f"""
# MSK Interface Service
{idl(pt)}
Appointment date: 08/06/2034
Clinician: Mr Kwame Astley, Advanced Practitioner Physiotherapist
Letter dictated: 12/06/2034

Dear {GP},

Mr Farrant has right-sided L5 radicular pain for ten weeks with some weakness of ankle dorsiflexion (4/5). There are no red-flag or cauda equina symptoms, and he has been given written cauda equina safety-netting advice.

I have asked him to contact his GP for the result of the MRI lumbar spine I requested today.

He will continue with our physiotherapy team meanwhile.

Mr Kwame Astley
""", exp=[("late_clinic_letter", "Appointment date: 08/06/2034"),
          ("patient_redirected_to_gp", "I have asked him to contact his GP for the result of the MRI lumbar spine "
           "I requested today.")],
       notes="Letter dictated 4 days after the appointment but sent 11 days after it: late (the Date header "
             "counts). The patient is sent to the GP for the result of the service's own MRI.")

# a24 independent-sector cataract day-case discharge PDF: no drops supplied; outcomes audit form
pt = P("Ivy Tredgold", "724249", "1940-01-23")
letter(key="a24", prov="amb", dept=EYES, kind="discharge_summary", specialty="Ophthalmology",
       clinician="Mr Jonas Whitcombe", patient=pt, ev="2034-06-20", ev_time="12:30", ld="2034-06-20",
       sent="2034-06-20 17:00", fmt="pdf", subject="Day surgery discharge - cataract", body=f"""
# Day Surgery Discharge Summary
{idl(pt)}
Date of surgery and discharge: 20/06/2034, discharged 12:30
Surgeon: Mr Jonas Whitcombe, Consultant Ophthalmic Surgeon

Procedure: left phacoemulsification with intraocular lens, under topical anaesthesia. Uncomplicated.

Her 4-week post-operative check will take place in our clinic; the appointment has been posted to her.

No drops were supplied on the day of surgery; please prescribe dexamethasone 0.1% eye drops four times daily for four weeks and chloramphenicol 0.5% eye drops four times daily for two weeks.

Please complete the enclosed Ambergate clinical outcomes audit questionnaire for this patient and return it to our audit office by 14/07/2034.

Mr Jonas Whitcombe
""", exp=[("hospital_only_prescribing", "No drops were supplied on the day of surgery; please prescribe "
           "dexamethasone 0.1% eye drops four times daily for four weeks and chloramphenicol 0.5% eye drops four "
           "times daily for two weeks."),
          ("non_contractual_admin", "Please complete the enclosed Ambergate clinical outcomes audit questionnaire "
           "for this patient and return it to our audit office by 14/07/2034.")],
       notes="Immediate post-operative drops not supplied by the provider and the provider's own audit form put "
             "on the practice. Sent 4 h 30 min after discharge (on time); post-op check at the provider.")

# a25 community diabetes nursing plain letter sent exactly 7 days after the visit (on time, negative)
pt = P("Sunita Marwood", "724252", "1961-03-03")
letter(key="a25", prov="cold", dept=DSN, kind="clinic_letter", specialty="Diabetes",
       clinician="Mrs Delyth Kendrick", patient=pt, ev="2034-06-15", ld="2034-06-20", sent="2034-06-22 16:45",
       fmt="plain", subject="Diabetes specialist nurse review", body=f"""
{head("cold", DSN)}

{idl(pt)}
Seen: 15/06/2034 (community diabetes clinic)
Clinician: Mrs Delyth Kendrick, Diabetes Specialist Nurse

Dear {GP},

Mrs Marwood's HbA1c was 78 mmol/mol and her fasting glucose readings remain 9-12. We have increased insulin glargine from 18 to 22 units at night, and she has enough pens at home.

We will continue titrating by telephone each week and will see her again in 3/12, when we will check her HbA1c ourselves.

Please continue metformin 1 g bd on her repeat prescription.

Her annual diabetes review, including her foot check, stays with the practice as usual.

Mrs Delyth Kendrick
Diabetes Specialist Nurse
""", notes="Hard negative and lateness edge: sent exactly 7 days after the visit (on time). Metformin is a "
             "routine repeat; the annual review is the practice's own; titration and HbA1c by the service.")

# a26 orthogeriatric DOCX: audit questionnaire for the practice and DEXA chasing via the GP surgery
pt = P("Winifred Oakshott", "724265", "1936-09-12")
letter(key="a26", prov="kes", dept=ORTHOGER, kind="clinic_letter", specialty="Geriatric Medicine",
       clinician="Dr Mirela Costache", patient=pt, ev="2034-06-23", ld="2034-06-26", sent="2034-06-27 10:05",
       fmt="docx", subject="Fracture liaison clinic letter", body=f"""
# Fracture Liaison Clinic
{idl(pt)}
Clinic date: 23/06/2034
Consultant: Dr Mirela Costache, Consultant Orthogeriatrician

Dear {GP},

Mrs Oakshott attended the fracture liaison clinic twelve weeks after her left hip hemiarthroplasty. She is walking with a frame, and her pain is controlled.

She has taken alendronic acid 70 mg weekly, which you prescribe, for two years. I have requested a DEXA scan to guide whether she should continue it.

If she has not received a DEXA appointment within six weeks, she should ring her GP surgery to chase it.

As part of the Kestrelford fragility fracture audit, we would be grateful if the practice could complete the attached 120-day follow-up questionnaire and return it to our audit team.

Please continue her alendronic acid, calcium and vitamin D for now.

Dr Mirela Costache
""", exp=[("patient_redirected_to_gp", "If she has not received a DEXA appointment within six weeks, she should "
           "ring her GP surgery to chase it."),
          ("non_contractual_admin", "As part of the Kestrelford fragility fracture audit, we would be grateful if "
           "the practice could complete the attached 120-day follow-up questionnaire and return it to our audit "
           "team.")],
       notes="Queries about the hospital's own DEXA booking redirected to the GP, and the hospital's audit data "
             "collection asked of the practice. Continuing an existing GP repeat is a negative.")

# a27 rheumatology HTML: methotrexate under an accepted shared-care agreement; older clinic date in text (negative)
pt = P("Celia Brandwood", "724278", "1970-02-28")
letter(key="a27", prov="lyd", dept=RHEUM, kind="clinic_letter", specialty="Rheumatology",
       clinician="Dr Margot Eskdale", patient=pt, ev="2034-06-27", ld="2034-06-28", sent="2034-06-30 11:45",
       fmt="html", opts={"alt": True}, subject="Rheumatology clinic letter", body=f"""
# Rheumatology Outpatients
{idl(pt)}
Clinic date: 27/06/2034
Consultant: Dr Margot Eskdale

Dear {GP},

Diagnosis: psoriatic arthritis.

I last saw Mrs Brandwood on 10/01/2034. She is well, with no swollen joints today, and her skin is clear.

Methotrexate 15 mg weekly continues under the shared care agreement your practice accepted on 14/01/2033; please continue the three-monthly FBC, U&Es and LFTs as set out in that agreement.

Please also continue her folic acid 5 mg weekly.

We will see her again in twelve months, and she has our advice line number if she flares.

Dr Margot Eskdale
""", notes="Hard negative: methotrexate monitoring under a shared care agreement the practice accepted; an older "
             "clinic date in the text is not the event (sent 3 days after this clinic, on time).")

# a28 CMHT referral response (plain, sent by the team manager): referral not accepted, work-up asked first
pt = P("Tegan Whitmore", "724281", "1998-08-19")
letter(key="a28", prov="fen", dept=CMHT, kind="referral_response", specialty="Psychiatry",
       clinician="Ms Joanna Riddick", patient=pt, ev=None, ld="2034-07-03", sent="2034-07-03 15:10",
       fmt="plain", opts={"from": "Joanna Riddick <joanna.riddick@nhs.net>"},
       subject="Referral outcome - Tegan Whitmore", body=f"""
{head("fen", CMHT)}

{idl(pt)}

Dear {GP},

Thank you for your referral of Ms Whitmore with low mood for five months. It was discussed at our daily triage meeting.

We note that she has taken citalopram 20 mg for six weeks with partial benefit and that she reports no current plans to harm herself.

We are unable to accept this referral at present; please start a second SSRI at full dose for at least eight weeks and refer her to NHS Talking Therapies, then re-refer if there is no improvement.

If her risk increases, please contact our duty team on 0118 496 0590.

Ms Joanna Riddick
Team Manager, Single Point of Access
""", exp=[("referral_returned_for_workup", "We are unable to accept this referral at present; please start a "
           "second SSRI at full dose for at least eight weeks and refer her to NHS Talking Therapies, then re-refer "
           "if there is no improvement.")],
       notes="Referral declined with a list of treatment to complete first. The duty-team line is safety-netting.")

# a29 SDEC plain letter, urgent: suspected lung cancer found by the hospital, GP asked to make the referral
pt = P("Bernard Lowther", "724294", "1954-12-24")
letter(key="a29", prov="lyd", dept=SDEC, kind="ed_letter", specialty="Acute Medicine",
       clinician="Dr Fraser Quigley", patient=pt, ev="2034-07-04", ld="2034-07-04", sent="2034-07-05 08:30",
       fmt="plain", subject="SDEC attendance - URGENT suspected cancer", body=f"""
{head("lyd", SDEC)}

{idl(pt)}
Attended: 04/07/2034
Clinician: Dr Fraser Quigley, Consultant in Acute Medicine

Dear {GP},

Mr Lowther attended with haemoptysis and three weeks of cough. A pulmonary embolism was excluded.

The CT chest we performed today shows a 28 mm spiculated mass in the right upper lobe, suspicious of primary lung cancer, with an enlarged right hilar node. I have explained that this could be a cancer.

Please make an urgent suspected cancer referral to the lung cancer team.

He is well enough to be at home and knows to return if the bleeding increases.

Dr Fraser Quigley
""", exp=[("onward_referral", "Please make an urgent suspected cancer referral to the lung cancer team.")],
       urgent=True,
       notes="Suspected cancer step: urgent. The provider found the mass and should refer on itself, so the "
             "request is onward_referral, but the letter must reach a clinician before any bounce.")

# a30 ED PDF: incidental renal mass already referred on the cancer pathway by the ED (alarming, not urgent)
pt = P("Agnes Thistlewood", "724307", "1958-05-05")
letter(key="a30", prov="kes", dept=ED, kind="ed_letter", specialty="Emergency Medicine",
       clinician="Dr Niamh Corrigan", patient=pt, ev="2034-07-06", ld="2034-07-06", sent="2034-07-07 09:10",
       fmt="pdf", subject="ED attendance letter", body=f"""
# Emergency Department Discharge Letter
{idl(pt)}
Attendance date: 06/07/2034
ED clinician: Dr Niamh Corrigan, Consultant in Emergency Medicine

Dear {GP},

Mrs Thistlewood attended with left loin pain. A CT KUB excluded a ureteric stone but showed an incidental 4 cm enhancing mass in the left kidney, suspicious of a renal cell carcinoma.

I have referred her myself on the urgent suspected cancer pathway to urology, and she has been given an appointment for 13/07/2034. She is aware of the finding and has our contact number.

Her pain settled with paracetamol. No action is required from the practice; this letter is for your information.

Dr Niamh Corrigan
""", notes="Alarming finding already acted on by the ED (referred itself on the cancer pathway, appointment "
             "made): no finding and not urgent for the practice. Hard negative.")

# a31 independent-sector knee review HTML: clips removed, pain clinic referral and fit note done (negative)
pt = P("Malcolm Esterhuizen", "724310", "1964-11-30")
letter(key="a31", prov="amb", dept=ORTHO, kind="clinic_letter", specialty="Trauma and Orthopaedics",
       clinician="Mr Ravindra Elsworth", patient=pt, ev="2034-07-10", ld="2034-07-11", sent="2034-07-12 14:20",
       fmt="html", opts={"header": True}, subject="Post-operative review - knee replacement", body=f"""
# Post-operative Review
{idl(pt)}
Clinic date: 10/07/2034
Consultant: Mr Ravindra Elsworth

Dear {GP},

Mr Esterhuizen had a left total knee replacement on 26/06/2034.

# Plan and requested actions
| Item | Responsibility | Status |
| Wound review and clip removal | Ambergate nurse | Done today, wound healed |
| Physiotherapy | Ambergate physiotherapy | Booked twice weekly |
| Fit note | Ambergate | Issued today for 6 weeks, to 21/08/2034 |
| Persistent anterior knee pain | Ambergate | I have referred him directly to our pain clinic |
| Usual medicines | GP | Continue as before; co-codamol 2 weeks supplied by us |

He will see me again at 3 months.

Mr Ravindra Elsworth
""", notes="Hard negative: a Responsibility table in which the provider owns the wound care, fit note and "
             "pain-clinic referral; only ordinary repeats stay with the GP.")

# a32 ENT PDF: the letter offers another appointment, the covering e-mail discharges and asks for re-referral
pt = P("Rupert Sandell", "724323", "1971-04-16")
letter(key="a32", prov="lyd", dept=ENT, kind="clinic_letter", specialty="ENT",
       clinician="Mr Declan Hartnell", patient=pt, ev="2034-07-13", ld="2034-07-13", sent="2034-07-14 12:00",
       fmt="pdf", opts={"cover": (
           "Dear colleague,\n\nThe attached {doctype} from {dept}, {trust}, is sent to you securely.\n"
           "Our reference: {ref}\n\n"
           "Booking office note: Mr Rupert Sandell did not attend his ENT follow-up on 13/07/2034. In line with "
           "the Trust access policy he has been discharged to your care; please re-refer via the e-Referral "
           "Service if he still needs to be seen.\n\n"
           "Kind regards\nOutpatient Booking Office\n")},
       subject="ENT - did not attend", body=f"""
# ENT Outpatient Letter
{idl(pt)}
Clinic date: 13/07/2034
Consultant: Mr Declan Hartnell

Dear {GP},

Mr Sandell did not attend his follow-up appointment today to discuss his audiogram, which showed an asymmetric sensorineural hearing loss.

I have asked our booking team to offer him one further appointment, and I have requested an MRI of his internal auditory meatus, which we will arrange directly with him.

Mr Declan Hartnell
Consultant ENT Surgeon
""", exp=[("dna_rereferral", "In line with the Trust access policy he has been discharged to your care; please "
           "re-refer via the e-Referral Service if he still needs to be seen.")],
       notes="The covering e-mail from the booking office discharges after one DNA and asks for re-referral, "
             "while the attached letter says a further appointment will be offered: the cover carries the finding.")


# ====================================================================== 'other' messages

other(key="x01", sent="2034-05-08 07:30", type="ooo", notes="Out-of-office reply from a hospital secretary.",
      frm="Maureen Ellacott <maureen.ellacott@kestrelford.nhs.uk>",
      subject="Automatic reply: Query about clinic letter",
      body="Thank you for your email. I am on annual leave until 15 May 2034. For urgent cardiology letter "
           "queries please ring the outpatient secretaries on 0117 496 0311.\n")
other(key="x02", sent="2034-05-18 07:00", type="html_bulletin", notes="ICB primary care bulletin (bulk).",
      frm="Fenmarsh and Kestrelford ICB <primarycare@fenkes-icb.example>",
      subject="Primary Care Bulletin - May 2034",
      body="<html><body><h2>Primary Care Bulletin</h2><p>May 2034</p><ul>"
           "<li>Phlebotomy: the new Kestrelford phlebotomy hub takes hospital-requested bloods from 1 June.</li>"
           "<li>Reminder: providers should supply at least 7 days of medicines on discharge.</li>"
           "<li>Flu vaccine ordering for 2034/35 is now open.</li></ul>"
           "<p>You are receiving this because your practice is on the ICB distribution list.</p></body></html>\n")
other(key="x03", sent="2034-05-27 20:14", type="patient", notes="Patient e-mail asking the practice about a "
      "hospital result; a message from a patient, never a provider letter.",
      frm="Gary Pendlebury <gary.pendlebury@example.com>", subject="my scan result",
      body="Hi,\n\nThe hospital told me to ask my GP for the result of my ultrasound scan from last week. Please "
           "could someone let me know what it showed?\n\nThanks\nGary Pendlebury\n")
other(key="x04", sent="2034-06-10 02:45", type="phish", notes="Phishing pretending to be NHSmail.",
      frm="NHSmail Support <security-update@nhsmail-verify.example.net>",
      subject="Action required: your NHSmail password expires today",
      body="Your NHSmail password expires today. To keep receiving hospital letters, confirm your account "
           "within 12 hours:\nhttp://nhsmail-verify.example.net/confirm\n")
other(key="x05", sent="2034-06-21 11:02", type="dsn", notes="Non-delivery report.",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>", subject="Undeliverable: Re: Clip removal request",
      body="Delivery has failed to these recipients or groups:\n\nward7.secretary@kestrelford.nhs.uk\nThe e-mail "
           "address you entered couldn't be found.\n", rcpt="ward7.secretary@kestrelford.nhs.uk")
other(key="x06", sent="2034-06-26 08:00", type="bulletin", notes="LMC newsletter (bulk) quoting requests.",
      frm="Fenmarsh and Kestrelford LMC <news@fenkes-lmc.example.org>", subject="LMC News - June 2034",
      body="LMC NEWS - JUNE 2034\n\n1. Workload shift: keep sending us examples of 'GP to arrange bloods' and "
           "'please re-refer after DNA' requests; our template letters are on the website.\n2. Shared care: no "
           "practice has to accept an amber drug without an agreement.\n3. Annual conference: 18 September.\n")
other(key="x07", sent="2034-07-06 13:00", type="spam", notes="Equipment supplier marketing.",
      frm="Clearview Diagnostics <offers@clearview-diagnostics.example.com>",
      subject="Bring ECGs in-house: 20% off this month",
      body="Dear Practice Manager,\n\nWhy send patients to hospital for an ECG? Our 12-lead machine is 20% off "
           "until the end of July. Reply to book a demo.\n\nTo stop these emails reply UNSUBSCRIBE.\n")
other(key="x08", sent="2034-07-17 10:00", type="massmail", notes="'For information' mass mailing (bulk).",
      frm="Lydmouth and Saltcote Hospitals Communications <comms@lydmouth-saltcote.nhs.uk>",
      subject="For information: outpatient phlebotomy moves to Saltcote from August",
      body="FOR INFORMATION - SENT TO ALL GP PRACTICES\n\nFrom 1 August 2034 hospital outpatient phlebotomy moves "
           "to the Saltcote Community Hospital. Patients with hospital blood test forms will be told directly. "
           "No action is needed.\n")


# ====================================================================== rendering and checks

def house(L: dict, p: dict) -> dict:
    """One house style for all; Lydmouth prints a plain banner where the others have the two-cell table."""
    style = dict(heading='<h4 style="font-size:10.5pt;color:#3b4f1e;margin:12px 0 4px 0">{}</h4>',
                 cell='style="border:1px solid #8a9a5b;padding:3px 7px;vertical-align:top"',
                 font="Calibri,Arial,sans-serif", marking="OFFICIAL-SENSITIVE: PATIENT",
                 footer=f"{html.escape(p['name'])}: this e-mail contains confidential patient information.")
    if p["name"] == LYD:
        style["top"] = (f'<div style="font-size:13pt;font-weight:bold">{html.escape(p["name"])}</div>'
                        f'<div style="font-size:9pt">{html.escape(L["dept"])} | {html.escape(p["site"])} | '
                        f'Tel {html.escape(p["phone"])}</div><hr>')
    return style


def corpus_checks(labels, items) -> list[str]:
    """The kit's checks, urgent letters that say so, about half the letters without findings and at least two
    on-time letters of each dated kind."""
    errors = C.checks(labels, items, urgent=(2, 3), others=8,
                      own=lambda lid, lab, text: [f"{lid}: urgent letter does not say so"]
                      if lab["urgent_clinical_action"] and "urgent" not in text.lower() else [])
    letters = [lab for lab in labels if lab["kind"] != "other"]
    quiet = sum(1 for lab in letters if not lab["expected"])
    if not 0.4 * len(letters) <= quiet <= 0.6 * len(letters):
        errors.append(f"{quiet} of {len(letters)} letters without findings: expected about half")
    on_time = {k: sum(1 for lab in letters if lab["kind"] == k and not any(e["category"] in kit.LATE
                                                                            for e in lab["expected"]))
               for k in kit.LATE_FOR_KIND}
    if min(on_time.values()) < 2:
        errors.append(f"too few on-time dated letters: {on_time}")
    return errors


if __name__ == "__main__":
    sys.exit(C.run(sys.argv[1:], house=house, checks=corpus_checks))
