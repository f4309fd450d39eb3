#!/usr/bin/env python3
"""Build the thirty-sixth (independent, held-out) corpus: tests/corpus/thirtysixth/.

Style: letters by clinicians trained abroad or writing in international English, with US or non-standard
phrasing and heavy misspelling: "Kindly do the needful", "GP is requested to", "from GP side", "labs",
"CBC/CMP", "refill", "follow up with primary care", "pt", "k/c/o", word-order quirks, long run-on sentences
without full stops, unusual capitals, abbreviations used inconsistently (LFT/LFT's/LFTs, f/u, OPD, 2/52, 6/12),
British and American spellings side by side (anaemia/anemia, paediatric/pediatric, haemoglobin/hemoglobin,
oedema/edema, faecal/fecal) and dictation-software errors ("a cute urinary retention", "hyper tension",
"bowl", "prostrate").  Specialties are mixed: medicine, cardiology, renal, gastroenterology, paediatric
gastroenterology, general surgery, urology, gynaecology, emergency medicine, community heart failure and
continence.  The NHS setting stays real: NHS trust letters to an English GP practice.

Four invented providers write to an invented practice, Larkhill Lane Medical Centre (Brindlecote): two acute
trusts (Torrisdale Teaching Hospitals NHS Foundation Trust; Pellingford and Wyre Hospitals NHS Trust), a
community trust (Okenhurst Community Healthcare NHS Trust) and an independent provider with an NHS contract
(Meridale Surgical Partners Ltd).  Letters come as typed plain text, HTML (with and without a text
alternative, some laid out as tables), and PDF and DOCX attachments behind a covering note; headings include
"Plan", "Actions for GP", "Recommendations" and "Information for the patient".  Ten messages are not letters
(auto-replies, a bounce, bulletins, a trust mass mailing, a phishing mail written in the same idiom, a supplier,
internal practice mail and patients or relatives writing in).  Twelve of the thirty-one letters are hard
negatives; most of the others carry hard-negative sentences beside their requests (TTO supplied, "our renal
nurses will", requests to district nurses or health visitors, safety-netting, history, shared care offered
for agreement, fit notes already issued, green drugs to continue).

Every message is sent between 4 January and 19 March 2038, inside Greenwich Mean Time.

Written from the category definitions alone (TAXONOMY.md and the domain README); no detector output was used.
Everything is invented; NHS numbers are 999-range with a valid Modulus 11 check digit; telephone numbers are in
Ofcom drama ranges.  The build is deterministic.

    python3 tests/corpus/make_thirtysixth.py            # build, then verify
    python3 tests/corpus/make_thirtysixth.py --verify-only
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

TOR = "Torrisdale Teaching Hospitals NHS Foundation Trust"
PEL = "Pellingford and Wyre Hospitals NHS Trust"
OKH = "Okenhurst Community Healthcare NHS Trust"
MER = "Meridale Surgical Partners Ltd"
PROV = {
    "tor": dict(
        name=TOR, site="Torrisdale Royal Infirmary", addr=["Infirmary Road", "Torrisdale", "TQ9 4RH"],
        phone="0161 496 0372", domain="torrisdale.nhs.uk",
        sender="TTH Clinical Letters <tth.clinicalletters@nhs.net>", mailer="Clarion EPR Outbound 3.1"),
    "pel": dict(
        name=PEL, site="Pellingford General Hospital", addr=["Wyre Bank", "Pellingford", "PQ2 6WN"],
        phone="0115 496 0518", domain="pellingfordwyre.nhs.uk",
        sender="PWH Correspondence <correspondence@pellingfordwyre.nhs.uk>", mailer="DictaLink ePost 9.2"),
    # A community trust: heart failure and continence services run from a health centre.
    "okh": dict(
        name=OKH, site="Okenhurst Health Centre", addr=["Station Parade", "Okenhurst", "OQ5 1TB"],
        phone="01632 960 847", domain="okenhurstch.nhs.uk",
        sender="Okenhurst Community Healthcare <okch.letters@nhs.net>", mailer="CommunityCare Docs 2.4"),
    # An independent provider treating NHS patients: endoscopy, day surgery, general surgery clinics.
    "mer": dict(
        name=MER, site="Meridale Treatment Centre", addr=["4 Fallowfield Way", "Meridale", "MQ3 8LS"],
        phone="0118 496 0694", domain="meridalesurgical.example.co.uk",
        sender="Meridale NHS Patient Office <nhs.office@meridalesurgical.example.co.uk>",
        mailer="Theatrum Clinic Suite 11"),
}
COVERS = {
    "tor": "{trust}\n{dept}\n\nDear Colleague,\n\nKindly find attached {doctype} (ref {ref}) for your patient.\n"
           "This is an automated mailbox, replies are not monitored.\n",
    "pel": "PWH Correspondence - {dept}\n\nAttached: {doctype}, reference {ref}.\n\n"
           "CONFIDENTIAL - intended for the named GP practice only. {trust}.\n",
    "okh": "{trust}\n{dept}\n\nHello,\n\nPlease see attached {doctype} (ref {ref}).\n\nAdmin Team\n",
    "mer": "{trust} - NHS patients\n{dept}\n\nDear Doctor,\n\nPlease find attached the {doctype} of your "
           "patient who was treated at Meridale under NHS contract.\nReference: {ref}\n\nNHS Patient Office\n",
}
PRACTICE = "Larkhill Lane Medical Centre <larkhilllane.mc@nhs.net>"
C = kit.Corpus("thirtysixth", "t36", PRACTICE, PROV, cover=COVERS, window=("2038-01-04", "2038-03-19"),
               utc_hours=0)
other = C.other
idl = kit.idline
letter = kit.inline_letters(C)
head = kit.letterheads(PROV)


CARD = "Cardiology Outpatients"
AMU = "Acute Medicine (Ward 14)"
RENAL = "Renal Medicine"
RENAL_WARD = "Renal Unit (Ward 9)"
GASTRO = "Gastroenterology Outpatients"
GASTRO_WARD = "Gastroenterology (Ward 22)"
PAED = "Paediatric Gastroenterology"
UROL = "Urology Outpatients"
UROL_WARD = "Urology (Ward 11)"
SURG_WARD = "General Surgery (Ward 3)"
GYNAE = "Gynaecology Outpatients"
GYNAE_WARD = "Gynaecology (Ward 7)"
ED = "Emergency Department"
HF = "Community Heart Failure Service"
CONT = "Community Continence Service"
ENDO = "Endoscopy Unit"
DAY = "Day Surgery Unit"
MSURG = "General Surgery Outpatients"

# ====================================================================== letters

# c01 cardiology OPD: echo and lipids/HbA1c the cardiologist wants for his own next clinic, "do the needful".
pt = P("Desmond Harrowgate", "361010", "1951-06-22")
letter(key="c01", prov="tor", dept=CARD, kind="clinic_letter", specialty="Cardiology",
       clinician="Dr Venkatesh Ramaswamy", patient=pt, ev="2038-01-05", ld="2038-01-07", sent="2038-01-07 14:20",
       fmt="plain", subject="OPD letter Cardiology - HARROWGATE D", body=f"""
{head("tor", CARD)}

OUT PATIENT CLINIC LETTER
{idl(pt)}
Clinic date: 05/01/2038   Dictated: 05/01/2038   Typed: 07/01/2038
Consultant: Dr P Okafor-Lindsay   Seen by: Dr Venkatesh Ramaswamy, Specialty Doctor

Dear Dr Ormsby,

Diagnosis:
1. Exertional chest tightness ? Stable Angina
2. Hyper tension - on treatment
3. K/C/O Type 2 Diabetes Mellitus, diet controlled

Thank you for referring this 86 years old gentleman who was seen today in Cardiology OPD along with his daughter, he is complaining of tightness in the chest on walking up hill since 3 months which is relieving with rest within 5 minutes and there is no symptoms at rest no syncope no palpitations, on examination Pulse 78/min regular BP 152/88 mmHg heart sounds normal no murmur chest is clear and there is no pedal edema

ECG in clinic: Sinus Rhythm, old Q waves in lead III, nil acute.

Impression: likely stable angina, need to rule out significant CAD.

Plan:
- Started on Bisoprolol 2.5mg OD and GTN spray PRN, 28 days TTO given from our outpatient pharmacy.
- Pt is already on Atorvastatin 20mg ON, to continue the same.
- CT Coronary Angiogram has been requested by me today and pt will recieve the appointment by post.
- [[tests_for_hospital: Kindly do the needful to arrange an Echocardiogram and lipid profile, HbA1c from GP side before his next OPD visit in 3 months so that we can review the results together]].
- Advised to follow up with primary care for his BP readings, target is less than 140/90.

Review in Cardiology OPD after 3/12.

Thanks and regards,

Dr Venkatesh Ramaswamy MBBS MD MRCP(UK)
Specialty Doctor, Cardiology
""", notes="Echo and blood tests the cardiologist wants for his own next clinic passed to the GP ('Kindly do the "
             "needful ... from GP side'): tests_for_hospital. CTCA requested by the hospital, bisoprolol supplied and "
             "atorvastatin (green) continued are decoys; BP follow-up is ordinary GP work. Sent two days after clinic.")

# d01 acute medicine discharge (iron deficiency anaemia), sent about 43 h after discharge: late; CBC/ferritin
# for the hospital's own anemia clinic asked of the GP.
pt = P("Gillian Trewartha", "361027", "1969-02-11")
letter(key="d01", prov="tor", dept=AMU, kind="discharge_summary", specialty="Acute Medicine",
       clinician="Dr Olumide Bankole", patient=pt, ev="2038-01-06", ev_time="15:40", ld="2038-01-08",
       sent="2038-01-08 11:05", fmt="html", opts={"alt": True, "label_col": True},
       subject="Discharge Summary - AMU Ward 14 - TREWARTHA G", body=f"""
# INPATIENT DISCHARGE SUMMARY
| Patient | {pt['name']} |
| Date of Birth | {dmy(pt['dob'])} |
| NHS Number | {spaced(pt['nhs_number'])} |
| Ward | Acute Medicine (Ward 14), Torrisdale Royal Infirmary |
| Admitted | 03/01/2038 via ED |
| Consultant | Dr R Hollingworth |
| Completed by | Dr Olumide Bankole, Clinical Fellow |

Discharge date/time: 06/01/2038 at 15:40

# Diagnosis
Symptomatic Iron Deficiency Anaemia (Hemoglobin 68 g/L on admission), likely secondary to NSAID use, GI loss to be excluded.

# Clinical Summary
68 year old lady k/c/o Hypertension presented with 3/52 h/o exertional breathlessness and dizziness, no malena no haematemesis, she was taking Ibuprofen for back pain since 2 months which was stopped, she was transfused 2 units of PRBC on 04/01/2038 and given IV Ferinject 1000mg on 05/01/2038, post transfusion Hb 94 g/L, she remained hemodynamically stable throughout the admission.
OGD and Colonoscopy has been requested as outpatient by our team, pt will get letter from Endoscopy Unit.

# Medications on Discharge
- Ferrous Fumarate 210mg BD - NEW - 14 days supplied
- Omeprazole 20mg OD - NEW - 14 days supplied
- Amlodipine 5mg OD - continue as before
- Ibuprofen - STOPPED

# Actions for GP
- [[tests_for_hospital: GP is requested to repeat CBC, ferritin and reticulocyte count after 2 weeks and fax the result to Dr Hollingworth's secretary for review in the anemia clinic]].
- Pt is informed if any black stools or dizziness she should attend ED immediately.
""", late="Discharge date/time: 06/01/2038 at 15:40",
       notes="Repeat bloods the hospital wants for its own anaemia clinic passed to the GP: tests_for_hospital. "
             "Discharged 15:40 on 06/01, sent 11:05 on 08/01 (about 43 h): late_discharge_summary. Endoscopy "
             "requested by the team, 14 days' TTO and the ED safety-net are decoys.")

# c02 US-trained urologist: PSA drawn and followed up by the clinic, refill of a green drug: hard negative.
pt = P("Alan Merriweather", "361034", "1960-11-11")
letter(key="c02", prov="pel", dept=UROL, kind="clinic_letter", specialty="Urology",
       clinician="Dr Jonathan Kessler", patient=pt, ev="2038-01-07", ld="2038-01-08", sent="2038-01-11 09:40",
       fmt="pdf", subject="Urology clinic note - MERRIWEATHER A", body=f"""
# Urology Clinic - Progress Note
{idl(pt)}
Date of service: Jan 7, 2038 (07/01/2038)
Provider: Dr Jonathan Kessler, Locum Consultant Urologist

Dear Dr Addo-Lyle,

# Chief complaint
Lower urinary tract symptoms, nocturia x3, weak stream.

# History of present illness
77 y/o male w/ LUTS for ~1 yr, IPSS 19 today, no hematuria, no dysuria, no h/o retention. Started on Tamsulosin by PCP in Oct 2037 w/ partial response. DRE: smooth, moderately enlarged prostrate, ~40 g, no nodules.

# Assessment and plan
- BPH with moderate LUTS.
- PSA was drawn in clinic today and we will f/u the result and call him with it.
- Uroflow and post void residual done today: Qmax 9 mL/s, PVR 110 mL.
- Added Finasteride 5mg daily, 3 months supplied by our outpatient pharmacy; we will reassess in clinic 3/12.
- Continue Tamsulosin 400mcg OD, refill via PCP as usual.
- If he develops urinary retention he should go to the ED right away.

No action required from GP at this time.

Jonathan Kessler, MD
Dr Jonathan Kessler
""", notes="Hard negative: the clinic drew the PSA and will follow it up and call the patient, supplied the new "
             "finasteride, and tamsulosin (green) continues via the practice as usual; retention safety-net is "
             "conditional. US date format in the dictation. Sent four days after clinic.")

# r01 renal results, urgent: hyperkalaemia on the renal clinic's own labs; acting on them pushed to the GP.
pt = P("Leonard Pybus", "361041", "1958-09-30")
letter(key="r01", prov="tor", dept=RENAL, kind="results", specialty="Nephrology",
       clinician="Dr Farhan Iqbal-Marsden", patient=pt, ld="2038-01-11", sent="2038-01-11 16:45",
       fmt="plain", opts={"from": "Farhan Iqbal-Marsden <farhan.iqbal-marsden@nhs.net>"},
       subject="URGENT abnormal labs - PYBUS L - pls action TODAY", body=f"""
{head("tor", RENAL)}

URGENT - ABNORMAL RESULT
{idl(pt)}

Dear Dr Ormsby / Duty Doctor,

Labs taken at Renal OPD on Friday 08/01/2038 came back today and are as below:-
  Potassium      6.7 mmol/L  (prev 5.1)
  Creatinine     245 umol/L  (baseline 160)
  eGFR           22
  Bicarbonate    17

we tried to contact pt on his mobile two times and on landline also but no answer and voice mail is full. [[results_chasing: GP is requested to kindly contact the pt today itself and repeat the U&E urgently within 24 hrs and hold his Ramipril and Spironolactone till the result is back]].

If potassium is more than 6.5 again or any ECG changes he need to attend the ED.

His next Renal clinic is already booked on 01/03/2038.

Regards
Dr Farhan Iqbal-Marsden
Consultant Nephrologist
""", urgent=True,
       notes="Dangerous potassium on the renal clinic's own bloods; contacting the patient, repeating and acting "
             "pushed to the practice: results_chasing. Time-critical, so urgent. Sent by the consultant from his "
             "own mailbox.")

# c03 gastro OPD: azathioprine handed over without a shared-care agreement; dietitian referral left to the GP.
pt = P("Kirsty Maddock", "361058", "1990-04-17")
letter(key="c03", prov="tor", dept=GASTRO, kind="clinic_letter", specialty="Gastroenterology",
       clinician="Dr Aparna Ravindran", patient=pt, ev="2038-01-12", ld="2038-01-14", sent="2038-01-15 09:30",
       fmt="docx", subject="Gastroenterology OPD letter", body=f"""
# GASTROENTEROLOGY OUT-PATIENT LETTER
{idl(pt)}
Date of clinic: 12/01/2038
Consultant: Dr Aparna Ravindran

Dear Dr Ormsby,

# Diagnosis
Ileocaecal Crohn's disease (Montreal A2 L1 B1), diagnosed June 2037.

# Current Medication
Azathioprine 100mg OD (started 09/2037, TPMT normal), Calcium and Vit D.

This 47 years old lady was reviewed in the IBD clinic, she reports 2-3 loose stools per day no blood no nocturnal symptoms her weight is 52kg which is down from 55kg in september and she is eating less because of bloating and colicky pain after meals, abdomen soft mild tenderness RIF no mass.
MR Enterography done on 20/11/2037 showed 10cm of terminal ileal inflammation without stricture.
Her bloods on Azathioprine have been stable for last 3 months (WCC 5.1, Neutrophils 3.2, ALT 24).
Fecal calprotectin was sent today from clinic, we will inform her the result.

# Plan
1. Continue Azathioprine 100mg OD, dose is now stable.
2. [[shared_care_without_agreement: At this point we would request GP to take over the prescribing of Azathioprine 100mg OD along with the 3 monthly FBC, LFT and U&E monitoring from now onwards]].
3. [[onward_referral: Kindly refer her to the community dietitian for advise regarding low residue diet as she is loosing weight]].
4. Review in IBD clinic in 4/12.

Yours Sincerely,

Dr Aparna Ravindran
Consultant Gastroenterologist
""", notes="Prescribing and monitoring of azathioprine (amber) transferred with no shared-care agreement offered: "
             "shared_care_without_agreement; dietitian referral for the same condition left to the GP: "
             "onward_referral. Calprotectin handled by the clinic is a decoy.")

# d02 surgery discharge (lap chole): sutures and wound check at the practice; fit note asked of the GP.
pt = P("Sandra Blenkinsop", "361065", "1978-12-03")
letter(key="d02", prov="pel", dept=SURG_WARD, kind="discharge_summary", specialty="General Surgery",
       clinician="Mr Chinedu Okonkwo-Reade", patient=pt, ev="2038-01-14", ev_time="11:20", ld="2038-01-14",
       sent="2038-01-14 17:05", fmt="pdf", subject="Discharge summary Gen Surg - BLENKINSOP S", body=f"""
# DISCHARGE SUMMARY - GENERAL SURGERY
{idl(pt)}
| Admission date | 13/01/2038 (elective day case, kept overnight) |
| Discharge date | 14/01/2038 11:20 |
| Consultant | Mr C Okonkwo-Reade |
| Procedure | Laparoscopic Cholecystectomy 13/01/2038, 4 ports, skin closed with non absorbable interupted sutures |

# Indication
Recurrent biliary colic, USS confirmed multiple gall stones, CBD not dilated.

# Post-op course
Uneventful, tolerating diet, mobilising independently, wounds clean and dry, pain well controlled on oral analgesics.

# Medications
- Co-codamol 30/500 2 tabs QDS PRN - 7 days supplied
- Ondansetron 4mg TDS PRN - 3 days supplied (PRN only, short course)

# Actions for GP
- [[post_procedure_care: Pt to attend GP practice nurse for removal of sutures at 10 days post op and wound check]].
- [[fit_note: GP kindly to provide sick note for 2 weeks as she is working as a care assistant and can not do lifting]].

# Information for the patient
No heavy lifting for 4 weeks, may shower from day 2. Histology will be reviewed by consultant and a letter will be sent to you and your GP. No routine surgical follow up needed.

Mr Chinedu Okonkwo-Reade, Consultant Upper GI Surgeon
""", notes="Suture removal and wound check after the provider's own operation pushed to the practice nurse: "
             "post_procedure_care; fit note for the post-operative period asked of the GP: fit_note. Discharged "
             "11:20, sent 17:05 the same day: on time. Histology handled by the consultant is a decoy.")

# e01 ED letter (distal radius fracture): fracture clinic referral and the X-ray report left to the GP.
pt = P("Aiden Thackeray", "361072", "2001-07-08")
letter(key="e01", prov="pel", dept=ED, kind="ed_letter", specialty="Emergency Medicine",
       clinician="Dr Marisol Ocampo-Reyes", patient=pt, ev="2038-01-16", ld="2038-01-17", sent="2038-01-17 09:10",
       fmt="plain", subject="ED Discharge Letter - THACKERAY A", body=f"""
{head("pel", ED)}

EMERGENCY DEPARTMENT - DISCHARGE NOTE
{idl(pt)}
Date of attendance: 16/01/2038  Arrival 21:47  Departure 01:15
ED Physician: Dr Marisol Ocampo-Reyes

Presenting complaint: 36 y/o RHD male, FOOSH at soccer practice, pain and swelling R wrist.

Exam: swelling distal radius, no snuff box tenderness, NV intact, cap refill <2 sec.

Imaging: XR R wrist - undisplaced distal radius fracture (prelim read by ED). XR R hand also taken, formal radiology report is pending.

Treatment: backslab applied, sling, Tylenol (paracetamol) and ibuprofen OTC advised.

Disposition / Plan:
- [[onward_referral: GP to please refer to fracture clinic next week for f/u of the distal radius fracture]].
- [[patient_redirected_to_gp: Pt told to follow up with primary care for the formal report of the hand X ray]].
- Return precautions given: if fingers become numb, cold or blue come back to ED right away.

Dr Marisol Ocampo-Reyes
Emergency Medicine, Pellingford General Hospital
""", notes="Fracture clinic referral for the injury ED treated (immediate need) left to the GP: onward_referral; "
             "patient sent to the GP for the ED's own X-ray report: patient_redirected_to_gp. Return precautions are "
             "conditional.")

# f01 independent endoscopy provider returns a straight-to-test referral for GP work-up.
pt = P("Marjorie Cleverley", "361089", "1994-05-25")
letter(key="f01", prov="mer", dept=ENDO, kind="referral_response", specialty="Gastroenterology",
       clinician="Dr Hossam Elsayed", patient=pt, ld="2038-01-18", sent="2038-01-19 10:40",
       fmt="docx", subject="Referral outcome - Endoscopy - CLEVERLEY M", body=f"""
# REFERRAL TRIAGE OUTCOME - NOT ACCEPTED
{idl(pt)}
Referral received: 11/01/2038 (Straight to Test OGD, routine)
Triaged by: Dr Hossam Elsayed, Consultant Gastroenterologist
Outcome date: 18/01/2038

Dear Dr Addo-Lyle,

Thank you for your referral of this 43 years old lady with 6 months bloating, upper abdominal discomfort and alternating bowel habit, no weight loss no anaemia no dysphagia as per referral.

We regret that we are unable to accept this referral at present. [[referral_returned_for_workup: Kindly GP to complete FIT test, ferritin, TTG (celiac screen) and H.pylori stool antigen and re-refer with the results attached]].

We have informed the patient by letter that the referral is returned to her GP.

Best Regards,
Dr Hossam Elsayed
Meridale Treatment Centre Endoscopy Unit
""", notes="Referral declined and returned to the GP for tests first: referral_returned_for_workup. The "
             "provider writing to the patient is not a separate finding.")

# c06 renal OPD: cinacalcet (specialist) to be initiated by the GP; letter sent 13 days after the clinic: late.
pt = P("Ernest Kilbride", "361096", "1947-10-14")
letter(key="c06", prov="tor", dept=RENAL, kind="clinic_letter", specialty="Nephrology",
       clinician="Dr Rutendo Chikwanha", patient=pt, ev="2038-01-06", ld="2038-01-15", sent="2038-01-19 15:30",
       fmt="pdf", subject="Renal clinic letter - KILBRIDE E", body=f"""
# RENAL OUTPATIENT CLINIC
{idl(pt)}
Date of clinic: 06/01/2038
Dictated 06/01/2038, typed 15/01/2038
Consultant: Dr Rutendo Chikwanha

Dear Dr Ormsby

Diagnosis: CKD stage 4 (Diabetic Nephropathy), Secondary Hyperparathyroidism, Renal Anemia.

Mr Kilbride was reviewed in the low clearance clinic with his wife, he is feeling more tired than usual, appetite is fair, no uremic symptoms, BP 138/76, mild pitting oedema both ankles.

Labs (29/12/2037): Creatinine 298, eGFR 17, Corrected Calcium 2.48, Phosphate 1.71, PTH 86 pmol/L, Hemoglobin 98.

# Plan
- His PTH is persistently high despite Alfacalcidol so I have decided to start Cinacalcet.
- [[hospital_only_prescribing: Kindly GP to initiate the prescription of Cinacalcet 30mg OD from your end and continue the same]].
- Sodium Bicarbonate 500mg BD started, 4 weeks supplied from renal pharmacy and we will continue to supply it.
- Renal bloods will be done in our renal day unit prior to next clinic, no need for GP to repeat.
- Counselled regarding dialysis options, he is keen for PD, our PD nurse will contact him.

Review in 6/52 in low clearance clinic.

Dr Rutendo Chikwanha
Consultant Nephrologist
""", late="Date of clinic: 06/01/2038",
       notes="Cinacalcet (specialist renal drug) to be started by the GP: hospital_only_prescribing. Clinic 06/01, "
             "typed 15/01, sent 19/01: 13 days, late_clinic_letter. Bicarbonate supplied by the renal pharmacy and "
             "bloods in the renal day unit are decoys.")

# c04 gynaecology OPD, sent exactly seven days after clinic (on time): everything done by the clinic.
pt = P("Helen Brackenridge", "361102", "1990-02-08")
letter(key="c04", prov="pel", dept=GYNAE, kind="clinic_letter", specialty="Gynaecology",
       clinician="Dr Ngozi Okafor", patient=pt, ev="2038-01-12", ld="2038-01-19", sent="2038-01-19 16:40",
       fmt="html", subject="Gynae OPD letter - BRACKENRIDGE H", body=f"""
# Gynaecology Out Patient Clinic
{idl(pt)}
Clinic Date: 12/01/2038

Dear Dr Ormsby,

RE: Heavy Menstrual Bleeding

Thank you for referring this 47 years old Para 2 lady with heavy periods since 1 year with flooding and clots, she is not having any intermenstrual or post coital bleeding, smear is upto date and normal in 2036.

On examination abdomen soft non tender, speculum cervix healthy, bimanual uterus bulky about 10 week size, non tender.

# Plan
- Mirena IUS was inserted in clinic today with her consent, procedure was uneventful.
- Pelvic USS has been booked in our radiology department, she will get the appointment.
- FBC was taken today in clinic, Haemoglobin 118 g/L, ferritin pending and we will write to her with the result.
- If bleeding becomes very heavy or she feel dizzy pls to attend EPAU or see GP.
- We will review her in gynae clinic in 3 months with scan result.

Nothing required from GP at this stage.

Kind regards

Dr Ngozi Okafor
Specialty Doctor in Obstetrics and Gynaecology
""", notes="Hard negative: IUS fitted in clinic, scan booked by the hospital, ferritin followed up by the clinic, "
             "safety-net conditional and 'nothing required from GP'. Clinic 12/01, sent 19/01: exactly 7 days, on "
             "time.")

# c07 urology DNA: discharged after one missed appointment, GP asked to re-refer.
pt = P("Clifford Ashdown", "361119", "1956-03-09")
letter(key="c07", prov="pel", dept=UROL, kind="clinic_letter", specialty="Urology",
       clinician="Mr Anil Kumar Desai", patient=pt, ev="2038-01-20", ld="2038-01-21", sent="2038-01-21 12:30",
       fmt="plain", subject="DNA - Urology OPD - ASHDOWN C", body=f"""
{head("pel", UROL)}

{idl(pt)}
Appointment date: 20/01/2038 at 10:15, Urology OPD Clinic 3

Dear Dr Addo-Lyle,

The above named pt did not attend (DNA) his New Patient urology appointment on 20/01/2038 which was booked for Lower Urinary Tract Symptoms and Microscopic Haematuria on your referral dated 29/11/2037.

As per the Trust Access Policy he has been discharged from our clinic. We are therefore returning him to your care, [[dna_rereferral: GP is requested to re-refer him via e-RS so he can be given another appointment]].

Thanking you,

Mr Anil Kumar Desai
Consultant Urological Surgeon
""", notes="Discharged after one missed new appointment and the GP asked to re-refer: dna_rereferral.")

# c05 community heart failure nurse: uptitration supplied, bloods by the HF nurse, green drugs: hard negative.
pt = P("Wilfred Corkindale", "361126", "1939-05-17")
letter(key="c05", prov="okh", dept=HF, kind="clinic_letter", specialty="Cardiology",
       clinician="Mrs Maricel Dizon", patient=pt, ev="2038-01-20", ld="2038-01-21", sent="2038-01-22 11:30",
       fmt="html", opts={"alt": True, "header": True}, subject="HF clinic review - CORKINDALE W", body=f"""
# Community Heart Failure Clinic - Review
{idl(pt)}
Date seen: 20/01/2038 at Okenhurst Health Centre
Seen by: Mrs Maricel Dizon, Heart Failure Nurse Specialist (Non Medical Prescriber)

Dear Dr Ormsby,

Mr Corkindale is known to have HFrEF (EF 30% on echo 10/2037), he attended with his wife, he is feeling better, breathlessness improved NYHA II, no orthopnea no PND, weight 78.2kg stable, minimal ankle edema, BP 118/70, HR 74 regular.

| Medicine | Change | Supply |
| Bisoprolol | uptitrated 2.5mg to 5mg OD | 28 days supplied by me today |
| Ramipril 5mg OD | no change | GP to continue as before |
| Furosemide 40mg OM | no change | GP to continue as before |

# Plan
- Our HF nurse will do U&E at home on next visit on 29/01/2038 and will adjust as per results.
- Pt and wife re-educated regarding daily weights, if weight increases more than 2kg in 3 days to call the HF team on 01632 960 848.
- Next clinic review in 4 weeks.

No GP action needed at present.

Maricel Dizon RN, HFNS
""", notes="Hard negative: the community HF service supplies the uptitrated bisoprolol and checks U&E itself; "
             "ramipril and furosemide (green) continue; weight safety-net directs the patient to the HF team.")

# c08 cardiology OPD: amiodarone handed over without shared-care agreement; sent 12 days after clinic: late.
pt = P("Rosalind Featherstone", "361133", "1944-11-19")
letter(key="c08", prov="tor", dept=CARD, kind="clinic_letter", specialty="Cardiology",
       clinician="Dr Thandiwe Mokoena", patient=pt, ev="2038-01-13", ld="2038-01-22", sent="2038-01-25 10:15",
       fmt="html", opts={"label_col": True}, subject="Cardiology Follow Up - FEATHERSTONE R", body=f"""
# Cardiology Follow-up Clinic
| Patient | {pt['name']} |
| D.O.B | {dmy(pt['dob'])} |
| NHS No. | {spaced(pt['nhs_number'])} |
| Consultant | Dr Thandiwe Mokoena |
| Letter typed | 22/01/2038 |

Clinic Date: 13/01/2038

Dear Dr Ormsby

Diagnosis: Paroxysmal Atrial Fibrillation, symptomatic despite betablocker.

This lady was started on Amiodarone in our clinic on 18/11/2037 after loading, since then she is in sinus rhythm and palpitations have settled, no side effects reported, her Thyroid and Liver function on 18/11/2037 and again 06/01/2038 were normal.
Echo done on 13/01/2038 in our department showed structurally normal heart, EF 60%.

# Plan
1. Amiodarone 200mg OD - she is now stable on this dose.
2. [[shared_care_without_agreement: Kindly take over the prescription of Amiodarone 200mg OD and do the 6 monthly TFT and LFT monitoring as pt is now stable]].
3. Apixaban 5mg BD to continue (CHA2DS2-VASc 4).
4. We have discharged her from cardiology follow up.

Dr Thandiwe Mokoena
Consultant Cardiologist
""", late="Clinic Date: 13/01/2038",
       notes="Prescribing and monitoring of amiodarone (amber) transferred with no shared-care agreement offered: "
             "shared_care_without_agreement. Clinic 13/01, sent 25/01: 12 days, late_clinic_letter. Echo done by "
             "the hospital and apixaban to continue are decoys.")

# d06 renal ward discharge sent 23 h 20 min after discharge (on time): everything arranged: hard negative.
pt = P("Norma Spratling", "361140", "1945-04-02")
letter(key="d06", prov="tor", dept=RENAL_WARD, kind="discharge_summary", specialty="Nephrology",
       clinician="Dr Farhan Iqbal-Marsden", patient=pt, ev="2038-01-25", ev_time="17:30", ld="2038-01-26",
       sent="2038-01-26 16:50", fmt="docx", subject="Discharge Summary Renal Unit - SPRATLING N", body=f"""
# DISCHARGE SUMMARY - RENAL UNIT (WARD 9)
{idl(pt)}
Admitted: 21/01/2038   Discharged: 25/01/2038 at 17:30
Consultant: Dr Farhan Iqbal-Marsden

# Diagnosis
AKI stage 2 on CKD 3a secondary to diarrhoea and vomitting (norovirus) while on Ramipril and Metformin.

# Summary
Creatinine peaked 232 (baseline 118), treated with IV fluids, nephrotoxics held, creatinine on day of discharge 141 and trending down, eating and drinking well, no further diarrhoea.

# Medications
- Ramipril 5mg OD - WITHHELD, do not restart until advised by renal team
- Metformin 500mg BD - WITHHELD, do not restart until advised by renal team
- Other regular medications unchanged, TTO supplied for 14 days

# Follow up
- Renal bloods will be repeated by our AKI outreach nurses at home on 29/01/2038 and they will inform pt and GP regarding restarting Ramipril and Metformin.
- District nurses are requested to continue alternate day dressings to left shin skin tear, referral sent by ward.
- Pt given sick day rules leaflet.

No GP action required.

Dr Farhan Iqbal-Marsden, Consultant Nephrologist
""", notes="Hard negative: bloods by the trust's AKI outreach nurses, dressings asked of district nurses, TTO "
             "supplied, 'no GP action required'. Discharged 17:30 on 25/01, sent 16:50 on 26/01: 23 h 20 min, "
             "on time.")

# d03 urology discharge after TURP: only 3 days of antibiotic, rest asked of the GP; sent late.
pt = P("Herbert Lingard", "361157", "1941-08-27")
letter(key="d03", prov="pel", dept=UROL_WARD, kind="discharge_summary", specialty="Urology",
       clinician="Mr Babatunde Adeyemi-Cole", patient=pt, ev="2038-01-27", ev_time="10:30", ld="2038-01-29",
       sent="2038-01-29 16:00", fmt="docx", subject="Urology discharge summary - LINGARD H", body=f"""
# UROLOGY DISCHARGE SUMMARY
{idl(pt)}
Date of admission: 24/01/2038
Date of discharge: 27/01/2038 (10:30)
Consultant: Mr Babatunde Adeyemi-Cole

# Diagnosis
A cute urinary retention secondary to BPH; TURP on 25/01/2038.

# Hospital Course
Pt was admitted with a cute urinary retention 1.2 litres drained, underwent TURP on 25/01/2038 under spinal, three way catheter with irrigation which was stopped day 1, catheter removed on ward on 27/01/2038 and TWOC successful, voiding well with PVR 60mls. Urine culture grew E.coli sensitive to Nitrofurantoin.

# Medications on discharge
- Nitrofurantoin 100mg MR BD for 7 days
- Tamsulosin - STOPPED
- Paracetamol 1g QDS PRN, 7 days supplied

# Actions for GP
- [[hospital_only_prescribing: Due to pharmacy delays pt was discharged with only 3 days of Nitrofurantoin, GP kindly prescribe the remaining 4 days course]].
- Histology of prostate chips will be discussed in urology OPD in 6/52 which we will book.

Mr B Adeyemi-Cole
Consultant Urologist
""", late="Date of discharge: 27/01/2038 (10:30)",
       notes="Fewer than seven days' discharge medication with the rest pushed to the GP: hospital_only_prescribing. "
             "Discharged 10:30 on 27/01, sent 16:00 on 29/01 (about 53 h): late_discharge_summary. Dictation error "
             "'a cute urinary retention'. Histology handled by the urology clinic is a decoy.")

# d04 gastro discharge after ERCP: LFTs for the team and ampullary histology left to the GP.
pt = P("Yvonne Pilbeam", "361164", "1960-01-30")
letter(key="d04", prov="tor", dept=GASTRO_WARD, kind="discharge_summary", specialty="Gastroenterology",
       clinician="Dr Kofi Asamoah-Brent", patient=pt, ev="2038-02-01", ev_time="13:15", ld="2038-02-01",
       sent="2038-02-02 09:00", fmt="plain", subject="eDischarge - Gastro Ward 22 - PILBEAM Y", body=f"""
{head("tor", GASTRO_WARD)}

ELECTRONIC DISCHARGE NOTIFICATION
{idl(pt)}
Admitted: 28/01/2038     Discharged: 01/02/2038 13:15
Responsible Consultant: Dr Kofi Asamoah-Brent

Diagnosis: Obstructive Jaundice due to CBD stones, ERCP + sphincterotomy + stone extraction 30/01/2038, ampulla looked bulky so biopsies taken.

Summary: 78 year old lady presented with painless jaundice and dark urine, bilirubin 164, ALP 520, USS showed dilated CBD 11mm with stones, ERCP done with clearance of duct, post ERCP no pancreatitis, labs on discharge bilirubin 71 and coming down, eating and drinking well.

TTO: 7 days of Paracetamol, no other new meds.
Referral to the upper GI surgeons for lap chole has already been done by us.

Actions for GP:
1) [[tests_for_hospital: Repeat LFT's in 1 week to make sure bilirubin is trending down and send to us]]
2) [[results_chasing: Ampullary biopsy histology is awaited, GP to follow up the result and action accordingly]]
3) Kindly continue her usual medications.

Dr Kofi Asamoah-Brent
Consultant Gastroenterologist
""", notes="Liver tests the team wants to track its own treatment passed to the GP: tests_for_hospital; the "
             "hospital's own biopsy result to be followed up and acted on by the GP: results_chasing. Discharged "
             "13:15 on 01/02, sent 09:00 on 02/02: on time. Surgical referral already made is a decoy.")

# r02 gastro results: coeliac serology, patient told and OGD booked: hard negative.
pt = P("Roisin Calloway", "361171", "1988-10-09")
letter(key="r02", prov="tor", dept=GASTRO, kind="results", specialty="Gastroenterology",
       clinician="Dr Kofi Asamoah-Brent", patient=pt, ld="2038-02-04", sent="2038-02-04 12:00",
       fmt="plain", subject="Result letter (for info) - CALLOWAY R", body=f"""
{head("tor", GASTRO)}

RESULT NOTIFICATION - FOR INFORMATION
{idl(pt)}

Dear Dr Addo-Lyle,

Labs sent from our clinic on 26/01/2038 are back: TTG IgA 128 U/mL (ref <7), total IgA normal, Hemoglobin 121, Ferritin 9.

These results are highly suggestive of celiac disease. We have written to pt with the result and booked her for OGD with duodenal biopsies on 18/02/2038, and she is informed not to stop gluten before the scope. Iron replacement was prescribed by us on the same day and she has collected it from our pharmacy.

This letter is for your information only, no action is needed from the practice.

Dr Kofi Asamoah-Brent
Consultant Gastroenterologist
""", notes="Hard negative: the clinic's own result communicated by the clinic, OGD booked, iron supplied; "
             "'for information only'.")

# c09 gynae post-op clinic: fit note extension and the histology result both sent to the GP.
pt = P("Lorraine Hepplewhite", "361188", "1985-06-14")
letter(key="c09", prov="pel", dept=GYNAE, kind="clinic_letter", specialty="Gynaecology",
       clinician="Miss Adaeze Okorie", patient=pt, ev="2038-02-03", ld="2038-02-05", sent="2038-02-08 11:00",
       fmt="html", opts={"alt": True}, subject="Post op review - Gynae - HEPPLEWHITE L", body=f"""
# Gynaecology Post-Operative Review
{idl(pt)}
Date of clinic: 03/02/2038
Operation: Total Abdominal Hysterectomy and Bilateral Salpingectomy on 20/01/2038 for fibroid uterus

Dear Dr Ormsby

Mrs Hepplewhite is 2 weeks post op, she is recovering well, no fever, passing urine normally, bowls opened, wound healing nicely, clips were removed on the ward on day 5, mild tenderness around wound, no collection.

# Recommendations
- [[fit_note: She is working as a warehouse operative lifting heavy boxes, kindly issue fit note for further 4 weeks from GP side]].
- [[patient_redirected_to_gp: Histology of uterus is still not available, pt is advised to contact her GP after 3 weeks to get the histology result]].
- No heavy lifting for 6 weeks.

Thanks and Regards,

Miss Adaeze Okorie
Consultant Obstetrician and Gynaecologist
""", notes="Fit note extension for the post-operative period asked of the GP: fit_note; patient told to get the "
             "hospital's own histology result from the GP: patient_redirected_to_gp. Dictation error 'bowls "
             "opened'. Clips removed on the ward is a decoy.")

# d05 independent provider day surgery: wound check and stitches by the practice nurse; fit note already issued.
pt = P("Kenneth Oldroyd", "361195", "1966-09-02")
letter(key="d05", prov="mer", dept=DAY, kind="discharge_summary", specialty="General Surgery",
       clinician="Mr Stavros Papadakis", patient=pt, ev="2038-02-09", ev_time="17:45", ld="2038-02-09",
       sent="2038-02-10 08:15", fmt="plain", subject="Day Surgery discharge - OLDROYD K (NHS)", body=f"""
{head("mer", DAY)}

DAY CASE DISCHARGE SUMMARY (NHS PATIENT)
{idl(pt)}
Date of procedure: 09/02/2038     Discharged: 09/02/2038 at 17:45
Surgeon: Mr Stavros Papadakis

Procedure: Open Right Inguinal Hernia Repair with mesh (Lichtenstein) under GA, skin closed with interrupted nylon sutures.

Post op: Uneventful, pt passed urine, mobilising, pain controlled.

Medications supplied (TTO): Co-codamol 30/500 1-2 tabs QDS PRN and Ibuprofen 400mg TDS, 7 days each.

Fit note: issued by the surgeon on the day for 2 weeks.

Instructions:
- No driving for 1 week and no heavy lifting for 4-6 weeks.
- [[post_procedure_care: Pt is advised to make an appointment with the practice nurse at his GP for wound check and removal of stitches in 10-12 days]].
- No routine follow up at Meridale is required.

Regards,
Mr Stavros Papadakis
Consultant General Surgeon
""", notes="Suture removal and wound check after the provider's own operation sent to the practice nurse: "
             "post_procedure_care. Fit note already issued and 7 days' TTO are decoys. Discharged 17:45, sent "
             "08:15 next day: on time.")

# r03 independent endoscopy result, urgent: cancer on biopsy; 2WW referral left to the GP.
pt = P("Irene Stockwell", "361201", "1949-07-23")
letter(key="r03", prov="mer", dept=ENDO, kind="results", specialty="Gastroenterology",
       clinician="Dr Hossam Elsayed", patient=pt, ld="2038-02-10", sent="2038-02-10 16:30",
       fmt="pdf", subject="URGENT - Histology result - STOCKWELL I", body=f"""
# URGENT HISTOLOGY RESULT
{idl(pt)}
Procedure: Colonoscopy 03/02/2038 (NHS Bowel symptoms pathway, routine)
Histology reported: 09/02/2038
Endoscopist: Dr Hossam Elsayed

Dear Dr Addo-Lyle,

Findings at colonoscopy: 3cm ulcerated partially circumferential lesion in the sigmoid colon at 30cm, tattooed, biopsies taken.

Histology: Moderately differentiated Adenocarcinoma.

I have telephoned Mrs Stockwell today and explained the result with her son present. CT Chest Abdomen Pelvis has been requested by us at Meridale and she will get a date in this week.

As we are an independent sector provider and are not a part of the colorectal cancer MDT, [[onward_referral: GP is kindly requested to refer this patient urgently on the 2 week wait pathway to the colorectal surgeons at Torrisdale Royal Infirmary]].

Regards,
Dr Hossam Elsayed
Consultant Gastroenterologist and Endoscopist
""", urgent=True,
       notes="Cancer found by the provider; the suspected-cancer referral onward is left to the GP: onward_referral. "
             "Time-critical cancer step, so urgent. The provider told the patient and requested the staging CT "
             "itself (decoys).")

# c14 cardiology: dronedarone kept by the hospital, shared-care protocol offered for agreement: hard negative.
pt = P("Percival Ashworth", "361218", "1957-12-01")
letter(key="c14", prov="tor", dept=CARD, kind="clinic_letter", specialty="Cardiology",
       clinician="Dr Thandiwe Mokoena", patient=pt, ev="2038-02-08", ld="2038-02-10", sent="2038-02-11 09:20",
       fmt="docx", subject="Cardiology OPD - ASHWORTH P - shared care proposal", body=f"""
# CARDIOLOGY CLINIC LETTER
{idl(pt)}
Clinic date: 08/02/2038
Consultant: Dr Thandiwe Mokoena

Dear Dr Ormsby,

Mr Ashworth k/c/o paroxysmal AF was started on Dronedarone 400mg BD in our clinic 8 weeks back, he tolerated well, ECG today sinus rhythm QTc 432, his LFT's at 4 weeks and 8 weeks (done in our clinic) are normal.

# Plan
- Continue Dronedarone 400mg BD, we have supplied 8 weeks more today.
- We have enclosed the Torrisdale and ICB shared care protocol for Dronedarone for your consideration.
- If you are agreeable to share the care kindly sign and return the agreement to our cardiology pharmacist, till then we will continue the prescribing and the LFT monitoring at our end.
- We have organised 24 hour holter in our department in 3 months.
- Continue Edoxaban 60mg OD as per usual.

Dr Thandiwe Mokoena
Consultant Cardiologist
""", notes="Hard negative: shared care offered for the practice's agreement with a protocol while the hospital "
             "keeps prescribing and monitoring (the proper process); holter by the hospital; edoxaban continues.")

# c10 urology OPD: pre-anaesthetic questionnaire sent for the practice to fill.
pt = P("Douglas Fenwick", "361225", "1953-04-04")
letter(key="c10", prov="pel", dept=UROL, kind="clinic_letter", specialty="Urology",
       clinician="Mr Rajiv Bhattacharjee", patient=pt, ev="2038-02-10", ld="2038-02-12", sent="2038-02-15 14:00",
       fmt="pdf", subject="Urology clinic letter - FENWICK D - listed HoLEP", body=f"""
# UROLOGY CLINIC LETTER
{idl(pt)}
Date of clinic: 10/02/2038
Consultant: Mr Rajiv Bhattacharjee

Dear Dr Addo-Lyle,

Re: Benign Prostatic Enlargement with refractory LUTS

Mr Fenwick is having persistent bothersome symptoms despite Tamsulosin and Finasteride since 2 years, flow rate today Qmax 7 mL/s, PVR 180 mL, prostate 85 g on TRUS, PSA was 2.1 in December which is normal for his gland size.

Urine culture and dipstick were done today in clinic.

After discussion he is keen for surgery and has been listed for HoLEP, expected date in around 12 weeks.

# Plan
- Listed for HoLEP, consent obtained in clinic.
- Pre op bloods, ECG and MRSA screen will be done in our Pre-Operative Assessment clinic.
- [[non_contractual_admin: Kindly fill the enclosed Pre-Anaesthetic Assessment Questionnaire with his past medical history and current medication list and send back to pre-op clinic at the earliest]].
- Continue Tamsulosin and Finasteride till surgery.

Yours sincerely

Mr Rajiv Bhattacharjee
Consultant Urological Surgeon
""", notes="Hospital pre-anaesthetic questionnaire sent for the practice to complete: non_contractual_admin. Pre-op "
             "tests in the hospital's own POA clinic and green drugs continuing are decoys.")

# f03 independent provider accepts a referral and books it; earlier referral is history: hard negative.
pt = P("Beverley Nuttall", "361232", "1975-05-05")
letter(key="f03", prov="mer", dept=MSURG, kind="referral_response", specialty="General Surgery",
       clinician="Mr Stavros Papadakis", patient=pt, ld="2038-02-16", sent="2038-02-16 10:30",
       fmt="html", opts={"alt": True, "label_col": True}, subject="Referral accepted - NUTTALL B", body=f"""
# Referral Acknowledgement - Accepted
| Patient | {pt['name']} |
| DOB | {dmy(pt['dob'])} |
| NHS No | {spaced(pt['nhs_number'])} |
| Referral received | 12/02/2038 (e-RS, routine) |
| Triaged by | Mr Stavros Papadakis, Consultant General Surgeon |

Dear Dr Ormsby,

Thank you for referring Mrs Nuttall with symptomatic gall stones. Kindly note she was referred last year to Pellingford General Hospital and was discharged after the attack settled with conservative management.

Her USS which you arranged on 03/02/2038 has been reviewed, it shows multiple gall stones with normal CBD.

We have accepted the referral and she is booked in general surgery clinic at Meridale Treatment Centre on 09/03/2038 at 14:20, appointment letter posted to pt. Pre op assessment if needed will be done by our own POA nurses.

No further action needed from the practice.

NHS Patient Office, Meridale Surgical Partners Ltd
""", notes="Hard negative: referral accepted and booked, pre-op assessment by the provider's own nurses; the "
             "earlier referral is history.")

# c11 renal OPD: AKI registry form for the practice; patient told to ring the GP for the renal appointment date.
pt = P("Barbara Quennell", "361249", "1950-12-12")
letter(key="c11", prov="tor", dept=RENAL, kind="clinic_letter", specialty="Nephrology",
       clinician="Dr Ifeoma Eze", patient=pt, ev="2038-02-15", ld="2038-02-17", sent="2038-02-19 10:00",
       fmt="docx", subject="Renal OPD letter - QUENNELL B", body=f"""
# RENAL MEDICINE - POST AKI CLINIC
{idl(pt)}
Date of Clinic: 15/02/2038
Seen by: Dr Ifeoma Eze, Renal Registrar

Dear Dr Ormsby,

This 87 year old lady was seen in post AKI clinic following her admission in December 2037 with AKI stage 3 secondary to sepsis, her renal function has recovered to baseline, creatinine 102 on 08/02/2038, BP 132/78, euvolaemic.

# Plan
- Ramipril was restarted by us at 2.5mg OD today, supply given for 4 weeks; we will recheck U&E in our clinic phlebotomy in 2 weeks.
- Our Hospital is participating in the regional AKI registry. [[non_contractual_admin: GP is requested to complete the attached AKI Registry Data Collection Form and return to renal secretaries within 2 weeks]].
- [[patient_redirected_to_gp: Pt was informed to call GP surgery to find out the date of her next renal clinic appointment]].
- Follow up in renal clinic in 3 months.

Dr Ifeoma Eze
Specialty Registrar, Renal Medicine
""", notes="Hospital audit/registry data collection sent for the practice to complete: non_contractual_admin; "
             "patient told to ask the GP for the hospital's own appointment date: patient_redirected_to_gp. U&E in "
             "the clinic's own phlebotomy is a decoy.")

# f02 gynae referral converted to advice and guidance, GP to treat and scan first.
pt = P("Tamsin Ollerton", "361256", "1985-03-21")
letter(key="f02", prov="pel", dept=GYNAE, kind="referral_response", specialty="Gynaecology",
       clinician="Dr Shirin Farahani", patient=pt, ld="2038-02-18", sent="2038-02-18 15:20",
       fmt="plain", subject="Advice and Guidance response - OLLERTON T", body=f"""
{head("pel", GYNAE)}

REFERRAL TRIAGE - ADVICE AND GUIDANCE
{idl(pt)}
Referral dated: 08/02/2038 (Routine, Heavy menstrual bleeding)

Dear Dr Addo-Lyle,

Thank you for your referral of this 52 year old lady with heavy menstrual bleeding since 8 months, no IMB no PCB, BMI 31, smear up to date.

After review of the referral by consultant, we have converted this referral to Advise and Guidance and not accepted it for clinic at this time. [[referral_returned_for_workup: Recommend GP to start Tranexamic acid and Mefenamic acid for 3 cycles, arrange a pelvic USS and FBC and re-refer with the scan report if no improvement]].

Kind regards,

Dr Shirin Farahani
Consultant Gynaecologist
""", notes="A clinically appropriate referral turned into advice and guidance, with treatment and tests for the GP "
             "first: referral_returned_for_workup.")

# d07 gynae ward discharge after ectopic: fit note issued, hCG in EPAU, dissolvable sutures: hard negative.
pt = P("Danielle Frobisher", "361263", "1993-09-16")
letter(key="d07", prov="pel", dept=GYNAE_WARD, kind="discharge_summary", specialty="Gynaecology",
       clinician="Miss Adaeze Okorie", patient=pt, ev="2038-02-20", ev_time="12:10", ld="2038-02-20",
       sent="2038-02-20 18:30", fmt="pdf", subject="Discharge summary Ward 7 - FROBISHER D", body=f"""
# DISCHARGE SUMMARY - GYNAECOLOGY WARD 7
{idl(pt)}
| Admitted | 18/02/2038 via EPAU |
| Discharged | 20/02/2038 at 12:10 |
| Consultant | Miss Adaeze Okorie |

# Diagnosis
Right tubal ectopic pregnancy (6/40 amenorrhoea with h/o right iliac fossa pain); Laparoscopic right salpingectomy 18/02/2038.

# Summary
Uneventful recovery, mobilising, passing urine, Hb 112 post op, Rhesus positive so no Anti-D needed.

# Medications (TTO)
- Paracetamol 1g QDS - 7 days supplied
- Ibuprofen 400mg TDS - 7 days supplied

# Follow up
- Serum hCG will be repeated in EPAU on 27/02/2038, appointment given to pt.
- Sutures are dissolvable, no need of removal.
- Fit note issued by ward for 2 weeks.

# Information for the patient
If you have fever, redness of wound or heavy bleeding please contact Ward 7 directly on 0115 496 0533 at any time. Bereavement support leaflet given.

Miss Adaeze Okorie, Consultant Obstetrician and Gynaecologist
""", notes="Hard negative: TTO supplied, hCG repeated in EPAU, dissolvable sutures, fit note already issued, "
             "safety-net directs the patient to the ward. Discharged 12:10, sent 18:30 the same day.")

# c13 gastro DNA (html, no text alternative): referral closed after one missed appointment.
pt = P("Graham Dunnock", "361270", "1979-08-05")
letter(key="c13", prov="tor", dept=GASTRO, kind="clinic_letter", specialty="Gastroenterology",
       clinician="Dr Sunil Wijeratne", patient=pt, ev="2038-02-22", ld="2038-02-23", sent="2038-02-23 13:10",
       fmt="html", opts={"header": True}, subject="Did Not Attend - Gastro OPD - DUNNOCK G", body=f"""
# Notification of Non Attendance
{idl(pt)}
| Appointment | Clinic | Outcome |
| 22/02/2038 09:40 | Gastroenterology New Patient (Dr S Wijeratne) | DNA - no contact from patient |

Dear Dr Ormsby,

Mr Dunnock was referred by you on 10/01/2038 with Iron deficiency and reflux symptoms, the appointment letter was sent to him on 26/01/2038 and a text reminder was also sent.

Unfortunately pt Did Not Attend his appointment, as per our DNA policy the referral has been closed. [[dna_rereferral: GP needs to re-refer the patient for us to offer new appointment]].

Dr Sunil Wijeratne
Consultant Gastroenterologist
""", notes="Referral closed after one missed appointment and re-referral demanded: dna_rereferral.")

# e02 ED (html with text alternative): referred directly to SDEC, CBC/CMP done, safety-net only: hard negative.
pt = P("Trevor Manningham", "361287", "1983-01-28")
letter(key="e02", prov="pel", dept=ED, kind="ed_letter", specialty="Emergency Medicine",
       clinician="Dr Marisol Ocampo-Reyes", patient=pt, ev="2038-03-01", ld="2038-03-02", sent="2038-03-02 09:45",
       fmt="html", opts={"alt": True, "label_col": True}, subject="ED discharge - MANNINGHAM T", body=f"""
# Emergency Department Attendance
| Patient | {pt['name']} |
| DOB | {dmy(pt['dob'])} |
| NHS No | {spaced(pt['nhs_number'])} |
| ED Physician | Dr Marisol Ocampo-Reyes |

Date of attendance: 01/03/2038

Chief complaint: RLQ abdominal pain x 18 hrs, anorexia, no vomiting.
Labs: CBC/CMP done - WBC 11.2, CRP 24, LFTs and renal panel WNL. Urinalysis negative.
Assessment: ? early appendicitis vs mesenteric adenitis, pt stable, afebrile.

# Plan
- Referred directly to the surgical SDEC hot clinic for tomorrow morning 08:30 for USS and surgical review, appointment given to pt.
- Analgesia given in department.
- Return to ED or see your GP if pain worsens, fever or vomiting.

No GP action needed.
""", notes="Hard negative: ED referred directly to surgical SDEC, bloods done in ED; 'see your GP if pain "
             "worsens' is safety-netting.")

# c15 community continence service: green drug continues, pads supplied, own review: hard negative.
pt = P("Edith Sowerbutts", "361294", "1936-03-30")
letter(key="c15", prov="okh", dept=CONT, kind="clinic_letter", specialty="Urology",
       clinician="Mrs Gloria Mensah", patient=pt, ev="2038-03-03", ld="2038-03-05", sent="2038-03-08 10:00",
       fmt="plain", subject="Continence assessment - SOWERBUTTS E", body=f"""
{head("okh", CONT)}

CONTINENCE ASSESSMENT LETTER
{idl(pt)}
Date of assessment: 03/03/2038
Assessed by: Mrs Gloria Mensah, Continence Nurse Specialist

Dear Dr Addo-Lyle

Mrs Sowerbutts attended with her daughter for assessment of overactive bladder symptoms, urgency, frequency 12 times per day and nocturia x3, bladder diary reviewed, urine dipstick negative, PVR scan 40mls which is satisfactory.

Plan:
- Pt to continue Solifenacin 5mg OD which GP had started in November, it is green on formulary and she is tolerating well.
- Bladder retraining and pelvic floor exercises taught today.
- Pads assessed and will be supplied via our home delivery service.
- Our continence nurse will review her in 3/12 at Okenhurst Health Centre, appointment letter sent.

GP need not to take any action.

Gloria Mensah RGN
Continence Nurse Specialist
""", notes="Hard negative: solifenacin (green) continues as the GP already prescribes, pads supplied and review "
             "booked by the community service; 'GP need not to take any action'.")

# c12 paediatric gastro: health visitor asked to weigh, dietitian referred by the clinic: hard negative.
pt = P("Oliver Pennock", "361300", "2036-05-14")
letter(key="c12", prov="tor", dept=PAED, kind="clinic_letter", specialty="Paediatric Gastroenterology",
       clinician="Dr Lakshmi Narayanan", patient=pt, ev="2038-03-09", ld="2038-03-11", sent="2038-03-12 15:30",
       fmt="pdf", subject="Pediatric Gastro clinic - PENNOCK O", body=f"""
# PAEDIATRIC GASTROENTEROLOGY CLINIC
{idl(pt)}
Date of clinic: 09/03/2038
Consultant: Dr Lakshmi Narayanan

Dear Dr Ormsby,

Oliver is 21 months old boy seen with his mum for loose stools with mucus and eczema since he was weaned to cow's milk, weight is on the 9th centile dropping from 25th, no blood in stool, abdomen soft, no organomegaly.

Impression: Non IgE mediated Cow's Milk Protein Allergy.

# Plan
- Strict cow's milk free diet, we have referred to the pediatric dietitian directly and they will advice mum on formula and weaning.
- Health visitor is requested to kindly weigh him monthly and plot on the growth chart.
- Mum advised to follow up with primary care if there is any blood in stool or he is not feeding.
- We will review in paediatric clinic in 3 months with milk ladder plan.

Dr Lakshmi Narayanan
Consultant Paediatrician (Gastroenterology)
""", notes="Hard negative: dietitian referral made by the clinic, weighing asked of the health visitor, 'follow up "
             "with primary care if ...' is conditional safety-netting.")

# d08 urology ward discharge: TWOC by district nurses, TTO 28 days, OPD booked: hard negative.
pt = P("Reginald Thistlewood", "361317", "1944-02-19")
letter(key="d08", prov="pel", dept=UROL_WARD, kind="discharge_summary", specialty="Urology",
       clinician="Mr Anil Kumar Desai", patient=pt, ev="2038-03-15", ev_time="11:00", ld="2038-03-15",
       sent="2038-03-15 20:00", fmt="docx", subject="Discharge summary Urology - THISTLEWOOD R", body=f"""
# DISCHARGE SUMMARY - UROLOGY WARD 11
{idl(pt)}
Admission: 13/03/2038 via ED
Discharged: 15/03/2038 at 11:00
Consultant: Mr Anil Kumar Desai

# Diagnosis
Acute urinary retention (1100 mls residual) secondary to constipation and BPH, catheterised in ED.

# Medications
- Tamsulosin 400mcg OD - NEW - 28 days supplied
- Laxido 1 sachet BD - 14 days supplied

# Plan
- Discharged with long term catheter, catheter passport and supplies given.
- District nurse team to please do TWOC at home on 22/03/2038, referral has been sent by ward.
- Urology OPD in 6/52 will be booked by us, pt will be informed.

No action for GP.

Mr Anil Kumar Desai
Consultant Urological Surgeon
""", notes="Hard negative: TWOC asked of district nurses (referral sent by the ward), 28 days' TTO, urology "
             "follow-up booked by the trust, 'no action for GP'.")

# ====================================================================== 'other' messages

other(key="o01", sent="2038-01-12 08:05", type="ooo", notes="Out-of-office reply from a renal secretary.",
      frm="Precious Mahlangu <precious.mahlangu@torrisdale.nhs.uk>",
      subject="Automatic reply: RE: urgent labs Mr P",
      body="Good day,\n\nThank you for your mail. I am on annual leave from 11/01/2038 and will revert back on "
           "18/01/2038.\nFor urgent renal queries kindly contact the renal registrar on call via switchboard "
           "0161 496 0300.\n\nRegards\nPrecious\n")
other(key="o02", sent="2038-01-20 09:00", type="html_bulletin", notes="ICB primary care bulletin (bulk).",
      frm="Brindlecote and Wyre ICB <primarycare.news@brindlecote-icb.example>",
      subject="Primary Care Bulletin - January 2038",
      body="<html><body><h2>Primary Care Bulletin</h2><p>20 January 2038</p><ul>"
           "<li>Interface: the ICB has reminded providers that they arrange the tests they need and issue fit "
           "notes for their own episodes of care.</li>"
           "<li>Shared care: the updated amber drug list is on the medicines optimisation page.</li>"
           "<li>Flu vaccine uptake figures for December are attached.</li></ul>"
           "<p>You are receiving this because your practice is on the ICB distribution list.</p></body></html>\n")
other(key="o03", sent="2038-01-27 21:15", type="patient", notes="A patient's own e-mail; nothing to detect.",
      frm="Sandra B <sandrab78@example.com>", subject="sick note pls",
      body="hi\n\ni had my gallblader out at pellingford on 13th and the discharge paper says GP to do sick note "
           "for 2 weeks. can u do it pls and i need the stitches out next week as well who do i book with\n\n"
           "thanks Sandra\n07700 900417\n")
other(key="o04", sent="2038-02-02 03:40", type="phish", notes="Phishing in the same idiom (kindly do the needful).",
      frm="NHSMail Admin Team <account-verify@nhsmaii-support.example.net>",
      subject="Kindly Do The Needful: Mailbox Quota Exceeded!!",
      body="Dear Valued User,\n\nYour NHSmail mailbox has exceeded its storage limit and incoming clinical letters "
           "are being hold. Kindly do the needful and verify your account within 24hrs to avoid permanent "
           "suspension.\n\nVERIFY NOW: http://nhsmaii-support.example.net/verify\n\nThanks & Regards,\n"
           "NHSMail Admin Team\n")
other(key="o05", sent="2038-02-09 12:10", type="dsn", notes="Non-delivery report for a practice reply.",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>",
      subject="Undeliverable: RE: Referral outcome - Endoscopy",
      body="Delivery has failed to these recipients or groups:\n\nendoscopy.triage@meridalesurgical.example.co.uk\n"
           "The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try "
           "to resend the message.\n", rcpt="endoscopy.triage@meridalesurgical.example.co.uk")
other(key="o06", sent="2038-02-17 07:30", type="bulletin", notes="LMC newsletter (bulk) quoting request wording.",
      frm="Brindlecote LMC <news@brindlecote-lmc.example.org>", subject="LMC Update - February 2038",
      body="BRINDLECOTE LMC UPDATE - FEBRUARY 2038\n\n1. Workload shift: practices keep sending us letters that "
           "say 'GP is requested to repeat labs' or 'kindly do the needful'. Our template replies are on the "
           "website.\n2. Shared care: do not take over amber drugs without a signed agreement.\n3. Next LMC "
           "meeting: 10 March 2038, 19:30.\n\nTo unsubscribe reply UNSUBSCRIBE.\n")
other(key="o07", sent="2038-02-25 11:20", type="supplier", notes="Supplier marketing e-mail.",
      frm="MedSupply Direct <orders@medsupplydirect.example.com>",
      subject="Re-order reminder: pulse oximeters and refill packs",
      body="Dear Practice Manager,\n\nOur records shows your last order of finger pulse oximeters and glucose "
           "strip refill packs was on 12/11/2037. Re-order before 31/03/2038 and get 15% off.\n\n"
           "Reply STOP to opt out of marketing.\n")
other(key="o08", sent="2038-03-03 13:05", type="internal", notes="Internal practice mail about workflow.",
      frm="Karen Wilmslow <karen.wilmslow@nhs.net>", subject="letters tray - this week",
      body="Hi all\n\nJust a reminder the hospital letters tray is being worked by Dr Ormsby on Mon/Tue and "
           "Dr Addo-Lyle Wed-Fri this week. Anything marked urgent please hand to the duty doctor straight "
           "away.\n\nThanks\nKaren\nPractice Manager, Larkhill Lane Medical Centre\n")
other(key="o09", sent="2038-03-10 16:00", type="massmail", notes="Trust mass mailing to all practices (bulk).",
      frm="Torrisdale Teaching Hospitals Communications <comms@torrisdale.nhs.uk>",
      subject="For information: new letter template from April 2038",
      body="FOR INFORMATION - SENT TO ALL GP PRACTICES\n\nFrom 1 April 2038 our clinic letters will use the new "
           "national template with an 'Actions for GP' section. No action is needed from practices.\n")
other(key="o10", sent="2038-03-16 19:40", type="patient", notes="A relative writing in international English.",
      frm="Mohan Ramdas <mohan.ramdas55@example.com>", subject="Regarding my father discharge",
      body="Respected Sir/Madam,\n\nMy father was discharged from Pellingford hospital yesterday with catheter. "
           "Kindly let me know whether the GP surgery will be checking his catheter or the district nurse will "
           "come at home. Also he is having only few tablets left.\n\nThanking you,\nMohan (son)\n")


# ====================================================================== rendering and checks

MARKING = {"tor": "OFFICIAL-SENSITIVE: PERSONAL", "pel": "CONFIDENTIAL - PATIENT INFORMATION",
           "okh": "OFFICIAL-SENSITIVE", "mer": "PRIVATE AND CONFIDENTIAL (NHS patient)"}
COLOUR = {"tor": "#003f7f", "pel": "#7f1d3a", "okh": "#2f6b2f", "mer": "#4a4a4a"}


def house(L: dict, p: dict) -> dict:
    """Each provider's colour and protective marking in a plain table-letterhead frame."""
    c = COLOUR[L["prov"]]
    return dict(heading=f'<h3 style="font-size:11pt;color:{c};margin:10px 0 4px 0">{{}}</h3>',
                cell=f'style="border:1px solid {c};padding:2px 6px;vertical-align:top"',
                font="Calibri,Arial,sans-serif", marking=MARKING[L["prov"]],
                footer=f"{html.escape(p['name'])} - sent by {html.escape(p['mailer'])}.")


# The idiom this corpus probes: every letter carries at least two of these (case-insensitive, word-bounded).
IDIOM = ["kindly", "do the needful", "is requested", "from GP side", "from your end", "labs", "CBC", "CMP",
         "refill", "primary care", "pt", "k/c/o", "h/o", "y/o", "w/", "f/u", "OPD", "anemia", "hemoglobin",
         "edema", "fecal", "celiac", "pediatric", "orthopnea", "advise regarding", "loosing", "recieve",
         "prostrate", "a cute", "bowls", "hyper tension", "need not to", "vomitting", "interupted", "Regards",
         "Advise and Guidance", "Did Not Attend", "years old", "year old", "since 3 months", "since 8 months",
         "since 1 year", "since 2 years", "8 weeks back", "same", "uptitrated", "will advice"]
IDIOM_RX = [re.compile(r"(?<![A-Za-z])" + re.escape(w) + r"(?![A-Za-z])", re.IGNORECASE) for w in IDIOM]


def own(lid: str, lab: dict, text: str) -> list[str]:
    """This corpus's promises for each letter: the idiom it probes (at least two markers) and every letter
    without findings noted as a hard negative."""
    errors = kit.check_notes(lid, lab)
    hits = [w for w, rx in zip(IDIOM, IDIOM_RX, strict=True) if rx.search(text)]
    if len(hits) < 2:
        errors.append(f"{lid}: too little of the probed idiom ({hits})")
    return errors


def corpus_checks(labels: list[dict], items: list[kit.Item]) -> list[str]:
    """The kit's checks plus this corpus's promises: 2-3 urgent letters and ten others, at least a third of the
    letters hard negatives, at least two late letters of each kind, on-time letters at the limits (a clinic
    letter sent on the seventh day, a discharge summary sent 23 to 24 hours after discharge), every provider
    writing at least one hard negative, and weekdays that agree with the calendar."""
    errors = C.checks(labels, items, urgent=(2, 3), others=10, own=own, each=kit.weekday_check())
    errors += kit.check_negatives(labels) + kit.check_late_counts(labels, 2) + kit.check_near_limits(labels, items)
    quiet = {lab["trust"] for lab in labels if lab["kind"] != "other" and not lab["expected"]}
    if quiet != {p["name"] for p in PROV.values()}:
        errors.append(f"providers without a hard negative: {sorted({p['name'] for p in PROV.values()} - quiet)}")
    return errors


if __name__ == "__main__":
    sys.exit(C.run(sys.argv[1:], house=house, checks=corpus_checks, negatives="hard negatives"))
