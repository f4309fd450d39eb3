#!/usr/bin/env python3
"""Build the twenty-first (independent, held-out) corpus: tests/corpus/twentyfirst/.

Style: medicines-heavy specialist correspondence to an invented practice, Brookfield Lane Surgery:
rheumatology, dermatology and gastroenterology DMARDs and biologics, endocrinology, renal anaemia and bone
medicines, HIV and hepatitis clinics, neurology (riluzole, MS disease-modifying therapy), ophthalmology,
hospital pharmacists' Transfer of Care Around Medicines messages, anticoagulation handovers and a homecare
company writing on a trust's behalf.  Formats: plain text, HTML with medicines tables ("Action" / "Who
prescribes" columns), PDF and DOCX attachments.  Eight messages are not letters.

Everything is invented; NHS numbers are 999-range with a valid Modulus 11 check digit; telephone numbers
are in Ofcom drama ranges.  All dates fall in January-March 2033, before BST starts on 27 March 2033, so
every Date header is GMT (+0000).  The build is deterministic.

    python3 tests/corpus/make_twentyfirst.py            # build, then verify
    python3 tests/corpus/make_twentyfirst.py --verify-only
"""
from __future__ import annotations

import datetime as dt
import html
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus_kit as kit  # noqa: E402
from corpus_kit import dmy, letter_defaults  # noqa: E402
from corpus_kit import patient as P  # noqa: E402
from make_third import collapse  # noqa: E402

OUT = HERE / "twentyfirst"
PREFIX = "twentyfirst"
TAG = "t21"
PRACTICE = "Brookfield Lane Surgery"
PRACTICE_ADDR = "brookfield.lanesurgery@nhs.net"
PRACTICE_TO = f"{PRACTICE} <{PRACTICE_ADDR}>"
WINDOW = ("2033-01-01", "2033-03-26")

ASH = "Ashcombe Teaching Hospitals NHS Foundation Trust"
PROV = {
    "ash": dict(
        name=ASH, site="Ashcombe General Hospital", addr=["Wrenfield Road", "Ashcombe", "AC3 8TH"],
        phone="0114 496 0200", domain="ashcombe.nhs.uk",
        sender="Ashcombe Teaching Hospitals <gp.letters@ashcombe.nhs.uk>", mailer="ATH DocMan Dispatch 5.2"),
    "mere": dict(
        name="Merebrook and Tolland NHS Trust", site="Merebrook Royal Infirmary",
        addr=["Canal Street", "Merebrook", "MB7 2RT"], phone="0121 496 0500", domain="merebrook-tolland.nhs.uk",
        sender="Merebrook and Tolland NHS Trust <correspondence@merebrook-tolland.nhs.uk>",
        mailer="MTT Lorenzo Letters 3.9"),
    "sev": dict(
        name="Severnhay University Hospitals NHS Trust", site="Severnhay University Hospital",
        addr=["Quarry Hill", "Severnhay", "SV4 1UH"], phone="0115 496 0600", domain="severnhay.nhs.uk",
        sender="Severnhay University Hospitals <clinic.letters@severnhay.nhs.uk>", mailer="SUH EPR Outbox 2.1"),
    # A homecare company writing on Ashcombe's behalf: the label's trust is the commissioning trust.
    "hc": dict(
        name=ASH, site="Calderwell Homecare Ltd", addr=["Unit 4, Millbrook Business Park", "Ashcombe", "AC9 4HC"],
        phone="0114 496 0870", domain="calderwell-homecare.example.co.uk",
        sender="Calderwell Homecare <patient.services@calderwell-homecare.example.co.uk>",
        mailer="Calderwell CRM Notify 1.4"),
}
COVER = ("{trust}\n{dept}\n\nPlease find attached a {doctype} for a patient registered with your practice.\n"
         "Reference: {ref}\n\nThis mailbox is not monitored; contact details are on the letter.\n")
DOCTYPE = {"clinic_letter": "clinic letter", "discharge_summary": "discharge summary",
           "referral_response": "referral response", "results": "results letter", "ed_letter": "attendance letter"}

LETTERS: list[dict] = []


def letter(**kw):
    LETTERS.append(letter_defaults(kw))


def head(p: str, dept: str) -> str:
    pr = PROV[p]
    return f"{pr['name']}\n{dept}, {pr['site']}, {', '.join(pr['addr'])}\nTel {pr['phone']}"


idl = kit.idline
RHEUM = "Department of Rheumatology"
DERM = "Dermatology Department"
GASTRO = "Gastroenterology and IBD Service"
ENDO = "Endocrinology and Diabetes Centre"
RENAL = "Renal Unit"
HIV = "Sexual Health and HIV Service"
HEP = "Viral Hepatitis Clinic"
NEURO = "Department of Neurology"
EYE = "Eye Unit"
PHARM = "Pharmacy Department - Transfer of Care Around Medicines"
ANTICOAG = "Anticoagulation Service"
ED = "Emergency Department"
HOMECARE = "Homecare Patient Services"

# ====================================================================== letters

# L01 methotrexate started, GP asked to take over with no agreement; folic acid continue (negative)
pt = P("Gwendolyn Ashworth", "310011", "1968-04-22")
letter(key="a01", prov="ash", dept=RHEUM, kind="clinic_letter", specialty="Rheumatology",
       clinician="Dr Priyanka Holloway", patient=pt, ev="2033-01-05", ld="2033-01-06", sent="2033-01-07 10:15",
       fmt="plain", subject="Rheumatology clinic letter - Gwendolyn Ashworth", body=f"""
{head("ash", RHEUM)}

{idl(pt)}
Clinic date: 05/01/2033
Consultant: Dr Priyanka Holloway, Consultant Rheumatologist

Dear Dr Okonedo,

Diagnosis: seropositive rheumatoid arthritis (DAS28 5.4).

I saw Mrs Ashworth today with active synovitis of both wrists and several MCP joints. We have started methotrexate 10 mg once weekly (Mondays) with folic acid 5 mg once weekly (Thursdays), and our clinic supplied four weeks of both.

From now on we would be grateful if you could take over the prescribing of methotrexate and the monitoring blood tests from the practice.

Please continue her amlodipine 5 mg once daily and her other regular medicines unchanged.

Our specialist nurses will see her in six weeks to review the dose.

Yours sincerely

Dr Priyanka Holloway
Consultant Rheumatologist
""", exp=[("shared_care_without_agreement", "From now on we would be grateful if you could take over the "
           "prescribing of methotrexate and the monitoring blood tests from the practice.")],
       notes="Methotrexate is AMBER (national SCP); no shared care agreement offered, transfer asked from the first "
             "clinic. Amlodipine continue is a hard negative (green).")

# L02 neutropenia on methotrexate from hospital bloods: urgent; GP asked to act on hospital results
pt = P("Bernard Kilbride", "310028", "1957-09-03")
letter(key="a02", prov="ash", dept=RHEUM, kind="results", specialty="Rheumatology",
       clinician="Dr Simon Achterberg", patient=pt, ev=None, ld="2033-01-12", sent="2033-01-12 11:40",
       fmt="plain", subject="URGENT - abnormal blood result - methotrexate", body=f"""
{head("ash", RHEUM)}

URGENT RESULT - ACTION NEEDED TODAY

{idl(pt)}
Sample taken: 11/01/2033 in the rheumatology day unit

Dear Dr Okonedo,

Mr Kilbride's blood count taken in our day unit yesterday shows a neutrophil count of 0.6 x10^9/L (previously 3.1), with white cells 2.1 and platelets 98.

He takes methotrexate 20 mg weekly, which we prescribe.

Please could you contact Mr Kilbride today, tell him to stop methotrexate, and arrange a repeat full blood count in 48 hours.

If he develops a temperature or sore throat he must attend the Emergency Department at Ashcombe General Hospital.

Dr Simon Achterberg
Specialty Registrar in Rheumatology, for Dr P Holloway
""", exp=[("results_chasing", "Please could you contact Mr Kilbride today, tell him to stop methotrexate, and "
           "arrange a repeat full blood count in 48 hours.")], urgent=True,
       notes="Severe neutropenia on methotrexate: time-critical, so urgent. The result is the hospital's own test "
             "on a drug it prescribes, and it passes acting on it (stop, repeat FBC) to the practice: results_chasing.")

# L03 dermatology azathioprine just started: initial monitoring bloods pushed; future SCA is a negative
pt = P("Tamsin Crewdson", "310035", "1984-12-17")
letter(key="a03", prov="sev", dept=DERM, kind="clinic_letter", specialty="Dermatology",
       clinician="Dr Ifeoma Barraclough", patient=pt, ev="2033-01-10", ld="2033-01-11", sent="2033-01-13 09:05",
       fmt="pdf", subject="Dermatology clinic letter", body=f"""
# Dermatology Clinic Letter
{idl(pt)}
Clinic date: 10/01/2033
Consultant: Dr Ifeoma Barraclough

Dear Dr Okonedo,

Mrs Crewdson has severe atopic eczema that has not responded to ciclosporin. Her TPMT activity is normal and we have started azathioprine 50 mg daily, rising to 100 mg daily after two weeks; we supplied 28 days from the hospital pharmacy.

I would be grateful if the practice could check her FBC and LFTs weekly for the first eight weeks and let us know the results.

Once she is on a stable dose we will send you our shared care agreement and ask whether you are willing to share care.

Please continue her emollients and her hydrocortisone 1% cream for the face as before.

Yours sincerely

Dr Ifeoma Barraclough
Consultant Dermatologist
""", exp=[("tests_for_hospital", "I would be grateful if the practice could check her FBC and LFTs weekly for the "
           "first eight weeks and let us know the results.")],
       notes="Initial monitoring of a drug the hospital has just started, before any agreement: tests_for_hospital. "
             "Future SCA offer and emollient continuation are hard negatives.")

# L04 gastro azathioprine already under agreed shared care: no findings (hard negative)
pt = P("Rhodri Pennington", "310042", "1979-06-30")
letter(key="a04", prov="ash", dept=GASTRO, kind="clinic_letter", specialty="Gastroenterology",
       clinician="Dr Marguerite Osei", patient=pt, ev="2033-01-11", ld="2033-01-12", sent="2033-01-14 14:20",
       fmt="docx", subject="IBD clinic letter", body=f"""
# IBD Clinic Letter
{idl(pt)}
Clinic date: 11/01/2033
Consultant: Dr Marguerite Osei

Dear Dr Okonedo,

Mr Pennington's Crohn's disease remains in remission (faecal calprotectin 42) on azathioprine 125 mg daily.

Thank you for continuing to prescribe azathioprine and to do his three-monthly blood monitoring under the shared care agreement you signed on 14/06/2031; nothing has changed.

His bloods in December were satisfactory. He will have his surveillance colonoscopy next year, which we will book.

We will see him again in 12 months.

Yours sincerely

Dr Marguerite Osei
Consultant Gastroenterologist
""", notes="Shared care already agreed (signed 2031): continuing prescribing and monitoring is not a finding. "
             "Hospital books its own colonoscopy. Hard negative.")

# L05 gastro adalimumab: GP asked to prescribe a red biologic; mesalazine continue (HTML medicines table)
pt = P("Ciaran Fothergill", "310059", "1992-02-11")
letter(key="a05", prov="ash", dept=GASTRO, kind="clinic_letter", specialty="Gastroenterology",
       clinician="Dr Marguerite Osei", patient=pt, ev="2033-01-17", ld="2033-01-18", sent="2033-01-19 16:05",
       fmt="html", opts={"header": True, "alt": True}, subject="IBD clinic - medication changes", body=f"""
# IBD Clinic Letter
{idl(pt)}
Clinic date: 17/01/2033
Consultant: Dr Marguerite Osei

Dear Dr Okonedo,

Mr Fothergill's ulcerative colitis has flared despite mesalazine and we are escalating to adalimumab. He has completed his screening (TB, hepatitis B and C, HIV negative) and received his induction doses in our unit.

# Medicines
| Medicine | Dose | Action | Who prescribes |
| Mesalazine MR | 2.4 g once daily | Continue | GP (repeat) |
| Adalimumab | 40 mg SC every other week | New | Please prescribe adalimumab 40 mg every other week from the practice from 31/01/2033 |
| Prednisolone | 20 mg daily reducing by 5 mg weekly | Reducing course supplied in clinic | Hospital (supplied) |

Yours sincerely

Dr Marguerite Osei
Consultant Gastroenterologist
""", exp=[("hospital_only_prescribing", "Please prescribe adalimumab 40 mg every other week from the practice "
           "from 31/01/2033")],
       notes="Adalimumab is RED (biologic, normally via hospital homecare): asking the GP to prescribe it is "
             "hospital_only_prescribing. Mesalazine continue (green) and steroid supplied in clinic are negatives.")

# L06 homecare notification: hospital keeps prescribing adalimumab (no findings)
pt = P("Ciaran Fothergill", "310059", "1992-02-11")
letter(key="a06", prov="hc", dept=HOMECARE, kind="results", specialty="Gastroenterology",
       clinician="Mrs Yvette Strand", patient=pt, ev=None, ld="2033-02-03", sent="2033-02-03 10:30",
       fmt="plain", subject="Homecare delivery confirmation - for information", body=f"""
Calderwell Homecare Ltd, on behalf of {ASH}
Unit 4, Millbrook Business Park, Ashcombe AC9 4HC | Tel 0114 496 0870

FOR INFORMATION ONLY

{idl(pt)}

Dear Brookfield Lane Surgery,

We are writing on behalf of the IBD Service at {ASH} to let you know that Mr Fothergill has been registered with our homecare service and his first delivery of adalimumab 40 mg pre-filled pens was made on 02/02/2033.

Prescriptions for adalimumab will continue to be issued by the hospital IBD team; no prescription is needed from the practice.

Please add adalimumab to his record as a hospital-issued medicine.

Yours faithfully

Mrs Yvette Strand
Homecare Patient Services Coordinator
""", notes="Homecare company confirming that the hospital keeps prescribing a red drug: not a finding. Recording a "
             "hospital-issued medicine is ordinary GP work. Kind 'results' chosen as the nearest non-clinic "
             "notification kind (no clinic or discharge event). Hard negative.")

# L07 homecare: registration lapsed, GP asked to prescribe adalimumab and complete the company's form
pt = P("Dorothea Villiers", "310066", "1971-10-08")
letter(key="a07", prov="hc", dept=HOMECARE, kind="results", specialty="Rheumatology",
       clinician="Mr Ashok Lindqvist", patient=pt, ev=None, ld="2033-02-14", sent="2033-02-14 12:10",
       fmt="pdf", subject="Homecare - action required", body=f"""
# Homecare Supply Interruption
Calderwell Homecare Ltd, writing on behalf of {ASH} (Rheumatology)
{idl(pt)}

Dear GP,

Mrs Villiers' homecare prescription for adalimumab 40 mg every other week expired on 10/02/2033 and we have not yet received a renewal from the rheumatology team.

To avoid a gap in treatment, please issue an FP10 prescription for two adalimumab 40 mg pens so that her local pharmacy can supply her next doses.

Please also complete the enclosed homecare patient registration and consent form and return it to us by fax.

We have informed the rheumatology team of the lapse.

Mr Ashok Lindqvist
Homecare Pharmacist, Calderwell Homecare Ltd
""", exp=[("hospital_only_prescribing", "To avoid a gap in treatment, please issue an FP10 prescription for two "
           "adalimumab 40 mg pens so that her local pharmacy can supply her next doses."),
          ("non_contractual_admin", "Please also complete the enclosed homecare patient registration and consent "
           "form and return it to us by fax.")],
       notes="Red biologic pushed to GP because the hospital's homecare prescription lapsed; company/hospital "
             "paperwork asked of the practice. Kind 'results' is the nearest kind for a non-clinic notification.")

# L08 testosterone started by endocrinology, GP to prescribe and monitor without agreement
pt = P("Lionel Hargreaves", "310073", "1975-03-19")
letter(key="a08", prov="sev", dept=ENDO, kind="clinic_letter", specialty="Endocrinology",
       clinician="Dr Farida Quennell", patient=pt, ev="2033-01-18", ld="2033-01-20", sent="2033-01-21 09:50",
       fmt="docx", subject="Endocrine clinic letter", body=f"""
# Endocrinology Clinic Letter
{idl(pt)}
Clinic date: 18/01/2033
Consultant: Dr Farida Quennell

Dear Dr Okonedo,

Diagnosis: secondary hypogonadism (testosterone 4.1 nmol/L on two early-morning samples; MRI pituitary normal).

We have started testosterone gel 50 mg daily today. We supplied one month's supply from the hospital pharmacy.

Please prescribe testosterone gel 50 mg daily from next month onwards and adjust the dose as needed.

Please check his testosterone level, haematocrit and PSA at three months and forward the results to our clinic.

We will review him in the endocrine clinic in six months.

Yours sincerely

Dr Farida Quennell
Consultant Endocrinologist
""", exp=[("shared_care_without_agreement", "Please prescribe testosterone gel 50 mg daily from next month onwards "
           "and adjust the dose as needed."),
          ("tests_for_hospital", "Please check his testosterone level, haematocrit and PSA at three months and "
           "forward the results to our clinic.")],
       notes="Testosterone assumed AMBER (shared care in this ICB; status varies locally): transfer without "
             "agreement, and the clinic's own three-month monitoring after starting it pushed to the practice.")

# L09 cabergoline shared care OFFERED with agreement to sign; GH via homecare (no findings)
pt = P("Eleanor Wyndham-Pryce", "310080", "1988-07-25")
letter(key="a09", prov="sev", dept=ENDO, kind="clinic_letter", specialty="Endocrinology",
       clinician="Dr Farida Quennell", patient=pt, ev="2033-01-25", ld="2033-01-26", sent="2033-01-27 15:30",
       fmt="pdf", subject="Endocrine clinic letter and shared care agreement", body=f"""
# Endocrinology Clinic Letter
{idl(pt)}
Clinic date: 25/01/2033
Consultant: Dr Farida Quennell

Dear Dr Okonedo,

Ms Wyndham-Pryce has a macroprolactinoma, now well controlled on cabergoline 500 micrograms twice weekly (prolactin 310 mU/L). She also has adult growth hormone deficiency after surgery.

Somatropin is prescribed by our clinic and delivered by homecare; this will not change.

I have enclosed our shared care agreement for cabergoline. If you are willing to share care, please sign and return the agreement; until we receive it, we will continue to supply cabergoline from the hospital.

We will repeat her prolactin and echocardiogram ourselves before her next appointment in six months.

Yours sincerely

Dr Farida Quennell
Consultant Endocrinologist
""", notes="Shared care offered with an agreement to sign, hospital supplies until then: not a finding. "
             "Somatropin (red) stays with hospital homecare; hospital does its own tests. Hard negative.")

# L10 renal anaemia: ESA pushed to GP (red) and Hb monitoring; cinacalcet supplied by hospital (negative)
pt = P("Augustine Mbeki-Larsson", "310097", "1949-11-02")
letter(key="a10", prov="mere", dept=RENAL, kind="clinic_letter", specialty="Nephrology",
       clinician="Dr Hamish Tregothnan", patient=pt, ev="2033-01-24", ld="2033-01-25", sent="2033-01-26 11:00",
       fmt="html", opts={"header": True}, subject="Renal clinic letter - anaemia", body=f"""
# Renal Clinic Letter
{idl(pt)}
Clinic date: 24/01/2033
Consultant: Dr Hamish Tregothnan

Dear Dr Okonedo,

Mr Mbeki-Larsson has CKD stage 4 (eGFR 19) with renal anaemia (Hb 92 g/L, ferritin 410, TSAT 28%). We have started darbepoetin alfa and given the first dose today.

# Medicines
| Medicine | Action | Who prescribes |
| Darbepoetin alfa 40 micrograms SC every 2 weeks | Started 24/01/2033 | GP to prescribe darbepoetin alfa 40 micrograms every 2 weeks on FP10 from the next dose |
| Cinacalcet 30 mg daily | Continue | Renal unit (hospital supplies) |
| Alfacalcidol 0.25 micrograms daily | Continue | GP (repeat) |

Please arrange a haemoglobin check every four weeks at the surgery and send the results to the renal anaemia nurses.

We will see him again in three months.

Dr Hamish Tregothnan
Consultant Nephrologist
""", exp=[("hospital_only_prescribing", "GP to prescribe darbepoetin alfa 40 micrograms every 2 weeks on FP10 from "
           "the next dose"),
          ("tests_for_hospital", "Please arrange a haemoglobin check every four weeks at the surgery and send the "
           "results to the renal anaemia nurses.")],
       notes="Renal ESAs are typically RED: GP asked to prescribe. Hb titration monitoring for the renal unit's "
             "anaemia nurses pushed to the practice. Cinacalcet supplied by the renal unit and alfacalcidol "
             "continue are hard negatives.")

# L11 HIV clinic: dangerous interaction with GP-prescribed simvastatin (urgent, no bounce); ARVs stay hospital
pt = P("Tobias Rennick", "310103", "1981-05-14")
letter(key="a11", prov="sev", dept=HIV, kind="clinic_letter", specialty="HIV Medicine",
       clinician="Dr Oluwaseun Pembridge", patient=pt, ev="2033-02-01", ld="2033-02-01", sent="2033-02-01 17:20",
       fmt="plain", subject="URGENT - drug interaction - please action today", body=f"""
{head("sev", HIV)}

URGENT: DRUG INTERACTION

{idl(pt)}
Clinic date: 01/02/2033
Consultant: Dr Oluwaseun Pembridge

Dear Dr Okonedo,

Mr Rennick takes darunavir boosted with ritonavir, which our clinic prescribes and dispenses. At his visit today he told us that he started simvastatin 40 mg from the surgery last week.

Ritonavir greatly raises simvastatin levels and the combination is contraindicated because of the risk of rhabdomyolysis. He has no muscle symptoms today.

Please stop his simvastatin today; if a statin is needed, atorvastatin 10 mg daily is a suitable alternative with his regimen.

We have told him not to take any more simvastatin tonight. His antiretrovirals will continue to be supplied by our clinic pharmacy.

Dr Oluwaseun Pembridge
Consultant in HIV Medicine
""", urgent=True,
       notes="Contraindicated interaction needing same-day action: urgent. Stopping a GP-prescribed statin is the "
             "practice's own prescribing, so no bounce. Antiretrovirals (red) stay with the clinic: negative.")

# L12 hepatitis C: SVR12 test pushed to GP; patient told to ask GP for results
pt = P("Shannon Delacroix", "310110", "1986-08-09")
letter(key="a12", prov="mere", dept=HEP, kind="clinic_letter", specialty="Hepatology",
       clinician="Mrs Jacinta Holm", patient=pt, ev="2033-02-02", ld="2033-02-03", sent="2033-02-06 10:40",
       fmt="docx", subject="Viral hepatitis clinic letter", body=f"""
# Viral Hepatitis Clinic Letter
{idl(pt)}
Clinic date: 02/02/2033
Seen by: Mrs Jacinta Holm, Hepatitis Clinical Nurse Specialist

Dear Dr Okonedo,

Ms Delacroix has completed 12 weeks of sofosbuvir/velpatasvir for genotype 3 hepatitis C, supplied by our clinic pharmacy. She took every dose.

We would be grateful if the practice could take her HCV RNA test 12 weeks after the end of treatment, in the week of 24/04/2033, and send the result to us.

We have asked her to contact her GP surgery in May to find out whether she is cured.

Her fibroscan was 6.1 kPa and she does not need liver cancer surveillance.

Mrs Jacinta Holm
Hepatitis Clinical Nurse Specialist
""", exp=[("tests_for_hospital", "We would be grateful if the practice could take her HCV RNA test 12 weeks after "
           "the end of treatment, in the week of 24/04/2033, and send the result to us."),
          ("patient_redirected_to_gp", "We have asked her to contact her GP surgery in May to find out whether she "
           "is cured.")],
       notes="The treatment-outcome (SVR12) test belongs to the hepatitis service; telling the patient to get the "
             "result from the GP redirects the hospital's result-giving. DAA supplied by hospital is a negative.")

# L13 MND: riluzole transfer without agreement; onward referrals pushed to GP
pt = P("Malcolm Ferreday", "310127", "1956-01-28")
letter(key="a13", prov="mere", dept=NEURO, kind="clinic_letter", specialty="Neurology",
       clinician="Dr Rosalind Achebe-Marsh", patient=pt, ev="2033-02-07", ld="2033-02-08", sent="2033-02-09 13:15",
       fmt="pdf", subject="Neurology clinic letter - MND", body=f"""
# Neurology Clinic Letter
{idl(pt)}
Clinic date: 07/02/2033
Consultant: Dr Rosalind Achebe-Marsh

Dear Dr Okonedo,

I am sorry to confirm that Mr Ferreday has motor neurone disease (limb onset). I discussed the diagnosis with him and his wife today.

He has started riluzole 50 mg twice daily, and we gave him 14 days from our pharmacy.

Please take over prescribing riluzole and check his liver function monthly for the first three months.

He has early swallowing difficulty, so please refer him to speech and language therapy and to the community dietitian.

Our MND coordinator will contact him within two weeks.

Dr Rosalind Achebe-Marsh
Consultant Neurologist
""", exp=[("shared_care_without_agreement", "Please take over prescribing riluzole and check his liver function "
           "monthly for the first three months."),
          ("onward_referral", "He has early swallowing difficulty, so please refer him to speech and language "
           "therapy and to the community dietitian.")],
       notes="Riluzole is AMBER (national SCP): transfer of prescribing and monitoring with no agreement offered. "
             "SALT/dietetic referral for the diagnosed condition is the MND team's to make. MND coordinator "
             "contact is a negative.")

# L14 MS DMT via homecare (negative); GP asked to review the clinic's lymphocyte result and tell the patient
pt = P("Imogen Tallack", "310134", "1990-09-21")
letter(key="a14", prov="mere", dept=NEURO, kind="clinic_letter", specialty="Neurology",
       clinician="Dr Rosalind Achebe-Marsh", patient=pt, ev="2033-02-13", ld="2033-02-14", sent="2033-02-16 09:25",
       fmt="plain", subject="MS clinic letter", body=f"""
{head("mere", NEURO)}

{idl(pt)}
Clinic date: 13/02/2033
Consultant: Dr Rosalind Achebe-Marsh, MS Service

Dear Dr Okonedo,

Ms Tallack's relapsing-remitting MS has been stable on dimethyl fumarate for two years, with no new lesions on her MRI in December.

Dimethyl fumarate will continue to be prescribed by the MS service and delivered by homecare; please do not add it to her repeat prescriptions.

We took her lymphocyte count in clinic today; please review the result when it reaches you and let her know whether her treatment can continue.

We will see her again in six months.

Dr Rosalind Achebe-Marsh
Consultant Neurologist
""", exp=[("results_chasing", "We took her lymphocyte count in clinic today; please review the result when it "
           "reaches you and let her know whether her treatment can continue.")],
       notes="Red DMT kept by the hospital (negative). The clinic's own safety bloods passed to the GP to review "
             "and communicate: results_chasing.")

# L15 anti-VEGF clinic letter sent late; injections continue in hospital (negative)
pt = P("Winifred Castellanos", "310141", "1941-04-04")
letter(key="a15", prov="mere", dept=EYE, kind="clinic_letter", specialty="Ophthalmology",
       clinician="Mr Desmond Quarrie", patient=pt, ev="2033-01-10", ld="2033-01-25", sent="2033-01-27 08:45",
       fmt="pdf", subject="Medical retina clinic letter", body=f"""
# Medical Retina Clinic Letter
{idl(pt)}
Clinic date: 10/01/2033
Consultant: Mr Desmond Quarrie

Dear Dr Okonedo,

Mrs Castellanos attended the macular clinic for her neovascular age-related macular degeneration in the left eye. Visual acuity 6/12 left, stable; OCT shows a dry macula.

We gave her eighth intravitreal aflibercept injection today and have extended her interval to 10 weeks. Her injections will continue in our clinic and her appointments are booked by us.

No action is required from the GP.

Mr Desmond Quarrie
Consultant Ophthalmologist
""", exp=[("late_clinic_letter", "Clinic date: 10/01/2033")],
       notes="Clinic 10/01/2033, letter sent 27/01/2033 (17 days): late. Anti-VEGF stays in hospital; 'no action' "
             "is a hard negative.")

# L16 glaucoma DNA discharge with re-referral request; latanoprost continue (negative)
pt = P("Percival Nwachukwu", "310158", "1963-02-17")
letter(key="a16", prov="mere", dept=EYE, kind="clinic_letter", specialty="Ophthalmology",
       clinician="Miss Harriet Oyelaran", patient=pt, ev="2033-02-15", ld="2033-02-16", sent="2033-02-17 12:30",
       fmt="plain", subject="Glaucoma clinic - did not attend", body=f"""
{head("mere", EYE)}

{idl(pt)}
Appointment date: 15/02/2033 (did not attend)
Consultant: Miss Harriet Oyelaran, Glaucoma Service

Dear Dr Okonedo,

Mr Nwachukwu did not attend his glaucoma review on 15/02/2033, and he also missed his appointment in November.

In line with our access policy he has been discharged from the glaucoma clinic; please re-refer him if you feel he still needs review.

Please continue latanoprost 0.005% eye drops at night in both eyes.

Miss Harriet Oyelaran
Consultant Ophthalmic Surgeon
""", exp=[("dna_rereferral", "In line with our access policy he has been discharged from the glaucoma clinic; "
           "please re-refer him if you feel he still needs review.")],
       notes="Discharged after missed appointments with the re-referral put on the GP (a glaucoma patient on "
             "treatment). Latanoprost continue (green) is a hard negative. event_date is the missed appointment.")

# L17 TCAM discharge: 4 days of edoxaban, short TTO for a new drug, GP to make up the rest (HTML table)
pt = P("Hilda Brocklehurst", "310165", "1947-12-12")
letter(key="a17", prov="ash", dept=PHARM, kind="discharge_summary", specialty="Pharmacy",
       clinician="Mr Kwabena Ellery", patient=pt, ev="2033-02-20", ev_time="15:10", ld="2033-02-20",
       sent="2033-02-20 18:35", fmt="html", opts={"header": True, "alt": True},
       subject="Transfer of Care Around Medicines - discharge medicines", body=f"""
# Discharge Medicines Reconciliation (Transfer of Care Around Medicines)
{idl(pt)}
Date of discharge: 20/02/2033 15:10, Ward 12 (Care of the Elderly)
Pharmacist: Mr Kwabena Ellery, Clinical Pharmacist

Mrs Brocklehurst was admitted with a fall and was found to have new atrial fibrillation. A referral has been sent to her community pharmacy through the TCAM service for a New Medicine Service consultation.

| Medicine | Action | Supply | Who prescribes |
| Edoxaban 30 mg once daily | New | 4 days supplied | Only 4 days supplied as ward stock was low; GP please prescribe the rest of the course from 24/02/2033 |
| Bisoprolol 2.5 mg once daily | New | 14 days supplied | GP to continue |
| Ramipril 5 mg once daily | Stopped (AKI) | - | Review by GP at usual review |
| Paracetamol 1 g four times daily | Continue | Own supply | GP |

Mr Kwabena Ellery
Clinical Pharmacist, Ward 12
""", exp=[("hospital_only_prescribing", "Only 4 days supplied as ward stock was low; GP please prescribe the rest of "
           "the course from 24/02/2033")],
       notes="Discharge supply under 7 days with the GP asked to make up the rest. Bisoprolol with 14 days supplied "
             "and GP to continue is a hard negative; TCAM referral made by the hospital is a negative. Sent same day.")

# L18 anticoagulation handover: late discharge summary; apixaban 28 days supplied, continue (negative)
pt = P("Reginald Ostrowski", "310172", "1952-06-06")
letter(key="a18", prov="sev", dept=ANTICOAG, kind="discharge_summary", specialty="Acute Medicine",
       clinician="Dr Nadia Featherstonehaugh", patient=pt, ev="2033-02-02", ev_time="13:00", ld="2033-02-06",
       sent="2033-02-06 10:20", fmt="docx", subject="Discharge summary - anticoagulation handover", body=f"""
# Discharge Summary and Anticoagulation Handover
{idl(pt)}
Date of discharge: 02/02/2033 at 13:00
Consultant: Dr Nadia Featherstonehaugh, Acute Medicine

Diagnosis: pulmonary embolism (CTPA 30/01/2033), provoked by immobility after knee surgery.

Anticoagulation: apixaban 10 mg twice daily for 7 days, then 5 mg twice daily. 28 days supplied on discharge, with the patient alert card and counselling given by the anticoagulation pharmacist.

Please continue apixaban 5 mg twice daily after the supply runs out; the planned duration is three months, and our anticoagulation clinic will review him by telephone at 12 weeks to decide whether to stop.

Renal function on discharge: creatinine 88, weight 84 kg; no dose adjustment needed.

Dr Nadia Featherstonehaugh
Consultant in Acute Medicine
""", exp=[("late_discharge_summary", "Date of discharge: 02/02/2033 at 13:00")],
       notes="Discharged 02/02/2033 13:00, summary sent 06/02/2033 (about 93 h): late. 28 days supplied and "
             "continuing apixaban (green) is ordinary GP work; the hospital reviews duration itself. Hard negative.")

# L19 late discharge summary with fit note pushed to GP (renal)
pt = P("Oswin Pemberton-Hale", "310189", "1969-10-29")
letter(key="a19", prov="mere", dept=RENAL, kind="discharge_summary", specialty="Nephrology",
       clinician="Dr Hamish Tregothnan", patient=pt, ev="2033-02-21", ev_time="11:30", ld="2033-02-24",
       sent="2033-02-24 16:50", fmt="pdf", subject="Renal ward discharge summary", body=f"""
# Discharge Summary - Renal Ward
{idl(pt)}
Admitted: 14/02/2033
Date of discharge: 21/02/2033 11:30
Consultant: Dr Hamish Tregothnan

Diagnosis: IgA nephropathy with acute kidney injury; renal biopsy 16/02/2033.

Medicines: mycophenolate mofetil 500 mg twice daily and prednisolone 40 mg daily, both started on the ward; 28 days of each supplied. The renal unit will continue to prescribe mycophenolate and check his bloods in the renal day unit weekly.

He works as a scaffolder and is not fit for work. Please provide a fit note for six weeks from the date of discharge.

Follow-up: renal clinic in two weeks (booked).

Dr Hamish Tregothnan
Consultant Nephrologist
""", exp=[("late_discharge_summary", "Date of discharge: 21/02/2033 11:30"),
          ("fit_note", "Please provide a fit note for six weeks from the date of discharge.")],
       notes="Discharged 21/02/2033 11:30, sent 24/02/2033: late. Fit note for the recovery period after the "
             "admission belongs to the hospital. Mycophenolate kept by the renal unit with its own monitoring: "
             "negative.")

# L20 dermatology excision: suture removal pushed to practice; methotrexate under agreed SCA (negative)
pt = P("Agatha Thistlewood", "310196", "1954-03-15")
letter(key="a20", prov="sev", dept=DERM, kind="clinic_letter", specialty="Dermatology",
       clinician="Mr Lucas Abernethy", patient=pt, ev="2033-02-22", ld="2033-02-23", sent="2033-02-24 11:05",
       fmt="plain", subject="Dermatology surgery - operation note", body=f"""
{head("sev", DERM)}

{idl(pt)}
Procedure date: 22/02/2033
Surgeon: Mr Lucas Abernethy, Consultant Dermatological Surgeon

Dear Dr Okonedo,

Procedure: excision of basal cell carcinoma, left upper back, with direct closure (5/0 nylon sutures).

Her methotrexate for psoriasis, which you prescribe under our shared care agreement, did not need to be interrupted.

Please arrange for the practice nurse to remove her sutures in 14 days and check the wound.

We will write with the histology result and will see her in clinic if further treatment is needed.

Mr Lucas Abernethy
Consultant Dermatological Surgeon
""", exp=[("post_procedure_care", "Please arrange for the practice nurse to remove her sutures in 14 days and "
           "check the wound.")],
       notes="Suture removal and wound check after hospital surgery pushed to the practice. Methotrexate under an "
             "agreed SCA and the hospital handling histology are hard negatives.")

# L21 renal PD catheter insertion: wound check and sutures pushed to practice; ESA supplied by hospital
pt = P("Dilys Carrow", "310202", "1960-08-19")
letter(key="a21", prov="mere", dept=RENAL, kind="discharge_summary", specialty="Nephrology",
       clinician="Mr Feargal Ostby", patient=pt, ev="2033-03-01", ev_time="16:00", ld="2033-03-01",
       sent="2033-03-01 19:40", fmt="html", opts={"label_col": True},
       subject="Day case discharge - PD catheter insertion", body=f"""
# Day Case Discharge Summary
| Patient | {pt['name']} |
| Date of birth | {dmy(pt['dob'])} |
| NHS number | {pt['nhs_number']} |
| Date of discharge | 01/03/2033 16:00 |
| Surgeon | Mr Feargal Ostby, Consultant Transplant and Access Surgeon |
| Procedure | Laparoscopic insertion of peritoneal dialysis catheter |
| Medicines | Epoetin beta 6000 units weekly continues, supplied by the renal unit via homecare; paracetamol as needed |
| Aftercare | Please arrange a wound check and removal of the port-site sutures at the surgery on day 10. |
| Follow-up | PD nurses will start training in four weeks |
""", exp=[("post_procedure_care", "Please arrange a wound check and removal of the port-site sutures at the "
           "surgery on day 10.")],
       notes="Post-operative aftercare after a hospital procedure pushed to the practice. Epoetin supplied by the "
             "renal unit via homecare (red, hospital keeps it) is a hard negative. Sent same day.")

# L22 rheumatology referral returned for work-up
pt = P("Beatrix Olowe-Grant", "310219", "1977-01-09")
letter(key="a22", prov="ash", dept=RHEUM, kind="referral_response", specialty="Rheumatology",
       clinician="Dr Simon Achterberg", patient=pt, ev=None, ld="2033-02-27", sent="2033-02-28 09:30",
       fmt="plain", subject="Referral returned - rheumatology", body=f"""
{head("ash", RHEUM)}

REFERRAL TRIAGE OUTCOME: RETURNED TO REFERRER

{idl(pt)}

Dear Dr Okonedo,

Thank you for referring Mrs Olowe-Grant with joint pain in her hands and a possible inflammatory arthritis.

We are unable to accept this referral at present; please check ANA, rheumatoid factor, anti-CCP, ESR and CRP and re-refer with the results.

Dr Simon Achterberg
Specialty Registrar in Rheumatology, for the triage team
""", exp=[("referral_returned_for_workup", "We are unable to accept this referral at present; please check ANA, "
           "rheumatoid factor, anti-CCP, ESR and CRP and re-refer with the results.")],
       notes="Suspected inflammatory arthritis referral rejected pending GP work-up.")

# L23 endocrinology advice and guidance instead of accepting
pt = P("Gideon Fairweather", "310226", "1983-11-27")
letter(key="a23", prov="sev", dept=ENDO, kind="referral_response", specialty="Endocrinology",
       clinician="Dr Anjali Rowntree", patient=pt, ev=None, ld="2033-03-03", sent="2033-03-03 14:45",
       fmt="docx", subject="Advice and guidance response - endocrinology", body=f"""
# Advice and Guidance Response
{idl(pt)}
Responding clinician: Dr Anjali Rowntree, Consultant Endocrinologist

Dear Dr Okonedo,

Thank you for your referral about Mr Fairweather's low testosterone, tiredness and gynaecomastia.

This referral has been converted to advice and guidance; please arrange a 9 am testosterone, LH, FSH, prolactin and SHBG and refer again if the testosterone is below 8 nmol/L.

Dr Anjali Rowntree
Consultant Endocrinologist
""", exp=[("referral_returned_for_workup", "This referral has been converted to advice and guidance; please arrange "
           "a 9 am testosterone, LH, FSH, prolactin and SHBG and refer again if the testosterone is below 8 "
           "nmol/L.")],
       notes="Referral not accepted; converted to A&G with work-up pushed to the GP (gynaecomastia with low "
             "testosterone is an appropriate referral).")

# L24 biologics registry questionnaire (non-contractual admin); etanercept by homecare (negative)
pt = P("Cornelius Vandermeer", "310233", "1966-05-01")
letter(key="a24", prov="ash", dept=RHEUM, kind="clinic_letter", specialty="Rheumatology",
       clinician="Dr Priyanka Holloway", patient=pt, ev="2033-03-06", ld="2033-03-07", sent="2033-03-08 10:10",
       fmt="pdf", subject="Rheumatology clinic letter and registry form", body=f"""
# Rheumatology Clinic Letter
{idl(pt)}
Clinic date: 06/03/2033
Consultant: Dr Priyanka Holloway

Dear Dr Okonedo,

Mr Vandermeer's psoriatic arthritis is in low disease activity on etanercept 50 mg weekly, which we prescribe and which is delivered to his home by Calderwell Homecare.

He has joined the national biologics safety registry. Please complete the enclosed registry GP questionnaire on his comorbidities and hospital admissions and return it to our research office.

We will see him in six months.

Dr Priyanka Holloway
Consultant Rheumatologist
""", exp=[("non_contractual_admin", "Please complete the enclosed registry GP questionnaire on his comorbidities "
           "and hospital admissions and return it to our research office.")],
       notes="Registry data collection is not GP work. Etanercept (red) kept by the hospital via homecare: negative.")

# L25 late gastro clinic letter; fit note and results redirected to GP
pt = P("Philippa Ondaatje", "310240", "1995-07-07")
letter(key="a25", prov="ash", dept=GASTRO, kind="clinic_letter", specialty="Gastroenterology",
       clinician="Dr Tomasz Underhill", patient=pt, ev="2033-02-08", ld="2033-02-21", sent="2033-02-22 15:15",
       fmt="docx", subject="IBD clinic letter", body=f"""
# IBD Clinic Letter
{idl(pt)}
Clinic date: 08/02/2033
Consultant: Dr Tomasz Underhill

Dear Dr Okonedo,

Ms Ondaatje was assessed in the IBD hot clinic with a moderate flare of Crohn's colitis. We started budesonide 9 mg daily (eight-week reducing course supplied) and took a faecal calprotectin and bloods.

She is not fit for her job as a chef; she will need a fit note from you for four weeks from the date of clinic.

She should contact her GP for the calprotectin and blood results next week.

We will see her again in the IBD clinic in eight weeks.

Dr Tomasz Underhill
Consultant Gastroenterologist
""", exp=[("late_clinic_letter", "Clinic date: 08/02/2033"),
          ("fit_note", "She is not fit for her job as a chef; she will need a fit note from you for four weeks from "
           "the date of clinic."),
          ("patient_redirected_to_gp", "She should contact her GP for the calprotectin and blood results next week.")],
       notes="Clinic 08/02, sent 22/02 (14 days): late. Fit note for a period the hospital assessed, and patient "
             "sent to the GP for the hospital's own results. Budesonide supplied: negative.")

# L26 leflunomide under agreed SCA, hydroxychloroquine continue (no findings, HTML table)
pt = P("Marisol Penhaligon", "310257", "1972-10-14")
letter(key="a26", prov="ash", dept=RHEUM, kind="clinic_letter", specialty="Rheumatology",
       clinician="Dr Priyanka Holloway", patient=pt, ev="2033-03-09", ld="2033-03-10", sent="2033-03-13 12:00",
       fmt="html", opts={"header": True}, subject="Rheumatology clinic letter", body=f"""
# Rheumatology Clinic Letter
{idl(pt)}
Clinic date: 09/03/2033
Consultant: Dr Priyanka Holloway

Dear Dr Okonedo,

Mrs Penhaligon's rheumatoid arthritis is in remission (DAS28 2.1). No changes today.

| Medicine | Action | Who prescribes |
| Leflunomide 20 mg daily | Continue | GP, under the shared care agreement signed on 02/11/2032 |
| Hydroxychloroquine 200 mg daily | Continue | GP (repeat); annual retinal screening arranged by our eye unit |
| Omeprazole 20 mg daily | Continue | GP (repeat) |

We will see her in 12 months. No other action is needed from the practice.

Dr Priyanka Holloway
Consultant Rheumatologist
""", notes="Leflunomide under an agreed SCA, hydroxychloroquine continued (assumed GREEN with hospital-arranged eye "
             "screening; AMBER in some areas, but it is already on GP repeat) and omeprazole: no findings. Hard "
             "negative.")

# L27 mycophenolate started in clinic with no supply; patient told to see GP to book follow-up
pt = P("Leontyne Abara", "310264", "1989-04-18")
letter(key="a27", prov="sev", dept=DERM, kind="clinic_letter", specialty="Dermatology",
       clinician="Dr Ifeoma Barraclough", patient=pt, ev="2033-03-14", ld="2033-03-15", sent="2033-03-16 09:40",
       fmt="plain", subject="Dermatology clinic letter", body=f"""
{head("sev", DERM)}

{idl(pt)}
Clinic date: 14/03/2033
Consultant: Dr Ifeoma Barraclough

Dear Dr Okonedo,

Ms Abara has extensive bullous pemphigoid not controlled by topical steroids. We have decided to start mycophenolate mofetil 500 mg twice daily, increasing to 1 g twice daily after two weeks.

No supply was given in clinic today; please prescribe mycophenolate mofetil 500 mg twice daily so she can start this week.

Her baseline bloods were taken in clinic today and our nurses will ring her with the results.

We have asked her to ring the surgery to arrange her next dermatology appointment in six weeks.

Dr Ifeoma Barraclough
Consultant Dermatologist
""", exp=[("hospital_only_prescribing", "No supply was given in clinic today; please prescribe mycophenolate mofetil "
           "500 mg twice daily so she can start this week."),
          ("patient_redirected_to_gp", "We have asked her to ring the surgery to arrange her next dermatology "
           "appointment in six weeks.")],
       notes="Specialist initiation of mycophenolate (non-transplant AMBER) with no clinic supply: the immediate "
             "need after clinic and initiation before stabilisation belong to the hospital. The hospital's own "
             "follow-up booking redirected to the GP. Nurses giving results is a negative.")

# L28 neurology: unlicensed special glycopyrronium liquid
pt = P("Barnaby Quillfeather", "310271", "1961-12-02")
letter(key="a28", prov="mere", dept=NEURO, kind="clinic_letter", specialty="Neurology",
       clinician="Dr Ezekiel Hartigan", patient=pt, ev="2033-03-15", ld="2033-03-16", sent="2033-03-17 14:25",
       fmt="pdf", subject="Neurology clinic letter", body=f"""
# Neurology Clinic Letter
{idl(pt)}
Clinic date: 15/03/2033
Consultant: Dr Ezekiel Hartigan

Dear Dr Okonedo,

Mr Quillfeather's Parkinson's disease is complicated by troublesome drooling. Hyoscine patches caused confusion.

Please prescribe glycopyrronium bromide 1 mg/5 ml oral solution, an unlicensed special, at 1 mg three times daily.

Please continue co-careldopa 25/100 one tablet four times daily as now.

Our Parkinson's nurse will review him by telephone in six weeks.

Dr Ezekiel Hartigan
Consultant Neurologist
""", exp=[("hospital_only_prescribing", "Please prescribe glycopyrronium bromide 1 mg/5 ml oral solution, an "
           "unlicensed special, at 1 mg three times daily.")],
       notes="GP asked to initiate an unlicensed special the specialist recommends: hospital_only_prescribing "
             "(some areas have a licensed glycopyrronium liquid on formulary; here it is stated unlicensed). "
             "Co-careldopa continue is a hard negative.")

# L29 ED: warfarin over-anticoagulation handled; onward referral to anticoag clinic pushed to GP
pt = P("Euphemia Lockhart", "310288", "1944-02-23")
letter(key="a29", prov="ash", dept=ED, kind="ed_letter", specialty="Emergency Medicine",
       clinician="Dr Rafferty Conroy", patient=pt, ev="2033-03-18", ld="2033-03-18", sent="2033-03-19 08:10",
       fmt="html", opts={"label_col": True}, subject="ED attendance summary", body=f"""
# Emergency Department Attendance Summary
| Patient | {pt['name']} |
| Date of birth | {dmy(pt['dob'])} |
| NHS number | {pt['nhs_number']} |
| Attendance | 18/03/2033 |
| Clinician | Dr Rafferty Conroy, ED Registrar |
| Presentation | Nosebleed; INR 6.8 on warfarin after a course of clarithromycin |
| Treatment | Nasal packing; warfarin withheld for two days with oral vitamin K 1 mg given in ED; INR recheck booked at our anticoagulation clinic on 20/03/2033 |
| GP actions | Please refer her to the hospital anticoagulation service to consider switching from warfarin to a DOAC. |
""", exp=[("onward_referral", "Please refer her to the hospital anticoagulation service to consider switching from "
           "warfarin to a DOAC.")],
       notes="ED asks the GP to refer to the hospital's own anticoagulation service for the presenting problem; the "
             "provider should refer on directly. INR recheck booked by the hospital is a hard negative.")

# L30 hepatitis B clinic: DNA discharge asking for re-referral; tenofovir kept by hospital
pt = P("Kasimir Obuya", "310295", "1980-07-31")
letter(key="a30", prov="mere", dept=HEP, kind="clinic_letter", specialty="Hepatology",
       clinician="Dr Sunniva Thackeray", patient=pt, ev="2033-03-20", ld="2033-03-21", sent="2033-03-22 10:55",
       fmt="docx", subject="Hepatology - did not attend", body=f"""
# Viral Hepatitis Clinic - Did Not Attend
{idl(pt)}
Appointment date: 20/03/2033
Consultant: Dr Sunniva Thackeray

Dear Dr Okonedo,

Mr Obuya has chronic hepatitis B and takes tenofovir disoproxil, which our clinic prescribes. He did not attend today.

As he did not attend, he has been discharged; we would be grateful if you could re-refer him when he is ready to engage with the service.

Dr Sunniva Thackeray
Consultant Hepatologist
""", exp=[("dna_rereferral", "As he did not attend, he has been discharged; we would be grateful if you could "
           "re-refer him when he is ready to engage with the service.")],
       notes="Single missed appointment leading to discharge and a re-referral request, for a patient on a "
             "hospital-prescribed (red) antiviral. event_date is the missed appointment.")

# ====================================================================== 'other' messages

OTHERS: list[dict] = []


def other(**kw):
    OTHERS.append(kw)


other(key="x01", sent="2033-01-04 08:30", type="ooo", notes="Out-of-office reply from a hospital pharmacist.",
      frm="Kwabena Ellery <kwabena.ellery@ashcombe.nhs.uk>", subject="Automatic reply: Edoxaban query",
      body="I am out of the office until 9 January 2033. For urgent discharge medicines queries please ring the "
           "pharmacy dispensary on 0114 496 0233.\n")
other(key="x02", sent="2033-01-20 07:15", type="html_bulletin", notes="ICB medicines optimisation newsletter (bulk).",
      frm="Ashcombe and Severnhay ICB Medicines Optimisation <medsopt@ashsev-icb.example>",
      subject="Medicines Optimisation Newsletter - January 2033",
      body="<html><body><h2>Medicines Optimisation Newsletter</h2><p>January 2033</p><ul>"
           "<li>The traffic-light formulary has been updated: riluzole and testosterone remain AMBER.</li>"
           "<li>Reminder: adalimumab and other biologics are RED and supplied by hospital homecare.</li>"
           "<li>Stock shortage update for estradiol patches.</li></ul>"
           "<p>You are receiving this because your practice is on the ICB distribution list.</p></body></html>\n")
other(key="x03", sent="2033-02-04 21:05", type="patient", notes="Patient e-mail; nothing to detect.",
      frm="Shannon Delacroix <s.delacroix@example.com>", subject="Hep C result",
      body="Hello,\n\nThe hepatitis nurse said I need a blood test at the surgery in April to see if the treatment "
           "worked. Can I book it now?\n\nThanks\nShannon\n")
other(key="x04", sent="2033-02-10 03:50", type="phish", notes="Phishing pretending to be a homecare portal.",
      frm="Homecare Portal <verify@homecare-portal-login.example.net>",
      subject="Prescription on hold - verify your NHSmail account",
      body="A homecare prescription for one of your patients is on hold. Verify your NHSmail credentials within "
           "24 hours to release it:\nhttp://homecare-portal-login.example.net/release\n")
other(key="x05", sent="2033-02-18 11:20", type="dsn", notes="Non-delivery report.",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>", subject="Undeliverable: Riluzole shared care query",
      body="Delivery has failed to these recipients or groups:\n\nmnd.team@merebrook-tolland.nhs.uk\nThe e-mail "
           "address you entered couldn't be found.\n", rcpt="mnd.team@merebrook-tolland.nhs.uk")
other(key="x06", sent="2033-02-25 13:35", type="pharmacy", notes="Community pharmacy query; not a letter.",
      frm="Brookfield Pharmacy <brookfield.pharmacy@nhs.net>", subject="Edoxaban - New Medicine Service",
      body="Dear Brookfield Lane Surgery,\n\nWe have received a Transfer of Care Around Medicines referral for one "
           "of your patients started on edoxaban and have booked her New Medicine Service consultation. No action "
           "needed from you.\n\nBrookfield Pharmacy\nTel 0114 496 0911\n")
other(key="x07", sent="2033-03-07 09:00", type="spam", notes="Pharmaceutical company marketing.",
      frm="Veltrion Pharma UK <medical.info@veltrion-pharma.example.com>",
      subject="New: once-daily biosimilar - book a lunch and learn",
      body="Dear Healthcare Professional,\n\nDiscover our new adalimumab biosimilar with a citrate-free pen. Book a "
           "practice lunch and learn with your local representative today.\n\nTo unsubscribe reply STOP.\n")
other(key="x08", sent="2033-03-23 10:00", type="massmail", notes="'For information' mass mailing (bulk).",
      frm="Merebrook and Tolland NHS Trust Communications <comms@merebrook-tolland.nhs.uk>",
      subject="For information: new renal outpatient location from April",
      body="FOR INFORMATION - SENT TO ALL GP PRACTICES\n\nFrom 3 April 2033 renal outpatient clinics move to the "
           "Tolland Community Hospital. Patients will be told directly. No action is needed.\n")


# ====================================================================== rendering

CELL = 'style="border:1px solid #9fb3c8;padding:4px 8px;vertical-align:top"'
HEADING = '<h3 style="font-size:11pt;color:#1d4f7a;margin:10px 0 4px 0">{}</h3>'


def html_letter(p: dict, dept: str, blocks: list, opts: dict) -> str:
    top = kit.table_letterhead(p, dept, "OFFICIAL-SENSITIVE: PERSONAL")
    body = kit.html_blocks(blocks, heading=HEADING, cell=CELL, header=opts.get("header", False),
                           label_col=opts.get("label_col", False))
    return kit.html_page(dept, top, body, font="Verdana,Arial,sans-serif",
                         footer=f"{html.escape(p['name'])} - confidential patient information.")


def build_letter(L) -> bytes:
    p = PROV[L["prov"]]
    msg = kit.letter_message(L, p, PRACTICE_TO, TAG)
    return kit.letter_bytes(msg, L, p, text=kit.typed_text, page=lambda b: html_letter(p, L["dept"], b, L["opts"]),
                            cover=COVER, doctype=DOCTYPE[L["kind"]], ref=f"T21-{L['key'].upper()}")


def build_other(o) -> bytes:
    return kit.other_message(o, PRACTICE_TO, TAG)


def all_items():
    return kit.all_items(LETTERS, OTHERS)


def build():
    kit.build_corpus(OUT, PREFIX, all_items(), PROV, build_letter, build_other)


# ====================================================================== verification

def own_late(lab: dict, item: dict, sent: dt.datetime) -> bool | None:
    """Lateness reckoned here (all GMT): clinic > 7 calendar days, discharge > 24 h from the stated time."""
    if lab["kind"] == "clinic_letter":
        return (sent.date() - dt.date.fromisoformat(lab["event_date"])).days > 7
    if lab["kind"] == "discharge_summary":
        start = dt.datetime.fromisoformat(f"{lab['event_date']} {item['ev_time']}").replace(tzinfo=dt.UTC)
        return sent - start > dt.timedelta(hours=24)
    return None


def corpus_checks(labels, items) -> list[str]:
    errors = kit.check_window(labels, items, *WINDOW, utc_hours=0)
    nhs_seen: dict[str, str] = {}
    for lab, (kind, item, isent) in zip(labels, items, strict=True):
        lid = lab["id"]
        msg = kit.load_message(OUT, lab)
        if not str(msg["Date"]).endswith("+0000"):
            errors.append(f"{lid}: Date header {msg['Date']} should be +0000")
        errors += kit.check_one_sentence(lid, lab)
        if kind != "L":
            continue
        num = lab["patient"]["nhs_number"]
        if nhs_seen.setdefault(num, lab["patient"]["name"]) != lab["patient"]["name"]:
            errors.append(f"{lid}: NHS number shared by two names")
        alltext = " ".join(collapse(t) for t in kit.letter_texts(msg))
        errors += kit.check_letter_content(lid, lab, item, alltext) + kit.check_letter_form(lid, lab, item)
        if lab["patient"]["name"] not in alltext:
            errors.append(f"{lid}: patient name not in letter")
        if lab["event_date"]:
            errors += kit.check_own_lateness(lid, lab, own_late(lab, item, isent))
    seen = Counter(e["category"] for lab in labels for e in lab["expected"])
    for c in ("late_discharge_summary", "late_clinic_letter"):
        if seen[c] != 2:
            errors.append(f"expected two {c}")
    letters = [lab for lab in labels if lab["kind"] != "other"]
    hard = sum(1 for lab in letters if "negative" in lab["notes"].lower() or not lab["expected"])
    if hard * 3 < len(letters):
        errors.append("fewer than a third of letters carry hard negatives")
    return errors + kit.check_spread(labels, min_uses=2, urgent=(2, 2), others=8)


def verify():
    return kit.verify_corpus(OUT, PREFIX, all_items(), corpus_checks)


def summary():
    kit.print_summary(OUT, formats=kit.format_counts(all_items()), negatives="no findings")


if __name__ == "__main__":
    sys.exit(kit.main(sys.argv[1:], build, verify, summary))
