"""A sender's trust, learnt from its other letters (`bouncebot.reading.senders`)."""

from __future__ import annotations

from bouncebot.model import Block, Letter, Source
from bouncebot.reading.senders import trusts_by_sender, with_sender_trust


def _letter(sender: str, trust: str | None, kind: str = "ed_letter") -> Letter:
    return Letter(message_id=None, subject="ED attendance", sender=sender, sender_name=None, reply_to=None,
                  sent_at=None, blocks=(Block("Seen in ED.", Source("body")),), kind=kind, trust=trust)  # type: ignore[arg-type]


def test_a_mailbox_whose_letters_name_one_trust_teaches_it() -> None:
    known = trusts_by_sender([("eDischarge@nhs.net", "Kellingford NHS Trust"), ("edischarge@nhs.net", None),
                              ("edischarge@nhs.net", "Kellingford NHS Trust")])
    assert known == {"edischarge@nhs.net": "Kellingford NHS Trust"}
    assert with_sender_trust(_letter("edischarge@nhs.net", None), known).trust == "Kellingford NHS Trust"


def test_a_shared_gateway_teaches_nothing_and_a_named_trust_is_kept() -> None:
    known = trusts_by_sender([("gateway@nhs.net", "Ashby NHS Trust"), ("gateway@nhs.net", "Brant NHS Trust"),
                              ("letters@brant.nhs.uk", "Brant NHS Trust")])
    assert known == {"letters@brant.nhs.uk": "Brant NHS Trust"}
    assert with_sender_trust(_letter("gateway@nhs.net", None), known).trust is None
    assert with_sender_trust(_letter("letters@brant.nhs.uk", "Brant Community Services"), known).trust \
        == "Brant Community Services"
    assert with_sender_trust(_letter("letters@brant.nhs.uk", None, kind="other"), known).trust is None
