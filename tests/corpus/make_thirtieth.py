#!/usr/bin/env python3
"""Build the thirtieth (independent, held-out) corpus: tests/corpus/thirtieth/.

Style: the mess a real shared practice mailbox receives.  Letters arrive as forwarded chains
("FW: FW: RE:") where a secretary forwards the consultant's note with Outlook "From: / Sent: / To: /
Subject:" blocks in the body and the request sits in the forwarded part, not in the forwarder's
"Please see below"; as a letter pasted into the e-mail body and attached as a PDF as well; behind long
signature blocks, legal disclaimers, "Think before you print" lines and NHSmail footers; as HTML built
from nested layout tables with inline styles, non-breaking spaces, smart quotes, bullet characters and
dashes; with attachments named LETTER.PDF or "Clinic Letter (2).docx", a plain-text (.txt) attachment,
an e-mail whose body is empty but for a scanned PDF, and cover e-mails whose own words ask something
different from the attached letter.

The invented practice is Tallowmere Surgery (Dr Harriet Quaile, Dr Samir Odunsi-Blake).  The invented
providers are three acute trusts (Ashcombe Vale, Brindlecote and Yarrow, Holmsfield), a community trust
(Orrindale Community Health) and an independent provider (Kingsbarrow Clinics Ltd, Kingsbarrow Surgical
Centre).  Formats: plain text, HTML
(some with a text alternative), PDF and DOCX attachments, two .txt attachments.  Ten messages are not
letters.

Everything is invented; NHS numbers are 999-range with a valid Modulus 11 check digit; telephone numbers
are in Ofcom drama ranges.  Every date falls between 9 January and 16 March 2040, before British Summer
Time begins, so every Date header is GMT (+0000).  The build is deterministic.

    python3 tests/corpus/make_thirtieth.py            # build, then verify
    python3 tests/corpus/make_thirtieth.py --verify-only
"""
from __future__ import annotations

import datetime as dt
import email.policy
import html
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus_kit as kit  # noqa: E402
from corpus_kit import collapse, parse_markup  # noqa: E402
from corpus_kit import patient as P  # noqa: E402

PRACTICE = "Tallowmere Surgery"

PROV = {
    "ash": dict(
        name="Ashcombe Vale Hospitals NHS Foundation Trust", site="Ashcombe General Hospital",
        addr=["Wendover Road", "Ashcombe", "AV4 2HN"], phone="0113 496 0400", domain="ashcombevale.nhs.uk",
        sender="Ashcombe Vale Hospitals <correspondence@ashcombevale.nhs.uk>",
        mailer="AVH Letters Gateway 5.2", colour="#1f4e79"),
    "bri": dict(
        name="Brindlecote and Yarrow University Hospitals NHS Trust", site="Yarrow Infirmary",
        addr=["Infirmary Square", "Yarrow", "YW1 3RB"], phone="0121 496 0200", domain="bayuh.nhs.uk",
        sender="BAYUH Clinical Correspondence <no-reply.letters@bayuh.nhs.uk>",
        mailer="BAYUH DocSend 3.4", colour="#7a1f3d"),
    "hol": dict(
        name="Holmsfield Teaching Hospitals NHS Foundation Trust", site="Holmsfield Royal Infirmary",
        addr=["Cattle Market Road", "Holmsfield", "HF6 8LT"], phone="0115 496 0600",
        domain="holmsfield-th.nhs.uk",
        sender="Holmsfield Teaching Hospitals <eletters@holmsfield-th.nhs.uk>",
        mailer="HTH ePost 2.8", colour="#005c53"),
    "com": dict(
        name="Orrindale Community Health NHS Trust", site="Orrindale Health Centre",
        addr=["Weavers Way", "Orrindale", "OD2 5JP"], phone="0114 496 0700", domain="orrindale-ch.nhs.uk",
        sender="Orrindale Community Health <community.letters@orrindale-ch.nhs.uk>",
        mailer="OCH CommunityPost 1.9", colour="#3d6b21"),
    "ind": dict(
        name="Kingsbarrow Clinics Ltd", site="Kingsbarrow Surgical Centre",
        addr=["Unit 4, Millstone Park", "Ashcombe", "AV9 7KS"], phone="0118 496 0800",
        domain="kingsbarrow-clinics.example.co.uk",
        sender="Kingsbarrow Surgical Centre <nhs.letters@kingsbarrow-clinics.example.co.uk>",
        mailer="Kingsbarrow PatientPath 6.0", colour="#5b3f8c"),
}
COVER = ("{trust}\n{dept}\n\nPlease find attached a {doctype} for a patient registered with your practice.\n"
         "Reference: {ref}\n\nThis mailbox is not monitored. Contact details are on the letter.\n")

# Boilerplate that real mail carries (all invented wording).
NHSMAIL = """
**************************************************************************
This e-mail and any files sent with it are confidential and intended only for the person or organisation to whom they are addressed. If it has reached you by mistake, please tell the sender and then delete it; do not copy it, pass it on or act on anything it says.

NHSmail is the secure e-mail service for health and care staff in England and is approved for exchanging patient-identifiable information with other accredited secure addresses.
**************************************************************************"""
PRINT = "P  Please consider the environment \u2013 do you really need to print this e-mail?"
ASH_DISC = ("DISCLAIMER: The information in this e-mail is confidential and may be legally privileged. "
            "It is intended solely for the addressee. Access to this e-mail by anyone else is unauthorised. "
            "Ashcombe Vale Hospitals NHS Foundation Trust accepts no liability for any loss caused by viruses. "
            "Please note that e-mails to and from the Trust may be monitored and may be disclosed under the "
            "Freedom of Information Act 2000.")
BRI_DISC = ("This e-mail is confidential. If you are not the intended recipient, please notify the sender "
            "immediately and delete it from your system. Brindlecote and Yarrow University Hospitals NHS Trust "
            "\u2018Caring, Listening, Improving\u2019 \u2014 Think before you print.")
HOL_DISC = ("Holmsfield Teaching Hospitals NHS Foundation Trust is not responsible for the onward transmission "
            "of this information. If you have received this message in error please notify the sender and "
            "destroy it. Think before you print.")


class Thirtieth(kit.Corpus):
    """The kit's frame with this corpus's own rendering: forwarded chains, pasted-and-attached letters,
    covers that ask their own thing, odd attachment names, .txt attachments and an empty body."""

    def render(self, L: dict, house) -> bytes:
        return render_letter(L)


C = Thirtieth("thirtieth", "t30", f"{PRACTICE} <tallowmere.surgery@nhs.net>", PROV, cover=COVER,
              window=("2040-01-09", "2040-03-16"), utc_hours=0, tz=dt.UTC)
letter = C.letter
other = C.other
idl = kit.idline


def head(p: str, dept: str) -> str:
    pr = PROV[p]
    return f"{pr['name']}\n{dept}\n{pr['site']}, {', '.join(pr['addr'])}\nTel: {pr['phone']}"


def outlook(frm: str, sent: str, to: str, subject: str, cc: str | None = None) -> str:
    """An Outlook forward/reply header block as it appears in a plain-text body."""
    lines = ["________________________________", f"From: {frm}", f"Sent: {sent}", f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    lines.append(f"Subject: {subject}")
    return "\n".join(lines)


def outlook_html(frm: str, sent: str, to: str, subject: str) -> str:
    """The same block as Outlook writes it in HTML."""
    e = html.escape
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            f'<p class="MsoNormal"><b><span lang="EN-US">From:</span></b><span lang="EN-US"> {e(frm)}<br>\n'
            f'<b>Sent:</b> {e(sent)}<br>\n<b>To:</b> {e(to)}<br>\n<b>Subject:</b> {e(subject)}'
            '<o:p></o:p></span></p>\n</div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')


# departments
ASH_HEP = "Gastroenterology & Hepatology"
ASH_URO = "Haematuria Clinic, Urology"
ASH_RHEUM = "Rheumatology Department"
ASH_HF = "Heart Failure Service, Cardiology"
ASH_CARDIO = "Cardiology Outpatients"
ASH_ED = "Emergency Department"
ASH_SURG = "Kingfisher Ward (General Surgery)"
ASH_FLS = "Fracture Liaison Service"
BRI_AMU = "Larkspur Ward (Acute Medicine)"
BRI_DERM = "Dermatology Outpatients"
BRI_IBD = "IBD Service, Gastroenterology"
BRI_RHEUM = "Rheumatology Outpatients"
BRI_ED = "Emergency Department"
BRI_RESP = "Respiratory Medicine"
BRI_NEURO = "Neurology Referral Triage"
BRI_GASTRO = "Gastroenterology Outpatients"
HOL_ORTHO = "Heron Ward (Elective Orthopaedics)"
HOL_TRAUMA = "Osprey Ward (Trauma)"
HOL_TRIAGE = "Trauma and Orthopaedics Referral Triage"
HOL_NEURO = "Neurology Outpatients"
HOL_PLAST = "Plastic Surgery - Skin Surgery Unit"
HOL_ENT = "ENT Outpatients"
HOL_URO = "Urology Department"
HOL_CARDIO = "Arrhythmia Clinic, Cardiology"
COM_DSN = "Community Diabetes Specialist Nursing"
COM_MH = "Community Mental Health Team (Orrindale South)"
COM_HOSP = "Bramble Ward, Orrindale Community Hospital"
IND_DAY = "Day Surgery Unit"
IND_EYE = "Cataract Service"
IND_POA = "Pre-operative Assessment Clinic"
IND_REF = "Referral Management"

# ====================================================================== letters with findings (and negatives)
# in rough order of sending

# ---- n01 cardiology: hard negative (Holter and bloods arranged by the hospital, continue a green drug)
pt = P("Oswald Brennand", "730011", "1960-02-09")
letter(key="n01", prov="ash", dept=ASH_CARDIO, kind="clinic_letter", specialty="Cardiology",
       clinician="Dr Rupert Pemberton", patient=pt, ev="2040-01-09", ld="2040-01-11", sent="2040-01-13 11:20",
       fmt="html", opts={"label_col": True, "alt": True},
       subject="Cardiology clinic letter - BRENNAND Oswald", body=f"""
# Cardiology Outpatients \u2013 Clinic Letter
| Patient | Oswald Brennand |
| Date of birth | 09/02/1960 |
| NHS number | {kit.spaced(pt['nhs_number'])} |
| Clinic date | 09/01/2040 |
| Consultant | Dr Rupert Pemberton, Consultant Cardiologist |

Dear Dr Quaile,

Thank you for referring Mr Brennand with intermittent palpitations over the last four months, lasting up to twenty minutes and not associated with syncope. His ECG in clinic today showed sinus rhythm at 68\u00a0bpm with a normal QT interval. BP 138/84.

# Plan
\u2022 We have arranged a 7-day ambulatory ECG and blood tests (FBC, U&Es, TFTs) in our phlebotomy department on the same morning.
\u2022 Please continue bisoprolol 2.5\u00a0mg once daily, which he finds helpful.
\u2022 I will write to you and to Mr Brennand with the monitor results and see him again in 3/12.

No action is required from the practice at this stage.

Yours sincerely

Dr Rupert Pemberton
Consultant Cardiologist
""", notes="Hard negative: Holter and bloods arranged by the hospital's own phlebotomy; continuing a green drug; "
             "'no action is required'. HTML built from nested layout tables, a label column and a text "
             "alternative. Clinic 09/01, sent 13/01: on time.")

# ---- a02 acute medicine discharge summary: pasted in the body and attached as LETTER.PDF, 23 h 35 min
pt = P("Maureen Ackland", "730028", "1941-09-18")
letter(key="a02", prov="bri", dept=BRI_AMU, kind="discharge_summary", specialty="Acute Medicine",
       clinician="Dr Tobias Merrilees", patient=pt, ev="2040-01-11", ev_time="14:30", ld="2040-01-12",
       sent="2040-01-12 14:05", fmt="pdf",
       opts={"from": "Larkspur Ward Clerk <bayuh.larkspurward@nhs.net>", "fname": "LETTER.PDF", "paste": True,
             "cover": f"""
Dear Colleague,

Please find below and attached the discharge summary for the patient named. The text of the attached letter is copied below for practices that cannot open attachments.

{{LETTER}}

--
Larkspur Ward Clerk | Acute Medicine
Brindlecote and Yarrow University Hospitals NHS Trust
Yarrow Infirmary, Infirmary Square, Yarrow YW1 3RB
Ward tel: 0121 496 0231
{BRI_DISC}
{NHSMAIL}
"""},
       subject="Discharge Summary - ACKLAND, Maureen - Larkspur Ward", body=f"""
# Inpatient Discharge Summary
| Patient | Maureen Ackland |
| DOB | 18/09/1941 |
| NHS number | {kit.spaced(pt['nhs_number'])} |
| Ward | Larkspur Ward (Acute Medicine) |
| Consultant | Dr Tobias Merrilees |
| Date of admission | 08/01/2040 |
| Date of discharge | 11/01/2040 14:30 |

# Diagnosis
Community-acquired pneumonia, right lower lobe (CURB-65 score 2). Background: COPD, hypertension, osteoarthritis of both knees.

# Clinical summary
Admitted with three days of productive cough, fever and new confusion. CXR: right lower lobe consolidation. Treated with IV co-amoxiclav and oral clarithromycin, switched to oral doxycycline on 10/01/2040. CRP fell from 212 to 48. Back to her baseline mobility with the ward physiotherapists.

# Medications on discharge
- Doxycycline 100 mg once daily: 2 days supplied on discharge; GP to prescribe a further 3 days to complete the course.
- Amlodipine 5 mg once daily (unchanged).
- Tiotropium/olodaterol inhaler 2 puffs once daily (unchanged).

# Investigations pending at discharge
- Blood cultures and Legionella urinary antigen sent on 08/01/2040 \u2013 GP to chase these results and act on any positive finding.

# Follow-up
- A repeat chest X-ray in 6 weeks has been requested by the ward and the appointment will be posted to the patient.
- Advised to finish the antibiotic course and to seek help urgently if she becomes breathless or feverish again.

Dr Tobias Merrilees, Consultant in Acute Medicine
""", exp=[("hospital_only_prescribing", "Doxycycline 100 mg once daily: 2 days supplied on discharge; GP to prescribe a "
           "further 3 days to complete the course."),
          ("results_chasing", "Blood cultures and Legionella urinary antigen sent on 08/01/2040 \u2013 GP to chase "
           "these results and act on any positive finding.")],
       notes="Pasted into the body and attached as LETTER.PDF (same text twice). Two days of the antibiotic supplied "
             "with the rest sent to the GP; the hospital's own pending cultures passed to the GP. Repeat CXR "
             "requested by the ward: negative. Discharged 11/01 14:30, sent 12/01 14:05 (23 h 35 min): on time, "
             "just under the limit.")

# ---- n03 trauma discharge: hard negative (fit note issued, district nurses for clips, full LMWH course)
pt = P("Terence Wragg", "730035", "1963-11-30")
letter(key="n03", prov="hol", dept=HOL_TRAUMA, kind="discharge_summary", specialty="Trauma and Orthopaedics",
       clinician="Mr Ewan Strachan-Hobbs", patient=pt, ev="2040-01-12", ev_time="10:15", ld="2040-01-12",
       sent="2040-01-12 16:02", fmt="docx", opts={"fname": "Discharge Letter.docx", "cover": f"""
Holmsfield Teaching Hospitals NHS Foundation Trust \u2013 Electronic Discharge Notification

Please find attached a discharge summary for a patient registered with your practice.
Ward: Osprey Ward (Trauma)

Please do not reply to this e-mail; this mailbox is not monitored.

{HOL_DISC}
"""},
       subject="EDN: WRAGG, Terence - Osprey Ward", body=f"""
# Discharge Summary \u2013 Osprey Ward (Trauma)
{idl(pt)}
Admitted: 09/01/2040
Date of discharge: 12/01/2040 at 10:15
Consultant: Mr Ewan Strachan-Hobbs, Consultant Orthopaedic Surgeon

# Diagnosis and procedure
Trimalleolar fracture, right ankle, after slipping on ice. Open reduction and internal fixation on 10/01/2040.

# Wound
Clips in situ. The ward has referred him to the district nursing team, who will remove the clips at day 14 (around 24/01/2040) at his home.

# Medicines
- Dalteparin 5000 units once daily for 6 weeks \u2013 full course supplied and he has been taught to inject himself.
- Paracetamol 1 g four times daily and codeine 30 mg up to four times daily \u2013 14 days supplied.

# Fit note
Fit note issued on the ward for 6 weeks (12/01/2040 to 22/02/2040); he works as a delivery driver.

# Follow-up
Fracture clinic with a check X-ray in 2/52 \u2013 the appointment was given to him before he left the ward.

Mr Ewan Strachan-Hobbs
Consultant Orthopaedic Surgeon
""", notes="Hard negative: fit note already issued by the ward, clip removal arranged with the district nurses by the "
             "ward, full anticoagulant course supplied, fracture clinic booked. Sent the same day.")

# ---- a01 hepatology: FW: FW: RE: chain, the request is in the consultant's forwarded note; exactly 7 days
pt = P("Roderick Pellow", "730042", "1964-05-02")
letter(key="a01", prov="ash", dept=ASH_HEP, kind="clinic_letter", specialty="Hepatology",
       clinician="Dr Imogen Fairweather-Lusk", patient=pt, ev="2040-01-10", ld="2040-01-11",
       sent="2040-01-17 09:12", fmt="plain", opts={"from": "Markham Tessa <tessa.markham@nhs.net>", "fwd": True},
       subject="FW: FW: RE: Roderick Pellow - hep clinic 10/01", body=f"""
Hi,

Please see below from Dr Fairweather-Lusk re the above patient. Typed letter to follow.

Kind regards
Tessa

Tessa Markham | Medical Secretary to Dr I Fairweather-Lusk
Gastroenterology & Hepatology | Ashcombe Vale Hospitals NHS Foundation Trust
Ashcombe General Hospital, Wendover Road, Ashcombe AV4 2HN
Tel: 0113 496 0412 | Working days Mon\u2013Thu
{PRINT}

{outlook("Hepatology Clinic Coordinator <ash.hepclinic@nhs.net>", "16 January 2040 15:20",
         "Markham Tessa (ASHCOMBE VALE HOSPITALS NHS FOUNDATION TRUST) <tessa.markham@nhs.net>",
         "FW: RE: Roderick Pellow - hep clinic 10/01")}

Tessa \u2013 can this go to the GP today please, Imogen's dictation is backed up.

Thanks, Dev

{outlook("Fairweather-Lusk Imogen (ASHCOMBE VALE HOSPITALS NHS FOUNDATION TRUST) <imogen.fairweather-lusk@nhs.net>",
         "11 January 2040 17:42", "Hepatology Clinic Coordinator <ash.hepclinic@nhs.net>",
         "RE: Roderick Pellow - hep clinic 10/01")}

Seen in hepatology clinic 10/01/2040.
Patient: Roderick Pellow | DOB 02/05/1964 | NHS No {kit.spaced(pt['nhs_number'])}

ALT 142 (3x ULN) on GP bloods, BMI 34, alcohol ~10 u/wk. USS abdo here 10/01: fatty liver, no focal lesion, spleen normal. Hep B/C serology, ferritin and autoimmune screen sent from clinic today.

Plan:
- GP to repeat LFTs and a clotting screen in 2/52 and send the results to my secretary.
- FIB-4 on those bloods; if >2.67 we will book a FibroScan here.
- Weight loss advice given and dietetic leaflet.
- I will write to him with the liver screen results myself.
- Review in clinic 6/12.

Thanks
Imogen

Dr Imogen Fairweather-Lusk
Consultant Hepatologist
Ashcombe Vale Hospitals NHS Foundation Trust
{ASH_DISC}
""", exp=[("tests_for_hospital", "GP to repeat LFTs and a clotting screen in 2/52 and send the results to my "
           "secretary.")],
       notes="Forwarded chain (FW: FW: RE:): the forwarder only says 'Please see below'; the request is in the "
             "consultant's forwarded note. Bloods the hepatologist wants for her own assessment. Clinic 10/01, "
             "forwarded 17/01: exactly 7 days by the Date header, on time (the note itself is dated 11/01).")

# ---- a05 day-case hernia repair: fit note pushed to the GP (HTML, nested tables, square bullets)
pt = P("Kieran Mottram", "730059", "1987-06-23")
letter(key="a05", prov="ind", dept=IND_DAY, kind="discharge_summary", specialty="General Surgery",
       clinician="Mr Alastair Penhaligon", patient=pt, ev="2040-01-17", ev_time="17:45", ld="2040-01-17",
       sent="2040-01-17 19:10", fmt="html",
       subject="Day Surgery Discharge - Kieran Mottram", body=f"""
# Day Surgery Discharge Letter
{idl(pt)}
Date of operation: 17/01/2040
Discharged: 17/01/2040 at 17:45
Surgeon: Mr Alastair Penhaligon, Consultant General Surgeon
Provider: Kingsbarrow Clinics Ltd (NHS patient)

Dear Dr Odunsi-Blake,

Operation: open mesh repair of right inguinal hernia under general anaesthetic. Uncomplicated.

# On discharge
\u25aa Wound closed with dissolvable sutures and glue; nothing needs removing.
\u25aa Paracetamol and ibuprofen for 7 days supplied.
\u25aa Our day-surgery nurse will telephone him tomorrow morning.
\u25aa He is a scaffolder and should avoid heavy lifting for 4\u20136 weeks.
\u25aa Please could his GP issue a fit note for two weeks from the date of surgery, as he is not yet able to return to work.

If the wound becomes red or hot he should ring our day-surgery unit on 0118 496 0815 (24 hours).

Mr Alastair Penhaligon
Consultant General Surgeon
""", exp=[("fit_note", "Please could his GP issue a fit note for two weeks from the date of surgery, as he is not yet "
           "able to return to work.")],
       notes="Independent provider. Fit note for recovery from its own operation sent to the GP. Dissolvable "
             "sutures, 7 days' analgesia, nurse phone call: negatives. Sent the same evening.")

# ---- n04 community diabetes nursing: hard negative (actions for district nurses and pharmacy)
pt = P("Agnes Birtwhistle", "730066", "1936-05-14")
letter(key="n04", prov="com", dept=COM_DSN, kind="clinic_letter", specialty="Diabetes",
       clinician="Ms Rowena Catchpole", patient=pt, ev="2040-01-16", ld="2040-01-17", sent="2040-01-18 13:30",
       fmt="plain", subject="Diabetes specialist nurse home visit - Agnes Birtwhistle", body=f"""
{head("com", COM_DSN)}

{idl(pt)}
Home visit: 16/01/2040
Seen by: Ms Rowena Catchpole, Diabetes Specialist Nurse

Dear Dr Quaile,

I visited Mrs Birtwhistle at home with her district nurse. Her capillary glucose has been running 14\u201319 mmol/L since her steroid course for COPD; HbA1c 71 in December.

Actions for the district nursing team
\u2022 District nurses to give insulin degludec 14 units each morning and record her capillary glucose daily.
\u2022 District nurses to ring me with the readings each Friday; I will titrate the dose by telephone.

Actions for community pharmacy
\u2022 Hatchmere Pharmacy to deliver pen needles and a sharps bin with her weekly blister pack (agreed with the pharmacist on 16/01/2040).

Actions for the patient
\u2022 Mrs Birtwhistle and her son to keep the hypo box in the kitchen and follow the leaflet we left.

Her insulin is already on her repeat prescription at this dose, so no new prescription is needed. No action is required from the GP.

Rowena Catchpole
Diabetes Specialist Nurse
Orrindale Community Health NHS Trust
Tel: 0114 496 0731 (Mon\u2013Fri 08:30\u201316:30)
""", notes="Hard negative: every action is addressed to the district nurses, the community pharmacy or the patient; "
             "'No action is required from the GP'. Bullet characters in plain text.")

# ---- a07 dermatology DNA: discharged after one missed appointment, conditional re-referral asked of the GP
pt = P("Shannon Ferriby", "730073", "1999-12-04")
letter(key="a07", prov="bri", dept=BRI_DERM, kind="clinic_letter", specialty="Dermatology",
       clinician="Dr Lucinda Harrowell", patient=pt, ev="2040-01-16", ld="2040-01-17", sent="2040-01-18 10:02",
       fmt="plain", subject="Did not attend - Dermatology Outpatients", body=f"""
{head("bri", BRI_DERM)}

Our ref: DERM/NA/40/0117
{idl(pt)}
Appointment date: 16/01/2040 (did not attend)
Consultant: Dr Lucinda Harrowell

Dear Doctor,

Shannon Ferriby did not attend her new patient appointment in the dermatology clinic on 16/01/2040 (referral: acne not responding to two courses of oral antibiotics).

In line with the Trust\u2019s Access Policy, patients who do not attend a new appointment are discharged back to the care of the referrer, and she has therefore been discharged from the dermatology service.

If a dermatology opinion is still required, please re-refer her via the e-Referral Service.

Yours faithfully

pp Dr Lucinda Harrowell
Consultant Dermatologist
(letter generated automatically on behalf of the consultant; not signed)

{BRI_DISC}
""", exp=[("dna_rereferral", "If a dermatology opinion is still required, please re-refer her via the e-Referral "
           "Service.")],
       notes="Discharged after a single missed new appointment and the GP asked to re-refer. The 'if still "
             "required' is the standard wording of such letters, not a safety-net: labelled. Event date is the "
             "missed appointment; sent 2 days later.")

# ---- a03 elective knee replacement: clip removal to the practice nurse; 24 h 25 min (late)
pt = P("Gwendolen Sayce", "730080", "1952-02-11")
letter(key="a03", prov="hol", dept=HOL_ORTHO, kind="discharge_summary", specialty="Trauma and Orthopaedics",
       clinician="Mr Ewan Strachan-Hobbs", patient=pt, ev="2040-01-18", ev_time="11:00", ld="2040-01-19",
       sent="2040-01-19 11:25", fmt="docx", opts={"fname": "DS_FINAL_v2.DOCX", "cover": f"""
Holmsfield Teaching Hospitals NHS Foundation Trust \u2013 Electronic Discharge Notification

Please find attached a discharge summary for a patient registered with your practice.
Ward: Heron Ward (Elective Orthopaedics)

Please do not reply to this e-mail; this mailbox is not monitored.

{HOL_DISC}
"""},
       subject="EDN: SAYCE, Gwendolen - Heron Ward", body=f"""
# Discharge Summary \u2013 Heron Ward (Elective Orthopaedics)
{idl(pt)}
Admitted: 15/01/2040
Date of discharge: 18/01/2040 11:00
Consultant: Mr Ewan Strachan-Hobbs

# Procedure
Left total knee replacement (cemented) on 15/01/2040 for osteoarthritis. Uneventful recovery; mobile with two sticks and managing stairs.

# Medicines on discharge
- Rivaroxaban 10 mg once daily for 14 days \u2013 full course supplied.
- Paracetamol 1 g four times daily, 14 days supplied.

# Actions for GP
- Please arrange for the practice nurse to remove the wound clips at 12 to 14 days post-op and to check the wound.

# Follow-up
- Outpatient physiotherapy at Holmsfield Royal Infirmary has been booked by the ward.
- Review in the arthroplasty clinic at 6 weeks; the appointment will be posted.

Mr Ewan Strachan-Hobbs, Consultant Orthopaedic Surgeon
""", exp=[("late_discharge_summary", "Date of discharge: 18/01/2040 11:00"),
          ("post_procedure_care", "Please arrange for the practice nurse to remove the wound clips at 12 to 14 days "
           "post-op and to check the wound.")],
       notes="Attachment named DS_FINAL_v2.DOCX. Clip removal and wound check after the hospital's own operation "
             "passed to the practice nurse. Full rivaroxaban course and physiotherapy arranged: negatives. "
             "Discharged 18/01 11:00, sent 19/01 11:25 (24 h 25 min): late, just over the limit.")

# ---- a06 haematuria clinic: CT result redirected to the GP; 12 days (late); HTML nested tables
pt = P("Clifford Umeadi", "730097", "1958-03-30")
letter(key="a06", prov="ash", dept=ASH_URO, kind="clinic_letter", specialty="Urology",
       clinician="Miss Priya Oyelaran-Hughes", patient=pt, ev="2040-01-11", ld="2040-01-20",
       sent="2040-01-23 08:40", fmt="html", opts={"label_col": True},
       subject="Urology clinic letter", body=f"""
# Haematuria Clinic
| Patient | Clifford Umeadi |
| DOB | 30/03/1958 |
| NHS No. | {kit.spaced(pt['nhs_number'])} |
| Consultant | Miss Priya Oyelaran-Hughes, Consultant Urological Surgeon |

Clinic date: 11/01/2040 (dictated 12/01/2040, typed 20/01/2040)

Dear Dr Odunsi-Blake,

Thank you for referring Mr Umeadi on the suspected urological cancer pathway with a single episode of painless visible haematuria. He is an ex-smoker (25 pack-years).

Flexible cystoscopy in clinic today was normal, with no bladder tumour or stone. Urine cytology was sent and I will write to him with that result myself. We have requested a CT urogram.

We have not arranged further follow-up in clinic; Mr Umeadi has been advised to contact his GP for the result of his CT urogram.

With best wishes

Miss Priya Oyelaran-Hughes
Consultant Urological Surgeon
""", exp=[("late_clinic_letter", "Clinic date: 11/01/2040"),
          ("patient_redirected_to_gp", "Mr Umeadi has been advised to contact his GP for the result of his CT "
           "urogram.")],
       notes="The clinic's own CT urogram result sent to the GP via the patient (the cytology result it keeps). "
             "Clinic 11/01, sent 23/01: 12 days, late (typed on 20/01, already late).")

# ---- a08 hip referral returned for X-ray and physiotherapy first (odd-named DOCX)
pt = P("Alan Besford", "730103", "1961-07-09")
letter(key="a08", prov="hol", dept=HOL_TRIAGE, kind="referral_response", specialty="Trauma and Orthopaedics",
       clinician="Mr Rhys Kettleborough", patient=pt, ev=None, ld="2040-01-24", sent="2040-01-24 15:35",
       fmt="docx", opts={"fname": "Referral Outcome (2).docx", "cover": f"""
Good afternoon,

Please see attached outcome of referral.

Regards

T&O Referral Management Centre
Holmsfield Teaching Hospitals NHS Foundation Trust
Tel: 0115 496 0655
{HOL_DISC}
""", "from": "HTH T&O Referrals <hth.toreferrals@nhs.net>"},
       subject="Referral outcome - BESFORD", body=f"""
# Referral Outcome \u2013 Trauma and Orthopaedics
{idl(pt)}
Referral received: 19/01/2040 (e-RS, routine, hip)
Triaged by: Mr Rhys Kettleborough, Consultant Orthopaedic Surgeon
Outcome: RETURNED TO REFERRER

Dear Dr Quaile,

Thank you for referring Mr Besford with nine months of right groin and hip pain, worse on walking, limiting him to half a mile and waking him at night.

No imaging is attached to the referral and there is no record of physiotherapy. Please request a standing AP pelvis X-ray and complete six weeks of physiotherapy before re-referring.

We have not booked an appointment and the referral has been closed on the e-Referral Service.

Mr Rhys Kettleborough
Consultant Orthopaedic Surgeon
""", exp=[("referral_returned_for_workup", "Please request a standing AP pelvis X-ray and complete six weeks of "
           "physiotherapy before re-referring.")],
       notes="A referral with night pain and limited walking, returned asking the GP to do imaging and "
             "physiotherapy first. Attachment 'Referral Outcome (2).docx'.")

# ---- a09 rheumatology: HTML forward by the secretary; methotrexate handed over with no shared-care agreement
pt = P("Lorna Gatenby", "730110", "1970-10-15")
A09_PRE = (
    '<div class="WordSection1">\n<p class="MsoNormal">Good afternoon,<o:p></o:p></p>\n'
    '<p class="MsoNormal">Please see below the letter for Mrs Gatenby \u2013 apologies, our letter system is '
    'down so I am sending it on by e-mail.<o:p></o:p></p>\n'
    '<p class="MsoNormal">Kind regards<br>Paula<o:p></o:p></p>\n'
    '<table cellpadding="0" cellspacing="0" border="0"><tr><td style="border-left:3px solid #1f4e79;'
    'padding:0 0 0 8px;font-family:Calibri,sans-serif;font-size:9pt;color:#444">'
    '<b>Paula Dimmock</b><br>Medical Secretary to Dr F Adeyinka-Shaw<br>Rheumatology Department<br>'
    'Ashcombe Vale Hospitals NHS Foundation Trust<br>Tel:&nbsp;0113&nbsp;496&nbsp;0478</td></tr></table>\n'
    '<p class="MsoNormal" style="color:#3d6b21;font-size:8pt">P&nbsp; Think before you print</p>\n'
    + outlook_html("Rheumatology Typing Pool <ash.rheumtyping@nhs.net>", "23 January 2040 16:48",
                   "Dimmock Paula (ASHCOMBE VALE HOSPITALS NHS FOUNDATION TRUST) <paula.dimmock@nhs.net>",
                   "Letter for checking \u2013 GATENBY") + "</div>\n")
A09_PRE_PLAIN = ("Good afternoon,\n\nPlease see below the letter for Mrs Gatenby \u2013 apologies, our letter "
                 "system is down so I am sending it on by e-mail.\n\nKind regards\nPaula\n\nPaula Dimmock\n"
                 "Medical Secretary to Dr F Adeyinka-Shaw\nRheumatology Department\nAshcombe Vale Hospitals NHS "
                 "Foundation Trust\nTel: 0113 496 0478\n\n"
                 + outlook("Rheumatology Typing Pool <ash.rheumtyping@nhs.net>", "23 January 2040 16:48",
                           "Dimmock Paula (ASHCOMBE VALE HOSPITALS NHS FOUNDATION TRUST) <paula.dimmock@nhs.net>",
                           "Letter for checking \u2013 GATENBY") + "\n\n")
letter(key="a09", prov="ash", dept=ASH_RHEUM, kind="clinic_letter", specialty="Rheumatology",
       clinician="Dr Femi Adeyinka-Shaw", patient=pt, ev="2040-01-19", ld="2040-01-23", sent="2040-01-25 14:17",
       fmt="html", opts={"from": "Dimmock Paula <paula.dimmock@nhs.net>", "fwd": True, "alt": True,
                         "pre_html": A09_PRE, "pre_plain": A09_PRE_PLAIN,
                         "post_html": f'<p style="font-size:7.5pt;color:#888">{html.escape(ASH_DISC)}</p>\n',
                         "post_plain": "\n" + ASH_DISC + "\n"},
       subject="FW: Letter for checking \u2013 GATENBY", body=f"""
# Rheumatology Clinic Letter
{idl(pt)}
Clinic date: 19/01/2040
Consultant: Dr Femi Adeyinka-Shaw

Dear Dr Quaile,

Diagnosis: seropositive rheumatoid arthritis (2039).

Mrs Gatenby is doing well. DAS28 today 2.4 (from 5.1 in August). Her monitoring bloods over the last three months have been stable (ALT 24, neutrophils 4.1, eGFR >90).

She is now stable on methotrexate 20\u00a0mg once weekly with folic acid, and I would be grateful if you could take over the prescribing and the 3-monthly blood monitoring from next month.

She has had her flu and pneumococcal vaccines. I will see her again in 6/12.

Yours sincerely

Dr Femi Adeyinka-Shaw
Consultant Rheumatologist
""", exp=[("shared_care_without_agreement", "She is now stable on methotrexate 20\u00a0mg once weekly with folic acid, "
           "and I would be grateful if you could take over the prescribing and the 3-monthly blood monitoring from "
           "next month.")],
       notes="Forwarded in HTML by the secretary ('Please see below'); the request is in the forwarded letter. "
             "Methotrexate prescribing and monitoring handed over with no shared-care agreement offered. Evidence "
             "holds a non-breaking space as the letter does. Clinic 19/01, sent 25/01: on time.")

# ---- n05 cataract post-op: forwarded for records; hard negative (drops supplied, own review, safety-net)
pt = P("Doreen Gelsthorpe", "730127", "1944-03-21")
letter(key="n05", prov="ind", dept=IND_EYE, kind="clinic_letter", specialty="Ophthalmology",
       clinician="Mr Farhan Qureshi-Lund", patient=pt, ev="2040-01-24", ld="2040-01-24", sent="2040-01-26 10:48",
       fmt="plain", opts={"from": "Kingsbarrow Medical Records <records@kingsbarrow-clinics.example.co.uk>",
                          "fwd": True},
       subject="FW: Post-op letter - Gelsthorpe", body=f"""
Dear Practice,

Please see below for your records. No reply needed.

Medical Records Team
Kingsbarrow Clinics Ltd | Kingsbarrow Surgical Centre
Unit 4, Millstone Park, Ashcombe AV9 7KS

{outlook("Qureshi-Lund, Farhan <f.qureshi-lund@kingsbarrow-clinics.example.co.uk>", "24 January 2040 18:03",
         "Medical Records <records@kingsbarrow-clinics.example.co.uk>", "Post-op letter - Gelsthorpe")}

Please send to GP.

CATARACT SERVICE \u2013 POST-OPERATIVE REVIEW
Kingsbarrow Clinics Ltd, Kingsbarrow Surgical Centre
{idl(pt)}
Review date: 24/01/2040 (day 1 after right phacoemulsification and lens implant, 23/01/2040)

Right eye: VA 6/9 unaided, IOP 17, cornea clear, lens well centred.

\u2022 Post-op drops (dexamethasone 0.1% four times daily for 4 weeks, chloramphenicol 0.5% four times daily for 2 weeks) supplied in full on the day of surgery.
\u2022 We will see her in our clinic 4 weeks after surgery for refraction and will list the left eye then.
\u2022 Should her vision drop suddenly or the eye become painful, she should ring our eye helpline on 0118 496 0844 \u2013 she has the number.
\u2022 Her optician can update her glasses after our 4-week review.

F Qureshi-Lund
Mr Farhan Qureshi-Lund, Consultant Ophthalmic Surgeon
""", notes="Hard negative, forwarded chain: drops supplied in full, review and second eye by the provider, "
             "safety-netting to the provider's own helpline, optician advice to the patient. Post-op review 24/01, "
             "forwarded 26/01.")

# ---- a11 neurology: sleep-service referral pushed to the GP; 8 days (late); HTML nested tables
pt = P("Jasper Hollingdrake", "730134", "1979-04-27")
letter(key="a11", prov="hol", dept=HOL_NEURO, kind="clinic_letter", specialty="Neurology",
       clinician="Dr Marguerite Ellwood", patient=pt, ev="2040-01-19", ld="2040-01-25", sent="2040-01-27 09:05",
       fmt="html", opts={"alt": True, "header": True},
       subject="Neurology clinic letter - HOLLINGDRAKE", body=f"""
# Neurology Outpatients \u2013 Clinic Letter
{idl(pt)}
Clinic date: 19/01/2040
Consultant: Dr Marguerite Ellwood, Consultant Neurologist

Dear Dr Odunsi-Blake,

| Problem | Comment |
| Chronic daily headache | Mostly on waking; features of medication overuse (co-codamol on 20 days a month) |
| Snoring and daytime sleepiness | Epworth score 16; wife reports witnessed apnoeas; collar 44 cm |

Neurological examination, including fundi, was normal. I do not think he needs brain imaging.

I have advised him to stop co-codamol, and I have started propranolol 40\u00a0mg twice daily with 28 days supplied from clinic; please continue it if it helps.

His morning headaches and sleepiness may well be due to obstructive sleep apnoea. Please could you refer him to the respiratory sleep service for assessment of possible obstructive sleep apnoea.

I will see him again in 4 months.

Dr Marguerite Ellwood
Consultant Neurologist
""", exp=[("late_clinic_letter", "Clinic date: 19/01/2040"),
          ("onward_referral", "Please could you refer him to the respiratory sleep service for assessment of "
           "possible obstructive sleep apnoea.")],
       notes="Referral to another specialty for a related problem found in clinic pushed to the GP. Continuing a "
             "licensed green drug after 28 days' supply is a negative. Clinic 19/01, sent 27/01: 8 days, late by "
             "one day.")

# ---- a12 heart failure results: URGENT potassium, plain body from the consultant, lab printout as .txt
pt = P("Bernard Yeadon", "730141", "1949-01-08")
A12_TXT = f"""ASHCOMBE VALE PATHOLOGY - CLINICAL BIOCHEMISTRY - CUMULATIVE REPORT
Patient: YEADON, Bernard   DOB: 08/01/1949   NHS: {kit.spaced(pt['nhs_number'])}
Location: ASH-HF CLINIC   Requested by: Dr N Ambrose-Hale

Collected        12/12/2039   25/01/2040 11:02
Sodium            138          135          mmol/L   (133-146)
Potassium         4.9          6.4  H*      mmol/L   (3.5-5.3)
Urea              9.1          14.8 H       mmol/L   (2.5-7.8)
Creatinine        131          188  H       umol/L   (59-104)
eGFR              47           29           mL/min/1.73m2

Comment: Sample not haemolysed. Critical potassium telephoned to requesting clinician 26/01/2040 15:40.
"""
letter(key="a12", prov="ash", dept=ASH_HF, kind="results", specialty="Cardiology",
       clinician="Dr Nkechi Ambrose-Hale", patient=pt, ev=None, ld="2040-01-26", sent="2040-01-26 17:20",
       fmt="plain", urgent=True,
       opts={"from": "Ambrose-Hale Nkechi (ASHCOMBE VALE HOSPITALS NHS FOUNDATION TRUST) "
                     "<nkechi.ambrose-hale@nhs.net>", "txt": ("Results_25-01-2040.txt", A12_TXT)},
       subject="URGENT - abnormal result - Bernard Yeadon", body=f"""
Dear Dr Quaile,

URGENT \u2013 RESULT NEEDING ACTION

Patient: Bernard Yeadon
DOB: 08/01/1949
NHS No: {kit.spaced(pt['nhs_number'])}

Mr Yeadon was seen in our heart failure clinic on 25/01/2040, when his spironolactone was increased to 50 mg daily. The bloods taken in clinic came back this afternoon and show potassium 6.4 mmol/L (4.9 in December) and creatinine 188 (eGFR 29); the lab report is attached.

I was unable to reach Mr Yeadon by telephone this afternoon and have left a message asking him to contact his GP surgery about this result.

Please could the practice act on this result tomorrow, stopping the spironolactone and repeating his U&Es within 48 hours.

I am on leave from tomorrow for a week.

Kind regards

Nkechi

Dr Nkechi Ambrose-Hale
Consultant Cardiologist, Heart Failure Service
Ashcombe Vale Hospitals NHS Foundation Trust
Secretary: 0113 496 0466
{NHSMAIL}
""", exp=[("patient_redirected_to_gp", "I was unable to reach Mr Yeadon by telephone this afternoon and have left a "
           "message asking him to contact his GP surgery about this result."),
          ("results_chasing", "Please could the practice act on this result tomorrow, stopping the spironolactone "
           "and repeating his U&Es within 48 hours.")],
       notes="URGENT: a dangerous potassium from the clinic's own bloods after the clinic changed the drug, handed "
             "to the practice to act on and to the patient to raise with the GP. Goes to a clinician before any "
             "reply. Lab printout attached as a .txt file; the request is in the body.")

# ---- n06 ED letter: hard negative (fracture clinic booked, conditional safety-netting); HTML nested
pt = P("Kayleigh Marsden", "730158", "2003-08-08")
letter(key="n06", prov="ash", dept=ASH_ED, kind="ed_letter", specialty="Emergency Medicine",
       clinician="Dr Ahmed Saleem-Fraser", patient=pt, ev="2040-01-28", ld="2040-01-28", sent="2040-01-29 06:05",
       fmt="html", opts={"label_col": True},
       subject="ED Discharge Notification", body=f"""
# Emergency Department Attendance
| Patient | Kayleigh Marsden |
| DOB | 08/08/2003 |
| NHS number | {kit.spaced(pt['nhs_number'])} |
| Arrived | 28/01/2040 21:14 |
| Discharged | 28/01/2040 23:40 |
| Seen by | Dr Ahmed Saleem-Fraser, ED Registrar |

Presenting complaint: inversion injury of the left ankle playing netball.
X-ray: small avulsion fracture of the tip of the lateral malleolus; mortise congruent.

# Treatment and plan
- Walking boot fitted and crutches supplied in the department.
- Fracture clinic appointment booked by the ED for 03/02/2040 at 09:40; the patient has the appointment card.
- Analgesia advice given (paracetamol and ibuprofen, over the counter).

If the pain is not settling after two weeks, she may see her GP or return to the ED.

No GP action required.
""", notes="Hard negative: fracture clinic booked by the ED, boot supplied, conditional safety-netting ('may see "
             "her GP'), 'No GP action required'. Attended 28/01, sent 29/01.")

# ---- a13 pre-operative questionnaire: scanned PDF, empty e-mail body
pt = P("Yvonne Castellan", "730165", "1966-08-19")
letter(key="a13", prov="ind", dept=IND_POA, kind="clinic_letter", specialty="Pre-operative Assessment",
       clinician="Mrs Denise Halloran", patient=pt, ev="2040-01-30", ld="2040-01-30", sent="2040-01-31 08:05",
       fmt="pdf", opts={"from": "KSC-MFD-02 <scanner.poa@kingsbarrow-clinics.example.co.uk>", "empty": True,
                        "fname": "scan0001.pdf"},
       subject="Message from KSC-MFD-02", body=f"""
# Pre-operative Assessment Clinic \u2013 Request for GP Information
{idl(pt)}
Attended pre-operative assessment: 30/01/2040
Planned procedure: right total hip replacement (Kingsbarrow Clinics Ltd, NHS patient)
Pre-assessment lead: Mrs Denise Halloran, Pre-operative Assessment Sister

Dear Doctor,

Mrs Castellan attended our pre-operative assessment clinic today. Her ECG, FBC, U&Es, HbA1c and MRSA screen were done in clinic and we will review them ourselves.

Please complete the enclosed GP pre-operative questionnaire (form KSC-POA3) and return it to us within 5 working days so that her surgery can go ahead.

| Question | GP answer |
| Current medication list (please attach printout) | |
| Anaesthetic problems in patient or family | |
| Cardiac or respiratory history in last 12 months | |
| Last recorded BP and date | |
| GP signature and practice stamp | |

Return by e-mail to poa@kingsbarrow-clinics.example.co.uk or fax.

Mrs Denise Halloran
Pre-operative Assessment Sister
""", exp=[("non_contractual_admin", "Please complete the enclosed GP pre-operative questionnaire (form KSC-POA3) and "
           "return it to us within 5 working days so that her surgery can go ahead.")],
       notes="Scan-to-email with an empty body and a scanned PDF named scan0001.pdf. A pre-operative questionnaire "
             "for the provider's own assessment. Tests done in clinic: negative. Sent the day after.")

# ---- a16 appendicectomy discharge summary: fit note; 65 h (late); EPR text in the body and as .txt
pt = P("Lewis Greatorex", "730172", "2001-05-17")
A16_LETTER = f"""
ELECTRONIC DISCHARGE SUMMARY
Ashcombe Vale Hospitals NHS Foundation Trust - Kingfisher Ward (General Surgery)

Patient name:         Lewis Greatorex
DOB:                  17/05/2001
NHS number:           {kit.spaced(pt['nhs_number'])}
Admission date:       28/01/2040 (via Surgical Assessment Unit)
Discharge date/time:  30/01/2040 16:45
Responsible consultant: Miss Anjali Rowntree, Consultant Colorectal Surgeon

DIAGNOSIS
Acute appendicitis (not perforated).

PROCEDURE
Laparoscopic appendicectomy 28/01/2040. Port sites closed with absorbable sutures.

MEDICATIONS ON DISCHARGE
Paracetamol 1 g QDS - 7 days supplied
Ibuprofen 400 mg TDS with food - 7 days supplied

INFORMATION GIVEN TO PATIENT
Wound care leaflet. No heavy lifting for 4 weeks.

ACTIONS FOR GP
1. Please could the GP issue a fit note covering two weeks from the date of discharge.
2. Histology will be reviewed by the surgical team; no action for GP.

FOLLOW-UP
Telephone review by the surgical nurse practitioner at 2/52 (booked).
"""
letter(key="a16", prov="ash", dept=ASH_SURG, kind="discharge_summary", specialty="General Surgery",
       clinician="Miss Anjali Rowntree", patient=pt, ev="2040-01-30", ev_time="16:45", ld="2040-01-30",
       sent="2040-02-02 10:30", fmt="plain",
       opts={"txt": ("EDS_30012040_GREATOREX.txt", kit.typed_text(A16_LETTER))},
       subject="Electronic Discharge Summary - GREATOREX L", body=f"""
This discharge summary is sent from Ashcombe Vale Hospitals NHS Foundation Trust. The summary appears below and is also attached as a text file for import into your clinical system.
{A16_LETTER}
--
Ashcombe Vale Hospitals NHS Foundation Trust | Clinical Correspondence
This is an automated message. Replies to this address are not read.
{ASH_DISC}
""", exp=[("late_discharge_summary", "Discharge date/time: 30/01/2040 16:45"),
          ("fit_note", "Please could the GP issue a fit note covering two weeks from the date of discharge.")],
       notes="EPR text pasted in the body and attached again as a .txt file. Fit note for recovery after the "
             "hospital's operation sent to the GP. Histology kept by the team: negative. Discharged 30/01 16:45, "
             "sent 02/02 10:30: late (about 66 hours).")

# ---- a15 skin surgery: cover note says 'for information only', the letter asks for suture removal
pt = P("Beatrix Nolloth", "730189", "1944-11-29")
letter(key="a15", prov="hol", dept=HOL_PLAST, kind="clinic_letter", specialty="Plastic Surgery",
       clinician="Mr Callum Drever", patient=pt, ev="2040-02-01", ld="2040-02-02", sent="2040-02-03 12:50",
       fmt="pdf", opts={"cover": f"""
Holmsfield Teaching Hospitals NHS Foundation Trust
Plastic Surgery - Skin Surgery Unit

This letter is for information only. No action is required from the practice.

Attachment: clinic letter (PDF).

{HOL_DISC}
"""},
       subject="Clinic letter - for information", body=f"""
# Skin Surgery Unit \u2013 Operation Letter
{idl(pt)}
Date of procedure: 01/02/2040
Surgeon: Mr Callum Drever, Consultant Plastic Surgeon

Dear Dr Odunsi-Blake,

Procedure: excision of a 9 mm nodular basal cell carcinoma from the left upper back with a 4 mm margin, direct closure with 4/0 nylon sutures, under local anaesthetic.

Please arrange for the practice nurse to take out the sutures from her back 10\u201314 days after the procedure.

The specimen has gone for histology; I will write to Mrs Nolloth and to you with the result and tell her whether any further treatment is needed.

Mr Callum Drever
Consultant Plastic Surgeon
""", exp=[("post_procedure_care", "Please arrange for the practice nurse to take out the sutures from her back "
           "10\u201314 days after the procedure.")],
       notes="Cover note says 'for information only, no action required' but the attached letter asks the "
             "practice nurse to remove sutures after the unit's own excision: labelled from the letter. "
             "Histology kept by the surgeon: negative. Procedure 01/02, sent 03/02.")

# ---- a14 IBD: adalimumab to be prescribed by the GP; HTML cover with the letter pasted, and the PDF attached
pt = P("Thaddeus Morland", "730196", "1993-02-14")
A14_PRE = (
    '<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td style="padding:10px 16px;'
    'font-family:Verdana,sans-serif;font-size:9.5pt">\n'
    '<p>Dear colleague,</p>\n<p>Please find the clinic letter for Mr Morland below and attached as a PDF.</p>\n'
    '<p>Kind regards,<br>IBD Service Secretaries<br>Brindlecote and Yarrow University Hospitals NHS Trust'
    '<br>Tel:&nbsp;0121&nbsp;496&nbsp;0288</p>\n</td></tr></table>\n')
letter(key="a14", prov="bri", dept=BRI_IBD, kind="clinic_letter", specialty="Gastroenterology",
       clinician="Dr Ishbel Carrick-Dunne", patient=pt, ev="2040-01-31", ld="2040-02-03", sent="2040-02-06 11:45",
       fmt="pdf", opts={"from": "BAYUH IBD Secretaries <bayuh.ibdsecs@nhs.net>", "html_cover": True, "paste": True,
                        "alt": True, "pre_html": A14_PRE,
                        "pre_plain": "Dear colleague,\n\nPlease find the clinic letter for Mr Morland below and "
                                     "attached as a PDF.\n\nKind regards,\nIBD Service Secretaries\nBrindlecote and "
                                     "Yarrow University Hospitals NHS Trust\nTel: 0121 496 0288\n\n",
                        "post_html": f'<p style="font-size:7.5pt;color:#888">{html.escape(BRI_DISC)}</p>\n',
                        "post_plain": "\n" + BRI_DISC + "\n",
                        "fname": "Clinic letter - MORLAND T.pdf"},
       subject="IBD clinic letter - MORLAND T", body=f"""
# IBD Clinic Letter
{idl(pt)}
Clinic date: 31/01/2040
Consultant: Dr Ishbel Carrick-Dunne, Consultant Gastroenterologist

Dear Dr Quaile,

Diagnosis: ileal Crohn\u2019s disease (2036), azathioprine intolerant (pancreatitis 2038).

Mr Morland has had a flare for two months with 6 loose stools a day, CRP 38 and faecal calprotectin 920. MR enterography shows 15 cm of active terminal ileal disease without stricture.

We have agreed to start adalimumab (160 mg, then 80 mg at week 2, then 40 mg every other week). TB screening, hepatitis B and C, HIV and VZV serology were taken in clinic today and we will review them before the first dose. Our IBD nurses will teach him to self-inject.

Please could you prescribe the adalimumab on his repeat prescription so that he can collect it from his community pharmacy.

We will review him in the IBD clinic in 12 weeks.

Dr Ishbel Carrick-Dunne
Consultant Gastroenterologist
""", exp=[("hospital_only_prescribing", "Please could you prescribe the adalimumab on his repeat prescription so that "
           "he can collect it from his community pharmacy.")],
       notes="A red (hospital-only) biologic asked to be put on the GP's repeat prescription. Pre-biologic screening "
             "by the hospital: negative. HTML cover with the letter pasted into it, plus the same letter as a PDF. "
             "Clinic 31/01, sent 06/02: on time.")

# ---- n08 prostate biopsy results: hard negative (patient told, referred directly to oncology)
pt = P("Norman Ibbotson", "730202", "1954-06-06")
letter(key="n08", prov="hol", dept=HOL_URO, kind="results", specialty="Urology",
       clinician="Mr Declan Ormsby-Kerr", patient=pt, ev=None, ld="2040-02-07", sent="2040-02-07 16:25",
       fmt="pdf", opts={"fname": "LETTER (1).PDF"},
       subject="Results letter - Urology", body=f"""
# Urology Results Letter
{idl(pt)}
Consultant: Mr Declan Ormsby-Kerr, Consultant Urological Surgeon
Date: 07/02/2040

Dear Dr Quaile,

Transperineal prostate biopsy (taken 24/01/2040): adenocarcinoma, Gleason 3+4=7 (Grade Group 2) in 4 of 12 cores. MRI: PI-RADS 4 lesion, no extracapsular extension.

I telephoned Mr Ibbotson with the result on 06/02/2040 and saw him with our urology cancer nurse specialist the same afternoon.

I have referred him directly to the uro-oncology multidisciplinary team meeting and to the clinical oncology clinic to discuss radiotherapy. A staging bone scan has been booked by us.

He knows to contact the cancer nurse specialist on 0115 496 0677 with any questions.

This letter is for information; no action is required from the practice.

Mr Declan Ormsby-Kerr
Consultant Urological Surgeon
""", notes="Hard negative: a cancer result the hospital has told the patient itself, with the onward referral "
             "made directly and staging booked. Not urgent for the practice: every time-critical step is done. "
             "Attachment 'LETTER (1).PDF'.")

# ---- n02 rheumatology: hard negative (shared-care agreement offered for the GP's agreement)
pt = P("Gillian Hardcastle", "730219", "1968-07-27")
letter(key="n02", prov="bri", dept=BRI_RHEUM, kind="clinic_letter", specialty="Rheumatology",
       clinician="Dr Amadou Sissoko-Grant", patient=pt, ev="2040-02-02", ld="2040-02-06", sent="2040-02-08 13:10",
       fmt="pdf", opts={"fname": "Rheumatology letter.PDF",
                        "extra": [("Shared Care Agreement - Methotrexate.pdf", f"""
# Shared Care Agreement \u2013 Methotrexate (adults)
Patient: Gillian Hardcastle | NHS No: {kit.spaced(pt['nhs_number'])}
Specialist responsibilities: initiation, dose titration, monitoring until the GP accepts, advice line.
GP responsibilities once accepted: prescribing, FBC/U&E/LFT every 3 months, stopping on abnormal results per section 6.
| Decision | Please tick |
| I agree to share care for this patient | |
| I do not agree to share care (the specialist will continue to prescribe and monitor) | |
""", "Shared Care Agreement")]},
       subject="Rheumatology clinic letter + shared care agreement", body=f"""
# Rheumatology Outpatients
{idl(pt)}
Clinic date: 02/02/2040
Consultant: Dr Amadou Sissoko-Grant, Consultant Rheumatologist

Dear Dr Odunsi-Blake,

Mrs Hardcastle has psoriatic arthritis and has been on methotrexate 15 mg once weekly for five months. Her joints are much better and her blood results have been stable for three months.

I enclose our shared care agreement for methotrexate and would be grateful if you would let us know whether the practice is willing to share her care.

Until the agreement has been signed and returned, we will continue to prescribe methotrexate and to arrange her monitoring blood tests through our nurse-led clinic.

I will see her again in six months.

Dr Amadou Sissoko-Grant
Consultant Rheumatologist
""", notes="Hard negative: shared care offered for the practice's agreement with the hospital keeping prescribing "
             "and monitoring until it is accepted; the agreement is attached as a second PDF. Clinic 02/02, sent "
             "08/02: on time.")

# ---- a18 ED: URGENT caecal mass, suspected-cancer referral pushed to the GP
pt = P("Philippa Dunsby", "730226", "1958-12-22")
letter(key="a18", prov="bri", dept=BRI_ED, kind="ed_letter", specialty="Emergency Medicine",
       clinician="Dr Oskar Lindqvist-Baines", patient=pt, ev="2040-02-07", ld="2040-02-08", sent="2040-02-08 09:15",
       fmt="plain", urgent=True, subject="ED Attendance Letter - DUNSBY, Philippa", body=f"""
{head("bri", BRI_ED)}

EMERGENCY DEPARTMENT ATTENDANCE SUMMARY
{idl(pt)}
Attendance: 07/02/2040 13:20 to 07/02/2040 22:05
Clinician: Dr Oskar Lindqvist-Baines, Emergency Medicine Consultant

Presenting complaint: right iliac fossa pain for 3 weeks, weight loss 5 kg.

Investigations: Hb 98 g/L (microcytic), CRP 22. CT abdomen/pelvis: 4 cm mass in the caecum with several enlarged regional lymph nodes, suspicious for malignancy; no obstruction, no free fluid.

Outcome: pain settled with simple analgesia; discharged home. Mrs Dunsby has been told that the scan shows an abnormality in the bowel that needs further tests.

Actions for GP:
\u2022 Please refer her urgently on the suspected lower GI cancer pathway.

Dr Oskar Lindqvist-Baines
Emergency Medicine Consultant
{NHSMAIL}
""", exp=[("onward_referral", "Please refer her urgently on the suspected lower GI cancer pathway.")],
       notes="URGENT: a suspected-cancer finding from the hospital's own CT, with the urgent referral left to the "
             "GP instead of being made directly. Must reach a clinician before any reply. Attended 07/02, sent "
             "08/02.")

# ---- n07 respiratory: hard negative (history, negation, conditional, hospital acts on its own tests)
pt = P("Margery Tolputt", "730233", "1950-10-03")
letter(key="n07", prov="bri", dept=BRI_RESP, kind="clinic_letter", specialty="Respiratory Medicine",
       clinician="Dr Kofi Mensah-Dalby", patient=pt, ev="2040-02-06", ld="2040-02-08", sent="2040-02-10 15:40",
       fmt="plain", subject="Respiratory clinic letter - Mrs M Tolputt", body=f"""
{head("bri", BRI_RESP)}

{idl(pt)}
Clinic date: 06/02/2040
Consultant: Dr Kofi Mensah-Dalby, Consultant Respiratory Physician

Dear Dr Quaile,

Thank you for referring Mrs Tolputt with a productive cough for most of the last year and two chest infections this winter.

In 2038 you kindly arranged spirometry, which showed mild obstruction (FEV1/FVC 0.66). Today she is well, with scattered crackles at the right base.

I have requested a high-resolution CT of her chest, which we will arrange and review ourselves. There is no need for the practice to repeat the chest X-ray. A sputum sample was sent from clinic today and I will act on the result.

If the CT shows bronchiectasis, I will refer her to our respiratory physiotherapists myself.

I will see her again once the CT has been done.

Yours sincerely

Dr Kofi Mensah-Dalby
Consultant Respiratory Physician
{BRI_DISC}
""", notes="Hard negative: past GP spirometry (history), 'no need for the practice to repeat' (negation), "
             "conditional onward referral the consultant will make himself, CT and sputum handled by the "
             "hospital.")

# ---- a20 ENT DNA letter forwarded by the booking team: re-referral asked of the GP
pt = P("Dominic Allardyce", "730240", "1983-09-06")
letter(key="a20", prov="hol", dept=HOL_ENT, kind="clinic_letter", specialty="ENT",
       clinician="Mr Tobias Hennessy-Vane", patient=pt, ev="2040-02-09", ld="2040-02-10", sent="2040-02-13 09:40",
       fmt="plain", opts={"from": "HTH ENT Admin <hth.entadmin@nhs.net>", "fwd": True},
       subject="FW: DNA - ALLARDYCE, Dominic", body=f"""
Hello,

Please see below. We have been asked to e-mail DNA letters to practices while the post room catches up.

Many thanks
ENT Admin Team
Holmsfield Teaching Hospitals NHS Foundation Trust
Tel: 0115 496 0621
{PRINT}

{outlook("ENT Outpatient Bookings <hth.entbookings@nhs.net>", "10 February 2040 11:16",
         "HTH ENT Admin <hth.entadmin@nhs.net>", "DNA - ALLARDYCE, Dominic")}

ENT OUTPATIENTS \u2013 NON-ATTENDANCE
{idl(pt)}
Appointment: 09/02/2040 14:20, Mr Tobias Hennessy-Vane

Dear Doctor,

Dominic Allardyce did not attend his first ENT appointment on 09/02/2040 (referral: recurrent tonsillitis, 6 episodes in the last year). In accordance with our policy he has been discharged back to your care.

We would ask that you send a new referral if you feel he still needs to be seen.

ENT Outpatient Bookings
on behalf of Mr Tobias Hennessy-Vane, Consultant ENT Surgeon

{HOL_DISC}
""", exp=[("dna_rereferral", "We would ask that you send a new referral if you feel he still needs to be seen.")],
       notes="Forwarded chain; the forwarder's words ask nothing, the forwarded DNA letter discharges after one "
             "missed appointment and asks the GP to re-refer. Event date is the missed appointment; forwarded "
             "4 days later.")

# ---- a19 AF clinic: the cover e-mail asks for an echo that the attached letter does not mention
pt = P("Hugh Cattermole", "730257", "1955-03-03")
letter(key="a19", prov="ash", dept=ASH_CARDIO, kind="clinic_letter", specialty="Cardiology",
       clinician="Dr Rupert Pemberton", patient=pt, ev="2040-02-08", ld="2040-02-10", sent="2040-02-14 10:05",
       fmt="docx", opts={"from": "Barraclough Carol <carol.barraclough@nhs.net>", "fname": "Clinic Letter (2).docx",
                         "cover": f"""
Hi,

Please find attached clinic letter from Dr Pemberton's clinic on 08/02.

Dr Pemberton would be grateful if the surgery could arrange an echocardiogram before Mr Cattermole's next clinic appointment, as this was left off the letter.

Many thanks,
Carol

Carol Barraclough
Medical Secretary to Dr R Pemberton, Cardiology
Ashcombe Vale Hospitals NHS Foundation Trust
0113 496 0455
{PRINT}
{ASH_DISC}
"""},
       subject="Clinic letter - Cattermole", body=f"""
# Cardiology Outpatients \u2013 AF Clinic
{idl(pt)}
Clinic date: 08/02/2040
Consultant: Dr Rupert Pemberton, Consultant Cardiologist

Dear Dr Odunsi-Blake,

Mr Cattermole has persistent atrial fibrillation, rate-controlled on bisoprolol 5 mg (resting rate 74). CHA2DS2-VASc score 3; ORBIT bleeding score low.

I have started apixaban 5 mg twice daily and we supplied 28 days from the hospital pharmacy. Please continue apixaban 5 mg twice daily thereafter.

I will review him in the AF clinic in 4 months to discuss rhythm control.

Yours sincerely

Dr Rupert Pemberton
Consultant Cardiologist
""", exp=[("tests_for_hospital", "Dr Pemberton would be grateful if the surgery could arrange an echocardiogram "
           "before Mr Cattermole's next clinic appointment, as this was left off the letter.")],
       notes="Cover e-mail asks for something the letter does not: an echo the cardiologist wants for his own "
             "review; evidence is from the cover. The letter itself (continue apixaban after 28 days' supply) is "
             "negative. Attachment 'Clinic Letter (2).docx'. Clinic 08/02, sent 14/02: on time.")

# ---- a21 neurology referral converted to Advice and Guidance: work-up asked of the GP
pt = P("Natasha Brightwell", "730264", "1990-06-11")
letter(key="a21", prov="bri", dept=BRI_NEURO, kind="referral_response", specialty="Neurology",
       clinician="Dr Conrad Ellery", patient=pt, ev=None, ld="2040-02-15", sent="2040-02-16 08:50",
       fmt="html", opts={"alt": True},
       subject="Advice and Guidance response - BRIGHTWELL", body=f"""
# Neurology \u2013 Advice and Guidance Response
{idl(pt)}
Referral received: 09/02/2040 (routine, \u201cnumbness and tingling both hands, ? neuropathy\u201d)
Reviewed by: Dr Conrad Ellery, Consultant Neurologist
Outcome: converted to Advice and Guidance \u2013 no appointment offered

Dear Dr Quaile,

Thank you for this referral. Ms Brightwell\u2019s symptoms are worse at night and in the thumb, index and middle fingers, which sounds most like bilateral carpal tunnel syndrome.

Please arrange B12, folate, HbA1c and thyroid function and a trial of night splints, and re-refer if her symptoms persist after 8 weeks.

With best wishes

Dr Conrad Ellery
Consultant Neurologist
""", exp=[("referral_returned_for_workup", "Please arrange B12, folate, HbA1c and thyroid function and a trial of "
           "night splints, and re-refer if her symptoms persist after 8 weeks.")],
       notes="Referral not accepted; converted to Advice and Guidance with work-up and treatment for the GP first "
             "and re-referral afterwards.")

# ---- a22 community mental health: lithium handed to the GP with no shared-care agreement (DOCX)
pt = P("Eleri Prothero", "730271", "1975-01-21")
letter(key="a22", prov="com", dept=COM_MH, kind="clinic_letter", specialty="Psychiatry",
       clinician="Dr Wendell Achterberg", patient=pt, ev="2040-02-14", ld="2040-02-16", sent="2040-02-20 12:15",
       fmt="docx", opts={"cover": f"""
Orrindale Community Health NHS Trust
Community Mental Health Team (Orrindale South)

Please find attached a clinic letter for a patient registered with your practice.

OFFICIAL-SENSITIVE: PERSONAL. This e-mail and its attachment are confidential. If you are not the intended recipient please notify the sender and delete it.
{NHSMAIL}
"""},
       subject="CMHT outpatient letter", body=f"""
# Community Mental Health Team \u2013 Outpatient Review
{idl(pt)}
Review date: 14/02/2040
Consultant: Dr Wendell Achterberg, Consultant Psychiatrist

Dear Dr Odunsi-Blake,

Diagnosis: bipolar affective disorder, type I.

Ms Prothero started lithium in our clinic ten weeks ago after a manic relapse. Her mood is now euthymic. The last two lithium levels were 0.7 and 0.68 mmol/L; eGFR 88, TSH 2.1, calcium normal.

We would be grateful if you would now take over the prescribing of lithium carbonate (Priadel) 800 mg at night and the 3-monthly lithium levels, U&Es and thyroid function tests.

She has her lithium record book and the information leaflet. Her care coordinator, Mr Idris Fennimore, will continue to see her monthly.

Dr Wendell Achterberg
Consultant Psychiatrist
""", exp=[("shared_care_without_agreement", "We would be grateful if you would now take over the prescribing of "
           "lithium carbonate (Priadel) 800 mg at night and the 3-monthly lithium levels, U&Es and thyroid "
           "function tests.")],
       notes="Community trust mental health team hands over lithium prescribing and monitoring with no shared-care "
             "agreement offered or accepted. Review 14/02, sent 20/02: on time.")

# ---- n09 community hospital discharge: hard negative (ward, pharmacy, patient, reablement); 23 h 40 min
pt = P("Ivy Scarisbrick", "730288", "1933-12-19")
letter(key="n09", prov="com", dept=COM_HOSP, kind="discharge_summary", specialty="Geriatric Medicine",
       clinician="Dr Petra Lindholm", patient=pt, ev="2040-02-21", ev_time="15:00", ld="2040-02-22",
       sent="2040-02-22 14:40", fmt="pdf", opts={"fname": "DS - SCARISBRICK I.pdf"},
       subject="Community hospital discharge summary", body=f"""
# Discharge Summary \u2013 Bramble Ward, Orrindale Community Hospital
{idl(pt)}
Admitted: 07/02/2040 (step-down from Holmsfield Royal Infirmary after a fall)
Date of discharge: 21/02/2040 at 15:00
Consultant: Dr Petra Lindholm, Community Geriatrician

# Summary
Rehabilitation after a fall with a pubic ramus fracture (managed without surgery). Now walking with a frame and independent with transfers. Lying and standing BP normal.

# Discharge arrangements
- Ward to send 28 days of all discharge medicines home with her (done).
- Orrindale Pharmacy to continue her weekly blister packs \u2013 pharmacy informed by the ward on 20/02/2040.
- Reablement team to visit twice daily from 21/02/2040 for two weeks.
- Mrs Scarisbrick and her daughter to book her falls clinic appointment using the card given on the ward.

# Actions for GP
None.

Dr Petra Lindholm
Community Geriatrician
""", notes="Hard negative: actions for the ward, the community pharmacy, reablement and the patient; 'Actions for "
             "GP: None'. Discharged 21/02 15:00, sent 22/02 14:40 (23 h 40 min): on time, just under the limit.")

# ---- a23 fracture liaison: audit proforma for the practice (admin); green drugs to repeat are negatives
pt = P("Winifred Openshaw", "730295", "1938-04-02")
letter(key="a23", prov="ash", dept=ASH_FLS, kind="clinic_letter", specialty="Metabolic Bone",
       clinician="Mrs Helen Tranter", patient=pt, ev="2040-02-22", ld="2040-02-23", sent="2040-02-27 09:55",
       fmt="html", opts={"label_col": True},
       subject="Fracture Liaison Service - letter and audit proforma", body=f"""
# Fracture Liaison Service
| Patient | Winifred Openshaw |
| Date of birth | 02/04/1938 |
| NHS number | {kit.spaced(pt['nhs_number'])} |
| Seen | 22/02/2040 |
| Clinician | Mrs Helen Tranter, Fracture Liaison Nurse Specialist |

Dear Dr Quaile,

Mrs Openshaw was seen after a fragility fracture of the left wrist in December. Her DEXA scan here on 22/02/2040 showed a T-score of \u22122.9 at the total hip. Calcium and vitamin D levels were normal.

I have started alendronic acid 70\u00a0mg once weekly and Adcal-D3 one tablet twice daily, with 4 weeks supplied; please add these to her repeat prescription.

Please could the practice complete the audit proforma below (falls history, previous fractures and current medication list) and return it to us by 09/03/2040.

| Audit item | Practice answer |
| Falls in the last 12 months | |
| Previous fragility fractures | |
| Current medication list attached (Y/N) | |

We will repeat her DEXA in 3 years.

Helen Tranter
Fracture Liaison Nurse Specialist
""", exp=[("non_contractual_admin", "Please could the practice complete the audit proforma below (falls history, "
           "previous fractures and current medication list) and return it to us by 09/03/2040.")],
       notes="An audit data collection for the service pushed to the practice. Starting green bone-protection "
             "with 4 weeks supplied and asking the GP to add it to repeats is ordinary GP work: negative. Seen "
             "22/02, sent 27/02.")

# ---- n10 referral accepted by the independent provider: hard negative
pt = P("Stanley Moorcroft", "730301", "1957-05-25")
letter(key="n10", prov="ind", dept=IND_REF, kind="referral_response", specialty="General Surgery",
       clinician="Mr Alastair Penhaligon", patient=pt, ev=None, ld="2040-02-28", sent="2040-02-28 16:30",
       fmt="html", opts={"label_col": True},
       subject="Referral accepted - Moorcroft", body=f"""
# Referral Acknowledgement
| Patient | Stanley Moorcroft |
| DOB | 25/05/1957 |
| NHS number | {kit.spaced(pt['nhs_number'])} |
| Referral | Left inguinal hernia (e-RS, routine) |
| Outcome | Accepted |
| Consultant | Mr Alastair Penhaligon |

Dear Doctor,

Thank you for referring Mr Moorcroft to Kingsbarrow Clinics Ltd. His referral has been accepted and he has been booked into Mr Penhaligon\u2019s clinic on 12/03/2040 at 10:30 at Kingsbarrow Surgical Centre. We have written to Mr Moorcroft directly with the appointment.

Any pre-operative tests will be carried out in our own pre-assessment clinic if surgery is agreed.

No action is required from the practice.

Referral Management Team
Kingsbarrow Clinics Ltd
Tel: 0118 496 0802
""", notes="Hard negative: referral accepted and booked, patient told directly, pre-operative tests by the "
             "provider, no action for the practice.")

# ---- a25 arrhythmia clinic: URGENT drug interaction; the request is ordinary GP work, so no bounce
pt = P("Malcolm Eddowes", "730318", "1947-09-12")
letter(key="a25", prov="hol", dept=HOL_CARDIO, kind="clinic_letter", specialty="Cardiology",
       clinician="Dr Saskia Bramall", patient=pt, ev="2040-02-29", ld="2040-02-29", sent="2040-03-01 08:30",
       fmt="pdf", urgent=True, opts={"cover": """
Holmsfield Teaching Hospitals NHS Foundation Trust
Arrhythmia Clinic, Cardiology

URGENT \u2013 please pass to a GP today.

Please find attached a clinic letter that needs prompt attention.
"""},
       subject="URGENT: clinic letter - EDDOWES, Malcolm", body=f"""
# Arrhythmia Clinic \u2013 URGENT
{idl(pt)}
Clinic date: 29/02/2040
Consultant: Dr Saskia Bramall, Consultant Cardiologist (Electrophysiology)

Dear Dr Odunsi-Blake,

Mr Eddowes has symptomatic paroxysmal atrial fibrillation. I have started amiodarone 200 mg three times daily for one week, then twice daily for one week, then once daily, and supplied 28 days from the hospital pharmacy. We will check his thyroid and liver function in our clinic at 6 weeks.

He is also taking simvastatin 80 mg at night from his repeat prescription. With amiodarone this combination carries a high risk of myopathy and rhabdomyolysis, and I have told him to stop the simvastatin from today.

Please amend his repeat prescription today, replacing simvastatin 80 mg with atorvastatin 20 mg at night.

Dr Saskia Bramall
Consultant Cardiologist
""", notes="URGENT (dangerous interaction with the practice's own statin prescription) but nothing to bounce: "
             "changing a green drug on the GP's repeat is ordinary general-practice work, and the hospital keeps "
             "amiodarone supply and monitoring. Clinic 29/02 (leap day), sent 01/03.")

# ---- n11 gastroenterology DNA: hard negative (not discharged, second appointment sent)
pt = P("Reuben Calloway", "730325", "1976-02-18")
letter(key="n11", prov="bri", dept=BRI_GASTRO, kind="clinic_letter", specialty="Gastroenterology",
       clinician="Dr Miriam Oyelowo-Pratt", patient=pt, ev="2040-03-01", ld="2040-03-02", sent="2040-03-05 10:10",
       fmt="plain", subject="Non-attendance - Gastroenterology", body=f"""
{head("bri", BRI_GASTRO)}

{idl(pt)}
Appointment: 01/03/2040 (not attended)
Consultant: Dr Miriam Oyelowo-Pratt

Dear Doctor,

Reuben Calloway did not attend his new patient appointment in the gastroenterology clinic on 01/03/2040.

We have not discharged him. In line with our access policy we have sent him a second appointment for 22/03/2040, and our booking team will also telephone him to confirm it.

No action is needed from the practice.

Gastroenterology Outpatients
on behalf of Dr Miriam Oyelowo-Pratt, Consultant Gastroenterologist
{BRI_DISC}
""", notes="Hard negative: a missed appointment where the hospital has not discharged and has re-booked the "
             "patient itself.")


# ====================================================================== 'other' messages

other(key="x01", sent="2040-01-09 07:58", type="ooo", notes="Out-of-office reply from a consultant.",
      frm="Fairweather-Lusk Imogen <imogen.fairweather-lusk@nhs.net>",
      subject="Automatic reply: Query re hepatology referral",
      body="Thank you for your e-mail. I am away from the office until Tuesday 10 January 2040 and will not be "
           "checking my messages.\n\nFor urgent hepatology advice please ask switchboard for the on-call "
           "gastroenterology registrar on 0113 496 0000. For appointments please contact my secretary, Tessa "
           "Markham, on 0113 496 0412.\n")
other(key="x02", sent="2040-01-20 07:30", type="html_bulletin", notes="ICB bulletin in nested HTML tables (bulk).",
      frm="Ashcombe and Yarrow ICB Primary Care <primarycare@ashcombe-yarrow-icb.example>",
      subject="Primary Care Bulletin \u2013 January 2040",
      body='<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body style="margin:0">\n'
           '<table width="100%" cellpadding="0" cellspacing="0" style="background:#e8edf2"><tr><td align="center">\n'
           '<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">\n'
           '<tr><td style="background:#1f4e79;color:#fff;font:bold 16pt Arial;padding:14px">Primary Care '
           'Bulletin</td></tr>\n<tr><td style="padding:14px;font:10pt Arial">\n'
           '<table width="100%"><tr><td width="50%" valign="top"><b>Interface working</b><br>Providers should '
           'arrange the tests they need and tell patients their own results. The LMC\u2019s template letters are '
           'on the portal.</td>\n<td width="50%" valign="top"><b>Flu vaccine</b><br>Uptake figures for December '
           'are attached to the portal page.</td></tr></table>\n'
           '<p>&bull; Practice managers\u2019 forum: 7 February 2040, 13:00&ndash;14:30 (online).<br>\n'
           '&bull; Please complete the ICB estates survey by 31 January.</p>\n'
           '<p style="font-size:8pt;color:#777">You are receiving this because your practice is on the ICB '
           'distribution list.</p>\n</td></tr></table>\n</td></tr></table>\n</body></html>\n')
other(key="x03", sent="2040-01-28 03:14", type="phish", notes="Phishing pretending to be a document workflow system.",
      frm="Docs Workflow <notify@docs-workflow-secure.example.net>",
      subject="3 hospital letters awaiting your signature",
      body="You have 3 hospital letters awaiting review and signature.\n\nSign in with your NHSmail password to "
           "view them before they expire:\nhttp://docs-workflow-secure.example.net/nhs/login\n\nThis link expires "
           "in 24 hours.\n")
other(key="x04", sent="2040-02-09 17:00", type="bulletin", notes="LMC weekly update (bulk, plain text).",
      frm="Ashcombe LMC <office@ashcombe-lmc.example.org>", subject="LMC Update \u2013 9 February 2040",
      body="ASHCOMBE LMC UPDATE\n\n1. Workload transfer: please use the updated template letters when hospitals "
           "ask you to chase results, remove sutures or issue fit notes after surgery.\n2. Shared care: a "
           "drug is only transferred once you have agreed to the protocol.\n3. Practice manager forum, 7 March.\n\n"
           "To leave this list reply UNSUBSCRIBE.\n")
other(key="x05", sent="2040-02-17 10:22", type="spam", notes="Course marketing.",
      frm="MedSkills Academy <offers@medskills-academy.example.com>",
      subject="Last chance: 40% off our CPD dermoscopy course",
      body="Dear Doctor,\n\nOnly 6 places left on our accredited dermoscopy course. Book before Friday to save "
           "40%. Call 0808 157 0456.\n\nTo stop these e-mails reply STOP.\n")
other(key="x06", sent="2040-03-06 20:41", type="patient",
      notes="Patient e-mail relaying what the hospital told him; nothing to detect in an 'other' message.",
      frm="Lewis Greatorex <lewis.greatorex@example.com>", subject="sick note please",
      body="Hi,\n\nI had my appendix out at Ashcombe at the end of January. The ward said I should get a sick note "
           "from you for work. My boss needs it by Friday \u2013 can you email it to me?\n\nCheers\nLewis "
           "Greatorex\n")
other(key="x07", sent="2040-03-07 12:00", type="massmail", notes="'For information' mass mailing (bulk).",
      frm="Holmsfield Teaching Hospitals Communications <comms@holmsfield-th.nhs.uk>",
      subject="For information: clinic letters now sent by e-mail",
      body="FOR INFORMATION \u2013 SENT TO ALL GP PRACTICES\n\nFrom 1 April 2040 Holmsfield Teaching Hospitals will "
           "send all clinic letters to practices by secure e-mail. No action is needed.\n")
other(key="x08", sent="2040-03-08 14:02", type="dsn", notes="Non-delivery report.",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>",
      subject="Undeliverable: Re: DNA - ALLARDYCE, Dominic",
      body="Delivery has failed to these recipients or groups:\n\nhth.entbookings@nhs.net\nThe e-mail address you "
           "entered couldn't be found.\n", rcpt="hth.entbookings@nhs.net")
other(key="x09", sent="2040-03-12 08:00", type="ooo", notes="Auto-reply from an independent provider's bookings.",
      frm="Kingsbarrow Bookings <bookings@kingsbarrow-clinics.example.co.uk>",
      subject="Automatic reply: Pre-op questionnaire Castellan",
      body="Thank you for contacting Kingsbarrow Surgical Centre. We aim to reply within 3 working days. For "
           "urgent matters please ring 0118 496 0800.\n")
other(key="x10", sent="2040-03-15 16:10", type="internal", notes="Internal practice e-mail; not a letter.",
      frm="Tallowmere Practice Manager <tallowmere.pm@nhs.net>", subject="Rota next week + Docman folders",
      body="Hi all,\n\nRota for next week is on the shared drive. Reminder: please don't move hospital letters "
           "out of the Docman folders by hand.\n\nThanks\nJo\n")


# ====================================================================== rendering

def letterhead_html(p: dict, dept: str) -> str:
    e = html.escape
    return ('<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr>'
            f'<td valign="top" style="font-family:Arial,sans-serif;font-size:15pt;font-weight:bold;'
            f'color:{p["colour"]}">{e(p["name"])}</td>'
            '<td valign="top" align="right" style="font-family:Arial,sans-serif;font-size:8pt;color:#444">'
            f'{e(dept)}<br>{e(p["site"])}<br>{"<br>".join(e(a) for a in p["addr"])}<br>'
            f'Tel:&nbsp;{p["phone"].replace(" ", "&nbsp;")}</td></tr></table>')


def letter_table(L: dict, p: dict, blocks: list) -> str:
    """The letter as nested layout tables with inline styles: a grey page, a white card, the letterhead row,
    the body row (the letter's own tables inside it) and a footer row."""
    col = p["colour"]
    get = L["opts"].get
    inner = kit.html_blocks(blocks, heading=f'<p style="margin:14px 0 4px 0;font-size:11pt;font-weight:bold;'
                                            f'color:{col}">{{}}</p>',
                            cell='style="border:1px solid #c9c9c9;padding:4px 7px;vertical-align:top;'
                                 'font-size:9.5pt"',
                            header=get("header", False), label_col=get("label_col", False))
    return ('<table width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#eef1f4"><tr>'
            '<td align="center" style="padding:16px 0">\n'
            '<table width="660" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;'
            'border:1px solid #d0d5da">\n'
            f'<tr><td style="padding:14px 20px;border-bottom:4px solid {col}">{letterhead_html(p, L["dept"])}'
            '</td></tr>\n<tr><td style="padding:12px 20px;font-family:Arial,sans-serif;font-size:10pt;'
            'line-height:1.35">\n' + inner + '\n</td></tr>\n'
            '<tr><td style="padding:8px 20px;font-family:Arial,sans-serif;font-size:7.5pt;color:#7a7a7a;'
            f'border-top:1px solid #e1e1e1">{html.escape(p["name"])} \u2013 confidential patient information.'
            '</td></tr>\n</table>\n</td></tr></table>\n')


def page(L: dict, p: dict, blocks: list | None) -> str:
    o = L["opts"]
    return ('<!DOCTYPE html>\n<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>'
            + html.escape(L["subject"]) + '</title></head>\n<body lang="EN-GB" style="margin:0;padding:0">\n'
            + o.get("pre_html", "") + (letter_table(L, p, blocks) if blocks is not None else "")
            + o.get("post_html", "") + "</body></html>\n")


def render_letter(L: dict) -> bytes:
    """A letter's bytes in this corpus's shapes (see the module docstring)."""
    p = PROV[L["prov"]]
    o = L["opts"]
    msg = kit.letter_message(L, p, C.to, C.tag)
    ref, doctype, fmt = C.ref(L), C.doctypes[L["kind"]], L["fmt"]
    blocks = None if fmt == "plain" else parse_markup(L["body"])
    plain = kit.typed_text(kit.markup_to_plain(blocks)) if blocks else ""  # the text part of the markup
    if fmt == "plain":
        msg.set_content(kit.typed_text(L["body"]))
    elif fmt == "html" or o.get("html_cover"):
        shown = blocks if fmt == "html" or o.get("paste") else None
        alt = None
        if o.get("alt"):
            alt = o.get("pre_plain", "") + (plain if shown else "") + o.get("post_plain", "")
        kit.set_html(msg, page(L, p, shown), alt)
    elif not o.get("empty"):
        cover = o.get("cover", COVER).format(doctype=doctype, dept=L["dept"], trust=p["name"], ref=ref,
                                             LETTER="{LETTER}")
        text = kit.typed_text(cover)
        if "{LETTER}" in text:
            text = text.replace("{LETTER}", plain.rstrip("\n"))
        msg.set_content(text)
    if fmt in ("pdf", "docx"):
        kit.attach_files(msg, L, p, title=f"{doctype.title()} {ref}", ref=ref, filename=o.get("fname"),
                         extra=o.get("extra", []))
    if "txt" in o:
        tname, ttext = o["txt"]
        msg.add_attachment(ttext, filename=tname)
    return msg.as_bytes(policy=email.policy.SMTP)


def house(L: dict, p: dict) -> dict:
    """Unused: render_letter draws every letter in this corpus's own nested-table style."""
    return {}


# ====================================================================== checks

# Ofcom drama ranges used here (digits only)
DRAMA = re.compile(r"(011[3-8]4960|01214960|01614960|01914980|08081570)\d{3}")
PHONE = re.compile(r"(?<![\d/])0\d{3}[ \u00a0]\d{3}[ \u00a0]\d{4}(?!\d)")


def raw_texts(msg) -> list[str]:
    """Every text part, attachments included (.txt files too), for the checks that must see all of it."""
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
    return out + kit.extract_texts(msg)


def each(lid: str, lab: dict, item: dict, texts: list[str]) -> list[str]:
    """Every telephone number in every message (attachments and .txt files included) is in a drama range."""
    msg = kit.load_message(C.out, lab)
    return [f"{lid}: telephone number {ph} outside the drama ranges"
            for t in texts + raw_texts(msg) for ph in PHONE.findall(t)
            if not DRAMA.fullmatch(re.sub(r"\D", "", ph))]


def shape_errors(labels: list[dict], items: list) -> list[str]:
    """The shapes this corpus promises: forwarded chains whose evidence sits below the first forwarded
    header, letters pasted in the body and attached, .txt attachments, an empty body, odd attachment names,
    HTML with nested tables, and a cover whose words differ from the letter."""
    errors = []
    seen = Counter()
    for lab, (kind, item, _sent) in zip(labels, items, strict=True):
        if kind != "L":
            continue
        lid, o = lab["id"], item["opts"]
        msg = kit.load_message(C.out, lab)
        body = " ".join(collapse(t) for t in kit.extract_texts(msg, files=False))
        att = [collapse(t) for t in kit.extract_texts(msg, bodies=False)]
        if o.get("fwd"):
            seen["fwd"] += 1
            if not msg["Subject"].startswith("FW:"):
                errors.append(f"{lid}: forwarded letter without FW: subject")
            cut = body.find("Sent:")
            if cut < 0:
                errors.append(f"{lid}: forwarded letter without an Outlook header block")
            for e in lab["expected"]:
                if body.find(collapse(e["evidence"])) < cut:
                    errors.append(f"{lid}: evidence above the forwarded part")
        if o.get("paste"):
            seen["paste"] += 1
            for x in [item["patient"]["name"]] + [collapse(e["evidence"]) for e in lab["expected"]]:
                if x not in body or not any(x in a for a in att):
                    errors.append(f"{lid}: pasted letter not both in body and attachment")
        if "txt" in o:
            seen["txt"] += 1
            if not any((part.get_filename() or "").endswith(".txt") for part in msg.walk()):
                errors.append(f"{lid}: .txt attachment missing")
        if o.get("empty"):
            seen["empty"] += 1
            if any(part.get_content_maintype() == "text" for part in msg.walk()):
                errors.append(f"{lid}: empty-bodied message has a text part")
        if "fname" in o:
            seen["fname"] += 1
        page_html = msg.get_body(("html",)) if item["fmt"] == "html" else None
        if page_html is not None and re.search(r"<td[^>]*>\s*<table", page_html.get_content()):
            seen["nested"] += 1
    need = {"fwd": 3, "paste": 2, "txt": 2, "empty": 1, "fname": 5, "nested": 4}
    for k, n in need.items():
        if seen[k] < n:
            errors.append(f"shape {k}: {seen[k]} letters, expected at least {n}")
    return errors


def corpus_checks(labels: list[dict], items: list) -> list[str]:
    """The kit's checks plus drama-range telephone numbers, a third of the letters hard negatives (no findings,
    not urgent), letters near both time limits on each side, and the mailbox shapes."""
    errors = C.checks(labels, items, urgent=(2, 3), others=10, each=each)
    errors += kit.check_negatives(labels, not_urgent=True)
    clinic_days, ds_hours = kit.sent_after(labels, items)
    if 7 not in clinic_days:
        errors.append("no clinic letter sent exactly 7 days after the clinic")
    if 8 not in clinic_days:
        errors.append("no clinic letter sent 8 days after the clinic")
    if not any(23 <= h <= 24 for h in ds_hours):
        errors.append("no discharge summary sent between 23 and 24 hours after discharge")
    if not any(24 < h <= 25 for h in ds_hours):
        errors.append("no discharge summary sent between 24 and 25 hours after discharge")
    return errors + shape_errors(labels, items)


if __name__ == "__main__":
    sys.exit(C.run(sys.argv[1:], house=house, checks=corpus_checks))
