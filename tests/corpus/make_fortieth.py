#!/usr/bin/env python3
"""Build the fortieth (independent, held-out) corpus: tests/corpus/fortieth/.

Style: long-term specialist monitoring.  Rheumatology (methotrexate, leflunomide), IBD (azathioprine beside
homecare adalimumab, infliximab rescue), dermatology (ustekinumab, methotrexate, a returned eczema referral,
skin surgery on a transplant patient), multiple sclerosis (dimethyl fumarate, ocrelizumab, relapses), respiratory
(mepolizumab, home oxygen, CPAP), endocrinology (Graves' disease, Addison's disease, a pituitary adenoma), renal
(darbepoetin, transplant immunosuppression, an AV fistula, lupus nephritis) and hepatology (decompensated
cirrhosis, PBC, HCC surveillance).  Letters carry monitoring schedules laid out as tables (drug | test |
frequency | who), red drugs supplied by a homecare company, amber drugs handed over with and without a signed
shared-care agreement, results the hospital took and wants acted on (one of them urgent), a dose change between
clinic visits, a dangerous interaction, and annual reviews that ask for nothing.  Many letters mix the
hospital's own work, requests aimed at the patient, the ward or other services, conditionals and
safety-netting with the one sentence that passes work to the practice.

Providers (all invented): Wrexcombe and St Aldric's Hospitals NHS Foundation Trust (teaching trust: rheumatology,
IBD, hepatology, renal, endocrinology), Pellingford and Dunmere Hospitals NHS Trust (dermatology, neurology,
respiratory, pituitary, ED), Hallowmere Community Health NHS Trust (community MS nursing, home oxygen service)
and Lunscombe Sleep and Breathing Centre Ltd (an independent provider with an NHS sleep contract).  They write
to an invented practice, Orchard Lea Medical Centre, as plain text (some typed by a clinician straight into an
e-mail), HTML (with and without a text alternative, with label-column and header-row tables), PDF and DOCX.
Ten messages are not letters: auto-replies, a bounce, a homecare company's mass mailing, a phishing e-mail, a
patient's e-mail, internal practice mail, an LMC newsletter, an ICB bulletin and an advert.

Every Date header falls between 2 November 2043 and 18 March 2044 (all GMT).  Two clinic letters go out exactly
seven days after the clinic and two discharge summaries 23 to 24 hours after discharge (on time); two of each
are late.

Written from the category definitions alone (TAXONOMY.md and the domain README); no detector output was used.
Everything is invented; NHS numbers are 999-range with a valid Modulus 11 check digit; telephone numbers are in
Ofcom drama ranges.  The build is deterministic.

    python3 tests/corpus/make_fortieth.py            # build, then verify
    python3 tests/corpus/make_fortieth.py --verify-only
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

WSA = "Wrexcombe and St Aldric's Hospitals NHS Foundation Trust"
PDH = "Pellingford and Dunmere Hospitals NHS Trust"
HAL = "Hallowmere Community Health NHS Trust"
LUN = "Lunscombe Sleep and Breathing Centre Ltd"
PROV = {
    "wsa": dict(
        name=WSA, site="St Aldric's Hospital", addr=["Cathedral Walk", "Wrexcombe", "WX4 7HP"],
        phone="0117 496 0732", domain="wsah.nhs.uk",
        sender="WSAH Clinical Correspondence <clinical.letters@wsah.nhs.uk>", mailer="Ardent EPR Correspondence 9.1"),
    "pdh": dict(
        name=PDH, site="Pellingford General Hospital", addr=["Tollgate Road", "Pellingford", "PQ9 2RS"],
        phone="0161 496 0418", domain="pdh.nhs.uk",
        sender="PDH Outpatient Letters <pdh.outpatientletters@nhs.net>", mailer="PDH Digital Dictation 3.7"),
    # A community trust: community MS nursing, the home oxygen assessment and review service.
    "hal": dict(
        name=HAL, site="Hallowmere Health Centre", addr=["Brookside Avenue", "Hallowmere", "HW3 5JX"],
        phone="01632 960 587", domain="hallowmere-ch.nhs.uk",
        sender="Hallowmere Community Health <hallowmere.communityletters@nhs.net>",
        mailer="SystmOne Communications"),
    # An independent provider holding an NHS contract for sleep studies and CPAP.
    "lun": dict(
        name=LUN, site="Lunscombe Sleep and Breathing Centre", addr=["Unit 4, Quayside Court", "Lunscombe", "LQ2 8BN"],
        phone="0118 496 0264", domain="lunscombesleep.example.co.uk",
        sender="Lunscombe NHS Services <nhs.services@lunscombesleep.example.co.uk>",
        mailer="SleepTrack Clinic Manager 4"),
}
COVERS = {
    "wsa": "{trust}\n{dept}\n\nPlease find attached a {doctype} (ref {ref}) for a patient registered with your "
           "practice.\n\nThis is an automated message from the WSAH clinical correspondence service. Replies to "
           "this address are not read; please use the contact details in the letter.\n",
    "pdh": "PDH Digital Dictation - letter delivery\n\nType: {doctype}\nDepartment: {dept}\nOrganisation: {trust}\n"
           "Reference: {ref}\n\nThis e-mail and its attachment are confidential and intended for the named "
           "practice only.\n",
    "hal": "Dear colleague,\n\nPlease find attached a {doctype} from {dept}, {trust} (ref {ref}).\n\n"
           "Kind regards\nAdministration Team\n",
    "lun": "{trust} - NHS Services\n{dept}\n\nDear Practice Team,\n\nAttached is a {doctype} for your patient, "
           "seen under our NHS sleep services contract (ref {ref}).\n\nNHS Services Office\n",
}
C = kit.Corpus("fortieth", "f40", "Orchard Lea Medical Centre <orchardlea.medicalcentre@nhs.net>", PROV,
               cover=COVERS, window=("2043-11-02", "2044-03-18"), utc_hours=0)
other = C.other
idl = kit.idline
letter = kit.inline_letters(C)
head = kit.letterheads(PROV)
banner = kit.id_rows


RHEUM = "Rheumatology Department"
IBD = "Gastroenterology - Inflammatory Bowel Disease Service"
HEP = "Hepatology (Ward 9 and Liver Clinic)"
RENAL = "Renal Medicine"
TRANSPLANT = "Renal Transplant Unit"
ENDO = "Endocrinology and Diabetes"
VASC = "Vascular Access Surgery - Day Surgery Unit"
DERM = "Dermatology Department"
NEURO = "Neurology and Neurosciences"
RESP = "Respiratory Medicine"
PIT = "Endocrinology - Pituitary Clinic"
ED = "Emergency Department"
MSN = "Community Multiple Sclerosis Nursing Service"
HOS = "Home Oxygen Assessment and Review Service"
SLEEP = "Sleep Clinic"
GP_A, GP_B = "Dr Quarrie", "Dr Basnett"

# ====================================================================== letters (in the order they were sent)

# Rheumatology: methotrexate started by the hospital, monitoring schedule table, shared care offered for
# agreement and kept by the hospital until the practice accepts: hard negative.
pt = P("Marguerite Olander", "741003", "1968-05-22")
letter(key="c01", prov="wsa", dept=RHEUM, kind="clinic_letter", specialty="Rheumatology",
       clinician="Dr Eluned Carrow-Baptiste", patient=pt, ev="2043-11-03", ld="2043-11-09",
       sent="2043-11-09 10:12", fmt="html", opts={"header": True},
       subject="Rheumatology clinic letter - OLANDER Marguerite", body=f"""
# Early Inflammatory Arthritis Clinic
{idl(pt)}
Clinic date: 03/11/2043 (Tuesday 3 November 2043)
Letter date: 09/11/2043

Dear {GP_A}

Diagnosis: seropositive rheumatoid arthritis (RF 64, anti-CCP >340), DAS28-CRP 5.4
Other problems: hypertension; mild asthma

Thank you for referring Mrs Olander, who has an eight-month history of symmetrical synovitis of the hands and feet with 90 minutes of early morning stiffness.
Today she had 9 swollen and 12 tender joints. Her chest X-ray, taken in clinic, was clear, and hepatitis B and C, HIV and varicella zoster serology were sent from clinic; we will review those results ourselves.
We talked through methotrexate at length and she has taken away our leaflet and the Versus Arthritis booklet. She drinks about 6 units a week and is happy to keep well within 14.

# Medication
- Methotrexate 10 mg once weekly (Fridays), to 15 mg after two weeks and 20 mg at six weeks if her bloods allow: first 8 weeks supplied by our outpatient pharmacy today.
- Folic acid 5 mg once weekly, not on the methotrexate day: supplied with it.
- Depo-Medrone 120 mg IM given in clinic today as bridging therapy.
- Please continue amlodipine 5 mg OD and her salbutamol inhaler as before.

# Monitoring schedule
| Drug | Test | Frequency | Who |
| Methotrexate | FBC, U&Es, LFTs, CRP | every 2 weeks until on a stable dose for 6 weeks | Rheumatology phlebotomy, St Aldric's (first three dates booked) |
| Methotrexate | FBC, U&Es, LFTs | monthly for 3 months after that | Rheumatology team until shared care is agreed |
| Methotrexate | FBC, U&Es, LFTs | every 12 weeks once stable | GP, only if the practice accepts the shared care agreement |

# Shared care
Our shared care agreement for methotrexate in inflammatory arthritis will follow from the shared care coordinator for your consideration.
We will carry on prescribing and monitoring until the practice has returned the signed agreement, and we will simply continue if you feel unable to accept it.
The rheumatology advice line (0117 496 0745) is open to the practice and to Mrs Olander.

# Information for the patient
Mrs Olander knows to seek urgent advice if she has a sore throat, mouth ulcers, unexplained bruising, or a new cough or breathlessness, and to avoid trimethoprim.

Review in this clinic in 12 weeks; we will send the appointment.

Yours sincerely

Dr Eluned Carrow-Baptiste
Consultant Rheumatologist
cc Mrs M Olander
""", notes="Hard negative: methotrexate started, supplied and monitored by the hospital; the monitoring table "
             "gives the GP a role only once the shared care agreement is accepted, and the agreement is offered for "
             "the practice's consideration (the proper process). Amlodipine and salbutamol are green medicines to "
             "continue.")

# IBD fast-track referral accepted and booked; tests done at the clinic visit: hard negative.
pt = P("Kieran Saltash", "741010", "1996-02-14")
letter(key="f01", prov="wsa", dept=IBD, kind="referral_response", specialty="Gastroenterology",
       clinician="Dr Anwen Mabry-Holt", patient=pt, ev=None, ld="2043-11-05", sent="2043-11-05 15:48",
       fmt="plain", subject="Referral accepted - IBD fast track - SALTASH K", body=f"""
{head("wsa", IBD)}

IBD FAST TRACK - REFERRAL ACCEPTED

{idl(pt)}

Dear {GP_B}

Thank you for your referral dated 02/11/2043 (faecal calprotectin 640 micrograms/g, six weeks of loose stool with blood).
I have triaged this as urgent and Mr Saltash has been booked into the IBD clinic on Thursday 12 November 2043 at 14:10.
The clinic will take FBC, CRP, ferritin and coeliac serology and a repeat calprotectin on the day, so there is no need for the practice to arrange these.
Our IBD nurses have posted him a stool pot and an information leaflet.
He has been told that if he opens his bowels more than six times a day with blood, or has a fever or racing pulse before then, he should go to the Emergency Department.

No further action is needed from the practice.

Dr Anwen Mabry-Holt
Consultant Gastroenterologist
""", notes="Hard negative: referral accepted and booked, the clinic arranges its own bloods and stool test, and the "
             "only advice (attend ED if worse) is aimed at the patient.")

# Rheumatology: leflunomide increased by the hospital, which still prescribes it; the post-increase monitoring
# passed to the practice.  Sent 23:40 exactly seven days after the clinic: on time.
pt = P("Desmond Pryor-Hatton", "741027", "1959-09-02")
letter(key="c02", prov="wsa", dept=RHEUM, kind="clinic_letter", specialty="Rheumatology",
       clinician="Dr Gwilym Trease", patient=pt, ev="2043-11-04", ld="2043-11-11", sent="2043-11-11 23:40",
       fmt="plain", subject="Clinic letter - Rheumatology - PRYOR-HATTON D", body=f"""
{head("wsa", RHEUM)}

Clinic date: 04/11/2043        Dictated: 04/11/2043        Typed: 11/11/2043

Dear {GP_B}

Re: {pt['name']}, DOB {dmy(pt['dob'])}, NHS No {spaced(pt['nhs_number'])}

Diagnoses
1. Psoriatic arthritis, oligoarticular (both knees, right wrist)
2. Plaque psoriasis - under the dermatology team at Pellingford
3. Type 2 diabetes

Medication: leflunomide 10 mg OD (started 12/08/2043, prescribed from this clinic), metformin 1 g BD, atorvastatin 20 mg ON.

I reviewed Mr Pryor-Hatton today. His wrist has settled but the right knee remains swollen and limits his walking.
I aspirated 60 ml of straw-coloured fluid under ultrasound and injected 40 mg triamcinolone; the fluid has gone for crystals and culture and we will follow that up.
Blood pressure in clinic 132/78.

Plan
- Increase leflunomide to 20 mg OD. He has a fresh 28-day supply from us and will keep collecting it from our outpatient pharmacy for now.
- [[tests_for_hospital: I would be grateful if the surgery could check his FBC, LFTs and blood pressure every 2 weeks for the next 6 weeks following this dose increase]], and send the results to our rheumatology nurse specialists.
- Follow-up in the rheumatology clinic in 4/12.

Yours sincerely

Dr Gwilym Trease
Consultant Rheumatologist
""", notes="Initial monitoring after a dose increase of a drug the hospital still prescribes, asked of the practice: "
             "tests_for_hospital. The knee aspirate is followed up by the hospital (decoy). Clinic 04/11, sent 23:40 "
             "on 11/11: exactly seven days, on time.")

# Hepatology discharge: diuretic changes with U&Es asked of the GP and an alcohol-service referral left to the
# GP; discharged 15:20 on Friday 13 November, summary sent 09:05 on the Monday: late.
pt = P("Colm Ferraby", "741034", "1971-07-30")
letter(key="d01", prov="wsa", dept=HEP, kind="discharge_summary", specialty="Hepatology",
       clinician="Dr Priyanka Ashdown", patient=pt, ev="2043-11-13", ev_time="15:20", ld="2043-11-16",
       sent="2043-11-16 09:05", fmt="docx", subject="Discharge summary - Hepatology - FERRABY C", body=f"""
# DISCHARGE SUMMARY - HEPATOLOGY (WARD 9)
{idl(pt)}
Admitted: 06/11/2043 via the Emergency Department
Date of discharge: 13/11/2043 at 15:20
Consultant: Dr R Haldane. Completed by: Dr Priyanka Ashdown, ST5 Hepatology
Discharged to: home, lives with his partner

# Diagnosis
Decompensated alcohol-related liver disease with tense ascites (Child-Pugh C, MELD 19). Spontaneous bacterial peritonitis excluded (ascitic neutrophils 90).

# Investigations and procedures
Ultrasound liver 07/11/2043: cirrhotic liver, moderate ascites, patent portal vein, no focal lesion.
Therapeutic paracentesis 08/11/2043: 7.5 L drained with 20% human albumin cover.

# Medication on discharge
| Medicine | Dose | Status | Supplied |
| Spironolactone | 100 mg OD | increased from 50 mg | 14 days |
| Furosemide | 40 mg OD | new | 14 days |
| Propranolol | 40 mg BD | new, primary prophylaxis of variceal bleeding | 14 days |
| Thiamine | 100 mg TDS | continued | 14 days |
| Lactulose | 20 ml BD, aim for 2-3 soft stools a day | new | 1 bottle |

# Actions for GP
1. [[tests_for_hospital: Please check U&Es in 1 week and again at 2 weeks given the diuretic changes]], and reduce the furosemide if sodium falls below 130 or creatinine rises by more than 20%.
2. Colm is keen to engage with alcohol support: [[onward_referral: please refer him to the community alcohol team (Hallowmere Recovery Service)]].
3. Hepatology clinic in 6 weeks: we will book. Variceal surveillance OGD has been booked by us for 04/01/2044.

# Information given to the patient
Low-salt diet, no alcohol, daily weights. Return to the Emergency Department with rapidly increasing swelling, confusion, fever or black stools.
""", late="Date of discharge: 13/11/2043 at 15:20",
       notes="U&Es after diuretic changes the hospital made, asked of the GP: tests_for_hospital; referral to alcohol "
             "services for the condition that caused the admission left to the GP: onward_referral. Discharged "
             "15:20 on 13/11, sent 09:05 on 16/11: about 66 hours, late. OGD and clinic booked by the hospital "
             "(decoys).")

# Renal: potassium 6.7 on bloods taken at the hospital's CKD clinic, typed by the registrar straight into an
# e-mail; the practice asked to contact the patient and act: urgent.
pt_tar = P("Edwin Tarrant", "741041", "1950-12-03")
letter(key="r01", prov="wsa", dept=RENAL, kind="results", specialty="Renal Medicine",
       clinician="Dr Samira Oduya-Finch", patient=pt_tar, ev=None, ld="2043-11-17", sent="2043-11-17 16:40",
       fmt="plain", opts={"from": "Dr Samira Oduya-Finch <samira.oduya-finch@nhs.net>"},
       subject="URGENT - abnormal result - TARRANT Edwin - K+ 6.7", body=f"""
Dear colleagues at Orchard Lea,

URGENT - ABNORMAL BLOOD RESULT
{idl(pt_tar)}

Mr Tarrant attended our CKD clinic at St Aldric's Hospital yesterday (16/11/2043). The bloods taken in clinic were reported this afternoon:
K+ 6.7 mmol/L (sample not haemolysed), creatinine 312 micromol/L (baseline 245), eGFR 17, bicarbonate 17.

He has CKD stage 4 from diabetic nephropathy and takes ramipril 10 mg OD. He mentioned in clinic that he had a course of trimethoprim from the surgery last week.

I have tried both numbers we hold for him this afternoon without success.
[[results_chasing: Please could the practice contact him today, stop his ramipril and arrange a repeat potassium tomorrow morning]]; if the repeat is above 6.0 he needs to go to the Emergency Department.

The renal registrar on call can be reached through switchboard on 0117 496 0700 (bleep 2231).

Many thanks
Samira

Dr Samira Oduya-Finch
ST6 Renal Medicine, for Dr J Penhallow, Consultant Nephrologist
{WSA}
""", urgent=True,
       notes="Dangerous potassium on the hospital's own clinic bloods handed to the practice to act on: "
             "results_chasing; time-critical, so urgent_clinical_action. Typed by the registrar straight into an "
             "e-mail (no letter system).")

# Renal anaemia: darbepoetin (an ESA, hospital-only) to be prescribed by the GP on FP10; Hb monitoring kept by
# the hospital's anaemia nurses.
pt = P("Rosalind Quayle", "741058", "1947-03-11")
letter(key="c03", prov="wsa", dept=RENAL, kind="clinic_letter", specialty="Renal Medicine",
       clinician="Dr Jonah Penhallow", patient=pt, ev="2043-11-19", ld="2043-11-23", sent="2043-11-24 11:20",
       fmt="docx", subject="Renal anaemia clinic - QUAYLE R", body=f"""
# RENAL ANAEMIA CLINIC
{idl(pt)}
Date of clinic: 19/11/2043
Seen by: Dr Jonah Penhallow, Consultant Nephrologist, with Sister K Ibbotson, Anaemia Nurse Specialist

Dear {GP_A}

Diagnosis: CKD stage 4 (eGFR 21) from hypertensive nephrosclerosis; renal anaemia.
Results today: Hb 86 g/L, ferritin 310, TSAT 24%, B12 and folate normal.

Mrs Quayle had IV iron (ferric derisomaltose 1000 mg) on our renal day unit on 29/10/2043. Her iron stores are now replete but her haemoglobin has not risen, so she meets the criteria for an ESA. She was taught to self-inject and gave her first dose in clinic today.

# Plan
- Darbepoetin alfa 30 micrograms SC every 2 weeks; first dose given on 19/11/2043 and the second dose supplied.
- [[hospital_only_prescribing: We would be grateful if you could prescribe the darbepoetin from now on, with a sharps bin, so that she can collect it from her usual community pharmacy]].
- Her haemoglobin will be checked by our anaemia nurses at 4 weeks at the Hallowmere Health Centre outreach clinic, and they will adjust the dose.
- Blood pressure 148/86: please continue amlodipine 10 mg and doxazosin 4 mg as now.
- Renal clinic again in 3 months.

Yours sincerely

Dr Jonah Penhallow
Consultant Nephrologist
""", notes="An erythropoiesis-stimulating agent (hospital-only, red) to be prescribed by the GP: "
             "hospital_only_prescribing. Hb monitoring stays with the hospital's anaemia nurses (decoy); the "
             "antihypertensives are green.")

# Transplant annual review: immunosuppression supplied by the transplant pharmacy via homecare; no requests:
# hard negative.
pt_mar = P("Gideon Marchbank", "741065", "1978-10-17")
letter(key="c04", prov="wsa", dept=TRANSPLANT, kind="clinic_letter", specialty="Renal Transplantation",
       clinician="Dr Lowenna Pascoe", patient=pt_mar, ev="2043-11-23", ld="2043-11-25", sent="2043-11-26 08:50",
       fmt="html", opts={"alt": True, "header": True}, subject="Transplant annual review - MARCHBANK G", body=f"""
# Renal Transplant Annual Review
{idl(pt_mar)}
Date of review: 23/11/2043 (Monday 23 November 2043)

Dear {GP_A}

Deceased-donor kidney transplant on 14/06/2037 for IgA nephropathy. This is his annual review.
Creatinine 128 micromol/L (stable), tacrolimus trough 6.1 micrograms/L, urine PCR 18, BP 128/76, HbA1c 39.
Skin check today: no suspicious lesions; his annual transplant skin surveillance visit has been booked by us.
He had his flu vaccine at the practice in October; thank you.

# Medication
| Medicine | Dose | Prescribed and supplied by |
| Tacrolimus (Adoport) | 4 mg BD | Transplant pharmacy, delivered by Medivale Homecare |
| Mycophenolate mofetil | 500 mg BD | Transplant pharmacy, delivered by Medivale Homecare |
| Prednisolone | 5 mg OD | GP repeat prescription |
| Amlodipine | 5 mg OD | GP repeat prescription |

# Actions
None for the practice: this letter is for information.
Routine transplant clinic in 3 months, with bloods taken at that visit.

Dr Lowenna Pascoe
Consultant Transplant Nephrologist
""", notes="Hard negative: an annual review that asks for nothing; immunosuppressants supplied by the transplant "
             "pharmacy through homecare; GP repeats listed are long-standing green medicines.")

# Dermatology biologics: ustekinumab (red) prescribed by the hospital and delivered by homecare; the practice is
# asked only to record it: hard negative.  Sent exactly seven days after the clinic.
pt = P("Fenella Drayson", "741072", "1985-04-08")
letter(key="c05", prov="pdh", dept=DERM, kind="clinic_letter", specialty="Dermatology",
       clinician="Dr Chidi Mwale", patient=pt, ev="2043-11-24", ld="2043-11-30", sent="2043-12-01 09:30",
       fmt="pdf", subject="Dermatology biologics clinic - DRAYSON F", body=f"""
# Dermatology Biologics Clinic
{idl(pt)}
Clinic date: 24/11/2043
Consultant: Dr Chidi Mwale

Dear {GP_B}

Diagnosis: chronic plaque psoriasis, PASI 16.8, DLQI 19.
Previous systemic treatment: methotrexate 2040-2041 (stopped for nausea and a rising ALT) and ciclosporin 2042 (stopped for hypertension).

Pre-treatment screening, done here: interferon-gamma release assay negative, hepatitis B, C and HIV negative, chest X-ray normal on 10/11/2043.

# Treatment
- Ustekinumab 45 mg SC at weeks 0 and 4, then every 12 weeks. The first dose was given in clinic today.
- Ustekinumab is a hospital-only medicine: we prescribe it and Medivale Homecare deliver it to her home; their nurse will teach her to self-inject at the week 4 dose.
- Please record ustekinumab on her GP record as a hospital-issued medicine so that interactions and live vaccines can be flagged, but do not prescribe it.
- Please continue her Enstilar foam as required and emollients.

# Information for the patient
Live vaccines should be avoided while on ustekinumab. If you develop a fever or a significant infection, contact the dermatology advice line (0161 496 0433) or your GP.

Review in the biologics clinic at week 16 (PASI and DLQI); we will send an appointment.

Dr Chidi Mwale
Consultant Dermatologist
""", notes="Hard negative: a red drug prescribed by the hospital and delivered by homecare; recording it on the GP "
             "record and continuing topical treatment are ordinary GP work; the infection advice is safety-netting "
             "for the patient. Clinic 24/11, sent 01/12: exactly seven days, on time.")

# Dermatology referral triage: severe eczema referred for a biologic, returned for more topical treatment and
# scores first.
pt = P("Leontyne Barraclough", "741089", "2001-06-27")
letter(key="f02", prov="pdh", dept=DERM, kind="referral_response", specialty="Dermatology",
       clinician="Dr Chidi Mwale", patient=pt, ev=None, ld="2043-12-02", sent="2043-12-02 12:05",
       fmt="html", opts={"label_col": True}, subject="Referral triage outcome - Dermatology - BARRACLOUGH L", body=f"""
# Referral Triage Outcome - Dermatology
{banner(pt)}
| Referral received | 23/11/2043 (e-RS) |
| Reason for referral | Severe atopic eczema, for consideration of dupilumab |
| Outcome | Returned to referrer with advice |

Dear {GP_B}

Thank you for referring Miss Barraclough. Before she can be considered for a systemic agent or a biologic, NICE asks that optimised topical treatment has been tried and has failed.

# Advice
- A potent topical steroid (mometasone 0.1% ointment) once daily to flares for up to 4 weeks, then twice weekly to usual sites as maintenance.
- Generous emollient use (at least 500 g a week) and a soap substitute.
- Skin swabs and treatment if the eczema looks infected.

[[referral_returned_for_workup: We are therefore returning this referral; please re-refer after three months of optimised topical treatment, enclosing EASI and POEM scores and clinical photographs]].
No appointment has been made.

Advice given by Dr Chidi Mwale, Consultant Dermatologist
""", notes="Referral for a biologic returned with a list of treatment and scores for the GP to complete before "
             "re-referral: referral_returned_for_workup.")

# Dermatology: methotrexate started by the hospital, now to be handed over with no shared-care agreement;
# clinic 25 November, sent 7 December: late.
pt = P("Ambrose Tillotson", "741096", "1962-01-19")
letter(key="c06", prov="pdh", dept=DERM, kind="clinic_letter", specialty="Dermatology",
       clinician="Dr Harriet Ondaatje-Lyle", patient=pt, ev="2043-11-25", ld="2043-12-04", sent="2043-12-07 14:15",
       fmt="plain", subject="Dermatology clinic letter - TILLOTSON A", body=f"""
{head("pdh", DERM)}

Our ref: PDH/DERM/HOL/4471
Clinic date: 25/11/2043
Typed: 04/12/2043

Dear {GP_A}

{idl(pt)}

Diagnosis: severe palmoplantar psoriasis

Mr Tillotson started methotrexate in our clinic in August and has now taken 15 mg once weekly with folic acid 5 mg weekly for three months.
His monitoring bloods have been satisfactory throughout (last FBC, U&E and LFTs on 18/11/2043 normal; PIIINP 3.2).
His hands have improved a great deal and he is back at work as a joiner.

Plan
1. Continue methotrexate 15 mg once weekly and folic acid 5 mg once weekly (not on the methotrexate day).
2. [[shared_care_without_agreement: As he is now stable, I would be grateful if you could take over his methotrexate prescriptions and the 12-weekly FBC, U&E and LFT monitoring from January]].
3. He has a final four weeks' supply from our pharmacy.
4. We will see him again in six months.

Yours sincerely

Dr Harriet Ondaatje-Lyle
Associate Specialist in Dermatology
""", late="Clinic date: 25/11/2043",
       notes="Prescribing and monitoring of methotrexate (amber, shared care) handed to the practice with no "
             "agreement offered: shared_care_without_agreement. Clinic 25/11, sent 07/12: 12 days, late.")

# MS relapse clinic: dimethyl fumarate (homecare) with lymphocyte monitoring asked of the practice, and a fit
# note for the relapse the hospital assessed and treated.
pt = P("Tamsin Eardley", "741102", "1990-09-09")
letter(key="c07", prov="pdh", dept=NEURO, kind="clinic_letter", specialty="Neurology",
       clinician="Dr Ruairi Castellan", patient=pt, ev="2043-12-03", ld="2043-12-07", sent="2043-12-08 10:05",
       fmt="pdf", subject="MS relapse clinic - EARDLEY T", body=f"""
# MS Relapse Clinic
{idl(pt)}
Date seen: 03/12/2043 (Thursday 3 December 2043)
Clinician: Dr Ruairi Castellan, Consultant Neurologist, with Owain Prothero, MS Nurse Specialist

Dear {GP_B}

Diagnosis: relapsing-remitting multiple sclerosis (diagnosed 2039).
Disease-modifying therapy: dimethyl fumarate 240 mg BD since 22/09/2043, prescribed by us and delivered by Medivale Homecare.

Ms Eardley has had ten days of right leg weakness with a sensory level at T10, in keeping with a spinal cord relapse. EDSS 3.5 (2.0 in June). Urine dip negative.

# Treatment
Oral methylprednisolone 500 mg once daily for 5 days with lansoprazole cover, supplied by our pharmacy today.
Our physiotherapist has referred her to the community neuro-rehabilitation team.

# Requests
- Dimethyl fumarate can cause lymphopenia: [[tests_for_hospital: could the practice please arrange an FBC with differential every 3 months and send us the lymphocyte counts]], as we would switch treatment if the count fell below 0.5.
- She is a care assistant and cannot do manual handling at present. [[fit_note: We would be grateful if you could provide her with a fit note for 6 weeks to cover her recovery from this relapse]].
- MRI brain and spine with contrast will be booked by our department within 4 weeks, and we will write with the result.
- If she has new symptoms before her review she should ring the MS nurse helpline (0161 496 0450).

Review in the MS clinic in 3 months.

Dr Ruairi Castellan
Consultant Neurologist
""", notes="Monitoring bloods for a red drug the hospital prescribes passed to the practice: tests_for_hospital; fit "
             "note for the period of the relapse the hospital assessed and treated: fit_note. MRI arranged by the "
             "hospital and the helpline advice are decoys.")

# Rheumatology nurse: dose change between visits after the hospital's own monitoring bloods; done and told to
# the patient by the hospital: hard negative.
pt_ola = P("Marguerite Olander", "741003", "1968-05-22")
letter(key="r02", prov="wsa", dept=RHEUM, kind="results", specialty="Rheumatology",
       clinician="Mrs Delyth Penberthy", patient=pt_ola, ev=None, ld="2043-12-08", sent="2043-12-08 13:30",
       fmt="plain", opts={"from": "Delyth Penberthy <delyth.penberthy@nhs.net>"},
       subject="For information - methotrexate dose change - OLANDER M", body=f"""
Dear {GP_A}

{idl(pt_ola)}

For information only.

Mrs Olander's two-weekly methotrexate monitoring bloods, taken at our phlebotomy on 04/12/2043, showed an ALT of 98 (previously 31); FBC and creatinine were normal.
I discussed this with Dr Carrow-Baptiste and we have reduced her methotrexate from 15 mg to 10 mg once weekly.
I telephoned Mrs Olander on 07/12/2043 to explain, checked her alcohol intake (unchanged, about 6 units a week) and posted her a new dosing chart.
Her next bloods are booked with our phlebotomy team on 21/12/2043 and we will keep checking them until the ALT settles.
We are still prescribing her methotrexate, so no prescription changes are needed at the practice; you may wish to update the hospital-medicines section of her record.

Kind regards

Delyth Penberthy
Rheumatology Clinical Nurse Specialist
Rheumatology Department, {WSA}
Advice line 0117 496 0745
""", notes="Hard negative: a dose change between clinic visits made and communicated by the hospital, on its own "
             "monitoring bloods, with repeat bloods booked at its phlebotomy; 'for information only'.")

# Respiratory discharge: COPD exacerbation, discharge oxygen ordered by the ward, rehab and nurse visit arranged;
# discharged 17:45, sent 17:10 the next day (23 h 25 min): on time, hard negative.
pt_ash = P("Bernard Ashgrove", "741119", "1949-11-23")
letter(key="d02", prov="pdh", dept=RESP, kind="discharge_summary", specialty="Respiratory Medicine",
       clinician="Dr Kofi Ansah-Birch", patient=pt_ash, ev="2043-12-09", ev_time="17:45", ld="2043-12-10",
       sent="2043-12-10 17:10", fmt="html", opts={"label_col": True},
       subject="Discharge summary - Respiratory - ASHGROVE B", body=f"""
# Discharge Summary - Respiratory Medicine (Ward 14)
{banner(pt_ash)}
| Admitted | 04/12/2043 14:10 via the Acute Medical Unit |
| Discharged | 09/12/2043 17:45 |
| Consultant | Dr Imelda Fairclough |
| Completed by | Dr Kofi Ansah-Birch, FY2 |

# Diagnosis
Infective exacerbation of COPD (FEV1 38% predicted) with type 1 respiratory failure.

# Treatment
Nebulised bronchodilators; prednisolone 30 mg for 5 days and doxycycline, both completed on the ward.

# Oxygen
SpO2 87% on air at rest on the day of discharge (ABG on air: pO2 7.0 kPa). We ordered hospital discharge oxygen on 09/12/2043 (HOOF sent to the oxygen supplier) and the concentrator was installed that afternoon.
Home oxygen risk assessment completed: ex-smoker since 2041, no smokers in the house.
The Hallowmere Home Oxygen Assessment and Review Service will reassess him for long-term oxygen in 8 weeks and will contact him directly.

# Medication on discharge
| Trelegy Ellipta 92/55/22 | one inhalation OD | unchanged |
| Carbocisteine 375 mg | two capsules TDS | new, 28 days supplied |
| Rescue pack | prednisolone and doxycycline | supplied by the ward |

# Follow-up
Pulmonary rehabilitation: referred by the ward team on 08/12/2043.
Respiratory nurse home visit within 72 hours: arranged.
Respiratory clinic in 6/52 with a chest X-ray on arrival: booked.

# GP actions
None. This summary is for information.
""", notes="Hard negative: discharge oxygen ordered, rehab referral made, nurse visit and clinic with X-ray booked by "
             "the hospital; the community oxygen service will contact the patient itself. Discharged 17:45 on 09/12, "
             "sent 17:10 on 10/12: 23 h 25 min, on time.")

# Community MS nurse: discharged after one missed annual review; re-referral left to the GP (worded as a
# condition, as such letters usually are).
pt = P("Glynis Hepworth", "741126", "1969-02-05")
letter(key="c08", prov="hal", dept=MSN, kind="clinic_letter", specialty="Neurology",
       clinician="Ms Rhiannon Tregear", patient=pt, ev="2043-12-10", ld="2043-12-11", sent="2043-12-11 15:25",
       fmt="plain", opts={"from": "Rhiannon Tregear <rhiannon.tregear@nhs.net>"},
       subject="DNA - MS nurse annual review - HEPWORTH G", body=f"""
{HAL}
{MSN}
{PROV['hal']['site']}, {', '.join(PROV['hal']['addr'])}

Dear {GP_B}

{idl(pt)}
Appointment: MS nurse annual review, Thursday 10 December 2043 at 11:00 - did not attend
Appointment date: 10/12/2043

Ms Hepworth did not attend her annual review with me today. This is the first appointment she has missed with our service; the letter was posted on 12/11/2043 and a text reminder went two days before.
In line with the trust's access policy [[dna_rereferral: she has now been discharged from the community MS nursing caseload, and we would need a new referral from you should she wish to be seen again]].

Her neurology follow-up with Dr Castellan at Pellingford and her disease-modifying treatment are not affected.

Best wishes

Rhiannon Tregear
MS Clinical Nurse Specialist
Tel 01632 960 590
""", notes="Discharged after a single missed appointment with re-referral left to the GP: dna_rereferral (the "
             "conditional 'should she wish to be seen again' is the usual wording of such letters, and the discharge "
             "itself is the breach). event_date is the missed appointment; sent the next day.")

# Transplant pharmacist: tacrolimus level high after clarithromycin from the practice; the hospital has acted;
# the practice asked to review the infection and change the antibiotic today (GP work): urgent, no category.
letter(key="r03", prov="wsa", dept=TRANSPLANT, kind="results", specialty="Renal Transplantation",
       clinician="Mr Declan Ngata", patient=pt_mar, ev=None, ld="2043-12-14", sent="2043-12-14 13:15",
       fmt="html", opts={"label_col": True}, subject="URGENT: tacrolimus level and drug interaction - MARCHBANK G",
       body=f"""
# URGENT: Tacrolimus level and drug interaction
{banner(pt_mar)}
| Sample | Tacrolimus trough, taken 14/12/2043 08:05 at the transplant clinic |
| Result | 19.4 micrograms/L (target 5-8) |
| Creatinine | 171 micromol/L (baseline 128) |

Dear {GP_A}

Mr Marchbank's tacrolimus level this morning is more than double his usual level. He tells us the practice started clarithromycin 500 mg BD on 11/12/2043 for a chest infection.
Clarithromycin strongly inhibits tacrolimus metabolism; together they can cause acute kidney injury and dangerous QT prolongation.

# What we have done
- We spoke to Mr Marchbank at 11:30 today: he has stopped the clarithromycin and will omit his next two tacrolimus doses.
- ECG in clinic: QTc 462 ms.
- Repeat tacrolimus level and U&Es in our unit on Wednesday 16 December 2043 (booked); we will advise him on the dose.

# Request to the practice
Please could you review his chest infection today and, if he still needs an antibiotic, prescribe doxycycline instead.
Please also add an alert to his record that macrolides and azole antifungals must not be prescribed with tacrolimus.

Mr Declan Ngata
Lead Pharmacist, Renal Transplant Unit
""", urgent=True,
       notes="Dangerous interaction with a time-critical request: urgent_clinical_action. The hospital has managed the "
             "tacrolimus itself; reviewing an infection the practice is treating and changing its own antibiotic is "
             "ordinary GP work, so no bounce category.")

# Severe asthma: mepolizumab (red, homecare) to move to GP prescribing; patient told to get the hospital's IgE
# results from the surgery.
pt = P("Nathaniel Brightwell", "741133", "1981-08-14")
letter(key="c09", prov="pdh", dept=RESP, kind="clinic_letter", specialty="Respiratory Medicine",
       clinician="Dr Imelda Fairclough", patient=pt, ev="2043-12-15", ld="2043-12-18", sent="2043-12-21 09:40",
       fmt="html", opts={"alt": True}, subject="Severe asthma service - BRIGHTWELL N", body=f"""
# Severe Asthma Service
{idl(pt)}
Clinic date: 15/12/2043

Dear {GP_A}

Diagnosis: severe eosinophilic asthma (blood eosinophils 0.64, FeNO 58 ppb), four courses of oral steroid in the last 12 months despite high-dose ICS/LABA, LAMA and montelukast.

Mepolizumab 100 mg SC every 4 weeks was started in this clinic on 17/11/2043. He had his second dose today without problems and has been trained to use the autoinjector.

# Plan
- Our homecare provider delivers his mepolizumab at present, but the service's homecare contract ends on 31/01/2044.
- [[hospital_only_prescribing: From February, please could you prescribe mepolizumab 100 mg pens, one every 4 weeks, on his repeat prescription]].
- Continue Trimbow 172/5/9 two puffs BD and montelukast 10 mg ON.
- DEXA scan requested by us (cumulative steroid exposure).
- Total IgE and Aspergillus-specific IgE were taken in clinic today; [[patient_redirected_to_gp: I have asked him to ring the surgery in two weeks to get these results]].
- Review at 16 weeks to assess response (ACQ-6, exacerbations, oral steroid use).

Dr Imelda Fairclough
Consultant Respiratory Physician
""", notes="A red biologic moved onto the GP's repeat prescription: hospital_only_prescribing; the patient sent to "
             "the surgery for results of tests the hospital took: patient_redirected_to_gp. DEXA requested by the "
             "hospital (decoy).")

# ED: impending adrenal crisis treated; endocrinology told by ED; emergency kits supplied: hard negative.
pt_gor = P("Philippa Gorringe", "741140", "1975-03-30")
letter(key="e01", prov="pdh", dept=ED, kind="ed_letter", specialty="Emergency Medicine",
       clinician="Dr Oskar Heseltine", patient=pt_gor, ev="2043-12-19", ld="2043-12-20", sent="2043-12-20 07:55",
       fmt="plain", subject="ED discharge letter - GORRINGE P", body=f"""
{head("pdh", ED)}

EMERGENCY DEPARTMENT DISCHARGE LETTER

{idl(pt_gor)}
Date of attendance: 19/12/2043
Arrival: 21:40, Saturday 19 December 2043     Departure: 05:30, Sunday 20 December 2043
Seen by: Dr Oskar Heseltine, ED Registrar

Presenting complaint: 24 hours of vomiting and diarrhoea with dizziness. Known primary adrenal insufficiency (Addison's disease) on hydrocortisone 10/5/5 mg and fludrocortisone 100 micrograms.
Her husband gave her emergency hydrocortisone injection at 20:30, which was appropriate.

On arrival: BP 84/50, HR 118. Na 129, K 5.6, glucose 4.1.
Diagnosis: impending adrenal crisis with viral gastroenteritis.
Treatment: hydrocortisone 100 mg IV, 2 L sodium chloride 0.9%, ondansetron. At 04:00: Na 133, K 4.8, BP 112/70, tolerating fluids.

Discharge plan
- Double her usual oral hydrocortisone (20/10/10 mg) for 48 hours, then back to her usual doses: sick day rules gone through with her and her husband.
- Two replacement hydrocortisone 100 mg emergency injection kits supplied from ED.
- The endocrinology team at St Aldric's was e-mailed on 20/12/2043 and her endocrine nurse will phone her on Monday.
- If the vomiting returns or she cannot keep tablets down: give the IM hydrocortisone and call 999.

GP: no action required - for information.
""", notes="Hard negative: the ED treated, supplied emergency kits and told the endocrine team itself; the "
             "sick-day advice is for the patient; 'no action required'.")

# Sleep clinic (independent provider): the practice asked to complete the provider's own medical information form.
pt = P("Barnaby Fothergill", "741157", "1966-10-31")
letter(key="c10", prov="lun", dept=SLEEP, kind="clinic_letter", specialty="Sleep Medicine",
       clinician="Dr Aurelia Stanbury", patient=pt, ev="2044-01-04", ld="2044-01-05", sent="2044-01-06 11:30",
       fmt="docx", subject="Sleep clinic - new patient - FOTHERGILL B", body=f"""
# Sleep Clinic - New Patient Assessment
{idl(pt)}
Clinic date: 04/01/2044
Seen by: Dr Aurelia Stanbury, Consultant in Sleep and Respiratory Medicine

Dear {GP_B}

Thank you for referring Mr Fothergill with loud snoring, witnessed apnoeas and daytime sleepiness (Epworth 15/24). BMI 36.4, neck circumference 45 cm. He drives an HGV.

# Plan
- Home respiratory polygraphy: equipment issued today, to be returned to us on 06/01/2044. We will report it and see him again.
- Driving: I have advised him of his duty to tell the DVLA if obstructive sleep apnoea with excessive sleepiness is confirmed, and that he must not drive while sleepy.
- Weight: he would like help to lose weight and will book with the practice's health coach himself.

# Before CPAP titration
[[non_contractual_admin: Please could the practice complete the enclosed Lunscombe GP Medical Information Form (sections B to E: past history, current medication, allergies and recent blood results) and return it to us within 14 days]].

We will write again with the sleep study result.

Dr Aurelia Stanbury
""", notes="The provider's own medical information form sent for the practice to fill in: non_contractual_admin. "
             "Sleep study, driving advice and the patient booking his own health-coach appointment are decoys.")

# Sleep service: discharged after one missed CPAP set-up; fresh e-RS referral asked of the GP.
pt = P("Cecily Ravensworth", "741164", "1958-04-12")
letter(key="c11", prov="lun", dept=SLEEP, kind="clinic_letter", specialty="Sleep Medicine",
       clinician="Mr Jasper Quennell", patient=pt, ev="2044-01-05", ld="2044-01-07", sent="2044-01-07 10:10",
       fmt="plain", subject="Non-attendance - CPAP set-up - RAVENSWORTH C", body=f"""
{head("lun", SLEEP)}

NON-ATTENDANCE

Dear {GP_A}

Re: {pt['name']}   DOB {dmy(pt['dob'])}   NHS number {spaced(pt['nhs_number'])}

Mrs Ravensworth was diagnosed with moderate obstructive sleep apnoea (AHI 22 per hour on home polygraphy of 02/12/2043) and was booked for CPAP set-up on Tuesday 5 January 2044 at 09:30.
Date of missed appointment: 05/01/2044
She did not attend, and we were unable to reach her by telephone on 05/01 or 06/01.

[[dna_rereferral: She has been discharged from the service and we ask that you submit a fresh referral through e-RS so that she can be rebooked]].

Yours sincerely

Mr Jasper Quennell
Senior Sleep Physiologist
""", notes="Discharge after a single missed CPAP set-up with an explicit request for a new referral: "
             "dna_rereferral. event_date is the missed appointment.")

# Sleep service: referral returned for scores and a TFT before it will be accepted.
pt = P("Morwenna Castell", "741171", "1979-12-08")
letter(key="f03", prov="lun", dept=SLEEP, kind="referral_response", specialty="Sleep Medicine",
       clinician="Dr Aurelia Stanbury", patient=pt, ev=None, ld="2044-01-08", sent="2044-01-08 14:45",
       fmt="html", subject="Referral returned - Sleep Clinic - CASTELL M", body=f"""
# Referral returned - incomplete information
{idl(pt)}

Dear {GP_B}

Your referral of 28/12/2043 for suspected obstructive sleep apnoea has been reviewed by Dr Aurelia Stanbury.
Unfortunately it does not yet meet our acceptance criteria.
[[referral_returned_for_workup: Before we can accept this referral please provide an Epworth Sleepiness Score, a STOP-Bang score, her BMI and neck circumference, and a TFT result from the last 6 months]].
In the meantime she may find weight management and sleeping on her side helpful.

If she is a professional driver, or has had a sleep-related road traffic collision, please telephone us on 0118 496 0264 and we will see her urgently regardless.

NHS Services Office
{LUN}
""", notes="Referral rejected until the GP supplies scores, measurements and a blood test: "
             "referral_returned_for_workup. The urgent-driver route is a conditional (decoy).")

# Endocrinology: new Graves' disease, treatment and TFT follow-up kept by the hospital; the TRAb result it sent
# is left to the practice to chase and forward.
pt = P("Imogen Thackray", "741188", "1987-07-04")
letter(key="c12", prov="wsa", dept=ENDO, kind="clinic_letter", specialty="Endocrinology",
       clinician="Dr Benedikt Aldous", patient=pt, ev="2044-01-11", ld="2044-01-14", sent="2044-01-15 09:00",
       fmt="html", opts={"alt": True}, subject="Endocrinology clinic letter - THACKRAY I", body=f"""
# Endocrinology Clinic - New Patient
{idl(pt)}
Clinic date: 11/01/2044 (Monday 11 January 2044)

Dear {GP_A}

Thank you for referring Ms Thackray. Your bloods of 28/12/2043: FT4 42.6 pmol/L, FT3 18.1, TSH below 0.01.
She has weight loss, tremor and heat intolerance, a small diffuse goitre and mild lid retraction (clinical activity score 1/7, no sight-threatening features).

# Diagnosis
Graves' disease

# Plan
- Carbimazole 20 mg OD and propranolol 40 mg TDS, started today; 4 weeks supplied by our pharmacy.
- Agranulocytosis warning given verbally and in writing: she knows to stop carbimazole and have an urgent FBC if she has a sore throat, mouth ulcers or fever.
- Our endocrine nurses will repeat her TFTs and adjust the carbimazole in 4 weeks (booked for 08/02/2044).
- I have referred her directly to the thyroid eye clinic for a baseline assessment.
- TSH receptor antibodies were sent from clinic today and the result will be reported to the practice: [[results_chasing: please could you chase the TRAb result and forward it to our endocrine nurses before her review on 08/02/2044]].

Dr Benedikt Aldous
Consultant Endocrinologist
""", notes="A result of a test the hospital sent, left to the practice to chase and relay: results_chasing. TFT "
             "titration kept by the hospital's nurses and the direct eye-clinic referral are decoys.")

# Endocrinology: Addison's annual review after her ED attendance; continue GP repeats; sent exactly seven days
# after the clinic: hard negative.
letter(key="c13", prov="wsa", dept=ENDO, kind="clinic_letter", specialty="Endocrinology",
       clinician="Dr Benedikt Aldous", patient=pt_gor, ev="2044-01-12", ld="2044-01-18", sent="2044-01-19 08:30",
       fmt="plain", subject="Annual review - adrenal insufficiency - GORRINGE P", body=f"""
{head("wsa", ENDO)}

ANNUAL REVIEW - PRIMARY ADRENAL INSUFFICIENCY

{idl(pt_gor)}
Clinic date: 12/01/2044          Letter date: 18/01/2044

Dear {GP_A}

I saw Mrs Gorringe for her annual review. Her attendance at Pellingford ED on 19/12/2043 with an impending adrenal crisis was well handled, and she and her husband used the emergency injection correctly.
She feels well. BP 124/78 lying, 120/76 standing. Na 138, K 4.3, renin 3.1 (upper end of normal), so the fludrocortisone dose is right.

Medication
  Hydrocortisone 10 mg / 5 mg / 5 mg - unchanged
  Fludrocortisone 100 micrograms OD - unchanged
  Hydrocortisone 100 mg/1 ml emergency injection kit - replaced by the ED in December

Please continue her repeat prescriptions as they are. She carries the NHS Steroid Emergency Card and wears a medical alert bracelet, and we went through the sick day rules again.
Her autoimmune screen (TFTs, B12, coeliac serology) was taken in clinic today and was normal; I have written to her with the results.

There are no actions for the practice. Next annual review: January 2045.

Yours sincerely

Dr Benedikt Aldous
Consultant Endocrinologist
""", notes="Hard negative: an annual review that asks for nothing beyond continuing established repeat "
             "prescriptions; the hospital's own screening results are given to the patient by the hospital. Clinic "
             "12/01, sent 19/01: exactly seven days, on time.")

# IBD discharge after acute severe colitis with infliximab rescue: fit note for the admission asked of the GP;
# discharged 11:30 on Saturday 23 January, sent 14:00 on the Monday: late.
pt = P("Saoirse Plunkett", "741195", "1994-11-02")
letter(key="d03", prov="wsa", dept=IBD, kind="discharge_summary", specialty="Gastroenterology",
       clinician="Dr Felix Ashcombe", patient=pt, ev="2044-01-23", ev_time="11:30", ld="2044-01-25",
       sent="2044-01-25 14:00", fmt="pdf", subject="Discharge summary - Gastroenterology - PLUNKETT S", body=f"""
# DISCHARGE SUMMARY - GASTROENTEROLOGY (WARD 11)
{idl(pt)}
Admitted: 16/01/2044
Date of discharge: 23/01/2044, 11:30
Consultant: Dr A Mabry-Holt. Completed by: Dr Felix Ashcombe, CT1

# Diagnosis
Acute severe ulcerative colitis (pancolitis), first presentation.

# Course
IV hydrocortisone from 16/01/2044; partial response by day 3, so infliximab 5 mg/kg was given on 19/01/2044 as rescue therapy.
Flexible sigmoidoscopy 17/01/2044: severe continuous inflammation; CMV immunohistochemistry negative. Stool cultures and C difficile negative.
On discharge: 2-3 formed stools a day without blood, CRP 6.

# Medication on discharge
- Prednisolone 40 mg OD, reducing by 5 mg each week: full course supplied.
- Mesalazine 4 g OD: 28 days supplied.
- Adcal-D3 one tablet BD: 28 days supplied.
- Infliximab: next doses at week 2 (02/02/2044) and week 6 on our IBD infusion unit (booked). FBC, CRP and albumin will be taken on the unit before each infusion.

# Follow-up
IBD nurse telephone review in 1 week (arranged). IBD clinic in 8 weeks.

# Work
She teaches at a primary school and has been off work since 14/01/2044. [[fit_note: Please could her GP issue a fit note from discharge for 4 weeks]].
""", late="Date of discharge: 23/01/2044, 11:30",
       notes="A fit note for the recovery from the hospital's own admission asked of the GP: fit_note. Discharged "
             "11:30 on 23/01, sent 14:00 on 25/01: 50 h 30 min, late. Steroid course supplied in full and infusion "
             "bloods taken on the unit (decoys).")

# Pituitary clinic: the hospital's surveillance MRI left for the GP to go through with the patient; clinic
# 13 January, sent 26 January: late.
pt = P("Horace Wetherby", "741201", "1957-05-15")
letter(key="c14", prov="pdh", dept=PIT, kind="clinic_letter", specialty="Endocrinology",
       clinician="Dr Yasmin Kirkbride", patient=pt, ev="2044-01-13", ld="2044-01-22", sent="2044-01-26 16:20",
       fmt="pdf", subject="Pituitary clinic letter - WETHERBY H", body=f"""
# Pituitary Clinic
{idl(pt)}
Clinic date: 13/01/2044
Letter typed: 22/01/2044

Dear {GP_B}

Diagnosis: non-functioning pituitary macroadenoma (18 mm), transsphenoidal surgery in 2040; secondary hypothyroidism, hypogonadism and ACTH deficiency.
Current replacement: levothyroxine 100 micrograms OD, testosterone gel 50 mg daily, hydrocortisone 10 mg / 5 mg.

Today: FT4 14.2 pmol/L (TSH is not useful after pituitary surgery), testosterone 16.8 nmol/L, haematocrit 0.49.
His surveillance MRI pituitary was done here on 06/01/2044 but had not been reported by the time of the clinic.
[[patient_redirected_to_gp: Mr Wetherby was anxious to know the MRI result, and I have suggested he books an appointment with you in two weeks to discuss it]].

# Plan
- Continue all replacement at the current doses.
- Haematocrit acceptable on testosterone; we will recheck it next year.
- Formal visual fields requested by us at the eye clinic.
- Review in the pituitary clinic in 12 months.

Dr Yasmin Kirkbride
Consultant Endocrinologist
""", late="Clinic date: 13/01/2044",
       notes="The patient sent to the GP to hear the result of the hospital's own scan: patient_redirected_to_gp. "
             "Clinic 13/01, letter typed 22/01, sent 26/01: 13 days, late.")

# Vascular access day case: AV fistula formation; suture removal and wound check passed to the practice nurse;
# discharged 17:30, sent 19:05 the same day.
letter(key="d04", prov="wsa", dept=VASC, kind="discharge_summary", specialty="Vascular Surgery",
       clinician="Mr Kwabena Ashworth", patient=pt_tar, ev="2044-01-26", ev_time="17:30", ld="2044-01-26",
       sent="2044-01-26 19:05", fmt="plain", subject="Day surgery discharge - AV fistula - TARRANT E", body=f"""
{head("wsa", VASC)}

DAY SURGERY DISCHARGE SUMMARY

{idl(pt_tar)}
Procedure date: 26/01/2044
Procedure: left radiocephalic arteriovenous fistula under regional block (Mr Kwabena Ashworth, Consultant Vascular Surgeon)
Discharged: 26/01/2044 at 17:30

Indication: CKD stage 4 progressing (eGFR 14), planning for haemodialysis.
Outcome: good thrill and bruit at the end of the procedure and on discharge.
Wound: interrupted 4/0 nylon sutures, dry dressing.

Medication: usual medication unchanged, aspirin continued. Paracetamol 1 g QDS as required: 7 days supplied.

Aftercare
- [[post_procedure_care: Please arrange for the practice nurse to check the wound and remove the sutures 10 to 14 days after surgery]].
- Fistula surveillance: the vascular access nurse will see him at 6 weeks (appointment enclosed).

Advice to patient: no blood pressure cuffs, cannulas or blood tests on the left arm; feel for the buzz every day, and if it stops ring the renal unit the same day on 0117 496 0777.
""", notes="Wound check and suture removal after the provider's own operation: post_procedure_care. The fistula "
             "advice is for the patient and surveillance is booked by the hospital (decoys). Discharged 17:30, "
             "sent 19:05 the same day.")

# Dermatological surgery on a transplant patient: suture removal and wound check sent to the GP surgery;
# histology handled by the hospital.
pt = P("Winifred Ambler", "741218", "1952-09-26")
letter(key="c15", prov="pdh", dept=DERM, kind="clinic_letter", specialty="Dermatology",
       clinician="Dr Harriet Ondaatje-Lyle", patient=pt, ev="2044-01-28", ld="2044-01-29", sent="2044-02-01 10:40",
       fmt="docx", subject="Dermatological surgery - AMBLER W", body=f"""
# Dermatological Surgery - Operation Note
{idl(pt)}
Date of procedure: 28/01/2044
Operator: Dr Harriet Ondaatje-Lyle, Associate Specialist

Dear {GP_A}

Mrs Ambler is a kidney transplant recipient (2029) on azathioprine and prednisolone under the St Aldric's transplant team, and is in our transplant skin surveillance clinic.

Procedure: excision of a 14 mm keratotic nodule on the right dorsal hand (clinically squamous cell carcinoma) with 4 mm margins; primary closure with interrupted 5/0 polypropylene sutures. Local anaesthetic: 4 ml 1% lidocaine with adrenaline.

The specimen has gone to histopathology. We will discuss the result at the skin cancer MDT and write to Mrs Ambler and to you.

# Aftercare
- Keep the dressing dry for 48 hours.
- [[post_procedure_care: Sutures to be removed at her GP surgery in 10-12 days, and please check the wound for signs of infection at that visit]].
- Transplant skin surveillance clinic in 3 months (booked).

Dr Harriet Ondaatje-Lyle
""", notes="Suture removal and wound check after the provider's own skin surgery: post_procedure_care. Histology "
             "handled by the hospital and the MDT (decoy).")

# HCC surveillance ultrasound: suspicious renal mass found incidentally; urgent suspected-cancer referral to
# urology left to the GP.
pt = P("Douglas Merriweather", "741225", "1953-02-20")
letter(key="r04", prov="wsa", dept=HEP, kind="results", specialty="Hepatology",
       clinician="Dr Ruth Haldane", patient=pt, ev=None, ld="2044-02-03", sent="2044-02-03 15:30",
       fmt="pdf", subject="URGENT - surveillance ultrasound result - MERRIWEATHER D", body=f"""
# HCC Surveillance - Ultrasound Result
{idl(pt)}
Scan: liver ultrasound on 01/02/2044 (six-monthly HCC surveillance; hepatitis C cirrhosis, cured in 2039)
AFP: 4 kU/L

Dear {GP_B}

Liver: coarse echotexture, no focal liver lesion, no ascites, patent portal vein. No change in his liver surveillance.

Incidental finding: a 38 mm solid, vascular lesion in the upper pole of the right kidney, suspicious for renal cell carcinoma.
[[onward_referral: Please could you refer Mr Merriweather urgently to urology under the suspected cancer pathway]].
The sonographer told him on the day that a further scan might be needed.

Next liver surveillance scan in 6 months: we will book it.

Dr Ruth Haldane
Consultant Hepatologist
""", urgent=True,
       notes="A suspected cancer found on the hospital's own scan, with the urgent onward referral left to the GP: "
             "onward_referral; a suspected-cancer step, so urgent_clinical_action.")

# Hepatology: PBC with obeticholic acid started and supplied by the hospital; monitoring table shows the
# hospital doing its own tests: hard negative.
pt = P("Esther Lavington", "741232", "1964-08-19")
letter(key="c16", prov="wsa", dept=HEP, kind="clinic_letter", specialty="Hepatology",
       clinician="Dr Ruth Haldane", patient=pt, ev="2044-02-08", ld="2044-02-11", sent="2044-02-12 12:00",
       fmt="docx", subject="Liver clinic letter - LAVINGTON E", body=f"""
# LIVER CLINIC
{idl(pt)}
Clinic date: 08/02/2044

Dear {GP_A}

Diagnosis: primary biliary cholangitis (AMA positive, 2040); Fibroscan today 8.2 kPa.
She has had an inadequate response to ursodeoxycholic acid (ALP 412 after 12 months on 15 mg/kg), so we have added obeticholic acid as second-line treatment.

# Medication
- Ursodeoxycholic acid 500 mg BD: unchanged, please continue on repeat.
- Obeticholic acid 5 mg OD: started today; a specialist medicine that will be prescribed and supplied by our hospital pharmacy only.
- Colestyramine 4 g sachets as required for itch, at least 4 hours apart from the obeticholic acid: unchanged.

# Monitoring
| Drug | Test | Frequency | Who |
| Obeticholic acid | LFTs, itch score | 3 months after starting, then every 6 months | Liver clinic (bloods taken in clinic) |
| Ursodeoxycholic acid | ALP, bilirubin | every 6 months | Liver clinic |
| - | DEXA | every 3 years | Liver clinic (requested today) |

Information for the patient: if your itch becomes much worse, or you notice yellowing of the eyes, call the liver nurses on 0117 496 0760.

Liver clinic again in 3 months.

Dr Ruth Haldane
Consultant Hepatologist
""", notes="Hard negative: a specialist drug started and supplied by the hospital, a monitoring table in which every "
             "test is the clinic's, a green medicine to continue, and advice to the patient to call the liver "
             "nurses.")

# Community home oxygen review 8 weeks after the COPD admission: not eligible for LTOT, concentrator removed by
# the service: hard negative.
letter(key="c17", prov="hal", dept=HOS, kind="clinic_letter", specialty="Respiratory Medicine",
       clinician="Mr Tobin Greatorex", patient=pt_ash, ev="2044-02-09", ld="2044-02-12", sent="2044-02-15 13:30",
       fmt="docx", subject="Home oxygen review - ASHGROVE B", body=f"""
# HOME OXYGEN ASSESSMENT AND REVIEW
{idl(pt_ash)}
Date of assessment: 09/02/2044 (home visit)
Assessed by: Mr Tobin Greatorex, Respiratory Nurse Specialist

Dear {GP_B}

Mr Ashgrove went home from Pellingford General Hospital on 09/12/2043 with hospital discharge oxygen, and we have reassessed him eight weeks after that exacerbation as planned.

He is clinically stable with no ankle oedema. SpO2 on air at rest 91%. Earlobe capillary gas on air: pO2 7.6 kPa, pCO2 5.4 kPa. Haematocrit 0.44 (hospital bloods, December).

# Outcome
He does not meet the criteria for long-term oxygen therapy, and ambulatory oxygen is not indicated.
With his agreement we have sent a removal order to the oxygen supplier, who will collect the concentrator; no prescription is needed from the practice.
He remains on the pulmonary rehabilitation waiting list (referred by the hospital).

If he is admitted again with an exacerbation, the acute team can refer him back to us directly.

No GP action required.

Tobin Greatorex
""", notes="Hard negative: oxygen reassessed and removed by the community service, which says no prescription is "
             "needed; re-referral after a future admission is a conditional for the acute team; 'no GP action "
             "required'.")

# Sleep service: CPAP annual review, consumables supplied, patient told to use the helpline: hard negative.
pt = P("Lionel Gathercole", "741249", "1955-06-03")
letter(key="c18", prov="lun", dept=SLEEP, kind="clinic_letter", specialty="Sleep Medicine",
       clinician="Mr Jasper Quennell", patient=pt, ev="2044-02-16", ld="2044-02-17", sent="2044-02-18 10:00",
       fmt="html", opts={"alt": True, "label_col": True}, subject="CPAP annual review - GATHERCOLE L", body=f"""
# CPAP Annual Review
{banner(pt)}
| Review date | 16/02/2044 (Tuesday 16 February 2044) |
| Seen by | Mr Jasper Quennell, Senior Sleep Physiologist |
| Diagnosis | Severe obstructive sleep apnoea (AHI 41 per hour, 2041) |

Dear {GP_A}

Mr Gathercole is doing well on CPAP. Download for the last 12 months: average use 6.8 hours a night on 94% of nights, residual AHI 2.1, leak low. Epworth score 5.
He continues to meet the DVLA standard for his Group 1 licence, and he knows this.
Replacement mask, tubing and filters were issued today; consumables and the machine are supplied by us.
If he has problems with his machine he should contact our helpline (0118 496 0265) rather than the surgery.

No action is needed from the practice. We will review him again in 12 months by remote download.

{LUN}
""", notes="Hard negative: an annual review that asks nothing; equipment supplied by the provider; the patient is "
             "pointed to the provider's own helpline, not the GP.")

# Neurology discharge after an MS relapse: fit note already issued by the ward, ocrelizumab given by the
# hospital; discharged 12:10, sent 11:40 the next day (23 h 30 min): on time, hard negative.
pt = P("Dominic Allardyce", "741256", "1983-01-07")
letter(key="d05", prov="pdh", dept=NEURO, kind="discharge_summary", specialty="Neurology",
       clinician="Dr Lucia Ferreira-Bligh", patient=pt, ev="2044-02-19", ev_time="12:10", ld="2044-02-20",
       sent="2044-02-20 11:40", fmt="pdf", subject="Neurology discharge summary - ALLARDYCE D", body=f"""
# NEUROLOGY DISCHARGE SUMMARY - WARD 22
{idl(pt)}
Admitted: 16/02/2044
Discharged: 19/02/2044 at 12:10
Consultant: Dr R Castellan. Completed by: Dr Lucia Ferreira-Bligh, ST3 Neurology

# Diagnosis
Relapse of relapsing-remitting multiple sclerosis (brainstem: diplopia and ataxia). EDSS 4.0.

# Treatment
IV methylprednisolone 1 g daily for 3 days (16/02/2044 to 18/02/2044), completed on the ward. Diplopia improving, walking independently.

# Disease-modifying therapy
Ocrelizumab every 6 months on our neurosciences day unit; next infusion due 04/04/2044 (booked). FBC and immunoglobulins will be taken on the day unit beforehand.
Ocrelizumab is given by the hospital only; please keep it on his record as a hospital-administered medicine.

# Discharge arrangements
- Fit note (Med3) for 4 weeks from 16/02/2044 issued by the ward.
- Referred by the ward therapists to the Hallowmere community neuro-rehabilitation team.
- The MS nurse will telephone him within a week.
- If his symptoms worsen he should ring the MS helpline; if they are sudden or severe he should attend the Emergency Department.

# GP actions
None.
""", notes="Hard negative: fit note already issued by the ward, rehab referral made by the ward, infusion bloods "
             "taken on the day unit, safety-netting aimed at the patient. Discharged 12:10 on 19/02, sent 11:40 on "
             "20/02: 23 h 30 min, on time.")

# Renal: lupus nephritis, mycophenolate handed over after the practice signed the shared-care agreement; the
# monitoring table splits the work as agreed: hard negative.
pt = P("Aaliyah Brennock", "741263", "1992-03-03")
letter(key="c19", prov="wsa", dept=RENAL, kind="clinic_letter", specialty="Renal Medicine",
       clinician="Dr Jonah Penhallow", patient=pt, ev="2044-02-23", ld="2044-02-25", sent="2044-02-26 11:00",
       fmt="html", opts={"header": True}, subject="Renal clinic letter - BRENNOCK A", body=f"""
# Renal Clinic - Lupus Nephritis
{idl(pt)}
Clinic date: 23/02/2044

Dear {GP_B}

Diagnosis: systemic lupus erythematosus with class IV lupus nephritis (biopsy 2042), in complete renal remission: urine PCR 22, creatinine 68, C3 normal, dsDNA 14.

Thank you for returning the signed shared care agreement for mycophenolate mofetil on 15/02/2044.
As agreed, prescribing of mycophenolate mofetil 1 g BD transfers to the practice from 01/03/2044; she has four weeks' supply from us to cover the changeover.
Hydroxychloroquine 200 mg OD continues on her repeat prescription as before.

# Monitoring schedule
| Drug | Test | Frequency | Who |
| Mycophenolate mofetil | FBC, U&Es, LFTs | monthly until June 2044, then every 3 months | GP, under the signed shared care agreement |
| Mycophenolate mofetil | urine PCR, complement, dsDNA | every 3 months | Renal clinic, taken at the clinic visit |
| Hydroxychloroquine | retinal OCT screening | yearly | Ophthalmology (referred by us) |

She knows that mycophenolate harms an unborn baby; she has a contraceptive implant, fitted in 2042, and will tell us at once if she plans a pregnancy.

Renal clinic again in 3 months.

Dr Jonah Penhallow
Consultant Nephrologist
""", notes="Hard negative: an amber drug handed over after the practice signed the shared care agreement; the "
             "monitoring table gives the GP only what the agreement covers; hydroxychloroquine is an existing "
             "repeat.")

# IBD clinic: azathioprine added by the hospital, to be handed to the practice without a shared-care agreement;
# the provider's own audit form sent for the practice to fill in.  Clinic on leap day.
pt = P("Rory Pendlebury", "741270", "1999-05-18")
letter(key="c20", prov="wsa", dept=IBD, kind="clinic_letter", specialty="Gastroenterology",
       clinician="Dr Anwen Mabry-Holt", patient=pt, ev="2044-02-29", ld="2044-03-03", sent="2044-03-04 09:20",
       fmt="pdf", subject="IBD clinic letter - PENDLEBURY R", body=f"""
# IBD CLINIC
{idl(pt)}
Clinic date: 29/02/2044

Dear {GP_A}

Diagnosis: ileocolonic Crohn's disease (Montreal A2 L3 B1), diagnosed 2042.
Treatment: adalimumab 40 mg SC every 2 weeks since June 2043, delivered by Medivale Homecare; azathioprine 100 mg OD added as combination therapy on 18/01/2044 (TPMT normal), prescribed by us so far.
Today: Harvey-Bradshaw index 2; faecal calprotectin 88 micrograms/g (720 in December).

# Plan
- Continue adalimumab: hospital prescribed and delivered by homecare, so please do not prescribe it.
- [[shared_care_without_agreement: From April, please could the practice take over prescribing azathioprine 100 mg daily together with the FBC and LFT checks every 3 months]].
- Adalimumab drug level and antibodies were taken today; we will act on the result.
- Please offer him pneumococcal vaccination and the annual flu vaccine, as he is immunosuppressed.
- [[non_contractual_admin: We are taking part in the national IBD Biologics Audit and would be grateful if the practice could complete the enclosed GP data sheet (vaccination history and steroid courses in the last 12 months) and return it to the IBD office]].

Review in the IBD clinic in 6 months.

Dr Anwen Mabry-Holt
Consultant Gastroenterologist
""", notes="Prescribing and monitoring of azathioprine (amber) transferred with no shared care agreement offered: "
             "shared_care_without_agreement; the provider's audit data sheet: non_contractual_admin. Adalimumab kept "
             "by the hospital, drug levels acted on by the hospital, vaccinations are GP work (decoys).")

# ====================================================================== messages that are not letters

other(key="o01", sent="2043-11-06 09:14", type="ooo", notes="Out-of-office reply from a rheumatology secretary.",
      frm="Carys Wellbeloved <carys.wellbeloved@wsah.nhs.uk>",
      subject="Automatic reply: methotrexate shared care query",
      body="Thank you for your e-mail. I am on annual leave until Monday 16 November 2043.\n\nFor urgent "
           "rheumatology queries please ring the advice line on 0117 496 0745 (Monday to Friday, 09:00-16:00).\n"
           "Shared care agreements can be returned to rheum.sharedcare@wsah.nhs.uk.\n")
other(key="o02", sent="2043-11-20 16:05", type="massmail", notes="Homecare company mass mailing to all practices "
      "(bulk); it says practices do not prescribe homecare medicines.",
      frm="Medivale Homecare Services <gp-updates@medivale-homecare.example.co.uk>",
      subject="Christmas and New Year delivery schedule for homecare patients",
      body="MEDIVALE HOMECARE SERVICES - UPDATE FOR GP PRACTICES\n\nDeliveries of homecare medicines (biologics, "
           "immunosuppressants and others) over the holiday period:\n- Deliveries due 24 to 28 December 2043 will be "
           "brought forward to 21 to 23 December.\n- Deliveries due 31 December 2043 to 2 January 2044 will be made "
           "on 30 December.\n\nPatients will be contacted by our team to confirm dates. Homecare medicines are "
           "prescribed by the hospital team, and GP practices do not need to take any action.\n\nMedivale Homecare "
           "patient line: 0808 157 0412\n")
other(key="o03", sent="2043-11-27 19:48", type="patient", notes="A patient's own e-mail quoting what the hospital "
      "told him; nothing to detect.",
      frm="Desmond Pryor-Hatton <des.ph@example.com>", subject="blood tests every 2 weeks?",
      body="Hello,\n\nThe rheumatology consultant put my leflunomide up at the start of November and said the surgery "
           "would do blood tests every two weeks. Do I need to book these or will you send for me? I also need my "
           "blood pressure doing.\n\nThanks\nDes Pryor-Hatton\n07700 900 524\n")
other(key="o04", sent="2043-12-03 02:17", type="phish", notes="Phishing posing as a homecare company invoice.",
      frm="Medivale Homecare Accounts <accounts@medivale-homecare.portal-billing.example.net>",
      subject="FINAL NOTICE: unpaid homecare invoice INV-88213",
      body="Dear Practice Manager,\n\nInvoice INV-88213 for homecare deliveries to your patients is now 30 days "
           "overdue. To avoid suspension of deliveries, confirm payment details within 24 hours:\n"
           "http://medivale-homecare.portal-billing.example.net/pay\n\nAccounts Team\n")
other(key="o05", sent="2043-12-16 12:40", type="internal", notes="Internal practice e-mail from the practice "
      "pharmacist about DMARD recalls; quotes hospital requests but is not a letter.",
      frm="Ffion Castellow <ffion.castellow@nhs.net>", subject="DMARD monitoring recalls - December",
      body="Hi all,\n\nDecember DMARD recall list is on the shared drive. Two things:\n\n1. Pellingford "
           "dermatology have asked us to take over methotrexate for one patient from January with no shared care "
           "agreement. I have drafted a reply asking them to send the agreement first; please don't add it to "
           "repeats yet.\n2. St Aldric's rheumatology have offered shared care for a new methotrexate patient and "
           "the agreement is in Dr Quarrie's tray to sign.\n\nFfion\nPractice Pharmacist, Orchard Lea Medical "
           "Centre\n")
other(key="o06", sent="2044-01-04 07:30", type="bulletin", notes="LMC newsletter (bulk) quoting request wording.",
      frm="Wrexcombe and Pellingford LMC <news@wp-lmc.example.org>", subject="LMC Bulletin - January 2044",
      body="WREXCOMBE AND PELLINGFORD LMC BULLETIN - JANUARY 2044\n\n1. Shared care: we still see letters saying "
           "'GP to take over prescribing and monitoring' with no agreement attached. Practices may decline until an "
           "agreement is offered.\n2. Homecare: red drugs such as biologics and ESAs stay with the hospital even "
           "when a homecare contract changes.\n3. Our template letters have been updated.\n\nTo unsubscribe reply "
           "UNSUBSCRIBE.\n")
other(key="o07", sent="2044-01-13 11:02", type="dsn", notes="Non-delivery report for a reply to a dermatology "
      "secretary.",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>", subject="Undeliverable: RE: methotrexate - TILLOTSON A",
      body="Delivery has failed to these recipients or groups:\n\nderm.secretaries@pdh.nhs.uk\nThe e-mail address "
           "you entered couldn't be found. Please check the recipient's address and try again.\n",
      rcpt="derm.secretaries@pdh.nhs.uk")
other(key="o08", sent="2044-02-01 08:00", type="html_bulletin", notes="ICB medicines optimisation bulletin (bulk) "
      "with traffic-light updates.",
      frm="Wrexcombe and Pellingford ICB Medicines Optimisation <medsopt@wp-icb.example>",
      subject="Medicines Optimisation Bulletin - February 2044",
      body="<html><body><h2>Medicines Optimisation Bulletin</h2><p>February 2044</p><h3>Traffic-light updates</h3>"
           "<table border=\"1\"><tr><th>Medicine</th><th>Status</th></tr><tr><td>Mepolizumab</td><td>Red - "
           "hospital only</td></tr><tr><td>Darbepoetin alfa</td><td>Red - hospital only</td></tr><tr><td>"
           "Azathioprine</td><td>Amber - shared care agreement required</td></tr><tr><td>Obeticholic acid</td>"
           "<td>Red - hospital only</td></tr></table><p>You receive this bulletin because your practice is on the "
           "ICB distribution list.</p></body></html>\n")
other(key="o09", sent="2044-02-22 14:26", type="spam", notes="Marketing e-mail for CPAP supplies.",
      frm="SnoozeRight Direct <offers@snoozeright.example.com>", subject="40% off CPAP masks for your patients",
      body="Dear Practice Manager,\n\nRecommend SnoozeRight to your CPAP patients and they save 40% on masks, "
           "filters and tubing this month.\n\nReply STOP to opt out.\n")
other(key="o10", sent="2044-03-08 17:31", type="ooo", notes="Automatic reply from the IBD nurse helpline mailbox.",
      frm="IBD Nurse Helpline <ibd.nurses@wsah.nhs.uk>", subject="Automatic reply: azathioprine shared care",
      body="Thank you for contacting the IBD nurse helpline. We aim to reply within two working days.\n\nIf a "
           "patient is acutely unwell, please direct them to the Emergency Department or NHS 111.\n")


# ====================================================================== rendering and checks

MARKING = {"wsa": "OFFICIAL-SENSITIVE: PERSONAL", "pdh": "CONFIDENTIAL - patient information",
           "hal": "OFFICIAL-SENSITIVE", "lun": "PRIVATE AND CONFIDENTIAL - NHS patient"}
COLOUR = {"wsa": "#1d4f91", "pdh": "#006b5f", "hal": "#8a3b12", "lun": "#4b4b8f"}
FONT = {"wsa": "Arial,sans-serif", "pdh": "Calibri,Arial,sans-serif", "hal": "Verdana,sans-serif",
        "lun": "Tahoma,Verdana,sans-serif"}


def house(L: dict, p: dict) -> dict:
    """Each provider's colour, font and protective marking in the table-letterhead frame."""
    c = COLOUR[L["prov"]]
    return dict(heading=f'<h3 style="font-size:11pt;color:{c};margin:8px 0 4px 0">{{}}</h3>',
                cell=f'style="border:1px solid {c};padding:3px 6px;vertical-align:top"',
                font=FONT[L["prov"]], marking=MARKING[L["prov"]],
                footer=f"{html.escape(p['name'])} - {html.escape(p['mailer'])}.")


def own(lid: str, lab: dict, text: str) -> list[str]:
    """This corpus's promises for each letter: a letter without findings is noted as a hard negative (or, if
    urgent, says why it has no category), and urgent letters say so."""
    errors = kit.check_notes(lid, lab, urgent_exempt=True)
    if lab["urgent_clinical_action"] and "urgent" not in text.lower():
        errors.append(f"{lid}: urgent letter that does not say urgent")
    return errors


def corpus_checks(labels: list[dict], items: list[kit.Item]) -> list[str]:
    """The kit's checks plus this corpus's promises: at least a third of the letters are hard negatives (no
    findings and not urgent), two late letters of each kind, two on-time letters of each kind near the limit
    (clinic letters on day 7, discharge summaries 23 to 24 hours after discharge), every letter with a monitoring
    table giving its 'Who' column, and weekdays that agree with the calendar in every message (a date without
    its year: October to December 2043, else 2044)."""
    errors = C.checks(labels, items, urgent=(2, 3), others=10, own=own,
                      each=kit.weekday_check(year=lambda month: 2043 if month >= 10 else 2044))
    errors += kit.check_negatives(labels, not_urgent=True) + kit.check_late_counts(labels, 2)
    errors += kit.check_near_limits(labels, items, day7=2, hours=2)
    tables = sum("| Drug | Test | Frequency | Who |" in L["body"] for L in C.letters)
    if tables < 3:
        errors.append("fewer than three monitoring-schedule tables")
    return errors


if __name__ == "__main__":
    sys.exit(C.run(sys.argv[1:], house=house, checks=corpus_checks, negatives="hard negatives"))
