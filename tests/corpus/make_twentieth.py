#!/usr/bin/env python3
"""Build the twentieth (independent, held-out) corpus: tests/corpus/twentieth/.

Style: children and young people's services writing to an invented practice, Ashgrove Family Practice:
a tertiary children's hospital (paediatric diabetes, epilepsy, gastroenterology, endocrinology and growth,
respiratory), a district general hospital's children's services (general paediatrics, allergy, neonatal
follow-up, children's emergency department, paediatric surgery and ENT), a mental-health partnership trust
(CAMHS, the ADHD service, the eating-disorder team) and a community trust (community paediatrics and
neurodevelopmental assessment, children's community nursing, paediatric dietetics).  Many letters are
written to the parents or to the young person with the GP copied in; others go to the GP.  Formats vary:
plain-text letters, EPR field layouts, HTML with tables (some with a plain-text alternative), PDF and DOCX
attachments behind covering e-mails (one from a secretary), an e-mail written directly by a nurse
specialist.  Ten messages are not letters at all.

Everything is invented; NHS numbers are in the 999 test range and valid under Modulus 11; telephone
numbers are in Ofcom drama ranges.  All dates fall in September-November 2032 (Europe/London: BST until
01:00 UTC on Sunday 31 October 2032, GMT after).  The build is deterministic (fixed dates, Message-IDs,
seeded MIME boundaries, fixed PDF/DOCX metadata).

    python3 tests/corpus/make_twentieth.py            # build, then verify
    python3 tests/corpus/make_twentieth.py --verify-only
"""
from __future__ import annotations

import datetime as dt
import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus_kit as kit  # noqa: E402
from corpus_kit import dmy, letter_defaults  # noqa: E402
from corpus_kit import patient as P  # noqa: E402
from make_third import collapse, spaced  # noqa: E402

OUT = HERE / "twentieth"
PREFIX = "twentieth"
TAG = "t20"
PRACTICE = "Ashgrove Family Practice"
PRACTICE_ADDR = "ashgrove.familypractice@nhs.net"
PRACTICE_TO = f"{PRACTICE} <{PRACTICE_ADDR}>"
WINDOW = ("2032-09-01", "2032-11-30")
CLOCK_CHANGE_UTC = dt.datetime(2032, 10, 31, 1, 0, tzinfo=dt.UTC)  # BST ends

PROV = {
    "lark": dict(
        name="Larkfield Children's Hospital NHS Foundation Trust", site="Larkfield Children's Hospital",
        addr=["Meadowsweet Road", "Larkfield", "LK2 7CH"], phone="0191 498 0300",
        domain="larkfieldchildrens.nhs.uk",
        sender="Larkfield Children's Hospital <clinical.correspondence@larkfieldchildrens.nhs.uk>",
        mailer="LCH Medisec Dispatch 8.1"),
    "whin": dict(
        name="Whinmoor and Dene Hospitals NHS Trust", site="Whinmoor General Hospital",
        addr=["Gorse Lane", "Whinmoor", "WD5 3GH"], phone="0117 496 0700", domain="whinmoordene.nhs.uk",
        sender="Whinmoor and Dene Hospitals <gp.correspondence@whinmoordene.nhs.uk>",
        mailer="WDH Clinical Letters 12.4"),
    "harrow": dict(
        name="Harrowdale Partnership NHS Foundation Trust", site="Fernbank Children and Young People's Centre",
        addr=["Fernbank Road", "Harrowdale", "HD8 1FB"], phone="0113 496 0450", domain="harrowdale.nhs.uk",
        sender="Harrowdale CYP Services <cyp.letters@harrowdale.nhs.uk>", mailer="RiO Correspondence 7"),
    "sallow": dict(
        name="Sallowby Community Health NHS Trust", site="Dene Vale Health Centre",
        addr=["Ashgrove Road", "Dene Vale", "DV4 6HC"], phone="0161 496 0400", domain="sallowby-ch.nhs.uk",
        sender="Sallowby Community Health <childrens.services@sallowby-ch.nhs.uk>",
        mailer="SystmOne Letter Dispatch"),
}

COVER = {
    "lark": ("Larkfield Children's Hospital NHS Foundation Trust\n\nPlease find attached a {doctype} from "
             "{dept}.\nDocument reference: {ref}\n\nThis mailbox sends letters only and is not monitored. "
             "Contact details for the clinical team are on the letter.\n"),
    "whin": ("Dear Colleague,\n\nA {doctype} from {dept}, {trust}, is attached for a child registered with "
             "your practice.\nRef: {ref}\n\nWhinmoor and Dene Hospitals - Clinical Correspondence\n"),
    "harrow": ("Harrowdale Partnership NHS Foundation Trust - Children and Young People's Services\n\n"
               "Attached: {doctype} ({dept}), ref {ref}.\n\nThis e-mail and its attachment are confidential.\n"),
    "sallow": ("Sallowby Community Health NHS Trust\n{dept}\n\nPlease see the attached {doctype}.\nRef: {ref}\n\n"
               "Please do not reply to this address.\n"),
}
DOCTYPE = {"clinic_letter": "clinic letter", "discharge_summary": "discharge summary",
           "referral_response": "referral response", "results": "results letter", "ed_letter": "attendance letter"}


def idline(pt, style=0):
    """Patient banner; each house has its own form."""
    d = dmy(pt["dob"])
    if style == 1:  # EPR field layouts
        return f"Patient name: {pt['name']}\nDate of birth: {d}\nNHS Number: {pt['nhs_number']}"
    if style == 2:  # dictated letters
        return f"Re: {pt['name']}, date of birth {d}, NHS number {spaced(pt['nhs_number'])}"
    return kit.idline(pt)


LETTERS: list[dict] = []


def letter(**kw):
    LETTERS.append(letter_defaults(kw))


DIAB = "Children's Diabetes Service"
EPI = "Paediatric Neurology and Epilepsy Service"
GASTRO = "Paediatric Gastroenterology"
ENDO = "Paediatric Endocrinology and Growth Clinic"
RESP = "Children's Ward 4 (Respiratory)"
PED = "Department of Child Health"
ALLERGY = "Children's Allergy Clinic"
NEO = "Neonatal Follow-up Clinic"
CED = "Children's Emergency Department"
PSURG = "Paediatric Surgery"
ENT = "Paediatric ENT"
ADHD = "CAMHS Neurodevelopmental (ADHD) Service"
CAMHS = "Child and Adolescent Mental Health Service"
SPA = "CAMHS Single Point of Access"
CEDS = "Community Eating Disorders Service for Children and Young People"
COMPAED = "Community Paediatrics"
CCN = "Children's Community Nursing Team"
DIET = "Children's Dietetic Service"

# ====================================================================== letters

# ---- diabetes clinic letter to parents: annual screening bloods pushed to the GP; insulin repeat is GP work (PDF)
pt = P("Oliver Brannigan", "200011", "2021-05-14")
letter(key="p01", prov="lark", dept=DIAB, kind="clinic_letter", specialty="Paediatric Diabetes",
       clinician="Dr Helena Marchetti", patient=pt, ev="2032-09-07", ld="2032-09-09", sent="2032-09-10 11:20",
       fmt="pdf", subject="Children's Diabetes Service - clinic letter", body=f"""
# Children's Diabetes Service - Clinic Letter
{idline(pt)}
Clinic date: 07/09/2032
Seen by: Dr Helena Marchetti, Consultant in Paediatric Diabetes, with Sister Carys Mold, Paediatric Diabetes Specialist Nurse
To: Mr and Mrs Brannigan, 14 Cowslip Close, Dene Vale, DV4 2PL
cc: Dr N Felton, GP, Ashgrove Family Practice

Dear Mr and Mrs Brannigan,

It was lovely to see Oliver in the diabetes clinic with you both. He has had type 1 diabetes for three years and has been using his insulin pump and glucose sensor since March.

His HbA1c today was 56 mmol/mol, which is a real improvement from 64 mmol/mol in May, and his time in range is 61%. We have made a small change to his breakfast carbohydrate ratio, which Sister Mold has written on his plan.

Oliver is now due his annual screening blood tests for coeliac disease and thyroid function. We would be grateful if Dr Felton could arrange these blood tests at the surgery before his next clinic and send the results to us.

His height and weight are both on the 50th centile and his blood pressure was normal. His feet and his pump sites were checked today and are fine.

Please carry on ordering his insulin cartridges and blood ketone strips on his repeat prescription from the surgery, as you do now.

We have sent an updated individual healthcare plan to the school nurse at Dene Vale Primary School, so that staff know about the new ratio.

We will see Oliver again in three months and the appointment letter will be posted to you. If you have any questions before then, please ring the diabetes nurses on 0191 498 0316 (24-hour advice line).

Yours sincerely

Dr Helena Marchetti
Consultant in Paediatric Diabetes
""", exp=[("tests_for_hospital", "We would be grateful if Dr Felton could arrange these blood tests at the surgery "
                                 "before his next clinic and send the results to us.")],
       notes="The diabetes team's own annual screening bloods pushed to the GP. Insulin and ketone strips on GP "
             "repeat (ordinary), school healthcare plan sent by the team and the team's own advice line are hard "
             "negatives.")

# ---- dietitian finds features of new type 1 diabetes: same-day referral asked of the practice (urgent, plain)
pt = P("Maisie Thornber", "200028", "2028-02-19")
letter(key="p02", prov="sallow", dept=DIET, kind="clinic_letter", specialty="Paediatric Dietetics",
       clinician="Mrs Fiona Gatley", patient=pt, ev="2032-09-14", ld="2032-09-14", sent="2032-09-14 15:40",
       fmt="plain", subject="URGENT - please action today - Maisie Thornber", body=f"""
Sallowby Community Health NHS Trust
Children's Dietetic Service, Dene Vale Health Centre, Ashgrove Road, Dene Vale DV4 6HC
Tel 0161 496 0418

URGENT - PLEASE ACTION TODAY

{idline(pt)}
Seen: 14/09/2032, Dene Vale Health Centre (first appointment)
Dietitian: Mrs Fiona Gatley, Paediatric Dietitian

Dear Dr Achebe,

Maisie was referred to us by her health visitor with poor weight gain and fussy eating. When I saw her this afternoon her mother described three weeks of drinking large amounts, passing urine very often, new bedwetting and tiredness. She has lost 1.4 kg since she was weighed at nursery in July.

I tested a urine sample in clinic, which showed glucose +++ and ketones ++. Maisie was alert and chatting but looked tired and dry.

I am concerned that Maisie has new-onset type 1 diabetes. Please could the practice arrange a same-day referral to the on-call paediatric team at Whinmoor General Hospital today for suspected new-onset type 1 diabetes.

I rang the practice duty line at 15:25 and gave this message to reception. I have advised her mother to take Maisie straight to the Children's Emergency Department at Whinmoor General Hospital if she starts vomiting, is breathing fast or becomes drowsy.

I will not make any changes to her diet until she has been assessed.

Mrs Fiona Gatley
Paediatric Dietitian
""", exp=[("onward_referral", "Please could the practice arrange a same-day referral to the on-call paediatric team "
                              "at Whinmoor General Hospital today for suspected new-onset type 1 diabetes.")],
       urgent=True,
       notes="Suspected new type 1 diabetes with ketonuria in a 4-year-old: same-day paediatric assessment is "
             "time-critical, so urgent; the dietitian asks the GP to make an immediate-need referral it could make "
             "itself (onward_referral). Safety-netting to ED is a hard negative.")

# ---- ED: critical FBC after discharge, unable to reach family (urgent, HTML)
pt = P("Jacob Penhallow", "200035", "2030-03-02")
letter(key="p03", prov="whin", dept=CED, kind="results", specialty="Paediatric Emergency Medicine",
       clinician="Dr Priya Ramaswamy", patient=pt, ev=None, ld="2032-09-22", sent="2032-09-22 16:05",
       fmt="html", opts={"header": True}, subject="URGENT result - Children's Emergency Department", body=f"""
# Children's Emergency Department - Urgent Result Notification
{idline(pt)}
Attended: 21/09/2032 22:10, discharged home 22/09/2032 01:30
Result reviewed by: Dr Priya Ramaswamy, Consultant in Paediatric Emergency Medicine

Dear Dr Felton,

Jacob attended with two days of fever and a non-blanching rash on his legs. He was well in the department, the rash had faded and he was discharged with a diagnosis of viral illness. A full blood count was sent before discharge and was reported this afternoon.

| Test | Result | Reference range |
| Haemoglobin | 78 g/L | 105-135 |
| White cell count | 1.9 x10^9/L | 5.0-15.0 |
| Neutrophils | 0.2 x10^9/L | 1.5-8.5 |
| Platelets | 41 x10^9/L | 150-450 |

These results need same-day review. We have tried the family's mobile number three times since 14:00 without an answer and the number may be out of date. Please contact the family today and ask them to bring Jacob straight back to the Children's Emergency Department for urgent review.

The on-call paediatric registrar is aware and will see Jacob as soon as he arrives.

Dr Priya Ramaswamy
Consultant in Paediatric Emergency Medicine
""", exp=[("results_chasing", "Please contact the family today and ask them to bring Jacob straight back to the "
                              "Children's Emergency Department for urgent review.")],
       urgent=True,
       notes="Pancytopenia on an FBC the ED sent, reported after discharge: the ED hands the contacting of the "
             "family to the GP (results_chasing) and it is time-critical (urgent).")

# ---- epilepsy nurse: wrong rescue dose on the practice's own repeat; urgent correction is GP work (direct e-mail)
pt = P("Ethan Marwood", "200042", "2022-07-30")
letter(key="p04", prov="lark", dept=EPI, kind="clinic_letter", specialty="Paediatric Neurology (Epilepsy)",
       clinician="Mrs Lorna Haverstock", patient=pt, ev="2032-09-28", ld="2032-09-28", sent="2032-09-28 17:10",
       fmt="plain", subject="Urgent: buccal midazolam dose on repeat prescription - Ethan Marwood",
       opts={"from": "Lorna Haverstock <lorna.haverstock@larkfieldchildrens.nhs.uk>"}, body=f"""
Dear Dr Felton,

{idline(pt, 2)}

I am Ethan's epilepsy nurse specialist at Larkfield Children's Hospital, and I spoke to his mother in a telephone review today (28/09/2032).

Ethan's rescue medicine for seizures lasting more than 5 minutes is buccal midazolam 7.5 mg (Buccolam 7.5 mg prefilled oral syringe), as set out in his emergency care plan since his dose was increased for his weight in June. His mother read out the label on the supply dispensed last week from the practice repeat prescription, which is for Buccolam 2.5 mg. At that dose he could be undertreated in a prolonged seizure.

Please could the practice correct his repeat prescription today and issue Buccolam 7.5 mg prefilled oral syringes, four syringes, so that home and school have the right dose.

I have updated his emergency care plan and sent it to the school nurse, and I have asked his mother to return the 2.5 mg syringes to the pharmacy. His seizures are otherwise well controlled on levetiracetam and there are no other changes.

Kind regards

Lorna Haverstock
Mrs Lorna Haverstock, Epilepsy Nurse Specialist
Paediatric Neurology and Epilepsy Service
Larkfield Children's Hospital NHS Foundation Trust
Tel 0191 498 0342
""", urgent=True,
       notes="Hard negative with urgent flag: the wrong rescue dose is on the practice's own repeat prescription "
             "for an established medicine, so correcting it is GP work; it is time-critical (undertreated "
             "status epilepticus). The care plan update and school liaison are done by the nurse.")

# ---- ADHD: methylphenidate handed over with monitoring, no shared care agreement offered (DOCX)
pt = P("Tyler Ashdown", "200059", "2020-11-03")
letter(key="c01", prov="harrow", dept=ADHD, kind="clinic_letter", specialty="Child and Adolescent Mental Health (ADHD)",
       clinician="Dr Marcus Lindqvist", patient=pt, ev="2032-09-16", ld="2032-09-17", sent="2032-09-20 10:05",
       fmt="docx", subject="ADHD clinic letter", body=f"""
# ADHD Medication Review
{idline(pt)}
Clinic date: 16/09/2032
Clinician: Dr Marcus Lindqvist, Consultant Child and Adolescent Psychiatrist
cc: Mr and Mrs Ashdown (parents)

Dear Dr Achebe,

Tyler was diagnosed with ADHD (combined presentation) in May 2032 and we started methylphenidate in June. He is now taking Xaggitin XL 36 mg each morning. His parents and his class teacher report a clear improvement in his concentration and in incidents at school.

Today he weighed 34.2 kg (down 0.6 kg since June), his height is on the 50th centile, blood pressure 104/66 and pulse 88. His appetite at lunchtime is reduced, so we have suggested a larger breakfast and an evening snack.

He has been on the current dose for three weeks. Our clinic prescriptions will stop at the end of this month. I would be grateful if you could take over prescribing of Xaggitin XL 36 mg each morning from October and monitor his height, weight, blood pressure and pulse every six months.

With his parents' consent I have written to the school SENCo with suggestions for classroom support.

We will review Tyler in the ADHD clinic in 12 months.

Yours sincerely

Dr Marcus Lindqvist
Consultant Child and Adolescent Psychiatrist
""", exp=[("shared_care_without_agreement", "I would be grateful if you could take over prescribing of Xaggitin XL "
                                            "36 mg each morning from October and monitor his height, weight, blood "
                                            "pressure and pulse every six months.")],
       notes="A stimulant (amber, shared care) handed to the GP with monitoring after three weeks on the dose, and "
             "no shared care agreement offered. The school letter is the service's own work (hard negative).")

# ---- ADHD: shared care offered for agreement, protocol attached (PDF): hard negative
pt = P("Keira Dunstable", "200066", "2019-04-22")
letter(key="c02", prov="harrow", dept=ADHD, kind="clinic_letter", specialty="Child and Adolescent Mental Health (ADHD)",
       clinician="Dr Annika Solberg", patient=pt, ev="2032-10-07", ld="2032-10-08", sent="2032-10-11 09:40",
       fmt="pdf", subject="ADHD clinic letter and shared care protocol", opts={"extra": [(
           "ADHD_shared_care_protocol.pdf", """
# Shared Care Protocol: ADHD medicines in children and young people
Harrowdale Area Prescribing Committee, version 4, 2032.
# Specialist responsibilities
- Assess, diagnose, initiate treatment and titrate to a stable dose.
- Prescribe until the GP has returned the signed acceptance page.
- Review the young person at least once a year and advise on dose changes.
# GP responsibilities (only once accepted)
- Prescribe at the dose advised by the specialist.
- Record height, weight, blood pressure and pulse every six months and send them to the ADHD service.
# Acceptance
| I agree to share care for this patient under this protocol | Signature: ____________ |
| GP name and practice | ____________ |
""", "ADHD shared care protocol")]}, body=f"""
# ADHD Clinic Letter
{idline(pt)}
Clinic date: 07/10/2032
Clinician: Dr Annika Solberg, Consultant Child and Adolescent Psychiatrist

Dear Dr Felton,

Keira, who is 13, has been taking lisdexamfetamine (Elvanse) 50 mg each morning for five months. The dose has not changed since May, she is doing well at school and she has no troublesome side effects. Her weight, blood pressure and pulse were all satisfactory today.

As Keira is now stable, I would like to invite you to share her care under the Harrowdale Area Prescribing Committee shared care protocol for ADHD medicines, which is attached. If you are willing to take on prescribing, please sign and return the acceptance page to us; the ADHD service will continue to prescribe until we receive it.

If you would prefer not to share care, please let us know and the ADHD service will continue to prescribe and monitor.

Previously the GP practice had prescribed melatonin for her, which she stopped last year; she is sleeping well without it.

We will see Keira again in the ADHD clinic in six months.

Dr Annika Solberg
Consultant Child and Adolescent Psychiatrist
""", notes="Hard negative: shared care properly offered for the GP's agreement with the protocol attached; the "
           "service keeps prescribing until the GP accepts. The melatonin mention is history.")

# ---- community paediatrics: unlicensed melatonin special for the GP to start (HTML table)
pt = P("Freya Holloway", "200073", "2025-08-09")
letter(key="c03", prov="sallow", dept=COMPAED, kind="clinic_letter", specialty="Community Paediatrics",
       clinician="Dr Gideon Ashcroft", patient=pt, ev="2032-09-23", ld="2032-09-24", sent="2032-09-27 13:15",
       fmt="html", opts={"header": True}, subject="Community Paediatrics clinic letter", body=f"""
# Community Paediatrics - Neurodevelopmental Clinic
{idline(pt)}
Clinic date: 23/09/2032
Seen by: Dr Gideon Ashcroft, Consultant Community Paediatrician
To: Dr S Achebe, Ashgrove Family Practice
cc: Ms Holloway (mother)

Dear Dr Achebe,

I reviewed Freya, who is 7 and has a diagnosis of autism, with her mother. Her main difficulty is getting to sleep: she is often awake until 23:00 despite three months of a consistent bedtime routine with the support of our sleep practitioner. Her mother is exhausted.

Freya cannot swallow tablets or capsules. We discussed the use of melatonin, which is not licensed in liquid form for children of her age.

# Plan
| Action | By whom |
| Continue the bedtime routine and sleep diary | Family |
| Please prescribe melatonin 1 mg/ml oral solution (unlicensed special), 2 mg (2 ml) 30 minutes before bedtime, and we will review its effect in three months. | GP |
| Referral to children's occupational therapy for sensory assessment (sent 23/09/2032) | Community Paediatrics |
| Letter to school about reasonable adjustments, with parental consent | Community Paediatrics |
| Review in community paediatric clinic in three months | Community Paediatrics |

Yours sincerely

Dr Gideon Ashcroft
Consultant Community Paediatrician
""", exp=[("hospital_only_prescribing", "Please prescribe melatonin 1 mg/ml oral solution (unlicensed special), 2 mg "
                                        "(2 ml) 30 minutes before bedtime, and we will review its effect in three "
                                        "months.")],
       notes="The specialist asks the GP to start an unlicensed special (melatonin liquid) for a specialist "
             "indication, before any response is known. OT referral and school letter are done by the service "
             "(hard negatives).")

# ---- CAMHS referral returned below threshold: parenting programme first (plain)
pt = P("Noah Pickering", "200080", "2024-01-12")
letter(key="c04", prov="harrow", dept=SPA, kind="referral_response", specialty="Child and Adolescent Mental Health",
       clinician="Ms Rachel Ormond", patient=pt, ev=None, ld="2032-10-05", sent="2032-10-05 12:30",
       fmt="plain", subject="CAMHS referral outcome", body=f"""
HARROWDALE PARTNERSHIP NHS FOUNDATION TRUST
CAMHS Single Point of Access, Fernbank Children and Young People's Centre, Fernbank Road, Harrowdale HD8 1FB
Tel 0113 496 0452

Date: 05/10/2032

Dr N Felton
Ashgrove Family Practice

{idline(pt, 2)}

Dear Dr Felton,

Thank you for your referral of Noah, aged 8, with daily angry outbursts at home, difficulty settling at night and two recent incidents of hitting his younger sister. You describe a supportive family, a good school report and no concerns from school.

Your referral was discussed at our multidisciplinary triage meeting on 04/10/2032. Noah's difficulties do not meet the threshold for specialist CAMHS at present and the referral has not been accepted; please ask the family to complete a parenting programme first and re-refer if difficulties persist.

Parents can book themselves onto the free "Understanding Your Child" course at Dene Vale Family Hub by calling 0161 496 0550. We have sent the family a copy of this letter and a leaflet about the course.

If there are any concerns about Noah's safety or the safety of others, please contact the CAMHS duty worker on 0113 496 0459.

Yours sincerely

Ms Rachel Ormond
Clinical Lead, CAMHS Single Point of Access
""", exp=[("referral_returned_for_workup", "Noah's difficulties do not meet the threshold for specialist CAMHS at "
                                           "present and the referral has not been accepted; please ask the family to "
                                           "complete a parenting programme first and re-refer if difficulties "
                                           "persist.")],
       notes="CAMHS referral returned below threshold with the GP told to get a parenting programme done first and "
             "re-refer. The family-hub information sent direct to parents and the duty line are hard negatives.")

# ---- CAMHS letter to a 16-year-old: fluoxetine started and prescribed by CAMHS; for information (DOCX)
pt = P("Amira Rahman", "200097", "2016-06-02")
letter(key="c05", prov="harrow", dept=CAMHS, kind="clinic_letter", specialty="Child and Adolescent Mental Health",
       clinician="Dr Elspeth Varley", patient=pt, ev="2032-10-14", ld="2032-10-15", sent="2032-10-18 14:00",
       fmt="docx", subject="CAMHS appointment letter", body=f"""
{idline(pt)}
Appointment date: 14/10/2032
Seen by: Dr Elspeth Varley, Consultant Child and Adolescent Psychiatrist, and Jo Kettering, CAMHS Practitioner
cc: Dr S Achebe, GP, Ashgrove Family Practice - for information; no action is needed from the practice.

Dear Amira,

Thank you for coming to see us with your mum. This letter sums up what we talked about.

You told us that you have felt low for most of the last six months, that you have stopped going to netball and that your sleep is poor. We agreed that this sounds like moderate depression and that you would like to try medication alongside your sessions with Jo.

We have started fluoxetine 10 mg each morning. CAMHS will prescribe your fluoxetine for at least the first three months, and Jo will phone you in two weeks to see how you are getting on with it. Once the dose is settled we may write to your GP to ask whether they would be happy to take over the prescription, but nothing changes for now.

We went through your safety plan together and you have a copy. You told us you have not had any thoughts of harming yourself.

Previously your GP had referred you to the school counsellor, which you found helpful.

If you feel worse or have thoughts of harming yourself, please call the Harrowdale 24-hour mental health crisis line on 0113 496 0999 or go to your nearest Emergency Department.

With best wishes

Dr Elspeth Varley
Consultant Child and Adolescent Psychiatrist
""", notes="Hard negative: letter to the young person; CAMHS starts and prescribes the antidepressant itself; a "
           "possible later handover is hypothetical; crisis safety-netting; GP copy for information only.")

# ---- community paediatrics: was not brought, discharged, parents told to ask GP to re-refer (plain)
pt = P("Leo Hartigan", "200103", "2028-10-17")
letter(key="c06", prov="sallow", dept=COMPAED, kind="clinic_letter", specialty="Community Paediatrics",
       clinician="Dr Gideon Ashcroft", patient=pt, ev="2032-10-12", ld="2032-10-13", sent="2032-10-13 10:20",
       fmt="plain", subject="Community Paediatrics - was not brought", body=f"""
Sallowby Community Health NHS Trust
Community Paediatrics, Dene Vale Health Centre, Ashgrove Road, Dene Vale DV4 6HC
Appointments: 0161 496 0433

13/10/2032

To the parent or carer of Leo Hartigan
22 Teasel Way, Dene Vale DV4 3RT

{idline(pt)}

Dear Parent or Carer,

Leo was not brought to his appointment with the neurodevelopmental team on 12/10/2032 at 10:30. We also tried to telephone you on the day.

As Leo was not brought to his first appointment, he has now been discharged from the Community Paediatric service. If you would still like Leo to be assessed, please ask your GP to refer him to us again.

We have let Leo's health visitor know, as we do for every child under five who is not brought to an appointment.

Yours sincerely

Dr Gideon Ashcroft
Consultant Community Paediatrician

cc: Dr N Felton, GP, Ashgrove Family Practice
cc: Dene Vale Health Visiting Team
""", exp=[("dna_rereferral", "If you would still like Leo to be assessed, please ask your GP to refer him to us "
                             "again.")],
       notes="Discharged after one missed first appointment (was not brought), with re-referral routed through "
             "the GP. Informing the health visitor is the service's own safeguarding step (hard negative).")

# ---- community paediatrics to parents: GP asked to refer to audiology; SLT referral done (PDF)
pt = P("Isla Fenwick", "200110", "2027-03-05")
letter(key="c07", prov="sallow", dept=COMPAED, kind="clinic_letter", specialty="Community Paediatrics",
       clinician="Dr Priyanka Desai", patient=pt, ev="2032-10-19", ld="2032-10-21", sent="2032-10-22 09:15",
       fmt="pdf", subject="Community Paediatrics clinic letter", body=f"""
# Community Paediatrics - Clinic Letter
{idline(pt)}
Clinic date: 19/10/2032
Clinician: Dr Priyanka Desai, Consultant Community Paediatrician
To: Mr and Mrs Fenwick, 9 Rowan Court, Dene Vale DV4 1RC
cc: Dr S Achebe, GP, Ashgrove Family Practice; Little Acorns Nursery SENCo

Dear Mr and Mrs Fenwick,

Thank you for bringing Isla to see me. You and her nursery are worried that her speech is behind other children of her age, and that she often does not respond when her name is called.

Isla played happily and used two- and three-word phrases. Her understanding seemed better than her talking. Her eardrums both looked dull, which can be a sign of fluid behind the eardrum (glue ear), and this could be affecting her hearing.

Please ask your GP to refer Isla to the children's hearing service (audiology) for a hearing test.

I have referred Isla to the speech and language therapy team myself, and they will send you an appointment. With your permission I have written to her nursery with some ideas to help her talking.

I will see Isla again in six months.

Yours sincerely

Dr Priyanka Desai
Consultant Community Paediatrician
""", exp=[("onward_referral", "Please ask your GP to refer Isla to the children's hearing service (audiology) for a "
                              "hearing test.")],
       notes="A hearing test for the speech delay the paediatrician is assessing is routed via the parents to the "
             "GP. The SLT referral and nursery letter are done by the paediatrician (hard negatives).")

# ---- ENT day case grommets: practice nurse grommet check (HTML table, on time)
pt = P("Harry Ostrowski", "200127", "2027-12-01")
letter(key="w01", prov="whin", dept=ENT, kind="discharge_summary", specialty="Paediatric ENT",
       clinician="Mr Tobias Renwick", patient=pt, ev="2032-09-24", ev_time="15:30", ld="2032-09-24",
       sent="2032-09-24 18:20", fmt="html", opts={"label_col": True}, subject="Day case discharge summary - ENT",
       body=f"""
# Day Surgery Discharge Summary - Paediatric ENT
{idline(pt)}
| Consultant | Mr Tobias Renwick, Consultant ENT Surgeon |
| Date of admission | 24/09/2032 |
| Date of discharge | 24/09/2032 15:30 |
| Procedure | Bilateral myringotomy and insertion of ventilation tubes (grommets) |
| Findings | Thick glue in both middle ears |
| Medication on discharge | Paracetamol as needed (family's own supply) |
| Actions for GP | Please arrange for the practice nurse to check that the grommets are in place and the ears are dry six weeks after surgery. |
| Hearing | Audiology at Whinmoor General Hospital will send an appointment for a hearing test in three months. |
| Advice to parents | Swimming is fine after two weeks; no ear plugs needed. |
""", exp=[("post_procedure_care", "Please arrange for the practice nurse to check that the grommets are in place and "
                                  "the ears are dry six weeks after surgery.")],
       notes="Post-operative grommet check pushed onto the practice nurse. The hearing test arranged by the "
             "hospital's audiology is a hard negative.")

# ---- paediatric surgery: hernia repair, sutures to practice nurse, summary 5 days late (PDF)
pt = P("Sienna Blackwood", "200134", "2029-06-11")
letter(key="w02", prov="whin", dept=PSURG, kind="discharge_summary", specialty="Paediatric Surgery",
       clinician="Miss Juliet Fairclough", patient=pt, ev="2032-09-10", ev_time="17:00", ld="2032-09-15",
       sent="2032-09-15 11:45", fmt="pdf", subject="Paediatric Surgery discharge summary", body=f"""
# Paediatric Surgery - Discharge Summary
{idline(pt)}
Consultant: Miss Juliet Fairclough, Consultant Paediatric Surgeon
Date of admission: 10/09/2032 (day case)
Date of discharge: 10/09/2032 17:00
GP: Dr N Felton, Ashgrove Family Practice

# Procedure
Open left inguinal herniotomy on 10/09/2032 under general anaesthetic with a caudal block. The skin was closed with interrupted nylon sutures.

# Progress
Sienna recovered well, ate and drank and passed urine before going home with her parents.

# Medication
Paracetamol and ibuprofen at home (parents have their own supply).

# Actions for GP
- Please arrange for the practice nurse to remove the sutures 7 to 10 days after the operation.

# Information given to parents
- A letter for nursery has been given, advising a week off.
- If the wound becomes red, swollen or leaks, please ring Ward 12 on 0117 496 0712.
- No routine outpatient follow-up is needed.

Miss Juliet Fairclough
Consultant Paediatric Surgeon
""", exp=[("post_procedure_care", "Please arrange for the practice nurse to remove the sutures 7 to 10 days after the "
                                  "operation."),
          ("late_discharge_summary", "Date of discharge: 10/09/2032 17:00")],
       notes="Suture removal after paediatric surgery pushed to the practice; the day-case summary went out five "
             "days after discharge. Ward 12 wound line and the nursery letter are hard negatives.")

# ---- ENT tonsillectomy: hard negative (HTML with plain alternative)
pt = P("Daisy Mulgrew", "200141", "2024-04-27")
letter(key="w03", prov="whin", dept=ENT, kind="discharge_summary", specialty="Paediatric ENT",
       clinician="Mr Tobias Renwick", patient=pt, ev="2032-10-21", ev_time="10:15", ld="2032-10-21",
       sent="2032-10-21 16:40", fmt="html", opts={"alt": True, "header": True},
       subject="Discharge summary - tonsillectomy", body=f"""
# Discharge Summary - Children's Ward 12
{idline(pt)}
Consultant: Mr Tobias Renwick, Consultant ENT Surgeon
Admitted: 20/10/2032    Discharged: 21/10/2032 at 10:15
Procedure: Tonsillectomy (coblation) on 20/10/2032 for recurrent tonsillitis (eight episodes in the last year)

# Medication on discharge
| Medicine | Dose | Supplied |
| Paracetamol oral suspension | 480 mg four times a day | 7 days |
| Ibuprofen oral suspension | 200 mg three times a day | 7 days |

# Information for parents
- Daisy may have earache and a sore throat for up to two weeks; give pain relief regularly.
- If there is any bleeding from the mouth, bring her straight to the Children's Emergency Department or ring Ward 12 on 0117 496 0712 (open access for 14 days).
- A letter for school covering two weeks off has been given to her parents.

# For the GP
No routine follow-up is planned and no action is required from the GP.

Mr Tobias Renwick
Consultant ENT Surgeon
""", notes="Hard negative: full week of analgesia supplied, open-access bleeding route to the ward, school absence "
           "letter given by the hospital (not a fit note), no GP action.")

# ---- 17-year-old apprentice after appendicectomy: fit note and remaining antibiotics to GP (DOCX)
pt = P("Callum Sedgewick", "200158", "2015-05-18")
letter(key="w04", prov="whin", dept=PSURG, kind="discharge_summary", specialty="Paediatric Surgery",
       clinician="Mr Adebayo Kolawole", patient=pt, ev="2032-10-04", ev_time="11:00", ld="2032-10-04",
       sent="2032-10-04 17:30", fmt="docx", subject="Discharge summary", body=f"""
# Discharge Summary - Paediatric Surgery
{idline(pt)}
Consultant: Mr Adebayo Kolawole, Consultant Paediatric Surgeon
Admitted: 02/10/2032 via the Children's Emergency Department
Discharged: 04/10/2032 at 11:00

# Diagnosis and procedure
Perforated appendicitis. Laparoscopic appendicectomy and washout on 02/10/2032. Port sites closed with absorbable sutures; no removal needed.

# Progress
Callum was treated with intravenous antibiotics for 48 hours and made a good recovery. He is eating and walking and his pain is controlled with paracetamol.

# Medication on discharge
| Medicine | Dose | Supplied |
| Co-amoxiclav | 625 mg three times a day | 2 days |
| Paracetamol | 1 g four times a day as needed | 7 days |

# Actions for GP
- Co-amoxiclav has been supplied for 2 days only; please could the GP prescribe the remaining 3 days to complete a 5-day course.
- Callum works as an apprentice mechanic; please issue a fit note for two weeks from discharge, as he should not lift heavy weights.

# Follow-up
Histology will be reviewed by the surgical team, who will write to Callum and to you. No clinic follow-up is planned. If he develops a fever, worsening tummy pain or vomiting, he should ring Ward 12 on 0117 496 0712.

Mr Adebayo Kolawole
Consultant Paediatric Surgeon
""", exp=[("hospital_only_prescribing", "Co-amoxiclav has been supplied for 2 days only; please could the GP "
                                        "prescribe the remaining 3 days to complete a 5-day course."),
          ("fit_note", "Callum works as an apprentice mechanic; please issue a fit note for two weeks from discharge, "
                       "as he should not lift heavy weights.")],
       notes="Less than 7 days (and less than the course) supplied on discharge, the rest left to the GP; the "
             "post-operative fit note for a working 17-year-old left to the GP. Absorbable sutures and histology "
             "handled by the surgeons (hard negatives).")

# ---- children's ED: 16-year-old with wrist fracture told to get a fit note from GP (plain, GMT)
pt = P("Bethany Croft", "200165", "2016-02-25")
letter(key="w05", prov="whin", dept=CED, kind="ed_letter", specialty="Paediatric Emergency Medicine",
       clinician="Dr Owain Pritchard", patient=pt, ev="2032-11-06", ld="2032-11-07", sent="2032-11-07 09:10",
       fmt="plain", subject="Children's ED attendance summary", body=f"""
WHINMOOR AND DENE HOSPITALS NHS TRUST
Children's Emergency Department - Attendance Summary for GP

{idline(pt)}
Arrived: 06/11/2032 14:22    Discharged: 06/11/2032 18:05
Seen by: Dr Owain Pritchard, Specialty Doctor, Paediatric Emergency Medicine

Presenting complaint: Fell onto outstretched right hand playing hockey at school.
Examination: Swelling and tenderness of the distal radius, neurovascularly intact.
X-ray: Undisplaced fracture of the distal right radius.
Treatment: Backslab applied; ibuprofen and paracetamol given.

Plan:
- Fracture clinic appointment booked for 09/11/2032 at 09:40; letter given.
- A note for school excusing Bethany from PE and written exams with her right hand has been given.
- Bethany has a weekend job at a garden centre and asked for a note for her employer; she was advised to see her GP for a fit note covering the next four weeks.
- Return to the Children's ED if her fingers become numb, swollen or pale.

Dr Owain Pritchard
Specialty Doctor
""", exp=[("fit_note", "Bethany has a weekend job at a garden centre and asked for a note for her employer; she was "
                       "advised to see her GP for a fit note covering the next four weeks.")],
       notes="A fit note for the period of the ED's own assessment and fracture care pushed to the GP. The school "
             "note and the fracture clinic booking are done by the ED (hard negatives).")

# ---- general paediatrics: bloods taken in clinic, GP asked to review and tell family (HTML)
pt = P("Zara Pemberton", "200172", "2023-09-13")
letter(key="w06", prov="whin", dept=PED, kind="clinic_letter", specialty="General Paediatrics",
       clinician="Dr Lucinda Hale", patient=pt, ev="2032-10-13", ld="2032-10-15", sent="2032-10-18 10:10",
       fmt="html", subject="General Paediatric clinic letter", body=f"""
# General Paediatric Outpatients
{idline(pt)}
Clinic date: 13/10/2032
Consultant: Dr Lucinda Hale, Consultant Paediatrician
cc: Mr and Mrs Pemberton

Dear Dr Felton,

Thank you for referring Zara, aged 9, with a year of intermittent tummy pain and constipation. Her weight has drifted from the 25th to the 9th centile over 18 months. Examination was normal apart from a palpable faecal mass.

I think her symptoms are mainly due to constipation, but given the weight drift I took bloods in clinic today: full blood count, ferritin, coeliac serology (tTG), thyroid function and CRP.

Dr Felton, I would be grateful if you could review these results when they are available and let the family know if anything is abnormal, as I will not see Zara again for six months.

Please continue Movicol Paediatric Plain, two sachets each day, on her repeat prescription; the family will adjust the dose using the plan we gave them.

I have given Zara a letter for school asking that she can use the toilet whenever she needs to.

Yours sincerely

Dr Lucinda Hale
Consultant Paediatrician
""", exp=[("results_chasing", "Dr Felton, I would be grateful if you could review these results when they are "
                              "available and let the family know if anything is abnormal, as I will not see Zara "
                              "again for six months.")],
       notes="Bloods the paediatrician took in clinic left to the GP to review and communicate. Continuing a laxative "
             "on repeat is ordinary GP work and the school toilet letter is done by the clinic (hard negatives).")

# ---- allergy clinic letter to parents: IgE test to GP, chase challenge appointment via GP (PDF, secretary)
pt = P("Alfie Dobrowski", "200189", "2031-02-08")
letter(key="w07", prov="whin", dept=ALLERGY, kind="clinic_letter", specialty="Paediatric Allergy",
       clinician="Dr Saoirse Kenny", patient=pt, ev="2032-09-29", ld="2032-10-01", sent="2032-10-04 12:00",
       fmt="pdf", subject="Children's Allergy Clinic letter - Alfie Dobrowski",
       opts={"from": "Gemma Laithwaite <gemma.laithwaite@whinmoordene.nhs.uk>",
             "cover": ("Dear Ashgrove Family Practice,\n\nPlease find attached Dr Kenny's clinic letter for "
                       "Alfie Dobrowski, which has also been posted to his parents.\n\nKind regards\n"
                       "Gemma Laithwaite\nMedical Secretary to Dr S Kenny, Children's Allergy Clinic\n"
                       "Whinmoor General Hospital\nTel 0117 496 0745\n")},
       body=f"""
# Children's Allergy Clinic
{idline(pt)}
Clinic date: 29/09/2032
Consultant: Dr Saoirse Kenny, Consultant Paediatric Allergist
To: Mr and Mrs Dobrowski, 31 Larch Avenue, Dene Vale DV4 5LA
cc: Dr S Achebe, GP, Ashgrove Family Practice

Dear Mr and Mrs Dobrowski,

Thank you for bringing Alfie to the allergy clinic. We talked about his cow's milk allergy and the reaction he had in August after eating a biscuit that may have contained peanut or cashew.

Alfie's eczema and tummy symptoms are much better on his hypoallergenic formula. Please keep getting his Nutramigen 1 LGG formula on prescription from your GP surgery, as you do now.

Skin prick tests today were positive to peanut (6 mm) and cashew (5 mm). To decide whether he needs a food challenge in hospital, we need blood tests as well. We would be grateful if Dr Achebe could arrange a blood test for specific IgE to peanut, Ara h 2 and cashew before Alfie's next appointment with us.

We have added Alfie to the waiting list for a baked milk challenge on our children's day unit. If you have not received the appointment for Alfie's food challenge within eight weeks, please contact your GP practice.

We have given you an allergy action plan, and with your permission we have sent a copy to his nursery.

Yours sincerely

Dr Saoirse Kenny
Consultant Paediatric Allergist
""", exp=[("tests_for_hospital", "We would be grateful if Dr Achebe could arrange a blood test for specific IgE to "
                                 "peanut, Ara h 2 and cashew before Alfie's next appointment with us."),
          ("patient_redirected_to_gp", "If you have not received the appointment for Alfie's food challenge within "
                                       "eight weeks, please contact your GP practice.")],
       notes="Allergy tests the clinic needs for its own challenge decision pushed to the GP (a venepuncture in a "
             "toddler); parents sent to the GP to chase the clinic's own appointment. The formula prescription "
             "(ACBS, GP repeat) and the nursery action plan are hard negatives.")

# ---- neonatal follow-up: letter typed 3 weeks after clinic; immunisation catch-up is practice work (DOCX)
pt = P("Theo Quarrie", "200196", "2031-12-20")
letter(key="w08", prov="whin", dept=NEO, kind="clinic_letter", specialty="Neonatal Follow-up",
       clinician="Dr Imogen Thackeray", patient=pt, ev="2032-09-08", ld="2032-09-27", sent="2032-09-29 14:25",
       fmt="docx", subject="Neonatal follow-up clinic letter", body=f"""
# Neonatal Follow-up Clinic
{idline(pt, 2)}
Clinic date: 08/09/2032
Dictated: 09/09/2032    Typed: 27/09/2032
Consultant: Dr Imogen Thackeray, Consultant Neonatologist

Dear Dr Felton,

Theo was born at 28 weeks' gestation weighing 1.12 kg and spent ten weeks on our neonatal unit. I saw him with his mother at nine months of age (six and a half months corrected).

He is feeding well on solids and formula and his weight is following the 25th centile on the preterm chart. He is rolling and reaching for toys and his development is appropriate for his corrected age. Screening for retinopathy of prematurity was completed on the unit with no treatment needed, and the eye clinic will see him again at 12 months.

Theo missed his 16-week immunisations because he was readmitted with bronchiolitis in May. Please could the practice nurse give his outstanding 16-week immunisations as soon as possible and then continue the routine schedule by his actual age.

His health visitor will weigh Theo monthly at the baby clinic. We have requested a hip ultrasound here because of his breech position, and the radiology department will send his mother an appointment.

I will see Theo again in the neonatal follow-up clinic at 12 months corrected age, when we will do a formal developmental assessment.

Yours sincerely

Dr Imogen Thackeray
Consultant Neonatologist
""", exp=[("late_clinic_letter", "Clinic date: 08/09/2032")],
       notes="Letter typed and sent three weeks after the clinic. Immunisation catch-up is practice work; health "
             "visitor weighing, the hip ultrasound and eye follow-up are others' or the hospital's (hard "
             "negatives).")

# ---- general paediatrics across the clock change: 9 days late; parents to chase scan via GP (plain)
pt = P("Jayden Morrow", "200202", "2025-01-30")
letter(key="w09", prov="whin", dept=PED, kind="clinic_letter", specialty="General Paediatrics",
       clinician="Dr Lucinda Hale", patient=pt, ev="2032-10-26", ld="2032-11-03", sent="2032-11-04 09:30",
       fmt="plain", subject="General Paediatric clinic letter", body=f"""
Whinmoor and Dene Hospitals NHS Trust
Department of Child Health, Whinmoor General Hospital, Gorse Lane, Whinmoor WD5 3GH
Paediatric secretaries: 0117 496 0731

Clinic date: 26/10/2032
Typed: 03/11/2032

Mr and Mrs Morrow
7 Bramble Row, Dene Vale DV4 2BR

{idline(pt, 2)}

Dear Mr and Mrs Morrow,

It was good to meet you and Jayden in clinic. Jayden has had three urine infections with a high temperature this year, and one of them needed antibiotics through a drip.

Jayden's examination, blood pressure and growth were all normal today. Because he has had more than one infection with fever, I have requested an ultrasound scan of his kidneys and bladder here at Whinmoor General Hospital, and the radiology department will send you an appointment. If you have not heard about the scan appointment within six weeks, please contact your GP surgery, who can chase it for you.

Jayden will carry on taking a small dose of trimethoprim each night to help prevent infections. Dr Felton, please continue his trimethoprim 50 mg at night on repeat prescription until I see him again.

If Jayden has a temperature without an obvious cause, his urine should be tested on the same day, at your GP surgery or at the Children's Emergency Department.

I will see Jayden again in clinic in four months with the scan result.

Yours sincerely

Dr Lucinda Hale
Consultant Paediatrician

cc: Dr N Felton, GP, Ashgrove Family Practice
""", exp=[("patient_redirected_to_gp", "If you have not heard about the scan appointment within six weeks, please "
                                       "contact your GP surgery, who can chase it for you."),
          ("late_clinic_letter", "Clinic date: 26/10/2032")],
       notes="Parents sent to the GP to chase the hospital's own scan booking; letter sent 9 days after a clinic held "
             "before the clock change (Date header in GMT). Continuing trimethoprim prophylaxis is a green "
             "continuation and urine testing in a febrile child is ordinary safety-netting (hard negatives).")

# ---- ENT listing for adenotonsillectomy: pre-operative questionnaire for the GP (HTML table, GMT)
pt = P("Lily-Mae Renshaw", "200219", "2026-07-04")
letter(key="w10", prov="whin", dept=ENT, kind="clinic_letter", specialty="Paediatric ENT",
       clinician="Mr Hamid Farouk", patient=pt, ev="2032-11-10", ld="2032-11-11", sent="2032-11-12 11:30",
       fmt="html", opts={"label_col": True}, subject="ENT clinic letter and pre-operative questionnaire", body=f"""
# Paediatric ENT Clinic
{idline(pt)}
Clinic date: 10/11/2032
Consultant: Mr Hamid Farouk, Consultant ENT Surgeon

Dear Dr Achebe,

Thank you for referring Lily-Mae, aged 6, with loud snoring, witnessed pauses in her breathing at night and daytime tiredness. She has large tonsils (grade 4) and a history of seven episodes of tonsillitis this year. I have added her to the waiting list for adenotonsillectomy, which will be done as an overnight stay.

Please complete the enclosed pre-operative health questionnaire with her past medical history, current medication, allergies and immunisation status, and return it to the Children's Pre-assessment Unit before her admission.

The pre-assessment nurse will also telephone Lily-Mae's parents about two weeks before surgery. We have asked her parents to record a short video of her sleeping to bring to that appointment.

# Pre-operative health questionnaire (to be completed by the GP)
| Past medical history | ____________ |
| Current medication | ____________ |
| Allergies | ____________ |
| Immunisations up to date (yes/no) | ____________ |
| Bleeding disorders in the family | ____________ |
| Completed by (GP name and practice) | ____________ |

Yours sincerely

Mr Hamid Farouk
Consultant ENT Surgeon
""", exp=[("non_contractual_admin", "Please complete the enclosed pre-operative health questionnaire with her past "
                                    "medical history, current medication, allergies and immunisation status, and "
                                    "return it to the Children's Pre-assessment Unit before her admission.")],
       notes="Hospital pre-operative assessment questionnaire sent to the GP to fill in. The pre-assessment "
             "nurse's call and the request to parents are hard negatives.")

# ---- ENT was-not-brought: discharged after first missed appointment, GP to re-refer (plain, GMT)
pt = P("Olivia Stannard", "200226", "2029-09-09")
letter(key="w11", prov="whin", dept=ENT, kind="clinic_letter", specialty="Paediatric ENT",
       clinician="Mr Hamid Farouk", patient=pt, ev="2032-11-02", ld="2032-11-03", sent="2032-11-03 15:00",
       fmt="plain", subject="ENT outpatients - was not brought", body=f"""
Whinmoor and Dene Hospitals NHS Trust - Paediatric ENT Outpatients
Whinmoor General Hospital, Gorse Lane, Whinmoor WD5 3GH    Tel 0117 496 0760

{idline(pt)}
Appointment: 02/11/2032, new patient, Mr Hamid Farouk, Consultant ENT Surgeon

Dear Dr Felton,

Olivia was not brought to her new patient appointment on 02/11/2032, to which you had referred her with recurrent tonsillitis and snoring.

In line with the trust's Access Policy she has been discharged back to your care. Please re-refer if you still feel an ENT opinion is needed.

In line with our was-not-brought policy for children, we have informed Olivia's health visitor.

Mr Hamid Farouk
Consultant ENT Surgeon
""", exp=[("dna_rereferral", "Please re-refer if you still feel an ENT opinion is needed.")],
       notes="A child discharged after a single missed new-patient appointment with re-referral left to the GP. "
             "Informing the health visitor is the hospital's own step (hard negative).")

# ---- children's ED: safeguarding information only (HTML, GMT): hard negative
pt = P("Mason Gillard", "200233", "2031-05-19")
letter(key="w12", prov="whin", dept=CED, kind="ed_letter", specialty="Paediatric Emergency Medicine",
       clinician="Dr Priya Ramaswamy", patient=pt, ev="2032-11-15", ld="2032-11-16", sent="2032-11-16 08:50",
       fmt="html", opts={"label_col": True}, subject="Children's ED attendance - for information", body=f"""
# Children's Emergency Department - Attendance Letter
{idline(pt)}
| Attendance | 15/11/2032 16:40 to 21:15 |
| Seen by | Dr Priya Ramaswamy, Consultant in Paediatric Emergency Medicine |
| Presenting complaint | Bruising to the left cheek and ear, reported by his nursery. |
| Assessment | An 18-month-old with bruising in a pattern of concern. A child protection medical was carried out by the on-call paediatrician. |
| Actions taken | A referral to Children's Social Care was made by the department on 15/11/2032 and a strategy discussion has been held. Mason went home with his grandmother under a safety plan agreed by Children's Social Care. |
| Health visitor | Informed by the department on 16/11/2032. |
| For the GP | This letter is for information only; no action is required from the GP. The child protection medical report will be shared through the usual safeguarding route. |
""", notes="Hard negative: safeguarding information only; the ED has made the referral, informed the health "
           "visitor and asks nothing of the practice.")

# ---- epilepsy clinic: Epilepsy12 audit form for the practice; dose change on repeat is GP work (PDF + form)
pt = P("Grace Lowther", "200240", "2021-10-10")
letter(key="l02", prov="lark", dept=EPI, kind="clinic_letter", specialty="Paediatric Neurology (Epilepsy)",
       clinician="Dr Rafael Montague", patient=pt, ev="2032-10-06", ld="2032-10-08", sent="2032-10-12 10:00",
       fmt="pdf", subject="Epilepsy clinic letter", opts={"extra": [(
           "Epilepsy12_primary_care_sheet.pdf", """
# Epilepsy12 - Primary care data collection sheet
National audit of seizures and epilepsies in children and young people. To be completed by the GP practice and returned to the Larkfield Epilepsy12 audit facilitator.
| Patient NHS number | ____________ |
| Number of GP consultations for seizures in the last 12 months | ____________ |
| Emergency care plan held by the practice (yes/no) | ____________ |
| Rescue medication on repeat prescription (yes/no) | ____________ |
| Completed by (GP name and practice) | ____________ |
""", "Epilepsy12 primary care data collection sheet")]}, body=f"""
# Paediatric Neurology and Epilepsy Service - Clinic Letter
{idline(pt)}
Clinic date: 06/10/2032
Consultant: Dr Rafael Montague, Consultant Paediatric Neurologist
cc: Mr and Mrs Lowther

Dear Dr Felton,

I reviewed Grace, aged 10, with juvenile myoclonic-type seizures. She has had two generalised tonic-clonic seizures since the summer, both on waking after late nights. Her sleep-deprived EEG here showed generalised polyspike-and-wave, and her MRI brain was normal.

She now weighs 38 kg. I have increased her levetiracetam from 250 mg to 500 mg twice daily; please update her repeat prescription to the new dose.

We talked about sleep, the risks of swimming and bathing alone, and SUDEP, and I have given the family written information. Her school has her updated seizure care plan.

Larkfield Children's Hospital takes part in Epilepsy12, the national audit of children's epilepsy care. We would be grateful if the practice could complete the enclosed Epilepsy12 primary care data collection sheet and return it to our audit facilitator.

I will review Grace in four months, sooner if the seizures continue.

Yours sincerely

Dr Rafael Montague
Consultant Paediatric Neurologist
""", exp=[("non_contractual_admin", "We would be grateful if the practice could complete the enclosed Epilepsy12 "
                                    "primary care data collection sheet and return it to our audit facilitator.")],
       notes="A national-audit data collection sheet sent to the practice to complete. Updating the repeat dose of "
             "an established anti-epileptic after a specialist change is ordinary GP work; EEG, MRI, school care "
             "plan are the hospital's (hard negatives).")

# ---- gastroenterology: azathioprine handed over without shared care; sent exactly 7 days after clinic (PDF)
pt = P("Finlay Courtenay", "200257", "2019-03-03")
letter(key="l03", prov="lark", dept=GASTRO, kind="clinic_letter", specialty="Paediatric Gastroenterology",
       clinician="Dr Miriam Holt", patient=pt, ev="2032-10-19", ld="2032-10-25", sent="2032-10-26 15:30",
       fmt="pdf", subject="Paediatric Gastroenterology clinic letter", body=f"""
# Paediatric Gastroenterology - Clinic Letter
{idline(pt)}
Clinic date: 19/10/2032
Typed: 25/10/2032
Consultant: Dr Miriam Holt, Consultant Paediatric Gastroenterologist

Dear Dr Achebe,

Finlay, aged 13, has ileocolonic Crohn's disease diagnosed in 2031. He has been in clinical remission on azathioprine 75 mg daily for 14 months; his TPMT activity is normal and his blood monitoring has been stable. He is growing well and is in early puberty.

From now on we would be grateful if you could take over prescribing of azathioprine 75 mg daily and the three-monthly full blood count and liver function monitoring at the surgery.

His IBD nurse will post him a faecal calprotectin kit before his next appointment and will review the result. As he is immunosuppressed, please offer him the annual inactivated influenza vaccine at the practice; he must not have the live nasal spray vaccine.

I have referred Finlay to our paediatric dietitian for advice on calcium and vitamin D intake.

We will see him again in the IBD clinic in six months.

Yours sincerely

Dr Miriam Holt
Consultant Paediatric Gastroenterologist
""", exp=[("shared_care_without_agreement", "From now on we would be grateful if you could take over prescribing of "
                                            "azathioprine 75 mg daily and the three-monthly full blood count and "
                                            "liver function monitoring at the surgery.")],
       notes="Azathioprine (amber) with its monitoring handed to the GP with no shared care agreement offered. Sent "
             "exactly 7 days after clinic (on time). Calprotectin by the IBD nurse, dietitian referral made, flu "
             "vaccine is practice work (hard negatives).")

# ---- endocrinology: bone age X-ray to be arranged by the GP (HTML, GMT)
pt = P("Sophie Grainger", "200264", "2022-12-08")
letter(key="l04", prov="lark", dept=ENDO, kind="clinic_letter", specialty="Paediatric Endocrinology",
       clinician="Dr Ananya Bose", patient=pt, ev="2032-11-03", ld="2032-11-05", sent="2032-11-08 11:00",
       fmt="html", opts={"alt": True}, subject="Growth clinic letter", body=f"""
# Paediatric Endocrinology and Growth Clinic
{idline(pt)}
Clinic date: 03/11/2032
Consultant: Dr Ananya Bose, Consultant Paediatric Endocrinologist
cc: Mrs Grainger

Dear Dr Felton,

I saw Sophie, aged 9, because of short stature. Her height is 121.4 cm (0.4th-2nd centile) and her mid-parental target is the 25th centile. Her growth velocity over the last year, from school nurse measurements, is 4.1 cm/year. She is prepubertal and examination was otherwise normal.

We took blood tests in clinic today (IGF-1, thyroid function, coeliac serology, karyotype and bone profile), and I will write to you and the family with the results.

Please could you arrange an X-ray of her left hand and wrist for bone age at your local hospital and forward the report to me before her next appointment.

We have asked the school nurse to measure Sophie's height again in the spring term so that we have a second growth velocity.

I will see Sophie again in four months.

Yours sincerely

Dr Ananya Bose
Consultant Paediatric Endocrinologist
""", exp=[("tests_for_hospital", "Please could you arrange an X-ray of her left hand and wrist for bone age at your "
                                 "local hospital and forward the report to me before her next appointment.")],
       notes="A bone age X-ray the endocrinologist needs for her own assessment pushed to the GP. Bloods taken and "
             "reported by the clinic; the school nurse's measurement is a request to the school nurse (hard "
             "negatives).")

# ---- endocrinology referral returned for work-up (DOCX)
pt = P("Kian Lockwood", "200271", "2023-06-21")
letter(key="l05", prov="lark", dept=ENDO, kind="referral_response", specialty="Paediatric Endocrinology",
       clinician="Dr Ananya Bose", patient=pt, ev=None, ld="2032-09-17", sent="2032-09-17 14:45",
       fmt="docx", subject="Referral returned - Paediatric Endocrinology", body=f"""
# Referral Triage Outcome - Paediatric Endocrinology
{idline(pt, 2)}
Date triaged: 17/09/2032
Triaged by: Dr Ananya Bose, Consultant Paediatric Endocrinologist

Dear Dr Achebe,

Thank you for referring Kian, aged 9, whose parents are worried that he is the shortest boy in his class. Your letter gives a single height measurement on the 9th centile and no history of illness.

The referral has been returned to you. Before we can accept it, please measure both parents' heights, record Kian's height twice at least six months apart on a UK-WHO growth chart, and send full blood count, U&E, thyroid function and coeliac serology results with the re-referral.

Should his height fall below the 0.4th centile or cross two centile lines, please refer him again straight away.

Yours sincerely

Dr Ananya Bose
Consultant Paediatric Endocrinologist
""", exp=[("referral_returned_for_workup", "Before we can accept it, please measure both parents' heights, record "
                                           "Kian's height twice at least six months apart on a UK-WHO growth chart, "
                                           "and send full blood count, U&E, thyroid function and coeliac serology "
                                           "results with the re-referral.")],
       notes="Growth referral returned with a list of measurements and bloods for the GP to do first. The "
             "conditional urgent re-referral is a hard negative.")

# ---- respiratory ward: asthma discharge summary sent 24.5 h after discharge across the clock change (plain EPR)
pt = P("Ayaan Choudhury", "200288", "2026-01-15")
letter(key="l06", prov="lark", dept=RESP, kind="discharge_summary", specialty="Paediatric Respiratory Medicine",
       clinician="Dr Cormac Delaney", patient=pt, ev="2032-10-30", ev_time="14:40", ld="2032-10-31",
       sent="2032-10-31 14:10", fmt="plain", subject="Inpatient discharge summary", body=f"""
LARKFIELD CHILDREN'S HOSPITAL NHS FOUNDATION TRUST
INPATIENT DISCHARGE SUMMARY - CHILDREN'S WARD 4 (RESPIRATORY)

{idline(pt, 1)}
Responsible consultant: Dr Cormac Delaney, Consultant Paediatrician (Respiratory)
Date of admission: 29/10/2032 03:15
Date of discharge: 30/10/2032 14:40
Discharge destination: Home with parents

Diagnosis: Acute asthma attack (moderate), triggered by a viral infection
Treatment: Salbutamol via spacer (burst therapy then weaned), oral prednisolone, oxygen for 6 hours
Oxygen saturation on discharge: 97% in air

Medication on discharge:
- Prednisolone 30 mg once daily, day 3 of 3 due 31/10/2032 (full course supplied)
- Clenil Modulite 100 micrograms, 2 puffs twice daily via spacer (NEW; one inhaler supplied)
- Salbutamol 100 micrograms, weaning plan: 6 puffs four-hourly for 24 hours, then 2-4 puffs as needed

Actions for GP:
- Please review Ayaan in the practice asthma clinic within two working days of discharge, as recommended after every asthma attack.
- Please add Clenil Modulite 100 micrograms to his repeat prescription.

Information given: written asthma action plan, inhaler and spacer technique checked, smoking cessation advice for father.
Follow-up: Children's asthma nurse will telephone the family in 4 weeks.

Completed by: Dr Cormac Delaney
""", exp=[("late_discharge_summary", "Date of discharge: 30/10/2032 14:40")],
       notes="Discharged 14:40 BST on 30/10, sent 14:10 GMT on 31/10: the clock went back overnight, so 24 h 30 min "
             "had passed (late by real time although the wall clock says 23 h 30 min). The two-working-day asthma "
             "review and adding a green inhaler to repeat are ordinary GP work (hard negatives).")

# ---- children's community nursing: eczema, emollients on prescription (EPR plain): hard negative
pt = P("Evie Tranter", "200295", "2030-08-03")
letter(key="s01", prov="sallow", dept=CCN, kind="clinic_letter", specialty="Children's Community Nursing",
       clinician="Mrs Bronwen Illingworth", patient=pt, ev="2032-09-09", ld="2032-09-09", sent="2032-09-09 16:30",
       fmt="plain", subject="Children's Community Nursing - home visit", body=f"""
SALLOWBY COMMUNITY HEALTH NHS TRUST - CHILDREN'S COMMUNITY NURSING TEAM
Home visit record - copy to GP

{idline(pt, 1)}
Visit date: 09/09/2032
Visiting nurse: Mrs Bronwen Illingworth, Children's Community Nurse
Referred by: Dr N Felton (eczema flare, support with wet wrapping)

Assessment: Widespread flexural eczema with excoriation, no signs of infection. EASI score 14. Parents applying emollient twice a day; using a bubble bath.

Care plan agreed with parents:
- Emollient at least four times a day, in downward strokes; stop bubble bath, use emollient as soap substitute.
- Wet wraps at night for 7 nights over hydrocortisone 1% ointment on the worst areas.
- Nursery: parents will give nursery a copy of the emollient plan.

Request to GP:
- Please prescribe Epimax cream 500 g (two tubs a month) and Dermol 500 lotion as soap substitute, and hydrocortisone 1% ointment 30 g, as discussed with Dr Felton.

Next visit: CCN will visit weekly for four weeks and will supply the wet wrap garments from team stock.

Mrs Bronwen Illingworth
Children's Community Nurse
""", notes="Hard negative: emollients and mild topical steroid for eczema are ordinary GP prescribing, referred by "
           "the GP; the team supplies wet wraps and visits itself.")

# ---- dietetics: faltering growth, GP to refer to paediatrics; formula is GP work (DOCX, BST)
pt = P("Arlo Pennington", "200301", "2031-11-27")
letter(key="s02", prov="sallow", dept=DIET, kind="clinic_letter", specialty="Paediatric Dietetics",
       clinician="Miss Tamsin Greaves", patient=pt, ev="2032-10-27", ld="2032-10-28", sent="2032-10-28 13:20",
       fmt="docx", subject="Paediatric dietetic assessment", body=f"""
# Paediatric Dietetic Assessment
{idline(pt)}
Date seen: 27/10/2032
Dietitian: Miss Tamsin Greaves, Paediatric Dietitian
cc: Ms Pennington (mother); Dene Vale Health Visiting Team

Dear Dr Felton,

Arlo, aged 11 months, was referred by his health visitor because his weight has fallen from the 50th to the 9th centile since six months of age. He takes about 500 ml of formula a day and small amounts of solids. He vomits after most feeds and his stools are loose three to four times a day. His mother has no concerns about his development.

I have given his mother a food-first plan to increase the energy in his solids, and I recommend a high-energy infant formula. Please prescribe Infatrini, 125 ml bottles, up to six a day (ACBS approved for faltering growth).

Because of the vomiting and loose stools as well as the weight loss, Arlo needs a medical assessment. Please could you refer Arlo to the general paediatric clinic for assessment of his faltering growth, as our service cannot refer directly to paediatricians.

His health visitor will weigh Arlo every two weeks and share the weights with me, and I will review him in four weeks.

Miss Tamsin Greaves
Paediatric Dietitian
""", exp=[("onward_referral", "Please could you refer Arlo to the general paediatric clinic for assessment of his "
                              "faltering growth, as our service cannot refer directly to paediatricians.")],
       notes="The dietitian wants a paediatric assessment for the problem she is treating and asks the GP to make "
             "the referral. The ACBS formula is ordinary GP prescribing; weighing by the health visitor (hard "
             "negatives).")

# ---- eating disorders service: physical monitoring and bloods pushed to the practice (HTML with alternative)
pt = P("Isabelle Fairweather", "200318", "2017-08-14")
letter(key="h01", prov="harrow", dept=CEDS, kind="clinic_letter", specialty="Child and Adolescent Mental Health (Eating Disorders)",
       clinician="Dr Jonah Whitcombe", patient=pt, ev="2032-11-17", ld="2032-11-18", sent="2032-11-19 10:30",
       fmt="html", opts={"alt": True, "header": True}, subject="Eating disorders service - assessment letter",
       body=f"""
# Community Eating Disorders Service - Assessment
{idline(pt)}
Assessment date: 17/11/2032
Consultant: Dr Jonah Whitcombe, Consultant Child and Adolescent Psychiatrist
cc: Isabelle and her parents

Dear Dr Achebe,

Thank you for your urgent referral. I assessed Isabelle, aged 15, with her parents. She meets the criteria for anorexia nervosa. Her weight is 41.8 kg (BMI 15.6, 79% median BMI for age), having lost 7 kg since June.

Today her heart rate was 52, blood pressure 94/60 lying and 90/58 standing, temperature 36.1 and the sit-up-squat-stand test was normal. She is medically safe for outpatient treatment at present.

# Plan
| Action | By whom |
| Family-based treatment sessions weekly, starting 24/11/2032 | Eating disorders team |
| Meal plan agreed with the family | Eating disorders team |
| We would be grateful if the practice could carry out weekly weight, blood pressure, pulse and temperature, and bloods (FBC, U&E, phosphate, magnesium and glucose) every two weeks, and send the results to our team. | GP practice |
| Meeting with school to agree lunchtime support | Eating disorders team |

If her heart rate falls below 40, she faints or she stops drinking, she should be taken to the Children's Emergency Department at Whinmoor General Hospital.

Yours sincerely

Dr Jonah Whitcombe
Consultant Child and Adolescent Psychiatrist
""", exp=[("tests_for_hospital", "We would be grateful if the practice could carry out weekly weight, blood "
                                 "pressure, pulse and temperature, and bloods (FBC, U&E, phosphate, magnesium and "
                                 "glucose) every two weeks, and send the results to our team.")],
       notes="The eating disorders team's own physical risk monitoring (observations and bloods) pushed to the "
             "practice. Treatment, school liaison and ED safety-netting are the team's (hard negatives).")


# ====================================================================== 'other' messages

OTHERS: list[dict] = []


def other(**kw):
    OTHERS.append(kw)


other(key="x01", sent="2032-09-03 09:12", type="ooo", notes="Out-of-office auto-reply from a hospital secretary.",
      frm="Gemma Laithwaite <gemma.laithwaite@whinmoordene.nhs.uk>",
      subject="Automatic reply: Alfie Dobrowski - allergy clinic query",
      body="Thank you for your e-mail. I am on annual leave until Monday 13 September 2032. For urgent allergy "
           "queries please ring the Children's Allergy Clinic office on 0117 496 0740.\n")
other(key="x02", sent="2032-09-15 07:30", type="html_bulletin", notes="ICB children's services bulletin (bulk).",
      frm="Dene and Whinmoor ICB <cyp.bulletin@denewhinmoor-icb.example>",
      subject="Children and Young People's Bulletin - September 2032",
      body="<html><body><h2>Dene and Whinmoor ICB - Children and Young People's Bulletin</h2><p>September 2032</p>"
           "<ul><li>Children's flu vaccination programme starts in schools on 4 October.</li>"
           "<li>New Family Hubs open in Dene Vale and Whinmoor: parents can self-refer to parenting courses.</li>"
           "<li>Reminder: the ADHD shared care protocol was updated in August; see the formulary website.</li>"
           "</ul><p>You are receiving this because your practice is on the ICB distribution list.</p>"
           "</body></html>\n")
other(key="x03", sent="2032-09-26 20:15", type="patient", notes="A parent's e-mail to the practice; nothing to "
      "detect.",
      frm="Hannah Brannigan <hannah.brannigan@example.com>", subject="Oliver - blood test?",
      body="Hello,\n\nOliver's diabetes doctor said he needs a blood test for coeliac and thyroid and that the "
           "surgery would do it. Can we book one after school, he hates needles so could the nurse use the "
           "numbing cream?\n\nThanks\nHannah Brannigan (Oliver's mum)\n")
other(key="x04", sent="2032-10-06 13:05", type="schoolnurse", notes="School nursing team note for information; no "
      "patient, nothing to detect.",
      frm="Dene Vale School Nursing Team <denevale.schoolnursing@sallowby-ch.nhs.uk>",
      subject="For information: school flu immunisation sessions and catch-up clinics",
      body="Dear Ashgrove Family Practice,\n\nFor information only: the school-aged immunisation team will "
           "deliver the nasal flu vaccine in Dene Vale primary and secondary schools between 4 October and "
           "26 November 2032. Children who miss their school session can attend one of our community catch-up "
           "clinics at Dene Vale Health Centre; parents book through the team on 0161 496 0477.\n\nNo action is "
           "needed from the practice.\n\nDene Vale School Nursing Team\nSallowby Community Health NHS Trust\n")
other(key="x05", sent="2032-10-09 04:40", type="phish", notes="Phishing dressed as an NHSmail password expiry.",
      frm="NHSmail Support <support@nhsmail-accounts-verify.example.net>",
      subject="Action required: your NHSmail password expires today",
      body="Your NHSmail password expires in 12 hours. To keep access to your mailbox and shared inboxes, "
           "confirm your details now:\nhttp://nhsmail-accounts-verify.example.net/login\n\nNHSmail Support Team\n")
other(key="x06", sent="2032-10-20 11:02", type="dsn", notes="Non-delivery report.",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>", subject="Undeliverable: Query - azathioprine monitoring",
      body="Delivery has failed to these recipients or groups:\n\nibd.nurses@larkfieldchildrens.nhs.uk\nThe e-mail "
           "address you entered couldn't be found. Please check the recipient's e-mail address and try to resend "
           "the message.\n", rcpt="ibd.nurses@larkfieldchildrens.nhs.uk")
other(key="x07", sent="2032-10-27 14:10", type="practice", notes="Practice-to-practice message.",
      frm="Whinmoor Road Surgery <whinmoorroad.surgery@nhs.net>", subject="Sibling registration - records",
      body="Hello Ashgrove team,\n\nTwo children from one family have registered with us after moving house; their "
           "records have been requested through GP2GP. Their mother asked us to let you know that the younger "
           "child's health visitor has been told of the move. Nothing else is needed from you.\n\nBest wishes\n"
           "Priti\nPractice Manager, Whinmoor Road Surgery\nTel 0117 496 0988\n")
other(key="x08", sent="2032-11-05 10:25", type="pharmacy", notes="Community pharmacy supply query; not a letter.",
      frm="Dene Vale Pharmacy <denevale.pharmacy@nhs.net>", subject="Melatonin liquid - supply delay",
      body="Dear Ashgrove Family Practice,\n\nOur wholesaler cannot supply melatonin 1 mg/ml oral solution for "
           "one of your patients (details on the EPS token) until next week. We have told the family and will "
           "let them know when it arrives. No new prescription is needed.\n\nDene Vale Pharmacy\n"
           "Tel 0161 496 0291\n")
other(key="x09", sent="2032-11-14 06:05", type="spam", notes="Commercial spam.",
      frm="KidsCare Supplies <offers@kidscare-supplies.example.com>",
      subject="Winter offer: 40% off paediatric thermometers for your surgery",
      body="Hi there,\n\nStock up for winter! Paediatric ear thermometers, pulse oximeters and more at 40% off "
           "until Friday: http://kidscare-supplies.example.com/winter\n\nReply STOP to unsubscribe.\n")
other(key="x10", sent="2032-11-22 09:00", type="massmail", notes="Safeguarding partnership mass mailing (bulk).",
      frm="Dene Vale Safeguarding Children Partnership <dvscp@denevale-safeguarding.example>",
      subject="Safeguarding Children Partnership - learning brief and training dates",
      body="FOR INFORMATION - SENT TO ALL GP PRACTICES IN DENE VALE\n\nThe Partnership has published a learning "
           "brief on 'was not brought' and children's missed health appointments. Multi-agency Level 3 training "
           "dates for 2033 are now open for booking on the Partnership website.\n\nThis is a mass mailing; "
           "please do not reply.\n")


# ====================================================================== rendering

CELL = 'style="border:1px solid #a7b4c2;padding:4px 8px;vertical-align:top"'
HEADINGS = {
    "lark": '<h3 style="font-size:11pt;color:#6a1b9a;margin:12px 0 4px 0">{}</h3>',
    "whin": '<h3 style="font-size:11pt;color:#005eb8;margin:10px 0 4px 0">{}</h3>',
    "harrow": '<h3 style="font-size:11pt;color:#00796b;margin:12px 0 4px 0">{}</h3>',
    "sallow": '<h3 style="font-size:11pt;color:#ae2573;margin:12px 0 4px 0">{}</h3>',
}


def html_letter(key: str, p: dict, dept: str, blocks: list, opts: dict) -> str:
    """This corpus's HTML house styles: Whinmoor's table letterhead, Larkfield's coloured banner, Harrowdale's
    and Sallowby's ruled heads."""
    if key == "whin":
        top = kit.table_letterhead(p, dept, "OFFICIAL-SENSITIVE: PERSONAL - child health record")
    elif key == "lark":
        top = (f'<div style="background:#6a1b9a;color:#fff;padding:6px"><b>{html.escape(p["name"])}</b><br>'
               f'<span style="font-size:9pt">{html.escape(dept)}</span></div>'
               f'<div style="font-size:9pt">{html.escape(p["site"])}, {html.escape(", ".join(p["addr"]))} | '
               f'Switchboard {html.escape(p["phone"])}</div>')
    else:
        top = (f'<div style="border-bottom:3px solid #00796b;padding:4px"><b>{html.escape(p["name"])}</b><br>'
               f'<span style="font-size:9pt">{html.escape(dept)} | {html.escape(p["site"])} | '
               f'{html.escape(", ".join(p["addr"]))} | Tel {html.escape(p["phone"])}</span></div>')
    body = kit.html_blocks(blocks, heading=HEADINGS[key], cell=CELL, header=opts.get("header", False),
                           label_col=opts.get("label_col", False))
    return kit.html_page(dept, top, body, font="Arial,Helvetica,sans-serif",
                         footer="This letter contains confidential information about a child or young person.")


def build_letter(L) -> bytes:
    p = PROV[L["prov"]]
    msg = kit.letter_message(L, p, PRACTICE_TO, TAG)
    return kit.letter_bytes(msg, L, p, text=kit.typed_text,
                            page=lambda b: html_letter(L["prov"], p, L["dept"], b, L["opts"]),
                            cover=COVER[L["prov"]], doctype=DOCTYPE[L["kind"]], ref=f"T20-{L['key'].upper()}")


def build_other(o) -> bytes:
    """One non-letter message, with the headers that mark mass mailings, auto-replies and bounces."""
    return kit.other_message(o, PRACTICE_TO, TAG)


def all_items():
    """Every message of this corpus in file order."""
    return kit.all_items(LETTERS, OTHERS)


def build():
    kit.build_corpus(OUT, PREFIX, all_items(), PROV, build_letter, build_other)


# ====================================================================== verification

def expected_offset(isent: dt.datetime) -> dt.timedelta:
    """The Europe/London offset by the 2032 rule, worked out from the UTC instant (not from zoneinfo): BST
    (+1) until 01:00 UTC on 31 October 2032, GMT after; the window opens after the March change."""
    return dt.timedelta(hours=1) if isent.astimezone(dt.UTC) < CLOCK_CHANGE_UTC else dt.timedelta(0)


def own_lateness(lab: dict, item: dict, sent: dt.datetime) -> bool | None:
    """Lateness worked out here independently of the kit: a clinic letter more than 7 calendar days (London)
    after clinic; a discharge summary more than 24 real hours (UTC) after the stated discharge time."""
    if lab["kind"] == "clinic_letter":
        return (sent.date() - dt.date.fromisoformat(lab["event_date"])).days > 7
    if lab["kind"] == "discharge_summary":
        local = dt.datetime.fromisoformat(f"{lab['event_date']} {item['ev_time']}")
        start = local - (dt.timedelta(hours=1) if local < dt.datetime(2032, 10, 31, 2, 0) else dt.timedelta(0))
        return sent.astimezone(dt.UTC).replace(tzinfo=None) - start > dt.timedelta(hours=24)
    return None


def corpus_checks(labels, items) -> list[str]:
    """What this corpus promises beyond the shared checks: a September-November 2032 window with BST Date
    headers before the clock change and GMT after; every category at least twice; two or three urgent
    letters; ten 'other' messages; discharge summaries that state a discharge time; lateness labels that agree
    with an independent reckoning and whose evidence states the event date; event date, trust and a titled
    clinician in the letter; one-sentence evidence."""
    errors = []
    bst = [(lab, it) for lab, it in zip(labels, items, strict=True) if expected_offset(it[2]) == dt.timedelta(hours=1)]
    gmt = [(lab, it) for lab, it in zip(labels, items, strict=True) if expected_offset(it[2]) == dt.timedelta(0)]
    for group, hours in ((bst, 1), (gmt, 0)):
        errors += kit.check_window([g[0] for g in group], [g[1] for g in group], *WINDOW, utc_hours=hours)
    if not bst or not gmt:
        errors.append("corpus should straddle the clock change")
    nhs_seen: set[str] = set()
    for lab, (kind, item, isent) in zip(labels, items, strict=True):
        lid = lab["id"]
        msg = kit.load_message(OUT, lab)
        raw_date = msg["Date"]
        want = "+0100" if expected_offset(isent) == dt.timedelta(hours=1) else "+0000"
        if not str(raw_date).endswith(want):
            errors.append(f"{lid}: Date header {raw_date} should end {want}")
        errors += kit.check_one_sentence(lid, lab)
        if kind != "L":
            continue
        num = lab["patient"]["nhs_number"]
        if num in nhs_seen:
            errors.append(f"{lid}: NHS number reused")
        nhs_seen.add(num)
        alltext = " ".join(collapse(t) for t in kit.letter_texts(msg))
        errors += kit.check_letter_content(lid, lab, item, alltext) + kit.check_letter_form(lid, lab, item)
        if dmy(lab["patient"]["dob"]) not in alltext or lab["patient"]["name"] not in alltext:
            errors.append(f"{lid}: patient name or DOB not in letter")
        if lab["event_date"]:
            errors += kit.check_own_lateness(lid, lab, own_lateness(lab, item, isent))
    return errors + kit.check_spread(labels, min_uses=2, urgent=(2, 3), others=10)


def verify():
    return kit.verify_corpus(OUT, PREFIX, all_items(), corpus_checks)


def summary():
    kit.print_summary(OUT, formats=kit.format_counts(all_items()), negatives="no findings")


if __name__ == "__main__":
    sys.exit(kit.main(sys.argv[1:], build, verify, summary))
