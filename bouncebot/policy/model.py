"""The policy as loaded: plain data the engine reads. Built by `loader`, never edited by code."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bouncebot.policy.fastre import Pattern


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
        self._combined = {k: Pattern("|".join(f"(?:{p.pattern})" for p in v)) for k, v in self.cues.items() if v}


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

    def cue(self, kind: str, text: str) -> re.Match[str] | None:
        """The first match of any pattern of this cue kind (one search over all of them)."""
        combined = self._combined.get(kind)
        return combined.search(text) if combined is not None else None

    def duty(self, category: str) -> Duty:
        c = self.categories[category]
        clause = c.clauses.get(self.edition) or next(iter(c.clauses.values()), "")
        return Duty(text=c.duty, clause=clause, title=c.title, template=c.template,
                    edition=self.edition if self.edition in c.clauses else next(iter(c.clauses), self.edition))

    def template(self, category: str) -> str:
        return self.categories[category].template
