#!/usr/bin/env python3
"""Build the twenty-sixth (independent, held-out) corpus: tests/corpus/twentysixth/.

Style: letters written to the PATIENT in the second person with the GP in copy, as many trusts now send
them, and allied health professional and community-team letters to the GP in their own house styles
(short outcome reports, SOAP notes, "Plan:" bullets, discharge-from-service letters, discharge after a
missed appointment).  Requests to the practice hide inside the patient's letter ("please make an
appointment with your practice nurse to have your stitches removed", "your GP will arrange a blood test"),
next to hard negatives in the same voice ("we will send you an appointment", "you do not need to see your
GP", safety-netting, "your GP has been sent a copy of this letter for information").

The invented practice is Thornyhurst Road Medical Centre.  The invented providers are two acute trusts
(Kestrelford, Wealdmoor and Pennock), a community trust (physiotherapy, occupational therapy, dietetics,
speech and language therapy, podiatry, orthotics, continence, district nursing, tissue viability and a
community hospital), a mental-health trust (Ravensholt) and an independent-sector treatment centre
(Meridale Healthcare, Claybury Park).  Formats: plain text, HTML (some with tables, some with a text
alternative), PDF and DOCX attachments.  Ten messages are not letters.

Everything is invented; NHS numbers are 999-range with a valid Modulus 11 check digit; telephone numbers
are in Ofcom drama ranges.  Every date falls between 5 May and 18 July 2036, inside British Summer Time,
so every Date header is BST (+0100).  The build is deterministic.

    python3 tests/corpus/make_twentysixth.py            # build, then verify
    python3 tests/corpus/make_twentysixth.py --verify-only
"""
from __future__ import annotations

import datetime as dt
import html
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus_kit as kit  # noqa: E402
from corpus_kit import collapse  # noqa: E402
from corpus_kit import patient as P  # noqa: E402

PRACTICE = "Thornyhurst Road Medical Centre"
GP1 = "Dr Folasade Ingleby"
GP2 = "Dr Marcus Peverell"

PROV = {
    "kes": dict(
        name="Kestrelford University Hospitals NHS Foundation Trust", site="Kestrelford Royal Hospital",
        addr=["Lanyard Street", "Kestrelford", "KF2 6RW"], phone="0161 496 0300", domain="kestrelford.nhs.uk",
        sender="Kestrelford University Hospitals <patient.letters@kestrelford.nhs.uk>",
        mailer="KUH PatientComms 4.0", colour="#00577a"),
    "wea": dict(
        name="Wealdmoor and Pennock Hospitals NHS Trust", site="Pennock District General Hospital",
        addr=["Tanyard Lane", "Pennock", "PK4 9DE"], phone="0191 498 0400", domain="wealdmoor-pennock.nhs.uk",
        sender="Wealdmoor and Pennock Hospitals <outpatient.correspondence@wealdmoor-pennock.nhs.uk>",
        mailer="WPH Correspondence Hub 7.3", colour="#6b2d5c"),
    "com": dict(
        name="Larchbrook Community Healthcare NHS Trust", site="Larchbrook Health and Wellbeing Centre",
        addr=["Old Mill Road", "Larchbrook", "LB8 1QS"], phone="0113 496 0550",
        domain="larchbrook-community.nhs.uk",
        sender="Larchbrook Community Healthcare <community.letters@larchbrook-community.nhs.uk>",
        mailer="LCH Community Letters 2.6", colour="#2e6b30"),
    "mh": dict(
        name="Ravensholt Mental Health NHS Foundation Trust", site="Harrowdene House",
        addr=["Beckside", "Ravensholt", "RV3 5MH"], phone="0117 496 0720", domain="ravensholt-mh.nhs.uk",
        sender="Ravensholt Mental Health <clinical.correspondence@ravensholt-mh.nhs.uk>",
        mailer="RMH Outbound Letters 11.2", colour="#4a4a8c"),
    "isp": dict(
        name="Meridale Healthcare Ltd", site="Claybury Park Treatment Centre",
        addr=["Claybury Park Way", "Kestrelford", "KF9 3CP"], phone="0116 496 0810",
        domain="meridale-healthcare.example.co.uk",
        sender="Claybury Park Treatment Centre <nhs.letters@meridale-healthcare.example.co.uk>",
        mailer="Meridale CareFlow Mailer 3.1", colour="#8a4b08"),
}
COVER = ("{trust}\n{dept}\n\nPlease find attached a {doctype} for a patient registered with your practice.\n"
         "Reference: {ref}\n\nReplies to this address are not read; contact details are on the letter.\n")
COVER_PT = ("{trust}\n{dept}\n\nThe attached {doctype} has been written to your patient; this copy is for your "
            "records.\nReference: {ref}\n\nReplies to this address are not read; contact details are on the "
            "letter.\n")
C = kit.Corpus("twentysixth", "t26", f"{PRACTICE} <thornyhurst.roadmc@nhs.net>", PROV, cover=COVER,
               window=("2036-05-05", "2036-07-18"), utc_hours=1, tz=dt.timezone(dt.timedelta(hours=1)),
               doctypes={**kit.DOCTYPES, "discharge_summary": "discharge letter"})
other = C.other


def letter(voice: str = "gp", **kw):
    """Record a letter written to the GP or (voice="patient") to the patient, whose copy has its own cover note."""
    if voice == "patient":
        kw["opts"] = {**kw.get("opts", {}), "cover": COVER_PT}
    C.letter(voice=voice, **kw)


def head(p: str, dept: str) -> str:
    pr = PROV[p]
    return f"{pr['name']}\n{dept}\n{pr['site']}, {', '.join(pr['addr'])}\nTelephone {pr['phone']}"


idl = kit.idline

# departments
KES_HAND = "Day Surgery Unit - Hand Surgery"
KES_GASTRO = "Department of Gastroenterology"
KES_SURG = "Surgical Assessment Unit, Ward 9"
KES_URO = "Urology Outpatients"
KES_DERM = "Dermatology and Skin Cancer Service"
KES_RHEUM = "Rheumatology Outpatients"
WEA_CARDIO = "Heart Failure Clinic, Cardiology"
WEA_RESP = "Chest Clinic, Respiratory Medicine"
WEA_FRAC = "Fracture Clinic, Trauma and Orthopaedics"
WEA_ED = "Emergency Department"
WEA_GYN = "Colposcopy Clinic, Women's Health"
MH_CMHT = "Adult Community Mental Health Team (Ravensholt North)"
MH_ADHD = "Adult ADHD Service"
MH_WARD = "Alder Ward, Inpatient Services"
MH_ACCESS = "Single Point of Access and Triage"
ISP_ORTHO = "Joint Replacement Unit"
ISP_EYE = "Cataract Service"
C_MSK = "MSK Physiotherapy Service"
C_DIET = "Community Dietetics"
C_POD = "Podiatry - High Risk Foot Service"
C_NAIL = "Podiatry - Nail Surgery Clinic"
C_OT = "Community Occupational Therapy"
C_SLT = "Adult Speech and Language Therapy"
C_ORTHOTICS = "Orthotics Service"
C_CONT = "Bladder and Bowel (Continence) Service"
C_DN = "District Nursing - Larchbrook East"
C_HOSP = "Hawthorn Ward, Larchbrook Community Hospital"
C_CATS = "MSK Clinical Assessment and Triage Service"
C_NEURO = "Community Neuro-Rehabilitation Team"
C_TV = "Leg Ulcer Clinic - Tissue Viability"

# ====================================================================== letters to the patient, GP in copy

# P01 day-case carpal tunnel release: stitches to the practice nurse; three days' analgesia on discharge
pt = P("Desmond Ashdown", "426011", "1971-08-14")
letter(key="p01", prov="kes", dept=KES_HAND, kind="discharge_summary", specialty="Trauma and Orthopaedics",
       clinician="Mr Tobias Renwick-Lyle", patient=pt, ev="2036-05-06", ev_time="15:20", ld="2036-05-06",
       sent="2036-05-06 17:45", fmt="plain", voice="patient",
       subject="Your day surgery - discharge information (copy to GP)", body=f"""
{head("kes", KES_HAND)}

{idl(pt)}
Date of operation: 06/05/2036
Discharged: 06/05/2036 at 15:20
Consultant: Mr Tobias Renwick-Lyle, Consultant Hand Surgeon

Mr Desmond Ashdown
21 Pelham Rise
Kestrelford
KF3 7PQ

Dear Mr Ashdown,

Your operation: right carpal tunnel release

Thank you for coming to the Day Surgery Unit today. Your operation went well under a local anaesthetic and you were able to go home the same afternoon.

Your wound
Your hand is in a bulky dressing. Keep it clean and dry and keep your hand raised for the first 48 hours. You can take the bulky dressing off after two days, leaving the small plaster underneath. Your stitches do not dissolve. Please make an appointment with your practice nurse to have your stitches removed 10 to 14 days after your operation.

Pain relief
We have given you three days of co-codamol 30/500; if you need more after that, please ask your GP for a prescription.

What happens next
Our hand therapists will send you an appointment for about three weeks after your operation. If the wound becomes hot, red or swollen, or starts to leak, please ring the Day Surgery Unit on 0161 496 0318.

Yours sincerely

Mr Tobias Renwick-Lyle
Consultant Hand Surgeon

cc: {GP1}, {PRACTICE} (for information)
""", exp=[("post_procedure_care", "Please make an appointment with your practice nurse to have your stitches removed "
           "10 to 14 days after your operation."),
          ("hospital_only_prescribing", "We have given you three days of co-codamol 30/500; if you need more after "
           "that, please ask your GP for a prescription.")],
       notes="Patient voice. Suture removal after the hospital's own operation passed to the practice nurse; three "
             "days' supply on discharge with the rest sent to the GP (under 7 days). The copy says 'for "
             "information' but the letter still asks. Hand therapy appointment sent by the hospital: negative. "
             "Sent the same day.")

# P02 heart failure clinic: ramipril started, GP to do the first U&E; sent exactly 7 days after clinic
pt = P("Imelda Hale", "426028", "1958-02-27")
letter(key="p02", prov="wea", dept=WEA_CARDIO, kind="clinic_letter", specialty="Cardiology",
       clinician="Dr Anwen Castellanos", patient=pt, ev="2036-05-07", ld="2036-05-09", sent="2036-05-14 11:30",
       fmt="pdf", voice="patient", subject="Heart failure clinic - letter to patient, copy for GP", body=f"""
# Heart Failure Clinic
{idl(pt)}
Clinic date: 07/05/2036
Letter typed: 09/05/2036
Seen by: Dr Anwen Castellanos, Consultant Cardiologist

Mrs Imelda Hale
4 Marlowe Gardens
Pennock
PK2 8UJ

Dear Mrs Hale,

Thank you for coming to see me in the heart failure clinic. I write to my patients directly, and your GP has been sent a copy of this letter.

# What we found
Your heart tracing (ECG) showed a normal rhythm. The scan of your heart last month showed that the main pumping chamber is working less well than it should (ejection fraction 38%).

# What we have changed
We have started ramipril 1.25 mg once a day, and we gave you 28 days of tablets from the hospital pharmacy. Please keep taking your bisoprolol and your other medicines as before.

# What happens next
- Your GP will arrange a blood test to check your kidney function and potassium two weeks after you start ramipril.
- We will send you an appointment for a repeat echocardiogram in three months.
- Our heart failure nurse, Ms Dilys Farrimond, will telephone you in four weeks to see how you are getting on.

If you become more breathless, your ankles swell quickly or your weight goes up by more than 2 kg in three days, please ring the heart failure nurses on 0191 498 0466.

Yours sincerely

Dr Anwen Castellanos
Consultant Cardiologist
Copy: {GP2}, {PRACTICE}
""", exp=[("tests_for_hospital", "Your GP will arrange a blood test to check your kidney function and potassium two "
           "weeks after you start ramipril.")],
       notes="Patient voice. Initial monitoring of a drug the clinic has just started, handed to the GP. Echo "
             "booked and nurse call by the hospital: negatives. Clinic 07/05, sent 14/05: exactly 7 days, on time.")

# P03 gastroenterology: scan result and dietetic referral sent to the GP; sent 8 days after clinic (late)
pt = P("Bethan Cordell", "426035", "1990-11-03")
letter(key="p03", prov="kes", dept=KES_GASTRO, kind="clinic_letter", specialty="Gastroenterology",
       clinician="Dr Oluwaseun Marchbank", patient=pt, ev="2036-05-12", ld="2036-05-19", sent="2036-05-20 09:40",
       fmt="html", opts={"header": True, "alt": True}, voice="patient",
       subject="Your gastroenterology appointment - summary", body=f"""
# Gastroenterology Clinic - Letter to Patient
{idl(pt)}
Date of appointment: 12/05/2036
Consultant: Dr Oluwaseun Marchbank

Dear Ms Cordell,

It was good to meet you in the gastroenterology clinic. This letter sums up what we talked about; your GP has a copy.

| Your problem | What we think | What happens next |
| Bloating and loose stools for a year | Coeliac disease, confirmed by the biopsies taken at your gastroscopy on 21/04/2036 | A gluten-free diet for life |
| Pain under the right ribs | Possibly gallstones | We requested an ultrasound scan of your abdomen, which you had on the day of clinic |

Please contact your surgery for the results of your scan.

Please ask your GP to refer you to the dietitian to help you start a gluten-free diet.

We will check your coeliac blood test ourselves when we see you again in the clinic in six months, and we will send you that appointment.

If you have any questions, please ring my secretary on 0161 496 0352.

Yours sincerely

Dr Oluwaseun Marchbank
Consultant Gastroenterologist
cc {GP1}, {PRACTICE}
""", exp=[("late_clinic_letter", "Date of appointment: 12/05/2036"),
          ("patient_redirected_to_gp", "Please contact your surgery for the results of your scan."),
          ("onward_referral", "Please ask your GP to refer you to the dietitian to help you start a gluten-free "
           "diet.")],
       notes="Patient voice. Clinic 12/05, sent 20/05: 8 days, late. The hospital's own ultrasound result is sent "
             "to the GP, and dietetic referral for the newly diagnosed coeliac disease is pushed to the GP. "
             "Follow-up bloods and appointment by the hospital: negatives.")

# P04 chest clinic: hard negative in the patient's voice (phlebotomy, CT, rehab referral, safety net)
pt = P("Cedric Lowther", "426042", "1949-06-19")
letter(key="p04", prov="wea", dept=WEA_RESP, kind="clinic_letter", specialty="Respiratory Medicine",
       clinician="Dr Ruairi Penhallow", patient=pt, ev="2036-05-14", ld="2036-05-16", sent="2036-05-20 16:20",
       fmt="docx", voice="patient", subject="Chest clinic letter", body=f"""
# Chest Clinic
{idl(pt)}
Clinic date: 14/05/2036
Consultant: Dr Ruairi Penhallow, Consultant Respiratory Physician

Dear Mr Lowther,

Thank you for coming to the chest clinic. Your breathing tests show chronic obstructive pulmonary disease (COPD) of moderate severity (FEV1 58% of predicted). You stopped smoking last year, which is the most important thing you can do for your lungs.

# Your plan
- We have changed your inhaler to Trimbow two puffs twice a day and gave you the first inhaler in clinic; your GP will add it to your repeat prescriptions.
- Our phlebotomy team will take your blood for an alpha-1 antitrypsin level when you come back for your CT scan.
- We will send you an appointment for a CT scan of your chest.
- We have referred you to the pulmonary rehabilitation team, who will contact you directly.
- We will see you again in the chest clinic in four months.

If your breathlessness gets worse, or you cough up blood, please contact your GP or call NHS 111.

Your GP has been sent a copy of this letter for information.

Yours sincerely

Dr Ruairi Penhallow
Consultant Respiratory Physician
""", notes="Patient voice, no findings (hard negative): phlebotomy, CT and rehab all arranged by the hospital; adding "
             "a green inhaler the clinic supplied to repeats is ordinary GP work; safety-netting to the GP; copy for "
             "information. Clinic 14/05, sent 20/05: 6 days, on time.")

# P05 laparoscopic cholecystectomy: fit note pushed to the GP; discharge letter 24 h 55 min after discharge
pt = P("Tamara Quennell", "426059", "1983-04-09")
letter(key="p05", prov="kes", dept=KES_SURG, kind="discharge_summary", specialty="General Surgery",
       clinician="Miss Rosalind Achebe-Forde", patient=pt, ev="2036-05-19", ev_time="16:10", ld="2036-05-20",
       sent="2036-05-20 17:05", fmt="pdf", voice="patient", subject="Your discharge letter - Ward 9", body=f"""
# Your Discharge Letter
{idl(pt)}
Admitted: 17/05/2036
Date of discharge: 19/05/2036 at 16:10
Consultant: Miss Rosalind Achebe-Forde, Consultant General Surgeon

Dear Ms Quennell,

You came into hospital with an inflamed gallbladder (acute cholecystitis). On 18/05/2036 you had your gallbladder removed by keyhole surgery (laparoscopic cholecystectomy). The operation went well.

# Your wounds
Your four small wounds are closed with dissolving stitches and skin glue, so nothing needs to be removed. You can shower from tomorrow.

# Your medicines
We have given you seven days of paracetamol and ibuprofen to take home.

# Going back to work
Most people need about four weeks off work after this operation. You will need to see your GP for a fit note to cover the time you are off work.

# Follow-up
A nurse from Ward 9 will phone you two days after you go home. You do not need a clinic appointment. If you develop a temperature, yellow skin or pain that is getting worse, please ring the Surgical Assessment Unit on 0161 496 0390 at any time.

Miss Rosalind Achebe-Forde
Consultant General Surgeon
Copy to: {GP1}, {PRACTICE}
""", exp=[("late_discharge_summary", "Date of discharge: 19/05/2036 at 16:10"),
          ("fit_note", "You will need to see your GP for a fit note to cover the time you are off work.")],
       notes="Patient voice. Discharged 19/05 16:10, letter sent 20/05 17:05 (24 h 55 min): late, just over the "
             "limit. Fit note for recovery from the hospital's operation sent to the GP. Dissolving stitches, "
             "seven days' analgesia and the ward's phone call: negatives.")

# P06 fracture clinic: hard negative (fit note issued, physio booked, 'you do not need to see your GP')
pt = P("Ffion Aldridge", "426066", "1996-09-22")
letter(key="p06", prov="wea", dept=WEA_FRAC, kind="clinic_letter", specialty="Trauma and Orthopaedics",
       clinician="Mr Hamza Trevithick", patient=pt, ev="2036-05-22", ld="2036-05-23", sent="2036-05-27 10:20",
       fmt="plain", voice="patient", subject="Fracture clinic - your letter", body=f"""
{head("wea", WEA_FRAC)}

{idl(pt)}
Seen in fracture clinic: 22/05/2036
Consultant: Mr Hamza Trevithick

Ms Ffion Aldridge
Flat 3, 18 Cobden Terrace
Pennock
PK1 4TW

Dear Ms Aldridge,

You have a break at the base of the fifth metatarsal (the long bone on the outside of your left foot). These fractures usually heal well without an operation.

What we have done
- We have fitted you with a walking boot, which you should wear for six weeks. You can put as much weight through the foot as is comfortable.
- We have given you a fit note for six weeks today, so you do not need to see your GP for one.
- Our physiotherapy team will send you an appointment for when the boot comes off.

You do not need to see your GP about this injury. We will see you again in the fracture clinic in six weeks with an X-ray on the day.

If you get pain or swelling in your calf, or you feel short of breath, go to your nearest Emergency Department straight away. If you have any questions about your boot, please ring the fracture clinic on 0191 498 0431.

Yours sincerely

Mr Hamza Trevithick
Consultant Orthopaedic Surgeon

Your GP has been sent a copy of this letter for information.
""", notes="Patient voice, no findings (hard negative): fit note already issued by the clinic, physiotherapy and "
             "follow-up arranged by the hospital, 'you do not need to see your GP', safety-netting. Sent 5 days "
             "after clinic.")

# P07 urology: PSA result to be collected from the GP; GP asked to arrange the renal tract USS
pt = P("Winston Obiora", "426073", "1961-12-05")
letter(key="p07", prov="kes", dept=KES_URO, kind="clinic_letter", specialty="Urology",
       clinician="Mr Declan Fairbairn", patient=pt, ev="2036-05-28", ld="2036-05-30", sent="2036-06-02 09:15",
       fmt="docx", voice="patient", subject="Urology clinic letter", body=f"""
# Urology Outpatients
{idl(pt)}
Clinic date: 28/05/2036
Consultant: Mr Declan Fairbairn, Consultant Urological Surgeon

Dear Mr Obiora,

Thank you for coming to the urology clinic about getting up to pass urine three or four times a night and a weaker stream.

When I examined you, your prostate felt smooth and moderately enlarged. Your bladder diary shows that you pass quite large amounts at night. We took a PSA blood test in clinic.

Your PSA result will go to your GP, so please book an appointment with your GP to discuss it.

Please ask your GP to arrange an ultrasound scan of your kidneys and bladder before your next appointment with us.

We have started tamsulosin 400 micrograms once a day and gave you 28 days from the hospital pharmacy; your GP can continue it on repeat prescription if it helps. Try to cut down on tea, coffee and drinks in the evening.

We will see you again in the clinic in three months and will send you the appointment.

Yours sincerely

Mr Declan Fairbairn
Consultant Urological Surgeon
cc: {GP2}, {PRACTICE}
""", exp=[("patient_redirected_to_gp", "Your PSA result will go to your GP, so please book an appointment with your "
           "GP to discuss it."),
          ("tests_for_hospital", "Please ask your GP to arrange an ultrasound scan of your kidneys and bladder "
           "before your next appointment with us.")],
       notes="Patient voice. The clinic's own PSA result is handed to the GP to discuss with the patient "
             "(patient_redirected_to_gp, the TAXONOMY's 'GP to discuss results with patient'), and the imaging the "
             "clinic wants before its follow-up is pushed to the GP. Continuing green tamsulosin after a 28-day "
             "supply is a negative.")

# P08 melanoma result: onward referral to plastics pushed to the GP (urgent)
pt = P("Gordon Pettifer", "426080", "1952-07-30")
letter(key="p08", prov="kes", dept=KES_DERM, kind="results", specialty="Dermatology",
       clinician="Dr Saoirse Blakemore", patient=pt, ev=None, ld="2036-06-03", sent="2036-06-03 12:05",
       fmt="html", voice="patient", subject="Your skin biopsy result", body=f"""
# Your Skin Biopsy Result
{idl(pt)}
Biopsy taken: 20/05/2036
Consultant: Dr Saoirse Blakemore

Dear Mr Pettifer,

I am writing to give you the result of the biopsy we took from the mole on your upper back when you came to the skin clinic.

The laboratory found that the mole was a melanoma, a type of skin cancer (Breslow thickness 1.1 mm). The mole itself has been removed, but the next step is a wider excision, which removes a margin of normal skin around the scar, and this needs to be done in the next few weeks.

Your GP will make an urgent referral to the plastic surgery skin cancer team for your wider excision.

Our skin cancer nurse specialist, Ms Harriet Oyelowo, will phone you this week to talk through the result and answer your questions. You can also ring her on 0161 496 0375.

Yours sincerely

Dr Saoirse Blakemore
Consultant Dermatologist

Copy: {GP1}, {PRACTICE}
""", exp=[("onward_referral", "Your GP will make an urgent referral to the plastic surgery skin cancer team for your "
           "wider excision.")], urgent=True,
       notes="Patient voice. A suspected-cancer pathway step (wider excision of a confirmed melanoma) handed to the "
             "GP instead of being referred on by dermatology: onward_referral, and time-critical, so urgent. The "
             "nurse specialist's call is a negative.")

# P09 lithium: GP to take over prescribing and monitoring with no shared-care agreement
pt = P("Rowan Thackwray", "426097", "1979-03-11")
letter(key="p09", prov="mh", dept=MH_CMHT, kind="clinic_letter", specialty="Psychiatry",
       clinician="Dr Ingrid Halvorsen", patient=pt, ev="2036-06-04", ld="2036-06-06", sent="2036-06-09 10:50",
       fmt="plain", voice="patient", subject="Outpatient review - letter to patient", body=f"""
{head("mh", MH_CMHT)}

{idl(pt)}
Outpatient review: 04/06/2036
Consultant Psychiatrist: Dr Ingrid Halvorsen

Mr Rowan Thackwray
9 Weaver's Yard
Ravensholt
RV1 2GH

Dear Mr Thackwray,

Thank you for coming to see me at Harrowdene House. You have now been taking lithium carbonate (Priadel) 800 mg at night for seven months, and your mood has been steady since February. Your last lithium level, on 28/05/2036, was 0.7 mmol/L, which is in the right range, and your kidney and thyroid tests were normal.

From next month your GP will take over prescribing your lithium and arranging your blood tests every three months.

Please keep your purple lithium record book up to date and take it to every blood test. Avoid anti-inflammatory painkillers such as ibuprofen unless a doctor who knows you take lithium has agreed.

We will see you again in six months; the appointment letter will come from us.

If your mood starts to drop or to rise, or you have signs of too much lithium (being sick, diarrhoea, shaking hands, unsteadiness or confusion), please ring the crisis line on 0117 496 0799 at any time.

With best wishes

Dr Ingrid Halvorsen
Consultant Psychiatrist

cc: {GP2}, {PRACTICE}
""", exp=[("shared_care_without_agreement", "From next month your GP will take over prescribing your lithium and "
           "arranging your blood tests every three months.")],
       notes="Patient voice. Lithium is an amber shared-care drug; prescribing and level monitoring are handed over "
             "through a letter to the patient with no shared-care agreement offered to the practice. The "
             "follow-up appointment and crisis line are negatives.")

# P10 ADHD titration: GP to prescribe the next titration supply; appointment changes via the GP surgery
pt = P("Jasmine Okwuosa", "426103", "1998-01-25")
letter(key="p10", prov="mh", dept=MH_ADHD, kind="clinic_letter", specialty="Psychiatry",
       clinician="Dr Kwame Rowlatt", patient=pt, ev="2036-06-10", ld="2036-06-11", sent="2036-06-12 09:30",
       fmt="docx", voice="patient", subject="Your ADHD medication - titration plan", body=f"""
# Adult ADHD Service
{idl(pt)}
Appointment date: 10/06/2036
Consultant Psychiatrist: Dr Kwame Rowlatt

Dear Ms Okwuosa,

# Your ADHD medication: titration plan
At your appointment we agreed to start lisdexamfetamine 30 mg each morning. We gave you a two-week supply at the appointment. We will increase the dose every two weeks, if you need it, until we find the right dose for you; this usually takes eight to twelve weeks.

Please ask your GP to prescribe your next supply of lisdexamfetamine 30 mg in two weeks.

Our ADHD nurse will check your blood pressure, pulse and weight at each titration appointment, and will phone you between appointments to see how you are.

To change or confirm your titration appointments, please contact your GP surgery, who will pass a message on to us.

Please do not drive if the medicine makes you feel dizzy, and let us know if you have chest pain or palpitations.

Yours sincerely

Dr Kwame Rowlatt
Consultant Psychiatrist
Copy to {GP1}, {PRACTICE}
""", exp=[("hospital_only_prescribing", "Please ask your GP to prescribe your next supply of lisdexamfetamine 30 mg "
           "in two weeks."),
          ("patient_redirected_to_gp", "To change or confirm your titration appointments, please contact your GP "
           "surgery, who will pass a message on to us.")],
       notes="Patient voice. A specialist-initiated controlled drug during titration (not yet stabilised) pushed to "
             "the GP two weeks in; the service's own appointment bookings routed through the GP surgery. Nurse "
             "monitoring by the service: negative.")

# P11 hip replacement discharge: clips to the practice nurse, fit note from the GP; 23 h 35 min (on time)
pt = P("Patricia Wolstenholme", "426110", "1955-05-18")
letter(key="p11", prov="isp", dept=ISP_ORTHO, kind="discharge_summary", specialty="Trauma and Orthopaedics",
       clinician="Mr Anselm Drury", patient=pt, ev="2036-06-16", ev_time="14:30", ld="2036-06-17",
       sent="2036-06-17 14:05", fmt="pdf", voice="patient", subject="Your discharge information - hip replacement",
       body=f"""
# Your Discharge Information - Hip Replacement
{idl(pt)}
Operation: left total hip replacement on 13/06/2036
Discharged: 16/06/2036 at 14:30
Consultant: Mr Anselm Drury, Consultant Orthopaedic Surgeon

Dear Mrs Wolstenholme,

Your hip replacement went well and you were walking with two sticks before you went home.

# Your wound
The wound is closed with metal clips and covered with a waterproof dressing. Please book an appointment with the practice nurse at your GP surgery to have your clips removed 12 to 14 days after your operation.

# Medicines
- We have given you 28 days of dalteparin injections to prevent blood clots; the ward nurses showed you how to inject.
- We have given you 14 days of paracetamol and codeine for pain.

# Physiotherapy
Our physiotherapists at Claybury Park will continue your exercises as an outpatient and will send you an appointment.

# Work
You should not go back to your job as a care assistant for about 12 weeks. You will need a fit note for your employer, so please ask your GP for one.

# Follow-up
We will see you in the joint replacement clinic six weeks after your operation. If your wound leaks or your leg becomes hot, swollen or painful, please ring the ward on 0116 496 0832.

Mr Anselm Drury
Consultant Orthopaedic Surgeon
Copy to {GP1}, {PRACTICE}
""", exp=[("post_procedure_care", "Please book an appointment with the practice nurse at your GP surgery to have "
           "your clips removed 12 to 14 days after your operation."),
          ("fit_note", "You will need a fit note for your employer, so please ask your GP for one.")],
       notes="Patient voice, independent-sector provider. Clip removal after the provider's own operation and the "
             "fit note for its post-operative period are passed to the practice. Discharged 16/06 14:30, sent "
             "17/06 14:05 (23 h 35 min): on time, just inside the limit. Dalteparin and analgesia supplied, physio "
             "booked: negatives.")

# P12 cataract listing: pre-op questionnaire and an ECG asked of the practice
pt = P("Horace Blenkinsop", "426127", "1944-10-02")
letter(key="p12", prov="isp", dept=ISP_EYE, kind="clinic_letter", specialty="Ophthalmology",
       clinician="Mr Vikram Selwood", patient=pt, ev="2036-06-17", ld="2036-06-18", sent="2036-06-19 10:10",
       fmt="html", opts={"header": True}, voice="patient", subject="Your cataract operation - what happens next",
       body=f"""
# Cataract Service - Letter to Patient
{idl(pt)}
Clinic date: 17/06/2036
Consultant: Mr Vikram Selwood, Consultant Ophthalmic Surgeon

Dear Mr Blenkinsop,

Thank you for coming to the eye clinic at Claybury Park Treatment Centre. You have a cataract in your right eye that is affecting your reading and your driving, and you have decided to go ahead with surgery. We have put you on the waiting list; the wait is about ten weeks.

| Before your operation | What you need to do |
| Health questionnaire | Please take the enclosed health questionnaire to your GP surgery and ask them to complete it and post it back to us before your pre-operative assessment. |
| Heart tracing | Because you have an irregular heartbeat, you will also need to ask your practice to do an ECG and send us a copy. |
| Pre-operative assessment | We will phone you to book this about four weeks before your operation. |
| Eye drops | We will give you your eye drops on the day of the operation; you do not need a prescription from your GP. |

If you have any questions, please ring the Cataract Service on 0116 496 0845.

Yours sincerely

Mr Vikram Selwood
Consultant Ophthalmic Surgeon
Copy: {GP2}, {PRACTICE}
""", exp=[("non_contractual_admin", "Please take the enclosed health questionnaire to your GP surgery and ask them to "
           "complete it and post it back to us before your pre-operative assessment."),
          ("tests_for_hospital", "Because you have an irregular heartbeat, you will also need to ask your practice "
           "to do an ECG and send us a copy.")],
       notes="Patient voice, independent-sector provider. The provider's own pre-operative questionnaire and the "
             "ECG it wants for its pre-operative assessment, both routed to the practice through the patient. "
             "Pre-op assessment booking and eye drops supplied: negatives.")

# P13 ED: hard negative (adhesive strips, 'you do not need to see your GP', safety net to GP or 111)
pt = P("Kieran Mossop", "426134", "2001-04-15")
letter(key="p13", prov="wea", dept=WEA_ED, kind="ed_letter", specialty="Emergency Medicine",
       clinician="Dr Eleri Fontaine", patient=pt, ev="2036-06-21", ld="2036-06-21", sent="2036-06-22 07:30",
       fmt="plain", voice="patient", subject="Your visit to the Emergency Department", body=f"""
{head("wea", WEA_ED)}

{idl(pt)}
Attendance: 21/06/2036 at 23:05
Seen by: Dr Eleri Fontaine, Emergency Medicine Registrar

Dear Mr Mossop,

You came to the Emergency Department with a cut to your left forearm from broken glass.

What we did
An X-ray showed no glass left in the wound. We cleaned the wound and closed it with adhesive strips; it did not need stitches. We gave you a tetanus booster.

What you need to do
Keep the strips dry for five days and then peel them off yourself. You do not need to see your GP or the practice nurse to have them removed.

If the wound becomes red, hot or swollen, or you develop a fever, please contact your GP or call NHS 111.

Your GP has been sent a copy of this letter for information.

Dr Eleri Fontaine
Emergency Medicine Registrar
""", notes="Patient voice, no findings (hard negative): wound care finished in ED, 'you do not need to see your GP or "
             "the practice nurse', infection safety-netting to the GP or 111, copy for information.")

# P14 rheumatology DNA, written to the patient: discharged and told to ask the GP for a new referral
pt = P("Lorraine Haverstock", "426141", "1966-08-08")
letter(key="p14", prov="kes", dept=KES_RHEUM, kind="clinic_letter", specialty="Rheumatology",
       clinician="Dr Beatrix Onwuachi", patient=pt, ev="2036-06-24", ld="2036-06-25", sent="2036-06-26 09:55",
       fmt="pdf", voice="patient", subject="Rheumatology - missed appointment", body=f"""
# Rheumatology Outpatients
{idl(pt)}
Appointment date: 24/06/2036
Consultant: Dr Beatrix Onwuachi

Mrs Lorraine Haverstock
62 Chandlers Walk
Kestrelford
KF5 8LN

Dear Mrs Haverstock,

We are sorry that you were not able to come to your first appointment in the rheumatology clinic. Your GP referred you because of pain and morning stiffness in the small joints of your hands.

As you did not attend, we have discharged you back to the care of your GP, and if you still need to be seen you will need to ask your GP to refer you again.

Yours sincerely

Dr Beatrix Onwuachi
Consultant Rheumatologist
Copy to: {GP1}, {PRACTICE}
""", exp=[("dna_rereferral", "As you did not attend, we have discharged you back to the care of your GP, and if you "
           "still need to be seen you will need to ask your GP to refer you again.")],
       notes="Patient voice. Discharged after a single missed new-patient appointment with re-referral through the "
             "GP. event_date is the missed appointment; sent 2 days later.")

# P15 colposcopy: hard negative (results by letter from the clinic, 'you do not need to see your GP')
pt = P("Aisling Dunmore", "426158", "1988-12-01")
letter(key="p15", prov="wea", dept=WEA_GYN, kind="clinic_letter", specialty="Gynaecology",
       clinician="Dr Marisa Penrose", patient=pt, ev="2036-06-26", ld="2036-06-30", sent="2036-07-02 10:00",
       fmt="html", voice="patient", subject="Your colposcopy appointment", body=f"""
# Colposcopy Clinic - Letter to Patient
{idl(pt)}
Clinic date: 26/06/2036
Colposcopist: Dr Marisa Penrose, Consultant Gynaecologist

Dear Ms Dunmore,

Thank you for coming to the colposcopy clinic. You were referred because your cervical screening test found HPV and some low-grade changes. During the examination we saw a small area of change and took a small sample (biopsy).

- We will write to you with your biopsy results within four weeks, and send a copy to your GP.
- You do not need to see your GP about this.
- Your next cervical screening test will be done in our clinic, not at your GP surgery, and we will send you the appointment.

You may have a little bleeding or a brownish discharge for a few days. If you have heavy bleeding or a smelly discharge, please contact your GP or the gynaecology assessment unit on 0191 498 0477.

Your GP has been sent a copy of this letter for information.

Yours sincerely

Dr Marisa Penrose
Consultant Gynaecologist
""", notes="Patient voice, no findings (hard negative): results given by the clinic, follow-up screening in the "
             "clinic, 'you do not need to see your GP', safety-netting, copy for information. Sent 6 days after "
             "clinic.")

# ====================================================================== AHP and community letters to the GP

# G16 MSK physiotherapy outcome report: hard negative (referred on directly, MRI by the service)
pt = P("Neville Hargreaves", "426165", "1970-02-14")
letter(key="g16", prov="com", dept=C_MSK, kind="clinic_letter", specialty="Physiotherapy",
       clinician="Mr Callum Stannard", patient=pt, ev="2036-05-08", ld="2036-05-08", sent="2036-05-09 14:10",
       fmt="plain", subject="MSK physiotherapy outcome report", body=f"""
{head("com", C_MSK)}

MSK PHYSIOTHERAPY OUTCOME REPORT
{idl(pt)}
Date seen: 08/05/2036
Clinician: Mr Callum Stannard, Advanced Practice Physiotherapist

Dear {GP2},

Diagnosis: right L5 radiculopathy, progressive despite 12/52 of conservative management (exercise, analgesia review, activity modification).
Outcome: referred on.

Plan:
- Referred directly by me to the spinal surgery team at Kestrelford Royal Hospital for a surgical opinion.
- MRI lumbar spine requested through our service; I will review the report and discuss it with him by telephone.
- Safety-netted for cauda equina symptoms; red-flag card given.
- Discharged from physiotherapy while awaiting the spinal opinion; he can self-refer back to us within six months.
- No action needed from the GP.

Mr Callum Stannard
Advanced Practice Physiotherapist
""", notes="No findings (hard negative): the service refers on and reviews its own MRI itself; self-referral back; "
             "'no action needed'. Sent the day after the appointment.")

# G17 dietetics SOAP note: bloods ordered by the dietitian, results forwarded to the GP for action
pt = P("Edna Pollitt", "426172", "1941-09-17")
letter(key="g17", prov="com", dept=C_DIET, kind="clinic_letter", specialty="Dietetics",
       clinician="Ms Priya Lindqvist", patient=pt, ev="2036-05-13", ld="2036-05-13", sent="2036-05-15 10:05",
       fmt="docx", subject="Community dietetics - clinic note", body=f"""
# Community Dietetics - Clinic Note
{idl(pt)}
Date of consultation: 13/05/2036
Dietitian: Ms Priya Lindqvist, Specialist Dietitian

S: Poor appetite since her husband died in February; "my clothes are hanging off me". Eating one main meal a day. No dysphagia.
O: Weight 44.2 kg (usual 48.6 kg), BMI 17.1; 9% weight loss in 3/12. MUST score 3.
A: Malnutrition, high risk. Possible micronutrient deficiency; poorly fitting dentures.
P:
- Food-first advice given, with the fortified diet sheet and a food diary.
- Bloods (FBC, ferritin, B12, folate, vitamin D and U&Es) were taken in clinic today and the results will be forwarded to the GP for action.
- GP to prescribe oral nutritional supplements: Fortisip Compact 125 ml twice daily for 12 weeks (ACBS: disease-related malnutrition).
- Advised to see her dentist about her dentures.
- Review in dietetic clinic in 4/52 (booked).

Ms Priya Lindqvist
Specialist Dietitian
""", exp=[("results_chasing", "Bloods (FBC, ferritin, B12, folate, vitamin D and U&Es) were taken in clinic today "
           "and the results will be forwarded to the GP for action.")],
       notes="SOAP note. The dietitian's own blood tests, with the results sent on to the GP to act on (the "
             "TAXONOMY's implicit form). Prescribing an ACBS oral nutritional supplement on a dietitian's "
             "recommendation is ordinary GP work: hard negative.")

# G18 high-risk foot clinic: X-ray the service requested suggests osteomyelitis; GP to act today (urgent)
pt = P("Clifford Abernethy", "426189", "1957-03-29")
letter(key="g18", prov="com", dept=C_POD, kind="clinic_letter", specialty="Podiatry",
       clinician="Mr Tendai Ormerod", patient=pt, ev="2036-05-21", ld="2036-05-21", sent="2036-05-21 13:15",
       fmt="plain", opts={"from": "Tendai Ormerod <tendai.ormerod@nhs.net>"},
       subject="URGENT - Clifford Abernethy - suspected osteomyelitis", body=f"""
{head("com", C_POD)}

URGENT
{idl(pt)}
Seen in high-risk foot clinic: 21/05/2036

Dear {GP2},

I saw Mr Abernethy (type 2 diabetes, HbA1c 81 in March) this morning with a deep ulcer under the right first metatarsal head that probes to bone. There is surrounding erythema of 3 cm but he is systemically well (temp 37.2, HR 84).

I requested an X-ray of the right foot through our direct-access pathway and it was taken at Larchbrook Health and Wellbeing Centre this morning; the report shows cortical erosion of the first metatarsal head, suspicious of osteomyelitis.

Please could you review the X-ray report and arrange antibiotics for him today.

I have referred him to the diabetic foot MDT at Kestrelford Royal Hospital, who will see him on Thursday. Our team will dress the ulcer three times a week and he has an offloading boot.

Mr Tendai Ormerod
Specialist Podiatrist, High Risk Foot Service
""", exp=[("results_chasing", "Please could you review the X-ray report and arrange antibiotics for him today.")],
       urgent=True,
       notes="The podiatry service's own X-ray, with acting on the result handed to the GP; suspected "
             "osteomyelitis in a diabetic foot needs action the same day, so urgent. MDT referral and dressings by "
             "the service: negatives. Sent from the podiatrist's own mailbox.")

# G19 OT home assessment: GP asked to complete the equipment service's medical form
pt = P("Herbert Canning", "426196", "1938-11-21")
letter(key="g19", prov="com", dept=C_OT, kind="clinic_letter", specialty="Occupational Therapy",
       clinician="Ms Gwyneth Abiodun", patient=pt, ev="2036-05-27", ld="2036-05-28", sent="2036-05-29 11:00",
       fmt="pdf", subject="Occupational therapy home assessment", body=f"""
# Community Occupational Therapy - Home Assessment Report
{idl(pt)}
Date of home visit: 27/05/2036
Occupational Therapist: Ms Gwyneth Abiodun

Dear {GP1},

Mr Canning has Parkinson's disease and lives alone in a two-storey house. He is struggling with the stairs, getting on and off the toilet and getting in and out of bed.

# Actions taken by the OT service
- Perching stool, raised toilet seat with frame and bed lever ordered from the community equipment service (delivery 03/06/2036).
- Referred to the council adaptations team for a stairlift assessment.
- Falls advice given; pendant alarm already in place.

# Request to GP
- Please complete the enclosed community equipment service medical information form and return it to us so that the stairlift order can go ahead.

Ms Gwyneth Abiodun
Occupational Therapist
""", exp=[("non_contractual_admin", "Please complete the enclosed community equipment service medical information "
           "form and return it to us so that the stairlift order can go ahead.")],
       notes="Another service's form sent to the practice to complete: non_contractual_admin. Equipment ordered and "
             "adaptations referral by the OT: negatives.")

# G20 speech and language therapy: hard negative (ENT referral made directly, thickener on repeat)
pt = P("Dorothy Kealey", "426202", "1936-06-06")
letter(key="g20", prov="com", dept=C_SLT, kind="clinic_letter", specialty="Speech and Language Therapy",
       clinician="Ms Orla Featherby", patient=pt, ev="2036-06-03", ld="2036-06-04", sent="2036-06-04 15:30",
       fmt="html", opts={"label_col": True}, subject="SLT swallowing assessment", body=f"""
# Speech and Language Therapy - Swallowing Assessment
{idl(pt)}
Date of assessment: 03/06/2036 (at Rowan Lodge care home)
Therapist: Ms Orla Featherby, Highly Specialist Speech and Language Therapist

| Reason for referral | Coughing with drinks; two chest infections since March |
| Assessment | Delayed swallow initiation; coughing on thin fluids, clear on mildly thick fluids; soft diet managed well |
| Recommendations | IDDSI level 2 (mildly thick) fluids; IDDSI level 6 (soft and bite-sized) diet; upright for meals and 30 minutes after |
| Thickener | First two tins supplied; please add Nutilis Clear to her repeat prescriptions |
| Onward referral | I have referred her directly to the ENT department at Kestrelford Royal Hospital for a FEES assessment |
| Follow-up | I will review her at the care home in 4/52 |

The care home staff have written guidance and have been shown how to thicken drinks.

Ms Orla Featherby
Highly Specialist Speech and Language Therapist
""", notes="No findings (hard negative): ENT referral made by the therapist; adding a prescribable thickener (ACBS) "
             "to repeats after the first supply is ordinary GP work; review by the SLT.")

# G21 orthotics DNA: hard negative (second appointment sent, rebook directly, no new referral needed)
pt = P("Gemma Sowerby", "426219", "1992-07-07")
letter(key="g21", prov="com", dept=C_ORTHOTICS, kind="clinic_letter", specialty="Orthotics",
       clinician="Mr Ifan Pritchard", patient=pt, ev="2036-06-11", ld="2036-06-11", sent="2036-06-12 16:00",
       fmt="plain", subject="Orthotics - did not attend", body=f"""
{head("com", C_ORTHOTICS)}

ORTHOTICS SERVICE - DID NOT ATTEND
{idl(pt)}
Appointment: 11/06/2036, ankle-foot orthosis fitting
Orthotist: Mr Ifan Pritchard

Ms Sowerby did not attend her appointment today. In line with our access policy we have sent her a second appointment for 25/06/2036 and a text reminder.

If she cannot make that date she can rebook directly with us on 0113 496 0571; no new referral will be needed within six months.

For information only; no action is needed from the practice.

Mr Ifan Pritchard
Orthotist
""", notes="No findings (hard negative): a missed appointment handled by the service itself (second appointment "
             "sent, patient rebooks directly, no re-referral). Sent the next day.")

# G22 continence service: hard negative (renal tract USS arranged by the service, urology referral made)
pt = P("Arthur Pengelly", "426226", "1946-01-30")
letter(key="g22", prov="com", dept=C_CONT, kind="clinic_letter", specialty="Continence",
       clinician="Ms Hester Mulvaney", patient=pt, ev="2036-06-18", ld="2036-06-19", sent="2036-06-20 13:25",
       fmt="html", opts={"header": True, "alt": True}, subject="Continence assessment", body=f"""
# Bladder and Bowel Service - Assessment
{idl(pt)}
Date of assessment: 18/06/2036
Clinician: Ms Hester Mulvaney, Continence Nurse Specialist

Dear {GP2},

Mr Pengelly was assessed in the bladder and bowel clinic for frequency, urgency and dribbling.

| Problem | Plan |
| Post-void residual 280 ml on bladder scan | Renal tract USS and U&Es requested by our service; we will review the results ourselves and see him in 6/52 |
| Incomplete emptying | Taught intermittent self-catheterisation today; catheter supplies ordered by us through the home delivery appliance service |
| Possible outflow obstruction | I have referred him directly to the urology team at Kestrelford Royal Hospital |

No GP action is required at this stage.

Ms Hester Mulvaney
Continence Nurse Specialist
""", notes="No findings (hard negative): USS, U&Es and review done by the service; supplies ordered by the service; "
             "urology referral made directly.")

# G23 MSK physiotherapy: discharged after one missed first appointment, GP asked to re-refer
pt = P("Ravi Sandhu", "426233", "1985-05-05")
letter(key="g23", prov="com", dept=C_MSK, kind="clinic_letter", specialty="Physiotherapy",
       clinician="Ms Ottilie Brannigan", patient=pt, ev="2036-06-23", ld="2036-06-23", sent="2036-06-24 12:40",
       fmt="plain", subject="Physiotherapy - discharged, did not attend", body=f"""
{head("com", C_MSK)}

{idl(pt)}
Appointment: 23/06/2036 (new patient, left shoulder)
Physiotherapist: Ms Ottilie Brannigan

Dear {GP1},

Mr Sandhu did not attend his first physiotherapy appointment yesterday and did not contact us beforehand.

He has therefore been discharged from the MSK physiotherapy service; please re-refer him if he still needs physiotherapy.

Ms Ottilie Brannigan
Physiotherapist
""", exp=[("dna_rereferral", "He has therefore been discharged from the MSK physiotherapy service; please re-refer "
           "him if he still needs physiotherapy.")],
       notes="Discharge-from-service letter after one missed first appointment, with re-referral pushed to the GP.")

# G24 district nurses: INR 8.2 at home for a practice-managed warfarin patient (urgent, but GP work)
pt = P("Norman Cheetham", "426240", "1934-12-12")
letter(key="g24", prov="com", dept=C_DN, kind="results", specialty="Community Nursing",
       clinician="Mrs Philippa Garside", patient=pt, ev=None, ld="2036-06-30", sent="2036-06-30 11:50",
       fmt="plain", opts={"from": "Larchbrook East District Nurses <larchbrook.eastdn@nhs.net>"},
       subject="URGENT INR result - Norman Cheetham", body=f"""
{head("com", C_DN)}

URGENT - INR RESULT FROM TODAY'S HOME VISIT
{idl(pt)}

Dear {GP2},

Mr Cheetham is housebound and takes warfarin for atrial fibrillation. The practice anticoagulation clinic doses his warfarin and we take his INR at home on the practice's behalf under the usual arrangement.

INR today (point-of-care, 30/06/2036 09:40): 8.2 (target 2.5). No active bleeding; small bruise on the left forearm. He started clarithromycin from the out-of-hours service four days ago.

As per the protocol we have advised him not to take tonight's warfarin until the practice has contacted him.

Please could the practice anticoagulation clinic review his warfarin dosing today; we can revisit tomorrow to recheck his INR if you would like us to.

Mrs Philippa Garside
District Nursing Sister
""", urgent=True,
       notes="No findings (hard negative for bouncing): the practice runs his anticoagulation and asked for the INR, "
             "so dosing on it is GP work, not a transfer. A dangerously high INR with an interacting antibiotic "
             "needs action today: urgent.")

# G25 inpatient psychiatric discharge summary, 3 days late; fit note asked of the GP
pt = P("Liam Fairclough", "426257", "1993-10-19")
letter(key="g25", prov="mh", dept=MH_WARD, kind="discharge_summary", specialty="Psychiatry",
       clinician="Dr Tamsin Waterhouse", patient=pt, ev="2036-06-06", ev_time="11:00", ld="2036-06-09",
       sent="2036-06-09 14:45", fmt="pdf", subject="Inpatient discharge summary - Alder Ward", body=f"""
# Inpatient Discharge Summary - Alder Ward
{idl(pt)}
Date of admission: 12/05/2036 (informal)
Date of discharge: 06/06/2036 at 11:00
Responsible clinician: Dr Tamsin Waterhouse, Consultant Psychiatrist

# Diagnosis
Severe depressive episode without psychotic symptoms (F32.2).

# Medication on discharge (14 days supplied)
- Sertraline 150 mg once daily (unchanged)
- Mirtazapine 30 mg at night (increased from 15 mg)

# Follow-up
- The Home Treatment Team will visit within 72 hours of discharge; the first visit is booked for 07/06/2036.
- Care coordinator: Mr Ellis Quarmby, Ravensholt North CMHT, 0117 496 0744.

# Requests to GP
- Please continue sertraline and mirtazapine at the doses above.
- He works as a warehouse operative and is not yet fit to return; please issue a fit note from the date of discharge for four weeks.

Dr Tamsin Waterhouse
Consultant Psychiatrist
""", exp=[("late_discharge_summary", "Date of discharge: 06/06/2036 at 11:00"),
          ("fit_note", "He works as a warehouse operative and is not yet fit to return; please issue a fit note from "
           "the date of discharge for four weeks.")],
       notes="Discharged 06/06 11:00, summary sent 09/06 14:45 (about 76 h): late. Fit note for the period after "
             "the admission asked of the GP. Continuing green antidepressants and the home treatment team's "
             "visits are negatives.")

# G26 community hospital rehab discharge summary, 3 days late, otherwise nothing asked
pt = P("Mabel Truscott", "426264", "1931-03-03")
letter(key="g26", prov="com", dept=C_HOSP, kind="discharge_summary", specialty="Intermediate Care",
       clinician="Dr Hugo Penberthy", patient=pt, ev="2036-06-13", ev_time="10:45", ld="2036-06-16",
       sent="2036-06-16 11:20", fmt="docx", subject="Community hospital discharge summary", body=f"""
# Community Hospital Discharge Summary
{idl(pt)}
Admitted from Kestrelford Royal Hospital: 28/05/2036
Discharge date: 13/06/2036 10:45
Discharged to: own home with a package of care (four calls a day)
Responsible clinician: Dr Hugo Penberthy, Community Geriatrician

Mrs Truscott was transferred to Hawthorn Ward for rehabilitation after a fall with a left pubic ramus fracture, managed without surgery. She is now walking with a frame and managing the stairs with supervision.

# Medicines (14 days supplied)
- Alendronic acid 70 mg weekly and Adcal-D3 one tablet twice daily (started on the ward)
- Paracetamol 1 g four times daily
- Amlodipine 5 mg once daily (unchanged)

# Arrangements
- Our Home First therapy team will visit from 14/06/2036 to continue her rehabilitation; the referral has been made.
- We have requested a DEXA scan and will write to you with the result and any change to treatment.
- A falls prevention referral has been made to the community falls service.

No actions for the GP.

Dr Hugo Penberthy
Community Geriatrician
""", exp=[("late_discharge_summary", "Discharge date: 13/06/2036 10:45")],
       notes="Discharged 13/06 10:45, summary sent 16/06 11:20 (about 72.5 h): late. Otherwise no request: therapy, "
             "DEXA and falls referral all arranged by the community trust (negatives).")

# G27 CMHT triage: referral not accepted until the GP has tried a second antidepressant
pt = P("Shona McAlister", "426271", "1987-02-02")
letter(key="g27", prov="mh", dept=MH_ACCESS, kind="referral_response", specialty="Psychiatry",
       clinician="Dr Yusuf Brightwell", patient=pt, ev=None, ld="2036-07-01", sent="2036-07-01 15:10",
       fmt="docx", subject="Referral outcome - Single Point of Access", body=f"""
# Referral Outcome
{idl(pt)}
Referral received: 20/06/2036
Triage clinician: Dr Yusuf Brightwell, Consultant Psychiatrist

Dear {GP1},

Thank you for referring Ms McAlister with recurrent depression that has not responded to sertraline 100 mg for eight weeks or to a course of cognitive behavioural therapy, with passive thoughts of suicide.

Her referral was discussed at our multidisciplinary triage meeting.

We are unable to accept this referral until a second antidepressant has been tried at a therapeutic dose for six weeks, so please start one and re-refer with repeat PHQ-9 and GAD-7 scores if there is no improvement.

She has been given the number of our 24-hour crisis line, 0117 496 0799.

Dr Yusuf Brightwell
Consultant Psychiatrist
""", exp=[("referral_returned_for_workup", "We are unable to accept this referral until a second antidepressant has "
           "been tried at a therapeutic dose for six weeks, so please start one and re-refer with repeat PHQ-9 and "
           "GAD-7 scores if there is no improvement.")],
       notes="Referral for depression resistant to an SSRI and CBT, with suicidal thoughts, returned with a further "
             "treatment step and scores for the GP to do first. Crisis line given: negative.")

# G28 MSK interface service: knee referral returned for X-ray and physiotherapy first
pt = P("Deborah Ingham", "426288", "1964-09-09")
letter(key="g28", prov="com", dept=C_CATS, kind="referral_response", specialty="Musculoskeletal Medicine",
       clinician="Mr Lorcan Whitmore", patient=pt, ev=None, ld="2036-07-03", sent="2036-07-03 14:20",
       fmt="html", opts={"label_col": True}, subject="Referral returned - MSK triage", body=f"""
# MSK Clinical Assessment and Triage Service - Referral Returned
{idl(pt)}

| Referral received | 20/06/2036 (orthopaedic knee referral) |
| Triage clinician | Mr Lorcan Whitmore, Extended Scope Practitioner |
| Clinical summary | Locking and giving way of the right knee since a twisting injury in March; suspected meniscal tear |
| Triage outcome | Not accepted; returned to referrer |
| Action requested | Please arrange weight-bearing X-rays of both knees and a six-week course of physiotherapy, then refer again with the X-ray report. |

Mr Lorcan Whitmore
Extended Scope Practitioner
""", exp=[("referral_returned_for_workup", "Please arrange weight-bearing X-rays of both knees and a six-week course "
           "of physiotherapy, then refer again with the X-ray report.")],
       notes="A suspected meniscal tear with mechanical locking (appropriate for assessment) returned with imaging "
             "and physiotherapy for the GP to arrange first.")

# G29 podiatric nail surgery: practice nurse asked to redress; report sent 15 days after the procedure
pt = P("Tyler Brennan", "426295", "2004-08-16")
letter(key="g29", prov="com", dept=C_NAIL, kind="clinic_letter", specialty="Podiatry",
       clinician="Ms Carys Holroyd", patient=pt, ev="2036-06-19", ld="2036-07-03", sent="2036-07-04 11:35",
       fmt="pdf", subject="Nail surgery report", body=f"""
# Podiatric Nail Surgery - Procedure Report
{idl(pt)}
Date of procedure: 19/06/2036
Podiatrist: Ms Carys Holroyd, Specialist Podiatrist

Procedure: partial nail avulsion, left hallux, medial border, with phenolisation of the nail bed under local anaesthetic (ring block, 3 ml 2% lidocaine plain). No complications.

Plan:
- Please could the practice nurse redress the toe at day 3 and check the wound at day 10 for signs of infection.
- Aftercare leaflet and spare dressings given.
- We will review him in the nail surgery clinic in six weeks.

Ms Carys Holroyd
Specialist Podiatrist
""", exp=[("late_clinic_letter", "Date of procedure: 19/06/2036"),
          ("post_procedure_care", "Please could the practice nurse redress the toe at day 3 and check the wound at "
           "day 10 for signs of infection.")],
       notes="Procedure 19/06, report sent 04/07: 15 days, late (the dressing dates it asks for have passed). "
             "Wound care after the service's own procedure passed to the practice nurse. Six-week review by the "
             "service: negative.")

# G30 ADHD service: stable on methylphenidate, GP asked to take over prescribing and monitoring, no SCA
pt = P("Oliver Nkemelu", "426301", "1995-04-04")
letter(key="g30", prov="mh", dept=MH_ADHD, kind="clinic_letter", specialty="Psychiatry",
       clinician="Dr Kwame Rowlatt", patient=pt, ev="2036-07-07", ld="2036-07-08", sent="2036-07-09 10:15",
       fmt="plain", opts={"from": "Dr Kwame Rowlatt <kwame.rowlatt@nhs.net>"},
       subject="ADHD service - Oliver Nkemelu", body=f"""
{head("mh", MH_ADHD)}

{idl(pt)}
Review: 07/07/2036

Dear {GP2},

Mr Nkemelu has completed titration and has been stable on methylphenidate modified-release (Xaggitin XL) 54 mg each morning for three months. BP 124/78, pulse 76, weight 71 kg (stable). He reports much better concentration at work and no side effects.

We would now ask you to take over prescribing methylphenidate and the six-monthly blood pressure, pulse and weight checks from his next supply.

We will continue to see him once a year in the ADHD clinic.

Kind regards

Dr Kwame Rowlatt
Consultant Psychiatrist, Adult ADHD Service
""", exp=[("shared_care_without_agreement", "We would now ask you to take over prescribing methylphenidate and the "
           "six-monthly blood pressure, pulse and weight checks from his next supply.")],
       notes="Methylphenidate is an amber shared-care drug; handover of prescribing and monitoring is asked with no "
             "shared-care agreement offered. Annual review by the service: negative. Sent by the consultant "
             "from his own mailbox.")

# G31 community neuro-rehabilitation discharge: hard negative (goals met, self-referral, falls group)
pt = P("Graham Ostler", "426318", "1959-01-26")
letter(key="g31", prov="com", dept=C_NEURO, kind="clinic_letter", specialty="Physiotherapy",
       clinician="Ms Freya Lindgren", patient=pt, ev="2036-07-09", ld="2036-07-10", sent="2036-07-11 09:20",
       fmt="html", subject="Discharge from community neuro-rehabilitation", body=f"""
# Community Neuro-Rehabilitation - Discharge from Service
{idl(pt)}
Final session: 09/07/2036
Physiotherapist: Ms Freya Lindgren, Senior Neurological Physiotherapist

Dear {GP1},

S: Mr Ostler feels confident walking outdoors with one stick and has had no falls for eight weeks.
O: 10-metre walk 11.8 s (from 19.4 s); Berg Balance 48/56 (from 36/56).
A: Goals met after stroke (left hemiparesis, January 2036).
P:
- Discharged from our service with a home exercise programme.
- Referred by us to the community Strength and Balance falls prevention group, who will contact him.
- Should his mobility deteriorate, he may self-refer to us within 12 months.

No action is required from the GP.

Ms Freya Lindgren
Senior Neurological Physiotherapist
""", notes="SOAP discharge-from-service letter with no findings (hard negative): onward falls referral made by the "
             "team, conditional self-referral, 'no action is required from the GP'.")

# G32 leg ulcer clinic: hard negative (ABPI done, compression from clinic stock, vascular referral by them)
pt = P("Walter Grimshaw", "426325", "1948-05-13")
letter(key="g32", prov="com", dept=C_TV, kind="clinic_letter", specialty="Tissue Viability",
       clinician="Mrs Janice Oddie", patient=pt, ev="2036-07-14", ld="2036-07-14", sent="2036-07-15 16:40",
       fmt="docx", subject="Leg ulcer clinic - assessment", body=f"""
# Leg Ulcer Clinic - Assessment
{idl(pt)}
Date of assessment: 14/07/2036
Nurse: Mrs Janice Oddie, Tissue Viability Nurse Specialist

Dear {GP2},

Findings: venous leg ulcer, right gaiter area, 4 x 3 cm, moderate exudate, no signs of infection. ABPI (measured in clinic today) right 0.92, left 0.95.

Plan:
- Two-layer compression applied today; dressings and bandages come from clinic stock, so no prescription is needed.
- We will see him weekly in the leg ulcer clinic and re-measure the ulcer monthly.
- If the ulcer has not reduced by 40% at 12 weeks we will refer him to vascular surgery ourselves.

This letter is for information; there is no action for the practice.

Mrs Janice Oddie
Tissue Viability Nurse Specialist
""", notes="No findings (hard negative): assessment, compression, supplies and any vascular referral are all the "
             "clinic's; 'for information'.")


# ====================================================================== 'other' messages

other(key="x01", sent="2036-05-07 08:12", type="ooo", notes="Out-of-office reply from a community physiotherapist.",
      frm="Callum Stannard <callum.stannard@nhs.net>", subject="Automatic reply: Query about MSK referral",
      body="Thank you for your e-mail. I am on annual leave until Monday 12 May 2036 and will not be reading my "
           "messages. For MSK physiotherapy queries please ring the admin team on 0113 496 0562.\n")
other(key="x02", sent="2036-05-12 19:40", type="patient", notes="Patient asking to book suture removal; not a letter.",
      frm="Des Ashdown <des.ashdown@example.com>", subject="stitches out",
      body="Hi,\n\nI had my carpal tunnel op at Kestrelford last week and the letter says to make an appointment "
           "with the practice nurse to get my stitches out. Can I have one on Friday?\n\nThanks\nDes Ashdown\n")
other(key="x03", sent="2036-05-22 07:00", type="html_bulletin", notes="ICB primary care bulletin (bulk).",
      frm="Larchbrook and Pennock ICB Primary Care <primarycare@larchbrook-pennock-icb.example>",
      subject="Primary Care Bulletin - May 2036",
      body="<html><body><h2>Primary Care Bulletin</h2><p>May 2036</p><ul>"
           "<li>Interface working: providers should arrange the tests they need and tell patients their own "
           "results. Please use the LMC template letters when work is passed to you.</li>"
           "<li>Seasonal COVID-19 and flu vaccine ordering opens on 2 June.</li>"
           "<li>New community continence service leaflet for patients.</li></ul>"
           "<p>You are receiving this because your practice is on the ICB distribution list.</p></body></html>\n")
other(key="x04", sent="2036-06-08 02:37", type="phish", notes="Phishing pretending to be NHSmail support.",
      frm="NHSmail Support <security-alert@nhsmail-account-verify.example.net>",
      subject="Action required: your NHSmail password expires today",
      body="Your NHSmail password expires in 3 hours. To keep access to your mailbox and patient letters, confirm "
           "your password now:\nhttp://nhsmail-account-verify.example.net/keep\n\nNHSmail Support Team\n")
other(key="x05", sent="2036-06-13 09:02", type="dsn", notes="Non-delivery report.",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>", subject="Undeliverable: Lisdexamfetamine titration query",
      body="Delivery has failed to these recipients or groups:\n\nadhd.titration@ravensholt-mh.nhs.uk\nThe e-mail "
           "address you entered couldn't be found.\n", rcpt="adhd.titration@ravensholt-mh.nhs.uk")
other(key="x06", sent="2036-06-26 17:00", type="bulletin", notes="LMC weekly update (bulk, plain text).",
      frm="Larchbrook LMC <office@larchbrook-lmc.example.org>", subject="LMC Weekly Update - 26 June 2036",
      body="LARCHBROOK LMC WEEKLY UPDATE\n\n1. Workload transfer: the template letters for fit notes, suture "
           "removal and hospital blood tests have been refreshed.\n2. Pre-operative questionnaires from treatment "
           "centres are not GP work; send them back with the template.\n3. Practice manager forum, 9 July.\n\n"
           "To leave this list reply UNSUBSCRIBE.\n")
other(key="x07", sent="2036-07-04 06:45", type="spam", notes="Continence product marketing.",
      frm="DiscreetCare Direct <offers@discreetcare-direct.example.com>",
      subject="Free samples for your continence patients",
      body="Dear Practice Manager,\n\nOrder free samples of our new ultra-absorbent pads and mention us to your "
           "continence patients. Call 0808 157 0123 for a practice starter pack.\n\nTo stop these e-mails reply "
           "STOP.\n")
other(key="x08", sent="2036-07-08 12:00", type="massmail", notes="'For information' mass mailing (bulk).",
      frm="Kestrelford University Hospitals Communications <comms@kestrelford.nhs.uk>",
      subject="For information: outpatient phlebotomy moves to the Outpatients Hub",
      body="FOR INFORMATION - SENT TO ALL GP PRACTICES\n\nFrom 14 July 2036 outpatient phlebotomy at Kestrelford "
           "Royal Hospital moves to the new Outpatients Hub. Patients with hospital blood forms will be told "
           "directly. No action is needed.\n")
other(key="x09", sent="2036-07-14 08:01", type="ooo", notes="Out-of-office reply from a consultant's secretary.",
      frm="Rheumatology Secretaries <kes.rheumsecs@nhs.net>", subject="Automatic reply: Lorraine Haverstock",
      body="Thank you for your message. The rheumatology secretaries' mailbox is checked on weekdays; we aim to "
           "reply within five working days. For urgent clinical advice please ring the rheumatology advice line on "
           "0161 496 0362.\n")
other(key="x10", sent="2036-07-16 19:30", type="patient", notes="Patient e-mail about results; nothing to detect.",
      frm="Aisling Dunmore <aisling.dunmore@example.com>", subject="colposcopy results",
      body="Hello,\n\nThe colposcopy clinic said they would write to me with my biopsy results within four weeks. "
           "It has been three weeks, so I just wanted to check whether you have had anything from them yet?\n\n"
           "Many thanks\nAisling\n")


# ====================================================================== rendering and checks

def house(L: dict, p: dict) -> dict:
    """One frame for all, headings in each provider's colour."""
    return dict(heading=f'<h3 style="font-size:11pt;color:{p["colour"]};margin:12px 0 4px 0">{{}}</h3>',
                cell='style="border:1px solid #b8b8b8;padding:4px 8px;vertical-align:top"',
                font="Arial,Helvetica,sans-serif", marking="OFFICIAL: SENSITIVE - PERSONAL",
                footer=f"{html.escape(p['name'])}. This e-mail and any attachment are confidential.")


# Ofcom drama ranges used here (digits only): 0113/0116/0117 496 0xxx, 0161 496 0xxx, 0191 498 0xxx, 0808 157 0xxx
DRAMA = re.compile(r"(011[3-8]4960|01614960|01914980|08081570)\d{3}")
PHONE = re.compile(r"\b0\d{3} \d{3} \d{4}\b")


def voice_errors(lid: str, item: dict, alltext: str) -> list[str]:
    """A letter to the patient greets the patient by name and copies the GP; a letter to the GP does not greet
    the patient."""
    surname = item["patient"]["name"].split()[-1]
    greets_patient = re.search(rf"Dear (Mr|Mrs|Ms|Miss) {re.escape(surname)},", alltext) is not None
    if item["voice"] == "patient":
        if not greets_patient:
            return [f"{lid}: patient letter does not greet the patient"]
        if not re.search(r"(cc|Copy|copy)", alltext) or (GP1 not in alltext and GP2 not in alltext
                                                          and "Your GP has been sent a copy" not in alltext):
            return [f"{lid}: patient letter without a copy to the GP"]
    elif greets_patient:
        return [f"{lid}: GP letter greets the patient"]
    return []


def each(lid: str, lab: dict, item: dict, texts: list[str]) -> list[str]:
    """Every telephone number in every message is in a drama range; a letter is in its voice."""
    errors = [f"{lid}: telephone number {ph} outside the drama ranges"
              for t in texts for ph in PHONE.findall(t) if not DRAMA.fullmatch(ph.replace(" ", ""))]
    if lab["kind"] != "other":
        errors += voice_errors(lid, item, " ".join(collapse(t) for t in texts))
    return errors


def corpus_checks(labels, items) -> list[str]:
    """The kit's checks, drama-range telephone numbers and each letter's voice, at least two late letters of
    each kind, a third of the letters hard negatives, about half written to the patient and a clinic letter
    sent on the seventh day."""
    errors = C.checks(labels, items, urgent=(2, 3), others=10, each=each)
    seen = Counter(e["category"] for lab in labels for e in lab["expected"])
    for c in ("late_discharge_summary", "late_clinic_letter"):
        if seen[c] < 2:
            errors.append(f"expected at least two {c}")
    letters = [lab for lab in labels if lab["kind"] != "other"]
    if sum(1 for lab in letters if not lab["expected"]) * 3 < len(letters):
        errors.append("fewer than a third of letters are hard negatives with no findings")
    pt_voice = sum(1 for k, item, _ in items if k == "L" and item["voice"] == "patient")
    if not 0.4 <= pt_voice / len(letters) <= 0.6:
        errors.append(f"{pt_voice} of {len(letters)} letters are to the patient; expected about half")
    # timeliness near the limits: an on-time clinic letter at exactly 7 days and an on-time summary over 23 h
    days = {lab["id"]: (isent.date() - dt.date.fromisoformat(lab["event_date"])).days
            for lab, (k, _i, isent) in zip(labels, items, strict=True)
            if k == "L" and lab["kind"] == "clinic_letter" and lab["event_date"]}
    if 7 not in days.values():
        errors.append("no clinic letter sent exactly 7 days after the clinic")
    return errors


if __name__ == "__main__":
    sys.exit(C.run(sys.argv[1:], house=house, checks=corpus_checks))
