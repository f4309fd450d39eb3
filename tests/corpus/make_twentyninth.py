#!/usr/bin/env python3
"""Build the twenty-ninth (independent, held-out) corpus: tests/corpus/twentyninth/.

Style: who exactly is being asked?  Letters copied to several professionals, where only some lines ask the
GP practice.  "Dear Colleague" letters with a per-recipient actions list ("District nurses: ...", "Care
home: ...", "Pharmacy: ...", "GP: ..."), distribution lists at the top ("To: GP; cc: DN team, Care home")
and tables with a "Who" / "Responsible" / "Owner" column naming a different professional on each row.
Requests made of other professionals use the same verbs a request of the practice would ("please check
her U&Es" to the community matron, "please remove the sutures" to the district nurses, "please supply a
7-day dosette" to the pharmacy): those are not findings against the practice, and they sit beside the lines
that really do ask the practice.

Five invented providers (two acute trusts, a community trust, a mental-health trust and an independent
treatment centre) write to an invented practice, Ferncliffe Medical Group.  Formats: plain-text bodies,
HTML bodies with tables, PDF and DOCX attachments.  Ten messages are not letters.

Written from the category definitions alone (TAXONOMY.md and the domain README); no detector output, policy
file or other corpus was used.  Everything is invented; NHS numbers are 999-range with a valid Modulus 11
check digit; telephone numbers are in Ofcom drama ranges.  Every date falls between 10 January and 4 March
2039, inside Greenwich Mean Time (British Summer Time starts on 27 March 2039), so every Date header is
+0000.  The build is deterministic.

    python3 tests/corpus/make_twentyninth.py            # build, then verify
    python3 tests/corpus/make_twentyninth.py --verify-only
"""
from __future__ import annotations

import html
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus_kit as kit  # noqa: E402
from corpus_kit import dmy, spaced  # noqa: E402
from corpus_kit import patient as P  # noqa: E402

ASK = "Askerby and Wendle Hospitals NHS Foundation Trust"
HOL = "Holmbridge and Saltmere University Hospitals NHS Trust"
LAN = "Lanchester Vale Community Health NHS Trust"
BRM = "Brindlemoor Mental Health NHS Foundation Trust"
QRY = "Quarrybank Orthopaedic and Eye Centre Ltd"
PROV = {
    "ask": dict(
        name=ASK, site="Askerby Royal Hospital", addr=["Minster Lane", "Askerby", "YK4 6DW"],
        phone="0113 496 0581", domain="askerbywendle.nhs.uk",
        sender="AWH Clinical Correspondence <correspondence@askerbywendle.nhs.uk>", mailer="AWH DocuFlow 4.2"),
    "hol": dict(
        name=HOL, site="Holmbridge General Infirmary", addr=["Saltmere Road", "Holmbridge", "YH2 9LP"],
        phone="0114 496 0627", domain="hsuh.nhs.uk",
        sender="HSUH Outbound Letters <hsuh.letters@nhs.net>", mailer="HSUH Meridian EPR Outbound 8.0"),
    "lan": dict(
        name=LAN, site="Orrel Street Health Centre", addr=["Orrel Street", "Lanchester", "YL7 3QS"],
        phone="0115 496 0342", domain="lanchestervale.nhs.uk",
        sender="Lanchester Vale Community Services <lvch.community@nhs.net>",
        mailer="SystmOne Community Correspondence"),
    "brm": dict(
        name=BRM, site="Aldergate House", addr=["Aldergate", "Brindlemoor", "YB3 8NH"],
        phone="0121 496 0718", domain="brindlemoor.nhs.uk",
        sender="Brindlemoor Clinical Letters <clinical.letters@brindlemoor.nhs.uk>", mailer="RiO Letters Service 5"),
    "qry": dict(
        name=QRY, site="Quarrybank Treatment Centre", addr=["3 Millstone Park", "Quarrybank", "YQ5 1TE"],
        phone="01632 960 842", domain="quarrybankcentre.example.co.uk",
        sender="Quarrybank NHS Patient Services <nhs.letters@quarrybankcentre.example.co.uk>",
        mailer="Meditrak Clinic Suite 12"),
}
COVERS = {
    "ask": "{trust}\n{dept}\n\nAttached: {doctype}, ref {ref}.\nThis letter has been copied to the "
           "professionals named on its distribution list.\n\nThis mailbox is not monitored.\n",
    "hol": "{dept} - {trust}\n\nAttached: {doctype} {ref}\n\nCONFIDENTIAL: for the named recipients only.\n",
    "lan": "{trust}\n{dept}\n\nDear Colleagues,\n\nPlease see the attached {doctype} (ref {ref}), sent to the GP "
           "and copied to the community teams named in it.\n\nKind regards\nAdmin team\n",
    "brm": "{trust} - {dept}\n\nA {doctype} is attached (ref {ref}).\nOFFICIAL-SENSITIVE: contains patient "
           "identifiable information.\n",
    "qry": "{trust} (NHS patients)\n{dept}\n\nDear Practice Team,\n\nPlease find attached a {doctype} for your "
           "patient, treated at our centre under the NHS e-Referral Service.\nRef: {ref}\n\nNHS Patient Services\n",
}
PRACTICE = "Ferncliffe Medical Group"
C = kit.Corpus("twentyninth", "t29", f"{PRACTICE} <ferncliffe.medicalgroup@nhs.net>", PROV, cover=COVERS,
               window=("2039-01-10", "2039-03-04"), utc_hours=0)
letter, other = C.letter, C.other
idl = kit.idline


def head(p: str, dept: str) -> str:
    """The plain-text letterhead a letter system stamps on a typed letter."""
    pr = PROV[p]
    return f"{pr['name'].upper()}\n{dept}, {pr['site']}, {', '.join(pr['addr'])}\nTel {pr['phone']}"


COTE = "Department of Medicine for Older People"
FRAIL = "Frailty Assessment Unit"
ED = "Emergency Department"
RESP = "Respiratory Medicine"
ID = "Infectious Diseases and OPAT"
DERM = "Dermatology Outpatients"
GYN = "Gynaecology"
TO = "Trauma and Orthopaedics"
CARD = "Cardiology"
SURG = "General Surgery"
GASTRO = "Gastroenterology"
URO = "Urology"
RHEUM = "Rheumatology"
CPAED = "Community Paediatrics"
TV = "Tissue Viability Service"
ORREL = "Heathfield Ward, Orrel Community Hospital"
MSK = "MSK Interface Service"
SALT = "Children's Speech and Language Therapy"
POD = "Podiatry Service"
MEM = "Memory Assessment Service"
CMHT = "Ferncliffe and Holt Community Mental Health Team"
PERI = "Perinatal Mental Health Service"
WARD = "Willowmere Ward (Adult Inpatients)"
LITH = "Lithium Monitoring Clinic"
ORTHO = "Orthopaedic Outpatients"
EYE = "Ophthalmology"
DAY = "Day Surgery Unit"

# ====================================================================== letters

# a01 older people's medicine discharge to a care home: actions for care home, DNs, matron, pharmacy and GP
pt = P("Edith Pellowe", "631004", "1932-03-12")
letter(key="a01", prov="ask", dept=COTE, kind="discharge_summary", specialty="Geriatric Medicine",
       clinician="Dr Samir Okonedo", patient=pt, ev="2039-01-10", ev_time="14:20", ld="2039-01-10",
       sent="2039-01-10 17:40", fmt="plain", subject="Discharge summary - PELLOWE Edith - Ward 12", body=f"""
{head("ask", COTE)}

DISCHARGE SUMMARY
To: GP, {PRACTICE}
cc: Larchmont House Care Home; Community Matron (Ferncliffe locality);
    District Nursing Team; Priory Parade Pharmacy

{idl(pt)}
Admitted: 06/01/2039   Discharged: 10/01/2039 14:20, back to Larchmont House
Consultant: Dr Helen Voss   Completed by: Dr Samir Okonedo (FY2)

Dear Colleague,

Edith was admitted after an unwitnessed fall at the care home with a pre-renal AKI (creat 168, baseline 92) on a background of HFpEF. AKI resolved with IV fluids and furosemide held for 48h. She had two short episodes of presyncope on the ward with a pause of 2.8 s on telemetry.

Medication changes
- Furosemide 40mg od reduced to 20mg od
- Everything else unchanged; 14 days TTO sent with her

ACTIONS
Care home: please check lying and standing BP daily for 1/52 and record on the chart we have sent.
District nurses: please redress the skin tear on the L shin every 3 days and review in 2/52.
Community matron: please check her U&Es on 17/01 when you take her routine bloods at Larchmont House.
Pharmacy: please supply the reduced furosemide in her 7-day dosette from 17/01.
GP: please arrange a 24-hour ECG tape, which we could not do before discharge, and let us know the result so we can decide about a pacemaker referral.
GP: please continue to see her on your weekly care home round as usual.

Dr Samir Okonedo FY2, for Dr Helen Voss
{ASK}
""", exp=[("tests_for_hospital", "GP: please arrange a 24-hour ECG tape, which we could not do before discharge, and "
           "let us know the result so we can decide about a pacemaker referral")],
       notes="The one GP line that carries a finding asks for an investigation the hospital wants for its own "
             "pacemaker decision. The matron's U&Es, the DNs' dressing, the care home's BP chart and the "
             "pharmacy dosette are asks of other professionals (not findings); the care home round is GP work. "
             "Sent the same day.")

# a02 hip hemiarthroplasty discharge: Who/Action table, clip removal given to the practice nurse
pt = P("Margery Tolland", "631011", "1940-07-22")
letter(key="a02", prov="hol", dept=TO, kind="discharge_summary", specialty="Trauma and Orthopaedics",
       clinician="Dr Priya Anstruther", patient=pt, ev="2039-01-11", ev_time="11:00", ld="2039-01-11",
       sent="2039-01-11 15:10", fmt="html", opts={"header": True},
       subject="Discharge summary - Trauma Ward 3 - M Tolland", body=f"""
# Trauma and Orthopaedics - Discharge Summary
{idl(pt)}
Distribution: GP ({PRACTICE}); District Nursing Team; Reablement Service; Community Pharmacy
Date of operation: 04/01/2039 - right hip hemiarthroplasty for intracapsular fractured neck of femur
Date of discharge: 11/01/2039 11:00, home with reablement package
Consultant: Mr Gareth Lonsdale   Completed by: Dr Priya Anstruther (CT1)

# Clinical summary
Uncomplicated post-op course. Hb 98 post-op, no transfusion needed. Mobilising with a frame.
Medicines: enoxaparin 40 mg daily for 28 days from surgery and all regular medicines supplied (28 days).

# Actions on discharge
| Who | Action |
| District nurses | Please check the wound and change the dressing on 13/01/2039 and 16/01/2039 |
| District nurses | Please give the enoxaparin injection daily until 01/02/2039 |
| GP practice | Please book the practice nurse to remove her clips on 18/01/2039 |
| Reablement | Please support washing and dressing; four calls a day for 2 weeks |
| Community pharmacy | Please supply her regular medicines in a 7-day blister pack from the next prescription |
| Fracture clinic | 6-week review with X-ray, booked for 15/02/2039 |
| Patient | Keep to hip precautions for 6 weeks |
""", exp=[("post_procedure_care", "Please book the practice nurse to remove her clips on 18/01/2039")],
       notes="Only the GP practice row is a finding: clip removal after the trust's own operation. The DNs' "
             "wound check and injections, reablement, pharmacy blister pack and fracture clinic rows are other "
             "people's work. Sent the same day.")

# a03 community paediatrics: late letter; GP asked to refer to CAMHS; school nurse asked to weigh and measure
pt = P("Oscar Bellweather", "631028", "2031-09-03")
letter(key="a03", prov="lan", dept=CPAED, kind="clinic_letter", specialty="Community Paediatrics",
       clinician="Dr Fiona Maclachlan", patient=pt, ev="2039-01-04", ld="2039-01-05", sent="2039-01-12 08:15",
       fmt="docx", subject="Community Paediatrics clinic letter - O Bellweather", body=f"""
# Community Paediatrics - Clinic Letter
To: GP, {PRACTICE}
cc: School Nursing Team (Holt Lane Primary); SENCo, Holt Lane Primary School; Parents
{idl(pt)}
Clinic date: 04/01/2039
Letter typed: 05/01/2039
Seen by: Dr Fiona Maclachlan, Consultant Community Paediatrician

Dear Colleagues,
I reviewed Oscar (age 7) with his mother in the neurodevelopmental clinic. The ADHD assessment is still in progress. The main concern today was anxiety: school refusal most mornings, panic episodes and difficulty getting to sleep. Growth is on the 25th centile.

# Actions
- School nurse: please weigh and measure Oscar in school in 3 months and send the measurements to us.
- SENCo: please complete the Conners teacher questionnaire and return it to us before half term.
- Parents: please keep the sleep diary for 4 weeks and bring it to the next appointment.
- GP: please refer Oscar to CAMHS for assessment of his anxiety, as our service does not refer directly.

We will see him again in 4 months; the appointment will be posted to the family.

Dr Fiona Maclachlan
Consultant Community Paediatrician
""", exp=[("onward_referral", "GP: please refer Oscar to CAMHS for assessment of his anxiety"),
          ("late_clinic_letter", "Clinic date: 04/01/2039")],
       notes="Onward referral for a related problem passed to the GP; the school nurse and SENCo asks are not "
             "findings. Sent 8 calendar days after the clinic (one day past the limit): late_clinic_letter.")

# a04 memory clinic (hard negative): CMHN, social worker, pharmacy asked; practice asked only for the register
pt = P("Walter Drumgoole", "631035", "1946-11-30")
letter(key="a04", prov="brm", dept=MEM, kind="clinic_letter", specialty="Old Age Psychiatry",
       clinician="Dr Rhiannon Aspinall", patient=pt, ev="2039-01-09", ld="2039-01-11", sent="2039-01-13 10:30",
       fmt="pdf", subject="Memory Assessment Service - clinic letter", body=f"""
# Memory Assessment Service - Clinic Letter
To: GP, {PRACTICE}
Copies: Community Mental Health Nurse (Older Adults); Adult Social Care - Ferncliffe Locality Team; Mrs June Drumgoole (wife); Patient
{idl(pt)}
Clinic date: 09/01/2039
Clinician: Dr Rhiannon Aspinall, Specialty Doctor

Diagnosis: Alzheimer's disease, mild (MoCA 19/30); CT head shows generalised atrophy.
Plan: donepezil 5 mg at night started today. ECG in clinic: sinus rhythm 68, normal QTc. The Memory Service will prescribe donepezil until the dose is stable at 10 mg; we will then send our shared care agreement for your consideration.

# Actions
- CMHN: please visit at 4 weeks, check his pulse and BP and ask about nausea or vivid dreams.
- Social worker: please complete a carer's assessment for Mrs Drumgoole.
- Community pharmacy: please supply his memory clinic prescriptions in a weekly compliance pack.
- GP: please add Alzheimer's disease to the practice dementia register.

Dr Rhiannon Aspinall
""", notes="Hard negative: the service keeps prescribing until stable and will offer shared care properly; the "
             "pulse and BP checks are asked of the CMHN; the dementia register is ordinary GP work.")

# a05 cardiology: amiodarone started; GP asked to take over with monitoring (no shared-care agreement); 7 days
pt = P("Desmond Arkwright-Bayle", "631042", "1954-04-08")
letter(key="a05", prov="hol", dept=CARD, kind="clinic_letter", specialty="Cardiology",
       clinician="Dr Yusuf Pemberton", patient=pt, ev="2039-01-07", ld="2039-01-09", sent="2039-01-14 16:45",
       fmt="plain", subject="Cardiology outpatient letter - D Arkwright-Bayle", body=f"""
{head("hol", "Cardiology Outpatients")}

To: Dr Anwen Castellane, {PRACTICE}
cc: Arrhythmia Nurse Specialist; Heart Failure Nurse Team;
    Priory Parade Pharmacy; Patient

Clinic date: 07/01/2039   Typed: 09/01/2039
{idl(pt)}

Dear Dr Castellane,

Persistent AF, cardioversion in December failed and his rate is poorly controlled on bisoprolol 10 mg. We have started amiodarone 200 mg tds for one week, then bd for one week, then 200 mg od, and supplied 4 weeks from clinic. Baseline TFTs, LFTs and chest X-ray were done in clinic today and are normal. We reduced his simvastatin to 20 mg today because of the interaction with amiodarone and have told him.

Actions
- Arrhythmia nurse: please phone him in 2/52 to check his pulse and symptoms, and book the repeat ECG in our clinic.
- HF nurses: please check his U&Es at your home visit next week as furosemide was increased.
- Pharmacy: please put the amiodarone in his dosette and offer the New Medicine Service.
- GP: from week 5 please take over prescribing amiodarone 200 mg od and monitor TFTs and LFTs every 6 months.

Review in the arrhythmia clinic in 3 months.

Yours sincerely
Dr Yusuf Pemberton, Consultant Cardiologist
{HOL}
""", exp=[("shared_care_without_agreement", "GP: from week 5 please take over prescribing amiodarone 200 mg od and "
           "monitor TFTs and LFTs every 6 months")],
       notes="Amber drug handed over with its monitoring and no shared-care agreement offered. The U&Es asked of "
             "the HF nurses and the pulse check of the arrhythmia nurse are not findings. Sent exactly 7 days "
             "after the clinic: on time (limit case).")

# a06 ED (hard negative): sutures and scaphoid handled by ED's own clinics; school nurse copied
pt = P("Kieran Mulvaney", "631059", "2024-05-19")
letter(key="a06", prov="ask", dept=ED, kind="ed_letter", specialty="Emergency Medicine",
       clinician="Dr Laleh Fairbrother", patient=pt, ev="2039-01-15", ld="2039-01-15", sent="2039-01-16 07:05",
       fmt="html", opts={"header": True, "alt": True}, subject="ED attendance - K Mulvaney", body=f"""
# Emergency Department - Attendance Letter
{idl(pt)}
To: GP ({PRACTICE}); cc: School Nursing Team (Askerby Academy); Parent
Attendance: 15/01/2039 19:40, discharged from ED 23:10
Seen by: Dr Laleh Fairbrother, ED Registrar

Fell from his bike onto an outstretched left hand. 3 cm laceration to the left forearm and tenderness in the anatomical snuffbox. Scaphoid views: no fracture seen. Laceration closed with 4 sutures; wrist splint applied.

# Follow-up
| Who | What |
| ED virtual fracture clinic | Will review the X-rays and phone the family within 72 hours; repeat scaphoid X-ray at 10 days booked by us |
| ED dressing clinic | Please remove the sutures on 22/01/2039 - appointment booked |
| School nurse | Please check the wound at school if he reports redness, and no PE for 2 weeks |
| Parent | Keep the splint on until the fracture clinic call |
| GP | For information only - no action needed |
""", notes="Hard negative: suture removal and the repeat X-ray are booked in the ED's own clinics; the wound "
             "check is asked of the school nurse; 'for information only' to the GP.")

# a07 cataract day case (hard negative): sent 23 h 45 min after discharge; optometrist asked for refraction
pt = P("Gwendolyn Rastrick", "631066", "1949-02-25")
letter(key="a07", prov="qry", dept=f"{EYE} - {DAY}", kind="discharge_summary", specialty="Ophthalmology",
       clinician="Mr Tobias Venkataraman", patient=pt, ev="2039-01-17", ev_time="15:45", ld="2039-01-17",
       sent="2039-01-18 15:30", fmt="docx", subject="Day case discharge - cataract - G Rastrick", body=f"""
# Day Surgery Discharge Summary - Ophthalmology
{idl(pt)}
To: GP, {PRACTICE}; cc: Vision Point Opticians (patient's optometrist); Patient
Procedure: right phacoemulsification and intraocular lens, 17/01/2039
Date and time of discharge: 17/01/2039 15:45
Surgeon: Mr Tobias Venkataraman, Consultant Ophthalmic Surgeon

# Medicines supplied
- Dexamethasone 0.1% eye drops four times a day for 4 weeks - full course supplied
- Chloramphenicol 0.5% eye drops four times a day for 2 weeks - supplied

# Actions
- Optometrist: please perform a post-operative refraction and check the vision at 4-6 weeks, and return the outcome form to us.
- Quarrybank eye nurse: telephone review on day 1.
- Patient: please ring our eye helpline on 01632 960 845 if there is pain or reduced vision.
- GP: no action required.
""", notes="Hard negative: full drop courses supplied, refraction asked of the optometrist (commissioned "
             "optometry work), the centre's own helpline. Sent 23 h 45 min after discharge: on time (limit case).")

# a08 tissue viability (hard negative): Responsible column; DNs bandage and swab; practice continues dressings
pt = P("Harold Sheppey", "631073", "1944-10-14")
letter(key="a08", prov="lan", dept=TV, kind="clinic_letter", specialty="Tissue Viability",
       clinician="Mrs Corinne Ashdown", patient=pt, ev="2039-01-18", ld="2039-01-18", sent="2039-01-19 11:00",
       fmt="docx", subject="Tissue viability clinic letter - H Sheppey", body=f"""
# Tissue Viability Service - Clinic Letter
To: Dr Rupert Oyelaran, {PRACTICE}
cc: District Nursing Team (Ferncliffe West); Patient
{idl(pt)}
Clinic date: 18/01/2039
Seen by: Mrs Corinne Ashdown, Tissue Viability Nurse Specialist

Venous leg ulcer, left gaiter area, 4 x 3 cm. ABPI 0.95 done in clinic today, suitable for full compression.

# Plan
| Responsible | Action |
| District nurses | Please apply two-layer compression bandaging twice weekly and measure the ulcer every 2 weeks |
| District nurses | Please take a wound swab if there are signs of infection and send it to microbiology |
| Tissue viability | Review in clinic in 6 weeks (booked) |
| GP practice | Please continue repeat prescriptions of the dressings listed below as usual |
| Patient | Keep the leg elevated when sitting |

Dressings: silicone contact layer 10 x 10 cm; absorbent pad 10 x 20 cm.

Mrs Corinne Ashdown
""", notes="Hard negative: bandaging, measuring and swabbing are asked of the district nurses; repeat "
             "prescriptions of formulary dressings are ordinary GP work.")

# a09 CMHT transfer: GP asked to prescribe clozapine (red); patient told to ask the GP about his first appointment
pt = P("Nathaniel Ogbonna-Reid", "631080", "1986-06-02")
letter(key="a09", prov="brm", dept=CMHT, kind="clinic_letter", specialty="Adult Psychiatry",
       clinician="Dr Isobel Karimi", patient=pt, ev="2039-01-17", ld="2039-01-18", sent="2039-01-20 13:20",
       fmt="plain", subject="CMHT transfer of care - N Ogbonna-Reid", body=f"""
{head("brm", CMHT)}

To: Dr Anwen Castellane, {PRACTICE}
cc: Care coordinator (Jess Amory, CPN); Clozapine Clinic, Aldergate House;
    Priory Parade Pharmacy; Patient

Clinic date: 17/01/2039
{idl(pt)}

Dear Colleague,

Transfer of care from Holt Vale CMHT after his move. Paranoid schizophrenia, stable on clozapine 350 mg daily (150 mg mane, 200 mg nocte) for four years, ZTAS registered, last FBC green. He smokes 15 a day.

Actions
Clozapine clinic: please check his FBC on 24/01 and every 4 weeks as usual under ZTAS.
Care coordinator: please check his smoking status at each visit, as stopping smoking raises clozapine levels.
Pharmacy: please supply a 7-day dosette for his lansoprazole and hyoscine.
GP: please take over the prescribing of clozapine 350 mg daily from next month, as we cannot issue prescriptions outside his old area.

He has been told to contact his GP surgery to find out when his first appointment with our consultant will be.

Dr Isobel Karimi, Specialty Doctor
{BRM}
""", exp=[("hospital_only_prescribing", "GP: please take over the prescribing of clozapine 350 mg daily from next "
           "month"),
          ("patient_redirected_to_gp", "He has been told to contact his GP surgery to find out when his first "
           "appointment with our consultant will be")],
       notes="Clozapine is a hospital-only (red) drug; the team's own appointment queries sent to the GP. The FBC "
             "asked of the clozapine clinic and the smoking check asked of the care coordinator are not findings.")

# a10 respiratory triage: referral returned for spirometry and CXR; community respiratory team copied
pt = P("Brenda Coldicott", "631097", "1963-08-17")
letter(key="a10", prov="ask", dept=RESP, kind="referral_response", specialty="Respiratory Medicine",
       clinician="Dr Oluwaseun Harrowby", patient=pt, ev=None, ld="2039-01-20", sent="2039-01-21 10:05",
       fmt="pdf", subject="Referral triage outcome - Respiratory", body=f"""
# Respiratory Medicine - Referral Triage Outcome
To: Referring GP, {PRACTICE}
cc: Community Respiratory Team (Lanchester Vale); Patient
{idl(pt)}
Referral received: 14/01/2039 - chronic cough for 10 weeks, ex-smoker
Triaged: 20/01/2039 by Dr Oluwaseun Harrowby, Consultant Respiratory Physician

Triage outcome: NOT ACCEPTED - returned to referrer.
Please arrange spirometry with reversibility and a chest X-ray and re-refer with the results if the cough persists.

Community respiratory team: please assess her for pulmonary rehabilitation if spirometry confirms COPD.

Dr Oluwaseun Harrowby
""", exp=[("referral_returned_for_workup", "Please arrange spirometry with reversibility and a chest X-ray and "
           "re-refer with the results if the cough persists")],
       notes="Referral returned asking the GP to do the work-up first. The conditional line to the community "
             "respiratory team is not a finding. Referral response: no event date.")

# a11 lap chole discharge: sent 23 h 55 min after discharge; fit note and histology asked of GP; DNs do wounds
pt = P("Craig Halloran", "631103", "1981-01-09")
letter(key="a11", prov="hol", dept=SURG, kind="discharge_summary", specialty="General Surgery",
       clinician="Dr Hannah Lindqvist", patient=pt, ev="2039-01-23", ev_time="10:40", ld="2039-01-23",
       sent="2039-01-24 10:35", fmt="docx", subject="Discharge summary - Surgical Ward 8 - C Halloran", body=f"""
# General Surgery - Discharge Summary
To: GP, {PRACTICE}; cc: District Nursing Team; Patient
{idl(pt)}
Admitted: 21/01/2039 with acute cholecystitis
Date of discharge: 23/01/2039 10:40
Procedure: laparoscopic cholecystectomy on 22/01/2039
Consultant: Miss Adaeze Fenwright   Completed by: Dr Hannah Lindqvist (FY1)

Medicines: co-codamol 30/500 two tablets four times a day when required - 7 days supplied.

# Actions
- District nurses: please remove the dressings and check the port sites on 27/01/2039; sutures are dissolvable.
- Patient: no heavy lifting for 4 weeks; ring Ward 8 on 0114 496 0640 with any wound concerns.
- GP: please issue a fit note for 2 weeks from discharge as he works as a scaffolder.
- GP: please review the gallbladder histology when it is available and act on it.
- Surgical follow-up: none routinely.

Dr Hannah Lindqvist FY1
""", exp=[("fit_note", "GP: please issue a fit note for 2 weeks from discharge as he works as a scaffolder"),
          ("results_chasing", "GP: please review the gallbladder histology when it is available and act on it")],
       notes="Post-operative fit note and the trust's own histology result passed to the GP; the DN wound check "
             "is not a finding. Sent 23 h 55 min after discharge: on time (limit case).")

# a12 orthopaedic listing: GP asked for pre-op bloods/ECG and to fill the pre-op questionnaire
pt = P("Trevor Saltonstall", "631110", "1957-12-21")
letter(key="a12", prov="qry", dept=ORTHO, kind="clinic_letter", specialty="Trauma and Orthopaedics",
       clinician="Mr Ashok Delacourt", patient=pt, ev="2039-01-19", ld="2039-01-21", sent="2039-01-25 09:15",
       fmt="pdf", subject="Orthopaedic clinic letter - listed for TKR", body=f"""
# Orthopaedic Outpatients - Listing for Surgery
To: GP, {PRACTICE}
cc: Quarrybank Pre-operative Assessment; Physiotherapy (Knee School); Patient
{idl(pt)}
Clinic date: 19/01/2039
Seen by: Mr Ashok Delacourt, Consultant Orthopaedic Surgeon

Severe left knee osteoarthritis; listed today for a left total knee replacement (NHS e-Referral Service).

# Before surgery
- Physiotherapy: please enrol him in Knee School before the operation.
- Pre-operative assessment nurse: please take his MRSA screen at the assessment visit.
- GP: please arrange an ECG, FBC, U&Es and HbA1c and send us the results before his pre-assessment appointment.
- GP: please complete the enclosed pre-operative health questionnaire and return it to us with a printout of his last three blood pressure readings.

Mr Ashok Delacourt
""", exp=[("tests_for_hospital", "GP: please arrange an ECG, FBC, U&Es and HbA1c and send us the results before his "
           "pre-assessment appointment"),
          ("non_contractual_admin", "GP: please complete the enclosed pre-operative health questionnaire and return "
           "it to us with a printout of his last three blood pressure readings")],
       notes="Pre-operative investigations and the provider's own pre-op questionnaire pushed to the practice; "
             "Knee School and the MRSA screen are asked of the centre's own teams. Sent 6 days after clinic.")

# a13 frailty discharge (hard negative): Action/Responsible table, every same-verb ask goes to someone else
pt = P("Leonard Quenby", "631127", "1936-05-04")
letter(key="a13", prov="ask", dept=FRAIL, kind="discharge_summary", specialty="Geriatric Medicine",
       clinician="Dr Maeve Tregothnan", patient=pt, ev="2039-01-26", ev_time="12:15", ld="2039-01-26",
       sent="2039-01-26 18:30", fmt="html", opts={"header": True}, subject="Frailty Unit discharge - L Quenby",
       body=f"""
# Frailty Assessment Unit - Discharge Summary
{idl(pt)}
Distribution: GP ({PRACTICE}); Community Matron; District Nursing Team; Community Pharmacy; Community OT; SALT
Date of discharge: 26/01/2039 12:15, home with existing package of care
Completed by: Dr Maeve Tregothnan, Specialty Registrar

Fall at home with a 4 cm scalp laceration (sutured in ED) and mild dehydration. Furosemide held for 48 hours and restarted at 40 mg today. 14 days TTO supplied.

| Action | Responsible |
| Please check his U&Es on 02/02/2039 (furosemide restarted); blood form left with the patient | Community matron |
| Please remove the sutures from the scalp laceration on 31/01/2039 | District nurses |
| Please supply a 7-day dosette from the 14-day TTO | Community pharmacy |
| Please review the kitchen and bathroom for equipment | Community OT |
| Please review his swallow at home in 2 weeks | SALT |
| Falls clinic in 6 weeks - booked | Frailty Unit |
| Please continue bisoprolol and amlodipine as before | GP |
""", notes="Hard negative: the U&E check is the community matron's, the sutures the district nurses', the "
             "dosette the pharmacy's; the only GP row is continuing green medicines.")

# a14 perinatal (hard negative): exactly 7 days; health visitor and midwife asked; GP continues sertraline
pt = P("Leah Marchbanks", "631134", "2008-03-28")
letter(key="a14", prov="brm", dept=PERI, kind="clinic_letter", specialty="Perinatal Psychiatry",
       clinician="Dr Tamsin Achterberg", patient=pt, ev="2039-01-20", ld="2039-01-24", sent="2039-01-27 17:55",
       fmt="plain", subject="Perinatal mental health clinic letter", body=f"""
{head("brm", PERI)}

To: GP, {PRACTICE}
cc: Health Visitor (Ferncliffe HV team); Community Midwife (Team Beech);
    Patient

Clinic date: 20/01/2039   Typed: 24/01/2039
{idl(pt)}

Dear Colleague,

Leah is 28 weeks pregnant with her first baby. Moderate depression and anxiety. We increased sertraline from 50 mg to 100 mg daily today and supplied 28 days from clinic.

Actions
Health visitor: please complete an EPDS at the antenatal contact and let us know the score.
Midwife: please share the perinatal care plan at the 36-week appointment.
GP: please continue sertraline 100 mg daily after the 28 days we supplied.

We will see her at 32 weeks (booked).

Dr Tamsin Achterberg, Consultant Perinatal Psychiatrist
{BRM}
""", notes="Hard negative: continuing a green antidepressant at the new dose is GP work; the EPDS and care plan "
             "are asked of the health visitor and midwife. Sent exactly 7 days after the clinic: on time "
             "(limit case).")

# a15 community hospital discharge, LATE: patient asked to ring the GP to chase the stroke clinic date
pt = P("Reginald Ashworth-Pye", "631141", "1947-09-15")
letter(key="a15", prov="lan", dept=ORREL, kind="discharge_summary", specialty="Stroke Rehabilitation",
       clinician="Dr Kwabena Stirling", patient=pt, ev="2039-01-27", ev_time="11:30", ld="2039-01-29",
       sent="2039-01-30 09:20", fmt="html", opts={"header": True, "alt": True},
       subject="Inpatient discharge summary - Heathfield Ward", body=f"""
# Orrel Community Hospital - Inpatient Discharge Summary
{idl(pt)}
To: GP ({PRACTICE}); cc: Community Stroke Team (ESD); District Nurses; Brightwell Home Care
Date of discharge: 27/01/2039 11:30
Completed by: Dr Kwabena Stirling, Specialty Doctor, Heathfield Ward

Transferred from Askerby Royal Hospital on 09/01/2039 for rehabilitation after a left MCA infarct. Now walking with a stick; mild expressive dysphasia. Medicines unchanged from the acute discharge; 14 days TTO supplied.

| Who | Action |
| Community stroke team (ESD) | Please start home therapy within 48 hours - referral accepted |
| District nurses | Please check his heels and pressure areas weekly |
| ESD speech and language therapist | Please review swallow and communication at the first visit |
| Brightwell Home Care | Two calls a day |
| GP | No medication changes |

Follow-up: stroke clinic at Askerby Royal Hospital in 6 weeks.
Patient and daughter have been asked to ring the GP surgery to chase the date of the stroke clinic appointment.
""", exp=[("patient_redirected_to_gp", "Patient and daughter have been asked to ring the GP surgery to chase the "
           "date of the stroke clinic appointment"),
          ("late_discharge_summary", "Date of discharge: 27/01/2039 11:30")],
       notes="The family are sent to the GP to chase a hospital appointment; every row of the Who table is another "
             "team's or ordinary. Sent about 70 h after discharge: late.")

# a16 gastroenterology DNA: discharged after one missed appointment, re-referral asked
pt = P("Dominic Fairweather", "631158", "1995-02-11")
letter(key="a16", prov="hol", dept=GASTRO, kind="clinic_letter", specialty="Gastroenterology",
       clinician="Dr Sunita Rowbotham", patient=pt, ev="2039-01-28", ld="2039-01-28", sent="2039-01-31 14:00",
       fmt="plain", subject="Gastroenterology - did not attend - D Fairweather", body=f"""
{head("hol", "Gastroenterology Outpatients")}

To: Dr Rupert Oyelaran, {PRACTICE}
cc: IBD Nurse Specialists; Patient

Appointment date: 28/01/2039 (new patient)
{idl(pt)}

Dear Dr Oyelaran,

Thank you for referring this young man with loose stools and a faecal calprotectin of 410. He did not attend his new patient appointment today.

In line with our access policy he has been discharged back to your care; please re-refer if you still feel an opinion is needed.

IBD nurses: please remove him from the waiting list for the nurse-led clinic.

Yours sincerely
Dr Sunita Rowbotham, Consultant Gastroenterologist
{HOL}
""", exp=[("dna_rereferral", "he has been discharged back to your care; please re-refer if you still feel an opinion "
           "is needed")],
       notes="Discharged after a single missed appointment with re-referral asked of the GP. The 'please remove' to "
             "the IBD nurses is not a finding. Event date is the missed appointment, sent in 3 days.")

# a17 OPAT: rifampicin started with warfarin; GP asked to check INR in 3 days; urgent interaction
pt = P("Bernard Iddlesleigh", "631165", "1952-10-06")
letter(key="a17", prov="ask", dept=ID, kind="clinic_letter", specialty="Infectious Diseases",
       clinician="Dr Chiara Wolstenholme", patient=pt, ev="2039-02-01", ld="2039-02-01", sent="2039-02-01 16:20",
       fmt="docx", subject="OPAT clinic letter - URGENT INR - B Iddlesleigh", body=f"""
# Infectious Diseases - OPAT Clinic Letter
To: GP, {PRACTICE}
cc: OPAT Nurses; Priory Parade Pharmacy; Patient
{idl(pt)}
Clinic date: 01/02/2039
Seen by: Dr Chiara Wolstenholme, Consultant in Infectious Diseases

Prosthetic joint infection, right knee (Staphylococcus aureus). Rifampicin 450 mg bd and levofloxacin 500 mg daily started today; 2 weeks supplied. He takes warfarin for AF, with INRs at your practice anticoagulation clinic.

# Actions
- OPAT nurses: please check his FBC and LFTs weekly at the home visits and send the results to the ID team.
- Pharmacy: please counsel him about orange discolouration of urine and tears.
- GP: URGENT - rifampicin markedly reduces the effect of warfarin; please check his INR within 3 days and then twice weekly and adjust the warfarin dose.

Dr Chiara Wolstenholme
""", exp=[("tests_for_hospital", "please check his INR within 3 days and then twice weekly and adjust the warfarin "
           "dose")], urgent=True,
       notes="Monitoring made necessary by a drug the hospital has just started (rifampicin-warfarin interaction) "
             "pushed to the practice: tests_for_hospital; a dangerous interaction, so urgent. FBC/LFTs are the OPAT "
             "nurses' job.")

# a18 carpal tunnel day case: practice nurse to remove sutures, GP to give fit note; hand therapy booked
pt = P("Sandra Whitlock", "631172", "1970-04-23")
letter(key="a18", prov="qry", dept=f"Hand Surgery - {DAY}", kind="discharge_summary", specialty="Hand Surgery",
       clinician="Mr Emeka Thistlewood", patient=pt, ev="2039-02-02", ev_time="13:10", ld="2039-02-02",
       sent="2039-02-02 16:00", fmt="plain", subject="Day surgery discharge - S Whitlock", body=f"""
{head("qry", "Hand Surgery - Day Surgery Unit")}

DAY SURGERY DISCHARGE
To: GP, {PRACTICE}; cc: Hand Therapy; Patient
{idl(pt)}
Procedure: right open carpal tunnel release under local anaesthetic
Date of discharge: 02/02/2039 13:10
Surgeon: Mr Emeka Thistlewood, Consultant Hand Surgeon

Instructions
Hand therapy: please see her at 2 weeks for scar management - booked.
Patient: keep the dressing clean and dry, elevate the hand, paracetamol for pain.
GP: please arrange for your practice nurse to remove the sutures at 10-14 days; the patient will book with the surgery.
GP: please provide a fit note for 4 weeks, as she works as a supermarket cashier.

Mr Emeka Thistlewood
{QRY}
""", exp=[("post_procedure_care", "GP: please arrange for your practice nurse to remove the sutures at 10-14 days"),
          ("fit_note", "GP: please provide a fit note for 4 weeks, as she works as a supermarket cashier")],
       notes="Suture removal and the post-operative fit note both handed to the practice by the operating "
             "centre; hand therapy is the centre's own. Sent the same afternoon.")

# a19 CMHT: GP asked to take over lithium with 3-monthly bloods, no shared-care agreement; pdf
pt = P("Anthony Brackenbury", "631189", "1978-07-30")
letter(key="a19", prov="brm", dept=CMHT, kind="clinic_letter", specialty="Adult Psychiatry",
       clinician="Dr Gideon Mwangi-Lowe", patient=pt, ev="2039-02-01", ld="2039-02-02", sent="2039-02-03 11:40",
       fmt="pdf", subject="CMHT outpatient review - A Brackenbury", body=f"""
# Community Mental Health Team - Outpatient Review
To: GP, {PRACTICE}
cc: Care coordinator (Patrick Sowerby, CPN); Priory Parade Pharmacy; Patient
{idl(pt)}
Clinic date: 01/02/2039
Seen by: Dr Gideon Mwangi-Lowe, Consultant Psychiatrist

Bipolar affective disorder; manic relapse in November. Lithium started by us 8 weeks ago; level 0.7 mmol/L on 800 mg for the last 4 weeks, stable. Mood euthymic.

# Actions
- Care coordinator: please check his weight and waist measurement at each visit and record them.
- Pharmacy: please supply his lithium as Priadel brand only.
- GP: please take over prescribing of Priadel 800 mg at night from 01/03/2039 and arrange lithium levels, U&Es, TFTs and calcium every 3 months.

We will see him in 3 months.
Dr Gideon Mwangi-Lowe
""", exp=[("shared_care_without_agreement", "GP: please take over prescribing of Priadel 800 mg at night from "
           "01/03/2039 and arrange lithium levels, U&Es, TFTs and calcium every 3 months")],
       notes="Lithium (amber) handed over with its monitoring and no shared-care agreement offered. The weight "
             "check is the care coordinator's, the brand dispensing the pharmacy's.")

# a20 MSK interface: referral returned with advice and guidance; first contact physio copied
pt = P("Marcus Penhaligon", "631196", "1983-03-05")
letter(key="a20", prov="lan", dept=MSK, kind="referral_response", specialty="Musculoskeletal Medicine",
       clinician="Mr Rhys Tallentire", patient=pt, ev=None, ld="2039-02-05", sent="2039-02-06 09:30",
       fmt="plain", subject="MSK referral response - M Penhaligon", body=f"""
{head("lan", MSK)}

REFERRAL RESPONSE
To: Referring GP, {PRACTICE}
cc: First Contact Physiotherapist (Ferncliffe PCN); Patient
{idl(pt)}

Referral received 30/01/2039: low back pain with right sciatica for 8 weeks, no red flags.

Outcome: referral returned with advice and guidance; please trial amitriptyline 10 mg at night for 6 weeks and check ESR and CRP before re-referring.

First Contact Physiotherapist: please see him for exercise advice in the meantime.

Mr Rhys Tallentire, Advanced Practitioner Physiotherapist
{LAN}
""", exp=[("referral_returned_for_workup", "Outcome: referral returned with advice and guidance; please trial "
           "amitriptyline 10 mg at night for 6 weeks and check ESR and CRP before re-referring")],
       notes="Referral not accepted; advice and guidance plus tests to do first. The first contact "
             "physiotherapist line is not a finding. Referral response: no event date.")

# a21 urology, LATE: patient told to get the PSA result from the GP; CNS and DNs copied
pt = P("Geoffrey Wolverton", "631202", "1951-11-17")
letter(key="a21", prov="hol", dept=URO, kind="clinic_letter", specialty="Urology",
       clinician="Mr Callum Dunsford", patient=pt, ev="2039-01-27", ld="2039-02-03", sent="2039-02-07 10:10",
       fmt="docx", subject="Urology clinic letter - G Wolverton", body=f"""
# Urology Outpatients - Clinic Letter
To: GP, {PRACTICE}
cc: Urology Clinical Nurse Specialist; District Nursing Team; Patient
{idl(pt)}
Clinic date: 27/01/2039
Dictated: 03/02/2039
Seen by: Mr Callum Dunsford, Urology Registrar

Urinary retention in December with a long-term catheter; PSA 6.8 (on catheter). MRI prostate requested today by us.

# Actions
- Urology CNS: please see him in the trial-without-catheter clinic on 10/02/2039 (booked).
- District nurses: please check the catheter valve and change the long-term catheter as before; next change due 15/02/2039.
- Patient: we have asked him to see his GP to get the result of the repeat PSA taken today.
- MRI: booked by us; he will receive the appointment by post.

Mr Callum Dunsford
""", exp=[("patient_redirected_to_gp", "we have asked him to see his GP to get the result of the repeat PSA taken "
           "today"),
          ("late_clinic_letter", "Clinic date: 27/01/2039")],
       notes="The patient is sent to the GP for the result of the hospital's own test. Catheter care asked of the "
             "DNs is not a finding. Sent 11 days after the clinic: late.")

# a22 ED: incidental renal mass; GP asked to make the suspected-cancer referral; urgent
pt = P("Malcolm Treharne", "631219", "1960-01-28")
letter(key="a22", prov="ask", dept=ED, kind="ed_letter", specialty="Emergency Medicine",
       clinician="Dr Bethany Kowalczyk", patient=pt, ev="2039-02-07", ld="2039-02-07", sent="2039-02-08 08:30",
       fmt="pdf", subject="ED discharge letter - M Treharne", body=f"""
# Emergency Department - Discharge Letter
To: GP, {PRACTICE}
cc: Ferncliffe Urgent Treatment Centre (for information); Patient
{idl(pt)}
Attendance: 07/02/2039
Seen by: Dr Bethany Kowalczyk, ED Registrar

Left loin pain. CT KUB: no stone; incidental 4.2 cm solid right renal mass, suspicious for renal cell carcinoma. Pain settled with analgesia. He has been told about the finding.

# Actions
- Urgent Treatment Centre: no action; for information if he re-attends.
- Patient: return to the ED if he has fever, visible blood in the urine or uncontrolled pain.
- GP: please refer him urgently on the suspected cancer (urology) pathway for the incidental right renal mass.

Dr Bethany Kowalczyk
""", exp=[("onward_referral", "GP: please refer him urgently on the suspected cancer (urology) pathway for the "
           "incidental right renal mass")], urgent=True,
       notes="Suspected cancer found on the ED's own scan; the onward referral is an immediate need the provider "
             "should make itself: onward_referral, and a suspected-cancer step, so urgent.")

# a23 glaucoma clinic (hard negative): optometrist asked to repeat fields; GP adds drops to repeat
pt = P("Patricia Lumsden", "631226", "1955-06-14")
letter(key="a23", prov="qry", dept=EYE, kind="clinic_letter", specialty="Ophthalmology",
       clinician="Miss Ingrid Holroyd", patient=pt, ev="2039-02-08", ld="2039-02-09", sent="2039-02-10 12:00",
       fmt="html", opts={"header": True}, subject="Glaucoma clinic letter - P Lumsden", body=f"""
# Ophthalmology Outpatients - Glaucoma Clinic
{idl(pt)}
Distribution: GP ({PRACTICE}); Vision Point Opticians (community optometrist); Patient
Clinic date: 08/02/2039
Seen by: Miss Ingrid Holroyd, Consultant Ophthalmologist

Ocular hypertension, IOP 28 right and 24 left; early field loss on the right. Latanoprost started today; one bottle supplied (4 weeks).

| Who | Action |
| Optometrist | Please repeat the visual fields and IOP in 6 months and refer back if there is progression |
| Eye clinic | Review in 4 months with IOP check - booked |
| Patient | Use latanoprost each evening in both eyes |
| GP | Please add latanoprost 0.005% eye drops to her repeat prescription |
""", notes="Hard negative: a green eye drop started with four weeks supplied, continued on repeat (GP work); "
             "fields and pressures asked of the optometrist; the clinic books its own review.")

# a24 children's SALT (hard negative): HV, nursery asked; therapist referred to audiology directly
pt = P("Alfie Grimshaw", "631233", "2036-05-20")
letter(key="a24", prov="lan", dept=SALT, kind="clinic_letter", specialty="Speech and Language Therapy",
       clinician="Mrs Eilidh Fontaine", patient=pt, ev="2039-02-09", ld="2039-02-10", sent="2039-02-13 15:15",
       fmt="plain", subject="Speech and language therapy report - A Grimshaw", body=f"""
{head("lan", SALT)}

To: GP, {PRACTICE}
cc: Health Visitor (Ferncliffe HV team); Little Acorns Nursery (SENCo); Parents

Clinic date: 09/02/2039
{idl(pt)}

Dear All,

Alfie (2 years 8 months) has an expressive language delay; understanding is age-appropriate. Some concern about his hearing from mum.

Actions
Health visitor: please repeat the ASQ-3 at his 3-year contact and send us a copy.
Nursery SENCo: please use the visual timetable and Makaton signs we demonstrated.
Audiology: I have referred him directly to paediatric audiology for a hearing test.
GP: for information; no action needed.

Block of therapy starts in March; appointments will be sent to the family.

Mrs Eilidh Fontaine, Specialist Speech and Language Therapist
{LAN}
""", notes="Hard negative: the therapist referred to audiology herself; the ASQ-3 and nursery strategies are "
             "asked of the health visitor and nursery; GP copy for information.")

# a25 inpatient psychiatry, LATE by 25 minutes: only 3 days of medicines supplied, GP asked to prescribe
pt = P("Jonah Eckersley", "631240", "1990-09-08")
letter(key="a25", prov="brm", dept=WARD, kind="discharge_summary", specialty="Adult Psychiatry",
       clinician="Dr Aurelia Petrakis", patient=pt, ev="2039-02-14", ev_time="16:00", ld="2039-02-15",
       sent="2039-02-15 16:25", fmt="docx", subject="Inpatient discharge summary - Willowmere Ward", body=f"""
# Inpatient Discharge Summary - Willowmere Ward
To: GP, {PRACTICE}
cc: Care coordinator (Nadia Forsyth, CPN); Home Treatment Team; Priory Parade Pharmacy
{idl(pt)}
Date of admission: 24/01/2039
Date of discharge: 14/02/2039 16:00
Consultant: Dr Lorcan Beresford   Completed by: Dr Aurelia Petrakis (CT2)

Diagnosis: severe depressive episode with psychotic symptoms; now improved.
Medicines on discharge: olanzapine 10 mg at night (new), sertraline 150 mg daily (new); 3 days supplied.

# Actions
- Home Treatment Team: please visit within 72 hours of discharge (first visit 16/02/2039).
- Care coordinator: please check his fasting glucose and lipids at our physical health clinic at 12 weeks.
- Pharmacy: please complete the Discharge Medicines Service check.
- GP: he has 3 days of medication; please prescribe olanzapine 10 mg and sertraline 150 mg from 17/02/2039.

Dr Aurelia Petrakis CT2
""", exp=[("hospital_only_prescribing", "he has 3 days of medication; please prescribe olanzapine 10 mg and "
           "sertraline 150 mg from 17/02/2039"),
          ("late_discharge_summary", "Date of discharge: 14/02/2039 16:00")],
       notes="Fewer than 7 days supplied on discharge, the rest asked of the GP. The glucose and lipids are asked "
             "of the care coordinator at the trust's own clinic. Sent 24 h 25 min after discharge: late (limit "
             "case).")

# a26 rheumatology (hard negative): Task/Owner table, shared care properly offered, vaccines to the practice
pt = P("Rosalind Featherstonehaugh", "631257", "1968-02-16")
letter(key="a26", prov="hol", dept=RHEUM, kind="clinic_letter", specialty="Rheumatology",
       clinician="Dr Kofi Brannagh", patient=pt, ev="2039-02-15", ld="2039-02-16", sent="2039-02-17 10:00",
       fmt="html", opts={"header": True, "alt": True}, subject="Rheumatology clinic letter - R Featherstonehaugh",
       body=f"""
# Rheumatology Outpatients
{idl(pt)}
Distribution: GP ({PRACTICE}); Rheumatology Nurse Advice Line; Community Pharmacy; Patient
Clinic date: 15/02/2039
Seen by: Dr Kofi Brannagh, Consultant Rheumatologist

Seropositive rheumatoid arthritis, DAS28 5.4. Baseline bloods and chest X-ray normal.

| Task | Owner |
| Start methotrexate 10 mg weekly, rising to 15 mg at 4 weeks; prescribed and supplied by our clinic until the dose is stable | Rheumatology |
| FBC, U&Es and LFTs every 2 weeks for 12 weeks | Rheumatology phlebotomy (booked) |
| Please check her blood tests are booked and chase any missed ones | Rheumatology nurse |
| Folic acid 5 mg weekly, supplied with the methotrexate | Rheumatology |
| Shared care agreement enclosed for your consideration; prescribing transfers only if the practice accepts | GP (to consider) |
| Pneumococcal vaccine and annual flu vaccine | GP practice |
""", notes="Hard negative: the clinic prescribes and monitors until stable and offers shared care for "
             "agreement (the proper process); chasing missed bloods is the rheumatology nurse's; vaccination is "
             "ordinary practice work.")

# a27 dermatology: GP asked to prescribe isotretinoin (red) and to chase biopsy histology
pt = P("Ravi Chatterton", "631264", "2019-12-01")
letter(key="a27", prov="ask", dept=DERM, kind="clinic_letter", specialty="Dermatology",
       clinician="Dr Saoirse Blenkinsop", patient=pt, ev="2039-02-16", ld="2039-02-18", sent="2039-02-21 11:10",
       fmt="docx", subject="Dermatology clinic letter - R Chatterton", body=f"""
# Dermatology Outpatients - Clinic Letter
To: GP, {PRACTICE}
cc: Dermatology Nurse Specialist; Patient
{idl(pt)}
Clinic date: 16/02/2039
Seen by: Dr Saoirse Blenkinsop, Dermatology Registrar

Severe nodulocystic acne with scarring despite two courses of oral antibiotics. Also a changing pigmented lesion on the upper back; punch biopsy taken today.

# Actions
- Dermatology nurse: please check his LFTs and lipids at the 1-month nurse clinic and record his mood screen.
- GP: please prescribe isotretinoin 20 mg daily for the first month, increasing to 40 mg daily thereafter.
- GP: please chase the histology from the punch biopsy taken today.

Dr Saoirse Blenkinsop
""", exp=[("hospital_only_prescribing", "GP: please prescribe isotretinoin 20 mg daily for the first month, "
           "increasing to 40 mg daily thereafter"),
          ("results_chasing", "GP: please chase the histology from the punch biopsy taken today")],
       notes="Isotretinoin is hospital-only (red); the biopsy the clinic took is its own result to chase. The "
             "LFTs and lipids are asked of the dermatology nurse. Sent 5 days after the clinic.")

# a28 podiatry DNA: discharged, re-referral asked; DNs asked to keep checking feet
pt = P("Doreen Haverstock", "631271", "1945-08-26")
letter(key="a28", prov="lan", dept=POD, kind="clinic_letter", specialty="Podiatry",
       clinician="Ms Bryony Calloway", patient=pt, ev="2039-02-20", ld="2039-02-21", sent="2039-02-22 09:45",
       fmt="plain", subject="Podiatry - did not attend - D Haverstock", body=f"""
{head("lan", POD)}

To: GP, {PRACTICE}; cc: District Nursing Team; Patient
{idl(pt)}
Appointment date: 20/02/2039 (new patient, high-risk diabetic foot)

Dear Doctor,

Mrs Haverstock did not attend her new patient appointment. She has been discharged from the podiatry service; please re-refer her if she still needs podiatry.

District nurses: please continue to check her feet at your insulin visits and let us know of any ulceration.

Ms Bryony Calloway, Podiatry Team Lead
{LAN}
""", exp=[("dna_rereferral", "She has been discharged from the podiatry service; please re-refer her if she still "
           "needs podiatry")],
       notes="Discharged after one missed appointment and the GP asked to re-refer; the foot checks are asked of "
             "the district nurses. Event date is the missed appointment.")

# a29 orthopaedic post-op review: GP asked to fill the centre's outcome audit form; fit note issued by centre
pt = P("Imelda Rowntree", "631288", "1961-05-09")
letter(key="a29", prov="qry", dept=ORTHO, kind="clinic_letter", specialty="Trauma and Orthopaedics",
       clinician="Mr Ashok Delacourt", patient=pt, ev="2039-02-22", ld="2039-02-23", sent="2039-02-24 14:30",
       fmt="pdf", subject="Orthopaedic post-operative review - I Rowntree", body=f"""
# Orthopaedic Outpatients - Post-operative Review
To: GP, {PRACTICE}
cc: Physiotherapy; Patient
{idl(pt)}
Clinic date: 22/02/2039
Seen by: Mr Ashok Delacourt, Consultant Orthopaedic Surgeon

Six weeks after a right total hip replacement (11/01/2039). Wound healed; X-ray satisfactory. We have issued a fit note covering the next 4 weeks.

# Actions
- Physiotherapy: please progress her to a single stick and discharge when independent.
- Patient: may drive from 8 weeks if she can do an emergency stop.
- GP: please complete the enclosed Quarrybank joint outcome audit form (Oxford Hip Score and satisfaction questions) and return it to our audit office.

We will review her at one year.
Mr Ashok Delacourt
""", exp=[("non_contractual_admin", "GP: please complete the enclosed Quarrybank joint outcome audit form (Oxford Hip "
           "Score and satisfaction questions) and return it to our audit office")],
       notes="The centre's own audit data collection passed to the practice. The fit note was issued by the "
             "centre (negative decoy); physiotherapy is asked to progress her.")

# a30 cardiology discharge (hard negative): Who table, HF nurses check U&Es, pharmacy NMS, GP continues DAPT
pt = P("Clifford Nettleship", "631295", "1958-09-19")
letter(key="a30", prov="hol", dept=CARD, kind="discharge_summary", specialty="Cardiology",
       clinician="Dr Amara Featherby", patient=pt, ev="2039-02-27", ev_time="11:45", ld="2039-02-27",
       sent="2039-02-27 19:10", fmt="html", opts={"header": True}, subject="CCU discharge summary - C Nettleship",
       body=f"""
# Cardiology - Discharge Summary (Coronary Care Unit)
{idl(pt)}
Distribution: GP ({PRACTICE}); Cardiac Rehabilitation; Heart Failure Nurse Team; Community Pharmacy
Date of discharge: 27/02/2039 11:45
Completed by: Dr Amara Featherby, Cardiology Registrar

NSTEMI; PCI with one stent to the LAD on 25/02/2039. LVEF 45%. Started clopidogrel, ramipril and bisoprolol; 28 days of all medicines supplied.

| Who | Action |
| Cardiac rehabilitation | Referral made; first contact within 2 weeks |
| Heart failure nurses | Please check his U&Es 1 week after the ramipril start and titrate the bisoprolol |
| Community pharmacy | Please complete the New Medicine Service for clopidogrel and ramipril |
| Cardiology | Clinic in 6 weeks and repeat echo - both booked |
| GP | Please continue aspirin 75 mg indefinitely and clopidogrel 75 mg for 12 months |
""", notes="Hard negative: the post-ramipril U&Es go to the trust's own HF nurses, the NMS to the pharmacy, the "
             "follow-up is booked; continuing green antiplatelets is GP work.")

# a31 gynaecology triage (hard negative): suspected-cancer referral accepted, tests booked by the trust
pt = P("Josephine Allardyce", "631301", "1966-04-03")
letter(key="a31", prov="ask", dept=GYN, kind="referral_response", specialty="Gynaecology",
       clinician="Miss Nkechi Ormerod", patient=pt, ev=None, ld="2039-03-01", sent="2039-03-02 10:20",
       fmt="html", opts={"label_col": True}, subject="Referral acknowledgement - Gynaecology", body=f"""
# Gynaecology - Referral Acknowledgement
| Patient | {pt['name']} |
| DOB | {dmy(pt['dob'])} |
| NHS No | {spaced(pt['nhs_number'])} |
| To | Referring GP, {PRACTICE} |
| cc | Gynaecology Cancer Navigator; Patient |
| Referral received | 24/02/2039 - postmenopausal bleeding |
| Outcome | Accepted onto the suspected cancer pathway |
| Tests | Transvaginal ultrasound and hysteroscopy clinic booked by us for 09/03/2039; patient telephoned with the date |
| Cancer navigator | Please phone her the day before to check she has the pre-procedure leaflet |
| Patient queries | Gynaecology booking line 0113 496 0590 |
| GP action | None needed |
| Triaged by | Miss Nkechi Ormerod, Consultant Gynaecologist |
""", notes="Hard negative: referral accepted, tests booked and the patient told by the trust; the phone call is "
             "asked of the trust's cancer navigator; queries to the trust's own booking line.")

# a32 lithium clinic result: level 1.7 with AKI; GP asked to stop lithium and repeat bloods tomorrow; urgent
pt = P("Ursula Pennington-Hale", "631318", "1959-10-27")
letter(key="a32", prov="brm", dept=LITH, kind="results", specialty="Adult Psychiatry",
       clinician="Dr Gideon Mwangi-Lowe", patient=pt, ev=None, ld="2039-03-03", sent="2039-03-03 12:40",
       fmt="plain", opts={"from": "Gideon Mwangi-Lowe <gideon.mwangi-lowe@nhs.net>"},
       subject="URGENT lithium level 1.7 - U Pennington-Hale", body=f"""
Dear Dr Castellane (cc care coordinator and community pharmacy),

URGENT - result from our lithium clinic, {BRM}

Patient: {pt['name']}   DOB {dmy(pt['dob'])}   NHS {spaced(pt['nhs_number'])}

The lithium level taken at our clinic on 02/03/2039 is 1.7 mmol/L (previously 0.8), with creatinine 156 (baseline 98). She recently started naproxen bought over the counter.

Care coordinator: please visit her today and check for tremor, confusion or vomiting.
Pharmacy: please do not sell her further naproxen.
GP: please stop her lithium today, repeat the lithium level and U&Es tomorrow and review the result.

We tried to phone her twice this morning without success.

Dr Gideon Mwangi-Lowe, Consultant Psychiatrist
Lithium Monitoring Clinic, Aldergate House, Brindlemoor
Tel 0121 496 0718
""", exp=[("results_chasing", "GP: please stop her lithium today, repeat the lithium level and U&Es tomorrow and "
           "review the result")], urgent=True,
       notes="Acting on a toxic level from the trust's own clinic bloods passed to the GP: results_chasing; "
             "lithium toxicity with AKI is time-critical, so urgent. Sent by the consultant directly.")

# ====================================================================== 'other' messages

other(key="o01", sent="2039-01-10 07:30", type="ooo", notes="Out-of-office reply from a district nursing mailbox.",
      frm="Ferncliffe District Nurses <lvch.dn.ferncliffe@nhs.net>", subject="Automatic reply: DN referral",
      body="This mailbox is monitored Monday to Friday 08:30-16:30.\nFor urgent district nursing visits please "
           "ring the single point of access on 0115 496 0350.\n")
other(key="o02", sent="2039-01-17 08:00", type="html_bulletin", notes="ICB primary care newsletter (bulk).",
      frm="Lanchester and Askerby ICB Primary Care <primarycare@lanaskerby-icb.example>",
      subject="Primary Care Bulletin - January 2039",
      body="<html><body><h2>Primary Care Bulletin</h2><p>January 2039</p><ul>"
           "<li>Interface: provider letters should say which professional each action is for.</li>"
           "<li>Community matrons now take bloods for housebound patients on their caseload.</li>"
           "<li>Lithium shared care protocol refreshed - see the formulary site.</li></ul>"
           "<p>You receive this bulletin because your practice is on the ICB distribution list.</p>"
           "</body></html>\n")
other(key="o03", sent="2039-01-22 21:40", type="patient", notes="Patient e-mail; nothing to detect.",
      frm="Craig Halloran <craig.h.scaff@example.com>", subject="sick note and stitches",
      body="Hi\n\nI had my gallbladder out at Holmbridge and the letter says to get a sick note from you. the "
           "nurses are coming to look at the cuts. can I get the note sent by email?\n\nthanks\nCraig\n"
           "07700 900318\n")
other(key="o04", sent="2039-01-29 03:15", type="phish", notes="Phishing pretending to be a shared-mailbox notice.",
      frm="NHSmail Admin <admin-notice@nhsmail-secure-login.example.net>",
      subject="Shared mailbox access expiring - confirm within 24 hours",
      body="Your access to the shared mailbox FERNCLIFFE.MEDICALGROUP will expire today.\nConfirm your password "
           "here to keep receiving discharge summaries:\nhttp://nhsmail-secure-login.example.net/confirm\n")
other(key="o05", sent="2039-02-04 12:05", type="dsn", notes="Non-delivery report.",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>", subject="Undeliverable: RE: clip removal request",
      body="Delivery has failed to these recipients or groups:\n\nward3.trauma@hsuh.nhs.uk\nThe email address you "
           "entered couldn't be found.\n", rcpt="ward3.trauma@hsuh.nhs.uk")
other(key="o06", sent="2039-02-11 09:00", type="bulletin", notes="LMC newsletter (bulk) quoting request wording.",
      frm="Lanchester LMC <news@lanchester-lmc.example.org>", subject="LMC News - February 2039",
      body="LANCHESTER LMC NEWS - FEBRUARY 2039\n\n1 Interface: a letter copied to the district nurses that says "
           "'DN to remove sutures' is not a request to the practice; one that says 'GP to remove sutures' is.\n"
           "2 Lithium and amiodarone: do not accept transfer without a signed shared care agreement.\n3 AGM on "
           "12 March.\n\nTo unsubscribe reply UNSUBSCRIBE.\n")
other(key="o07", sent="2039-02-16 14:50", type="spam", notes="Equipment marketing.",
      frm="ClinicKit Direct <offers@clinickit-direct.example.com>", subject="Suture removal packs - 40% off",
      body="Dear Practice Manager,\n\nStock up on sterile suture and clip removal packs. 40% off until the end "
           "of February.\n\nReply STOP to opt out.\n")
other(key="o08", sent="2039-02-23 16:00", type="massmail", notes="Trust 'for information' mass mailing (bulk).",
      frm="Holmbridge and Saltmere Communications <comms@hsuh.nhs.uk>",
      subject="For information: discharge letters now list actions by recipient",
      body="FOR INFORMATION - SENT TO ALL GP PRACTICES\n\nFrom March our discharge summaries list actions "
           "under each recipient (GP, district nurses, pharmacy, care home). No action is needed.\n")
other(key="o09", sent="2039-02-28 19:25", type="patient", notes="Carer e-mail about a hospital appointment.",
      frm="Claire Ashworth-Pye <claire.ap@example.com>", subject="dads stroke clinic",
      body="Hello\n\nthe community hospital told us to ring you about dad's stroke clinic appointment. do you "
           "have a date? he is Reginald Ashworth-Pye.\n\nClaire (daughter)\n")
other(key="o10", sent="2039-03-03 09:00", type="ooo", notes="Out-of-office reply from a care home manager.",
      frm="Larchmont House Manager <manager@larchmonthouse.example.org>", subject="Automatic reply: medication chart",
      body="I am out of the office until 10/03/2039.\nFor resident care queries please ring the nurse in charge on "
           "0113 496 0977.\n")


# ====================================================================== rendering and checks

MARKING = {"ask": "OFFICIAL-SENSITIVE", "hol": "CONFIDENTIAL - PATIENT IDENTIFIABLE", "lan": "OFFICIAL",
           "brm": "OFFICIAL-SENSITIVE: PERSONAL", "qry": "PRIVATE AND CONFIDENTIAL"}
# Words that name a professional other than the practice: every letter copies or asks at least one of them.
OTHERS = re.compile(r"district nurs|care home|community matron|pharmac|health visitor|school nurs|social "
                    r"worker|optometrist|care coordinator|cmhn|physiotherap|midwife|reablement|senco|nurse "
                    r"specialist|\bot\b|\bsalt\b|navigator|home care|urgent treatment centre|opat nurses|"
                    r"respiratory team|hand therap", re.I)
# How a letter says who it goes to: a distribution line or a table naming who does what.
DISTRIBUTION = re.compile(r"\b(cc|Distribution|Copies)\b|\bWho \|? ?What\b|Action \|? ?Responsible|"
                          r"Responsible \|? ?Action|Task \|? ?Owner")


def house(L: dict, p: dict) -> dict:
    """A plain navy frame shared by the providers' HTML letters, each with its own protective marking."""
    return dict(heading='<h3 style="font-size:11pt;color:#1f3864;margin:10px 0 4px 0">{}</h3>',
                cell='style="border:1px solid #8a96a8;padding:3px 6px;vertical-align:top;font-size:9.5pt"',
                font="Verdana,Arial,sans-serif", marking=MARKING[L["prov"]],
                footer=f"Sent by {html.escape(p['mailer'])} on behalf of {html.escape(p['name'])}. If you are not "
                       "a named recipient please delete this message.")


def own(lid: str, lab: dict, text: str) -> list[str]:
    """This corpus's promises for every letter: hard negatives are noted as such, every letter names a
    professional other than the practice and says who it goes to, and no evidence sits on a line addressed to
    someone else (it never starts with another professional's label)."""
    errors = []
    if not lab["expected"] and "hard negative" not in lab["notes"].lower():
        errors.append(f"{lid}: letter without findings should be noted as a hard negative")
    if not OTHERS.search(text):
        errors.append(f"{lid}: no other professional named")
    if not DISTRIBUTION.search(text):
        errors.append(f"{lid}: no distribution list or who-does-what table")
    for e in lab["expected"]:
        m = re.match(r"([A-Za-z ]+):", e["evidence"])
        if m and m.group(1) not in ("GP", "Outcome", "Clinic date", "Date of discharge"):
            errors.append(f"{lid}: evidence addressed to {m.group(1)}")
    return errors


def corpus_checks(labels, items) -> list[str]:
    """The kit's checks plus this corpus's own: two late letters of each kind, a third of the letters hard
    negatives and the urgent letters all carrying a finding."""
    errors = C.checks(labels, items, urgent=(2, 3), others=10, own=own) + kit.check_negatives(labels)
    seen = Counter(e["category"] for lab in labels for e in lab["expected"])
    for c in ("late_discharge_summary", "late_clinic_letter"):
        if seen[c] != 2:
            errors.append(f"expected two {c}")
    return errors + [f"{lab['id']}: urgent without a finding" for lab in labels
                     if lab["urgent_clinical_action"] and not lab["expected"]]


if __name__ == "__main__":
    sys.exit(C.run(sys.argv[1:], house=house, checks=corpus_checks, negatives="hard negatives"))
