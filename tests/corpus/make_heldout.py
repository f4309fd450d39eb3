#!/usr/bin/env python3
"""Build the held-out corpus of invented hospital correspondence for bouncebot.

Writes tests/corpus/heldout/held-NNN.eml and tests/corpus/heldout/labels.json, then verifies them:
every evidence string is present in the text a reader extracts (text/plain body, HTML converted with
bouncebot.reading.html.html_to_text, PDF text via pypdf (and pypdfium2 when installed), DOCX
paragraphs + table cells + headers/footers via python-docx), whitespace collapsed; every NHS number
is a valid 999-range test number; the late_* labels agree with the dates.

Everything is invented: the practice (Oakhurst Health Centre), nine providers, every clinician,
patient, address and telephone number (Ofcom drama ranges). The build is deterministic.

    python tests/corpus/make_heldout.py                # build, then verify
    python tests/corpus/make_heldout.py --verify-only  # verify what is on disk
"""

from __future__ import annotations

import argparse
import datetime as dt
import email
import email.policy
import hashlib
import html
import io
import json
import random
import re
import sys
import textwrap
import zipfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout"
REPO = HERE.parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

LONDON = ZoneInfo("Europe/London")

CATEGORIES = {
    "tests_for_hospital", "results_chasing", "hospital_only_prescribing",
    "shared_care_without_agreement", "fit_note", "dna_rereferral", "onward_referral",
    "post_procedure_care", "patient_redirected_to_gp", "referral_returned_for_workup",
    "non_contractual_admin", "late_discharge_summary", "late_clinic_letter",
}
KINDS = {"clinic_letter", "discharge_summary", "referral_response", "results", "ed_letter", "other"}
LABEL_KEYS = ["id", "file", "kind", "trust", "specialty", "clinician", "patient", "event_date",
              "letter_date", "expected", "urgent_clinical_action", "notes"]

# --------------------------------------------------------------------------------------------
# The practice and the providers (all invented)
# --------------------------------------------------------------------------------------------

PRACTICE_NAME = "Oakhurst Health Centre"
PRACTICE_ADDR = "oakhurst.hc@nhs.net"
PRACTICE_TO = f"{PRACTICE_NAME} <{PRACTICE_ADDR}>"
PRACTICE_POSTAL = ["Oakhurst Health Centre", "3 Tanners Row", "Oakhurst", "OH4 7QT"]
GPS = ["Dr Imogen Farrow", "Dr Tariq Haldane", "Dr Ruth Penhaligon", "Dr Samuel Odunsi"]

TRUSTS = {
    "HUH": dict(
        name="Hallowmere University Hospitals NHS Foundation Trust",
        site="Hallowmere General Hospital",
        addr="Priory Road, Hallowmere, QH2 5TB",
        phone="0113 496 0410",
        web="www.hallowmere.nhs.uk",
        domain="hallowmere.nhs.uk",
        sender="Hallowmere eLetters <eletters@hallowmere.nhs.uk>",
        mailer="MediScribe Outbound 3.8",
    ),
    "BLV": dict(
        name="Brackenford and Lyme Valley Hospitals NHS Trust",
        site="Brackenford Royal Infirmary",
        addr="Canal Street, Brackenford, QB7 1HW",
        phone="0161 496 0288",
        web="www.blvh.nhs.uk",
        domain="blvh.nhs.uk",
        sender="BLV eDischarge <blv.edischarge@nhs.net>",
        mailer="ICE-Comms 7",
    ),
    "TTC": dict(
        name="Thornbury Treatment Centre (Castlegate Healthcare Ltd)",
        site="Thornbury Treatment Centre",
        addr="Unit 4, Maltings Business Park, Thornbury Cross, QT3 9EN",
        phone="01632 960 315",
        web="NHS patients are treated at Thornbury Treatment Centre under contract with the NHS",
        domain="nhs.net",
        sender="Castlegate Healthcare - Thornbury <thornbury.tc.admin@nhs.net>",
        mailer="Castlegate PAS Mailer",
    ),
    "KMSK": dict(
        name="Kestrel MSK Partnership CIC",
        site="Kestrel MSK Hub, Linwood Community Hospital",
        addr="Station Approach, Linwood, QL5 2DS",
        phone="0117 496 0733",
        web="Community Interest Company providing NHS musculoskeletal services",
        domain="nhs.net",
        sender="Kestrel MSK Partnership <kestrelmsk.admin@nhs.net>",
        mailer="Microsoft Outlook 16.0",
    ),
    "FWMH": dict(
        name="Fenmarsh and Wolds Mental Health NHS Foundation Trust",
        site="The Larches, Fenmarsh",
        addr="Eastgate Lane, Fenmarsh, QF9 4AR",
        phone="0115 496 0561",
        web="www.fenmarshwolds.nhs.uk",
        domain="fenmarshwolds.nhs.uk",
        sender="FWMH Correspondence <correspondence@fenmarshwolds.nhs.uk>",
        mailer="RiO Letters",
    ),
    "SCH": dict(
        name="Saltcombe Community Healthcare NHS Trust",
        site="Saltcombe Health Hub",
        addr="Harbour Street, Saltcombe, QS1 6PL",
        phone="0117 496 0190",
        web="www.saltcombecommunity.nhs.uk",
        domain="saltcombecommunity.nhs.uk",
        sender="Saltcombe Community Services <sch.communityservices@nhs.net>",
        mailer="SystmOne Messaging",
    ),
    "ADH": dict(
        name="Ashcombe and Deane Hospitals NHS Foundation Trust",
        site="Ashcombe Royal Infirmary",
        addr="Deane Road, Ashcombe, QA6 3JU",
        phone="020 7946 0812",
        web="www.ashcombedeane.nhs.uk",
        domain="ashcombedeane.nhs.uk",
        sender="Ashcombe and Deane Correspondence <noreply.letters@ashcombedeane.nhs.uk>",
        mailer="Lorenzo DocOut",
    ),
    "WCC": dict(
        name="Westerleigh Cancer Centre NHS Foundation Trust",
        site="Westerleigh Cancer Centre",
        addr="Beacon Hill, Westerleigh, QW2 8RF",
        phone="0113 496 0977",
        web="www.westerleighcancer.nhs.uk",
        domain="westerleighcancer.nhs.uk",
        sender="Westerleigh Clinical Letters <clinical.letters@westerleighcancer.nhs.uk>",
        mailer="Aria OIS Export",
    ),
    "SKW": dict(
        name="Skinwise Community Dermatology (Skinwise Health LLP)",
        site="Skinwise Community Dermatology Service",
        addr="Orchard Medical Suite, 11 Cooper Street, Linwood, QL5 7BN",
        phone="07700 900 418",
        web="Providing NHS community dermatology on behalf of the ICB",
        domain="nhs.net",
        sender="Skinwise Dermatology <skinwise.dermatology@nhs.net>",
        mailer="Skinwise Letters",
    ),
}

# --------------------------------------------------------------------------------------------
# NHS numbers (999 test range, Modulus 11)
# --------------------------------------------------------------------------------------------


def _check_digit(nine: str) -> int | None:
    total = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1)))
    c = 11 - (total % 11)
    if c == 11:
        return 0
    if c == 10:
        return None
    return c


def _nhs_numbers():
    rng = random.Random(20261102)
    seen = set()
    while True:
        nine = "999" + "".join(str(rng.randrange(10)) for _ in range(6))
        c = _check_digit(nine)
        if c is None or nine in seen:
            continue
        seen.add(nine)
        yield nine + str(c)


_NHS_GEN = _nhs_numbers()


def spaced(n: str) -> str:
    return f"{n[:3]} {n[3:6]} {n[6:]}"


class P:
    """A patient: title, first name, surname, dob (ISO); NHS number assigned in order."""

    def __init__(self, title, first, last, dob):
        self.title, self.first, self.last, self.dob = title, first, last, dob
        self.nhs = next(_NHS_GEN)

    @property
    def name(self):
        return f"{self.first} {self.last}"

    def label(self):
        return {"name": self.name, "nhs_number": self.nhs, "dob": self.dob}


# --------------------------------------------------------------------------------------------
# Letter specifications
# --------------------------------------------------------------------------------------------

LETTERS: list[dict] = []
OTHERS: list[dict] = []


def L(**kw):
    """Register a provider letter.

    Required: key, kind, trust, specialty, clinician, patient (P), sent ('YYYY-MM-DD HH:MM'),
    fmt (plain | html | outlook | htmlbr | pdf | docx), subject, text, expected [(cat, evidence)],
    notes. Optional: event (ISO date), typed (date printed on the letter, ISO), urgent, dept,
    discharge_time ('HH:MM', needed when a discharge summary is sent the next day), alt (HTML with
    a text alternative), letterhead (False when the text carries its own header), sender,
    cover (text of the covering e-mail for pdf/docx), filename, headers (extra headers).
    """
    kw.setdefault("urgent", False)
    kw.setdefault("event", None)
    kw.setdefault("letterhead", True)
    kw.setdefault("alt", False)
    kw.setdefault("headers", {})
    LETTERS.append(kw)


def O(**kw):
    """Register an `other` message: key, sent, build (callable returning an EmailMessage), notes."""
    OTHERS.append(kw)


def subst(text: str, p: P) -> str:
    return (text.replace("{NHS}", spaced(p.nhs)).replace("{NHSC}", p.nhs)
            .replace("{NHSD}", f"{p.nhs[:3]}-{p.nhs[3:6]}-{p.nhs[6:]}"))


# --------------------------------------------------------------------------------------------
# A tiny markup for letter bodies
#   '# text'      heading
#   '- text'      bullet
#   '1. text'     numbered item
#   '| a | b |'   table row (first row of a table is its header)
#   other lines   lines of a paragraph; a blank line ends a block
# --------------------------------------------------------------------------------------------

_OL = re.compile(r"^(\d+)[.)] (.*)$")


def parse_blocks(text: str):
    blocks = []
    cur = None

    def flush():
        nonlocal cur
        if cur:
            blocks.append(cur)
        cur = None

    for raw in text.strip("\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            flush()
            continue
        if line.startswith("# "):
            flush()
            blocks.append(("h", line[2:].strip()))
            continue
        if line.startswith("- "):
            kind, item = "ul", line[2:].strip()
        elif _OL.match(line):
            kind, item = "ol", _OL.match(line).group(2).strip()
        elif line.startswith("|"):
            kind = "table"
            item = [c.strip() for c in line.strip().strip("|").split("|")]
        else:
            kind, item = "p", line.strip()
        if cur is None or cur[0] != kind:
            flush()
            cur = (kind, [])
        cur[1].append(item)
    flush()
    return blocks


def letterhead_lines(spec):
    t = TRUSTS[spec["trust"]]
    lines = [t["name"], t["site"]]
    if spec.get("dept"):
        lines.append(spec["dept"])
    lines += [t["addr"], f"Tel: {t['phone']}"]
    return lines


def footer_line(spec):
    t = TRUSTS[spec["trust"]]
    return f"{t['name']} | {t['addr']} | {t['web']}"


# ---- plain text ---------------------------------------------------------------------------


def _wrap(s, width=76, first="", rest=""):
    return textwrap.fill(s, width=width, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False)


def render_plain(spec, blocks, bullet="-"):
    out = []
    if spec["letterhead"]:
        out += letterhead_lines(spec) + [""]
    for kind, data in blocks:
        if kind == "h":
            out += [data, ""]
        elif kind == "p":
            out += [_wrap(x) for x in data] + [""]
        elif kind == "ul":
            out += [_wrap(x, first=f"{bullet} ", rest="  ") for x in data] + [""]
        elif kind == "ol":
            out += [_wrap(x, first=f"{i}. ", rest="   ") for i, x in enumerate(data, 1)] + [""]
        elif kind == "table":
            widths = [max(len(r[i]) if i < len(r) else 0 for r in data) for i in range(len(data[0]))]
            for r in data:
                if sum(widths) < 74:
                    out.append("  ".join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip())
                else:
                    out.append(" | ".join(r))
            out.append("")
    if spec["letterhead"]:
        out.append(footer_line(spec))
    return "\n".join(out).rstrip() + "\n"


# ---- HTML ------------------------------------------------------------------------------------

E = html.escape


def render_html_clean(spec, blocks):
    t = TRUSTS[spec["trust"]]
    parts = ["<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>body{font-family:Arial,"
             "sans-serif;font-size:10.5pt}table.g{border-collapse:collapse}table.g td,table.g th{"
             "border:1px solid #888;padding:3px 5px}</style></head><body>"]
    if spec["letterhead"]:
        lh = letterhead_lines(spec)
        parts.append("<div style=\"text-align:right\"><strong style=\"font-size:14pt;color:#005eb8\">"
                     f"{E(lh[0])}</strong><br>" + "<br>".join(E(x) for x in lh[1:]) + "</div><hr>")
    for kind, data in blocks:
        if kind == "h":
            parts.append(f"<h3>{E(data)}</h3>")
        elif kind == "p":
            parts.append("<p>" + "<br>\n".join(E(x) for x in data) + "</p>")
        elif kind in ("ul", "ol"):
            parts.append(f"<{kind}>" + "".join(f"<li>{E(x)}</li>" for x in data) + f"</{kind}>")
        elif kind == "table":
            rows = [("<tr>" + "".join(f"<th>{E(c)}</th>" for c in data[0]) + "</tr>")]
            rows += ["<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in data[1:]]
            parts.append("<table class=\"g\">" + "".join(rows) + "</table>")
    if spec["letterhead"]:
        parts.append(f"<hr><p style=\"font-size:8pt;color:#666\">{E(footer_line(spec))}</p>")
    parts.append("</body></html>")
    return "\n".join(parts)


_SPAN = "<span style='font-size:11.0pt;font-family:\"Arial\",sans-serif;color:#1F1F1F'>"


def _mso_p(text, bold=False):
    inner = E(text).replace(". ", ".&nbsp; ", 1) if len(text) > 60 else E(text)
    if bold:
        inner = f"<b>{inner}</b>"
    return f"<p class=MsoNormal>{_SPAN}{inner}<o:p></o:p></span></p>"


def render_html_outlook(spec, blocks):
    t = TRUSTS[spec["trust"]]
    out = ["<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:"
           "office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\"><head><meta "
           "http-equiv=Content-Type content=\"text/html; charset=utf-8\"><meta name=Generator "
           "content=\"Microsoft Word 15 (filtered medium)\"><style><!--p.MsoNormal{margin:0cm;"
           "font-size:11.0pt;font-family:\"Calibri\",sans-serif;}p.MsoListParagraph{margin-left:"
           "36.0pt}--></style><!--[if gte mso 9]><xml><o:shapedefaults v:ext=\"edit\" spidmax="
           "\"1026\" /></xml><![endif]--></head><body lang=EN-GB link=\"#0563C1\" vlink=\"#954F72\" "
           "style='word-wrap:break-word'><div class=WordSection1>"]
    if spec["letterhead"]:
        lh = letterhead_lines(spec)
        out.append("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=\"100%\" "
                   "style='width:100.0%'><tr><td style='padding:0cm'><table class=MsoNormalTable "
                   "border=0 cellspacing=0 cellpadding=0><tr><td style='background:#005EB8;padding:"
                   f"6pt'><p class=MsoNormal><b><span style='color:white'>{E(lh[0])}</span></b></p>"
                   "</td></tr></table></td><td style='padding:0cm'><div><p class=MsoNormal align=right"
                   " style='text-align:right'><span style='font-size:9.0pt'>"
                   + "<br>".join(E(x) for x in lh[1:]) + "</span></p></div></td></tr></table>"
                   "<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    for kind, data in blocks:
        if kind == "h":
            out.append(_mso_p(data, bold=True))
        elif kind == "p":
            out.append("<div>" + "".join(_mso_p(x) for x in data) + "</div>")
            out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
        elif kind in ("ul", "ol"):
            for i, x in enumerate(data, 1):
                mark = "&middot;" if kind == "ul" else f"{i}."
                out.append("<p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l0 level1 "
                           f"lfo1'><![if !supportLists]>{_SPAN}{mark}<span style='font:7.0pt \"Times "
                           f"New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>{_SPAN}{E(x)}"
                           "<o:p></o:p></span></p>")
            out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
        elif kind == "table":
            rows = []
            for ri, r in enumerate(data):
                cells = "".join(
                    "<td valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'>"
                    f"<p class=MsoNormal>{'<b>' if ri == 0 else ''}{_SPAN}{E(c)}</span>"
                    f"{'</b>' if ri == 0 else ''}</p></td>" for c in r)
                rows.append(f"<tr>{cells}</tr>")
            out.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='"
                       "border-collapse:collapse;border:none'>" + "".join(rows) + "</table>"
                       "<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    if spec["letterhead"]:
        out.append(f"<p class=MsoNormal><span style='font-size:8.0pt;color:gray'>{E(footer_line(spec))}"
                   "</span></p>")
    out.append("</div></body></html>")
    return "\n".join(out)


def render_html_br(spec, blocks):
    out = ["<html><body><div style=\"font-family: Verdana, Geneva, sans-serif; font-size: 10pt;\">"]
    if spec["letterhead"]:
        lh = letterhead_lines(spec)
        out.append(f"<font size=\"4\" color=\"#003087\"><b>{E(lh[0])}</b></font><br>"
                   + "<br>".join(E(x) for x in lh[1:]) + "<br><br>")
    for kind, data in blocks:
        if kind == "h":
            out.append(f"<b><u>{E(data)}</u></b><br>")
        elif kind == "p":
            out.append("<br>".join(E(x) for x in data) + "<br><br>")
        elif kind == "ul":
            out.append("".join(f"&bull; {E(x)}<br>" for x in data) + "<br>")
        elif kind == "ol":
            out.append("".join(f"{i}) {E(x)}<br>" for i, x in enumerate(data, 1)) + "<br>")
        elif kind == "table":
            rows = "".join("<tr>" + "".join(f"<td style=\"border:1px solid #999\">{E(c)}</td>"
                                            for c in r) + "</tr>" for r in data)
            out.append(f"<table cellspacing=\"0\" cellpadding=\"3\">{rows}</table><br>")
    if spec["letterhead"]:
        out.append(f"<span style=\"font-size:8pt;color:#777\">{E(footer_line(spec))}</span>")
    out.append("</div></body></html>")
    return "\n".join(out)


# ---- PDF ---------------------------------------------------------------------------------------


def render_pdf(spec, blocks) -> bytes:
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=5)
    head = ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", fontSize=11, spaceBefore=6)
    right = ParagraphStyle("r", parent=base, alignment=TA_RIGHT, fontSize=9, leading=11)
    trust_st = ParagraphStyle("t", parent=right, fontName="Helvetica-Bold", fontSize=13, leading=16,
                              textColor=colors.HexColor("#005EB8"))
    bullet_st = ParagraphStyle("li", parent=base, leftIndent=14, bulletIndent=3, spaceAfter=3)
    cell = ParagraphStyle("c", parent=base, fontSize=9, leading=11, spaceAfter=0)
    x = lambda s: E(s, quote=False)  # noqa: E731

    story = []
    if spec["letterhead"]:
        lh = letterhead_lines(spec)
        story.append(Paragraph(x(lh[0]), trust_st))
        for line in lh[1:]:
            story.append(Paragraph(x(line), right))
        story.append(Spacer(1, 6 * mm))
    for kind, data in blocks:
        if kind == "h":
            story.append(Paragraph(x(data), head))
        elif kind == "p":
            story.append(Paragraph("<br/>".join(x(s) for s in data), base))
        elif kind == "ul":
            for s in data:
                story.append(Paragraph(x(s), bullet_st, bulletText="\u2022"))
        elif kind == "ol":
            for i, s in enumerate(data, 1):
                story.append(Paragraph(x(s), bullet_st, bulletText=f"{i}."))
        elif kind == "table":
            ncol = len(data[0])
            widths = [110 * mm] + [(170 - 110) * mm / (ncol - 1)] * (ncol - 1) if ncol > 1 else [170 * mm]
            if ncol > 2:
                widths = [170 * mm / ncol] * ncol
            tb = Table([[Paragraph(x(c), cell) for c in r] for r in data], colWidths=widths)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EDEE")),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [tb, Spacer(1, 3 * mm)]
    foot = footer_line(spec)

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7)
        canvas.drawString(20 * mm, 10 * mm, foot)
        canvas.drawRightString(190 * mm, 10 * mm, f"Page {doc.page}")
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm, title=spec["subject"],
                            author=TRUSTS[spec["trust"]]["site"], creator=TRUSTS[spec["trust"]]["mailer"],
                            invariant=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()


# ---- DOCX --------------------------------------------------------------------------------------

FIXED = dt.datetime(2026, 11, 1, 9, 0, 0)


def _fix_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def render_docx(spec, blocks) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    cp = d.core_properties
    cp.author = "Medical Secretary"
    cp.last_modified_by = "Medical Secretary"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.title = spec["subject"]
    sec = d.sections[0]
    if spec["letterhead"]:
        lh = letterhead_lines(spec)
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = hp.add_run(lh[0])
        r.bold = True
        r.font.size = Pt(13)
        for line in lh[1:]:
            p = sec.header.add_paragraph(line)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp = sec.footer.paragraphs[0]
        fr = fp.add_run(footer_line(spec))
        fr.font.size = Pt(7)
    for kind, data in blocks:
        if kind == "h":
            p = d.add_paragraph()
            p.add_run(data).bold = True
        elif kind == "p":
            p = d.add_paragraph()
            for i, s in enumerate(data):
                run = p.add_run(s)
                if i < len(data) - 1:
                    run.add_break()
        elif kind == "ul":
            for s in data:
                d.add_paragraph(s, style="List Bullet")
        elif kind == "ol":
            for s in data:
                d.add_paragraph(s, style="List Number")
        elif kind == "table":
            tb = d.add_table(rows=len(data), cols=len(data[0]))
            tb.style = "Table Grid"
            for ri, row in enumerate(data):
                for ci, c in enumerate(row):
                    cellp = tb.cell(ri, ci).paragraphs[0]
                    run = cellp.add_run(c)
                    run.bold = ri == 0
            d.add_paragraph()
    buf = io.BytesIO()
    d.save(buf)
    return _fix_zip(buf.getvalue())


# --------------------------------------------------------------------------------------------
# Building messages
# --------------------------------------------------------------------------------------------


def sent_dt(s: str) -> dt.datetime:
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=LONDON)


def msgid(key: str, sent: dt.datetime, domain: str) -> str:
    h = hashlib.sha1(key.encode()).hexdigest().upper()
    return f"<{sent:%Y%m%d%H%M%S}.{h[:12]}@{domain}>"


def base_msg(frm, to, subject, sent, key, domain, headers=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(sent)
    m["Message-ID"] = msgid(key, sent, domain)
    for k, v in (headers or {}).items():
        m[k] = v
    return m


DEFAULT_COVER = (
    "Please find attached correspondence from {trust} regarding a patient registered with your "
    "practice.\n\nDocument: {doc}\nAttachment: {fn}\n\nThis mailbox is not monitored. Contact "
    "details for the clinical team are on the letter.\n\nThis e-mail and its attachments are "
    "confidential and intended for the named recipient only.\n"
)


def build_letter(spec) -> EmailMessage:
    t = TRUSTS[spec["trust"]]
    p = spec["patient"]
    text = subst(spec["text"], p)
    blocks = parse_blocks(text)
    sent = sent_dt(spec["sent"])
    frm = spec.get("sender", t["sender"])
    dom = frm.split("@")[1].rstrip(">")
    hdrs = {"X-Mailer": t["mailer"]}
    hdrs.update(spec["headers"])
    m = base_msg(frm, spec.get("to", PRACTICE_TO), spec["subject"], sent, spec["key"], dom, hdrs)
    fmt = spec["fmt"]
    if fmt == "plain":
        m.set_content(render_plain(spec, blocks, bullet=spec.get("bullet", "-")))
    elif fmt in ("html", "outlook", "htmlbr"):
        body = {"html": render_html_clean, "outlook": render_html_outlook,
                "htmlbr": render_html_br}[fmt](spec, blocks)
        if spec["alt"]:
            m.set_content(render_plain(spec, blocks))
            m.add_alternative(body, subtype="html")
        else:
            m.set_content(body, subtype="html")
    elif fmt in ("pdf", "docx"):
        ext = fmt
        fn = spec.get("filename") or f"{spec['key'].upper()}_{sent:%Y%m%d}.{ext}"
        doc = {"clinic_letter": "Outpatient clinic letter", "discharge_summary": "Discharge summary",
               "referral_response": "Referral response", "results": "Results report",
               "ed_letter": "Emergency department letter"}[spec["kind"]]
        cover = spec.get("cover") or DEFAULT_COVER.format(trust=t["name"], doc=doc, fn=fn)
        m.set_content(cover)
        if fmt == "pdf":
            m.add_attachment(render_pdf(spec, blocks), maintype="application", subtype="pdf",
                             filename=fn)
        else:
            m.add_attachment(render_docx(spec, blocks), maintype="application",
                             subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                             filename=fn)
    else:
        raise ValueError(fmt)
    return m


def letter_label(spec, ident):
    sent = sent_dt(spec["sent"])
    return {
        "id": ident,
        "file": f"{ident}.eml",
        "kind": spec["kind"],
        "trust": TRUSTS[spec["trust"]]["name"],
        "specialty": spec["specialty"],
        "clinician": spec["clinician"],
        "patient": spec["patient"].label(),
        "event_date": spec["event"],
        "letter_date": spec.get("typed") or sent.date().isoformat(),
        "expected": [{"category": c, "evidence": e} for c, e in spec["expected"]],
        "urgent_clinical_action": spec["urgent"],
        "notes": spec["notes"],
    }


def other_label(spec, ident):
    return {
        "id": ident, "file": f"{ident}.eml", "kind": "other", "trust": None, "specialty": None,
        "clinician": None, "patient": None, "event_date": None,
        "letter_date": sent_dt(spec["sent"]).date().isoformat(), "expected": [],
        "urgent_clinical_action": False, "notes": spec["notes"],
    }


# ============================================================================================
# Hallowmere University Hospitals NHS Foundation Trust (acute)
# ============================================================================================

p = P("Mrs", "Joan", "Pettifer", "1959-07-22")
L(key="huh-rheum-mtx", kind="clinic_letter", trust="HUH", specialty="Rheumatology",
  clinician="Dr Helena Marchetti", patient=p, event="2026-11-05", typed="2026-11-09",
  sent="2026-11-10 10:05", fmt="pdf", dept="Department of Rheumatology",
  subject="Hallowmere UH - Outpatient Letter - Rheumatology - H0448213",
  text="""
Our ref: HM/kl/H0448213
Date dictated: 06/11/2026   Date typed: 09/11/2026
Clinic date: 05/11/2026 (Rheumatology New Patient Clinic, Outpatients B)

Dr Imogen Farrow
Oakhurst Health Centre
3 Tanners Row
Oakhurst OH4 7QT

Dear Dr Farrow

Re: Mrs Joan Pettifer   DOB 22/07/1959   NHS No {NHS}   Hosp No H0448213
14 Glebe Close, Oakhurst OH4 2NB

# Diagnoses
1. Seropositive rheumatoid arthritis (RF and anti-CCP positive), DAS28-CRP 5.4
2. Type 2 diabetes, diet controlled

Many thanks for asking me to see this 67 year old retired school cook, who describes four months of pain and swelling across both hands and wrists with morning stiffness that lasts about two hours. On examination she had 9 swollen and 11 tender joints. Her ESR was 48 and CRP 31. Hand X-rays show periarticular osteopenia but no erosions yet.

We talked at some length about disease-modifying treatment, and she is keen to start. She does not drink alcohol and has no plans for further children.

# Recommendations
1. I gave her methylprednisolone 120 mg IM in clinic today as a bridge.
2. I would be grateful if you could prescribe methotrexate 10 mg once weekly (Fridays) with folic acid 5 mg once weekly on Mondays, going up to 15 mg weekly after four weeks if her bloods are satisfactory.
3. Please could you arrange FBC, U&E, LFT's and CRP every 2 weeks for the first 6 weeks and fax or e-mail the results to our rheumatology advice line.
4. A baseline chest X-ray was done today and I will look at it.
5. She will be seen in the rheumatology nurse clinic in 6 weeks and by me in 3 months.

Yours sincerely

Dr Helena Marchetti
Consultant Rheumatologist

cc Mrs Joan Pettifer
""",
  expected=[("hospital_only_prescribing", "I would be grateful if you could prescribe methotrexate 10 mg once weekly (Fridays)"),
            ("tests_for_hospital", "Please could you arrange FBC, U&E, LFT's and CRP every 2 weeks for the first 6 weeks")],
  notes="GP asked to start methotrexate before the patient is stabilised and to do the initial monitoring bloods; numbered recommendations; sent 5 days after clinic")

p = P("Mr", "Desmond", "Okoro-Blake", "1952-01-30")
L(key="huh-cardio-holter", kind="clinic_letter", trust="HUH", specialty="Cardiology",
  clinician="Dr Owain Pritchard", patient=p, event="2026-11-02", typed="2026-11-04",
  sent="2026-11-12 15:40", fmt="pdf", dept="Cardiology Outpatients, Level 2",
  subject="Hallowmere UH - Outpatient Letter - Cardiology - H0390017",
  text="""
Clinic date: Monday 2 November 2026
Letter date: 4 November 2026
Consultant: Dr Owain Pritchard
Hospital no: H0390017

To: Dr Tariq Haldane, Oakhurst Health Centre, 3 Tanners Row, Oakhurst OH4 7QT

Patient: Mr Desmond Okoro-Blake, 7 Ferrier Court, Oakhurst OH4 9DS
Date of birth: 30 January 1952
NHS number: {NHS}

# Diagnosis
Palpitations with pre-syncope; hypertension; probable paroxysmal AF (not yet documented)

# Clinical summary
Mr Okoro-Blake describes episodes of fast irregular heartbeat lasting up to an hour, two of which left him light-headed while gardening. His resting ECG today shows sinus rhythm at 64 with first degree heart block. Blood pressure 148/86. He has a CHA2DS2-VASc score of 3, so if AF is confirmed he will need anticoagulation, which I will discuss with him at review.

# Plan
| Action | Owner | When |
| Transthoracic echocardiogram (requested today) | Cardiology | Within 6 weeks |
| Arrange 24 hour Holter monitor and forward the report to me | GP | Before next clinic |
| Increase bisoprolol to 2.5 mg once daily | GP | Now |
| Review in cardiology clinic with results | Cardiology | 3 months |

He knows to call 999 if he has chest pain or collapses.

Kind regards

Dr Owain Pritchard
Consultant Cardiologist
""",
  expected=[("tests_for_hospital", "Arrange 24 hour Holter monitor and forward the report to me"),
            ("late_clinic_letter", "Clinic date: Monday 2 November 2026")],
  notes="Action/Owner table with GP in the owner column for a Holter the cardiologist wants; sent 10 days after clinic (letter itself dated 4 Nov)")

p = P("Ms", "Rosalind", "Feeney", "1987-04-05")
L(key="huh-gastro-histo", kind="clinic_letter", trust="HUH", specialty="Gastroenterology",
  clinician="Dr Nnamdi Eze", patient=p, event="2026-11-04", sent="2026-11-09 11:20", fmt="outlook",
  sender="Gastro Secretaries (Hallowmere University Hospitals NHS Foundation Trust) <hallowmere.gastrosecs@nhs.net>",
  dept="Gastroenterology Department", alt=True,
  subject="Clinic letter - FEENEY Rosalind - {NHS}".replace("{NHS}", spaced(p.nhs)),
  headers={"Thread-Topic": "Clinic letter - FEENEY Rosalind", "X-MS-Has-Attach": ""},
  text="""
Dear Dr Penhaligon,

Re: Ms Rosalind Feeney, DOB 05-Apr-1987, NHS No. {NHSC}
Seen in the Gastroenterology Clinic on 4th November 2026

# Diagnosis
Iron deficiency anaemia, ?coeliac disease

Thank you for referring Ms Feeney, who has had low ferritin for a year despite oral iron, with bloating and loose stools. She had an OGD on our list the same morning, which showed mild scalloping of the duodenal folds; duodenal biopsies were taken.

Please could you chase the duodenal biopsy histology in about three weeks and let Ms Feeney know the result. If it confirms coeliac disease she will need a dietetic referral, which we can discuss then.

Her tTG was sent today and I will look at that myself. I have given her an IV iron infusion appointment in our day unit for next week.

Best wishes,

Dr Nnamdi Eze
Consultant Gastroenterologist
Hallowmere University Hospitals NHS Foundation Trust
""",
  expected=[("results_chasing", "Please could you chase the duodenal biopsy histology in about three weeks and let Ms Feeney know the result")],
  notes="Outlook HTML (with text alternative) from a secretary mailbox; GP asked to chase and relay histology the hospital took")

p = P("Mr", "Geoffrey", "Lindqvist", "1958-11-12")
L(key="huh-uro-psa-patient", kind="clinic_letter", trust="HUH", specialty="Urology",
  clinician="Mr Farhan Qureshi", patient=p, event="2026-11-03", sent="2026-11-06 09:30", fmt="pdf",
  dept="Department of Urology",
  subject="Hallowmere UH - Outpatient Letter - Urology - H0512276",
  text="""
Clinic: Tues 3rd Nov 2026
Typed: 5th Nov 2026

PRIVATE AND CONFIDENTIAL
Mr Geoffrey Lindqvist
22 Harrier Way
Oakhurst OH4 3LU

NHS Number: {NHSC}   Date of Birth: 12/11/1958   Hospital Number: H0512276

Dear Mr Lindqvist

Thank you for coming to the urology clinic on Tuesday. I am writing to you directly, as we agreed, and your GP has a copy of this letter.

You told me that you have been getting up three times a night to pass water and that your stream has become slower over the last year. Your prostate felt smooth and moderately enlarged when I examined it. Your PSA of 3.1 is within the normal range for your age, but I would like to see whether it changes over time.

I have asked your GP to arrange a PSA blood test in three months' time and to send me the result, so that I can decide whether you need an MRI scan.

I have started you on tamsulosin 400 micrograms once a day; you were given a month's supply from our pharmacy. We will also book a flexible cystoscopy to look at your bladder because of the small amount of blood found in your urine. If you have not heard about your flexible cystoscopy appointment within six weeks, please contact your GP surgery who can chase this for you.

Yours sincerely

Mr Farhan Qureshi
Consultant Urological Surgeon

cc: Dr Tariq Haldane, GP, Oakhurst Health Centre
""",
  expected=[("tests_for_hospital", "I have asked your GP to arrange a PSA blood test in three months' time and to send me the result"),
            ("patient_redirected_to_gp", "please contact your GP surgery who can chase this for you")],
  notes="Letter written to the patient with the GP copied; PSA the urologist wants is handed to the GP; patient told to chase the hospital's own cystoscopy booking through the GP")

p = P("Miss", "Chloe", "Vantreight", "1996-02-18")
L(key="huh-neuro-neg", kind="clinic_letter", trust="HUH", specialty="Neurology",
  clinician="Dr Lucia Ferreira-Banks", patient=p, event="2026-11-09", sent="2026-11-13 12:15", fmt="pdf",
  dept="Department of Neurology",
  subject="Hallowmere UH - Outpatient Letter - Neurology - H0601932",
  text="""
Date of clinic: 09.11.2026
Date of letter: 12.11.2026

Dr Ruth Penhaligon
Oakhurst Health Centre, 3 Tanners Row, Oakhurst OH4 7QT

Dear Dr Penhaligon

Miss Chloe Vantreight, DOB 18.02.1996, NHS number {NHS}
Flat 3, 40 Mill Lane, Oakhurst OH4 1AX

# Diagnosis
Chronic migraine without aura; medication overuse

I reviewed Miss Vantreight, a 30 year old veterinary nurse, with near-daily headaches for eight months. You kindly arranged an MRI head in the summer, which was normal, and she has already had a trial of amitriptyline, which made her too drowsy to work.

She is using co-codamol on most days. We talked about medication overuse headache and she will stop co-codamol completely from this weekend. Please continue propranolol MR 80 mg once daily for now.

I have requested a visual field assessment in our ophthalmology department to be thorough, and bloods (FBC, ESR, ferritin) were taken in clinic today; I will check both myself and write to Chloe with the findings. No action is needed from the practice at this stage. If she develops visual disturbance or a headache that wakes her from sleep she knows to attend the emergency department.

She will be seen again in the headache clinic in four months, when we can consider candesartan.

Yours sincerely

Dr Lucia Ferreira-Banks
Consultant Neurologist
""",
  expected=[],
  notes="Hard negative: GP's earlier MRI as history, hospital doing its own tests, green drug continued, explicit no-action line, conditional safety-netting")

p = P("Mr", "Kieran", "Westwood", "1979-09-09")
L(key="huh-endo-testo", kind="clinic_letter", trust="HUH", specialty="Endocrinology",
  clinician="Dr Aisling Brennan-Moore", patient=p, event="2026-11-10", sent="2026-11-12 16:55", fmt="outlook",
  sender="Endocrine Secretaries (Hallowmere University Hospitals NHS Foundation Trust) <hallowmere.endosecs@nhs.net>",
  dept="Diabetes and Endocrine Centre",
  subject="Endocrine clinic letter: WESTWOOD K (10/11/26)",
  text="""
Clinic date: 10/11/26
Consultant: Dr Aisling Brennan-Moore
Patient: Mr Kieran Westwood
D.O.B: 09/09/1979
NHS no: {NHSD}
Address: 61 Coppice Road, Oakhurst OH4 6TF

Dear Dr Odunsi

# Diagnosis
Secondary hypogonadism (low-normal LH, testosterone 6.2 nmol/L on two occasions); pituitary MRI normal

# Medication
Tostran 2% gel 40 mg (2 presses) daily, started 12 weeks ago by us

Mr Westwood has felt much better since starting testosterone, with more energy and better libido. His 12 week trough testosterone was 17 nmol/L and haematocrit 0.47.

As he is now on a stable dose, we would now like the practice to take over prescribing of his Tostran gel and the monitoring of haematocrit and PSA at 6 and 12 months, then annually. I will discharge him from the endocrine clinic today.

With best wishes

Dr Aisling Brennan-Moore
Consultant Endocrinologist
""",
  expected=[("shared_care_without_agreement", "we would now like the practice to take over prescribing of his Tostran gel and the monitoring of haematocrit and PSA")],
  notes="Testosterone (amber, shared care locally) handed over with monitoring and no shared-care agreement offered; Outlook HTML")

p = P("Mr", "Ali", "Hassanpour", "1968-06-14")
L(key="huh-resp-ent-late", kind="clinic_letter", trust="HUH", specialty="Respiratory and Sleep Medicine",
  clinician="Dr Bethan Llewellyn-Hart", patient=p, event="2026-11-04", typed="2026-11-05",
  sent="2026-11-16 14:05", fmt="plain",
  sender="Respiratory Secretaries HUH <hallowmere.respsecs@nhs.net>", dept="Sleep Service",
  subject="Sleep clinic letter re Ali Hassanpour",
  text="""
Dictated 05/11/2026

Dr T Haldane
Oakhurst Health Centre

Dear Dr Haldane

RE: Ali HASSANPOUR  DOB 14 June 1968  NHS No {NHS}
31 Tollgate Street, Oakhurst OH4 5RR

Attended on 4 November for review of his overnight oximetry.

His study showed an ODI of 34 per hour with nadir saturations of 79%, in keeping with severe obstructive sleep apnoea, and his Epworth score is 16. He drives a delivery van; I have told him he must not drive until his symptoms are controlled, and that he must tell the DVLA. We will start CPAP, and our sleep physiologists will contact him directly to fit the machine.

On examination he has a markedly deviated nasal septum and finds it hard to breathe through his nose, which is likely to make CPAP difficult to tolerate. please could you refer him to ENT for assessment of his nasal obstruction

I will see him in 3 months in the CPAP clinic.

Regards

Dr Bethan Llewellyn-Hart
Consultant Respiratory Physician
""",
  expected=[("onward_referral", "please could you refer him to ENT for assessment of his nasal obstruction"),
            ("late_clinic_letter", "Attended on 4 November")],
  notes="Related-problem onward referral pushed to GP (missing full stop on purpose); plain body sent 12 days after the clinic")

p = P("Mr", "Callum", "Breen", "1990-12-01")
L(key="huh-ortho-ankle", kind="clinic_letter", trust="HUH", specialty="Trauma and Orthopaedics",
  clinician="Mr Rhys Aldington", patient=p, event="2026-11-12", sent="2026-11-16 08:50", fmt="docx",
  dept="Fracture Clinic",
  subject="Hallowmere UH - Fracture Clinic Letter - H0733120",
  text="""
Fracture Clinic, Thursday 12/11/2026
Date typed: 13/11/2026

Dr Samuel Odunsi
Oakhurst Health Centre
3 Tanners Row, Oakhurst OH4 7QT

Patient: Mr Callum Breen
DOB: 01/12/1990
NHS No: {NHSC}
Hospital No: H0733120

# Diagnosis
Right trimalleolar ankle fracture - ORIF 06/11/2026

# Progress
Mr Breen was reviewed one week after open reduction and internal fixation of his right ankle. The wound is clean and dry and the sutures are intact. Check X-rays show satisfactory position of the metalwork. He has been put into a removable boot and remains non-weight bearing for a further 5 weeks.

# Actions
- Please arrange for the practice nurse to remove the sutures at 14 days post op (20/11/2026).
- He works as a scaffolder and will need a fit note from you for a further 6 weeks.
- He is on enoxaparin 40 mg daily for 6 weeks, supplied in full by our pharmacy at discharge.
- Fracture clinic review with X-ray in 5 weeks.

Mr Rhys Aldington
Consultant Orthopaedic Surgeon
""",
  expected=[("post_procedure_care", "Please arrange for the practice nurse to remove the sutures at 14 days post op"),
            ("fit_note", "will need a fit note from you for a further 6 weeks")],
  notes="Post-operative suture removal and fit note for the surgical recovery pushed to the practice; DOCX with header letterhead")

p = P("Mr", "Terence", "Haworth", "1949-03-03")
L(key="huh-uro-audit", kind="clinic_letter", trust="HUH", specialty="Urology",
  clinician="Mr Farhan Qureshi", patient=p, event="2026-11-23", sent="2026-11-27 13:10", fmt="pdf",
  dept="Department of Urology",
  subject="Hallowmere UH - Outpatient Letter - Urology - H0208861",
  text="""
Date of clinic: 23 November 2026
Date typed: 26 November 2026

Dr Imogen Farrow, Oakhurst Health Centre, 3 Tanners Row, Oakhurst OH4 7QT

Dear Dr Farrow

Mr Terence Haworth   d.o.b. 3 March 1949   NHS {NHS}
9 Blacksmiths Yard, Oakhurst OH4 8EE

# Diagnosis
Lower urinary tract symptoms; bladder outflow obstruction on flow rate

Mr Haworth returned to clinic with his frequency volume chart and flow study. His maximum flow rate was 8 ml/s with a post-void residual of 140 ml. He has not improved on tamsulosin alone, so I have added finasteride 5 mg once daily, and he has been given the first 28 days from our outpatient pharmacy. I have put his name forward for a bladder outlet procedure and he will receive a pre-assessment appointment from us.

Our department is auditing the primary care management of men referred with LUTS. I would be grateful if the practice could complete the enclosed questionnaire on Mr Haworth's treatment before referral and return it to the Urology Audit Office by 18 December.

Yours sincerely

Mr Farhan Qureshi
Consultant Urological Surgeon
""",
  expected=[("non_contractual_admin", "I would be grateful if the practice could complete the enclosed questionnaire")],
  notes="Departmental audit questionnaire sent to the practice to complete; medication supplied by the hospital")

p = P("Mrs", "Pauline", "Mackerras", "1955-05-25")
L(key="huh-ortho-knee-late", kind="clinic_letter", trust="HUH", specialty="Orthopaedics",
  clinician="Mr Rhys Aldington", patient=p, event="2026-11-13", typed="2026-11-16",
  sent="2026-11-25 10:40", fmt="docx", dept="Elective Orthopaedics - Knee Clinic",
  subject="Hallowmere UH - Outpatient Letter - Orthopaedics - H0115540",
  text="""
Mrs Pauline Mackerras
5 Sandpiper Row
Oakhurst OH4 4HJ

16 November 2026

Date of birth: 25.05.1955   NHS number: {NHS}   Hospital number: H0115540

Dear Mrs Mackerras

Thank you for coming to see me in the Orthopaedic Knee Clinic on Friday 13 November 2026.

Your X-rays show severe wear of the inner half of your left knee joint, and the injection you had in the spring only helped for a few weeks. As we discussed, I think a total knee replacement is the right next step, and you would like to go ahead. I have added you to my waiting list today. Our pre-operative assessment team will write to you with an appointment, and they will do any blood tests and heart tracing that are needed at that visit.

In the meantime please keep up the exercises the physiotherapist showed you and carry on with your regular painkillers.

Yours sincerely

Mr Rhys Aldington
Consultant Orthopaedic Surgeon

cc: Dr Ruth Penhaligon, GP, Oakhurst Health Centre
""",
  expected=[("late_clinic_letter", "Friday 13 November 2026")],
  notes="Letter to the patient, GP copied; hospital does its own pre-op tests; no request, but sent 12 days after the clinic (letter dated 16 Nov)")

p = P("Mr", "Owen", "Threlfall", "1971-10-10")
L(key="huh-neuro-returned", kind="referral_response", trust="HUH", specialty="Neurology",
  clinician="Dr Lucia Ferreira-Banks", patient=p, sent="2026-11-18 17:25", fmt="outlook",
  sender="Neurology Referral Hub HUH <hallowmere.neuroreferrals@nhs.net>", dept="Neurology Referral Triage",
  subject="Referral returned - THRELFALL Owen - UBRN 0000 4821 9937",
  text="""
Referral outcome: RETURNED TO REFERRER
UBRN: 0000 4821 9937
Patient: Owen Threlfall   DOB: 10/10/1971   NHS number: {NHS}
Referred by: Dr Tariq Haldane, Oakhurst Health Centre
Triaged by: Dr Lucia Ferreira-Banks, Consultant Neurologist, 17/11/2026

Dear Dr Haldane

Thank you for this referral for a 55 year old man with six months of intermittent left sided facial tingling and headaches. There are no red flag features in the referral. Rather than offering a clinic appointment at this point, we would ask that you request an MRI brain via the direct access pathway and re-refer if it is abnormal.

The referral has been returned and the patient has not been added to our waiting list.

Kind regards
Dr Lucia Ferreira-Banks
Hallowmere University Hospitals NHS Foundation Trust
""",
  expected=[("referral_returned_for_workup", "we would ask that you request an MRI brain via the direct access pathway and re-refer if it is abnormal")],
  notes="Referral returned asking the GP to do the imaging work-up first; Outlook HTML")

p = P("Mr", "Ivor", "Kellaway", "1946-08-08")
L(key="huh-uro-info", kind="clinic_letter", trust="HUH", specialty="Urology",
  clinician="Mr Jonah Featherstone", patient=p, event="2026-11-17", sent="2026-11-19 09:05", fmt="html",
  sender="Hallowmere eLetters <eletters@hallowmere.nhs.uk>", dept="Department of Urology",
  subject="Hallowmere UH - Outpatient Letter - Urology - H0077314",
  text="""
FOR INFORMATION ONLY - NO GP ACTION REQUIRED

Clinic date: 17 Nov 2026
Patient: Mr Ivor Kellaway   DOB: 08 Aug 1946   NHS No: {NHSC}

Dear Dr Farrow

I saw Mr Kellaway for his one-year review after his TURP. He is voiding well with a flow of 17 ml/s and negligible residual, and he is delighted with the result. His PSA, which we checked in clinic today, is 1.2.

I have discharged him from urology follow-up. Should his symptoms recur, please do not hesitate to refer him again.

Yours sincerely

Mr Jonah Featherstone
Consultant Urologist
""",
  expected=[],
  notes="Hard negative: for information only, hospital did its own PSA, conditional re-referral wording")

# ============================================================================================
# Brackenford and Lyme Valley Hospitals NHS Trust (acute; terse eDischarge)
# ============================================================================================

BLV_FOOT = "Brackenford and Lyme Valley Hospitals NHS Trust | Brackenford Royal Infirmary, Canal Street, Brackenford QB7 1HW | 0161 496 0288"

p = P("Mrs", "Sheila", "Broadbent", "1944-02-11")
L(key="blv-amu-lfts", kind="discharge_summary", trust="BLV", specialty="Acute Medicine",
  clinician="Dr Marcus Ilesanmi", patient=p, event="2026-11-05", sent="2026-11-05 18:42", fmt="plain",
  letterhead=False, subject="eDischarge: BROADBENT, Sheila (NHS " + p.nhs + ")",
  text=f"""
ELECTRONIC DISCHARGE NOTIFICATION
Ward 12 (Acute Medical Unit), Brackenford Royal Infirmary

Pt: BROADBENT, Sheila   DOB: 11/02/1944   NHS: {{NHSC}}
Adm: 02/11/26   D/C: 05/11/26 15:00
Cons: Dr M Ilesanmi (Acute Medicine)   Completed by: Dr J Pemberton FY1

Dx: CAP R lower lobe (CURB-65 2)
2nd: deranged LFTs - ALT 212, ALP 180 - ?co-amoxiclav related

Hx: 3/7 productive cough, fever, SOB. CXR RLL consolidation. IV co-amoxiclav 48h then switched to oral doxycycline due to rising ALT. USS liver: fatty liver, no duct dilatation. Improving, sats 95% RA on d/c, mobilising with stick.

Meds changes:
- STOPPED co-amoxiclav (?DILI - added to allergies)
- NEW doxycycline 100mg od - TTO: 5/7 supplied (completes course)
- Paracetamol 1g qds prn - TTO 7/7

GP actions:
- GP: pls repeat LFTs 2/52 and if not improving refer back to med reg on call
- Pls add co-amoxiclav intolerance to records

F/U: nil
Info given to pt & daughter (NOK)

{BLV_FOOT}
""",
  expected=[("tests_for_hospital", "GP: pls repeat LFTs 2/52")],
  notes="Terse FY1 eDischarge; repeat LFTs to follow up the hospital's own abnormal finding passed to the GP with F/U nil; full antibiotic course supplied; sent the day of discharge")

p = P("Ms", "Danielle", "Okwuosa", "1983-09-19")
L(key="blv-surg-chole", kind="discharge_summary", trust="BLV", specialty="General Surgery",
  clinician="Mr Anselm Drury", patient=p, event="2026-11-11", discharge_time="14:00",
  sent="2026-11-12 09:30", fmt="plain", letterhead=False,
  subject="eDischarge: OKWUOSA, Danielle (NHS " + p.nhs + ")",
  text=f"""
ELECTRONIC DISCHARGE NOTIFICATION
Ward 7 (Surgical Day Unit), Brackenford Royal Infirmary

Pt: OKWUOSA, Danielle   DOB: 19/09/1983   NHS: {{NHS}}
Adm: 10/11/26   D/C: 11/11/26 14:00
Cons: Mr A Drury (General Surgery)   Completed by: Dr S Ahmadi FY1

Procedure: Lap cholecystectomy 10/11/26 - uncomplicated. 4 port sites closed w/ clips.

Post op: Mild port site pain only. Tolerating diet, passed urine, mobile. Wounds clean + dry.

TTO: paracetamol 1g qds 5/7, ibuprofen 400mg tds 5/7 (with food) - supplied

GP:
- clips out D10 pls (20/11)
- Fit note: GP to provide 2/52, pt is a care assistant

F/U: nil routine. Histology will be reviewed at surgical MDT.

{BLV_FOOT}
""",
  expected=[("post_procedure_care", "clips out D10 pls"),
            ("fit_note", "Fit note: GP to provide 2/52")],
  notes="Terse surgical eDischarge: clip removal and post-operative fit note pushed to the GP; sent the next morning, 19.5 h after a 14:00 discharge (on time)")

p = P("Mr", "Norman", "Fairclough", "1950-04-17")
L(key="blv-resp-copd-late", kind="discharge_summary", trust="BLV", specialty="Respiratory Medicine",
  clinician="Dr Yusuf Demir", patient=p, event="2026-11-13", sent="2026-11-16 11:15", fmt="plain",
  letterhead=False, subject="eDischarge: FAIRCLOUGH, Norman (NHS " + p.nhs + ")",
  text=f"""
ELECTRONIC DISCHARGE NOTIFICATION
Ward 21 (Respiratory), Brackenford Royal Infirmary

Patient: FAIRCLOUGH, Norman   DOB: 17/04/1950   NHS: {{NHSC}}
Date of admission 10.11.26
Date of discharge 13.11.26
Consultant: Dr Y Demir (Respiratory Medicine)   Author: Dr L Quinn FY1

Dx: Infective exacerbation of COPD (GOLD 3). No consolidation on CXR.
PMH: COPD, AF on apixaban, T2DM

Course: nebs, oral pred, doxy. Weaned off O2 day 2. Sputum sent on admission - result not back at d/c. CBGs up to 17 on steroids, no change to diabetes meds.

Discharge meds:
- Prednisolone 30mg od - 2/7 supplied, GP to supply remaining 3/7
- Doxycycline 100mg od 5/7 - 5/7 supplied
- Usual inhalers unchanged (Trimbow 2 puffs bd)

GP to chase sputum culture and act on sensitivities
F/U: Resp nurse to phone pt 1/52. PR referral - pt declined.

{BLV_FOOT}
""",
  expected=[("hospital_only_prescribing", "GP to supply remaining 3/7"),
            ("results_chasing", "GP to chase sputum culture and act on sensitivities"),
            ("late_discharge_summary", "Date of discharge 13.11.26")],
  notes="Short steroid supply (2 of 5 days) left to the GP, hospital sputum result handed on; sent 3 days after discharge")

p = P("Mr", "Leslie", "Ambrose", "1962-12-24")
L(key="blv-gastro-ugib", kind="discharge_summary", trust="BLV", specialty="Gastroenterology",
  clinician="Dr Priyanka Raghunathan", patient=p, event="2026-11-17", sent="2026-11-17 17:05", fmt="plain",
  letterhead=False, subject="eDischarge: AMBROSE, Leslie (NHS " + p.nhs + ")",
  text=f"""
ELECTRONIC DISCHARGE NOTIFICATION
Ward 15 (Gastroenterology), Brackenford Royal Infirmary

Pt: AMBROSE, Leslie   DOB: 24/12/1962   NHS: {{NHS}}
Adm: 14/11/26   D/C: 17/11/26 12:30
Cons: Dr P Raghunathan (Gastro)   Completed by: Dr R Osei FY1

Dx: Upper GI bleed - 2 x duodenal ulcers (Forrest IIb), injected + clipped at OGD 14/11
Contributing: ibuprofen OTC for back pain

Hb 78 on adm -> 2 units -> Hb 96 at d/c. No further melaena.

Meds:
- omeprazole 40mg bd for 8/52 then od - 14/7 supplied
- STOP ibuprofen, pt counselled re avoiding NSAIDS

GP actions
- CLO/biopsy histology pending - GP to f/u and treat H pylori if +ve
- Pls check FBC in 1/52 - pt to book w/ practice nurse

F/U: repeat OGD 8/52 - will be booked by endoscopy unit

{BLV_FOOT}
""",
  expected=[("results_chasing", "GP to f/u and treat H pylori if +ve"),
            ("tests_for_hospital", "Pls check FBC in 1/52")],
  notes="Pending hospital histology handed to the GP to follow up and act on, post-bleed FBC asked of the practice; missing apostrophes and capitals; sent same day")

p = P("Miss", "Ellie", "Cartwright", "2001-06-30")
L(key="blv-ed-wrist-neg", kind="ed_letter", trust="BLV", specialty="Emergency Medicine",
  clinician="Dr Kofi Mensah", patient=p, event="2026-11-07", sent="2026-11-07 23:10", fmt="plain",
  sender="BLV Emergency Department <blv.ed.letters@nhs.net>", letterhead=False,
  subject="ED Attendance Summary - CARTWRIGHT Ellie",
  text=f"""
EMERGENCY DEPARTMENT ATTENDANCE SUMMARY
Brackenford Royal Infirmary Emergency Department

Patient: Ellie CARTWRIGHT
DOB: 30-Jun-2001   NHS No: {{NHSC}}
Arrived: 07-Nov-2026 17:42   Discharged: 07-Nov-2026 21:55
Seen by: Dr Kofi Mensah, Specialty Registrar, Emergency Medicine

Presenting complaint: FOOSH at netball, pain R wrist.
Findings: tender anatomical snuffbox. X-ray R wrist + scaphoid views - no fracture seen.
Also 2cm laceration to R palm - cleaned, closed with steristrips, tetanus up to date.

Diagnosis: Clinical scaphoid fracture (not seen on X-ray); hand laceration

Plan:
- Futura splint applied
- Referred to Virtual Fracture Clinic - they will phone her within 72 hours and arrange an MRI scaphoid if needed
- Co-amoxiclav 625mg tds for 5 days - full course supplied from ED
- Given written advice on wound care; she will keep the steristrips on for a week and can remove them herself

No GP action required.

{BLV_FOOT}
""",
  expected=[],
  notes="Hard negative ED letter: virtual fracture clinic referral made by ED, full antibiotic course supplied, patient removes her own steristrips, no GP action")

p = P("Mr", "Sunil", "Chaudhry", "1964-01-08")
L(key="blv-stroke-late", kind="discharge_summary", trust="BLV", specialty="Stroke Medicine",
  clinician="Dr Gwen Ashdown", patient=p, event="2026-11-19", discharge_time="11:00",
  sent="2026-11-20 15:45", fmt="html", alt=True, letterhead=True, dept="Hyper-Acute Stroke Unit",
  sender="BLV Stroke Unit <blv.strokeunit@nhs.net>",
  subject="Discharge Summary - Stroke Unit - CHAUDHRY Sunil",
  text="""
# INPATIENT DISCHARGE SUMMARY
Patient: Mr Sunil Chaudhry   Date of birth: 08/01/1964   NHS number: {NHS}
Admitted: 15/11/2026 via ED
Discharged: 19/11/2026 at 11:00
Responsible consultant: Dr Gwen Ashdown, Consultant Stroke Physician
Summary completed by: Dr Maya Fenwick, FY2

# Diagnosis
Left MCA territory ischaemic stroke (small cortical infarct on MRI); mild right hand weakness and word-finding difficulty, largely resolved

# Investigations
CT/CTA: no large vessel occlusion, carotids < 30% stenosis. MRI: acute left frontal cortical infarct. Echo: normal LV, no thrombus. 24 hours of telemetry on the unit: sinus rhythm throughout. LDL 3.9.

# Medication on discharge (14 days supplied)
- Clopidogrel 75 mg once daily (NEW, lifelong)
- Atorvastatin 80 mg at night (NEW)

# Actions for GP
- 72 hour ECG tape to be arranged in primary care within 2/52 to look for paroxysmal AF
- GP please issue fit note x 4/52 (office worker, phased return thereafter)
- Please continue clopidogrel and atorvastatin long term

# Follow-up
Stroke clinic in 6 weeks (booked). Early supported discharge team visiting from tomorrow. He has been told not to drive for one month.
""",
  expected=[("tests_for_hospital", "72 hour ECG tape to be arranged in primary care within 2/52"),
            ("fit_note", "GP please issue fit note x 4/52"),
            ("late_discharge_summary", "Discharged: 19/11/2026 at 11:00")],
  notes="Passive-voice request for the stroke team's own AF monitoring, fit note after admission; sent the next day 28 h 45 min after an 11:00 discharge (late); HTML with text alternative")

p = P("Mr", "Jordan", "Pike", "2004-03-15")
L(key="blv-surg-appx-neg", kind="discharge_summary", trust="BLV", specialty="General Surgery",
  clinician="Mr Anselm Drury", patient=p, event="2026-11-23", sent="2026-11-23 16:20", fmt="plain",
  letterhead=False, subject="eDischarge: PIKE, Jordan (NHS " + p.nhs + ")",
  text=f"""
ELECTRONIC DISCHARGE NOTIFICATION
Ward 8 (Surgical Assessment), Brackenford Royal Infirmary

Pt: PIKE, Jordan   DOB: 15/03/2004   NHS: {{NHSC}}
Adm: 20/11/26   D/C: 23/11/26 13:00
Cons: Mr A Drury (General Surgery)   Completed by: Dr H Castellano FY1

Procedure: Lap appendicectomy 21/11/26 (gangrenous appendix, no perforation)

Abx: IV co-amox, course completed on ward - no TTO abx needed
TTO: paracetamol 1g qds 7/7 supplied

Wounds: clips x3. DN referral sent from ward - district nurses will remove the clips at home on 1/12.
Fit note: issued by ward for 2/52 (student, part-time warehouse job)

Histology will be reviewed by the surgical team and the result sent to pt + GP.
F/U: nil. Safety-netting given: if fever or worsening pain pt to contact surgical assessment unit directly (0161 496 0299).

No GP actions.

{BLV_FOOT}
""",
  expected=[],
  notes="Hard negative terse eDischarge: district nurses remove clips, fit note already issued, histology handled by the surgical team, patient told to call the hospital")

p = P("Mrs", "Dorothy", "Pell", "1937-10-02")
L(key="blv-ortho-geri-dmab", kind="discharge_summary", trust="BLV", specialty="Orthogeriatrics",
  clinician="Dr Felicity Greaves", patient=p, event="2026-11-25", discharge_time="15:20",
  sent="2026-11-26 11:00", fmt="plain", letterhead=False,
  subject="eDischarge: PELL, Dorothy (NHS " + p.nhs + ")",
  text=f"""
ELECTRONIC DISCHARGE NOTIFICATION
Ward 4 (Orthogeriatrics), Brackenford Royal Infirmary

Pt: PELL, Dorothy   DOB: 02/10/1937   NHS: {{NHS}}
Adm: 12/11/26   D/C: 25/11/26 15:20 (to daughter's home)
Cons: Dr F Greaves (Orthogeriatrics)   Completed by: Dr A Nakamura FY1

Dx: #NOF L - DHS 13/11/26. Osteoporosis (FRAX high risk).

Progress: slow mobilisation, now walking with frame + 1. Post op delirium settled. Wound healed, clips removed on ward D12.

Bone health: eGFR 41, Ca 2.31, vit D replete after loading.
Denosumab 60mg s/c 6-monthly - 1st dose given 24/11/26
GP to continue 6-monthly denosumab and monitor Ca/U&E, next dose due 05/2027
Adcal-D3 1 tab bd - please continue

TTO: 14/7 supplied (all meds) via blister pack
F/U: fracture liaison nurse phone review 6/52; community physio referral sent by ward.

{BLV_FOOT}
""",
  expected=[("shared_care_without_agreement", "GP to continue 6-monthly denosumab and monitor Ca/U&E")],
  notes="Denosumab (amber/shared care) handed to the GP with monitoring and no agreement offered; green calcium/vitamin D continued (not a detection); sent 19 h 40 min after a 15:20 discharge (on time)")

p = P("Mr", "Bernard", "Quayle", "1941-07-07")
L(key="blv-ed-culture-urgent", kind="results", trust="BLV", specialty="Emergency Medicine",
  clinician="Dr Hannah Sorensen", patient=p, sent="2026-12-01 10:30", fmt="plain", letterhead=False,
  sender="Dr Hannah Sorensen <hannah.sorensen3@nhs.net>", urgent=True,
  subject="URGENT - positive blood culture - Bernard Quayle DOB 07/07/1941",
  headers={"Importance": "High", "X-Priority": "1"},
  text="""
Dear colleagues at Oakhurst Health Centre,

Re: Bernard Quayle, DOB 07/07/1941, NHS {NHS}
52 Larkspur Drive, Oakhurst OH4 2WP

Mr Quayle attended our Emergency Department on 29/11/26 with rigors and lower urinary tract symptoms. He was treated for a UTI and discharged home with oral nitrofurantoin.

Blood cultures taken in the department have now grown Gram negative bacilli in both bottles (identification and sensitivities to follow). Nitrofurantoin will not treat a bacteraemia.

Could you please contact Mr Quayle today, assess him and arrange admission or IV antibiotics as needed, and follow up the final sensitivities with microbiology.

Many thanks,

Dr Hannah Sorensen
Consultant in Emergency Medicine
Brackenford and Lyme Valley Hospitals NHS Trust
ED consultant office: 0161 496 0277
""",
  expected=[("results_chasing", "Could you please contact Mr Quayle today, assess him and arrange admission or IV antibiotics as needed, and follow up the final sensitivities with microbiology")],
  notes="Positive blood culture from an ED sample handed to the GP to act on the same day: a results bounce, but time-critical, so urgent")

p = P("Mrs", "Winifred", "Abara", "1933-12-12")
L(key="blv-frailty-neg", kind="discharge_summary", trust="BLV", specialty="Medicine for Older People",
  clinician="Dr Felicity Greaves", patient=p, event="2026-11-30", sent="2026-11-30 17:30", fmt="plain",
  letterhead=False, subject="eDischarge: ABARA, Winifred (NHS " + p.nhs + ")",
  text=f"""
ELECTRONIC DISCHARGE NOTIFICATION
Ward 3 (Frailty), Brackenford Royal Infirmary

Pt: ABARA, Winifred   DOB: 12/12/1933   NHS: {{NHSC}}
Adm: 26/11/26   D/C: 30/11/26 12:00 (home, daughter staying)
Cons: Dr F Greaves (Medicine for Older People)   Completed by: Dr C Whitlock FY1

Dx: Fall at home, no injury. Postural hypotension - amlodipine stopped. AKI stage 1 (resolved, creat 96 at d/c).

Actions taken by ward:
- The ward has referred her to the community falls team and to the Saltcombe rapid response service
- Our pharmacy has supplied 14 days of all medicines in a dosette
- U&E to be rechecked at her Frailty SDEC review on 07/12/26 (booked, letter given)

Meds: STOPPED amlodipine 10mg. Others unchanged - please continue.

Pt/family advice: if she becomes more confused or falls again her family should call 111 or bring her back to ED.

F/U: Frailty SDEC 07/12/26

{BLV_FOOT}
""",
  expected=[],
  notes="Hard negative: ward referred on itself, pharmacy supplied 14 days, repeat U&E booked at the hospital's own clinic, conditional safety-netting for the family")

# ============================================================================================
# Thornbury Treatment Centre, Castlegate Healthcare Ltd (independent sector, NHS contract)
# ============================================================================================

TTC_COVER = ("Dear Practice Team,\n\nPlease see the attached letter from Thornbury Treatment Centre "
             "regarding your patient.\n\nKind regards\nPatient Administration Team\nThornbury "
             "Treatment Centre (Castlegate Healthcare Ltd)\nTel 01632 960 315\n\nCastlegate Healthcare "
             "Ltd provides NHS-funded care at Thornbury Treatment Centre. Registered in England.\n")

p = P("Mr", "Graham", "Pendlebury", "1956-02-27")
L(key="ttc-hip-preop", kind="clinic_letter", trust="TTC", specialty="Orthopaedics",
  clinician="Mr Dariusz Wojcik", patient=p, event="2026-11-18", sent="2026-11-23 10:00", fmt="docx",
  cover=TTC_COVER, dept="Orthopaedic Outpatients", filename="TTC_OPD_Pendlebury_181126.docx",
  subject="Thornbury Treatment Centre - Clinic Letter - PENDLEBURY",
  text="""
Date of appointment: Wednesday 18 November 2026
Date of letter: 19 November 2026

Dr Imogen Farrow
Oakhurst Health Centre
3 Tanners Row
Oakhurst OH4 7QT

| Patient | Mr Graham Pendlebury |
| Date of birth | 27/02/1956 |
| NHS number | {NHS} |
| TTC number | TTC-558102 |

Dear Dr Farrow

Thank you for referring Mr Pendlebury through the e-Referral Service. He has end-stage osteoarthritis of the right hip with rest and night pain, and a walking distance of about 200 yards. He has tried physiotherapy and regular analgesia. X-rays taken here today confirm loss of joint space with subchondral cysts.

We discussed a total hip replacement, including the risks of infection, dislocation, leg length difference and blood clots, and he wishes to proceed. He has been listed today.

Our anaesthetic team needs some information before his pre-assessment. Please complete the enclosed Thornbury Pre-operative GP Information Form, including his last three blood pressure readings, and return it to us within 14 days. In addition, please arrange an ECG and FBC, U&E and HbA1c at the surgery and send us the results before his pre-assessment appointment.

Yours sincerely

Mr Dariusz Wojcik
Consultant Orthopaedic Surgeon
Thornbury Treatment Centre
""",
  expected=[("non_contractual_admin", "Please complete the enclosed Thornbury Pre-operative GP Information Form"),
            ("tests_for_hospital", "please arrange an ECG and FBC, U&E and HbA1c at the surgery and send us the results before his pre-assessment appointment")],
  notes="Independent-sector provider (NHS contract) asking the practice to fill its pre-operative form and to do its pre-assessment tests; DOCX with a patient-details table")

p = P("Mr", "Patrick", "Dunleavy", "1971-05-05")
L(key="ttc-hernia-late", kind="discharge_summary", trust="TTC", specialty="General Surgery",
  clinician="Mr Oluwaseun Adeyemi", patient=p, event="2026-11-09", sent="2026-11-12 14:00", fmt="docx",
  cover=TTC_COVER, dept="Day Surgery Unit", filename="TTC_DaySurgery_Dunleavy.docx",
  subject="Thornbury Treatment Centre - Day Case Discharge - DUNLEAVY",
  text="""
# DAY CASE DISCHARGE SUMMARY
Patient: Mr Patrick Dunleavy
DOB: 05.05.1971   NHS No: {NHSC}
Date of procedure/discharge: 09/11/2026
Consultant: Mr Oluwaseun Adeyemi, Consultant General and Laparoscopic Surgeon

# Procedure
Open mesh repair of right inguinal hernia under general anaesthetic. Wound closed with absorbable subcuticular suture and skin glue.

# Post-operative instructions
| Instruction | Responsibility |
| Please arrange a wound check with the practice nurse at 7 to 10 days | GP practice |
| No heavy lifting for 6 weeks | Patient |
| Analgesia: paracetamol and ibuprofen, 7 days supplied | Thornbury pharmacy |
| Routine follow-up | Not required |

He was advised to contact our day surgery unit on 01632 960 320 in the first 48 hours if he had bleeding or a temperature.

Mr Oluwaseun Adeyemi
Consultant Surgeon
""",
  expected=[("post_procedure_care", "Please arrange a wound check with the practice nurse at 7 to 10 days"),
            ("late_discharge_summary", "Date of procedure/discharge: 09/11/2026")],
  notes="Independent-sector day-case summary: wound check given to the practice via an instruction/responsibility table; sent 3 days after the day-case discharge")

p = P("Mrs", "Lorraine", "Bickerstaff", "1964-08-21")
L(key="ttc-knee-returned", kind="referral_response", trust="TTC", specialty="Orthopaedics",
  clinician="Mr Dariusz Wojcik", patient=p, sent="2026-11-20 12:45", fmt="html",
  sender="Castlegate Healthcare - Thornbury <thornbury.tc.referrals@nhs.net>", dept="Referral Management",
  subject="Referral outcome - Mrs L Bickerstaff - NOT ACCEPTED",
  text="""
# Referral outcome: not accepted
Patient: Mrs Lorraine Bickerstaff
Date of birth: 21 Aug 1964
NHS number: {NHS}
Referring clinician: Dr Ruth Penhaligon, Oakhurst Health Centre
Reviewed by: Mr Dariusz Wojcik, Consultant Orthopaedic Surgeon, on 19 Nov 2026

Dear Dr Penhaligon

We have reviewed your referral for Mrs Bickerstaff, who has bilateral knee pain, left worse than right. We are not able to accept the referral as it stands. Please arrange weight-bearing X-rays of both knees and support her to reach a BMI below 40 before re-referring; her recorded BMI is 43.

The e-Referral has been returned to you and no appointment has been made.

Thornbury Treatment Centre - Referral Management Team
""",
  expected=[("referral_returned_for_workup", "Please arrange weight-bearing X-rays of both knees and support her to reach a BMI below 40 before re-referring")],
  notes="Independent-sector provider returns a referral asking for imaging and weight loss first")

p = P("Mrs", "Beryl", "Oyelaran", "1948-01-19")
L(key="ttc-cataract-neg", kind="clinic_letter", trust="TTC", specialty="Ophthalmology",
  clinician="Miss Anjali Deshmukh", patient=p, event="2026-11-16", sent="2026-11-19 11:30", fmt="docx",
  cover=TTC_COVER, dept="Eye Unit", filename="TTC_Eye_Oyelaran.docx",
  subject="Thornbury Treatment Centre - Clinic Letter - OYELARAN",
  text="""
Clinic attended: 16/11/2026 (post-operative cataract review)

Dr Samuel Odunsi
Oakhurst Health Centre

Mrs Beryl Oyelaran, 17 Wheelwright Lane, Oakhurst OH4 6JN
Date of birth 19/01/1948, NHS No. {NHS}

Dear Dr Odunsi

Mrs Oyelaran did not attend her first post-operative appointment on 2 November; our booking team telephoned her, found she had been unwell with a cold, and rebooked her for this week.

She is four weeks after uncomplicated phacoemulsification and lens implant in her right eye. Unaided vision is 6/7.5, the eye is quiet and the pressure normal. She has finished the Maxidex drops, which were supplied in full by our pharmacy, and no further drops are needed.

She would like the left eye done. We have listed her, and our nurses will repeat her biometry here at the pre-assessment visit. There is nothing you need to do, and we will see her again after the second operation.

Yours sincerely

Miss Anjali Deshmukh
Consultant Ophthalmic Surgeon
""",
  expected=[],
  notes="Hard negative: a missed appointment rebooked by the provider (no discharge), drops supplied in full, the provider does its own pre-assessment tests")

p = P("Mr", "Clive", "Ramsbottom", "1961-11-30")
L(key="ttc-tkr-late", kind="discharge_summary", trust="TTC", specialty="Orthopaedics",
  clinician="Mr Dariusz Wojcik", patient=p, event="2026-11-27", sent="2026-11-30 09:15", fmt="pdf",
  cover=TTC_COVER, dept="Ward 1", filename="TTC_Discharge_Ramsbottom.pdf",
  subject="Thornbury Treatment Centre - Discharge Summary - RAMSBOTTOM",
  text="""
# INPATIENT DISCHARGE SUMMARY
Name: Mr Clive Ramsbottom   DOB: 30/11/1961   NHS: {NHS}
Admission date: 25 Nov 2026   Discharge date: 27 Nov 2026
Consultant: Mr Dariusz Wojcik

# Procedure
Left total knee replacement (cemented) 25/11/2026 under spinal anaesthetic. Uneventful recovery. Mobilising independently with two crutches and managing stairs.

# Medication supplied
Rivaroxaban 10 mg once daily for 14 days; paracetamol 1 g four times daily; codeine 30 mg up to four times daily when needed (14 days supplied).

# Follow-up and GP actions
- Staples to be removed at the GP surgery on day 14 (09/12/2026).
- Please provide Mr Ramsbottom with a fit note for 12 weeks from discharge; he is a postman.
- Outpatient physiotherapy at Thornbury has been booked; review with Mr Wojcik at 6 weeks.
""",
  expected=[("post_procedure_care", "Staples to be removed at the GP surgery on day 14"),
            ("fit_note", "Please provide Mr Ramsbottom with a fit note for 12 weeks from discharge"),
            ("late_discharge_summary", "Discharge date: 27 Nov 2026")],
  notes="Independent-sector inpatient summary: staple removal and post-operative fit note pushed to the practice; sent 3 days after discharge")

# ============================================================================================
# Kestrel MSK Partnership CIC (community interest company running the MSK service)
# ============================================================================================

KMSK_SIG = """Kestrel MSK Partnership CIC
Kestrel MSK Hub, Linwood Community Hospital, Station Approach, Linwood QL5 2DS
Tel 0117 496 0733"""

p = P("Mr", "Dominic", "Achebe", "1975-03-12")
L(key="kmsk-shoulder-returned", kind="referral_response", trust="KMSK", specialty="MSK Interface Service",
  clinician="Ms Freya Lindgren", patient=p, sent="2026-11-04 13:35", fmt="outlook", letterhead=False,
  subject="Kestrel MSK - referral returned - ACHEBE D",
  text=f"""
Dear Dr Haldane,

RE: Mr Dominic ACHEBE   DOB 12/03/1975   NHS {{NHSC}}

Thank you for your referral to the MSK Interface Service regarding Mr Achebe's right shoulder pain of 3 months' duration.

Following triage we are returning this referral. Before we can accept him into the service please arrange a plain X-ray of the right shoulder and offer a subacromial steroid injection in primary care, and re-refer if he has not improved 6 weeks after the injection.

Please do not hesitate to contact us on the number below if you would like to discuss.

Kind regards,

Freya Lindgren
Advanced Practice Physiotherapist (Ms Freya Lindgren, MCSP)
{KMSK_SIG}
""",
  expected=[("referral_returned_for_workup", "please arrange a plain X-ray of the right shoulder and offer a subacromial steroid injection in primary care, and re-refer if he has not improved")],
  notes="Community interest company returns a referral asking for imaging and an injection first; Outlook HTML, trust name only in signature")

p = P("Mrs", "Sandra", "Holloway", "1969-09-01")
L(key="kmsk-dna", kind="clinic_letter", trust="KMSK", specialty="MSK Physiotherapy",
  clinician="Mr Tomasz Zielinski", patient=p, sent="2026-11-10 08:15", fmt="outlook", letterhead=False,
  subject="Kestrel MSK - Did not attend - HOLLOWAY Sandra",
  text=f"""
Dear Doctor,

Patient: Mrs Sandra Holloway
Date of birth: 01.09.1969
NHS number: {{NHS}}

Mrs Holloway did not attend her first physiotherapy appointment on 6 November 2026 at the Linwood hub. In line with our access policy she has been discharged from the service.

If physio is still requried please submit a new referral.

Yours sincerely,

Tomasz Zielinski
Mr Tomasz Zielinski, Physiotherapy Team Lead
{KMSK_SIG}
""",
  expected=[("dna_rereferral", "If physio is still requried please submit a new referral")],
  notes="Discharged after a single missed first appointment with a request to re-refer; typo and missing comma kept in the evidence")

p = P("Mr", "Stuart", "Gillespie", "1977-07-27")
L(key="kmsk-spine-mri", kind="clinic_letter", trust="KMSK", specialty="MSK Spinal Service",
  clinician="Mr Ravi Sandhu", patient=p, event="2026-11-10", sent="2026-11-13 15:20", fmt="htmlbr",
  dept="Spinal Interface Clinic",
  subject="Spinal clinic letter - Stuart Gillespie",
  text="""
Date seen: 10/11/2026
Patient: Stuart Gillespie, DOB 27/07/1977, NHS number {NHSC}
Address: 88 Quarry Hill, Oakhurst OH4 9LE

Dear Dr Odunsi

I saw Mr Gillespie in the Spinal Interface Clinic. He has a 10 week history of left sided sciatica radiating to the lateral foot with paraesthesia in the S1 dermatome and a reduced left ankle reflex. Power is full. There are no features of cauda equina syndrome and he has been given our written cauda equina warning card.

# Plan
1) GP to request MRI lumbar spine and forward the report to us, so that we can decide on a nerve root injection
2) Increase amitriptyline to 20 mg at night; he has enough tablets at home
3) Continue the home exercise programme given today
4) If he has not heard about his injection appointment within 6 weeks he should contact his GP practice to chase it

Kind regards

Mr Ravi Sandhu
Extended Scope Practitioner (Spinal)
Kestrel MSK Partnership CIC
""",
  expected=[("tests_for_hospital", "GP to request MRI lumbar spine and forward the report to us"),
            ("patient_redirected_to_gp", "he should contact his GP practice to chase it")],
  notes="MSK service wants its own MRI requested by the GP; patient told to chase the service's own booking via the GP; HTML with <br> line breaks and no <p>")

p = P("Ms", "Gemma", "Trevithick", "1985-12-03")
L(key="kmsk-knee-neg", kind="clinic_letter", trust="KMSK", specialty="MSK Interface Service",
  clinician="Dr Oluchi Nwachukwu", patient=p, event="2026-11-19", sent="2026-11-23 12:05", fmt="outlook",
  dept="Knee Clinic",
  subject="Kestrel MSK clinic letter - TREVITHICK G",
  text="""
Seen: Thursday 19 November 2026, Knee Clinic, Linwood hub

Dear Dr Farrow

Re: Ms Gemma Trevithick   DOB 03/12/1985   NHS {NHS}

Ms Trevithick has had recurrent swelling of her right knee after a twisting injury at five-a-side football in September. There is a moderate effusion and joint line tenderness medially with a positive McMurray test.

We have requested an MRI of her right knee through our direct access agreement, and I will review the result with her at her follow-up appointment, which our booking team will arrange. She will book her own blood test at the hub for CRP and urate, using the form I gave her.

If the swelling settles completely she can contact us herself within six months under our patient initiated follow-up scheme rather than going back through the practice.

Best wishes

Dr Oluchi Nwachukwu
Consultant in Sport and Exercise Medicine
""",
  expected=[],
  notes="Hard negative: the service requests its own MRI, the patient books her own blood test at the hub, patient-initiated follow-up")

p = P("Mrs", "Yasmin", "Rahimi", "1972-04-14")
L(key="kmsk-hands-rheum", kind="clinic_letter", trust="KMSK", specialty="MSK Interface Service",
  clinician="Ms Freya Lindgren", patient=p, event="2026-11-25", sent="2026-11-27 16:10", fmt="outlook",
  dept="Hand and Upper Limb Clinic",
  subject="Kestrel MSK clinic letter - RAHIMI Y",
  text="""
Clinic date: 25/11/2026

Dear Dr Penhaligon

Mrs Yasmin Rahimi, 12 Bramble Court, Oakhurst OH4 1QS
DOB 14/04/1972   NHS No {NHSD}

Mrs Rahimi was referred with bilateral hand pain. On assessment she has soft tissue swelling over the 2nd and 3rd MCP joints of both hands, a positive squeeze test and 90 minutes of morning stiffness. The bloods you sent show a CRP of 28. This picture suggests an early inflammatory arthritis rather than osteoarthritis, and she would benefit from a rheumatology opinion; please could you refer her to rheumatology, marked as early inflammatory arthritis.

We are collecting baseline outcome data for all new patients: please complete the attached Kestrel outcome data return (EQ-5D and MSK-HQ) and send it back to the admin team.

I have given her advice on joint protection and she has been discharged from our service.

Kind regards

Ms Freya Lindgren
Advanced Practice Physiotherapist
""",
  expected=[("onward_referral", "please could you refer her to rheumatology"),
            ("non_contractual_admin", "please complete the attached Kestrel outcome data return")],
  notes="MSK service asks the GP to make the onward rheumatology referral for the problem it assessed, and to fill its own outcome data return")

p = P("Mr", "Howard", "Ingleby", "1958-06-06")
L(key="kmsk-accepted-neg", kind="referral_response", trust="KMSK", specialty="MSK Physiotherapy",
  clinician="Mr Tomasz Zielinski", patient=p, sent="2026-12-02 09:40", fmt="htmlbr",
  subject="Kestrel MSK - referral accepted - INGLEBY H",
  text="""
REFERRAL ACCEPTED

Patient: Mr Howard Ingleby
Date of birth: 6 June 1958
NHS number: {NHS}
Referral received: 30/11/2026   Priority: routine

Dear colleague

Thank you for referring Mr Ingleby with chronic neck pain. The referral has been accepted for physiotherapy at the Linwood hub. Our booking team will contact Mr Ingleby directly within four weeks to arrange his first appointment. Nothing further is needed from the practice.

Mr Tomasz Zielinski
Physiotherapy Team Lead
""",
  expected=[],
  notes="Hard negative: referral accepted, the service contacts the patient itself")

# ============================================================================================
# Fenmarsh and Wolds Mental Health NHS Foundation Trust
# ============================================================================================

FW_COVER = ("This message contains confidential clinical correspondence from Fenmarsh and Wolds "
            "Mental Health NHS Foundation Trust.\n\nThe letter is attached as a document. Please "
            "file it in the patient's record.\n\nDo not reply to this address. To contact the team, "
            "use the telephone number on the letter.\n")

p = P("Mr", "Aaron", "Blackwood", "1989-10-21")
L(key="fw-cmht-lithium", kind="clinic_letter", trust="FWMH", specialty="Community Mental Health Team",
  clinician="Dr Mirela Costache", patient=p, event="2026-11-05", sent="2026-11-11 14:30", fmt="pdf",
  cover=FW_COVER, dept="Oakhurst and Linwood Community Mental Health Team",
  subject="FWMH letter - BLACKWOOD, Aaron",
  text="""
Date of appointment: 5th November 2026 (outpatient review, Eastgate Clinic)
Date of letter: 10th November 2026

Mr Aaron Blackwood
Flat 12, Kingfisher House
Oakhurst OH4 5BZ

NHS no: {NHS}   Date of birth: 21/10/1989   RiO ID: 7740213

Dear Aaron

It was good to see you at the clinic last week with your partner, and to hear that your mood has been steady since the summer. You have now been on lithium for nine months, your level has been in the right range on the last three checks, and you have had no side effects apart from a slight tremor first thing in the morning.

As you are stable, I have asked your GP to take over prescribing your lithium and to arrange your lithium levels, kidney and thyroid blood tests every three months. Your care coordinator, Nicola, will continue to see you every month.

Please remember to keep drinking plenty of fluids, especially in hot weather or if you have sickness or diarrhoea, and avoid anti-inflammatory painkillers such as ibuprofen.

Best wishes

Dr Mirela Costache
Consultant Psychiatrist

cc: Dr Imogen Farrow, GP, Oakhurst Health Centre
""",
  expected=[("shared_care_without_agreement", "I have asked your GP to take over prescribing your lithium and to arrange your lithium levels, kidney and thyroid blood tests every three months")],
  notes="Letter to the patient, GP copied: lithium prescribing and monitoring moved to the GP with no shared-care agreement offered")

p = P("Ms", "Tamsin", "Greer", "1994-06-11")
L(key="fw-adhd-start", kind="clinic_letter", trust="FWMH", specialty="Adult ADHD Service",
  clinician="Dr Benedict Osei-Tutu", patient=p, event="2026-11-17", sent="2026-11-23 11:50", fmt="docx",
  cover=FW_COVER, dept="Adult ADHD Service", filename="ADHD_Assessment_Greer.docx",
  subject="FWMH letter - GREER, Tamsin",
  text="""
Assessment date: 17/11/2026
Typed: 20/11/2026

Dear Dr Haldane

| Name | Ms Tamsin Greer |
| DOB | 11/06/1994 |
| NHS | {NHSC} |
| Address | 4 Reedmace Close, Oakhurst OH4 2FT |

# Diagnosis
Attention deficit hyperactivity disorder, combined presentation (DIVA-5 and collateral history from her mother)

# Summary
Ms Greer is a 32 year old trainee accountant who has struggled with concentration, disorganisation and impulsivity since primary school. There is no history of psychosis, substance misuse or cardiac disease. Baseline blood pressure 118/74, pulse 72, weight 61 kg, recorded in clinic today.

# Recommendations
1. Please could you start lisdexamfetamine 30 mg each morning and increase to 50 mg after two weeks if tolerated.
2. Our specialist nurse will telephone her four weeks after starting to ask about side effects.
3. She has been given information about driving and ADHD medication.

Yours sincerely

Dr Benedict Osei-Tutu
Consultant Psychiatrist, Adult ADHD Service
""",
  expected=[("hospital_only_prescribing", "Please could you start lisdexamfetamine 30 mg each morning and increase to 50 mg after two weeks if tolerated")],
  notes="Specialist stimulant to be initiated and titrated by the GP before stabilisation; DOCX with a patient table")

p = P("Mrs", "Edna", "Whitcombe", "1940-09-30")
L(key="fw-memory-sca-neg", kind="clinic_letter", trust="FWMH", specialty="Memory Assessment Service",
  clinician="Dr Catriona Allardyce", patient=p, event="2026-11-11", sent="2026-11-13 10:25", fmt="html",
  dept="Memory Assessment Service",
  subject="FWMH letter - WHITCOMBE, Edna",
  text="""
Review date: 11 November 2026
Patient: Mrs Edna Whitcombe   DOB: 30/09/1940   NHS number: {NHS}

Dear Dr Penhaligon

I reviewed Mrs Whitcombe with her son at her annual memory clinic review. Her MoCA is 17/30, a little lower than last year, but she remains settled at home with a morning carer visit. She tolerates memantine without problems.

As per the shared care agreement you signed in March, please continue memantine 20 mg once daily. We will see her again in twelve months, and our team will continue the annual review set out in the agreement.

Her son has been given our carers' support leaflet.

Yours sincerely

Dr Catriona Allardyce
Consultant Old Age Psychiatrist
""",
  expected=[],
  notes="Hard negative: the shared-care agreement was already signed by the practice; continuing under it is agreed work")

p = P("Mr", "Reece", "Danso", "2003-11-15")
L(key="fw-eip-qtc-urgent", kind="clinic_letter", trust="FWMH", specialty="Early Intervention in Psychosis",
  clinician="Dr Stellan Martinsson", patient=p, event="2026-11-26", sent="2026-11-26 17:50", fmt="plain",
  letterhead=False, sender="Dr Stellan Martinsson <stellan.martinsson@nhs.net>", urgent=True,
  headers={"Importance": "High"},
  subject="URGENT: Reece Danso - prolonged QTc",
  text="""
Dear Dr Odunsi,

Reece Danso, DOB 15/11/2003, NHS no {NHS}

I saw Reece today in the Early Intervention in Psychosis clinic (Thursday 26/11/2026). His routine ECG in clinic showed a QTc of 512 ms; his last ECG in August was 438 ms. He has no palpitations or blackouts. He is on haloperidol 5 mg at night and has recently started taking over-the-counter loperamide in large amounts.

I have stopped haloperidol today and he has agreed to stop the loperamide. We will review his antipsychotic at home on Monday.

I would be grateful if you could please arrange a repeat ECG at the surgery within 48 hours and U&E, magnesium and calcium the same day, and please refer him to cardiology for an opinion on his prolonged QTc.

I am happy to be contacted on 0115 496 0588.

Kind regards,

Dr Stellan Martinsson
Consultant Psychiatrist, Early Intervention in Psychosis
Fenmarsh and Wolds Mental Health NHS Foundation Trust
""",
  expected=[("tests_for_hospital", "please arrange a repeat ECG at the surgery within 48 hours"),
            ("onward_referral", "please refer him to cardiology for an opinion on his prolonged QTc")],
  notes="Dangerous QTc prolongation: the repeat ECG and cardiology referral are provider work but time-critical, so urgent for clinician review")

p = P("Ms", "Kayleigh", "Rudd", "1998-05-08")
L(key="fw-cmht-dna", kind="clinic_letter", trust="FWMH", specialty="Community Mental Health Team",
  clinician="Dr Mirela Costache", patient=p, sent="2026-11-16 09:10", fmt="pdf", cover=FW_COVER,
  dept="Oakhurst and Linwood Community Mental Health Team",
  subject="FWMH letter - RUDD, Kayleigh",
  text="""
Date: 13 November 2026

Ms Kayleigh Rudd
27 Saddlers Walk
Oakhurst OH4 8PA

NHS number {NHSC}   Date of birth 08/05/1998

Dear Ms Rudd

You were offered an appointment with the Community Mental Health Team on 12 November 2026 at the Eastgate Clinic but you did not attend, and we were unable to reach you by telephone.

We have therefore discharged you from our service. If you need support from us in the future, please ask your GP to re-refer you.

If you are in crisis, you can call the Fenmarsh and Wolds crisis line at any time on 0808 157 0144, or dial 999 in an emergency.

Yours sincerely

Dr Mirela Costache
Consultant Psychiatrist

cc: Dr Samuel Odunsi, GP, Oakhurst Health Centre
""",
  expected=[("dna_rereferral", "please ask your GP to re-refer you")],
  notes="Letter to the patient, GP copied: discharged after one missed appointment and told to go back through the GP")

p = P("Mr", "Thomas", "Eggleston", "1981-03-22")
L(key="fw-inpatient-late", kind="discharge_summary", trust="FWMH", specialty="Adult Mental Health (Inpatient)",
  clinician="Dr Rajesh Venkataraman", patient=p, event="2026-11-10", sent="2026-11-17 16:40", fmt="docx",
  cover=FW_COVER, dept="Willow Ward, The Larches", filename="Discharge_Eggleston_Willow.docx",
  subject="FWMH discharge summary - EGGLESTON, Thomas",
  text="""
# INPATIENT DISCHARGE SUMMARY - WILLOW WARD
| Patient | Mr Thomas Eggleston |
| Date of birth | 22.03.1981 |
| NHS number | {NHS} |
| Responsible clinician | Dr Rajesh Venkataraman, Consultant Psychiatrist |

Date of admission: 19 October 2026 (informal)
Date of discharge: 10 November 2026

# Diagnosis
Severe depressive episode with psychotic symptoms (ICD-10 F32.3)

# Summary of admission
Mr Eggleston was admitted with low mood, nihilistic beliefs and poor oral intake. He responded to sertraline and olanzapine, with clear improvement over the last ten days, and had two successful periods of overnight leave. He was discharged home to his wife with the crisis resolution and home treatment team visiting.

# Medication on discharge
- Sertraline 150 mg once daily - 7 days supplied
- Olanzapine 10 mg at night - 3 days supplied; GP please prescribe from 13/11/2026 onwards
- Lorazepam stopped

# Actions for GP
- Please issue a fit note to cover the period of his admission and a further 4 weeks.
- Home treatment team to review within 72 hours (arranged).
""",
  expected=[("hospital_only_prescribing", "3 days supplied; GP please prescribe from 13/11/2026 onwards"),
            ("fit_note", "Please issue a fit note to cover the period of his admission and a further 4 weeks"),
            ("late_discharge_summary", "Date of discharge: 10 November 2026")],
  notes="Mental-health inpatient summary: 3-day antipsychotic supply, fit note for the admission pushed to the GP; sent 7 days after discharge.")

p = P("Mr", "Frederick", "Hume", "1945-04-04")
L(key="fw-memory-scan-pr", kind="clinic_letter", trust="FWMH", specialty="Memory Assessment Service",
  clinician="Dr Catriona Allardyce", patient=p, event="2026-11-30", sent="2026-12-03 13:05", fmt="pdf",
  cover=FW_COVER, dept="Memory Assessment Service",
  subject="FWMH letter - HUME, Frederick",
  text="""
Date of appointment: Monday 30 November 2026

Mr Frederick Hume
3 Cobblers Lane
Oakhurst OH4 3XG

NHS number: {NHS}   Date of birth: 4 April 1945

Dear Mr Hume

Thank you for coming to the Memory Assessment Service with your daughter on Monday. We talked about your memory difficulties over the last two years and you completed the memory tests with our nurse.

We have asked for a CT scan of your brain, which will be done at Hallowmere General Hospital; the hospital will write to you with the date. If you would like to know the results of your brain scan, please make an appointment with your GP, who will have a copy of the report.

We will see you again in eight weeks to talk about the diagnosis and what support might help.

Yours sincerely

Dr Catriona Allardyce
Consultant Old Age Psychiatrist

cc: Dr Imogen Farrow, Oakhurst Health Centre
""",
  expected=[("patient_redirected_to_gp", "please make an appointment with your GP, who will have a copy of the report")],
  notes="Letter to the patient: told to get the service's own scan result from the GP")

p = P("Mrs", "Gladys", "Merriman", "1938-08-15")
L(key="fw-memory-returned", kind="referral_response", trust="FWMH", specialty="Memory Assessment Service",
  clinician="Dr Catriona Allardyce", patient=p, sent="2026-11-24 15:15", fmt="html",
  dept="Memory Assessment Service - Referral Triage",
  subject="FWMH referral outcome - MERRIMAN, Gladys",
  text="""
Referral triage outcome: returned

Patient: Mrs Gladys Merriman
Date of birth: 15/08/1938
NHS No: {NHSC}
Referral dated: 12/11/2026 (Dr Ruth Penhaligon)

Dear Dr Penhaligon

Thank you for referring Mrs Merriman with memory concerns raised by her family. The referral did not include the results of a dementia screen, so we are unable to accept it at this stage. Please complete a dementia blood screen (FBC, U&E, LFT, TFT, B12, folate, calcium, HbA1c) and a 6CIT, and re-refer with the results attached.

Dr Catriona Allardyce
Consultant Old Age Psychiatrist, on behalf of the Memory Assessment Service
""",
  expected=[("referral_returned_for_workup", "Please complete a dementia blood screen (FBC, U&E, LFT, TFT, B12, folate, calcium, HbA1c) and a 6CIT, and re-refer with the results attached")],
  notes="Memory service returns a referral until the GP does a blood screen and cognitive test (labelled per the taxonomy though many pathways expect this pre-referral)")

p = P("Mr", "Lewis", "Faraday", "1999-02-02")
L(key="fw-adhd-handover", kind="clinic_letter", trust="FWMH", specialty="Adult ADHD Service",
  clinician="Dr Benedict Osei-Tutu", patient=p, event="2026-12-01", sent="2026-12-03 16:20", fmt="pdf",
  cover=FW_COVER, dept="Adult ADHD Service",
  subject="FWMH letter - FARADAY, Lewis",
  text="""
Clinic: 1 December 2026 (titration review, video)

Dear Dr Farrow

Mr Lewis Faraday   DOB 02/02/1999   NHS {NHS}

Mr Faraday has now completed titration. On Xaggitin XL 54 mg each morning he reports much better focus at work and has had no significant side effects. Blood pressure 124/78, pulse 80, weight stable at 74 kg.

He is on a stable dose, so we are now handing over prescribing of Xaggitin XL 54 mg and the six-monthly monitoring of blood pressure, pulse and weight to you. We have supplied 28 days and he will request his next prescription from the practice. He has been discharged from the ADHD service.

Yours sincerely

Dr Benedict Osei-Tutu
Consultant Psychiatrist, Adult ADHD Service
""",
  expected=[("shared_care_without_agreement", "we are now handing over prescribing of Xaggitin XL 54 mg and the six-monthly monitoring of blood pressure, pulse and weight to you")],
  notes="Stimulant (amber, shared care) handed over with monitoring and no agreement offered or accepted")

p = P("Ms", "Priya", "Lal", "1991-01-27")
L(key="fw-adhd-sca-offered-neg", kind="clinic_letter", trust="FWMH", specialty="Adult ADHD Service",
  clinician="Dr Benedict Osei-Tutu", patient=p, event="2026-12-07", sent="2026-12-09 10:00", fmt="docx",
  cover=FW_COVER, dept="Adult ADHD Service", filename="ADHD_Review_Lal.docx",
  subject="FWMH letter - LAL, Priya",
  text="""
Clinic date: 07/12/2026

Dear Dr Haldane

Ms Priya Lal   DOB 27/01/1991   NHS number {NHSC}

Ms Lal is now stable on atomoxetine 80 mg once daily, with good benefit and no change in blood pressure or pulse.

I enclose our shared care agreement for atomoxetine for your consideration. If you are willing to share her care, please sign and return the agreement to us; until you have agreed, we will continue to prescribe and monitor her here, and our next prescription will be posted to her in three weeks.

Yours sincerely

Dr Benedict Osei-Tutu
Consultant Psychiatrist
""",
  expected=[],
  notes="Hard negative: a shared-care agreement offered for the GP's agreement, with the service prescribing until then")

# ============================================================================================
# Saltcombe Community Healthcare NHS Trust (community services)
# ============================================================================================

p = P("Mr", "Harold", "Gedge", "1939-05-30")
L(key="sch-dn-neg", kind="clinic_letter", trust="SCH", specialty="District Nursing",
  clinician="Ms Angela Thorne", patient=p, event="2026-11-06", sent="2026-11-09 13:40", fmt="htmlbr",
  dept="Oakhurst Neighbourhood District Nursing Team",
  subject="District Nursing update - Harold Gedge",
  text="""
Visit date: 06/11/2026
Patient: Mr Harold Gedge   DOB 30/05/1939   NHS number {NHS}
Address: 2 Ostler Cottages, Oakhurst OH4 9QW

Dear Dr Haldane

We visited Mr Gedge at home following his discharge from Hallowmere General Hospital after his right hemicolectomy. His abdominal wound is healing well with clips in situ. The district nurses will remove the clips on 14 November at home, and we will continue to dress his stoma site until the stoma nurse takes over.

His daughter asked about his warfarin: his INR is monitored by our team at home and the next sample will be taken by us on 13 November, with the result going to the anticoagulation service as usual.

This letter is for information; there is no action for the practice.

Angela Thorne
Ms Angela Thorne, District Nursing Sister
""",
  expected=[],
  notes="Hard negative: community team removes clips and takes the INR itself; 'for information'")

p = P("Mrs", "Ivy", "Blanchflower", "1936-02-14")
L(key="sch-tv-equipment", kind="clinic_letter", trust="SCH", specialty="Tissue Viability",
  clinician="Ms Lorna Achterberg", patient=p, event="2026-11-12", sent="2026-11-16 11:05", fmt="htmlbr",
  dept="Tissue Viability Service",
  subject="Tissue Viability assessment - Ivy Blanchflower",
  text="""
Date of assessment: 12.11.2026 (home visit)
Mrs Ivy Blanchflower, DOB 14.02.1936, NHS {NHSC}

Dear Dr Farrow

I assessed Mrs Blanchflower at home at the request of the district nursing team. She has a category 3 pressure ulcer over her sacrum measuring 3 x 2.5 cm with some slough, and she spends most of the day in bed. Her Waterlow score is 22.

I have started a new dressing regime (hydrofibre with a silicone foam border, changed three times a week by the district nurses) and we have supplied the dressings from our formulary stock.

She needs a dynamic pressure-relieving mattress. Please complete section B of the attached Community Equipment Request form (GP signature, diagnosis and medical history) and return it to our equipment coordinator so that the mattress can be ordered.

I will review her again in two weeks.

Lorna Achterberg
Tissue Viability Nurse Specialist (Ms L Achterberg RGN)
""",
  expected=[("non_contractual_admin", "Please complete section B of the attached Community Equipment Request form")],
  notes="Community provider asks the practice to complete its equipment request form; <br>-only HTML")

p = P("Mr", "Reginald", "Tomkins", "1947-07-19")
L(key="sch-hf-neg", kind="clinic_letter", trust="SCH", specialty="Heart Failure Nursing Service",
  clinician="Mr Daniel Okafor", patient=p, event="2026-11-18", sent="2026-11-20 14:25", fmt="plain",
  dept="Community Heart Failure Service",
  sender="Saltcombe Heart Failure Nurses <sch.heartfailure@nhs.net>",
  subject="Heart failure nurse visit - TOMKINS Reginald",
  text="""
Date of visit: Wednesday 18th November 2026

Dear Dr Odunsi

Re: Reginald Tomkins   DOB 19/07/1947   NHS No {NHS}

I saw Mr Tomkins in the heart failure nurse clinic. He has HFrEF (EF 30%) and is stable, NYHA II, with no oedema and weight steady at 82 kg. BP 122/70, HR 78. U&E last week were normal (K 4.6, creatinine 104).

Under our heart failure nurse prescribing protocol I have increased bisoprolol from 2.5 mg to 3.75 mg once daily and have issued the prescription myself. I will check his U&E at my next visit in two weeks and titrate again if appropriate.

Please continue ramipril 5 mg once daily, dapagliflozin 10 mg once daily and furosemide 40 mg each morning as before.

This letter is for your information.

Daniel Okafor
Mr Daniel Okafor, Heart Failure Specialist Nurse
""",
  expected=[],
  notes="Hard negative: nurse prescriber titrates and checks U&E himself; green drugs continued")

p = P("Mr", "Alan", "Whitlow", "1952-10-03")
L(key="sch-podiatry-dna", kind="clinic_letter", trust="SCH", specialty="Podiatry",
  clinician="Ms Kerry Bassett", patient=p, sent="2026-11-24 08:55", fmt="plain",
  dept="Community Podiatry", sender="Saltcombe Podiatry <sch.podiatry@nhs.net>",
  subject="Podiatry - discharge (did not attend) - WHITLOW A",
  text="""
Dear GP

Re: Mr Alan Whitlow   DOB 03-10-1952   NHS {NHSD}

Mr Whitlow was booked for a new patient diabetic foot assessment at Saltcombe Health Hub on 19/11/26 but did not attend and did not contact us. As per service policy he has been discharged, pls re-refer if podiatry still needed

Regards

Kerry Bassett
Ms Kerry Bassett, Specialist Podiatrist
""",
  expected=[("dna_rereferral", "he has been discharged, pls re-refer if podiatry still needed")],
  notes="Discharged after one missed new-patient appointment with a re-referral request; no final full stop, abbreviation")

p = P("Mrs", "Maureen", "Tulley", "1955-12-09")
L(key="sch-pr-returned", kind="referral_response", trust="SCH", specialty="Pulmonary Rehabilitation",
  clinician="Dr Hamish Bellingham", patient=p, sent="2026-11-27 12:30", fmt="htmlbr",
  dept="Community Respiratory Service",
  subject="Pulmonary rehabilitation referral - declined - Maureen Tulley",
  text="""
Referral outcome: DECLINED

Patient: Mrs Maureen Tulley
DOB: 09/12/1955
NHS number: {NHS}

Dear Dr Penhaligon

Thank you for referring Mrs Tulley to pulmonary rehabilitation. The referral states a diagnosis of COPD but we could not find spirometry on the shared record. Please arrange quality-assured spirometry and record her MRC dyspnoea grade before re-referring.

Dr Hamish Bellingham
Consultant Respiratory Physician, Community Respiratory Service
""",
  expected=[("referral_returned_for_workup", "Please arrange quality-assured spirometry and record her MRC dyspnoea grade before re-referring")],
  notes="Community service declines a referral until the GP does spirometry")

# ============================================================================================
# Ashcombe and Deane Hospitals NHS Foundation Trust (acute)
# ============================================================================================

ADH_SEND = "Ashcombe and Deane Correspondence <noreply.letters@ashcombedeane.nhs.uk>"

p = P("Mr", "Vikram", "Joshi", "1980-08-08")
L(key="adh-gastro-ag", kind="referral_response", trust="ADH", specialty="Gastroenterology",
  clinician="Dr Eleanor Whitfield", patient=p, sent="2026-11-06 12:10", fmt="html",
  dept="Gastroenterology - Advice and Guidance",
  subject="Advice and Guidance response - JOSHI Vikram",
  text="""
# Advice and Guidance response
Request from: Dr Tariq Haldane, Oakhurst Health Centre
Patient: Mr Vikram Joshi, DOB 08/08/1980, NHS {NHS}
Responding clinician: Dr Eleanor Whitfield, Consultant Gastroenterologist
Outcome: Referral not accepted - advice given

Thank you for this referral for a 46 year old man with three months of epigastric pain and reflux. I have converted it to advice and guidance rather than booking a clinic appointment. Please trial full-dose PPI for 8 weeks and test for H. pylori with a stool antigen, then re-refer if his symptoms persist.

If he develops dysphagia, weight loss or anaemia please use the suspected cancer pathway.
""",
  expected=[("referral_returned_for_workup", "Please trial full-dose PPI for 8 weeks and test for H. pylori with a stool antigen, then re-refer if his symptoms persist")],
  notes="A referral converted to advice and guidance with a trial of treatment and test first (judgement call: some pathways put this in primary care)")

p = P("Mrs", "Irene", "Castellanos", "1950-06-12")
L(key="adh-path-k-urgent", kind="results", trust="ADH", specialty="Chemical Pathology",
  clinician="Dr Martin Kowalczyk", patient=p, sent="2026-12-02 16:45", fmt="plain", letterhead=False,
  sender="Ashcombe Pathology <ashcombe.pathology@nhs.net>", urgent=True,
  headers={"Importance": "High"},
  subject="CRITICAL RESULT NOTIFICATION - CASTELLANOS Irene",
  text="""
ASHCOMBE AND DEANE PATHOLOGY - CRITICAL RESULT NOTIFICATION

Patient: CASTELLANOS, Irene   DOB: 12/06/1950   NHS: {NHSC}
Sample collected: 02/12/2026 11:20   Location: Rheumatology Outpatients, Ashcombe Royal Infirmary
Requesting clinician: Dr F Amadi (Rheumatology)

Potassium   6.4 mmol/L  (3.5 - 5.3)   ** CRITICAL **
Creatinine  168 umol/L  (45 - 84)      previous 102 (08/2026)
Sample not haemolysed.

The requesting clinic has closed for the day and the patient has left the hospital. As the registered practice, please recall the patient today for a repeat sample and ECG.

Authorised by: Dr Martin Kowalczyk, Consultant Chemical Pathologist
Ashcombe and Deane Hospitals NHS Foundation Trust - Blood Sciences, 020 7946 0830
""",
  expected=[("results_chasing", "please recall the patient today for a repeat sample and ECG")],
  notes="Critical potassium on a hospital clinic sample pushed to the GP to act on: results bounce but time-critical, so urgent")

p = P("Mr", "Jamal", "Whitaker", "1993-04-19")
L(key="adh-ed-metatarsal", kind="ed_letter", trust="ADH", specialty="Emergency Medicine",
  clinician="Dr Aoife Brannigan", patient=p, event="2026-11-08", sent="2026-11-09 07:30", fmt="html",
  sender=ADH_SEND, dept="Emergency Department",
  subject="ED discharge letter - WHITAKER Jamal - 08/11/2026",
  text="""
# Emergency Department Discharge Letter
Patient: Jamal Whitaker | DOB: 19-Apr-1993 | NHS No: {NHS}
Attendance: 08-Nov-2026 14:05 to 18:40
Clinician: Dr Aoife Brannigan, Specialty Doctor in Emergency Medicine

Presenting complaint: inversion injury left foot playing football.
Examination: tender base of 5th metatarsal, able to weight bear with pain.
X-ray: undisplaced fracture at the base of the left 5th metatarsal (zone 1).

Treatment: walking boot fitted, crutches, analgesia advice.

# GP actions
- GP to refer to fracture clinic for review in 1 week

Discharged home.
""",
  expected=[("onward_referral", "GP to refer to fracture clinic for review in 1 week")],
  notes="ED pushes the fracture clinic referral (immediate need) to the GP")

p = P("Mr", "Christopher", "Lomax", "1986-09-27")
L(key="adh-ed-colic-fitnote", kind="ed_letter", trust="ADH", specialty="Emergency Medicine",
  clinician="Dr Aoife Brannigan", patient=p, event="2026-11-19", sent="2026-11-19 22:00", fmt="html",
  sender=ADH_SEND, dept="Emergency Department",
  subject="ED discharge letter - LOMAX Christopher - 19/11/2026",
  text="""
# Emergency Department Discharge Letter
Patient: Christopher Lomax | DOB: 27-Sep-1986 | NHS No: {NHSC}
Attendance: 19-Nov-2026 09:12 to 20:35
Clinician: Dr Aoife Brannigan, Specialty Doctor in Emergency Medicine

Diagnosis: left renal colic - 4 mm stone at left VUJ on CT KUB, no hydronephrosis, afebrile, renal function normal.

Plan: diclofenac suppositories and tamsulosin 400 micrograms daily for 4 weeks, both supplied from ED. He has been referred to the urology stone clinic by the ED team.

# GP actions
- Please provide a fit note for one week; he is a delivery driver and was too unwell to work today.
""",
  expected=[("fit_note", "Please provide a fit note for one week")],
  notes="ED asks the GP to certify the period of the ED episode")

p = P("Miss", "Isla", "Fairbairn", "2017-03-05")
L(key="adh-paeds-neg", kind="clinic_letter", trust="ADH", specialty="Paediatrics",
  clinician="Dr Kwabena Asante", patient=p, event="2026-11-10", sent="2026-11-12 09:45", fmt="html",
  sender=ADH_SEND, dept="Children's Outpatients, Deane Memorial Hospital",
  subject="Paediatric clinic letter - FAIRBAIRN Isla",
  text="""
Clinic: Children's Outpatients, Tuesday 10 November 2026

To the parents of Isla Fairbairn
14 Thistle Road, Oakhurst OH4 6AW

Isla Fairbairn   DOB 05/03/2017   NHS {NHS}

Dear Mr and Mrs Fairbairn

Thank you for bringing Isla to see me. Her constipation has improved a great deal on Movicol, and she now opens her bowels every day without pain. We agreed to keep the dose the same for now and to reduce it slowly once she has been settled for two months. Our pharmacy will dispense her Movicol until she is discharged from clinic.

Because she is still rather small for her age, I would like to check her coeliac screen and thyroid function. These bloods will be taken at her next clinic visit in February, with numbing cream, so she only has one needle.

Please call our children's outpatient nurses on 020 7946 0851 if you have any questions.

Yours sincerely

Dr Kwabena Asante
Consultant Paediatrician

cc: Dr Imogen Farrow, GP, Oakhurst Health Centre (for information)
""",
  expected=[],
  notes="Hard negative written to parents: hospital pharmacy dispenses, bloods taken at the next clinic visit, for information")

p = P("Mr", "Stanley", "Ogunleye", "1959-02-14")
L(key="adh-cardio-pci-neg", kind="discharge_summary", trust="ADH", specialty="Cardiology",
  clinician="Dr Henrietta Bloom", patient=p, event="2026-11-20", sent="2026-11-20 15:00", fmt="pdf",
  sender=ADH_SEND, dept="Coronary Care Unit",
  subject="Discharge Summary - OGUNLEYE Stanley",
  text="""
# DISCHARGE SUMMARY
Patient: Mr Stanley Ogunleye   DOB: 14/02/1959   NHS No: {NHS}
Admitted: 17/11/2026   Discharged: 20/11/2026 at 10:00
Consultant: Dr Henrietta Bloom, Consultant Cardiologist
Completed by: Dr Thomas Abernethy, FY1

# Diagnosis
NSTEMI - single vessel disease, drug-eluting stent to proximal LAD 18/11/2026

# Medication (28 days supplied of all new medicines)
- Aspirin 75 mg once daily - lifelong
- Ticagrelor 90 mg twice daily - for 12 months, stop date 18/11/2027
- Atorvastatin 80 mg at night
- Ramipril 2.5 mg once daily
- Bisoprolol 2.5 mg once daily

Please continue these medicines as above.

# Follow-up
The ward has referred him to cardiac rehabilitation, who will contact him. Cardiology clinic in 3 months. Echo showed mildly impaired LV function (EF 48%); a repeat echo will be booked by our department before clinic.
""",
  expected=[],
  notes="Hard negative: 28 days supplied, green drugs continued, cardiac rehab referral made by the ward, repeat echo booked by the department; sent same day")

p = P("Mrs", "Margery", "Fothergill", "1935-11-11")
L(key="adh-mop-late-time", kind="discharge_summary", trust="ADH", specialty="Medicine for Older People",
  clinician="Dr Philippa Sandford", patient=p, event="2026-11-20", discharge_time="16:30",
  sent="2026-11-21 18:10", fmt="docx", sender=ADH_SEND, dept="Bramley Ward (Care of the Elderly)",
  filename="DischargeSummary_Fothergill_20112026.docx",
  subject="Discharge Summary - FOTHERGILL Margery",
  text="""
# DISCHARGE SUMMARY
Patient name: Mrs Margery Fothergill
Date of birth: 11/11/1935   NHS number: {NHSC}
Admission date: 14/11/2026
Discharge date/time: 20/11/2026 16:30
Consultant: Dr Philippa Sandford, Consultant Geriatrician
Author: Dr Oskar Lindahl, FY1

# Diagnoses
1. Collapse ?syncope - no injury
2. New ejection systolic murmur
3. Urinary tract infection (treated)

# Hospital course
Admitted after being found on the floor at home. ECG sinus rhythm, lying/standing BP no postural drop. Telemetry unremarkable. New ESM heard. Treated for UTI with nitrofurantoin (course completed). Mobilising with a frame with physio.

# Actions for healthcare professionals
| Action | Owner |
| GP to arrange outpatient echocardiogram | GP |
| GP please refer to the falls clinic | GP |
| Continue current medicines (7 days supplied) | GP |
""",
  expected=[("tests_for_hospital", "GP to arrange outpatient echocardiogram"),
            ("onward_referral", "GP please refer to the falls clinic"),
            ("late_discharge_summary", "Discharge date/time: 20/11/2026 16:30")],
  notes="Echo for the team's own unexplained murmur and a related falls referral pushed to the GP in an action table; sent the next day 25 h 40 min after discharge (late)")

p = P("Mr", "Desmond", "Varley", "1944-01-23")
L(key="adh-ent-late", kind="clinic_letter", trust="ADH", specialty="ENT",
  clinician="Mr Laurence Oyelowo", patient=p, event="2026-11-16", typed="2026-11-18",
  sent="2026-11-27 11:20", fmt="html", alt=True, sender=ADH_SEND, dept="Department of Otolaryngology",
  subject="ENT clinic letter - VARLEY Desmond",
  text="""
Date typed: 18/11/2026

Dear Dr Haldane

Mr Desmond Varley   DOB 23/01/1944   NHS {NHS}
19 Tithe Barn Lane, Oakhurst OH4 5MM

Seen in ENT clinic on 16/11/2026.

Mr Varley was referred with left-sided hearing loss and tinnitus. Otoscopy was normal after microsuction of wax. Pure tone audiometry today shows a symmetrical high frequency sensorineural hearing loss in keeping with presbyacusis; there is no asymmetry that would need an MRI.

He would benefit from hearing aids. Please refer him to audiology for hearing aid assessment.

I have discharged him from ENT follow-up.

Yours sincerely

Mr Laurence Oyelowo
Consultant ENT Surgeon
""",
  expected=[("onward_referral", "Please refer him to audiology for hearing aid assessment"),
            ("late_clinic_letter", "Seen in ENT clinic on 16/11/2026")],
  notes="Onward referral for the need ENT identified handed back to the GP; sent 11 days after clinic (typed after 2 days)")

p = P("Mr", "Glen", "Hartigan", "1966-05-16")
L(key="adh-radiology-renal-urgent", kind="results", trust="ADH", specialty="Radiology",
  clinician="Dr Sushila Narayan", patient=p, sent="2026-12-07 12:25", fmt="plain", letterhead=False,
  sender="Ashcombe Radiology Reporting <ashcombe.radiology@nhs.net>", urgent=True,
  subject="Radiology alert - unexpected significant finding - HARTIGAN Glen",
  text="""
ASHCOMBE AND DEANE HOSPITALS NHS FOUNDATION TRUST - DEPARTMENT OF RADIOLOGY
UNEXPECTED SIGNIFICANT FINDING - COPY TO GP

Patient: HARTIGAN, Glen   DOB: 16-May-1966   NHS: {NHS}
Examination: MRI lumbar spine, 04/12/2026
Requested by: Trauma and Orthopaedics (spinal clinic), Ashcombe Royal Infirmary

Report: Mild L4/5 disc bulge without neural compromise. Incidental 4.2 cm heterogeneous enhancing mass in the upper pole of the left kidney, suspicious for renal cell carcinoma.

Action: Referrer/GP to action urgently: please arrange CT chest, abdomen and pelvis and a suspected cancer referral to urology.

Reported by: Dr Sushila Narayan, Consultant Radiologist
""",
  expected=[("results_chasing", "Referrer/GP to action urgently: please arrange CT chest, abdomen and pelvis and a suspected cancer referral to urology")],
  notes="Suspected cancer on a hospital-requested MRI passed to the GP to act on: results bounce and urgent")

p = P("Ms", "Naomi", "Strickland", "1990-07-07")
L(key="adh-ibd-mp", kind="clinic_letter", trust="ADH", specialty="Gastroenterology",
  clinician="Dr Eleanor Whitfield", patient=p, event="2026-12-09", sent="2026-12-11 14:45", fmt="html",
  sender=ADH_SEND, dept="IBD Service",
  subject="IBD clinic letter - STRICKLAND Naomi",
  text="""
IBD clinic, Wednesday 9 December 2026

Dear Dr Penhaligon

Ms Naomi Strickland   DOB 07/07/1990   NHS No {NHS}

# Diagnosis
Ulcerative colitis (E2), in remission on mercaptopurine since June 2026; TPMT normal

Ms Strickland remains well with one formed stool a day and no bleeding. Her calprotectin last month was 42. Bloods six weeks ago were satisfactory.

# Plan
- GP to continue mercaptopurine 75 mg daily and monitor FBC and LFTs every 3 months
- Mesalazine 2.4 g daily to continue
- Annual review in the IBD nurse clinic

Yours sincerely

Dr Eleanor Whitfield
Consultant Gastroenterologist
""",
  expected=[("shared_care_without_agreement", "GP to continue mercaptopurine 75 mg daily and monitor FBC and LFTs every 3 months")],
  notes="Thiopurine (amber) prescribing and monitoring moved to the GP with no shared-care agreement mentioned; mesalazine continuation is not a detection")

p = P("Mr", "Barry", "Nuttall", "1963-03-03")
L(key="adh-uro-unbooked", kind="referral_response", trust="ADH", specialty="Urology",
  clinician="Miss Olivia Trent", patient=p, sent="2026-12-14 10:35", fmt="html",
  sender=ADH_SEND, dept="Urology Booking Centre",
  subject="Urology - removed from waiting list - NUTTALL Barry",
  text="""
Patient: Mr Barry Nuttall   DOB 03/03/1963   NHS {NHSC}
Referral received: 21/09/2026 (Dr Samuel Odunsi)

Dear Dr Odunsi

We wrote to Mr Nuttall on 12 October and 9 November inviting him to contact us to book his appointment in the urology clinic. We have not heard from him, so in line with the Trust's access policy he has been removed from the waiting list.

Please re-refer if he still requires a urology opinion.

Yours sincerely

Miss Olivia Trent
Consultant Urologist, for Urology Booking Centre
""",
  expected=[("dna_rereferral", "Please re-refer if he still requires a urology opinion")],
  notes="Removed from the waiting list after an unanswered booking invitation, with a re-referral request")

p = P("Mrs", "Phyllis", "Danbury", "1942-04-28")
L(key="adh-path-na-gp-urgent", kind="results", trust="ADH", specialty="Chemical Pathology",
  clinician="Dr Martin Kowalczyk", patient=p, sent="2026-12-03 17:40", fmt="plain", letterhead=False,
  sender="Ashcombe Pathology <ashcombe.pathology@nhs.net>", urgent=True,
  headers={"Importance": "High"},
  subject="CRITICAL RESULT NOTIFICATION - DANBURY Phyllis",
  text="""
ASHCOMBE AND DEANE PATHOLOGY - CRITICAL RESULT NOTIFICATION

Patient: DANBURY, Phyllis   DOB: 28/04/1942   NHS: {NHS}
Sample collected: 03/12/2026 09:05   Location: Oakhurst Health Centre
Requesting clinician: Dr I Farrow (GP)

Sodium      117 mmol/L  (133 - 146)   ** CRITICAL **
Potassium   4.1 mmol/L
Previous sodium 131 (10/2026)

Telephoned to the practice duty doctor at 17:25 (read back confirmed). Please contact the patient today.

Authorised by: Dr Martin Kowalczyk, Consultant Chemical Pathologist
Ashcombe and Deane Hospitals NHS Foundation Trust - Blood Sciences, 020 7946 0830
""",
  expected=[],
  notes="Urgent but no bounce: a critical result on the practice's own test")

p = P("Mrs", "Eileen", "Sedgwick", "1951-10-16")
L(key="adh-lipid-interaction-urgent", kind="clinic_letter", trust="ADH", specialty="Lipid Clinic",
  clinician="Mr Adebayo Lawal", patient=p, event="2026-12-08", sent="2026-12-08 15:10", fmt="outlook",
  sender="Lipid Clinic ADH <ashcombe.lipidclinic@nhs.net>", dept="Lipid and Cardiovascular Risk Clinic",
  urgent=True, headers={"Importance": "High"},
  subject="URGENT - drug interaction - SEDGWICK Eileen",
  text="""
Clinic date: 8 December 2026

Dear Dr Haldane

Mrs Eileen Sedgwick   DOB 16/10/1951   NHS {NHS}

I saw Mrs Sedgwick in the pharmacist-led lipid clinic this morning. She told me she started clarithromycin 500 mg twice daily yesterday, prescribed by the practice for a chest infection. She also takes simvastatin 80 mg at night and colchicine for gout. Clarithromycin with simvastatin is contraindicated, with a high risk of rhabdomyolysis, and it raises colchicine levels as well.

I have advised her to stop simvastatin and colchicine until the antibiotic course is finished. Could you please review the clarithromycin prescription today and consider an alternative such as doxycycline.

Her lipid plan will follow in a separate letter.

Kind regards

Mr Adebayo Lawal
Consultant Pharmacist, Lipid Clinic
Ashcombe and Deane Hospitals NHS Foundation Trust
""",
  expected=[],
  notes="Urgent but no bounce: a dangerous interaction with the practice's own antibiotic prescription")

p = P("Mr", "Wilfred", "Osei", "1955-09-25")
L(key="adh-renal-k-urgent", kind="clinic_letter", trust="ADH", specialty="Renal Medicine",
  clinician="Dr Tobias Grint", patient=p, event="2026-12-14", sent="2026-12-15 11:00", fmt="htmlbr",
  dept="Renal Outpatients, Ashcombe Royal Infirmary", urgent=True,
  subject="Renal clinic letter - OSEI Wilfred - 14/12/2026",
  text="""
Renal Outpatients - seen 14.12.2026

Dear Dr Odunsi

Re: Mr Wilfred Osei   DOB 25.09.1955   NHS No. {NHS}

# Diagnoses
- CKD G4 (diabetic nephropathy), eGFR 22
- Resistant hypertension - spironolactone 25 mg started by us in October

Bloods taken in clinic: K+ 6.1, creatinine 251 (was 214 in October). He is asymptomatic. I have stopped spironolactone today and given him a low potassium diet sheet.

U+E to be repeated in primary care within 3 days. If the potassium is above 6.0 he will need to attend the emergency department.

We will see him in 4 weeks.

Dr Tobias Grint
Consultant Nephrologist
""",
  expected=[("tests_for_hospital", "U+E to be repeated in primary care within 3 days")],
  notes="Passive-voice repeat U+E after the renal team's own drug caused hyperkalaemia; time-critical so urgent")

p = P("Mrs", "Bronwen", "Ellery", "1970-02-02")
L(key="adh-gastro-gallstones-neg", kind="clinic_letter", trust="ADH", specialty="Gastroenterology",
  clinician="Dr Eleanor Whitfield", patient=p, event="2026-12-10", sent="2026-12-14 13:20", fmt="html",
  sender=ADH_SEND, dept="Gastroenterology Outpatients",
  subject="Gastroenterology clinic letter - ELLERY Bronwen",
  text="""
Clinic date: Thursday 10th December 2026

Dear Dr Farrow

Mrs Bronwen Ellery   DOB 02/02/1970   NHS {NHSC}

Mrs Ellery has had four episodes of right upper quadrant pain after meals since the summer. You kindly arranged an ultrasound in August, which showed multiple gallstones with a normal common bile duct. Her LFTs in clinic were normal.

Her symptoms are typical of biliary colic and I have referred her directly to the upper GI surgeons for consideration of laparoscopic cholecystectomy. There is no need for any further blood tests from the practice.

I have not arranged gastroenterology follow-up.

Yours sincerely

Dr Eleanor Whitfield
Consultant Gastroenterologist
""",
  expected=[],
  notes="Hard negative: GP's ultrasound as history, onward referral made directly, negated test request")

# ============================================================================================
# Westerleigh Cancer Centre NHS Foundation Trust
# ============================================================================================

WCC_COVER = ("Clinical correspondence from Westerleigh Cancer Centre NHS Foundation Trust is attached "
             "(PDF).\n\nIf you are not the intended recipient please notify "
             "clinical.letters@westerleighcancer.nhs.uk and delete this message.\n")

p = P("Mrs", "Abigail", "Nettleton", "1967-11-05")
L(key="wcc-onc-neutropenia-urgent", kind="clinic_letter", trust="WCC", specialty="Medical Oncology",
  clinician="Dr Ingrid Solberg", patient=p, event="2026-12-07", sent="2026-12-07 18:00", fmt="pdf",
  cover=WCC_COVER, dept="Breast Oncology", urgent=True,
  subject="WCC Clinic Letter - NETTLETON Abigail - W2209914",
  text="""
Date of clinic: 07/12/2026   Date of letter: 07/12/2026

Dr Ruth Penhaligon, Oakhurst Health Centre, 3 Tanners Row, Oakhurst OH4 7QT

Patient: Mrs Abigail Nettleton   DOB: 05/11/1967   NHS: {NHS}   Unit no: W2209914

# Diagnosis
Left breast cancer, T2 N1, ER positive HER2 negative - adjuvant docetaxel/cyclophosphamide, cycle 2 given 27/11/2026

I saw Mrs Nettleton on day 10 of her second cycle. She is tired but afebrile and otherwise well. Her neutrophil count today is 0.6.

I would be grateful if the practice could repeat her FBC on Thursday 10 December and telephone the result to our chemotherapy day unit, as we need it to decide whether cycle 3 can go ahead.

She has our 24 hour acute oncology hotline number and knows to ring straight away if her temperature is 37.5 or above or she feels unwell.

Yours sincerely

Dr Ingrid Solberg
Consultant Medical Oncologist
""",
  expected=[("tests_for_hospital", "I would be grateful if the practice could repeat her FBC on Thursday 10 December and telephone the result to our chemotherapy day unit")],
  notes="Neutropenic patient mid-chemotherapy: the cancer centre's own pre-cycle FBC pushed to the practice; time-critical so urgent")

p = P("Mr", "Gordon", "Pryor", "1953-12-30")
L(key="wcc-haem-ruxolitinib", kind="clinic_letter", trust="WCC", specialty="Haematology",
  clinician="Dr Rupert Ashworth-Lyle", patient=p, event="2026-11-18", sent="2026-11-23 09:20", fmt="pdf",
  cover=WCC_COVER, dept="Haematology Outpatients",
  subject="WCC Clinic Letter - PRYOR Gordon - W1188420",
  text="""
Clinic: Wednesday 18 November 2026

Dear Dr Haldane

Mr Gordon Pryor, DOB 30.12.1953, NHS {NHSC}, Unit no W1188420

# Diagnosis
Primary myelofibrosis, DIPSS intermediate-2; splenomegaly 8 cm below costal margin

Mr Pryor's night sweats and early satiety have got worse. We have agreed to start ruxolitinib, which should shrink his spleen and ease his symptoms. Platelets 210, Hb 112.

Please prescribe ruxolitinib 15 mg twice daily from now on. We will check his blood count here every two weeks for the first two months.

Yours sincerely

Dr Rupert Ashworth-Lyle
Consultant Haematologist
""",
  expected=[("hospital_only_prescribing", "Please prescribe ruxolitinib 15 mg twice daily from now on")],
  notes="Red (specialist-commissioned) drug to be prescribed by the GP")

p = P("Mr", "Alfred", "Brannock", "1951-08-02")
L(key="wcc-clinonc-ct-pr", kind="clinic_letter", trust="WCC", specialty="Clinical Oncology",
  clinician="Dr Marguerite Okonjo", patient=p, event="2026-11-12", sent="2026-11-17 12:40", fmt="pdf",
  cover=WCC_COVER, dept="Clinical Oncology (Urology)",
  subject="WCC Clinic Letter - BRANNOCK Alfred - W0933176",
  text="""
Seen on: 12th November 2026

Mr Alfred Brannock
45 Drovers Way
Oakhurst OH4 2HH

Date of birth: 02/08/1951   NHS number: {NHS}

Dear Mr Brannock

Thank you for coming to clinic with your wife. Your prostate cancer has been well controlled since your radiotherapy, and your PSA has stayed below 0.1. Because of the back ache you mentioned, I have requested a CT scan and a bone scan, which will be done here at Westerleigh in the next three weeks.

Your GP will go through the results of your CT scan with you when they are available, and I will see you again in six months unless the scans show anything that needs to be dealt with sooner.

Please carry on with your hormone injections at the surgery every 12 weeks as before.

Yours sincerely

Dr Marguerite Okonjo
Consultant Clinical Oncologist

cc: Dr Samuel Odunsi, GP
""",
  expected=[("patient_redirected_to_gp", "Your GP will go through the results of your CT scan with you")],
  notes="Letter to the patient: the centre's own CT result is to be given by the GP; hormone injections under an established arrangement are not flagged")

p = P("Mrs", "Shirley", "Cavendish", "1960-03-18")
L(key="wcc-onc-breast-2ww-urgent", kind="clinic_letter", trust="WCC", specialty="Clinical Oncology",
  clinician="Dr Marguerite Okonjo", patient=p, event="2026-11-24", sent="2026-11-25 10:05", fmt="pdf",
  cover=WCC_COVER, dept="Clinical Oncology (Colorectal)", urgent=True,
  subject="WCC Clinic Letter - CAVENDISH Shirley - W0788123",
  text="""
Date of clinic: 24/11/2026

Dear Dr Farrow

Mrs Shirley Cavendish   DOB 18/03/1960   NHS {NHSD}

I saw Mrs Cavendish for her three-year follow-up after chemoradiotherapy for rectal cancer. Her CEA and surveillance CT earlier this month were clear.

However, she mentioned a lump in her left breast that she noticed three weeks ago. On examination there is a 2 cm firm, irregular mass in the upper outer quadrant with no palpable axillary nodes. This needs urgent assessment, and I would be grateful if you could make a suspected cancer referral to the breast clinic.

I will see her again in six months.

Yours sincerely

Dr Marguerite Okonjo
Consultant Clinical Oncologist
""",
  expected=[("onward_referral", "I would be grateful if you could make a suspected cancer referral to the breast clinic")],
  notes="Suspected new cancer found by the oncologist; the urgent referral is handed to the GP: onward referral bounce, and urgent")

p = P("Mr", "Keith", "Arbuthnot", "1958-10-10")
L(key="wcc-onc-cape-neg", kind="clinic_letter", trust="WCC", specialty="Medical Oncology",
  clinician="Dr Ingrid Solberg", patient=p, event="2026-11-27", sent="2026-12-02 14:05", fmt="pdf",
  cover=WCC_COVER, dept="Colorectal Oncology",
  subject="WCC Clinic Letter - ARBUTHNOT Keith - W2004551",
  text="""
Clinic date: 27 November 2026

Dear Dr Odunsi

Mr Keith Arbuthnot   DOB 10/10/1958   NHS {NHS}

Mr Arbuthnot has completed his colonic resection and today we agreed adjuvant capecitabine for six months. Our pharmacy will dispense capecitabine for each cycle; please do not prescribe it in primary care. His bloods will be done in our unit before each cycle and our chemotherapy nurses will review him every three weeks.

He has been given our acute oncology hotline number. No action is needed from the practice.

Yours sincerely

Dr Ingrid Solberg
Consultant Medical Oncologist
""",
  expected=[],
  notes="Hard negative: hospital-only drug dispensed by the centre, bloods done in the unit, no action for the practice")

p = P("Mrs", "Hilda", "Stanforth", "1946-06-21")
L(key="wcc-haem-registry-late", kind="clinic_letter", trust="WCC", specialty="Haematology",
  clinician="Dr Rupert Ashworth-Lyle", patient=p, event="2026-11-06", typed="2026-11-09",
  sent="2026-11-20 15:30", fmt="pdf", cover=WCC_COVER, dept="Myeloma Clinic",
  subject="WCC Clinic Letter - STANFORTH Hilda - W1502288",
  text="""
Date of clinic: 06/11/2026
Date dictated: 09/11/2026

Dear Dr Penhaligon

Mrs Hilda Stanforth   DOB 21/06/1946   NHS {NHSC}

# Diagnosis
IgG kappa multiple myeloma - on lenalidomide and dexamethasone (cycle 9), very good partial response

Mrs Stanforth continues to do well. Paraprotein 3 g/L (from 28 g/L at diagnosis). Lenalidomide continues to be supplied by our pharmacy with the pregnancy prevention paperwork completed here.

The regional myeloma registry is collecting comorbidity data. I would be grateful if you could complete and return the enclosed registry data form (comorbidities and performance status sections).

Next review in 4 weeks.

Dr Rupert Ashworth-Lyle
Consultant Haematologist
""",
  expected=[("non_contractual_admin", "I would be grateful if you could complete and return the enclosed registry data form"),
            ("late_clinic_letter", "Date of clinic: 06/11/2026")],
  notes="Registry data form sent for the practice to fill in; sent 14 days after the clinic")

# ============================================================================================
# Skinwise Community Dermatology (Skinwise Health LLP, NHS community contract)
# ============================================================================================

p = P("Mr", "Ethan", "Marlowe", "2006-01-15")
L(key="skw-isotretinoin", kind="clinic_letter", trust="SKW", specialty="Dermatology",
  clinician="Dr Saoirse Delaney", patient=p, event="2026-11-04", sent="2026-11-10 16:35", fmt="plain",
  dept="Community Dermatology Clinic, Linwood",
  subject="Dermatology clinic letter - Ethan Marlowe",
  text="""
Clinic: Wed 4 Nov 2026

Dear Dr Haldane

Ethan Marlowe  D.O.B. 15/01/2006  NHS no. {NHS}

Diagnosis: Moderate to severe nodular acne vulgaris (face, back), scarring

Ethan has failed two courses of lymecycline with topical adapalene/benzoyl peroxide. He has significant scarring and low mood because of his skin, though no suicidal thoughts (PHQ-9 8).

We discussed isotretinoin in detail, including mood changes, and he has signed the consent form. As our service does not hold a stock of isotretinoin, please could you prescribe isotretinoin 20 mg daily for 16 weeks. Baseline lipids and LFTs were normal last month.

I have advised him to contact the surgery for his follow up date if it has not come through by the end of January.

Dr Saoirse Delaney
Consultant Dermatologist, Skinwise Community Dermatology
""",
  expected=[("hospital_only_prescribing", "please could you prescribe isotretinoin 20 mg daily for 16 weeks"),
            ("patient_redirected_to_gp", "I have advised him to contact the surgery for his follow up date")],
  notes="Hospital-only retinoid to be prescribed by the GP; patient sent to the GP to chase the service's own follow-up; plain text")

p = P("Mrs", "Jacqueline", "Rowntree", "1957-09-13")
L(key="skw-excision-sutures", kind="clinic_letter", trust="SKW", specialty="Dermatology",
  clinician="Dr Nikhil Varma", patient=p, event="2026-11-19", sent="2026-11-23 10:50", fmt="htmlbr",
  dept="Minor Surgery List",
  subject="Skinwise minor surgery - Jacqueline Rowntree",
  text="""
Procedure date: 19/11/2026
Patient: Mrs Jacqueline Rowntree, 8 Willow Garth, Oakhurst OH4 7DD
DOB: 13/09/1957   NHS: {NHSC}

Dear Dr Farrow

Procedure: elliptical excision of a 9 mm pigmented lesion, left upper back, 3 mm margins, closed with 4/0 nylon interrupted sutures. Clinically a dysplastic naevus.

Please arrange removal of sutures at your surgery at 10 to 14 days.
The histology will be sent to you; please inform the patient of the result and arrange any further treatment needed.

Dr Nikhil Varma
GP with Extended Role in Dermatology, Skinwise Community Dermatology
""",
  expected=[("post_procedure_care", "Please arrange removal of sutures at your surgery at 10 to 14 days"),
            ("results_chasing", "please inform the patient of the result and arrange any further treatment needed")],
  notes="Community dermatology excision: suture removal and histology follow-up pushed to the practice")

p = P("Miss", "Zara", "Haddon", "2000-12-19")
L(key="skw-dna", kind="clinic_letter", trust="SKW", specialty="Dermatology",
  clinician="Dr Saoirse Delaney", patient=p, sent="2026-11-26 09:25", fmt="plain",
  dept="Community Dermatology Clinic, Linwood",
  subject="Skinwise - did not attend - Zara Haddon",
  text="""
Dear Dr Odunsi

Patient: Miss Zara Haddon   DOB: 19/12/2000   NHS number: {NHSD}

Miss Haddon was not seen as she did not attend her appointment on 24/11/26. As per our DNA policy she has been discharged back to your care. Please re-refer if still clinically indicated.

Dr Saoirse Delaney
Consultant Dermatologist
""",
  expected=[("dna_rereferral", "Please re-refer if still clinically indicated")],
  notes="Discharged after a single missed appointment with a re-referral request")

p = P("Mrs", "Valerie", "Pincombe", "1949-04-07")
L(key="skw-bcc-neg", kind="clinic_letter", trust="SKW", specialty="Dermatology",
  clinician="Dr Saoirse Delaney", patient=p, event="2026-12-01", sent="2026-12-04 12:00", fmt="html",
  dept="Community Dermatology Clinic, Linwood",
  subject="Skinwise clinic letter - Valerie Pincombe",
  text="""
Clinic date: 1st December 2026

Dear Dr Penhaligon

Mrs Valerie Pincombe   DOB 07/04/1949   NHS {NHS}

Mrs Pincombe has a 6 mm nodular basal cell carcinoma on the tip of her nose. Because of the site, I have referred her directly to the Mohs surgery team at Ashcombe Royal Infirmary, who will send her an appointment.

Her hand eczema is well controlled; please continue her emollients and Dermol wash as before.

Yours sincerely

Dr Saoirse Delaney
Consultant Dermatologist
""",
  expected=[],
  notes="Hard negative: onward referral made directly by the provider; green emollients continued")

p = P("Mr", "Russell", "Penrose", "1973-06-29")
L(key="skw-melanoma-urgent", kind="clinic_letter", trust="SKW", specialty="Dermatology",
  clinician="Dr Nikhil Varma", patient=p, event="2026-12-07", sent="2026-12-08 08:40", fmt="outlook",
  dept="Community Dermatology Clinic, Linwood", urgent=True, headers={"Importance": "High"},
  subject="URGENT - Skinwise clinic letter - Russell Penrose",
  text="""
Seen: 07/12/2026

Dear Dr Haldane

Mr Russell Penrose   DOB 29/06/1973   NHS {NHSC}

Mr Penrose was seen in the community dermatology clinic with a changing mole on his right calf. It is 11 mm, asymmetrical with irregular pigment network, blue-white veil and regression structures on dermoscopy. This is highly suspicious of melanoma.

Skinwise is not able to refer directly on the suspected cancer pathway, so please make an urgent suspected cancer (2WW) referral to the Hallowmere skin cancer team. Photographs are attached to our record.

Dr Nikhil Varma
GP with Extended Role in Dermatology
""",
  expected=[("onward_referral", "please make an urgent suspected cancer (2WW) referral to the Hallowmere skin cancer team")],
  notes="Suspected melanoma: the provider hands the urgent referral back to the GP; onward referral bounce, urgent")

# ============================================================================================
# `other` messages: never to be answered
# ============================================================================================


def _plain(key, sent, frm, subject, body, headers=None, to=PRACTICE_TO, html_body=None):
    s = sent_dt(sent)
    dom = frm.split("@")[1].rstrip(">")
    m = base_msg(frm, to, subject, s, key, dom, headers)
    if body is not None:
        m.set_content(body)
        if html_body:
            m.add_alternative(html_body, subtype="html")
    else:
        m.set_content(html_body, subtype="html")
    return m


def _quote(text):
    return "\n".join(("> " + x) if x else ">" for x in text.strip("\n").split("\n"))


O(key="oth-ooo-rheum", sent="2026-11-16 09:02",
  notes="Out-of-office auto-reply (Auto-Submitted) from a hospital secretary to the practice's returned request",
  build=lambda k, s: _plain(
      k, s, "Rheumatology Secretaries HUH <hallowmere.rheumsecs@nhs.net>",
      "Automatic reply: Request returned - Mrs Joan Pettifer - rheumatology bloods",
      "Thank you for your e-mail. The rheumatology secretaries' office is short-staffed this "
      "week and replies may take up to five working days.\n\nFor urgent clinical queries please "
      "ring the rheumatology advice line on 0113 496 0455 (Monday to Friday, 9am to 4pm).\n\n"
      "Hallowmere University Hospitals NHS Foundation Trust\n",
      {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
       "In-Reply-To": "<20261113.oakhurst.returned.0007@nhs.net>"}))

O(key="oth-autoreply-ttc", sent="2026-11-24 10:15",
  notes="Auto-acknowledgement with X-Autoreply only (no Auto-Submitted header)",
  build=lambda k, s: _plain(
      k, s, "Castlegate Healthcare - Thornbury <thornbury.tc.admin@nhs.net>",
      "Re: Pre-operative information form - Mr G Pendlebury [Ref TTC-ENQ-55821]",
      "Thank you for contacting Thornbury Treatment Centre. Your message has been received and "
      "logged with reference TTC-ENQ-55821.\n\nThis inbox is monitored Monday to Friday, 8am to "
      "6pm. We aim to respond within three working days.\n\nPlease do not reply to this "
      "automatic message.\n\nCastlegate Healthcare Ltd - Thornbury Treatment Centre\n",
      {"X-Autoreply": "yes", "Precedence": "auto_reply"}))


def _build_dsn(k, s):
    from email.message import Message
    from email.mime.message import MIMEMessage
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    sent = sent_dt(s)
    orig = EmailMessage()
    orig["From"] = PRACTICE_TO
    orig["To"] = "Respiratory Secretaries <blv.respsecs@nhs.nett>"
    orig["Subject"] = "Request returned - Mr Norman Fairclough - discharge 13.11.26"
    orig["Date"] = format_datetime(sent - dt.timedelta(minutes=2))
    orig["Message-ID"] = "<20261118.oakhurst.returned.0011@nhs.net>"
    orig.set_content(
        "Dear Dr Demir\n\nRe: Mr Norman Fairclough, NHS " + spaced(LETTERS_BY_KEY["blv-resp-copd-late"]["patient"].nhs)
        + "\n\nYour discharge summary asked the practice to do the following:\n\n"
        "  \"GP to chase sputum culture and act on sensitivities\"\n  \"GP to supply remaining 3/7\"\n\n"
        "Under the NHS Standard Contract the clinician who orders a test reviews and acts on its "
        "result, and the discharging provider supplies medication on discharge. We have not taken "
        "these on, and we have told Mr Fairclough that the ward team will contact him.\n\n"
        "Yours sincerely\n\nDr Tariq Haldane\nOakhurst Health Centre\n")
    m = MIMEMultipart("report", report_type="delivery-status")
    m["From"] = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nhs.net>"
    m["To"] = PRACTICE_ADDR
    m["Subject"] = "Undeliverable: Request returned - Mr Norman Fairclough - discharge 13.11.26"
    m["Date"] = format_datetime(sent)
    m["Message-ID"] = msgid(k, sent, "nhs.net")
    m["Auto-Submitted"] = "auto-replied"
    m.attach(MIMEText(
        "Your message to blv.respsecs@nhs.nett couldn't be delivered.\n\n"
        "The domain nhs.nett doesn't exist. Check the recipient's address for typing errors and "
        "send the message again.\n\nDiagnostic information for administrators:\n"
        "Generating server: LO2P265MB0123.GBRP265.PROD.OUTLOOK.COM\n"
        "blv.respsecs@nhs.nett\nRemote server returned '550 5.4.310 DNS domain nhs.nett does not exist'\n"))
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    b1 = Message()
    b1["Reporting-MTA"] = "dns;LO2P265MB0123.GBRP265.PROD.OUTLOOK.COM"
    b1["Arrival-Date"] = format_datetime(sent - dt.timedelta(minutes=2))
    b2 = Message()
    b2["Final-Recipient"] = "rfc822;blv.respsecs@nhs.nett"
    b2["Action"] = "failed"
    b2["Status"] = "5.4.310"
    b2["Diagnostic-Code"] = "smtp;550 5.4.310 DNS domain nhs.nett does not exist"
    ds.set_payload([b1, b2])
    m.attach(ds)
    m.attach(MIMEMessage(orig))
    return m


O(key="oth-dsn-bounce", sent="2026-11-18 11:03", build=_build_dsn,
  notes="Delivery failure (multipart/report) carrying the practice's own returned-request letter, which quotes two requests word for word")


def _build_mdn(k, s):
    from email.message import Message
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    sent = sent_dt(s)
    m = MIMEMultipart("report", report_type="disposition-notification")
    m["From"] = "Endocrine Secretaries HUH <hallowmere.endosecs@nhs.net>"
    m["To"] = PRACTICE_TO
    m["Subject"] = "Read: Request returned - Mr Kieran Westwood - testosterone"
    m["Date"] = format_datetime(sent)
    m["Message-ID"] = msgid(k, sent, "nhs.net")
    m.attach(MIMEText("Your message\n\n  To: Endocrine Secretaries HUH\n  Subject: Request returned - "
                      "Mr Kieran Westwood - testosterone\n  Sent: 19/11/2026 16:02\n\nwas read on "
                      "20/11/2026 14:12.\n"))
    mdn = Message()
    mdn["Content-Type"] = "message/disposition-notification"
    b = Message()
    b["Reporting-UA"] = "LO4P265MB2201.GBRP265.PROD.OUTLOOK.COM; Microsoft Exchange Server"
    b["Final-Recipient"] = "rfc822;hallowmere.endosecs@nhs.net"
    b["Original-Message-ID"] = "<20261119.oakhurst.returned.0014@nhs.net>"
    b["Disposition"] = "automatic-action/MDN-sent-automatically; displayed"
    mdn.set_payload([b])
    m.attach(mdn)
    return m


O(key="oth-read-receipt", sent="2026-11-20 14:12", build=_build_mdn,
  notes="Read receipt (multipart/report; disposition-notification)")

LMC_HTML = """<html><body style="font-family:Georgia,serif">
<h2>Fenmarsh and Wolds LMC - November briefing</h2>
<p>Dear colleagues,</p>
<h3>Workload shift: keep sending it back</h3>
<p>Practices continue to tell us about hospital letters containing lines such as &ldquo;GP to chase
histology&rdquo;, &ldquo;please re-refer if still required&rdquo; and &ldquo;GP to arrange bloods before
next clinic&rdquo;. These are the provider's responsibility under the NHS Standard Contract. Our
template letters are on the website, and we report themes to the ICB every quarter.</p>
<h3>Shared care</h3>
<p>Remember that you are never obliged to accept a shared-care request; an agreement has to be
offered and accepted before prescribing transfers.</p>
<h3>Dates for your diary</h3>
<ul><li>LMC conference: Thursday 3 December, Linwood Community Hall</li>
<li>Practice manager forum: 14 January 2027 (online)</li></ul>
<p style="font-size:8pt">You receive this because your practice is a member of Fenmarsh and Wolds LMC.
<a href="https://fwlmc.example.org/unsubscribe">Unsubscribe</a></p>
</body></html>"""

O(key="oth-lmc-newsletter", sent="2026-11-05 07:00",
  notes="LMC newsletter (List-Id) quoting typical requests on purpose",
  build=lambda k, s: _plain(
      k, s, "Fenmarsh and Wolds LMC <news@fwlmc.example.org>", "LMC briefing - November 2026", None,
      {"List-Id": "FWLMC member news <members.fwlmc.example.org>",
       "List-Unsubscribe": "<https://fwlmc.example.org/unsubscribe>", "Precedence": "list"},
      html_body=LMC_HTML))

O(key="oth-nhse-bulletin", sent="2026-11-12 06:30",
  notes="National primary care bulletin with Precedence: bulk",
  build=lambda k, s: _plain(
      k, s, "NHS England Primary Care Bulletin <bulletin@primarycare-bulletin.example.com>",
      "Primary Care Bulletin - 12 November 2026",
      "PRIMARY CARE BULLETIN\n12 November 2026\n\nIn this issue\n\n"
      "1. Winter vaccination programme: updated patient group directions are now published.\n"
      "2. Interface between primary and secondary care: a reminder of the provider duties on "
      "discharge summaries, clinic letters and onward referral, with resources for ICB "
      "interface groups.\n3. Online consultation tools: new data protection guidance.\n"
      "4. Pharmacy First: uptake figures for October.\n\nRead the full bulletin online.\n\n"
      "You are receiving this bulletin because you subscribed. To unsubscribe, follow the link "
      "in the online version.\n",
      {"Precedence": "bulk", "List-Id": "<primarycare.bulletin.example.com>",
       "List-Unsubscribe": "<mailto:unsubscribe@primarycare-bulletin.example.com>"}))

O(key="oth-icb-medicines", sent="2026-11-26 08:00",
  notes="ICB medicines optimisation newsletter (List-Id) about amber drugs and shared care",
  build=lambda k, s: _plain(
      k, s, "Hallowmere and Saltcombe ICB Medicines Optimisation <medsopt@hsicb-news.example.org>",
      "Medicines Matters - November 2026",
      "MEDICINES MATTERS\nHallowmere and Saltcombe Integrated Care Board\n\n"
      "* Traffic light formulary update: ADHD medicines remain AMBER with a shared-care "
      "agreement; ruxolitinib and isotretinoin remain RED (hospital only).\n"
      "* Denosumab: the revised shared-care protocol is out for consultation until 15 January.\n"
      "* Discharge supplies: a reminder that providers supply at least 7 days of medication on "
      "discharge. Please report shortfalls through the interface issues form.\n"
      "* Valproate: annual risk acknowledgement forms are due.\n\nMedicines Optimisation Team\n",
      {"List-Id": "Medicines Matters <medicines-matters.hsicb-news.example.org>",
       "List-Unsubscribe": "<https://hsicb-news.example.org/u>"}))

O(key="oth-patient-scan", sent="2026-12-14 19:22",
  notes="Patient's daughter asking the practice about a memory-service scan result (cross-link)",
  build=lambda k, s: _plain(
      k, s, "Karen Hume <karen.hume@example.com>", "Dad's brain scan results - Frederick Hume",
      "Hello,\n\nMy father Frederick Hume (DOB 4/4/1945) had his brain scan at Hallowmere last "
      "week. The memory clinic letter says we should make an appointment with his GP to get the "
      "results. Can someone let me know if you have them yet and whether I need to book?\n\n"
      "Thanks,\nKaren Hume (daughter)\n07700 900 612\n"))

O(key="oth-patient-sicknote", sent="2026-11-17 07:48",
  notes="Patient asking the practice for a sick note after ankle surgery (cross-link)",
  build=lambda k, s: _plain(
      k, s, "Cal Breen <cal.breen90@example.com>", "sick note pls",
      "hi, its Callum Breen dob 1/12/90. the fracture clinic said i need to get my sick note from "
      "you for 6 weeks because i had my ankle plated. can you send it to this email? my boss "
      "needs it by friday\n\ncheers\nCallum\n"))

O(key="oth-patient-address", sent="2026-11-03 20:15",
  notes="Patient change-of-address e-mail",
  build=lambda k, s: _plain(
      k, s, "Marta Kowalska <m.kowalska@example.net>", "Change of address",
      "Dear Sir/Madam,\n\nPlease update my address. From 1 November I live at 6 Fletcher Mews, "
      "Oakhurst OH4 2SD. My mobile is unchanged.\n\nName: Marta Kowalska\nDate of birth: "
      "17/03/1992\n\nThank you\nMarta\n"))

O(key="oth-patient-cysto", sent="2026-12-18 09:30",
  notes="Patient's wife asking the practice to chase a hospital cystoscopy appointment (cross-link)",
  build=lambda k, s: _plain(
      k, s, "Anne Lindqvist <annelindqvist@example.com>", "Geoffrey Lindqvist - hospital appointment",
      "Good morning\n\nMy husband Geoffrey (born 12/11/1958) saw the urologist at Hallowmere on 3 "
      "November. The letter said if he hadn't heard about his camera test in six weeks he should "
      "contact the surgery, and he still has no date. Could you chase this for us please?\n\n"
      "Kind regards\nAnne Lindqvist\n"))

PHISH_HTML = """<html><body style="font-family:Segoe UI,Arial">
<table width="600" style="border:1px solid #ddd"><tr><td style="background:#005eb8;color:#fff;padding:10px">
<b>NHSmail</b> Account Security</td></tr><tr><td style="padding:14px">
<p>Dear user,</p>
<p>Your NHSmail password <b>expires today</b>. To avoid losing access to your mailbox and shared
folders, confirm your current password within 24 hours.</p>
<p><a href="http://nhs-uk-secure.com/portal/verify?u=oakhurst.hc">KEEP MY PASSWORD</a></p>
<p>NHSmail Support Team<br>&copy; 2026 NHS Digital Services</p></td></tr></table>
</body></html>"""

O(key="oth-phishing", sent="2026-11-09 03:14",
  notes="Phishing from a look-alike domain (nhs-uk-secure.com)",
  build=lambda k, s: _plain(
      k, s, "NHSmail Support <security-team@nhs-uk-secure.com>",
      "Action required: NHSmail password expires today", None,
      {"Reply-To": "helpdesk@nhs-uk-secure.com", "X-Priority": "1"}, html_body=PHISH_HTML))

O(key="oth-spam-supplies", sent="2026-11-19 11:11",
  notes="Marketing e-mail from a medical supplies firm",
  build=lambda k, s: _plain(
      k, s, "MediSupply Deals <offers@medisupply-deals.example.net>",
      "30% off dressings and phlebotomy consumables this week only",
      "Dear Practice Manager,\n\nStock up before winter! 30% off all silicone foam dressings, "
      "vacutainers and tourniquets until Friday. Free next-day delivery on orders over £150.\n\n"
      "Order online or call 0808 157 0999.\n\nTo stop receiving these e-mails reply STOP.\n",
      {"List-Unsubscribe": "<mailto:stop@medisupply-deals.example.net>", "Precedence": "bulk"}))


def _build_re_rheum(k, s):
    p = LETTERS_BY_KEY["huh-rheum-mtx"]["patient"]
    quoted = ("From: Oakhurst Health Centre <oakhurst.hc@nhs.net>\nSent: 13 November 2026 15:41\n"
              "To: Rheumatology Secretaries HUH\nSubject: Request returned - Mrs Joan Pettifer - "
              "rheumatology bloods\n\nDear Dr Marchetti\n\nRe: Mrs Joan Pettifer, NHS "
              + spaced(p.nhs) + "\n\nYour letter of 9 November asked us:\n\n\"Please could you "
              "arrange FBC, U&E, LFT's and CRP every 2 weeks for the first 6 weeks\"\n\nand \"I would "
              "be grateful if you could prescribe methotrexate 10 mg once weekly (Fridays)\".\n\n"
              "These are for the rheumatology team to arrange until a shared-care agreement is in "
              "place. We have let Mrs Pettifer know.\n\nOakhurst Health Centre\n")
    body = ("Dear Oakhurst team,\n\nThank you for your letter. I have passed it to Dr Marchetti, "
            "who has asked our rheumatology nurses to take Mrs Pettifer's bloods in the hospital "
            "until she is stable. The methotrexate will be prescribed from our clinic for now, and "
            "we will send the shared-care agreement separately.\n\nKind regards\n\nJackie Lyle\n"
            "Medical Secretary to Dr H Marchetti\nHallowmere University Hospitals NHS Foundation Trust\n\n"
            "-----Original Message-----\n" + quoted)
    return _plain(k, s, "Rheumatology Secretaries HUH <hallowmere.rheumsecs@nhs.net>",
                  "RE: Request returned - Mrs Joan Pettifer - rheumatology bloods", body,
                  {"In-Reply-To": "<20261113.oakhurst.returned.0007@nhs.net>",
                   "References": "<20261113.oakhurst.returned.0007@nhs.net>",
                   "Thread-Topic": "Request returned - Mrs Joan Pettifer - rheumatology bloods"})


O(key="oth-re-rheum", sent="2026-11-24 12:40", build=_build_re_rheum,
  notes="Hospital secretary's reply in a RE: thread quoting the practice's letter, which quotes the original requests word for word")


def _build_re_ent(k, s):
    body = ("Dear Dr Haldane,\n\nApologies - you are quite right. I have now referred Mr Hassanpour "
            "to ENT myself, marked soon, and copied you in.\n\nBest wishes\nBethan\n\nDr Bethan "
            "Llewellyn-Hart\nConsultant Respiratory Physician\nHallowmere University Hospitals NHS "
            "Foundation Trust\n\n________________________________\nFrom: Oakhurst Health Centre\n"
            "Sent: 18 November 2026 10:12\nSubject: Request returned - Ali Hassanpour - ENT referral\n\n"
            + _quote("Your letter of 4 November said: \"please could you refer him to ENT for "
                     "assessment of his nasal obstruction\". Onward referral for a related problem "
                     "found in your clinic is the provider's responsibility. Please refer him "
                     "directly.\n\nOakhurst Health Centre") + "\n")
    return _plain(k, s, "Dr Bethan Llewellyn-Hart <bethan.llewellyn-hart@nhs.net>",
                  "RE: Request returned - Ali Hassanpour - ENT referral", body,
                  {"In-Reply-To": "<20261118.oakhurst.returned.0012@nhs.net>"})


O(key="oth-re-ent", sent="2026-11-19 13:05", build=_build_re_ent,
  notes="Consultant's RE: reply agreeing to refer, quoting the request inside the practice's letter")

O(key="oth-pharmacy", sent="2026-11-16 16:20",
  notes="Community pharmacy e-mail about a short discharge supply (cross-link)",
  build=lambda k, s: _plain(
      k, s, "Oakhurst Pharmacy <oakhurst.pharmacy@nhs.net>", "Norman Fairclough - prednisolone",
      "Hi,\n\nMr Fairclough's wife has come in. He was discharged from Brackenford on Friday with "
      "only 2/7 of his prednisolone 30mg and has run out today. The discharge letter says the rest "
      "is to come from the GP. We have made an emergency supply of 1 day. Could someone look at "
      "this today?\n\nThanks\nPriti (pharmacist), Oakhurst Pharmacy\n0117 496 0655\n"))

O(key="oth-solicitor-sar", sent="2026-12-01 09:00",
  notes="Solicitor's subject access request",
  build=lambda k, s: _plain(
      k, s, "Hartley Greaves Solicitors <records@hartleygreaves.example.com>",
      "Subject Access Request - our client Mr Jamal Whitaker (DOB 19/04/1993)",
      "Dear Data Protection Officer,\n\nWe act for Mr Jamal Whitaker in a personal injury claim "
      "arising from an accident on 8 November 2026. Please find below our client's signed "
      "authority for disclosure of his GP records from 1 January 2021 to date.\n\nOur reference: "
      "HG/PI/44812\n\nYours faithfully\nHartley Greaves Solicitors LLP\n"))

O(key="oth-pcse-bulletin", sent="2026-12-10 06:45",
  notes="Primary care support bulletin with Precedence: bulk",
  build=lambda k, s: _plain(
      k, s, "Primary Care Support Services <news@pcss-updates.example.com>",
      "PCSS Update: records transfers over the Christmas period",
      "Practice update\n\n- Medical records collections will pause from 23 December to 4 "
      "January.\n- Supplies orders placed after 16 December will be delivered in January.\n- "
      "Performers list: new online form from 1 January.\n\nThis is an automated bulletin.\n",
      {"Precedence": "bulk", "List-Id": "<practice-updates.pcss-updates.example.com>"}))


def _build_invite(k, s):
    sent = sent_dt(s)
    m = base_msg("Oakhurst and Linwood PCN <oakhurstlinwood.pcn@nhs.net>", PRACTICE_TO,
                 "PCN clinical meeting - interface issues (Wed 9 Dec)", sent, k, "nhs.net")
    m.set_content("Agenda: 1. Winter pressures 2. Returned hospital requests - themes for the ICB "
                  "3. Frailty MDT.\n\nJoin on Microsoft Teams.\n")
    ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
           "VERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:pcn-20261209-1300@nhs.net\r\n"
           "DTSTAMP:20261130T150000Z\r\nDTSTART:20261209T130000Z\r\nDTEND:20261209T140000Z\r\n"
           "SUMMARY:PCN clinical meeting - interface issues\r\nORGANIZER:mailto:oakhurstlinwood.pcn@nhs.net\r\n"
           "END:VEVENT\r\nEND:VCALENDAR\r\n")
    m.add_attachment(ics.encode(), maintype="text", subtype="calendar", filename="invite.ics",
                     params={"method": "REQUEST"})
    return m


O(key="oth-pcn-invite", sent="2026-11-30 15:00", build=_build_invite,
  notes="PCN meeting invitation with a text/calendar attachment")


def _build_delay(k, s):
    from email.message import Message
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    sent = sent_dt(s)
    m = MIMEMultipart("report", report_type="delivery-status")
    m["From"] = "Mail Delivery Subsystem <MAILER-DAEMON@mx01.fenmarshwolds.nhs.uk>"
    m["To"] = PRACTICE_ADDR
    m["Subject"] = "Delivery Status Notification (Delay)"
    m["Date"] = format_datetime(sent)
    m["Message-ID"] = msgid(k, sent, "mx01.fenmarshwolds.nhs.uk")
    m["Auto-Submitted"] = "auto-generated"
    m.attach(MIMEText("This is an automatically generated Delivery Status Notification.\n\n"
                      "THIS IS A WARNING MESSAGE ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\n"
                      "Delivery to the following recipient has been delayed:\n\n"
                      "     adhd.service@fenmarshwolds.nhs.uk\n\nMessage will be retried for 2 more days.\n"))
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    b1 = Message()
    b1["Reporting-MTA"] = "dns; mx01.fenmarshwolds.nhs.uk"
    b2 = Message()
    b2["Final-Recipient"] = "rfc822; adhd.service@fenmarshwolds.nhs.uk"
    b2["Action"] = "delayed"
    b2["Status"] = "4.4.7"
    ds.set_payload([b1, b2])
    m.attach(ds)
    return m


O(key="oth-dsn-delay", sent="2026-12-04 10:40", build=_build_delay,
  notes="Delivery delay notification (Action: delayed)")

O(key="oth-training-hub", sent="2026-12-07 07:30",
  notes="Training hub newsletter (List-Id)",
  build=lambda k, s: _plain(
      k, s, "Fenmarsh Training Hub <hub@fenmarsh-traininghub.example.org>",
      "Training Hub - courses for January",
      "Courses for January 2027\n\n- Spirometry interpretation refresher (2 sessions)\n- Minor "
      "surgery update for GPs and nurses\n- Wound care for HCAs\n\nBook via the hub website.\n",
      {"List-Id": "<news.fenmarsh-traininghub.example.org>",
       "List-Unsubscribe": "<https://fenmarsh-traininghub.example.org/unsub>"}))

O(key="oth-huh-service-notice", sent="2026-11-13 17:00",
  notes="Trust-wide service notice with no patient (Precedence: bulk)",
  build=lambda k, s: _plain(
      k, s, "Hallowmere eLetters <eletters@hallowmere.nhs.uk>",
      "Service notice: outpatient letters delayed this week",
      "Dear colleagues in primary care,\n\nFollowing an upgrade to our document system, some "
      "outpatient letters from clinics held between 2 and 6 November have been delayed. All "
      "letters will have been sent by 20 November. We apologise for the inconvenience.\n\n"
      "Clinical Systems Team\nHallowmere University Hospitals NHS Foundation Trust\n",
      {"Precedence": "bulk"}))

# ============================================================================================
# A few more letters (patient-facing styles and hard negatives)
# ============================================================================================

p = P("Mrs", "Lydia", "Marchbank", "1974-05-09")
L(key="huh-gyn-ca125", kind="clinic_letter", trust="HUH", specialty="Gynaecology",
  clinician="Miss Rebecca Thorogood", patient=p, event="2026-11-30", sent="2026-12-03 11:45", fmt="pdf",
  dept="Women's Health Unit - Gynaecology Outpatients",
  subject="Hallowmere UH - Outpatient Letter - Gynaecology - H0821745",
  text="""
Clinic attended: 30/11/2026
Letter typed: 02/12/2026

Mrs Lydia Marchbank
9 Lavender Walk
Oakhurst OH4 4PN

Hospital number: H0821745   NHS number: {NHS}   Date of birth: 09/05/1974

Dear Mrs Marchbank

Thank you for seeing me in the gynaecology clinic on Monday. Your scan shows a simple-looking cyst of 5 cm on your left ovary. Cysts like this are very common and nearly always harmless, and many go away on their own.

Your GP will arrange a CA125 blood test in six weeks and send the result to me. I will then decide whether you need another scan or an operation, and I will write to you.

If you get sudden severe pain low in your tummy, please go to the emergency department straight away.

Yours sincerely

Miss Rebecca Thorogood
Consultant Gynaecologist

cc: Dr Ruth Penhaligon, GP, Oakhurst Health Centre
""",
  expected=[("tests_for_hospital", "Your GP will arrange a CA125 blood test in six weeks and send the result to me")],
  notes="Letter to the patient, GP copied: the gynaecologist's own follow-up blood test announced as the GP's job")

p = P("Mr", "Lucas", "Fernsby", "1998-08-31")
L(key="adh-ed-headinjury-neg", kind="ed_letter", trust="ADH", specialty="Emergency Medicine",
  clinician="Dr Matthew Okonedo", patient=p, event="2026-12-12", sent="2026-12-13 01:20", fmt="html",
  sender=ADH_SEND, dept="Emergency Department",
  subject="ED discharge letter - FERNSBY Lucas - 12/12/2026",
  text="""
# Emergency Department Discharge Letter
Patient: Lucas Fernsby | DOB: 31-Aug-1998 | NHS No: {NHS}
Attendance: 12-Dec-2026 19:40 to 13-Dec-2026 00:55
Clinician: Dr Matthew Okonedo, Specialty Registrar in Emergency Medicine

Head injury falling from a bicycle, brief loss of consciousness, GCS 15 throughout. CT head: no acute intracranial injury. Small scalp laceration glued.

Discharged home with his partner, with written head injury advice. We have referred him to the ED concussion follow-up clinic, who will telephone him next week. If he has vomiting, worsening headache or drowsiness he should come straight back to the emergency department.

No GP follow-up is required.
""",
  expected=[],
  notes="Hard negative ED letter: CT done, follow-up arranged by the ED itself, conditional return advice, no GP action")

p = P("Mr", "Tobias", "Renshaw", "1968-02-20")
L(key="adh-eye-neg", kind="clinic_letter", trust="ADH", specialty="Ophthalmology",
  clinician="Mr Hugo Faulkner-Reid", patient=p, event="2026-12-16", sent="2026-12-18 10:10", fmt="docx",
  sender=ADH_SEND, dept="Eye Unit, Deane Memorial Hospital", filename="EyeClinic_Renshaw_161226.docx",
  subject="Eye clinic letter - RENSHAW Tobias",
  text="""
Mr Tobias Renshaw
33 Cornmill Road
Oakhurst OH4 8TT

Clinic: Wednesday 16 December 2026
Date of birth: 20 February 1968   NHS number: {NHSC}

Dear Mr Renshaw

I was pleased to see that your right retina remains flat four weeks after your retinal detachment repair, and the gas bubble has now gone. Your vision should continue to improve over the next few months.

I gave you a fit note in clinic today covering a further four weeks off work, as you operate machinery. Your steroid drops were supplied by our eye pharmacy; please reduce them as shown on the chart we gave you.

We will see you in the eye clinic in six weeks, and our appointments team will write to you. If you have not heard from them by 20 January, please ring them on 020 7946 0870. Your GP does not need to do anything.

Yours sincerely

Mr Hugo Faulkner-Reid
Consultant Ophthalmic Surgeon

cc: Dr Samuel Odunsi, GP, Oakhurst Health Centre
""",
  expected=[],
  notes="Hard negative written to the patient: fit note already issued, drops supplied, appointment queries go to the hospital, explicit no GP action")

LETTERS_BY_KEY = {s["key"]: s for s in LETTERS}

# ============================================================================================
# Build
# ============================================================================================


def plan():
    """Every message in order of its Date header, with its id."""
    items = [("letter", s) for s in LETTERS] + [("other", s) for s in OTHERS]
    keys = [s["key"] for _, s in items]
    assert len(keys) == len(set(keys)), "duplicate keys"
    items.sort(key=lambda it: (sent_dt(it[1]["sent"]), it[1]["key"]))
    return [(f"held-{i:03d}", kind, s) for i, (kind, s) in enumerate(items, 1)]


def labels_for(planned):
    return [letter_label(s, ident) if kind == "letter" else other_label(s, ident)
            for ident, kind, s in planned]


def build():
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("held-*.eml"):
        old.unlink()
    planned = plan()
    for n, (ident, kind, s) in enumerate(planned, 1):
        random.seed(1000 + n)  # MIME boundaries come from the random module
        msg = build_letter(s) if kind == "letter" else s["build"](s["key"], s["sent"])
        (OUT / f"{ident}.eml").write_bytes(msg.as_bytes(policy=email.policy.SMTP))
    (OUT / "labels.json").write_text(json.dumps(labels_for(planned), indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    print(f"wrote {len(planned)} messages to {OUT}")


# ============================================================================================
# Verify
# ============================================================================================


def _pdf_texts(data: bytes):
    from pypdf import PdfReader
    out = {"pypdf": "\n".join(pg.extract_text() or "" for pg in PdfReader(io.BytesIO(data)).pages)}
    try:
        import pypdfium2 as pdfium
    except ImportError:
        return out
    doc = pdfium.PdfDocument(data)
    parts = []
    for i in range(len(doc)):
        tp = doc[i].get_textpage()
        parts.append(tp.get_text_range())
        tp.close()
    doc.close()
    out["pypdfium2"] = "\n".join(parts)
    return out


def _docx_text(data: bytes) -> str:
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = []

    def tables(ts):
        for t in ts:
            for row in t.rows:
                for c in row.cells:
                    parts.extend(p.text for p in c.paragraphs)
                    tables(c.tables)

    parts.extend(p.text for p in d.paragraphs)
    tables(d.tables)
    for sec in d.sections:
        for hf in (sec.header, sec.footer, sec.first_page_header, sec.first_page_footer):
            parts.extend(p.text for p in hf.paragraphs)
            tables(hf.tables)
    return "\n".join(parts)


def extract_variants(msg) -> dict[str, str]:
    """Text of a message, one string per PDF extractor (identical when there is no PDF)."""
    from bouncebot.reading.html import html_to_text

    common, pdfs = [], []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fn = (part.get_filename() or "").lower()
        if ctype == "text/plain":
            common.append(part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8"))
        elif ctype == "text/html":
            common.append(html_to_text(part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")))
        elif ctype == "application/pdf" or fn.endswith(".pdf"):
            pdfs.append(_pdf_texts(part.get_payload(decode=True)))
        elif "wordprocessingml" in ctype or fn.endswith(".docx"):
            common.append(_docx_text(part.get_payload(decode=True)))
    names = sorted({k for p in pdfs for k in p}) or ["plain"]
    return {n: re.sub(r"\s+", " ", "\n".join(common + [p.get(n, "") for p in pdfs])).strip() for n in names}


def _dob_forms(iso: str):
    d = dt.date.fromisoformat(iso)
    return {f"{d:%d/%m/%Y}", f"{d:%d.%m.%Y}", f"{d:%d-%m-%Y}", f"{d.day} {d:%B} {d.year}",
            f"{d:%d %b %Y}", f"{d:%d-%b-%Y}", f"{d.day} {d:%b} {d.year}", f"{d:%d %B %Y}"}


def verify() -> int:
    from nhs_number import is_valid

    planned = plan()
    expected_labels = labels_for(planned)
    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    errors = []
    if labels != expected_labels:
        errors.append("labels.json differs from the labels embedded in the generator")
    specs = {ident: (kind, s) for ident, kind, s in planned}
    files = sorted(p.name for p in OUT.glob("held-*.eml"))
    if files != sorted(l["file"] for l in labels):
        errors.append("the .eml files on disk do not match labels.json")
    for lab in labels:
        e = lambda m: errors.append(f"{lab['id']}: {m}")  # noqa: E731
        if list(lab) != LABEL_KEYS:
            e(f"label keys {list(lab)}")
        if lab["kind"] not in KINDS:
            e(f"kind {lab['kind']}")
        msg = email.message_from_bytes((OUT / lab["file"]).read_bytes(), policy=email.policy.default)
        sent = email.utils.parsedate_to_datetime(msg["Date"]).astimezone(LONDON)
        if sent.date().isoformat() != (lab["letter_date"] if lab["kind"] == "other" else sent.date().isoformat()):
            e("letter_date of an other message should be its Date header")
        texts = extract_variants(msg)
        cats = [x["category"] for x in lab["expected"]]
        if len(cats) != len(set(cats)):
            e("more than one entry for a category")
        for x in lab["expected"]:
            if x["category"] not in CATEGORIES:
                e(f"unknown category {x['category']}")
            ev = re.sub(r"\s+", " ", x["evidence"]).strip()
            for name, t in texts.items():
                if ev not in t:
                    e(f"evidence not found ({name}): {ev!r}")
        if lab["kind"] == "other":
            if lab["expected"] or lab["urgent_clinical_action"] or lab["patient"]:
                e("other messages carry nothing")
            continue
        kind, spec = specs[lab["id"]]
        text_any = next(iter(texts.values()))
        low = text_any.lower()
        nhs = lab["patient"]["nhs_number"]
        if not (nhs.startswith("999") and is_valid(nhs)):
            e(f"NHS number {nhs} invalid")
        if not any(f in text_any for f in (nhs, spaced(nhs), f"{nhs[:3]}-{nhs[3:6]}-{nhs[6:]}")):
            e("NHS number not in the text")
        if lab["trust"].lower() not in low:
            e("trust name not in the text")
        if lab["clinician"].split()[-1].lower() not in low:
            e("clinician not in the text")
        if lab["patient"]["name"].split()[-1].lower() not in low:
            e("patient surname not in the text")
        if not any(f.lower() in low for f in _dob_forms(lab["patient"]["dob"])):
            e("date of birth not found in a recognised format")
        if lab["letter_date"] > sent.date().isoformat():
            e("letter dated after it was sent")
        # timeliness
        late_c = "late_clinic_letter" in cats
        late_d = "late_discharge_summary" in cats
        ev_date = dt.date.fromisoformat(lab["event_date"]) if lab["event_date"] else None
        if lab["kind"] in ("referral_response", "results") and ev_date:
            e("event_date should be null for referral responses and results")
        if ev_date and ev_date > sent.date():
            e("event after the message was sent")
        if lab["kind"] == "clinic_letter" and ev_date:
            days = (sent.date() - ev_date).days
            if days == 7:
                e("clinic letter sent exactly 7 days after the clinic (ambiguous)")
            if late_c != (days >= 8):
                e(f"late_clinic_letter label disagrees with dates ({days} days)")
        elif lab["kind"] == "discharge_summary" and ev_date:
            days = (sent.date() - ev_date).days
            if days == 1:
                t = spec.get("discharge_time")
                if not t:
                    e("next-day discharge summary without a stated discharge time")
                else:
                    if t not in text_any:
                        e("discharge time not in the text")
                    hh, mm = map(int, t.split(":"))
                    dis = dt.datetime.combine(ev_date, dt.time(hh, mm), tzinfo=LONDON)
                    late = (sent - dis) > dt.timedelta(hours=24)
                    if late_d != late:
                        e("late_discharge_summary disagrees with the 24-hour rule")
            elif late_d != (days >= 2):
                e(f"late_discharge_summary label disagrees with dates ({days} days)")
        if (late_c and lab["kind"] != "clinic_letter") or (late_d and lab["kind"] != "discharge_summary"):
            e("late_* label on the wrong kind")
        if (late_c or late_d) and not ev_date:
            e("late_* label without an event date")
    for err in errors:
        print("FAIL", err)
    print(f"verified {len(labels)} messages: {'OK' if not errors else f'{len(errors)} problem(s)'}")
    return 1 if errors else 0


def summary():
    from collections import Counter
    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    kinds = Counter(l["kind"] for l in labels)
    cats = Counter(x["category"] for l in labels for x in l["expected"])
    fmts = Counter(s["fmt"] for s in LETTERS)
    trusts = Counter(l["trust"] for l in labels if l["trust"])
    neg = sum(1 for l in labels if l["kind"] != "other" and not l["expected"])
    urg = [l for l in labels if l["urgent_clinical_action"]]
    print("kinds:", dict(kinds))
    print("categories:", dict(sorted(cats.items())))
    print("letter formats:", dict(fmts))
    print("trusts:", dict(trusts))
    print(f"letters with no category: {neg}; urgent: {len(urg)} "
          f"(no category: {sum(1 for l in urg if not l['expected'])})")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--verify-only", action="store_true", help="only verify what is on disk")
    args = ap.parse_args(argv)
    if not args.verify_only:
        build()
    rc = verify()
    summary()
    return rc


if __name__ == "__main__":
    sys.exit(main())
