"""Shared machinery for the held-out corpus builders (make_fifteenth.py to make_thirtieth.py).

Each builder keeps its own content (providers, letters, other messages, cover notes, house styles) and
whatever rendering is its own; this module holds the parts that must behave the same in every corpus:
patient identities, message headers, the numbering and labelling of items, the build loop and the checks
that a built folder agrees with its labels.  Keeping them in one place means a fix to, say, the lateness
rule or the evidence check reaches every corpus at once instead of drifting between copies.

It also holds the renderers that several builders had copied word for word and that differ between
corpora only in a colour, a phrase or a flag (HTML blocks and page frame, the plain-text view of markup,
the non-letter messages, the spread-of-categories checks): those take what differs as parameters, so a
house style stays in its builder while the mechanics are written once.

From make_twentysecond.py on, a builder also hands its frame to a Corpus (folder, tag, practice, providers,
cover notes): it records its letters and other messages there and keeps only its content, house styles and
the promises that are its own, while the build, the checks every such corpus makes and the command line are
written once.

The builders put this folder on sys.path before importing, so the make_third helpers resolve here too.
"""
from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import html
import json
import random
import re
import textwrap
from collections import Counter
from collections.abc import Callable, Iterable
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path

from make_third import (
    CATEGORIES,
    KINDS,
    LONDON,
    collapse,
    docx_text,
    london,
    make_docx,
    make_pdf,
    nhs,
    parse_markup,
    pdfium_text,
    spaced,
)

Item = tuple[str, dict, dt.datetime]  # ("L" letter | "O" other, its dict, its sent time in London)
PdfMaker = Callable[[dict, dict, str, dt.datetime, str], bytes]  # a builder's PDF of (L, p, title, sent, ref)

LABEL_KEYS = ["id", "file", "kind", "trust", "specialty", "clinician", "patient", "event_date", "letter_date",
              "expected", "urgent_clinical_action", "notes"]
LATE = ("late_clinic_letter", "late_discharge_summary")
LATE_FOR_KIND = {"clinic_letter": "late_clinic_letter", "discharge_summary": "late_discharge_summary"}
BULK_TYPES = ("bulletin", "html_bulletin", "massmail")  # 'other' types that must carry List-Id
AUTO_TYPES = ("ooo", "dsn")  # 'other' types that must carry Auto-Submitted
DOCX_TYPE = "vnd.openxmlformats-officedocument.wordprocessingml.document"
DOCTYPES = {"clinic_letter": "clinic letter", "discharge_summary": "discharge summary",  # cover-note words
            "referral_response": "referral response", "results": "results letter",
            "ed_letter": "attendance letter"}
FORMATS = {"plain", "html", "pdf", "docx"}  # the letter formats a Corpus must use
HERE = Path(__file__).resolve().parent


# ------------------------------------------------------------------ patients and letters

def patient(name: str, body6: str, dob: str) -> dict:
    """A patient with the first valid test-range NHS number at or after body6.

    Not every six-digit body has a valid Modulus 11 check digit; stepping forward keeps the number close to
    the one written in the builder while staying deterministic.
    """
    n = int(body6)
    while True:
        try:
            return {"name": name, "nhs_number": nhs(f"{n:06d}"), "dob": dob}
        except ValueError:
            n += 1


def dmy(iso: str) -> str:
    """ISO date as UK letters write it (dd/mm/yyyy), so checks can look for it in extracted text."""
    return dt.date.fromisoformat(iso).strftime("%d/%m/%Y")


def idline(pt: dict) -> str:
    """The usual patient banner line, the form most trusts print under the letterhead."""
    return f"Patient: {pt['name']} | DOB: {dmy(pt['dob'])} | NHS No: {spaced(pt['nhs_number'])}"


def letter_defaults(kw: dict) -> dict:
    """Fill in the letter fields most letters leave out, so labelling, checks and rendering can read them
    directly (opts holds a builder's rendering options; most letters have none)."""
    kw.setdefault("opts", {})
    kw.setdefault("exp", [])
    kw.setdefault("urgent", False)
    kw.setdefault("ev_time", None)
    kw.setdefault("ev", None)
    return kw


EVIDENCE = re.compile(r"\[\[(\w+): (.+?)\]\]")  # [[category: words]], evidence written inline


def inline_evidence(kw: dict) -> dict:
    """Take a letter's evidence written inline as [[category: words]] in its covering note (opts "cover") and
    then its body: the brackets come out and the words are labelled in order of appearance, so every piece of
    evidence is verbatim by construction.  late= gives the wording that states the clinic or discharge date of
    a late letter."""
    found = []
    opts = kw.setdefault("opts", {})
    if "cover" in opts:
        found += EVIDENCE.findall(opts["cover"])
        opts["cover"] = EVIDENCE.sub(lambda m: m.group(2), opts["cover"])
    found += EVIDENCE.findall(kw["body"])
    kw["body"] = EVIDENCE.sub(lambda m: m.group(2), kw["body"])
    late = kw.pop("late", None)
    kw["exp"] = found + ([(LATE_FOR_KIND[kw["kind"]], late)] if late else [])
    return kw


# ------------------------------------------------------------------ building messages

def message_id(sent: dt.datetime, key: str, domain: str, tag: str) -> str:
    """A fixed Message-ID (send time, item key, corpus tag) so rebuilds are byte-identical."""
    return f"<{sent.strftime('%Y%m%d%H%M%S')}.{key}.{tag}@{domain}>"


def domain_of(address: str) -> str:
    """The domain of 'Name <user@domain>' or 'user@domain'."""
    return address.split("@")[-1].rstrip(">")


def new_message(frm: str, to: str, subject: str, sent: dt.datetime, msg_id: str) -> EmailMessage:
    """A message with the envelope headers every corpus item has, in the order the corpora were built with."""
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = email.utils.format_datetime(sent)
    msg["Message-ID"] = msg_id
    return msg


def mark_bulk(msg: EmailMessage, list_id: str, domain: str) -> None:
    """Mailing-list headers: the signals a triage rule should use to treat the message as bulk."""
    msg["List-Id"] = list_id
    msg["List-Unsubscribe"] = f"<mailto:unsubscribe@{domain}>"
    msg["Precedence"] = "bulk"


def mark_auto_reply(msg: EmailMessage) -> None:
    """Out-of-office headers, as Exchange/NHSmail set them on automatic replies."""
    msg["Auto-Submitted"] = "auto-replied"
    msg["X-Auto-Response-Suppress"] = "All"


def make_delivery_report(msg: EmailMessage, body: str, status: EmailMessage, boundary: str,
                         report_type: str = "delivery-status") -> None:
    """Turn msg into a multipart/report: readable body plus a status part, with a fixed boundary.

    A bounce by default; report_type="disposition-notification" makes a read receipt (MDN), which mail
    systems send with the same structure.  The boundary is fixed (not random) so the bytes do not depend
    on the random seed.
    """
    msg["Auto-Submitted"] = "auto-replied"
    msg.set_content(body)
    msg.make_mixed()
    msg.attach(status)
    msg.replace_header("Content-Type", f'multipart/report; report-type="{report_type}"; boundary="{boundary}"')
    msg.set_boundary(boundary)


def letter_message(L: dict, p: dict, to: str, tag: str, *, provider_domain: bool = False) -> EmailMessage:
    """The envelope of a letter: sent by provider p's letter system (which stamps its X-Mailer) or, when
    L["opts"] has "from", by a person writing directly (a secretary, a consultant), whose mail has none.

    The Message-ID takes the sending address's domain.  provider_domain=True gives mail from the letter
    system p["domain"] instead, as make_sixteenth.py was first built (one of its providers sends from
    nhs.net but has its own domain); the flag keeps that corpus byte-identical.
    """
    opts = L["opts"]
    frm = opts.get("from", p["sender"])
    dom = p["domain"] if provider_domain and "from" not in opts else domain_of(frm)
    sent = london(L["sent"])
    msg = new_message(frm, to, L["subject"], sent, message_id(sent, L["key"], dom, tag))
    if "from" not in opts:
        msg["X-Mailer"] = p["mailer"]
    return msg


def attach_letter(msg: EmailMessage, L: dict, p: dict, *, cover: str, doctype: str, title: str,
                  ref: str, extra: Iterable[tuple[str, str, str]] = (), pdf: PdfMaker | None = None) -> None:
    """Cover note in the body and the letter itself as a PDF or DOCX named <ref>_<yyyymmdd> (attach_files)."""
    msg.set_content(cover.format(doctype=doctype, dept=L["dept"], trust=p["name"], ref=ref))
    attach_files(msg, L, p, title=title, ref=ref, extra=extra, pdf=pdf)


def attach_files(msg: EmailMessage, L: dict, p: dict, *, title: str, ref: str, filename: str | None = None,
                 extra: Iterable[tuple[str, str, str]] = (), pdf: PdfMaker | None = None) -> None:
    """The letter itself as a PDF or DOCX named <ref>_<yyyymmdd> (or filename, given whole), then extra PDFs.

    extra lists further PDFs (filename, markup, title) in the same letterhead, the way a trust sends a
    results sheet or care plan alongside the letter.  pdf(L, p, title, sent, ref) renders the letter's PDF
    in a builder's own layout instead of make_pdf's.
    """
    blocks = parse_markup(L["body"])
    sent = london(L["sent"])
    fname = filename or f"{ref}_{L['sent'][:10].replace('-', '')}.{L['fmt']}"
    if L["fmt"] == "pdf":
        data = pdf(L, p, title, sent, ref) if pdf else make_pdf(p, L["dept"], blocks, title, sent)
        msg.add_attachment(data, maintype="application", subtype="pdf", filename=fname)
    elif L["fmt"] == "docx":
        msg.add_attachment(make_docx(p, L["dept"], blocks, title, sent), maintype="application",
                           subtype=DOCX_TYPE, filename=fname)
    else:
        raise ValueError(L["fmt"])
    for xname, xbody, xtitle in extra:
        msg.add_attachment(make_pdf(p, L["dept"], parse_markup(xbody), xtitle, sent), maintype="application",
                           subtype="pdf", filename=xname)


def set_html(msg: EmailMessage, page: str, plain: str | None = None) -> None:
    """An HTML body; with plain, a multipart/alternative whose text part comes first, as Outlook sends it,
    so corpora hold both the HTML-only and the two-part shape the pipeline must read."""
    if plain is None:
        msg.set_content(page, subtype="html")
    else:
        msg.set_content(plain)
        msg.add_alternative(page, subtype="html")


# ------------------------------------------------------------------ rendering markup

def html_blocks(blocks: list, *, heading: str, cell: str, header: bool = False, label_col: bool = False) -> str:
    """parse_markup blocks as HTML.  heading is the house template for a heading ({} takes the escaped text)
    and cell the attributes of every table cell; header makes the first row, label_col the first column,
    <th> cells (a form laid out as label | value)."""
    out = []
    for kind, data in blocks:
        if kind == "h":
            out.append(heading.format(html.escape(data)))
        elif kind == "p":
            out.append("<p>" + "<br>\n".join(html.escape(x) for x in data) + "</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{html.escape(x)}</li>" for x in data) + "</ul>")
        elif kind == "ol":
            out.append("<ol>" + "".join(f"<li>{html.escape(re.sub(r'^[0-9]+[.)] ', '', x))}</li>"
                                        for x in data) + "</ol>")
        elif kind == "table":
            rows = []
            for i, r in enumerate(data):
                cells = []
                for j, c in enumerate(r):
                    tag = "th" if (header and i == 0) or (label_col and j == 0) else "td"
                    cells.append(f"<{tag} {cell}>{html.escape(c)}</{tag}>")
                rows.append("<tr>" + "".join(cells) + "</tr>")
            out.append('<table cellspacing="0" style="border-collapse:collapse">\n' + "\n".join(rows) + "\n</table>")
    return "\n".join(out)


def table_letterhead(p: dict, dept: str, marking: str) -> str:
    """A letterhead laid out as a two-cell table (protective marking left, provider and department right),
    the form several trusts' HTML letters share; marking is the house's own wording."""
    return (f'<table width="100%"><tr><td style="font-size:8pt;color:#666">{marking}</td>'
            f'<td align="right"><b>{html.escape(p["name"])}</b><br>{html.escape(dept)}<br>'
            f'{html.escape(p["site"])}<br>Tel {html.escape(p["phone"])}</td></tr></table><hr>')


def html_page(title: str, top: str, body: str, *, font: str, footer: str) -> str:
    """A whole HTML letter: head with title and font, the letterhead (top), the body and a small footer line.
    Only the font and the footer's wording differ between houses."""
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>' + html.escape(title) + "</title>"
            "<style>body{font-family:" + font + ";font-size:10pt}</style></head>\n<body>\n" + top + "\n"
            + body + f'\n<p style="font-size:8pt;color:#777">{footer}</p>\n</body></html>\n')


def house_page(L: dict, p: dict, blocks: list, *, heading: str, cell: str, font: str, footer: str,
               marking: str = "", top: str | None = None) -> str:
    """A letter's HTML in one house's style: its letterhead (top, or the two-cell table with the house's
    marking), its heading and cell styles (L["opts"] may ask for a header row or a label column) and the page
    frame in its font with its footer."""
    get = L["opts"].get
    blocks_html = html_blocks(blocks, heading=heading, cell=cell, header=get("header", False),
                              label_col=get("label_col", False))
    return html_page(L["dept"], table_letterhead(p, L["dept"], marking) if top is None else top, blocks_html,
                     font=font, footer=footer)


def markup_to_plain(blocks: list) -> str:
    """The text part of an HTML letter: headings in capitals, list items and table rows one to a line, so the
    alternative carries the same words (evidence is checked in every part)."""
    out = []
    for kind, data in blocks:
        if kind == "h":
            out.append(data.upper())
        elif kind == "p":
            out.append("\n".join(data))
        elif kind in ("ul", "ol"):
            out.append("\n".join(("- " + x) if kind == "ul" else x for x in data))
        elif kind == "table":
            out.append("\n".join(" | ".join(r) for r in data))
    return "\n\n".join(out) + "\n"


def wrap_plain(text: str, width: int = 76) -> str:
    """Hand-typed text as a mail client sends it: short lines kept, a long one filled to width with its indent
    (and a list dash) hanging.  text comes already dedented (and, where a builder reflows prose, reflowed)."""
    out = []
    for x in text.split("\n"):
        if len(x) > width:
            ind = re.match(r"\s*(- )?", x).group()
            out.append(textwrap.fill(x, width=width, break_long_words=False, break_on_hyphens=False,
                                     subsequent_indent=" " * len(ind)))
        else:
            out.append(x)
    return "\n".join(out) + "\n"


def typed_text(body: str) -> str:
    """A hand-typed letter wrapped as a mail client would (not reflowed: lines break where they were typed)."""
    return wrap_plain(textwrap.dedent(body).strip("\n"))


def letter_bytes(msg: EmailMessage, L: dict, p: dict, *, text: Callable[[str], str],
                 page: Callable[[list], str], cover: str, doctype: str, ref: str,
                 pdf: PdfMaker | None = None) -> bytes:
    """Fill in a letter's body by its format and return the message's bytes: plain text (through the builder's
    text function), HTML (page renders the parsed markup; L["opts"]["alt"] adds a text alternative) or an
    attached PDF/DOCX (L["opts"] may override the cover note and add extra PDFs; pdf renders the PDF)."""
    opts = L["opts"]
    if L["fmt"] == "plain":
        msg.set_content(text(L["body"]))
    elif L["fmt"] == "html":
        blocks = parse_markup(L["body"])
        set_html(msg, page(blocks), text(markup_to_plain(blocks)) if opts.get("alt") else None)
    else:
        attach_letter(msg, L, p, cover=opts.get("cover", cover), doctype=doctype, title=f"{doctype.title()} {ref}",
                      ref=ref, extra=opts.get("extra", []), pdf=pdf)
    return msg.as_bytes(policy=email.policy.SMTP)


# ------------------------------------------------------------------ non-letter messages

def dsn_status(rcpt: str) -> EmailMessage:
    """The message/delivery-status part of a bounce for one unknown recipient (5.1.1): a per-message and a
    per-recipient header block, the way NHSmail's relay writes them."""
    per_msg, per_rcpt = EmailMessage(), EmailMessage()
    per_msg["Reporting-MTA"] = "dns; mail.nhs.net"
    per_rcpt["Final-Recipient"] = f"rfc822; {rcpt}"
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = "5.1.1"
    status = EmailMessage()
    status["Content-Type"] = "message/delivery-status"
    status.set_payload([per_msg, per_rcpt])
    return status


def set_other_body(msg: EmailMessage, o: dict) -> None:
    """The body of a non-letter: HTML for an HTML mailing, plain text otherwise."""
    if o["type"] == "html_bulletin":
        msg.set_content(o["body"], subtype="html")
    else:
        msg.set_content(o["body"])


def other_message(o: dict, to: str, tag: str, *, bulk_types: Iterable[str] = BULK_TYPES,
                  set_body: Callable[[EmailMessage, dict], None] = set_other_body) -> bytes:
    """One non-letter message with the headers that mark it: List-Id and Precedence on bulk types, the
    auto-reply headers on 'ooo', a multipart/report bounce (to o["rcpt"]) on 'dsn'.

    bulk_types lets a corpus mark more of its types as bulk (surveys); set_body lets one choose charsets and
    transfer encodings itself.
    """
    sent = london(o["sent"])
    dom = domain_of(o["frm"])
    msg = new_message(o["frm"], to, o["subject"], sent, message_id(sent, o["key"], dom, tag))
    t = o["type"]
    if t in bulk_types:
        mark_bulk(msg, f"GP practices <gp-practices.{dom}>", dom)
    elif t == "ooo":
        mark_auto_reply(msg)
    if t == "dsn":
        make_delivery_report(msg, o["body"], dsn_status(o["rcpt"]), f"{tag}dsn{o['key']}")
    else:
        set_body(msg, o)
    return msg.as_bytes(policy=email.policy.SMTP)


# ------------------------------------------------------------------ numbering, labels, build

def all_items(letters: Iterable[dict], others: Iterable[dict]) -> list[Item]:
    """Letters and other messages in send order (key breaks ties): the order that numbers the files."""
    items = [("L", L, london(L["sent"])) for L in letters] + [("O", o, london(o["sent"])) for o in others]
    items.sort(key=lambda t: (t[2], t[1]["key"]))
    return items


def label_for(kind: str, item: dict, num: int, prefix: str, prov: dict) -> dict:
    """The labels.json entry for one item; 'other' messages get the null label so every entry has all keys."""
    mid = f"{prefix}-{num:03d}"
    if kind == "L":
        return {
            "id": mid, "file": mid + ".eml", "kind": item["kind"], "trust": prov[item["prov"]]["name"],
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


def build_corpus(out: Path, prefix: str, items: list[Item], prov: dict,
                 build_letter: Callable[[dict], bytes], build_other: Callable[[dict], bytes]) -> None:
    """Write <prefix>-NNN.eml for every item plus labels.json, replacing any earlier build."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob(f"{prefix}-*.eml"):
        old.unlink()
    labels = []
    for num, (kind, item, _sent) in enumerate(items, 1):
        random.seed(f"{prefix}-{item['key']}")  # MIME boundaries are drawn from random
        data = build_letter(item) if kind == "L" else build_other(item)
        lab = label_for(kind, item, num, prefix, prov)
        (out / lab["file"]).write_bytes(data)
        labels.append(lab)
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(labels)} messages to {out}")


def load_labels(out: Path) -> list[dict]:
    """labels.json of a built corpus."""
    return json.loads((out / "labels.json").read_text(encoding="utf-8"))


def load_message(out: Path, lab: dict) -> EmailMessage:
    """The built .eml behind a label, parsed as a modern EmailMessage."""
    return email.message_from_bytes((out / lab["file"]).read_bytes(), policy=email.policy.default)


# ------------------------------------------------------------------ reading messages back

class _HTMLText(HTMLParser):
    """HTML to text: block elements and table cells break lines; head/script/style dropped."""
    BLOCK = {"p", "div", "br", "tr", "td", "th", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6",
             "hr", "title"}
    SKIP = {"head", "script", "style"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(s: str) -> str:
    """Readable text of an HTML body, so evidence in HTML letters can be found like plain text."""
    h = _HTMLText()
    h.feed(s)
    h.close()
    return "".join(h.parts)


def extract_texts(msg: EmailMessage, *, bodies: bool = True, files: bool = True) -> list[str]:
    """The text of every readable part (plain, HTML, PDF, DOCX), as the pipeline would see it; bodies=False
    leaves out the message's own text (plain and HTML parts without a filename), files=False the files."""
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fname = (part.get_filename() or "").lower()
        if ctype in ("text/plain", "text/html") and not fname:
            if bodies:
                out.append(part.get_content() if ctype == "text/plain" else html_text(part.get_content()))
        elif not files:
            continue
        elif ctype == "application/pdf" or fname.endswith(".pdf"):
            out.append(pdfium_text(part.get_payload(decode=True)))
        elif fname.endswith(".docx"):
            out.append(docx_text(part.get_payload(decode=True), headers=False))
    return out


def letter_texts(msg: EmailMessage) -> list[str]:
    """The pipeline's texts plus the page headers of Word attachments, where the letterhead sits (for checks
    that look for the trust or the patient banner)."""
    texts = extract_texts(msg)
    for part in msg.walk():
        if (part.get_filename() or "").lower().endswith(".docx"):
            texts.append(docx_text(part.get_payload(decode=True), headers=True))
    return texts


# ------------------------------------------------------------------ verification

def nhs_valid(n: str | None) -> bool:
    """True for a 999 test-range NHS number with a correct Modulus 11 check digit."""
    if not re.fullmatch(r"999\d{7}", n or ""):
        return False
    chk = 11 - sum(int(c) * (10 - i) for i, c in enumerate(n[:9])) % 11
    chk = 0 if chk == 11 else chk
    return chk != 10 and chk == int(n[9])


def clinic_days(ev: str, sent: dt.datetime) -> int:
    """Calendar days (London time) from the clinic date to the day the letter was sent."""
    return (sent.astimezone(london("2031-01-01 00:00").tzinfo).date() - dt.date.fromisoformat(ev)).days


def is_late(kind: str, ev: str, ev_time: str | None, sent: dt.datetime) -> bool:
    """Clinic letter: more than 7 calendar days after the clinic.  Discharge summary: more than 24 h after the
    discharge (a time is needed when the summary goes out the next day; with no time, count from day end)."""
    if kind == "clinic_letter":
        return clinic_days(ev, sent) > 7
    start = london(f"{ev} {ev_time or '00:00'}")
    if ev_time is None:
        days = (sent.astimezone(start.tzinfo).date() - start.date()).days
        assert days != 1, "next-day discharge summary needs a discharge time"
        start += dt.timedelta(days=1)
    return sent - start > dt.timedelta(hours=24)


def check_folder(out: Path, labels: list[dict], items: list[Item]) -> list[str]:
    """The folder holds exactly the labelled files, one per item."""
    errors = []
    if sorted(p.name for p in out.glob("*.eml")) != sorted(lab["file"] for lab in labels):
        errors.append("eml files and labels differ")
    if len(labels) != len(items):
        errors.append("label count differs from items")
    return errors


def check_evidence(lid: str, lab: dict, texts: list[str], seen_ev: set[str]) -> list[str]:
    """Every expected finding has a known category and its evidence appears verbatim (whitespace-folded) in
    the message; evidence is not reused across letters (lateness evidence may repeat)."""
    errors = []
    cats = [e["category"] for e in lab["expected"]]
    if len(cats) != len(set(cats)):
        errors.append(f"{lid}: duplicate category")
    for e in lab["expected"]:
        if e["category"] not in CATEGORIES:
            errors.append(f"{lid}: bad category {e['category']}")
        ev = collapse(e["evidence"])
        if not any(ev in t for t in texts):
            errors.append(f"{lid}: evidence missing: {ev!r}")
        if e["category"] not in LATE:
            if ev in seen_ev:
                errors.append(f"{lid}: duplicate evidence")
            seen_ev.add(ev)
    return errors


def check_other(lid: str, lab: dict, item: dict, msg: EmailMessage) -> list[str]:
    """A non-letter has no findings or letter metadata and carries the headers that mark it as bulk/auto."""
    errors = []
    if lab["expected"] or lab["urgent_clinical_action"] or lab["trust"] or lab["patient"]["nhs_number"]:
        errors.append(f"{lid}: other with findings or metadata")
    hdrs = {k.lower() for k in msg}
    if item["type"] in BULK_TYPES and "list-id" not in hdrs:
        errors.append(f"{lid}: bulk mail without List-Id")
    if item["type"] in AUTO_TYPES and "auto-submitted" not in hdrs:
        errors.append(f"{lid}: auto message without Auto-Submitted")
    return errors


def check_patient(lid: str, lab: dict, texts: list[str]) -> list[str]:
    """The labelled patient and clinician are really in the letter, so identity extraction can be scored."""
    errors = []
    pt = lab["patient"]
    alltext = " ".join(texts)
    if not nhs_valid(pt["nhs_number"]):
        errors.append(f"{lid}: invalid NHS number {pt['nhs_number']}")
    if pt["nhs_number"] not in re.sub(r"\D", "", alltext):
        errors.append(f"{lid}: NHS number not in text")
    if pt["name"].split()[-1].lower() not in alltext.lower():
        errors.append(f"{lid}: patient surname not in text")
    if dmy(pt["dob"]) not in alltext:
        errors.append(f"{lid}: DOB not in text")
    if lab["clinician"].split()[-1].lower() not in alltext.lower():
        errors.append(f"{lid}: clinician not in text")
    return errors


def check_lateness(lid: str, lab: dict, item: dict, sent: dt.datetime) -> list[str]:
    """Late-letter labels sit only on the right kind of letter and agree with the dates in the label."""
    errors = []
    cats = {e["category"] for e in lab["expected"]}
    if lab["kind"] in ("referral_response", "results") and lab["event_date"] is not None:
        errors.append(f"{lid}: event_date should be null")
    lc = LATE_FOR_KIND.get(lab["kind"])
    for other_lc in LATE:
        if other_lc in cats and other_lc != lc:
            errors.append(f"{lid}: {other_lc} on a {lab['kind']}")
    if lc and lab["event_date"]:
        if sent.date() < dt.date.fromisoformat(lab["event_date"]):
            errors.append(f"{lid}: sent before the event")
        try:
            late = is_late(lab["kind"], lab["event_date"], item["ev_time"], sent)
        except AssertionError as exc:
            errors.append(f"{lid}: {exc}")
        else:
            if late != (lc in cats):
                errors.append(f"{lid}: lateness {late} disagrees with labels")
    elif lc in cats:
        errors.append(f"{lid}: late label without event_date")
    return errors


def check_letter_content(lid: str, lab: dict, item: dict, alltext: str) -> list[str]:
    """Cross-checks of a letter against its label that some corpora promise: the event date and the labelled
    trust (a leading 'The' may be dropped) appear in the letter's text (alltext, whitespace-folded), the letter
    date lies between the event and the sending, and lateness evidence states the event date."""
    errors = []
    if lab["event_date"] and dmy(lab["event_date"]) not in alltext:
        errors.append(f"{lid}: event date not in letter")
    if lab["trust"].removeprefix("The ").lower() not in alltext.lower():
        errors.append(f"{lid}: trust name not in letter")
    if lab["letter_date"] > item["sent"][:10] or (lab["event_date"] or "") > lab["letter_date"]:
        errors.append(f"{lid}: letter date out of order")
    for e in lab["expected"]:
        if e["category"] in LATE and dmy(lab["event_date"]) not in e["evidence"]:
            errors.append(f"{lid}: lateness evidence does not state the event date")
    return errors


def check_letter_form(lid: str, lab: dict, item: dict) -> list[str]:
    """Form checks some corpora promise: the clinician is a title and a name only, and a discharge summary
    states its discharge time."""
    errors = []
    if not re.fullmatch(r"(Dr|Mr|Mrs|Ms|Miss|Prof) [A-Z][a-z]+( [A-Z][A-Za-z'-]+)+", lab["clinician"]):
        errors.append(f"{lid}: clinician should be title and name only")
    if lab["kind"] == "discharge_summary" and not item["ev_time"]:
        errors.append(f"{lid}: discharge summary without a discharge time")
    return errors


def check_one_sentence(lid: str, lab: dict) -> list[str]:
    """Every piece of evidence is a single sentence."""
    return [f"{lid}: evidence is more than one sentence" for e in lab["expected"]
            if "\n" in e["evidence"] or re.search(r"[.!?] [A-Z]", e["evidence"])]


def check_own_lateness(lid: str, lab: dict, late: bool | None) -> list[str]:
    """A builder's own, independent lateness reckoning (None: not a late-able letter) agrees with the labels."""
    lc = LATE_FOR_KIND.get(lab["kind"])
    if late is not None and late != (lc in {e["category"] for e in lab["expected"]}):
        return [f"{lid}: own lateness reckoning {late} disagrees with labels"]
    return []


def reckon_late(lab: dict, item: dict, sent: dt.datetime, tz: dt.tzinfo) -> bool | None:
    """Lateness worked out a second way, apart from is_late, for check_own_lateness: more than 7 calendar days
    in tz after the clinic, more than 24 real hours after the stated discharge time (read in tz); None for a
    letter that cannot be late."""
    ev = lab["event_date"]
    if lab["kind"] == "clinic_letter":
        return sent.astimezone(tz).date() > dt.date.fromisoformat(ev) + dt.timedelta(days=7)
    if lab["kind"] != "discharge_summary":
        return None
    start = dt.datetime.fromisoformat(f"{ev} {item['ev_time']}").replace(tzinfo=tz)
    return sent - start > dt.timedelta(hours=24)


def check_window(labels: list[dict], items: list[Item], first: str, last: str, utc_hours: int) -> list[str]:
    """Every Date falls between first and last (ISO dates, inclusive) and carries the one UTC offset the
    window implies, so a corpus meant to be all BST (or all GMT) cannot drift across a clock change."""
    zone = {0: "GMT", 1: "BST"}.get(utc_hours, f"UTC+{utc_hours}")
    errors = []
    for lab, (_kind, _item, isent) in zip(labels, items, strict=False):
        if isent.utcoffset() != dt.timedelta(hours=utc_hours):
            errors.append(f"{lab['id']}: Date not in {zone}")
        if not (first <= isent.date().isoformat() <= last):
            errors.append(f"{lab['id']}: date outside {first}..{last}")
    return errors


def check_spread(labels: list[dict], *, min_uses: int = 2, urgent: tuple[int, int] = (2, 3),
                 others: int | None = None) -> list[str]:
    """Every category is used at least min_uses times (one letter per category scores nothing reliably),
    the number of urgent letters is within urgent, and (when given) exactly `others` items are not letters."""
    errors = []
    seen = Counter(e["category"] for lab in labels for e in lab["expected"])
    missing = CATEGORIES - set(seen)
    if missing:
        errors.append(f"categories never used: {sorted(missing)}")
    thin = sorted(c for c, n in seen.items() if n < min_uses)
    if thin:
        errors.append(f"categories used fewer than {min_uses} times: {thin}")
    lo, hi = urgent
    if not lo <= sum(lab["urgent_clinical_action"] for lab in labels) <= hi:
        errors.append(f"expected {lo}-{hi} urgent letters")
    if others is not None and sum(lab["kind"] == "other" for lab in labels) != others:
        errors.append(f"expected {others} 'other' messages")
    return errors


def check_negatives(labels: list[dict], *, not_urgent: bool = False) -> list[str]:
    """At least a third of the letters are hard negatives: no findings (and, with not_urgent, not urgent)."""
    letters = [lab for lab in labels if lab["kind"] != "other"]
    quiet = sum(1 for lab in letters
                if not lab["expected"] and not (not_urgent and lab["urgent_clinical_action"]))
    return [f"only {quiet} of {len(letters)} letters are hard negatives"] if quiet * 3 < len(letters) else []


def check_late_counts(labels: list[dict], least: int) -> list[str]:
    """At least `least` late letters of each kind (late clinic letters and late discharge summaries)."""
    seen = Counter(e["category"] for lab in labels for e in lab["expected"])
    return [f"fewer than {least} {c}" for c in LATE if seen[c] < least]


def sent_after(labels: list[dict], items: list[Item], *,
               tz: dt.tzinfo | None = None) -> tuple[list[int], list[float]]:
    """How long after the event the letters that can be late went out, for checks that some sit near the
    limits: clinic letters in calendar days (London), discharge summaries in hours after discharge.  tz, when
    given, reads the discharge time in tz and counts real hours in UTC (right across a clock change)."""
    days, hours = [], []
    for lab, (kind, item, sent) in zip(labels, items, strict=True):
        if kind != "L" or not lab["event_date"]:
            continue
        if lab["kind"] == "clinic_letter":
            days.append((sent.date() - dt.date.fromisoformat(lab["event_date"])).days)
        elif lab["kind"] == "discharge_summary":
            start = f"{lab['event_date']} {item['ev_time']}"
            gap = (sent - london(start) if tz is None else sent.astimezone(dt.UTC)
                   - dt.datetime.fromisoformat(start).replace(tzinfo=tz).astimezone(dt.UTC))
            hours.append(gap.total_seconds() / 3600)
    return days, hours


def check_labels(out: Path, prefix: str, labels: list[dict], items: list[Item]) -> list[str]:
    """Per-message checks shared by every corpus: numbering, label shape, Date header, evidence, identity
    and lateness."""
    errors = check_folder(out, labels, items)
    seen_ev: set[str] = set()
    for num, (lab, (_kind, item, isent)) in enumerate(zip(labels, items, strict=False), 1):
        lid = lab["id"]
        if lid != f"{prefix}-{num:03d}" or lab["file"] != lid + ".eml":
            errors.append(f"{lid}: id/file mismatch")
        if list(lab) != LABEL_KEYS:
            errors.append(f"{lid}: label keys")
        if lab["kind"] not in KINDS:
            errors.append(f"{lid}: bad kind {lab['kind']}")
        msg = load_message(out, lab)
        sent = email.utils.parsedate_to_datetime(msg["Date"])
        if sent != isent or sent.utcoffset() != isent.utcoffset():
            errors.append(f"{lid}: Date header {msg['Date']} wrong")
        texts = [collapse(t) for t in extract_texts(msg)]
        errors += check_evidence(lid, lab, texts, seen_ev)
        if lab["kind"] == "other":
            errors += check_other(lid, lab, item, msg)
            continue
        errors += check_patient(lid, lab, texts)
        errors += check_lateness(lid, lab, item, sent)
    return errors


def verify_corpus(out: Path, prefix: str, items: list[Item],
                  corpus_checks: Callable[[list[dict], list[Item]], list[str]] | None = None) -> bool:
    """Run the shared checks plus the builder's own corpus-level ones; print the outcome, return success."""
    labels = load_labels(out)
    errors = check_labels(out, prefix, labels, items)
    if corpus_checks:
        errors += corpus_checks(labels, items)
    if errors:
        print("\n".join(errors))
        print(f"VERIFY FAILED: {len(errors)} problem(s)")
        return False
    print(f"verified {len(labels)} messages OK")
    return True


def print_summary(out: Path, *, formats: Counter | None = None, negatives: str = "negatives") -> None:
    """A few counts to eyeball after a build: kinds, categories, (formats), letters, negatives, urgent."""
    labels = load_labels(out)
    print("kinds", dict(Counter(lab["kind"] for lab in labels)))
    print("categories", dict(sorted(Counter(e["category"] for lab in labels for e in lab["expected"]).items())))
    if formats is not None:
        print("formats", dict(formats))
    letters = [lab for lab in labels if lab["kind"] != "other"]
    print("letters", len(letters), negatives, sum(1 for lab in letters if not lab["expected"]),
          "urgent", sum(lab["urgent_clinical_action"] for lab in letters))


def format_counts(items: list[Item]) -> Counter:
    """How many letters of each format and 'other' messages of each type, for print_summary."""
    return Counter(item["fmt"] if k == "L" else "other:" + item["type"] for k, item, _ in items)


def main(argv: list[str], build: Callable[[], None], verify: Callable[[], bool],
         summary: Callable[[], None]) -> int:
    """Build (unless --verify-only), verify, summarise; exit status 1 when verification fails."""
    if "--verify-only" not in argv:
        build()
    ok = verify()
    summary()
    return 0 if ok else 1


# ------------------------------------------------------------------ a newer corpus's frame

class Corpus:
    """The frame of a corpus built from make_twentysecond.py on: its folder (named prefix, beside this
    file), Message-ID tag (whose capitals start each attachment's reference), the practice it writes to, its
    providers and cover notes (one for all, or one per provider key), the window its dates fall in with their
    one UTC offset, and the letters and other messages its builder records with letter() and other().
    pdf(L, p, title, sent, ref), when given, draws its PDF letters in its own layout (attach_files).

    run() builds, verifies and summarises as every such corpus does; the builder passes its house style
    (house(L, p) gives house_page's keywords) and its own checks, which start from self.checks().
    """

    def __init__(self, prefix: str, tag: str, to: str, prov: dict, *, cover: str | dict[str, str],
                 window: tuple[str, str], utc_hours: int, tz: dt.tzinfo = LONDON,
                 doctypes: dict[str, str] = DOCTYPES, pdf: PdfMaker | None = None) -> None:
        self.out, self.prefix, self.tag, self.to, self.prov = HERE / prefix, prefix, tag, to, prov
        self.cover, self.doctypes, self.pdf = cover, doctypes, pdf
        self.window, self.utc_hours, self.tz = window, utc_hours, tz
        self.letters: list[dict] = []
        self.others: list[dict] = []

    def letter(self, **kw) -> None:
        """Record a letter (the fields it leaves out filled in by letter_defaults)."""
        self.letters.append(letter_defaults(kw))

    def other(self, **kw) -> None:
        """Record a message that is not a letter."""
        self.others.append(kw)

    def ref(self, L: dict) -> str:
        """A letter's reference (the tag's capitals and its key), which names its attachment."""
        return f"{self.tag.upper()}-{L['key'].upper()}"

    def render(self, L: dict, house: Callable[[dict, dict], dict]) -> bytes:
        """A letter's bytes: typed plain text, HTML in its house style or an attachment behind its cover."""
        p = self.prov[L["prov"]]
        cover = self.cover if isinstance(self.cover, str) else self.cover[L["prov"]]
        return letter_bytes(letter_message(L, p, self.to, self.tag), L, p, text=typed_text,
                            page=lambda blocks: house_page(L, p, blocks, **house(L, p)), cover=cover,
                            doctype=self.doctypes[L["kind"]], ref=self.ref(L), pdf=self.pdf)

    def checks(self, labels: list[dict], items: list[Item], *, urgent: tuple[int, int], others: int,
               own: Callable[[str, dict, str], list[str]] | None = None,
               name_in: Callable[[str, str], bool] | None = None,
               each: Callable[[str, dict, dict, list[str]], list[str]] | None = None) -> list[str]:
        """What every such corpus promises beyond check_labels: its window and UTC offset; one-sentence
        evidence; in each letter the content and form checks, one name per NHS number, the patient's full
        name, lateness reckoned again in self.tz and own(lid, label, whitespace-folded text); a letter from
        every provider and in every format; each category at least twice, `urgent` urgent letters and
        `others` other messages.

        name_in(name, text) lets a corpus accept the full name in another form than 'First Last' (a banner's
        'LAST, First'); each(lid, label, item, texts) checks every message, letters and others alike, in the
        texts read from it (a letter's with its Word page headers) and with its recorded item."""
        errors = check_window(labels, items, *self.window, utc_hours=self.utc_hours)
        names: dict[str, str] = {}
        for lab, (kind, item, sent) in zip(labels, items, strict=True):
            lid, pt = lab["id"], lab["patient"]
            errors += check_one_sentence(lid, lab)
            if kind != "L" and each is None:
                continue
            msg = load_message(self.out, lab)
            texts = letter_texts(msg) if kind == "L" else extract_texts(msg)
            errors += each(lid, lab, item, texts) if each else []
            if kind == "L":
                text = " ".join(collapse(t) for t in texts)
                errors += check_letter_content(lid, lab, item, text) + check_letter_form(lid, lab, item)
                if names.setdefault(pt["nhs_number"], pt["name"]) != pt["name"]:
                    errors.append(f"{lid}: NHS number shared by two names")
                if not (name_in(pt["name"], text) if name_in else pt["name"] in text):
                    errors.append(f"{lid}: patient name not in letter")
                if lab["event_date"]:
                    errors += check_own_lateness(lid, lab, reckon_late(lab, item, sent, self.tz))
                errors += own(lid, lab, text) if own else []
        idle = set(self.prov) - {L["prov"] for L in self.letters}
        if idle:
            errors.append(f"providers without letters: {sorted(idle)}")
        fmts = {L["fmt"] for L in self.letters}
        if fmts != FORMATS:
            errors.append(f"formats used: {sorted(fmts)}")
        return errors + check_spread(labels, min_uses=2, urgent=urgent, others=others)

    def run(self, argv: list[str], *, house: Callable[[dict, dict], dict],
            checks: Callable[[list[dict], list[Item]], list[str]], negatives: str = "no findings") -> int:
        """Build (unless --verify-only), verify with checks, summarise (counting letters without findings as
        `negatives`); exit status 1 when verifying fails."""
        items = all_items(self.letters, self.others)
        return main(argv, lambda: build_corpus(self.out, self.prefix, items, self.prov,
                                               lambda L: self.render(L, house),
                                               lambda o: other_message(o, self.to, self.tag)),
                    lambda: verify_corpus(self.out, self.prefix, items, checks),
                    lambda: print_summary(self.out, formats=format_counts(items), negatives=negatives))


# ------------------------------------------------------------------ shared by the builders from make_thirtythird.py on

def inline_letters(corpus: Corpus, reflow: Callable[[str], str] | None = None) -> Callable[..., None]:
    """A builder's letter(**kw): records in corpus a letter whose evidence is written inline as [[category:
    words]] (inline_evidence; late= gives the words that state a late letter's clinic or discharge date).
    reflow, when given, first rejoins the typed paragraphs of a plain letter (each builder reflows its own way)."""
    def letter(**kw) -> None:
        if reflow and kw["fmt"] == "plain":
            kw["body"] = reflow(kw["body"])
        corpus.letter(**inline_evidence(kw))
    return letter


def letterheads(prov: dict[str, dict]) -> Callable[[str, str], str]:
    """A builder's head(key, dept): the letterhead a letter system prints at the top of a typed plain-text
    letter from provider prov[key] (its name, the department, site and address on one line, telephone)."""
    def head(key: str, dept: str) -> str:
        p = prov[key]
        return f"{p['name']}\n{dept}\n{p['site']}, {', '.join(p['addr'])}\nTel: {p['phone']}"
    return head


def id_rows(pt: dict) -> str:
    """The patient's identifiers as label | value rows, for a letter laid out as a form (label_col)."""
    return (f"| Patient | {pt['name']} |\n| Date of birth | {dmy(pt['dob'])} |\n"
            f"| NHS number | {spaced(pt['nhs_number'])} |")


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
_WD = r"((?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?)\b"
_WEEKDAY_DATES = [  # (pattern, its groups as weekday, year, month, day); a year-less date has year None
    (re.compile(rf"\b{_WD},? (\d{{2}})/(\d{{2}})/(\d{{4}})\b"), (1, 4, 3, 2)),
    (re.compile(rf"\b{_WD},? (\d{{1,2}}) ({'|'.join(MONTHS)})(?: (\d{{4}}))?"), (1, 4, 3, 2)),
    (re.compile(rf"\b(\d{{2}})/(\d{{2}})/(\d{{4}})(?: [\d:]+)? \({_WD}"), (4, 3, 2, 1)),
]


def weekday_errors(lid: str, text: str, *, year: Callable[[int], int] | None = None) -> list[str]:
    """Every weekday that text names beside a date falls on that date: 'Weekday[,] dd/mm/yyyy', 'Weekday[,] d
    Month [yyyy]' and 'dd/mm/yyyy [hh:mm] (Weekday', the weekday written out or short (Mon, Tues, Thurs).  A
    date written without its year is checked in year(month) when year is given and passed over otherwise."""
    errors = []
    for rx, groups in _WEEKDAY_DATES:
        for m in rx.finditer(text):
            wd, y, mo, d = (m.group(g) for g in groups)
            mon = MONTHS.index(mo) + 1 if mo in MONTHS else int(mo)
            if y is None and year is None:
                continue
            day = dt.date(int(y) if y else year(mon), mon, int(d))
            if WEEKDAYS[day.weekday()][:3] != wd[:3]:
                errors.append(f"{lid}: {m.group(0)!r} is a {WEEKDAYS[day.weekday()]}")
    return errors


def weekday_check(year: Callable[[int], int] | None = None) -> Callable[[str, dict, dict, list[str]], list[str]]:
    """weekday_errors as Corpus.checks' each=: in every message, letters and others alike, read whole
    (whitespace-folded)."""
    return lambda lid, _lab, _item, texts: weekday_errors(lid, " ".join(map(collapse, texts)), year=year)


def check_notes(lid: str, lab: dict, *, urgent_exempt: bool = False, urgent_why: bool = False) -> list[str]:
    """What a letter's notes must say: a letter without findings is noted as a hard negative (with
    urgent_exempt an urgent one need not be: its notes say why no category fits), and, with urgent_why, an
    urgent letter's notes say why it is urgent (they use the word)."""
    notes = lab["notes"].lower()
    errors = []
    if not (lab["expected"] or "hard negative" in notes or (urgent_exempt and lab["urgent_clinical_action"])):
        errors.append(f"{lid}: letter without findings should be noted as a hard negative")
    if urgent_why and lab["urgent_clinical_action"] and "urgent" not in notes:
        errors.append(f"{lid}: urgent letter whose notes do not say why")
    return errors


def check_near_limits(labels: list[dict], items: list[Item], *, day7: int = 1, hours: int = 1) -> list[str]:
    """On-time letters at the limits of the lateness rules: at least day7 clinic letters sent on the seventh
    day after the clinic and at least `hours` discharge summaries sent 23 to 24 hours after discharge."""
    days, gaps = sent_after(labels, items)
    errors = []
    if days.count(7) < day7:
        errors.append(f"fewer than {day7} clinic letters sent on the seventh day")
    if sum(23 <= h <= 24 for h in gaps) < hours:
        errors.append(f"fewer than {hours} discharge summaries sent 23 to 24 hours after discharge")
    return errors
