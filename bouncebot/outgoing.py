"""Turning an approved draft into the MIME reply every backend sends (pure).

The reply threads under the hospital's message (In-Reply-To, References, `Re:` subject), carries
our own Message-ID (recorded before sending, so a crash can be checked against Sent) and our loop
header. It deliberately carries neither `Auto-Submitted` nor `Precedence: bulk`: a person approved
it, and hospital helpdesks file such mail away from staff (tech notes §4.3).
"""

from __future__ import annotations

from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.utils import format_datetime, make_msgid

from bouncebot.mailboxes.base import LOOP_HEADER
from bouncebot.settings import Practice

DOCX_TYPE = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def message_id_domain(practice: Practice) -> str:
    if practice.message_id_domain:
        return practice.message_id_domain
    return "bouncebot." + practice.email.rsplit("@", 1)[-1]


def new_message_id(practice: Practice) -> str:
    return make_msgid(domain=message_id_domain(practice))


def reply_subject(original: str | None) -> str:
    """`Re: <subject>`, never `Re: RE: Re: …`."""
    subject = (original or "").strip()
    while subject[:3].lower() in ("re:", "aw:") or subject[:4].lower() == "fwd:":
        subject = subject.split(":", 1)[1].strip()
    return f"Re: {subject}" if subject else "Re: your letter"


def _thread_headers(original_raw: bytes) -> tuple[str | None, str]:
    """The original's Message-ID and the References chain our reply should carry."""
    headers = BytesHeaderParser(policy=policy.compat32).parsebytes(original_raw)
    msgid = " ".join(str(headers.get("Message-ID", "")).split()) or None
    refs = " ".join(str(headers.get("References", "")).split())
    chain = " ".join(x for x in (refs, msgid or "") if x)
    return msgid, chain


def build_reply(
    *,
    original_raw: bytes,
    to: str,
    subject: str,
    text: str,
    html: str,
    docx: bytes,
    message_id: str,
    practice: Practice,
    when: datetime,
    docx_name: str = "returned-request.docx",
) -> EmailMessage:
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = f"{practice.name} <{practice.email}>"
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = message_id
    parent, chain = _thread_headers(original_raw)
    if parent:
        msg["In-Reply-To"] = parent
    if chain:
        msg["References"] = chain
    msg[LOOP_HEADER] = practice.ods_code
    msg["X-Auto-Response-Suppress"] = "All"
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    msg.add_attachment(docx, maintype=DOCX_TYPE[0], subtype=DOCX_TYPE[1], filename=docx_name)
    return msg
