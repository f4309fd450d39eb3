"""The domain's nouns, shared by every stage of the pipeline.

These are plain frozen dataclasses with no behaviour that touches the world, so the pure core
(`reading`, `policy`, `letters`) can be tested without a database, a mailbox or a clock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from email.message import EmailMessage
from typing import Literal

LetterKind = Literal["clinic_letter", "discharge_summary", "referral_response", "results", "ed_letter", "other"]
Action = Literal["draft", "clinician_review", "no_action", "ignore"]

#: Text categories, in the order the taxonomy lists them.
TEXT_CATEGORIES: tuple[str, ...] = (
    "tests_for_hospital",
    "results_chasing",
    "hospital_only_prescribing",
    "shared_care_without_agreement",
    "fit_note",
    "dna_rereferral",
    "onward_referral",
    "post_procedure_care",
    "patient_redirected_to_gp",
    "referral_returned_for_workup",
    "non_contractual_admin",
)
TIMELINESS_CATEGORIES: tuple[str, ...] = ("late_discharge_summary", "late_clinic_letter")
CATEGORIES: tuple[str, ...] = TEXT_CATEGORIES + TIMELINESS_CATEGORIES


@dataclass(frozen=True)
class RawMessage:
    """One message exactly as the mailbox gave it: nothing parsed yet.

    `uid` is the backend's own handle (a Maildir key, "uidvalidity:uid" for IMAP, an EWS or Graph
    item id) and is what the backend needs to reply to, tag or move the message later.
    """

    mailbox: str
    uid: str
    data: bytes
    folder: str = "INBOX"


@dataclass(frozen=True)
class Source:
    """Where a piece of text came from, so a reviewer can find it in the original."""

    kind: Literal["body", "attachment"]
    name: str | None = None  # attachment file name
    page: int | None = None  # 1-based PDF page

    def label(self) -> str:
        if self.kind == "body":
            return "email body"
        where = self.name or "attachment"
        return f"{where}, page {self.page}" if self.page else where


@dataclass(frozen=True)
class Block:
    """A run of text from one source (the body, one attachment, one PDF page).

    Line breaks are kept: headings and bullets carry meaning for the matcher.
    """

    text: str
    source: Source


@dataclass(frozen=True)
class Patient:
    name: str | None = None
    nhs_number: str | None = None  # ten digits, no spaces, Modulus-11 valid
    dob: date | None = None


@dataclass(frozen=True)
class Attachment:
    """An attachment's identity (the bytes stay in the raw message)."""

    name: str
    content_type: str
    size: int


@dataclass(frozen=True)
class Letter:
    """What `read_letter` makes of a message: text with provenance, plus metadata.

    `problems` lists things a person must know about (an image-only PDF, an attachment that could
    not be read); they never raise, because a letter with one unreadable page still has others.
    """

    message_id: str | None
    subject: str
    sender: str  # address, lower case
    sender_name: str | None
    reply_to: str | None
    sent_at: datetime | None  # the Date: header, timezone-aware
    blocks: tuple[Block, ...]
    attachments: tuple[Attachment, ...] = ()
    kind: LetterKind = "other"
    trust: str | None = None
    specialty: str | None = None
    clinician: str | None = None
    patient: Patient | None = None
    event_date: date | None = None  # clinic attendance or discharge date where stated
    event_time: str | None = None  # "HH:MM" where the letter gives a discharge time
    event_evidence: str | None = None  # the words that state the event date
    event_source: Source | None = None
    letter_date: date | None = None
    references: tuple[str, ...] = ()  # the References chain, for threading our reply
    problems: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return "\n\n".join(b.text for b in self.blocks)


@dataclass(frozen=True)
class Finding:
    """One request the practice should return, with the exact words that carry it.

    `block`, `start` and `end` locate the evidence in `Letter.blocks[block].text`, so the review
    screen can highlight it in place.
    """

    category: str
    rule: str
    evidence: str
    source: Source
    block: int = 0
    start: int = 0
    end: int = 0
    exempt: bool = False  # locally commissioned work: logged, not bounced
    note: str | None = None  # e.g. which date a timeliness finding used


@dataclass(frozen=True)
class Trace:
    """Why a sentence did or did not produce a finding (for `bouncebot explain`)."""

    sentence: str
    source: Source
    rule: str | None
    outcome: Literal["fired", "suppressed", "exempt", "urgent"]
    reason: str


@dataclass(frozen=True)
class Assessment:
    kind: LetterKind
    findings: tuple[Finding, ...]
    urgent_clinical_action: bool = False
    urgent_evidence: tuple[Finding, ...] = ()
    action: Action = "no_action"
    trace: tuple[Trace, ...] = ()

    @property
    def bounced(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if not f.exempt)


@dataclass(frozen=True)
class Triage:
    """The verdict on whether a message may be treated as a letter at all."""

    is_letter: bool
    reason: str  # e.g. "auto-reply (Auto-Submitted: auto-replied)"
    listed: bool = True  # the sender is in the configured provider domains (only those are ever answered)


@dataclass(frozen=True)
class DraftReply:
    """A drafted reply, ready for a person to review."""

    to: str
    subject: str
    text: str
    html: str
    docx: bytes
    template_pack: str
    template_version: str
    categories: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class OutgoingReply:
    """An approved reply as every mailbox backend receives it.

    `message` is complete MIME: our own Message-ID, In-Reply-To/References, the loop header and the
    .docx letter attached. Backends that can reply natively (EWS, Graph createReply) use
    `in_reply_to_uid` to thread on the server and copy the content from `message`.
    """

    message: EmailMessage
    in_reply_to_uid: str
    folder: str = "INBOX"

    @property
    def message_id(self) -> str:
        return str(self.message["Message-ID"])
