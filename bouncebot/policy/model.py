"""The policy as loaded: plain data the engine reads. Built by `loader`, never edited by code."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bouncebot.policy.fastre import Pattern, WordIndex

_SHORT = 80  # a text this short asked about without its mask is a heading: the answer is remembered


@dataclass(frozen=True)
class Examples:
    match: tuple[str, ...] = ()
    no_match: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    needs: str  # practice | patient | practice_or_patient | none
    match: tuple[Pattern, ...]
    unless: tuple[Pattern, ...] = ()
    letter_requires: tuple[Pattern, ...] = ()
    letter_unless: tuple[Pattern, ...] = ()
    drug: str | None = None  # red | amber | not_green
    overrides: tuple[str, ...] = ()
    fallback: bool = False  # used only when no other rule of the category fired in the letter
    kinds: tuple[str, ...] = ()  # only in letters of these kinds (empty: any)
    examples: Examples = Examples()
    source: str = ""  # file:line, for messages


@dataclass(frozen=True)
class Timeliness:
    kinds: tuple[str, ...]
    event: str
    limit_hours: int | None = None
    limit_days: int | None = None


@dataclass(frozen=True)
class Duty:
    """What the reply cites: the duty (stable) and the clause for the configured contract edition."""

    text: str
    clause: str
    edition: str
    title: str = ""
    template: str = ""  # the template pack's key for this category's paragraph


@dataclass(frozen=True)
class Category:
    id: str
    title: str
    duty: str
    template: str
    clauses: dict[str, str]
    timeliness: Timeliness | None = None
    source: str = ""


@dataclass(frozen=True)
class Drug:
    name: str
    rag: str
    pattern: Pattern
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Exemption:
    """Work the practice is commissioned for: logged, not bounced."""

    category: str
    when: Pattern | None
    reason: str


@dataclass
class Policy:
    name: str
    version: str
    edition: str
    timezone: str
    categories: dict[str, Category]
    rules: list[Rule]
    cues: dict[str, tuple[Pattern, ...]]
    drugs: list[Drug]
    exemptions: list[Exemption] = field(default_factory=list)
    files: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        from bouncebot.policy.loader import drug_index

        self._drug_regex, self._drug_names = drug_index(self.drugs)
        self.index = WordIndex([*(p for ps in self.cues.values() for p in ps),
                                *(p for r in self.rules for p in (*r.match, *r.unless, *r.letter_requires,
                                                                  *r.letter_unless))])
        self._cues = {k: self.index.group(v) for k, v in self.cues.items()}
        self._match = {r.id: self.index.group(r.match) for r in self.rules}
        self._unless = {r.id: self.index.group(r.unless) for r in self.rules}
        self._screen = [(r, self._match[r.id].screen) for r in self.rules]
        self._letter_requires = {r.id: self.index.group(r.letter_requires) for r in self.rules}
        self._letter_unless = {r.id: self.index.group(r.letter_unless) for r in self.rules}
        self._can_act = self.index.group([*(p for k in ("practice", "polite", "patient_to_gp", "urgent") for p in self.cues.get(k, ())),
                                          *(p for r in self.rules if r.needs == "none" for p in r.match)])

    def drugs_in(self, text: str) -> list[Drug]:
        """Every formulary drug named in the text (one search, however long the formulary)."""
        if self._drug_regex is None:
            return []
        from bouncebot.policy.fastre import lowered

        found = {}
        for m in self._drug_regex.finditer(lowered(text)):
            drug = self._drug_names.get(" ".join(m.group(0).lower().split()))
            if drug is not None:
                found[drug.name] = drug
        return list(found.values())

    def cue(self, kind: str, text: str, mask: int | None = None) -> re.Match[str] | None:
        """The leftmost match of any pattern of this cue kind. `mask` is `index.mask(text)`, or of a
        text that contains it, when the caller asks many questions of one sentence."""
        group = self._cues.get(kind)
        if group is None:
            return None
        return group.leftmost(text, self.index.mask(text) if mask is None else mask)

    def has(self, kind: str, text: str, mask: int | None = None) -> bool:
        """Whether any pattern of this cue kind matches: `cue` without looking for the leftmost, so the
        search stops at the first pattern that matches."""
        group = self._cues.get(kind)
        if group is None:
            return False
        if mask is None and len(text) <= _SHORT:
            return group.holds(text, self.index)  # a heading: letters repeat them, so the answer is remembered
        return group.first(text, self.index.mask(text) if mask is None else mask) is not None

    def may_cue(self, kind: str, mask: int) -> bool:
        """Whether a pattern of this cue kind may match a text with this mask (False: it cannot)."""
        group = self._cues.get(kind)
        return group is not None and group.may_match(mask)

    def may_act(self, mask: int) -> bool:
        """False when nothing can fire in a sentence with this mask: no cue that addresses the practice
        or the patient, no urgent cue and no rule that needs no addressee can match it (most sentences)."""
        return self._can_act.may_match(mask)

    def rules_for(self, mask: int, *, undirected: bool = False) -> list[Rule]:
        """The rules, in order, whose `match` may hit a sentence with this mask (all of them, or only those
        needing no addressee): one bit test per rule, so most rules cost nothing in most sentences."""
        return [r for r, bits in self._screen if (mask & bits or bits == -1) and not (undirected and r.needs != "none")]

    def match(self, rule: Rule, text: str, mask: int) -> re.Match[str] | None:
        """The first of the rule's `match` patterns that matches; `mask` as for `cue`."""
        return self._match[rule.id].first(text, mask)

    def unless(self, rule: Rule, text: str, mask: int) -> re.Match[str] | None:
        return self._unless[rule.id].first(text, mask)

    def letter_gate(self, rule: Rule, text: str, mask: int, kind: str) -> str | None:
        """Why the rule cannot fire anywhere in this letter (its kinds, the context it needs), or None."""
        if rule.kinds and kind not in rule.kinds:
            return f"only for {', '.join(rule.kinds)} letters"
        if rule.letter_requires and not self._letter_requires[rule.id].first(text, mask):
            return "the letter lacks the context this rule needs"
        if rule.letter_unless and self._letter_unless[rule.id].first(text, mask):
            return "the letter's context rules this out"
        return None

    def duty(self, category: str) -> Duty:
        c = self.categories[category]
        clause = c.clauses.get(self.edition) or next(iter(c.clauses.values()), "")
        return Duty(text=c.duty, clause=clause, title=c.title, template=c.template,
                    edition=self.edition if self.edition in c.clauses else next(iter(c.clauses), self.edition))

    def template(self, category: str) -> str:
        return self.categories[category].template

