#!/usr/bin/env python3
"""Build the twenty-third (independent, held-out) corpus: tests/corpus/twentythird/.

Style: specialties and services rarely seen in a GP inbox, written to an invented practice, Oakhanger
Medical Practice, by six invented providers, each with its own house style:

- Kestrelford Hospitals NHS Foundation Trust (acute trust): a structured "Diagnosis / Outcome / Plan /
  GP actions" template across urology, vascular, breast, bariatric, sleep, pain, oral and maxillofacial,
  dermatology, clinical genetics and immunology/allergy;
- Harrowgate Lane Eye and Ear Hospital NHS Foundation Trust (specialist eye/ENT hospital): terse clinic
  outcome forms (glaucoma, medical retina, eye casualty, ENT, audiology);
- Castlemoor University Hospitals NHS Trust, Wendlebury Regional Plastics and Burns Centre: a table with
  "Action | Responsible | By when" columns;
- Brackenmoor Community Health NHS Trust, Linnet House Sexual Health Centre: "Recommendations for GP"
  bullet lists;
- Hollybrook Hospice (inpatient unit and community palliative care): "Dear Colleague" narrative;
- Tarnfield Diagnostics Ltd (independent-sector diagnostics): imaging reports.

Formats: plain text, HTML (with tables, some with a text alternative), PDF and DOCX attachments.  Ten
messages are not letters.  Everything is invented; NHS numbers are 999-range with a valid Modulus 11 check
digit; telephone numbers are in Ofcom drama ranges.  All dates fall in May-July 2034, inside British Summer
Time, so every Date header is +0100.  The build is deterministic.

    python3 tests/corpus/make_twentythird.py            # build, then verify
    python3 tests/corpus/make_twentythird.py --verify-only
"""
from __future__ import annotations

import datetime as dt
import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus_kit as kit  # noqa: E402
from corpus_kit import patient as P  # noqa: E402

KTR = "Kestrelford Hospitals NHS Foundation Trust"
HLE = "Harrowgate Lane Eye and Ear Hospital NHS Foundation Trust"
PROV = {
    "ktr": dict(
        name=KTR, site="Kestrelford General Hospital", addr=["Bramblemoor Road", "Kestrelford", "KF4 6RW"],
        phone="0117 496 0350", domain="kestrelford.nhs.uk",
        sender="Kestrelford Hospitals Correspondence <outpatient.letters@kestrelford.nhs.uk>",
        mailer="KHFT Medisec Dispatch 7.1"),
    "hle": dict(
        name=HLE, site="Harrowgate Lane Eye and Ear Hospital", addr=["Harrowgate Lane", "Tennington", "TN8 2EE"],
        phone="020 7946 0418", domain="harrowgate-eye-ear.nhs.uk",
        sender="HLEEH Clinic Outcomes <clinic.outcomes@harrowgate-eye-ear.nhs.uk>",
        mailer="HLEEH Outcome Form Mailer 4.0"),
    "cuh": dict(
        name="Castlemoor University Hospitals NHS Trust", site="Wendlebury Regional Plastics and Burns Centre",
        addr=["Wendlebury Hospital Campus", "Castlemoor", "CM11 3PB"], phone="0161 496 0762",
        domain="castlemoor-uh.nhs.uk",
        sender="Wendlebury Plastics and Burns <plastics.burns@castlemoor-uh.nhs.uk>",
        mailer="CUH Clinical Letters Hub 2.6"),
    "bch": dict(
        name="Brackenmoor Community Health NHS Trust", site="Linnet House Sexual Health Centre",
        addr=["14 Tanyard Street", "Brackenmoor", "BK2 9SX"], phone="0113 496 0584",
        domain="brackenmoor-community.nhs.uk",
        sender="Linnet House Sexual Health <sexualhealth.gp@brackenmoor-community.nhs.uk>",
        mailer="BCHT Community Record Letter Export"),
    "hol": dict(
        name="Hollybrook Hospice", site="Hollybrook Hospice, Orchard Rise",
        addr=["Orchard Rise", "Pelham Ashby", "PA6 4HB"], phone="01632 960415",
        domain="hollybrookhospice.org.uk",
        sender="Hollybrook Hospice Clinical Team <clinical.admin@hollybrookhospice.org.uk>",
        mailer="Hollybrook Crosscare Letters 3.2"),
    "tdl": dict(
        name="Tarnfield Diagnostics Ltd", site="Tarnfield Community Diagnostic Centre",
        addr=["Unit 9, Heronsgate Retail Park", "Tarnfield", "TF3 1DX"], phone="0115 496 0297",
        domain="tarnfield-diagnostics.example.co.uk",
        sender="Tarnfield Diagnostics Reporting <reports@tarnfield-diagnostics.example.co.uk>",
        mailer="Tarnfield RIS Report Distributor 5.5"),
}
COVERS = {
    "ktr": ("{trust}\n{dept}\n\nA {doctype} is attached for a patient registered with your practice "
            "(reference {ref}).\n\nReplies to this address are not read. Contact details are in the letter.\n"),
    "hle": "{dept} - {trust}\n\nAttached: {doctype} ({ref}).\nDo not reply to this mailbox.\n",
    "cuh": ("Wendlebury Regional Plastics and Burns Centre\n{trust}\n\nPlease see the attached {doctype}, "
            "reference {ref}.\n\nFor queries ring the plastics secretaries on 0161 496 0763.\n"),
    "bch": ("{trust}\n{dept}\n\nConfidential: sexual health information, shared with the patient's consent.\n"
            "Attached: {doctype} ({ref}).\n"),
    "hol": ("Hollybrook Hospice\n{dept}\n\nPlease find attached a {doctype} about one of your patients "
            "(ref {ref}).\n\nWith best wishes from the Hollybrook clinical team.\n"),
    "tdl": ("{trust} - {dept}\n\nAn imaging report is attached ({ref}). This is an automated message from the "
            "report distribution service.\n"),
}
C = kit.Corpus("twentythird", "t23", "Oakhanger Medical Practice <oakhanger.medicalpractice@nhs.net>", PROV,
               cover=COVERS, window=("2034-05-02", "2034-07-28"), utc_hours=1,
               tz=dt.timezone(dt.timedelta(hours=1)),  # lateness reckoned in fixed BST, not from zone data
               doctypes={**kit.DOCTYPES, "results": "report", "ed_letter": "attendance summary"})
letter, other = C.letter, C.other


def head(p: str, dept: str) -> str:
    pr = PROV[p]
    return f"{pr['name']}\n{dept}, {pr['site']}\n{', '.join(pr['addr'])}\nTel {pr['phone']}"


idl = kit.idline
GP = "Dr Thackwray"
URO = "Department of Urology"
VASC = "Vascular Surgery"
BREAST = "Breast Unit"
BARI = "Bariatric Surgery Service"
SLEEP = "Sleep Disorders Centre"
PAIN = "Pain Management Service"
OMFS = "Oral and Maxillofacial Surgery"
DERM = "Dermatology Department"
GEN = "Clinical Genetics Service"
IMM = "Immunology and Allergy Service"
GLAU = "Glaucoma Service"
RETINA = "Medical Retina Service"
EYECAS = "Eye Casualty"
ENT = "ENT Department"
AUD = "Audiology Department"
HAND = "Hand Surgery Unit"
BURNS = "Burns Unit"
SH = "Sexual Health Service"
IPU = "Inpatient Unit"
DAY = "Day Therapy and Community Palliative Care"
IMG = "Imaging Reports"

# ====================================================================== Kestrelford (structured template)

# K01 LUTS: PSA and U&E pushed to GP for the clinic's own decision; tamsulosin supplied and continue (negative)
pt = P("Desmond Alderwick", "423011", "1958-02-14")
letter(key="k01", prov="ktr", dept=URO, kind="clinic_letter", specialty="Urology",
       clinician="Mr Anselm Oduya-Burke", patient=pt, ev="2034-05-03", ld="2034-05-04", sent="2034-05-05 09:40",
       fmt="pdf", subject="Urology outpatient letter", body=f"""
# Urology Outpatient Letter
{idl(pt)}
Clinic: LUTS Clinic, Kestrelford General Hospital, 03/05/2034
Consultant: Mr Anselm Oduya-Burke, Consultant Urological Surgeon

Dear {GP},

# Diagnosis
- Lower urinary tract symptoms secondary to benign prostatic enlargement (IPSS 19, QoL score 4)
- Post-void residual 90 ml on bladder scan today

# Outcome
Qmax 8 ml/s on flow study. DRE: smooth, benign-feeling, moderately enlarged gland. We have started tamsulosin MR 400 micrograms od and supplied 28 days from the clinic.

# Plan
Review in the nurse-led LUTS clinic in 6/12 with a repeat flow study; we will post the appointment.

# GP actions
- Please check his PSA and U&Es in 6/12 and send the results to the LUTS clinic so that we can decide whether he needs to stay under follow-up.
- Please continue tamsulosin on repeat after the clinic supply runs out.

# Patient actions
- Cut down caffeine and evening fluids, and complete a 3-day bladder diary before the next visit.

Yours sincerely

Mr Anselm Oduya-Burke
Consultant Urological Surgeon
""", exp=[("tests_for_hospital", "Please check his PSA and U&Es in 6/12 and send the results to the LUTS clinic "
           "so that we can decide whether he needs to stay under follow-up.")],
       notes="Bloods the clinic wants for its own follow-up decision pushed to the GP. Tamsulosin supplied for 28 "
             "days then continued on repeat (green) and the patient's bladder diary are hard negatives.")

# K02 acute urinary retention: DNs, TWOC booked by the ward, 14 days TTO, no bloods needed (hard negative)
pt = P("Wilfred Hazeldene", "423028", "1949-11-30")
letter(key="k02", prov="ktr", dept=URO, kind="discharge_summary", specialty="Urology",
       clinician="Mr Casimir Pendleford", patient=pt, ev="2034-05-08", ev_time="11:20", ld="2034-05-08",
       sent="2034-05-08 16:05", fmt="plain", subject="Discharge summary - Urology Ward 7B", body=f"""
{head("ktr", URO)}

DISCHARGE SUMMARY - UROLOGY WARD 7B

{idl(pt)}
Admitted: 06/05/2034
Date of discharge: 08/05/2034 11:20
Consultant: Mr Casimir Pendleford

Diagnosis:
Acute urinary retention (residual 1,150 ml), precipitated by constipation, on a background of benign prostatic enlargement.

Outcome:
Catheterised (16Ch long-term Foley). AKI on admission (creatinine 168) settled to 94 by 07/05/2034.

Plan:
- Trial without catheter in our Urology Investigation Unit on 30/05/2034; the appointment letter was given to Mr Hazeldene on the ward.
- The ward has referred him to the district nursing team for catheter care and a supply of catheter valves; they will also change the catheter if the trial without catheter is postponed.
- Finasteride 5 mg od started: 14 days supplied.
- Laxido 1 sachet bd: 14 days supplied.

GP actions:
- Please continue finasteride 5 mg od and Laxido on repeat after the TTO supply.
- No blood tests are needed from the practice; his renal function was rechecked on the ward before discharge.

Mr Casimir Pendleford
Consultant Urologist
""", notes="Hard negative: catheter care handed to district nurses by the ward, the TWOC booked by the hospital, "
             "14 days supplied of green drugs to continue, and an explicit 'no blood tests needed'. Sent on the day "
             "of discharge.")

# K03 suspicious prostate on DRE: GP asked to make the 2WW referral (urgent); PSA sent by the clinic (negative)
pt = P("Reginald Quarmby", "423035", "1951-07-08")
letter(key="k03", prov="ktr", dept=URO, kind="clinic_letter", specialty="Urology",
       clinician="Mr Anselm Oduya-Burke", patient=pt, ev="2034-05-09", ld="2034-05-09", sent="2034-05-10 12:15",
       fmt="plain", subject="URGENT - urology clinic letter - suspected prostate cancer", body=f"""
{head("ktr", URO)}

URGENT - PLEASE READ TODAY

{idl(pt)}
Clinic: General Urology Clinic, 09/05/2034
Consultant: Mr Anselm Oduya-Burke

Dear {GP},

Diagnosis:
1. Recurrent lower urinary tract infections
2. Hard, irregular left lobe of prostate on digital rectal examination - suspicious of malignancy

Outcome:
Mr Quarmby came to discuss his recurrent UTIs. On examination the left lobe of his prostate is hard and irregular. We sent a PSA from clinic today and will forward the result to the cancer team.

Plan:
His UTIs will be followed up by our team; flexible cystoscopy is booked for 21/06/2034.

GP actions:
Given the examination findings, please refer him today on the suspected prostate cancer (two-week-wait) pathway.

Yours sincerely

Mr Anselm Oduya-Burke
Consultant Urological Surgeon
""", exp=[("onward_referral", "Given the examination findings, please refer him today on the suspected prostate "
           "cancer (two-week-wait) pathway.")], urgent=True,
       notes="Suspected-cancer step pushed to the GP (the urologist should refer on directly), so urgent: must reach a "
             "clinician before any bounce. The PSA sent and forwarded by the clinic and the cystoscopy it booked "
             "are negatives.")

# K04 goserelin handed over at the first dose with PSA monitoring, no shared care agreement
pt = P("Ambrose Tillingham", "423042", "1947-03-22")
letter(key="k04", prov="ktr", dept=URO, kind="clinic_letter", specialty="Urology",
       clinician="Dr Marisol Trevanion", patient=pt, ev="2034-05-15", ld="2034-05-16", sent="2034-05-18 14:30",
       fmt="docx", subject="Prostate cancer clinic letter", body=f"""
# Prostate Cancer Clinic Letter
{idl(pt)}
Clinic: Prostate Cancer Clinic, 15/05/2034
Consultant: Dr Marisol Trevanion, Consultant Urologist

Dear {GP},

# Diagnosis
Prostate adenocarcinoma, Gleason 4+4, T3a N0 M0 (MRI and bone scan, April 2034). PSA at diagnosis 22.

# Outcome
We have started androgen deprivation. Bicalutamide 50 mg od for 3 weeks as flare cover has been supplied in full from the clinic, and his first goserelin 10.8 mg implant was given in clinic today. We have requested a baseline DEXA scan ourselves.

# Plan
Referred to the Kestrelford oncology centre for radiotherapy planning.

# GP actions
- From the next dose, please take over prescribing and administering the goserelin 10.8 mg implant every 12 weeks at the practice, together with 6-monthly PSA and U&E monitoring.
- Please continue his other regular medicines.

Yours sincerely

Dr Marisol Trevanion
Consultant Urologist
""", exp=[("shared_care_without_agreement", "From the next dose, please take over prescribing and administering the "
           "goserelin 10.8 mg implant every 12 weeks at the practice, together with 6-monthly PSA and U&E "
           "monitoring.")],
       notes="LHRH analogue (amber, shared care) and its PSA monitoring handed over from the very first dose with no "
             "agreement offered. Bicalutamide supplied in full, DEXA and radiotherapy referral arranged by the "
             "hospital are negatives.")

# K05 leuprorelin: shared care OFFERED for agreement, hospital keeps prescribing until then (hard negative)
pt = P("Percival Mossop", "423059", "1944-09-01")
letter(key="k05", prov="ktr", dept=URO, kind="clinic_letter", specialty="Urology",
       clinician="Dr Marisol Trevanion", patient=pt, ev="2034-06-05", ld="2034-06-06", sent="2034-06-07 10:10",
       fmt="pdf", subject="Prostate cancer clinic letter - shared care", body=f"""
# Prostate Cancer Clinic Letter
{idl(pt)}
Clinic: Prostate Cancer Follow-up Clinic, 05/06/2034
Consultant: Dr Marisol Trevanion, Consultant Urologist

Dear {GP},

# Diagnosis
Locally advanced prostate cancer on hormone therapy since 2032; PSA today 0.4 (stable).

# Outcome
Stable on leuprorelin 11.25 mg every 3 months. No bone pain, no urinary symptoms.

# Plan
We enclose our shared care agreement for leuprorelin. If you are willing to take on prescribing and administration under the agreement, please sign and return it to us; until we receive your agreement, the hospital will continue to prescribe and give his injections in the urology treatment room.
His next injection is booked for 12/07/2034 and his next PSA will be taken in clinic in 6/12.

# GP actions
- None at present.

Yours sincerely

Dr Marisol Trevanion
Consultant Urologist
""", notes="Hard negative: shared care offered for the GP's agreement, with the hospital prescribing and giving the "
             "injections meanwhile; PSA taken in the hospital clinic; 'GP actions: none'.")

# K06 AAA surveillance: scan booked by the vascular lab, green drugs continue, BP review is GP work (hard negative)
pt = P("Harold Penwarden", "423066", "1953-12-05")
letter(key="k06", prov="ktr", dept=VASC, kind="clinic_letter", specialty="Vascular Surgery",
       clinician="Miss Rowena Castellane", patient=pt, ev="2034-05-17", ld="2034-05-18", sent="2034-05-22 09:05",
       fmt="html", opts={"alt": True}, subject="Vascular surgery clinic letter", body=f"""
# Vascular Surgery Clinic Letter
{idl(pt)}
Clinic: AAA Surveillance Clinic, 17/05/2034
Consultant: Miss Rowena Castellane, Consultant Vascular Surgeon

Dear {GP},

# Diagnosis
- Infrarenal abdominal aortic aneurysm, 4.6 cm on USS today (4.3 cm a year ago)
- Ex-smoker (stopped 2031); hypertension

# Outcome
Below the 5.5 cm threshold for repair. He remains in 6-monthly surveillance.

# Plan
His next aortic duplex scan in our vascular laboratory in 6/12 has been booked and the appointment will be posted to him.
He has been told that, should he develop sudden severe abdominal or back pain or collapse, his family must call 999.

# GP actions
- Please continue atorvastatin 80 mg on and aspirin 75 mg od.
- His clinic BP was 164/96; we would be grateful if you would review his blood pressure as part of his usual hypertension care.

Yours sincerely

Miss Rowena Castellane
Consultant Vascular Surgeon
""", notes="Hard negative: surveillance scan booked by the hospital, green drugs to continue, safety-netting to the "
             "patient, and a BP review that is ordinary general-practice management of his known hypertension.")

# K07 femoral endarterectomy: groin clip removal pushed to practice nurse; discharge summary 24h40m late
pt = P("Clifford Yarborough", "423073", "1950-04-17")
letter(key="k07", prov="ktr", dept=VASC, kind="discharge_summary", specialty="Vascular Surgery",
       clinician="Miss Rowena Castellane", patient=pt, ev="2034-05-23", ev_time="14:30", ld="2034-05-24",
       sent="2034-05-24 15:10", fmt="plain", subject="Vascular surgery discharge summary", body=f"""
{head("ktr", VASC)}

DISCHARGE SUMMARY - VASCULAR SURGERY (WARD 5)

{idl(pt)}
Admitted: 18/05/2034
Date of discharge: 23/05/2034 14:30
Consultant: Miss Rowena Castellane

Diagnosis:
Right-sided disabling intermittent claudication (common femoral artery stenosis).

Procedure:
Right common femoral endarterectomy and bovine pericardial patch angioplasty, 19/05/2034. Uneventful recovery.

Medicines on discharge:
- Clopidogrel 75 mg od: 28 days supplied; please continue long term.
- Atorvastatin 80 mg on: unchanged, own supply.

GP actions:
- Please arrange for the practice nurse to check his groin wound and remove the skin clips on 02/06/2034 (day 14).

Follow-up:
Vascular clinic in 6/52 with a duplex scan on the same day (booked).

Miss Rowena Castellane
Consultant Vascular Surgeon
""", exp=[("post_procedure_care", "Please arrange for the practice nurse to check his groin wound and remove the "
           "skin clips on 02/06/2034 (day 14)."),
          ("late_discharge_summary", "Date of discharge: 23/05/2034 14:30")],
       notes="Post-operative wound check and clip removal pushed to the practice. Discharged 23/05/2034 14:30, sent "
             "24/05/2034 15:10 (24 h 40 min): just late. Clopidogrel with 28 days supplied to continue and the "
             "hospital's own follow-up scan are negatives.")

# K08 breast: hospital's histology to be obtained by the practice, and patient told to ring the surgery for it
pt = P("Lorraine Fitzwarren", "423080", "1976-08-26")
letter(key="k08", prov="ktr", dept=BREAST, kind="clinic_letter", specialty="Breast Surgery",
       clinician="Miss Philippa Danquah", patient=pt, ev="2034-05-25", ld="2034-05-26", sent="2034-05-30 11:25",
       fmt="docx", subject="Breast surgery clinic letter", body=f"""
# Breast Surgery Clinic Letter
{idl(pt)}
Clinic: Breast Post-operative Clinic, 25/05/2034
Consultant: Miss Philippa Danquah, Consultant Oncoplastic Breast Surgeon

Dear {GP},

# Diagnosis
Right breast lump, excised 12/05/2034 (core biopsy B2, fibroadenoma; excised at her request because it was enlarging).

# Outcome
The wound has healed well and the steri-strips were removed in clinic today. The final histology was not available for today's clinic.

# Plan
She is discharged from the breast clinic.

# GP actions
- We would be grateful if the practice could obtain the final histology report from the pathology system when it is issued and let us know if it shows anything other than a benign lesion.

# Patient actions
- Mrs Fitzwarren has been advised to ring her GP surgery in two weeks for her histology result.

Yours sincerely

Miss Philippa Danquah
Consultant Oncoplastic Breast Surgeon
""", exp=[("results_chasing", "We would be grateful if the practice could obtain the final histology report from the "
           "pathology system when it is issued and let us know if it shows anything other than a benign lesion."),
          ("patient_redirected_to_gp", "Mrs Fitzwarren has been advised to ring her GP surgery in two weeks for her "
           "histology result.")],
       notes="The surgeons' own histology is left for the practice to chase and act on, and the patient is sent to the "
             "surgery for it. Steri-strips removed in clinic is a negative.")

# K09 sleeve gastrectomy: fit note for the post-operative period pushed to GP; ward fit note already issued
pt = P("Shanice Broadbottom", "423097", "1988-01-19")
letter(key="k09", prov="ktr", dept=BARI, kind="clinic_letter", specialty="Bariatric Surgery",
       clinician="Mr Dominic Ilesanmi", patient=pt, ev="2034-06-01", ld="2034-06-02", sent="2034-06-02 15:40",
       fmt="plain", subject="Bariatric surgery clinic letter", body=f"""
{head("ktr", BARI)}

{idl(pt)}
Clinic: Bariatric Post-operative Clinic, 01/06/2034
Surgeon: Mr Dominic Ilesanmi, Consultant Upper GI and Bariatric Surgeon

Dear {GP},

Diagnosis:
Obesity (BMI 46 before surgery), type 2 diabetes in remission since surgery. Laparoscopic sleeve gastrectomy 18/05/2034.

Outcome:
Two weeks after surgery she is tolerating a puree diet and has lost 6 kg. The port sites are healed; the sutures were absorbable, so there is nothing to remove.

Plan:
- Lansoprazole 30 mg od for 6/12: 4 weeks were supplied on discharge; please continue it on repeat for the remaining five months.
- Dietitian review at 6/52 and surgical review at 3/12, both booked by us.

GP actions:
Our ward issued a fit note for the first two weeks after surgery; she is not yet ready to return to her job as a warehouse operative, so please could you provide her with a fit note for a further four weeks.

Mr Dominic Ilesanmi
Consultant Upper GI and Bariatric Surgeon
""", exp=[("fit_note", "please could you provide her with a fit note for a further four weeks")],
       notes="Fit note for the post-operative recovery the surgical team should certify; the ward's earlier fit note "
             "is a negative, as are lansoprazole (green, continue after 4 weeks' supply) and follow-up booked by "
             "the hospital.")

# K10 sleep clinic: CPAP supplied by the hospital, DVLA advice to the patient; clinic letter 12 days late
pt = P("Gareth Ollerenshaw", "423103", "1971-05-03")
letter(key="k10", prov="ktr", dept=SLEEP, kind="clinic_letter", specialty="Sleep Medicine",
       clinician="Dr Niamh Brennock", patient=pt, ev="2034-05-04", ld="2034-05-15", sent="2034-05-16 13:50",
       fmt="pdf", subject="Sleep clinic letter", body=f"""
# Sleep Disorders Centre - Clinic Letter
{idl(pt)}
Date of clinic: 04/05/2034
Consultant: Dr Niamh Brennock, Consultant Respiratory and Sleep Physician

Dear {GP},

# Diagnosis
Obstructive sleep apnoea, severe (AHI 34 on home polygraphy), on CPAP since February 2034.

# Outcome
CPAP use 6.1 hours a night on 96% of nights; residual AHI 2.3. Epworth score down from 16 to 6. He feels transformed.

# Plan
- His CPAP machine, masks and filters are supplied and replaced by our sleep physiology department; no prescription is needed for them.
- He has told the DVLA of his diagnosis himself and knows he may drive while his symptoms stay controlled.
- Annual remote review by our sleep physiologists; we will contact him.

# GP actions
- None.

Yours sincerely

Dr Niamh Brennock
Consultant Respiratory and Sleep Physician
""", exp=[("late_clinic_letter", "Date of clinic: 04/05/2034")],
       notes="Clinic 04/05/2034, letter sent 16/05/2034 (12 days): late. Otherwise a hard negative: equipment "
             "supplied by the hospital, DVLA handled by the patient, follow-up arranged by the hospital.")

# K11 narcolepsy: stable on modafinil, prescribing and monitoring transferred without agreement
pt = P("Imelda Cartwright-Boyle", "423110", "1994-10-11")
letter(key="k11", prov="ktr", dept=SLEEP, kind="clinic_letter", specialty="Sleep Medicine",
       clinician="Dr Niamh Brennock", patient=pt, ev="2034-06-08", ld="2034-06-09", sent="2034-06-12 10:30",
       fmt="html", opts={"alt": True}, subject="Sleep clinic letter - narcolepsy", body=f"""
# Sleep Disorders Centre - Clinic Letter
{idl(pt)}
Date of clinic: 08/06/2034
Consultant: Dr Niamh Brennock, Consultant Respiratory and Sleep Physician

Dear {GP},

# Diagnosis
Narcolepsy type 2 (MSLT mean sleep latency 4 minutes, two SOREMPs).

# Outcome
She has been on modafinil for 7 months, titrated in our clinic to 200 mg each morning, and is now stable; Epworth score 9. BP 118/76.

# Plan
Sodium oxybate is not needed. Annual review in the sleep clinic.

# GP actions
- Please take over prescribing modafinil 200 mg om from now on and check her blood pressure and pulse every 6 months while she is on it.
- Her combined pill has been changed to a desogestrel-only pill because of the modafinil interaction; this was explained to her.

Yours sincerely

Dr Niamh Brennock
Consultant Respiratory and Sleep Physician
""", exp=[("shared_care_without_agreement", "Please take over prescribing modafinil 200 mg om from now on and check "
           "her blood pressure and pulse every 6 months while she is on it.")],
       notes="Modafinil for narcolepsy is a specialist (amber/shared-care) drug; prescribing and monitoring handed over "
             "with no agreement offered. The patient is stable, so not a pre-stabilisation start. Contraceptive "
             "change already made and explained is a negative.")

# K12 pain clinic: unlicensed low-dose naltrexone pushed to GP; pain programme referral done (negative)
pt = P("Rosalind Heatherington", "423127", "1969-06-29")
letter(key="k12", prov="ktr", dept=PAIN, kind="clinic_letter", specialty="Pain Medicine",
       clinician="Dr Ekaterina Walmsley", patient=pt, ev="2034-06-14", ld="2034-06-15", sent="2034-06-16 09:20",
       fmt="docx", subject="Pain clinic letter", body=f"""
# Pain Management Service - Clinic Letter
{idl(pt)}
Clinic: Pain Clinic, 14/06/2034
Consultant: Dr Ekaterina Walmsley, Consultant in Pain Medicine

Dear {GP},

# Diagnosis
Fibromyalgia with widespread pain and poor sleep; BPI severity 7/10.

# Outcome
Partial benefit from duloxetine. Amitriptyline and pregabalin were not tolerated in the past.

# Plan
I have referred her to our eight-week Pain Management Programme (group sessions), which will contact her directly.

# GP actions
- I would be grateful if you could prescribe low-dose naltrexone 1.5 mg at night, increasing to 4.5 mg over six weeks; this is an unlicensed special-order preparation.
- Please continue duloxetine 60 mg od.

Yours sincerely

Dr Ekaterina Walmsley
Consultant in Pain Medicine
""", exp=[("hospital_only_prescribing", "I would be grateful if you could prescribe low-dose naltrexone 1.5 mg at "
           "night, increasing to 4.5 mg over six weeks; this is an unlicensed special-order preparation.")],
       notes="Unlicensed specialist treatment started on the GP's prescription. Referral to the pain programme made by "
             "the hospital and duloxetine (green) to continue are negatives.")

# K13 OMFS: pre-operative assessment questionnaire pushed to the practice; dentist and mouthwash negatives
pt = P("Kieran Blatherwick", "423134", "1990-03-15")
letter(key="k13", prov="ktr", dept=OMFS, kind="clinic_letter", specialty="Oral and Maxillofacial Surgery",
       clinician="Mr Alistair Muirhead", patient=pt, ev="2034-06-19", ld="2034-06-20", sent="2034-06-21 11:45",
       fmt="pdf", subject="Oral and maxillofacial surgery clinic letter", body=f"""
# Oral and Maxillofacial Surgery - Clinic Letter
{idl(pt)}
Clinic: OMFS Clinic, 19/06/2034
Consultant: Mr Alistair Muirhead, Consultant Oral and Maxillofacial Surgeon

Dear {GP},

# Diagnosis
Symptomatic mandibular titanium plate (fixation of a left angle fracture in 2031) with recurrent infection.

# Outcome
Infection settling after a course of antibiotics from our clinic. We have agreed to remove the plate under general anaesthetic.

# Plan
He will be added to the waiting list once pre-assessment is complete. Chlorhexidine 0.2% mouthwash has been supplied from clinic.
He has been advised to see his own dentist for a scale and polish before surgery.

# GP actions
- Before we can list him, please complete the enclosed OMFS pre-operative assessment questionnaire (medical history, medicines, previous anaesthetics) and return it to our pre-assessment office.

Yours sincerely

Mr Alistair Muirhead
Consultant Oral and Maxillofacial Surgeon
""", exp=[("non_contractual_admin", "Before we can list him, please complete the enclosed OMFS pre-operative assessment "
           "questionnaire (medical history, medicines, previous anaesthetics) and return it to our pre-assessment "
           "office.")],
       notes="Hospital pre-operative questionnaire pushed to the practice. Advice to see his own dentist (aimed at the "
             "patient and dentist) and mouthwash supplied by the clinic are negatives.")

# K14 2WW skin: benign, discharged, cryotherapy done; conditional re-referral; no GP action (hard negative)
pt = P("Marjorie Entwhistle", "423141", "1962-11-02")
letter(key="k14", prov="ktr", dept=DERM, kind="clinic_letter", specialty="Dermatology",
       clinician="Dr Sunita Rawcliffe", patient=pt, ev="2034-06-22", ld="2034-06-22", sent="2034-06-23 10:00",
       fmt="html", subject="Dermatology 2WW clinic outcome", body=f"""
# Dermatology Clinic Letter - Suspected Skin Cancer Clinic
{idl(pt)}
Clinic: Skin Cancer (2WW) Clinic, 22/06/2034
Consultant: Dr Sunita Rawcliffe, Consultant Dermatologist

Dear {GP},

# Diagnosis
- Seborrhoeic keratosis, left upper back (dermoscopy: milia-like cysts and comedo-like openings)
- Two small actinic keratoses on the scalp

# Outcome
The back lesion is benign and Mrs Entwhistle has been reassured. We treated the actinic keratoses with cryotherapy in clinic today.

# Plan
Discharged from the dermatology clinic. Should the back lesion change in size, shape or colour, she may be re-referred.

# GP actions
- No GP action needed.

Yours sincerely

Dr Sunita Rawcliffe
Consultant Dermatologist
""", notes="Hard negative: benign 2WW outcome, treatment done in clinic, a conditional re-referral note and an "
             "explicit 'no GP action needed'.")

# K15 phototherapy referral returned for work-up
pt = P("Nathaniel Grimshaw", "423158", "1983-07-21")
letter(key="k15", prov="ktr", dept=DERM, kind="referral_response", specialty="Dermatology",
       clinician="Dr Sunita Rawcliffe", patient=pt, ld="2034-06-26", sent="2034-06-26 14:05",
       fmt="plain", subject="Referral returned - phototherapy", body=f"""
{head("ktr", DERM)}

REFERRAL OUTCOME: RETURNED TO REFERRER

{idl(pt)}
Referral received: 19/06/2034 (NB-UVB phototherapy for chronic plaque psoriasis)
Triaged by: Dr Sunita Rawcliffe, Consultant Dermatologist

Dear {GP},

Diagnosis (from referral): chronic plaque psoriasis, about 12% body surface area.

Outcome: we are unable to accept this referral for phototherapy at present and it has been returned to you.

Plan: before re-referral, please ensure he has used a potent topical steroid with calcipotriol for at least 8 weeks and include his PASI and DLQI scores with the new referral.

Dr Sunita Rawcliffe
Consultant Dermatologist
""", exp=[("referral_returned_for_workup", "before re-referral, please ensure he has used a potent topical steroid "
           "with calcipotriol for at least 8 weeks and include his PASI and DLQI scores with the new referral")],
       notes="Referral returned asking the GP for treatment trials and scoring first. Kind referral_response, so no "
             "event_date.")

# K16 clinical genetics: result given by the counsellor, onward referrals made by genetics (hard negative)
pt = P("Annabel Okpara-Stirling", "423165", "1995-02-08")
letter(key="k16", prov="ktr", dept=GEN, kind="clinic_letter", specialty="Clinical Genetics",
       clinician="Dr Beatrix Amadi", patient=pt, ev="2034-06-27", ld="2034-06-29", sent="2034-07-03 09:15",
       fmt="pdf", subject="Clinical genetics clinic letter", body=f"""
# Clinical Genetics Service - Clinic Letter
{idl(pt)}
Clinic: Predictive Testing Clinic, 27/06/2034
Consultant: Dr Beatrix Amadi, Consultant Clinical Geneticist

Dear {GP},

# Diagnosis
Pathogenic BRCA2 variant (the familial variant) confirmed on predictive testing; her mother is a known carrier.

# Outcome
Her result was given to her in person by our genetic counsellor at the clinic on 27/06/2034.

# Plan
- I have referred her directly to the Family History Breast Clinic for annual MRI surveillance from age 30.
- I have also referred her to the gynaecology team to discuss risk-reducing surgery in due course.
- We have given her a family letter to pass on to her sisters and cousins.

# GP actions
- No further action is needed from the practice; please note her BRCA2 carrier status on her record.

Yours sincerely

Dr Beatrix Amadi
Consultant Clinical Geneticist
""", notes="Hard negative: result given by the genetics team, onward referrals made directly by the provider, family "
             "letter given to the patient, 'no further action' with only a record note (ordinary GP work).")

# K17 penicillin de-labelling: challenge done in hospital, adrenaline pens supplied (hard negative)
pt = P("Barnaby Featherstone", "423172", "1979-12-24")
letter(key="k17", prov="ktr", dept=IMM, kind="clinic_letter", specialty="Immunology and Allergy",
       clinician="Dr Cosmo Fairbairn", patient=pt, ev="2034-07-05", ld="2034-07-06", sent="2034-07-07 12:30",
       fmt="plain", subject="Allergy clinic letter", body=f"""
{head("ktr", IMM)}

{idl(pt)}
Clinic: Drug Allergy Clinic, 05/07/2034
Consultant: Dr Cosmo Fairbairn, Consultant Immunologist

Dear {GP},

Diagnosis:
1. Penicillin allergy label - disproven
2. Peanut allergy with previous anaphylaxis (2019)

Outcome:
He tolerated a direct oral challenge with amoxicillin 500 mg in our day unit with no reaction. We have removed the penicillin allergy from the hospital record and told him he can take penicillins.
Peanut-specific IgE and component testing were taken in clinic today; we will write to him with the results.

Plan:
- Two adrenaline 300 microgram auto-injectors were supplied today and he was retrained in their use.
- Review in the allergy clinic in 6/12 (booked).

GP actions:
- Please update the practice record to show no penicillin allergy.
- Please add the adrenaline auto-injectors to his repeat template.
If he has a reaction he should use his auto-injector and call 999.

Dr Cosmo Fairbairn
Consultant Immunologist
""", notes="Hard negative: the challenge and the IgE tests are done by the hospital, which gives the results itself; "
             "updating the allergy record and adding a supplied green device to repeat are ordinary GP work; "
             "safety-netting to the patient.")

# ====================================================================== Harrowgate Lane (terse outcome forms)

# E01 glaucoma: community optometrist monitoring arranged, drops continue, GP action nil; sent exactly 7 days
pt = P("Theodora Blakiston", "423189", "1956-04-04")
letter(key="e01", prov="hle", dept=GLAU, kind="clinic_letter", specialty="Ophthalmology",
       clinician="Mr Idris Penhaligon", patient=pt, ev="2034-05-11", ld="2034-05-12", sent="2034-05-18 17:10",
       fmt="html", opts={"label_col": True}, subject="Clinic outcome - glaucoma", body=f"""
# Clinic Outcome Form - Glaucoma Service
{idl(pt)}
| Clinic date | 11/05/2034 |
| Clinician | Mr Idris Penhaligon, Consultant Ophthalmologist |
| Diagnosis | POAG both eyes |
| VA | R 6/6, L 6/9 |
| IOP | R 16, L 18 mmHg (Goldmann) |
| Fields | Stable (HVF 24-2) |
| Drops | Continue latanoprost 0.005% nocte both eyes |
| Outcome | Stable; discharged to the community glaucoma monitoring scheme |
| Follow-up | Accredited community optometrist to repeat IOP, fields and OCT in 6/12 (referral sent by us) |
| GP action | Nil |
""", notes="Hard negative: monitoring passed to an accredited optometrist scheme by the hospital, latanoprost "
             "(green) continues, GP action nil. Sent exactly 7 days after the clinic: on time.")

# E02 glaucoma DNA: discharged after one missed first appointment, re-referral asked
pt = P("Lionel Sutcliffe-Ward", "423196", "1964-09-13")
letter(key="e02", prov="hle", dept=GLAU, kind="clinic_letter", specialty="Ophthalmology",
       clinician="Mr Idris Penhaligon", patient=pt, ev="2034-05-24", ld="2034-05-25", sent="2034-05-25 08:50",
       fmt="plain", subject="Clinic outcome - did not attend", body=f"""
{head("hle", GLAU)}

CLINIC OUTCOME - DID NOT ATTEND

{idl(pt)}
Appointment: Glaucoma Clinic, 24/05/2034 10:20
Consultant: Mr Idris Penhaligon
Referral: ocular hypertension, IOP R 29 L 27 (optometrist referral via GP)
Outcome: DNA (first appointment). Discharged in line with the trust access policy.
GP action: please submit a new referral so that a new appointment can be offered.
""", exp=[("dna_rereferral", "please submit a new referral so that a new appointment can be offered")],
       notes="Discharged after a single missed first appointment and the GP asked to re-refer. event_date is the "
             "missed appointment.")

# E03 medical retina: injections continue at the hospital; outcome form sent 8 days after clinic (late)
pt = P("Winifred Aspinall", "423202", "1939-01-27")
letter(key="e03", prov="hle", dept=RETINA, kind="clinic_letter", specialty="Ophthalmology",
       clinician="Dr Aurelio Mansfield", patient=pt, ev="2034-06-06", ld="2034-06-13", sent="2034-06-14 16:20",
       fmt="html", opts={"label_col": True, "alt": True}, subject="Clinic outcome - medical retina", body=f"""
# Clinic Outcome Form - Medical Retina
{idl(pt)}
Attended: Medical Retina Injection Clinic, 06/06/2034
| Clinician | Dr Aurelio Mansfield, Consultant Ophthalmologist |
| Diagnosis | Neovascular AMD left eye; dry AMD right eye |
| VA | R 6/9, L 6/18 |
| OCT | L: dry, no subretinal fluid |
| Treatment | Aflibercept 2 mg intravitreal L (injection 6), given today |
| Plan | Treat and extend: next injection in 10/52, booked for 15/08/2034 |
| Sight impairment | CVI not indicated at present |
| GP action | None - for information |
""", exp=[("late_clinic_letter", "Attended: Medical Retina Injection Clinic, 06/06/2034")],
       notes="Clinic 06/06/2034, letter sent 14/06/2034 (8 days): late by one day. Injections stay in the hospital and "
             "GP action none: no wording finding.")

# E04 eye casualty: abrasion treated and drops supplied; patient sent to GP for the re-check
pt = P("Fergus Haltwhistle", "423219", "1985-05-16")
letter(key="e04", prov="hle", dept=EYECAS, kind="ed_letter", specialty="Ophthalmology",
       clinician="Dr Perpetua Ainsworth", patient=pt, ev="2034-06-10", ld="2034-06-10", sent="2034-06-10 21:35",
       fmt="plain", subject="Eye casualty attendance", body=f"""
{head("hle", EYECAS)}

EYE CASUALTY ATTENDANCE SUMMARY

{idl(pt)}
Attended: 10/06/2034 18:05
Seen by: Dr Perpetua Ainsworth, Specialty Doctor
PC: R eye scratched by a rose stem while gardening; pain, watering, photophobia.
VA: R 6/9, L 6/6
Findings: 3 mm central corneal abrasion R, fluorescein positive; no infiltrate; AC quiet.
Dx: R corneal abrasion.
Rx: chloramphenicol 1% eye ointment qds for 7/7, supplied from eye casualty; cyclopentolate 1% stat.
Follow-up: patient advised to book an appointment with his GP in 48 hours for a fluorescein re-check of the abrasion.
Return to eye casualty if vision worsens or pain increases.
""", exp=[("patient_redirected_to_gp", "patient advised to book an appointment with his GP in 48 hours for a "
           "fluorescein re-check of the abrasion")],
       notes="The eye unit's own follow-up re-check sent to the GP via the patient. Ointment supplied and the "
             "return-if-worse advice are negatives.")

# E05 eye casualty: suspected GCA, GP asked to make the fast-track referral (urgent); steroids supplied
pt = P("Edwina Marchbank", "423226", "1960-10-30")
letter(key="e05", prov="hle", dept=EYECAS, kind="ed_letter", specialty="Ophthalmology",
       clinician="Dr Perpetua Ainsworth", patient=pt, ev="2034-06-20", ld="2034-06-20", sent="2034-06-20 15:45",
       fmt="html", opts={"label_col": True, "alt": True}, subject="URGENT - eye casualty attendance", body=f"""
# Eye Casualty Attendance Summary - URGENT
{idl(pt)}
| Attended | 20/06/2034 11:10 |
| Seen by | Dr Perpetua Ainsworth, Specialty Doctor |
| PC | Two episodes of transient loss of vision R eye, jaw claudication, scalp tenderness |
| VA | R 6/9, L 6/9 |
| Fundi | No AION; discs healthy |
| Bloods (taken here) | ESR 84, CRP 61 |
| Impression | Suspected giant cell arteritis |
| Rx | Prednisolone 60 mg od with lansoprazole 30 mg od, 14 days supplied |
| GP action | Please refer her urgently today to the rheumatology GCA fast-track clinic for temporal artery ultrasound |
| Safety-netting | If she loses vision she must return to eye casualty immediately |
""", exp=[("onward_referral", "Please refer her urgently today to the rheumatology GCA fast-track clinic for "
           "temporal artery ultrasound")], urgent=True,
       notes="Onward referral for an immediate, related need pushed to the GP; time-critical (sight-threatening), so "
             "urgent. Steroids supplied for 14 days and bloods taken in eye casualty are negatives.")

# E06 tonsillectomy: fit note for the post-operative period pushed to GP; analgesia supplied (negative)
pt = P("Jasper Nettleford", "423233", "1997-06-12")
letter(key="e06", prov="hle", dept=ENT, kind="discharge_summary", specialty="ENT",
       clinician="Ms Lavinia Orrell", patient=pt, ev="2034-07-11", ev_time="10:00", ld="2034-07-11",
       sent="2034-07-11 15:20", fmt="docx", subject="ENT discharge summary", body=f"""
# ENT Discharge Summary
{idl(pt)}
| Admitted | 10/07/2034 |
| Date of discharge | 11/07/2034 10:00 |
| Consultant | Ms Lavinia Orrell, Consultant ENT Surgeon |
| Procedure | Bilateral coblation tonsillectomy, 10/07/2034 |
| Post-op | Uneventful; eating and drinking |
| TTO | Paracetamol 1 g qds and ibuprofen 400 mg tds, 7 days supplied; benzydamine spray |
| Follow-up | Nurse-led telephone review at 1/52 by the day surgery unit; no clinic follow-up |
| Bleeding | Return to the ENT emergency clinic or call 999; do not wait for a GP appointment |
| GP action | Please issue a fit note for two weeks from the date of surgery, as he works as a chef |
""", exp=[("fit_note", "Please issue a fit note for two weeks from the date of surgery, as he works as a chef")],
       notes="Fit note for the post-operative period the ENT team should certify. Analgesia supplied for 7 days, "
             "telephone review by the unit and bleeding advice are negatives. Sent the same day: on time.")

# E07 ENT: advice and guidance given instead of accepting the referral
pt = P("Philippa Crookshank", "423240", "1981-08-07")
letter(key="e07", prov="hle", dept=ENT, kind="referral_response", specialty="ENT",
       clinician="Ms Lavinia Orrell", patient=pt, ld="2034-07-13", sent="2034-07-13 11:05",
       fmt="plain", subject="Advice and guidance response - referral not accepted", body=f"""
{head("hle", ENT)}

ADVICE AND GUIDANCE RESPONSE - REFERRAL NOT ACCEPTED

{idl(pt)}
Referral: chronic rhinosinusitis, bilateral nasal obstruction for 5 months; beclometasone for 6 weeks; no red flags
Reviewed by: Ms Lavinia Orrell, Consultant ENT Surgeon
Outcome: this referral has been converted to advice and guidance and has not been accepted for an appointment.
Advice: please start a 3-month trial of mometasone nasal spray 2 sprays bd with saline douching and re-refer with the treatment history if symptoms persist.
""", exp=[("referral_returned_for_workup", "this referral has been converted to advice and guidance and has not been "
           "accepted for an appointment")],
       notes="Advice and guidance given instead of accepting a referral made after a steroid trial; the GP is told to "
             "treat longer first. Kind referral_response, so no event_date.")

# E08 audiology: hearing aids fitted, batteries from the service, wax advice to the patient (hard negative)
pt = P("Cuthbert Ramsbottom", "423257", "1945-02-19")
letter(key="e08", prov="hle", dept=AUD, kind="clinic_letter", specialty="Audiology",
       clinician="Mrs Gwendolen Paget", patient=pt, ev="2034-07-17", ld="2034-07-17", sent="2034-07-18 09:30",
       fmt="html", opts={"label_col": True}, subject="Clinic outcome - audiology", body=f"""
# Clinic Outcome Form - Audiology
{idl(pt)}
| Appointment | Hearing aid fitting, 17/07/2034 |
| Clinician | Mrs Gwendolen Paget, Principal Audiologist |
| Diagnosis | Bilateral age-related sensorineural hearing loss, moderate |
| Outcome | Bilateral behind-the-ear hearing aids fitted and verified with real-ear measurement |
| Batteries and tubing | From our drop-in repair clinic; no prescription needed |
| Wax | Slight wax in the left ear, did not prevent fitting; patient advised to use olive oil drops |
| Follow-up | Telephone review in 6/52, booked |
| GP action | None required |
""", notes="Hard negative: fitting, supplies and follow-up all by the service; wax advice aimed at the patient; GP "
             "action none.")

# ====================================================================== Wendlebury (Action | Responsible | By when)

# C01 Dupuytren's fasciectomy: suture removal put on the practice; fit note issued and hand therapy booked
pt = P("Horace Wigglesworth", "423264", "1957-05-25")
letter(key="c01", prov="cuh", dept=HAND, kind="discharge_summary", specialty="Plastic and Hand Surgery",
       clinician="Mr Barnabas Okonjo", patient=pt, ev="2034-05-30", ev_time="17:15", ld="2034-05-31",
       sent="2034-05-31 10:40", fmt="docx", subject="Hand surgery day case discharge", body=f"""
# Day Case Discharge - Hand Surgery
{idl(pt)}
Date of discharge: 30/05/2034 17:15 (day case)
Consultant: Mr Barnabas Okonjo, Consultant Plastic and Hand Surgeon
Procedure: Limited fasciectomy, right ring and little fingers (Dupuytren's disease), 30/05/2034, under regional block.

| Action | Responsible | By when |
| Practice nurse to check the wound and remove the nylon sutures at 14 days | GP practice | 13/06/2034 |
| Thermoplastic night splint and exercise programme | Wendlebury hand therapy (appointment booked) | 02/06/2034 |
| Fit note for 4 weeks | Issued on discharge | Done |
| Review in hand surgery clinic | Plastics team | 6 weeks (booked) |

Mr Barnabas Okonjo
Consultant Plastic and Hand Surgeon
""", exp=[("post_procedure_care", "Practice nurse to check the wound and remove the nylon sutures at 14 days")],
       notes="Post-operative wound check and suture removal assigned to the practice in the action table. Fit note "
             "already issued and hand therapy booked are negatives. Discharged 17:15, sent 10:40 next day (17 h "
             "25 min): on time.")

# C02 burns: dressings by outreach nurses, garments by OT, fit note issued, GP no action (hard negative)
pt = P("Tamara Lightbody", "423271", "1992-12-03")
letter(key="c02", prov="cuh", dept=BURNS, kind="clinic_letter", specialty="Burns and Plastic Surgery",
       clinician="Dr Ottilie Hennessy-Barr", patient=pt, ev="2034-06-29", ld="2034-06-30", sent="2034-07-04 14:10",
       fmt="html", opts={"header": True, "alt": True}, subject="Burns clinic letter", body=f"""
# Burns Dressing Clinic - Clinic Letter
{idl(pt)}
Clinic: Burns Dressing Clinic, 29/06/2034
Clinician: Dr Ottilie Hennessy-Barr, Associate Specialist in Burns

Dear {GP},

Scald to the left forearm (4% TBSA, deep dermal), split-skin graft 15/06/2034 from the left thigh. The graft has taken 95%.

| Action | Responsible | By when |
| Dressing changes (silver foam) twice weekly to the donor site | Burns outreach nursing team (home visits) | Until healed |
| Scar massage with emollient three times a day | Patient | Ongoing |
| Pressure garment fitting | Burns occupational therapy | 13/07/2034 |
| Review in burns dressing clinic | Burns team | 2 weeks (booked) |
| Fit note | Issued in clinic today until 27/07/2034 | Done |
| GP | No action required | - |

Dr Ottilie Hennessy-Barr
Associate Specialist in Burns
""", notes="Hard negative: dressings by the burns outreach nurses, garments by the unit's OT, scar care by the patient, "
             "fit note already issued, review booked; GP row says no action required.")

# ====================================================================== Linnet House ("Recommendations for GP")

# S01 PrEP pushed to GP; hepatitis B vaccine course and results by the clinic (negatives)
pt = P("Callum Winterbottom", "423288", "1996-03-28")
letter(key="s01", prov="bch", dept=SH, kind="clinic_letter", specialty="Sexual Health",
       clinician="Dr Ferdinand Oakeshott", patient=pt, ev="2034-05-19", ld="2034-05-19", sent="2034-05-22 15:30",
       fmt="plain", subject="Sexual health clinic letter (sent with consent)", body=f"""
{head("bch", SH)}

CONFIDENTIAL - SENT WITH THE PATIENT'S CONSENT

{idl(pt)}
Attended: Linnet House, 19/05/2034
Seen by: Dr Ferdinand Oakeshott, Consultant in Genitourinary Medicine

Callum attended for an STI screen and to discuss HIV pre-exposure prophylaxis. He meets the eligibility criteria for PrEP. Baseline HIV test, hepatitis B serology and creatinine were taken today.

Recommendations for GP:
- Please prescribe emtricitabine/tenofovir disoproxil 200/245 mg as PrEP, one tablet daily, with a three-month supply.
- We have started his hepatitis B vaccination course in clinic today and will give the remaining doses here.
- The results of today's tests will be sent to him by text message by our clinic.

Dr Ferdinand Oakeshott
Consultant in Genitourinary Medicine
""", exp=[("hospital_only_prescribing", "Please prescribe emtricitabine/tenofovir disoproxil 200/245 mg as PrEP, one "
           "tablet daily, with a three-month supply.")],
       notes="HIV PrEP is supplied by commissioned sexual health services, not on GP prescription. Vaccination and "
             "results handled by the clinic are negatives.")

# S02 syphilis: follow-up serology for the clinic's cure check pushed to GP; treatment complete (negative)
pt = P("Dominika Szczepanska", "423295", "1987-09-17")
letter(key="s02", prov="bch", dept=SH, kind="clinic_letter", specialty="Sexual Health",
       clinician="Dr Ferdinand Oakeshott", patient=pt, ev="2034-06-13", ld="2034-06-14", sent="2034-06-15 10:45",
       fmt="html", opts={"alt": True}, subject="Sexual health clinic letter (sent with consent)", body=f"""
# Linnet House Sexual Health Centre - Clinic Letter
Confidential - sent with the patient's consent
{idl(pt)}
Attended: 13/06/2034
Seen by: Dr Ferdinand Oakeshott, Consultant in Genitourinary Medicine

# Diagnosis and treatment
Early latent syphilis (RPR 1:32, TPPA positive). Treated with benzathine benzylpenicillin 2.4 MU IM in clinic on 13/06/2034. Partner notification is being done by our health adviser.

# Recommendations for GP
- Please take blood for RPR titre at 3 and 6 months after treatment and forward the results to the clinic so that we can confirm serological cure.
- No antibiotics are needed from the practice; her treatment is complete.

Dr Ferdinand Oakeshott
Consultant in Genitourinary Medicine
""", exp=[("tests_for_hospital", "Please take blood for RPR titre at 3 and 6 months after treatment and forward the "
           "results to the clinic so that we can confirm serological cure.")],
       notes="Post-treatment serology the clinic needs to confirm cure pushed to the GP. Treatment given in clinic, "
             "partner notification by the clinic and 'no antibiotics needed' are negatives.")

# S03 IUS fitted: self thread checks, problems to the clinic, replacement reminder by clinic (hard negative)
pt = P("Georgina Pettifer", "423301", "1991-04-05")
letter(key="s03", prov="bch", dept=SH, kind="clinic_letter", specialty="Sexual Health",
       clinician="Dr Henrietta Mwangi", patient=pt, ev="2034-07-06", ld="2034-07-06", sent="2034-07-10 09:50",
       fmt="pdf", subject="Contraception clinic letter (sent with consent)", body=f"""
# Linnet House Sexual Health Centre - Contraception Clinic
Confidential - sent with the patient's consent
{idl(pt)}
Attended: 06/07/2034
Seen by: Dr Henrietta Mwangi, Specialty Doctor in Sexual and Reproductive Health

Levonorgestrel 52 mg intrauterine system fitted today for contraception and heavy menstrual bleeding; uncomplicated fitting, threads trimmed to 3 cm.

# Recommendations for GP
- No action is needed from the practice.
- She has been shown how to check her threads herself; a routine 6-week thread check is not needed.
- If she has pain, fever or cannot feel the threads, she has been advised to contact Linnet House directly on 0113 496 0584.
- For your records: IUS fitted 06/07/2034; our recall system will remind her when it is due for replacement in 2042.

Dr Henrietta Mwangi
Specialty Doctor in Sexual and Reproductive Health
""", notes="Hard negative: 'no action needed', problems routed back to the clinic, recall by the clinic; a record "
             "note only.")

# S04 copper IUD fitting DNA: discharged and re-referral asked; bridging pill already supplied (negative)
pt = P("Keeley Ashbourne", "423318", "1999-11-21")
letter(key="s04", prov="bch", dept=SH, kind="clinic_letter", specialty="Sexual Health",
       clinician="Dr Henrietta Mwangi", patient=pt, ev="2034-07-19", ld="2034-07-20", sent="2034-07-21 11:05",
       fmt="plain", subject="Contraception clinic - did not attend", body=f"""
{head("bch", SH)}

{idl(pt)}
Appointment: copper IUD fitting, 19/07/2034 14:00
Clinician: Dr Henrietta Mwangi, Specialty Doctor in Sexual and Reproductive Health

Keeley did not attend her booked appointment for a copper IUD fitting and has been discharged from the LARC service.

Recommendations for GP:
- Please send a new referral to the LARC service so that she can be offered another fitting appointment.
- Bridging contraception: she was given a three-month supply of desogestrel 75 micrograms at her last visit.

Dr Henrietta Mwangi
Specialty Doctor in Sexual and Reproductive Health
""", exp=[("dna_rereferral", "Please send a new referral to the LARC service so that she can be offered another "
           "fitting appointment.")],
       notes="Discharged after one missed appointment and the GP asked to re-refer. Bridging pill already supplied is a "
             "negative. event_date is the missed appointment.")

# ====================================================================== Hollybrook Hospice ("Dear Colleague")

# H01 inpatient unit discharge: medicines supplied, CNS and DNs visiting; summary sent 5 days late
pt = P("Evangeline Throssell", "423325", "1952-08-14")
letter(key="h01", prov="hol", dept=IPU, kind="discharge_summary", specialty="Palliative Medicine",
       clinician="Dr Marguerite Ellingham", patient=pt, ev="2034-07-12", ev_time="11:00", ld="2034-07-17",
       sent="2034-07-17 16:30", fmt="pdf", subject="Hospice discharge letter", body=f"""
# Hollybrook Hospice - Discharge Letter
{idl(pt)}
Date of discharge: 12/07/2034 at 11:00
Consultant: Dr Marguerite Ellingham, Consultant in Palliative Medicine

Dear Colleague,

Mrs Throssell was admitted to our inpatient unit on 03/07/2034 for control of abdominal pain from metastatic pancreatic cancer. Her pain is now well controlled on MST 30 mg bd with Oramorph 10 mg for breakthrough pain, and she went home to her daughter's care as she wished.

We supplied 14 days of all her medicines, including her anticipatory (just-in-case) medicines, which are in the home with a completed community medicines authorisation chart. We would be grateful if you would continue her regular medicines once the supply runs out.

Our community palliative care nurse specialist will visit her on 19/07/2034, and the ward has asked the district nurses to visit weekly. A ReSPECT form travels with her; she has chosen not to be resuscitated.

With kind regards

Dr Marguerite Ellingham
Consultant in Palliative Medicine
""", exp=[("late_discharge_summary", "Date of discharge: 12/07/2034 at 11:00")],
       notes="Discharged 12/07/2034 11:00, letter sent 17/07/2034 (more than five days): late. Otherwise a hard "
             "negative: 14 days supplied including anticipatory medicines, continuing regular medicines is GP work, "
             "visits arranged by the hospice.")

# H02 day therapy: hospice audit questionnaire pushed to the practice; laxative changed and supplied (negative)
pt = P("Ignatius Fairclough", "423332", "1948-01-06")
letter(key="h02", prov="hol", dept=DAY, kind="clinic_letter", specialty="Palliative Medicine",
       clinician="Dr Marguerite Ellingham", patient=pt, ev="2034-07-24", ld="2034-07-25", sent="2034-07-26 10:15",
       fmt="docx", subject="Hospice day therapy review", body=f"""
# Hollybrook Hospice - Day Therapy Review
{idl(pt)}
Seen: Day Therapy Unit, 24/07/2034
Consultant: Dr Marguerite Ellingham, Consultant in Palliative Medicine

Dear Colleague,

I reviewed Mr Fairclough in our day therapy unit. His breathlessness from mesothelioma is stable with his handheld fan and the breathing techniques our physiotherapist has taught him. He was constipated, so we have stopped docusate and started Laxido 2 sachets daily (14 days supplied); please continue this on repeat.

He asked about a blue badge; he has been given the application form and our social worker is helping him complete it.

Please could the practice complete the enclosed Hollybrook Hospice end-of-life care audit questionnaire for Mr Fairclough and return it to our audit lead by 14/08/2034.

Should his breathlessness worsen, he and his wife know that our advice line is open 24 hours on 01632 960416.

With kind regards

Dr Marguerite Ellingham
Consultant in Palliative Medicine
""", exp=[("non_contractual_admin", "Please could the practice complete the enclosed Hollybrook Hospice end-of-life "
           "care audit questionnaire for Mr Fairclough and return it to our audit lead by 14/08/2034.")],
       notes="The hospice's own audit questionnaire pushed to the practice. Laxative changed and supplied (green, "
             "continue), blue badge help by the hospice social worker and the advice line are negatives.")

# ====================================================================== Tarnfield Diagnostics (reports)

# D01 incidental suspected lung cancer on a hospital-requested CT, forwarded to the GP for action (urgent)
pt = P("Stanley Brockhurst", "423349", "1955-10-09")
letter(key="d01", prov="tdl", dept=IMG, kind="results", specialty="Radiology",
       clinician="Dr Henrietta Osborne-Kaye", patient=pt, ld="2034-06-28", sent="2034-06-28 13:20",
       fmt="pdf", subject="URGENT unexpected finding - CT report", body=f"""
# Imaging Report - Unexpected Significant Finding
{idl(pt)}
Examination: CT urogram, 27/06/2034
Requested by: Mr Casimir Pendleford, Urology, {KTR} (visible haematuria)
Reported by: Dr Henrietta Osborne-Kaye, Consultant Radiologist

# Findings
Kidneys, ureters and bladder: no urothelial lesion or calculus. Simple cyst, left kidney (Bosniak I).
Lung bases: 3.2 cm spiculated mass in the right lower lobe with a 14 mm right hilar node.

# Conclusion
No urological cause for haematuria identified. Right lower lobe mass highly suspicious of primary lung cancer.

# Comment
Flagged under the unexpected significant findings pathway. This report has been forwarded to the patient's GP for urgent action.
""", exp=[("results_chasing", "This report has been forwarded to the patient's GP for urgent action.")], urgent=True,
       notes="A hospital-requested test whose suspicious result is forwarded to the GP for action (implicit request): "
             "results_chasing. Suspected cancer, so urgent: must go to a clinician before any bounce.")

# D02 GP-requested ultrasound reported back to the requester (hard negative)
pt = P("Prudence Hollingworth", "423356", "1973-02-23")
letter(key="d02", prov="tdl", dept=IMG, kind="results", specialty="Radiology",
       clinician="Dr Lucius Pemberton", patient=pt, ld="2034-07-19", sent="2034-07-19 12:40",
       fmt="html", opts={"label_col": True}, subject="Ultrasound report", body=f"""
# Imaging Report
{idl(pt)}
| Examination | Ultrasound abdomen, 18/07/2034 |
| Requested by | {GP}, Oakhanger Medical Practice (direct access) |
| Reported by | Dr Lucius Pemberton, Consultant Radiologist |
| Findings | Multiple mobile gallstones, largest 11 mm; gallbladder wall 2 mm; no pericholecystic fluid; CBD 5 mm; liver, pancreas and kidneys normal |
| Conclusion | Uncomplicated cholelithiasis |
| Distribution | Sent to the requesting clinician; the patient has been told the requester will contact her about the result |
""", notes="Hard negative: the practice's own direct-access test reported back to the practice; acting on it is "
             "ordinary GP work.")


# ====================================================================== 'other' messages

other(key="x01", sent="2034-05-08 07:45", type="ooo", notes="Out-of-office reply from a hospital secretaries' mailbox.",
      frm="Urology Secretaries <urology.secretaries@kestrelford.nhs.uk>",
      subject="Automatic reply: Query about LUTS clinic letter",
      body="Thank you for your e-mail. The urology secretaries' office is closed today for staff training and "
           "reopens on Tuesday 9 May 2034. For urgent clinical queries please ring the on-call urology registrar via "
           "switchboard on 0117 496 0350.\n")
other(key="x02", sent="2034-05-17 07:00", type="html_bulletin", notes="LMC newsletter (bulk) discussing workload shift.",
      frm="Pelham Valley LMC <newsletter@pelhamvalley-lmc.example>",
      subject="Pelham Valley LMC Bulletin - May 2034",
      body="<html><body><h2>Pelham Valley LMC Bulletin</h2><p>May 2034</p><ul>"
           "<li>Practices continue to tell us about letters asking them to remove sutures and chase hospital "
           "results. Our template letters are on the website.</li>"
           "<li>Shared care: the ICB has republished its amber drug list.</li>"
           "<li>Annual conference booking is now open.</li></ul>"
           "<p>You receive this bulletin because your practice is a member of the LMC.</p></body></html>\n")
other(key="x03", sent="2034-06-05 20:10", type="patient", notes="Patient e-mail; nothing to detect, never answered by "
      "the tool.",
      frm="Lorraine Fitzwarren <lorraine.fitz@example.com>", subject="Histology result",
      body="Hello,\n\nThe breast clinic said I should ring you for the result of my lump operation but the phone "
           "lines were busy all morning. Could someone let me know if it has come through?\n\nThank you\n"
           "Lorraine\n")
other(key="x04", sent="2034-06-09 03:25", type="phish", notes="Phishing pretending to be an NHSmail notice.",
      frm="NHSmail Support <support@nhsmail-security-check.example.net>",
      subject="Action required: your mailbox password expires today",
      body="Your NHSmail password expires in 4 hours. To keep access to your mailbox, confirm your password at "
           "the link below.\nhttp://nhsmail-security-check.example.net/confirm\n\nNHSmail Support Team\n")
other(key="x05", sent="2034-06-15 11:02", type="dsn", notes="Non-delivery report.",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>", subject="Undeliverable: Naltrexone query",
      body="Delivery has failed to these recipients or groups:\n\npain.clinic@kestrelford.nhs.uk\nThe e-mail "
           "address you entered couldn't be found.\n", rcpt="pain.clinic@kestrelford.nhs.uk")
other(key="x06", sent="2034-06-21 06:40", type="spam", notes="Marketing from a hearing-aid retailer.",
      frm="ClearSound Hearing <offers@clearsound-hearing.example.com>",
      subject="Refer your patients for a free hearing check this summer",
      body="Dear Practice Manager,\n\nOur mobile hearing van visits your area in July. Refer your patients for "
           "a free hearing check and receive our practice partner pack.\n\nReply STOP to unsubscribe.\n")
other(key="x07", sent="2034-06-30 08:00", type="bulletin", notes="Hospital GP-liaison bulletin (bulk).",
      frm="Harrowgate Lane GP Liaison <gp.liaison@harrowgate-eye-ear.nhs.uk>",
      subject="GP bulletin: eye casualty opening hours from July",
      body="HARROWGATE LANE EYE AND EAR HOSPITAL - GP BULLETIN\n\nFrom 1 July 2034 eye casualty is open 08:00 to "
           "20:00 every day. Out of hours, patients with urgent eye problems should attend the Kestrelford General "
           "Hospital emergency department.\n\nNo action is needed from practices.\n")
other(key="x08", sent="2034-07-05 16:00", type="massmail", notes="'For information' mass mailing (bulk).",
      frm="Kestrelford Hospitals Communications <communications@kestrelford.nhs.uk>",
      subject="For information: outpatient phlebotomy moves to the Riverside Wing",
      body="FOR INFORMATION - SENT TO ALL GP PRACTICES\n\nFrom 17 July 2034 the hospital's outpatient phlebotomy "
           "service moves to the Riverside Wing. Patients with hospital blood forms will be told directly.\n")
other(key="x09", sent="2034-07-14 12:00", type="ooo", notes="Out-of-office reply from the hospice.",
      frm="Hollybrook Audit Lead <audit@hollybrookhospice.org.uk>", subject="Automatic reply: Audit questionnaire",
      body="I am on leave until 24 July 2034. For clinical matters please contact the hospice on 01632 960415.\n")
other(key="x10", sent="2034-07-25 14:30", type="optometrist",
      notes="Community optometrist's courtesy note (not a provider letter); nothing to detect.",
      frm="Pelham Ashby Opticians <clinic@pelhamashby-opticians.example.co.uk>",
      subject="For information - direct referral made",
      body="Dear Oakhanger Medical Practice,\n\nFor information: we have referred one of your patients, Mrs "
           "Blakiston, back to the Harrowgate Lane glaucoma service through the direct optometrist referral "
           "pathway after her monitoring visit. No action is needed from you.\n\nPelham Ashby Opticians\n"
           "Tel 0116 496 0732\n")


# ====================================================================== rendering and checks

HOUSE = {  # each provider's heading, table cells, font and protective marking (the hospice sends no HTML)
    "ktr": dict(heading='<h3 style="font-size:11pt;color:#00594f;margin:10px 0 4px 0">{}</h3>',
                cell='style="border:1px solid #7fa8a3;padding:4px 8px;vertical-align:top"',
                font="Arial,sans-serif", marking="OFFICIAL-SENSITIVE"),
    "hle": dict(heading='<h2 style="font-size:12pt;color:#3a2a7a">{}</h2>',
                cell='style="border:1px solid #999;padding:3px 6px;vertical-align:top"',
                font="Tahoma,sans-serif", marking="Clinic outcome - confidential"),
    "cuh": dict(heading='<h3 style="font-size:11pt;color:#8a1c1c">{}</h3>',
                cell='style="border:1px solid #c99;padding:4px 8px;vertical-align:top"',
                font="Calibri,Arial,sans-serif", marking="Confidential patient information"),
    "bch": dict(heading='<h3 style="font-size:11pt;color:#6b2c6b">{}</h3>',
                cell='style="border:1px solid #b9a;padding:4px 8px"',
                font="Segoe UI,Arial,sans-serif", marking="Confidential: shared with consent"),
    "tdl": dict(heading='<h3 style="font-size:11pt;color:#333">{}</h3>',
                cell='style="border:1px solid #aaa;padding:3px 6px;vertical-align:top"',
                font="Helvetica,Arial,sans-serif", marking="Imaging report"),
}


def house(L: dict, p: dict) -> dict:
    return dict(HOUSE[L["prov"]],
                footer=f"{html.escape(p['name'])} - this e-mail contains confidential patient information.")


def corpus_checks(labels, items) -> list[str]:
    """The kit's checks, a finding on every urgent letter, a third of the letters with no wording finding."""
    errors = C.checks(labels, items, urgent=(3, 3), others=10,
                      own=lambda lid, lab, text: [f"{lid}: urgent letter without a finding"]
                      if lab["urgent_clinical_action"] and not lab["expected"] else [])
    letters = [lab for lab in labels if lab["kind"] != "other"]
    quiet = sum(1 for lab in letters if all(e["category"] in kit.LATE for e in lab["expected"]))
    if quiet * 3 < len(letters):
        errors.append("fewer than a third of letters are hard negatives (no wording finding)")
    return errors


if __name__ == "__main__":
    sys.exit(C.run(sys.argv[1:], house=house, checks=corpus_checks))
