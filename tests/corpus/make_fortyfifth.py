#!/usr/bin/env python3
"""Build the forty-fifth (independent, held-out) corpus: tests/corpus/fortyfifth/.

Style: letters from specialist nurses and allied health professionals rather than doctors.  Heart failure
nurses titrating beta-blockers and MRAs, diabetes specialist nurses (insulin doses, CGM, a closed-loop pump
service), an anticoagulation clinic, respiratory nurses (inhalers, home oxygen, bronchiectasis, pulmonary
rehabilitation), Parkinson's and epilepsy nurses, tissue viability, stoma and continence nurses, an IBD nurse,
dietitians (supplements, PEG feeds), physiotherapists, a hand therapist, an orthotist, speech and language
therapists, podiatrists and a ward pharmacist.  The letters carry titration plans, product and supply
arrangements (sensors, strips, feeds, dressings, stoma appliances, pump consumables), monitoring and onward
referrals; many of their requests are aimed at the patient, the carers, district nurses, care homes, community
pharmacies or the provider's own teams, and several ask the practice only for ordinary GP work (adding a green
product to the repeat list), so the requests that do shift hospital work sit among many that do not.

Four invented providers write to an invented practice, Tollgate Wharf Medical Practice: an acute foundation
trust (Ottermere University Hospitals), a second acute trust (Kestlewood and Arle Valley Hospitals), a
community trust (Brindlecombe Community Health) and an independent provider with an NHS contract (Fellgate
Therapy Partnership Ltd: MSK physiotherapy, orthotics and podiatric nail surgery).  Formats: typed plain text
(some sent by the clinician in person), HTML with and without a text alternative (label-column tables,
"Actions for GP", "Information for the patient" headings), PDF and DOCX behind covering notes, medication
tables.  Ten messages are not letters (auto-reply, bounce, bulletins, patients and carers writing in, a
supplier, phishing, spam, internal practice mail).

Written from the category definitions alone (TAXONOMY.md and the domain README); no detector output was used.
Everything is invented; NHS numbers are 999-range with a valid Modulus 11 check digit; telephone numbers are in
Ofcom drama ranges.  The build is deterministic (fixed dates, fixed seeds, fixed MIME boundaries).

    python3 tests/corpus/make_fortyfifth.py            # build, then verify
    python3 tests/corpus/make_fortyfifth.py --verify-only
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus_kit as kit  # noqa: E402
from corpus_kit import dmy, spaced  # noqa: E402
from corpus_kit import patient as P  # noqa: E402

OTT = "Ottermere University Hospitals NHS Foundation Trust"
KES = "Kestlewood and Arle Valley Hospitals NHS Trust"
BRI = "Brindlecombe Community Health NHS Trust"
FEL = "Fellgate Therapy Partnership Ltd"
PROV = {
    "ott": dict(
        name=OTT, site="Ottermere Royal Infirmary", addr=["Wharfside Road", "Ottermere", "OQ3 7HN"],
        phone="0114 496 0372", domain="ottermere-uh.nhs.uk",
        sender="OUH Clinical Correspondence <clinical.correspondence@ottermere-uh.nhs.uk>",
        mailer="OUH CorrespondenceHub 6.1"),
    "kes": dict(
        name=KES, site="Kestlewood General Hospital", addr=["Arle Lane", "Kestlewood", "KQ9 2PD"],
        phone="0161 496 0815", domain="kestlewood-arle.nhs.uk",
        sender="KAVH eLetters <kavh.eletters@nhs.net>", mailer="KAVH DocuSend 3.4"),
    # A community trust: tissue viability, continence, podiatry, pulmonary rehab, home oxygen, community HF
    # nurses and community dietitians.
    "bri": dict(
        name=BRI, site="Brindlecombe Health Centre", addr=["Tanners Row", "Brindlecombe", "BQ4 5RJ"],
        phone="01632 960 287", domain="brindlecombe-ch.nhs.uk",
        sender="Brindlecombe Community Health <bch.clinicalcorrespondence@nhs.net>",
        mailer="Community EPR Letters 9"),
    # An independent provider holding NHS contracts for community MSK, orthotics and nail surgery.
    "fel": dict(
        name=FEL, site="Fellgate Therapy Centre", addr=["Unit 4, Saddlers Yard", "Fellgate", "FQ2 8TA"],
        phone="0191 498 0644", domain="fellgatetherapy.example.co.uk",
        sender="Fellgate Therapy (NHS Services) <nhs.admin@fellgatetherapy.example.co.uk>",
        mailer="TheraNotes Clinic Manager 11"),
}
COVERS = {
    "ott": "{trust}\n{dept}\n\nPlease find attached a {doctype} (reference {ref}) for a patient registered with "
           "your practice.\n\nThis is an automated mailbox and replies are not read. Please contact the "
           "department on the telephone number printed in the letter.\n",
    "kes": "KAVH eLetters\n\nDocument type: {doctype}\nDepartment: {dept}\nOrganisation: {trust}\nReference: {ref}"
           "\n\nThis e-mail and its attachment are confidential and intended for the addressee only.\n",
    "bri": "Dear Practice Team,\n\nPlease see the attached {doctype} from the {dept} ({trust}).\nOur reference: "
           "{ref}\n\nKind regards\nClinical Administration, {trust}\n",
    "fel": "{trust} - NHS services\n{dept}\n\nDear colleague,\n\nAttached: {doctype}, ref {ref}.\nThis service is "
           "provided under an NHS Standard Contract.\n\nFellgate Therapy NHS Admin Team\n",
}
PRACTICE = "Tollgate Wharf Medical Practice"
C = kit.Corpus("fortyfifth", "f45", f"{PRACTICE} <tollgatewharf.practice@nhs.net>", PROV, cover=COVERS,
               window=("2044-05-01", "2044-07-10"), utc_hours=1)
other = C.other
idl = kit.idline
letter = kit.inline_letters(C)
head = kit.letterheads(PROV)


HFN = "Heart Failure Specialist Nurse Service"
ANTICOAG = "Anticoagulation Clinic"
TVN = "Tissue Viability Service"
DSN = "Diabetes Centre - Specialist Nursing"
EPI = "Epilepsy Service"
RESP_WARD = "Respiratory Medicine - Ward 21"
CONT = "Bladder and Bowel (Continence) Service"
MSK = "Community MSK Physiotherapy (NHS)"
NUTR = "Gastroenterology - Ward 9 and Nutrition Support Team"
POD = "Podiatry Service"
COLO = "Colorectal Surgery - Ward 14"
PD = "Movement Disorders Service"
PR = "Pulmonary Rehabilitation Service"
AMU = "Acute Medicine - Ward 6"
ORTHOTICS = "Orthotics Service (NHS)"
SLT = "Speech and Language Therapy"
BRONCH = "Respiratory Medicine - Bronchiectasis Service"
CHF = "Community Heart Failure Service"
HAND = "Hand Therapy (Occupational Therapy)"
DIET = "Community Nutrition and Dietetics"
PUMP = "Diabetes Centre - Insulin Pump Service"
NAIL = "Podiatry - Nail Surgery (NHS)"
STROKE = "Stroke Unit - Ward 3"
OXY = "Community Respiratory Team - Home Oxygen Service"
COOP = "Care of Older People - Ward 11"
IBD = "Gastroenterology - IBD Nurse Service"

# ====================================================================== letters

# A01 HF nurse titration visit: bisoprolol stepped up; the U&Es the nurse needs for her next step are passed to
# the practice, beside a green repeat update and the patient's own weight instructions.
pt = P("Maureen Aspinall", "451003", "1949-02-11")
letter(key="a01", prov="ott", dept=HFN, kind="clinic_letter", specialty="Cardiology",
       clinician="Ms Bronwen Tegwyn", patient=pt, ev="2044-05-03", ld="2044-05-04", sent="2044-05-05 10:14",
       fmt="html", opts={"alt": True, "label_col": True},
       subject="HF nurse titration clinic - ASPINALL Maureen", body=f"""
# Heart Failure Nurse Titration Clinic
| Patient | {pt['name']} |
| Date of birth | {dmy(pt['dob'])} |
| NHS number | {spaced(pt['nhs_number'])} |
| Clinic date | 03/05/2044 |
| Seen by | Bronwen Tegwyn, Heart Failure Specialist Nurse (Non-Medical Prescriber) |

Dear Dr Halvorsen

Diagnosis: HFrEF (LVEF 30% on echo 14/02/2044), ischaemic cardiomyopathy, NYHA II.
Third titration visit today. Maureen is less breathless and can walk to the shops without stopping. Weight 71.2 kg (dry weight about 71 kg). BP 118/70 sitting, 114/68 standing, HR 68 SR. Ankles dry.
Bloods taken in our clinic on 19/04/2044: Na 138, K 4.6, creat 96, eGFR 51.

# Medication changes today
- Bisoprolol increased from 3.75 mg to 5 mg OD; I have given her 2 weeks of the new dose from clinic.
- Ramipril 5 mg BD: unchanged this visit; we plan to switch to sacubitril/valsartan once she is on a target beta-blocker dose, after discussion with Dr Okafor-Lund.
- Dapagliflozin 10 mg OD: continue.
- Furosemide 40 mg OM: continue.

# Actions for GP
- Please update her repeat prescription to bisoprolol 5 mg once daily.
- [[tests_for_hospital: Could you please arrange U&Es for her in 10-14 days and send the result through to the HF nurse team so that we can decide on the next titration step]].

# Information for the patient
Maureen knows to weigh herself every morning and to ring the HF nurse line on 0114 496 0377 if her weight goes up by 2 kg over 3 days or her ankles swell.

Next titration appointment: 24/05/2044, HF nurse clinic, Ottermere Royal Infirmary.

Bronwen Tegwyn
Heart Failure Specialist Nurse
cc: Mrs M Aspinall
""", notes="Renal monitoring the HF nurse needs to decide her own next titration step (initial monitoring of a dose "
             "she has just changed) passed to the practice: tests_for_hospital. Updating a green repeat and the "
             "patient's weight advice are decoys. Sent two days after the clinic.")

# A02 anticoagulation clinic: INR 8.4 after the practice prescribed clarithromycin; the clinic has done the
# anticoagulation work itself and asks a GP to review the GP's own antibiotic today: urgent, no bounce.
pt = P("Dennis Hurlstone", "451010", "1941-06-30")
letter(key="a02", prov="kes", dept=ANTICOAG, kind="results", specialty="Haematology (Anticoagulation)",
       clinician="Mr Gareth Pennock", patient=pt, ev=None, ld="2044-05-09", sent="2044-05-09 12:40", fmt="plain",
       urgent=True, opts={"from": "Gareth Pennock <gareth.pennock@nhs.net>"},
       subject="URGENT - INR 8.4 - clarithromycin interaction - HURLSTONE Dennis", body=f"""
{head("kes", ANTICOAG)}

URGENT - PLEASE PASS TO THE DUTY DOCTOR TODAY

{idl(pt)}
Date of test: 09/05/2044, point-of-care INR in the anticoagulation clinic
INR 8.4 (target 2.5, range 2.0-3.0); previous INR 2.7 on 25/04/2044
Indication: atrial fibrillation (CHA2DS2-VASc 5), on warfarin since 2037

Dear Dr Maddock-Reyes,

Mr Hurlstone came to clinic this morning and his INR was 8.4. He has no bleeding apart from some gum oozing when he brushes his teeth. He tells us the surgery started him on clarithromycin 500 mg BD on Friday 06/05/2044 for a chest infection, which will almost certainly have potentiated his warfarin.

What we have done:
- Warfarin withheld for 2 days; oral vitamin K (phytomenadione) 2 mg given in clinic at 11:20 as per the trust protocol.
- Repeat INR booked in our clinic on Wednesday 11/05/2044; we will re-dose him from that result.
- Bleeding advice given; he knows to go straight to ED for bleeding that will not stop, black stools or any head injury.

Could a GP please review the antibiotic today? Clarithromycin interacts significantly with warfarin; if he still needs treatment, doxycycline or amoxicillin would be preferable from our point of view (no penicillin allergy is recorded on our system).

Gareth Pennock
Lead Anticoagulation Nurse Specialist
Kestlewood General Hospital
Clinic line 0161 496 0823 (08:30-16:30)
""", notes="Hard negative for the bounce categories but urgent: a dangerous warfarin-clarithromycin interaction with "
             "INR 8.4. The clinic withheld warfarin, gave vitamin K and booked its own repeat INR; the only request "
             "is for the GP to review the GP's own prescription, which is ordinary GP work.")

# A03 tissue viability home visit: wound swab taken by the TVN handed to the GP to chase and act on; dressings
# ordered by district nurses off the formulary; sent eight days after the visit.
pt = P("Albert Fenwright", "451027", "1937-08-30")
letter(key="a03", prov="bri", dept=TVN, kind="clinic_letter", specialty="Tissue Viability",
       clinician="Mrs Lorna Quigg", patient=pt, ev="2044-05-04", ld="2044-05-11", sent="2044-05-12 09:30",
       fmt="docx", late="Date of visit: 04/05/2044", subject="Tissue viability assessment", body=f"""
# TISSUE VIABILITY ASSESSMENT
{idl(pt)}
Date of visit: 04/05/2044
Place: patient's home, joint visit with Kate Ormsby (district nurse)
Referred by: Brindlecombe North District Nursing Team

Dear Dr Strachan

Thank you for asking us, through the district nurses, to see Mr Fenwright's left lower leg ulcer, present since February 2044.

# Assessment
Left gaiter ulcer 6.2 x 4.0 cm, sloughy base, moderate to high exudate, malodour, 1 cm of surrounding erythema. ABPI 0.92 left and 0.95 right (done today). Pain 6/10 at dressing changes, otherwise 3/10.

# Plan
- Compression: start reduced (two-layer) compression; the district nurses will apply it three times a week.
- Dressings: as in the table below; the district nursing team orders these from the community dressings formulary, so no prescription is needed.
- I took a wound swab today; [[results_chasing: please could you chase the result and prescribe an antibiotic if it grows anything significant]].
- Leg ulcer clinic: he is on our list for a Doppler review in 12 weeks and we will send him the appointment.

| Product | Frequency |
| Silver alginate (primary) | 3 times weekly |
| Superabsorbent pad (secondary) | 3 times weekly |
| Two-layer reduced compression kit | 3 times weekly |

# Information for Mr Fenwright and his family
If the redness spreads up the leg or he becomes feverish, please ask the district nurses to visit or call the surgery or NHS 111 the same day.

Lorna Quigg
Tissue Viability Nurse Specialist
""", notes="The TVN's own wound swab handed to the GP to chase and act on: results_chasing. Compression by district "
             "nurses, formulary dressings needing no prescription and the Doppler review booked by the service are "
             "decoys; the safety-netting is conditional. Visit 04/05, sent 12/05: eight days, late.")

# A04 DSN clinic starting CGM: sensors are green on the local formulary, so adding them to the repeat is
# ordinary GP work; the DSN reviews the data and books the HbA1c herself.  Sent exactly seven days later.
pt = P("Keeley Marchbank", "451034", "1996-04-19")
letter(key="a04", prov="ott", dept=DSN, kind="clinic_letter", specialty="Diabetes",
       clinician="Mr Tomasz Wierzbowski", patient=pt, ev="2044-05-06", ld="2044-05-12", sent="2044-05-13 16:50",
       fmt="pdf", subject="Diabetes specialist nurse clinic letter - MARCHBANK", body=f"""
# DIABETES SPECIALIST NURSE CLINIC
{idl(pt)}
Clinic date: 06/05/2044
Type 1 diabetes (diagnosed 2009). HbA1c 71 mmol/mol in clinic today (74 in January).

Dear Dr Halvorsen

I saw Keeley today to start continuous glucose monitoring. She has been fingerprick testing 8-10 times a day and has needed help from her partner with two hypos since Christmas.

# What we did today
- FreeStyle Libre 3 sensor applied in clinic and linked to her phone and to our clinic portal; she has two spare sensors to last until her prescription is in place.
- Breakfast carbohydrate ratio changed to 1 unit : 8 g (was 1 unit : 10 g); other ratios unchanged.
- Tresiba reduced from 20 to 18 units at night because of overnight lows.

# Medications and medical devices
- FreeStyle Libre 3 sensors, 2 per 28 days: green on the Ottermere and District formulary for type 1 diabetes, so please add them to her repeat prescription.
- Blood glucose test strips: please reduce to 50 a month, for checks when the sensor reading does not match her symptoms.
- Tresiba: new dose 18 units at night (no change to the quantity prescribed).

# Follow-up
We will review her glucose data remotely at 2 and 6 weeks, and I will ring her on 20/05/2044. Next DSN clinic 05/08/2044 (booked); we will take her HbA1c at that visit.

No other action is needed from the practice.

Tomasz Wierzbowski
Diabetes Specialist Nurse
cc: Ms K Marchbank
""", notes="Hard negative: the only requests are ordinary GP prescribing (a green CGM product added to the repeat, "
             "fewer strips); the DSN reviews the data, books follow-up and does the HbA1c herself. Clinic 06/05, "
             "sent 13/05: exactly seven days, on time.")

# A05 epilepsy nurse: lacosamide (specialist initiation) to be started and titrated by the GP; the patient sent to
# the GP for queries about the clinic's plan and its appointments.
pt = P("Jordan Kilbride", "451041", "2001-11-02")
letter(key="a05", prov="kes", dept=EPI, kind="clinic_letter", specialty="Neurology",
       clinician="Ms Rhiannon Ebbrell", patient=pt, ev="2044-05-09", ld="2044-05-11", sent="2044-05-12 14:25",
       fmt="plain", subject="Epilepsy nurse clinic - KILBRIDE Jordan", body=f"""
{head("kes", EPI)}

Clinic date: 09/05/2044 (nurse-led epilepsy clinic)
Consultant: Dr Hamish Coldridge
{idl(pt)}

Dear Dr Strachan,

I reviewed Jordan today in the nurse-led clinic. Since he last saw Dr Coldridge he has had three focal impaired awareness seizures, the last on 27/04/2044, despite good adherence to lamotrigine 200 mg BD (levels therapeutic in March). He works in a warehouse and is not driving; he informed the DVLA in 2043.

I discussed him with Dr Coldridge after clinic and we agreed to add lacosamide.

Plan:
1. Lamotrigine 200 mg BD (Lamictal; category 2, so please keep him on the same brand) - continue.
2. [[hospital_only_prescribing: We would be grateful if you could start lacosamide 50 mg twice daily, increasing to 100 mg twice daily after one week, with the prescriptions issued from the surgery]].
3. Seizure diary - Jordan will keep this and e-mail it to me in 4 weeks.
4. Rescue medication is not needed (no clusters).
5. Review in the epilepsy nurse clinic in 3 months.

For Jordan: lacosamide can make you feel dizzy or unsteady at first, which usually settles. [[patient_redirected_to_gp: If you have any questions about today's plan, or need to change your next appointment with us, please contact your GP surgery]].

Yours sincerely

Rhiannon Ebbrell
Epilepsy Nurse Specialist, on behalf of Dr H Coldridge, Consultant Neurologist
cc: Mr J Kilbride
""", notes="Starting and titrating a newly added specialist anti-seizure medicine (specialist initiation, not yet "
             "stabilised) passed to the GP: hospital_only_prescribing. The patient sent to the GP with questions "
             "about the service's own plan and appointments: patient_redirected_to_gp. Continuing lamotrigine on "
             "the same brand is a decoy.")

# A06 respiratory ward discharge with respiratory nurse review: everything done by the trust; the only request is
# an inhaler switch on the repeat list.  Sent 20.5 h after discharge.
pt = P("Clifford Dunmore", "451058", "1952-06-23")
letter(key="a06", prov="ott", dept=RESP_WARD, kind="discharge_summary", specialty="Respiratory Medicine",
       clinician="Dr Sunniva Haldane", patient=pt, ev="2044-05-10", ev_time="14:30", ld="2044-05-11",
       sent="2044-05-11 11:00", fmt="html", opts={"label_col": True},
       subject="Discharge summary - Respiratory - DUNMORE C", body=f"""
# Discharge Summary - Respiratory Medicine
| Patient | {pt['name']} |
| DOB | {dmy(pt['dob'])} |
| NHS No | {spaced(pt['nhs_number'])} |
| Admitted | 05/05/2044 via ED |
| Discharged | 10/05/2044 14:30 |
| Consultant | Dr P Eastwood-Nair |
| Completed by | Dr Sunniva Haldane (ST5) with the Respiratory Nurse Specialist team |

Diagnosis: infective exacerbation of COPD (FEV1 38% predicted in 2042); type 1 respiratory failure, resolved.

# Treatment
Nebulised bronchodilators; prednisolone 30 mg for 5 days (course completed on the ward on 10/05/2044); doxycycline for 5 days (completed).
CXR 05/05/2044: hyperinflation, no consolidation.

# Respiratory nurse specialist review (09/05/2044)
- Inhaler technique poor with the Ellipta device; switched to Trimbow 87/5/9 MDI with a spacer, 2 puffs BD. One inhaler and a spacer supplied; please change his repeat from Trelegy to Trimbow.
- Home oxygen: ambulatory oxygen assessment on the ward on 09/05/2044; he does not qualify, so no oxygen has been ordered.
- Pulmonary rehabilitation: he was referred last year but did not complete the course; we have re-referred him today to the Brindlecombe programme.
- Rescue pack supplied with a written COPD self-management plan.

# Medication on discharge
| Trimbow 87/5/9 2 puffs BD | NEW - 1 inhaler and spacer supplied |
| Salbutamol 100 micrograms MDI PRN | continue |
| Carbocisteine 750 mg TDS | continue - 28 days supplied |
| Trelegy Ellipta | STOPPED |
| Amoxicillin and prednisolone rescue pack | supplied |

# Follow-up
Respiratory nurse telephone review on 17/05/2044 (booked). COPD clinic in 3 months (we will send the date).
No GP actions other than updating the repeat list.
""", notes="Hard negative: the trust supplied the new inhaler, did the oxygen assessment, re-referred to pulmonary "
             "rehab itself and booked follow-up; changing a green inhaler on the repeat is GP work; 'referred last "
             "year' is history. Discharged 14:30 on 10/05, sent 11:00 on 11/05: 20.5 h, on time.")

# A07 continence service: referral returned for a bladder diary, urinalysis, bladder scan and an antimuscarinic
# trial before the service will assess.
pt = P("Sheila Cartmell", "451065", "1958-09-14")
letter(key="a07", prov="bri", dept=CONT, kind="referral_response", specialty="Continence",
       clinician="Mrs Philippa Rudd", patient=pt, ev=None, ld="2044-05-10", sent="2044-05-10 15:20", fmt="docx",
       subject="Referral outcome - Bladder and Bowel Service", body=f"""
# REFERRAL OUTCOME - NOT ACCEPTED AT THIS STAGE
{idl(pt)}
Referral received: 03/05/2044 from Dr Maddock-Reyes (urinary urgency and urge incontinence)
Triaged: 10/05/2044

Dear Dr Maddock-Reyes

Thank you for referring Mrs Cartmell. I triaged the referral today and unfortunately we cannot accept it yet.

[[referral_returned_for_workup: Before we can offer an assessment we need the practice to complete a 3-day bladder diary, a urine dipstick (with MSU if positive), a post-void residual bladder scan and a 6-week trial of a bladder antimuscarinic]].

Once these are done, please send a new referral with the results and the completed diary attached.

In the meantime Mrs Cartmell may find our bladder health leaflet helpful (on the trust website), and she can refer herself to the pelvic health physiotherapy team for pelvic floor muscle training.

Philippa Rudd
Continence Nurse Specialist, for the Bladder and Bowel Service
""", notes="Referral rejected until the practice completes diary, urinalysis, bladder scan and a drug trial: "
             "referral_returned_for_workup. The self-referral advice to the patient is a decoy.")

# A08 independent MSK physiotherapy: progressive L5 weakness; spinal opinion left to the GP to refer; cauda
# equina safety-netting and own follow-up are decoys.
pt = P("Darren Lowther", "451072", "1979-03-07")
letter(key="a08", prov="fel", dept=MSK, kind="clinic_letter", specialty="MSK Physiotherapy",
       clinician="Mr Callum Revie-Dunn", patient=pt, ev="2044-05-11", ld="2044-05-12", sent="2044-05-13 11:05",
       fmt="pdf", subject="Physiotherapy assessment - LOWTHER D", body=f"""
# PHYSIOTHERAPY ASSESSMENT
{idl(pt)}
Seen: 11/05/2044, Fellgate Therapy Centre (NHS community MSK contract)

Dear Dr Halvorsen

Thank you for referring Darren with low back pain radiating into his right leg for 10 weeks.

# Findings
Right L5 dermatomal pain to the dorsum of the foot, 7/10. Straight leg raise positive at 35 degrees on the right. Power: EHL 3/5 and ankle dorsiflexion 4/5 on the right (you recorded 5/5 on 14/03/2044, so this is new). Reflexes symmetrical. No saddle anaesthesia; bladder and bowel function normal.

# Impression
Right L5 radiculopathy with a progressive motor deficit.

# Plan
- With new and progressive weakness he needs a spinal surgical opinion and imaging sooner than our pathway can offer.
- [[onward_referral: I would be grateful if you could refer him to the spinal surgical team at Kestlewood General Hospital for an opinion and MRI]].
- Cauda equina advice given verbally and in writing: if he develops saddle numbness or any change in bladder or bowel function he knows to go straight to the Emergency Department.
- Home exercise programme given; I will see him again in 3 weeks.
- Analgesia: co-codamol 30/500 as prescribed by you; no change suggested.

Callum Revie-Dunn
Advanced Practice Physiotherapist
""", notes="Onward referral for the same problem, which the provider could make itself, left to the GP: "
             "onward_referral. Cauda equina safety-netting (conditional, to ED) and the service's own follow-up are "
             "decoys.")

# A09 PEG insertion: refeeding bloods and PEG aftercare (advance and rotate) handed to the practice; feed supply
# arranged by the trust's home enteral service.  Sent 24 h 45 min after discharge.
pt = P("Reginald Ashworth", "451089", "1945-12-01")
letter(key="a09", prov="ott", dept=NUTR, kind="discharge_summary", specialty="Gastroenterology",
       clinician="Dr Aoife Brennan-Hale", patient=pt, ev="2044-05-12", ev_time="16:45", ld="2044-05-13",
       sent="2044-05-13 17:30", fmt="pdf", late="Date of discharge: 12/05/2044 16:45",
       subject="Discharge summary - PEG insertion - ASHWORTH R", body=f"""
# DISCHARGE SUMMARY
{idl(pt)}
Admitted: 10/05/2044 (elective, for PEG insertion)
Date of discharge: 12/05/2044 16:45
Procedure: PEG insertion on 11/05/2044 (Dr A Brennan-Hale), 15 Fr tube, external fixator at 3 cm

# Background
Left MCA stroke in February 2044 with persistent dysphagia; nasogastric feeding since then. SLT advice: nil by mouth apart from tasters.

# Nutrition plan (Dietitian: Hollie Sandbach)
- Feed: 1000 ml of a 1.5 kcal/ml feed daily by pump at 100 ml/hour overnight, plus 1500 ml of water flushes a day.
- The home enteral feeding company delivers the feed, giving sets and syringes; the first delivery reached his home on 12/05/2044, and ongoing orders are managed by our home enteral nutrition dietitians.
- The community dietitian will visit within 2 weeks.

# Actions for GP
- [[tests_for_hospital: Please check U&E, magnesium and phosphate one week after discharge as he remains at some risk of refeeding syndrome]].
- [[post_procedure_care: Please ask the practice nurse to check the PEG site and to start advancing and rotating the tube from day 14 after insertion]].
- His other medicines continue as listed; liquid formulations for the PEG have been supplied for 14 days.

# Information for the patient and family
His wife has been trained in feeding and PEG care. Nutrition nurse helpline: 0114 496 0390 (Monday to Friday).

Dr A Brennan-Hale
Consultant Gastroenterologist
""", notes="Monitoring bloods for a feed the trust has just started (refeeding risk) passed to the practice: "
             "tests_for_hospital; PEG site check and advance-and-rotate after the trust's procedure handed to the "
             "practice nurse: post_procedure_care. Feed supply by the trust's home enteral service and 14 days of "
             "liquid medicines are decoys. Discharged 16:45 on 12/05, sent 17:30 on 13/05: 24 h 45 min, late.")

# A10 community podiatry: discharged after one missed new-patient appointment; the practice asked for a new
# referral.
pt = P("Gloria Pemberton-Shaw", "451096", "1955-03-18")
letter(key="a10", prov="bri", dept=POD, kind="clinic_letter", specialty="Podiatry", clinician="Mr Nathaniel Orme",
       patient=pt, ev="2044-05-13", ld="2044-05-16", sent="2044-05-16 10:05", fmt="plain",
       subject="Podiatry - did not attend - PEMBERTON-SHAW G", body=f"""
{head("bri", POD)}

Our ref: POD/NP/44/0781

Dear Dr Strachan

{idl(pt)}
Missed appointment: 13/05/2044 at 14:10, Brindlecombe Health Centre

Mrs Pemberton-Shaw was referred to us on 21/03/2044 with painful plantar callus and a thickened right hallux nail, and was offered a new patient appointment on 13/05/2044. She did not attend and did not contact us beforehand.

[[dna_rereferral: In line with our access policy she has now been discharged from the podiatry service, and a new referral from the practice will be needed if she still requires treatment]].

We have written to Mrs Pemberton-Shaw to let her know.

Yours sincerely

Nathaniel Orme
Clinical Lead Podiatrist
""", notes="Discharged after a single missed first appointment, with a new referral from the practice required: "
             "dna_rereferral. event_date is the missed appointment.")

# A11 Hartmann's procedure: clip removal and a six-week fit note passed to the practice; stoma supplies through a
# dispensing appliance contractor (ordinary GP prescribing), enoxaparin by district nurses, stoma nurse visit.
pt = P("Trevor Makepeace", "451102", "1968-07-15")
letter(key="a11", prov="ott", dept=COLO, kind="discharge_summary", specialty="General Surgery",
       clinician="Mr Ifeanyi Castleford", patient=pt, ev="2044-05-16", ev_time="11:20", ld="2044-05-16",
       sent="2044-05-16 17:05", fmt="docx", subject="Discharge summary - Colorectal Surgery", body=f"""
# DISCHARGE SUMMARY - COLORECTAL SURGERY
{idl(pt)}
Admission: 06/05/2044 (emergency)
Discharge: 16/05/2044 at 11:20
Operation: 07/05/2044, laparotomy and Hartmann's procedure for perforated sigmoid diverticulitis (Mr I Castleford)

# Progress
Post-operative ileus, resolved. Colostomy working; midline wound healing with clips in situ. Eating and drinking normally.

# Stoma care (Stoma Care Nurse Specialist: Jenna Tolland)
- End colostomy, closed one-piece bags, 35 mm cut-to-fit. Trevor changes his bag independently.
- Two weeks of stoma supplies given on discharge. His chosen dispensing appliance contractor will contact the surgery for prescriptions; please add the items on the enclosed stoma product list to his repeat.
- The stoma nurse will visit him at home within 7 days (arranged).

# Medication
- Enoxaparin 40 mg SC OD to complete 28 days from surgery: supplied; district nurses referred to give the injections as he does not wish to self-inject.
- Paracetamol 1 g QDS PRN: 14 days supplied.

# Actions for GP
- [[post_procedure_care: Clips to be removed at the GP surgery on 19/05/2044 (day 12)]].
- [[fit_note: He works as a delivery driver and will need a fit note from you for 6 weeks from discharge]].
- Surgical clinic in 6 weeks (we will send the appointment); reversal will be discussed then.

Mr I Castleford
Consultant Colorectal Surgeon
""", notes="Clip removal after the trust's operation handed to the GP surgery: post_procedure_care; a fit note for "
             "the post-operative period asked of the GP: fit_note. Stoma appliances on repeat via a DAC (ordinary "
             "GP prescribing), enoxaparin supplied and given by district nurses, stoma nurse visit and clinic booked "
             "by the trust are decoys. Sent the same day.")

# A12 Parkinson's nurse: levodopa increased with supply from clinic; referrals to neuro physio and SLT made by the
# nurse; patient to ring the PD nurse helpline.  Hard negative.
pt = P("Leonard Ibbotson", "451119", "1947-01-29")
letter(key="a12", prov="kes", dept=PD, kind="clinic_letter", specialty="Neurology (Movement Disorders)",
       clinician="Mrs Dilys Okoye", patient=pt, ev="2044-05-16", ld="2044-05-18", sent="2044-05-19 09:40",
       fmt="html", opts={"alt": True}, subject="Parkinson's nurse review - IBBOTSON L", body=f"""
# Parkinson's Nurse Specialist Review
{idl(pt)}
Clinic date: 16/05/2044 (nurse-led clinic, Kestlewood General Hospital)

Dear Dr Maddock-Reyes

Leonard came with his wife Pat. His Parkinson's was diagnosed in 2038. He now has wearing off about 3 hours after each dose of co-careldopa, with freezing in doorways in the afternoons. No falls, no hallucinations, mild constipation. Lying BP 138/80, standing 126/74 at 3 minutes.

# Medication changes
- Co-careldopa 25/100: increased from 1 tablet four times a day to 1 tablet five times a day (07:00, 10:00, 13:00, 16:00, 19:00). I am a non-medical prescriber and supplied 2 weeks of the new dose in clinic.
- Please amend his repeat prescription to the new dose from 30/05/2044.
- Macrogol 1 sachet daily: continue.

# Referrals made today
- Community neurological physiotherapy for freezing and cueing strategies: referred directly by me.
- Speech and language therapy: his voice has become quieter, and I have referred him to the Kestlewood SLT outpatient team for assessment.

# Information for Leonard and Pat
If you have questions about the tablets, or notice new side effects such as seeing things that are not there, please ring the Parkinson's nurse helpline on 0161 496 0848 (Monday to Friday, 09:00-16:00).

# Follow-up
I will telephone Leonard in 6 weeks; review with Dr Ferrand-Hale in 6/12.

Dilys Okoye
Parkinson's Disease Nurse Specialist
""", notes="Hard negative: dose change supplied from clinic (updating a green repeat is GP work), referrals to "
             "physiotherapy and SLT made by the nurse herself, and the patient told to ring the nurse helpline, not "
             "the GP.")

# A13 pulmonary rehabilitation: referral returned until the practice does spirometry and an MRC grade, and an
# audit data sheet asked of every referring practice.  Sent by the clinical lead herself.
pt = P("Graham Stoddart", "451126", "1956-03-22")
letter(key="a13", prov="bri", dept=PR, kind="referral_response", specialty="Respiratory (Pulmonary Rehabilitation)",
       clinician="Ms Saoirse Mulrain", patient=pt, ev=None, ld="2044-05-19", sent="2044-05-19 13:15", fmt="plain",
       opts={"from": "Saoirse Mulrain <saoirse.mulrain@nhs.net>"},
       subject="PR referral - STODDART Graham - more information needed", body=f"""
Dear Dr Halvorsen,

Re: {idl(pt)}
Referral to Pulmonary Rehabilitation dated 05/05/2044

Thank you for this referral, which we discussed at our triage meeting this morning. Unfortunately we cannot accept it yet, as it does not include a confirmed diagnosis of COPD or a current breathlessness score.

[[referral_returned_for_workup: Please arrange post-bronchodilator spirometry and send it back to us with his MRC dyspnoea grade, and we will then triage him again]].

[[non_contractual_admin: We also need the practice to complete our programme's audit data collection sheet (GP section: comorbidities, smoking status and current inhalers) for every referral]]; the sheet is on the referrals page of our website.

We have written to Mr Stoddart to explain that his referral is on hold.

Kind regards

Saoirse Mulrain
Clinical Lead Physiotherapist, Pulmonary Rehabilitation Service
Brindlecombe Community Health NHS Trust
Tel: 01632 960 291
""", notes="Referral held until the practice performs spirometry and an MRC grade: referral_returned_for_workup; "
             "the service's own audit data sheet for the practice to complete: non_contractual_admin. Sent by the "
             "clinician from her own mailbox.")

# A14 new insulin after HHS: the DSN team titrates by phone and the trust supplied pens, needles and a meter;
# the only findings come from the date (sent 36.5 h after discharge).
pt = P("Precious Adeyemi-Clarke", "451133", "1971-10-08")
letter(key="a14", prov="ott", dept=AMU, kind="discharge_summary", specialty="Acute Medicine",
       clinician="Dr Marcus Feeney", patient=pt, ev="2044-05-18", ev_time="19:40", ld="2044-05-19",
       sent="2044-05-20 08:10", fmt="plain", late="Discharged: 18/05/2044 19:40",
       subject="Discharge Summary - Ward 6 - ADEYEMI-CLARKE P", body=f"""
{head("ott", AMU)}

DISCHARGE SUMMARY
{idl(pt)}
Admitted: 15/05/2044 via ED
Discharged: 18/05/2044 19:40
Consultant: Dr R Achebe-Moss
Completed by: Dr Marcus Feeney (FY1), with the Inpatient Diabetes Team (Helen Garside, DSN)

Diagnosis: hyperosmolar hyperglycaemic state precipitated by a UTI, in type 2 diabetes (since 2039) poorly controlled on metformin and gliclazide (HbA1c 118 mmol/mol).

Course: IV fluids and a fixed-rate insulin infusion as per protocol; nitrofurantoin for 3 days (completed). Converted to subcutaneous insulin on 17/05/2044.

Medication changes:
- NEW: Humulin I KwikPen 18 units twice daily (08:00 and 18:00).
- STOPPED: gliclazide 80 mg BD.
- Metformin 1 g BD: continue.

Supplied on discharge: Humulin I KwikPen x 5 (one box), pen needles x 100, blood glucose meter with 50 strips, sharps bin.

Diabetes specialist nurse follow-up: the DSN team will phone her every 2-3 days for the first 2 weeks to titrate the insulin (first call 20/05/2044), then see her in the DSN clinic in 4 weeks.

GP: please add Humulin I KwikPen, pen needles and blood glucose strips to her repeat prescription.

Education: insulin technique, hypo treatment and sick day rules taught by the DSN on 17/05 and 18/05. She does not drive.
""", notes="No wording findings: insulin, needles and meter supplied, titration by the trust's DSNs by phone; adding "
             "them to the repeat is ordinary GP prescribing. Discharged 19:40 on 18/05, sent 08:10 on 20/05: "
             "36.5 h, late_discharge_summary.")

# A15 orthotics (independent provider): bespoke footwear cast; the patient told to chase the provider's own
# fitting appointment through the GP.
pt = P("Beatrice Holloway", "451140", "1961-05-30")
letter(key="a15", prov="fel", dept=ORTHOTICS, kind="clinic_letter", specialty="Orthotics",
       clinician="Mr Owain Pritchard-Lowe", patient=pt, ev="2044-05-20", ld="2044-05-20", sent="2044-05-23 11:30",
       fmt="html", subject="Orthotic assessment - HOLLOWAY Beatrice", body=f"""
# Orthotic Assessment
{idl(pt)}
Date seen: 20/05/2044, Fellgate Therapy Centre

Dear Dr Strachan

Mrs Holloway was referred by the Kestlewood rheumatology team for footwear. She has rheumatoid arthritis with bilateral hallux valgus, dorsally displaced lesser toes and painful callus under the 2nd and 3rd metatarsal heads.

# Outcome
- Casts and measurements taken today for one pair of made-to-measure shoes with total-contact insoles.
- Manufacture usually takes 8 to 10 weeks; we will write to her with a fitting appointment here at Fellgate.
- Interim: prefabricated cushioned insoles issued today.

# Information for Mrs Holloway
- [[patient_redirected_to_gp: If you have not heard from us about a fitting appointment within 12 weeks, please contact your GP surgery so that they can chase the footwear for you]].
- Repairs: use the repair card enclosed with your shoes and post it to us.

Owain Pritchard-Lowe
Senior Orthotist
cc: Mrs B Holloway; Rheumatology, Kestlewood General Hospital
""", notes="The patient told to go through her GP to chase the provider's own fitting appointment: "
             "patient_redirected_to_gp. Interim insoles issued and the provider's own repair route are decoys.")

# A16 SLT dysphagia clinic: oesophageal dysphagia with weight loss; the SLT asks the GP to make the suspected
# cancer referral rather than refer on herself.  Urgent.
pt = P("Harold Brightwell", "451157", "1950-09-09")
letter(key="a16", prov="kes", dept=SLT, kind="clinic_letter", specialty="Speech and Language Therapy",
       clinician="Miss Tamsin Yeardley", patient=pt, ev="2044-05-23", ld="2044-05-23", sent="2044-05-24 08:50",
       fmt="pdf", urgent=True, subject="SLT dysphagia assessment - BRIGHTWELL H - please read today", body=f"""
# SPEECH AND LANGUAGE THERAPY - DYSPHAGIA ASSESSMENT
{idl(pt)}
Assessment date: 23/05/2044, Adult Dysphagia Clinic
Referred by: Dr Maddock-Reyes (query oropharyngeal dysphagia)

Dear Dr Maddock-Reyes

Mr Brightwell describes food sticking behind his lower breastbone for about 10 weeks, now with soft foods such as bread and chicken as well. He has lost about 7 kg since February (64.3 kg today). He does not cough or choke on drinks.

# Findings
Oro-motor examination normal. Bedside swallow: thin fluids and puree swallowed safely; with solids he points to the lower sternum and regurgitates after two or three mouthfuls. This is not an oropharyngeal pattern, and the history suggests an oesophageal cause.

# Recommendations
- [[onward_referral: Please make an urgent suspected cancer referral for upper GI endoscopy, as his progressive dysphagia with weight loss meets the NG12 criteria]].
- Diet: soft and bite-sized (IDDSI Level 6) until he has been investigated; written advice given.
- Dietetics: I have referred him to the Kestlewood outpatient dietitians for his weight loss.
- No further SLT input is needed at present, and I have discharged him from SLT.

Tamsin Yeardley
Highly Specialist Speech and Language Therapist
""", notes="Suspected-cancer step (progressive dysphagia with weight loss): urgent. The SLT asks the GP to make the "
             "onward referral for the immediate need instead of referring on: onward_referral. The dietetic "
             "referral made by the SLT herself is a decoy.")

# A18 bronchiectasis nurse clinic: azithromycin prophylaxis with ECG/LFT monitoring handed over with no shared-care
# agreement; the sputum culture sent today left to the GP.  Sent fourteen days after the clinic.
pt = P("Janet Colclough", "451164", "1963-02-17")
letter(key="a18", prov="kes", dept=BRONCH, kind="clinic_letter", specialty="Respiratory Medicine",
       clinician="Mrs Farida Munshi", patient=pt, ev="2044-05-13", ld="2044-05-26", sent="2044-05-27 10:00",
       fmt="docx", late="Clinic date: 13/05/2044", subject="Bronchiectasis nurse clinic letter", body=f"""
# BRONCHIECTASIS NURSE-LED CLINIC
{idl(pt)}
Clinic date: 13/05/2044
Consultant: Dr Lionel Varga-Pryce
Typed: 26/05/2044

Dear Dr Strachan

Mrs Colclough has idiopathic bronchiectasis (CT 2041) and has needed antibiotics for four exacerbations in the last 12 months. Her sputum has previously grown Haemophilus influenzae only.

At her consultant review in March 2044 Dr Varga-Pryce recommended long-term macrolide prophylaxis. Baseline ECG in clinic today: QTc 421 ms. LFTs normal (taken here today). No hearing concerns. Sputum for AFB culture on 14/03/2044 was negative.

# Plan
- Azithromycin 250 mg three times a week (Monday, Wednesday, Friday) started today; 4 weeks supplied from clinic.
- [[shared_care_without_agreement: From June we would like the practice to take over prescribing the azithromycin and to do the ECG and LFTs every 6 months while she remains on it]].
- Airway clearance reviewed with our physiotherapist today (oscillating PEP device).
- A sputum sample was sent for culture today; [[results_chasing: please look out for the result and treat according to sensitivities if anything is grown]].
- Review in the bronchiectasis clinic in 6 months.

Farida Munshi
Respiratory Clinical Nurse Specialist
""", notes="Prescribing and ECG/LFT monitoring of long-term azithromycin (amber, specialist-monitored) handed to the "
             "practice with no shared-care agreement offered: shared_care_without_agreement; the sputum culture the "
             "clinic sent left to the GP to follow up and act on: results_chasing. Clinic 13/05, typed 26/05, sent "
             "27/05: fourteen days, late.")

# A19 community HF nurse home visit: bloods taken and acted on by the nurse, referral to cardiac rehab made by
# her, no repeat changes.  Hard negative.
pt = P("Edna Vasquez-Reilly", "451171", "1940-04-04")
letter(key="a19", prov="bri", dept=CHF, kind="clinic_letter", specialty="Cardiology (Community Heart Failure)",
       clinician="Mr Kieran Dobbie", patient=pt, ev="2044-05-26", ld="2044-05-26", sent="2044-05-27 09:05",
       fmt="html", opts={"alt": True, "header": True}, subject="Community HF nurse visit - VASQUEZ-REILLY E", body=f"""
# Community Heart Failure Nurse - Home Visit
{idl(pt)}
Visit date: 26/05/2044

Dear Dr Halvorsen

Mrs Vasquez-Reilly was discharged from Ottermere Royal Infirmary on 12/05/2044 after decompensated HFrEF (EF 25%), and the ward referred her to us.

# Today
| Measure | Today | At discharge |
| Weight | 58.4 kg | 59.1 kg |
| BP | 104/62 | 112/66 |
| Heart rate | 72 | 80 |

Mild ankle oedema; chest clear. Mood low; she lives alone and her daughter visits daily.
I took U&Es at the visit and will review the result myself and ring Edna with any changes.

# Medication
- Furosemide 40 mg OM: continue.
- Bisoprolol 1.25 mg OD: not increased today because of her blood pressure; I will reassess in 2 weeks.
- Eplerenone 25 mg OD: continue.
No changes to the repeat prescription are needed.

# Other
- Low mood: I have given her the number for the Talking Therapies self-referral line.
- Cardiac rehabilitation: she declined it in 2041 but would now like to try the home-based programme, so I have referred her directly.
- Advance care planning: conversation started; I will continue it at the next visit.

Next visit: 09/06/2044. No action is needed from the practice.

Kieran Dobbie
Community Heart Failure Nurse Specialist
""", notes="Hard negative: the nurse takes and acts on the bloods herself, makes the cardiac rehab referral, gives "
             "self-referral details and says no action is needed from the practice.")

# A20 hand therapy after flexor tendon repair: sutures removed in clinic; fit note for the hospital's episode
# asked of the GP.
pt = P("Liam Trevelyan", "451188", "1990-08-21")
letter(key="a20", prov="ott", dept=HAND, kind="clinic_letter", specialty="Occupational Therapy (Hand Therapy)",
       clinician="Ms Carys Underhill", patient=pt, ev="2044-05-27", ld="2044-05-27", sent="2044-05-31 15:30",
       fmt="plain", subject="Hand therapy - TREVELYAN L", body=f"""
{head("ott", HAND)}

Clinic date: 27/05/2044
{idl(pt)}

Dear Dr Maddock-Reyes

Liam had a repair of FDP and FDS to his right index finger on 13/05/2044 (Mr S Garbutt, Plastic Surgery) after a knife injury at work, and is now two weeks post-op.

Today: wound healed; sutures removed in clinic today. Dorsal blocking thermoplastic splint adjusted. Early active motion protocol; he understands he must not grip or lift with the hand.

He is a joiner and cannot return to work until at least 10 weeks after surgery, and then only on lighter duties.

[[fit_note: Please could you issue him a fit note covering the next 8 weeks, as we are unable to provide one from this clinic]].

Hand therapy: weekly for 6 weeks, booked in our department. Plastic surgery review on 24/06/2044.

Carys Underhill
Clinical Specialist Occupational Therapist (Hand Therapy)
""", notes="A fit note for recovery from the trust's own surgery asked of the GP: fit_note. Sutures removed in the "
             "hand therapy clinic and therapy booked by the trust are decoys.")

# A21 community dietitian in a care home: food first, ONS recommended for the GP to prescribe (ACBS, ordinary
# GP prescribing), weights by the home, review by the dietitian.  Hard negative.
pt = P("Winifred Oakes", "451195", "1934-11-11")
letter(key="a21", prov="bri", dept=DIET, kind="clinic_letter", specialty="Nutrition and Dietetics",
       clinician="Miss Harriet Bellingham", patient=pt, ev="2044-05-31", ld="2044-06-02", sent="2044-06-03 12:20",
       fmt="pdf", subject="Dietetic assessment - OAKES W", body=f"""
# DIETETIC ASSESSMENT (CARE HOME)
{idl(pt)}
Date of visit: 31/05/2044, Larchmere Residential Home

Dear Dr Strachan

Mrs Oakes was referred by the care home with a MUST score of 3: weight 41.2 kg, BMI 16.8, 6% weight loss in 3 months. She has advanced dementia, eats small amounts and prefers sweet foods.

# Plan
- Food first: fortified diet and two nourishing snacks a day, agreed with the care home cook; the home has started a food record chart.
- Oral nutritional supplement: I recommend a compact milkshake-style supplement, 125 ml twice a day for 8 weeks; she meets the ACBS criteria for disease-related malnutrition, so if you agree please prescribe it.
- Weight: care home staff will weigh her weekly and record it.
- I will review her at the home in 6 weeks; no blood tests are needed for this plan.
- No swallowing difficulties reported, so an SLT referral is not needed.

Harriet Bellingham
Community Dietitian
cc: Manager, Larchmere Residential Home
""", notes="Hard negative: the only request is ordinary GP prescribing of an ACBS supplement on a dietitian's "
             "recommendation; weighing by the care home, review by the dietitian, no bloods needed, no SLT referral "
             "(negation).")

# A22 closed-loop pump clinic: pump consumables supplied on the hospital's contract; an ICB funding renewal form
# for the practice to complete.  Sent nine days after the clinic.
pt = P("Oliver Brackenbury", "451201", "1988-12-12")
letter(key="a22", prov="ott", dept=PUMP, kind="clinic_letter", specialty="Diabetes",
       clinician="Mrs Gemma Roscoe", patient=pt, ev="2044-06-01", ld="2044-06-09", sent="2044-06-10 11:45",
       fmt="docx", late="Clinic date: 01/06/2044", subject="Insulin pump clinic letter", body=f"""
# INSULIN PUMP CLINIC - ANNUAL REVIEW
{idl(pt)}
Clinic date: 01/06/2044
Seen by: Gemma Roscoe, Pump Specialist Nurse

Dear Dr Halvorsen

Oliver has used a tubed pump with hybrid closed loop since 2042. Time in range 68%, time below range 2%. HbA1c 56 mmol/mol (taken here today).

# Changes today
- Basal rate between 03:00 and 07:00 reduced by 10%.
- Active insulin time unchanged.

# Supplies
Pump consumables (cannulas, reservoirs) and CGM sensors continue to come from the manufacturer under the hospital's contract, so they do not need to be on his GP repeat. Insulin (rapid-acting analogue, vials): please continue on repeat.

# Funding renewal
The ICB asks for closed-loop funding to be re-approved every year. [[non_contractual_admin: Could the practice please complete Section B of the enclosed closed-loop funding renewal form (GP details, current medication and HbA1c history) and return it to the Diabetes Centre by 30/06/2044]]?

Next pump clinic in 12 months, with a DSN telephone check at 6 months.

Gemma Roscoe
Pump Specialist Nurse
""", notes="The hospital's own funding renewal paperwork sent for the practice to complete: non_contractual_admin. "
             "Consumables supplied under the hospital contract and continuing insulin on repeat are decoys. Clinic "
             "01/06, sent 10/06: nine days, late.")

# A23 podiatric nail surgery (independent provider): post-procedure dressing change and wound check passed to the
# practice nurse; own review at 6 weeks.
pt = P("Ryan Holcroft", "451218", "2004-02-26")
letter(key="a23", prov="fel", dept=NAIL, kind="clinic_letter", specialty="Podiatry", clinician="Mrs Annika Solheim",
       patient=pt, ev="2044-06-03", ld="2044-06-03", sent="2044-06-06 09:15", fmt="plain",
       subject="Nail surgery procedure note - HOLCROFT R", body=f"""
{head("fel", NAIL)}

NAIL SURGERY - PROCEDURE NOTE AND AFTERCARE
{idl(pt)}
Date of procedure: 03/06/2044

Procedure: partial nail avulsion, medial border of the left hallux, with phenol (3 x 30 seconds) under digital block (3 ml lidocaine 2% plain). Bleeding controlled; sterile dressing applied.
Indication: recurrent ingrowing toenail with three episodes of paronychia treated with antibiotics since 2043.

Aftercare:
Ryan has been given spare dressings, saline sachets and our aftercare leaflet.
[[post_procedure_care: We would ask the practice nurse to see him for a dressing change and wound check 48-72 hours after the procedure]], and again at 2 weeks if there is any discharge.
The podiatry clinic here will review him in 6 weeks to check the nail border.
If the toe becomes hot, swollen or increasingly painful, he should ring us on 0191 498 0650 (or NHS 111 out of hours).

Annika Solheim
Podiatrist (HCPC registered)
""", notes="Dressing change and wound check after the provider's own procedure handed to the practice nurse: "
             "post_procedure_care. Own 6-week review and safety-netting to the provider's own line are decoys.")

# A24 stroke unit discharge: wheelchair referral left to the GP; only 3 days of new clopidogrel; therapy and ESD
# arranged by the unit.  Sent 27.5 h after discharge.
pt = P("Agnes Threadgold", "451225", "1942-07-07")
letter(key="a24", prov="kes", dept=STROKE, kind="discharge_summary", specialty="Stroke Medicine",
       clinician="Dr Bartholomew Nnadi", patient=pt, ev="2044-06-05", ev_time="13:00", ld="2044-06-06",
       sent="2044-06-06 16:30", fmt="html", late="Date of discharge: 05/06/2044 at 13:00",
       subject="Stroke Unit discharge summary - THREADGOLD A", body=f"""
# Stroke Unit Discharge Summary
{idl(pt)}
Admitted: 24/05/2044
Date of discharge: 05/06/2044 at 13:00
Discharged to: home with a package of care (four calls a day)

Diagnosis: left partial anterior circulation ischaemic stroke on 24/05/2044 (not thrombolysed: outside the time window). Right arm weakness improving; mild expressive dysphasia.
Investigations: 24-hour ECG 30/05/2044 no AF; carotid Doppler 27/05/2044 under 50% stenosis bilaterally.

# Therapy (MDT)
- Physiotherapy: walking with a stick and supervision; the Early Supported Discharge team will continue therapy at home (first visit 06/06/2044).
- Occupational therapy: home visit done on 02/06/2044; perching stool and rails fitted.
- SLT: swallow normal (normal diet, thin fluids); therapy for her dysphasia will be provided by the ESD team.
- [[onward_referral: She will need a wheelchair for longer distances, so please refer her to the wheelchair service]].

# Medication
| Medicine | Status | Supply |
| Clopidogrel 75 mg OD | NEW | 3 days |
| Atorvastatin 80 mg ON | NEW | 28 days |
| Amlodipine 5 mg OD | continue | own supply |

[[hospital_only_prescribing: Only 3 days of clopidogrel could be supplied from ward stock, so the GP will need to prescribe it from 08/06/2044]].

# Follow-up
Stroke clinic in 6 weeks (booked; letter to follow).

Dr Bartholomew Nnadi, Stroke Specialty Registrar, for Dr E Lindgren-Moss, Consultant Stroke Physician
""", notes="An onward referral for an immediate need arising from the admission left to the GP: onward_referral; "
             "only 3 days of a new medicine on discharge with the remainder passed to the GP: "
             "hospital_only_prescribing. ESD, OT equipment and stroke clinic arranged by the trust are decoys. "
             "Discharged 13:00 on 05/06, sent 16:30 on 06/06: 27.5 h, late.")

# A25 HF nurse results: K+ 6.3 after the service's own spironolactone increase; the service stopped it but asks the
# practice to repeat the U&Es within 48 h.  Urgent.
pt = P("Ronald Skeffington", "451232", "1951-10-30")
letter(key="a25", prov="ott", dept=HFN, kind="results", specialty="Cardiology",
       clinician="Mr Joel Ashcroft-Baines", patient=pt, ev=None, ld="2044-06-07", sent="2044-06-07 14:05",
       fmt="plain", urgent=True, opts={"from": "Joel Ashcroft-Baines <joel.ashcroft-baines@nhs.net>"},
       subject="URGENT: potassium 6.3 - SKEFFINGTON Ronald - HF nurse team", body=f"""
Dear Dr Strachan and team,

{idl(pt)}

Bloods taken by our HF nurse at a home visit on 06/06/2044, reported today at 11:50:
K+ 6.3 mmol/L (5.1 on 23/05/2044), creatinine 168 umol/L (121), eGFR 34 (51), Na 134.

We increased his spironolactone from 25 mg to 50 mg OD on 23/05/2044 as part of his titration. I spoke to Ronald by phone at 12:30 today: he feels well, with no palpitations or weakness, and is eating and drinking normally.

What we have done: spironolactone stopped from today; furosemide reduced to 40 mg OM; advised to avoid salt substitutes and high-potassium foods. Dr Okafor-Lund (HF consultant) is aware.

[[tests_for_hospital: We would be grateful if the surgery could repeat his U&Es within 48 hours, ideally on Thursday 09/06/2044, and let us know the result]].
If his potassium is above 6.5 or he becomes unwell, he should go to the Emergency Department.

Joel Ashcroft-Baines
Heart Failure Specialist Nurse
Ottermere University Hospitals NHS Foundation Trust
Tel: 0114 496 0377
""", notes="Hyperkalaemia needing a repeat within days: urgent. The service's own titration caused it and it has "
             "acted, but the repeat U&Es it needs are passed to the practice: tests_for_hospital. The ED advice is "
             "conditional.")

# A26 home oxygen review: all done by the community respiratory team; supplier order updated by them; history of
# a referral last year.  Hard negative.
pt = P("Douglas Fairweather", "451249", "1944-05-25")
letter(key="a26", prov="bri", dept=OXY, kind="clinic_letter", specialty="Respiratory (Home Oxygen)",
       clinician="Mrs Nkechi Oduya", patient=pt, ev="2044-06-07", ld="2044-06-08", sent="2044-06-09 10:40",
       fmt="docx", subject="Home oxygen review", body=f"""
# HOME OXYGEN REVIEW
{idl(pt)}
Date of review: 07/06/2044 (home visit)

Dear Dr Maddock-Reyes

Mr Fairweather has COPD with chronic hypoxaemia and has used long-term oxygen at 2 l/min by concentrator (16 hours a day) since 2042. He completed pulmonary rehabilitation in 2043 and was referred to our breathlessness clinic last year, which he also completed.

# Assessment
SpO2 86% on air and 92% on 2 l/min. Capillary blood gas on 2 l/min: pO2 8.4 kPa, pCO2 6.1 kPa, pH 7.39, stable compared with 2043.
Smoke-free home confirmed; the home fire safety visit we requested took place on 01/06/2044.

# Outcome
- No change to his oxygen prescription, so no new HOOF is needed.
- Ambulatory oxygen: portable cylinders continue; we have updated the supplier's order for his increased cylinder use.
- Next annual review June 2045, with a telephone review at 6 months.

No action is needed from the practice; this letter is for your records.

Nkechi Oduya
Respiratory Nurse Specialist, Home Oxygen Service
""", notes="Hard negative: review, blood gas, supplier order and fire safety all done by the service; pulmonary "
             "rehab and the breathlessness clinic are history; 'no action is needed from the practice'.")

# A27 apomorphine infusion started: supplied by homecare on the trust's prescription; a shared-care agreement
# offered for the practice's agreement.  Sent exactly seven days after the start.  Hard negative.
pt = P("Stanley Oxendale", "451256", "1951-04-14")
letter(key="a27", prov="kes", dept=PD, kind="clinic_letter", specialty="Neurology (Movement Disorders)",
       clinician="Mrs Dilys Okoye", patient=pt, ev="2044-06-08", ld="2044-06-14", sent="2044-06-15 16:20",
       fmt="pdf", subject="Apomorphine infusion - start of treatment - OXENDALE S", body=f"""
# APOMORPHINE INFUSION - START OF TREATMENT
{idl(pt)}
Date started: 08/06/2044 (Neurology Day Unit)
Consultant: Dr Imelda Ferrand-Hale

Dear Dr Halvorsen

Stanley has advanced Parkinson's with motor fluctuations and about 5 hours of 'off' time a day despite optimised oral treatment. After our MDT discussion on 12/05/2044 he started a continuous subcutaneous apomorphine infusion on 08/06/2044, 4 mg an hour over 16 waking hours.
- ECG before and after starting domperidone: QTc 432 and 438 ms. Domperidone 10 mg TDS for 2 weeks then stop: supplied by us.
- Baseline FBC and Coombs test taken on the day unit on 08/06/2044.

# Supply and monitoring
For the first 3 months the apomorphine, pump and consumables are supplied by the homecare provider on our prescription, and the Parkinson's nurses will visit him weekly.
Our shared care agreement for apomorphine is enclosed for your consideration. If the practice is willing to take over prescribing after the stabilisation period, please sign and return Part 2; until we hear from you, prescribing and monitoring stay with us.
His other Parkinson's medicines (co-beneldopa and rasagiline) are unchanged; please continue them on repeat.

# Information for Stanley and his wife
For problems with the pump or skin nodules, ring the Parkinson's nurse helpline on 0161 496 0848 or the homecare nurse line on 0808 157 0421.

Dilys Okoye
Parkinson's Disease Nurse Specialist, for Dr I Ferrand-Hale
""", notes="Hard negative: a shared-care agreement offered for the practice's agreement with prescribing kept by the "
             "trust until then (the proper process); supply by homecare on the trust's prescription; baseline tests "
             "done by the trust; continuing established green medicines. Started 08/06, sent 15/06: exactly seven "
             "days, on time.")

# A28 SLT voice clinic: discharged after one missed first appointment; new referral required from the GP.
pt = P("Marcus Oyelowo", "451263", "1983-01-05")
letter(key="a28", prov="kes", dept="Speech and Language Therapy - Voice Clinic", kind="clinic_letter",
       specialty="Speech and Language Therapy", clinician="Mr Rhodri Glanville", patient=pt, ev="2044-06-10",
       ld="2044-06-13", sent="2044-06-13 12:10", fmt="html", opts={"alt": True},
       subject="Voice clinic - did not attend - OYELOWO M", body=f"""
# Voice Therapy - Non-attendance
{idl(pt)}
Appointment: 10/06/2044 at 09:30, SLT Voice Clinic
Referred by: ENT (Mr P Dasgupta-Wells) after nasendoscopy on 04/04/2044 showing muscle tension dysphonia

Dear Dr Strachan

Mr Oyelowo did not attend his first voice therapy appointment on 10/06/2044. We telephoned him on the day but could not reach him.

[[dna_rereferral: Under our department's access policy he has been discharged, so if he still wants voice therapy we will need a new referral from you]].

A copy of this letter has been sent to Mr Oyelowo and to the ENT team.

Rhodri Glanville
Specialist Speech and Language Therapist
""", notes="Discharged after one missed first appointment, new referral from the GP required: dna_rereferral.")

# A29 foot protection service DNA: high-risk patient not discharged; new appointment booked by the service.  Hard
# negative.
pt = P("Cyril Bamforth", "451270", "1948-06-19")
letter(key="a29", prov="bri", dept="Podiatry Service - Foot Protection", kind="clinic_letter", specialty="Podiatry",
       clinician="Mr Nathaniel Orme", patient=pt, ev="2044-06-13", ld="2044-06-14", sent="2044-06-14 09:50",
       fmt="plain", subject="Foot protection - missed appointment - BAMFORTH C", body=f"""
{head("bri", "Podiatry Service - Foot Protection")}

{idl(pt)}
Missed appointment: 13/06/2044 at 11:20, Brindlecombe Health Centre

Dear Dr Halvorsen

Mr Bamforth is under our foot protection service as a high-risk patient (previous ulcer of the right hallux in 2042, peripheral neuropathy, absent foot pulses). He did not attend his routine 8-weekly appointment yesterday.

Because he is high risk we have not discharged him. I spoke to his wife this morning; he had forgotten. A new appointment has been booked for 27/06/2044 at 10:00, and we will send a text reminder the day before.

No action is needed from the practice; we are letting you know in case he mentions any foot problems in the meantime.

Nathaniel Orme
Clinical Lead Podiatrist
""", notes="Hard negative: a missed appointment handled by the service itself (not discharged, rebooked, reminder "
             "sent); no action for the practice.")

# A31 care of older people discharge with ward pharmacist: 28 days of new medicines, DMS referral to community
# pharmacy, baseline bloods on the ward, referrals by the ward.  Sent 23 h 40 min after discharge.  Hard negative.
pt = P("Beryl Whitehouse", "451287", "1936-03-03")
letter(key="a31", prov="kes", dept=COOP, kind="discharge_summary", specialty="Geriatric Medicine",
       clinician="Dr Yasmin Castellano", patient=pt, ev="2044-06-17", ev_time="10:30", ld="2044-06-17",
       sent="2044-06-18 10:10", fmt="docx", subject="Discharge summary - Care of Older People", body=f"""
# DISCHARGE SUMMARY - CARE OF OLDER PEOPLE
{idl(pt)}
Admitted: 09/06/2044 after a fall at home
Discharged: 17/06/2044 at 10:30, to her own home
Consultant: Dr Yasmin Castellano

Diagnoses: mechanical fall without fracture; new atrial fibrillation; UTI (treated).

# Medicines reconciliation and changes (ward pharmacist: Gideon Tull)
| Medicine | Change | Supply |
| Edoxaban 30 mg OD | NEW (AF; CrCl 42 ml/min) | 28 days supplied |
| Bisoprolol 2.5 mg OD | NEW | 28 days supplied |
| Amitriptyline 10 mg ON | STOPPED (falls risk) | - |
| Cefalexin | course completed 14/06/2044 | - |
| Adcal-D3 one tablet BD | continue | own supply |

- A Discharge Medicines Service referral has been sent to her community pharmacy (Arle Road Pharmacy), who will support her with the new medicines in her compliance aid.
- Baseline U&E, FBC and LFTs for edoxaban were done on the ward on 16/06/2044.

# Therapy and follow-up
- Physiotherapy: referred by the ward to the community falls and therapy team.
- Occupational therapy: key safe and pendant alarm arranged before discharge.
- She was referred to the memory clinic in 2043 and discharged after assessment (no dementia).

# Information for the GP
Please continue edoxaban and bisoprolol on repeat once the 28-day supply runs out; renal function and FBC yearly as part of routine DOAC monitoring in primary care.
""", notes="Hard negative: 28 days of every new medicine supplied, DMS referral to community pharmacy, baseline "
             "bloods and therapy referrals done by the ward; continuing the supplied medicines and routine DOAC "
             "monitoring are GP work; the memory clinic referral is history. Discharged 10:30 on 17/06, sent 10:10 "
             "on 18/06: 23 h 40 min, on time.")

# A33 MSK physiotherapy discharge (independent provider): self-referral route back; no fit note needed.  Hard
# negative.
pt = P("Amira Haddad", "451294", "1985-09-27")
letter(key="a33", prov="fel", dept=MSK, kind="clinic_letter", specialty="MSK Physiotherapy",
       clinician="Ms Gwenllian Tallis", patient=pt, ev="2044-06-21", ld="2044-06-22", sent="2044-06-24 11:00",
       fmt="docx", subject="Physiotherapy discharge summary - HADDAD A", body=f"""
# PHYSIOTHERAPY DISCHARGE SUMMARY
{idl(pt)}
Date of final session: 21/06/2044
Condition: left lateral elbow tendinopathy
Sessions attended: 5 (first seen 29/03/2044)

Dear Dr Strachan

Amira has made good progress. Pain has fallen from 7/10 to 2/10 and pain-free grip is now 80% of the other side. She is managing her full duties as a hairdresser.

# Outcome
- Discharged with a home exercise programme (isometric then heavy slow resistance loading).
- If her symptoms return within 6 months she can refer herself back to us through our website or on 0191 498 0644; no GP referral is needed.
- A fit note was not needed: she stayed at work on adjusted duties throughout.

No action needed from the GP.

Gwenllian Tallis
Physiotherapist
""", notes="Hard negative: discharge after completed treatment with a self-referral route back to the provider; no "
             "fit note needed; no GP action.")

# A34 epilepsy nurse telephone review: breakthrough seizure; fit note already issued by the consultant; valproate
# PPP documented by the service; driving advice given.  Hard negative.
pt = P("Chloe Fairbrother", "451300", "1999-07-16")
letter(key="a34", prov="kes", dept=EPI, kind="clinic_letter", specialty="Neurology", clinician="Ms Rhiannon Ebbrell",
       patient=pt, ev="2044-06-22", ld="2044-06-22", sent="2044-06-23 10:30", fmt="html", opts={"alt": True},
       subject="Epilepsy nurse telephone review - FAIRBROTHER C", body=f"""
# Epilepsy Nurse Telephone Clinic
{idl(pt)}
Date of telephone review: 22/06/2044

Dear Dr Maddock-Reyes

Chloe has juvenile myoclonic epilepsy treated with sodium valproate 500 mg BD. She had a breakthrough tonic-clonic seizure on 28/05/2044 after a run of late nights, her first since 2042, and was seen by Dr Coldridge in clinic on 31/05/2044.

# Since then
- No further seizures or myoclonic jerks; sleep routine improved.
- Fit note: Dr Coldridge issued her a fit note in clinic for 31/05/2044 to 14/06/2044, and she went back to work on 15/06/2044.
- Driving: she has been advised not to drive for 6 months from the seizure and has told the DVLA herself.
- Valproate: she remains on the Pregnancy Prevention Programme with a contraceptive implant; the annual risk acknowledgement form was completed with Dr Coldridge on 08/03/2044.

# Plan
- Sodium valproate 500 mg BD: continue, prescribed by the practice as now.
- She will contact me before planning a pregnancy so that we can plan a switch in clinic; she is not planning one at present.
- Next review in the epilepsy nurse clinic in 6 months; she can ring the epilepsy nurse line on 0161 496 0855 in the meantime.

Rhiannon Ebbrell
Epilepsy Nurse Specialist
""", notes="Hard negative: fit note already issued by the consultant; valproate PPP paperwork done by the service; "
             "continuing established prescribing is GP work; patient to contact the nurse line, not the GP.")

# A35 DSN letter to the patient (copied to the GP): clinic bloods taken by the DSN, the patient told to get and
# discuss them with the GP.  Sent twelve days after the clinic.
pt = P("Marjorie Tennant", "451317", "1966-01-24")
letter(key="a35", prov="ott", dept=DSN, kind="clinic_letter", specialty="Diabetes", clinician="Mr Tomasz Wierzbowski",
       patient=pt, ev="2044-06-24", ld="2044-07-05", sent="2044-07-06 09:00", fmt="pdf",
       late="Clinic date: 24/06/2044", subject="Diabetes nurse clinic - letter to patient - TENNANT M", body=f"""
# DIABETES SPECIALIST NURSE CLINIC - LETTER TO PATIENT
{idl(pt)}
Clinic date: 24/06/2044
Copy to: Dr P Halvorsen, Tollgate Wharf Medical Practice

Dear Mrs Tennant

Thank you for coming to see me. We talked about the hypos you have been having during the night, and we agreed to reduce your evening Humulin M3 from 30 to 26 units. Your morning dose stays at 34 units.

# Your blood tests
I took blood for your HbA1c, kidney function and cholesterol in clinic, and a urine sample for protein. [[patient_redirected_to_gp: Your results will go to your GP, so please book an appointment at your surgery to go through them]].

# Hypos
Keep glucose tablets by the bed. If your sugar is below 4 at bedtime, have a starchy snack as we discussed.

# Next appointment
In 3 months; we will post the date to you.

Yours sincerely

Tomasz Wierzbowski
Diabetes Specialist Nurse
""", notes="The patient sent to the GP to receive and discuss results of tests the DSN took: "
             "patient_redirected_to_gp. Clinic 24/06, letter dated 05/07, sent 06/07: twelve days, late.")

# A36 IBD nurse: azathioprine prescribing and monitoring handed to the practice with no shared-care agreement;
# vaccinations (ordinary GP work) and the IBD advice line are decoys.
pt = P("Nadia Fairhurst", "451324", "1992-05-13")
letter(key="a36", prov="kes", dept=IBD, kind="clinic_letter", specialty="Gastroenterology",
       clinician="Mrs Bernadette Kilroy", patient=pt, ev="2044-06-28", ld="2044-06-29", sent="2044-06-30 14:40",
       fmt="plain", subject="IBD nurse clinic - FAIRHURST N", body=f"""
{head("kes", IBD)}

IBD Nurse Clinic: 28/06/2044
{idl(pt)}

Dear Dr Strachan,

Nadia started azathioprine in March 2044 for ileal Crohn's disease (TPMT normal). She is now on 125 mg daily (about 2 mg/kg), tolerating it well, and her monthly bloods have been stable (14/06/2044: WCC 5.2, neutrophils 3.1, ALT 24). Faecal calprotectin has fallen from 612 to 95 ug/g (13/06/2044).

Plan:
- Azathioprine 125 mg daily: continue.
- [[shared_care_without_agreement: As her dose is now stable, please could you take over prescribing her azathioprine and the blood monitoring (FBC, U&E and LFTs every 3 months) from the end of July]].
- Vaccinations: she should have the annual flu vaccine and a pneumococcal vaccine, and knows to book these with the practice.
- Next IBD clinic in 6/12; the IBD advice line (0161 496 0862) is there for her if she flares.

Best wishes

Bernadette Kilroy
IBD Clinical Nurse Specialist
""", notes="Prescribing and blood monitoring of azathioprine (amber/shared care) transferred with no shared-care "
             "agreement offered: shared_care_without_agreement. Vaccinations in general practice and the IBD "
             "advice line are decoys.")

# ====================================================================== 'other' messages

other(key="o01", sent="2044-05-06 08:02", type="ooo", notes="Out-of-office reply from an HF nurse.",
      frm="Bronwen Tegwyn <bronwen.tegwyn@ottermere-uh.nhs.uk>",
      subject="Automatic reply: Maureen Aspinall - titration query",
      body="Thank you for your e-mail. I am on annual leave until Monday 16/05/2044 and will not be reading my "
           "messages.\nFor urgent heart failure queries please ring the HF nurse line on 0114 496 0377 "
           "(Monday to Friday, 08:30-16:30).\n\nBronwen Tegwyn\nHeart Failure Specialist Nurse\n")
other(key="o02", sent="2044-05-11 07:30", type="html_bulletin",
      notes="ICB medicines optimisation bulletin (bulk) about glucose strips, CGM and dressings.",
      frm="Ottermere and District ICB Medicines Optimisation <medsopt@ottermere-icb.example>",
      subject="Medicines Optimisation Bulletin - May 2044",
      body="<html><body><h2>Medicines Optimisation Bulletin</h2><p>May 2044</p><ul>"
           "<li>Blood glucose test strips: the formulary meter and strips change on 01/06/2044. Practices may "
           "switch patients at their next review; diabetes specialist nurses have been told.</li>"
           "<li>CGM: real-time and intermittently scanned sensors remain green for type 1 diabetes.</li>"
           "<li>Wound care: district nursing teams continue to order formulary dressings directly; please do not "
           "add dressings to repeat templates.</li></ul>"
           "<p>You receive this bulletin because your practice is on the ICB distribution list.</p>"
           "</body></html>\n")
other(key="o03", sent="2044-05-17 21:14", type="patient", notes="A patient asking for more test strips.",
      frm="Ivy Collingwood <ivy.collingwood@example.com>", subject="test strips",
      body="Hello,\n\nI have run out of my blood sugar test strips and the chemist says there is no prescription "
           "waiting. The diabetes nurse at the hospital told me to keep testing before I drive. Could you please "
           "put some through for me?\n\nMany thanks\nIvy Collingwood\n07700 900412\n")
other(key="o04", sent="2044-05-25 10:40", type="supplier",
      notes="A dispensing appliance contractor asking for a prescription (not a provider letter).",
      frm="Homestead Appliance Direct <prescriptions@homestead-appliances.example.co.uk>",
      subject="Prescription request - stoma products - patient ref HAD-558210",
      body="Dear Prescriber,\n\nOn behalf of your patient (our ref HAD-558210, DOB on file) we request a "
           "prescription for the following items, as agreed with the patient on 24/05/2044:\n\n- Closed one-piece "
           "bags 35 mm x 60\n- Adhesive remover spray x 2\n\nPlease send the prescription electronically to our "
           "dispensing service (ODS code FQX12).\n\nHomestead Appliance Direct\nPatient Services 0808 157 0633\n")
other(key="o05", sent="2044-05-30 03:51", type="phish", notes="Phishing posing as an NHS supplies invoice.",
      frm="NHS Supplies Accounts <accounts@nhs-supplies-invoice.example.net>",
      subject="OVERDUE: dressings invoice INV-44-20931 - account suspended",
      body="Your practice account has been suspended because invoice INV-44-20931 for wound dressings is "
           "overdue.\nTo avoid interruption to dressing deliveries, confirm your NHSmail login within 24 hours:\n"
           "http://nhs-supplies-invoice.example.net/confirm\n")
other(key="o06", sent="2044-06-02 12:05", type="dsn", notes="Non-delivery report for a practice e-mail.",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>",
      subject="Undeliverable: RE: INR clinic - change of contact details",
      body="Delivery has failed to these recipients or groups:\n\nanticoag.kestlewood@kestlewood-arle.nhs.uk\n"
           "The e-mail address you entered couldn't be found. Please check the recipient's address and try "
           "again.\n", rcpt="anticoag.kestlewood@kestlewood-arle.nhs.uk")
other(key="o07", sent="2044-06-08 13:20", type="internal", notes="Internal practice e-mail from the nurse team.",
      frm="Joanne Rix <joanne.rix@nhs.net>", subject="Treatment room - PEG checks and clip removals",
      body="Hi all,\n\nQuick one from the treatment room: we have had three requests this month to do PEG site "
           "checks and clip removals after hospital procedures. Could we discuss at Thursday's practice meeting "
           "what we do with these? I have kept a list.\n\nAlso the new dressings formulary starts next month.\n\n"
           "Jo\nNurse Team Lead, Tollgate Wharf Medical Practice\n")
other(key="o08", sent="2044-06-16 09:00", type="massmail",
      notes="Community trust mass mailing to all practices (bulk).",
      frm="Brindlecombe Community Health Communications <comms@brindlecombe-ch.nhs.uk>",
      subject="For information: new Single Point of Access for community nursing and therapy referrals",
      body="SENT TO ALL GP PRACTICES IN THE BRINDLECOMBE AREA\n\nFrom 01/07/2044 referrals to tissue viability, "
           "continence, podiatry and community heart failure services go through one Single Point of Access "
           "(01632 960 200). Existing referrals do not need to be resent. No action is needed.\n")
other(key="o09", sent="2044-06-27 19:45", type="patient", notes="A carer writing in about a late feed delivery.",
      frm="Louise Pargeter <louise.pargeter@example.com>", subject="Dads feed has not come",
      body="Hi\n\nMy father has a PEG and his feed delivery was due on Friday but nothing has arrived. The "
           "hospital dietitian set it all up. We have 2 days of feed left. Who do we ring?\n\nLouise (daughter)\n"
           "07700 900587\n")
other(key="o10", sent="2044-07-04 06:12", type="spam", notes="Marketing e-mail.",
      frm="CompressaWear Trade <offers@compressawear.example.com>",
      subject="Bulk compression hosiery - 40% off for GP practices",
      body="Dear Practice Manager,\n\nStock up on class 1-3 compression hosiery at trade prices. Free delivery on "
           "orders over 50 pairs until 31/07/2044.\n\nTo stop these e-mails reply REMOVE.\n")


# ====================================================================== rendering and checks

MARKING = {"ott": "OFFICIAL-SENSITIVE: PERSONAL", "kes": "CONFIDENTIAL - PATIENT INFORMATION",
           "bri": "OFFICIAL-SENSITIVE", "fel": "PRIVATE AND CONFIDENTIAL (NHS patient)"}
COLOUR = {"ott": "#005a70", "kes": "#6b2d5c", "bri": "#3a6b1f", "fel": "#444444"}
FONT = {"ott": "Arial,Helvetica,sans-serif", "kes": "Calibri,Arial,sans-serif", "bri": "Verdana,sans-serif",
        "fel": "Georgia,serif"}


def house(L: dict, p: dict) -> dict:
    """Each provider's colour, font and protective marking in the table-letterhead frame."""
    c = COLOUR[L["prov"]]
    return dict(heading=f'<h3 style="font-size:11pt;color:{c};margin:10px 0 4px 0">{{}}</h3>',
                cell=f'style="border:1px solid {c};padding:2px 6px;vertical-align:top"',
                font=FONT[L["prov"]], marking=MARKING[L["prov"]],
                footer=f"{html.escape(p['name'])}. Sent by {html.escape(p['mailer'])}.")


def own(lid: str, lab: dict, text: str) -> list[str]:
    """This corpus's promises for each letter: a letter without findings is noted as a hard negative, a letter
    with findings says in its notes which categories it carries, and the practice is never named as the
    provider."""
    errors = kit.check_notes(lid, lab)
    for e in lab["expected"]:
        if e["category"] not in kit.LATE and e["category"] not in lab["notes"]:
            errors.append(f"{lid}: notes do not name {e['category']}")
    if PRACTICE.lower() in lab["trust"].lower():
        errors.append(f"{lid}: practice named as trust")
    return errors


def corpus_checks(labels: list[dict], items: list[kit.Item]) -> list[str]:
    """The kit's checks plus this corpus's: two or three urgent letters and ten others, at least a third of the
    letters hard negatives (no findings, not urgent), at least two late letters of each kind, on-time letters
    at the limits (a clinic letter on day 7 and a discharge summary within an hour of 24 h), and weekdays that
    agree with the calendar in every message."""
    errors = C.checks(labels, items, urgent=(2, 3), others=10, own=own, each=kit.weekday_check())
    errors += kit.check_negatives(labels, not_urgent=True) + kit.check_late_counts(labels, 2)
    return errors + kit.check_near_limits(labels, items)


if __name__ == "__main__":
    sys.exit(C.run(sys.argv[1:], house=house, checks=corpus_checks, negatives="hard negatives"))
