"""Policy patterns compiled for speed, with the meaning of case-insensitive regular expressions.

Python's regex engine scans quickly for a literal prefix, but not under IGNORECASE and not after a
leading word boundary, which is how almost every policy pattern starts. So a pattern's literals are
lower-cased and it is matched case-sensitively against lower-cased text, and a leading `\\b` is
checked in Python after the engine has found a candidate. Offsets are unchanged: text is lower-cased
character by character, keeping its length.
"""

from __future__ import annotations

import re

_cache: dict[str, str] = {}


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


def _lower_literals(source: str) -> str:
    """Lower-case a pattern's literal characters, leaving escapes (\\W, \\S, \\B …) alone."""
    out, i = [], 0
    while i < len(source):
        c = source[i]
        if c == "\\" and i + 1 < len(source):
            out.append(source[i:i + 2])
            i += 2
            continue
        out.append(c.lower())
        i += 1
    return "".join(out)


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


class Pattern:
    """A compiled policy pattern; `.pattern` is the source as written, `.search` as with re.I."""

    def __init__(self, source: str) -> None:
        self.pattern = source
        low = _lower_literals(source)
        re.compile(source, re.I)  # raise re.error on the pattern as written
        self._boundary = low.startswith(r"\b") and not low.startswith(r"\b(?<")
        self._rx = re.compile(low[2:] if self._boundary else low)

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
