"""Reading real-world and hostile messages: text with provenance, or a clear problem, never a crash."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage
from email.policy import SMTP

import pytest
from docx import Document
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from bouncebot.reading import ReadingLimits, UnreadableMessage, read_letter
from bouncebot.reading.dates import parse_date

LETTER = ("Kestrel Vale Hospitals NHS Trust\nDepartment of Cardiology\nClinic date: 03/11/2026\n"
          "Patient: Mr Arthur Testman\nNHS number: 999 000 0018\nDate of birth: 02/02/1950\n"
          "Please could you arrange an echocardiogram in 6 weeks.\nYours sincerely,\nDr Ada Lovell\nConsultant")


def pdf(text: str, **kw: object) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, **kw)  # type: ignore[arg-type]
    y = 800
    for line in text.splitlines():
        c.drawString(40, y, line)
        y -= 14
    c.save()
    return buf.getvalue()


def docx_bytes(paragraphs: list[str], table: list[list[str]] | None = None, header: str = "") -> bytes:
    doc = Document()
    if header:
        doc.sections[0].header.paragraphs[0].text = header
    for p in paragraphs:
        doc.add_paragraph(p)
    if table:
        t = doc.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def message(body: str = "Please see the attached letter.", attachments: list[tuple[str, str, bytes]] = (),  # type: ignore[assignment]
            html: str | None = None) -> bytes:
    m = EmailMessage()
    m["From"] = "Kestrel Vale Letters <letters@kestrelvale.nhs.uk>"
    m["To"] = "practice@nhs.net"
    m["Subject"] = "Clinic letter"
    m["Date"] = "Tue, 10 Nov 2026 09:00:00 +0000"
    m["Message-ID"] = "<t1@kestrelvale.nhs.uk>"
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for name, ctype, data in attachments:
        maintype, subtype = ctype.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return m.as_bytes(policy=SMTP)


def test_pdf_attachment_text_has_page_provenance_and_metadata() -> None:
    letter = read_letter(message(attachments=[("letter.pdf", "application/pdf", pdf(LETTER))]))
    block = next(b for b in letter.blocks if b.source.kind == "attachment")
    assert block.source.name == "letter.pdf" and block.source.page == 1
    assert "arrange an echocardiogram" in block.text
    assert letter.trust == "Kestrel Vale Hospitals NHS Trust"
    assert letter.patient is not None and letter.patient.nhs_number == "9990000018"
    assert letter.clinician == "Dr Ada Lovell"
    assert str(letter.event_date) == "2026-11-03" and letter.kind == "clinic_letter"


def test_a_pdf_table_keeps_its_cells_apart() -> None:
    """Cells drawn far apart on one line are read as a table row ("a | b | c"), so the owner column of an
    action table is seen; ordinary lines, words and their order stay exactly as the PDF has them."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.drawString(40, 800, "Please see the actions below, agreed with the patient in clinic today.")
    for y, row in ((780, ("Action", "Responsible", "By when")), (766, ("Removal of clips", "GP", "day 12"))):
        for x, cell in zip((40, 240, 400), row, strict=True):
            c.drawString(x, y, cell)
    c.save()
    letter = read_letter(message(attachments=[("letter.pdf", "application/pdf", buf.getvalue())]))
    text = next(b for b in letter.blocks if b.source.kind == "attachment").text
    assert text.splitlines()[:3] == ["Please see the actions below, agreed with the patient in clinic today.",
                                     "Action | Responsible | By when", "Removal of clips | GP | day 12"]


def test_a_plain_text_table_with_tabs_keeps_its_cells_apart() -> None:
    """A plain-text e-mail's tab-separated table reads as rows of cells, as an HTML table does; a tab
    that only indents a line, or lines up a label's value, is a space; an HTML body's tabs are layout."""
    body = ("Actions\nAction\tBy whom\tWhen\nDaily dressing of the wound\tPractice nurse\tUntil healed\n"
            "\tIndented line.\nNHS No:\t\t999 000 0018\n")
    lines = read_letter(message(body)).blocks[0].text.splitlines()
    assert lines[1:5] == ["Action | By whom | When", "Daily dressing of the wound | Practice nurse | Until healed",
                          "Indented line.", "NHS No: 999 000 0018"]  # a tab after a label only lines up its value
    html = read_letter(message("x", html="<p>Plan:\tsee\tbelow " + "word " * 40 + "</p>")).blocks[0].text
    assert "|" not in html and "Plan: see below" in html


def _reply(own: str, history: str) -> bytes:
    data = message(own + "\n\n" + history)
    return data.replace(b"Subject: Clinic letter", b"Subject: RE: Query - new tablet\r\nIn-Reply-To: <q1@nhs.net>"
                                                   b"\r\nReferences: <q1@nhs.net>")


HISTORY = ("From: Example Surgery <example.surgery@nhs.net>\nSent: 09 November 2026 10:14\nTo: Dr A Example\n"
           "Subject: Query - new tablet\n\nMr Testman (999 000 0018) has asked us to add it to his repeat prescriptions. "
           "Could you confirm what was started?")


def test_a_reply_is_read_without_the_thread_it_quotes() -> None:
    """A hospital's answer in a thread is a letter only when its own words are one (they name the patient's
    NHS number); the practice's question quoted below is never read as the hospital asking anything."""
    own = ("Dear Dr Example,\nPatient: Arthur Testman | NHS No: 999 000 0018\nI would be grateful if you could add "
           "ruxolitinib 15 mg twice daily to his repeat prescriptions.\nDr A Example\nConsultant Haematologist, "
           "Examplebury Hospitals NHS Trust")
    letter = read_letter(_reply(own, HISTORY))
    assert letter.kind != "other" and "has asked us" not in letter.text and "ruxolitinib" in letter.text
    chat = read_letter(_reply("Thank you, we will arrange the bloods in our clinic.\nDr A Example, Examplebury "
                              "Hospitals NHS Trust", HISTORY))
    assert chat.kind == "other" and "has asked us" not in chat.text  # the NHS number is only in the history


def test_docx_tables_and_headers_are_read() -> None:
    data = docx_bytes(["Dear Dr Smith,"], [["Actions for GP", "Please repeat U&Es in 2/52"]],
                      header="Kestrel Vale Hospitals NHS Trust")
    letter = read_letter(message(attachments=[("letter.docx", "application/octet-stream", data)]))
    text = letter.text
    assert "Kestrel Vale Hospitals NHS Trust" in text
    assert "Actions for GP | Please repeat U&Es in 2/52" in text


def test_html_body_keeps_lines_and_drops_scripts() -> None:
    html = ("<html><head><style>p{}</style><script>alert(1)</script></head><body><p>Plan</p>"
            "<table><tr><td>GP actions</td><td>Please <b>check</b> LFTs &amp; TFTs</td></tr></table></body></html>")
    letter = read_letter(message(body="see html", html=html))
    assert "GP actions | Please check LFTs & TFTs" in letter.text
    assert "alert" not in letter.text


def test_forwarded_message_with_pdf_inside_is_read() -> None:
    inner = message(attachments=[("inner.pdf", "application/pdf", pdf(LETTER))])
    outer = EmailMessage()
    outer["From"] = "secretary@kestrelvale.nhs.uk"
    outer["Subject"] = "FW: Clinic letter"
    outer.set_content("Forwarding the letter below.")
    from email import message_from_bytes, policy

    outer.add_attachment(message_from_bytes(inner, policy=policy.default))
    letter = read_letter(outer.as_bytes(policy=SMTP))
    assert any("arrange an echocardiogram" in b.text and (b.source.name or "").endswith("inner.pdf")
               for b in letter.blocks)


@pytest.mark.parametrize(
    ("name", "ctype", "data", "problem"),
    [
        ("broken.pdf", "application/pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog", "could not be read"),
        ("secret.pdf", "application/pdf", pdf(LETTER, encrypt="s3cret"), "could not be read"),
        ("scan.pdf", "application/pdf", pdf(""), "no text"),
        ("letter.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", b"not a zip",
         "not a valid Word"),
    ],
)
def test_unreadable_attachments_are_flagged_not_dropped(name: str, ctype: str, data: bytes, problem: str) -> None:
    letter = read_letter(message(attachments=[(name, ctype, data)]))
    assert any(problem in p and name in p for p in letter.problems), letter.problems
    assert any(a.name == name for a in letter.attachments)


def test_docx_zip_bomb_is_refused_unopened() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<w:document/>" + b" " * 60_000_000)
        z.writestr("[Content_Types].xml", b"<Types/>")
    letter = read_letter(message(attachments=[("bomb.docx", "application/octet-stream", buf.getvalue())]))
    assert any("zip bomb" in p for p in letter.problems)


def test_size_limits_are_settings() -> None:
    big = message(attachments=[("big.pdf", "application/pdf", b"%PDF-" + b"0" * 30_000_000)])
    letter = read_letter(big, ReadingLimits(max_message_bytes=60_000_000, max_attachment_bytes=25_000_000))
    assert any("larger than the configured limit" in p for p in letter.problems)
    with pytest.raises(UnreadableMessage, match="over the configured limit"):
        read_letter(big, ReadingLimits(max_message_bytes=1_000_000))


def test_malformed_headers_and_unknown_charsets_do_not_crash() -> None:
    raw = (b"From: letters@kestrelvale.nhs.uk\r\nTo: \"\r\nSubject: =?x-unknown?q?hello?=\r\n"
           b"Message-ID: <[b378@microsoft.com]>\r\nContent-Type: text/plain; charset=x-made-up; name*\r\n\r\n"
           b"Please could you arrange bloods \xff\xfe in 2 weeks.\r\n")
    letter = read_letter(raw)
    assert "arrange bloods" in letter.text


def test_empty_message_is_unreadable_with_a_reason() -> None:
    with pytest.raises(UnreadableMessage, match="empty"):
        read_letter(b"   ")


@pytest.mark.parametrize(("text", "iso"), [("05/10/2026", "2026-10-05"), ("1st October 2026", "2026-10-01"),
                                           ("01-Oct-2026", "2026-10-01"), ("on 8 Oct 2026", "2026-10-08"),
                                           ("2026-10-05", "2026-10-05"), ("31/02/2026", None)])
def test_dates_as_letters_write_them(text: str, iso: str | None) -> None:
    d = parse_date(text)
    assert (d.isoformat() if d else None) == iso
