#!/usr/bin/env python3
"""Build the third (held-out) bouncebot corpus: tests/corpus/third/.

Everything in here is invented: the practice (Fernlea Surgery), the providers, the clinicians,
the patients, addresses, telephone numbers (Ofcom drama ranges) and NHS numbers (999 test range,
valid under Modulus 11).  The build is deterministic.

    python3 tests/corpus/make_third.py            # build, then verify
    python3 tests/corpus/make_third.py --verify-only
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
import textwrap
import zipfile
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
OUT = HERE / "third"
LONDON = ZoneInfo("Europe/London")

PRACTICE = "Fernlea Surgery"
PRACTICE_ADDR = "fernlea.surgery@nhs.net"
PRACTICE_TO = f"{PRACTICE} <{PRACTICE_ADDR}>"
PRACTICE_POSTAL = ["Fernlea Surgery", "2 Millrace Lane", "Fernlea", "Wendham", "WQ7 3LD"]

CATEGORIES = {
    "tests_for_hospital", "results_chasing", "hospital_only_prescribing",
    "shared_care_without_agreement", "fit_note", "dna_rereferral", "onward_referral",
    "post_procedure_care", "patient_redirected_to_gp", "referral_returned_for_workup",
    "non_contractual_admin", "late_discharge_summary", "late_clinic_letter",
}
KINDS = {"clinic_letter", "discharge_summary", "referral_response", "results", "ed_letter", "other"}


# --------------------------------------------------------------------------- helpers

def nhs(body6: str) -> str:
    """A valid NHS number 999+body6+check (Modulus 11)."""
    d = "999" + body6
    assert len(d) == 9
    total = sum(int(c) * (10 - i) for i, c in enumerate(d))
    chk = 11 - total % 11
    if chk == 11:
        chk = 0
    if chk == 10:
        raise ValueError(f"no valid check digit for {d}")
    return d + str(chk)


def spaced(n: str) -> str:
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def collapse(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def london(s: str) -> dt.datetime:
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=LONDON)


# --------------------------------------------------------------------------- providers

PROVIDERS = {
    "halbury": dict(
        name="Halbury Valley Hospitals NHS Foundation Trust",
        site="Halbury General Hospital", addr=["Castle Road", "Halbury", "HB4 2QT"],
        phone="0113 496 0412", domain="halburyvalley.nhs.uk",
        sender="Halbury Valley Clinical Correspondence <clinical.letters@halburyvalley.nhs.uk>",
        mailer="HVH MedDoc 3.8"),
    "greywell": dict(
        name="Greywell University Hospitals NHS Trust",
        site="Greywell Royal Infirmary", addr=["Infirmary Square", "Greywell", "GX2 9RN"],
        phone="0115 496 0733", domain="greywell-uh.nhs.uk",
        sender="GUH Outbound Letters <noreply.letters@greywell-uh.nhs.uk>",
        mailer="Greywell EPR Correspondence Gateway"),
    "coldbeck": dict(
        name="Coldbeck and Wyre Hospitals NHS Trust",
        site="Coldbeck District Hospital", addr=["Wyre Bank", "Coldbeck", "KQ5 1AS"],
        phone="0161 496 0588", domain="coldbeckwyre.nhs.uk",
        sender="Coldbeck & Wyre eCorrespondence <ecorrespondence@coldbeckwyre.nhs.uk>",
        mailer="CWH Lettergen 2.1"),
    "brannock": dict(
        name="St Brannock's Children's Hospital NHS Foundation Trust",
        site="St Brannock's Children's Hospital", addr=["Orchard Walk", "Pellow", "PZ3 8HE"],
        phone="0117 496 0290", domain="stbrannocks.nhs.uk",
        sender="St Brannock's Children's Hospital <letters@stbrannocks.nhs.uk>",
        mailer="SBCH Clinical Docs"),
    "linthorpe": dict(
        name="Linthorpe Hill Hospice",
        site="Linthorpe Hill Hospice", addr=["Beacon Lane", "Linthorpe Hill", "Wendham", "WQ9 4TB"],
        phone="01632 960 518", domain="linthorpehillhospice.org.uk",
        sender="Linthorpe Hill Hospice Clinical Team <clinical.team@linthorpehillhospice.org.uk>",
        mailer="Microsoft Outlook 16.0"),
    "tarnmoor": dict(
        name="Tarnmoor Community Healthcare NHS Trust",
        site="Tarnmoor Child Development Centre", addr=["Sefton Street", "Tarnmoor", "WQ4 6JR"],
        phone="0121 496 0167", domain="tarnmoor-ch.nhs.uk",
        sender="Community Paediatrics Admin <tch.commpaeds@nhs.net>",
        mailer="SystmOne Correspondence"),
    "ashcombe": dict(
        name="Ashcombe Community Health CIC",
        site="Ashcombe Sexual Health, The Quayside Clinic", addr=["14 Quay Street", "Ashcombe", "AQ1 2WW"],
        phone="0114 496 0951", domain="ashcombehealth.org.uk",
        sender="Ashcombe Sexual Health <ashcombe.sexualhealth@nhs.net>",
        mailer="Microsoft Outlook 16.0"),
    "pennard": dict(
        name="Pennard Hearing Services Ltd",
        site="Pennard Hearing Centre (NHS Audiology)", addr=["Unit 6, Kiln Yard", "Pennard", "WQ2 5NF"],
        phone="01632 960 744", domain="pennardhearing.example.org",
        sender="Pennard Hearing NHS Audiology <pennard.audiology@nhs.net>",
        mailer="AuditBase Mailer 7"),
    "brackenfield": dict(
        name="Brackenfield Partnership NHS Foundation Trust",
        site="Kestrel House", addr=["Kestrel House", "Old Vicarage Road", "Brackenfield", "BQ6 3YU"],
        phone="0118 496 0824", domain="brackenfield.nhs.uk",
        sender="Brackenfield Partnership Clinical Letters <letters@brackenfield.nhs.uk>",
        mailer="RiO Correspondence Service"),
}


# --------------------------------------------------------------------------- markup
# A letter body is written in a tiny markup:
#   "# text"       heading line
#   "- text"       bullet
#   "1. text"      numbered item
#   "| a | b |"    table row (consecutive rows = one table)
#   other lines    lines of a block; blank line ends a block

def parse_markup(text: str):
    blocks = []
    cur = None
    for raw in textwrap.dedent(text).strip("\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            cur = None
            continue
        s = line.strip()
        if s.startswith("# "):
            blocks.append(("h", s[2:]))
            cur = None
        elif s.startswith("- "):
            if cur is None or cur[0] != "ul":
                cur = ("ul", [])
                blocks.append(cur)
            cur[1].append(s[2:])
        elif re.match(r"^\d+[.)] ", s):
            if cur is None or cur[0] != "ol":
                cur = ("ol", [])
                blocks.append(cur)
            cur[1].append(s)
        elif s.startswith("|"):
            cells = [c.strip() for c in s.strip("|").split("|")]
            if cur is None or cur[0] != "table":
                cur = ("table", [])
                blocks.append(cur)
            cur[1].append(cells)
        else:
            if cur is None or cur[0] != "p":
                cur = ("p", [])
                blocks.append(cur)
            cur[1].append(s)
    return blocks


def wrap(s: str, width=76, indent="", sub=""):
    return textwrap.fill(s, width=width, initial_indent=indent, subsequent_indent=sub,
                         break_on_hyphens=False, break_long_words=False)


def render_plain(blocks) -> str:
    out = []
    for kind, data in blocks:
        if kind == "h":
            out.append(data.upper() if len(data) < 40 else data)
        elif kind == "p":
            out.append("\n".join(wrap(l) for l in data))
        elif kind == "ul":
            out.append("\n".join(wrap(i, indent="  * ", sub="    ") for i in data))
        elif kind == "ol":
            out.append("\n".join(wrap(i, indent="  ", sub="     ") for i in data))
        elif kind == "table":
            w = max(len(r[0]) for r in data)
            out.append("\n".join(wrap(r[0].ljust(w) + "  " + "  ".join(r[1:]),
                                      sub=" " * (w + 2)) for r in data))
    return "\n\n".join(out) + "\n"


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_html_body(blocks) -> str:
    out = []
    for kind, data in blocks:
        if kind == "h":
            out.append(f'<h3 style="font-size:11pt;margin:12px 0 4px 0">{esc(data)}</h3>')
        elif kind == "p":
            out.append("<p>" + "<br>\n".join(esc(l) for l in data) + "</p>")
        elif kind == "ul":
            out.append("<ul>\n" + "\n".join(f"<li>{esc(i)}</li>" for i in data) + "\n</ul>")
        elif kind == "ol":
            out.append("<ol>\n" + "\n".join(
                f"<li>{esc(re.sub(r'^[0-9]+[.)] ', '', i))}</li>" for i in data) + "\n</ol>")
        elif kind == "table":
            rows = []
            for r in data:
                rows.append("<tr>" + "".join(
                    f'<td style="border:1px solid #999;padding:3px 6px;vertical-align:top">{esc(c)}</td>'
                    for c in r) + "</tr>")
            out.append('<table style="border-collapse:collapse;font-size:10pt">\n' + "\n".join(rows) + "\n</table>")
    return "\n".join(out)


def letterhead_lines(p, dept):
    return [p["name"], dept, p["site"], *p["addr"], f"Tel: {p['phone']}"]


def html_doc(p, dept, blocks, style="plainhead"):
    head = letterhead_lines(p, dept)
    if style == "tablehead":
        top = ('<table width="100%" style="border-bottom:2px solid #005eb8"><tr>'
               '<td style="font-size:9pt;color:#555">Confidential: patient information</td>'
               '<td align="right" style="font-size:9pt">'
               f'<b style="font-size:12pt;color:#005eb8">{esc(head[0])}</b><br>'
               + "<br>".join(esc(x) for x in head[1:]) + "</td></tr></table>")
    else:
        top = (f'<div style="color:#005eb8;font-weight:bold;font-size:13pt">{esc(head[0])}</div>'
               f'<div style="font-size:9pt">' + " | ".join(esc(x) for x in head[1:]) + "</div><hr>")
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + esc(dept) +
            "</title></head>\n<body style=\"font-family:Arial,sans-serif;font-size:10pt\">\n" + top + "\n" +
            render_html_body(blocks) +
            f'\n<p style="font-size:8pt;color:#777">{esc(p["name"])} is not responsible for onward '
            "transmission of this information. If you have received it in error please notify the sender.</p>"
            "\n</body></html>\n")


# --------------------------------------------------------------------------- PDF

def make_pdf(p, dept, blocks, title, created: dt.datetime, twocol=False) -> bytes:
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        ListFlowable,
        ListItem,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
    head = ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", fontSize=10.5, spaceBefore=6,
                          spaceAfter=3)
    lh = ParagraphStyle("lh", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0)
    lhb = ParagraphStyle("lhb", parent=lh, fontName="Helvetica-Bold", fontSize=11, leading=13)
    cell = ParagraphStyle("c", parent=base, fontSize=9, leading=11, spaceAfter=0)

    lines = letterhead_lines(p, dept)
    lh_flow = [Paragraph(esc(lines[0]), lhb)] + [Paragraph(esc(x), lh) for x in lines[1:]]
    story = []
    body = list(blocks)
    if twocol:
        left = []
        if body and body[0][0] == "p":
            left = [Paragraph("<br/>".join(esc(x) for x in body[0][1]), base)]
            body = body[1:]
        t = Table([[left, lh_flow]], colWidths=[95 * mm, 75 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (1, 0), (1, 0), 1, colors.HexColor("#005eb8"))]))
        story += [t, Spacer(1, 8 * mm)]
    else:
        story += lh_flow + [Spacer(1, 6 * mm)]
    for kind, data in body:
        if kind == "h":
            story.append(Paragraph(esc(data), head))
        elif kind == "p":
            story.append(Paragraph("<br/>".join(esc(x) for x in data), base))
        elif kind in ("ul", "ol"):
            items = [ListItem(Paragraph(esc(re.sub(r"^[0-9]+[.)] ", "", i)), base), leftIndent=12)
                     for i in data]
            story.append(ListFlowable(items, bulletType="bullet" if kind == "ul" else "1",
                                      start=None if kind == "ul" else 1, leftIndent=14,
                                      bulletFontName="Helvetica", bulletFontSize=9))
        elif kind == "table":
            ncol = max(len(r) for r in data)
            rows = [[Paragraph(esc(c), cell) for c in r] + [""] * (ncol - len(r)) for r in data]
            widths = [170 * mm / ncol] * ncol if ncol > 2 else [55 * mm, 115 * mm][:ncol]
            t = Table(rows, colWidths=widths)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 4 * mm)]

    def footer(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        canv.drawString(20 * mm, 10 * mm, f"{p['name']} - {p['site']} - {', '.join(p['addr'])}")
        canv.drawRightString(190 * mm, 10 * mm, f"Page {doc.page}")
        canv.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=15 * mm, bottomMargin=18 * mm, title=title,
                            author=p["name"], creator=PROVIDERS_MAILER.get(p["name"], "ReportLab"))
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    data = buf.getvalue()
    # fixed creation date, deterministic
    stamp = created.strftime("D:%Y%m%d%H%M%S")
    data = re.sub(rb"D:\d{14}[^)]*", stamp.encode() + b"+00'00'", data)
    return data


PROVIDERS_MAILER = {v["name"]: v["mailer"] for v in PROVIDERS.values()}


# --------------------------------------------------------------------------- DOCX

def normalise_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2027, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def make_docx(p, dept, blocks, title, created: dt.datetime, footer_extra="") -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run(p["name"])
    r.bold = True
    hp2 = sec.header.add_paragraph(f"{dept}\n{p['site']}, {', '.join(p['addr'])}\nTel {p['phone']}")
    hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = (f"{p['name']}. Confidential patient information. {footer_extra}").strip()
    for kind, data in blocks:
        if kind == "h":
            para = d.add_paragraph()
            rr = para.add_run(data)
            rr.bold = True
        elif kind == "p":
            para = d.add_paragraph()
            for i, line in enumerate(data):
                if i:
                    para.add_run().add_break()
                para.add_run(line)
        elif kind == "ul":
            for i in data:
                d.add_paragraph(i, style="List Bullet")
        elif kind == "ol":
            for i in data:
                d.add_paragraph(re.sub(r"^[0-9]+[.)] ", "", i), style="List Number")
        elif kind == "table":
            ncol = max(len(r) for r in data)
            t = d.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            for row in data:
                cells = t.add_row().cells
                for j, c in enumerate(row):
                    cells[j].text = c
            d.add_paragraph()
    cp = d.core_properties
    cp.title = title
    cp.author = "Medical Secretaries"
    cp.last_modified_by = "Medical Secretaries"
    cp.created = created.replace(tzinfo=None)
    cp.modified = created.replace(tzinfo=None)
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return normalise_zip(buf.getvalue())


# =========================================================================== letters

LETTERS: list[dict] = []


def letter(**kw):
    kw.setdefault("opts", {})
    kw.setdefault("exp", [])
    kw.setdefault("urgent", False)
    kw.setdefault("ev_time", None)
    LETTERS.append(kw)


def P(name, nhs_number, dob):
    return {"name": name, "nhs_number": nhs_number, "dob": dob}


ADDR_OKAFOR = """
Dr C Okafor
Fernlea Surgery
2 Millrace Lane
Fernlea
Wendham WQ7 3LD
"""

# ---------------------------------------------------------------- Halbury Valley (acute)

letter(
    key="A1", prov="halbury", kind="clinic_letter", fmt="pdf", opts={"twocol": True},
    dept="Department of Rheumatology", specialty="Rheumatology", clinician="Dr Imogen Varley",
    patient=P("Pauline Ashdown", "9992495235", "1958-06-17"), hosp="HV8841203",
    ev="2027-03-02", ld="2027-03-03", sent="2027-03-04 11:20",
    subject="Clinic letter - Rheumatology - HV8841203",
    body=ADDR_OKAFOR + """

Date dictated: 02/03/2027    Date typed: 03/03/2027
Clinic date: 02/03/2027    Our ref: IV/RH/8841203

Dear Dr Okafor

# Re: Mrs Pauline Ashdown   DOB 17/06/1958   NHS No 999 249 5235
Flat 3, Weir Court, Fernlea WQ7 3NA

# Diagnosis
1. Seropositive rheumatoid arthritis (RF 88, anti-CCP > 340), diagnosed January 2027
2. Hypertension
3. Previous left Colles fracture 2019

# Current medication
Methotrexate 10 mg once weekly (Mondays), folic acid 5 mg once weekly (Thursdays), amlodipine 5 mg od, naproxen 500 mg bd PRN with omeprazole 20 mg od.

I reviewed Mrs Ashdown in the early arthritis clinic today, four weeks after she started methotrexate. She has tolerated it well apart from some mild nausea on the day after her dose. Her hands remain swollen across the MCPs and she has 20 minutes of early morning stiffness. DAS28-CRP today 4.9 (moderate activity). Her bloods on 23/02 were satisfactory: Hb 128, WCC 6.1, neutrophils 3.9, platelets 301, ALT 24, eGFR > 90.

I have increased her methotrexate to 15 mg once weekly from next Monday and she will stay on folic acid 5 mg weekly. She had 120 mg Depo-Medrone IM in clinic today to bridge her until the methotrexate takes full effect. Her chest X-ray and hepatitis serology before treatment were normal.

Dr Okafor, could you take over prescribing of her methotrexate from now on and arrange the monitoring bloods (FBC, U&E, LFT) every two weeks until she has been on a stable dose for six weeks, then monthly? She has been given the methotrexate patient booklet and a monitoring record.

She will see our rheumatology specialist nurse in 6 weeks and I will review her in 3 months.

Yours sincerely

Dr Imogen Varley
Consultant Rheumatologist

cc Mrs P Ashdown
""",
    exp=[("shared_care_without_agreement",
          "could you take over prescribing of her methotrexate from now on and arrange the monitoring bloods (FBC, U&E, LFT) every two weeks")],
    notes="MTX dose just increased; GP asked to take over prescribing and monitoring with no shared-care agreement offered")

letter(
    key="A2", prov="halbury", kind="discharge_summary", fmt="docx",
    dept="Cardiology - Cedar Ward", specialty="Cardiology", clinician="Dr Anjali Mehrotra",
    patient=P("Gerald Finchley", "9995706652", "1949-11-03"), hosp="HV4471902",
    ev="2027-03-09", ld="2027-03-09", sent="2027-03-09 18:05", urgent=True,
    subject="Electronic Discharge Summary HV4471902",
    body="""
# INPATIENT DISCHARGE SUMMARY
| Patient name | FINCHLEY, Gerald (Mr) |
| NHS number | 999 570 6652 |
| Date of birth | 03-Nov-1949 |
| Hospital number | HV4471902 |
| Registered GP | Dr C Okafor, Fernlea Surgery |
| Ward | Cedar Ward (Cardiology) |
| Responsible consultant | Dr Anjali Mehrotra |
| Date of admission | 05-Mar-2027 |
| Date of discharge | 09-Mar-2027 15:40 |

# Primary diagnosis
Acute decompensated heart failure with reduced ejection fraction (LVEF 30% on echocardiogram 06/03/2027).

# Clinical summary
Admitted via ED with 2 weeks of worsening breathlessness, orthopnoea and ankle oedema to the knees. NT-proBNP 6,840. Treated with IV furosemide and diuresed 6.5 kg. Echo showed a dilated, globally hypokinetic LV. Coronary angiogram booked as an outpatient. Guideline therapy started and titrated on the ward. Potassium rose from 4.6 to 5.4 mmol/L on the day of discharge after spironolactone was added; creatinine 118 (baseline 104).

# Medication on discharge
| Drug | Dose / frequency | Status | Supplied |
| Furosemide | 40 mg om | Increased (was 20 mg) | 14 days |
| Spironolactone | 25 mg od | NEW | 14 days |
| Ramipril | 2.5 mg bd | NEW | 14 days |
| Bisoprolol | 1.25 mg od | NEW | 14 days |
| Atorvastatin | 20 mg on | Unchanged | own supply |

# Actions for GP
| 1 | Please recheck U&E and potassium within 3 days of discharge; if K+ is 6.0 or above stop spironolactone and seek same-day advice. |
| 2 | Continue atorvastatin. |

# Follow-up arranged by the hospital
Heart failure specialist nurse home visit within 10 days. Coronary angiogram (Day Case Unit) - date to follow by post. Cardiology clinic 6-8 weeks.

# Information given to patient
Daily weights; contact the heart failure nurses on 0113 496 0415 if weight rises by 2 kg in 3 days.

Summary completed by: Dr Tom Ashby, FY1 (bleep 4471), on behalf of Dr Anjali Mehrotra, Consultant Cardiologist
""",
    exp=[("tests_for_hospital", "Please recheck U&E and potassium within 3 days of discharge")],
    notes="spironolactone just started by the hospital with K+ 5.4; monitoring pushed to GP within 3 days (urgent)")

letter(
    key="A3", prov="halbury", kind="discharge_summary", fmt="plain",
    dept="Day Surgery Unit - General Surgery", specialty="General Surgery", clinician="Mr Rupert Dallow",
    patient=P("Liam Cottrell", "9991367586", "1986-02-21"), hosp="HV9023317",
    ev="2027-03-08", ev_time=None, ld="2027-03-08", sent="2027-03-08 17:42",
    subject="Day case discharge letter - COTTRELL Liam - HV9023317",
    body="""
HALBURY VALLEY HOSPITALS NHS FOUNDATION TRUST
Day Surgery Unit, Halbury General Hospital, Castle Road, Halbury HB4 2QT

DAY CASE DISCHARGE LETTER

To: Dr C Okafor, Fernlea Surgery
Patient: Liam COTTRELL    DOB: 21/02/1986    NHS: 9991367586
Hospital no: HV9023317
Date of procedure and discharge: 08/03/2027
Consultant: Mr Rupert Dallow, Consultant General Surgeon

Procedure: Excision of lipoma, right scapular region (6 x 5 cm), under general anaesthetic. Closure with interrupted 3/0 nylon. Specimen sent for histology.

Post-operative course: Uneventful. Eating and drinking, wound dry, mobilising. Discharged home with his partner.

TTO: Paracetamol 1 g qds PRN and ibuprofen 400 mg tds PRN with food, 7 days of each supplied.

Please could you provide a fit note for three weeks; he works as a scaffolder and cannot lift or climb until the wound has healed.

Wound care: Dressing to stay on for 48 hours. Could the practice nurse remove the nylon sutures at 10 to 12 days post-op and check the wound at the same visit?

Histology: will be reviewed by Mr Dallow's team, who will write to Mr Cottrell and to you with the result. No clinic follow-up is planned if the histology is benign.

Advice given: watch for redness, discharge or fever; if concerned within 30 days ring the Day Surgery Unit on 0113 496 0438 (07:30 to 20:00) or NHS 111 out of hours.

Signed: Mr Rupert Dallow, Consultant General Surgeon
(Letter generated by Halbury Valley Day Surgery EPR)
""",
    exp=[("fit_note", "Please could you provide a fit note for three weeks"),
         ("post_procedure_care", "Could the practice nurse remove the nylon sutures at 10 to 12 days post-op and check the wound at the same visit?")],
    notes="day-case lipoma excision: fit note and suture removal pushed to GP; histology kept by hospital (not a detection)")

letter(
    key="A4", prov="halbury", kind="clinic_letter", fmt="html",
    dept="Gastroenterology Outpatients", specialty="Gastroenterology", clinician="Dr Farhan Qureshi",
    patient=P("Chloe Brennan-Walsh", "9993879266", "1992-09-30"), hosp="HV7719055",
    ev="2027-03-01", ld="2027-03-05", sent="2027-03-12 14:03",
    subject="Outpatient letter: Gastroenterology (HV7719055)",
    body="""
Dr P Pritchard
Fernlea Surgery, 2 Millrace Lane, Fernlea, Wendham WQ7 3LD

Clinic Date: 01 Mar 2027    Typed: 05 Mar 2027

Dear Dr Pritchard

Patient: Miss Chloe Brennan-Walsh, date of birth 30 September 1992, NHS number 999 387 9266

Thank you for referring this 34-year-old primary school teacher with a four-month history of loose stools, up to five times a day, with urgency and occasional nocturnal episodes. There has been no rectal bleeding. She has lost 3 kg. There is no family history of inflammatory bowel disease or bowel cancer. She smokes 5 cigarettes a day. Examination was unremarkable apart from mild left iliac fossa tenderness.

Your FIT was 14 and coeliac serology was negative. Today I requested a faecal calprotectin, stool culture and C. difficile screen, and she took the pots home to return to our laboratory. The differential includes microscopic colitis and early inflammatory bowel disease, although irritable bowel syndrome with diarrhoea remains possible.

I would be grateful if you could chase the calprotectin result in a fortnight and, if it is over 200, let me know so that I can bring her colonoscopy forward. Otherwise I have listed her for a routine colonoscopy with biopsies.

I have started loperamide 2 mg as required (maximum 8 a day) and suggested she cut down her caffeine intake.

Yours sincerely

Dr Farhan Qureshi
Consultant Gastroenterologist
""",
    exp=[("results_chasing", "I would be grateful if you could chase the calprotectin result in a fortnight"),
         ("late_clinic_letter", "Clinic Date: 01 Mar 2027")],
    notes="hospital-ordered calprotectin to be chased by GP; letter sent 11 days after clinic")

letter(
    key="A5", prov="halbury", kind="ed_letter", fmt="plain",
    dept="Emergency Department", specialty="Emergency Medicine", clinician="Dr Grace Unsworth",
    patient=P("Maxine Delacroix", "9999604374", "1979-04-08"), hosp="HV6650281",
    ev="2027-03-06", ld="2027-03-07", sent="2027-03-07 07:31",
    subject="ED Discharge Notification - HV6650281",
    body="""
*** EMERGENCY DEPARTMENT DISCHARGE NOTIFICATION ***
Halbury General Hospital ED

GP: Fernlea Surgery (Dr C Okafor)
Name: DELACROIX, Maxine    DoB: 08-Apr-1979    NHS No: 999 960 4374
Arrival: 06-Mar-2027 22:14    Departure: 07-Mar-2027 02:05
Mode of arrival: Own transport

Presenting complaint: Sudden low back pain after lifting a resident at work (care home).

Assessment: Lumbar paraspinal tenderness, no midline tenderness. Full power, normal reflexes, saddle sensation intact, passing urine normally. No red flags.

Diagnosis: Acute mechanical low back pain (lumbar strain).

Investigations: None required.

Treatment in ED: Paracetamol 1 g, ibuprofen 400 mg PO. Cauda equina advice card given and explained.

Medication supplied: Ibuprofen 400 mg tds with food x 5 days; paracetamol 1 g qds x 5 days.

Outcome: Discharged to GP care.

GP actions: She works as a care assistant and cannot do manual handling at present; please issue a fit note for two weeks. Self-referral details for MSK physiotherapy given to patient.

Seen by: Dr Grace Unsworth, ST4 Emergency Medicine
Senior review: Dr Kofi Adjei, ED Consultant
""",
    exp=[("fit_note", "please issue a fit note for two weeks")],
    notes="ED asks GP for a fit note for the period after its own assessment")

letter(
    key="A6", prov="halbury", kind="referral_response", fmt="html", opts={"alt": True},
    dept="Urology Referral Triage", specialty="Urology", clinician="Mr Sunil Rathore",
    patient=P("Dennis Hargreave", "9996561151", "1958-12-12"), hosp="HV3392410",
    ev=None, ld="2027-03-10", sent="2027-03-10 16:48",
    subject="e-RS referral returned - Urology - UBRN 0001 4417 2290",
    body="""
# Referral Triage Outcome: RETURNED TO REFERRER
| Patient | Dennis HARGREAVE |
| Date of birth | 12/12/1958 |
| NHS number | 999 656 1151 |
| UBRN | 0001 4417 2290 |
| Referring clinician | Dr L Lindqvist, Fernlea Surgery |
| Service | Urology - General (routine) |
| Triaged by | Mr Sunil Rathore, Consultant Urologist, 10/03/2027 |

Dear Dr Lindqvist

Thank you for this routine referral for Mr Hargreave, a 68-year-old man with nocturia three times a night, hesitancy and a poor stream. His PSA of 2.1 is within the age-specific range and the prostate felt benign and moderately enlarged.

We are unable to accept the referral in its current form. Please complete a 3-day frequency volume chart and an IPSS questionnaire, send an MSU, and start tamsulosin 400 micrograms once daily for 6 weeks; if his symptoms persist after that, re-refer enclosing the chart and score.

Kind regards

Mr Sunil Rathore
Consultant Urologist
Halbury Valley Hospitals NHS Foundation Trust
""",
    exp=[("referral_returned_for_workup",
          "We are unable to accept the referral in its current form. Please complete a 3-day frequency volume chart and an IPSS questionnaire")],
    notes="LUTS referral returned for work-up and a drug trial before acceptance")

letter(
    key="A7", prov="halbury", kind="clinic_letter", fmt="docx",
    dept="Respiratory Medicine", specialty="Respiratory Medicine", clinician="Dr Helena Marsh",
    patient=P("Brenda Oyelaran", "9996090671", "1953-05-19"), hosp="HV2286174",
    ev="2027-03-11", ld="2027-03-12", sent="2027-03-15 09:12",
    subject="Respiratory clinic letter HV2286174",
    body="""
Respiratory Outpatients, Halbury General Hospital
Clinic: Thursday 11 March 2027 (Dr Marsh)
Dictated 11/03/2027, typed 12/03/2027 JB

Dr C Okafor
Fernlea Surgery
2 Millrace Lane, Fernlea, Wendham WQ7 3LD

| Patient | Mrs Brenda OYELARAN |
| DOB | 19.05.1953 |
| NHS | 999 609 0671 |
| Hosp no | HV2286174 |

# Diagnoses
- COPD, GOLD 3 (FEV1 41% predicted), MRC dyspnoea 4
- Ex-smoker, 45 pack years, stopped 2021
- Incidental 4.3 cm infrarenal abdominal aortic aneurysm (CT thorax 22/02/2027)

Dear Dr Okafor

I saw Mrs Oyelaran with her son today. She has had two exacerbations needing prednisolone since the autumn but none requiring admission. Her inhaler technique with the Trimbow pMDI and spacer was good. Oxygen saturations were 93% on air, so she does not meet the criteria for an ambulatory oxygen assessment at present. Her CT thorax shows centrilobular emphysema with no suspicious nodules; reassuringly the bronchiectasis we were concerned about has not been confirmed.

I have referred her to the Halbury pulmonary rehabilitation programme myself and she is keen to attend. Please continue her Trimbow two puffs twice daily and her rescue pack arrangements as before.

The CT also showed an infrarenal abdominal aortic aneurysm measuring 4.3 cm, which was not previously known. Would you kindly refer her to the vascular surgeons for surveillance? She is aware of the finding and understands why it needs follow-up.

I will see her again in 6 months with repeat spirometry.

Yours sincerely

Dr Helena Marsh
Consultant Respiratory Physician
""",
    exp=[("onward_referral", "Would you kindly refer her to the vascular surgeons for surveillance?")],
    notes="incidental AAA on hospital CT; hospital asks GP to refer on to vascular; pulmonary rehab referral made by hospital (not a detection)")

letter(
    key="A8", prov="halbury", kind="discharge_summary", fmt="pdf",
    dept="Trauma and Orthopaedics - Ward 9", specialty="Trauma and Orthopaedics", clinician="Mr Oliver Penhaligon",
    patient=P("Rosemary Tilling", "9990687110", "1946-07-27"), hosp="HV1180093",
    ev="2027-03-05", ld="2027-03-05", sent="2027-03-10 12:37",
    subject="Discharge Summary - TILLING Rosemary - HV1180093",
    body="""
# DISCHARGE SUMMARY - ELECTIVE ORTHOPAEDICS
Patient: Mrs Rosemary TILLING    DOB 27/07/1946    NHS No 999 068 7110    Hosp No HV1180093
GP: Fernlea Surgery, Wendham
Consultant: Mr Oliver Penhaligon, Consultant Orthopaedic Surgeon
Admission date: 02/03/2027    Discharge date: 05/03/2027

# Procedure
Right total knee replacement (cemented) on 02/03/2027 under spinal anaesthetic. Skin closed with clips. Wound dressing: Aquacel Surgical.

# Progress
Uncomplicated recovery. Mobilising with two crutches and cleared by physiotherapy for stairs. Post-op Hb 108 (pre-op 131). Pain controlled on oral analgesia.

# Medication on discharge (TTO)
| Enoxaparin 40 mg subcutaneous once daily | 7 days supplied (total course 14 days) |
| Paracetamol 1 g four times a day | 14 days supplied |
| Codeine phosphate 30 mg up to four times a day PRN | 7 days supplied |
| Lactulose 10 ml bd PRN | 1 bottle |
| Bendroflumethiazide 2.5 mg od | own supply, unchanged |

# Actions for GP
- The remaining 7 days of enoxaparin to be prescribed by the GP so that she completes 14 days of VTE prophylaxis. Her daughter has been taught to give the injections.
- Clips to be removed at the GP surgery on day 12 to 14 post-op (14/03/2027 to 16/03/2027).

# Follow-up
Physiotherapy outpatients - appointment sent. Arthroplasty clinic at 6 weeks with X-ray.

Discharging clinician: Dr Neha Bhatt, FY2 Trauma and Orthopaedics
""",
    exp=[("hospital_only_prescribing", "The remaining 7 days of enoxaparin to be prescribed by the GP"),
         ("post_procedure_care", "Clips to be removed at the GP surgery on day 12 to 14 post-op"),
         ("late_discharge_summary", "Discharge date: 05/03/2027")],
    notes="TKR: short LMWH supply, clip removal pushed to GP; summary sent 5 days after discharge")

letter(
    key="A9", prov="halbury", kind="clinic_letter", fmt="plain",
    dept="Diabetes and Endocrinology", specialty="Endocrinology", clinician="Dr Marcus Ellery",
    patient=P("Yasmin Chaudhry", "9996350177", "1988-01-14"), hosp="HV5538021",
    ev="2027-03-16", ld="2027-03-16", sent="2027-03-19 10:55",
    subject="Endocrine clinic letter - HV5538021",
    body="""
Halbury Valley Hospitals NHS Foundation Trust
Centre for Diabetes and Endocrinology, Halbury General Hospital
Tel 0113 496 0471

Dr L Lindqvist
Fernlea Surgery

16 March 2027

Dear Dr Lindqvist

Yasmin CHAUDHRY, 14/01/1988, NHS 999 635 0177, HV5538021
Seen in the thyroid clinic on 16/03/2027

Diagnosis: Graves' disease (TRAb 9.4), first presentation November 2026.
Medication: Carbimazole 10 mg once daily (reduced today from 20 mg); propranolol stopped.

Yasmin is much improved. Her palpitations and tremor have settled and she has regained 2 kg. Her latest free T4 was 14.2 with a TSH still suppressed at 0.02, which is expected at this stage. She has no sore throat or rash and knows to stop carbimazole and have an urgent FBC if she develops a sore throat or fever.

She is keen to avoid radioiodine for the time being and we have agreed a titration regime for 12 to 18 months.

Recommend GP checks TFTs in 6/52 and sends me the result so that I can adjust the carbimazole dose by letter. I will see her in the clinic again in 4 months.

With best wishes

Dr Marcus Ellery
Consultant Endocrinologist
""",
    exp=[("tests_for_hospital", "Recommend GP checks TFTs in 6/52 and sends me the result")],
    notes="titration bloods for hospital-managed carbimazole requested from GP")

letter(
    key="A10", prov="halbury", kind="clinic_letter", fmt="html", opts={"htmlstyle": "tablehead"},
    dept="Dermatology Department", specialty="Dermatology", clinician="Dr Priya Anand",
    patient=P("Kieran Moss", "9990138079", "2006-10-02"), hosp="HV8120447",
    ev="2027-03-17", ld="2027-03-18", sent="2027-03-18 15:26",
    subject="Dermatology clinic letter (HV8120447)",
    body="""
Dermatology Outpatients, Halbury General Hospital
Date seen: 17/03/2027

To: Dr P Pritchard, Fernlea Surgery

Re: Kieran MOSS, DOB 02/10/2006, NHS No 9990138079

Diagnosis: Nodulocystic acne with scarring, failed two courses of oral lymecycline with topical adapalene/benzoyl peroxide.

Dear Dr Pritchard

Kieran attended with his mother. He has active nodular acne on his face, chest and back with early atrophic scarring, and it is affecting his mood, although he denies any thoughts of self-harm and his PHQ-9 was 6. We discussed isotretinoin in detail, including the risks of low mood, dry skin, raised lipids and the need to avoid alcohol excess, and he gave written consent.

Isotretinoin will be prescribed and dispensed by the hospital pharmacy throughout the course. His baseline LFTs and fasting lipids were taken in our clinic today and the dermatology nurses will repeat them at one month. Starting dose 20 mg daily.

This letter is for your information only; no action is needed from the practice. Please do not co-prescribe tetracyclines while he is on isotretinoin.

Yours sincerely

Dr Priya Anand
Consultant Dermatologist

cc: Mr Kieran Moss (patient)
""",
    exp=[],
    notes="hard negative: red drug and its monitoring kept by the hospital; for information only")

letter(
    key="A11", prov="halbury", kind="clinic_letter", fmt="pdf",
    dept="Neurology - Headache Clinic", specialty="Neurology", clinician="Dr Siobhan Kerrigan",
    patient=P("Anthony Lapworth", "9999529658", "1975-03-09"), hosp="HV6604012",
    ev="2027-03-03", ld="2027-03-04", sent="2027-03-05 08:47",
    subject="Neurology: non-attendance HV6604012",
    body="""
Dr C Okafor
Fernlea Surgery
2 Millrace Lane
Fernlea
Wendham WQ7 3LD

4 March 2027

Dear Dr Okafor

RE: Mr Anthony LAPWORTH, born 09/03/1975
NHS number: 999 952 9658    Hospital number: HV6604012
Address: 27 Coopers Row, Fernlea WQ7 2PX

Mr Lapworth did not attend his new patient appointment in the headache clinic on Wednesday 3 March 2027. This was his first appointment, booked following your routine referral about daily headaches since September.

In line with the Trust Access Policy he has been discharged from the neurology service and a copy of this letter has been sent to him. If you still feel he needs to be seen, please send a new referral through the e-Referral Service.

Yours sincerely

Dr Siobhan Kerrigan
Consultant Neurologist
(Electronically approved - not signed)
""",
    exp=[("dna_rereferral", "If you still feel he needs to be seen, please send a new referral through the e-Referral Service.")],
    notes="discharged after a single missed first appointment, GP asked to re-refer")

letter(
    key="A12", prov="halbury", kind="results", fmt="plain",
    dept="Haematology", specialty="Haematology", clinician="Dr Nathaniel Quist",
    patient=P("Doreen Whitlock", "9998781493", "1940-08-16"), hosp="HV3047719",
    ev=None, ld="2027-03-22", sent="2027-03-22 13:10",
    subject="Haematology results - WHITLOCK D - HV3047719",
    body="""
HAEMATOLOGY CLINIC - RESULTS LETTER
Halbury Valley Hospitals NHS Foundation Trust

To: Fernlea Surgery (Dr Lindqvist)
From: Dr Nathaniel Quist, Consultant Haematologist
Date: 22/03/2027

Patient: Mrs Doreen WHITLOCK | DOB 16/08/1940 | NHS 999 878 1493 | HV3047719

Mrs Whitlock was seen in the haematology clinic earlier this month for a macrocytic anaemia (Hb 101, MCV 109). The investigations I requested at that visit are now back:

| Vitamin B12 | 96 ng/L (low; range 180-900) |
| Folate | 6.1 ug/L (normal) |
| Intrinsic factor antibody | POSITIVE |
| Reticulocytes | 38 x10^9/L |
| Blood film | Oval macrocytes, hypersegmented neutrophils |

These results are consistent with pernicious anaemia. The bone marrow examination we had discussed will not be needed.

Recommend GP commences hydroxocobalamin 1 mg IM loading doses (three times a week for two weeks) followed by 1 mg every three months lifelong, and rechecks her FBC after the loading course. She has not yet been told the result.

I have discharged her from the haematology clinic.

Dr Nathaniel Quist
Consultant Haematologist
""",
    exp=[("results_chasing", "Recommend GP commences hydroxocobalamin 1 mg IM loading doses")],
    notes="hospital-requested tests handed to the GP to act on and communicate (patient not yet told)")

letter(
    key="A13", prov="halbury", kind="discharge_summary", fmt="docx", opts={"octet": True},
    dept="Acute Medical Unit", specialty="Acute Medicine", clinician="Dr Rebecca Thorne",
    patient=P("Sandra Pickavance", "9994920251", "1969-02-02"), hosp="HV4409816",
    ev="2027-03-23", ld="2027-03-23", sent="2027-03-23 19:44",
    subject="Discharge summary HV4409816",
    body="""
# Discharge Summary - Acute Medical Unit
| Name | Sandra PICKAVANCE |
| DOB | 02/02/1969 |
| NHS number | 999 492 0251 |
| Admitted | 20/03/2027 |
| Discharged | 23/03/2027 at 14:15 |
| Consultant | Dr Rebecca Thorne (Acute Medicine) |

# Diagnosis
Cellulitis of the left lower leg.

# Summary
Presented with a 3-day history of a hot, red, swollen left shin with fever. No abscess on ultrasound. Treated with IV flucloxacillin for 72 hours with a good response: the erythema has retreated well inside the marked margins and the CRP fell from 186 to 41. She was known to the practice with venous eczema, which was the likely portal of entry.

# Medicines on discharge
| Flucloxacillin 1 g qds | to complete 7 days in total; the full remaining course (4 days) supplied |
| Emollient (Hydromol ointment) | 500 g supplied |
| Amlodipine 10 mg od | unchanged, own supply |

# Fit note
A fit note (Med3) has been issued by the ward for 14 days from 20/03/2027, and a copy is on the EPR.

# GP actions
None. Please continue amlodipine.

# Advice to patient
Keep the leg elevated when sitting and continue the emollient. If the redness spreads again or she becomes feverish, she should seek medical advice the same day.

Completed by Dr Callum Fry, FY1, for Dr Rebecca Thorne
""",
    exp=[],
    notes="hard negative: full antibiotic course supplied, fit note already issued, green drug continued, conditional safety-netting")

letter(
    key="A14", prov="halbury", kind="clinic_letter", fmt="plain",
    dept="Ophthalmology", specialty="Ophthalmology", clinician="Miss Harriet Coyle",
    patient=P("Ivy Stansfield", "9992719524", "1944-01-25"), hosp="HV7395508",
    ev="2027-03-24", ld="2027-03-25", sent="2027-03-26 16:02",
    subject="Ophthalmology letter HV7395508",
    body="""
Halbury Eye Unit
Halbury General Hospital, Castle Road, Halbury HB4 2QT

Clinic: Cataract assessment, 24th March 2027
Typed: 25th March 2027

Dr P Pritchard, Fernlea Surgery

Dear Dr Pritchard

Re: Mrs Ivy STANSFIELD (DOB 25-01-1944) NHS Number 999 271 9524

Mrs Stansfield has visually significant cataracts, worse on the right. Her corrected acuity is 6/24 right and 6/12 left, and she has stopped driving at night. Intraocular pressures were 16 and 17. There was no diabetic retinopathy and the maculae looked healthy on OCT.

She would like to proceed with right phacoemulsification and lens implant under local anaesthetic, and I have added her to the waiting list today. Biometry was done in clinic. The current wait is about 20 weeks.

She was worried about being forgotten on the list. I explained that if she has not heard from us about a pre-assessment date within 12 weeks she should contact her GP surgery, who can chase it with the hospital.

Yours sincerely

Miss Harriet Coyle
Consultant Ophthalmic Surgeon
""",
    exp=[("patient_redirected_to_gp", "she should contact her GP surgery, who can chase it with the hospital")],
    notes="patient told to go through the GP to chase the hospital's own waiting list")

# ---------------------------------------------------------------- Greywell University Hospitals (acute)

letter(
    key="B1", prov="greywell", kind="clinic_letter", fmt="pdf", opts={"twocol": True},
    dept="Cardiology Outpatients", specialty="Cardiology", clinician="Dr Benedict Aloysius Crane",
    patient=P("Harjit Sandhu", "9995775395", "1971-06-05"), hosp="GR0658812",
    ev="2027-03-03", ld="2027-03-05", sent="2027-03-15 10:41",
    subject="Letter from Cardiology - GR0658812",
    body="""
PRIVATE AND CONFIDENTIAL
Dr L Lindqvist
Fernlea Surgery
2 Millrace Lane
Fernlea, Wendham WQ7 3LD

Our ref: BAC/sm/GR0658812
Date: 05/03/2027

Dear Dr Lindqvist

# Mr Harjit SANDHU - DOB 05/06/1971 - NHS 999 577 5395
# 14 Tanners Close, Fernlea WQ7 1EE

Seen in clinic on 3 March 2027.

Problem list: (1) palpitations, intermittent, 6 months; (2) type 2 diabetes, HbA1c 58; (3) BMI 31.

Mr Sandhu describes episodes of rapid, regular palpitations lasting up to 20 minutes, roughly twice a month, with no syncope. They sometimes stop when he bears down. His resting ECG in clinic today was normal with a PR interval of 160 ms and no pre-excitation. Examination was unremarkable and there were no murmurs. The history is suggestive of a re-entrant SVT, although atrial fibrillation should be excluded.

I have taught him the modified Valsalva manoeuvre. It would be helpful if the surgery could arrange a 72-hour Holter monitor and TFTs before I review him again in 3 months, and send the reports to my secretary. If SVT is confirmed I will discuss an EP study and ablation with him.

I have not started any medication for now.

Yours sincerely

Dr Benedict Aloysius Crane
Consultant Cardiologist
Secretary: 0115 496 0740
""",
    exp=[("tests_for_hospital", "It would be helpful if the surgery could arrange a 72-hour Holter monitor and TFTs before I review him again in 3 months"),
         ("late_clinic_letter", "Seen in clinic on 3 March 2027.")],
    notes="hospital's own work-up (Holter, TFTs) pushed to practice; letter sent 12 days after clinic")

letter(
    key="B2", prov="greywell", kind="discharge_summary", fmt="plain",
    dept="Respiratory Medicine - Ward 21", specialty="Respiratory Medicine", clinician="Dr Ruth Okonjo",
    patient=P("Edwin Blakemore", "9992457139", "1951-09-22"), hosp="GR2209437",
    ev="2027-03-10", ev_time="11:05", ld="2027-03-10", sent="2027-03-11 09:17",
    subject="Discharge Summary (Respiratory) - GR2209437",
    body="""
GREYWELL UNIVERSITY HOSPITALS NHS TRUST
Greywell Royal Infirmary - Ward 21 (Respiratory)

DISCHARGE SUMMARY

Patient: BLAKEMORE, Edwin   DOB 22/09/1951   NHS No 999 245 7139   MRN GR2209437
GP practice: Fernlea Surgery (Y99321)
Admitted: 05/03/2027 18:40 via ED
Discharged: 10/03/2027 at 11:05 to usual residence
Consultant: Dr Ruth Okonjo
Author: Dr Amir Haddad, FY1

DIAGNOSIS
Community-acquired pneumonia, right lower lobe (CURB-65 score 2), with acute kidney injury stage 1.

COURSE
Treated with IV co-amoxiclav and oral clarithromycin, switched to oral antibiotics on day 3. Creatinine peaked at 168 (baseline 96) and had improved to 121 on the day of discharge with IV fluids. His ramipril was withheld throughout the admission.

MEDICATION CHANGES
- Ramipril 5 mg od: WITHHELD - do not restart until renal function is back to baseline.
- Amoxicillin 500 mg tds: to complete 7 days in total (2 days remaining, supplied).

RESULTS OUTSTANDING AT DISCHARGE
Sputum culture and Legionella urinary antigen were sent on 08/03/2027 and are pending.

ACTIONS FOR GP
1. GP to follow up the sputum culture and Legionella antigen results.
2. Please repeat U&Es in 1 week and restart ramipril if creatinine is back to baseline.

FOLLOW-UP
No respiratory clinic follow-up required.
""",
    exp=[("results_chasing", "GP to follow up the sputum culture and Legionella antigen results."),
         ("tests_for_hospital", "Please repeat U&Es in 1 week")],
    notes="pending hospital results handed to GP; post-AKI U&E pushed to GP; next-day summary 22 h after discharge (on time)")

letter(
    key="B3", prov="greywell", kind="clinic_letter", fmt="html",
    dept="Rheumatology", specialty="Rheumatology", clinician="Dr Mei-Ling Foster",
    patient=P("Gwendolyn Parry", "9992010584", "1964-11-29"), hosp="GR4478520",
    ev="2027-03-09", ld="2027-03-10", sent="2027-03-11 12:08",
    subject="Rheumatology clinic letter - GR4478520",
    body="""
Rheumatology Department, Greywell Royal Infirmary
Clinic date 09/03/2027 | Dictated 10/03/2027

Dr C Okafor, Fernlea Surgery

Dear Dr Okafor

Mrs Gwendolyn PARRY | DOB 29/11/1964 | NHS 999 201 0584 | GR4478520

Diagnosis: Psoriatic arthritis (oligoarticular), plaque psoriasis.
Treatment: Leflunomide 20 mg once daily since October 2026.

Thank you for returning the signed shared care agreement for leflunomide, which we received on 26/02/2027. Mrs Parry has now been on a stable dose for over three months with normal blood results throughout, the last being on 02/03/2027 (ALT 31, neutrophils 4.2, BP 132/78).

As set out in the agreement you signed, the practice will take over prescribing and the two-monthly monitoring (FBC, LFTs, BP and weight) from 1 April 2027. We will send the monitoring schedule and thresholds again with this letter. Our rheumatology advice line (0115 496 0762) is available if any results fall outside the thresholds.

Her joints are quiet today and her skin is well controlled with Dovobet gel. I will see her again in 6 months.

With best wishes

Dr Mei-Ling Foster
Consultant Rheumatologist
""",
    exp=[],
    notes="hard negative: shared-care agreement already signed and returned by the practice")

letter(
    key="B4", prov="greywell", kind="referral_response", fmt="docx",
    dept="Gastroenterology - Advice and Guidance", specialty="Gastroenterology", clinician="Dr Karl Embleton",
    patient=P("Natasha Greenhalgh", "9997519841", "1995-03-03"), hosp="GR7731096",
    ev=None, ld="2027-03-12", sent="2027-03-12 17:30",
    subject="Referral outcome: converted to Advice & Guidance (GR7731096)",
    body="""
# REFERRAL OUTCOME - GASTROENTEROLOGY
| Patient | Natasha GREENHALGH |
| DOB | 03/03/1995 |
| NHS No | 999 751 9841 |
| Referrer | Dr P Pritchard, Fernlea Surgery |
| Referral received | 01/03/2027 (routine) |
| Outcome | Converted to Advice and Guidance - not accepted for clinic |

Dear Dr Pritchard

Thank you for referring Ms Greenhalgh with eight months of bloating, alternating bowel habit and lower abdominal cramps. There are no red flags in the referral and her weight is stable.

This referral has not been accepted for an outpatient appointment at present. Before we can consider seeing her, please arrange a FIT test, faecal calprotectin and coeliac serology, give her a six-week trial of mebeverine 135 mg tds with a low-FODMAP dietary leaflet, and re-refer with the results if her symptoms have not settled.

If the calprotectin is above 200 or the FIT is 10 or more, please refer on the appropriate pathway instead.

Kind regards

Dr Karl Embleton
Consultant Gastroenterologist
Greywell University Hospitals NHS Trust
""",
    exp=[("referral_returned_for_workup",
          "please arrange a FIT test, faecal calprotectin and coeliac serology, give her a six-week trial of mebeverine 135 mg tds")],
    notes="referral converted to A&G with tests and a drug trial required before re-referral")

letter(
    key="B5", prov="greywell", kind="clinic_letter", fmt="plain",
    dept="General Surgery", specialty="General Surgery", clinician="Mr Declan Furlong",
    patient=P("Patrick Noone", "9994931075", "1963-08-11"), hosp="GR5562018",
    ev="2027-03-15", ld="2027-03-16", sent="2027-03-18 11:34",
    subject="Surgical outpatient letter GR5562018",
    body="""
Greywell University Hospitals NHS Trust
Department of General Surgery, Greywell Royal Infirmary, Infirmary Square, Greywell GX2 9RN

Consultant: Mr Declan Furlong FRCS

Dr C Okafor
Fernlea Surgery

Clinic date: Monday 15/03/2027
Typed: 16/03/2027

Re: Patrick NOONE
DOB: 11.08.1963   NHS number: 999 493 1075   Hosp: GR5562018

Dear Dr Okafor

Thank you for referring this 63-year-old lorry driver with a symptomatic right inguinal hernia. It is easily reducible and there are no features of obstruction. He is otherwise fit apart from treated hypertension and mild asthma.

I have listed him for a laparoscopic right inguinal hernia repair as a day case. Bloods, a urine dip and an ECG were done in clinic today as part of his screening.

To help our pre-operative assessment team, please complete the enclosed pre-operative health questionnaire (including his current medication list and most recent blood pressure) and return it to the Surgical Pre-assessment Unit within 14 days.

I have told Mr Noone that the results of today's bloods will go to his GP and that he can get the results from your surgery in about a week.

He should avoid heavy lifting in the meantime.

Yours sincerely

Mr Declan Furlong
Consultant General and Upper GI Surgeon
""",
    exp=[("non_contractual_admin", "please complete the enclosed pre-operative health questionnaire"),
         ("patient_redirected_to_gp", "he can get the results from your surgery in about a week")],
    notes="pre-op questionnaire pushed to practice; patient sent to GP for the hospital's own blood results")

letter(
    key="B6", prov="greywell", kind="discharge_summary", fmt="pdf",
    dept="Surgical Assessment Unit / Ward 14", specialty="General Surgery", clinician="Miss Joanna Pryce",
    patient=P("Kelly-Anne Morrow", "9995672529", "1990-12-04"), hosp="GR8843305",
    ev="2027-03-16", ld="2027-03-16", sent="2027-03-16 20:12",
    subject="Discharge Summary GR8843305",
    body="""
# SURGICAL DISCHARGE SUMMARY
| Patient | Kelly-Anne MORROW |
| Date of birth | 04/12/1990 |
| NHS number | 999 567 2529 |
| Admission | 14/03/2027 (emergency, acute cholecystitis) |
| Discharge | 16/03/2027 |
| Consultant | Miss Joanna Pryce, Consultant HPB Surgeon |

# Operation
Laparoscopic cholecystectomy on 15/03/2027 (index admission). Four port sites closed with 4/0 Monocryl to skin except the umbilical port, which was closed with two interrupted nylon sutures. Operative cholangiogram normal.

# Post-operative progress
Uneventful. LFTs normalising. Tolerating diet, bowels opened.

# TTO
Paracetamol 1 g qds and codeine 30 mg qds PRN (7 days supplied). Laxido 1 sachet bd PRN (7 days).

# GP to action
- Please arrange a wound check and removal of the umbilical nylon sutures at the GP surgery on day 10.
- GP to provide a fit note for two weeks from discharge (office manager, needs to avoid driving for 1 week).

# Hospital follow-up
None planned. Histology will be checked by the surgical team and the patient informed only if abnormal.

Summary by Dr Lewis Mbatha, FY1, for Miss J Pryce
""",
    exp=[("post_procedure_care", "Please arrange a wound check and removal of the umbilical nylon sutures at the GP surgery on day 10."),
         ("fit_note", "GP to provide a fit note for two weeks from discharge")],
    notes="post-op suture removal and fit note for the post-operative period pushed to GP")

letter(
    key="B7", prov="greywell", kind="ed_letter", fmt="html",
    dept="Emergency Department", specialty="Emergency Medicine", clinician="Dr Aled Gwilt",
    patient=P("Winifred Osei", "9998770939", "1938-04-30"), hosp="GR1124960",
    ev="2027-03-19", ld="2027-03-19", sent="2027-03-19 23:10",
    subject="ED attendance summary - GR1124960",
    body="""
# Emergency Department Attendance Summary
| Name | OSEI, Winifred |
| DOB | 30-Apr-1938 |
| NHS number | 999 877 0939 |
| Arrived | 19-Mar-2027 14:02 by ambulance |
| Discharged | 19-Mar-2027 21:35 |
| Seen by | Dr Aled Gwilt (ED Registrar) |

# Presenting complaint
Found on the floor at home by her carer; long lie of about two hours. Third fall in six months according to her daughter.

# Findings
Small scalp haematoma. GCS 15. CT head (on apixaban): no intracranial haemorrhage. Lying/standing BP 142/80 to 118/70 with symptoms. CK 410. ECG: sinus rhythm. Urine dip negative.

# Diagnosis
Mechanical fall with postural hypotension; minor head injury.

# Treatment and disposition
IV fluids. Reviewed by the frailty team and therapy; home with her daughter tonight, with carers increased to four calls a day by the social care team.

# GP follow-up
Please refer her to the community falls prevention service; we did not have capacity to make this referral from the department. Consider reviewing her doxazosin, which may be contributing to the postural drop.

Head injury advice given verbally and in writing.
""",
    exp=[("onward_referral", "Please refer her to the community falls prevention service")],
    notes="ED asks GP to make the falls referral it should make itself; medication review suggestion is ordinary GP work")

letter(
    key="B8", prov="greywell", kind="clinic_letter", fmt="docx",
    dept="Urology", specialty="Urology", clinician="Mr Tobias Renshaw",
    patient=P("Leonard Fairbairn", "9995763303", "1954-02-17"), hosp="GR3390771",
    ev="2027-03-22", ld="2027-03-22", sent="2027-03-23 08:55", urgent=True,
    subject="URGENT - Urology clinic letter GR3390771",
    body="""
Greywell Royal Infirmary - Urology Department
Haematuria clinic, 22 March 2027

Dr P Pritchard
Fernlea Surgery

| Patient | Leonard FAIRBAIRN |
| Born | 17/02/1954 |
| NHS | 999 576 3303 |
| Ref | GR3390771 |

Dear Dr Pritchard

URGENT - INCIDENTAL FINDING

I saw Mr Fairbairn in the one-stop haematuria clinic following your referral for visible haematuria. Flexible cystoscopy was normal and his CT urogram shows no renal or ureteric tumour. The bleeding is likely to come from a vascular, moderately enlarged prostate and I have started finasteride 5 mg daily.

However, the lung bases included on the CT urogram show a 14 mm spiculated nodule in the right lower lobe, which the radiologist considers suspicious for a primary lung cancer. Mr Fairbairn is a current smoker (50 pack years).

Dr Pritchard, I would be grateful if you could make an urgent suspected lung cancer referral so that he can be seen within two weeks. I have explained the finding to him and his wife and they understand the need for urgent assessment.

I will see him in the urology clinic again in 6 months.

Yours sincerely

Mr Tobias Renshaw
Consultant Urological Surgeon
""",
    exp=[("onward_referral", "I would be grateful if you could make an urgent suspected lung cancer referral")],
    notes="suspected cancer found on hospital imaging; GP asked to make the 2WW referral (urgent)")

letter(
    key="B9", prov="greywell", kind="clinic_letter", fmt="plain",
    dept="Metabolic Bone Clinic", specialty="Endocrinology", clinician="Professor Anita Ramaswamy",
    patient=P("Margaret Coultas", "9994994921", "1947-10-10"), hosp="GR6619058",
    ev="2027-03-24", ld="2027-03-25", sent="2027-03-26 14:20",
    subject="Metabolic bone clinic - GR6619058",
    body="""
METABOLIC BONE CLINIC
Greywell Royal Infirmary - Department of Endocrinology
Tel 0115 496 0781

24/03/2027

Dr L Lindqvist, Fernlea Surgery, 2 Millrace Lane, Fernlea, Wendham WQ7 3LD

Dear Dr Lindqvist

Mrs Margaret COULTAS - born 10 October 1947 - NHS 999 499 4921 - GR6619058
Seen today, 24 March 2027

Diagnoses:
- Severe postmenopausal osteoporosis, T-score -4.1 at L1-L4 and -3.3 at the femoral neck
- Two new vertebral fractures (T12, L2) despite 5 years of alendronic acid
- CKD stage 3a (eGFR 52)

Mrs Coultas meets the NICE criteria for an anabolic agent. We discussed teriparatide and she is keen to go ahead. Our osteoporosis nurse has shown her the pen device and she managed the practice injection well.

Please could you start teriparatide (Forsteo) 20 micrograms subcutaneously once daily for 24 months, with calcium and vitamin D (Adcal-D3 one tablet bd) alongside. Alendronic acid should be stopped.

Separately, our service is contributing to the national fracture liaison audit this year. We would be grateful if the practice could complete the enclosed FLS audit data collection sheet for Mrs Coultas and return it to us by 30 April.

I will review her in 6 months with bone turnover markers.

Yours sincerely

Professor Anita Ramaswamy
Consultant Endocrinologist and Honorary Professor of Bone Metabolism
""",
    exp=[("hospital_only_prescribing", "Please could you start teriparatide (Forsteo) 20 micrograms subcutaneously once daily"),
         ("non_contractual_admin", "We would be grateful if the practice could complete the enclosed FLS audit data collection sheet")],
    notes="specialist-only anabolic bone drug pushed to GP to initiate; audit form pushed to practice")

letter(
    key="B10", prov="greywell", kind="discharge_summary", fmt="docx",
    dept="Medicine for Older People - Ward 7", specialty="Medicine for Older People", clinician="Dr Fiona Lamb",
    patient=P("Hilda Parkinson", "9994164252", "1935-07-14"), hosp="GR0091378",
    ev="2027-03-18", ld="2027-03-19", sent="2027-03-24 15:48",
    subject="Discharge summary - PARKINSON H - GR0091378",
    body="""
# Discharge Summary
Greywell Royal Infirmary, Ward 7 (Medicine for Older People)
| Patient | Mrs Hilda PARKINSON |
| DOB | 14/07/1935 |
| NHS No | 999 416 4252 |
| Admitted | 09/03/2027 |
| Discharged to | Own home with package of care (3 calls a day) |
| Consultant | Dr Fiona Lamb |

Date of discharge: 18/03/2027

# Diagnoses
1. Delirium secondary to urinary tract infection (E. coli, resolved)
2. Suspected underlying dementia (6-CIT 16/28 after delirium settled)
3. Hyponatraemia (Na 126), resolved after stopping sertraline

# Medication changes
Sertraline 50 mg STOPPED (hyponatraemia). Nitrofurantoin course completed in hospital. All other medicines unchanged.

# Follow-up
We have referred Mrs Parkinson to the Greywell memory assessment service. Her daughter was advised to contact the GP surgery to find out the date of the memory clinic appointment.

# Actions for GP
Please check sodium in 2 weeks. Consider an alternative for low mood if needed.

Summary completed by Dr Ifeoma Nwosu, FY1 (dictated 19/03/2027)
""",
    exp=[("patient_redirected_to_gp", "Her daughter was advised to contact the GP surgery to find out the date of the memory clinic appointment."),
         ("tests_for_hospital", "Please check sodium in 2 weeks."),
         ("late_discharge_summary", "Date of discharge: 18/03/2027")],
    notes="family sent to GP for the hospital's own referral date; sodium recheck after hospital drug change; sent 6 days after discharge")

letter(
    key="B11", prov="greywell", kind="clinic_letter", fmt="plain",
    dept="Trauma and Orthopaedics - Hand Clinic", specialty="Orthopaedics", clinician="Mr Ravi Kulkarni",
    patient=P("Shane Ridley", "9996701115", "1983-05-28"), hosp="GR4402286",
    ev="2027-03-04", ld="2027-03-08", sent="2027-03-17 09:02",
    subject="Hand clinic letter GR4402286",
    body="""
From: Mr Ravi Kulkarni, Consultant Hand and Upper Limb Surgeon
Greywell University Hospitals NHS Trust, Infirmary Square, Greywell GX2 9RN

To: Dr C Okafor, Fernlea Surgery, Fernlea, Wendham WQ7 3LD

Date of clinic: 04.03.2027
Date typed: 08.03.2027

Patient: Shane RIDLEY, DOB 28.05.1983
NHS No: 999 670 1115    Hosp No: GR4402286

Diagnosis: Left little finger flexor tendon repair (FDP, zone 2), 11 weeks post-op. Stiffness of the PIP joint.

Dear Dr Okafor

Mr Ridley cut his left little finger on a broken glass in December and had a primary flexor tendon repair here. He has active flexion to the distal palmar crease but a 30 degree fixed flexion deformity at the PIPJ. He tells me that he missed his hand therapy appointment in January because of work and the hand therapy team discharged him.

Hand therapy is the key to improving his range of movement now. I would be grateful if you could re-refer him to hand therapy, as we cannot reinstate him from this clinic. I have given him exercises in the meantime.

I have not arranged further surgical follow-up but would be happy to see him again if the contracture does not improve; a tenolysis could be considered after 6 months.

Yours sincerely

Mr Ravi Kulkarni
""",
    exp=[("dna_rereferral", "I would be grateful if you could re-refer him to hand therapy"),
         ("late_clinic_letter", "Date of clinic: 04.03.2027")],
    notes="therapy discharged the patient after a missed appointment; GP asked to re-refer; letter 13 days after clinic")

letter(
    key="B12", prov="greywell", kind="clinic_letter", fmt="pdf",
    dept="Gynaecology - Postmenopausal Bleeding Clinic", specialty="Gynaecology", clinician="Miss Eleanor Vance",
    patient=P("Carol Hepworth", "9999028470", "1961-01-19"), hosp="GR5517903",
    ev="2027-03-30", ld="2027-03-31", sent="2027-04-01 13:25",
    subject="Gynaecology clinic letter GR5517903",
    body="""
Dr P Pritchard
Fernlea Surgery
2 Millrace Lane
Fernlea
Wendham WQ7 3LD

Date of appointment: 30/03/2027
Letter date: 31/03/2027

Dear Dr Pritchard

Re: Mrs Carol HEPWORTH    d.o.b. 19/01/1961    NHS No. 999 902 8470

Thank you for referring Mrs Hepworth, who had a single episode of postmenopausal bleeding in February while on sequential HRT (Femoston 1/10). She is 66 and her last smear was normal.

Transvaginal ultrasound today showed an endometrial thickness of 7 mm with no focal lesion. Ovaries normal. Outpatient hysteroscopy showed a smooth endometrium and I took a Pipelle biopsy without difficulty.

The histology will be reported in about two weeks and the result will be sent to you; I would be grateful if you could inform her of the result and refer her back to us if it shows any hyperplasia. In the meantime she can continue her HRT; I have suggested switching to a continuous combined preparation in the longer term.

Yours sincerely

Miss Eleanor Vance
Consultant Gynaecologist
""",
    exp=[("results_chasing", "I would be grateful if you could inform her of the result and refer her back to us if it shows any hyperplasia")],
    notes="GP asked to relay and act on hospital biopsy histology")

letter(
    key="B13", prov="greywell", kind="clinic_letter", fmt="html", opts={"alt": True},
    dept="Haematology - Anticoagulation and Thrombosis", specialty="Haematology", clinician="Dr Lucinda Fawcett",
    patient=P("Oluwaseun Adebayo", "9992431873", "1977-08-08"), hosp="GR2258841",
    ev="2027-04-05", ld="2027-04-06", sent="2027-04-07 09:40",
    subject="Thrombosis clinic letter GR2258841",
    body="""
Thrombosis Clinic, Greywell Royal Infirmary
Clinic date: 05/04/2027

Dr L Lindqvist
Fernlea Surgery

Dear Dr Lindqvist

Re: Mr Oluwaseun ADEBAYO, DOB 08/08/1977, NHS number 999 243 1873

I reviewed Mr Adebayo three months after an unprovoked left femoral DVT. He has completed three months of rivaroxaban and his leg symptoms have settled. Some years ago his previous GP was asked to arrange a thrombophilia screen after a superficial thrombophlebitis, but this was never done and it would not change management now.

We discussed the risk of recurrence after an unprovoked event and he has chosen to continue anticoagulation long term. I have prescribed rivaroxaban 20 mg once daily today, and the practice can continue it on repeat from now on as for any other patient on a DOAC. We took his FBC, U&E and LFTs in our phlebotomy room today and I will check the results myself; there is no need for the practice to repeat these.

He asked about a second opinion regarding his varicose veins. I have referred him directly to the vascular team at Greywell.

No further haematology follow-up is planned. No other action is needed from you.

Yours sincerely

Dr Lucinda Fawcett
Consultant Haematologist
""",
    exp=[],
    notes="hard negative: history of an old GP request, hospital takes and checks bloods, negated GP test request, onward referral made by hospital, DOAC continuation")

# ---------------------------------------------------------------- Coldbeck and Wyre (acute)

letter(
    key="C1", prov="coldbeck", kind="discharge_summary", fmt="plain",
    dept="Acute Medicine - Ward B3", specialty="Acute Medicine", clinician="Dr Samuel Idowu",
    patient=P("Janice Farrow", "9996656993", "1957-12-01"), hosp="CW3318860",
    ev="2027-03-12", ld="2027-03-12", sent="2027-03-15 08:20", urgent=True,
    subject="Discharge Summary - FARROW Janice - CW3318860",
    body="""
Coldbeck and Wyre Hospitals NHS Trust
Coldbeck District Hospital - Acute Medical Unit / Ward B3

-------------------------------------------------------------
ELECTRONIC DISCHARGE SUMMARY
-------------------------------------------------------------
Patient ........ FARROW, Janice (Mrs)
NHS number ..... 9996656993
DOB ............ 01/12/1957
Admitted ....... 10/03/2027 21:15
Discharged ..... 12 March 2027, 16:50
Consultant ..... Dr Samuel Idowu
GP ............. Dr P Pritchard, Fernlea Surgery

Presenting complaint: Rigors, fever 39.1, vomiting and right loin pain.

Diagnosis: Right pyelonephritis. Type 2 diabetes (on metformin).

Investigations: CRP 212, WCC 17.8, creatinine 94. Urine culture: E. coli sensitive to co-amoxiclav and ciprofloxacin. Renal ultrasound: no hydronephrosis. Blood cultures x2 taken 11/03/2027 on the ward: no growth at 24 hours, final result pending.

Treatment: IV co-amoxiclav for 48 hours, then oral ciprofloxacin 500 mg bd to complete 10 days (8 days supplied).

Issues for the GP:
> GP to chase the blood culture results and recall her urgently if either bottle becomes positive, as she will need IV treatment.
> Metformin was withheld for 24 hours and has been restarted.

Patient informed of diagnosis and given a sepsis safety-netting leaflet.

Completed by: Dr Holly Lennox (FY1) on behalf of Dr Samuel Idowu
""",
    exp=[("results_chasing", "GP to chase the blood culture results and recall her urgently if either bottle becomes positive"),
         ("late_discharge_summary", "Discharged ..... 12 March 2027, 16:50")],
    notes="pending blood cultures handed to GP to chase with a same-day recall (urgent); summary sent 3 days after discharge")

letter(
    key="C2", prov="coldbeck", kind="clinic_letter", fmt="html", opts={"alt": True, "inline": True},
    dept="Ear, Nose and Throat", specialty="ENT", clinician="Mr Ciaran Molloy",
    patient=P("Reginald Thorpe", "9991589872", "1941-02-08"), hosp="CW2267731",
    ev="2027-03-08", ld="2027-03-09", sent="2027-03-11 16:55",
    subject="ENT outpatient letter CW2267731",
    body="""
ENT Department, Coldbeck District Hospital
Seen: 08/03/2027 (Mr Molloy's clinic)

Dr C Okafor
Fernlea Surgery

Dear Dr Okafor

Reginald THORPE (Mr), DOB 08/02/1941, NHS 999 158 9872, hospital no CW2267731

Diagnosis: Bilateral symmetrical presbyacusis. Chronic otitis externa, left, resolved.

Thank you for referring Mr Thorpe with a persistently itchy, discharging left ear. Microsuction today cleared some debris and the canal skin now looks healthy. I have advised him to keep the ear dry and avoid cotton buds. He does not need any drops at present.

His pure tone audiogram today shows a symmetrical, moderate high-frequency sensorineural loss in keeping with his age, and he and his wife agree that he is struggling with conversation. Please refer him to the audiology department for a hearing aid assessment.

I have discharged him from the ENT clinic.

Yours sincerely

Mr Ciaran Molloy
Consultant ENT Surgeon
""",
    exp=[("onward_referral", "Please refer him to the audiology department for a hearing aid assessment.")],
    notes="ENT asks GP to refer to its own trust's audiology for a related need")

letter(
    key="C3", prov="coldbeck", kind="clinic_letter", fmt="docx",
    dept="Gastroenterology - IBD Service", specialty="Gastroenterology", clinician="Dr Wendy Achterberg",
    patient=P("Dylan Pengelly", "9999102115", "1999-06-26"), hosp="CW7703152",
    ev="2027-03-15", ld="2027-03-16", sent="2027-03-18 13:47",
    subject="IBD clinic letter CW7703152",
    body="""
IBD Clinic - Coldbeck District Hospital
Date of clinic: 15th March 2027

Dr L Lindqvist
Fernlea Surgery, 2 Millrace Lane, Fernlea, Wendham WQ7 3LD

Dear Dr Lindqvist

| Patient | Dylan PENGELLY |
| Date of birth | 26/06/1999 |
| NHS number | 999 910 2115 |
| Hospital number | CW7703152 |

# Diagnosis
Ileocolonic Crohn's disease (Montreal A2 L3 B1), diagnosed 2025.

# Treatment
Azathioprine 125 mg once daily (2.5 mg/kg; TPMT normal), started 12 weeks ago. Budesonide taper completed.

Dylan is doing well, with one or two formed stools a day and no bleeding. His Harvey-Bradshaw index today is 3 and his calprotectin has fallen from 980 to 140. His most recent bloods show a stable lymphocyte count and normal LFTs.

He is now on a stable dose of azathioprine. I'd be grateful if you would continue to prescribe azathioprine 125 mg daily and take over his blood monitoring (FBC and LFTs every 3 months) from now on. Please let us know if the neutrophil count falls below 1.5 or the ALT rises above twice the upper limit.

He has had his pneumococcal vaccination and should have the annual flu vaccine. He knows to avoid live vaccines.

I will see him in the IBD clinic in 6 months.

Kind regards

Dr Wendy Achterberg
Consultant Gastroenterologist
""",
    exp=[("shared_care_without_agreement", "I'd be grateful if you would continue to prescribe azathioprine 125 mg daily and take over his blood monitoring")],
    notes="amber immunosuppressant prescribing and monitoring transferred without any shared-care agreement")

letter(
    key="C4", prov="coldbeck", kind="clinic_letter", fmt="pdf",
    dept="Breast Unit", specialty="Breast Surgery", clinician="Ms Priyanka Desai",
    patient=P("Lorraine Ackroyd", "9999708080", "1973-09-14"), hosp="CW5120487",
    ev="2027-03-19", ld="2027-03-22", sent="2027-03-23 11:16",
    subject="Breast clinic letter CW5120487",
    body="""
Coldbeck Breast Unit
Coldbeck District Hospital, Wyre Bank, Coldbeck KQ5 1AS

Appointment date: Friday 19 March 2027
Date of letter: 22 March 2027

Dr C Okafor, Fernlea Surgery, Wendham

Dear Dr Okafor

Mrs Lorraine Ackroyd, DOB 14 September 1973, NHS 999 970 8080

Thank you for referring Mrs Ackroyd with a tender lump in the upper outer quadrant of the left breast. Clinical examination showed a smooth, mobile 2 cm lump. Ultrasound confirmed a simple cyst (U2), which I aspirated to dryness; the fluid was straw-coloured and not bloodstained. There was no residual mass afterwards. I sent the fluid for cytology only because she was anxious about it.

The cytology result will be sent to the surgery and I have asked her to make an appointment with you to discuss it. If the cyst refills she can be referred back to the breast clinic.

Our unit is taking part in a regional audit of breast referral quality. I would be grateful if the practice could complete the attached referral audit proforma for Mrs Ackroyd and return it to the breast unit secretaries.

Yours sincerely

Ms Priyanka Desai
Consultant Oncoplastic Breast Surgeon
""",
    exp=[("patient_redirected_to_gp", "I have asked her to make an appointment with you to discuss it"),
         ("non_contractual_admin", "I would be grateful if the practice could complete the attached referral audit proforma")],
    notes="patient sent to GP for hospital cytology result; audit form pushed to practice; conditional re-referral is not a detection")

letter(
    key="C5", prov="coldbeck", kind="ed_letter", fmt="docx",
    dept="Emergency Department", specialty="Emergency Medicine", clinician="Dr Ines Carvalho",
    patient=P("Ethan Blackwood", "9995485958", "2001-11-11"), hosp="CW9982214",
    ev="2027-03-20", ld="2027-03-21", sent="2027-03-21 06:12",
    subject="ED discharge letter CW9982214",
    body="""
# Emergency Department - Discharge Letter
| Patient | Ethan BLACKWOOD |
| DOB | 11/11/2001 |
| NHS | 999 548 5958 |
| Attendance | 20/03/2027 23:48 |
| Clinician | Dr Ines Carvalho, ED Specialty Doctor |

# Presenting complaint
Fell onto an outstretched hand playing five-a-side football.

# Diagnosis
Undisplaced fracture of the left scaphoid waist (on X-ray).

# Management
Placed in a below-elbow cast in the department. Analgesia given. Referred to the virtual fracture clinic; the fracture clinic team will phone him within 72 hours with a plan and any further imaging, including MRI if needed.

# Medication
Co-codamol 8/500 two tablets qds PRN, 3 days supplied. Advised paracetamol and ibuprofen after that, which he can buy.

# For the GP
No GP action required; this letter is for information. The fracture clinic will manage all follow-up.

# Advice
Cast care leaflet given. Return to ED if fingers become numb, white or very swollen.
""",
    exp=[],
    notes="hard negative: hospital fracture clinic manages follow-up; no GP action; conditional return advice aimed at patient")

letter(
    key="C6", prov="coldbeck", kind="clinic_letter", fmt="plain",
    dept="Stroke Medicine - TIA Clinic", specialty="Stroke Medicine", clinician="Dr Moses Kibet",
    patient=P("Agnes Moorcroft", "9994088785", "1950-03-31"), hosp="CW6640925",
    ev="2027-03-05", ld="2027-03-08", sent="2027-03-16 15:31",
    subject="TIA clinic letter CW6640925",
    body="""
COLDBECK AND WYRE HOSPITALS NHS TRUST
Rapid Access TIA Clinic - Coldbeck District Hospital

Dear Dr Pritchard

Re: Mrs Agnes MOORCROFT, date of birth 31/03/1950, NHS number 999 408 8785
Attended the TIA clinic on 05/03/2027

Diagnosis: Probable TIA (left hemisphere) - 20 minutes of right arm weakness and word-finding difficulty on 2 March 2027. ABCD2 score 5.

Investigations today: MRI brain (DWI) showed no acute infarct. Carotid Doppler: less than 30% stenosis bilaterally. ECG: sinus rhythm, rate 74. Lipids: total cholesterol 6.2, LDL 4.1. HbA1c 41.

Plan:
She has been started on clopidogrel 75 mg once daily (loading dose given) and atorvastatin 80 mg at night, both supplied for 28 days. I have advised her not to drive for one month.

We have not yet excluded paroxysmal atrial fibrillation. Can I ask that you arrange a 7-day ambulatory ECG at the surgery and forward the report to the stroke team, who will decide about anticoagulation?

Please continue to prescribe the clopidogrel and atorvastatin after the 28-day supply. Her blood pressure today was 148/86; please titrate her antihypertensives to a target below 130/80.

Yours sincerely

Dr Moses Kibet
Consultant Stroke Physician
""",
    exp=[("tests_for_hospital", "Can I ask that you arrange a 7-day ambulatory ECG at the surgery and forward the report to the stroke team"),
         ("late_clinic_letter", "Attended the TIA clinic on 05/03/2027")],
    notes="hospital's AF work-up pushed to GP; green drugs continued (not a detection); sent 11 days after clinic")

letter(
    key="C7", prov="coldbeck", kind="discharge_summary", fmt="html",
    dept="Urology - Ward C1", specialty="Urology", clinician="Mr Alistair Gorman",
    patient=P("Raymond Kettley", "9990158827", "1966-05-05"), hosp="CW1275593",
    ev="2027-04-06", ev_time="16:20", ld="2027-04-06", sent="2027-04-07 10:02",
    subject="Discharge summary (Urology) CW1275593",
    body="""
# Urology Discharge Summary
| Patient | KETTLEY, Raymond |
| NHS number | 999 015 8827 |
| Date of birth | 05/05/1966 |
| Consultant | Mr Alistair Gorman |
| Admission date | 03/04/2027 |
| Discharge date and time | 06/04/2027 16:20 |

# Procedure
Transurethral resection of prostate (bipolar TURP), 04/04/2027, 42 g resected. Intra-operative urine culture grew Enterococcus faecalis.

# Post-operative course
Three-way catheter with irrigation for 24 hours; haematuria settled. Discharged with a 16 Ch catheter in situ because of a small capsular perforation; trial without catheter planned in 7 days.

# TTA medication
| Co-amoxiclav 625 mg tds | 2 days supplied; course is 7 days |
| Paracetamol 1 g qds PRN | 7 days supplied |
| Tamsulosin 400 micrograms od | STOPPED |

# Actions for GP
- Please prescribe the remaining 5 days of co-amoxiclav.
- Please arrange for the practice nurse to remove the catheter (TWOC) on 13/04/2027.
- GP to issue a fit note for 4 weeks (warehouse supervisor).

# Information for patient
Drink 2 to 3 litres a day. Blood in the urine may recur between days 10 and 14; if he cannot pass urine after the catheter comes out, he should attend the Emergency Department.

Electronically signed: Dr Kavita Menon, CT2 Urology
""",
    exp=[("hospital_only_prescribing", "Please prescribe the remaining 5 days of co-amoxiclav."),
         ("post_procedure_care", "Please arrange for the practice nurse to remove the catheter (TWOC) on 13/04/2027."),
         ("fit_note", "GP to issue a fit note for 4 weeks")],
    notes="2-day TTA supply, post-TURP TWOC and post-op fit note pushed to GP; next-day summary 18 h after discharge (on time)")

letter(
    key="C8", prov="coldbeck", kind="referral_response", fmt="plain",
    dept="Dermatology", specialty="Dermatology", clinician="Dr Fenella Whitcombe",
    patient=P("Trevor Guildford", "9997040252", "1959-04-23"), hosp="CW8814026",
    ev=None, ld="2027-03-25", sent="2027-03-25 12:19",
    subject="Referral rejected - Dermatology - UBRN 0002 9981 3304",
    body="""
e-Referral Service - Referral Returned
Provider: Coldbeck and Wyre Hospitals NHS Trust - Dermatology
Referral type: Routine
Date returned: 25/03/2027

Patient: Mr Trevor GUILDFORD
DOB: 23/04/1959
NHS Number: 999 704 0252
UBRN: 0002 9981 3304

Response from: Dr Fenella Whitcombe, Consultant Dermatologist

Thank you for this referral regarding a changing pigmented lesion on Mr Guildford's back. Our service now triages all non-urgent pigmented lesion referrals by teledermatology.

The referral has been returned because no images were attached. Please take a macroscopic and a dermoscopic photograph of the lesion at the surgery, upload them to the teledermatology portal and resubmit the referral. If you consider the lesion suspicious for melanoma, please use the suspected skin cancer pathway instead.

Coldbeck Dermatology Referral Management Team
""",
    exp=[("referral_returned_for_workup", "Please take a macroscopic and a dermoscopic photograph of the lesion at the surgery, upload them to the teledermatology portal and resubmit the referral.")],
    notes="routine referral returned until the practice supplies dermoscopic images")

C9_PROTOCOL = """
# SHARED CARE PROTOCOL: MERCAPTOPURINE IN INFLAMMATORY BOWEL DISEASE (ADULTS)
Coldbeck and Wyre Hospitals NHS Trust / Wyre Valley Integrated Care Board. Version 3.1, review date January 2029.

# 1. Responsibilities of the specialist team
- Initiate treatment and prescribe until the patient is on a stable dose for at least 8 weeks.
- Carry out baseline and initial monitoring (FBC, U&E, LFT weekly for 4 weeks, then monthly).
- Provide the practice with results and dose changes, and take back care if needed.

# 2. Responsibilities of the GP (only once this agreement is accepted)
- Prescribe mercaptopurine at the dose advised by the specialist team.
- FBC and LFT every 3 months; act on the thresholds in section 4.

# 3. Agreement
| Patient | Ms Rhiannon Vickery, NHS 999 814 9894 |
| Specialist | Dr Wendy Achterberg, Consultant Gastroenterologist |
| GP agreement (sign and return, or decline with reasons) | ____________________ |

# 4. Action thresholds
| Neutrophils < 1.5 x10^9/L | Withhold and discuss with the IBD team |
| ALT > 2 x upper limit of normal | Withhold and discuss with the IBD team |
"""

letter(
    key="C9", prov="coldbeck", kind="clinic_letter", fmt="docx",
    opts={"extra": [("SCP_Mercaptopurine_IBD_v3.1.pdf", "pdf", C9_PROTOCOL, "Shared care protocol - mercaptopurine")]},
    dept="Gastroenterology - IBD Service", specialty="Gastroenterology", clinician="Dr Wendy Achterberg",
    patient=P("Rhiannon Vickery", "9998149894", "1993-07-02"), hosp="CW4456710",
    ev="2027-03-29", ld="2027-03-30", sent="2027-03-31 10:26",
    subject="IBD clinic letter and shared care request CW4456710",
    body="""
IBD Clinic, Coldbeck District Hospital
Seen on Monday 29/03/2027

Dr C Okafor
Fernlea Surgery

| Patient | Rhiannon VICKERY |
| DOB | 02/07/1993 |
| NHS number | 999 814 9894 |

Dear Dr Okafor

Ms Vickery has ulcerative colitis (E2). She could not tolerate azathioprine because of nausea and she has now been on mercaptopurine 75 mg daily for ten weeks, with stable blood counts and LFTs for the last six weeks. She is in clinical remission.

I enclose our shared care protocol for mercaptopurine. If you are happy to accept shared care, please sign and return the agreement page; if not, please let us know. Until we hear from you, the IBD team will continue to prescribe her mercaptopurine and arrange her blood monitoring through our clinic.

I will see her again in 4 months.

Yours sincerely

Dr Wendy Achterberg
Consultant Gastroenterologist
""",
    exp=[],
    notes="hard negative: shared-care protocol properly offered for agreement, hospital keeps prescribing meanwhile (protocol attached as PDF)")

letter(
    key="C10", prov="coldbeck", kind="results", fmt="pdf",
    dept="Department of Radiology", specialty="Radiology", clinician="Dr Hamish Strachan",
    patient=P("Derek Unsworth", "9990671419", "1952-10-18"), hosp="CW3009188",
    ev=None, ld="2027-04-08", sent="2027-04-08 15:04", urgent=True,
    subject="URGENT RADIOLOGY REPORT - direct access US - CW3009188",
    body="""
# RADIOLOGY REPORT - URGENT FINDING
| Patient | UNSWORTH, Derek |
| DOB | 18/10/1952 |
| NHS No | 999 067 1419 |
| Requested by | Dr P Pritchard, Fernlea Surgery (GP direct access) |
| Examination | US abdomen and pelvis |
| Date of examination | 08/04/2027 |

# Clinical details (from request)
Right-sided abdominal discomfort, 3 kg weight loss. Microscopic haematuria on dipstick x2.

# Report
The liver, gallbladder, pancreas and spleen appear normal. There is a 5.2 cm solid, heterogeneous, vascular mass arising from the upper pole of the right kidney. The left kidney is normal. No hydronephrosis. No ascites. The bladder is unremarkable.

# Conclusion
Right renal mass, appearances highly suspicious of renal cell carcinoma. Recommend urgent referral on the suspected urological cancer pathway and a staging CT chest, abdomen and pelvis.

The referring clinician was informed by telephone at 14:40 on 08/04/2027 under the alert and notification policy.

Reported by: Dr Hamish Strachan, Consultant Radiologist
""",
    exp=[],
    notes="urgent, no bounce: result of a GP-requested test showing suspected cancer; acting on it is the GP's own work")

# ---------------------------------------------------------------- St Brannock's Children's Hospital

letter(
    key="D1", prov="brannock", kind="clinic_letter", fmt="html",
    dept="Paediatric Gastroenterology", specialty="Paediatric Gastroenterology", clinician="Dr Rosalind Achebe",
    patient=P("Finn Haldane", "9991671420", "2020-08-19"), hosp="SB0442187",
    ev="2027-03-09", ld="2027-03-10", sent="2027-03-12 10:30",
    subject="Clinic letter - Finn Haldane - SB0442187",
    body="""
Mr and Mrs Haldane
8 Larch Gardens
Fernlea
Wendham WQ7 4DS

Clinic date: 9 March 2027
Letter date: 10 March 2027

Dear Mr and Mrs Haldane

Finn Haldane, born 19 August 2020, NHS number 999 167 1420

Thank you for bringing Finn to see me in the tummy clinic on Tuesday. I am writing to you directly, as we agreed, and sending a copy to your GP, Dr Lindqvist.

Finn has had tummy aches most days for about six months, with loose, smelly stools and he has dropped from the 50th to the 25th centile for weight. His examination was normal apart from a slightly bloated tummy. We talked about the possible causes, including coeliac disease, lactose intolerance and functional abdominal pain, which is common at his age.

The next step is a blood test. I have asked Dr Lindqvist at Fernlea Surgery to arrange a blood test for coeliac antibodies, a full blood count and iron levels for Finn before we see him again in 3 months. Please keep him on his normal diet, including bread and pasta, until the test has been done, otherwise the result may be falsely reassuring.

Please ring the surgery about two weeks after the blood test to get the results.

I have also given you a stool pot for a calprotectin test, which can be handed in at our children's outpatient reception.

With best wishes

Dr Rosalind Achebe
Consultant Paediatric Gastroenterologist

cc Dr L Lindqvist, Fernlea Surgery
""",
    exp=[("tests_for_hospital", "I have asked Dr Lindqvist at Fernlea Surgery to arrange a blood test for coeliac antibodies, a full blood count and iron levels"),
         ("patient_redirected_to_gp", "Please ring the surgery about two weeks after the blood test to get the results.")],
    notes="letter to parents: hospital's diagnostic bloods pushed to GP and parents sent to GP for the results; hospital stool test is not a detection")

letter(
    key="D2", prov="brannock", kind="discharge_summary", fmt="docx",
    dept="Neonatal and Paediatric Inpatients - Puffin Ward", specialty="Paediatrics", clinician="Dr Gareth Llewellyn",
    patient=P("Baby Aria Mensah", "9997950623", "2027-03-09"), hosp="SB0891345",
    ev="2027-03-17", ld="2027-03-17", sent="2027-03-17 17:04", urgent=True,
    subject="Discharge summary - MENSAH (baby) - SB0891345",
    body="""
# Paediatric Discharge Summary - Puffin Ward
| Name | Baby Aria MENSAH |
| Date of birth | 09/03/2027 |
| NHS number | 999 795 0623 |
| Hospital number | SB0891345 |
| Parents | Abena and Kwame Mensah |
| Consultant | Dr Gareth Llewellyn, Consultant Paediatrician |
| Admitted | 15/03/2027 |
| Discharged | 17/03/2027 12:30 |

# Diagnosis
Neonatal jaundice requiring phototherapy (peak SBR 352 micromol/L at day 6); 9% weight loss with suboptimal breastfeeding.

# Summary
Aria was admitted from the community midwife visit. The DAT was negative and her blood group is O positive. She had 30 hours of single phototherapy with a good response (SBR 198 at the end of treatment). Feeding support from the infant feeding team; she is now breastfeeding with top-ups of expressed milk and has regained weight.

# To do (GP)
- Repeat serum bilirubin in 48 hours (on 19/03/2027) to check for rebound, and phone Puffin Ward on 0117 496 0301 if it is above 250.

# Other follow-up
The community midwife will weigh Aria on day 10. Health visitor informed.

Completed by: Dr Sophie Tremayne, ST2 Paediatrics
""",
    exp=[("tests_for_hospital", "Repeat serum bilirubin in 48 hours (on 19/03/2027) to check for rebound")],
    notes="post-phototherapy rebound bilirubin pushed to GP within 48 h (urgent); midwife/health-visitor tasks are not detections")

letter(
    key="D3", prov="brannock", kind="clinic_letter", fmt="pdf",
    dept="Paediatric Neurology", specialty="Paediatric Neurology", clinician="Dr Alasdair Penrose",
    patient=P("Mabel Fairweather", "9990448671", "2017-01-30"), hosp="SB0317760",
    ev="2027-03-18", ld="2027-03-19", sent="2027-03-22 11:48",
    subject="Paediatric Neurology letter SB0317760",
    body="""
Dr C Okafor
Fernlea Surgery
2 Millrace Lane
Fernlea
Wendham WQ7 3LD

Clinic: 18 March 2027, Paediatric Neurology
Typed: 19 March 2027

Dear Dr Okafor

Mabel FAIRWEATHER, date of birth 30 January 2017 (10 years)
NHS number 999 044 8671, hospital number SB0317760

Diagnoses
1. Epilepsy with centrotemporal spikes, well controlled
2. Sleep-onset insomnia, likely linked to ADHD traits (assessment pending with community paediatrics)

I saw Mabel with her father. She has had no seizures since last summer and remains off medication, which we will continue to keep under review. Her EEG from January showed improving centrotemporal discharges.

Her main difficulty now is getting to sleep: she often lies awake until after 11 pm despite a good bedtime routine and screen-free hour, which the family have kept up for three months with a sleep diary. We have discussed melatonin. It is unlicensed for Mabel's age and indication, so please could you start melatonin 2 mg modified-release tablets, one tablet 30 minutes before bedtime, on an off-label basis. If she cannot swallow tablets they may be crushed.

I will see her again in 6 months in the neurology clinic.

Yours sincerely

Dr Alasdair Penrose
Consultant Paediatric Neurologist
""",
    exp=[("hospital_only_prescribing", "please could you start melatonin 2 mg modified-release tablets")],
    notes="GP asked to initiate off-label specialist melatonin in a child")

letter(
    key="D4", prov="brannock", kind="discharge_summary", fmt="plain",
    dept="Paediatric Surgery - Day Case Unit", specialty="Paediatric Surgery", clinician="Mr Julian Okwuosa",
    patient=P("Theo Marchetti", "9993159026", "2022-04-04"), hosp="SB0729918",
    ev="2027-03-25", ld="2027-03-25", sent="2027-03-25 18:21",
    subject="Day case summary SB0729918",
    body="""
ST BRANNOCK'S CHILDREN'S HOSPITAL NHS FOUNDATION TRUST
Kittiwake Day Surgery Unit

DAY SURGERY DISCHARGE LETTER

Child: Theo MARCHETTI
DOB: 04/04/2022
NHS No: 999 315 9026
Hospital No: SB0729918
Date of surgery and discharge: 25/03/2027
Surgeon: Mr Julian Okwuosa, Consultant Paediatric Surgeon
GP: Fernlea Surgery

Operation: Left orchidopexy (inguinal approach) for a palpable undescended testis. Skin closed with absorbable subcuticular sutures and tissue glue. Caudal block given.

Recovery: Uneventful. Passed urine, tolerating drinks and a snack. Home with mum.

Medicines: Paracetamol and ibuprofen at home doses for 3 to 5 days (family have their own supply).

Aftercare: The stitches dissolve. Could the practice nurse check the wound 7 to 10 days after the operation? We will see Theo in the paediatric surgical clinic in 6 months to check the position of the testis.

Advice to parents: Keep the wound dry for 48 hours. No bikes, trampolines or sit-on toys for 2 weeks. Call the Day Surgery Unit on 0117 496 0322 if the wound becomes red or swollen.
""",
    exp=[("post_procedure_care", "Could the practice nurse check the wound 7 to 10 days after the operation?")],
    notes="post-op wound check after paediatric day surgery pushed to the practice nurse")

letter(
    key="D5", prov="brannock", kind="clinic_letter", fmt="html", opts={"htmlstyle": "tablehead"},
    dept="Children's Diabetes Team", specialty="Paediatric Diabetes", clinician="Dr Morag Calloway",
    patient=P("Isla Brightwater", "9998179696", "2013-11-21"), hosp="SB0160053",
    ev="2027-03-29", ld="2027-03-30", sent="2027-03-31 14:42",
    subject="Children's Diabetes clinic letter SB0160053",
    body="""
Children's Diabetes Clinic, St Brannock's
Seen: 29/03/2027

To the parents of Isla Brightwater
cc Dr P Pritchard, Fernlea Surgery; Pellow Academy school nurse

Dear Ms Brightwater

Isla Brightwater, DOB 21/11/2013, NHS 999 817 9696

It was lovely to see Isla and you in clinic on Monday. Isla has now had type 1 diabetes for two years and is using her Omnipod pump and Dexcom sensor well. Her HbA1c today was 56 mmol/mol, down from 63, and her time in range is 68%. Well done to you both.

Here is what we agreed:
- Isla will try pre-bolusing 15 minutes before breakfast and lunch.
- Our diabetes nurse, Bethan, will phone you in two weeks to look at the pump download together and adjust the breakfast ratio.
- I have written to the school nurse, who has kindly agreed to update Isla's individual healthcare plan and support the lunchtime bolus.
- Her annual review bloods (thyroid, coeliac screen, lipids) were taken in clinic today and we will write to you with the results.

Her pump and sensor supplies will continue to come from the hospital. The surgery does not need to do anything; her insulin and glucagon prescriptions stay on repeat as before.

Next clinic in 3 months.

With best wishes

Dr Morag Calloway
Consultant Paediatrician (Diabetes)
""",
    exp=[],
    notes="hard negative: tasks for school nurse and hospital diabetes team, hospital takes and reports bloods, supplies kept by hospital")

letter(
    key="D6", prov="brannock", kind="clinic_letter", fmt="docx",
    dept="Paediatric Cardiology", specialty="Paediatric Cardiology", clinician="Dr Tobias Lindgren-Hale",
    patient=P("Amira Fenwick", "9990325189", "2024-02-12"), hosp="SB0588642",
    ev="2027-03-16", ld="2027-03-18", sent="2027-03-19 09:25",
    subject="Paediatric Cardiology - was not brought - SB0588642",
    body="""
Paediatric Cardiology Outpatients
St Brannock's Children's Hospital

18 March 2027

Dr L Lindqvist
Fernlea Surgery

Dear Dr Lindqvist

| Child | Amira FENWICK |
| DOB | 12/02/2024 |
| NHS No | 999 032 5189 |
| Address | 41 Chandlers Way, Fernlea WQ7 5RT |

Amira was not brought to her appointment in the paediatric cardiology clinic on 16/03/2027. She was also not brought to her first appointment on 02/03/2027. You had referred her with a soft systolic murmur heard at her 2-year review.

We have tried to contact her mother by telephone on two occasions without success. In line with our departmental policy she has now been discharged from the cardiology clinic, and the health visiting team has been informed.

Please submit a new referral if you would like her to be seen.

Yours sincerely

Dr Tobias Lindgren-Hale
Consultant Paediatric Cardiologist
""",
    exp=[("dna_rereferral", "Please submit a new referral if you would like her to be seen.")],
    notes="child not brought twice, discharged, GP asked to re-refer")

letter(
    key="D7", prov="brannock", kind="ed_letter", fmt="plain",
    dept="Children's Emergency Department", specialty="Paediatric Emergency Medicine", clinician="Dr Naomi Fairclough",
    patient=P("Oscar Lindley", "9998635764", "2026-07-07"), hosp="SB0963320",
    ev="2027-04-02", ld="2027-04-02", sent="2027-04-02 21:07",
    subject="Children's ED discharge - SB0963320",
    body="""
St Brannock's Children's Emergency Department
Discharge summary for GP

Patient: Oscar LINDLEY   DOB: 07/07/2026 (8 months)   NHS: 9998635764
Attendance: 02/04/2027, arrived 15:36, discharged 19:50
Seen by: Dr Naomi Fairclough, Paediatric Emergency Medicine Consultant

History: Two days of coryza and cough, then increased work of breathing and reduced feeds today (about two thirds of normal). Wet nappies normal. Born at term, no previous admissions.

Examination: Temp 37.9, RR 46, HR 148, sats 95% in air. Mild subcostal recession, widespread fine crackles.

Diagnosis: Bronchiolitis (mild to moderate).

Management: Observed for 4 hours; fed well in the department and oxygen saturation remained above 92%. Nasal saline drops demonstrated.

Safety-netting: Parents given the bronchiolitis leaflet. If Oscar has pauses in his breathing, takes less than half his usual feeds, has fewer wet nappies or is working harder to breathe, they should bring him back to the Children's ED or call 999. They can see their GP if the cough is still present after 3 weeks.

GP action: None required.
""",
    exp=[],
    notes="hard negative: conditional safety-netting advice to parents only; no GP action")

# ---------------------------------------------------------------- Tarnmoor Community Healthcare (community paediatrics)

letter(
    key="E1", prov="tarnmoor", kind="clinic_letter", fmt="pdf", opts={"twocol": True},
    dept="Community Paediatrics", specialty="Community Paediatrics", clinician="Dr Bronwen Castell",
    patient=P("Oscar Pemberton", "9999075711", "2022-10-09"), hosp="TCH-70331",
    ev="2027-03-04", ld="2027-03-05", sent="2027-03-09 13:05",
    subject="Community Paediatrics clinic letter",
    body="""
Dr P Pritchard
Fernlea Surgery
2 Millrace Lane
Fernlea
Wendham WQ7 3LD

Date of appointment: 04/03/2027
Date of letter: 05/03/2027

Dear Dr Pritchard

# Re: Oscar PEMBERTON, DOB 09/10/2022, NHS Number 999 907 5711
# 16 Hollybush Road, Fernlea WQ7 2LU

Thank you for asking us to see Oscar, now aged 4 years and 5 months, because of his parents' and nursery's concerns about his speech. I saw him with his mother at the Child Development Centre.

Oscar's gross and fine motor skills and his play are age-appropriate. His expressive language is delayed: he uses mostly two-word phrases and is understood by strangers about half of the time. His understanding of language seemed much better, and his social interaction was warm and reciprocal, with good eye contact and shared attention. I did not see features to suggest autism. Hearing was tested at the Audiology Centre last month and was normal. I noticed an intermittent left convergent squint and I have referred him to the orthoptist myself.

We suggest the GP refers Oscar to the Speech and Language Therapy service, enclosing a copy of this letter, as the speech delay is the main need.

I would like to see him again in 9 months to review his progress.

Yours sincerely

Dr Bronwen Castell
Associate Specialist in Community Paediatrics
""",
    exp=[("onward_referral", "We suggest the GP refers Oscar to the Speech and Language Therapy service")],
    notes="community paediatrics asks GP to refer to SALT for the need it has identified; orthoptic referral made by the service")

letter(
    key="E2", prov="tarnmoor", kind="clinic_letter", fmt="docx",
    dept="Community Paediatrics - Neurodevelopmental Service", specialty="Community Paediatrics", clinician="Dr Idris Bellamy",
    patient=P("Jacob Wetherell", "9992825197", "2016-05-15"), hosp="TCH-68817",
    ev="2027-03-23", ld="2027-03-24", sent="2027-03-26 12:33",
    subject="ADHD clinic letter - Jacob Wetherell",
    body="""
Tarnmoor Child Development Centre, Sefton Street, Tarnmoor WQ4 6JR
Neurodevelopmental clinic held on 23/03/2027

Dr C Okafor, Fernlea Surgery

| Name | Jacob WETHERELL |
| Date of birth | 15/05/2016 |
| NHS number | 999 282 5197 |
| School | Fernlea Primary, Year 5 |

Dear Dr Okafor

Jacob was diagnosed with ADHD (combined presentation) following our multidisciplinary assessment in January. His parents have completed the parenting programme and the school has put reasonable adjustments in place, but he is still struggling significantly in class and at home. After discussion, the family would like to try medication.

Height 141 cm (75th centile), weight 33.5 kg (50th centile), BP 104/62, pulse 82. There is no personal or family history of cardiac disease, syncope or sudden death.

We plan to start methylphenidate at our next appointment.

GP action required: please arrange a 12-lead ECG at the surgery before methylphenidate is started and send us the tracing.

Our ADHD nurse will then see Jacob to start treatment and titrate the dose over the following weeks.

Yours sincerely

Dr Idris Bellamy
Consultant Community Paediatrician
""",
    exp=[("tests_for_hospital", "please arrange a 12-lead ECG at the surgery before methylphenidate is started")],
    notes="pre-treatment test for a specialist-started drug pushed to the practice")

letter(
    key="E3", prov="tarnmoor", kind="clinic_letter", fmt="plain",
    dept="Community Paediatrics - ADHD Clinic", specialty="Community Paediatrics", clinician="Dr Idris Bellamy",
    patient=P("Kacper Nowicki", "9994957139", "2014-09-03"), hosp="TCH-61290",
    ev="2027-04-01", ld="2027-04-01", sent="2027-04-06 10:14",
    subject="ADHD medication review - Kacper Nowicki",
    body="""
Tarnmoor Community Healthcare NHS Trust
Community Paediatrics - ADHD Clinic

Dear Dr Lindqvist

Re: Kacper NOWICKI, DOB 03/09/2014, NHS 999 495 7139
ADHD medication review on 01/04/2027 (seen with mum)

Current medication: Xaggitin XL 36 mg each morning (methylphenidate prolonged-release), dose unchanged for 4 months.

Kacper is doing much better on his current dose. School report that he is settling to work and completing tasks, and his mum says mornings are calmer. Appetite is reduced at lunchtime but he eats well in the evening. Sleep is fine.

Today: weight 44.1 kg (stable, 50th centile), height 157 cm, BP 112/68, HR 84.

To do (GP):
- take over prescribing of Xaggitin XL 36 mg once daily from next month, as a controlled drug on a 30-day supply
- monitor his blood pressure, pulse, height and weight every 6 months and let us know if there are concerns

We will see him annually in the ADHD clinic.

Dr Idris Bellamy
Consultant Community Paediatrician
""",
    exp=[("shared_care_without_agreement", "take over prescribing of Xaggitin XL 36 mg once daily from next month")],
    notes="ADHD stimulant prescribing and monitoring handed over with no shared-care agreement")

letter(
    key="E4", prov="tarnmoor", kind="clinic_letter", fmt="html",
    dept="Community Paediatrics", specialty="Community Paediatrics", clinician="Dr Bronwen Castell",
    patient=P("Lily-Mae Crossley", "9996236404", "2023-06-28"), hosp="TCH-72005",
    ev="2027-03-17", ld="2027-03-18", sent="2027-03-19 15:50",
    subject="Was not brought - Lily-Mae Crossley",
    body="""
Tarnmoor Child Development Centre
18 March 2027

To the parent or carer of Lily-Mae Crossley
9 Rowan Terrace, Fernlea WQ7 6GG

Lily-Mae CROSSLEY, date of birth 28/06/2023, NHS number 999 623 6404

Dear Parent or Carer

Lily-Mae was not brought to her appointment at the Child Development Centre on Wednesday 17 March 2027.

We know that it can be difficult to attend appointments. We have booked a new appointment for Lily-Mae on Wednesday 14 April 2027 at 10:00 with Dr Castell. If this time is not convenient, please call us on 0121 496 0170 and we will find another date. Lily-Mae has not been discharged.

Because Lily-Mae's health visitor is involved with the family, we have let her know about the missed appointment so that she can offer you support to attend.

Yours sincerely

Community Paediatrics Administration Team
on behalf of Dr Bronwen Castell, Consultant Community Paediatrician

cc Dr P Pritchard, Fernlea Surgery (for information)
""",
    exp=[],
    notes="hard negative: child not brought, service rebooks itself and informs the health visitor")

letter(
    key="E5", prov="tarnmoor", kind="clinic_letter", fmt="plain",
    dept="Community Paediatrics", specialty="Community Paediatrics", clinician="Dr Anoushka Rees",
    patient=P("Harvey Dunmore", "9997537416", "2019-12-24"), hosp="TCH-66458",
    ev="2027-03-10", ld="2027-03-11", sent="2027-03-22 16:11",
    subject="Community Paediatrics letter - Harvey Dunmore",
    body="""
Community Paediatric Service
Tarnmoor Child Development Centre, Sefton Street, Tarnmoor WQ4 6JR
Telephone 0121 496 0167

Dr C Okafor
Fernlea Surgery

Seen: 10 March 2027 (new patient)
Typed: 11 March 2027

Dear Dr Okafor

Harvey DUNMORE, DOB 24/12/2019, NHS No. 999 753 7416

Harvey is 7 and was referred by his school SENCo, with your support, for assessment of possible developmental coordination disorder. He is clumsy, struggles with handwriting and dressing, and is falling behind his peers in PE.

On examination today he had no focal neurological signs, his tone and reflexes were normal and there were no neurocutaneous stigmata. His Movement ABC-2 screening suggested significant motor difficulty. I have referred him to the children's occupational therapy service.

For GP: please complete the enclosed Health Needs Questionnaire (Form HNQ-2), summarising Harvey's past medical history, medication and immunisation status, and return it to the Child Development Centre before his next appointment.

I will see him again in 6 months.

Yours sincerely

Dr Anoushka Rees
Specialty Doctor, Community Paediatrics
""",
    exp=[("non_contractual_admin", "please complete the enclosed Health Needs Questionnaire (Form HNQ-2)"),
         ("late_clinic_letter", "Seen: 10 March 2027 (new patient)")],
    notes="service questionnaire pushed to practice; letter sent 12 days after clinic; OT referral made by the service")

letter(
    key="E6", prov="tarnmoor", kind="referral_response", fmt="html",
    dept="Community Paediatrics - Single Point of Access", specialty="Community Paediatrics", clinician="Dr Idris Bellamy",
    patient=P("Ruby Oakden", "9999648541", "2019-03-17"), hosp="TCH-SPA-1187",
    ev=None, ld="2027-04-09", sent="2027-04-09 11:37",
    subject="Referral not accepted - Ruby Oakden",
    body="""
Community Paediatrics Single Point of Access
9 April 2027

Dr L Lindqvist, Fernlea Surgery

Re: Ruby OAKDEN, DOB 17/03/2019, NHS 999 964 8541
Referral received: 22/03/2027 - query autism spectrum condition

Dear Dr Lindqvist

Thank you for your referral. It was discussed at our weekly triage meeting on 7 April.

We are unable to accept this referral at present. Our neurodevelopmental pathway requires supporting information before an assessment can be offered. Please arrange a hearing test and re-refer with the completed school questionnaire (SCQ-School) and a report from her class teacher.

If there are safeguarding concerns or regression of skills, please contact the duty paediatrician on 0121 496 0169.

Yours sincerely

Dr Idris Bellamy
Clinical Lead, Community Paediatrics
""",
    exp=[("referral_returned_for_workup", "Please arrange a hearing test and re-refer with the completed school questionnaire")],
    notes="neurodevelopmental referral returned for hearing test and school information")

# ---------------------------------------------------------------- Linthorpe Hill Hospice

letter(
    key="F1", prov="linthorpe", kind="clinic_letter", fmt="html",
    dept="Day Hospice and Community Palliative Care", specialty="Palliative Medicine", clinician="Dr Catriona Bale",
    patient=P("Bernard Gillingham", "9999215025", "1948-06-06"), hosp="LHH-20413",
    ev="2027-03-11", ld="2027-03-11", sent="2027-03-11 17:36", urgent=True,
    subject="Day hospice review - Bernard Gillingham - urgent bloods",
    body="""
Linthorpe Hill Hospice - Day Hospice
Review date: Thursday 11 March 2027

Dear Dr Okafor

Bernard GILLINGHAM, DOB 06/06/1948, NHS no 999 921 5025

I saw Mr Gillingham in the day hospice today. As you know he has metastatic squamous cell carcinoma of the lung with bone metastases. Over the past week he has become more drowsy, thirsty and constipated. His corrected calcium, checked on our point-of-care analyser this morning, was 3.04 mmol/L with an eGFR of 48.

After discussion with Bernard and his wife, he had 2 litres of IV saline and zoledronic acid 4 mg in the day unit today. He did not want admission.

Please could you arrange for his calcium and U&Es to be rechecked on Monday 15 March, as the calcium needs to be seen to be falling. His wife would prefer the district nurses to take the sample at home. We would be grateful if the result could be phoned through to the hospice team on 01632 960 519.

His dexamethasone is unchanged. He remains on our community caseload and our clinical nurse specialist, Jenna, will visit next week.

With kind regards

Dr Catriona Bale
Specialty Doctor in Palliative Medicine
""",
    exp=[("tests_for_hospital", "Please could you arrange for his calcium and U&Es to be rechecked on Monday 15 March")],
    notes="hospice treated hypercalcaemia and asks the GP to arrange the follow-up calcium within days (urgent)")

letter(
    key="F2", prov="linthorpe", kind="discharge_summary", fmt="docx",
    dept="Inpatient Unit", specialty="Palliative Medicine", clinician="Dr Alistair Mowbray",
    patient=P("Evelyn Castleford", "9994064371", "1952-02-27"), hosp="LHH-19877",
    ev="2027-03-26", ld="2027-03-26", sent="2027-03-26 16:58",
    subject="Hospice discharge - Evelyn Castleford",
    body="""
# Linthorpe Hill Hospice - Inpatient Unit Discharge Letter
| Patient | Mrs Evelyn CASTLEFORD |
| DOB | 27/02/1952 |
| NHS number | 999 406 4371 |
| Admitted | 15/03/2027 |
| Discharged home | 26/03/2027 at 11:30 |
| Responsible consultant | Dr Alistair Mowbray, Consultant in Palliative Medicine |

# Diagnosis
Metastatic carcinoma of the pancreas. Admitted for symptom control of pain and nausea.

# Summary
Her pain is now well controlled on a continuous subcutaneous infusion converted to oral MST 30 mg bd, and her nausea has settled with levomepromazine 6.25 mg at night. Mrs Castleford and her husband wish for her to be cared for at home and she has a ReSPECT form documenting this.

# Medication
All discharge medication has been supplied for 14 days, together with anticipatory (just in case) medicines and a community medication chart for the district nurses.

# Plan
- The district nursing team will visit on the day of discharge and weekly thereafter.
- Our community palliative care nurse will telephone within 48 hours.
- Her community pharmacy (Fernlea Pharmacy) has been asked to dispense her medicines in weekly blister packs from the next supply.
- Please add Mrs Castleford to your palliative care register if she is not already on it.
- Please continue her MST 30 mg bd and levomepromazine on repeat.

Letter written by Dr Priya Sandhu, Specialty Doctor
""",
    exp=[],
    notes="hard negative: 14 days supplied, JIC supplied, district nurse tasks, palliative register and repeat prescribing are ordinary GP work")

letter(
    key="F3", prov="linthorpe", kind="clinic_letter", fmt="plain",
    dept="Palliative Medicine Outpatients", specialty="Palliative Medicine", clinician="Dr Alistair Mowbray",
    patient=P("Colin Ashworth", "9997488199", "1959-09-09"), hosp="LHH-20588",
    ev="2027-04-06", ld="2027-04-07", sent="2027-04-08 09:51",
    subject="Palliative medicine clinic - Colin Ashworth",
    body="""
Linthorpe Hill Hospice
Beacon Lane, Linthorpe Hill, Wendham WQ9 4TB

Outpatient clinic: 6 April 2027
Letter: 7 April 2027

Dear Dr Pritchard

Colin ASHWORTH  |  born 09/09/1959  |  NHS 999 748 8199

Mr Ashworth has mesothelioma with chest wall invasion and neuropathic pain that has not responded to high-dose oxycodone and pregabalin. We discussed options and he has agreed to a trial of methadone.

Methadone will be started, titrated and prescribed by the hospice medical team throughout, and he will collect it from the hospice pharmacy each week. We will not be asking the practice to take this over. The oxycodone has been stopped; please remove it from his repeat list when you next review it.

This letter is for your information. His next review in the hospice clinic is in 2 weeks.

Kind regards

Dr Alistair Mowbray
Consultant in Palliative Medicine
""",
    exp=[],
    notes="hard negative: specialist drug kept by the hospice; for information")

letter(
    key="F4", prov="linthorpe", kind="clinic_letter", fmt="pdf",
    dept="Day Hospice", specialty="Palliative Medicine", clinician="Dr Catriona Bale",
    patient=P("Muriel Haddington", "9998263921", "1944-05-12"), hosp="LHH-20102",
    ev="2027-04-01", ld="2027-04-01", sent="2027-04-01 15:22",
    subject="Day hospice letter - Muriel Haddington",
    body="""
Dr L Lindqvist
Fernlea Surgery
2 Millrace Lane
Fernlea
Wendham WQ7 3LD

Date of review: 01/04/2027

Dear Dr Lindqvist

Re: Mrs Muriel HADDINGTON, DOB 12/05/1944, NHS number 999 826 3921

Mrs Haddington attends our Thursday day hospice. She has glioblastoma and is on dexamethasone 4 mg daily, which we increased a fortnight ago because of headaches. She also has type 2 diabetes treated with gliclazide 80 mg bd. Her capillary glucose readings at the day hospice have been 14 to 19 mmol/L.

We took blood today at the day hospice for HbA1c, U&Es and a laboratory glucose. The results will come to you; please could you review them and adjust her gliclazide as needed, bearing in mind the steroid dose.

Her headaches are much better and she is enjoying the art group.

Kind regards

Dr Catriona Bale
Specialty Doctor in Palliative Medicine
""",
    exp=[("results_chasing", "The results will come to you; please could you review them and adjust her gliclazide as needed")],
    notes="hospice-ordered bloods handed to the GP to review and act on")

# ---------------------------------------------------------------- Ashcombe Sexual Health

letter(
    key="G1", prov="ashcombe", kind="clinic_letter", fmt="plain",
    dept="Ashcombe Sexual Health", specialty="Sexual Health", clinician="Dr Leona Prendergast",
    patient=P("Craig Tennant", "9999658415", "1991-07-21"), hosp="ASH-GUM-55102",
    ev="2027-03-02", ld="2027-03-08", sent="2027-03-08 12:44", urgent=True,
    subject="Confidential - positive result - please contact patient",
    body="""
CONFIDENTIAL
Ashcombe Sexual Health, The Quayside Clinic, 14 Quay Street, Ashcombe AQ1 2WW

8 March 2027

Dear Dr Okafor

Patient: Craig TENNANT   Date of birth: 21/07/1991   NHS number: 999 965 8415
Clinic number: ASH-GUM-55102
Seen at the walk-in clinic on 02/03/2027. He gave written consent for us to contact his GP.

Mr Tennant attended for an asymptomatic screen. His syphilis serology has come back reactive (treponemal EIA positive, RPR 1:32), consistent with untreated early syphilis. He needs treatment with benzathine penicillin as soon as possible, and partner notification.

Our health advisers have tried to reach him on three occasions since Friday by telephone and text without success, and a recall letter has been posted.

Please could the practice contact him urgently and ask him to attend the Quayside Clinic for treatment; he can walk in any weekday from 9 am or ring the health adviser team on 0114 496 0953.

Thank you for your help.

Dr Leona Prendergast
Consultant in Genitourinary Medicine
""",
    exp=[("results_chasing", "Please could the practice contact him urgently and ask him to attend the Quayside Clinic for treatment")],
    notes="service asks GP to relay its positive result and recall the patient (urgent)")

letter(
    key="G2", prov="ashcombe", kind="clinic_letter", fmt="html",
    dept="Ashcombe Sexual Health - Contraception Service", specialty="Contraception and Sexual Health", clinician="Dr Imelda Forsyth",
    patient=P("Danielle Yeardley", "9994476734", "1985-10-30"), hosp="ASH-CASH-31877",
    ev="2027-03-15", ld="2027-03-15", sent="2027-03-16 09:08",
    subject="Contraception clinic letter - IUS fitted",
    body="""
Ashcombe Sexual Health - Contraception clinic
Procedure date: 15/03/2027

Dear Dr Pritchard

Re: Ms Danielle Yeardley, DOB 30/10/1985, NHS No: 999 447 6734

Ms Yeardley attended for a levonorgestrel intrauterine system for contraception and heavy menstrual bleeding, which you had started investigating. Her pelvic ultrasound in January was normal and she had negative chlamydia and gonorrhoea tests on 01/03/2027.

Procedure: Mirena 52 mg LNG-IUS inserted without difficulty under local anaesthetic (instillagel). Uterus sounded to 7.5 cm, anteverted. Threads trimmed to 3 cm. Valid for contraception for 8 years.

Post-insertion: Observed for 15 minutes, no vasovagal symptoms. She has the written aftercare leaflet.

Please could the practice nurse carry out a thread check and review of her bleeding pattern at 6 weeks post-insertion.

She knows to use condoms for 7 days and to seek advice urgently if she has pelvic pain, fever or abnormal discharge.

Dr Imelda Forsyth
Associate Specialist, Sexual and Reproductive Health
""",
    exp=[("post_procedure_care", "Please could the practice nurse carry out a thread check and review of her bleeding pattern at 6 weeks post-insertion.")],
    notes="post-procedure check after IUS insertion pushed to the practice nurse")

letter(
    key="G3", prov="ashcombe", kind="clinic_letter", fmt="docx",
    dept="Ashcombe Sexual Health - HIV Service", specialty="HIV Medicine", clinician="Dr Lorcan Whitty",
    patient=P("Miguel Santana Reyes", "9997634950", "1982-01-05"), hosp="ASH-HIV-00931",
    ev="2027-03-24", ld="2027-03-25", sent="2027-03-29 14:06",
    subject="HIV clinic letter (consent to share given)",
    body="""
Ashcombe HIV Service, The Quayside Clinic
Clinic date: 24/03/2027

Dr L Lindqvist
Fernlea Surgery

| Patient | Miguel SANTANA REYES |
| DOB | 05/01/1982 |
| NHS number | 999 763 4950 |

Dear Dr Lindqvist

Mr Santana Reyes has asked us to share his HIV diagnosis and treatment with you for the first time, which we welcome. He was diagnosed in 2019 and has had an undetectable viral load (< 50 copies/ml) since 2020 with a CD4 count of 712.

Antiretroviral therapy: Biktarvy (bictegravir/emtricitabine/tenofovir alafenamide) one tablet once daily. This is prescribed and supplied by our clinic only; please record it on his medication list as a hospital-issued drug so that interactions are flagged, but do not prescribe it.

Important interactions: please avoid co-prescribing antacids, iron or calcium supplements within 2 hours of his Biktarvy, and check any new medicine on the University of Liverpool HIV drug interactions website.

His routine bloods and monitoring are done at his six-monthly visits here. He is up to date with his vaccinations, including hepatitis B.

No action is needed from the practice other than updating his record.

Yours sincerely

Dr Lorcan Whitty
Consultant in HIV and Sexual Health
""",
    exp=[],
    notes="hard negative: hospital-only ARV kept by the clinic, interaction advice, record update only")

letter(
    key="G4", prov="ashcombe", kind="referral_response", fmt="plain",
    dept="Ashcombe Sexual Health - Contraception Service", specialty="Contraception and Sexual Health", clinician="Dr Imelda Forsyth",
    patient=P("Sinead Coughlan", "9998398134", "1980-04-14"), hosp="ASH-REF-2207",
    ev=None, ld="2027-04-12", sent="2027-04-12 10:27",
    subject="Returned referral - coil clinic",
    body="""
Ashcombe Sexual Health - Referral Triage
12/04/2027

To: Dr C Okafor, Fernlea Surgery
Patient: Sinead COUGHLAN | 14/04/1980 | NHS 999 839 8134
Reason for referral: LNG-IUS for heavy menstrual bleeding

Dear Dr Okafor

Thank you for your referral. We are sorry that we cannot book Ms Coughlan into the coil clinic yet.

Our pathway for IUS insertion for heavy menstrual bleeding in women over 40 needs a recent pelvic ultrasound and full blood count. Please arrange a pelvic ultrasound and FBC and re-refer once the results are available. If she only needs contraception, she is welcome to self-refer through our website.

Kind regards
Dr Imelda Forsyth
""",
    exp=[("referral_returned_for_workup", "Please arrange a pelvic ultrasound and FBC and re-refer once the results are available.")],
    notes="coil referral returned until the practice arranges imaging and bloods")

# ---------------------------------------------------------------- Pennard Hearing (community audiology)

letter(
    key="H1", prov="pennard", kind="clinic_letter", fmt="pdf", opts={"twocol": True},
    dept="Adult Audiology", specialty="Audiology", clinician="Ms Tamsin Rowe",
    patient=P("Gordon McAllister", "9996049337", "1962-08-29"), hosp="PHC-118204",
    ev="2027-03-10", ld="2027-03-10", sent="2027-03-12 09:37",
    subject="Audiology report - Gordon McAllister",
    body="""
Dr P Pritchard
Fernlea Surgery
2 Millrace Lane
Fernlea
Wendham WQ7 3LD

Appointment date: 10.03.2027
Report date: 10.03.2027

Dear Dr Pritchard

# Re: Mr Gordon McALLISTER, DOB 29.08.1962, NHS No 999 604 9337

Mr McAllister attended for a hearing assessment following your direct referral. He reports gradual hearing difficulty on the left over about a year, with constant left-sided tinnitus. No vertigo, otalgia or discharge.

Otoscopy: clear canals, intact tympanic membranes bilaterally.
Pure tone audiometry: right ear within normal limits to 4 kHz; left ear mild to moderate sensorineural loss, with a 20 dB or greater asymmetry at 2, 3 and 4 kHz.
Tympanometry: type A bilaterally.

The asymmetry meets the criteria for further investigation. Recommend GP refers to ENT for assessment and an MRI of the internal auditory meatus to exclude a retrocochlear cause.

We have offered a left hearing aid, which he would like to try, and a fitting appointment has been booked for 31.03.2027.

Yours sincerely

Ms Tamsin Rowe
Senior Clinical Audiologist, HCPC registered
""",
    exp=[("onward_referral", "Recommend GP refers to ENT for assessment and an MRI of the internal auditory meatus")],
    notes="audiology provider asks GP to refer on to ENT for a finding it identified")

letter(
    key="H2", prov="pennard", kind="clinic_letter", fmt="plain",
    dept="Adult Audiology", specialty="Audiology", clinician="Mr Devendra Joshi",
    patient=P("Patricia Lumb", "9999810330", "1940-03-02"), hosp="PHC-117766",
    ev="2027-03-22", ld="2027-03-23", sent="2027-03-23 15:45",
    subject="Pennard Hearing - discharge following non-attendance",
    body="""
Pennard Hearing Centre (NHS Audiology)
Unit 6, Kiln Yard, Pennard WQ2 5NF    Tel 01632 960 744

23/03/2027

Dear Doctor

Patient: Mrs Patricia LUMB
Date of birth: 02/03/1940
NHS number: 9999810330

We are writing to let you know that Mrs Lumb did not attend her hearing aid fitting appointment on 22/03/2027, and we have been unable to contact her to rebook.

Under the terms of our service she has now been discharged. Should she still require NHS hearing aids, a new referral from the GP will be needed.

Kind regards

Mr Devendra Joshi
Clinical Lead Audiologist
Pennard Hearing Services Ltd
""",
    exp=[("dna_rereferral", "Should she still require NHS hearing aids, a new referral from the GP will be needed.")],
    notes="discharged after one missed fitting appointment; new GP referral required")

letter(
    key="H3", prov="pennard", kind="clinic_letter", fmt="html",
    dept="Adult Audiology - Hearing Aid Review", specialty="Audiology", clinician="Ms Tamsin Rowe",
    patient=P("Stanley Vickers", "9991406654", "1949-12-15"), hosp="PHC-116930",
    ev="2027-04-05", ld="2027-04-05", sent="2027-04-08 12:03",
    subject="Hearing aid review - Stanley Vickers",
    body="""
Hearing aid follow-up appointment: 05/04/2027

Dear Dr Lindqvist

Mr Stanley Vickers, date of birth 15/12/1949, NHS number 999 140 6654

Mr Vickers came for his 8-week review after being fitted with bilateral behind-the-ear hearing aids. He is wearing them for most of the day and reports a big improvement with the television and in church. We made a small adjustment to reduce the loudness of his own voice. His Glasgow Hearing Aid Benefit Profile scores show good benefit.

As part of our contract monitoring with the ICB, we are collecting outcome information from referrers. It would be helpful if the surgery could complete the enclosed referrer outcomes audit form for Mr Vickers and return it to us by 30 April 2027.

He knows how to get batteries and tubing by post or from our drop-in sessions.

Kind regards

Ms Tamsin Rowe
Senior Clinical Audiologist
""",
    exp=[("non_contractual_admin", "It would be helpful if the surgery could complete the enclosed referrer outcomes audit form")],
    notes="provider's contract-monitoring audit form pushed to the practice")

letter(
    key="H4", prov="pennard", kind="clinic_letter", fmt="docx",
    dept="Adult Audiology", specialty="Audiology", clinician="Mr Devendra Joshi",
    patient=P("Irene Butterfield", "9999215580", "1951-04-19"), hosp="PHC-118455",
    ev="2027-03-31", ld="2027-03-31", sent="2027-04-01 10:18",
    subject="Hearing aid fitting report - Irene Butterfield",
    body="""
Pennard Hearing Centre - Hearing aid fitting report

| Patient | Mrs Irene BUTTERFIELD |
| Date of birth | 19/04/1951 |
| NHS number | 999 921 5580 |
| Appointment | Fitting, 31/03/2027 |
| Audiologist | Mr Devendra Joshi |

Dear Dr Okafor

Mrs Butterfield has been fitted with a right receiver-in-canal hearing aid for her mild to moderate right-sided sensorineural hearing loss. Real-ear measurements were within target. She was shown how to insert, clean and change the battery and she managed this well.

We will review her in 8 weeks. Batteries and repairs are available from our centre or by post, free of charge.

Her audiogram was symmetrical in the speech frequencies and does not need any further investigation.

No action is needed from the surgery. This report is for your records.

Mr Devendra Joshi
Clinical Lead Audiologist
""",
    exp=[],
    notes="hard negative: fitting report, provider does its own follow-up, no action")

# ---------------------------------------------------------------- Brackenfield Partnership (eating disorders, mental health)

letter(
    key="I1", prov="brackenfield", kind="clinic_letter", fmt="docx",
    dept="Adult Eating Disorders Service (Kestrel House)", specialty="Eating Disorders", clinician="Dr Seren Blackmore",
    patient=P("Phoebe Lanyon", "9993832758", "2003-02-14"), hosp="BPT-RIO-4410257",
    ev="2027-03-03", ld="2027-03-04", sent="2027-03-05 16:40",
    subject="Kestrel House assessment letter - Phoebe Lanyon",
    body="""
Kestrel House - Adult Eating Disorders Service
Brackenfield Partnership NHS Foundation Trust
Assessment: 03/03/2027

Dr C Okafor
Fernlea Surgery

| Name | Phoebe LANYON |
| DOB | 14/02/2003 |
| NHS | 999 383 2758 |
| RiO | BPT-RIO-4410257 |

Dear Dr Okafor

Thank you for referring Phoebe, a 24-year-old veterinary nursing student, whom I assessed today with her mother. She meets criteria for anorexia nervosa, restrictive subtype. Her BMI today was 14.6 (weight 39.8 kg), down from 18.1 six months ago. She is restricting to around 600 kcal a day and walks for three hours daily. She has no purging behaviours. She has amenorrhoea for 5 months.

Her medical risk is moderate: HR 48, BP 92/58 with a postural drop of 14 mmHg, temperature 35.8 and a normal sit-up-squat-stand test. We discussed inpatient admission, which she declined, and she has agreed to start our intensive community programme next week.

We have no physical health facilities at Kestrel House. I would be grateful if you could carry out the physical monitoring while she is in our community programme:
1. weekly bloods: FBC, U&Es, phosphate, magnesium, LFTs and glucose
2. a 12-lead ECG now and then every 2 weeks
3. weekly weight, BP, pulse and temperature, with results sent to the Kestrel House duty clinician

If any of the results meet the MEED red criteria, please contact us on the same day.

Yours sincerely

Dr Seren Blackmore
Consultant Psychiatrist in Eating Disorders
""",
    exp=[("tests_for_hospital", "I would be grateful if you could carry out the physical monitoring while she is in our community programme")],
    notes="specialist service's MEED physical monitoring pushed to the practice")

letter(
    key="I2", prov="brackenfield", kind="clinic_letter", fmt="plain",
    dept="Adult Eating Disorders Service (Kestrel House)", specialty="Eating Disorders", clinician="Dr Seren Blackmore",
    patient=P("Georgia Thwaite", "9991021884", "1998-06-01"), hosp="BPT-RIO-4398810",
    ev="2027-03-29", ld="2027-03-29", sent="2027-03-29 16:12", urgent=True,
    subject="URGENT: QTc prolongation - please stop citalopram - Georgia Thwaite",
    body="""
URGENT - SAME DAY PLEASE
Brackenfield Partnership NHS Foundation Trust
Kestrel House Adult Eating Disorders Service

29 March 2027

Dear Dr Pritchard

Georgia THWAITE   DOB 01/06/1998   NHS 999 102 1884

Georgia attends our day programme. At her routine review today her ECG showed a QTc of 512 ms (previously 448 ms in January). Potassium on our point-of-care test was 3.1. She is asymptomatic; she was assessed by the acute medical team at Halbury this afternoon and has been given potassium replacement.

She takes citalopram 30 mg daily, which the practice started in December for low mood. Citalopram prolongs the QT interval and should not be continued. We have advised Georgia to stop it today.

Because the citalopram is on her repeat list at Fernlea, please stop it on your system today so that it cannot be reissued. We will discuss an alternative antidepressant with her at the day programme this week and let you know.

Dr Seren Blackmore
Consultant Psychiatrist in Eating Disorders
Kestrel House duty line 0118 496 0826
""",
    exp=[],
    notes="urgent, no bounce: dangerous QT drug prescribed by the practice must be stopped today; ordinary GP work")

letter(
    key="I3", prov="brackenfield", kind="clinic_letter", fmt="html", opts={"alt": True},
    dept="Adult Eating Disorders Service (Kestrel House)", specialty="Eating Disorders", clinician="Dr Umar Siddiqui",
    patient=P("Hannah Roscoe", "9996019063", "1990-11-08"), hosp="BPT-RIO-4402196",
    ev="2027-04-07", ld="2027-04-08", sent="2027-04-09 12:57",
    subject="Kestrel House review - Hannah Roscoe",
    body="""
Kestrel House, Brackenfield Partnership NHS Foundation Trust
Review date: 07/04/2027

Dear Dr Lindqvist

Re: Hannah ROSCOE, born 08/11/1990, NHS number 999 601 9063

Hannah started our day programme on 29 March and attends Monday to Thursday, 9:30 to 3:30, for meal support, group therapy and individual CBT-E. She has bulimia nervosa with daily bingeing and vomiting and her potassium has been as low as 2.9 in the past. Since starting the programme her vomiting has reduced to twice a week and her potassium was 3.6 on 05/04/2027.

She works as a dental receptionist. Attending the programme four days a week is not compatible with work, and we think she should not be working for the 12 weeks of the programme.

Please could you provide a fit note covering 12 weeks from 29/03/2027; she has asked us to let you know.

We will write again at the end of the programme.

Best wishes

Dr Umar Siddiqui
Specialty Doctor, Eating Disorders
""",
    exp=[("fit_note", "Please could you provide a fit note covering 12 weeks from 29/03/2027")],
    notes="mental health service's own programme period; fit note pushed to GP")

letter(
    key="I4", prov="brackenfield", kind="discharge_summary", fmt="pdf",
    dept="Kestrel Ward (Eating Disorders Inpatient Unit)", specialty="Eating Disorders", clinician="Dr Seren Blackmore",
    patient=P("Zara Whitfield", "9990376298", "2000-09-25"), hosp="BPT-RIO-4387744",
    ev="2027-03-30", ld="2027-03-31", sent="2027-04-05 11:29",
    subject="Inpatient discharge summary - Zara Whitfield",
    body="""
# DISCHARGE SUMMARY - KESTREL WARD
Brackenfield Partnership NHS Foundation Trust

Patient: Zara WHITFIELD. Date of birth: 25/09/2000. NHS number: 999 037 6298. RiO: BPT-RIO-4387744
Date of admission: 12/01/2027. Date of discharge: 30/03/2027. Legal status: informal.
Responsible clinician: Dr Seren Blackmore, Consultant Psychiatrist

# Diagnosis
Anorexia nervosa (F50.0); generalised anxiety disorder.

# Course
Admitted with a BMI of 13.2. Refeeding was uncomplicated with phosphate supplementation in the first 10 days. BMI on discharge 17.4. She engaged well with psychological therapy and meal support, and completed a graded return home over the last three weeks.

# Medication on discharge
- Olanzapine 2.5 mg at night (started 25/03/2027 for anxiety and cognitive rigidity around food): 3 days supplied.
- Forceval one capsule daily: 14 days supplied.

# Actions for GP
Please prescribe olanzapine 2.5 mg nocte from now on, as only 3 days were supplied. Please also continue Forceval.

# Follow-up
Kestrel House community team: first appointment on 06/04/2027. Care coordinator: Marta Novak, CPN (0118 496 0828).

Author: Dr Jonah Pell, CT1 Psychiatry
""",
    exp=[("hospital_only_prescribing", "Please prescribe olanzapine 2.5 mg nocte from now on, as only 3 days were supplied."),
         ("late_discharge_summary", "Date of discharge: 30/03/2027.")],
    notes="drug started 5 days before discharge with a 3-day supply; summary sent 6 days after discharge")

letter(
    key="I5", prov="brackenfield", kind="clinic_letter", fmt="plain",
    dept="Wendham Community Mental Health Team", specialty="Adult Mental Health", clinician="Dr Gideon Farrant",
    patient=P("Neil Cartwright", "9995189224", "1976-01-31"), hosp="BPT-RIO-4176521",
    ev="2027-03-25", ld="2027-03-26", sent="2027-03-30 11:08",
    subject="CMHT outpatient review - Neil Cartwright",
    body="""
Brackenfield Partnership NHS Foundation Trust
Wendham Community Mental Health Team, Riverside House, Wendham

Outpatient review: 25 March 2027
Dictated 26 March 2027

Dear Dr Okafor

Neil CARTWRIGHT, DOB 31/01/1976, NHS number 999 518 9224
Diagnosis: Bipolar affective disorder type I (F31)

I reviewed Mr Cartwright with his care coordinator. He has been euthymic for four months since lithium carbonate (Priadel) was started during his admission last autumn. His latest lithium level was 0.68 mmol/L, 12 hours post-dose. He reports a fine tremor but no other side effects. His eGFR is 88, calcium normal, TSH 2.4.

As he is now settled, after a long discussion with him and his partner, I have discharged him from the CMHT to the care of the practice. Recommend GP continues Priadel 800 mg at night and takes over the lithium monitoring (levels every 3 months, U&E and TFTs every 6 months). I have given him a lithium alert card and the purple record book.

If there are signs of relapse, please re-refer to the CMHT via the single point of access.

Yours sincerely

Dr Gideon Farrant
Consultant Psychiatrist
""",
    exp=[("shared_care_without_agreement", "Recommend GP continues Priadel 800 mg at night and takes over the lithium monitoring")],
    notes="lithium prescribing and monitoring handed over on discharge from CMHT without a shared-care agreement; conditional re-referral is not a detection")

letter(
    key="C11", prov="coldbeck", kind="clinic_letter", fmt="plain",
    dept="Cardiology - Heart Failure Clinic", specialty="Cardiology", clinician="Dr Nikhil Sarkar",
    patient=P("Frederick Ollerenshaw", "9992275278", "1956-11-06"), hosp="CW2038417",
    ev="2027-04-05", ld="2027-04-05", sent="2027-04-09 08:44",
    subject="Heart failure clinic outcome CW2038417",
    body="""
CLINIC OUTCOME LETTER - HEART FAILURE CLINIC
Coldbeck District Hospital, Wyre Bank, Coldbeck KQ5 1AS

Clinic date: 05-Apr-2027
Clinician: Dr Nikhil Sarkar, Consultant Cardiologist
GP: Dr L Lindqvist, Fernlea Surgery

Patient: Frederick OLLERENSHAW | DOB 06-Nov-1956 | NHS 999 227 5278 | CW2038417

Diagnosis: HFrEF, ischaemic (LVEF 32%). NYHA II. Previous anterior MI 2022 (LAD stent).

Today: BP 124/72, HR 64 SR, weight 88.4 kg, euvolaemic. K+ 4.4, creat 101 (26/03/27).

Changes:
- Ramipril 5 mg bd STOPPED today (36 h washout advised).
- Sacubitril/valsartan (Entresto) 24/26 mg bd to start on 07/04/2027; 28 days supplied from the clinic.
- Dapagliflozin 10 mg od continued.

Plan:
1. Suggest repeat U&E in 1-2/52 in primary care after starting Entresto, and uptitrate if K+ < 5.0 and SBP > 100.
2. HF nurse telephone review in 2/52.
3. Review in HF clinic in 3/12.

Dr N Sarkar
""",
    exp=[("tests_for_hospital", "Suggest repeat U&E in 1-2/52 in primary care after starting Entresto")],
    notes="initial monitoring of a drug the hospital has just started pushed to primary care; terse clinic-outcome style")

# ==== END OF LETTERS

# =========================================================================== building

def msgid(sent: dt.datetime, key: str, domain: str) -> str:
    return f"<{sent.strftime('%Y%m%d%H%M%S')}.{key.lower()}@{domain}>"


def tiny_png() -> bytes:
    import struct
    import zlib

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    w, h = 24, 8
    raw = b"".join(b"\x00" + b"\x00\x5e\xb8" * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


COVER = {
    "halbury": ("This message contains a clinical document from {trust} for a patient registered at your "
                "practice.\n\nDocument: {doctype}\nSpecialty: {spec}\nHospital number: {hosp}\n\n"
                "Please do not reply to this address; it is not monitored. Contact details for the clinical "
                "team are printed on the letter.\n"),
    "greywell": ("Greywell University Hospitals NHS Trust - secure clinical correspondence\n\n"
                 "Please find attached a {doctype} ({spec}) for hospital number {hosp}.\n\n"
                 "This mailbox is used for outbound correspondence only.\n\n"
                 "The information in this e-mail is confidential and may be legally privileged. If you are not "
                 "the intended recipient please notify the sender and delete it.\n"),
    "coldbeck": ("Dear Colleague,\n\nPlease see the attached {doctype} from {spec}, Coldbeck and Wyre Hospitals "
                 "NHS Trust (ref {hosp}).\n\nRegards\nClinical Correspondence Team\n"),
    "brannock": ("Attached: {doctype} - {spec}\nSt Brannock's Children's Hospital NHS Foundation Trust\n\n"
                 "This e-mail was generated automatically. Replies are not read.\n"),
    "linthorpe": ("Dear Fernlea Surgery team,\n\nPlease find attached correspondence from the hospice "
                  "({spec}).\n\nKind regards\n\nClinical Administration\nLinthorpe Hill Hospice\n"
                  "Registered charity. Caring for our community since 1987.\n"),
    "tarnmoor": ("Please find attached a letter from the Community Paediatric service, Tarnmoor Community "
                 "Healthcare NHS Trust.\n\nCommunity Paediatrics Admin Team\nTarnmoor Child Development Centre\n"),
    "ashcombe": ("Hello,\n\nAttached is a letter from Ashcombe Sexual Health for a patient who has consented to "
                 "us writing to their GP.\n\nAshcombe Sexual Health admin\n"),
    "pennard": ("Please find attached a report from Pennard Hearing Centre (NHS Audiology).\n\n"
                "Pennard Hearing Services Ltd, providing NHS adult hearing services.\n"),
    "brackenfield": ("Brackenfield Partnership NHS Foundation Trust\n\nAttached: {doctype}, {spec}.\n"
                     "Ref: {hosp}\n\nThis message has been sent from a send-only address.\n"),
}

DOCTYPE = {"clinic_letter": "Clinic Letter", "discharge_summary": "Discharge Summary",
           "referral_response": "Referral Response", "results": "Results Letter", "ed_letter": "ED Letter"}


def build_letter(L) -> bytes:
    p = PROVIDERS[L["prov"]]
    sent = london(L["sent"])
    blocks = parse_markup(L["body"])
    opts = L["opts"]
    msg = EmailMessage()
    msg["From"] = opts.get("from", p["sender"])
    msg["To"] = PRACTICE_TO
    msg["Subject"] = L["subject"]
    msg["Date"] = email.utils.format_datetime(sent)
    msg["Message-ID"] = msgid(sent, L["key"], p["domain"])
    msg["X-Mailer"] = p["mailer"]
    title = f"{DOCTYPE[L['kind']]} - {L['hosp']}"
    fmt = L["fmt"]
    if fmt == "plain":
        msg.set_content(render_plain(blocks))
    elif fmt == "html":
        html = html_doc(p, L["dept"], blocks, opts.get("htmlstyle", "plainhead"))
        if opts.get("inline"):
            html = html.replace("<body style=\"font-family:Arial,sans-serif;font-size:10pt\">",
                                "<body style=\"font-family:Arial,sans-serif;font-size:10pt\">\n"
                                "<img src=\"cid:logo@" + p["domain"] + "\" alt=\"\" width=\"120\">", 1)
        if opts.get("alt"):
            msg.set_content(render_plain(letterhead_blocks(p, L["dept"]) + blocks))
            msg.add_alternative(html, subtype="html")
        else:
            msg.set_content(html, subtype="html")
        if opts.get("inline"):
            part = msg.get_payload()[-1] if msg.is_multipart() else msg
            part.add_related(tiny_png(), maintype="image", subtype="png", cid=f"<logo@{p['domain']}>",
                             filename="logo.png")
    else:
        cover = COVER[L["prov"]].format(trust=p["name"], doctype=DOCTYPE[L["kind"]], spec=L["specialty"],
                                        hosp=L["hosp"])
        msg.set_content(cover)
        stamp = L["sent"][:10].replace("-", "")
        base = f"{L['kind'].split('_')[0].upper()}_{L['hosp']}_{stamp}"
        if fmt == "pdf":
            data = make_pdf(p, L["dept"], blocks, title, sent, twocol=opts.get("twocol", False))
            msg.add_attachment(data, maintype="application", subtype="pdf", filename=base + ".pdf")
        elif fmt == "docx":
            data = make_docx(p, L["dept"], blocks, title, sent)
            if opts.get("octet"):
                msg.add_attachment(data, maintype="application", subtype="octet-stream",
                                   filename=base + ".docx")
            else:
                msg.add_attachment(data, maintype="application",
                                   subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                                   filename=base + ".docx")
        for fname, xfmt, xbody, xtitle in opts.get("extra", []):
            xb = parse_markup(xbody)
            if xfmt == "pdf":
                msg.add_attachment(make_pdf(p, L["dept"], xb, xtitle, sent), maintype="application",
                                   subtype="pdf", filename=fname)
            else:
                msg.add_attachment(make_docx(p, L["dept"], xb, xtitle, sent), maintype="application",
                                   subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                                   filename=fname)
    return msg.as_bytes(policy=email.policy.SMTP)


def letterhead_blocks(p, dept):
    return [("p", [p["name"], dept, f"{p['site']}, {', '.join(p['addr'])}", f"Tel: {p['phone']}"])]


# ---------------------------------------------------------------- 'other' messages

OTHERS: list[dict] = []


def other(**kw):
    kw.setdefault("notes", "")
    OTHERS.append(kw)


def build_other(O) -> bytes:
    sent = london(O["sent"])
    if O.get("raw"):
        raw = O["raw"].format(date=email.utils.format_datetime(sent))
        raw = textwrap.dedent(raw).lstrip("\n").replace("\r\n", "\n").replace("\n", "\r\n")
        msg = email.message_from_bytes(raw.encode("utf-8"), policy=email.policy.default)
        return msg.as_bytes(policy=email.policy.SMTP)
    msg = EmailMessage()
    for k, v in O["headers"]:
        msg[k] = v
    msg["Date"] = email.utils.format_datetime(sent)
    if "Message-ID" not in msg:
        msg["Message-ID"] = msgid(sent, O["key"], O.get("domain", "mail.example.net"))
    msg["MIME-Version"] = "1.0"
    if O.get("text") is not None:
        msg.set_content(textwrap.dedent(O["text"]).lstrip("\n"))
        if O.get("html"):
            msg.add_alternative(O["html"], subtype="html")
    elif O.get("html"):
        msg.set_content(O["html"], subtype="html")
    for fname, maintype, subtype, data in O.get("attach", []):
        if isinstance(data, str):
            data = data.replace("\n", "\r\n").encode()
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return msg.as_bytes(policy=email.policy.SMTP)


# =========================================================================== other messages

other(
    key="O01", sent="2027-03-02 08:05", fmt="plain",
    headers=[("From", "Wendham and District LMC <news@wendhamlmc.example.org>"), ("To", PRACTICE_TO),
             ("Subject", "LMC News - March 2027: workload shift, the returns toolkit and your questions"),
             ("List-Id", "Wendham LMC news <news.wendhamlmc.example.org>"),
             ("List-Unsubscribe", "<https://wendhamlmc.example.org/unsubscribe>"), ("Precedence", "bulk")],
    domain="wendhamlmc.example.org",
    text="""
    WENDHAM AND DISTRICT LMC NEWS - MARCH 2027
    Sent to all practices in the Wendham, Halbury and Coldbeck localities

    1. Workload shift: what we are seeing

    Thank you to the 31 practices who sent us anonymised examples last month. The same phrases keep
    coming up in hospital letters, for example:

      "GP to chase histology and inform patient"
      "Please arrange U&Es in one week and forward the results to clinic"
      "Discharged following DNA - please re-refer if still required"
      "Patient advised to obtain a fit note from the GP"

    None of these is a request you have to accept under the NHS Standard Contract. Our returns
    toolkit (link below) contains template letters. Please keep sending examples with patient
    identifiers removed.

    2. Shared care

    The ICB has confirmed that no amber drug should be transferred without a signed agreement.
    If you receive a letter asking you to "take over prescribing and monitoring" without a
    protocol, you can decline.

    3. LMC conference - 22 April 2027, Halbury Guildhall

    4. Pastoral support for GPs: 01632 960 901 (confidential)

    Wendham and District Local Medical Committee
    To unsubscribe visit https://wendhamlmc.example.org/unsubscribe
    """,
    notes="LMC newsletter quoting typical request wording on purpose (bulk, List-Id)")

other(
    key="O02", sent="2027-03-17 19:22", fmt="plain",
    headers=[("From", "Kelly-Anne Morrow <kellyanne.m1990@example.com>"), ("To", PRACTICE_TO),
             ("Subject", "sick note after my gallbladder op??")],
    domain="example.com",
    text="""
    Hi,

    I'm not sure if this is the right email. I had my gallbladder taken out at Greywell this
    week and I've been told by the ward that I need to get a sick note from you for two weeks.
    My manager is asking for it by Friday. Can someone ring me on 07700 900412 please? Also do
    I need to book with the nurse for the stitch in my belly button or will the hospital do
    that?

    Thanks
    Kelly-Anne Morrow
    (DOB 4/12/90)
    """,
    notes="patient e-mail following a hospital request to get a fit note from the GP (cross-link)")

other(
    key="O03", sent="2027-03-05 12:40", fmt="html",
    headers=[("From", "NHSmail Service Desk <servicedesk@nhsmail-accounts.example.net>"), ("To", PRACTICE_TO),
             ("Subject", "ACTION REQUIRED: Your NHSmail mailbox will be suspended in 24 hours"),
             ("Reply-To", "verify@nhsmail-accounts.example.net")],
    domain="nhsmail-accounts.example.net",
    html="""<html><body style="font-family:Segoe UI,Arial">
<p><b>NHSmail Account Notice</b></p>
<p>Dear user,</p>
<p>Our records show that your mailbox <b>fernlea.surgery@nhs.net</b> has not completed the mandatory
2027 security re-validation. To avoid suspension of your mailbox and loss of all patient correspondence,
please confirm your credentials within 24 hours.</p>
<p><a href="https://nhsmail-accounts.example.net/revalidate?u=fernlea.surgery">VALIDATE MY ACCOUNT NOW</a></p>
<p>Failure to complete this step will result in permanent deletion of your data.</p>
<p>NHSmail Service Desk<br>This is an automated message, please do not reply.</p>
</body></html>
""",
    notes="phishing: fake NHSmail revalidation")

other(
    key="O04", sent="2027-03-16 08:05", fmt="plain",
    headers=[("From", "Sarah McBride <sarah.mcbride@greywell-uh.nhs.uk>"), ("To", PRACTICE_TO),
             ("Subject", "Automatic reply: Returned request - Mr H Sandhu, GR0658812"),
             ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("In-Reply-To", "<fernlea.20270316080112.sandhu@nhs.net>")],
    domain="greywell-uh.nhs.uk",
    text="""
    Thank you for your email.

    I am on annual leave from Monday 15 March, returning on Monday 29 March 2027. Your email has not
    been forwarded.

    For cardiology appointment queries please call 0115 496 0741. For clinical queries about a
    patient please contact the cardiology registrar via the Greywell switchboard on 0115 496 0700.

    Sarah McBride
    Medical Secretary to Dr B A Crane, Cardiology
    Greywell University Hospitals NHS Trust
    """,
    notes="out-of-office reply (Auto-Submitted)")

other(
    key="O05", sent="2027-03-10 09:15", fmt="html",
    headers=[("From", "Wyre Valley ICB Primary Care Team <primarycare.bulletin@wyrevalley-icb.example.org>"),
             ("To", PRACTICE_TO), ("Subject", "Primary Care Bulletin - 10 March 2027"),
             ("List-Id", "Wyre Valley ICB primary care bulletin <bulletin.wyrevalley-icb.example.org>"),
             ("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:unsubscribe@wyrevalley-icb.example.org>")],
    domain="wyrevalley-icb.example.org",
    html="""<html><body style="font-family:Arial;font-size:10pt">
<table width="100%" style="background:#005eb8;color:#fff"><tr><td><b>Wyre Valley Integrated Care Board</b><br>Primary Care Bulletin, 10 March 2027</td></tr></table>
<h3>In this issue</h3>
<ul>
<li>Spring COVID-19 and flu vaccination: cohort reminder</li>
<li>Primary/secondary care interface: new reporting form</li>
<li>Cervical screening: sample taker update sessions</li>
<li>Estates: Fernlea health centre car park resurfacing</li>
</ul>
<h3>Interface reporting form</h3>
<p>Practices can now report requests such as "please arrange the following tests and send us the results"
or "GP to remove clips" through the ICB interface form. Reports are shared monthly with the trusts' interface leads.
Please do not include patient-identifiable information.</p>
<h3>Vaccination</h3>
<p>The spring programme starts on 1 April for residents of care homes for older adults, people aged 75 and over,
and people who are immunosuppressed.</p>
<p style="font-size:8pt">You are receiving this bulletin because your practice is a member of Wyre Valley ICB.</p>
</body></html>
""",
    notes="ICB bulletin (bulk) quoting request wording")

other(
    key="O06", sent="2027-03-23 11:30",
    raw="""
    From: Mail Delivery System <MAILER-DAEMON@relay03.nhs.net>
    To: fernlea.surgery@nhs.net
    Subject: Undeliverable: Returned request - Mrs D Whitlock (HV3047719)
    Date: {date}
    Message-ID: <dsn.20270323113000.4417@relay03.nhs.net>
    Auto-Submitted: auto-replied
    MIME-Version: 1.0
    Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-boundary-20270323"

    --dsn-boundary-20270323
    Content-Type: text/plain; charset="us-ascii"

    Delivery has failed to these recipients or groups:

    haem.secretaries@halburyvalley.nhs.uk
    The e-mail address you entered could not be found. Please check the recipient's e-mail
    address and try to resend the message.

    --dsn-boundary-20270323
    Content-Type: message/delivery-status

    Reporting-MTA: dns; relay03.nhs.net
    Arrival-Date: Tue, 23 Mar 2027 11:29:51 +0000

    Final-Recipient: rfc822; haem.secretaries@halburyvalley.nhs.uk
    Action: failed
    Status: 5.1.1
    Remote-MTA: dns; mx1.halburyvalley.nhs.uk
    Diagnostic-Code: smtp; 550 5.1.1 <haem.secretaries@halburyvalley.nhs.uk>: Recipient address rejected: User unknown

    --dsn-boundary-20270323
    Content-Type: message/rfc822

    From: Fernlea Surgery <fernlea.surgery@nhs.net>
    To: haem.secretaries@halburyvalley.nhs.uk
    Subject: Returned request - Mrs D Whitlock (HV3047719)
    Date: Tue, 23 Mar 2027 11:29:48 +0000
    Message-ID: <fernlea.20270323112948.whitlock@nhs.net>
    MIME-Version: 1.0
    Content-Type: text/plain; charset="us-ascii"

    Dear Dr Quist

    Mrs Doreen Whitlock, DOB 16/08/1940

    Your results letter asks: "Recommend GP commences hydroxocobalamin 1 mg IM loading doses
    (three times a week for two weeks) followed by 1 mg every three months lifelong, and rechecks
    her FBC after the loading course. She has not yet been told the result."

    The tests were requested by your clinic, so please tell Mrs Whitlock her result and start the
    loading course yourselves. We will continue her maintenance injections once the loading course
    is complete.

    Fernlea Surgery

    --dsn-boundary-20270323--
    """,
    fmt="plain",
    notes="delivery failure (multipart/report) carrying the practice's own returned-request letter, which quotes the request")

other(
    key="O07", sent="2027-03-29 16:44", fmt="plain",
    headers=[("From", "Lorraine Ackroyd <lorraine.ackroyd@example.net>"), ("To", PRACTICE_TO),
             ("Subject", "Breast clinic result")],
    domain="example.net",
    text="""
    Good afternoon

    I saw Ms Desai at the breast clinic at Coldbeck last week and she drained a cyst. She said the
    result of the fluid test would be sent to you and that I should make an appointment with my
    GP to go through it. I have tried ringing at 8am three days running and all the appointments
    had gone. Is there any way someone can just tell me the result by phone or email?

    Many thanks
    Lorraine Ackroyd
    """,
    notes="patient e-mail: sent to the GP for a hospital result (cross-link)")

other(
    key="O08", sent="2027-03-16 10:02",
    raw="""
    From: Dawn Hebblethwaite <dawn.hebblethwaite@halburyvalley.nhs.uk>
    To: Fernlea Surgery <fernlea.surgery@nhs.net>
    Subject: Read: Returned request - Mrs R Tilling (HV1180093)
    Date: {date}
    Message-ID: <mdn.20270316100200.tilling@halburyvalley.nhs.uk>
    MIME-Version: 1.0
    Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-20270316"

    --mdn-20270316
    Content-Type: text/plain; charset="utf-8"

    Your message

      To: Dawn Hebblethwaite
      Subject: Returned request - Mrs R Tilling (HV1180093)
      Sent: 15 March 2027 17:21

    was read on 16 March 2027 10:01.

    --mdn-20270316
    Content-Type: message/disposition-notification

    Reporting-UA: halburyvalley.nhs.uk; Microsoft Outlook 16.0
    Final-Recipient: rfc822;dawn.hebblethwaite@halburyvalley.nhs.uk
    Original-Message-ID: <fernlea.20270315172100.tilling@nhs.net>
    Disposition: manual-action/MDN-sent-manually; displayed

    --mdn-20270316--
    """,
    fmt="plain",
    notes="read receipt (multipart/report disposition-notification)")

other(
    key="O09", sent="2027-03-17 13:05", fmt="plain",
    headers=[("From", "Dawn Hebblethwaite <dawn.hebblethwaite@halburyvalley.nhs.uk>"), ("To", PRACTICE_TO),
             ("Subject", "RE: Returned request - Mrs R Tilling (HV1180093)"),
             ("In-Reply-To", "<fernlea.20270315172100.tilling@nhs.net>"),
             ("References", "<fernlea.20270315172100.tilling@nhs.net>")],
    domain="halburyvalley.nhs.uk",
    text="""
    Dear Fernlea Surgery

    Thank you for your letter. I have passed it to Mr Penhaligon, who has asked the ward pharmacy to
    post the remaining enoxaparin to Mrs Tilling today, and the orthopaedic nurse practitioner
    will ring her to arrange clip removal in our dressing clinic. Apologies for the inconvenience.

    Kind regards
    Dawn Hebblethwaite
    Medical Secretary to Mr O Penhaligon, Trauma and Orthopaedics
    Halbury Valley Hospitals NHS Foundation Trust
    Tel 0113 496 0455

    -----Original Message-----
    From: Fernlea Surgery <fernlea.surgery@nhs.net>
    Sent: 15 March 2027 17:21
    To: Dawn Hebblethwaite <dawn.hebblethwaite@halburyvalley.nhs.uk>
    Subject: Returned request - Mrs R Tilling (HV1180093)

    Dear Mr Penhaligon

    Re: Mrs Rosemary Tilling, DOB 27/07/1946

    Your discharge summary of 10 March asks:
    > The remaining 7 days of enoxaparin to be prescribed by the GP so that she completes 14 days
    > of VTE prophylaxis.
    > Clips to be removed at the GP surgery on day 12 to 14 post-op.

    Both are part of the post-operative care your team is commissioned to provide. Please supply
    the enoxaparin and arrange the clip removal directly with Mrs Tilling.

    Yours faithfully
    Fernlea Surgery
    """,
    notes="hospital secretary's RE: reply; quotes the practice letter, which quotes the original requests word for word")

other(
    key="O10", sent="2027-03-19 08:30", fmt="html",
    headers=[("From", "MedSupply Direct <offers@medsupplydirect.example.com>"), ("To", PRACTICE_TO),
             ("Subject", "Spring offer: 25% off ECG electrodes and phlebotomy consumables")],
    domain="medsupplydirect.example.com",
    html="""<html><body>
<h2 style="color:#c00">SPRING CLEARANCE - THIS WEEK ONLY</h2>
<p>Dear Practice Manager,</p>
<p>Stock up before the new financial year. 25% off all ECG electrodes, vacutainers, tourniquets and
sharps bins with code <b>SPRING25</b>. Free next-day delivery on orders over 150 pounds.</p>
<p><a href="https://medsupplydirect.example.com/spring">Shop now</a></p>
<p style="font-size:8pt">MedSupply Direct Ltd. To stop receiving these emails reply STOP.</p>
</body></html>
""",
    notes="marketing spam")

other(
    key="O11", sent="2027-03-22 14:10", fmt="plain",
    headers=[("From", "Ashcombe Sexual Health <ashcombe.sexualhealth@nhs.net>"), ("To", PRACTICE_TO),
             ("Subject", "Automatic reply: Craig Tennant - your letter of 8 March"),
             ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    domain="nhs.net",
    text="""
    Thank you for contacting Ashcombe Sexual Health.

    This mailbox is monitored Monday to Friday, 9am to 4.30pm, and we aim to reply within 3 working
    days. Please do not use this address for urgent clinical matters: clinicians can reach the duty
    doctor on 0114 496 0950.

    Patients wanting an appointment should book online or call 0114 496 0951.
    """,
    notes="shared-mailbox auto-reply")

other(
    key="O12", sent="2027-03-24 10:47", fmt="html",
    headers=[("From", "Microsoft Teams <noreply@teams-notify.example.com>"), ("To", PRACTICE_TO),
             ("Subject", "You have 2 missed messages from Rowan Pike"),
             ("Auto-Submitted", "auto-generated")],
    domain="teams-notify.example.com",
    html="""<html><body style="font-family:Segoe UI,Arial;font-size:10pt">
<p style="color:#6264a7;font-size:14pt"><b>Microsoft Teams</b></p>
<p>Rowan Pike (Coldbeck and Wyre Hospitals NHS Trust) sent messages while you were away:</p>
<table style="border-left:3px solid #6264a7;padding-left:8px"><tr><td>
<p><b>Rowan Pike</b> 10:31<br>hi, is anyone from Fernlea on here? quick q about one of your patients on ward B3</p>
<p><b>Rowan Pike</b> 10:33<br>Rowan is out of office: back 6 April, for ward queries ring B3 on 0161 496 0593</p>
</td></tr></table>
<p><a href="https://teams.example.com/l/chat/0/0">Reply in Teams</a></p>
<p style="font-size:8pt;color:#777">You're receiving this because you have missed activity in Teams. Turn off these emails in Settings.</p>
</body></html>
""",
    notes="Teams-style missed-message notification including an out-of-office status")

other(
    key="O13", sent="2027-03-26 09:12", fmt="plain",
    headers=[("From", "Dr Helena Marsh <helena.marsh@halburyvalley.nhs.uk>"), ("To", PRACTICE_TO),
             ("Subject", "Out of Office: Brenda Oyelaran - vascular referral"),
             ("X-Autoreply", "yes"), ("Precedence", "auto_reply"), ("Auto-Submitted", "auto-replied")],
    domain="halburyvalley.nhs.uk",
    text="""
    I am away from the hospital until Tuesday 6 April with limited access to email.

    Urgent respiratory queries: respiratory registrar via switchboard 0113 496 0400 (bleep 2288).
    Letters and appointments: respiratory secretaries, 0113 496 0466.

    Helena Marsh
    """,
    notes="out-of-office variant (X-Autoreply / Precedence)")

other(
    key="O14", sent="2027-03-29 08:03", fmt="plain",
    headers=[("From", "NHS e-Referral Service <ers.notifications@nhs.net>"), ("To", PRACTICE_TO),
             ("Subject", "e-RS notification: appointment booked (UBRN 0003 1120 8876)")],
    domain="nhs.net",
    text="""
    This is an automated notification from the NHS e-Referral Service. Do not reply to this message.

    An appointment has been booked for a referral made by your organisation.

    UBRN:            0003 1120 8876
    Patient:         Mr Anthony Lapworth (NHS 999 952 9658)
    Service:         Neurology - Headache - Halbury Valley Hospitals NHS Foundation Trust
    Appointment:     Wednesday 21 April 2027, 14:20
    Booked by:       Patient (online)
    Priority:        Routine

    View the referral in e-RS for details. No action is required.
    """,
    notes="e-RS booking notification (no action)")

other(
    key="O15", sent="2027-03-31 15:35", fmt="plain",
    headers=[("From", "Hollis Brandt Solicitors <records@hollisbrandt.example.com>"), ("To", PRACTICE_TO),
             ("Subject", "Our client: Mr Ethan Blackwood - request for medical records (SAR)")],
    domain="hollisbrandt.example.com",
    text="""
    Dear Sir or Madam

    Our client: Mr Ethan Blackwood, 11/11/2001
    Our reference: HB/PI/77312

    We act for the above-named in connection with a personal injury claim arising from an accident
    at a sports centre on 20 March 2027. We enclose our client's signed authority and request,
    under the UK GDPR, copies of his GP records from 1 January 2020 to date.

    Please send the records to this address within one month.

    Yours faithfully
    Hollis Brandt Solicitors
    """,
    notes="solicitor's subject access request")

other(
    key="O16", sent="2027-04-01 09:40", fmt="html",
    headers=[("From", "Wyre Valley ICB Medicines Optimisation <medsopt@wyrevalley-icb.example.org>"),
             ("To", PRACTICE_TO), ("Subject", "Prescribing Matters - April 2027 (RAG list changes)"),
             ("List-Id", "Prescribing Matters <medsopt.wyrevalley-icb.example.org>"), ("Precedence", "bulk")],
    domain="wyrevalley-icb.example.org",
    html="""<html><body style="font-family:Arial;font-size:10pt">
<h2>Prescribing Matters - April 2027</h2>
<h3>Traffic light (RAG) list changes</h3>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Drug</th><th>Old status</th><th>New status</th></tr>
<tr><td>Melatonin MR (children)</td><td>Amber</td><td>Amber - shared care protocol v2</td></tr>
<tr><td>Teriparatide</td><td>Red</td><td>Red (no change)</td></tr>
<tr><td>Edoxaban</td><td>Green</td><td>Green (first-line DOAC for AF)</td></tr>
</table>
<h3>Reminder</h3>
<p>Amber drugs should only be prescribed in primary care once a shared care agreement has been offered and accepted.
Practices are asked to report letters saying "GP to continue and monitor" without an agreement through the interface form.</p>
<p style="font-size:8pt">Wyre Valley ICB Medicines Optimisation Team</p>
</body></html>
""",
    notes="medicines optimisation newsletter (bulk)")

other(
    key="O17", sent="2027-04-07 17:58", fmt="plain",
    headers=[("From", "Fernlea Pharmacy <fernlea.pharmacy@nhs.net>"), ("To", PRACTICE_TO),
             ("Subject", "Mr Raymond Kettley - co-amoxiclav after TURP")],
    domain="nhs.net",
    text="""
    Hi all

    Mr Raymond Kettley (DOB 05/05/1966) came in this afternoon with his hospital discharge bag. He
    has only 2 days of co-amoxiclav and the discharge letter says the course is 7 days. He is worried
    he will run out on Thursday. Has the surgery had anything from Coldbeck? If a prescription is
    coming we can have it ready tomorrow.

    Thanks
    Priti (pharmacist), Fernlea Pharmacy, 0116 496 0388
    """,
    notes="pharmacy e-mail about a short hospital discharge supply (cross-link)")

other(
    key="O18", sent="2027-04-08 11:11", fmt="plain",
    headers=[("From", "SecureMail Gateway <notify@securemail-gw.example.net>"), ("To", PRACTICE_TO),
             ("Subject", "You have received a secure message from Coldbeck and Wyre Hospitals NHS Trust")],
    domain="securemail-gw.example.net",
    text="""
    You have received a secure message.

    From: patient.safety@coldbeckwyre.nhs.uk
    Subject: [SECURE] Incident follow-up
    Expires: 08/05/2027

    To read this message, open the link below and sign in or register with your email address.
    https://securemail-gw.example.net/read/7d1c0a

    This notification was sent automatically. Please do not reply.
    """,
    notes="secure-message notification, no content")

other(
    key="O19", sent="2027-04-09 14:25", fmt="plain",
    headers=[("From", "Wendham Central PCN <wendhamcentral.pcn@nhs.net>"), ("To", PRACTICE_TO),
             ("Subject", "Invitation: PCN clinical meeting - interface issues @ Thu 22 Apr 2027 13:00")],
    domain="nhs.net",
    text="""
    Dear colleagues

    Please join us for the April PCN clinical meeting. Agenda: interface requests from Greywell and
    Halbury (bring anonymised examples), the spring vaccination programme, and ARRS recruitment.

    Thursday 22 April 2027, 13:00-14:00, Teams and Fernlea Surgery meeting room.

    Wendham Central PCN
    """,
    attach=[("invite.ics", "text", "calendar", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Wendham Central PCN//Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:pcn-clinical-20270422@wendhamcentral.example.org
DTSTAMP:20270409T132500Z
DTSTART:20270422T120000Z
DTEND:20270422T130000Z
SUMMARY:PCN clinical meeting - interface issues
LOCATION:Fernlea Surgery meeting room / Teams
ORGANIZER;CN=Wendham Central PCN:mailto:wendhamcentral.pcn@nhs.net
END:VEVENT
END:VCALENDAR
""")],
    notes="calendar invitation with text/calendar attachment")

other(
    key="O20", sent="2027-04-12 08:51", fmt="plain",
    headers=[("From", "Geoffrey Rimmer <g.rimmer56@example.org>"), ("To", PRACTICE_TO),
             ("Subject", "New address and repeat prescription")],
    domain="example.org",
    text="""
    Dear Surgery

    Please can you update my address to 4 Beckside Cottages, Fernlea WQ7 8HF from today. My mobile
    stays the same (07700 900731).

    Also I ordered my repeat (amlodipine and atorvastatin) on the app last Tuesday and the chemist
    says they haven't had it yet. Could you check please?

    Kind regards
    Geoffrey Rimmer
    """,
    notes="patient e-mail: change of address, repeat prescription query")


# =========================================================================== labels / build

def all_items():
    items = [("L", L, london(L["sent"])) for L in LETTERS] + [("O", O, london(O["sent"])) for O in OTHERS]
    items.sort(key=lambda t: (t[2], t[1]["key"]))
    return items


def label_for(kind, item, num):
    mid = f"third-{num:03d}"
    if kind == "L":
        return {
            "id": mid, "file": mid + ".eml", "kind": item["kind"], "trust": PROVIDERS[item["prov"]]["name"],
            "specialty": item["specialty"], "clinician": item["clinician"], "patient": item["patient"],
            "event_date": item["ev"], "letter_date": item["ld"],
            "expected": [{"category": c, "evidence": e} for c, e in item["exp"]],
            "urgent_clinical_action": item["urgent"], "notes": item["notes"],
        }
    return {
        "id": mid, "file": mid + ".eml", "kind": "other", "trust": None, "specialty": None, "clinician": None,
        "patient": {"name": None, "nhs_number": None, "dob": None},
        "event_date": None, "letter_date": item["sent"][:10], "expected": [],
        "urgent_clinical_action": False, "notes": item["notes"],
    }


def build():
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("third-*.eml"):
        old.unlink()
    labels = []
    for num, (kind, item, _sent) in enumerate(all_items(), 1):
        random.seed(f"third-{item['key']}")
        data = build_letter(item) if kind == "L" else build_other(item)
        lab = label_for(kind, item, num)
        (OUT / lab["file"]).write_bytes(data)
        labels.append(lab)
    (OUT / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(labels)} messages to {OUT}")


# =========================================================================== verification

def pdfium_text(data: bytes) -> str:
    """A PDF's text as pdfium (the reader bouncebot uses) gives it, page after page."""
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(data)
    return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))


def docx_text(data: bytes, *, headers: bool = True) -> str:
    """A Word file's paragraphs, then its table cells, then (with `headers`) its page headers and footers."""
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [pp.text for pp in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    if headers:
        for s in d.sections:
            parts += [pp.text for pp in s.header.paragraphs] + [pp.text for pp in s.footer.paragraphs]
    return "\n".join(parts)


def extract_texts(msg):
    """Return list of (source, text) for every readable part; PDFs give one entry per extractor."""
    from bouncebot.reading.html import html_to_text
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fname = (part.get_filename() or "").lower()
        if ctype == "text/plain" and not part.get("Content-Disposition", "").startswith("attachment"):
            out.append(("plain", part.get_content()))
        elif ctype == "text/html":
            out.append(("html", html_to_text(part.get_content())))
        elif ctype == "application/pdf" or fname.endswith(".pdf"):
            data = part.get_payload(decode=True)
            import pypdf
            r = pypdf.PdfReader(io.BytesIO(data))
            t1 = "\n".join(pg.extract_text() or "" for pg in r.pages)
            out.append(("pdf:pypdf:" + fname, t1))
            out.append(("pdf:pdfium:" + fname, pdfium_text(data)))
        elif fname.endswith(".docx"):
            out.append(("docx:" + fname, docx_text(part.get_payload(decode=True))))
    return out


def found_in(evidence, texts):
    ev = collapse(evidence)
    srcs = [s for s, t in texts if ev in collapse(t)]
    pdf_files = {s.split(":", 2)[2] for s, _ in texts if s.startswith("pdf:")}
    for f in pdf_files:
        a = f"pdf:pypdf:{f}" in srcs
        b = f"pdf:pdfium:{f}" in srcs
        if a != b:
            return False, srcs
    return bool(srcs), srcs


def lateness(kind, ev, ev_time, sent: dt.datetime):
    """True late / False on time, per the dev README rule."""
    evd = dt.date.fromisoformat(ev)
    days = (sent.astimezone(LONDON).date() - evd).days
    if kind == "clinic_letter":
        assert days != 7, "clinic letter sent exactly 7 days after"
        return days >= 8
    if days >= 2:
        return True
    if days == 1:
        assert ev_time, "next-day discharge summary must state the discharge time"
        dis = london(f"{ev} {ev_time}")
        return sent - dis > dt.timedelta(hours=24)
    return False


def verify():
    from nhs_number import is_valid
    errors = []
    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    keys = ["id", "file", "kind", "trust", "specialty", "clinician", "patient", "event_date", "letter_date",
            "expected", "urgent_clinical_action", "notes"]
    by_id = {}
    for num, (kind, item, sent) in enumerate(all_items(), 1):
        by_id[f"third-{num:03d}"] = (kind, item, sent)
    files = sorted(p.name for p in OUT.glob("*.eml"))
    if files != sorted(l["file"] for l in labels):
        errors.append("eml files and labels differ")
    prev = None
    for lab in labels:
        lid = lab["id"]
        if list(lab.keys()) != keys:
            errors.append(f"{lid}: label keys {list(lab.keys())}")
        if lab["kind"] not in KINDS:
            errors.append(f"{lid}: kind {lab['kind']}")
        raw = (OUT / lab["file"]).read_bytes()
        if b"\r\n" not in raw or re.search(rb"[^\r]\n", raw):
            errors.append(f"{lid}: not CRLF")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        sent = email.utils.parsedate_to_datetime(msg["Date"])
        if prev and sent < prev:
            errors.append(f"{lid}: not in Date order")
        prev = sent
        kind, item, isent = by_id[lid]
        if sent != isent:
            errors.append(f"{lid}: Date header mismatch")
        if sent.utcoffset() != isent.astimezone(LONDON).utcoffset():
            errors.append(f"{lid}: wrong UTC offset")
        texts = extract_texts(msg)
        cats = [e["category"] for e in lab["expected"]]
        if len(cats) != len(set(cats)):
            errors.append(f"{lid}: duplicate category")
        for e in lab["expected"]:
            if e["category"] not in CATEGORIES:
                errors.append(f"{lid}: bad category {e['category']}")
            ok, srcs = found_in(e["evidence"], texts)
            if not ok:
                errors.append(f"{lid}: evidence not found ({e['category']}): {e['evidence']!r} in {srcs}")
        if lab["kind"] == "other":
            if lab["expected"] or lab["urgent_clinical_action"]:
                errors.append(f"{lid}: other with expectations")
            continue
        pt = lab["patient"]
        if not (pt["nhs_number"].startswith("999") and is_valid(pt["nhs_number"])):
            errors.append(f"{lid}: invalid NHS number {pt['nhs_number']}")
        alltext = collapse(" ".join(t for _, t in texts))
        digits = re.sub(r"\D", "", alltext)
        if pt["nhs_number"] not in digits:
            errors.append(f"{lid}: NHS number not in text")
        surname = pt["name"].split()[-1]
        if surname.lower() not in alltext.lower():
            errors.append(f"{lid}: patient surname not in text")
        if lab["clinician"].split()[-1].lower() not in alltext.lower():
            errors.append(f"{lid}: clinician not in text")
        dob = dt.date.fromisoformat(pt["dob"])
        dob_forms = {dob.strftime(f) for f in ("%d/%m/%Y", "%d-%b-%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y-%m-%d")} | {
            f"{dob.day} {dob.strftime('%B %Y')}", f"{dob.day} {dob.strftime('%b %Y')}",
            dob.strftime("%d %B %Y"), dob.strftime("%d %b %Y")}
        if not any(f.lower() in alltext.lower() for f in dob_forms):
            errors.append(f"{lid}: DOB not found in text")
        late_cat = {"clinic_letter": "late_clinic_letter", "discharge_summary": "late_discharge_summary"}.get(
            lab["kind"])
        for lc in ("late_clinic_letter", "late_discharge_summary"):
            if lc in cats and lc != late_cat:
                errors.append(f"{lid}: {lc} on a {lab['kind']}")
        if late_cat and lab["event_date"]:
            try:
                late = lateness(lab["kind"], lab["event_date"], item.get("ev_time"), sent)
            except AssertionError as exc:
                errors.append(f"{lid}: {exc}")
                late = None
            if late is not None and late != (late_cat in cats):
                errors.append(f"{lid}: lateness {late} disagrees with labels")
        if lab["kind"] in ("referral_response", "results") and lab["event_date"] is not None:
            errors.append(f"{lid}: event_date should be null")
    if errors:
        print("\n".join(errors))
        print(f"VERIFY FAILED: {len(errors)} problem(s)")
        return False
    print(f"verified {len(labels)} messages OK")
    return True


def summary():
    from collections import Counter
    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    kinds = Counter(l["kind"] for l in labels)
    cats = Counter(e["category"] for l in labels for e in l["expected"])
    fmts = Counter()
    for kind, item, _ in all_items():
        fmts[(item["fmt"] if kind == "L" else "other:" + item.get("fmt", "?"))] += 1
    provs = Counter(l["trust"] for l in labels if l["trust"])
    print("kinds", dict(kinds))
    print("categories", dict(sorted(cats.items())))
    print("formats", dict(fmts))
    print("providers", dict(provs))
    letters = [l for l in labels if l["kind"] != "other"]
    print("letters", len(letters), "with category", sum(1 for l in letters if l["expected"]),
          "negatives", sum(1 for l in letters if not l["expected"]),
          "urgent", sum(l["urgent_clinical_action"] for l in letters),
          "urgent no cat", sum(1 for l in letters if l["urgent_clinical_action"] and not l["expected"]))


def main(argv):
    sys.path.insert(0, str(HERE.parent.parent))
    if "--verify-only" not in argv:
        build()
    ok = verify()
    if "--summary" in argv or "--verify-only" not in argv:
        summary()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
