#!/usr/bin/env python3
"""Build the forty-seventh (independent, held-out) corpus: tests/corpus/fortyseventh/.

Style: tertiary, out-of-area and independent-sector correspondence.  National and regional specialist
services (skull base and cranial neurosurgery, cardiothoracic surgery, renal and liver transplant, a spinal
injuries centre, a rare diseases clinic, a major trauma centre's ED; a children's hospital's craniofacial unit,
paediatric neurology, endocrinology, nephrology, cardiac surgery, gastroenterology and cystic fibrosis centre;
a gender identity clinic and a regional eating disorders service) write to a rural practice far from them and
ask it to "liaise with the local team", to arrange local bloods or imaging for the tertiary team, to prescribe
specialist medicines or to refer on to local services; an independent treatment centre doing NHS work under
e-Referral choice hands back monitoring and paperwork; a private hospital's consultants write about privately
treated patients and ask for NHS tests, prescriptions and referrals.  Many letters instead do the work
themselves (homecare, outreach phlebotomy, letters written straight to the local consultant, shared care
offered for agreement), which makes them hard negatives.

Providers (all invented): Kestrelmoor University Hospitals NHS Foundation Trust (tertiary acute centre), St
Aldric's Children's Hospital NHS Foundation Trust (specialist paediatrics), Wyvernbrook Partnership NHS
Foundation Trust (mental-health trust hosting the gender identity clinic and eating disorders service),
Larchfield Surgical Centre Ltd (independent treatment centre with an NHS contract) and Harcourt Priory
Hospital (private hospital), writing to an invented practice, Tolland Moor Surgery, whose local hospital is
Fenstowe General.  Formats: typed plain text (some sent by a secretary, coordinator or consultant from their
own mailbox), HTML with and without a text alternative (tables, headings such as "Plan", "Actions for GP",
"Recommendations", "Information for the patient"), PDF and DOCX attachments behind a covering note.  Ten
messages are not letters (auto-reply, bulletins, patients writing in, phishing, internal practice mail, a
homecare supplier, a bounce, private-hospital marketing).  Every message is sent in GMT (January to March
2042).

Written from the category definitions alone (TAXONOMY.md and the domain README); no detector output was used.
Everything is invented; NHS numbers are 999-range with a valid Modulus 11 check digit; telephone numbers are in
Ofcom drama ranges.  The build is deterministic.

    python3 tests/corpus/make_fortyseventh.py            # build, then verify
    python3 tests/corpus/make_fortyseventh.py --verify-only
"""
from __future__ import annotations

import datetime as dt
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus_kit as kit  # noqa: E402
from corpus_kit import dmy, spaced  # noqa: E402
from corpus_kit import patient as P  # noqa: E402

KES = "Kestrelmoor University Hospitals NHS Foundation Trust"
NCH = "St Aldric's Children's Hospital NHS Foundation Trust"
WYV = "Wyvernbrook Partnership NHS Foundation Trust"
LAR = "Larchfield Surgical Centre Ltd"
HPR = "Harcourt Priory Hospital"
PROV = {
    # Tertiary acute centre: neurosciences, cardiothoracic, transplant, spinal injuries, rare diseases, MTC.
    "kes": dict(
        name=KES, site="Kestrelmoor Royal Infirmary", addr=["Infirmary Square", "Kestrelmoor", "KQ1 3AH"],
        phone="0161 496 0715", domain="kestrelmoor.nhs.uk",
        sender="KUH Clinical Correspondence <kuh.correspondence@nhs.net>", mailer="Lumen EPR Outbound 9.1"),
    # Specialist children's hospital.
    "nch": dict(
        name=NCH, site="St Aldric's Children's Hospital", addr=["Wellgate", "Brackenford", "BQ4 7PN"],
        phone="0151 496 0382", domain="staldrics.nhs.uk",
        sender="St Aldric's Clinical Letters <clinical.letters@staldrics.nhs.uk>",
        mailer="PaedsCare Correspondence 3.4"),
    # Mental-health trust hosting a national gender identity clinic and a regional eating disorders service.
    "wyv": dict(
        name=WYV, site="Wyvernbrook House", addr=["17 Tanner's Row", "Wyvernbrook", "WQ2 9EL"],
        phone="020 7946 0528", domain="wyvernbrook.nhs.uk",
        sender="Wyvernbrook Clinical Letters <wpft.clinicalletters@nhs.net>", mailer="Cedar MH Records 6"),
    # Independent treatment centre doing NHS work chosen through e-RS.
    "lar": dict(
        name=LAR, site="Larchfield Surgical Centre", addr=["Unit 4, Orchard Park Way", "Larchfield", "LQ6 2TS"],
        phone="0118 496 0264", domain="larchfieldsurgical.example.co.uk",
        sender="Larchfield NHS Patient Services <nhs.services@larchfieldsurgical.example.co.uk>",
        mailer="Theatrix Clinical Mailer 2.8"),
    # Private hospital: consultants writing about self-pay and insured patients.
    "hpr": dict(
        name=HPR, site="Harcourt Priory Hospital", addr=["Priory Lane", "Harcourt St Giles", "HQ3 5JD"],
        phone="0117 496 0843", domain="harcourtpriory.example.co.uk",
        sender="Harcourt Priory Medical Secretaries <medsec@harcourtpriory.example.co.uk>",
        mailer="PrivaCare Letters 4"),
}
COVERS = {
    "kes": "{trust}\n{dept}\n\nThis e-mail carries a {doctype} (ref {ref}) for a patient registered with your "
           "practice.\nKestrelmoor is a regional and national referral centre; please use the telephone number "
           "in the letter for queries.\nThis is an unmonitored mailbox.\n",
    "nch": "{dept}\n{trust}\n\nDear colleague,\n\nPlease find attached a {doctype} about a child registered with "
           "your practice (our reference {ref}).\nA copy has been sent to the family.\n\nClinical Letters Team\n",
    "wyv": "Wyvernbrook Partnership NHS Foundation Trust - secure clinical correspondence\n\nService: {dept}\n"
           "Document: {doctype}\nReference: {ref}\n\nThis message contains sensitive personal information. "
           "Please do not forward.\n",
    "lar": "{trust} - NHS Patient Services\n{dept}\n\nDear Practice Team,\n\nPlease find attached a {doctype} "
           "for your patient, treated at Larchfield under the NHS e-Referral Service.\nReference: {ref}\n\n"
           "Kind regards\nNHS Patient Services\n",
    "hpr": "{trust}\n{dept}\n\nPlease find attached correspondence ({doctype}, ref {ref}) from your patient's "
           "consultant at Harcourt Priory.\n\nMedical Secretaries\n",
}
PRACTICE = "Tolland Moor Surgery"
C = kit.Corpus("fortyseventh", "f47", f"{PRACTICE} <tollandmoor.surgery@nhs.net>", PROV, cover=COVERS,
               window=("2042-01-05", "2042-03-20"), utc_hours=0)
other = C.other
idl = kit.idline
GP_ADDR = "Dr Imelda Garside\nTolland Moor Surgery\nChapel Brow, Tolland Moor, Fenstowe FQ8 2WD"


def letter(**kw) -> None:
    """Record a letter whose evidence is written inline as [[category: words]] (late= for lateness)."""
    C.letter(**kit.inline_evidence(kw))


def head(key: str, dept: str) -> str:
    """The letterhead printed at the top of a typed plain-text letter."""
    pr = PROV[key]
    return f"{pr['name']}\n{dept}\n{pr['site']}, {', '.join(pr['addr'])}\nTel: {pr['phone']}"


def table_id(pt: dict) -> str:
    """The patient banner as label | value rows for HTML letters laid out as a form."""
    return (f"| Patient | {pt['name']} |\n| Date of birth | {dmy(pt['dob'])} |\n"
            f"| NHS number | {spaced(pt['nhs_number'])} |")


SKULL = "Skull Base Unit - Neurosurgery"
NSURG_WARD = "Neurosurgery (Ward 31)"
CTS = "Cardiothoracic Surgery (Ward 7 East)"
TX = "Renal Transplant Unit"
TX_PHARM = "Liver Transplant Pharmacy Service"
SPINAL = "Northern Regional Spinal Injuries Centre"
RARE = "Rare Diseases Centre - Inherited Metabolic Disease"
SPINE_OP = "Neurosurgery - Spinal Outpatients"
LIVER = "Liver Unit - Transplant Assessment Clinic"
MTC = "Emergency Department (Major Trauma Centre)"
CRANIO = "Craniofacial Unit"
PNEURO = "Paediatric Neurology"
PENDO = "Paediatric Endocrinology"
PNEPH = "Paediatric Nephrology"
PCARD = "Paediatric Cardiac Surgery (Robin Ward)"
PGASTRO = "Paediatric Gastroenterology"
CF = "Regional Paediatric Cystic Fibrosis Centre"
GIC = "National Gender Identity Clinic (Adults)"
EDS = "Regional Eating Disorders Service"
ORTHO_W = "Orthopaedic Ward (NHS patients)"
EYE = "Ophthalmology - Cataract Service"
ENDOSC = "Endoscopy Unit"
ORTHO_OP = "Orthopaedic Outpatients"
GSURG = "General Surgery Outpatients"
SHOULDER = "Upper Limb Clinic"
PDERM = "Dermatology (private practice)"
PCARDIO = "Cardiology (private practice)"
PRHEUM = "Rheumatology (private practice)"
PORTHO = "Orthopaedic Inpatients (private)"

# ====================================================================== Kestrelmoor (tertiary)

# K01 skull base surveillance: the tertiary team wants its own interval MRI arranged locally; 21 days: late.
pt = P("Geraint Pollexfen", "471010", "1958-05-22")
letter(key="k01", prov="kes", dept=SKULL, kind="clinic_letter", specialty="Neurosurgery",
       clinician="Mr Anselm Rookwood", patient=pt, ev="2041-12-16", ld="2042-01-05", sent="2042-01-06 09:12",
       fmt="plain", subject="Skull Base Clinic - POLLEXFEN Geraint - surveillance review", late="Clinic date: 16/12/2041",
       body=f"""
{head("kes", SKULL)}

{GP_ADDR}

{idl(pt)}
Clinic date: 16/12/2041
Dictated: 16/12/2041   Typed: 05/01/2042

Dear Dr Garside

Diagnosis: left vestibular schwannoma, 9 mm intracanalicular (Koos grade I), on a watch-and-scan policy.

I reviewed Mr Pollexfen in the skull base surveillance clinic before Christmas. He was referred to us by the
Fenstowe ENT team in 2039 after asymmetric hearing loss was found. His left-sided hearing has not changed
noticeably, he has occasional tinnitus and no facial weakness. The MRI from October 2041 shows no measurable
growth compared with 2040.

Given the long journey to Kestrelmoor we have agreed that he does not need to travel to see us for the next scan.
[[tests_for_hospital: I would be grateful if you could liaise with the radiology department at Fenstowe General to arrange a repeat MRI of the internal auditory meati with gadolinium in December 2042]], and ask them to send the images to us through the regional image exchange portal so that our MDT can review them.

He understands that if he notices sudden deterioration in his hearing he should be seen the same day at his
local ED or by the on-call ENT team. No change to his medication.

Yours sincerely

Mr Anselm Rookwood
Consultant Neurosurgeon, Skull Base Unit
cc Mr G Pollexfen
""", notes="The tertiary unit's own surveillance MRI passed to the GP to arrange locally ('liaise with' the local "
             "radiology department) and send to its MDT: tests_for_hospital. Clinic 16/12/2041, typed 05/01, sent "
             "06/01/2042: 21 days, late. ENT referral in 2039 (history) and same-day safety-netting are decoys.")

# K02 neurosurgery discharge after craniotomy: staples and rehabilitation referral left to the practice.
pt = P("Rosalind Ackerley", "471030", "1967-09-03")
letter(key="k02", prov="kes", dept=NSURG_WARD, kind="discharge_summary", specialty="Neurosurgery",
       clinician="Dr Tobias Einarsson", patient=pt, ev="2042-01-13", ev_time="16:40", ld="2042-01-14",
       sent="2042-01-14 11:05", fmt="html", opts={"alt": True, "label_col": True},
       subject="Discharge summary - Neurosurgery - ACKERLEY R", body=f"""
# Neurosurgery Discharge Summary
{table_id(pt)}
| Admitted | 06/01/2042 (elective) |
| Operation | 07/01/2042 - left frontal craniotomy and excision of convexity meningioma (Mr P Hallgarth) |
| Discharged | 13/01/2042 at 16:40 to home address |
| GP | Dr I Garside, Tolland Moor Surgery |
| Completed by | Dr Tobias Einarsson, Specialty Registrar |

# Clinical summary
Mrs Ackerley presented with two focal seizures and was found to have a 3.5 cm left frontal convexity meningioma. She underwent an uncomplicated Simpson grade 1 resection on 07/01/2042. Post-operative CT showed no haematoma. She has mild word-finding difficulty and fatigue, improving daily.

Histology will be discussed at the neuro-oncology MDT on 28/01/2042 and we will write to Mrs Ackerley and to you with the result.

# Medication on discharge
| Dexamethasone | reducing course, finishing 20/01/2042 | full course supplied |
| Levetiracetam 500 mg BD | continue for at least 12 months | 28 days supplied |
| Omeprazole 20 mg OD | stop when dexamethasone finishes | 14 days supplied |

# Actions for GP
- [[post_procedure_care: Please arrange for the practice nurse to remove the scalp staples on 17/01/2042 (day 10) and check the wound]].
- [[onward_referral: GP please refer to the local community neuro-rehabilitation team for outpatient OT and cognitive rehabilitation]].
- Please continue levetiracetam on repeat after the supply runs out.

# Information for the patient
You must not drive for 6 months after your seizures and you must tell the DVLA. A fit note has been issued for 8 weeks. Your outpatient appointment with Mr Hallgarth is on 24/02/2042 and the MRI beforehand has been booked by us.
""", notes="Post-operative staple removal and wound check passed to the practice nurse: post_procedure_care; "
             "referral to community neuro-rehabilitation for the condition just operated on left to the GP: "
             "onward_referral. Discharged 16:40 on 13/01, sent 11:05 on 14/01 (18 h 25 min): on time. Histology "
             "handled by the team, fit note issued, MRI booked, levetiracetam to continue are decoys.")

# K03 cardiothoracic discharge after AVR and CABG: amiodarone, wound care and fit note passed on; late.
pt = P("Desmond Ferrabee", "471050", "1953-11-30")
letter(key="k03", prov="kes", dept=CTS, kind="discharge_summary", specialty="Cardiothoracic Surgery",
       clinician="Dr Lucia Brannigan", patient=pt, ev="2042-01-17", ev_time="12:15", ld="2042-01-20",
       sent="2042-01-21 10:30", fmt="pdf", late="Date of discharge: 17/01/2042 12:15",
       subject="Cardiothoracic discharge summary - FERRABEE D", body=f"""
# CARDIOTHORACIC SURGERY - DISCHARGE SUMMARY
{idl(pt)}
Admission: 08/01/2042 (transferred from Fenstowe General for surgery)
Operation: 09/01/2042 - aortic valve replacement (bioprosthetic) and CABG x2 (LIMA-LAD, SVG-OM)
Date of discharge: 17/01/2042 12:15
Consultant surgeon: Mr Hamish Okonedo
Summary by: Dr Lucia Brannigan, Clinical Fellow

# Post-operative course
Extubated on day 0. Paroxysmal AF on day 3, treated with IV then oral amiodarone; sinus rhythm since 13/01/2042. Chest drains removed day 2. Mobilising independently on stairs before discharge.

# Discharge medication (28 days supplied unless stated)
| Aspirin 75 mg OD | lifelong |
| Atorvastatin 80 mg ON | continue |
| Bisoprolol 2.5 mg OD | new |
| Amiodarone 200 mg OD | new; 14 days supplied |
| Furosemide 40 mg OM | for 2 weeks then stop |

No anticoagulation is needed for the tissue valve beyond aspirin.

# GP actions
1. [[shared_care_without_agreement: GP to continue amiodarone 200 mg once daily for 3 months and take over monitoring of TFTs and LFTs]].
2. [[post_procedure_care: Please could the practice nurse review the sternal and leg wounds and remove the drain-site sutures at day 10 to 12 after discharge]].
3. [[fit_note: He will need a fit note covering the 12 weeks of his sternal recovery; please issue this from the date of discharge]].

# Follow-up
Cardiac rehabilitation: referral sent by our team to the Fenstowe cardiac rehabilitation programme.
Surgical review at Kestrelmoor in 6 weeks with an echocardiogram on the same day, booked by us.

Dr L Brannigan for Mr H Okonedo, Consultant Cardiothoracic Surgeon
""", notes="Amiodarone (amber) prescribing and monitoring handed over with no shared-care agreement: "
             "shared_care_without_agreement; wound review and suture removal after the team's own operation: "
             "post_procedure_care; fit note for the post-operative period: fit_note. Discharged 12:15 on 17/01, "
             "sent 10:30 on 21/01 (about 94 h): late. Cardiac rehab referral made and echo booked by the team "
             "are decoys.")

# K04 renal transplant clinic: homecare, outreach phlebotomy with results to the unit: hard negative.
pt = P("Tobias Wenlock", "471070", "1979-02-14")
letter(key="k04", prov="kes", dept=TX, kind="clinic_letter", specialty="Renal Transplantation",
       clinician="Dr Sunniva Achebe", patient=pt, ev="2042-01-22", ld="2042-01-24", sent="2042-01-27 14:00",
       fmt="docx", subject="Transplant clinic letter - WENLOCK T", body=f"""
# RENAL TRANSPLANT FOLLOW-UP CLINIC
{idl(pt)}
Clinic date: 22/01/2042 (video consultation)
Transplant: deceased-donor kidney, Kestrelmoor, 14/07/2040

Dear Dr Garside

Mr Wenlock is 18 months from his transplant and doing well. Creatinine 132 micromol/L (stable), tacrolimus trough 6.1 micrograms/L (target 5-8), urine PCR 18.

# Medication
- Tacrolimus (Adoport) 3 mg BD and mycophenolate mofetil 500 mg BD: unchanged; these continue to be supplied by our homecare provider, Medivance Homecare, who deliver to his home every 8 weeks.
- Amlodipine 5 mg OD and atorvastatin 20 mg ON: please continue.

# Monitoring
His 4-weekly tacrolimus level, U&E and FBC are taken at the Fenstowe General satellite renal unit under our outreach arrangement. The results come straight to our transplant nurses, who will telephone him with any dose change.

# Other
He was referred to us by your predecessor at the practice in 2036, when his eGFR first fell below 20. He is eligible for the seasonal influenza and COVID-19 vaccines and knows to book these with the practice as usual.
Next review: Kestrelmoor transplant clinic in 3 months; we will send the appointment.

No action is needed from the practice.

Dr Sunniva Achebe
Consultant Transplant Nephrologist
""", notes="Hard negative: immunosuppression supplied by the unit's homecare, monitoring bloods taken at its own "
             "outreach unit with results to its nurses, green drugs to continue, vaccines are ordinary GP work, "
             "history of the 2036 referral. Clinic 22/01, sent 27/01: on time.")

# K05 transplant outreach bloods: K+ 6.6 and AKI on the unit's own bloods, the practice asked to act today.
pt = P("Marjorie Quillan", "471090", "1961-07-08")
letter(key="k05", prov="kes", dept=TX, kind="results", specialty="Renal Transplantation",
       clinician="Mr Caspar Lowthian", patient=pt, ev=None, ld="2042-02-04", sent="2042-02-04 17:20",
       fmt="plain", urgent=True, opts={"from": "Caspar Lowthian <caspar.lowthian@nhs.net>"},
       subject="URGENT - abnormal bloods - Marjorie Quillan - renal transplant", body=f"""
Dear Dr Garside / duty doctor

{idl(pt)}
{KES}, {TX}

I am one of the transplant nurse coordinators at Kestrelmoor. Mrs Quillan's bloods from our outreach clinic
at Fenstowe General on 03/02/2042 have come back this afternoon:

  Potassium   6.6 mmol/L  (5.1 in December)
  Creatinine  241 micromol/L  (baseline 128)
  Tacrolimus  11.9 micrograms/L  (target 5-8)

She tells us she started trimethoprim from your practice on 30/01/2042 for a urine infection.

[[results_chasing: Could the practice please act on these results today]]: she needs to be seen, the
trimethoprim should be stopped, and she needs a repeat U&E within 24 hours.
I have tried her mobile twice without success and have left a message asking her to ring the surgery.

Dr Achebe has asked that we are told the repeat result so that we can decide about her tacrolimus dose.

Many thanks
Caspar Lowthian
Mr Caspar Lowthian, Transplant Nurse Coordinator
Renal Transplant Unit, Kestrelmoor Royal Infirmary
Tel 0161 496 0722 (coordinator line, 08:00-18:00)
""", notes="Hyperkalaemia and AKI on bloods the transplant unit took at its own outreach clinic, passed to the "
             "practice to act on and repeat: results_chasing. Potassium 6.6 with AKI needs same-day action, so "
             "urgent (a bounce could harm). Stopping the practice's own trimethoprim is GP work.")

# K06 spinal injuries centre: everything arranged by the centre: hard negative.
pt = P("Callum Strathairn", "471110", "1996-04-19")
letter(key="k06", prov="kes", dept=SPINAL, kind="discharge_summary", specialty="Spinal Injuries",
       clinician="Dr Morwenna Dacre", patient=pt, ev="2042-01-23", ev_time="14:30", ld="2042-01-24",
       sent="2042-01-24 09:45", fmt="pdf", subject="Spinal Injuries Centre discharge - STRATHAIRN C", body=f"""
# DISCHARGE SUMMARY - NORTHERN REGIONAL SPINAL INJURIES CENTRE
{idl(pt)}
GP: Dr I Garside, Tolland Moor Surgery
Admitted: 14/09/2041 (transfer from Fenstowe General after a fall from a roof on 11/09/2041)
Discharged: 23/01/2042 at 14:30, home (adapted ground-floor flat)
Consultant: Dr Morwenna Dacre, Consultant in Spinal Injuries

# Diagnosis
T6 complete paraplegia (AIS A) after T5/6 fracture-dislocation, posterior stabilisation T3-T8 on 12/09/2041.

# Rehabilitation
Independent with transfers and wheelchair skills. Bladder managed by intermittent self-catheterisation 5 times a day; bowel by a daily suppository programme with assistance.

# Medication (28 days supplied on discharge)
| Baclofen 10 mg TDS | continue |
| Oxybutynin 5 mg BD | continue |
| Senna 15 mg ON, bisacodyl suppository 10 mg daily | continue |
| Enoxaparin | course completed on the ward on 12/12/2041 |

# Arrangements made by the centre
- District nursing: referral made by us to the Tolland Moor district nursing team for pressure area checks and bowel care support.
- Wheelchair service: referred by our occupational therapist; a loan chair is in place.
- Renal tract ultrasound and urodynamics: booked annually at our centre; first appointment 21/07/2042.
- A Med3 fit note was issued by Dr Dacre on 23/01/2042 for 3 months.
- Outpatient review at the centre in 3 months; we will send the appointment.

# Information for the patient
If you develop a pounding headache, flushing or sweating above your injury, follow your autonomic dysreflexia card and call 999 if it does not settle. Our 24-hour spinal advice line is 0161 496 0730.

No specific GP actions are required.

Dr M Dacre
""", notes="Hard negative: 28 days of green medicines supplied, district nurses, wheelchair service and annual "
             "imaging arranged by the centre, fit note already issued, safety-netting aimed at the patient. "
             "Discharged 14:30 on 23/01, sent 09:45 on 24/01 (19 h 15 min): on time.")

# K07 rare diseases: migalastat (NHS England-commissioned, hospital-only) and the centre's own cardiac imaging.
pt = P("Anwen Tressider", "471130", "1984-10-11")
letter(key="k07", prov="kes", dept=RARE, kind="clinic_letter", specialty="Inherited Metabolic Disease",
       clinician="Prof Leontyne Harrowby", patient=pt, ev="2042-01-27", ld="2042-01-30", sent="2042-01-31 10:00",
       fmt="html", subject="Rare Diseases Centre - clinic letter - TRESSIDER A", body=f"""
# Rare Diseases Centre - Adult Inherited Metabolic Disease Clinic
{idl(pt)}
Clinic date: 27/01/2042

Dear Dr Garside

Diagnosis: Fabry disease (GLA variant p.N215S, amenable to chaperone therapy), late-onset cardiac phenotype.

I saw Ms Tressider with her partner. She has had neuropathic pain in her feet for several years and mild left ventricular hypertrophy was reported on an ECG at Fenstowe last year. Her lyso-Gb3 is raised and her eGFR is 84.

# Recommendations
- We have discussed migalastat with her in detail and she would like to start. [[hospital_only_prescribing: We would be grateful if you could prescribe migalastat 123 mg capsules, one capsule every other day, from February]].
- [[tests_for_hospital: Ahead of her annual review please refer her to your local cardiology department for a transthoracic echocardiogram and cardiac MRI, and forward the reports to our rare diseases nurses]].
- Lisinopril 5 mg OD: please continue.
- Cascade testing for her two children has been offered through our clinical genetics service, who will contact the family directly.

She will be reviewed here in 12 months.

Prof Leontyne Harrowby
Consultant in Inherited Metabolic Disease
""", notes="Migalastat is a specialist, nationally commissioned drug that stays with the specialist centre: "
             "hospital_only_prescribing; echo and cardiac MRI the centre needs for its own annual review, "
             "dressed as a referral to local cardiology: tests_for_hospital. Lisinopril green; genetics contacts "
             "the family itself. Clinic 27/01, sent 31/01: on time.")

# K09 spinal outpatients: discharged after one missed first appointment, re-referral asked for.
pt = P("Lionel Mapplebeck", "471150", "1970-03-27")
letter(key="k09", prov="kes", dept=SPINE_OP, kind="clinic_letter", specialty="Neurosurgery",
       clinician="Mr Iain Caldwell-Poole", patient=pt, ev="2042-02-04", ld="2042-02-05", sent="2042-02-05 12:30",
       fmt="plain", subject="Did not attend - Spinal Outpatients - MAPPLEBECK L", body=f"""
{head("kes", SPINE_OP)}

{GP_ADDR}

{idl(pt)}
Appointment: Tuesday 04/02/2042 at 10:20, Spinal Clinic B
Letter date: 05/02/2042

Dear Dr Garside

Mr Mapplebeck did not attend his new patient appointment in the spinal clinic on 04/02/2042. This was his
first appointment, offered following your referral of 11/11/2041 for right L5 radiculopathy.

[[dna_rereferral: In accordance with the Trust's Access Policy he has been discharged and we would ask that you re-refer him should you feel he still requires a neurosurgical opinion]].

Yours sincerely

pp Mr Iain Caldwell-Poole
Consultant Spinal Neurosurgeon
""", notes="Discharged after a single missed first appointment, the GP asked to re-refer: dna_rereferral (the "
             "'should you feel' wording is how these letters are usually put, not a true conditional). Sent the "
             "day after the missed appointment.")

# K10 liver unit: wrote straight to the local hepatologist, OGD booked: hard negative.
pt = P("Philippa Oakenshaw", "471170", "1958-12-05")
letter(key="k10", prov="kes", dept=LIVER, kind="clinic_letter", specialty="Hepatology",
       clinician="Dr Eamon Fitzwarren", patient=pt, ev="2042-02-06", ld="2042-02-10", sent="2042-02-11 15:45",
       fmt="html", opts={"alt": True}, subject="Liver Unit clinic letter - OAKENSHAW P", body=f"""
# Liver Unit - Transplant Assessment Clinic
{idl(pt)}
Date seen: 06/02/2042

Dear Dr Garside

Mrs Oakenshaw was referred to us by Dr Nuala Brennock, consultant hepatologist at Fenstowe General, in October 2041 for an opinion on liver transplantation. She has compensated cirrhosis secondary to MASLD (Child-Pugh A6, MELD 10). She does not currently meet the criteria for listing.

# Plan
- I have written directly to Dr Brennock asking her team to continue 6-monthly HCC surveillance ultrasound and AFP at Fenstowe; a copy of that letter is enclosed for your information.
- Our team has requested a variceal screening OGD at Fenstowe, which is booked for 03/03/2042.
- Propranolol is not needed unless varices are found; the Fenstowe team will decide after the OGD.
- Dietitian: she has been referred by us to the Fenstowe hepatology dietitian.
- We will see her again in 12 months, or sooner if Dr Brennock asks us to.

For information only; no action is needed from the practice.

Dr Eamon Fitzwarren
Consultant Hepatologist and Transplant Physician
""", notes="Hard negative: the tertiary team liaises with the local hepatologist itself, books the OGD and makes "
             "the dietitian referral; history of the referral; 'for information only'. Seen 06/02, sent 11/02.")

# K11 major trauma centre ED: local fracture clinic referral and suture removal left to the practice.
pt = P("Jasper Hollingrake", "471190", "2001-06-30")
letter(key="k11", prov="kes", dept=MTC, kind="ed_letter", specialty="Emergency Medicine",
       clinician="Dr Priya Vandermeer", patient=pt, ev="2042-02-08", ld="2042-02-09", sent="2042-02-09 07:30",
       fmt="html", opts={"label_col": True}, subject="ED attendance - HOLLINGRAKE J", body=f"""
# Emergency Department Attendance Letter
{table_id(pt)}
| Arrived | 22:14, Saturday 08/02/2042 |
| Discharged | 03:40, Sunday 09/02/2042 |
| Seen by | Dr Priya Vandermeer, ED Registrar |

Dear GP

Mr Hollingrake was visiting Kestrelmoor for a football match and was assaulted outside the ground. He had a 4 cm scalp laceration and pain in his right hand. CT head (Canadian CT head rule: dangerous mechanism) showed no intracranial injury. X-ray: undisplaced fracture of the neck of the right 5th metacarpal.

# Treatment
Scalp wound closed with 5 interrupted sutures. Hand placed in a neighbour strapping and a futura splint. Tetanus immunisation is up to date.

# Actions for GP
- [[onward_referral: We would be grateful if you could refer him to the fracture clinic at his local hospital so that he is seen within the next 7 days]].
- [[post_procedure_care: Scalp sutures to be removed by the practice nurse at day 7]].

Head injury advice given verbally and in writing; if he vomits, becomes drowsy or confused he should return to the nearest ED.
""", notes="Fracture clinic follow-up for an injury the ED treated left to the GP to refer (immediate need, "
             "the ED should refer directly): onward_referral; suture removal after the ED's own wound closure: "
             "post_procedure_care. Head-injury safety-netting is a decoy. Attendance date is 08/02.")

# K12 transplant pharmacy telephone clinic: dangerous interaction with the practice's clarithromycin: urgent only.
pt = P("Hywel Garnock", "471210", "1966-01-23")
letter(key="k12", prov="kes", dept=TX_PHARM, kind="clinic_letter", specialty="Liver Transplantation",
       clinician="Mr Rafferty Oduya", patient=pt, ev="2042-02-18", ld="2042-02-18", sent="2042-02-18 16:10",
       fmt="plain", urgent=True, opts={"from": "Rafferty Oduya <rafferty.oduya@nhs.net>"},
       subject="URGENT: clarithromycin with tacrolimus - Hywel Garnock", body=f"""
Dear Dr Garside

{idl(pt)}
{KES} - {TX_PHARM}
Telephone clinic: 18/02/2042

I spoke to Mr Garnock today in our post-transplant telephone medicines clinic (liver transplant 2039,
maintained on tacrolimus 2 mg BD). He told me he was prescribed clarithromycin 500 mg BD by your practice
on 17/02/2042 for a chest infection.

Clarithromycin strongly inhibits tacrolimus metabolism and can cause toxic tacrolimus levels and acute kidney
injury within days. Please could you stop the clarithromycin today and, if an antibiotic is still needed,
consider doxycycline, which does not interact.

We have arranged an urgent tacrolimus level and U&E at Fenstowe General phlebotomy tomorrow morning, and our
hepatology registrar will review the result and adjust his dose. I have told Mr Garnock not to take any more
clarithromycin until he hears from you.

Kind regards

Mr Rafferty Oduya
Lead Pharmacist, Liver Transplant
Tel 0161 496 0741
""", notes="Urgent: a dangerous interaction with the practice's own antibiotic, to be stopped today. Changing the "
             "practice's own prescription is GP work and the unit arranges and acts on the tacrolimus level "
             "itself, so there is no bounce: a hard negative that must still go to a clinician.")

# ====================================================================== St Aldric's (specialist paediatrics)

# N01 craniofacial unit: nurse specialist follows up, ophthalmology arranged by the unit: hard negative.
pt = P("Elowen Trevaskis", "471230", "2040-08-14")
letter(key="n01", prov="nch", dept=CRANIO, kind="clinic_letter", specialty="Craniofacial Surgery",
       clinician="Miss Hermione Castellan", patient=pt, ev="2042-01-09", ld="2042-01-14", sent="2042-01-15 10:20",
       fmt="docx", subject="Craniofacial clinic letter - TREVASKIS Elowen", body=f"""
# CRANIOFACIAL UNIT - POST-OPERATIVE REVIEW
{idl(pt)}
Clinic date: 09/01/2042
Parent: Mrs Kerenza Trevaskis (mother)
Operation: total calvarial remodelling for sagittal synostosis, 21/10/2041

Dear Dr Garside

Elowen came with her mother for her 11-week review. The scalp wound has healed well and the absorbable sutures have dissolved. Head shape is much improved (cephalic index 74 from 66). She is feeding and developing normally.

# Plan
- Fundoscopy: our paediatric ophthalmology team will examine her on the same day as her next clinic (June 2042); this has been booked.
- Our craniofacial nurse specialist, Bryony Helston, will telephone Mrs Trevaskis in 2 weeks.
- I have copied this letter to her health visitor, who will continue routine developmental reviews.
- Next appointment: 6-month review in the Craniofacial Unit; the family will receive the date by post.

Should Mrs Trevaskis notice any swelling or redness over the scalp, she has the craniofacial nurse line (0151 496 0391) and knows to call it.

No action is needed from the practice.

Miss Hermione Castellan
Consultant Craniofacial Surgeon
""", notes="Hard negative: absorbable sutures, ophthalmology and follow-up booked by the unit, its own nurse "
             "line for wound worries, health visitor copied for routine reviews. Clinic 09/01, sent 15/01.")

# N02 paediatric neurology: stiripentol initiation asked of the GP, EEG appointment queries sent to the GP; late.
pt = P("Maisie Fothergill", "471250", "2036-03-02")
letter(key="n02", prov="nch", dept=PNEURO, kind="clinic_letter", specialty="Paediatric Neurology",
       clinician="Dr Osric Pendragon-Hale", patient=pt, ev="2042-01-13", ld="2042-01-23", sent="2042-01-24 09:00",
       fmt="html", opts={"alt": True}, late="Clinic date: 13/01/2042",
       subject="Paediatric Neurology clinic letter - FOTHERGILL Maisie", body=f"""
# Paediatric Neurology Clinic Letter
{idl(pt)}
Clinic date: 13/01/2042
Seen with: mother and father

Dear Dr Garside

Diagnosis: Dravet syndrome (SCN1A pathogenic variant), drug-resistant epilepsy.

Maisie continues to have 3 to 4 prolonged convulsive seizures a month despite sodium valproate and clobazam, and needed buccal midazolam twice in December. We have agreed with her parents to add stiripentol.

# Recommendations
- [[hospital_only_prescribing: Please could you prescribe stiripentol 250 mg sachets, one sachet twice daily, starting next week and increasing as per the titration plan below]].
- Sodium valproate 300 mg BD and clobazam 5 mg BD: continue.
- Buccal midazolam 7.5 mg: continue as rescue per her care plan.

| Week | Stiripentol dose |
| 1-2 | 250 mg twice daily |
| 3-4 | 500 mg twice daily |
| 5 onwards | 500 mg three times daily |

# Investigations
We have requested a sleep-deprived EEG at St Aldric's. [[patient_redirected_to_gp: Mum was asked to contact your surgery to chase the EEG appointment if it has not arrived by the end of February]].

Review in clinic in 3 months.

Dr Osric Pendragon-Hale
Consultant Paediatric Neurologist
""", notes="Stiripentol is a specialist (red) medicine being started, not yet stabilised: "
             "hospital_only_prescribing; the family told to chase the hospital's own EEG appointment through the "
             "GP: patient_redirected_to_gp. Clinic 13/01, sent 24/01: 11 days, late. Valproate, clobazam and "
             "midazolam continue (decoys).")

# N03 paediatric endocrinology: somatropin stable, shared care offered for agreement: hard negative; 7 days.
pt = P("Rory Castleton", "471270", "2032-09-17")
letter(key="n03", prov="nch", dept=PENDO, kind="clinic_letter", specialty="Paediatric Endocrinology",
       clinician="Dr Genevieve Ashcombe", patient=pt, ev="2042-01-15", ld="2042-01-21", sent="2042-01-22 11:00",
       fmt="pdf", subject="Paediatric Endocrinology clinic letter - CASTLETON R", body=f"""
# PAEDIATRIC ENDOCRINOLOGY - OUTREACH CLINIC, FENSTOWE GENERAL
{idl(pt)}
Clinic date: 15/01/2042

Dear Dr Garside

Rory has isolated growth hormone deficiency. He started somatropin in August 2041 and his dose has been stable at 0.9 mg daily since October. Height velocity has improved from 4.1 to 8.6 cm/year. Our endocrine nurses measured his height and weight at the outreach clinic and an IGF-1 was taken; the result will come to us and we will let the family know.

# Prescribing
Somatropin is currently prescribed by us and delivered by Medivance Homecare. I enclose our regional shared care guideline for somatropin, which sets out what the practice and our team would each do. We would be grateful if you would consider it and let us know whether the practice is able to accept. Until we receive your signed agreement we will continue to prescribe through homecare, and nothing changes if you decide not to accept.

# Follow-up
Outreach clinic at Fenstowe General in 4 months; the appointment will be posted to the family.

Dr Genevieve Ashcombe
Consultant Paediatric Endocrinologist
""", notes="Hard negative: a shared-care guideline offered for the practice's agreement (the proper process) while "
             "the hospital keeps prescribing; IGF-1 result handled by the team. Clinic 15/01, sent 22/01: exactly "
             "seven days, on time.")

# N04 paediatric cardiac surgery: 3 days of diuretics and wound review left to the GP.
pt = P("Freddie Aldwinckle", "471290", "2041-02-11")
letter(key="n04", prov="nch", dept=PCARD, kind="discharge_summary", specialty="Paediatric Cardiac Surgery",
       clinician="Dr Mirela Sandoval", patient=pt, ev="2042-02-03", ev_time="13:20", ld="2042-02-03",
       sent="2042-02-04 09:10", fmt="html", opts={"label_col": True},
       subject="Discharge summary - Robin Ward - ALDWINCKLE Freddie", body=f"""
# Discharge Summary - Paediatric Cardiac Surgery
{table_id(pt)}
| Ward | Robin Ward, St Aldric's Children's Hospital |
| Admitted | 27/01/2042 |
| Procedure | 28/01/2042 - surgical closure of perimembranous VSD (Mr D Okwuosa) |
| Discharged | 03/02/2042 13:20 |
| Summary by | Dr Mirela Sandoval, Paediatric Registrar |

Freddie had an uncomplicated VSD repair. Post-operative echo showed no residual shunt and good biventricular function. He is feeding well and has regained his birth weight centile.

# Medication
| Furosemide oral solution 2 mg BD | 4 weeks |
| Spironolactone oral solution 2 mg BD | 4 weeks |
| Paracetamol suspension | as needed |

[[hospital_only_prescribing: We have supplied 3 days of furosemide and spironolactone oral solution; please prescribe a further supply from 06/02/2042 to complete the 4-week course]].

# Actions for GP
- [[post_procedure_care: GP to review the sternotomy wound at 7 to 10 days and remove the chest drain suture]].

# Follow-up arranged by us
- Paediatric cardiology outreach clinic at Fenstowe General in 6 weeks, with an echo in that clinic (booked).
- The health visitor has been informed and will weigh Freddie weekly.
""", notes="Three days of discharge medicines with the rest pushed to the GP (under seven days): "
             "hospital_only_prescribing; wound review and drain-suture removal after the team's own surgery: "
             "post_procedure_care. Discharged 13:20 on 03/02, sent 09:10 on 04/02 (19 h 50 min): on time.")

# N05 paediatric nephrology: family told to get the clinic's urine culture from the GP; registry form; 7 days.
pt = P("Isla Penhallow", "471310", "2035-05-05")
letter(key="n05", prov="nch", dept=PNEPH, kind="clinic_letter", specialty="Paediatric Nephrology",
       clinician="Dr Barnaby Quennell", patient=pt, ev="2042-01-28", ld="2042-02-03", sent="2042-02-04 16:30",
       fmt="pdf", subject="Paediatric Nephrology clinic letter - PENHALLOW I", body=f"""
# PAEDIATRIC NEPHROLOGY CLINIC
{idl(pt)}
Clinic date: 28/01/2042

Dear Dr Garside

Isla has grade III left vesicoureteric reflux and has had three febrile urinary tract infections in the last year, the last in December 2041. Renal ultrasound in clinic today: left kidney 7.9 cm with mild pelvic dilatation, right kidney normal. Blood pressure 98/60.

# Plan
- Trimethoprim prophylaxis 2 mg/kg at night: continue.
- DMSA scan booked here for 12/05/2042 to look for scarring.
- A urine sample was sent for culture from clinic today. [[patient_redirected_to_gp: Mum has been asked to ring your surgery in a week for the result of the urine culture sent from clinic today]].
- If Isla develops a fever above 38 degrees she should have a urine sample checked the same day, as set out in her open-access plan.

# Research and registry
Isla's family have consented to her inclusion in the national paediatric reflux registry. [[non_contractual_admin: Please complete the enclosed registry data collection form (GP section: prescriptions and UTI episodes) and return it to our data manager]].

Review here after the DMSA.

Dr Barnaby Quennell
Consultant Paediatric Nephrologist
""", notes="The family sent to the GP for the result of a culture the clinic sent: patient_redirected_to_gp; a "
             "registry data collection form for the practice to fill in: non_contractual_admin. Prophylaxis "
             "continues (green), DMSA booked, fever safety-netting are decoys. Clinic 28/01, sent 04/02: exactly "
             "seven days, on time.")

# N06 paediatric gastroenterology: was not brought, discharged, re-referral asked for.
pt = P("Kayden Vosper", "471330", "2034-11-29")
letter(key="n06", prov="nch", dept=PGASTRO, kind="clinic_letter", specialty="Paediatric Gastroenterology",
       clinician="Dr Henrietta Lisle", patient=pt, ev="2042-02-20", ld="2042-02-21", sent="2042-02-21 11:30",
       fmt="plain", subject="Was Not Brought - Paediatric Gastroenterology - VOSPER Kayden", body=f"""
{head("nch", PGASTRO)}

{GP_ADDR}

{idl(pt)}
Date of appointment: 20/02/2042 (Thursday 20 February 2042, 14:00)

Dear Dr Garside

Kayden was not brought to his first appointment in the paediatric gastroenterology clinic on 20/02/2042. He
was referred by you in December with abdominal pain and poor weight gain. We tried to contact his mother by
telephone on the day without success.

[[dna_rereferral: As per our policy he has been discharged from the clinic; if you remain concerned please send a new referral]].

We have shared the non-attendance with our safeguarding named nurse, as we do for every child who is not
brought, and his school nurse has been informed.

Yours sincerely

Dr Henrietta Lisle
Consultant Paediatric Gastroenterologist
""", notes="A child discharged after one missed first appointment with the GP asked to re-refer: dna_rereferral. "
             "The safeguarding notification and school nurse are aimed at others (decoys). Sent the next day.")

# N07 cystic fibrosis centre: homecare, annual review bloods by the centre: hard negative.
pt = P("Tegan Bellhouse", "471350", "2029-07-21")
letter(key="n07", prov="nch", dept=CF, kind="clinic_letter", specialty="Paediatric Respiratory Medicine",
       clinician="Dr Lachlan Merriweather", patient=pt, ev="2042-02-10", ld="2042-02-12", sent="2042-02-13 13:15",
       fmt="docx", subject="CF annual review - BELLHOUSE Tegan", body=f"""
# CYSTIC FIBROSIS ANNUAL REVIEW
{idl(pt)}
Annual review clinic: 10/02/2042

Dear Dr Garside

Tegan (F508del homozygous) had her annual review with the CF team. FEV1 94% predicted, BMI centile 48. No Pseudomonas since her eradication course in 2041, when she was admitted to Fenstowe General for IV antibiotics.

| Item | Arrangement |
| Annual review bloods (FBC, LFTs, vitamins A, D, E, glucose tolerance) | taken by us on 10/02/2042; results to the CF team |
| Elexacaftor/tezacaftor/ivacaftor | supplied by our homecare service (hospital only) |
| Nebulised dornase alfa | supplied by our homecare service |
| Creon, vitamin supplements (DEKAs) | please continue to prescribe as before |
| CF physiotherapy | our physiotherapist will visit her school this term |

Liver ultrasound: booked at St Aldric's for 24/03/2042.
We will write again if any of the annual review results need action.

No new actions for the practice.

Dr Lachlan Merriweather
Consultant in Paediatric Respiratory Medicine and CF
""", notes="Hard negative: CFTR modulator and dornase supplied by the centre's homecare, annual review bloods taken "
             "and acted on by the team, liver scan booked, Creon and vitamins continue as before (GP repeats).")

# ====================================================================== Wyvernbrook (gender identity, eating disorders)

# W01 gender identity clinic: hormone prescribing and monitoring handed over with no agreement; 34 days: late.
pt = P("Sasha Wrenfield", "471370", "1998-04-03")
letter(key="w01", prov="wyv", dept=GIC, kind="clinic_letter", specialty="Gender Identity",
       clinician="Dr Ottoline Brassey", patient=pt, ev="2041-12-17", ld="2042-01-16", sent="2042-01-20 14:10",
       fmt="docx", late="Date of appointment: 17/12/2041",
       subject="Gender Identity Clinic - second assessment - WRENFIELD S", body=f"""
# NATIONAL GENDER IDENTITY CLINIC (ADULTS)
{idl(pt)}
Date of appointment: 17/12/2041 (second assessment, video)
Clinician: Dr Ottoline Brassey, Consultant Endocrinologist and Gender Specialist

Dear Dr Garside

Sasha has been on our waiting list since 2037 and has now completed two assessments with our team. She meets the criteria for gender incongruence and has given informed consent for feminising hormone treatment; the risks, including venous thromboembolism, were discussed in detail. She has never used non-prescribed hormones and understands she should not.

# Recommendations
- [[shared_care_without_agreement: We recommend that you prescribe estradiol gel 0.06% two pumps daily and undertake the hormone monitoring (estradiol, testosterone, prolactin, LFTs) at 3, 6 and 12 months, adjusting the dose to keep levels within the ranges below]].
- Target ranges: estradiol 400-600 pmol/L, testosterone below 2 nmol/L.
- Speech and language therapy: we have referred Sasha to our own voice service.
- Facial hair removal: referral made by us to the commissioned laser provider.

Sasha will be seen again by our team in about 12 months.

Dr Ottoline Brassey
""", notes="Prescribing and ongoing monitoring and dose titration of gender-affirming hormones transferred to the "
             "GP with no shared-care agreement offered: shared_care_without_agreement. Appointment 17/12/2041, "
             "sent 20/01/2042: 34 days, late. Voice and laser referrals made by the clinic are decoys.")

# W02 gender identity clinic: testosterone started and supplied, shared care offered for agreement: hard negative.
pt = P("Jordan Ashwicke", "471390", "2001-12-09")
letter(key="w02", prov="wyv", dept=GIC, kind="clinic_letter", specialty="Gender Identity",
       clinician="Dr Felicity Nakashima", patient=pt, ev="2042-01-30", ld="2042-02-04", sent="2042-02-05 12:10",
       fmt="html", opts={"alt": True}, subject="GIC clinic letter - ASHWICKE J", body=f"""
# National Gender Identity Clinic - Endocrine Review
{idl(pt)}
Appointment date: 30/01/2042

Dear Dr Garside

Jordan attended for his endocrine appointment. Baseline bloods (FBC, LFTs, lipids, HbA1c, testosterone, estradiol) were taken in our clinic on 18/12/2041 and were normal.

# Treatment
We started testosterone gel (16.2 mg/g, two pumps daily) at this appointment. Our clinic pharmacy has supplied the first 3 months.

# Shared care
I enclose our shared care agreement for testosterone, which sets out the monitoring schedule and who is responsible for each part. We will continue to prescribe and to monitor Jordan until the practice has agreed to share his care. If you decide not to accept, please let us know and we will carry on prescribing from the clinic.

# Information for the patient
Please book your 3-month blood test at the Wyvernbrook hub nearest to you (Fenstowe Health Centre, Tuesday mornings); the blood form has been posted to you. We will write to you with the results.

Dr Felicity Nakashima
Specialty Doctor, Gender Identity Clinic
""", notes="Hard negative: testosterone started and supplied by the clinic, a shared-care agreement offered for "
             "agreement with prescribing kept until then, monitoring bloods at the clinic's own hub with results "
             "from the clinic.")

# W03 gender identity clinic: referral returned for a proforma with observations and bloods.
pt = P("Robin Elstow", "471410", "1990-08-25")
letter(key="w03", prov="wyv", dept=GIC, kind="referral_response", specialty="Gender Identity",
       clinician="Ms Annika Treharne", patient=pt, ev=None, ld="2042-02-11", sent="2042-02-12 10:00",
       fmt="plain", opts={"from": "GIC Referrals <wpft.gicreferrals@nhs.net>"},
       subject="Referral not accepted - GIC - ELSTOW Robin", body=f"""
{WYV}
{GIC}
Referrals Team

{idl(pt)}
Your referral dated: 03/02/2042
Letter date: 11/02/2042

Dear Dr Garside

Thank you for referring Robin to the National Gender Identity Clinic. Unfortunately we are unable to add
Robin to our waiting list at present because the referral does not include the information our service
specification requires.

[[referral_returned_for_workup: Please complete the enclosed referral proforma, including blood pressure, BMI and baseline bloods (FBC, U&E, LFTs, lipids and HbA1c), and resubmit the referral once these are available]].

Robin's place on the waiting list will be dated from when we receive the completed referral. We have
written to Robin to explain this.

Yours sincerely

Ms Annika Treharne
Referrals Coordinator, on behalf of the clinical team
""", notes="A referral refused until the GP does observations and bloods and a proforma: "
             "referral_returned_for_workup (the proforma could also be read as hospital paperwork; the refusal "
             "is what carries the finding).")

# W04 eating disorders: advice and guidance given instead of accepting the referral.
pt = P("Imogen Kettlewell", "471430", "2003-01-16")
letter(key="w04", prov="wyv", dept=EDS, kind="referral_response", specialty="Eating Disorders",
       clinician="Dr Perpetua Ormsby", patient=pt, ev=None, ld="2042-02-24", sent="2042-02-25 15:20",
       fmt="pdf", subject="Eating Disorders Service - referral outcome - KETTLEWELL I", body=f"""
# REGIONAL EATING DISORDERS SERVICE - REFERRAL OUTCOME
{idl(pt)}
Referral received: 10/02/2042
Discussed at intake meeting: 20/02/2042
Outcome: advice and guidance; not accepted for assessment

Dear Dr Garside

Thank you for referring Imogen, who has restrictive eating and weight loss (BMI 16.4, from 19.0 a year ago), with normal bloods and ECG on your checks of 06/02/2042.

Having discussed the referral at our intake meeting, we do not feel Imogen meets the threshold for our specialist service at this time. [[referral_returned_for_workup: We would instead recommend weekly weight, U&Es, phosphate, magnesium and ECG monitoring in primary care, with re-referral to us should her BMI fall below 15]].

Imogen may also find the self-help resources listed overleaf useful; the local Beat helpline number is included.

Dr Perpetua Ormsby
Consultant Psychiatrist, Regional Eating Disorders Service
""", notes="Referral not accepted, advice and guidance with monitoring work given back to primary care instead: "
             "referral_returned_for_workup. BMI 16.4 with normal bloods: not flagged urgent.")

# ====================================================================== Larchfield (independent sector, NHS e-RS)

# L01 knee replacement discharge: 5 days of rivaroxaban, GP to prescribe the rest; late.
pt = P("Bernard Yelland", "471450", "1951-10-02")
letter(key="l01", prov="lar", dept=ORTHO_W, kind="discharge_summary", specialty="Trauma and Orthopaedics",
       clinician="Mr Tancred Villiers", patient=pt, ev="2042-02-10", ev_time="14:00", ld="2042-02-11",
       sent="2042-02-12 09:30", fmt="pdf", late="Discharge date/time: 10/02/2042 14:00",
       subject="NHS discharge summary - YELLAND B - Larchfield", body=f"""
# DISCHARGE SUMMARY (NHS PATIENT)
{idl(pt)}
Referral route: NHS e-Referral Service (patient choice)
Admission date: 07/02/2042
Procedure: 07/02/2042 - right total knee replacement (cemented), Mr Tancred Villiers
Discharge date/time: 10/02/2042 14:00

# Progress
Uneventful recovery. Range of movement 5-85 degrees on discharge; mobilising with two sticks and independent on stairs.

# Medication on discharge
| Rivaroxaban 10 mg OD | for 14 days after surgery | [[hospital_only_prescribing: 5 days supplied - GP to prescribe the remaining 9 days]] |
| Paracetamol 1 g QDS | 14 days | supplied |
| Codeine 30 mg QDS PRN | 7 days | supplied |

# Follow-up
- Clips to be removed at the Larchfield nurse clinic on 21/02/2042 (booked).
- Outpatient physiotherapy at Larchfield: first session 13/02/2042.
- Fit note issued by us for 6 weeks.
- Review with Mr Villiers at 6 weeks.

Mr Tancred Villiers, Consultant Orthopaedic Surgeon
""", notes="Thromboprophylaxis supplied for under seven days with the rest passed to the GP: "
             "hospital_only_prescribing. Discharged 14:00 on 10/02, sent 09:30 on 12/02 (43 h 30 min): late. "
             "Clip removal, physiotherapy and fit note all handled by the provider (decoys).")

# L02 cataract service: drops supplied, second eye booked, optometrist for glasses: hard negative.
pt = P("Gwladys Penrose", "471470", "1944-06-12")
letter(key="l02", prov="lar", dept=EYE, kind="clinic_letter", specialty="Ophthalmology",
       clinician="Ms Saoirse Dunmore", patient=pt, ev="2042-02-11", ld="2042-02-12", sent="2042-02-13 08:45",
       fmt="html", subject="Cataract post-operative review - PENROSE G", body=f"""
# Cataract Service - Post-operative Review (NHS)
{idl(pt)}
Review date: 11/02/2042
Surgery: right phacoemulsification and lens implant, 28/01/2042

Dear Dr Garside

Mrs Penrose is delighted with the result of her right cataract surgery. Unaided acuity right 6/9, intraocular pressure 16 mmHg, the eye is quiet.

# Plan
- Dexamethasone 0.1% drops: reducing course as on her chart; the full course was supplied by us.
- Left cataract surgery: listed and booked at Larchfield for 25/03/2042; pre-assessment on 11/03/2042.
- Mrs Penrose has been advised to see her own optometrist for new glasses 4 to 6 weeks after the second operation.
- If her right eye becomes red, painful or her vision drops she should call our eye helpline on 0118 496 0270, open 24 hours.

No action is required from the GP.

Ms Saoirse Dunmore, Consultant Ophthalmic Surgeon
""", notes="Hard negative: drops supplied, second eye booked, refraction aimed at the patient's optometrist, the "
             "provider's own helpline for complications.")

# L03 colonoscopy: histology chasing and telling the patient left to the GP.
pt = P("Clifford Ambrose", "471490", "1963-03-09")
letter(key="l03", prov="lar", dept=ENDOSC, kind="results", specialty="Gastroenterology",
       clinician="Dr Yevgenia Farrant", patient=pt, ev=None, ld="2042-02-14", sent="2042-02-14 16:00",
       fmt="docx", subject="Colonoscopy report - AMBROSE C", body=f"""
# COLONOSCOPY REPORT (NHS PATIENT)
{idl(pt)}
Procedure date: 13/02/2042
Endoscopist: Dr Yevgenia Farrant
Indication: change in bowel habit (routine e-RS referral)

| Extent | Caecum reached, terminal ileum intubated |
| Bowel preparation | Boston score 8 |
| Findings | 3 polyps: 12 mm sessile polyp in the sigmoid (EMR), two 4 mm polyps in the transverse colon (cold snare) |
| Complications | None |

# Recommendations
- [[results_chasing: GP to chase the polyp histology in 2-3 weeks and arrange surveillance colonoscopy according to the result]].
- Aspirin may restart tomorrow.

# Information for the patient
[[patient_redirected_to_gp: Your GP will let you know the biopsy results and whether you need another colonoscopy]].
If you have heavy bleeding, severe tummy pain or a fever in the next 2 weeks, call the Larchfield endoscopy unit on 0118 496 0266 or go to your nearest emergency department.

Dr Y Farrant, Consultant Gastroenterologist
""", notes="Histology the provider took pushed to the GP to chase and act on: results_chasing; the patient told "
             "the GP will give the results: patient_redirected_to_gp. Complication safety-netting points to the "
             "provider (decoy).")

# L04 hip replacement 6-week review: 1-year X-ray for the provider and the fit note passed to the GP.
pt = P("Norma Stubbington", "471510", "1962-02-20")
letter(key="l04", prov="lar", dept=ORTHO_OP, kind="clinic_letter", specialty="Trauma and Orthopaedics",
       clinician="Mr Tancred Villiers", patient=pt, ev="2042-02-19", ld="2042-02-21", sent="2042-02-24 10:05",
       fmt="plain", opts={"from": "Janice Holroyd <janice.holroyd@larchfieldsurgical.example.co.uk>"},
       subject="Clinic letter - Mrs N Stubbington - 6 week review", body=f"""
{head("lar", ORTHO_OP)}
NHS patient (e-Referral Service)

{GP_ADDR}

{idl(pt)}
Clinic date: 19/02/2042
Operation: left total hip replacement (uncemented), 08/01/2042

Dear Dr Garside

I saw Mrs Stubbington six weeks after her left hip replacement. She is walking without aids, the wound has
healed and she has no groin pain. X-ray today: satisfactory component position.

We will not routinely see her again at Larchfield.
[[tests_for_hospital: Please arrange an AP pelvis and lateral hip X-ray at your local hospital at the one-year mark and send the report to us so that we can confirm the implant position]].

She works as a care assistant and is not yet ready for lifting.
[[fit_note: She will need a further fit note for 4 weeks from 27/02/2042, which we have asked her to obtain from your surgery]].

Physiotherapy: she has completed her course at Larchfield and has a home exercise programme.

Yours sincerely

Janice Holroyd
Medical Secretary to Mr Tancred Villiers, Consultant Orthopaedic Surgeon
""", notes="The provider's own one-year check X-ray handed to the GP to arrange and report back: "
             "tests_for_hospital; a fit note for the recovery after its own operation sent to the GP: fit_note. "
             "Clinic 19/02, sent 24/02: on time. Sent by the secretary from her own mailbox.")

# L05 hernia clinic: listed, the provider's own pre-operative GP summary form sent to the practice.
pt = P("Keith Domoney", "471530", "1972-08-08")
letter(key="l05", prov="lar", dept=GSURG, kind="clinic_letter", specialty="General Surgery",
       clinician="Mr Augustin Pellow", patient=pt, ev="2042-02-27", ld="2042-02-28", sent="2042-03-03 10:15",
       fmt="plain", opts={"from": "Larchfield Surgical Bookings <bookings@larchfieldsurgical.example.co.uk>"},
       subject="Outpatient letter - DOMONEY K - inguinal hernia", body=f"""
{head("lar", GSURG)}

{GP_ADDR}

{idl(pt)}
Seen: 27/02/2042 (NHS e-RS referral of 02/01/2042)

Dear Dr Garside

Diagnosis: right reducible inguinal hernia.
Plan: listed for laparoscopic right inguinal hernia repair as a day case; expected date April 2042.

Mr Domoney is fit and well apart from hypertension, well controlled on lisinopril 10 mg, which he should
continue. Pre-operative bloods, ECG and MRSA screening will be done at his Larchfield pre-assessment
appointment on 19/03/2042. He is keen to stop smoking and we have given him the details of the local NHS stop
smoking service.

[[non_contractual_admin: To help our pre-assessment nurses, could the practice complete the enclosed Larchfield GP medical summary form and return it within 10 working days]].

Yours sincerely

Mr Augustin Pellow
Consultant General and Laparoscopic Surgeon
""", notes="The provider's own pre-operative form sent to the practice to complete: non_contractual_admin. "
             "Pre-operative tests at its own pre-assessment, lisinopril to continue and stop-smoking signposting to "
             "the patient are decoys.")

# L06 upper limb clinic: injection given, physiotherapy referred, fit note issued: hard negative.
pt = P("Delyth Morcombe", "471550", "1969-05-15")
letter(key="l06", prov="lar", dept=SHOULDER, kind="clinic_letter", specialty="Trauma and Orthopaedics",
       clinician="Mr Benedikt Aske", patient=pt, ev="2042-03-04", ld="2042-03-06", sent="2042-03-07 12:00",
       fmt="html", opts={"alt": True}, subject="Upper Limb Clinic letter - MORCOMBE D", body=f"""
# Upper Limb Clinic (NHS) - Outcome
{idl(pt)}
Clinic date: 04/03/2042

Dear Dr Garside

Mrs Morcombe has a right frozen shoulder (freezing phase). X-ray normal. She was referred through e-RS after your trial of physiotherapy in 2041.

# What we did
- Ultrasound-guided glenohumeral joint injection (40 mg triamcinolone with lidocaine) given in clinic today.
- Referred by us to the Larchfield physiotherapy team for a course of stretching exercises; they will contact her.
- Fit note issued in clinic for 2 weeks (she works as a hairdresser).

# Follow-up
We have discharged her from the surgical clinic. Should her symptoms persist beyond 3 months despite physiotherapy, she may be re-referred for consideration of hydrodilatation.

Mr Benedikt Aske, Consultant Shoulder Surgeon
""", notes="Hard negative: injection given, physiotherapy referral made and fit note issued by the provider; a "
             "conditional re-referral note; history of the GP's physiotherapy in 2041.")

# ====================================================================== Harcourt Priory (private)

# H01 private dermatology: melanoma on self-pay histology, GP asked to refer on the cancer pathway: urgent.
pt = P("Veronica Lydgate", "471570", "1957-04-28")
letter(key="h01", prov="hpr", dept=PDERM, kind="results", specialty="Dermatology",
       clinician="Dr Crispin Ambler", patient=pt, ev=None, ld="2042-02-20", sent="2042-02-20 18:05",
       fmt="plain", urgent=True, opts={"from": "Dr Crispin Ambler <crispin.ambler@harcourtpriory.example.co.uk>"},
       subject="Histology result - Mrs Veronica Lydgate - please read today", body=f"""
Dear Dr Garside

{idl(pt)}
{HPR}, {PDERM}

I saw Mrs Lydgate privately (self-funding) and removed a changing pigmented lesion from her left calf on
06/02/2042. The histology has come back today:

  Superficial spreading malignant melanoma, Breslow thickness 1.3 mm, no ulceration,
  mitotic rate 2/mm2, excised with 2 mm clearance (pT2a).

I have telephoned Mrs Lydgate this afternoon and explained the result. She would like her further treatment
to be in the NHS rather than privately.
[[onward_referral: I would be grateful if you would refer her urgently on the suspected skin cancer pathway to your local skin cancer MDT for wide local excision and consideration of sentinel lymph node biopsy]].

A copy of the histology report is attached below for the referral.

With best wishes

Dr Crispin Ambler
Consultant Dermatologist, Harcourt Priory Hospital
Secretary: 0117 496 0850
""", notes="A private consultant asks the GP to make the onward NHS cancer referral: onward_referral (whether a "
             "private provider must refer on directly is less settled than for an NHS provider). A new melanoma "
             "needing a suspected-cancer step: urgent. The consultant told the patient the result himself (decoy).")

# H02 private cardiology: NHS Holter and echo for the private consultant's follow-up.
pt = P("Ambrose Fairweather", "471590", "1966-09-19")
letter(key="h02", prov="hpr", dept=PCARDIO, kind="clinic_letter", specialty="Cardiology",
       clinician="Dr Marguerite Okafor-Lind", patient=pt, ev="2042-02-24", ld="2042-02-26", sent="2042-02-27 09:40",
       fmt="pdf", subject="Private clinic letter - Mr A Fairweather", body=f"""
# PRIVATE OUTPATIENT CONSULTATION - CARDIOLOGY
{idl(pt)}
Date of consultation: 24/02/2042
Funding: insured (Vantage Health)

Dear Dr Garside

Thank you for asking me to see Mr Fairweather, who has had intermittent palpitations for 3 months with one near-syncopal episode. ECG in clinic: sinus rhythm, PR 180 ms, no pre-excitation. Blood pressure 146/88. Examination unremarkable.

# Plan
- [[tests_for_hospital: I would be grateful if you could arrange a 7-day ambulatory ECG and a transthoracic echocardiogram through your local NHS services]], and forward the results to me at Harcourt Priory so that I can review them at his follow-up on 07/04/2042.
- I have suggested bisoprolol 1.25 mg once daily for symptom control, which I would be grateful if you could prescribe.
- He should stop driving and tell the DVLA if he has another episode of near-collapse.

Dr Marguerite Okafor-Lind, Consultant Cardiologist
""", notes="A private consultant asks the GP to obtain NHS tests and send her the results for her own private "
             "follow-up: tests_for_hospital. Bisoprolol is a green drug the GP would prescribe for an NHS "
             "patient, so not a finding. Consultation 24/02, sent 27/02.")

# H03 private rheumatology: methotrexate prescribing and monitoring asked of the GP; 16 days: late.
pt = P("Philomena Quarrie", "471610", "1975-11-11")
letter(key="h03", prov="hpr", dept=PRHEUM, kind="clinic_letter", specialty="Rheumatology",
       clinician="Dr Ignatius Fenwick", patient=pt, ev="2042-02-18", ld="2042-03-05", sent="2042-03-06 17:00",
       fmt="html", opts={"alt": True}, late="Seen in clinic on 18/02/2042",
       subject="Private rheumatology consultation - Mrs P Quarrie", body=f"""
# Private Rheumatology Consultation
{idl(pt)}
Seen in clinic on 18/02/2042 (self-pay)

Dear Dr Garside

Mrs Quarrie has a 4-month history of symmetrical small-joint polyarthritis with early morning stiffness of 2 hours. CRP 24, anti-CCP strongly positive, rheumatoid factor 64. Hand X-rays show no erosions. I have made a diagnosis of seropositive rheumatoid arthritis.

# Treatment
I have started methotrexate 10 mg once weekly, increasing to 15 mg after 4 weeks, with folic acid 5 mg once weekly; she has a private prescription for the first month. [[shared_care_without_agreement: I would be grateful if you could continue prescribing methotrexate on the NHS thereafter and arrange her fortnightly FBC, U&E and LFT monitoring for the first 3 months]].

She has also had a 120 mg depomedrone injection today.

# Follow-up
I will see her privately again in 3 months.

Dr Ignatius Fenwick
Consultant Rheumatologist
""", notes="Methotrexate (amber) prescribing and monitoring handed to the NHS GP without any shared-care "
             "agreement, by a private consultant: shared_care_without_agreement. Seen 18/02, sent 06/03: 16 "
             "days, late.")

# H04 private hip replacement discharge: everything kept in-house: hard negative.
pt = P("Gordon Pettifer", "471630", "1958-01-31")
letter(key="h04", prov="hpr", dept=PORTHO, kind="discharge_summary", specialty="Trauma and Orthopaedics",
       clinician="Mr Leopold Sandhurst", patient=pt, ev="2042-03-08", ev_time="11:00", ld="2042-03-08",
       sent="2042-03-08 15:30", fmt="html", opts={"label_col": True},
       subject="Discharge summary - Mr G Pettifer (private)", body=f"""
# Inpatient Discharge Summary (private patient)
{table_id(pt)}
| Admitted | 05/03/2042 |
| Operation | 05/03/2042 - right total hip replacement, Mr Leopold Sandhurst |
| Discharged | 08/03/2042 at 11:00 |

Uncomplicated recovery. Mobilising with crutches; independent on stairs. Post-operative X-ray satisfactory. Hb 118 on day 1.

# Medication on discharge
| Rivaroxaban 10 mg OD | 35 days from surgery | full course supplied |
| Paracetamol 1 g QDS | 2 weeks | supplied |
| Lansoprazole 15 mg OD | while on rivaroxaban | supplied |

# Arrangements
- Clip removal at the Harcourt Priory outpatient nursing clinic on 19/03/2042 (booked).
- Physiotherapy at Harcourt Priory twice weekly for 6 weeks.
- A fit note was issued on the ward for 8 weeks.
- Follow-up with Mr Sandhurst in 6 weeks.

No GP action is required; this summary is for your records.
""", notes="Hard negative: full anticoagulant course supplied, clips, physiotherapy, fit note and follow-up all "
             "kept by the private hospital; 'no GP action'. Discharged 11:00, sent 15:30 the same day.")

# ====================================================================== 'other' messages

other(key="o01", sent="2042-01-07 08:02", type="ooo", notes="Out-of-office reply from a skull base secretary.",
      frm="Lorna Pidgeon <lorna.pidgeon@kestrelmoor.nhs.uk>", subject="Automatic reply: MRI for Mr Pollexfen",
      body="Thank you for your email. I am on annual leave until Monday 13 January 2042.\nFor urgent skull base "
           "queries please call the neurosurgery secretaries on 0161 496 0716.\n")
other(key="o02", sent="2042-01-16 07:45", type="bulletin", notes="ICB interface bulletin (bulk) about private and "
      "tertiary requests; quotes request wording but is not a letter.",
      frm="Fenstowe and Wold ICB Primary Care <primarycare@fenstowewold-icb.example>",
      subject="Primary Care Interface Bulletin - January 2042",
      body="PRIMARY CARE INTERFACE BULLETIN - JANUARY 2042\n\n1 Private-NHS interface: practices are not obliged "
           "to arrange tests requested by private consultants for their own follow-up, or to prescribe drugs "
           "they would not prescribe for an NHS patient.\n2 Tertiary centres: we are discussing outreach "
           "phlebotomy with Kestrelmoor so that 'please arrange local bloods' requests reduce.\n3 Shared care: "
           "the updated amiodarone and methotrexate protocols are on the ICB website.\n\nYou receive this "
           "bulletin because your practice is on the ICB distribution list.\n")
other(key="o03", sent="2042-01-28 21:14", type="patient", notes="A patient's email about the gender clinic "
      "waiting list; nothing to detect.",
      frm="Alex Brightwater <alex.brightwater@example.com>", subject="Waiting list question",
      body="Hi,\n\nI've been on the gender clinic waiting list since 2038 and I just wanted to check you still "
           "have my details right, as I moved house in November. My new address is 4 Heron Close, Tolland Moor. "
           "Could someone let me know if the clinic has written to you?\n\nThanks,\nAlex\n07700 900461\n")
other(key="o04", sent="2042-02-03 02:51", type="phish", notes="Phishing pretending to be the e-Referral Service.",
      frm="NHS e-Referral Service <alerts@ers-nhs-secure.example.net>",
      subject="4 referrals rejected - action required within 24 hours",
      body="Dear Practice User,\n\n4 of your referrals have been REJECTED by the receiving provider and will be "
           "deleted unless you sign in within 24 hours:\nhttp://ers-nhs-secure.example.net/signin\n\nNHS "
           "e-Referral Service\n")
other(key="o05", sent="2042-02-06 13:05", type="internal", notes="Internal practice email about handling "
      "tertiary letters; not a provider letter.",
      frm="Maureen Tattersall <maureen.tattersall@nhs.net>", subject="Kestrelmoor / St Aldric's letters - who does what",
      body="Hi all,\n\nReminder from this morning's meeting: letters from Kestrelmoor and St Aldric's asking us to "
           "arrange scans or bloods for them go to the duty GP's tray, not straight to the recall team. Anything "
           "marked urgent goes to the duty GP immediately.\n\nDr Pritchard is updating the workflow sheet.\n\n"
           "Maureen\nPractice Manager, Tolland Moor Surgery\n")
other(key="o06", sent="2042-02-18 12:00", type="html_bulletin", notes="Neurosciences network newsletter (bulk, "
      "HTML).",
      frm="Kestrelmoor Neurosciences Network <neuronetwork@kestrelmoor.nhs.uk>",
      subject="Neurosciences Network News - February 2042",
      body="<html><body><h2>Neurosciences Network News</h2><p>February 2042</p><ul>"
           "<li>The skull base MDT now reviews outside MRI scans through the regional image exchange portal.</li>"
           "<li>New spinal outreach clinic at Fenstowe General from April.</li>"
           "<li>Education evening for GPs: headache red flags, Thursday 20 March 2042, online.</li></ul>"
           "<p>You are receiving this because your practice is in the network area.</p></body></html>\n")
other(key="o07", sent="2042-02-26 09:30", type="supplier", notes="A homecare supplier's service notice.",
      frm="Medivance Homecare <service.updates@medivance-homecare.example.co.uk>",
      subject="Delivery changes in your area from March 2042",
      body="Dear colleague,\n\nFrom 3 March 2042 our deliveries to patients in the Fenstowe and Tolland Moor area "
           "will move from Tuesdays to Thursdays. Prescriptions continue to be issued by the patients' hospital "
           "teams; practices do not need to do anything.\n\nMedivance Homecare Customer Services\n"
           "0118 496 0911\n")
other(key="o08", sent="2042-03-04 11:47", type="dsn", notes="Non-delivery report.",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>",
      subject="Undeliverable: RE: Fabry disease - migalastat prescribing",
      body="Delivery has failed to these recipients or groups:\n\nraredisease.admin@kestrelmoor.nhs.uk\nThe email "
           "address you entered couldn't be found.\n", rcpt="raredisease.admin@kestrelmoor.nhs.uk")
other(key="o09", sent="2042-03-10 06:00", type="massmail", notes="Private hospital marketing mailing (bulk).",
      frm="Harcourt Priory Hospital <news@harcourtpriory.example.co.uk>",
      subject="Fixed-price hip and knee replacement - GP information evening",
      body="Harcourt Priory Hospital\n\nFixed-price self-pay joint replacement packages now include all "
           "physiotherapy, follow-up and medicines, with no hidden costs for your patients.\n\nGP information "
           "evening: Wednesday 19 March 2042, 19:00. Reply to book.\n")
other(key="o10", sent="2042-03-14 20:22", type="patient", notes="A parent's email about a child's specialist "
      "medicine; nothing to detect.",
      frm="Rebecca Fothergill <beccafothergill@example.com>", subject="Maisie's new epilepsy medicine",
      body="Hello,\n\nMaisie's neurologist at St Aldric's started her on a new medicine in January. We collected "
           "the last box from the pharmacy on Monday. Please can someone tell me who will be doing the next "
           "prescription, as we are nearly out?\n\nThank you\nRebecca Fothergill (Maisie's mum)\n")


# ====================================================================== rendering and checks

MARKING = {"kes": "OFFICIAL-SENSITIVE: PERSONAL", "nch": "CONFIDENTIAL - CHILD HEALTH RECORD",
           "wyv": "SENSITIVE - SPECIAL CATEGORY DATA", "lar": "NHS PATIENT - CONFIDENTIAL",
           "hpr": "PRIVATE AND CONFIDENTIAL"}
COLOUR = {"kes": "#003a70", "nch": "#c2185b", "wyv": "#4a6a2f", "lar": "#00695c", "hpr": "#5d4037"}
FONT = {"kes": "Arial,Helvetica,sans-serif", "nch": "Verdana,Arial,sans-serif", "wyv": "Calibri,Arial,sans-serif",
        "lar": "Tahoma,Arial,sans-serif", "hpr": "Georgia,'Times New Roman',serif"}


def house(L: dict, p: dict) -> dict:
    """Each provider's colour, font and protective marking in a table-letterhead frame."""
    c = COLOUR[L["prov"]]
    return dict(heading=f'<h3 style="font-size:11pt;color:{c};margin:10px 0 4px 0">{{}}</h3>',
                cell=f'style="border:1px solid {c};padding:2px 6px;vertical-align:top"',
                font=FONT[L["prov"]], marking=MARKING[L["prov"]],
                footer=f"{html.escape(p['name'])} - {html.escape(p['site'])} - sent by {html.escape(p['mailer'])}.")


MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_NUM = r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (\d{2})/(\d{2})/(\d{4})\b"
WD_LONG = rf"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (\d{{1,2}}) ({MONTHS}) (\d{{4}})"


def weekday_errors(lid: str, text: str) -> list[str]:
    """Every 'Weekday dd/mm/yyyy' or 'Weekday d Month yyyy' the text states falls on that weekday."""
    months = MONTHS.split("|")
    found = [(m.group(1), int(m.group(4)), int(m.group(3)), int(m.group(2))) for m in re.finditer(WD_NUM, text)]
    found += [(m.group(1), int(m.group(4)), months.index(m.group(3)) + 1, int(m.group(2)))
              for m in re.finditer(WD_LONG, text)]
    return [f"{lid}: {wd} does not fall on {d:02d}/{mo:02d}/{y}" for wd, y, mo, d in found
            if WEEKDAYS[dt.date(y, mo, d).weekday()] != wd]


def own(lid: str, lab: dict, text: str) -> list[str]:
    """This corpus's promises for each letter: letters without findings are noted as hard negatives, urgent
    letters say why in their notes, and every letter names its patient's date of birth in the banner form."""
    errors = []
    if not lab["expected"] and "hard negative" not in lab["notes"].lower():
        errors.append(f"{lid}: letter without findings should be noted as a hard negative")
    if lab["urgent_clinical_action"] and "urgent" not in lab["notes"].lower():
        errors.append(f"{lid}: urgent letter whose notes do not say why")
    if dmy(lab["patient"]["dob"]) not in text:
        errors.append(f"{lid}: date of birth not in the letter")
    return errors


def corpus_checks(labels: list[dict], items: list[kit.Item]) -> list[str]:
    """The kit's checks plus this corpus's own: weekdays that agree with the calendar in every message, at least
    a third of the letters hard negatives, at least two late letters of each kind, and at least two on-time
    clinic letters sent exactly on the seventh day."""
    errors = C.checks(labels, items, urgent=(2, 3), others=10, own=own,
                      each=lambda lid, _lab, _item, texts: weekday_errors(lid, " ".join(map(kit.collapse, texts))))
    errors += kit.check_negatives(labels) + kit.check_late_counts(labels, 2)
    days, _hours = kit.sent_after(labels, items)
    if days.count(7) < 2:
        errors.append("fewer than two clinic letters sent exactly seven days after the clinic")
    return errors


if __name__ == "__main__":
    sys.exit(C.run(sys.argv[1:], house=house, checks=corpus_checks, negatives="hard negatives"))
