#!/usr/bin/env python3
"""Build the twenty-seventh (independent, held-out) corpus: tests/corpus/twentyseventh/.

Style: where the categories meet.  Specialist clinics and specialist nurses (heart failure, diabetes and
insulin, epilepsy, rheumatology, dermatology, gastroenterology/IBD, endocrinology, renal, respiratory,
psychiatry/lithium, anticoagulation, transplant, ADHD) write letters that sit on the boundaries between
categories, so that a detector has to choose the right one rather than merely notice a request:

- a test the hospital needs for its own decision (tests_for_hospital), a result the hospital already holds
  and wants the practice to act on (results_chasing), monitoring that comes with taking over a shared-care
  drug (shared_care_without_agreement) and monitoring under an agreement the practice has already signed
  (no finding);
- a specialist drug started or titrated before the patient is stable, or a red drug
  (hospital_only_prescribing), a stable amber drug handed over without an agreement
  (shared_care_without_agreement), a shared-care agreement enclosed for the practice to accept (no finding)
  and a green drug (no finding);
- a discharge supply of fewer than seven days (hospital_only_prescribing) against seven days or more;
- an onward referral the hospital should make (onward_referral), a patient sent back to the GP about the
  hospital's own business (patient_redirected_to_gp), and an unrelated problem left with the GP in the
  ordinary way (no finding);
- requests under "Plan", "Recommendations", "Actions for GP", inside medication tables with "Who prescribes"
  and "Monitoring by" columns, and in the covering e-mail of an attached letter.

Four invented NHS trusts (three acute, one community and mental health) and one independent provider write
to an invented practice, Copperbeech Surgery.  Formats: plain text, HTML (some with a text alternative,
some with tables), PDF and DOCX attachments.  Ten messages are not letters.

Everything is invented; NHS numbers are 999-range with a valid Modulus 11 check digit; telephone numbers
are in Ofcom drama ranges; postcodes use areas that do not exist.  All dates fall in April-July 2037
(British Summer Time), so every Date header is +0100.  The build is deterministic.

Evidence is written inline as [[category: words]] in a letter's body or in its covering note (opts
"cover"): letter() strips the brackets and labels the words, so every piece of evidence is verbatim by
construction.  Timeliness evidence (the stated clinic or discharge date) is given in late=.

    python3 tests/corpus/make_twentyseventh.py            # build, then verify
    python3 tests/corpus/make_twentyseventh.py --verify-only
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus_kit as kit  # noqa: E402
from corpus_kit import patient as P  # noqa: E402

GP = "Dr Penhaligon"

PROV = {
    "hrw": dict(
        name="Halvergate and Rookwood Hospitals NHS Foundation Trust", site="Rookwood General Hospital",
        addr=["Quayside Road", "Rookwood", "RW4 2HB"], phone="0113 496 0472", domain="hrh.nhs.uk",
        sender="HRH Clinical Correspondence <clinical.letters@hrh.nhs.uk>",
        mailer="HRH Letterbox 3.1", colour="#1d4e89", marking="OFFICIAL-SENSITIVE: PERSONAL"),
    "svu": dict(
        name="Saltmarsh Valley University Hospitals NHS Trust", site="Saltmarsh Royal Infirmary",
        addr=["Fenwright Lane", "Saltmarsh", "SV1 8DQ"], phone="0117 496 0185", domain="saltmarshvalley.nhs.uk",
        sender="Saltmarsh Valley UH <outpatients.gp@saltmarshvalley.nhs.uk>",
        mailer="SVUH MedLetter 2.9", colour="#5b2a86", marking="Confidential - for the addressee only"),
    "etf": dict(
        name="Elderwick Teaching Hospitals NHS Foundation Trust", site="Elderwick Infirmary",
        addr=["Cordwainer Street", "Elderwick", "EW6 3PL"], phone="0161 496 0637", domain="elderwick.nhs.uk",
        sender="Elderwick Teaching Hospitals <gpletters@elderwick.nhs.uk>",
        mailer="ETH DocFlow 8.0", colour="#00605a", marking="Patient-identifiable information"),
    "tfm": dict(
        name="Thornbury Fells Community and Mental Health NHS Trust", site="Larchmont House",
        addr=["Becksett Road", "Thornbury Fells", "TX2 5WG"], phone="0191 498 0266", domain="nhs.net",
        sender="Thornbury Fells CMH <tfcmh.correspondence@nhs.net>",
        mailer="TFCMH CarePath Letters 1.4", colour="#7a3e00", marking="Sensitive: mental health record"),
    "ind": dict(
        name="Kestrel Lane Clinics Ltd", site="Kestrel Lane Clinic",
        addr=["14 Kestrel Lane", "Saltmarsh", "SV4 9NE"], phone="020 7946 0318",
        domain="kestrellane-clinics.example.co.uk",
        sender="Kestrel Lane Clinics <nhs.correspondence@kestrellane-clinics.example.co.uk>",
        mailer="KLC PracticeMail 2.2", colour="#9b1c31", marking="NHS-funded care - confidential"),
}
COVER = ("{trust}\n{dept}\n\nDear Dr Penhaligon,\n\nA {doctype} for one of your patients is attached "
         "(our reference {ref}).\n\nWith kind regards\n\nClinical Correspondence Team\n{trust}\n")
C = kit.Corpus("twentyseventh", "t27", "Copperbeech Surgery <copperbeech.surgery@nhs.net>", PROV, cover=COVER,
               window=("2037-04-06", "2037-07-17"), utc_hours=1)
other = C.other


def letter(**kw):
    """Record a letter whose evidence is written inline as [[category: words]] (kit.inline_evidence)."""
    C.letter(**kit.inline_evidence(kw))


def head(p: str, dept: str) -> str:
    """Plain-text letterhead, as a typed e-mail letter starts."""
    pr = PROV[p]
    return f"{pr['name']}\n{dept}\n{pr['site']}, {', '.join(pr['addr'])}\nTel: {pr['phone']}"


idl = kit.idline

# ====================================================================== letters

# a01 heart failure nurse: U&Es after her own ramipril up-titration, for her own next step
pt = P("Winsome Brackenbury", "270014", "1952-09-19")
letter(key="a01", prov="hrw", dept="Heart Failure Specialist Nursing Service", kind="clinic_letter",
       specialty="Cardiology", clinician="Ms Tamsin Ollerenshaw", patient=pt, ev="2037-04-07",
       ld="2037-04-08", sent="2037-04-08 11:20", fmt="plain",
       subject="Heart failure nurse clinic - W Brackenbury", body=f"""
{head("hrw", "Heart Failure Specialist Nursing Service")}

HEART FAILURE NURSE TITRATION CLINIC
{idl(pt)}
Clinic date: 07/04/2037
Seen by: Ms Tamsin Ollerenshaw, Heart Failure Specialist Nurse

Dear {GP},

Diagnosis: heart failure with reduced ejection fraction (LVEF 30% on echo, January 2037); ischaemic cardiomyopathy.

Mrs Brackenbury came to the nurse-led titration clinic today. She is less breathless on the flat, her weight is steady at 71.2 kg and there is only trace ankle oedema. BP 118/72, pulse 64 and regular. Her U&Es from our clinic last month were satisfactory (K 4.6, creatinine 96).

Medication changes today:
- Ramipril increased from 2.5 mg od to 5 mg od (28 days supplied from our clinic)
- Bisoprolol 5 mg od: no change
- Furosemide 40 mg od: no change

Plan:
[[tests_for_hospital: I would be grateful if the practice could check her U&Es in 2/52 and send the result to the heart failure nurses, so that I can decide whether to go up to 7.5 mg]].
She weighs herself each morning and knows to ring our nurse line on 0113 496 0481 if she gains more than 2 kg in three days.
I will see her again in the titration clinic in four weeks.

Kind regards

Tamsin Ollerenshaw
Heart Failure Specialist Nurse
""", notes="Blood test after the nurse's own dose increase, wanted for her own titration decision: "
             "tests_for_hospital. Ramipril supplied for 28 days; bisoprolol and furosemide unchanged.")

# a02 heart failure consultant: sacubitril/valsartan with a shared care agreement offered (hard negative)
pt = P("Aldous Thwaite", "270021", "1949-01-30")
letter(key="a02", prov="hrw", dept="Heart Failure Service", kind="clinic_letter", specialty="Cardiology",
       clinician="Dr Ignatius Farrowby", patient=pt, ev="2037-04-08", ld="2037-04-14", sent="2037-04-15 16:00",
       fmt="docx", subject="Heart failure clinic letter", body=f"""
# Heart Failure Clinic Letter
{idl(pt)}
Clinic date: 08/04/2037
Consultant: Dr Ignatius Farrowby, Consultant Cardiologist

Dear {GP},

Diagnoses: heart failure with reduced ejection fraction (LVEF 28%); left bundle branch block; type 2 diabetes.

Mr Thwaite remains in NYHA class II-III despite ramipril 10 mg od, bisoprolol 7.5 mg od and eplerenone 25 mg od. After a 36-hour washout of ramipril I have started sacubitril/valsartan 24/26 mg bd, and he has been given a 28-day supply from our pharmacy.

# Medicines
| Medicine | Dose | Who prescribes | Monitoring by |
| Sacubitril/valsartan | 24/26 mg bd (new) | Heart failure team until the shared care agreement is accepted | Heart failure nurses: U&Es at 2/52 and after each dose change |
| Ramipril | STOPPED | - | - |
| Bisoprolol | 7.5 mg od | GP (unchanged) | Annual review |
| Eplerenone | 25 mg od | GP (unchanged) | Heart failure nurses, with the U&Es above |

# Shared care
Sacubitril/valsartan is amber in the local formulary. I enclose our shared care agreement: if you are willing to take over prescribing once his dose is stable, please sign and return it, and until then the heart failure team will keep supplying it.

Our heart failure nurses will take his U&Es in their clinic at two weeks and titrate the dose. Please remove ramipril from his repeat prescriptions.

Yours sincerely

Dr Ignatius Farrowby
Consultant Cardiologist
""", notes="Hard negative: an amber drug started and supplied by the hospital, with the shared care agreement "
             "offered for the GP to accept and the hospital monitoring until then; the table's 'Who prescribes' "
             "and 'Monitoring by' both name the hospital. Taking ramipril off repeat is GP work. Clinic 08/04, "
             "sent 15/04 (exactly 7 days): on time.")

# a03 diabetes ward: three days of newly started insulin on discharge; sent 23 h 35 min after discharge
pt = P("Henrietta Gaunt", "270038", "1981-06-02")
letter(key="a03", prov="svu", dept="Cobham Ward (Diabetes and Endocrinology)", kind="discharge_summary",
       specialty="Diabetes and Endocrinology", clinician="Dr Marguerite Ellingham", patient=pt, ev="2037-04-09",
       ev_time="14:30", ld="2037-04-09", sent="2037-04-10 14:05", fmt="pdf",
       subject="Inpatient discharge summary", body=f"""
# Inpatient Discharge Summary
{idl(pt)}
Date of admission: 05/04/2037
Date of discharge: 09/04/2037 at 14:30
Consultant: Dr Marguerite Ellingham, Consultant in Diabetes and Endocrinology

Diagnosis: diabetic ketoacidosis (pH 7.12); new diagnosis of latent autoimmune diabetes in adults (GAD antibodies strongly positive).

Progress: the DKA resolved within 20 hours on the fixed-rate insulin protocol. Mrs Gaunt was converted to a basal-bolus regimen and the diabetes specialist nurses have taught her injection technique and capillary glucose monitoring. Her metformin and gliclazide have been stopped.

# Medications on discharge
| Medicine | Dose | Supplied from ward |
| Insulin glargine (Lantus) | 16 units at 22:00 | 3 days |
| Insulin aspart (NovoRapid) | 4-6 units with meals | 3 days |
| Pen needles 4 mm | as required | 3 days |
| Metformin | STOPPED | - |
| Gliclazide | STOPPED | - |

# Actions for GP
[[hospital_only_prescribing: Only three days of insulin were supplied from the ward, so please could you issue a prescription for her insulins and pen needles by 12/04/2037]].

# Follow-up
The diabetes specialist nurses will telephone her on 13/04/2037 to adjust her doses and will see her in clinic in two weeks.

Dr Marguerite Ellingham
Consultant in Diabetes and Endocrinology
""", notes="Discharge supply of three days: hospital_only_prescribing (fewer than 7 days). Discharged 09/04 14:30, "
             "sent 10/04 14:05 (23 h 35 min): on time, near the limit. DSN titration is the hospital's own work.")

# a04 diabetes specialist nurse: stable insulin, a green drug added with 28 days supplied (hard negative)
pt = P("Barnaby Oakenshaw", "270045", "1958-12-11")
letter(key="a04", prov="svu", dept="Diabetes Centre", kind="clinic_letter", specialty="Diabetes and Endocrinology",
       clinician="Mr Callum Rotherfield", patient=pt, ev="2037-04-13", ld="2037-04-20", sent="2037-04-20 23:40",
       fmt="html", opts={"header": True}, subject="Diabetes specialist nurse review", body=f"""
# Diabetes Specialist Nurse Clinic
{idl(pt)}
Clinic date: 13/04/2037
Seen by: Mr Callum Rotherfield, Diabetes Specialist Nurse

Dear {GP},

Mr Oakenshaw (type 2 diabetes for 14 years, on basal insulin since 2033) came for his insulin review. His HbA1c in January was 71 mmol/mol, he has had no hypoglycaemia and his weight is steady.

| Medicine | Dose | Who prescribes | Monitoring by |
| Insulin degludec | 30 units od, self-titrated by 2 units every 3 days to a fasting target of 5-7 mmol/L | GP: existing repeat, no change to the item | Diabetes specialist nurses: telephone review at 2/52 |
| Dapagliflozin | 10 mg od (new; green in the formulary) | 28 days supplied today, then GP repeat | Practice annual diabetes review |
| Metformin | 1 g bd | GP (unchanged) | Practice annual diabetes review |

An HbA1c and U&Es were taken in our clinic today, and I will send you the results with my telephone review.

He is due his annual foot check, which he knows to book with the practice nurse in the usual way.

With best wishes

Callum Rotherfield
Diabetes Specialist Nurse
""", notes="Hard negative: a green drug started with 28 days supplied then left to the GP's repeat; the insulin "
             "is an existing stable repeat self-titrated under DSN supervision; the hospital takes and reports its "
             "own bloods; the annual foot check is GP work. Clinic 13/04, sent 20/04 at 23:40 (day 7): on time.")

# a05 epilepsy nurse: lamotrigine titration passed on mid-titration; fit note after hospital assessment
pt = P("Imogen Strathallan", "270052", "2012-10-04")
letter(key="a05", prov="etf", dept="Epilepsy Specialist Nursing Team", kind="clinic_letter", specialty="Neurology",
       clinician="Ms Rhiannon Castellow", patient=pt, ev="2037-04-15", ld="2037-04-16", sent="2037-04-16 13:10",
       fmt="plain", opts={"from": "Rhiannon Castellow <rhiannon.castellow@elderwick.nhs.uk>"},
       subject="Epilepsy nurse clinic - Miss I Strathallan", body=f"""
{head("etf", "Epilepsy Specialist Nursing Team")}

{idl(pt)}
Seen in the epilepsy nurse clinic: 15/04/2037

Dear {GP},

Dr Aurelio Venn, Consultant Neurologist, has diagnosed idiopathic generalised epilepsy after Miss Strathallan's second generalised tonic-clonic seizure, and today we agreed to start lamotrigine. She has been given a starter supply covering the first two weeks (25 mg od).

Titration plan:
- Weeks 1-2: 25 mg od (supplied today)
- Weeks 3-4: 50 mg od
- Week 5 onwards: 100 mg od, then a telephone review with me

[[hospital_only_prescribing: Could you please prescribe the lamotrigine from week 3 onwards following the titration plan above, as we are not able to issue further supplies from the clinic]].

We talked about the DVLA rules: she must not drive and she will tell the DVLA herself. She works as a home carer and drives between clients, so she cannot do her job for now; [[fit_note: please could you issue her a fit note while she is unable to drive for work]].

She has our advice line number, 0161 496 0650, and information about seizure safety.

Best wishes

Rhiannon Castellow
Epilepsy Specialist Nurse
Elderwick Teaching Hospitals NHS Foundation Trust
""", notes="A specialist drug handed to the GP in the middle of its titration, before the patient is stable: "
             "hospital_only_prescribing. The unfitness for work follows the hospital's own assessment: fit_note. "
             "Sent by the nurse from her own address.")

# a06 neurology consultant: stable levetiracetam, tests booked here, unrelated bunion (hard negative)
pt = P("Crispin Ravenscroft", "270069", "1987-03-22")
letter(key="a06", prov="etf", dept="Department of Neurology", kind="clinic_letter", specialty="Neurology",
       clinician="Dr Aurelio Venn", patient=pt, ev="2037-04-16", ld="2037-04-20", sent="2037-04-21 09:30",
       fmt="html", opts={"alt": True}, subject="Neurology clinic letter", body=f"""
# Neurology Clinic Letter
{idl(pt)}
Clinic date: 16/04/2037
Consultant: Dr Aurelio Venn, Consultant Neurologist

Dear {GP},

Diagnosis: focal epilepsy (left temporal), seizure-free for 14 months on levetiracetam.

Mr Ravenscroft has had no seizures since February last year and tolerates levetiracetam well, with no change in mood. Please continue levetiracetam 750 mg bd.

He asked whether he could reduce the dose. Before deciding, I have booked a sleep-deprived EEG and a repeat MRI of the brain here, and we will write to him with the results ourselves before I see him again in 4/12.

He may now reapply for his driving licence, and I have given him the DVLA leaflet.

He also mentioned a painful bunion on his right foot, which has nothing to do with his epilepsy; I suggested he book a routine appointment with you if he would like it looked at.

Yours sincerely

Dr Aurelio Venn
Consultant Neurologist
""", notes="Hard negative: a green anti-epileptic continued; EEG and MRI booked and reported by the hospital; the "
             "patient sent to the GP only about an unrelated problem, which is ordinary general practice.")

# a07 rheumatology: stable methotrexate handed over with monitoring, no agreement; sent 9 days after clinic
pt = P("Marjorie Hollinrake", "270076", "1964-05-27")
letter(key="a07", prov="svu", dept="Department of Rheumatology", kind="clinic_letter", specialty="Rheumatology",
       clinician="Dr Perpetua Langstrothe", patient=pt, ev="2037-04-14", ld="2037-04-22", sent="2037-04-23 10:45",
       fmt="pdf", subject="Rheumatology clinic letter", late="Clinic date: 14/04/2037", body=f"""
# Rheumatology Clinic Letter
{idl(pt)}
Clinic date: 14/04/2037
Consultant: Dr Perpetua Langstrothe, Consultant Rheumatologist
Typed: 22/04/2037

Dear {GP},

Diagnosis: seropositive rheumatoid arthritis (2036), now in remission (DAS28 2.1).

Mrs Hollinrake has done very well on methotrexate 15 mg once weekly (Mondays) with folic acid 5 mg once weekly (Thursdays). Her blood monitoring in our clinic has been normal for six months, and she has no mouth ulcers, breathlessness or nausea.

# Recommendations
[[shared_care_without_agreement: As she is now on a stable dose, I would be grateful if you could take over prescribing her methotrexate and folic acid and monitor her FBC, U&Es and LFTs every 12 weeks]].
I have discharged her from our methotrexate monitoring clinic and will see her in the rheumatology clinic in 12 months.

Yours sincerely

Dr Perpetua Langstrothe
Consultant Rheumatologist
""", notes="A stable amber drug handed over with its monitoring and no shared care agreement: "
             "shared_care_without_agreement. Clinic 14/04, sent 23/04 (9 days): late clinic letter.")

# a08 rheumatology nurse: methotrexate monitoring under an agreement the practice has signed (hard negative)
pt = P("Lucius Pemberthy", "270083", "1970-11-08")
letter(key="a08", prov="svu", dept="Department of Rheumatology", kind="clinic_letter", specialty="Rheumatology",
       clinician="Ms Gwendolen Aske", patient=pt, ev="2037-04-22", ld="2037-04-23", sent="2037-04-24 08:50",
       fmt="docx", subject="Rheumatology nurse review", body=f"""
# Rheumatology Nurse Specialist Review
{idl(pt)}
Review date: 22/04/2037
Nurse specialist: Ms Gwendolen Aske, Rheumatology Clinical Nurse Specialist

Dear {GP},

Diagnosis: psoriatic arthritis, on methotrexate since 2034.

Mr Pemberthy's prescribing and monitoring have been shared with your practice since you accepted our methotrexate shared care agreement for him on 03/02/2037. His joints are quiet, and his most recent bloods at the surgery (FBC, U&Es and LFTs on 30/03/2037) were normal.

As set out in that agreement, please continue methotrexate 20 mg once weekly with folic acid 5 mg once weekly, and the 12-weekly FBC, U&Es and LFTs at the surgery.

We have requested X-rays of his hands and feet, which will be taken in our department before his next review, and we will write to him with the results.

Best wishes

Gwendolen Aske
Rheumatology Clinical Nurse Specialist
""", notes="Hard negative: prescribing and monitoring under a shared care agreement the practice accepted on "
             "03/02/2037; X-rays arranged and reported by the hospital.")

# a10 dermatology: isotretinoin (red) and its first monitoring passed on inside the medication table
pt = P("Tobias Tregothnan", "270090", "2017-08-13")
letter(key="a10", prov="svu", dept="Department of Dermatology", kind="clinic_letter", specialty="Dermatology",
       clinician="Dr Seraphina Quarmby", patient=pt, ev="2037-04-27", ld="2037-04-28", sent="2037-04-29 12:00",
       fmt="html", opts={"header": True}, subject="Dermatology clinic letter", body=f"""
# Dermatology Clinic Letter: Acne
{idl(pt)}
Clinic date: 27/04/2037
Consultant: Dr Seraphina Quarmby, Consultant Dermatologist

Dear {GP},

Diagnosis: severe nodulocystic acne with scarring, not responding to six months of lymecycline with topical adapalene and benzoyl peroxide.

I have started Mr Tregothnan on isotretinoin today, and he has a 30-day supply from our pharmacy. We discussed mood changes at length, and he and his mother know to stop it and contact us if his mood drops. His baseline LFTs and fasting lipids were normal.

| Medicine | Dose | Formulary status | Who prescribes | Monitoring by |
| Isotretinoin | 20 mg od for 4 weeks, then 40 mg od | Red | [[hospital_only_prescribing: Please could the GP prescribe each 30-day supply from 27/05/2037]] | [[tests_for_hospital: Practice to check LFTs and fasting lipids at 1/12 and send them to our acne clinic]] |
| Lymecycline | STOPPED | - | - | - |

He will be reviewed in our acne clinic every eight weeks.

Yours sincerely

Dr Seraphina Quarmby
Consultant Dermatologist
""", notes="Inside the medication table: a red drug for the GP to prescribe (hospital_only_prescribing) and the "
             "first monitoring of a drug the hospital has just started, sent back to the hospital "
             "(tests_for_hospital).")

# a11 independent skin surgery: suture removal and the hospital's own histology left with the practice
pt = P("Roderick Inchbald", "270106", "1966-02-17")
letter(key="a11", prov="ind", dept="Minor Skin Surgery Service", kind="clinic_letter", specialty="Dermatology",
       clinician="Mr Lysander Whitcombe", patient=pt, ev="2037-04-28", ld="2037-04-28", sent="2037-04-29 17:20",
       fmt="plain", subject="Skin surgery - Mr R Inchbald", body=f"""
{head("ind", "Minor Skin Surgery Service")}

{idl(pt)}
Procedure date: 28/04/2037
Surgeon: Mr Lysander Whitcombe, Consultant Dermatological Surgeon

Dear {GP},

Thank you for referring Mr Inchbald under the community skin surgery contract.

Procedure: excision of a 9 mm nodular basal cell carcinoma from the left cheek with 4 mm margins, closed with 5/0 nylon sutures. He went home with a dressing and written wound care advice.

Actions for GP
- [[post_procedure_care: Please could the practice nurse remove his sutures on day 7, around 05/05/2037]]
- [[results_chasing: The histology report will be sent to you, and I would be grateful if you could review it and arrange any further treatment the margins require]]

Kind regards

Lysander Whitcombe
Consultant Dermatological Surgeon
Kestrel Lane Clinics Ltd
""", notes="The operating provider passes on suture removal (post_procedure_care) and the review of, and action "
             "on, its own histology (results_chasing).")

# a12 independent skin surgery: absorbable sutures, own wound call and histology (hard negative)
pt = P("Araminta Fossick", "270113", "1979-07-29")
letter(key="a12", prov="ind", dept="Minor Skin Surgery Service", kind="clinic_letter", specialty="Dermatology",
       clinician="Mr Lysander Whitcombe", patient=pt, ev="2037-05-04", ld="2037-05-05", sent="2037-05-05 15:00",
       fmt="pdf", subject="Skin surgery letter", body=f"""
# Skin Surgery Letter
{idl(pt)}
Procedure date: 04/05/2037
Surgeon: Mr Lysander Whitcombe, Consultant Dermatological Surgeon

Dear {GP},

Procedure: excision biopsy of a 6 mm pigmented lesion on the upper back (clinically a dysplastic naevus), with 2 mm margins, closed with absorbable sutures.

The sutures will dissolve and do not need removing. Our nurse will telephone Ms Fossick on 11/05/2037 to check how the wound is healing, and she has our wound advice line, 020 7946 0325, if she has any worries.

We will write to her and to you with the histology result, usually within three weeks, and arrange any further treatment she needs here.

Please continue her emollient and hydrocortisone 1% cream for her eczema as before.

Kind regards

Lysander Whitcombe
Consultant Dermatological Surgeon
""", notes="Hard negative: absorbable sutures, the provider's own wound check and histology, green creams "
             "continued.")

# a14 IBD nurse: stable azathioprine handed over without agreement; the hospital's ferritin left to act on
pt = P("Delphine Kettleborough", "270120", "1975-04-03")
letter(key="a14", prov="hrw", dept="Inflammatory Bowel Disease Service", kind="clinic_letter",
       specialty="Gastroenterology", clinician="Mrs Philomena Dacre", patient=pt, ev="2037-05-05",
       ld="2037-05-06", sent="2037-05-07 10:10", fmt="html", opts={"alt": True},
       subject="IBD nurse clinic letter", body=f"""
# Inflammatory Bowel Disease Nurse Clinic
{idl(pt)}
Clinic date: 05/05/2037
Seen by: Mrs Philomena Dacre, IBD Clinical Nurse Specialist

Dear {GP},

Diagnosis: left-sided ulcerative colitis, in remission on azathioprine and mesalazine.

Mrs Kettleborough is well, with one formed stool a day and no bleeding. She has been on azathioprine 125 mg od at the same dose for two years, with normal blood monitoring in our IBD clinic, and mesalazine 2.4 g od.

# Actions for GP
1. [[shared_care_without_agreement: Please take over her azathioprine prescriptions from now on and check FBC and LFTs every 3 months]]
2. [[results_chasing: Her ferritin on the bloods we took today was 9 micrograms/L, so please could you act on this and start iron replacement]]
3. Please continue mesalazine 2.4 g od.

Her next IBD clinic review will be in 12 months, and our advice line remains open to her.

Kind regards

Philomena Dacre
IBD Clinical Nurse Specialist
""", notes="A stable amber immunosuppressant handed over with its monitoring and no agreement "
             "(shared_care_without_agreement); the hospital's own ferritin result left for the GP to act on "
             "(results_chasing). Mesalazine continued is green.")

# a15 gastroenterology: a referral for possible IBD returned for more work-up
pt = P("Ambrose Lytchett", "270137", "2003-01-21")
letter(key="a15", prov="hrw", dept="Department of Gastroenterology", kind="referral_response",
       specialty="Gastroenterology", clinician="Dr Cuthbert Ainslie", patient=pt, ev=None, ld="2037-05-08",
       sent="2037-05-08 14:30", fmt="docx", subject="Referral outcome - gastroenterology", body=f"""
# Referral Outcome: Gastroenterology
{idl(pt)}
Referral received: 29/04/2037 (routine)
Triaged by: Dr Cuthbert Ainslie, Consultant Gastroenterologist

Dear {GP},

Reason for referral: eight weeks of loose stools three times a day in a 34-year-old man; faecal calprotectin 180 micrograms/g; no rectal bleeding or weight loss; normal haemoglobin.

Outcome: referral returned.

[[referral_returned_for_workup: Before we can accept this referral, please repeat the faecal calprotectin in 4 to 6 weeks and send coeliac serology and stool cultures, then re-refer if the calprotectin remains above 100]].

Yours sincerely

Dr Cuthbert Ainslie
Consultant Gastroenterologist
""", notes="A clinically appropriate referral returned for the GP to do more tests first: "
             "referral_returned_for_workup (not tests_for_hospital).")

# a16 endocrinology: hypercalcaemia referral turned into advice and guidance
pt = P("Cordelia Marchbank", "270144", "1961-12-05")
letter(key="a16", prov="svu", dept="Department of Endocrinology", kind="referral_response",
       specialty="Endocrinology", clinician="Dr Barnaby Quillfeather", patient=pt, ev=None, ld="2037-05-11",
       sent="2037-05-11 09:05", fmt="plain", subject="Advice and guidance response - endocrinology", body=f"""
{head("svu", "Department of Endocrinology")}

ADVICE AND GUIDANCE RESPONSE
{idl(pt)}
Responding clinician: Dr Barnaby Quillfeather, Consultant Endocrinologist

Dear {GP},

Your referral of 06/05/2037: raised adjusted calcium (2.78 mmol/L) found on routine bloods, with thirst and constipation.

Thank you for the referral. We have not booked an appointment, and the referral has been converted to advice and guidance.

[[referral_returned_for_workup: Please check a PTH, vitamin D and a repeat adjusted calcium with U&Es, and re-refer only if the PTH is not suppressed]].

Kind regards

Dr Barnaby Quillfeather
Consultant Endocrinologist
""", notes="Advice and guidance given instead of accepting a clinically appropriate referral, with work-up "
             "asked first: referral_returned_for_workup.")

# a17 endocrinology: carbimazole supplied and monitored by the hospital, with a negated request (hard negative)
pt = P("Perdita Hallowes", "270151", "1996-09-14")
letter(key="a17", prov="svu", dept="Department of Endocrinology", kind="clinic_letter", specialty="Endocrinology",
       clinician="Dr Barnaby Quillfeather", patient=pt, ev="2037-05-11", ld="2037-05-13", sent="2037-05-14 11:40",
       fmt="docx", subject="Endocrine clinic letter", body=f"""
# Endocrine Clinic Letter
{idl(pt)}
Clinic date: 11/05/2037
Consultant: Dr Barnaby Quillfeather, Consultant Endocrinologist

Dear {GP},

Diagnosis: Graves' disease (TRAb positive), newly diagnosed; free T4 48 pmol/L, TSH below 0.01.

Miss Hallowes has lost 5 kg and has a fine tremor. I have started carbimazole 30 mg od, and she has eight weeks' supply from our pharmacy. You kindly started propranolol 40 mg tds last week; please continue it for now and we will advise when it can stop.

Our endocrine nurses will check her TFTs and FBC in their clinic at 4 and 8 weeks and adjust the carbimazole. Please do not add carbimazole to her repeat prescriptions while we are titrating; we will supply it and write to you once she is on a stable dose.

We have given her written advice about agranulocytosis: if she develops a sore throat, mouth ulcers or a fever she must stop carbimazole and attend the emergency department for an urgent FBC.

Yours sincerely

Dr Barnaby Quillfeather
Consultant Endocrinologist
""", notes="Hard negative: a specialist drug started, supplied and monitored by the hospital; a negated request "
             "('please do not add carbimazole'); a green drug the GP started continued; safety advice to the "
             "patient.")

# a18 endocrinology: the patient told to ring the GP for the hospital's own Synacthen result
pt = P("Philippa Cresswell", "270168", "2008-02-26")
letter(key="a18", prov="svu", dept="Endocrine Investigation Unit", kind="clinic_letter", specialty="Endocrinology",
       clinician="Dr Ottilie Sandbach", patient=pt, ev="2037-05-13", ld="2037-05-14", sent="2037-05-15 16:20",
       fmt="pdf", subject="Endocrine investigation unit letter", body=f"""
# Endocrine Investigation Unit
{idl(pt)}
Attendance date: 13/05/2037
Consultant: Dr Ottilie Sandbach, Consultant Endocrinologist

Dear {GP},

Miss Cresswell came for a short Synacthen test because of fatigue, a low blood pressure and a 9am cortisol of 142 nmol/L on our clinic bloods in April. The test was done without complication, with samples at 0, 30 and 60 minutes.

[[patient_redirected_to_gp: We have asked her to telephone her GP surgery in two weeks for the result of the Synacthen test]].

I have referred her directly to our endocrine specialist nurses, who will teach her the steroid sick-day rules if the test confirms adrenal insufficiency, and I will review her in clinic in six weeks.

Yours sincerely

Dr Ottilie Sandbach
Consultant Endocrinologist
""", notes="The patient is sent to the GP for the result of a test the hospital did: patient_redirected_to_gp. "
             "The referral to the hospital's own nurses is done by the hospital.")

# a19 renal: U&Es wanted for the consultant's own decision, a stone referral left to the GP; 8 days late
pt = P("Gideon Harbottle", "270175", "1955-06-30")
letter(key="a19", prov="etf", dept="Renal Medicine", kind="clinic_letter", specialty="Nephrology",
       clinician="Dr Evander Mossop", patient=pt, ev="2037-05-12", ld="2037-05-19", sent="2037-05-20 08:05",
       fmt="pdf", subject="Renal clinic letter", late="Seen in renal clinic on 12/05/2037", body=f"""
# Renal Clinic Letter
{idl(pt)}
Seen in renal clinic on 12/05/2037
Consultant: Dr Evander Mossop, Consultant Nephrologist

Dear {GP},

Diagnoses: CKD stage G3b A2 (eGFR 38) due to hypertensive nephropathy; left renal calculus (7 mm, lower pole, non-obstructing).

Mr Harbottle's eGFR has fallen from 44 to 38 over a year, and his blood pressure was 148/86 today. I have increased his ramipril from 5 mg to 10 mg od, and he has four weeks' supply from our clinic.

# Plan
[[tests_for_hospital: Please repeat his U&Es in 2/52 and send the result to the renal secretaries, so that I can decide whether the higher ramipril dose is safe]].
His renal ultrasound on 28/04/2037 also showed a 7 mm lower-pole calculus in the left kidney that needs a urological opinion, and [[onward_referral: I would be grateful if you could refer him to the urology stone clinic]].
I will see him again in 4/12.

Yours sincerely

Dr Evander Mossop
Consultant Nephrologist
""", notes="U&Es after the consultant's own dose change, for his own decision (tests_for_hospital); a related "
             "problem found on the hospital's own scan left for the GP to refer on (onward_referral). Clinic "
             "12/05, sent 20/05 at 08:05 (8 days): late clinic letter, just over the limit.")

# a20 renal result: potassium 6.7 on the hospital's bloods, action today passed to the practice (urgent)
pt = P("Silas Quarrington", "270182", "1947-11-12")
letter(key="a20", prov="etf", dept="Renal Unit", kind="results", specialty="Nephrology",
       clinician="Dr Evander Mossop", patient=pt, ev=None, ld="2037-05-21", sent="2037-05-21 09:15", fmt="plain",
       subject="URGENT: potassium 6.7 - Mr S Quarrington", body=f"""
{head("etf", "Renal Unit")}

URGENT RESULT - ACTION NEEDED TODAY
{idl(pt)}
Clinician: Dr Evander Mossop, Consultant Nephrologist

Dear {GP},

The bloods we took in the renal clinic yesterday for Mr Quarrington (CKD G4, on spironolactone 25 mg od and ramipril 2.5 mg od) show potassium 6.7 mmol/L (previously 5.4), creatinine 246 and eGFR 22. The sample was not haemolysed.

[[results_chasing: Please could you contact Mr Quarrington today, stop his spironolactone and arrange a repeat U&E within 24 hours, acting on the result as needed]].

I will review him in clinic as planned.

Dr Evander Mossop
Consultant Nephrologist
""", urgent=True,
       notes="A dangerous result from the hospital's own bloods, left for the practice to act on: results_chasing "
             "(the repeat U&E is part of acting on it, not a test for the hospital's plan). Action needed today: "
             "urgent.")

# a21 transplant: tacrolimus and mycophenolate prescribing handed over in the covering e-mail, no agreement
pt = P("Rosamund Ellerby", "270199", "1972-03-09")
letter(key="a21", prov="etf", dept="Renal Transplant Clinic", kind="clinic_letter", specialty="Renal Transplantation",
       clinician="Dr Wilhelmina Treharne", patient=pt, ev="2037-05-19", ld="2037-05-20", sent="2037-05-21 14:00",
       fmt="docx", subject="Transplant clinic letter and prescribing", opts={"cover": (
           "{trust}\n{dept}\n\nDear Dr Penhaligon,\n\nPlease find attached our clinic letter for Mrs Rosamund "
           "Ellerby (reference {ref}).\n\n[[shared_care_without_agreement: We would be grateful if the practice "
           "could take over her tacrolimus and mycophenolate prescriptions from 01/06/2037, as she is now more "
           "than a year from her transplant]].\n\nWith thanks\n\nTransplant Pharmacy Team\n{trust}\n")},
       body=f"""
# Renal Transplant Clinic Letter
{idl(pt)}
Clinic date: 19/05/2037
Consultant: Dr Wilhelmina Treharne, Consultant Transplant Nephrologist

Dear {GP},

Diagnosis: deceased-donor kidney transplant on 14/03/2036 for IgA nephropathy; stable graft function (creatinine 118).

Mrs Ellerby is well, with no rejection episodes and stable tacrolimus levels.

| Medicine | Dose | Formulary status | Who prescribes | Monitoring by |
| Tacrolimus (Adoport) | 3 mg bd | Amber | GP from 01/06/2037 | Transplant clinic: tacrolimus levels every 8 weeks |
| Mycophenolate mofetil | 500 mg bd | Amber | GP from 01/06/2037 | Transplant clinic: FBC every 8 weeks |
| Prednisolone | 5 mg od | Green | GP (unchanged) | - |

Tacrolimus must always be prescribed by brand. She will be seen in the transplant clinic every eight weeks.

Yours sincerely

Dr Wilhelmina Treharne
Consultant Transplant Nephrologist
""", notes="Prescribing of two amber immunosuppressants transferred in the covering e-mail with no shared care "
             "agreement offered, although the hospital keeps the monitoring: shared_care_without_agreement.")

# a22 transplant unit: clip removal after a transplant; discharge summary 45 h after discharge
pt = P("Annelise Warbeck", "270205", "1984-08-16")
letter(key="a22", prov="etf", dept="Renal Transplant Unit", kind="discharge_summary",
       specialty="Renal Transplantation", clinician="Dr Wilhelmina Treharne", patient=pt, ev="2037-05-18",
       ev_time="11:30", ld="2037-05-19", sent="2037-05-20 09:15", fmt="pdf",
       subject="Discharge summary - renal transplant unit", late="Date of discharge: 18/05/2037 11:30", body=f"""
# Discharge Summary: Renal Transplant Unit
{idl(pt)}
Date of admission: 08/05/2037
Date of discharge: 18/05/2037 11:30
Consultant: Dr Wilhelmina Treharne, Consultant Transplant Nephrologist

Procedure: living-donor kidney transplant on 09/05/2037 (donor: her brother) for end-stage renal disease due to reflux nephropathy.

Progress: immediate graft function; creatinine 134 at discharge. The wound is closed with skin clips.

# Medications on discharge (14 days supplied)
- Tacrolimus (Adoport) 4 mg bd
- Mycophenolate mofetil 750 mg bd
- Prednisolone 20 mg od, reducing as directed by the transplant clinic
- Co-trimoxazole 480 mg od
- Valganciclovir 450 mg od

# Follow-up
Transplant clinic twice weekly for bloods and tacrolimus levels, first visit 21/05/2037. All immunosuppression will be supplied by the transplant unit.

# Actions for GP
[[post_procedure_care: Please could the practice nurse remove her skin clips on 23/05/2037 and check the wound]].

Dr Wilhelmina Treharne
Consultant Transplant Nephrologist
""", notes="Clip removal after the unit's own operation passed to the practice (post_procedure_care), although "
             "she attends the transplant clinic twice a week. Discharged 18/05 11:30, sent 20/05 09:15 (45 h 45 "
             "min): late discharge summary. Immunosuppression supplied by the unit is a negative.")

# a23 respiratory: fit note after an admission; discharge summary 26 h 40 min after discharge
pt = P("Thaddeus Crookshank", "270212", "1967-05-04")
letter(key="a23", prov="hrw", dept="Brantwood Ward (Respiratory Medicine)", kind="discharge_summary",
       specialty="Respiratory Medicine", clinician="Dr Osgood Pettifer", patient=pt, ev="2037-06-01",
       ev_time="10:00", ld="2037-06-02", sent="2037-06-02 12:40", fmt="docx", subject="Discharge summary",
       late="Discharge date and time: 01/06/2037 10:00", body=f"""
# Discharge Summary
{idl(pt)}
Date of admission: 27/05/2037
Discharge date and time: 01/06/2037 10:00
Consultant: Dr Osgood Pettifer, Consultant Respiratory Physician

Diagnosis: infective exacerbation of COPD; no consolidation on the chest X-ray.

Treatment: nebulisers, prednisolone 30 mg od for 5 days and doxycycline, both completed on the ward.

# Medicines on discharge (28 days supplied where new)
- Trelegy Ellipta 92/55/22 one puff od (new; replaces Anoro Ellipta)
- Salbutamol 100 micrograms inhaler, 2 puffs as needed

# Actions for GP
- [[fit_note: He works as a warehouse supervisor and no fit note was issued on the ward, so please could you provide one covering two weeks from discharge]]

# Follow-up
Our respiratory nurses will visit him at home within 72 hours of discharge, and I will see him in clinic in 6 weeks.

Dr Osgood Pettifer
Consultant Respiratory Physician
""", notes="A fit note for the period after the hospital's own admission passed to the GP: fit_note. Discharged "
             "01/06 10:00, sent 02/06 12:40 (26 h 40 min): late discharge summary, just over the limit.")

# a24 respiratory clinic: rehab referral and lung function done by the hospital (hard negative)
pt = P("Ottavia Grimshaw", "270229", "1950-10-23")
letter(key="a24", prov="hrw", dept="Department of Respiratory Medicine", kind="clinic_letter",
       specialty="Respiratory Medicine", clinician="Dr Osgood Pettifer", patient=pt, ev="2037-06-03",
       ld="2037-06-09", sent="2037-06-10 09:00", fmt="html", subject="Respiratory clinic letter", body=f"""
# Respiratory Clinic Letter
{idl(pt)}
Clinic date: 03/06/2037
Consultant: Dr Osgood Pettifer, Consultant Respiratory Physician

Dear {GP},

Diagnosis: COPD (FEV1 52% predicted), MRC dyspnoea grade 3; ex-smoker of 40 pack-years.

Mrs Grimshaw has had two exacerbations this year, both managed at home, and her inhaler technique is good.

I have referred her directly to the Rookwood pulmonary rehabilitation programme, and she will receive an appointment from them.

Full lung function tests are booked in our respiratory physiology laboratory for 17/06/2037, and I will write to her and to you with the results.

Please continue her Trelegy Ellipta one puff od and salbutamol as needed.

No further action is needed from the practice at present.

Yours sincerely

Dr Osgood Pettifer
Consultant Respiratory Physician
""", notes="Hard negative: onward referral made by the hospital itself, its own tests reported by it, green "
             "inhalers continued, explicit no action. Clinic 03/06, sent 10/06 (exactly 7 days): on time.")

# a25 DVT clinic: seven days of apixaban supplied, green drug continued (hard negative)
pt = P("Georgiana Pellow", "270236", "1989-12-28")
letter(key="a25", prov="hrw", dept="Anticoagulation Service (DVT Clinic)", kind="clinic_letter",
       specialty="Haematology", clinician="Mr Jethro Blanchflower", patient=pt, ev="2037-06-04", ld="2037-06-04",
       sent="2037-06-05 10:30", fmt="plain", subject="DVT clinic - Ms G Pellow", body=f"""
{head("hrw", "Anticoagulation Service (DVT Clinic)")}

{idl(pt)}
Clinic date: 04/06/2037
Clinician: Mr Jethro Blanchflower, Advanced Nurse Practitioner

Dear {GP},

Diagnosis: provoked left popliteal DVT after a long-haul flight, confirmed on ultrasound on 28/05/2037.

Ms Pellow has completed her seven-day loading course of apixaban 10 mg bd from our clinic. Today she was given 7 days of apixaban 5 mg bd, which takes her to 11/06/2037.

Please continue apixaban 5 mg bd from 12/06/2037 to complete three months of treatment.

We will review her in the DVT clinic at three months to decide how long she should stay on anticoagulation, and we will let you know the outcome.

Kind regards

Jethro Blanchflower
Advanced Nurse Practitioner, Anticoagulation Service
""", notes="Hard negative: a green anticoagulant continued after the clinic supplied seven days (not fewer than "
             "7); the hospital keeps the decision on duration.")

# a26 anticoagulation: INR 8.4 from an interaction with the practice's own antibiotic (urgent, no finding)
pt = P("Cornelius Ashplant", "270243", "1941-04-15")
letter(key="a26", prov="hrw", dept="Anticoagulation Service", kind="results", specialty="Haematology",
       clinician="Dr Henrietta Clowes", patient=pt, ev=None, ld="2037-06-08", sent="2037-06-08 13:20", fmt="html",
       opts={"header": True}, subject="URGENT: INR 8.4 - drug interaction", body=f"""
# Anticoagulation Service: Urgent INR Result
{idl(pt)}
Clinician: Dr Henrietta Clowes, Consultant Haematologist
Test date: 08/06/2037

| Test | Result | Target range |
| INR | 8.4 | 2.0 to 3.0 |

Dear {GP},

Mr Ashplant (warfarin for atrial fibrillation) came to our anticoagulation clinic this morning with an INR of 8.4 and no bleeding. The practice started clarithromycin 500 mg bd on 04/06/2037 for a chest infection, and this interaction is the likely cause.

We have withheld his warfarin, given oral vitamin K 2 mg in clinic and will recheck his INR here in two days.

Please stop the clarithromycin today and, if he still needs an antibiotic, prescribe one that does not interact with warfarin.

Dr Henrietta Clowes
Consultant Haematologist
""", urgent=True,
       notes="Urgent (a dangerous drug interaction needing action today) but no bounce: the request concerns the "
             "practice's own prescription, which is ordinary GP work, and the hospital manages the INR itself.")

# a27 community psychiatry: lithium handed over before stable, and its first level for the consultant's decision
pt = P("Evangeline Moffatt", "270250", "1983-07-07")
letter(key="a27", prov="tfm", dept="Community Mental Health Team (North)", kind="clinic_letter",
       specialty="Psychiatry", clinician="Dr Leopold Ashcombe", patient=pt, ev="2037-06-09", ld="2037-06-10",
       sent="2037-06-11 15:00", fmt="docx", subject="Outpatient review - lithium", body=f"""
# Community Mental Health Team: Outpatient Review
{idl(pt)}
Clinic date: 09/06/2037
Consultant: Dr Leopold Ashcombe, Consultant Psychiatrist

Dear {GP},

Diagnosis: bipolar affective disorder type I; recent manic episode, now settling.

I started Mrs Moffatt on lithium carbonate (Priadel) 400 mg nocte on 26/05/2037. Her 12-hour level on 02/06/2037 was 0.38 mmol/L, so I have increased the dose to 600 mg nocte today. Her baseline U&Es, eGFR, TFTs, calcium, ECG and weight were normal.

# Actions for GP
1. [[hospital_only_prescribing: Please prescribe Priadel 600 mg nocte from this week, as the team base cannot issue ongoing prescriptions]]
2. [[tests_for_hospital: Please check a 12-hour lithium level with U&Es one week after the dose increase and send the result to me so that I can adjust the dose]]

She has the lithium information booklet and alert card, and her care coordinator will visit weekly.

Yours sincerely

Dr Leopold Ashcombe
Consultant Psychiatrist
""", notes="Lithium handed over while it is still being titrated (hospital_only_prescribing, not yet a stable "
             "shared-care drug) and the post-increase level wanted for the consultant's own dose decision "
             "(tests_for_hospital).")

# a28 lithium clinic: monitoring under a shared care agreement already signed (hard negative)
pt = P("Benedick Arkwright", "270267", "1969-01-18")
letter(key="a28", prov="tfm", dept="Lithium Clinic", kind="clinic_letter", specialty="Psychiatry",
       clinician="Dr Constance Yelland", patient=pt, ev="2037-06-15", ld="2037-06-16", sent="2037-06-16 17:10",
       fmt="pdf", subject="Lithium clinic review", body=f"""
# Lithium Clinic Review
{idl(pt)}
Clinic date: 15/06/2037
Clinician: Dr Constance Yelland, Specialty Doctor in Psychiatry

Dear {GP},

Mr Arkwright has been stable on Priadel 800 mg nocte for three years, with levels between 0.6 and 0.8 mmol/L. Your practice accepted the Thornbury Fells lithium shared care agreement for him on 11/01/2037, and his monitoring at the surgery has been exemplary.

His mood has been euthymic throughout the year and he is working full time.

In line with that agreement, please continue Priadel 800 mg nocte and the 3-monthly lithium level and U&Es, with TFTs and calcium every 6 months.

We will see him annually in the lithium clinic.

Yours sincerely

Dr Constance Yelland
Specialty Doctor in Psychiatry
""", notes="Hard negative: prescribing and monitoring requested under a lithium shared care agreement the "
             "practice accepted on 11/01/2037.")

# a29 community mental health: discharged after one missed assessment, GP asked to re-refer
pt = P("Marisol Featherby", "270274", "1998-05-25")
letter(key="a29", prov="tfm", dept="Community Mental Health Team - Single Point of Access", kind="clinic_letter",
       specialty="Psychiatry", clinician="Ms Saffron Hebblethwaite", patient=pt, ev="2037-06-17", ld="2037-06-18",
       sent="2037-06-19 11:00", fmt="plain", subject="Not attended - initial assessment", body=f"""
{head("tfm", "Community Mental Health Team - Single Point of Access")}

{idl(pt)}
Appointment date: 17/06/2037 (initial assessment, not attended)
Clinician: Ms Saffron Hebblethwaite, Community Psychiatric Nurse

Dear {GP},

Ms Featherby did not attend her initial assessment on 17/06/2037 and did not answer our telephone call or text reminder.

In line with the team's access policy, [[dna_rereferral: she has been discharged back to your care, and we ask that you re-refer her to the single point of access]].

We have written to her with our crisis line number, 0191 498 0270.

Kind regards

Saffron Hebblethwaite
Community Psychiatric Nurse
""", notes="Discharge after a single missed first appointment with a request to re-refer: dna_rereferral. "
             "event_date is the missed appointment (sent 2 days later).")

# a30 independent ADHD service: lisdexamfetamine handed over with no agreement; the provider's own questionnaire
pt = P("Jasper Wetherall", "270281", "1993-03-11")
letter(key="a30", prov="ind", dept="Adult ADHD Service", kind="clinic_letter", specialty="Psychiatry (ADHD)",
       clinician="Dr Fenella Gorringe", patient=pt, ev="2037-06-22", ld="2037-06-23", sent="2037-06-24 10:00",
       fmt="html", opts={"header": True, "alt": True}, subject="ADHD service - titration complete", body=f"""
# Adult ADHD Service: Titration Complete
{idl(pt)}
Clinic date: 22/06/2037
Clinician: Dr Fenella Gorringe, Consultant Psychiatrist

Dear {GP},

Diagnosis: adult ADHD, combined presentation.

Mr Wetherall has completed titration and has been stable on lisdexamfetamine 50 mg each morning for eight weeks. BP 124/78, pulse 78, weight 74 kg (unchanged).

| Medicine | Dose | Who prescribes | Monitoring by |
| Lisdexamfetamine | 50 mg each morning | Kestrel Lane until 21/07/2037, then GP | GP: BP, pulse and weight every 6 months |

# Actions for GP
- [[shared_care_without_agreement: Please take over prescribing of lisdexamfetamine from 22/07/2037 and monitor his blood pressure, pulse and weight every six months]]
- [[non_contractual_admin: Please also complete the enclosed Kestrel Lane annual review questionnaire before his review next June and return it to us]]

We will review him once a year.

Kind regards

Dr Fenella Gorringe
Consultant Psychiatrist
""", notes="A stable amber drug and its monitoring handed over with no shared care agreement "
             "(shared_care_without_agreement, also shown in the table); the provider's own review questionnaire "
             "(non_contractual_admin).")

# a31 independent ADHD service: discharged after one missed assessment; patient told to go through the GP
pt = P("Lorcan Dewhurst", "270298", "2001-09-03")
letter(key="a31", prov="ind", dept="Adult ADHD Service", kind="clinic_letter", specialty="Psychiatry (ADHD)",
       clinician="Dr Fenella Gorringe", patient=pt, ev="2037-06-24", ld="2037-06-25", sent="2037-06-26 09:40",
       fmt="plain", subject="ADHD assessment not attended", body=f"""
{head("ind", "Adult ADHD Service")}

{idl(pt)}
Appointment date: 24/06/2037
Clinician: Dr Fenella Gorringe, Consultant Psychiatrist

Dear {GP},

Mr Dewhurst did not attend his ADHD assessment appointment on 24/06/2037, and we could not reach him by telephone.

[[dna_rereferral: Under our access policy he has been discharged, and we would ask you to send a new referral through e-RS so that he can be offered another date]].

[[patient_redirected_to_gp: We have written to Mr Dewhurst asking him to contact his GP surgery to arrange a new appointment with us]].

Kind regards

Dr Fenella Gorringe
Consultant Psychiatrist
Kestrel Lane Clinics Ltd
""", notes="Discharge after one missed appointment with a request for a new referral (dna_rereferral), and the "
             "patient told to go through the GP to rebook the provider's own appointment "
             "(patient_redirected_to_gp).")

# a32 transplant assessment: the hospital's own pre-listing questionnaire, asked in the covering e-mail
pt = P("Ezekiel Barraclough", "270304", "1963-10-10")
letter(key="a32", prov="etf", dept="Transplant Assessment Clinic", kind="clinic_letter",
       specialty="Renal Transplantation", clinician="Mr Peregrine Ashdown", patient=pt, ev="2037-06-29",
       ld="2037-06-30", sent="2037-07-01 14:15", fmt="pdf", subject="Transplant assessment - GP form",
       opts={"cover": (
           "{trust}\n{dept}\n\nDear colleague,\n\nPlease find attached our transplant assessment clinic letter "
           "(reference {ref}) and our GP pre-listing questionnaire.\n\n[[non_contractual_admin: Could the "
           "practice please complete the attached GP pre-listing questionnaire for the transplant waiting list "
           "and return it to us within 14 days]].\n\nMany thanks\n\nTransplant Assessment Coordinators\n{trust}\n"),
           "extra": [("T27-A32_questionnaire.pdf", f"""
# GP Pre-listing Questionnaire (Kidney Transplant)
{idl(pt)}
| Question | Practice response |
| Past medical history, with dates | |
| Current repeat medicines | |
| Allergies and adverse reactions | |
| Cancer screening history (cervical, breast, bowel) | |
| Any concerns about adherence | |
| Completed by (name, role, date) | |
""", "GP pre-listing questionnaire")]},
       body=f"""
# Transplant Assessment Clinic
{idl(pt)}
Clinic date: 29/06/2037
Consultant: Mr Peregrine Ashdown, Consultant Transplant Surgeon

Dear {GP},

Mr Barraclough (CKD G5 from diabetic nephropathy, on haemodialysis since 2036) attended for assessment for kidney transplantation. He is keen to proceed, and his wife has come forward as a possible living donor.

We have arranged an echocardiogram, a CT of the abdomen and pelvis for vascular calcification, virology and tissue typing here, and his wife will be seen separately by our living donor team.

We will write again once the assessment is complete and we have discussed him at the listing meeting.

Yours sincerely

Mr Peregrine Ashdown
Consultant Transplant Surgeon
""", notes="The hospital's own pre-listing form, asked of the practice in the covering e-mail: "
             "non_contractual_admin. The work-up tests are arranged by the hospital (negative).")

# a33 dermatology: probable psoriatic arthritis found in clinic, the referral on left to the GP
pt = P("Fitzwilliam Orchard", "270311", "1980-02-14")
letter(key="a33", prov="svu", dept="Department of Dermatology", kind="clinic_letter", specialty="Dermatology",
       clinician="Dr Seraphina Quarmby", patient=pt, ev="2037-07-01", ld="2037-07-02", sent="2037-07-03 12:30",
       fmt="html", subject="Dermatology clinic letter - psoriasis", body=f"""
# Dermatology Clinic Letter: Psoriasis
{idl(pt)}
Clinic date: 01/07/2037
Consultant: Dr Seraphina Quarmby, Consultant Dermatologist

Dear {GP},

Diagnoses: chronic plaque psoriasis (PASI 6); probable psoriatic arthritis.

Mr Orchard's skin has improved with Dovobet gel. He describes three months of early-morning stiffness with swelling of his left middle finger and right knee, and he has dactylitis of that finger today. His PEST score is 4.

# Recommendations
- Continue Dovobet gel once daily to plaques, for up to 4 weeks at a time
- [[onward_referral: I would be grateful if you could refer him to rheumatology for assessment of probable psoriatic arthritis]]
- I will see him in the dermatology clinic in 6 months

Yours sincerely

Dr Seraphina Quarmby
Consultant Dermatologist
""", notes="A related condition found by the specialist and left for the GP to refer on: onward_referral. "
             "The topical treatment continued is green.")

# a34 independent dermatology: melanoma on the provider's own histology, the urgent referral left to the GP
pt = P("Veronica Stallybrass", "270328", "1959-04-06")
letter(key="a34", prov="ind", dept="Dermatology Service", kind="results", specialty="Dermatology",
       clinician="Mr Lysander Whitcombe", patient=pt, ev=None, ld="2037-07-06", sent="2037-07-06 16:45",
       fmt="pdf", subject="URGENT histology result", body=f"""
# Histology Result - Urgent
{idl(pt)}
Clinician: Mr Lysander Whitcombe, Consultant Dermatological Surgeon

Dear {GP},

Procedure: excision biopsy of a pigmented lesion from the left calf on 22/06/2037.

Histology (reported 03/07/2037): superficial spreading malignant melanoma, Breslow thickness 0.9 mm, no ulceration, excised with a 1 mm peripheral margin.

We telephoned Mrs Stallybrass today to tell her the result and to explain that she will need a wider excision and assessment by the specialist skin cancer team.

Kestrel Lane Clinics is not commissioned to manage melanoma, so [[onward_referral: please refer her urgently to the skin cancer multidisciplinary team at Saltmarsh Royal Infirmary under the suspected-cancer pathway]].

Lysander Whitcombe
Consultant Dermatological Surgeon
""", urgent=True,
       notes="A cancer diagnosed on the provider's own biopsy, with the onward referral left to the GP: "
             "onward_referral, and a suspected-cancer step: urgent. Telling the patient was done by the provider.")

# a36 renal anaemia nurse: red ESA prescribed and supplied by the renal unit (hard negative)
pt = P("Clementina Rowbotham", "270335", "1945-08-31")
letter(key="a36", prov="etf", dept="Renal Anaemia Service", kind="clinic_letter", specialty="Nephrology",
       clinician="Mrs Theodora Penrice", patient=pt, ev="2037-07-07", ld="2037-07-08", sent="2037-07-09 10:20",
       fmt="docx", subject="Renal anaemia clinic letter", body=f"""
# Renal Anaemia Clinic
{idl(pt)}
Clinic date: 07/07/2037
Clinician: Mrs Theodora Penrice, Renal Anaemia Nurse Specialist

Dear {GP},

Diagnosis: anaemia of chronic kidney disease (CKD G4); Hb 96 g/L, ferritin 88 micrograms/L, TSAT 14%.

Mrs Rowbotham received 1 g of intravenous iron (ferric derisomaltose) in our renal day unit today. I have also started darbepoetin alfa 20 micrograms every two weeks, a red drug that our renal homecare provider prescribes and delivers to her home.

Please record darbepoetin on her GP record as a hospital-issued medicine so that it appears in interaction checks; no prescription is needed from the practice.

We will check her Hb every four weeks and her ferritin in three months at the renal day unit.

Kind regards

Theodora Penrice
Renal Anaemia Nurse Specialist
""", notes="Hard negative: a red drug prescribed and supplied by the hospital through homecare, with its monitoring "
             "done by the hospital; recording a hospital-issued medicine is ordinary GP work.")

# a37 nephrology ward: everything supplied and arranged; sent 23 h 45 min after discharge (hard negative)
pt = P("Augustin Merrivale", "270342", "1953-11-26")
letter(key="a37", prov="etf", dept="Marlow Ward (Nephrology)", kind="discharge_summary", specialty="Nephrology",
       clinician="Dr Evander Mossop", patient=pt, ev="2037-07-12", ev_time="16:45", ld="2037-07-12",
       sent="2037-07-13 16:30", fmt="pdf", subject="Discharge summary - nephrology", body=f"""
# Discharge Summary
{idl(pt)}
Date of admission: 08/07/2037
Discharged: 12/07/2037 at 16:45
Consultant: Dr Evander Mossop, Consultant Nephrologist

Diagnosis: acute kidney injury stage 2 (creatinine 312, baseline 140) from dehydration with gastroenteritis while taking ramipril and furosemide; recovering (creatinine 168 at discharge).

# Medicines
- Ramipril 5 mg od: withheld until our review
- Furosemide 40 mg od: withheld until our review
- Doxazosin 4 mg od: new for blood pressure, 14 days supplied; please continue
- Other medicines unchanged

# Follow-up
Our renal day unit will check his U&Es on 19/07/2037 and will tell him whether to restart ramipril and furosemide. A fit note covering two weeks from discharge was issued on the ward.

Dr Evander Mossop
Consultant Nephrologist
""", notes="Hard negative: 14 days supplied and a green drug to continue; the hospital does its own bloods and "
             "decisions; the fit note is already issued. Discharged 12/07 16:45, sent 13/07 16:30 (23 h 45 min): "
             "on time, near the limit.")

# ====================================================================== 'other' messages

other(key="x01", sent="2037-04-22 07:55", type="ooo", notes="Out-of-office reply from a diabetes specialist nurse.",
      frm="Callum Rotherfield <callum.rotherfield@saltmarshvalley.nhs.uk>",
      subject="Automatic reply: Query about telephone review",
      body="Thank you for your message. I am away from the Diabetes Centre until 5 May 2037. For urgent insulin "
           "queries please ring the diabetes specialist nurse line on 0117 496 0190.\n")
other(key="x02", sent="2037-05-01 07:30", type="bulletin", notes="LMC newsletter (bulk); quotes example requests.",
      frm="Rookwood and Saltmarsh LMC <news@rs-lmc.example.org>", subject="LMC Bulletin - May 2037",
      body="ROOKWOOD AND SALTMARSH LMC BULLETIN\n\n1. Shared care: a letter saying 'please take over prescribing' "
           "is not a shared care agreement. Send us anonymised examples.\n2. Discharge supplies: trusts should "
           "supply at least 7 days.\n3. Our annual conference is on 18 June 2037.\n\nYou receive this bulletin "
           "as a member practice.\n")
other(key="x03", sent="2037-05-16 20:14", type="patient", notes="A patient's own e-mail; never to be answered as a "
      "bounce.", frm="Pip Hartigan <pip.hartigan@example.com>", subject="Blood test result?",
      body="Hello Copperbeech Surgery,\n\nThe hospital told me to ring you in two weeks for my hormone test "
           "result, but I am away then. Could someone call me back on 07700 900417 when it comes in?\n\n"
           "Thanks\nPip Hartigan\n")
other(key="x04", sent="2037-05-27 02:40", type="phish", notes="Phishing pretending to be NHSmail.",
      frm="NHSmail Security <security@nhsmail-account-check.example.net>",
      subject="Final notice: confirm your mailbox within 24 hours",
      body="Dear user,\n\nYour NHSmail mailbox will be disabled today. Please confirm your password at the link "
           "below to keep your account.\n\nhttp://nhsmail-account-check.example.net/confirm\n")
other(key="x05", sent="2037-06-03 11:02", type="dsn", notes="Non-delivery report.",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>", subject="Undeliverable: Re: Tacrolimus prescribing",
      body="Delivery has failed to these recipients or groups:\n\ntransplant.pharmacy@elderwick.nhs.uk\nThe "
           "e-mail address you entered couldn't be found.\n", rcpt="transplant.pharmacy@elderwick.nhs.uk")
other(key="x06", sent="2037-06-12 12:00", type="html_bulletin", notes="ICB medicines optimisation bulletin (bulk).",
      frm="Rookwood and Saltmarsh ICB Medicines Team <medicines@rs-icb.example>",
      subject="Medicines Optimisation Bulletin - June 2037",
      body="<html><body><h2>Medicines Optimisation Bulletin</h2><p>June 2037</p><ul>"
           "<li>Formulary: lisdexamfetamine remains amber; prescribing transfers only under a signed shared care "
           "agreement.</li><li>Isotretinoin stays red (hospital only).</li>"
           "<li>New SGLT2 inhibitor guidance for heart failure.</li></ul>"
           "<p>You are receiving this because your practice is on the ICB distribution list.</p></body></html>\n")
other(key="x07", sent="2037-06-20 09:17", type="spam", notes="Commercial spam.",
      frm="ClinicFlow Solutions <offers@clinicflow.example.com>",
      subject="Cut your practice's admin by 40% - free demo",
      body="Dear Practice Manager,\n\nBook a free demonstration of our document workflow tool this month and "
           "receive three months free.\n\nReply STOP to unsubscribe.\n")
other(key="x08", sent="2037-06-30 16:00", type="massmail", notes="'For information' mass mailing from a trust (bulk).",
      frm="Saltmarsh Valley Communications <communications@saltmarshvalley.nhs.uk>",
      subject="For information: new rheumatology shared care documents",
      body="FOR INFORMATION - SENT TO ALL GP PRACTICES\n\nOur updated shared care agreements for methotrexate, "
           "leflunomide and hydroxychloroquine are now on the trust website. No action is needed.\n")
other(key="x09", sent="2037-07-07 18:05", type="ooo", notes="Out-of-office reply from a consultant.",
      frm="Dr Fenella Gorringe <fenella.gorringe@kestrellane-clinics.example.co.uk>",
      subject="Automatic reply: Lisdexamfetamine shared care",
      body="I am on leave until 21 July 2037. For urgent clinical matters please ring the Kestrel Lane duty "
           "clinician on 020 7946 0330.\n")
other(key="x10", sent="2037-07-15 11:25", type="pharmacy", notes="Community pharmacy message; not a provider letter.",
      frm="Copperbeech Pharmacy <copperbeech.pharmacy@nhs.net>", subject="Discharge Medicines Service - doxazosin",
      body="Dear Copperbeech Surgery,\n\nWe have a Discharge Medicines Service referral for one of your patients "
           "started on doxazosin. Could the surgery confirm it has been added to repeat?\n\nKind regards\n"
           "Copperbeech Pharmacy\nTel 0117 496 0922\n")


# ====================================================================== rendering and checks

def house(L: dict, p: dict) -> dict:
    """Every provider's HTML in one frame, in its own colour and with its own protective marking."""
    return dict(marking=html.escape(p["marking"]), font="Verdana,Arial,sans-serif",
                heading=f'<h3 style="font-size:11pt;color:{p["colour"]};border-bottom:1px solid {p["colour"]};'
                        f'margin:12px 0 4px 0">{{}}</h3>',
                cell=f'style="border:1px solid #999;padding:3px 6px;vertical-align:top;color:{p["colour"]}"',
                footer=f"{html.escape(p['name'])}. Confidential patient information: if you are not the intended "
                       "recipient, please delete this e-mail and tell the sender.")


def own_checks(lid: str, lab: dict, text: str) -> list[str]:
    """No [[evidence]] marker left in a letter, and every letter is addressed to the practice's GP."""
    errors = []
    if "[[" in text:
        errors.append(f"{lid}: evidence marker left in the letter")
    if GP not in text:
        errors.append(f"{lid}: letter not addressed to {GP}")
    return errors


def corpus_checks(labels, items) -> list[str]:
    """The kit's checks plus this corpus's promises: at least a third of the letters are hard negatives,
    some evidence sits in a covering e-mail and some in a table, and the near-limit timings are really near."""
    errors = C.checks(labels, items, urgent=(2, 3), others=10, own=own_checks) + kit.check_negatives(labels)
    covers = sum(1 for L in C.letters if kit.EVIDENCE.search(L["opts"].get("cover", "")) is None
                 and any(e in L["opts"].get("cover", "") for _c, e in L["exp"]))
    if covers < 2:
        errors.append("fewer than two letters carry their request in the covering e-mail")
    tables = sum(1 for L in C.letters if any(ln.lstrip().startswith("|") and e in ln
                                             for _c, e in L["exp"] for ln in L["body"].split("\n")))
    if tables < 1:
        errors.append("no request inside a table")
    days, hours = kit.sent_after(labels, items)
    near = sum(abs(d - 7) <= 1 for d in days) + sum(abs(h - 24) <= 3 for h in hours)
    if near < 6:
        errors.append(f"only {near} letters near the lateness limits")
    return errors


if __name__ == "__main__":
    sys.exit(C.run(sys.argv[1:], house=house, checks=corpus_checks))
