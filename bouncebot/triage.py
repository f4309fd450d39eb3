"""Triage: may this message be treated as a hospital letter at all?

Machine mail is never answered (RFC 3834 and what helpdesks check: Auto-Submitted, Precedence,
List-*, X-Autoreply and friends, a null Return-Path, multipart/report DSNs and MDNs, mailer-daemon
senders), nor is anything we sent ourselves (our loop header or Message-ID domain), nor a reply to
one of our letters (its thread names our Message-ID): a hospital answering a returned request is
talking to the practice, and answering it back automatically could start a loop. Mail from outside
the configured provider domains is read, because hospices, independent-sector and private providers
write from their own domains; it counts as a letter only if it reads as one (`unlisted_reason`), and
nothing is ever drafted to it until someone adds the domain. Each verdict says why.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bouncebot.mailboxes.base import LOOP_HEADER
from bouncebot.model import Letter, Triage
from bouncebot.reading.mime import address, header, parse

_AUTO_HEADERS = ("X-Autoreply", "X-Autorespond", "X-Auto-Reply-From", "X-Autoresponse", "X-FC-Machinegenerated")
_MACHINE_SENDERS = re.compile(r"^(mailer-daemon|postmaster|no-?reply-?daemon|bounces?)(\+|@)", re.I)
_OOO_SUBJECT = re.compile(r"^\s*(automatic reply|auto-?reply|out of (the )?office|autoresponse|undeliverable|"
                          r"delivery status notification|returned mail|read:|not read:)", re.I)


def _domain_ok(addr: str, domains: Iterable[str]) -> bool:
    domain = addr.rsplit("@", 1)[-1].lower()
    return any(domain == d or domain.endswith("." + d) for d in (x.lower().lstrip(".") for x in domains))


def triage(data: bytes, provider_domains: Iterable[str], own_domains: Iterable[str] = ()) -> Triage:
    """Decide from headers alone; never raises on malformed input."""
    try:
        msg = parse(data)
    except Exception:  # noqa: BLE001 - an unparseable message is read (and quarantined) later
        return Triage(True, "unparseable headers: passed on to reading")
    if header(msg, LOOP_HEADER):
        return Triage(False, f"sent by bouncebot itself ({LOOP_HEADER})")
    msgid = header(msg, "Message-ID").strip("<> ").lower()
    if any(msgid.endswith("@" + d.lower()) for d in own_domains if d):
        return Triage(False, "sent by bouncebot itself (our Message-ID domain)")
    thread = (header(msg, "In-Reply-To") + " " + header(msg, "References")).lower()
    if any("@" + d.lower() + ">" in thread for d in own_domains if d):
        return Triage(False, "a reply to a letter bouncebot sent: for a person to read, never answered automatically")
    auto = header(msg, "Auto-Submitted").lower()
    if auto and not auto.startswith("no"):
        return Triage(False, f"automatic message (Auto-Submitted: {auto.split(';')[0]})")
    ctype = msg.get_content_type()
    if ctype == "multipart/report" or any(p.get_content_type() in ("message/delivery-status",
                                                                     "message/disposition-notification")
                                          for p in msg.walk()):
        return Triage(False, "delivery or read report (multipart/report)")
    precedence = (header(msg, "Precedence") or header(msg, "X-Precedence")).lower()
    if precedence in ("bulk", "list", "junk", "auto_reply"):
        return Triage(False, f"bulk or list mail (Precedence: {precedence})")
    for name in ("List-Id", "List-Unsubscribe", "List-Post"):
        if header(msg, name):
            return Triage(False, f"mailing-list mail ({name})")
    for name in _AUTO_HEADERS:
        value = header(msg, name).lower()
        if value and value not in ("no", "false"):
            return Triage(False, f"automatic reply ({name})")
    if "oof" in header(msg, "X-Auto-Response-Suppress").lower() and _OOO_SUBJECT.search(header(msg, "Subject")):
        return Triage(False, "automatic reply (out of office)")
    return_path = header(msg, "Return-Path")
    if return_path.replace(" ", "") == "<>":
        return Triage(False, "null Return-Path (a bounce or automatic message)")
    _, sender = address(msg, "From")
    if not sender:
        return Triage(False, "no sender address: nothing to reply to")
    if _MACHINE_SENDERS.search(sender):
        return Triage(False, f"machine sender ({sender.split('@')[0]})")
    if _OOO_SUBJECT.search(header(msg, "Subject")):
        return Triage(False, "automatic reply or report (subject)")
    if not _domain_ok(sender, provider_domains):
        return Triage(True, "sender outside the configured provider domains: read, but never answered", listed=False)
    return Triage(True, "provider letter")


def unlisted_reason(letter: Letter) -> str | None:
    """Why a message from outside the provider domains is not treated as a letter; None if it reads as
    one. A provider's clinical document names the provider (or is signed by its clinician: a small clinic's
    letter may name neither its company nor a trust) and a valid NHS number; a patient's email, a firm's
    letter or phishing almost never has both."""
    if letter.kind != "other" and (letter.trust or letter.clinician) and letter.patient and letter.patient.nhs_number:
        return None
    return "sender is outside the configured provider domains, and the message does not read as a provider letter"
