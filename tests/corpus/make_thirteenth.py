#!/usr/bin/env python3
"""Build the thirteenth (independent) bouncebot corpus: tests/corpus/thirteenth/.

Written without reference to the detection rules or to the other corpora's letters.  Everything in
here is invented: the practice (Pennyfold Surgery), the five providers, the clinicians, secretaries
and nurses, the patients, addresses, telephone numbers (Ofcom drama ranges) and NHS numbers (999 test
range, valid under Modulus 11).  Dates are July to September 2029 (Europe/London: British Summer
Time, +0100, throughout).

Style: messy real-world mail as it lands in an NHSmail shared inbox: "FW:" chains where a secretary
forwards the letter below Outlook "From: / Sent: / To: / Subject:" headers, covering notes, long
trust and NHSmail disclaimers, "Page 2 of 3" headers and repeated letterheads in the middle of the
text, ALL CAPS sections, odd bullet glyphs, text tables aligned with spaces, HTML tables, shorthand
and typos ("pls", "GP to pls", "2/52", "U+E", "r/v", "TTO"), requests repeated in the subject line
with "see attached" in the body, pathology and radiology result notifications and e-RS
notifications.  Specialties: urology, haematology, ENT, ophthalmology, acute medicine, the emergency
department, gynaecology, dermatology, community nursing and a mental-health crisis team.

The generic e-mail/PDF/DOCX helpers are imported from make_third.py; the letters, the message
builder, the labels and the verification are this file's own.  The build is deterministic.

    python3 tests/corpus/make_thirteenth.py            # build, then verify
    python3 tests/corpus/make_thirteenth.py --verify-only
"""
from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import io
import json
import random
import re
import sys
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_third import (  # noqa: E402
    collapse,
    london,
    make_docx,
    make_pdf,
    nhs,
    parse_markup,
    spaced,
)

OUT = HERE / "thirteenth"
OUT_POLICY = email.policy.SMTP.clone(max_line_length=998)  # CRLF, header lines left unfolded
PREFIX = "thirteenth"
UTC = dt.UTC
FIRST_DAY, LAST_DAY = dt.date(2029, 7, 1), dt.date(2029, 9, 30)

PRACTICE = "Pennyfold Surgery"
PRACTICE_ADDR = "pennyfold.surgery@nhs.net"
PRACTICE_TO = f"{PRACTICE} <{PRACTICE_ADDR}>"
PRACTICE_POSTAL = "14 Chandlers Yard, Pennyfold, Ambershire AM3 5PW"

CATEGORIES = {
    "tests_for_hospital", "results_chasing", "hospital_only_prescribing",
    "shared_care_without_agreement", "fit_note", "dna_rereferral", "onward_referral",
    "post_procedure_care", "patient_redirected_to_gp", "referral_returned_for_workup",
    "non_contractual_admin", "late_discharge_summary", "late_clinic_letter",
}
KINDS = {"clinic_letter", "discharge_summary", "referral_response", "results", "ed_letter", "other"}
LABEL_KEYS = ["id", "file", "kind", "trust", "specialty", "clinician", "patient", "event_date",
              "letter_date", "expected", "urgent_clinical_action", "notes"]

NHSMAIL_FOOTER = """\
----------------------------------------------------------------------
This e-mail and any files sent with it are confidential and may be legally privileged. They are
intended only for the person(s) to whom they are addressed. If you are not the intended recipient,
any use, disclosure, copying or forwarding of this e-mail is not authorised. If you have received
this e-mail in error please tell the sender by replying, then delete it from your system.

NHSmail is the secure email and directory service available for all NHS staff in England and
Scotland. NHSmail is approved for exchanging patient data and other sensitive information with
other accredited email services. Find out more at https://portal.nhs.net/help/joiningnhsmail
----------------------------------------------------------------------
"""

TMH_FOOTER = """\
Tolverton and Marchwood Hospitals NHS Foundation Trust * Tolverton General Hospital * Marchwood
Community Hospital. Proud to care. Our values: Kind - Open - Together.

DISCLAIMER: The information in this message is intended for the named recipient(s) only. It may
contain patient-identifiable information. If you are not the named recipient you must not read,
copy, distribute or act on it; please notify the sender and delete it. The Trust monitors e-mail
for security and compliance. Views expressed are those of the author and not necessarily those of
the Trust. Please consider the environment before printing this e-mail.
"""

# --------------------------------------------------------------------------- providers

PROV = {
    "tolv": dict(
        name="Tolverton and Marchwood Hospitals NHS Foundation Trust",
        site="Tolverton General Hospital", addr=["Infirmary Road", "Tolverton", "AM1 2HX"],
        phone="0116 496 0330", domain="tolmarch.nhs.uk",
        sender="TMH Clinical Correspondence <tmh.letters@nhs.net>",
        mailer="TMH Medisec Connect 7.2"),
    "oxen": dict(
        name="Oxenmere University Hospitals NHS Trust",
        site="Oxenmere Royal Infirmary", addr=["Abbey Street", "Oxenmere", "AM7 4RN"],
        phone="0121 496 0582", domain="oxenmere-uh.nhs.uk",
        sender="OUH Outbound Correspondence <ouh.outbound@nhs.net>",
        mailer="OUH EPR DocSend 2.3"),
    "fern": dict(
        name="Fernhollow Community Health NHS Trust",
        site="Fernhollow Health Centre", addr=["Wharf Lane", "Pennyfold", "AM3 8QE"],
        phone="0115 496 0911", domain="fernhollow-ch.nhs.uk",
        sender="FCH Community Services <fch.community@nhs.net>",
        mailer="SystmOne"),
    "stan": dict(
        name="Stannerley Mental Health NHS Foundation Trust",
        site="Larchfield House", addr=["Stannerley Road", "Tolverton", "AM1 6JL"],
        phone="0161 496 0744", domain="stannerley-mh.nhs.uk",
        sender="Stannerley CRHT Tolverton <smh.crht.tolverton@nhs.net>",
        mailer="RiO Correspondence 9"),
    "brack": dict(
        name="Hawthwaite Healthcare Ltd",
        site="Brackenmoor Treatment Centre", addr=["Brackenmoor Business Park", "Oxenmere", "AM7 9TB"],
        phone="0117 496 0268", domain="hawthwaite-health.example.org",
        sender="Brackenmoor Treatment Centre <brackenmoor.nhs@nhs.net>",
        mailer="Microsoft Outlook 16.0"),
}

DOCTYPE = {"clinic_letter": "Clinic Letter", "discharge_summary": "Discharge Summary",
           "referral_response": "Referral Response", "results": "Results",
           "ed_letter": "Emergency Department Letter"}


def mk_nhs(seed: int) -> str:
    """A valid 999 NHS number, deterministically from a seed."""
    x = seed
    while True:
        try:
            return nhs(f"{x % 1000000:06d}")
        except ValueError:
            x += 1


def pt(name: str, seed: int, dob: str) -> dict:
    return {"name": name, "nhs_number": mk_nhs(seed), "dob": dob}


def dmy(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def sp(p: dict) -> str:
    return spaced(p["nhs_number"])


def page_head(prov: str, dept: str, p: dict, n: int, total: int) -> str:
    """A repeated letterhead / page header as it lands in the middle of a pasted letter."""
    return (f"\n{' ' * 58}Page {n} of {total}\n{PROV[prov]['name'].upper()}\n{dept}\n"
            f"Patient: {p['name'].upper()}   NHS No: {sp(p)}   DOB: {dmy(p['dob'])}\n"
            + "_" * 70 + "\n")


def page_foot(n: int, total: int) -> str:
    return f"\n{' ' * 30}- {n} / {total} -\n"


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_table(rows, head=True, border=True) -> str:
    st = ' style="border:1px solid #888;padding:2px 6px"' if border else ' style="padding:2px 8px"'
    out = ['<table cellspacing="0" style="border-collapse:collapse;font-size:10pt">']
    for i, r in enumerate(rows):
        tag = "th" if head and i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}{st}>{c}</{tag}>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def html_page(prov: str, dept: str, inner: str, footer: str = "") -> str:
    p = PROV[prov]
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Letter</title></head>\n"
            "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            '<table width="100%" style="border-bottom:3px solid #005eb8"><tr>'
            f'<td><b style="font-size:14pt;color:#005eb8">{esc(p["name"])}</b><br>{esc(dept)}</td>'
            f'<td align="right" style="font-size:9pt">{esc(p["site"])}<br>{esc(", ".join(p["addr"]))}'
            f"<br>Tel {esc(p['phone'])}</td></tr></table>\n"
            + inner + "\n"
            + (f'<p style="font-size:8pt;color:#666">{footer}</p>' if footer else "")
            + "\n</body></html>\n")


# =========================================================================== letters
# fmt: "plain" (typed e-mail; forwards written out in full), "html" (own HTML; "alt" adds the given
# plain part), "pdf" / "docx" (markup rendered by make_third; the e-mail body is the "cover").

LETTERS: list[dict] = []


def letter(**kw):
    for k, v in (("opts", {}), ("exp", []), ("urgent", False), ("ev_time", None), ("frm", None),
                 ("cover", None), ("headers", {}), ("plain", None), ("html", None), ("text", "")):
        kw.setdefault(k, v)
    LETTERS.append(kw)

# ---------------------------------------------------------------- Tolverton and Marchwood: urology

P = pt("Desmond Halliwell", 441307, "1957-11-23")
letter(
    key="t01", kind="clinic_letter", prov="tolv", dept="Department of Urology", specialty="Urology",
    clinician="Mr Arjun Pettifer-Rao", patient=P,
    event="2029-07-03", letter_date="2029-07-05", sent="2029-07-06 09:12", fmt="plain",
    frm="DOBBS, Kerry-Anne (TOLVERTON AND MARCHWOOD HOSPITALS NHS FOUNDATION TRUST) <kerryanne.dobbs@nhs.net>",
    subject="FW: Urology OPD - HALLIWELL Desmond - 999" + P["nhs_number"][3:],
    text=f"""
Morning,

Pls see letter below from Mr Pettifer-Rao's clinic on Tues - our Medisec link went down yday so it
didnt go thru to you via Docman. Sorry for any confusion. Any probs give me a ring on ext 4412.

thx
Kerry-Anne

Kerry-Anne Dobbs | Medical Secretary to Mr A Pettifer-Rao, Consultant Urologist
Urology Secretaries, Level 2 Outpatients, Tolverton General Hospital | 0116 496 0341

________________________________
From: DOBBS, Kerry-Anne (TOLVERTON AND MARCHWOOD HOSPITALS NHS FOUNDATION TRUST)
Sent: 05 July 2029 16:48
To: GP Liaison Tolverton (TOLVERTON AND MARCHWOOD HOSPITALS NHS FOUNDATION TRUST)
Subject: Urology OPD - HALLIWELL Desmond - 999{P['nhs_number'][3:]}

UROLOGY OUTPATIENTS - TOLVERTON GENERAL HOSPITAL
Consultant: Mr Arjun Pettifer-Rao          Clinic date: 03/07/2029
Dictated: 04/07/2029   Typed: 05/07/2029 KAD

Dr N Okonkwo-Hale
Pennyfold Surgery, {PRACTICE_POSTAL}

Re: Desmond HALLIWELL  DOB {dmy(P['dob'])}  NHS {sp(P)}
    31 Ropewalk Close, Pennyfold AM3 5RG

Diagnosis:  LUTS - voiding > storage
            raised PSA 5.8 (age-specific ref < 4.5)

Thank you for referring this 71 yr old gentleman w/ 18/12 of poor stream, hesitancy, nocturia x3,
IPSS 19 QoL 4. No haematuria. PSA 5.8 in May (you sent it after a UTI had settled, so it is
likely a true value). DRE - moderately enlarged smooth benign-feeling gland approx 40cc, no nodules.
Flow rate Qmax 9 ml/s voided 210 ml, PVR 85 ml on bladder scan.

Plan
 * tamsulosin 400 mcg od - 28 days supplied from clinic today, GP to continue if tolerated
 * GP to pls repeat PSA + U+E in 6/52 and send results to me, if PSA still >4.5 I will
   arrange an MRI prostate and see him back
 * leaflet given re fluids / caffeine, bladder diary

I have not booked a further appt at this stage.

Yours sincerely

Mr Arjun Pettifer-Rao FRCS (Urol)
Consultant Urological Surgeon

cc. Mr D Halliwell (patient)

{TMH_FOOTER}
{NHSMAIL_FOOTER}""",
    exp=[("tests_for_hospital", "GP to pls repeat PSA + U+E in 6/52 and send results to me")],
    notes="Secretary's FW: of a letter that missed Docman. The repeat PSA and U+E are for the urologist's own "
          "decision about MRI (results to be sent back to him), so tests_for_hospital. Continuing tamsulosin with "
          "28 days supplied is ordinary GP work. Clinic 03/07, forwarded 06/07: on time.")

P = pt("Gordon Ashby-Clough", 441418, "1969-03-02")
letter(
    key="t02", kind="clinic_letter", prov="tolv", dept="Department of Urology - Stone Service",
    specialty="Urology", clinician="Ms Ines Harkavy", patient=P,
    event="2029-07-04", letter_date="2029-07-06", sent="2029-07-09 10:05", fmt="pdf",
    subject="Urology OPD letter - ASHBY-CLOUGH - for info only - see attached",
    cover="""see attached

Urology Secretaries
Tolverton General Hospital
""",
    text=f"""
# UROLOGY OUTPATIENT CLINIC - FOR INFORMATION
Clinic date: 04/07/2029    Consultant: Ms Ines Harkavy, Consultant Urologist
Patient: {P['name']}   DOB: {dmy(P['dob'])}   NHS number: {sp(P)}   Hospital no: TG0881273
GP: Dr N Okonkwo-Hale, Pennyfold Surgery

# Diagnosis
1) 7 mm left lower pole renal calculus (CT KUB 21/06/2029)
2) Previous right ureteric stone, passed spontaneously 2026

# Summary
Mr Ashby-Clough attended ED in June with left loin pain. CT KUB showed a 7 mm left lower pole stone, no hydronephrosis. Pain has settled. Urine dip clear today.
The ED discharge letter asked the GP to repeat a CT KUB in 3 months. This is NOT needed and I have cancelled that request; imaging will be done by us.
I have referred him directly to our lithotripsy (ESWL) list and he will receive a date by post. I have also requested a 24-hour urine stone screen and serum calcium/urate through our department; he collected the bottles today and we will write to him with the results.

# Actions
- Actions for GP: none, this letter is for information only.
- Actions for patient: fluid intake 2.5-3 litres a day; bring the urine collection to Tolverton pathology reception.
- Should he develop fever with loin pain he should attend ED.

Ms Ines Harkavy MBChB FRCS (Urol)
Consultant Urologist
""",
    notes="Hard negative: subject says 'for info only'; the provider has cancelled the ED's earlier request to the "
          "GP (history, negated), referred to ESWL itself and arranged its own stone screen and results. Safety-netting "
          "to attend ED is not a request to the practice. Clinic 04/07, sent 09/07: on time.")

P = pt("Reginald Oduya-Marsh", 441529, "1946-05-30")
letter(
    key="t03", kind="discharge_summary", prov="tolv", dept="Ward 14 - Urology", specialty="Urology",
    clinician="Mr Arjun Pettifer-Rao", patient=P,
    event="2029-07-09", ev_time="11:30", letter_date="2029-07-12", sent="2029-07-12 15:40", fmt="plain",
    subject="TMH Discharge Summary - ODUYA-MARSH REGINALD - Ward 14",
    text=f"""
*** THIS IS AN AUTOMATED MESSAGE FROM TOLVERTON AND MARCHWOOD HOSPITALS - DO NOT REPLY ***

{PROV['tolv']['name'].upper()}
INPATIENT DISCHARGE SUMMARY                                   Page 1 of 3

PATIENT: ODUYA-MARSH, REGINALD        DOB: {dmy(P['dob'])}        NHS NO: {sp(P)}
ADDRESS: 7 Gannet Rise, Pennyfold AM3 6PN
GP: DR N OKONKWO-HALE, PENNYFOLD SURGERY
CONSULTANT: MR ARJUN PETTIFER-RAO     SPECIALTY: UROLOGY     WARD: 14
DATE OF ADMISSION: 06/07/2029         DATE OF DISCHARGE: 09/07/2029 11:30
COMPLETED BY: DR F KAVANAGH (FY1)     DATE COMPLETED: 12/07/2029

PRESENTING COMPLAINT
ELECTIVE ADMISSION FOR TURP

DIAGNOSIS
BENIGN PROSTATIC HYPERPLASIA WITH RECURRENT URINARY RETENTION
POST-OP CATHETER-ASSOCIATED UTI (E. COLI, SENSITIVE TO NITROFURANTOIN)

PROCEDURES
06/07/2029 BIPOLAR TURP (MR PETTIFER-RAO) - 38 G RESECTED, UNCOMPLICATED

CLINICAL SUMMARY
Bipolar TURP 06/07 uneventful, 3 way catheter irrigation off day 1 urine clear. TWOC on ward
08/07 failed residual 620ml recatheterised 14Fr long term catheter. Spiked temp 38.2 on 08/07
urine grew E coli started nitrofurantoin. Obs settled, eating and drinking, mobile independently.
Discharged home w/ catheter and leg bags, catheter passport given.
{page_head('tolv', 'INPATIENT DISCHARGE SUMMARY', P, 2, 3)}
MEDICATION ON DISCHARGE (TTO)
  Drug                          Dose / freq        Status      Supplied
  Tamsulosin MR                 400 mcg od         CONTINUED   own supply
  Nitrofurantoin MR             100 mg bd          NEW         3 days
  Amlodipine                    5 mg od            CONTINUED   own supply
  Paracetamol                   1 g qds prn        NEW         32 tabs

CHANGES: nitrofurantoin - 7 day course started 09/07 on ward (day 1)

ACTIONS FOR GP
1) TWOC - failed on ward x1, pt home w/ catheter -> pls arrange TWOC at GP surgery in 7-10 days
   and refer back to us if fails again
2) nitrofurantoin: only 3 days given as TTO due to pharmacy stock, GP to pls supply remaining 4 days
3) prostate chips histology pending - will be reviewed at urology MDT and we will write to pt

ACTIONS FOR PATIENT
Catheter care as shown. Drink 2L a day. Seek advice if unable to pass urine, fever or heavy
bleeding with clots: Ward 14 open access line 0116 496 0349 for 2 weeks post op.
{page_head('tolv', 'INPATIENT DISCHARGE SUMMARY', P, 3, 3)}
FOLLOW UP: Urology nurse-led clinic 6/12 (will be sent)

Electronically signed: Dr Felicity Kavanagh FY1 for Mr Arjun Pettifer-Rao, 12/07/2029 15:31

{TMH_FOOTER}""",
    exp=[("late_discharge_summary", "DATE OF DISCHARGE: 09/07/2029 11:30"),
         ("post_procedure_care", "pls arrange TWOC at GP surgery in 7-10 days"),
         ("hospital_only_prescribing", "GP to pls supply remaining 4 days")],
    notes="System DS with page headers mid-text, ALL CAPS. Sent 3 days after the stated discharge (09/07 11:30 -> 12/07 "
          "15:40): late. Trial without catheter after the urology team's own TURP is their aftercare; only 3 of 7 "
          "days of an antibiotic supplied on discharge and the GP asked for the rest (< 7 days TTO). Histology "
          "stays with the MDT (not a request).")

# ---------------------------------------------------------------- haematology

P = pt("Marjorie Fennimore-Clay", 441630, "1949-08-14")
letter(
    key="t04", kind="results", prov="tolv", dept="Clinical Haematology", specialty="Haematology",
    clinician="Dr Oluwaseun Brightwater", patient=P,
    event=None, letter_date="2029-07-11", sent="2029-07-11 16:55", fmt="html",
    frm="Haematology Secretaries TGH <tmh.haemsecs@nhs.net>",
    subject="URGENT - abnormal results - FENNIMORE-CLAY - pls action today",
    html=html_page("tolv", "Clinical Haematology - Results Notification", f"""
<p><b>RESULTS NOTIFICATION - ABNORMAL</b><br>
To: Dr N Okonkwo-Hale, Pennyfold Surgery<br>
Patient: <b>{P['name']}</b> &nbsp; DOB {dmy(P['dob'])} &nbsp; NHS {sp(P)}<br>
Sample: venous blood, taken Haematology OPD 10/07/2029 11:05 &nbsp; Requested by: Dr O Brightwater</p>
{html_table([
    ["Test", "Result", "Units", "Reference range", "Flag"],
    ["Haemoglobin", "98", "g/L", "115 - 165", "L"],
    ["White cell count", "5.9", "x10^9/L", "4.0 - 11.0", ""],
    ["Platelets", "171", "x10^9/L", "150 - 400", ""],
    ["Creatinine", "162", "umol/L", "45 - 84", "H"],
    ["eGFR", "27", "mL/min/1.73m2", "&gt; 90", "L"],
    ["Adjusted calcium", "3.08", "mmol/L", "2.20 - 2.60", "HH"],
    ["Paraprotein (IgG kappa)", "31", "g/L", "(previous 14, 01/2029)", "H"],
])}
<p>Comment (Dr Brightwater): known IgG kappa MGUS on annual surveillance. Rising paraprotein with new anaemia,
hypercalcaemia and renal impairment = ?progression to myeloma. I have not been able to reach the patient by
phone today (no answer x2).</p>
<p><b>GP to pls act on the raised calcium today</b> (?needs admission for IV fluids) and repeat bone profile + U+E
this week and email results to haem secs, I will bring her clinic appt forward and arrange myeloma screen / skeletal survey.</p>
<p>Dr Oluwaseun Brightwater<br>Consultant Haematologist<br>Haematology secretaries 0116 496 0356</p>
""", footer=TMH_FOOTER.replace("\n", " ")),
    exp=[("results_chasing", "GP to pls act on the raised calcium today"),
         ("tests_for_hospital", "repeat bone profile + U+E this week and email results to haem secs")],
    urgent=True,
    notes="HTML results notification with a reference-range table. The haematologist ordered the tests and hands "
          "action on a calcium of 3.08 (needs same-day action) to the GP, plus repeat bloods for her own "
          "work-up. Urgent: time-critical abnormal result, must go to a clinician before any bounce.")

P = pt("Priya Castellanos-Webb", 441741, "1983-01-19")
letter(
    key="t05", kind="clinic_letter", prov="tolv", dept="Clinical Haematology", specialty="Haematology",
    clinician="Dr Heledd Varga", patient=P,
    event="2029-07-12", letter_date="2029-07-13", sent="2029-07-16 12:20", fmt="html",
    subject="TMH Clinic Letter - Haematology - NHS " + P["nhs_number"],
    html=html_page("tolv", "Clinical Haematology", f"""
<p>Dr N Okonkwo-Hale<br>Pennyfold Surgery<br>{PRACTICE_POSTAL}</p>
<p>Clinic date: 12/07/2029 &nbsp;&nbsp; Typed: 13/07/2029</p>
<p><b>RE: {P['name'].upper()} &nbsp; DOB {dmy(P['dob'])} &nbsp; NHS NO {sp(P)}</b></p>
<p><b>DIAGNOSIS:</b> IRON DEFICIENCY ANAEMIA SECONDARY TO HEAVY MENSTRUAL BLEEDING<br>
<b>INTOLERANT OF ORAL IRON</b></p>
<p><b>HISTORY:</b> 46yo woman referred by you in May with Hb 84 and ferritin 3. You tried ferrous fumarate and
ferrous gluconate, both stopped due to GI upset. Already under gynaecology (Oxenmere) for menorrhagia, awaiting
hysteroscopy.</p>
<p><b>TODAY:</b> Hb 89 (bloods taken in clinic). No red flags. Coeliac screen negative.</p>
<p><b>PLAN:</b></p>
<ul style="list-style-type:square">
<li>IV ferric derisomaltose 1000 mg given in the Haematology Day Unit today, no reaction.</li>
<li>WE HAVE ARRANGED REPEAT FBC AND FERRITIN IN OUR PHLEBOTOMY ON 23/08/2029 AND WILL WRITE TO HER AND TO YOU
WITH THE RESULTS. No bloods needed at the surgery.</li>
<li>I have written to Mr Hollingdrake (gynaecology) directly to ask that her hysteroscopy is expedited.</li>
<li>Please continue her tranexamic acid 1 g tds during menses as you prescribe it now.</li>
</ul>
<p>If her Hb falls again after the gynaecology treatment she could be re-referred, but I would not expect this.
She has been discharged from the haematology clinic after the results of the August bloods.</p>
<p>Yours sincerely</p>
<p>Dr Heledd Varga<br>Associate Specialist in Haematology<br>for Dr O Brightwater, Consultant Haematologist</p>
""", footer=TMH_FOOTER.replace("\n", " ")),
    notes="Hard negative: IV iron given by the hospital, repeat FBC/ferritin arranged in hospital phlebotomy with "
          "results to come from the hospital, gynaecology contacted directly, a green drug the GP already "
          "prescribes continued, and a conditional re-referral. Sent 4 days after clinic.")

# ---------------------------------------------------------------- ENT

P = pt("Annalise Moorcroft", 441852, "1971-06-08")
letter(
    key="t06", kind="clinic_letter", prov="tolv", dept="Department of Otolaryngology (ENT)", specialty="ENT",
    clinician="Ms Tendai Rookwood-Baines", patient=P,
    event="2029-07-16", letter_date="2029-07-26", sent="2029-07-27 08:40", fmt="pdf",
    frm="ENT Secretaries TGH <tmh.entsecs@nhs.net>",
    subject="GP to pls refer SALT voice clinic - MOORCROFT A - see attached",
    cover="""Hi

see attached

ENT secs
""" + "\n" + NHSMAIL_FOOTER,
    text=f"""
# ENT OUTPATIENT CLINIC LETTER
Clinic date: 16/07/2029     Dictated: 24/07/2029     Typed: 26/07/2029
Patient: {P['name']}   DOB: {dmy(P['dob'])}   NHS number: {sp(P)}
Address: 2 Lantern Court, Pennyfold AM3 7DW
GP: Dr N Okonkwo-Hale, Pennyfold Surgery

# Diagnosis
Bilateral vocal fold nodules
Laryngopharyngeal reflux, mild

# Clinical details
Thank you for referring this primary school teacher with 5 months of hoarseness that is worse at the end of the working week. Non-smoker. Flexible nasendoscopy today showed small symmetrical nodules at the junction of the anterior and middle thirds of both vocal folds, normal mobility, no suspicious lesion. Neck examination normal.
Nodules like these respond to voice therapy. I would be grateful if you could refer her to the speech and language therapy voice clinic at Tolverton General Hospital for a course of voice therapy.
I have suggested she trials omeprazole 20 mg once daily for 8 weeks; she can buy this over the counter.
We will see her again in 4 months with repeat nasendoscopy; this appointment will be sent to her.

Ms Tendai Rookwood-Baines FRCS (ORL-HNS)
Consultant ENT Surgeon
""",
    exp=[("late_clinic_letter", "Clinic date: 16/07/2029"),
         ("onward_referral",
          "I would be grateful if you could refer her to the speech and language therapy voice clinic")],
    notes="Request in the subject line, body only 'see attached'; the PDF carries the same request in full. Voice "
          "therapy for the nodules ENT diagnosed is an onward referral for the same problem, the provider's job. "
          "Clinic 16/07, sent 27/07 (11 days): late. Evidence taken from the PDF, not the subject.")

P = pt("Kieran Sobotka", 441963, "1994-12-02")
letter(
    key="t07", kind="clinic_letter", prov="tolv", dept="ENT Outpatients", specialty="ENT",
    clinician="Ms Tendai Rookwood-Baines", patient=P,
    event="2029-07-18", letter_date="2029-07-19", sent="2029-07-19 13:02", fmt="plain",
    frm="ENT Secretaries TGH <tmh.entsecs@nhs.net>",
    subject="DNA - SOBOTKA Kieran - ENT",
    text=f"""
Dear Dr Okonkwo-Hale

Re: Kieran SOBOTKA   dob {dmy(P['dob'])}   nhs no {sp(P)}

pt DNA'd his new pt appt in ENT clinic on 18/07/2029 (?recurrent tonsillitis, ref rec'd 04/2029). As per
trust access policy he has been discharged back to your care. pls re-refer if still reqd

regards

ENT secretaries on behalf of Ms Tendai Rookwood-Baines, Consultant ENT Surgeon
Tolverton General Hospital  0116 496 0362

{TMH_FOOTER}""",
    exp=[("dna_rereferral", "pls re-refer if still reqd")],
    notes="Discharged after a single missed first appointment with a request to re-refer. Sent the next day.")

P = pt("Lowri Pemberton-Asante", 442074, "1988-04-27")
letter(
    key="t08", kind="clinic_letter", prov="tolv", dept="ENT Outpatients", specialty="ENT",
    clinician="Dr Matthias Quennell", patient=P,
    event="2029-07-19", letter_date="2029-07-20", sent="2029-07-20 10:31", fmt="plain",
    frm="ENT Secretaries TGH <tmh.entsecs@nhs.net>",
    subject="ENT - did not attend - PEMBERTON-ASANTE - new appt sent",
    text=f"""
Dear Doctor,

Re: Lowri Pemberton-Asante, DOB {dmy(P['dob'])}, NHS No {sp(P)}

Lowri did not attend her appointment in the Tinnitus and Balance clinic on 19/07/2029. I understand
from her voicemail that her train was cancelled.

We have NOT discharged her. A new appointment has been sent to her for 16/08/2029 at 14:20 and she
has confirmed it by text. There is no need for you to re-refer.

If she does not attend the second appointment we will contact her before deciding whether to
discharge.

Kind regards

Dr Matthias Quennell
Specialty Doctor in ENT
Tolverton General Hospital

{TMH_FOOTER}""",
    notes="Hard negative: a DNA letter that looks like a discharge but the provider rebooked and says explicitly "
          "there is no need to re-refer (negation); the later step is conditional and hospital-owned.")

# ---------------------------------------------------------------- acute medicine

P = pt("Terence Mabbutt", 442185, "1958-09-09")
letter(
    key="t09", kind="discharge_summary", prov="tolv", dept="Acute Medical Unit (AMU)", specialty="Acute Medicine",
    clinician="Dr Siobhan Achebe-Lund", patient=P,
    event="2029-07-20", ev_time="14:10", letter_date="2029-07-21", sent="2029-07-21 09:30", fmt="plain",
    subject="TMH Discharge Summary - MABBUTT TERENCE - AMU",
    text=f"""
*** AUTOMATED - DO NOT REPLY TO THIS MAILBOX ***

DISCHARGE SUMMARY - ACUTE MEDICAL UNIT - TOLVERTON GENERAL HOSPITAL
Patient: MABBUTT, Terence    DOB: {dmy(P['dob'])}    NHS: {sp(P)}
Consultant: Dr Siobhan Achebe-Lund (Acute Medicine)
Admitted: 18/07/2029 06:50   Discharged: 20/07/2029 at 14:10   Destination: usual residence

DIAGNOSES
- AKI stage 2 (creat 241, baseline 98) secondary to D+V / dehydration
- viral gastroenteritis

SUMMARY
Terence Mabbutt 70M 3 days D+V unable to keep fluids down still taking ramipril + furosemide. IV fluids, ramipril and
furosemide held, creat 241 -> 154 -> 131 on day of d/c eating and drinking normally D+V resolved
stool cultures neg. BP 128/76 off antihypertensives.

MEDS
HELD: ramipril 5 mg od, furosemide 40 mg od  (do not restart until U+E checked)
CONTINUED: atorvastatin 40 mg on, omeprazole 20 mg od
NEW: none

GP ACTIONS
 - GP to pls check U+E in 1/52 and restart ramipril/furosemide if creat back to baseline
 - pt is a delivery driver, not fit for work for 2/52 - GP to provide fit note pls
 - no hospital f/u

INFORMATION GIVEN TO PATIENT
sick day rules leaflet given, told to stop ramipril/furosemide if D+V again

Completed by Dr Rashid Emenike-Colt (ST4) 20/07/2029 19:02, for Dr Siobhan Achebe-Lund

{TMH_FOOTER}""",
    exp=[("tests_for_hospital", "GP to pls check U+E in 1/52"),
         ("fit_note", "GP to provide fit note pls")],
    notes="Post-discharge U+E check after an AKI the admitting team managed, with medicines the team held, passed "
          "to the GP; fit note for the period after an admission requested from the GP. Discharged 20/07 14:10, "
          "sent 21/07 09:30 (19 h 20 min): on time.")

P = pt("Beatrix Holroyd-Nkemelu", 442296, "1940-02-11")
letter(
    key="t10", kind="discharge_summary", prov="tolv", dept="Acute Medical Unit (AMU)", specialty="Acute Medicine",
    clinician="Dr Siobhan Achebe-Lund", patient=P,
    event="2029-08-02", ev_time="17:45", letter_date="2029-08-06", sent="2029-08-06 11:20", fmt="html",
    subject="TMH Discharge Summary - HOLROYD-NKEMELU BEATRIX - AMU",
    html=html_page("tolv", "Acute Medical Unit - Discharge Summary", f"""
<p><b>Patient:</b> {P['name']} &nbsp; <b>DOB:</b> {dmy(P['dob'])} &nbsp; <b>NHS No:</b> {sp(P)}<br>
<b>Admitted:</b> 31/07/2029 &nbsp; <b>Discharged:</b> 02/08/2029 17:45 &nbsp; <b>Ward:</b> AMU bay C<br>
<b>Consultant:</b> Dr Siobhan Achebe-Lund</p>
<h3 style="font-size:11pt">Diagnoses</h3>
{html_table([["Primary", "Lower urinary tract infection with hypoactive delirium (resolved)"],
             ["Secondary", "Mechanical fall, no injury (CT head not indicated)"],
             ["Comorbidities", "Hypertension; osteoarthritis knees; mild cognitive impairment"]], head=False)}
<h3 style="font-size:11pt">Medication</h3>
{html_table([["Drug", "Dose", "Status", "Supplied"],
             ["Cefalexin", "500 mg bd", "New - 5 days, 3 remaining at discharge", "full course supplied"],
             ["Amlodipine", "5 mg od", "Continued", "own"],
             ["Paracetamol", "1 g qds", "Continued", "own"]])}
<h3 style="font-size:11pt">Follow-up and actions</h3>
<ul>
<li>We have arranged repeat U&amp;E at the AMU ambulatory clinic on 09/08/2029 and will contact her with the result.</li>
<li>The district nurses (Pennyfold team) have been asked by the ward to visit for a pressure area check this week.</li>
<li>Falls clinic referral made by AMU.</li>
<li>Fit note: not required (retired).</li>
<li><b>Actions for GP: none.</b></li>
</ul>
<p>Summary completed 06/08/2029 10:58 by Dr Maisie Cathcart (FY2) for Dr Siobhan Achebe-Lund.</p>
""", footer=TMH_FOOTER.replace("\n", " ")),
    exp=[("late_discharge_summary", "Discharged: 02/08/2029 17:45")],
    notes="Nothing asked of the practice (bloods arranged by AMU, DN visit requested by the ward, falls referral "
          "made, full antibiotic course supplied, 'Actions for GP: none'), but the summary went out on 06/08 for a "
          "discharge at 17:45 on 02/08: late.")
# ---------------------------------------------------------------- emergency department and results

P = pt("Callum Threlfall-Oyin", 442307, "2001-10-30")
letter(
    key="t11", kind="ed_letter", prov="tolv", dept="Emergency Department", specialty="Emergency Medicine",
    clinician="Dr Nkechi Vanterpool", patient=P,
    event="2029-07-24", letter_date="2029-07-25", sent="2029-07-25 02:14", fmt="html",
    frm="TGH Emergency Department <tmh.ed.gpletters@nhs.net>",
    subject="ED Attendance - THRELFALL-OYIN, Callum - 24/07/2029",
    html=html_page("tolv", "Emergency Department", f"""
<p><b>EMERGENCY DEPARTMENT DISCHARGE LETTER</b></p>
{html_table([
    ["Patient", f"{P['name']} ({dmy(P['dob'])})"],
    ["NHS number", sp(P)],
    ["Arrived", "24/07/2029 22:40 (self-presented)"],
    ["Departed", "25/07/2029 01:55"],
    ["Seen by", "Dr Nkechi Vanterpool, ED Registrar"],
    ["Presenting complaint", "fell off e-scooter, scalp laceration + L wrist pain"],
    ["Diagnosis", "4 cm occipital scalp laceration; soft tissue injury L wrist ?scaphoid"],
    ["Investigations", "XR L wrist + scaphoid views: no obvious fracture on ED review, awaiting formal report"],
    ["Treatment", "wound cleaned, 5 x 4/0 non-absorbable sutures; futura splint L wrist; tetanus up to date"],
    ["Discharge destination", "home w/ friend, head injury advice given"],
], head=False)}
<p><b>GP ACTIONS:</b></p>
<ol>
<li>sutures - GP practice nurse to remove sutures in 7 days</li>
<li>XR wrist - GP to pls follow up the formal radiology report and act on it (? occult scaphoid)</li>
</ol>
<p>Patient advised: return to ED if vomiting, drowsiness or worsening headache.</p>
<p style="font-size:9pt">This letter was generated by Symphony EPR. Please do not reply to this mailbox.</p>
""", footer=TMH_FOOTER.replace("\n", " ")),
    exp=[("post_procedure_care", "GP practice nurse to remove sutures in 7 days"),
         ("results_chasing", "GP to pls follow up the formal radiology report and act on it")],
    notes="ED table letter. ED's X-ray: following up and acting on the formal report is the requesting team's "
          "job (results_chasing). Suture removal after the ED's own repair handed to the practice nurse: "
          "post_procedure_care by the taxonomy (judgement call: some ICBs commission suture removal from practices).")

P = pt("Harold Bixby-Nwosu", 442418, "1963-07-04")
letter(
    key="t12", kind="ed_letter", prov="tolv", dept="Emergency Department", specialty="Emergency Medicine",
    clinician="Dr Rafferty Oakenshaw", patient=P,
    event="2029-07-28", letter_date="2029-07-28", sent="2029-07-28 23:50", fmt="plain",
    frm="TGH Emergency Department <tmh.ed.gpletters@nhs.net>",
    subject="ED Attendance - BIXBY-NWOSU, Harold - 28/07/2029 - CHEST PAIN",
    text=f"""
TOLVERTON GENERAL HOSPITAL - EMERGENCY DEPARTMENT
GP NOTIFICATION OF ATTENDANCE

Name: BIXBY-NWOSU, Harold      DOB: {dmy(P['dob'])}      NHS: {sp(P)}
Attended: 28/07/2029 17:12     Discharged: 28/07/2029 23:31
Clinician: Dr Rafferty Oakenshaw (ED Registrar)

PRESENTING COMPLAINT: CENTRAL CHEST PAIN AT REST, 40 MINS, RADIATING TO L ARM
HX: Harold Bixby-Nwosu, 66M, ex-smoker, hypertension, FHx IHD (brother MI at 58). Pain resolved by arrival.

INVESTIGATIONS
  ECG x2 ............ sinus rhythm 72, no acute ST/T changes
  hs-troponin 0h .... 4 ng/L
  hs-troponin 3h .... 5 ng/L     (ACS excluded per pathway)
  CXR ............... clear
  bloods ............ FBC, U+E, lipids normal apart from chol 6.4

IMPRESSION: ?STABLE ANGINA - ACS EXCLUDED

PLAN
  o I have referred him directly to the Rapid Access Chest Pain Clinic (RACPC), who will contact
    him within 2 weeks for CT coronary angiography
  o GTN spray and aspirin 75 mg od started - 28 days supplied from ED
  o safety-netting: if pain comes back or lasts > 15 mins call 999

NO GP ACTION REQUIRED. For information.

{TMH_FOOTER}""",
    notes="Alarming-sounding hard negative: chest pain with cardiac risk factors, but ACS excluded, onward referral "
          "to RACPC made by the ED itself, medicines supplied, safety-netting to the patient, 'NO GP ACTION "
          "REQUIRED'. Not urgent for the practice.")

P = pt("Yvonne Hesketh-Moyo", 442529, "1955-12-17")
letter(
    key="t13", kind="results", prov="tolv", dept="Department of Radiology", specialty="Radiology",
    clinician="Dr Kofi Lindqvist-Amadi", patient=P,
    event=None, letter_date="2029-07-31", sent="2029-07-31 12:03", fmt="plain",
    frm="TMH Radiology Alerts <tmh.radiology.alerts@nhs.net>",
    subject="** UNEXPECTED SIGNIFICANT FINDING ** HESKETH-MOYO Y - CT ABDOMEN/PELVIS",
    text=f"""
RADIOLOGY ALERT - UNEXPECTED SIGNIFICANT FINDING - ACTION REQUIRED
=================================================================
This alert is sent under the Trust's Communication of Critical, Urgent and Unexpected
Significant Radiological Findings policy.

PATIENT     : Yvonne HESKETH-MOYO   DOB {dmy(P['dob'])}   NHS {sp(P)}
EXAMINATION : CT abdomen and pelvis with contrast   DATE 30/07/2029
REFERRER    : Dr S Achebe-Lund, AMU Ambulatory Care (patient discharged 30/07/2029)
REPORTED BY : Dr Kofi Lindqvist-Amadi, Consultant Radiologist   31/07/2029 11:41

CLINICAL DETAILS: RIF pain, raised CRP, ?appendicitis ?diverticular abscess

REPORT:
Appendix normal. Mild sigmoid diverticulosis without inflammation. No collection.
INCIDENTAL: 4.1 cm heterogeneous enhancing solid mass upper pole of the RIGHT kidney,
highly suspicious for renal cell carcinoma. No renal vein or IVC involvement. No
lymphadenopathy. Lung bases clear. No bone lesions.

CONCLUSION:
1) No acute cause for RIF pain identified.
2) 4.1 cm right renal mass - likely RCC.

ACTION: Patient discharged from ambulatory care before the report was available.
GP to please refer urgently to urology on the suspected cancer (2WW) pathway.
Copy of this alert sent to the referrer.

------------------------------------------------------------------
Automated alert - Tolverton and Marchwood Hospitals Radiology (CRIS)
Queries: radiology reporting office 0116 496 0377
{TMH_FOOTER}""",
    exp=[("onward_referral", "GP to please refer urgently to urology on the suspected cancer (2WW) pathway")],
    urgent=True,
    notes="Radiology alert: a hospital team's CT finds a likely renal cancer and the onward suspected-cancer "
          "referral is handed to the GP (the requesting team should refer on directly). Urgent: a suspected-cancer "
          "step that must not be lost in a bounce.")

P = pt("Norman Pilkington-Reyes", 442630, "1944-03-21")
letter(
    key="t14", kind="results", prov="tolv", dept="Blood Sciences - Clinical Biochemistry",
    specialty="Clinical Biochemistry", clinician="Dr Imelda Crosthwaite", patient=P,
    event=None, letter_date="2029-08-01", sent="2029-08-01 03:40", fmt="plain",
    frm="TMH Pathology <tmh.pathology.results@nhs.net>",
    subject="CRITICAL RESULT - PILKINGTON-REYES N - K+ 6.4",
    text=f"""
TOLVERTON AND MARCHWOOD PATHOLOGY - BLOOD SCIENCES
*** CRITICAL RESULT - TELEPHONED ***

Patient   : NORMAN PILKINGTON-REYES
DOB       : {dmy(P['dob'])}          NHS No: {sp(P)}
Location  : WARD 7 (TOLVERTON GENERAL) - INPATIENT
Requester : Dr P Ionescu (FY1, Medicine)
Collected : 01/08/2029 01:58      Received: 01/08/2029 02:21

Test                 Result    Units     Ref range
Sodium               137       mmol/L    133 - 146
Potassium            6.4 HH    mmol/L    3.5 - 5.3
Urea                 14.2 H    mmol/L    2.5 - 7.8
Creatinine           188 H     umol/L    59 - 104
Sample comment: not haemolysed

Telephoned to Ward 7 nurse in charge (S/N Ahmed) at 03:32 and to the on-call FY1 (bleep 4471)
at 03:34 by BMS L Grieve. Ward team to action.

This copy is sent to the registered GP for information only. No action is required by the GP
practice: the patient is an inpatient under the care of the medical team.

Authorised by: Dr Imelda Crosthwaite, Consultant Clinical Biochemist
{TMH_FOOTER}""",
    notes="Alarming-sounding hard negative: a critical potassium for a current inpatient, phoned to the ward and "
          "the on-call doctor; copy to the GP 'for information only', 'No action is required by the GP practice'.")

# ---------------------------------------------------------------- haematology shared care (offered)

P = pt("Lionel Bradshaw-Udeh", 442741, "1950-10-22")
letter(
    key="t15", kind="clinic_letter", prov="tolv", dept="Clinical Haematology", specialty="Haematology",
    clinician="Dr Oluwaseun Brightwater", patient=P,
    event="2029-09-14", letter_date="2029-09-17", sent="2029-09-17 14:26", fmt="docx",
    frm="Haematology Secretaries TGH <tmh.haemsecs@nhs.net>",
    subject="Shared care - hydroxycarbamide - BRADSHAW-UDEH - for your consideration",
    cover=f"""Dear Dr Okonkwo-Hale,

Please find attached a clinic letter and shared care request for {P['name']} (NHS {sp(P)}).

This is a request for your agreement only: nothing changes until you return the signed form, and if you
would rather not take on shared care he stays with us.

Many thanks
Haematology Secretaries
Tolverton General Hospital  0116 496 0356

{NHSMAIL_FOOTER}""",
    text=f"""
# HAEMATOLOGY CLINIC LETTER AND SHARED CARE REQUEST
Clinic date: 14/09/2029
Patient: {P['name']}   DOB: {dmy(P['dob'])}   NHS number: {sp(P)}
Diagnosis: JAK2-positive essential thrombocythaemia (2027)

# Current treatment
| Hydroxycarbamide | 500 mg once daily, dose unchanged since 12/2028 |
| Aspirin | 75 mg once daily (GP prescribed) |
| Last 3 FBCs | 06/2029, 07/2029, 09/2029: platelets 310-362, Hb and WCC in range |

# Shared care
Mr Bradshaw-Udeh has been stable for 9 months. Under the Ambershire shared care protocol for hydroxycarbamide (attached), we would like to ask whether you would be willing to take over prescribing and 3-monthly FBC monitoring.
(a) If you agree, please sign and return the agreement slip to tmh.haemsecs@nhs.net.
(b) If you do not agree, or we do not hear from you, we will continue to prescribe through our outpatient pharmacy and monitor his bloods in the haematology clinic.
Please continue his aspirin as at present.
We will review him in clinic every 6 months either way, next in March 2030.

Dr Oluwaseun Brightwater
Consultant Haematologist

# Agreement slip
I agree / do not agree to share care under the protocol.   GP: ____________   Date: ________
""",
    notes="Hard negative: shared care offered properly for the GP's agreement (stable 9 months, protocol, hospital "
          "keeps prescribing and monitoring unless the GP signs); continuing aspirin is ordinary GP work.")
# ---------------------------------------------------------------- Oxenmere: ophthalmology

P = pt("Gwendolyn Ashcombe", 442852, "1966-05-05")
letter(
    key="o01", kind="clinic_letter", prov="oxen", dept="Eye Department - Cornea and External Eye",
    specialty="Ophthalmology", clinician="Miss Leona Fairweather-Ide", patient=P,
    event="2029-08-01", letter_date="2029-08-02", sent="2029-08-03 11:10", fmt="docx",
    subject="OUH Clinic Letter - Ophthalmology - ASHCOMBE - NHS " + P["nhs_number"],
    cover=f"""Oxenmere University Hospitals NHS Trust - Outbound Correspondence

Document type: Clinic Letter
Specialty: Ophthalmology
NHS number: {sp(P)}
Attachment: CL_{P['nhs_number']}_20290802.docx

This mailbox is not monitored. Contact details for the clinical team are on the letter.
""",
    text=f"""
Clinic date: 01/08/2029          Date typed: 02/08/2029
Dr N Okonkwo-Hale, Pennyfold Surgery, {PRACTICE_POSTAL}
RE: {P['name']}, DOB {dmy(P['dob'])}, NHS No {sp(P)}
# Diagnosis
1) Severe bilateral dry eye with inferior punctate keratitis
2) ?Primary Sjogren's syndrome
# Medication recommended
- Hyaluronate 0.2% preservative-free drops qds both eyes (continue, GP prescribed)
- Ciclosporin 0.1% (Ikervis) one drop at night both eyes - NEW
# Letter
Thank you for referring Mrs Ashcombe. Despite four months of preservative-free lubricants she has significant keratitis, worse on the left. I would like to start topical ciclosporin. Ikervis is a RED (hospital only) drug on the Ambershire formulary, but our outpatient pharmacy cannot dispense it to outpatients this month, so I would be grateful if you could prescribe Ikervis for her.
We took bloods today for ANA, anti-Ro/La, rheumatoid factor and immunoglobulins. She has been asked to obtain the results from her GP in 2 weeks.
I will see her again in 3 months in the cornea clinic.
Miss Leona Fairweather-Ide FRCOphth
Consultant Ophthalmologist (Cornea and External Eye)
""",
    exp=[("hospital_only_prescribing", "I would be grateful if you could prescribe Ikervis for her"),
         ("patient_redirected_to_gp", "She has been asked to obtain the results from her GP in 2 weeks")],
    notes="DOCX letter. A red (hospital-only) eye drop the consultant is starting is handed to the GP; the patient "
          "is sent to the GP for the results of bloods the eye clinic took (redirected for the provider's own "
          "results). Continuing GP-prescribed lubricants is fine. Sent 2 days after clinic.")

P = pt("Stanley Ferrabee", 442963, "1951-01-06")
letter(
    key="o02", kind="clinic_letter", prov="oxen", dept="Eye Department - Medical Retina",
    specialty="Ophthalmology", clinician="Mr Piotr Wadsworth-Lin", patient=P,
    event="2029-08-06", letter_date="2029-08-07", sent="2029-08-07 15:30", fmt="plain",
    frm="Eye Clinic Bookings ORI <ouh.eyebookings@nhs.net>",
    subject="FW: DNA 06/08 - FERRABEE S - Medical Retina",
    text=f"""
Hello Pennyfold,

Forwarding the DNA letter for your patient below as our system shows it bounced from your old
address this morning. Pls update your records.

Eye Clinic Booking Team
Oxenmere Royal Infirmary
Tel 0121 496 0590 (9-4 Mon-Fri)

-----Original Message-----
From: OUH Outbound Correspondence <ouh.outbound@nhs.net>
Sent: 07 August 2029 09:02
To: pennyfold.gp@nhs.net
Subject: OUH Clinic Letter - Ophthalmology - FERRABEE

OXENMERE UNIVERSITY HOSPITALS NHS TRUST
EYE DEPARTMENT - MEDICAL RETINA SERVICE

Patient: Stanley FERRABEE   DOB: {dmy(P['dob'])}   NHS No: {sp(P)}
Appointment: 06/08/2029 10:20 with Mr Piotr Wadsworth-Lin, Consultant Ophthalmologist
Outcome: DID NOT ATTEND

Dear Doctor

Your patient did not attend the above appointment and did not contact us beforehand.
In line with the Trust access policy he has been discharged from the Medical Retina
service. If still required, please re-refer via e-RS.

Yours faithfully

Outpatient Booking Office on behalf of Mr Piotr Wadsworth-Lin

{NHSMAIL_FOOTER}""",
    exp=[("dna_rereferral", "If still required, please re-refer via e-RS")],
    notes="FW: of an automated DNA letter: discharged after one missed appointment and the GP asked to re-refer. "
          "Sent the day after the missed appointment.")

# ---------------------------------------------------------------- gynaecology

P = pt("Shona Pickavance", 443074, "1987-09-13")
letter(
    key="o03", kind="clinic_letter", prov="oxen", dept="Department of Gynaecology", specialty="Gynaecology",
    clinician="Mr Emeka Hollingdrake", patient=P,
    event="2029-08-07", letter_date="2029-08-09", sent="2029-08-09 15:02", fmt="docx",
    frm="Gynae Secretaries ORI <ouh.gynaesecs@nhs.net>",
    subject="FW: Gynae clinic letter PICKAVANCE - pls action x2 (Zoladex + pre-op form)",
    cover=f"""Hi,

pls see attached letter + form for Ms Pickavance, Mr Hollingdrake asked me to send direct as she is
on the list for end of Sept. thx

Jade
Gynae secretaries ext 2277

-----Original Message-----
From: HOLLINGDRAKE, Emeka (OXENMERE UNIVERSITY HOSPITALS NHS TRUST)
Sent: 09 August 2029 12:16
To: Gynae Secretaries ORI
Subject: Pickavance - letter checked, pls send to GP w/ the preop questionnaire

{NHSMAIL_FOOTER}""",
    text=f"""
# GYNAECOLOGY OUTPATIENT LETTER
Clinic date: 07/08/2029    Consultant: Mr Emeka Hollingdrake
Patient: {P['name']}   DOB: {dmy(P['dob'])}   NHS: {sp(P)}
# Diagnosis
Suspected deep endometriosis (MRI: left uterosacral nodule, left endometrioma 3 cm)
# Plan
1) Goserelin 3.6 mg implant every 28 days for 3 months with tibolone 2.5 mg daily add-back. First implant given in clinic today, and a 28-day supply of tibolone.
2) Please could you take over prescribing and administration of the monthly goserelin 3.6 mg implant from September, together with the tibolone.
3) Laparoscopic excision of endometriosis, provisionally late September. I have enclosed our pre-operative health questionnaire: I would be grateful if the practice could complete the GP section and return it to the pre-assessment unit.
Mr Emeka Hollingdrake MRCOG
Consultant Gynaecologist
# Pre-operative health questionnaire (GP section)
| Past medical history | |
| Current medication and allergies | |
| Last recorded BP and BMI | |
| GP signature and date | |
""",
    exp=[("shared_care_without_agreement",
          "Please could you take over prescribing and administration of the monthly goserelin 3.6 mg implant"),
         ("non_contractual_admin",
          "I would be grateful if the practice could complete the GP section and return it to the pre-assessment unit")],
    notes="Secretary's FW: with a DOCX letter and form. Goserelin (amber, specialist GnRH analogue) handed over "
          "after one dose with no shared-care agreement offered; the hospital's own pre-op questionnaire sent for "
          "the practice to fill in. Sent 2 days after clinic.")

P = pt("Chantelle Uwaifo-Beck", 443185, "1979-02-22")
letter(
    key="o04", kind="referral_response", prov="oxen", dept="Gynaecology - Menstrual Disorders",
    specialty="Gynaecology", clinician="Dr Harriet Okafor-Lyle", patient=P,
    event=None, letter_date="2029-08-13", sent="2029-08-13 09:41", fmt="plain",
    frm="NHS e-Referral Service <ers.notifications@nhs.net>",
    subject="e-RS: Referral Returned to Referrer - UBRN 0004 5519 2208",
    text=f"""
NHS e-Referral Service - notification

This is an automatic notification. Please do not reply to this email.

A referral from your organisation has been RETURNED TO REFERRER.

UBRN:                 0004 5519 2208
Patient:              {P['name'].upper()}
NHS Number:           {sp(P)}
Date of birth:        {dmy(P['dob'])}
Referring clinician:  Dr N Okonkwo-Hale (Pennyfold Surgery)
Service:              Gynaecology - Menstrual Disorders - Oxenmere Royal Infirmary
Priority:             Routine
Returned by:          Dr Harriet Okafor-Lyle, Consultant Gynaecologist
Date returned:        13/08/2029

Provider comments:
Thank you for this referral. HMB 50yo, Hb 104. pls do TVUS + FBC + TFT and trial of tranexamic
acid x3 cycles, then re-refer if no improvement. Ref returned, no appt booked.

Referrer comments (original referral, 06/08/2029):
Heavy menstrual bleeding 18 months, tried mefenamic acid and tranexamic acid (6 months, no
benefit), declines LNG-IUS. Hb 104, ferritin 6. Requesting assessment for hysteroscopy/ablation.

To view this referral, log in to e-RS using your smartcard.
""",
    exp=[("referral_returned_for_workup",
          "pls do TVUS + FBC + TFT and trial of tranexamic acid x3 cycles, then re-refer if no improvement")],
    notes="e-RS 'returned to referrer' notification: an appropriate referral (first-line drugs already failed, "
          "as the original comments show) returned with a list of tests and treatment to do first. "
          "No event date (no attendance).")

P = pt("Imogen Rathbone-Soyinka", 443296, "1991-11-03")
letter(
    key="o05", kind="clinic_letter", prov="oxen", dept="Early Pregnancy Assessment Unit", specialty="Gynaecology",
    clinician="Dr Freya Montgomerie-Ash", patient=P,
    event="2029-08-14", letter_date="2029-08-14", sent="2029-08-15 09:05", fmt="html",
    subject="OUH Clinic Letter - EPAU - RATHBONE-SOYINKA",
    html=html_page("oxen", "Early Pregnancy Assessment Unit (EPAU)", f"""
<p><b>Date of attendance:</b> 14/08/2029<br>
<b>Patient:</b> {P['name']} &nbsp; DOB {dmy(P['dob'])} &nbsp; NHS {sp(P)}</p>
<p><b>DIAGNOSIS:</b> MISSED MISCARRIAGE AT 9 WEEKS &middot; <b>PROCEDURE:</b> MANUAL VACUUM ASPIRATION UNDER LOCAL ANAESTHETIC (14/08/2029)</p>
<p>Imogen chose manual vacuum aspiration, done in the EPAU today without complication. Rhesus positive, anti-D not
required. Products sent for histology as routine; we review every result and will write to her only if it is
abnormal.</p>
<p><b>Information and advice given</b></p>
<ul>
<li>Bleeding like a period for up to 2 weeks is expected.</li>
<li>If she has heavy bleeding, fever or offensive discharge she will contact the EPAU directly (24/7 gynae
triage 0121 496 0599). We have given her the card.</li>
<li>A pregnancy test in 3 weeks: if still positive she should ring the EPAU, not the surgery.</li>
<li>Fit note issued by us today for 2 weeks.</li>
</ul>
<p><b>Actions for GP:</b> nil. For information. Should she wish to discuss future pregnancy planning she
may of course book with you.</p>
<p>Dr Freya Montgomerie-Ash<br>Specialty Doctor, Obstetrics and Gynaecology</p>
"""),
    notes="Hard negative: procedure aftercare, results and queries kept by the EPAU, fit note already issued by "
          "the hospital, 'Actions for GP: nil'; the pregnancy-planning line is an optional, ordinary GP matter.")

P = pt("Abigail Thornber-Essien", 443307, "1975-06-19")
letter(
    key="o06", kind="discharge_summary", prov="oxen", dept="Ward 21 - Gynaecology", specialty="Gynaecology",
    clinician="Mr Emeka Hollingdrake", patient=P,
    event="2029-08-17", ev_time="16:05", letter_date="2029-08-18", sent="2029-08-18 15:55", fmt="pdf",
    subject="OUH Discharge Summary - THORNBER-ESSIEN - Ward 21",
    cover=f"""Oxenmere University Hospitals NHS Trust - Outbound Correspondence

Document type: Discharge Summary
NHS number: {sp(P)}
Attachment: DS_{P['nhs_number']}_20290818.pdf

This mailbox is not monitored. Contact details for the clinical team are on the letter.
""",
    text=f"""
# INPATIENT DISCHARGE SUMMARY - GYNAECOLOGY
Patient: {P['name']}   DOB: {dmy(P['dob'])}   NHS number: {sp(P)}
Consultant: Mr Emeka Hollingdrake
Date of admission: 15/08/2029
Date of discharge: 17/08/2029 16:05
# Procedure
15/08/2029 Total abdominal hysterectomy and bilateral salpingectomy (fibroid uterus, 1.2 kg). Pfannenstiel incision closed with skin clips.
# Progress
Uncomplicated recovery. Catheter out day 1, passing urine. Mobile, eating and drinking. Hb 112 post op.
# Medication on discharge
| Enoxaparin 40 mg sc od | 28 days supplied, taught to self-inject |
| Paracetamol 1 g qds | 7 days supplied |
| Dihydrocodeine 30 mg qds prn | 7 days supplied |
# Actions for GP
1) Skin clips to be removed by practice nurse at GP surgery on day 10 (25/08/2029).
2) Please provide a fit note for 6 weeks from discharge (office manager).
3) Histology will be discussed with the patient at her 6-week gynaecology clinic appointment.
# Actions for patient
No heavy lifting or driving for 6 weeks. Ward 21 advice line 0121 496 0571.
Completed by Dr Ottilie Brennan-Sayer (ST2) for Mr Emeka Hollingdrake
""",
    exp=[("post_procedure_care",
          "Skin clips to be removed by practice nurse at GP surgery on day 10 (25/08/2029)"),
         ("fit_note", "Please provide a fit note for 6 weeks from discharge")],
    notes="Edge case for timeliness: discharged 17/08 16:05, sent 18/08 15:55 (23 h 50 min): on time. Clip "
          "removal after the team's own operation and a fit note for the post-operative period both passed to "
          "the practice. Histology kept by the clinic.")
# ---------------------------------------------------------------- dermatology

P = pt("Farah Lockhart-Idowu", 443418, "1999-04-30")
letter(
    key="o07", kind="referral_response", prov="oxen", dept="Dermatology", specialty="Dermatology",
    clinician="Dr Saskia Vellacott-Nunn", patient=P,
    event=None, letter_date="2029-08-20", sent="2029-08-20 08:55", fmt="plain",
    frm="NHS e-Referral Service <ers.notifications@nhs.net>",
    subject="e-RS: Advice and Guidance response - referral NOT accepted - UBRN 0004 7731 0592",
    text=f"""
NHS e-Referral Service - Advice and Guidance

This is an automatic notification. Please do not reply to this email.

An Advice and Guidance request has received a response. The provider has NOT converted
it to a referral.

UBRN:               0004 7731 0592
Patient:            {P['name'].upper()}   NHS Number {sp(P)}   DOB {dmy(P['dob'])}
Service:            Dermatology - Acne (isotretinoin) - Oxenmere Royal Infirmary
Request from:       Dr N Okonkwo-Hale, Pennyfold Surgery (sent 08/08/2029)
Response by:        Dr Saskia Vellacott-Nunn, Consultant Dermatologist

GP request (summary):
30F nodulocystic acne w/ scarring on face + back, failed lymecycline 3/12 and doxycycline 3/12
both with topical adapalene/BPO, on COC. Requesting isotretinoin.

Provider response:
Thank you. Not accepted for clinic at present. Please do a further 3 month course of
doxycycline 100 mg od with topical adapalene/BPO and repeat fasting lipids and LFT, then
re-refer via A+G with photos if no improvement.

Outcome: Advice given - referral not accepted.
""",
    exp=[("referral_returned_for_workup",
          "Please do a further 3 month course of doxycycline 100 mg od with topical adapalene/BPO and repeat "
          "fasting lipids and LFT, then re-refer")],
    notes="e-RS A&G reply used instead of accepting a referral that met the threshold (scarring, two failed "
          "oral antibiotic courses): the GP is told to repeat treatment and do bloods first.")

P = pt("Clement Arkwright-Dube", 443529, "1952-08-25")
letter(
    key="o08", kind="clinic_letter", prov="oxen", dept="Dermatology - Skin Surgery", specialty="Dermatology",
    clinician="Dr Saskia Vellacott-Nunn", patient=P,
    event="2029-08-06", letter_date="2029-08-19", sent="2029-08-20 10:45", fmt="plain",
    subject="OUH Clinic Letter - Dermatology - ARKWRIGHT-DUBE",
    text=f"""
OXENMERE UNIVERSITY HOSPITALS NHS TRUST
Dermatology Department, Oxenmere Royal Infirmary, Abbey Street, Oxenmere AM7 4RN
Tel 0121 496 0585                                                    Page 1 of 2

Date typed: 19/08/2029
Seen in Minor Ops clinic: 06/08/2029

Dr N Okonkwo-Hale
Pennyfold Surgery

Dear Dr Okonkwo-Hale

RE: Mr Clement ARKWRIGHT-DUBE  D.O.B. {dmy(P['dob'])}  NHS: {sp(P)}

Procedure:  Excision of ?nodular BCC L cheek, 4 mm margins, 1.2 x 0.9 cm lesion
            direct closure, 5 x 6/0 prolene sutures
Anaesthetic: 1% lidocaine w/ adrenaline 3 ml
{page_foot(1, 2)}
{PROV['oxen']['name'].upper()}                    Page 2 of 2
RE: ARKWRIGHT-DUBE, Clement   NHS {sp(P)}
___________________________________________________________________

Procedure uncomplicated, haemostasis secured, wound dressed. Written wound care advice given.

Sutures to be removed at his GP surgery in 5-7 days.

He has been advised to phone his GP surgery for the histology result in 4 weeks, we will copy
the report to you. If excision is incomplete we will arrange re-excision.

Yours sincerely

Dr Saskia Vellacott-Nunn
Consultant Dermatologist
{page_foot(2, 2)}""",
    exp=[("late_clinic_letter", "Seen in Minor Ops clinic: 06/08/2029"),
         ("post_procedure_care", "Sutures to be removed at his GP surgery in 5-7 days"),
         ("patient_redirected_to_gp", "He has been advised to phone his GP surgery for the histology result")],
    notes="Pasted two-page letter with page header/footer in the middle. Procedure 06/08, sent 20/08 (14 days): "
          "late, and the 5-7 day suture removal it asks for was already overdue on arrival. The patient is told to "
          "get the histology result from the GP (provider's own result).")

P = pt("Jodie Kettleborough", 443630, "2003-02-14")
letter(
    key="o09", kind="clinic_letter", prov="oxen", dept="Dermatology", specialty="Dermatology",
    clinician="Dr Saskia Vellacott-Nunn", patient=P,
    event="2029-08-22", letter_date="2029-08-23", sent="2029-08-24 12:12", fmt="html",
    subject="OUH Clinic Letter - Dermatology - KETTLEBOROUGH",
    html=html_page("oxen", "Dermatology", f"""
<p>Clinic date: 22/08/2029</p>
<p>Dear Dr Okonkwo-Hale</p>
<p><b>Re: {P['name']}, DOB {dmy(P['dob'])}, NHS {sp(P)}</b></p>
<p><b>Diagnosis:</b> severe nodular acne with early scarring<br><b>Treatment:</b> isotretinoin 20 mg od (started today)</p>
<p>&#9642; Isotretinoin is a hospital-only (red) drug. It will be prescribed and dispensed by our outpatient
pharmacy every 30 days. Please do not add it to her repeat list.<br>
&#9642; Pregnancy tests, lipids and LFTs will be done in our clinic at each visit (Pregnancy Prevention Programme,
annual risk acknowledgement form completed today).<br>
&#9642; Please continue her combined oral contraceptive (Rigevidon) as usual; she understands she must not stop it.<br>
&#9642; Mood: PHQ-9 = 3 today; she and her mother know to stop the tablets and ring our nurse line if her mood drops.<br>
&#9642; She will be seen every 4 weeks in the acne nurse clinic for 6 months.</p>
<p>No action is needed from the practice other than the above.</p>
<p>Yours sincerely<br>Dr Saskia Vellacott-Nunn<br>Consultant Dermatologist</p>
"""),
    notes="Hard negative: the red drug and all its monitoring stay with the hospital; the only request is to "
          "continue a green contraceptive the GP already prescribes. Odd bullet glyphs. Sent 2 days after clinic.")

# ---------------------------------------------------------------- Fernhollow: community nursing

P = pt("Ernest Quigg", 443741, "1938-10-10")
letter(
    key="f01", kind="clinic_letter", prov="fern", dept="District Nursing - Pennyfold Team", specialty="Community Nursing",
    clinician="Gemma Tolland", patient=P,
    event="2029-08-22", letter_date="2029-08-23", sent="2029-08-23 14:37", fmt="plain",
    frm="TOLLAND, Gemma (FERNHOLLOW COMMUNITY HEALTH NHS TRUST) <gemma.tolland1@nhs.net>",
    subject="Ernest Quigg - dressings pls - DN",
    text=f"""
Hi all,

Ernest Quigg DOB {dmy(P['dob'])} NHS {sp(P)} - 3 Ferry Cottages

We got a referral from Tolverton Ward 12 (he went home 20/08 post L hip hemiarthroplasty) asking the
DN team to do his wound care and clip removal - first visit done 22/08/2029, wound clean and dry, some
ooze at the distal end. We'll visit alt days and take clips out on day 14 (booked in for 27/08), no
need for the surgery to do anything re the wound.

Could you pls add the following to his repeat template so we can order via the pharmacy:
  - Aquacel Ag+ Extra 10x10cm x10
  - Mepilex Border Post-Op 10x25cm x10

thx v much

Gemma Tolland
Community Staff Nurse, Pennyfold District Nursing Team
Fernhollow Community Health NHS Trust
Team mobile 07700 900 418 | Office 0115 496 0914

{NHSMAIL_FOOTER}""",
    notes="Hard negative: the ward's request is to the district nurses, who do the aftercare themselves; the "
          "only ask of the practice is a dressings prescription, which is ordinary prescribing here (judgement: "
          "areas with direct dressing supply would differ).")

P = pt("Patricia Venn-Adeyemi", 443852, "1960-03-08")
letter(
    key="f02", kind="clinic_letter", prov="fern", dept="Community IV Therapy (OPAT) Team",
    specialty="Community Nursing", clinician="Rhiannon Stockdale-Mbeki", patient=P,
    event="2029-08-27", letter_date="2029-08-29", sent="2029-08-29 16:08", fmt="plain",
    frm="FCH OPAT Team <fch.opat@nhs.net>",
    subject="OPAT discharge - VENN-ADEYEMI Patricia",
    text=f"""
FERNHOLLOW COMMUNITY HEALTH - COMMUNITY IV THERAPY (OPAT) - DISCHARGE FROM SERVICE

Name: Patricia Venn-Adeyemi    DOB: {dmy(P['dob'])}    NHS: {sp(P)}
Episode: 30/07/2029 - 27/08/2029 (final visit 27/08/2029)
Responsible consultant: Dr Benedikt Harrowell (Infectious Diseases, Tolverton General)

Dx: L lower leg cellulitis w/ underlying abscess (drained by surgeons 28/07)
Rx: IV ceftriaxone 2 g od at home x 4/52 via midline -> midline removed 27/08, tip not sent
IV -> oral switch: doxycycline 100 mg bd for 14 days, 14 days supplied by OPAT

CRP 187 -> 22 (26/08). Leg much improved, small area erythema lateral calf, marked.

Plan:
• GP to pls check FBC + CRP in 1/52 and email to opat team, Dr Harrowell will decide re stopping
  oral abx
• leg elevation, emollients
• pt has OPAT number if worse

Rhiannon Stockdale-Mbeki
OPAT Nurse Consultant, for Dr Benedikt Harrowell
fch.opat@nhs.net | 0115 496 0927

{NHSMAIL_FOOTER}""",
    exp=[("tests_for_hospital", "GP to pls check FBC + CRP in 1/52 and email to opat team")],
    notes="Community OPAT discharge: bloods the OPAT consultant needs for his own decision about stopping "
          "antibiotics are passed to the practice. Oral antibiotics supplied in full. Sent 2 days after the last visit.")

# ---------------------------------------------------------------- Stannerley: crisis team

P = pt("Owain Prothero-Klein", 443963, "1982-05-11")
letter(
    key="s01", kind="clinic_letter", prov="stan", dept="Crisis Resolution and Home Treatment Team (Tolverton)",
    specialty="Psychiatry", clinician="Dr Alannah Brocklesby", patient=P,
    event="2029-08-29", letter_date="2029-08-30", sent="2029-08-30 17:22", fmt="plain",
    subject="CRHT discharge - Owain Prothero-Klein - NHS " + P["nhs_number"],
    text=f"""
STANNERLEY MENTAL HEALTH NHS FOUNDATION TRUST
Crisis Resolution and Home Treatment Team (Tolverton), Larchfield House

DISCHARGE FROM HOME TREATMENT

Name: Owain Prothero-Klein   DOB: {dmy(P['dob'])}   NHS: {sp(P)}
Home treatment: 09/08/2029 to 29/08/2029 (last visit 29/08/2029)
Diagnosis: bipolar affective disorder, current episode moderate depression - improving

Summary
Owain was taken on by the CRHT after a relapse with suicidal thoughts (no plan). Daily then alternate
day visits. Mood much improved, sleeping, no thoughts of self-harm for 2 weeks. Risk: low.

Medication
- Lithium carbonate (Priadel) 800 mg nocte - started by Dr Brocklesby in the CMHT in 12/2028, levels
  0.6-0.8 since 02/2029, last level 0.7 on 26/08/2029, TFT and U+E normal
- Quetiapine 50 mg nocte - stopped 25/08

As he is now also discharged from the CMHT, GP to take over prescribing of Priadel and the 3-monthly
lithium levels, U+E, TFTs and calcium from next month. We have not sent a shared care agreement as he
is leaving secondary care.

He will need a fit note covering 09/08/2029 to 12/09/2029 - GP please issue.

Relapse signature and crisis plan shared with Owain and his partner. CRHT 24/7: 0161 496 0750.

Dr Alannah Brocklesby
Consultant Psychiatrist, CRHT

Care coordinator: Jess Ryde, CPN

{NHSMAIL_FOOTER}""",
    exp=[("shared_care_without_agreement",
          "GP to take over prescribing of Priadel and the 3-monthly lithium levels, U+E, TFTs and calcium"),
         ("fit_note", "He will need a fit note covering 09/08/2029 to 12/09/2029 - GP please issue")],
    notes="Lithium (amber, shared-care drug) handed over with its monitoring, with the letter admitting no "
          "shared-care agreement is offered; a fit note for the crisis team's own episode of care passed to the GP. "
          "Kind clinic_letter: home treatment is not an admission. Sent the day after the last visit.")

P = pt("Danielle Fairclough-Oni", 444074, "1998-07-07")
letter(
    key="s02", kind="clinic_letter", prov="stan", dept="Crisis Resolution and Home Treatment Team (Tolverton)",
    specialty="Psychiatry", clinician="Marcus Ellingham-Pryce", patient=P,
    event="2029-09-01", letter_date="2029-09-01", sent="2029-09-01 10:04", fmt="plain",
    subject="CRHT assessment - FAIRCLOUGH-ONI - URGENT INFO",
    text=f"""
STANNERLEY MH - CRHT TOLVERTON - ASSESSMENT SUMMARY (FOR INFORMATION)

Name: Danielle Fairclough-Oni   DOB: {dmy(P['dob'])}   NHS: {sp(P)}
Assessed: 01/09/2029 at 02:30, Tolverton General ED, by M Ellingham-Pryce (Crisis Practitioner)
and Dr K Sandhu (CT2)

Reason: brought in by friend, thoughts of taking an overdose of her sertraline after relationship
breakdown. NO overdose taken (paracetamol/salicylate levels not indicated, confirmed w/ friend).
Risk: moderate, protective factors - dog, sister, wants help.

PLAN
1) taken on by CRHT for home treatment from today - daily visits, first visit 01/09 pm
2) sertraline 100 mg continues. We have asked Chandlers Yard Pharmacy to dispense it 7 days at a
   time while she is under our care; they have agreed and will contact the surgery only if they
   need a change to the prescription
3) safety plan agreed; sister staying w/ her; crisis line 0161 496 0750 24/7
4) we will write again when she is discharged from home treatment

No action required by the GP at this stage.

Marcus Ellingham-Pryce
Crisis Practitioner (RMN), CRHT Tolverton

{NHSMAIL_FOOTER}""",
    notes="Alarming-sounding hard negative (overdose thoughts, 'URGENT INFO' in the subject): the crisis team "
          "takes her on itself, the request is to the community pharmacy, and the pharmacy contacting the surgery "
          "is conditional. 'No action required by the GP'. Not urgent for the practice.")

P = pt("Graham Leatherbarrow", 444185, "1971-12-01")
letter(
    key="s03", kind="results", prov="stan", dept="Crisis Resolution and Home Treatment Team (Tolverton)",
    specialty="Psychiatry", clinician="Dr Alannah Brocklesby", patient=P,
    event=None, letter_date="2029-09-04", sent="2029-09-04 11:15", fmt="plain",
    frm="BROCKLESBY, Alannah (STANNERLEY MENTAL HEALTH NHS FOUNDATION TRUST) <alannah.brocklesby@nhs.net>",
    subject="!! ECG - QTc 512 - Graham Leatherbarrow - pls action today",
    headers={"Importance": "High", "X-Priority": "1"},
    text=f"""
Dear Pennyfold colleagues

Graham Leatherbarrow, DOB {dmy(P['dob'])}, NHS {sp(P)}

Our team did an ECG at his home visit yesterday (03/09) as he is on a combination of
QT-prolonging meds. Result just reviewed by me:

  ECG 03/09/2029: sinus rhythm 68, QTc 512 ms (Bazett), previous 441 ms (06/2029)
  K+ 3.9, Mg 0.81 (bloods same visit)

He takes citalopram 40 mg od (your prescription) and we started quetiapine 300 mg nocte on 27/08.
GP to review this ECG result urgently and stop or reduce the citalopram today pls, and repeat the
ECG in 1/52. He is asymptomatic, no palpitations or syncope.

I'm in clinic all day, will try to pick up messages at lunch.

Dr Alannah Brocklesby
Consultant Psychiatrist, CRHT Tolverton
Stannerley Mental Health NHS Foundation Trust

{NHSMAIL_FOOTER}""",
    exp=[("results_chasing", "GP to review this ECG result urgently and stop or reduce the citalopram today pls"),
         ("tests_for_hospital", "repeat the ECG in 1/52")],
    urgent=True,
    notes="A dangerous interaction (QTc 512 on citalopram plus the quetiapine the crisis team started) found on the "
          "team's own ECG; action on the result and the repeat ECG are handed to the GP. Urgent: time-critical, "
          "must go to a clinician before any bounce.")
# ---------------------------------------------------------------- Hawthwaite Healthcare: Brackenmoor

BRACK_FOOTER = """\
Hawthwaite Healthcare Ltd, registered in England no. 09990412. Brackenmoor Treatment Centre provides NHS
services on behalf of Ambershire ICB. This email is confidential and for the addressee only. If you
received it in error, delete it and tell us on 0117 496 0268.
"""

P = pt("Lewis Brannigan-Toye", 444296, "1989-03-16")
letter(
    key="b01", kind="clinic_letter", prov="brack", dept="Urology - Vasectomy Service", specialty="Urology",
    clinician="Mr Calum Everingham-Shaw", patient=P,
    event="2029-09-05", letter_date="2029-09-06", sent="2029-09-06 09:48", fmt="plain",
    subject="Vasectomy - Lewis Brannigan-Toye - 05/09/2029",
    text=f"""
Brackenmoor Treatment Centre
Brackenmoor Business Park, Oxenmere AM7 9TB  | 0117 496 0268

OPERATION NOTE / LETTER TO GP

Patient: Lewis Brannigan-Toye   DOB {dmy(P['dob'])}   NHS no. {sp(P)}
Procedure date: 05/09/2029
Surgeon: Mr Calum Everingham-Shaw, Consultant Urologist

Procedure: no-scalpel bilateral vasectomy under local anaesthetic. Both vasa identified, divided,
cauterised, fascial interposition. No complications.

Post-op:
 - paracetamol/ibuprofen as needed, scrotal support 48 hrs
 - contraception MUST continue until clearance confirmed

Semen analysis:
GP to pls request PVSA at 16/52 post-op (mid Dec 2029) and send the result to us so we can
confirm clearance.

Any queries about the procedure or his follow-up should be directed to his GP.

Mr Calum Everingham-Shaw
Consultant Urologist, Brackenmoor Treatment Centre

{BRACK_FOOTER}""",
    exp=[("tests_for_hospital", "GP to pls request PVSA at 16/52 post-op"),
         ("patient_redirected_to_gp",
          "Any queries about the procedure or his follow-up should be directed to his GP")],
    notes="Independent-sector provider. Post-vasectomy semen analysis is the provider's own follow-up to confirm "
          "its procedure worked (result to come back to them); patient queries about the provider's own procedure "
          "and follow-up redirected to the GP. Sent the next day.")

P = pt("Doreen Ashmole-Tate", 444307, "1942-04-04")
letter(
    key="b02", kind="clinic_letter", prov="brack", dept="Ophthalmology - Cataract Pre-assessment",
    specialty="Ophthalmology", clinician="Mr Rohan Vasquez-Bell", patient=P,
    event="2029-09-10", letter_date="2029-09-11", sent="2029-09-11 11:34", fmt="html",
    subject="ACTION REQUIRED - GP medical information form - ASHMOLE-TATE - cataract surgery",
    html=html_page("brack", "Ophthalmology - Cataract Pre-assessment", f"""
<p>Dear GP,</p>
<p><b>Patient:</b> {P['name']} &nbsp; <b>DOB:</b> {dmy(P['dob'])} &nbsp; <b>NHS:</b> {sp(P)}<br>
<b>Pre-assessment:</b> 10/09/2029 with Sister Kath Dunnachie &nbsp; <b>Surgeon:</b> Mr Rohan Vasquez-Bell</p>
<p>Mrs Ashmole-Tate attended for pre-assessment for right phacoemulsification and lens implant. To enable
listing, please complete the attached GP Medical Information for Day Surgery form and return it to us
within 5 working days. We are unable to list her for surgery until it is received.</p>
{html_table([["GP MEDICAL INFORMATION FOR DAY SURGERY", ""],
             ["Active problems", ""],
             ["Current medication (attach printout)", ""],
             ["Last 3 blood pressure readings with dates", ""],
             ["Latest HbA1c (if diabetic)", ""],
             ["Anticoagulant: drug / indication / last INR", ""],
             ["Completed by (GP name, signature, date)", ""]])}
<p>Kind regards<br>Pre-assessment Team, Brackenmoor Treatment Centre, on behalf of Mr Rohan Vasquez-Bell</p>
""", footer=BRACK_FOOTER.replace("\n", " ")),
    exp=[("non_contractual_admin",
          "please complete the attached GP Medical Information for Day Surgery form and return it to us within "
          "5 working days")],
    notes="Provider's own pre-operative form sent for the practice to complete, with listing held until it is "
          "returned: hospital paperwork, not GP work (a summary care record printout would not be asked).")

P = pt("Wilfred Haigh-Okoro", 444418, "1939-09-29")
letter(
    key="b03", kind="clinic_letter", prov="brack", dept="Ophthalmology - Cataract Service", specialty="Ophthalmology",
    clinician="Mr Rohan Vasquez-Bell", patient=P,
    event="2029-09-12", letter_date="2029-09-18", sent="2029-09-19 16:40", fmt="plain",
    subject="Post-op review - HAIGH-OKORO W - right cataract",
    text=f"""
Brackenmoor Treatment Centre - Ophthalmology
Brackenmoor Business Park, Oxenmere AM7 9TB | 0117 496 0268

Post-operative review clinic: 12/09/2029
Letter typed: 18/09/2029

Re: Wilfred Haigh-Okoro   DOB {dmy(P['dob'])}   NHS {sp(P)}

Operation: R phacoemulsification + IOL 05/09/2029 (Mr Rohan Vasquez-Bell), uncomplicated
Review today: VA R 6/9 unaided, IOP 16, cornea clear, AC quiet, IOL well centred.

Drops: Maxidex qds reducing weekly over 4 weeks, chloramphenicol qds 2 weeks - full supply
given on the day of surgery, nothing needed from the surgery.

  o refraction / new glasses with his own optometrist 4-6 weeks after surgery
  o L eye listed for surgery, date to follow from us
  o should he get pain, redness or reduced vision he is to ring our emergency eye line
    on 0117 496 0270 (not the GP)

No GP action required.

Mr Rohan Vasquez-Bell
Consultant Ophthalmic Surgeon

{BRACK_FOOTER}""",
    notes="Hard negative and timeliness edge case: post-op review on 12/09, sent 19/09 = exactly 7 days, so on "
          "time. Drops supplied in full, refraction with the optometrist (not the practice), second eye listed "
          "by the provider, safety-netting to the provider's own line.")

# =========================================================================== other messages

OTHERS: list[dict] = []


def other(**kw):
    kw.setdefault("headers", {})
    kw.setdefault("html", None)
    OTHERS.append(kw)


other(key="x01", sent="2029-07-02 07:30",
      notes="ICB primary-care bulletin sent in bulk (List-Id) quoting interface phrases on purpose.",
      frm="Ambershire ICB Primary Care <ambershire.icb.primarycare@nhs.net>",
      subject="Ambershire Primary Care Bulletin - July 2029",
      headers={"List-Id": "Ambershire Primary Care Bulletin <bulletin.ambershire-icb.nhs.uk>", "Precedence": "bulk",
               "List-Unsubscribe": "<mailto:bulletin-leave@ambershire-icb.nhs.uk>"},
      body="""
AMBERSHIRE PRIMARY CARE BULLETIN - JULY 2029

1) Primary/secondary care interface
Providers have been reminded that letters saying "GP to pls repeat bloods in 2/52" after a hospital
medication change, or "pls re-refer if still reqd" after one missed appointment, are not in line with
the NHS Standard Contract. Practices can use the LMC template letters.

2) Phlebotomy
The Tolverton General outpatient phlebotomy service moves to the Marchwood Wing from 15 July.

3) Heatwave plan
Please review the heatwave guidance for patients on lithium and diuretics.

You are receiving this bulletin as a member of an Ambershire practice.
""")

other(key="x02", sent="2029-07-14 03:17",
      notes="Phishing: fake 'document shared' notice from a look-alike domain asking for credentials.",
      frm="Docman Share <no-reply@docman-secure-share.example.net>",
      subject="Tolverton General has shared 3 clinical documents with you (expires 24h)",
      body="""
You have 3 new secure documents waiting

Sender: tmh.letters@nhs.net
Files: Discharge_Summary.pdf, Results_Urgent.pdf, GP_Actions.docx

To view the documents please sign in with your NHSmail username and password:
https://docman-secure-share.example.net/view?id=8812-PENNY

These documents will expire in 24 hours. Do not reply to this message.
""",
      html="""<html><body style="font-family:Arial">
<p><b>You have 3 new secure documents waiting</b></p>
<p>Sender: tmh.letters@nhs.net<br>Files: Discharge_Summary.pdf, Results_Urgent.pdf, GP_Actions.docx</p>
<p><a href="https://docman-secure-share.example.net/view?id=8812-PENNY">SIGN IN TO VIEW</a></p>
<p style="font-size:8pt">These documents will expire in 24 hours.</p>
</body></html>
""")

other(key="x03", sent="2029-07-26 19:48",
      notes="Patient e-mail: told by ED to get his X-ray result from the GP (cross-link to the ED letter). "
            "Patient mail is never answered by the bot.",
      frm="Callum T-O <callum.t.oyin@example.com>",
      subject="xray result??",
      body="""
hi

i was in a&e at tolverton on tues night with my wrist, the doctor said the xray looked ok but someone
else would look at it and i should ring the gp for the result. is it back yet? its still quite sore
and im meant to be at work monday (warehouse)

also do i come to you to get my stitches out

cheers
Callum Threlfall-Oyin 30/10/2001
""")

other(key="x04", sent="2029-07-31 08:01",
      notes="Out-of-office auto-reply from a urology secretary (Auto-Submitted: auto-replied).",
      frm="DOBBS, Kerry-Anne (TOLVERTON AND MARCHWOOD HOSPITALS NHS FOUNDATION TRUST) <kerryanne.dobbs@nhs.net>",
      subject="Automatic reply: Desmond Halliwell - PSA/U+E request",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
               "In-Reply-To": "<pennyfold.20290731080000.halliwell@nhs.net>"},
      body="""
Hi, I am on annual leave returning Mon 13th Aug. For urgent urology queries pls contact the urology
secretaries on 0116 496 0340 or email tmh.urologysecs@nhs.net. For clinical emergencies contact the
on-call urology registrar via Tolverton General switchboard.

Kerry-Anne
""")

other(key="x05", sent="2029-08-08 13:26",
      notes="'RE:' reply in an existing thread: the AMU consultant answers the practice's returned request and says "
            "the hospital will do the bloods itself. Nothing to detect.",
      frm="ACHEBE-LUND, Siobhan (TOLVERTON AND MARCHWOOD HOSPITALS NHS FOUNDATION TRUST) <siobhan.achebe-lund@nhs.net>",
      subject="RE: Request returned - Terence Mabbutt - U+E and fit note",
      headers={"In-Reply-To": "<pennyfold.20290722101500.mabbutt@nhs.net>",
               "References": "<pennyfold.20290722101500.mabbutt@nhs.net>"},
      body="""
Dear Pennyfold team,

Thanks for your letter and apologies - you're right. Mr Mabbutt had his U+E done in our ambulatory
clinic on 27/07 (creat 104) and I have written to him myself about restarting his ramipril. Our
discharge team has also now issued his fit note. I've fed this back to the juniors at our teaching.

Best wishes
Siobhan

Dr Siobhan Achebe-Lund
Consultant in Acute Medicine, Tolverton General Hospital

-----Original Message-----
From: Pennyfold Surgery <pennyfold.surgery@nhs.net>
Sent: 22 July 2029 10:15
Subject: Request returned - Terence Mabbutt - U+E and fit note

> Dear Dr Achebe-Lund, your discharge summary of 21/07/2029 asks the practice to check U+E in one
> week and to issue a fit note. Under the NHS Standard Contract these are for the discharging team...
""")

other(key="x06", sent="2029-08-16 14:02",
      notes="Non-delivery report (mailer-daemon) for a message the practice sent.",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>",
      subject="Undeliverable: Returned request - Shona Pickavance - goserelin",
      headers={"Auto-Submitted": "auto-replied"},
      body="""
Delivery has failed to these recipients or groups:

ouh.gynae.secretaries@nhs.net
The email address you entered couldn't be found. Please check the recipient's email address and try
to resend the message.

Diagnostic information for administrators:
Generating server: nhs.net
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'

Original message headers:
From: Pennyfold Surgery <pennyfold.surgery@nhs.net>
Subject: Returned request - Shona Pickavance - goserelin
""")

other(key="x07", sent="2029-08-25 06:10",
      notes="Automatic e-RS notification that an appointment was booked: no request, nothing to detect.",
      frm="NHS e-Referral Service <ers.notifications@nhs.net>",
      subject="e-RS: Appointment booked - UBRN 0004 8120 6637",
      body="""
NHS e-Referral Service - notification

This is an automatic notification. Please do not reply to this email.

An appointment has been booked for a referral made by your organisation.

UBRN:      0004 8120 6637
Service:   ENT - Adult General - Tolverton General Hospital
Booked:    17/10/2029 09:40
Booked by: patient (via NHS App)

No action is required.
""")

other(key="x08", sent="2029-09-03 21:14",
      notes="Relative's e-mail about a crisis-team patient (patient/family mail, never answered by the bot).",
      frm="Ceri Fairclough <ceri.fairclough88@example.com>",
      subject="my sister Danielle",
      body="""
Hello,

I'm Danielle Fairclough-Oni's sister (DOB 07/07/1998). The crisis team are seeing her every day and
she is a bit better. They said her tablets will come from the chemist a week at a time now - she is
worried this means she will be charged more, can someone tell her if that's right? She has given
permission for me to email.

Also can she have a phone appointment with Dr Okonkwo-Hale next week, not urgent.

Thank you
Ceri
""")

other(key="x09", sent="2029-09-13 17:00",
      notes="Trust GP newsletter (bulk) announcing service changes; mentions discharge-summary timeliness.",
      frm="TMH GP Liaison <tmh.gpliaison@nhs.net>",
      subject="Tolverton & Marchwood GP Newsletter - September 2029",
      headers={"List-Id": "TMH GP Newsletter <gpnews.tolmarch.nhs.uk>", "Precedence": "bulk"},
      body="""
TOLVERTON & MARCHWOOD GP NEWSLETTER - SEPTEMBER 2029

* Discharge summaries: 94% sent within 24 hours in August (target 95%). We know some have arrived
  late - please tell gp liaison.
* Urology: new haematuria one-stop clinic from 1 October - refer via e-RS as usual.
* Radiology: unexpected significant findings alerts now come from tmh.radiology.alerts@nhs.net.
* ED: new suture-removal clinic in the Minor Injuries Unit at Marchwood, Mon-Fri.

GP Liaison Team, Tolverton General Hospital, 0116 496 0301
""")

other(key="x10", sent="2029-09-21 11:05",
      notes="Community pharmacy 'RE:' e-mail about a stock problem; an ordinary pharmacy-to-practice query, "
            "not a provider letter.",
      frm="Chandlers Yard Pharmacy <chandlersyard.pharmacy@nhs.net>",
      subject="RE: Mrs D Ashmole-Tate - amlodipine 10mg",
      headers={"In-Reply-To": "<pennyfold.20290920153000.amlodipine@nhs.net>"},
      body="""
Hi,

Thanks for the reply. Our wholesaler still has no amlodipine 10 mg tablets - could you please send a
new electronic prescription for 2 x 5 mg tablets once daily (56 tablets) instead? Patient aware.

Many thanks
Tom
Chandlers Yard Pharmacy, Pennyfold  | 0115 496 0958
""")

# =========================================================================== building

def msgid(sent: dt.datetime, key: str, domain: str) -> str:
    return f"<{sent.strftime('%Y%m%d%H%M%S')}.{key}@{domain}>"


def raw(s: str) -> str:
    return s.strip("\n") + "\n"


def build_letter(L) -> bytes:
    p = PROV[L["prov"]]
    sent = london(L["sent"])
    pat = L["patient"]
    msg = EmailMessage()
    msg["From"] = L["frm"] or p["sender"]
    msg["To"] = PRACTICE_TO
    msg["Subject"] = L["subject"]
    msg["Date"] = email.utils.format_datetime(sent)
    msg["Message-ID"] = msgid(sent, L["key"], p["domain"])
    msg["X-Mailer"] = p["mailer"]
    for k, v in L["headers"].items():
        msg[k] = v
    fmt = L["fmt"]
    if fmt == "plain":
        msg.set_content(raw(L["text"]))
    elif fmt == "html":
        if L["plain"]:
            msg.set_content(raw(L["plain"]))
            msg.add_alternative(L["html"], subtype="html")
        else:
            msg.set_content(L["html"], subtype="html")
    else:
        blocks = parse_markup(L["text"])
        short = {"clinic_letter": "CL", "discharge_summary": "DS", "referral_response": "RR",
                 "results": "RES", "ed_letter": "ED"}[L["kind"]]
        fn = f"{short}_{pat['nhs_number']}_{L['letter_date'].replace('-', '')}.{fmt}"
        created = sent - dt.timedelta(minutes=23)
        title = f"{DOCTYPE[L['kind']]} - {pat['name']}"
        msg.set_content(raw(L["cover"]))
        if fmt == "pdf":
            data = make_pdf(p, L["dept"], blocks, title, created, twocol=L["opts"].get("twocol", False))
            msg.add_attachment(data, maintype="application", subtype="pdf", filename=fn)
        else:
            data = make_docx(p, L["dept"], blocks, title, created)
            msg.add_attachment(
                data, maintype="application",
                subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=fn)
    return msg.as_bytes(policy=OUT_POLICY)


def build_other(oth) -> bytes:
    sent = london(oth["sent"])
    domain = oth["frm"].rsplit("@", 1)[1].rstrip(">")
    msg = EmailMessage()
    msg["From"] = oth["frm"]
    msg["To"] = PRACTICE_TO
    msg["Subject"] = oth["subject"]
    msg["Date"] = email.utils.format_datetime(sent)
    msg["Message-ID"] = msgid(sent, oth["key"], domain)
    for k, v in oth["headers"].items():
        msg[k] = v
    msg.set_content(oth["body"].strip("\n") + "\n")
    if oth["html"]:
        msg.add_alternative(oth["html"], subtype="html")
    return msg.as_bytes(policy=OUT_POLICY)


def all_items():
    items = [("L", x) for x in LETTERS] + [("O", x) for x in OTHERS]
    items.sort(key=lambda t: london(t[1]["sent"]).astimezone(UTC))
    return items


def label_for(tag, item, num) -> dict:
    mid = f"{PREFIX}-{num:03d}"
    if tag == "O":
        return {"id": mid, "file": f"{mid}.eml", "kind": "other", "trust": None, "specialty": None,
                "clinician": None, "patient": None, "event_date": None, "letter_date": None,
                "expected": [], "urgent_clinical_action": False, "notes": item["notes"]}
    return {"id": mid, "file": f"{mid}.eml", "kind": item["kind"], "trust": PROV[item["prov"]]["name"],
            "specialty": item["specialty"], "clinician": item["clinician"], "patient": item["patient"],
            "event_date": item["event"], "letter_date": item["letter_date"],
            "expected": [{"category": c, "evidence": e} for c, e in item["exp"]],
            "urgent_clinical_action": item["urgent"], "notes": item["notes"]}


def build():
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for num, (tag, item) in enumerate(all_items(), start=1):
        random.seed(f"{PREFIX}-{item['key']}")
        data = build_letter(item) if tag == "L" else build_other(item)
        lab = label_for(tag, item, num)
        (OUT / lab["file"]).write_bytes(data)
        labels.append(lab)
    (OUT / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    print(f"built {len(labels)} messages in {OUT}")


# =========================================================================== verification

class _Text(HTMLParser):
    BLOCK = {"p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "hr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "title"):
            self.skip += 1
        elif tag in self.BLOCK:
            self.out.append("\n")
        elif tag in ("td", "th"):
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self.skip -= 1
        elif tag in self.BLOCK:
            self.out.append("\n")
        elif tag in ("td", "th"):
            self.out.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(s: str) -> str:
    t = _Text()
    t.feed(s)
    t.close()
    return "".join(t.out)


def pdf_texts(data: bytes) -> tuple[list[str], str]:
    """(pypdf text per page, pdfium full text)."""
    import pypdf
    import pypdfium2 as pdfium

    pages = [pg.extract_text() or "" for pg in pypdf.PdfReader(io.BytesIO(data)).pages]
    doc = pdfium.PdfDocument(data)
    full = []
    for i in range(len(doc)):
        tp = doc[i].get_textpage()
        full.append(tp.get_text_range())
        tp.close()
    doc.close()
    return pages, "\n".join(full)


def docx_text(data: bytes) -> str:
    import docx

    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                out.append(c.text)
    for s in d.sections:
        out += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    return "\n".join(out)


def extract(msg):
    """Return (texts that any reader sees, list of (pypdf pages, pdfium text) per PDF)."""
    texts, pdfs = [], []
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart() or ct.startswith("message/"):
            continue
        fn = (part.get_filename() or "").lower()
        if ct == "text/plain" and not fn:
            texts.append(part.get_content())
        elif ct == "text/html":
            texts.append(html_text(part.get_content()))
        elif ct == "application/pdf" or fn.endswith(".pdf"):
            pdfs.append(pdf_texts(part.get_payload(decode=True)))
        elif fn.endswith(".docx"):
            texts.append(docx_text(part.get_payload(decode=True)))
    return texts, pdfs


def found(ev: str, texts, pdfs) -> bool:
    e = collapse(ev)
    if any(e in collapse(t) for t in texts):
        return True
    return any(e in collapse("\n".join(pages)) and e in collapse(full) for pages, full in pdfs)


LONDON_TZ = london("2029-07-01 00:00").tzinfo


def is_late(kind, event, ev_time, sent: dt.datetime) -> bool:
    """Clinic letter: more than 7 calendar days.  Discharge summary: more than 24 real hours (UTC)."""
    d = dt.date.fromisoformat(event)
    days = (sent.astimezone(LONDON_TZ).date() - d).days
    if kind == "clinic_letter":
        return days > 7
    if ev_time:
        start = london(f"{event} {ev_time}").astimezone(UTC)
        return sent.astimezone(UTC) - start > dt.timedelta(hours=24)
    if days == 1:
        raise AssertionError("discharge summary sent the next day without a stated discharge time")
    return days >= 2


def other_corpora_nhs() -> set[str]:
    """NHS numbers in the other corpora's labels (read as nhs_number values only)."""
    used = set()
    paths = list(HERE.glob("*/labels.json")) + list(Path("/work/shared/corpus").glob("*/labels.json"))
    for lab in paths:
        if lab.parent.resolve() == OUT.resolve():
            continue
        used |= set(re.findall(r'"nhs_number":\s*"(\d{10})"', lab.read_text(encoding="utf-8")))
    return used


def verify() -> bool:
    ok = True

    def bad(m):
        nonlocal ok
        ok = False
        print("FAIL", m)

    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    items = {f"{PREFIX}-{n:03d}": it for n, (_t, it) in enumerate(all_items(), start=1)}
    files = sorted(p.name for p in OUT.glob("*.eml"))
    if files != sorted(lab["file"] for lab in labels):
        bad("file list does not match labels")
    keys = [it["key"] for _t, it in all_items()]
    if len(keys) != len(set(keys)):
        bad("duplicate item key")
    used_elsewhere = other_corpora_nhs()
    seen_nhs = {}
    for lab in labels:
        lid = lab["id"]
        if list(lab) != LABEL_KEYS:
            bad(f"{lid}: label keys {list(lab)}")
        if lab["kind"] not in KINDS:
            bad(f"{lid}: kind {lab['kind']}")
        raw_bytes = (OUT / lab["file"]).read_bytes()
        if b"\r\n" not in raw_bytes:
            bad(f"{lid}: not CRLF")
        msg = email.message_from_bytes(raw_bytes, policy=email.policy.default)
        sent = email.utils.parsedate_to_datetime(msg["Date"])
        if not (FIRST_DAY <= sent.date() <= LAST_DAY):
            bad(f"{lid}: sent outside July-September 2029")
        if sent.utcoffset() != sent.astimezone(LONDON_TZ).utcoffset():
            bad(f"{lid}: Date header offset {sent.utcoffset()} is not London's")
        texts, pdfs = extract(msg)
        cats = [e["category"] for e in lab["expected"]]
        if len(cats) != len(set(cats)):
            bad(f"{lid}: duplicate category")
        for e in lab["expected"]:
            if e["category"] not in CATEGORIES:
                bad(f"{lid}: category {e['category']}")
            if not found(e["evidence"], texts, pdfs):
                bad(f"{lid}: evidence not found: {e['evidence']!r}")
        if lab["kind"] == "other":
            if lab["expected"] or lab["urgent_clinical_action"] or lab["patient"] is not None:
                bad(f"{lid}: other with findings/patient")
            continue
        it = items[lid]
        pat = lab["patient"]
        n = pat["nhs_number"]
        if nhs(n[3:9]) != n:
            bad(f"{lid}: invalid NHS number {n}")
        if n in used_elsewhere:
            bad(f"{lid}: NHS number {n} used in another corpus")
        if n in seen_nhs and seen_nhs[n] != pat["name"]:
            bad(f"{lid}: NHS number reused")
        seen_nhs[n] = pat["name"]
        everything = collapse("\n".join(texts + [full for _p, full in pdfs]))
        if spaced(n) not in everything and n not in everything:
            bad(f"{lid}: NHS number not in text")
        if collapse(pat["name"]).lower() not in everything.lower():
            bad(f"{lid}: patient name not in text")
        if dmy(pat["dob"]) not in everything:
            bad(f"{lid}: date of birth not in text")
        if lab["clinician"] and collapse(lab["clinician"]) not in everything:
            bad(f"{lid}: clinician {lab['clinician']!r} not in text")
        if lab["trust"] != PROV[it["prov"]]["name"]:
            bad(f"{lid}: trust")
        for k in ("event_date", "letter_date"):
            if lab[k] is not None:
                dt.date.fromisoformat(lab[k])
                if lab[k] > sent.astimezone(LONDON_TZ).date().isoformat():
                    bad(f"{lid}: {k} after sending")
        if lab["event_date"] and lab["letter_date"] and lab["event_date"] > lab["letter_date"]:
            bad(f"{lid}: event after letter")
        if lab["event_date"] and dmy(lab["event_date"]) not in everything:
            bad(f"{lid}: event date not stated in the letter")
        late_cat = {"clinic_letter": "late_clinic_letter",
                    "discharge_summary": "late_discharge_summary"}.get(lab["kind"])
        for lc in ("late_clinic_letter", "late_discharge_summary"):
            if lc in cats and lc != late_cat:
                bad(f"{lid}: {lc} on a {lab['kind']}")
        if late_cat and lab["event_date"]:
            late = is_late(lab["kind"], lab["event_date"], it["ev_time"], sent)
            if late != (late_cat in cats):
                bad(f"{lid}: lateness label mismatch (late={late})")
            if late:
                ev = next(e["evidence"] for e in lab["expected"] if e["category"] == late_cat)
                if dmy(lab["event_date"]) not in ev:
                    bad(f"{lid}: late evidence does not state the date")
            if lab["kind"] == "discharge_summary":
                if not it["ev_time"]:
                    bad(f"{lid}: discharge summary without a stated discharge time")
                else:
                    stated = f"{dmy(lab['event_date'])} at {it['ev_time']}"
                    stated2 = f"{dmy(lab['event_date'])} {it['ev_time']}"
                    if stated not in everything and stated2 not in everything:
                        bad(f"{lid}: discharge time not stated in the letter")
        elif late_cat in cats:
            bad(f"{lid}: late label without event date")
    if ok:
        print(f"verified {len(labels)} messages: OK")
    return ok


def summary():
    from collections import Counter

    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    kinds = Counter(lab["kind"] for lab in labels)
    cats = Counter(e["category"] for lab in labels for e in lab["expected"])
    letters = [lab for lab in labels if lab["kind"] != "other"]
    fmts = Counter(it["fmt"] for tag, it in all_items() if tag == "L")
    print("kinds:", dict(sorted(kinds.items())))
    print("letter formats:", dict(sorted(fmts.items())))
    for c in sorted(CATEGORIES):
        print(f"  {c:32s} {cats.get(c, 0)}")
    print("expected entries:", sum(cats.values()))
    print("urgent:", sum(lab["urgent_clinical_action"] for lab in labels))
    print("letters with no finding (hard negatives):", sum(1 for lab in letters if not lab["expected"]))


def main(argv):
    if "--verify-only" not in argv:
        build()
    ok = verify()
    summary()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
