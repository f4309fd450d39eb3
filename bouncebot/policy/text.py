"""Letter text to sentences, each with its place in the block and the heading it sits under.

Requests sit under headings ("Actions for GP", "Plan", "Information for the patient"), in bullets,
in table rows whose first cell is a label, and in plain paragraphs wrapped at 76 columns. We keep
exact offsets into the block text so the review screen can highlight the evidence in place.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bouncebot.model import Letter

_BULLET = re.compile(r"^\s*(?:[-*•·▪o]\s+|\(?\d{1,2}[.)]\s+|\(?[a-h][.)]\s+)")
_CELL = re.compile(r"^([A-Z][^|]{2,40}?)\s*[|:]\s+(?=\S)")
_CELL_LABEL = re.compile(r"\b(gp|action|plan|recommend|follow|patient|advice|information|request)", re.I)
_UNDERLINE = re.compile(r"^\s*[-=_~]{3,}\s*$")
# a full stop before a capital, or one spoken into voice recognition and typed as words ("unit full stop we",
# tried only where the words appear: the alternation would slow every other text down)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z(\"'‘“])")
_SPOKEN_END = re.compile(_SENTENCE_END.pattern + r"|\b(?i:full\s+stop|new\s+paragraph)\b(?![.!?])")
_SPOKEN_HINTS = ("top", "TOP", "aragraph", "ARAGRAPH")
# Structure words that head a section however they are capitalised: "To do (GP)", "Actions for GP",
# "Requested actions - GP", "Follow-up arrangements", "Next steps" (never "Plan to repeat bloods").
_STRUCTURE = re.compile(r"^(?:to[ -]do|actions?|plan|recommendations?|requests?|tasks?|next\s+steps|"
                        r"requested\s+actions?|actions?\s+requested|"
                        r"information(?:\s+and\s+advice)?\s+(?:for|given\s+to)\s+(?:the\s+|your\s+)?(?:patient|GP|practice|carers?|family|parents?)|"
                        r"follow[- ]?up(?:\s+arrangements?|\s+plan)?)"
                        r"(?:\s*\([^)]{1,25}\)|\s+(?:for|by)\s+(?:the\s+)?(?:GP|practice|patient|hospital|team|ward)"
                        r"(?:\s+\w+)?|\s*[-–]\s*(?:the\s+)?(?:GP|practice|primary\s+care|patient|hospital))?$", re.I)
_STRUCTURE_START = "tTaApPrRnNfFiI"  # what _STRUCTURE can start with: most lines need not try it
_TWO_DIGITS = re.compile(r"\d{2}")
# In terse notes each line is an item even without a full stop: "pls refer to DN for wound check" /
# "GP to discuss histo w/ pt". A line opening with whom it asks starts a new unit, unless the line
# before breaks off mid-phrase ("… ask the" / "GP to …").
_NOTE_START = re.compile(r"(?:GP|Pt|pt|Pls|pls|NB)\b(?!\s*[,.;)])")
# A line that breaks off mid-phrase ("… prescriptions and" / "her 12-weekly FBC, U&Es and" / "LFTs?") is carried on
# by the next, whatever that looks like (not a comma: "Dear Dr Shah," may sit above a heading).
_OPEN_WORDS = frozenset(("the", "a", "an", "his", "her", "their", "your", "our", "and", "or", "to", "of", "for", "by", "with",
                         "from", "that", "if", "as", "at", "in", "on"))
# (the same words, or a comma or dash, end the line before a terse note line it carries on)
_OPEN_END = re.compile(r"(?:\b(?:" + "|".join(sorted(_OPEN_WORDS, key=lambda w: (-len(w), w))) + r")|[,(/&+-])\s*$", re.I)


def _breaks_off(line: str) -> bool:
    """Whether the line ends mid-phrase (its last word, read with string methods: this is asked of most lines)."""
    tail = line.rstrip()
    return bool(tail) and (tail[-1] in "(/&+" or tail[tail.rfind(" ") + 1:].lower() in _OPEN_WORDS)


_BARE_NUMBER = re.compile(r"^\s*(\d{1,2})\s+(?=[A-Z])")  # "1 MRI prostate requested" in a list without dots
# A table whose header gives the practice a column of its own ("Summary | Plan | GP actions"): each
# cell is read under its column's name. (Rows of "Action | Who | When" tables stay whole: the owner cell
# after the action says who is asked.)
_PRACTICE_COLUMN = re.compile(r"\b(?:GP|practice)\b.{0,12}\b(?:actions?|to[ -]do|tasks?|requests?)\b|"
                              r"\b(?:actions?|to[ -]do|tasks?|requests?)\b.{0,12}\b(?:GP|practice)\b|"
                              r"^for\s+(?:the\s+)?(?:GP|practice)$", re.I)
_GP_OR_PRACTICE = re.compile(r"gp|practice", re.I)  # what every _PRACTICE_COLUMN match holds
_ABBREVIATIONS = ("Dr", "Mr", "Mrs", "Ms", "e.g", "i.e", "approx", "No", "St", "vs", "ref")  # a full stop after these ends no sentence


class Sentence(NamedTuple):  # a tuple: sentences are made by the thousand
    block: int
    start: int
    end: int
    text: str  # whitespace collapsed
    section: str  # the heading above it, lower case ("" when none)


def _bullet(stripped: str, text: str) -> re.Match[str] | None:
    """`_BULLET.match(text)`; a line that starts with a letter is a bullet only as "a." / "a)" / "o "."""
    if stripped[0].isalpha() and not (len(stripped) > 1 and (stripped[1] in ".)" or stripped[1].isspace())):
        return None
    return _BULLET.match(text)


def _is_heading(stripped: str, next_is_underline: bool) -> bool:
    s = stripped.rstrip(":").strip()
    if not s or len(s) > 70 or s.endswith((".", ",", ";")):
        return False
    if next_is_underline:
        return True
    words = s.split()
    if len(words) > 8:
        return False
    if stripped.endswith(":") or s.isupper() or (s[0] in _STRUCTURE_START and _STRUCTURE.match(s)):
        return True
    if len(words) > 6 or not all([w[0].isupper() or not w[0].isalpha() for w in words]):
        return False  # a heading is a few words, each capitalised
    return not _TWO_DIGITS.search(s) and "|" not in s


def _cells(line: str) -> list[tuple[int, int]]:
    """(start, end) in `line` of each cell of a table row "a | b | c" (outer pipes optional), stripped."""
    out, pos = [], 0
    for part in line.split("|"):
        out.append((pos + len(part) - len(part.lstrip()), pos + len(part.rstrip())))
        pos += len(part) + 1
    if out and out[0][1] <= out[0][0]:
        out = out[1:]
    if out and out[-1][1] <= out[-1][0]:
        out = out[:-1]
    return out


def _header(line: str) -> list[str] | None:
    """The column names, lower case, when the line heads a table with a column for the practice; else None."""
    if not _GP_OR_PRACTICE.search(line):
        return None  # most table rows: no cell can name the practice's column
    cells = [line[a:b] for a, b in _cells(line)]
    if len(cells) < 2 or any(not c or len(c.split()) > 4 or c.endswith(".") or any(ch.isdigit() for ch in c)
                             for c in cells):
        return None
    return [c.lower() for c in cells] if any(_PRACTICE_COLUMN.search(c) for c in cells) else None


def _units(text: str, wrapped: bool = True) -> list[tuple[int, int, str]]:
    """(start, end, section) runs of text that may hold one or more sentences. In `wrapped` text (e-mails,
    PDF pages) a line may continue the one before; in a Word document every line is a paragraph."""
    raw = text.split("\n")
    stripped = [line.strip() for line in raw]
    underline = [len(x) >= 3 and not x.strip("-=_~") for x in stripped] + [False]  # rules: ---- or ====
    units: list[tuple[int, int, str]] = []
    section = ""
    cur: list[int] | None = None  # [start, end]
    prev = ""
    numbered = 0  # the last bare list number ("1 …", "2 …") seen since a heading
    columns: list[str] | None = None  # the header of the table being read

    def flush() -> None:
        nonlocal cur
        if cur is not None and cur[1] > cur[0]:
            units.append((cur[0], cur[1], section))
        cur = None

    start = -1
    for i, line in enumerate(raw):
        start += 1 + (len(raw[i - 1]) if i else 0)
        st = stripped[i]
        if not st or underline[i]:
            flush()
            prev, columns = "", None
            continue
        if "|" not in st:
            columns = None
        else:  # a row of a table with a column for the practice: each cell is its own unit, under its column
            cells = _cells(line)
            if columns is not None and len(cells) == len(columns):
                flush()
                prev = ""
                units.extend((start + a, start + b, h) for (a, b), h in zip(cells, columns, strict=True) if b > a)
                continue
            columns = _header(line)
            if columns is not None:
                flush()
                prev = ""
                continue
        # (a line starting with two letters is no bullet: most lines, so _bullet is not called for them)
        bullet: object = None if st[:2].isalpha() and len(st) > 1 else _bullet(st, line)
        lead = len(line) - len(line.lstrip())
        first = lead  # where the unit's words start
        if bullet is None and st[0].isdigit() and (bare := _BARE_NUMBER.match(line)):
            n = int(bare.group(1))
            if (n == 1 and not prev) or n == numbered + 1 > 1:
                bullet, numbered = bare, n  # an item of a list numbered without dots: its words start after the number
                first = bare.end()
        carried = cur is not None and wrapped and bullet is None and "|" not in st and _breaks_off(prev)
        # (most lines are too long to be a heading: _is_heading's own first test, made without calling it)
        if not carried and bullet is None and (len(st) <= 70 or st[-1] == ":") and _is_heading(st, underline[i + 1]):
            flush()
            section = st.rstrip(":").strip().lower()
            prev = ""
            numbered = 0
            continue
        cell = _CELL.match(st) if not carried and ("|" in st or ":" in st) else None
        if (cell and len(cell.group(1).split()) <= 5 and len(st) - cell.end() > len(cell.group(1))
                and _CELL_LABEL.search(cell.group(1))):
            flush()
            section = cell.group(1).strip().lower()
            start_col = lead + cell.end()
            cur = [start + start_col, start + len(line.rstrip())]
            prev = line  # a wrapped value continues on the next lines
            continue
        soft = carried or (cur is not None and bullet is None and "|" not in st  # a line that carries on the one before
                and (st[:1].islower()
                     or (wrapped and len(prev) >= 50 and not prev.rstrip().endswith((".", ":", "!", "?"))))
                and not (_NOTE_START.match(st) and not _OPEN_END.search(prev)))
        if not soft:
            flush()
            cur = [start + first, start + len(line.rstrip())]
        else:
            assert cur is not None
            cur[1] = start + len(line.rstrip())
        prev = line
    flush()
    return units


def _abbreviated(chunk: str, stop: int) -> bool:
    """Whether the full stop at `stop` ends an abbreviation ("Dr.", "e.g."), a whole word before it."""
    for a in _ABBREVIATIONS:
        k = stop - len(a)
        if chunk.endswith(a, 0, stop) and (k == 0 or not (chunk[k - 1].isalnum() or chunk[k - 1] == "_")):
            return True
    return False


class Unit(NamedTuple):
    """A run of text that may hold one or more sentences (a paragraph, a bullet, a table cell)."""

    block: int
    start: int
    end: int
    section: str


def units(letter: Letter) -> list[Unit]:
    """Every unit of the letter, block by block, in reading order."""
    new = tuple.__new__
    return [new(Unit, (b, start, end, section))
            for b, block in enumerate(letter.blocks)
            for start, end, section in _units(block.text, not (block.source.name or "").lower().endswith(".docx"))]


def split(text: str, unit: Unit) -> list[Sentence]:
    """The sentences of one unit of the block `text`."""
    out: list[Sentence] = []
    new = tuple.__new__  # a NamedTuple's own constructor is Python code; sentences are made by the thousand
    b, start, end, section = unit
    chunk = text[start:end]
    s0 = 0
    ends = _SPOKEN_END if any(w in chunk for w in _SPOKEN_HINTS) else _SENTENCE_END
    bounds = [m.end() for m in ends.finditer(chunk)
              if not (chunk.endswith(_ABBREVIATIONS, 0, m.start()) and _abbreviated(chunk, m.start()))]
    bounds.append(len(chunk))
    for e in bounds:
        piece = chunk[s0:e]
        body = piece.lstrip()
        if body:
            lstrip = len(piece) - len(body)
            if bullet := _bullet(body, piece):
                lstrip = max(lstrip, bullet.end())
            a, z = start + s0 + lstrip, start + s0 + len(piece.rstrip())
            if z > a:
                out.append(new(Sentence, (b, a, z, " ".join(text[a:z].split()), section)))
        s0 = e
    return out


def sentences(letter: Letter) -> list[Sentence]:
    """Every sentence of the letter in reading order."""
    return [s for u in units(letter) for s in split(letter.blocks[u.block].text, u)]


# Tick boxes on forms: "☒ GP ☐ Kingsmead", "[X] Practice nurse at day 10 [ ] Ward". An option runs from its
# box to the next box, cell or line end.
_BOX = re.compile(r"[☐☒☑□]|\[ ?[xX✓✔]? ?\]")
_OPTION_END = re.compile(r"[☐☒☑□|\n]|\[ ?[xX✓✔]? ?\]")


def as_filled_in(raw: str) -> str:
    """A form's text as filled in, whitespace collapsed: unticked options dropped and ticked boxes written
    "[x]", so "Who informs patient of result: ☒ GP ☐ Respiratory team" reads "… result: [x] GP" and a
    cue can say that a ticked box names the practice. Text without boxes comes back only collapsed."""
    out, pos = [], 0
    for m in _BOX.finditer(raw):
        if m.start() < pos:
            continue  # inside an option already dropped
        out.append(raw[pos:m.start()])
        box = m.group()
        if box in "☒☑" or any(c in box for c in "xX✓✔"):
            out.append("[x] ")
            pos = m.end()
        else:
            end = _OPTION_END.search(raw, m.end())
            pos = end.start() if end else len(raw)
    out.append(raw[pos:])
    return " ".join("".join(out).split())


def has_boxes(text: str) -> bool:
    """Whether the text holds a tick box (most sentences do not: one quick search)."""
    return _BOX.search(text) is not None


def outside(letter: Letter, found: list[Unit]) -> str:
    """The letter's text outside the units `found` (in reading order): headings, rules, blank lines, and
    whole blocks with none of them, one piece per line. With the units it holds every word of the letter,
    so the engine learns the letter's words without reading it all again."""
    pieces: list[str] = []
    pos = [0] * len(letter.blocks)
    for u in found:
        if u.start > pos[u.block]:
            pieces.append(letter.blocks[u.block].text[pos[u.block]:u.start])
        pos[u.block] = max(pos[u.block], u.end)
    pieces += [block.text[pos[b]:] for b, block in enumerate(letter.blocks)]
    return "\n".join(pieces)
