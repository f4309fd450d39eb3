#!/usr/bin/env python3
"""Build the twelfth (independent) bouncebot corpus: tests/corpus/twelfth/.

Written without reference to the detection rules or to the other corpora's letters.  Everything in
here is invented: the practice (Fallowmere Health Centre), the five providers, the clinicians, the
patients, addresses, telephone numbers (Ofcom drama ranges) and NHS numbers (999 test range, valid
under Modulus 11).  Dates are April to June 2029 (Europe/London: British Summer Time, +0100,
throughout, since the clocks went forward on Sunday 25 March 2029).

Style: long narrative letters in polished British consultant prose ("Dear Colleague", "Dear Dr X"),
where the requests are buried mid-paragraph among history, examination and reasoning, often several to
a letter: some for the practice, some the hospital's own, some for the patient, with reported speech
about what other clinicians did and hypothetical advice.  Specialties: general and acute medicine,
cardiology, respiratory, endocrinology and diabetes, renal, neurology, rheumatology,
gastroenterology and hepatology, old age psychiatry, community paediatrics, obstetrics and geriatric
medicine.  Plain typed e-mails, HTML letters, PDF and DOCX attachments behind a cover e-mail.

The generic e-mail/PDF/DOCX helpers are imported from make_third.py; the letters, the message
builder, the labels and the verification are this file's own.  The build is deterministic.

    python3 tests/corpus/make_twelfth.py            # build, then verify
    python3 tests/corpus/make_twelfth.py --verify-only
"""
from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import io
import json
import random
import re
import sys
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_third import (  # noqa: E402
    collapse,
    html_doc,
    london,
    make_docx,
    make_pdf,
    nhs,
    parse_markup,
    render_plain,
    spaced,
)

OUT = HERE / "twelfth"
OUT_POLICY = email.policy.SMTP.clone(max_line_length=998)  # CRLF, header lines left unfolded
PREFIX = "twelfth"
UTC = dt.UTC
FIRST_DAY, LAST_DAY = dt.date(2029, 4, 1), dt.date(2029, 6, 30)

PRACTICE = "Fallowmere Health Centre"
PRACTICE_ADDR = "fallowmere.hc@nhs.net"
PRACTICE_TO = f"{PRACTICE} <{PRACTICE_ADDR}>"
PRACTICE_POSTAL = "Fennick Road, Fallowmere, Corvenshire FW7 3LT"

CATEGORIES = {
    "tests_for_hospital", "results_chasing", "hospital_only_prescribing",
    "shared_care_without_agreement", "fit_note", "dna_rereferral", "onward_referral",
    "post_procedure_care", "patient_redirected_to_gp", "referral_returned_for_workup",
    "non_contractual_admin", "late_discharge_summary", "late_clinic_letter",
}
KINDS = {"clinic_letter", "discharge_summary", "referral_response", "results", "ed_letter", "other"}
LABEL_KEYS = ["id", "file", "kind", "trust", "specialty", "clinician", "patient", "event_date",
              "letter_date", "expected", "urgent_clinical_action", "notes"]

SIG_ELMS = """\
--
Elmsbridge Teaching Hospitals NHS Foundation Trust
This e-mail and any attachment are confidential and may be legally privileged. If you are not the
intended recipient, please tell the sender at once and delete it; do not copy, forward or rely on it.
"""

# --------------------------------------------------------------------------- providers

PROV = {
    "elms": dict(
        name="Elmsbridge Teaching Hospitals NHS Foundation Trust",
        site="Elmsbridge General Infirmary", addr=["Cathedral Road", "Elmsbridge", "FW1 6HN"],
        phone="0116 496 0532", domain="elmsbridge-th.nhs.uk",
        sender="ETH Clinical Letters <eth.clinicalletters@nhs.net>",
        mailer="ETH Medway DocSend 7.3"),
    "grey": dict(
        name="Greywater Valley Hospitals NHS Trust",
        site="Greywater Royal Hospital", addr=["Spinners Lane", "Greywater", "FW3 2PB"],
        phone="0118 496 0714", domain="greywatervalley.nhs.uk",
        sender="GVH Outpatient Correspondence <gvh.outpatientletters@nhs.net>",
        mailer="Cerner Millennium Correspondence"),
    "brack": dict(
        name="Brackenhythe Partnership NHS Foundation Trust",
        site="Wenlowe House", addr=["Orchard Rise", "Brackenhythe", "FW5 8RD"],
        phone="0121 496 0287", domain="brackenhythe.nhs.uk",
        sender="BPFT Clinical Correspondence <bpft.letters@nhs.net>",
        mailer="RiO Correspondence 10.1"),
    "lann": dict(
        name="Lannerby Community Health NHS Trust",
        site="Tollhurst Children's Centre", addr=["Kiln Street", "Lannerby", "FW8 4AX"],
        phone="0161 496 0158", domain="lannerbych.nhs.uk",
        sender="Lannerby Community Health <lch.correspondence@nhs.net>",
        mailer="SystmOne Letters"),
    "corr": dict(
        name="Corrisdale Women's and Children's Hospital NHS Foundation Trust",
        site="Corrisdale Maternity Unit", addr=["Hartington Road", "Corrisdale", "FW9 1ES"],
        phone="0191 498 0643", domain="corrisdale-wch.nhs.uk",
        sender="CWCH Maternity Correspondence <cwch.maternity@nhs.net>",
        mailer="BadgerNet Correspondence"),
}

DOCTYPE = {"clinic_letter": "Clinic Letter", "discharge_summary": "Discharge Summary",
           "referral_response": "Referral Response", "results": "Results Letter",
           "ed_letter": "Emergency Department Letter"}


def mk_nhs(seed: int) -> str:
    """A valid 999 NHS number, deterministically from a seed."""
    x = seed
    while True:
        try:
            return nhs(f"{x % 1000000:06d}")
        except ValueError:
            x += 1


def pt(name: str, seed: int, dob: str) -> dict:
    return {"name": name, "nhs_number": mk_nhs(seed), "dob": dob}


def dmy(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def ids(p: dict) -> str:
    return f"{p['name']}, DOB {dmy(p['dob'])}, NHS {spaced(p['nhs_number'])}"


def idline(p: dict) -> str:
    return f"Patient: {p['name']}   DOB: {dmy(p['dob'])}   NHS number: {spaced(p['nhs_number'])}"


# =========================================================================== letters
# fmt: "plain" (typed e-mail body), "html" / "alt" (markup rendered as an HTML letter; alt adds a
# plain part), "pdf", "docx" (cover e-mail + attached letter).
# Markup (make_third.parse_markup): "# heading", "- bullet", "1. item", "| a | b |" table rows; each
# paragraph is written as one long line.

LETTERS: list[dict] = []


def letter(**kw):
    for k, v in (("site", None), ("opts", {}), ("exp", []), ("urgent", False), ("ev_time", None),
                 ("subject", None), ("frm", None), ("cover", None), ("headers", {})):
        kw.setdefault(k, v)
    LETTERS.append(kw)


# ---------------------------------------------------------------- Elmsbridge Teaching Hospitals

P = pt("Desmond Quarrington", 731101, "1954-07-22")
letter(
    key="e01", kind="clinic_letter", prov="elms", dept="Department of Cardiology",
    specialty="Cardiology", clinician="Dr Cornelius Amberley-Stowe", patient=P,
    event="2029-04-03", letter_date="2029-04-04", sent="2029-04-05 09:40", fmt="pdf",
    text=f"""
    Date dictated: 04/04/2029   Date typed: 04/04/2029
    Clinic: Rapid Access Arrhythmia Clinic, 03/04/2029
    Dr I Threlkeld, {PRACTICE}, {PRACTICE_POSTAL}

    Dear Dr Threlkeld,

    Re: {ids(P)}
    12 Coppice Walk, Fallowmere FW7 2QD

    # Diagnoses
    1. Persistent atrial fibrillation, CHA2DS2-VASc score 3
    2. Essential hypertension
    3. Mildly impaired left ventricular systolic function (ejection fraction 45% on echocardiography, 2027)

    Thank you for asking me to see Mr Quarrington, a retired chartered surveyor of 74, whom I met in the rapid access arrhythmia clinic on 03/04/2029. He gives a history of some eight weeks of intermittent palpitation and, more troublesome to him, a sense of running out of steam on the hill up to his allotment. You will recall that your practice nurse found him to be in an irregular rhythm at his hypertension review in February, and your colleague Dr Voss very properly started apixaban 5 mg twice daily at that point, which he should of course continue.

    His ECG in clinic confirmed atrial fibrillation with a ventricular rate of around 110 beats per minute. He has tried bisoprolol in the past and found that it left him exhausted and light-headed, and given the modest impairment of his left ventricle I felt that a rhythm-control strategy was the more attractive one. After a full discussion of the alternatives I have started amiodarone at a loading dose of 200 mg three times a day for one week, then 200 mg twice a day for one week, and the whole of the loading course was dispensed by our outpatient pharmacy before he left. With your agreement, I should be grateful if you would take over prescribing of amiodarone 200 mg once daily from the end of the loading period and arrange his thyroid and liver function tests every six months thereafter. Baseline thyroid function, liver function and a chest radiograph were all satisfactory. I have not enclosed our shared care protocol, as I understand the practice is already familiar with the drug.

    I have requested a transthoracic echocardiogram, which will be carried out here, and I intend to list him for DC cardioversion in approximately six weeks, once amiodarone has had time to take effect. I have told him to contact your surgery should he not hear about his echo appointment within six weeks, as our booking office is under some pressure at present.

    We talked at some length about the side effects of amiodarone, in particular photosensitivity, and I have advised him to use a high-factor sun cream on the allotment this summer. He asked sensibly about driving; there is no restriction in respect of his arrhythmia. I would be happy to see him again sooner if his breathlessness were to worsen before the cardioversion date.

    Yours sincerely,

    Dr Cornelius Amberley-Stowe
    Consultant Cardiologist
    cc Mr D Quarrington
    """,
    exp=[("shared_care_without_agreement",
          "With your agreement, I should be grateful if you would take over prescribing of amiodarone 200 mg once "
          "daily from the end of the loading period and arrange his thyroid and liver function tests every six "
          "months thereafter"),
         ("patient_redirected_to_gp",
          "I have told him to contact your surgery should he not hear about his echo appointment within six weeks")],
    notes="Amiodarone (amber, national SCP) handed to the GP with prescribing and monitoring, and the letter says "
          "no shared-care protocol is enclosed: 'with your agreement' is a courtesy, not an agreement process. The "
          "patient is told to chase the hospital's own echo booking through the surgery. Continuing apixaban is GP "
          "work; the echo and cardioversion are the hospital's. Sent 2 days after clinic.")

P = pt("Rosalind Ebbesen", 731212, "1961-11-02")
letter(
    key="e02", kind="clinic_letter", prov="elms", dept="Respiratory Medicine - Interstitial Lung Disease Service",
    specialty="Respiratory Medicine", clinician="Dr Fenella Castlemaine", patient=P,
    event="2029-04-10", letter_date="2029-04-17", sent="2029-04-17 17:20", fmt="plain",
    frm="CASTLEMAINE, Fenella (ELMSBRIDGE TEACHING HOSPITALS NHS FOUNDATION TRUST) <fenella.castlemaine@nhs.net>",
    subject="ILD clinic 10/04/2029 - Rosalind Ebbesen",
    text=f"""
    Dear Dr Okonjo-Baines,

    Re: {ids(P)}
    Flat 3, Linnet House, Mardle Street, Fallowmere FW7 4BS

    I saw Mrs Ebbesen in the interstitial lung disease clinic on 10/04/2029, and I must apologise that this letter is reaching you at the very end of the following week; I am typing it myself as our secretarial team is short-staffed.

    She is a 67-year-old former school librarian who gives an eighteen-month history of a dry, irritating cough and breathlessness that has gradually crept up on her, so that she now stops halfway up the stairs. She gave up smoking twenty years ago, having smoked perhaps fifteen pack-years, and rather tellingly she has kept two budgerigars in her sitting room for the past three years. Dr Hallgarth saw her in our emergency department in February with a chest infection; he arranged a chest radiograph, which showed bilateral reticular shadowing, and he very sensibly advised her to stop the nitrofurantoin that had been prescribed for recurrent urinary infections. On examination today there were fine inspiratory crackles at both bases, no clubbing, and her saturations were 95% on air at rest, falling to 90% after a short walk in the corridor.

    The differential lies principally between chronic hypersensitivity pneumonitis and a fibrotic drug-induced or idiopathic process. I have requested a high-resolution CT of the chest, which will be performed here within the next three weeks, and an autoimmune and precipitins screen was taken in clinic. In the meantime, I wonder if you could arrange spirometry and gas transfer at the surgery before I see her again, so that I have a baseline to hand when she is discussed at our multidisciplinary meeting. I have asked her to make an appointment with you to go through the CT result once it is reported, as I will not myself be seeing her again until the multidisciplinary team has discussed her in July.

    She is, understandably, reluctant to part with the birds, but we talked through the reasons and she has agreed that her daughter will rehome them. If the diagnosis does prove to be hypersensitivity pneumonitis, I would expect some improvement with antigen avoidance alone, and a course of prednisolone might then be considered; I have not started any treatment today.

    With kind regards,

    Fenella

    Dr Fenella Castlemaine MD FRCP
    Consultant Respiratory Physician, Elmsbridge General Infirmary
    Secretary: 0116 496 0547

    {SIG_ELMS}
    """,
    exp=[("tests_for_hospital",
          "I wonder if you could arrange spirometry and gas transfer at the surgery before I see her again"),
         ("patient_redirected_to_gp",
          "I have asked her to make an appointment with you to go through the CT result once it is reported"),
         ("results_chasing",
          "I have asked her to make an appointment with you to go through the CT result once it is reported")],
    notes="Consultant's own typed e-mail. Lung function wanted as the hospital's baseline for its own MDT is "
          "passed to the practice; the patient is sent to the GP for the result of the hospital's CT (both "
          "'patient redirected' and 'GP to relay a hospital-ordered result', so both categories with the same "
          "words). The ED doctor's actions are history. Sent exactly 7 days after clinic: on time.")

P = pt("Alfred Kinsella-Roe", 731323, "1948-03-30")
letter(
    key="e03", kind="discharge_summary", prov="elms", dept="Acute Medicine - Harebell Ward",
    specialty="General Medicine", clinician="Dr Tobias Wrenfield", patient=P,
    event="2029-04-09", ev_time="14:30", letter_date="2029-04-11", sent="2029-04-12 10:05", fmt="alt",
    text=f"""
    # DISCHARGE SUMMARY
    {idline(P)}
    Address: 7 Tanyard Cottages, Fallowmere FW7 5HE
    GP: Fallowmere Health Centre
    Date of admission: 05/04/2029
    Date of discharge: 09/04/2029 at 14:30
    Ward: Harebell Ward (Acute Medicine)
    Responsible consultant: Dr Tobias Wrenfield

    # Diagnoses
    - Escherichia coli urosepsis
    - Acute kidney injury, stage 2 (creatinine 212 micromol/L from a baseline of 98)
    - Background: hypertension, chronic heart failure with preserved ejection fraction, benign prostatic hyperplasia

    # Clinical narrative
    Dear Colleague,

    Mr Kinsella-Roe, an 81-year-old retired printer who lives with his wife, was brought in by ambulance after two days of fevers, rigors and confusion, having been treated by the out-of-hours service over the preceding weekend with trimethoprim. On arrival he was hypotensive at 88/50 and had a lactate of 3.1. He was treated on the sepsis pathway with intravenous fluids and piperacillin-tazobactam, and his blood cultures grew an Escherichia coli sensitive to co-amoxiclav, to which he was switched on day three. A renal tract ultrasound showed an enlarged prostate with no hydronephrosis.

    His acute kidney injury responded to fluids, and his creatinine had fallen to 131 micromol/L by the morning of discharge. Ramipril and furosemide were withheld on admission and remain on hold. I should be grateful if the practice would recheck his urea and electrolytes in one week and, provided that his creatinine has returned towards his baseline, restart the ramipril at 2.5 mg daily; the furosemide could follow if he becomes oedematous. The urine culture result was reviewed by our microbiology team before discharge and requires no further action.

    He was seen by the ward physiotherapist, who found him mobile and safe with a stick, and he has no new care needs. His wife has been given written information about the signs of sepsis and knows to call 999 should he become unwell again.

    # Medications on discharge
    | Co-amoxiclav 625 mg three times daily | five days supplied, which completes a seven-day course |
    | Tamsulosin 400 micrograms once daily | unchanged |
    | Atorvastatin 20 mg at night | unchanged |
    | Ramipril 2.5 mg once daily | WITHHELD - see narrative |
    | Furosemide 40 mg once daily | WITHHELD - see narrative |

    Dr Tobias Wrenfield
    Consultant in Acute Medicine
    Summary completed: 11/04/2029
    """,
    exp=[("tests_for_hospital",
          "I should be grateful if the practice would recheck his urea and electrolytes in one week"),
         ("late_discharge_summary", "Date of discharge: 09/04/2029 at 14:30")],
    notes="The post-AKI renal check that decides when the hospital's withheld ramipril restarts is passed to the "
          "practice mid-narrative (post-discharge monitoring the team needs). Discharge 09/04 14:30, e-mail sent "
          "12/04 10:05, about 68 hours: late. A completed antibiotic course is supplied in full.")

P = pt("Philippa Gorringe", 731434, "1957-09-14")
letter(
    key="e04", kind="clinic_letter", prov="elms", dept="Hepatology",
    specialty="Hepatology", clinician="Dr Lorcan Teasdale-Murrin", patient=P,
    event="2029-04-19", letter_date="2029-04-19", sent="2029-04-20 11:15", fmt="docx",
    text=f"""
    URGENT
    Clinic date: 19/04/2029
    Dr H Voss, {PRACTICE}, {PRACTICE_POSTAL}
    {idline(P)}

    Dear Dr Voss,

    Thank you for referring Mrs Gorringe, a 71-year-old retired pharmacy technician, whom I saw in the hepatology clinic on 19/04/2029 with a rising alkaline phosphatase. She has known non-alcoholic fatty liver disease and type 2 diabetes, and her liver tests have been mildly abnormal for several years, but the alkaline phosphatase has climbed from 180 to 540 units/L since the autumn and her bilirubin is now 38 micromol/L. She has lost about five kilograms without trying and has noticed that her skin itches at night.

    The ultrasound which our department performed on 16/04/2029 shows a 3.4 cm solid lesion in segment six with mild dilatation of the intrahepatic ducts, and her CA19-9, taken in clinic, is 410 units/mL. These findings are concerning for a cholangiocarcinoma or a metastatic deposit, and I have explained to Mrs Gorringe, with her daughter present, that we need to exclude a cancer. I have requested a triple-phase CT of the chest, abdomen and pelvis, which our radiology department will perform next week, and she knows that we will telephone her with the date. As our hepatology service does not hold the suspected-cancer pathway for hepatobiliary tumours, I should be grateful if you would make an urgent suspected-cancer referral to the hepatopancreatobiliary team at Greywater Royal Hospital this week, enclosing a copy of this letter and the ultrasound report. Should her jaundice deepen or she develop a fever in the meantime, she knows to attend our emergency department, where a biliary drainage procedure might be needed.

    Her diabetes remains well controlled on metformin, which she should continue, and I have not made any other changes to her medicines. I will see her again with the CT result in a fortnight.

    Yours sincerely,

    Dr Lorcan Teasdale-Murrin
    Consultant Hepatologist
    Direct line 0116 496 0561
    """,
    exp=[("onward_referral",
          "I should be grateful if you would make an urgent suspected-cancer referral to the "
          "hepatopancreatobiliary team at Greywater Royal Hospital this week")],
    urgent=True,
    notes="Suspected hepatobiliary cancer found by the hospital's own tests; the consultant asks the GP to make "
          "the suspected-cancer referral to another trust's HPB team instead of referring on directly (immediate "
          "need, related condition). A suspected-cancer step, so urgent_clinical_action. CT and follow-up are "
          "the hospital's; continuing metformin is GP work.")

P = pt("Winifred Aldersey", 731545, "1936-12-05")
letter(
    key="e05", kind="discharge_summary", prov="elms", dept="Department of Medicine for Older People",
    specialty="Geriatric Medicine", clinician="Dr Seraphina Holloway-Clegg", patient=P,
    event="2029-04-24", ev_time="17:45", letter_date="2029-04-25", sent="2029-04-25 16:10", fmt="pdf",
    text=f"""
    DISCHARGE SUMMARY - Medicine for Older People, Foxglove Ward
    {idline(P)}
    Date of admission: 17/04/2029
    Date of discharge: 24/04/2029 at 17:45
    Discharged to: own home (warden-assisted flat) with a package of care

    # Diagnoses
    1. Fall with scalp laceration, no fracture
    2. Delirium secondary to urinary tract infection, resolved
    3. Orthostatic hypotension (lying 146/78, standing at three minutes 112/64)

    # Narrative
    Dear Colleague,

    Mrs Aldersey, who is 92 and lives alone in a warden-assisted flat, was found on the floor of her kitchen by the warden, having probably lain there for some hours. She was confused on arrival, and a urinary infection was treated with nitrofurantoin, after which her confusion settled over three days; her scalp laceration was closed with glue in the emergency department. Our comprehensive geriatric assessment found marked orthostatic hypotension, and we have stopped her doxazosin, which we understand was started some years ago by a urologist and which she no longer needs since her catheter was removed. Were her standing blood pressure to remain low after this change, we would next consider reducing the amlodipine at her day-unit review.

    We have arranged a lying and standing blood pressure check and a repeat urea and electrolytes in the Falls and Frailty Day Unit on 02/05/2029, and the results will be reviewed by our team. Community physiotherapy and a twice-daily package of care have been arranged by the ward, and the community occupational therapist will assess her kitchen. She has been supplied with fourteen days of all her medicines. She asked whether she ought to see you about her hearing aids, which whistle; I suggested that she raise it at a routine appointment when convenient, and there is nothing urgent about it.

    Should she fall again, she and her niece know to ring our frailty hotline, which is open seven days a week, and we will see her in the day unit. No action is required from the practice at this stage.

    # Medication changes
    | Doxazosin 4 mg once daily | STOPPED - orthostatic hypotension |
    | Amlodipine 5 mg once daily | continued, for review in day unit |
    | Alendronic acid 70 mg weekly | continued |

    Dr Seraphina Holloway-Clegg
    Consultant Geriatrician
    """,
    notes="Hard negative: every action is the hospital's (day-unit bloods and BP with results reviewed by the "
          "team, therapy and care arranged, 14 days supplied, frailty hotline). The hearing-aid matter is an "
          "unrelated, non-urgent issue left to the GP's routine care; the amlodipine reduction is hypothetical "
          "and the hospital's. 'No action is required'. Sent 22 h 25 min after the stated discharge time: on time.")

P = pt("Leonard Oakeshott-Pyne", 731656, "1950-06-11")
letter(
    key="e06", kind="ed_letter", prov="elms", dept="Emergency Department",
    specialty="Emergency Medicine", clinician="Dr Caspian Thwaite", patient=P,
    event="2029-05-05", letter_date="2029-05-06", sent="2029-05-06 08:30", fmt="html",
    text=f"""
    # EMERGENCY DEPARTMENT ATTENDANCE
    {idline(P)}
    Attendance: 05/05/2029, arrived 11:52 by ambulance
    Discharged from the Clinical Decision Unit: 06/05/2029 at 07:40

    Dear Dr Threlkeld,

    Thank you for the telephone call from your duty doctor, who rang ahead when Mr Oakeshott-Pyne's routine bloods at the practice came back with a potassium of 6.8 mmol/L. This was a very helpful call and allowed us to have a bed in resus ready for him.

    On arrival his ECG showed peaked T waves without broadening of the QRS complex. He received intravenous calcium gluconate and insulin with dextrose, and a repeat potassium after six hours was 5.1 mmol/L, falling to 4.6 mmol/L this morning. The cause appears to be the combination of spironolactone, which the heart failure specialist nurses started last month, with his existing ramipril and a recent course of trimethoprim. We have stopped the spironolactone and the trimethoprim, and we have spoken to the heart failure nurse team, who will visit him at home on Thursday, take a repeat potassium at that visit and act on the result themselves.

    He feels entirely well and was keen to get home for his grandson's birthday. I appreciate that a potassium of this level is alarming, but it has been fully dealt with: no action is required from the practice, and this letter is for your information.

    Dr Caspian Thwaite
    Consultant in Emergency Medicine
    """,
    notes="Alarming-sounding hard negative: a dangerous potassium, already treated by ED, the culprit drug "
          "stopped, and the repeat test taken and acted on by the heart-failure nurses. Explicitly 'no action is "
          "required'. Not urgent for the practice.")

P = pt("Kieran Dunmore-Hale", 731767, "1983-02-17")
letter(
    key="e07", kind="discharge_summary", prov="elms", dept="Respiratory Medicine - Bluebell Ward",
    specialty="Respiratory Medicine", clinician="Dr Hugo Penhallow", patient=P,
    event="2029-05-08", ev_time="12:10", letter_date="2029-05-08", sent="2029-05-08 18:30", fmt="plain",
    subject=f"ETH Discharge Summary - Respiratory - NHS {P['nhs_number']}",
    text=f"""
    ELMSBRIDGE TEACHING HOSPITALS NHS FOUNDATION TRUST
    Elmsbridge General Infirmary, Cathedral Road, Elmsbridge FW1 6HN

    DISCHARGE SUMMARY

    Patient:      {P['name']}
    DOB:          {dmy(P['dob'])}
    NHS number:   {spaced(P['nhs_number'])}
    Admitted:     29/04/2029
    Discharged:   08/05/2029 at 12:10
    Ward:         Bluebell Ward (Respiratory)
    Consultant:   Dr Hugo Penhallow

    Dear Dr Okonjo-Baines,

    Mr Dunmore-Hale is a 46-year-old scaffolder who was admitted with a right lower lobe pneumonia complicated by a parapneumonic effusion. His CRP peaked at 310 and, because the pleural fluid had a pH of 7.1, a chest drain was inserted on the second day; the drain was removed on 05/05/2029 and its stitch was taken out on the ward before he went home. He improved steadily on intravenous and then oral antibiotics, and he was walking the ward corridor without desaturating by the end of his stay.

    The pleural fluid cultures are still pending, and our team will review them and contact him directly if the antibiotic plan needs to change. A follow-up chest radiograph has been booked for six weeks' time in the respiratory clinic, and he will receive the appointment by post.

    He is a scaffolder and will not be fit to return to work at height for at least four weeks from discharge. I have suggested to Mr Dunmore-Hale that he asks you for a fit note to cover this period, as the ward was unable to issue one before he left. He has been advised to stop smoking and was given a referral to the hospital's own tobacco dependence service, which he accepted.

    Should he become more breathless, develop fevers again or cough up blood, he knows to seek urgent medical attention.

    MEDICATION ON DISCHARGE
    Amoxicillin 1 g three times daily - 14 days supplied (completes a three-week course)
    Paracetamol 1 g four times daily when required - 14 days supplied

    Dr Hugo Penhallow, Consultant Respiratory Physician
    Dictated 08/05/2029

    {SIG_ELMS}
    """,
    exp=[("fit_note",
          "I have suggested to Mr Dunmore-Hale that he asks you for a fit note to cover this period")],
    notes="Fit note for the recovery period after a hospital admission pushed to the GP through the patient. "
          "Culture results, the follow-up X-ray and the stop-smoking referral are all the hospital's own. "
          "Sent 6 h 20 min after the stated discharge time: on time.")

P = pt("Gwendolen Strachan-Lowe", 731878, "1949-08-08")
letter(
    key="e08", kind="clinic_letter", prov="elms", dept="Respiratory Medicine - Lung Cancer Pathway",
    specialty="Respiratory Medicine", clinician="Dr Ottilie Rains-Beverley", patient=P,
    event="2029-05-15", letter_date="2029-05-15", sent="2029-05-16 09:05", fmt="html",
    text=f"""
    # Respiratory Clinic - Suspected Lung Cancer
    {idline(P)}
    Clinic date: 15/05/2029

    Dear Dr Voss,

    I saw Mrs Strachan-Lowe in the rapid-access chest clinic on 15/05/2029, following your referral after her chest radiograph showed a right upper zone opacity. She is a 79-year-old retired cook who stopped smoking in 1990, and she has had a cough and some weight loss since Christmas.

    Her staging CT, which we performed on the day of clinic, shows a 2.8 cm spiculated mass in the right upper lobe with an enlarged right hilar node, and I am afraid I had to tell her and her husband that this is very likely to be a lung cancer. I have referred her directly under the suspected-cancer pathway to the lung cancer multidisciplinary team at our own hospital, and a PET-CT and an endobronchial ultrasound have already been requested. Sister Maudie Tranter, her lung cancer nurse specialist, will contact her within 48 hours, and Mrs Strachan-Lowe has her direct number; I have asked her to ring Sister Tranter rather than the surgery with any questions while the tests are under way.

    She was shocked, as anyone would be, but she was well supported by her husband. No action is needed from the practice at this stage, though I thought you would want to know promptly; I will write again after the multidisciplinary meeting.

    Dr Ottilie Rains-Beverley
    Consultant Respiratory Physician
    """,
    notes="Alarming-sounding hard negative: probable lung cancer, but the hospital has made the "
          "suspected-cancer referral itself, requested the staging and given the patient her own nurse "
          "specialist to call instead of the surgery. 'No action is needed'. Not urgent for the practice. Sent the "
          "next day.")

P = pt("Ashok Rendlesham", 731989, "1979-10-25")
letter(
    key="e09", kind="referral_response", prov="elms", dept="Gastroenterology",
    specialty="Gastroenterology", clinician="Dr Benedict Rawcliffe", patient=P,
    event=None, letter_date="2029-05-21", sent="2029-05-21 14:00", fmt="plain",
    subject=f"Referral triage outcome - Gastroenterology - {P['name']}",
    text=f"""
    Elmsbridge Teaching Hospitals NHS Foundation Trust - Gastroenterology referral triage

    Dear Dr Threlkeld,

    Re: {ids(P)}
    e-Referral UBRN 0004 7731 2209

    Thank you for your routine referral of Mr Rendlesham, who is 49 and has had four months of intermittent epigastric discomfort and bloating, made worse by late meals, with no dysphagia, vomiting, anaemia or weight loss. You mention that he has taken over-the-counter omeprazole with partial relief, and that his full blood count and liver tests in March were normal.

    I have reviewed the referral in our triage but have not accepted it for clinic at present. Might I suggest that you check a stool Helicobacter pylori antigen, treat if positive, and give a further eight weeks of full-dose lansoprazole; if his symptoms persist despite this, I would be happy to reconsider a re-referral with the result. His referral has been closed on our system and he will not be contacted by our booking team.

    Of course, were he to develop any alarm features, he should be referred on the suspected-cancer pathway for an urgent gastroscopy in the usual way.

    With best wishes,

    Dr Benedict Rawcliffe
    Consultant Gastroenterologist

    {SIG_ELMS}
    """,
    exp=[("referral_returned_for_workup",
          "Might I suggest that you check a stool Helicobacter pylori antigen, treat if positive, and give a "
          "further eight weeks of full-dose lansoprazole")],
    notes="Referral rejected at triage and closed, with work-up and a treatment trial sent back to the GP before "
          "re-referral. Judgement call: test-and-treat for uncomplicated dyspepsia is often primary-care work, "
          "but by the taxonomy a returned referral asking the GP to do work-up first is the category. The "
          "alarm-features sentence is hypothetical advice.")

P = pt("Josephine Fairweather-Lund", 732090, "1952-01-19")
letter(
    key="e10", kind="clinic_letter", prov="elms", dept="Gastroenterology",
    specialty="Gastroenterology", clinician="Dr Imelda Carrow", patient=P,
    event="2029-05-29", letter_date="2029-05-31", sent="2029-06-01 12:25", fmt="pdf", opts={"twocol": True},
    text=f"""
    Dr R Okonjo-Baines, {PRACTICE}, {PRACTICE_POSTAL}

    Clinic date: 29/05/2029
    {idline(P)}

    Dear Dr Okonjo-Baines,

    Many thanks for referring Mrs Fairweather-Lund, whom I saw in the lower gastrointestinal clinic on 29/05/2029. She is a 77-year-old retired magistrate with a mechanical mitral valve replacement on warfarin, and she describes four months of looser, more frequent stools and tiredness. You found her to have an iron-deficiency anaemia with a haemoglobin of 96 g/L and a faecal immunochemical test of 140 micrograms/g, and you quite rightly started ferrous fumarate, which has already lifted her haemoglobin to 104 g/L and which she should continue for the time being. Abdominal and rectal examination were unremarkable.

    We discussed the need for a colonoscopy to exclude a colorectal cancer, and I have listed her for the procedure on 12/06/2029; the bowel preparation and instructions will be posted to her by our endoscopy unit. Because of her valve, our anticoagulation nurses will contact her directly to plan low molecular weight heparin bridging around the procedure. Our endoscopy unit requires a pre-procedure health questionnaire for every patient on an anticoagulant, and I enclose a copy; I should be grateful if the practice would complete it with her current medication, co-morbidities and most recent INR results and return it to the endoscopy unit before the procedure.

    Should the colonoscopy prove normal, I would be inclined to arrange a gastroscopy and small-bowel biopsies here to complete the investigation of her anaemia. I would be happy to see her again after the procedures, and she knows to ring my secretary on 0116 496 0578 with any questions about her appointments.

    Yours sincerely,

    Dr Imelda Carrow
    Consultant Gastroenterologist
    """,
    exp=[("non_contractual_admin",
          "I should be grateful if the practice would complete it with her current medication, co-morbidities "
          "and most recent INR results and return it to the endoscopy unit before the procedure")],
    notes="The hospital's own pre-procedure questionnaire handed to the practice to fill in (hospital paperwork). "
          "Colonoscopy, bowel prep, bridging and any further tests are the hospital's; continuing the GP's own iron "
          "is GP work; queries go to the secretary. Sent 3 days after clinic.")

P = pt("Reginald Thackwray", 732101, "1941-05-03")
letter(
    key="e11", kind="discharge_summary", prov="elms", dept="Cardiology - Cardiac Day Unit",
    specialty="Cardiology", clinician="Dr Priyanka Aldous-Wynn", patient=P,
    event="2029-06-05", ev_time="15:00", letter_date="2029-06-05", sent="2029-06-05 19:20", fmt="docx",
    text=f"""
    DAY CASE DISCHARGE SUMMARY - PERMANENT PACEMAKER IMPLANTATION
    {idline(P)}
    Date of procedure: 05/06/2029
    Date of discharge: 05/06/2029 at 15:00
    Operator: Dr Priyanka Aldous-Wynn, Consultant Cardiologist

    Dear Colleague,

    Mr Thackwray, an 88-year-old retired farrier, was referred from our emergency department last week with two episodes of syncope and was found to be in complete heart block. Today he underwent uncomplicated implantation of a dual-chamber permanent pacemaker through the left cephalic vein, under local anaesthetic and with intravenous antibiotic prophylaxis. A check of the device before discharge showed satisfactory sensing and thresholds, and the chest radiograph showed no pneumothorax.

    The wound has been closed with absorbable sutures, reinforced with Steri-Strips, and covered with a waterproof dressing. I would be grateful if the practice nurse could check the wound at seven to ten days and remove the Steri-Strips and dressing at that visit. He has been asked not to lift his left arm above shoulder height for four weeks.

    His first pacing check has been booked in our device clinic for six weeks' time and the appointment letter was handed to him. He has been told that he must not drive for one week, and he is aware of the need to inform the DVLA. His clopidogrel was withheld for five days before the procedure and may be restarted tomorrow; he has plenty at home.

    Dr Priyanka Aldous-Wynn
    Consultant Cardiologist
    """,
    exp=[("post_procedure_care",
          "I would be grateful if the practice nurse could check the wound at seven to ten days and remove the "
          "Steri-Strips and dressing at that visit")],
    notes="Wound review after a device implant passed to the practice nurse (aftercare of the team's own "
          "procedure). Device check, driving advice and clopidogrel restart are handled. Sent 4 h 20 min after "
          "discharge: on time.")

P = pt("Beatrix Holroyd-Kemp", 732212, "1958-04-27")
letter(
    key="e12", kind="clinic_letter", prov="elms", dept="Department of Cardiology - Syncope Clinic",
    specialty="Cardiology", clinician="Dr Cornelius Amberley-Stowe", patient=P,
    event="2029-06-12", letter_date="2029-06-12", sent="2029-06-12 16:45", fmt="plain",
    frm="AMBERLEY-STOWE, Cornelius (ELMSBRIDGE TEACHING HOSPITALS NHS FOUNDATION TRUST) <c.amberley-stowe@nhs.net>",
    subject=f"URGENT - prolonged QT - {P['name']} - please read today",
    headers={"Importance": "High", "X-Priority": "1"},
    text=f"""
    Dear Dr Voss,

    Re: {ids(P)}

    I saw Mrs Holroyd-Kemp in the syncope clinic this afternoon, 12/06/2029, and I am writing straight away rather than waiting for the typed letter.

    She has had three brief blackouts over the past month, each preceded by a fluttering sensation, one of them while she was standing at the sink. Her ECG today shows sinus rhythm with a QTc of 521 ms, against 438 ms on a tracing from 2026. She has taken citalopram 40 mg daily for some years, prescribed by the practice, and she tells me that she was given ondansetron by the out-of-hours service last week for a stomach upset; her potassium in clinic was 3.2 mmol/L.

    I have given her oral potassium in clinic, told her to stop the ondansetron, and arranged a repeat ECG and potassium in our cardiac investigations unit on Friday, together with a 48-hour Holter monitor. I should be grateful if you would review her citalopram today with a view to stopping it or switching to sertraline, which carries less risk to the QT interval; the prescription is yours, and she is keen that her mood is looked after by the practice team who know her well. I would rather not make the change myself without a conversation about her depression, which has been difficult in the past.

    She knows to call 999 if she has a further blackout. I will write formally after Friday's tests.

    With thanks,

    Cornelius

    Dr Cornelius Amberley-Stowe
    Consultant Cardiologist

    {SIG_ELMS}
    """,
    urgent=True,
    notes="Urgent flag with no category: a dangerous QT-prolonging combination needing same-day action, and the "
          "drug is the practice's own long-term prescription, so reviewing it is ordinary GP work. The hospital "
          "does its own repeat ECG, potassium and Holter. Sent the day of clinic.")

# ---------------------------------------------------------------- Greywater Valley Hospitals

P = pt("Godfrey Pemberton-Ash", 732323, "1955-09-09")
letter(
    key="g01", kind="clinic_letter", prov="grey", dept="Renal Medicine - Low Clearance Clinic",
    specialty="Renal Medicine", clinician="Dr Marcus Ilesworth-Penn", patient=P,
    event="2029-04-16", letter_date="2029-04-27", sent="2029-04-30 10:20", fmt="html",
    text=f"""
    # Renal Medicine - Low Clearance Clinic
    Clinic date: 16/04/2029
    Typed: 27/04/2029
    {idline(P)}
    Address: 44 Ropewalk, Fallowmere FW7 1AA

    Dear Dr Okonjo-Baines,

    I reviewed Mr Pemberton-Ash in the low clearance clinic together with his wife. He is 73 and has chronic kidney disease stage G4 attributed to diabetic nephropathy, with an eGFR that has drifted from 24 to 19 mL/min/1.73m2 over the past year. He remains determined to avoid dialysis for as long as possible, and he has begun, with our kidney care nurse, to think about which form of dialysis would suit him should it become necessary.

    His principal complaint is of fatigue, and his haemoglobin has fallen to 92 g/L. His ferritin is now 310 micrograms/L after the intravenous iron he received in our renal day unit in March, so iron deficiency is no longer the explanation, and I have decided to start an erythropoiesis-stimulating agent. I'd be obliged if the practice would prescribe darbepoetin alfa 40 micrograms subcutaneously every two weeks, and our renal anaemia nurse will visit to teach him to self-inject. Could I ask you also to check his haemoglobin and ferritin four weeks after the first dose, so that we can judge whether the dose needs adjusting? His blood pressure was 138/76, which is acceptable, and his other medicines are unchanged.

    I have referred him directly to our vascular access surgeons so that a fistula can be planned in good time, and he will be seen again in this clinic in three months with blood tests taken on the day. I would be happy to see him sooner if his wife notices increasing breathlessness or ankle swelling.

    Yours sincerely,

    Dr Marcus Ilesworth-Penn
    Consultant Nephrologist
    """,
    exp=[("hospital_only_prescribing",
          "I'd be obliged if the practice would prescribe darbepoetin alfa 40 micrograms subcutaneously every two weeks"),
         ("tests_for_hospital",
          "Could I ask you also to check his haemoglobin and ferritin four weeks after the first dose"),
         ("late_clinic_letter", "Clinic date: 16/04/2029")],
    notes="An erythropoiesis-stimulating agent (red, renal-only) for the GP to prescribe, and the initial response "
          "monitoring of the drug the hospital is starting passed to the practice. Clinic 16/04, e-mail 30/04: "
          "14 days, late. The vascular access referral and the next clinic are the hospital's.")

P = pt("Delphine Ormerod", 732434, "1966-02-12")
letter(
    key="g02", kind="clinic_letter", prov="grey", dept="Diabetes and Endocrinology",
    specialty="Diabetes", clinician="Dr Ruth Ashdown-Vale", patient=P,
    event="2029-04-23", letter_date="2029-04-24", sent="2029-04-26 13:40", fmt="plain",
    subject=f"GVH Clinic Letter - Diabetes - {P['name']}",
    text=f"""
    Greywater Valley Hospitals NHS Trust
    Diabetes Centre, Greywater Royal Hospital, Spinners Lane, Greywater FW3 2PB

    Dear Dr Threlkeld,

    Re: {ids(P)}
    Seen: 23/04/2029, Diabetes Clinic

    It was a pleasure to see Mrs Ormerod again, and to find her so much happier with her diabetes than when we first met a year ago. You will remember that she was referred with an HbA1c of 86 mmol/mol despite metformin and gliclazide; we added basal insulin, she completed our structured education course in the autumn, and with a good deal of effort on her part she has lost six kilograms. Her HbA1c last week was 58 mmol/mol, she has had no hypoglycaemia, and her glucose sensor shows that she is in range for nearly three-quarters of the day.

    Please continue her current regimen of insulin glargine 24 units at night, metformin 1 g twice daily and gliclazide 80 mg in the morning. Her next HbA1c can simply be done at her annual diabetes review at the practice, and her retinal screening, which is up to date, will continue through the local programme. Our diabetes specialist nurse will telephone her in a fortnight to look over her sensor downloads one last time.

    We will not be arranging further follow-up in the diabetes clinic; should her HbA1c rise above 75 mmol/mol despite the measures above, she will need re-referral, and we would be very glad to see her. I would also be happy to see her again if hypoglycaemia were to become a problem.

    With kind regards,

    Dr Ruth Ashdown-Vale
    Consultant in Diabetes and Endocrinology
    """,
    notes="Hard negative: discharge back to routine primary-care diabetes management. Continuing green "
          "medicines and the annual review HbA1c are GP work; the nurse's call is the hospital's; 're-referral "
          "if HbA1c rises' and 'happy to see her' are conditional, not requests to act now. Sent 3 days after "
          "clinic.")

P = pt("Enid Falconbridge", 732545, "1947-10-30")
letter(
    key="g03", kind="results", prov="grey", dept="Endocrinology",
    specialty="Endocrinology", clinician="Dr Solveig Hartridge", patient=P,
    event="2029-04-30", letter_date="2029-05-03", sent="2029-05-03 16:50", fmt="plain",
    frm="HARTRIDGE, Solveig (GREYWATER VALLEY HOSPITALS NHS TRUST) <solveig.hartridge@nhs.net>",
    subject=f"URGENT abnormal result - calcium 3.41 - {P['name']}",
    headers={"Importance": "High"},
    text=f"""
    Dear Colleague,

    Re: {ids(P)}
    2 Sedge Lane, Fallowmere FW7 6PL. Home 0118 496 0799, mobile 07700 900 418.

    I saw Mrs Falconbridge in the endocrine clinic on 30/04/2029 for review of her primary hyperparathyroidism; you will recall that she was waiting to hear from the parathyroid surgeons and that she had declined cinacalcet last year. The bloods we took in clinic have only now been reported, owing to a fault in our laboratory interface, and her adjusted calcium is 3.41 mmol/L, up from 2.89 a month ago, with an eGFR that has fallen from 55 to 38.

    This level needs assessment and intravenous fluids today. I have tried her home number three times this afternoon and left a message, and her mobile goes unanswered. I should be grateful if you would contact her today and arrange for her to attend the Acute Medical Unit at Greywater Royal Hospital this evening; the medical registrar on call, Dr Amos Fentiman, is aware and expecting her, and can be reached through switchboard on 0118 496 0700.

    I will let the surgeons know, as this will certainly expedite her parathyroidectomy.

    With many thanks,

    Solveig Hartridge
    Dr Solveig Hartridge, Consultant Endocrinologist
    Greywater Royal Hospital
    """,
    exp=[("results_chasing",
          "I should be grateful if you would contact her today and arrange for her to attend the Acute Medical "
          "Unit at Greywater Royal Hospital this evening")],
    urgent=True,
    notes="A dangerous result from the hospital's own clinic bloods: the consultant asks the practice to relay it "
          "and act on it (contact the patient, send her to AMU). That is results_chasing by the taxonomy, but "
          "it is time-critical, so urgent_clinical_action; a bounce must not delay it.")

P = pt("Tabitha Merriweather", 732656, "1975-05-21")
letter(
    key="g04", kind="clinic_letter", prov="grey", dept="Endocrinology - Thyroid Clinic",
    specialty="Endocrinology", clinician="Dr Solveig Hartridge", patient=P,
    event="2029-05-09", letter_date="2029-05-10", sent="2029-05-11 10:30", fmt="docx",
    text=f"""
    Thyroid Clinic, Greywater Royal Hospital
    Clinic date: 09/05/2029
    {idline(P)}
    Dr H Voss, {PRACTICE}, {PRACTICE_POSTAL}

    Dear Dr Voss,

    I saw Ms Merriweather, a 54-year-old florist, for the second time in the thyroid clinic, following your referral last year with a palpable nodule in the right lobe of the thyroid and symptoms that we now know were due to a painless thyroiditis.

    The ultrasound performed here in March showed a 14 mm nodule with U3 features, and the fine-needle aspiration that followed was reassuringly benign (Thy2). Her thyroiditis has left her hypothyroid, and she has been taking levothyroxine 75 micrograms daily, on which her TSH is now 3.9 mU/L and she feels a little sluggish. I leave it in your hands to titrate her levothyroxine to keep the TSH in the lower half of the reference range.

    The British Thyroid Association guidance would support a single repeat ultrasound in about twelve months to confirm that the nodule is stable. I have not arranged the repeat ultrasound as I think this is best done locally, and she knows to expect it next spring. We will not be arranging further follow-up in the thyroid clinic; should the nodule have grown by more than a fifth, she will need re-referral.

    She asked me whether her daughter should be tested; I explained that there is no inherited element to her condition and no need.

    Yours sincerely,

    Dr Solveig Hartridge
    Consultant Endocrinologist
    """,
    exp=[("tests_for_hospital",
          "I have not arranged the repeat ultrasound as I think this is best done locally")],
    notes="Judgement call: the surveillance ultrasound belongs to the endocrinologist's nodule plan, and the "
          "letter leaves it to the practice by saying it has not been arranged ('best done locally'), an implicit "
          "request. Titrating levothyroxine is ordinary GP work; 're-referral if it grows' is conditional. Sent "
          "2 days after clinic.")

P = pt("Callum Inchbald", 732767, "1991-12-08")
letter(
    key="g05", kind="clinic_letter", prov="grey", dept="Neurology",
    specialty="Neurology", clinician="Dr Augustin Merrilees", patient=P,
    event="2029-05-02", letter_date="2029-05-03", sent="2029-05-10 15:30", fmt="pdf",
    text=f"""
    Department of Neurology, Greywater Royal Hospital
    Clinic date: 02/05/2029   Dictated: 03/05/2029
    {idline(P)}

    Dear Dr Okonjo-Baines,

    Thank you for referring Mr Inchbald, a 37-year-old software tester, who came to the first seizure clinic with his partner. Since February he has had two generalised tonic-clonic seizures, the first on waking after a late night and the second at his desk, each witnessed and each followed by an hour or so of confusion. His partner also describes brief morning jerks of the arms which cause him to spill his coffee. There is no relevant past or family history, he drinks modestly and uses no recreational drugs, and his neurological examination was normal.

    The story is strongly suggestive of juvenile myoclonic epilepsy presenting late, and the routine EEG we performed in February shows generalised polyspike-and-wave discharges. Having discussed the options at some length, and with valproate unsuitable for reasons we talked through, we agreed on levetiracetam. Our clinic does not have an outpatient pharmacy on Wednesday afternoons, so perhaps you could issue the first prescription and start levetiracetam 250 mg twice daily for two weeks, increasing to 500 mg twice daily thereafter, as soon as you receive this letter. I have warned him about irritability and low mood, which occasionally occur with this drug.

    I have requested an MRI of the brain on our epilepsy protocol, which will be performed here, and I will write to him and to you with the result. Our epilepsy nurse specialist, Mr Joel Abernethy, will telephone him within the month. I have explained that he must not drive and must notify the DVLA, and we discussed sensible precautions around bathing and heights. I would be happy to see him again sooner if the seizures continue once he is established on treatment.

    Yours sincerely,

    Dr Augustin Merrilees
    Consultant Neurologist
    """,
    exp=[("hospital_only_prescribing",
          "perhaps you could issue the first prescription and start levetiracetam 250 mg twice daily for two "
          "weeks, increasing to 500 mg twice daily thereafter"),
         ("late_clinic_letter", "Clinic date: 02/05/2029")],
    notes="The neurologist initiates an antiepileptic and titration but supplies nothing, asking the GP to start "
          "it: specialist initiation and the immediate post-clinic need are the provider's. Clinic 02/05, e-mail "
          "10/05: 8 days, just late (the stated dictation date does not count).")

P = pt("Lavinia Crossthwaite", 732878, "1969-03-16")
letter(
    key="g06", kind="clinic_letter", prov="grey", dept="Neurology",
    specialty="Neurology", clinician="Dr Augustin Merrilees", patient=P,
    event=None, letter_date="2029-05-25", sent="2029-05-25 12:00", fmt="plain",
    subject=f"GVH Neurology - did not attend - {P['name']}",
    text=f"""
    Greywater Valley Hospitals NHS Trust - Department of Neurology

    Dear Dr Voss,

    Re: {ids(P)}
    9 Chandlers Yard, Fallowmere FW7 3RR

    Your colleague referred Mrs Crossthwaite in February with a three-month history of brief episodes of blurred vision, which she described as a grey curtain coming down over the left eye, together with intermittent tingling of her right hand. I had hoped to see her in the general neurology clinic on 24/05/2029, but she did not attend her appointment, and we have no record of a cancellation or of any message from her.

    In accordance with the Trust's access policy, patients who do not attend a first outpatient appointment are discharged back to the care of the referrer, and I have therefore discharged her. Should you still feel that a neurological opinion is required, I should be grateful if you would re-refer her through the e-Referral Service, and we will of course offer her a fresh appointment.

    Yours sincerely,

    Dr Augustin Merrilees
    Consultant Neurologist
    """,
    exp=[("dna_rereferral",
          "I should be grateful if you would re-refer her through the e-Referral Service")],
    notes="Blanket discharge after a single missed first appointment, with the GP asked to re-refer: the core "
          "DNA case. No attendance, so event_date is null (the missed date is in the text). Not flagged urgent, "
          "though the symptoms would worry a clinician reading it.")

P = pt("Clementine Yarwood", 732989, "1994-09-29")
letter(
    key="g07", kind="clinic_letter", prov="grey", dept="Neurology - Headache Clinic",
    specialty="Neurology", clinician="Dr Juno Halvorsen-Pike", patient=P,
    event="2029-06-04", letter_date="2029-06-05", sent="2029-06-06 11:10", fmt="alt",
    text=f"""
    # Headache Clinic
    Clinic date: 04/06/2029
    {idline(P)}

    Dear Dr Threlkeld,

    Miss Yarwood is a 34-year-old primary school teacher whom you referred with worsening headaches. She has had migraine without aura since her teens, but over the past year the headaches have become almost daily, and she has been taking co-codamol or ibuprofen on perhaps twenty days a month. Her neurological examination, including fundoscopy, was entirely normal.

    This is chronic migraine with medication-overuse headache. I have not arranged an MRI scan, as her history and examination are entirely typical of migraine and imaging would not be expected to change management, which I explained to her carefully. We agreed that she will stop the co-codamol altogether and limit ibuprofen to two days a week.

    As a preventive, I have started amitriptyline 10 mg at night and given her a 28-day supply; please continue it thereafter, and she may increase it by 10 mg every two weeks to a maximum of 30 mg if she tolerates it. Our headache nurse specialist will telephone her in eight weeks to review her headache diary, and if amitriptyline has not helped by then we will consider candesartan or topiramate ourselves.

    If she were to develop a sudden severe headache, a headache with neurological symptoms or one that wakes her from sleep, she should attend the emergency department; she has this advice in writing. I would be happy to see her again if things have not improved by the autumn.

    Yours sincerely,

    Dr Juno Halvorsen-Pike
    Consultant Neurologist
    """,
    notes="Hard negative: a negated test ('I have not arranged an MRI ... not indicated'), a green drug started "
          "with 28 days supplied and then simply continued, hospital nurse follow-up, hypothetical red-flag advice "
          "and a conditional offer to see again. Sent 2 days after clinic.")

P = pt("Annabel Cordingley", 733090, "1972-08-14")
letter(
    key="g08", kind="clinic_letter", prov="grey", dept="Rheumatology",
    specialty="Rheumatology", clinician="Dr Perpetua Loxley-Ward", patient=P,
    event="2029-04-12", letter_date="2029-04-12", sent="2029-04-13 14:05", fmt="pdf",
    text=f"""
    Rheumatology Department, Greywater Royal Hospital
    Early Inflammatory Arthritis Clinic - 12/04/2029
    {idline(P)}
    Dr R Okonjo-Baines, {PRACTICE}, {PRACTICE_POSTAL}

    Dear Dr Okonjo-Baines,

    I was glad to see Mrs Cordingley so promptly after your referral. She is a 56-year-old teaching assistant with a three-month history of early-morning stiffness lasting two hours and painful swelling of the small joints of both hands. She had found naproxen, which you started, only partly helpful. On examination she had synovitis of six metacarpophalangeal and four proximal interphalangeal joints; her CRP is 34 and she is strongly positive for anti-CCP antibodies. Her chest radiograph is clear.

    This is seropositive rheumatoid arthritis, and we talked about the aims and risks of treatment in some detail. She was anxious about methotrexate, having watched her mother struggle with it, so we settled on a combination of sulfasalazine, building up over four weeks to 1 g twice daily, and hydroxychloroquine 200 mg daily. I gave her an intramuscular injection of 120 mg Depo-Medrone in clinic to tide her over, and our pharmacy has supplied four weeks of both tablets. With your agreement, could I ask you to continue prescribing sulfasalazine and hydroxychloroquine from next month and undertake the monitoring blood tests for sulfasalazine - a full blood count and liver function every two weeks for the first three months, then monthly for three months - in the usual way? Hydroxychloroquine retinal screening will be requested by us in due course.

    She works with small children and her hands are too painful to cope at present, so I have given her a fit note for two weeks. She has the number of our rheumatology advice line for any flare, and I will see her in six weeks with a disease activity score.

    Yours sincerely,

    Dr Perpetua Loxley-Ward
    Consultant Rheumatologist
    """,
    exp=[("shared_care_without_agreement",
          "could I ask you to continue prescribing sulfasalazine and hydroxychloroquine from next month and "
          "undertake the monitoring blood tests for sulfasalazine")],
    notes="Prescribing and monitoring of newly started DMARDs (sulfasalazine amber under a national SCP) handed "
          "over after four weeks, before stabilisation, with no protocol offered: 'with your agreement' and 'in "
          "the usual way' are not a shared-care agreement. One category (the taxonomy's own example pairs "
          "'continue and monitor'). The fit note the hospital has issued itself is not a finding. Sent next day.")

P = pt("Hyacinth Bramall", 733101, "1964-11-11")
letter(
    key="g09", kind="referral_response", prov="grey", dept="Rheumatology - Advice and Guidance",
    specialty="Rheumatology", clinician="Dr Perpetua Loxley-Ward", patient=P,
    event=None, letter_date="2029-05-17", sent="2029-05-17 09:25", fmt="html",
    text=f"""
    # Advice and Guidance Response - Rheumatology
    {idline(P)}
    Request received: 08/05/2029   Responded: 17/05/2029

    Dear Dr Voss,

    Thank you for your referral regarding Mrs Bramall, a 64-year-old with eighteen months of widespread aches, fatigue, dry eyes and Raynaud's phenomenon affecting both hands, in whom you found an antinuclear antibody at a titre of 1:160 in a homogeneous pattern. You asked whether she might have a connective tissue disease.

    I have read the referral with interest and I agree that the combination of Raynaud's, sicca symptoms and a positive antinuclear antibody deserves to be looked into. I have, however, converted this referral to advice and guidance rather than offering an appointment at this stage. I should be grateful if you would check an extractable nuclear antigen panel, double-stranded DNA antibodies, complement levels, creatine kinase and a urine albumin to creatinine ratio, and re-refer with the results should any of them be abnormal. In the meantime, hand warmers and avoidance of the cold are worth recommending.

    With best wishes,

    Dr Perpetua Loxley-Ward
    Consultant Rheumatologist
    """,
    exp=[("referral_returned_for_workup",
          "I have, however, converted this referral to advice and guidance rather than offering an appointment "
          "at this stage")],
    notes="A clinically appropriate referral (Raynaud's, sicca and positive ANA; the consultant agrees it needs "
          "looking into) converted to advice and guidance with a specialist antibody work-up passed to the GP "
          "before any re-referral. Evidence is the conversion; the work-up list follows it.")

P = pt("Ottoline Fairclough", 733212, "1944-02-26")
letter(
    key="g10", kind="clinic_letter", prov="grey", dept="Rheumatology - Metabolic Bone Unit",
    specialty="Rheumatology", clinician="Dr Ingram Seddon-Flood", patient=P,
    event="2029-06-04", letter_date="2029-06-07", sent="2029-06-08 10:45", fmt="docx",
    cover=("Dear Colleague,\n\nPlease find attached a shared care REQUEST (for your consideration) regarding "
           "denosumab for your patient, NHS {nhs}, together with the Corvenshire ICB shared care protocol.\n\n"
           "Nothing changes unless you agree: the Metabolic Bone Unit continues to give and monitor "
           "denosumab meanwhile.\n\nMetabolic Bone Unit, Greywater Royal Hospital\nAttachment: {fn}\n"),
    text=f"""
    METABOLIC BONE UNIT - SHARED CARE REQUEST: DENOSUMAB
    Clinic date: 04/06/2029
    {idline(P)}
    To: Dr I Threlkeld, {PRACTICE}, {PRACTICE_POSTAL}

    Dear Dr Threlkeld,

    Mrs Fairclough, who is 85, has severe postmenopausal osteoporosis with two vertebral fractures and a T-score of -3.6 at the hip. She could not tolerate oral bisphosphonates and her renal function precludes zoledronate, so she has received denosumab 60 mg subcutaneously every six months in our unit since December 2027, the most recent injection on 04/06/2029. Her calcium and vitamin D are stable, and she has had no adverse effects.

    Because she now finds the journey to Greywater difficult, she asked whether her injections could be given closer to home. I therefore enclose the ICB shared care protocol for denosumab, which sets out the responsibilities of each party, including the pre-dose calcium and renal function checks and the importance of never delaying a dose. If you are willing to take over under the protocol, please sign and return the agreement page to our unit. Until we receive a signed agreement, denosumab will continue to be administered and monitored in our unit; her next dose is due on 04/12/2029 and has already been booked here, so there will be no gap if the practice is unable to accept.

    | Specialist | initiation, annual review, advice line 0118 496 0733, resume care on request |
    | GP (if agreed) | prescribe and administer every 6 months; calcium and U&E before each dose |
    | Patient | calcium and vitamin D daily; dental check-ups; report jaw pain |

    Yours sincerely,

    Dr Ingram Seddon-Flood
    Consultant Rheumatologist, Metabolic Bone Unit
    """,
    notes="Hard negative: shared care properly offered (stable for 18 months, protocol enclosed, GP's agreement "
          "sought, hospital keeps giving and monitoring the drug until it is given, next dose booked). The "
          "sign-and-return page is the agreement step, not hospital paperwork. Sent 4 days after clinic.")

P = pt("Dominic Ashworth-Tey", 733323, "1979-04-04")
letter(
    key="g11", kind="clinic_letter", prov="grey", dept="Renal Transplant Clinic",
    specialty="Renal Medicine", clinician="Dr Marcus Ilesworth-Penn", patient=P,
    event="2029-06-14", letter_date="2029-06-14", sent="2029-06-15 09:50", fmt="plain",
    subject=f"GVH Clinic Letter - Renal Transplant - {P['name']}",
    text=f"""
    Greywater Valley Hospitals NHS Trust - Renal Transplant Clinic

    Dear Dr Okonjo-Baines,

    Re: {ids(P)}
    Seen: 14/06/2029

    Mr Ashworth-Tey came for his routine six-monthly review, now four years after a living-donor kidney transplant from his sister, and I am delighted to report that he remains very well. His creatinine is stable at 118 micromol/L, there is no proteinuria, and his blood pressure is 128/80 on amlodipine 5 mg daily, which please continue.

    His immunosuppression is unchanged: tacrolimus (Adoport) 3 mg twice daily and mycophenolate mofetil 500 mg twice daily. These will continue to be supplied by our homecare provider, and I would ask that they are not added to the practice's repeat list, to avoid any confusion between brands. We took a tacrolimus trough level today, which I will review myself, and I will write to him only if the dose needs to change.

    He asked about the shingles vaccine: the non-live recombinant vaccine is entirely appropriate for him, and he will have it at the practice when he is called under the national programme. His annual skin surveillance with our dermatology colleagues has been booked. I will see him again in December, and he knows to contact the transplant nurses on 0118 496 0766 with any concern in the meantime.

    Yours sincerely,

    Dr Marcus Ilesworth-Penn
    Consultant Nephrologist
    """,
    notes="Hard negative: red transplant drugs explicitly kept with the hospital ('not added to the practice's "
          "repeat list'), the drug level reviewed by the consultant himself, continuing amlodipine and a routine "
          "national vaccination are GP work, dermatology surveillance booked by the hospital, queries to the "
          "transplant nurses. Sent next day.")

# ---------------------------------------------------------------- Brackenhythe Partnership (mental health)

P = pt("Hamish Aldworth", 733434, "1945-01-09")
letter(
    key="b01", kind="clinic_letter", prov="brack", dept="Older Adults' Community Mental Health Team",
    specialty="Old Age Psychiatry", clinician="Dr Cressida Vantongeren", patient=P,
    event="2029-04-18", letter_date="2029-04-20", sent="2029-04-23 11:35", fmt="docx",
    text=f"""
    Older Adults' Community Mental Health Team, Wenlowe House
    Outpatient review: 18/04/2029
    {idline(P)}
    Dr I Threlkeld, {PRACTICE}, {PRACTICE_POSTAL}

    Dear Dr Threlkeld,

    I reviewed Mr Aldworth at Wenlowe House with his wife, Margaret. As you know, he is an 84-year-old retired headmaster with a long history of recurrent depressive disorder, and the present episode, which began after his brother's death last summer, has not responded adequately to sertraline at 200 mg or to the addition of mirtazapine. He remains low in mood, wakes at four each morning with a sense of dread, has lost interest in his beloved bridge club and has lost four kilograms in weight. He has no thoughts of harming himself, and Mrs Aldworth keeps a close eye on him.

    Following a careful discussion, in which we weighed the risks of lithium at his age against those of electroconvulsive therapy, which he did not wish to consider, I have started lithium carbonate (Priadel) 200 mg at night as augmentation, and our pharmacy has supplied two weeks. Baseline renal, thyroid and calcium tests and an ECG were taken in clinic and were satisfactory. I should be grateful if you would check a serum lithium level twelve hours after the evening dose, together with urea and electrolytes, one week after starting, and weekly thereafter until two consecutive levels lie within the range of 0.4 to 0.6 mmol/L; I will adjust the dose by telephone on receipt of the results. Prescribing will remain with us until the level is stable, after which I will write to you with our shared care protocol for your consideration.

    Mr Ronan Pell, his community mental health nurse, will visit fortnightly. Mrs Aldworth has been given written information about the signs of lithium toxicity and knows to ring our duty team, rather than the surgery, if he becomes unsteady, confused or develops diarrhoea and vomiting.

    Yours sincerely,

    Dr Cressida Vantongeren
    Consultant in Old Age Psychiatry
    """,
    exp=[("tests_for_hospital",
          "I should be grateful if you would check a serum lithium level twelve hours after the evening dose, "
          "together with urea and electrolytes, one week after starting")],
    notes="Initial titration monitoring of lithium, which the hospital has just started and is still prescribing "
          "and dosing, passed to the practice. Shared care is properly deferred to a later protocol offer, so no "
          "shared-care finding. Sent 5 days after clinic.")

P = pt("Iris Pettifer-Glynn", 733545, "1940-06-18")
letter(
    key="b02", kind="clinic_letter", prov="brack", dept="Memory Assessment Service",
    specialty="Old Age Psychiatry", clinician="Dr Aurelio Finchingfield", patient=P,
    event="2029-05-01", letter_date="2029-05-02", sent="2029-05-03 15:15", fmt="plain",
    subject=f"Memory Assessment Service - diagnosis letter - {P['name']}",
    text=f"""
    Brackenhythe Partnership NHS Foundation Trust
    Memory Assessment Service, Wenlowe House, Orchard Rise, Brackenhythe FW5 8RD

    Dear Dr Voss,

    Re: {ids(P)}
    Seen at home: 01/05/2029

    I visited Mrs Pettifer-Glynn at home with her daughter, Ruth, to share the results of her assessment. Her score on the Addenbrooke's Cognitive Examination was 71 out of 100, with the greatest losses in memory and verbal fluency, and her MRI scan shows bilateral hippocampal atrophy with little vascular change. Taken with the two-year history of gradually worsening memory that Ruth gave, this points to Alzheimer's disease of mild severity, and I explained the diagnosis in plain terms; Mrs Pettifer-Glynn took it with great composure.

    After a discussion of the benefits and the possible side effects, I have started donepezil 5 mg at night, and she has been given 28 days from our pharmacy. I should be grateful if you would continue to prescribe it thereafter, increasing to 10 mg after four weeks if tolerated, as our local formulary allows. Her ECG in our clinic showed sinus rhythm at 72 with normal conduction, so there is no contraindication.

    I have referred her myself to our post-diagnostic support service, whose dementia adviser will be in touch within a month, and Ruth was given information about lasting power of attorney. We will not be arranging further follow-up in the memory service; should her memory decline more quickly than expected, or should behavioural symptoms emerge, she will need re-referral and we would see her promptly.

    With kind regards,

    Dr Aurelio Finchingfield
    Consultant Old Age Psychiatrist
    """,
    notes="Hard negative (judgement): donepezil is green after specialist initiation under the local formulary "
          "cited; the service diagnosed, started it with an ECG and 28 days' supply, and only asks the GP to "
          "continue and make the planned step-up. Post-diagnostic support referred by the service itself; the "
          "re-referral sentence is conditional. Sent 2 days after the visit.")

P = pt("Constance Ribblesdale", 733656, "1939-07-07")
letter(
    key="b03", kind="discharge_summary", prov="brack", dept="Larkspur Ward (Older Adults)",
    specialty="Old Age Psychiatry", clinician="Dr Cressida Vantongeren", patient=P,
    event="2029-05-18", ev_time="09:15", letter_date="2029-05-19", sent="2029-05-19 16:40", fmt="html",
    text=f"""
    # Inpatient Discharge Summary - Larkspur Ward
    {idline(P)}
    Date of admission: 29/04/2029
    Date of discharge: 18/05/2029 at 09:15
    Legal status: informal throughout
    Discharged to: home, with her husband

    # Summary of admission
    Dear Colleague,

    Mrs Ribblesdale, who is 89, was admitted informally from the home treatment team with a severe depressive episode with psychotic features: she had stopped eating, was convinced that her savings had been stolen and that she was to blame for her husband's arthritis, and was losing weight quickly. On the ward she was started on mirtazapine, increased to 30 mg, with quetiapine 25 mg at night for the psychotic symptoms, and she responded well; by the second week she was eating, sleeping and joining the ward's morning group. Her husband, who visited every day, feels that she is nearly back to herself.

    A physical health screen was completed on the ward. Her ECG showed a QTc of 436 ms on quetiapine. Her B12 and folate were sent on 17/05/2029 as part of her cognitive screen and had not been reported by the time she left the ward; I should be grateful if the practice would follow up these results and start replacement if they prove low. The remainder of her screen was normal.

    # Follow-up
    - Community mental health nurse visit within 72 hours of discharge (arranged)
    - Outpatient review with Dr Vantongeren in four weeks (booked)
    - Crisis line 0121 496 0290, 24 hours

    # Medication on discharge (14 days supplied)
    | Mirtazapine 30 mg at night | new |
    | Quetiapine 25 mg at night | new |
    | Paracetamol 1 g four times daily when required | unchanged |

    Dr Cressida Vantongeren
    Consultant in Old Age Psychiatry
    """,
    exp=[("results_chasing",
          "I should be grateful if the practice would follow up these results and start replacement if they "
          "prove low"),
         ("late_discharge_summary", "Date of discharge: 18/05/2029 at 09:15")],
    notes="Results of tests the ward sent before discharge handed to the practice to chase and act on. "
          "Discharged 18/05 09:15, summary sent 19/05 16:40: 31 h 25 min, late although it went out the next "
          "day. Community follow-up and clinic review are the hospital's; 14 days supplied.")

P = pt("Wilfred Hebblethwaite", 733767, "1942-03-03")
letter(
    key="b04", kind="clinic_letter", prov="brack", dept="Memory Assessment Service",
    specialty="Old Age Psychiatry", clinician="Dr Aurelio Finchingfield", patient=P,
    event=None, letter_date="2029-06-08", sent="2029-06-11 10:05", fmt="pdf",
    text=f"""
    Memory Assessment Service, Wenlowe House
    Letter date: 08/06/2029
    {idline(P)}
    Dr H Voss, {PRACTICE}, {PRACTICE_POSTAL}

    Dear Dr Voss,

    Thank you for referring Mr Hebblethwaite, an 87-year-old widower, whose son had become concerned that his father was repeating himself, missing bills and on one occasion had left the gas hob lit overnight. I am sorry to report that our memory nurse was unable to see him: he was not at home when she visited by arrangement on 07/06/2029, and a telephone call afterwards went unanswered.

    I have therefore discharged him from the memory assessment service. Should he or his family wish to pursue an assessment, I should be grateful if you would refer him again, ideally after a conversation with his son about the most suitable time for a visit, and we would then offer him a fresh appointment. I appreciate that a man with possible memory problems may find appointments hard to keep, and I would be happy to see him at the surgery rather than at home if that would help.

    Yours sincerely,

    Dr Aurelio Finchingfield
    Consultant Old Age Psychiatrist
    """,
    exp=[("dna_rereferral",
          "Should he or his family wish to pursue an assessment, I should be grateful if you would refer him "
          "again")],
    notes="Discharged after one missed home visit and one unanswered call, and the GP is asked to re-refer; the "
          "service itself concedes the missed visit may be a symptom. Polite, conditional-sounding wording, but "
          "the discharge has happened and re-referral is the ask. No attendance, so event_date null. Sent 3 days "
          "after the letter date.")

# ---------------------------------------------------------------- Lannerby Community Health

P = pt("Barnaby Wolstenholme", 733878, "2019-08-21")
letter(
    key="l01", kind="clinic_letter", prov="lann", dept="Community Paediatrics - Neurodevelopmental Service",
    specialty="Community Paediatrics", clinician="Dr Ophelia Brenchley-Marr", patient=P,
    event="2029-04-26", letter_date="2029-04-30", sent="2029-05-02 10:15", fmt="alt",
    text=f"""
    # Community Paediatrics - Neurodevelopmental Clinic
    Clinic date: 26/04/2029
    {idline(P)}
    Parents: Mr and Mrs Wolstenholme, 18 Weir Bank, Fallowmere FW7 2NN
    School: Fallowmere St Anne's C of E Primary (Year 4)

    Dear Dr Okonjo-Baines,

    I saw Barnaby, who is nine, with both his parents to complete his assessment for attention deficit hyperactivity disorder. The Conners questionnaires from home and school are strongly concordant, his teacher describes a bright boy who cannot stay in his seat for more than a few minutes, and our observation in clinic bore this out. I am confident that he meets the criteria for ADHD of the combined type, and we discussed the diagnosis and what it means for him at some length.

    Barnaby's mother also describes marked separation anxiety and low mood over the past six months, with tearfulness at bedtime, refusal to go on a school trip and, twice, remarks that he wishes he had not been born. I do not think these are simply part of his ADHD, and it would be reasonable for the practice to refer him to the Child and Adolescent Mental Health Service for assessment of his anxiety and mood, which I think are adding to his difficulties at school.

    The family were keen to try medication, and after checking his cardiovascular history, heart rate (88) and blood pressure (104/62, 50th centile), we agreed on a trial of methylphenidate. I have not issued a prescription from clinic; I should be grateful if you would start methylphenidate modified-release (Xaggitin XL) 18 mg each morning, and our ADHD nurse will telephone the family after two weeks to guide the titration. His height, weight, pulse and blood pressure will be monitored at our nurse-led clinic every three months, and, with his parents' consent, I will send a copy of this letter to the school's special educational needs coordinator.

    Yours sincerely,

    Dr Ophelia Brenchley-Marr
    Consultant Community Paediatrician
    """,
    exp=[("onward_referral",
          "it would be reasonable for the practice to refer him to the Child and Adolescent Mental Health Service"),
         ("hospital_only_prescribing",
          "I should be grateful if you would start methylphenidate modified-release (Xaggitin XL) 18 mg each morning")],
    notes="Two buried requests: an onward referral to CAMHS for a related problem found in the assessment (with "
          "a safety element) that the paediatrician should make directly, and initiation of a specialist "
          "stimulant, which is amber under shared care only once stabilised, handed to the GP with no supply. "
          "Nurse monitoring and the school letter are the service's. Sent 6 days after clinic.")

P = pt("Poppy Arkwright-Sele", 733989, "2022-02-14")
letter(
    key="l02", kind="clinic_letter", prov="lann", dept="Community Paediatrics",
    specialty="Community Paediatrics", clinician="Dr Ophelia Brenchley-Marr", patient=P,
    event=None, letter_date="2029-05-14", sent="2029-05-14 16:20", fmt="plain",
    subject=f"Lannerby Community Paediatrics - was not brought - {P['name']}",
    text=f"""
    Lannerby Community Health NHS Trust
    Community Paediatrics, Tollhurst Children's Centre, Kiln Street, Lannerby FW8 4AX

    Dear Dr Threlkeld,

    Re: {ids(P)}
    Parent: Ms Kayleigh Arkwright, 5 Meadow Court, Fallowmere FW7 6DD

    Poppy, who is seven, was referred by the school nursing team for review of her speech and language delay and some concerns about her growth. I am sorry to report that she was not brought to her appointment here on 10/05/2029; this is the second appointment she has missed, the first having been in March.

    In keeping with our was-not-brought policy, we do not discharge a child who has not been brought to an appointment. I have offered Poppy a further appointment on 31/05/2029, our family liaison worker will telephone her mother this week to talk through any difficulties with transport, and I have discussed Poppy with the health visiting and school nursing teams, who know the family. If the practice holds any information that would help us to understand the family's circumstances, we would be glad to hear it, but we are not asking you to take any action.

    Yours sincerely,

    Dr Ophelia Brenchley-Marr
    Consultant Community Paediatrician
    Named Doctor for Safeguarding Children
    """,
    notes="Hard negative: a 'was not brought' letter that explicitly does not discharge, re-offers the "
          "appointment and has the service chase the family itself; the invitation to share information is "
          "ordinary safeguarding co-operation and 'not asking you to take any action'. No attendance, so "
          "event_date null.")

P = pt("Stanley Broadbent-Oake", 734090, "1933-09-02")
letter(
    key="l03", kind="clinic_letter", prov="lann", dept="Community Geriatric Medicine - Frailty Service",
    specialty="Geriatric Medicine", clinician="Dr Evander Quilliam-Hart", patient=P,
    site="Lannerby Community Hospital", event="2029-05-22", letter_date="2029-05-23", sent="2029-05-24 13:05",
    fmt="pdf",
    text=f"""
    Community Frailty Service - Lannerby Community Hospital
    Home visit: 22/05/2029
    {idline(P)}

    Dear Dr Threlkeld,

    Thank you for asking me to see Mr Broadbent-Oake, a 95-year-old retired railwayman who lives with his daughter and who has had four falls since February. I visited him at home and carried out a comprehensive geriatric assessment. He is frail, with a clinical frailty score of 6, and he has mild cognitive impairment, but he remains very much in charge of his own affairs and was clear that he wishes to stay at home.

    His falls appear to be multifactorial: a postural drop of 30 mmHg, poor eyesight from cataracts, a loose stair carpet and a degree of sedation from amitriptyline, which was started many years ago for shingles pain that has long since settled. With his agreement I have stopped the amitriptyline. Might I suggest that, at his next medication review, you consider whether the tamsulosin is still needed, as it may be adding to his postural drop. Our community occupational therapist will visit next week to look at the stairs and his bathroom, and our physiotherapist will start a strength and balance programme at home.

    The Lannerby falls service is taking part in a regional audit of falls outcomes this year, and I'd be obliged if a member of your team could complete the enclosed data collection form for Mr Broadbent-Oake, recording any falls, fractures or admissions over the coming six months, and return it to our audit office in December. I will see him again myself in three months.

    Yours sincerely,

    Dr Evander Quilliam-Hart
    Consultant Community Geriatrician
    """,
    exp=[("non_contractual_admin",
          "I'd be obliged if a member of your team could complete the enclosed data collection form for Mr "
          "Broadbent-Oake")],
    notes="The service's own audit data collection handed to the practice: not GP work and not commissioned. "
          "The tamsulosin suggestion is for the GP's own medication review of a GP-prescribed drug (ordinary "
          "work); OT, physio and review are the service's. Sent 2 days after the visit.")

# ---------------------------------------------------------------- Corrisdale Women's and Children's

P = pt("Leila Hargreaves-Nunn", 734101, "1996-10-01")
letter(
    key="c01", kind="discharge_summary", prov="corr", dept="Gynaecology and Early Pregnancy - Primrose Ward",
    specialty="Obstetrics", clinician="Dr Saffron Etherington", patient=P,
    event="2029-04-14", ev_time="10:30", letter_date="2029-04-14", sent="2029-04-14 15:00", fmt="plain",
    subject=f"CWCH Discharge Summary - {P['name']} - NHS {P['nhs_number']}",
    text=f"""
    Corrisdale Women's and Children's Hospital NHS Foundation Trust
    Primrose Ward, Corrisdale Maternity Unit, Hartington Road, Corrisdale FW9 1ES

    DISCHARGE SUMMARY

    Patient: {P['name']}   DOB: {dmy(P['dob'])}   NHS: {spaced(P['nhs_number'])}
    Admitted: 12/04/2029
    Discharged: 14/04/2029 at 10:30
    Consultant: Dr Saffron Etherington

    Dear Dr Voss,

    Mrs Hargreaves-Nunn, who is ten weeks into her first pregnancy, was admitted with hyperemesis gravidarum after two days of being unable to keep down fluids; she had ketonuria (3+), a pulse of 112 and had lost three kilograms since her booking appointment. She was rehydrated with intravenous fluids, with added potassium and thiamine, and started on cyclizine, with ondansetron added briefly on the second night. By this morning she was eating toast, drinking well and free of ketones, and the early pregnancy scan we performed on the ward showed a single viable pregnancy consistent with her dates.

    She works as a dental nurse and, in view of the continuing nausea and the clinical environment, she is not fit for work for the next two weeks. I have advised her to ask you for a fit note covering the next two weeks, as our ward cannot issue them at weekends. Her dating scan and booking bloods have been arranged with us, and she has the number of Primrose Ward's advice line should the vomiting return, in which case she will be seen in our day unit for fluids rather than readmitted.

    Medication on discharge: cyclizine 50 mg three times daily (14 days supplied); thiamine 50 mg three times daily (14 days supplied); folic acid 400 micrograms daily (her own supply).

    Dr Saffron Etherington
    Consultant Obstetrician and Gynaecologist
    """,
    exp=[("fit_note",
          "I have advised her to ask you for a fit note covering the next two weeks")],
    notes="Fit note for the period the hospital clinician has assessed pushed to the GP ('our ward cannot issue "
          "them at weekends' is not a reason under the contract). Supply, scan, booking bloods and advice line are "
          "the hospital's. Sent 4 h 30 min after discharge: on time.")

P = pt("Harriet Coldstream", 734212, "1990-12-12")
letter(
    key="c02", kind="discharge_summary", prov="corr", dept="Postnatal Ward",
    specialty="Obstetrics", clinician="Dr Marisol Penrice-Hay", patient=P,
    event="2029-05-27", ev_time="13:00", letter_date="2029-05-28", sent="2029-05-28 09:10", fmt="pdf",
    text=f"""
    MATERNITY DISCHARGE SUMMARY - Postnatal Ward, Corrisdale Maternity Unit
    {idline(P)}
    Date of delivery: 24/05/2029 (emergency caesarean section, category 2)
    Date of discharge: 27/05/2029 at 13:00
    Baby: girl, 3.41 kg, well, discharged with mother
    Consultant: Dr Marisol Penrice-Hay

    Dear Colleague,

    Mrs Coldstream, a 38-year-old solicitor in her second pregnancy, was delivered by emergency caesarean section at 39 weeks and four days for a pathological fetal heart rate trace in the first stage of labour. The operation was straightforward, with an estimated blood loss of 650 mL, and her postoperative haemoglobin was 101 g/L, for which she has been started on ferrous sulfate. She has been mobilising well, is breastfeeding, and her wound looked clean and dry on the morning of discharge.

    Her skin was closed with a subcuticular non-absorbable suture. I have asked her to make an appointment with the practice nurse to have the suture removed on day 10, which falls on 03/06/2029. Because of her raised body mass index and the emergency operation, she will continue enoxaparin 40 mg daily for ten days in total; she has been taught to inject herself and has been supplied with the full course and a sharps bin.

    The community midwife will visit her at home on the day after discharge. The six-week postnatal check will be with you in the usual way, and her baby's newborn examination was completed before she left. She was debriefed about the reasons for her caesarean by the registrar before discharge, and she knows that she may discuss the birth further with our birth reflections service if she wishes.

    # Medication on discharge
    | Enoxaparin 40 mg subcutaneously daily | full 10-day course supplied |
    | Ferrous sulfate 200 mg twice daily | 28 days supplied |
    | Paracetamol 1 g four times daily and ibuprofen 400 mg three times daily | 7 days supplied |

    Dr Marisol Penrice-Hay
    Consultant Obstetrician
    """,
    exp=[("post_procedure_care",
          "I have asked her to make an appointment with the practice nurse to have the suture removed on day 10")],
    notes="Removal of a non-absorbable suture after the hospital's own caesarean passed to the practice nurse "
          "through the patient (no local arrangement stated). The six-week postnatal check is ordinary GP work; "
          "medicines supplied in full; midwife visit arranged. Sent 20 h 10 min after discharge: on time.")

P = pt("Nadia Fothergill", 734323, "1993-03-09")
letter(
    key="c03", kind="clinic_letter", prov="corr", dept="Antenatal Clinic",
    specialty="Obstetrics", clinician="Dr Marisol Penrice-Hay", patient=P,
    event="2029-06-01", letter_date="2029-06-01", sent="2029-06-04 09:35", fmt="docx",
    text=f"""
    Antenatal Clinic, Corrisdale Maternity Unit
    Clinic date: 01/06/2029
    {idline(P)}
    Dr R Okonjo-Baines, {PRACTICE}, {PRACTICE_POSTAL}

    Dear Dr Okonjo-Baines,

    I saw Ms Fothergill in the consultant antenatal clinic at twenty weeks of her second pregnancy. Her first pregnancy, in 2026, was complicated by early-onset pre-eclampsia, and her son was delivered at 33 weeks; he is now a lively toddler. In this pregnancy her booking blood pressure was 118/72, her placental growth factor screening is reassuring, and today her blood pressure was 122/76 with no proteinuria. The anomaly scan last week was normal.

    Please continue aspirin 150 mg at night until 36 weeks, which you kindly started at twelve weeks on our booking advice. Serial growth scans have been booked in our fetal medicine unit at 28, 32 and 36 weeks, and the community midwife will check her blood pressure and urine every two weeks from 24 weeks. Should her blood pressure exceed 140/90, the midwife will send her straight to our maternity assessment unit.

    She has had troublesome pelvic girdle pain, which makes her work as a care assistant very difficult, so I have issued a fit note myself for two weeks and referred her to our women's health physiotherapists. I would be happy to see her again sooner if any concerns arise; otherwise I will see her at 32 weeks to plan the timing of her delivery.

    Yours sincerely,

    Dr Marisol Penrice-Hay
    Consultant Obstetrician
    """,
    notes="Hard negative: continuing aspirin already prescribed by the practice is GP work; scans, BP monitoring "
          "and physiotherapy are arranged by maternity; the fit note is issued by the consultant herself; "
          "'happy to see her sooner' and the 140/90 plan are conditional. Sent 3 days after clinic.")


# =========================================================================== other messages

OTHERS: list[dict] = []


def other(**kw):
    kw.setdefault("headers", {})
    kw.setdefault("html", None)
    OTHERS.append(kw)


other(key="x01", sent="2029-04-06 07:02",
      notes="Out-of-office auto-reply from a consultant to a practice e-mail. Never to be answered.",
      frm="AMBERLEY-STOWE, Cornelius (ELMSBRIDGE TEACHING HOSPITALS NHS FOUNDATION TRUST) <c.amberley-stowe@nhs.net>",
      subject="Automatic reply: RE: Desmond Quarrington - amiodarone",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
      body="""
Thank you for your e-mail. I am on annual leave until Monday 16 April 2029 and
will not be reading my messages.

For urgent clinical matters please ask switchboard (0116 496 0500) for the
cardiology registrar on call. For appointment queries please contact the
cardiology booking office on 0116 496 0540. Your message has not been forwarded.

Cornelius Amberley-Stowe
""")

other(key="x02", sent="2029-04-19 02:47",
      notes="Phishing: a fake document-sharing notice from a look-alike domain.",
      frm="Docman Secure Share <no-reply@docman-secureshare.example.net>",
      subject="[Secure] 3 clinical documents awaiting your signature - Fallowmere Health Centre",
      body="""
You have 3 new clinical documents awaiting review and e-signature.

  Sender: Elmsbridge Teaching Hospitals (discharge team)
  Documents: DS_0419_batch.pdf, GP_actions_required.pdf, Fitnote_requests.pdf

Documents not signed within 12 hours will be returned to the sender and may
delay patient care. Sign in with your NHSmail address and password:

    https://docman-secureshare.example.net/sign?ref=FHC-20290419

This is an automated message. Please do not reply.
""")

other(key="x03", sent="2029-05-04 12:00",
      notes="ICB medicines-management bulletin; it discusses shared care and discharge supply in general terms. "
            "Nothing to detect.",
      frm="Corvenshire ICB Medicines Optimisation <corvenshire.icb.medsopt@nhs.net>",
      subject="Prescribing Matters - May 2029",
      body="""
PRESCRIBING MATTERS - Corvenshire ICB - May 2029

1. Shared care reminder
Amber drugs should only be transferred to primary care once a shared care
protocol has been offered to and accepted by the practice. Practices who
receive requests to "continue and monitor" without a protocol may return them
using the ICB template letter.

2. Discharge supply
Our acute providers have re-confirmed that at least 7 days' supply of
medication is issued on discharge.

3. Formulary changes
Donepezil and memantine remain GREEN after specialist initiation. Denosumab
remains AMBER (shared care protocol v3.1 available on the formulary site).

4. Blood glucose test strips
The preferred meters list has been updated; see the formulary website.

Corvenshire ICB Medicines Optimisation Team
""",
      html="""<html><body style="font-family:Arial">
<h2>Prescribing Matters - Corvenshire ICB - May 2029</h2>
<h3>1. Shared care reminder</h3>
<p>Amber drugs should only be transferred to primary care once a shared care protocol has been offered to
and accepted by the practice. Practices who receive requests to "continue and monitor" without a protocol may
return them using the ICB template letter.</p>
<h3>2. Discharge supply</h3>
<p>Our acute providers have re-confirmed that at least 7 days' supply of medication is issued on discharge.</p>
<h3>3. Formulary changes</h3>
<p>Donepezil and memantine remain GREEN after specialist initiation. Denosumab remains AMBER (shared care
protocol v3.1 available on the formulary site).</p>
<h3>4. Blood glucose test strips</h3>
<p>The preferred meters list has been updated; see the formulary website.</p>
<p>Corvenshire ICB Medicines Optimisation Team</p>
</body></html>
""")

other(key="x04", sent="2029-05-06 15:20",
      notes="A 'RE:' reply from the renal consultant's secretary after the practice queried the darbepoetin "
            "request: the hospital now supplies and monitors it. The quoted practice message is below. Nothing "
            "to detect.",
      frm="GVH Renal Secretaries <gvh.renalsecretaries@nhs.net>",
      subject="RE: Godfrey Pemberton-Ash - darbepoetin",
      headers={"In-Reply-To": "<fhc.20290502.pembertonash@nhs.net>",
               "References": "<20290430102000.g01@greywatervalley.nhs.uk> <fhc.20290502.pembertonash@nhs.net>"},
      body="""
Dear Fallowmere Health Centre,

Dr Ilesworth-Penn has asked me to thank you for your e-mail and to apologise.
Darbepoetin will be supplied through the renal anaemia service's homecare
provider, and his haemoglobin and ferritin will be checked at the renal unit
when the anaemia nurse visits. Nothing further is needed from the practice.

Kind regards

Bernadette Oyston
Medical Secretary to Dr M Ilesworth-Penn, Renal Medicine
Greywater Royal Hospital

-----Original Message-----
From: FALLOWMERE HEALTH CENTRE <fallowmere.hc@nhs.net>
Sent: 02 May 2029 16:05
Subject: Godfrey Pemberton-Ash - darbepoetin

Dear Dr Ilesworth-Penn, thank you for your letter of 27/04/2029. Darbepoetin
is a red-list drug in Corvenshire and is supplied by the renal service; we
would also ask that the monitoring bloods are arranged by your team.
""")

other(key="x05", sent="2029-05-12 20:41",
      notes="A patient's own e-mail to the practice saying the hospital told her to ask the GP to chase her MRI "
            "appointment. Patient correspondence, not a provider letter: nothing to detect, never to be answered "
            "by the tool.",
      frm="Maureen Gillespie-Tarn <mgtarn1958@example.com>",
      subject="MRI appointment - can you help please",
      body="""
Hello,

I hope you don't mind me emailing. I saw the knee specialist at Elmsbridge in
March and he said I needed an MRI scan. I still haven't heard anything and when
I rang the hospital the lady said I should ask my GP to chase it up for me.

Could one of the doctors do that please? My date of birth is 14/08/1958.

Many thanks
Maureen Gillespie-Tarn
""")

other(key="x06", sent="2029-05-20 06:13",
      notes="Delivery-failure notice for a message the practice sent. Nothing to detect.",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>",
      subject="Undeliverable: Hamish Aldworth - lithium monitoring",
      headers={"Auto-Submitted": "auto-generated"},
      body="""
Delivery has failed to these recipients or groups:

bpft.olderadultscmht@nhs.net
The e-mail address you entered couldn't be found. Please check the recipient's
address and try to resend the message.

Diagnostic information for administrators:
Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
""")

other(key="x07", sent="2029-05-28 14:30",
      notes="A 'RE:' reply from a neurology secretary after the practice challenged the DNA discharge: the "
            "appointment has been reinstated. Nothing to detect.",
      frm="GVH Neurology Secretaries <gvh.neurologysecs@nhs.net>",
      subject="RE: Lavinia Crossthwaite - discharged after DNA",
      headers={"In-Reply-To": "<fhc.20290527.crossthwaite@nhs.net>"},
      body="""
Good afternoon,

Thank you for your e-mail. Dr Merrilees has reviewed the referral and agrees
that Mrs Crossthwaite should be seen. Her referral has been reinstated and a new
appointment for 11/06/2029 has been posted to her; we have also left her a
telephone message. No re-referral is needed.

Kind regards
Neurology Secretaries, Greywater Royal Hospital
""")

other(key="x08", sent="2029-06-02 09:00",
      notes="LMC newsletter. Nothing to detect.",
      frm="Corvenshire LMC <corvenshire.lmc@nhs.net>",
      subject="Corvenshire LMC Update - June 2029",
      body="""
CORVENSHIRE LMC UPDATE - JUNE 2029

Interface: keep sending us your examples
Thank you to the practices who have sent redacted examples of hospital
requests for bloods, fit notes and re-referrals after a missed appointment.
We raised them with both acute trusts at the May interface group. Please remove
all patient identifiers before sending.

Pensions roadshow: 19 June, Fallowmere Cricket Club, 19:00.

Corvenshire Local Medical Committee
""")

other(key="x09", sent="2029-06-06 13:15",
      notes="Trust communications bulletin to practices about its own phlebotomy service. Nothing to detect.",
      frm="Greywater Valley Hospitals Communications <gvh.communications@nhs.net>",
      subject="GP bulletin: new outpatient phlebotomy hubs from 1 July 2029",
      body="""
Greywater Valley Hospitals NHS Trust - GP Bulletin

From 1 July 2029 blood tests requested by our clinicians will be taken at three
new outpatient phlebotomy hubs (Greywater Royal, Fallowmere Clinic and Lannerby
Market Hall), open 07:30 to 18:00 on weekdays. Patients should not be sent to
their practice for tests requested by hospital teams, and results will be
reviewed by the requesting clinician.

Questions: gvh.primarycareliaison@nhs.net or 0118 496 0777.
""")

other(key="x10", sent="2029-06-13 10:05",
      notes="Marketing spam from a medical equipment seller. Nothing to detect.",
      frm="CardioSure Direct <offers@cardiosure-direct.example.com>",
      subject="Summer offer: 12-lead ECG machines for your surgery - 30% off",
      body="""
Dear Practice Manager,

Bring ECGs in-house this summer! Our CS-1200 12-lead ECG with automatic
interpretation is now 30% off for GP surgeries, with free training.

Order before 30 June: https://cardiosure-direct.example.com/gp-summer

To unsubscribe reply STOP.
""")


# =========================================================================== building

COVER = {
    "elms": ("Elmsbridge Teaching Hospitals NHS Foundation Trust - clinical correspondence\n\n"
             "Document: {doc}\nNHS number: {nhs}\nAttachment: {fn}\n\n"
             "This mailbox is not monitored. The clinical team's contact details are on the letter.\n"),
    "grey": ("Greywater Valley Hospitals NHS Trust\n\nPlease find attached a {doc} about your patient "
             "(NHS {nhs}).\n\nFile: {fn}\n\nPlease do not reply to this address.\n"),
    "brack": ("Dear Colleague,\n\nPlease find attached correspondence ({doc}) from Brackenhythe Partnership NHS "
              "Foundation Trust about your patient, NHS {nhs}.\n\nKind regards\nMedical Secretaries, Wenlowe House\n"),
    "lann": ("Lannerby Community Health NHS Trust\n\nA {doc} for your patient (NHS {nhs}) is attached.\n\n"
             "Attachment: {fn}\nSent from SystmOne. Replies to this address are not read.\n"),
    "corr": ("Corrisdale Women's and Children's Hospital NHS Foundation Trust\n\nPlease find attached a {doc} "
             "regarding your patient (NHS {nhs}).\n\nAttachment: {fn}\n"),
}

SUBJECT = {
    "elms": "ETH {doc} - {dept} - NHS {nhs}",
    "grey": "GVH {doc}: {name} ({nhs})",
    "brack": "BPFT correspondence - {doc} - {surname}",
    "lann": "LCH {doc} - {name}",
    "corr": "CWCH {doc} - NHS {nhs}",
}

def msgid(sent: dt.datetime, key: str, domain: str) -> str:
    return f"<{sent.strftime('%Y%m%d%H%M%S')}.{key}@{domain}>"


def provider_of(L) -> dict:
    p = dict(PROV[L["prov"]])
    if L["site"]:
        p["site"] = L["site"]
    return p


def raw(s: str) -> str:
    """Typed text: the letters are written indented by 4 spaces (inserted blocks, such as the NHSmail
    disclaimer, are not), so take off up to 4 leading spaces from every line."""
    return re.sub(r"(?m)^ {1,4}", "", s).strip("\n") + "\n"


def build_letter(L) -> bytes:
    p = provider_of(L)
    sent = london(L["sent"])
    pat = L["patient"]
    doc = DOCTYPE[L["kind"]]
    subj = L["subject"] or SUBJECT[L["prov"]].format(
        doc=doc, nhs=pat["nhs_number"], dept=L["dept"], surname=pat["name"].split()[-1].upper(),
        name=pat["name"])
    msg = EmailMessage()
    msg["From"] = L["frm"] or p["sender"]
    msg["To"] = PRACTICE_TO
    msg["Subject"] = subj
    msg["Date"] = email.utils.format_datetime(sent)
    msg["Message-ID"] = msgid(sent, L["key"], p["domain"])
    msg["X-Mailer"] = p["mailer"]
    for k, v in L["headers"].items():
        msg[k] = v
    fmt = L["fmt"]
    if fmt == "plain":
        msg.set_content(raw(L["text"]))
    elif fmt == "thread":
        msg.set_content(raw(L["text"]) + "\n" + raw(L["quote"]))
    elif fmt in ("html", "alt"):
        blocks = parse_markup(L["text"])
        html = html_doc(p, L["dept"], blocks, style="tablehead" if L["prov"] in ("elms", "grey") else "plainhead")
        if fmt == "alt":
            msg.set_content(render_plain(blocks))
            msg.add_alternative(html, subtype="html")
        else:
            msg.set_content(html, subtype="html")
    else:
        blocks = parse_markup(L["text"])
        stamp = sent.strftime("%Y%m%d")
        short = {"clinic_letter": "CL", "discharge_summary": "DS", "referral_response": "RR",
                 "results": "RES", "ed_letter": "ED"}[L["kind"]]
        ext = "pdf" if fmt == "pdf" else "docx"
        fn = f"{short}_{pat['nhs_number']}_{stamp}.{ext}"
        created = sent - dt.timedelta(minutes=11)
        title = f"{doc} - {pat['name']}"
        cover = (L["cover"] or COVER[L["prov"]]).format(doc=doc, nhs=spaced(pat["nhs_number"]), fn=fn)
        msg.set_content(cover)
        if fmt == "pdf":
            data = make_pdf(p, L["dept"], blocks, title, created, twocol=L["opts"].get("twocol", False))
            msg.add_attachment(data, maintype="application", subtype="pdf", filename=fn)
        else:
            data = make_docx(p, L["dept"], blocks, title, created)
            msg.add_attachment(
                data, maintype="application",
                subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=fn)
    return msg.as_bytes(policy=OUT_POLICY)


def build_other(oth) -> bytes:
    sent = london(oth["sent"])
    domain = oth["frm"].rsplit("@", 1)[1].rstrip(">")
    msg = EmailMessage()
    msg["From"] = oth["frm"]
    msg["To"] = PRACTICE_TO
    msg["Subject"] = oth["subject"]
    msg["Date"] = email.utils.format_datetime(sent)
    msg["Message-ID"] = msgid(sent, oth["key"], domain)
    for k, v in oth["headers"].items():
        msg[k] = v
    msg.set_content(oth["body"].strip("\n") + "\n")
    if oth["html"]:
        msg.add_alternative(oth["html"], subtype="html")
    return msg.as_bytes(policy=OUT_POLICY)


def all_items():
    items = [("L", x) for x in LETTERS] + [("O", x) for x in OTHERS]
    items.sort(key=lambda t: london(t[1]["sent"]).astimezone(UTC))
    return items


def label_for(tag, item, num) -> dict:
    mid = f"{PREFIX}-{num:03d}"
    if tag == "O":
        return {"id": mid, "file": f"{mid}.eml", "kind": "other", "trust": None, "specialty": None,
                "clinician": None, "patient": None, "event_date": None, "letter_date": None,
                "expected": [], "urgent_clinical_action": False, "notes": item["notes"]}
    return {"id": mid, "file": f"{mid}.eml", "kind": item["kind"], "trust": PROV[item["prov"]]["name"],
            "specialty": item["specialty"], "clinician": item["clinician"], "patient": item["patient"],
            "event_date": item["event"], "letter_date": item["letter_date"],
            "expected": [{"category": c, "evidence": e} for c, e in item["exp"]],
            "urgent_clinical_action": item["urgent"], "notes": item["notes"]}


def build():
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for num, (tag, item) in enumerate(all_items(), start=1):
        random.seed(f"{PREFIX}-{item['key']}")
        data = build_letter(item) if tag == "L" else build_other(item)
        lab = label_for(tag, item, num)
        (OUT / lab["file"]).write_bytes(data)
        labels.append(lab)
    (OUT / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    print(f"built {len(labels)} messages in {OUT}")


# =========================================================================== verification

class _Text(HTMLParser):
    BLOCK = {"p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "hr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "title"):
            self.skip += 1
        elif tag in self.BLOCK:
            self.out.append("\n")
        elif tag in ("td", "th"):
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self.skip -= 1
        elif tag in self.BLOCK:
            self.out.append("\n")
        elif tag in ("td", "th"):
            self.out.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(s: str) -> str:
    t = _Text()
    t.feed(s)
    t.close()
    return "".join(t.out)


def pdf_texts(data: bytes) -> tuple[list[str], str]:
    """(pypdf text per page, pdfium full text)."""
    import pypdf
    import pypdfium2 as pdfium

    pages = [pg.extract_text() or "" for pg in pypdf.PdfReader(io.BytesIO(data)).pages]
    doc = pdfium.PdfDocument(data)
    full = []
    for i in range(len(doc)):
        tp = doc[i].get_textpage()
        full.append(tp.get_text_range())
        tp.close()
    doc.close()
    return pages, "\n".join(full)


def docx_text(data: bytes) -> str:
    import docx

    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                out.append(c.text)
    for s in d.sections:
        out += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    return "\n".join(out)


def extract(msg):
    """Return (texts that any reader sees, list of (pypdf pages, pdfium text) per PDF)."""
    texts, pdfs = [], []
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart() or ct.startswith("message/"):
            continue
        fn = (part.get_filename() or "").lower()
        if ct == "text/plain" and not fn:
            texts.append(part.get_content())
        elif ct == "text/html":
            texts.append(html_text(part.get_content()))
        elif ct == "application/pdf" or fn.endswith(".pdf"):
            pdfs.append(pdf_texts(part.get_payload(decode=True)))
        elif fn.endswith(".docx"):
            texts.append(docx_text(part.get_payload(decode=True)))
    return texts, pdfs


def found(ev: str, texts, pdfs) -> bool:
    e = collapse(ev)
    if any(e in collapse(t) for t in texts):
        return True
    return any(e in collapse("\n".join(pages)) and e in collapse(full) for pages, full in pdfs)


def is_late(kind, event, ev_time, sent: dt.datetime) -> bool:
    """Clinic letter: more than 7 calendar days.  Discharge summary: more than 24 real hours (UTC)."""
    d = dt.date.fromisoformat(event)
    days = (sent.astimezone(london("2029-04-01 00:00").tzinfo).date() - d).days
    if kind == "clinic_letter":
        return days > 7
    if ev_time:
        start = london(f"{event} {ev_time}").astimezone(UTC)
        return sent.astimezone(UTC) - start > dt.timedelta(hours=24)
    if days == 1:
        raise AssertionError("discharge summary sent the next day without a stated discharge time")
    return days >= 2


def other_corpora_nhs() -> set[str]:
    """NHS numbers in the other corpora's labels (read as nhs_number values only)."""
    used = set()
    paths = list(HERE.glob("*/labels.json")) + list(Path("/work/shared/corpus").glob("*/labels.json"))
    for lab in paths:
        if lab.parent.resolve() == OUT.resolve():
            continue
        used |= set(re.findall(r'"nhs_number":\s*"(\d{10})"', lab.read_text(encoding="utf-8")))
    return used


def verify() -> bool:
    ok = True

    def bad(m):
        nonlocal ok
        ok = False
        print("FAIL", m)

    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    items = {f"{PREFIX}-{n:03d}": it for n, (_t, it) in enumerate(all_items(), start=1)}
    files = sorted(p.name for p in OUT.glob("*.eml"))
    if files != sorted(lab["file"] for lab in labels):
        bad("file list does not match labels")
    keys = [it["key"] for _t, it in all_items()]
    if len(keys) != len(set(keys)):
        bad("duplicate item key")
    used_elsewhere = other_corpora_nhs()
    seen_nhs = {}
    for lab in labels:
        lid = lab["id"]
        if list(lab) != LABEL_KEYS:
            bad(f"{lid}: label keys {list(lab)}")
        if lab["kind"] not in KINDS:
            bad(f"{lid}: kind {lab['kind']}")
        raw_bytes = (OUT / lab["file"]).read_bytes()
        if b"\r\n" not in raw_bytes:
            bad(f"{lid}: not CRLF")
        msg = email.message_from_bytes(raw_bytes, policy=email.policy.default)
        sent = email.utils.parsedate_to_datetime(msg["Date"])
        if not (FIRST_DAY <= sent.date() <= LAST_DAY):
            bad(f"{lid}: sent outside April-June 2029")
        want = sent.astimezone(london("2029-04-01 00:00").tzinfo).utcoffset()
        if sent.utcoffset() != want:
            bad(f"{lid}: Date header offset {sent.utcoffset()} but London is {want}")
        texts, pdfs = extract(msg)
        cats = [e["category"] for e in lab["expected"]]
        if len(cats) != len(set(cats)):
            bad(f"{lid}: duplicate category")
        for e in lab["expected"]:
            if e["category"] not in CATEGORIES:
                bad(f"{lid}: category {e['category']}")
            if not found(e["evidence"], texts, pdfs):
                bad(f"{lid}: evidence not found: {e['evidence']!r}")
        if lab["kind"] == "other":
            if lab["expected"] or lab["urgent_clinical_action"] or lab["patient"] is not None:
                bad(f"{lid}: other with findings/patient")
            continue
        it = items[lid]
        pat = lab["patient"]
        n = pat["nhs_number"]
        if nhs(n[3:9]) != n:
            bad(f"{lid}: invalid NHS number {n}")
        if n in used_elsewhere:
            bad(f"{lid}: NHS number {n} used in another corpus")
        if n in seen_nhs and seen_nhs[n] != pat["name"]:
            bad(f"{lid}: NHS number reused")
        seen_nhs[n] = pat["name"]
        everything = collapse("\n".join(texts + [full for _p, full in pdfs]))
        if spaced(n) not in everything and n not in everything:
            bad(f"{lid}: NHS number not in text")
        if collapse(pat["name"]).lower() not in everything.lower():
            bad(f"{lid}: patient name not in text")
        if dmy(pat["dob"]) not in everything:
            bad(f"{lid}: date of birth not in text")
        if lab["clinician"] and collapse(lab["clinician"]) not in everything:
            bad(f"{lid}: clinician {lab['clinician']!r} not in text")
        if lab["trust"] != PROV[it["prov"]]["name"]:
            bad(f"{lid}: trust")
        for k in ("event_date", "letter_date"):
            if lab[k] is not None:
                dt.date.fromisoformat(lab[k])
                if lab[k] > sent.date().isoformat():
                    bad(f"{lid}: {k} after sending")
        if lab["event_date"] and lab["letter_date"] and lab["event_date"] > lab["letter_date"]:
            bad(f"{lid}: event after letter")
        if lab["event_date"] and dmy(lab["event_date"]) not in everything:
            bad(f"{lid}: event date not stated in the letter")
        late_cat = {"clinic_letter": "late_clinic_letter",
                    "discharge_summary": "late_discharge_summary"}.get(lab["kind"])
        for lc in ("late_clinic_letter", "late_discharge_summary"):
            if lc in cats and lc != late_cat:
                bad(f"{lid}: {lc} on a {lab['kind']}")
        if late_cat and lab["event_date"]:
            late = is_late(lab["kind"], lab["event_date"], it["ev_time"], sent)
            if late != (late_cat in cats):
                bad(f"{lid}: lateness label mismatch (late={late})")
            if late:
                ev = next(e["evidence"] for e in lab["expected"] if e["category"] == late_cat)
                if dmy(lab["event_date"]) not in ev:
                    bad(f"{lid}: late evidence does not state the date")
            if lab["kind"] == "discharge_summary":
                if not it["ev_time"]:
                    bad(f"{lid}: discharge summary without a stated discharge time")
                else:
                    stated = f"{dmy(lab['event_date'])} at {it['ev_time']}"
                    stated2 = f"{dmy(lab['event_date'])} {it['ev_time']}"
                    if stated not in everything and stated2 not in everything:
                        bad(f"{lid}: discharge time not stated in the letter")
        elif late_cat in cats:
            bad(f"{lid}: late label without event date")
    if ok:
        print(f"verified {len(labels)} messages: OK")
    return ok


def summary():
    from collections import Counter

    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    kinds = Counter(lab["kind"] for lab in labels)
    cats = Counter(e["category"] for lab in labels for e in lab["expected"])
    letters = [lab for lab in labels if lab["kind"] != "other"]
    fmts = Counter(it["fmt"] for tag, it in all_items() if tag == "L")
    print("kinds:", dict(sorted(kinds.items())))
    print("letter formats:", dict(sorted(fmts.items())))
    for c in sorted(CATEGORIES):
        print(f"  {c:32s} {cats.get(c, 0)}")
    print("expected entries:", sum(cats.values()))
    print("urgent:", sum(lab["urgent_clinical_action"] for lab in labels))
    print("letters with no finding (hard negatives):", sum(1 for lab in letters if not lab["expected"]))


def main(argv):
    if "--verify-only" not in argv:
        build()
    ok = verify()
    summary()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
