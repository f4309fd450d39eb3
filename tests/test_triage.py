"""Machine mail and our own mail are never treated as letters (RFC 3834 and peers); mail from outside
the provider domains is never answered, and counts only when it reads as a provider's letter."""

from __future__ import annotations

from pathlib import Path

import pytest

from bouncebot.reading import read_letter
from bouncebot.triage import triage, unlisted_reason

BASE = ("From: Kestrel Vale Letters <letters@kestrelvale.nhs.uk>\r\nTo: practice@nhs.net\r\nSubject: Clinic letter\r\n"
        "Message-ID: <a1@kestrelvale.nhs.uk>\r\nDate: Tue, 10 Nov 2026 09:00:00 +0000\r\n")
BODY = "Content-Type: text/plain\r\n\r\nPlease could you arrange bloods.\r\n"
DOMAINS = ["nhs.uk", "nhs.net"]


def verdict(extra: str = "", base: str = BASE, body: str = BODY, own: tuple[str, ...] = ("bouncebot.riverside.nhs.net",)):
    return triage((base + extra + body).encode(), DOMAINS, own)


def test_a_provider_letter_passes() -> None:
    v = verdict()
    assert v.is_letter and v.reason == "provider letter"


@pytest.mark.parametrize(
    ("extra", "reason"),
    [
        ("Auto-Submitted: auto-replied\r\n", "Auto-Submitted"),
        ("Auto-Submitted: auto-generated\r\n", "Auto-Submitted"),
        ("Precedence: bulk\r\n", "Precedence"),
        ("List-Id: <news.lmc.example>\r\n", "List-Id"),
        ("X-Autoreply: yes\r\n", "X-Autoreply"),
        ("Return-Path: <>\r\n", "Return-Path"),
        ("X-Bouncebot-Loop: riverside\r\n", "bouncebot itself"),
    ],
)
def test_machine_and_own_mail_is_ignored_with_the_reason(extra: str, reason: str) -> None:
    v = verdict(extra)
    assert not v.is_letter and reason in v.reason


def test_auto_submitted_no_is_a_person() -> None:
    assert verdict("Auto-Submitted: no\r\n").is_letter


def test_delivery_reports_are_ignored() -> None:
    body = ('Content-Type: multipart/report; report-type=delivery-status; boundary="b"\r\n\r\n--b\r\n'
            "Content-Type: text/plain\r\n\r\nDelivery failed.\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\n"
            "Action: failed\r\n--b--\r\n")
    v = verdict(body=body)
    assert not v.is_letter and "report" in v.reason


def test_our_message_id_domain_is_ours() -> None:
    base = BASE.replace("<a1@kestrelvale.nhs.uk>", "<x@bouncebot.riverside.nhs.net>")
    assert "bouncebot itself" in verdict(base=base).reason


def test_a_reply_to_our_own_letter_is_left_for_a_person() -> None:
    reply = BASE.replace("Subject: Clinic letter", "Subject: RE: Returned request") + (
        "In-Reply-To: <20261110.1@bouncebot.riverside.nhs.net>\r\nReferences: <a0@kestrelvale.nhs.uk> "
        "<20261110.1@bouncebot.riverside.nhs.net>\r\n")
    v = verdict(base=reply)
    assert not v.is_letter and "reply to a letter bouncebot sent" in v.reason
    assert verdict(base=reply.replace("bouncebot.riverside", "elsewhere")).is_letter  # another thread is read


@pytest.mark.parametrize("sender", ["patient@example.com", "offers@spam.example.org", "x@nhs.uk.evil.example"])
def test_mail_from_outside_provider_domains_is_never_answered(sender: str) -> None:
    v = verdict(base=BASE.replace("letters@kestrelvale.nhs.uk", sender))
    assert not v.listed and "provider domains" in v.reason and "never answered" in v.reason
    assert verdict().listed


def test_unlisted_mail_counts_only_if_it_reads_as_a_provider_letter(dev_corpus) -> None:  # type: ignore[no-untyped-def]
    hospice = read_letter((Path(__file__).parent / "corpus" / "third" / "third-072.eml").read_bytes())
    assert unlisted_reason(hospice) is None  # names the hospice and a valid NHS number
    clinic = read_letter((Path(__file__).parent / "corpus" / "twentyseventh" / "twentyseventh-035.eml").read_bytes())
    assert clinic.trust is None and unlisted_reason(clinic) is None  # signed by its consultant, with a valid NHS number
    for name in ("dev-002.eml", "dev-093.eml"):  # a patient's email; a solicitor's letter naming a firm
        other = read_letter((dev_corpus / name).read_bytes())
        assert unlisted_reason(other) is not None


def test_mailer_daemon_is_machine_mail() -> None:
    v = verdict(base=BASE.replace("letters@kestrelvale.nhs.uk", "MAILER-DAEMON@mx.kestrelvale.nhs.uk"))
    assert not v.is_letter
