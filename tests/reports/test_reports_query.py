"""The practice report's numbers against the database: a worked quarter, then random logs vs. SQL counts."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, or_
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bouncebot.model import CATEGORIES, TIMELINESS_CATEGORIES
from bouncebot.reports.query import UNKNOWN, build_report, minutes_for, months_between
from bouncebot.store.tables import Assessment, Draft, FindingRow, Message
from tests.reports.seeding import F, L, clear, seed, standard_letters, utc

Q1 = (date(2026, 1, 1), date(2026, 3, 31))
NB, WS = "Northbridge University Hospitals NHS Trust", "Westbury Hospitals NHS Foundation Trust"


def test_a_worked_quarter(engine: Engine) -> None:
    seed(engine, standard_letters())
    with Session(engine) as s:
        r = build_report(s, *Q1)
    assert r.months == ("2026-01", "2026-02", "2026-03")
    assert r.letters_assessed == 9  # eleven seeded, two outside the quarter
    assert r.letters_with_requests == 7
    assert r.requests == 8
    assert r.returned == 4
    assert (r.exempt, r.not_a_bounce, r.urgent_letters) == (1, 1, 1)
    assert r.by_month == {"2026-01": 4, "2026-02": 1, "2026-03": 3}
    assert r.by_provider == {NB: 4, WS: 3, UNKNOWN: 1}
    assert r.by_category["fit_note"] == 2 and r.by_category["onward_referral"] == 1
    assert "shared_care_without_agreement" not in r.by_category  # exempt only
    assert r.by_provider_category[(NB, "results_chasing")] == 1  # the urgent cue is not counted
    assert r.timeliness == {(WS, "late_discharge_summary"): 1}
    assert r.outcomes["returned"] == 4 and r.outcomes["not sent (rejected)"] == 1
    assert r.outcomes["kept by the GP"] == 1 and r.outcomes["no reply drafted"] == 1
    # Three returned text requests at the published 30 minutes; a late letter saves nothing.
    assert r.minutes_saved == 90
    assert r.minutes_possible == 7 * 30
    assert r.trend.last_month == 3 and r.trend.previous_month == 1


def test_minutes_come_from_settings_first(engine: Engine) -> None:
    seed(engine, standard_letters())
    with Session(engine) as s:
        r = build_report(s, *Q1, minutes_per_category={"fit_note": 12.5, "late_discharge_summary": 4},
                         default_minutes=20)
    # Returned: tests_for_hospital, results_chasing (20 each), fit_note (12.5), late discharge (4).
    assert r.minutes_saved == 20 + 20 + 12.5 + 4
    assert minutes_for("late_clinic_letter", None, 30) == 0
    assert minutes_for("fit_note", {}, 30) == 30


def test_empty_months_are_zero_and_a_day_range_is_inclusive(engine: Engine) -> None:
    seed(engine, [L(utc(2026, 5, 31, 23), findings=[F("fit_note")])])
    with Session(engine) as s:
        r = build_report(s, date(2026, 3, 15), date(2026, 5, 31))
        none = build_report(s, date(2026, 6, 1), date(2026, 6, 30))
    assert r.by_month == {"2026-03": 0, "2026-04": 0, "2026-05": 1}
    assert none.requests == 0 and none.by_provider == {}
    assert months_between(date(2025, 11, 30), date(2026, 2, 1)) == ["2025-11", "2025-12", "2026-01", "2026-02"]


# --- random logs against direct SQL counts ----------------------------------------------------------

TRUSTS = [NB, WS, "Eastmoor Community NHS Trust", None]
STATES = [None, "awaiting_review", "clinician_review", "approved", "sent", "rejected", "not_a_bounce", "kept_for_gp"]
findings = st.builds(F, st.sampled_from(CATEGORIES), st.booleans(), st.booleans())
letters = st.builds(
    L,
    sent_at=st.one_of(st.none(), st.datetimes(min_value=datetime(2025, 11, 1), max_value=datetime(2026, 5, 31))
                      .map(lambda d: d.replace(microsecond=0, tzinfo=utc(2026, 1, 1).tzinfo))),
    trust=st.sampled_from(TRUSTS),
    specialty=st.sampled_from(["Cardiology", "Dermatology", None]),
    findings=st.lists(findings, max_size=4),
    draft_state=st.sampled_from(STATES),
    received_at=st.just(utc(2026, 2, 10)),
)


def _sql_counts(engine: Engine, start: date, end: date, column):  # type: ignore[no-untyped-def]
    """Requests grouped by `column`, counted by the database itself."""
    lo = datetime(start.year, start.month, start.day, tzinfo=utc(2026, 1, 1).tzinfo)
    hi = lo + timedelta(days=(end - start).days + 1)
    when = func.coalesce(Message.sent_at, Message.received_at)
    q = (select(column, func.count()).select_from(FindingRow)
         .join(Assessment, FindingRow.assessment_id == Assessment.id)
         .join(Message, Assessment.message_pk == Message.id)
         .outerjoin(Draft, Draft.message_pk == Message.id)
         .where(FindingRow.exempt == False, FindingRow.urgent == False)  # noqa: E712
         .where(or_(Draft.state.is_(None), Draft.state != "not_a_bounce"))  # type: ignore[union-attr]
         .where(when >= lo, when < hi)
         .group_by(column))
    with Session(engine) as s:
        return {k: n for k, n in s.exec(q).all()}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(letters, max_size=12))
def test_report_matches_the_database(module_engine: Engine, seeded: list[L]) -> None:
    clear(module_engine)
    seed(module_engine, seeded)
    start, end = date(2025, 12, 15), date(2026, 4, 14)
    with Session(module_engine) as s:
        r = build_report(s, start, end)
    by_trust = {(k or UNKNOWN): v for k, v in _sql_counts(module_engine, start, end, Assessment.trust).items()}
    assert r.by_provider == by_trust
    assert r.by_category == _sql_counts(module_engine, start, end, FindingRow.category)
    assert r.requests == sum(by_trust.values())
    assert sum(r.by_month.values()) == r.requests
    returned = _sql_counts(module_engine, start, end, Draft.state).get("sent", 0)
    assert r.returned == returned
    late = sum(v for k, v in r.by_category.items() if k in TIMELINESS_CATEGORIES)
    assert r.timeliness_total == late
