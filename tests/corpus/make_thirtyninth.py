#!/usr/bin/env python3
"""Build the thirty-ninth (independent, held-out) corpus: tests/corpus/thirtyninth/.

Style: older people's, frailty and community services.  Frailty and care-of-the-elderly wards, an acute
frailty same-day unit, a hospital-at-home virtual ward, orthogeriatrics, a falls and syncope clinic,
comprehensive geriatric assessment clinics, bone health and movement disorders clinics; a community trust's
community hospital wards, intermediate care unit, community matrons, care home liaison team, continence,
tissue viability and falls prevention services; a hospice's inpatient unit, day hospice and community
palliative care team (ReSPECT, DNACPR and advance care planning); and an independent day surgery centre
seeing NHS patients (cataract pre-assessment, skin lesion excision).  Letters speak to many people besides
the GP (care home staff, district nurses, families, community pharmacists, social workers), carry
deprescribing advice that is ordinary GP work, bloods and reviews after discharge from the virtual ward,
equipment and care packages, forms and shared-care protocols offered for agreement.

Four invented providers write to an invented practice, Millbeck Lane Surgery: Wrenfold Valley Hospitals NHS
Foundation Trust (acute), Brackenmoor Community Health NHS Trust (community), St Ebba's Hospice (a charity
with an NHS contract) and Lydgate Day Surgery Centre Ltd (an independent provider).  Letters come as plain
text, HTML (some with a text alternative, tables laid out as forms or action grids), PDF and DOCX, under
headings such as "Plan", "Actions for GP", "Recommendations", "Actions for care home staff" and
"Information for the patient".  Ten messages are not letters (auto-reply, bounce, bulletins, a relative's
e-mail, phishing, marketing, internal practice mail, a community pharmacy's request).

Every message is sent in GMT (11 January to 19 March 2027).  Two discharge summaries and two clinic letters
are late; others sit near the limits (a discharge summary 23 h 45 min after discharge, a clinic letter sent
exactly seven days after the clinic).

Written from the category definitions alone (TAXONOMY.md and the domain README); no detector output was used.
Everything is invented; NHS numbers are 999-range with a valid Modulus 11 check digit; telephone numbers are in
Ofcom drama ranges.  The build is deterministic.

    python3 tests/corpus/make_thirtyninth.py            # build, then verify
    python3 tests/corpus/make_thirtyninth.py --verify-only
"""
from __future__ import annotations

import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus_kit as kit  # noqa: E402
from corpus_kit import dmy, spaced  # noqa: E402
from corpus_kit import patient as P  # noqa: E402

WVH = "Wrenfold Valley Hospitals NHS Foundation Trust"
BCH = "Brackenmoor Community Health NHS Trust"
EBB = "St Ebba's Hospice"
LYD = "Lydgate Day Surgery Centre Ltd"
PROV = {
    "wvh": dict(
        name=WVH, site="Wrenfold General Hospital", addr=["Abbey Mead Road", "Wrenfold", "RQ4 7TN"],
        phone="0116 496 0720", domain="wrenfoldvalley.nhs.uk",
        sender="WVH Clinical Letters <clinical.letters@wrenfoldvalley.nhs.uk>", mailer="WVH Dictate-to-Letter 4.2"),
    # The community trust: Kestle Cross Community Hospital, Larch Court intermediate care, community services.
    "bch": dict(
        name=BCH, site="Kestle Cross Community Hospital", addr=["Tanyard Lane", "Kestle Cross", "KQ3 5LP"],
        phone="01632 960 581", domain="brackenmoorch.nhs.uk",
        sender="Brackenmoor Community Health <bch.correspondence@nhs.net>", mailer="CommunityCare Letters 3.0"),
    "ebb": dict(
        name=EBB, site="St Ebba's Hospice", addr=["Priory Fields", "Wrenfold", "RQ6 2HB"],
        phone="0116 496 0355", domain="stebbashospice.example.org.uk",
        sender="St Ebba's Hospice Clinical Team <clinical@stebbashospice.example.org.uk>",
        mailer="HospiceCare Records Mailer 2.4"),
    "lyd": dict(
        name=LYD, site="Lydgate Day Surgery Centre", addr=["Unit 4, Cordwainer Park", "Lydgate", "LQ2 9SD"],
        phone="0161 496 0248", domain="lydgatedaysurgery.example.co.uk",
        sender="Lydgate NHS Patient Office <nhs.office@lydgatedaysurgery.example.co.uk>",
        mailer="DayCase Manager 11"),
}
COVERS = {
    "wvh": "{trust}\n{dept}\n\nPlease find attached a {doctype} (ref {ref}) for a patient registered with your "
           "practice.\nThis is an automated mailbox. Replies are not read; please use the contact details in the "
           "letter.\n",
    "bch": "Dear colleague\n\nPlease see the attached {doctype} from {dept}, {trust}.\nDocument reference: {ref}\n\n"
           "Brackenmoor Community Health - Clinical Administration\n",
    "ebb": "{trust}\n{dept}\n\nAttached: {doctype} ({ref}).\n\nWith kind regards\nSt Ebba's Hospice Medical "
           "Secretaries\n",
    "lyd": "{trust}\n{dept}\n\nDear Practice Team,\n\nPlease find attached a {doctype} for your NHS patient "
           "(ref {ref}).\n\nLydgate NHS Patient Office\n",
}
PRACTICE = "Millbeck Lane Surgery <millbeck.lanesurgery@nhs.net>"
C = kit.Corpus("thirtyninth", "t39", PRACTICE, PROV, cover=COVERS,
               window=("2027-01-11", "2027-03-19"), utc_hours=0)
idl = kit.idline
YEAR = 2027
letter = kit.inline_letters(C)
other = C.other
head = kit.letterheads(PROV)


FRAILTY = "Care of the Elderly - Ward 22 (Frailty)"
COE24 = "Care of the Elderly - Ward 24"
FALLS = "Falls and Syncope Clinic"
VW = "Hospital at Home (Virtual Ward)"
SDEC = "Acute Frailty Same Day Emergency Care"
ORTHOGER = "Orthogeriatrics - Ward 9"
GERI_OP = "Older People's Medicine Outpatients (Comprehensive Geriatric Assessment)"
BONE = "Fracture Liaison and Bone Health Clinic"
MOVE = "Movement Disorders Clinic (Elderly Care)"
ED = "Emergency Department"
HERON = "Heron Ward, Kestle Cross Community Hospital"
KING = "Kingfisher Ward, Kestle Cross Community Hospital"
LARCH = "Larch Court Intermediate Care Unit"
TVN = "Tissue Viability and Leg Ulcer Service"
MATRON = "Community Matron Service (Wrenfold North)"
CHL = "Care Home Liaison Team"
CONT = "Community Continence Service"
FPS = "Community Falls Prevention Service"
IPU = "Inpatient Unit"
DAYH = "Day Hospice and Outpatients"
CPCT = "Community Palliative Care Team"
EYE = "Ophthalmology - Cataract Pre-assessment"
SKIN = "Plastic Surgery - Skin Lesion Day Unit"

# ====================================================================== letters

# D01 frailty ward discharge to a care home; furosemide increased and the U&E check it needs passed to the
# GP; sent two days after discharge (late).  Care home and heart failure nurse instructions are decoys.
pt = P("Edna Whitlock", "391020", "1934-05-22")
letter(key="d01", prov="wvh", dept=FRAILTY, kind="discharge_summary", specialty="Geriatric Medicine",
       clinician="Dr Imogen Thackeray", patient=pt, ev="2027-01-13", ev_time="11:40", ld="2027-01-15",
       sent="2027-01-15 16:05", fmt="docx", subject="Discharge summary - WHITLOCK Edna - Ward 22", body=f"""
# DISCHARGE SUMMARY - CARE OF THE ELDERLY
{idl(pt)}
GP: Dr H Tarrant, Millbeck Lane Surgery
Ward: Ward 22 (Frailty), Wrenfold General Hospital
Admitted: 08/01/2027 via ED
Date of discharge: 13/01/2027 at 11:40
Discharge destination: Thornleigh House Care Home (residential) - returning resident
Responsible consultant: Dr Imogen Thackeray, Consultant Geriatrician

# Diagnoses
- Decompensated heart failure with preserved ejection fraction
- Fall without injury (CT head 08/01/2027: no acute abnormality)
- AKI stage 1 on admission, resolved (creatinine 142 on admission, 98 on 12/01)

# Medications and medical devices
| Medicine | Dose | Status | Supply |
| Furosemide | 80 mg OM (previously 40 mg OM) | Dose increased 10/01 | 14 days TTO |
| Bisoprolol | 1.25 mg OD | Unchanged | Own supply (care home MAR) |
| Amlodipine | 5 mg OD | STOPPED - ankle oedema and postural drop | - |
| Paracetamol | 1 g QDS PRN | Unchanged | Own supply |

# Actions for GP
- [[tests_for_hospital: Please check U&Es 1/52 post discharge given the increased furosemide dose and forward the result to the heart failure nurses]].
- Amlodipine has been stopped; please amend her repeat template.

# Actions for care home staff
- Daily weights please, same scales, before breakfast.
- If her weight goes up by more than 2 kg in 3 days or she is more breathless, contact the GP or the heart failure nurse advice line on 0116 496 0734.
- Hip protectors and a sensor mat are in place; the Brackenmoor care home liaison team will review her falls risk on 20/01/2027.

# Follow-up
Heart failure nurse telephone review booked for 25/01/2027 (the nurse will call the home).
No hospital outpatient appointment is needed.

ReSPECT: a ReSPECT form was completed on the ward with Mrs Whitlock and her son on 12/01/2027 (ward-based care, not for CPR). The original travels with her.

Dr Imogen Thackeray, Consultant Geriatrician
""", late="Date of discharge: 13/01/2027",
       notes="Monitoring bloods for a diuretic the hospital has just increased passed to the GP (results to the "
             "hospital's HF nurses): tests_for_hospital. Discharged 11:40 on 13/01, sent 16:05 on 15/01: late. "
             "Repeat-template change, care home weights and the booked HF nurse call are decoys.")

# C14 independent provider, cataract pre-assessment: the provider's own pre-operative form sent to the practice.
pt = P("Dorothea Penrose", "391037", "1943-10-02")
letter(key="c14", prov="lyd", dept=EYE, kind="clinic_letter", specialty="Ophthalmology",
       clinician="Mr Anand Kulkarni", patient=pt, ev="2027-01-14", ld="2027-01-15", sent="2027-01-18 12:00",
       fmt="plain", opts={"from": "Lydgate Eye Office <eye.office@lydgatedaysurgery.example.co.uk>"},
       subject="Cataract pre-assessment - Mrs D Penrose", body=f"""
{head("lyd", EYE)}

{idl(pt)}
Seen: 14/01/2027, cataract pre-assessment clinic (NHS e-RS referral)
Letter date: 15/01/2027

Dear Dr Osei-Bonsu

Mrs Penrose attended for assessment of her right cataract. Best corrected acuity R 6/24, L 6/9. She is struggling to read and has given up driving at night. She is keen to proceed and has been listed for right phacoemulsification and lens implant under local anaesthetic, expected within 10 weeks.

Biometry, an ECG and a blood pressure check were done at Lydgate today (BP 148/82).
Warfarin: she may continue it; our nurses will check her INR on the morning of surgery.

[[non_contractual_admin: To allow us to list her, we ask the practice to complete the attached medical history and current medication form (LDS-PO2) and return it to us within 10 working days]].

Mrs Penrose has been given our information leaflet and the number of the pre-assessment nurses (0161 496 0251) for any questions about the operation.

Yours sincerely

Mr Anand Kulkarni
Consultant Ophthalmic Surgeon
""",
       notes="The provider's own pre-operative history and medication form sent for the practice to complete: "
             "non_contractual_admin. Biometry, ECG and INR check done by the provider (decoys). Sent four days "
             "after the clinic.")

# D02 virtual ward discharge: blood cultures still pending passed to the GP for action, and the follow-up
# chest X-ray that the treating team should arrange.  Bloods taken by the virtual ward itself are decoys.
pt = P("Maureen Cattermole", "391044", "1938-11-30")
letter(key="d02", prov="wvh", dept=VW, kind="discharge_summary", specialty="Acute Frailty (Virtual Ward)",
       clinician="Dr Sunniva Hartley", patient=pt, ev="2027-01-19", ev_time="10:15", ld="2027-01-19",
       sent="2027-01-19 17:40", fmt="html", opts={"alt": True, "label_col": True},
       subject="Virtual ward discharge - CATTERMOLE M", body=f"""
# Hospital at Home (Virtual Ward) - Discharge from Caseload
| Patient | {pt['name']} |
| Date of birth | {dmy(pt['dob'])} |
| NHS number | {spaced(pt['nhs_number'])} |
| Admitted to virtual ward | 12/01/2027 (step-up from GP, Dr Venkatesh) |
| Discharged from virtual ward | 19/01/2027 10:15 |
| Responsible clinician | Dr Sunniva Hartley, Consultant in Acute Frailty |

Reason for admission: right lower lobe pneumonia with delirium, managed at home.

# Treatment
IV ceftriaxone 12/01 to 16/01 given by our OPAT nurses at home, then oral amoxicillin.
Our virtual ward phlebotomist took repeat bloods on 18/01/2027: CRP 24 (187 on admission), WCC 9.1; no further bloods are needed.
Delirium resolved by 15/01; 4AT 0 on 18/01.

# Medication
Amoxicillin 500 mg TDS - 3 further days supplied to complete 7 days.
Regular medicines unchanged; please continue.

# Actions for GP
- Blood cultures taken on 14/01/2027 were still awaited at discharge; [[results_chasing: the final report will be forwarded to the GP for action]].
- [[tests_for_hospital: GP to request a repeat chest X-ray in 6 weeks to confirm resolution of the consolidation]].

# Other services
The Brackenmoor reablement team will continue to visit twice daily until 26/01/2027.

# Information for the patient and family
If your breathing gets worse, you become more confused or you cannot keep fluids down, call NHS 111 or your GP surgery.
""", notes="The hospital's pending blood cultures sent on to the GP 'for action' (implicit request): "
           "results_chasing; the follow-up chest X-ray to confirm resolution of the pneumonia the virtual ward "
           "treated: tests_for_hospital. Discharged 10:15, sent 17:40 the same day. Virtual ward bloods, "
           "supplied antibiotics and safety-netting are decoys.")

# C01 falls clinic: investigations for the clinic's own review and a strength and balance referral left to the
# GP; deprescribing suggestions are ordinary GP work; sent 13 days after the clinic (late).
pt = P("Leonard Ashcombe", "391051", "1941-09-03")
letter(key="c01", prov="wvh", dept=FALLS, kind="clinic_letter", specialty="Geriatric Medicine",
       clinician="Dr Rajesh Balakumar", patient=pt, ev="2027-01-19", ld="2027-01-29", sent="2027-02-01 10:20",
       fmt="plain", subject="Falls clinic letter - ASHCOMBE Leonard", body=f"""
{head("wvh", FALLS)}

{idl(pt)}
Clinic date: 19/01/2027
Dictated: 19/01/2027   Typed: 29/01/2027

Dear Dr Tarrant

Diagnoses
1) Recurrent falls (four in six months), multifactorial
2) Orthostatic hypotension - lying 146/80, standing at 3 min 118/72, symptomatic
3) Benign prostatic hyperplasia

Thank you for referring Mr Ashcombe, who came with his daughter. He has fallen four times since July, twice at night on the way to the toilet. No loss of consciousness is described but he is vague about two of the falls. Timed Up and Go 17 seconds; he uses a stick outdoors only.

He takes both doxazosin 4 mg and tamsulosin 400 micrograms, as well as amitriptyline 25 mg at night for sleep. I have advised him to stop the doxazosin from today and he was happy with this. I would suggest tapering the amitriptyline to 10 mg for a fortnight and then stopping it, which I will leave with you.

Plan
- Stop doxazosin (done today).
- [[tests_for_hospital: Could you please arrange a 24-hour Holter and an echocardiogram through your direct-access service so that I have them for his review in 3 months]].
- [[onward_referral: I would also be grateful if you would refer him to the community Strength and Balance programme]].
- He has a falls leaflet and information about a pendant alarm; his daughter will contact Brackenmoor Telecare herself.
- I will see him again in the falls clinic in 3/12; the appointment will be posted to him.

Yours sincerely

Dr Rajesh Balakumar
Consultant in Elderly Care Medicine
cc Mr L Ashcombe
""",
       late="Clinic date: 19/01/2027",
       notes="Holter and echo the falls clinic wants for its own review: tests_for_hospital; referral to the "
             "strength and balance programme for the falls it is assessing: onward_referral. Clinic 19/01, sent "
             "01/02: late. Doxazosin stopped by the clinic and the amitriptyline taper are ordinary deprescribing "
             "(decoys).")

# R01 frailty SDEC results after the patient had gone home: high calcium, action and the pending PTH passed
# to the practice (urgent).
pt = P("Arthur Pennycook", "391068", "1936-02-14")
letter(key="r01", prov="wvh", dept=SDEC, kind="results", specialty="Acute Frailty",
       clinician="Dr Ferdinand Oyelowo-Grant", patient=pt, ev=None, ld="2027-01-21", sent="2027-01-21 12:30",
       fmt="plain", subject="URGENT result - PENNYCOOK Arthur - Frailty SDEC", body=f"""
{head("wvh", SDEC)}

URGENT - ABNORMAL RESULT
{idl(pt)}
Letter date: 21/01/2027

Dear Dr Venkatesh

Mr Pennycook was seen in the Frailty SDEC unit yesterday with two days of increased confusion, and went home in the evening with his daughter once he had settled and a urine infection had been excluded.

The bone profile taken in the unit was reported after he left:
  Adjusted calcium   3.08 mmol/L  (2.20-2.60)
  Albumin            36 g/L
  eGFR               48 (baseline 55)
  PTH                sent, result pending

We telephoned his daughter this morning. She has been advised that he should drink 2 to 3 litres a day, and we have asked her to stop his bendroflumethiazide, which we have done today.

[[results_chasing: Please could you review him in the next day or two, act on the calcium and chase the PTH, which is still pending]].

If he becomes drowsy, vomits or is unable to drink, he should be brought straight back to the Emergency Department.

Dr Ferdinand Oyelowo-Grant
Specialty Doctor, Acute Frailty
""",
       urgent=True,
       notes="The unit's own abnormal calcium and its pending PTH handed to the practice to act on and chase: "
             "results_chasing; hypercalcaemia needs action within days, so urgent. Stopping the thiazide and the "
             "return-to-ED advice are the hospital's own actions (decoys).")

# D03 orthogeriatric discharge home after a hip fracture: clip removal and wound check passed to the practice
# nurse.  Bone protection given on the ward, LMWH given by the reablement nurses: decoys.
pt = P("Winifred Gosling", "391075", "1939-07-07")
letter(key="d03", prov="wvh", dept=ORTHOGER, kind="discharge_summary", specialty="Orthogeriatric Medicine",
       clinician="Dr Colette Amberley", patient=pt, ev="2027-01-21", ev_time="15:30", ld="2027-01-22",
       sent="2027-01-22 09:45", fmt="pdf", subject="Discharge summary - Orthogeriatrics - GOSLING W", body=f"""
# Orthogeriatric Discharge Summary
{idl(pt)}
Admitted: 10/01/2027 (fall at home, left intertrochanteric fracture)
Operation: left dynamic hip screw, 11/01/2027 (Mr D Fenwick)
Discharged: 21/01/2027 at 15:30, home with reablement
Orthogeriatrician: Dr Colette Amberley

# Progress
Post-operative delirium days 2 to 4, resolved. Hb 94 on day 2, no transfusion. Mobilising 20 metres with a frame and one assist. Wound clean and dry with clips in situ.

# Bone health
Zoledronic acid 5 mg IV given on the ward on 20/01/2027 after vitamin D loading; the next dose is due in 12 months and the Fracture Liaison Service will write with arrangements. Colecalciferol 800 units daily - please continue.

# Medications on discharge
| Dalteparin 5,000 units SC OD | until 08/02/2027 (28 days from surgery) | full course supplied; the reablement team nurses will give it |
| Paracetamol 1 g QDS | for 2 weeks then PRN | 14 days supplied |
| Colecalciferol 800 units OD | new, ongoing | 28 days supplied |

# Actions for GP
- [[post_procedure_care: Please could the practice nurse check the wound and remove the clips on 25/01/2027 (day 14)]].

# Other arrangements
Intermediate care physiotherapy: referred by the ward to the Brackenmoor intermediate care team.
Occupational therapy home visit done 19/01/2027; perching stool and toilet frame delivered.
Fracture clinic: not required after a DHS unless there are problems.
""", notes="Clip removal and wound check after the trust's own operation passed to the practice nurse: "
           "post_procedure_care. Bisphosphonate given, LMWH supplied and administered by the reablement nurses, "
           "therapy referral made, green colecalciferol to continue (decoys). Sent 18 h after discharge.")

# C02 comprehensive geriatric assessment: deprescribing recommendations left to the GP's judgement; social
# worker and OT referrals made by the clinic; discharged from clinic: hard negative.
pt = P("Doris Kettlewell", "391082", "1933-03-19")
letter(key="c02", prov="wvh", dept=GERI_OP, kind="clinic_letter", specialty="Geriatric Medicine",
       clinician="Dr Hamish Strathdee", patient=pt, ev="2027-01-21", ld="2027-01-25", sent="2027-01-26 11:00",
       fmt="docx", subject="CGA clinic letter - KETTLEWELL Doris", body=f"""
# COMPREHENSIVE GERIATRIC ASSESSMENT - CLINIC LETTER
{idl(pt)}
Clinic date: 21/01/2027. Seen with her niece, Mrs Ann Platt.
Letter date: 25/01/2027

Dear Dr Osei-Bonsu

Thank you for asking me to see Mrs Kettlewell, aged 93, with slow decline in mobility, tiredness and two falls.

# Assessment
| Domain | Findings |
| Physical | Clinical Frailty Scale 6. BP lying 138/70, standing 130/68. Mild lower limb weakness, no focal signs. |
| Function | Independent with personal care but slow; help from niece with shopping. |
| Cognition and mood | 6CIT 6/28; GDS-15 score 4. |
| Continence | Urge incontinence, on oxybutynin for several years. |
| Social | Lives alone, bungalow. Niece visits three times a week. |
| Medicines | Nine regular medicines (see below). |

# Recommendations
- Simvastatin 40 mg: primary prevention only; she would prefer fewer tablets and stopping it would be reasonable.
- Oxybutynin 5 mg BD: significant anticholinergic burden; consider a trial off, or switching to mirabegron if her blood pressure allows.
- Levothyroxine and ramipril: continue.
- I have not changed anything today; these are suggestions for her next structured medication review, at your discretion.

# What we have done
- Referred to Wrenfold Adult Social Care for a care needs assessment (her social worker will be Mr Tom Eckford).
- Referred to the community occupational therapist for a perching stool and a raised toilet seat.
- ReSPECT: she would like to talk this over with her niece first; the community matron has agreed to revisit it with her.

She has been discharged from the clinic. Should things change, we would be happy to see her again on a fresh referral.

Dr Hamish Strathdee
Consultant Geriatrician
cc Mrs D Kettlewell; Mrs A Platt (with permission)
""", notes="Hard negative: deprescribing suggestions are ordinary GP medication-review work and left to the GP's "
           "discretion; social care and OT referrals made by the clinic; the re-referral sentence is conditional "
           "(no DNA).")

# C03 CGA clinic: iron-deficiency anaemia and weight loss found; the suspected-cancer referral is handed to the
# GP (urgent).  IV iron given by the hospital: decoy.
pt = P("Stanley Marchetti", "391099", "1942-12-01")
letter(key="c03", prov="wvh", dept=GERI_OP, kind="clinic_letter", specialty="Geriatric Medicine",
       clinician="Dr Beatrix Cowdrey", patient=pt, ev="2027-01-26", ld="2027-01-27", sent="2027-01-27 15:10",
       fmt="html", subject="URGENT - CGA clinic - MARCHETTI Stanley", body=f"""
# Older People's Medicine Clinic
{idl(pt)}
Clinic date: 26/01/2027

Dear Dr Tarrant

I saw Mr Marchetti for a comprehensive geriatric assessment of fatigue and falls. The most important finding is unexplained weight loss of 6 kg over three months with looser stools for about eight weeks.

Bloods in clinic: Hb 91 g/L, MCV 72, ferritin 8, CRP 11, U&Es normal. Abdominal examination unremarkable; PR not performed (declined).

# Plan
- Iron-deficiency anaemia with weight loss and change in bowel habit needs urgent investigation.
- [[onward_referral: Given the iron-deficiency anaemia and weight loss, please could you refer him urgently on the suspected lower GI cancer pathway]] this week.
- He had his first dose of IV iron (ferric carboxymaltose 1 g) in our ambulatory unit today; no oral iron needed for now.
- I have explained to Mr Marchetti and his wife why further tests are needed.
- Falls: our physiotherapists saw him today and issued a walking frame.

I will see him again in the clinic in 8 weeks.

Dr Beatrix Cowdrey
Consultant Geriatrician
""", urgent=True,
       notes="A suspected-cancer referral for a problem the geriatrician found, passed to the GP: onward_referral; "
             "time-critical suspected-cancer step, so urgent. IV iron and the frame provided by the hospital "
             "(decoys). Sent the day after the clinic.")

# D05 community hospital stroke rehabilitation: 64-year-old caretaker; fit note for the period after discharge
# asked of the GP; sent 23 h 45 min after discharge (on time).
pt = P("Dennis Aspinall", "391105", "1962-10-04")
letter(key="d05", prov="bch", dept=HERON, kind="discharge_summary", specialty="Stroke Rehabilitation",
       clinician="Dr Mirela Constantin", patient=pt, ev="2027-01-27", ev_time="14:10", ld="2027-01-28",
       sent="2027-01-28 13:55", fmt="plain", subject="Community hospital discharge - ASPINALL D", body=f"""
{head("bch", HERON)}

COMMUNITY HOSPITAL DISCHARGE SUMMARY
{idl(pt)}
Transferred from Wrenfold General Hospital stroke unit: 06/01/2027
Discharged home: 27/01/2027 at 14:10
Completed by: Dr Mirela Constantin, Specialty Doctor

Diagnosis: left middle cerebral artery infarct (02/01/2027) with right arm weakness and mild expressive dysphasia.

Progress: walking independently indoors with a stick; right grip improving; speech functional. He works part-time as a school caretaker, which involves ladders and lifting.

Medication (28 days supplied): clopidogrel 75 mg OD, atorvastatin 80 mg ON, ramipril 2.5 mg OD.
Please continue all three.

Follow-up arranged by us:
- Early supported discharge stroke team visits from 29/01/2027 (physio, OT, SALT).
- Stroke clinic at Wrenfold General Hospital in 6 weeks (booked by the stroke unit).
- Care package: social worker Ms Lorna Beddows has arranged a morning call for two weeks, starting 28/01/2027.

Work: he is not yet fit to return.
Fit note: [[fit_note: please could you issue him a fit note from the date of discharge for 8 weeks]].

Driving: he knows not to drive for at least one month and has been given the DVLA leaflet.
""",
       notes="Fit note for the recovery period after the community hospital stay asked of the GP: fit_note. "
             "Discharged 14:10 on 27/01, sent 13:55 on 28/01: 23 h 45 min, on time. ESD team, stroke clinic, care "
             "package and green medicines to continue are decoys.")

# D06 intermediate care unit discharge laid out as an action grid: every action has an owner outside the
# practice; no GP action: hard negative.
pt = P("Kathleen Mountford", "391112", "1936-08-19")
letter(key="d06", prov="bch", dept=LARCH, kind="discharge_summary", specialty="Intermediate Care",
       clinician="Dr Yusuf Haddad", patient=pt, ev="2027-02-01", ev_time="11:00", ld="2027-02-01",
       sent="2027-02-01 16:20", fmt="html", opts={"header": True},
       subject="Intermediate care discharge - MOUNTFORD K", body=f"""
# Larch Court Intermediate Care Unit - Discharge Summary
{idl(pt)}
Admitted (step-down from Wrenfold General Hospital): 18/01/2027
Discharged home: 01/02/2027 at 11:00
Clinician: Dr Yusuf Haddad, GP with extended role in intermediate care

Reason for stay: reconditioning after a urinary sepsis admission; grade 2 sacral pressure ulcer.
Outcome: transfers with one carer and a rotunda; mobilising short distances with a frame.

# Who is doing what
| Need | Plan | Responsible |
| Care package | Four calls a day from 01/02/2027 | Ms Lorna Beddows, social worker, Wrenfold Adult Social Care (arranged) |
| Equipment | Rotunda, commode, profiling bed, pressure-relieving mattress | Community equipment service (delivered 31/01/2027) |
| Pressure ulcer | Dressing and skin check twice weekly | District nurses (referral accepted) |
| Continence | Pads and a sheath assessment | Continence service (first supply delivered) |
| Medicines | 28 days supplied in a monitored dosage system | Larch Court pharmacy; future trays from her community pharmacy |
| Therapy | Four further weeks of home reablement | Brackenmoor reablement team |
| GP | No action required | - |

# Information for the patient and family
If Kathleen becomes feverish or more confused, phone the reablement team (01632 960 590) or, out of hours, NHS 111.
""", notes="Hard negative: care package, equipment, district nursing, continence supplies, medicines and therapy "
           "all arranged by others; 'No action required' for the GP; safety-netting aimed at the family.")

# C05 movement disorders clinic: rivastigmine for Parkinson's disease dementia, to be started by the GP before
# any specialist titration: specialist initiation.  Levodopa unchanged: decoy.
pt = P("Gerald Offord", "391129", "1940-04-11")
letter(key="c05", prov="wvh", dept=MOVE, kind="clinic_letter", specialty="Geriatric Medicine (Parkinson's)",
       clinician="Dr Tobias Raikes", patient=pt, ev="2027-02-02", ld="2027-02-04", sent="2027-02-05 14:20",
       fmt="html", opts={"alt": True}, subject="Movement disorders clinic - OFFORD Gerald", body=f"""
# Movement Disorders Clinic - Follow-up
{idl(pt)}
Clinic date: 02/02/2027
Letter date: 04/02/2027

Dear Dr Venkatesh

Diagnosis: idiopathic Parkinson's disease (2019); Parkinson's disease dementia.

Mr Offord came with his wife. Motor symptoms are reasonably controlled, with mild wearing-off before doses. She describes a year of worsening memory, fluctuating alertness and well-formed visual hallucinations of children in the garden, which do not distress him. MoCA 17/30 today.

# Plan
- Co-careldopa 25/100, one tablet five times a day: unchanged, please continue.
- [[hospital_only_prescribing: I would be grateful if you could start rivastigmine patches at 4.6 mg/24 hours and increase to 9.5 mg/24 hours after four weeks if tolerated]].
- Please avoid antipsychotics; if the hallucinations become distressing, contact our PD nurse specialist before prescribing anything.
- Our PD nurse specialist, Ms Carys Bellamy, will telephone Mrs Offord in two weeks.
- Driving: he has agreed to stop and will inform the DVLA himself.
- Review in this clinic in 4 months.

Yours sincerely

Dr Tobias Raikes
Consultant Physician, Elderly Care and Parkinson's
""", notes="Initiation and titration of a specialist drug (rivastigmine for PD dementia) asked of the GP: "
           "hospital_only_prescribing. Co-careldopa to continue, the nurse specialist's call and the conditional "
           "antipsychotic advice are decoys.")

# C06 falls clinic: discharged after one missed first appointment, GP to re-refer.
pt = P("Cyril Hepplethwaite", "391136", "1937-10-18")
letter(key="c06", prov="wvh", dept=FALLS, kind="clinic_letter", specialty="Geriatric Medicine",
       clinician="Dr Rajesh Balakumar", patient=pt, ev="2027-02-03", ld="2027-02-04", sent="2027-02-04 10:00",
       fmt="plain", subject="Did not attend - Falls clinic - HEPPLETHWAITE C", body=f"""
{head("wvh", FALLS)}

{idl(pt)}
Appointment: 03/02/2027, 14:00 (new patient)
Referred by: Dr P Venkatesh on 02/11/2026

Dear Dr Venkatesh

Mr Hepplethwaite did not attend his first appointment in the Falls and Syncope Clinic on 03/02/2027.
The appointment letter was posted on 05/01/2027 and a reminder text was sent two days before.

[[dna_rereferral: In line with the Trust's access policy he has been discharged back to your care, and we would need a new referral from you to offer him another appointment]].

Yours sincerely

Dr Rajesh Balakumar
Consultant in Elderly Care Medicine
""",
       notes="Discharged after a single missed new appointment with a new referral required: dna_rereferral. "
             "Event date is the missed appointment; sent the next day.")

# F01 geriatric outpatients: referral returned for a confusion screen and CT head first.
pt = P("Phyllis Braithwaite", "391143", "1946-01-09")
letter(key="f01", prov="wvh", dept=GERI_OP, kind="referral_response", specialty="Geriatric Medicine",
       clinician="Dr Hamish Strathdee", patient=pt, ev=None, ld="2027-02-08", sent="2027-02-08 11:30",
       fmt="html", opts={"alt": True, "label_col": True}, subject="Referral returned - BRAITHWAITE Phyllis",
       body=f"""
# Referral Triage Outcome
| Patient | {pt['name']} |
| DOB | {dmy(pt['dob'])} |
| NHS number | {spaced(pt['nhs_number'])} |
| Referral | e-RS, received 01/02/2027 - falls and possible cognitive decline |
| Outcome | Returned to referrer |
| Triaged by | Dr Hamish Strathdee, Consultant Geriatrician |

Dear Dr Osei-Bonsu

Thank you for your referral. From the information provided, the falls may be related to a change in cognition over the last six months.

[[referral_returned_for_workup: Before we can accept the referral, please arrange a confusion screen (FBC, U&Es, LFTs, TFTs, B12, folate and calcium) and a CT head, and re-refer with the results]].

In the meantime, her ramipril could reasonably be reduced if her standing blood pressure is low; that is advice only.
""", notes="Referral returned asking the GP to do bloods and a CT head first and re-refer: "
           "referral_returned_for_workup. The ramipril remark is advice with no request.")

# D04 care of the elderly ward: amiodarone started and handed over for prescribing and monitoring without a
# shared-care agreement; sent four days after discharge (late).  Apixaban (green) and booked clinic: decoys.
pt = P("Norman Ridsdale", "391150", "1945-03-08")
letter(key="d04", prov="wvh", dept=COE24, kind="discharge_summary", specialty="Geriatric Medicine",
       clinician="Dr Imogen Thackeray", patient=pt, ev="2027-02-05", ev_time="17:20", ld="2027-02-08",
       sent="2027-02-09 10:12", fmt="plain", subject="Discharge summary - RIDSDALE N - Ward 24", body=f"""
{head("wvh", COE24)}

DISCHARGE SUMMARY
{idl(pt)}
Admission date: 01/02/2027
Date of discharge: 05/02/2027
Time of discharge: 17:20
Consultant: Dr Imogen Thackeray

Presenting complaint: fall and palpitations.
Diagnosis: atrial fibrillation with fast ventricular response; rate not controlled with bisoprolol alone (limited by hypotension).

Investigations: ECG AF 138 bpm; CXR clear; echo 03/02 - LVEF 50%, biatrial dilatation.
Baseline TFTs and LFTs 02/02/2027: normal.

MEDICATION CHANGES
  Amiodarone  200 mg TDS for 7 days, then BD for 7 days, then 200 mg OD - NEW
              28 days supplied
  Apixaban    5 mg BD - NEW - 28 days supplied; please continue
  Bisoprolol  1.25 mg OD - reduced from 2.5 mg

ACTIONS FOR GP
  [[shared_care_without_agreement: GP to continue amiodarone 200 mg OD after the loading fortnight and to monitor TFTs and LFTs every 6 months]].

FOLLOW-UP
  Cardiology clinic in 6 weeks - booked, letter sent to Mr Ridsdale.
  Falls: referred by the ward to the Brackenmoor falls prevention service.

Dr Imogen Thackeray
Consultant Geriatrician
""",
       late="Date of discharge: 05/02/2027",
       notes="Amiodarone (amber, shared care) handed to the GP to prescribe and monitor with no agreement offered: "
             "shared_care_without_agreement. Discharged 17:20 on 05/02, sent 10:12 on 09/02: late. Apixaban to "
             "continue, booked cardiology clinic and the falls referral made by the ward are decoys.")

# E01 ED: care home resident after a night-time fall; everything arranged by ED: hard negative.
pt = P("Ethel Greatorex", "391167", "1931-06-02")
letter(key="e01", prov="wvh", dept=ED, kind="ed_letter", specialty="Emergency Medicine",
       clinician="Dr Priyanka Mallinson", patient=pt, ev="2027-02-09", ld="2027-02-09", sent="2027-02-09 09:30",
       fmt="html", opts={"alt": True, "label_col": True}, subject="ED attendance - GREATOREX Ethel",
       body=f"""
# Emergency Department Attendance Letter
| Patient | {pt['name']} |
| DOB | {dmy(pt['dob'])} |
| NHS No | {spaced(pt['nhs_number'])} |
| Date of attendance | 09/02/2027, arrived 02:10 by ambulance from Beech Royd Nursing Home |
| Left department | 06:15, returned to Beech Royd Nursing Home |
| Clinician | Dr Priyanka Mallinson, ED Registrar |

Presenting complaint: unwitnessed fall from bed at about 00:40; found on the floor by night staff.
Findings: no head injury, not anticoagulated; full range of movement at both hips; bruise over the left elbow, X-ray normal.
Diagnosis: fall without significant injury.

# Actions taken by ED
- Referral sent to the Brackenmoor care home liaison team for a falls and medication review.
- Low-rise bed and crash mat requested from the home's own equipment; the nurse in charge agreed.

# Advice to Beech Royd Nursing Home staff
- Routine observations today; neurological observations are not needed.
- If she develops new hip pain or cannot weight-bear, call 999 or return her to the ED.

No GP action required.
""", notes="Hard negative: ED made the care-home liaison referral itself, advice is addressed to the nursing home, "
           "the safety-net is conditional and 'No GP action required'.")

# C04 fracture liaison clinic: denosumab first dose given and the practice expected to take over injections and
# monitoring without a shared-care agreement; sent eight days after the clinic (late).
pt = P("Irene Strudwick", "391174", "1944-08-25")
letter(key="c04", prov="wvh", dept=BONE, kind="clinic_letter", specialty="Metabolic Bone Disease",
       clinician="Dr Oluwaseun Adeyemi-Barr", patient=pt, ev="2027-02-10", ld="2027-02-17", sent="2027-02-18 09:05",
       fmt="pdf", subject="Bone health clinic letter - STRUDWICK Irene", body=f"""
# Fracture Liaison Service - Clinic Letter
{idl(pt)}
Date seen: 10/02/2027
Letter date: 17/02/2027

Dear Dr Tarrant

Diagnosis: osteoporosis with a low-trauma wrist fracture (October 2026) and a T12 vertebral fracture; DXA T-score -3.1 at the hip.

Mrs Strudwick could not tolerate alendronic acid (oesophagitis) and her eGFR of 32 makes zoledronic acid unsuitable.

# Plan
- Denosumab 60 mg SC every 6 months: first dose given in clinic on 10/02/2027 after a normal adjusted calcium.
- [[shared_care_without_agreement: From the next dose in August the practice will need to take over the 6-monthly injections and check her adjusted calcium and eGFR before each one]].
- Adcal-D3 one tablet twice daily: continue.
- Dental review before the next dose: she will arrange this with her dentist.
- Repeat DXA in 2029; we will request it.

Dr Oluwaseun Adeyemi-Barr
Consultant in Metabolic Bone Disease
""", late="Date seen: 10/02/2027",
       notes="Denosumab (shared-care drug) handed over for injections and monitoring with no agreement offered: "
             "shared_care_without_agreement. Clinic 10/02, sent 18/02: eight days, late. Adcal-D3 and the DXA the "
             "clinic requests itself are decoys.")

# E02 ED: skin tear and wrist X-ray; the patient told to get the formal report from her GP.
pt = P("Hilda Mossley", "391181", "1935-09-27")
letter(key="e02", prov="wvh", dept=ED, kind="ed_letter", specialty="Emergency Medicine",
       clinician="Dr Aaron Penhallow", patient=pt, ev="2027-02-12", ld="2027-02-12", sent="2027-02-13 08:20",
       fmt="plain", subject="ED discharge letter - MOSSLEY H", body=f"""
{head("wvh", ED)}

ED DISCHARGE LETTER
{idl(pt)}
Attended: 12/02/2027 16:45, tripped on a kerb; discharged 20:30 with her son

Injuries
- Skin tear to the left shin, 6 cm, flap viable: cleaned, flap re-laid with steri-strips, silicone dressing.
- Right wrist pain: X-ray reviewed by the ED doctor, no fracture seen; radiology report to follow.

Plan
- District nurse referral sent by ED for dressing changes every 3 to 5 days.
- Tetanus: up to date.
- Wrist: splint for comfort, analgesia.
- [[patient_redirected_to_gp: She has been told to ring her GP surgery next week to get the formal X-ray report]].
- If the shin becomes hot, red or increasingly painful, the district nurses will ask the GP to review.

Dr Aaron Penhallow
ST4 Emergency Medicine
""",
       notes="The patient sent to her GP for the formal report of an X-ray the ED ordered: "
             "patient_redirected_to_gp. Dressings by district nurses (referred by ED) and the conditional DN "
             "escalation are decoys.")

# C08 tissue viability: mixed-aetiology ulcer, vascular referral made directly, compression plan for the
# district nurses: hard negative.
pt = P("Reginald Sowerby", "391198", "1939-02-26")
letter(key="c08", prov="bch", dept=TVN, kind="clinic_letter", specialty="Tissue Viability",
       clinician="Ms Harriet Quayle", patient=pt, ev="2027-02-04", ld="2027-02-09", sent="2027-02-10 12:40",
       fmt="docx", subject="Leg ulcer clinic - SOWERBY R", body=f"""
# TISSUE VIABILITY AND LEG ULCER SERVICE
{idl(pt)}
Clinic: 04/02/2027, Kestle Cross Community Hospital
Letter date: 09/02/2027
To: Dr K Osei-Bonsu, Millbeck Lane Surgery; copy to Wrenfold North District Nursing Team

Mr Sowerby was seen with a 14-week left gaiter ulcer (5 x 3.5 cm) that has not healed with two-layer compression.

# Assessment
ABPI right 0.62, left 0.58; monophasic dorsalis pedis signals on the left. Mixed arterial and venous disease.
No signs of infection; wound swab not indicated.

# Plan
- I have referred him directly to the vascular surgeons at Wrenfold General Hospital (urgent, sent 04/02/2027).
- District nurses: please stop full compression and use reduced compression (light two-layer) twice weekly, following the attached dressing plan.
- Elevate legs when sitting; he has been given a leaflet.
- If the leg becomes cold, more painful or discoloured, he or the district nurses should call 999.

No GP action is needed. I will review him in clinic in 4 weeks.

Ms Harriet Quayle
Tissue Viability Nurse Specialist
""", notes="Hard negative: vascular referral made directly by the service, compression instructions addressed "
           "to the district nurses, conditional safety-netting, 'No GP action is needed'.")

# R02 virtual ward results after discharge: reviewed, patient told, repeat arranged by the team: hard negative.
pt = P("Albert Tunnicliffe", "391204", "1943-01-28")
letter(key="r02", prov="wvh", dept=VW, kind="results", specialty="Acute Frailty (Virtual Ward)",
       clinician="Dr Sunniva Hartley", patient=pt, ev=None, ld="2027-02-15", sent="2027-02-15 14:00",
       fmt="docx", subject="Virtual ward blood results - TUNNICLIFFE A - for information", body=f"""
# HOSPITAL AT HOME - BLOOD RESULTS (FOR INFORMATION)
{idl(pt)}
Letter date: 15/02/2027

Dear Dr Venkatesh

Mr Tunnicliffe left our virtual ward caseload on 10/02/2027 after treatment for decompensated heart failure. As planned, our virtual ward phlebotomist took his bloods at home on 12/02/2027.

| Test | 12/02/2027 | 08/02/2027 |
| Potassium | 5.4 mmol/L | 5.9 mmol/L |
| Creatinine | 131 umol/L | 139 umol/L |
| eGFR | 41 | 38 |

Dr Hartley has reviewed these. Spironolactone stays on hold. We telephoned Mr Tunnicliffe and his wife on 15/02/2027 with the results.
Our phlebotomist will repeat his U&Es at home on 22/02/2027 and we will write again with the result.

No action is needed from the practice.

Dr Sunniva Hartley, Consultant in Acute Frailty
""", notes="Hard negative: post-virtual-ward bloods taken, reviewed and communicated by the virtual ward, which "
           "also arranges the repeat; 'No action is needed from the practice'.")

# C09 community matron's update typed from her own mailbox: for information: hard negative.
pt = P("Leslie Dunderdale", "391211", "1938-04-30")
letter(key="c09", prov="bch", dept=MATRON, kind="clinic_letter", specialty="Community Matron",
       clinician="Mrs Joanne Pyrah", patient=pt, ev="2027-02-16", ld="2027-02-16", sent="2027-02-16 17:05",
       fmt="plain", opts={"from": "Joanne Pyrah <joanne.pyrah@nhs.net>"},
       subject="Les Dunderdale - matron visit today - FYI", body=f"""
Hi Dr Tarrant

FYI - visited Leslie Dunderdale today (16/02/2027) at home.
{idl(pt)}

COPD and heart failure, on my caseload. He started his rescue pack on Saturday (prednisolone and doxycycline) as per his self-management plan. Today sats 92% on air (his usual 91-93%), RR 20, chest wheezy but no crackles, weight stable, ankles no worse. Eating and drinking OK.

I've referred him to pulmonary rehab myself (Brackenmoor respiratory team) now he's willing to go.
His wife is coping but tired - I have given her the carers' centre number and she'll ring them.

I'll visit again on Thursday. If he isn't improving by then I'll ring the surgery to ask for a GP home visit, but nothing needed from you for now.

Thanks
Jo

Mrs Joanne Pyrah
Community Matron, Wrenfold North
Brackenmoor Community Health NHS Trust
07700 900 214
""", notes="Hard negative: matron's update for information; pulmonary rehab referral made by her; the possible "
           "home-visit request is conditional; 'nothing needed from you for now'.")

# D08 hospice inpatient unit discharge: 58-year-old still employed; fit note covering the admission and after
# asked of the GP.  ReSPECT done, just-in-case medicines supplied by the hospice: decoys.
pt = P("Graham Leatherbarrow", "391228", "1968-06-30")
letter(key="d08", prov="ebb", dept=IPU, kind="discharge_summary", specialty="Palliative Medicine",
       clinician="Dr Rosalind Achebe", patient=pt, ev="2027-02-17", ev_time="13:00", ld="2027-02-17",
       sent="2027-02-18 09:30", fmt="pdf", subject="Hospice discharge summary - LEATHERBARROW G", body=f"""
# Inpatient Unit Discharge Summary
{idl(pt)}
Admitted: 08/02/2027 for symptom control
Discharged home: 17/02/2027 at 13:00
Consultant: Dr Rosalind Achebe, Consultant in Palliative Medicine

Diagnosis: metastatic adenocarcinoma of the oesophagus (liver and nodal metastases), on best supportive care since December 2026.

# Symptom control
Pain: converted from oral morphine to a fentanyl 25 micrograms/hour patch; breakthrough oxycodone liquid 5 mg. Nausea settled with levomepromazine 6.25 mg at night.

# Medicines
All regular medicines supplied for 14 days by our pharmacy. Just-in-case (anticipatory) injectable medicines were supplied by our pharmacy on discharge, with a community medication chart.

# Advance care planning
A ReSPECT form was completed with Graham and his wife on 15/02/2027 (preferred place of care and death: home; not for CPR). The original is at home in the yellow folder.
The SR1 form for fast-track benefits has been completed by Dr Achebe.

# Work
Graham is employed as a bus depot supervisor and has not worked since 01/02/2027.
[[fit_note: He needs a fit note to cover his admission from 08/02/2027 and a further 3 months, and we would be grateful if the GP could provide this]].

# Follow-up
Community palliative care CNS, Ms Philippa Garside, will visit within 2 working days.
""", notes="Fit note covering the hospice admission and the period after it asked of the GP: fit_note. Medicines, "
           "anticipatory drugs, ReSPECT and the SR1 form all done by the hospice (decoys). Sent 20 h 30 min after "
           "discharge.")

# C10 care home liaison team: ReSPECT and advance care planning done by the team; recommendations for the care
# home; for the GP record only: hard negative.
pt = P("Margaret Ollerenshaw", "391235", "1929-12-05")
letter(key="c10", prov="bch", dept=CHL, kind="clinic_letter", specialty="Older People's Medicine (Care Homes)",
       clinician="Dr Eleanor Vasquez-Byrne", patient=pt, ev="2027-02-23", ld="2027-02-24", sent="2027-02-25 10:15",
       fmt="docx", subject="Care home liaison review - OLLERENSHAW M (Thornleigh House)", body=f"""
# CARE HOME LIAISON TEAM - REVIEW
{idl(pt)}
Home: Thornleigh House Care Home
Review date: 23/02/2027 (with the senior carer and, by telephone, her son Mr David Ollerenshaw)
Letter date: 24/02/2027
To: Dr H Tarrant (GP) and Mrs Sue Garrity (Manager, Thornleigh House)

Mrs Ollerenshaw, aged 97, has advanced dementia and has been sleeping more, eating less and has lost 3 kg since November.

# Advance care planning
- We discussed her likely prognosis of months with her son, who holds lasting power of attorney for health and welfare.
- A ReSPECT form was completed today by Dr Vasquez-Byrne (focus on comfort; not for CPR; for treatment in the home where possible). The original is in her care plan; a copy is enclosed for your records.

# Medicines
- Donepezil: stopped today with her son's agreement (no longer of benefit, poor swallow).
- The home's community pharmacist has been sent the change for the next MDS cycle.

# Recommendations for care home staff
- Offer small, frequent, fortified snacks; texture as per the SALT plan of 10/02/2027.
- Mouth care twice daily.
- If she appears in pain or distressed, contact the care home liaison team (01632 960 577) in hours or NHS 111 out of hours.

For information; no action is requested from the practice.

Dr Eleanor Vasquez-Byrne
Speciality Doctor, Care Home Liaison Team
""", notes="Hard negative: ReSPECT and advance care planning completed by the team; medicines change sent to the "
           "pharmacist by the team; recommendations addressed to care home staff; 'no action is requested'.")

# D09 independent day surgery: excision of a forearm lesion; suture removal passed to the practice nurse and the
# patient told to get the histology from the GP.
pt = P("Sidney Garbutt", "391242", "1938-05-05")
letter(key="d09", prov="lyd", dept=SKIN, kind="discharge_summary", specialty="Plastic Surgery",
       clinician="Mr Felix Aukett", patient=pt, ev="2027-02-24", ev_time="13:20", ld="2027-02-24",
       sent="2027-02-24 17:00", fmt="html", subject="Day case discharge - GARBUTT S - skin lesion excision", body=f"""
# Day Case Discharge Letter
{idl(pt)}
Procedure date: 24/02/2027
Discharged: 24/02/2027 at 13:20
Surgeon: Mr Felix Aukett, Consultant Plastic Surgeon

Procedure: excision of a 14 mm lesion from the left forearm (clinically squamous cell carcinoma) with 4 mm margins; direct closure with 4-0 nylon sutures. Specimen sent for histology.

# Actions for GP
- [[post_procedure_care: Please book him in with your practice nurse to have the sutures removed in 10 to 12 days]].

# Information for the patient
- Keep the dressing dry for 48 hours, then you can shower.
- Take paracetamol if the wound aches.
- If the wound becomes red, hot, swollen or oozes, ring the Lydgate day unit on 0161 496 0249 (24 hours).
- [[patient_redirected_to_gp: Your results will be sent to your GP, so please contact the surgery in about four weeks to find out what they show]].
""", notes="Suture removal after the provider's own operation passed to the practice nurse: post_procedure_care; "
           "the patient told to get the histology result from the GP: patient_redirected_to_gp. The wound advice "
           "line run by the provider is a decoy.")

# F02 continence service: referral returned for a bladder diary, MSU and a drug trial first.
pt = P("Joan Heseltine", "391259", "1941-07-21")
letter(key="f02", prov="bch", dept=CONT, kind="referral_response", specialty="Continence",
       clinician="Ms Sandra Kilbride", patient=pt, ev=None, ld="2027-02-26", sent="2027-02-26 10:40",
       fmt="plain", subject="Continence referral - not accepted - HESELTINE J", body=f"""
{head("bch", CONT)}

{idl(pt)}
Your referral dated 15/02/2027

Dear Dr Venkatesh

Thank you for referring Mrs Heseltine with urgency and urge incontinence. We have reviewed the referral at our triage meeting and are unable to accept it at this stage.

[[referral_returned_for_workup: Please complete a 3-day bladder diary with her, send an MSU and try a bladder antimuscarinic for 6 weeks, then re-refer if symptoms persist]].

A bladder diary template and our referral criteria are attached. Pads are not issued until an assessment has been completed.

Kind regards

Ms Sandra Kilbride
Clinical Lead, Community Continence Service
""",
       notes="Referral declined and returned for a bladder diary, MSU and treatment trial first: "
             "referral_returned_for_workup.")

# C11 community falls prevention: discharged after one missed appointment, 're-refer if still needed'.
pt = P("Beryl Cottingham", "391266", "1944-11-11")
letter(key="c11", prov="bch", dept=FPS, kind="clinic_letter", specialty="Falls Prevention",
       clinician="Mr Declan Ashworth", patient=pt, ev="2027-03-01", ld="2027-03-02", sent="2027-03-03 09:15",
       fmt="html", opts={"alt": True}, subject="Falls prevention service - non-attendance - COTTINGHAM B", body=f"""
# Community Falls Prevention Service
{idl(pt)}
Appointment: 01/03/2027 at 10:30, home assessment
Letter date: 02/03/2027

Dear Dr Tarrant

We were unable to gain access to Mrs Cottingham's home for her falls assessment on 01/03/2027, and our telephone calls that day and the next were not answered.

[[dna_rereferral: As she did not attend and we could not reach her, she has been discharged from the service; please re-refer if you feel she still needs it]].

Kind regards

Mr Declan Ashworth
Specialist Physiotherapist, Community Falls Prevention Service
""", notes="Discharged after a single missed home appointment with the practice asked to re-refer: "
           "dna_rereferral (the 'if you feel she still needs it' is the usual wording of the request, not a "
           "hypothetical about future symptoms).")

# C15 falls clinic: midodrine started and kept by the clinic, shared-care agreement offered for agreement;
# letter sent exactly seven days after the clinic: hard negative.
pt = P("Vera Lumsden", "391273", "1947-05-16")
letter(key="c15", prov="wvh", dept=FALLS, kind="clinic_letter", specialty="Geriatric Medicine",
       clinician="Dr Rajesh Balakumar", patient=pt, ev="2027-03-02", ld="2027-03-08", sent="2027-03-09 16:30",
       fmt="pdf", subject="Falls and syncope clinic - LUMSDEN Vera", body=f"""
# Falls and Syncope Clinic
{idl(pt)}
Clinic date: 02/03/2027
Letter date: 08/03/2027

Dear Dr Osei-Bonsu

Diagnosis: neurogenic orthostatic hypotension (lying 152/88, standing 104/70 at 1 minute) with pre-syncope and two falls, in the context of pure autonomic failure.

Conservative measures (fluids, compression stockings, head-up tilt of the bed) have not been enough.

# Plan
- We have started midodrine 2.5 mg TDS (last dose no later than 4 pm); 4 weeks supplied by our pharmacy.
- We will continue to prescribe midodrine from this clinic while the dose is adjusted.
- Our shared care agreement for midodrine is enclosed for your consideration. If the practice is willing to take over prescribing once the dose is stable, please let us know; until then prescribing stays with us.
- Lying and standing blood pressure will be rechecked in our clinic in 4 weeks (appointment booked for 30/03/2027).
- Please continue her other medicines.

Dr Rajesh Balakumar
Consultant in Elderly Care Medicine
""", notes="Hard negative: the clinic supplies and keeps prescribing midodrine and offers a shared-care agreement "
           "for the practice's agreement (the proper process); it rechecks the blood pressure itself. Clinic 02/03, "
           "sent 09/03: exactly seven days, on time.")

# C12 day hospice outpatient: advance care planning and opioid titration by the hospice: hard negative.
pt = P("Agnes Tolliver", "391280", "1937-03-22")
letter(key="c12", prov="ebb", dept=DAYH, kind="clinic_letter", specialty="Palliative Medicine",
       clinician="Dr Rosalind Achebe", patient=pt, ev="2027-03-04", ld="2027-03-05", sent="2027-03-08 10:05",
       fmt="html", subject="Day hospice clinic letter - TOLLIVER Agnes", body=f"""
# Day Hospice and Outpatients - Clinic Letter
{idl(pt)}
Clinic date: 04/03/2027 (seen with her daughter, Mrs Karen Howe)
Letter date: 05/03/2027

Dear Dr Tarrant

Diagnosis: metastatic breast cancer with bone metastases (ribs, pelvis), no longer on oncological treatment.

# Symptoms and plan
- Pain in the left hip and ribs: we have increased her MST to 20 mg BD, with oramorph 5 mg PRN, and supplied 14 days from our pharmacy. Our CNS will telephone her on 09/03/2027 and we will continue to adjust the dose.
- Constipation: laxido one sachet daily, supplied.
- She was referred for palliative radiotherapy to the left hip by her oncologist in January; this has now been given.

# Advance care planning
Mrs Tolliver has completed an advance statement with us. Her existing ReSPECT form (completed by you in November 2026) still reflects her wishes and has not been changed.

# Information for the patient
If your pain is not controlled or you have new weakness in your legs, ring the hospice advice line on 0116 496 0356, day or night.

She will attend the day hospice weekly on Thursdays. No action is needed from the practice at present.

Dr Rosalind Achebe
Consultant in Palliative Medicine
""", notes="Hard negative: the hospice titrates and supplies the opioids, its CNS follows up, the radiotherapy "
           "referral is history, the ReSPECT form is unchanged, the patient uses the hospice's own advice line; "
           "'No action is needed'.")

# D07 community hospital discharge on a Friday with only 3 days of medicines: the practice asked to prescribe
# from Monday.  Insulin by district nurses: decoy.
pt = P("Harold Blenkinsop", "391297", "1935-01-17")
letter(key="d07", prov="bch", dept=KING, kind="discharge_summary", specialty="Community Inpatient Medicine",
       clinician="Dr Mirela Constantin", patient=pt, ev="2027-03-05", ev_time="15:45", ld="2027-03-05",
       sent="2027-03-06 10:30", fmt="docx", subject="Discharge letter - BLENKINSOP H - Kingfisher Ward", body=f"""
# KINGFISHER WARD - DISCHARGE LETTER
{idl(pt)}
Admitted (from home, GP referral): 24/02/2027
Discharged: Friday 05/03/2027 at 15:45, home with his wife
Completed by: Dr Mirela Constantin, Specialty Doctor

Reason for admission: reduced mobility and poor oral intake after a chest infection; type 2 diabetes on insulin.
Outcome: back to baseline mobility with a frame; eating well.

# Medicines
Because of a stock problem in the community hospital pharmacy, only 3 days of his regular medicines have been supplied.
[[hospital_only_prescribing: Please could the practice issue a prescription for all his regular medicines to start from Monday 08/03/2027]].
No changes were made to his regular medicines during the admission.

# Community services
- District nurses: insulin (Humulin I 18 units mane, 10 units nocte) to be given as before; they have the updated chart.
- Reablement: morning and evening calls for two weeks, arranged by the ward's social worker.

# Follow-up
No community hospital follow-up. Diabetes specialist nurse review in 4 weeks, booked by us.
""", notes="Only three days' medicines supplied on discharge and the practice asked to make up the supply: "
           "hospital_only_prescribing (providers supply at least 7 days). District nurse insulin and reablement "
           "calls are decoys. Sent 18 h 45 min after discharge.")

# C13 community palliative care home visit: the hospice's own outcomes questionnaire sent to the GP.
pt = P("Bernard Quartermaine", "391303", "1942-09-14")
letter(key="c13", prov="ebb", dept=CPCT, kind="clinic_letter", specialty="Palliative Care",
       clinician="Ms Philippa Garside", patient=pt, ev="2027-03-10", ld="2027-03-11", sent="2027-03-12 11:00",
       fmt="docx", subject="Community palliative care visit - QUARTERMAINE B", body=f"""
# COMMUNITY PALLIATIVE CARE TEAM - HOME VISIT
{idl(pt)}
Visit date: 10/03/2027
Letter date: 11/03/2027

Dear Dr Venkatesh

I visited Mr Quartermaine (end-stage COPD and heart failure) at home with his wife and his social worker, Ms Anita Rourke, who is arranging a night sitting service.

# Symptoms
Breathlessness at rest, worse at night. Oramorph 2.5 mg PRN helps; he uses it twice a day. Fan and breathing techniques reviewed.

# Advance care planning
A DNACPR decision was made with him last year and is recorded on his ReSPECT form. He has confirmed today that he wishes to stay at home. Anticipatory medicines were prescribed by Dr Tarrant on 01/03/2027 and are in the house.

# Actions
- Hospice at Home team to start evening visits from 15/03/2027 (arranged by me).
- Equipment: profiling bed and pressure mattress ordered by the district nurses.
- [[non_contractual_admin: As part of our service evaluation, please could a GP from the practice complete the enclosed Hospice at Home outcomes questionnaire for Mr Quartermaine and return it to our audit office by 31/03/2027]].

Ms Philippa Garside
Clinical Nurse Specialist, Community Palliative Care Team
""", notes="The hospice's own service-evaluation questionnaire sent for a GP to complete: non_contractual_admin. "
           "Anticipatory medicines and the DNACPR are history; Hospice at Home visits and equipment arranged by "
           "others (decoys).")

# R05 independent provider histology: result told to the patient by the provider: hard negative.
pt = P("Evelyn Dawtry", "391310", "1934-08-08")
letter(key="r05", prov="lyd", dept=SKIN, kind="results", specialty="Plastic Surgery",
       clinician="Mr Felix Aukett", patient=pt, ev=None, ld="2027-03-15", sent="2027-03-16 10:00",
       fmt="pdf", subject="Histology result - DAWTRY E - for information", body=f"""
# Histology Result - For Information
{idl(pt)}
Procedure: excision of a lesion from the right cheek, 02/03/2027
Histology reported: 12/03/2027
Letter date: 15/03/2027

Dear Dr Osei-Bonsu

The histology shows a nodular basal cell carcinoma, completely excised, with a closest peripheral margin of 3 mm and deep margin of 4 mm.

We have written to Mrs Dawtry with this result and explained that no further treatment is needed. Her sutures were removed in our dressing clinic on 10/03/2027 and the wound has healed well.

She has been discharged from our care. No action for the GP.

Mr Felix Aukett
Consultant Plastic Surgeon
""", notes="Hard negative: result given to the patient by the provider, sutures removed in its own clinic, "
           "'No action for the GP'.")

# D10 hospital at home: step-up admission for UTI and delirium; final bloods taken by the team; history of a
# memory clinic referral: hard negative.
pt = P("Gwilym Harries", "391327", "1940-12-12")
letter(key="d10", prov="wvh", dept=VW, kind="discharge_summary", specialty="Acute Frailty (Virtual Ward)",
       clinician="Dr Sunniva Hartley", patient=pt, ev="2027-03-15", ev_time="09:30", ld="2027-03-15",
       sent="2027-03-15 15:45", fmt="plain", subject="Virtual ward discharge summary - HARRIES G", body=f"""
{head("wvh", VW)}

VIRTUAL WARD DISCHARGE SUMMARY
{idl(pt)}
Admitted to virtual ward: 09/03/2027 (step-up, referred by Dr Tarrant)
Discharged from virtual ward: 15/03/2027 at 09:30

Diagnosis: E. coli urinary tract infection with hyperactive delirium, managed at home.

Course: IV gentamicin single dose 09/03 then oral cefalexin 5 days, guided by the urine culture we sent on 09/03/2027. Delirium resolved by 13/03/2027.
Final bloods taken by our team on 14/03/2027: CRP 9, creatinine 88 - no further bloods needed.

Medication: cefalexin course completed; no new medicines. Please continue his usual medicines.

Other: he was referred to the memory assessment service by you in May 2026 and remains on their waiting list; we have let them know about this episode of delirium.
His son has been shown how to use the virtual ward's 24-hour line, which stays open to the family for 72 hours after discharge.

No GP action required.

Dr Sunniva Hartley
Consultant in Acute Frailty
""", notes="Hard negative: the virtual ward sent the culture, took and reviewed the final bloods, told the memory "
           "service itself; the memory referral is history; 'No GP action required'. Sent 6 h after discharge.")

# ====================================================================== 'other' messages

other(key="o01", sent="2027-01-12 08:15", type="ooo", notes="Out-of-office reply from a community matron.",
      frm="Joanne Pyrah <joanne.pyrah@nhs.net>", subject="Automatic reply: Mr Dunderdale - rescue pack",
      body="Thank you for your message. I am on annual leave until 18/01/2027.\nFor urgent matters about "
           "patients on the Wrenfold North matron caseload please ring the community hub on 01632 960 570.\n")
other(key="o02", sent="2027-01-25 09:00", type="html_bulletin",
      notes="ICB Enhanced Health in Care Homes bulletin (bulk).",
      frm="Wrenfold and Brackenmoor ICB <ehch@wrenfoldbrackenmoor-icb.example>",
      subject="Enhanced Health in Care Homes - January 2027 update",
      body="<html><body><h2>Enhanced Health in Care Homes</h2><p>January 2027</p><ul>"
           "<li>Weekly home round reminder: please keep your aligned care homes list up to date.</li>"
           "<li>ReSPECT: new version of the form in use from 01/02/2027; old forms stay valid.</li>"
           "<li>Care home liaison team referrals: use the new single referral form.</li></ul>"
           "<p>You receive this bulletin as a member practice of the ICB.</p></body></html>\n")
other(key="o03", sent="2027-02-02 19:45", type="patient",
      notes="A relative's e-mail about her mother's care package; nothing to detect.",
      frm="Carol Mountford <carol.mountford@example.com>", subject="Mum - care package after Larch Court",
      body="Dear Doctor\n\nMum (Kathleen Mountford) came home from Larch Court yesterday. The carers came four "
           "times as promised but the commode hasn't arrived yet and the social worker isn't answering her phone. "
           "Is there anyone at the surgery who can help?\n\nMany thanks\nCarol (daughter)\n07700 900 561\n")
other(key="o04", sent="2027-02-06 03:30", type="phish", notes="Phishing dressed up as a data security notice.",
      frm="NHS Data Security Toolkit <dspt-notice@nhs-dspt-verify.example.net>",
      subject="URGENT: your practice DSPT submission has been rejected",
      body="Your Data Security and Protection Toolkit submission was rejected on 05/02/2027.\nTo avoid suspension "
           "of your NHSmail accounts, confirm your practice credentials within 24 hours:\n"
           "http://nhs-dspt-verify.example.net/login\n")
other(key="o05", sent="2027-02-11 14:05", type="dsn", notes="Non-delivery report for mail to a care home.",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>", subject="Undeliverable: medication changes - Beech Royd",
      body="Delivery has failed to these recipients or groups:\n\nnursing.office@beechroyd.example.co.uk\nThe "
           "e-mail address you entered couldn't be found.\n", rcpt="nursing.office@beechroyd.example.co.uk")
other(key="o06", sent="2027-02-19 07:30", type="bulletin",
      notes="LMC newsletter (bulk) quoting request wording; not a letter.",
      frm="Wrenfold and Brackenmoor LMC <news@wb-lmc.example.org>", subject="LMC Update - February 2027",
      body="WRENFOLD AND BRACKENMOOR LMC UPDATE - FEBRUARY 2027\n\n1 Virtual wards: practices continue to "
           "receive 'GP to repeat bloods in one week' after virtual ward discharges. The trust has agreed that its "
           "virtual ward phlebotomists will take these.\n2 Fit notes: hospital and hospice teams should issue "
           "them for the period of their care.\n3 Template decline letters updated on 12/02/2027.\n\nTo "
           "unsubscribe reply UNSUBSCRIBE.\n")
other(key="o07", sent="2027-03-01 11:20", type="spam", notes="Continence product supplier marketing.",
      frm="DryNight Direct <offers@drynight-direct.example.com>",
      subject="Free samples for your care home patients",
      body="Dear Practice Manager\n\nOrder free samples of our new all-in-one pads for your housebound and care "
           "home patients. Offer ends 31/03/2027.\n\nReply STOP to opt out.\n")
other(key="o08", sent="2027-03-03 13:10", type="internal",
      notes="Internal practice e-mail between the practice nurse and the GPs.",
      frm="Lucy Brennan <lucy.brennan4@nhs.net>", subject="Housebound list - ReSPECT forms to review",
      body="Hi all\n\nI've updated the housebound list. Six patients at Thornleigh House have ReSPECT forms "
           "due for review at the next home round (Tuesday 09/03/2027). I've put them on the shared drive.\n\n"
           "Lucy\nPractice Nurse, Millbeck Lane Surgery\n")
other(key="o09", sent="2027-03-11 09:40", type="pharmacy",
      notes="A community pharmacy asking the practice about 7-day prescriptions; not a provider letter.",
      frm="Kestle Cross Pharmacy <kestlecross.pharmacy@nhs.net>", subject="MDS trays - Mr H Blenkinsop",
      body="Hello\n\nMr Blenkinsop's wife has asked us to put his medicines into weekly trays now he is home. "
           "Could the practice consider 7-day prescriptions so we can dispense weekly?\n\nThanks\nAmir (pharmacist)"
           "\n0116 496 0912\n")
other(key="o10", sent="2027-03-17 16:00", type="massmail", notes="Trust mass mailing to all practices (bulk).",
      frm="Wrenfold Valley Hospitals Communications <comms@wrenfoldvalley.nhs.uk>",
      subject="Hospital at Home: step-up referrals now open 8am to 8pm",
      body="SENT TO ALL GP PRACTICES\n\nFrom Monday 22/03/2027 our Hospital at Home (virtual ward) team will "
           "accept step-up referrals from 8am to 8pm, seven days a week, on 0116 496 0777.\nNo action is needed.\n")


# ====================================================================== rendering and checks

MARKING = {"wvh": "OFFICIAL-SENSITIVE: PERSONAL", "bch": "CONFIDENTIAL - PATIENT INFORMATION",
           "ebb": "PRIVATE AND CONFIDENTIAL", "lyd": "CONFIDENTIAL (NHS PATIENT)"}
COLOUR = {"wvh": "#005eb8", "bch": "#00703c", "ebb": "#7c2855", "lyd": "#425563"}


def house(L: dict, p: dict) -> dict:
    """Each provider's colour and protective marking in the table-letterhead frame."""
    c = COLOUR[L["prov"]]
    return dict(heading=f'<h3 style="font-size:11pt;color:{c};margin:10px 0 4px 0">{{}}</h3>',
                cell=f'style="border:1px solid {c};padding:2px 6px;vertical-align:top"',
                font="Arial,Helvetica,sans-serif", marking=MARKING[L["prov"]],
                footer=f"{html.escape(p['name'])}. This e-mail and any attachments are confidential.")


OTHER_PEOPLE = re.compile(r"care home|district nurs|social worker|pharmac|daughter|son\b|wife|niece|family|"
                          r"reablement", re.IGNORECASE)


def own(lid: str, lab: dict, text: str) -> list[str]:
    """This corpus's promises for each letter: every 'Weekday dd/mm/yyyy' falls on that weekday; a letter
    without findings is noted as a hard negative; a letter with findings names what is a decoy in it."""
    return kit.weekday_errors(lid, text) + kit.check_notes(lid, lab)


def corpus_checks(labels: list[dict], items: list[kit.Item]) -> list[str]:
    """The kit's checks plus this corpus's own: two or three urgent letters, ten other messages, at least a
    third of the letters hard negatives, two late letters of each kind, letters near the limits (a discharge
    summary sent 23 to 24 hours after discharge, a clinic letter on the seventh day), two thirds of the letters
    addressed to or speaking of someone besides the GP, and letters from all four providers."""
    errors = C.checks(labels, items, urgent=(2, 3), others=10, own=own)
    errors += kit.check_negatives(labels) + kit.check_late_counts(labels, 2) + kit.check_near_limits(labels, items)
    letters = [lab for lab in labels if lab["kind"] != "other"]
    others_named = 0
    for lab in letters:
        text = " ".join(kit.collapse(t) for t in kit.letter_texts(kit.load_message(C.out, lab)))
        others_named += bool(OTHER_PEOPLE.search(text))
    if others_named * 3 < len(letters) * 2:
        errors.append(f"only {others_named} of {len(letters)} letters speak of someone besides the GP")
    return errors


if __name__ == "__main__":
    sys.exit(C.run(sys.argv[1:], house=house, checks=corpus_checks, negatives="hard negatives"))
