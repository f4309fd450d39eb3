"""Passing over quiet units (no word that can address anyone, no practice heading, no owner cell) is a
speed trick only: the findings, the urgent flag and every trace must be the same as reading every
sentence of the letter."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import pytest

from bouncebot.model import Source
from bouncebot.policy import assess, engine, load_policy
from bouncebot.reading import read_letter

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def policy():
    return load_policy(ROOT / "config" / "policy", formulary=ROOT / "config" / "formulary.toml")


@pytest.fixture(scope="module")
def letters():
    """Every provider letter of the corpora, and 300 more made of their lines, shuffled and decorated with
    bullets, headings, table pipes, owner cells, a GP's name and non-ASCII characters (a fixed seed)."""
    found = [read_letter(p.read_bytes()) for p in sorted((ROOT / "tests" / "corpus").glob("*/*.eml"))]
    provider = [x for x in found if x.kind != "other"]
    lines = [line for x in provider for b in x.blocks for line in b.text.split("\n")]
    decor = ["- ", "• ", "1. ", "a) ", "| ", "GP: ", "Plan: ", "Actions for GP\n", "PLAN\n", "----\n", "Dr Achebe ",
             "’", "é", " | GP |", "\n"]
    rnd = random.Random(7)
    made = []
    for _ in range(300):
        base = rnd.choice(provider)
        blocks = []
        for j in range(rnd.randint(1, 3)):
            start = rnd.randrange(len(lines) - 60)
            chunk = lines[start:start + rnd.randint(5, 60)]
            text = "\n".join((rnd.choice(decor) if rnd.random() < 0.3 else "") + line
                             + (rnd.choice(decor) if rnd.random() < 0.1 else "") for line in chunk)
            source = base.blocks[0].source if j == 0 else Source("attachment", rnd.choice(["a.pdf", "b.docx"]))
            blocks.append(dataclasses.replace(base.blocks[0], text=text, source=source))
        made.append(dataclasses.replace(base, blocks=tuple(blocks)))
    return provider + made


def test_passing_over_quiet_units_changes_nothing(policy, letters, monkeypatch):
    quick = [assess(x, policy) for x in letters]
    monkeypatch.setattr(engine._Reading, "quiet", lambda self, unit, text, mask: False)
    slow = [assess(x, policy) for x in letters]
    assert quick == slow
    assert sum(len(a.findings) for a in quick) > 1000 and sum(a.urgent_clinical_action for a in quick) > 50


def test_most_units_are_quiet(policy, letters):
    """And it is worth having: most units of a letter are passed over."""
    quiet = total = 0
    for letter in letters[:300]:
        reading = engine._Reading(letter, policy, explain=False)
        for unit, mask in zip(reading.units, reading.masks, strict=True):
            total += 1
            quiet += reading.quiet(unit, letter.blocks[unit.block].text, mask)
    assert quiet > 0.5 * total
