"""A sentence that a page break cuts in two is read whole, on the page where it starts.

Trust letters often run to a second page, and the request is often the sentence the break falls in:
"… I should be most grateful if you would be good enough to" / [running header, "Page 2 of 2"] /
"arrange an MRI of his brain …". Read page by page, neither half asks anything. The running header or
footer between them (a page number, "continued overleaf", a line repeated on every page) is furniture:
it stays where it is, and the rest of the broken sentence is moved up to the page it began on.
"""

from __future__ import annotations

import re

_PAGE_MARK = re.compile(r"\bpage\s+\d+(?:\s+of\s+\d+)?\b|\bcontinued\b|\bcont(?:'|’)?d\b|\bP\.?T\.?O\b", re.I)
_DIGITS = re.compile(r"\d+")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_EDGE = 4  # running headers and footers sit within this many lines of a page's top or bottom


def _norm(line: str) -> str:
    return _DIGITS.sub("#", " ".join(line.split()))


def _repeated(pages: list[list[str]]) -> set[str]:
    """Lines (numbers ignored) near the top or bottom of more than one page: a running header or footer."""
    seen: dict[str, set[int]] = {}
    for n, lines in enumerate(pages):
        for line in lines[:_EDGE] + lines[-_EDGE:]:
            if line.strip():
                seen.setdefault(_norm(line), set()).add(n)
    return {k for k, v in seen.items() if len(v) > 1}


def _last_body_line(lines: list[str], repeated: set[str]) -> int:
    i = len(lines) - 1
    while i >= 0 and (not lines[i].strip() or (len(lines) - i <= _EDGE and (
            _PAGE_MARK.search(lines[i]) or _norm(lines[i]) in repeated))):
        i -= 1
    return i


def _first_body_line(lines: list[str], repeated: set[str]) -> int:
    prose = next((k for k, line in enumerate(lines) if line.lstrip()[:1].islower()), len(lines))
    marks = [k for k, line in enumerate(lines[:min(_EDGE, prose)]) if _PAGE_MARK.search(line)]
    j = marks[-1] + 1 if marks else 0  # a header ends with its page number (a footer may follow the prose)
    while j < len(lines) and (not lines[j].strip() or (j < _EDGE and _norm(lines[j]) in repeated)):
        j += 1
    return j


def rejoin_pages(pages: list[str]) -> list[str]:
    """The pages' texts, with the end of each sentence broken by a page break moved to the page before.
    Only a page ending mid-sentence that the next page carries on in lower case is joined."""
    split = [p.split("\n") for p in pages]
    repeated = _repeated(split)
    for n in range(len(split) - 1):
        a, b = split[n], split[n + 1]
        i, j = _last_body_line(a, repeated), _first_body_line(b, repeated)
        if i < 0 or j >= len(b) or a[i].rstrip().endswith((".", "!", "?", ":", ";")) or not b[j].lstrip()[:1].islower():
            continue
        rest = "\n".join(b[j:])
        end = _SENTENCE_END.search(rest)
        cut = end.end() if end else len(rest)
        moved, left = rest[:cut], rest[cut:].lstrip(" ")
        split[n] = a[:i + 1] + moved.split("\n") + a[i + 1:]
        split[n + 1] = b[:j] + (left[1:] if left.startswith("\n") else left).split("\n")
    return ["\n".join(lines) for lines in split]
