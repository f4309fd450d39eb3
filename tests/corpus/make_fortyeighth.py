#!/usr/bin/env python3
"""Build the forty-eighth (independent, held-out) corpus: tests/corpus/fortyeighth/.

Style: investigation and diagnostic reports sent straight to the practice.  Radiology reports with the
radiologist's recommendations ("Recommend follow-up CT in 3 months", "suggest correlation with LFTs"),
microbiology and chemical pathology reports, colonoscopy and endoscopy reports, echo, ambulatory ECG, spirometry,
home sleep studies, DXA, audiology and an interventional procedure report, with the clinic letters, discharge
summaries and referral responses that go with them.  Whose result it is turns on the "Requested by" field: a
test the GP requested is the practice's to act on (a suspicious chest X-ray, a C. difficile toxin, osteoporosis
on DXA, new paroxysmal AF on an open-access Holter: urgent or not, no bounce), while a test a hospital clinician
ordered and copied to the practice with its follow-up left to the GP is work shifted (histology to chase,
surveillance colonoscopy to request, an incidental renal mass to refer on, results "forwarded to you for
action", a patient told the GP will give the histology).  Radiologists' recommendations addressed to a hospital
requester, with a copy to the GP "for information", are hard negatives.

Four invented providers (Wrenfield Valley Hospitals NHS Foundation Trust, Castlemere and Rook University
Hospitals NHS Trust, Tallowmere Diagnostics Ltd, an independent community diagnostic centre holding an NHS
contract, and Brindlecombe Community Health NHS Trust) write to an invented practice, Wherrow Green Surgery, as
plain text (as a radiology information system sends it), HTML (tables of results; some with a text
alternative), PDF and DOCX.  Ten messages are not letters.

Written from the category definitions alone (TAXONOMY.md and the domain README); no detector output was used.
Everything is invented; NHS numbers are 999-range with a valid Modulus 11 check digit; telephone numbers are in
Ofcom drama ranges.  Every message is sent in January to early March 2042 (GMT).  The build is deterministic.

    python3 tests/corpus/make_fortyeighth.py            # build, then verify
    python3 tests/corpus/make_fortyeighth.py --verify-only
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
from corpus_kit import dmy, spaced  # noqa: E402
from corpus_kit import patient as P  # noqa: E402

WRE = "Wrenfield Valley Hospitals NHS Foundation Trust"
CAS = "Castlemere and Rook University Hospitals NHS Trust"
TAL = "Tallowmere Diagnostics Ltd"
BRI = "Brindlecombe Community Health NHS Trust"
PROV = {
    "wre": dict(
        name=WRE, site="Wrenfield General Hospital", addr=["Pellinore Road", "Wrenfield", "XQ1 3HD"],
        phone="0115 496 0723", domain="wrenfieldvalley.nhs.uk",
        sender="WVH Results and Correspondence <wvh.correspondence@wrenfieldvalley.nhs.uk>",
        mailer="WVH Report Dispatch 9.1"),
    "cas": dict(
        name=CAS, site="Castlemere Royal Infirmary", addr=["Rook Lane", "Castlemere", "ZQ8 2PN"],
        phone="0161 496 0358", domain="castlemererook.nhs.uk",
        sender="CRUH Clinical Documents <cruh.clinicaldocs@nhs.net>", mailer="CRUH DocSend 3.4"),
    # An independent provider running a community diagnostic centre under NHS contracts (GP direct access and
    # tests outsourced by the acute trusts).
    "tal": dict(
        name=TAL, site="Tallowmere Community Diagnostic Centre", addr=["Unit 4, Brookfold Park", "Tallowmere",
                                                                       "XQ9 5RS"],
        phone="0118 496 0642", domain="tallowmerediagnostics.example.co.uk",
        sender="Tallowmere Diagnostics NHS Reporting <nhs.reports@tallowmerediagnostics.example.co.uk>",
        mailer="RadLink Outbound 6"),
    # A community trust: audiology, community respiratory (spirometry) and open-access cardiac physiology.
    "bri": dict(
        name=BRI, site="Brindlecombe Health Centre", addr=["Sallow Street", "Brindlecombe", "ZQ3 9AW"],
        phone="01632 960 583", domain="brindlecombe.nhs.uk",
        sender="Brindlecombe Community Health <bch.clinicalcorrespondence@nhs.net>",
        mailer="SystmOne Letters Service"),
}
COVERS = {
    "wre": "{trust}\n{dept}\n\nThis e-mail carries a {doctype} (reference {ref}) for a patient registered with your "
           "practice.\nPlease do not reply to this address: it is not monitored.\n",
    "cas": "CRUH DocSend\n\nDocument type: {doctype}\nDepartment: {dept}\nOrganisation: {trust}\nReference: {ref}\n\n"
           "Confidential patient information for the addressee only.\n",
    "tal": "Dear Practice,\n\nPlease find attached a {doctype} from {dept}, {trust} (NHS services), reference "
           "{ref}.\n\nKind regards\nNHS Reporting Team\n",
    "bri": "{trust} - {dept}\n\nAttached: {doctype}, ref {ref}.\n\nClinical Administration\n",
}
DOCTYPES = {"clinic_letter": "clinic letter", "discharge_summary": "discharge summary",
            "referral_response": "referral response", "results": "investigation report",
            "ed_letter": "emergency department letter"}
C = kit.Corpus("fortyeighth", "f48", "Wherrow Green Surgery <wherrowgreen.surgery@nhs.net>", PROV, cover=COVERS,
               window=("2042-01-06", "2042-03-06"), utc_hours=0, doctypes=DOCTYPES)
other = C.other
idl = kit.idline


def letter(**kw) -> None:
    """Record a letter whose evidence is written inline as [[category: words]] (kit.inline_evidence)."""
    C.letter(**kit.inline_evidence(kw))


def head(p: str, dept: str) -> str:
    """The letterhead a results or letters system prints at the top of a plain-text report."""
    pr = PROV[p]
    return f"{pr['name'].upper()}\n{dept}\n{pr['site']}, {', '.join(pr['addr'])}\nTel: {pr['phone']}"


def rows(pt: dict) -> str:
    """The patient rows of an HTML report's header table."""
    return (f"| Patient | {pt['name']} |\n| Date of birth | {dmy(pt['dob'])} |\n"
            f"| NHS number | {spaced(pt['nhs_number'])} |")


RAD = "Department of Clinical Radiology"
MICRO = "Microbiology"
RESP = "Respiratory Medicine"
ENDOSC = "Endoscopy Unit"
DXA = "Bone Densitometry (DXA)"
CARDPHYS = "Cardiac Physiology"
SLEEP = "Sleep Medicine Service"
SLEEPDX = "Sleep Diagnostics"
GASTRO = "Gastroenterology"
ECHO = "Echocardiography"
ACUTE = "Acute Medicine"
BONE = "Metabolic Bone Clinic"
IR = "Interventional Radiology"
CARDDC = "Cardiology Day Case Unit"
SPIRO = "Community Respiratory Service"
AUD = "Adult Audiology Service"
MRI = "MRI Department"
MED = "General Medicine"
ED = "Emergency Department"
WARD7 = "Gastroenterology (Ward 7)"

# ====================================================================== letters

# R01 chest X-ray the GP requested: a mass, phoned through.  The GP's own test: no bounce, but urgent.
pt = P("Leonard Haskett", "481003", "1953-09-21")
letter(key="r01", prov="wre", dept=RAD, kind="results", specialty="Radiology", clinician="Dr Alasdair Fenwick",
       patient=pt, ev=None, ld="2042-01-07", sent="2042-01-07 12:05", fmt="plain", urgent=True,
       subject="RADIOLOGY REPORT - XR CHEST - HASKETT L - UNEXPECTED SIGNIFICANT FINDING", body=f"""
{head("wre", RAD)}

RADIOLOGY REPORT
*** UNEXPECTED SIGNIFICANT FINDING - SEE NOTE BELOW ***

{idl(pt)}
Hospital No: WV4481207
Examination: XR CHEST PA
Exam date/time: 06/01/2042 14:32 (walk-in service, Wrenfield General Hospital)
Requested by: Dr I Tasker (GP), Wherrow Green Surgery
Clinical details: Cough 8/52, ex-smoker 40 pack-years, 4 kg weight loss. ?infection ?sinister

Findings:
There is a 28 mm spiculated opacity in the right upper zone with no associated consolidation or collapse.
The right hilum is bulky. No pleural effusion. Heart size is normal. No destructive bony lesion is seen.

Conclusion:
Right upper zone mass with right hilar enlargement, highly suspicious of primary lung malignancy.
Recommend urgent CT chest and upper abdomen with contrast and referral on the suspected lung cancer pathway.

Note: reported under the Trust's unexpected significant findings procedure. Dr Fenwick telephoned the practice
at 11:40 on 07/01/2042 and spoke to Dr Orrell, who will contact the patient today.

Reported by: Dr Alasdair Fenwick, Consultant Radiologist, 07/01/2042 11:32
""", notes="Hard negative for the categories: the GP requested the X-ray (Requested by: Dr I Tasker (GP)), so acting on "
            "the result, CT and the suspected-cancer referral included, is the practice's own work. Urgent: a "
            "suspected-cancer step needed within days.")

# R02 stool sample the GP sent: C. difficile toxin positive, phoned.  GP's own sample: no bounce; urgent.
pt = P("Maureen Cleaver", "481010", "1947-02-11")
letter(key="r02", prov="cas", dept=MICRO, kind="results", specialty="Microbiology",
       clinician="Dr Miriam Achebe-Lund", patient=pt, ev=None, ld="2042-01-09", sent="2042-01-09 16:20",
       fmt="html", opts={"label_col": True}, urgent=True,
       subject="Microbiology report (telephoned) - CLEAVER M - faeces", body=f"""
# Microbiology Report - Result Telephoned
{rows(pt)}
| Specimen | Faeces (Bristol type 7) |
| Collected | 07/01/2042 (at the surgery) |
| Received | 08/01/2042 16:05 |
| Requested by | Dr K Orrell, Wherrow Green Surgery (GP request) |
| Clinical details | Diarrhoea 6/7; co-amoxiclav for cellulitis finished 29/12/2041; on omeprazole |
| Laboratory number | CM42-0031877 |

# Result
Clostridioides difficile GDH antigen: DETECTED
C. difficile toxin (EIA): DETECTED
Interpretation: consistent with C. difficile infection (CDI).

# Microbiology advice
This is a new episode of CDI. Please review the patient today and assess severity (WCC, creatinine, temperature).
First line treatment: oral vancomycin 125 mg four times daily for 10 days.
Review the need for omeprazole and stop any other unnecessary antibiotics.
Consider hospital admission if there are signs of severe infection: WCC above 15, acute rise in creatinine, temperature above 38.5 C or features of ileus.

Result telephoned to the practice (Dr Orrell) by the duty microbiologist at 15:55 on 09/01/2042.
The infection prevention team has been informed and will contact the community IPC nurse.

Authorised by Dr Miriam Achebe-Lund, Consultant Microbiologist
""", notes="Hard negative for the categories: a sample the GP sent (GP request), so treating the infection is the "
            "practice's work. Urgent: a positive toxin needing review and treatment the same day.")

# C01 respiratory clinic: the hospital's own CT shows an incidental renal mass; GP asked to refer to urology.
pt = P("Doreen Ashplant", "481027", "1958-06-30")
letter(key="c01", prov="cas", dept=RESP, kind="clinic_letter", specialty="Respiratory Medicine",
       clinician="Dr Tomasz Wielgosz", patient=pt, ev="2042-01-08", ld="2042-01-13", sent="2042-01-13 15:40",
       fmt="docx", urgent=True, subject="Respiratory clinic letter - ASHPLANT D", body=f"""
# RESPIRATORY MEDICINE - OUTPATIENT CLINIC LETTER
{idl(pt)}
Clinic date: 08/01/2042
Consultant: Dr Tomasz Wielgosz
Letter typed: 13/01/2042

Dear Dr Haverstock

# Diagnoses
1. Bronchiectasis, both lower lobes (new; CT thorax 19/12/2041)
2. Incidental 34 mm solid enhancing lesion in the upper pole of the left kidney, suspicious of renal cell carcinoma

Thank you for referring Mrs Ashplant with a productive cough for 18 months. I requested a CT thorax at her first visit; it was done on 19/12/2041 and shows mild cylindrical bronchiectasis in both lower lobes.
The upper abdominal sections of that CT also show a 34 mm solid, enhancing lesion in the upper pole of the left kidney, which the reporting radiologist considers suspicious of a renal cell carcinoma. I explained this to her in clinic and she understands that it needs further assessment.

# Plan
- Sputum sent today for culture, including mycobacteria; we will write with the result.
- Airway clearance: I have referred her to our respiratory physiotherapists.
- Immunoglobulins, aspergillus serology and alpha-1 antitrypsin were taken in our phlebotomy room today.
- Review in the bronchiectasis clinic in 4 months.

# Actions for GP
- [[onward_referral: Please refer her urgently to urology under the suspected cancer (two-week wait) pathway for the renal lesion]].
- Please continue her salbutamol inhaler as required.

Yours sincerely

Dr T Wielgosz
Consultant Respiratory Physician
""", notes="An incidental finding on the hospital's own CT passed to the GP to refer on to another specialty: "
            "onward_referral; a suspected-cancer step, so urgent. Sputum, bloods and physiotherapy arranged by the "
            "hospital and a green inhaler to continue are decoys. Clinic 08/01, sent 13/01: on time.")

# R03 colonoscopy ordered by the colorectal surgeons: histology and surveillance both passed to the GP.
pt = P("Gordon Fairlamb", "481034", "1961-12-04")
letter(key="r03", prov="wre", dept=ENDOSC, kind="results", specialty="Gastroenterology",
       clinician="Dr Oyinda Prescott-Hale", patient=pt, ev=None, ld="2042-01-14", sent="2042-01-14 11:15",
       fmt="pdf", subject="Endoscopy report - colonoscopy - FAIRLAMB G", body=f"""
# COLONOSCOPY REPORT
{idl(pt)}
Procedure date: 13/01/2042
Endoscopist: Dr Oyinda Prescott-Hale, Consultant Gastroenterologist
Requested by: Mr Anand Sivapalan, Colorectal Surgery (seen in clinic 16/12/2041); copy to GP
Indication: change in bowel habit, FIT 164 ug/g
Sedation: midazolam 2 mg, fentanyl 50 micrograms, Entonox
Bowel preparation: adequate (BBPS 7). Extent: terminal ileum (photo-documented). Withdrawal time 14 minutes.

# Findings
- Sigmoid colon at 30 cm: 15 mm sessile polyp (Paris 0-Is), removed en bloc by EMR; 2 clips; tattoo placed distal to the site.
- Transverse colon: two diminutive polyps (3 mm and 4 mm), removed by cold snare and retrieved.
- Mild sigmoid diverticular disease.
- No cancer seen.

# Recommendations
1. [[results_chasing: Histology awaited - GP to follow up the polyp histology in 3 weeks]].
2. [[tests_for_hospital: GP to request surveillance colonoscopy in 3 years (post-polypectomy surveillance)]].
3. Restart clopidogrel 75 mg OD on 16/01/2042.

# Information for the patient
You have been given a copy of this report and our leaflet about polyp removal. If you pass more than a cupful of blood or have severe tummy pain in the next 2 weeks, call the endoscopy unit on 0115 496 0731 (08:00 to 18:00) or go to the Emergency Department.
""", notes="A colonoscopy requested by the colorectal surgeons: the histology the endoscopist sent is pushed to the GP "
            "to follow up (results_chasing) and the unit's own surveillance colonoscopy left to the GP to request "
            "(tests_for_hospital). Restarting clopidogrel and the bleeding advice for the patient are decoys.")

# R04 DXA the GP requested at the community diagnostic centre: recommendations for the requester: hard negative.
pt = P("Sylvia Trundle", "481041", "1962-03-17")
letter(key="r04", prov="tal", dept=DXA, kind="results", specialty="Rheumatology",
       clinician="Dr Sunniva Halloway", patient=pt, ev=None, ld="2042-01-14", sent="2042-01-15 09:30",
       fmt="pdf", subject="DXA report - TRUNDLE S", body=f"""
# DXA BONE DENSITOMETRY REPORT
{idl(pt)}
Scan date: 13/01/2042
Scanner: Hologic Horizon A, Tallowmere Community Diagnostic Centre
Requested by: Dr P Haverstock, Wherrow Green Surgery (GP direct access)
Indication: low-trauma wrist fracture in November 2041; menopause at 42; several prednisolone courses for asthma

| Site | BMD (g/cm2) | T-score | Z-score |
| Lumbar spine L1-L4 | 0.741 | -2.8 | -1.9 |
| Left femoral neck | 0.602 | -2.6 | -1.4 |
| Left total hip | 0.688 | -2.1 | -1.2 |

FRAX (UK, with femoral neck BMD): 10-year probability of major osteoporotic fracture 24%, hip fracture 7.1%; above the NOGG intervention threshold.

# Conclusion
Osteoporosis at the lumbar spine and femoral neck.

# Recommendations for the requesting clinician
- Treatment with an oral bisphosphonate is recommended, for example alendronic acid 70 mg once weekly, with calcium and vitamin D unless dietary calcium and vitamin D status are adequate.
- Suggest bone profile, TFTs, coeliac serology and a myeloma screen to exclude secondary causes, if not already done.
- Falls risk assessment as clinically appropriate.
- Repeat DXA is not usually needed before treatment is reviewed at 5 years.

Reported by Dr Sunniva Halloway, Consultant Rheumatologist (DXA reporting), 14/01/2042
""", notes="Hard negative: a GP direct-access DXA; treatment and secondary-cause bloods are recommendations to the "
            "requester, who is the GP, so ordinary practice work.")

# R05 Holter ordered by the cardiologist, copied to the GP with bloods and an ECG for his clinic left to the GP.
pt = P("Declan Mossford", "481058", "1979-08-08")
letter(key="r05", prov="cas", dept=CARDPHYS, kind="results", specialty="Cardiology",
       clinician="Dr Ruairi Okafor-Lyle", patient=pt, ev=None, ld="2042-01-15", sent="2042-01-16 14:10",
       fmt="html", opts={"label_col": True, "alt": True}, subject="48 h ambulatory ECG report - MOSSFORD D", body=f"""
# 48-hour Ambulatory ECG Report
{rows(pt)}
| Recording started | 06/01/2042 10:15 (48 hours) |
| Requested by | Dr R Okafor-Lyle, Consultant Cardiologist, Cardiology Outpatients, Castlemere Royal Infirmary |
| Reason | Palpitations and presyncope; frequent ectopics on the clinic ECG of 17/12/2041 |
| Report to | Requesting clinician; copy to GP (Wherrow Green Surgery) |

# Analysis (Ms Delyth Pembridge, Senior Cardiac Physiologist, 12/01/2042)
- Sinus rhythm throughout, rate 48 to 131 bpm (mean 72).
- Ventricular ectopics: 9140 in 48 hours (burden 7.9%), unifocal, with 212 couplets.
- Three runs of non-sustained VT, the longest 5 beats at 168 bpm (07/01/2042 03:12, asleep).
- No pauses over 2 seconds. No atrial fibrillation.
- Four diary symptoms, all with ventricular ectopics.

# Cardiologist's comment
Moderate ectopic burden with short runs of NSVT; a cardiac MRI has been requested by our department and he will be sent the appointment directly.
[[tests_for_hospital: GP to arrange TFTs, bone profile and magnesium, and a repeat 12-lead ECG, before his cardiology follow-up in 6/52]].
Continue bisoprolol 2.5 mg OD.

Dr Ruairi Okafor-Lyle, Consultant Cardiologist, 15/01/2042
""", notes="A Holter the cardiologist ordered, copied to the GP with the bloods and ECG he wants for his own follow-up "
            "clinic passed to the practice: tests_for_hospital. The cardiac MRI booked by the department and a "
            "green drug to continue are decoys.")

# C02 sleep clinic: narcolepsy, modafinil handed over with monitoring and no shared-care agreement; sent late.
pt = P("Kerensa Pollard", "481065", "1996-05-27")
letter(key="c02", prov="cas", dept=SLEEP, kind="clinic_letter", specialty="Sleep Medicine",
       clinician="Dr Bronagh Kilbride", patient=pt, ev="2042-01-07", ld="2042-01-17", sent="2042-01-20 10:20",
       fmt="plain", late="Clinic date: 07/01/2042", subject="Sleep clinic letter - POLLARD K", body=f"""
{head("cas", SLEEP)}

Consultant: Dr Bronagh Kilbride, Consultant in Sleep Medicine
Secretary: 0161 496 0371

Clinic date: 07/01/2042     Dictated: 08/01/2042     Typed: 17/01/2042

Dr I Tasker
Wherrow Green Surgery
14 Tanyard Row, Wherrow, XQ4 7LB

Dear Dr Tasker

Re: {pt['name']}, DOB {dmy(pt['dob'])}, NHS No {spaced(pt['nhs_number'])}

Diagnosis: narcolepsy type 1 (cataplexy; MSLT mean sleep latency 3.2 min with 4 SOREMPs; overnight PSG on
16/12/2041 showed no significant sleep apnoea, AHI 2)

I saw Ms Pollard to go through her polysomnography and multiple sleep latency test, done here on 16 and 17
December 2041. The results confirm narcolepsy with cataplexy. I explained the diagnosis and gave her the
Narcolepsy UK information pack.

Plan:
1) I have started modafinil 100 mg each morning, increasing to 100 mg twice daily (morning and midday) after
   2 weeks if tolerated; 28 days were supplied by our pharmacy.
2) [[shared_care_without_agreement: Please continue to prescribe modafinil from now on and check her blood pressure and pulse every 6 months]].
3) Modafinil reduces the effectiveness of hormonal contraception; she has a copper IUD, so nothing needs to change.
4) Driving: she has been advised not to drive and to notify the DVLA, and has done so.
5) Planned naps at lunchtime; with her consent we have written to her employer.
6) Review in the sleep clinic in 3 months, when we will consider sodium oxybate for the cataplexy.

Yours sincerely

Dr Bronagh Kilbride
Consultant in Sleep Medicine
""", notes="A specialist-started amber drug (modafinil) handed to the GP to prescribe and monitor with no shared-care "
            "agreement offered: shared_care_without_agreement. Clinic 07/01, sent 20/01: thirteen days, late. DVLA "
            "advice and contraception already dealt with (decoys).")

# R06 home sleep study ordered by ENT, done at the diagnostic centre: patient told the GP will give the result.
pt = P("Barry Oldcorn", "481072", "1968-10-15")
letter(key="r06", prov="tal", dept=SLEEPDX, kind="results", specialty="Sleep Physiology",
       clinician="Mr Idris Lathbury", patient=pt, ev=None, ld="2042-01-20", sent="2042-01-20 16:45",
       fmt="docx", subject="Home sleep study report - OLDCORN B", body=f"""
# HOME RESPIRATORY POLYGRAPHY REPORT
{idl(pt)}
Study night: 14/01/2042 (equipment fitted 14/01/2042, returned 15/01/2042)
Requested by: Mr Gareth Lowndes-Pryce, Consultant ENT Surgeon, Wrenfield Valley Hospitals NHS Foundation Trust (snoring clinic)
Report copied to: GP, Wherrow Green Surgery
Analysable recording time: 6 h 42 min

| Parameter | Result |
| AHI (events per hour) | 34.2 |
| ODI 3% (per hour) | 31.0 |
| Mean SpO2 | 93% |
| Time with SpO2 below 90% | 8.5% |
| Supine AHI / non-supine AHI | 52.1 / 18.7 |
| Epworth Sleepiness Scale | 14/24 |

# Interpretation
Severe obstructive sleep apnoea, worse when supine. No features of central apnoea or hypoventilation.

# Outcome
[[patient_redirected_to_gp: The patient was told at equipment return that the results will be available from their GP in 2 weeks]].
The report has been sent to Mr Lowndes-Pryce for onward management.

Reported by: Mr Idris Lathbury, Clinical Sleep Physiologist, 20/01/2042
Tallowmere Diagnostics Ltd provides this service for Wrenfield Valley Hospitals NHS Foundation Trust under an NHS contract.
""", notes="A study the ENT surgeon ordered; the provider tells the patient to get the result from the GP: "
            "patient_redirected_to_gp. The report going to the requesting surgeon is the right route (decoy).")

# R07 abdominal ultrasound the GP requested: gallstones, fatty liver, simple renal cyst: hard negative.
pt = P("Shirley Venning", "481089", "1971-01-29")
letter(key="r07", prov="wre", dept=RAD, kind="results", specialty="Radiology", clinician="Dr Philippa Gorringe",
       patient=pt, ev=None, ld="2042-01-21", sent="2042-01-21 09:50", fmt="plain",
       subject="RADIOLOGY REPORT - US ABDOMEN - VENNING S", body=f"""
{head("wre", RAD)}

RADIOLOGY REPORT
{idl(pt)}
Examination: US ABDOMEN (UPPER)
Exam date: 20/01/2042
Requested by: Dr K Orrell (GP), Wherrow Green Surgery
Clinical details: ALT 78, GGT 112, intermittent RUQ discomfort. BMI 34.

Findings:
The liver is of normal size with diffusely increased echogenicity, in keeping with steatosis. No focal lesion.
The gallbladder contains multiple small mobile calculi (largest 8 mm); the wall is not thickened and there is no
pericholecystic fluid. CBD 5 mm. Pancreas partly obscured by bowel gas; visualised portions normal.
Spleen 11 cm. Right kidney normal. Left kidney: 18 mm simple cortical cyst (Bosniak I).

Conclusion:
1. Hepatic steatosis. Suggest correlation with LFTs and non-invasive fibrosis assessment (FIB-4 or ELF)
   as per the local NAFLD pathway.
2. Cholelithiasis without features of cholecystitis.
3. Simple left renal cyst: benign, no follow-up imaging required.

Reported by: Dr Philippa Gorringe, Consultant Radiologist, 21/01/2042 09:12
""", notes="Hard negative: a GP-requested ultrasound; 'suggest correlation with LFTs' and the fibrosis pathway are "
            "advice to the requester, the GP; the renal cyst needs no follow-up.")

# D01 upper GI bleed: 3 days of PPI supplied, biopsy result left to the GP; sent 42 hours after discharge.
pt = P("Trevor Kindersley", "481096", "1955-04-09")
letter(key="d01", prov="wre", dept=WARD7, kind="discharge_summary", specialty="Gastroenterology",
       clinician="Dr Kofi Mensah-Bright", patient=pt, ev="2042-01-20", ev_time="15:40", ld="2042-01-21",
       sent="2042-01-22 10:05", fmt="pdf", late="Date of discharge: 20/01/2042 15:40",
       subject="Discharge summary - KINDERSLEY T - Ward 7", body=f"""
# DISCHARGE SUMMARY
{idl(pt)}
Ward: Ward 7 (Gastroenterology), Wrenfield General Hospital
Consultant: Dr Kofi Mensah-Bright
Date of admission: 17/01/2042
Date of discharge: 20/01/2042 15:40
Discharged to: usual residence

# Diagnosis
Upper GI bleed from a 12 mm duodenal ulcer (Forrest III), associated with naproxen bought over the counter.

# Investigations
OGD 18/01/2042: clean-based 12 mm ulcer on the anterior wall of the duodenal bulb, no stigmata of recent haemorrhage, no endotherapy needed; antral and body biopsies taken for Helicobacter.
Hb 78 g/L on admission, transfused 2 units, Hb 97 g/L on 20/01/2042.
Glasgow-Blatchford score 11; post-endoscopy Rockall score 3.

# Medication on discharge
| Medicine | Instructions | Supply |
| Omeprazole | 40 mg BD for 8 weeks, then 20 mg OD | 3 days (see below) |
| Ferrous fumarate | 210 mg BD for 3 months | 28 days |
| Naproxen | STOPPED (ulcer) | none |
| Amlodipine | 5 mg OD, unchanged | own supply |

Omeprazole: only 3 days could be supplied because pharmacy stock ran out before discharge; [[hospital_only_prescribing: GP to prescribe omeprazole 40 mg twice daily from 23/01/2042 to complete the 8-week course]].

# Actions for GP
- [[results_chasing: Please chase the gastric biopsy histology for Helicobacter and prescribe eradication therapy if positive]].
- FBC in 2 weeks: booked by us in the ambulatory care unit for 03/02/2042.
- Repeat OGD is not required for a duodenal ulcer.
- Please continue amlodipine 5 mg OD.

Completed by Dr Hattie Brinkworth (FY2) for Dr Kofi Mensah-Bright, Consultant Gastroenterologist
""", notes="Three days of PPI supplied on discharge and the rest left to the GP: hospital_only_prescribing (supply "
            "under 7 days); the hospital's own biopsy result left to the GP to chase and act on: results_chasing. "
            "Discharged 15:40 on 20/01, sent 10:05 on 22/01: over 24 hours, late. FBC booked by the hospital and "
            "amlodipine to continue are decoys.")

# R08 echo ordered by the heart failure clinic: the clinic will act on it: hard negative.
pt = P("Alwyn Treasure", "481102", "1949-07-02")
letter(key="r08", prov="cas", dept=ECHO, kind="results", specialty="Cardiology", clinician="Mrs Carys Ellery",
       patient=pt, ev=None, ld="2042-01-22", sent="2042-01-23 11:30", fmt="docx",
       subject="Echocardiogram report (copy) - TREASURE A", body=f"""
# TRANSTHORACIC ECHOCARDIOGRAM - COPY FOR GP
{idl(pt)}
Date of study: 21/01/2042
Requested by: Dr Hamid Zarrabi, Heart Failure Clinic, Castlemere Royal Infirmary
Indication: breathlessness, NT-proBNP 2140 ng/L

| Measurement | Value |
| LVEF (biplane Simpson's) | 38% |
| LVEDD | 6.1 cm |
| Mitral regurgitation | moderate, functional |
| TAPSE | 1.7 cm |
| Estimated PASP | 41 mmHg |

# Conclusion
Dilated left ventricle with moderately impaired systolic function (HFrEF), functional moderate MR.

# Distribution
This report has been returned to the requesting clinician, who will review it at the heart failure clinic on 04/02/2042 and write to you with a management plan.
No action is required by the GP.

Mrs Carys Ellery, Chief Cardiac Physiologist, 22/01/2042
""", notes="Hard negative: a hospital-requested echo copied to the GP; the requesting clinic reviews and acts on it "
            "itself ('No action is required by the GP').")

# C03 IBD clinic: TPMT and VZV serology for the hospital's own start of azathioprine asked of the GP, then the
# azathioprine and its monitoring handed over with no agreement.
pt = P("Ravi Chaudhary-Webb", "481119", "1993-11-19")
letter(key="c03", prov="wre", dept=GASTRO, kind="clinic_letter", specialty="Gastroenterology",
       clinician="Dr Adebayo Quist", patient=pt, ev="2042-01-21", ld="2042-01-26", sent="2042-01-27 09:40",
       fmt="html", opts={"label_col": True}, subject="IBD clinic letter - CHAUDHARY-WEBB R", body=f"""
# Gastroenterology Clinic Letter - Inflammatory Bowel Disease
{rows(pt)}
| Clinic date | 21/01/2042 |
| Consultant | Dr Adebayo Quist |
| Letter date | 26/01/2042 |

Dear Dr Orrell

Diagnosis: Crohn's disease, ileocolonic (Montreal A2 L3 B1), new diagnosis.

I saw Mr Chaudhary-Webb to discuss his colonoscopy of 09/01/2042, which showed deep ulceration of the terminal ileum and patchy colitis; the histology (reported 16/01/2042) shows granulomatous inflammation consistent with Crohn's disease. Faecal calprotectin 1240 ug/g.

# Plan
- Budesonide 9 mg OD for 8 weeks, then reduce; 8 weeks supplied from our pharmacy today.
- MR enterography has been requested by us; he will receive the appointment directly.
- We plan to start azathioprine as a steroid-sparing treatment. [[tests_for_hospital: Could you please check a TPMT level and varicella zoster serology at the surgery before his next visit]], so that we can start it at the right dose.
- [[shared_care_without_agreement: Once azathioprine is started we would ask the practice to take over the prescription and the fortnightly FBC and LFT monitoring]].
- IBD nurse telephone review in 6 weeks; clinic review in 3 months.

Yours sincerely

Dr Adebayo Quist
Consultant Gastroenterologist
""", notes="Pre-treatment bloods the hospital needs before it starts azathioprine asked of the practice: "
            "tests_for_hospital; azathioprine prescribing and monitoring handed over with no shared-care agreement "
            "offered: shared_care_without_agreement. Budesonide supplied and MR enterography booked by the hospital "
            "(decoys). Clinic 21/01, sent 27/01: on time.")

# D02 pulmonary emboli: fit note and a 3-month echo for the PE clinic asked of the GP; sent four days later.
pt = P("Mikael Stenhouse", "481126", "1976-02-23")
letter(key="d02", prov="cas", dept=ACUTE, kind="discharge_summary", specialty="Acute Medicine",
       clinician="Dr Vasiliki Norreys", patient=pt, ev="2042-01-23", ev_time="11:20", ld="2042-01-24",
       sent="2042-01-27 13:00", fmt="html", opts={"label_col": True, "alt": True},
       late="Discharged: 23/01/2042 at 11:20", subject="Discharge summary - Acute Medical Unit - STENHOUSE M", body=f"""
# Discharge Summary - Acute Medical Unit
{rows(pt)}
| Admitted | 19/01/2042 21:05 via the Emergency Department |
| Ward | Ward 22 (Acute Medical Unit), Castlemere Royal Infirmary |
| Consultant | Dr Vasiliki Norreys |
| Completed by | Dr Jamie Kettleborough, FY1 |

Discharged: 23/01/2042 at 11:20

# Diagnosis
Bilateral segmental pulmonary emboli (CTPA 19/01/2042), unprovoked; RV:LV ratio 1.1, troponin 38 ng/L, sPESI 0.

# Investigations
CTPA 19/01/2042: emboli in segmental arteries of both lower lobes; no infarct; no incidental findings in the upper abdomen.
Leg Dopplers 20/01/2042: no DVT.
Echo 21/01/2042: mild RV dilatation, estimated PASP 38 mmHg.
Limited cancer screen (history, examination, FBC, calcium, LFTs, urinalysis, CXR) normal.

# Medication on discharge
- Apixaban 10 mg BD until 26/01/2042, then 5 mg BD: 28 days supplied; at least 3 months of anticoagulation.
- Ramipril 2.5 mg OD: continue.

# Actions for GP
- [[fit_note: Please issue a fit note for 4 weeks from the date of discharge]]; he works as a warehouse supervisor.
- [[tests_for_hospital: Please request a repeat echocardiogram at 3 months and forward the report to the PE follow-up clinic]] so that we can assess him for chronic thromboembolic pulmonary hypertension.
- PE follow-up clinic at 3 months: we will send the appointment.
- Please continue apixaban 5 mg BD after the 28 days supplied (no monitoring bloods needed).
""", notes="A fit note for the period after admission asked of the GP: fit_note; the echo the PE clinic wants for its "
            "own 3-month review asked of the GP: tests_for_hospital. Discharged 11:20 on 23/01, sent 13:00 on 27/01: "
            "late. 28 days of apixaban supplied, ramipril continued and the clinic booked by the hospital are decoys.")

# R09 coeliac serology ordered in clinic, patient discharged pending the result, result sent 'for action'.
pt = P("Amelia Rossiter", "481133", "1988-08-14")
letter(key="r09", prov="wre", dept=GASTRO, kind="results", specialty="Gastroenterology",
       clinician="Dr Lachlan Merriweather", patient=pt, ev=None, ld="2042-01-28", sent="2042-01-28 10:10",
       fmt="html", opts={"label_col": True, "alt": True}, subject="Result notification - ROSSITER A", body=f"""
# Gastroenterology Outpatients - Result Notification
{rows(pt)}
| Test requested by | Dr Lachlan Merriweather, Gastroenterology Outpatients |
| Sample taken | 14/01/2042, hospital phlebotomy |
| Reported | 24/01/2042 |

Dear Dr Tasker

Please find below the coeliac serology requested by Dr Merriweather in the gastroenterology clinic on 14/01/2042.
Ms Rossiter was discharged from the clinic at that visit with the plan that the result would go to you, and [[results_chasing: we are therefore forwarding the result to you for action]].

| Test | Result | Reference range |
| tTG IgA | above 128 U/mL | below 7 U/mL |
| Total IgA | 2.1 g/L | 0.7 to 4.0 g/L |
| Endomysial antibody | Positive | Negative |

Laboratory comment: strongly positive tTG with positive EMA, consistent with coeliac disease.

Gastroenterology Secretaries, on behalf of Dr Lachlan Merriweather, Consultant Gastroenterologist
""", notes="A test the gastroenterologist ordered, the patient discharged before the result and the result sent to the "
            "GP 'for action': results_chasing.")

# F01 GP referral for colonoscopy returned with work-up and a trial of treatment asked first.
pt = P("Jordan Pemberton-Hale", "481140", "2007-05-06")
letter(key="f01", prov="wre", dept="Gastroenterology Referral Triage", kind="referral_response",
       specialty="Gastroenterology", clinician="Dr Graham Tolputt", patient=pt, ev=None, ld="2042-01-28",
       sent="2042-01-29 15:00", fmt="plain", subject="Referral returned - gastroenterology - PEMBERTON-HALE J", body=f"""
{head("wre", "Gastroenterology Referral Triage")}

REFERRAL OUTCOME: RETURNED TO REFERRER
{idl(pt)}
Referral: routine, direct-access colonoscopy, dated 22/01/2042, from Dr P Haverstock
Triaged: 28/01/2042 by Dr Graham Tolputt, Consultant Gastroenterologist

Dear Dr Haverstock

Thank you for referring Mr Pemberton-Hale (34) with six months of intermittent loose stools and bloating. There
are no red flags in the referral; his FIT in December was 4 ug/g and his FBC and ferritin were normal.

We have not accepted the referral for colonoscopy at this stage. [[referral_returned_for_workup: Please send a faecal calprotectin and coeliac serology and try a four-week course of mebeverine with a low-FODMAP diet, then re-refer with the results if his symptoms have not settled]].

If the calprotectin comes back above 250 ug/g, a re-referral will be prioritised.

Yours sincerely

Dr Graham Tolputt
Consultant Gastroenterologist
""", notes="A referral turned down with tests and a trial of treatment asked of the GP first: "
            "referral_returned_for_workup. The closing 'if the calprotectin...' line is conditional (decoy).")

# R10 straight-to-test colonoscopy the GP requested; the unit deals with the histology itself: hard negative.
pt = P("Patricia Goodbody", "481157", "1950-12-12")
letter(key="r10", prov="wre", dept=ENDOSC, kind="results", specialty="Gastroenterology",
       clinician="Mrs Hester Vallance", patient=pt, ev=None, ld="2042-01-30", sent="2042-01-30 16:30",
       fmt="docx", subject="Endoscopy report - colonoscopy - GOODBODY P", body=f"""
# COLONOSCOPY REPORT
{idl(pt)}
Procedure date: 29/01/2042
Endoscopist: Mrs Hester Vallance, Nurse Consultant Endoscopist
Requested by: Dr K Orrell (GP), straight-to-test, suspected lower GI cancer pathway (FIT 36 ug/g)
Sedation: none (Entonox). Bowel preparation: good. Caecum and terminal ileum reached.

# Findings
- Extensive left-sided diverticulosis.
- Descending colon: one 4 mm polyp removed by cold snare.
- Macroscopically normal mucosa; random right and left colonic biopsies taken for microscopic colitis (watery diarrhoea).
- No cancer seen.

# Follow-up
The endoscopist will review the histology and write to the patient and to you with the result.
If microscopic colitis is confirmed she will be offered an appointment in the gastroenterology clinic; we will arrange this.
A single small polyp does not need surveillance colonoscopy (BSG 2020 guidance).
She went home at 16:20 with her husband. She is retired, so no fit note is needed.
No action is required from the GP.
""", notes="Hard negative: the unit handles its histology, the clinic appointment and the (not needed) surveillance "
            "itself; 'No action is required from the GP'.")

# C04 metabolic bone clinic: teriparatide (specialist-only) asked of the GP; letter sent two weeks after clinic.
pt = P("Winifred Lugg", "481164", "1944-03-03")
letter(key="c04", prov="cas", dept=BONE, kind="clinic_letter", specialty="Metabolic Bone Disease",
       clinician="Prof Ngozi Ashworth-Bell", patient=pt, ev="2042-01-20", ld="2042-01-31", sent="2042-02-03 10:00",
       fmt="pdf", late="Seen in clinic on 20/01/2042", subject="Metabolic bone clinic letter - LUGG W", body=f"""
# METABOLIC BONE CLINIC
{idl(pt)}
Seen in clinic on 20/01/2042 by Prof Ngozi Ashworth-Bell, Consultant in Metabolic Bone Disease
Letter date: 31/01/2042

Dear Dr Haverstock

Diagnosis: severe postmenopausal osteoporosis with two vertebral fragility fractures (T12 and L1) after 4 years of alendronic acid.

DXA at Castlemere on 15/01/2042: lumbar spine T-score -4.1, total hip -3.0. Vertebral fracture assessment: moderate wedge fractures of T12 and L1, new since 2039.
Bloods on 20/01/2042: adjusted calcium 2.36 mmol/L, PTH 4.1 pmol/L, 25-OH vitamin D 71 nmol/L, eGFR 68, myeloma screen negative.

# Plan
- Stop alendronic acid.
- An anabolic treatment is indicated. [[hospital_only_prescribing: I would be grateful if you could start teriparatide 20 micrograms subcutaneously daily and prescribe it for 24 months]]; our osteoporosis nurse will teach her the injection technique.
- Continue Adcal-D3 one tablet twice daily.
- We will repeat the DXA at our unit in 2 years and advise on the treatment to follow teriparatide.

Yours sincerely

Prof Ngozi Ashworth-Bell
""", notes="Teriparatide, a specialist-only (red) drug, asked of the GP to start and prescribe: "
            "hospital_only_prescribing. Clinic 20/01, letter dated 31/01, sent 03/02: fourteen days, late. Stopping "
            "alendronate, continuing Adcal-D3 and the repeat DXA at the unit are decoys.")

# D03 day-case EMR: the endoscopy unit asks the GP for the fit note for the recovery it advised.
pt = P("Curtis Wainhouse", "481171", "1964-07-25")
letter(key="d03", prov="wre", dept=ENDOSC, kind="discharge_summary", specialty="Gastroenterology",
       clinician="Dr Oyinda Prescott-Hale", patient=pt, ev="2042-02-03", ev_time="16:30", ld="2042-02-03",
       sent="2042-02-04 09:10", fmt="plain", subject="Endoscopy day case discharge - WAINHOUSE C", body=f"""
{head("wre", ENDOSC)}

ENDOSCOPY DAY CASE DISCHARGE SUMMARY
{idl(pt)}
Procedure: colonoscopy with endoscopic mucosal resection (EMR)
Date of procedure and discharge: 03/02/2042
Time of discharge: 16:30
Endoscopist: Dr Oyinda Prescott-Hale, Consultant Gastroenterologist

Summary:
A 35 mm laterally spreading lesion in the ascending colon was removed by piecemeal EMR and the defect closed
with 4 clips. No immediate complication. Observed for 4 hours; observations stable; eating and drinking.

Histology: will be reviewed at our endoscopy MDT; we will write to Mr Wainhouse and to you with the result.
Site check colonoscopy at 6 months: will be booked by the endoscopy unit.
Aspirin: withheld for 7 days; restart on 10/02/2042.

Work: Mr Wainhouse is a scaffolder and must avoid heavy lifting and climbing for 2 weeks because of the risk of
delayed bleeding. [[fit_note: We would be grateful if the GP could provide a fit note covering these two weeks]].

Advice given: bleeding can occur up to 14 days after EMR. If he passes a large amount of blood he should ring
the endoscopy unit on 0115 496 0731 or attend the Emergency Department.

Dr O Prescott-Hale
""", notes="A fit note for recovery from the unit's own procedure asked of the GP: fit_note. Histology, site check and "
            "advice handled by the unit (decoys). Discharged 16:30 on 03/02, sent 09:10 on 04/02: on time.")

# R11 CT-guided lung biopsy: suture removal left to the practice nurse; patient told the GP will give histology.
pt = P("Harold Kitchingham", "481188", "1951-10-01")
letter(key="r11", prov="cas", dept=IR, kind="results", specialty="Interventional Radiology",
       clinician="Dr Ferdinand Oduya", patient=pt, ev=None, ld="2042-02-04", sent="2042-02-05 10:30",
       fmt="docx", subject="IR procedure report - KITCHINGHAM H", body=f"""
# INTERVENTIONAL RADIOLOGY PROCEDURE REPORT
{idl(pt)}
Procedure: CT-guided percutaneous biopsy of a left upper lobe mass
Date: 03/02/2042
Operator: Dr Ferdinand Oduya, Consultant Interventional Radiologist
Requested by: Lung Cancer MDT (Dr T Wielgosz, Respiratory Medicine), Castlemere Royal Infirmary
Copy to: GP

# Procedure
Under local anaesthetic (10 mL 1% lidocaine), four 18G core biopsies were taken from the 31 mm left upper lobe mass by a coaxial technique and sent for histology and PD-L1.
Post-procedure CT: small apical pneumothorax (less than 1 cm), no intervention needed. Chest X-ray at 1 hour: stable. Discharged at 15:30.
The skin puncture was closed with a single interrupted nylon suture.

# Aftercare
- [[post_procedure_care: Practice nurse to check the biopsy site and remove the suture at 5 to 7 days]].
- Advised not to fly for 2 weeks.
- If breathlessness or chest pain increases, attend the Emergency Department.
- [[patient_redirected_to_gp: The patient has been advised that the histology result will be available from the GP in 10 to 14 days]].

Dr F Oduya, 04/02/2042
""", notes="Suture removal after the hospital's own biopsy left to the practice nurse: post_procedure_care; the patient "
            "told to get the hospital's histology result (a possible cancer diagnosis) from the GP: "
            "patient_redirected_to_gp.")

# D04 loop recorder implant: wound review and Steri-Strip removal left to the practice nurse.
pt = P("Nigel Ormesher", "481195", "1966-06-18")
letter(key="d04", prov="cas", dept=CARDDC, kind="discharge_summary", specialty="Cardiology",
       clinician="Dr Meera Castellino", patient=pt, ev="2042-02-05", ev_time="12:10", ld="2042-02-05",
       sent="2042-02-05 17:45", fmt="plain", subject="Cardiology day case discharge - ORMESHER N", body=f"""
{head("cas", CARDDC)}

CARDIOLOGY DAY CASE DISCHARGE
{idl(pt)}
Procedure: implantable loop recorder (ILR) insertion
Date of admission and discharge: 05/02/2042, discharged at 12:10
Operator: Dr Meera Castellino, Consultant Cardiologist (Electrophysiology)
Indication: two episodes of unexplained syncope; 48-hour ECG and echo normal

Procedure: loop recorder inserted left parasternally under local anaesthetic. Incision closed with tissue glue
and Steri-Strips, dry dressing applied. No complications.

Remote monitoring: the home monitor was paired in the department before discharge; our cardiac physiology team
will review the transmissions and contact Mr Ormesher directly about anything significant.
Device identification card given.
Driving: advised not to drive for 6 months after unexplained syncope and to inform the DVLA.

Wound care: keep dry for 5 days. [[post_procedure_care: Please could the practice nurse review the wound and remove the Steri-Strips at 7 days]].

Medication: no changes.
Follow-up: device clinic (telephone) in 3 months, arranged by us.
""", notes="Wound review and Steri-Strip removal after the trust's own implant left to the practice: "
            "post_procedure_care. Remote monitoring and follow-up run by the trust (decoys). Discharged 12:10, sent "
            "17:45 the same day: on time.")

# R12 pre-operative echo ordered by the anaesthetist: severe AS, GP asked to refer to cardiology.
pt = P("Brenda Cotterill", "481201", "1946-09-09")
letter(key="r12", prov="wre", dept=ECHO, kind="results", specialty="Anaesthetics", clinician="Dr Rhiannon Pellow",
       patient=pt, ev=None, ld="2042-02-05", sent="2042-02-06 14:20", fmt="pdf",
       subject="Echocardiogram report - COTTERILL B - pre-operative", body=f"""
# TRANSTHORACIC ECHOCARDIOGRAM REPORT
{idl(pt)}
Date of study: 04/02/2042
Requested by: Dr Rhiannon Pellow, Consultant Anaesthetist, Pre-operative Assessment Clinic (listed for left total hip replacement)
Indication: ejection systolic murmur found at pre-assessment; breathless on one flight of stairs
Copy: GP, Wherrow Green Surgery

| Measurement | Value |
| LVEF (biplane) | 58% |
| Aortic valve peak velocity | 4.4 m/s |
| Aortic valve mean gradient | 46 mmHg |
| Aortic valve area (continuity) | 0.8 cm2 |
| Estimated PASP | 32 mmHg |

# Conclusion
Severe calcific aortic stenosis with preserved left ventricular systolic function.
Reported by Ms Anwen Treharne, Clinical Scientist (Echocardiography), 04/02/2042.

# Comment from the pre-operative assessment clinic
Elective hip surgery has been postponed and Mrs Cotterill has been told why. [[onward_referral: GP to refer to cardiology for assessment for aortic valve intervention before the hip replacement can proceed]].

Dr R Pellow, 05/02/2042
""", notes="A test the pre-assessment clinic ordered finds severe aortic stenosis; the onward referral the hospital "
            "should make itself is passed to the GP: onward_referral. Not urgent (no syncope or pain; weeks, not "
            "days).")

# R13 spirometry the GP requested at the community service: COPD confirmed: hard negative.
pt = P("Gerald Abbotsley", "481218", "1957-01-14")
letter(key="r13", prov="bri", dept=SPIRO, kind="results", specialty="Respiratory Physiology",
       clinician="Mr Callum Drysdale", patient=pt, ev=None, ld="2042-02-10", sent="2042-02-10 11:00",
       fmt="html", opts={"header": True}, subject="Spirometry report - ABBOTSLEY G", body=f"""
# Quality-Assured Diagnostic Spirometry - Report
{idl(pt)}
Test date: 06/02/2042, Brindlecombe Health Centre
Requested by: Dr I Tasker, Wherrow Green Surgery (GP)
Reason: breathlessness on exertion, 30 pack-year smoker, no previous diagnosis

| Measure | Pre-bronchodilator | Post-bronchodilator (salbutamol 400 micrograms) | % predicted (post) |
| FEV1 | 1.82 L | 1.89 L | 62% |
| FVC | 3.21 L | 3.26 L | 84% |
| FEV1/FVC | 0.57 | 0.58 | below LLN |

Quality: ARTP grade A; 3 acceptable and repeatable manoeuvres.

# Interpretation
Obstructive spirometry without significant reversibility, consistent with COPD (GOLD grade 2) in this clinical context.
Suggest correlation with symptoms, MRC dyspnoea score and blood eosinophil count when planning treatment.
Smoking cessation advice was given at the appointment and, with his agreement, we have referred him to the community stop smoking service.

Mr Callum Drysdale, Senior Respiratory Physiologist (ARTP registered)
""", notes="Hard negative: GP-requested spirometry interpreted for the requester; 'suggest correlation with symptoms' "
            "is advice to the GP on the GP's own test; the smoking-cessation referral was made by the service.")

# C05 audiology: first appointment missed, discharged, new referral required.
pt = P("Josephine Arkwright", "481225", "1939-04-22")
letter(key="c05", prov="bri", dept=AUD, kind="clinic_letter", specialty="Audiology",
       clinician="Ms Farah Lindgren", patient=pt, ev="2042-02-05", ld="2042-02-10", sent="2042-02-10 15:30",
       fmt="plain", subject="Audiology - did not attend - ARKWRIGHT J", body=f"""
{head("bri", AUD)}

{idl(pt)}
Appointment: 05/02/2042 at 10:40, adult hearing assessment, Brindlecombe Health Centre
Referral received: 02/01/2042 from Dr I Tasker

Dear Dr Tasker

Mrs Arkwright did not attend her hearing assessment on Wednesday 5 February 2042. The appointment letter was
posted on 09/01/2042 and a text reminder was sent two days before.

In line with the service's access policy, patients who miss a first appointment without contacting us are
discharged. She has therefore been discharged from the audiology service, and [[dna_rereferral: a new referral from the practice will be required before we can offer her another appointment]].

Yours sincerely

Ms Farah Lindgren
Audiologist
""", notes="Discharged after a single missed first appointment with a new referral demanded of the practice: "
            "dna_rereferral. Missed appointment 05/02, sent 10/02: on time.")

# F02 open-access echo at the diagnostic centre: DNA, request cancelled and returned for re-referral.
pt = P("Stanley Fothergill", "481232", "1952-11-30")
letter(key="f02", prov="tal", dept="Echocardiography (GP direct access)", kind="referral_response",
       specialty="Cardiac Physiology", clinician="Mrs Gillian Otway", patient=pt, ev=None, ld="2042-02-11",
       sent="2042-02-11 09:15", fmt="html", opts={"label_col": True},
       subject="Echocardiogram request closed - did not attend - FOTHERGILL S", body=f"""
# Direct Access Echocardiography - Request Closed
{rows(pt)}
| Request received | 12/01/2042 from Dr K Orrell, Wherrow Green Surgery |
| Appointment | 10/02/2042 at 13:20, Tallowmere Community Diagnostic Centre |
| Outcome | Did not attend |

Dear Dr Orrell

Mr Fothergill did not attend his echocardiogram appointment on 10/02/2042 and did not contact us beforehand.
In line with our DNA policy, [[dna_rereferral: the request has been cancelled and returned to you for re-referral through e-RS]].

Kind regards

Mrs Gillian Otway
Diagnostics Service Manager, Tallowmere Diagnostics Ltd (NHS services)
""", notes="A direct-access diagnostic request closed after one missed appointment and sent back for re-referral: "
            "dna_rereferral.")

# C06 sleep clinic, CPAP started by the service; sent exactly seven days after the clinic: hard negative.
pt = P("Ian Blackstock", "481249", "1970-02-02")
letter(key="c06", prov="cas", dept=SLEEP, kind="clinic_letter", specialty="Sleep Medicine",
       clinician="Dr Bronagh Kilbride", patient=pt, ev="2042-02-04", ld="2042-02-11", sent="2042-02-11 16:00",
       fmt="html", opts={"label_col": True, "alt": True}, subject="Sleep clinic letter - BLACKSTOCK I", body=f"""
# Sleep Medicine Service - Clinic Letter
{rows(pt)}
| Clinic date | 04/02/2042 |
| Clinician | Dr Bronagh Kilbride, Consultant in Sleep Medicine |

Dear Dr Orrell

Diagnosis: severe obstructive sleep apnoea (home polygraphy 13/01/2042: AHI 41, ODI 38), Epworth 16.

Mr Blackstock was seen in the sleep clinic on Tuesday 4 February 2042. We discussed the results of his study and he was keen to start CPAP.

# Plan
- CPAP (auto-titrating, 4 to 15 cmH2O, nasal mask) was set up in clinic today by our sleep physiologist.
- The sleep team will review his remote usage data at 4 weeks and see him again in 3 months.
- He has been advised to tell the DVLA and not to drive until his sleepiness is controlled on CPAP.
- He was referred to the weight management service last year by the practice and is still on their waiting list.

# Information for the patient
If you cannot tolerate the mask or your sleepiness comes back, please ring the sleep centre helpline on 0161 496 0377.
For anything else that is not to do with your sleep apnoea, see your GP as usual.

No action is needed from the practice.

Dr Bronagh Kilbride
""", notes="Hard negative: CPAP set up and followed by the service; helpline for the patient; DVLA advice given; "
            "weight-management referral is history; 'No action is needed from the practice'. Clinic 04/02, sent "
            "16:00 on 11/02: exactly seven days, on time.")

# R14 audiology after GP referral: asymmetric loss, referred directly to ENT by audiology: hard negative.
pt = P("Malcolm Dunstable", "481256", "1959-05-16")
letter(key="r14", prov="bri", dept=AUD, kind="results", specialty="Audiology", clinician="Mr Tobias Venn",
       patient=pt, ev=None, ld="2042-02-12", sent="2042-02-13 12:00", fmt="docx",
       subject="Audiology assessment report - DUNSTABLE M", body=f"""
# ADULT HEARING ASSESSMENT - REPORT
{idl(pt)}
Assessment date: 12/02/2042
Requested by: Dr P Haverstock, Wherrow Green Surgery (GP referral for hearing aids)
Audiologist: Mr Tobias Venn, Senior Audiologist

| Frequency (Hz) | 500 | 1000 | 2000 | 4000 |
| Right AC (dB HL) | 20 | 25 | 30 | 45 |
| Left AC (dB HL) | 25 | 40 | 55 | 70 |

Tympanometry: type A both ears. Bone conduction matches air conduction (no air-bone gap).
Left-sided tinnitus for about a year.

# Outcome
Asymmetric sensorineural hearing loss (a difference of more than 15 dB at two adjacent frequencies) with unilateral tinnitus.
In line with the direct referral protocol agreed with Wrenfield ENT, we have referred him directly to the ENT clinic for assessment and an MRI of the internal auditory meati; ENT will send him an appointment.
Hearing aid fitting has been deferred until after the ENT review; we will contact him.
No action is required by the GP.

Mr Tobias Venn
""", notes="Hard negative: the audiology service refers on to ENT itself under an agreed protocol and keeps the hearing "
            "aid fitting; 'No action is required by the GP'.")

# R15 CT thorax ordered by the respiratory clinic: radiologist recommends follow-up CT; the nodule service booked
# it: hard negative (the recommendation is addressed to the requester).
pt = P("Elaine Mortimer-Soames", "481263", "1960-08-27")
letter(key="r15", prov="wre", dept=RAD, kind="results", specialty="Radiology", clinician="Dr Philippa Gorringe",
       patient=pt, ev=None, ld="2042-02-17", sent="2042-02-17 08:45", fmt="plain",
       subject="RADIOLOGY REPORT (COPY) - CT THORAX - MORTIMER-SOAMES E", body=f"""
{head("wre", RAD)}

RADIOLOGY REPORT - COPY FOR GP
{idl(pt)}
Examination: CT THORAX WITH CONTRAST
Exam date: 14/02/2042
Requested by: Dr H Brackley, Respiratory Outpatients, Wrenfield General Hospital
Copy to: GP (Wherrow Green Surgery) - for information
Clinical details: persistent cough, ex-smoker. CXR 03/02/2042 normal.

Findings:
8 mm solid nodule in the right lower lobe (series 4, image 212) with smooth margins. No other nodules. No
mediastinal or hilar lymphadenopathy. Mild centrilobular emphysema in both upper lobes. Moderate coronary artery
calcification. Upper abdomen unremarkable.

Conclusion:
1. 8 mm solid right lower lobe nodule, Brock risk 5.2%. Recommend follow-up CT in 3 months as per BTS guidelines.
2. Mild emphysema.
3. Moderate coronary artery calcification: suggest correlation with cardiovascular risk factors.

Reported by: Dr Philippa Gorringe, Consultant Radiologist, 14/02/2042 17:20

ADDENDUM (respiratory nodule service, 17/02/2042): interval CT booked for 15/05/2042; it will be reviewed in the
nodule clinic. Mrs Mortimer-Soames has been informed.
""", notes="Hard negative: a hospital-requested CT copied to the GP for information; 'Recommend follow-up CT' and "
            "'suggest correlation' are addressed to the requester, and the nodule service has booked the interval CT "
            "itself.")

# F03 sleep service: GP referral returned until questionnaires and bloods are done.
pt = P("Deborah Yelland", "481270", "1975-12-08")
letter(key="f03", prov="cas", dept=SLEEP, kind="referral_response", specialty="Sleep Medicine",
       clinician="Dr Samir Haddadin", patient=pt, ev=None, ld="2042-02-17", sent="2042-02-17 14:30", fmt="docx",
       subject="Referral returned - sleep service - YELLAND D", body=f"""
# SLEEP MEDICINE SERVICE - REFERRAL TRIAGE OUTCOME
{idl(pt)}
Referral from: Dr K Orrell, Wherrow Green Surgery, dated 06/02/2042 (suspected obstructive sleep apnoea)
Triaged by: Dr Samir Haddadin, Consultant Respiratory and Sleep Physician, 14/02/2042
Outcome: returned to referrer

Dear Dr Orrell

Thank you for referring Mrs Yelland with snoring and daytime tiredness.
We are unable to accept the referral in its current form. [[referral_returned_for_workup: Please complete an Epworth Sleepiness Scale and a STOP-Bang questionnaire with her, check TFTs and a full blood count, and resubmit the referral with these attached]].

If she drives for work and falls asleep at the wheel, please telephone the sleep service for urgent advice on 0161 496 0377.

Yours sincerely

Dr Samir Haddadin
""", notes="A GP referral returned until the practice does questionnaires and bloods: referral_returned_for_workup. The "
            "'if she drives... telephone' line is a conditional (decoy).")

# F04 2WW gastroscopy accepted and booked; the practice asked to fill in the unit's pre-assessment questionnaire.
pt = P("Raymond Chudleigh", "481287", "1948-02-19")
letter(key="f04", prov="wre", dept=ENDOSC, kind="referral_response", specialty="Gastroenterology",
       clinician="Dr Graham Tolputt", patient=pt, ev=None, ld="2042-02-18", sent="2042-02-18 10:00", fmt="html",
       opts={"alt": True}, subject="Referral accepted - straight-to-test gastroscopy - CHUDLEIGH R", body=f"""
# Endoscopy Unit - Referral Accepted
{idl(pt)}
Referral: suspected upper GI cancer (dysphagia), received 14/02/2042 from Dr P Haverstock
Vetted by: Dr Graham Tolputt, Consultant Gastroenterologist - accepted for straight-to-test gastroscopy
Appointment: 25/02/2042 at 09:30, Endoscopy Unit, Wrenfield General Hospital (booked; letter posted to the patient)

Dear Dr Haverstock

Fasting instructions have been posted to Mr Chudleigh and our endoscopy nurse will telephone him about his apixaban.
To complete our pre-procedure assessment, [[non_contractual_admin: please could the practice fill in the enclosed endoscopy pre-assessment health questionnaire and return it to the unit by 23/02/2042]].
The questionnaire asks for his past medical history, current medication and any anticoagulant or diabetes treatment.

Endoscopy Unit booking office: 0115 496 0730

Dr G Tolputt
""", notes="The unit's own pre-procedure questionnaire sent for the practice to complete: non_contractual_admin. "
            "Booking, fasting instructions and the apixaban call handled by the unit (decoys).")

# R16 MRI at the diagnostic centre for the orthopaedic surgeon: MRI safety form for the practice, and the
# patient told to get the result from the GP.
pt = P("Colin Threlfall", "481294", "1969-09-03")
letter(key="r16", prov="tal", dept=MRI, kind="referral_response", specialty="Radiology",
       clinician="Mr Dominic Astley", patient=pt, ev=None, ld="2042-02-19", sent="2042-02-19 09:20", fmt="pdf",
       subject="MRI appointment confirmation and safety form - THRELFALL C", body=f"""
# MRI APPOINTMENT CONFIRMATION
{idl(pt)}
Examination: MRI lumbar spine
Requested by: Mr Peter Aldous-Grant, Consultant Orthopaedic Spinal Surgeon, Wrenfield Valley Hospitals NHS Foundation Trust
Appointment: 04/03/2042 at 18:40, Tallowmere Community Diagnostic Centre (scanner 2)

Dear Dr Tasker

This MRI is being done by Tallowmere Diagnostics Ltd for Wrenfield Valley Hospitals NHS Foundation Trust. The request records a previous operation with metalwork.
[[non_contractual_admin: Before the scan can go ahead, the patient's GP practice must complete and return the enclosed MRI safety screening form, confirming any implants, pacemakers or metal fragments recorded in the GP record]].

# Information for the patient
Please arrive 15 minutes early and bring a list of your medicines.
Your scan will be reported by a consultant radiologist within 10 working days. [[patient_redirected_to_gp: Your scan results will be sent to your GP, so please book an appointment with your GP about two weeks after the scan to discuss them]].

Mr Dominic Astley, Superintendent Radiographer, MRI Bookings
""", notes="The provider's MRI safety form pushed to the practice: non_contractual_admin; the patient told to see the "
            "GP for the result of a scan the spinal surgeon ordered: patient_redirected_to_gp.")

# D05 pneumonia: everything done or booked by the hospital: hard negative.
pt = P("Albert Penhallurick", "481300", "1940-11-11")
letter(key="d05", prov="wre", dept=MED, kind="discharge_summary", specialty="General Medicine",
       clinician="Dr Isadora Quennell", patient=pt, ev="2042-02-20", ev_time="14:00", ld="2042-02-20",
       sent="2042-02-20 18:30", fmt="docx", subject="Discharge summary - PENHALLURICK A", body=f"""
# DISCHARGE SUMMARY - GENERAL MEDICINE
{idl(pt)}
Ward: Ward 11, Wrenfield General Hospital
Admitted: 15/02/2042
Date and time of discharge: 20/02/2042 14:00
Consultant: Dr Isadora Quennell

# Diagnosis
Right lower lobe community-acquired pneumonia (CURB-65 2) with acute kidney injury, stage 1 (resolved).

# Investigations
CXR 15/02/2042: right lower lobe consolidation.
CRP 212 on admission, 38 on 20/02/2042. Creatinine 148 on admission, 92 on 19/02/2042.
Blood cultures: no growth at 5 days. Urinary pneumococcal antigen: positive.

# Medication
- Amoxicillin 500 mg TDS: TTO supplied to complete a 7-day course (last dose 22/02/2042).
- Ramipril 5 mg OD: withheld during the AKI and restarted on 19/02/2042 with creatinine stable; please continue.

# Follow-up
- Our phlebotomy team will repeat his U&Es at the ambulatory care unit on 27/02/2042 and we will act on the result.
- Repeat chest X-ray in 6 weeks: booked by us at Wrenfield General Hospital and reviewed by the respiratory team.
- A fit note was issued by the ward for two weeks.
- He was referred to the falls service last year and is under their care.

# Information for the patient
If you become more breathless or feverish, contact your GP or NHS 111.

No GP action required.
""", notes="Hard negative: TTO supplied, bloods and the repeat X-ray arranged by the hospital, fit note issued, a "
            "history referral, a green drug to continue and patient safety-netting. Discharged 14:00, sent 18:30: on "
            "time.")

# R17 open-access Holter the GP requested: paroxysmal AF; management is the GP's: hard negative.
pt = P("Vera Gillibrand", "481317", "1954-04-04")
letter(key="r17", prov="bri", dept=CARDPHYS, kind="results", specialty="Cardiac Physiology",
       clinician="Ms Priyanka Rowe", patient=pt, ev=None, ld="2042-02-24", sent="2042-02-24 10:45",
       fmt="html", opts={"label_col": True}, subject="Open access 24 h ECG report - GILLIBRAND V", body=f"""
# Open Access 24-hour ECG - Report
{rows(pt)}
| Recorded | 17/02/2042 09:10 to 18/02/2042 09:05 |
| Requested by | Dr I Tasker, Wherrow Green Surgery (open access) |
| Reason | Intermittent palpitations, irregular pulse at a BP check |

# Findings
- Underlying sinus rhythm, rate 54 to 102 bpm.
- Paroxysmal atrial fibrillation: 6 episodes, longest 2 h 14 min, total burden about 6%, ventricular rate up to 148 bpm.
- No pauses over 2.5 seconds; no ventricular tachycardia.
- Diary palpitations correspond to AF episodes.

# Comment
Paroxysmal AF. The requesting clinician may wish to consider rate control and anticoagulation guided by CHA2DS2-VASc and ORBIT scores.
Referral to the AF clinic is available if rhythm control is being considered.

Ms Priyanka Rowe, Senior Cardiac Physiologist; reviewed by Dr Elias Brannigan, GP with Extended Role in Cardiology
""", notes="Hard negative: the GP's own open-access test; the comment offers options to the requester and a referral "
            "route if wanted. Not urgent.")

# E01 ED: radiology discrepancy after discharge; the ED recalled the patient itself: hard negative.
pt = P("Natalie Harbottle", "481324", "1998-07-07")
letter(key="e01", prov="wre", dept=ED, kind="ed_letter", specialty="Emergency Medicine",
       clinician="Dr Jonah Whitlock", patient=pt, ev="2042-02-25", ld="2042-02-27", sent="2042-02-27 11:30",
       fmt="plain", subject="ED letter - radiology discrepancy - HARBOTTLE N", body=f"""
{head("wre", ED)}

EMERGENCY DEPARTMENT - FOLLOW-UP OF X-RAY REPORT
{idl(pt)}
Date of attendance: 25/02/2042 (Tuesday 25 February 2042, 19:10 to 21:45)
ED clinician: Dr Jonah Whitlock, ED Consultant

Dear Dr Orrell

Ms Harbottle attended after a fall onto her outstretched right hand. Her wrist X-ray was reviewed in the
department as showing no fracture and she was discharged with a wrist splint.

The formal radiology report the next morning describes a subtle undisplaced fracture of the scaphoid waist.
We telephoned Ms Harbottle on 27/02/2042 and have booked her into our fracture clinic on 02/03/2042, where a
scaphoid cast will be applied and follow-up imaging arranged by the fracture team.

She was given advice about keeping the splint on until then.
No action is required from the practice.

Dr Jonah Whitlock
""", notes="Hard negative: the ED acts on its own radiology discrepancy (recall, fracture clinic, imaging by the "
            "fracture team); 'No action is required from the practice'.")

# ====================================================================== 'other' messages

other(key="o01", sent="2042-01-06 08:05", type="html_bulletin", notes="ICB bulletin about direct-access diagnostics (bulk).",
      frm="Wrenfield and Castlemere ICB Primary Care <primarycare@wrenfieldcastlemere-icb.example>",
      subject="Primary Care Bulletin - January 2042: community diagnostic centre",
      body="<html><body><h2>Primary Care Bulletin</h2><p>6 January 2042</p><ul>"
           "<li>Tallowmere Community Diagnostic Centre now takes GP direct-access requests for DXA, echo and home "
           "sleep studies.</li>"
           "<li>Reminder: results of tests requested by hospital clinicians remain the responsibility of the "
           "requesting clinician, including when a copy is sent to the practice.</li>"
           "<li>Interface group: next meeting Thursday 13 February 2042.</li></ul>"
           "<p>You receive this bulletin because your practice is on the ICB distribution list.</p>"
           "</body></html>\n")
other(key="o02", sent="2042-01-12 10:30", type="patient", notes="A patient's own e-mail about a scan result.",
      frm="Brian Lockett <brian.lockett62@example.com>", subject="my scan results",
      body="Hello\n\nI had my knee MRI at the Tallowmere centre on Thursday. The lady there said the results would "
           "go to my GP and to ring you. Could someone let me know when they're in?\n\nThanks\nBrian Lockett\n"
           "07700 900415\n")
other(key="o03", sent="2042-01-17 13:02", type="ooo", notes="Out-of-office reply from a radiology secretary.",
      frm="Tamsin Gowdy <tamsin.gowdy@wrenfieldvalley.nhs.uk>", subject="Automatic reply: report query",
      body="Thank you for your e-mail. I am on annual leave until Monday 27 January 2042.\nFor urgent radiology "
           "report queries please ring the reporting office on 0115 496 0726.\n")
other(key="o04", sent="2042-01-24 02:47", type="phish", notes="Phishing pretending to be a results portal.",
      frm="Pathology Results Portal <no-reply@path-results-portal.example.net>",
      subject="14 results awaiting acknowledgement - account will be suspended",
      body="Dear Clinician,\n\n14 pathology results are awaiting your acknowledgement. To avoid suspension of your "
           "results account, confirm your NHSmail password within 24 hours:\n"
           "http://path-results-portal.example.net/verify\n\nPathology IT\n")
other(key="o05", sent="2042-01-31 11:20", type="supplier", notes="Supplier's dispatch note.",
      frm="Medisupply Direct <orders@medisupplydirect.example.co.uk>",
      subject="Your order MSD-221874 has been dispatched",
      body="Dear Wherrow Green Surgery,\n\nYour order has been dispatched:\n- Spirometer mouthpieces with filters "
           "x 200\n- ECG electrodes (tab) x 500\n- Phlebotomy tourniquets x 10\n\nExpected delivery: 3 February "
           "2042.\n\nMedisupply Direct\n")
other(key="o06", sent="2042-02-07 07:30", type="bulletin", notes="LMC newsletter (bulk) quoting request wording.",
      frm="Wrenfield and Castlemere LMC <news@wc-lmc.example.org>", subject="LMC Update - February 2042",
      body="WRENFIELD AND CASTLEMERE LMC UPDATE - FEBRUARY 2042\n\n1 Results of hospital-requested tests: we "
           "continue to see reports copied to practices with 'GP to chase histology' and 'results will be sent to "
           "your GP'. Please use the template letters.\n2 Direct-access diagnostics: the GP who requests a test "
           "acts on it.\n3 Next LMC meeting: 12 March 2042.\n\nTo unsubscribe reply UNSUBSCRIBE.\n")
other(key="o07", sent="2042-02-12 12:45", type="internal", notes="Internal practice e-mail about results workflow.",
      frm="Lorna Peverell <lorna.peverell@nhs.net>", subject="Docman - copies of hospital reports",
      body="Hi all\n\nA reminder for the workflow team: reports where the requesting clinician is at the hospital "
           "go to the duty doctor only if they are marked urgent; everything else is filed for information. "
           "Please check the 'Requested by' line before sending anything to a GP.\n\nThanks\nLorna\n"
           "Practice Manager, Wherrow Green Surgery\n")
other(key="o08", sent="2042-02-19 18:40", type="dsn", notes="Non-delivery report for a practice reply.",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>", subject="Undeliverable: RE: histology for your patient",
      body="Delivery has failed to these recipients or groups:\n\nendoscopy.secretaries@wrenfieldvalley.nhs.uk\n"
           "The e-mail address you entered couldn't be found.\n",
      rcpt="endoscopy.secretaries@wrenfieldvalley.nhs.uk")
other(key="o09", sent="2042-02-25 15:00", type="massmail", notes="Trust mass mailing to all practices (bulk).",
      frm="CRUH Pathology Services <pathology.comms@castlemererook.nhs.uk>",
      subject="For information: pathology system change 8-9 March 2042",
      body="FOR INFORMATION - SENT TO ALL GP PRACTICES\n\nCastlemere pathology moves to a new laboratory system "
           "over the weekend of 8-9 March 2042. Electronic results may be delayed by up to 24 hours; urgent "
           "abnormal results will still be telephoned. No action is needed.\n")
other(key="o10", sent="2042-03-02 09:00", type="spam", notes="Marketing e-mail.",
      frm="SleepWell Kits <offers@sleepwellkits.example.com>", subject="Home sleep test kits for your patients",
      body="Dear Doctor,\n\nOffer your patients a home sleep apnoea test kit for just 49 pounds. Results in 48 "
           "hours.\n\nReply STOP to opt out.\n")


# ====================================================================== rendering and checks

MARKING = {"wre": "OFFICIAL-SENSITIVE: PATIENT", "cas": "CONFIDENTIAL", "tal": "PRIVATE AND CONFIDENTIAL (NHS)",
           "bri": "OFFICIAL-SENSITIVE"}
COLOUR = {"wre": "#1d4f91", "cas": "#6b1f3a", "tal": "#00695c", "bri": "#8a5a00"}


def house(L: dict, p: dict) -> dict:
    """Each provider's colour and protective marking in the table-letterhead frame."""
    c = COLOUR[L["prov"]]
    return dict(heading=f'<h3 style="font-size:11pt;color:{c};margin:10px 0 4px 0">{{}}</h3>',
                cell='style="border:1px solid #bbb;padding:2px 6px;vertical-align:top"',
                font="Arial,Helvetica,sans-serif", marking=MARKING[L["prov"]],
                footer=f"{html.escape(p['name'])}. This report was sent electronically and is not signed.")


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (\d{1,2}) (" +
                     "|".join(MONTHS) + r") (\d{4})")


def weekday_errors(lid: str, text: str) -> list[str]:
    """Every 'Weekday d Month yyyy' falls on that weekday."""
    errors = []
    for m in WEEKDAY.finditer(text):
        day = dt.date(int(m.group(4)), MONTHS.index(m.group(3)) + 1, int(m.group(2)))
        if day.strftime("%A") != m.group(1):
            errors.append(f"{lid}: {m.group(0)} is a {day.strftime('%A')}")
    return errors


def own(lid: str, lab: dict, text: str) -> list[str]:
    """This corpus's promises for each letter: an investigation report says who requested the test, and a letter
    without findings is either urgent or noted as a hard negative."""
    errors = []
    if lab["kind"] == "results" and not re.search(r"request(ed|ing)", text, re.IGNORECASE):
        errors.append(f"{lid}: report does not say who requested the test")
    if not lab["expected"] and not lab["urgent_clinical_action"] and "hard negative" not in lab["notes"].lower():
        errors.append(f"{lid}: letter without findings should be noted as a hard negative")
    return errors


def corpus_checks(labels: list[dict], items: list[kit.Item]) -> list[str]:
    """The kit's checks plus this corpus's: 2-3 urgent letters, ten others, at least a third of the letters hard
    negatives, at least two late letters of each kind, weekdays that agree with the calendar, and a mix of
    GP-requested and hospital-requested reports."""
    errors = C.checks(labels, items, urgent=(2, 3), others=10, own=own,
                      each=lambda lid, _lab, _item, texts: weekday_errors(lid, " ".join(map(kit.collapse, texts))))
    errors += kit.check_negatives(labels) + kit.check_late_counts(labels, 2)
    gp_req = sum(1 for L in C.letters if L["kind"] == "results" and "(GP" in L["body"])
    if gp_req < 4 or gp_req > len([L for L in C.letters if L["kind"] == "results"]) - 4:
        errors.append(f"want at least four GP-requested and four hospital-requested reports ({gp_req} GP)")
    return errors


if __name__ == "__main__":
    sys.exit(C.run(sys.argv[1:], house=house, checks=corpus_checks, negatives="hard negatives"))
