"""Load the policy folder, the formulary and local overrides; report mistakes with file and line.

tomllib reports syntax errors with a line number; for everything else (a missing key, an unknown
category, a regular expression that does not compile) we find the line by searching the file for the
offending key or rule id, so an LMC officer is pointed at the right place.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from bouncebot.model import CATEGORIES
from bouncebot.policy.fastre import Pattern
from bouncebot.policy.model import Category, Drug, Examples, Exemption, Policy, Rule, Timeliness
from bouncebot.settings import Settings

RULE_KEYS = {"id", "needs", "match", "unless", "letter_requires", "letter_unless", "drug", "overrides", "fallback",
             "kinds", "examples"}
NEEDS = ("practice", "patient", "practice_or_patient", "none")
DRUG_FILTERS = ("red", "amber", "not_green")
RAGS = ("red", "amber", "green")
CUE_KINDS = ("practice", "polite", "other_addressee", "patient_to_gp", "provider", "negation", "suggestion", "urgent",
             "urgent_context", "safety_net", "urgent_directive", "practice_headings", "patient_headings", "reference_documents")


class PolicyError(Exception):
    """A policy file is wrong; the message names the file, the line and what to change."""


def _line_of(path: Path, needle: str) -> int:
    try:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if needle in line:
                return n
    except OSError:
        pass
    return 1


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        raise PolicyError(f"{path}: file not found; check policy.path / policy.formulary in your settings") from None
    except tomllib.TOMLDecodeError as e:
        raise PolicyError(f"{path}: {e} (TOML syntax)") from None


def _expand(pattern: str, vocab: dict[str, str], where: str) -> Pattern:
    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in vocab:
            raise PolicyError(f"{where}: unknown vocabulary {{{name}}}; define it in vocabulary.toml")
        return vocab[name]

    expanded = re.sub(r"\{([a-z_]+)\}", sub, pattern)
    try:
        return Pattern(expanded)
    except re.error as e:
        raise PolicyError(f"{where}: regular expression does not compile ({e}): {pattern}") from None


def _alternation(words: list[str]) -> str:
    """One regular expression for a word list, factored as a trie so matching stays fast as lists grow.

    Matching is case-insensitive; a space matches any run of whitespace (letters wrap lines).
    """
    trie: dict = {}
    for w in {" ".join(w.lower().split()) for w in words if w.strip()}:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + build(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return f"(?:{build(trie)})"


def _patterns(values: Any, vocab: dict[str, str], path: Path, key: str) -> tuple[Pattern, ...]:
    if values is None:
        return ()
    if isinstance(values, str):
        values = [values]
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise PolicyError(f"{path}:{_line_of(path, key)}: '{key}' must be a list of strings")
    return tuple(_expand(v, vocab, f"{path}:{_line_of(path, v[:30])}") for v in values)


def _drug_pattern(name: str, aliases: list[str]) -> Pattern:
    words = [name] + list(aliases)
    return Pattern(r"\b(?<![\w-])" + _alternation(words) + r"(?![\w-])")


def drug_index(drugs: list[Drug]) -> tuple[Pattern | None, dict[str, Drug]]:
    """One regex for every name and alias in the formulary, and the drug each lower-case name means."""
    names: dict[str, Drug] = {}
    for d in drugs:
        for n in (d.name, *d.aliases):
            names[" ".join(n.lower().split())] = d
    if not names:
        return None, names
    return re.compile(r"(?<![\w-])" + _alternation(list(names)) + r"(?![\w-])"), names  # on lower-cased text


def load_formulary(path: Path, local: list[Path] = ()) -> list[Drug]:  # type: ignore[assignment]
    """National formulary, then local files; a local entry replaces one with the same name."""
    drugs: dict[str, Drug] = {}
    for p in [path, *local]:
        data = _read(p)
        for i, d in enumerate(data.get("drug", [])):
            name, rag = d.get("name"), d.get("rag")
            if not isinstance(name, str) or rag not in RAGS:
                needle = f'name = "{name}"' if name else "[[drug]]"
                raise PolicyError(f"{p}:{_line_of(p, needle)}: drug #{i + 1} needs a name and rag = red, amber or green")
            aliases = tuple(d.get("aliases", []))
            drugs[name.lower()] = Drug(name=name, rag=rag, pattern=_drug_pattern(name, list(aliases)), aliases=aliases)
    return list(drugs.values())


def _category(path: Path, data: dict[str, Any], vocab: dict[str, str]) -> tuple[Category, list[Rule]]:
    cid = data.get("id")
    if cid not in CATEGORIES:
        raise PolicyError(f"{path}:{_line_of(path, 'id')}: unknown category id {cid!r}; "
                          f"use one of: {', '.join(CATEGORIES)}")
    for key in ("duty", "template", "clauses"):
        if key not in data:
            raise PolicyError(f"{path}: missing '{key}' for category {cid}")
    t = data.get("timeliness")
    timeliness = None
    if t is not None:
        timeliness = Timeliness(kinds=tuple(t.get("kinds", [])), event=t.get("event", ""),
                                limit_hours=t.get("limit_hours"), limit_days=t.get("limit_days"))
    cat = Category(id=cid, title=data.get("title", cid), duty=data["duty"], template=data["template"],
                   clauses=dict(data["clauses"]), timeliness=timeliness, source=str(path))
    rules = []
    for r in data.get("rules", []):
        rid = r.get("id")
        needle = f'id = "{rid}"'
        where = f"{path}:{_line_of(path, needle)}"
        if not rid:
            raise PolicyError(f"{path}: a rule has no id")
        unknown = set(r) - RULE_KEYS
        if unknown:
            raise PolicyError(f"{where}: rule {rid}: unknown key(s) {', '.join(sorted(unknown))}; "
                              f"a rule may have {', '.join(sorted(RULE_KEYS))}")
        needs = r.get("needs", "practice")
        if needs not in NEEDS:
            raise PolicyError(f"{where}: rule {rid}: needs must be one of {', '.join(NEEDS)}")
        drug = r.get("drug")
        if drug is not None and drug not in DRUG_FILTERS:
            raise PolicyError(f"{where}: rule {rid}: drug must be one of {', '.join(DRUG_FILTERS)}")
        if not r.get("match"):
            raise PolicyError(f"{where}: rule {rid} has no 'match' patterns")
        for o in r.get("overrides", []):
            if o not in CATEGORIES:
                raise PolicyError(f"{where}: rule {rid}: overrides unknown category {o!r}")
        ex = r.get("examples", {})
        rules.append(Rule(
            id=rid, category=cid, needs=needs, drug=drug,
            match=_patterns(r.get("match"), vocab, path, "match"),
            unless=_patterns(r.get("unless"), vocab, path, "unless"),
            letter_requires=_patterns(r.get("letter_requires"), vocab, path, "letter_requires"),
            letter_unless=_patterns(r.get("letter_unless"), vocab, path, "letter_unless"),
            overrides=tuple(r.get("overrides", [])),
            fallback=bool(r.get("fallback", False)),
            kinds=tuple(r.get("kinds", [])),
            examples=Examples(tuple(ex.get("match", [])), tuple(ex.get("no_match", []))),
            source=where,
        ))
    return cat, rules


def _exemptions(path: Path, data: dict[str, Any], vocab: dict[str, str]) -> list[Exemption]:
    out = []
    for e in data.get("exempt", []):
        cat = e.get("category")
        if cat not in CATEGORIES:
            raise PolicyError(f"{path}:{_line_of(path, 'category')}: exemption for unknown category {cat!r}")
        when = _expand(e["when"], vocab, str(path)) if e.get("when") else None
        out.append(Exemption(category=cat, when=when, reason=e.get("reason", "commissioned locally")))
    return out


def load_policy(path: str | Path, *, formulary: str | Path | None = None, local: list[str] | list[Path] = (),  # type: ignore[assignment]
                edition: str | None = None) -> Policy:
    """Load a policy folder. `local` files may add vocabulary words, drugs, exemptions and cue patterns."""
    root = Path(path)
    if not root.is_dir():
        raise PolicyError(f"{root}: policy folder not found; set policy.path in your settings")
    meta = _read(root / "policy.toml")
    vocab_words: dict[str, list[str]] = {k: list(v) for k, v in _read(root / "vocabulary.toml").items()}
    cue_data = _read(root / "cues.toml")
    local_paths = [Path(p) for p in local]
    local_data = [(p, _read(p)) for p in local_paths]
    for _, d in local_data:  # local vocabulary adds words
        for k, v in d.get("vocabulary", {}).items():
            vocab_words.setdefault(k, []).extend(v)
    vocab = {k: _alternation(v) for k, v in vocab_words.items()}
    cues: dict[str, tuple[Pattern, ...]] = {}
    for kind in CUE_KINDS:
        extra = [x for _, d in local_data for x in d.get("cues", {}).get(kind, [])]
        cues[kind] = _patterns(list(cue_data.get(kind, [])) + extra, vocab, root / "cues.toml", kind)
    categories: dict[str, Category] = {}
    rules: list[Rule] = []
    files = [str(root / "policy.toml"), str(root / "cues.toml"), str(root / "vocabulary.toml")]
    for f in sorted((root / "categories").glob("*.toml")):
        cat, cat_rules = _category(f, _read(f), vocab)
        for r in cat_rules:
            if any(x.id == r.id for x in rules):
                raise PolicyError(f"{r.source}: rule id {r.id!r} is used twice; rule ids must be unique")
        categories[cat.id] = cat
        rules.extend(cat_rules)
        files.append(str(f))
    missing = [c for c in CATEGORIES if c not in categories]
    if missing:
        raise PolicyError(f"{root / 'categories'}: no policy for {', '.join(missing)}; add a file per category")
    exemptions = [e for p, d in local_data for e in _exemptions(p, d, vocab)]
    drugs = load_formulary(Path(formulary), local_paths) if formulary else []
    return Policy(
        name=meta.get("name", "policy"), version=str(meta.get("version", "")),
        edition=edition or meta.get("default_edition", ""), timezone=meta.get("timezone", "Europe/London"),
        categories=categories, rules=rules, cues=cues, drugs=drugs, exemptions=exemptions,
        files=files + [str(p) for p in local_paths] + ([str(formulary)] if formulary else []),
    )


def policy_from_settings(settings: Settings, *, path: str | Path | None = None,
                         extra_local: list[Path] | tuple[Path, ...] = ()) -> Policy:
    """The policy the settings name (folder, formulary, local files, contract edition): the one place
    the worker, the review app and the commands load it from."""
    p = settings.policy
    return load_policy(path or settings.resolve(p.path), formulary=settings.resolve(p.formulary),
                       local=[*(settings.resolve(x) for x in p.local), *extra_local], edition=p.contract_edition)
