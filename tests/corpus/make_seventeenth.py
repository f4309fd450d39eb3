#!/usr/bin/env python3
"""Build the seventeenth (independent, held-out) corpus: tests/corpus/seventeenth/.

Style: EPR-generated structured letters from large teaching hospitals (Epic/Cerner/Lorenzo-like
layouts: "Outpatient Clinic Letter", "Outcome:", medication-change tables with a "Who prescribes" or
"Action" column, "Information for GP", "Orders placed", "Plan of care"), medical specialties and
nurse-specialist letters.  Formats: multi-page PDFs with a running patient header and "Page n of m"
footer that falls between two halves of a sentence, DOCX letters with tables, HTML bodies and
plain-text letters wrapped at 72 columns.

Everything is invented: the practice (Ferncombe Road Surgery), the trusts, clinicians, patients,
addresses, telephone numbers (Ofcom drama ranges) and NHS numbers (999 test range, valid under
Modulus 11).  Letters were written without reference to bouncebot's detection rules.  The build is
deterministic (fixed dates, Message-IDs and MIME boundaries, seeded randomness).

    python3 tests/corpus/make_seventeenth.py            # build, then verify
    python3 tests/corpus/make_seventeenth.py --verify-only
"""
from __future__ import annotations

import datetime as dt
import email.policy
import email.utils
import io
import re
import sys
from collections import Counter
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus_kit as kit  # noqa: E402
from corpus_kit import dmy, letter_defaults  # noqa: E402
from corpus_kit import patient as P  # noqa: E402
from make_third import (  # noqa: E402
    CATEGORIES,
    collapse,
    esc,
    london,
    make_docx,
    make_pdf,
    parse_markup,
    pdfium_text,
    spaced,
    wrap,
)

OUT = HERE / "seventeenth"
PREFIX = "seventeenth"
PRACTICE = "Ferncombe Road Surgery"
PRACTICE_ADDR = "ferncombe.road@nhs.net"
PRACTICE_TO = f"{PRACTICE} <{PRACTICE_ADDR}>"
GP_ADDR = """
Dr Anwen Pellow
Ferncombe Road Surgery
41 Ferncombe Road
Larkhill Vale LV4 2RS
"""

PROV = {
    "kest": dict(
        name="Kestwick University Teaching Hospitals NHS Foundation Trust", site="Kestwick Royal Infirmary",
        addr=["Minster Lane", "Kestwick", "KV2 8AJ"], phone="0114 496 0230", domain="kestwick-uth.nhs.uk",
        sender="KUTH Clinical Correspondence <no-reply.correspondence@kestwick-uth.nhs.uk>",
        mailer="KUTH CareRecord Outbound 11.2"),
    "marl": dict(
        name="Marlbury Teaching Hospitals NHS Trust", site="Marlbury General Hospital",
        addr=["Wharfside Road", "Marlbury", "MQ7 4DX"], phone="0121 496 0518", domain="marlbury-th.nhs.uk",
        sender="Marlbury Teaching Hospitals eLetters <eletters@marlbury-th.nhs.uk>",
        mailer="MTH Millstream DocOut 4.7"),
    "hav": dict(
        name="Haverleigh Hospitals NHS Foundation Trust", site="Haverleigh Hospital",
        addr=["Causeway Road", "Haverleigh", "HV9 1PL"], phone="0161 496 0742", domain="haverleigh.nhs.uk",
        sender="Haverleigh Hospitals Correspondence <correspondence.hhft@nhs.net>",
        mailer="HHFT PAS Lettergen 3.4"),
    "wen": dict(
        name="Wenvale Community Health NHS Trust", site="Orchard House Specialist Nursing Hub",
        addr=["Orchard House", "12 Mill Street", "Wenvale", "YV3 6NB"], phone="0113 496 0385",
        domain="wenvale-ch.nhs.uk",
        sender="Wenvale Specialist Nursing <specialist.nursing@wenvale-ch.nhs.uk>",
        mailer="Wenvale Community EPR Mailer 2"),
}

DOCTYPE = {"clinic_letter": "Outpatient Clinic Letter", "discharge_summary": "Discharge Summary",
           "referral_response": "Referral Response", "results": "Results Notification",
           "ed_letter": "Emergency Department Letter"}

COVER = {
    "kest": ("This message contains a {doctype} from {trust} ({dept}) for a patient registered with your "
             "practice.\n\nMRN: {mrn}\n\nThis mailbox is not monitored. Contact details for the clinical team "
             "are on the letter.\n"),
    "marl": ("Marlbury Teaching Hospitals NHS Trust - secure clinical correspondence\n\nDocument: {doctype}\n"
             "Department: {dept}\nPatient reference: {mrn}\n\nPlease do not reply to this e-mail.\n"),
    "hav": ("Dear Colleague\n\nPlease find attached {doctype} ({dept}), Haverleigh Hospitals NHS Foundation "
            "Trust. Hospital number {mrn}.\n\nClinical Correspondence Team\n"),
    "wen": ("Hello\n\nPlease find attached a letter from the {dept}, Wenvale Community Health NHS Trust "
            "(ref {mrn}).\n\nKind regards\nSpecialist Nursing Admin\n"),
}


def epic_ids(pt, mrn, clinic, visit, clin, outcome):
    """Kestwick (Epic-like) patient/visit table."""
    return f"""
# Outpatient Clinic Letter
| Patient | {pt['name']} |
| NHS number | {spaced(pt['nhs_number'])} |
| Date of birth | {dmy(pt['dob'])} |
| MRN | {mrn} |
| Department | {clinic} |
| Visit date | {visit} |
| Provider | {clin} |
| Outcome | {outcome} |
"""


def cerner_ids(pt, mrn, doc, enc):
    """Marlbury (Cerner-like) banner."""
    return f"""
# {doc}
Name: {pt['name']}    DOB: {dmy(pt['dob'])}    NHS: {spaced(pt['nhs_number'])}    MRN: {mrn}
{enc}
"""


def lorenzo_ids(pt, mrn, ltype, clinic):
    """Haverleigh (Lorenzo-like) header fields."""
    return f"""
Letter type: {ltype}
Patient name: {pt['name']}
Date of birth: {dmy(pt['dob'])}
NHS number: {spaced(pt['nhs_number'])}
Hospital number: {mrn}
{clinic}
"""


# Evidence is marked in the letter text with «...»; exp=[(category, n)] refers to the n-th marked span
# (0-based).  The markers are stripped before anything is rendered.
MARK = re.compile(r"«([^»]+)»")


def strip_marks(text: str) -> str:
    return MARK.sub(lambda m: m.group(1), text)


def spans(text: str) -> list[str]:
    return MARK.findall(text)


LETTERS: list[dict] = []


def letter(**kw):
    """Record a letter.  Span numbers in exp are resolved to the marked text here, so the label (written by
    the kit from (category, evidence) pairs) carries the exact words the letter prints."""
    kw.setdefault("opts", {})  # rendering options: alt (HTML with a text part), split (page break in a sentence)
    letter_defaults(kw)
    marked = spans(kw["body"])
    kw["exp"] = [(cat, marked[ref] if isinstance(ref, int) else ref) for cat, ref in kw["exp"]]
    LETTERS.append(kw)


NEURO, CARDIO, GASTRO, ENDO, RESP, RHEUM, RENAL, HAEM, HEP, ID, ED = (
    "Department of Neurology", "Department of Cardiology", "Department of Gastroenterology",
    "Department of Endocrinology and Diabetes", "Department of Respiratory Medicine",
    "Department of Rheumatology", "Renal and Transplant Unit", "Department of Clinical Haematology",
    "Liver Unit", "Department of Infectious Diseases", "Emergency Department")
IBDN, EPIN, STOMA, RESPN, PDN, HFN = (
    "IBD Nurse Specialist Service", "Epilepsy Nurse Specialist Service", "Stoma Care Service",
    "Community Respiratory Nursing Team", "Parkinson's Disease Nurse Service", "Heart Failure Nursing Team")

# ====================================================================== Kestwick (Epic-like)

pt = P("Harriet Quenby", "170012", "1997-04-12")
letter(key="k01", prov="kest", dept=NEURO, kind="clinic_letter", specialty="Neurology",
       clinician="Dr Imogen Fairbairn", patient=pt, mrn="KUH4471820", ev="2031-09-01", ld="2031-09-02",
       sent="2031-09-02 10:14", fmt="pdfm", opts={"split": True}, subject="Outpatient Clinic Letter - Neurology - KUH4471820",
       body=GP_ADDR + epic_ids(pt, "KUH4471820", "First Seizure Clinic, Neurology", "01/09/2031",
                               "Dr Imogen Fairbairn, Consultant Neurologist", "Follow-up: Return in 3 months") + """
Dear Dr Pellow,

# Diagnoses
1. Focal epilepsy with impaired awareness, probable left temporal onset (new diagnosis)
2. Migraine without aura
3. Iron deficiency, treated in 2029

# History
Thank you for referring this 34-year-old primary school teacher who was seen in the first seizure clinic today with her partner, who witnessed most of the events. Over the past eight months she has had at least six episodes in which she describes a rising sensation in the epigastrium and an intense feeling of familiarity, followed by a period of about a minute during which she stares, smacks her lips and fiddles with her clothing. She does not respond during these spells and afterwards is muddled for around twenty minutes and cannot find her words. Two of the episodes happened at school, one in front of a class, which she found distressing. On 14 August she had what sounds like a focal to bilateral tonic-clonic seizure at home, with her partner describing stiffening and rhythmic jerking of all four limbs for about ninety seconds, a bitten left lateral tongue and incontinence of urine. She attended the emergency department at the time and a CT head was reported as normal.

There is no history of febrile convulsions, significant head injury, meningitis or encephalitis. Her birth and development were normal. A maternal cousin has epilepsy. She drinks around eight units of alcohol a week and does not use recreational drugs. Her sleep has been poor since she started a new post in January. She has had migraine without aura since her teens, which responds to sumatriptan, and she uses the progestogen-only pill for contraception. She has no plans for pregnancy in the next year but would like a family in future.

# Examination
General and neurological examination were normal. Blood pressure 118/74, pulse 68 and regular. There were no neurocutaneous stigmata. Her mood was low but she was engaged throughout the consultation.

# Investigations to date
| ^Test | ^Date | ^Result |
| CT head (ED) | 14/08/2031 | No acute abnormality |
| FBC, U&Es, LFTs, bone profile, glucose (ED) | 14/08/2031 | Normal apart from CK 412 |
| ECG (ED) | 14/08/2031 | Sinus rhythm, normal intervals |
| Ferritin (GP) | 02/07/2031 | 41 ug/L |

# Social history
She lives with her partner in a first-floor flat and teaches a Year 2 class. She drives to work, about twelve miles each way, and her partner works shifts, so she is worried about how she will get to school now that she cannot drive. We talked about the Access to Work scheme and about asking her head teacher for a later start on the days when she has to rely on public transport. She swims twice a week and enjoys hill walking, and we discussed how she can continue both safely with a companion.

# Information given
- Epilepsy information pack, including seizure first aid for her partner
- Leaflet on sudden unexpected death in epilepsy (SUDEP) and seizure safety
- Leaflet on contraception, pregnancy and antiseizure medication
- DVLA leaflet on driving and epilepsy

# Discussion
I explained that the history is typical of focal seizures arising from the temporal lobe and that the event in August was most likely a focal seizure spreading to both sides of the brain. We talked at length about the options and she would like to start treatment. I have recommended levetiracetam, which is compatible with her contraception, and explained the common side effects, in particular irritability and low mood, which she and her partner will watch out for. We also discussed sudden unexpected death in epilepsy in a measured way, the importance of not bathing alone, and general safety at home and at work, including the need for a risk assessment at school. I have given her written information about all of this and about planning a pregnancy on antiseizure medication, and she knows that she should talk to us before stopping contraception so that we can review her treatment first.

# Medication changes
| ^Medication | ^Status | ^Dose and instructions | ^Who prescribes |
| Levetiracetam | Started | 250 mg twice daily for 2 weeks, then 500 mg twice daily | Hospital: 28 days supplied from KRI outpatient pharmacy, then GP |
| Sumatriptan | Continue | 50 mg as required for migraine | GP |
| Desogestrel | Continue | 75 micrograms daily | GP |

# Orders placed
- MRI brain (epilepsy protocol) - requested; Kestwick Radiology will send the appointment
- EEG, sleep-deprived - requested; Neurophysiology will contact the patient
- ECG - performed in clinic today: sinus rhythm, QTc 412 ms

# Information for GP
«Please arrange FBC, U&Es and LFTs at the surgery in 4 weeks and forward the results to my secretary so that I can review them before her next OPA.»
She has been advised not to drive and knows that she must inform the DVLA herself. Our epilepsy nurse specialist, Ms Kirsty Vane, will telephone her within 2 weeks.

# Plan of care
I will see her again in three months with the results of her MRI and EEG, and sooner if the seizures continue once she is established on the full dose. If she has a seizure lasting more than five minutes, or a cluster of seizures without recovery in between, her partner should call 999. She has our epilepsy advice line number for any questions about her medication or side effects, and she has been given a seizure diary to bring to her next appointment, together with information for her employer about reasonable adjustments at work.

Yours sincerely

Dr Imogen Fairbairn
Consultant Neurologist

cc: Ms Harriet Quenby
""", exp=[("tests_for_hospital", 0)],
       notes="Neurologist wants monitoring bloods for her own review done at the surgery; MRI/EEG ordered by the "
             "hospital, DVLA and safety-net aimed at patient, nurse follow-up by provider (hard negatives); "
             "3-page PDF with running header splitting sentences.")

pt = P("Margaret Ellingham", "170029", "1960-02-23")
letter(key="k02", prov="kest", dept=CARDIO, kind="clinic_letter", specialty="Cardiology",
       clinician="Dr Laurence Achebe-Ward", patient=pt, mrn="KUH3309174", ev="2031-09-04", ld="2031-09-04",
       sent="2031-09-04 16:52", fmt="html", opts={"alt": False},
       subject="URGENT Outpatient Clinic Letter - Cardiology - KUH3309174",
       body=epic_ids(pt, "KUH3309174", "Rapid Access Palpitations Clinic, Cardiology", "04/09/2031",
                     "Dr Laurence Achebe-Ward, Consultant Cardiologist", "Follow-up: Return in 6 weeks") + """
Dear Dr Pellow,

# Diagnoses
1. Atrial fibrillation, new, ventricular rate 112 bpm on ECG today
2. Hypertension
3. Type 2 diabetes (diet controlled)

# Assessment
Mrs Ellingham, 71, described three weeks of palpitations and breathlessness on hills. The ECG in clinic confirms AF. CHA2DS2-VASc score 4 (age, female sex, hypertension, diabetes); ORBIT bleeding score low. She is not currently anticoagulated and has no contraindication. Creatinine last month 78 umol/L, weight 68 kg.

# Medication changes
| ^Medication | ^Status | ^Details | ^Who prescribes |
| Bisoprolol | Started | 2.5 mg once daily | 28 days supplied from outpatient pharmacy, then GP |
| Apixaban | To start | 5 mg twice daily | See Information for GP |
| Amlodipine | Continue | 5 mg once daily | GP |

# Orders placed
- Transthoracic echocardiogram - booked, Kestwick Cardiac Investigations Unit, 18/09/2031
- FBC, U&Es, TFTs - taken in clinic today; I will review the results
- 48-hour Holter - to be fitted at the echo appointment

# Information for GP
«Please start apixaban 5 mg twice daily today - she has not been given any from clinic.»
Our outpatient pharmacy had no stock this afternoon. I have explained the stroke risk to Mrs Ellingham and she is expecting to hear from the surgery.

Follow-up: Return in 6 weeks with echo.

Dr Laurence Achebe-Ward
Consultant Cardiologist
""", exp=[("hospital_only_prescribing", 0)], urgent=True,
       notes="New AF with CHA2DS2-VASc 4 seen in clinic: anticoagulation needed today but the hospital did not supply "
             "the immediate need (hospital_only_prescribing by the 'immediate need after outpatient visit' limb); "
             "time-critical, so urgent. Echo/Holter/bloods are the hospital's own orders.")

pt = P("Callum Redfern", "170036", "1993-07-30")
letter(key="k03", prov="kest", dept=GASTRO, kind="clinic_letter", specialty="Gastroenterology",
       clinician="Dr Saoirse Lindqvist", patient=pt, mrn="KUH5820413", ev="2031-09-08", ld="2031-09-09",
       sent="2031-09-10 09:05", fmt="docx", subject="Outpatient Clinic Letter - IBD Clinic - KUH5820413",
       body=GP_ADDR + epic_ids(pt, "KUH5820413", "IBD Clinic, Gastroenterology", "08/09/2031",
                               "Dr Saoirse Lindqvist, Consultant Gastroenterologist",
                               "Follow-up: Return in 3 months") + """
Dear Dr Pellow,

# Diagnoses
1. Ulcerative colitis, extensive (E3), diagnosed 2028 - steroid-dependent
2. Iron deficiency anaemia, on oral iron

# Summary
Callum has needed two courses of prednisolone this year and flared again on weaning. Flexible sigmoidoscopy in August showed Mayo 2 disease. TPMT activity normal. Hep B/C, HIV, VZV IgG and IGRA negative/immune before starting immunomodulation.

# Medication changes
| ^Medication | ^Status | ^Details | ^Who prescribes |
| Azathioprine | Started | 50 mg once daily for 2 weeks, then 100 mg once daily | GP to prescribe and monitor FBC/LFTs fortnightly from now |
| Prednisolone | Changed | 30 mg daily reducing by 5 mg each week; full 6-week course supplied | Hospital (supplied) |
| Mesalazine (Octasa) | Continue | 1.6 g three times daily | GP |
| Loperamide | Stopped | - | - |

# Orders placed
- MRI small bowel - requested; radiology will contact the patient
- Faecal calprotectin: «FCP in 3/12 - GP to send sample and forward result to IBD team»

# Information for GP
Our IBD nurses will phone him in 2/52 to check how he is tolerating azathioprine.

Follow-up: Return in 3 months.

Dr Saoirse Lindqvist
Consultant Gastroenterologist
""", exp=[("shared_care_without_agreement", "GP to prescribe and monitor FBC/LFTs fortnightly from now"),
          ("tests_for_hospital", 0)],
       notes="Azathioprine (amber) just started, handed to GP in a table cell with no shared-care agreement; FCP for "
             "the IBD team's own review pushed to GP; steroid course supplied, mesalazine green continue, nurse "
             "phone call by provider (hard negatives).")

pt = P("Dominic Aspinall", "170043", "1985-11-02")
letter(key="k04", prov="kest", dept=IBDN, kind="clinic_letter", specialty="Gastroenterology",
       clinician="Sister Morag Pettigrew", patient=pt, mrn="KUH6120975", ev="2031-09-12", ld="2031-09-15",
       sent="2031-09-15 11:40", fmt="plain72", subject="IBD nurse telephone clinic - KUH6120975",
       body="""
Kestwick University Teaching Hospitals NHS Foundation Trust
IBD Nurse Specialist Service - telephone clinic
""" + f"""
Patient: {pt['name']}   DOB: {dmy(pt['dob'])}   NHS No: {spaced(pt['nhs_number'])}
MRN: KUH6120975
Telephone clinic date: 12/09/2031
""" + """
Dear Dr Pellow

I spoke to Dominic on the IBD advice line today. He has Crohn's disease of the terminal ileum and has been on adalimumab through our homecare service since 2029. He reported four loose stools a day for the past fortnight with some cramping but no blood.

Previously the GP had arranged his calprotectin when he first became unwell in 2028, which led to his referral to us. This time I have posted him a calprotectin kit to return to our lab, and I have booked FBC, CRP and an adalimumab drug level in our IBD phlebotomy clinic on Thursday. I will look at the results myself and ring him with a plan.

His adalimumab will continue to come from homecare, prescribed by the IBD team.

Should he have more than six bloody stools a day, a fever or severe pain he knows to ring the IBD advice line or attend the emergency department.

No GP action needed at this stage; this letter is for your information.

Kind regards

Sister Morag Pettigrew
IBD Clinical Nurse Specialist
Tel 0114 496 0236
""", notes="Hard negative: nurse-led telephone clinic; tests booked by the IBD team, red drug stays with homecare, "
           "historical GP action, safety-netting to patient, explicit 'No GP action needed'.")

pt = P("Yvonne Castleford", "170050", "1972-05-19")
letter(key="k05", prov="kest", dept=ENDO, kind="clinic_letter", specialty="Endocrinology",
       clinician="Dr Henrik Castellano", patient=pt, mrn="KUH2287640", ev="2031-10-21", ld="2031-10-29",
       sent="2031-10-30 14:25", fmt="pdfm", opts={"split": True}, subject="Outpatient Clinic Letter - Endocrinology - KUH2287640",
       body=GP_ADDR + """
«Clinic date: 21/10/2031»    Dictated: 22/10/2031    Typed: 29/10/2031
""" + epic_ids(pt, "KUH2287640", "Thyroid Clinic, Endocrinology", "21/10/2031",
               "Dr Henrik Castellano, Consultant Endocrinologist", "Follow-up: Return in 6 weeks") + """
Dear Dr Pellow,

# Diagnoses
1. Graves' disease (TRAb 9.8 IU/L), new
2. Mild thyroid eye disease (CAS 2/7), non-sight-threatening
3. Asthma

# Results
| ^Test | ^Result (GP, 06/10/2031) | ^Reference range |
| TSH | < 0.01 mU/L | 0.35 - 4.9 |
| Free T4 | 41 pmol/L | 9 - 19 |
| Free T3 | 14.2 pmol/L | 2.6 - 5.7 |
| TSH receptor antibody | 9.8 IU/L | < 1.8 |
| Neutrophils | 3.1 x10^9/L | 2.0 - 7.5 |
| ALT | 38 U/L | < 40 |

# History and examination
Mrs Castleford was referred with weight loss of 6 kg, heat intolerance, tremor and palpitations over four months. Your bloods showed TSH < 0.01 with free T4 of 41 pmol/L. Today she has a fine tremor, a resting heart rate of 104 and a small diffuse goitre with a bruit. She has mild bilateral lid retraction and grittiness of both eyes but normal acuity, colour vision and eye movements. She is a current smoker, about ten cigarettes a day, and has already tried to stop twice.

We talked through the treatment options for Graves' disease, including antithyroid drugs, radioiodine and surgery. Because of her eye disease and smoking she would prefer to avoid radioiodine for now, and she chose a course of carbimazole with a view to stopping after 12 to 18 months if she remains well. I explained the rare but important risk of agranulocytosis and she has been given written information and an alert card, and she understands that she must stop carbimazole and seek an urgent blood count if she develops a sore throat, mouth ulcers or a fever. Propranolol will help her tremor and palpitations in the meantime; her asthma has been quiet for years and she has used a salbutamol inhaler only twice this year, so I have chosen a low dose and asked her to stop it if she becomes wheezy.

We also discussed the link between smoking and thyroid eye disease at some length. She is keen to stop and I have referred her directly to the hospital stop smoking service, who will contact her this week. She has been given selenium advice and lubricating eye drops, and she knows to contact us immediately if her vision changes, colours look washed out or she develops double vision or painful eyes, in which case our eye clinic will see her urgently.

# Medication changes
| ^Medication | ^Status | ^Details | ^Who prescribes |
| Carbimazole | Started | 20 mg once daily | Hospital: 6 weeks supplied; dose changes by endocrine team |
| Propranolol | Started | 40 mg twice daily | Hospital: 6 weeks supplied |
| Hypromellose 0.3% | Started | 1 drop both eyes four times daily | Hospital: 1 bottle supplied |
| Beclometasone / salbutamol | Continue | as before | GP |

# Orders placed
- TFTs, FBC and LFTs in 4 weeks - booked in our endocrine day unit
- Orthoptic assessment - requested, Kestwick Eye Clinic

# Information for GP
«I would be grateful if your practice could complete the enclosed Thyroid Eye Disease Registry questionnaire and return it to the endocrine secretaries.»
No other action is needed from the practice; we will adjust her carbimazole dose from the day unit results.

# Plan of care
I will see her in six weeks with the day unit results and the orthoptic report. If her eye disease becomes active or she develops any features of optic neuropathy she will be seen in the combined thyroid eye clinic, and we would then also revisit the question of definitive treatment. I have copied this letter to Mrs Castleford so that she has a record of what we discussed, including the warning signs for agranulocytosis and for changes in her vision.

Yours sincerely

Dr Henrik Castellano
Consultant Endocrinologist

cc: Mrs Yvonne Castleford
""", exp=[("late_clinic_letter", 0), ("non_contractual_admin", 1)],
       notes="Clinic 21/10 (BST), sent 30/10 (GMT): 9 days, late across the clock change. Registry questionnaire is a "
             "hospital data collection (non-contractual admin). Day-unit bloods, supplied drugs, direct referral to "
             "stop smoking and 'No other action' are hard negatives. Multi-page PDF.")

pt = P("Brenda Otterburn", "170067", "1957-08-08")
letter(key="k06", prov="kest", dept=RESP, kind="clinic_letter", specialty="Respiratory Medicine",
       clinician="Dr Ruth Abernethy", patient=pt, mrn="KUH7710362", ev="2031-09-29", ld="2031-09-30",
       sent="2031-10-01 08:30", fmt="html", opts={"alt": True},
       subject="Outpatient Clinic Letter - Respiratory - KUH7710362",
       body=epic_ids(pt, "KUH7710362", "Interstitial Lung Disease Clinic, Respiratory Medicine", "29/09/2031",
                     "Dr Ruth Abernethy, Consultant Respiratory Physician", "Follow-up: Return in 3 months") + """
Dear Dr Pellow,

# Diagnoses
1. Fibrotic interstitial lung disease, probable UIP pattern on CT (2031)
2. Osteoarthritis of both knees

# Summary
Mrs Otterburn has 18 months of progressive exertional breathlessness (MRC 3) and a dry cough. There are fine bibasal crackles and finger clubbing. Resting SpO2 95%, falling to 88% on a 1-minute sit-to-stand test. She has never smoked; she worked for 20 years in a textile mill.

# Orders placed
- HRCT chest (prone and supine) - requested, Kestwick Radiology
- Full PFTs with TLCO - booked in our lung function lab, 14/10/2031
- Autoimmune screen, CK, myositis panel - taken in clinic today; I will review
- Ambulatory oxygen assessment - referred to our home oxygen service

# Information for GP
«I would be grateful if you could refer her to pulmonary rehabilitation.»
She will be discussed at the ILD MDT on 23/10/2031 and I will write with the outcome. Please continue her current analgesia.

Follow-up: Return in 3 months.

Dr Ruth Abernethy
Consultant Respiratory Physician
""", exp=[("onward_referral", 0)],
       notes="Pulmonary rehab for the ILD being assessed in clinic is a related service the respiratory team can refer "
             "to directly; HRCT/PFTs/bloods/oxygen assessment and MDT are the provider's own (hard negatives).")

pt = P("Fiona Marchetti", "170074", "1981-03-15")
letter(key="k07", prov="kest", dept=RHEUM, kind="clinic_letter", specialty="Rheumatology",
       clinician="Dr Tamsin Oyelaran", patient=pt, mrn="KUH9031158", ev="2031-10-02", ld="2031-10-03",
       sent="2031-10-03 13:10", fmt="docx", subject="Outpatient Clinic Letter - Rheumatology - KUH9031158",
       body=GP_ADDR + epic_ids(pt, "KUH9031158", "Early Inflammatory Arthritis Clinic, Rheumatology", "02/10/2031",
                               "Dr Tamsin Oyelaran, Consultant Rheumatologist",
                               "Follow-up: Return in 3 months") + """
Dear Dr Pellow,

# Diagnoses
1. Rheumatoid arthritis, seropositive (anti-CCP > 300), diagnosed 08/2031
2. Hypothyroidism

# Summary
Fiona has active synovitis of both wrists and several MCP joints; DAS28-CRP 5.1. Chest X-ray, hepatitis serology and baseline bloods were normal.

# Medication changes
| ^Medication | ^Status | ^Details | ^Who prescribes |
| Methotrexate | Started | 15 mg once weekly (Fridays) | Hospital, until shared care is agreed |
| Folic acid | Started | 5 mg once weekly (Mondays) | Hospital, supplied with methotrexate |
| Hydroxychloroquine | Continue | 200 mg once daily | GP |
| Levothyroxine | Continue | 100 micrograms once daily | GP |

# Shared care
A shared care agreement for methotrexate is attached for your consideration. If you are happy to take over prescribing and monitoring once she is on a stable dose (usually after 12 weeks), please sign and return it to our rheumatology nurses. Until then we will continue to prescribe and will arrange her monitoring bloods in our own clinic.

# Orders placed
- FBC, U&Es, LFTs fortnightly for 6 weeks - rheumatology phlebotomy, booked

# Information for GP
No action needed unless you wish to accept shared care.

Follow-up: Return in 3 months.

Dr Tamsin Oyelaran
Consultant Rheumatologist
""", notes="Hard negative: shared care properly offered for agreement, hospital prescribing and monitoring until "
           "agreed; green drugs to continue.")

pt = P("Gareth Penhaligon", "170081", "1966-01-27")
letter(key="k08", prov="kest", dept=RENAL, kind="discharge_summary", specialty="Nephrology",
       clinician="Dr Callum Drysdale", patient=pt, mrn="KUH1190427", ev="2031-10-25", ev_time="17:30",
       ld="2031-10-26", sent="2031-10-26 17:00", fmt="pdfm", opts={"split": True},
       subject="Discharge Summary - Renal Transplant Ward - KUH1190427",
       body="""
# Inpatient Discharge Summary
""" + f"""
| Patient | {pt['name']} |
| NHS number | {spaced(pt['nhs_number'])} |
| Date of birth | {dmy(pt['dob'])} |
| MRN | KUH1190427 |
| Ward | Ward 31, Renal Transplant |
| Responsible consultant | Dr Callum Drysdale, Consultant Nephrologist |
""" + """
Date of admission: 21/10/2031
«Date and time of discharge: 25/10/2031 17:30»
Discharge destination: usual residence

# Diagnosis
Acute kidney injury on a functioning deceased-donor renal transplant (2024), secondary to tacrolimus toxicity after clarithromycin was started for a chest infection.

# Observations on admission
Temperature 37.4, pulse 92, blood pressure 148/88, respiratory rate 20, oxygen saturation 95% on air. Clinically dry, with reduced urine output over the preceding two days. Graft non-tender. Coarse crackles at the left base.
Allergies: penicillin (rash).

# Key results
| ^Date | ^Creatinine (umol/L) | ^Potassium (mmol/L) | ^Tacrolimus trough (ug/L) |
| 21/10/2031 | 248 | 5.6 | 21.0 |
| 22/10/2031 | 231 | 5.2 | 14.8 |
| 23/10/2031 | 198 | 4.9 | withheld |
| 24/10/2031 | 170 | 4.7 | 9.6 |
| 25/10/2031 | 151 | 4.6 | 8.2 |

# Clinical summary
Mr Penhaligon was admitted from the transplant clinic with a creatinine of 248 umol/L (baseline 130) and a tacrolimus trough level of 21 ug/L. He had been started on clarithromycin for a lower respiratory tract infection four days earlier, and the interaction between clarithromycin and tacrolimus was recognised on admission. Clarithromycin was stopped and replaced with doxycycline to complete the course. Tacrolimus was withheld for 24 hours and then restarted at a lower dose. He received intravenous fluids for two days. A transplant ultrasound showed good perfusion with no hydronephrosis or collection, and the transplant team did not feel that a biopsy was needed. His creatinine improved steadily to 151 umol/L on the day of discharge and his trough level on the morning of discharge was 8.2 ug/L. His chest infection settled clinically, he remained apyrexial throughout, and his chest X-ray on admission showed only minor left basal change. His blood pressure was well controlled on his usual amlodipine. He was seen by the transplant pharmacist before going home, who went through the new tacrolimus dose with him and gave him an updated medicines card, and he was also given written advice to check with the transplant team before starting any new medicine, including antibiotics and over-the-counter remedies, because of the risk of further interactions.

# Medications on discharge
| ^Medication | ^Status | ^Details | ^Supply |
| Tacrolimus (Adoport) | Changed | 3 mg twice daily (was 4 mg twice daily) | 3 days supplied |
| Mycophenolate mofetil | Continue | 500 mg twice daily | Own supply (transplant homecare) |
| Prednisolone | Continue | 5 mg once daily | Own supply |
| Co-trimoxazole | Continue | 480 mg once daily | 14 days supplied |
| Doxycycline | Started | 100 mg once daily to complete 7 days | 3 days supplied (course completes) |
| Clarithromycin | Stopped | interaction with tacrolimus | - |
| Amlodipine | Continue | 10 mg once daily | GP |

# Information for GP
«Only 3 days of tacrolimus were supplied; please could the GP prescribe Adoport 3 mg twice daily from 28/10/2031.»
Please avoid macrolide antibiotics in future and record the interaction as an alert on his GP record.

# Follow-up
Tacrolimus trough level and U&Es will be checked in the transplant clinic on 28/10/2031 (booked). The transplant nurses will telephone him with any dose change. He knows to contact the transplant unit directly if he becomes unwell, notices a fall in his urine output or develops a temperature, and he has the direct number for the transplant ward out of hours.

Dr Callum Drysdale
Consultant Nephrologist
""", exp=[("late_discharge_summary", 0), ("hospital_only_prescribing", 1)],
       notes="Discharged 25/10 17:30 BST, summary sent 26/10 17:00 GMT: 24 h 30 min of real time across the clock "
             "change, so late (only 23.5 h by wall clock). Post-transplant tacrolimus is red and only 3 days were "
             "supplied. Transplant clinic bloods and nurse calls are the provider's (hard negatives).")

pt = P("Sophie Ingleby", "170098", "1995-09-09")
letter(key="k09", prov="kest", dept=EPIN, kind="clinic_letter", specialty="Neurology",
       clinician="Ms Kirsty Vane", patient=pt, mrn="KUH8824519", ev="2031-10-15", ld="2031-10-16",
       sent="2031-10-16 15:35", fmt="html", opts={"alt": False},
       subject="Epilepsy nurse telephone review - KUH8824519",
       body=f"""
# Epilepsy Nurse Specialist - Telephone Review
Patient: {pt['name']} | DOB: {dmy(pt['dob'])} | NHS No: {spaced(pt['nhs_number'])} | MRN: KUH8824519
Date of call: 15/10/2031
""" + """
Dear Dr Pellow,

I rang Sophie today for her planned telephone review. She has juvenile myoclonic epilepsy and had two myoclonic jerks last month after late nights, but no generalised seizures since May. She is taking levetiracetam 750 mg twice daily without side effects and is using her seizure diary.

We talked about sleep, alcohol and the importance of taking her tablets at the same time each day. She is not planning a pregnancy and uses the implant.

Sophie asked when her next appointment with Dr Fairbairn would be. «I have advised her to contact her GP surgery to find out when her neurology follow-up appointment is.»

No change to her medication today. I will call her again in 3 months.

Kind regards

Ms Kirsty Vane
Epilepsy Nurse Specialist
Kestwick University Teaching Hospitals NHS Foundation Trust
""", exp=[("patient_redirected_to_gp", 0)],
       notes="Patient sent to the GP to find out the date of the hospital's own follow-up; nurse's own 3-month call "
             "is provider work.")

pt = P("Terence Mowbray", "170104", "1962-12-04")
letter(key="k10", prov="kest", dept=CARDIO, kind="discharge_summary", specialty="Cardiology",
       clinician="Dr Priyanka Ramesh", patient=pt, mrn="KUH4409136", ev="2031-10-23", ev_time="14:00",
       ld="2031-10-23", sent="2031-10-23 19:30", fmt="pdf3",
       subject="Discharge Summary - Coronary Care Unit - KUH4409136",
       body=f"""
# Inpatient Discharge Summary - Cardiology
Patient: {pt['name']}  DOB: {dmy(pt['dob'])}  NHS number: {spaced(pt['nhs_number'])}  MRN: KUH4409136
Admitted: 19/10/2031   Discharged: 23/10/2031 14:00
Consultant: Dr Laurence Achebe-Ward   Completed by: Dr Priyanka Ramesh, Specialty Registrar
""" + """
# Diagnosis
NSTEMI. Single-vessel disease: drug-eluting stent to proximal LAD on 21/10/2031 via right radial approach.

# Investigations
Peak troponin 4,210 ng/L. ECHO on the ward: LVEF 45%, mild anterior hypokinesia. Lipids: total cholesterol 6.4, LDL 4.1.

# Medication on discharge (TTO 28 days supplied)
| ^Medication | ^Status | ^Action |
| Aspirin 75 mg od | Started | Lifelong - GP to continue |
| Ticagrelor 90 mg bd | Started | 12 months, stop 21/10/2032 - GP to continue |
| Atorvastatin 80 mg on | Started | GP to continue |
| Ramipril 2.5 mg od | Started | Cardiac rehab nurses will titrate |
| Bisoprolol 2.5 mg od | Started | GP to continue |

# Follow-up
- Cardiac rehabilitation: referral made by the ward.
- Cardiology OPA in 6 weeks - will be booked by our team.
- Radial site checked before discharge; no haematoma.

# Actions for GP
«Please could the GP issue a fit note for 4 weeks from discharge.»
He works as a forklift driver; he has been told not to drive for 1 week and to inform his employer.

Dr Priyanka Ramesh
Specialty Registrar, Cardiology
""", exp=[("fit_note", 0)],
       notes="Fit note for the recovery period after admission and PCI should come from the hospital. Same-day "
             "summary (on time). TTO 28 days, green secondary-prevention drugs to continue, rehab referral already "
             "made, OPA booked by team (hard negatives).")

pt = P("Aisling Brereton", "170111", "1988-06-21")
letter(key="k11", prov="kest", dept=NEURO, kind="clinic_letter", specialty="Neurology",
       clinician="Dr Imogen Fairbairn", patient=pt, mrn="KUH3378201", ev="2031-10-27", ld="2031-10-31",
       sent="2031-11-03 09:20", fmt="docx", subject="Outpatient Clinic Letter - Neurology - KUH3378201",
       body=GP_ADDR + epic_ids(pt, "KUH3378201", "General Neurology Clinic", "27/10/2031",
                               "Dr Imogen Fairbairn, Consultant Neurologist",
                               "Follow-up: Return in 4 months") + """
Clinic date: 27/10/2031

Dear Dr Pellow,

# Diagnoses
1. Chronic migraine with medication-overuse headache
2. No features of raised intracranial pressure; fundi normal

# Summary
Ms Brereton has daily headache, using co-codamol on most days. Neurological examination, including fundoscopy, was normal. We agreed a plan to withdraw co-codamol and start a preventive.

# Medication changes
| ^Medication | ^Status | ^Details | ^Who prescribes |
| Amitriptyline | Started | 10 mg at night, increase by 10 mg every 2 weeks to 30 mg | 28 days supplied from clinic; GP thereafter |
| Co-codamol 30/500 | Stopped | withdrawal explained | - |
| Propranolol | None | - | - |

# Orders placed
- MRI brain - requested; we will write to you and to Ms Brereton with the result

# Information for GP
None. No GP action needed.

# Plan of care
Headache diary. Should her headaches change in character she may be re-referred sooner.

Dr Imogen Fairbairn
Consultant Neurologist
""", notes="Hard negative: sent exactly 7 days after clinic (on time); empty/None EPR fields; green drug supplied "
           "for 28 days then GP; MRI result to be communicated by the hospital; conditional re-referral.")

# ====================================================================== Marlbury (Cerner-like)

pt = P("Leonard Whitcombe", "170128", "1959-04-03")
letter(key="m01", prov="marl", dept=HAEM, kind="results", specialty="Haematology",
       clinician="Dr Eleanor Quayle", patient=pt, mrn="MTH0458812", ld="2031-09-11", sent="2031-09-11 12:48",
       fmt="plain72", subject="ABNORMAL RESULT - haematology film comment - MTH0458812",
       body=cerner_ids(pt, "MTH0458812", "Haematology - Abnormal Result Notification",
                       "Requesting location: Pre-operative Assessment Clinic, Marlbury General Hospital") + """
Sample collected: 09/09/2031 (pre-operative assessment for elective inguinal hernia repair)

Hb 84 g/L (130-170), MCV 68 fL, ferritin 6 ug/L, platelets 468.
Film: microcytic hypochromic red cells with pencil cells, consistent with iron deficiency.

Clinical comment (Dr Eleanor Quayle, Consultant Haematologist):
A new iron deficiency anaemia in a 72-year-old man with no obvious source needs urgent lower and upper GI investigation. The pre-operative assessment team have postponed his hernia repair. «Please refer him urgently on the suspected lower GI cancer pathway this week.»

Oral iron can be started in the meantime.

Dr Eleanor Quayle
Consultant Haematologist
Marlbury Teaching Hospitals NHS Trust
""", exp=[("onward_referral", 0)], urgent=True,
       notes="Hospital-ordered pre-op bloods show IDA; the suspected-cancer referral for an immediate need is pushed to "
             "the GP instead of being made by the provider. Suspected-cancer step within days: urgent. Also arguably "
             "results_chasing; labelled once as onward_referral.")

pt = P("Desmond Fairclough", "170135", "1956-10-17")
letter(key="m03", prov="marl", dept=HEP, kind="clinic_letter", specialty="Hepatology",
       clinician="Dr Oluwaseun Bright", patient=pt, mrn="MTH2247016", ev="2031-10-06", ld="2031-10-07",
       sent="2031-10-08 10:02", fmt="pdfm", opts={"split": True}, subject="Clinical Correspondence - Hepatology - MTH2247016",
       body=GP_ADDR + cerner_ids(pt, "MTH2247016", "Clinical Correspondence - Hepatology Outpatients",
                                 "Encounter: Outpatient, Liver Clinic, 06/10/2031") + """
Outcome: Follow-up in 6 months. Orders placed.

Dear Dr Pellow,

# Problem list
1. Compensated cirrhosis (Child-Pugh A5, MELD 9), alcohol-related, abstinent since 02/2031
2. Previous hepatitis C infection, treated in 2019; sustained virological response documented
3. Type 2 diabetes on metformin
4. Obesity, BMI 33

# History
Mr Fairclough came with his wife. He has not drunk alcohol since February, when he was admitted with jaundice, and he attends a community alcohol group each week. He feels much better, with more energy, and has returned to part-time work as a driving instructor. He has no confusion, no melaena and no abdominal swelling. His weight has come down by 4 kg and his diabetes control has improved, with an HbA1c of 52 in August. He told me that he had an episode of unprotected sexual contact while travelling in the spring and is worried about hepatitis C reinfection, as he was treated for it previously. We discussed this in detail, and I have sent a hepatitis C RNA test today along with his routine liver bloods.

# Examination
There were a few spider naevi on his chest and palmar erythema but no jaundice, ascites, asterixis or peripheral oedema. His spleen was just palpable. Blood pressure 132/80.

# Blood results
| ^Test | ^02/2031 (admission) | ^06/2031 | ^09/2031 |
| Bilirubin (umol/L) | 96 | 31 | 18 |
| Albumin (g/L) | 29 | 35 | 38 |
| INR | 1.6 | 1.2 | 1.1 |
| Platelets (x10^9/L) | 88 | 109 | 121 |
| ALT (U/L) | 74 | 39 | 33 |
| Sodium (mmol/L) | 131 | 136 | 138 |

# Investigations today
FibroScan 14.2 kPa (IQR/median 12%), CAP 291 dB/m. Bilirubin 18, albumin 38, INR 1.1, platelets 121. AFP last month 3 kU/L.

# Discussion
His liver function is well preserved, and abstinence from alcohol is by far the most important thing he can do for his liver. I have reinforced this, and he is well supported by his wife and his group. With a platelet count of 121 and a liver stiffness above 10 kPa he does not strictly meet the criteria to avoid endoscopy, so I have requested a gastroscopy to screen for varices rather than wait. I have also explained the need for regular liver cancer surveillance because of his cirrhosis, and he understands why this matters even though he feels well. We discussed vaccination against hepatitis A and B and he would like to go ahead.

# Orders placed
- OGD for variceal screening - requested; the Marlbury endoscopy unit will send him an appointment
- Hepatitis C RNA (PCR) and liver bloods - taken in clinic today
- Hepatitis A and B vaccination - first doses given in clinic today

# Actions for GP
1. «Please could you arrange a liver ultrasound and AFP every 6 months for HCC surveillance.»
2. «The hepatitis C RNA result will be reported to your surgery; please let him know the result and act on it if it is detectable.»
3. Please continue metformin 1 g twice daily.

# Plan of care
Review in the liver clinic in 6 months. He has the liver unit's advice line number and knows to seek help urgently if he notices yellowing of his eyes, a swollen abdomen, confusion or black stools. I have encouraged him to keep going with the community alcohol group, and I have given him information on the annual flu and pneumococcal vaccines, which he can have at his usual pharmacy.

Yours sincerely

Dr Oluwaseun Bright
Consultant Hepatologist
""", exp=[("tests_for_hospital", 0), ("results_chasing", 1)],
       notes="HCC surveillance for the liver clinic's follow-up pushed to GP; hospital-ordered HCV RNA routed to GP to "
             "relay and act on. OGD and vaccinations done by provider, metformin green continue (hard negatives). "
             "Multi-page PDF.")

pt = P("Jamal Okonkwo-Briggs", "170142", "1990-02-11")
letter(key="m04", prov="marl", dept=ID, kind="clinic_letter", specialty="Infectious Diseases",
       clinician="Dr Fintan McGarrity", patient=pt, mrn="MTH3390258", ev="2031-10-07", ld="2031-10-08",
       sent="2031-10-09 11:15", fmt="docx", subject="Clinical Correspondence - Infectious Diseases - MTH3390258",
       body=cerner_ids(pt, "MTH3390258", "Clinical Correspondence - Infectious Diseases",
                       "Encounter: Outpatient, HIV Clinic, 07/10/2031") + """
Outcome: Follow-up in 3 months.

Dear Dr Pellow,

Mr Okonkwo-Briggs has HIV infection, diagnosed 2027, with an undetectable viral load on bictegravir/emtricitabine/tenofovir alafenamide (Biktarvy). He has consented to us writing to you.

# Medication changes
| ^Medication | ^Status | ^Action |
| Biktarvy | Continue | Homecare delivery delayed - see Actions for GP |
| Sertraline | Continue | GP |

# Orders placed
| Viral load, CD4, U&Es | Taken in clinic today; we will contact him with the results |
| Hepatitis B vaccination | Course started in clinic today |

# Actions for GP
«As his homecare delivery has been delayed, I would be grateful if you could prescribe Biktarvy one tablet daily for 4 weeks to bridge the gap.»
We have referred him directly to the Marlbury health psychology service for support with low mood.

Dr Fintan McGarrity
Consultant in Infectious Diseases
""", exp=[("hospital_only_prescribing", 0)],
       notes="Antiretrovirals are red (hospital/homecare only); GP asked to bridge a homecare gap. Results handled by "
             "clinic, psychology referral made directly, sertraline green (hard negatives).")

pt = P("Norman Hebblethwaite", "170159", "1949-07-26")
letter(key="m05", prov="marl", dept=ENDO, kind="clinic_letter", specialty="Endocrinology",
       clinician="Dr Anjali Desai", patient=pt, mrn="MTH1180094", ld="2031-09-25", sent="2031-09-25 14:30",
       fmt="plain72", subject="Did not attend - Endocrinology - MTH1180094",
       body=cerner_ids(pt, "MTH1180094", "Clinical Correspondence - Did Not Attend",
                       "Encounter: Outpatient, Endocrine New Patient Clinic, 22/09/2031 - DNA") + """
Outcome: Discharged to GP.

Dear Dr Pellow

Mr Hebblethwaite did not attend his new patient appointment in the endocrine clinic on 22/09/2031, to which you referred him with hypercalcaemia (adjusted calcium 2.81 mmol/L). Two text reminders were sent.

In line with the trust's access policy he has been discharged. «If you still feel that an endocrine opinion is needed, please re-refer him via e-RS.»

Yours sincerely

Dr Anjali Desai
Consultant Endocrinologist
""", exp=[("dna_rereferral", 0)],
       notes="Discharged after a single missed new-patient appointment; GP asked to re-refer.")

pt = P("Patricia Lowthian", "170166", "1973-01-09")
letter(key="m06", prov="marl", dept=GASTRO, kind="referral_response", specialty="Gastroenterology",
       clinician="Dr Gregor Halvorsen", patient=pt, mrn="MTH4472630", ld="2031-09-18", sent="2031-09-18 16:05",
       fmt="html", opts={"alt": False}, subject="e-RS referral triage outcome - Gastroenterology",
       body=cerner_ids(pt, "MTH4472630", "Referral Triage Outcome - Gastroenterology",
                       "Referral received: 11/09/2031 via e-RS (routine)") + """
| Triage outcome | Returned to referrer |
| Triaged by | Dr Gregor Halvorsen, Consultant Gastroenterologist |
| Clinic offered | None |

Thank you for referring Mrs Lowthian, 58, with 4 months of upper abdominal discomfort, 5 kg weight loss and a raised CA19-9 of 62. Her FBC, ferritin, LFTs and coeliac serology are normal.

«Referral returned: please arrange a CT abdomen and pelvis via primary care and re-refer if abnormal.»

Dr Gregor Halvorsen
Consultant Gastroenterologist
""", exp=[("referral_returned_for_workup", 0)],
       notes="Clinically appropriate referral (weight loss, raised CA19-9, basic work-up already done) bounced back "
             "for specialist imaging.")

pt = P("Raymond Tillotson", "170173", "1958-05-30")
letter(key="m08", prov="marl", dept=STOMA, kind="clinic_letter", specialty="Colorectal Surgery",
       clinician="Mr Dominic Reyes", patient=pt, mrn="MTH5561847", ev="2031-10-20", ld="2031-10-20",
       sent="2031-10-20 16:40", fmt="docx", subject="Stoma care home visit - MTH5561847",
       body=cerner_ids(pt, "MTH5561847", "Stoma Care Nurse Specialist - Home Visit",
                       "Encounter: Home visit, 20/10/2031") + """
Dear Dr Pellow,

Raymond had an anterior resection with a defunctioning loop ileostomy on 10/10/2031 and went home on 16/10/2031. I visited him at home today. The stoma is healthy, spouted and working well, with output around 800 mL a day. He is changing his appliance confidently with his wife's help.

# Stoma appliances
Please add the following to his repeat prescription: Salts Confidence BE drainable pouch 13-64 mm (30 a month), adhesive remover spray (1 a month).

# Medication
| ^Medication | ^Status | ^Action |
| Loperamide 2 mg | Started | 14 days supplied; colorectal team will review |
| Enoxaparin 40 mg | Continue | 28-day course supplied on discharge; district nurses administering |

# Wound
The midline wound is clean and dry with skin clips in place. «Please could the practice nurse remove his skin clips on 21/10/2031 (day 11) and check the wound.»

I will visit again on 27/10/2031. The colorectal team will see him in clinic in 6 weeks.

Mr Dominic Reyes
Stoma Care Clinical Nurse Specialist
""", exp=[("post_procedure_care", 0)],
       notes="Clip removal after bowel surgery asked of practice nurse. Stoma appliances on repeat (ordinary GP "
             "prescribing), supplied loperamide/enoxaparin, district nurses, nurse revisit (hard negatives).")

pt = P("Kenneth Arbuthnot", "170180", "1951-09-14")
letter(key="m10", prov="marl", dept=HAEM, kind="discharge_summary", specialty="Haematology",
       clinician="Dr Eleanor Quayle", patient=pt, mrn="MTH6630185", ev="2031-09-19", ev_time="11:00",
       ld="2031-09-22", sent="2031-09-23 09:40", fmt="docx", subject="Discharge Summary - Haematology - MTH6630185",
       body=cerner_ids(pt, "MTH6630185", "Discharge Summary - Ward 9 (Haematology)",
                       "Admitted: 15/09/2031") + """
«Date of discharge: 19/09/2031 11:00»

# Diagnosis
Immune thrombocytopenia (ITP), new presentation; platelets 4 on admission with wet purpura.

# Treatment
Prednisolone 1 mg/kg and IV immunoglobulin. Platelets 62 on the day of discharge.

# Discharge medication
| ^Medication | ^Status | ^Action |
| Prednisolone | Started | 60 mg reducing as per chart; TTO 14 days supplied |
| Omeprazole | Started | 20 mg od while on steroids; TTO 14 days supplied |
| Alendronic acid | Started | 70 mg weekly; GP to continue |

# Plan of care
- Haematology clinic in 2 weeks - booked.
- «Please arrange FBC in 1 week to check his platelet count and e-mail the result to the haematology day unit.»
- He has been told to attend ED if he has any bleeding.

Dr Eleanor Quayle
Consultant Haematologist
""", exp=[("late_discharge_summary", 0), ("tests_for_hospital", 1)],
       notes="Summary sent four days after discharge (late). Platelet check for the haematology team's own monitoring "
             "pushed to GP. TTO 14 days, clinic booked, green bone protection (hard negatives).")

pt = P("Evelyn Saddington", "170197", "1964-03-02")
letter(key="m11", prov="marl", dept=RENAL, kind="clinic_letter", specialty="Nephrology",
       clinician="Dr Beatrice Onslow", patient=pt, mrn="MTH7714306", ev="2031-11-04", ld="2031-11-05",
       sent="2031-11-06 10:55", fmt="pdf3", subject="Clinical Correspondence - Renal - MTH7714306",
       body=cerner_ids(pt, "MTH7714306", "Clinical Correspondence - Advanced Kidney Care Clinic",
                       "Encounter: Outpatient, 04/11/2031") + """
Outcome: Follow-up in 2 months. Referral made.

Dear Dr Pellow,

Mrs Saddington has CKD stage 5 (eGFR 11) due to diabetic nephropathy and has chosen haemodialysis. Vein mapping ultrasound was done in clinic today and shows a suitable left cephalic vein.

# Plan of care
- We have referred her to the vascular surgeons for a left radiocephalic AV fistula.
- Pre-operative bloods will be taken at the vascular pre-assessment clinic.
- «Please complete the enclosed vascular access pre-operative assessment questionnaire and return it to our vascular access coordinator before 20/11/2031.»

Dr Beatrice Onslow
Consultant Nephrologist
""", exp=[("non_contractual_admin", 0)],
       notes="Hospital pre-operative questionnaire sent to the practice. Referral to vascular made by renal team, "
             "pre-op bloods at pre-assessment (hard negatives).")

pt = P("Wilfred Garside", "170203", "1968-12-19")
letter(key="m12", prov="marl", dept=ENDO, kind="clinic_letter", specialty="Diabetes",
       clinician="Dr Anjali Desai", patient=pt, mrn="MTH8802543", ev="2031-11-10", ld="2031-11-11",
       sent="2031-11-12 08:50", fmt="html", opts={"alt": True},
       subject="Clinical Correspondence - Diabetes - MTH8802543",
       body=cerner_ids(pt, "MTH8802543", "Clinical Correspondence - Diabetes Outpatients",
                       "Encounter: Outpatient, Young Adult Type 2 Clinic, 10/11/2031") + """
| Outcome | Discharged to GP care |
| Medication changes | None |
| Orders placed | None |
| Actions for GP | None |

Dear Dr Pellow,

Mr Garside's HbA1c has improved to 54 mmol/mol on metformin and semaglutide with 9 kg of weight loss. Retinal screening is up to date. He is happy to be discharged.

Please continue his current medicines. If his HbA1c rises above 75 mmol/mol despite treatment, he may be re-referred.

Dr Anjali Desai
Consultant Endocrinologist
""", notes="Hard negative: EPR fields all 'None', discharge to GP with green medicines to continue, conditional "
           "re-referral.")

# ====================================================================== Haverleigh (Lorenzo-like)

pt = P("Graham Ludlow", "170210", "1970-08-18")
letter(key="h01", prov="hav", dept=GASTRO, kind="clinic_letter", specialty="Gastroenterology",
       clinician="Dr Martin Kowalczyk", patient=pt, mrn="HH0915523", ev="2031-09-10", ld="2031-09-22",
       sent="2031-09-24 11:05", fmt="pdf3", subject="Outpatient letter - Gastroenterology - HH0915523",
       body=lorenzo_ids(pt, "HH0915523", "Outpatient Clinic Letter",
                        "«Clinic date: 10/09/2031»  Clinic: Gastroenterology GI Clinic 2") + """
Date typed: 22/09/2031

Dear Dr Pellow

Diagnosis: Iron deficiency anaemia; duodenal biopsies pending. OGD today: mild gastritis, no ulcer, D2 biopsies taken.

Mr Ludlow had an OGD on the day of his clinic appointment. Colonoscopy in July was normal to the terminal ileum.

GP to action:
«He has been advised to contact his GP for the results of his duodenal biopsies.»

Hospital actions: we have requested a repeat OGD in 8 weeks if the biopsies show coeliac disease; the endoscopy unit will write to him.

Dr Martin Kowalczyk
Consultant Gastroenterologist
""", exp=[("late_clinic_letter", 0), ("patient_redirected_to_gp", 1)],
       notes="Letter sent 14 days after clinic (late). Patient told to get hospital-ordered biopsy results from the GP. "
             "Repeat OGD arranged by hospital (hard negative).")

pt = P("Lorraine Kettlewell", "170227", "1983-04-06")
letter(key="h02", prov="hav", dept=RHEUM, kind="clinic_letter", specialty="Rheumatology",
       clinician="Dr Felicity Marsh", patient=pt, mrn="HH2274018", ev="2031-09-16", ld="2031-09-17",
       sent="2031-09-17 15:20", fmt="docx", subject="Outpatient letter - Rheumatology - HH2274018",
       body=lorenzo_ids(pt, "HH2274018", "Outpatient Clinic Letter",
                        "Clinic date: 16/09/2031  Clinic: Connective Tissue Disease Clinic") + """
Dear Dr Pellow

Diagnosis: Systemic lupus erythematosus with lupus nephritis class III (renal biopsy 08/2031).

Ms Kettlewell was seen with the renal team. Her proteinuria (PCR 180) warrants induction treatment and we have agreed to start mycophenolate.

# Medication changes
| ^Medication | ^Change | ^Dose | ^Who prescribes |
| Mycophenolate mofetil | Started | 500 mg bd for 2 weeks, then 1 g bd | GP to prescribe from next month |
| Hydroxychloroquine | Continue | 200 mg od | GP |
| Prednisolone | Changed | 20 mg od reducing per chart | Hospital - 4 weeks supplied |

Blood monitoring: our rheumatology nurses will check FBC and LFTs weekly for the first month in the hospital phlebotomy unit.

GP to action: see table above.

Follow-up: rheumatology/renal combined clinic in 4 weeks.

Dr Felicity Marsh
Consultant Rheumatologist
""", exp=[("shared_care_without_agreement", "GP to prescribe from next month")],
       notes="Mycophenolate (non-transplant, amber) just started; transfer of prescribing in a table cell with no "
             "shared-care agreement offered. Hospital monitoring bloods, supplied steroid and green HCQ are hard "
             "negatives.")

pt = P("Jordan Blackmore", "170234", "1999-10-25")
letter(key="h03", prov="hav", dept=ED, kind="ed_letter", specialty="Emergency Medicine",
       clinician="Dr Yusuf Adeyemi", patient=pt, mrn="HH5520691", ev="2031-09-20", ld="2031-09-20",
       sent="2031-09-20 23:55", fmt="html", opts={"alt": True},
       subject="ED discharge letter - HH5520691",
       body=lorenzo_ids(pt, "HH5520691", "Emergency Department Discharge Letter",
                        "Attendance: 20/09/2031 21:10  Discharged: 20/09/2031 23:30") + """
Presenting complaint: laceration to right palm from broken glass at work.

Findings: 4 cm laceration over thenar eminence, no tendon or nerve injury, X-ray no foreign body.

Treatment in ED: wound irrigated and closed with 6 non-absorbable sutures (4-0 Ethilon). Tetanus booster given. Co-amoxiclav 7-day course supplied.

Referrals made by ED: hand therapy (Haverleigh Hand Unit) - will contact patient.

GP to action:
- «Please arrange removal of sutures at the GP surgery in 10 days.»
- «He will need a fit note from his GP for 2 weeks as he cannot use his right hand at work.»

Patient advice: keep the wound dry for 48 hours; return to ED if the hand becomes red, hot or swollen.

Dr Yusuf Adeyemi, ED Registrar
""", exp=[("post_procedure_care", 0), ("fit_note", 1)],
       notes="Suture removal after ED procedure and a fit note for the period following the ED assessment both "
             "handed to GP. Antibiotics supplied, tetanus given, hand therapy referral made (hard negatives). "
             "Suture removal is often locally commissioned; labelled per TAXONOMY.")

pt = P("Stanley Pemberton", "170241", "1955-02-14")
letter(key="h04", prov="hav", dept=CARDIO, kind="clinic_letter", specialty="Cardiology",
       clinician="Dr Catriona Blaine", patient=pt, mrn="HH3301847", ld="2031-10-10", sent="2031-10-10 10:40",
       fmt="plain72", subject="DNA letter - Cardiology - HH3301847",
       body=lorenzo_ids(pt, "HH3301847", "Did Not Attend Letter",
                        "Clinic: Cardiology Heart Valve Clinic  Appointment: 06/10/2031 (DNA)") + """
Dear Dr Pellow

Mr Pemberton did not attend his first appointment in the heart valve clinic on 06/10/2031. He was referred with a new ejection systolic murmur and exertional dizziness.

«As he has not attended, he has been discharged back to your care; please re-refer if you remain concerned.»

Dr Catriona Blaine
Consultant Cardiologist
""", exp=[("dna_rereferral", 0)],
       notes="Single DNA leads to discharge and a re-referral request (despite a worrying presentation).")

pt = P("Maureen Sowerby", "170258", "1961-11-28")
letter(key="h05", prov="hav", dept=ENDO, kind="referral_response", specialty="Endocrinology",
       clinician="Dr Rohan Mehta", patient=pt, mrn="HH4418830", ld="2031-10-13", sent="2031-10-13 12:30",
       fmt="html", opts={"alt": False}, subject="Advice and Guidance response - Endocrinology",
       body=lorenzo_ids(pt, "HH4418830", "Advice and Guidance Response",
                        "Service: Endocrinology - Adrenal  Request received: 07/10/2031") + """
Outcome: Advice given - referral not accepted.

Thank you for your request about the 3.2 cm left adrenal lesion found incidentally on Mrs Sowerby's CT (16 HU, non-contrast), with hypertension on three agents.

«Referral not accepted: please arrange a 1 mg overnight dexamethasone suppression test, plasma metanephrines and an aldosterone/renin ratio, and re-refer with the results.»

Dr Rohan Mehta
Consultant Endocrinologist
""", exp=[("referral_returned_for_workup", 0)],
       notes="A&G used instead of accepting an adrenal incidentaloma referral; specialist endocrine work-up pushed back.")

pt = P("Arthur Quigley", "170265", "1947-06-07")
letter(key="h06", prov="hav", dept=RENAL, kind="clinic_letter", specialty="Nephrology",
       clinician="Dr Helena Strand", patient=pt, mrn="HH6207719", ev="2031-10-16", ld="2031-10-17",
       sent="2031-10-17 13:45", fmt="pdf3", subject="Outpatient letter - Renal - HH6207719",
       body=lorenzo_ids(pt, "HH6207719", "Outpatient Clinic Letter",
                        "Clinic date: 16/10/2031  Clinic: Renal General Clinic") + """
Dear Dr Pellow

Diagnosis: CKD stage 4 (eGFR 24), progressive over 12 months; ACR 96.

Mr Quigley was seen today. I have requested a renal tract ultrasound. ACR, U&Es and a myeloma screen were taken in clinic and I will review them.

Medication: ramipril - continue (GP). Furosemide 40 mg - continue (GP).

GP to action:
«The renal tract ultrasound report will be sent to you; please review it and let us know if it shows hydronephrosis.»

Follow-up: renal clinic in 3 months.

Dr Helena Strand
Consultant Nephrologist
""", exp=[("results_chasing", 0)],
       notes="Hospital-ordered ultrasound result routed to GP to review and act on. Clinic bloods reviewed by "
             "provider, green continues (hard negatives).")

pt = P("Dorothy Earnshaw", "170272", "1952-09-03")
letter(key="h07", prov="hav", dept=HAEM, kind="clinic_letter", specialty="Haematology",
       clinician="Dr Owain Pryce", patient=pt, mrn="HH7734102", ev="2031-10-20", ld="2031-10-21",
       sent="2031-10-22 09:10", fmt="html", opts={"alt": False},
       subject="Outpatient letter - Haematology - HH7734102",
       body=lorenzo_ids(pt, "HH7734102", "Outpatient Clinic Letter",
                        "Clinic date: 20/10/2031  Clinic: Myeloproliferative Clinic") + """
Dear Dr Pellow

Diagnosis: JAK2-positive essential thrombocythaemia, high risk (age > 60).

Mrs Earnshaw has been stable on hydroxycarbamide 500 mg daily for 6 months; platelets 398.

Shared care: I attach our shared care agreement for hydroxycarbamide. If you are willing to take on prescribing and 3-monthly FBC monitoring, please sign and return it. Until we receive it, the haematology day unit will continue to supply hydroxycarbamide and check her FBC.

Aspirin 75 mg daily - please continue.

GP to action: none unless accepting shared care.

Dr Owain Pryce
Consultant Haematologist
""", notes="Hard negative: shared care offered for agreement with the day unit supplying until signed; green aspirin.")

pt = P("Clifford Ramsbottom", "170289", "1950-12-12")
letter(key="h08", prov="hav", dept=RENAL, kind="results", specialty="Nephrology",
       clinician="Dr Helena Strand", patient=pt, mrn="HH8012274", ld="2031-10-27", sent="2031-10-27 15:05",
       fmt="plain72", subject="CRITICAL RESULT - potassium - HH8012274",
       body=lorenzo_ids(pt, "HH8012274", "Critical Result Notification",
                        "Requesting clinic: Renal Outpatients, Haverleigh Hospital") + """
Sample taken: 27/10/2031 10:20 (renal outpatients)
Potassium 6.9 mmol/L (3.5-5.3). Sample not haemolysed. Creatinine 288 umol/L (previous 231).

Current medication includes spironolactone 25 mg od and ramipril 10 mg od.

Dear Dr Pellow

The lab phoned this result to the renal secretaries after Mr Ramsbottom's clinic had closed.

GP to action (today):
«Please contact the patient today, arrange a repeat potassium and ECG, and stop his spironolactone.»

Dr Helena Strand
Consultant Nephrologist
""", exp=[("results_chasing", 0)], urgent=True,
       notes="Critical potassium on hospital-ordered bloods handed to GP to act on the same day: results_chasing and "
             "urgent (must go to a clinician, not be bounced).")

pt = P("Gwyneth Harrowby", "170296", "1963-08-22")
letter(key="h09", prov="hav", dept=ID, kind="discharge_summary", specialty="Infectious Diseases",
       clinician="Dr Adaeze Nwosu", patient=pt, mrn="HH9150377", ev="2031-11-04", ev_time="12:00",
       ld="2031-11-04", sent="2031-11-04 18:20", fmt="docx", subject="Discharge Summary - ID - HH9150377",
       body=lorenzo_ids(pt, "HH9150377", "Inpatient Discharge Summary",
                        "Ward: Infectious Diseases Unit (Ward 12)  Admitted: 24/10/2031") + """
Date of discharge: 04/11/2031 12:00

Diagnosis: Osteomyelitis of the right 1st metatarsal head (MSSA) in a diabetic foot.

# Medication on discharge
| ^Medication | ^Status | ^Comment |
| Rifampicin 450 mg bd | Started | 6 weeks total; TTO 14 days supplied |
| Doxycycline 100 mg bd | Started | 6 weeks total; TTO 14 days supplied |
| Insulin glargine | Continue | own supply |

# Plan of care
- ID clinic in 2 weeks - booked; further antibiotic supply from ID clinic.
- District nurses to dress the wound on alternate days.
- Fit note issued on the ward for 4 weeks.
- Podiatry: referral sent by the ward.
- «Please arrange weekly CRP and LFTs at the surgery while she remains on rifampicin and send the results to the ID clinic.»

Dr Adaeze Nwosu
Consultant in Infectious Diseases
""", exp=[("tests_for_hospital", 0)],
       notes="Antibiotic monitoring bloods for the ID team's own follow-up pushed to GP. TTO 14 days, further supply "
             "from clinic, district nurses, fit note already issued, podiatry referral already sent (hard "
             "negatives). Same-day summary.")

pt = P("Bernard Cowgill", "170302", "1958-03-17")
letter(key="h10", prov="hav", dept=HEP, kind="discharge_summary", specialty="Hepatology",
       clinician="Dr Sebastian Fell", patient=pt, mrn="HH1047782", ev="2031-11-10", ev_time="15:00",
       ld="2031-11-11", sent="2031-11-11 09:30", fmt="pdfm", opts={"split": True}, subject="Discharge Summary - Liver Unit - HH1047782",
       body=lorenzo_ids(pt, "HH1047782", "Inpatient Discharge Summary",
                        "Ward: Liver Unit (Ward 22)  Admitted: 02/11/2031") + """
Date of discharge: 10/11/2031 15:00
Consultant: Dr Sebastian Fell, Consultant Hepatologist

# Diagnosis
Decompensated alcohol-related cirrhosis with tense ascites; no spontaneous bacterial peritonitis.

# History
Mr Cowgill was admitted with increasing abdominal distension over three weeks and breathlessness on lying flat. Previously the GP had arranged his LFTs and an ultrasound in 2030, which showed a cirrhotic liver, and he was referred to our clinic, but he did not engage with follow-up at that time. He has been drinking around 80 units a week until this admission and had his last drink on 01/11/2031. He lives alone in a first-floor flat and has a supportive sister nearby who visited most days during the admission.

# Key results
| ^Test | ^Admission (02/11/2031) | ^Discharge (10/11/2031) |
| Bilirubin (umol/L) | 58 | 41 |
| Albumin (g/L) | 26 | 28 |
| INR | 1.5 | 1.4 |
| Sodium (mmol/L) | 131 | 133 |
| Creatinine (umol/L) | 88 | 92 |
| Platelets (x10^9/L) | 96 | 104 |
| Ascitic neutrophils (/mm3) | 90 | - |

Allergies: none known. Weight on admission 84.2 kg; on discharge 73.6 kg.

# Hospital course
He had a large-volume paracentesis on 03/11/2031 with 11 litres drained under albumin cover, and a diagnostic tap showed a neutrophil count of 90, so there was no evidence of spontaneous bacterial peritonitis. He was managed on the alcohol withdrawal pathway with reducing chlordiazepoxide and did not develop delirium tremens. Pabrinex was given for five days followed by oral thiamine. Spironolactone was introduced and titrated with daily weights, and his sodium remained stable at 133 mmol/L. An ultrasound confirmed a cirrhotic liver with patent portal vein and no focal lesion. He was seen by the alcohol care team, who have arranged ongoing support in the community, and by the dietitian, who advised a high-protein diet with a late evening snack and no added salt. He was reviewed by the physiotherapist and is independently mobile. A gastroscopy on 07/11/2031 showed small oesophageal varices without red signs and carvedilol was started after discussion with the endoscopist. On the day of discharge he was comfortable, eating well and his weight was stable.

# Medications on discharge (TTO 14 days supplied)
| ^Medication | ^Status | ^Comment |
| Spironolactone 100 mg od | Started | Liver nurses will adjust dose |
| Carvedilol 6.25 mg od | Started | Liver nurses will titrate |
| Thiamine 100 mg tds | Started | GP to continue |
| Lactulose 20 mL bd | Started | GP to continue |

# Follow-up arranged
- U&Es in 1 week: bloods booked in our phlebotomy department on 17/11/2031; the liver nurse specialist will review and phone him.
- Liver clinic in 4 weeks - booked.
- District nurses to check his paracentesis site on 12/11/2031.
- Community pharmacy: please provide his medicines in a compliance aid (request sent to Larkhill Pharmacy).
- If his abdomen re-accumulates he can attend the liver unit ambulatory paracentesis clinic directly; he has the number.

No GP action is required.

Dr Sebastian Fell
Consultant Hepatologist
""", notes="Hard negative: next-day summary within 24 h of a 15:00 discharge; history of earlier GP work; TTO 14 "
           "days; hospital phlebotomy and nurse review; district nurses; pharmacy request; direct-access "
           "conditional; 'No GP action is required'. Multi-page PDF with split sentences.")

# ====================================================================== Wenvale community nursing

pt = P("Alfred Thwaite", "170319", "1946-04-29")
letter(key="w01", prov="wen", dept=RESPN, kind="clinic_letter", specialty="Respiratory Medicine",
       clinician="Ms Gemma Thornbury", patient=pt, mrn="WCH-RS-20931", ev="2031-10-13", ld="2031-10-14",
       sent="2031-10-14 14:00", fmt="plain72", subject="Respiratory nurse home visit - Alfred Thwaite",
       body=f"""
Wenvale Community Health NHS Trust - Community Respiratory Nursing Team
Home visit: 13/10/2031
Patient: {pt['name']}, DOB {dmy(pt['dob'])}, NHS {spaced(pt['nhs_number'])}
""" + """
Dear Dr Pellow

I visited Alfred at home following his recent COPD exacerbation. He is much better: back to his usual MRC 3 and his sats are 93% on air. I did spirometry at the visit (FEV1 48% predicted, unchanged).

What I have done:
- Checked his inhaler technique - good with the spacer.
- Referred him to the Wenvale pulmonary rehabilitation programme myself; they will write to him.
- Updated his COPD self-management plan with him and his daughter.

He still has an unused rescue pack at home from the spring, so he does not need another one.

Please continue Trimbow 2 puffs twice daily.

I will ring him in 4 weeks. Nothing further needed from the practice.

Best wishes
Gemma

Ms Gemma Thornbury
Community Respiratory Nurse Specialist
""", notes="Hard negative: nurse did spirometry and made the rehab referral herself; green inhaler to continue; "
           "nothing needed from the practice.")

pt = P("Cedric Moorhouse", "170326", "1944-01-31")
letter(key="w02", prov="wen", dept=PDN, kind="clinic_letter", specialty="Neurology",
       clinician="Mr Aled Rowlands", patient=pt, mrn="WCH-PD-11872", ev="2031-10-14", ld="2031-10-15",
       sent="2031-10-15 16:25", fmt="docx", subject="Parkinson's nurse review - Cedric Moorhouse",
       body=f"""
# Parkinson's Disease Nurse Specialist - Clinic Review
Patient: {pt['name']}   DOB: {dmy(pt['dob'])}   NHS No: {spaced(pt['nhs_number'])}
Seen: 14/10/2031, Wenvale Community Hospital PD clinic, with his wife
""" + """
Dear Dr Pellow

Cedric's wearing-off has become more troublesome, with stiffness about 3 hours after each dose. His wife has noticed he coughs with drinks and he has lost 3 kg since June.

# Medication changes
| ^Medication | ^Change | ^Action |
| Co-careldopa 25/100 | Increased to one tablet five times a day (was four times a day) | GP to update repeat prescription |
| Rasagiline 1 mg | No change | GP |

# Actions
- «Please could you refer him to speech and language therapy for a swallowing assessment.»
- I have given him a food and fluid chart and asked the dietitian to contact him.
- I will review him in clinic in 8 weeks.

Mr Aled Rowlands
Parkinson's Disease Nurse Specialist
""", exp=[("onward_referral", 0)],
       notes="PD nurse asks GP to refer to SALT for a related swallowing problem she could refer to directly. Updating "
             "the repeat after a dose change of a drug the GP already prescribes and the dietitian contact are "
             "ordinary/provider work (hard negatives).")

pt = P("Vernon Ackroyd", "170333", "1949-05-05")
letter(key="w03", prov="wen", dept=HFN, kind="clinic_letter", specialty="Cardiology",
       clinician="Ms Beverley Achterberg", patient=pt, mrn="WCH-HF-30447", ev="2031-09-11", ld="2031-09-12",
       sent="2031-09-12 12:10", fmt="html", opts={"alt": False},
       subject="Heart failure nurse visit - Vernon Ackroyd",
       body=f"""
# Heart Failure Nursing Team - Home Visit
Patient: {pt['name']} | DOB: {dmy(pt['dob'])} | NHS No: {spaced(pt['nhs_number'])}
Visit date: 11/09/2031
""" + """
Dear Dr Pellow,

I saw Vernon at home today. He has heart failure with reduced ejection fraction (LVEF 30%). He is less breathless and his weight is steady at 81 kg. BP 124/72, pulse 64. His BNP, which I took at my last visit, has come down to 1,450 from 2,900.

# Medication changes
| ^Medication | ^Change | ^Who prescribes |
| Ramipril | Increased to 5 mg twice daily (was 2.5 mg twice daily) | I have sent a prescription request to the practice pharmacist |
| Bisoprolol 5 mg | Continue | GP |
| Dapagliflozin 10 mg | Continue | GP |

# Information for GP
«Please could you check his U&Es in 1-2 weeks after the ramipril increase and send the result to us.»
He has been reminded to weigh himself every morning and to ring the heart failure nurse line if he gains 2 kg in 3 days.

I will visit again in 3 weeks.

Ms Beverley Achterberg
Heart Failure Nurse Specialist
""", exp=[("tests_for_hospital", 0)],
       notes="HF nurse up-titrates ramipril and asks GP for the post-titration U&Es (initial monitoring of a drug the "
             "provider changed). BNP done by nurse, green continues, self-monitoring advice to patient (hard "
             "negatives). Unsure: some ICBs commission HF nurses and practices jointly for titration bloods.")


# ====================================================================== 'other' messages

OTHERS: list[dict] = []


def other(**kw):
    kw.setdefault("attach", None)
    kw.setdefault("html", None)
    OTHERS.append(kw)


other(key="o01", sent="2031-09-03 07:02", type="ooo", notes="Out-of-office auto-reply from a trust consultant.",
      frm="Dr Saoirse Lindqvist <saoirse.lindqvist@kestwick-uth.nhs.uk>",
      subject="Automatic reply: Callum Redfern - azathioprine query",
      body="Thank you for your message. I am on annual leave until Monday 8 September 2031.\n\n"
           "For urgent IBD queries please ring the IBD advice line on 0114 496 0236. For anything else my "
           "secretary, Ms Jo Harker, can be reached on 0114 496 0231.\n")
other(key="o02", sent="2031-09-09 19:47", type="patient",
      notes="Patient e-mail saying the hospital told her to ask the GP for results (other: never answered).",
      frm="Lorna Beckett <lorna.beckett77@example.com>", subject="blood test results from the hospital",
      body="Hello\n\nI had bloods done at Kestwick last Tuesday in the rheumatology clinic and the nurse said the "
           "results would go to you and I should ring the surgery. Could someone let me know if they are OK? "
           "I'm on 07700 900418.\n\nThanks\nLorna Beckett (DOB 03/06/1979)\n")
other(key="o03", sent="2031-09-15 10:03", type="ndr", notes="Non-delivery report for a practice e-mail.",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>",
      subject="Undeliverable: Re: Azathioprine prescribing request - Callum Redfern",
      body="Delivery has failed to these recipients or groups:\n\nibd.secretaries@kestwick-uth.nhs.uk\n"
           "The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and "
           "try to resend the message.\n\nDiagnostic information for administrators:\n"
           "Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n")
other(key="o04", sent="2031-09-26 07:30", type="bulletin",
      notes="Trust GP newsletter that itself talks about interface requests (bulk).",
      frm="Marlbury GP Liaison <gpliaison@marlbury-th.nhs.uk>", subject="Marlbury GP Newsletter - September 2031",
      html="""<html><body style="font-family:Arial;font-size:10pt">
<h2>Marlbury GP Newsletter - September 2031</h2>
<h3>Results belong to the requester</h3>
<p>Our consultants have been reminded that whoever orders a test reviews the result and tells the patient.
Please let us know through the interface inbox if you receive letters asking the practice to chase hospital results.</p>
<h3>Phlebotomy</h3>
<p>The outpatient phlebotomy unit now opens at 07:30 on weekdays.</p>
<h3>New consultants</h3>
<p>Welcome to Dr Beatrice Onslow (renal) and Dr Gregor Halvorsen (gastroenterology).</p>
<p style="font-size:8pt">You receive this newsletter because your practice is registered with Marlbury GP Liaison.
To unsubscribe reply with UNSUBSCRIBE.</p>
</body></html>
""", body="Marlbury GP Newsletter - September 2031. Results belong to the requester; phlebotomy opening hours; "
          "new consultants.\n")
other(key="o05", sent="2031-10-02 03:18", type="phish", notes="Phishing that impersonates NHS smartcard services.",
      frm="NHS Smartcard Services <security@nhs-smartcard-renewal.example.net>",
      subject="ACTION REQUIRED: your NHS Smartcard certificate expires today",
      html="""<html><body>
<p>Dear NHS colleague,</p>
<p>Your NHS Smartcard certificate expires today. To avoid losing access to clinical systems please verify your
details within 12 hours.</p>
<p><a href="http://nhs-smartcard-renewal.example.net/verify">Renew my certificate</a></p>
<p>NHS Registration Authority</p>
</body></html>
""", body="Your NHS Smartcard certificate expires today. Verify at http://nhs-smartcard-renewal.example.net/verify\n")
other(key="o06", sent="2031-10-08 11:26", type="admin", notes="Practice-to-practice admin note (records transfer).",
      frm="Tanner's Lane Medical Centre <tannerslane.mc@nhs.net>", subject="Records transfer - Mrs J Ashbourne",
      body="Hi Ferncombe Road team\n\nMrs Joan Ashbourne registered with us on 29/09/2031 after moving to "
           "Tanner's Lane. The GP2GP transfer has come through but her paper Lloyd George notes haven't arrived "
           "yet. Could you check they've been sent to PCSE for collection?\n\nMany thanks\nDeb (practice "
           "manager)\nTanner's Lane Medical Centre, 0121 496 0977\n")
other(key="o07", sent="2031-10-27 09:12", type="pharmacy", notes="Community pharmacy query to the practice.",
      frm="Larkhill Pharmacy <larkhill.pharmacy@nhs.net>", subject="Mr G Penhaligon - tacrolimus",
      body="Hello\n\nMr Gareth Penhaligon came in this morning. He was discharged from Kestwick on Saturday with "
           "only 3 days of Adoport and will run out tomorrow. We don't keep Adoport in stock and need a day to "
           "order it. Has the surgery heard from the transplant team? Please call us on 0113 496 0642.\n\n"
           "Thanks\nAmrit (pharmacist)\n")
other(key="o08", sent="2031-10-29 12:00", type="fyi",
      notes="Mass 'for information' mailing to all practices with a PDF attachment.",
      frm="KUTH Pathology Services <pathology.comms@kestwick-uth.nhs.uk>",
      subject="FOR INFORMATION: changes to community phlebotomy from 1 December 2031",
      body="Dear colleagues\n\nFOR INFORMATION ONLY - no action required.\n\nPlease see the attached notice "
           "about changes to the community phlebotomy service from 1 December 2031.\n\nKUTH Pathology Services\n",
      attach="""
# Notice to all GP practices
From 1 December 2031 the Kestwick community phlebotomy clinics at Larkhill Health Centre will move to Kestwick Royal Infirmary, Outpatients B.

Requests from hospital clinics will continue to be taken by hospital phlebotomy. GP requests can be booked online as before.

No action is required from practices.
""")
other(key="o09", sent="2031-11-05 14:48", type="mdn", notes="Read receipt (MDN) from a trust secretary.",
      frm="Haverleigh Renal Secretaries <renal.secretaries.hhft@nhs.net>",
      subject="Read: Mr C Ramsbottom - potassium result",
      body="Your message\n\n  To: renal.secretaries.hhft@nhs.net\n  Subject: Mr C Ramsbottom - potassium "
           "result\n  Sent: 27/10/2031 16:02\n\nwas read on 05/11/2031 14:48.\n")
other(key="o10", sent="2031-11-10 07:15", type="bulletin", notes="ICB primary care bulletin (bulk).",
      frm="Larkhill and Wenvale ICB <primarycare.bulletin@larkhillwenvale-icb.example.org>",
      subject="Primary Care Bulletin - November 2031",
      html="""<html><body style="font-family:Arial;font-size:10pt">
<h2>Larkhill and Wenvale ICB - Primary Care Bulletin, November 2031</h2>
<ul>
<li>Winter access funding: claims by 30/11/2031.</li>
<li>Shared care: the Area Prescribing Committee has approved new shared care protocols for mycophenolate and
hydroxycarbamide. Practices should not be asked to prescribe amber drugs until a protocol has been offered and
accepted.</li>
<li>Interface: hospital teams should arrange their own tests and fit notes. Report problems through the
interface portal.</li>
</ul>
<p style="font-size:8pt">Sent to all practices in Larkhill and Wenvale. Unsubscribe: reply STOP.</p>
</body></html>
""", body="Primary Care Bulletin, November 2031: winter access funding; shared care protocols; interface.\n")


# ====================================================================== rendering

def is_head(cell: str) -> bool:
    return cell.startswith("^")


def unhead(blocks):
    """Blocks with the '^' header-cell markers removed (for make_third's renderers)."""
    out = []
    for kind, data in blocks:
        if kind == "table":
            data = [[c.lstrip("^") for c in row] for row in data]
        out.append((kind, data))
    return out


def render_plain72(blocks) -> str:
    """Plain text as EPR systems send it: wrapped at 72 columns, underlined headings, tables as ' | ' rows."""
    out = []
    for kind, data in blocks:
        if kind == "h":
            out.append(data.upper() + "\n" + "-" * min(len(data), 72))
        elif kind == "p":
            out.append("\n".join(wrap(line, 72) for line in data))
        elif kind == "ul":
            out.append("\n".join(wrap(i, 72, "  - ", "    ") for i in data))
        elif kind == "ol":
            out.append("\n".join(wrap(i, 72, "  ", "     ") for i in data))
        elif kind == "table":
            out.append("\n".join(wrap(" | ".join(c.lstrip("^") for c in r), 72, "", "    ") for r in data))
    return "\n\n".join(out) + "\n"


def render_html(p, dept, blocks, kind) -> str:
    parts = []
    for k, data in blocks:
        if k == "h":
            parts.append(f'<h3 style="color:#1d3f72;font-size:11pt;margin:10px 0 4px">{esc(data)}</h3>')
        elif k == "p":
            parts.append("<p>" + "<br>\n".join(esc(x) for x in data) + "</p>")
        elif k in ("ul", "ol"):
            items = "\n".join(f"<li>{esc(re.sub(r'^[0-9]+[.)] ', '', i))}</li>" for i in data)
            parts.append(f"<{k}>\n{items}\n</{k}>")
        elif k == "table":
            rows = []
            for r in data:
                cells = []
                for c in r:
                    tag = "th" if is_head(c) else "td"
                    bg = "background:#e8eef7;" if is_head(c) else ""
                    cells.append(f'<{tag} style="{bg}border:1px solid #9aa8bd;padding:3px 6px;text-align:left;'
                                 f'vertical-align:top">{esc(c.lstrip("^"))}</{tag}>')
                rows.append("<tr>" + "".join(cells) + "</tr>")
            parts.append('<table style="border-collapse:collapse;font-size:9.5pt;margin:4px 0">\n'
                         + "\n".join(rows) + "\n</table>")
    banner = (f'<table width="100%" style="background:#1d3f72;color:#ffffff"><tr>'
              f'<td style="padding:6px;font-size:12pt"><b>{esc(p["name"])}</b></td>'
              f'<td align="right" style="padding:6px;font-size:9pt">{esc(dept)}<br>{esc(p["site"])}, '
              f'{esc(", ".join(p["addr"]))}<br>Tel {esc(p["phone"])}</td></tr></table>')
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + esc(DOCTYPE[kind]) + "</title>"
            "<style>body{font-family:Segoe UI,Arial,sans-serif;font-size:10pt}</style></head>\n<body>\n"
            + banner + "\n" + "\n".join(parts)
            + '\n<p style="font-size:8pt;color:#666">CONFIDENTIAL: this message contains patient-identifiable '
              "information intended for the addressee only.</p>\n</body></html>\n")


def epr_pdf(p, dept, blocks, title, created: dt.datetime, pt, split=None, keep=()) -> bytes:
    """A PDF with a running patient header from page 2 and a 'Page n of m' confidentiality footer.

    With `split`, the space under the letterhead is chosen (deterministically, the smallest that works) so that
    a page break falls inside a long paragraph, putting the footer and the next page's running header between
    the two halves of a sentence, while every string in `keep` (the labelled evidence) stays intact."""
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        ListFlowable,
        ListItem,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
    head = ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", fontSize=10.5, spaceBefore=6,
                          spaceAfter=3, textColor=colors.HexColor("#1d3f72"))
    lh = ParagraphStyle("lh", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0, alignment=2)
    lhb = ParagraphStyle("lhb", parent=lh, fontName="Helvetica-Bold", fontSize=11.5, leading=14)
    cell = ParagraphStyle("c", parent=base, fontSize=9, leading=11, spaceAfter=0)
    cellb = ParagraphStyle("cb", parent=cell, fontName="Helvetica-Bold")
    idline = (f"{pt['name']}   NHS No: {spaced(pt['nhs_number'])}   DOB: {dmy(pt['dob'])}")

    def story(gap):
        s = [Paragraph(esc(p["name"]), lhb), Paragraph(esc(dept), lh),
             Paragraph(esc(f"{p['site']}, {', '.join(p['addr'])}"), lh), Paragraph(esc(f"Tel {p['phone']}"), lh),
             Spacer(1, gap * mm)]
        for kind, data in blocks:
            if kind == "h":
                s.append(Paragraph(esc(data), head))
            elif kind == "p":
                s.append(Paragraph("<br/>".join(esc(x) for x in data), base))
            elif kind in ("ul", "ol"):
                items = [ListItem(Paragraph(esc(re.sub(r"^[0-9]+[.)] ", "", i)), base), leftIndent=12)
                         for i in data]
                s.append(ListFlowable(items, bulletType="bullet" if kind == "ul" else "1",
                                      start=None if kind == "ul" else 1, leftIndent=14,
                                      bulletFontName="Helvetica", bulletFontSize=9))
            elif kind == "table":
                ncol = max(len(r) for r in data)
                rows = [[Paragraph(esc(c.lstrip("^")), cellb if is_head(c) else cell) for c in r]
                        + [""] * (ncol - len(r)) for r in data]
                widths = [170 * mm / ncol] * ncol if ncol > 2 else [50 * mm, 120 * mm][:ncol]
                t = Table(rows, colWidths=widths, repeatRows=1 if is_head(data[0][0]) else 0)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                s += [t, Spacer(1, 4 * mm)]
        return s

    def render(total, gap):
        def deco(canv, doc):
            canv.saveState()
            if doc.page > 1:
                canv.setFont("Helvetica-Bold", 8.5)
                canv.drawString(20 * mm, 285 * mm, idline)
                canv.setFont("Helvetica", 8)
                canv.drawRightString(190 * mm, 285 * mm, f"{title} (continued)")
                canv.line(20 * mm, 283 * mm, 190 * mm, 283 * mm)
            canv.setFont("Helvetica", 7)
            canv.drawString(20 * mm, 12 * mm, "CONFIDENTIAL - contains patient-identifiable information. If you "
                                              "have received this in error please notify the sender.")
            canv.drawRightString(190 * mm, 12 * mm, f"Page {doc.page} of {total}")
            canv.restoreState()
        buf = io.BytesIO()
        doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                                bottomMargin=20 * mm, title=title, author=p["name"], creator=p["mailer"])
        doc.build(story(gap), onFirstPage=deco, onLaterPages=deco)
        return buf.getvalue(), doc.page

    gap = 6
    if split:
        targets = [collapse(" ".join(d)) for k, d in blocks if k == "p" and len(" ".join(d)) > 250]
        for gap in range(4, 60):
            text = collapse(pdfium_text(render(9, gap)[0]))
            if any(t not in text for t in targets) and all(collapse(k) in text for k in keep):
                break
        else:
            raise RuntimeError(f"cannot split a paragraph in {title}")
    _, pages = render(0, gap)
    data, pages2 = render(pages, gap)
    assert pages == pages2
    stamp = created.strftime("D:%Y%m%d%H%M%S")
    return re.sub(rb"D:\d{14}[^)]*", stamp.encode() + b"+00'00'", data)


TAG = "s17"  # Message-ID and MIME boundary tag


def fix_boundaries(msg, key):
    """Name every multipart boundary after the item, so the bytes depend on neither the seed nor the nesting
    the email package happens to choose."""
    for i, part in enumerate(m for m in msg.walk() if m.is_multipart()):
        part.set_boundary(f"=_{TAG}_{key}_{i}")


def build_letter(L) -> bytes:
    p = PROV[L["prov"]]
    sent = london(L["sent"])
    text = strip_marks(L["body"])
    blocks = parse_markup(text)
    msg = kit.new_message(p["sender"], PRACTICE_TO, L["subject"], sent,
                          kit.message_id(sent, L["key"], p["domain"], TAG))
    msg["X-Mailer"] = p["mailer"]
    fmt = L["fmt"]
    title = f"{DOCTYPE[L['kind']]} {L['mrn']}"
    if fmt == "plain72":
        msg.set_content(render_plain72(blocks))
    elif fmt == "html":
        html = render_html(p, L["dept"], blocks, L["kind"])
        if L["opts"].get("alt"):
            msg.set_content(render_plain72(blocks))
            msg.add_alternative(html, subtype="html")
        else:
            msg.set_content(html, subtype="html")
    else:  # attachments are named by MRN and letter kind, as these EPRs file them
        msg.set_content(COVER[L["prov"]].format(doctype=DOCTYPE[L["kind"]], trust=p["name"], dept=L["dept"],
                                                mrn=L["mrn"]))
        fname = f"{L['mrn']}_{L['kind'].upper()}_{L['sent'][:10].replace('-', '')}"
        if fmt == "pdfm":
            pdf = epr_pdf(p, L["dept"], blocks, title, sent, L["patient"], split=L["opts"].get("split"),
                          keep=spans(L["body"]))
            msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=fname + ".pdf")
        elif fmt == "pdf3":
            msg.add_attachment(make_pdf(p, L["dept"], unhead(blocks), title, sent), maintype="application",
                               subtype="pdf", filename=fname + ".pdf")
        elif fmt == "docx":
            msg.add_attachment(make_docx(p, L["dept"], unhead(blocks), title, sent,
                                         footer_extra=f"MRN {L['mrn']}"),
                               maintype="application", subtype=kit.DOCX_TYPE, filename=fname + ".docx")
        else:
            raise ValueError(fmt)
    fix_boundaries(msg, L["key"])
    return msg.as_bytes(policy=email.policy.SMTP)


FYI_PROV = dict(name="Kestwick University Teaching Hospitals NHS Foundation Trust", site="KUTH Pathology Services",
                addr=["Kestwick Royal Infirmary", "Minster Lane", "Kestwick", "KV2 8AJ"], phone="0114 496 0299")


def build_other(o) -> bytes:
    """One non-letter message; the 'for information' mailing goes to undisclosed recipients with only
    Precedence: bulk, the read receipt and bounce are multipart/report."""
    sent = london(o["sent"])
    dom = kit.domain_of(o["frm"])
    to = "undisclosed-recipients:;" if o["type"] == "fyi" else PRACTICE_TO
    msg = kit.new_message(o["frm"], to, o["subject"], sent, kit.message_id(sent, o["key"], dom, TAG))
    t = o["type"]
    if t == "bulletin":
        kit.mark_bulk(msg, f"<bulletin.{dom}>", dom)
    elif t == "ooo":
        kit.mark_auto_reply(msg)
    elif t == "fyi":
        msg["Precedence"] = "bulk"
    if t in ("ndr", "mdn"):
        rep = EmailMessage()
        if t == "ndr":
            rep.set_content("Reporting-MTA: dns; mail.nhs.net\n\nFinal-Recipient: rfc822; "
                            "ibd.secretaries@kestwick-uth.nhs.uk\nAction: failed\nStatus: 5.1.1\n")
            rtype = "delivery-status"
        else:
            rep.set_content("Reporting-UA: renal.secretaries.hhft@nhs.net; Microsoft Outlook 16.0\n"
                            "Final-Recipient: rfc822; renal.secretaries.hhft@nhs.net\n"
                            "Disposition: manual-action/MDN-sent-manually; displayed\n")
            rtype = "disposition-notification"
        kit.make_delivery_report(msg, o["body"], rep, f"=_{TAG}_{o['key']}_0", report_type=rtype)
    elif o["html"]:
        msg.set_content(o["body"])
        msg.add_alternative(o["html"], subtype="html")
    else:
        msg.set_content(o["body"])
    if o["attach"]:
        pdf = make_pdf(FYI_PROV, "Pathology Services", parse_markup(o["attach"]), "Phlebotomy notice", sent)
        msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="phlebotomy_changes_Dec2031.pdf")
    fix_boundaries(msg, o["key"])
    return msg.as_bytes(policy=email.policy.SMTP)


# ====================================================================== labels / build

def all_items():
    """Every message of this corpus in file order."""
    return kit.all_items(LETTERS, OTHERS)


def build():
    kit.build_corpus(OUT, PREFIX, all_items(), PROV, build_letter, build_other)


# ====================================================================== verification

CLOCK_CHANGE = dt.datetime(2031, 10, 26, 1, 0, tzinfo=dt.UTC)  # BST ends: letters fall on both sides


def pdf_pages(data: bytes) -> int:
    import pypdfium2 as pdfium
    return len(pdfium.PdfDocument(data))


def corpus_checks(labels, items) -> list[str]:
    """What this corpus promises beyond the shared checks: CRLF line ends throughout; every Date carries the
    offset in force when it was sent (BST before the 26 Oct 2031 clock change, GMT after); lateness evidence
    states the event date; every multi-page PDF really has pages and a sentence split by the running
    header/footer (the shared evidence check then proves no labelled sentence is split); every category used."""
    errors = []
    for lab, (_kind, item, _isent) in zip(labels, items, strict=False):
        lid = lab["id"]
        if re.search(rb"[^\r]\n", (OUT / lab["file"]).read_bytes()):
            errors.append(f"{lid}: bare LF")
        msg = kit.load_message(OUT, lab)
        sent = email.utils.parsedate_to_datetime(msg["Date"])
        want_off = dt.timedelta(hours=1) if sent.astimezone(dt.UTC) < CLOCK_CHANGE else dt.timedelta(0)
        if sent.utcoffset() != want_off:
            errors.append(f"{lid}: wrong UTC offset {sent.utcoffset()}")
        for e in lab["expected"]:
            if e["category"] in kit.LATE and lab["event_date"] and dmy(lab["event_date"]) not in e["evidence"]:
                errors.append(f"{lid}: timeliness evidence does not state the event date")
        if lab["kind"] != "other" and item["fmt"] == "pdfm":
            data = next(pp.get_payload(decode=True) for pp in msg.walk() if pp.get_content_type() == "application/pdf")
            if pdf_pages(data) < 2:
                errors.append(f"{lid}: multi-page PDF has one page")
            body = collapse(pdfium_text(data))
            paras = [collapse(" ".join(d)) for k, d in parse_markup(strip_marks(item["body"])) if k == "p"]
            if all(pp in body for pp in paras):
                errors.append(f"{lid}: no sentence split by a page header/footer")
    missing = CATEGORIES - {e["category"] for lab in labels for e in lab["expected"]}
    if missing:
        errors.append(f"categories never used: {sorted(missing)}")
    return errors


def verify():
    return kit.verify_corpus(OUT, PREFIX, all_items(), corpus_checks)


def summary():
    kit.print_summary(OUT, formats=Counter(L["fmt"] for L in LETTERS))


if __name__ == "__main__":
    sys.exit(kit.main(sys.argv[1:], build, verify, summary))
