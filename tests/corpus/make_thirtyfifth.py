#!/usr/bin/env python3
"""Build the thirty-fifth (independent, held-out) corpus: tests/corpus/thirtyfifth/.

Style: paediatrics, neonatal, maternity and obstetric services.  General and community paediatrics, a
neonatal unit, paediatric diabetes, epilepsy, endocrinology (growth), allergy and day surgery, an early
pregnancy unit, antenatal, postnatal and obstetric-medicine clinics, and a Right to Choose ADHD and autism
service.  Many letters are written to parents ("Dear Mr and Mrs ...", "Dear Parent/Carer of ...") or to a
health visitor with the GP in copy; midwives, health visitors, school nurses and neonatal outreach nurses are
given work of their own; melatonin, growth hormone, ADHD stimulants, vitamin D and iron, antiepileptics and
low molecular weight heparin come and go; red books, 6-8 week checks, immunisations and safeguarding notes
appear beside the requests.

Four invented providers write to an invented practice, Hollins Brook Medical Practice: an acute trust with
paediatrics, a neonatal unit and maternity (Wrenfield and Colbrook Hospitals NHS Foundation Trust), a women's
and children's specialist trust (Larkhaven Women's and Children's Hospital NHS Foundation Trust), a community
trust (Fennick Vale Community Health NHS Trust) and an independent provider with an NHS contract
(Brightwater Neurodevelopmental Partners Ltd).  Letters come as plain text, HTML (with and without a text
alternative, some with tables), PDF and DOCX attachments, with headings such as "Plan", "Actions for GP",
"Recommendations" and "Information for the family".  Ten messages are not letters (auto-replies, a bounce,
bulletins, a mother's e-mail, phishing, marketing, internal practice mail and a vaccine supplier's notice).

Every message is sent between 5 January and 27 March 2042 (all GMT).  Lateness cases: clinic letters sent 13
and 21 days after the clinic, one exactly 7 days after; discharge summaries sent about 40, 46 and 70 hours
after discharge, and the others on time (two of them 23 to 24 hours after discharge).

Written from the category definitions alone (TAXONOMY.md and the domain README); no detector output, detector
configuration or other corpus was used.  Everything is invented; NHS numbers are 999-range with a valid
Modulus 11 check digit; telephone numbers are in Ofcom drama ranges.  The build is deterministic.

    python3 tests/corpus/make_thirtyfifth.py            # build, then verify
    python3 tests/corpus/make_thirtyfifth.py --verify-only
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

WCB = "Wrenfield and Colbrook Hospitals NHS Foundation Trust"
LWC = "Larkhaven Women's and Children's Hospital NHS Foundation Trust"
FVC = "Fennick Vale Community Health NHS Trust"
BNP = "Brightwater Neurodevelopmental Partners Ltd"
PROV = {
    "wcb": dict(
        name=WCB, site="Wrenfield General Hospital", addr=["Infirmary Road", "Wrenfield", "WQ3 7HD"],
        phone="0116 496 0342", domain="wrenfieldcolbrook.nhs.uk",
        sender="WCH Clinical Correspondence <clinical.correspondence@wrenfieldcolbrook.nhs.uk>",
        mailer="WCH CareRecord Letters 8.1"),
    "lwc": dict(
        name=LWC, site="Larkhaven Children's Hospital", addr=["Orchard Walk", "Larkhaven", "LQ1 4RS"],
        phone="0117 496 0710", domain="larkhaven-wch.nhs.uk",
        sender="Larkhaven WCH eLetters <lwch.eletters@nhs.net>", mailer="LWCH Dictate-to-Doc 3.4"),
    # community paediatrics, child development centre, health visiting and school nursing
    "fvc": dict(
        name=FVC, site="Brackenfield Child Development Centre", addr=["Station Road", "Brackenfield", "FQ6 2LP"],
        phone="01632 960 527", domain="fennickvale-ch.nhs.uk",
        sender="Fennick Vale Community Health <fvch.correspondence@nhs.net>", mailer="SystmOne Letters Service"),
    # an independent Right to Choose ADHD and autism provider holding an NHS contract
    "bnp": dict(
        name=BNP, site="Brightwater House", addr=["12 Canal Wharf", "Colbrook", "CQ4 9AB"],
        phone="0161 496 0288", domain="brightwaternd.example.co.uk",
        sender="Brightwater Clinical Letters <letters@brightwaternd.example.co.uk>",
        mailer="Brightwater ClinicDesk 2.6"),
}
COVERS = {
    "wcb": "{trust}\n{dept}\n\nPlease find attached a {doctype} (ref {ref}) for a patient registered with your "
           "practice.\nThis is an automated mailbox: replies are not read. Please use the telephone number in the "
           "letter.\n",
    "lwc": "Larkhaven eLetters\n\nDocument type: {doctype}\nDepartment: {dept}\nSender: {trust}\nReference: {ref}\n\n"
           "OFFICIAL-SENSITIVE. If you are not the intended recipient please delete this e-mail.\n",
    "fvc": "Dear colleague,\n\nPlease see the attached {doctype} from {dept}, {trust} (ref {ref}).\n\n"
           "Kind regards\nCommunity Paediatrics Administration\n",
    "bnp": "{trust} - NHS Right to Choose service\n{dept}\n\nDear Practice Team,\n\nPlease find attached a {doctype} "
           "for your patient (reference {ref}).\n\nBrightwater Patient Services\n",
}
PRACTICE = "Hollins Brook Medical Practice"
C = kit.Corpus("thirtyfifth", "t35", f"{PRACTICE} <hollinsbrook.practice@nhs.net>", PROV, cover=COVERS,
               window=("2042-01-05", "2042-03-27"), utc_hours=0)
other = C.other
idl = kit.idline
letter = kit.inline_letters(C)
head = kit.letterheads(PROV)


NNU = "Neonatal Unit (Level 2)"
PDIAB = "Paediatric Diabetes Service"
GROWTH = "Paediatric Endocrinology - Growth Clinic"
EPU = "Early Pregnancy Unit"
CDC = "Community Paediatrics"
POSTNATAL = "Maternity - Juniper Postnatal Ward"
TITRATE = "ADHD Medication Titration Service"
ASSESS = "Neurodevelopmental Assessment Service"
EPIL = "Paediatric Neurology - Epilepsy Clinic"
PAU = "Paediatric Assessment Unit"
KINGF = "Paediatrics - Kingfisher Ward"
OBMED = "Obstetric Medicine"
ANC = "Antenatal Clinic"
GAU = "Gynaecology Ward"
PSURG = "Paediatric Surgery"
PDAY = "Paediatric Day Surgery Unit"
PENDO = "Paediatric Endocrinology"
PED = "Children's Emergency Department"
ALLERGY = "Paediatric Allergy Clinic"
GENPAED = "General Paediatrics"
GYNDAY = "Gynaecology Day Surgery"

GP_P = "Dr R Penhaligon"
GP_M = "Dr I Mabry"
GP_K = "Dr S Kallow"

# ====================================================================== letters

# D01 neonatal unit discharge of a preterm baby: everything arranged by the unit; hard negative.
pt = P("Ellis Ashdown", "835011", "2041-12-22")
letter(key="d01", prov="wcb", dept=NNU, kind="discharge_summary", specialty="Neonatology",
       clinician="Dr Hannah Greatorex", patient=pt, ev="2042-01-06", ev_time="14:30", ld="2042-01-07",
       sent="2042-01-07 11:05", fmt="plain", subject="NNU discharge summary - Baby ASHDOWN", body=f"""
{head("wcb", NNU)}

NEONATAL DISCHARGE SUMMARY
{idl(pt)}
Mother: Kerry Ashdown ("Mum to Ellis")
GP: {GP_P}, {PRACTICE}
Health visitor: Hollins Brook 0-19 team

Date of discharge: 06/01/2042   Time: 14:30
Gestation at birth: 33+5 weeks   Birth weight: 1.98 kg   Discharge weight: 2.21 kg
Corrected gestation at discharge: 35+6 weeks

Problems during admission
- Prematurity
- Mild respiratory distress: CPAP for 36 hours, self-ventilating in air since day 2
- Jaundice: phototherapy 24 h; SBR well below the treatment line on 28/12/2041, no further checks needed
- Feeding: NG tube weaned on 02/01/2042; breastfeeding with EBM top-ups

Screening
- Cranial USS day 3 and day 10: normal
- Newborn blood spot: taken on the unit on day 5 (27/12/2041)
- Newborn hearing screen (AABR): clear response both ears, 05/01/2042
- NIPE: completed 05/01/2042, normal; no risk factors for DDH

Medication (TTO - 4 weeks supplied by NNU pharmacy)
- Abidec multivitamin 0.6 mL once daily until 12 months of age
- Sodium feredetate (Sytron) 1 mL twice daily until 12 months of age
Please continue both on repeat prescription once the TTO runs out.

Follow-up
- Neonatal outreach nurse home visit on 08/01/2042 for a weight check
- Neonatal follow-up clinic: Monday 17 February 2042 (booked; parents have the letter)
- Handover sent to the health visiting team on 06/01/2042; the health visitor will do the new birth visit
- Immunisations: none given on the unit; primary course from 8 weeks of chronological age (due 16/02/2042) at the practice as per the national schedule
- 6-8 week check at the practice as usual
- Red book completed and given to parents

Safeguarding: no concerns identified during the admission.
No other GP action required.

Dr Hannah Greatorex, ST4 Neonatal Medicine, for Dr C Okonkwo-Bell, Consultant Neonatologist
""", notes="Hard negative: a preterm discharge where the unit supplies the TTO, did the screening, books its own "
           "follow-up and hands the new birth visit to the health visitor; vitamins and iron to continue (green), "
           "immunisations and the 6-8 week check are ordinary practice work. Discharged 14:30 on 06/01, sent 11:05 "
           "the next day: on time.")

# C01 paediatric diabetes: letter to the parents, GP in copy; bloods taken in clinic; hard negative.
pt = P("Poppy Fairweather", "835028", "2033-05-17")
letter(key="c01", prov="lwc", dept=PDIAB, kind="clinic_letter", specialty="Paediatric Diabetes",
       clinician="Dr Anselm Whitlock", patient=pt, ev="2042-01-08", ld="2042-01-09", sent="2042-01-12 09:20",
       fmt="html", opts={"alt": True, "header": True}, subject="Paediatric diabetes clinic - FAIRWEATHER P",
       body=f"""
# Paediatric Diabetes Clinic Letter
{idl(pt)}
Clinic date: 08/01/2042 (Wednesday 8 January 2042)
cc: {GP_P}, {PRACTICE}; Mrs L Dunmore, School Nurse, Colbrook Primary School

Dear Mr and Mrs Fairweather

It was lovely to see Poppy with both of you in clinic today. She has had type 1 diabetes since 2038 and uses an insulin pen regimen with a CGM sensor.

| Measure | Today | Last clinic (09/10/2041) |
| HbA1c (point of care) | 58 mmol/mol | 64 mmol/mol |
| Time in range | 61% | 52% |
| Weight | 26.4 kg | 25.1 kg |
| Height | 128.4 cm | 127.0 cm |

# Plan
- Breakfast insulin-to-carbohydrate ratio changed from 1:12 to 1:10; the other ratios stay the same.
- Annual review bloods (thyroid function, coeliac screen and lipids) were taken in clinic today by our nurse; we will write to you and to Dr Penhaligon with the results.
- Dr Penhaligon: please continue to prescribe her insulin, pen needles, sensors and ketone strips as before; there are no changes to the quantities.
- Mrs Dunmore, could you please update Poppy's individual healthcare plan with the new breakfast ratio; our diabetes nurse Ms Caddick will visit school on 21/01/2042.

# Information for Poppy and family
- If her blood ketones are above 1.5 mmol/L or she is vomiting, phone the diabetes team straight away on 0117 496 0715 (24 hours, via switchboard out of hours).
- Next appointment: Wednesday 9 April 2042, which we have booked.

Yours sincerely

Dr Anselm Whitlock
Consultant Paediatrician (Diabetes)
""", notes="Hard negative: letter to parents with the GP in copy; annual bloods taken and results to be sent by the "
           "team; GP asked only to continue ordinary diabetes prescriptions; school nurse asked to update the care "
           "plan; ketone safety-netting points to the team, not the GP.")

# C02 growth clinic: bloods for the hospital's own work-up passed to the GP; 12 days after the clinic: late.
pt = P("Isla Brannigan", "835035", "2036-03-02")
letter(key="c02", prov="lwc", dept=GROWTH, kind="clinic_letter", specialty="Paediatric Endocrinology",
       clinician="Dr Ravindra Oakhurst", patient=pt, ev="2042-01-07", ld="2042-01-16", sent="2042-01-20 10:10",
       fmt="pdf", subject="Growth clinic letter - BRANNIGAN I", body=f"""
# PAEDIATRIC ENDOCRINOLOGY - GROWTH CLINIC
{idl(pt)}
Seen in clinic on 07/01/2042 (dictated 07/01/2042, typed 16/01/2042)
Consultant: Dr Ravindra Oakhurst

Dear Dr Mabry

Thank you for referring Isla, who was referred in October 2041 with short stature. She attended with her mum.

Height 103.1 cm (below the 0.4th centile); mid-parental height on the 25th centile. Height velocity 4.1 cm/year over the last twelve months (your surgery measurements and ours). Weight 16.0 kg (9th centile). She is otherwise well, with no bowel symptoms, headaches or visual symptoms. Examination: proportionate, no dysmorphic features, prepubertal.

A bone age X-ray (left hand) was taken in our department today and I will report it myself.

# Plan
- [[tests_for_hospital: I would be grateful if you could arrange bloods at the surgery in the next four weeks for IGF-1, TFTs, FBC, U&Es, coeliac screen and karyotype, to complete the initial growth screen]].
- Depending on these results she may need a growth hormone stimulation test on our day unit, which we would arrange.
- Review in the growth clinic in three months with a repeat height.

Yours sincerely

Dr R Oakhurst
Consultant Paediatric Endocrinologist
cc: Mr and Mrs Brannigan
""", late="Seen in clinic on 07/01/2042",
       notes="The endocrinologist's own growth work-up bloods (IGF-1, karyotype etc.) passed to the GP: "
             "tests_for_hospital. Clinic 07/01, sent 20/01: 13 days, late. Bone age done in the department and a "
             "conditional stimulation test the team would arrange (decoys).")

# R01 early pregnancy unit: pregnancy of unknown location with a suboptimal hCG rise; third hCG asked of the
# GP within 48 hours: urgent.
pt = P("Danielle Rowbotham", "835042", "1994-09-28")
letter(key="r01", prov="wcb", dept=EPU, kind="results", specialty="Early Pregnancy",
       clinician="Dr Olamide Fenwick", patient=pt, ev=None, ld="2042-01-15", sent="2042-01-15 17:10",
       fmt="plain", urgent=True, subject="URGENT - EPU serum hCG results - ROWBOTHAM D", body=f"""
{head("wcb", EPU)}

EARLY PREGNANCY UNIT - RESULTS AND PLAN
{idl(pt)}

Dear Dr Kallow

Ms Rowbotham attended the EPU on Monday 13/01/2042 with light vaginal bleeding at 6+2 weeks by her LMP.
TVUSS: no intrauterine or adnexal pregnancy seen, no free fluid. Pregnancy of unknown location.

Serum hCG
  13/01/2042 09:40   1,480 IU/L
  15/01/2042 09:55   1,560 IU/L   (5% rise in 48 h: suboptimal, ectopic pregnancy not excluded)

She was well today with minimal pain and chose to go home rather than wait for a senior review.

ACTION REQUIRED BY FRIDAY
[[tests_for_hospital: Please arrange a third serum hCG at the surgery on Friday 17/01/2042 and telephone the result to the EPU on 0116 496 0355 the same day]].

If the hCG plateaus or rises she may need methotrexate or a laparoscopy, which we would arrange.
She has been told to go to the Emergency Department straight away if she gets abdominal or shoulder-tip pain, heavy bleeding or feels faint, and she has the EPU number.

Dr Olamide Fenwick
Specialty Doctor, Early Pregnancy Unit
""", notes="Serial hCG monitoring of a pregnancy of unknown location is the EPU's own follow-up, passed to the GP with "
           "a 48-hour deadline: tests_for_hospital, and time-critical (possible ectopic): urgent. Conditional "
           "methotrexate and the patient's ED safety-netting are decoys.")

# C03 community paediatrics: GP asked to refer to SALT; typed three weeks after the clinic: late.
pt = P("Oscar Lindqvist-Hale", "835059", "2038-09-11")
letter(key="c03", prov="fvc", dept=CDC, kind="clinic_letter", specialty="Community Paediatrics",
       clinician="Dr Marisol Tenbury", patient=pt, ev="2042-01-09", ld="2042-01-28", sent="2042-01-30 11:30",
       fmt="docx", subject="Community paediatric clinic letter", body=f"""
# COMMUNITY PAEDIATRICS - CLINIC LETTER
{idl(pt)}
Clinic: Brackenfield Child Development Centre, 09/01/2042
Typed: 28/01/2042
To: {GP_P}, {PRACTICE}
cc: Parents; Health Visitor (Ms S Orchard); Little Acorns Nursery SENCO (with parental consent)

Dear Dr Penhaligon

Oscar is 3 years 4 months old and was referred by his health visitor with delayed speech and concerns about his social communication at nursery. He has around 20 single words, no two-word phrases, and lines up his toys. Audiology saw him in November 2041 and his hearing was normal. Growth is on the 50th centile and examination is normal.

# Impression
Language delay with features suggestive of autism. I have added Oscar to our autism assessment pathway; the current wait is around 40 weeks.

# Plan
- I have referred Oscar to our occupational therapy team for a sensory assessment.
- [[onward_referral: Our speech and language therapy service only accepts referrals from GPs and health visitors, so I would be grateful if you would refer Oscar to them]].
- Mum has been given information about local parent support groups.
- No medical investigations are needed at present.

Dr Marisol Tenbury
Specialty Doctor in Community Paediatrics
""", late="Clinic: Brackenfield Child Development Centre, 09/01/2042",
       notes="Referral on to speech and language therapy for the problem the paediatrician is assessing, left to the "
             "GP: onward_referral (the OT referral made directly is a decoy). Clinic 09/01, sent 30/01: 21 days, "
             "late.")

# D02 postnatal ward after an emergency caesarean: three days of LMWH and the suture left to the practice;
# sent 23 h 15 min after discharge: on time.
pt = P("Bethan Pryce-Mallory", "835066", "1991-07-04")
letter(key="d02", prov="wcb", dept=POSTNATAL, kind="discharge_summary", specialty="Obstetrics",
       clinician="Dr Priyanka Sandhu-Ellery", patient=pt, ev="2042-01-14", ev_time="16:40", ld="2042-01-15",
       sent="2042-01-15 15:55", fmt="pdf", subject="Maternity discharge summary - PRYCE-MALLORY B", body=f"""
# MATERNITY DISCHARGE SUMMARY - POSTNATAL
{idl(pt)}
| Delivery | Emergency caesarean section (category 2) for failure to progress, 12/01/2042 at 03:14 |
| Baby | Live male, 3.62 kg, Apgars 8 and 9; baby has his own discharge record |
| Discharged | 14/01/2042 at 16:40 from Juniper Ward |
| Completed by | Dr Priyanka Sandhu-Ellery, Obstetric Registrar |

Date of discharge: 14/01/2042 16:40

# Postnatal course
Uncomplicated. Estimated blood loss 850 mL; Hb 98 g/L on day 1, oral iron started. Mobilising, passing urine, breastfeeding well with support.

# Medication on discharge
| Ferrous fumarate 210 mg twice daily | 28 days supplied |
| Paracetamol 1 g four times daily and ibuprofen 400 mg three times daily as needed | 7 days supplied |
| Tinzaparin 4,500 units SC once daily for 6 weeks (BMI 36, emergency caesarean) | [[hospital_only_prescribing: 3 days supplied on discharge - GP to prescribe the remaining 39 days]] |

# Actions for GP
- [[post_procedure_care: Please arrange for the practice nurse to remove the skin suture on 20/01/2042 (day 8) and check the wound]].
- 6-8 week postnatal check for mother and baby at the practice as usual.

# Other information
- Community midwife home visit on 15/01/2042; midwifery care continues until transfer to the health visitor.
- Baby: NIPE on 13/01/2042 normal.
- Fit note: not needed (on maternity leave).
- A birth debrief has been offered; she can contact the Birth Reflections service directly.
""", notes="Three days of a six-week tinzaparin course supplied, the rest pushed to the GP: hospital_only_prescribing "
           "(less than 7 days on discharge); suture removal and wound check after the hospital's own caesarean: "
           "post_procedure_care. The 6-8 week check is ordinary practice work (decoy). Discharged 16:40 on 14/01, "
           "sent 15:55 on 15/01: 23 h 15 min, on time.")

# C04 Right to Choose ADHD titration: the GP asked to prescribe methylphenidate from the first dose.
pt = P("Tyler Grimshaw", "835073", "2033-11-20")
letter(key="c04", prov="bnp", dept=TITRATE, kind="clinic_letter", specialty="ADHD and Neurodevelopmental",
       clinician="Dr Marguerite Oyelowo", patient=pt, ev="2042-01-13", ld="2042-01-14", sent="2042-01-14 15:00",
       fmt="html", opts={"label_col": True}, subject="ADHD titration - start of treatment - GRIMSHAW T", body=f"""
# ADHD Medication Titration - Start of Treatment
| Patient | {pt['name']} |
| Date of birth | {dmy(pt['dob'])} |
| NHS number | {spaced(pt['nhs_number'])} |
| Appointment | 13/01/2042, video consultation with Tyler and his mum |
| Clinician | Dr Marguerite Oyelowo, Consultant Child and Adolescent Psychiatrist |

Dear Dr Kallow

Tyler was diagnosed with ADHD, combined presentation, at his assessment with us on 02/12/2041 (report sent to you on 09/12/2041). His baseline height, weight, blood pressure (102/64) and pulse (84) were measured in our clinic that day and are within normal limits; there is no personal or family cardiac history, so an ECG is not indicated.

Today we agreed with Tyler and his mum to start methylphenidate.

# Requested actions
- [[hospital_only_prescribing: Please could you issue a prescription for methylphenidate modified-release (Xaggitin XL) 18 mg each morning, 28 tablets, and increase to 27 mg from week 3 as set out in our titration schedule]].

# Our plan
- Our titration nurse will phone mum weekly to review side effects, appetite and sleep.
- We will review Tyler in clinic once the dose is optimised, usually within 8-12 weeks.
- Once Tyler is stable on a dose we will write to you about shared care.

Kind regards

Dr Marguerite Oyelowo
Brightwater Neurodevelopmental Partners Ltd (NHS Right to Choose provider)
""", notes="Controlled-drug stimulant to be started and titrated by the GP before the patient is stabilised: "
           "hospital_only_prescribing (specialist initiation). A future shared-care letter is promised, not offered "
           "(decoy); baseline observations done by the provider.")

# R02 Right to Choose provider: GP information form before the assessment.
pt = P("Maisie Trelawney", "835080", "2032-06-08")
letter(key="r02", prov="bnp", dept=ASSESS, kind="referral_response", specialty="ADHD and Neurodevelopmental",
       clinician="Dr Jonathan Akerele", patient=pt, ev=None, ld="2042-01-20", sent="2042-01-20 12:00",
       fmt="docx", opts={"from": "Brightwater Referrals Team <referrals@brightwaternd.example.co.uk>"},
       subject="Right to Choose referral received - TRELAWNEY M - GP form", body=f"""
# REFERRAL RECEIVED - GP INFORMATION FORM
{idl(pt)}
Date of letter: 20/01/2042
Referral received: 12/01/2042 (your e-RS referral of 09/01/2042)

Dear Dr Penhaligon

Thank you for referring Maisie, aged 9, to our NHS Right to Choose service for an ADHD assessment.

We have sent the parent and school questionnaires to the family directly, and Maisie is on our waiting list from the date we received your referral.

# What we need from the practice
[[non_contractual_admin: Please complete the attached Brightwater GP Information Form (sections 2 to 6: past medical history, current medication, allergies, family cardiac history and safeguarding information) and return it to referrals@brightwaternd.example.co.uk within 14 days]].

Yours sincerely

Dr Jonathan Akerele
Clinical Lead, Neurodevelopmental Assessment Service
""", notes="The provider's own intake form sent for the practice to fill in: non_contractual_admin. The referral is "
           "accepted (not returned); questionnaires handled with the family directly.")

# C05 epilepsy clinic: letter to the parents; new oxcarbazepine monitored by the hospital itself; hard negative.
pt = P("Jacob Quennell", "835097", "2031-02-14")
letter(key="c05", prov="lwc", dept=EPIL, kind="clinic_letter", specialty="Paediatric Neurology",
       clinician="Dr Siobhan Kettleborough", patient=pt, ev="2042-01-16", ld="2042-01-19", sent="2042-01-21 14:05",
       fmt="plain", subject="Epilepsy clinic letter - QUENNELL J", body=f"""
{head("lwc", EPIL)}

{idl(pt)}
Clinic date: 16/01/2042

Dear Parent/Carer of Jacob Quennell

cc: {GP_M}, {PRACTICE}; School Nurse, Wrenfield Academy; Epilepsy Nurse Specialist

Thank you for bringing Jacob to clinic on Thursday. He was referred to us last year by Dr Mabry with headaches, which settled; this time he came with three episodes since November of a rising feeling in his tummy, lip smacking and not answering for about a minute. His EEG in December showed left temporal sharp waves. This is focal epilepsy.

Plan
- We agreed to start oxcarbazepine 150 mg twice daily for two weeks, then 300 mg twice daily. Our pharmacy supplied six weeks of treatment today.
- We will check his sodium and full blood count four weeks after starting; our phlebotomy team in Children's Outpatients will do this, and the appointment is booked for Thursday 13 February 2042 at 08:45.
- An MRI brain has been requested; you will get the appointment by post.
- Once Jacob is on a settled dose we will write to Dr Mabry about continuing oxcarbazepine on repeat prescription.
- Buccal midazolam is not needed at present as his seizures are brief.
- School nurse: please update Jacob's healthcare plan with the seizure description above.

Information for the family
- If a seizure lasts more than 5 minutes, or he does not come round, call 999.
- You can contact our epilepsy nurse on 0117 496 0722 (Monday to Friday) with any questions.

No action is needed from the GP at this stage.

Dr Siobhan Kettleborough
Consultant Paediatric Neurologist
""", notes="Hard negative: new antiepileptic supplied for six weeks and its monitoring bloods booked with the "
           "hospital's own phlebotomy; a future GP prescription mentioned but not asked for now; school nurse given "
           "the care-plan task; history of an old referral; 'no action is needed from the GP'.")

# R03 paediatric assessment unit results: severe iron deficiency anaemia left to the GP: urgent.
pt = P("Rhys Cadwallader", "835103", "2040-03-19")
letter(key="r03", prov="wcb", dept=PAU, kind="results", specialty="General Paediatrics",
       clinician="Dr Benedict Sowerby", patient=pt, ev=None, ld="2042-01-23", sent="2042-01-23 13:40",
       fmt="html", opts={"alt": True, "label_col": True}, urgent=True,
       subject="Abnormal results - please action this week - CADWALLADER R", body=f"""
# Results Letter - Paediatric Assessment Unit
{idl(pt)}
cc: Health Visitor, Hollins Brook 0-19 team

Dear Dr Mabry

Rhys (22 months) was seen on our Paediatric Assessment Unit on 21/01/2042 with pallor and a poor appetite. He was alert, well perfused and playing, and went home the same evening. The bloods taken on the unit have now come back:

| Hb | 64 g/L (105-135) |
| MCV | 58 fL (72-84) |
| Ferritin | 3 microgram/L (12-150) |
| Blood film | marked microcytosis and pencil cells; no blasts |

This is severe iron deficiency anaemia, most likely dietary: Rhys drinks about 1.2 litres of cow's milk a day.

# Actions for GP
[[results_chasing: I would be grateful if you could see Rhys in the next two to three days, start oral iron and take over the follow-up of these results]].

# Information given to the family
Our nurse phoned Rhys's mum on 23/01/2042, explained the result and sent a dietary advice sheet; she knows to bring him straight back to the unit if he becomes breathless, floppy or unwell.

Dr Benedict Sowerby
Paediatric Registrar (ST6)
""", notes="The hospital's own abnormal result handed to the GP to act on within days: results_chasing; time-critical "
           "(Hb 64 in a toddler): urgent. The nurse's phone call and the family's safety-netting are the "
           "hospital's own communication (decoy).")

# D03 Kingfisher Ward, infant with a febrile UTI: urine culture left to the practice to chase; 46.5 hours
# after discharge: late.
pt = P("Amara Bello-Whitfield", "835110", "2041-06-23")
letter(key="d03", prov="wcb", dept=KINGF, kind="discharge_summary", specialty="General Paediatrics",
       clinician="Dr Felicity Ransome", patient=pt, ev="2042-01-20", ev_time="11:00", ld="2042-01-21",
       sent="2042-01-22 09:30", fmt="html", opts={"label_col": True},
       subject="Paediatric discharge summary - Kingfisher Ward - BELLO-WHITFIELD A", body=f"""
# Paediatric Discharge Summary - Kingfisher Ward
| Patient | {pt['name']} |
| DOB | {dmy(pt['dob'])} |
| NHS No | {spaced(pt['nhs_number'])} |
| Admitted | 18/01/2042 02:10 via the Children's Emergency Department |
| Discharged | 20/01/2042 11:00 |
| Consultant | Dr G Haverfield |
| Completed by | Dr Felicity Ransome, ST3 Paediatrics |

Discharge date and time: 20/01/2042 at 11:00

# Diagnosis
First febrile urinary tract infection (presumed pyelonephritis) in a 7-month-old infant.

# Investigations and treatment
Catheter urine 18/01/2042: WBC over 100, nitrite positive; culture pending at discharge.
Blood culture: no growth at 48 hours; the final report comes to the ward.
IV ceftriaxone for 48 hours, then oral cefalexin 125 mg three times daily; 8 days supplied to complete 10 days in total.

# Plan
- Renal tract ultrasound within 6 weeks: requested by us; the appointment will be posted to the family.
- [[results_chasing: Please could the practice follow up the final urine culture sensitivities and change the antibiotic if the organism is resistant to cefalexin]].

# Information for the family
If Amara has another fever without an obvious cause, she should be seen by a GP or 111 the same day and a urine sample sent.
""", late="Discharge date and time: 20/01/2042 at 11:00",
       notes="The ward's own pending urine culture left to the practice to chase and act on: results_chasing. "
             "Discharged 11:00 on 20/01, sent 09:30 on 22/01: 46 h 30 min, late. Full antibiotic course supplied, "
             "scan booked by the ward, and conditional safety-netting (decoys).")

# D04 hyperemesis gravidarum admission: fit note left to the GP; sent the same afternoon.
pt = P("Chloe Marchetti", "835127", "1997-12-01")
letter(key="d04", prov="wcb", dept=GAU, kind="discharge_summary", specialty="Gynaecology",
       clinician="Dr Tomasz Wrexham", patient=pt, ev="2042-01-23", ev_time="13:15", ld="2042-01-23",
       sent="2042-01-23 17:40", fmt="plain", subject="Discharge summary - Gynaecology Ward - MARCHETTI C", body=f"""
{head("wcb", GAU)}

INPATIENT DISCHARGE SUMMARY
{idl(pt)}
Admitted: 21/01/2042 08:50 via the Gynaecology Assessment Unit
Discharged: 23/01/2042 13:15
Consultant: Miss A Penberthy   Completed by: Dr Tomasz Wrexham, FY2

Diagnosis: hyperemesis gravidarum at 9+1 weeks (PUQE score 14, urine ketones 3+ on admission)

Treatment: IV fluids with potassium, Pabrinex, IV cyclizine then oral. Tolerating diet and fluids since 22/01/2042. Viable intrauterine pregnancy on scan on 21/01/2042.

TTO (14 days supplied)
- Cyclizine 50 mg three times daily
- Thiamine 100 mg twice daily
- Enoxaparin 40 mg SC daily while admitted only - stopped on discharge

Fit note
[[fit_note: She works as a nursery nurse and will need a fit note from her GP for two weeks from today]].

Advice given
If she cannot keep fluids down for 24 hours she should phone the Gynaecology Assessment Unit on 0116 496 0366 and come straight in; she does not need to see her GP first.
Midwife booking appointment: 03/02/2042 with the community midwife (booked).

Dr T Wrexham
""", notes="Fit note for the period following the hospital's own admission left to the GP: fit_note. Full TTO "
           "supplied; the patient is told to come back to the hospital, not the GP (decoy). Discharged 13:15, sent "
           "17:40 the same day: on time.")

# C06 obstetric medicine: a pregnant woman still on lisinopril and atorvastatin from the practice's repeat
# list; GP asked to stop its own repeat today: urgent, hard negative.
pt = P("Rosalind Delacroix-Hume", "835134", "1986-04-25")
letter(key="c06", prov="lwc", dept=OBMED, kind="clinic_letter", specialty="Obstetric Medicine",
       clinician="Dr Imogen Castellan", patient=pt, ev="2042-01-27", ld="2042-01-27", sent="2042-01-27 17:30",
       fmt="docx", urgent=True, subject="URGENT - obstetric medicine clinic - DELACROIX-HUME R", body=f"""
# OBSTETRIC MEDICINE CLINIC - URGENT
{idl(pt)}
Clinic date: 27/01/2042, Larkhaven Maternity Centre
Consultant: Dr Imogen Castellan

Dear Dr Kallow

Mrs Delacroix-Hume is 7+4 weeks pregnant (viable pregnancy on her early scan on 23/01/2042). She has chronic hypertension and hypercholesterolaemia and is still taking lisinopril 20 mg and atorvastatin 20 mg from her repeat prescription. Both should be stopped now because of the risk to the baby.

# What we have done today
- Lisinopril stopped; labetalol 100 mg twice daily started, and our pharmacy supplied 28 days. BP in clinic 142/88.
- Atorvastatin stopped.
- Aspirin 150 mg at night from 12 weeks: we will prescribe this at her booking visit.

# Urgent action for the practice
- Please remove lisinopril and atorvastatin from her repeat template today so that they are not issued again; a repeat was due this week.
- Please add labetalol 100 mg twice daily to her repeat list once our supply has run out.

# Follow-up
- Her community midwife will check her BP weekly.
- Obstetric medicine clinic again on 24/02/2042 (booked).

Dr Imogen Castellan
Consultant Obstetric Physician
""", notes="Hard negative but urgent: the hospital has stopped the harmful drugs, supplied the replacement and "
           "booked its own follow-up; the GP is asked to stop its own repeat prescriptions today (ordinary GP work, "
           "time-critical because of the teratogenic risk) and to continue labetalol (green).")

# C07 antenatal clinic: GDM glucose tolerance test result; the woman told to book with the GP for it.
pt = P("Akiko Nakamura-Pryce", "835141", "1989-10-09")
letter(key="c07", prov="wcb", dept=ANC, kind="clinic_letter", specialty="Obstetrics",
       clinician="Dr Eleanor Fitzwarren", patient=pt, ev="2042-01-27", ld="2042-01-28", sent="2042-01-29 10:25",
       fmt="plain", subject="Antenatal clinic letter - NAKAMURA-PRYCE A", body=f"""
{head("wcb", ANC)}

ANTENATAL CLINIC
{idl(pt)}
Date seen: 27/01/2042
G2 P1, 26+3 weeks. EDD 02/05/2042.

Dear Dr Kallow

Mrs Nakamura-Pryce had gestational diabetes in her first pregnancy in 2039 (diet-controlled). She had an oral glucose tolerance test in our antenatal day unit this morning; the 2-hour sample was still being processed when she left.

Growth is on the 60th centile by symphysis-fundal height; a growth scan is booked for 32 weeks in our department.

[[patient_redirected_to_gp: We have asked her to book an appointment with you next week to go through the glucose tolerance test result]].

Routine antenatal care continues with her community midwife.

Dr Eleanor Fitzwarren
Obstetric Registrar, for Miss H Aldbourne, Consultant Obstetrician
""", notes="The patient sent to the GP to get and discuss the result of the hospital's own OGTT: "
           "patient_redirected_to_gp. Growth scan booked by the hospital (decoy).")

# C08 community paediatrics: 'was not brought' twice and discharged, GP asked to re-refer.
pt = P("Kacey Dunwoody", "835158", "2037-08-15")
letter(key="c08", prov="fvc", dept=CDC, kind="clinic_letter", specialty="Community Paediatrics",
       clinician="Dr Nikhil Abernethy", patient=pt, ev="2042-01-29", ld="2042-01-30", sent="2042-02-03 09:15",
       fmt="plain", opts={"from": "Jo Pettifer <jo.pettifer@nhs.net>"},
       subject="Was Not Brought - DUNWOODY K - community paediatrics", body=f"""
{head("fvc", CDC)}

{idl(pt)}
Appointment: 29/01/2042 at 10:30, Brackenfield CDC

Dear Dr Penhaligon

Kacey was not brought to her appointment with me on Wednesday 29 January 2042. This was her second missed appointment; the first was on 13/11/2041. She was referred by you for assessment of toileting difficulties and poor concentration.

[[dna_rereferral: Kacey has now been discharged back to your care, so please re-refer her through our single point of access if she is to be offered a new appointment]].

Her school nurse has been told that she was not brought, as we do for every child. We have no current safeguarding concerns.

Dr Nikhil Abernethy
Specialty Doctor, Community Paediatrics
(typed by Jo Pettifer, Medical Secretary)
""", notes="Discharged after missed appointments with a fresh referral required from the GP: dna_rereferral. "
           "Sent by the secretary directly (no letter system). School nurse informed; no safeguarding concerns.")

# C09 paediatric surgery: did not attend, discharged, GP asked to re-refer.
pt = P("Noah Kettering", "835165", "2039-04-30")
letter(key="c09", prov="wcb", dept=PSURG, kind="clinic_letter", specialty="Paediatric Surgery",
       clinician="Mr Gareth Llewellyn-Ross", patient=pt, ev="2042-02-03", ld="2042-02-03", sent="2042-02-04 08:50",
       fmt="html", subject="Did not attend - Paediatric Surgery - KETTERING N", body=f"""
# Paediatric Surgery Outpatients - Non-attendance
{idl(pt)}
Clinic date: 03/02/2042

Dear Dr Mabry

Re: undescended left testis

Noah did not attend his new patient appointment in the Paediatric Surgery clinic on Monday 3 February 2042. The appointment was sent to the family on 05/01/2042.

[[dna_rereferral: We have therefore discharged him and would be grateful if you could re-refer him via e-RS so that he can be rebooked]].

Yours sincerely

Mr Gareth Llewellyn-Ross
Consultant Paediatric Surgeon
""", notes="Discharged after one missed new-patient appointment with a request to re-refer: dna_rereferral.")

# D05 paediatric day surgery: orchidopexy; wound check asked of the practice nurse.
pt = P("Harvey Stanislaw", "835172", "2040-09-03")
letter(key="d05", prov="wcb", dept=PDAY, kind="discharge_summary", specialty="Paediatric Surgery",
       clinician="Mr Gareth Llewellyn-Ross", patient=pt, ev="2042-02-05", ev_time="15:20", ld="2042-02-05",
       sent="2042-02-05 18:05", fmt="pdf", subject="Day surgery discharge - STANISLAW H", body=f"""
# PAEDIATRIC DAY SURGERY - DISCHARGE SUMMARY
{idl(pt)}
| Date of surgery | 05/02/2042 |
| Procedure | Left orchidopexy (inguinal), general anaesthetic with caudal block |
| Surgeon | Mr Gareth Llewellyn-Ross, Consultant Paediatric Surgeon |
| Discharged | 05/02/2042 at 15:20, home with mum and dad |

Operation findings: left testis in the superficial inguinal pouch, good size, brought down to the scrotum without tension.

# Wound care
Dissolvable sutures; no removal needed. Keep the area clean and dry for 48 hours.

# Recommendations
- [[post_procedure_care: Please ask your practice nurse to check the wound at 7 to 10 days after surgery]].
- Pain relief: paracetamol and ibuprofen from home, as advised by our nurses.
- Back to nursery after one week; no straddle toys for two weeks.
- Follow-up in the Paediatric Surgery clinic in 6 months: we will send the appointment.

# Information for the family
If the wound becomes red, hot or oozes, or Harvey has a fever, please ring the Children's Day Unit on 0116 496 0381.
""", notes="Wound check after the hospital's own operation asked of the practice nurse: post_procedure_care. "
           "Dissolvable sutures, the team's own follow-up and a direct-line safety-net (decoys).")

# R04 paediatric endocrinology: referral for early puberty returned for the GP to do the work-up first.
pt = P("Lily-Mae Ormerod", "835189", "2035-03-12")
letter(key="r04", prov="lwc", dept=PENDO, kind="referral_response", specialty="Paediatric Endocrinology",
       clinician="Dr Ravindra Oakhurst", patient=pt, ev=None, ld="2042-02-06", sent="2042-02-06 10:00",
       fmt="html", opts={"alt": True}, subject="Referral returned - Paediatric Endocrinology - ORMEROD L", body=f"""
# Referral Triage Outcome: Returned to Referrer
{idl(pt)}
Referral received: 28/01/2042 (e-RS)
Triage date: 05/02/2042

Dear Dr Kallow

Thank you for referring Lily-Mae, aged 6 years 11 months, with breast development over the last four months and a growth spurt.

We have triaged the referral and are returning it to you at this stage; Lily-Mae has not been added to our waiting list.

[[referral_returned_for_workup: Please arrange a bone age X-ray, LH, FSH and oestradiol levels and a pelvic ultrasound, and re-refer with the results if any of these are abnormal]].

Yours sincerely

Dr Ravindra Oakhurst
Consultant Paediatric Endocrinologist
""", notes="Referral for suspected precocious puberty returned with a specialist work-up for the GP to do first: "
           "referral_returned_for_workup.")

# R05 community paediatrics: ADHD referral bounced back until parenting course and questionnaires are done.
pt = P("Ethan Sowerbutts", "835196", "2034-10-27")
letter(key="r05", prov="fvc", dept=CDC, kind="referral_response", specialty="Community Paediatrics",
       clinician="Dr Marisol Tenbury", patient=pt, ev=None, ld="2042-02-10", sent="2042-02-10 11:40",
       fmt="html", subject="Neurodevelopmental triage outcome - SOWERBUTTS E", body=f"""
# Neurodevelopmental Triage Panel - Outcome
{idl(pt)}
Panel date: 04/02/2042

Dear Dr Penhaligon

The panel discussed your referral of Ethan, aged 7, for assessment of possible ADHD (hyperactivity at home and school, two fixed-term exclusions this year).

Outcome: not accepted at this time; the referral has been returned to you.

[[referral_returned_for_workup: Before the panel can consider an assessment, the family must complete a parenting programme and the practice should send us completed Conners questionnaires from home and school]].

# Information for the family
The Fennick Vale Parenting Hub runs free courses; parents can book themselves on 01632 960 533.

Dr Marisol Tenbury
on behalf of the Neurodevelopmental Triage Panel
""", notes="Referral declined and returned with preconditions (parenting course, questionnaires gathered by the "
           "practice): referral_returned_for_workup. The Parenting Hub number is for the family (decoy).")

# C10 growth hormone: prescribing and monitoring handed over with no shared-care agreement; sent exactly seven
# days after the clinic: on time.
pt = P("Toby Ainscough", "835202", "2031-12-05")
letter(key="c10", prov="lwc", dept=GROWTH, kind="clinic_letter", specialty="Paediatric Endocrinology",
       clinician="Dr Yasmin Holroyd", patient=pt, ev="2042-02-03", ld="2042-02-10", sent="2042-02-10 16:30",
       fmt="pdf", subject="Growth clinic - GH review - AINSCOUGH T", body=f"""
# GROWTH CLINIC - GROWTH HORMONE REVIEW
{idl(pt)}
Clinic date: 03/02/2042
Dictated: 03/02/2042   Typed: 10/02/2042

Dear Dr Mabry

Toby has isolated growth hormone deficiency, confirmed on a stimulation test in October 2041. He started somatropin (Omnitrope) 0.9 mg subcutaneously once daily on 03/11/2041, supplied through our homecare provider.

At three months his height velocity has risen to 8.4 cm/year; IGF-1 taken in clinic today is within the target range; injections are going well and mum gives them at bedtime.

# Plan
- Continue somatropin 0.9 mg daily.
- [[shared_care_without_agreement: Now that Toby is established on treatment, we would ask that the practice takes over the prescribing of somatropin from March, along with the six-monthly IGF-1 and thyroid function checks]].
- We will continue to see Toby every four months in the growth clinic.

Dr Yasmin Holroyd
Consultant Paediatric Endocrinologist
""", notes="Growth hormone (a specialist, shared-care drug) and its monitoring handed to the practice with no "
           "agreement offered: shared_care_without_agreement. Clinic 03/02, sent 10/02: exactly seven days, on "
           "time.")

# C11 ADHD titration complete: lisdexamfetamine and monitoring handed to the GP without shared care.
pt = P("Callum Fothergill", "835219", "2027-08-21")
letter(key="c11", prov="bnp", dept=TITRATE, kind="clinic_letter", specialty="ADHD and Neurodevelopmental",
       clinician="Dr Marguerite Oyelowo", patient=pt, ev="2042-01-22", ld="2042-01-23", sent="2042-01-27 10:40",
       fmt="html", opts={"alt": True, "header": True}, subject="ADHD titration complete - FOTHERGILL C", body=f"""
# ADHD Titration Review - Discharge from Titration
{idl(pt)}
Clinic date: 22/01/2042 (face to face, Brightwater House)

Dear Dr Mabry

I reviewed Callum, aged 14, in our titration clinic with his mum. He is now settled on lisdexamfetamine (Elvanse) 40 mg each morning, and school report a clear improvement in focus and behaviour.

| Measure | Baseline (16/09/2041) | Today |
| Weight | 49.8 kg | 49.2 kg |
| Blood pressure | 108/66 | 112/70 |
| Pulse | 80 | 88 |

Appetite is reduced at lunchtime but his weight is stable.

# Plan
- Titration is complete and Callum is discharged from the titration service.
- [[shared_care_without_agreement: From February we are handing over the prescribing of Elvanse 40 mg to the practice, together with the six-monthly height, weight, blood pressure and pulse checks]].
- We will see Callum for an annual review in January 2043.
- We have given Callum's mum our admin line (0161 496 0290) for any queries about the annual review.

Dr Marguerite Oyelowo
Consultant Child and Adolescent Psychiatrist
""", notes="Stimulant prescribing and physical-health monitoring transferred to the GP with no shared-care agreement "
           "offered: shared_care_without_agreement. The provider keeps its own annual review and queries (decoy).")

# D06 neonatal unit: 30-week baby; GP asked to refer to the community dietitian; 70 hours after discharge:
# late.
pt = P("Zainab Osei-Lambert", "835226", "2041-12-23")
letter(key="d06", prov="wcb", dept=NNU, kind="discharge_summary", specialty="Neonatology",
       clinician="Dr Christopher Okonkwo-Bell", patient=pt, ev="2042-02-10", ev_time="12:00", ld="2042-02-12",
       sent="2042-02-13 10:15", fmt="docx", subject="Neonatal discharge summary - Baby OSEI-LAMBERT", body=f"""
# NEONATAL UNIT DISCHARGE SUMMARY
{idl(pt)}
Gestation at birth: 30+1 weeks   Birth weight: 1.41 kg   Discharge weight: 2.06 kg
Date of discharge: 10/02/2042, time 12:00
Corrected gestation at discharge: 37+1 weeks
Parents: Abena Osei and Daniel Lambert

# Problems
- Prematurity and respiratory distress syndrome: one dose of surfactant, CPAP for three days
- Small PDA, closed spontaneously (echo 14/01/2042)
- Retinopathy of prematurity: stage 1, zone 3; next eye examination booked by us for 24/02/2042 in the eye clinic
- Feeding: breastfeeding with fortified EBM top-ups

# Medication (4 weeks supplied by NNU pharmacy)
- Abidec 0.6 mL once daily; sodium feredetate (Sytron) 1 mL twice daily. Please continue both until 12 months of age.

# Immunisations
First immunisations are due at 8 weeks of age on 17/02/2042; not given on the unit, so please give them at the practice.

# Follow-up and requested actions
- Neonatal outreach team will weigh Zainab twice weekly for two weeks.
- Neonatal follow-up clinic at 3 months corrected age: booked.
- [[onward_referral: We would be grateful if you could refer Zainab to the community children's dietitian for ongoing support with fortified feeds and weight gain]].
- Red book updated and given to parents.

Dr Christopher Okonkwo-Bell
Consultant Neonatologist
""", late="Date of discharge: 10/02/2042, time 12:00",
       notes="Dietetic referral needed for the unit's own feeding plan left to the GP: onward_referral. Discharged "
             "12:00 on 10/02, sent 10:15 on 13/02: about 70 hours, late. Eye screening and outreach arranged by the "
             "unit; vitamins and iron to continue and routine immunisations (decoys).")

# C12 community paediatrics: not brought, proper policy followed (new appointment, health visitor); hard
# negative.
pt = P("Leo Gatenby", "835233", "2039-01-16")
letter(key="c12", prov="fvc", dept=CDC, kind="clinic_letter", specialty="Community Paediatrics",
       clinician="Dr Nikhil Abernethy", patient=pt, ev="2042-02-11", ld="2042-02-12", sent="2042-02-12 15:20",
       fmt="plain", subject="Was Not Brought - GATENBY L - new appointment sent", body=f"""
{head("fvc", CDC)}

{idl(pt)}
Appointment: 11/02/2042, Brackenfield CDC

Dear Dr Mabry

Leo was not brought to his follow-up appointment for his global developmental delay on Tuesday 11 February 2042.

In line with our Was Not Brought policy we have not discharged him. A new appointment has been sent to the family for 04/03/2042, and his health visitor (Ms Sharon Orchard) has been asked to contact the family to support them to attend. Our safeguarding lead has been informed, as for every child not brought twice in a year; there are no current child protection concerns.

The practice may wish to note the missed appointment on Leo's record. No other action is required from the GP.

Dr Nikhil Abernethy
Specialty Doctor, Community Paediatrics
""", notes="Hard negative: a missed appointment handled properly (not discharged, new appointment sent, health visitor "
           "and safeguarding lead told); only a note on the record suggested.")

# C13 antenatal clinic: elective caesarean planned; perinatal mental health referral and the pre-op
# questionnaire left to the practice.
pt = P("Jessamy Harcourt-Vane", "835240", "1988-02-19")
letter(key="c13", prov="wcb", dept=ANC, kind="clinic_letter", specialty="Obstetrics",
       clinician="Miss Helena Aldbourne", patient=pt, ev="2042-02-17", ld="2042-02-18", sent="2042-02-18 11:10",
       fmt="docx", subject="Antenatal clinic letter - HARCOURT-VANE J", body=f"""
# ANTENATAL CLINIC - CONSULTANT REVIEW
{idl(pt)}
Clinic date: 17/02/2042
G3 P2 (two previous caesarean sections), 28+3 weeks; EDD 09/05/2042

Dear Dr Penhaligon

I saw Mrs Harcourt-Vane to plan the birth. After discussion she has chosen a planned repeat caesarean at 39 weeks, provisionally on 01/05/2042.

Her EPDS today was 17 (question 10 scored 0: no thoughts of self-harm). She had postnatal depression after her second baby in 2039, which you treated with sertraline; she restarted sertraline 50 mg in December.

# Plan
- Sertraline can be continued in pregnancy; please continue to prescribe it.
- [[onward_referral: Please refer her to the perinatal mental health service as she meets their referral criteria]].
- [[non_contractual_admin: In preparation for her caesarean, please complete the enclosed pre-operative assessment questionnaire and return it to the Maternity Day Assessment Unit before 27/03/2042]].
- Pre-operative bloods (FBC, group and save) will be taken at our pre-op clinic at 38 weeks.
- Her community midwife and health visitor have been told about the EPDS score.

Miss Helena Aldbourne
Consultant Obstetrician
""", notes="Perinatal mental health referral for a problem identified in the antenatal clinic left to the GP: "
           "onward_referral; the maternity unit's own pre-operative questionnaire sent for the practice to "
           "complete: non_contractual_admin. Sertraline to continue (green) and pre-op bloods done by the "
           "hospital (decoys).")

# D07 gynaecology day surgery: surgical management of miscarriage; fit note and histology result left to the
# GP; 39.5 hours after discharge: late.
pt = P("Georgina Pemberton-Ashe", "835257", "1992-05-06")
letter(key="d07", prov="lwc", dept=GYNDAY, kind="discharge_summary", specialty="Gynaecology",
       clinician="Dr Adebayo Huntingford", patient=pt, ev="2042-02-17", ev_time="17:30", ld="2042-02-18",
       sent="2042-02-19 09:00", fmt="pdf", subject="Day case discharge summary - PEMBERTON-ASHE G", body=f"""
# GYNAECOLOGY DAY SURGERY - DISCHARGE SUMMARY
{idl(pt)}
Date of discharge: 17/02/2042 (17:30)
Procedure: surgical management of miscarriage under general anaesthetic, 17/02/2042
Surgeon: Dr Adebayo Huntingford, Specialty Registrar, for Mr K Oduya

Diagnosis: missed miscarriage at 10 weeks (diagnosed on scan in the Early Pregnancy Unit on 12/02/2042).
Procedure uncomplicated; estimated blood loss 150 mL. Blood group O positive, so anti-D not required.
Products of conception sent for histology.

# Follow-up
- [[patient_redirected_to_gp: She has been advised to contact her GP surgery in three weeks for the histology result]].
- [[fit_note: Please could her GP provide a fit note for two weeks from 17/02/2042]].
- She has been given the Miscarriage Association leaflet and the number of our bereavement midwife.

# Information for the patient
If she has heavy bleeding, a fever, offensive discharge or increasing pain, she should ring the Early Pregnancy Unit on 0117 496 0744 or attend the Emergency Department.
""", late="Date of discharge: 17/02/2042 (17:30)",
       notes="Patient sent to the GP for the hospital's own histology result: patient_redirected_to_gp; fit note after "
             "the hospital's own procedure left to the GP: fit_note. Discharged 17:30 on 17/02, sent 09:00 on 19/02: "
             "39 h 30 min, late. Safety-netting to the EPU (decoy).")

# C14 Right to Choose autism diagnosis: melatonin shared-care protocol offered for agreement; hard negative.
pt = P("Alfie Brocklebank", "835264", "2035-07-29")
letter(key="c14", prov="bnp", dept=ASSESS, kind="clinic_letter", specialty="ADHD and Neurodevelopmental",
       clinician="Dr Jonathan Akerele", patient=pt, ev="2042-02-19", ld="2042-02-23", sent="2042-02-24 09:35",
       fmt="html", opts={"alt": True}, subject="Autism assessment outcome - BROCKLEBANK A", body=f"""
# Autism Assessment - Feedback Appointment
{idl(pt)}
Feedback appointment: 19/02/2042, with Alfie's parents

Dear Dr Kallow

Following our multidisciplinary assessment (ADOS-2 on 22/01/2042, school observation and developmental history), Alfie meets the criteria for autism spectrum disorder. We explained the diagnosis to his parents today and they will share it with Alfie in their own time.

# Recommendations
- With his parents' consent we have sent the full report to the SENCO at Colbrook Primary School.
- Melatonin 2 mg modified-release at bedtime was started by us on 05/01/2042 for sleep-onset insomnia and is working well; we continue to prescribe it from our clinic.
- Our shared care agreement for melatonin is attached for your consideration; we will keep prescribing until you let us know whether the practice is able to accept it.
- We have referred Alfie directly to the local CAMHS team for support with anxiety.
- Alfie's parents are booked onto our post-diagnostic workshop on 17/03/2042.

No GP action is needed.

Dr Jonathan Akerele
Consultant Paediatrician, Neurodevelopmental Assessment Service
""", notes="Hard negative: shared care for melatonin offered for the practice's agreement with the provider "
           "prescribing meanwhile; CAMHS referral made directly; report sent to school; 'no GP action is needed'.")

# E01 children's ED: 9-month-old with a minor head injury; safeguarding checks done by ED; hard negative.
pt = P("Freya Winterbottom", "835271", "2041-05-14")
letter(key="e01", prov="wcb", dept=PED, kind="ed_letter", specialty="Paediatric Emergency Medicine",
       clinician="Dr Lucinda Marwood", patient=pt, ev="2042-02-21", ld="2042-02-22", sent="2042-02-22 08:15",
       fmt="plain", subject="Children's ED attendance - WINTERBOTTOM F", body=f"""
{head("wcb", PED)}

CHILDREN'S EMERGENCY DEPARTMENT - ATTENDANCE SUMMARY
{idl(pt)}
Attended: 21/02/2042 at 19:40   Discharged: 23:55
Seen by: Dr Lucinda Marwood, ST5 Paediatric Emergency Medicine

Presenting complaint: rolled off the sofa (about 60 cm) onto a carpeted floor at 19:00; cried immediately, no loss of consciousness, no vomiting.
Examination: 2 cm bruise on the left forehead; alert and feeding; no other injuries; fontanelle soft.
NICE head injury criteria for CT not met; observed for 4 hours, remained well.

Safeguarding: the injury is consistent with the history and her development (rolling and commando crawling). As per trust policy for injuries under 1 year, CP-IS checked (no plan) and the case discussed with the paediatric registrar. Our liaison nurse has notified the health visitor.

Outcome: discharged home with a head injury advice sheet. No follow-up needed. No GP action required.
Parents advised to return to the ED if Freya vomits repeatedly, becomes drowsy or is not herself.
""", notes="Hard negative: minor head injury managed in ED with its own safeguarding checks, health visitor told by "
           "the liaison nurse, safety-netting to the ED, 'no GP action required'.")

# C15 paediatric allergy: cow's milk protein allergy; formula continued and dietitian referral made
# directly; hard negative.
pt = P("Arlo Featherstonehaugh", "835288", "2041-09-07")
letter(key="c15", prov="wcb", dept=ALLERGY, kind="clinic_letter", specialty="Paediatric Allergy",
       clinician="Dr Sunniva Hallgarth", patient=pt, ev="2042-02-25", ld="2042-02-27", sent="2042-03-03 10:20",
       fmt="pdf", subject="Paediatric allergy clinic - FEATHERSTONEHAUGH A", body=f"""
# PAEDIATRIC ALLERGY CLINIC
{idl(pt)}
Clinic date: 25/02/2042
cc: Parents; Health Visitor

Dear Dr Penhaligon

Thank you for referring Arlo, aged 5 months, with reflux, loose stools and eczema on standard formula, all of which settled after you started an extensively hydrolysed formula in December.

Skin prick test to cow's milk in clinic today was negative (0 mm). The history fits a non-IgE mediated cow's milk protein allergy.

# Plan
- Please continue to prescribe Nutramigen LGG Stage 1 as now; the quantity you are issuing is right.
- I have referred Arlo directly to the paediatric dietitian, who will guide weaning and the milk ladder from around 9 to 12 months.
- Vitamin D: parents advised to use Healthy Start vitamins.
- Review in our clinic in 6 months; the appointment will be sent to the family.

# Information for the family
If Arlo develops hives or lip swelling after a new food, give antihistamine; call 999 if he has any difficulty breathing.

Dr Sunniva Hallgarth
Consultant Paediatrician (Allergy)
""", notes="Hard negative: GP's own formula prescription to continue, dietitian referral made directly by the "
           "clinic, follow-up booked by the hospital, emergency advice to the family.")

# C16 obstetric medicine postnatal review: levothyroxine reduced and care returned to the GP; hard negative.
pt = P("Niamh Carrow-Stone", "835295", "1990-11-30")
letter(key="c16", prov="lwc", dept=OBMED, kind="clinic_letter", specialty="Obstetric Medicine",
       clinician="Dr Imogen Castellan", patient=pt, ev="2042-02-26", ld="2042-03-02", sent="2042-03-04 14:00",
       fmt="html", subject="Obstetric medicine - postnatal review - CARROW-STONE N", body=f"""
# Obstetric Medicine - Postnatal Review
{idl(pt)}
Clinic date: 26/02/2042
Baby: born 14/01/2042 by vaginal delivery, well

Dear Dr Mabry

Mrs Carrow-Stone has primary hypothyroidism. Her levothyroxine was increased in pregnancy from 100 to 150 micrograms daily. Thyroid function taken in clinic today: TSH 0.2 mU/L, free T4 22 pmol/L, slightly over-replaced now that she has delivered.

# Plan
- Levothyroxine reduced today to her pre-pregnancy dose of 100 micrograms daily; she has enough tablets at home.
- She is discharged from obstetric medicine follow-up, and the management of her hypothyroidism returns to you as before her pregnancy.

# Information for the patient
In any future pregnancy she should increase her levothyroxine by 25 micrograms daily as soon as the pregnancy test is positive, and contact the antenatal clinic for early booking.

Dr Imogen Castellan
Consultant Obstetric Physician
""", notes="Hard negative: the clinic did its own TFTs and dose change; long-term management of hypothyroidism goes "
           "back to the GP as ordinary practice work; future-pregnancy advice is for the patient.")

# C17 general paediatrics: faltering growth; letter to the health visitor with the GP in copy; hard negative.
pt = P("Mia Trevethan", "835301", "2041-06-28")
letter(key="c17", prov="wcb", dept=GENPAED, kind="clinic_letter", specialty="General Paediatrics",
       clinician="Dr Benedict Sowerby", patient=pt, ev="2042-03-03", ld="2042-03-04", sent="2042-03-06 12:15",
       fmt="html", opts={"alt": True, "header": True}, subject="Paediatric clinic - faltering growth - TREVETHAN M",
       body=f"""
# General Paediatric Clinic
{idl(pt)}
Clinic date: 03/03/2042

To: Ms Sharon Orchard, Health Visitor, Hollins Brook 0-19 team
cc: {GP_P}, {PRACTICE}; Mr and Mrs Trevethan

Dear Sharon

Thank you for referring Mia, now 8 months old, whose weight has drifted from the 50th to the 9th centile since 4 months of age. She is bright, active and developing normally, and her examination is unremarkable.

| Date | Weight | Centile |
| 30/10/2041 | 6.9 kg | 50th |
| 06/01/2042 | 7.2 kg | 25th |
| 03/03/2042 | 7.3 kg | 9th |

# Plan
- Bloods taken in clinic today: FBC, ferritin, U&Es, LFTs, TFTs and coeliac serology; urine sent for culture. I will review the results and write to the family and the GP.
- Could you please weigh Mia fortnightly at baby clinic and plot her weight in the red book.
- I have referred her to our paediatric dietitian, who will see her in about three weeks.
- I will see her again in clinic in six weeks (booked).

No GP action is needed at this stage.

Dr Benedict Sowerby
Paediatric Registrar (ST6), for Dr G Haverfield
""", notes="Hard negative: letter to the health visitor (weighing and red-book plotting asked of her); bloods taken "
           "and results to be reviewed by the clinic; dietitian referral made directly; follow-up booked.")

# D08 postnatal ward after a normal birth: everything arranged; sent 23 h 50 min after discharge; hard
# negative.
pt = P("Tamsin Oyelaran-Briggs", "835318", "1995-01-22")
letter(key="d08", prov="wcb", dept=POSTNATAL, kind="discharge_summary", specialty="Obstetrics",
       clinician="Ms Rebecca Tolliday", patient=pt, ev="2042-03-07", ev_time="10:20", ld="2042-03-07",
       sent="2042-03-08 10:10", fmt="docx", subject="Maternity discharge summary - OYELARAN-BRIGGS T", body=f"""
# MATERNITY DISCHARGE SUMMARY
{idl(pt)}
Date and time of discharge: 07/03/2042 10:20
Completed by: Ms Rebecca Tolliday, Registered Midwife, Juniper Ward

# Birth
Spontaneous vaginal birth on 06/03/2042 at 21:48 at 39+4 weeks; second-degree tear repaired with dissolvable sutures. Estimated blood loss 300 mL.
Baby: live girl, 3.41 kg; NIPE completed on 07/03/2042, normal; BCG not indicated.

# Mother
- Blood group A positive; anti-D not required. Rubella status not applicable (national screening ended).
- Medication on discharge: none needed (simple analgesia at home).

# Ongoing care
- Community midwife home visit on 08/03/2042; the newborn blood spot test will be done on day 5 by the community midwife.
- Handover to the health visitor at around 10-14 days.
- 6-8 week postnatal check for mother and baby at the GP practice as usual.

Safeguarding: no concerns; routine notification sent to the health visiting team.
""", notes="Hard negative: a straightforward postnatal discharge with all follow-up by midwives and health visitors; "
           "the 6-8 week check is ordinary practice work. Discharged 10:20 on 07/03, sent 10:10 on 08/03: 23 h "
           "50 min, on time.")

# ====================================================================== 'other' messages

other(key="o01", sent="2042-01-09 08:02", type="ooo", notes="Out-of-office reply from a community midwife team leader.",
      frm="Karen Blakemore <karen.blakemore@wrenfieldcolbrook.nhs.uk>",
      subject="Automatic reply: booking referral - Hollins Brook",
      body="Thank you for your message. I am on annual leave until Monday 20 January 2042.\n"
           "For booking referrals and urgent midwifery queries please contact the Hollins Brook community midwives "
           "on 0116 496 0390, or the Maternity Triage line out of hours.\n")
other(key="o02", sent="2042-01-20 07:30", type="html_bulletin",
      notes="Local Maternity and Neonatal System newsletter (bulk).",
      frm="Wrenfield LMNS <lmns.news@wrenfield-icb.example>", subject="LMNS Update - January 2042",
      body="<html><body><h2>Local Maternity and Neonatal System - Update</h2><p>January 2042</p><ul>"
           "<li>Vitamin D for breastfed babies: a reminder that Healthy Start vitamins are free for eligible "
           "families.</li><li>Perinatal mental health: the service now accepts self-referral from "
           "women in pregnancy and up to 24 months after birth.</li>"
           "<li>6-8 week maternal check template updated in all clinical systems.</li></ul>"
           "<p>You are receiving this because your practice is on the LMNS distribution list.</p>"
           "</body></html>\n")
other(key="o03", sent="2042-02-01 20:15", type="patient",
      notes="A mother's own e-mail about her son's melatonin; nothing to detect.",
      frm="Gemma Brocklebank <gemma.brocklebank@example.com>", subject="Alfie's sleep tablets",
      body="Hi,\n\nAlfie's paediatrician at Brightwater said the surgery might be taking over his melatonin. "
           "He only has a week left. Do I ask you or them for the next lot?\n\nThanks\nGemma (Alfie's mum)\n"
           "07700 900461\n")
other(key="o04", sent="2042-02-11 03:30", type="phish", notes="Phishing dressed as an immunisation payment notice.",
      frm="NHS Payments Team <claims@nhs-immunisation-payments.example.net>",
      subject="Immunisation claims suspended - verify practice bank details",
      body="Dear Practice Manager,\n\nYour childhood immunisation claims for Q3 have been suspended because your "
           "bank details could not be verified.\nVerify within 48 hours to avoid losing payment:\n"
           "http://nhs-immunisation-payments.example.net/verify\n\nNHS Payments Team\n")
other(key="o05", sent="2042-02-17 11:20", type="dsn", notes="Non-delivery report for an e-mail to a health visitor.",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>", subject="Undeliverable: new birth visit - Baby Osei-Lambert",
      body="Delivery has failed to these recipients or groups:\n\nhollinsbrook.healthvisitors@fennickvale-ch.nhs.uk\n"
           "The e-mail address you entered couldn't be found.\n",
      rcpt="hollinsbrook.healthvisitors@fennickvale-ch.nhs.uk")
other(key="o06", sent="2042-02-26 07:00", type="bulletin", notes="LMC newsletter (bulk) quoting request wording.",
      frm="Wrenfield and Colbrook LMC <news@wclmc.example.org>", subject="LMC Briefing - February 2042",
      body="WRENFIELD AND COLBROOK LMC BRIEFING\n\n1. Right to Choose ADHD providers: we continue to see letters "
           "saying 'GP to prescribe during titration'. Practices are not obliged to accept prescribing without a "
           "shared care agreement.\n2. Maternity: practices have asked about 'practice nurse to remove suture' "
           "requests after caesarean section.\n3. Next LMC meeting: Monday 17 March 2042.\n\n"
           "To unsubscribe, reply UNSUBSCRIBE.\n")
other(key="o07", sent="2042-03-10 10:00", type="spam", notes="Marketing from a baby-products company.",
      frm="Little Sprout Nutrition <hello@littlesprout.example.com>",
      subject="Free samples for your baby clinic",
      body="Dear Practice Team,\n\nOrder free samples of our new toddler milk and weaning pouches for your baby "
           "clinic and 6-week checks today!\n\nReply STOP to opt out.\n")
other(key="o08", sent="2042-03-12 15:00", type="massmail", notes="Trust mass mailing to all practices (bulk).",
      frm="Wrenfield and Colbrook Communications <comms@wrenfieldcolbrook.nhs.uk>",
      subject="For information: children's phlebotomy moving to Outpatients B",
      body="FOR INFORMATION - SENT TO ALL GP PRACTICES\n\nFrom Monday 24 March 2042 the children's blood test "
           "service moves to Outpatients B, Wrenfield General Hospital. Appointments are booked on 0116 496 0400. "
           "No action is needed.\n")
other(key="o09", sent="2042-03-17 12:30", type="internal", notes="Internal practice e-mail from the practice nurse.",
      frm="Claire Hesketh <claire.hesketh@nhs.net>", subject="Baby clinic Thursday - 8 week imms and checks",
      body="Hi all,\n\nThursday baby clinic has 6 babies for 8-week imms and 6-8 week checks. Dr Mabry is doing the "
           "checks. MenB stock is low; I have ordered more.\nCan reception remind parents to bring red books?\n\n"
           "Claire\nPractice Nurse\n")
other(key="o10", sent="2042-03-24 09:45", type="supplier", notes="Vaccine supplier's delivery notice.",
      frm="Vaccine Deliveries <deliveries@coldchain-vaccines.example.co.uk>",
      subject="Delivery confirmation - order 55821",
      body="Your order 55821 (MenB x 20, rotavirus oral x 10) will be delivered on Tuesday 25 March 2042 "
           "between 08:00 and 12:00.\nPlease ensure someone is available to put the vaccines in the fridge "
           "on receipt.\n")


# ====================================================================== rendering and checks

MARKING = {"wcb": "OFFICIAL-SENSITIVE: PERSONAL", "lwc": "CONFIDENTIAL - PATIENT INFORMATION",
           "fvc": "OFFICIAL-SENSITIVE", "bnp": "PRIVATE AND CONFIDENTIAL (NHS patient)"}
COLOUR = {"wcb": "#005a70", "lwc": "#8a2d6f", "fvc": "#3f6e1b", "bnp": "#1d4f91"}


def house(L: dict, p: dict) -> dict:
    """Each provider's colour and protective marking in the table-letterhead frame."""
    c = COLOUR[L["prov"]]
    return dict(heading=f'<h3 style="font-size:11pt;color:{c};margin:10px 0 4px 0">{{}}</h3>',
                cell=f'style="border:1px solid {c};padding:2px 6px;vertical-align:top"',
                font="Arial,Helvetica,sans-serif", marking=MARKING[L["prov"]],
                footer=f"{html.escape(p['name'])} - this letter was sent electronically.")


def corpus_checks(labels: list[dict], items: list[kit.Item]) -> list[str]:
    """The kit's checks plus this corpus's promises: weekdays agree with the calendar in every message; a third
    of the letters are hard negatives (and noted as such); at least two late letters of each kind; and at least
    two on-time discharge summaries sent 23 to 24 hours after discharge."""
    errors = C.checks(labels, items, urgent=(2, 3), others=10, each=kit.weekday_check(),
                      own=lambda lid, lab, _text: kit.check_notes(lid, lab))
    errors += kit.check_negatives(labels) + kit.check_late_counts(labels, 2)
    return errors + kit.check_near_limits(labels, items, day7=0, hours=2)


if __name__ == "__main__":
    sys.exit(C.run(sys.argv[1:], house=house, checks=corpus_checks, negatives="hard negatives"))
