"""Dates as UK hospital letters write them: 05/10/2026, 5.10.26, 05-10-2026, 1st October 2026, 01-Oct-2026,
2026-10-05, 2026/10/05."""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
DATE = (
    r"(?:(?<!\d)\d{4}[-/]\d{2}[-/]\d{2}(?!\d)"
    r"|(?<![\d/.-])\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})(?![\d/])"
    r"|(?<![\d-])\d{1,2}-\d{1,2}-\d{4}(?!\d)"
    r"|\d{1,2}(?:st|nd|rd|th)?[ -]+" + _MONTH + r"\.?,?[ -]+\d{4}"
    r"|" + _MONTH + r"\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})"
)
DATE_RE = re.compile(DATE, re.I)
TIME_RE = re.compile(r"\b([01]?\d|2[0-3])[:.]([0-5]\d)\b(?:\s*(?:hrs|h))?")


def parse_date(text: str) -> date | None:
    """The first date in `text`, day-first; None when there is none or it is impossible."""
    m = DATE_RE.search(text)
    if not m:
        return None
    s = m.group(0).lower().replace(",", " ").replace(".", " ") if not re.match(r"\d{1,2}\.\d", m.group(0)) else m.group(0)
    try:
        if re.fullmatch(r"\d{4}[-/]\d{2}[-/]\d{2}", s):
            y, mo, d = (int(x) for x in re.split(r"[-/]", s))
            return date(y, mo, d)
        if re.fullmatch(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}", s):
            d, mo, y = (int(x) for x in re.split(r"[/.-]", s))
            return date(y + 2000 if y < 100 else y, mo, d)
        words = re.findall(r"[a-z]+|\d+", s)
        nums = [int(w) for w in words if w.isdigit()]
        month = next(_MONTHS[w[:3]] for w in words if w[:3] in _MONTHS)
        day, year = (nums[0], nums[1]) if nums[0] < 32 else (nums[1], nums[0])
        return date(year, month, day)
    except (ValueError, StopIteration, IndexError):
        return None


#: "10 December", "Thursday 10th Dec": a date without a year (the year comes from the letter's own date).
DAY_MONTH_RE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r"\b(?!\.?,?\s+\d{4})", re.I)


def parse_day_month(text: str, near: date) -> date | None:
    """A day and month without a year: the one nearest to `near` (a letter's sending date)."""
    m = DAY_MONTH_RE.search(text)
    if not m:
        return None
    words = re.findall(r"[a-z]+|\d+", m.group(0).lower())
    try:
        day = int(words[0])
        month = next(_MONTHS[w[:3]] for w in words[1:] if w[:3] in _MONTHS)
        options = [date(near.year + k, month, day) for k in (-1, 0, 1)]
    except (ValueError, StopIteration, IndexError):
        return None
    return min(options, key=lambda d: abs((d - near).days))
