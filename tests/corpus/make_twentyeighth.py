#!/usr/bin/env python3
"""Build the twenty-eighth (independent, held-out) corpus: tests/corpus/twentyeighth/.

Style: long, formal letters and multi-page documents from tertiary and specialist centres, written to an
invented practice, Shingle Bank Practice (Dr Imogen Pennicott), by six invented providers:

- Kingsmere University Hospitals NHS Foundation Trust, Kingsmere Regional Neurosciences Centre: long,
  old-fashioned consultant letters ("I had the pleasure of reviewing...") whose one request sits at the very
  end, an MDT outcome summary;
- Pellingham Heart and Lung NHS Foundation Trust, Pellingham Cardiothoracic Centre: numbered
  "Recommendations" with lettered sub-items, some for the GP and some for the hospital or the patient;
- Corvanne Cancer Centre NHS Foundation Trust: MDT outcomes ("MDT outcome:", "Actions:", "Responsible
  clinician:"), treatment summaries and a post-script request;
- Wrenfield Children's Hospital NHS Foundation Trust: letters copied to parents, a network shared-care review;
- Hartsmere University Hospitals NHS Trust, Hartsmere Liver Unit: tertiary shared-care letters;
- Larchwood Park Hospital, an independent hospital providing NHS-funded care: secretaries' e-mails.

Formats: plain-text bodies, HTML bodies (some with a text alternative), DOCX attachments and multi-page PDF
attachments rendered here (not by the kit): every PDF page repeats a running header (trust, patient name,
NHS number) and footer ("Page 2 of 3"), and several letters break a sentence across a page break (the
evidence labelled for such a letter always lies within one page).  Some covering e-mails summarise the
attached letter differently from the letter itself.  Ten messages are not letters.

Everything is invented; NHS numbers are 999-range with a valid Modulus 11 check digit; telephone numbers
are in Ofcom drama ranges.  All dates fall in May-July 2038, inside British Summer Time, so every Date
header is +0100.  The build is deterministic.

    python3 tests/corpus/make_twentyeighth.py            # build, then verify
    python3 tests/corpus/make_twentyeighth.py --verify-only
"""
from __future__ import annotations

import datetime as dt
import html
import io
import re
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus_kit as kit  # noqa: E402
from corpus_kit import patient as P  # noqa: E402

KSM = "Kingsmere University Hospitals NHS Foundation Trust"
PEL = "Pellingham Heart and Lung NHS Foundation Trust"
CRV = "Corvanne Cancer Centre NHS Foundation Trust"
WRN = "Wrenfield Children's Hospital NHS Foundation Trust"
HTS = "Hartsmere University Hospitals NHS Trust"
LPK = "Larchwood Park Hospital"
PROV = {
    "ksm": dict(
        name=KSM, site="Kingsmere Regional Neurosciences Centre", addr=["Infirmary Drive", "Kingsmere", "KM2 8NX"],
        phone="0121 496 0614", domain="kingsmere-uh.nhs.uk",
        sender="Kingsmere Neurosciences Correspondence <neuro.letters@kingsmere-uh.nhs.uk>",
        mailer="KUH WinDip Letter Dispatch 9.2"),
    "pel": dict(
        name=PEL, site="Pellingham Cardiothoracic Centre", addr=["Abbotsfield Road", "Pellingham", "PL7 3CT"],
        phone="0161 496 0283", domain="pellingham-hl.nhs.uk",
        sender="Pellingham Cardiothoracic Letters <cardiothoracic.letters@pellingham-hl.nhs.uk>",
        mailer="PHL Clinical Correspondence 4.8"),
    "crv": dict(
        name=CRV, site="Corvanne Cancer Centre", addr=["Wilverley Lane", "Corvanne", "CQ9 1RT"],
        phone="0113 496 0471", domain="corvanne-cc.nhs.uk",
        sender="Corvanne Cancer Centre Letters <cancer.letters@corvanne-cc.nhs.uk>",
        mailer="CCC Oncology Letters Service 6.0"),
    "wrn": dict(
        name=WRN, site="Wrenfield Children's Hospital", addr=["Larkspur Hill", "Wrenfield", "WJ5 2CH"],
        phone="0117 496 0538", domain="wrenfield-children.nhs.uk",
        sender="Wrenfield Children's Hospital <clinic.letters@wrenfield-children.nhs.uk>",
        mailer="WCH Digital Dictation Outbound 3.3"),
    "hts": dict(
        name=HTS, site="Hartsmere Liver Unit, Queen Adela Hospital", addr=["Tollgate Road", "Hartsmere", "HQ6 4LU"],
        phone="0115 496 0826", domain="hartsmere-uh.nhs.uk",
        sender="Hartsmere Liver Unit <liver.unit.letters@hartsmere-uh.nhs.uk>",
        mailer="HUH Clinical Document Gateway 2.9"),
    "lpk": dict(
        name=LPK, site="Larchwood Park Hospital (independent hospital, NHS-funded care)",
        addr=["Quarry Bank Lane", "Elmscott", "EQ3 9LP"], phone="0118 496 0377",
        domain="larchwoodpark-hospital.example.co.uk",
        sender="Larchwood Park Hospital Correspondence <correspondence@larchwoodpark-hospital.example.co.uk>",
        mailer="Larchwood PAS Letters 11"),
}
COVERS = {
    "ksm": ("{trust}\n{dept}\n\nPlease find attached a {doctype} concerning a patient registered with your "
            "practice (reference {ref}).\n\nThis mailbox is not monitored. Contact details for the consultant's "
            "secretary appear in the letter.\n"),
    "pel": ("Pellingham Cardiothoracic Centre - {dept}\n{trust}\n\nAttached: {doctype} ({ref}).\n\n"
            "Queries to the cardiothoracic secretaries on 0161 496 0284.\n"),
    "crv": ("{trust}\n{dept}\n\nA {doctype} is attached (reference {ref}).\n\nPlease do not reply to this "
            "address.\n"),
    "wrn": ("{trust}\n{dept}\n\nPlease find attached a {doctype} (reference {ref}). A copy has been sent to the "
            "child's parents or carers.\n"),
    "hts": ("Hartsmere Liver Unit\n{trust}\n\nPlease see the attached {doctype}, reference {ref}.\n\n"
            "Liver Unit secretaries: 0115 496 0827.\n"),
    "lpk": ("Larchwood Park Hospital - {dept}\n\nPlease find attached a {doctype} for one of your patients, "
            "treated at Larchwood Park Hospital under the NHS (reference {ref}).\n"),
}
PAGE = "~~~"  # a line of its own in a PDF letter's markup: the page ends here


# ====================================================================== the multi-page PDF

SUB = re.compile(r"^\((?:[a-h])\) ")  # lettered sub-item
ROMAN = re.compile(r"^\((?:ii|iii|iv|i)\) ")  # roman sub-sub-item (no lettered list reaches (i))


def pages_of(body: str) -> list[str]:
    """A PDF letter's markup, page by page."""
    return textwrap.dedent(body).strip("\n").split(f"\n{PAGE}\n")


def paged_pdf(L: dict, p: dict, title: str, created: dt.datetime, ref: str) -> bytes:
    """A PDF letter as a multi-page A4 document, attached by the kit behind the cover note (the kit's own
    PDF has neither the patient banner on every page nor 'Page n of m').  The first page carries the
    letterhead and a footer with the trust's address; every later page a running header (trust, patient, NHS
    number); every page 'Page n of m' (and, but the last, 'continued overleaf').  A page ends at every PAGE
    line.  Built twice so the page total is known; rl_config.invariant and the fixed dates make the bytes
    deterministic."""
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    dept, body, pt = L["dept"], L["body"], L["patient"]
    esc = html.escape
    base = ParagraphStyle("b", fontName="Times-Roman", fontSize=12, leading=15.5, spaceAfter=8)
    head = ParagraphStyle("h", parent=base, fontName="Times-Bold", fontSize=12, spaceBefore=6, spaceAfter=3)
    sub = ParagraphStyle("s", parent=base, leftIndent=36, firstLineIndent=-17, spaceAfter=4)
    roman = ParagraphStyle("r", parent=base, leftIndent=54, firstLineIndent=-19, spaceAfter=4)
    item = ParagraphStyle("o", parent=base, leftIndent=17, firstLineIndent=-17, spaceAfter=4)
    bullet = ParagraphStyle("u", parent=base, leftIndent=17, bulletIndent=5, spaceAfter=3)
    cell = ParagraphStyle("c", parent=base, fontName="Helvetica", fontSize=9.5, leading=12, spaceAfter=0)

    def flow(blocks: list) -> list:
        out = []
        for kind, data in blocks:
            if kind == "h":
                out.append(Paragraph(esc(data), head))
            elif kind == "p":
                run: list[str] = []
                for line in data + [None]:
                    if line is None or SUB.match(line) or ROMAN.match(line):
                        if run:
                            out.append(Paragraph("<br/>".join(esc(x) for x in run), base))
                            run = []
                        if line is not None:
                            out.append(Paragraph(esc(line), roman if ROMAN.match(line) else sub))
                    else:
                        run.append(line)
            elif kind == "ol":
                out += [Paragraph(esc(x), item) for x in data]
            elif kind == "ul":
                out += [Paragraph(esc(x), bullet, bulletText="\u2022") for x in data]
            elif kind == "table":
                ncol = max(len(r) for r in data)
                rows = [[Paragraph(esc(c), cell) for c in r] + [""] * (ncol - len(r)) for r in data]
                if data[0][0] == "No." and ncol == 4:  # an actions table: narrow number, wide action
                    widths = [12 * mm, 80 * mm, 48 * mm, 30 * mm]
                else:
                    widths = [40 * mm, 130 * mm] if ncol == 2 else [170 * mm / ncol] * ncol
                t = Table(rows, colWidths=widths, repeatRows=1 if ncol > 2 else 0)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                out += [t, Spacer(1, 3 * mm)]
        return out

    def story() -> list:
        out: list = [NextPageTemplate("later")]
        for i, page in enumerate(pages_of(body)):
            if i:
                out.append(PageBreak())
            out += flow(kit.parse_markup(page))
        return out

    def build(total: int) -> tuple[bytes, int]:
        def page_number(canv, doc):
            canv.setFont("Helvetica", 8)
            canv.drawRightString(190 * mm, 10 * mm, f"Page {doc.page} of {total}")
            if doc.page < total:
                canv.drawRightString(190 * mm, 14 * mm, "continued overleaf")

        def first(canv, doc):
            canv.saveState()
            canv.setFillColor(colors.HexColor("#005eb8"))
            canv.setFont("Helvetica-Bold", 13)
            canv.drawRightString(190 * mm, 282 * mm, p["name"])
            canv.setFillColor(colors.black)
            canv.setFont("Helvetica", 9)
            for n, line in enumerate([p["site"], dept, ", ".join(p["addr"]), f"Telephone {p['phone']}"]):
                canv.drawRightString(190 * mm, (276 - 4.5 * n) * mm, line)
            canv.setStrokeColor(colors.HexColor("#005eb8"))
            canv.line(20 * mm, 254 * mm, 190 * mm, 254 * mm)
            canv.line(20 * mm, 27 * mm, 190 * mm, 27 * mm)
            canv.setFont("Helvetica", 7.5)
            canv.drawString(20 * mm, 23 * mm, f"{p['name']}, {p['site']}, {', '.join(p['addr'])}")
            canv.drawString(20 * mm, 19.5 * mm, f"Switchboard {p['phone']} - www.{p['domain']}")
            canv.drawString(20 * mm, 16 * mm, f"Please quote reference {ref} in all correspondence.")
            page_number(canv, doc)
            canv.restoreState()

        def later(canv, doc):
            canv.saveState()
            canv.setFont("Helvetica", 8)
            canv.drawString(20 * mm, 287 * mm, p["name"])
            canv.drawRightString(190 * mm, 287 * mm, f"{pt['name']} - NHS No {kit.spaced(pt['nhs_number'])}")
            canv.setStrokeColor(colors.grey)
            canv.line(20 * mm, 284 * mm, 190 * mm, 284 * mm)
            canv.line(20 * mm, 18 * mm, 190 * mm, 18 * mm)
            canv.setFont("Helvetica", 7.5)
            canv.drawString(20 * mm, 10 * mm, f"{dept} - ref {ref} - confidential patient information")
            page_number(canv, doc)
            canv.restoreState()

        buf = io.BytesIO()
        doc = BaseDocTemplate(buf, pagesize=A4, title=title, author=p["name"], creator=p["mailer"])
        doc.addPageTemplates([
            PageTemplate("first", [Frame(20 * mm, 30 * mm, 170 * mm, 220 * mm, 0, 0, 0, 0, id="f1")], onPage=first),
            PageTemplate("later", [Frame(20 * mm, 21 * mm, 170 * mm, 259 * mm, 0, 0, 0, 0, id="f2")], onPage=later),
        ])
        doc.build(story())
        return buf.getvalue(), doc.page

    _, total = build(0)
    data, again = build(total)
    assert again == total
    stamp = created.strftime("D:%Y%m%d%H%M%S").encode() + b"+01'00'"
    return re.sub(rb"D:\d{14}[^)]*", stamp, data)


C = kit.Corpus("twentyeighth", "t28", "Shingle Bank Practice <shinglebank.practice@nhs.net>", PROV,
               cover=COVERS, window=("2038-05-04", "2038-07-23"), utc_hours=1,
               tz=dt.timezone(dt.timedelta(hours=1)),  # lateness reckoned in fixed BST, not from zone data
               doctypes={**kit.DOCTYPES, "clinic_letter": "clinic letter"}, pdf=paged_pdf)
letter, other = C.letter, C.other


# ====================================================================== shared wording

def head(p: str, dept: str) -> str:
    pr = PROV[p]
    return f"{pr['name']}\n{pr['site']}\n{dept}\n{', '.join(pr['addr'])}\nTelephone {pr['phone']}"


GPADDR = "Dr Imogen Pennicott\nShingle Bank Practice\n2 Ropewalk Row\nSaltinghaven\nSV4 7QT"
idl = kit.idline
NEURO = "Department of Neurology"
NSURG = "Department of Neurosurgery"
NONC = "Neuro-oncology Multidisciplinary Team"
CARD = "Department of Cardiology"
CSURG = "Department of Cardiothoracic Surgery"
THOR = "Thoracic Surgery"
MONC = "Medical Oncology"
CONC = "Clinical Oncology and Radiotherapy"
AONC = "Acute Oncology Service"
UGI = "Upper GI Cancer Multidisciplinary Team"
BRST = "Breast Oncology"
PNEU = "Paediatric Neurology and Neurodisability"
PSURG = "Paediatric Surgery"
PENT = "Paediatric ENT"
PGAS = "Paediatric Gastroenterology"
PED = "Children's Emergency Department"
PRESP = "Paediatric Respiratory Medicine and Cystic Fibrosis Centre"
LIVER = "Hepatology"
ORTH = "Orthopaedic Surgery"
GSURG = "General Surgery"
OPHTH = "Ophthalmology"
PLAS = "Plastic Surgery"

# ====================================================================== Kingsmere Neurosciences

# N01 probable MS: a page of history, then the one request broken across the page break; sent 13 days late
pt = P("Lionel Ashgrove", "528011", "1979-03-11")
letter(key="n01", prov="ksm", dept=NEURO, kind="clinic_letter", specialty="Neurology",
       clinician="Dr Ambrose Featherstone", patient=pt, ev="2038-05-05", ld="2038-05-17", sent="2038-05-18 09:12",
       fmt="pdf", subject="Neurology clinic letter - Mr L Ashgrove", opts={"cover": (
           "Kingsmere Regional Neurosciences Centre - Neurology\n\nPlease find attached Dr Featherstone's letter "
           "following his review of your patient in the neuro-inflammatory clinic (reference {ref}).\n\n"
           "Summary: probable relapsing-remitting multiple sclerosis. Visual evoked potentials and lumbar "
           "puncture to be arranged by the neurosciences day unit; the MS specialist nurse will make contact; "
           "clinic review in six months.\n\nNeurology Secretaries, Kingsmere\nTelephone 0121 496 0615\n")},
       body=f"""
Our ref: AF/NI/4471
Dictated: 05/05/2038 - Typed: 17/05/2038

{GPADDR}

{idl(pt)}
Clinic date: 05/05/2038, Neuro-inflammatory Clinic, Kingsmere Regional Neurosciences Centre

Dear Dr Pennicott,

# Diagnoses
1. Probable relapsing-remitting multiple sclerosis
2. Left optic neuritis in 2036, fully recovered

I had the pleasure of reviewing Mr Ashgrove, a 59-year-old chartered surveyor, in my neuro-inflammatory clinic on 05/05/2038. You will recall that he was seen by my colleague Dr Ravensworth in 2036 with a painful left optic neuritis, from which he made a complete recovery; at that time his MRI showed two small periventricular lesions.

He tells me that in late February of this year he noticed a band-like tingling around his lower chest, followed over a fortnight by numbness spreading from both feet to the knees. He describes a brief electric sensation running down his spine when he bends his neck forward, which I take to be Lhermitte's phenomenon. There has been no weakness, and the sensory symptoms have largely settled over the past six weeks. He is a non-smoker, drinks little, and there is no family history of neurological disease.

On examination visual acuity was 6/6 in each eye, with a subtle left relative afferent pupillary defect and mild pallor of the left optic disc. Tone and power in the limbs were normal, the reflexes brisk and symmetrical and the plantar responses flexor. Vibration sense was reduced to the ankles, and there was a sensory level to pin-prick at about T8, which he says is much improved.

The MRI of his spine performed here in March shows short-segment lesions at C4 and T7, and the brain imaging shows new periventricular and juxtacortical lesions when compared with 2036. Taken together with his history, this satisfies the criteria for dissemination in time and space, and I have explained to Mr Ashgrove that the most likely diagnosis is relapsing-remitting multiple sclerosis.

I have requested visual evoked potentials and a lumbar puncture for oligoclonal bands, both of which will be carried out in our neurosciences day unit, and our multiple sclerosis specialist nurse, Sister Greenhalgh, will telephone him within the fortnight. Finally, and with apologies for adding to the burden of the practice, I should be most grateful if you would be good enough to
~~~
arrange an MRI of his brain and whole spine with gadolinium in approximately 3/12, so that I may compare it with the March scan before he returns to clinic. I shall then be in a better position to advise him about disease-modifying treatment, which we touched upon only briefly.

I shall see him again in the neuro-inflammatory clinic in six months.

Yours sincerely

Dr Ambrose Featherstone
Consultant Neurologist

cc: Mr Lionel Ashgrove, 14 Heronsgate Cottages, Saltinghaven SV4 2PL
""", exp=[("tests_for_hospital", "arrange an MRI of his brain and whole spine with gadolinium in approximately 3/12, "
           "so that I may compare it with the March scan before he returns to clinic"),
          ("late_clinic_letter", "Clinic date: 05/05/2038")],
       notes="The one request, a scan the neurologist wants for his own follow-up, ends a page of history and is "
             "broken across the PDF page break (evidence is the page-2 half). Clinic 05/05, sent 18/05 (13 days): "
             "late. The cover e-mail's summary leaves the request out; VEPs and LP arranged by the centre are "
             "negatives.")

# N02 microdiscectomy: sutures to the practice nurse and a fit note asked of the GP; sent 23h50 after discharge
pt = P("Gwendolyn Parfitt", "528028", "1978-09-22")
letter(key="n02", prov="ksm", dept=NSURG, kind="discharge_summary", specialty="Neurosurgery",
       clinician="Mr Tobias Wetherell", patient=pt, ev="2038-05-13", ev_time="16:40", ld="2038-05-14",
       sent="2038-05-14 16:30", fmt="docx", subject="Neurosurgical discharge summary", body=f"""
# Neurosurgical Discharge Summary
{idl(pt)}
Ward: Ashdown Ward (Spinal Neurosurgery), Kingsmere Regional Neurosciences Centre
Date of admission: 11/05/2038
Date of discharge: 13/05/2038 at 16:40
Consultant: Mr Tobias Wetherell, Consultant Neurosurgeon

Dear Dr Pennicott,

# Diagnosis and procedure
Left L5/S1 disc prolapse with S1 radiculopathy. Left L5/S1 microdiscectomy on 12/05/2038.

# Clinical summary
Mrs Parfitt, a 59-year-old school business manager, had four months of left sciatica that had not responded to physiotherapy, a transforaminal epidural injection or neuropathic analgesia, and her MRI showed a large left paracentral L5/S1 disc prolapse compressing the S1 root. The operation was uncomplicated. Her leg pain had resolved by the following morning, the ankle reflex was returning, and she mobilised independently with the ward physiotherapists. The wound was dry at discharge; it has been closed with interrupted nylon sutures.

# Medication on discharge (14 days supplied)
- Paracetamol 1 g four times daily
- Codeine phosphate 30 mg up to four times daily when required
- Amlodipine 5 mg once daily (regular medicine, unchanged)

# Recommendations
(a) The ward physiotherapists have referred her to outpatient physiotherapy at Saltinghaven General Hospital.
(b) Practice nurse to remove the interrupted nylon sutures at 10 to 14 days after surgery and to check the wound at the same visit.
(c) Please issue her with a fit note covering six weeks from the date of discharge, as she is not to return to work until after her clinic review.
(d) Please continue amlodipine 5 mg once daily.
(e) Spinal clinic review in 6/52; the appointment will be posted to her.

Mr Tobias Wetherell
Consultant Neurosurgeon
""", exp=[("post_procedure_care", "Practice nurse to remove the interrupted nylon sutures at 10 to 14 days after "
           "surgery and to check the wound at the same visit."),
          ("fit_note", "Please issue her with a fit note covering six weeks from the date of discharge, as she is "
           "not to return to work until after her clinic review.")],
       notes="Suture removal and wound check after the centre's own operation, and a fit note for the post-operative "
             "period, both pushed to the practice. Sent 23h50m after the 16:40 discharge: on time (near the limit). "
             "Physiotherapy referral made by the ward and green amlodipine are negatives.")

# N03 epilepsy: titration run by the ESN, referral already made, lamotrigine not to be prescribed yet (hard negative)
pt = P("Hester Mountjoy", "528035", "1994-12-02")
letter(key="n03", prov="ksm", dept=NEURO, kind="clinic_letter", specialty="Neurology",
       clinician="Dr Cressida Langholm", patient=pt, ev="2038-05-19", ld="2038-05-24", sent="2038-05-26 14:05",
       fmt="html", opts={"alt": True}, subject="Epilepsy clinic letter", body=f"""
# Epilepsy Clinic Letter
{idl(pt)}
Clinic date: 19/05/2038 - Epilepsy Clinic, Kingsmere Regional Neurosciences Centre
Consultant: Dr Cressida Langholm, Consultant Neurologist

Dear Dr Pennicott,

I had the pleasure of seeing Miss Mountjoy, a 43-year-old primary school teacher, once more in the epilepsy clinic. As you know, she has had focal impaired-awareness seizures since 2031, arising from the left temporal lobe. Carbamazepine has kept her largely free of seizures, though at the cost of some unsteadiness, and she has had three brief seizures since January, each during a period of poor sleep.

She is hoping to start a family within the next two years, and for that reason we have agreed to change her carbamazepine to lamotrigine. Our epilepsy specialist nurse, Mr Oyelaran, supplied her with a titration pack in clinic and will telephone her every fortnight during the eight-week titration; he will also check her lamotrigine level here at the end of it.

I have referred her directly to our women's epilepsy clinic for pre-conception counselling. She takes folic acid 5 mg daily, which I would be grateful if you would continue on repeat.

We discussed driving at some length. She understands that she must not drive until she has been free of seizures for a year, and she will inform the DVLA herself.

Once the titration is complete we will write to you with her final dose and ask at that point whether you would be willing to take over the prescribing of lamotrigine; until then, please do not prescribe it. No blood tests are required from the practice.

Yours sincerely

Dr Cressida Langholm
Consultant Neurologist

cc: Miss Hester Mountjoy
""", notes="Hard negative: the titration, its drug level and the supply stay with the centre; the pre-conception "
             "referral is already made; folic acid is green; driving advice is for the patient; the later handover "
             "is only foreshadowed. Sent exactly 7 days after the clinic: on time.")

# N04 missed appointment, discharged and the GP asked to re-refer (formal, plain text)
pt = P("Rosalind Treharne", "528042", "1985-06-30")
letter(key="n04", prov="ksm", dept=NEURO, kind="clinic_letter", specialty="Neurology",
       clinician="Dr Barnaby Quennell", patient=pt, ev="2038-06-01", ld="2038-06-02", sent="2038-06-03 11:20",
       fmt="plain", subject="Neuro-otology clinic - did not attend", body=f"""
{head("ksm", NEURO)}

Our ref: BQ/NO/2290
Date: 02/06/2038

{GPADDR}

Dear Dr Pennicott,

Re: {idl(pt)}
Missed appointment: Neuro-otology Clinic, 01/06/2038

Thank you for your kind letter of referral concerning this 52-year-old lady with episodic vertigo and a fluctuating left-sided hearing loss, which I read with interest. Your careful account of her attacks, and the audiogram you enclosed, would certainly have been most helpful.

I regret to inform you, however, that Mrs Treharne did not attend her appointment on 01/06/2038, and we have had no word from her to explain her absence. In accordance with the Trust's access policy she has been discharged from the neuro-otology clinic after this missed appointment.

I would be obliged if you would be good enough to send a new referral through the e-Referral Service so that she may be offered a further appointment.

Yours sincerely

Dr Barnaby Quennell
Consultant Neurologist (Neuro-otology)
""", exp=[("dna_rereferral", "I would be obliged if you would be good enough to send a new referral through the "
           "e-Referral Service so that she may be offered a further appointment.")],
       notes="Discharged after one missed new-patient appointment and the GP asked to re-refer, in the centre's "
             "most courteous wording. event_date is the missed appointment; sent 2 days later.")

# N05 neuro-oncology MDT outcome: every action with the centre, GP for information (hard negative)
pt = P("Winifred Castleton", "528059", "1957-04-18")
letter(key="n05", prov="ksm", dept=NONC, kind="clinic_letter", specialty="Neurosurgery",
       clinician="Mr Hamish Dunstable", patient=pt, ld="2038-06-09", sent="2038-06-10 08:50",
       fmt="pdf", subject="Neuro-oncology MDT outcome", body=f"""
# Neuro-oncology Multidisciplinary Team Meeting - Outcome Summary
{idl(pt)}
MDT date: 08/06/2038
Referred by: Dr Imogen Pennicott, Shingle Bank Practice
MDT chair and responsible consultant: Mr Hamish Dunstable, Consultant Neurosurgeon

# Clinical summary
Mrs Castleton is an 81-year-old retired librarian who lives independently with her husband. She was referred to the neuro-oncology team by her general practitioner after a direct-access MRI of the internal auditory meati, arranged for asymmetrical tinnitus, showed an incidental extra-axial lesion over the left frontal convexity. She has no headache, seizures, focal weakness, change in personality or cognitive complaint, and her husband has noticed nothing amiss. Her past history includes hypertension, osteoarthritis of both knees and a right total hip replacement in 2031. She takes amlodipine and paracetamol only. Her performance status is 1.

# Imaging reviewed
| Study | Date | Findings |
| MRI internal auditory meati with contrast | 12/05/2038 | 18 mm homogeneously enhancing, dural-based lesion over the left frontal convexity with a dural tail; no surrounding oedema or mass effect. Internal auditory meati normal. |
| CT head (after a fall) | 03/11/2036 | On review, a 15 mm partly calcified extra-axial lesion at the same site. |

# MDT discussion
The radiologists are confident that this is a meningioma. Comparison with the CT of 2036 suggests slow growth of about 1.5 mm a year. In a lady of 81 without symptoms, with no oedema and a lesion of this size, the risks of surgery or radiotherapy are judged to outweigh any benefit at present.
~~~
# MDT outcome
Active monitoring with surveillance MRI. No surgery or radiotherapy is recommended.

# Actions
| No. | Action | Responsible clinician | By |
| 1 | Telephone Mrs Castleton to explain the outcome, and send her written information about meningioma | Mrs Jocasta Fairbairn, Neuro-oncology Clinical Nurse Specialist | 15/06/2038 |
| 2 | Request surveillance MRI head with contrast in 12 months; the appointment will be sent to the patient | Mr Hamish Dunstable | 08/07/2038 |
| 3 | Neurosurgical clinic review after the surveillance MRI | Neurosurgery outpatients | June 2039 |
| 4 | For information only: no action is required from the GP | - | - |

Driving: a meningioma found incidentally, without seizures, carries no driving restriction; Mrs Castleton will be advised accordingly by the nurse specialist.

Should she develop new headaches, seizures or focal neurological symptoms before the surveillance scan, she may be referred back urgently to the neuro-oncology team through the MDT coordinator on 0121 496 0622.

Mr Hamish Dunstable
Consultant Neurosurgeon, Chair, Neuro-oncology MDT
""", notes="Hard negative: MDT outcome whose every action has a responsible hospital clinician, 'for information "
             "only' for the GP, and a conditional route back. No clinic attendance, so event_date is null (the MDT "
             "date is not an attendance).")

# N06 headache clinic: an earlier request withdrawn, nerve blocks booked, CGRP only hypothetical (hard negative)
pt = P("Jasper Penhallow", "528066", "1990-01-27")
letter(key="n06", prov="ksm", dept=NEURO, kind="clinic_letter", specialty="Neurology",
       clinician="Dr Ottilie Marchbanks", patient=pt, ev="2038-06-22", ld="2038-06-24", sent="2038-06-25 15:45",
       fmt="docx", subject="Headache clinic letter", body=f"""
# Headache Clinic Letter
{idl(pt)}
Clinic date: 22/06/2038 - Headache Clinic, Kingsmere Regional Neurosciences Centre
Consultant: Dr Ottilie Marchbanks, Consultant Neurologist

{GPADDR}

Dear Dr Pennicott,

# Diagnosis
Chronic migraine without aura; medication-overuse headache, now resolved

It was a pleasure to see Mr Penhallow again in the headache clinic, this time with his partner. You will remember that when I first saw him in February he was taking co-codamol on more than twenty days a month and had daily headache. He has since withdrawn from it entirely, with a good deal of determination, and his headache days have fallen from twenty-two to eleven a month. Amitriptyline 20 mg at night has helped his sleep as well as his headaches, though he finds it leaves him a little slow in the mornings.

In my letter of 16/02/2038 I asked whether the practice might check his ESR, CRP and thyroid function; please disregard that request, as these were taken in our clinic today and I have already seen the results, which are normal.

He has been booked for bilateral greater occipital nerve blocks in our procedure unit on 13/07/2038, and the appointment letter was handed to him in clinic.

# Medication
- Amitriptyline 20 mg at night: please continue on repeat.
- Propranolol, which he never took regularly, has been stopped; there is nothing further to prescribe.

Were the nerve blocks to prove ineffective, he might in due course be a candidate for a CGRP monoclonal antibody, which would be initiated and prescribed by this clinic; I do not ask you to do anything about this at present.

I shall see him again in four months.

Yours sincerely

Dr Ottilie Marchbanks
Consultant Neurologist
""", notes="Hard negative: an earlier request for bloods is withdrawn (the clinic took them), the nerve blocks are "
             "booked by the centre, amitriptyline is green, and the CGRP antibody is hypothetical and would be "
             "prescribed by the clinic.")

# ====================================================================== Pellingham Cardiothoracic Centre

# P01 amiodarone handed over with its monitoring and no shared care agreement; sent exactly 7 days after clinic
pt = P("Cuthbert Hollinrake", "528073", "1951-11-05")
letter(key="p01", prov="pel", dept=CARD, kind="clinic_letter", specialty="Cardiology",
       clinician="Dr Leopold Ravenscroft", patient=pt, ev="2038-05-10", ld="2038-05-14", sent="2038-05-17 10:30",
       fmt="pdf", subject="Arrhythmia clinic letter", body=f"""
# Cardiology Outpatient Letter - Arrhythmia Service
{idl(pt)}
Clinic date: 10/05/2038, Arrhythmia Clinic, Pellingham Cardiothoracic Centre
Consultant: Dr Leopold Ravenscroft, Consultant Cardiologist and Electrophysiologist

{GPADDR}

Dear Dr Pennicott,

# Diagnoses
1. Persistent atrial fibrillation, CHA2DS2-VASc score 4, anticoagulated
2. Hypertensive heart disease with mild left ventricular hypertrophy; LVEF 52%
3. Chronic kidney disease, stage 3a

I had the pleasure of seeing Mr Hollinrake, an 86-year-old retired solicitor, in the arrhythmia clinic, accompanied by his daughter. As you will recall, his atrial fibrillation recurred within a fortnight of a successful electrical cardioversion in February, and at our last meeting we agreed that catheter ablation was not the right course for a gentleman of his years who was otherwise living a full and active life. We therefore loaded him with amiodarone in our day unit, and a second cardioversion on 24/03/2038 restored sinus rhythm, in which I am pleased to say he remains.

He tells me that he now walks his dog for an hour each morning and has resumed his duties as churchwarden. He has had no palpitations, presyncope or breathlessness, and he has not needed to attend the emergency department or the surgery on account of his heart since the cardioversion. His daughter, who is a pharmacist, tells me that he has been scrupulous in taking his tablets and keeps a careful diary of his pulse, which he checks each evening; I have looked through it, and it shows a steady rate of between 50 and 60 beats a minute since the cardioversion, without any of the irregular readings that so troubled him in the winter. His only complaint is of vivid dreams, which he attributes, probably correctly, to the amiodarone and which do not trouble him unduly. There has been no cough, visual disturbance, tremor or change in weight. His chest was clear and there was no peripheral oedema. His resting heart rate today was 52 beats a minute and his blood pressure 128/74 mmHg; the 12-lead ECG shows sinus bradycardia with a QTc of 462 ms.

Our arrhythmia nurse, Ms Kettlewell, has asked me to record that his thyroid function, liver function and chest X-ray were all normal before amiodarone was started, and that the pulmonary function tests performed in our
~~~
lung function laboratory on 22/02/2038 showed a normal gas transfer. These provide a baseline against which any later change may be judged.

# Recommendations
1. Medication
(a) Apixaban 5 mg twice daily: please continue.
(b) Amiodarone 200 mg once daily: I should be grateful if the practice would take over the prescribing of amiodarone from next month and undertake the six-monthly thyroid and liver function tests that go with it.
(c) Bisoprolol has been reduced to 1.25 mg once daily because of the resting bradycardia; he has sufficient tablets at home.
2. Investigations
(a) A 7-day ambulatory ECG will be performed by our department in 3/12; the department will write to him with the date.
(b) An annual chest X-ray will be requested by this clinic.
3. For Mr Hollinrake
(a) To avoid grapefruit juice and to tell any prescriber or pharmacist that he takes amiodarone.
(b) To wear a high-factor sunscreen outdoors, as amiodarone makes the skin sensitive to sunlight.
4. Follow-up
(a) Arrhythmia clinic in 6/12.

Yours sincerely

Dr Leopold Ravenscroft
Consultant Cardiologist and Electrophysiologist

cc: Mr Cuthbert Hollinrake
""", exp=[("shared_care_without_agreement", "I should be grateful if the practice would take over the prescribing "
           "of amiodarone from next month and undertake the six-monthly thyroid and liver function tests that go "
           "with it.")],
       notes="Amber drug and its monitoring handed over with no shared care agreement offered, as sub-item 1(b) of "
             "numbered recommendations. The Holter and chest X-ray stay with the hospital, apixaban is continued, "
             "advice is for the patient. A history sentence is broken across the page break. Sent exactly 7 days "
             "after the clinic: on time.")

# P02 CABG: clips and sternal wound to the practice nurse; discharge summary sent four days late (3 pages)
pt = P("Bartholomew Keswick", "528080", "1949-07-14")
letter(key="p02", prov="pel", dept=CSURG, kind="discharge_summary", specialty="Cardiothoracic Surgery",
       clinician="Mr Fergus Aldenham", patient=pt, ev="2038-05-21", ev_time="11:00", ld="2038-05-25",
       sent="2038-05-25 15:20", fmt="pdf", subject="Cardiac surgery discharge summary", body=f"""
# Cardiac Surgery Discharge Summary
{idl(pt)}
Ward: Harebell Ward (Cardiac Surgery), Pellingham Cardiothoracic Centre
Date of admission: 12/05/2038 (elective)
Date of discharge: 21/05/2038 at 11:00
Consultant: Mr Fergus Aldenham, Consultant Cardiothoracic Surgeon

{GPADDR}

# Diagnosis
Three-vessel coronary artery disease with stable angina (CCS class III); preserved left ventricular function.

# Procedure
Coronary artery bypass grafting x 3 on 13/05/2038: left internal mammary artery to the left anterior descending artery; long saphenous vein grafts (left leg, open harvest) to the obtuse marginal and the posterior descending arteries. Cardiopulmonary bypass time 94 minutes.

# Hospital course
Mr Keswick, an 88-year-old retired signalman, was admitted electively after his case was discussed at our joint cardiology and cardiac surgery meeting in March. He had been troubled by angina on walking fifty yards for more than a year despite maximal medical treatment, and his coronary angiogram in February had shown severe proximal disease of all three major vessels. His pre-operative assessment had been notable for moderate frailty (Clinical Frailty Scale 4) and for a transient ischaemic attack in 2034, and for this reason his case was discussed with our cardiac anaesthetists and stroke physicians before surgery. His carotid Doppler studies in April showed less than 50% stenosis on either side, his aspirin was continued up to the day of surgery, and his clopidogrel had been stopped by the cardiology team seven days beforehand in the usual way.

Surgery was uncomplicated, and he was extubated within six hours and returned to the ward on the second post-operative day. On the third day he developed atrial fibrillation with a ventricular rate of 130, which reverted to sinus rhythm with intravenous amiodarone; he has remained in sinus rhythm since, and the amiodarone was stopped after 48 hours. His post-operative course was otherwise marked by a period of confusion on the fourth night, which our elderly care liaison team attributed to disturbed sleep and opioid analgesia and which had resolved completely
~~~
within 36 hours of reducing the morphine. A small left pleural effusion, seen on the chest X-ray of 18/05/2038, was managed conservatively and was smaller on the film of 20/05/2038.

He mobilised with the cardiac physiotherapists, managed a flight of stairs on the seventh day, and was discharged home to the care of his wife, who visited each day and was present for much of his rehabilitation; the ward's occupational therapists saw them together before discharge and supplied a perching stool and a raised toilet seat. The sternal wound is healing well and the sternum is stable. The leg wound has been closed with skin clips; there is a small area of bruising at the knee but no sign of infection.

# Investigations
| Test | Pre-operative | On discharge |
| Haemoglobin (g/L) | 138 | 104 |
| Creatinine (umol/L) | 96 | 101 |
| Potassium (mmol/L) | 4.4 | 4.2 |
| Echocardiogram | LVEF 55% | not repeated |

# Medication on discharge (14 days supplied)
| Medicine | Dose | Comment |
| Aspirin | 75 mg once daily | lifelong |
| Atorvastatin | 80 mg at night | unchanged |
| Bisoprolol | 2.5 mg once daily | new |
| Ramipril | 2.5 mg once daily | restarted; U&Es checked on the day of discharge |
| Paracetamol | 1 g four times daily | for 2 weeks, then as required |
| Lansoprazole | 15 mg once daily | for 6 weeks, then stop |
~~~
# Recommendations
1. For the GP practice
(a) Please continue the discharge medicines once the 14-day supply runs out.
(b) Practice nurse to remove the skin clips from the left leg vein harvest site on day 10 after discharge and to check the sternal wound at the same visit.
2. For the hospital team
(a) The ward has referred Mr Keswick to the Saltinghaven cardiac rehabilitation team.
(b) Surgical outpatient review at 6/52; the appointment will be posted.
3. For Mr Keswick
(a) No driving for four weeks, and no lifting of more than 5 kg for twelve weeks.
(b) To telephone Harebell Ward on 0161 496 0291 at any time in the first six weeks if he is worried about his wound or his breathing.

Mr Fergus Aldenham
Consultant Cardiothoracic Surgeon
""", exp=[("post_procedure_care", "Practice nurse to remove the skin clips from the left leg vein harvest site on "
           "day 10 after discharge and to check the sternal wound at the same visit."),
          ("late_discharge_summary", "Date of discharge: 21/05/2038 at 11:00")],
       notes="Clip removal and wound check after the centre's own operation pushed to the practice nurse, in the "
             "numbered recommendations on page 3. Discharged 21/05 11:00, sent 25/05 15:20: late. Cardiac rehab "
             "referral made by the ward, green medicines continued, and advice to the patient are negatives.")

# P03 dangerous interaction with the practice's own antibiotic: urgent, but ordinary GP work (no finding)
pt = P("Marjorie Fenwright", "528097", "1956-03-09")
letter(key="p03", prov="pel", dept=CARD, kind="clinic_letter", specialty="Cardiology",
       clinician="Dr Anjali Westerby", patient=pt, ev="2038-06-02", ld="2038-06-02", sent="2038-06-02 13:10",
       fmt="html", opts={"alt": True}, subject="URGENT - drug interaction - please act today", body=f"""
# URGENT - Telephone Clinic Letter
{idl(pt)}
Clinic date: 02/06/2038 (telephone consultation), Post-PCI Clinic, Pellingham Cardiothoracic Centre
Consultant: Dr Anjali Westerby, Consultant Interventional Cardiologist

Dear Dr Pennicott,

I spoke to Mrs Fenwright by telephone this morning for her routine review following the drug-eluting stent we placed in her left anterior descending artery on 14/04/2038. I am glad to say that she is free of angina and is walking two miles a day.

She mentioned that the practice started her yesterday on clarithromycin 500 mg twice daily for a chest infection. She takes ticagrelor 90 mg twice daily, and clarithromycin, a strong CYP3A4 inhibitor, is contraindicated with ticagrelor because it raises ticagrelor levels substantially and with them the risk of serious bleeding.

As the clarithromycin was prescribed by the practice, please would you review her today, stop it and substitute an antibiotic that does not interact with ticagrelor. I have advised her to take no further doses in the meantime and to expect a call from the surgery this afternoon.

Ticagrelor must not be stopped: it continues until April 2039, as set out in our discharge letter.

Yours sincerely

Dr Anjali Westerby
Consultant Interventional Cardiologist
""", urgent=True,
       notes="Urgent (dangerous interaction, action today) but no bounce: the request concerns the practice's own "
             "prescription, which is ordinary GP work. Must reach a clinician; nothing to send back.")

# P04 lung volume reduction referral returned for work-up (referral response, DOCX)
pt = P("Edmund Braithwell", "528103", "1972-10-21")
letter(key="p04", prov="pel", dept=THOR, kind="referral_response", specialty="Thoracic Surgery",
       clinician="Mr Rupert Gallimore", patient=pt, ld="2038-06-07", sent="2038-06-08 10:40",
       fmt="docx", subject="Referral response - thoracic surgery", body=f"""
# Referral Response - Thoracic Surgery
{idl(pt)}
Referral received: 27/05/2038 (e-Referral Service, routine)
Reviewed by: Mr Rupert Gallimore, Consultant Thoracic Surgeon

{GPADDR}

Dear Dr Pennicott,

Thank you for your referral of Mr Braithwell, whom you ask us to consider for lung volume reduction. I have read your letter and the enclosed spirometry with great interest, and I entirely agree that he has severe emphysema, with an FEV1 of 0.9 litres, and that he is gravely limited by breathlessness despite maximal inhaled therapy and having stopped smoking two years ago.

I regret, however, that we are unable to accept the referral in its present form. Before we can consider him for our lung volume reduction assessment clinic, I should be grateful if you would arrange full lung function tests including gas transfer, a high-resolution CT of the thorax and a six-minute walk test, and ensure that he has completed a course of pulmonary rehabilitation, and then re-refer him with the results.

I have returned the referral on the e-Referral Service so that it may be resubmitted in due course.

Yours sincerely

Mr Rupert Gallimore
Consultant Thoracic Surgeon
""", exp=[("referral_returned_for_workup", "I should be grateful if you would arrange full lung function tests "
           "including gas transfer, a high-resolution CT of the thorax and a six-minute walk test, and ensure that "
           "he has completed a course of pulmonary rehabilitation, and then re-refer him with the results.")],
       notes="A clinically appropriate referral returned with a specialist work-up for the GP to do first. Labelled "
             "referral_returned_for_workup only (the tests are the returned referral's work-up, not tests for an "
             "accepted patient).")

# P05 heart failure: shared care OFFERED for agreement, nurses keep prescribing and monitoring (hard negative)
pt = P("Reginald Thwaite", "528110", "1958-08-30")
letter(key="p05", prov="pel", dept=CARD, kind="clinic_letter", specialty="Cardiology",
       clinician="Dr Octavia Brackenbury", patient=pt, ev="2038-06-08", ld="2038-06-10", sent="2038-06-11 12:05",
       fmt="pdf", subject="Heart failure clinic letter and shared care agreement", body=f"""
# Heart Failure Clinic Letter
{idl(pt)}
Clinic date: 08/06/2038, Advanced Heart Failure Clinic, Pellingham Cardiothoracic Centre
Consultant: Dr Octavia Brackenbury, Consultant Cardiologist (Heart Failure)

{GPADDR}

Dear Dr Pennicott,

# Diagnoses
1. Heart failure with reduced ejection fraction (LVEF 30%), non-ischaemic dilated cardiomyopathy
2. Left bundle branch block (QRS 156 ms)
3. Type 2 diabetes

I had the pleasure of reviewing Mr Thwaite, a 79-year-old retired bus driver, in the advanced heart failure clinic together with his wife. You will recall that he was admitted to Saltinghaven General Hospital in March with decompensated heart failure, and that his echocardiogram there showed a dilated left ventricle with an ejection fraction of about 30%. He received intravenous furosemide for five days and lost 7 kg of fluid, and he was discharged on his present treatment under the care of the Saltinghaven heart failure nurses, who have kept in close touch with us since. His coronary angiogram in April showed only minor disease, and we believe his cardiomyopathy to be non-ischaemic in origin.

He lives with his wife in a bungalow in Saltinghaven and remains independent, though he has given up his allotment for the present. He has not smoked for twenty years and drinks a small glass of beer at the weekend. His diabetes is well controlled, with an HbA1c of 52 in April.

Since his discharge he has become a good deal more comfortable. He can now walk to the end of his road and back, about 400 metres, before he has to stop, and he sleeps on two pillows. There has been no chest pain, syncope or palpitation. He weighs himself each morning and his weight has been steady at 84 kg for six weeks. On examination his jugular venous pressure was not raised, his chest was clear and there was no peripheral oedema; his blood pressure 118/70 mmHg and his pulse regular at 64. His ECG today shows sinus rhythm with left bundle branch block, unchanged from March, and his renal function taken in clinic is stable, with a creatinine of 112 and a potassium of 4.6.

We have had a long discussion about his treatment. He is taking ramipril, bisoprolol and furosemide, and his diabetes has been treated with
~~~
dapagliflozin by the practice for some years, which is most helpful. I have advised him that changing ramipril to sacubitril/valsartan is likely to improve both his symptoms and his outlook, and he was keen to do so.

# Recommendations
1. Medication
(a) Sacubitril/valsartan 49/51 mg twice daily was started in clinic today after a 36-hour washout of ramipril; our heart failure pharmacist has supplied 28 days.
(b) We enclose our shared care agreement for sacubitril/valsartan. If you are content to share his care, please sign and return it to us; until we have received your agreement, our heart failure nurses will continue to prescribe it and will check his renal function and potassium in our clinic at 1/52 and 3/52.
(c) Bisoprolol 5 mg once daily, furosemide 40 mg once daily and dapagliflozin 10 mg once daily: please continue.
2. Investigations
(a) Repeat echocardiogram in 3/12, requested by us today, to decide on cardiac resynchronisation therapy.
3. For Mr Thwaite
(a) To weigh himself daily and to ring the heart failure nurse advice line on 0161 496 0290 if his weight rises by 2 kg in three days.
4. Follow-up
(a) Heart failure nurse clinic in 1/52; my clinic in 3/12 after the echocardiogram.

Yours sincerely

Dr Octavia Brackenbury
Consultant Cardiologist (Heart Failure)

cc: Mr Reginald Thwaite
""", notes="Hard negative: shared care offered for the GP's agreement with the hospital prescribing and monitoring "
             "until it is signed; echo and CRT decision kept by the centre; green drugs continued; advice to the "
             "patient. A sentence runs across the page break.")

# P06 valve clinic: the letter is passive about an echo; the secretary's covering e-mail asks the practice to do it
pt = P("Philippa Ormerod", "528127", "1972-02-16")
letter(key="p06", prov="pel", dept=CARD, kind="clinic_letter", specialty="Cardiology",
       clinician="Dr Simeon Carrodus", patient=pt, ev="2038-06-14", ld="2038-06-17", sent="2038-06-18 09:35",
       fmt="pdf", subject="Valve clinic letter - Mrs P Ormerod", opts={
           "from": "Tamsin Greatorex <tamsin.greatorex@pellingham-hl.nhs.uk>",
           "cover": ("Dear colleagues,\n\nPlease find attached Dr Carrodus's clinic letter (reference {ref}) for "
                     "Mrs Philippa Ormerod, who was seen in the valve clinic on 14/06/2038.\n\nDr Carrodus has asked "
                     "me to add that, as the echocardiography waiting list here is currently very long, he would be "
                     "grateful if the practice could arrange the echocardiogram and the 24-hour blood pressure "
                     "monitoring mentioned in the letter before her review in December.\n\nKind regards\n\n"
                     "Tamsin Greatorex\nMedical Secretary to Dr S Carrodus\nPellingham Cardiothoracic Centre\n"
                     "Telephone 0161 496 0287\n")},
       body=f"""
# Cardiology Outpatient Letter - Valve Clinic
{idl(pt)}
Clinic date: 14/06/2038, Valve Surveillance Clinic, Pellingham Cardiothoracic Centre
Consultant: Dr Simeon Carrodus, Consultant Cardiologist

{GPADDR}

Dear Dr Pennicott,

# Diagnoses
1. Bicuspid aortic valve with moderate aortic stenosis (peak velocity 3.4 m/s, mean gradient 26 mmHg, 2037)
2. Dilated ascending aorta, 42 mm
3. Hypertension

I had the pleasure of seeing Mrs Ormerod, a 66-year-old piano teacher, for her annual review in the valve surveillance clinic. She remains entirely without symptoms: she swims twice a week and teaches for six hours a day without difficulty, and there has been no chest pain, breathlessness or dizziness on exertion. She has been taking amlodipine 10 mg daily for her blood pressure, which was 148/86 mmHg in clinic today and, she tells me, is generally a little lower at home. She occasionally notices her heartbeat when lying on her left side at night, but this is brief and regular, and there have been no episodes of sustained palpitation. Her only other medicine is a hormone replacement patch.

Her echocardiogram last year showed moderate aortic stenosis, with a peak velocity of 3.4 m/s, a mean gradient of 26 mmHg and a valve area of 1.2 cm2, with normal left ventricular size and function; her ascending aorta measured 42 mm, an increase of 1 mm over two years. Her brother had an aortic valve replacement at the age of 58, and her son was found to have a normal valve when we screened him in 2036. She is a non-smoker, is not diabetic, and her cholesterol is 4.6 mmol/L. She was anxious to know whether she should continue swimming, and I have reassured her that moderate exercise of this kind is entirely safe and to be encouraged, though she should avoid heavy weightlifting.

On examination there was an ejection systolic murmur of moderate intensity, radiating to the carotids, with a preserved second heart sound. The ECG shows sinus rhythm with voltage criteria for left ventricular hypertrophy, which was present last year and has not
~~~
changed. I have explained to her the nature of the condition, and that we should expect her valve to need replacing at some point, though probably not for some years.

She would benefit from a repeat echocardiogram before her next appointment, together with 24-hour ambulatory blood pressure monitoring, as tight control of her blood pressure matters a good deal in the presence of a dilated aorta.

I have explained the symptoms that should prompt her to seek advice sooner, and I will see her again in the valve clinic in six months.

Yours sincerely

Dr Simeon Carrodus
Consultant Cardiologist

cc: Mrs Philippa Ormerod
""", exp=[("tests_for_hospital", "he would be grateful if the practice could arrange the echocardiogram and the "
           "24-hour blood pressure monitoring mentioned in the letter before her review in December")],
       notes="The attached letter is passive ('she would benefit from'); the secretary's covering e-mail turns it "
             "into a request that the practice arrange the clinic's own surveillance echo and ABPM. Evidence is in "
             "the e-mail body, not the PDF. Sent by a person (no letter system).")

# P07 thoracic surveillance: suspected breast cancer found, GP asked to make the 2WW referral (urgent)
pt = P("Agatha Pendreigh", "528134", "1963-05-25")
letter(key="p07", prov="pel", dept=THOR, kind="clinic_letter", specialty="Thoracic Surgery",
       clinician="Mr Rupert Gallimore", patient=pt, ev="2038-07-06", ld="2038-07-06", sent="2038-07-07 08:40",
       fmt="plain", subject="URGENT - thoracic surgery clinic letter - suspected breast cancer", body=f"""
{head("pel", THOR)}

URGENT

Our ref: RG/TS/0917
Date: 06/07/2038

{GPADDR}

Dear Dr Pennicott,

Re: {idl(pt)}
Clinic date: 06/07/2038, Post-lobectomy Surveillance Clinic

I saw Mrs Pendreigh today for her two-year review following the right upper lobectomy which I performed in 2036 for a stage IB adenocarcinoma. I am glad to say that she has been well, has regained her former stamina and has returned to her allotment, and her surveillance CT of 01/07/2038 shows no evidence of recurrence in the chest.

The CT does, however, show a new 2.2 cm spiculated mass in the upper outer quadrant of the left breast, which was not present on the scan of a year ago. On examination today I could feel a firm, irregular lump at that site, with no palpable axillary nodes. I have explained these findings to Mrs Pendreigh, who was naturally upset, and she understands that she will need urgent assessment in a breast clinic.

I should be grateful if you would refer her urgently to the breast clinic on the suspected cancer pathway, as we are unable to refer directly to the breast service at Saltinghaven from this clinic.

I shall continue her thoracic surveillance as planned, with a further CT in twelve months.

Yours sincerely

Mr Rupert Gallimore
Consultant Thoracic Surgeon
""", exp=[("onward_referral", "I should be grateful if you would refer her urgently to the breast clinic on the "
           "suspected cancer pathway")], urgent=True,
       notes="A suspected-cancer step pushed back to the GP when the surgeon who found the lump should refer on "
             "directly: onward_referral and urgent (must reach a clinician before any bounce). Continuing "
             "surveillance is the centre's own.")

# ====================================================================== Corvanne Cancer Centre

# K01 capecitabine asked for in a post-script; the covering e-mail says "for information only"
pt = P("Clement Yarwood", "528141", "1955-12-03")
letter(key="k01", prov="crv", dept=MONC, kind="clinic_letter", specialty="Medical Oncology",
       clinician="Dr Florence Aylmer", patient=pt, ev="2038-05-12", ld="2038-05-13", sent="2038-05-14 11:25",
       fmt="pdf", subject="Oncology clinic letter", opts={"cover": (
           "{trust}\n{dept}\n\nClinic letter attached (reference {ref}).\n\nFOR INFORMATION ONLY - no action is "
           "required by the practice.\n\nCorvanne Cancer Centre Medical Secretaries\n")},
       body=f"""
# Medical Oncology Clinic Letter
{idl(pt)}
Clinic date: 12/05/2038, Colorectal Oncology Clinic, Corvanne Cancer Centre
Consultant: Dr Florence Aylmer, Consultant Medical Oncologist

{GPADDR}

Dear Dr Pennicott,

# Diagnosis
Adenocarcinoma of the sigmoid colon, pT3 pN1b (3/19 nodes) M0, stage IIIB; anterior resection 02/03/2038

# Treatment
Adjuvant CAPOX, planned for 3 months (4 cycles), then capecitabine alone to complete 6 months

I had the pleasure of reviewing Mr Yarwood, an 82-year-old retired joiner, in the colorectal oncology clinic before his third cycle of adjuvant chemotherapy, accompanied as ever by his wife. He has otherwise been in good health, with only well-controlled hypertension and a right hip replacement in 2033, and he continues to tend his garden and to walk his dog twice a day. He recovered well from his anterior resection in March and tolerated his first two cycles of CAPOX with no more than mild nausea and fatigue. He has, however, developed persistent tingling in his fingers and feet, which is now interfering with fine movements such as fastening buttons, and which is characteristic of oxaliplatin neuropathy.

We have had a long discussion about the balance of benefit and harm in continuing oxaliplatin. The absolute gain from the further two cycles is modest, whereas the neuropathy might well become permanent, and Mr Yarwood was very clear that he would rather not risk it. He asked whether stopping early would lessen his chances of cure, and I was able to reassure him that the evidence suggests that three months of oxaliplatin provides most of the benefit in his situation. We have therefore stopped the oxaliplatin, and he will complete his adjuvant treatment with capecitabine alone, at the same dose, for a further six cycles. His full blood count, renal and liver function taken in our day unit this morning were satisfactory, and his carcinoembryonic antigen, which was 9 before surgery, has fallen to 2.

I have explained to him the side effects of capecitabine, in particular diarrhoea and soreness of the hands and feet, and he has our 24-hour
~~~
chemotherapy advice line number, 0113 496 0480, which he knows to ring at once should he develop a fever, diarrhoea or mouth ulcers. His pre-cycle blood tests will be taken at our satellite unit at Saltinghaven General Hospital, and he will be reviewed by our chemotherapy nurses before each cycle. A surveillance CT of the chest, abdomen and pelvis will be requested by us at the end of treatment.

Yours sincerely

Dr Florence Aylmer
Consultant Medical Oncologist

P.S. As Mr Yarwood lives some forty miles from Corvanne, I should be most grateful if you would be good enough to prescribe his capecitabine, 1,650 mg twice daily on days 1 to 14 of each 21-day cycle, from the practice from cycle 3 onwards, so that he need not travel here to collect it.
""", exp=[("hospital_only_prescribing", "I should be most grateful if you would be good enough to prescribe his "
           "capecitabine, 1,650 mg twice daily on days 1 to 14 of each 21-day cycle, from the practice from cycle "
           "3 onwards")],
       notes="Oral chemotherapy (red, hospital only) asked of the GP in a post-script after a page of history, "
             "while the covering e-mail says 'for information only - no action'. Bloods, nurse reviews and CT stay "
             "with the centre.")

# K02 restaging CT result: GP asked to discuss it with the patient (results letter, HTML)
pt = P("Imelda Crossthwaite", "528158", "1966-04-07")
letter(key="k02", prov="crv", dept=MONC, kind="results", specialty="Medical Oncology",
       clinician="Dr Nathaniel Sowerby", patient=pt, ld="2038-05-31", sent="2038-06-01 10:15",
       fmt="html", subject="Results letter - restaging CT", body=f"""
# Results Letter - Medical Oncology
{idl(pt)}
Investigation: CT chest, abdomen and pelvis (restaging), 25/05/2038
Consultant: Dr Nathaniel Sowerby, Consultant Medical Oncologist

Dear Dr Pennicott,

Mrs Crossthwaite, as you know, has high-grade serous carcinoma of the ovary, treated with surgery and chemotherapy in 2037, and is now taking maintenance olaparib. Her restaging CT, which I requested at her last appointment, has now been reported. It shows stable disease, with no new lesions, and the small volume of ascites seen in January has resolved.

Her next appointment with me is not until September. I should be grateful if you would discuss these results with Mrs Crossthwaite at the surgery, as she is anxious to know the outcome.

Olaparib continues to be supplied by our pharmacy homecare service, and her next CT will be requested by this clinic in the autumn.

Yours sincerely

Dr Nathaniel Sowerby
Consultant Medical Oncologist
""", exp=[("patient_redirected_to_gp", "I should be grateful if you would discuss these results with Mrs "
           "Crossthwaite at the surgery, as she is anxious to know the outcome.")],
       notes="'GP to discuss results with patient' for a scan the oncologist ordered: patient_redirected_to_gp, "
             "as TAXONOMY lists it (not also results_chasing). Homecare olaparib and the next CT are negatives.")

# K03 upper GI MDT outcome and clinic: onward referral to dietetics pushed to the GP in the actions table
pt = P("Norbert Fairweather", "528165", "1952-09-09")
letter(key="k03", prov="crv", dept=UGI, kind="clinic_letter", specialty="Clinical Oncology",
       clinician="Dr Isidore Penwarden", patient=pt, ev="2038-06-16", ld="2038-06-17", sent="2038-06-18 16:10",
       fmt="pdf", subject="Upper GI MDT outcome and clinic letter", body=f"""
# Upper GI Cancer MDT Outcome and Clinic Letter
{idl(pt)}
MDT date: 15/06/2038
Clinic date: 16/06/2038, Upper GI Oncology Clinic, Corvanne Cancer Centre
Responsible clinician: Dr Isidore Penwarden, Consultant Clinical Oncologist

{GPADDR}

# Diagnosis
Adenocarcinoma of the lower oesophagus, cT3 N1 M0 on CT and endoscopic ultrasound (biopsy 21/05/2038)

# Clinical summary
Mr Fairweather is an 85-year-old retired trawlerman who presented through the urgent suspected cancer pathway with three months of progressive dysphagia, now to soft food only, and a weight loss of 9 kg since March. He lives with his wife, walks daily and remains independent in all activities; his performance status is 1. He has mild chronic obstructive pulmonary disease and takes an inhaler only. His endoscopy on 21/05/2038 showed an ulcerated, partly stenosing tumour from 34 to 39 cm, and endoscopic ultrasound staged it as T3 with a single enlarged node; his CT showed no distant disease. His FEV1 of 1.6 litres, 61% of predicted, was felt by the surgeons to carry a significant risk at oesophagectomy.

# MDT outcome
Potentially curable disease. Definitive chemoradiotherapy is recommended in preference to surgery, in view of his age and lung function, subject to a staging PET-CT that shows no distant disease.

# Clinic
I saw Mr and Mrs Fairweather the day after the meeting and explained the recommendation in some detail, together with the likely side effects of chemoradiotherapy, particularly soreness on swallowing towards the end of treatment. He was keen to proceed. We talked too about the practicalities: he will need to attend Corvanne each weekday for five and a half weeks, and our transport service can bring him from Saltinghaven, with his wife, who does not drive, travelling with him. His appetite is fair but he tires easily, and his wife has noticed that his trousers are now loose at the waist; his haemoglobin is 118 g/L and his albumin 33 g/L. He is managing soft food and supplement drinks, but he has continued to lose weight, and I have
~~~
impressed upon him how important it is that he keeps up his nutrition through treatment.

# Actions
| No. | Action | Responsible clinician | By |
| 1 | Book staging PET-CT | Dr Isidore Penwarden | 23/06/2038 |
| 2 | Radiotherapy planning CT once the PET-CT is reported | Radiotherapy booking team | 30/06/2038 |
| 3 | Weekly telephone contact as key worker | Sister Noreen Galbraith, Upper GI Clinical Nurse Specialist | from 17/06/2038 |
| 4 | GP: please refer Mr Fairweather to the community dietetic service for nutritional support, as he has lost 9 kg since March | Dr Imogen Pennicott | as soon as possible |

Yours sincerely

Dr Isidore Penwarden
Consultant Clinical Oncologist

cc: Mr Norbert Fairweather
""", exp=[("onward_referral", "GP: please refer Mr Fairweather to the community dietetic service for nutritional "
           "support, as he has lost 9 kg since March")],
       notes="MDT outcome with an actions table: three hospital actions with responsible clinicians and one, a "
             "dietetic referral for the cancer's own weight loss, assigned to the GP (onward_referral). A clinic "
             "sentence is broken across the page break; the evidence is a table cell on page 2.")

# K04 end-of-treatment summary: surveillance kept by the centre, conditional route back (3 pages, hard negative)
pt = P("Maud Abernethy", "528172", "1961-01-19")
letter(key="k04", prov="crv", dept=BRST, kind="clinic_letter", specialty="Clinical Oncology",
       clinician="Dr Beatrix Cholmondeley", patient=pt, ev="2038-06-24", ld="2038-06-28", sent="2038-06-29 14:30",
       fmt="pdf", subject="Treatment summary - end of active treatment", body=f"""
# Cancer Treatment Summary - End of Active Treatment
{idl(pt)}
Clinic date: 24/06/2038, Breast Oncology Clinic, Corvanne Cancer Centre
Consultant: Dr Beatrix Cholmondeley, Consultant Clinical Oncologist
Key worker: Mrs Saffron Idris, Breast Clinical Nurse Specialist, telephone 0113 496 0474

{GPADDR}

Dear Dr Pennicott,

# Diagnosis
Invasive ductal carcinoma of the right breast, grade 2, 24 mm, node negative (0/3 sentinel nodes); oestrogen receptor positive, HER2 negative

# Summary of treatment
| Date | Treatment | Where |
| 14/01/2038 | Right wide local excision and sentinel node biopsy | Saltinghaven General Hospital |
| 10/03/2038 | Letrozole 2.5 mg once daily started | Corvanne Cancer Centre |
| 07/04/2038 to 11/04/2038 | Adjuvant radiotherapy, 26 Gy in 5 fractions to the right breast | Corvanne Cancer Centre |

I had the pleasure of seeing Mrs Abernethy, a 77-year-old retired magistrate, for her end-of-treatment review. She came through her surgery and radiotherapy remarkably well. The skin of the right breast is now only faintly pink, the scar has settled, and she has a full range of shoulder movement. She tolerates letrozole with no more than some stiffness in the fingers in the mornings, which eases as the day goes on, and she has returned to her choir and to the committee of her local hospice shop. Her husband, who came with her, asked a number of sensible questions about her future risk. There is no family history of breast or ovarian cancer, and she tells me that she has found the support of the breast care nurses invaluable.

We talked about what the diagnosis means for her now. Her risk of recurrence over the next ten years, with the treatment she has had, is low. She understands the importance of continuing letrozole for five years, and we have discussed at some length the possible thinning of the bones that it may cause, which is the reason for the bone density scan described below. She was interested to know about the Living Well after Cancer course run by our
~~~
information centre, and Mrs Idris has booked her a place on the course beginning in September.

# Possible late effects of treatment
- Radiotherapy: mild breast firmness or change in shape; rarely, rib tenderness or lung inflammation
- Letrozole: joint stiffness, hot flushes, loss of bone density

# Alert symptoms that need prompt review
- A new lump in either breast, the chest wall or the armpit
- Persistent bone pain, particularly if it wakes her at night
- Unexplained breathlessness, cough or weight loss

# Actions for the hospital team
(a) A baseline DEXA scan has been requested by us and will take place at Corvanne in July; we will act on the result.
(b) Annual surveillance mammography for five years is booked through our breast imaging unit; the first is due in January 2039.
(c) Mrs Idris will remain her key worker and will telephone her in three months.
~~~
# Actions for the GP
(a) Please continue letrozole 2.5 mg once daily, which she has now taken for more than three months without difficulty, to complete five years.
(b) A cancer care review within six months as part of your usual care.

# Actions for Mrs Abernethy
(a) To attend the Living Well after Cancer course.
(b) To take calcium and vitamin D each day, as advised.

Should she develop any of the alert symptoms above, she may be referred back to the breast team through our open-access route without a new referral, or she may ring Mrs Idris directly.

Yours sincerely

Dr Beatrix Cholmondeley
Consultant Clinical Oncologist

cc: Mrs Maud Abernethy
""", notes="Hard negative: a three-page treatment summary. DEXA, mammography and key-worker contact are kept by "
             "the centre; letrozole is established and green; the cancer care review is ordinary GP work; the route "
             "back is conditional; the course is booked for the patient. A sentence crosses the page 1-2 break.")

# K05 neutropenic sepsis: nothing asked of the practice, but the summary went out 24h25m after discharge
pt = P("Tabitha Merriweather", "528189", "1975-08-28")
letter(key="k05", prov="crv", dept=AONC, kind="discharge_summary", specialty="Medical Oncology",
       clinician="Dr Nathaniel Sowerby", patient=pt, ev="2038-06-09", ev_time="11:15", ld="2038-06-10",
       sent="2038-06-10 11:40", fmt="html", opts={"label_col": True}, subject="Acute oncology discharge summary",
       body=f"""
# Discharge Summary - Acute Oncology
{idl(pt)}
Date of discharge: 09/06/2038 at 11:15

| Ward | Thornfield Ward (Acute Oncology), Corvanne Cancer Centre |
| Consultant | Dr Nathaniel Sowerby, Consultant Medical Oncologist |
| Date of admission | 05/06/2038 |
| Diagnosis | Neutropenic sepsis (neutrophils 0.2) nine days after cycle 3 of docetaxel for metastatic breast cancer; no organism isolated |
| Treatment | Intravenous piperacillin with tazobactam for 72 hours, then oral co-amoxiclav; neutrophils recovered to 2.4 by 08/06/2038 |
| Medication on discharge | Co-amoxiclav 625 mg three times daily to complete 7 days in total, supplied in full. Her usual medicines are unchanged. |
| Plan | Cycle 4 deferred by one week and given with filgrastim (G-CSF) support, which our chemotherapy day unit will supply and teach her to inject. Full blood count before cycle 4 in our day unit on 16/06/2038. |
| Patient advice | To ring the 24-hour chemotherapy advice line on 0113 496 0480 at once with any temperature of 37.5 or above. |
| GP actions | None. |
""", exp=[("late_discharge_summary", "Date of discharge: 09/06/2038 at 11:15")],
       notes="No wording finding (antibiotics supplied in full, G-CSF and bloods kept by the centre, 'GP actions: "
             "None'), but discharged 09/06 11:15 and sent 10/06 11:40, 24h25m later: just late.")

# K06 radiotherapy planning: fit note already issued, dental referral made, PEG arranged (hard negative, DOCX)
pt = P("Ivor Trelawney", "528196", "1964-02-29")
letter(key="k06", prov="crv", dept=CONC, kind="clinic_letter", specialty="Clinical Oncology",
       clinician="Dr Lavinia Strachan", patient=pt, ev="2038-07-07", ld="2038-07-08", sent="2038-07-09 12:20",
       fmt="docx", subject="Radiotherapy clinic letter", body=f"""
# Clinical Oncology Clinic Letter
{idl(pt)}
Clinic date: 07/07/2038, Head and Neck Radiotherapy Clinic, Corvanne Cancer Centre
Consultant: Dr Lavinia Strachan, Consultant Clinical Oncologist

{GPADDR}

Dear Dr Pennicott,

# Diagnosis
Squamous cell carcinoma of the left tonsil, HPV associated, T2 N1 M0

# Plan
Chemoradiotherapy, 70 Gy in 35 fractions over seven weeks with weekly cisplatin, starting 19/07/2038

It was a pleasure to meet Mr Trelawney, a 74-year-old self-employed picture framer, together with his son. I have explained the proposed treatment in detail, including the likelihood of a painful mouth and throat from the third week, changes in taste and a dry mouth, and he has consented to proceed.

A fit note (Med3) covering six weeks from 07/07/2038 was issued to Mr Trelawney in clinic today, and we will issue further fit notes during and after treatment as they are needed.

Because of the likely difficulty in swallowing, our dietitian will see him weekly during treatment, and a prophylactic gastrostomy has been arranged in our interventional radiology department on 14/07/2038. I have referred him to the restorative dentistry team at Corvanne for a dental assessment before treatment begins.

Please continue his ramipril and atorvastatin as usual.

Yours sincerely

Dr Lavinia Strachan
Consultant Clinical Oncologist
""", notes="Hard negative: the fit note is already issued by the centre (and further ones promised), the dental "
             "referral and gastrostomy are arranged by the centre, and continuing green medicines is GP work.")

# ====================================================================== Wrenfield Children's Hospital

# W01 unlicensed melatonin to be started by the GP, nothing supplied (formal, plain text)
pt = P("Florian Ashdown", "528202", "2031-03-14")
letter(key="w01", prov="wrn", dept=PNEU, kind="clinic_letter", specialty="Paediatric Neurology",
       clinician="Dr Rosalind Hebblethwaite", patient=pt, ev="2038-05-06", ld="2038-05-10", sent="2038-05-11 09:45",
       fmt="plain", subject="Paediatric neurodisability clinic letter", body=f"""
{head("wrn", PNEU)}

Our ref: RH/ND/3306
Date: 10/05/2038

{GPADDR}

Dear Dr Pennicott,

Re: {idl(pt)}
Clinic date: 06/05/2038, Neurodisability Clinic

I had the pleasure of meeting Florian, who is seven, with both of his parents in the neurodisability clinic. As you know, Florian is autistic and has a moderate learning disability, and he attends the Rushmere specialist school, where he is, by all accounts, very happy.

His parents' chief concern is his sleep. For the past eighteen months he has taken two to three hours to fall asleep, despite a careful bedtime routine that his parents have kept up with admirable consistency, with the help of the sleep practitioner from the community paediatric team. Once asleep he sleeps soundly until about six. There is no snoring, no restless legs and nothing to suggest seizures. His growth is along the 50th centile and his examination was unremarkable.

I have discussed with Mr and Mrs Ashdown the use of melatonin to help him to settle, and they are keen to try it. They will keep a sleep diary for two weeks before and after starting it, and our sleep practitioner will telephone them at six weeks to see how he is getting on.

I should be grateful if you would prescribe melatonin 1 mg/ml oral solution, an unlicensed preparation, at a starting dose of 2 mg half an hour before bedtime; we have not supplied any from clinic.

I shall see Florian again in the neurodisability clinic in six months.

Yours sincerely

Dr Rosalind Hebblethwaite
Consultant Paediatric Neurologist

cc: Mr and Mrs Ashdown (parents)
""", exp=[("hospital_only_prescribing", "I should be grateful if you would prescribe melatonin 1 mg/ml oral solution, "
           "an unlicensed preparation, at a starting dose of 2 mg half an hour before bedtime")],
       notes="The GP asked to start an unlicensed specialist medicine for a child, with nothing supplied by the "
             "clinic. The sleep diary is for the parents and the follow-up call stays with the hospital.")

# W02 laparoscopic appendicectomy: absorbable sutures, community children's nurses visit; sent 23h15 after discharge
pt = P("Poppy Marchetti", "528219", "2033-10-02")
letter(key="w02", prov="wrn", dept=PSURG, kind="discharge_summary", specialty="Paediatric Surgery",
       clinician="Miss Genevieve Tallboys", patient=pt, ev="2038-05-20", ev_time="17:30", ld="2038-05-21",
       sent="2038-05-21 16:45", fmt="pdf", subject="Paediatric surgery discharge summary", body=f"""
# Discharge Summary - Paediatric Surgery
{idl(pt)}
Ward: Puffin Ward, Wrenfield Children's Hospital
Date of admission: 16/05/2038
Date of discharge: 20/05/2038 at 17:30
Consultant: Miss Genevieve Tallboys, Consultant Paediatric Surgeon

{GPADDR}

# Diagnosis
Perforated appendicitis with localised peritonitis

# Procedure
Laparoscopic appendicectomy and washout, 16/05/2038

# Summary
Poppy, who is four, was brought to our emergency department by her mother with a day of abdominal pain, vomiting and fever. She was tender in the right iliac fossa, her CRP was 186, and an ultrasound showed a thickened, non-compressible appendix with free fluid. Her white cell count was 19.8 and her renal function normal, and she was started on intravenous cefuroxime and metronidazole in the emergency department. She has previously been well, her immunisations are up to date, and she weighed 17 kg on admission. At laparoscopy that evening the appendix had perforated, with pus confined to the pelvis; the pelvis was washed out and no drain was needed.

She was treated with intravenous antibiotics for three days. On the second post-operative day she had a temperature of 38.4 and some abdominal distension, and a repeat ultrasound showed no collection; her temperature settled without any change of antibiotic, and by the fourth day she was eating normally, opening her bowels and running up and down the ward corridor with the play specialists, which we took to be a reliable sign of recovery. She was seen each day by our children's pain team, and her analgesia had been stepped down to oral paracetamol and ibuprofen by the third day. Her mother stayed with her throughout, and Poppy coped remarkably well with her cannula and dressings. She was discharged on oral co-amoxiclav. Her parents were given written information about the warning signs of a collection: a return of fever, increasing pain or vomiting, and they know to telephone Puffin Ward on 0117 496 0541 at any time in the first week, when she will be seen again directly on the ward without any need for a referral. Her mother asked whether she might
~~~
return to nursery on Monday, and we have advised that she should stay at home for a week.

# Medication on discharge
- Co-amoxiclav 250/62 mg in 5 ml, 5 ml three times daily for 5 days, supplied in full
- Paracetamol and ibuprofen as required (the family have these at home)

# Wound care and follow-up
(a) The port-site wounds are closed with absorbable sutures, which do not need removal.
(b) Our children's community nursing team will visit Poppy at home on 23/05/2038 to check the wounds.
(c) No routine outpatient follow-up is needed.

# GP actions
None.

Miss Genevieve Tallboys
Consultant Paediatric Surgeon

cc: Mrs Lucia Marchetti (mother)
""", notes="Hard negative: absorbable sutures, the wound check done by the hospital's community children's nurses, "
             "antibiotics supplied in full, open access to the ward, 'GP actions: None'. A sentence crosses the "
             "page break. Sent 23h15m after the 17:30 discharge: on time (near the limit).")

# W03 tonsillectomy listing: the practice asked to fill in the hospital's pre-operative questionnaire (DOCX)
pt = P("Ezra Winterbourne", "528226", "2032-04-04")
letter(key="w03", prov="wrn", dept=PENT, kind="clinic_letter", specialty="Paediatric ENT",
       clinician="Mr Cornelius Abbotsley", patient=pt, ev="2038-06-07", ld="2038-06-09", sent="2038-06-10 13:50",
       fmt="docx", subject="Paediatric ENT clinic letter", body=f"""
# Paediatric ENT Clinic Letter
{idl(pt)}
Clinic date: 07/06/2038, Paediatric ENT Clinic, Wrenfield Children's Hospital
Consultant: Mr Cornelius Abbotsley, Consultant Paediatric ENT Surgeon

{GPADDR}

Dear Dr Pennicott,

Thank you for referring Ezra, who is six, with recurrent tonsillitis. I saw him with his father. He has had seven documented episodes of tonsillitis in the past year, each treated with antibiotics by the practice, and has missed a good deal of school as a result. His father also describes loud snoring with pauses in his breathing at night, and he is a restless sleeper. On examination his tonsils are grade 3 and symmetrical; the ears and nose are normal.

I have recommended tonsillectomy, both for the recurrent infections and for the obstructed breathing at night, and Ezra's parents are keen to proceed. I have added him to the waiting list, and I anticipate that he will be admitted in late July.

I should be grateful if the practice would complete the enclosed Wrenfield pre-operative health questionnaire (form WCH-POA3), including Ezra's current medicines and immunisation history, and return it to the Day Surgery Unit before 01/07/2038.

His parents have been given our leaflet about the operation and the recovery afterwards.

Yours sincerely

Mr Cornelius Abbotsley
Consultant Paediatric ENT Surgeon

cc: Mr and Mrs Winterbourne (parents)
""", exp=[("non_contractual_admin", "I should be grateful if the practice would complete the enclosed Wrenfield "
           "pre-operative health questionnaire (form WCH-POA3), including Ezra's current medicines and immunisation "
           "history, and return it to the Day Surgery Unit before 01/07/2038.")],
       notes="The hospital's own pre-operative questionnaire pushed to the practice. Listing for surgery and the "
             "leaflet are the hospital's own.")

# W04 child not brought: discharged after one missed appointment and the GP asked to re-refer
pt = P("Kayden Holloway", "528233", "2030-12-12")
letter(key="w04", prov="wrn", dept=PGAS, kind="clinic_letter", specialty="Paediatric Gastroenterology",
       clinician="Dr Felicity Ramsbottom", patient=pt, ev="2038-06-29", ld="2038-06-30", sent="2038-07-01 10:30",
       fmt="plain", subject="Was not brought - paediatric gastroenterology", body=f"""
{head("wrn", PGAS)}

Date: 30/06/2038

{GPADDR}

Dear Dr Pennicott,

Re: {idl(pt)}
Missed appointment: Paediatric Gastroenterology Clinic, 29/06/2038

Thank you for referring Kayden, who is seven, with abdominal pain, poor weight gain and a positive coeliac screen. I am sorry to tell you that Kayden was not brought to his first appointment in the paediatric gastroenterology clinic on 29/06/2038, and we were unable to reach his mother by telephone on the day.

Under the Trust's access policy he has been discharged from the clinic, and I would be grateful if you would re-refer him so that a new appointment can be offered.

In keeping with our Was Not Brought guidance, I have let the school nursing team know that he missed the appointment.

Yours sincerely

Dr Felicity Ramsbottom
Consultant Paediatric Gastroenterologist

cc: Ms Shannon Holloway (mother)
""", exp=[("dna_rereferral", "he has been discharged from the clinic, and I would be grateful if you would re-refer "
           "him so that a new appointment can be offered")],
       notes="A child with a positive coeliac screen discharged after one 'was not brought' and the GP asked to "
             "re-refer. Informing the school nurses is the hospital's own safeguarding step.")

# W05 croup in the children's ED: safety-netting only (ED letter, HTML, hard negative)
pt = P("Matilda Brocklehurst", "528240", "2035-05-05")
letter(key="w05", prov="wrn", dept=PED, kind="ed_letter", specialty="Paediatric Emergency Medicine",
       clinician="Dr Jonah Whitlock", patient=pt, ev="2038-07-12", ld="2038-07-12", sent="2038-07-13 07:30",
       fmt="html", subject="Children's ED attendance", body=f"""
# Children's Emergency Department - Attendance Letter
{idl(pt)}
Attendance date: 12/07/2038, arrived 02:10
Seen by: Dr Jonah Whitlock, Consultant in Paediatric Emergency Medicine

Dear Dr Pennicott,

Matilda, who is three, was brought in by her parents in the early hours with a barking cough and noisy breathing that began the previous evening. She had mild stridor at rest, no recession and oxygen saturations of 98% in air. We made a diagnosis of mild croup.

She was given oral dexamethasone 0.15 mg/kg, and after four hours of observation her stridor had settled and she was playing and drinking well, so she was discharged home with her parents.

Advice given to her parents: to return to the emergency department, or to call 999, if her breathing becomes laboured, she becomes drowsy or her lips look blue; and to see their GP if the cough has not settled within a week.

No follow-up has been arranged and no action is needed from the practice.

Dr Jonah Whitlock
Consultant in Paediatric Emergency Medicine
""", notes="Hard negative: treatment completed in the ED and only conditional safety-netting ('see their GP if the "
             "cough has not settled'); 'no action is needed from the practice'.")

# W06 cystic fibrosis annual review: actions for the local hospital, community nurses and family (hard negative)
pt = P("Rowan Tiverton", "528257", "2026-09-17")
letter(key="w06", prov="wrn", dept=PRESP, kind="clinic_letter", specialty="Paediatric Respiratory Medicine",
       clinician="Dr Alasdair Quenby", patient=pt, ev="2038-07-14", ld="2038-07-19", sent="2038-07-20 11:00",
       fmt="pdf", subject="Cystic fibrosis annual review", opts={"cover": (
           "{trust}\n{dept}\n\nPlease find attached Rowan Tiverton's cystic fibrosis annual review (reference {ref}). "
           "In brief: stable lung function, good growth, no change to treatment, and no new actions for the practice. "
           "Copies go to the family and to the paediatric team at Saltinghaven General Hospital.\n")},
       body=f"""
# Cystic Fibrosis Annual Review
{idl(pt)}
Clinic date: 14/07/2038, Cystic Fibrosis Centre, Wrenfield Children's Hospital
Consultant: Dr Alasdair Quenby, Consultant in Paediatric Respiratory Medicine
Shared care: network clinic at Saltinghaven General Hospital (Dr Tamsin Leckie, Consultant Paediatrician)

{GPADDR}

Dear Dr Pennicott,

# Diagnoses
1. Cystic fibrosis (F508del homozygous), on elexacaftor/tezacaftor/ivacaftor since 2031
2. Pancreatic insufficiency
3. Intermittent Staphylococcus aureus; no Pseudomonas since 2033

It was a great pleasure to see Rowan, who is now eleven, with his mother for his annual review, which this year included the full set of annual investigations. Rowan is doing extremely well. He has had a single course of oral antibiotics since his last review, plays football for his school, and has not needed intravenous antibiotics for four years. His FEV1 is 98% predicted, unchanged from last year, and his weight and height are both on the 50th centile.

His annual investigations were reassuring. His cough swabs have grown only Staphylococcus aureus, most recently in April, which the network team treated with flucloxacillin. His oral glucose tolerance test was normal, his vitamin A, D and E levels were within the normal range on his current supplements, his liver ultrasound showed no change, and his first bone density scan was normal for his age. His mother tells me that he now manages his own enzymes at home without any reminders, which is a great step forward. His sweat chloride on treatment is 38 mmol/L, compared with 104 before he started elexacaftor/tezacaftor/ivacaftor, and his mother has noticed that he coughs far less than he used to. Rowan himself told me, with some pride, that he has been picked for the school cross-country team and has not missed a day of school this term through illness.

We spent some time talking about his move to secondary school in September, and the arrangements he will need for his enzymes at lunchtime; our specialist nurse will visit the school before term starts. His mother was also keen to hear about the adult cystic fibrosis service, which he will join at the age of sixteen, and
~~~
we agreed to begin the transition conversations at his next annual review.

# Recommendations
1. For the paediatric team at Saltinghaven General Hospital
(a) Please continue the three-monthly network clinic reviews, with a cough swab at each visit.
(b) Please let us know of any positive culture for Pseudomonas so that we can arrange eradication.
2. For the cystic fibrosis community nurses
(a) A visit to his new school before September to train staff in giving his enzymes.
3. For the Wrenfield team
(a) Elexacaftor/tezacaftor/ivacaftor and dornase alfa continue to be supplied through our homecare service.
(b) Annual review next July.
4. For the practice
(a) Please continue to prescribe his Creon and his vitamin supplements as at present.
(b) Annual influenza vaccination in the autumn.
5. For Rowan and his family
(a) To continue physiotherapy airway clearance twice a day.

Yours sincerely

Dr Alasdair Quenby
Consultant in Paediatric Respiratory Medicine

cc: Mrs Rebecca Tiverton (mother); Dr Tamsin Leckie, Saltinghaven General Hospital
""", notes="Hard negative: the requests are aimed at the local hospital's network clinic, the community CF nurses, "
             "the centre itself and the family; the practice is asked only to continue green medicines already on "
             "repeat and to give the flu vaccine. The covering e-mail summary agrees.")

# ====================================================================== Hartsmere Liver Unit

# H01 clinic bloods show acute liver injury; forwarded to the GP for urgent action (urgent, results letter)
pt = P("Philomena Gaskarth", "528264", "1988-10-30")
letter(key="h01", prov="hts", dept=LIVER, kind="results", specialty="Hepatology",
       clinician="Dr Sebastian Arkwright", patient=pt, ld="2038-07-07", sent="2038-07-07 17:05",
       fmt="plain", subject="URGENT - abnormal liver results", body=f"""
{head("hts", LIVER)}

URGENT - ABNORMAL RESULTS

Date: 07/07/2038

{GPADDR}

Dear Dr Pennicott,

Re: {idl(pt)}
Blood tests taken in the Liver Clinic: 06/07/2038

Mrs Gaskarth attends our clinic for monitoring of metabolic dysfunction-associated steatotic liver disease. The blood tests that I took at her appointment yesterday have come back this afternoon, after she had gone home, and they are markedly abnormal:

ALT 1,240 U/L (last year 64)
Bilirubin 58 umol/L
INR 1.9
Albumin 38 g/L

She mentioned in clinic that she had recently completed a course of nitrofurantoin, and an acute drug-induced liver injury seems the likeliest explanation, although viral and autoimmune causes need to be excluded.

These results are being forwarded to her GP for urgent action, and I would ask that she be reviewed within 24 hours.

Yours sincerely

Dr Sebastian Arkwright
Consultant Hepatologist
""", exp=[("results_chasing", "These results are being forwarded to her GP for urgent action")], urgent=True,
       notes="Results of tests the hepatologist took, showing acute liver injury with a raised INR, handed to the GP "
             "to act on: results_chasing, and urgent (abnormal result needing action within a day), so it must reach "
             "a clinician before any bounce.")

# H02 variceal bleed: OGD booked, alcohol referral made, propranolol supplied (hard negative, plain text)
pt = P("Terence Oddington", "528271", "1969-05-15")
letter(key="h02", prov="hts", dept=LIVER, kind="discharge_summary", specialty="Hepatology",
       clinician="Dr Winifred Allonby", patient=pt, ev="2038-06-15", ev_time="10:05", ld="2038-06-15",
       sent="2038-06-15 18:20", fmt="plain", subject="Liver Unit discharge summary", body=f"""
{head("hts", LIVER)}

DISCHARGE SUMMARY - LIVER UNIT (ELMSTEAD WARD)

{idl(pt)}
Date of admission: 09/06/2038
Date of discharge: 15/06/2038 at 10:05
Consultant: Dr Winifred Allonby, Consultant Hepatologist

Diagnosis:
Oesophageal variceal haemorrhage; alcohol-related cirrhosis, Child-Pugh B8

Summary:
Mr Oddington was transferred to us from Saltinghaven General Hospital after a large haematemesis. Emergency endoscopy showed grade 3 oesophageal varices with stigmata of recent bleeding, and four bands were applied. He received terlipressin and antibiotics for five days, had no further bleeding, and did not develop alcohol withdrawal of any severity. His haemoglobin was stable at 98 g/L for the last 72 hours of his stay.

Plan:
- Repeat endoscopy for further banding has been booked in our endoscopy unit on 29/06/2038; the appointment letter was given to him on the ward.
- Propranolol 40 mg twice daily started: 14 days supplied.
- Our alcohol care team has referred him to the Saltinghaven community alcohol service, who will contact him this week.
- His blood tests were checked on the morning of discharge and will be repeated at his endoscopy appointment.
- Liver clinic review in 6/52; the appointment will be posted.

GP actions:
- Please continue propranolol 40 mg twice daily after the discharge supply.
- Nothing else is required from the practice.

Dr Winifred Allonby
Consultant Hepatologist
""", notes="Hard negative: endoscopy booked, alcohol referral already made, bloods kept by the unit, propranolol "
             "supplied for 14 days and then green to continue. Sent the same day.")

# H03 haemochromatosis referral not accepted: advice and guidance plus work-up for the GP (referral response, DOCX)
pt = P("Gilbert Nethercott", "528288", "1975-02-02")
letter(key="h03", prov="hts", dept=LIVER, kind="referral_response", specialty="Hepatology",
       clinician="Prof Eleanor Durrington", patient=pt, ld="2038-06-21", sent="2038-06-22 09:10",
       fmt="docx", subject="Referral response - advice and guidance", body=f"""
# Referral Response - Hepatology
{idl(pt)}
Referral received: 14/06/2038 (e-Referral Service, routine)
Reviewed by: Prof Eleanor Durrington, Consultant Hepatologist

{GPADDR}

Dear Dr Pennicott,

Thank you for your referral of Mr Nethercott, a 63-year-old engineer who is homozygous for the C282Y mutation, with a ferritin of 1,150 ug/L and a transferrin saturation of 78%, and mildly raised transaminases.

I agree that he has iron overload from hereditary haemochromatosis. We have not accepted the referral at this stage and have instead provided advice and guidance, as follows.

Before we see him, please arrange a liver ultrasound and repeat fasting iron studies, and re-refer him with the results.

It would also be helpful to know his alcohol intake and whether he has symptoms of joint or heart involvement.

Yours sincerely

Prof Eleanor Durrington
Consultant Hepatologist
""", exp=[("referral_returned_for_workup", "Before we see him, please arrange a liver ultrasound and repeat fasting "
           "iron studies, and re-refer him with the results.")],
       notes="A clinically appropriate referral (confirmed haemochromatosis with ferritin over 1,000 needing "
             "specialist assessment and venesection) answered with advice and guidance and work-up for the GP "
             "instead of being accepted.")

# H04 the patient told to ring his GP for the date of the unit's own scan; the letter is 8 days late
pt = P("Stanley Crabtree", "528295", "1958-12-24")
letter(key="h04", prov="hts", dept=LIVER, kind="clinic_letter", specialty="Hepatology",
       clinician="Dr Sebastian Arkwright", patient=pt, ev="2038-07-05", ld="2038-07-12", sent="2038-07-13 09:00",
       fmt="plain", subject="Liver clinic letter", body=f"""
{head("hts", LIVER)}

Date: 12/07/2038

{GPADDR}

Dear Dr Pennicott,

Re: {idl(pt)}
Clinic date: 05/07/2038, Liver Clinic, Queen Adela Hospital

I saw Mr Crabtree in the liver clinic for his annual review. He has compensated cirrhosis related to hepatitis C, which was cured with antiviral treatment in 2034, and he remains abstinent from alcohol. He is well, his weight is steady and there have been no episodes of jaundice, ascites or confusion. His liver blood tests and platelet count taken today are stable, and his surveillance ultrasound last month showed no focal lesion.

We will repeat his transient elastography (Fibroscan) in our unit to see whether his liver stiffness has continued to improve. Mr Crabtree asked when it would be, and as the bookings team had not yet allocated a date, I have advised him to telephone his GP surgery in about a month to find out the date of his next Fibroscan.

His six-monthly ultrasound surveillance will continue in our department, and I shall see him again in the liver clinic in twelve months.

Yours sincerely

Dr Sebastian Arkwright
Consultant Hepatologist
""", exp=[("patient_redirected_to_gp", "I have advised him to telephone his GP surgery in about a month to find out "
           "the date of his next Fibroscan."),
          ("late_clinic_letter", "Clinic date: 05/07/2038")],
       notes="The patient sent to the practice to find out the date of the unit's own Fibroscan appointment. Clinic "
             "05/07, sent 13/07 (8 days): late. Ultrasound surveillance kept by the unit is a negative.")

# H05 autoimmune hepatitis: azathioprine and its monitoring handed over without a shared care agreement (PDF)
pt = P("Lucinda Farraday", "528301", "1992-07-07")
letter(key="h05", prov="hts", dept=LIVER, kind="clinic_letter", specialty="Hepatology",
       clinician="Prof Eleanor Durrington", patient=pt, ev="2038-06-28", ld="2038-07-01", sent="2038-07-02 10:45",
       fmt="pdf", subject="Liver Unit clinic letter - autoimmune hepatitis", body=f"""
# Liver Unit Clinic Letter
{idl(pt)}
Clinic date: 28/06/2038, Autoimmune Liver Disease Clinic, Hartsmere Liver Unit
Consultant: Prof Eleanor Durrington, Consultant Hepatologist

{GPADDR}

Dear Dr Pennicott,

# Diagnosis
Type 1 autoimmune hepatitis (liver biopsy 09/04/2038: interface hepatitis, fibrosis stage 2); anti-smooth muscle antibody positive, IgG 24 g/L at diagnosis

I had the pleasure of reviewing Miss Farraday, a 45-year-old veterinary nurse, in the autoimmune liver disease clinic, six weeks after she started treatment. You will remember that she presented to you in March with fatigue and an ALT of 640, and that she was referred to us urgently. Her liver biopsy confirmed the diagnosis, and we started prednisolone 30 mg daily, followed a fortnight later by azathioprine, once we had confirmed that her TPMT activity was normal.

She has no other autoimmune disease, although her mother has hypothyroidism, and she has avoided alcohol entirely since the diagnosis was made. Her viral hepatitis serology, caeruloplasmin and alpha-1 antitrypsin were normal, and her ultrasound showed no features of portal hypertension; her liver stiffness on transient elastography was 11.2 kPa, which we will repeat in a year. She has had her pneumococcal and influenza vaccinations, as we advised before treatment began. She is not planning a pregnancy at present, and I have advised her that, should this change, she should talk to us first, as azathioprine can usually be continued in pregnancy but the plans need care.

She has responded very well. Her ALT has fallen from 640 to 48 and her IgG to 15 g/L, and she has much more energy. The prednisolone has caused some difficulty in sleeping and an increase in appetite, both of which she was expecting, and she has continued to work her shifts at a busy small-animal practice throughout. She has had no nausea, rash or infection on azathioprine, and the full blood counts taken weekly in our clinic have remained normal, with a lymphocyte count that is low but stable.

We discussed the course of the illness, and I explained that most people need treatment for at least three years and that some need it lifelong, and that the aim is now to reduce the prednisolone slowly while the
~~~
azathioprine takes over the work of keeping the disease under control.

# Recommendations
1. For the GP
(a) I should be grateful if the practice would now take over the prescribing of azathioprine 100 mg once daily and undertake the monthly full blood count and liver function monitoring.
(b) Prednisolone is to be reduced by 5 mg every two weeks to 10 mg daily; we have supplied her full reducing course.
2. For the Liver Unit
(a) DEXA scan requested by us, in view of the steroid treatment.
(b) Liver clinic review in 3/12.
3. For Miss Farraday
(a) To avoid live vaccines while on azathioprine.
(b) To use high-factor sun protection and to report any rash, sore throat or bruising to our clinical nurse specialist.

Yours sincerely

Prof Eleanor Durrington
Consultant Hepatologist

cc: Miss Lucinda Farraday
""", exp=[("shared_care_without_agreement", "I should be grateful if the practice would now take over the prescribing "
           "of azathioprine 100 mg once daily and undertake the monthly full blood count and liver function "
           "monitoring.")],
       notes="An amber immunosuppressant and its blood monitoring handed over in a tertiary letter with no shared "
             "care agreement offered. The prednisolone course supplied in full, the DEXA and the clinic review are "
             "the unit's own. A sentence crosses the page break.")

# ====================================================================== Larchwood Park Hospital (independent)

# I01 knee replacement: clips removed by Larchwood nurses, but the patient sent to her GP for a fit note (PDF)
pt = P("Dorothea Pilkington", "528318", "1976-08-08")
letter(key="i01", prov="lpk", dept=ORTH, kind="discharge_summary", specialty="Trauma and Orthopaedics",
       clinician="Mr Quentin Ashbourne", patient=pt, ev="2038-06-21", ev_time="11:30", ld="2038-06-21",
       sent="2038-06-22 10:00", fmt="pdf", subject="Discharge summary - Larchwood Park Hospital", body=f"""
# Discharge Summary
{idl(pt)}
Admitted: 18/06/2038 (NHS-funded patient, e-Referral Service)
Date of discharge: 21/06/2038 at 11:30
Consultant: Mr Quentin Ashbourne, Consultant Orthopaedic Surgeon

{GPADDR}

# Procedure
Left total knee replacement (cemented, cruciate-retaining), 18/06/2038, under spinal anaesthesia

# Pre-operative assessment
She was assessed in our pre-operative clinic on 02/06/2038. Her past history includes well-controlled asthma, for which she uses a beclometasone inhaler, and a body mass index of 31. Her blood tests, ECG and MRSA screen were normal. She stopped her hormone replacement therapy four weeks before surgery, as advised, and may restart it six weeks after the operation.

# Operation
Spinal anaesthesia with light sedation; tourniquet time 62 minutes; tranexamic acid given. Local infiltration analgesia was used. Cemented cruciate-retaining femoral component (size 5) and fixed-bearing tibial component (size 4) with a 10 mm polyethylene insert; the patella was not resurfaced. Blood loss was minimal and no drain was used. The wound was closed in layers with clips to the skin.

# Summary
Mrs Pilkington, a 61-year-old warehouse supervisor, has had severe osteoarthritis of the left knee for some years, with pain at night and a walking distance of less than a quarter of a mile despite analgesia, weight loss and physiotherapy. Her operation was uncomplicated, and her pain was well controlled with oral analgesia from the first evening, so that the patient-controlled analgesia prescribed for her was not needed. She mobilised on the afternoon of surgery with our physiotherapists, was climbing stairs with crutches by the second day and had achieved 90 degrees of flexion by the time she went home. Her observations remained normal throughout her stay, and her post-operative X-rays show satisfactory alignment and fixation of the implants. Her wound is clean and dry, and her post-operative haemoglobin was 118 g/L. She was discharged home to the care of her husband, and she has been
~~~
given a written exercise programme to follow at home.

# Medication on discharge (supplied by Larchwood Park pharmacy)
- Apixaban 2.5 mg twice daily for 14 days (thromboprophylaxis), full course supplied
- Paracetamol 1 g four times daily and codeine 30 mg up to four times daily when required, 14 days supplied

# Follow-up
(a) Our outpatient nurses will remove her skin clips at Larchwood Park on 05/07/2038; the appointment was given to her before she left.
(b) Outpatient physiotherapy at Larchwood Park begins next week.
(c) Review with Mr Ashbourne at 6/52.

# Work
She works in a warehouse and will not be able to return to work for some time. She has been advised to ask her GP for a fit note covering her recovery period of 8 to 12 weeks.

Mr Quentin Ashbourne
Consultant Orthopaedic Surgeon
Larchwood Park Hospital
""", exp=[("fit_note", "She has been advised to ask her GP for a fit note covering her recovery period of 8 to 12 "
           "weeks.")],
       notes="The fit note for the period after the hospital's own operation pushed to the GP via the patient. "
             "Clip removal, physiotherapy and review are kept by the hospital (negatives). Sent 22h30m after "
             "discharge: on time.")

# I02 hernia listing: the independent hospital's pre-operative information form sent to the practice (HTML e-mail)
pt = P("Horace Pettigrew", "528325", "1956-06-12")
letter(key="i02", prov="lpk", dept=GSURG, kind="clinic_letter", specialty="General Surgery",
       clinician="Mr Lysander Coverdale", patient=pt, ev="2038-05-27", ld="2038-05-28", sent="2038-06-02 15:30",
       fmt="html", opts={"from": "Harriet Dunmore <h.dunmore@larchwoodpark-hospital.example.co.uk>"},
       subject="Mr H Pettigrew - clinic letter and GP pre-operative form", body=f"""
# General Surgery Clinic Letter
{idl(pt)}
Clinic date: 27/05/2038, General Surgery Outpatients, Larchwood Park Hospital
Consultant: Mr Lysander Coverdale, Consultant General Surgeon

Dear Dr Pennicott,

Thank you for referring Mr Pettigrew, an 81-year-old retired postmaster, whom I saw today with a right inguinal hernia. It has been present for a year, has become steadily larger and now aches by the end of each day. It reduces easily, and there is no history of obstruction. He has well-controlled hypertension and takes amlodipine and atorvastatin. I have listed him for a laparoscopic right inguinal hernia repair as a day case under the NHS.

Before his operation can be scheduled, I should be grateful if the practice would complete the Larchwood Park GP pre-operative information form, confirming his medical history, current medication and recent blood pressure readings, and return it to our pre-assessment team.

Our pre-assessment nurses will see him in the next few weeks and will arrange any blood tests and an ECG themselves.

Yours sincerely

Mr Lysander Coverdale
Consultant General Surgeon
""", exp=[("non_contractual_admin", "I should be grateful if the practice would complete the Larchwood Park GP "
           "pre-operative information form, confirming his medical history, current medication and recent blood "
           "pressure readings, and return it to our pre-assessment team.")],
       notes="The independent hospital's own pre-operative form pushed to the practice, sent by the consultant's "
             "secretary as an HTML e-mail. Pre-assessment bloods and ECG kept by the hospital are negatives.")

# I03 cataract day case: drops supplied, post-operative review by Larchwood's optometrist (hard negative)
pt = P("Beryl Hathersage", "528332", "1947-11-29")
letter(key="i03", prov="lpk", dept=OPHTH, kind="discharge_summary", specialty="Ophthalmology",
       clinician="Mr Ignatius Varley", patient=pt, ev="2038-07-15", ev_time="15:40", ld="2038-07-15",
       sent="2038-07-15 19:05", fmt="plain", subject="Day case discharge - cataract surgery", body=f"""
{head("lpk", OPHTH)}

DAY CASE DISCHARGE SUMMARY

{idl(pt)}
Procedure date: 15/07/2038
Date of discharge: 15/07/2038 at 15:40
Consultant: Mr Ignatius Varley, Consultant Ophthalmic Surgeon

Procedure: Right phacoemulsification and intraocular lens implant under topical anaesthesia (NHS-funded). Uncomplicated.

Medication supplied (full course):
- Dexamethasone 0.1% eye drops four times daily for four weeks
- Chloramphenicol 0.5% eye drops four times daily for two weeks

Follow-up:
- Post-operative review by our optometrist at Larchwood Park in four weeks; the appointment was made before she left.
- Mrs Hathersage has been given the 24-hour eye emergency number, 0118 496 0380, to ring if the eye becomes painful, red or her sight worsens.
- Her left eye will be considered for surgery at the four-week review.

Please continue her other medicines as before. No action is required from the practice.

Mr Ignatius Varley
Consultant Ophthalmic Surgeon
""", notes="Hard negative: drops supplied for the full course, the post-operative review kept by the hospital, an "
             "emergency number for the patient, 'no action is required'. Sent the same evening.")

# I04 excision of a pigmented lesion: histology to be relayed and acted on by the GP; sent exactly 7 days later
pt = P("Winston Aldergrove", "528349", "1971-04-04")
letter(key="i04", prov="lpk", dept=PLAS, kind="clinic_letter", specialty="Plastic Surgery",
       clinician="Mr Hugo Penistone", patient=pt, ev="2038-07-08", ld="2038-07-13", sent="2038-07-15 16:20",
       fmt="html", opts={"alt": True}, subject="Plastic surgery - minor operation letter", body=f"""
# Plastic Surgery Minor Operations Letter
{idl(pt)}
Date of procedure: 08/07/2038, Minor Operations Suite, Larchwood Park Hospital
Consultant: Mr Hugo Penistone, Consultant Plastic Surgeon

Dear Dr Pennicott,

Mr Aldergrove attended our minor operations suite on 08/07/2038 for excision of the 8 mm pigmented lesion on his right upper back that you referred. On dermoscopy it had a regular network and I thought it most likely to be a benign compound naevus, but it had changed in colour over the past year and it was sensible to remove it. It was excised under local anaesthetic with a 2 mm margin and the wound closed with nylon sutures.

Our nurses will remove the sutures at Larchwood Park on 22/07/2038.

The histology report will be sent to you in due course, and I should be grateful if you would inform Mr Aldergrove of the result and arrange any further treatment that it indicates.

Yours sincerely

Mr Hugo Penistone
Consultant Plastic Surgeon
""", exp=[("results_chasing", "I should be grateful if you would inform Mr Aldergrove of the result and arrange any "
           "further treatment that it indicates")],
       notes="The surgeon's own histology handed to the GP to relay and act on. Suture removal kept by the hospital "
             "is a negative. Procedure 08/07, sent 15/07: exactly 7 days, on time.")


# ====================================================================== 'other' messages

other(key="x01", sent="2038-05-07 08:05", type="ooo", notes="Out-of-office reply from a consultant's secretary.",
      frm="Neurology Secretaries <neurology.secretaries@kingsmere-uh.nhs.uk>",
      subject="Automatic reply: Query about clinic appointment",
      body="Thank you for your e-mail. The neurology secretaries' office is closed on Friday 7 May 2038 for staff "
           "training and reopens on Monday. For urgent clinical matters please ask switchboard on 0121 496 0614 "
           "for the on-call neurology registrar.\n")
other(key="x02", sent="2038-05-19 07:00", type="html_bulletin", notes="LMC newsletter (bulk) about workload shift.",
      frm="Saltmere and Eastmarsh LMC <bulletin@saltmere-lmc.example>",
      subject="LMC Bulletin - May 2038",
      body="<html><body><h2>Saltmere and Eastmarsh LMC Bulletin</h2><p>May 2038</p><ul>"
           "<li>Practices continue to report letters from tertiary centres asking them to take over amber drugs "
           "without a shared care agreement. Our template replies are on the LMC website.</li>"
           "<li>Fit notes: hospitals should issue fit notes for the period of their care.</li>"
           "<li>The summer members' meeting will be held on 23 June.</li></ul>"
           "<p>You receive this bulletin because your practice is a member of the LMC.</p></body></html>\n")
other(key="x03", sent="2038-05-29 19:40", type="patient", notes="A patient's own e-mail; nothing to detect, never "
      "answered by the tool.",
      frm="Marcus Ellery <marcus.ellery@example.com>", subject="My scan results from Corvanne",
      body="Dear Doctor,\n\nI had a CT scan at the Corvanne Cancer Centre three weeks ago and have not heard "
           "anything. Have you received the results? I would be grateful if someone could let me know.\n\n"
           "Many thanks\nMarcus Ellery\n07700 900418\n")
other(key="x04", sent="2038-06-05 02:14", type="phish", notes="Phishing pretending to be an NHSmail notice.",
      frm="NHSmail Administrator <admin@nhsmail-account-verify.example.net>",
      subject="Final notice: verify your NHSmail account within 24 hours",
      body="Your NHSmail account has been flagged for deactivation. To keep access to your mailbox, verify your "
           "details at the link below within 24 hours.\nhttp://nhsmail-account-verify.example.net/verify\n\n"
           "NHSmail Administration\n")
other(key="x05", sent="2038-06-12 10:31", type="dsn", notes="Non-delivery report for a message the practice sent.",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>", subject="Undeliverable: Query re shared care",
      body="Delivery has failed to these recipients or groups:\n\nliver.secretaries@hartsmere-uh.nhs.uk\nThe "
           "e-mail address you entered couldn't be found.\n", rcpt="liver.secretaries@hartsmere-uh.nhs.uk")
other(key="x06", sent="2038-06-24 06:55", type="spam", notes="Marketing from a private screening company.",
      frm="WellScan Direct <offers@wellscan-direct.example.com>",
      subject="Partner with us: full-body MRI screening for your patients",
      body="Dear Practice Manager,\n\nOffer your patients full-body MRI screening at a special partner rate. "
           "Refer today and receive our practice welcome pack.\n\nReply STOP to unsubscribe.\n")
other(key="x07", sent="2038-06-30 08:00", type="bulletin", notes="Cancer centre GP bulletin (bulk).",
      frm="Corvanne Cancer Centre GP Liaison <gp.liaison@corvanne-cc.nhs.uk>",
      subject="Corvanne GP bulletin: acute oncology advice line",
      body="CORVANNE CANCER CENTRE - GP BULLETIN\n\nFrom 1 August 2038 the acute oncology advice line for "
           "clinicians moves to 0113 496 0482. Patients on treatment should continue to use the 24-hour "
           "chemotherapy advice line printed on their alert card.\n\nNo action is needed from practices.\n")
other(key="x08", sent="2038-07-06 16:00", type="massmail", notes="'For information' mass mailing (bulk).",
      frm="Wrenfield Children's Hospital Communications <communications@wrenfield-children.nhs.uk>",
      subject="For information: outpatient car park closure",
      body="FOR INFORMATION - SENT TO ALL GP PRACTICES\n\nThe outpatient car park at Wrenfield Children's "
           "Hospital will close for resurfacing from 19 July to 2 August 2038. Families with appointments will be "
           "told directly.\n")
other(key="x09", sent="2038-07-16 12:10", type="ooo", notes="Out-of-office reply from the independent hospital.",
      frm="Harriet Dunmore <h.dunmore@larchwoodpark-hospital.example.co.uk>",
      subject="Automatic reply: Pre-operative form - Mr H Pettigrew",
      body="I am out of the office until 26 July 2038. For pre-assessment queries please ring Larchwood Park "
           "Hospital on 0118 496 0377.\n")
other(key="x10", sent="2038-07-21 07:30", type="bulletin", notes="Education event invitation (bulk).",
      frm="Pellingham Education Centre <education@pellingham-hl.nhs.uk>",
      subject="GP update evening: atrial fibrillation and heart failure",
      body="PELLINGHAM HEART AND LUNG - GP EDUCATION\n\nYou are invited to our GP update evening on heart rhythm "
           "and heart failure on 15 September 2038, 18:30 to 21:00, in the Pellingham Education Centre. Places "
           "are free; reply to this e-mail to book.\n")


# ====================================================================== rendering and checks

HOUSE = {  # each provider's heading, table cells, font and protective marking (the liver unit sends no HTML)
    "ksm": dict(heading='<h3 style="font-family:Georgia,serif;font-size:11pt;color:#1f3864">{}</h3>',
                cell='style="border:1px solid #8ea0c0;padding:4px 8px;vertical-align:top"',
                font="Georgia,'Times New Roman',serif", marking="Private and confidential"),
    "pel": dict(heading='<h3 style="font-size:11pt;color:#8b0000;border-bottom:1px solid #8b0000">{}</h3>',
                cell='style="border:1px solid #c9a0a0;padding:4px 8px;vertical-align:top"',
                font="Arial,sans-serif", marking="OFFICIAL-SENSITIVE: PERSONAL"),
    "crv": dict(heading='<h2 style="font-size:12pt;color:#4b2e83">{}</h2>',
                cell='style="border:1px solid #a99bc6;padding:4px 8px;vertical-align:top"',
                font="Verdana,sans-serif", marking="Confidential"),
    "wrn": dict(heading='<h3 style="font-size:11pt;color:#007a78">{}</h3>',
                cell='style="border:1px solid #8cc;padding:3px 6px;vertical-align:top"',
                font="'Trebuchet MS',sans-serif", marking="Confidential - child health information"),
    "lpk": dict(heading='<h3 style="font-size:11pt;color:#2e5e3e">{}</h3>',
                cell='style="border:1px solid #9b9;padding:3px 6px;vertical-align:top"',
                font="Calibri,Arial,sans-serif", marking="Private and confidential"),
}


def house(L: dict, p: dict) -> dict:
    return dict(HOUSE[L["prov"]],
                footer=f"{html.escape(p['name'])} - this e-mail and any attachment contain confidential patient "
                       "information.")


def pdf_pages(lab: dict) -> list[str]:
    """The text of each page of a built letter's PDF attachment, whitespace-folded."""
    import pypdfium2 as pdfium
    msg = kit.load_message(C.out, lab)
    for part in msg.walk():
        if part.get_content_type() == "application/pdf":
            doc = pdfium.PdfDocument(part.get_payload(decode=True))
            return [kit.collapse(doc[i].get_textpage().get_text_range()) for i in range(len(doc))]
    return []


def split_sentence(seg: str) -> bool:
    """A page's markup ends mid-sentence (its last line has no closing punctuation)."""
    return not re.search(r"[.:!?)|]$", seg.rstrip().split("\n")[-1])


def own(lid: str, lab: dict, text: str) -> list[str]:
    """This corpus's own per-letter promises: an urgent letter is one of the three planned; a PDF has the pages
    its markup asks for, each with the running header and 'Page n of m', and every piece of its evidence lies
    within one page or in the covering e-mail; a sentence broken across a page break shows its two halves on
    the two pages; no other format carries a page marker."""
    errors = []
    L = next(x for x in C.letters if x["patient"]["nhs_number"] == lab["patient"]["nhs_number"])
    segs = pages_of(L["body"])
    if L["fmt"] != "pdf":
        return [f"{lid}: page marker outside a PDF"] if len(segs) > 1 else []
    pages = pdf_pages(lab)
    if len(pages) != len(segs):
        return [f"{lid}: PDF has {len(pages)} pages, markup asks for {len(segs)}"]
    nhs_spaced = kit.spaced(lab["patient"]["nhs_number"])
    for i, page in enumerate(pages, 1):
        if f"Page {i} of {len(pages)}" not in page or nhs_spaced not in page or lab["patient"]["name"] not in page:
            errors.append(f"{lid}: page {i} lacks its running header or footer")
        if lab["trust"] not in page:
            errors.append(f"{lid}: page {i} lacks the trust name")
    cover = kit.collapse(kit.extract_texts(kit.load_message(C.out, lab))[0])
    for e in lab["expected"]:
        ev = kit.collapse(e["evidence"])
        if not any(ev in page for page in pages) and ev not in cover:
            errors.append(f"{lid}: evidence not within one page: {ev[:40]!r}")
    for i, seg in enumerate(segs[:-1]):
        if split_sentence(seg):
            tail = " ".join(seg.split()[-4:])
            nxt = " ".join(segs[i + 1].split()[:4])
            if tail not in pages[i] or nxt not in pages[i + 1] or f"{tail} {nxt}" in " ".join(pages):
                errors.append(f"{lid}: broken sentence not split across pages {i + 1}-{i + 2}")
    return errors


def corpus_checks(labels, items) -> list[str]:
    """The kit's checks plus this corpus's promises: three urgent letters, ten other messages, the letters'
    own PDF checks, at least a third of letters with no finding at all, at least five sentences broken across
    a page break, and at least one letter each with a post-script request and with evidence in a cover e-mail."""
    errors = C.checks(labels, items, urgent=(3, 3), others=10, own=own) + kit.check_negatives(labels)
    broken = sum(split_sentence(seg) for L in C.letters if L["fmt"] == "pdf" for seg in pages_of(L["body"])[:-1])
    if broken < 5:
        errors.append(f"only {broken} sentences broken across a page break")
    if not any("P.S." in L["body"] and v in L["body"].split("P.S.")[-1] for L in C.letters for _c, v in L["exp"]):
        errors.append("no post-script request")
    if not any(any(v in L["opts"].get("cover", "") for _c, v in L["exp"]) for L in C.letters):
        errors.append("no request carried only by a covering e-mail")
    return errors


if __name__ == "__main__":
    sys.exit(C.run(sys.argv[1:], house=house, checks=corpus_checks))
