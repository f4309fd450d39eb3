#!/usr/bin/env python3
"""Build the thirty-third (independent, held-out) corpus: tests/corpus/thirtythird/.

Style: mental health, memory and neurodevelopmental services.  Community mental health teams, a memory
assessment service, crisis resolution and home treatment, perinatal mental health, learning-disability
psychiatry, an acute psychiatric ward, psychiatric liaison in an emergency department, an adult ADHD and autism
service and an eating-disorder unit write about lithium, clozapine, depot antipsychotics, ADHD stimulants and
cholinesterase inhibitors: some prescribing transferred under a shared-care protocol properly offered for the
practice's agreement, some pushed to the practice without one.  Letters carry capacity and risk language, crisis
and safety plans (which are safety-netting, not requests), physical health monitoring on antipsychotics, letters
written to the patient with the GP in copy, and care coordinators, pharmacists, health visitors and support
workers as other addressees.

Four invented providers write to an invented practice, Saltings Lane Medical Practice: a mental health and
learning-disability trust (Thornwick and Esk Valley Partnership NHS Foundation Trust), an acute trust whose
emergency department, liaison psychiatry, older people's and plastic surgery wards write about mental health
patients (Kelderby and Marrick Hospitals NHS Trust), an independent adult ADHD provider with an NHS contract
(Northfold Neurodevelopmental Clinic Ltd) and an independent eating-disorder unit with NHS beds (Wrenfield
Healthcare Ltd).  Letters come as typed plain text (some sent from a clinician's or pharmacist's own mailbox),
HTML (some with a text alternative), PDF and DOCX (two with an enclosed protocol or agreement as a further PDF).
Ten messages are not letters: auto-replies, a bounce, bulletins, a trust mass mailing, a phishing e-mail,
marketing, a wholesaler's stock notice, a practice pharmacist's internal e-mail and messages from a patient and
a carer.

Written from the category definitions alone (TAXONOMY.md and the domain README); no detector output was used.
Everything is invented; NHS numbers are 999-range with a valid Modulus 11 check digit; telephone numbers are in
Ofcom drama ranges.  Every message is sent in GMT (January to March 2044).  The build is deterministic.

    python3 tests/corpus/make_thirtythird.py            # build, then verify
    python3 tests/corpus/make_thirtythird.py --verify-only
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

TEV = "Thornwick and Esk Valley Partnership NHS Foundation Trust"
KEL = "Kelderby and Marrick Hospitals NHS Trust"
NFD = "Northfold Neurodevelopmental Clinic Ltd"
WRN = "Wrenfield Healthcare Ltd"
PROV = {
    # Mental health and learning disability trust: CMHTs, memory service, CRHT, perinatal, LD psychiatry,
    # Mereside Unit (acute adult inpatient), lithium and clozapine clinics, community eating disorders.
    "tev": dict(
        name=TEV, site="Ashlar House", addr=["Ropewalk Lane", "Kelderby", "KQ2 5HT"],
        phone="0113 496 0740", domain="thornwickesk.nhs.uk",
        sender="TEV Clinical Correspondence <tev.clinicalletters@nhs.net>", mailer="RiO Letters Gateway 9.2"),
    "kel": dict(
        name=KEL, site="Kelderby Royal Infirmary", addr=["Infirmary Road", "Kelderby", "KQ1 3RX"],
        phone="0114 496 0385", domain="kelderbymarrick.nhs.uk",
        sender="KMH eLetters <no-reply.eletters@kelderbymarrick.nhs.uk>", mailer="KMH Correspondence Hub 3.1"),
    # Independent adult ADHD / autism provider working under an NHS contract (patient choice referrals).
    "nfd": dict(
        name=NFD, site="Northfold House", addr=["12 Tannery Yard", "Marrick", "MQ4 8LB"],
        phone="0161 496 0218", domain="northfold-clinic.example.co.uk",
        sender="Northfold NHS Services <nhs.services@northfold-clinic.example.co.uk>", mailer="Cliniko Mailer 2"),
    # Independent eating-disorder unit with NHS-commissioned beds and a day programme.
    "wrn": dict(
        name=WRN, site="Wrenfield House", addr=["Wrenfield Lane", "Esk Bridge", "KQ9 2PW"],
        phone="0117 496 0623", domain="wrenfield.example.org.uk",
        sender="Wrenfield House NHS Team <wrenfield.nhsteam@nhs.net>", mailer="CareNotes Outbound 4.0"),
}
COVERS = {
    "tev": "{trust}\n{dept}\n\nPlease find attached a {doctype} for a patient registered with your practice.\n"
           "Document reference: {ref}\n\nThis mailbox does not accept replies. Please contact the team on the "
           "telephone number in the letter.\n",
    "kel": "KMH eLetters - {dept}\n\nAttached: {doctype} (ref {ref}).\n\n{trust}. This e-mail and any "
           "attachment are confidential and intended for the named practice only.\n",
    "nfd": "Dear colleague,\n\nPlease find attached a {doctype} from the {dept} at {trust}, provided under our "
           "NHS contract.\n\nReference: {ref}\n\nNorthfold NHS Services team\n",
    "wrn": "{trust} - {dept}\n\nDear Practice,\n\nPlease see the attached {doctype} (our reference {ref}).\n\n"
           "Kind regards\nWrenfield House NHS Team\n",
}
PRACTICE = "Saltings Lane Medical Practice <saltingslane.medicalpractice@nhs.net>"
C = kit.Corpus("thirtythird", "t33", PRACTICE, PROV, cover=COVERS, window=("2044-01-04", "2044-03-18"), utc_hours=0)
other = C.other
idl = kit.idline
letter = kit.inline_letters(C)
head = kit.letterheads(PROV)


def banner(pt: dict) -> str:
    """The older 'Re:' banner some teams still type."""
    return f"Re: {pt['name']}, DOB {dmy(pt['dob'])}, NHS number {pt['nhs_number']}"


CMHT_E = "Kelderby East Community Mental Health Team"
CMHT_W = "Marrick West Community Mental Health Team"
MEMORY = "Memory Assessment Service (Older People's Mental Health)"
CRHT = "Crisis Resolution and Home Treatment Team"
MERESIDE = "Mereside Unit (Adult Acute Inpatient)"
SPA = "Adult Mental Health Single Point of Access"
LD = "Learning Disability Psychiatry"
PERI = "Perinatal Mental Health Service"
CLOZ = "Pharmacy (Mental Health) - Clozapine Clinic"
LITHIUM = "Lithium Monitoring Clinic"
CEDS = "Community Eating Disorders Service"
ED = "Emergency Department"
LIAISON = "Psychiatric Liaison Service (Emergency Department)"
AMU = "Acute Medical Unit"
COOP = "Care of Older People (Ward 22)"
PLASTICS = "Plastic Surgery and Hand Unit (Ward 9)"
ADHD = "Adult ADHD Service"
WREN_IP = "Inpatient Eating Disorder Unit"
WREN_DAY = "Day Programme"
WREN_OP = "Outpatient and Step-down Clinic"

# ====================================================================== letters

# C01 lithium: stable, shared care offered for agreement with the protocol enclosed: hard negative.
pt_cot = P("Marian Cottesloe", "331104", "1968-02-14")
letter(key="c01", prov="tev", dept=CMHT_E, kind="clinic_letter", specialty="General Adult Psychiatry",
       clinician="Dr Anselm Whitlock", patient=pt_cot, ev="2044-01-05", ld="2044-01-07", sent="2044-01-07 14:20",
       fmt="docx", subject="Outpatient review - COTTESLOE M", opts={"extra": [("TEV_Lithium_SCP_v4.pdf", """
# Lithium Shared Care Protocol (version 4, for adults)
This protocol applies only once the GP has agreed in writing to share care for the named patient.
# Responsibilities of the specialist team
- Initiate lithium, titrate to a stable dose and take all monitoring bloods until shared care is agreed.
- Provide advice within one working day on any abnormal level.
# Responsibilities of the GP (after acceptance)
- Prescribe lithium by brand as stated in the transfer letter.
- Lithium level, U&Es and eGFR every 3 months; TFTs, calcium and weight every 6 months.
# Acceptance
Return the slip to the CMHT within 14 days, or tell us that you do not accept; the specialist team continues to prescribe in the meantime.
""", "Lithium Shared Care Protocol")]}, body=f"""
# CMHT OUTPATIENT REVIEW
{idl(pt_cot)}
Date seen: 05/01/2044, Ashlar House (care coordinator Jonah Pruett, CPN, present)
Letter date: 07/01/2044

Dear Dr Okafor-Lyle

Diagnosis: bipolar affective disorder, currently in remission (F31.7)

Mrs Cottesloe started lithium with our team in August 2043 after her second manic relapse and a six-week admission to the Mereside Unit. Her levels have been stable on 800 mg at night for four months (0.64, 0.71 and 0.68 mmol/L; eGFR 84, TSH 1.9, adjusted calcium 2.36 on 15/12/2043, all taken in our lithium clinic).

Mental state today: euthymic, sleeping seven hours, no psychotic features. She has returned to work three days a week. No thoughts of self-harm; risk to self and others assessed as low.

# Plan
- Continue Priadel (lithium carbonate MR) 800 mg at night. We supplied 28 days today and will go on prescribing until shared care is in place.
- As she is now stable, we would like to invite the practice to share her care. Our lithium shared care protocol is attached: if you are happy to take this on, please return the acceptance slip; if not, let us know and she will stay under our lithium clinic.
- Her other medicines (desogestrel 75 micrograms daily, cetirizine when needed) are unchanged.
- Jonah will continue to see her monthly; outpatient review with me in three months.

She has a copy of her crisis plan and knows how to reach the crisis line out of hours.

Dr Anselm Whitlock
Consultant Psychiatrist

cc: Mrs M Cottesloe (patient); Jonah Pruett, Care Coordinator
""", notes="Hard negative: lithium stays with the specialist team; a shared-care protocol is offered for the "
             "practice's agreement (the proper process), enclosed as a PDF whose GP responsibilities apply only "
             "after acceptance. Seen 05/01, sent 07/01.")

# C02 lithium increased in clinic; the early post-increase level pushed to the practice; sent 12 days later.
pt = P("Desmond Arkwright", "331211", "1975-09-03")
letter(key="c02", prov="tev", dept=CMHT_W, kind="clinic_letter", specialty="General Adult Psychiatry",
       clinician="Dr Priya Venkataraman", patient=pt, ev="2044-01-06", ld="2044-01-15", sent="2044-01-18 09:40",
       fmt="html", subject="Clinic letter - ARKWRIGHT Desmond", body=f"""
# Outpatient Clinic Letter
{idl(pt)}
Date of appointment: 06/01/2044
Typed: 15/01/2044

Dear Dr Penhaligon

I reviewed Mr Arkwright with his wife. He has bipolar II disorder and has had a depressive relapse since November, with early waking, poor appetite and withdrawal from his allotment and friends. No suicidal plans; he has good protective factors (his wife, two daughters) and agreed a safety plan today.

His lithium level was 0.38 mmol/L on 22/12/2043, below the range we aim for.

# Plan
- Lithium carbonate (Priadel) increased from 400 mg to 600 mg at night from 06/01/2044; he was given 28 days of the new dose from our clinic pharmacy.
- [[tests_for_hospital: Please could you arrange a 12-hour post-dose lithium level with U&Es one week after the increase (around 13/01) and send the result to me so I can decide whether a further increase is needed]].
- Quetiapine remains at 150 mg at night (we prescribe).
- I will see him again in four weeks.

Dr Priya Venkataraman
Specialty Doctor in Psychiatry
""", late="Date of appointment: 06/01/2044",
       notes="The post-increase lithium level the psychiatrist needs for her own titration decision, after she "
             "changed the dose, asked of the practice: tests_for_hospital. Seen 06/01, typed 15/01, sent 18/01: "
             "12 days, late. Supply of the new dose and quetiapine by the team are decoys.")

# F01 memory service returns a referral for the pre-referral dementia screen.
pt = P("Winifred Abbotsley", "331318", "1939-05-22")
letter(key="f01", prov="tev", dept=MEMORY, kind="referral_response", specialty="Old Age Psychiatry",
       clinician="Dr Conrad Meldrum", patient=pt, ev=None, ld="2044-01-08", sent="2044-01-08 11:15",
       fmt="docx", subject="Memory service referral - returned", body=f"""
# REFERRAL OUTCOME: RETURNED TO REFERRER
{idl(pt)}
Referral received: 04/01/2044 (GP referral dated 29/12/2043)
Triage date: 07/01/2044
Triaged by: Dr Conrad Meldrum, Consultant in Old Age Psychiatry

Dear Dr Okafor-Lyle

Thank you for referring Mrs Abbotsley with a year of short-term memory loss reported by her son.

[[referral_returned_for_workup: We are returning this referral because the pre-referral dementia screen is incomplete, and ask that the practice completes FBC, U&E, LFTs, TFTs, B12, folate, HbA1c and calcium and a 6CIT before re-submitting it]].

If there is a sudden change in her confusion, please consider delirium and assess for an acute cause in the usual way.

Memory Assessment Service triage team
""", notes="Referral returned asking the GP for more work-up (dementia screen bloods and a cognitive screen) "
             "first: referral_returned_for_workup. The delirium sentence is conditional advice, not a request.")

# C03 memory clinic: diagnosis and donepezil started, written to the patient; all done by the service.
pt = P("Bernard Hathersage", "331425", "1944-11-30")
letter(key="c03", prov="tev", dept=MEMORY, kind="clinic_letter", specialty="Old Age Psychiatry",
       clinician="Dr Conrad Meldrum", patient=pt, ev="2044-01-11", ld="2044-01-13", sent="2044-01-14 10:05",
       fmt="pdf", subject="Memory clinic letter - HATHERSAGE B", body=f"""
# Memory Assessment Service - letter to patient
{idl(pt)}
Appointment: 11/01/2044, Fellgate Resource Centre

Dear Mr Hathersage

Thank you for coming to the memory clinic with your wife Ann. This letter sums up what we talked about.

# What we found
Your memory tests (MoCA 21 out of 30), your CT scan of 02/12/2043 and what you and Ann told us fit with mild Alzheimer's disease. You told us you wanted to know the diagnosis and to start treatment.

# Information for you
- Medicine: we have started donepezil 5 mg at night and gave you 28 days of tablets. We recorded an ECG in clinic before starting it (normal).
- Our memory nurse, Carys Tennant, will phone you in four weeks. If you are getting on well she will increase the dose to 10 mg and we will send the next supply.
- When the dose is settled we will write to Dr Penhaligon and ask whether the practice agrees to carry on prescribing.
- Driving: you must tell the DVLA about the diagnosis. You understood this and said you would do it this week.
- Planning ahead: you were able to understand and weigh up the information about a lasting power of attorney and decided to make one with Ann.

# Who to contact
For questions about your tablets or appointments, please ring the memory service on 0113 496 0763, not your GP surgery.
Your GP does not need to do anything at this stage.

Dr Conrad Meldrum
Consultant in Old Age Psychiatry

cc: Dr Rhys Penhaligon, Saltings Lane Medical Practice; Mrs Ann Hathersage (with his consent)
""", notes="Hard negative: letter to the patient with the GP in copy; the service supplies and titrates "
             "donepezil, did the ECG itself, will ask the practice about continuing prescribing later, and keeps "
             "patient queries itself. DVLA and LPA lines are for the patient (capacity language).")

# C04 memory clinic: ECG needed before the service can start treatment, and the service's audit return.
pt = P("Gwilym Pritchard-Noakes", "331532", "1941-07-08")
letter(key="c04", prov="tev", dept=MEMORY, kind="clinic_letter", specialty="Old Age Psychiatry",
       clinician="Dr Sunita Maharaj", patient=pt, ev="2044-01-12", ld="2044-01-14", sent="2044-01-15 16:30",
       fmt="plain", subject="Memory clinic - PRITCHARD-NOAKES G", body=f"""
{head("tev", MEMORY)}

{banner(pt)}
Seen in clinic: 12/01/2044 (with his daughter)
Letter dated: 14/01/2044

Dear Dr Okafor-Lyle

Diagnosis: mixed Alzheimer's disease and vascular dementia, mild (ACE-III 74/100).
The dementia screen bloods you did in November were normal, thank you.

He takes bisoprolol 2.5 mg and his pulse in clinic was 54 and regular. Before we can start a cholinesterase inhibitor we need an up-to-date 12-lead ECG.
[[tests_for_hospital: I would be grateful if the practice could arrange a 12-lead ECG and forward the tracing to the memory service so that we can decide about starting donepezil]].

Our service is taking part in the regional memory assessment audit for 2043/44.
[[non_contractual_admin: Please complete the enclosed GP data return (comorbidities, current medication and falls in the last year) and send it to the memory service administrator by 29/02/2044]].

He has capacity to consent to treatment and wishes to try medication. I have given him and his daughter information about the Alzheimer's Society and our carers' group.

Yours sincerely

Dr Sunita Maharaj
Specialty Doctor, Memory Assessment Service
""", notes="ECG the memory service needs for its own prescribing decision asked of the practice: "
             "tests_for_hospital; the service's audit data return sent for the practice to complete: "
             "non_contractual_admin. The earlier GP dementia screen is history.")

# E01 ED: self-inflicted forearm lacerations sutured; suture removal and fit note passed to the practice.
pt = P("Kieran Moxley", "331639", "1997-04-19")
letter(key="e01", prov="kel", dept=ED, kind="ed_letter", specialty="Emergency Medicine",
       clinician="Dr Imogen Threlfall", patient=pt, ev="2044-01-16", ld="2044-01-17", sent="2044-01-17 07:55",
       fmt="html", opts={"alt": True, "label_col": True}, subject="ED attendance - MOXLEY Kieran", body=f"""
# Emergency Department Attendance Summary
| Patient | {pt['name']} |
| Date of birth | {dmy(pt['dob'])} |
| NHS number | {spaced(pt['nhs_number'])} |
| Arrival | 16/01/2044 23:10 |
| Departure | 17/01/2044 04:35 |
| ED clinician | Dr Imogen Threlfall, ST4 Emergency Medicine |

Presenting complaint: self-inflicted lacerations to the left forearm with a razor blade after an argument with his partner.
Findings: two lacerations (4 cm and 3 cm), no tendon or nerve injury. Closed with 5 interrupted 4-0 Prolene sutures. Tetanus up to date.

Psychiatric liaison (Ade Baptiste, liaison nurse): no current suicidal intent, alcohol involved, safety plan agreed; the crisis team will telephone him this afternoon.

# Actions for GP
- [[post_procedure_care: Please arrange removal of sutures by the practice nurse at 10 days (26/01/2044)]].
- [[fit_note: He works in a warehouse and will need a fit note for one week, which he has been told to ask his GP for]].

# Information for the patient
Keep the wound dry for 48 hours. If it becomes red, hot or starts to discharge, please return to the ED or contact NHS 111.
""", notes="Suture removal after the ED's own repair: post_procedure_care; fit note for the period after the ED "
             "assessment sent to the GP: fit_note. Liaison follow-up by the crisis team and the wound "
             "safety-netting are decoys.")

# D01 AMU: lithium toxicity after ramipril and naproxen; urgent repeat-list change (GP's own prescribing) and
# the follow-up lithium level for the CMHT passed to the practice.
pt = P("Pauline Grisedale", "331746", "1956-10-11")
letter(key="d01", prov="kel", dept=AMU, kind="discharge_summary", specialty="Acute Medicine",
       clinician="Dr Tobias Ferncliffe", patient=pt, ev="2044-01-19", ev_time="15:40", ld="2044-01-19",
       sent="2044-01-19 18:05", fmt="docx", subject="Discharge summary - AMU - GRISEDALE P", body=f"""
# DISCHARGE SUMMARY - ACUTE MEDICAL UNIT
{idl(pt)}
Admitted: 17/01/2044 09:20 via ED
Discharged: 19/01/2044 at 15:40, home
Author: Dr Tobias Ferncliffe, ST5 Acute Medicine (Consultant Dr L Okwuosa)

Diagnosis: lithium toxicity (level 2.1 mmol/L on admission) with acute kidney injury stage 2
Cause: ramipril 2.5 mg (started by the practice on 12/12/2043) and naproxen 500 mg BD (issued 05/01/2044) with lithium 800 mg

# Course
Vomiting, coarse tremor and ataxia. IV fluids; no haemodialysis needed. Lithium level 0.4 mmol/L and creatinine 104 umol/L (peak 168, baseline 82) on 19/01/2044.
Psychiatric liaison (Dr Ruth Amberley) reviewed: mental state stable; lithium to stay WITHHELD until her CMHT consultant, Dr Whitlock, reviews her on 25/01/2044 (we have spoken to him).

# Medications and medical devices
| Medicine | Status |
| Lithium carbonate 800 mg | WITHHELD - do not restart until CMHT review |
| Ramipril 2.5 mg | STOPPED (AKI, interaction with lithium) |
| Naproxen 500 mg | STOPPED (interaction with lithium) |
| Amlodipine 5 mg once daily | NEW - 14 days supplied |

# Actions for GP
- URGENT: she has a repeat request due this week, so please remove ramipril and naproxen from her repeat template today to avoid them being reissued.
- [[tests_for_hospital: Please repeat U&Es and a lithium level on 22/01/2044 and forward the results to Dr Whitlock ahead of her CMHT review]].
- Please continue amlodipine after the 14 days supplied and review her blood pressure in 4 weeks.

Dr T Ferncliffe
""", urgent=True,
       notes="Follow-up U&Es and lithium level for the CMHT's restart decision asked of the practice: "
             "tests_for_hospital. Removing interacting drugs from the repeat list is the practice's own "
             "prescribing, but it is time-critical (dangerous interaction), so urgent. Amlodipine is green with 14 "
             "days supplied. Discharged 15:40, sent 18:05 the same day.")

# C05 CMHT: clozapine clinic closing, red drug handed to the GP.
pt_ste = P("Oliver Stenning", "331853", "1986-03-27")
letter(key="c05", prov="tev", dept=CMHT_E, kind="clinic_letter", specialty="General Adult Psychiatry",
       clinician="Dr Anselm Whitlock", patient=pt_ste, ev="2044-01-20", ld="2044-01-22", sent="2044-01-22 12:10",
       fmt="plain", subject="Clozapine - transfer of prescribing - STENNING O", body=f"""
{head("tev", CMHT_E)}

{idl(pt_ste)}
Outpatient review: 20/01/2044
Letter date: 22/01/2044

Dear Dr Okafor-Lyle

Diagnosis: treatment-resistant schizophrenia. Clozapine since 2041, registered with the ZTAS monitoring service; FBCs every four weeks in our clozapine clinic, all green.

Mr Stenning remains well. He lives in supported accommodation, attends the allotment project and has had no admissions for three years. His annual physical health check was done in our clinic on 20/01/2044: BMI 31.2, BP 128/82, HbA1c 41, total cholesterol 5.4; constipation controlled with senna and docusate.

The Trust is closing the Ashlar House clozapine clinic in April and is moving stable patients' prescribing to primary care.
[[hospital_only_prescribing: We would be grateful if the GP could prescribe clozapine 350 mg daily (150 mg in the morning and 200 mg at night) from 01/03/2044]], and the community pharmacy will need to see a green FBC result before each 28-day supply.

Please continue senna 15 mg at night and docusate 200 mg twice daily as now.

Dr Anselm Whitlock
Consultant Psychiatrist

cc: Mr O Stenning; Tamsin Vosper, Care Coordinator; Idris Quayle, Lead Pharmacist, Clozapine Clinic
""", notes="Clozapine is a hospital-only (red) drug: asking the GP to prescribe it is hospital_only_prescribing. "
             "The physical health check was done by the team; laxatives are green continuations (decoys).")

# R01 clozapine clinic pharmacist: raised clozapine level after the practice's ciprofloxacin; urgent, but the
# request is about the practice's own prescription: no category.
letter(key="r01", prov="tev", dept=CLOZ, kind="results", specialty="Psychiatric Pharmacy",
       clinician="Mr Idris Quayle", patient=pt_ste, ev=None, ld="2044-01-25", sent="2044-01-25 11:20",
       fmt="plain", opts={"from": "Idris Quayle <idris.quayle@nhs.net>"},
       subject="URGENT - clozapine level / ciprofloxacin interaction - STENNING O", body=f"""
Dear Dr Okafor-Lyle,

URGENT - clinically significant drug interaction

{idl(pt_ste)}

Mr Stenning's clozapine plasma level from our clinic yesterday (24/01/2044) is 1,150 micrograms/L (previous 480 in October). He told us he was prescribed ciprofloxacin 500 mg twice daily by the practice on 22/01/2044 for a urinary infection. Ciprofloxacin inhibits clozapine metabolism, and he is now drowsy with hypersalivation and a pulse of 108.

What we have done:
- Dr Whitlock has reduced clozapine to 250 mg daily from tonight; the new supply was dispensed by our pharmacy this morning.
- We will repeat the clozapine level and an FBC in our clinic on 29/01/2044 and act on them.
- His care coordinator will visit him tomorrow.

Please could a GP contact Mr Stenning today to stop the ciprofloxacin and, if he still needs an antibiotic, choose one that does not interact with clozapine (his urine culture result is on ICE).

If he becomes more drowsy, confused or has a seizure, he or his support staff should call 999.

Idris Quayle
Lead Pharmacist, Mental Health
Thornwick and Esk Valley Partnership NHS Foundation Trust
Clozapine Clinic, Ashlar House. Tel 0113 496 0751
""", urgent=True,
       notes="Urgent dangerous interaction, sent from the pharmacist's own mailbox. The request concerns the "
             "practice's own ciprofloxacin prescription (ordinary GP work), and the team adjusts clozapine and "
             "repeats its own level: no category, but urgent for clinician review. Results letter: no event date.")

# F02 CMHT single point of access: referral accepted and booked: hard negative.
pt = P("Ffion Maddox", "331960", "2000-09-15")
letter(key="f02", prov="tev", dept=SPA, kind="referral_response", specialty="General Adult Psychiatry",
       clinician="Ms Rebecca Hollins", patient=pt, ev=None, ld="2044-01-26", sent="2044-01-26 10:00",
       fmt="html", opts={"alt": True}, subject="Referral outcome - MADDOX F", body=f"""
# Referral Outcome: Accepted
{idl(pt)}

Dear Dr Penhaligon

Thank you for your referral dated 19/01/2044 about Ms Maddox's low mood and panic attacks. It was discussed at the Marrick West CMHT referral meeting and has been accepted for a routine assessment.

Her appointment is on 06/02/2044 at 14:00 at Marrick West Resource Centre; the appointment letter has been posted to her and a text reminder will be sent. Questions about the appointment should come to our SPA administrators on 0113 496 0741.

If her mental state deteriorates before then, she (or you) can contact the SPA during office hours or the crisis line at any time.

No further action is needed from the practice.

Rebecca Hollins
Team Leader, Marrick West CMHT
""", notes="Hard negative: referral accepted and booked, appointment queries handled by the team, crisis "
             "safety-netting only.")

# C06 independent ADHD service: GP asked to initiate and titrate lisdexamfetamine and to take the monitoring
# observations for the service's titration.
pt_ell = P("Jasmine Ellery", "332067", "1994-08-16")
letter(key="c06", prov="nfd", dept=ADHD, kind="clinic_letter", specialty="Adult ADHD",
       clinician="Dr Marcus Fenwright", patient=pt_ell, ev="2044-01-21", ld="2044-01-26", sent="2044-01-27 09:00",
       fmt="pdf", subject="ADHD assessment outcome - ELLERY J", body=f"""
# Adult ADHD Diagnostic Assessment - Outcome
{idl(pt_ell)}
Assessment date: 21/01/2044 (video consultation, collateral history from her mother)
Letter date: 26/01/2044

Dear Dr Penhaligon

Diagnosis: attention deficit hyperactivity disorder, combined presentation (DIVA-5; Qb test supportive).
Baseline: BP 118/76, pulse 72, weight 61 kg; no personal or family cardiac history, so an ECG is not indicated.
Other: mild anxiety; alcohol within guidelines; no substance misuse.

# Recommendations
1. I recommend a trial of lisdexamfetamine. [[hospital_only_prescribing: Please could you start lisdexamfetamine 30 mg each morning, increasing to 50 mg after two weeks and to 70 mg after four weeks if tolerated]].
2. [[tests_for_hospital: Her blood pressure, pulse and weight should be checked by the practice at each dose increase and e-mailed to our clinical team so that we can guide the titration]].
3. We will review her by video six weeks after the start date.
4. Once she is stable on an optimised dose we will send our shared care agreement for your consideration.

# Information for the patient
We have given Jasmine written information about ADHD, medication and driving.

Dr Marcus Fenwright
Consultant Psychiatrist, Adult ADHD Service
""", notes="Starting and titrating a specialist stimulant before the patient is stabilised asked of the GP: "
             "hospital_only_prescribing; the observations the service needs for its own titration: "
             "tests_for_hospital. The later shared care offer is a decoy.")

# D02 Mereside Unit: first-episode psychosis; three days of olanzapine and a fit note left to the GP; late.
pt = P("Aaron Fellowes", "332174", "1992-07-21")
letter(key="d02", prov="tev", dept=MERESIDE, kind="discharge_summary", specialty="General Adult Psychiatry",
       clinician="Dr Farhan Qureshi", patient=pt, ev="2044-01-28", ev_time="11:00", ld="2044-01-31",
       sent="2044-02-01 10:30", fmt="pdf", subject="Inpatient discharge summary - FELLOWES A", body=f"""
# INPATIENT DISCHARGE NOTIFICATION - MERESIDE UNIT
{idl(pt)}
Admitted: 02/01/2044 (informal throughout)
Date and time of discharge: 28/01/2044 11:00
Responsible clinician: Dr Farhan Qureshi, Consultant Psychiatrist
Completed by: Dr Eloise Danforth, CT2, on 31/01/2044

# Diagnosis
First episode psychosis (persecutory delusions, auditory hallucinations); cannabis use.

# Course
Settled on the ward over three weeks. Olanzapine started on 04/01/2044. Baseline bloods, ECG (QTc 412) and weight were done on the ward. He has insight and accepts treatment. Risk: no self-harm; no violence on the ward; risk to self and others currently low.

# Medication on discharge
- Olanzapine 10 mg at night: 3 days supplied; [[hospital_only_prescribing: GP please prescribe further supplies from 31/01/2044]].
- Nicotine patches 21 mg: 7 days supplied; he plans to use the stop smoking service.

# Follow-up
- Referred by the ward to the Early Intervention in Psychosis team, who will visit him at home on 30/01/2044 and will do his 12-week antipsychotic physical health monitoring.
- 72-hour follow-up call by the ward on 31/01/2044.

# Fit note
[[fit_note: He works as a chef and will need a fit note from the date of discharge for four weeks, please]].

Dr E Danforth for Dr F Qureshi
""", late="Date and time of discharge: 28/01/2044 11:00",
       notes="Only 3 days of a new antipsychotic supplied on discharge and the remainder asked of the GP: "
             "hospital_only_prescribing; the ward's fit note left to the GP: fit_note. Discharged 11:00 on 28/01, "
             "sent 10:30 on 01/02: about 95 h, late. EIP referral made by the ward and EIP monitoring are decoys.")

# C07 ADHD nurse: titration complete, GP to take over methylphenidate and monitoring, no agreement offered.
pt = P("Thomas Gilderdale", "332281", "2001-12-02")
letter(key="c07", prov="nfd", dept=ADHD, kind="clinic_letter", specialty="Adult ADHD",
       clinician="Ms Anika Rosslyn", patient=pt, ev="2044-01-27", ld="2044-01-29", sent="2044-01-29 15:45",
       fmt="html", opts={"alt": True}, subject="ADHD titration complete - GILDERDALE T", body=f"""
# ADHD Medication Titration - Final Review
{idl(pt)}
Review date: 27/01/2044 (telephone)

Dear Dr Okafor-Lyle

Thomas has completed his titration and is stable on Concerta XL 54 mg each morning. He reports better concentration at college and no sleep problems; appetite slightly reduced at lunchtime.
BP 124/80, pulse 84, weight 74.2 kg (baseline 75.0 kg).

His titration with Northfold is now finished and he will be discharged from our service.
[[shared_care_without_agreement: From his next prescription, due 12/02/2044, the GP is asked to take over prescribing of Concerta XL 54 mg once daily and to check his blood pressure, pulse and weight every six months]].

Anika Rosslyn
ADHD Nurse Specialist and Non-Medical Prescriber
""", notes="Prescribing and monitoring of a shared-care stimulant transferred with no agreement offered to the "
             "practice: shared_care_without_agreement.")

# F03 ADHD referral returned for screening and school reports.
pt = P("Connor Whiteoak", "332388", "1999-01-30")
letter(key="f03", prov="nfd", dept=ADHD, kind="referral_response", specialty="Adult ADHD",
       clinician="Dr Lena Marchbank", patient=pt, ev=None, ld="2044-02-03", sent="2044-02-03 13:00",
       fmt="plain", subject="Referral not accepted - WHITEOAK C", body=f"""
{head("nfd", ADHD)}

REFERRAL RESPONSE
{idl(pt)}
Referral dated: 26/01/2044 (patient choice)

Dear Dr Penhaligon

We have reviewed your referral for an adult ADHD assessment. Unfortunately we cannot accept it in its current form and it has been returned to you; no appointment has been booked.

[[referral_returned_for_workup: Please complete the ASRS v1.1 screening questionnaire with him, obtain copies of his school reports and record his blood pressure, pulse and weight, and then resend the referral with these enclosed]].

Kind regards

Dr Lena Marchbank
Clinical Lead, Northfold Neurodevelopmental Clinic
""", notes="Referral rejected and returned for the GP to do screening, gather reports and take observations "
             "first: referral_returned_for_workup.")

# C08 ADHD: atomoxetine stable, shared care agreement enclosed for agreement: hard negative.
pt = P("Nadia Hardcastle", "332495", "1990-06-25")
letter(key="c08", prov="nfd", dept=ADHD, kind="clinic_letter", specialty="Adult ADHD",
       clinician="Dr Marcus Fenwright", patient=pt, ev="2044-02-02", ld="2044-02-04", sent="2044-02-05 10:20",
       fmt="docx", subject="ADHD review and shared care request - HARDCASTLE N", opts={"extra": [(
           "Northfold_ADHD_SCA_atomoxetine.pdf", f"""
# Shared Care Agreement: Atomoxetine for Adults with ADHD
Patient: {pt['name']}   NHS number: {spaced(pt['nhs_number'])}
# Specialist responsibilities
- Assessment, diagnosis, initiation and titration to a stable dose (completed).
- Annual review of continued need; advice to the GP on request within two working days.
# GP responsibilities, once this agreement is signed
- Prescribe atomoxetine at the dose stated by the specialist.
- Record blood pressure, pulse and weight every six months.
# GP agreement
I agree / do not agree to share care for this patient. Signed: ______ Date: ______
""", "Shared Care Agreement")]}, body=f"""
# ADHD MEDICATION REVIEW
{idl(pt)}
Review date: 02/02/2044

Dear Dr Okafor-Lyle

Nadia has been stable on atomoxetine 80 mg once daily for three months. BP 116/74, pulse 78, weight 58.4 kg; no mood change, no suicidal thoughts.

# Recommendations
- We have prescribed atomoxetine so far and will continue to do so until shared care is agreed.
- The shared care agreement is attached for your consideration. If you are willing to share her care, please sign and return it; if not, please tell us and we will continue prescribing and monitoring.
- We will see her for an annual review in February 2045 whatever you decide.

# Information for the patient
Nadia knows to contact our team (0161 496 0218) with questions about her medication, and to see her GP or call NHS 111 if she feels unwell.

Dr Marcus Fenwright
Consultant Psychiatrist
""", notes="Hard negative: shared-care agreement offered for the practice's agreement with the provider "
             "prescribing meanwhile (the proper process); the agreement's GP responsibilities apply once signed.")

# C09 ADHD DNA: discharged after one missed assessment, GP to re-refer.
pt = P("Leah Stobart", "332502", "1996-11-12")
letter(key="c09", prov="nfd", dept=ADHD, kind="clinic_letter", specialty="Adult ADHD",
       clinician="Dr Lena Marchbank", patient=pt, ev="2044-02-08", ld="2044-02-09", sent="2044-02-09 09:30",
       fmt="plain", subject="Did not attend - STOBART L", body=f"""
{head("nfd", ADHD)}

{idl(pt)}
Appointment: 08/02/2044 at 10:00 (diagnostic assessment, video)

Dear Dr Okafor-Lyle

Leah did not join her diagnostic assessment on 08/02/2044 and we were unable to reach her by telephone on two attempts that morning.

[[dna_rereferral: In line with our access policy she has been discharged, and the GP will need to submit a new referral through e-RS for her to be offered another assessment date]].

Kind regards

Dr Lena Marchbank
Clinical Lead
""", notes="Discharged after a single missed appointment with re-referral left to the GP: dna_rereferral.")

# C10 ADHD assessment: autism assessment referral and the chasing of the service's own ECG report left to
# the GP; sent exactly seven days after the clinic (on time).
pt = P("Ethan Barraclough", "332619", "2003-05-09")
letter(key="c10", prov="nfd", dept=ADHD, kind="clinic_letter", specialty="Adult ADHD",
       clinician="Dr Marcus Fenwright", patient=pt, ev="2044-02-10", ld="2044-02-16", sent="2044-02-17 11:40",
       fmt="docx", subject="ADHD assessment report - BARRACLOUGH E", body=f"""
# ADHD ASSESSMENT REPORT
{idl(pt)}
Clinic date: 10/02/2044 (face to face, Northfold House)
Report date: 16/02/2044

Dear Dr Penhaligon

# Summary
Diagnosis: ADHD, predominantly inattentive presentation.
Ethan also scored 41/50 on the AQ-50 and described lifelong social communication difficulties and sensory sensitivities. Our contract covers ADHD only, so we have not assessed for autism.

# Cardiovascular screen
His father's brother died suddenly aged 34. We recorded a 12-lead ECG in clinic on 10/02/2044 and sent it to Kelderby cardiology for a formal report.

# Recommendations
- [[onward_referral: Please refer him to the adult autism diagnostic service for an autism assessment]].
- [[results_chasing: Please chase the cardiology report on the ECG and forward it to us, as we cannot start stimulant medication until it has been reviewed]].
- We will offer a medication appointment once the report is available.

Dr Marcus Fenwright
Consultant Psychiatrist
""", notes="Referral to another neurodevelopmental service for a related problem left to the GP: "
             "onward_referral; chasing the report of the provider's own ECG: results_chasing. Clinic 10/02, "
             "sent 17/02: exactly seven days, on time.")

# F04 community eating disorders: referral declined with advice instead (A&G in place of acceptance).
pt = P("Amelia Thirlwell", "332726", "2004-02-10")
letter(key="f04", prov="tev", dept=CEDS, kind="referral_response", specialty="Eating Disorders",
       clinician="Dr Helena Voss", patient=pt, ev=None, ld="2044-02-06", sent="2044-02-06 09:20",
       fmt="html", opts={"alt": True}, subject="Referral response - THIRLWELL A", body=f"""
# Community Eating Disorders Service - Referral Response
{idl(pt)}

Dear Dr Okafor-Lyle

Thank you for your referral of 30/01/2044. Amelia has restricted her eating for eight months with a weight loss of 9 kg, her BMI is 16.9 and she is exercising for two hours a day; her bloods and ECG, which you sent, were within normal limits.

[[referral_returned_for_workup: We are unable to accept this referral at present; instead we would ask the practice to monitor her weight, blood pressure, pulse and bloods (U&E, magnesium, phosphate) fortnightly and to re-refer if her BMI falls below 15]].

Advice for the practice: the guided self-help programme accepts self-referrals from people aged 18 and over.

Dr Helena Voss
Consultant Psychiatrist in Eating Disorders
""", notes="A clinically appropriate referral declined with advice and monitoring handed back to the practice "
             "instead: referral_returned_for_workup.")

# D03 Mereside Unit: depot given on the ward, next depot booked, 14 days' TTO, fit note issued: hard negative.
pt = P("Lorraine Ashdown", "332833", "1971-12-18")
letter(key="d03", prov="tev", dept=MERESIDE, kind="discharge_summary", specialty="General Adult Psychiatry",
       clinician="Dr Farhan Qureshi", patient=pt, ev="2044-02-04", ev_time="14:15", ld="2044-02-04",
       sent="2044-02-05 09:10", fmt="html", subject="Discharge notification - ASHDOWN L", body=f"""
# Discharge Notification - Mereside Unit
{idl(pt)}
Admitted: 12/01/2044 under section 2 of the Mental Health Act; regraded to informal on 26/01/2044
Discharged: 04/02/2044 at 14:15
Consultant: Dr Farhan Qureshi

Diagnosis: relapse of schizoaffective disorder after stopping oral aripiprazole in November.

# Medication
| Medicine | Supply |
| Aripiprazole long-acting injection 400 mg monthly | given on the ward 03/02/2044; next due 02/03/2044 at the CMHT depot clinic (booked) |
| Sertraline 100 mg once daily | 14 days supplied; unchanged from before admission, please continue |

# Follow-up
- Care coordinator: Jonah Pruett, Kelderby East CMHT; 72-hour follow-up visit booked for 07/02/2044.
- Fit note issued by the ward on 04/02/2044 for four weeks.
- Her crisis and safety plan was updated with her before discharge and a copy given to her.

No GP action is required beyond her usual repeat prescribing.

Dr Farhan Qureshi, Consultant Psychiatrist
""", notes="Hard negative: depot given and next one booked by the CMHT, fit note already issued, sertraline is a "
             "green continuation, the safety plan is the team's own. Discharged 14:15 on 04/02, sent 09:10 on "
             "05/02: about 19 h, on time. Mental Health Act section is history.")

# C11 CMHT letter to the patient: discharge to the GP with lithium prescribing and monitoring transferred
# without agreement; sent 11 days after the clinic.
pt = P("Hywel Tregarthen", "332940", "1963-04-04")
letter(key="c11", prov="tev", dept=CMHT_W, kind="clinic_letter", specialty="General Adult Psychiatry",
       clinician="Dr Priya Venkataraman", patient=pt, ev="2044-02-01", ld="2044-02-12", sent="2044-02-12 15:00",
       fmt="pdf", subject="Outpatient letter - TREGARTHEN H", body=f"""
# Marrick West CMHT - letter to patient
{idl(pt)}
Appointment date: 01/02/2044

Dear Mr Tregarthen

Thank you for coming to see me at Marrick West Resource Centre. I am writing to you, with a copy to your GP, to confirm what we agreed.

# Your results
Your blood tests on 25/01/2044 were all normal: lithium 0.7 mmol/L, kidney function normal (eGFR 79), thyroid normal.

# What happens next
You have been well on lithium for over two years and we agreed that you no longer need to see the mental health team, so I am discharging you back to your GP.
[[shared_care_without_agreement: From now on your GP surgery will prescribe your lithium and do your three-monthly lithium blood tests, so please book these with the surgery]].

# If you become unwell
If you notice early warning signs (sleeping less, racing thoughts, spending more), please contact your GP, who can refer you back to us quickly; out of hours, call the crisis line on 0113 496 0750.

Dr Priya Venkataraman
Specialty Doctor in Psychiatry

cc: Dr Helen Okafor-Lyle, Saltings Lane Medical Practice
""", late="Appointment date: 01/02/2044",
       notes="Letter to the patient with the GP in copy: lithium prescribing and monitoring moved to the practice "
             "with no shared-care agreement offered (an implicit expectation): shared_care_without_agreement. The "
             "early-warning-signs paragraph is safety-netting. Seen 01/02, sent 12/02: 11 days, late.")

# C12 care coordinator after a CPA review: depot injections and prescribing moved to the practice.
pt = P("Declan Fairweather", "333057", "1980-02-28")
letter(key="c12", prov="tev", dept=CMHT_E, kind="clinic_letter", specialty="General Adult Psychiatry",
       clinician="Mr Jonah Pruett", patient=pt, ev="2044-02-09", ld="2044-02-10", sent="2044-02-10 16:50",
       fmt="plain", opts={"from": "Jonah Pruett <jonah.pruett@nhs.net>"},
       subject="CPA review outcome - depot - FAIRWEATHER D", body=f"""
Dear Dr Okafor-Lyle and practice nursing team,

{idl(pt)}
CPA review: 09/02/2044 at Ashlar House (Dr A Whitlock, myself, Declan and his sister)

Declan remains well on paliperidone palmitate 100 mg every four weeks; no relapse since 2041. He is working part time and wants his injections nearer home.

[[shared_care_without_agreement: We would be grateful if the practice nurse could give his four-weekly paliperidone injections from March onwards, with the practice issuing the prescription]]. His next injection is due on 08/03/2044.

I will remain his care coordinator and will see him every two months. Risk: low; no change to his crisis plan.

Best wishes

Jonah Pruett
Community Psychiatric Nurse / Care Coordinator
Kelderby East CMHT, Thornwick and Esk Valley Partnership NHS Foundation Trust
Tel 0113 496 0744
""", notes="Administration and prescribing of a depot antipsychotic handed to the practice with no shared-care "
             "agreement offered: shared_care_without_agreement. Sent from the care coordinator's own mailbox.")

# C13 CMHT DNA: discharged after one missed first assessment, fresh referral asked for.
pt = P("Shane Cawthorne", "333164", "1988-10-07")
letter(key="c13", prov="tev", dept=CMHT_W, kind="clinic_letter", specialty="General Adult Psychiatry",
       clinician="Ms Rebecca Hollins", patient=pt, ev="2044-02-15", ld="2044-02-16", sent="2044-02-16 12:30",
       fmt="html", subject="Non-attendance - CAWTHORNE S", body=f"""
# Notification of Non-Attendance
{idl(pt)}
Appointment: 15/02/2044 at 11:00, initial assessment

Dear Dr Penhaligon

Mr Cawthorne did not attend his initial assessment and we have not been able to contact him.

Risk information: no known risk to others; your referral described passive thoughts of death without plans. We have sent him a letter with the crisis line and Samaritans details.

In line with the team's DNA policy he has been discharged back to your care; [[dna_rereferral: please send a fresh referral to the SPA so that he can be offered a new appointment]].

Rebecca Hollins
Team Leader, Marrick West CMHT
""", notes="Discharge after one missed first appointment with a fresh referral asked of the GP: dna_rereferral. "
             "The crisis details sent to the patient are the team's own safety-netting.")

# C14 CRHT: home assessment, home treatment started, safety plan: hard negative.
pt = P("Megan Ridsdale", "333271", "1983-06-01")
letter(key="c14", prov="tev", dept=CRHT, kind="clinic_letter", specialty="General Adult Psychiatry",
       clinician="Dr Tomasz Wierzbicki", patient=pt, ev="2044-02-17", ld="2044-02-18", sent="2044-02-18 17:20",
       fmt="html", opts={"alt": True, "header": True}, subject="CRHT assessment - RIDSDALE M", body=f"""
# Crisis Resolution and Home Treatment - Assessment Letter
{idl(pt)}
Assessed at home: 17/02/2044, 19:30 (with her partner)

Dear Dr Okafor-Lyle

Thank you for your urgent referral. Megan has a six-week depressive episode after redundancy, with suicidal thoughts in the last week but no plan or preparation; she has not harmed herself. She has capacity to make decisions about her care and agreed to home treatment rather than admission.

# Plan
- Home treatment: daily visits for the first week, reviewed at our MDT every Monday and Thursday.
- Mirtazapine 15 mg at night: 7 days supplied by the home treatment team; we will prescribe while she is with us.
- Her partner is holding her medicines and will keep them locked away.

# Safety plan (agreed with Megan)
| Step | What Megan will do |
| Warning signs | not sleeping, withdrawing from her partner, looking at methods online |
| Things that help | walking the dog, calling her sister, music |
| People to contact | partner; sister |
| Professionals | home treatment team 0113 496 0752 (8am to 10pm); crisis line 0113 496 0750 (24 hours); ED in an emergency |

If things get worse after discharge from home treatment, she can also see her GP or ring NHS 111.
The GP is not asked to take any action at present; we will write again when she is discharged from home treatment.

Dr Tomasz Wierzbicki
Specialty Doctor, CRHT
""", notes="Hard negative: the crisis team treats at home and supplies medication; the safety plan and 'see her "
             "GP' line are safety-netting; explicit no-action line.")

# E02 liaison psychiatry after an overdose: all follow-up arranged by the services: hard negative.
pt = P("Bethan Lowther", "333388", "2002-03-11")
letter(key="e02", prov="kel", dept=LIAISON, kind="ed_letter", specialty="Liaison Psychiatry",
       clinician="Dr Ruth Amberley", patient=pt, ev="2044-02-20", ld="2044-02-21", sent="2044-02-22 08:15",
       fmt="pdf", subject="Liaison psychiatry assessment - LOWTHER B", body=f"""
# PSYCHIATRIC LIAISON ASSESSMENT
{idl(pt)}
Date of attendance: 20/02/2044 (arrived 02:10)
Assessed by: Dr Ruth Amberley, Consultant Liaison Psychiatrist, with Ade Baptiste, liaison nurse

# Medical
Single ingestion of 24 paracetamol tablets at 21:30 on 19/02/2044. Paracetamol level at 4 hours below the treatment line; ALT 18. Medically fit for discharge.

# Psychiatric assessment
Impulsive overdose after a relationship ending; regrets it and is glad to be alive. No psychotic symptoms. She was referred to Talking Therapies last year and completed six sessions. Risk: moderate in the short term, lower with support.

# Plan
- The crisis team will telephone her today and visit on 23/02/2044 (referral made by us).
- Safety plan agreed; her mother will stay with her this week and hold her medicines.
- With her consent we have told the university wellbeing service.
- We suggest any future prescriptions of potentially harmful medicines are issued in small quantities.

No specific GP action is requested.

Dr R Amberley
""", notes="Hard negative: liaison follow-up made by the service itself, history of a past Talking Therapies "
             "referral, prescribing advice about the practice's own prescribing, explicit no-action line.")

# E03 liaison in ED: possible first-episode psychosis; EIP referral and the ED's own CT result left to the GP.
pt = P("Tyler Hebblethwaite", "333495", "2005-01-20")
letter(key="e03", prov="kel", dept=LIAISON, kind="ed_letter", specialty="Liaison Psychiatry",
       clinician="Dr Samir Okonkwo-Reid", patient=pt, ev="2044-02-24", ld="2044-02-25", sent="2044-02-25 09:45",
       fmt="html", opts={"label_col": True}, subject="ED / liaison letter - HEBBLETHWAITE T", body=f"""
# Psychiatric Liaison - ED Discharge Letter
| Patient | {pt['name']} |
| Date of birth | {dmy(pt['dob'])} |
| NHS number | {spaced(pt['nhs_number'])} |
| Attendance | 24/02/2044, 21:30 |
| Seen by | Dr Samir Okonkwo-Reid, ST5 Liaison Psychiatry |

Tyler was brought in by friends after falling and hitting his head. He described three weeks of believing that his flatmates are poisoning his food and hearing a voice commenting on him. Daily cannabis use.
He was not felt to be detainable; he declined informal admission and went home with his mother, who will stay with him. Crisis line details given.

CT head (ED request, 24/02/2044): performed; formal report not available when he left.

# Plan
- [[onward_referral: GP to refer to the Early Intervention in Psychosis service for assessment]].
- [[patient_redirected_to_gp: He has been advised to make an appointment with his GP to get the result of his CT head]].
- He was given information about the young people's drug and alcohol service, which he can contact himself.

Dr S Okonkwo-Reid
""", notes="Onward referral to early intervention for an immediate related need left to the GP: onward_referral; "
             "the patient sent to the GP for the ED's own CT result: patient_redirected_to_gp. Self-referral "
             "information is a decoy.")

# R02 eating disorder day programme: low potassium on its own bloods, acting on it pushed to the practice on a
# Friday afternoon: urgent.
pt = P("Isla Charnock", "333502", "2001-07-14")
letter(key="r02", prov="wrn", dept=WREN_DAY, kind="results", specialty="Eating Disorders",
       clinician="Dr Beatrix Somerby", patient=pt, ev=None, ld="2044-02-26", sent="2044-02-26 16:40",
       fmt="plain", opts={"from": "Dr Beatrix Somerby <beatrix.somerby@nhs.net>"},
       subject="Abnormal bloods - CHARNOCK I - please action", body=f"""
Dear Saltings Lane GPs,

{idl(pt)}

Isla attends the Wrenfield day programme (anorexia nervosa, binge-purge type). Bloods taken at the day programme this morning, 26/02/2044:
  Potassium 2.7 mmol/L (3.5 - 5.3)
  Magnesium 0.62 mmol/L (0.70 - 1.00)
  Phosphate 0.71 mmol/L (0.80 - 1.50)
  Sodium 136, creatinine 61

She has been purging several times a day this week. The result came back after she had left for the weekend and our ECG machine is out of service.
[[results_chasing: Please could the practice contact her today, repeat her U&Es and magnesium tomorrow and start oral potassium replacement as you see fit]].

She is next due at the day programme on Monday 29/02/2044.

Dr Beatrix Somerby
Specialty Doctor, Wrenfield Healthcare Ltd
Wrenfield House, Wrenfield Lane, Esk Bridge. Tel 0117 496 0624
""", urgent=True,
       notes="Acting on the provider's own abnormal bloods (repeat and replacement) pushed to the practice: "
             "results_chasing. Severe hypokalaemia needing action within a day: urgent. Sent from the doctor's "
             "own mailbox; a results letter has no event date.")

# D04 eating disorder unit: long admission; fit note for the admission left to the GP; late.
pt_osg = P("Harriet Osgodby", "333619", "1998-12-04")
letter(key="d04", prov="wrn", dept=WREN_IP, kind="discharge_summary", specialty="Eating Disorders",
       clinician="Dr Julian Ashworth-Pike", patient=pt_osg, ev="2044-02-27", ev_time="10:30", ld="2044-03-01",
       sent="2044-03-01 14:00", fmt="docx", subject="Discharge summary - OSGODBY H", body=f"""
# DISCHARGE SUMMARY - INPATIENT EATING DISORDER UNIT
{idl(pt_osg)}
Admission date: 14/11/2043 (BMI 13.1)
Discharge date: 27/02/2044 at 10:30 (BMI 17.4)
Consultant: Dr Julian Ashworth-Pike

Diagnosis: anorexia nervosa, restrictive type. Refeeding was uneventful (phosphate supplements for the first 10 days).

# Medication on discharge
| Medicine | Supply |
| Fluoxetine 40 mg once daily | 28 days supplied |
| Thiamine 100 mg three times daily | 28 days supplied; continue for 4 more weeks then stop |

# Follow-up
- Weekly review with weight and fortnightly bloods at the Wrenfield outpatient and step-down clinic for six weeks.
- Then transfer to the Thornwick and Esk Valley community eating disorders service (referral made by us on 20/02/2044).

# Work
Harriet works as a teaching assistant and plans a phased return from 01/04/2044. [[fit_note: She will need a fit note covering her admission and the period until then, which we have asked her to request from her GP]].

Dr J Ashworth-Pike, Consultant Psychiatrist
""", late="Discharge date: 27/02/2044 at 10:30",
       notes="Fit note for the provider's own admission and the period after it left to the GP: fit_note. "
             "Discharged 10:30 on 27/02, sent 14:00 on 01/03 (2044 is a leap year): about 75 h, late. Monitoring "
             "and the onward referral are done by the provider (decoys).")

# C15 learning-disability psychiatry STOMP review: an audit data form for the practice; late.
pt = P("Daniel Ormesher", "333726", "1990-08-29")
letter(key="c15", prov="tev", dept=LD, kind="clinic_letter", specialty="Psychiatry of Learning Disability",
       clinician="Dr Adaeze Nwankwo-Burke", patient=pt, ev="2044-02-23", ld="2044-03-04", sent="2044-03-07 11:00",
       fmt="docx", subject="STOMP review - ORMESHER D", body=f"""
# LEARNING DISABILITY PSYCHIATRY - CLINIC LETTER
{idl(pt)}
Clinic date: 23/02/2044
Present: Daniel; his mother; Cerys Lamb (support worker); Gareth Pennock (community LD nurse)
Letter date: 04/03/2044

Dear Dr Penhaligon

Diagnoses: moderate learning disability; autism; epilepsy (well controlled on lamotrigine).

Daniel has taken risperidone 1 mg twice daily since 2036 for behaviour that challenges. Incidents have fallen from weekly to about one a month over the last year.

# Capacity and best interests
Daniel lacks capacity to decide about his antipsychotic medication (assessment recorded on 23/02/2044). A best interests decision was made with his mother and support team to reduce risperidone under STOMP principles.

# Plan
- Risperidone reduced to 0.5 mg in the morning and 1 mg at night; please amend his repeat prescription accordingly.
- Gareth will review behaviour charts with the support team every week and let us know of any deterioration.
- Prolactin and metabolic bloods will be taken at our next clinic under his desensitisation plan.
- [[non_contractual_admin: Please could you complete the enclosed STOMP audit data collection form for the ICB (current psychotropics, indications and date of last review) and return it to our team secretary by 31/03/2044]].

Dr Adaeze Nwankwo-Burke
Consultant Psychiatrist in Learning Disability

cc: Mrs J Ormesher; Gareth Pennock, Community LD Nurse; Cerys Lamb, Oakfield Supported Living
""", late="Clinic date: 23/02/2044",
       notes="The team's audit data form sent for the practice to complete: non_contractual_admin. Amending the "
             "repeat of a green drug after a specialist dose change is ordinary GP work; bloods and behaviour "
             "monitoring stay with the team (decoys). Seen 23/02, sent 07/03: 13 days, late.")

# C16 perinatal letter to the patient: the team's own thyroid result to be collected from the GP.
pt = P("Rosie Penwarden", "333833", "1995-05-17")
letter(key="c16", prov="tev", dept=PERI, kind="clinic_letter", specialty="Perinatal Psychiatry",
       clinician="Dr Grace Lindholm", patient=pt, ev="2044-03-02", ld="2044-03-04", sent="2044-03-04 13:15",
       fmt="html", opts={"alt": True}, subject="Perinatal clinic letter - PENWARDEN R", body=f"""
# Perinatal Mental Health Service
{idl(pt)}
Appointment: 02/03/2044, Ashlar House (with baby Alfie, 8 weeks old)

Dear Rosie

Thank you for coming to see me with Alfie. I am writing to you, with a copy to Dr Okafor-Lyle, to go over what we discussed.

# What we talked about
You have had postnatal depression since about three weeks after Alfie was born. You have no thoughts of harming Alfie and are bonding well with him; you have had fleeting thoughts that you would be better off not here, but no plans.

# Medicine
We agreed to increase your sertraline from 50 mg to 100 mg a day. Sertraline is a good choice while breastfeeding. We gave you a prescription for 28 days of the new dose from our clinic pharmacy today; after that your GP practice will carry on your usual repeat prescription.

# Blood test
We took a blood test today to check your thyroid, because thyroid problems after birth can cause low mood.
[[patient_redirected_to_gp: Please book an appointment with your GP in about a week to get the result]].

# Support
- Our perinatal nurse, Sian Treloar, will visit you at home on 11/03/2044.
- Your health visitor knows about today's appointment and will see you next week.
- If you have thoughts of harming yourself or Alfie, call our team on 0113 496 0767 (Monday to Friday) or the crisis line on 0113 496 0750 at any time.

Dr Grace Lindholm
Consultant Perinatal Psychiatrist

cc: Dr Helen Okafor-Lyle; Health Visiting Team, Esk Bridge
""", notes="Letter to the patient with the GP in copy: the patient is sent to her GP for the team's own thyroid "
             "result: patient_redirected_to_gp. Sertraline (green) continued on repeat, the home visit, health "
             "visitor and crisis numbers are decoys.")

# D05 plastic surgery: self-harm wrist laceration with tendon repair; wound check and suture removal left to
# the practice nurse; late.
pt = P("Jordan Kettlewell", "333940", "1993-09-09")
letter(key="d05", prov="kel", dept=PLASTICS, kind="discharge_summary", specialty="Plastic Surgery",
       clinician="Mr Aurelio Santangelo", patient=pt, ev="2044-03-05", ev_time="16:20", ld="2044-03-07",
       sent="2044-03-08 08:45", fmt="plain", subject="Discharge summary - Ward 9 - KETTLEWELL J", body=f"""
{head("kel", PLASTICS)}

DISCHARGE SUMMARY
{idl(pt)}
Date of discharge: 05/03/2044 (16:20)
Consultant: Mr Aurelio Santangelo   Author: Dr Ama Boateng, FY1

Admission: 03/03/2044 via ED with a deep self-inflicted laceration to the left wrist.
Procedure: 04/03/2044, exploration and repair of flexor carpi radialis tendon, skin closed with 4-0 nylon.
Liaison psychiatry reviewed on 04/03/2044: no ongoing suicidal intent, not detainable; the crisis team will see him on 09/03/2044 (arranged by liaison).

Medication: co-amoxiclav 625 mg three times daily, 5-day course supplied; paracetamol 7 days supplied.
Splint: dorsal blocking splint for 6 weeks; hand therapy appointment 11/03/2044 (booked).
Fit note: issued on the ward for 6 weeks.

ACTIONS FOR GP
[[post_procedure_care: Please arrange for the practice nurse to check the wound and remove the sutures 10 to 14 days after surgery]].

Dr A Boateng for Mr A Santangelo
""", late="Date of discharge: 05/03/2044 (16:20)",
       notes="Wound check and suture removal after the team's own tendon repair passed to the practice nurse: "
             "post_procedure_care. Discharged 16:20 on 05/03, sent 08:45 on 08/03: about 64 h, late. Fit note "
             "already issued, hand therapy booked and crisis follow-up arranged (decoys).")

# C17 ADHD DNA: further appointment offered, patient kept on the list: hard negative.
pt = P("Ellis Marwood", "334057", "1998-04-03")
letter(key="c17", prov="nfd", dept=ADHD, kind="clinic_letter", specialty="Adult ADHD",
       clinician="Dr Lena Marchbank", patient=pt, ev="2044-03-07", ld="2044-03-08", sent="2044-03-08 10:10",
       fmt="plain", subject="Missed appointment - MARWOOD E", body=f"""
{head("nfd", ADHD)}

{banner(pt)}
Missed appointment: 07/03/2044 at 14:00 (titration review, video)

Dear Dr Penhaligon

Ellis did not join his titration review. Missed appointments are common in ADHD and we do not discharge after a single non-attendance.

We have offered a further video appointment on 21/03/2044 at 10:00, sent him a text and e-mail reminder, and will phone him the day before. He has enough methylphenidate from our last prescription to last until then.

He remains under our care; no action is needed from the practice.

Dr Lena Marchbank
Clinical Lead
""", notes="Hard negative: a missed appointment met with a further appointment by the provider, not a discharge; "
             "medication supplied by the provider; explicit no-action line.")

# D06 care of older people: delirium on possible dementia; memory referral made by the ward: hard negative;
# sent 23 h 35 min after discharge (on time).
pt_bel = P("Arthur Bellerby", "334164", "1935-01-16")
letter(key="d06", prov="kel", dept=COOP, kind="discharge_summary", specialty="Geriatric Medicine",
       clinician="Dr Naomi Featherstone", patient=pt_bel, ev="2044-03-09", ev_time="12:05", ld="2044-03-10",
       sent="2044-03-10 11:40", fmt="html", opts={"alt": True}, subject="Discharge summary - BELLERBY A", body=f"""
# Discharge Summary - Care of Older People
{idl(pt_bel)}
Admitted: 01/03/2044 (confusion and falls)
Discharged: 09/03/2044 12:05, home with a package of care (four calls a day)
Consultant: Dr Naomi Featherstone, Consultant Geriatrician

# Diagnoses
- Delirium secondary to urinary tract infection (4AT 6 on admission, 1 on discharge)
- Probable underlying cognitive impairment (AMTS 6/10 once the delirium settled)
- CT head 02/03/2044: small vessel disease, no acute change

# Course
Trimethoprim course completed on the ward. An urgent Deprivation of Liberty authorisation was granted during the stay and lapsed on discharge.
Capacity: he lacked capacity to decide where to live after discharge; a best interests meeting with his daughter on 07/03/2044 agreed on home with carers.

# Follow-up
- We referred him directly to the Memory Assessment Service on 08/03/2044; they will see him eight weeks after the delirium has resolved.
- Falls: assessed by our therapists; walking frame issued.
- Please continue his existing medicines, which are unchanged.

No GP action is required.

Dr N Featherstone
""", notes="Hard negative: memory referral made by the ward, DoLS and best-interests decision are history and "
             "capacity language, green medicines continued, explicit no-action line. Discharged 12:05 on 09/03, "
             "sent 11:40 on 10/03: 23 h 35 min, on time.")

# R03 lithium clinic results for the patient in C01: for information: hard negative.
letter(key="r03", prov="tev", dept=LITHIUM, kind="results", specialty="General Adult Psychiatry",
       clinician="Dr Anselm Whitlock", patient=pt_cot, ev=None, ld="2044-03-10", sent="2044-03-10 15:30",
       fmt="html", opts={"header": True}, subject="Lithium clinic results - COTTESLOE M - for information", body=f"""
# Lithium Monitoring Clinic - Results for Information
{idl(pt_cot)}
Bloods taken in our lithium clinic: 08/03/2044

| Test | Result | Range |
| Lithium (12 h post dose) | 0.66 mmol/L | 0.4 - 1.0 |
| eGFR | 82 | > 60 |
| TSH | 2.0 mU/L | 0.3 - 4.2 |
| Adjusted calcium | 2.38 mmol/L | 2.20 - 2.60 |

All results are within range and there is no change to her lithium dose. We have written to Mrs Cottesloe with the results. Her next bloods are due in our lithium clinic on 07/06/2044, and we will continue to prescribe until we hear whether the practice accepts shared care.

For information only; no action needed.

Dr Anselm Whitlock, Consultant Psychiatrist
""", notes="Hard negative: the team takes, reviews and communicates its own lithium monitoring, keeps prescribing "
             "pending the shared-care decision; for information only.")

# C18 eating disorder outpatient: step-down review, monitoring by the unit: hard negative.
letter(key="c18", prov="wrn", dept=WREN_OP, kind="clinic_letter", specialty="Eating Disorders",
       clinician="Dr Julian Ashworth-Pike", patient=pt_osg, ev="2044-03-09", ld="2044-03-11", sent="2044-03-14 09:00",
       fmt="pdf", subject="Step-down clinic review - OSGODBY H", body=f"""
# OUTPATIENT AND STEP-DOWN CLINIC REVIEW
{idl(pt_osg)}
Date of review: 09/03/2044
Letter date: 11/03/2044

Dear Dr Okafor-Lyle

Harriet is maintaining her weight after discharge (52.1 kg, BMI 17.6). She is following her meal plan with support from her partner and is looking forward to returning to work.

Bloods taken in our clinic today: potassium 4.1, phosphate 1.02, magnesium 0.84; all normal. We will continue weekly weights and fortnightly bloods here until her transfer to the community eating disorders service, whose first appointment is on 10/04/2044.

We have issued a further 28 days of fluoxetine 40 mg from our clinic. Thiamine can now stop.

No action is needed from the practice.

Dr Julian Ashworth-Pike
Consultant Psychiatrist
""", notes="Hard negative: the provider takes and reviews its own bloods, supplies medication and has arranged "
             "the transfer; explicit no-action line. Seen 09/03, sent 14/03: five days.")


# ====================================================================== 'other' messages

other(key="o01", sent="2044-01-19 08:30", type="ooo", notes="Out-of-office reply from a care coordinator.",
      frm="Jonah Pruett <jonah.pruett@nhs.net>", subject="Automatic reply: shared care query",
      body="Thank you for your e-mail. I am on annual leave until 29/01/2044 and will not be checking messages.\n"
           "For anything urgent about a Kelderby East CMHT patient please ring the duty worker on 0113 496 0744.\n")
other(key="o02", sent="2044-01-22 09:00", type="html_bulletin",
      notes="ICB medicines optimisation bulletin (bulk) quoting prescribing wording.",
      frm="Kelderby and Marrick ICB Medicines Optimisation <medsopt@kelderbymarrick-icb.example>",
      subject="Medicines Matters - January 2044",
      body="<html><body><h2>Medicines Matters</h2><p>January 2044</p><ul>"
           "<li>ADHD medicines remain AMBER: the specialist initiates and titrates; GPs prescribe only under a signed "
           "shared care agreement.</li>"
           "<li>Clozapine remains RED: hospital prescribing only.</li>"
           "<li>Lithium: please check that every patient on lithium has had a level in the last 3 months.</li></ul>"
           "<p>You are receiving this bulletin as a member of the ICB prescribing leads list.</p></body></html>\n")
other(key="o03", sent="2044-01-30 21:15", type="patient", notes="A patient's own e-mail; nothing to detect.",
      frm="Jasmine Ellery <jas.ellery@example.com>", subject="ADHD meds",
      body="Hi,\n\nThe ADHD clinic (Northfold) told me the surgery will start my Elvanse. Is the prescription ready "
           "yet and which pharmacy will it go to? I've been waiting ages for this.\n\nThanks\nJasmine\n")
other(key="o04", sent="2044-02-06 03:40", type="phish", notes="Phishing pretending to be a monitoring portal.",
      frm="Clozapine Monitoring Service <alerts@cpms-portal-verify.example.net>",
      subject="ACTION REQUIRED: your monitoring portal access expires today",
      body="Dear Prescriber,\n\nYour access to the patient monitoring portal expires at 23:59 today. Patients without "
           "a verified prescriber will have their supply BLOCKED.\n\nVerify your NHSmail password now:\n"
           "http://cpms-portal-verify.example.net/login\n")
other(key="o05", sent="2044-02-11 14:02", type="dsn", notes="Non-delivery report.",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>", subject="Undeliverable: RE: depot injections",
      body="Delivery has failed to these recipients or groups:\n\nashlar.cmht.admin@thornwickesk.nhs.uk\nThe e-mail "
           "address you entered couldn't be found.\n", rcpt="ashlar.cmht.admin@thornwickesk.nhs.uk")
other(key="o06", sent="2044-02-13 12:30", type="internal",
      notes="Internal practice e-mail from the practice pharmacist; not a provider letter.",
      frm="Nisha Barot <nisha.barot@nhs.net>", subject="Lithium and clozapine patients - recall list",
      body="Hi all,\n\nI've run the search: 14 patients on lithium, 3 on clozapine (all hospital-prescribed, so they "
           "should be on the record as 'hospital issued' only).\n\nTwo lithium patients have no level on the record "
           "in the last 3 months; I've asked reception to book them with the HCA. Can we discuss the CMHT letters "
           "asking us to take over prescribing at Tuesday's clinical meeting?\n\nNisha\nPractice Pharmacist\n")
other(key="o07", sent="2044-02-19 10:05", type="spam", notes="Marketing e-mail.",
      frm="MindWell Digital <hello@mindwell-digital.example.com>", subject="Cut your mental health waiting list",
      body="Dear Practice Manager,\n\nMindWell's app-based CBT programme is now available to GP practices. Book a "
           "free demo before 31/03/2044 and get three months free.\n\nTo stop receiving these e-mails reply STOP.\n")
other(key="o08", sent="2044-02-23 16:00", type="massmail", notes="Trust mass mailing to all practices (bulk).",
      frm="Thornwick and Esk Valley Communications <communications@thornwickesk.nhs.uk>",
      subject="For information: new Single Point of Access telephone number from 01/03/2044",
      body="SENT TO ALL GP PRACTICES\n\nFrom 01/03/2044 the adult mental health Single Point of Access moves to one "
           "number: 0113 496 0741. The crisis line is unchanged. No action is needed.\n")
other(key="o09", sent="2044-03-03 07:45", type="supplier", notes="Wholesaler's stock notice.",
      frm="Pennine Pharma Distribution <orders@pennine-pharma.example.co.uk>",
      subject="Stock update: ADHD medicines",
      body="Stock update for dispensing practices and pharmacies\n\n- Lisdexamfetamine 30 mg capsules: limited "
           "supply until April 2044.\n- Methylphenidate XL 54 mg: back in stock.\n\nOrders before 14:00 are "
           "delivered the next working day.\n")
other(key="o10", sent="2044-03-11 19:20", type="patient", notes="A carer's e-mail about a memory referral.",
      frm="Karen Bellerby-Shaw <karen.bshaw@example.com>", subject="Dad's memory clinic",
      body="Hello\n\nMy dad Arthur Bellerby came home from Kelderby Royal on Wednesday. The hospital said they had "
           "referred him to the memory clinic but we haven't heard anything. Do we need to do anything, or will "
           "they write to us?\n\nMany thanks\nKaren (daughter)\n")


# ====================================================================== rendering and checks

MARKING = {"kel": "OFFICIAL-SENSITIVE: PERSONAL", "nfd": "PRIVATE AND CONFIDENTIAL (NHS patient)",
           "wrn": "CONFIDENTIAL - MEDICAL IN CONFIDENCE"}
COLOUR = {"tev": "#4b2a73", "kel": "#005eb8", "nfd": "#1f6f6b", "wrn": "#8a3b12"}
FONT = {"tev": "Arial,sans-serif", "kel": "Verdana,Arial,sans-serif", "nfd": "Calibri,Arial,sans-serif",
        "wrn": "Georgia,serif"}


def tev_top(p: dict, dept: str) -> str:
    """The mental health trust's own HTML letterhead: a coloured name line over a one-line address."""
    c = COLOUR["tev"]
    return (f'<div style="color:{c};font-weight:bold;font-size:13pt">{html.escape(p["name"])}</div>'
            f'<div style="font-size:9pt">{html.escape(dept)} | {html.escape(p["site"])}, '
            f'{html.escape(", ".join(p["addr"]))} | Tel {html.escape(p["phone"])}</div>'
            f'<div style="font-size:8pt;color:#666">Confidential: contains sensitive mental health information</div>'
            f'<hr style="border:0;border-top:2px solid {c}">')


def house(L: dict, p: dict) -> dict:
    """Each provider's colour, font and letterhead."""
    k = L["prov"]
    c = COLOUR[k]
    style = dict(heading=f'<h3 style="font-size:11pt;color:{c};margin:10px 0 4px 0">{{}}</h3>',
                 cell=f'style="border:1px solid {c};padding:3px 6px;vertical-align:top"', font=FONT[k],
                 footer=f"{html.escape(p['name'])} - sent by {html.escape(p['mailer'])}. If you are not the "
                        "intended recipient please delete this message.")
    if k == "tev":
        style["top"] = tev_top(p, L["dept"])
    else:
        style["marking"] = MARKING[k]
    return style


MEDS = re.compile(r"lithium|clozapine|paliperidone|aripiprazole|olanzapine|lisdexamfetamine|Concerta|"
                  r"methylphenidate|atomoxetine|donepezil|risperidone|sertraline|mirtazapine|fluoxetine", re.I)


def own(lid: str, lab: dict, text: str) -> list[str]:
    """This corpus's promises for each letter: every letter without findings is noted as a hard negative, a
    stated weekday agrees with its date, and the letter is about one of the theme's services (a psychiatric
    specialty or one of the theme's medicines named, or a mental health setting)."""
    errors = kit.check_notes(lid, lab, urgent_exempt=True) + kit.weekday_errors(lid, text)
    themed = re.search(r"psychiat|eating disorder|anorexia|mental health|memory|ADHD|self-harm|self-inflicted", text, re.I)
    if not (themed or MEDS.search(text)):
        errors.append(f"{lid}: letter off the corpus theme")
    return errors


def corpus_checks(labels: list[dict], items: list[kit.Item]) -> list[str]:
    """The kit's checks plus this corpus's promises: 2-3 urgent letters and ten other messages; at least two
    late letters of each kind; at least a third of the letters hard negatives; every provider both with and
    without findings; at least three letters written to the patient with the GP in copy; and urgent letters
    that include one with no bounce category (the practice's own prescribing)."""
    errors = C.checks(labels, items, urgent=(2, 3), others=10, own=own)
    errors += kit.check_negatives(labels) + kit.check_late_counts(labels, 2)
    letters = [(lab, item) for lab, (kind, item, _s) in zip(labels, items, strict=True) if kind == "L"]
    for key, p in PROV.items():
        mine = [lab for lab, item in letters if item["prov"] == key]
        if not any(lab["expected"] for lab in mine) or all(lab["expected"] for lab in mine):
            errors.append(f"{key}: provider should have letters with and without findings")
        if p["name"] not in {lab["trust"] for lab in mine}:
            errors.append(f"{key}: trust name not labelled")
    to_patient = sum(1 for _lab, item in letters if re.search(r"^Dear (Mr|Mrs|Ms|Rosie)\b", item["body"], re.M))
    if to_patient < 3:
        errors.append(f"only {to_patient} letters written to the patient")
    if not any(lab["urgent_clinical_action"] and not lab["expected"] for lab, _item in letters):
        errors.append("no urgent letter without a bounce category")
    return errors


if __name__ == "__main__":
    sys.exit(C.run(sys.argv[1:], house=house, checks=corpus_checks, negatives="hard negatives"))
