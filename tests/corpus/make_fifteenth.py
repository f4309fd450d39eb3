#!/usr/bin/env python3
"""Build the fifteenth (independent, held-out) corpus: tests/corpus/fifteenth/.

Style: mental-health trust teams (CMHT, memory clinic, perinatal, early intervention, learning
disability), older people's medicine and frailty, renal and diabetes specialist nurses, an
anticoagulation clinic, radiology reports with "Recommendation:" lines, e-RS Advice and Guidance
responses and a virtual-ward discharge.  Everything is invented; NHS numbers are in the 999 test
range and valid under Modulus 11.  The build is deterministic.

    python3 tests/corpus/make_fifteenth.py            # build, then verify
    python3 tests/corpus/make_fifteenth.py --verify-only
"""
from __future__ import annotations

import email.policy
import sys
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus_kit as kit  # noqa: E402
from corpus_kit import idline, letter_defaults  # noqa: E402
from corpus_kit import patient as P  # noqa: E402
from make_third import london  # noqa: E402

OUT = HERE / "fifteenth"
PREFIX = "fifteenth"
PRACTICE_TO = "Hollins Lane Medical Practice <hollinslane.practice@nhs.net>"

PROV = {
    "calder": dict(
        name="Calderbrook Mental Health NHS Foundation Trust", site="Ridgeway House",
        addr=["Ridgeway House", "17 Tanyard Road", "Calderbrook", "CQ3 7LP"], phone="0113 496 0871",
        domain="calderbrook-mh.nhs.uk",
        sender="Calderbrook MH Correspondence <correspondence@calderbrook-mh.nhs.uk>",
        mailer="RiO Letters 9.2"),
    "ormsby": dict(
        name="Ormsby and Thale Hospitals NHS Trust", site="Ormsby General Hospital",
        addr=["Thale Road", "Ormsby", "OQ5 2HD"], phone="0116 496 0349", domain="ormsbythale.nhs.uk",
        sender="Ormsby and Thale Clinical Letters <clinicalletters@ormsbythale.nhs.uk>",
        mailer="OTH DocGen 5"),
}

COVER = ("Dear colleague,\n\nPlease find attached a {doctype} from {dept}, {trust}.\n"
         "Reference: {ref}\n\nThis is a send-only mailbox.\n")
DOCTYPE = {"clinic_letter": "clinic letter", "discharge_summary": "discharge summary",
           "referral_response": "referral response", "results": "results report"}

LETTERS: list[dict] = []


def letter(**kw):
    LETTERS.append(letter_defaults(kw))


CMHT, MEM, PERI, EIP, LD = ("Community Mental Health Team (North)", "Calderbrook Memory Assessment Service",
                            "Perinatal Mental Health Service", "Early Intervention in Psychosis Team",
                            "Community Learning Disability Team")
OPM, RENAL, DSN, ANTI, RAD, VW = ("Department of Older People's Medicine", "Renal Unit",
                                  "Diabetes Specialist Nursing Team", "Anticoagulation Clinic",
                                  "Department of Radiology", "Frailty Virtual Ward")

# ------------------------------------------------------------------ letters with findings

pt = P("Maren Ostley", "140021", "1979-04-11")
letter(key="a01", prov="calder", dept=CMHT, kind="clinic_letter", specialty="General Adult Psychiatry",
       clinician="Dr Tobias Renwick", patient=pt, ev="2031-01-08", ld="2031-01-10", sent="2031-01-10 11:20",
       fmt="docx", subject="CMHT outpatient review", body=f"""
{idline(pt)}
Seen in CMHT outpatient clinic on 08/01/2031

Dear Dr Hollins,

I reviewed Ms Ostley with her partner. Her mood has been unstable for several months despite quetiapine and
we agreed to start lithium carbonate (Priadel) 400 mg at night, which I have prescribed today for 14 days.

# Plan
1. Lithium carbonate 400 mg nocte, target level 0.6-0.8 mmol/L.
2. It is requested that a 12-hour lithium level, U&E, eGFR and TFTs are taken at the surgery one week after starting.
3. Would you be able to take over the prescribing of lithium and its three-monthly monitoring once the first level is back?
4. CMHT care coordinator to visit fortnightly.

Yours sincerely
Dr Tobias Renwick, Consultant Psychiatrist
""", exp=[("tests_for_hospital", "It is requested that a 12-hour lithium level, U&E, eGFR and TFTs are taken at "
                                  "the surgery one week after starting."),
          ("shared_care_without_agreement", "Would you be able to take over the prescribing of lithium and its "
                                            "three-monthly monitoring once the first level is back?")],
       notes="Lithium newly started by CMHT: baseline monitoring and prescribing pushed to GP with no shared-care offer.")

pt = P("Edwin Castell", "140038", "1943-09-02")
letter(key="a02", prov="calder", dept=MEM, kind="referral_response", specialty="Old Age Psychiatry",
       clinician="Dr Priya Halloran", patient=pt, ld="2031-01-14", sent="2031-01-14 15:02", fmt="pdf",
       subject="Memory service referral - returned", body=f"""
{idline(pt)}
Referral received: 06/01/2031

Dear Doctor,

Thank you for referring Mr Castell with a six-month history of forgetfulness. The referral has been reviewed at
our triage meeting and cannot be accepted at this stage.

# Outcome
| Referral status: | Returned to referrer |
| GP action required: | Yes - see below |

Before the memory service can offer an assessment, please carry out a dementia blood screen (B12, folate, TFT, calcium, HbA1c) and a 6CIT and send them with a new referral.

Dr Priya Halloran, Consultant in Old Age Psychiatry
""", exp=[("referral_returned_for_workup", "please carry out a dementia blood screen (B12, folate, TFT, calcium, "
                                           "HbA1c) and a 6CIT and send them with a new referral")],
       notes="Memory referral bounced back for work-up.")

pt = P("Lucia Brennock", "140045", "1996-06-19")
letter(key="a03", prov="calder", dept=PERI, kind="discharge_summary", specialty="Perinatal Psychiatry",
       clinician="Dr Hannah Quarrie", patient=pt, ev="2031-01-20", ev_time="10:30", ld="2031-01-20",
       sent="2031-01-20 16:45", fmt="pdf", subject="Discharge from Mother and Baby Unit", body=f"""
{idline(pt)}
Admitted to Willowmere Mother and Baby Unit: 23/12/2030
Date of discharge: 20/01/2031 10:30

Diagnosis: postpartum depression with anxious features, improving.

# Actions for GP
- She will need a fit note from you to cover her time on the unit, 23/12/2030 to 20/01/2031, for her employer.
- Ms Brennock has been asked to ring her GP to find out when her next perinatal review will be.

Medication: sertraline 100 mg daily, 28 days supplied.

Dr Hannah Quarrie, Consultant Perinatal Psychiatrist
""", exp=[("fit_note", "She will need a fit note from you to cover her time on the unit"),
          ("patient_redirected_to_gp", "has been asked to ring her GP to find out when her next perinatal review will be")],
       notes="MBU admission period certification pushed to GP; patient told to ask GP about trust's own follow-up.")

pt = P("Rhys Tallentire", "140052", "2007-02-27")
letter(key="a04", prov="calder", dept=EIP, kind="clinic_letter", specialty="Early Intervention in Psychosis",
       clinician="Dr Femi Adebayo", patient=pt, ev="2031-01-27", ld="2031-01-28", sent="2031-01-28 09:40",
       fmt="plain", subject="EIP review - clozapine", body=f"""
Calderbrook Mental Health NHS Foundation Trust - {EIP}
{idline(pt)}
Clinic date: 27/01/2031

Dear GP,

Rhys has treatment-resistant psychosis after adequate trials of risperidone and olanzapine. We have discussed
clozapine and he is keen to start.

We would be grateful if you would prescribe clozapine from next week, starting at 12.5 mg at night and
titrating as per the attached schedule; our team will visit to check his pulse and blood pressure.

Kind regards
Dr Femi Adebayo, Consultant Psychiatrist, EIP
""", exp=[("hospital_only_prescribing", "We would be grateful if you would prescribe clozapine from next week")],
       notes="Clozapine is red (specialist-only); initiation asked of GP.")

pt = P("Owen Pickersgill", "140069", "1988-12-05")
letter(key="a05", prov="calder", dept=LD, kind="clinic_letter", specialty="Learning Disability",
       clinician="Dr Sunita Marwood", patient=pt, ev="2031-02-03", ld="2031-02-04", sent="2031-02-04 14:10",
       fmt="docx", subject="Special care dental extractions under GA - LD liaison", body=f"""
{idline(pt)}
Date seen: 03/02/2031 (day-case list, Ormsby General Hospital)

Dear Dr Hollins,

Owen had four dental extractions under general anaesthetic on 03/02/2031, supported by our learning
disability liaison nurse. Dissolvable sutures were not suitable and non-absorbable sutures were used.

Is the surgery able to check the sockets and take out the sutures at about ten days, ideally using a longer appointment with his carers present?

Dr Sunita Marwood, Consultant Psychiatrist in Learning Disability
""", exp=[("post_procedure_care", "Is the surgery able to check the sockets and take out the sutures at about ten days")],
       notes="Post-operative suture removal after GA procedure asked of practice.")

pt = P("Gwendolyn Harrap", "140076", "1936-03-30")
letter(key="a06", prov="ormsby", dept=OPM, kind="clinic_letter", specialty="Geriatric Medicine",
       clinician="Dr Aidan Cross", patient=pt, ev="2031-02-05", ld="2031-02-17", sent="2031-02-17 10:05",
       fmt="pdf", subject="Falls clinic letter", body=f"""
{idline(pt)}
Clinic attendance: 05/02/2031, Falls and Syncope Clinic

Dear Dr Hollins,

Mrs Harrap attended after three falls since November. Lying and standing blood pressure showed a postural
drop of 28 mmHg; I have stopped doxazosin. Gait is broad-based and she has bilateral foot deformity.

# Recommendations
1. Doxazosin stopped.
2. GP to refer her to the community falls prevention programme and to orthotics for footwear assessment.
3. No further clinic follow-up planned.

Dr Aidan Cross, Consultant Geriatrician
""", exp=[("onward_referral", "GP to refer her to the community falls prevention programme and to orthotics for "
                              "footwear assessment"),
          ("late_clinic_letter", "Clinic attendance: 05/02/2031")],
       notes="Onward referral inside numbered list; letter sent 12 days after clinic.")

pt = P("Bernard Ashdown", "140083", "1940-07-14")
letter(key="a07", prov="ormsby", dept=OPM, kind="discharge_summary", specialty="Geriatric Medicine",
       clinician="Dr Colette Firth", patient=pt, ev="2031-02-10", ld="2031-02-13", sent="2031-02-13 13:30",
       fmt="docx", subject="Discharge summary - Heron Ward", body=f"""
{idline(pt)}
Ward: Heron (Frailty)
Date of discharge: 10/02/2031

Presenting complaint: new atrial fibrillation with fast ventricular rate, delirium resolved.

# Medication changes
| Apixaban 5 mg twice daily | NEW - 3 days supplied |
| Bisoprolol 2.5 mg daily | NEW - 14 days supplied |

# GP actions
Only three days of apixaban were dispensed from pharmacy; GP to issue a prescription for the remainder from 13/02/2031.

Dr Colette Firth, Specialty Registrar to Dr Aidan Cross
""", exp=[("hospital_only_prescribing", "Only three days of apixaban were dispensed from pharmacy; GP to issue a "
                                        "prescription for the remainder from 13/02/2031."),
          ("late_discharge_summary", "Date of discharge: 10/02/2031")],
       notes="Less than 7 days supplied on discharge; summary 3 days late.")

pt = P("Kofi Mensah-Lowe", "140090", "1962-10-08")
letter(key="a08", prov="ormsby", dept=RENAL, kind="clinic_letter", specialty="Nephrology",
       clinician="Sister Joanne Platt", patient=pt, ev="2031-02-18", ld="2031-02-18", sent="2031-02-18 17:12",
       fmt="plain", subject="Renal CNS clinic - bloods", body=f"""
Hi,

{idline(pt)}
Seen in renal nurse-led CKD clinic 18/02/2031.

I upped his ramipril to 5 mg today and took U&E and bone profile here in clinic. Could you keep an eye out for the potassium when it comes through and act on it if it is over 6?

Thanks
Joanne

Sister Joanne Platt, Renal Clinical Nurse Specialist, Ormsby and Thale Hospitals NHS Trust
""", exp=[("results_chasing", "Could you keep an eye out for the potassium when it comes through and act on it if "
                              "it is over 6?")],
       notes="Brief nurse e-mail: GP asked to act on a result the renal team ordered.")

pt = P("Imogen Steadman", "140106", "1971-05-23")
letter(key="a09", prov="ormsby", dept=DSN, kind="clinic_letter", specialty="Diabetes",
       clinician="Rachel Dunmore", patient=pt, ev="2031-02-24", ld="2031-02-25", sent="2031-02-25 12:00",
       fmt="plain", subject="DSN review - insulin pump", body=f"""
Dear Practice Team,

{idline(pt)}
DSN appointment: 24/02/2031

Imogen is progressing well on the Omnipod pump. Basal rates were reduced overnight after two hypos.

Would you be able to do an HbA1c in three months so that we have it for her next pump review with us?

Separately, please could the practice complete the attached insulin pump funding audit proforma and return it to the diabetes centre by 31/03/2031.

Best wishes
Rachel Dunmore, Diabetes Specialist Nurse
""", exp=[("tests_for_hospital", "Would you be able to do an HbA1c in three months so that we have it for her next "
                                 "pump review with us?"),
          ("non_contractual_admin", "please could the practice complete the attached insulin pump funding audit "
                                    "proforma")],
       notes="DSN wants its own review bloods done by GP; audit form sent to practice.")

pt = P("Harold Fenwick", "140113", "1948-01-17")
letter(key="a10", prov="ormsby", dept=ANTI, kind="results", specialty="Haematology (Anticoagulation)",
       clinician="Mark Ellery", patient=pt, ld="2031-03-03", sent="2031-03-03 15:40", fmt="plain",
       subject="URGENT - high INR", body=f"""
Anticoagulation Clinic, Ormsby General Hospital
{idline(pt)}
INR result: 8.6 (target 2.0-3.0), sample taken in our clinic this morning.

GP action required: Yes - urgent

Mr Fenwick reports some gum bleeding. Warfarin has been withheld. Please could the GP review him today and give oral vitamin K as you see fit, then repeat the INR tomorrow.

Mark Ellery, Anticoagulation Practitioner
""", exp=[("results_chasing", "Please could the GP review him today and give oral vitamin K as you see fit, then "
                              "repeat the INR tomorrow.")],
       urgent=True, notes="Clinic's own INR result handed to GP to act on same day; time critical.")

pt = P("Sylvia Marchbank", "140120", "1955-08-29")
letter(key="a11", prov="ormsby", dept=RAD, kind="results", specialty="Radiology",
       clinician="Dr Nikhil Rao", patient=pt, ld="2031-03-05", sent="2031-03-05 18:22", fmt="pdf",
       subject="CT abdomen report - ED request", body=f"""
{idline(pt)}
Examination: CT abdomen and pelvis with contrast, 05/03/2031
Requested by: Emergency Department, Ormsby General Hospital

# Findings
4.2 cm enhancing solid mass arising from the lower pole of the left kidney, suspicious for renal cell carcinoma.
No lymphadenopathy. Liver and adrenals normal.

# Conclusion
Left renal mass, likely malignant.

Recommendation: Please refer the patient on the urgent suspected cancer pathway to urology.

Reported by Dr Nikhil Rao, Consultant Radiologist
""", exp=[("onward_referral", "Please refer the patient on the urgent suspected cancer pathway to urology.")],
       urgent=True, notes="ED-requested scan; suspected cancer onward referral pushed to GP; urgent.")

pt = P("Desmond Yelland", "140137", "1958-11-03")
letter(key="a12", prov="ormsby", dept=OPM, kind="referral_response", specialty="Geriatric Medicine",
       clinician="Dr Aidan Cross", patient=pt, ld="2031-03-10", sent="2031-03-10 08:55", fmt="plain",
       subject="e-RS Advice and Guidance response - UBRN 0001 2233 4455", body=f"""
NHS e-Referral Service - Advice and Guidance response
Service: Older People's Medicine - Cognitive and Falls, Ormsby and Thale Hospitals NHS Trust
{idline(pt)}

Response from Dr Aidan Cross:
Thank you for the request. We have not accepted this as a referral and have given advice instead. The
intermittent confusion with falls may have a reversible cause. Please arrange a CT head, bone profile and a 24-hour tape via primary care, then send the request again if he is still struggling.

Outcome: Advice given - referral not accepted.
""", exp=[("referral_returned_for_workup", "Please arrange a CT head, bone profile and a 24-hour tape via primary "
                                           "care, then send the request again")],
       notes="A&G used instead of accepting referral, with work-up list.")

pt = P("Agnieszka Holroyd", "140144", "1983-07-07")
letter(key="a13", prov="calder", dept=CMHT, kind="clinic_letter", specialty="General Adult Psychiatry",
       clinician="Dr Tobias Renwick", patient=pt, ld="2031-03-12", sent="2031-03-12 10:30", fmt="plain",
       subject="Discharge from CMHT - non-attendance", body=f"""
Calderbrook Mental Health NHS Foundation Trust - {CMHT}
{idline(pt)}

Dear Dr Hollins,

Ms Holroyd was offered an assessment on 26/02/2031 and did not attend. In line with our access policy she has
been discharged back to your care. If you would still like her assessed, please send us a fresh referral.

Dr Tobias Renwick, Consultant Psychiatrist
""", exp=[("dna_rereferral", "she has been discharged back to your care. If you would still like her assessed, "
                             "please send us a fresh referral.")],
       notes="Discharged after one DNA; re-referral requested.")

pt = P("Cyril Okonjo", "140151", "1939-12-21")
letter(key="a14", prov="calder", dept=MEM, kind="clinic_letter", specialty="Old Age Psychiatry",
       clinician="Dr Priya Halloran", patient=pt, ld="2031-03-17", sent="2031-03-17 14:00", fmt="docx",
       subject="Memory clinic - not brought to appointment", body=f"""
{idline(pt)}

Dear Colleague,

# Outcome of appointment
| Appointment: | 10/03/2031, memory assessment |
| Attendance: | Did not attend |
| Outcome: | Discharged to GP |

Mr Okonjo was not brought to his appointment. A new referral will be required should memory assessment still be wanted.

Dr Priya Halloran, Consultant in Old Age Psychiatry
""", exp=[("dna_rereferral", "A new referral will be required should memory assessment still be wanted.")],
       notes="Template DNA discharge, passive re-referral request.")

pt = P("Marjorie Tindall", "140168", "1934-04-04")
letter(key="a15", prov="ormsby", dept=OPM, kind="clinic_letter", specialty="Geriatric Medicine",
       clinician="Dr Colette Firth", patient=pt, ev="2031-03-19", ld="2031-03-20", sent="2031-03-20 11:45",
       fmt="pdf", subject="Frailty clinic letter", body=f"""
{idline(pt)}
Frailty assessment clinic: 19/03/2031

Dear Dr Hollins,

Mrs Tindall has a Clinical Frailty Scale of 6. We discussed advance care planning and she has completed a
ReSPECT form with her daughter.

# For the practice
The enclosed Comprehensive Geriatric Assessment outcomes data-collection form for our regional audit needs to be filled in by the practice and returned within 14 days.

Dr Colette Firth, Specialty Registrar in Geriatric Medicine
""", exp=[("non_contractual_admin", "The enclosed Comprehensive Geriatric Assessment outcomes data-collection form "
                                    "for our regional audit needs to be filled in by the practice")],
       notes="Hospital audit form passed to practice (passive).")

pt = P("Trevor Ainsley", "140175", "1960-02-12")
letter(key="a16", prov="ormsby", dept=RENAL, kind="clinic_letter", specialty="Nephrology",
       clinician="Dr Mei Lin Garside", patient=pt, ev="2031-03-11", ld="2031-03-24", sent="2031-03-24 09:15",
       fmt="docx", subject="Renal clinic - biopsy", body=f"""
{idline(pt)}
Seen in Renal Outpatients on 11/03/2031

Dear Dr Hollins,

Mr Ainsley had a native kidney biopsy on 04/03/2031 for nephrotic-range proteinuria. The histology report
arrived after today's clinic.

We have told Mr Ainsley that his GP will go through the kidney biopsy result with him.

Dr Mei Lin Garside, Consultant Nephrologist
""", exp=[("patient_redirected_to_gp", "We have told Mr Ainsley that his GP will go through the kidney biopsy "
                                       "result with him."),
          ("late_clinic_letter", "Seen in Renal Outpatients on 11/03/2031")],
       notes="Patient told GP will give renal's biopsy result; letter 13 days after clinic.")

pt = P("Ivan Raskell", "140182", "1952-09-09")
letter(key="a17", prov="ormsby", dept=RENAL, kind="discharge_summary", specialty="Nephrology",
       clinician="Dr Mei Lin Garside", patient=pt, ev="2031-03-26", ld="2031-03-26", sent="2031-03-26 19:05",
       fmt="pdf", subject="Day case discharge - AV fistula", body=f"""
{idline(pt)}
Procedure: left radiocephalic AV fistula formation
Date of discharge: 26/03/2031

Fistula thrill present on discharge. Wound closed with skin clips.

# Follow-up
- Practice nurse appointment for clip removal and wound check on 05/04/2031 please.
- Fistula surveillance in renal access clinic in 6 weeks (we will book).

Dr Mei Lin Garside, Consultant Nephrologist
""", exp=[("post_procedure_care", "Practice nurse appointment for clip removal and wound check on 05/04/2031 please.")],
       notes="Post-op clip removal after trust procedure pushed to practice.")

pt = P("Nadia Fairclough", "140199", "1985-01-30")
letter(key="a18", prov="calder", dept=LD, kind="clinic_letter", specialty="Learning Disability",
       clinician="Dr Sunita Marwood", patient=pt, ev="2031-04-01", ld="2031-04-02", sent="2031-04-02 16:20",
       fmt="pdf", subject="LD psychiatry review - ADHD medication", body=f"""
{idline(pt)}
Review date: 01/04/2031

Dear Dr Hollins,

Nadia's concentration and impulsivity have improved on methylphenidate MR 36 mg, which we started in
January. She lives in supported accommodation.

From next month the prescribing of methylphenidate moves to the practice, and monitoring will need to be undertaken in primary care (pulse, blood pressure and weight every six months).

Dr Sunita Marwood, Consultant Psychiatrist in Learning Disability
""", exp=[("shared_care_without_agreement", "monitoring will need to be undertaken in primary care (pulse, blood "
                                            "pressure and weight every six months)")],
       notes="Amber drug transferred to practice by announcement; no shared-care agreement offered.")

pt = P("Geoffrey Liddell", "140205", "1946-06-06")
letter(key="a19", prov="ormsby", dept=VW, kind="discharge_summary", specialty="Frailty / Virtual Ward",
       clinician="Dr Aidan Cross", patient=pt, ev="2031-04-03", ld="2031-04-07", sent="2031-04-07 10:10",
       fmt="docx", subject="Virtual ward discharge summary", body=f"""
{idline(pt)}
Virtual ward admission: 24/03/2031
Discharged from virtual ward: 03/04/2031

Mr Liddell was monitored at home on the frailty virtual ward with a lower respiratory tract infection,
treated with oral doxycycline. Oxygen saturations stayed above 94% throughout.

# Requests
GP action required: Yes
Mr Liddell needs a fit note from the GP covering his virtual ward stay and the following fortnight of recovery.

Dr Aidan Cross, Clinical Lead, Frailty Virtual Ward
""", exp=[("fit_note", "Mr Liddell needs a fit note from the GP covering his virtual ward stay"),
          ("late_discharge_summary", "Discharged from virtual ward: 03/04/2031")],
       notes="Fit note for virtual-ward episode asked of GP; summary 4 days late.")

pt = P("Shauna Kilbride", "140212", "2001-10-15")
letter(key="a20", prov="calder", dept=EIP, kind="clinic_letter", specialty="Early Intervention in Psychosis",
       clinician="Dr Femi Adebayo", patient=pt, ev="2031-04-08", ld="2031-04-09", sent="2031-04-09 12:35",
       fmt="docx", subject="EIP physical health - olanzapine", body=f"""
{idline(pt)}
Clinic: 08/04/2031

Dear Dr Hollins,

We started olanzapine 5 mg at night on 08/04/2031 for first-episode psychosis.

# Physical health monitoring
1. Weight and waist recorded today by our team.
2. Please arrange fasting glucose, HbA1c and a lipid profile at the surgery twelve weeks after the olanzapine start date.
3. Her care coordinator will see her weekly.

Dr Femi Adebayo, Consultant Psychiatrist, EIP
""", exp=[("tests_for_hospital", "Please arrange fasting glucose, HbA1c and a lipid profile at the surgery twelve "
                                 "weeks after the olanzapine start date.")],
       notes="Initial monitoring of drug EIP just started asked of practice.")

pt = P("Philippa Dunstan", "140229", "1967-03-08")
letter(key="a21", prov="ormsby", dept=RENAL, kind="referral_response", specialty="Nephrology",
       clinician="Dr Mei Lin Garside", patient=pt, ld="2031-04-14", sent="2031-04-14 13:50", fmt="plain",
       subject="e-RS Advice and Guidance - renal", body=f"""
NHS e-Referral Service - Advice and Guidance response
Service: Renal Medicine, Ormsby and Thale Hospitals NHS Trust
{idline(pt)}

eGFR 41 falling from 52 over a year, with ACR 38.

Advice: This request has been returned. We would ask that a renal tract ultrasound, repeat ACR and a myeloma screen are completed before the referral is resubmitted.

Dr Mei Lin Garside, Consultant Nephrologist
""", exp=[("referral_returned_for_workup", "We would ask that a renal tract ultrasound, repeat ACR and a myeloma "
                                           "screen are completed before the referral is resubmitted.")],
       notes="A&G response returning referral pending work-up.")

pt = P("Eleanor Whitcombe", "140236", "1991-08-01")
letter(key="a22", prov="calder", dept=PERI, kind="clinic_letter", specialty="Perinatal Psychiatry",
       clinician="Dr Hannah Quarrie", patient=pt, ev="2031-04-15", ld="2031-04-16", sent="2031-04-16 09:05",
       fmt="plain", subject="Perinatal review - bloods and fit note", body=f"""
Calderbrook Mental Health NHS Foundation Trust - {PERI}
{idline(pt)}
Seen: 15/04/2031 (28 weeks pregnant)

Dear Dr Hollins,

Mrs Whitcombe remains well on sertraline. She is off work with anxiety and I have advised her to get a fit note from her GP for the four weeks following our assessment.

She has also been told to phone the surgery for the results of the thyroid tests we sent from clinic today.

Dr Hannah Quarrie, Consultant Perinatal Psychiatrist
""", exp=[("fit_note", "I have advised her to get a fit note from her GP for the four weeks following our assessment."),
          ("patient_redirected_to_gp", "She has also been told to phone the surgery for the results of the thyroid "
                                       "tests we sent from clinic today.")],
       notes="Fit note after specialist assessment and results query redirected to GP.")

pt = P("Lionel Pargeter", "140243", "1950-05-26")
letter(key="a23", prov="ormsby", dept=RAD, kind="results", specialty="Radiology",
       clinician="Dr Nikhil Rao", patient=pt, ld="2031-04-22", sent="2031-04-22 17:30", fmt="pdf",
       subject="Chest X-ray report - renal clinic request", body=f"""
{idline(pt)}
Examination: Chest radiograph PA, 22/04/2031
Requested by: Dr M L Garside, Renal Outpatients

# Report
Small left pleural effusion. No focal consolidation. Heart size normal.

Recommendation: GP to request a repeat chest radiograph in six weeks and to act on the result if the effusion persists.

Reported by Dr Nikhil Rao, Consultant Radiologist
""", exp=[("tests_for_hospital", "GP to request a repeat chest radiograph in six weeks"),
          ("results_chasing", "to act on the result if the effusion persists")],
       notes="Renal clinic's imaging follow-up handed to GP via radiology recommendation.")

pt = P("Dorothy Enwright", "140250", "1937-11-11")
letter(key="a24", prov="ormsby", dept=ANTI, kind="clinic_letter", specialty="Haematology (Anticoagulation)",
       clinician="Dr Hugh Lomax", patient=pt, ev="2031-04-24", ld="2031-04-24", sent="2031-04-24 15:15",
       fmt="docx", subject="Anticoagulation clinic - interaction", body=f"""
{idline(pt)}
Clinic date: 24/04/2031

Dear Dr Hollins,

Mrs Enwright was started on clarithromycin by the respiratory ward two days ago while taking warfarin; her
INR today is 5.4. This interaction needs acting on within 48 hours.

Could the practice obtain a further INR on Friday and adjust her warfarin dose according to that result?

Dr Hugh Lomax, Consultant Haematologist
""", exp=[("tests_for_hospital", "Could the practice obtain a further INR on Friday and adjust her warfarin dose "
                                 "according to that result?")],
       urgent=True, notes="Anticoag clinic's own INR monitoring pushed to practice; dangerous interaction, time-critical.")

# ------------------------------------------------------------------ hard negatives

pt = P("Brendan Moffatt", "140267", "1975-02-02")
letter(key="n01", prov="calder", dept=CMHT, kind="clinic_letter", specialty="General Adult Psychiatry",
       clinician="Dr Tobias Renwick", patient=pt, ev="2031-01-15", ld="2031-01-16", sent="2031-01-16 12:00",
       fmt="pdf", subject="Shared care proposal - aripiprazole long-acting injection", body=f"""
{idline(pt)}
Clinic date: 15/01/2031

Dear Dr Hollins,

Mr Moffatt is now stable on aripiprazole. I enclose our shared care protocol for your consideration. Please
let us know whether the practice is willing to accept shared care; until we hear from you the CMHT will go on
prescribing and monitoring.

Dr Tobias Renwick, Consultant Psychiatrist
""", notes="Shared care properly offered for agreement, trust prescribing meanwhile.")

pt = P("Winifred Scholes", "140274", "1944-07-19")
letter(key="n02", prov="ormsby", dept=ANTI, kind="results", specialty="Haematology (Anticoagulation)",
       clinician="Mark Ellery", patient=pt, ld="2031-02-06", sent="2031-02-06 14:25", fmt="plain",
       subject="INR update - for information", body=f"""
Anticoagulation Clinic, Ormsby General Hospital
{idline(pt)}

INR today 3.4 (target 2.0-3.0). We have telephoned Mrs Scholes with her new warfarin dose and booked her next INR
in our clinic in one week.

GP action required: No - for information only.

Mark Ellery, Anticoagulation Practitioner
""", notes="Clinic acts on its own result; explicit no-action template field.")

pt = P("Cedric Pennington", "140281", "1966-12-30")
letter(key="n03", prov="ormsby", dept=DSN, kind="clinic_letter", specialty="Diabetes",
       clinician="Rachel Dunmore", patient=pt, ev="2031-02-20", ld="2031-02-21", sent="2031-02-21 10:40",
       fmt="plain", subject="DSN review", body=f"""
Dear colleagues,

{idline(pt)}
Seen 20/02/2031.

Please continue metformin 1 g twice daily. I have increased his Lantus to 22 units and will take his HbA1c
myself at our next DSN clinic in three months. He has been asked to bring his meter to that visit.

Rachel Dunmore, Diabetes Specialist Nurse
""", notes="Green drug continuation; DSN arranges own test; request aimed at the patient.")

pt = P("Agatha Veasey", "140298", "1938-03-16")
letter(key="n04", prov="calder", dept=MEM, kind="clinic_letter", specialty="Old Age Psychiatry",
       clinician="Dr Priya Halloran", patient=pt, ev="2031-03-04", ld="2031-03-05", sent="2031-03-05 11:10",
       fmt="docx", subject="Memory clinic - diagnosis", body=f"""
{idline(pt)}
Seen at Larchfield Care Home on 04/03/2031

Dear Dr Hollins,

I have diagnosed mixed Alzheimer's and vascular dementia. I have prescribed donepezil 5 mg, with 28 days
supplied, and our memory nurse will review tolerability and continue to supply it until titration is complete.

I have referred her directly to the Admiral Nurse service. The care home staff are asked to keep a sleep and
behaviour chart for two weeks and send it to our team.

Dr Priya Halloran, Consultant in Old Age Psychiatry
""", notes="Referral already made by provider; request aimed at care home; trust supplies drug.")

pt = P("Stanley Orrell", "140304", "1941-01-09")
letter(key="n05", prov="ormsby", dept=VW, kind="discharge_summary", specialty="Frailty / Virtual Ward",
       clinician="Dr Colette Firth", patient=pt, ev="2031-03-13", ld="2031-03-13", sent="2031-03-13 17:55",
       fmt="pdf", subject="Virtual ward discharge", body=f"""
{idline(pt)}
Discharged from virtual ward: 13/03/2031

Cellulitis of the left leg treated with flucloxacillin; course completed.

# Ongoing care
- District nurses to re-dress the left leg ulcer twice weekly.
- Community pharmacy to supply his medicines in a weekly blister pack.
- No action is needed from the GP practice.

Dr Colette Firth, Specialty Registrar, Frailty Virtual Ward
""", notes="Requests aimed at district nurses and community pharmacy; on-time same-day summary.")

pt = P("Rosalind Ambler", "140311", "1993-09-27")
letter(key="n06", prov="calder", dept=PERI, kind="clinic_letter", specialty="Perinatal Psychiatry",
       clinician="Dr Hannah Quarrie", patient=pt, ev="2031-03-25", ld="2031-03-26", sent="2031-03-26 13:15",
       fmt="plain", subject="Perinatal - discharge from service", body=f"""
Calderbrook Mental Health NHS Foundation Trust - {PERI}
{idline(pt)}
Final review: 25/03/2031

Dear Dr Hollins,

In 2029 Ms Ambler was referred by her GP to talking therapies after her first pregnancy. She is now well and
has been discharged from our service. Should her mood deteriorate before her baby turns one, she may contact
our team directly without a new referral. She knows how to reach the crisis line.

Dr Hannah Quarrie, Consultant Perinatal Psychiatrist
""", notes="History and safety-netting conditional; self-referral route back to provider.")

pt = P("Callum Reddish", "140328", "2004-04-21")
letter(key="n07", prov="calder", dept=EIP, kind="clinic_letter", specialty="Early Intervention in Psychosis",
       clinician="Dr Femi Adebayo", patient=pt, ev="2031-04-10", ld="2031-04-11", sent="2031-04-11 09:30",
       fmt="docx", subject="EIP review", body=f"""
{idline(pt)}
Clinic: 10/04/2031

Dear Dr Hollins,

Callum is improving on aripiprazole 10 mg, supplied by our team. A fit note covering 10/04/2031 to 24/04/2031
has already been issued by me in clinic. We have asked Callum to keep a mood and sleep diary and bring it to
his next appointment with us. We will take his metabolic bloods at our physical health clinic next month.

Dr Femi Adebayo, Consultant Psychiatrist, EIP
""", notes="Fit note already issued; patient-directed request; provider does its own bloods.")

pt = P("Muriel Hattersley", "140335", "1949-10-10")
letter(key="n08", prov="ormsby", dept=RENAL, kind="clinic_letter", specialty="Nephrology",
       clinician="Dr Mei Lin Garside", patient=pt, ev="2031-04-17", ld="2031-04-18", sent="2031-04-18 14:45",
       fmt="pdf", subject="Renal clinic letter", body=f"""
{idline(pt)}
Seen in Renal Outpatients on 17/04/2031

Dear Dr Hollins,

CKD stage 3b, stable. There is no need for the practice to repeat her bloods; these will be taken at the renal
unit before her next appointment in four months. Please continue amlodipine 10 mg daily.

Dr Mei Lin Garside, Consultant Nephrologist
""", notes="Negated request; provider takes own bloods; green drug continued.")

pt = P("Norman Blakey", "140342", "1957-06-13")
letter(key="n09", prov="ormsby", dept=RAD, kind="results", specialty="Radiology",
       clinician="Dr Nikhil Rao", patient=pt, ld="2031-04-29", sent="2031-04-29 16:00", fmt="pdf",
       subject="CT chest report", body=f"""
{idline(pt)}
Examination: CT chest, 29/04/2031
Requested by: Respiratory Outpatients, Ormsby General Hospital

# Report
Solitary 5 mm solid nodule in the right upper lobe. No other abnormality.

Recommendation: Follow-up CT in 12 months per nodule guidance; this will be arranged by the requesting respiratory team.

Reported by Dr Nikhil Rao, Consultant Radiologist
""", notes="Radiology recommendation routed to requesting hospital team, not GP.")

pt = P("Jasmine Ollerton", "140359", "1990-02-24")
letter(key="n10", prov="calder", dept=LD, kind="referral_response", specialty="Learning Disability",
       clinician="Dr Sunita Marwood", patient=pt, ld="2031-05-02", sent="2031-05-02 10:20", fmt="plain",
       subject="e-RS Advice and Guidance - referral accepted", body=f"""
NHS e-Referral Service - Advice and Guidance response
Service: Community Learning Disability Team, Calderbrook Mental Health NHS Foundation Trust
{idline(pt)}

Thank you. This has been converted to a referral and accepted. Our learning disability nurse will contact
Jasmine's family directly to book a desensitisation visit, and we will arrange her blood tests in our own clinic
with reasonable adjustments. If the family have not heard from us within three weeks, they can ring our duty line.

Dr Sunita Marwood, Consultant Psychiatrist in Learning Disability
""", notes="A&G converted to accepted referral; provider books and does tests; patient queries to provider.")

pt = P("Horace Gilmartin", "140366", "1945-08-18")
letter(key="n11", prov="ormsby", dept=OPM, kind="discharge_summary", specialty="Geriatric Medicine",
       clinician="Dr Colette Firth", patient=pt, ev="2031-05-05", ev_time="11:00", ld="2031-05-06",
       sent="2031-05-06 09:20", fmt="docx", subject="Discharge summary - Heron Ward", body=f"""
{idline(pt)}
Date of discharge: 05/05/2031 at 11:00

Admitted with a fall and urinary tract infection; discharged home with package of care.

# Medication
Nitrofurantoin completed on the ward. Ramipril withheld during admission - restarted before discharge, 14 days
supplied.

# Follow-up
If he has further falls the family have been advised to call 999 or NHS 111. We have already referred him to
the community falls service. No GP action is required.

Dr Colette Firth, Specialty Registrar in Geriatric Medicine
""", notes="Conditional safety-netting; referral already made; next-day summary within 24 h.")

# ------------------------------------------------------------------ 'other' messages

OTHERS: list[dict] = []


def other(**kw):
    OTHERS.append(kw)


other(key="o01", sent="2031-01-13 07:00", type="bulletin", notes="Trust GP bulletin with List-Id.",
      frm="Calderbrook MH GP Bulletin <gpbulletin@calderbrook-mh.nhs.uk>",
      subject="GP Bulletin - January 2031",
      body="Calderbrook Mental Health GP Bulletin, January 2031\n\nNew crisis line number and memory service "
           "waiting times. Practices may wish to remind patients that the crisis line is open 24 hours.\n\n"
           "To unsubscribe reply with UNSUBSCRIBE.\n")
other(key="o02", sent="2031-02-11 08:15", type="ooo", notes="Out-of-office auto-reply from a trust clinician.",
      frm="Dr Aidan Cross <aidan.cross@ormsbythale.nhs.uk>",
      subject="Automatic reply: Query about Mrs Harrap",
      body="I am on annual leave until 24/02/2031 with limited access to e-mail. For urgent matters please "
           "contact the geriatric medicine secretaries on 0116 496 0349.\n")
other(key="o03", sent="2031-02-27 20:41", type="patient", notes="Patient e-mail asking about a repeat prescription.",
      frm="Pat Greenhalgh <pat.greenhalgh@example.com>", subject="repeat prescription",
      body="Hello,\n\nPlease could I have my inhaler put on repeat? The hospital said I should ask you.\n\n"
           "Thanks\nPat\n")
other(key="o04", sent="2031-03-08 03:12", type="phish", notes="Phishing pretending to be NHSmail.",
      frm="NHSmail Support <support@nhsmail-verify.example.net>", subject="Your mailbox will be suspended",
      body="Dear user,\n\nYour NHSmail mailbox has exceeded its quota. Verify your password within 24 hours at "
           "http://nhsmail-verify.example.net/login or your account will be suspended.\n\nNHSmail Team\n")
other(key="o05", sent="2031-03-21 11:02", type="dsn", notes="Delivery failure notification.",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>", subject="Undeliverable: Referral letter",
      body="Delivery has failed to these recipients or groups:\n\nmemory.referrals@calderbrook-mh.nhs.uk\n"
           "The e-mail address you entered couldn't be found.\n")
other(key="o06", sent="2031-03-28 07:30", type="bulletin", notes="Medicines optimisation newsletter with List-Id.",
      frm="Ormsby and Thale Medicines Team <medsnews@ormsbythale.nhs.uk>",
      subject="Medicines Optimisation Newsletter - March 2031",
      body="In this issue: updated anticoagulation formulary, DOAC dosing in renal impairment, and a reminder "
           "that specialist-only medicines are supplied by the trust.\n\nYou are receiving this because you "
           "subscribed to the medicines newsletter.\n")
other(key="o07", sent="2031-04-04 12:00", type="ooo", notes="Auto-reply from a diabetes nurse.",
      frm="Rachel Dunmore <rachel.dunmore@ormsbythale.nhs.uk>", subject="Out of Office: DSN query",
      body="Thank you for your e-mail. I am away until Tuesday. Please contact the diabetes centre on "
           "0116 496 0350 for anything urgent.\n")
other(key="o08", sent="2031-04-19 18:05", type="patient", notes="Patient carer e-mail about appointment letter.",
      frm="Sam Bellweather <sam.bellweather@example.org>", subject="Mum's memory clinic letter",
      body="Hi,\n\nMum got a letter from the memory clinic and we are not sure what it means. Can someone ring "
           "me?\n\nSam\n")
other(key="o09", sent="2031-04-26 02:44", type="phish", notes="Invoice spam with fake attachment link.",
      frm="Accounts <accounts@invoice-portal.example.com>", subject="Overdue invoice 88213",
      body="Please find your overdue invoice at http://invoice-portal.example.com/88213. Payment is required "
           "today to avoid legal action.\n")
other(key="o10", sent="2031-05-03 09:00", type="dsn", notes="Delayed-delivery notice.",
      frm="postmaster@ormsbythale.nhs.uk", subject="Delivery delayed: Clinic letter query",
      body="Delivery is delayed to these recipients or groups:\n\nrenal.secretaries@ormsbythale.nhs.uk\n"
           "This message hasn't been delivered yet. Delivery will continue to be attempted.\n")


# ------------------------------------------------------------------ building

TAG = "f15"  # Message-ID and DSN boundary tag


def build_letter(L) -> bytes:
    """One letter: plain text in the body, or a cover note with the letter attached as PDF/DOCX."""
    p = PROV[L["prov"]]
    sent = london(L["sent"])
    msg = kit.new_message(p["sender"], PRACTICE_TO, L["subject"], sent,
                          kit.message_id(sent, L["key"], p["domain"], TAG))
    msg["X-Mailer"] = p["mailer"]
    ref = f"F15{L['key'].upper()}"
    if L["fmt"] == "plain":
        msg.set_content(collapse_lines(L["body"]))
    else:
        kit.attach_letter(msg, L, p, cover=COVER, doctype=DOCTYPE[L["kind"]],
                          title=f"{DOCTYPE[L['kind']]} {ref}", ref=ref)
    return msg.as_bytes(policy=email.policy.SMTP)


def collapse_lines(body: str) -> str:
    """Plain-text body: markup indentation stripped line by line."""
    return "\n".join(line.strip() for line in body.strip("\n").split("\n")) + "\n"


def build_other(o) -> bytes:
    """One non-letter message, with the headers that mark bulletins, auto-replies and bounces."""
    sent = london(o["sent"])
    dom = kit.domain_of(o["frm"])
    msg = kit.new_message(o["frm"], PRACTICE_TO, o["subject"], sent, kit.message_id(sent, o["key"], dom, TAG))
    t = o["type"]
    if t == "bulletin":
        kit.mark_bulk(msg, f"GP bulletin <gp-news.{dom}>", dom)
    elif t == "ooo":
        kit.mark_auto_reply(msg)
    if t == "dsn":
        status = EmailMessage()
        status.set_content("Reporting-MTA: dns; mail.nhs.net\n\nFinal-Recipient: rfc822; unknown@example.invalid\n"
                           "Action: failed\nStatus: 5.1.1\n")
        kit.make_delivery_report(msg, o["body"], status, f"{TAG}dsn{o['key']}")
    else:
        msg.set_content(o["body"])
    return msg.as_bytes(policy=email.policy.SMTP)


def all_items():
    """Every message of this corpus in file order."""
    return kit.all_items(LETTERS, OTHERS)


def build():
    kit.build_corpus(OUT, PREFIX, all_items(), PROV, build_letter, build_other)


# ------------------------------------------------------------------ verification

def no_week_boundary(labels, items) -> list[str]:
    """This corpus keeps clinic letters off the exactly-7-days boundary, so lateness is never borderline."""
    return [f"{lab['id']}: clinic letter sent exactly 7 days after clinic"
            for lab, (_kind, _item, sent) in zip(labels, items, strict=False)
            if lab["kind"] == "clinic_letter" and lab["event_date"]
            and kit.clinic_days(lab["event_date"], sent) == 7]


def verify():
    return kit.verify_corpus(OUT, PREFIX, all_items(), no_week_boundary)


def summary():
    kit.print_summary(OUT)


if __name__ == "__main__":
    sys.exit(kit.main(sys.argv[1:], build, verify, summary))
