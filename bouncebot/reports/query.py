"""The evidence a practice keeps: counts of returned hospital work over a date range.

This is a pure query layer: it reads the bounce log through a `Session` and returns a frozen
`Report` of plain numbers, so the renderers (CSV, HTML, Word) and the tests all see the same
figures, and the figures can be checked against direct database counts.

What is counted, and why:

* A **request** is one non-exempt finding that is not an urgent-clinical-action cue, on an assessed
  letter. One letter can carry several requests; LMCs count requests (Kent, Avon), so we do too.
* Requests whose draft a person marked `not_a_bounce` are left out: a human said the detector was
  wrong, and evidence taken to an ICB must not include our false positives. They are counted
  separately so the practice can see how often that happens.
* Locally commissioned (exempt) work is logged but never bounced: counted separately, not as a breach.
* A letter's date is its `Date:` header, falling back to when we received it, the same as
  `bouncebot log`, so the report and the log agree.
* Time saved is only claimed for requests actually returned (draft `sent`): work not yet sent back
  has not been saved yet.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlmodel import Session, select

from bouncebot.model import CATEGORIES, TIMELINESS_CATEGORIES
from bouncebot.store.tables import Assessment, Draft, FindingRow, Message

#: Practice minutes per returned request when settings give none: Kent LMC, July 2020, costed each
#: episode at ~10 min GP + ~20 min admin time (research notes §5.2). Avon LMC (2015) used 10 min of
#: GP time alone and called it an underestimate, so 30 is the better-supported total.
PUBLISHED_MINUTES_PER_REQUEST = 30.0
#: A late letter is a complaint, not work handed back: replying saves the practice no time unless the
#: practice says otherwise in settings.
TIMELINESS_DEFAULT_MINUTES = 0.0

UNKNOWN = "(not stated)"

#: Draft states grouped into what a reader of the report cares about.
OUTCOME_OF_STATE: dict[str | None, str] = {
    "sent": "returned",
    "approved": "approved, sending",
    "sending": "approved, sending",
    "awaiting_review": "awaiting review",
    "clinician_review": "awaiting review",
    "rejected": "not sent (rejected)",
    "kept_for_gp": "kept by the GP",
    None: "no reply drafted",
}
OUTCOMES: tuple[str, ...] = tuple(dict.fromkeys(OUTCOME_OF_STATE.values()))


def minutes_for(category: str, minutes_per_category: dict[str, float] | None, default_minutes: float) -> float:
    """Minutes of practice time one returned request of `category` saves (settings first)."""
    if minutes_per_category and category in minutes_per_category:
        return float(minutes_per_category[category])
    if category in TIMELINESS_CATEGORIES:
        return TIMELINESS_DEFAULT_MINUTES
    return float(default_minutes)


def counts_as_request(exempt: bool, draft_state: str | None) -> bool:
    """The one rule for what the report, the export and their tests count (see the module docstring)."""
    return not exempt and draft_state != "not_a_bounce"


def month_key(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def months_between(start: date, end: date) -> list[str]:
    """Every month from `start` to `end` inclusive, as YYYY-MM, so empty months show as zero."""
    out: list[str] = []
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def letter_day(sent_at: datetime | None, received_at: datetime) -> date:
    """The day a letter counts under: its Date: header, else when we received it (as `bouncebot log`)."""
    when = sent_at or received_at
    if when.tzinfo is not None:
        when = when.astimezone(UTC)
    return when.date()


@dataclass(frozen=True)
class Trend:
    """Direction of travel across the months of the report."""

    slope_per_month: float | None  # least-squares requests/month; None with fewer than 3 months
    last_month: int
    previous_month: int | None

    @property
    def direction(self) -> str:
        if self.slope_per_month is None:
            return "not enough months to tell"
        if abs(self.slope_per_month) < 0.5:
            return "flat"
        return "rising" if self.slope_per_month > 0 else "falling"


@dataclass(frozen=True)
class Report:
    """Counts for one practice over `start`..`end` inclusive. Plain data: render it however you like."""

    start: date
    end: date
    months: tuple[str, ...]
    letters_assessed: int  # assessed letters dated in the range, with or without requests
    letters_with_requests: int
    requests: int
    returned: int  # requests whose reply was sent
    exempt: int  # locally commissioned work found and deliberately not bounced
    not_a_bounce: int  # requests a person said were not bounces (detector false positives)
    urgent_letters: int  # letters held for a clinician because they asked for urgent action
    by_provider: dict[str, int]
    by_specialty: dict[str, int]
    by_clinician: dict[str, int]
    by_category: dict[str, int]
    by_month: dict[str, int]
    by_provider_category: dict[tuple[str, str], int]
    by_provider_month: dict[tuple[str, str], int]
    by_category_month: dict[tuple[str, str], int]
    timeliness: dict[tuple[str, str], int]  # (provider, late_* category) -> count
    outcomes: dict[str, int]
    minutes_per_category: dict[str, float]  # the rate used for each category
    minutes_saved: float  # from returned requests
    minutes_possible: float  # if every request found were returned
    minutes_saved_by_category: dict[str, float] = field(default_factory=dict)
    trend: Trend = field(default_factory=lambda: Trend(None, 0, None))

    @property
    def timeliness_total(self) -> int:
        return sum(self.timeliness.values())

    @property
    def hours_saved(self) -> float:
        return self.minutes_saved / 60.0


def _sorted_desc(c: Counter[str]) -> dict[str, int]:
    """Largest first, then by name, so tables read the same every time."""
    return dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))


def _trend(series: list[int]) -> Trend:
    if not series:
        return Trend(None, 0, None)
    slope: float | None = None
    n = len(series)
    if n >= 3:
        mean_x = (n - 1) / 2
        mean_y = sum(series) / n
        den = sum((x - mean_x) ** 2 for x in range(n))
        slope = sum((x - mean_x) * (y - mean_y) for x, y in enumerate(series)) / den
    return Trend(slope, series[-1], series[-2] if n >= 2 else None)


def build_report(
    session: Session,
    start: date,
    end: date,
    *,
    minutes_per_category: dict[str, float] | None = None,
    default_minutes: float = PUBLISHED_MINUTES_PER_REQUEST,
) -> Report:
    """Count the bounce log for letters dated `start`..`end` inclusive.

    Only the columns needed are selected: neither the raw message nor any patient field is loaded,
    so nothing identifying can leak into a report by accident.
    """
    if end < start:
        raise ValueError("the report's end date is before its start date")
    months = months_between(start, end)

    # Letters assessed in range (the denominator), and those held for urgent clinical action.
    letters_assessed = 0
    urgent_letters = 0
    for sent_at, received_at, urgent in session.exec(
        select(Message.sent_at, Message.received_at, Assessment.urgent).join(
            Assessment, Assessment.message_pk == Message.id
        )
    ):
        if start <= letter_day(sent_at, received_at) <= end:
            letters_assessed += 1
            urgent_letters += bool(urgent)

    rows = session.exec(
        select(
            Message.sent_at,
            Message.received_at,
            Assessment.id,
            Assessment.trust,
            Assessment.specialty,
            Assessment.clinician,
            FindingRow.category,
            FindingRow.exempt,
            Draft.state,
        )
        .join(Assessment, Assessment.message_pk == Message.id)
        .join(FindingRow, FindingRow.assessment_id == Assessment.id)
        .outerjoin(Draft, Draft.message_pk == Message.id)
        .where(FindingRow.urgent == False)  # noqa: E712 - SQL expression, not a Python comparison
    ).all()

    by_provider: Counter[str] = Counter()
    by_specialty: Counter[str] = Counter()
    by_clinician: Counter[str] = Counter()
    by_category: Counter[str] = Counter()
    by_month: Counter[str] = Counter({m: 0 for m in months})
    by_pc: Counter[tuple[str, str]] = Counter()
    by_pm: Counter[tuple[str, str]] = Counter()
    by_cm: Counter[tuple[str, str]] = Counter()
    timeliness: Counter[tuple[str, str]] = Counter()
    outcomes: Counter[str] = Counter({o: 0 for o in OUTCOMES})
    returned_by_category: Counter[str] = Counter()
    letters: set[int] = set()
    exempt = not_a_bounce = 0

    for sent_at, received_at, assessment_id, trust, specialty, clinician, category, is_exempt, state in rows:
        day = letter_day(sent_at, received_at)
        if not start <= day <= end:
            continue
        if is_exempt:
            exempt += 1
            continue
        if state == "not_a_bounce":
            not_a_bounce += 1
            continue
        provider = (trust or "").strip() or UNKNOWN
        month = month_key(day)
        letters.add(assessment_id)
        by_provider[provider] += 1
        by_specialty[(specialty or "").strip() or UNKNOWN] += 1
        by_clinician[(clinician or "").strip() or UNKNOWN] += 1
        by_category[category] += 1
        by_month[month] += 1
        by_pc[(provider, category)] += 1
        by_pm[(provider, month)] += 1
        by_cm[(category, month)] += 1
        if category in TIMELINESS_CATEGORIES:
            timeliness[(provider, category)] += 1
        outcome = OUTCOME_OF_STATE.get(state, "awaiting review")
        outcomes[outcome] += 1
        if state == "sent":
            returned_by_category[category] += 1

    known = [c for c in CATEGORIES if c in by_category] + sorted(set(by_category) - set(CATEGORIES))
    rates = {c: minutes_for(c, minutes_per_category, default_minutes) for c in CATEGORIES}
    rates.update({c: minutes_for(c, minutes_per_category, default_minutes) for c in known})
    saved_by_cat = {c: returned_by_category[c] * rates[c] for c in known if returned_by_category[c]}

    return Report(
        start=start,
        end=end,
        months=tuple(months),
        letters_assessed=letters_assessed,
        letters_with_requests=len(letters),
        requests=sum(by_category.values()),
        returned=sum(returned_by_category.values()),
        exempt=exempt,
        not_a_bounce=not_a_bounce,
        urgent_letters=urgent_letters,
        by_provider=_sorted_desc(by_provider),
        by_specialty=_sorted_desc(by_specialty),
        by_clinician=_sorted_desc(by_clinician),
        by_category={c: by_category[c] for c in known},
        by_month={m: by_month[m] for m in months},
        by_provider_category=dict(sorted(by_pc.items(), key=lambda kv: (kv[0][0], kv[0][1]))),
        by_provider_month=dict(sorted(by_pm.items())),
        by_category_month=dict(sorted(by_cm.items())),
        timeliness=dict(sorted(timeliness.items())),
        outcomes=dict(outcomes),
        minutes_per_category=rates,
        minutes_saved=sum(saved_by_cat.values()),
        minutes_possible=sum(by_category[c] * rates[c] for c in known),
        minutes_saved_by_category=saved_by_cat,
        trend=_trend([by_month[m] for m in months]),
    )


def group_rows(report: Report) -> dict[str, list[tuple[str, ...]]]:
    """The report's tables as rows of strings, shared by the CSV and HTML renderers."""
    tables: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for k, v in report.by_provider.items():
        tables["provider"].append((k, str(v)))
    for k, v in report.by_specialty.items():
        tables["specialty"].append((k, str(v)))
    for k, v in report.by_category.items():
        tables["category"].append((k, str(v)))
    for k, v in report.by_month.items():
        tables["month"].append((k, str(v)))
    for (p, c), v in report.by_provider_category.items():
        tables["provider_category"].append((p, c, str(v)))
    for (p, m), v in report.by_provider_month.items():
        tables["provider_month"].append((p, m, str(v)))
    for (p, c), v in report.timeliness.items():
        tables["timeliness"].append((p, c, str(v)))
    for k, v in report.by_clinician.items():
        tables["clinician"].append((k, str(v)))
    for k, v in report.outcomes.items():
        tables["outcome"].append((k, str(v)))
    return dict(tables)
