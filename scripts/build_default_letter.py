"""Build templates/letters/default/letter.docx: the default pack's Word letter.

The .docx is committed (LMCs copy and edit it in Word); this script documents how it was made and
rebuilds it after a wording change: python scripts/build_default_letter.py
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent / "templates" / "letters" / "default" / "letter.docx"


def main() -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    header = doc.sections[0].header.paragraphs[0]
    header.text = "{{ practice.name }} ({{ practice.ods_code }})"
    head = doc.add_paragraph()
    run = head.add_run("{{ practice.name }}")
    run.bold = True
    run.font.size = Pt(16)
    run.font.color.rgb = RGBColor(0x00, 0x5E, 0xB8)
    doc.add_paragraph("{{ practice.address_text }}\n{{ practice.phone }} | {{ practice.email }}")
    doc.add_paragraph("{{ today }}")
    doc.add_paragraph("{{ recipient.name }}\n{{ recipient.specialty }}\n{{ recipient.trust }}\n{{ recipient.address }}")
    doc.add_paragraph("Dear {{ recipient.name }},")
    p = doc.add_paragraph()
    p.add_run("Patient: ").bold = True
    p.add_run("{{ patient.name }}, NHS number {{ patient.nhs_number }}, date of birth {{ patient.dob }}")
    p = doc.add_paragraph()
    p.add_run("Your letter: ").bold = True
    p.add_run("{{ their_letter.kind }} of {{ their_letter.date }} (\u201c{{ their_letter.subject }}\u201d)")
    doc.add_paragraph(
        "Thank you for your letter about this patient. We are returning the following to your team, because "
        "under the NHS Standard Contract it is the provider\u2019s responsibility."
    )
    doc.add_paragraph("{%p for f in findings %}")
    p = doc.add_paragraph()
    p.add_run("{{ loop.index }}. {{ f.title }}").bold = True
    doc.add_paragraph("{{ f.paragraph }}")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph(
        "We have told the patient that your team will be in touch. Clinical responsibility for these items has "
        "not transferred to the practice. This is a standard response about how work is shared between "
        "services; it is not a comment on the care you have given."
    )
    doc.add_paragraph("Yours sincerely,")
    doc.add_paragraph("{{ practice.signatory }}\n{{ practice.signatory_role }}")
    doc.add_paragraph("Copy: the patient (optional); the ICB and LMC receive counts only, with no patient details.")
    doc.core_properties.author = "bouncebot"
    doc.core_properties.title = "Returned request"
    doc.save(OUT)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
