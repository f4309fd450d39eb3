"""The engine: sentences in, findings out, with the reason for every decision kept for `explain`.

For each sentence the cues decide who is asked (the practice, the patient sent to the GP, nobody),
and whether it is a request at all (negated, a suggestion, work the provider owns). Then each
category's rules look for the task. A rule fires only when its `needs` is met and nothing
suppresses it; one finding per category per letter, the first in reading order. Timeliness comes
from dates, the urgent flag from time-critical words in a directed sentence.

Most of a letter asks nothing (addresses, history, results). A unit of text (a paragraph, a bullet,
a table cell) whose words hold no cue that can address anyone, under a heading that does not, with no
owner cell after it, is passed over without being split into sentences: no sentence in it could fire.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from functools import cached_property, reduce
from operator import or_
from zoneinfo import ZoneInfo

from bouncebot.model import Assessment, Finding, Letter, Trace
from bouncebot.policy.fastre import Pattern, lowered
from bouncebot.policy.model import Policy, Rule
from bouncebot.policy.text import Sentence, Unit, as_filled_in, has_boxes, outside, split, units


class Cues:
    """Who a sentence addresses and whether it asks at all; each cue is searched only when needed."""

    def __init__(self, s: Sentence, policy: Policy, sections: dict[str, tuple[bool, bool]], owner: str,
                 text: str, mask: int, elsewhere: bool = False) -> None:
        self._p = policy
        self.text = text  # the sentence as matched: its words, with the GP's name read as "the GP"
        self.mask = mask  # policy.index.mask(text): which patterns can match this sentence at all
        section_practice, section_patient = _section(s.section, policy, sections)
        other = self.has("other_addressee") or _owner_is_other(owner, policy)  # someone else named by label or owner cell
        self.practice_section = section_practice and not other
        # In a document written to someone else, "could you" and "please" ask them: a sentence asks the practice
        # only when it names the GP or the practice ("Dr Achebe, can I ask that you refer him …"), or sits under a
        # heading for the GP.
        to_practice = not elsewhere or section_practice
        asks = (to_practice or _PRACTICE_WORDS.search(text) is not None) and self.has("practice")
        self.practice = not section_patient and not other and (
            asks or (to_practice and self.has("polite")) or _owner_is_practice(owner))
        self.patient = self.has("patient_to_gp")

    def has(self, kind: str) -> bool:
        return self._p.has(kind, self.text, self.mask)

    @property
    def addressed(self) -> bool:
        return self.practice or self.practice_section

    @cached_property
    def provider(self) -> bool:
        return self.has("provider")

    @cached_property
    def negated(self) -> bool:
        return self.has("negation")

    @cached_property
    def suggestion(self) -> bool:
        return self.has("suggestion")


def _section(section: str, policy: Policy, sections: dict[str, tuple[bool, bool]]) -> tuple[bool, bool]:
    """Whether a heading addresses the practice, or the patient (cached per heading)."""
    found = sections.get(section)
    if found is None:
        found = sections[section] = (bool(section) and policy.has("practice_headings", section),
                                     bool(section) and policy.has("patient_headings", section))
    return found


def _any(patterns: tuple[Pattern, ...], text: str) -> re.Match[str] | None:
    for p in patterns:
        m = p.search(text)
        if m:
            return m
    return None


_OWNER = re.compile(r"^[ \t]*(?:\|[ \t]*)?(?:GP|GP practice|the practice|practice|primary care)"
                    r"(?:[ \t]*(?:\||$)|[ \t]+(?=[A-Z0-9]))", re.I | re.M)


_NAME = r"Dr\.?[ \t]+([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})"
# "GP: Dr R Banerjee, Riverside Surgery", "Registered GP | Dr …" (a literal first, so the scan is quick)
_GP_LINE = re.compile(r"GP\b[^\n]{0,40}?\b" + _NAME)
# "cc: Dr H Lindqvist, … Medical Centre"
_CC_LINE = re.compile(r"\n[ \t]*(?:cc|copy(?:[ \t]+to)?|copies[ \t]+to)\b[ \t:.-]*" + _NAME  # (searched in "\n" + text)
                      + r"(?=[^\n]*\b(?:GP|[Ss]urgery|[Pp]ractice|[Mm]edical [Cc]entre|[Hh]ealth [Cc]entre)\b)")


def _gp_surnames(letter: Letter) -> set[str]:
    """The surnames the letter gives the patient's GP ("Achebe"), from its GP and cc lines; never the author's."""
    author = (letter.clinician or "").split()[-1:] or [""]
    text = letter.text
    found = [m for m in _GP_LINE.finditer(text) if m.start() == 0 or not text[m.start() - 1].isalnum()]
    found += _CC_LINE.finditer("\n" + text)
    surnames = {m.group(1).split()[-1].rstrip(".") for m in found}
    return {s for s in surnames if len(s) > 1 and s[1:].islower() and s != author[0]}


def _gp_name(surnames: set[str]) -> re.Pattern[str] | None:
    """How the letter names the patient's GP ("Dr Achebe", "Dr R Achebe").

    Letters written to the patient ask the GP by name ("perhaps Dr Achebe could refer you"); read so,
    the practice cues apply."""
    if not surnames:
        return None
    names = "|".join(sorted(map(re.escape, surnames)))
    return re.compile(r"\bDr\.?\s+(?:[A-Z][\w.'’-]*\s+){0,3}?(?:" + names + r")\b")


def _written_elsewhere(letter: Letter, gp_surnames: set[str]) -> list[bool]:
    """Per block, whether the document it belongs to (the e-mail, or one attachment) is written to someone
    other than the practice: the patient ("Dear Mr Thackwray", "Dear Rowan"), or another professional with the
    GP in copy ("Addressed to | Community Nursing Team", "Dear Ms Odunsi-Varley … cc Dr Crossthwaite, … Medical
    Centre"). Its "please" then asks them, and only words that name the GP or the practice ask the practice. A
    cover e-mail to the practice ("Dear colleague") stays the practice's."""
    patient = (letter.patient.name or "").split() if letter.patient else []
    practice_in_copy = any(_at_line_start(b.text, _COPY_TO_PRACTICE) for b in letter.blocks)
    docs: dict[tuple[str, str | None], str] = {}
    for b in letter.blocks:
        key = (b.source.kind, b.source.name)
        docs[key] = docs.get(key, "") + "\n" + b.text
    elsewhere = {}
    for key, text in docs.items():
        to = _at_line_start(text, _TO_LINE)
        dear = _at_line_start(text, _DEAR)
        if to is not None:
            elsewhere[key] = not _PRACTICE_ADDRESS.search(to.group(1))
        elif dear is None:
            elsewhere[key] = False
        elif patient and dear.group(2) in (patient[0], patient[-1]):
            elsewhere[key] = True
        else:  # another professional by name, while the letter copies the practice in
            elsewhere[key] = bool(dear.group(1)) and practice_in_copy and dear.group(2) not in gp_surnames
    return [elsewhere[(b.source.kind, b.source.name)] for b in letter.blocks]


def _at_line_start(text: str, rx: re.Pattern[str]) -> re.Match[str] | None:
    """The first line that `rx` (written to start with a line break) matches. A pattern that starts with a line
    break lets the regex engine jump from line to line; a multi-line `^` would try every position of the letter."""
    return rx.search("\n" + text)


_DEAR = re.compile(r"\n[ \t]*Dear[ \t]+((?:Mr|Mrs|Ms|Miss|Mx|Master|Dr|Prof|Professor)\.?[ \t]+)?"
                   r"(?:[A-Z][\w'’-]*\.?[ \t]+){0,2}?([A-Z][\w'’-]+)[ \t]*,?[ \t]*$", re.M)
# "To: Dr Marcus Penhaligon, Consultant Nephrologist", "Addressed to | Community Nursing Team" (not a quoted e-mail header)
_TO_LINE = re.compile(r"\n[ \t]*(?:[Aa]ddressed[ \t]+to|ADDRESSED[ \t]+TO|To|TO)[ \t]*[:|][ \t]*([^\n@]+)$", re.M)
# an address line naming the practice ("To: Riverside Surgery", "Dr Shah, Brook Medical Centre")
_PRACTICE_ADDRESS = re.compile(r"\b(?:GP|GPs|surgery|practice|medical[ \t]+centre|health[ \t]+centre|primary[ \t]+care|"
                               r"general[ \t]+practitioner)\b", re.I)
# words that name the practice ("surgery" only where it is the practice's: "your surgery", "at the surgery", not "after surgery")
_PRACTICE_WORDS = re.compile(r"\b(?:GP|GPs|practice|medical[ \t]+centre|health[ \t]+centre|primary[ \t]+care|general[ \t]+"
                             r"practitioner|FP10|(?:GP|your|his|her|their)[ \t]+surgery|(?:at|to|from|by|via)[ \t]+the[ \t]+surgery)\b",
                             re.I)
_COPY_TO_PRACTICE = re.compile(r"\n[ \t]*(?:cc|CC|Cc|[Cc]opy|COPY|[Cc]opies|COPIES)\b[^\n]*\b(?:GP|[Ss]urgery|SURGERY|"
                               r"[Pp]ractice|PRACTICE|[Mm]edical[ \t]+[Cc]entre|[Hh]ealth[ \t]+[Cc]entre)\b")


def _owner_is_other(after: str, policy: Policy) -> bool:
    """An action table names someone other than the practice in the cell after the action
    ("Remove the sutures on 31/01 | District nurses")."""
    first = after.lstrip(" \t")
    if not first.startswith("|"):
        return False
    cell = first[1:].split("|", 1)[0].split("\n", 1)[0].strip()
    return bool(cell) and len(cell) <= 40 and policy.has("other_addressee", cell + ":")


def _owner_is_practice(after: str) -> bool:
    """An action table ("Action | Owner | When") names the practice in the cell after the action."""
    first = after.lstrip(" \t")
    if first.startswith("|"):
        first = first[1:]
    else:
        nl = after.find("\n")
        if nl < 0 or after[:nl].strip():
            return False
        first = after[nl + 1:]
    line = first.split("\n", 1)[0]
    if not _OWNER.match(line) or line.rstrip().endswith(":") or len(line) > 60:
        return False  # a heading ("GP actions:") or a new sentence, not an owner cell
    return not re.match(r"[ \t]*(?:\|[ \t]*)?(?:GP|practice)\s+(?:to|please|will|should|can|action\w*|request\w*)\b",
                        line, re.I)


_WHO = {"practice": "practice", "patient": "patient to see the GP", "practice_or_patient": "practice or the patient"}


def _needs_met(rule: Rule, cues: Cues) -> bool:
    if rule.needs == "none":
        return True
    if rule.needs == "practice":
        return cues.addressed
    if rule.needs == "patient":
        return cues.patient
    return cues.addressed or cues.patient


def _drug_ok(rule: Rule, text: str, policy: Policy) -> tuple[bool, str]:
    if rule.drug is None:
        return True, ""
    named = policy.drugs_in(text)
    if rule.drug == "not_green":  # an unknown drug is not enough: only a named non-green medicine counts
        return bool(named) and all(d.rag != "green" for d in named), "no non-green drug named"
    hits = [d for d in named if d.rag == rule.drug]
    return bool(hits), f"no {rule.drug} drug named"


_CLAUSE_END = re.compile(r";|\s[-–]\s")


def _clause(text: str, at: int) -> str:
    """The clause of a sentence around position `at` (clauses split at ';' and dashes)."""
    cuts = [0] + [m.end() for m in _CLAUSE_END.finditer(text)] + [len(text) + 1]
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a <= at < b:
            return text[a:b]
    return text


def _ask_at(hit: re.Match[str]) -> int:
    """Where a rule's match puts the ask: its `(?P<at>…)` group, or where it starts."""
    return hit.start("at") if "at" in hit.re.groupindex else hit.start()


def _provider_clause(rule: Rule, cues: Cues, policy: Policy, at: int) -> bool:
    """Whether the clause holding the ask is the provider's own ("Our ward issued a fit note; …")."""
    text = cues.text
    clause = _clause(text, at)
    mask = cues.mask  # a clause holds no word its sentence lacks
    return clause != text and policy.has("provider", clause, mask) and not policy.has("practice", clause, mask) \
        and not policy.has("polite", clause, mask) and not policy.has("patient_to_gp", clause, mask) and rule.needs != "none"


def _suppressed(rule: Rule, cues: Cues, policy: Policy, at: int) -> str | None:
    """Why a directed, matching sentence is still not a request (None when it is one). When the first ask
    sits in a clause the provider owns, a later one in the sentence may still be the practice's ("Our ward
    issued a fit note for two weeks; please could you provide one for a further four")."""
    text = cues.text
    while _provider_clause(rule, cues, policy, at):
        end = next((m.end() for m in _CLAUSE_END.finditer(text, at)), len(text))
        later = policy.match(rule, text[end:], cues.mask)
        if later is None:
            return "the provider owns this work (in this clause)"
        at = end + _ask_at(later)
    if cues.negated:
        return "negated (no action / not required)"
    if text.rstrip().endswith("?") and not re.search(
            r"\b(?:could|would|can|will|may|might)\s+(?:you|the\s+(?:GP|practice|surgery))\b|\b(?:please|pls|kindly)\b"
            r"|\b(?:can|could|may|might)\s+I\s+(?:ask|hand\s+(?:\w+\s+)?back|leave\s+(?:it|this))\b|\bask\s+that\s+you\b|\b(?:is|are)\s+(?:the\s+)?(?:GP|practice|surgery|you)\s+able\s+to\b",
            text, re.I):
        return "a question (on a form), not a request"
    if cues.suggestion and not re.search(r"\bplease\b|\bGP\s+to\b|grateful", text, re.I):
        return "a suggestion or option, not a request"
    if cues.provider and not (cues.practice or cues.patient) and rule.needs != "none":
        return "the provider owns this work"
    if rule.unless and policy.unless(rule, text, cues.mask):
        return "an 'unless' pattern of the rule matched"
    return None


def _is_reference_block(letter: Letter, block: int, policy: Policy) -> bool:
    """Shared-care protocols and similar attached documents describe duties; they request nothing."""
    b = letter.blocks[block]
    if b.source.kind != "attachment":
        return False
    # its title lines: a Word letter's paragraphs are whole lines, and one may mention a protocol to come
    head = "\n".join(line for line in b.text.splitlines()[:12] if len(line) <= 120)
    return policy.has("reference_documents", head)


# a label before the request on its line that names who is asked or what it is ("Action required by GP:", "Request:")
_ASK_LABEL = re.compile(r"[ \t]*[^\n:]{0,30}\b(?:GP|practice|requests?|asks?|actions?|advice|recommendations?)\b[^\n:]{0,15}:[ \t]*", re.I)


def _finding(rule: Rule, s: Sentence, letter: Letter, prev: Sentence | None = None) -> Finding:
    """The sentence as evidence; when the context a rule needs (a missed appointment, a returned
    referral) is stated in the sentence just before, the quote starts there so it reads on its own."""
    start = s.start
    if (prev is not None and prev.block == s.block and rule.letter_requires
            and not _any(rule.letter_requires, s.text) and _any(rule.letter_requires, prev.text)):
        start = prev.start
    text = letter.blocks[s.block].text
    line = text.rfind("\n", 0, start) + 1
    if _ASK_LABEL.fullmatch(text, line, start):  # "Action required by GP: please act on this"
        start = line + len(text[line:start]) - len(text[line:start].lstrip())
    return Finding(category=rule.category, rule=rule.id, evidence=" ".join(text[start:s.end].split()),
                   source=letter.blocks[s.block].source, block=s.block, start=start, end=s.end)


def _exempt(f: Finding, policy: Policy) -> Finding:
    for e in policy.exemptions:
        if e.category == f.category and (e.when is None or e.when.search(f.evidence)):
            return dataclasses.replace(f, exempt=True, note=e.reason)
    return f


def _urgent_by_context(letter: Letter, directed: list[tuple[Sentence, set[str], int]], policy: Policy,
                       traces: list[Trace], described: Iterable[tuple[Sentence, int]]) -> list[Finding]:
    """A request is time-critical when the letter describes a dangerous state (in a sentence of its own
    that is not safety-netting) or asks for action by a date only days after it was sent (a recheck
    'on Monday 23/11/2026'). `described` holds the letter's sentences that may describe one, with their masks."""
    from bouncebot.reading.dates import DATE_RE, DAY_MONTH_RE, parse_date, parse_day_month

    clinical = {"tests_for_hospital", "results_chasing", "hospital_only_prescribing", "shared_care_without_agreement",
                "onward_referral", "referral_returned_for_workup"}  # (a suspected-cancer referral sent back stalls the pathway)
    requests = [(s, mask) for s, cats, mask in directed if cats & clinical]  # a form or a fit note is never time-critical
    if not requests:
        return []
    first = requests[0][0]
    src = letter.blocks[first.block].source
    for s, mask in described:
        context = policy.cue("urgent_context", s.text, mask)
        if context and not policy.has("safety_net", s.text, mask):
            traces.append(Trace(first.text, src, "urgent.context", "urgent",
                                f"a request in a letter describing {context.group(0)!r}"))
            return [Finding(category="urgent_clinical_action", rule="urgent.context", evidence=first.text,
                            source=src, block=first.block, start=first.start, end=first.end, note=context.group(0))]
    if letter.sent_at is None:
        return []
    sent = letter.sent_at.astimezone(ZoneInfo(policy.timezone)).date()
    checks = [r for r in policy.rules if r.category in ("tests_for_hospital", "results_chasing")]
    for s, mask in requests:
        if not any(policy.match(r, s.text, mask) for r in checks):
            continue  # only a recheck or a result is time-critical by date alone
        for m in list(DATE_RE.finditer(s.text)) + list(DAY_MONTH_RE.finditer(s.text)):
            if _WEEK_OF.search(s.text, max(0, m.start() - 20), m.start()):
                continue  # "w/c 24/01": the week it falls in, not a deadline
            when = parse_date(m.group(0)) or parse_day_month(m.group(0), sent)
            if when is not None and 0 <= (when - sent).days <= 4:
                src = letter.blocks[s.block].source
                traces.append(Trace(s.text, src, "urgent.near_date", "urgent",
                                    f"asks for action on {when:%d/%m/%Y}, {(when - sent).days} days after sending"))
                return [Finding(category="urgent_clinical_action", rule="urgent.near_date", evidence=s.text,
                                source=src, block=s.block, start=s.start, end=s.end)]
    return []


_WEEK_OF = re.compile(r"(?:\bw/c|\bweek\s+(?:commencing|beginning|starting|of))[\s:]*$", re.I)


def _timeliness(letter: Letter, policy: Policy) -> tuple[list[Finding], list[Trace]]:
    out: list[Finding] = []
    traces: list[Trace] = []
    if letter.event_date is None or letter.sent_at is None:
        return out, traces
    tz = ZoneInfo(policy.timezone)
    sent = letter.sent_at.astimezone(tz)
    for cat in policy.categories.values():
        t = cat.timeliness
        if t is None or letter.kind not in t.kinds:
            continue
        days = (sent.date() - letter.event_date).days
        late, how = False, ""
        if t.limit_days is not None:
            late = days > t.limit_days
            how = f"sent {days} calendar days after the {t.event} date ({letter.event_date:%d/%m/%Y}); limit {t.limit_days}"
        elif t.limit_hours is not None:
            if letter.event_time:
                hh, mm = (int(x) for x in letter.event_time.split(":"))
                event = datetime(letter.event_date.year, letter.event_date.month, letter.event_date.day, hh, mm,
                                 tzinfo=tz)
                gap = sent.astimezone(UTC) - event.astimezone(UTC)  # elapsed time, across a clock change too
                late = gap > timedelta(hours=t.limit_hours)
                how = (f"sent {gap.total_seconds() / 3600:.0f} hours after the {t.event} at {letter.event_time} on "
                       f"{letter.event_date:%d/%m/%Y}; limit {t.limit_hours} hours")
            else:
                late = days * 24 > t.limit_hours
                how = (f"sent {days} calendar days after the {t.event} date ({letter.event_date:%d/%m/%Y}), "
                       f"no {t.event} time stated; limit {t.limit_hours} hours")
        source = letter.event_source or (letter.blocks[0].source if letter.blocks else None)
        evidence = letter.event_evidence or f"{letter.event_date:%d/%m/%Y}"
        traces.append(Trace(evidence, source, cat.id, "fired" if late else "suppressed", how))  # type: ignore[arg-type]
        if late and source is not None:
            block = next((i for i, b in enumerate(letter.blocks) if evidence in b.text), 0)
            start = letter.blocks[block].text.find(evidence) if letter.blocks else 0
            out.append(Finding(category=cat.id, rule=f"timeliness.{t.event}", evidence=evidence, source=source,
                               block=block, start=max(start, 0), end=max(start, 0) + len(evidence), note=how))
    return out, traces


class _Reading:
    """One letter being assessed: what has been found so far, and what is worked out once per letter."""

    def __init__(self, letter: Letter, policy: Policy, explain: bool) -> None:
        self.letter, self.policy, self.explain = letter, policy, explain
        self.sections: dict[str, tuple[bool, bool]] = {}
        self.found: dict[str, Finding] = {}
        self.fallback: dict[str, Finding] = {}
        self.directed: list[tuple[Sentence, set[str], int]] = []  # sentences asking something, with their masks
        self.traces: list[Trace] = []
        self.urgent: list[Finding] = []
        gp_surnames = _gp_surnames(letter)
        self.gp_name = _gp_name(gp_surnames)
        self.elsewhere = _written_elsewhere(letter, gp_surnames)  # per block: a document written to someone else
        reference = {i for i in range(len(letter.blocks)) if _is_reference_block(letter, i, policy)}
        self.units = [u for u in units(letter) if u.block not in reference]  # the letter's own, in reading order
        self.span_mask = [policy.index.spans(block.text) for block in letter.blocks]  # each block read once
        self.masks = [self.span_mask[u.block](u.start, u.end) for u in self.units]
        self._gates: dict[str, str | None] = {}
        self._letter_mask: int | None = None

    def gate(self, rule: Rule) -> str | None:
        """Letter-level conditions of a rule, searched only once it matches a sentence."""
        if rule.id not in self._gates:
            if self._letter_mask is None:  # the words of its units and of the text around them
                self._letter_mask = reduce(or_, self.masks, self.policy.index.mask(outside(self.letter, self.units)))
            self._gates[rule.id] = self.policy.letter_gate(rule, self.letter.text, self._letter_mask, self.letter.kind)
        return self._gates[rule.id]

    def quiet(self, unit: Unit, text: str, mask: int) -> bool:
        """Whether no sentence of this unit can be asked anything (most units): the tests each sentence
        would pass, made once on the whole unit, which holds every word of its sentences."""
        if _section(unit.section, self.policy, self.sections)[0] or self.policy.may_act(mask):
            return False
        if self.gp_name and "Dr" in text[unit.start:unit.end]:
            return False  # "Dr Achebe" may be read as "the GP"
        low, end = lowered(text), unit.end + 60  # an owner cell ("| GP |") after one of its sentences
        if low.find("gp", unit.start, end) < 0 and low.find("practice", unit.start, end) < 0 \
                and low.find("primary care", unit.start, end) < 0:
            return True
        return not _OWNER_AT.search(text, unit.start, end) and not has_boxes(text[unit.start:unit.end])  # "☒ GP"

    def sentence(self, s: Sentence, mask: int, before: Sentence | Unit | None) -> None:
        """Match the rules in one sentence (`mask` is that of its text as written)."""
        policy, letter, explain, traces = self.policy, self.letter, self.explain, self.traces
        block_text = letter.blocks[s.block].text
        raw = mask
        text = as_filled_in(block_text[s.start:s.end]) if has_boxes(s.text) else s.text  # a form: what is ticked
        if self.gp_name and "Dr" in text:
            text = self.gp_name.sub("the GP", text)
        if text is not s.text:
            mask = policy.index.mask(text)
        owner = block_text[s.end:s.end + 60]
        if not (explain or policy.may_act(mask) or _section(s.section, policy, self.sections)[0]
                or _owner_is_practice(owner)):
            return  # nobody is asked anything and nothing time-critical is said: no rule can fire
        cues = Cues(s, policy, self.sections, owner, text, mask, self.elsewhere[s.block])
        directed_here = cues.addressed or cues.patient
        # A sentence nobody is asked to act on can only fire rules that need no addressee; the rest are
        # matched anyway when explaining, so `bouncebot explain` can say what was not asked.
        candidates = policy.rules if explain else policy.rules_for(mask, undirected=not directed_here)
        fired: list[tuple[Rule, Finding]] = []
        matched: set[str] = set()
        for rule in candidates:
            hit = policy.match(rule, text, mask)
            if not hit:
                continue
            if not explain and (rule.letter_requires or rule.kinds) and self.gate(rule):
                continue  # the letter lacks the context this rule needs (unless explaining, say nothing)
            source = letter.blocks[s.block].source
            if not _needs_met(rule, cues):
                matched.add(rule.category)
                traces.append(Trace(s.text, source, rule.id, "suppressed",
                                    f"task words matched but nobody asks the {_WHO[rule.needs]}"))
                continue
            why = self.gate(rule) or _suppressed(rule, cues, policy, _ask_at(hit))
            drug_ok, why_drug = _drug_ok(rule, text, policy) if why is None else (True, "")
            if drug_ok:  # (a green drug to continue is no clinical request, so not an urgent one either)
                matched.add(rule.category)
            why = why or (None if drug_ok else why_drug)
            if why:
                traces.append(Trace(s.text, source, rule.id, "suppressed", why))
                continue
            if isinstance(before, Unit):  # the last sentence of a unit passed over as quiet
                before = (split(letter.blocks[before.block].text, before) or [None])[-1]
            fired.append((rule, _finding(rule, s, letter, before)))
        if directed_here and matched and not cues.negated:
            self.directed.append((s, matched, raw))
        # Overrides: in policy order, a kept rule removes the categories it claims, so two rules that
        # claim each other's category never cancel out (the earlier one wins).
        kept = list(fired)
        for rule, _ in fired:
            if any(r is rule for r, _ in kept):
                kept = [(r, f) for r, f in kept if r is rule or r.category not in rule.overrides]
        for rule, f in fired:
            if not any(r is rule for r, _ in kept):
                traces.append(Trace(s.text, f.source, rule.id, "suppressed",
                                    "a more specific category claimed this sentence"))
        for rule, f in kept:
            f = _exempt(f, policy)
            traces.append(Trace(s.text, f.source, rule.id, "exempt" if f.exempt else "fired",
                                f.note or f"{rule.category}"))
            (self.fallback if rule.fallback else self.found).setdefault(rule.category, f)
        if cues.has("urgent") and (directed_here or cues.has("urgent_directive")) \
                and not cues.negated and not cues.has("safety_net") \
                and not (cues.provider and not (cues.practice or cues.patient)):  # the hospital's own step
            src = letter.blocks[s.block].source
            self.urgent.append(Finding(category="urgent_clinical_action", rule="urgent.time_critical",
                                       evidence=s.text, source=src, block=s.block, start=s.start, end=s.end))
            traces.append(Trace(s.text, src, "urgent.time_critical", "urgent", "time-critical words in a request"))


# a line or table cell that may name the practice as owner (what `_owner_is_practice` needs, searched in a whole unit)
_OWNER_AT = re.compile(r"(?:^|\|)[ \t]*(?:\|[ \t]*)?(?:GP|the practice|practice|primary care)", re.I | re.M)


def assess(letter: Letter, policy: Policy, *, explain: bool = False) -> Assessment:
    """Every finding in the letter, the urgent flag, and what to do next.

    With `explain`, undirected sentences are matched too, so the trace says why they did not count.
    """
    if letter.kind == "other":
        return Assessment(kind="other", findings=(), action="no_action",
                          trace=(Trace(letter.subject, letter.blocks[0].source if letter.blocks else None,  # type: ignore[arg-type]
                                       None, "suppressed", "not a provider letter (no trust or NHS number, or a reply "
                                       "in a thread)"),))
    reading = _Reading(letter, policy, explain)
    own, masks = reading.units, reading.masks
    prev: Sentence | Unit | None = None
    for u, umask in zip(own, masks, strict=True):
        text = letter.blocks[u.block].text
        if not explain and reading.quiet(u, text, umask):
            prev = u
            continue
        for s in split(text, u):
            whole = s.start == u.start and s.end == u.end  # the same words as the unit: the same mask
            reading.sentence(s, umask if whole else reading.span_mask[s.block](s.start, s.end), prev)
            prev = s
    for cat, f in reading.fallback.items():
        reading.found.setdefault(cat, f)
    urgent, traces, found = reading.urgent, reading.traces, reading.found
    if not urgent and reading.directed:
        described: Iterable[tuple[Sentence, int]] = ()  # no unit holds the words of a dangerous state (most letters)
        if policy.may_cue("urgent_context", reduce(or_, masks, 0)):
            described = ((s, reading.span_mask[s.block](s.start, s.end)) for u, umask in zip(own, masks, strict=True)
                         if policy.may_cue("urgent_context", umask) for s in split(letter.blocks[u.block].text, u))
        urgent.extend(_urgent_by_context(letter, reading.directed, policy, traces, described))
    late, late_traces = _timeliness(letter, policy)
    traces.extend(late_traces)
    for f in late:
        found.setdefault(f.category, f)
    order = {c: i for i, c in enumerate(policy.categories)}
    findings = tuple(sorted(found.values(), key=lambda f: (f.block, f.start, order.get(f.category, 99))))
    is_urgent = bool(urgent)
    bounced = [f for f in findings if not f.exempt]
    action = "clinician_review" if is_urgent else ("draft" if bounced else "no_action")
    return Assessment(kind=letter.kind, findings=findings, urgent_clinical_action=is_urgent,
                      urgent_evidence=tuple(urgent), action=action, trace=tuple(traces))  # type: ignore[arg-type]
