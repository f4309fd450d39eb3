#!/usr/bin/env python3
"""Build the twenty-second (independent, held-out) corpus: tests/corpus/twentysecond/.

Style: indirect, polite and varied phrasing.  Requests are made the way British consultants soften them
("It would be most helpful if...", "I wonder whether you might...", "Might I ask that...", "I leave it to
you to...", passive "bloods will need to be checked at the surgery", a request in a P.S., a request buried
mid-paragraph after a long history), and a third of the letters are hard negatives in the same polite
vocabulary with nothing passed to the practice (the hospital doing the work itself, requests aimed at the
patient, family, district nurses or community pharmacy, conditionals and safety-netting, history,
negations, shared care offered for agreement, fit notes already issued, referrals already made).

Five invented providers (three acute trusts, one community trust, one independent-sector treatment
centre) write to an invented practice, Harrowdene Surgery.  Formats: plain text, HTML (some with a text
alternative), PDF and DOCX attachments.  Ten messages are not letters.

Everything is invented; NHS numbers are 999-range with a valid Modulus 11 check digit; telephone numbers
are in Ofcom drama ranges.  All dates fall in May-July 2034 (British Summer Time), so every Date header is
+0100.  The build is deterministic.

Evidence is written inline in a letter's body as [[category: words]]: letter() strips the brackets and
labels the words, so every piece of evidence is verbatim by construction.  Timeliness evidence (the
stated clinic or discharge date) is given in late=.

    python3 tests/corpus/make_twentysecond.py            # build, then verify
    python3 tests/corpus/make_twentysecond.py --verify-only
"""
from __future__ import annotations

import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus_kit as kit  # noqa: E402
from corpus_kit import dmy  # noqa: E402
from corpus_kit import patient as P  # noqa: E402

GP = "Dr Marchbanks"

PROV = {
    "kst": dict(
        name="Kettleby and Strand University Hospitals NHS Foundation Trust", site="Kettleby Royal Hospital",
        addr=["Abbeyfield Road", "Kettleby", "KY2 7QS"], phone="0116 496 0321", domain="kettleby-strand.nhs.uk",
        sender="Kettleby and Strand UH Letters <outpatient.letters@kettleby-strand.nhs.uk>",
        mailer="KSUH CliniDoc Sender 4.0", colour="#2b5f8a", marking="OFFICIAL-SENSITIVE"),
    "pel": dict(
        name="Pellingham Vale Hospitals NHS Trust", site="Pellingham Vale General Hospital",
        addr=["Marlowe Street", "Pellingham", "PV5 3JD"], phone="0131 496 0718", domain="pellinghamvale.nhs.uk",
        sender="Pellingham Vale Hospitals <gp.correspondence@pellinghamvale.nhs.uk>",
        mailer="PVH Medisec Outbound 2.6", colour="#6a2c70", marking="Private and confidential"),
    "brd": dict(
        name="Brindlecombe Teaching Hospitals NHS Foundation Trust", site="Brindlecombe Infirmary",
        addr=["Tanners Hill", "Brindlecombe", "BQ8 1NW"], phone="0191 498 0455", domain="brindlecombe.nhs.uk",
        sender="Brindlecombe Teaching Hospitals <letters.noreply@brindlecombe.nhs.uk>",
        mailer="BTH Correspondence Hub 7.1", colour="#00594f", marking="Confidential: patient information"),
    "wyn": dict(
        name="Wyncliffe Community Health NHS Trust", site="Wyncliffe Health Centre",
        addr=["Orchard Row", "Wyncliffe", "WY3 6ET"], phone="01632 960 233", domain="nhs.net",
        sender="Wyncliffe Community Health <wch.correspondence@nhs.net>",
        mailer="SystmOne Letters", colour="#7a4b00", marking="Community services - confidential"),
    "pem": dict(
        name="Pemberdale Healthcare Ltd", site="Larkspur Treatment Centre",
        addr=["Unit 2, Heronsgate Park", "Kettleby", "KY9 4LT"], phone="020 7946 0582",
        domain="larkspur-tc.example.co.uk",
        sender="Larkspur Treatment Centre <nhs.letters@larkspur-tc.example.co.uk>",
        mailer="Pemberdale PAS Mailer 3.3", colour="#8a1f2b", marking="NHS patient - confidential"),
}
COVER = ("{trust}\n{dept}\n\nDear colleague,\n\nPlease find attached a {doctype} about one of your patients "
         "(our reference {ref}).\n\nKind regards\n\nMedical Secretaries\n{trust}\n")
C = kit.Corpus("twentysecond", "t22", "Harrowdene Surgery <harrowdene.surgery@nhs.net>", PROV, cover=COVER,
               window=("2034-05-01", "2034-07-31"), utc_hours=1)
other = C.other
EVIDENCE = re.compile(r"\[\[(\w+): (.+?)\]\]")


def letter(**kw):
    """Record a letter; [[category: words]] in its body become its labelled evidence, in order of appearance.
    late= gives the wording that states the clinic or discharge date when the letter is late."""
    found = EVIDENCE.findall(kw["body"])
    kw["body"] = EVIDENCE.sub(lambda m: m.group(2), kw["body"])
    late = kw.pop("late", None)
    kw["exp"] = found + ([(kit.LATE_FOR_KIND[kw["kind"]], late)] if late else [])
    C.letter(**kw)


def head(p: str, dept: str) -> str:
    """Plain-text letterhead, as a typed e-mail letter starts."""
    pr = PROV[p]
    return f"{pr['name'].upper()}\n{dept}\n{pr['site']}, {', '.join(pr['addr'])}\nTelephone: {pr['phone']}"


idl = kit.idline

# ====================================================================== letters

# a01 respiratory: the hospital arranges its own tests; conditional and history (hard negative)
pt = P("Philippa Ormsgill", "520011", "1959-08-14")
letter(key="a01", prov="kst", dept="Department of Respiratory Medicine", kind="clinic_letter",
       specialty="Respiratory Medicine", clinician="Dr Ottoline Garside", patient=pt, ev="2034-05-03",
       ld="2034-05-04", sent="2034-05-05 10:12", fmt="html", opts={"alt": True},
       subject="Respiratory clinic letter - Philippa Ormsgill", body=f"""
# Respiratory Outpatient Letter
{idl(pt)}
Date seen: 03/05/2034
Consultant: Dr Ottoline Garside

Dear {GP},

Thank you for asking me to see Mrs Ormsgill, a retired florist with eighteen months of gradually increasing breathlessness and a dry cough. She has fine bibasal crackles and her oxygen saturations fell to 91% on walking the corridor.

You kindly started her on a tiotropium inhaler last year, which she should continue, although I suspect COPD is not the whole story.

I would be grateful if our respiratory physiology team could arrange full lung function tests with gas transfer, and I have requested a high-resolution CT of the chest, which will be done here; I will write again once I have both results.

Should her breathlessness worsen before then, I'd be grateful if you would let us know so that we can bring her appointment forward.

With kind regards

Dr Ottoline Garside
Consultant Respiratory Physician
""", notes="Hospital arranges its own lung function and CT and will write with results; tiotropium is history and "
             "a green continue; 'let us know should she worsen' is conditional safety-netting. Hard negative.")

# a02 endoscopy report: hospital's histology left for the GP to act on (mid-paragraph)
pt = P("Declan Ferriby", "520028", "1971-02-03")
letter(key="a02", prov="pel", dept="Endoscopy Unit", kind="results", specialty="Gastroenterology",
       clinician="Dr Benedict Carrow", patient=pt, ev=None, ld="2034-05-08", sent="2034-05-08 14:40",
       fmt="pdf", subject="Endoscopy report", body=f"""
# Endoscopy Report: Oesophago-gastro-duodenoscopy
{idl(pt)}
Procedure date: 05/05/2034
Endoscopist: Dr Benedict Carrow, Consultant Gastroenterologist

Indication: iron deficiency anaemia (Hb 104, ferritin 6) with intermittent bloating.

Findings: normal oesophagus; mild antral erythema; the duodenal folds looked a little scalloped. Four biopsies were taken from the second part of the duodenum and two from the bulb to look for coeliac disease, and the CLO test was negative.

Mr Ferriby tolerated the procedure well with throat spray alone and went home with his partner. I requested this test from my anaemia clinic last month and, as I have now discharged him from that clinic, [[results_chasing: it would be a great help if you could look out for the duodenal histology in a fortnight or so and act on it as you see fit]], including repeating his coeliac serology if needed. He may continue omeprazole 20 mg od for now.

Dr Benedict Carrow
Consultant Gastroenterologist
""", notes="OGD requested by the consultant's own anaemia clinic: the biopsy histology is the hospital's own "
             "result, and acting on it is passed to the GP mid-paragraph. Omeprazole continue is a green negative.")

# a03 endocrine: levothyroxine changed, monitoring TFTs pushed (passive); letter sent 14 days after clinic
pt = P("Rosalind Achterley", "520035", "1966-11-27")
letter(key="a03", prov="brd", dept="Endocrinology Department", kind="clinic_letter", specialty="Endocrinology",
       clinician="Dr Saoirse Whitlock", patient=pt, ev="2034-05-05", ld="2034-05-18", sent="2034-05-19 16:20",
       fmt="docx", subject="Endocrine clinic letter", late="Seen in clinic: 05/05/2034", body=f"""
# Endocrine Clinic Letter
{idl(pt)}
Seen in clinic: 05/05/2034
Consultant: Dr Saoirse Whitlock

Dear {GP},

Diagnosis: autoimmune hypothyroidism, under-replaced (TSH 9.8, free T4 10.1 on our clinic bloods).

Mrs Achterley remains tired and has gained weight. She takes her levothyroxine correctly on an empty stomach. I have increased her levothyroxine from 50 micrograms to 75 micrograms od and she has a prescription from our clinic for the first month.

[[tests_for_hospital: TFTs will need to be checked at the surgery in 6/52, ahead of her next appointment with me, and I would be grateful to have the results sent through.]]

I shall see her again in three months.

Yours sincerely

Dr Saoirse Whitlock
Consultant Endocrinologist
""", notes="Initial monitoring of a dose the hospital has just changed, for its own follow-up, asked passively of "
             "the surgery. Clinic 05/05, sent 19/05 (14 days): late clinic letter.")

# a04 independent sector TKR: clip removal and fit note passed back; sent 23.5 h after discharge (on time)
pt = P("Bartholomew Keach", "520042", "1968-04-09")
letter(key="a04", prov="pem", dept="Orthopaedic Surgery", kind="discharge_summary", specialty="Orthopaedics",
       clinician="Mr Anand Ravensdale", patient=pt, ev="2034-05-09", ev_time="15:20", ld="2034-05-09",
       sent="2034-05-10 14:50", fmt="pdf", subject="Inpatient discharge summary", body=f"""
# Discharge Summary
{idl(pt)}
Admitted: 06/05/2034
Discharged: 09/05/2034 at 15:20
Consultant: Mr Anand Ravensdale, Consultant Orthopaedic Surgeon

Procedure: right total knee replacement (cemented) on 06/05/2034 for osteoarthritis.

Progress: uneventful. Mobilising with two sticks and managing stairs. The wound is closed with skin clips under a dressing.

# Medications on discharge
| Medicine | Dose | Supply |
| Dalteparin | 5000 units SC od for 14 days | 14 days supplied |
| Paracetamol | 1 g qds PRN | 14 days supplied |
| Codeine phosphate | 30 mg qds PRN | 7 days supplied |

# Follow-up
Physiotherapy has been booked at the Larkspur Treatment Centre for next week and he will be seen in my clinic at six weeks.

[[post_procedure_care: I'd be obliged if the practice nurse could remove his skin clips at 12 to 14 days and cast an eye over the wound at the same time.]]

Mr Keach works as a bus driver and will not be fit to drive for about six weeks. [[fit_note: Perhaps you could provide a fit note covering his recovery from discharge, as our ward did not issue one.]]

Mr Anand Ravensdale
Consultant Orthopaedic Surgeon
""", notes="The operating provider passes clip removal/wound check and the post-operative fit note to the practice. "
             "Discharged 09/05 15:20, sent 10/05 14:50 (23.5 h): on time. Physiotherapy booked by the provider "
             "is a negative.")

# a05 community geriatrics: work aimed at district nurses and community pharmacy (hard negative)
pt = P("Winifred Callowhill", "520059", "1933-07-21")
letter(key="a05", prov="wyn", dept="Community Geriatric Service", kind="clinic_letter", specialty="Geriatric Medicine",
       clinician="Dr Eleri Mostyn", patient=pt, ev="2034-05-11", ld="2034-05-11", sent="2034-05-12 12:30",
       fmt="plain", opts={"from": "Dr Eleri Mostyn <eleri.mostyn@nhs.net>"},
       subject="Home visit - Mrs W Callowhill", body=f"""
{head("wyn", "Community Geriatric Service")}

{idl(pt)}
Home visit: 11/05/2034

Dear {GP},

Thank you for asking me to visit Mrs Callowhill, who at 100 still lives alone with a morning call from her nephew. She has had two near-falls in the kitchen and was dizzy on standing today (BP 142/80 lying, 118/70 standing).

I have stopped her doxazosin and asked our district nurses to check her lying and standing blood pressure weekly for a month, reporting back to me.

She is muddling her tablets, so I'd be grateful if her community pharmacy could supply her medicines in a compliance aid from next week, and I have sent them the request directly.

Please continue her alendronic acid 70 mg weekly and Adcal-D3 one tablet bd.

There is no need for the surgery to do anything further at this stage; I will see her again in 3/12.

Best wishes

Dr Eleri Mostyn
Consultant Community Geriatrician
Wyncliffe Community Health NHS Trust
""", notes="Community trust doing its own monitoring through its district nurses; request aimed at community "
             "pharmacy; green medicines continued; explicit 'no need for the surgery to do anything'. Sent by the "
             "consultant from her own nhs.net address. Hard negative.")

# a06 general medicine: late discharge summary; bloods pushed passively
pt = P("Eustace Pilbury", "520066", "1948-12-02")
letter(key="a06", prov="kst", dept="Acute Medical Unit", kind="discharge_summary", specialty="General Medicine",
       clinician="Dr Julius Oyelaran", patient=pt, ev="2034-05-13", ev_time="11:00", ld="2034-05-16",
       sent="2034-05-16 15:30", fmt="docx", subject="Discharge summary", late="Date of discharge: 13/05/2034 11:00",
       body=f"""
# Inpatient Discharge Summary
{idl(pt)}
Date of admission: 09/05/2034
Date of discharge: 13/05/2034 11:00
Responsible consultant: Dr Julius Oyelaran, Acute Medicine

Diagnoses: right lower lobe community-acquired pneumonia (CURB-65 2); acute kidney injury stage 1 (creatinine 164, baseline 98).

Course: treated with IV then oral co-amoxiclav, completing a 7-day course on the ward. Rehydrated and furosemide stopped; creatinine 121 on the day of discharge.

# Medicines
- Furosemide 40 mg od: STOPPED (AKI)
- Ramipril 5 mg od: unchanged
- Atorvastatin 20 mg on: unchanged

# Plan and requested actions
[[tests_for_hospital: Bloods will need to be checked at the surgery in 1/52 to make sure his creatinine has returned to baseline, and we would appreciate it if the results could be forwarded to the ward team.]]

He has been advised to use his inhaler as before and to drink to thirst.

Dr Julius Oyelaran
Consultant in Acute Medicine
""", notes="Post-discharge renal bloods for the hospital's own plan, asked passively. Discharged 13/05 11:00, "
             "sent 16/05 15:30 (about 76 h): late discharge summary.")

# a07 urology: suspected renal cancer; staging CT pushed to GP (urgent)
pt = P("Gideon Marlstone", "520073", "1949-03-30")
letter(key="a07", prov="pel", dept="Urology - Haematuria Clinic", kind="clinic_letter", specialty="Urology",
       clinician="Mr Fergus Haldane", patient=pt, ev="2034-05-15", ld="2034-05-15", sent="2034-05-16 08:50",
       fmt="plain", subject="URGENT: haematuria clinic - renal mass", body=f"""
{head("pel", "Urology - Haematuria Clinic")}

*** SUSPECTED CANCER PATHWAY ***

{idl(pt)}
Clinic date: 15/05/2034

Dear {GP},

Thank you for referring Mr Marlstone with visible haematuria. His flexible cystoscopy today was normal, but the ultrasound this morning shows a 4 cm solid mass in the lower pole of the left kidney.

I have explained that this is likely to be a kidney cancer and he took the news calmly, with his wife present. We have requested a CT urogram, which should be done within the next week.

[[tests_for_hospital: Given the pressure on our CT lists, I'd be grateful if you could request a staging CT chest this week so that the results are available for our cancer MDT on 25/05/2034.]]

Yours sincerely

Mr Fergus Haldane
Consultant Urological Surgeon
""", urgent=True,
       notes="Suspected-cancer staging imaging that the hospital needs for its own MDT passed to the GP: "
             "tests_for_hospital, and urgent (a cancer step within days). Hospital-arranged CT urogram is a negative.")

# a08 ENT: referral returned for a trial of treatment first
pt = P("Lorcan Etheridge", "520080", "1983-09-15")
letter(key="a08", prov="kst", dept="ENT Referral Triage", kind="referral_response", specialty="ENT",
       clinician="Miss Priya Castellane", patient=pt, ev=None, ld="2034-05-18", sent="2034-05-18 11:25",
       fmt="plain", subject="Referral triage outcome - ENT", body=f"""
{head("kst", "ENT Referral Triage")}

{idl(pt)}
Referral received: 11/05/2034 via e-RS

Dear {GP},

Thank you for your referral regarding Mr Etheridge's persistent nasal blockage and reduced sense of smell.

Having triaged the referral, [[referral_returned_for_workup: we would appreciate it if the surgery could first complete an eight-week trial of a nasal steroid spray with saline douching before we consider offering him an appointment.]]

The referral has been returned to you on e-RS with this advice.

Kind regards

Miss Priya Castellane
Consultant ENT Surgeon
""", notes="Referral returned with a trial of treatment to do first: referral_returned_for_workup.")

# a09 rheumatology: leflunomide handed over as a question, no shared care agreement
pt = P("Henrietta Skelwith", "520097", "1964-01-19")
letter(key="a09", prov="brd", dept="Rheumatology Department", kind="clinic_letter", specialty="Rheumatology",
       clinician="Dr Morwenna Trask", patient=pt, ev="2034-05-19", ld="2034-05-22", sent="2034-05-22 13:05",
       fmt="pdf", subject="Rheumatology clinic letter", body=f"""
# Rheumatology Clinic Letter
{idl(pt)}
Date of clinic: 19/05/2034
Consultant: Dr Morwenna Trask

Dear {GP},

Diagnosis: psoriatic arthritis with dactylitis.

Mrs Skelwith started leflunomide 20 mg od three months ago and is much improved, with only one tender joint today. Her blood pressure and bloods have been stable on our monitoring.

[[shared_care_without_agreement: Might I ask that the practice takes over the prescribing of leflunomide 20 mg od, along with the monthly FBC, LFTs and blood pressure checks, from her next prescription onwards?]]

She may continue naproxen 500 mg bd with omeprazole 20 mg od for the time being.

I will see her in six months.

With best wishes

Dr Morwenna Trask
Consultant Rheumatologist
""", notes="Amber DMARD prescribing and monitoring transferred by a polite question with no shared care "
             "agreement offered. Naproxen/omeprazole continue is a green negative.")

# a10 community respiratory: the service does its own spirometry and rehab referral (hard negative)
pt = P("Algernon Twistleton", "520103", "1946-05-06")
letter(key="a10", prov="wyn", dept="Community Respiratory Team", kind="clinic_letter",
       specialty="Respiratory Medicine", clinician="Ms Harriet Coldwell", patient=pt, ev="2034-05-22",
       ld="2034-05-23", sent="2034-05-23 16:45", fmt="html",
       subject="Community respiratory review", body=f"""
# Community Respiratory Team: Review
{idl(pt)}
Review date: 22/05/2034
Clinician: Ms Harriet Coldwell, Respiratory Nurse Consultant

Dear {GP},

I reviewed Mr Twistleton at home following his recent COPD exacerbation. He is back to his usual exercise tolerance (MRC 3) and his saturations are 94% on air.

We'd be happy to arrange his repeat spirometry at our Wyncliffe clinic in 3/12, and I have referred him myself to our pulmonary rehabilitation programme; he should hear within four weeks.

He asked whether his community pharmacist could check his inhaler technique, and I have encouraged him to book this.

Please continue Trimbow two puffs bd.

Kind regards

Ms Harriet Coldwell
Respiratory Nurse Consultant
""", notes="Community team arranges its own spirometry and makes the rehab referral itself; pharmacist step is "
             "the patient's; Trimbow continue is green. Hard negative.")

# a11 gastroenterology: discharged after one missed appointment, re-referral asked
pt = P("Tobias Wenlock", "520110", "1978-10-22")
letter(key="a11", prov="kst", dept="Gastroenterology Outpatients", kind="clinic_letter",
       specialty="Gastroenterology", clinician="Dr Rashid Fenwick", patient=pt, ev="2034-05-24", ld="2034-05-25",
       sent="2034-05-26 09:30", fmt="plain", subject="Did not attend - gastroenterology", body=f"""
{head("kst", "Gastroenterology Outpatients")}

{idl(pt)}
Appointment: 24/05/2034 (first appointment, altered bowel habit)

Dear {GP},

I am sorry to say that Mr Wenlock did not attend his appointment on 24/05/2034 and, in keeping with the Trust's access policy, he has been discharged from the clinic.

[[dna_rereferral: I would be most grateful if you could send us a new referral for him, and we will then offer a fresh appointment.]]

Yours sincerely

Dr Rashid Fenwick
Consultant Gastroenterologist
""", notes="Discharge after a single missed first appointment with a request to re-refer. event_date is the "
             "missed appointment.")

# a12 endocrine: cinacalcet initiation asked of the GP; sent exactly 7 days after clinic (on time)
pt = P("Marguerite Oddington", "520127", "1952-06-13")
letter(key="a12", prov="pel", dept="Diabetes and Endocrine Centre", kind="clinic_letter",
       specialty="Endocrinology", clinician="Dr Ingrid Sowerby", patient=pt, ev="2034-05-25", ld="2034-05-30",
       sent="2034-06-01 11:10", fmt="pdf", subject="Endocrine clinic letter", body=f"""
# Endocrine Clinic Letter
{idl(pt)}
Clinic: 25/05/2034
Consultant: Dr Ingrid Sowerby

Dear {GP},

Diagnosis: primary hyperparathyroidism (adjusted calcium 2.94, PTH 14.2).

Mrs Oddington has been seen by our surgical colleagues, who feel that with her heart failure she is not a candidate for parathyroidectomy. Her calcium has crept up and she is thirsty and constipated.

[[hospital_only_prescribing: I wonder whether you might start her on cinacalcet 30 mg od from the practice, and we will titrate the dose against her calcium in clinic.]]

I have arranged a repeat calcium and PTH in our phlebotomy department in 4/52 and will write with the results.

Yours sincerely

Dr Ingrid Sowerby
Consultant Endocrinologist
""", notes="Cinacalcet is a specialist (red) drug: initiation asked of the GP before titration. Hospital arranges "
             "its own calcium/PTH: negative. Clinic 25/05, sent 01/06, exactly 7 days: on time.")

# a13 cardiology: result of a GP-requested Holter, patient told directly (hard negative)
pt = P("Ambrose Quillinan", "520134", "1969-02-28")
letter(key="a13", prov="kst", dept="Cardiac Physiology", kind="results", specialty="Cardiology",
       clinician="Dr Lucian Merriweather", patient=pt, ev=None, ld="2034-05-30", sent="2034-05-30 10:40",
       fmt="plain", subject="24-hour ECG report", body=f"""
{head("kst", "Cardiac Physiology")}

{idl(pt)}
Investigation: 24-hour ambulatory ECG (open access, requested by the practice)

Dear {GP},

Thank you for requesting a 24-hour tape for Mr Quillinan's palpitations.

Report: sinus rhythm throughout, mean rate 74; occasional isolated ventricular ectopics (burden under 1%); no pauses, no atrial fibrillation. His symptom diary entries matched sinus rhythm with ectopics.

These are benign findings and we have written to Mr Quillinan directly to explain them, so there is no need for the surgery to do anything further.

Dr Lucian Merriweather
Consultant Cardiologist
""", notes="Result of a practice-requested open-access test, already explained to the patient by the hospital; "
             "explicit negation. Hard negative.")

# a14 ophthalmology: patient sent to the GP for the hospital's visual field result
pt = P("Cordelia Hambleden", "520141", "1957-12-08")
letter(key="a14", prov="brd", dept="Eye Department", kind="clinic_letter", specialty="Ophthalmology",
       clinician="Mr Tadhg O'Rourke", patient=pt, ev="2034-06-01", ld="2034-06-02", sent="2034-06-05 14:15",
       fmt="docx", subject="Eye clinic letter", body=f"""
# Glaucoma Clinic Letter
{idl(pt)}
Clinic date: 01/06/2034
Consultant: Mr Tadhg O'Rourke

Dear {GP},

Mrs Hambleden was referred by her optometrist with raised pressures (26 and 27 mmHg). Her discs look healthy and her angles are open, so this is most likely ocular hypertension.

She had a visual field test today which will be reviewed by the consultant later this week. [[patient_redirected_to_gp: I have suggested to her that she makes an appointment with you to go through the results once they reach the surgery.]]

Please continue latanoprost 0.005% one drop at night to both eyes.

We will review her in the glaucoma clinic in six months.

Yours sincerely

Mr Tadhg O'Rourke
Consultant Ophthalmic Surgeon
""", notes="The hospital's own visual field result redirected to the GP for discussion with the patient. "
             "Latanoprost continue is a green negative.")

# a15 independent sector cataract day case: aftercare with her optometrist (hard negative)
pt = P("Ottilie Brandreth", "520158", "1944-08-01")
letter(key="a15", prov="pem", dept="Ophthalmic Day Surgery", kind="discharge_summary", specialty="Ophthalmology",
       clinician="Ms Camilla Deveraux", patient=pt, ev="2034-06-02", ev_time="13:40", ld="2034-06-02",
       sent="2034-06-02 17:10", fmt="html", opts={"alt": True}, subject="Day case discharge - cataract surgery",
       body=f"""
# Day Case Discharge
{idl(pt)}
Date of surgery and discharge: 02/06/2034, discharged 13:40
Surgeon: Ms Camilla Deveraux, Consultant Ophthalmologist

Procedure: left phacoemulsification with intraocular lens, uncomplicated.

Medicines supplied: dexamethasone 0.1% drops qds and chloramphenicol 0.5% drops qds, each for four weeks, with written instructions.

Aftercare: our nurse will telephone her tomorrow. Her four-week post-operative check has been booked with her own optometrist, who will send the outcome to us.

Should she notice increasing pain, redness or reduced vision, she has our 24-hour helpline number and has been asked to ring us rather than the surgery.

No action is needed from the practice.

Ms Camilla Deveraux
Consultant Ophthalmologist
""", notes="Provider supplies drops, phones the patient and books optometrist aftercare; safety-netting points "
             "to its own helpline; explicit no action. Sent same day. Hard negative.")

# a16 neurology: EEG result left to the GP; letter sent 14 days after clinic
pt = P("Rupert Glasspool", "520165", "1990-03-12")
letter(key="a16", prov="pel", dept="Department of Neurology", kind="clinic_letter", specialty="Neurology",
       clinician="Dr Aurelio Brackenbury", patient=pt, ev="2034-06-05", ld="2034-06-16", sent="2034-06-19 10:05",
       fmt="docx", subject="First seizure clinic letter", late="Date of appointment: 05/06/2034", body=f"""
# First Seizure Clinic
{idl(pt)}
Date of appointment: 05/06/2034
Consultant: Dr Aurelio Brackenbury

Dear {GP},

Mr Glasspool, a 44-year-old warehouse supervisor, had a single witnessed generalised tonic-clonic seizure after a night shift. Examination was normal. I have advised him not to drive and to inform the DVLA, and he has our epilepsy nurse's leaflet.

We have requested a sleep-deprived EEG and an MRI brain; the EEG is booked for 03/07/2034.

[[results_chasing: I'd be grateful if you would keep an eye out for the EEG report and let him know the outcome, as I do not plan to see him again unless it is abnormal.]]

Yours sincerely

Dr Aurelio Brackenbury
Consultant Neurologist
""", notes="Reviewing and relaying the hospital's own EEG result passed to the GP. Clinic 05/06, sent 19/06 "
             "(14 days): late clinic letter. DVLA advice given by the hospital is a negative.")

# a17 community diabetes: a service audit questionnaire in a P.S.
pt = P("Barnabas Yelverton", "520172", "1979-11-04")
letter(key="a17", prov="wyn", dept="Community Diabetes Service", kind="clinic_letter", specialty="Endocrinology",
       clinician="Dr Hywel Bracegirdle", patient=pt, ev="2034-06-06", ld="2034-06-07", sent="2034-06-08 15:00",
       fmt="plain", opts={"from": "Community Diabetes Service <wch.diabetes@nhs.net>"},
       subject="Community diabetes clinic - B Yelverton", body=f"""
{head("wyn", "Community Diabetes Service")}

{idl(pt)}
Seen: 06/06/2034

Dear {GP},

Mr Yelverton came to our community clinic for his type 2 diabetes (HbA1c 71). He has lost 4 kg since starting his new job and we have agreed a plan for diet and activity.

Our dietitian will see him in four weeks and I will review him myself in three months. Please continue metformin 1 g bd.

Kind regards

Dr Hywel Bracegirdle
GP with Extended Role in Diabetes

P.S. [[non_contractual_admin: I'd be grateful for your help in completing our Community Diabetes Service audit questionnaire for Mr Yelverton and returning it to us by 30/06/2034.]]
""", notes="A service audit/data collection asked of the practice in a P.S.: non-contractual admin. Dietitian "
             "follow-up and metformin continue are negatives. Sent from a shared team mailbox.")

# a18 independent sector: pre-operative questionnaire and pre-op tests passed to the practice
pt = P("Esme Fotheringay", "520189", "1950-09-23")
letter(key="a18", prov="pem", dept="Orthopaedic Surgery", kind="clinic_letter", specialty="Orthopaedics",
       clinician="Mr Anand Ravensdale", patient=pt, ev="2034-06-08", ld="2034-06-09", sent="2034-06-12 09:40",
       fmt="pdf", subject="Orthopaedic clinic letter - listed for surgery", body=f"""
# Orthopaedic Outpatient Letter
{idl(pt)}
Clinic date: 08/06/2034
Consultant: Mr Anand Ravensdale

Dear {GP},

Mrs Fotheringay has end-stage osteoarthritis of the left hip with night pain, and I have listed her for a total hip replacement at the Larkspur Treatment Centre, probably in August.

[[non_contractual_admin: Might I ask that the practice completes the enclosed pre-operative health questionnaire and returns it to our pre-assessment team with a printed summary of her medication?]]

[[tests_for_hospital: Her FBC, U&Es, HbA1c and an ECG will need to be done at the surgery in the next four weeks so that they are available at her pre-assessment.]]

Kind regards

Mr Anand Ravensdale
Consultant Orthopaedic Surgeon
""", notes="Provider's own pre-operative questionnaire and pre-operative work-up (bloods, ECG) pushed to the "
             "practice.")

# a19 ED: fracture clinic referral left to the GP
pt = P("Perpetua Arkwrightson", "520196", "1941-04-17")
letter(key="a19", prov="brd", dept="Emergency Department", kind="ed_letter", specialty="Emergency Medicine",
       clinician="Dr Kezia Ombler", patient=pt, ev="2034-06-10", ld="2034-06-10", sent="2034-06-11 07:55",
       fmt="html", opts={"label_col": True}, subject="Emergency Department attendance", body=f"""
# Emergency Department Attendance
| Patient | {pt['name']} |
| Date of birth | {dmy(pt['dob'])} |
| NHS number | {kit.spaced(pt['nhs_number'])} |
| Attended | 10/06/2034 |
| Seen by | Dr Kezia Ombler, ED Specialty Doctor |
| Presenting complaint | Fall onto outstretched right hand in the garden |
| Findings | Anatomical snuffbox tenderness; scaphoid views show no fracture |
| Treatment | Futura splint applied; analgesia advice; discharged home with her daughter |
| Plan | [[onward_referral: I'd be grateful for your help in referring her to the fracture clinic within the next 10 days so that the scaphoid can be re-imaged.]] |
""", notes="Fracture clinic review for the presenting injury is an immediate related need the ED should refer on "
             "itself: onward_referral.")

# a20 respiratory: short steroid supply and a fit note passed back; on time
pt = P("Ivo Scarisbrick", "520202", "1987-07-29")
letter(key="a20", prov="kst", dept="Respiratory Ward 14", kind="discharge_summary",
       specialty="Respiratory Medicine", clinician="Dr Ottoline Garside", patient=pt, ev="2034-06-12",
       ev_time="16:00", ld="2034-06-13", sent="2034-06-13 10:30", fmt="html", opts={"header": True},
       subject="Discharge summary - asthma", body=f"""
# Discharge Summary
{idl(pt)}
Discharged: 12/06/2034 16:00
Consultant: Dr Ottoline Garside

Diagnosis: acute severe asthma, triggered by a viral infection.

Mr Scarisbrick needed two nights of nebulisers and IV magnesium on admission and was back to a peak flow of 480 (best 520) at discharge.

# Medicines on discharge
| Medicine | Dose | Supplied |
| Prednisolone | 40 mg od to complete 5 days | 2 days (pharmacy stock issue) |
| Fostair 200/6 | 2 puffs bd (MART) | 1 inhaler |
| Salbutamol | 2 puffs PRN | 1 inhaler |

Owing to a pharmacy stock issue we were only able to supply two days of prednisolone, so [[hospital_only_prescribing: would you mind issuing the remaining three days of the course?]]

He works as a scaffolder and will need a fortnight off work; [[fit_note: he will need a fit note for that period, which I leave it to you to provide.]]

Our asthma nurse will see him in clinic in 4/52, and that appointment has been booked.

Dr Ottoline Garside
Consultant Respiratory Physician
""", notes="Less than 7 days' discharge medication supplied, remainder asked of the GP; post-admission fit note "
             "left to the GP. Discharged 12/06 16:00, sent 13/06 10:30: on time. Booked asthma nurse follow-up is a "
             "negative.")

# a21 geriatrics: raised potassium recheck within 48 h, in a summary sent four days late (urgent)
pt = P("Mabel Thistlethwaite", "520219", "1935-10-05")
letter(key="a21", prov="pel", dept="Care of the Elderly, Ward 7", kind="discharge_summary",
       specialty="Geriatric Medicine", clinician="Dr Wilhelmina Astbury", patient=pt, ev="2034-06-14",
       ev_time="14:30", ld="2034-06-16", sent="2034-06-19 09:50", fmt="pdf",
       subject="Discharge summary", late="Discharge date/time: 14/06/2034 14:30", body=f"""
# Discharge Summary
{idl(pt)}
Admission date: 07/06/2034
Discharge date/time: 14/06/2034 14:30
Consultant: Dr Wilhelmina Astbury, Care of the Elderly

Presenting problem: fall at home with a long lie; mild rhabdomyolysis and dehydration.

Mrs Thistlethwaite has heart failure with reduced ejection fraction. Her potassium rose to 6.2 on the ward and was 5.9 on the morning of discharge. We stopped her spironolactone and continued ramipril 2.5 mg od at the same dose.

# Plan
[[tests_for_hospital: Her potassium will need to be rechecked at the surgery within 48 hours of discharge.]]

Physiotherapy and the reablement team will visit at home from the day after discharge.

Dr Wilhelmina Astbury
Consultant Geriatrician
""", urgent=True,
       notes="Hyperkalaemia needing a recheck within 48 h (time-critical: urgent) passed passively to the surgery. "
             "Discharged 14/06 14:30, sent 19/06 09:50 (over 4 days): late, so the 48 h window had already passed.")

# a22 urology day case: wound check / sutures and the histology result redirected to the GP
pt = P("Crispin Hollinshead", "520226", "1974-06-18")
letter(key="a22", prov="brd", dept="Urology Day Surgery", kind="discharge_summary", specialty="Urology",
       clinician="Mr Dominic Farrant", patient=pt, ev="2034-06-16", ev_time="17:30", ld="2034-06-16",
       sent="2034-06-17 08:45", fmt="plain", subject="Day surgery discharge - urology", body=f"""
{head("brd", "Urology Day Surgery")}

DAY CASE DISCHARGE SUMMARY
{idl(pt)}
Date of procedure and discharge: 16/06/2034, discharged at 17:30
Surgeon: Mr Dominic Farrant, Consultant Urologist

Procedure: excision of a left epididymal cyst (scrotal approach), general anaesthetic. The cyst wall has been sent for histology as a routine precaution.

Mr Hollinshead recovered well and passed urine before going home. A fit note covering two weeks was issued on the unit.

[[post_procedure_care: Would you be kind enough to arrange for the practice nurse to check the wound at 10 days and remove any sutures that have not dissolved?]]

[[patient_redirected_to_gp: He has been advised to contact the surgery in three weeks for the histology result.]]

Mr Dominic Farrant
Consultant Urologist
""", notes="Post-operative wound check/suture removal and the hospital's own histology result redirected to the "
             "GP. Fit note issued by the unit is a negative. Discharged 16/06 17:30, sent 17/06 08:45: on time.")

# a23 rheumatology: shared care offered for agreement, hospital prescribes meanwhile (hard negative)
pt = P("Augusta Fairclough", "520233", "1981-01-26")
letter(key="a23", prov="kst", dept="Rheumatology Department", kind="clinic_letter", specialty="Rheumatology",
       clinician="Dr Leopoldine Vance", patient=pt, ev="2034-06-19", ld="2034-06-20", sent="2034-06-21 11:50",
       fmt="docx", subject="Rheumatology clinic letter - shared care", body=f"""
# Rheumatology Clinic Letter
{idl(pt)}
Clinic date: 19/06/2034
Consultant: Dr Leopoldine Vance

Dear {GP},

Diagnosis: systemic lupus erythematosus with arthritis and skin involvement.

Mrs Fairclough has now been on azathioprine 100 mg od for four months with stable blood counts and liver tests, and her joints are much better.

I enclose our shared care protocol for azathioprine and would be grateful if you would let us know whether the practice is able to share her care. Until we hear from you, we will continue to prescribe azathioprine and arrange her blood monitoring through our rheumatology day unit.

Please continue her Calcichew-D3 Forte one tablet bd.

Yours sincerely

Dr Leopoldine Vance
Consultant Rheumatologist
""", notes="Shared care protocol offered for the practice's agreement while the hospital keeps prescribing and "
             "monitoring: the proper process, not a finding. Calcium/vitamin D continue is green. Hard negative.")

# a24 community MSK interface: referral returned for imaging and analgesia trial first
pt = P("Leopold Cawthorne", "520240", "1958-08-30")
letter(key="a24", prov="wyn", dept="MSK Interface Service", kind="referral_response", specialty="Orthopaedics",
       clinician="Mr Joachim Tilbury", patient=pt, ev=None, ld="2034-06-22", sent="2034-06-22 14:30",
       fmt="pdf", subject="MSK interface service - referral outcome", body=f"""
# MSK Interface Service: Referral Outcome
{idl(pt)}
Referral received: 15/06/2034

Dear {GP},

Thank you for referring Mr Cawthorne with bilateral knee pain, worse on the left, for consideration of an orthopaedic opinion.

Outcome: not accepted at present.

Before we are able to accept this referral, [[referral_returned_for_workup: it would be most helpful if the practice could arrange weight-bearing X-rays of both knees and let us know the outcome of a three-month trial of regular analgesia.]]

In the meantime we have sent Mr Cawthorne our knee osteoarthritis exercise leaflet.

Mr Joachim Tilbury
Advanced Practice Physiotherapist, MSK Interface Service
""", notes="Referral not accepted until the GP arranges imaging and a treatment trial: "
             "referral_returned_for_workup.")

# a25 independent sector: discharged after one DNA, "can I hand back to you"
pt = P("Delphine Arbuthnot", "520257", "1962-05-14")
letter(key="a25", prov="pem", dept="Orthopaedic Outpatients", kind="clinic_letter", specialty="Orthopaedics",
       clinician="Mr Barnaby Thewlis", patient=pt, ev="2034-06-26", ld="2034-06-27", sent="2034-06-28 10:15",
       fmt="plain", subject="Did not attend - orthopaedic clinic", body=f"""
{head("pem", "Orthopaedic Outpatients")}

{idl(pt)}

Dear {GP},

Re: shoulder pain, first appointment 26/06/2034

[[dna_rereferral: As Mrs Arbuthnot did not attend her appointment with us on 26/06/2034, she has been discharged back to your care; can I hand back to you for a fresh referral through e-RS, so that she can choose a new date?]]

Yours sincerely

Mr Barnaby Thewlis
Consultant Orthopaedic Surgeon
""", notes="Single DNA leading to discharge, re-referral asked in a softened question. event_date is the missed "
             "appointment.")

# a26 ENT: audiology arranged by the hospital, conditional re-referral, history (hard negative)
pt = P("Ptolemy Haddow", "520264", "1940-12-19")
letter(key="a26", prov="kst", dept="ENT Outpatients", kind="clinic_letter", specialty="ENT",
       clinician="Miss Priya Castellane", patient=pt, ev="2034-06-27", ld="2034-06-28", sent="2034-06-30 12:20",
       fmt="html", subject="ENT clinic letter", body=f"""
# ENT Clinic Letter
{idl(pt)}
Clinic date: 27/06/2034
Consultant: Miss Priya Castellane

Dear {GP},

Mr Haddow has symmetrical high-frequency hearing loss typical of his age, and his ears are clear. You kindly arranged microsuction at the surgery earlier this year, which has helped.

I would be grateful if our audiology colleagues could see him for hearing aid fitting, and I have made that referral today.

Should he develop asymmetric hearing loss or pulsatile tinnitus, I'd be grateful if you would re-refer him.

I have not arranged further ENT follow-up.

Kind regards

Miss Priya Castellane
Consultant ENT Surgeon
""", notes="Audiology referral made by the hospital; conditional re-referral (safety-netting); microsuction is "
             "history. Hard negative.")

# a27 hepatology: azathioprine handed over mid-paragraph after a long history, no agreement
pt = P("Jocasta Wheelwright", "520271", "1976-03-03")
letter(key="a27", prov="brd", dept="Liver Unit", kind="clinic_letter", specialty="Gastroenterology",
       clinician="Dr Emeric Lowther", patient=pt, ev="2034-06-29", ld="2034-06-30", sent="2034-07-04 09:15",
       fmt="html", opts={"alt": True}, subject="Liver clinic letter", body=f"""
# Liver Clinic Letter
{idl(pt)}
Clinic date: 29/06/2034
Consultant: Dr Emeric Lowther, Consultant Hepatologist

Dear {GP},

Diagnosis: type 1 autoimmune hepatitis, in biochemical remission.

Mrs Wheelwright presented two years ago with jaundice and an ALT of over 900; her liver biopsy showed interface hepatitis without cirrhosis, and she responded quickly to prednisolone, which we withdrew last autumn. She has since been maintained on azathioprine 100 mg od, which she tolerates well apart from mild nausea, and her ALT has been normal on every check this year, so I was pleased to tell her today that she is doing very well. [[shared_care_without_agreement: Would you mind continuing the azathioprine from now on and arranging her three-monthly FBC and LFTs, letting us know if anything is amiss?]] We will repeat her liver elastography here in 12 months.

Kind regards

Dr Emeric Lowther
Consultant Hepatologist
""", notes="Amber immunosuppressant prescribing and monitoring transferred without a shared care agreement, asked "
             "mid-paragraph after the history. Hospital-arranged elastography is a negative.")

# a28 gastroenterology: suspected pancreatic cancer, onward referral left to the GP (urgent)
pt = P("Horace Fennimore", "520288", "1954-02-10")
letter(key="a28", prov="pel", dept="Gastroenterology Department", kind="clinic_letter",
       specialty="Gastroenterology", clinician="Dr Benedict Carrow", patient=pt, ev="2034-07-03",
       ld="2034-07-03", sent="2034-07-04 17:05", fmt="pdf", subject="URGENT - gastroenterology clinic letter",
       body=f"""
# Gastroenterology Clinic Letter - URGENT
{idl(pt)}
Clinic date: 03/07/2034
Consultant: Dr Benedict Carrow

Dear {GP},

Mr Fennimore has lost 8 kg over three months, has new-onset diabetes and dark urine. The CT we arranged on 28/06/2034 shows a 3 cm mass in the head of the pancreas with a dilated bile duct, suspicious of malignancy.

I have explained the findings to him and his son. A CA19-9 was sent today and we will chase it ourselves.

[[onward_referral: I'd be most grateful if you could refer him urgently to the hepatopancreatobiliary team at Brindlecombe under the suspected-cancer pathway.]]

Yours sincerely

Dr Benedict Carrow
Consultant Gastroenterologist
""", urgent=True,
       notes="A suspected-cancer onward referral for the problem the hospital is investigating, left to the GP: "
             "onward_referral and urgent. Tumour marker chased by the hospital is a negative.")

# a29 cardiology: NSTEMI, everything done by the hospital (hard negative)
pt = P("Fitzroy Abercrombie", "520295", "1971-10-31")
letter(key="a29", prov="kst", dept="Cardiology Ward 9", kind="discharge_summary", specialty="Cardiology",
       clinician="Dr Lucian Merriweather", patient=pt, ev="2034-07-06", ev_time="12:15", ld="2034-07-06",
       sent="2034-07-06 18:40", fmt="plain", subject="Discharge summary - cardiology", body=f"""
{head("kst", "Cardiology Ward 9")}

INPATIENT DISCHARGE SUMMARY
{idl(pt)}
Discharged: 06/07/2034 at 12:15
Consultant: Dr Lucian Merriweather

Diagnosis: NSTEMI; drug-eluting stent to the circumflex artery on 04/07/2034. LV function good.

Medicines (28 days of all supplied):
- Aspirin 75 mg od, lifelong
- Clopidogrel 75 mg od for 12 months
- Atorvastatin 80 mg on
- Ramipril 2.5 mg od
- Bisoprolol 2.5 mg od

Please continue these medicines after the supply runs out. We have booked his U&Es with our phlebotomy team at 2/52 and will act on the results, and the ward has made his cardiac rehabilitation referral. A fit note covering four weeks from discharge has been issued.

Dr Lucian Merriweather
Consultant Cardiologist
""", notes="Green medicines to continue after 28 days supplied; hospital books its own U&Es; rehab referral and fit "
             "note already done. Sent same day. Hard negative.")

# a30 community falls service: negations, family request, conditional re-referral (hard negative)
pt = P("Lavinia Ormerod", "520301", "1938-06-24")
letter(key="a30", prov="wyn", dept="Falls Prevention Service", kind="clinic_letter",
       specialty="Geriatric Medicine", clinician="Dr Eleri Mostyn", patient=pt, ev="2034-07-10",
       ld="2034-07-10", sent="2034-07-11 13:30", fmt="docx", subject="Falls clinic letter", body=f"""
# Falls Prevention Service
{idl(pt)}
Clinic date: 10/07/2034
Clinician: Dr Eleri Mostyn

Dear {GP},

Mrs Ormerod came with her daughter after three falls this spring. You kindly arranged a DEXA scan last year, which showed osteoporosis at the hip, and she has been taking alendronic acid since.

Her gait is cautious but safe with a stick, and her postural blood pressure was normal. Our occupational therapist will visit next week to fit grab rails.

I'd be grateful if her daughter could bring in all of her medicines to our next appointment so that we can go through them together.

There is no need for the surgery to do anything at this stage.

Should she have a further fall, I'd be grateful if you would re-refer her to the falls service.

Yours sincerely

Dr Eleri Mostyn
Consultant Community Geriatrician
""", notes="History (DEXA), request aimed at the family, OT visit by the service, explicit negation, and a "
             "conditional re-referral. Hard negative.")

# a31 urology: PSA surveillance result given by the hospital; referral already made (hard negative)
pt = P("Septimus Ravensworth", "520318", "1951-09-09")
letter(key="a31", prov="pel", dept="Urology Department", kind="results", specialty="Urology",
       clinician="Mr Fergus Haldane", patient=pt, ev=None, ld="2034-07-13", sent="2034-07-13 10:00",
       fmt="html", opts={"header": True}, subject="PSA surveillance result", body=f"""
# Prostate Surveillance: Result Letter
{idl(pt)}
Consultant: Mr Fergus Haldane

Dear {GP},

| Test | Result | Previous |
| PSA | 5.1 ng/mL | 4.9 ng/mL (January 2034) |

Mr Ravensworth remains on active surveillance for low-risk prostate cancer and his PSA is stable. We have written to him with the result.

He mentioned some urgency of urination, so I have referred him directly to the continence service and he will hear from them.

Nothing further is required from the practice; his next PSA will be taken in our clinic in 6/12.

Mr Fergus Haldane
Consultant Urological Surgeon
""", notes="Hospital communicates its own result, makes the continence referral itself and arranges the next PSA; "
             "explicit no action. Hard negative.")

# a32 endocrine: new type 1 diabetes, all follow-up by the hospital DSNs (hard negative)
pt = P("Clementine Ashdown", "520325", "2003-04-15")
letter(key="a32", prov="kst", dept="Diabetes Centre", kind="discharge_summary", specialty="Endocrinology",
       clinician="Dr Rashmi Edgecombe", patient=pt, ev="2034-07-16", ev_time="10:00", ld="2034-07-16",
       sent="2034-07-16 15:20", fmt="plain", subject="Discharge summary - new type 1 diabetes", body=f"""
{head("kst", "Diabetes Centre")}

DISCHARGE SUMMARY
{idl(pt)}
Discharged: 16/07/2034 10:00
Consultant: Dr Rashmi Edgecombe

Diagnosis: new type 1 diabetes presenting with diabetic ketoacidosis (pH 7.18), resolved.

Miss Ashdown has been started on basal-bolus insulin (insulin glargine 14 units at night; insulin aspart with meals by carbohydrate counting). Twenty-eight days of insulin, needles and glucose sensors were supplied.

Our diabetes specialist nurses will see her on 23/07/2034 and have arranged her HbA1c, TFTs and coeliac screen at that visit. We would be happy to arrange any further education she needs, and the district nurses have been asked to support her injections for the first week.

Please add her to your diabetes register.

Dr Rashmi Edgecombe
Consultant in Diabetes and Endocrinology
""", notes="Hospital supplies 28 days and arranges its own bloods through its DSNs; district nurses asked to "
             "support; adding to the register is ordinary GP work. Sent same day. Hard negative.")

# ====================================================================== 'other' messages

other(key="x01", sent="2034-05-04 08:05", type="ooo", notes="Out-of-office reply from a consultant's secretary.",
      frm="Delyth Harcourt <delyth.harcourt@kettleby-strand.nhs.uk>", subject="Automatic reply: Query about referral",
      body="Thank you for your e-mail. I am on annual leave until 15 May 2034 and would be grateful if you could "
           "resend anything urgent to the respiratory secretaries on 0116 496 0344.\n")
other(key="x02", sent="2034-05-12 07:30", type="bulletin", notes="LMC newsletter (bulk); quotes example requests.",
      frm="Kettleby and District LMC <newsletter@kettleby-lmc.example.org>",
      subject="LMC News - May 2034",
      body="KETTLEBY AND DISTRICT LMC NEWS\n\n1. Workload shift: keep sending us anonymised examples of letters "
           "that say 'GP to repeat bloods' or 'please could the practice arrange'.\n2. Fit notes: hospitals should "
           "issue them for the period of their care.\n3. AGM on 19 June 2034.\n\nYou are receiving this as a "
           "member practice.\n")
other(key="x03", sent="2034-05-20 21:40", type="patient", notes="A patient's own e-mail; never to be answered as a "
      "bounce.", frm="Gwilym Parfitt <gwilym.parfitt@example.com>", subject="Sick note after my operation",
      body="Dear Harrowdene Surgery,\n\nI wonder whether you might be able to let me have a sick note for another "
           "two weeks? The hospital said you would sort it out. I'd be grateful if someone could ring me.\n\n"
           "Many thanks\nGwilym Parfitt\n")
other(key="x04", sent="2034-05-31 03:12", type="phish", notes="Phishing pretending to be NHSmail.",
      frm="NHSmail Support <support@nhsmail-verify.example.net>",
      subject="Action required: mailbox quota exceeded",
      body="Dear user,\n\nWould you kindly verify your NHSmail credentials within 24 hours to avoid suspension of "
           "your mailbox?\n\nhttp://nhsmail-verify.example.net/login\n")
other(key="x05", sent="2034-06-07 10:22", type="dsn", notes="Non-delivery report.",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>", subject="Undeliverable: Re: Leflunomide prescribing",
      body="Delivery has failed to these recipients or groups:\n\nrheum.secretaries@brindlecombe.nhs.uk\nThe "
           "e-mail address you entered couldn't be found.\n", rcpt="rheum.secretaries@brindlecombe.nhs.uk")
other(key="x06", sent="2034-06-15 12:00", type="html_bulletin", notes="ICB primary care bulletin (bulk).",
      frm="Kettleby and Pellingham ICB <primarycare@kp-icb.example>",
      subject="Primary Care Bulletin - June 2034",
      body="<html><body><h2>Primary Care Bulletin</h2><p>June 2034</p><ul>"
           "<li>Interface agreement: providers arrange the tests they need and tell patients their results.</li>"
           "<li>Advice and Guidance: new rheumatology and ENT pathways go live on 1 July 2034.</li>"
           "<li>Phlebotomy: extended hours at Wyncliffe Health Centre.</li></ul>"
           "<p>You are receiving this because your practice is on the ICB distribution list.</p></body></html>\n")
other(key="x07", sent="2034-06-23 14:10", type="pharmacy", notes="Community pharmacy message; not a provider letter.",
      frm="Harrowdene Pharmacy <harrowdene.pharmacy@nhs.net>", subject="Discharge Medicines Service - query",
      body="Dear Harrowdene Surgery,\n\nWe have received a Discharge Medicines Service referral for one of your "
           "patients and would appreciate it if the surgery could confirm whether furosemide should stay off "
           "repeat.\n\nKind regards\nHarrowdene Pharmacy\nTel 0116 496 0902\n")
other(key="x08", sent="2034-07-01 09:30", type="spam", notes="Commercial spam.",
      frm="Practice Growth Partners <hello@practicegrowth.example.com>",
      subject="Would you mind sparing 3 minutes?",
      body="Dear Practice Manager,\n\nWould you mind completing our 3-minute survey on practice workload? Every "
           "respondent is entered into a prize draw.\n\nTo unsubscribe reply STOP.\n")
other(key="x09", sent="2034-07-07 16:00", type="massmail", notes="'For information' mass mailing from a trust (bulk).",
      frm="Pellingham Vale Hospitals Communications <comms@pellinghamvale.nhs.uk>",
      subject="For information: outpatient phlebotomy hours",
      body="FOR INFORMATION - SENT TO ALL GP PRACTICES\n\nFrom 1 August 2034 our outpatient phlebotomy "
           "department opens at 07:30. Patients with hospital blood forms can walk in. No action is needed.\n")
other(key="x10", sent="2034-07-14 17:45", type="ooo", notes="Out-of-office reply from a hospital consultant.",
      frm="Dr Benedict Carrow <benedict.carrow@pellinghamvale.nhs.uk>",
      subject="Automatic reply: Mr H Fennimore - HPB referral",
      body="I am away until 28 July 2034. Might I ask that urgent clinical queries go to the gastroenterology "
           "registrar on call via switchboard, 0131 496 0700.\n")


# ====================================================================== rendering and checks

def house(L: dict, p: dict) -> dict:
    """Every provider's HTML in one frame, in its own colour and with its own protective marking."""
    return dict(marking=html.escape(p["marking"]), font="Calibri,Arial,sans-serif",
                heading=f'<h3 style="font-size:11pt;color:{p["colour"]};margin:10px 0 4px 0">{{}}</h3>',
                cell=f'style="border:1px solid {p["colour"]};padding:4px 8px;vertical-align:top"',
                footer=f"{html.escape(p['name'])}. This e-mail may contain confidential patient information.")


def corpus_checks(labels, items) -> list[str]:
    """The kit's checks, no [[evidence]] marker left in a letter, a third of the letters hard negatives."""
    errors = C.checks(labels, items, urgent=(2, 3), others=10,
                      own=lambda lid, lab, text: [f"{lid}: evidence marker left in the letter"]
                      if "[[" in text else [])
    letters = [lab for lab in labels if lab["kind"] != "other"]
    if sum(1 for lab in letters if not lab["expected"]) * 3 < len(letters):
        errors.append("fewer than a third of provider letters are hard negatives")
    return errors


if __name__ == "__main__":
    sys.exit(C.run(sys.argv[1:], house=house, checks=corpus_checks))
