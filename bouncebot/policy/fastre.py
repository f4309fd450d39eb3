"""Policy patterns compiled for speed, with the meaning of case-insensitive regular expressions.

Two tricks keep hundreds of patterns per sentence cheap:
- Python's regex engine scans quickly for a literal prefix or a set of first characters, but not under
  IGNORECASE and not after a leading word boundary, which is how almost every policy pattern starts.
  So a pattern's literals are lower-cased and it is matched case-sensitively against lower-cased text,
  and a leading `\\b` (of every branch: `\\ba|\\bb` runs as `(?:a|b)`) is checked in Python after the
  engine has found a candidate. Offsets are unchanged: text is lower-cased character by character.
- Most patterns cannot match most sentences, and a dictionary lookup says so faster than the regex
  engine. From a pattern's parse tree we take its `keys`: for the word a match begins with, and for
  later words every match has, the whole word or the letters it starts with ("=gp" for `\\bGP\\b`,
  "prescrib" for `\\bprescrib\\w*`), and a "|" or "/" the match must contain. A `WordIndex` turns a
  sentence's words into a bit mask, and a pattern runs only on a sentence holding all of its keys. The
  keys are a necessary condition, never a guess: a pattern whose words cannot be pinned down has none
  and always runs (tests/policy/test_fastre.py).
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Iterable
from functools import reduce
from operator import or_

try:  # the parser behind `re`; without it patterns simply have no keys (slower, same results)
    from re import _constants as C
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - other Pythons
    sre_parse = None  # type: ignore[assignment]

_cache: dict[str, str] = {}
_KEY_LEN = 3  # a key shorter than this ("gp" as the start of a word) narrows little
_KEY_MAX = 12  # keys are whole words or word starts up to this long ("=within", "neutropeni")
_SYMBOLS = "|/"  # characters a pattern may require besides words (a table cell, "GP/referrer to")
_COMMON = frozenset({
    "a", "an", "to", "of", "in", "on", "at", "by", "is", "be", "as", "or", "if", "it", "we", "i", "he", "me", "us",
    "do", "so", "no", "the", "and", "you", "your", "for", "with", "was", "are", "has", "have", "his", "her", "their",
    "this", "that", "from", "not", "will", "can", "should", "would", "could", "please",
})  # words in nearly every sentence: a key set of them narrows little
_MAX_STATES = 256  # beyond this many prefixes, stop spelling them out (each is still a valid key)
_EXACT = "="  # marks a key that is a whole word ("=gp"), not the start of one
_WORD = re.compile(r"\w")
_TOKEN = re.compile(r"\w+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_WORDS = bytes(ord(chr(b).lower()) if _WORD.match(chr(b)) else 32 for b in range(128)) + bytes(range(128, 256))


def lowered(text: str) -> str:
    """`text` in lower case with the same length (so match offsets stay valid)."""
    low = _cache.get(text)
    if low is None:
        low = text.lower()
        if len(low) != len(text):  # a few Unicode characters grow when lower-cased
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        if len(_cache) > 4096:
            _cache.clear()
        _cache[text] = low
    return low


_groups: weakref.WeakSet[PatternGroup] = weakref.WeakSet()
_indexes: weakref.WeakSet[WordIndex] = weakref.WeakSet()


def clear_cache() -> None:
    """Forget lower-cased texts, the words learnt, which patterns passed which masks and which headings
    matched (for benchmarks that must not reuse what they learnt from the very letters they time)."""
    _cache.clear()
    for group in _groups:
        group._memo.clear()
        group._short.clear()
    for index in _indexes:
        index._words.clear()


def _lower_literals(source: str) -> str:
    """Lower-case a pattern's literal characters, leaving escapes (\\W, \\S, \\B …) alone."""
    out, i = [], 0
    while i < len(source):
        c = source[i]
        if c == "\\" and i + 1 < len(source):
            out.append(source[i:i + 2])
            i += 2
            continue
        if source.startswith("(?P", i):  # a named group keeps its syntax
            out.append("(?P")
            i += 3
            continue
        out.append(c.lower())
        i += 1
    return "".join(out)


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


class _Unpinned(Exception):
    """The pattern can match without starting a word with known letters."""


def _char_class(items: list) -> tuple[str, set[str]]:
    """An [...] set: ("word", its few word characters), ("nonword", ∅) or ("unknown", ∅)."""
    chars: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars.add(chr(av))
        elif op is C.RANGE and av[1] - av[0] < 10:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is C.CATEGORY and av in (C.CATEGORY_SPACE, C.CATEGORY_NOT_WORD):
            chars.add(" ")
        else:
            return "unknown", set()
    if not any(_WORD.match(c) for c in chars):
        return "nonword", set()
    if all(_WORD.match(c) for c in chars) and len(chars) <= 6:
        return "word", chars
    return "unknown", set()


_State = tuple[str, bool]  # (letters of the word so far, whether a word must start here)


def _consume(states: set[_State], keys: set[str], kind: str, chars: Iterable[str] = ()) -> set[_State]:
    out: set[_State] = set()
    for prefix, at_start in states:
        if kind != "word":
            if prefix:  # the first word's known letters end here; before a non-word character, so does the word
                keys.add(_EXACT + prefix if kind == "nonword" else prefix)
            else:
                out.add(("", kind == "nonword"))  # after a non-word character, a word starts
            continue
        if not prefix and not at_start:
            raise _Unpinned  # a letter that may sit inside a word
        for c in chars:
            p = prefix + c
            if len(p) >= _KEY_MAX:
                keys.add(p)
            else:
                out.add((p, True))
    if len(out) > _MAX_STATES:
        keys.update(p for p, _ in out)
        return set()
    return out


def _walk(items: list, states: set[_State], keys: set[str]) -> set[_State]:
    for op, av in items:
        if not states:
            break
        if op is C.AT:
            if av is C.AT_BOUNDARY:  # after letters, \b ends the word: the word is exactly those letters
                keys.update(_EXACT + p for p, _ in states if p)
                states = {("", True) for p, _ in states if not p}
            elif av in (C.AT_BEGINNING, C.AT_BEGINNING_STRING):
                states = {(p, at or not p) for p, at in states}
        elif op in (C.ASSERT, C.ASSERT_NOT):
            continue  # zero width: it only narrows what matches
        elif op is C.LITERAL:
            c = chr(av)
            states = _consume(states, keys, "word" if _WORD.match(c) else "nonword", (c,))
        elif op is C.IN:
            kind, chars = _char_class(av)
            states = _consume(states, keys, kind, chars)
        elif op is C.BRANCH:
            states = set().union(*(_walk(alt, set(states), keys) for alt in av[1]))
        elif op is C.SUBPATTERN:
            states = _walk(av[3], states, keys)
        elif op is C.ATOMIC_GROUP:
            states = _walk(av, states, keys)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, high, sub = av
            result = set(states) if low == 0 else set()
            seen: set[_State] = set()
            frontier = set(states) if high else set()
            while frontier:  # states are few (prefixes under three letters), so this ends
                after = _walk(sub, set(frontier), keys)
                result |= after
                frontier = after - seen
                seen |= after
                if high == 1:
                    break
            states = result
        else:
            states = _consume(states, keys, "unknown")
    return states


def _keys_from(items: list, at_start: bool) -> frozenset[str] | None:
    keys: set[str] = set()
    try:
        for prefix, _ in _walk(items, {("", at_start)}, keys):
            if not prefix:
                raise _Unpinned
            keys.add(prefix)
    except _Unpinned:
        return None
    return frozenset(keys)


def _is_separator(item: tuple) -> bool:
    """An item that always consumes a non-word character (`\\s+`, a space, a dash), or is `\\b`."""
    op, av = item
    if op is C.AT:
        return av is C.AT_BOUNDARY
    if op is C.LITERAL:
        return not _WORD.match(chr(av))
    if op is C.IN:
        return _char_class(av)[0] == "nonword"
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _, sub = av
        return low >= 1 and len(sub) == 1 and sub[0][0] is not C.AT and _is_separator(sub[0])
    return False


def pattern_keys(source: str) -> tuple[frozenset[str], ...]:
    """What every match of `source` (lower-cased) needs: sets of words or word starts, one from each set.

    The first set is for the word a match begins with ({"=gp", "=practice"} for
    `\\b(?:GP|practice)\\s+to\\b`); the others for words later in the pattern that every match also has
    ({"=to"}), or a table's "|" the pattern must meet. Rarest first, so the first set alone rules out most
    texts. Empty when nothing can be pinned down, and then the pattern is always run.
    """
    if sre_parse is None:
        return ()
    try:
        items = list(sre_parse.parse(source))
        while len(items) == 1 and items[0][0] is C.SUBPATTERN:  # (?:…) around the whole pattern
            items = list(items[0][1][3])
        found = [_keys_from(items, False)]
        apart = False  # whether a word starts where items[j] begins
        for j in range(1, len(items)):
            before = items[j - 1]
            if before[0] in (C.MAX_REPEAT, C.MIN_REPEAT) and before[1][0] == 0 and _ends_apart(list(before[1][2])):
                pass  # "(?:the\s+)?": skipped, the position is as before; taken, it ends between words
            else:
                apart = _is_separator(before) or _ends_apart([before])
            if apart and items[j][0] is not C.AT:
                found.append(_keys_from(items[j:], True))
        found += [frozenset({c}) for c in _symbols(items)]
    except Exception:  # noqa: BLE001 - a parser detail we do not know: fall back to always running
        return ()
    unique = {k for k in found if k}
    return tuple(sorted(unique, key=_commonness))[:4]


def _ends_apart(items: list) -> bool:
    """Whether every way through `items` ends just after a non-word character (`the\\s+`, `(?:a|b)\\s+`)."""
    if not items:
        return False
    op, av = items[-1]
    if _is_separator(items[-1]):
        return op is not C.AT
    if op is C.SUBPATTERN:
        return _ends_apart(list(av[3]))
    if op is C.BRANCH:
        return all(_ends_apart(list(alt)) for alt in av[1])
    return False


def _symbols(items: list) -> set[str]:
    """The characters of `_SYMBOLS` that every match of `items` contains."""
    out: set[str] = set()
    for op, av in items:
        if op is C.LITERAL and chr(av) in _SYMBOLS:
            out.add(chr(av))
        elif op is C.SUBPATTERN:
            out |= _symbols(list(av[3]))
        elif op is C.BRANCH:
            out |= set.intersection(*(_symbols(list(alt)) for alt in av[1]))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            out |= _symbols(list(av[2]))
    return out


def _commonness(keys: frozenset[str]) -> tuple[bool, int]:
    """How often a text has one of `keys`, roughly: a set with a short key or a common word is weak."""
    return any(k[1:] in _COMMON if k.startswith(_EXACT) else len(k) < _KEY_LEN and k not in _SYMBOLS
               for k in keys), len(keys)


def _top_branches(source: str) -> list[str]:
    """`source` split at its top-level `|` (outside groups and [...] sets)."""
    out, depth, i, start, in_set = [], 0, 0, 0, False
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_set:
            in_set = c != "]"
        elif c == "[":
            in_set = True
            if source.startswith(("[]", "[^]"), i):
                i += 2 if source[i + 1] == "]" else 3
                continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(source[start:i])
            start = i + 1
        i += 1
    out.append(source[start:])
    return out


def _leading_boundary(low: str) -> str | None:
    """The pattern without the `\\b` every match starts with, or None. `a|\\bb|\\bc` becomes `(?:a|b|c)`, so
    the regex engine can skip to the characters a match may start with (3-4x faster on a long text)."""
    branches = _top_branches(low)
    if not all(b.startswith(r"\b") and not b.startswith(r"\b(?<") for b in branches):
        return None
    return branches[0][2:] if len(branches) == 1 else "(?:" + "|".join(b[2:] for b in branches) + ")"


class Pattern:
    """A compiled policy pattern; `.pattern` is the source as written, `.search` as with re.I."""

    def __init__(self, source: str) -> None:
        self.pattern = source
        low = _lower_literals(source)
        re.compile(source, re.I)  # raise re.error on the pattern as written
        unbounded = _leading_boundary(low)
        self._boundary = unbounded is not None
        self._rx = re.compile(low if unbounded is None else unbounded)
        self.keys = pattern_keys(low)  # sets of word starts a text must hold for this to match

    def search(self, text: str) -> re.Match[str] | None:
        low = lowered(text)
        if not self._boundary:
            return self._rx.search(low)
        pos = 0
        while True:
            m = self._rx.search(low, pos)
            if m is None:
                return None
            st = m.start()
            before = _is_word(low[st - 1]) if st > 0 else False
            after = _is_word(low[st]) if st < len(low) else False
            if before != after:
                return m
            pos = st + 1
            if pos > len(low):
                return None

    def __repr__(self) -> str:
        return f"Pattern({self.pattern!r})"


def first_match(patterns: Iterable[Pattern], text: str) -> re.Match[str] | None:
    """The leftmost match of any of `patterns` (the earlier pattern on a tie), as one alternation would give."""
    best: re.Match[str] | None = None
    for p in patterns:
        m = p.search(text)
        if m is not None and (best is None or m.start() < best.start()):
            best = m
    return best


class WordIndex:
    """Which of many patterns can match a text, from the first letters of its words, as bit masks.

    Each of a pattern's key sets gets a bit; a word sets the bits of the key sets it starts with
    (worked out once per distinct word), and a text's mask is the OR over its words. A pattern can
    match only a text whose mask holds all of its bits: a few dictionary lookups per sentence where
    the regex engine would scan the sentence once per pattern.
    """

    def __init__(self, patterns: Iterable[Pattern]) -> None:
        self.need: dict[int, tuple[int, int]] = {}  # id(pattern) -> (bits of all its key sets, bit of its first)
        self._by_key: dict[str, int] = {}
        bits: dict[frozenset[str], int] = {}  # patterns that share a key set share its bit: fewer bits, quicker masks
        for p in patterns:
            if id(p) in self.need:
                continue
            need = 0
            for keys in p.keys:
                if keys not in bits:
                    bits[keys] = b = 1 << len(bits)
                    for k in keys:
                        self._by_key[k] = self._by_key.get(k, 0) | b
                need |= bits[keys]
            self.need[id(p)] = need, bits[p.keys[0]] if p.keys else 0
        self._words = _WordBits(self._by_key)
        self._symbol_keys = tuple((c, c.encode("ascii")) for c in _SYMBOLS)
        _indexes.add(self)

    def group(self, patterns: Iterable[Pattern]) -> PatternGroup:
        return PatternGroup([(p, *self.need[id(p)]) for p in patterns])

    def mask(self, text: str) -> int:
        """The bits of every key set that a word of `text` satisfies."""
        return self.spans(text)(0, len(text))

    def spans(self, text: str) -> Callable[[int, int], int]:
        """A function giving `mask(text[a:z])` for any span (a, z) of `text`, which is read and lower-cased once."""
        raw = _ascii(text)
        if len(self._words) > 50_000:
            self._words.clear()
        get = self._words.__getitem__
        if raw is None:  # "é" and the like (rare): the regex engine finds the words
            return lambda a, z: reduce(or_, filter(None, map(get, _TOKEN.findall(lowered(text[a:z])))),
                                       self._symbols(text, a, z))
        words = raw.translate(_ASCII_WORDS)  # as bytes, lower-casing and splitting are 4x quicker than with str
        if b"|" not in raw and b"/" not in raw:  # (known words cost no Python bytecode)
            return lambda a, z: reduce(or_, filter(None, map(get, words[a:z].split())), 0)
        return lambda a, z: reduce(or_, filter(None, map(get, words[a:z].split())), self._symbols(raw, a, z))

    def _symbols(self, text: str | bytes, a: int, z: int) -> int:
        """The bits of the `_SYMBOLS` (a table's "|", "GP/referrer") in text[a:z]."""
        bits = 0
        for c, b in self._symbol_keys:
            if text.find(b if isinstance(text, bytes) else c, a, z) >= 0:
                bits |= self._words[c]
        return bits


def _ascii(text: str) -> bytes | None:
    """`text` as ASCII bytes of the same length, non-ASCII punctuation (curly quotes, bullets, dashes) as
    "?", which parts words alike; None when a non-ASCII character belongs to a word."""
    if text.isascii():
        return text.encode("ascii")
    if any(c.isalnum() or c == "_" for c in set(_NON_ASCII.findall(text))):
        return None
    return text.encode("ascii", "replace")


class _WordBits(dict):
    """Word (bytes, or str when not ASCII) -> the bits of the key sets it satisfies, worked out once."""

    def __init__(self, by_key: dict[str, int]) -> None:
        super().__init__()
        self._by_key = by_key

    def __missing__(self, word: bytes | str) -> int:
        w = word.decode("ascii") if isinstance(word, bytes) else word
        by_key = self._by_key
        m = by_key.get(_EXACT + w, 0)
        for k in range(1, min(len(w), _KEY_MAX) + 1):
            m |= by_key.get(w[:k], 0)
        self[word] = m
        return m


class PatternGroup:
    """Patterns asked about together (a cue kind, a rule's patterns), each with the bits it needs."""

    def __init__(self, items: list[tuple[Pattern, int, int]]) -> None:
        self.items = tuple((p, need) for p, need, _ in items)
        self._first = tuple(first for _, _, first in items)  # the bit of each pattern's first (rarest) key set
        self.patterns = tuple(p for p, _, _ in items)
        self._any = 0  # the patterns' first key sets: none held, none can match
        for first in self._first:
            self._any |= first
        self._always = any(need == 0 for _, need in self.items)  # a pattern with no keys is always run
        self.screen = -1 if self._always else self._any  # `mask & screen` is 0: nothing here can match
        self._memo: dict[int, tuple[tuple[Pattern, int], ...]] = {}
        self._short: dict[str, bool] = {}  # short texts asked about again and again (headings) -> any match
        _groups.add(self)

    def passing(self, mask: int) -> list[Pattern]:
        """The patterns, in order, that a text with this mask may match."""
        return [p for p, need in self._candidates(mask) if mask & need == need]

    def may_match(self, mask: int) -> bool:
        """Whether any pattern may match a text with this mask."""
        for _, need in self._candidates(mask):  # noqa: SIM110 - asked of every unit: a generator costs
            if mask & need == need:
                return True
        return False

    def _candidates(self, mask: int) -> tuple[tuple[Pattern, int], ...]:
        """The patterns whose first key set the mask holds: few, and remembered per combination of
        first key sets (sentences repeat few of them), so the rest of the group costs nothing."""
        first = mask & self._any
        if not (first or self._always):
            return ()
        found = self._memo.get(first)
        if found is None:
            if len(self._memo) > 4096:
                self._memo.clear()
            found = self._memo[first] = tuple(item for item, bit in zip(self.items, self._first, strict=True)
                                              if not bit or first & bit)
        return found

    def holds(self, text: str, index: WordIndex) -> bool:
        """Whether any pattern matches `text`, remembered: for the short texts that letters repeat (the
        same headings in letter after letter), so each is read once."""
        found = self._short.get(text)
        if found is None:
            if len(self._short) > 4096:
                self._short.clear()
            found = self._short[text] = self.first(text, index.mask(text)) is not None
        return found

    def first(self, text: str, mask: int) -> re.Match[str] | None:
        """The first pattern, in order, that matches (a rule's `match` or `unless`)."""
        for p, need in self._candidates(mask):
            if mask & need == need:
                m = p.search(text)
                if m:
                    return m
        return None

    def leftmost(self, text: str, mask: int) -> re.Match[str] | None:
        """The leftmost match of any pattern, as one alternation of them all would find (a cue)."""
        return first_match(self.passing(mask), text)
