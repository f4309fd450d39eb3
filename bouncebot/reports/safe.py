"""Making untrusted text safe for the files we write.

Provider, specialty and clinician names come from hospital emails, so they are untrusted input:
* in CSV a leading `=`, `+`, `-` or `@` makes Excel (which LMC staff use) evaluate a formula;
* in Word files control characters make python-docx raise, and would corrupt the XML;
* in an anonymised export a mis-read "trust" could carry a patient's NHS number, date or postcode.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

#: Things that must never leave the practice, whatever field they turn up in.
_NHS_NUMBER = re.compile(r"\d{3}[\s-]?\d{3}[\s-]?\d{4}")
_DATE = re.compile(r"\b\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}\b")
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.IGNORECASE)
_EMAIL = re.compile(r"\S+@\S+")
_LONG_NUMBER = re.compile(r"\d{6,}")

WITHHELD = "(withheld)"
MAX_LABEL = 80


def xml_text(value: object) -> str:
    """`value` as text Word will accept: no control characters (python-docx raises on them)."""
    return _CONTROL.sub("", str(value))


def csv_cell(value: object) -> str:
    """A CSV cell that a spreadsheet will show as text rather than run as a formula."""
    text = xml_text(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def safe_label(value: str | None, *, forbidden: tuple[str, ...] = (), unknown: str = "(not stated)") -> str:
    """A provider/specialty/clinician name fit to leave the practice, or WITHHELD.

    `forbidden` holds the identifiers of the patient the letter is about (name, surname): a label
    containing any of them is withheld rather than trimmed, because a mis-read field is better lost
    than half-cleaned. Labels that look like an NHS number, a date, a postcode, an email address or
    a long number are withheld for the same reason.
    """
    text = " ".join(xml_text(value or "").split())
    if not text:
        return unknown
    if len(text) > MAX_LABEL:
        return WITHHELD  # free text, not a name
    if any(p.search(text) for p in (_NHS_NUMBER, _DATE, _POSTCODE, _EMAIL, _LONG_NUMBER)):
        return WITHHELD
    low = text.casefold()
    if any(f and f.casefold() in low for f in forbidden):
        return WITHHELD
    return text


def patient_tokens(name: str | None) -> tuple[str, ...]:
    """The parts of a patient's name worth checking a label against: full name and surname."""
    if not name:
        return ()
    full = " ".join(name.split())
    parts = [p.strip(",.") for p in full.split()]
    out = [full]
    if parts and len(parts[-1]) >= 3:
        out.append(parts[-1])
    if len(parts) > 1 and len(parts[0]) >= 3 and parts[0].endswith(","):  # "SURNAME, Forename"
        out.append(parts[0].rstrip(","))
    if "," in full:
        out.append(full.split(",", 1)[0].strip())
    return tuple(dict.fromkeys(p for p in out if p))
