"""Score the detector on a labelled corpus (TAXONOMY.md format): what `bouncebot eval` prints.

Pure: reads files, runs triage, reading and assessment exactly as the worker does, and compares with
labels.json. Nothing is written anywhere.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from bouncebot.model import TEXT_CATEGORIES, TIMELINESS_CATEGORIES, Assessment, Letter
from bouncebot.policy import Policy, assess
from bouncebot.reading import ReadingLimits, UnreadableMessage, read_letter
from bouncebot.reading.senders import with_trusts_from_each_other
from bouncebot.triage import triage, unlisted_reason


def _norm(s: str) -> str:
    """Words only: case, spacing and table-cell separators (" | ", which PDF and HTML tables gain in
    reading) do not count."""
    return " ".join(s.replace("|", " ").split()).lower()


def same_specialty(got: str | None, want: str | None) -> bool:
    """A label may add the clinic in brackets ("Ophthalmology (Glaucoma)"): the specialty is what is reported
    per provider, so naming it without the clinic is right; another specialty is not. "&" reads as "and"."""
    if got is None or want is None:
        return got == want
    def norm(x: str) -> str:
        return _norm(x.replace("&", " and "))
    return norm(got) in (norm(want), norm(want.split(" (", 1)[0]))


def same_person(got: str | None, want: str | None) -> bool:
    """Names match when title and surname agree and initials agree with given names: a letter that
    signs "Dr M Holt" names the labelled "Dr Maren Holt" as fully as its words allow. A label may add the
    role after a comma ("Dr M Holt, Specialty Registrar"): the name is what is reported per clinician."""
    if got is None or want is None:
        return got == want
    a, b = _norm(got).replace(".", " ").split(), _norm(want.split(",", 1)[0]).replace(".", " ").split()
    if a == b:
        return True
    if len(a) < 2 or len(b) < 2 or a[0] != b[0] or a[-1] != b[-1]:
        return False
    return all(x[0] == y[0] for x, y in zip(a[1:-1], b[1:-1], strict=False))


@dataclass
class Case:
    id: str
    label: dict
    letter: Letter | None
    result: Assessment | None
    ignored: str | None = None  # triage reason


@dataclass
class Scores:
    counts: dict[str, Counter] = field(default_factory=dict)  # category -> tp/fp/fn
    urgent: Counter = field(default_factory=Counter)
    other_clean: tuple[int, int] = (0, 0)
    evidence: tuple[int, int] = (0, 0)
    metadata: dict[str, tuple[int, int]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)  # per-letter mistakes, for reading
    letters: int = 0

    @staticmethod
    def prf(c: Counter) -> tuple[float, float, float]:
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def total(self, cats: Iterable[str]) -> Counter:
        t: Counter = Counter()
        for c in cats:
            t.update(self.counts.get(c, Counter()))
        return t

    def summary(self) -> dict[str, object]:
        text = self.prf(self.total(TEXT_CATEGORIES))
        timely = self.prf(self.total(TIMELINESS_CATEGORIES))
        up, ur, _ = self.prf(self.urgent)
        return {
            "letters": self.letters,
            "text": {"precision": round(text[0], 3), "recall": round(text[1], 3), "f1": round(text[2], 3)},
            "timeliness_f1": round(timely[2], 3),
            "urgent": {"precision": round(up, 3), "recall": round(ur, 3)},
            "other_clean": f"{self.other_clean[0]}/{self.other_clean[1]}",
            "evidence_covered": f"{self.evidence[0]}/{self.evidence[1]}",
            "metadata": {k: f"{a}/{b}" for k, (a, b) in self.metadata.items()},
            "per_category": {c: dict(zip(("precision", "recall", "f1"),
                                         (round(x, 3) for x in self.prf(self.counts.get(c, Counter()))), strict=True))
                             | {"tp": self.counts.get(c, Counter())["tp"], "fp": self.counts.get(c, Counter())["fp"],
                                "fn": self.counts.get(c, Counter())["fn"]}
                             for c in (*TEXT_CATEGORIES, *TIMELINESS_CATEGORIES)},
        }


@dataclass(frozen=True)
class Examined:
    """What the worker's stages make of one message, without a mailbox or a database."""

    letter: Letter | None = None
    result: Assessment | None = None
    ignored: str | None = None  # triage's reason for not treating it as a letter
    unreadable: str | None = None  # why reading failed (the worker would quarantine it)
    listed: bool = True  # from a configured provider domain: only such letters are ever answered


def examine(data: bytes, policy: Policy, provider_domains: Iterable[str],
            limits: ReadingLimits | None = None) -> Examined:
    """Triage, read and assess one message, as the pipeline does (shared by `scan` and `eval`)."""
    verdict = triage(data, provider_domains)
    if not verdict.is_letter:
        return Examined(ignored=verdict.reason)
    try:
        letter = read_letter(data, limits)
    except UnreadableMessage as e:
        if not verdict.listed:
            return Examined(ignored=f"{verdict.reason}; unreadable ({e.reason})")
        return Examined(unreadable=e.reason)
    if not verdict.listed and (why := unlisted_reason(letter)):
        return Examined(ignored=why)
    return Examined(letter, assess(letter, policy), listed=verdict.listed)


def run_case(path: Path, label: dict, policy: Policy, provider_domains: Iterable[str],
             limits: ReadingLimits | None = None) -> Case:
    x = examine(path.read_bytes(), policy, provider_domains, limits)
    ignored = x.ignored or (f"unreadable: {x.unreadable}" if x.unreadable else None)
    return Case(label["id"], label, x.letter, x.result, ignored=ignored)


def score(cases: Iterable[Case]) -> Scores:
    s = Scores()
    meta: dict[str, list[int]] = {k: [0, 0] for k in ("trust", "specialty", "clinician", "nhs_number", "event_date")}
    clean = [0, 0]
    ev = [0, 0]
    for case in cases:
        s.letters += 1
        lab = case.label
        expected = {e["category"]: e["evidence"] for e in lab.get("expected", [])}
        got = {f.category: f for f in (case.result.findings if case.result else ())}
        if lab.get("kind") == "other":
            clean[1] += 1
            if not got and not (case.result and case.result.urgent_clinical_action):
                clean[0] += 1
            else:
                s.errors.append(f"{case.id}: 'other' mail got {sorted(got) or 'the urgent flag'}")
        for cat in (*TEXT_CATEGORIES, *TIMELINESS_CATEGORIES):
            c = s.counts.setdefault(cat, Counter())
            if cat in expected and cat in got:
                c["tp"] += 1
                ev[1] += 1
                if _norm(expected[cat]) in _norm(got[cat].evidence):
                    ev[0] += 1
                else:
                    s.errors.append(f"{case.id}: {cat} evidence {got[cat].evidence[:80]!r} misses "
                                    f"{expected[cat][:60]!r}")
            elif cat in expected:
                c["fn"] += 1
                s.errors.append(f"{case.id}: missed {cat}: {expected[cat][:90]!r}")
            elif cat in got:
                c["fp"] += 1
                s.errors.append(f"{case.id}: false {cat} ({got[cat].rule}): {got[cat].evidence[:90]!r}")
        want_u = bool(lab.get("urgent_clinical_action"))
        have_u = bool(case.result and case.result.urgent_clinical_action)
        s.urgent["tp" if want_u and have_u else "fn" if want_u else "fp" if have_u else "tn"] += 1
        if want_u != have_u:
            why = case.result.urgent_evidence[0].evidence[:80] if have_u and case.result else ""
            s.errors.append(f"{case.id}: urgent expected {want_u}, got {have_u} {why!r}")
        if lab.get("kind") != "other" and case.letter is not None:
            L = case.letter
            values = {"trust": L.trust, "specialty": L.specialty, "clinician": L.clinician,
                      "nhs_number": L.patient.nhs_number if L.patient else None,
                      "event_date": L.event_date.isoformat() if L.event_date else None}
            truth = {"trust": lab.get("trust"), "specialty": lab.get("specialty"), "clinician": lab.get("clinician"),
                     "nhs_number": (lab.get("patient") or {}).get("nhs_number"), "event_date": lab.get("event_date")}
            for k in meta:
                meta[k][1] += 1
                if values[k] == truth[k] or (k == "clinician" and same_person(values[k], truth[k])) \
                        or (k == "specialty" and same_specialty(values[k], truth[k])):
                    meta[k][0] += 1
                else:
                    s.errors.append(f"{case.id}: {k} {values[k]!r}, labelled {truth[k]!r}")
        elif lab.get("kind") != "other":
            s.errors.append(f"{case.id}: provider letter not read ({case.ignored})")
            for k in meta:
                meta[k][1] += 1
    s.other_clean = (clean[0], clean[1])
    s.evidence = (ev[0], ev[1])
    s.metadata = {k: (a, b) for k, (a, b) in meta.items()}
    return s


def load_labels(folder: Path) -> list[dict]:
    path = folder / "labels.json"
    if not path.exists():
        raise FileNotFoundError(f"{path} not found: a corpus folder holds *.eml files and a labels.json")
    return json.loads(path.read_text(encoding="utf-8"))


def evaluate(folder: Path, policy: Policy, provider_domains: Iterable[str], *,
             limits: ReadingLimits | None = None, progress: Callable[[int, int], None] | None = None) -> Scores:
    labels = load_labels(folder)
    cases = []
    for n, lab in enumerate(labels, 1):
        if progress:
            progress(n, len(labels))
        cases.append(run_case(folder / lab["file"], lab, policy, provider_domains, limits))
    return score(with_sender_trusts(cases))


def with_sender_trusts(cases: list[Case]) -> list[Case]:
    """Each letter that names no trust gets its sender's, learnt from the folder's other letters (as the
    worker learns it from the mailbox's earlier ones)."""
    letters = with_trusts_from_each_other([c.letter for c in cases])
    return [replace(c, letter=letter) for c, letter in zip(cases, letters, strict=True)]


