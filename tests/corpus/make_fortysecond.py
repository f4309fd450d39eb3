#!/usr/bin/env python3
"""Build the forty-second (independent, held-out) corpus: tests/corpus/fortysecond/.

Style: implicit and indirect requests.  What the hospital passes to the practice is stated rather than asked:
"U&Es should be checked in a fortnight", "will be picked up by the practice", "can be obtained from his GP",
"will take place at the GP practice", "It is recommended that she is seen by ...", "will have to be issued by
the surgery"; written in the passive, buried in the middle of long narrative paragraphs, split over two
sentences ("She needs a repeat pelvic ultrasound in three months.  This can be requested by her GP ...") or
reported ("He has been told that the biopsy result will be available from his GP").  They sit beside equally
indirect statements that ask nothing of the practice: the hospital doing the work ("our virtual ward team will
repeat her sodium", "TTO: 28 days supplied"), requests aimed at the patient, health visitor, district nurses or
optometrist, safety-netting and conditionals ("Should her symptoms change ... she may be re-referred"),
history, hypotheticals ("Had her sodium not improved we would have ..."), a shared-care agreement offered for
the practice's agreement, green drugs whose "ongoing prescribing will be via the surgery as before", fit notes
already issued and referrals already made.

Four invented providers write to an invented practice, Saddlers Yard Medical Practice: two acute trusts
(Thornleigh Vale Hospitals NHS Foundation Trust, Marrowfield University Hospitals NHS Trust), a community and
mental health trust (Ebbsworth Community and Mental Health NHS Trust) and an independent treatment centre with
an NHS contract (Keswold Eye and Day Surgery Centre Ltd).  Letters come as typed plain text, HTML (with and
without a text alternative, some with label | value tables), PDF and DOCX attachments, with headings such as
"Plan", "Actions for GP", "Recommendations" and "Information for the patient".  Ten messages are not letters
(auto-reply, bounce, ICB and LMC bulletins, a trust mass mailing, a patient's e-mail, internal practice mail,
a supplier, phishing and spam); several quote indirect request wording without being letters.

Written from the category definitions alone (TAXONOMY.md and the domain README); no detector output was used.
Everything is invented; NHS numbers are 999-range with a valid Modulus 11 check digit; telephone numbers are in
Ofcom drama ranges.  Every message is sent in GMT (6 January to 27 March 2042, before the clocks change on 30
March).  The build is deterministic.

    python3 tests/corpus/make_fortysecond.py            # build, then verify
    python3 tests/corpus/make_fortysecond.py --verify-only
"""
from __future__ import annotations

import datetime as dt
import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus_kit as kit  # noqa: E402
from corpus_kit import dmy, spaced  # noqa: E402
from corpus_kit import patient as P  # noqa: E402

THV = "Thornleigh Vale Hospitals NHS Foundation Trust"
MAR = "Marrowfield University Hospitals NHS Trust"
EBB = "Ebbsworth Community and Mental Health NHS Trust"
KES = "Keswold Eye and Day Surgery Centre Ltd"
PROV = {
    "thv": dict(
        name=THV, site="Thornleigh Vale General Hospital", addr=["Brewery Lane", "Thornleigh", "TZ4 8LN"],
        phone="0116 496 0372", domain="thornleighvale.nhs.uk",
        sender="TVH Clinical Correspondence <clinical.correspondence@thornleighvale.nhs.uk>",
        mailer="TVH Medisec Outbound 4.0"),
    "mar": dict(
        name=MAR, site="Marrowfield Royal Infirmary", addr=["Infirmary Road", "Marrowfield", "MZ1 6RD"],
        phone="0131 496 0815", domain="marrowfield-uh.nhs.uk",
        sender="MUH Letters <letters.noreply@marrowfield-uh.nhs.uk>", mailer="MUH ClinDoc Gateway 2.7"),
    # community services (MSK, community paediatrics, heart failure nursing) and mental health (CMHT, memory)
    "ebb": dict(
        name=EBB, site="Lantern House, Ebbsworth Health Campus", addr=["Kilnworth Road", "Ebbsworth", "EZ3 2PW"],
        phone="01632 960 287", domain="ebbsworth-cmh.nhs.uk",
        sender="Ebbsworth Clinical Letters <ecmh.clinicalletters@nhs.net>", mailer="CarePath Correspondence 3"),
    "kes": dict(
        name=KES, site="Keswold Treatment Centre", addr=["2 Ferrier Court", "Keswold Business Park", "KZ7 5AB"],
        phone="020 7946 0523", domain="keswold-tc.example.co.uk",
        sender="Keswold NHS Patient Office <nhs.office@keswold-tc.example.co.uk>",
        mailer="OptiTheatre Correspondence 5"),
}
COVERS = {
    "thv": "{trust}\n{dept}\n\nPlease find attached a {doctype} (reference {ref}) for a patient registered with "
           "your practice.\nThis is an automated mailbox; replies are not read. Contact the department on the "
           "number printed in the letter.\n",
    "mar": "MUH ClinDoc - secure delivery\n\n{doctype} | {dept} | {trust}\nRef: {ref}\n\nThe attached document "
           "contains confidential patient information.\n",
    "ebb": "{trust}\n{dept}\n\nDear colleagues,\n\nPlease see the attached {doctype} (ref {ref}).\n\n"
           "Clinical Administration\n",
    "kes": "{trust} - NHS Patient Office\n{dept}\n\nDear Practice Team,\n\nAttached is a {doctype} for your "
           "patient, treated at Keswold under the NHS e-Referral Service (ref {ref}).\n\nKind regards\n"
           "NHS Patient Office\n",
}
C = kit.Corpus("fortysecond", "f42", "Saddlers Yard Medical Practice <saddlersyard.practice@nhs.net>", PROV,
               cover=COVERS, window=("2042-01-06", "2042-03-27"), utc_hours=0)
other = C.other
idl = kit.idline


def reflow(body: str, width: int = 80) -> str:
    """Join the prose lines of a typed letter that were broken in the source for its width (a line longer than
    width carries on into the next non-blank, non-list line), so the mail client's wrapping decides the breaks;
    short header and table lines stay as typed."""
    out: list[str] = []
    prev = 0
    for line in body.split("\n"):
        if out and prev > width and line.strip() and not line.startswith(("- ", " ")):
            out[-1] += " " + line
        else:
            out.append(line)
        prev = len(line)
    return "\n".join(out)


letter = kit.inline_letters(C, reflow)
head = kit.letterheads(PROV)


def long(iso: str) -> str:
    """A date as a letter writes it out in full ('Wednesday 8 January 2042'), weekday worked out."""
    d = dt.date.fromisoformat(iso)
    return f"{d:%A} {d.day} {d:%B %Y}"


PRACTICE = "Saddlers Yard Medical Practice, 1 Saddlers Yard, Thornleigh, TZ2 9FA"

# ====================================================================== letters

# D01 CCU discharge, on time (23 h 15 min): ramipril started and increased on the ward, renal monitoring of
# it left to the practice ("U&Es should be checked in a fortnight"), buried in the narrative.
pt = P("Desmond Pilkington-Hale", "420011", "1954-06-22")
letter(key="d01", prov="thv", dept="Cardiology - Coronary Care Unit", kind="discharge_summary",
       specialty="Cardiology", clinician="Dr Harriet Quarmby", patient=pt, ev="2042-01-06", ev_time="16:40",
       ld="2042-01-07", sent="2042-01-07 15:55", fmt="plain",
       subject="Discharge summary - CCU - PILKINGTON-HALE D", body=f"""
{head("thv", "Cardiology - Coronary Care Unit")}

CARDIOLOGY DISCHARGE SUMMARY
{idl(pt)}
Registered GP: Dr Imogen Tapley, {PRACTICE}

Admitted:    03/01/2042 via ED
Discharged:  06/01/2042 at 16:40
Consultant:  Dr O Bassey
Completed by: Dr Harriet Quarmby, StR Cardiology

Diagnosis: NSTEMI. PCI to mid LAD (1 x drug-eluting stent) on 04/01/2042.
LVEF approx 45% on echo 05/01/2042, mild anterior hypokinesia.

Clinical course
Mr Pilkington-Hale presented with 90 minutes of central chest pain at rest. Troponin rose from 48 to 1240
ng/L and he went to the lab the next morning, where angiography showed a severe mid-LAD stenosis, treated by
the right radial route without complication. He mobilised on day 2 and was seen on the ward by the cardiac
rehabilitation nurses. Ramipril was started at 2.5 mg and went up to 5 mg the day before discharge, when his
creatinine was 96 and potassium 4.6. [[tests_for_hospital: U&Es should be checked at the surgery in a fortnight, given the ramipril increase, and the result passed to the cardiac rehab nurses so that they can take the dose on to 10 mg]]. Bisoprolol was kept low because of a resting heart rate in the 50s.

Medication on discharge (TTO: 28 days of all new medicines supplied by ward pharmacy)
- Aspirin 75 mg OD - continue lifelong
- Ticagrelor 90 mg BD - NEW - 12 months, to stop 04/01/2043
- Atorvastatin 80 mg ON - NEW
- Ramipril 5 mg OD - NEW
- Bisoprolol 1.25 mg OD - NEW
- Lansoprazole 15 mg OD - NEW, while on dual antiplatelets
- GTN spray 400 micrograms PRN - NEW

Follow-up
- Cardiac rehabilitation: referral made by the ward; the team will contact him.
- Cardiology outpatients in 6-8 weeks: we will send the appointment.
- Fit note: issued on discharge for 4 weeks (to 03/02/2042).
- Driving: advised not to drive for 1 week; no DVLA notification needed for a group 1 licence.

Information for the patient
If you get chest pain that does not settle within 5 minutes of two puffs of your GTN spray, call 999.

Dr Harriet Quarmby, StR Cardiology, for Dr O Bassey, Consultant Cardiologist
""", notes="Ramipril started and uptitrated by the hospital; its initial renal monitoring stated as work for the "
           "surgery ('U&Es should be checked at the surgery in a fortnight') in mid-paragraph: tests_for_hospital. "
           "TTO, rehab referral, fit note and clinic booking all done by the hospital (negative sentences). "
           "Discharged 16:40 on 06/01, sent 15:55 next day: on time.")

# C01 gastroenterology, late (19 days): faecal calprotectin sent by the hospital, its follow-up stated as the
# surgery's in the middle of a long letter; a conditional re-referral and a referral history that ask nothing.
pt = P("Rosalind Ebbage", "420028", "1971-11-03")
letter(key="c01", prov="mar", dept="Gastroenterology Outpatients", kind="clinic_letter",
       specialty="Gastroenterology", clinician="Dr Tobias Wyndham-Clarke", patient=pt, ev="2042-01-08",
       ld="2042-01-26", sent="2042-01-27 10:20", fmt="pdf", subject="Gastroenterology clinic letter - EBBAGE R",
       late="I reviewed Mrs Ebbage in the gastroenterology clinic on 08/01/2042", body=f"""
# Gastroenterology Outpatient Clinic
{idl(pt)}
Consultant: Dr Tobias Wyndham-Clarke | Dictated 08/01/2042 | Typed 26/01/2042

Dr Priya Halvorsen
Saddlers Yard Medical Practice

Dear Dr Halvorsen

Diagnoses: 1. Chronic diarrhoea, most likely IBS with diarrhoea. 2. Microscopic colitis not yet excluded.

I reviewed Mrs Ebbage in the gastroenterology clinic on 08/01/2042 with six months of loose stools, up to four times a day, with urgency but no nocturnal symptoms, rectal bleeding or weight loss. She was referred by your colleague Dr Tapley in September after a FIT of less than 4, and coeliac serology and TFTs done at the surgery were normal. She takes sertraline 50 mg and lansoprazole 30 mg, both of which have been linked with microscopic colitis.

Examination was unremarkable and her BMI is stable at 27. We talked about the two likely explanations and she would like to avoid a camera test if possible, which is reasonable. She will stop the lansoprazole for eight weeks to see whether the diarrhoea settles. A faecal calprotectin was sent from clinic on the day. [[results_chasing: Its result will need to be followed up by the surgery, and a level above 100 would justify a flexible sigmoidoscopy with biopsies]]. She understood this and was given our IBS diet sheet and a low FODMAP leaflet.

I have not arranged a further appointment. Should her symptoms change, in particular if she develops rectal bleeding or weight loss, she may be re-referred.

Yours sincerely

Dr Tobias Wyndham-Clarke
Consultant Gastroenterologist
cc Mrs R Ebbage
""", notes="Result of a test the hospital sent left to the surgery to follow up ('Its result will need to be followed "
           "up by the surgery'), mid-paragraph: results_chasing. Conditional re-referral and history are not "
           "requests. Clinic 08/01, sent 27/01: late_clinic_letter.")

# C02 rheumatology, exactly seven days: methotrexate kept by the hospital with a shared-care agreement offered
# for the practice's agreement; green drugs to continue: hard negative.
pt = P("Marguerite Dunstable", "420035", "1963-04-17")
letter(key="c02", prov="thv", dept="Rheumatology Outpatients", kind="clinic_letter", specialty="Rheumatology",
       clinician="Dr Anselm Roebuck", patient=pt, ev="2042-01-14", ld="2042-01-20", sent="2042-01-21 16:30",
       fmt="docx", subject="Rheumatology clinic letter - DUNSTABLE M", body=f"""
# RHEUMATOLOGY OUTPATIENTS
{idl(pt)}
Seen in clinic: 14/01/2042 (Dr Anselm Roebuck, Consultant Rheumatologist)
Referred by: Dr K Asante-Lowe, 02/10/2041

Dear Dr Asante-Lowe

Diagnosis: psoriatic arthritis (polyarticular), with nail and scalp psoriasis.

Mrs Dunstable has had painful, swollen fingers and a swollen left knee for around a year. Today she had eight tender and five swollen joints, dactylitis of the right third toe and a CRP of 31. Hand X-rays show no erosions.

# Plan
- Methotrexate 15 mg once weekly (Mondays) with folic acid 5 mg once weekly (Thursdays), started in clinic today. We have supplied four weeks and will keep prescribing it from our clinic for the first 12 weeks.
- Monitoring FBC, U&E and LFTs fortnightly for 6 weeks and then monthly: these will be taken by our rheumatology specialist nurses in the day unit, and they will act on the results.
- The Thornleigh Vale shared care agreement for methotrexate is enclosed for the practice to consider. If you are willing to take over prescribing and monitoring once her dose has been stable for 12 weeks, please return the signed agreement; until we hear from you, prescribing and monitoring stay with us.
- She has been referred by us to the hand therapy team for splints.
- Please continue amlodipine 5 mg once daily and her emollients as before.

Next appointment: rheumatology clinic in 3 months (we will send the date).

Yours sincerely

Dr Anselm Roebuck
Consultant Rheumatologist
""", notes="Hard negative: the hospital starts, supplies and monitors methotrexate and offers a shared-care "
           "agreement for the practice's agreement (the proper process); hand therapy referral made by the "
           "hospital; amlodipine is a green drug to continue. Clinic 14/01, sent 21/01: exactly seven days, on time.")

# C03 CMHT review: lithium prescribing and monitoring passed to the practice in a plan bullet, no agreement
# offered; sertraline (green) continues; care coordinator visits.
pt = P("Callum Brightwater", "420042", "1988-08-09")
letter(key="c03", prov="ebb", dept="Community Mental Health Team (Ebbsworth West)", kind="clinic_letter",
       specialty="General Adult Psychiatry", clinician="Dr Niamh Castellano", patient=pt, ev="2042-01-15",
       ld="2042-01-19", sent="2042-01-19 13:05", fmt="html", opts={"label_col": True, "alt": True},
       subject="CPA review - BRIGHTWATER C", body=f"""
# Care Programme Approach review
| Name | {pt['name']} |
| Date of birth | {dmy(pt['dob'])} |
| NHS number | {spaced(pt['nhs_number'])} |
| Date of review | 15/01/2042 |
| Care coordinator | Jonas Pettifer, CPN |
| Consultant | Dr Niamh Castellano |

Dear Dr Tapley

Diagnosis: bipolar affective disorder, currently euthymic.

Callum came to the review with his partner. He has been well since his admission in 2040 and has been working full time since the summer. He has been on lithium carbonate (Priadel) 800 mg at night since August 2041, with levels between 0.6 and 0.7 mmol/L; eGFR and calcium are normal, TSH 2.1. All his lithium levels so far have been taken in our clinic.

# Plan
- Lithium carbonate (Priadel) 800 mg at night, unchanged.
- [[shared_care_without_agreement: Now that he is stable, lithium prescribing and the three-monthly lithium levels, U&Es and TFTs will be picked up by the practice from February]].
- Sertraline 100 mg once daily continues; no change.
- Jonas Pettifer will carry on seeing him at home every two weeks.
- Next CPA review in six months; we will send the appointment.
- Crisis plan: Callum and his partner have the crisis team number, 01632 960 299.

Dr Niamh Castellano
Consultant Psychiatrist
""", notes="Lithium (amber, shared-care drug) prescribing and monitoring passed to the practice as a statement "
           "('will be picked up by the practice') with no shared-care agreement offered: "
           "shared_care_without_agreement. Sertraline continuing and the coordinator's visits are negatives. "
           "Sent four days after the review.")

# R01 respiratory results, URGENT: CT shows a lesion suspicious for lung cancer; the two-week-wait referral the
# respiratory team should make itself is stated as the GP's.
pt = P("Geoffrey Mallender", "420059", "1949-02-27")
letter(key="r01", prov="mar", dept="Respiratory Medicine", kind="results", specialty="Respiratory Medicine",
       clinician="Dr Ifeoma Ravensworth", patient=pt, ev=None, ld="2042-01-20", sent="2042-01-20 17:40",
       fmt="plain", urgent=True, subject="URGENT - CT thorax result - MALLENDER G", body=f"""
{head("mar", "Respiratory Medicine")}

RESULTS LETTER - URGENT
{idl(pt)}
To: Dr Priya Halvorsen, {PRACTICE}

CT thorax with contrast, 16/01/2042 (requested from respiratory clinic on 22/12/2041 for a persistent cough)

Report: 27 mm spiculated mass in the posterior segment of the right upper lobe with enlarged right hilar and
subcarinal nodes. Appearances are highly suspicious for a primary lung cancer. No liver or adrenal lesion.

Dear Dr Halvorsen

I telephoned Mr Mallender this afternoon to tell him that the scan is abnormal and that it needs to be looked
into quickly; his daughter was with him. He was understandably shaken but keen to get on with things. [[onward_referral: The next step is a referral on the suspected lung cancer pathway, which will need to come from the GP as a two-week-wait referral so that he is seen in the rapid access lung clinic]].

His spirometry from 22/12/2041 showed mild obstruction (FEV1 72% predicted) and we will still see him in
the respiratory clinic in March as planned.

Dr Ifeoma Ravensworth
Consultant Respiratory Physician
""", notes="Urgent: a CT suspicious for lung cancer. The suspected-cancer referral the respiratory team should make "
           "itself is stated as the GP's job ('will need to come from the GP as a two-week-wait referral'): "
           "onward_referral, urgent_clinical_action. The hospital keeping its March clinic is a negative.")

# D02 general surgery, late (69 h): fit note for the recovery period split over two sentences; wound closed
# with glue, histology handled by the surgeon, TTO supplied, safety-net to the surgical unit.
pt = P("Owain Threlfall", "420066", "1979-05-30")
letter(key="d02", prov="thv", dept="General Surgery - Ward 14", kind="discharge_summary",
       specialty="General Surgery", clinician="Dr Lucy Fenwick-Ames", patient=pt, ev="2042-01-09",
       ev_time="12:15", ld="2042-01-11", sent="2042-01-12 09:30", fmt="pdf",
       subject="Discharge summary - General Surgery - THRELFALL O", late="Date of discharge: 09/01/2042",
       body=f"""
# Discharge Summary - General Surgery (Ward 14)
| Patient | {pt['name']} |
| Date of birth | {dmy(pt['dob'])} |
| NHS number | {spaced(pt['nhs_number'])} |
| Admitted | 07/01/2042 (surgical assessment unit) |
| Consultant | Mr Benedict Harrowgate |

Date of discharge: 09/01/2042 (12:15)

# Diagnosis and procedure
Acute calculous cholecystitis. Laparoscopic cholecystectomy on 08/01/2042 (Mr Benedict Harrowgate), uncomplicated.

# Hospital course
Admitted with right upper quadrant pain, fever and a CRP of 188; ultrasound confirmed a thick-walled gallbladder with stones. Operated on the index admission. He was eating and mobile on day 1 and went home on day 2 after the post-operative review.

# Plan and requested actions
- Port sites closed with absorbable sutures and skin glue: nothing to remove.
- Gallbladder histology will be reviewed by Mr Harrowgate, who will write to the patient.
- TTO: paracetamol 1 g QDS and codeine 30 mg QDS PRN, 7 days supplied.
- He is a scaffolder and has been told not to lift anything heavy for four weeks. [[fit_note: A fit note covering this period can be obtained from his GP]].

# Information for the patient
If you develop a fever, yellow skin or eyes, or worsening pain in your tummy, phone the surgical assessment unit on 0116 496 0388.

Dr Lucy Fenwick-Ames, FY1, for Mr Benedict Harrowgate, Consultant Surgeon
""", notes="Fit note for the post-operative recovery the hospital should certify left to the GP, split over two "
           "sentences (the second carries the request): fit_note. Glue, histology, TTO and safety-netting are "
           "negatives. Discharged 12:15 on 09/01, sent 09:30 on 12/01: late_discharge_summary.")

# F01 gastroenterology referral returned: test-and-treat and PPI trial stated as expected of primary care.
pt = P("Philippa Nankervis", "420073", "1984-09-12")
letter(key="f01", prov="thv", dept="Gastroenterology - Referral Triage", kind="referral_response",
       specialty="Gastroenterology", clinician="Dr Saoirse Blenkinsop", patient=pt, ev=None, ld="2042-01-22",
       sent="2042-01-22 11:10", fmt="plain", subject="Referral triage outcome - NANKERVIS P", body=f"""
{head("thv", "Gastroenterology - Referral Triage")}

REFERRAL TRIAGE OUTCOME
{idl(pt)}
Referral received: 17/01/2042 via e-RS (routine, dyspepsia)
Triaged by: Dr Saoirse Blenkinsop, Consultant Gastroenterologist
Outcome: not accepted at this stage - returned to referrer

Dear Dr Asante-Lowe

Thank you for referring Mrs Nankervis, aged 57, with four months of epigastric discomfort and bloating. The
referral mentions no weight loss, dysphagia, vomiting or anaemia, and her FBC from December was normal.

The referral has not been accepted at this stage. [[referral_returned_for_workup: A test-and-treat approach for Helicobacter pylori and an eight-week trial of full-dose PPI would be expected to have been completed in primary care before a gastroenterology appointment is offered]].

Should her symptoms persist despite this, or any alarm feature develop, a new referral would be welcome and
will be prioritised accordingly.

Dr Saoirse Blenkinsop
Consultant Gastroenterologist
""", notes="Referral returned with work-up stated as expected of primary care first: referral_returned_for_workup. "
           "The closing conditional re-referral is not a separate request.")

# C05 pre-operative assessment at the treatment centre: its own GP questionnaire and the tests its anaesthetist
# needs, both under 'Actions for GP' as statements; blood pressure optimisation is ordinary GP work.
pt = P("Edwin Sowerbutts", "420080", "1952-12-01")
letter(key="c05", prov="kes", dept="Pre-operative Assessment Clinic", kind="clinic_letter",
       specialty="Trauma and Orthopaedics", clinician="Mrs Gwyneth Arkwright", patient=pt, ev="2042-01-19",
       ld="2042-01-21", sent="2042-01-22 14:00", fmt="pdf", subject="Pre-operative assessment - SOWERBUTTS E",
       body=f"""
# Pre-operative Assessment
{idl(pt)}
Planned procedure: right total knee replacement (Mr Casimir Delahaye), NHS e-Referral
Assessment date: 19/01/2042
Assessed by: Mrs Gwyneth Arkwright, Pre-assessment Nurse Lead

Dear Dr Tapley

Mr Sowerbutts attended his pre-operative assessment on 19/01/2042. He is keen to have the operation before the summer.

# Findings
| Blood pressure | 168/96, repeated 164/94 |
| Heart sounds | soft ejection systolic murmur, not previously documented |
| Diabetes | type 2, diet controlled; no HbA1c in the last 6 months |
| Medication | amlodipine 10 mg OD, atorvastatin 20 mg ON |

The murmur will be assessed by our anaesthetist at the anaesthetic review, who will arrange an echocardiogram at Keswold if one is needed.

# Actions for GP
1. [[non_contractual_admin: The enclosed Keswold GP pre-operative medical questionnaire is to be completed by the practice and returned before a theatre date can be allocated]].
2. [[tests_for_hospital: An ECG, HbA1c and U&Es are needed for the anaesthetic review, and these can be done at the surgery with the results e-mailed to our pre-assessment team]].
3. Blood pressure: surgery can go ahead once clinic readings are below 160/100; he has been asked to book a review of his blood pressure with you.

Mrs Gwyneth Arkwright
Pre-assessment Nurse Lead, for Mr Casimir Delahaye, Consultant Orthopaedic Surgeon
""", notes="The treatment centre's own pre-operative questionnaire stated as the practice's to complete: "
           "non_contractual_admin; tests its anaesthetist needs stated as doable at the surgery: "
           "tests_for_hospital. Echo arranged by the provider (negative); BP control is ordinary GP work. "
           "Sent three days after the assessment.")

# C06 community MSK: discharged after one missed appointment, re-referral stated as required.
pt = P("Tamsin Gorringe", "420097", "1990-03-05")
letter(key="c06", prov="ebb", dept="Community MSK Service", kind="clinic_letter", specialty="Musculoskeletal",
       clinician="Mr Declan Ferrand", patient=pt, ev="2042-01-21", ld="2042-01-23", sent="2042-01-23 09:15",
       fmt="plain", subject="Community MSK - non-attendance - GORRINGE T", body=f"""
{head("ebb", "Community MSK Service")}

{idl(pt)}
Appointment: {long("2042-01-21")}, 10:40, Ebbsworth Health Campus (date 21/01/2042)

Dear Dr Halvorsen

Ms Gorringe was booked for an assessment of her right shoulder pain but did not attend and did not let us
know beforehand. In line with the service's access policy she has been discharged from the Community MSK
Service. [[dna_rereferral: Re-referral by the GP will be required for her to be offered a further appointment]].

Our self-management leaflet for shoulder pain has been posted to her home address.

Mr Declan Ferrand
Clinical Lead Physiotherapist
""", notes="Discharged after one missed appointment with re-referral stated as required: dna_rereferral. "
           "Sent two days after the missed appointment.")

# D04 respiratory discharge: one day of the courses supplied, the rest stated as the GP's; sputum culture left
# to the surgery; community team, rehab and the follow-up X-ray all arranged by the hospital.
pt = P("Agnes Throssell", "420103", "1945-07-21")
letter(key="d04", prov="mar", dept="Respiratory Medicine - Ward 31", kind="discharge_summary",
       specialty="Respiratory Medicine", clinician="Dr Mateusz Calloway", patient=pt, ev="2042-02-04",
       ev_time="11:30", ld="2042-02-04", sent="2042-02-05 09:10", fmt="docx",
       subject="Discharge summary - Ward 31 - THROSSELL A", body=f"""
# DISCHARGE SUMMARY - RESPIRATORY MEDICINE
{idl(pt)}
Admitted: 01/02/2042   Discharged: 04/02/2042 at 11:30   Ward 31
Consultant: Dr I Ravensworth   Author: Dr Mateusz Calloway, FY2

# Diagnosis
Infective exacerbation of COPD (GOLD 3). No pneumonia on chest X-ray.

# Summary
Mrs Throssell came in with three days of increased breathlessness and purulent sputum. She needed controlled oxygen for 48 hours, nebulisers and a course of prednisolone and doxycycline, and was weaned to room air by day 3 (SpO2 92%). She was reviewed by the COPD nurse, who checked her inhaler technique and changed her to a triple inhaler.

# Medications on discharge
| Medicine | Dose | Status | Supplied |
| Prednisolone | 30 mg OM | day 4 of 7 | 1 day |
| Doxycycline | 100 mg OD | day 4 of 7 | 1 day |
| Trimbow 172/5/9 | 2 puffs BD | NEW, replaces Fostair | 1 inhaler |
| Salbutamol | 2 puffs PRN | unchanged | own supply |

Ward stock only was available at discharge because the pharmacy robot was out of service. [[hospital_only_prescribing: The remaining two days of both courses are to be issued by the GP]].

# Actions for GP
[[results_chasing: Sputum culture sent on 02/02/2042 was still pending at discharge and will be forwarded to the surgery to action if anything grows]].

# Follow-up arranged by the hospital
- Community respiratory team referral made; they will visit her at home within 72 hours.
- Pulmonary rehabilitation referral sent by the ward.
- Repeat chest X-ray in 6 weeks has been requested by us and the appointment will be posted to her.

# Information for the patient
Use your rescue pack only as the community respiratory nurse explains. If you are more breathless than usual and your inhaler does not help, call 999.
""", notes="Less than 7 days' supply on discharge with the rest stated as the GP's to issue: "
           "hospital_only_prescribing; a hospital-sent sputum culture to be forwarded to the surgery to action: "
           "results_chasing. The X-ray, community team and rehab referrals are done by the hospital "
           "(negatives). Discharged 11:30 on 04/02, sent 09:10 on 05/02: on time.")

# C07 urology, late (8 days): the biopsy result reported as coming from the GP; PSA sent by the hospital left to
# the practice; CT urogram arranged by the hospital; the 2WW referral is history.
pt = P("Reginald Coultas", "420110", "1958-10-14")
letter(key="c07", prov="thv", dept="Urology - Haematuria Clinic", kind="clinic_letter", specialty="Urology",
       clinician="Mr Anand Ellery", patient=pt, ev="2042-02-10", ld="2042-02-17", sent="2042-02-18 09:00",
       fmt="html", opts={"label_col": True, "alt": True}, subject="Urology clinic letter - COULTAS R",
       late="I saw Mr Coultas in the one-stop haematuria clinic on 10/02/2042", body=f"""
| Patient | {pt['name']} |
| DOB | {dmy(pt['dob'])} |
| NHS No | {spaced(pt['nhs_number'])} |
| Clinic | One-stop haematuria clinic |
| Consultant | Mr Anand Ellery |

Dear Dr Tapley

I saw Mr Coultas in the one-stop haematuria clinic on 10/02/2042, following your two-week-wait referral of 27/01/2042 for a single episode of painless visible haematuria. He is an ex-smoker (30 pack-years, stopped 2030) and otherwise well.

# Findings
- Urine dip: blood 2+, no nitrites.
- Renal ultrasound (same day): normal kidneys, no hydronephrosis.
- Flexible cystoscopy: a 6 mm area of velvety erythema on the posterior wall, biopsied under local anaesthetic; no papillary tumour.
- Prostate benign to palpation, moderately enlarged.

# Plan
- A CT urogram has been requested and will be done at Thornleigh Vale; the radiology department will send him the date.
- [[patient_redirected_to_gp: He has been told that the biopsy result will be available from his GP in about three weeks]].
- [[results_chasing: The PSA taken in clinic today will come back to the practice for action]].
- I will review him in clinic with the CT result.

Yours sincerely

Mr Anand Ellery
Consultant Urological Surgeon
""", notes="The patient told the hospital's biopsy result will come from his GP: patient_redirected_to_gp; the "
           "PSA the hospital took to come back to the practice for action: results_chasing. CT urogram arranged "
           "by the hospital and the earlier 2WW referral are negatives. Clinic 10/02, sent 18/02 (8 days): "
           "late_clinic_letter.")

# C08 sleep clinic, long narrative: a red drug to be prescribed by the GP from the outset, stated as
# anticipated; modafinil supplied by the hospital; DVLA advice for the patient.
pt = P("Jasper Ollerton", "420127", "1996-01-25")
letter(key="c08", prov="mar", dept="Neurology - Sleep Disorders Service", kind="clinic_letter",
       specialty="Neurology", clinician="Dr Evangeline Tolley", patient=pt, ev="2042-02-11", ld="2042-02-13",
       sent="2042-02-13 16:20", fmt="plain", subject="Sleep clinic letter - OLLERTON J", body=f"""
{head("mar", "Neurology - Sleep Disorders Service")}

{idl(pt)}
Clinic: 11/02/2042, Sleep Disorders Clinic (follow-up)
Consultant: Dr Evangeline Tolley

Dear Dr Halvorsen

Diagnosis: narcolepsy type 1 (with cataplexy)

Mr Ollerton was first referred to us in 2040 by your practice with excessive daytime sleepiness. His
polysomnography and multiple sleep latency test in October 2041 showed a mean sleep latency of 3 minutes with
four sleep-onset REM periods, and he describes clear cataplexy when laughing, with his knees buckling two or
three times a week. He started modafinil in October and it has helped his mornings, but by mid-afternoon he is
still falling asleep at his desk and he has twice dropped his phone during episodes of cataplexy at work. His
Epworth score today was 19.

We talked at length about the options, including pitolisant and sodium oxybate, and about the practicalities of
taking a medicine twice in the night. He and his partner read the information beforehand and would like to go
ahead with sodium oxybate, which I think is the right choice given how troublesome the cataplexy has become. [[hospital_only_prescribing: Sodium oxybate will be started at 2.25 g at bedtime and 2.25 g two and a half to four hours later, and it is anticipated that prescriptions will be issued by his GP from the outset]]. He knows not to drink alcohol with it and
that it must be kept locked away.

Modafinil 200 mg each morning continues for now, supplied by our hospital pharmacy. He has been reminded that
he must not drive and must tell the DVLA about the diagnosis, which he says he did in November. I will see
him again in three months.

Yours sincerely

Dr Evangeline Tolley
Consultant Neurologist, Sleep Medicine
""", notes="A red, specialist-only drug (sodium oxybate) to be prescribed by the GP from initiation, stated as "
           "'anticipated' in the middle of a long paragraph: hospital_only_prescribing. Modafinil supplied by "
           "the hospital and DVLA advice to the patient are negatives.")

# C09 dermatology, late (14 days): azathioprine prescribing and monitoring moved to primary care as a
# statement, no shared-care agreement offered.
pt = P("Beatrix Penhallow", "420134", "1975-06-08")
letter(key="c09", prov="thv", dept="Dermatology Outpatients", kind="clinic_letter", specialty="Dermatology",
       clinician="Dr Rupert Axelby", patient=pt, ev="2042-02-12", ld="2042-02-25", sent="2042-02-26 10:40",
       fmt="docx", subject="Dermatology clinic letter - PENHALLOW B",
       late="Seen in the dermatology clinic on 12/02/2042", body=f"""
# DERMATOLOGY OUTPATIENTS - FOLLOW-UP
{idl(pt)}
Seen in the dermatology clinic on 12/02/2042 by Dr Rupert Axelby, Consultant Dermatologist.
Typed 25/02/2042.

Dear Dr Tapley

Diagnosis: severe adult atopic eczema

Mrs Penhallow started azathioprine in October 2041 after phototherapy failed (TPMT activity normal). She is now on 125 mg daily and her EASI score has fallen from 28 to 6. She sleeps through the night for the first time in years. Her blood tests have been taken fortnightly and then monthly in our dermatology day unit and have been stable for three months (WCC 5.2, neutrophils 3.1, ALT 24).

# Recommendations
- Azathioprine 125 mg once daily to continue for at least a further 12 months.
- [[shared_care_without_agreement: As her dose and blood tests are now stable, the azathioprine prescribing and the three-monthly FBC and LFT monitoring can move across to primary care]].
- Emollients and Dermovate ointment for flares, as she already gets on repeat from you.
- Review in the dermatology clinic in 6 months.

Yours sincerely

Dr Rupert Axelby
Consultant Dermatologist
""", notes="Azathioprine (amber) prescribing and monitoring transferred to primary care by statement with no "
           "agreement offered: shared_care_without_agreement. Emollients on repeat are a negative. Clinic "
           "12/02, sent 26/02: late_clinic_letter.")

# C10 gynaecology: follow-up ultrasound split over two sentences, the second giving it to the GP; CA-125
# handled by the hospital; advice on HRT asks nothing.
pt = P("Lorraine Kettleby", "420141", "1968-02-19")
letter(key="c10", prov="mar", dept="Gynaecology - Rapid Access PMB Clinic", kind="clinic_letter",
       specialty="Gynaecology", clinician="Miss Felicity Ambrose", patient=pt, ev="2042-02-17", ld="2042-02-20",
       sent="2042-02-23 11:00", fmt="pdf", subject="Gynaecology clinic letter - KETTLEBY L", body=f"""
# Rapid Access Postmenopausal Bleeding Clinic
{idl(pt)}
Clinic date: 17/02/2042
Consultant: Miss Felicity Ambrose

Dear Dr Asante-Lowe

Thank you for referring Mrs Kettleby with a single episode of postmenopausal bleeding in January, two years after stopping HRT.

Transvaginal ultrasound in clinic showed a thin endometrium of 3 mm, so an endometrial biopsy was not needed. Incidentally there is a 38 mm simple cyst on the left ovary, unilocular with no solid parts or free fluid. Speculum examination showed atrophic changes only, and her cervical screening is up to date.

# Plan
A CA-125 was taken today; I will write to Mrs Kettleby myself with the result. She needs a repeat pelvic ultrasound in three months to confirm that the cyst has resolved. [[tests_for_hospital: This can be requested by her GP, and I would be grateful for the report to be copied to me]]. From a gynaecological point of view there is no reason she should not restart HRT if she and you wish, with vaginal oestrogen an option for the atrophic symptoms.

Yours sincerely

Miss Felicity Ambrose
Consultant Gynaecologist
""", notes="Follow-up imaging for the gynaecologist's own decision split over two sentences; the second hands it "
           "to the GP ('This can be requested by her GP'): tests_for_hospital. CA-125 handled by the hospital and "
           "HRT advice are negatives. Sent six days after the clinic.")

# E01 ED: fracture-clinic review and the fit note for the injury both stated as coming via the GP; safety net
# for the patient.
pt = P("Sunita Marwood", "420158", "1981-12-04")
letter(key="e01", prov="thv", dept="Emergency Department", kind="ed_letter", specialty="Emergency Medicine",
       clinician="Dr Jonah Pickavance", patient=pt, ev="2042-02-19", ld="2042-02-19", sent="2042-02-20 07:50",
       fmt="html", opts={"label_col": True}, subject="ED attendance - MARWOOD S", body=f"""
# Emergency Department - Attendance Summary
| Patient | {pt['name']} |
| DOB | {dmy(pt['dob'])} |
| NHS number | {spaced(pt['nhs_number'])} |
| Attended | 19/02/2042, 18:05 to 21:40 |
| Seen by | Dr Jonah Pickavance, ST4 Emergency Medicine |

Presenting complaint: fall on an outstretched right hand on ice.

X-ray: minimally displaced extra-articular fracture of the right distal radius. Neurovascularly intact. Placed in a dorsal backslab; analgesia given in the department.

# Plan
- [[onward_referral: She will need a review in fracture clinic within the week, and this will be arranged through her GP]].
- [[fit_note: She works as a hairdresser and cannot work with the backslab, so a fit note for four weeks will be needed, which her GP will be able to provide]].
- Advised to buy paracetamol and ibuprofen.

# Information for the patient
If your fingers become numb, swollen or blue, or the plaster feels too tight, come back to the Emergency Department straight away.
""", notes="ED leaves the fracture-clinic referral for the injury it treated to the GP ('will be arranged through "
           "her GP'): onward_referral; the fit note for the injury stated as the GP's: fit_note. The safety net "
           "is a negative.")

# D05 orthopaedics, late (4 days): clip removal stated as taking place at the practice; the patient told to
# contact the GP to chase the hospital's own review appointment; fit note and enoxaparin done by the ward.
pt = P("Wilfred Pennock", "420165", "1947-03-11")
letter(key="d05", prov="mar", dept="Trauma and Orthopaedics - Ward 22", kind="discharge_summary",
       specialty="Trauma and Orthopaedics", clinician="Dr Rosamund Ellingham", patient=pt, ev="2042-02-20",
       ev_time="15:45", ld="2042-02-23", sent="2042-02-24 16:40", fmt="docx",
       subject="Discharge summary - elective hip - PENNOCK W", late="Discharged home on 20/02/2042", body=f"""
# ORTHOPAEDIC DISCHARGE SUMMARY
{idl(pt)}
Admitted: 16/02/2042 (elective)
Discharged home on 20/02/2042 at 15:45
Consultant: Mr H Varley   Completed by: Dr Rosamund Ellingham, CT1 Trauma and Orthopaedics

# Procedure
Left uncemented total hip replacement on 16/02/2042. Wound closed with skin clips.

# Progress
Mr Pennock had an uneventful recovery apart from a postural drop on day 1, which settled with fluids. He was mobile with two sticks and managed stairs with the physiotherapists before discharge.

# Medication
- Enoxaparin 40 mg SC OD for 28 days from surgery: full course supplied, and he and his wife were taught to give it.
- Paracetamol 1 g QDS and oxycodone 5 mg PRN: 14 days supplied.
- All usual medication unchanged.

# Plan
- [[post_procedure_care: Removal of the wound clips at 12 to 14 days after surgery will take place at the GP practice]].
- Outpatient physiotherapy: referral made by the ward physiotherapist.
- Fit note: not needed (retired).
- [[patient_redirected_to_gp: If he has not received his six-week review appointment by 20/03/2042, he has been advised to contact his GP]].

# Information for the patient
If the wound becomes hot, red or starts to leak, or your calf becomes painful or swollen, ring Ward 22 on 0131 496 0861 at any time.
""", notes="Clip removal after the hospital's own operation stated as happening at the GP practice: "
           "post_procedure_care; the patient told to chase the hospital's own review booking through his GP "
           "(worded as a conditional but it redirects a hospital booking query): patient_redirected_to_gp. "
           "Physio referral, supplies and the ward's safety net are negatives. Discharged 15:45 on 20/02, sent "
           "24/02: late_discharge_summary.")

# C11 memory clinic: not brought to the first appointment, referral closed, a new referral stated as needed.
pt = P("Harold Fennimore", "420172", "1939-09-30")
letter(key="c11", prov="ebb", dept="Memory Assessment Service", kind="clinic_letter",
       specialty="Old Age Psychiatry", clinician="Dr Ottilie Brandreth", patient=pt, ev="2042-02-24",
       ld="2042-02-26", sent="2042-02-26 15:30", fmt="html", subject="Memory Assessment Service - FENNIMORE H",
       body=f"""
# Memory Assessment Service
Patient: {pt['name']}, DOB {dmy(pt['dob'])}, NHS number {spaced(pt['nhs_number'])}
Appointment missed: 24/02/2042, 14:00, Lantern House

Dear Dr Halvorsen

Mr Fennimore was not brought to his first memory assessment appointment at Lantern House. Our administrator rang his daughter, the contact named on your referral, twice on the day and once the following morning without reply. As we have been unable to make contact, his referral to the Memory Assessment Service has been closed. [[dna_rereferral: Any further assessment will need a new referral from the practice]].

We have written to his daughter to let her know.

Dr Ottilie Brandreth
Consultant in Old Age Psychiatry
""", notes="Referral closed after the first missed appointment, with a new referral from the practice stated as "
           "needed: dna_rereferral. The letter to the daughter is a negative.")

# F02 cardiology: referral converted to advice and guidance, investigations stated as to be organised in
# primary care first; a conditional invitation to re-refer.
pt = P("Imran Habbershaw", "420189", "1970-05-16")
letter(key="f02", prov="mar", dept="Cardiology - Referral Assessment Service", kind="referral_response",
       specialty="Cardiology", clinician="Dr Cordelia Whitby", patient=pt, ev=None, ld="2042-03-02",
       sent="2042-03-02 12:30", fmt="html", subject="e-RS referral converted to Advice and Guidance - HABBERSHAW I",
       body=f"""
# e-RS referral converted to Advice and Guidance
| Patient | {pt['name']} |
| DOB | {dmy(pt['dob'])} |
| NHS No | {spaced(pt['nhs_number'])} |
| Referral | routine, palpitations, received 24/02/2042 |
| Reviewed by | Dr Cordelia Whitby, Consultant Cardiologist |

Dear Dr Tapley

Thank you for the referral. Mr Habbershaw describes intermittent fast regular palpitations lasting a few minutes, without syncope or chest pain; his resting ECG is normal and there is no family history of sudden death.

This referral has been converted to Advice and Guidance rather than booked into clinic. [[referral_returned_for_workup: Before a cardiology appointment is considered, a 7-day ambulatory ECG and a transthoracic echocardiogram should be organised in primary care]]. Cutting down on caffeine and energy drinks is reasonable in the meantime.

If these show a significant arrhythmia or a structural abnormality, please re-refer and he will be seen promptly.

Dr Cordelia Whitby
Consultant Cardiologist
""", notes="Clinically appropriate referral converted to A&G with work-up stated as for primary care first: "
           "referral_returned_for_workup. The conditional 'please re-refer' is not a separate request.")

# R02 renal results, URGENT: hyperkalaemia on the hospital's own bloods after it added spironolactone; acting
# on it within 24 hours stated as the practice's.
pt = P("Clifford Maybury", "420196", "1956-08-02")
letter(key="r02", prov="thv", dept="Renal Medicine", kind="results", specialty="Renal Medicine",
       clinician="Dr Yusuf Kettlewell", patient=pt, ev=None, ld="2042-03-04", sent="2042-03-04 16:05",
       fmt="plain", urgent=True, subject="URGENT result - potassium 6.3 - MAYBURY C", body=f"""
{head("thv", "Renal Medicine")}

ABNORMAL RESULT - TIME CRITICAL
{idl(pt)}
GP: Dr K Asante-Lowe, {PRACTICE}

Sample taken in renal clinic 03/03/2042 (non-haemolysed):
  Potassium   6.3 mmol/L   (3.5-5.3)
  Creatinine  248 umol/L   (baseline 190 in December)
  eGFR        22

Spironolactone 25 mg once daily was added in renal clinic on 03/02/2042 for resistant hypertension; he also
takes ramipril 10 mg. [[results_chasing: These results will need to be acted on by the practice within 24 hours, with a repeat U&E and a review of his spironolactone and ramipril]]. He has been sent a copy of this letter.

Dr Yusuf Kettlewell
Specialty Registrar, Renal Medicine
""", notes="Urgent: hyperkalaemia on bloods the renal clinic took after starting spironolactone; acting on its own "
           "result stated as the practice's: results_chasing, urgent_clinical_action.")

# C12 GCA fast-track clinic, URGENT: high-dose steroid needed today, the first prescription left to the surgery.
pt = P("Dorothy Lamplugh", "420202", "1944-11-23")
letter(key="c12", prov="mar", dept="Rheumatology - GCA Fast-Track Clinic", kind="clinic_letter",
       specialty="Rheumatology", clinician="Dr Ambrose Kilbride", patient=pt, ev="2042-03-05", ld="2042-03-05",
       sent="2042-03-05 17:20", fmt="plain", urgent=True, subject="URGENT - GCA clinic - LAMPLUGH D", body=f"""
{head("mar", "Rheumatology - GCA Fast-Track Clinic")}

URGENT - PLEASE ACTION TODAY
{idl(pt)}
Seen: 05/03/2042, GCA fast-track clinic, Dr Ambrose Kilbride

Dear Dr Halvorsen

Thank you for the urgent referral this morning. Mrs Lamplugh has three weeks of new left temporal headache,
scalp tenderness and jaw claudication, with a CRP of 64. Temporal and axillary artery ultrasound shows a
bilateral halo sign. The probability of giant cell arteritis is high and she needs prednisolone 60 mg once
daily starting today. Unfortunately the outpatient pharmacy had closed by the time she was scanned, [[hospital_only_prescribing: so the first prescription for prednisolone 60 mg once daily will have to be issued by the surgery today]].

There are no visual symptoms. We will see her again in the GCA clinic in two weeks, when our nurses will take
her ESR and CRP. She knows to go straight to the eye casualty at Marrowfield Royal Infirmary if she notices
any change in her vision.

Dr Ambrose Kilbride
Consultant Rheumatologist
""", notes="Urgent: suspected GCA needing steroids today; the immediate supply after the clinic visit left to the "
           "surgery: hospital_only_prescribing, urgent_clinical_action. Follow-up bloods by the hospital and "
           "the eye-casualty safety net are negatives.")

# D06 day-case hernia repair at the treatment centre: wound check and suture removal advised at the practice;
# its outcomes data sheet for the practice to complete; analgesia and fit note supplied.
pt = P("Martin Ashburnham", "420219", "1966-04-04")
letter(key="d06", prov="kes", dept="Day Surgery Unit", kind="discharge_summary", specialty="General Surgery",
       clinician="Mr Casimir Delahaye", patient=pt, ev="2042-03-09", ev_time="17:15", ld="2042-03-09",
       sent="2042-03-10 10:30", fmt="html", subject="Day surgery discharge - ASHBURNHAM M", body=f"""
# Day Surgery Discharge Summary
| Patient | {pt['name']} |
| Date of birth | {dmy(pt['dob'])} |
| NHS number | {spaced(pt['nhs_number'])} |
| Procedure date | 09/03/2042 |
| Discharged | 09/03/2042 at 17:15 |
| Surgeon | Mr Casimir Delahaye |

# Procedure
Open mesh repair of right inguinal hernia (Lichtenstein) under general anaesthetic. Skin closed with interrupted non-absorbable sutures.

# Discharge
Recovered well, passed urine, eating and drinking. Analgesia supplied for 7 days (paracetamol, ibuprofen). Fit note issued for 2 weeks.

# Actions for GP
- [[post_procedure_care: A wound check with the practice nurse at 5 to 7 days is advised, with removal of the sutures at day 10]].
- [[non_contractual_admin: The attached Keswold hernia outcomes data sheet is for completion by the practice and should be returned to us within 14 days]].

# Information for the patient
Avoid heavy lifting for four weeks. If the wound becomes red, hot or swollen, phone the Keswold day surgery nurses on 020 7946 0527.
""", notes="Aftercare of the provider's own operation stated as the practice nurse's: post_procedure_care; its "
           "outcomes data sheet for the practice to complete: non_contractual_admin. Analgesia and fit note "
           "supplied (negatives). Discharged 17:15 on 09/03, sent 10:30 next day: on time.")

# C13 neurology, late (13 days), long narrative: ophthalmology fields stated as best referred from primary care;
# the patient told her GP will go through the LP results; acetazolamide supplied and monitored by the hospital.
pt = P("Eloise Trebilcock", "420226", "1993-07-07")
letter(key="c13", prov="thv", dept="Neurology Outpatients", kind="clinic_letter", specialty="Neurology",
       clinician="Dr Lysander Moberly", patient=pt, ev="2042-03-03", ld="2042-03-13", sent="2042-03-16 09:45",
       fmt="plain", subject="Neurology clinic letter - TREBILCOCK E",
       late="I saw Miss Trebilcock in the general neurology clinic on 03/03/2042", body=f"""
{head("thv", "Neurology Outpatients")}

{idl(pt)}
Dictated 03/03/2042, typed 13/03/2042

Dear Dr Tapley

Diagnosis: probable idiopathic intracranial hypertension

I saw Miss Trebilcock in the general neurology clinic on 03/03/2042 with four months of daily headaches, worse
on lying down and on bending, with pulsatile tinnitus and two episodes of her vision greying out on standing.
Her optician had noticed swollen discs. Her BMI is 36 and she has gained about 10 kg over the last year. On
examination there was bilateral papilloedema with normal acuities and eye movements. Her MRI brain and MR
venogram on the same afternoon showed a partially empty sella and narrowing of both transverse sinuses, with no
venous sinus thrombosis. A lumbar puncture was done in our neurology day unit on 06/03/2042 with an opening
pressure of 34 cmH2O, and CSF was sent for cell count, protein and glucose. We spent some time talking about
the diagnosis, about weight loss being the mainstay of treatment and about why her vision has to be watched
closely. [[onward_referral: It is recommended that she is seen by the ophthalmology team for formal visual field assessment, and a referral is best made from primary care]]. [[patient_redirected_to_gp: She has been told that her GP will go through the lumbar puncture results with her]].

I started acetazolamide 250 mg twice daily; 14 days were supplied from our pharmacy and our day unit will check
her U&Es at two weeks. She was also given the details of the tier 3 weight management service, which she can
contact herself. I will see her again in six weeks.

Yours sincerely

Dr Lysander Moberly
Consultant Neurologist
""", notes="In a long narrative paragraph: ophthalmology referral for the same condition stated as best made from "
           "primary care ('It is recommended that ... a referral is best made from primary care'): "
           "onward_referral; the hospital's own LP results left for the GP to go through with the patient: "
           "patient_redirected_to_gp. Acetazolamide supply and monitoring by the hospital are negatives. Clinic "
           "03/03, sent 16/03: late_clinic_letter.")

# --- hard negatives -----------------------------------------------------------------------------------------

# D03 day-case cataract at the treatment centre: drops supplied, optometrist does the 4-week check, patient told
# to ring the eye line rather than the GP: hard negative.
pt = P("Winifred Catterall", "420233", "1941-05-13")
letter(key="d03", prov="kes", dept="Ophthalmology Day Unit", kind="discharge_summary", specialty="Ophthalmology",
       clinician="Mr Lorcan Pettigrew", patient=pt, ev="2042-01-27", ev_time="12:40", ld="2042-01-27",
       sent="2042-01-27 16:05", fmt="html", opts={"alt": True, "label_col": True},
       subject="Cataract surgery discharge - CATTERALL W", body=f"""
# Ophthalmology Day Case Discharge
| Patient | {pt['name']} |
| Date of birth | {dmy(pt['dob'])} |
| NHS number | {spaced(pt['nhs_number'])} |
| Date of surgery and discharge | 27/01/2042, discharged 12:40 |
| Surgeon | Mr Lorcan Pettigrew |

# Procedure
Right phacoemulsification with intraocular lens under topical anaesthesia. Uncomplicated.

# Medicines supplied
- Dexamethasone 0.1% eye drops four times a day for 2 weeks, then twice a day for 2 weeks (1 bottle supplied).
- Chloramphenicol 0.5% eye drops four times a day for 2 weeks (1 bottle supplied).

# Follow-up
- Post-operative check at 4 weeks with her own optometrist; we have sent the optometrist the post-operative form.
- Listing for the left eye: our booking team will contact her.
- No action is required from the GP practice.

# Information for the patient
If your eye becomes more painful or red, or your sight gets worse, phone the Keswold 24-hour eye line on 020 7946 0530. Do not wait to see your GP.
""", notes="Hard negative: drops supplied, the four-week check is the optometrist's, second eye listed by the "
           "provider, 'No action is required', and the patient directed to the provider's own eye line. "
           "Discharged 12:40, sent the same afternoon.")

# F03 urogynaecology referral accepted and booked; bladder diary and tests by the hospital: hard negative.
pt = P("Bernadette Quayle", "420240", "1959-10-28")
letter(key="f03", prov="mar", dept="Urogynaecology", kind="referral_response", specialty="Urogynaecology",
       clinician="Miss Henrietta Lovibond", patient=pt, ev=None, ld="2042-02-03", sent="2042-02-03 10:15",
       fmt="plain", subject="Referral accepted - Urogynaecology - QUAYLE B", body=f"""
{head("mar", "Urogynaecology")}

REFERRAL ACCEPTED
{idl(pt)}
Referral received: 28/01/2042 (Dr P Halvorsen, urinary urgency and leakage)
Triaged by: Miss Henrietta Lovibond, Consultant Urogynaecologist - accepted, routine

Appointment: 14/04/2042 at 09:30, Urogynaecology Clinic, Marrowfield Royal Infirmary. The appointment letter
was posted to Mrs Quayle today, with a three-day bladder diary for her to complete and bring with her. Our
nurses will do urinalysis and a post-void residual bladder scan at the visit.

Mrs Quayle was seen by the gynaecology department in 2037 for a prolapse and discharged after pelvic floor
physiotherapy. The continence advisory service was mentioned in the referral: we will refer her on after
assessment if it is appropriate.

Queries about the appointment: urogynaecology booking team, 0131 496 0822.
No further action is needed from the practice.
""", notes="Hard negative: referral accepted and booked, tests done at the visit, the onward continence referral "
           "kept by the hospital, past history only, queries to the hospital's own booking team.")

# R03 haematology results for information: the patient told directly, GI investigations requested by the
# hospital: hard negative.
pt = P("Nigel Cawthorne", "420257", "1961-01-31")
letter(key="r03", prov="thv", dept="Haematology", kind="results", specialty="Haematology",
       clinician="Dr Marisol Treadwell", patient=pt, ev=None, ld="2042-02-06", sent="2042-02-06 14:25",
       fmt="pdf", subject="Haematology results - for information - CAWTHORNE N", body=f"""
# Haematology Results - For Information Only
{idl(pt)}
Referral: thrombocytosis (platelets 612), haematology clinic 21/01/2042
Consultant: Dr Marisol Treadwell

| Test | Result |
| JAK2 V617F | not detected |
| CALR and MPL | not detected |
| Ferritin | 14 ug/L (low) |
| Transferrin saturation | 9% |

Dear Dr Asante-Lowe

The thrombocytosis is most likely reactive to iron deficiency rather than a myeloproliferative neoplasm. I have written to Mr Cawthorne with these results, and he has an appointment in the haematology clinic on 03/03/2042 to discuss them. Because he is a man with iron deficiency, gastroscopy and colonoscopy are needed, and we have requested both from our endoscopy unit, which will contact him directly.

This letter is for information only; no action is needed from the practice.

Dr Marisol Treadwell
Consultant Haematologist
""", notes="Hard negative: the hospital tells the patient its own results, books the follow-up and requests the "
           "endoscopies itself; 'for information only'.")

# C14 community paediatrics: the health visitor weighs, the dietitian referral is made by the clinic, bloods
# taken and acted on by the clinic: hard negative.
pt = P("Maisie Trewartha", "420264", "2040-06-18")
letter(key="c14", prov="ebb", dept="Community Paediatrics", kind="clinic_letter", specialty="Community Paediatrics",
       clinician="Dr Anneliese Fothergill", patient=pt, ev="2042-02-09", ld="2042-02-11",
       sent="2042-02-12 11:20", fmt="docx", subject="Community paediatric clinic letter - TREWARTHA M", body=f"""
# COMMUNITY PAEDIATRICS
{idl(pt)}
Clinic: 09/02/2042, Ebbsworth Child Development Centre
Seen with: mother

Dear Dr Halvorsen

Diagnosis: faltering growth (weight dropped from the 50th to below the 9th centile since 9 months), likely feeding-related.

Maisie is a lively toddler who is meeting her developmental milestones. Her weight today was 8.9 kg; length is on the 25th centile. Her mother describes fussy eating and a lot of milk (about a litre a day). There is no diarrhoea or vomiting, and examination was normal.

# Plan
- The health visitor, Mrs Joanne Pardew, is to weigh Maisie every two weeks at the Ebbsworth Family Hub and plot the weights in her red book.
- We have referred her to the community paediatric dietitian.
- FBC, ferritin, coeliac screen, U&E and TFTs were taken in clinic today by our phlebotomist; I will write to her parents with the results and act on anything abnormal.
- Review in my clinic in 3 months.

# Information for the family
If Maisie becomes unwell, stops feeding or has fewer wet nappies, see your GP or call NHS 111 the same day.

Dr Anneliese Fothergill
Consultant Community Paediatrician
""", notes="Hard negative: weighing aimed at the health visitor, dietitian referral and bloods done and acted on "
           "by the clinic, and ordinary safety-netting for the family. Sent three days after the clinic.")

# C15 ENT: first missed appointment, a new one sent; future discharge only hypothetical: hard negative.
pt = P("Kieran Dowsett", "420271", "2001-08-14")
letter(key="c15", prov="mar", dept="ENT Outpatients", kind="clinic_letter", specialty="ENT",
       clinician="Mr Gideon Ashdown", patient=pt, ev="2042-02-16", ld="2042-02-18", sent="2042-02-18 13:40",
       fmt="plain", subject="ENT - did not attend - new appointment sent - DOWSETT K", body=f"""
{head("mar", "ENT Outpatients")}

{idl(pt)}
Missed appointment: 16/02/2042, ENT Clinic C (Mr Gideon Ashdown)

Dear Dr Tapley

Mr Dowsett did not attend his ENT appointment for recurrent tonsillitis. As this is his first missed
appointment, a new appointment has been sent to him for {long("2042-03-09")} at 14:10, and our booking team
will text him a reminder. Were he not to attend that appointment as well, we would write to you and to him
before any decision about discharge was made.

No action is needed from the practice at this stage.

Mr Gideon Ashdown
Consultant ENT Surgeon
""", notes="Hard negative: first missed appointment rebooked by the hospital; the discharge is only hypothetical "
           "and nothing is asked of the practice.")

# E02 ED ankle fracture: virtual fracture clinic referral made by ED, fit note issued in the department,
# safety-netting that mentions the GP: hard negative.
pt = P("Yvonne Stainforth", "420325", "1986-02-02")
letter(key="e02", prov="mar", dept="Emergency Department", kind="ed_letter", specialty="Emergency Medicine",
       clinician="Dr Caspian Warrender", patient=pt, ev="2042-03-07", ld="2042-03-08", sent="2042-03-08 08:20",
       fmt="html", opts={"alt": True}, subject="ED discharge letter - STAINFORTH Y", body=f"""
# Emergency Department Discharge Letter
Patient: {pt['name']} | DOB: {dmy(pt['dob'])} | NHS No: {spaced(pt['nhs_number'])}
Date of attendance: 07/03/2042 | Clinician: Dr Caspian Warrender, Consultant in Emergency Medicine

# Diagnosis
Isolated Weber A fracture of the left distal fibula after going over on the ankle at netball.

# Treatment and plan
- Walking boot fitted; full weight-bearing as comfort allows.
- The virtual fracture clinic referral was made by ED on the night, and the fracture clinic team will phone her within 72 hours.
- Fit note issued in the department for 2 weeks.
- Advised on regular paracetamol and ibuprofen.
- No GP action required.

# Information for the patient
If you develop pain or swelling in your calf, chest pain or breathlessness, come back to the Emergency Department or call 999. If the ankle pain is not settling after six weeks, see your GP.
""", notes="Hard negative: fracture clinic referral made by ED, fit note already issued, safety-netting (including "
           "'see your GP' if not settling) is advice to the patient; 'No GP action required'.")

# D07 care of the elderly discharge: indapamide stopped, sodium rechecked by the virtual ward, district nurses
# dress a skin tear, amlodipine (green) continues, a hypothetical: hard negative.
pt = P("Ivy Hardcastle", "420288", "1936-12-09")
letter(key="d07", prov="thv", dept="Care of the Elderly - Ward 9", kind="discharge_summary",
       specialty="Geriatric Medicine", clinician="Dr Aurelia Stanhope", patient=pt, ev="2042-02-26",
       ev_time="14:20", ld="2042-02-26", sent="2042-02-27 11:05", fmt="docx",
       subject="Discharge summary - Ward 9 - HARDCASTLE I", body=f"""
# DISCHARGE SUMMARY - CARE OF THE ELDERLY
{idl(pt)}
Admitted: 22/02/2042   Date of discharge: 26/02/2042, 14:20   Ward 9
Consultant: Dr F Oduya   Author: Dr Aurelia Stanhope, StR Geriatric Medicine

# Diagnoses
1. Fall at home, no fracture.
2. Hyponatraemia (sodium 124 on admission), attributed to indapamide.
3. Skin tear, left shin.

# Summary
Mrs Hardcastle was found on the floor by her carer in the morning. CT head was normal. Her sodium was 124 and rose to 131 by discharge after indapamide was stopped and fluids gently restricted. Had her sodium not improved after stopping indapamide we would have gone on to a full hyponatraemia screen, but this was not needed. She was seen by the occupational therapist, who made a home visit, and her package of care has restarted at four calls a day.

# Medication changes
- Indapamide 2.5 mg: STOPPED (hyponatraemia). Please remove it from her repeat template.
- Amlodipine 10 mg once daily: continue.
- TTO: 14 days of all medicines supplied in her blister pack.

# Follow-up
- Our virtual ward team will repeat her sodium at home on 02/03/2042 and will act on the result.
- District nurses: referral sent to dress the skin tear twice a week.
- Falls clinic: referral made by the ward.
""", notes="Hard negative: the virtual ward repeats the sodium itself, district nurses do the dressings, falls "
           "referral made, TTO supplied; updating the repeat template and continuing amlodipine are ordinary GP "
           "work; the hyponatraemia screen is a hypothetical. Discharged 14:20 on 26/02, sent 11:05 next day: on "
           "time.")

# C16 colonoscopy at the treatment centre: histology reviewed and told to the patient by the endoscopy team,
# surveillance booked by them; the referral is history: hard negative.
pt = P("Humphrey Gallimore", "420295", "1957-09-19")
letter(key="c16", prov="kes", dept="Endoscopy Unit", kind="clinic_letter", specialty="Gastroenterology",
       clinician="Dr Leonie Haverstock", patient=pt, ev="2042-03-10", ld="2042-03-10", sent="2042-03-11 09:00",
       fmt="pdf", subject="Colonoscopy report - GALLIMORE H", body=f"""
# Colonoscopy Report
{idl(pt)}
Procedure date: 10/03/2042
Endoscopist: Dr Leonie Haverstock
Indication: change in bowel habit, FIT 42 ug Hb/g (suspected colorectal cancer pathway)

# Findings
- Complete examination to the caecum, good bowel preparation.
- Two polyps (4 mm and 7 mm) in the sigmoid colon, removed by cold snare and retrieved.
- Mild sigmoid diverticulosis. No cancer seen.

# Plan
Mr Gallimore was referred by Dr Halvorsen in February on the suspected cancer pathway and was told today that no cancer was seen. The polyp histology will be reviewed by our endoscopy team, who will write to him directly with the result and copy the letter to the practice. Our nurses will book any surveillance colonoscopy that the histology shows is needed.

No action is required from the GP.

# Information for the patient
If you pass a large amount of blood or develop severe tummy pain in the next 14 days, phone the Keswold Endoscopy Unit on 020 7946 0541, or go to your nearest Emergency Department out of hours.
""", notes="Hard negative: the provider reviews its own histology, tells the patient, and books surveillance; "
           "the referral is history; 'No action is required from the GP'. Sent the day after the procedure.")

# C17 heart failure nurse home visit: bisoprolol (green, on repeat) increased, her own review; "ongoing
# prescribing will be via the surgery as before" for a green drug: hard negative.
pt = P("Albert Sowden", "420301", "1943-03-30")
letter(key="c17", prov="ebb", dept="Community Heart Failure Service", kind="clinic_letter",
       specialty="Cardiology (community)", clinician="Mrs Bethan Aldridge", patient=pt, ev="2042-03-12",
       ld="2042-03-13", sent="2042-03-13 15:10", fmt="html", opts={"label_col": True},
       subject="Heart failure nurse review - SOWDEN A", body=f"""
# Community Heart Failure Service - Home Visit
| Patient | {pt['name']} |
| DOB | {dmy(pt['dob'])} |
| NHS number | {spaced(pt['nhs_number'])} |
| Visit | 12/03/2042, home |
| Seen by | Mrs Bethan Aldridge, Heart Failure Specialist Nurse |

Dear Dr Asante-Lowe

Mr Sowden (HFrEF, LVEF 30%) is much improved: weight steady at 71.4 kg, no ankle swelling, walking to the shop again. Pulse 76 regular, BP 118/70, U&Es last week (taken by me) were stable.

# Plan
- I have increased bisoprolol from 2.5 mg to 3.75 mg once daily as per the titration plan agreed at our MDT. Ongoing prescribing will be via the surgery as before, at the new dose.
- I will recheck his pulse and blood pressure at my next home visit on 26/03/2042.
- He may be a candidate for sacubitril/valsartan in future; I will discuss this at our MDT first.

Mrs Bethan Aldridge
Heart Failure Specialist Nurse
""", notes="Hard negative: bisoprolol is a green drug the practice already prescribes, so 'Ongoing prescribing will "
           "be via the surgery as before' is ordinary GP work; the nurse does her own monitoring; the "
           "sacubitril/valsartan mention is hypothetical.")

# C18 diabetes clinic: semaglutide supplied and titrated by the clinic, metformin (green) continues, HbA1c at
# the clinic's own phlebotomy, permissive advice on SGLT2 inhibitors: hard negative.
pt = P("Nadia Petrakis", "420318", "1979-11-11")
letter(key="c18", prov="thv", dept="Diabetes and Endocrinology", kind="clinic_letter",
       specialty="Diabetes and Endocrinology", clinician="Dr Eamon Letherby", patient=pt, ev="2042-03-17",
       ld="2042-03-19", sent="2042-03-20 10:10", fmt="pdf", subject="Diabetes clinic letter - PETRAKIS N", body=f"""
# Diabetes Clinic
{idl(pt)}
Clinic date: 17/03/2042
Consultant: Dr Eamon Letherby

Dear Dr Tapley

Type 2 diabetes since 2036. Mrs Petrakis was referred by you in December 2041 with an HbA1c of 82 mmol/mol despite metformin and gliclazide, and a BMI of 38.

We went through diet and activity in detail and she would like to try a GLP-1 receptor agonist. We have started semaglutide 0.25 mg once weekly; the first eight weeks have been supplied from our clinic and our diabetes specialist nurses will phone her fortnightly to step the dose up. We will write to you once she is on a stable dose.

# Recommendations
- It is recommended that she continues metformin 1 g twice daily.
- Gliclazide reduced to 40 mg once daily to lower the risk of hypoglycaemia (done in clinic; she has enough at home).
- Her HbA1c and U&Es will be rechecked in our clinic in 3 months; a phlebotomy slot is booked for 16/06/2042.
- Retinal screening is up to date (November 2041).
- If the practice ever wishes to add an SGLT2 inhibitor for cardiorenal protection, there is no objection from our point of view.

No GP action is required.

Dr Eamon Letherby
Consultant Diabetologist
""", notes="Hard negative: new drug supplied and titrated by the clinic, green metformin to continue, the clinic's "
           "own bloods booked, permissive advice on SGLT2 inhibitors that asks nothing, 'No GP action is "
           "required'.")

# ====================================================================== 'other' messages

other(key="o01", sent="2042-01-13 08:05", type="ooo", notes="Out-of-office reply from a surgical secretary.",
      frm="Elspeth Moorcroft <elspeth.moorcroft@thornleighvale.nhs.uk>",
      subject="Automatic reply: Query - discharge summary for O Threlfall",
      body="Thank you for your email. I am out of the office until Monday 19 January 2042 with limited access "
           "to email.\nFor urgent surgical queries please ring the surgical secretaries on 0116 496 0390.\n")
other(key="o02", sent="2042-01-29 12:20", type="dsn", notes="Non-delivery report for a practice query.",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>",
      subject="Undeliverable: Lithium monitoring - C Brightwater",
      body="Delivery has failed to these recipients or groups:\n\ncmht.west.admin@ebbsworth-cmh.nhs.uk\n"
           "The email address you entered couldn't be found. Please check the recipient's email address and "
           "try to resend the message.\n", rcpt="cmht.west.admin@ebbsworth-cmh.nhs.uk")
other(key="o03", sent="2042-02-02 09:00", type="html_bulletin",
      notes="ICB interface bulletin (bulk) quoting indirect request wording as examples.",
      frm="Thornleigh and Marrowfield ICB <primarycare.comms@thornleigh-marrowfield-icb.example>",
      subject="Primary care interface update - February 2042",
      body="<html><body><h2>Primary care interface update</h2><p>February 2042</p>"
           "<p>Practices continue to report letters in which work is passed on without being asked for, for "
           "example &quot;bloods should be checked in primary care&quot; or &quot;this can be requested by the "
           "GP&quot;. Please log them on the interface portal so that we can raise them with providers.</p>"
           "<p>Shared-care agreements: a reminder that prescribing moves only once a practice has accepted an "
           "agreement.</p><p>You receive this bulletin because your practice is on the ICB list.</p>"
           "</body></html>\n")
other(key="o04", sent="2042-02-14 07:30", type="bulletin", notes="LMC newsletter (bulk).",
      frm="Thornleigh and Marrowfield LMC <news@tm-lmc.example.org>", subject="LMC Briefing - February 2042",
      body="THORNLEIGH AND MARROWFIELD LMC BRIEFING - FEBRUARY 2042\n\n"
           "1. Indirect requests. \"The GP will need to ...\" is still a request. Our template letters now cover "
           "the most common ones.\n2. Fit notes after surgery should come from the hospital.\n"
           "3. Annual conference: 23 April 2042, Marrowfield Guildhall.\n\nTo unsubscribe reply UNSUBSCRIBE.\n")
other(key="o05", sent="2042-02-25 19:45", type="patient", notes="A patient's own e-mail; nothing to detect.",
      frm="Wilf Pennock <wilf.pennock@example.com>", subject="clips out",
      body="Hello\n\nI had my new hip done at Marrowfield last week. The letter they gave me says my clips come "
           "out at the surgery at 12 to 14 days. Please can I have an appointment with the nurse for around "
           "the 1st of March?\n\nThank you\nWilf Pennock\n07700 900614\n")
other(key="o06", sent="2042-03-03 02:14", type="phish", notes="Phishing dressed as a document-signing notice.",
      frm="Secure Docs <no-reply@securedocs-nhs.example.net>",
      subject="You have 3 clinical documents awaiting signature",
      body="Documents awaiting your signature: Shared care agreement (x2), Pre-operative questionnaire (x1).\n"
           "These will expire in 24 hours. Sign now with your NHSmail password:\n"
           "http://securedocs-nhs.example.net/sign\n")
other(key="o07", sent="2042-03-06 13:10", type="internal",
      notes="Internal practice e-mail from the practice manager; nothing to detect.",
      frm="Lesley Ormsby (Practice Manager) <lesley.ormsby@nhs.net>",
      subject="Workflow - hospital letters asking us to do things",
      body="Hi all\n\nA reminder that any hospital letter which says something like \"this will need to be done "
           "in primary care\" should go to the duty GP's workflow tray, not be actioned by reception. The "
           "clinical meeting on Thursday will go through a few examples.\n\nThanks\nLesley\n")
other(key="o08", sent="2042-03-11 10:00", type="supplier", notes="Supplier order confirmation.",
      frm="Medivance Supplies <orders@medivance-supplies.example.com>",
      subject="Order confirmation MV-448213 - dressings and suture removal packs",
      body="Thank you for your order.\n\n12 x suture removal packs\n6 x boxes of non-adherent dressings 10x10 cm\n"
           "Estimated delivery: 14/03/2042\n\nMedivance Supplies, Unit 4, Harlow Trading Estate\n")
other(key="o09", sent="2042-03-18 16:00", type="massmail", notes="Trust mass mailing to all practices (bulk).",
      frm="Thornleigh Vale Communications <communications@thornleighvale.nhs.uk>",
      subject="For information: new discharge summary template from 1 April 2042",
      body="SENT TO ALL GP PRACTICES - FOR INFORMATION\n\nFrom 1 April 2042 our discharge summaries will use a "
           "new template with a separate \"Actions for GP\" section. Any request for the practice will appear "
           "there. No action is needed.\n")
other(key="o10", sent="2042-03-24 06:40", type="spam", notes="Marketing e-mail.",
      frm="QOF Booster <hello@qofbooster.example.com>", subject="Your patients will need this...",
      body="Dear Practice Manager,\n\nPractices using QOF Booster hit every target last year. Book a free demo "
           "before 31/03/2042.\n\nReply STOP to opt out.\n")


# ====================================================================== rendering and checks

MARKING = {"thv": "OFFICIAL-SENSITIVE: PERSONAL", "mar": "CONFIDENTIAL - PATIENT INFORMATION",
           "ebb": "OFFICIAL-SENSITIVE", "kes": "PRIVATE AND CONFIDENTIAL (NHS patient)"}
COLOUR = {"thv": "#1b4f72", "mar": "#6c1d45", "ebb": "#1e6b52", "kes": "#4a4a4a"}
FONT = {"thv": "Arial,sans-serif", "mar": "Calibri,Arial,sans-serif", "ebb": "Verdana,sans-serif",
        "kes": "Tahoma,Arial,sans-serif"}


def house(L: dict, p: dict) -> dict:
    """Each provider's colour, font and protective marking in the table-letterhead frame."""
    c = COLOUR[L["prov"]]
    return dict(heading=f'<h3 style="font-size:11pt;color:{c};margin:10px 0 4px 0">{{}}</h3>',
                cell=f'style="border:1px solid {c};padding:3px 6px;vertical-align:top"',
                font=FONT[L["prov"]], marking=MARKING[L["prov"]],
                footer=f"{html.escape(p['name'])} - this message may contain confidential patient information.")


def own(lid: str, lab: dict, text: str) -> list[str]:
    """This corpus's promises for each letter: a letter without findings is noted as a hard negative (or as
    urgent), an urgent letter says so in its notes, and no piece of evidence uses the direct 'GP to' or
    'please' forms this corpus is meant to avoid."""
    errors = kit.check_notes(lid, lab, urgent_why=True)
    for e in lab["expected"]:
        ev = e["evidence"].lower()
        if e["category"] not in kit.LATE and ("gp to " in ev or "please" in ev or "could you" in ev):
            errors.append(f"{lid}: evidence is a direct request, not an indirect one")
    return errors


def corpus_checks(labels: list[dict], items: list[kit.Item]) -> list[str]:
    """The kit's checks plus this corpus's own: 2-3 urgent letters, ten others, at least a third of the letters
    hard negatives and at least two late letters of each kind."""
    errors = C.checks(labels, items, urgent=(2, 3), others=10, own=own)
    return errors + kit.check_negatives(labels) + kit.check_late_counts(labels, 2)


if __name__ == "__main__":
    sys.exit(C.run(sys.argv[1:], house=house, checks=corpus_checks, negatives="hard negatives"))
