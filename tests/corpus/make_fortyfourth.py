#!/usr/bin/env python3
"""Build the forty-fourth (independent, held-out) corpus: tests/corpus/fortyfourth/.

Style: women's and reproductive health.  Letters from gynaecology clinics and wards, an early pregnancy
assessment unit, a reproductive medicine unit and a fertility investigation clinic, a menopause clinic,
urogynaecology and pessary clinics, colposcopy, gynae-oncology follow-up, a suspected-cancer (postmenopausal
bleeding) triage, an emergency department, and a community integrated sexual health and contraception (LARC)
service.  They ask for (or, in the hard negatives, do themselves) serial hCG, day-21 progesterone, hormone
profiles, semen analysis, pelvic ultrasound, MSUs, testosterone and HRT prescribing, GnRH analogues and
relugolix, coil fitting and implant removal, ring pessary changes, suture removal after hysterectomy, colposcopy
and histology results to relay, treatment of an STI the clinic found, onward referral to urology and to a deep
implant service, pre-operative paperwork and fit notes; beside them sit letters full of ordinary GP work
(routine HRT review, green repeats, cervical screening recall) and of work the provider does itself (bloods
in its own unit, TTO supplied, district nurses arranged, shared care offered with a protocol, fit notes
issued, referrals made directly, advice aimed at the patient, safety-netting).

Four invented providers write to an invented practice, Brindlecombe Medical Practice: an acute trust with a
women's hospital (Ravensholt University Hospitals NHS Foundation Trust), a second acute trust (Fennick and
Alderbrook Hospitals NHS Trust), a community trust running the sexual health service (Caddow Community Health
NHS Trust) and an independent provider of NHS gynaecology (Maplestead Women's Clinic Ltd).  Letters come as
plain text (some typed by a clinician or secretary directly), HTML (with and without a text alternative, with
tables), PDF and DOCX attachments behind each provider's cover note, under headings such as "Plan", "Actions
for GP", "Recommendations" and "Information for the patient".  Ten messages are not letters: auto-replies, a
bounce, bulletins, a trust mass mailing, patients writing in, a phishing mail, a supplier's offer and internal
practice mail.  Every Date header falls in January to March 2043 (GMT).

Written from the category definitions alone (TAXONOMY.md and the domain README); no detector output was used.
Everything is invented; NHS numbers are 999-range with a valid Modulus 11 check digit; telephone numbers are in
Ofcom drama ranges.  The build is deterministic.

    python3 tests/corpus/make_fortyfourth.py            # build, then verify
    python3 tests/corpus/make_fortyfourth.py --verify-only
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

RAV = "Ravensholt University Hospitals NHS Foundation Trust"
FEN = "Fennick and Alderbrook Hospitals NHS Trust"
CAD = "Caddow Community Health NHS Trust"
MAP = "Maplestead Women's Clinic Ltd"
PROV = {
    "rav": dict(
        name=RAV, site="Ravensholt Women's Hospital", addr=["Coldharbour Road", "Ravensholt", "RQ4 7HD"],
        phone="0116 496 0372", domain="ravensholt.nhs.uk",
        sender="RUH Clinical Correspondence <clinical.correspondence@ravensholt.nhs.uk>",
        mailer="Ravensholt CliniDoc 6.1"),
    "fen": dict(
        name=FEN, site="Fennick General Hospital", addr=["Priory Lane", "Fennick", "FQ2 3BW"],
        phone="0131 496 0518", domain="fennick-alderbrook.nhs.uk",
        sender="FAH Letters <fah.letters@nhs.net>", mailer="FAH Dictate Outbound 2.9"),
    # A community trust: the integrated sexual health service and its contraception (LARC) clinics.
    "cad": dict(
        name=CAD, site="The Linden Centre (Integrated Sexual Health)", addr=["22 Tanner Row", "Caddow", "CQ6 1LS"],
        phone="01632 960 247", domain="caddowch.nhs.uk",
        sender="Caddow Sexual Health <caddow.sexualhealth@nhs.net>", mailer="ClinicFlow SH 4.2"),
    # An independent provider with an NHS contract: outpatient hysteroscopy and day-case gynaecology.
    "map": dict(
        name=MAP, site="Maplestead Women's Clinic (NHS Services)",
        addr=["Unit 4, Orchard Court", "Maplestead", "MQ3 9PA"],
        phone="0161 496 0894", domain="maplesteadclinic.example.co.uk",
        sender="Maplestead NHS Services <nhs.services@maplesteadclinic.example.co.uk>",
        mailer="Medinote Practice Manager 9"),
}
COVERS = {
    "rav": "{trust}\n{dept}\n\nA {doctype} is attached for your patient (document {ref}).\n\n"
           "This is an automated message from the Ravensholt correspondence service. Replies to this address are "
           "not read; please use the telephone number on the letter.\n",
    "fen": "FAH Letters\n\nDocument type: {doctype}\nDepartment: {dept}\nOrganisation: {trust}\nReference: {ref}\n\n"
           "This e-mail and its attachment are confidential and intended for the addressee only.\n",
    "cad": "Dear colleague,\n\nPlease find attached a {doctype} from the {dept}, {trust} (ref {ref}).\n"
           "The patient has consented to this letter being sent to the practice.\n\nThe Linden Centre admin team\n",
    "map": "{trust}\n{dept}\n\nDear Doctor,\n\nPlease find enclosed a {doctype} regarding your patient, seen at "
           "Maplestead under the NHS e-Referral Service (ref {ref}).\n\nKind regards\nNHS Patient Services\n",
}
PRACTICE = "Brindlecombe Medical Practice"
C = kit.Corpus("fortyfourth", "f44", f"{PRACTICE} <brindlecombe.medical@nhs.net>", PROV, cover=COVERS,
               window=("2043-01-05", "2043-03-20"), utc_hours=0)
other = C.other
idl = kit.idline
letter = kit.inline_letters(C)
head = kit.letterheads(PROV)


EPAU = "Early Pregnancy Assessment Unit"
COLP = "Colposcopy Service"
RMU = "Reproductive Medicine Unit"
RAPID = "Gynaecology Rapid Access Clinic (Suspected Cancer)"
WARD21 = "Gynaecology Ward 21"
GONC = "Gynaecological Oncology"
UROG_R = "Urogynaecology and Pessary Clinic"
GYN_R = "Gynaecology Outpatients"
MENO = "Menopause Clinic"
GYN_F = "Gynaecology Outpatients"
BRAMLEY = "Bramley Ward (Gynaecology and Day Surgery)"
UROG_F = "Urogynaecology Clinic"
ED_F = "Emergency Department"
FERT = "Fertility Investigation Clinic"
ISHS = "Integrated Sexual Health Service"
LARC = "Contraception and LARC Clinic"
HYST = "Outpatient Hysteroscopy Service"
DAY = "Day Surgery Unit (NHS patients)"
GYN_M = "Gynaecology (NHS patients)"

# ====================================================================== letters

# E01 EPAU: pregnancy of unknown location with a plateauing hCG; the 48-hour hCG passed to the practice.
pt = P("Leanne Moorcroft", "440101", "1991-04-22")
letter(key="e01", prov="rav", dept=EPAU, kind="clinic_letter", specialty="Early Pregnancy",
       clinician="Ms Abigail Threlfall", patient=pt, ev="2043-01-06", ld="2043-01-06", sent="2043-01-06 17:40",
       fmt="html", opts={"alt": True}, subject="EPAU attendance - MOORCROFT L - PUL - action required", body=f"""
# Early Pregnancy Assessment Unit - Attendance Summary
{idl(pt)}
Attended: 06/01/2043 (Tuesday), via the EPAU triage line
Seen by: Ms Abigail Threlfall, Early Pregnancy Nurse Specialist (Consultant: Miss H Okafor-Bell)

Dear Dr Ockenden

# Presentation
Two days of light PV bleeding and left iliac fossa discomfort. LMP 18/11/2042, so 7+0 weeks by dates. G2 P1 (LSCS 2039).

# Findings
TVUSS: no intrauterine or adnexal pregnancy seen; endometrium 9 mm; small amount of anechoic free fluid in the pouch of Douglas. Both ovaries normal.
Serum hCG 06/01/2043: 1,840 IU/L (04/01/2043 in ED: 1,710 IU/L). Progesterone 14 nmol/L.

# Impression
Pregnancy of unknown location with a plateauing hCG. An ectopic pregnancy has not been excluded.

# Plan
- [[tests_for_hospital: Could the practice please take a repeat serum hCG on Thursday 08/01/2043 and telephone the result to EPAU on 0116 496 0375 the same day]], so that we can decide between methotrexate and a further scan.
- Rhesus positive: anti-D not required.
- She has our written ectopic pregnancy advice and the 24-hour number for Ward 21.

# Information for the patient
If you develop severe abdominal pain, shoulder-tip pain or feel faint, go straight to the Emergency Department.

Abigail Threlfall
Early Pregnancy Nurse Specialist
""", urgent=True,
       notes="PUL with a plateauing hCG: the 48-hour hCG the unit needs for its own methotrexate decision passed to the "
             "practice: tests_for_hospital; an ectopic not yet excluded, so urgent (time-critical). Safety-netting "
             "to the patient and anti-D line are decoys.")

# C01 colposcopy: LLETZ histology the unit cannot get to the patient; the practice asked to relay it.
pt = P("Danielle Pryce", "440118", "1988-09-03")
letter(key="c01", prov="rav", dept=COLP, kind="results", specialty="Colposcopy",
       clinician="Dr Imelda Kerrigan", patient=pt, ev=None, ld="2043-01-09", sent="2043-01-09 11:20",
       fmt="pdf", subject="Colposcopy histology - PRYCE D", body=f"""
# Colposcopy Service - Histology Result
{idl(pt)}
Procedure: LLETZ under local anaesthetic, 12/12/2042 (Dr Imelda Kerrigan)
Histology reported: 05/01/2043
Letter date: 09/01/2043

Dear Dr Haddad

Result: CIN 3, completely excised. Ectocervical, endocervical and deep margins clear. No CGIN and no invasive disease.

We tried to telephone Ms Pryce on 07/01/2043 and 08/01/2043 without success, and our results letter to her has come back marked "not known at this address".
[[results_chasing: I would be grateful if someone at the practice could get in touch with her to pass on this result]] and let us know her current address.

# Follow-up
A test of cure sample (HPV test) is due 6 months after treatment, in June 2043. This can be taken at the practice in the usual way; the result comes back to us through the screening programme.

Dr Imelda Kerrigan
Consultant Gynaecologist and Lead Colposcopist
""", notes="The unit's own histology result handed to the practice to relay: results_chasing. Test of cure at the "
             "practice is ordinary cervical screening work (decoy).")

# M01 menopause clinic: testosterone (off-label for women) asked of the GP; HRT continued (ordinary).
pt = P("Fiona Gallimore", "440125", "1971-06-30")
letter(key="m01", prov="fen", dept=MENO, kind="clinic_letter", specialty="Menopause",
       clinician="Dr Catriona Velasquez-Hart", patient=pt, ev="2043-01-08", ld="2043-01-12", sent="2043-01-13 10:05",
       fmt="docx", subject="Menopause clinic letter - GALLIMORE F", body=f"""
# MENOPAUSE CLINIC
{idl(pt)}
Clinic date: 08/01/2043
Clinician: Dr Catriona Velasquez-Hart, Consultant in Menopause and Reproductive Health

Dear Dr Tennant

Thank you for asking me to see Mrs Gallimore, aged 51, who has been on HRT for 18 months (Estradot 75 micrograms twice weekly with Utrogestan 200 mg days 1-12). Her vasomotor symptoms, sleep and joint aches are much better, but she remains troubled by low sexual desire that is distressing to her and to the relationship. Estradiol level today 410 pmol/L, so her oestrogen replacement is adequate.

# Diagnosis
Hypoactive sexual desire disorder, on adequate systemic oestrogen.

# Recommendations
- Continue Estradot 75 micrograms twice weekly and Utrogestan 200 mg on days 1-12 of each cycle.
- [[hospital_only_prescribing: I would be grateful if you could prescribe Tostran 2% gel, one metered pump (10 mg testosterone) to the thigh on alternate days, which is off-label use in women]].
- We will check her total testosterone and SHBG at her review in this clinic in 3 months.
- Pelvic floor and vaginal moisturiser advice given in clinic.

Yours sincerely

Dr Catriona Velasquez-Hart
""", notes="Testosterone for women is an unlicensed (off-label) specialist treatment asked of the GP: "
             "hospital_only_prescribing. Continuing HRT is ordinary GP work; monitoring kept by the clinic (decoys).")

# F01 reproductive medicine: referral returned for primary-care work-up before it is accepted.
pt = P("Roisin Calloway", "440132", "1989-12-11")
letter(key="f01", prov="rav", dept=RMU, kind="referral_response", specialty="Reproductive Medicine",
       clinician="Dr Rohan Abernethy", patient=pt, ev=None, ld="2043-01-14", sent="2043-01-14 14:30",
       fmt="html", opts={"label_col": True}, subject="Referral outcome - Reproductive Medicine - CALLOWAY R", body=f"""
# Reproductive Medicine Unit - Referral Outcome
| Patient | {pt['name']} |
| Date of birth | {dmy(pt['dob'])} |
| NHS number | {spaced(pt['nhs_number'])} |
| Referral | e-RS, received 07/01/2043 |
| Outcome | Returned to referrer |
| Triaged by | Dr Rohan Abernethy, Subspecialty Trainee in Reproductive Medicine |

Dear Dr Ockenden

Thank you for referring Ms Calloway (33) and her partner, who have been trying to conceive for 14 months.
[[referral_returned_for_workup: We are unable to accept the referral until the following investigations have been completed by the practice and the results sent to us]]:
- mid-luteal (day 21) progesterone, timed 7 days before the expected period
- rubella immunity and a cervical screening history
- semen analysis for her partner
- confirmation that her BMI is below 30 (the referral gives 31.4)

Once these are available please send them with a new referral. Lifestyle and folic acid advice can be given in the meantime.

Dr R Abernethy
For the Reproductive Medicine Unit
""", notes="Referral returned for the practice to do tests and weight work-up first: referral_returned_for_workup "
             "(ICB fertility policies may place some initial tests in primary care; labelled as the taxonomy defines).")

# D01 independent provider day case: hysteroscopic polypectomy and Mirena; everything done by the provider.
pt = P("Joanne Whitlock", "440149", "1979-10-19")
letter(key="d01", prov="map", dept=DAY, kind="discharge_summary", specialty="Gynaecology",
       clinician="Mr Hamish Drummond", patient=pt, ev="2043-01-12", ev_time="15:40", ld="2043-01-12",
       sent="2043-01-12 18:02", fmt="pdf", subject="Day case discharge summary - WHITLOCK J", body=f"""
# Day Case Discharge Summary
{idl(pt)}
| Admitted | 12/01/2043 07:30 |
| Discharged | 12/01/2043 15:40 |
| Consultant | Mr Hamish Drummond |
| GP | Dr P Ockenden, Brindlecombe Medical Practice |
| Procedure | Hysteroscopy, endometrial polypectomy and insertion of levonorgestrel IUS (Mirena) under GA |

# Findings
Single 14 mm fundal polyp removed intact; cavity otherwise normal. IUS inserted without difficulty; threads trimmed to 3 cm.

# Medication on discharge
Paracetamol 1 g QDS and ibuprofen 400 mg TDS as required - 7 days supplied (TTO).

# Fit note
A fit note has been issued today for 3 days.

# Follow-up
- Histology of the polyp will be reviewed by Mr Drummond, who will write to Mrs Whitlock and copy the practice.
- She has been shown how to feel the IUS threads; a routine threads check is not needed.
- Her IUS is licensed for contraception for 8 years from January 2043.

# Information for the patient
If you have heavy bleeding, a temperature or an offensive discharge, please ring our day unit on 0161 496 0895 (08:00 to 20:00) or, out of hours, attend your nearest Emergency Department.

No GP action is required.

Mr H Drummond
Consultant Gynaecologist
""", notes="Hard negative: analgesia supplied, fit note issued, histology kept by the surgeon, threads check not "
             "needed; safety-netting to the patient. Discharged 15:40, sent 18:02 the same day.")

# S01 sexual health: chlamydia found by the clinic, treatment pushed to the GP because the clinic had no stock.
pt = P("Tayla Brennan", "440156", "2002-07-08")
letter(key="s01", prov="cad", dept=ISHS, kind="clinic_letter", specialty="Sexual Health",
       clinician="Dr Orla Finnegan", patient=pt, ev="2043-01-15", ld="2043-01-16", sent="2043-01-16 12:15",
       fmt="plain", opts={"from": "Orla Finnegan <orla.finnegan@nhs.net>"},
       subject="Linden Centre - treatment request - T Brennan", body=f"""
{head("cad", ISHS)}

{idl(pt)}
Seen: 15/01/2043, Caddow Outreach Clinic (Thursday evening)

Dear Dr Haddad,

Ms Brennan has consented to my writing to you.

She attended our outreach clinic with post-coital bleeding. Her vulvovaginal NAAT taken on 08/01/2043 is positive for Chlamydia trachomatis (gonorrhoea negative). Pregnancy test negative. No signs of PID on examination.

Unfortunately the outreach clinic had no doxycycline in stock last night.
[[hospital_only_prescribing: Please could you prescribe doxycycline 100 mg twice daily for 7 days for her chlamydia]] - she will ring the surgery this morning.

Partner notification is being undertaken by our health adviser, and her current partner has been offered treatment at the Linden Centre.
A test of cure is not needed unless symptoms persist. If the bleeding continues after treatment she knows to come back to us.

Kind regards

Dr Orla Finnegan
Specialty Doctor, Sexual Health
""", notes="An STI found by the clinic with its treatment pushed to the GP (the immediate need after a clinic "
             "visit): hospital_only_prescribing. Partner notification done by the clinic (decoy).")

# F02 reproductive medicine clinic: scan and progesterone for the unit's next visit; partner's varicocele.
pt = P("Priya Venkataraman", "440163", "1990-02-17")
letter(key="f02", prov="rav", dept=RMU, kind="clinic_letter", specialty="Reproductive Medicine",
       clinician="Mr Tobias Ferrand", patient=pt, ev="2043-01-20", ld="2043-01-23", sent="2043-01-26 09:30",
       fmt="pdf", subject="Reproductive Medicine clinic - VENKATARAMAN P", body=f"""
# REPRODUCTIVE MEDICINE UNIT - NEW COUPLE CLINIC
{idl(pt)}
Partner: Mr Arjun Venkataraman
Seen: 20/01/2043 by Mr Tobias Ferrand, Consultant Gynaecologist

Dear Dr Tennant

Mrs Venkataraman (32) and her husband have been trying to conceive for two years. Her cycles are 35-60 days and she has mild hirsutism; LH/FSH ratio 2.8 and testosterone 2.4 nmol/L on your bloods of 11/11/2042. Rubella immune. BMI 27.

Mr Venkataraman's semen analysis in our andrology laboratory on 20/01/2043 showed mild oligozoospermia (12 million/mL, motility normal). We will repeat it in our laboratory in 3 months.

# Impression
Probable polycystic ovary syndrome with anovulatory cycles; mild male factor.

# Plan
1. [[tests_for_hospital: Before we see them again, please could you arrange a transvaginal pelvic ultrasound and a mid-luteal progesterone in her next cycle]].
2. On examination today Mr Venkataraman has a left-sided varicocele; [[onward_referral: we would be grateful if you would refer him to the urology team for assessment]].
3. Folic acid 400 micrograms daily to continue.
4. Follow-up in the Reproductive Medicine Unit in 4 months to discuss ovulation induction.

Yours sincerely

Mr T Ferrand
""", notes="Ultrasound and progesterone the unit wants for its own next visit: tests_for_hospital; partner's "
             "varicocele found in the fertility clinic referred back via the GP: onward_referral. Repeat semen analysis "
             "kept by the unit (decoy). Clinic 20/01, sent 26/01: on time.")

# W01 gynaecology ward: TLH/BSO, suture removal and fit note pushed to the GP; summary sent two days late.
pt = P("Sharon Beddoes", "440170", "1976-03-05")
letter(key="w01", prov="fen", dept=BRAMLEY, kind="discharge_summary", specialty="Gynaecology",
       clinician="Dr Anil Varsani", patient=pt, ev="2043-01-21", ev_time="11:30", ld="2043-01-23",
       sent="2043-01-23 15:05", fmt="plain", subject="Discharge Summary - Gynaecology - BEDDOES S", body=f"""
{head("fen", BRAMLEY)}

INPATIENT DISCHARGE SUMMARY
{idl(pt)}
Consultant: Miss S Quayle
GP: Dr R Tennant, Brindlecombe Medical Practice
Completed by: Dr Anil Varsani, FY2

Admission date/time: 19/01/2043 07:15 (elective)
Discharge date/time: 21/01/2043 11:30

Procedure (19/01/2043): total laparoscopic hysterectomy and bilateral salpingo-oophorectomy for fibroids and severe endometriosis.
Uncomplicated. EBL 150 mL. Catheter out day 1, voiding normally. Hb 112 g/L on day 1.

Medication on discharge (TTO - 14 days supplied):
- Estradot 50 micrograms patch twice weekly - NEW (surgical menopause). Please continue.
- Enoxaparin 40 mg SC once daily for 28 days - supplied in full, taught to self-inject.
- Paracetamol 1 g QDS, dihydrocodeine 30 mg QDS PRN, lactulose 10 mL BD.

Actions for GP:
1. [[post_procedure_care: Please arrange for the practice nurse to remove the non-absorbable suture at the umbilical port site on day 7 to 10]].
2. [[fit_note: Please provide a fit note for 6 weeks from discharge as she works as a care assistant]].

Follow-up: telephone review by the gynaecology nurses at 6/52 (they will ring her).

Dr A Varsani FY2 for Miss S Quayle, Consultant Gynaecologist
""", late="Discharge date/time: 21/01/2043 11:30",
       notes="Suture removal after the trust's own operation passed to the practice nurse: post_procedure_care; fit "
             "note for the post-operative period asked of the GP: fit_note. Discharged 11:30 on 21/01, sent 15:05 on "
             "23/01 (about 52 h): late. Continuing the new estradiol patch is green (decoy).")

# X01 ED: bleeding in early pregnancy; EPAU booked by ED itself: hard negative.
pt = P("Chloe Rimmington", "440187", "1998-06-16")
letter(key="x01", prov="fen", dept=ED_F, kind="ed_letter", specialty="Emergency Medicine",
       clinician="Dr Kieran Moss", patient=pt, ev="2043-01-24", ld="2043-01-25", sent="2043-01-25 06:10",
       fmt="html", opts={"alt": True, "label_col": True}, subject="ED attendance - RIMMINGTON C", body=f"""
# Emergency Department Attendance
| Patient | {pt['name']} |
| DOB | {dmy(pt['dob'])} |
| NHS No | {spaced(pt['nhs_number'])} |
| Arrived | 24/01/2043 22:40 (Saturday) |
| Departed | 25/01/2043 02:05 |
| Clinician | Dr Kieran Moss, ST4 Emergency Medicine |
| GP | Dr S Haddad, Brindlecombe Medical Practice |

# Presenting complaint
PV bleeding with mild cramping, about 8 weeks pregnant (LMP 29/11/2042). First pregnancy.

# Assessment
Observations normal throughout. Abdomen soft, non-tender. Speculum: small amount of blood in the vault, cervical os closed. Urine hCG positive. Blood group O positive.

# Diagnosis
Threatened miscarriage.

# Plan
- EPAU appointment booked for Monday 26/01/2043 at 09:30 (Fennick General, Level 2); she has the appointment card.
- Anti-D not required (Rhesus positive).
- Paracetamol for pain; avoid NSAIDs.

# Information for the patient
If the bleeding becomes heavy (soaking a pad an hour), you have severe pain or you feel faint, come back to the Emergency Department or call 999.

No action is needed from the GP; this letter is for information.
""", notes="Hard negative: the ED booked the EPAU appointment itself; safety-netting addressed to the patient; "
             "for information only.")

# S02 LARC clinic: impalpable implant located deep on ultrasound; onward referral passed back to the GP.
pt = P("Megan Ostrowski", "440194", "1996-01-25")
letter(key="s02", prov="cad", dept=LARC, kind="clinic_letter", specialty="Contraception and Sexual Health",
       clinician="Dr Meera Chaudhury", patient=pt, ev="2043-01-27", ld="2043-02-02", sent="2043-02-03 16:45",
       fmt="html", opts={"alt": True}, subject="LARC clinic letter - OSTROWSKI M - implant removal", body=f"""
# Contraception and LARC Clinic
{idl(pt)}
Date seen: 27/01/2043
Clinician: Dr Meera Chaudhury, Associate Specialist and LARC Lead

Dear Dr Ockenden

Ms Ostrowski came to have her Nexplanon removed; it was fitted in 2039 and is past its licensed duration. The implant could not be felt in the left arm. Ultrasound in our clinic located it deep to the biceps fascia, close to the neurovascular bundle, so it should not be removed in a community setting.

# Plan
- She has been started on desogestrel 75 micrograms daily today and given 3 months' supply.
- Removal of a deep implant is carried out at the Ravensholt deep implant removal clinic; we are not able to refer there directly from our service.
- [[onward_referral: Could you please refer her to the deep implant removal clinic at Ravensholt Women's Hospital, enclosing a copy of this letter]].

# Information for the patient
Keep taking one desogestrel pill every day at the same time until the implant is removed and you have discussed your next method.

Dr Meera Chaudhury
""", notes="The community service asks the GP to make the onward referral it should make itself: onward_referral. "
             "Bridging pill supplied by the clinic (decoy). Seen 27/01, sent 03/02: exactly seven days, on time.")

# U01 urogynaecology DNA: discharged after one missed appointment, GP to re-refer.
pt = P("Patricia Hebblethwaite", "440200", "1954-08-14")
letter(key="u01", prov="rav", dept=UROG_R, kind="clinic_letter", specialty="Urogynaecology",
       clinician="Mr Alistair Penrose", patient=pt, ev="2043-01-29", ld="2043-01-30", sent="2043-02-02 08:50",
       fmt="plain", subject="Did not attend - Urogynaecology - HEBBLETHWAITE P", body=f"""
{head("rav", UROG_R)}

{idl(pt)}
Appointment: 29/01/2043, 10:20, Urogynaecology New Patient Clinic (Mr Alistair Penrose)
Outcome: Did not attend

Dear Dr Haddad

Mrs Hebblethwaite was referred with a feeling of a vaginal lump and voiding difficulty. She did not attend her appointment on 29/01/2043 and we have had no contact from her.
[[dna_rereferral: She has therefore been discharged back to your care and we would ask you to re-refer her if she still requires assessment]].

Yours sincerely

Mr A Penrose
Consultant Urogynaecologist
""", notes="Blanket discharge after one missed first appointment with re-referral asked of the GP: dna_rereferral. "
             "event_date is the missed appointment; sent four days later.")

# M02 menopause clinic DNA letter, short HTML.
pt = P("Karen Sillitoe", "440217", "1974-11-02")
letter(key="m02", prov="fen", dept=MENO, kind="clinic_letter", specialty="Menopause",
       clinician="Dr Nadia Pemberton", patient=pt, ev="2043-02-02", ld="2043-02-03", sent="2043-02-04 14:00",
       fmt="html", subject="Menopause Clinic - non-attendance - SILLITOE K", body=f"""
# Menopause Clinic - Non-attendance
{idl(pt)}
Appointment date: 02/02/2043 (Monday), 14:10
Clinician: Dr Nadia Pemberton, Specialty Doctor

Dear Dr Tennant

Mrs Sillitoe did not attend the Menopause Clinic today. She was referred with troublesome night sweats on HRT and a query about breakthrough bleeding.

[[dna_rereferral: Patient discharged to GP following non-attendance - please send a new referral if you feel she still needs to be seen]].

Dr N Pemberton
""", notes="Discharged after a single DNA with the GP asked to send a new referral: dna_rereferral.")

# C02 colposcopy clinic: normal colposcopy, back to screening recall: hard negative.
pt = P("Hannah Trevithick", "440224", "1993-08-29")
letter(key="c02", prov="rav", dept=COLP, kind="clinic_letter", specialty="Colposcopy",
       clinician="Ms Joy Ainsworth", patient=pt, ev="2043-02-02", ld="2043-02-05", sent="2043-02-06 10:30",
       fmt="pdf", subject="Colposcopy clinic letter - TREVITHICK H", body=f"""
# COLPOSCOPY CLINIC
{idl(pt)}
Date of colposcopy: 02/02/2043
Colposcopist: Ms Joy Ainsworth, Nurse Colposcopist

Dear Dr Haddad

Referral: HPV positive with low-grade dyskaryosis on her routine screening sample of 28/11/2042.

Colposcopic findings: transformation zone type 1, fully seen. Acetowhite change minimal, consistent with HPV effect only. No biopsy was necessary.

# Outcome
Normal colposcopy. She will be recalled for an HPV test in 12 months; the screening programme will send her an invitation and the sample can be taken at the practice as usual.

I have explained the findings to Miss Trevithick, who was reassured, and given her our written information.
No further action is needed from the practice.

Joy Ainsworth
Nurse Colposcopist, for Dr I Kerrigan
""", notes="Hard negative: normal colposcopy discharged to routine screening recall, which is ordinary general "
             "practice work; findings explained to the patient by the clinic.")


# R01 suspected-cancer (PMB) referral returned for a scan first: urgent.
pt = P("Margaret Fairhurst", "440231", "1969-05-09")
letter(key="r01", prov="rav", dept=RAPID, kind="referral_response", specialty="Gynaecology",
       clinician="Mr Daniel Ekwueme", patient=pt, ev=None, ld="2043-02-05", sent="2043-02-05 16:20",
       fmt="pdf", subject="Suspected cancer referral - triage outcome - FAIRHURST M", body=f"""
# Suspected Cancer Referral - Triage Outcome
{idl(pt)}
Referral received: 03/02/2043 (postmenopausal bleeding, suspected cancer pathway)
Triaged: 05/02/2043 by Mr Daniel Ekwueme, Consultant Gynaecologist

Dear Dr Ockenden

Thank you for referring Mrs Fairhurst, aged 73, with two episodes of postmenopausal bleeding over the last month. She is not on HRT; BMI 36; type 2 diabetes.

Our one-stop PMB clinic slots are allocated on the basis of endometrial thickness.
[[referral_returned_for_workup: The referral has been returned to you so that a transvaginal ultrasound can be requested from primary care, and she can be re-referred if the endometrial thickness is 4 mm or more]].

Please note that the two-week pathway clock stops with this response.

Mr D Ekwueme
Consultant Gynaecologist, Rapid Access Clinic
""", urgent=True,
       notes="A suspected-cancer referral refused pending a primary-care scan: referral_returned_for_workup. A "
             "suspected-cancer step that must not stall, so urgent.")

# U02 urogynaecology: ring pessary fitted; six-monthly changes passed to the practice nurse.
pt = P("Edna Pickavance", "440248", "1939-05-27")
letter(key="u02", prov="fen", dept=UROG_F, kind="clinic_letter", specialty="Urogynaecology",
       clinician="Miss Eleanor Tunstall", patient=pt, ev="2043-02-04", ld="2043-02-09", sent="2043-02-10 11:00",
       fmt="docx", subject="Urogynaecology clinic letter - PICKAVANCE E", body=f"""
# Urogynaecology Clinic
{idl(pt)}
Seen on 04/02/2043 by Miss Eleanor Tunstall, Consultant Urogynaecologist

Dear Dr Haddad

Diagnosis: stage 2 anterior and apical prolapse.
Mrs Pickavance is 83, lives alone and does not wish to consider surgery. Her main symptom is a dragging sensation by the evening.

A 72 mm ring pessary was fitted today and was comfortable on walking and coughing. She passed urine before leaving the clinic.

# Plan
- Estriol 0.1% cream, one applicatorful twice weekly, to protect the vaginal skin; please add this to her repeat prescription.
- [[post_procedure_care: We would be grateful if her pessary could be changed by your practice nurse every 6 months, with a speculum check for erosions at each change]].
- No further hospital follow-up has been arranged.

# Information for the patient
If the pessary falls out, you have bleeding or a smelly discharge, or you cannot pass urine, please contact the clinic.

Yours sincerely

Miss E Tunstall
""", notes="Ongoing pessary changes after the clinic's own fitting passed to the practice nurse: post_procedure_care "
             "(local enhanced services sometimes commission this). Vaginal oestrogen on repeat is ordinary (decoy).")

# W02 gynaecology ward: hyperemesis; only 3 days of antiemetics, low potassium to recheck; late and urgent.
pt = P("Aisha Mahmood", "440255", "1995-03-12")
letter(key="w02", prov="rav", dept=WARD21, kind="discharge_summary", specialty="Gynaecology",
       clinician="Dr Lucy Hardcastle", patient=pt, ev="2043-02-09", ev_time="17:20", ld="2043-02-10",
       sent="2043-02-11 09:45", fmt="docx", subject="Discharge summary - Ward 21 - MAHMOOD A", body=f"""
# DISCHARGE SUMMARY - GYNAECOLOGY WARD 21
{idl(pt)}
| Admitted | 06/02/2043 21:05 via EPAU |
| Consultant | Miss H Okafor-Bell |
| Completed by | Dr Lucy Hardcastle, ST3 O&G |
| GP | Dr S Haddad, Brindlecombe Medical Practice |

Date and time of discharge: 09/02/2043 at 17:20

# Diagnosis
Hyperemesis gravidarum at 10+2 weeks (PUQE 14 on admission), ketonuria 3+. Viable intrauterine singleton pregnancy on scan 07/02/2043.

# Treatment
IV fluids with potassium replacement, IV cyclizine then oral; thiamine. Tolerating diet and fluids at discharge. PUQE 6.
K+ 2.9 mmol/L on admission, 3.1 mmol/L on the morning of discharge; LFTs and TFTs normal.

# Medication on discharge
| Cyclizine 50 mg TDS oral | 3 days supplied |
| Ondansetron 4 mg BD PRN | 3 days supplied |
| Thiamine 50 mg TDS | 3 days supplied |
| Folic acid 400 micrograms OD | continue own supply |

# Actions for GP
- [[hospital_only_prescribing: Only 3 days of antiemetics have been supplied by pharmacy, so GP to continue the prescription from Thursday]].
- [[tests_for_hospital: Please recheck her U&Es within 48 hours of discharge as potassium was 3.1 mmol/L at discharge]].
- Midwife booking appointment: she has self-referred to the community midwives.

Information for the patient: if you cannot keep fluids down for 24 hours, ring Ward 21 directly on 0116 496 0381.
""", urgent=True, late="Date and time of discharge: 09/02/2043 at 17:20",
       notes="Less than 7 days' TTO with the GP asked to continue: hospital_only_prescribing; a low potassium the "
             "ward should recheck passed to the practice within 48 h: tests_for_hospital, an abnormal result needing "
             "action within days, so urgent. Discharged 17:20 on 09/02, sent 09:45 on 11/02 (40 h): late.")

# P01 independent provider: listed for sterilisation; the pre-operative questionnaire sent to the practice.
pt = P("Stacey Lomax", "440262", "1986-05-20")
letter(key="p01", prov="map", dept=GYN_M, kind="clinic_letter", specialty="Gynaecology",
       clinician="Mr Hamish Drummond", patient=pt, ev="2043-02-10", ld="2043-02-16", sent="2043-02-17 13:00",
       fmt="pdf", subject="Gynaecology clinic letter and pre-operative request - LOMAX S", body=f"""
# Gynaecology Outpatient Letter
{idl(pt)}
Clinic: 10/02/2043, Maplestead Women's Clinic
Consultant: Mr Hamish Drummond

Dear Dr Tennant

Ms Lomax (36) has completed her family and, after counselling about failure rates, regret and the alternatives (including LARC and vasectomy for her partner), wishes to proceed with laparoscopic sterilisation. She understands it is intended to be permanent. Consent form 1 signed today.

# Plan
- Listed for laparoscopic sterilisation (Filshie clips) as a day case; expected date within 8 weeks.
- She should continue her combined pill until the next period after surgery.
- Bloods (FBC, group and save) and a pregnancy test will be done by our nurses on the morning of admission.

# Pre-operative assessment
Our anaesthetic pre-assessment is by telephone and relies on information from the registered GP.
[[non_contractual_admin: Please could the practice fill in the enclosed pre-operative medical questionnaire and return it to us, together with a printed medication list and her latest blood pressure]].

Yours sincerely

Mr H Drummond
Consultant Gynaecologist
""", notes="Hospital pre-operative questionnaire sent to the practice to complete: non_contractual_admin. Pre-op "
             "bloods and pregnancy test done by the provider on the day (decoy). Clinic 10/02, sent 17/02: exactly "
             "seven days, on time.")

# U03 urogynaecology: MSU before urodynamics and a questionnaire for the practice.
pt = P("Gillian Thorogood", "440279", "1968-12-01")
letter(key="u03", prov="fen", dept=UROG_F, kind="clinic_letter", specialty="Urogynaecology",
       clinician="Miss Eleanor Tunstall", patient=pt, ev="2043-02-12", ld="2043-02-17", sent="2043-02-18 15:30",
       fmt="html", opts={"header": True}, subject="Urogynaecology clinic - THOROGOOD G", body=f"""
# Urogynaecology Clinic Letter
{idl(pt)}
Clinic date: 12/02/2043 (Thursday)
Consultant: Miss Eleanor Tunstall

Dear Dr Ockenden

# Summary
Mixed urinary incontinence, stress predominant, despite 4 months of supervised pelvic floor muscle training. No prolapse beyond the hymen. Post-void residual 40 mL on bladder scan. Urine dip in clinic: leucocytes +, nitrites negative.

# Medication
| Drug | Dose | Note |
| Solifenacin | 5 mg once daily | started by the practice; may continue |
| Mirabegron | not started | to be discussed after urodynamics |

# Plan
- Urodynamic studies before any decision about continence surgery; the urodynamics unit will send her an appointment.
- She has been given a 3-day bladder diary to fill in at home and bring to the test.
- [[tests_for_hospital: Please send an MSU before her urodynamic study, as the test cannot go ahead if she has a urinary infection]].
- [[non_contractual_admin: I attach our pre-urodynamics health questionnaire, which I would be grateful if the surgery could complete on her behalf and return to the department]].
- I have referred her directly to our specialist pelvic health physiotherapists for a further course.

Miss E Tunstall
Consultant Urogynaecologist
""", notes="A urine test the department needs before its own procedure passed to the practice: tests_for_hospital; "
             "the department's questionnaire for the surgery to complete: non_contractual_admin. Bladder diary for "
             "the patient, physiotherapy referral made directly, green solifenacin (decoys).")

# G01 endometriosis: Prostap handed to the GP without a shared-care agreement; letter typed late.
pt = P("Bethan Aldred", "440286", "1992-10-14")
letter(key="g01", prov="fen", dept=GYN_F, kind="clinic_letter", specialty="Gynaecology",
       clinician="Mr Gareth Lloyd-Ibbotson", patient=pt, ev="2043-02-03", ld="2043-02-05", sent="2043-02-19 10:10",
       fmt="plain", subject="Gynaecology clinic letter - ALDRED B", body=f"""
{head("fen", GYN_F)}

{idl(pt)}
Clinic date: 03/02/2043
Dictated: 05/02/2043  Typed: 18/02/2043

Dear Dr Tennant

Re: endometriosis - follow-up after diagnostic laparoscopy

Miss Aldred's laparoscopy on 14/11/2042 confirmed stage III endometriosis with a left endometrioma (3 cm) and rectovaginal nodularity. Her pain has not been controlled by the desogestrel pill and regular NSAIDs. She is on the waiting list for excisional surgery with the colorectal team (estimated 6 months).

PLAN
1. Leuprorelin (Prostap 3 DCS) 11.25 mg by SC injection every 3 months, with add-back HRT (Kliovance one tablet daily). The first injection was given in clinic on 03/02/2043.
2. [[shared_care_without_agreement: We would be grateful if you could take over the 3-monthly Prostap injections from the next one due in May, along with the add-back HRT and a DEXA scan if treatment goes beyond 12 months]].
3. Continue naproxen 500 mg BD with omeprazole as required for pain.
4. Review in my clinic after her surgery date is confirmed.

Yours sincerely

Mr G Lloyd-Ibbotson
Consultant Gynaecologist
""", late="Clinic date: 03/02/2043",
       notes="A GnRH analogue (amber, shared care) handed over with monitoring and no agreement offered: "
             "shared_care_without_agreement. Clinic 03/02, dictated 05/02 but sent 19/02 (16 days): late.")

# E02 EPAU: complete miscarriage, the patient does her own pregnancy test: hard negative.
pt = P("Laura Penhaligon", "440293", "1987-01-31")
letter(key="e02", prov="rav", dept=EPAU, kind="clinic_letter", specialty="Early Pregnancy",
       clinician="Miss Helena Okafor-Bell", patient=pt, ev="2043-02-19", ld="2043-02-19", sent="2043-02-19 16:55",
       fmt="html", subject="EPAU letter - PENHALIGON L", body=f"""
# Early Pregnancy Assessment Unit
{idl(pt)}
Seen: 19/02/2043 (Thursday)

Dear Dr Ockenden

Mrs Penhaligon attended with heavy bleeding and passage of tissue at 9 weeks by dates, after a scan at 7 weeks on 05/02/2043 had shown a viable pregnancy.

TVUSS today: empty uterus, endometrial thickness 8 mm, no retained products. Diagnosis: complete miscarriage.

# Plan
- No further scan is needed.
- She will do a urine pregnancy test at home in 3 weeks and ring EPAU on 0116 496 0375 if it is still positive.
- Rhesus positive: anti-D not needed.
- We have given her the Miscarriage Association leaflet and the details of our bereavement midwife.
- In a future pregnancy she can self-refer to EPAU for an early reassurance scan at 6-7 weeks.

There is nothing the practice needs to do. I have sent a copy of this letter to Mrs Penhaligon.

Miss Helena Okafor-Bell
Consultant Gynaecologist
""", notes="Hard negative: the pregnancy test is for the patient, anti-D not needed, future self-referral offered; "
             "nothing asked of the practice.")

# G02 gynaecology: goserelin, shared care offered with a protocol, hospital administering meanwhile: hard negative.
pt = P("Natalie Oduya", "440309", "1990-07-07")
letter(key="g02", prov="rav", dept=GYN_R, kind="clinic_letter", specialty="Gynaecology",
       clinician="Miss Claire Ashdown", patient=pt, ev="2043-02-16", ld="2043-02-18", sent="2043-02-20 09:00",
       fmt="html", opts={"alt": True}, subject="Gynaecology clinic letter - ODUYA N", body=f"""
# Gynaecology Outpatient Clinic
{idl(pt)}
Clinic date: 16/02/2043 (Monday)
Consultant: Miss Claire Ashdown

Dear Dr Tennant

Ms Oduya was referred by Dr Tennant last year with severe dysmenorrhoea; adenomyosis was confirmed on MRI in September 2042. The Mirena fitted in October has not helped, and she would like to try a GnRH analogue while she considers a hysterectomy.

# Plan
- Goserelin (Zoladex LA) 10.8 mg every 12 weeks with add-back HRT (tibolone 2.5 mg daily). First injection given in clinic today; tibolone supplied for 3 months.
- Our shared care agreement for GnRH analogues in gynaecology is attached. If the practice is willing to share care, please sign and return it to my secretary; until then she will continue to have her injections in our nurse-led treatment clinic, which has booked the next one.
- Co-codamol 30/500 as required can continue on repeat.
- Review in 6/12 with a DEXA scan, which we will request.

Miss C Ashdown
Consultant Gynaecologist
""", notes="Hard negative: shared care offered for the practice's agreement with a protocol, injections continued by "
             "the hospital meanwhile, DEXA requested by the hospital; green analgesia; history of an old referral.")

# G03 fibroids: relugolix combination therapy handed over without an agreement.
pt = P("Yewande Ogundipe", "440316", "1983-04-04")
letter(key="g03", prov="fen", dept=GYN_F, kind="clinic_letter", specialty="Gynaecology",
       clinician="Miss Sarah Quayle", patient=pt, ev="2043-02-24", ld="2043-03-02", sent="2043-03-03 17:30",
       fmt="docx", subject="Gynaecology clinic letter - OGUNDIPE Y", body=f"""
# GYNAECOLOGY OUTPATIENTS
{idl(pt)}
Date of clinic: 24/02/2043
Consultant: Miss Sarah Quayle

Dear Dr Haddad

Thank you for referring Mrs Ogundipe with heavy menstrual bleeding. Ultrasound on 30/01/2043 shows a bulky uterus with a 6 cm intramural and a 3 cm submucosal fibroid. Hb 98 g/L on your bloods. She has tried tranexamic acid and the Mirena (expelled).

# Impression
Symptomatic fibroids; she would like to avoid surgery for now and is considering a myomectomy next year.

# Recommendations
- Relugolix combination therapy (Ryeqo) one tablet daily, started today with a 28-day supply from our pharmacy.
- [[shared_care_without_agreement: I would be grateful if the practice could take over the prescribing of Ryeqo and monitor her blood pressure and bone density while she is on it]].
- Please continue the ferrous fumarate 210 mg BD you started, for 3 months.
- Follow-up in gynaecology clinic in 6/12.

Yours sincerely

Miss S Quayle
Consultant Gynaecologist
""", notes="A specialist-initiated medicine with monitoring passed to the GP with no shared-care agreement offered: "
             "shared_care_without_agreement (some formularies may list it otherwise). Clinic 24/02, sent 03/03: "
             "exactly seven days, on time.")

# S03 sexual health results: blood results sent to the patient via her GP.
pt = P("Jade Halloran", "440323", "2000-11-19")
letter(key="s03", prov="cad", dept=ISHS, kind="results", specialty="Sexual Health",
       clinician="Dr Orla Finnegan", patient=pt, ev=None, ld="2043-02-25", sent="2043-02-25 12:40",
       fmt="html", subject="Sexual health results - HALLORAN J", body=f"""
# Integrated Sexual Health Service - Results
{idl(pt)}
Samples taken: 18/02/2043 at the Linden Centre
Clinician: Dr Orla Finnegan

| Test | Result |
| Chlamydia / gonorrhoea NAAT (vulvovaginal swab) | Not detected |
| Trichomonas NAAT | Not detected |
| HIV 4th generation antigen/antibody | Pending |
| Syphilis serology | Pending |
| Hepatitis B surface antigen | Pending |

Dear Dr Haddad

Ms Halloran attended for a routine screen after a new partner and asked us to send her results to you.
Her swab results are negative and she has been told this by text message. The blood results are delayed because of a fault at the regional virology laboratory.
[[patient_redirected_to_gp: We have advised her to contact her GP surgery in two weeks to obtain the outstanding blood results]].

Dr O Finnegan
""", notes="The clinic's own pending results redirected to the GP for the patient to obtain: patient_redirected_to_gp. "
             "Swab results already given by the clinic (decoy).")

# W03 gynaecology ward: surgical management of miscarriage; the patient sent to the GP for a fit note.
pt = P("Kirsty McGarrigle", "440330", "1989-05-13")
letter(key="w03", prov="rav", dept=WARD21, kind="discharge_summary", specialty="Gynaecology",
       clinician="Dr Owen Pritchard", patient=pt, ev="2043-02-26", ev_time="16:00", ld="2043-02-27",
       sent="2043-02-27 15:50", fmt="plain", subject="Discharge summary - Ward 21 - MCGARRIGLE K", body=f"""
{head("rav", WARD21)}

DISCHARGE SUMMARY
{idl(pt)}
Admitted: 26/02/2043 07:30 (day case)      Discharged: 26/02/2043 16:00
Consultant: Miss H Okafor-Bell            Author: Dr Owen Pritchard, ST2
GP: Dr P Ockenden, Brindlecombe Medical Practice

Diagnosis: missed miscarriage at 11 weeks (CRL 7 mm, no fetal heart on 20/02/2043)
Procedure: surgical management of miscarriage under GA (26/02/2043); uncomplicated, EBL 100 mL

Rhesus negative - anti-D 250 IU given on the ward before discharge.
Products of conception sent for histology; we will contact her only if this shows a molar pregnancy.

Medication: none new. Paracetamol as required (own supply).

Work: she is a primary school teacher and does not feel ready to return.
[[fit_note: She has been advised to obtain a fit note from her GP for two weeks]].

Follow-up: no routine follow-up. The bereavement support midwife will phone her next week.
Advice: a urine pregnancy test in 3 weeks at home; if positive, ring Ward 21 on 0116 496 0381.

Dr O Pritchard
""", notes="The patient sent to the GP for a fit note covering the period after the trust's own procedure: fit_note. "
             "Anti-D given on the ward, histology kept by the trust (decoys). Discharged 16:00 on 26/02, sent 15:50 on "
             "27/02: 23 h 50 min, on time.")

# H01 independent provider outpatient hysteroscopy: histology left for the GP to act on; letter sent late.
pt = P("Pauline Ridsdale", "440347", "1962-09-09")
letter(key="h01", prov="map", dept=HYST, kind="clinic_letter", specialty="Gynaecology",
       clinician="Miss Astrid Holmqvist", patient=pt, ev="2043-02-11", ld="2043-02-27", sent="2043-03-02 09:20",
       fmt="pdf", subject="Outpatient hysteroscopy - RIDSDALE P", body=f"""
# Outpatient Hysteroscopy Clinic
{idl(pt)}
Clinic attended: 11/02/2043
Clinician: Miss Astrid Holmqvist, Consultant Gynaecologist
Letter typed: 27/02/2043

Dear Dr Ockenden

Indication: postmenopausal spotting on HRT (continuous combined), ultrasound endometrial thickness 7 mm.

Procedure: vaginoscopic outpatient hysteroscopy, well tolerated (pain score 3/10). A 1 cm endometrial polyp was removed with the hysteroscopic morcellator; the rest of the cavity looked atrophic. Cervix normal.

# Outcome
- Polyp sent for histology.
- [[results_chasing: The histology report will be sent to the surgery, and we would ask that you arrange any further management it indicates]].
- She can continue her HRT.
- She has been discharged from the Maplestead clinic.

Yours sincerely

Miss A Holmqvist
""", late="Clinic attended: 11/02/2043",
       notes="The provider's own histology left for the GP to review and act on: results_chasing. Clinic 11/02, sent "
             "02/03 (19 days): late.")

# N01 gynae-oncology nurse-led follow-up: patient-initiated follow-up, nothing asked: hard negative.
pt = P("Susan Brocklehurst", "440354", "1957-03-18")
letter(key="n01", prov="rav", dept=GONC, kind="clinic_letter", specialty="Gynaecological Oncology",
       clinician="Mrs Janet Colquhoun", patient=pt, ev="2043-03-04", ld="2043-03-05", sent="2043-03-06 11:45",
       fmt="docx", subject="Gynae-oncology follow-up - BROCKLEHURST S", body=f"""
# Gynaecological Oncology - Nurse-led Telephone Follow-up
{idl(pt)}
Date of telephone clinic: 04/03/2043
Clinical Nurse Specialist: Mrs Janet Colquhoun

Dear Dr Haddad

Diagnosis: endometrioid endometrial adenocarcinoma, FIGO stage IA, grade 1 (TLH and BSO, June 2040). No adjuvant treatment.

Mrs Brocklehurst is now well over two years from surgery and has no vaginal bleeding, discharge, abdominal or pelvic pain, change in bowel habit or weight loss. She is using vaginal estradiol (Vagifem 10 micrograms twice weekly) for dryness, which is safe to continue after a low-grade early-stage cancer.

# Plan
- She moves today to patient-initiated follow-up (PIFU) for the remaining three years; she has our written information and the CNS direct line, 0116 496 0390.
- If she has any vaginal bleeding she should ring the CNS team, who will arrange for her to be seen within two weeks.
- No blood tests or scans are required.

There are no actions for the GP.

Janet Colquhoun
Gynae-oncology Clinical Nurse Specialist
""", notes="Hard negative: patient-initiated follow-up run by the oncology team with its own direct line; green "
             "vaginal oestrogen continued; no actions for the GP.")

# G04 gynaecology: listed for hysteroscopy and ablation; waiting-list queries sent through the GP.
pt = P("Tracey Openshaw", "440361", "1977-04-26")
letter(key="g04", prov="fen", dept=GYN_F, kind="clinic_letter", specialty="Gynaecology",
       clinician="Mr Gareth Lloyd-Ibbotson", patient=pt, ev="2043-03-05", ld="2043-03-09", sent="2043-03-10 10:30",
       fmt="plain", opts={"from": "FAH Gynaecology Secretaries <fah.gynaesecretaries@nhs.net>"},
       subject="Clinic letter Mr Lloyd-Ibbotson - OPENSHAW T", body=f"""
{head("fen", GYN_F)}

{idl(pt)}
Seen in clinic: 05/03/2043

Dear Dr Tennant

Thank you for referring Mrs Openshaw (45) with heavy menstrual bleeding. She has had a normal pelvic ultrasound and has tried tranexamic acid and the combined pill without benefit. She does not want an IUS.

I took an endometrial (Pipelle) biopsy in clinic today; I will write to her and to you with the result.

Plan:
- Listed for hysteroscopy and endometrial ablation as a day case. The current wait is around 20 weeks.
- [[patient_redirected_to_gp: She has been asked to contact her GP practice for any updates on her admission date]].
- Please continue tranexamic acid 1 g TDS during menses in the meantime.

Yours sincerely

Dictated but not signed
Mr Gareth Lloyd-Ibbotson
Consultant Gynaecologist
""", notes="Queries about the trust's own waiting list sent through the GP: patient_redirected_to_gp. Biopsy result "
             "kept by the consultant, green tranexamic acid (decoys).")

# M03 menopause clinic: switch of HRT regimen, repeat prescribing as usual: hard negative.
pt = P("Deborah Finchley", "440378", "1970-02-22")
letter(key="m03", prov="fen", dept=MENO, kind="clinic_letter", specialty="Menopause",
       clinician="Dr Catriona Velasquez-Hart", patient=pt, ev="2043-03-09", ld="2043-03-12", sent="2043-03-13 12:00",
       fmt="html", opts={"alt": True}, subject="Menopause clinic letter - FINCHLEY D", body=f"""
# Menopause Clinic
{idl(pt)}
Clinic date: 09/03/2043 (Monday)

Dear Dr Ockenden

Mrs Finchley (53) was referred because of irregular bleeding on sequential HRT (Elleste Duet 2 mg). Her last natural period was over two years ago, so she is suitable for a continuous combined regimen. Pelvic ultrasound on 20/02/2043: endometrium 4 mm, ovaries normal. BP 128/76, BMI 25.

# Recommendations
- Stop Elleste Duet.
- Start estradiol gel (Oestrogel) 2 pumps daily with micronised progesterone (Utrogestan) 100 mg at night continuously.
- I have given her a 3-month prescription today from our outpatient pharmacy; please add both to her repeat prescription after that.
- Some irregular bleeding is common for the first 3-6 months of a continuous regimen; if it persists beyond 6 months she may be re-referred.
- Vaginal dryness: she can buy a vaginal moisturiser from a community pharmacy.
- Her annual HRT review can be done in primary care as usual. She is up to date with breast and cervical screening.

I have discharged her from the clinic.

Dr Catriona Velasquez-Hart
Consultant in Menopause and Reproductive Health
""", notes="Hard negative: routine HRT change with the clinic supplying three months; adding HRT to repeats and the "
             "annual review are ordinary GP work; re-referral only conditional.")

# W04 gynaecology ward: ovarian torsion, clips by district nurses arranged, fit note issued: hard negative.
pt = P("Emily Strickland", "440385", "2001-12-03")
letter(key="w04", prov="rav", dept=WARD21, kind="discharge_summary", specialty="Gynaecology",
       clinician="Dr Farah Siddiqui", patient=pt, ev="2043-03-12", ev_time="10:15", ld="2043-03-12",
       sent="2043-03-12 19:30", fmt="html", opts={"label_col": True}, subject="eDischarge - Ward 21 - STRICKLAND E",
       body=f"""
# Electronic Discharge Summary
| Patient | {pt['name']} |
| Date of birth | {dmy(pt['dob'])} |
| NHS number | {spaced(pt['nhs_number'])} |
| Admitted | 10/03/2043 03:20 via ED |
| Discharged | 12/03/2043 10:15 |
| Discharging clinician | Dr Farah Siddiqui, Clinical Fellow |
| Consultant | Miss C Ashdown |
| Registered GP | Dr R Tennant, Brindlecombe Medical Practice |

# Diagnosis and procedure
Right ovarian torsion with a 6 cm dermoid cyst. Emergency laparoscopy 10/03/2043: detorsion and right ovarian cystectomy, ovary conserved.

# Medication on discharge
| Paracetamol 1 g QDS | 7 days supplied |
| Ibuprofen 400 mg TDS with food | 7 days supplied |
| Microgynon 30 | continue own supply |

# Wound care
Three port sites closed with clips. The district nursing team has been asked by the ward to remove the clips at her home on day 7 (17/03/2043); the referral was sent on 11/03/2043.

# Work
A fit note for 2 weeks was issued by the ward on discharge.

# Follow-up
Gynaecology clinic in 6 weeks to discuss the histology; the appointment has been booked and she has the date.

# Information for the patient
If a wound becomes red, hot or leaks, or you develop a fever, contact Ward 21 on 0116 496 0381.
""", notes="Hard negative: clip removal arranged by the ward with the district nurses, fit note already issued, TTO "
             "supplied, histology discussed in the trust's own booked clinic. Discharged 10:15, sent 19:30 the same "
             "day.")

# F03 fertility investigation clinic: referral accepted, investigations arranged by the unit: hard negative.
pt = P("Sophie Kettlewell", "440392", "1991-06-06")
letter(key="f03", prov="fen", dept=FERT, kind="referral_response", specialty="Fertility",
       clinician="Dr Harriet Quilliam", patient=pt, ev=None, ld="2043-03-16", sent="2043-03-16 14:10",
       fmt="docx", subject="Fertility referral accepted - KETTLEWELL S", body=f"""
# Fertility Investigation Clinic - Referral Accepted
{idl(pt)}
Referral received: 09/03/2043
Reviewed by: Dr Harriet Quilliam, Consultant in Reproductive Medicine

Dear Dr Haddad

Thank you for referring Ms Kettlewell (31) and her partner, who have been trying to conceive for 18 months. Her cycles are regular; rubella immunity and her cervical screening history were included in your referral.

We have accepted the referral and arranged the following at our unit:
- day 2-5 hormone profile (FSH, LH, oestradiol), AMH and TFTs, and a mid-luteal progesterone, in our phlebotomy room;
- a transvaginal pelvic ultrasound and, if normal, a HyCoSy;
- semen analysis for her partner in our andrology laboratory on 24/03/2043 - he has been sent the sample pot and instructions.

Their first consultation will be on 21/04/2043, when we will go through the results together.
She has been advised to continue folic acid 400 micrograms daily.

Dr H Quilliam
""", notes="Hard negative: the fertility unit accepts the referral and arranges hormone profile, scan and semen "
             "analysis itself; folic acid advice aimed at the patient.")

# S04 LARC clinic: IUS fitted for contraception and HRT; nothing for the practice: hard negative.
pt = P("Rachel Amberley", "440408", "1978-08-08")
letter(key="s04", prov="cad", dept=LARC, kind="clinic_letter", specialty="Contraception and Sexual Health",
       clinician="Mrs Dawn Heslop", patient=pt, ev="2043-03-10", ld="2043-03-16", sent="2043-03-17 17:05",
       fmt="plain", subject="LARC fitting - AMBERLEY R", body=f"""
{head("cad", LARC)}

{idl(pt)}
Date of fitting: 10/03/2043
Fitted by: Mrs Dawn Heslop, Senior Sexual Health Nurse (LARC fitter)

Dear Dr Tennant

Mrs Amberley was referred by the practice last month for a levonorgestrel IUS, both for contraception and as the progestogen part of her HRT.

A Mirena 52 mg IUS was fitted today without complication (uterus sounded to 7 cm, threads cut to 3 cm). Pregnancy test negative; STI screen negative.

- It is licensed for 8 years as contraception.
- As endometrial protection with her estradiol it should be changed after 5 years, in March 2048; she can book this directly with us.
- She can continue her Evorel 50 patches as before.
- She has been shown how to check her threads; no routine follow-up appointment is needed.

If she has pelvic pain, a fever or an unusual discharge in the next three weeks she should contact us or her GP.

No action is required from the practice.

Dawn Heslop
Senior Sexual Health Nurse
""", notes="Hard negative: coil fitted by the service, changes to be booked directly with it; continuing HRT is "
             "ordinary GP work; safety-netting. Fitted 10/03, sent 17/03: exactly seven days, on time.")

# U04 pessary nurse clinic: pessary changed and next change booked by the trust: hard negative.
pt = P("Maureen Dewhurst", "440415", "1945-10-10")
letter(key="u04", prov="rav", dept=UROG_R, kind="clinic_letter", specialty="Urogynaecology",
       clinician="Mrs Brenda Shuttleworth", patient=pt, ev="2043-03-17", ld="2043-03-17", sent="2043-03-18 10:00",
       fmt="plain", subject="Pessary clinic - DEWHURST M", body=f"""
{head("rav", UROG_R)}

NURSE-LED PESSARY CLINIC
{idl(pt)}
Date of visit: 17/03/2043

Dear Dr Haddad

Mrs Dewhurst was referred by Dr Haddad last year with a uterine prolapse and has used a ring pessary since May 2042.

Today her 70 mm ring pessary was removed, cleaned and replaced. Speculum examination showed healthy vaginal walls with no erosion or ulceration. She is happy with the pessary and has no urinary or bowel symptoms.

- Next pessary change: September 2043 in this clinic; the appointment has been made and she has the date.
- Please continue her vaginal estradiol tablets (Vagifem 10 micrograms twice weekly) on repeat.
- Should she develop bleeding or discharge before then, she knows to ring the clinic on 0116 496 0386.

No GP action required.

Mrs B Shuttleworth
Urogynaecology Nurse Specialist
""", notes="Hard negative: the pessary change is done and the next one booked by the trust's own clinic; green "
             "vaginal oestrogen continued; history of last year's referral; conditional advice.")

# ====================================================================== 'other' messages

other(key="o01", sent="2043-01-07 08:05", type="ooo", notes="Automatic reply from the EPAU admin mailbox.",
      frm="EPAU Admin <epau.admin@ravensholt.nhs.uk>", subject="Automatic reply: hCG result for EPAU",
      body="Thank you for your email to the Early Pregnancy Assessment Unit administration team.\n\n"
           "This mailbox is checked once a day on weekdays. Results and clinical queries must not be sent by "
           "email: please telephone the EPAU nurses on 0116 496 0375 (08:00 to 20:00, seven days a week).\n\n"
           "Outside these hours please contact Ward 21 on 0116 496 0381.\n")
other(key="o02", sent="2043-01-19 09:00", type="html_bulletin", notes="ICB women's health hub bulletin (bulk).",
      frm="Wenmouth and Ravensholt ICB Women's Health <womenshealth@wenrav-icb.example>",
      subject="Women's Health Hub update - January 2043",
      body="<html><body><h2>Women's Health Hub update</h2><p>January 2043</p><ul>"
           "<li>LARC: the local enhanced service for coil and implant fitting continues in 2043/44; fitters need "
           "their letter of competence renewed every five years.</li>"
           "<li>Menopause: the hub's HRT prescribing guide has been updated; testosterone for women remains a "
           "specialist-initiated treatment.</li>"
           "<li>Fertility: the ICB policy now lists the tests to include with a fertility referral.</li>"
           "<li>Cervical screening: coverage in 25-49 year olds fell to 68%; please review your recall lists.</li>"
           "</ul><p>You are receiving this bulletin because your practice is on the ICB distribution list.</p>"
           "</body></html>\n")
other(key="o03", sent="2043-01-28 19:22", type="patient", notes="A patient asking for a coil removal and HRT.",
      frm="Zoe Haverford <zoe.haverford@example.com>", subject="coil out + hrt",
      body="Hi,\n\nI need my coil taking out as it's been 8 years and I think it's run out. Also the hospital "
           "menopause clinic said my GP can start me on HRT patches - can I book in with the nurse or do I need a "
           "doctor? I work shifts so afternoons are better.\n\nThanks\nZoe Haverford\n07700 900462\n")
other(key="o04", sent="2043-02-08 02:14", type="phish", notes="Phishing posing as the screening payment service.",
      frm="NHS Cervical Screening Payments <payments@csp-sampletaker.example.net>",
      subject="Sample-taker payments suspended - verify practice bank details",
      body="Dear Practice Manager,\n\nOur records show your sample-taker payments for Q3 have been suspended "
           "because of incomplete bank details. To avoid losing payment for 212 samples, confirm your details within "
           "24 hours at:\n\nhttp://csp-sampletaker.example.net/verify\n\nNHS Screening Payments Team\n")
other(key="o05", sent="2043-02-13 09:00", type="supplier", notes="A supplier's price offer.",
      frm="Medisupply Direct <offers@medisupply-direct.example.com>",
      subject="Spring offer: ring pessaries, coil insertion packs and single-use specula",
      body="Dear Practice Team,\n\nOur spring price list is attached below.\n\n- Ring pessaries, all sizes 50-100 mm: "
           "from 4.10 each\n- Sterile IUD insertion packs: 10% off orders of 20 or more\n- Single-use specula "
           "(S/M/L), box of 50: 18.50\n\nOffer ends 31 March 2043. Reply STOP to stop receiving offers.\n")
other(key="o06", sent="2043-02-23 10:02", type="dsn", notes="Non-delivery report for a reply to colposcopy.",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>", subject="Undeliverable: RE: Colposcopy histology",
      body="Delivery has failed to these recipients or groups:\n\ncolposcopy.admin@ravensholt.nhs.uk\n"
           "The email address you entered couldn't be found. Please check the recipient's email address and try "
           "to resend the message.\n", rcpt="colposcopy.admin@ravensholt.nhs.uk")
other(key="o07", sent="2043-03-04 13:10", type="internal", notes="Internal practice email between staff.",
      frm="Jenna Holroyd <jenna.holroyd@nhs.net>", subject="Thursday LARC list and smear recall",
      body="Hi all,\n\nThursday's LARC list is full: three coil fits, one coil removal and an implant change. "
           "Dr Tennant is the second person in the room.\n\nI've run the cervical screening recall report: 41 "
           "women overdue, letters going out this week. Could the GPs look at the six flagged as ceased?\n\n"
           "Also, a reminder that pessary changes at the practice are on hold until the partners decide about the "
           "new local service spec.\n\nJenna (Practice Nurse)\n")
other(key="o08", sent="2043-03-06 16:00", type="massmail", notes="Trust mass mailing to every practice (bulk).",
      frm="Fennick and Alderbrook Hospitals Communications <communications@fennick-alderbrook.nhs.uk>",
      subject="To all GP practices: new Menopause Clinic referral form",
      body="SENT TO ALL GP PRACTICES IN FENNICK AND ALDERBROOK\n\nFrom 1 April 2043 the Menopause Clinic will accept "
           "referrals only on the new e-RS form, which includes the HRT tried and the reason for referral. The form "
           "is on the referral support pages.\n\nThe clinic's advice and guidance service remains open for "
           "prescribing questions.\n\nThis is a general communication; please do not reply.\n")
other(key="o09", sent="2043-03-11 20:45", type="patient", notes="A patient's partner asking about a semen sample.",
      frm="Arjun Venkataraman <arjun.v@example.com>", subject="semen sample pot",
      body="Hello,\n\nThe fertility clinic at Ravensholt said I might need another semen test and that my wife's "
           "scan should be done through the GP. Do I drop the sample pot at your reception or at the hospital? "
           "Sorry if this is the wrong place to ask.\n\nArjun Venkataraman\n")
other(key="o10", sent="2043-03-19 07:30", type="bulletin", notes="LMC newsletter (bulk) quoting request wording.",
      frm="Ravensholt and District LMC <news@ravensholt-lmc.example.org>",
      subject="LMC Update - March 2043: women's health and the interface",
      body="RAVENSHOLT AND DISTRICT LMC UPDATE - MARCH 2043\n\n1. Interface: practices continue to report "
           "letters saying 'GP to remove sutures', 'please re-refer if still required' and 'GP to chase "
           "histology'. Our template replies are on the website.\n2. Pessary changes are not part of essential "
           "services unless your practice has signed the local service.\n3. Testosterone for women: the ICB "
           "position is that initiation stays with the menopause clinic.\n\nTo unsubscribe reply UNSUBSCRIBE.\n")


# ====================================================================== rendering and checks

MARKING = {"rav": "OFFICIAL-SENSITIVE: PERSONAL", "fen": "CONFIDENTIAL - PATIENT INFORMATION",
           "cad": "CONFIDENTIAL - SEXUAL HEALTH", "map": "PRIVATE AND CONFIDENTIAL (NHS patient)"}
COLOUR = {"rav": "#5b2a86", "fen": "#00667a", "cad": "#a8325e", "map": "#2f5d50"}


def house(L: dict, p: dict) -> dict:
    """Each provider's colour and protective marking in the table-letterhead frame."""
    c = COLOUR[L["prov"]]
    return dict(heading=f'<h3 style="font-size:11pt;color:{c};margin:10px 0 4px 0">{{}}</h3>',
                cell=f'style="border:1px solid {c};padding:3px 6px;vertical-align:top"',
                font="Arial,Helvetica,sans-serif", marking=MARKING[L["prov"]],
                footer=f"{html.escape(p['name'])}. Sent by {html.escape(p['mailer'])} to {PRACTICE}.")


def own(lid: str, lab: dict, text: str) -> list[str]:
    """This corpus's promises for each letter: a letter without findings is noted as a hard negative, an
    urgent letter says why in its notes, and one of the practice's GPs is named (addressed or in the banner)."""
    errors = kit.check_notes(lid, lab, urgent_why=True)
    if not re.search(r"\bDr (?:[PSR] )?(?:Ockenden|Haddad|Tennant)\b", text):
        errors.append(f"{lid}: letter not addressed to a Brindlecombe GP")
    return errors


def corpus_checks(labels: list[dict], items: list[kit.Item]) -> list[str]:
    """The kit's checks plus this corpus's: at least a third of the letters are hard negatives, two late
    letters of each kind, every kind of letter used, and at least two on-time letters of each kind close to
    the limit (clinic letters on the seventh day, discharge summaries 23 to 24 hours after discharge, or the
    same day), and every weekday named beside a date right in every message."""
    errors = C.checks(labels, items, urgent=(2, 3), others=10, own=own, each=kit.weekday_check())
    errors += kit.check_negatives(labels) + kit.check_late_counts(labels, 2)
    kinds = {lab["kind"] for lab in labels}
    if kinds != kit.KINDS:
        errors.append(f"kinds used: {sorted(kinds)}")
    days, hours = kit.sent_after(labels, items)
    if days.count(7) < 2:
        errors.append("fewer than two clinic letters sent on the seventh day")
    if sum(h <= 24 for h in hours) < 2:
        errors.append("fewer than two on-time discharge summaries")
    return errors


if __name__ == "__main__":
    sys.exit(C.run(sys.argv[1:], house=house, checks=corpus_checks, negatives="hard negatives"))
