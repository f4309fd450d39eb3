"""The word index that lets the engine skip patterns must never skip one that would match.

Skipping is a speed trick only: every test here compares it with plainly running the pattern.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bouncebot.policy import load_policy
from bouncebot.policy.fastre import Pattern, WordIndex, first_match, pattern_keys
from bouncebot.policy.text import outside, sentences, split, units
from bouncebot.reading import read_letter

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ("dev", "own", "heldout", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
           "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
           "nineteenth", "twentieth", "twentyfirst", "twentysecond", "twentythird", "twentyfourth",
           "twentyfifth", "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth",
           "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth", "thirtyfifth", "thirtysixth",
           "thirtyseventh", "thirtyeighth", "thirtyninth", "fortieth", "fortyfirst", "fortysecond",
           "fortythird", "fortyfourth", "fortyfifth", "fortysixth", "fortyseventh", "fortyeighth",
           "fortyninth")


@pytest.fixture(scope="module")
def policy():
    return load_policy(ROOT / "config" / "policy", formulary=ROOT / "config" / "formulary.toml")


def _all_patterns(policy) -> list[Pattern]:
    return [*(p for ps in policy.cues.values() for p in ps),
            *(p for r in policy.rules for p in (*r.match, *r.unless, *r.letter_requires, *r.letter_unless))]


def test_no_policy_pattern_is_skipped_where_it_matches(policy):
    """Every sentence of every corpus, every pattern of the policy: a match is always let through."""
    patterns = _all_patterns(policy)
    group = policy.index.group(patterns)
    checked = skipped = 0
    for name in CORPORA:
        for path in sorted((ROOT / "tests" / "corpus" / name).glob("*.eml")):
            letter = read_letter(path.read_bytes())
            for s in sentences(letter):
                allowed = {id(p) for p in group.passing(policy.index.mask(s.text))}
                for p in patterns:
                    checked += 1
                    if id(p) not in allowed:
                        skipped += 1
                        assert p.search(s.text) is None, (p.pattern, s.text)
    assert checked > 1_000_000
    assert skipped > 0.8 * checked  # and it does skip most of them, or it would not be worth having


def test_a_unit_holds_every_word_of_its_sentences(policy):
    """The engine passes over a unit (a paragraph, a bullet, a cell) whose word mask shows nothing can act
    in it, without splitting it into sentences: so no sentence may have a word, or a bit, its unit lacks.
    It learns the letter's words from its units and the text outside them: together, every word."""
    units_seen = split_units = 0
    for name in CORPORA:
        for path in sorted((ROOT / "tests" / "corpus" / name).glob("*.eml")):
            letter = read_letter(path.read_bytes())
            found_units = units(letter)
            rest = outside(letter, found_units)  # and the units with the text around them hold the whole letter
            mask = policy.index.mask(rest)
            for u in found_units:
                mask |= policy.index.mask(letter.blocks[u.block].text[u.start:u.end])
            assert mask == policy.index.mask(letter.text), path.name
            words = set(re.findall(r"\w+", " ".join([rest, *(letter.blocks[u.block].text[u.start:u.end]
                                                             for u in found_units)]).lower()))
            assert words == set(re.findall(r"\w+", letter.text.lower())), path.name
            for u in found_units:
                text = letter.blocks[u.block].text
                unit_mask = policy.index.mask(text[u.start:u.end])
                unit_words = set(re.findall(r"\w+", text[u.start:u.end].lower()))
                found = split(text, u)
                units_seen += 1
                split_units += len(found) > 1
                for s in found:
                    assert u.start <= s.start < s.end <= u.end
                    assert policy.index.mask(s.text) | unit_mask == unit_mask, (path.name, s.text)
                    assert set(re.findall(r"\w+", s.text.lower())) <= unit_words
                    assert policy.may_act(policy.index.mask(s.text)) <= policy.may_act(unit_mask)
    assert units_seen > 10_000 and split_units > 500  # and many units do hold several sentences


@pytest.mark.parametrize(("source", "text", "matches"), [
    (r"\bre-?refer\b", "please re-refer her", True),
    (r"\bre-?refer\b", "please rerefer her", True),
    (r"\bre-?refer\b", "the results were reviewed", False),
    (r"\bgp\s+to\b", "GP to check", True),
    (r"\bgp\s+to\b", "GPs today", False),
    (r"\b(?:I|we)\s+(?:would\s+)?(?:ask|request)\s+that\b", "We would ask that you", True),
    (r"\b(?:I|we)\s+(?:would\s+)?(?:ask|request)\s+that\b", "We would ask you", False),
    (r"\bin\s+(?:24|48|72)\s*(?:hours|h)\b", "repeat in 48h please", True),
    (r"^(?!.*\btoday\b)", "Derek Sowerbutts", True),  # no keys at all: always run
    (r"(?<!his )\bgp\b", "his GP", False),
])
def test_index_agrees_with_the_regex(source, text, matches):
    p = Pattern(source)
    index = WordIndex([p])
    group = index.group([p])
    allowed = bool(group.passing(index.mask(text)))
    assert bool(p.search(text)) is matches
    if matches:
        assert allowed


def test_keys_mark_whole_words_and_later_words():
    keys = pattern_keys(r"\b(?:gp|practice)\s+to\b")
    assert keys[0] == frozenset({"=gp", "=practice"})  # the match begins with one of these whole words
    assert frozenset({"=to"}) in keys[1:]  # and also has the word "to", a commoner one, so checked later
    assert pattern_keys(r"\bprescri[bp]\w*")[0] == frozenset({"prescrib", "prescrip"})  # word starts
    # after an optional "the ", a word still starts; a pattern may need a table's "|"
    assert frozenset({"=gp"}) in pattern_keys(r"\bby\s+(?:the\s+)?gp\b")
    assert frozenset({"|"}) in pattern_keys(r"\|\s*gp\s*\|")
    assert pattern_keys(r"\w+ing\b") == ()  # nothing to pin down: always run


def test_a_sentence_without_any_key_word_still_runs_patterns_without_keys():
    always = Pattern(r"^(?!.*\burgent\b)")
    keyed = Pattern(r"\bplease\b")
    index = WordIndex([always, keyed])
    group = index.group([keyed, always])
    assert index.mask("Derek Sowerbutts") == 0
    assert group.passing(0) == [always]
    assert group.may_match(0)


_WORDS = ["gp", "GP", "to", "please", "re-refer", "rerefer", "practice", "we", "would", "ask", "that",
          "in", "48h", "48", "hours", "surgery", "at", "the", "bloods", "é", "naïve", "x", "-", "/", "(", ")",
          "|", "•", "’s", "within", "WITHIN", "with", "24", "h", "prescribing", "PRESCRIBE", "by", "Été", "été",
          "septic", "sepsis", "neutropenia", "referrer", "GP/referrer"]
_SOURCES = [r"\b(?:gp|practice)\s+to\b", r"\bre-?refer\w*\b", r"\bat\s+the\s+(?:gp\s+)?surgery\b",
            r"\b(?:I|we)\s+(?:would\s+)?ask\s+that\b", r"\bin\s+48\s*(?:hours|h)\b", r"\bplease\b",
            r"\bna[iï]ve\b", r"\(\s*(?:booked|done)\s*\)", r"\bbloods?\b[^.]{0,20}\bsurgery\b",
            r"\bwithin\s+\d+\s*h", r"\|\s*gp\s*\|", r"\b(?:gp|practice)\s*/\s*referrer\b", r"\bseptic\b|\bneutropeni\w*",
            r"\bprescri[bp]\w*", r"\bby\s+(?:the\s+)?gp\b", r"\bété\b", r"\bplease\s+(?:re-?refer|prescribe)\b"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12), st.sampled_from([" ", "  ", " / ", ", ", " | ", "\n"]))
def test_random_texts_never_lose_a_match(words, sep):
    text = sep.join(words)
    patterns = [Pattern(s) for s in _SOURCES]
    index = WordIndex(patterns)
    allowed = {id(p) for p in index.group(patterns).passing(index.mask(text))}
    for p in patterns:
        found = p.search(text)
        plain = re.search(p.pattern, text, re.I)  # what the pattern means, as written
        assert (found and found.span()) == (plain and plain.span()), (p.pattern, text)
        if found:
            assert id(p) in allowed, (p.pattern, text)


def test_leftmost_cue_is_what_one_alternation_would_find():
    sources = [r"\bplease\b", r"\bgp\s+to\b", r"\bcould\s+you\b"]
    patterns = [Pattern(s) for s in sources]
    combined = re.compile("|".join(f"(?:{s})" for s in sources), re.I)
    for text in ["Could you please ask the GP to", "GP to repeat; please", "nothing here", "please could you"]:
        a, b = first_match(patterns, text), combined.search(text)
        assert (a and (a.start(), a.end())) == (b and (b.start(), b.end()))


def test_a_remembered_heading_gets_the_answer_its_patterns_give(policy):
    """Headings repeat from letter to letter, so whether one addresses the practice is remembered; the
    remembered answer must be the patterns' own, first time and after, and forgotten by `clear_cache`."""
    from bouncebot.policy import fastre

    headings = ["actions for gp", "gp actions", "plan", "information for the patient", "history", "to do (gp)",
                "medication on discharge", "advice for you", "recommendations", ""]
    for kind in ("practice_headings", "patient_headings"):
        plain = [any(p.search(h) for p in policy.cues[kind]) for h in headings]
        assert [policy.has(kind, h) for h in headings] == plain  # first time: worked out
        assert [policy.has(kind, h) for h in headings] == plain  # again: remembered
        assert any(plain) and not all(plain)
    fastre.clear_cache()
    assert all(not g._short for g in fastre._groups)
