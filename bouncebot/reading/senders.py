"""A sender's trust, learnt from its other letters.

Many hospital systems send letters that never name their trust: a mailbox ("KMD eDischarge
<kmd.edischarge@nhs.net>"), a site and a department, nothing more. The same mailbox's other letters
usually do name it, and a practice manager reading the letter knows it from them. Reports per trust (what
an LMC collects) would otherwise lose every such letter to "unknown".

So when every letter from one address that names a trust names the same one, that address's letters
that name none are given it. An address whose letters name two trusts (a shared gateway) teaches nothing,
and a trust a letter names itself is never replaced.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence

from bouncebot.model import Letter


def trusts_by_sender(named: Iterable[tuple[str, str | None]]) -> dict[str, str]:
    """Sender address -> the one trust its letters name, from (sender, trust named) pairs."""
    seen: dict[str, set[str]] = {}
    for sender, trust in named:
        if sender and trust:
            seen.setdefault(sender.lower(), set()).add(trust)
    return {sender: next(iter(trusts)) for sender, trusts in seen.items() if len(trusts) == 1}


def with_sender_trust(letter: Letter, known: Mapping[str, str]) -> Letter:
    """The letter, with its sender's trust when it names none itself."""
    if letter.trust or letter.kind == "other" or not (trust := known.get(letter.sender.lower())):
        return letter
    return dataclasses.replace(letter, trust=trust)


def with_trusts_from_each_other(letters: Sequence[Letter | None]) -> list[Letter | None]:
    """A folder's letters (None where a message is no letter), each that names no trust given its sender's as
    the others name it: what `scan` and `eval` do where the worker asks its database."""
    known = trusts_by_sender((x.sender, x.trust) for x in letters if x is not None and x.kind != "other")
    return [x if x is None else with_sender_trust(x, known) for x in letters]
