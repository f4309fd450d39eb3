#!/usr/bin/env python3
"""Build the thirty-eighth (independent, held-out) corpus: tests/corpus/thirtyeighth/.

Style: cancer and haematology services.  Haematology and oncology clinics, the acute oncology service, lung
MDT outcomes, two-week-wait clinic and triage outcomes, radiotherapy and chemotherapy units, a hospice and a
community trust's lymphoedema and dietetic services.  The letters deal with bloods before cycles, oral
anti-cancer and other hospital-only medicines (capecitabine, imatinib, lenalidomide, R-CHOP supportive
medicines), hormone and bone injections (leuprorelin, goserelin, denosumab) with and without shared care,
anticoagulation in cancer (a capecitabine-warfarin interaction the hospital sorts out itself), anticipatory
(just-in-case) medicines, staging results, time-critical suspected-cancer steps, neutropenic sepsis
safety-netting aimed at the patient, breaking bad news, and letters where the specialist team does almost
everything itself.  Many of the provider letters are hard negatives or carry hard-negative sentences: the team
books, dispenses, bleeds and refers itself; requests that are ordinary general practice (anticipatory
medicines, oral nutritional supplements, vaccination, the palliative care register, removing a stopped drug
from the repeat list); a shared-care protocol offered for agreement and one already signed; safety-netting
for the patient; conditionals; fit notes already issued.

Five invented providers write to an invented practice, Slatefield Medical Practice: Kestlemoor University
Hospitals NHS Trust (acute: haematology, lung and colorectal two-week-wait, upper GI, ED), Wenlow Cancer Centre
NHS Foundation Trust (medical and clinical oncology, chemotherapy day unit, acute oncology), Orrick Bay
Hospitals NHS Trust (district general: urology, breast, dermatology, gynaecology, haematology and
anticoagulation), St Merewen's Hospice (a charity with NHS contracts: inpatient unit, community specialist
palliative care, hospice at home) and Pellbrook Community Health NHS Trust (lymphoedema, oncology dietetics).
Letters come as plain text, HTML (some with a text alternative, tables laid out as label | value or with a
header row), PDF and DOCX behind a cover note.  Ten messages are not letters (auto-reply, Cancer Alliance and
hospice bulletins, patients and a carer writing in, phishing, a bounce, internal practice mail, a supplier,
a trust mass mailing).  Every Date header falls in GMT, 2 November to 18 December 2043.

Written from the category definitions alone (TAXONOMY.md and the domain README); no detector output was used.
Everything is invented; NHS numbers are 999-range with a valid Modulus 11 check digit; telephone numbers are in
Ofcom drama ranges.  The build is deterministic.

    python3 tests/corpus/make_thirtyeighth.py            # build, then verify
    python3 tests/corpus/make_thirtyeighth.py --verify-only
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

KES = "Kestlemoor University Hospitals NHS Trust"
WEN = "Wenlow Cancer Centre NHS Foundation Trust"
ORR = "Orrick Bay Hospitals NHS Trust"
MER = "St Merewen's Hospice"
PEL = "Pellbrook Community Health NHS Trust"
PROV = {
    "kes": dict(
        name=KES, site="Kestlemoor General Hospital", addr=["Abbotsgate", "Kestlemoor", "KQ8 2RL"],
        phone="0113 496 0715", domain="kestlemoor.nhs.uk",
        sender="KUH Clinical Letters <clinical.letters@kestlemoor.nhs.uk>", mailer="KUH Medisec Dispatch 6.1"),
    "wen": dict(
        name=WEN, site="Wenlow Cancer Centre", addr=["Harebell Drive", "Wenlow", "VQ2 9PD"],
        phone="0161 496 0342", domain="wenlowcc.nhs.uk",
        sender="Wenlow Cancer Centre Correspondence <correspondence@wenlowcc.nhs.uk>", mailer="OncoDoc Outbound 3.4"),
    "orr": dict(
        name=ORR, site="Orrick Bay District Hospital", addr=["Seawall Road", "Orrick Bay", "XQ9 4FA"],
        phone="0117 496 0188", domain="orrickbay.nhs.uk",
        sender="OBH eLetters <obh.eletters@nhs.net>", mailer="OBH Lorenzo Letters 9"),
    # A charity hospice holding NHS contracts for its inpatient unit and community palliative care.
    "mer": dict(
        name=MER, site="St Merewen's Hospice", addr=["Chantry Lane", "Slatefield", "XQ3 5NW"],
        phone="01632 960 247", domain="stmerewens.org.uk",
        sender="St Merewen's Hospice Clinical Team <clinical@stmerewens.org.uk>", mailer="Crosscare Hospice Records 2.2"),
    "pel": dict(
        name=PEL, site="Pellbrook Health Centre", addr=["Ropewalk", "Pellbrook", "XQ6 1DS"],
        phone="0114 496 0463", domain="pellbrookch.nhs.uk",
        sender="Pellbrook Community Health <pch.letters@nhs.net>", mailer="SystmOne Correspondence"),
}
COVERS = {
    "kes": "{trust}\n{dept}\n\nPlease find attached a {doctype} for a patient registered at your practice.\n"
           "Document reference: {ref}\n\nThis is an automated message from KUH Medisec. Replies to this address "
           "are not read.\n",
    "wen": "Wenlow Cancer Centre - secure clinical correspondence\n\nAttached: {doctype} ({dept})\nRef: {ref}\n\n"
           "Clinical queries about a patient on active cancer treatment: 24-hour Acute Oncology Hotline, "
           "0161 496 0399.\n",
    "orr": "{trust}\n{dept}\n\nDear Colleague\n\nPlease see the attached {doctype} (ref {ref}).\n\n"
           "OBH Correspondence Team\n",
    "mer": "St Merewen's Hospice\n{dept}\n\nPlease find attached a {doctype} (our ref {ref}).\n\nWith kind regards\n"
           "Hospice Medical Secretaries\n",
    "pel": "{trust} - {dept}\n\nA {doctype} is attached for your records. Ref: {ref}\n",
}
PRACTICE = "Slatefield Medical Practice"
C = kit.Corpus("thirtyeighth", "t38", f"{PRACTICE} <slatefield.practice@nhs.net>", PROV, cover=COVERS,
               window=("2043-11-02", "2043-12-18"), utc_hours=0)
other = C.other
idl = kit.idline


LABEL_LINE = re.compile(r"[A-Z][\w ]{0,25}:")


def reflow(body: str) -> str:
    """Join the lines of a typed paragraph that were broken in the source only to keep it narrow, so the mail
    client's wrapping (kit.typed_text) fills them: a long line is joined to the next unless it ends a sentence,
    a label or a bracket, or the next line is blank, a list item or a 'Label:' line."""
    out: list[str] = []
    for line in body.split("\n"):
        prev = out[-1] if out else ""
        nxt = line.strip()
        if (len(prev) >= 60 and nxt and not nxt.startswith("- ") and not LABEL_LINE.match(nxt)
                and not prev.rstrip().endswith((".", ":", ")", "]"))):
            out[-1] = prev.rstrip() + " " + nxt
        else:
            out.append(line)
    return "\n".join(out)


letter = kit.inline_letters(C, reflow)
head = kit.letterheads(PROV)


def to_gp(gp: str) -> str:
    """The practice address block of a typed letter."""
    return f"{gp}\n{PRACTICE}\n4 Tannery Row, Slatefield, XQ3 7HB"


HAEM = "Haematology Outpatients"
HAEM_WARD = "Haematology (Ward 14)"
THROMB = "Haematology - Thrombosis Clinic"
CML = "Haematology - Chronic Myeloid Leukaemia Clinic"
LUNG_MDT = "Lung Cancer Multidisciplinary Team"
LUNG_2WW = "Respiratory Medicine - Suspected Lung Cancer Triage"
COLO_2WW = "Colorectal Surgery - Suspected Cancer Pathway"
UGI = "Upper GI and HPB Surgery"
KED = "Emergency Department"
AOU = "Acute Oncology Unit (Ward 3)"
MO_BREAST = "Medical Oncology - Breast"
MO_URO = "Medical Oncology - Urology"
RT_HN = "Clinical Oncology - Head and Neck Radiotherapy"
RT_BREAST = "Clinical Oncology - Breast Radiotherapy"
RT_URO = "Clinical Oncology - Urology Radiotherapy"
CDU = "Chemotherapy Day Unit - SACT Pre-assessment"
URO = "Urology - Urological Cancer Clinic"
BREAST = "Breast Unit - One-stop Clinic"
DERM = "Dermatology - Skin Surgery"
DERM_2WW = "Dermatology - Skin Cancer Two Week Wait"
GYN_WARD = "Gynaecology (Ward 6)"
OHAEM = "Haematology"
LYMPHOMA = "Haematology - Lymphoma Clinic"
ANTICOAG = "Anticoagulation Clinic"
IPU = "Inpatient Unit"
CSPC = "Community Specialist Palliative Care Team"
H_AT_HOME = "Hospice at Home"
LYMPH = "Lymphoedema Service"
DIET = "Oncology Dietetics"

# ====================================================================== letters

# C01 haematology: stable ET on hydroxycarbamide handed to the practice (prescribing and FBC monitoring) with no
# shared-care agreement offered.
pt = P("Leonard Pyecroft", "381014", "1951-06-14")
letter(key="c01", prov="kes", dept=HAEM, kind="clinic_letter", specialty="Haematology",
       clinician="Dr Imogen Castellane", patient=pt, ev="2043-10-29", ld="2043-10-30", sent="2043-11-02 09:10",
       fmt="plain", subject="Haematology clinic letter - PYECROFT L", body=f"""
{head("kes", HAEM)}

{to_gp("Dr N Quarrie")}

Date of letter: 30/10/2043
Clinic date: 29/10/2043 (Myeloproliferative Clinic)
{idl(pt)}

Diagnosis: JAK2 V617F positive essential thrombocythaemia, diagnosed 2039
Current treatment: hydroxycarbamide 500 mg OD, aspirin 75 mg OD

Dear Dr Quarrie

I reviewed Mr Pyecroft in the myeloproliferative clinic yesterday. He is well, with no vasomotor
symptoms and no thrombotic or bleeding events since he was last seen. Spleen not palpable.

Bloods in clinic: Hb 138, WCC 6.1, neuts 3.9, plt 412, MCV 104 (in keeping with hydroxycarbamide). U&Es and LFTs
normal.

His counts have been stable on the same dose for over 18 months and I do not think he needs to keep
coming to the hospital every 8 weeks. [[shared_care_without_agreement: I would be grateful if the practice would now take over prescribing his hydroxycarbamide and check an FBC every 8 weeks, reducing the dose if the neutrophils fall below 1.5 or the platelets below 100]]. Please continue aspirin 75 mg OD.

I have not booked further haematology follow-up, but I would be very happy to see him again if his
platelets rise above 600 or he has any thrombotic event.

Yours sincerely

Dr Imogen Castellane
Consultant Haematologist

cc Mr L Pyecroft
""", notes="Hydroxycarbamide (amber, shared care) prescribing and FBC monitoring handed to the practice with no "
             "shared-care agreement offered: shared_care_without_agreement. Aspirin (green) to continue and the "
             "conditional offer to see him again are decoys. Clinic 29/10, sent 02/11: on time.")

# D01 acute oncology: neutropenic sepsis; antibiotics to complete the course supplied, fit note issued on the
# ward, cycle 4 rearranged by the unit, safety-netting aimed at the patient: hard negative.
pt = P("Kerry Fensome", "381021", "1984-10-05")
letter(key="d01", prov="wen", dept=AOU, kind="discharge_summary", specialty="Acute Oncology",
       clinician="Dr Yasmin Threadgold", patient=pt, ev="2043-11-02", ev_time="15:40", ld="2043-11-03",
       sent="2043-11-03 11:05", fmt="html", opts={"label_col": True},
       subject="Discharge summary - Acute Oncology Unit - FENSOME K", body=f"""
# Inpatient Discharge Summary - Acute Oncology
| Patient | {pt['name']} |
| Date of birth | {dmy(pt['dob'])} |
| NHS number | {spaced(pt['nhs_number'])} |
| Admitted | 29/10/2043 22:10 via the Acute Oncology Assessment Unit |
| Date of discharge | 02/11/2043 15:40 |
| Consultant | Dr P Lambourne (Medical Oncology) |
| Completed by | Dr Yasmin Threadgold, Acute Oncology Registrar |

# Diagnosis
Neutropenic sepsis, day 8 of cycle 3 adjuvant FEC-T (first docetaxel cycle) for left breast cancer. No source identified; blood cultures negative at 48 hours.

# Course
Neutrophils 0.2 on admission; IV piperacillin-tazobactam within 45 minutes of arrival. Apyrexial from 31/10/2043 and neutrophils 1.8 on 02/11/2043. Switched to oral antibiotics on 01/11/2043.

# Medication on discharge
| Ciprofloxacin 500 mg BD and co-amoxiclav 625 mg TDS | 3 days supplied, which completes the 7-day course on 05/11/2043 |
| Filgrastim | to be given with cycle 4 onwards; supplied by the Chemotherapy Day Unit |
| Other medicines | unchanged |

# Follow-up
- Cycle 4 deferred by one week to 19/11/2043; the Chemotherapy Day Unit has given Ms Fensome her new date and will check her FBC beforehand.
- Fit note issued on the ward to 30/11/2043.
- No GP action required.

# Information for the patient
If your temperature is 37.5C or above, or you feel shivery or unwell, ring the 24-hour Acute Oncology Hotline on 0161 496 0399 straight away. Do not wait to see your GP.
""", notes="Hard negative: antibiotics supplied to complete the course (three days is the rest of a seven-day "
             "course, not a short supply), G-CSF supplied by the unit, next cycle and its bloods arranged by the "
             "unit, fit note already issued, safety-netting aimed at the patient. Discharged 15:40 on 02/11, sent "
             "11:05 on 03/11: on time.")

# C05 community lymphoedema: discharged after one missed first appointment, GP asked to re-refer.
pt = P("Pauline Gorrell", "381038", "1958-04-17")
letter(key="c05", prov="pel", dept=LYMPH, kind="clinic_letter", specialty="Lymphoedema",
       clinician="Ms Rhiannon Beddoes", patient=pt, ev="2043-10-30", ld="2043-11-02", sent="2043-11-03 11:00",
       fmt="docx", subject="Lymphoedema Service - did not attend - GORRELL P", body=f"""
# LYMPHOEDEMA SERVICE - NOTIFICATION OF NON-ATTENDANCE
{idl(pt)}
Appointment: Friday 30 October 2043 at 10:30, Pellbrook Health Centre (new patient assessment)
Appointment date: 30/10/2043
Referred by: Breast Care Nurses, Wenlow Cancer Centre, on 14/09/2043
Letter date: 02/11/2043

Dear Dr Egremont

Mrs Gorrell was referred to us with swelling of the right arm following axillary clearance and radiotherapy for breast cancer. She did not attend her new patient appointment on 30/10/2043 and we were not able to reach her on the mobile number we hold.

In line with our access policy she has been discharged from the Lymphoedema Service. [[dna_rereferral: We would ask that you re-refer her through e-RS if she still needs lymphoedema assessment, including up-to-date arm measurements with the referral]].

Yours sincerely

Rhiannon Beddoes
Lymphoedema Specialist Practitioner
""", notes="Discharged after a single missed first appointment and the GP asked to re-refer (although the referral "
             "came from the cancer centre): dna_rereferral. The request is phrased 'if she still needs', which is "
             "the usual form of a DNA re-referral request, not a hypothetical.")

# R01 lung MDT outcome: everything booked by the hospital, key worker phones the patient: hard negative.
pt = P("Colin Marsden", "381045", "1956-06-23")
letter(key="r01", prov="kes", dept=LUNG_MDT, kind="results", specialty="Respiratory Medicine",
       clinician="Dr Bartholomew Ince", patient=pt, ev=None, ld="2043-11-04", sent="2043-11-04 15:10",
       fmt="pdf", subject="Lung MDT outcome - MARSDEN C", body=f"""
# LUNG CANCER MDT OUTCOME
{idl(pt)}
MDT meeting: Tuesday 3 November 2043
Chair: Dr Bartholomew Ince, Consultant Respiratory Physician
Referral: suspected lung cancer pathway, your referral of 21/10/2043

# Imaging reviewed
CT chest, abdomen and pelvis 28/10/2043: 34 mm spiculated mass in the right upper lobe with an enlarged right hilar node (14 mm short axis). No liver or adrenal lesions. No bone lesions.

# MDT outcome
Probable primary lung cancer, radiological stage T2a N1 M0. Performance status 1. Fit for radical treatment if staging confirms.

# Plan (all arranged by the lung team)
1. PET-CT booked for 10/11/2043 at Kestlemoor General Hospital.
2. EBUS-TBNA booked for 17/11/2043 (Day Case Unit); pre-procedure bloods will be taken at the EBUS pre-assessment.
3. Full lung function tests booked for 17/11/2043.
4. Results clinic with Dr Ince on 24/11/2043; Mr Marsden will hear the results from us there.

# Key worker
Ms Gail Ambrose, Lung Cancer Nurse Specialist, telephoned Mr Marsden after the meeting to explain the plan. Direct line 0113 496 0731.

# Actions for GP
None at this stage. This summary is for your information.
""", notes="Hard negative: an MDT outcome where the lung team books every test, gives the results itself and the key "
             "worker has told the patient. Not urgent: no action is asked of the practice.")

# C02 urology: leuprorelin started in clinic, injections and PSA monitoring handed to the practice without a
# shared-care agreement; clinic 27/10, sent 05/11 (nine days): late.
pt = P("Raymond Ebdon", "381052", "1947-02-03")
letter(key="c02", prov="orr", dept=URO, kind="clinic_letter", specialty="Urology",
       clinician="Mr Dominic Ashworth-Pryce", patient=pt, ev="2043-10-27", ld="2043-11-03", sent="2043-11-05 14:30",
       fmt="docx", subject="Urology clinic letter - EBDON R", body=f"""
# UROLOGY OUTPATIENTS - UROLOGICAL CANCER CLINIC
{idl(pt)}
Clinic date: 27/10/2043
Seen by: Mr Dominic Ashworth-Pryce, Consultant Urological Surgeon, with Sister Helen Wragg, Uro-oncology CNS
Dictated 27/10/2043; typed 03/11/2043

Dear Dr Thackray

# Diagnosis
Adenocarcinoma of the prostate, Gleason 4+4=8 (Grade Group 4), cT3a N0 M0 on MRI and bone scan. PSA at diagnosis 23.6.

# Discussion
I saw Mr Ebdon with his wife and explained the MDT recommendation of hormone therapy with radical radiotherapy. He would like to go ahead, and I have referred him directly to the clinical oncology team at Wenlow Cancer Centre for radiotherapy planning.

# Treatment started
- Bicalutamide 50 mg OD for 21 days as flare cover: supplied by our pharmacy in clinic.
- Prostap 3 DCS (leuprorelin 11.25 mg) first injection given in clinic by Sister Wragg on 27/10/2043.

# Actions for GP
- [[shared_care_without_agreement: From his next dose, due in 12 weeks, please could the practice take over the Prostap 3 DCS injections and check his PSA every 3 months, letting us know if it rises]].
- Please continue his other regular medicines.

Yours sincerely

Mr D Ashworth-Pryce
Consultant Urological Surgeon
""", late="Clinic date: 27/10/2043",
       notes="Leuprorelin injections and PSA monitoring handed over with no shared-care protocol offered or accepted: "
             "shared_care_without_agreement (LHRH analogues are amber in many local formularies; an area where they "
             "are green would override this). Onward referral to oncology done by the urologist and bicalutamide "
             "supplied (decoys). Clinic 27/10, sent 05/11: nine days, late.")

# C03 breast oncology: capecitabine started; pre-cycle bloods pushed to the practice.  Capecitabine itself
# dispensed by the centre; safety-netting aimed at the patient.
pt = P("Alison Treharne", "381069", "1966-09-22")
letter(key="c03", prov="wen", dept=MO_BREAST, kind="clinic_letter", specialty="Medical Oncology",
       clinician="Dr Priyanka Lambourne", patient=pt, ev="2043-11-04", ld="2043-11-05", sent="2043-11-06 16:20",
       fmt="html", opts={"alt": True}, subject="Oncology clinic letter - TREHARNE A", body=f"""
# Medical Oncology Clinic Letter
{idl(pt)}
Clinic date: 04/11/2043
Consultant: Dr Priyanka Lambourne

# Diagnosis
Metastatic ER-positive, HER2-negative breast cancer (bone and liver), progressing on letrozole and palbociclib (CT 27/10/2043).

# Treatment
Capecitabine 1000 mg/m2 BD, days 1-14 of a 21-day cycle, cycle 1 from 05/11/2043. DPD genotype normal.

Dear Dr Quarrie

I met Mrs Treharne and her husband today to discuss the scan. We agreed to move to capecitabine, which she was keen to take as tablets at home. Capecitabine for cycle 1 has been dispensed by our pharmacy together with loperamide and metoclopramide, and she has had a teaching session with our chemotherapy nurse.

As she lives almost an hour from Wenlow she would rather not travel in for bloods. [[tests_for_hospital: Please could you arrange FBC, U&Es and LFTs at the surgery 48 hours before each cycle, the first by 24/11/2043, and phone the results to the chemotherapy triage line on 0161 496 0350]].

I will see her before cycle 3 with a CT scan, which we will book.

# Information for the patient
Stop capecitabine and ring the 24-hour Acute Oncology Hotline on 0161 496 0399 if you have diarrhoea four or more times a day, sore red palms or soles, a temperature of 37.5C or above, or you feel unwell. Do not wait to see your GP.

Dr P Lambourne
Consultant Medical Oncologist
""", notes="Pre-cycle bloods the oncology team needs before each capecitabine cycle pushed to the practice: "
             "tests_for_hospital. Capecitabine and supportive medicines dispensed by the centre, CT booked by "
             "the team and safety-netting aimed at the patient (decoys).")

# D02 haematology ward: new myeloma; only three days of prophylaxis supplied and pending results passed to the
# GP; discharged 16:30 on 04/11, sent 10:15 on 07/11: late.  Lenalidomide stays with the hospital.
pt = P("Margery Halsall", "381076", "1949-12-01")
letter(key="d02", prov="kes", dept=HAEM_WARD, kind="discharge_summary", specialty="Haematology",
       clinician="Dr Tobias Renwick", patient=pt, ev="2043-11-04", ev_time="16:30", ld="2043-11-06",
       sent="2043-11-07 10:15", fmt="pdf", subject="Discharge summary - Ward 14 Haematology - HALSALL M", body=f"""
# DISCHARGE SUMMARY - HAEMATOLOGY
{idl(pt)}
| Admitted | 28/10/2043 via the Emergency Department |
| Consultant | Dr Imogen Castellane |
| Completed by | Dr Tobias Renwick, Haematology Registrar, 06/11/2043 |

Date of discharge: 04/11/2043 16:30 (home with her husband)

# Diagnosis
New IgG kappa multiple myeloma presenting with hypercalcaemia (adjusted calcium 3.12) and acute kidney injury (creatinine 211, now 128). Lytic lesions in T11 and the left ilium on whole-body MRI.

# Treatment in hospital
IV fluids, zoledronic acid 4 mg on 30/10/2043 (further doses monthly in the Haematology Day Unit), dexamethasone 40 mg weekly from 31/10/2043. Dental check before further bisphosphonate doses: we have written to her dentist.

# Medication on discharge
| Medicine | Dose | Supply |
| Dexamethasone | 40 mg once weekly (Saturdays) | 4 weeks supplied |
| Aciclovir | 400 mg BD | 3 days supplied |
| Lansoprazole | 30 mg OD | 3 days supplied |
| Paracetamol | 1 g QDS PRN | 14 days supplied |

[[hospital_only_prescribing: Pharmacy could only supply 3 days of aciclovir and lansoprazole at discharge, so GP to prescribe ongoing supply from 07/11/2043]].

# Plan
- Lenalidomide and dexamethasone (Rd) to start in the Haematology Day Unit on 12/11/2043 under the pregnancy prevention programme; lenalidomide will be dispensed by our pharmacy each cycle.
- [[results_chasing: Serum free light chains and bone marrow cytogenetics were still pending at discharge; GP to review these results when available and contact the haematology team if abnormal]].
- Haematology clinic: 12/11/2043 with Dr Castellane.
""", late="Date of discharge: 04/11/2043 16:30",
       notes="Less than seven days of discharge medicines with the rest pushed to the GP: hospital_only_prescribing; "
             "the hospital's own pending results handed to the GP to review: results_chasing. Lenalidomide kept and "
             "dispensed by the hospital (decoy). Discharged 16:30 on 04/11, sent 10:15 on 07/11: about 66 hours, "
             "late.")

# C04 breast one-stop: benign cyst, discharged: hard negative.
pt = P("Chloe Brannigan", "381083", "1996-08-19")
letter(key="c04", prov="orr", dept=BREAST, kind="clinic_letter", specialty="Breast Surgery",
       clinician="Ms Lorna Gathercole", patient=pt, ev="2043-11-02", ld="2043-11-06", sent="2043-11-09 08:50",
       fmt="plain", subject="Breast clinic outcome - BRANNIGAN C", body=f"""
{head("orr", BREAST)}

{to_gp("Dr R Egremont")}

{idl(pt)}
Clinic date: 02/11/2043 (two-week-wait one-stop clinic)
Letter date: 06/11/2043

Dear Dr Egremont

Diagnosis: simple cyst, right breast (benign)

Thank you for referring Miss Brannigan on the suspected breast cancer pathway with a lump in the upper
outer right breast. On examination there
was a smooth, mobile 2 cm lump. Ultrasound showed a 19 mm simple cyst (U2), which was aspirated to dryness
in clinic; the fluid was not bloodstained and was discarded. No residual mass on re-examination.

I have explained that this is benign and that no further tests or follow-up are needed, and she has been
discharged from the breast clinic. No further action is required from the practice.

Should the cyst refill or she notices a new lump, she is welcome to be referred back to us.

Yours sincerely

Ms Lorna Gathercole
Consultant Oncoplastic Breast Surgeon
""", notes="Hard negative: two-week-wait outcome, benign and discharged; 'no further action'; a conditional "
             "re-referral note. Clinic 02/11, sent 09/11: exactly seven days, on time.")

# C21 skin surgery: suture removal and the histology handed to the practice.
pt = P("Winifred Acaster", "381090", "1940-05-19")
letter(key="c21", prov="orr", dept=DERM, kind="clinic_letter", specialty="Dermatology",
       clinician="Dr Fenella Roskilly", patient=pt, ev="2043-11-03", ld="2043-11-05", sent="2043-11-09 10:30",
       fmt="plain", subject="Skin surgery - operation note - ACASTER W", body=f"""
{head("orr", DERM)}

OPERATION NOTE AND LETTER TO GP
{idl(pt)}
Date of procedure: 03/11/2043 (Tuesday list)
Surgeon: Dr Fenella Roskilly, Consultant Dermatologist

Dear Dr Thackray

Procedure: elliptical excision of a 12 mm keratotic nodule, left forearm, clinically squamous cell
carcinoma; 4 mm margins. Closed with six interrupted 4/0 Prolene sutures. Specimen sent for histology.

Aftercare
- [[post_procedure_care: Please arrange for your practice nurse to remove the sutures 10 to 14 days after surgery, from 13/11/2043]].
- Mrs Acaster has a dressing pack and our wound care leaflet.
- [[results_chasing: Please review the histology report when it reaches you and refer her back to us if the excision is incomplete]].

No routine dermatology follow-up has been arranged.

Dr F Roskilly
""", notes="Suture removal after the hospital's own operation: post_procedure_care; the hospital's own histology "
             "handed to the GP to review and act on: results_chasing. Procedure 03/11, sent 09/11: six days.")

# C07 hospice community CNS: stable patient; anticipatory medicines and palliative care register asked of the
# GP, which is ordinary general practice: hard negative.
pt = P("Arthur Sowerby", "381106", "1941-10-17")
letter(key="c07", prov="mer", dept=CSPC, kind="clinic_letter", specialty="Palliative Care",
       clinician="Mrs Deborah Kilshaw", patient=pt, ev="2043-11-09", ld="2043-11-10", sent="2043-11-10 14:10",
       fmt="html", opts={"from": "Deborah Kilshaw <deborah.kilshaw@stmerewens.org.uk>", "header": True},
       subject="Palliative care home visit - SOWERBY A", body=f"""
# Community Specialist Palliative Care - Home Visit
{idl(pt)}
Visit date: 09/11/2043 (Monday 9 November 2043, home visit with his wife Joan present)
Diagnosis: malignant pleural mesothelioma, on best supportive care since September 2043

Dear Dr Quarrie

I visited Arthur at home. He is comfortable at rest, more breathless on the stairs, eating small amounts and sleeping downstairs. He is clear that he wishes to stay at home, and we have completed a ReSPECT form together; the original is in the house.

| Symptom | Change today |
| Pain (left chest wall) | Zomorph increased from 10 mg to 15 mg BD; I issued 14 days as a non-medical prescriber |
| Breathlessness | Fan and positioning advice; oramorph 2.5 mg PRN continues |
| Constipation | Laxido two sachets daily continues |

He is not deteriorating quickly, but I think it would be sensible to have anticipatory medicines in the house over the next couple of weeks. Would you kindly prescribe the medicines below when you next review his repeats; I have filled in the district nurse authorisation chart ready for your signature.

| Medicine | Dose range |
| Morphine sulfate 10 mg/ml | 2.5 to 5 mg SC 2-hourly PRN |
| Midazolam 10 mg/2 ml | 2.5 to 5 mg SC 2-hourly PRN |
| Levomepromazine 25 mg/ml | 6.25 mg SC 8-hourly PRN |
| Hyoscine butylbromide 20 mg/ml | 20 mg SC 2-hourly PRN |

Please also add Arthur to your palliative care register if he is not already on it. I will visit again in two weeks and Joan has our 24-hour advice line number (01632 960 249).

Deborah Kilshaw
Clinical Nurse Specialist in Palliative Care, St Merewen's Hospice
""", notes="Hard negative: anticipatory medicines for a patient at home, the authorisation chart, updating repeats "
             "and the palliative care register are ordinary general practice; the CNS titrates and supplies her own "
             "change. Not urgent: the patient is stable and the medicines are wanted 'over the next couple of weeks'.")

# C20 colorectal two-week wait: discharged after one missed straight-to-test appointment, GP asked to
# re-refer: a suspected-cancer step, urgent.
pt = P("Dwayne Hollings", "381113", "1969-03-08")
letter(key="c20", prov="kes", dept=COLO_2WW, kind="clinic_letter", specialty="Colorectal Surgery",
       clinician="Mr Gideon Ferrabee", patient=pt, ev="2043-11-10", ld="2043-11-11", sent="2043-11-11 15:45",
       fmt="plain", subject="Suspected cancer pathway - did not attend - HOLLINGS D", body=f"""
{head("kes", COLO_2WW)}

{to_gp("Dr O Thackray")}

NON-ATTENDANCE - SUSPECTED CANCER PATHWAY
{idl(pt)}
Appointment: Tuesday 10 November 2043 09:15, straight-to-test colonoscopy pre-assessment
Appointment date: 10/11/2043
Referral: suspected lower GI cancer, received 29/10/2043 (rectal bleeding, iron deficiency anaemia,
FIT 148 micrograms/g)

Dear Dr Thackray

Mr Hollings did not attend his appointment yesterday. Our pathway navigator telephoned him twice on
the day and left a voicemail; an appointment letter and a text reminder had been sent on 30/10/2043.

Under the Trust Access Policy for suspected cancer referrals, a patient who does not attend their
first appointment without contacting us is discharged back to the referrer. [[dna_rereferral: We have therefore discharged Mr Hollings back to your care and would ask that you re-refer him on the suspected lower GI cancer pathway once you have confirmed he is willing to attend]].

Yours sincerely

Mr Gideon Ferrabee
Consultant Colorectal Surgeon
""", urgent=True,
       notes="A two-week-wait patient with a FIT of 148 discharged after one missed appointment and the GP asked to "
             "re-refer: dna_rereferral. A suspected-cancer step, so urgent: a bounce must not leave him without a "
             "pathway.")

# F01 lung two-week wait: referral for haemoptysis returned for a chest X-ray first: urgent.
pt = P("Shirley Dockray", "381120", "1978-01-25")
letter(key="f01", prov="kes", dept=LUNG_2WW, kind="referral_response", specialty="Respiratory Medicine",
       clinician="Dr Bartholomew Ince", patient=pt, ev=None, ld="2043-11-12", sent="2043-11-12 13:20",
       fmt="html", opts={"from": "KUH Cancer Referral Triage <kuh.cancertriage@nhs.net>"},
       subject="Suspected cancer referral - returned to referrer - DOCKRAY S", body=f"""
# Suspected Lung Cancer Referral - Triage Outcome
{idl(pt)}
Referral received: 10/11/2043 (e-RS, suspected lung cancer)
Reason for referral: haemoptysis for three weeks, 5 kg weight loss, current smoker (40 pack-years)
Triage outcome: RETURNED TO REFERRER
Triaged by: Dr Bartholomew Ince, Consultant Respiratory Physician, 12/11/2043

Dear Dr Egremont

Thank you for this referral. [[referral_returned_for_workup: We are unable to accept it onto the lung cancer pathway without a chest X-ray, so please arrange an urgent CXR and re-refer if it is abnormal or your concern persists]].

The referral has been returned to you on e-RS and Mrs Dockray has not been given an appointment.

Dr B Ince
Lung Cancer Lead
""", urgent=True,
       notes="A suspected-cancer referral (haemoptysis, weight loss, smoker over 40) returned for the GP to do a test "
             "first: referral_returned_for_workup. Urgent: a suspected-cancer step, and a bounce could delay her "
             "assessment.")

# C06 head and neck radiotherapy: fit note for the treatment period asked of the GP; the patient sent to the
# GP to chase his own planning appointment; clinic 05/11, sent 12/11 (seven days): on time.
pt = P("Craig Summerbee", "381137", "1972-07-30")
letter(key="c06", prov="wen", dept=RT_HN, kind="clinic_letter", specialty="Clinical Oncology",
       clinician="Dr Lachlan Murtagh", patient=pt, ev="2043-11-05", ld="2043-11-09", sent="2043-11-12 17:05",
       fmt="pdf", subject="Clinical oncology new patient letter - SUMMERBEE C", body=f"""
# CLINICAL ONCOLOGY - HEAD AND NECK
{idl(pt)}
Clinic date: 05/11/2043
Consultant: Dr Lachlan Murtagh, Consultant Clinical Oncologist
Diagnosis: p16-positive squamous cell carcinoma of the left tonsil, T2 N1 M0 (MDT 02/11/2043)

Dear Dr Egremont

I saw Mr Summerbee with his partner to discuss treatment. I have recommended radical chemoradiotherapy: 70 Gy in 35 fractions over 7 weeks with weekly cisplatin. He understands the acute side effects, in particular mucositis, and the small risk of long-term swallowing problems, and has signed consent.

# Arranged by us
- Dental assessment was completed at Kestlemoor maxillofacial on 03/11/2043.
- Prophylactic gastrostomy: referred directly to the Wenlow nutrition team; insertion booked for 16/11/2043.
- Baseline audiology booked before cisplatin.
- Weekly bloods during chemoradiotherapy will be taken in our on-treatment review clinic.

# Work
He is a delivery driver and will not be able to work during treatment. [[fit_note: He will need time off for the 7 weeks of treatment and about 6 weeks afterwards, and I would be grateful if you could provide him with a fit note to cover this period]].

# Planning appointment
His mask-making and planning CT will be sent by our radiotherapy booking team. [[patient_redirected_to_gp: If he has not received the planning appointment by 20/11/2043 he should contact his GP surgery, who can chase this for him]].

Dr L Murtagh
""", notes="Fit note for the period of the cancer centre's own treatment asked of the GP: fit_note; the patient told "
             "to go to the GP to chase the centre's own planning appointment: patient_redirected_to_gp. Dental, "
             "gastrostomy, audiology and on-treatment bloods all arranged by the team (decoys). Clinic 05/11, sent "
             "12/11: exactly seven days, on time.")

# D03 hospice inpatient unit: home for end-of-life care with everything supplied and arranged; sent 23 h 45 min
# after discharge: hard negative, on time.
pt = P("Rita Plowright", "381144", "1946-01-08")
letter(key="d03", prov="mer", dept=IPU, kind="discharge_summary", specialty="Palliative Medicine",
       clinician="Dr Ewan Strachan", patient=pt, ev="2043-11-12", ev_time="14:00", ld="2043-11-13",
       sent="2043-11-13 13:45", fmt="docx", subject="Hospice discharge summary - PLOWRIGHT R", body=f"""
# HOSPICE INPATIENT UNIT - DISCHARGE SUMMARY
{idl(pt)}
Admitted: 02/11/2043 for symptom control
Discharged: Thursday 12 November 2043 at 14:00, to her own home (preferred place of care)
Date of discharge: 12/11/2043
Completed by: Dr Ewan Strachan, Specialty Doctor in Palliative Medicine

# Diagnosis
Metastatic high-grade serous ovarian cancer with peritoneal disease; subacute bowel obstruction managed conservatively, now resolved.

# Medicines on discharge (14 days supplied by the hospice pharmacy)
| Medicine | Dose |
| Oxycodone MR | 10 mg BD |
| Oxycodone liquid 5 mg/5 ml | 2.5 to 5 mg 2-hourly PRN |
| Dexamethasone | 4 mg mane until review on 19/11/2043 |
| Docusate | 200 mg BD |

Anticipatory medicines (oxycodone, midazolam, levomepromazine, hyoscine butylbromide, water for injections) have been dispensed from the hospice and sent home with Mrs Plowright, with the community authorisation chart signed by Dr Strachan.

# Arrangements
- District nursing team referral made 11/11/2043; first visit on 13/11/2043.
- Hospice at Home will visit weekly; our CNS will review the dexamethasone by telephone on 19/11/2043.
- ReSPECT form completed: not for CPR; the original is at home.

For information. Please continue to issue her usual repeat medicines.

Dr E Strachan
""", notes="Hard negative: hospice discharge with 14 days of medicines and anticipatory medicines supplied, district "
             "nurses and hospice at home arranged, steroid review by the hospice; continuing usual repeats is GP "
             "work. Discharged 14:00 on 12/11, sent 13:45 on 13/11: 23 h 45 min, on time.")

# F02 haematology: paraprotein above the referral threshold; referral not accepted, work-up asked of the GP.
pt = P("Peter Gadsby", "381151", "1955-08-06")
letter(key="f02", prov="orr", dept=OHAEM, kind="referral_response", specialty="Haematology",
       clinician="Dr Veronica Sallis", patient=pt, ev=None, ld="2043-11-16", sent="2043-11-16 12:00",
       fmt="docx", subject="Advice and Guidance response - Haematology - GADSBY P", body=f"""
# HAEMATOLOGY - ADVICE AND GUIDANCE RESPONSE
{idl(pt)}
Request received: 06/11/2043 (converted from a routine referral)
Outcome: not accepted for clinic at this stage
Responding clinician: Dr Veronica Sallis, Consultant Haematologist

Dear Dr Quarrie

Thank you for asking about Mr Gadsby, who has an IgG lambda paraprotein of 16 g/L found on protein electrophoresis done for raised total protein. His Hb, calcium and creatinine are normal and he has no bone pain.

A paraprotein of this size needs assessment to exclude myeloma. [[referral_returned_for_workup: I have not booked an appointment yet; please send serum free light chains, a urine Bence Jones protein and a skeletal survey, and re-refer with the results]].

If all are normal I would then be happy to advise on monitoring in primary care.

Dr V Sallis
""", notes="An appropriate referral (IgG paraprotein above 15 g/L) converted to advice and guidance with the work-up "
             "passed back to the GP: referral_returned_for_workup. Not urgent: asymptomatic with normal blood "
             "count, calcium and renal function.")

# C08 thrombosis clinic: dalteparin switched to apixaban; early monitoring bloods for the hospital's dose
# decision asked of the GP; clinic 04/11, sent 17/11 (13 days): late.  Continuing apixaban is a decoy.
pt = P("Anthony Rudge", "381168", "1957-11-11")
letter(key="c08", prov="kes", dept=THROMB, kind="clinic_letter", specialty="Haematology",
       clinician="Dr Saoirse Mulqueen", patient=pt, ev="2043-11-04", ld="2043-11-16", sent="2043-11-17 09:00",
       fmt="html", opts={"header": True}, subject="Thrombosis clinic letter - RUDGE A", body=f"""
# Thrombosis Clinic - Cancer-associated Thrombosis
{idl(pt)}
Seen in the Thrombosis Clinic on 04/11/2043
Letter typed 16/11/2043

Dear Dr Thackray

Mr Rudge has locally advanced pancreatic cancer and is on gemcitabine at Wenlow Cancer Centre. He had a right popliteal DVT in August 2043 and has been on dalteparin since. He is struggling with the injections and asked about tablets.

| Medicine | Before | From 05/11/2043 |
| Dalteparin | 15,000 units SC OD | stopped |
| Apixaban | - | 5 mg BD, 28 days supplied by our pharmacy |

Gemcitabine has no significant interaction with apixaban; I have checked this with our oncology pharmacist. His platelets were 186 and creatinine 74 in clinic.

# Plan
- Please continue apixaban 5 mg BD once the 28 days we supplied run out.
- [[tests_for_hospital: Please could you check his FBC, U&Es and LFTs in 4 weeks and forward the results to me, as I will need to review the apixaban dose if his platelets fall below 50 during chemotherapy]].
- Review in the Thrombosis Clinic in 3 months.

Dr S Mulqueen
Consultant Haematologist
""", late="Seen in the Thrombosis Clinic on 04/11/2043",
       notes="Early monitoring bloods after the hospital changed the anticoagulant, wanted for its own dose decision, "
             "asked of the GP: tests_for_hospital. Continuing apixaban (green) after the supply is ordinary GP work "
             "(decoy). Clinic 04/11, typed 16/11, sent 17/11: 13 days, late.")

# D04 gynaecology ward: clip removal and a post-operative fit note asked of the GP; discharged 12:15 on Sunday
# 15/11, sent 09:40 on 17/11: late.  Dalteparin supplied in full; histology given by the team.
pt = P("Linda Threlfall", "381175", "1964-06-28")
letter(key="d04", prov="orr", dept=GYN_WARD, kind="discharge_summary", specialty="Gynaecological Oncology",
       clinician="Dr Amara Jessop", patient=pt, ev="2043-11-15", ev_time="12:15", ld="2043-11-16",
       sent="2043-11-17 09:40", fmt="plain", subject="Discharge summary - Ward 6 - THRELFALL L", body=f"""
{head("orr", GYN_WARD)}

DISCHARGE SUMMARY
{idl(pt)}
Consultant: Mr Edmund Caddick, Consultant Gynaecological Oncologist
Completed by: Dr Amara Jessop, FY1
Admitted: 12/11/2043 (elective)
Date of discharge: 15/11/2043 12:15

Diagnosis: endometrial cancer (endometrioid, grade 1 on pipelle biopsy)
Operation: 12/11/2043 - total abdominal hysterectomy and bilateral salpingo-oophorectomy via a midline
incision (laparoscopy abandoned because of adhesions); skin closed with clips

Progress: uneventful. Eating and drinking, bowels opened, mobile, wound clean and dry.

Medication on discharge
- Dalteparin 4,500 units SC OD for 28 days after surgery: full 28 days supplied; she was taught to
  self-inject and given a sharps bin.
- Paracetamol 1 g QDS and codeine 30 mg QDS PRN: 14 days supplied.

Follow-up
- Histology will be discussed at the gynae-oncology MDT on 26/11/2043 and Mr Caddick will see her in
  clinic on 01/12/2043 to give her the results.
- [[post_procedure_care: Clips: please arrange removal by the practice nurse 10 days post-op, on or after 22/11/2043]].
- [[fit_note: Fit note: GP to provide a fit note for 6 weeks from the date of surgery]].

Dr A Jessop FY1 for Mr E Caddick
""", late="Date of discharge: 15/11/2043 12:15",
       notes="Clip removal after the hospital's own operation: post_procedure_care; post-operative fit note for the "
             "hospital's episode asked of the GP: fit_note. Dalteparin supplied in full and results to be given by "
             "the team (decoys). Discharged 12:15 on 15/11, sent 09:40 on 17/11: about 45 hours, late.")

# F03 skin cancer two-week wait: accepted and booked, queries to the hospital's own office: hard negative.
pt = P("Vincent Abara", "381182", "1970-04-11")
letter(key="f03", prov="orr", dept=DERM_2WW, kind="referral_response", specialty="Dermatology",
       clinician="Dr Fenella Roskilly", patient=pt, ev=None, ld="2043-11-17", sent="2043-11-17 15:30",
       fmt="html", subject="2WW referral accepted - Dermatology - ABARA V", body=f"""
# Suspected Skin Cancer Referral - Accepted
{idl(pt)}
Referral received: 16/11/2043 with dermoscopic images (thank you)
Triaged by: Dr Fenella Roskilly, Consultant Dermatologist, 17/11/2043
Outcome: accepted on the suspected skin cancer pathway

Appointment: Monday 23 November 2043 at 09:20, Skin Cancer Clinic, Orrick Bay District Hospital. Mr Abara has been sent the appointment by text and by letter.

If the lesion is suspicious it is likely to be excised at the same visit, so he has been asked to bring a list of his medicines.

Any queries about the appointment should go to our two-week-wait office on 0117 496 0195.

No further action is needed from the practice.
""", notes="Hard negative: suspected-cancer referral accepted and booked by the hospital, queries handled by its own "
             "office. Not urgent: nothing is asked of the practice.")

# C09 chemotherapy pre-assessment: the unit's own pre-treatment questionnaire sent for a GP to complete;
# bloods, supportive medicines done by the unit; vaccination advice is ordinary GP work.
pt = P("Keith Oxendale", "381199", "1963-10-02")
letter(key="c09", prov="wen", dept=CDU, kind="clinic_letter", specialty="Medical Oncology",
       clinician="Ms Joanna Pettigrew", patient=pt, ev="2043-11-16", ld="2043-11-17", sent="2043-11-18 10:40",
       fmt="docx", subject="SACT pre-assessment - OXENDALE K", body=f"""
# CHEMOTHERAPY DAY UNIT - SACT PRE-ASSESSMENT
{idl(pt)}
Pre-assessment date: 16/11/2043
Seen by: Ms Joanna Pettigrew, Advanced Nurse Practitioner (SACT)
Regimen: adjuvant CAPOX (oxaliplatin and capecitabine), 8 cycles, cycle 1 on 01/12/2043
Diagnosis: adenocarcinoma of the ascending colon, pT3 N1b (right hemicolectomy 05/10/2043)

Dear Dr Quarrie

Mr Oxendale came to the unit with his wife for his pre-assessment and consent for chemotherapy.

- Baseline FBC, U&Es, LFTs, CEA and DPD genotype were taken today by our phlebotomist.
- Bloods before each cycle will be taken in the unit the day before treatment.
- Capecitabine, anti-emetics and loperamide will be dispensed by Wenlow pharmacy with each cycle.
- Oxaliplatin will be given peripherally; he does not need a central line.
- We recommend he has this season's flu vaccine and his COVID-19 booster at the surgery before cycle 1.

# Actions for GP
[[non_contractual_admin: Please could a GP complete the enclosed SACT pre-treatment questionnaire (past medical history, current repeat medicines, allergies and most recent blood pressure) and return it to the Chemotherapy Day Unit before 27/11/2043]].

Joanna Pettigrew
Advanced Nurse Practitioner, Chemotherapy Day Unit
""", notes="The unit's own pre-treatment questionnaire sent for the practice to fill in: non_contractual_admin. "
             "Bloods and medicines by the unit (decoys); seasonal vaccination of an immunosuppressed patient is "
             "ordinary GP work.")

# R04 oncology results: hypercalcaemia on the centre's own clinic bloods, the practice asked to act today:
# urgent.
pt = P("Frederick Lumb", "381205", "1950-09-14")
letter(key="r04", prov="wen", dept=MO_URO, kind="results", specialty="Medical Oncology",
       clinician="Dr Callista Ferreira", patient=pt, ev=None, ld="2043-11-19", sent="2043-11-19 12:35",
       fmt="html", opts={"from": "Callista Ferreira <callista.ferreira@nhs.net>", "header": True},
       subject="URGENT - abnormal calcium - LUMB F", body=f"""
# Abnormal Result - Action Needed Today
{idl(pt)}
Bloods taken: 17/11/2043 in the urology oncology clinic; reported 18/11/2043 17:50

| Test | 17/11/2043 | 20/10/2043 |
| Adjusted calcium | 3.21 mmol/L | 2.58 mmol/L |
| Creatinine | 138 umol/L | 96 umol/L |
| PSA | 88 | 41 |

Dear Dr Thackray

Mr Lumb has metastatic castration-resistant prostate cancer with bone metastases and is on enzalutamide. His calcium has risen sharply. We have tried to telephone him this morning without success.

[[results_chasing: Could the practice please contact him today, repeat his bone profile and U&Es, and arrange admission through the acute oncology service if he is unwell or the calcium remains above 3.0]].

I will discuss further treatment with him in clinic once this is settled.

Dr Callista Ferreira
Consultant Medical Oncologist, Wenlow Cancer Centre
""", urgent=True,
       notes="Hypercalcaemia on the centre's own clinic bloods and acting on it passed to the practice: results_chasing. "
             "Time-critical (calcium 3.21, rising creatinine), so urgent. Sent by the consultant from her own "
             "mailbox.")

# C14 community dietetics: oral nutritional supplements to be prescribed by the GP (ordinary), SLT referral
# made directly: hard negative.
pt = P("Sheila Bramhall", "381212", "1954-11-21")
letter(key="c14", prov="pel", dept=DIET, kind="clinic_letter", specialty="Dietetics",
       clinician="Ms Abigail Fenwick", patient=pt, ev="2043-11-19", ld="2043-11-20", sent="2043-11-20 11:25",
       fmt="plain", subject="Oncology dietetics review - BRAMHALL S", body=f"""
{head("pel", DIET)}

{to_gp("Dr N Quarrie")}

Date of letter: 20/11/2043
{idl(pt)}
Seen: 19/11/2043, Macmillan Information Centre clinic

Dear Dr Quarrie

Diagnosis: adenocarcinoma of the lower oesophagus, on palliative chemotherapy at Wenlow Cancer Centre

Mrs Bramhall has lost 6 kg (9%) in three months. Weight today 58.4 kg, BMI 20.8. She manages soft
foods but is slowing down with solids and is worried about swallowing.

Plan
- Food-first advice given, with our high-energy eating leaflet.
- I would be grateful if you could prescribe Fortisip Compact Protein 125 ml, one bottle twice daily
  (56 bottles a month), on repeat; she meets the ACBS criteria for disease-related malnutrition.
- I have referred her directly to the speech and language therapy team for a swallow assessment.
- I will review her by telephone in two weeks and in clinic in four weeks.

Abigail Fenwick
Macmillan Oncology Dietitian
""", notes="Hard negative: prescribing oral nutritional supplements on ACBS criteria is ordinary general practice; "
             "the SLT referral is made by the dietitian herself.")

# C11 CML clinic: imatinib (hospital-only) handed to the GP to prescribe on repeat.
pt = P("Teresa Olumide", "381229", "1981-02-12")
letter(key="c11", prov="kes", dept=CML, kind="clinic_letter", specialty="Haematology",
       clinician="Dr Matthias Gorringe", patient=pt, ev="2043-11-17", ld="2043-11-18", sent="2043-11-23 11:15",
       fmt="pdf", subject="CML clinic letter - OLUMIDE T", body=f"""
# HAEMATOLOGY - CHRONIC MYELOID LEUKAEMIA CLINIC
{idl(pt)}
Clinic date: 17/11/2043
Letter date: 18/11/2043
Consultant: Dr Matthias Gorringe

Dear Dr Egremont

# Diagnosis
Chronic phase CML, diagnosed March 2041; imatinib 400 mg OD since April 2041. Major molecular response since January 2042 (BCR-ABL1 0.02% IS in August 2043).

# Review
Ms Olumide is well, working full time, with mild muscle cramps only. FBC, U&Es and LFTs in clinic were normal.

# Plan
- BCR-ABL1 PCR was taken today; I will review the result myself and write to her with it.
- [[hospital_only_prescribing: As her disease is now stable, we would be grateful if you could prescribe the imatinib 400 mg once daily on repeat from December, as our homecare contract ends on 31/12/2043]].
- Please avoid prescribing clarithromycin, and check any new medicine for interactions with imatinib.
- Continue levothyroxine 50 micrograms OD.
- Next CML clinic in 4 months, with a PCR taken in our clinic.

Dr M Gorringe
Consultant Haematologist
""", notes="Imatinib is a hospital-only (red) drug: asking the GP to prescribe it on repeat is "
             "hospital_only_prescribing. The PCR reviewed by the consultant, interaction advice and levothyroxine "
             "(green) are decoys. Clinic 17/11, sent 23/11.")

# C26 upper GI: breaking bad news; oncology and palliative care referrals made directly, key worker named: hard
# negative.
pt = P("Evelyn Thorburn", "381236", "1952-03-30")
letter(key="c26", prov="kes", dept=UGI, kind="clinic_letter", specialty="Upper GI Surgery",
       clinician="Mr Rupert Okwuosa", patient=pt, ev="2043-11-19", ld="2043-11-20", sent="2043-11-23 16:00",
       fmt="docx", subject="Upper GI clinic letter - THORBURN E", body=f"""
# UPPER GI AND HPB SURGERY - OUTPATIENT LETTER
{idl(pt)}
Clinic date: 19/11/2043
Consultant: Mr Rupert Okwuosa, Consultant HPB Surgeon
Also present: her daughter Fiona; Ms Nerys Fairclough, Upper GI Clinical Nurse Specialist

Dear Dr Quarrie

# Diagnosis
Adenocarcinoma of the head of pancreas with liver metastases (EUS biopsy 06/11/2043; CT 30/10/2043). Biliary stent placed 06/11/2043.

# Discussion
I explained to Mrs Thorburn and her daughter that the cancer has spread to the liver and that an operation would not help. This was very difficult news; she had suspected it since her jaundice. We talked about what matters most to her, which is time with her family and staying at home.

She would like to hear about chemotherapy, so I have referred her directly to the upper GI oncology team at Wenlow Cancer Centre (appointment 27/11/2043). I have also referred her to the St Merewen's community palliative care team, who will contact her this week.

# Medicines
- Creon 25,000: two capsules with meals and one with snacks, started today; 4 weeks supplied. Please continue on repeat.
- Her jaundice is settling (bilirubin 48 today); stent complications were discussed and she has the nurse specialist's number.

# Key worker
Ms Nerys Fairclough, Upper GI Clinical Nurse Specialist, 0113 496 0720 (Monday to Friday).

Actions for GP: none required; this letter is for your information. You may wish to add her to your palliative care register.

Mr R Okwuosa
""", notes="Hard negative: bad news broken by the surgeon, oncology and palliative care referrals made directly, key "
             "worker named, pancreatic enzymes (green) supplied and to continue; the palliative care register is "
             "ordinary general practice.")

# C13 breast oncology: trastuzumab cardiotoxicity; the cardiology referral left to the GP.
pt = P("Bethan Carlow", "381243", "1975-12-09")
letter(key="c13", prov="wen", dept=MO_BREAST, kind="clinic_letter", specialty="Medical Oncology",
       clinician="Dr Priyanka Lambourne", patient=pt, ev="2043-11-20", ld="2043-11-23", sent="2043-11-24 10:00",
       fmt="pdf", subject="Oncology clinic letter - CARLOW B", body=f"""
# MEDICAL ONCOLOGY - BREAST
{idl(pt)}
Clinic date: 20/11/2043
Treatment: adjuvant trastuzumab, cycle 9 of 18; letrozole 2.5 mg OD
Diagnosis: HER2-positive, ER-positive early left breast cancer (wide local excision and SLNB 04/2043)

Dear Dr Thackray

Mrs Carlow's routine surveillance echocardiogram on 16/11/2043 showed her LVEF has fallen to 44% (62% at baseline). She has no breathlessness, orthopnoea or ankle swelling. BP 128/76, pulse 72 regular.

# Plan
- Trastuzumab has been withheld.
- A repeat echocardiogram in 6 weeks has been requested by us and booked for 04/01/2044.
- [[onward_referral: Please refer her to the cardiology heart failure clinic for assessment and advice about starting an ACE inhibitor and a beta-blocker]].
- Please continue letrozole 2.5 mg OD.
- I will see her after the repeat echo to decide whether trastuzumab can restart.

Dr P Lambourne
Consultant Medical Oncologist
""", notes="A related problem (cancer-treatment cardiotoxicity) needing cardiology referral left to the GP: "
             "onward_referral. Trastuzumab held and repeat echo booked by the team; letrozole (green) to continue "
             "(decoys).")

# E01 ED with the acute oncology service: immunotherapy colitis managed and followed up by the oncology team:
# hard negative.
pt = P("Ian Cresswell", "381250", "1967-12-30")
letter(key="e01", prov="kes", dept=KED, kind="ed_letter", specialty="Emergency Medicine",
       clinician="Dr Maeve Tolland", patient=pt, ev="2043-11-24", ld="2043-11-25", sent="2043-11-25 08:30",
       fmt="html", opts={"label_col": True}, subject="ED attendance - CRESSWELL I", body=f"""
# Emergency Department Attendance Letter
| Patient | {pt['name']} |
| DOB | {dmy(pt['dob'])} |
| NHS No | {spaced(pt['nhs_number'])} |
| Attendance | 24/11/2043, arrived 18:05, left 23:40 |
| Seen by | Dr Maeve Tolland, ED Registrar, with the on-call acute oncology registrar |

# Presenting complaint
Five to six episodes of watery diarrhoea a day for four days. On pembrolizumab for metastatic melanoma (Wenlow Cancer Centre; last dose 10/11/2043).

# Findings
Apyrexial, HR 92, BP 118/70. Abdomen soft, mildly tender. Hb 141, WCC 9.2, CRP 38, U&Es normal. Stool culture and C difficile toxin sent.

# Diagnosis
Grade 2 immune-related colitis.

# Treatment and plan
| Prednisolone 60 mg OD | started in ED; 14 days supplied; the Wenlow immunotherapy team will direct the taper |
| Pembrolizumab | on hold; Wenlow informed by the acute oncology service |
| Stool results | will be followed up by the acute oncology service |
| Review | immunotherapy toxicity clinic at Wenlow on 27/11/2043 (booked) |

Advice given: if the diarrhoea increases to seven or more times a day, there is blood in the stool or abdominal pain, ring the Wenlow Acute Oncology Hotline on 0161 496 0399.

No GP action required.
""", notes="Hard negative: ED and the acute oncology service start steroids with a supply, follow up their own stool "
             "results and book the toxicity clinic; safety-netting to the cancer centre's hotline.")

# C12 lymphoma clinic: R-CHOP supportive medicines asked of the GP; the patient sent to the GP for the bone
# marrow result; clinic 18/11, sent 25/11 (seven days): on time.
pt = P("Gordon Pilling", "381267", "1959-04-04")
letter(key="c12", prov="orr", dept=LYMPHOMA, kind="clinic_letter", specialty="Haematology",
       clinician="Dr Kwabena Asante-Ridley", patient=pt, ev="2043-11-18", ld="2043-11-20", sent="2043-11-25 16:50",
       fmt="html", opts={"alt": True}, subject="Lymphoma clinic letter - PILLING G", body=f"""
# Haematology - Lymphoma Clinic
{idl(pt)}
Date of clinic: 18/11/2043
Consultant: Dr Kwabena Asante-Ridley

# Diagnosis
Diffuse large B-cell lymphoma, stage IIIA (PET-CT 12/11/2043), IPI 2.

Dear Dr Egremont

I saw Mr Pilling with his wife to plan treatment. He will have six cycles of R-CHOP-21 in our day unit, starting on 02/12/2043.

# Arranged by us
- Echocardiogram before doxorubicin: booked for 26/11/2043.
- Hepatitis B, hepatitis C and HIV serology taken today.
- PICC line to be inserted on the day unit on 01/12/2043 and cared for by our line team.
- Bone marrow biopsy done in clinic today.

# Medicines
[[hospital_only_prescribing: Please could you prescribe allopurinol 300 mg once daily for 14 days starting on 30/11/2043, and metoclopramide 10 mg TDS PRN to take home after each cycle]]. Rituximab, the CHOP drugs and his prednisolone will be given or dispensed by the day unit.

# Results
[[patient_redirected_to_gp: I have told him that the result of his bone marrow biopsy should be back within a fortnight and that he can ring your surgery for it]].

Dr K Asante-Ridley
Consultant Haematologist
""", notes="Tumour-lysis prophylaxis and anti-emetics that belong to the SACT regimen, the immediate need of a "
             "hospital treatment, asked of the GP: hospital_only_prescribing; the patient told to get the "
             "hospital's own bone marrow result from the GP: patient_redirected_to_gp. Echo, virology, PICC by "
             "the team (decoys). Clinic 18/11, sent 25/11: exactly seven days, on time.")

# C27 anticoagulation clinic: capecitabine raised the INR; the hospital reversed it and switched to LMWH itself:
# hard negative (the interaction is already dealt with, so not urgent).
pt = P("Norman Kettlewell", "381274", "1945-05-02")
letter(key="c27", prov="orr", dept=ANTICOAG, kind="clinic_letter", specialty="Haematology",
       clinician="Mrs Glenys Pratley", patient=pt, ev="2043-11-24", ld="2043-11-26", sent="2043-11-26 14:45",
       fmt="html", opts={"alt": True}, subject="Anticoagulation clinic - KETTLEWELL N", body=f"""
# Anticoagulation Clinic Letter
{idl(pt)}
Clinic date: 24/11/2043
Seen by: Mrs Glenys Pratley, Anticoagulation Nurse Specialist (supervising haematologist Dr V Sallis)

Dear Dr Thackray

Mr Kettlewell takes warfarin for atrial fibrillation. He started capecitabine at Wenlow Cancer Centre on 16/11/2043 for colorectal cancer, and capecitabine is known to raise the INR markedly.

His INR in clinic on 24/11/2043 was 5.8 with no bleeding. We stopped warfarin, gave oral vitamin K 1 mg in clinic, and his INR on recheck in our clinic on 26/11/2043 was 2.9.

# Changes made
- Warfarin stopped for the duration of capecitabine.
- Dalteparin 12,500 units SC OD started (weight 71 kg, CrCl 52 ml/min); 28 days supplied by our pharmacy. The anticoagulation team will continue to supply it and review him monthly.
- The Wenlow oncology team is aware of the change.

# Actions for GP
Please remove warfarin from his repeat prescription list. No other action is needed.

Glenys Pratley
Anticoagulation Nurse Specialist
""", notes="Hard negative: a dangerous interaction found and dealt with by the clinic itself (reversal, switch to LMWH, "
             "supply and monitoring by the team), so not urgent; removing a stopped drug from the repeat list is "
             "ordinary GP work.")

# C16 breast radiotherapy end of treatment: lymphoedema referral left to the GP; surveillance mammogram sent back
# to the GP; clinic 23/11, sent 30/11 (seven days): on time.
pt = P("Janice Ollerton", "381281", "1962-03-15")
letter(key="c16", prov="wen", dept=RT_BREAST, kind="clinic_letter", specialty="Clinical Oncology",
       clinician="Dr Rosamund Keeble", patient=pt, ev="2043-11-23", ld="2043-11-27", sent="2043-11-30 15:30",
       fmt="plain", subject="End of radiotherapy review - OLLERTON J", body=f"""
{head("wen", RT_BREAST)}

{to_gp("Dr R Egremont")}

END OF TREATMENT REVIEW
{idl(pt)}
Review date: 23/11/2043
Treatment: 40 Gy in 15 fractions to the left breast and supraclavicular fossa, completed 13/11/2043

Dear Dr Egremont

Mrs Ollerton completed radiotherapy without a break. Grade 1 skin erythema, managed with the
radiographers' skin care advice and now settling. Fatigue is improving.

She has noticed a feeling of heaviness in the left forearm over the last fortnight and there is 2 cm
of swelling compared with the right. [[onward_referral: She has developed early swelling of the left forearm and I would be grateful if you would refer her to the community lymphoedema service]].

Anastrozole 1 mg OD continues; please continue to prescribe it.

Follow-up: telephone review with our breast care nurse at 6 weeks (booked).
[[patient_redirected_to_gp: Mrs Ollerton has been advised to contact her GP to arrange her annual surveillance mammogram in November 2044]].

Information for the patient: if your skin blisters or weeps, ring the radiotherapy review team on
0161 496 0377.

Dr R Keeble
Consultant Clinical Oncologist
""", notes="Lymphoedema after the centre's own radiotherapy, the referral left to the GP: onward_referral; the "
             "centre's own surveillance mammography sent back through the GP: patient_redirected_to_gp. Anastrozole "
             "(green) to continue and the booked nurse review are decoys. Clinic 23/11, sent 30/11: seven days.")

# C28 urology radiotherapy end of treatment: goserelin continues under an agreement the practice signed;
# PSA at the centre's own clinic: hard negative.
pt = P("Brian Holdsworth", "381298", "1949-09-09")
letter(key="c28", prov="wen", dept=RT_URO, kind="clinic_letter", specialty="Clinical Oncology",
       clinician="Dr Lachlan Murtagh", patient=pt, ev="2043-11-27", ld="2043-11-30", sent="2043-12-01 12:10",
       fmt="pdf", subject="End of radiotherapy review - HOLDSWORTH B", body=f"""
# CLINICAL ONCOLOGY - END OF RADIOTHERAPY REVIEW
{idl(pt)}
Review date: 27/11/2043
Treatment: radical radiotherapy to the prostate, 60 Gy in 20 fractions, completed 20/11/2043
Hormone therapy: Zoladex LA 10.8 mg every 12 weeks since 05/2043

Dear Dr Thackray

Mr Holdsworth tolerated radiotherapy well. He has mild urinary frequency and looser bowels, both typical at this stage and expected to settle over 4 to 6 weeks; he has our side-effects leaflet.

# Plan
- Zoladex continues under the shared care agreement your practice signed with Orrick Bay urology in March 2043; his next injection is due on 15/12/2043, as agreed.
- PSA at 3 months will be taken at our follow-up clinic on 01/03/2044, which we have booked.
- Total duration of hormone therapy: 6 months from May 2043, so the December injection will be his last; we will confirm this at the March clinic.

# Information for the patient
If you pass blood in your urine, cannot pass urine, or have diarrhoea more than six times a day, ring the radiotherapy review line on 0161 496 0377.

Dr L Murtagh
Consultant Clinical Oncologist
""", notes="Hard negative: goserelin continues under a shared-care agreement the practice has already signed; PSA at "
             "the centre's own booked clinic; safety-netting for the patient.")

# C19 breast oncology bone health: denosumab 60 mg handed to the practice (prescribing, giving and calcium
# monitoring) without a shared-care agreement; clinic 26/11, sent 03/12 (seven days): on time.
pt = P("Marian Skelton", "381304", "1957-07-21")
letter(key="c19", prov="wen", dept=MO_BREAST, kind="clinic_letter", specialty="Medical Oncology",
       clinician="Dr Alasdair Penhaligon", patient=pt, ev="2043-11-26", ld="2043-11-30", sent="2043-12-03 10:20",
       fmt="docx", subject="Oncology bone health clinic - SKELTON M", body=f"""
# MEDICAL ONCOLOGY - BONE HEALTH CLINIC
{idl(pt)}
Clinic date: 26/11/2043
Consultant: Dr Alasdair Penhaligon
Diagnosis: ER-positive early right breast cancer, on adjuvant letrozole since 02/2042

Dear Dr Quarrie

Mrs Skelton's DEXA on 09/11/2043 showed a lumbar spine T-score of -2.6 and a femoral neck T-score of -2.1, down from -1.8 and -1.5 in 2042. Adjusted calcium 2.34, vitamin D 68 nmol/L, eGFR above 60. She saw her dentist on 19/11/2043 and has no outstanding dental work.

# Plan
- Denosumab 60 mg SC every 6 months; the first dose was given in our clinic today.
- [[shared_care_without_agreement: From the next dose, due in late May 2044, we would ask the practice to prescribe and give the denosumab every 6 months and to check her adjusted calcium and vitamin D before each injection]].
- Adcal-D3 one tablet BD: please continue.
- Repeat DEXA in 2 years: we will request this.
- Letrozole continues for a total of 5 years.

Dr A Penhaligon
Consultant Medical Oncologist
""", notes="Denosumab 60 mg (amber, shared care) prescribing, administration and calcium monitoring handed to the "
             "practice with no agreement offered: shared_care_without_agreement. First dose given by the team, "
             "DEXA to be requested by the team, Adcal-D3 (green) to continue (decoys). Clinic 26/11, sent 03/12: "
             "exactly seven days, on time.")

# C23 hospice at home: death at home; the hospice's own audit questionnaire sent for a GP to complete.  The
# MCCD by the attending GP is ordinary work.
pt = P("Stanley Wadlow", "381311", "1938-02-27")
letter(key="c23", prov="mer", dept=H_AT_HOME, kind="clinic_letter", specialty="Palliative Medicine",
       clinician="Dr Harriet Mayhew", patient=pt, ev=None, ld="2043-12-04", sent="2043-12-07 09:30",
       fmt="plain", opts={"from": "Harriet Mayhew <harriet.mayhew@stmerewens.org.uk>"},
       subject="Notification of death - WADLOW S - and audit questionnaire", body=f"""
{head("mer", H_AT_HOME)}

{to_gp("Dr N Quarrie")}

NOTIFICATION OF DEATH
{idl(pt)}
Date of letter: 04/12/2043

Dear Dr Quarrie

I am sorry to let you know that Mr Wadlow died peacefully at home in the early hours of Wednesday
2 December 2043, with his wife and son present, which was his wish. His death was expected and was
verified by our Hospice at Home nurse at 06:20.

The syringe driver has been removed and returned to the hospice, and the district nursing team has
been told. Our family support team has offered bereavement support to Mrs Wadlow.

As you visited him on 26/11/2043, we understand you will complete the medical certificate of cause
of death.

[[non_contractual_admin: As part of our end-of-life care audit, we would be grateful if one of the GPs who knew Mr Wadlow could complete the enclosed audit questionnaire and return it to the hospice audit lead by 08/01/2044]].

With kind regards

Dr Harriet Mayhew
Consultant in Palliative Medicine
""", notes="The hospice's own audit questionnaire sent for a GP to complete: non_contractual_admin. The medical "
             "certificate of cause of death by the GP who attended is ordinary GP work (decoy). No attendance or "
             "discharge is described, so event_date is null.")

# ====================================================================== 'other' messages

other(key="o01", sent="2043-11-06 17:02", type="ooo", notes="Out-of-office reply from a chemotherapy unit secretary.",
      frm="Lorraine Blakey <lorraine.blakey@wenlowcc.nhs.uk>",
      subject="Automatic reply: Mrs Treharne - pre-cycle bloods",
      body="Thank you for your email. I am out of the office until Monday 16 November 2043.\n\nFor urgent clinical "
           "queries about a patient on treatment please ring the 24-hour Acute Oncology Hotline on 0161 496 0399. "
           "Other queries will be answered on my return.\n")
other(key="o02", sent="2043-11-10 08:00", type="html_bulletin", notes="Cancer Alliance primary care bulletin (bulk).",
      frm="Lunesdale and Wyre Cancer Alliance <primarycare@lunesdalewyre-ca.example.org>",
      subject="Primary Care Cancer Bulletin - November 2043",
      body="<html><body><h2>Primary Care Cancer Bulletin</h2><p>November 2043</p><ul>"
           "<li>Lower GI: please include a FIT result with every suspected colorectal cancer referral.</li>"
           "<li>The non-specific symptoms pathway at Kestlemoor now accepts referrals on e-RS.</li>"
           "<li>Safety-netting webinar for practice teams: Wednesday 25 November 2043, 13:00.</li>"
           "<li>Prostate: updated PSA referral thresholds attached.</li></ul>"
           "<p>You receive this bulletin because your practice is in the Cancer Alliance area.</p>"
           "</body></html>\n")
other(key="o03", sent="2043-11-14 19:22", type="patient", notes="A patient's daughter writing about her mother's scan.",
      frm="Tracey Linford <tracey.linford@example.com>", subject="Mum's scan results",
      body="Hello\n\nMy mum had a CT scan at Kestlemoor last Thursday and the nurse told her the results would go to "
           "her GP. Is there any news? She is very anxious. She doesn't use email so I'm writing for her.\n\n"
           "Thanks\nTracey Linford\n07700 900512\n")
other(key="o04", sent="2043-11-19 03:40", type="phish", notes="Phishing disguised as an NHS payments notice.",
      frm="NHS Payments Team <payments@nhsbsa-claims.example.net>",
      subject="Payment on hold: confirm practice bank details by 21/11/2043",
      body="Your practice's November payment has been placed on hold because of a verification error.\n"
           "Confirm your bank details within 48 hours to avoid suspension:\n"
           "http://nhsbsa-claims.example.net/verify\n\nNHS Payments Team\n")
other(key="o05", sent="2043-11-24 10:12", type="dsn", notes="Non-delivery report.",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>",
      subject="Undeliverable: RE: Ward 14 discharge summary - request for aciclovir supply",
      body="Delivery has failed to these recipients or groups:\n\nhaem.ward14@kestlemoor.nhs.uk\nThe email address "
           "you entered couldn't be found.\n", rcpt="haem.ward14@kestlemoor.nhs.uk")
other(key="o06", sent="2043-11-27 12:30", type="internal", notes="Internal practice email about the palliative care "
      "meeting.",
      frm="Mandy Kershaw (Practice Manager) <mandy.kershaw@nhs.net>",
      subject="GSF meeting Thursday 3 December",
      body="Hi all\n\nThe palliative care (GSF) meeting is on Thursday 3 December 2043 at 12:30 in the library. "
           "Deborah from St Merewen's will join us. Please update the register in the shared drive beforehand and "
           "bring any new patients to discuss.\n\nThanks\nMandy\n")
other(key="o07", sent="2043-12-01 10:00", type="supplier", notes="A supplier's delivery notice.",
      frm="Ardenfield Medical Supplies <orders@ardenfield-medical.example.co.uk>",
      subject="Delivery confirmation - order ARD-558213",
      body="Dear Customer\n\nYour order ARD-558213 (dressing packs, suture removal kits, sharps bins) will be "
           "delivered on Thursday 3 December 2043 between 08:00 and 12:00.\n\nArdenfield Medical Supplies\n")
other(key="o08", sent="2043-12-04 15:00", type="massmail", notes="Trust mass mailing to all practices (bulk).",
      frm="Kestlemoor University Hospitals Communications <comms@kestlemoor.nhs.uk>",
      subject="For information: new haematology advice line from 14 December 2043",
      body="FOR INFORMATION - SENT TO ALL GP PRACTICES\n\nFrom Monday 14 December 2043 the haematology advice line "
           "for GPs moves to 0113 496 0777 (09:00 to 17:00, Monday to Friday). Out of hours please ask for the "
           "on-call haematology registrar via switchboard. No action is needed.\n")
other(key="o09", sent="2043-12-09 21:15", type="patient", notes="A carer writing about anticipatory medicines.",
      frm="Joan Sowerby <joan.sowerby@example.com>", subject="Arthur's medicines",
      body="Dear Dr Quarrie\n\nThe hospice nurse said you would sign the chart for Arthur's just-in-case injections. "
           "Can the chemist deliver them or do I need to collect? He is about the same.\n\nMany thanks\nJoan "
           "Sowerby\n")
other(key="o10", sent="2043-12-14 07:45", type="bulletin", notes="Hospice fundraising newsletter (bulk).",
      frm="St Merewen's Hospice Fundraising <news@stmerewens.org.uk>",
      subject="Light up a Life 2043 and our winter newsletter",
      body="ST MEREWEN'S HOSPICE - WINTER NEWSLETTER\n\nLight up a Life: Sunday 20 December 2043, 17:00, Slatefield "
           "market square.\nOur new day therapy programme starts in January.\nThank you to every practice that "
           "supported our Hospice at Home appeal.\n\nTo unsubscribe reply UNSUBSCRIBE.\n")


# ====================================================================== rendering and checks

MARKING = {"kes": "OFFICIAL-SENSITIVE: PERSONAL", "wen": "CONFIDENTIAL - PATIENT INFORMATION",
           "orr": "NHS CONFIDENTIAL", "mer": "PRIVATE AND CONFIDENTIAL", "pel": "OFFICIAL-SENSITIVE"}
COLOUR = {"kes": "#003a70", "wen": "#6b1f5e", "orr": "#00665e", "mer": "#8a4f00", "pel": "#3f4f1a"}
FONT = {"kes": "Arial,sans-serif", "wen": "Calibri,Arial,sans-serif", "orr": "Verdana,sans-serif",
        "mer": "Georgia,serif", "pel": "Tahoma,sans-serif"}


def house(L: dict, p: dict) -> dict:
    """Each provider's colour, font and protective marking in the two-cell table letterhead frame."""
    c = COLOUR[L["prov"]]
    return dict(heading=f'<h3 style="font-size:11pt;color:{c};margin:10px 0 4px 0">{{}}</h3>',
                cell=f'style="border:1px solid {c};padding:3px 6px;vertical-align:top"',
                font=FONT[L["prov"]], marking=MARKING[L["prov"]],
                footer=f"{html.escape(p['name'])} - sent by {html.escape(p['mailer'])}.")


THEME = re.compile(r"cancer|oncolog|haematolog|lymphoma|leukaemia|myeloma|palliative|hospice|chemotherapy|"
                   r"radiotherapy|thrombocythaemia|paraprotein|lymphoedema|SACT|melanoma|carcinoma", re.I)


def own(lid: str, lab: dict, text: str) -> list[str]:
    """This corpus's promises for each letter: it belongs to cancer or haematology care, and a letter without
    findings is noted as a hard negative."""
    errors = kit.check_notes(lid, lab)
    if not THEME.search(text):
        errors.append(f"{lid}: nothing about cancer or haematology in the letter")
    return errors


def corpus_checks(labels: list[dict], items: list[kit.Item]) -> list[str]:
    """The kit's checks plus this corpus's: two or three urgent letters and ten other messages; at least a third
    of the letters hard negatives (no findings); two late letters of each kind; on-time letters at the limits
    (at least three clinic letters sent on the seventh day, a discharge summary sent 23 to 24 hours after
    discharge); and weekdays that agree with the calendar in every message (a year left out is 2043)."""
    errors = C.checks(labels, items, urgent=(2, 3), others=10, own=own,
                      each=kit.weekday_check(year=lambda _month: 2043))
    errors += kit.check_negatives(labels) + kit.check_late_counts(labels, 2)
    return errors + kit.check_near_limits(labels, items, day7=3)


if __name__ == "__main__":
    sys.exit(C.run(sys.argv[1:], house=house, checks=corpus_checks, negatives="hard negatives"))
