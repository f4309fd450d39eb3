#!/usr/bin/env python3
"""Build the forty-third (independent, held-out) corpus: tests/corpus/fortythird/.

Style: letters the practice receives only in copy.  Most letters are addressed to someone else: one hospital
clinician writing to another (tertiary referrals, "please could you see this gentleman", inter-specialty
referrals, a tertiary triage returning a referral to the referring consultant), letters to a community team, a
district nursing team, a health visitor, a care home, a community optometrist or a hand therapy department,
MDT outcome summaries circulated to the referring consultant, and clinic letters written to the patient; the
GP appears under "cc", "Copy to" or "Circulation".  Requests inside are mostly aimed at the addressee, so they
must stay quiet, but some copies also ask the GP for something ("cc GP: please could you ...", "Action for GP:"
in an otherwise addressed-elsewhere letter, "Note to GP" after the signature, "your GP will ..." in a letter to
the patient).  "For information" copies, shared care offered for agreement, fit notes already issued, referrals
already made, safety-netting and history sit beside them.

Four invented providers write to an invented practice, Tanner's Yard Medical Centre: Brackenmoor Teaching
Hospitals NHS Foundation Trust (the tertiary centre), Estonbury and Wick Hospitals NHS Trust (the district
general hospital), Calderwyn Community and Mental Health NHS Trust (community and mental-health services) and
Sallowfield Treatment Centre Ltd (an independent provider treating NHS patients).  Letters come as plain text,
HTML (with and without a text alternative), PDF and DOCX, with tables and headings ("Plan", "Actions for GP",
"Recommendations for care home staff", "Information for your GP", "Requests for the optometrist").  Ten
messages are not letters (auto-reply, bounce, bulletins, a trust mass mailing, phishing, a supplier, internal
practice mail, a relative and a care home writing in).

Written from the category definitions alone (TAXONOMY.md and the domain README); no detector output was used.
Everything is invented; NHS numbers are 999-range with a valid Modulus 11 check digit; telephone numbers are in
Ofcom drama ranges.  The build is deterministic (fixed dates, fixed boundaries through the kit).

    python3 tests/corpus/make_fortythird.py            # build, then verify
    python3 tests/corpus/make_fortythird.py --verify-only
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

BRK = "Brackenmoor Teaching Hospitals NHS Foundation Trust"
EST = "Estonbury and Wick Hospitals NHS Trust"
CAL = "Calderwyn Community and Mental Health NHS Trust"
SAL = "Sallowfield Treatment Centre Ltd"
PROV = {
    # The tertiary centre: liver unit, regional renal unit, spinal surgery, plastics, lung and upper GI MDTs.
    "brk": dict(
        name=BRK, site="Brackenmoor Royal Infirmary", addr=["Infirmary Road", "Brackenmoor", "BK1 4RX"],
        phone="0113 496 0412", domain="brackenmoor.nhs.uk",
        sender="BTH Correspondence <letters.bth@brackenmoor.nhs.uk>", mailer="Cascade DocOut 3.1"),
    "est": dict(
        name=EST, site="Estonbury General Hospital", addr=["Wick Road", "Estonbury", "EQ2 6PL"],
        phone="0116 496 0733", domain="estonburywick.nhs.uk",
        sender="EWH eCorrespondence <ewh.ecorrespondence@nhs.net>", mailer="EWH PAS Letters 9.4"),
    # Community and mental-health trust: CMHTs, community paediatrics, MSK, dietetics.
    "cal": dict(
        name=CAL, site="Calderwyn House", addr=["Fellside Lane", "Calderwyn", "CW5 1QA"],
        phone="01632 960 588", domain="calderwyn.nhs.uk",
        sender="Calderwyn Clinical Letters <calderwyn.letters@nhs.net>", mailer="Kestrel Community EPR Dispatch 2"),
    "sal": dict(
        name=SAL, site="Sallowfield Treatment Centre", addr=["Unit 4 Orchard Park", "Sallowfield", "SF8 2NE"],
        phone="0118 496 0245", domain="sallowfieldtc.example.co.uk",
        sender="Sallowfield NHS Patient Office <nhs.office@sallowfieldtc.example.co.uk>",
        mailer="Theatrix Patient Manager 6"),
}
COVERS = {
    "brk": "{trust}\n{dept}\n\nThis is a copy of a {doctype}, sent to you as the patient's registered GP.\n"
           "Document reference: {ref}\n\nPlease do not reply to this address; contact details are in the letter.\n",
    "est": "EWH eCorrespondence\n\nAttached: {doctype} ({ref})\nFrom: {dept}, {trust}\nRecipient: registered GP "
           "(copy)\n\nThis e-mail and its attachments are confidential and intended for the named recipient only.\n",
    "cal": "{trust}\n{dept}\n\nDear colleague,\n\nPlease find attached a copy of a {doctype} about a patient "
           "registered with your practice (ref {ref}).\n\nClinical Administration\n",
    "sal": "{trust} - NHS Patient Office\n{dept}\n\nDear Practice Team,\n\nPlease find attached a {doctype} for "
           "your patient, treated at Sallowfield under the NHS e-Referral Service (ref {ref}).\n\nKind regards\n"
           "NHS Patient Office\n",
}
PRACTICE = "Tanner's Yard Medical Centre"
C = kit.Corpus("fortythird", "f43", f"{PRACTICE} <tannersyard.mc@nhs.net>", PROV, cover=COVERS,
               window=("2043-01-05", "2043-03-20"), utc_hours=0)
letter, other = C.letter, C.other
head = kit.letterheads(PROV)


CARD = "Cardiology"
GASTRO = "Gastroenterology"
OAMH = "Older Adults Community Mental Health Team"
TO = "Trauma and Orthopaedics"
SAL_ORTHO = "Orthopaedic Outpatients (NHS patients)"
NEURO = "Neurology Outpatients"
LUNG_MDT = "Lung Cancer MDT"
RHEUM = "Rheumatology"
COE = "Elderly Care (Ward 23)"
HAEM = "Haematology - Haemostasis and Thrombosis"
DAY = "Day Surgery Unit"
DERM = "Dermatology - Skin Cancer Clinic"
RESP = "Respiratory Medicine"
CMHT = "Community Mental Health Team (West)"
ENDO = "Endocrinology - Adrenal and Pituitary Clinic"
ED = "Emergency Department"
GYN = "Gynaecology Referral Management Centre"
SPINE = "Complex Spinal Surgery"
SURG = "General Surgery (Ward 9)"
UGI_MDT = "Upper GI Cancer MDT"
IBD = "IBD Service"
MSK = "Community Musculoskeletal (MSK) Service"
SLEEP = "Sleep Service"
RENAL_T = "Regional Renal Unit"
RENAL = "Renal Medicine"
PAEDS = "Community Paediatrics"
DIET = "Community Nutrition and Dietetics"
URO = "Urology"
HAND = "Plastic Surgery - Hand Trauma Clinic"
NEUROGASTRO = "Neurogastroenterology Service"
EYE = "Cataract Service"

# ====================================================================== letters

# Cardiologist at the DGH refers to the tertiary cardiac surgeon; the DGH books its own CT; GP for information.
pt = P("Arthur Ledgerwood", "431006", "1961-05-22")
letter(key="car1", prov="est", dept=CARD, kind="clinic_letter", specialty="Cardiology",
       clinician="Dr Tobias Hensworth", patient=pt, ev="2043-01-06", ld="2043-01-07", sent="2043-01-07 16:20",
       fmt="plain", subject="Copy letter: Cardiology - LEDGERWOOD A - clinic 06/01/2043", body=f"""
{head("est", CARD)}

Our ref: TH/CARD/0611            Date: 07/01/2043

Mr Ravindra Okafor-Lyle
Consultant Cardiothoracic Surgeon
Brackenmoor Royal Infirmary
Infirmary Road, Brackenmoor BK1 4RX

Dear Ravi

Re: Arthur Ledgerwood, DOB {dmy(pt['dob'])}, NHS No {spaced(pt['nhs_number'])}
14 Pannett Close, Estonbury EQ4 2LS

Diagnosis: severe calcific aortic stenosis (Vmax 4.6 m/s, mean gradient 52 mmHg, AVA 0.7 cm2), LVEF 55%
Symptoms: exertional breathlessness, one presyncopal episode on stairs
Background: hypertension, diet-controlled T2DM, CKD 3a (eGFR 52)

Thank you for seeing Mr Ledgerwood, whom I reviewed in the general cardiology clinic on 06/01/2043. He is an active 81-year-old who still walks his dog twice a day, but over the last three months he has had to stop halfway up the hill to his allotment, and before Christmas he nearly blacked out climbing the stairs at his daughter's house. His echo shows severe AS with preserved LV function.

I would be grateful if you would see him in your valve clinic to consider surgical AVR versus TAVI. He is keen on intervention, lives independently and his Clinical Frailty Scale score is 3.

We have arranged a CT coronary angiogram with TAVI-protocol imaging here at Estonbury, booked for 20/01/2043, and I will send you the report as soon as it is available. His clinic bloods (FBC, U&Es, HbA1c) are on the shared results viewer.

I have not changed his medication: bisoprolol 2.5 mg OD, amlodipine 5 mg OD and atorvastatin 40 mg ON should all continue. I have advised him to avoid heavy exertion until he has been seen by your team and to call 999 if he has chest pain or blacks out.

With best wishes

Dr Tobias Hensworth
Consultant Cardiologist

cc: Dr I Crossthwaite, {PRACTICE}, Estonbury EQ3 9HD - for information, no action needed
cc: Mr A Ledgerwood
""", notes="Hard negative: a consultant-to-consultant tertiary referral; the request to see the patient is aimed at "
           "the cardiac surgeon, the DGH books its own CT, green drugs continue, the GP copy is 'for information, "
           "no action needed'.")

# DGH gastroenterologist refers to the tertiary liver unit; the GP is asked for pre-assessment bloods.
pt = P("Denise Harbottle", "431013", "1988-09-03")
letter(key="gas1", prov="est", dept=GASTRO, kind="clinic_letter", specialty="Gastroenterology",
       clinician="Dr Mairead Colquhoun", patient=pt, ev="2043-01-08", ld="2043-01-09", sent="2043-01-12 09:40",
       fmt="html", opts={"label_col": True, "alt": True},
       subject="Copy: referral for transplant assessment - HARBOTTLE D", body=f"""
# Gastroenterology Clinic Letter
| To | Dr Laszlo Sandford-Ngata, Consultant Hepatologist, Liver Unit, Brackenmoor Royal Infirmary |
| Copy | Dr K Addo-Ferris, {PRACTICE} (GP); Ms Denise Harbottle (patient) |
| Patient | {pt['name']}, DOB {dmy(pt['dob'])} |
| NHS number | {spaced(pt['nhs_number'])} |
| Clinic | 08/01/2043, Liver Clinic, Estonbury General Hospital |

Dear Laszlo

Please could you see this 54-year-old lady with alcohol-related cirrhosis (Child-Pugh B8, UKELD 52) for liver transplant assessment.

She has been abstinent since March 2042, confirmed by the alcohol liaison team, who have seen her monthly since she was referred to them last year. She had one admission with ascites in November 2042, drained here, and has been stable on diuretics since.

# Diagnoses
- Alcohol-related cirrhosis, decompensated (ascites 11/2042), now compensated on diuretics
- Small oesophageal varices without red signs (OGD 02/12/2042), on carvedilol
- Type 2 diabetes

# Current medication
- Spironolactone 100 mg OD
- Furosemide 40 mg OD
- Carvedilol 6.25 mg BD
- Thiamine 100 mg TDS
- Metformin 500 mg BD

# Plan
- Referral for transplant assessment (this letter); her last three sets of bloods, the USS of 28/12/2042 and the OGD report are attached.
- HCC surveillance USS and AFP every 6 months: next due June 2043, and we will request it.
- I will see her again in my clinic in 3 months.

# Actions for GP
- Please could you repeat her U&Es, LFTs and INR in two weeks and forward the results to Dr Sandford-Ngata's secretary before the transplant assessment clinic.
- Please continue her diuretics and carvedilol at the current doses.

Yours sincerely

Dr Mairead Colquhoun
Consultant Gastroenterologist
""", exp=[("tests_for_hospital", "Please could you repeat her U&Es, LFTs and INR in two weeks and forward the results "
           "to Dr Sandford-Ngata's secretary before the transplant assessment clinic")],
       notes="Letter addressed to the tertiary hepatologist, but 'Actions for GP' asks the practice for the bloods the "
             "liver unit wants before its own assessment: tests_for_hospital. Continuing diuretics is ordinary GP "
             "work; history of the earlier alcohol-team referral is a decoy.")

# Old-age psychiatrist writes to a care home manager after a visit; the GP copy is for the record.
pt = P("Walter Pinnegar", "431020", "1951-02-11")
letter(key="oap1", prov="cal", dept=OAMH, kind="clinic_letter", specialty="Old Age Psychiatry",
       clinician="Dr Fenella Quarrie", patient=pt, ev="2043-01-13", ld="2043-01-14", sent="2043-01-15 11:30",
       fmt="pdf", subject="Copy letter - OACMHT care home review - PINNEGAR W", body=f"""
# Care Home Review
Ms Adaeze Odunsi-Varley
Registered Manager, Larkspur House Care Home
22 Moorgate Rise, Calderwyn CW6 3PT

Resident: {pt['name']} | DOB: {dmy(pt['dob'])} | NHS No: {spaced(pt['nhs_number'])}
Date of review: 13/01/2043 (visit to Larkspur House)
Seen by: Dr Fenella Quarrie, Consultant in Old Age Psychiatry, with Sam Whitlow, CPN

Dear Ms Odunsi-Varley

Thank you for asking us to see Mr Pinnegar again. I reviewed him with Sam and with Lorraine, his key worker, on 13/01/2043, and spoke to his daughter-in-law by telephone afterwards.

# Assessment
Mixed Alzheimer's and vascular dementia with distressed behaviour, mainly in the late afternoon: pacing, trying the front door and shouting for his late wife. There was no evidence of delirium today; staff report normal bowels and his urine dip last week was clear. He was calm and smiling during the visit, and he is sleeping better than in December.

# Recommendations for care home staff
- Please continue the ABC behaviour charts for another two weeks and send them to Sam at the end of January.
- A consistent late-afternoon routine, with his radio on and the lights up before 4 pm, seems to help; please share this with the night staff.
- Please offer a drink every hour in the afternoon and record it on his fluid chart.

# Medication
I have reduced risperidone from 500 micrograms to 250 micrograms at night. A two-week supply at the new dose was sent from our pharmacy to the home today with a signed change to the MAR chart. Sam will visit again on 27/01/2043 and, if the lower dose is holding, I will write to Dr Crossthwaite then with a plan for ongoing prescribing and our review date.
His other medicines (donepezil 10 mg at night, amlodipine 5 mg OD, paracetamol 1 g QDS PRN) are unchanged.

# For the GP
No action is needed from the practice at this stage; this copy is for your records.

Yours sincerely

Dr Fenella Quarrie
Consultant in Old Age Psychiatry

cc Dr I Crossthwaite, {PRACTICE}
cc Mrs Jean Pinnegar (daughter-in-law, LPA for health and welfare)
""", notes="Hard negative: recommendations are for care home staff, the team supplies the reduced risperidone "
           "itself and will write later about prescribing; the GP copy states no action is needed.")

# Orthopaedic discharge summary addressed to the district nurses; clips, enoxaparin and TTO all covered.
pt = P("Edith Varnham", "431037", "1950-07-30")
letter(key="hip1", prov="est", dept=TO, kind="discharge_summary", specialty="Trauma and Orthopaedics",
       clinician="Dr Harriet Osei-Bamford", patient=pt, ev="2043-01-14", ev_time="11:05", ld="2043-01-14",
       sent="2043-01-15 09:10", fmt="html", opts={"label_col": True},
       subject="Discharge summary (DN copy) - Fenwick Ward - VARNHAM E", body=f"""
# Inpatient Discharge Summary - Trauma and Orthopaedics
| Addressed to | Estonbury North Community Nursing Team (District Nurses) |
| Copy to | GP: Dr P Lanyon, {PRACTICE}; patient |
| Patient | {pt['name']} |
| Date of birth | {dmy(pt['dob'])} |
| NHS number | {spaced(pt['nhs_number'])} |
| Ward | Fenwick Ward (Orthopaedic Trauma) |
| Admitted | 06/01/2043 via ED |
| Discharged | 14/01/2043 at 11:05, to own home with a package of care |
| Consultant | Mr Declan Ashworth-Pike |
| Completed by | Dr Harriet Osei-Bamford, FY1 |

# Diagnosis and procedure
Left intracapsular fractured neck of femur after a fall at home. Left cemented hemiarthroplasty on 07/01/2043 (Mr Ashworth-Pike). Uneventful recovery; mobilising with a frame and one assist.

# Information for the district nursing team
- Wound clean and dry, dressing changed 13/01/2043. Please remove the clips on day 12 to 14 after surgery (19/01/2043 to 21/01/2043) and check the wound at the same visit.
- Enoxaparin 40 mg SC once daily until 03/02/2043 (28 days in total): please continue to administer; 21 prefilled syringes and a sharps bin supplied in the TTO.
- Pressure areas intact; Waterlow 17; pressure-relieving mattress delivered 13/01/2043.

# Medication on discharge
| Drug | Dose | Status | Supplied |
| Enoxaparin | 40 mg SC OD | New, until 03/02/2043 | 21 days (TTO) |
| Paracetamol | 1 g QDS | New | 14 days (TTO) |
| Adcal-D3 | 1 tablet BD | New | 28 days (TTO) |
| Alendronic acid | 70 mg weekly | New | 4 weeks (TTO) |
| Ramipril | 2.5 mg OD | Unchanged | Own supply |

# Follow-up
- Fracture clinic: 6-week review on 18/02/2043 with an X-ray on arrival; appointment letter posted.
- Bone health: seen by the orthogeriatric team on the ward, who started alendronic acid and Adcal-D3; please continue both long term.
- Community rehabilitation: referral sent by the ward on 13/01/2043.

No specific GP actions.
""", notes="Hard negative: a discharge summary addressed to the district nurses, who remove the clips and give the "
           "enoxaparin (full course supplied); bone-protection drugs to continue are green; rehab referral made by "
           "the ward. Discharged 11:05, sent 09:10 next day (22 h), on time.")

# Independent provider writes to the patient after listing for knee replacement; copy asks GP for its pre-op form.
pt = P("Gloria Mwangi-Thorne", "431044", "1976-04-17")
letter(key="pre1", prov="sal", dept=SAL_ORTHO, kind="clinic_letter", specialty="Trauma and Orthopaedics",
       clinician="Mr Stellan Brightwater", patient=pt, ev="2043-01-15", ld="2043-01-16", sent="2043-01-16 15:45",
       fmt="pdf", subject="Outpatient letter (patient copy to GP) - MWANGI-THORNE G", body=f"""
# Orthopaedic Outpatient Letter (NHS patient)
Ms Gloria Mwangi-Thorne
7 Chandler's Walk
Sallowfield SF8 4DW

Date of appointment: 15/01/2043
Hospital number: STC-0048812
NHS number: {spaced(pt['nhs_number'])}   Date of birth: {dmy(pt['dob'])}

Dear Ms Mwangi-Thorne

Thank you for coming to see me at Sallowfield Treatment Centre on 15/01/2043 about your right knee.

As we discussed, your X-rays show advanced wear of the inner side of the knee, and the injection in September only helped for a few weeks. You have decided to go ahead with a right total knee replacement, and I have added you to our waiting list today. The current wait is around 14 weeks. Our bookings team will contact you with a date, so you do not need to contact your GP about this.

# Before your operation
- You will be seen in our pre-assessment clinic about 4 weeks before surgery; we will send you the appointment.
- Please stop ibuprofen 7 days before the operation; you can carry on with paracetamol.
- Your diabetes blood test (HbA1c) needs to be below 69 mmol/mol for the operation to go ahead; our pre-assessment nurse will check it at your appointment.

# Information for your GP
Dr Addo-Ferris, Ms Mwangi-Thorne has type 2 diabetes and hypertension. Action for GP: please complete the enclosed pre-operative medical questionnaire and return it to our pre-assessment team with a printout of her repeat medications, her most recent blood pressure and her last HbA1c.

Yours sincerely

Mr Stellan Brightwater
Consultant Orthopaedic Surgeon

cc Dr K Addo-Ferris, {PRACTICE}
""", exp=[("non_contractual_admin", "please complete the enclosed pre-operative medical questionnaire and return it to "
           "our pre-assessment team with a printout of her repeat medications, her most recent blood pressure and "
           "her last HbA1c")],
       notes="Letter to the patient; the GP section asks the practice to fill in the provider's own pre-operative "
             "questionnaire: non_contractual_admin. The provider checks HbA1c at its own pre-assessment and books "
             "the surgery itself (decoys).")

# Neurologist writes to the patient (GP copied), late; GP asked for bloods and used to chase the hospital's MRI.
pt = P("Hannah Westlake", "431051", "2007-12-04")
letter(key="neu1", prov="brk", dept=NEURO, kind="clinic_letter", specialty="Neurology",
       clinician="Dr Oluwaseun Pritchard-Hale", patient=pt, ev="2043-01-09", ld="2043-01-19",
       sent="2043-01-20 08:55", fmt="docx", subject="Neurology letter to patient - copy for GP", body=f"""
# Neurology Outpatients - Letter to patient
Ms Hannah Westlake
Flat 3, 41 Corn Exchange Street
Estonbury EQ1 5TB

NHS No: {spaced(pt['nhs_number'])} | DOB: {dmy(pt['dob'])} | Hospital No: BR7730215
Clinic date: 09/01/2043 (General Neurology, Clinic 6)
Letter date: 19/01/2043

Dear Ms Westlake

I am writing to you directly, with a copy to your GP, to sum up what we talked about when we met in clinic.

# What we found
You told me about tingling in both feet for about six months, which has crept up to your ankles, and some clumsiness doing up buttons. When I examined you, the reflexes at your knees were brisk but those at your ankles were absent, and you had reduced vibration sense up to the ankles. This pattern can come from the nerves in the legs, from the spinal cord, or both, and the tests below should help us tell which.

# What happens next
- I have requested an MRI scan of your neck and upper back, which will be done at Brackenmoor Royal Infirmary. If you have not received an appointment within 8 weeks, please contact your GP surgery and they will chase it for you.
- Nerve conduction studies: our neurophysiology department will send you an appointment; the wait is currently about 10 weeks.
- I have asked your GP to check your vitamin B12, folate, thyroid function and a coeliac screen before I see you again.
- I would like to see you again in about 4 months, when the results are back.

If you develop weakness in your legs, difficulty passing urine or numbness around your bottom, please go to your nearest Emergency Department straight away.

Yours sincerely

Dr Oluwaseun Pritchard-Hale
Consultant Neurologist

Copy to: Dr P Lanyon, {PRACTICE}, 14 Tanner's Yard, Estonbury EQ3 9HD
""", exp=[("patient_redirected_to_gp", "If you have not received an appointment within 8 weeks, please contact your GP "
           "surgery and they will chase it for you"),
          ("tests_for_hospital", "I have asked your GP to check your vitamin B12, folate, thyroid function and a "
           "coeliac screen before I see you again"),
          ("late_clinic_letter", "Clinic date: 09/01/2043")],
       notes="Letter to the patient: the hospital's own MRI booking redirected to the GP surgery "
             "(patient_redirected_to_gp), the neurologist's work-up bloods handed to the GP (tests_for_hospital). "
             "Clinic 09/01, sent 20/01: 11 days, late. ED safety-netting is a decoy.")

# Tertiary lung MDT outcome sent to the referring DGH chest physician; copy asks GP to refer an incidental renal
# mass on the suspected-cancer pathway: onward referral, urgent.
pt = P("Raymond Cheetham", "431068", "1970-10-19")
letter(key="mdt1", prov="brk", dept=LUNG_MDT, kind="results", specialty="Respiratory Medicine",
       clinician="Dr Annelise Vorster", patient=pt, ev=None, ld="2043-01-21", sent="2043-01-21 17:10",
       fmt="html", opts={"label_col": True, "alt": True}, urgent=True,
       subject="Lung MDT outcome - CHEETHAM R - 20/01/2043", body=f"""
# Lung Cancer Multidisciplinary Team Meeting - Outcome
| MDT date | 20/01/2043 |
| Patient | {pt['name']} |
| DOB | {dmy(pt['dob'])} |
| NHS number | {spaced(pt['nhs_number'])} |
| Referring clinician | Dr Graham Kessling, Consultant Respiratory Physician, Estonbury General Hospital |
| Outcome sent to | Dr Kessling (for action); GP, {PRACTICE} (copy) |
| MDT chair | Dr Annelise Vorster |

# Clinical summary
72-year-old ex-smoker (45 pack-years) with a 3.1 cm spiculated right upper lobe mass on CT of 08/01/2043 and a 14 mm ipsilateral hilar node. Performance status 1.

# Imaging reviewed
CT chest, abdomen and pelvis 08/01/2043: RUL mass as above; 14 mm right hilar node; no liver or adrenal lesions. Incidental 2.4 cm enhancing solid lesion in the interpolar region of the left kidney, suspicious for renal cell carcinoma.

# MDT outcome
- Probable primary lung cancer, radiological stage T2a N1 M0.
- PET-CT to complete staging: requested by the MDT coordinator today.
- EBUS-TBNA of the hilar node: Dr Kessling to discuss with the patient and list.
- Full lung function and CPET to assess fitness for lobectomy: requested by the MDT.
- For re-discussion once the PET-CT and EBUS results are available.

# Action for GP
The renal lesion was reviewed by the uroradiologist at the meeting and needs an urgent urology opinion. Please refer Mr Cheetham urgently to urology on the suspected cancer pathway for the left renal lesion.

The lung CNS, Kerry Dunmore, will telephone Mr Cheetham on 22/01/2043 to explain the plan.

Dr Annelise Vorster
Consultant Respiratory Physician, Lung MDT Chair
""", exp=[("onward_referral", "Please refer Mr Cheetham urgently to urology on the suspected cancer pathway for the "
           "left renal lesion")],
       notes="MDT outcome addressed to the referring chest physician; the lung work-up is the hospital's own, but the "
             "GP is asked to make the suspected-cancer urology referral for a finding on the hospital's CT: "
             "onward_referral, and time-critical (suspected-cancer step), so urgent.")

# Rheumatologist writes to the patient; azathioprine handed to the GP with no shared-care agreement offered.
pt = P("Shona McAteer", "431075", "1999-06-08")
letter(key="rhe1", prov="est", dept=RHEUM, kind="clinic_letter", specialty="Rheumatology",
       clinician="Dr Ingrid Halvorsen-Bell", patient=pt, ev="2043-01-19", ld="2043-01-22", sent="2043-01-23 10:00",
       fmt="plain", subject="Rheumatology - letter to patient (GP copy) - McATEER S", body=f"""
{head("est", RHEUM)}

Dr Ingrid Halvorsen-Bell, Consultant Rheumatologist
Rheumatology advice line: 0116 496 0750

22/01/2043

Ms Shona McAteer
28 Low Wynd
Estonbury EQ5 8RG

Dear Shona

Your clinic appointment on 19/01/2043
NHS number: {spaced(pt['nhs_number'])}   Date of birth: {dmy(pt['dob'])}

It was good to see you again. As we agreed, I am writing to you, with a copy to Dr Crossthwaite.

Your lupus has been more active since the autumn, with painful joints in your hands and wrists, mouth ulcers and some hair thinning. Your blood tests on the day showed a low complement (C3 0.62) and a raised double-stranded DNA (84), but your kidneys are fine: the urine protein test was normal.

What we agreed
- Carry on with hydroxychloroquine 200 mg daily. Your eye screening in December was normal.
- Start azathioprine so that we can bring your steroid dose down. Your TPMT level, checked in November, was normal.
- Prednisolone: reduce by 2.5 mg every 2 weeks from 10 mg to 5 mg daily, then stay on 5 mg until I see you.

Your GP will take over the azathioprine prescription and will do your blood tests every 2 weeks to begin with.

If you get a sore throat, fever, unusual bruising or bleeding while on azathioprine, stop it and ring our advice line on the number above the same day.

I will see you in clinic in 3 months.

Kind regards

Dr Ingrid Halvorsen-Bell
Consultant Rheumatologist

cc Dr I Crossthwaite, {PRACTICE}
GP: please could you prescribe azathioprine 50 mg OD for 2 weeks, then 100 mg OD, and monitor FBC, U&Es and LFTs every 2 weeks for 3 months, then monthly.
""", exp=[("shared_care_without_agreement", "GP: please could you prescribe azathioprine 50 mg OD for 2 weeks, then "
           "100 mg OD, and monitor FBC, U&Es and LFTs every 2 weeks for 3 months, then monthly")],
       notes="Letter to the patient; the cc line hands prescribing and monitoring of a newly started amber drug "
             "(azathioprine) to the GP with no shared-care agreement offered: shared_care_without_agreement. "
             "Hydroxychloroquine continues; safety-netting sends the patient to the hospital's advice line.")

# Elderly care discharge summary addressed to the nursing home, sent late; one day of antibiotic supplied and a
# pending blood culture left to the GP.
pt = P("Iris Tattersall", "431082", "1954-03-27")
letter(key="amu1", prov="brk", dept=COE, kind="discharge_summary", specialty="Geriatric Medicine",
       clinician="Dr Eloise Rowbotham", patient=pt, ev="2043-01-22", ev_time="16:40", ld="2043-01-24",
       sent="2043-01-26 09:15", fmt="docx", subject="Discharge summary - TATTERSALL I - Ward 23", body=f"""
# DISCHARGE SUMMARY - Elderly Care (Ward 23)
Addressed to: The Nurse in Charge, Hollins Court Nursing Home, 3 Hollins Lane, Estonbury EQ2 7JJ
Copy: Dr K Addo-Ferris, {PRACTICE} (registered GP)

Patient: {pt['name']}   DOB: {dmy(pt['dob'])}   NHS No: {spaced(pt['nhs_number'])}
Admitted: 18/01/2043 via ED (from Hollins Court)
Discharged: 22/01/2043 16:40, back to Hollins Court by ambulance
Consultant: Dr Joseph Marangoni-Hirst   Summary completed by: Dr Eloise Rowbotham (CT1)

# Diagnoses
1. Hyperactive delirium secondary to urinary tract infection (E. coli, sensitive to co-amoxiclav)
2. Hyponatraemia (Na 127 on admission), probably sertraline-related
3. Background: Alzheimer's dementia, AF on apixaban, osteoarthritis

# Progress
Mrs Tattersall came in with two days of agitation and poor intake. She had IV co-amoxiclav for 48 hours and was switched to oral on 20/01/2043. Her delirium settled and she is back to her usual self (AMTS 6/10, which the home confirm is her baseline).

# Investigations
| Test | Result |
| Urine culture 18/01/2043 | E. coli, co-amoxiclav sensitive |
| Blood cultures 18/01/2043 | No growth at 48 hours; final report pending at discharge |
| Sodium 22/01/2043 | 131 mmol/L (127 on admission) |
| CT head 19/01/2043 | Small vessel disease, no acute change |

# Medicines
- Co-amoxiclav 625 mg TDS to complete a 7-day course (last dose 24/01/2043): one day's supply given from the ward. Please could the GP prescribe the remaining two days of co-amoxiclav for the home.
- Sertraline 50 mg OD: stopped because of hyponatraemia; please do not restart.
- All other regular medicines unchanged (see the home's MAR chart).

# For the nursing home
- Encourage oral fluids, aiming for 1.5 litres a day, and keep a fluid chart for one week.
- If she becomes more confused or unwell, please contact the out-of-hours service or NHS 111.

# For the GP
- GP to follow up the final blood culture result and act on it if anything grows.
- Sodium is recovering; no repeat is needed unless she becomes confused again.
""", exp=[("hospital_only_prescribing", "Please could the GP prescribe the remaining two days of co-amoxiclav for the "
           "home"),
          ("results_chasing", "GP to follow up the final blood culture result and act on it if anything grows"),
          ("late_discharge_summary", "Discharged: 22/01/2043 16:40")],
       notes="Discharge summary addressed to the nursing home with the GP in copy. Only one day of antibiotic "
             "supplied and the GP asked for the rest (hospital_only_prescribing: supply the hospital should give); "
             "the hospital's pending blood culture left to the GP (results_chasing). Discharged 16:40 on 22/01, "
             "sent 09:15 on 26/01: late. Instructions to the home are decoys.")

# Haematologist writes to the vascular surgeon about peri-operative anticoagulation; anticoagulation clinic does it.
pt = P("Leonard Quayle", "431099", "1980-11-14")
letter(key="hae1", prov="est", dept=HAEM, kind="clinic_letter", specialty="Haematology",
       clinician="Dr Benedikt Sorensen-Achebe", patient=pt, ev="2043-01-26", ld="2043-01-27",
       sent="2043-01-28 13:00", fmt="html", opts={"label_col": True, "alt": True},
       subject="Copy: haematology advice before bypass surgery - QUAYLE L", body=f"""
# Haematology Clinic Letter
| To | Ms Philippa Draycott, Consultant Vascular Surgeon, Estonbury General Hospital |
| cc | GP (Dr P Lanyon, {PRACTICE}); Anticoagulation Clinic; patient |
| Re | {pt['name']}, DOB {dmy(pt['dob'])}, NHS No {spaced(pt['nhs_number'])} |
| Seen | 26/01/2043, Haemostasis and Thrombosis Clinic |

Dear Philippa

Thank you for asking me to see Mr Quayle before his planned left femoro-popliteal bypass. He has been on warfarin (target INR 2.5) since an unprovoked PE in 2036, and had a left calf DVT in 2040 while his INR was subtherapeutic.

# Recommendations for the surgical team
- Stop warfarin 5 days before surgery; the anticoagulation clinic will check his INR the day before admission.
- Bridging: treatment-dose enoxaparin 1.5 mg/kg once daily from day -3, with the last dose 24 hours before surgery. Our anticoagulation clinic will teach him to self-inject and will supply the syringes.
- After surgery, start prophylactic enoxaparin 6 to 8 hours post-op if haemostasis is secure, increase to treatment dose at 48 to 72 hours, and restart warfarin on day 1, continuing enoxaparin until the INR is 2.0 or more on two consecutive days.
- I have sent anticardiolipin and beta-2 glycoprotein I antibodies today; the results will come back to me and I will write to you both.

His INR monitoring stays with the anticoagulation clinic throughout, and nothing is needed from the GP practice.

Kind regards

Dr Benedikt Sorensen-Achebe
Consultant Haematologist
""", notes="Hard negative: consultant-to-surgeon advice; recommendations are for the surgical team, the "
           "anticoagulation clinic supplies the bridging and checks the INR, the haematologist reviews her own "
           "antibody results; the copy says nothing is needed from the practice.")

# Independent provider's day-case discharge letter to the patient: sutures and fit note pushed to the GP.
pt = P("Colin Fairhurst", "431105", "1991-08-25")
letter(key="ctr1", prov="sal", dept=DAY, kind="discharge_summary", specialty="Hand Surgery",
       clinician="Mr Jorgen Ashby-Kemal", patient=pt, ev="2043-01-29", ev_time="15:30", ld="2043-01-29",
       sent="2043-01-29 18:05", fmt="plain", subject="Day case discharge letter - FAIRHURST C", body=f"""
{head("sal", DAY)}

DAY SURGERY DISCHARGE LETTER (NHS patient)
Patient copy - a copy has been sent to your GP

Name: {pt['name']}   DOB: {dmy(pt['dob'])}   NHS number: {spaced(pt['nhs_number'])}
Operation date: 29/01/2043    Discharged: 29/01/2043 at 15:30
Procedure: right open carpal tunnel release under local anaesthetic
Surgeon: Mr Jorgen Ashby-Kemal, Consultant Hand Surgeon

Dear Mr Fairhurst

Your operation went well and the nerve was fully released.

Looking after your hand
- Keep the bulky dressing on, clean and dry, for 2 days, then reduce it to the small plaster underneath.
- Keep your hand raised on a pillow for the first 48 hours and move your fingers often.
- Take paracetamol 1 g up to four times a day as needed; we have also given you a 7-day supply of co-codamol 30/500 to take home.

Stitches
Your stitches need to come out 10 to 14 days after the operation; please book an appointment with the practice nurse at your GP surgery for this.

Work
You told us you drive a forklift truck at work. You should not do this for about 3 weeks; please ask your GP for a fit note to cover this time.

Follow-up
Our hand therapist will phone you on 02/02/2043. You will not need a routine clinic appointment; if the numbness has not improved by 3 months, contact our patient office on 0118 496 0245 and we will see you.

If the wound becomes red, hot or starts to ooze, ring the Day Surgery Unit on 0118 496 0247 (24 hours a day for the first 48 hours).

Mr Jorgen Ashby-Kemal
Consultant Hand Surgeon

cc Dr I Crossthwaite, {PRACTICE}
""", exp=[("post_procedure_care", "Your stitches need to come out 10 to 14 days after the operation; please book an "
           "appointment with the practice nurse at your GP surgery for this"),
          ("fit_note", "please ask your GP for a fit note to cover this time")],
       notes="Day-case discharge letter written to the patient: suture removal after the provider's own operation "
             "sent to the practice nurse (post_procedure_care) and the post-operative fit note sent to the GP "
             "(fit_note). Analgesia supplied, hand therapy call and wound advice line are the provider's own. "
             "Sent the same evening, on time.")

# Dermatologist refers to the plastic surgeon in the same trust; GP copy for information only.
pt = P("Norman Spratling", "431112", "1966-01-30")
letter(key="der1", prov="brk", dept=DERM, kind="clinic_letter", specialty="Dermatology",
       clinician="Dr Rosalind Tregarthen", patient=pt, ev="2043-01-28", ld="2043-01-30", sent="2043-02-02 10:20",
       fmt="pdf", subject="Copy letter - inter-specialty referral to plastics - SPRATLING N", body=f"""
# Dermatology - Inter-specialty Referral
To: Mr Chidi Balogun-Reid, Consultant Plastic Surgeon, Brackenmoor Royal Infirmary
Copy: Dr K Addo-Ferris, {PRACTICE} (for information only)

Re: {pt['name']} | DOB {dmy(pt['dob'])} | NHS No {spaced(pt['nhs_number'])} | Hospital No BR1190432
Seen in the skin cancer clinic: 28/01/2043

Dear Chidi

Please could you see Mr Spratling, a retired roofer, with a biopsy-proven infiltrative basal cell carcinoma on the left nasal ala, about 9 mm across. The punch biopsy I took on 03/01/2043 showed infiltrative BCC reaching the deep margin. Given the site and subtype I think he needs excision with frozen-section control or Mohs surgery, and reconstruction; he would prefer to be treated here rather than travel.

He also has several actinic keratoses on the scalp, which I treated with cryotherapy today, and a seborrhoeic keratosis on his back, about which I reassured him.

He takes apixaban for AF, started by his GP in 2041. I have not asked him to stop it and will leave peri-operative advice to your team.

# Outcome of today's appointment
- Referred to plastic surgery (this letter), on the skin cancer pathway (BCC, not a 2-week-wait referral).
- Scalp actinic keratoses: cryotherapy given; 5-fluorouracil cream supplied from our clinic pharmacy for any that recur.
- Dermatology follow-up: skin check in 12 months, booked.

No action is needed from the GP.

Yours sincerely

Dr Rosalind Tregarthen
Consultant Dermatologist
""", notes="Hard negative: an inter-specialty referral in which the request to see the patient is aimed at the "
           "plastic surgeon; cream supplied by the clinic, follow-up booked, apixaban history only; the GP copy is "
           "for information.")

# Respiratory DNA letter to the patient, with a note to the GP after the signature asking for a re-referral.
pt = P("Kieran Lusted", "431129", "2010-03-12")
letter(key="dna1", prov="est", dept=RESP, kind="clinic_letter", specialty="Respiratory Medicine",
       clinician="Dr Graham Kessling", patient=pt, ev=None, ld="2043-02-03", sent="2043-02-03 12:10",
       fmt="html", opts={"label_col": True}, subject="Non-attendance letter (copy) - LUSTED K", body=f"""
# Respiratory Medicine Outpatients
| Patient | {pt['name']} |
| Date of birth | {dmy(pt['dob'])} |
| NHS number | {spaced(pt['nhs_number'])} |
| Address | 9 Tenter Row, Estonbury EQ1 2HX |
| Appointment missed | 02/02/2043 at 14:30, Respiratory Clinic C (Dr Kessling) |

Dear Mr Lusted

Your GP referred you to us in November because of a persistent cough and wheeze. You did not attend your appointment with Dr Kessling on 02/02/2043, and we tried to reach you by telephone on the day without success.

Under our access policy, patients who miss a first appointment without letting us know are discharged back to their GP, and I have therefore discharged you from the respiratory clinic.

If you still need to be seen, please speak to your GP about a new referral.

Yours sincerely

Dr Graham Kessling
Consultant Respiratory Physician

cc Dr P Lanyon, {PRACTICE}
Note to GP: Mr Lusted has been discharged following non-attendance at his first appointment; please re-refer if you still feel he needs a respiratory opinion.
""", exp=[("dna_rereferral", "Mr Lusted has been discharged following non-attendance at his first appointment; please "
           "re-refer if you still feel he needs a respiratory opinion")],
       notes="Letter to the patient after a single missed first appointment, with a note to the GP asking for a "
             "re-referral: dna_rereferral. No attendance took place, so event_date is null.")

# CMHT consultant writes to the patient; lithium shared care offered for the practice's agreement.
pt = P("Marcus Oyelaran", "431136", "2003-05-19")
letter(key="cmh1", prov="cal", dept=CMHT, kind="clinic_letter", specialty="General Adult Psychiatry",
       clinician="Dr Yusuf Abernethy", patient=pt, ev="2043-02-03", ld="2043-02-04", sent="2043-02-05 14:30",
       fmt="docx", subject="CMHT outpatient letter to patient - GP copy", body=f"""
# Community Mental Health Team (West) - Outpatient Review
Private and confidential
Mr Marcus Oyelaran
Flat 12, Weavers Court, Calderwyn CW2 8EN

Date of review: 03/02/2043 (Calderwyn House, with your care coordinator, Bronwen Teale)
NHS No: {spaced(pt['nhs_number'])} | DOB: {dmy(pt['dob'])}

Dear Marcus

Thank you for coming to see me with Bronwen. I was pleased to hear that you have been back at college since September and that your sleep has settled.

# Summary
Bipolar affective disorder, stable on lithium since the summer. No symptoms of depression or elation today.

# Lithium
Your lithium level on 27/01/2043 was 0.68 mmol/L, which is where we want it, and your kidney and thyroid tests were normal. We will keep prescribing lithium from the team for now, and Bronwen will carry on arranging your 3-monthly blood tests at our clinic.

I have sent your GP our shared care agreement for lithium with this letter. If Dr Crossthwaite's practice agrees to take over the prescribing, we will let you know, and the surgery will then issue your lithium; until then, keep collecting it from the Calderwyn House pharmacy.

# Other things we discussed
- Please carry on with the salbutamol inhaler your GP prescribes.
- Remember to drink plenty when it is hot or if you have diarrhoea and vomiting, as we discussed.

Next review: in 6 months, or sooner through Bronwen.

If your mood becomes very high or very low, or you have thoughts of harming yourself, please call Bronwen or the Calderwyn crisis line on 01632 960 599 at any time.

Yours sincerely

Dr Yusuf Abernethy
Consultant Psychiatrist

Copy: Dr I Crossthwaite, {PRACTICE} (with the lithium shared care agreement: please sign and return page 4 if the practice agrees to share care)
""", notes="Hard negative: the team keeps prescribing and monitoring lithium and offers a shared-care agreement for "
           "the practice's agreement (the proper process); the inhaler is GP prescribing already.")

# Endocrinologist writes to the patient; the GP is asked to chase the hospital's own metanephrines.
pt = P("Rukhsana Qadri", "431143", "1995-10-02")
letter(key="end1", prov="brk", dept=ENDO, kind="clinic_letter", specialty="Endocrinology",
       clinician="Dr Caspar Wilberforce-Nnadi", patient=pt, ev="2043-02-04", ld="2043-02-06",
       sent="2043-02-06 16:00", fmt="plain", subject="Endocrinology letter to patient (copy) - QADRI R", body=f"""
{head("brk", ENDO)}

Date: 06/02/2043
Clinic: 04/02/2043, Adrenal and Pituitary Clinic

Mrs Rukhsana Qadri
56 Ferncliffe Road
Estonbury EQ3 1WA

NHS No {spaced(pt['nhs_number'])}   DOB {dmy(pt['dob'])}

Dear Mrs Qadri

Thank you for coming to the clinic. As we discussed, the CT scan you had in December for your tummy pain showed a 2.8 cm lump on your left adrenal gland. Most of these are harmless, but because you have had spells of palpitations, sweating and headaches, and your blood pressure was 162/98 in clinic, we need to make sure it is not producing adrenaline.

Tests
We took a blood test for plasma metanephrines in clinic and sent it to the specialist laboratory; it takes about 3 weeks. The overnight dexamethasone test you did last week was normal (cortisol 34 nmol/L), so the gland is not making too much cortisol.

Blood pressure
I have started doxazosin 2 mg once a day for your blood pressure and given you 4 weeks of tablets. Please do not start any beta-blocker tablets until the metanephrine result is back.

Next appointment
I will see you again in 3 months with the results, and we will then talk about whether the adrenal gland should be removed.

Yours sincerely

Dr Caspar Wilberforce-Nnadi
Consultant Endocrinologist

cc Dr K Addo-Ferris, {PRACTICE}

ACTION FOR GP
Please chase the plasma metanephrines result in about 3 weeks and, if raised, let us know so that we can bring her appointment forward.
""", exp=[("results_chasing", "Please chase the plasma metanephrines result in about 3 weeks and, if raised, let us "
           "know so that we can bring her appointment forward")],
       notes="Letter to the patient; the GP is asked to chase the hospital's own send-away test and report back: "
             "results_chasing. Doxazosin supplied by the clinic; the dexamethasone test result is already given.")

# ED letter addressed to the virtual fracture clinic, GP copied; patient told to get a fit note from the GP.
pt = P("Jade Ollerenshaw", "431150", "2016-07-21")
letter(key="ed01", prov="est", dept=ED, kind="ed_letter", specialty="Emergency Medicine",
       clinician="Dr Saoirse Tremlett", patient=pt, ev="2043-02-08", ld="2043-02-09", sent="2043-02-09 07:30",
       fmt="html", opts={"label_col": True, "alt": True}, subject="ED attendance - OLLERENSHAW J - 08/02/2043",
       body=f"""
# Emergency Department Attendance
| Patient | {pt['name']} |
| DOB | {dmy(pt['dob'])} |
| NHS number | {spaced(pt['nhs_number'])} |
| Arrived | 08/02/2043 19:52 |
| Left ED | 08/02/2043 23:10 |
| Seen by | Dr Saoirse Tremlett, ST4 Emergency Medicine |
| Referred to | Virtual Fracture Clinic (VFC), Estonbury General Hospital |
| Copies | GP ({PRACTICE}); patient |

# Presenting complaint
Fall onto an outstretched right hand playing netball this evening. Pain at the base of the thumb.

# Findings
Tender in the anatomical snuffbox and over the scaphoid tubercle; pain on telescoping the thumb. X-ray right scaphoid series: no fracture seen.

# Diagnosis
Clinically suspected scaphoid fracture, not seen on X-ray.

# Treatment and plan
- Futura splint applied; analgesia advice given.
- Referred to the VFC: the VFC team will review the images and telephone her within 72 hours to arrange an MRI if needed.
- She works as a warehouse picker and cannot lift with her right hand; she was advised to see her GP for a fit note for the next 2 weeks.

# Advice given to patient
- Keep the splint on until the VFC team call you.
- Return to ED if your fingers become numb, cold or change colour, or the pain becomes much worse.
""", exp=[("fit_note", "she was advised to see her GP for a fit note for the next 2 weeks")],
       notes="ED letter addressed to the fracture clinic; the work the hospital's assessment covers is passed to the "
             "GP as a fit note: fit_note. VFC follow-up and MRI are the hospital's own; return advice is "
             "safety-netting.")

# Gynaecology referral returned: letter to the patient, GP copied, telling her the GP must do tests first.
pt = P("Amira Benhaddou", "431167", "2014-01-15")
letter(key="ref1", prov="est", dept=GYN, kind="referral_response", specialty="Gynaecology",
       clinician="Dr Philomena Garside", patient=pt, ev=None, ld="2043-02-10", sent="2043-02-10 11:15",
       fmt="plain", subject="Referral returned - Gynaecology - BENHADDOU A (patient letter, GP copy)", body=f"""
{head("est", GYN)}

10/02/2043

Ms Amira Benhaddou
22 Cooper's Lane
Estonbury EQ4 6TU

NHS Number: {spaced(pt['nhs_number'])}
Date of birth: {dmy(pt['dob'])}

Dear Ms Benhaddou

Your referral to the gynaecology service

Your GP referred you to us on 30/01/2043 because of irregular periods and excess hair growth. A consultant gynaecologist, Dr Garside, has looked at the referral. We are not able to offer you an appointment yet because some tests are needed first.

Before we can offer you an appointment, your GP will need to arrange a pelvic ultrasound scan and blood tests for FSH, LH, testosterone and prolactin.

We have returned the referral to your GP with this advice. Once the results are available, your GP can send the referral to us again and we will look at it straight away.

If you have questions about this letter, please ring the Referral Management Centre on 0116 496 0780.

Yours sincerely

Dr Philomena Garside
Consultant Gynaecologist
on behalf of the Gynaecology Referral Management Centre

cc Dr P Lanyon, {PRACTICE} - referral returned, see above
""", exp=[("referral_returned_for_workup", "Before we can offer you an appointment, your GP will need to arrange a "
           "pelvic ultrasound scan and blood tests for FSH, LH, testosterone and prolactin")],
       notes="Referral response written to the patient with the GP copied: the referral is returned and the GP must "
             "do the work-up first: referral_returned_for_workup. Queries go to the hospital's own centre.")

# Tertiary spinal triage returns a referral to the referring DGH surgeon, who is to do the imaging; GP copy only.
pt = P("Trevor Blenkinsop", "431174", "1986-04-09")
letter(key="spi1", prov="brk", dept=SPINE, kind="referral_response", specialty="Spinal Surgery",
       clinician="Mr Evander Lockhart-Sowerby", patient=pt, ev=None, ld="2043-02-11", sent="2043-02-12 09:00",
       fmt="plain", subject="Tertiary referral triage outcome (copy) - BLENKINSOP T", body=f"""
{head("brk", SPINE)}

Complex Spinal Surgery - Tertiary Referral Triage

Date: 11/02/2043

Mr Niall Fotheringay
Consultant Orthopaedic Surgeon
Estonbury General Hospital

Dear Mr Fotheringay

Re: {pt['name']}, DOB {dmy(pt['dob'])}, NHS No {spaced(pt['nhs_number'])}

Thank you for your referral of 02/02/2043 asking us to consider Mr Blenkinsop for L4/5 decompression and fusion for degenerative spondylolisthesis with neurogenic claudication.

We discussed him at our triage meeting on 10/02/2043. The most recent imaging we have is an MRI from March 2041, almost two years old, and there are no flexion-extension views. Before we can decide whether fusion is needed we would need an up-to-date MRI of the lumbar spine and standing flexion-extension radiographs; as his treating surgeon, please could you arrange these at Estonbury and re-send the referral with the reports.

We have written to Mr Blenkinsop to let him know that his referral is on hold while you arrange the scans.

Yours sincerely

Mr Evander Lockhart-Sowerby
Consultant Spinal Surgeon, on behalf of the Complex Spine MDT

cc Dr I Crossthwaite, {PRACTICE} (GP) - for information; nothing is needed from the practice
cc Mr T Blenkinsop
""", notes="Hard negative: a tertiary referral returned for work-up, but to the referring consultant, who is asked "
           "to arrange the imaging; the GP copy says nothing is needed from the practice.")

# General surgery discharge summary addressed to the district nurses, sent late; clip removal passed to the GP.
pt = P("Maureen Hebblethwaite", "431181", "1977-12-01")
letter(key="hrn1", prov="est", dept=SURG, kind="discharge_summary", specialty="General Surgery",
       clinician="Dr Ewan Pettigrew", patient=pt, ev="2043-02-09", ev_time="11:00", ld="2043-02-11",
       sent="2043-02-11 15:30", fmt="pdf", subject="Discharge summary (community nursing, GP copy)", body=f"""
# Discharge Summary - General Surgery (Ward 9)
To: Community Nursing Team, Estonbury North | Copy: GP, Dr K Addo-Ferris, {PRACTICE}
Patient: {pt['name']} | DOB: {dmy(pt['dob'])} | NHS No: {spaced(pt['nhs_number'])}
Admission: 05/02/2043 (elective)
Discharge: 09/02/2043 11:00, to home
Consultant: Miss Olivia Trenchard-Boyle | Completed by: Dr Ewan Pettigrew, FY2

# Procedure
Open repair of incisional hernia with onlay mesh on 05/02/2043 (Miss Trenchard-Boyle). Skin closed with clips. Drain removed 08/02/2043.

# Post-operative course
Uncomplicated. Eating and drinking, bowels open, mobile independently.

# Medication
- Paracetamol 1 g QDS PRN: 14 days supplied.
- Dalteparin 5000 units SC OD for 28 days after surgery: 24 days supplied; patient taught to self-inject.
- Lactulose 15 ml BD PRN: supplied.
- Usual medicines unchanged (levothyroxine 100 micrograms OD, atorvastatin 20 mg ON).

# Wound care
- District nurses: please visit on 11/02/2043 to check the wound and change the dressing.
- GP practice: please arrange for the practice nurse to remove the clips on day 10 (15/02/2043) and review the wound.
- Abdominal binder for 6 weeks.

# Follow-up
Surgical outpatient clinic in 6 weeks (appointment letter to follow). No heavy lifting for 6 weeks.
Fit note: issued on the ward for 6 weeks.
""", exp=[("post_procedure_care", "GP practice: please arrange for the practice nurse to remove the clips on day 10 "
           "(15/02/2043) and review the wound"),
          ("late_discharge_summary", "Discharge: 09/02/2043 11:00")],
       notes="Discharge summary addressed to the district nurses (whose dressing visit is a decoy); the clip removal "
             "after the hospital's own operation is passed to the practice: post_procedure_care. Fit note already "
             "issued, dalteparin supplied. Discharged 11:00 on 09/02, sent 15:30 on 11/02 (52.5 h): late.")

# Upper GI MDT outcome to the referring DGH surgeon; everything arranged by the MDT, GP copy for information.
pt = P("Derek Pimblett", "431198", "1978-02-27")
letter(key="mdt2", prov="brk", dept=UGI_MDT, kind="results", specialty="Upper GI Surgery",
       clinician="Dr Hamish Elphinstone", patient=pt, ev=None, ld="2043-02-16", sent="2043-02-16 17:45",
       fmt="html", opts={"label_col": True}, subject="Upper GI MDT outcome - PIMBLETT D", body=f"""
# Upper GI Cancer MDT - Outcome Summary
| MDT meeting | 16/02/2043 |
| Patient | {pt['name']} |
| DOB | {dmy(pt['dob'])} |
| NHS number | {spaced(pt['nhs_number'])} |
| Referring consultant | Mr Idris Vaughan-Leckie, Consultant Upper GI Surgeon, Estonbury General Hospital |
| Key worker | Carys Huddleston, Upper GI Clinical Nurse Specialist, 0113 496 0466 |
| Circulation | Mr Vaughan-Leckie (action); GP, {PRACTICE} (information) |
| MDT chair | Dr Hamish Elphinstone |

# Summary
64-year-old man with 6 weeks of progressive dysphagia. OGD 03/02/2043: ulcerated lesion at 34 to 38 cm; biopsies show adenocarcinoma (HER2 negative). CT CAP 10/02/2043: thickened distal oesophagus, two locoregional nodes, no distant metastases.

# Outcome
- Adenocarcinoma of the distal oesophagus, cT3 N1 M0 on CT.
- PET-CT and staging laparoscopy: booked by the MDT coordinator for the week of 23/02/2043.
- Dietitian: seen in clinic on 12/02/2043; oral nutritional supplements supplied by the hospital dietitian.
- Provisional plan: neoadjuvant chemotherapy then oesophagectomy, to be confirmed after staging. Mr Vaughan-Leckie to discuss with Mr Pimblett at clinic on 19/02/2043.
- Oncology: referral made by the MDT to Dr Fenwick-Ade, clinical oncology.

The diagnosis was given to Mr Pimblett on 12/02/2043 with his CNS present. This summary is for information; no action is required from primary care.
""", notes="Hard negative: an MDT outcome copy where staging, dietetics and the oncology referral are all arranged "
           "by the MDT and the action sits with the referring surgeon; 'no action is required from primary care'. "
           "A cancer diagnosis, but nothing time-critical is asked of the practice, so not urgent.")

# IBD consultant writes to the IBD nurses, GP copied: urgent interaction and a thiopurine handed over.
pt = P("Callum Brierley", "431204", "2019-09-09")
letter(key="ibd1", prov="est", dept=IBD, kind="clinic_letter", specialty="Gastroenterology",
       clinician="Dr Rohan Aitkenhead", patient=pt, ev="2043-02-17", ld="2043-02-18", sent="2043-02-18 13:20",
       fmt="docx", urgent=True, subject="IBD clinic letter - BRIERLEY C - URGENT GP ACTION", body=f"""
# IBD Clinic Letter
To: IBD Nurse Specialist Team, Estonbury General Hospital (Sister Helen Mawdsley)
Copy: Dr P Lanyon, {PRACTICE}; Mr Callum Brierley (patient)
Patient: {pt['name']} | DOB: {dmy(pt['dob'])} | NHS No: {spaced(pt['nhs_number'])}
Clinic date: 17/02/2043 | Consultant: Dr Rohan Aitkenhead

Dear Helen

I reviewed Callum in the IBD clinic today, two weeks after he started mercaptopurine 50 mg OD for steroid-dependent ileocolonic Crohn's disease (TPMT normal on 27/01/2043). He is improving: bowels open three times a day, no blood, and prednisolone is down to 20 mg.

He mentioned that his GP practice started allopurinol 100 mg OD for gout on 10/02/2043. Allopurinol with a full-dose thiopurine can cause severe, life-threatening bone marrow suppression. I have asked him to stop the allopurinol from today, and we took an FBC in clinic.

# Plan for the IBD nursing team
- Please phone Callum on 19/02/2043 with today's FBC result and check that he has stopped the allopurinol.
- Prednisolone: continue to reduce by 5 mg each week (supplied from clinic).
- Thiopurine monitoring bloods at week 4 (03/03/2043) in the IBD day unit, as per our protocol.

# Actions for GP
- URGENT: please stop allopurinol on his repeat list today and do not restart it without speaking to us; if he needs treatment for gout, colchicine is safe.
- From April, please take over the prescribing of mercaptopurine 50 mg OD and do his monthly FBC and LFTs.

Kind regards

Dr Rohan Aitkenhead
Consultant Gastroenterologist
""", exp=[("shared_care_without_agreement", "From April, please take over the prescribing of mercaptopurine 50 mg OD "
           "and do his monthly FBC and LFTs")],
       notes="Addressed to the IBD nurses with the GP copied. A dangerous interaction (allopurinol with a thiopurine) "
             "needs the practice to stop allopurinol today: urgent. Prescribing and monitoring of a newly started "
             "thiopurine handed over with no shared-care agreement: shared_care_without_agreement. The FBC and "
             "week-4 bloods are the hospital's own.")

# Community MSK letter to the patient: GP asked to refer on to the pain programme.
pt = P("Derrick Aspinall", "431211", "1989-05-05")
letter(key="msk1", prov="cal", dept=MSK, kind="clinic_letter", specialty="Musculoskeletal Medicine",
       clinician="Ms Yvette Carrow-Dunne", patient=pt, ev="2043-02-18", ld="2043-02-20", sent="2043-02-23 10:05",
       fmt="html", opts={"label_col": True, "alt": True}, subject="MSK letter to patient - copy to GP", body=f"""
# Community Musculoskeletal (MSK) Service
| Patient | {pt['name']} |
| Date of birth | {dmy(pt['dob'])} |
| NHS number | {spaced(pt['nhs_number'])} |
| Appointment | 18/02/2043, Calderwyn Health Centre |
| Clinician | Yvette Carrow-Dunne, Advanced Practice Physiotherapist |
| Copy | Dr I Crossthwaite, {PRACTICE} |

Dear Mr Aspinall

Thank you for coming to the MSK clinic. We talked about your low back pain, which has been there for three years and now spreads into both legs and your shoulders, and about how poor sleep and time off work have been affecting you. There were no worrying features when I examined you. The MRI scan we arranged in December showed age-related changes but no pressure on the nerves, so an operation would not help.

# What we agreed
- Keep going with your home exercise programme; our physiotherapist will see you for 6 sessions at Calderwyn Health Centre, starting on 04/03/2043.
- Your pain and sleep have a big effect on your life, and I think you would benefit from a pain management programme. Please ask your GP to refer you to the pain management programme at Brackenmoor Royal Infirmary.
- You were referred to the talking therapies service last year and are on their waiting list; please keep that appointment.
- Please carry on with the amitriptyline 10 mg at night that your GP prescribes.

Yours sincerely

Yvette Carrow-Dunne
Advanced Practice Physiotherapist
""", exp=[("onward_referral", "Please ask your GP to refer you to the pain management programme at Brackenmoor Royal "
           "Infirmary")],
       notes="Letter to the patient; the community MSK service sends the patient to the GP for a referral to the "
             "pain programme for the same problem instead of referring on itself: onward_referral. Physiotherapy "
             "booked by the service, talking-therapies referral is history, amitriptyline is green.")

# Sleep clinic letter to the patient, sent exactly 7 days after the clinic; CPAP arranged by the hospital.
pt = P("Gordon Whitmarsh", "431228", "1981-08-17")
letter(key="slp1", prov="est", dept=SLEEP, kind="clinic_letter", specialty="Respiratory Medicine",
       clinician="Dr Anoushka Fairbrother", patient=pt, ev="2043-02-18", ld="2043-02-24", sent="2043-02-25 09:30",
       fmt="docx", subject="Sleep clinic letter to patient (GP copy)", body=f"""
# Sleep Service - Respiratory Medicine
Mr Gordon Whitmarsh
3 Sandpiper Close, Estonbury EQ6 4NF
NHS number: {spaced(pt['nhs_number'])}   Date of birth: {dmy(pt['dob'])}
Appointment: 18/02/2043, Sleep Clinic (Dr Anoushka Fairbrother)
Letter typed: 24/02/2043

Dear Mr Whitmarsh

# Your sleep study results and CPAP
Your home sleep study in January showed moderate obstructive sleep apnoea (AHI 24 events an hour). We agreed that you would start CPAP, a machine that keeps your airway open overnight.

# What happens next
- Our CPAP team will fit your machine on 03/03/2043 at Estonbury General Hospital and will check how you are using it remotely after 4 weeks.
- I will see you again in the sleep clinic in 3 months; the appointment will come by post.

# Driving
You hold a car licence only. You told me you do not feel sleepy when driving, so you do not need to tell the DVLA at the moment. If you ever feel sleepy when driving, stop driving and contact the sleep clinic on 0116 496 0720.

# Other advice
- Losing weight and cutting down on alcohol, especially in the evening, will help.
- Please continue your ramipril and atorvastatin as before.
- If your breathing at night or your sleepiness gets worse before your CPAP is set up, see your GP or call NHS 111.

Yours sincerely

Dr Anoushka Fairbrother
Consultant Respiratory and Sleep Physician

cc Dr K Addo-Ferris, {PRACTICE} - for information
""", notes="Hard negative: a letter to the patient; CPAP and follow-up arranged by the hospital, green drugs "
           "continue, 'see your GP' only as conditional safety-netting. Clinic 18/02, sent 25/02: exactly seven "
           "days, on time.")

# Tertiary renal unit writes to the referring nephrologist; 'Actions for GP' asks the practice to start tolvaptan
# and do its LFT monitoring.
pt = P("Lucy Featherstonehaugh", "431235", "2004-11-28")
letter(key="ren1", prov="brk", dept=RENAL_T, kind="clinic_letter", specialty="Nephrology",
       clinician="Dr Wilhelmina Stroud", patient=pt, ev="2043-02-24", ld="2043-02-26", sent="2043-03-02 11:00",
       fmt="pdf", subject="Regional ADPKD clinic letter (copy) - FEATHERSTONEHAUGH L", body=f"""
# Regional Renal Unit - ADPKD Clinic
To: Dr Marcus Penhaligon, Consultant Nephrologist, Renal Department, Estonbury General Hospital
Copies: Dr P Lanyon, {PRACTICE} (GP); Mrs Lucy Featherstonehaugh (patient)

Patient: {pt['name']} | DOB: {dmy(pt['dob'])} | NHS No: {spaced(pt['nhs_number'])}
Seen: 24/02/2043, Regional ADPKD Clinic, Brackenmoor Royal Infirmary

Dear Marcus

Thank you for referring Mrs Featherstonehaugh, who has ADPKD (PKD1 variant) with an eGFR of 58 falling by about 4 a year and a total kidney volume of 1480 ml (Mayo class 1D). She meets the criteria for tolvaptan and is keen to start after her counselling session with our renal pharmacist today.

# Recommendations
- Tolvaptan 45 mg on waking and 15 mg 8 hours later, titrating to 60/30 mg after a week and then to 90/30 mg as tolerated.
- Blood pressure target below 110/75 if tolerated; I agree with continuing ramipril 10 mg OD.
- Drink 2.5 to 3 litres a day and avoid grapefruit juice.

# Actions for GP
- Please could the practice start tolvaptan 45 mg on waking and 15 mg at 4 pm, and issue it monthly.
- Please also check her LFTs every month for the first 18 months and send the results to our renal pharmacist, Mr Dafydd Cornish.

I will see her again in the ADPKD clinic in 3 months; she will continue to see you for her routine CKD care in between.

With best wishes

Dr Wilhelmina Stroud
Consultant Nephrologist
""", exp=[("hospital_only_prescribing", "Please could the practice start tolvaptan 45 mg on waking and 15 mg at 4 pm, "
           "and issue it monthly"),
          ("tests_for_hospital", "Please also check her LFTs every month for the first 18 months and send the results "
           "to our renal pharmacist, Mr Dafydd Cornish")],
       notes="Letter to the referring nephrologist with 'Actions for GP': initiation of tolvaptan, a hospital-only "
             "specialist drug, asked of the practice (hospital_only_prescribing), and the drug's initial LFT "
             "monitoring for the renal unit (tests_for_hospital). Ramipril continues (green).")

# Renal results letter to the patient, sent by the consultant himself, GP copied: potassium 6.4, act within 48 h.
pt = P("Stanley Gaukroger", "431242", "1958-06-06")
letter(key="k01", prov="est", dept=RENAL, kind="results", specialty="Nephrology",
       clinician="Dr Marcus Penhaligon", patient=pt, ev=None, ld="2043-03-03", sent="2043-03-03 18:20",
       fmt="plain", urgent=True, opts={"from": "Dr Marcus Penhaligon <marcus.penhaligon@nhs.net>"},
       subject="URGENT - results letter (copy) - GAUKROGER S - potassium 6.4", body=f"""
{head("est", RENAL)}

RESULTS LETTER - URGENT
03/03/2043

Mr Stanley Gaukroger
11 Mill Race Terrace
Estonbury EQ2 3AD

Hospital No: EW4418207    NHS No: {spaced(pt['nhs_number'])}    DOB: {dmy(pt['dob'])}

Dear Mr Gaukroger

Blood tests taken at the renal clinic on 02/03/2043

Your blood test from yesterday's clinic has come back. Your potassium level is high at 6.4 mmol/L (normal 3.5 to 5.3), and your kidney function is a little lower than usual (creatinine 228, eGFR 24).

I tried to telephone you this afternoon but could not get through, so I am writing to you and to your GP today.

Please stop your ramipril and your spironolactone straight away, and avoid high-potassium foods such as bananas, tomatoes and fruit juice (a diet sheet is enclosed).

If you feel weak, have palpitations or feel faint, go to the Emergency Department straight away.

Yours sincerely

Dr Marcus Penhaligon
Consultant Nephrologist

cc Dr I Crossthwaite, {PRACTICE} - URGENT
Action for GP: potassium 6.4 on our clinic bloods of 02/03/2043; please recheck his U&Es within 48 hours and act on the result, and stop ramipril and spironolactone on his repeat prescription.
""", exp=[("results_chasing", "please recheck his U&Es within 48 hours and act on the result")],
       notes="Results letter to the patient with the GP copied: the hospital's own abnormal result (K 6.4) handed to "
             "the GP to recheck and act on: results_chasing; time-critical, so urgent. Sent by the consultant from "
             "his own mailbox.")

# Community paediatrician writes to the health visitor; the requests are the HV's, GP copy for information.
pt = P("Tobias Greenhalgh", "431259", "2041-09-14")
letter(key="pae1", prov="cal", dept=PAEDS, kind="clinic_letter", specialty="Community Paediatrics",
       clinician="Dr Lowri Pemberton-Shaw", patient=pt, ev="2043-03-03", ld="2043-03-04", sent="2043-03-05 12:00",
       fmt="plain", subject="Community paediatrics - letter to HV (GP copy) - GREENHALGH T", body=f"""
{head("cal", PAEDS)}

Date: 04/03/2043

Ms Janine Royle
Health Visitor, Estonbury 0-19 Team
Estonbury Health Centre

Dear Janine

Re: Tobias Greenhalgh   DOB {dmy(pt['dob'])}   NHS No {spaced(pt['nhs_number'])}
Parents: Chloe Greenhalgh and Ryan Stott, 5 Kiln Yard, Estonbury EQ1 9PP
Seen: 03/03/2043, Community Paediatric Clinic, Estonbury Health Centre

Thank you for asking me to see Tobias, now 17 months old, because of faltering growth. His weight has drifted from the 50th centile to just below the 9th since he was 9 months old, while his length has stayed on the 50th.

He was a happy, active boy in clinic and his examination was normal, with no signs of chronic illness. I think this is most likely feeding-related (he drinks about 1.2 litres of milk a day and grazes), but I have checked a coeliac screen, FBC, ferritin, U&Es and TFTs today in clinic. The results will come to me and I will write to the family.

Plan
- Please could you weigh him monthly at the baby clinic, plot it in his red book and send me the weights before his review.
- Please support the family to cut his milk down to about 400 ml a day and to offer three meals and two snacks.
- I have referred him to the community paediatric dietitian myself.
- I will review him in clinic in 3 months.

Yours sincerely

Dr Lowri Pemberton-Shaw
Consultant Community Paediatrician

cc Dr P Lanyon, GP, {PRACTICE} - for information
cc Parents
""", notes="Hard negative: a letter to the health visitor, whose weighing and feeding support are asked for; the "
           "paediatrician reviews her own bloods and makes the dietetic referral herself; GP copy for information.")

# Community dietetics DNA: patient discharged after one missed appointment; GP told to re-refer.
pt = P("Brenda Scattergood", "431266", "1971-02-14")
letter(key="die1", prov="cal", dept=DIET, kind="clinic_letter", specialty="Dietetics",
       clinician="Mrs Harpreet Kaur-Edgeley", patient=pt, ev=None, ld="2043-03-06", sent="2043-03-06 15:00",
       fmt="html", opts={"label_col": True}, subject="Dietetics - missed appointment (copy)", body=f"""
# Community Nutrition and Dietetics
| Patient | {pt['name']} |
| Date of birth | {dmy(pt['dob'])} |
| NHS number | {spaced(pt['nhs_number'])} |
| Missed appointment | 04/03/2043, 10:15, Estonbury Health Centre |
| Copy | Dr K Addo-Ferris, {PRACTICE} |

Dear Mrs Scattergood

We are sorry we did not see you at your appointment with the dietitian on 04/03/2043. Your GP referred you to us in January for advice about your weight and your type 2 diabetes.

As we have not heard from you, we have closed your referral and discharged you from the dietetic service. If you still want to see a dietitian, please contact your GP, who can refer you again.

# Information for your GP
Mrs Scattergood has been discharged after one missed appointment, in line with the service's access policy. If you would still like her to be seen, please send a new referral via the single point of access.

Yours sincerely

Harpreet Kaur-Edgeley
Specialist Dietitian
""", exp=[("dna_rereferral", "If you would still like her to be seen, please send a new referral via the single point "
           "of access")],
       notes="Letter to the patient with a section for the GP: discharged after one missed appointment and the GP "
             "asked for a new referral: dna_rereferral (phrased conditionally, but it is the request the category "
             "describes, not a symptom-recurrence note). No attendance, so event_date is null.")

# Urology clinic letter to the patient, late; the hospital's PSA result sent to the GP for the patient to discuss.
pt = P("Dennis Mottram", "431273", "1983-09-29")
letter(key="uro1", prov="est", dept=URO, kind="clinic_letter", specialty="Urology",
       clinician="Mr Kwabena Rushworth", patient=pt, ev="2043-02-26", ld="2043-03-09", sent="2043-03-10 10:40",
       fmt="plain", subject="Urology clinic letter to patient (GP copy) - MOTTRAM D", body=f"""
{head("est", URO)}

Clinic date: 26/02/2043 (LUTS clinic, Estonbury General Hospital)
Dictated: 27/02/2043    Typed: 09/03/2043

Mr Dennis Mottram
40 Brewery Lane
Estonbury EQ5 2NL
NHS number {spaced(pt['nhs_number'])}   DOB {dmy(pt['dob'])}

Dear Mr Mottram

Thank you for coming to see me about your waterworks. You have been getting up three times a night and your stream has become weaker over the past year. Your flow test in clinic was reduced (9 ml a second) and the bladder scan showed 110 ml left behind after you had passed urine. On examination your prostate felt moderately enlarged and smooth.

We agreed:
1. To start tamsulosin 400 micrograms once a day. I gave you a 28-day supply from the clinic, and your GP will continue it after that.
2. I took a PSA blood test in clinic. The result will be sent to your GP; please make an appointment with your GP to discuss the result.
3. I will see you again in 4 months with a repeat flow test.

Yours sincerely

Mr Kwabena Rushworth
Consultant Urological Surgeon

cc Dr P Lanyon, {PRACTICE}
""", exp=[("patient_redirected_to_gp", "The result will be sent to your GP; please make an appointment with your GP "
           "to discuss the result"),
          ("late_clinic_letter", "Clinic date: 26/02/2043")],
       notes="Letter to the patient: the hospital's own PSA result routed to the GP for the patient to discuss "
             "(patient_redirected_to_gp). Clinic 26/02, sent 10/03: 12 days, late. Tamsulosin supplied for 28 days "
             "and continued by the GP (green).")

# Hand trauma clinic writes to hand therapy; sutures removed in clinic, fit note issued, referral history.
pt = P("Ashok Venkataraman", "431280", "1988-04-03")
letter(key="han1", prov="brk", dept=HAND, kind="clinic_letter", specialty="Plastic Surgery",
       clinician="Mr Chidi Balogun-Reid", patient=pt, ev="2043-03-10", ld="2043-03-11", sent="2043-03-12 14:00",
       fmt="pdf", subject="Hand trauma clinic letter (copy) - VENKATARAMAN A", body=f"""
# Hand Trauma Clinic - Plastic Surgery
To: Hand Therapy Department, Brackenmoor Royal Infirmary
Copy: Dr K Addo-Ferris, {PRACTICE}; Mr A Venkataraman

Patient: {pt['name']} | DOB: {dmy(pt['dob'])} | NHS No: {spaced(pt['nhs_number'])}
Clinic: 10/03/2043 (post-operative review, 12 days after surgery)

Dear colleagues

Mr Venkataraman, a 54-year-old chef, had repair of flexor digitorum profundus to the left ring finger (zone 2) on 26/02/2043 after a kitchen knife injury. I saw him in clinic today: the wound has healed and I removed the sutures in clinic.

Please could you continue his early active motion protocol in the dorsal blocking splint for 6 weeks from surgery, with weekly therapy sessions, and let me know if he loses active flexion.

# Other points
- Fit note: I issued a fit note today for 8 weeks (until 05/05/2043), as he cannot work in a kitchen in the splint.
- He was referred to rheumatology by his GP last year for possible psoriatic arthritis and remains under their care.
- Analgesia: paracetamol as needed; no prescription required.
- I will see him again in the hand trauma clinic in 6 weeks.

No action is needed from the GP.

Mr Chidi Balogun-Reid
Consultant Plastic Surgeon
""", notes="Hard negative: a letter to hand therapy (the request is theirs), sutures removed in clinic, fit note "
           "already issued by the hospital, a GP referral mentioned only as history, 'no action is needed from the "
           "GP'.")

# Independent provider's 6-week review letter to the patient; the GP copy asks the practice to fill in its audit.
pt = P("Patricia Holroyd", "431297", "1975-08-12")
letter(key="aud1", prov="sal", dept=SAL_ORTHO, kind="clinic_letter", specialty="Trauma and Orthopaedics",
       clinician="Mr Stellan Brightwater", patient=pt, ev="2043-03-12", ld="2043-03-13", sent="2043-03-16 09:20",
       fmt="docx", subject="Outpatient letter to patient - copy for GP - HOLROYD P", body=f"""
# Orthopaedic Outpatient Letter (NHS patient)
Mrs Patricia Holroyd
2 Sedgefield Mews, Sallowfield SF8 9QB
NHS No: {spaced(pt['nhs_number'])} | DOB: {dmy(pt['dob'])}
Appointment: 12/03/2043, 6-week review after left total hip replacement (operation 29/01/2043)

Dear Mrs Holroyd

It was good to see you walking so well. Your wound has healed nicely and the X-ray taken today shows the new hip in a good position.

# Going forward
- You can stop using the stick indoors now, and outdoors when you feel steady.
- You can drive again once you can do an emergency stop comfortably.
- You do not need antibiotics before dental treatment.
- You do not need another appointment with us unless you have problems; if you do, ring our patient office on 0118 496 0245 and we will see you (there is no need to go through your GP).

# Information for your GP
Dr Crossthwaite, Mrs Holroyd has made an excellent recovery. As part of our joint replacement outcomes audit, we would be grateful if the practice could complete the attached 3-month outcome form for her (mobility, pain score, any readmissions or GP consultations about the hip) and return it to our audit office by 30/04/2043.

Yours sincerely

Mr Stellan Brightwater
Consultant Orthopaedic Surgeon

cc Dr I Crossthwaite, {PRACTICE}
""", exp=[("non_contractual_admin", "we would be grateful if the practice could complete the attached 3-month outcome "
           "form for her (mobility, pain score, any readmissions or GP consultations about the hip) and return it to "
           "our audit office by 30/04/2043")],
       notes="Letter to the patient; the GP section asks the practice to complete the provider's own audit form: "
             "non_contractual_admin. Open access back to the provider is a decoy.")

# Tertiary neurogastroenterology returns a consultant's referral, but asks the GP for the work-up.
pt = P("Rhiannon Prothero", "431303", "2012-05-30")
letter(key="ref2", prov="brk", dept=NEUROGASTRO, kind="referral_response", specialty="Gastroenterology",
       clinician="Dr Imogen Thackeray", patient=pt, ev=None, ld="2043-03-16", sent="2043-03-17 11:45",
       fmt="html", opts={"label_col": True, "alt": True,
                         "from": "Neurogastroenterology Secretaries <bth.neurogastro@brackenmoor.nhs.uk>"},
       subject="Referral triage outcome - PROTHERO R (copy to GP)", body=f"""
# Neurogastroenterology Service - Referral Triage Outcome
| Referral from | Dr Mairead Colquhoun, Consultant Gastroenterologist, Estonbury General Hospital |
| Date received | 02/03/2043 |
| Patient | {pt['name']} |
| DOB | {dmy(pt['dob'])} |
| NHS number | {spaced(pt['nhs_number'])} |
| Triage outcome | Returned - further information required |
| Triaged by | Dr Imogen Thackeray, Consultant Gastroenterologist |
| Copies | Dr P Lanyon, {PRACTICE}; Ms R Prothero |

Dear Dr Colquhoun

Thank you for referring Ms Prothero with refractory abdominal pain and bloating, possibly functional dyspepsia overlapping with IBS, to our neurogastroenterology clinic for consideration of gastric emptying studies.

Unfortunately we cannot accept the referral yet. Our service needs organic disease to be excluded before a first appointment, and the referral does not include a faecal calprotectin, coeliac serology or a recent FBC and ferritin.

# Action for GP
We have copied this letter to Dr Lanyon; we would be grateful if the practice could check a faecal calprotectin, coeliac serology (tTG IgA with total IgA), FBC and ferritin, and then re-refer to us with the results.

# Advice in the meantime
- A trial of a low FODMAP diet with a dietitian may help.
- A low-dose tricyclic (amitriptyline 10 mg at night) can be considered as a gut-brain neuromodulator.

Yours sincerely

Dr Imogen Thackeray
Consultant Gastroenterologist
""", exp=[("referral_returned_for_workup", "we would be grateful if the practice could check a faecal calprotectin, "
           "coeliac serology (tTG IgA with total IgA), FBC and ferritin, and then re-refer to us with the results")],
       notes="A tertiary service returns a consultant's referral and asks the GP (in copy) for the work-up and a new "
             "referral: referral_returned_for_workup. The advice section is advice, not a request.")

# Cataract post-op letter to the community optometrist: the requests (refraction, outcome form) are the
# optometrist's; drops supplied.
pt = P("Albert Cruickshank", "431310", "1964-12-19")
letter(key="eye1", prov="sal", dept=EYE, kind="clinic_letter", specialty="Ophthalmology",
       clinician="Miss Henrietta Voss-Lambert", patient=pt, ev="2043-03-17", ld="2043-03-18",
       sent="2043-03-18 16:00", fmt="html", opts={"label_col": True},
       subject="Cataract post-op letter to optometrist (GP copy) - CRUICKSHANK A", body=f"""
# Cataract Service - Post-operative Review
| To | Mr Farid Haddadi, Optometrist, Clearview Opticians, 8 Market Place, Estonbury EQ1 1AA |
| Copy | GP: Dr I Crossthwaite, {PRACTICE}; patient |
| Patient | {pt['name']} |
| Date of birth | {dmy(pt['dob'])} |
| NHS number | {spaced(pt['nhs_number'])} |
| Operation | Right phacoemulsification and IOL, 10/03/2043 (Miss Henrietta Voss-Lambert) |
| Review | 17/03/2043, nurse-led post-operative clinic |

Dear Mr Haddadi

Mr Cruickshank had uncomplicated right cataract surgery on 10/03/2043. At his review today his unaided right visual acuity was 6/9, the pressure was 16 mmHg and the eye was quiet.

# Requests for the optometrist
- Please could you perform his post-operative refraction 4 to 6 weeks after surgery (from 07/04/2043), and complete the enclosed post-operative outcome form and return it to us.
- If you find a problem at that visit (acuity worse than 6/12, a raised pressure or an inflamed eye), please refer him straight back to our cataract clinic on 0118 496 0252.

# Medication
Dexamethasone 0.1% drops QDS for 2 weeks then BD for 2 weeks, and chloramphenicol drops QDS for 2 weeks: supplied by us on the day of surgery. No prescriptions are needed from the GP.

# Left eye
He remains on our waiting list for second-eye surgery, and we will write to him with a date.

Miss Henrietta Voss-Lambert
Consultant Ophthalmic Surgeon
""", notes="Hard negative: post-operative refraction and the outcome form are asked of the community optometrist "
           "(the addressee), drops supplied by the provider, 'no prescriptions are needed from the GP'.")

# ====================================================================== 'other' messages

other(key="o01", sent="2043-01-12 14:05", type="ooo", notes="Out-of-office reply from a liver unit secretary.",
      frm="Karen Pilbeam <karen.pilbeam@brackenmoor.nhs.uk>", subject="Automatic reply: transplant assessment query",
      body="Thank you for your email. I am on annual leave until 19/01/2043 and will not be checking messages.\n\n"
           "For urgent liver unit queries please ring the unit coordinator on 0113 496 0420. Results and copies "
           "of letters can be requested from the clinic office on 0113 496 0421.\n")
other(key="o02", sent="2043-01-22 19:30", type="patient",
      notes="A relative writes in about a copy letter; not a provider letter.",
      frm="Paul Ledgerwood <paul.ledgerwood@example.com>", subject="Dad's heart letter",
      body="Hello\n\nDad (Arthur Ledgerwood) got a copy of the letter his heart doctor at Estonbury sent to the "
           "surgeon in Brackenmoor. It says the GP has been copied in for information and doesn't need to do "
           "anything, but he wants to know if he should still take his aspirin before the CT scan on the 20th. "
           "Could one of the doctors give him a ring?\n\nThanks\nPaul Ledgerwood\n07700 900462\n")
other(key="o03", sent="2043-01-29 08:00", type="html_bulletin", notes="ICB interface bulletin (bulk).",
      frm="Estonbury and Calderwyn ICB Primary Care <primarycare@estonbury-icb.example>",
      subject="Interface Matters - January 2043",
      body="<html><body><h2>Interface Matters</h2><p>January 2043</p><ul>"
           "<li>Copy letters: a letter addressed to another clinician with the GP in copy does not transfer work "
           "to the practice unless it says so.</li>"
           "<li>The updated shared care list (amber drugs) is now on the ICB website.</li>"
           "<li>Next primary-secondary care interface meeting: 26 February 2043.</li></ul>"
           "<p>You receive this bulletin because your practice is on the ICB distribution list.</p>"
           "</body></html>\n")
other(key="o04", sent="2043-02-08 06:40", type="phish", notes="Phishing pretending to be a secure copy of a letter.",
      frm="NHS Secure Share <no-reply@nhs-secure-share.example.net>",
      subject="You have been copied into: Discharge_Summary_copy.pdf",
      body="A clinician has shared a document with you and copied you in.\n\nDocument: Discharge_Summary_copy.pdf "
           "(2 pages)\nAccess expires in 24 hours.\n\nSign in with your NHSmail password to view:\n"
           "http://nhs-secure-share.example.net/view?doc=88213\n")
other(key="o05", sent="2043-02-13 12:30", type="internal", notes="Internal practice email about filing copy letters.",
      frm="Beverley Kettlewell <beverley.kettlewell@nhs.net>", subject="Workflow: copy letters to other clinicians",
      body="Hi all\n\nFrom Monday, letters where we are only in copy and there is no section for the GP (e.g. "
           "consultant to consultant, letters to the DNs or the care home) will be coded and filed by the "
           "workflow team without going to a GP. Anything with 'Action for GP' or 'cc GP: please' still goes "
           "to the duty doctor.\n\nThanks\nBev\nPractice Manager, Tanner's Yard Medical Centre\n")
other(key="o06", sent="2043-02-20 10:00", type="dsn", notes="Non-delivery report.",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>", subject="Undeliverable: RE: blood culture result query",
      body="Delivery has failed to these recipients or groups:\n\nward23.secretaries@brackenmoor.nhs.uk\nThe "
           "email address you entered couldn't be found.\n", rcpt="ward23.secretaries@brackenmoor.nhs.uk")
other(key="o07", sent="2043-03-02 08:15", type="supplier", notes="Supplier dispatch notice.",
      frm="Estonbury Medical Supplies <orders@estonbury-medsupplies.example.co.uk>",
      subject="Order EMS-448201 dispatched",
      body="Dear Customer\n\nYour order EMS-448201 has been dispatched and should arrive within 2 working days.\n\n"
           "- Suture removal packs x 50\n- Skin stapler removers x 20\n- Dressing packs (sterile) x 100\n"
           "- Phlebotomy tourniquets x 10\n\nInvoice to follow. Questions: 0161 496 0388.\n")
other(key="o08", sent="2043-03-09 16:30", type="massmail", notes="Trust mass mailing to all practices (bulk).",
      frm="Brackenmoor Teaching Hospitals Communications <comms@brackenmoor.nhs.uk>",
      subject="For information: changes to how we copy letters to GPs from April 2043",
      body="SENT TO ALL GP PRACTICES\n\nFrom 1 April 2043, clinic letters written to patients will be copied to GPs "
           "automatically, and letters between our consultants will be copied only where the GP is named. Letters "
           "will show a section headed 'Actions for GP' only when something is asked of the practice. No action is "
           "needed.\n")
other(key="o09", sent="2043-03-17 15:10", type="carehome",
      notes="A care home writes to the practice; not a provider letter.",
      frm="Larkspur House Care Home <manager.larkspurhouse@example.org.uk>",
      subject="Mr Pinnegar - risperidone supply",
      body="Dear Dr Crossthwaite\n\nThe psychiatrist said in January that she would write to you about Mr "
           "Pinnegar's risperidone. The supply from the mental health pharmacy runs out on Friday. Can you let us "
           "know whether the prescription will now come from the surgery?\n\nKind regards\nAdaeze Odunsi-Varley\n"
           "Registered Manager\n01632 960 611\n")
other(key="o10", sent="2043-03-19 07:00", type="bulletin", notes="LMC newsletter (bulk) quoting request wording.",
      frm="Estonbury and Calderwyn LMC <news@ec-lmc.example.org>", subject="LMC News - March 2043",
      body="ESTONBURY AND CALDERWYN LMC NEWS - MARCH 2043\n\n1 Copy letters: being in cc is not the same as being "
           "asked. When a consultant-to-consultant letter adds 'cc GP: please could you repeat the U&Es', the "
           "request still belongs to the clinician who needs the test.\n2 Our template replies were updated on "
           "01/03/2043.\n3 AGM: 23 April 2043, 19:30.\n\nTo unsubscribe reply UNSUBSCRIBE.\n")


# ====================================================================== rendering and checks

MARKING = {"brk": "OFFICIAL-SENSITIVE: PERSONAL", "est": "CONFIDENTIAL - PATIENT INFORMATION",
           "cal": "OFFICIAL-SENSITIVE", "sal": "PRIVATE AND CONFIDENTIAL (NHS patient)"}
COLOUR = {"brk": "#1d3f6e", "est": "#006b5b", "cal": "#6a2c70", "sal": "#404040"}
FONT = {"brk": "Arial,Helvetica,sans-serif", "est": "Calibri,Arial,sans-serif", "cal": "Verdana,sans-serif",
        "sal": "Tahoma,Arial,sans-serif"}


def house(L: dict, p: dict) -> dict:
    """Each provider's colour, font and protective marking in the table-letterhead frame."""
    c = COLOUR[L["prov"]]
    return dict(heading=f'<h3 style="font-size:11pt;color:{c};margin:10px 0 4px 0">{{}}</h3>',
                cell=f'style="border:1px solid {c};padding:2px 6px;vertical-align:top"',
                font=FONT[L["prov"]], marking=MARKING[L["prov"]],
                footer=f"{html.escape(p['name'])} - sent by {html.escape(p['mailer'])}.")


COPY = re.compile(r"\b(cc|copy|copies|copy to|circulation)\b", re.IGNORECASE)


def own(lid: str, lab: dict, text: str) -> list[str]:
    """This corpus's promises for each letter: the practice appears as a copy recipient (the GP is copied, not
    addressed), and every letter without findings is noted as a hard negative."""
    errors = kit.check_notes(lid, lab)
    if PRACTICE not in text or not COPY.search(text):
        errors.append(f"{lid}: practice not named as a copy recipient")
    return errors


def corpus_checks(labels: list[dict], items: list[kit.Item]) -> list[str]:
    """The kit's checks plus this corpus's own: 2-3 urgent letters, ten other messages, at least a third of the
    letters hard negatives (no findings and not urgent) and at least two late letters of each kind."""
    errors = C.checks(labels, items, urgent=(2, 3), others=10, own=own)
    errors += kit.check_negatives(labels, not_urgent=True) + kit.check_late_counts(labels, 2)
    return errors


if __name__ == "__main__":
    sys.exit(C.run(sys.argv[1:], house=house, checks=corpus_checks, negatives="hard negatives"))
