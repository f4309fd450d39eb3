#!/usr/bin/env python3
"""Build the thirty-seventh (independent, held-out) corpus: tests/corpus/thirtyseventh/.

Style: the surgical specialties.  Clinic letters, operation notes folded into day-case and inpatient discharge
summaries, results letters and triage outcomes from urology (TURP and trial without catheter, ureteric stents,
haematuria clinic, prostate cancer), colorectal surgery and stoma care, breast surgery, vascular surgery (VAC
dressings, endovenous ablation, AAA surveillance), bariatric surgery, ENT, oral and maxillofacial surgery, hand
surgery and general day-case surgery.  Aftercare of every kind runs through them: sutures, clips, drains,
catheters, stents whose removal the hospital books, negative pressure dressings, stoma supplies, wound checks,
post-operative bloods and scans, analgesia and antibiotics on discharge, fit notes after surgery and
pre-operative optimisation, and a good deal of it is work the hospital says it is doing itself ("stent removal
has been booked", "the drain was removed by our ward nurses", "fit note issued today").

Two invented acute trusts (Wexcombe and Tarrant Hospitals NHS Foundation Trust, Morwenna Bay University
Hospitals NHS Trust), an invented community trust (Kilnsey Vale Community Health NHS Trust: continence, stoma
care and tissue viability nurses) and an invented independent provider holding an NHS contract (Ashgrove
Surgical Centre Ltd) write to an invented practice, Brookfield Lane Medical Practice, as plain text (typed by a
letter system or by a nurse or secretary in person), HTML (some with a text alternative, some with a form laid
out as a table), PDF (one with a shared-care agreement attached as a second PDF) and DOCX.  Ten messages are
not letters: out-of-office and delivery reports, bulletins and mass mailings, patients and a relative writing
in, phishing, a supplier and internal practice mail.

Every message is sent in GMT (5 January to 27 March 2043, before the clocks go forward on 29 March).  Timing
cases: a clinic letter sent exactly seven days after the clinic (on time), a day-case summary sent 23 h 35 min
after discharge (on time) and an inpatient one sent 24 h 45 min after (late).

Written from the category definitions alone (TAXONOMY.md and the domain README); no detector output was used.
Everything is invented; NHS numbers are 999-range with a valid Modulus 11 check digit; telephone numbers are in
Ofcom drama ranges.  The build is deterministic.

    python3 tests/corpus/make_thirtyseventh.py            # build, then verify
    python3 tests/corpus/make_thirtyseventh.py --verify-only
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

WEX = "Wexcombe and Tarrant Hospitals NHS Foundation Trust"
MOR = "Morwenna Bay University Hospitals NHS Trust"
KIL = "Kilnsey Vale Community Health NHS Trust"
ASH = "Ashgrove Surgical Centre Ltd"
PROV = {
    "wex": dict(
        name=WEX, site="Wexcombe General Hospital", addr=["Priory Hill", "Wexcombe", "WX4 7QH"],
        phone="0117 496 0752", domain="wexcombetarrant.nhs.uk",
        sender="WTH Clinical Correspondence <clinical.correspondence@wexcombetarrant.nhs.uk>",
        mailer="WTH ClinDocs 6.4"),
    "mor": dict(
        name=MOR, site="Royal Morwenna Infirmary", addr=["Harbour Road", "Morwenna Bay", "MB2 9TE"],
        phone="0161 496 0384", domain="morwennabay.nhs.uk",
        sender="MBUH eLetters <mbuh.eletters@nhs.net>", mailer="MBUH Correspondence Hub 3.2"),
    # A community trust: continence, stoma care and tissue viability nurse specialists.
    "kil": dict(
        name=KIL, site="Kilnsey Vale Health Centre", addr=["Tanners Row", "Kilnsey Vale", "KV6 1DS"],
        phone="01632 960 227", domain="kilnseyvale-ch.nhs.uk",
        sender="Kilnsey Vale Community Health <kvch.letters@nhs.net>", mailer="CommunityRecord Letters 2.0"),
    # An independent provider treating NHS patients under the NHS Standard Contract.
    "ash": dict(
        name=ASH, site="Ashgrove Surgical Centre", addr=["Unit 4, Orchard Business Park", "Ashgrove", "AG3 5NW"],
        phone="0118 496 0641", domain="ashgrovesurgical.example.co.uk",
        sender="Ashgrove NHS Patient Office <nhs.office@ashgrovesurgical.example.co.uk>",
        mailer="TheatreDesk 5"),
}
COVERS = {
    "wex": "{trust}\n{dept}\n\nA {doctype} is attached for your patient (reference {ref}).\n\n"
           "Please do not reply to this address; it is not monitored. Contact details for the department are "
           "printed on the letter.\n",
    "mor": "MBUH eLetters - secure delivery\n\nType: {doctype}\nService: {dept}\nOrganisation: {trust}\n"
           "Reference: {ref}\n\nThis message and its attachment are confidential and intended for the named "
           "practice only.\n",
    "kil": "{trust} - {dept}\n\nPlease see the attached {doctype} (ref {ref}).\n",
    "ash": "{trust} - NHS Patient Office\n{dept}\n\nDear Practice Team,\n\nPlease find attached a {doctype} for "
           "an NHS patient treated at Ashgrove Surgical Centre (reference {ref}).\n\nKind regards\n"
           "NHS Patient Office\n",
}
PRACTICE_TO = "Brookfield Lane Medical Practice <brookfieldlane.practice@nhs.net>"
C = kit.Corpus("thirtyseventh", "t37", PRACTICE_TO, PROV, cover=COVERS, window=("2043-01-05", "2043-03-27"),
               utc_hours=0)
other = C.other
idl = kit.idline
letter = kit.inline_letters(C)
head = kit.letterheads(PROV)
banner = kit.id_rows


PRACTICE_ADDR = "Brookfield Lane Medical Practice\n14 Brookfield Lane\nHarrowby St Clement\nHQ9 2LW"

UROL = "Urology Department"
UROL_WARD = "Urology - Tarrant Ward"
COLO = "Colorectal Surgery"
COLO_WARD = "Colorectal Surgery - Harnham Ward"
BREAST = "Breast Surgery Unit"
ENT = "ENT Department"
ED = "Emergency Department"
BARI = "Bariatric and Upper GI Surgery"
OMFS = "Oral and Maxillofacial Surgery"
VASC = "Vascular Surgery - Ward 9"
VASC_OP = "Vascular Surgery Outpatients"
HAND_MOR = "Hand Surgery Unit (Plastic Surgery)"
CONT = "Community Continence Service"
STOMA = "Stoma Care Nursing Service"
TVN = "Tissue Viability Service"
DAY = "Day Surgery Unit (NHS patients)"
HAND_ASH = "Hand Surgery (NHS patients)"
VEIN = "Venous Service (NHS patients)"
TRIAGE = "NHS Referral Management"

# ====================================================================== letters

# L01 urology discharge after TURP, sent about 44 hours after discharge: late; trial without catheter passed to
# the practice nurse.
pt = P("Desmond Achterley", "737010", "1949-05-22")
letter(key="l01", prov="wex", dept=UROL_WARD, kind="discharge_summary", specialty="Urology",
       clinician="Mr Oliver Braithwaite", patient=pt, ev="2043-01-06", ev_time="14:20", ld="2043-01-08",
       sent="2043-01-08 10:05", fmt="plain", subject="Discharge summary - Urology - ACHTERLEY D",
       late="Date of discharge: 06/01/2043 14:20", body=f"""
{head("wex", UROL_WARD)}

INPATIENT DISCHARGE SUMMARY
{idl(pt)}
Registered GP: Dr P Mannion, Brookfield Lane Medical Practice

Consultant: Mr Oliver Braithwaite, Consultant Urological Surgeon
Completed by: Dr Imran Qadir, CT1 Urology
Date of admission: 05/01/2043 (elective)
Date of discharge: 06/01/2043 14:20

Procedure: bipolar TURP, 05/01/2043 (resected weight 38 g)
Diagnosis: BPH with chronic urinary retention (residual 900 ml on bladder scan 18/11/2042)

Progress: uneventful. Three-way irrigation stopped day 1, urine clear. Post-op Hb 131.
Discharged home with a 16Ch Foley catheter and leg bag; catheter passport and 2 weeks of bags given by the ward.

Medication on discharge
- Tamsulosin 400 micrograms OD - STOPPED
- Finasteride 5 mg OD - unchanged, continue
- Paracetamol 1 g QDS PRN - 7 days supplied
- Laxido 1 sachet BD - 14 days supplied

Histology: prostate chips sent; Mr Braithwaite will write to Mr Achterley and to you with the result.

Actions for GP
- [[post_procedure_care: Please arrange a trial without catheter with the practice nurse on or around 13/01/2043 (day 8 post-op)]].
- Urology clinic follow-up at 3 months will be sent out by our booking team.

Information for the patient
Drink about 2 litres a day. Some blood in the urine is normal for up to 4 weeks.
If the catheter stops draining, or you have a high temperature, attend the Emergency Department.
""", notes="The trial without catheter after the trust's own TURP passed to the practice nurse: post_procedure_care. "
           "Discharged 14:20 on 06/01, sent 10:05 on 08/01 (about 44 h): late. Finasteride to continue (green) and "
           "the histology the surgeon will report himself are decoys.")

# L02 stone clinic: stent removal booked by the hospital, CT and urine collection by the stone nurse: hard negative.
pt = P("Kieran Mawdsley", "737027", "1978-11-03")
letter(key="l02", prov="wex", dept=UROL, kind="clinic_letter", specialty="Urology", clinician="Mr Rohan Deshpande",
       patient=pt, ev="2043-01-07", ld="2043-01-08", sent="2043-01-09 11:30", fmt="docx",
       subject="Urology clinic letter", body=f"""
# UROLOGY OUTPATIENT CLINIC - STONE SERVICE
{idl(pt)}
Clinic date: 07/01/2043
Consultant: Mr Rohan Deshpande, Consultant Urological Surgeon

Dr T Everitt
{PRACTICE_ADDR}

Dear Dr Everitt

# Diagnosis
- Right 9 mm proximal ureteric stone: flexible ureterorenoscopy and laser fragmentation 15/12/2042
- Right JJ stent in situ since 15/12/2042 (recorded on our stent register)

Mr Mawdsley was first referred by you in 2041 with right renal colic, when a small stone passed on its own.
I saw him today three weeks after his ureteroscopy. He has mild stent symptoms (frequency, some loin ache on voiding) but is otherwise well and back at work. Stone analysis: calcium oxalate monohydrate.

# Plan
- Flexible cystoscopy and removal of the stent has been booked for 26/01/2043 in the Urology Investigation Unit; Mr Mawdsley has his appointment letter.
- Our stone nurse specialist will arrange a CT KUB in 3 months and a 24-hour urine collection for metabolic screening; the results will come back to my stone clinic and I will write to him and to you.
- Tamsulosin 400 micrograms OD until the stent is out, then stop; 28 days supplied today.
- Fluid intake 2.5 to 3 litres a day; dietary leaflet given.

# Information for the patient
If you get a fever, shivers or severe pain before your stent comes out, go to your nearest Emergency Department and tell them you have a stent in place.

No action is required from the GP.

Yours sincerely

Mr Rohan Deshpande
Consultant Urological Surgeon
cc Mr Kieran Mawdsley
""", notes="Hard negative: stent removal booked by the hospital and tracked on its register, the stone nurse arranges "
           "the CT and urine collection and will report them, tamsulosin supplied; patient safety-netted to ED; "
           "history of an earlier GP referral; 'No action is required'.")

# L03 community continence nurse: trial without catheter done by the community team: hard negative.
pt = P("Harold Penhaligon", "737034", "1938-02-17")
letter(key="l03", prov="kil", dept=CONT, kind="clinic_letter", specialty="Continence Service",
       clinician="Mrs Janet Roebuck", patient=pt, ev="2043-01-13", ld="2043-01-14", sent="2043-01-14 15:10",
       fmt="html", opts={"label_col": True}, subject="TWOC outcome - PENHALIGON H", body=f"""
# Community Continence Service - Trial Without Catheter
{banner(pt)}
| Appointment | 13/01/2043, TWOC clinic, Kilnsey Vale Health Centre |
| Seen by | Mrs Janet Roebuck, Continence Nurse Specialist |

Dear Dr Mannion,

Mr Penhaligon attended for a trial without catheter following his admission to Wexcombe General Hospital with acute urinary retention (catheterised 22/12/2042). The urology team referred him to our service directly for the TWOC.

Catheter removed at 08:30. He passed urine three times, largest void 240 ml, and his post-void residual on bladder scan was 85 ml. The trial was successful.

# Plan
- Catheter not replaced; the leftover catheter bags have been collected for disposal.
- I will telephone him in two weeks to ask about his symptoms.
- If he goes back into retention the district nursing team will recatheterise him and we will arrange a further trial.
- Urology (Mr Braithwaite) will see him in clinic in 6 weeks; that appointment has been made by the hospital.

No action is needed by the practice.

Janet Roebuck
Continence Nurse Specialist
""", notes="Hard negative: the community team did the TWOC on the urologists' direct referral; recatheterisation is "
           "for district nurses and conditional; follow-up booked by the hospital.")

# L04 colorectal clinic: incidental renal mass on the trust's staging CT left to the GP to refer on: urgent.
pt = P("Margaret Uttley", "737041", "1956-08-09")
letter(key="l04", prov="wex", dept=COLO, kind="clinic_letter", specialty="Colorectal Surgery",
       clinician="Ms Helen Castleford", patient=pt, ev="2043-01-12", ld="2043-01-12", sent="2043-01-13 09:00",
       fmt="pdf", urgent=True, subject="Colorectal clinic letter - UTTLEY M", body=f"""
# COLORECTAL SURGERY OUTPATIENTS
{idl(pt)}
Clinic date: 12/01/2043
Consultant: Ms Helen Castleford, Consultant Colorectal Surgeon

Dear Dr Mannion

# Diagnoses
1. Change in bowel habit: colonoscopy 16/12/2042 normal to the caecum, scattered sigmoid diverticula
2. Incidental 4.2 cm enhancing solid left renal mass on CT abdomen and pelvis of 05/01/2043, suspicious for renal cell carcinoma

Thank you for referring Mrs Uttley on the suspected lower GI cancer pathway. I am pleased to say there is no bowel cancer, and her symptoms fit with diverticular disease and an irritable bowel; she has already noticed some improvement with more fibre.

The CT I requested to complete her assessment, however, has shown a solid enhancing lesion in the lower pole of the left kidney with no evidence of spread. I explained this to her today with our colorectal nurse specialist present and told her that it needs to be seen quickly by the urologists.

# Plan
- [[onward_referral: I would be grateful if you could make a suspected cancer referral to urology this week for the left renal mass]].
- She has been discharged from the colorectal clinic; she has our nurse specialist's number should her bowel symptoms change.
- Ispaghula husk one sachet twice daily, which she will buy over the counter.

Yours sincerely

Ms Helen Castleford
Consultant Colorectal Surgeon
""", notes="A suspected cancer found on the trust's own CT left to the GP to refer to urology: onward_referral; "
           "time-critical suspected-cancer step, so urgent. The rest (discharge from colorectal clinic, OTC fibre) "
           "is quiet.")

# L05 bariatric discharge: went home with a potassium of 2.9 and the repeat left to the GP: urgent.
pt = P("Shanice Colborne", "737058", "1987-04-26")
letter(key="l05", prov="mor", dept=BARI, kind="discharge_summary", specialty="Bariatric Surgery",
       clinician="Mr Giles Ashdown", patient=pt, ev="2043-01-15", ev_time="12:10", ld="2043-01-15",
       sent="2043-01-15 18:40", fmt="html", opts={"label_col": True}, urgent=True,
       subject="Discharge summary - Bariatric Surgery - COLBORNE S", body=f"""
# Discharge Summary - Bariatric Surgery
{banner(pt)}
| Admitted | 13/01/2043 (elective) |
| Operation | Laparoscopic sleeve gastrectomy, 13/01/2043, Mr Giles Ashdown |
| Discharged | 15/01/2043 12:10 |
| Ward | Ward 21 (Upper GI and Bariatric) |

# Clinical summary
Uneventful sleeve gastrectomy (BMI 44 at listing). She vomited repeatedly on day 1 and was slow to build up fluids. Potassium on the morning of discharge was 2.9 mmol/L (day 1: 3.4). Oral Sando-K was started; she was keen to go home and declined to stay for a repeat level.

# Medication on discharge
| Medicine | Dose and duration | Supply |
| Enoxaparin | 40 mg SC OD for 28 days | 28 days supplied; taught to self-inject |
| Omeprazole | 20 mg OD (capsule opened) for 6 months | 28 days supplied |
| Sando-K | 2 tablets TDS for 5 days | full 5-day course supplied |
| Forceval | 1 capsule OD, lifelong | 28 days supplied |
| Ondansetron | 4 mg TDS PRN | 7 days supplied |

# Actions for GP
- [[tests_for_hospital: URGENT - please repeat U&Es within 48 hours of discharge (by 17/01/2043) and act on the potassium, as she went home with a level of 2.9 mmol/L]].
- Please add omeprazole and Forceval to her repeat prescription when our supply runs out.

# Follow-up
- Bariatric dietitian telephone review on 22/01/2043 (booked).
- Bariatric clinic in 6 weeks (booked; appointment letter sent).
""", notes="The trust's own post-operative hypokalaemia left for the GP to recheck within 48 h: tests_for_hospital, and "
           "time-critical (urgent). Repeat omeprazole and lifelong vitamins after a full supply are ordinary GP "
           "prescribing (decoy). Discharged 12:10, sent 18:40 the same day.")

# L06 independent provider, carpal tunnel day case: sutures and fit note passed to the practice.
pt = P("Lorraine Bewick", "737065", "1969-12-01")
letter(key="l06", prov="ash", dept=HAND_ASH, kind="discharge_summary", specialty="Hand Surgery",
       clinician="Miss Laura Pickering", patient=pt, ev="2043-01-16", ev_time="15:45", ld="2043-01-16",
       sent="2043-01-17 09:20", fmt="pdf", subject="Day case discharge - BEWICK L", body=f"""
# DAY CASE DISCHARGE SUMMARY - HAND SURGERY
{idl(pt)}
Procedure: open right carpal tunnel decompression under local anaesthetic
Date of procedure and discharge: 16/01/2043 (discharged 15:45)
Surgeon: Miss Laura Pickering, Consultant Hand Surgeon
NHS patient referred through e-RS by Brookfield Lane Medical Practice

# Operation note
Findings: markedly compressed median nerve with an hourglass deformity at the distal edge of the retinaculum. Full release of the transverse carpal ligament. Skin closed with 4/0 nylon interrupted sutures. Bulky hand dressing applied.

# Post-operative instructions
- Keep the hand elevated in a sling for 48 hours, then reduce the bulky dressing to the light dressing underneath.
- [[post_procedure_care: Sutures to be removed by the practice nurse at her GP surgery at 10 to 14 days]].
- Simple analgesia: paracetamol and ibuprofen from her own supply.
- [[fit_note: Mrs Bewick works on a supermarket till and will need 3 weeks off, so she has been advised to ask her GP for a fit note covering this period]].
- Our hand therapist will telephone her at 2 weeks; there is no routine clinic follow-up.
""", notes="Suture removal after the provider's own operation sent to the practice nurse: post_procedure_care; the "
           "post-operative fit note pushed to the GP: fit_note. Discharged 15:45, sent 09:20 the next day (17 h 35 "
           "min): on time.")

# L07 hernia repair day case: absorbable sutures, TTO and fit note given, 24-hour line: hard negative.
pt = P("Craig Tolputt", "737072", "1982-07-14")
letter(key="l07", prov="ash", dept=DAY, kind="discharge_summary", specialty="General Surgery",
       clinician="Mr Marcus Tennyson", patient=pt, ev="2043-01-19", ev_time="17:00", ld="2043-01-19",
       sent="2043-01-19 17:40", fmt="docx", subject="Day surgery discharge summary - TOLPUTT C", body=f"""
# DAY SURGERY DISCHARGE SUMMARY
{idl(pt)}
Admitted and discharged: 19/01/2043 (discharged 17:00)
Procedure: laparoscopic TEP repair of right inguinal hernia with mesh, general anaesthetic
Surgeon: Mr Marcus Tennyson, Consultant General Surgeon

# Wound care
Port sites closed with absorbable subcuticular sutures and tissue glue: there are no sutures to remove. He may shower from tomorrow.

# Medication (TTO supplied)
| Co-codamol 30/500 | 2 tablets QDS PRN | 7 days |
| Ibuprofen 400 mg | TDS with food | 5 days |
| Laxido | 1 sachet OD PRN | 7 days |

# Fit note
Fit note issued today: not fit for work from 19/01/2043 to 01/02/2043 (scaffolder, heavy lifting). If he needs longer off he should contact the Day Surgery Unit for an extension rather than his GP.

# Follow-up
Our day surgery nurses will telephone him tomorrow. No clinic follow-up is needed.
If the wound becomes red, hot or discharges, he should call our 24-hour line on 0118 496 0642.

Copy to GP for information only.
""", notes="Hard negative: nothing to remove, a week of TTO supplied, fit note already issued with extensions from the "
           "provider, telephone follow-up by the provider's nurses; 'for information only'.")

# L08 breast clinic, sent ten days after the clinic: late; baseline DEXA for the surgeon's own plan asked of GP.
pt = P("Fiona Rackstraw", "737089", "1961-03-30")
letter(key="l08", prov="wex", dept=BREAST, kind="clinic_letter", specialty="Breast Surgery",
       clinician="Miss Catriona Albright", patient=pt, ev="2043-01-12", ld="2043-01-21", sent="2043-01-22 14:00",
       fmt="html", opts={"label_col": True, "alt": True}, late="Seen in the breast results clinic on 12/01/2043",
       subject="Breast clinic letter - RACKSTRAW F", body=f"""
# Breast Surgery - Results Clinic
{banner(pt)}
| Clinic date | 12/01/2043 |
| Consultant | Miss Catriona Albright |
| Breast care nurse | Sister Moira Lund |

Dear Dr Everitt

Seen in the breast results clinic on 12/01/2043, with her husband.

Diagnosis: left breast invasive ductal carcinoma, grade 2, 14 mm, ER 8/8, HER2 negative, pT1c N0(sn). Wide local excision and sentinel node biopsy 15/12/2042.

I went through her histology with Mrs Rackstraw today. The margins are clear and the sentinel node was negative, so she does not need further surgery. The wound has healed; a small seroma was aspirated in clinic (60 ml).

She was discussed at the breast MDT on 07/01/2043, which recommended adjuvant whole-breast radiotherapy and five years of letrozole.

# Plan
- We have referred her to clinical oncology for radiotherapy; the oncology team will write with her planning appointment.
- Letrozole 2.5 mg OD started today, 28 days supplied by our pharmacy; please continue it on repeat after that.
- [[tests_for_hospital: As she is starting an aromatase inhibitor, could you please request a baseline DEXA scan, and I will review the result when I next see her]].
- Sister Lund will see her in 2 weeks; annual surveillance mammograms will be arranged by the breast unit.

Yours sincerely

Miss Catriona Albright
Consultant Breast Surgeon
""", notes="Baseline DEXA the surgeon needs for her own endocrine plan passed to the GP: tests_for_hospital. Clinic "
           "12/01, letter dated 21/01, sent 22/01: ten days, late. Oncology referral made by the trust; letrozole "
           "supplied and continued as an ordinary green drug (decoys).")

# L09 stoma nurse home visit: appliances to be prescribed by the practice (ordinary GP work): hard negative.
pt = P("Doreen Halsall", "737096", "1945-10-12")
letter(key="l09", prov="kil", dept=STOMA, kind="clinic_letter", specialty="Stoma Care",
       clinician="Ms Claire Holdsworth", patient=pt, ev="2043-01-20", ld="2043-01-20", sent="2043-01-21 12:15",
       fmt="plain", subject="Stoma care home visit - HALSALL D", body=f"""
{head("kil", STOMA)}

Date of visit: 20/01/2043 (home visit)
{idl(pt)}

Dear Dr Mannion

Re: end colostomy - Hartmann's procedure at Wexcombe General Hospital, 09/12/2042

I visited Mrs Halsall at home today, six weeks after her discharge. The stoma is healthy and spouted about 1 cm, and the peristomal skin is intact. Her husband is now confident with bag changes and she is using a closed bag twice a day.

Until now she has used the samples we gave her on the ward. From now on her appliances will come from her chosen dispensing appliance contractor (Medilink Home Delivery) on prescription from the practice; the products and monthly quantities for her repeat template are:

- SecuraCol closed bag, 38 mm (code SC-3812) - 60 per month
- Adhesive remover spray 50 ml - 2 per month
- Skin barrier wipes - 30 per month

I have kept to what she actually uses and not added accessories she does not need.

She has my direct number for leaks or skin problems, and I will see her in the stoma clinic in 3 months.

Ms Claire Holdsworth
Clinical Nurse Specialist, Stoma Care
""", notes="Hard negative: stoma appliances prescribed by the practice from the specialist nurse's product list is "
           "ordinary general-practice prescribing; the nurse keeps the follow-up herself.")

# L10 colorectal discharge: clips by district nurses (arranged), histology at MDT, but post-op U&Es to the GP.
pt = P("Patricia Ormerod", "737102", "1953-06-18")
letter(key="l10", prov="wex", dept=COLO_WARD, kind="discharge_summary", specialty="Colorectal Surgery",
       clinician="Ms Helen Castleford", patient=pt, ev="2043-01-23", ev_time="15:40", ld="2043-01-24",
       sent="2043-01-24 11:05", fmt="pdf", subject="Discharge summary - Colorectal - ORMEROD P", body=f"""
# DISCHARGE SUMMARY - COLORECTAL SURGERY
{idl(pt)}
Consultant: Ms Helen Castleford | Ward: Harnham Ward
Admitted: 14/01/2043 (elective)
Discharged: 23/01/2043 at 15:40
Operation (15/01/2043): laparoscopic anterior resection with defunctioning loop ileostomy for rectal adenocarcinoma (cT2 N0)

# Post-operative course
Ileus days 2 to 4, settled with NG decompression. Ileostomy output 1.2 to 1.6 litres a day before discharge, on loperamide. Creatinine 96 on 22/01/2043 (baseline 71).

# Medication on discharge
| Loperamide 4 mg QDS | new | 14 days supplied |
| Dalteparin 5000 units SC OD | to complete 28 days after surgery | 20 days supplied |
| St Mark's electrolyte solution 1 litre a day | new | recipe sheet given |
| Omeprazole 20 mg OD | unchanged | own supply |

# Wound
Extraction wound closed with clips. The ward has referred her to the district nursing team for clip removal on 25/01/2043 (day 10); no practice action is needed for this.

# Actions for GP
- [[tests_for_hospital: Please check U&Es and magnesium one week after discharge given her high ileostomy output]], and let us know if the creatinine is above 120.

# Follow-up
- Histology will be discussed at the colorectal MDT on 02/02/2043 and Ms Castleford will see her in clinic with the result.
- Stoma nurse home visit within a week (referral sent).
""", notes="Post-operative U&Es and magnesium the surgeons want because of their own high-output stoma passed to the "
           "GP: tests_for_hospital. Clips to district nurses by ward referral, histology at the trust's MDT and "
           "supplies given are decoys. Discharged 15:40 on 23/01, sent 11:05 on 24/01: on time.")

# L11 maxillofacial: missed post-operative review, discharged, GP to re-refer.
pt = P("Jordan Kettlewell", "737119", "1999-01-25")
letter(key="l11", prov="mor", dept=OMFS, kind="clinic_letter", specialty="Oral and Maxillofacial Surgery",
       clinician="Mr Kwame Asante-Boateng", patient=pt, ev="2043-01-26", ld="2043-01-27", sent="2043-01-28 10:40",
       fmt="docx", subject="Maxillofacial clinic - did not attend - KETTLEWELL J", body=f"""
# ORAL AND MAXILLOFACIAL SURGERY - NON-ATTENDANCE
{idl(pt)}
Appointment: 26/01/2043, Maxillofacial Clinic 2, Royal Morwenna Infirmary
Consultant: Mr Kwame Asante-Boateng

Dear Dr Everitt

Mr Kettlewell had open reduction and internal fixation of a left mandibular angle fracture on 28/12/2042 after an assault. He was given an appointment for his four-week post-operative review, including a check of his occlusion and a post-operative OPG, but did not attend and did not contact us to cancel.

In line with the Trust's access policy he has been discharged from the maxillofacial clinic. [[dna_rereferral: Please send a new referral if he still needs to be seen]].

A copy of this letter has been sent to Mr Kettlewell.

Yours sincerely

Mr Kwame Asante-Boateng
Consultant Oral and Maxillofacial Surgeon
""", notes="Discharged after one missed post-operative review, with the GP asked to send a new referral: "
           "dna_rereferral. event_date is the missed appointment; sent two days later.")

# L12 varicose vein ablation: stockings supplied, duplex booked, 24-hour line: hard negative.
pt = P("Beverley Strang", "737126", "1974-09-05")
letter(key="l12", prov="ash", dept=VEIN, kind="discharge_summary", specialty="Vascular Surgery",
       clinician="Mr Idris Vaughan", patient=pt, ev="2043-01-27", ev_time="13:30", ld="2043-01-27",
       sent="2043-01-27 16:00", fmt="html", opts={"label_col": True}, subject="Day case discharge - STRANG B",
       body=f"""
# Day Case Discharge - Endovenous Laser Ablation
{banner(pt)}
| Procedure date | 27/01/2043 |
| Discharged | 27/01/2043 13:30 |
| Surgeon | Mr Idris Vaughan, Consultant Vascular Surgeon |

Procedure: left great saphenous vein endovenous laser ablation with foam sclerotherapy to tributaries, under local anaesthetic. No complications.

# Aftercare
- Class 2 compression stocking fitted in theatre: day and night for 1 week, then in the daytime for a further week. Two stockings supplied.
- Walk for at least 30 minutes a day; no long-haul flights for 4 weeks.
- Bruising and a tight pulling feeling along the inner thigh are expected for 2 to 3 weeks.
- Ibuprofen 400 mg TDS for 5 days, supplied.

# Follow-up
- Duplex ultrasound of the treated vein has been booked in our vascular laboratory for 10/03/2043, and Mr Vaughan will see her the same day.

# For the GP
For information only. If she develops calf pain or swelling she has been told to ring our 24-hour line on 0118 496 0642 and we will arrange a same-day scan.
""", notes="Hard negative: the provider supplies stockings and analgesia, books its own duplex and runs its own "
           "out-of-hours line; 'for information only'.")

# L13 vascular discharge: five days of rivaroxaban, rest to the GP; VAC via district nurses (arranged); sent
# three days after discharge: late.
pt = P("Ronald Fairweather", "737133", "1944-12-08")
letter(key="l13", prov="mor", dept=VASC, kind="discharge_summary", specialty="Vascular Surgery",
       clinician="Mr Duncan Leckie", patient=pt, ev="2043-01-27", ev_time="10:15", ld="2043-01-29",
       sent="2043-01-30 09:40", fmt="plain", subject="Discharge summary - Vascular - FAIRWEATHER R",
       late="Discharge date/time: 27/01/2043 10:15", body=f"""
{head("mor", VASC)}

DISCHARGE SUMMARY - VASCULAR SURGERY

Name: {pt['name']}        NHS No: {spaced(pt['nhs_number'])}
DOB: {dmy(pt['dob'])}
Admission: 19/01/2043 (emergency, via vascular hot clinic)
Discharge date/time: 27/01/2043 10:15
Consultant: Mr Duncan Leckie
Summary by: Dr Ellen Marchetti, FY1

Diagnosis: chronic limb-threatening ischaemia of the right foot with dry gangrene of the 4th and 5th toes

Procedures:
 21/01/2043  Right SFA angioplasty and stent
 23/01/2043  Right 4th and 5th ray amputation, wound left open, VAC applied

Progress: good in-line flow to the foot after angioplasty. Wound healthy at VAC change on 26/01/2043.

Wound: negative pressure (VAC) at -125 mmHg. Kilnsey Vale district nurses to change the dressing Mon/Wed/Fri; referral sent by the ward and first visit confirmed for 28/01/2043. Portable pump loaned by the ward.

Medication on discharge:
 Rivaroxaban 2.5 mg BD - NEW (with aspirin, after revascularisation) - 5 days supplied
 Aspirin 75 mg OD - continue
 Atorvastatin 80 mg ON - increased from 40 mg
 Flucloxacillin 1 g QDS - 5 days to complete a 14-day course - supplied
 Oxycodone MR 10 mg BD - 7 days supplied, to be reduced and stopped by us at clinic

GP actions:
 [[hospital_only_prescribing: Pharmacy could only supply 5 days of rivaroxaban on discharge, so please issue a prescription for rivaroxaban 2.5 mg BD before 01/02/2043]].

Follow-up: vascular clinic in 6 weeks with arterial duplex; we will send the appointment.
""", notes="Only five days of a new long-term drug supplied on discharge, the rest pushed to the GP: "
           "hospital_only_prescribing. VAC changes by district nurses on the ward's referral are a decoy. "
           "Discharged 10:15 on 27/01, sent 09:40 on 30/01: late.")

# L14 ENT telephone review after tonsillectomy: fit note already issued, discharged: hard negative.
pt = P("Amira Haddow", "737140", "2001-06-11")
letter(key="l14", prov="wex", dept=ENT, kind="clinic_letter", specialty="ENT", clinician="Mr Farid Haque",
       patient=pt, ev="2043-01-29", ld="2043-01-30", sent="2043-02-02 09:15", fmt="pdf",
       subject="ENT clinic letter - HADDOW A", body=f"""
# ENT OUTPATIENTS - POST-OPERATIVE TELEPHONE REVIEW
{idl(pt)}
Clinic date: 29/01/2043 (telephone clinic)
Consultant: Mr Farid Haque, Consultant ENT Surgeon

Dear Dr Mannion

Diagnosis: recurrent acute tonsillitis - coblation tonsillectomy 06/01/2043

Miss Haddow was referred by your practice in 2042 after seven documented episodes in a year. I spoke to her by telephone today, three weeks after her tonsillectomy. She had a minor secondary haemorrhage on day 6 and was readmitted overnight to our ward for IV co-amoxiclav; it settled without a return to theatre. She is now eating normally and is back at university.

The ward issued her a fit note covering 06/01/2043 to 27/01/2043, and she needs no further time off.

# Outcome
Discharged from ENT follow-up; no further action is needed from the GP.
Should she have any further bleeding she knows to attend the ENT emergency clinic at Wexcombe General Hospital (through the Emergency Department out of hours) rather than her GP.

Yours sincerely

Mr Farid Haque
Consultant ENT Surgeon
""", notes="Hard negative: fit note already issued by the ward, complication treated by the trust, safety-netting to "
           "the ENT emergency clinic, history of the GP referral; 'no further action is needed'.")

# L15 ENT triage: nasal polyp referral returned for a trial of treatment first.
pt = P("Simon Larkworthy", "737157", "1990-02-02")
letter(key="l15", prov="wex", dept=ENT, kind="referral_response", specialty="ENT", clinician="Mr Farid Haque",
       patient=pt, ev=None, ld="2043-02-02", sent="2043-02-03 13:25", fmt="html",
       opts={"label_col": True, "alt": True}, subject="ENT referral triage outcome - LARKWORTHY S", body=f"""
# ENT Referral Triage Outcome
{banner(pt)}
| Referral received | 20/01/2043 (e-RS, routine) |
| Reason for referral | bilateral nasal obstruction and loss of smell, ?nasal polyps |
| Triage outcome | Returned to referrer with advice |
| Triaged by | Mr Farid Haque, Consultant ENT Surgeon |

Dear Dr Everitt,

Thank you for referring Mr Larkworthy. The history is typical of chronic rhinosinusitis with nasal polyps, and there are no red flag features (no unilateral symptoms, bleeding, facial swelling or visual change).

# Advice
[[referral_returned_for_workup: We have not accepted the referral at present: please treat with fluticasone nasal drops 400 micrograms BD and saline douching for 3 months first, and re-refer if there is no improvement]].
A short course of oral prednisolone may be added if his sense of smell does not return, provided there are no contraindications.

The e-RS referral has been converted to Advice and Guidance and closed.

Mr Farid Haque
Consultant ENT Surgeon
""", notes="Referral not accepted and returned for three months of treatment in primary care first: "
           "referral_returned_for_workup (converted to Advice and Guidance).")

# L16 independent provider: hernia referral returned on BMI, with the provider's own questionnaire for the GP.
pt = P("Wayne Entwistle", "737164", "1971-10-20")
letter(key="l16", prov="ash", dept=TRIAGE, kind="referral_response", specialty="General Surgery",
       clinician="Mr Marcus Tennyson", patient=pt, ev=None, ld="2043-02-04", sent="2043-02-05 10:10", fmt="docx",
       subject="NHS referral - unable to accept - ENTWISTLE W", body=f"""
# NHS REFERRAL - UNABLE TO ACCEPT
{idl(pt)}
Referral received: 29/01/2043 (e-RS)
Procedure requested: repair of paraumbilical hernia
Reviewed by: Mr Marcus Tennyson, Consultant General Surgeon

Dear Dr Mannion

Thank you for referring Mr Entwistle. Under our NHS contract we treat patients in a stand-alone day surgery setting, and his recorded BMI of 43 is above our limit of 40.

[[referral_returned_for_workup: We are unable to accept the referral at this stage; please support him to bring his BMI below 40 and then re-refer with an up-to-date weight and HbA1c]].

When you re-refer, [[non_contractual_admin: please also complete and attach our NHS Pre-Assessment Health Questionnaire (enclosed, 4 pages)]], including his current medication and past medical history.

The referral has been returned to you through e-RS.

NHS Patient Office, on behalf of Mr Marcus Tennyson
""", notes="Referral rejected and returned for weight loss and fresh work-up first: referral_returned_for_workup; the "
           "provider's own pre-assessment questionnaire for the GP to fill in: non_contractual_admin.")

# L17 bariatric assessment, sent fourteen days after the clinic: late; sleep study and the unit's GP form asked
# of the practice before listing.
pt = P("Danielle Okoro-Stubbs", "737171", "1984-08-15")
letter(key="l17", prov="mor", dept=BARI, kind="clinic_letter", specialty="Bariatric Surgery",
       clinician="Mr Giles Ashdown", patient=pt, ev="2043-02-02", ld="2043-02-13", sent="2043-02-16 10:30",
       fmt="pdf", late="Clinic date: 02/02/2043", subject="Bariatric surgery clinic letter", body=f"""
# BARIATRIC SURGERY CLINIC - SURGICAL ASSESSMENT
{idl(pt)}
Clinic date: 02/02/2043
Seen by: Mr Giles Ashdown, Consultant Bariatric and Upper GI Surgeon
Letter typed: 13/02/2043

Dear Dr Everitt

Thank you for referring Ms Okoro-Stubbs through the tier 3 weight management service, which she has now completed. Her BMI today was 47.2 (weight 131 kg). She has type 2 diabetes on metformin and gliclazide (HbA1c 71 mmol/mol in November 2042). She snores heavily, her partner has noticed pauses in her breathing and her Epworth score is 14.

She is a suitable candidate for laparoscopic Roux-en-Y gastric bypass, and we went through the benefits, risks and lifelong follow-up in detail.

# Before we can list her
1. She needs screening for obstructive sleep apnoea before an anaesthetic: [[tests_for_hospital: I would be grateful if you could arrange overnight oximetry for her and forward the report to my secretary]].
2. Diabetes: we would like her HbA1c below 69 mmol/mol before surgery, so please continue to optimise her diabetes treatment in the usual way.
3. [[non_contractual_admin: Please complete the enclosed GP Bariatric Referral Support Form (medical history, medication list, safeguarding and mental health sections) and return it to the bariatric coordinators]]; we cannot list her without it.
4. Psychology assessment with our bariatric psychologist is booked for 24/02/2043.
5. Our dietitian will give her the two-week liver-reducing diet before surgery.

Yours sincerely

Mr Giles Ashdown
Consultant Bariatric and Upper GI Surgeon
""", notes="Pre-operative sleep study the surgeon needs before anaesthetic passed to the GP: tests_for_hospital; the "
           "unit's own referral support form for the practice to fill in: non_contractual_admin. Clinic 02/02, "
           "typed 13/02, sent 16/02: late. Ongoing diabetes care is ordinary GP work (not labelled).")

# L18 stoma nurse writing in person: parastomal hernia, GP asked to refer to the surgeons.
pt = P("Gordon Pybus", "737188", "1950-04-04")
letter(key="l18", prov="kil", dept=STOMA, kind="clinic_letter", specialty="Stoma Care",
       clinician="Ms Claire Holdsworth", patient=pt, ev="2043-02-06", ld="2043-02-09", sent="2043-02-09 16:50",
       fmt="plain", opts={"from": "Claire Holdsworth <claire.holdsworth@nhs.net>"},
       subject="Gordon Pybus - parastomal hernia", body=f"""
Dear Dr Mannion,

Re: {pt['name']}, DOB {dmy(pt['dob'])}, NHS No {spaced(pt['nhs_number'])}
Stoma clinic, Kilnsey Vale Health Centre, 06/02/2043

I saw Mr Pybus in the stoma clinic on Friday. He has an end ileostomy (panproctocolectomy for ulcerative colitis at Wexcombe in 2031) and over the last two months has noticed a bulge around the stoma, with his bag leaking two or three times a week. There is a reducible parastomal hernia of about 8 cm, with no signs of obstruction.

I have measured him for a support belt and changed him to a convex drainable bag, which should help with the leaks.

He was discharged by the colorectal surgeons several years ago and our service cannot refer back to them, so [[onward_referral: could you please refer him to the colorectal surgical team at Wexcombe for assessment of the parastomal hernia]]?

He knows to go to the Emergency Department if the hernia becomes painful or hard, or if his stoma stops working and he is vomiting.

I will see him again in four weeks.

Kind regards

Claire Holdsworth
Clinical Nurse Specialist, Stoma Care
Kilnsey Vale Community Health NHS Trust
Tel 01632 960 229
""", notes="A community specialist nurse asks the GP to refer a stoma complication on to the surgeons: "
           "onward_referral. Written by the nurse from her own mailbox. The belt and convex bag she fitted herself.")

# L19 haematuria clinic, sent exactly seven days after the clinic (on time); CT result left to the GP and the
# patient sent to the GP for it.
pt = P("Stanley Merriweather", "737195", "1958-01-29")
letter(key="l19", prov="wex", dept=UROL, kind="clinic_letter", specialty="Urology",
       clinician="Mr Oliver Braithwaite", patient=pt, ev="2043-02-09", ld="2043-02-13", sent="2043-02-16 08:15",
       fmt="html", opts={"label_col": True}, subject="Haematuria clinic letter - MERRIWEATHER S", body=f"""
# Urology - One-Stop Haematuria Clinic
{banner(pt)}
| Clinic date | 09/02/2043 |
| Consultant | Mr Oliver Braithwaite |
| Referral | suspected urological cancer pathway, visible haematuria, dated 28/01/2043 |

Dear Dr Mannion

Mr Merriweather is a 40 pack-year ex-smoker with a single episode of painless visible haematuria. Flexible cystoscopy in clinic today was normal, with a moderately enlarged benign-looking prostate. Urine cytology has been sent and a CT urogram has been requested, which should be done within two weeks.

# Plan
- Bladder cancer has been excluded on cystoscopy today.
- The CT urogram report will be copied to you, and [[results_chasing: I would be grateful if you would review it and arrange any further management needed]].
- [[patient_redirected_to_gp: I have asked Mr Merriweather to make an appointment with you in three weeks to hear the CT result]].
- Continue finasteride 5 mg OD.
- I have not arranged any further urology follow-up.

Yours sincerely

Mr Oliver Braithwaite
Consultant Urological Surgeon
""", notes="The trust's own CT urogram left for the GP to review and act on: results_chasing; the patient told to "
           "book with the GP to hear it: patient_redirected_to_gp. Clinic 09/02, sent 16/02 (exactly seven days): "
           "on time.")

# L20 hand surgery dressing clinic: sutures out, splint, hand therapy and fit note all by the trust: hard negative.
pt = P("Ian Threlfall", "737201", "1962-05-07")
letter(key="l20", prov="mor", dept=HAND_MOR, kind="clinic_letter", specialty="Hand Surgery",
       clinician="Mr Stefan Novak", patient=pt, ev="2043-02-10", ld="2043-02-11", sent="2043-02-12 11:20",
       fmt="docx", subject="Hand surgery clinic letter - THRELFALL I", body=f"""
# HAND SURGERY CLINIC
{idl(pt)}
Clinic date: 10/02/2043
Consultant: Mr Stefan Novak, Consultant Plastic and Hand Surgeon

Dear Dr Everitt

Diagnosis: Dupuytren's contracture, right ring and little fingers - limited fasciectomy 27/01/2043

Mr Threlfall was first referred by you in March 2042. I saw him in the hand dressing clinic today, two weeks after his fasciectomy. The wounds have healed and our hand nurses removed his sutures in clinic. The little finger PIP joint now extends to minus 10 degrees.

# Plan
- Hand therapy: he has been referred directly to our hand therapy team, who made his night extension splint today and will see him weekly for 6 weeks.
- Fit note: he is a self-employed joiner; we issued a further fit note today covering 4 weeks, to 10/03/2043.
- Review in the hand clinic in 3 months (booked).

No GP action is needed.

Yours sincerely

Mr Stefan Novak
Consultant Plastic and Hand Surgeon
""", notes="Hard negative: sutures removed by the trust's nurses, hand therapy referral made directly, fit note issued "
           "by the clinic, follow-up booked; history of the GP referral.")

# L21 independent provider, day-case cholecystectomy sent 23 h 35 min after discharge (on time): no TTO, so
# analgesia and the fit note passed to the GP.
pt = P("Gemma Wolstenholme", "737218", "1992-12-19")
letter(key="l21", prov="ash", dept=DAY, kind="discharge_summary", specialty="General Surgery",
       clinician="Mr Marcus Tennyson", patient=pt, ev="2043-02-11", ev_time="18:20", ld="2043-02-12",
       sent="2043-02-12 17:55", fmt="html", opts={"label_col": True, "alt": True},
       subject="Day surgery discharge - WOLSTENHOLME G", body=f"""
# Day Surgery Discharge Summary
{banner(pt)}
| Admitted | 11/02/2043 07:30 |
| Discharged | 11/02/2043 18:20 |
| Procedure | Laparoscopic cholecystectomy |
| Surgeon | Mr Marcus Tennyson, Consultant General Surgeon |

Indication: symptomatic gallstones (two episodes of biliary colic; ultrasound October 2042).
Operation straightforward; no cholangiogram. Port sites closed with glue, no dressings needed.

# Medication
Our pharmacy closed at 17:00 and her discharge medicines could not be dispensed before she left.
- [[hospital_only_prescribing: Please prescribe co-codamol 30/500 two tablets four times a day and ondansetron 4 mg as required for her first week at home]].
- Her regular sertraline 100 mg OD is unchanged.

# Fit note
[[fit_note: She works as a care assistant and must avoid lifting for 2 weeks, so please can the GP provide a fit note from 11/02/2043 for 2 weeks]].

# Follow-up
- No routine follow-up. The gallbladder histology will be reviewed by Mr Tennyson, who will write to her only if it is abnormal.
- The glue will come off by itself.
""", notes="No discharge medication supplied and the GP asked to prescribe it: hospital_only_prescribing; the "
           "post-operative fit note pushed to the GP: fit_note. Discharged 18:20 on 11/02, sent 17:55 on 12/02 "
           "(23 h 35 min): on time.")

# L22 colorectal review before stoma reversal: tests booked by the trust, histology explained: hard negative.
pt = P("Eileen Copestake", "737225", "1947-07-23")
letter(key="l22", prov="wex", dept=COLO, kind="clinic_letter", specialty="Colorectal Surgery",
       clinician="Ms Helen Castleford", patient=pt, ev="2043-02-16", ld="2043-02-17", sent="2043-02-18 14:35",
       fmt="plain", subject="Colorectal clinic letter - COPESTAKE E", body=f"""
{head("wex", COLO)}

Ms Helen Castleford, Consultant Colorectal Surgeon
Secretary: 0117 496 0760

Dr P Mannion
{PRACTICE_ADDR}

Clinic date: 16/02/2043
Dictated: 16/02/2043    Typed: 17/02/2043

Dear Dr Mannion

Re: {pt['name']}    DOB {dmy(pt['dob'])}    NHS No {spaced(pt['nhs_number'])}

Diagnoses:
1. Perforated sigmoid diverticulitis - Hartmann's procedure 02/11/2042
2. End colostomy

I saw Mrs Copestake with her daughter for her post-operative review. She has made a good recovery; her laparotomy wound healed with district nurse dressings and she is walking a mile a day. She would like to consider reversal of the colostomy.

I have requested a CT of the abdomen and a flexible sigmoidoscopy of the rectal stump. Both will be booked by our radiology and endoscopy departments, and I will see her with the results in 8 weeks to plan the reversal.

The histology from November confirmed diverticular disease with no malignancy, which I explained to her today.

She remains under the Kilnsey Vale stoma nurses, and her stoma supplies continue on prescription from the practice as before. She asked about swimming, which is fine.

Yours sincerely

Ms Helen Castleford
Consultant Colorectal Surgeon

cc Mrs Eileen Copestake
""", notes="Hard negative: the surgeon requests and will review her own CT and sigmoidoscopy, explains the histology "
           "herself; stoma supplies on practice prescription are ordinary GP work.")

# L23 prostate cancer clinic: goserelin handed to the GP without an agreement offered.
pt = P("Bernard Illingworth", "737232", "1946-03-12")
letter(key="l23", prov="wex", dept=UROL, kind="clinic_letter", specialty="Urology",
       clinician="Mr Rohan Deshpande", patient=pt, ev="2043-02-17", ld="2043-02-19", sent="2043-02-20 12:05",
       fmt="pdf", subject="Prostate cancer clinic letter - ILLINGWORTH B", body=f"""
# UROLOGY - PROSTATE CANCER CLINIC
{idl(pt)}
Clinic date: 17/02/2043
Consultant: Mr Rohan Deshpande, Consultant Urological Surgeon

Dear Dr Everitt

Diagnosis: prostate adenocarcinoma, Gleason 4+4=8, cT3a N0 M1b (bone metastases on PSMA PET, 05/02/2043); PSA 64

I went through the results with Mr Illingworth and his wife today. He is starting androgen deprivation therapy: bicalutamide 50 mg OD for 3 weeks as flare cover (supplied today), and goserelin 10.8 mg implant, the first dose of which our nurse specialist gave in clinic.

We have referred him to clinical oncology to discuss additional systemic treatment.

# Actions for GP
- [[shared_care_without_agreement: Please take over prescribing and administration of goserelin 10.8 mg implants every 12 weeks from 12/05/2043, with the 6-monthly monitoring set out in the shared care guideline on the ICB formulary website]].
- Calcium and vitamin D supplement: Adcal-D3 one tablet BD, started today; please continue.

He will be seen in the prostate cancer clinic in 3 months, with a PSA arranged by our nurse specialist beforehand.

Yours sincerely

Mr Rohan Deshpande
Consultant Urological Surgeon
""", notes="An amber (shared-care) LHRH analogue and its monitoring handed to the GP with only a pointer to a "
           "guideline, no agreement offered or accepted: shared_care_without_agreement. Adcal-D3 to continue and "
           "the PSA arranged by the trust are decoys.")

# L24 breast clinic: shared care for goserelin offered for agreement, with the agreement attached: hard negative.
pt = P("Rachel Dunmore", "737249", "1979-11-27")
SHARED_CARE = f"""
# SHARED CARE AGREEMENT - GOSERELIN 3.6 mg FOR OVARIAN FUNCTION SUPPRESSION IN EARLY BREAST CANCER
Patient: {pt['name']} | NHS No: {spaced(pt['nhs_number'])}

# Specialist responsibilities
- Initiate treatment and give the first three monthly injections in the breast unit.
- Monitor oestradiol at 3 and 6 months and advise on continuation.
- Review at least annually and tell the practice when treatment should stop.

# GP responsibilities (once agreed)
- Prescribe and administer goserelin 3.6 mg SC every 28 days.
- Refer back to the breast unit if there are problems with tolerability.

# Agreement
Practice: please sign below and return to the breast unit if you agree to share care.
| GP name | |
| Signature | |
| Date | |
"""
letter(key="l24", prov="wex", dept=BREAST, kind="clinic_letter", specialty="Breast Surgery",
       clinician="Miss Catriona Albright", patient=pt, ev="2043-02-19", ld="2043-02-23", sent="2043-02-24 10:20",
       fmt="pdf", opts={"extra": [("T37-L24_shared_care_goserelin.pdf", SHARED_CARE, "Shared care agreement")]},
       subject="Breast clinic letter - DUNMORE R", body=f"""
# BREAST SURGERY CLINIC
{idl(pt)}
Clinic date: 19/02/2043
Consultant: Miss Catriona Albright, Consultant Breast Surgeon

Dear Dr Everitt

Diagnosis: right breast invasive ductal carcinoma, grade 3, ER positive, HER2 negative, premenopausal; right mastectomy and axillary clearance 20/01/2043

Ms Dunmore's wound has healed well. The drain was removed by our ward nurses before she went home and the seroma has not come back. She starts adjuvant chemotherapy with the oncology team next month.

After chemotherapy she will need ovarian function suppression with goserelin 3.6 mg every 4 weeks together with an aromatase inhibitor.

# Plan
- Our breast care nurses will give the goserelin injections in the breast unit for the first three months.
- I enclose our shared care agreement for goserelin in early breast cancer. If you are happy to take over the monthly injections after that, please sign and return it; until we hear from you, the breast unit will continue to prescribe and give them.
- Genetic testing: we have referred her directly to clinical genetics in view of her family history.
- She has the breast care nurse helpline number for any concerns about her scar.

Yours sincerely

Miss Catriona Albright
Consultant Breast Surgeon
""", notes="Hard negative: shared care offered for the GP's agreement with the protocol attached, the unit keeps "
           "prescribing until the practice agrees; drain removed by the ward; genetics referral made by the trust.")

# L25 independent provider secretary: missed pre-operative assessment, removed from the list, GP to re-refer.
pt = P("Sabrina Newbold", "737256", "1988-09-30")
letter(key="l25", prov="ash", dept=HAND_ASH, kind="clinic_letter", specialty="Hand Surgery",
       clinician="Miss Laura Pickering", patient=pt, ev="2043-02-23", ld="2043-02-25", sent="2043-02-25 15:30",
       fmt="plain", opts={"from": "Tessa Wardle <tessa.wardle@ashgrovesurgical.example.co.uk>"},
       subject="Did not attend - pre-op assessment - Sabrina Newbold", body=f"""
Ashgrove Surgical Centre Ltd - Hand Surgery (NHS patients)
Unit 4, Orchard Business Park, Ashgrove, AG3 5NW

Date: 25/02/2043

Dr T Everitt
Brookfield Lane Medical Practice

Re: {pt['name']}   DOB {dmy(pt['dob'])}   NHS No {spaced(pt['nhs_number'])}

Dear Dr Everitt

Ms Newbold was on the waiting list for a right trigger thumb release with Miss Laura Pickering. She did not attend her pre-operative assessment appointment on 23/02/2043, and we have not been able to reach her by telephone (two attempts) or by text.

Under our NHS access policy, patients who miss an appointment without letting us know are taken off the waiting list and discharged to their GP. [[dna_rereferral: If she still wishes to have the operation, please re-refer her via e-RS]].

Kind regards

Tessa Wardle
Medical Secretary to Miss Laura Pickering, Consultant Hand Surgeon
""", notes="Taken off the list and discharged after one missed pre-operative assessment, GP to re-refer: "
           "dna_rereferral. Typed by the secretary in person; event_date is the missed appointment.")

# L26 maxillofacial discharge, sent 24 h 45 min after discharge: late; sutures and histology passed to the GP.
pt = P("Alan Birtwistle", "737263", "1965-02-14")
letter(key="l26", prov="mor", dept=OMFS, kind="discharge_summary", specialty="Oral and Maxillofacial Surgery",
       clinician="Mr Kwame Asante-Boateng", patient=pt, ev="2043-02-10", ev_time="16:00", ld="2043-02-11",
       sent="2043-02-11 16:45", fmt="docx", late="Date and time of discharge: 10/02/2043 16:00",
       subject="Discharge summary - Maxillofacial - BIRTWISTLE A", body=f"""
# INPATIENT DISCHARGE SUMMARY - ORAL AND MAXILLOFACIAL SURGERY
{idl(pt)}
| Admission | 09/02/2043 (elective) |
| Ward | Ward 14 (Head and Neck) |
| Consultant | Mr Kwame Asante-Boateng |
| Completed by | Dr Hannah Lovell, DCT2 OMFS |

Date and time of discharge: 10/02/2043 16:00

Procedure: excision of left submandibular gland, 09/02/2043, for recurrent sialadenitis with a 1.5 cm solid area on ultrasound.
Skin closed with 5/0 Prolene. The suction drain was removed on the ward on the morning of 10/02/2043 (15 ml in 24 hours).

Medication on discharge: co-amoxiclav 625 mg TDS for 5 days to complete the course (supplied); paracetamol and ibuprofen from his own supply.

# Actions for GP
- [[post_procedure_care: Sutures need removing at 5 to 7 days: he has been asked to book this with his practice nurse]].
- [[results_chasing: Histology is awaited; please follow up the result and refer him back to us if it shows anything of concern]].

# Information for the patient
Some numbness of the lower lip or weakness of the corner of the mouth can occur and usually recovers. If the neck swells quickly or you have difficulty breathing, call 999.

No routine outpatient follow-up.
""", notes="Suture removal after the trust's own operation sent to the practice nurse: post_procedure_care; the "
           "trust's pending histology left to the GP to follow up: results_chasing. Discharged 16:00 on 10/02, "
           "sent 16:45 on 11/02 (24 h 45 min): late. Drain removed on the ward (decoy).")

# L27 colorectal clinic after ileocaecal resection: azathioprine started and handed over without an agreement.
pt = P("Thomas Hebblethwaite", "737270", "1996-06-06")
letter(key="l27", prov="wex", dept=COLO, kind="clinic_letter", specialty="Colorectal Surgery",
       clinician="Ms Helen Castleford", patient=pt, ev="2043-02-25", ld="2043-02-27", sent="2043-03-03 09:50",
       fmt="html", opts={"label_col": True}, subject="Colorectal clinic letter - HEBBLETHWAITE T", body=f"""
# Colorectal Surgery Clinic
{banner(pt)}
| Clinic date | 25/02/2043 |
| Consultant | Ms Helen Castleford |

Dear Dr Everitt

Diagnosis: terminal ileal Crohn's disease - laparoscopic ileocaecal resection 12/01/2043

Mr Hebblethwaite is recovering well six weeks after his resection; the histology confirmed Crohn's disease with clear margins. He still smokes ten a day and I have strongly advised him to stop.

The joint IBD medical and surgical meeting on 18/02/2043 recommended a thiopurine to reduce the risk of post-operative recurrence. His TPMT activity, which we checked on 18/02/2043, is normal.

# Plan
- Azathioprine 50 mg OD for 2 weeks, then 100 mg OD (about 2 mg/kg): a 4-week supply was given today.
- [[shared_care_without_agreement: Please continue azathioprine thereafter and monitor FBC and LFTs every 2 weeks for the first 2 months, then every 3 months]].
- Colonoscopy at 6 months to look for recurrence will be booked by our endoscopy unit.
- He will be seen in the IBD clinic in 3 months.

Yours sincerely

Ms Helen Castleford
Consultant Colorectal Surgeon
""", notes="A shared-care drug the trust has just started handed over for prescribing and monitoring with no "
           "agreement offered: shared_care_without_agreement (the monitoring is part of the same handover, not "
           "labelled separately). Clinic 25/02, sent 03/03: six days, on time.")

# L28 ganglion histology: benign, patient written to, wound checked by the provider: hard negative.
pt = P("Julie Ashworth", "737287", "1970-01-09")
letter(key="l28", prov="ash", dept=HAND_ASH, kind="results", specialty="Hand Surgery",
       clinician="Miss Laura Pickering", patient=pt, ev=None, ld="2043-03-03", sent="2043-03-04 11:00", fmt="pdf",
       subject="Histology result - ASHWORTH J", body=f"""
# HISTOLOGY RESULT
{idl(pt)}
Procedure: excision of ganglion, dorsum of left wrist, 12/02/2043
Histology reported: 27/02/2043 - ganglion cyst; no evidence of malignancy
Letter date: 03/03/2043

Dear Dr Mannion

I am pleased to let you know that the histology confirms a simple ganglion. I have written to Mrs Ashworth with the result today.

Her wound was checked at our nurse-led wound clinic on 26/02/2043, when it had healed and the sutures were removed.

No further follow-up is planned and she has been discharged. No action is required by the practice.

Miss Laura Pickering
Consultant Hand Surgeon
""", notes="Hard negative: the provider tells the patient its own result and did its own wound check and suture "
           "removal; 'No action is required'.")

# L29 tissue viability review of the amputation wound: VAC stopped, district nurses continue: hard negative.
pt = P("Ronald Fairweather", "737133", "1944-12-08")
letter(key="l29", prov="kil", dept=TVN, kind="clinic_letter", specialty="Tissue Viability",
       clinician="Mrs Angela Fothergill", patient=pt, ev="2043-03-05", ld="2043-03-06", sent="2043-03-06 13:45",
       fmt="html", opts={"label_col": True}, subject="Tissue viability review - FAIRWEATHER R", body=f"""
# Tissue Viability Service - Wound Review
{banner(pt)}
| Date of review | 05/03/2043 (home visit with the district nurse) |
| Seen by | Mrs Angela Fothergill, Tissue Viability Nurse Specialist |

Dear Dr Mannion,

Re: right foot wound after 4th and 5th ray amputation (23/01/2043, Morwenna Bay vascular surgery)

The wound has reduced from 6.1 x 3.4 cm to 3.2 x 1.8 cm, with healthy granulation, no slough and no signs of infection. Negative pressure therapy was stopped today and the pump has gone back to the Morwenna Bay equipment loan store.

# Plan
- The district nurses will dress the wound with silicone foam three times a week.
- I will review it again in 3 weeks.
- His vascular clinic appointment on 10/03/2043 has been booked by Morwenna Bay, with the duplex on the same day.
- No antibiotics are needed; should signs of infection develop, the district nurses will take a swab and contact the vascular team.

This letter is for information; there is nothing for the practice to do.

Angela Fothergill
Tissue Viability Nurse Specialist
""", notes="Hard negative: wound care by district nurses and the specialist nurse, vascular follow-up booked by the "
           "trust, conditional infection plan aimed at the district nurses; 'for information'. Same patient as "
           "the vascular discharge of 27/01.")

# L30 independent provider: melanoma on minor-op histology, GP asked to refer on and to break the news: urgent.
pt = P("Peter Ravenscroft", "737294", "1955-10-03")
letter(key="l30", prov="ash", dept=DAY, kind="results", specialty="General Surgery",
       clinician="Mr Marcus Tennyson", patient=pt, ev=None, ld="2043-03-10", sent="2043-03-10 12:40", fmt="html",
       opts={"label_col": True, "alt": True}, urgent=True, subject="URGENT histology result - RAVENSCROFT P",
       body=f"""
# Histology Result - URGENT
{banner(pt)}
| Procedure | excision biopsy of pigmented lesion, dorsum of right hand, 24/02/2043 |
| Surgeon | Mr Marcus Tennyson, Consultant General Surgeon |
| Histology reported | 09/03/2043 |

Dear Dr Everitt,

The lesion removed from Mr Ravenscroft's hand is an invasive malignant melanoma, Breslow thickness 1.4 mm, ulcerated, with a deep margin of 1 mm. He will need a wider excision and consideration of sentinel node biopsy, which we are not commissioned to provide at Ashgrove.

# Action required
- [[onward_referral: Please refer Mr Ravenscroft urgently to the skin cancer MDT at Wexcombe General Hospital on the suspected skin cancer pathway, enclosing this report]].
- [[patient_redirected_to_gp: He does not yet know the result; please arrange to see him to break the news and explain the next steps]].

# Histology report (summary)
| Diagnosis | invasive malignant melanoma, superficial spreading type |
| Breslow thickness | 1.4 mm |
| Ulceration | present |
| Margins | peripheral 3 mm, deep 1 mm |
""", notes="A melanoma found by the provider left to the GP both to refer on and to tell the patient: "
           "onward_referral and patient_redirected_to_gp; suspected-cancer step, so urgent.")

# L31 AAA surveillance clinic: scans booked, cardiology referral made directly, green drugs to continue: hard
# negative.
pt = P("Geoffrey Hindle", "737300", "1948-11-16")
letter(key="l31", prov="mor", dept=VASC_OP, kind="clinic_letter", specialty="Vascular Surgery",
       clinician="Mr Duncan Leckie", patient=pt, ev="2043-03-11", ld="2043-03-12", sent="2043-03-13 10:05",
       fmt="docx", subject="Vascular clinic letter - HINDLE G", body=f"""
# VASCULAR SURGERY OUTPATIENTS
{idl(pt)}
Clinic date: 11/03/2043
Consultant: Mr Duncan Leckie, Consultant Vascular Surgeon

Dear Dr Mannion

Diagnoses: infrarenal abdominal aortic aneurysm 4.9 cm; hypertension; ex-smoker

Mr Hindle was referred to us by the AAA screening programme in 2042. His CT angiogram of 26/02/2043 shows a 4.9 cm aneurysm with anatomy suitable for EVAR when it reaches the 5.5 cm threshold.

His ECG in clinic showed new left bundle branch block. I have referred him directly to the cardiology team at the Royal Morwenna for an echocardiogram and review, as this will matter for any future anaesthetic.

# Plan
- Ultrasound surveillance every 3 months in our vascular laboratory; the next scan on 10/06/2043 is booked.
- Continue atorvastatin 80 mg ON, amlodipine 10 mg OD and aspirin 75 mg OD.
- His blood pressure was 148/86 today; we will recheck it at his next visit.
- He knows to call 999 if he has sudden severe abdominal or back pain.

No action for the GP.

Yours sincerely

Mr Duncan Leckie
Consultant Vascular Surgeon
""", notes="Hard negative: surveillance scans booked by the trust, cardiology referral made directly, green drugs to "
           "continue, safety-netting to 999; 'No action for the GP'.")

# L32 ED: blocked catheter after TURP changed in ED; TWOC brought forward by urology: hard negative.
pt = P("Leonard Whitworth", "737317", "1940-07-01")
letter(key="l32", prov="wex", dept=ED, kind="ed_letter", specialty="Emergency Medicine",
       clinician="Dr Nadia Pemberton", patient=pt, ev="2043-03-14", ld="2043-03-15", sent="2043-03-15 06:30",
       fmt="plain", subject="ED attendance summary - WHITWORTH L", body=f"""
{head("wex", ED)}

EMERGENCY DEPARTMENT ATTENDANCE SUMMARY
{idl(pt)}
Arrival: 14/03/2043 22:10    Departure: 15/03/2043 01:40
Seen by: Dr Nadia Pemberton, ED Registrar

Presenting complaint: blocked urethral catheter with suprapubic pain. TURP at Wexcombe General on 03/03/2043, discharged with a catheter awaiting TWOC.

Findings: palpable bladder, catheter not draining, clots in the bag. Observations normal, afebrile.
Treatment: catheter changed to a 20Ch three-way by the on-call urology registrar; bladder washout, 600 ml drained, urine now rose-coloured. Hb 138.

Outcome: discharged home.
- The urology team will bring his TWOC forward: Tarrant Ward will telephone him on Monday with a date.
- Leg and night bags for one week given from ED; the district nursing team has been emailed to visit him tomorrow.
- Antibiotics not started (urine dip not suggestive); MSU sent, and the ED will phone him if it grows anything that needs treatment.
- Return to the ED if the catheter blocks again or he develops a fever.

GP action: none.
""", notes="Hard negative: catheter changed in ED, TWOC re-arranged by the urology ward, district nurses contacted by "
           "the ED, the ED keeps its own MSU result; 'GP action: none'.")

# ====================================================================== 'other' messages

other(key="o01", sent="2043-01-09 14:02", type="ooo", notes="Out-of-office reply from a urology secretary.",
      frm="Lynne Cartwright <lynne.cartwright@wexcombetarrant.nhs.uk>",
      subject="Automatic reply: TWOC request - ACHTERLEY D",
      body="Thank you for your email. I am on annual leave until Monday 19 January 2043 with no access to email.\n"
           "For urgent urology queries please ring the urology secretaries on 0117 496 0755.\n")
other(key="o02", sent="2043-01-20 08:00", type="html_bulletin",
      notes="ICB medicines optimisation bulletin (bulk) on stoma appliance prescribing.",
      frm="Harrowby and Wexcombe ICB Medicines Optimisation <medsopt@harrowby-icb.example>",
      subject="Medicines Optimisation Bulletin - January 2043",
      body="<html><body><h2>Medicines Optimisation Bulletin</h2><p>January 2043</p><ul>"
           "<li>Stoma appliances: please prescribe quantities recommended by the specialist stoma nurse and avoid "
           "adding accessories to repeat templates without a review.</li>"
           "<li>Discharge medicines: providers should supply at least 7 days; please tell us about short supplies "
           "through the interface reporting form.</li>"
           "<li>Formulary update: no changes to the amber list this month.</li></ul>"
           "<p>You receive this bulletin as a member practice of the ICB.</p></body></html>\n")
other(key="o03", sent="2043-01-26 19:47", type="patient", notes="A patient's own email after her hand operation.",
      frm="Lorraine Bewick <lorraine.bewick@example.com>", subject="stitches and sick note",
      body="Hi,\n\nI had my carpal tunnel op at Ashgrove on the 16th. The letter says to see the nurse at the surgery "
           "to get my stitches out and to ask you for a sick note. Can I book both on the same day? I'm off work "
           "until about 6 February.\n\nThanks\nLorraine Bewick\n07700 900471\n")
other(key="o04", sent="2043-02-04 03:18", type="phish", notes="Phishing dressed up as an NHS supply invoice.",
      frm="NHS Supply Accounts <accounts@nhs-supply-invoices.example.net>",
      subject="FINAL NOTICE: unpaid invoice for dressings and catheter stock",
      body="Dear Practice Manager,\n\nInvoice INV-88213 for dressings and catheter stock is 60 days overdue. To avoid "
           "suspension of deliveries please confirm your card details within 24 hours at:\n"
           "http://nhs-supply-invoices.example.net/pay\n\nAccounts Team\n")
other(key="o05", sent="2043-02-10 09:12", type="dsn", notes="Non-delivery report for a reply to the independent "
      "provider.", frm="Mail Delivery System <MAILER-DAEMON@nhs.net>",
      subject="Undeliverable: RE: referral returned - ENTWISTLE W",
      body="Delivery has failed to these recipients or groups:\n\nnhs.referrals@ashgrovesurgical.example.co.uk\n"
           "The email address you entered couldn't be found.\n",
      rcpt="nhs.referrals@ashgrovesurgical.example.co.uk")
other(key="o06", sent="2043-02-18 07:30", type="bulletin", notes="LMC newsletter (bulk) that quotes request wording.",
      frm="Harrowby LMC <news@harrowby-lmc.example.org>", subject="LMC Update - February 2043",
      body="HARROWBY LMC UPDATE - FEBRUARY 2043\n\n1. Post-operative care: we still see day-case letters telling "
           "patients to 'see the practice nurse for suture removal'. Template replies are on our website.\n"
           "2. Trial without catheter: the community continence service now takes referrals directly from the "
           "urology wards.\n3. AGM on 25 March 2043 at the Harrowby Institute.\n\nTo unsubscribe reply "
           "UNSUBSCRIBE.\n")
other(key="o07", sent="2043-02-25 11:05", type="supplier", notes="Marketing from a dispensing appliance contractor.",
      frm="Medilink Home Delivery <practices@medilink-home.example.com>",
      subject="Stoma and continence prescriptions - new electronic ordering",
      body="Dear Practice Team,\n\nMedilink Home Delivery now accepts stoma and continence orders through our "
           "practice portal. Sign up before 31 March 2043 to receive a free prescription-tracking dashboard.\n\n"
           "To stop receiving these emails reply STOP.\n")
other(key="o08", sent="2043-03-02 16:00", type="massmail", notes="Trust mass mailing to all practices (bulk).",
      frm="Wexcombe and Tarrant Communications <comms@wexcombetarrant.nhs.uk>",
      subject="For information: new post-operative wound clinic at Wexcombe General",
      body="FOR INFORMATION - SENT TO ALL GP PRACTICES\n\nFrom 16 March 2043 our surgical directorate will run a "
           "nurse-led post-operative wound and suture clinic at Wexcombe General Hospital, five days a week. Our "
           "discharge letters will give patients the booking number directly. No action is needed.\n")
other(key="o09", sent="2043-03-06 13:10", type="internal", notes="Internal practice email between staff.",
      frm="Kerry Blamire <kerry.blamire@nhs.net>",
      subject="TWOC and suture requests this quarter",
      body="Hi Dr Mannion,\n\nFor Thursday's meeting: since January we have had four letters asking us to do a "
           "trial without catheter or take out stitches after hospital operations. I've listed them on the shared "
           "drive. Could we talk about how we respond?\n\nKerry\nPractice Nurse, Brookfield Lane Medical Practice\n")
other(key="o10", sent="2043-03-18 20:25", type="patient", notes="A relative's email about a catheter.",
      frm="Joan Whitworth <joan.whitworth@example.com>", subject="Len's catheter",
      body="Hello,\n\nLen was in A&E on Saturday night because his catheter blocked. The ward phoned on Monday but "
           "we missed the call. Should we ring you or the hospital about his date to have it taken out?\n\n"
           "Joan Whitworth (wife)\n")


# ====================================================================== rendering and checks

MARKING = {"wex": "OFFICIAL-SENSITIVE: PERSONAL", "mor": "CONFIDENTIAL - PATIENT INFORMATION",
           "kil": "OFFICIAL-SENSITIVE", "ash": "PRIVATE AND CONFIDENTIAL - NHS PATIENT"}
COLOUR = {"wex": "#005a70", "mor": "#6b1f3d", "kil": "#3f6b2b", "ash": "#2f3e73"}


def house(L: dict, p: dict) -> dict:
    """Each provider's colour and protective marking in the kit's table-letterhead frame."""
    c = COLOUR[L["prov"]]
    return dict(heading=f'<h3 style="font-size:11pt;color:{c};margin:10px 0 4px 0">{{}}</h3>',
                cell=f'style="border:1px solid {c};padding:2px 6px;vertical-align:top"',
                font="Arial,Helvetica,sans-serif", marking=MARKING[L["prov"]],
                footer=f"{html.escape(p['name'])} - sent by {html.escape(p['mailer'])}.")


def own(lid: str, lab: dict, text: str) -> list[str]:
    """This corpus's promises for each letter: every letter without findings is noted as a hard negative, and a
    letter with findings is not."""
    noted = "hard negative" in lab["notes"].lower()
    if not lab["expected"] and not noted:
        return [f"{lid}: letter without findings should be noted as a hard negative"]
    if lab["expected"] and noted:
        return [f"{lid}: letter with findings noted as a hard negative"]
    return []


def corpus_checks(labels: list[dict], items: list[kit.Item]) -> list[str]:
    """The kit's checks plus this corpus's: at least two late letters of each kind, a third of the letters hard
    negatives, the near-limit timing cases the docstring names, and weekdays that agree with the calendar in
    every message (a year left out is 2043)."""
    errors = C.checks(labels, items, urgent=(2, 3), others=10, own=own,
                      each=kit.weekday_check(year=lambda _month: 2043))
    errors += kit.check_negatives(labels) + kit.check_late_counts(labels, 2) + kit.check_near_limits(labels, items)
    _days, hours = kit.sent_after(labels, items)
    if not any(24 < h <= 25 for h in hours):
        errors.append("no discharge summary just outside 24 hours")
    return errors


if __name__ == "__main__":
    sys.exit(C.run(sys.argv[1:], house=house, checks=corpus_checks, negatives="hard negatives"))
