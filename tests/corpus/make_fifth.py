#!/usr/bin/env python3
"""Build the fifth (independent, held-out) bouncebot corpus: tests/corpus/fifth/.

Written independently of the detection rules: the letters were composed from the taxonomy
(corpus TAXONOMY.md, v1) and the domain notes only.  Style of this corpus: long, wordy
first-person consultant letters written to the patient with the GP in copy, requests buried
mid-paragraph in polite indirect phrasing; EPR-generated discharge summaries; results letters;
pre-operative forms; e-RS returns; and 'other' mail (auto-replies, bulletins, patients, NDRs,
phishing, an ICB circular).

Everything is invented: the practice (Hollinbrook Medical Practice), the five providers, the
clinicians, patients, addresses, telephone numbers (Ofcom drama ranges) and NHS numbers (999 test
range, valid under Modulus 11).  The build is deterministic.

Evidence is written inline in the letter source as  [[category: words of the request]]; the
markers are stripped when the letter is built and the words become the label's evidence string, so
every evidence string is by construction a substring of the letter text.  The verification step
re-extracts the text from the built messages (body, PDF with two extractors, DOCX) and checks it.

    python3 tests/corpus/make_fifth.py            # build, then verify
    python3 tests/corpus/make_fifth.py --verify-only

Generic helpers (markup, HTML/PDF/DOCX rendering, text extraction) are imported from
make_third.py.
"""
from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import json
import random
import re
import sys
import textwrap
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_third as M3  # noqa: E402
from make_third import (  # noqa: E402
    CATEGORIES,
    KINDS,
    LONDON,
    collapse,
    extract_texts,
    found_in,
    html_doc,
    london,
    make_docx,
    make_pdf,
    msgid,
    parse_markup,
    render_plain,
    tiny_png,
)

OUT = HERE / "fifth"
PREFIX = "fifth"

PRACTICE = "Hollinbrook Medical Practice"
PRACTICE_ADDR = "hollinbrook.medical@nhs.net"
PRACTICE_TO = f"{PRACTICE} <{PRACTICE_ADDR}>"
PRACTICE_CC = "Hollinbrook Medical Practice, 7 Tanner's Row, Hollinbrook, Ashvale HV3 8NP"

# --------------------------------------------------------------------------- providers

PROVIDERS = {
    "corrington": dict(
        name="Corrington and Dunmere Hospitals NHS Foundation Trust",
        site="Corrington General Hospital", addr=["Weirfield Road", "Corrington", "CQ2 7DW"],
        phone="0116 496 0274", domain="corrington-dunmere.nhs.uk",
        sender="CDH Clinical Correspondence <outbound.letters@corrington-dunmere.nhs.uk>",
        mailer="CDH Lorenzo Docs 11.4"),
    "ellerby": dict(
        name="Ellerby University Hospitals NHS Trust",
        site="Ellerby Royal Infirmary", addr=["Sallowgate", "Ellerby", "EY1 4HJ"],
        phone="0118 496 0621", domain="ellerby-uh.nhs.uk",
        sender="Ellerby University Hospitals <eyuh.gpletters@nhs.net>",
        mailer="EUH Cerner Outbound 2027.1"),
    "quernmoor": dict(
        name="Quernmoor Hospice",
        site="Quernmoor Hospice, Larkhill House", addr=["Moor Lane", "Quernmoor", "HV7 2LS"],
        phone="01632 960 518", domain="quernmoorhospice.example.org",
        sender="Quernmoor Hospice Clinical Admin <quernmoor.clinicaladmin@nhs.net>",
        mailer="Quernmoor SystmOne Letters"),
    "kestrelmead": dict(
        name="Kestrelmead Private Hospital",
        site="Kestrelmead Private Hospital (Kestrelmead Healthcare Ltd)",
        addr=["3 Harrier Way", "Ashvale", "HV1 9KP"],
        phone="0121 496 0357", domain="kestrelmead-hospital.example.com",
        sender="Kestrelmead NHS Patient Services <nhs.services@kestrelmead-hospital.example.com>",
        mailer="Kestrelmead PAS Mailer 4"),
    "brindlecombe": dict(
        name="Brindlecombe Mental Health NHS Foundation Trust",
        site="The Beacon Centre", addr=["Pottery Street", "Brindlecombe", "HV5 3BX"],
        phone="0151 496 0843", domain="brindlecombe-mh.nhs.uk",
        sender="BMH Correspondence <correspondence@brindlecombe-mh.nhs.uk>",
        mailer="BMH RiO Letters 8"),
}
# make_third's PDF builder looks the PDF creator up by provider name
M3.PROVIDERS_MAILER.update({v["name"]: v["mailer"] for v in PROVIDERS.values()})

COVER = {
    "corrington": ("This e-mail carries clinical correspondence from {trust} for a patient registered "
                   "with your practice.\n\nDocument: {doctype}\nSpecialty: {spec}\nHospital number: {hosp}\n\n"
                   "Sent from a send-only mailbox; replies are not read. Contact details for the clinical "
                   "team are on the letter.\n"),
    "ellerby": ("Ellerby University Hospitals NHS Trust\nSecure clinical correspondence\n\n"
                "Attached: {doctype} ({spec}), ref {hosp}.\n\n"
                "This e-mail and its attachments are confidential. If you are not the intended "
                "recipient, please delete it and tell the sender.\n"),
    "quernmoor": ("Dear colleagues at Hollinbrook,\n\nPlease find attached correspondence from Quernmoor "
                  "Hospice ({spec}).\n\nWith kind regards\nClinical Administration Team\nQuernmoor Hospice\n"
                  "Quernmoor Hospice is a registered charity (no. 1099999) caring for people in "
                  "Ashvale and the Quern valley.\n"),
    "kestrelmead": ("Kestrelmead Private Hospital - NHS Patient Services\n\nPlease find attached a "
                    "{doctype} for an NHS-funded patient ({spec}, ref {hosp}).\n\nKestrelmead Healthcare "
                    "Ltd, registered in England no. 09999999.\n"),
    "brindlecombe": ("Brindlecombe Mental Health NHS Foundation Trust\n\nAttached: {doctype} ({spec}).\n"
                     "RiO ref: {hosp}\n\nThis message was sent from a send-only address.\n"),
}

DOCTYPE = {"clinic_letter": "Clinic Letter", "discharge_summary": "Discharge Summary",
           "referral_response": "Referral Response", "results": "Results Letter", "ed_letter": "ED Letter"}


# --------------------------------------------------------------------------- markup

MARK = re.compile(r"\[\[([a-z_]+):\s*(.*?)\]\]", re.S)


def flow(text: str) -> str:
    """Join wrapped source lines of a paragraph or bullet into one line.

    A paragraph whose first line starts with '@' keeps its line breaks (addresses, field blocks).
    """
    out: list[str] = []
    keep = False
    for raw in textwrap.dedent(text).strip("\n").split("\n"):
        s = raw.strip()
        if not s:
            out.append("")
            keep = False
            continue
        if s.startswith("@"):
            keep = True
            out.append(s[1:].lstrip())
            continue
        structural = s.startswith(("# ", "- ", "|")) or re.match(r"^\d+[.)] ", s)
        if structural or keep or not out or out[-1] == "" or out[-1].startswith(("# ", "|")):
            out.append(s)
        else:
            out[-1] = out[-1] + " " + s
    return "\n".join(out)


def strip_marks(text: str):
    """Remove [[cat: words]] markers; return (clean text, [(cat, words)])."""
    found = []

    def rep(m):
        cat, words = m.group(1), collapse(m.group(2))
        found.append((cat, words))
        return words
    clean = MARK.sub(rep, flow(text))
    return clean, found


def ddmm(d: str) -> str:
    return dt.date.fromisoformat(d).strftime("%d/%m/%Y")


def longdate(d: str) -> str:
    x = dt.date.fromisoformat(d)
    return f"{x.day} {x.strftime('%B %Y')}"


def spaced(n: str) -> str:
    return f"{n[:3]} {n[3:6]} {n[6:]}"


# --------------------------------------------------------------------------- people

def P(name, nhs_number, dob, addr=None):
    return {"name": name, "nhs_number": nhs_number, "dob": dob, "addr": addr or []}


def ptlab(p):
    return {"name": p["name"], "nhs_number": p["nhs_number"], "dob": p["dob"]}


def to_patient(title, p):
    """Addressee block for a letter written to the patient."""
    lines = [f"{title} {p['name']}"] + p["addr"]
    return "@" + "\n".join(lines)


def ids(p, hosp, style=1):
    if style == 1:
        return (f"@Re: {p['name']}, born {ddmm(p['dob'])}\nNHS number: {spaced(p['nhs_number'])}\n"
                f"Hospital number: {hosp}")
    return (f"@Patient: {p['name'].upper()}   DOB: {ddmm(p['dob'])}\nNHS No: {p['nhs_number']}   MRN: {hosp}")


GP_CC = "cc: Dr Rosalind Achebe, " + PRACTICE_CC

LETTERS: list[dict] = []
OTHERS: list[dict] = []


def letter(**kw):
    kw.setdefault("opts", {})
    kw.setdefault("urgent", False)
    kw.setdefault("ev_time", None)
    body, exp = strip_marks(kw["body"])
    kw["clean"] = body
    kw["exp"] = exp
    LETTERS.append(kw)


def other(**kw):
    kw.setdefault("notes", "")
    OTHERS.append(kw)


# --------------------------------------------------------------------------- building

def build_letter(L) -> bytes:
    p = PROVIDERS[L["prov"]]
    sent = london(L["sent"])
    blocks = parse_markup(L["clean"])
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
    head = [("p", [p["name"], L["dept"], f"{p['site']}, {', '.join(p['addr'])}", f"Tel: {p['phone']}"])]
    if fmt == "plain":
        msg.set_content(render_plain(head + blocks))
    elif fmt == "html":
        html = html_doc(p, L["dept"], blocks, opts.get("htmlstyle", "plainhead"))
        if opts.get("inline"):
            html = html.replace("<body style=\"font-family:Arial,sans-serif;font-size:10pt\">",
                                "<body style=\"font-family:Arial,sans-serif;font-size:10pt\">\n"
                                "<img src=\"cid:crest@" + p["domain"] + "\" alt=\"\" width=\"120\">", 1)
        if opts.get("alt"):
            msg.set_content(render_plain(head + blocks))
            msg.add_alternative(html, subtype="html")
        else:
            msg.set_content(html, subtype="html")
        if opts.get("inline"):
            part = msg.get_payload()[-1] if msg.is_multipart() else msg
            part.add_related(tiny_png(), maintype="image", subtype="png", cid=f"<crest@{p['domain']}>",
                             filename="crest.png")
    else:
        cover = opts.get("cover") or COVER[L["prov"]]
        msg.set_content(cover.format(trust=p["name"], doctype=DOCTYPE[L["kind"]], spec=L["specialty"],
                                     hosp=L["hosp"]))
        stamp = L["sent"][:10].replace("-", "")
        base = f"{L['kind'].split('_')[0].upper()}_{L['hosp']}_{stamp}"
        if fmt == "pdf":
            data = make_pdf(p, L["dept"], blocks, title, sent, twocol=opts.get("twocol", False))
            msg.add_attachment(data, maintype="application", subtype="pdf", filename=base + ".pdf")
        elif fmt == "docx":
            data = make_docx(p, L["dept"], blocks, title, sent)
            msg.add_attachment(data, maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                               filename=base + ".docx")
        for fname, xfmt, xbody, xtitle in opts.get("extra", []):
            xb = parse_markup(flow(xbody))
            if xfmt == "pdf":
                msg.add_attachment(make_pdf(p, L["dept"], xb, xtitle, sent), maintype="application",
                                   subtype="pdf", filename=fname)
            else:
                msg.add_attachment(make_docx(p, L["dept"], xb, xtitle, sent), maintype="application",
                                   subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                                   filename=fname)
    return msg.as_bytes(policy=email.policy.SMTP)


def build_other(O) -> bytes:
    sent = london(O["sent"])
    if O.get("raw"):
        raw = O["raw"].replace("{date}", email.utils.format_datetime(sent))
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


# =========================================================================== patients

P01 = P("Beatrice Hollowell", "9999458076", "1961-05-03", ["14 Ferncroft Rise", "Hollinbrook", "HV3 4TE"])
P02 = P("Gordon Ashby-Tennant", "9993021571", "1957-11-22", ["2 The Maltings", "Hollinbrook", "HV3 8QA"])
P03 = P("Wendy Pickersgill", "9993681938", "1970-02-09", ["41 Clough Road", "Hollinbrook", "HV3 5JD"])
P04 = P("Sunita Mehrotra", "9990364265", "1975-08-30", ["9 Sexton Close", "Hollinbrook", "HV3 6NL"])
P05 = P("Malcolm Fairweather", "9992129972", "1952-04-17", ["Beck House, Low Lane", "Tanfield", "HV4 1RB"])
P06 = P("Doreen Quilliam", "9992200332", "1946-12-01", ["27 Priory Walk", "Hollinbrook", "HV3 7PW"])
P07 = P("Trevor Bannerman", "9992245387", "1963-06-25", ["6 Cinder Row", "Hollinbrook", "HV3 2HS"])
P08 = P("Reginald Oduya", "9993236403", "1958-01-12", ["88 Station Road", "Hollinbrook", "HV3 8BD"])
P09 = P("Chloe Venables", "9995622416", "1991-09-19", ["Flat 3, 15 Mercer Street", "Hollinbrook", "HV3 1AX"])
P10 = P("Darren Whitcombe", "9995499096", "1984-03-07", ["112 Longacre", "Tanfield", "HV4 3GG"])
P11 = P("Imogen Tarrant", "9995145472", "1996-07-14", ["4 Heron Court", "Hollinbrook", "HV3 9EE"])
P12 = P("Aaron Pilkington", "9995277204", "1989-10-02", ["19 Weavers Green", "Hollinbrook", "HV3 4DN"])
P14 = P("Margaret Ingleby", "9996569071", "1966-05-28", ["3 Orchard Garth", "Hollinbrook", "HV3 6TR"])
P15 = P("Stanley Okonkwo", "9990293139", "1950-11-11", ["70 Tanner's Row", "Hollinbrook", "HV3 8NQ"])
P16 = P("Edith Marchbank", "9997585844", "1939-02-23", ["Rowan Cottage, Fold Lane", "Tanfield", "HV4 2PL"])
P17 = P("Keith Armitage", "9996135896", "1955-08-08", ["25 Lime Grove", "Hollinbrook", "HV3 3ZB"])
P18 = P("Liam Gathercole", "9995254816", "2001-04-16", ["Flat 11, Kiln House", "Hollinbrook", "HV3 1QT"])
P20 = P("Joanna Shillito", "9994720198", "1988-12-30", ["52 Bramley Drive", "Hollinbrook", "HV3 5WU"])
P21 = P("Bernard Loxley", "9998603951", "1960-06-06", ["7 Chantry Lane", "Tanfield", "HV4 1EJ"])
P22 = P("Craig Haverstock", "9994762001", "1978-09-03", ["31 Forge Street", "Hollinbrook", "HV3 2LM"])
P23 = P("Philippa Dunstan", "9997532929", "1982-01-21", ["16 Pinfold Way", "Hollinbrook", "HV3 7RS"])
P24 = P("Raymond Clitheroe", "9996126528", "1949-03-15", ["10 Abbey Crescent", "Hollinbrook", "HV3 6HB"])
P25 = P("Harold Penhaligon", "9990642796", "1944-07-04", ["The Old Forge, Main Street", "Tanfield", "HV4 3AA"])
P26 = P("Marjorie Stott", "9994476211", "1953-10-10", ["44 Nab Lane", "Hollinbrook", "HV3 4KK"])
P27 = P("Colin Yardley", "9996827526", "1947-05-19", ["5 Moorside View", "Hollinbrook", "HV3 9LP"])
P28 = P("Agnes Threlfall", "9991748881", "1941-08-27", ["29 Chapel Fold", "Hollinbrook", "HV3 3CE"])
P29 = P("Sheila Brankin", "9995847442", "1958-02-14", ["8 Hawthorn Rise", "Tanfield", "HV4 2SD"])
P30 = P("Daniel Ferreira-Shaw", "9995290782", "1990-06-21", ["Flat 2, 9 Bridge End", "Hollinbrook", "HV3 1NN"])
P31 = P("Rosemary Iveson", "9994547488", "1968-11-05", ["60 Moss Bank", "Hollinbrook", "HV3 5AT"])
P32 = P("Kieran Mulvaney", "9995545659", "1995-01-29", ["23 Cotton Street", "Hollinbrook", "HV3 2FY"])
P33 = P("Laura Pendlebury", "9992755822", "1986-04-03", ["12 Holly Bank", "Hollinbrook", "HV3 7DE"])
P35 = P("Brenda Scholes", "9996498409", "1956-09-13", ["17 Sandpiper Close", "Hollinbrook", "HV3 6GU"])
P36 = P("Albert Fenwick", "9993297925", "1942-12-18", ["Ivy House, Church Lane", "Tanfield", "HV4 1CH"])
P37 = P("Winifred Oakes", "9993207322", "1947-03-31", ["38 Ladysmith Road", "Hollinbrook", "HV3 4PP"])
P38 = P("Gareth Dobbs", "9990215278", "1972-08-20", ["91 Bolton Road", "Hollinbrook", "HV3 8TT"])
P39 = P("Tamsin Ord", "9993806757", "1993-05-09", ["Flat 7, Granary Wharf", "Hollinbrook", "HV3 1RW"])
P40 = P("Victor Haslam", "9996919331", "1966-02-02", ["4 Shuttle Street", "Hollinbrook", "HV3 2BN"])
P41 = P("Yvonne Garside", "9995056461", "1974-10-24", ["56 Hillcrest Avenue", "Hollinbrook", "HV3 5QQ"])
P43 = P("Walter Greenhalgh", "9991850899", "1940-01-30", ["21 Mill Brow", "Hollinbrook", "HV3 3TD"])
P44 = P("Kerry Ainscough", "9994148850", "1985-07-07", ["13 Garnet Close", "Hollinbrook", "HV3 6ZF"])
P45 = P("Norman Haythornthwaite", "9999452663", "1945-06-12", ["2 Reservoir Cottages", "Tanfield", "HV4 2WR"])
P46 = P("Ivor Blackledge", "9999857221", "1959-09-09", ["47 Greenway", "Hollinbrook", "HV3 9JA"])
P47 = P("Eileen Rostron", "9999697321", "1951-03-26", ["33 Woodbine Terrace", "Hollinbrook", "HV3 4BB"])
P48 = P("Mabel Cropper", "9999150616", "1936-11-08", ["Fernlea Care Home, Park Road", "Hollinbrook", "HV3 7LL"])
P49 = P("Stuart Entwistle", "9995998254", "1954-12-04", ["15 Raikes Road", "Hollinbrook", "HV3 8SS"])
P50 = P("Samira Haddad", "9994766295", "1987-02-17", ["Flat 5, 2 Quay Street", "Hollinbrook", "HV3 1DD"])
P51 = P("Louise Tranter", "9999447465", "1976-06-01", ["28 Kestrel Way", "Hollinbrook", "HV3 6MM"])
P52 = P("Jerome Baptiste", "9990547424", "1992-08-15", ["Flat 14, Tenter Court", "Hollinbrook", "HV3 2RR"])
P53 = P("Hilda Walmsley", "9997019733", "1944-04-22", ["9 Dene Road", "Tanfield", "HV4 3JJ"])
P54 = P("Derek Sowerbutts", "9994026070", "1958-10-19", ["72 Grange Park", "Hollinbrook", "HV3 5CC"])
P55 = P("Phyllis Duckworth", "9998843707", "1939-09-25", ["1 Almshouse Yard", "Hollinbrook", "HV3 3QR"])
P56 = P("Ethan Colclough", "9993742449", "1999-12-12", ["20 Spinners Way", "Hollinbrook", "HV3 2XP"])
P57 = P("Hazel Brindley", "9997978919", "1962-01-05", ["65 Cemetery Road", "Hollinbrook", "HV3 4NW"])
P58 = P("Geoffrey Mottram", "9990244855", "1953-07-23", ["11 Wellhouse Lane", "Tanfield", "HV4 1PT"])
P59 = P("Priya Lakhani", "9999480756", "1980-03-18", ["39 Sycamore Road", "Hollinbrook", "HV3 9WX"])
P60 = P("Annette Sugden", "9995920042", "1964-11-29", ["6 Larch Close", "Hollinbrook", "HV3 7AB"])


def sig(name, role, extra=""):
    return f"@{name}\n{role}" + (f"\n{extra}" if extra else "")


# =========================================================================== letters
# ---- Corrington and Dunmere: rheumatology

letter(
    key="L01", prov="corrington", kind="clinic_letter", specialty="Rheumatology",
    dept="Department of Rheumatology", clinician="Dr Imogen Faraday-Lusk", patient=P01,
    ev="2027-07-06", ld="2027-07-08", sent="2027-07-09 10:14", fmt="pdf", hosp="CD448210",
    subject="Clinic letter - Rheumatology - CD448210",
    body=f"""
    @Clinic date: 6 July 2027
    Date typed: 8 July 2027
    Our ref: IFL/RHEU/CD448210

    {to_patient("Mrs", P01)}

    {ids(P01, "CD448210")}

    Dear Mrs Hollowell,

    It was a real pleasure to meet you in the Early Inflammatory Arthritis Clinic on Tuesday, and
    thank you for bringing such a careful diary of your symptoms; it made my job a great deal
    easier. As we agreed, I am writing to you directly and sending a copy to Dr Achebe at
    Hollinbrook so that everyone is working from the same page.

    You told me that the stiffness in your hands and across the balls of your feet began in the
    early spring, that it now lasts well over an hour each morning, and that you have reluctantly
    had to hand your allotment over to your neighbour for the summer. When I examined you I found
    swelling of the second and third knuckles of the right hand, the second knuckle of the left
    hand and both wrists, and your forefeet were tender when squeezed. The blood tests Dr Achebe
    sent showed a CRP of 38 and a strongly positive anti-CCP antibody, and the ultrasound we did in
    clinic confirmed active inflammation in the joint linings. Putting all of this together I am
    confident that you have rheumatoid arthritis, and I know that you found it something of a
    relief to have a name for it at last.

    We talked at some length about treatment. I recommended methotrexate, which remains the
    cornerstone of treatment for rheumatoid arthritis, and you were keen to begin as soon as
    possible. I gave you our methotrexate booklet and an alert card, and we went through the
    important points: it is taken once a week, always on the same day; folic acid 5 mg is taken
    once a week on a different day; alcohol should be kept to a minimum; and you should let us
    know promptly about any sore throat, mouth ulcers, unexplained bruising or breathlessness.
    Because our outpatient pharmacy is not able to dispense oral methotrexate at present,
    [[hospital_only_prescribing: I wonder whether Dr Achebe might be kind enough to start the
    methotrexate at 10 mg once weekly]], increasing to 15 mg after four weeks if you are tolerating
    it, together with the folic acid. In the same vein, and since you live a fair distance from
    Corrington, [[tests_for_hospital: I'd be most grateful if the practice would arrange your full
    blood count, kidney and liver tests every two weeks for the first three months]] and send the
    results on to our advice line, so that we can keep an eye on them from here.

    In the meantime I gave you an injection of Depo-Medrone 120 mg into the buttock in clinic,
    which should ease things over the next few weeks while the methotrexate takes effect. Your
    chest X-ray was clear, and your hepatitis B, hepatitis C and HIV screening tests were negative.

    I would like to see you again in about three months, and one of our nurse specialists will
    telephone you in six weeks to see how you are getting on. Please do ring the rheumatology
    advice line on 0116 496 0281 if you have any worries before then.

    Yours sincerely,

    {sig("Dr Imogen Faraday-Lusk", "Consultant Rheumatologist")}

    {GP_CC}
    """,
    notes="Specialist initiation of methotrexate handed to the GP before stabilisation, plus the "
          "initial fortnightly monitoring bloods for the drug the hospital is starting. Sent 3 days after clinic.")

letter(
    key="L02", prov="corrington", kind="clinic_letter", specialty="Rheumatology",
    dept="Department of Rheumatology", clinician="Dr Imogen Faraday-Lusk", patient=P02,
    ev="2027-07-13", ld="2027-07-26", sent="2027-07-26 15:02", fmt="docx", hosp="CD301774",
    subject="Rheumatology correspondence CD301774",
    body=f"""
    @[[late_clinic_letter: Seen in clinic: 13 July 2027]]
    Dictated: 13 July 2027   Typed: 26 July 2027

    {to_patient("Mr", P02)}

    {ids(P02, "CD301774")}

    Dear Mr Ashby-Tennant,

    I must begin by apologising for the time it has taken for this letter to reach you; we have
    been short of secretarial staff over the summer and I know you were keen to have things in
    writing. It was good to see you in the follow-up clinic and to hear that the golf handicap
    is heading in the right direction again.

    You have now been on methotrexate 20 mg by injection once a week for a little over eighteen
    months. Your joints were quiet when I examined you, with no swollen joints at all and only
    slight tenderness over the left wrist, and your DAS28 score of 2.1 puts you firmly in
    remission. Your blood monitoring has been entirely steady over the past year, with normal
    liver tests and a full blood count that has not caused us any concern. Please continue the
    folic acid 5 mg once a week as before.

    As I mentioned on the day, our homecare contract for methotrexate injections comes to an end
    in the autumn and, now that you are so well settled, it seems sensible for your care to sit
    closer to home. With that in mind [[shared_care_without_agreement: I'd be grateful if Dr
    Achebe would take over the prescribing of your methotrexate injections and the two-monthly
    monitoring blood tests from now on]], and I have asked my secretary to send you a reminder
    about the sharps bin collection, which the council now runs.

    We do not need to see you routinely for another year. If you have a flare in the meantime,
    please ring the advice line on 0116 496 0281 and we will see you sooner.

    With best wishes,

    Yours sincerely,

    {sig("Dr Imogen Faraday-Lusk", "Consultant Rheumatologist")}

    {GP_CC}
    """,
    notes="Transfer of an amber drug (methotrexate) with monitoring and no shared-care agreement offered; "
          "letter sent 13 days after clinic.")

letter(
    key="L03", prov="corrington", kind="clinic_letter", specialty="Rheumatology",
    dept="Department of Rheumatology", clinician="Dr Owain Prothero", patient=P03,
    ev="2027-07-20", ld="2027-07-26", sent="2027-07-27 09:30", fmt="docx", hosp="CD512093",
    subject="Rheumatology clinic letter and shared care protocol - CD512093",
    opts={"extra": [("Leflunomide_SCP_Agreement_CD512093.docx", "docx", '''
        # Shared Care Protocol: Leflunomide for adult inflammatory arthritis
        Corrington and Dunmere Hospitals NHS Foundation Trust and Ashvale Integrated Care Board.
        Approved by the Ashvale Area Prescribing Committee, March 2027.

        # Responsibilities of the specialist team
        - Initiate leflunomide and prescribe it until the patient is stable (at least 12 weeks).
        - Carry out baseline and initial monitoring and send results to the practice.
        - Offer advice to the practice at any time on 0116 496 0281.

        # Responsibilities of the GP (once the agreement below is signed)
        - Prescribe leflunomide at the dose recommended by the specialist.
        - Monitor FBC, LFTs and blood pressure every 8 weeks, as set out in section 6.
        - Stop the drug and seek advice if ALT rises above three times the upper limit.

        # Agreement to share care
        @Patient: Wendy Pickersgill   NHS number: 999 368 1938
        I agree to share care of this patient under the protocol above.
        GP name: ____________________   Signature: ____________________   Date: ________
        [ ] I am unable to accept shared care for this patient (the specialist team will continue to prescribe).
        Please return to rheum.sharedcare@corrington-dunmere.nhs.uk
        ''', "Leflunomide shared care protocol")]},
    body=f"""
    @Clinic date: 20 July 2027
    Date typed: 26 July 2027

    {to_patient("Ms", P03)}

    {ids(P03, "CD512093")}

    Dear Ms Pickersgill,

    Thank you for coming to see me in the rheumatology clinic, and for your patience while we
    found you a parking space in the middle of the road works. I thought it worth setting out
    where we have got to, since a good deal has changed since the spring.

    You started leflunomide 20 mg daily in March, after methotrexate upset your stomach, and it
    has done exactly what we hoped. You have had no swollen joints at your last two visits, you
    are back at work full time at the library, and you have had no side effects apart from a
    little thinning of the hair, which seems to have settled. Your blood tests have all been
    normal for the past twelve weeks and your blood pressure in clinic was 128/78.

    Now that things are stable, we talked about whether your prescriptions could come from your
    own surgery rather than from us. This is done only under a formal shared care agreement, and
    I have enclosed with this letter our shared care protocol for leflunomide together with the
    agreement form. Dr Achebe, please let us know whether the practice is willing to accept shared
    care by returning the signed form; if you are not able to, or would like to discuss it first,
    that is entirely understood, and in the meantime we shall carry on prescribing and
    monitoring here exactly as before. Ms Pickersgill, you will therefore continue to collect
    your leflunomide from our outpatient pharmacy until we write to you to say otherwise.

    I have booked you into my clinic again in four months' time.

    Yours sincerely,

    {sig("Dr Owain Prothero", "Consultant Rheumatologist")}

    {GP_CC}
    """,
    notes="Hard negative: shared care for an amber drug offered formally with the protocol and agreement "
          "attached; hospital keeps prescribing until the practice agrees. Sent exactly 7 days after clinic (on time).")

letter(
    key="L04", prov="corrington", kind="clinic_letter", specialty="Rheumatology",
    dept="Department of Rheumatology", clinician="Dr Owain Prothero", patient=P04,
    ev="2027-08-03", ld="2027-08-05", sent="2027-08-06 11:48", fmt="html", hosp="CD227645",
    subject="Rheumatology outpatient letter - CD227645",
    body=f"""
    @Clinic date: 3 August 2027
    Letter date: 5 August 2027

    {to_patient("Mrs", P04)}

    {ids(P04, "CD227645")}

    Dear Mrs Mehrotra,

    I was very pleased to see you looking so much brighter in clinic on Tuesday. You will
    remember that Dr Wren kindly arranged the hand X-rays back in March, which showed no erosions,
    and I am glad to say that nothing I found this time has changed my view that your joint
    pains and rashes are due to undifferentiated connective tissue disease rather than anything
    more troublesome.

    The hydroxychloroquine 200 mg daily that we started in May seems to be helping: the morning
    stiffness has more or less gone and the rash on your cheeks has faded. You asked about the
    long-term safety of the tablets, and we talked about the small risk to the retina with long
    courses, which is why everyone taking hydroxychloroquine should have a baseline eye
    examination within the first year and regular screening after five years. As our own eye
    department does not yet run the screening service, [[onward_referral: perhaps her GP could
    refer her to the ophthalmology department for baseline retinal screening]] at whichever
    hospital is most convenient for her.

    You will book your own routine blood tests at our phlebotomy hub in Dunmere Community
    Hospital before your next appointment, as you prefer, and I will go through them with you then.
    We shall continue to send you your hydroxychloroquine from the hospital for now.

    I look forward to seeing you in the autumn.

    Kind regards,

    {sig("Dr Owain Prothero", "Consultant Rheumatologist")}

    {GP_CC}
    """,
    notes="Hospital asks the GP to refer on for drug-related retinal screening it should arrange itself; "
          "history ('Dr Wren kindly arranged the hand X-rays') and patient-booked hospital bloods are not findings.")

# ---- Corrington and Dunmere: cardiology

letter(
    key="L05", prov="corrington", kind="clinic_letter", specialty="Cardiology",
    dept="Cardiology Outpatients", clinician="Dr Kwabena Osei-Bonsu", patient=P05,
    ev="2027-07-15", ld="2027-07-16", sent="2027-07-19 08:52", fmt="pdf", hosp="CD660318",
    subject="Cardiology clinic letter CD660318",
    body=f"""
    @Date of clinic: 15 July 2027
    Typed: 16 July 2027

    {to_patient("Mr", P05)}

    {ids(P05, "CD660318")}

    Dear Mr Fairweather,

    Thank you for coming to the arrhythmia clinic last Thursday with your daughter. I promised I
    would put everything we discussed in writing, partly because we covered a great deal of
    ground and partly because I know you like to have something to show the family.

    You have had paroxysmal atrial fibrillation for about three years. The bisoprolol has kept
    your heart rate under control between attacks, but over the spring the episodes have become
    longer and more frequent, and the one in May left you so breathless on the walk back from the
    paper shop that you had to sit on the wall outside the church. Your ECG in clinic showed
    normal rhythm, and the echocardiogram from 2025 showed a heart that pumps normally with no
    significant valve disease.

    We talked about the options, including ablation, which you were not keen on for the time
    being. We settled instead on a rhythm-control tablet, dronedarone 400 mg twice daily with
    food, and I started this in clinic and gave you two weeks' supply from our pharmacy. Please
    carry on with the bisoprolol 2.5 mg and the apixaban 5 mg twice daily exactly as before.
    [[shared_care_without_agreement: I'll leave it with Dr Achebe to continue the dronedarone after
    that and to keep an eye on your liver and kidney blood tests]], which need checking monthly for
    the first six months and then every six months. Because it is a good while since your last
    scan, and I would like to be sure nothing has changed before we think again about ablation,
    [[tests_for_hospital: can I ask that the practice arranges an echocardiogram before I see you
    again]] in four months.

    If you have an episode of palpitations lasting more than a few hours, or one with chest pain
    or fainting, please go straight to the Emergency Department rather than waiting.

    Yours sincerely,

    {sig("Dr Kwabena Osei-Bonsu", "Consultant Cardiologist (Electrophysiology)")}

    {GP_CC}
    """,
    notes="Dronedarone (amber) handed to the GP with its monitoring two weeks after initiation and "
          "no shared-care agreement; the repeat echo the cardiologist wants is passed to the practice.")

letter(
    key="L06", prov="corrington", kind="clinic_letter", specialty="Cardiology",
    dept="Cardiology Outpatients", clinician="Dr Kwabena Osei-Bonsu", patient=P06,
    ev="2027-07-22", ld="2027-07-23", sent="2027-07-29 14:05", fmt="plain", hosp="CD118502",
    subject="Outpatient letter: Cardiology (CD118502)",
    body=f"""
    @Clinic date: 22 July 2027
    Typed: 23 July 2027

    {to_patient("Mrs", P06)}

    {ids(P06, "CD118502")}

    Dear Mrs Quilliam,

    It was lovely to meet you and your husband in the cardiology clinic last week. You were
    referred by Dr Yeo after the practice nurse picked up an irregular pulse at your flu jab
    appointment last autumn, and a tracing at the surgery confirmed atrial fibrillation. Dr Yeo
    started you on apixaban in June, and I was very pleased to hear that you have had no
    bleeding or bruising at all.

    You told me that you are not aware of the irregular heartbeat most of the time, but that you
    do feel a little more tired than you used to, which could be the atrial fibrillation or could
    simply be the hot weather and a busy summer with the grandchildren. To help sort this out I
    have asked our cardiac physiology team to fit a seven-day heart monitor, and I have booked an
    echocardiogram here at Corrington General. Both appointments will come to you in the post,
    and I will write to you and to Dr Yeo with the results.

    Please continue apixaban 5 mg twice daily, which remains the right blood thinner for you, and
    keep taking your amlodipine for blood pressure. Your kidney function and blood count, which
    we checked in clinic, were entirely normal, so no further blood tests are needed from the
    practice. If the monitor and scan show that your heart rate is running fast, we may add a
    small dose of a beta blocker, and I will arrange that myself at your next visit.

    I will see you again in about three months, once the tests are back.

    Yours sincerely,

    Dr Kwabena Osei-Bonsu
    Consultant Cardiologist

    {GP_CC}
    """,
    notes="Hard negative: hospital books its own monitor and echo and will give the results; green apixaban "
          "continued; no GP bloods needed. Sent exactly 7 days after clinic (on time).")

letter(
    key="L07", prov="corrington", kind="clinic_letter", specialty="Cardiology",
    dept="Cardiology Outpatients", clinician="Dr Harriet Kingsnorth", patient=P07,
    ev="2027-08-10", ld="2027-08-12", sent="2027-08-13 16:40", fmt="docx", hosp="CD774109",
    subject="Clinic correspondence - Cardiology - CD774109",
    body=f"""
    @Clinic date: 10 August 2027
    Typed: 12 August 2027

    {to_patient("Mr", P07)}

    {ids(P07, "CD774109")}

    Dear Mr Bannerman,

    Thank you for coming to see me about the fluttering feelings in your chest. You described
    short bursts, usually in the evening and often after a glass or two of wine, lasting anything
    from a few minutes to half an hour, with no chest pain and no blackouts. Your examination was
    normal, your blood pressure was 136/84, and the ECG we did in clinic showed a normal rhythm.

    The most likely explanation is ectopic beats, which are very common and harmless, but I
    would like to make sure this is not paroxysmal atrial fibrillation. I have therefore
    requested a fourteen-day patch monitor, which our physiologists will post to you with
    instructions; you simply stick it on and post it back. The report usually takes three to four
    weeks. [[results_chasing: I'd be grateful if Dr Achebe would keep an eye out for the report
    when it comes through and start bisoprolol if it shows atrial fibrillation]], together with
    an assessment of whether you need a blood thinner.

    In the meantime, cutting back on alcohol and caffeine often helps a good deal. I have not
    arranged a further appointment here.

    Yours sincerely,

    {sig("Dr Harriet Kingsnorth", "Consultant Cardiologist")}

    {GP_CC}
    """,
    notes="The cardiologist orders a monitor and asks the GP to watch for the report and act on it; "
          "no follow-up kept by the hospital.")

# ---- Ellerby University Hospitals

letter(
    key="L08", prov="ellerby", kind="clinic_letter", specialty="Haematology",
    dept="Clinical Haematology", clinician="Dr Laszlo Feher", patient=P08,
    ev="2027-07-08", ld="2027-07-09", sent="2027-07-12 09:31", fmt="pdf", hosp="E2281946",
    subject="Haematology clinic letter E2281946", urgent=True,
    body=f"""
    @Clinic date: 8 July 2027
    Dictated: 8 July 2027   Typed: 9 July 2027

    {to_patient("Mr", P08)}

    {ids(P08, "E2281946", 2)}

    Dear Mr Oduya,

    Thank you for coming to the general haematology clinic on Thursday. You were sent to us
    because of anaemia found when you gave blood at the donor session in May, and I know it came
    as a surprise, since you have been feeling, in your words, "perfectly fine apart from puffing
    a bit on the stairs".

    Your haemoglobin in clinic was 89 g/L with small red cells, and your ferritin was 6, which
    confirms that the anaemia is due to a lack of iron. You eat a varied diet, you have not
    noticed any blood in your stools or black motions, and you take no painkillers. In a man of
    your age, iron deficiency without an obvious cause always needs the bowel and stomach
    looking at with a camera, because a slowly bleeding growth has to be ruled out, even though
    most of the time the cause turns out to be something much simpler. You have never had these
    tests. [[onward_referral: Perhaps Dr Achebe could refer you urgently to the gastroenterology
    team for a camera test of the stomach and bowel under the suspected cancer pathway]], and I
    have explained to you why it is important not to put this off.

    To bring your blood count up more quickly I have arranged an iron infusion on our day unit
    next week, and the unit will telephone you with the date. I will see you again in three
    months with a repeat blood count, which we will take here.

    Yours sincerely,

    {sig("Dr Laszlo Feher", "Consultant Haematologist")}

    {GP_CC}
    """,
    notes="Unexplained iron-deficiency anaemia in a 69-year-old man: the suspected-cancer referral is "
          "handed to the GP instead of being made directly; urgent (2WW step).")

letter(
    key="L09", prov="ellerby", kind="clinic_letter", specialty="Neurology",
    dept="Department of Neurology", clinician="Dr Nadia Qureshi", patient=P09,
    ev="2027-07-14", ld="2027-07-16", sent="2027-07-20 12:20", fmt="html", hosp="E3310528",
    subject="Neurology clinic letter - E3310528", opts={"htmlstyle": "tablehead"},
    body=f"""
    @Clinic date: 14 July 2027
    Date of letter: 16 July 2027

    {to_patient("Miss", P09)}

    {ids(P09, "E3310528")}

    Dear Miss Venables,

    I enjoyed meeting you in the headache clinic, although I am sorry it was under such
    difficult circumstances. You told me that your headaches have changed over the last four
    months: instead of the occasional migraine you have had since your teens, you now have a
    pressing headache most days, worse when you bend over and first thing in the morning, and
    twice you have noticed your vision greying out for a second or two when you stand up. You
    have been off work from the call centre since the middle of June because the screens make
    the headache worse.

    Your neurological examination was normal apart from some blurring of the margins of the
    optic discs, which I could see fairly clearly with the ophthalmoscope. In someone with your
    story this raises the possibility of raised pressure in the fluid around the brain, known as
    idiopathic intracranial hypertension, but it does need to be confirmed with a scan and, if
    the scan is normal, a lumbar puncture to measure the pressure. [[tests_for_hospital: I'd
    suggest the practice arranges an MRI scan of your head with venography]], and once we have the
    result I will bring you back to the neurology day unit for the lumbar puncture. I have also
    asked our eye clinic to see you for formal pressure measurements and visual fields; they will
    send you an appointment.

    I have started acetazolamide 250 mg twice daily and you collected four weeks of it from the
    hospital pharmacy on your way out. You asked what to tell work, and I agreed that you are not
    fit for screen-based work at present: [[fit_note: Dr Achebe, I'd be grateful if you'd provide
    Chloe with a fit note covering the next four weeks]] while the investigations are under way.

    If your vision changes, or the headache becomes suddenly much worse, please go straight to
    the Emergency Department.

    Best wishes,

    {sig("Dr Nadia Qureshi", "Consultant Neurologist")}

    {GP_CC}
    """,
    notes="Neurologist passes the MRI/MRV needed for her own diagnostic plan to the practice and asks the GP "
          "to certify sickness the clinic has just assessed.")

letter(
    key="L10", prov="ellerby", kind="clinic_letter", specialty="Neurology",
    dept="Department of Neurology", clinician="Dr Nadia Qureshi", patient=P10,
    ev=None, ld="2027-08-04", sent="2027-08-04 15:12", fmt="plain", hosp="E3402117",
    subject="Neurology: non-attendance E3402117",
    body=f"""
    @Date: 4 August 2027

    {to_patient("Mr", P10)}

    {ids(P10, "E3402117")}

    Dear Mr Whitcombe,

    I was sorry not to see you in the neurology clinic on Monday 2 August, where you had been
    booked following Dr Yeo's referral about the numbness and tingling in your hands. We tried
    to ring you on the morning of the clinic on the number we hold, but there was no answer and
    we were not able to leave a message.

    I appreciate that there may be all sorts of reasons why you could not come, and I hope
    everything is all right. I have, however, to follow the Trust's outpatient access policy, and
    [[dna_rereferral: as you did not attend, I have discharged you from the neurology clinic;
    should Dr Yeo still feel that you need to be seen, I'd ask that she re-refers you through the
    e-Referral Service]]. Your nerve conduction studies, which had not yet been booked, have been
    cancelled.

    If the symptoms have settled in the meantime, then of course nothing more needs to happen.

    Yours sincerely,

    Dr Nadia Qureshi
    Consultant Neurologist

    cc: Dr Hannah Yeo, {PRACTICE_CC}
    """,
    notes="Discharged after a single missed first appointment with the GP asked to re-refer. No attendance, "
          "so no event date.")

letter(
    key="L11", prov="ellerby", kind="clinic_letter", specialty="Gastroenterology",
    dept="Inflammatory Bowel Disease Service", clinician="Dr Ruth Ambrose-Kemp", patient=P11,
    ev="2027-07-27", ld="2027-07-28", sent="2027-07-30 10:03", fmt="pdf", hosp="E2950304",
    subject="IBD clinic letter E2950304",
    body=f"""
    @IBD clinic: 27 July 2027
    Letter typed: 28 July 2027

    {to_patient("Miss", P11)}

    {ids(P11, "E2950304", 2)}

    Dear Imogen,

    Thank you for coming in to see me at the IBD clinic, and congratulations again on the new
    job. I thought it would be helpful to write to you directly about where things stand with
    your Crohn's disease, and I am copying this to Dr Achebe.

    You have been on ustekinumab injections every eight weeks since last October, after the
    adalimumab stopped working, and until the spring you were doing really well. Over the last
    two months you have noticed more urgency, loose stools four or five times a day and some
    cramping on the right side, although without any bleeding. Your blood tests in clinic showed
    a CRP of 22 and a slightly low albumin. You also told me, with understandable frustration,
    that your last delivery from the homecare company was a fortnight late, so that you went
    eleven weeks between doses rather than eight.

    I think the missed dose may well be behind this flare, and the homecare team have promised me
    that the next delivery is booked; but as it will not arrive until after your dose is due,
    [[hospital_only_prescribing: I'd be most grateful if you'd consider issuing her next
    ustekinumab 90 mg injection on an FP10]] so that there is no further gap. I have also started
    a short course of budesonide 9 mg daily, and you collected eight weeks of it from our pharmacy.

    To see whether things are settling, [[tests_for_hospital: perhaps her GP could check a faecal
    calprotectin in six weeks and send the result to me]], and our IBD nurses will ring you when it
    is back. If it remains high I will bring forward the MRI of the small bowel that is due in
    the new year.

    With very best wishes,

    {sig("Dr Ruth Ambrose-Kemp", "Consultant Gastroenterologist")}

    {GP_CC}
    """,
    notes="A red biologic (ustekinumab) asked of the GP to bridge a homecare failure, and the hospital's own "
          "follow-up calprotectin passed to the practice.")

letter(
    key="L12", prov="ellerby", kind="clinic_letter", specialty="Gastroenterology",
    dept="Inflammatory Bowel Disease Service", clinician="Dr Ruth Ambrose-Kemp", patient=P12,
    ev="2027-08-17", ld="2027-08-18", sent="2027-08-19 13:27", fmt="docx", hosp="E3057781",
    subject="IBD clinic letter E3057781",
    body=f"""
    @IBD clinic: 17 August 2027
    Letter typed: 18 August 2027

    {to_patient("Mr", P12)}

    {ids(P12, "E3057781", 2)}

    Dear Aaron,

    It was good to catch up with you in the IBD clinic this week. As you know, Dr Wren kindly
    arranged the faecal calprotectin last year that first brought you to us, and it is very
    satisfying to see how much better you are now compared with those first weeks after your
    diagnosis of ulcerative colitis.

    You have now had your first four doses of adalimumab 40 mg every two weeks, given by
    injection at home. You tolerate the injections well, the bleeding stopped within a month,
    and you are down to one or two formed stools a day. Your blood tests on the day were normal.

    Adalimumab is a hospital-only medicine and will continue to be delivered to your home by the
    homecare service on our prescription. Dr Wren, please do not add it to Aaron's repeat
    prescriptions, although it would be helpful to have it recorded on the practice record as a
    hospital-issued medicine so that it shows up on summary care records. We will carry out the
    monitoring blood tests ourselves at each IBD clinic visit, and our IBD nurses will review
    the results. There is no action needed by the practice.

    I have asked you to keep taking the mesalazine 2.4 g daily for now, and we will think about
    stopping it at your next visit in three months. If you have a flare before then, please ring
    the IBD advice line on 0118 496 0655 rather than waiting for the appointment.

    Best wishes,

    {sig("Dr Ruth Ambrose-Kemp", "Consultant Gastroenterologist")}

    {GP_CC}
    """,
    notes="Hard negative: red drug kept by the hospital (homecare), hospital monitors bloods itself; "
          "history of GP work and the practice asked only to record the drug.")

letter(
    key="L14", prov="ellerby", kind="clinic_letter", specialty="Gynaecology",
    dept="Rapid Access Gynaecology", clinician="Dr Aisling Devereux", patient=P14,
    ev="2027-07-19", ld="2027-07-28", sent="2027-07-30 11:18", fmt="pdf", hosp="E1894420",
    subject="Gynaecology clinic letter E1894420", urgent=True,
    body=f"""
    @[[late_clinic_letter: Seen in the rapid access clinic on 19 July 2027]]
    Typed: 28 July 2027

    {to_patient("Mrs", P14)}

    {ids(P14, "E1894420")}

    Dear Mrs Ingleby,

    Thank you for coming to the rapid access clinic, and I am sorry that this letter has taken
    longer than it should to reach you. You were referred by Dr Achebe because of two episodes of
    bleeding in May and June, some five years after your periods stopped.

    We talked through what we would do, and you were kind enough to let me carry out an internal
    examination, which was normal, and a scan through the vagina, which showed that the lining of
    the womb measured 7 mm. That is a little thicker than we would like after the menopause, and
    so, with your agreement, I took a small sample (a pipelle biopsy) from the lining of the womb
    in the clinic. You found it uncomfortable but managed very well.

    Most of the time a result like yours turns out to be due to something harmless such as a
    polyp or thinning of the lining, but it is important that we know for certain. [[results_chasing:
    The histology report will be sent to Dr Achebe, and I'd be grateful if she would let you know the
    result and arrange any further treatment that it shows is needed]]. I have not arranged to see you
    again in the clinic, although you are of course welcome to ring my secretary on 0118 496 0690
    if you have any questions.

    Yours sincerely,

    {sig("Dr Aisling Devereux", "Consultant Gynaecologist")}

    {GP_CC}
    """,
    notes="Endometrial biopsy from a suspected-cancer clinic left for the GP to relay and act on; urgent "
          "because an unactioned malignant result could be missed. Sent 11 days after clinic.")

letter(
    key="L15", prov="ellerby", kind="clinic_letter", specialty="Ophthalmology",
    dept="Eye Department", clinician="Mr Tobias Wainwright", patient=P15,
    ev="2027-08-05", ld="2027-08-09", sent="2027-08-11 08:45", fmt="html", hosp="E2763390",
    subject="Eye clinic letter E2763390",
    body=f"""
    @Clinic date: 5 August 2027
    Typed: 9 August 2027

    {to_patient("Mr", P15)}

    {ids(P15, "E2763390")}

    Dear Mr Okonkwo,

    Thank you for coming back to the eye clinic. I am pleased to say that your right eye looks
    a good deal calmer than when you came to the eye casualty service a fortnight ago: there are
    only a few inflammatory cells left in the front chamber of the eye and the pressure is normal
    at 16. Please reduce the dexamethasone drops to three times a day for a week, then twice a
    day for a week, then once a day for a week, and then stop. You collected a fresh bottle from
    the pharmacy on the way out.

    Because this is your second attack of uveitis this year, we did some blood tests today to
    look for an underlying cause, including a blood count, ACE level, HLA-B27, syphilis and
    tuberculosis screening, and I have asked the radiology department to do a chest X-ray,
    which you had before you left. [[patient_redirected_to_gp: Please contact your GP surgery in
    about two weeks for the results of the blood tests we took today]]; if any of them is
    abnormal we can then decide together whether you need to see the rheumatologists.

    I will see you again in six weeks to make sure the inflammation has not come back after
    stopping the drops. If your eye becomes red, painful or blurred in the meantime, please come
    straight back to eye casualty.

    Yours sincerely,

    {sig("Mr Tobias Wainwright", "Consultant Ophthalmic Surgeon")}

    cc: Dr Tomasz Wren, {PRACTICE_CC}
    """,
    notes="The patient is sent to the GP for the results of tests the eye clinic ordered itself.")

letter(
    key="L16", prov="ellerby", kind="clinic_letter", specialty="Ophthalmology",
    dept="Eye Department", clinician="Mr Tobias Wainwright", patient=P16,
    ev="2027-07-07", ld="2027-07-08", sent="2027-07-23 17:55", fmt="docx", hosp="E0927715",
    subject="Eye clinic letter E0927715",
    body=f"""
    @[[late_clinic_letter: Clinic date: 07/07/2027]]
    Letter date: 08/07/2027

    {to_patient("Mrs", P16)}

    {ids(P16, "E0927715")}

    Dear Mrs Marchbank,

    It was a pleasure to see you in the cataract clinic with your granddaughter. You told me that
    the glare from car headlights has become so bad that you have stopped driving at night, and
    that reading the hymn numbers at chapel is now almost impossible with your left eye.

    When I examined your eyes I found a moderately dense cataract in the left eye and an earlier
    one in the right, with otherwise healthy retinas. Your vision in the left eye was 6/24. We
    talked about the benefits and risks of surgery, and you decided that you would like to go
    ahead with the left eye first. I have placed you on the waiting list for left cataract
    surgery under local anaesthetic, and our pre-operative assessment nurses will contact you to
    arrange your measurements and a health check here at the eye unit; there is nothing you need
    to arrange beforehand.

    No action is required by the GP. I look forward to seeing you on the day of surgery.

    Yours sincerely,

    {sig("Mr Tobias Wainwright", "Consultant Ophthalmic Surgeon")}

    cc: Dr Hannah Yeo, {PRACTICE_CC}
    """,
    notes="Nothing asked of the practice (pre-op done by the eye unit, 'No action is required'); only "
          "finding is that the letter went out 16 days after the clinic although it is dated the next day.")

letter(
    key="L17", prov="corrington", kind="clinic_letter", specialty="Urology",
    dept="Department of Urology", clinician="Mr Anand Varadarajan", patient=P17,
    ev="2027-08-09", ld="2027-08-17", sent="2027-08-18 10:36", fmt="pdf", hosp="CD905561",
    subject="Urology clinic letter CD905561",
    body=f"""
    @[[late_clinic_letter: Date of clinic: 9 August 2027]]
    Typed: 17 August 2027

    {to_patient("Mr", P17)}

    {ids(P17, "CD905561")}

    Dear Mr Armitage,

    Thank you for coming to the urology clinic. You were referred because of blood in your urine
    on two dipstick tests at the surgery, without any pain or infection, and you told me that you
    had not actually seen any blood yourself. You gave up smoking twelve years ago after a pipe
    habit of some thirty years, and you worked for much of your life in the dye works at
    Tanfield.

    Your examination was normal, including the prostate, which felt smoothly and only mildly
    enlarged. The urine test in clinic again showed a trace of blood. The ultrasound scan of the
    kidneys that we arranged before the clinic was normal, and your kidney function was fine.

    Given your age and your past work with dyes, I think it is important to look inside the
    bladder with a flexible camera (a cystoscopy), which is a quick test done under local
    anaesthetic jelly. I have put you on the list for this at the Dunmere day unit. Waiting times
    are around four to six weeks at present. [[patient_redirected_to_gp: If you have not heard
    about your cystoscopy appointment within six weeks, please contact your GP, who will be able to
    chase it up for you]].

    Yours sincerely,

    {sig("Mr Anand Varadarajan", "Consultant Urological Surgeon")}

    {GP_CC}
    """,
    notes="Patient told to go through the GP to chase the hospital's own appointment; letter sent 9 days "
          "after clinic.")

letter(
    key="L18", prov="corrington", kind="clinic_letter", specialty="Dermatology",
    dept="Dermatology Outpatients", clinician="Dr Helena Strand", patient=P18,
    ev=None, ld="2027-07-23", sent="2027-07-23 12:02", fmt="plain", hosp="CD640287",
    subject="Dermatology - missed appointment - CD640287",
    body=f"""
    @23 July 2027

    {to_patient("Mr", P18)}

    {ids(P18, "CD640287")}

    Dear Mr Gathercole,

    You were due to see me in the dermatology clinic at Dunmere Community Hospital on Wednesday
    21 July about the acne on your back and chest, following Dr Wren's referral, but
    unfortunately you did not attend and we did not hear from you beforehand.

    I know that appointments can be difficult to keep, particularly around work and exams, and I
    hope nothing is wrong. However, we have a very long waiting list and, in line with our access
    policy, you have now been discharged from the dermatology service. [[dna_rereferral: If you would
    still like to be seen, please ask your GP to refer you to us again]], and we will offer you the
    next available appointment.

    Yours sincerely,

    Dr Helena Strand
    Consultant Dermatologist

    cc: Dr Tomasz Wren, {PRACTICE_CC}
    """,
    notes="Discharged after one missed appointment; the patient is told to get the GP to re-refer.")

letter(
    key="L20", prov="corrington", kind="clinic_letter", specialty="ENT",
    dept="Ear, Nose and Throat Department", clinician="Miss Cerys Pryddeth", patient=P20,
    ev="2027-09-01", ld="2027-09-02", sent="2027-09-03 09:10", fmt="plain", hosp="CD377150",
    subject="ENT clinic letter CD377150",
    body=f"""
    @Clinic date: 1 September 2027
    Typed: 2 September 2027

    {to_patient("Mrs", P20)}

    {ids(P20, "CD377150")}

    Dear Mrs Shillito,

    It was good to see you in the ENT clinic eight weeks after your septoplasty and reduction of
    the turbinates. You are delighted with the result: you can breathe freely through both sides
    of your nose for the first time in years, you are sleeping much better, and your husband
    reports that the snoring has all but stopped. When I looked inside your nose the septum was
    straight and the lining had healed well, with no crusting and no adhesions.

    You do not need to use the saline rinses any more, and there is no need for any further
    follow-up here, so I have discharged you from the clinic. Should your symptoms recur, Dr Wren
    is very welcome to refer you back to us and we will see you promptly. I do not expect that to
    happen, and no action is needed by the practice.

    It was a pleasure to look after you.

    Yours sincerely,

    Miss Cerys Pryddeth
    Consultant ENT Surgeon

    cc: Dr Tomasz Wren, {PRACTICE_CC}
    """,
    notes="Hard negative: discharged after a successful operation with a conditional offer of re-referral.")

letter(
    key="L21", prov="corrington", kind="clinic_letter", specialty="Gastroenterology",
    dept="Gastroenterology and Hepatology", clinician="Dr Oliver Thwaite", patient=P21,
    ev="2027-08-12", ld="2027-08-13", sent="2027-08-16 14:14", fmt="pdf", hosp="CD558902",
    subject="Gastroenterology clinic letter CD558902",
    body=f"""
    @Clinic date: 12 August 2027
    Letter date: 13 August 2027

    {to_patient("Mr", P21)}

    {ids(P21, "CD558902", 2)}

    Dear Mr Loxley,

    Thank you for seeing me in the liver clinic. Dr Achebe referred you because routine blood
    tests showed a raised ALT, and an ultrasound arranged by the practice showed a fatty liver.
    You told me that you have put on about three stone since you stopped playing rugby, that you
    drink two or three pints at the weekend, and that you have no symptoms at all.

    Your blood tests today, including a liver screen for viral hepatitis, iron overload and
    autoimmune conditions, were all negative, which confirms that this is fatty liver disease
    related to weight. The enhanced liver fibrosis test that the practice sent in June was 10.2,
    which is in the indeterminate range, so I have booked you for a FibroScan in our department
    and our team will write to you with the date. I have referred you directly to the hepatology
    team at Ellerby Royal Infirmary for their metabolic liver clinic, and I have also referred you
    to our dietitians, who run an excellent weight management group on Thursday evenings.

    There is nothing that Dr Achebe needs to do at this stage; I will write again with the scan
    result and let you both know what the hepatologists advise.

    Yours sincerely,

    {sig("Dr Oliver Thwaite", "Consultant Gastroenterologist")}

    {GP_CC}
    """,
    notes="Hard negative: onward referrals made directly by the consultant and the scan booked by the hospital; "
          "GP's earlier tests mentioned as history.")

letter(
    key="L22", prov="corrington", kind="clinic_letter", specialty="Trauma and Orthopaedics",
    dept="Fracture Clinic", clinician="Mr Declan Moriarty", patient=P22,
    ev="2027-08-25", ld="2027-08-26", sent="2027-08-31 11:50", fmt="docx", hosp="CD719034",
    subject="Fracture clinic letter CD719034",
    body=f"""
    @Clinic date: 25 August 2027
    Typed: 26 August 2027

    {to_patient("Mr", P22)}

    {ids(P22, "CD719034")}

    Dear Mr Haverstock,

    I saw you in the fracture clinic on Wednesday, a week after you fell from the ladder while
    clearing the gutters and broke the outer ankle bone (the distal fibula) on the right side.
    The X-rays we took on the day show that the fracture is in a good position and the ankle
    joint is stable, so you do not need an operation.

    You are in a walking boot and may put as much weight through the leg as is comfortable. As
    you are a scaffolder, you cannot go back to work for the time being, and I have given you a fit
    note for six weeks today, which should cover you until we see you again. If you need a
    further one at that point, please ask the fracture clinic rather than your GP, and we will
    provide it.

    I have made a referral to our physiotherapy team, who will contact you with an appointment
    in about three weeks. You will continue the dalteparin injections until the boot comes off;
    you took the full supply home from the fracture clinic.

    I will see you with a fresh X-ray in six weeks.

    Yours sincerely,

    {sig("Mr Declan Moriarty", "Consultant Orthopaedic Surgeon")}

    {GP_CC}
    """,
    notes="Hard negative: the fit note is issued by the clinic and further ones will come from the clinic; "
          "physiotherapy referral made by the hospital; full anticoagulant supply given.")

letter(
    key="L23", prov="corrington", kind="clinic_letter", specialty="Endocrinology",
    dept="Diabetes and Endocrinology", clinician="Dr Mei-Ling Barraclough", patient=P23,
    ev="2027-09-08", ld="2027-09-10", sent="2027-09-14 10:22", fmt="html", hosp="CD284416",
    subject="Endocrinology letter CD284416", opts={"alt": True},
    body=f"""
    @Clinic date: 8 September 2027
    Typed: 10 September 2027

    Dear Dr Yeo,

    {ids(P23, "CD284416")}

    Thank you for your letter asking whether Mrs Dunstan, who is now nine months into a course of
    carbimazole for Graves' disease, could safely start trying for a second pregnancy, and whether
    she should switch to another drug first.

    I saw her in clinic with her husband on Wednesday. Her thyroid function has been normal on
    carbimazole 5 mg daily for the past four months and her TSH receptor antibodies have fallen to
    1.1. To answer your question directly: carbimazole is best avoided in the first trimester,
    and so I have switched her to propylthiouracil 50 mg twice daily today, with a two-month
    supply from our pharmacy. She can start trying for a pregnancy once her thyroid function has
    been checked on the new tablet, which we will do here in our phlebotomy clinic in six weeks.

    I do not think she needs any further thyroid tests from the practice, and we will continue to
    prescribe and monitor the propylthiouracil until she has delivered. This letter is for
    information only; there is nothing I need the practice to do.

    Yours sincerely,

    {sig("Dr Mei-Ling Barraclough", "Consultant Endocrinologist")}

    cc: Mrs Philippa Dunstan, {P23['addr'][0]}, {P23['addr'][1]} {P23['addr'][2]}
    """,
    notes="Hard negative: the GP's own question answered; drug switch supplied and monitored by the hospital; "
          "negated test request and 'for information only'.")

letter(
    key="L24", prov="corrington", kind="clinic_letter", specialty="General Surgery",
    dept="Upper GI and General Surgery", clinician="Mr Fergus Lindqvist", patient=P24,
    ev="2027-07-28", ld="2027-07-30", sent="2027-08-02 09:05", fmt="docx", hosp="CD163320",
    subject="Surgical clinic letter and pre-operative form CD163320",
    opts={"extra": [("PreOp_Health_Questionnaire_CD163320.docx", "docx", '''
        # Pre-operative Health Questionnaire (to be completed by the patient's GP practice)
        @Patient: Raymond Clitheroe   DOB: 15/03/1949   NHS: 999 612 6528
        Planned procedure: laparoscopic repair of right inguinal hernia (day case)

        # Section B - Past medical history (GP to complete)
        | Condition | Yes / No | Details and date of diagnosis |
        | Ischaemic heart disease |  |  |
        | Diabetes |  |  |
        | Chronic kidney disease |  |  |

        # Section C - Current medication and allergies (GP to complete)
        Please attach a printed medication list and allergy record.

        # Section D - Most recent results (GP to complete)
        Blood pressure (within 3 months), HbA1c, eGFR, most recent ECG.

        Please return the completed form to the Surgical Listing Office, Corrington General Hospital.
        ''', "Pre-operative health questionnaire")]},
    body=f"""
    @Clinic date: 28 July 2027
    Typed: 30 July 2027

    {to_patient("Mr", P24)}

    {ids(P24, "CD163320")}

    Dear Mr Clitheroe,

    Thank you for coming to the surgical clinic about the lump in your right groin. As we
    discussed, it is an inguinal hernia: a weakness in the muscle wall through which a little of
    the bowel pushes when you cough or lift. It has been getting gradually larger and now aches
    by the end of the day, particularly since you have been helping your son with his loft
    conversion, and it has twice been difficult to push back.

    We agreed that a keyhole repair as a day case would be the best course, and I have added your
    name to my waiting list. The present wait is around fourteen weeks. You have several medical
    problems, including your heart stent in 2019, and we need a clear picture of your health
    before the operation. To speed things up [[non_contractual_admin: I'd be most grateful if the
    practice could complete Sections B to D of the enclosed pre-operative health questionnaire and
    return it to our listing office]], after which our pre-assessment nurses will be in touch with
    you.

    In the meantime please avoid heavy lifting, and if the lump becomes hard, painful and will not
    go back, you should come straight to the Emergency Department.

    Yours sincerely,

    {sig("Mr Fergus Lindqvist", "Consultant Upper GI and General Surgeon")}

    {GP_CC}
    """,
    notes="The hospital's pre-operative questionnaire is sent to the practice to complete.")

letter(
    key="L25", prov="ellerby", kind="clinic_letter", specialty="Vascular Surgery",
    dept="Vascular Surgery", clinician="Mr Jonathan Aldous-Rees", patient=P25,
    ev="2027-08-19", ld="2027-08-20", sent="2027-08-23 15:31", fmt="pdf", hosp="E1108827",
    subject="Vascular clinic letter E1108827",
    body=f"""
    @Clinic date: 19 August 2027
    Typed: 20 August 2027

    {to_patient("Mr", P25)}

    {ids(P25, "E1108827")}

    Dear Mr Penhaligon,

    Thank you for coming to the vascular clinic with your wife. You told me that for about a year
    you have had a cramping pain in your left calf after walking about two hundred yards, which
    eases within a minute or two of standing still, and that it has stopped you walking the dog
    round the reservoir. The pulses in your left foot were very weak, and the pressure measurements
    at your ankles confirmed narrowing of the arteries in the left leg.

    The most important treatment is regular walking through the discomfort, and I have referred
    you to our supervised exercise programme at the Ellerby Leisure Centre; they will ring you. I
    have started clopidogrel 75 mg once daily, and you took 28 days home from our pharmacy; please
    continue it long term alongside your atorvastatin. I have also asked for a duplex ultrasound
    scan of the left leg here, so that we can plan what to do if the walking does not help.

    Our department is taking part in a regional audit of how well risk factors are managed in
    people with peripheral arterial disease, and [[non_contractual_admin: can I ask that the practice
    completes the enclosed audit data collection sheet on Mr Penhaligon's smoking history, statin use
    and blood pressure readings]] and returns it to the vascular audit office.

    I will see you again in three months with the scan result.

    Yours sincerely,

    {sig("Mr Jonathan Aldous-Rees", "Consultant Vascular Surgeon")}

    {GP_CC}
    """,
    notes="Practice asked to fill in the hospital department's audit data collection; everything clinical "
          "(exercise referral, scan, clopidogrel supply) done by the hospital.")

letter(
    key="L26", prov="ellerby", kind="clinic_letter", specialty="Haematology",
    dept="Clinical Haematology", clinician="Dr Laszlo Feher", patient=P26,
    ev="2027-09-02", ld="2027-09-03", sent="2027-09-06 12:44", fmt="plain", hosp="E2519093",
    subject="Haematology clinic letter E2519093",
    body=f"""
    @Clinic date: 2 September 2027
    Typed: 3 September 2027

    {to_patient("Mrs", P26)}

    {ids(P26, "E2519093")}

    Dear Mrs Stott,

    It was good to see you again for your yearly review of the small paraprotein (the MGUS) that
    was found in 2024. I am pleased to tell you that nothing has changed: the level of the
    paraprotein is steady at 4 g/L, your blood count, kidney function and calcium are all normal,
    and the light chain ratio is unchanged.

    Because everything is so stable, I will see you once a year. We will check your paraprotein,
    kidney function and calcium in our phlebotomy department a week before your next appointment,
    which will be sent to you in the post, and I will go through the results with you in clinic.
    Nothing is needed from the practice.

    If you develop new bone pain, particularly in the back, unexplained tiredness or repeated
    infections, please ring the haematology nurse line on 0118 496 0640 and we will see you
    sooner.

    Yours sincerely,

    Dr Laszlo Feher
    Consultant Haematologist

    {GP_CC}
    """,
    notes="Hard negative: monitoring bloods done by the hospital; safety-netting directed to the hospital's "
          "own nurse line; nothing asked of the practice.")

# ---- Quernmoor Hospice

letter(
    key="L27", prov="quernmoor", kind="clinic_letter", specialty="Palliative Medicine",
    dept="Specialist Palliative Care Outpatients", clinician="Dr Felicity Arkwright", patient=P27,
    ev="2027-07-16", ld="2027-07-19", sent="2027-07-20 13:15", fmt="docx", hosp="QH-20931",
    subject="Quernmoor Hospice - outpatient letter QH-20931",
    body=f"""
    @Seen at: Quernmoor Hospice Day Service, 16 July 2027
    Letter date: 19 July 2027

    {to_patient("Mr", P27)}

    {ids(P27, "QH-20931")}

    Dear Colin,

    It was lovely to meet you and Jean at the day service on Friday, and thank you both for
    being so open with me about how things have been at home. I am writing, as we agreed, to set
    down what we talked about, and I am sending a copy to Dr Wren, who I know has been a great
    support to you both.

    You told me that since your last course of treatment for the myeloma finished in the spring
    you have become much more tired, that you are sleeping for much of the afternoon, and that over
    the past fortnight you have been thirsty and a little muddled at times, which Jean has found
    worrying. You have also been constipated despite the laxatives. These symptoms can sometimes
    be caused by a raised calcium level in the blood, which is common with myeloma and very
    treatable, and I would like to rule it out before we put everything down to tiredness.
    [[tests_for_hospital: I'd be grateful if Dr Wren could arrange a calcium and kidney function
    check next week]] and let us know the result, so that we can plan from there. If the calcium is
    raised you would need a short stay, either with us or at Ellerby, for a drip and a bone
    strengthening infusion.

    In the meantime I have increased the Laxido to two sachets daily, and the district nurses
    will call on Tuesday to see how the pressure areas are doing. Jean asked about equipment,
    and our occupational therapist will visit next week to look at a riser chair.

    Please ring the hospice advice line on 01632 960 519, day or night, if you are worried.

    With warm wishes,

    {sig("Dr Felicity Arkwright", "Consultant in Palliative Medicine")}

    cc: Dr Tomasz Wren, {PRACTICE_CC}
    """,
    notes="The hospice consultant's own diagnostic blood test is passed to the GP; district nurse and OT "
          "visits arranged by the hospice are not findings.")

letter(
    key="L28", prov="quernmoor", kind="clinic_letter", specialty="Palliative Medicine",
    dept="Community Specialist Palliative Care Team", clinician="Dr Jonah Whitlock", patient=P28,
    ev="2027-08-11", ld="2027-08-12", sent="2027-08-13 11:05", fmt="pdf", hosp="QH-21477",
    subject="Quernmoor Hospice - home visit QH-21477",
    body=f"""
    @Home visit: 11 August 2027
    Letter date: 12 August 2027

    {to_patient("Mrs", P28)}

    {ids(P28, "QH-21477")}

    Dear Mrs Threlfall,

    Thank you for letting me visit you at home with Nurse Kowalski on Wednesday. It was a
    privilege to hear something of your life, and your garden is every bit as beautiful as your
    daughter told me.

    As you know, your GP kindly arranged the ultrasound scan last year that found the growth in
    your pancreas, and since then you have chosen, very clearly and after a great deal of thought,
    not to have treatment aimed at the cancer itself. You told me that the pain in your back is
    now much better on the slow-release oxycodone, that you are eating small amounts, and that
    what matters most to you is to stay at home with your cat.

    We agreed to increase the oxycodone MR to 20 mg twice daily. The hospice pharmacy will supply
    it and our nurses will deliver it tomorrow. Dr Wren had already prescribed anticipatory
    medicines last week, and these are in the house. I have asked the district nurses to check
    the syringe driver box and the anticipatory medicines chart when they next visit, and our
    team will ring you every Monday and Thursday.

    This letter is for information only; no action is needed from the practice.

    With kind regards,

    {sig("Dr Jonah Whitlock", "Specialty Doctor, Palliative Medicine")}

    cc: Dr Tomasz Wren, {PRACTICE_CC}
    """,
    notes="Hard negative: history of GP work, hospice supplies the opioid, requests aimed at district nurses, "
          "'for information only'.")

letter(
    key="L29", prov="quernmoor", kind="clinic_letter", specialty="Lymphoedema",
    dept="Lymphoedema and Wellbeing Service", clinician="Dr Felicity Arkwright", patient=P29,
    ev="2027-09-09", ld="2027-09-13", sent="2027-09-15 10:40", fmt="html", hosp="QH-22310",
    subject="Quernmoor Hospice - clinic letter QH-22310",
    body=f"""
    @Clinic date: 9 September 2027
    Letter date: 13 September 2027

    {to_patient("Mrs", P29)}

    {ids(P29, "QH-22310")}

    Dear Sheila,

    Thank you for coming up to the hospice for your first appointment with me. You were referred
    by your breast care nurse because of the swelling in your left arm, which began about six
    months after your operation and radiotherapy and has been getting steadily worse over the
    summer.

    When I measured your arms there was a 22 per cent difference in volume between the two, and
    the skin on the back of the hand and forearm was a little thickened. The good news is that
    there were no signs of infection and the scan you had in June showed no sign of the cancer
    coming back. This is lymphoedema, and it does respond well to a combination of skin care,
    exercise, compression and manual drainage, which our lymphoedema nurses provide here at the
    hospice.

    I have put your name down for the lymphoedema nursing clinic, which has a waiting list of
    around four weeks. [[patient_redirected_to_gp: If you have not heard from our lymphoedema
    service within four weeks, please contact your GP, who can chase the referral up for you]]. In
    the meantime, please keep wearing the off-the-shelf sleeve you were given and use the
    moisturiser twice a day.

    With best wishes,

    {sig("Dr Felicity Arkwright", "Consultant in Palliative Medicine")}

    cc: Dr Rosalind Achebe, {PRACTICE_CC}
    """,
    notes="Patient told to chase the hospice's own service through the GP.")

# ---- Brindlecombe Mental Health

letter(
    key="L30", prov="brindlecombe", kind="clinic_letter", specialty="Adult Mental Health",
    dept="Early Intervention in Psychosis Team", clinician="Dr Marguerite Oyelaran", patient=P30,
    ev="2027-07-21", ld="2027-07-23", sent="2027-07-26 16:12", fmt="pdf", hosp="RiO 7731904",
    subject="Outpatient review - RiO 7731904",
    body=f"""
    @Outpatient review: 21 July 2027
    Letter typed: 23 July 2027

    {to_patient("Mr", P30)}

    {ids(P30, "RiO 7731904")}

    Dear Daniel,

    Thank you for coming to see me with your care coordinator, Ruth, at the Beacon Centre. It
    is now a little over a year since you started clozapine, and I wanted to write to you, as you
    asked me to, about how well you have been doing and about the plans we made.

    You have had no return of the voices since the spring, you have been going to the allotment
    project three days a week, and you told me that you have begun to think about college in
    January. Your weight has been steady, your blood pressure was 124/80, and your last blood
    monitoring result through our clozapine clinic was green. You still have some hypersalivation
    at night, for which the hyoscine has helped, and you have been a little constipated, so
    please carry on with the senna and the Laxido.

    We talked about the long journey to the clozapine clinic every four weeks. [[hospital_only_prescribing:
    I wonder whether, now that you are settled, the practice might take over prescribing your
    clozapine]], with your blood monitoring continuing at the clozapine clinic and the results sent
    to the surgery, so that you could collect it from the chemist near you. Ruth will talk with
    you about how this might work.

    I will see you again in three months.

    Yours sincerely,

    {sig("Dr Marguerite Oyelaran", "Consultant Psychiatrist")}

    {GP_CC}
    """,
    notes="Clozapine (red, hospital clozapine clinic) proposed for GP prescribing.")

letter(
    key="L31", prov="brindlecombe", kind="clinic_letter", specialty="Adult Mental Health",
    dept="Community Mental Health Team (Hollinbrook and Tanfield)", clinician="Dr Marguerite Oyelaran",
    patient=P31, ev="2027-08-04", ld="2027-08-06", sent="2027-08-09 09:48", fmt="docx", hosp="RiO 6028815",
    subject="CMHT discharge letter - RiO 6028815",
    body=f"""
    @Seen: 4 August 2027
    Typed: 6 August 2027

    {to_patient("Mrs", P31)}

    {ids(P31, "RiO 6028815")}

    Dear Mrs Iveson,

    Thank you for coming to the Beacon Centre for what we agreed would be your last appointment
    with the community mental health team, at least for the time being. It has been a real
    pleasure to see you recover so well over the past two years, and I was delighted to hear that
    you are back at the choir and have started volunteering at the food bank.

    You have been well on lithium carbonate 800 mg at night for nearly two years, with levels
    consistently between 0.6 and 0.8 mmol/L, and your kidney and thyroid function tests have been
    normal throughout. You have had no episodes of either low mood or elation in that time. We
    talked at length about the importance of staying on lithium, about the signs of toxicity to
    look out for, especially if you are unwell with vomiting or diarrhoea, and about not taking
    anti-inflammatory painkillers without checking first.

    As you are being discharged from our team, [[shared_care_without_agreement: I'd suggest the
    practice now takes over her lithium prescribing and the three-monthly lithium levels, kidney and
    thyroid checks]], following the usual monitoring schedule. Your care coordinator, Mark, will
    give you a final two weeks of tablets from our team's pharmacy.

    If you notice your mood changing, please do not hesitate to contact the team directly on 0151
    496 0850; we would be very happy to see you again.

    Yours sincerely,

    {sig("Dr Marguerite Oyelaran", "Consultant Psychiatrist")}

    {GP_CC}
    """,
    notes="Lithium (amber, national SCP) and its monitoring transferred on discharge from the CMHT without a "
          "shared-care agreement.")

letter(
    key="L32", prov="brindlecombe", kind="clinic_letter", specialty="Adult ADHD Service",
    dept="Adult ADHD Service", clinician="Dr Stefan Novak", patient=P32,
    ev="2027-08-16", ld="2027-08-18", sent="2027-08-20 10:20", fmt="docx", hosp="RiO 8812093",
    subject="Adult ADHD service letter and shared care agreement - RiO 8812093",
    opts={"extra": [("ADHD_SCP_Lisdexamfetamine_RiO8812093.docx", "docx", '''
        # Shared Care Protocol: Lisdexamfetamine for adults with ADHD
        Ashvale ICB and Brindlecombe Mental Health NHS Foundation Trust, version 3 (2027)

        # Specialist responsibilities
        - Assessment, diagnosis, initiation and titration until the dose is stable.
        - Annual review of the need for treatment.

        # Primary care responsibilities (only once this agreement is signed)
        - Prescribe lisdexamfetamine at the stable dose recommended.
        - Record pulse, blood pressure and weight every six months and send them to the service.

        # Agreement
        @Patient: Kieran Mulvaney   NHS number: 999 554 5659
        GP: I agree / do not agree (delete as appropriate) to share care for this patient.
        Signed: ____________________   Practice: ____________________   Date: __________
        ''', "ADHD shared care agreement")]},
    body=f"""
    @Clinic date: 16 August 2027
    Typed: 18 August 2027

    {to_patient("Mr", P32)}

    {ids(P32, "RiO 8812093")}

    Dear Kieran,

    Thank you for coming for your review. I am very pleased to hear that the change to
    lisdexamfetamine has made such a difference: you are finishing tasks at work, your manager has
    noticed, and you said you are no longer losing your keys every other morning. Your pulse was
    78 and your blood pressure 122/76, and your weight is unchanged. We have now kept you on the
    same dose of 50 mg each morning for three months, which means your treatment is stable.

    You asked about getting your prescriptions from your own surgery. I have enclosed the Ashvale
    shared care protocol for adult ADHD medicines and the agreement form. Dr Achebe, we would be
    grateful to know whether the practice is willing to accept shared care for Kieran; until the
    signed agreement reaches us we will continue to prescribe from the service, and if the practice
    decides not to accept, we will simply carry on as we are.

    I will see you again in six months.

    Yours sincerely,

    {sig("Dr Stefan Novak", "Specialty Doctor, Adult ADHD Service")}

    {GP_CC}
    """,
    notes="Hard negative: stable amber drug offered for shared care with the protocol and agreement attached; "
          "the service keeps prescribing until the practice agrees.")

letter(
    key="L33", prov="brindlecombe", kind="clinic_letter", specialty="Adult Mental Health",
    dept="Primary Care Liaison Psychiatry", clinician="Dr Ife Adeyemi", patient=P33,
    ev="2027-09-01", ld="2027-09-02", sent="2027-09-06 13:33", fmt="plain", hosp="RiO 5503318",
    subject="Liaison psychiatry letter RiO 5503318",
    body=f"""
    @Seen: 1 September 2027
    Typed: 2 September 2027

    Dear Dr Wren,

    {ids(P33, "RiO 5503318")}

    Thank you for your referral asking for a view on Laura's antidepressant treatment, and in
    particular whether her sertraline could be increased further or whether it would be better to
    switch to something else. I saw her on Wednesday in the liaison clinic at Hollinbrook Health
    Centre.

    She has had a partial response to sertraline 100 mg over the past four months: she is sleeping
    better and has gone back to work part time, but she still has low mood most days and little
    enjoyment in things. There are no thoughts of self-harm, and no features of bipolar disorder or
    psychosis. In answer to your question, I think it is reasonable to increase the sertraline to
    150 mg once daily before considering a switch; I discussed this with Laura and she was happy
    to go ahead, so I increased it in clinic and she took 28 days of the new dose from our
    pharmacy. Please continue sertraline 150 mg daily thereafter.

    I have also referred Laura to the Talking Therapies service myself, as she would like to try
    CBT. I have not arranged to see her again, but I would be happy to give further advice if
    things do not improve over the next two to three months.

    Yours sincerely,

    Dr Ife Adeyemi
    Consultant Liaison Psychiatrist

    cc: Ms Laura Pendlebury, {P33['addr'][0]}, {P33['addr'][1]} {P33['addr'][2]}
    """,
    notes="Hard negative: the GP's own question answered; a green drug increased with supply and continued "
          "by the GP; talking-therapy referral made by the psychiatrist.")

# ---- Kestrelmead Private Hospital (NHS-funded patients)

letter(
    key="L35", prov="kestrelmead", kind="clinic_letter", specialty="Orthopaedics",
    dept="Pre-admission Assessment Unit", clinician="Mr Rupert Castellane", patient=P35,
    ev="2027-08-06", ld="2027-08-06", sent="2027-08-09 12:30", fmt="pdf", hosp="KPH-041187",
    subject="Kestrelmead: pre-admission request for your patient KPH-041187",
    opts={"extra": [("KPH_PreAdmission_Medical_Questionnaire.pdf", "pdf", '''
        # Kestrelmead Private Hospital - Pre-admission Medical Questionnaire
        For completion by the patient's registered GP. Please return within 14 days.
        @Patient: Brenda Scholes   DOB: 13/09/1956
        Procedure: right total knee replacement (NHS e-Referral, Ashvale ICB)

        | 1. Cardiac history (MI, angina, arrhythmia, heart failure) |  |
        | 2. Respiratory history (asthma, COPD, sleep apnoea) |  |
        | 3. Diabetes: type, treatment, latest HbA1c |  |
        | 4. Anticoagulant or antiplatelet medicines |  |
        | 5. MRSA or other infection history |  |
        | 6. Latest blood pressure and date |  |

        GP name and signature: ____________________   Date: __________
        ''', "Pre-admission medical questionnaire")]},
    body=f"""
    @Date of pre-admission assessment: 6 August 2027

    {to_patient("Mrs", P35)}

    {ids(P35, "KPH-041187")}

    Dear Mrs Scholes,

    Thank you for coming to Kestrelmead for your pre-admission assessment ahead of your right knee
    replacement with Mr Castellane, which is provisionally booked for 4 October. Our pre-admission
    nurse, Sister Denise Harcourt, went through your health questionnaire with you, measured your
    blood pressure and took the MRSA screening swabs. You told us that you have type 2 diabetes
    managed with tablets, and that you had some palpitations last winter which were looked into at
    Corrington.

    Because of your diabetes and the palpitations, our anaesthetist would like a little more
    information before we can confirm the date. [[non_contractual_admin: Please could the practice
    complete the enclosed Kestrelmead pre-admission medical questionnaire]] and, as we do not have
    facilities for routine blood tests on site, [[tests_for_hospital: arrange a 12-lead ECG and an
    HbA1c within the four weeks before surgery]], sending the results to our pre-admission unit by
    secure e-mail.

    If your HbA1c is above 69 mmol/mol we may need to postpone your operation, and we would let you
    know as soon as possible.

    Yours sincerely,

    {sig("Mr Rupert Castellane", "Consultant Orthopaedic Surgeon", "for Sister Denise Harcourt, Pre-admission Unit")}

    {GP_CC}
    """,
    notes="Private provider treating an NHS patient passes its pre-admission questionnaire and its own "
          "pre-operative ECG and HbA1c to the practice.")

letter(
    key="L36", prov="kestrelmead", kind="referral_response", specialty="Ophthalmology",
    dept="NHS Patient Services - Ophthalmology", clinician="Mr Sunil Bhattacharya", patient=P36,
    ev=None, ld="2027-07-15", sent="2027-07-15 14:22", fmt="plain", hosp="KPH-039902",
    subject="Kestrelmead: patient discharged - no response to booking (KPH-039902)",
    body=f"""
    @Date: 15 July 2027

    Dear Dr Yeo,

    {ids(P36, "KPH-039902")}

    Thank you for referring Mr Fenwick to Kestrelmead Private Hospital for NHS cataract surgery
    through the e-Referral Service.

    We wrote to Mr Fenwick on 3 June and again on 24 June inviting him to telephone our booking
    team to choose a date for his first appointment with Mr Bhattacharya, and we also tried to
    telephone him twice. We have not had a reply to either letter, and under our NHS patient
    access policy his referral has now been closed and he has been discharged back to the care of
    the practice. [[dna_rereferral: If Mr Fenwick still wishes to have cataract surgery, the GP will
    need to submit a new referral]] through the e-Referral Service.

    Yours sincerely,

    NHS Patient Services Team
    on behalf of Mr Sunil Bhattacharya, Consultant Ophthalmic Surgeon
    Kestrelmead Private Hospital

    cc: Mr Albert Fenwick, {P36['addr'][0]}, {P36['addr'][1]} {P36['addr'][2]}
    """,
    notes="Private provider closes an NHS referral after an unanswered booking invitation and asks for a new "
          "referral. Patient DOB only in the identifier block.")

letter(
    key="L37", prov="kestrelmead", kind="clinic_letter", specialty="Ophthalmology",
    dept="Eye Surgery Unit", clinician="Mr Sunil Bhattacharya", patient=P37,
    ev="2027-09-14", ld="2027-09-15", sent="2027-09-16 09:25", fmt="html", hosp="KPH-042651",
    subject="Kestrelmead: post-operative clinic letter KPH-042651", opts={"inline": True},
    body=f"""
    @Clinic date: 14 September 2027
    Typed: 15 September 2027

    {to_patient("Mrs", P37)}

    {ids(P37, "KPH-042651")}

    Dear Mrs Oakes,

    I was very pleased to see you in the eye clinic one week after your right cataract operation.
    You told me that colours look brighter than they have for years and that you could read the
    number of the bus from the shelter on your way here. The eye was quiet, the new lens is in
    exactly the right place, and the vision in the right eye is already 6/9 without glasses.

    Please carry on with the Maxidex drops four times a day for another three weeks and then
    stop; you were given enough drops on the day of surgery to finish the course. Our nurse
    specialist will see you here at Kestrelmead in four weeks for your final post-operative check,
    and after that your own optician will test you for new glasses. We have sent you both
    appointments.

    If the eye becomes painful, red or the vision drops, please ring our 24-hour ward number on
    0121 496 0360 rather than your GP, and we will see you the same day.

    Yours sincerely,

    {sig("Mr Sunil Bhattacharya", "Consultant Ophthalmic Surgeon")}

    cc: Dr Hannah Yeo, {PRACTICE_CC}
    """,
    notes="Hard negative: post-operative care, drops and follow-up all provided by the private provider; "
          "patient told to contact the hospital, not the GP.")

letter(
    key="L38", prov="kestrelmead", kind="referral_response", specialty="General Surgery",
    dept="NHS Patient Services - General Surgery", clinician="Mr Piers Galloway", patient=P38,
    ev=None, ld="2027-07-06", sent="2027-07-06 11:40", fmt="plain", hosp="KPH-038810",
    subject="e-RS referral returned: UBRN 0004 1188 2271 (KPH-038810)",
    body=f"""
    @Referral review outcome: RETURNED TO REFERRER
    Date reviewed: 6 July 2027

    Dear Dr Achebe,

    {ids(P38, "KPH-038810")}

    Thank you for your referral of Mr Dobbs with a symptomatic left inguinal hernia. Mr Galloway
    has reviewed the referral letter and the attached summary.

    Mr Dobbs's recorded BMI is 38 and he is a current smoker. For elective hernia repair at
    Kestrelmead our anaesthetic guidance requires a BMI under 35 and a period of eight weeks free
    of smoking, since these reduce the risk of wound infection and recurrence. [[referral_returned_for_workup:
    We are therefore returning this referral; please refer again once Mr Dobbs's BMI is below 35
    and he has been smoke-free for eight weeks]], enclosing a recent weight.

    If the hernia becomes irreducible or painful, he should attend the Emergency Department.

    Yours sincerely,

    Referral Management Team, on behalf of Mr Piers Galloway
    Consultant General Surgeon, Kestrelmead Private Hospital
    """,
    notes="NHS referral to a private provider rejected and returned for weight loss and smoking cessation "
          "first. (A reviewer may see BMI thresholds as a commissioning policy; labelled per the taxonomy.)")

# ---- Referral responses (e-RS)

letter(
    key="L39", prov="ellerby", kind="referral_response", specialty="Haematology",
    dept="Clinical Haematology - e-RS triage", clinician="Dr Laszlo Feher", patient=P39,
    ev=None, ld="2027-07-07", sent="2027-07-07 16:50", fmt="html", hosp="E3381270",
    subject="e-RS triage outcome: referral returned (E3381270)",
    body=f"""
    @e-Referral Service - Triage outcome
    Service: Haematology General (Ellerby Royal Infirmary)
    Outcome: Returned to referrer with advice
    Triage date: 7 July 2027

    {ids(P39, "E3381270")}

    Dear Dr Wren,

    Thank you for referring this 34-year-old woman with tiredness and a haemoglobin of 104 g/L
    with a low MCV. I have read your letter and the results carefully.

    This picture is most likely to be iron deficiency related to her heavy periods, which you
    mention, although her iron studies have not yet been checked. It would not be the best use of
    her time to come to the haematology clinic at this stage. [[referral_returned_for_workup: Please
    repeat ferritin, B12, folate and coeliac serology, trial oral iron for three months and refer
    again once the results are available]] if the anaemia has not corrected.

    With best wishes,

    {sig("Dr Laszlo Feher", "Consultant Haematologist")}
    """,
    notes="e-RS referral returned asking the GP for more work-up and a treatment trial first.")

letter(
    key="L40", prov="corrington", kind="referral_response", specialty="Dermatology",
    dept="Dermatology - Referral Assessment Service", clinician="Dr Helena Strand", patient=P40,
    ev=None, ld="2027-08-25", sent="2027-08-26 08:30", fmt="docx", hosp="CD812256",
    subject="Referral assessment outcome CD812256",
    body=f"""
    # Referral Assessment Service - outcome
    @Date of assessment: 25 August 2027
    Clinician: Dr Helena Strand, Consultant Dermatologist
    Outcome: Not accepted - advice given

    {ids(P40, "CD812256")}

    Dear Dr Achebe,

    Thank you for referring Mr Haslam with a two-year history of an itchy, scaly rash on his
    shins and the backs of his hands that has not settled with emollients and 1% hydrocortisone.

    From your description and the photographs this is most likely to be discoid eczema, although
    psoriasis remains a possibility. Most patients respond well to adequate topical treatment in
    primary care. [[referral_returned_for_workup: We'd ask you to try a potent topical steroid for
    eight weeks and send dermatoscopic photographs before re-referring]] if there has been no
    response. Please use the teledermatology upload template when you do so.

    Kind regards,

    Dr Helena Strand
    Consultant Dermatologist
    """,
    notes="Referral declined with advice and a treatment trial plus new photographs required before re-referral.")

letter(
    key="L41", prov="corrington", kind="referral_response", specialty="ENT",
    dept="ENT - Advice and Guidance", clinician="Miss Cerys Pryddeth", patient=P41,
    ev=None, ld="2027-07-13", sent="2027-07-13 12:18", fmt="html", hosp="CD430118",
    subject="Advice and Guidance response CD430118",
    body=f"""
    @Advice and Guidance reply
    Date of reply: 13 July 2027

    {ids(P41, "CD430118")}

    Dear Dr Yeo,

    Thank you for your advice and guidance request about Mrs Garside, who has had a blocked
    feeling in her left ear and mild tinnitus for six weeks since a cold, with a normal-looking
    eardrum, and you asked whether she needed to be seen or could be managed in the practice.

    This sounds very much like Eustachian tube dysfunction after a viral infection, which usually
    settles over two to three months. You asked specifically about a nasal steroid: yes, I would
    suggest mometasone nasal spray, two sprays once daily for six weeks, along with regular
    auto-inflation (for example with an Otovent balloon), which she can buy from the pharmacy.
    There are no red flags in your description.

    If she does not improve, or if you would prefer her to be seen at any point, please convert
    this request to a referral and I will be happy to see her; there is no need to send a new
    referral letter.

    Kind regards,

    {sig("Miss Cerys Pryddeth", "Consultant ENT Surgeon")}
    """,
    notes="Hard negative: the GP's own advice-and-guidance question answered, with the option to convert to "
          "a referral at any time; not a returned referral.")

# =========================================================================== discharge summaries


def epr_head(p, hosp, ward, cons, adm, dis, extra=""):
    return (f"# DISCHARGE SUMMARY\n"
            f"@Patient name: {p['name']}\nDate of birth: {ddmm(p['dob'])}\nNHS number: {spaced(p['nhs_number'])}\n"
            f"Hospital number: {hosp}\nAddress: {', '.join(p['addr'])}\n"
            f"GP: Dr Rosalind Achebe, {PRACTICE}\n\n"
            f"@Ward: {ward}\nResponsible consultant: {cons}\nDate of admission: {adm}\n{dis}"
            + (f"\n{extra}" if extra else ""))


letter(
    key="L43", prov="corrington", kind="discharge_summary", specialty="Acute Medicine",
    dept="Acute Medical Unit", clinician="Dr Parveen Chaudry", patient=P43,
    ev="2027-07-10", ev_time="15:40", ld="2027-07-13", sent="2027-07-13 09:05", fmt="pdf", hosp="CD092257",
    subject="eDischarge: 999 185 0899 (CD092257)",
    body=epr_head(P43, "CD092257", "Ward 7 (Respiratory and Acute Medicine)", "Dr Parveen Chaudry",
                  "04/07/2027", "[[late_discharge_summary: Date of discharge: 10/07/2027 15:40]]") + """

    # Diagnosis
    Community-acquired pneumonia, right lower lobe (CURB-65 score 2 on admission).

    # Clinical summary
    Mr Greenhalgh, an 87-year-old retired joiner who lives alone with daily help from his
    daughter, was admitted with three days of productive cough, fever and confusion. Chest X-ray
    showed right lower lobe consolidation. He was treated with intravenous co-amoxiclav and oral
    doxycycline, improved steadily, and was mobile with his frame by day five. CRP fell from 212
    to 31. He was reviewed by the therapy team and is back to his usual level of function.

    # Medication changes
    | Medicine | Dose | Status | Supply |
    | Doxycycline | 100 mg once daily | NEW - to complete 7 days | TTO: 3 days supplied |
    | Amlodipine | 5 mg once daily | Unchanged | Own supply |
    | Ramipril | 2.5 mg once daily | Unchanged (withheld 2 days for AKI, restarted) | Own supply |

    # GP Actions
    1. [[hospital_only_prescribing: Please prescribe a further 4 days of doxycycline to complete the
    course]] (only 3 days could be dispensed from the discharge pharmacy).
    2. [[tests_for_hospital: Repeat chest X-ray in 6 weeks to confirm resolution, GP to request]].

    # Follow-up arrangements
    No hospital follow-up. Daughter aware of the plan.

    @Completed by: Dr Ahmed Siddiqui, FY1, on behalf of Dr Parveen Chaudry
    """,
    notes="Less than 7 days' discharge medication with the rest left to the GP, and the team's follow-up "
          "X-ray passed to the practice; sent 2.7 days after discharge.")

letter(
    key="L44", prov="corrington", kind="discharge_summary", specialty="General Surgery",
    dept="Surgical Day Unit", clinician="Mr Fergus Lindqvist", patient=P44,
    ev="2027-07-18", ev_time="14:05", ld="2027-07-18", sent="2027-07-18 18:20", fmt="html", hosp="CD604471",
    subject="Discharge summary - General Surgery - CD604471",
    body=epr_head(P44, "CD604471", "Surgical Day Unit", "Mr Fergus Lindqvist", "18/07/2027",
                  "Date and time of discharge: 18/07/2027 14:05") + """

    # Procedure
    Laparoscopic cholecystectomy (18/07/2027) for recurrent biliary colic. Uncomplicated. Four port
    sites closed with absorbable subcuticular sutures except the umbilical port, closed with two
    interrupted nylon sutures.

    # Discharge medication
    | Medicine | Dose | Supply |
    | Paracetamol | 1 g four times daily when required | 7 days supplied |
    | Codeine phosphate | 30 mg four times daily when required | 7 days supplied |

    # Follow-up arrangements
    - [[post_procedure_care: GP practice nurse to remove the umbilical sutures at day 10]].
    - No routine surgical outpatient follow-up. Histology will be reviewed by Mr Lindqvist, who will
      write to the patient if any action is needed.

    # Information for the patient
    - Avoid heavy lifting for four weeks.
    - [[fit_note: You have been advised to obtain a fit note from your GP for 2 weeks]] (office work).

    @Author: Dr Fiona Lake, Core Surgical Trainee
    """,
    notes="Suture removal after a hospital operation passed to the practice nurse, and the patient sent to "
          "the GP for the post-operative fit note; hospital keeps its own histology. Same-day summary.")

letter(
    key="L45", prov="ellerby", kind="discharge_summary", specialty="Acute Medicine",
    dept="Acute Medicine", clinician="Dr Yusuf Adebayo", patient=P45,
    ev="2027-07-24", ev_time="12:10", ld="2027-07-24", sent="2027-07-24 19:00", fmt="docx", hosp="E0871365",
    subject="Electronic discharge summary E0871365", urgent=True,
    body=epr_head(P45, "E0871365", "Ward 21 (Acute Medicine)", "Dr Yusuf Adebayo", "19/07/2027",
                  "Discharged: 24/07/2027 at 12:10") + """

    # Diagnoses
    1. Acute kidney injury (stage 2) secondary to dehydration and diarrhoea, on ramipril and
       spironolactone.
    2. Hyperkalaemia (potassium 6.8 on admission).

    # Hospital course
    Treated with intravenous fluids and insulin-dextrose; ramipril and spironolactone withheld.
    Creatinine fell from 312 to 168 umol/L. Potassium on the morning of discharge was 5.9 mmol/L,
    still above the normal range. Blood cultures taken on 23/07 because of a single temperature
    spike were still pending at discharge. Patient keen to go home for his granddaughter's wedding.

    # Medication changes
    | Medicine | Change | Supply |
    | Ramipril 5 mg | WITHHELD until renal function recovers | - |
    | Spironolactone 25 mg | STOPPED | - |
    | Bisoprolol 2.5 mg | Continue | Own supply |

    # GP Actions
    - [[tests_for_hospital: Please repeat U&E within 48-72 hours of discharge and restart ramipril only if
      creatinine below 150]].
    - [[results_chasing: Blood cultures taken 23/07 still pending at discharge - GP to follow up the final
      result]] and treat if positive.

    @Completed by: Dr Grace Ellwood, FY1
    """,
    notes="Potassium still raised on discharge: the time-critical repeat U&E and the pending blood cultures "
          "are both left to the practice; urgent. Summary sent within 7 hours.")

letter(
    key="L46", prov="ellerby", kind="discharge_summary", specialty="Cardiology",
    dept="Cardiology", clinician="Dr Catriona Maclennan", patient=P46,
    ev="2027-08-01", ev_time="17:30", ld="2027-08-02", sent="2027-08-02 11:45", fmt="pdf", hosp="E2204598",
    subject="Electronic discharge summary E2204598",
    body=epr_head(P46, "E2204598", "Coronary Care Unit / Ward 30", "Dr Catriona Maclennan", "28/07/2027",
                  "Date/time of discharge: 01/08/2027 17:30") + """

    # Diagnosis
    Non-ST-elevation myocardial infarction. Coronary angiography (30/07/2027): 90% stenosis of the
    circumflex artery treated with one drug-eluting stent. Left ventricular function mildly impaired
    on echo (EF 48%).

    # Medication
    | Medicine | Dose | Status | Supply |
    | Aspirin | 75 mg once daily | NEW, lifelong | 28 days |
    | Ticagrelor | 90 mg twice daily | NEW, for 12 months (stop 30/07/2028) | 28 days |
    | Atorvastatin | 80 mg once daily | NEW | 28 days |
    | Ramipril | 2.5 mg once daily | NEW | 28 days |
    | Bisoprolol | 2.5 mg once daily | NEW | 28 days |
    | Lansoprazole | 15 mg once daily | NEW, while on dual antiplatelets | 28 days |

    # Follow-up arrangements
    - Cardiac rehabilitation: referral made by the ward; the team will contact the patient.
    - Ramipril titration and U&E: in the heart failure nurse clinic at Ellerby (appointment sent).
    - Repeat echocardiogram in 3 months: booked by us.
    - Cardiology outpatient review in 3 months: booked.
    - The community pharmacy has been sent a Discharge Medicines Service referral.

    # GP Actions
    None. Please continue the medicines above on repeat prescription.

    @Author: Dr Marcus Obi, Specialty Registrar in Cardiology
    """,
    notes="Hard negative: 28 days of green post-MI medicines supplied, titration, tests and rehab all arranged "
          "by the hospital; 'GP Actions: None'. Sent 18 hours after discharge.")

letter(
    key="L47", prov="ellerby", kind="discharge_summary", specialty="Respiratory Medicine",
    dept="Respiratory Medicine", clinician="Dr Gregory Pennock", patient=P47,
    ev="2027-08-06", ev_time="11:00", ld="2027-08-06", sent="2027-08-10 14:30", fmt="plain", hosp="E1637742",
    subject="Discharge summary E1637742",
    body=epr_head(P47, "E1637742", "Ward 14 (Respiratory)", "Dr Gregory Pennock", "01/08/2027",
                  "[[late_discharge_summary: Discharge date: 06/08/2027]] (time 11:00)") + """

    # Diagnosis
    Infective exacerbation of COPD (FEV1 41% predicted). Type 2 respiratory failure on admission,
    resolved without non-invasive ventilation.

    # Summary
    Third admission this year. Treated with nebulisers, prednisolone 30 mg for 5 days (course
    completed in hospital) and doxycycline for 5 days (completed). Inhaler technique reviewed by
    the respiratory nurse; switched to a single triple-therapy inhaler. Smoking cessation advice
    given; she stopped smoking in 2024. MRC dyspnoea grade 4. Rescue pack supplied.

    # Medication changes
    - Trimbow 87/5/9, two puffs twice daily: NEW (replaces Fostair and Spiriva). 1 inhaler supplied.
    - Rescue pack (amoxicillin and prednisolone): supplied.

    # GP Actions
    - [[onward_referral: GP to refer to pulmonary rehabilitation]].
    - Please continue Trimbow on repeat.

    # Follow-up
    Respiratory nurse telephone follow-up at 2 weeks (booked).

    @Completed by: Dr Tomas Lindgren, FY2
    """,
    notes="Referral to pulmonary rehabilitation after an exacerbation left to the GP; summary sent 4 days after "
          "discharge. Continuing a green inhaler is not a finding.")

letter(
    key="L48", prov="corrington", kind="discharge_summary", specialty="Trauma and Orthopaedics",
    dept="Orthogeriatrics", clinician="Mr Declan Moriarty", patient=P48,
    ev="2027-08-13", ev_time="14:00", ld="2027-08-14", sent="2027-08-14 10:30", fmt="docx", hosp="CD077390",
    subject="eDischarge summary CD077390",
    body=epr_head(P48, "CD077390", "Ward 4 (Orthogeriatrics)", "Mr Declan Moriarty", "05/08/2027",
                  "Discharge date and time: 13/08/2027 14:00") + """

    # Diagnosis and procedure
    Left intracapsular neck of femur fracture after a fall at the care home. Left hemiarthroplasty
    (06/08/2027). Reviewed by the orthogeriatric team throughout.

    # Progress
    Mobilising with a frame and one carer. Mild post-operative delirium, now resolved. Bone health
    assessed: adjusted calcium 2.31, vitamin D 28 nmol/L, eGFR 58. Alendronic acid started after
    the vitamin D loading course.

    # Medication changes
    | Medicine | Dose | Status | Supply |
    | Colecalciferol | 800 units daily | NEW (loading course completed on ward) | 28 days |
    | Alendronic acid | 70 mg once weekly | NEW | 4 weeks |
    | Enoxaparin | 40 mg SC once daily | NEW, until 03/09/2027 | 21 days (complete course) |

    # GP Actions
    - [[tests_for_hospital: Please arrange a DEXA scan and check bone profile and vitamin D in 3 months]]
      to guide the fracture liaison plan.
    - Please continue alendronic acid and colecalciferol on repeat.

    # Follow-up arrangements
    - Clips to be removed at day 14 by the district nurses; referral sent by the ward.
    - Fracture clinic at 6 weeks: booked.

    @Author: Dr Sophie Nakagawa, FY1
    """,
    notes="The hospital's fracture-liaison DEXA and bone bloods are passed to the GP; clip removal is "
          "arranged by the ward with district nurses (not a finding). Sent 20.5 hours after discharge.")

letter(
    key="L49", prov="corrington", kind="discharge_summary", specialty="Gastroenterology",
    dept="Gastroenterology", clinician="Dr Oliver Thwaite", patient=P49,
    ev="2027-08-20", ev_time="16:00", ld="2027-08-21", sent="2027-08-21 09:10", fmt="pdf", hosp="CD341586",
    subject="eDischarge: 999 599 8254 (CD341586)", urgent=True,
    body=epr_head(P49, "CD341586", "Ward 9 (Gastroenterology)", "Dr Oliver Thwaite", "17/08/2027",
                  "Discharge: 20/08/2027 16:00") + """

    # Diagnosis
    Upper GI bleed: 25 mm gastric ulcer on the lesser curve with an irregular, rolled edge at OGD
    (18/08/2027). Biopsies taken. H. pylori CLO test negative.

    # Summary
    Presented with melaena and a haemoglobin of 71 g/L. Transfused 2 units. No re-bleeding.
    Endoscopic appearance raised the possibility of malignancy, discussed with the patient.

    # Medication changes
    | Medicine | Dose | Status | Supply |
    | Omeprazole | 40 mg twice daily for 8 weeks | NEW | 14 days |
    | Naproxen | - | STOPPED | - |

    # GP Actions
    - [[results_chasing: GP to chase the gastric ulcer biopsy histology and refer on the suspected cancer
      pathway if malignant]].
    - Please continue omeprazole to complete 8 weeks.

    # Follow-up arrangements
    Repeat OGD in 6-8 weeks to confirm healing: booked by our endoscopy unit.

    @Completed by: Dr Rebecca Hurst, FY1, for Dr Oliver Thwaite
    """,
    notes="Histology of a suspicious gastric ulcer left for the GP to chase and act on; urgent (possible "
          "cancer). Sent 17 hours after discharge.")

letter(
    key="L50", prov="ellerby", kind="discharge_summary", specialty="Acute Medicine",
    dept="Acute Medicine", clinician="Dr Yusuf Adebayo", patient=P50,
    ev="2027-08-27", ev_time="20:15", ld="2027-08-28", sent="2027-08-28 13:40", fmt="html", hosp="E3190466",
    subject="Electronic discharge summary E3190466", opts={"alt": True},
    body=epr_head(P50, "E3190466", "Ambulatory Emergency Care", "Dr Yusuf Adebayo", "26/08/2027",
                  "Discharge date/time: 27/08/2027 20:15") + """

    # Diagnosis
    Small right lower lobe pulmonary embolism, provoked (long-haul flight). No right heart strain.

    # Medication
    | Medicine | Dose | Status | Supply |
    | Apixaban | 10 mg twice daily for 7 days, then 5 mg twice daily | NEW, 3 months | 28 days supplied |

    # Follow-up arrangements
    - Anticoagulation clinic telephone review at 4 weeks and at 3 months (booked by us).
    - Fit note issued by the ward for 2 weeks.
    - She knows to return to ED with chest pain, breathlessness or bleeding.

    # GP Actions
    None. Please continue apixaban 5 mg twice daily until the 3-month review, which will advise on
    stopping.

    @Author: Dr Helen Yates, Specialty Registrar
    """,
    notes="Hard negative: green DOAC supplied and continued, follow-up by the hospital, fit note already issued, "
          "'GP Actions: None'. Sent 17.5 hours after discharge.")

letter(
    key="L51", prov="ellerby", kind="discharge_summary", specialty="Gynaecology",
    dept="Gynaecology", clinician="Dr Aisling Devereux", patient=P51,
    ev="2027-09-03", ev_time="11:30", ld="2027-09-03", sent="2027-09-03 16:00", fmt="docx", hosp="E2745083",
    subject="Electronic discharge summary E2745083",
    body=epr_head(P51, "E2745083", "Ward 33 (Gynaecology)", "Dr Aisling Devereux", "01/09/2027",
                  "Discharged: 03/09/2027 11:30") + """

    # Procedure
    Total laparoscopic hysterectomy and bilateral salpingectomy (01/09/2027) for fibroids and
    menorrhagia. Uncomplicated. Port sites closed with absorbable sutures and glue.

    # Discharge medication
    - Paracetamol 1 g four times daily: 7 days supplied.
    - Ibuprofen 400 mg three times daily with food: 7 days supplied.
    - Dalteparin 5000 units once daily for 7 days: full course supplied.

    # Advice to patient
    - No heavy lifting or driving for four weeks.
    - [[fit_note: Please see your GP for a fit note covering six weeks]] from the date of surgery.
    - [[post_procedure_care: Please book a wound check with the practice nurse at day 7]].

    # Follow-up
    Gynaecology telephone clinic at 6 weeks with histology (booked).

    @Author: Dr Yasmin Okafor, FY2
    """,
    notes="Post-operative fit note and wound check pushed to the practice; histology kept by the hospital. "
          "Same-day summary.")

letter(
    key="L52", prov="brindlecombe", kind="discharge_summary", specialty="Adult Mental Health (Inpatient)",
    dept="Harebell Ward (Acute Adult Inpatients)", clinician="Dr Marguerite Oyelaran", patient=P52,
    ev="2027-09-10", ev_time="10:00", ld="2027-09-13", sent="2027-09-13 15:20", fmt="pdf", hosp="RiO 9021137",
    subject="Inpatient discharge summary - RiO 9021137",
    body=epr_head(P52, "RiO 9021137", "Harebell Ward", "Dr Marguerite Oyelaran", "12/07/2027",
                  "[[late_discharge_summary: Date of discharge: 10/09/2027]], 10:00") + """

    # Diagnosis
    Treatment-resistant schizophrenia, relapse after stopping medication. Detained under section 3,
    discharged on a Community Treatment Order.

    # Summary
    Clozapine re-titrated on the ward from 12.5 mg to 350 mg daily over four weeks; well tolerated.
    Mental state much improved: no current psychotic symptoms, good insight. Weight up 3 kg.

    # Medication
    | Medicine | Dose | Supply |
    | Clozapine (Zaponex) | 100 mg mane, 250 mg nocte | 14 days; further supplies via the Trust clozapine clinic |
    | Hyoscine hydrobromide | 300 micrograms at night | 14 days |
    | Senna | 15 mg at night | 14 days |

    # GP Actions
    - Please record clozapine on the practice record as a hospital-issued medicine so that it shows
      on the Summary Care Record. Please do not prescribe it; it remains supplied by the Trust.
    - No other action needed.

    # Follow-up arrangements
    Care coordinator visit within 72 hours; clozapine clinic weekly bloods (booked); CTO review with
    Dr Oyelaran in 4 weeks.

    @Author: Dr Kofi Mensah, Specialty Doctor
    """,
    notes="Clozapine kept by the Trust and the practice only asked to record it (not a finding); the only "
          "finding is the summary sent three days after discharge.")

letter(
    key="L53", prov="quernmoor", kind="discharge_summary", specialty="Palliative Medicine",
    dept="Inpatient Unit", clinician="Dr Felicity Arkwright", patient=P53,
    ev="2027-09-17", ev_time="14:00", ld="2027-09-17", sent="2027-09-17 17:30", fmt="html", hosp="QH-22598",
    subject="Quernmoor Hospice - inpatient discharge QH-22598",
    body=epr_head(P53, "QH-22598", "Larkhill Inpatient Unit", "Dr Felicity Arkwright", "06/09/2027",
                  "Discharged home: 17/09/2027 at 14:00") + """

    # Diagnosis
    Metastatic non-small cell lung cancer; admitted for symptom control of breathlessness and
    pain.

    # Summary
    Breathlessness much improved with low-dose oral morphine and a fan; pleural effusion drained at
    Ellerby (08/09). Pain controlled. Mrs Walmsley and her son wished for her to return home, and a
    package of care has been arranged by the hospice social worker.

    # Medication
    | Medicine | Dose | Supply |
    | Morphine sulfate oral solution 10 mg/5 ml | 2.5 mg every 4 hours when required | 14 days supplied |
    | Zomorph | 10 mg twice daily | 14 days supplied |
    | Laxido | 1 sachet twice daily | 14 days supplied |
    | Anticipatory medicines | as per community chart | supplied and in the house |

    # GP Actions
    None; for information. The community palliative care nurses will visit on 20/09 and the
    district nurses have been sent the anticipatory medicines chart. Dr Walsh's (Hospice at Home)
    team will contact the family directly.

    @Author: Dr Jonah Whitlock, Specialty Doctor
    """,
    notes="Hard negative: hospice discharge with 14 days' supply and all follow-up arranged; 'GP Actions: None; "
          "for information'. Same-day summary.")

letter(
    key="L54", prov="kestrelmead", kind="discharge_summary", specialty="Orthopaedics",
    dept="Harrier Ward (Orthopaedics)", clinician="Mr Rupert Castellane", patient=P54,
    ev="2027-09-21", ev_time="13:00", ld="2027-09-22", sent="2027-09-22 09:00", fmt="pdf", hosp="KPH-043322",
    subject="Kestrelmead: discharge summary for NHS patient KPH-043322",
    body=epr_head(P54, "KPH-043322", "Harrier Ward", "Mr Rupert Castellane", "18/09/2027",
                  "Date/time of discharge: 21/09/2027 13:00", "Funding: NHS (e-Referral Service)") + """

    # Procedure
    Right total hip replacement (cemented), 18/09/2027. Wound closed with skin clips.

    # Discharge medication
    | Medicine | Dose | Supply |
    | Rivaroxaban | 10 mg once daily until 23/10/2027 | 35 days supplied (complete course) |
    | Paracetamol | 1 g four times daily | 14 days |
    | Oxycodone | 5 mg every 4 hours when required | 7 days |

    # Fit note
    Issued for 6 weeks on discharge.

    # Follow-up arrangements
    - [[post_procedure_care: Please arrange for the practice nurse to remove the clips at 12-14 days
      and check the wound]].
    - Physiotherapy: outpatient sessions at Kestrelmead (booked).
    - Review with Mr Castellane at 6 weeks (booked).

    @Author: Dr Peter Lam, Resident Medical Officer
    """,
    notes="Private provider (NHS-funded) leaves clip removal and the wound check after its operation to the "
          "practice; medication and fit note supplied. Sent 20 hours after discharge.")

letter(
    key="L55", prov="corrington", kind="discharge_summary", specialty="Acute Medicine",
    dept="Acute Medical Unit", clinician="Dr Parveen Chaudry", patient=P55,
    ev="2027-09-23", ev_time="10:30", ld="2027-09-24", sent="2027-09-24 12:45", fmt="docx", hosp="CD955730",
    subject="eDischarge summary CD955730", urgent=True,
    body=epr_head(P55, "CD955730", "Acute Medical Unit", "Dr Parveen Chaudry", "21/09/2027",
                  "[[late_discharge_summary: Date and time of discharge: 23/09/2027 10:30]]") + """

    # Diagnosis
    Lower respiratory tract infection; background of atrial fibrillation on warfarin (target INR
    2-3), penicillin allergy (anaphylaxis).

    # Medication changes
    | Medicine | Dose | Status | Supply |
    | Clarithromycin | 500 mg twice daily | NEW, 5 days (to 26/09) | full course supplied |
    | Warfarin | as per yellow book | Unchanged | own supply |

    # Interaction alert
    Clarithromycin markedly increases the effect of warfarin. INR on the day of discharge 3.4.

    # GP Actions
    - [[tests_for_hospital: Please check INR within 3 days as clarithromycin interacts with warfarin]]
      and adjust the dose accordingly.

    # Follow-up
    None planned.

    @Completed by: Dr Ahmed Siddiqui, FY1
    """,
    notes="Dangerous interaction started by the hospital with the INR check left to the practice; urgent. "
          "Summary sent 26 hours after discharge (late).")

# =========================================================================== ED letters and results

letter(
    key="L56", prov="corrington", kind="ed_letter", specialty="Emergency Medicine",
    dept="Emergency Department", clinician="Dr Sanjay Kulkarni", patient=P56,
    ev="2027-07-31", ld="2027-08-01", sent="2027-08-01 03:12", fmt="plain", hosp="CD998014",
    subject="ED attendance summary CD998014",
    body=f"""
    # EMERGENCY DEPARTMENT ATTENDANCE SUMMARY
    @Patient: {P56['name']}   DOB: {ddmm(P56['dob'])}   NHS: {spaced(P56['nhs_number'])}
    Attendance: 31/07/2027 22:48   Discharged: 01/08/2027 01:55
    Seen by: Dr Lucy Barnes (ED registrar); senior review Dr Sanjay Kulkarni (ED consultant)

    Presenting complaint: 4 cm laceration to the left forearm on broken glass while moving a
    coffee table. No tendon or nerve injury on examination; X-ray showed no retained glass.

    Treatment: Wound irrigated and closed with six interrupted nylon sutures under local
    anaesthetic. Tetanus immunisation up to date.

    Discharge plan:
    - Wound care advice leaflet given.
    - [[post_procedure_care: Sutures to be removed at the GP surgery in 10 days]].
    - Return to ED if the wound becomes red, hot or discharges.
    """,
    notes="Suture removal after ED treatment handed to the practice.")

letter(
    key="L57", prov="ellerby", kind="ed_letter", specialty="Emergency Medicine",
    dept="Emergency Department", clinician="Dr Hamish Tulloch", patient=P57,
    ev="2027-08-14", ld="2027-08-14", sent="2027-08-14 21:06", fmt="html", hosp="E4120337",
    subject="ED discharge letter E4120337",
    body=f"""
    # Emergency Department discharge letter
    {ids(P57, "E4120337")}
    @Arrival: 14/08/2027 13:20   Departure: 14/08/2027 18:45
    Clinician: Dr Hamish Tulloch, Consultant in Emergency Medicine

    Presenting complaint: fall on outstretched right hand while walking the dog.

    Findings: undisplaced fracture of the right radial head on X-ray. Neurovascularly intact.

    Treatment: broad arm sling, analgesia (co-codamol 30/500 - 7 days supplied).

    Follow-up: virtual fracture clinic will review the X-rays on Monday and telephone Mrs Brindley;
    a face-to-face fracture clinic appointment has been booked for 18/08/2027.

    GP action: no GP action required. This letter is for your information.
    """,
    notes="Hard negative: ED treatment and fracture follow-up all arranged by the hospital; analgesia supplied.")

letter(
    key="L58", prov="corrington", kind="results", specialty="Medicine for Older People",
    dept="Medicine for Older People", clinician="Dr Bronwen Ashcroft", patient=P58,
    ev=None, ld="2027-08-05", sent="2027-08-05 17:22", fmt="pdf", hosp="CD516694",
    subject="Results letter CD516694", urgent=True,
    body=f"""
    @Date: 5 August 2027

    {to_patient("Mr", P58)}

    {ids(P58, "CD516694")}

    Dear Mr Mottram,

    I promised when I saw you in the frailty clinic last month that I would write to you as soon
    as the CT scan result was available, and I am sorry that it is not entirely straightforward
    news. The scan was done to look for a cause of your weight loss. It did not show any problem
    with the bowel or the pancreas, which is reassuring, but it did show a solid lump, about 4 cm
    across, in the lower part of your right kidney. Lumps like this need to be seen by the kidney
    specialists (the urologists) quickly, because some of them are early kidney cancers, which can
    often be treated very successfully, and others turn out to be harmless.

    I know that this will be worrying, and I wanted to make sure you have a chance to talk it
    through properly with someone who knows you well, so [[patient_redirected_to_gp: please make an
    appointment with Dr Achebe so that she can talk the result through with you]]. [[onward_referral:
    Dr Achebe, can I ask that you refer him urgently to the urology team under the suspected cancer
    pathway]], enclosing the CT report below.

    @CT abdomen and pelvis with contrast (29/07/2027), report:
    4.1 cm enhancing solid lesion arising from the lower pole of the right kidney, suspicious for
    renal cell carcinoma. No lymphadenopathy. No other abnormality to account for weight loss.

    Yours sincerely,

    {sig("Dr Bronwen Ashcroft", "Consultant Geriatrician")}

    {GP_CC}
    """,
    notes="A suspected renal cancer found on the hospital's scan: the patient is sent to the GP for the result "
          "and the 2WW referral is handed to the GP; urgent.")

letter(
    key="L59", prov="ellerby", kind="results", specialty="Cardiology",
    dept="Cardiac Physiology", clinician="Dr Catriona Maclennan", patient=P59,
    ev=None, ld="2027-09-10", sent="2027-09-10 11:11", fmt="plain", hosp="E3688120",
    subject="Results: ambulatory ECG E3688120",
    body=f"""
    @Date: 10 September 2027

    {to_patient("Mrs", P59)}

    {ids(P59, "E3688120")}

    Dear Mrs Lakhani,

    I said I would write to you with the result of the seven-day heart monitor you wore in
    August. I am pleased to tell you that it was reassuring. Your heart was in normal rhythm
    throughout, with a normal range of heart rates, and the episodes of fluttering that you
    marked in the diary matched occasional extra beats (ectopics), which are harmless. There was
    no atrial fibrillation and no pauses.

    I will go through the result with you in more detail at your clinic appointment on 12
    October, which is already booked, and we can talk then about whether you need any treatment;
    most people do not. There is no action needed from your GP.

    Yours sincerely,

    Dr Catriona Maclennan
    Consultant Cardiologist

    cc: Dr Hannah Yeo, {PRACTICE_CC}
    """,
    notes="Hard negative: the hospital gives its own result to the patient and keeps the follow-up.")

letter(
    key="L60", prov="corrington", kind="results", specialty="Endocrinology",
    dept="Diabetes and Endocrinology", clinician="Dr Mei-Ling Barraclough", patient=P60,
    ev=None, ld="2027-09-24", sent="2027-09-27 08:40", fmt="docx", hosp="CD602285",
    subject="Endocrinology results letter CD602285",
    body=f"""
    @Date: 24 September 2027

    {to_patient("Mrs", P60)}

    {ids(P60, "CD602285")}

    Dear Mrs Sugden,

    Thank you for having your blood tests done at the hospital after we started the carbimazole
    for your overactive thyroid. I wanted to let you know the results straight away, since you
    asked me to write rather than telephone.

    Your free T4 has come down from 48 to 19 pmol/L, which is within the normal range, and your
    TSH is still suppressed, as we would expect at this stage. That means the carbimazole is
    working well, and I would like you to reduce it from 20 mg to 10 mg daily from now on. Your
    blood count, which we check because carbimazole can very occasionally affect the white cells,
    was normal. Please remember to stop the tablets and ring our endocrine nurses on 0116 496 0299
    the same day if you develop a sore throat or mouth ulcers, as we discussed; they will arrange
    an urgent blood count here.

    We will need to check the thyroid again in a month to see how you are doing on the lower
    dose. [[tests_for_hospital: Dr Achebe, I'll leave it with you to repeat her thyroid function tests in
    four weeks and let me know the result]], and I will adjust the dose from here. I will see you
    in clinic in three months.

    Yours sincerely,

    {sig("Dr Mei-Ling Barraclough", "Consultant Endocrinologist")}

    {GP_CC}
    """,
    notes="The endocrinologist's own titration bloods are handed to the practice.")

P61 = P("Rhiannon Catterall", "9998718309", "1979-04-11", ["18 Foundry Walk", "Hollinbrook", "HV3 2JN"])
P62 = P("Vera Holdsworth", "9996699765", "1943-10-06", ["5 Beech Terrace", "Hollinbrook", "HV3 4HF"])

letter(
    key="L61", prov="ellerby", kind="clinic_letter", specialty="Neurology",
    dept="Department of Neurology", clinician="Dr Nadia Qureshi", patient=P61,
    ev=None, ld="2027-09-20", sent="2027-09-20 10:05", fmt="docx", hosp="E3559012",
    subject="Neurology: missed appointment E3559012",
    body=f"""
    @Date: 20 September 2027

    {to_patient("Ms", P61)}

    {ids(P61, "E3559012")}

    Dear Ms Catterall,

    I am sorry that we missed each other at the epilepsy clinic on Thursday 16 September. I
    gather from the booking team that the appointment letter may have gone to your old address in
    Tanfield, which would certainly explain it, and I have asked them to update our records.

    We do not discharge patients after a single missed appointment, and I would still very much
    like to see you to talk about the seizure you had in July and whether the lamotrigine dose
    needs adjusting. A new appointment has been sent to you for Monday 4 October at 2.30 pm, and
    the epilepsy nurse specialist, Carys, will ring you beforehand to check that the date suits.
    Please carry on with the lamotrigine 100 mg twice daily in the meantime, and remember the
    advice about not driving that we gave you in July.

    Yours sincerely,

    Dr Nadia Qureshi
    Consultant Neurologist

    cc: Dr Hannah Yeo, {PRACTICE_CC}
    """,
    notes="Hard negative: missed appointment rebooked by the hospital, no discharge and no re-referral asked.")

letter(
    key="L62", prov="corrington", kind="discharge_summary", specialty="Medicine for Older People",
    dept="Medicine for Older People", clinician="Dr Bronwen Ashcroft", patient=P62,
    ev="2027-09-24", ev_time="11:15", ld="2027-09-24", sent="2027-09-24 17:05", fmt="html", hosp="CD661042",
    subject="eDischarge summary CD661042",
    body=epr_head(P62, "CD661042", "Ward 12 (Medicine for Older People)", "Dr Bronwen Ashcroft", "19/09/2027",
                  "Date of discharge: 24/09/2027 11:15") + """

    # Diagnosis
    Urinary tract infection with delirium, resolved. Background: heart failure, type 2 diabetes.

    # Medication changes
    | Medicine | Dose | Status | Supply |
    | Furosemide | 40 mg once daily (reduced from 80 mg) | CHANGED | 28 days |
    | Nitrofurantoin MR | 100 mg twice daily | Course completed on ward | - |
    | Metformin | 500 mg twice daily | Unchanged | 28 days |

    # Actions for patient
    - Please book your own kidney blood test at the Dunmere Community Hospital phlebotomy hub on or
      after 1 October; the request form is in your discharge pack and the ward will review the result.

    # Actions for community pharmacy
    - Please supply the medicines in a weekly compliance pack (Discharge Medicines Service referral
      sent).

    # Follow-up arrangements
    The frailty virtual ward will telephone on 27/09 and review the kidney test result.

    # GP Actions
    No GP action required.

    @Author: Dr Olu Fashola, FY1, for Dr Bronwen Ashcroft
    """,
    notes="Hard negative: actions addressed to the patient and the community pharmacy, the hospital's test "
          "reviewed by its own virtual ward, 28 days supplied; same-day summary.")


# =========================================================================== 'other' messages

other(
    key="O01", sent="2027-07-05 07:30",
    headers=[("From", "Ashvale ICB Medicines Optimisation <medsopt.bulletin@ashvale-icb.example.org>"),
             ("To", PRACTICE_TO), ("Subject", "Medicines Optimisation Bulletin - July 2027"),
             ("List-Id", "Ashvale ICB medicines bulletin <medsopt.ashvale-icb.example.org>"),
             ("List-Unsubscribe", "<mailto:medsopt-unsubscribe@ashvale-icb.example.org>"),
             ("Precedence", "bulk")],
    domain="ashvale-icb.example.org",
    text="""
    ASHVALE ICB MEDICINES OPTIMISATION BULLETIN - JULY 2027

    1. Traffic-light list update
    The Area Prescribing Committee has confirmed the following changes from 1 August:
      - Dronedarone: remains AMBER; a new shared care protocol (v4) is on the formulary site.
      - Ustekinumab, vedolizumab and other IBD biologics: RED (hospital only, homecare).
      - Clozapine: RED. Practices should record it as a hospital-issued medicine.
      - Apixaban and edoxaban: GREEN.

    2. Lithium shared care protocol
    The updated national protocol has been adopted without local changes. Remember that a
    protocol on the website is not an agreement: transfer happens only when the practice has
    signed the agreement for the individual patient.

    3. Supply problems
    Oral methotrexate 2.5 mg: supply is normal again after the spring shortage.

    Ashvale ICB Medicines Optimisation Team
    You are receiving this bulletin because your practice is in Ashvale ICB.
    """,
    notes="ICB medicines bulletin (List-Id, bulk); mentions drugs and shared care but asks nothing of the practice.")

other(
    key="O02", sent="2027-07-12 10:02",
    headers=[("From", "Tanfield Pharmacy <tanfield.pharmacy@nhs.net>"), ("To", PRACTICE_TO),
             ("Subject", "Query re discharge medication - Walter Greenhalgh")],
    domain="nhs.net",
    text="""
    Good morning,

    Mr Walter Greenhalgh's daughter came in on Saturday with his discharge paperwork from
    Corrington. He was given 3 days of doxycycline on discharge on 10 July and the summary says
    the rest of the course should come from the GP. She is worried he will run out today. Could
    someone let us know whether a prescription is on its way, or whether she should go back to
    the hospital?

    Many thanks,
    Anjali Desai, Pharmacist
    Tanfield Pharmacy, 2 Market Place, Tanfield
    """,
    notes="Community pharmacy query following a short discharge supply (cross-link to the Greenhalgh summary).")

other(
    key="O03", sent="2027-07-19 09:14",
    headers=[("From", "Lindsey Marsh <lindsey.marsh1@nhs.net>"), ("To", PRACTICE_TO),
             ("Subject", "Automatic reply: Hollowell - methotrexate query"),
             ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("In-Reply-To", "<hmp.20270719.0911@hollinbrook.example.net>"),
             ("References", "<hmp.20270719.0911@hollinbrook.example.net>")],
    domain="nhs.net",
    text="""
    Thank you for your email. I am on annual leave until Monday 26 July with no access to email.

    For urgent rheumatology queries please ring the rheumatology advice line on 0116 496 0281
    (Monday to Friday, 9 am to 4 pm). For anything else I will reply on my return.

    Lindsey Marsh
    Medical Secretary to Dr Faraday-Lusk
    Department of Rheumatology, Corrington General Hospital
    """,
    notes="Out-of-office auto-reply (RFC 3834 Auto-Submitted: auto-replied) to a practice e-mail.")

other(
    key="O04", sent="2027-07-20 21:47",
    headers=[("From", "Kerry Ainscough <kerry.ainscough85@example.com>"), ("To", PRACTICE_TO),
             ("Subject", "sick note after gallbladder op")],
    domain="example.com",
    text="""
    Hello

    I had my gallbladder out at Corrington on Sunday and the discharge letter says I need to get
    a fit note from you for two weeks. I work in an office so I should be back after that. Do I
    need an appointment or can you just email it? Also the letter says the nurse needs to take
    my stitches out at day 10 - does that mean I need to book with your nurse?

    Thank you
    Kerry Ainscough
    DOB 07/07/1985
    """,
    notes="Patient e-mail following the discharge summary's fit-note and suture requests (cross-link).")

other(
    key="O05", sent="2027-07-28 06:12",
    headers=[("From", "NHSmail Support <support@nhsmail-securemailbox.example.net>"), ("To", PRACTICE_TO),
             ("Subject", "Password expiry notice: action required within 12 hours"),
             ("Reply-To", "helpdesk@nhsmail-securemailbox.example.net")],
    domain="nhsmail-securemailbox.example.net",
    html="""<html><body style="font-family:Arial">
    <p><b>NHSmail password expiry</b></p>
    <p>Dear user,</p>
    <p>The password for <b>hollinbrook.medical@nhs.net</b> expires today. To keep your mailbox and your
    Docman integration working, please confirm your current password within 12 hours.</p>
    <p><a href="http://nhsmail-securemailbox.example.net/keep-password">KEEP CURRENT PASSWORD</a></p>
    <p>If you do not confirm, incoming clinical correspondence may be lost.</p>
    <p>NHSmail Support Team</p>
    </body></html>""",
    notes="Phishing imitating NHSmail support.")

other(
    key="O06", sent="2027-08-02 08:00",
    headers=[("From", "Ashvale and Quern Valley LMC <newsletter@ashvalelmc.example.org>"), ("To", PRACTICE_TO),
             ("Subject", "LMC Update August 2027: interface, fit notes and shared care"),
             ("List-Id", "Ashvale LMC update <update.ashvalelmc.example.org>"),
             ("List-Unsubscribe", "<https://ashvalelmc.example.org/unsubscribe>"), ("Precedence", "bulk")],
    domain="ashvalelmc.example.org",
    text="""
    ASHVALE AND QUERN VALLEY LMC - AUGUST UPDATE

    Interface: please keep the examples coming
    Thank you for the anonymised letters you have sent us. This month's favourites included:
      "I wonder whether the practice might take over prescribing his clozapine"
      "GP to chase histology and refer if malignant"
      "Please see your GP for a fit note covering six weeks"
      "If you have not heard within six weeks, please contact your GP who will chase it"
    None of these is work you are contracted to do. The template replies are on our website.

    Private providers
    Several practices have received pre-admission questionnaires from independent sector
    providers treating NHS patients. These are not GP work; the provider should obtain the
    information it needs at its own pre-assessment.

    Dates for your diary: LMC annual conference, 14 October 2027, Quernmoor Hall.

    Ashvale and Quern Valley Local Medical Committee
    """,
    notes="LMC newsletter quoting request wording on purpose (List-Id, bulk).")

other(
    key="O07", sent="2027-08-12 14:37",
    headers=[("From", "Cardiology Secretaries <cdh.cardiology.secs@nhs.net>"), ("To", PRACTICE_TO),
             ("Subject", "RE: Mr Malcolm Fairweather CD660318 - requests in clinic letter of 15/07/2027"),
             ("In-Reply-To", "<hmp.20270809.1402@hollinbrook.example.net>")],
    domain="nhs.net",
    text="""
    Dear Hollinbrook Medical Practice,

    Thank you for your letter. Dr Osei-Bonsu has asked me to let you know that he has now
    requested the echocardiogram here and the department will send Mr Fairweather an appointment.
    He will write separately about the dronedarone and the shared care protocol.

    Kind regards,
    Joanne Pybus
    Cardiology Secretary, Corrington General Hospital

    -----Original Message-----
    From: Hollinbrook Medical Practice
    Sent: 09 August 2027 14:02
    Subject: Mr Malcolm Fairweather CD660318 - requests in clinic letter of 15/07/2027

    Dear Dr Osei-Bonsu,
    Your letter of 15 July said "I'll leave it with Dr Achebe to continue the dronedarone after
    that and to keep an eye on your liver and kidney blood tests" and "can I ask that the practice
    arranges an echocardiogram before I see you again". We are unable to take on this work
    because ...
    """,
    notes="Hospital secretary's reply in a RE: thread quoting the practice's letter, which quotes the original "
          "requests word for word; never to be answered by the tool.")

other(
    key="O08", sent="2027-08-20 11:26",
    raw="""
    From: Mail Delivery System <MAILER-DAEMON@mx1.hollinbrook.example.net>
    To: Hollinbrook Medical Practice <hollinbrook.medical@nhs.net>
    Subject: Undelivered Mail Returned to Sender
    Date: {date}
    Message-ID: <20270820112600.ndr01@mx1.hollinbrook.example.net>
    Auto-Submitted: auto-replied
    MIME-Version: 1.0
    Content-Type: multipart/report; report-type=delivery-status; boundary="ndr-boundary-5a"

    --ndr-boundary-5a
    Content-Type: text/plain; charset=utf-8

    This is the mail system at host mx1.hollinbrook.example.net.

    I'm sorry to have to inform you that your message could not be delivered to one or more
    recipients.

    <rheum.sharedcare@corrington-dunmere.nhs.uk>: host mail.corrington-dunmere.nhs.uk said:
        550 5.1.1 Recipient address rejected: User unknown

    --ndr-boundary-5a
    Content-Type: message/delivery-status

    Reporting-MTA: dns; mx1.hollinbrook.example.net
    Arrival-Date: Fri, 20 Aug 2027 11:25:58 +0100

    Final-Recipient: rfc822; rheum.sharedcare@corrington-dunmere.nhs.uk
    Action: failed
    Status: 5.1.1
    Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

    --ndr-boundary-5a
    Content-Type: text/rfc822-headers

    From: Hollinbrook Medical Practice <hollinbrook.medical@nhs.net>
    To: rheum.sharedcare@corrington-dunmere.nhs.uk
    Subject: Signed shared care agreement - Wendy Pickersgill
    Date: Fri, 20 Aug 2027 11:25:50 +0100

    --ndr-boundary-5a--
    """,
    notes="Non-delivery report (multipart/report, delivery-status) for the practice's own e-mail.")

other(
    key="O09", sent="2027-08-24 19:03",
    headers=[("From", "Stan Okonkwo <stan.okonkwo50@example.net>"), ("To", PRACTICE_TO),
             ("Subject", "blood results from the eye hospital")],
    domain="example.net",
    text="""
    Dear Sir or Madam,

    The eye doctor at Ellerby wrote that I should contact my GP surgery for the results of the
    blood tests they took on 5 August. Could you please tell me if they are back and whether they
    are all right? I can be reached on 07700 900 318.

    Yours faithfully
    Stanley Okonkwo (date of birth 11/11/1950)
    """,
    notes="Patient e-mail after being told to get hospital results from the GP (cross-link).")

other(
    key="O10", sent="2027-08-30 13:58",
    headers=[("From", "Accounts Payable <invoices@quickpay-docs.example.com>"), ("To", PRACTICE_TO),
             ("Subject", "Overdue invoice INV-88213 - final reminder before legal action")],
    domain="quickpay-docs.example.com",
    text="""
    Dear Customer,

    Our records show that invoice INV-88213 for GBP 2,480.00 remains unpaid. To avoid referral to
    our solicitors please review and sign the invoice today using the secure document link:

    https://quickpay-docs.example.com/view?doc=INV-88213

    Accounts Payable
    """,
    notes="Phishing / invoice scam.")

other(
    key="O11", sent="2027-09-02 08:41",
    headers=[("From", "Priya Mistry <priya.mistry7@nhs.net>"), ("To", PRACTICE_TO),
             ("Subject", "Automatic reply: Practice pharmacist cover September"),
             ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "DR, RN, NRN, OOF, AutoReply"),
             ("Precedence", "auto_reply")],
    domain="nhs.net",
    text="""
    I am out of the office until 13 September. For medicines optimisation queries please
    contact medsopt.ashvale@nhs.net.

    Priya Mistry, Medicines Optimisation Pharmacist, Ashvale ICB
    """,
    notes="Out-of-office auto-reply (Auto-Submitted, Precedence: auto_reply).")

other(
    key="O12", sent="2027-09-07 16:20",
    raw="""
    From: Ellerby Neurology Secretaries <eyuh.neuro.secs@nhs.net>
    To: Hollinbrook Medical Practice <hollinbrook.medical@nhs.net>
    Subject: Read: Darren Whitcombe E3402117 - request to reinstate
    Date: {date}
    Message-ID: <20270907162000.mdn@eyuh.example.net>
    Auto-Submitted: auto-replied
    MIME-Version: 1.0
    Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-77"

    --mdn-77
    Content-Type: text/plain; charset=utf-8

    Your message

      To: Ellerby Neurology Secretaries
      Subject: Darren Whitcombe E3402117 - request to reinstate
      Sent: 06/09/2027 10:15

    was read on 07/09/2027 16:19.

    --mdn-77
    Content-Type: message/disposition-notification

    Reporting-UA: eyuh.example.net; Microsoft Outlook
    Final-Recipient: rfc822; eyuh.neuro.secs@nhs.net
    Original-Message-ID: <hmp.20270906.1015@hollinbrook.example.net>
    Disposition: manual-action/MDN-sent-manually; displayed

    --mdn-77--
    """,
    notes="Read receipt (multipart/report, disposition-notification).")

other(
    key="O13", sent="2027-09-08 12:00",
    headers=[("From", "Ashvale ICB Primary Care Team <primarycare.comms@ashvale-icb.example.org>"),
             ("To", "All Ashvale GP practices <ashvale.practices@ashvale-icb.example.org>"),
             ("Subject", "Circular PC/2027/31: primary-secondary care interface - agreed wording for trust letters"),
             ("List-Id", "Ashvale ICB practice circulars <circulars.ashvale-icb.example.org>"),
             ("Precedence", "bulk")],
    domain="ashvale-icb.example.org",
    text="""
    ASHVALE INTEGRATED CARE BOARD
    Circular PC/2027/31 - for practice managers and clinical leads

    Primary-secondary care interface: agreed wording for trust letters

    Following the interface group meeting on 26 August, Corrington and Dunmere Hospitals NHS
    Foundation Trust and Ellerby University Hospitals NHS Trust have agreed to stop using the
    following phrases in clinic letters and discharge summaries:

      - "GP to repeat U&E in 48-72 hours"
      - "Please see your GP for a fit note"
      - "I'd be grateful if the practice would arrange an echocardiogram"
      - "Discharged following non-attendance - GP to re-refer if still required"
      - "Please contact your GP for the results of the tests we took today"

    Trusts will instead arrange tests, fit notes and follow-up themselves. Practices are asked
    to continue sending examples of letters that do not follow the agreement to the interface
    inbox (interface.ashvale@nhs.net) with patient identifiers removed.

    No action is required in respect of individual patients.

    Primary Care Commissioning Team, Ashvale ICB
    """,
    notes="ICB circular (bulk) quoting request wording as examples; nothing to detect.")

other(
    key="O14", sent="2027-09-13 07:45",
    headers=[("From", "MedEd Events <events@mededevents.example.com>"), ("To", PRACTICE_TO),
             ("Subject", "Last places: Hot Topics in Primary Care, Ashvale, 9 October"),
             ("List-Unsubscribe", "<https://mededevents.example.com/u?id=88213>"), ("Precedence", "bulk")],
    domain="mededevents.example.com",
    html="""<html><body>
    <h2>Hot Topics in Primary Care - Ashvale</h2>
    <p>Saturday 9 October 2027, Ashvale Conference Centre. Sessions include shared care prescribing,
    managing hospital requests, and the new fit note rules.</p>
    <p><a href="https://mededevents.example.com/book">Book now - GBP 149</a></p>
    </body></html>""",
    notes="Commercial event advert (bulk).")

other(
    key="O15", sent="2027-09-21 02:14",
    raw="""
    From: Mail Delivery Subsystem <postmaster@mx1.hollinbrook.example.net>
    To: Hollinbrook Medical Practice <hollinbrook.medical@nhs.net>
    Subject: Delivery delayed: Clip removal request - Derek Sowerbutts
    Date: {date}
    Message-ID: <20270921021400.dsn02@mx1.hollinbrook.example.net>
    Auto-Submitted: auto-generated
    MIME-Version: 1.0
    Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-delay-3"

    --dsn-delay-3
    Content-Type: text/plain; charset=utf-8

    Delivery to the following recipient has been delayed:

        nhs.services@kestrelmead-hospital.example.com

    The server will keep trying for 2 more days. You do not need to resend your message.

    --dsn-delay-3
    Content-Type: message/delivery-status

    Reporting-MTA: dns; mx1.hollinbrook.example.net

    Final-Recipient: rfc822; nhs.services@kestrelmead-hospital.example.com
    Action: delayed
    Status: 4.4.7
    Will-Retry-Until: Thu, 23 Sep 2027 02:14:00 +0100

    --dsn-delay-3--
    """,
    notes="Delayed-delivery notification (delivery-status, Action: delayed).")

other(
    key="O16", sent="2027-09-22 18:30",
    headers=[("From", "Margaret Ingleby <m.ingleby66@example.org>"), ("To", PRACTICE_TO),
             ("Subject", "Biopsy result?")],
    domain="example.org",
    text="""
    Dear Dr Achebe,

    I had a biopsy at the Ellerby women's clinic on 19 July and the letter said the result would
    come to you. It has been over two months and I have not heard anything. Please could someone
    ring me? I am getting quite anxious.

    Margaret Ingleby (28/05/1966)
    07700 900 564
    """,
    notes="Patient e-mail asking about a hospital biopsy result left for the GP (cross-link).")

other(
    key="O17", sent="2027-09-24 09:05",
    headers=[("From", "Corrington and Dunmere eReferrals <ers.admin@corrington-dunmere.nhs.uk>"), ("To", PRACTICE_TO),
             ("Subject", "Acknowledgement: your message has been received"),
             ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    domain="corrington-dunmere.nhs.uk",
    text="""
    This is an automatic acknowledgement. Your message to the Corrington and Dunmere e-Referrals
    administration team has been received and will be dealt with within five working days.

    Please do not reply to this message. For urgent clinical matters contact the switchboard on
    0116 496 0274.
    """,
    notes="Automatic acknowledgement (Auto-Submitted: auto-generated) from a hospital mailbox.")

other(
    key="O18", sent="2027-09-28 20:11",
    headers=[("From", "Keith Armitage <keith.armitage55@example.com>"), ("To", PRACTICE_TO),
             ("Subject", "Camera test appointment")],
    domain="example.com",
    text="""
    Hello,

    Mr Varadarajan's letter from August said that if I had not heard about my bladder camera test
    within six weeks I should contact the surgery and you would chase it. It is now seven weeks
    and nothing has come. Could you let me know what is happening?

    Regards
    Keith Armitage, 25 Lime Grove
    """,
    notes="Patient e-mail following a letter that told him to chase the hospital appointment through the GP.")


# =========================================================================== build & verify

def all_items():
    items = [("L", L, london(L["sent"])) for L in LETTERS] + [("O", O, london(O["sent"])) for O in OTHERS]
    items.sort(key=lambda t: (t[2], t[1]["key"]))
    return items


LABEL_KEYS = ["id", "file", "kind", "trust", "specialty", "clinician", "patient", "event_date", "letter_date",
              "expected", "urgent_clinical_action", "notes"]


def label_for(kind, item, num):
    mid = f"{PREFIX}-{num:03d}"
    if kind == "L":
        return {
            "id": mid, "file": mid + ".eml", "kind": item["kind"], "trust": PROVIDERS[item["prov"]]["name"],
            "specialty": item["specialty"], "clinician": item["clinician"], "patient": ptlab(item["patient"]),
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
    for old in OUT.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for num, (kind, item, _sent) in enumerate(all_items(), 1):
        random.seed(f"{PREFIX}-{item['key']}")
        data = build_letter(item) if kind == "L" else build_other(item)
        lab = label_for(kind, item, num)
        (OUT / lab["file"]).write_bytes(data)
        labels.append(lab)
    (OUT / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(labels)} messages to {OUT}")


def lateness(kind, ev, ev_time, sent: dt.datetime):
    """True if late under TAXONOMY.md: clinic letter > 7 days (exactly 7 is on time), discharge
    summary > 24 h after the discharge (its stated time, else the start of the day)."""
    evd = dt.date.fromisoformat(ev)
    days = (sent.astimezone(LONDON).date() - evd).days
    if kind == "clinic_letter":
        return days > 7
    if days >= 2:
        return True
    if days == 1:
        assert ev_time, "next-day discharge summary must state the discharge time"
        return sent - london(f"{ev} {ev_time}") > dt.timedelta(hours=24)
    return False


def verify():
    from nhs_number import is_valid
    errors = []
    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    by_id = {f"{PREFIX}-{num:03d}": t for num, t in enumerate(all_items(), 1)}
    files = sorted(p.name for p in OUT.glob("*.eml"))
    if files != sorted(l["file"] for l in labels):
        errors.append("eml files and labels differ")
    prev = None
    for lab in labels:
        lid = lab["id"]
        if list(lab.keys()) != LABEL_KEYS:
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
        alltext = collapse(" ".join(t for _, t in texts))
        if "[[" in alltext or "]]" in alltext:
            errors.append(f"{lid}: evidence marker left in text")
        cats = [e["category"] for e in lab["expected"]]
        if len(cats) != len(set(cats)):
            errors.append(f"{lid}: duplicate category {cats}")
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
        if pt["nhs_number"] not in re.sub(r"\D", "", alltext):
            errors.append(f"{lid}: NHS number not in text")
        if pt["name"].split()[-1].lower() not in alltext.lower():
            errors.append(f"{lid}: patient surname not in text")
        if lab["clinician"].split()[-1].lower() not in alltext.lower():
            errors.append(f"{lid}: clinician not in text")
        if ddmm(pt["dob"]) not in alltext:
            errors.append(f"{lid}: DOB not found in text")
        if lab["letter_date"] and lab["letter_date"] > sent.astimezone(LONDON).date().isoformat():
            errors.append(f"{lid}: letter dated after it was sent")
        if lab["event_date"] and lab["event_date"] > sent.astimezone(LONDON).date().isoformat():
            errors.append(f"{lid}: event after the message")
        late_cat = {"clinic_letter": "late_clinic_letter", "discharge_summary": "late_discharge_summary"}.get(
            lab["kind"])
        for lc in ("late_clinic_letter", "late_discharge_summary"):
            if lc in cats and lc != late_cat:
                errors.append(f"{lid}: {lc} on a {lab['kind']}")
        if lab["kind"] == "discharge_summary" and not lab["event_date"]:
            errors.append(f"{lid}: discharge summary without a discharge date")
        if late_cat and lab["event_date"]:
            try:
                late = lateness(lab["kind"], lab["event_date"], item.get("ev_time"), sent)
            except AssertionError as exc:
                errors.append(f"{lid}: {exc}")
                late = None
            if late is not None and late != (late_cat in cats):
                errors.append(f"{lid}: lateness {late} disagrees with labels")
            if late_cat in cats:
                ev = [e["evidence"] for e in lab["expected"] if e["category"] == late_cat][0]
                d = dt.date.fromisoformat(lab["event_date"])
                forms = {ddmm(lab["event_date"]), longdate(lab["event_date"]), d.strftime("%d-%b-%Y"),
                         d.strftime("%d %b %Y")}
                if not any(f in ev for f in forms):
                    errors.append(f"{lid}: late evidence {ev!r} does not state the event date")
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
    fmts = Counter(item.get("fmt", "raw") if k == "L" else "other" for k, item, _ in all_items())
    provs = Counter(l["trust"] for l in labels if l["trust"])
    letters = [l for l in labels if l["kind"] != "other"]
    print("kinds", dict(kinds))
    print("categories", dict(sorted(cats.items())))
    print("letter formats", dict(fmts))
    print("providers", dict(provs))
    print("letters", len(letters), "with category", sum(1 for l in letters if l["expected"]),
          "no finding", sum(1 for l in letters if not l["expected"]),
          "urgent", sum(l["urgent_clinical_action"] for l in letters),
          "urgent no cat", sum(1 for l in letters if l["urgent_clinical_action"] and not l["expected"]))


def main(argv):
    sys.path.insert(0, str(HERE.parent.parent))   # bouncebot.reading.html for HTML-to-text in verification
    if "--verify-only" not in argv:
        build()
    ok = verify()
    if "--summary" in argv or "--verify-only" not in argv:
        summary()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
