"""Small-cell suppression at every level (dispatch/public_stats.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from dispatch.public_stats import HIDDEN, CaseFacts, children, duration_key, hide, hide_parts, summary

NOW = datetime(2026, 11, 15, 5, 0, tzinfo=UTC)


def facts(subdistrict: str, category: str = "elderly", days_ago: int = 0, **fields) -> CaseFacts:
    created = NOW - timedelta(days=days_ago)
    values = {
        "status": "assigned",
        "created_at": created,
        "acknowledged_at": None,
        "ack_due_at": created + timedelta(hours=24),
        "resolved_at": None,
        "rating": None,
    }
    values.update(fields)
    return CaseFacts(subdistrict, subdistrict[:4], subdistrict[:2], category, **values)


def test_one_to_four_is_hidden_and_zero_is_not() -> None:
    assert [hide(n) for n in (0, 1, 4, 5, 12)] == [0, HIDDEN, HIDDEN, 5, 12]


def test_a_lone_hidden_part_takes_the_next_smallest_with_it() -> None:
    assert hide_parts({"a": 3, "b": 9, "c": 6, "d": 0}) == {"a": HIDDEN, "b": 9, "c": HIDDEN, "d": 0}
    assert hide_parts({"a": 3, "b": 2, "c": 6}) == {"a": HIDDEN, "b": HIDDEN, "c": 6}  # two hidden: enough
    assert hide_parts({"a": 3, "b": 0}) == {"a": HIDDEN, "b": 0}  # nothing else to hide (the total is < 5 too)


def test_rates_and_medians_need_five_cases() -> None:
    four = [facts("400101", acknowledged_at=NOW + timedelta(hours=1), rating=5) for _ in range(4)]
    small = summary(four, "district")
    assert small["cases"] == HIDDEN
    assert small["median_hours_to_acknowledge"] is None and small["share_acknowledged_within_deadline"] is None
    assert small["average_rating"] is None and small["share_resolved"] is None
    assert small["median_days_to_first_visit"] is None
    five = [*four, facts("400101", acknowledged_at=NOW + timedelta(hours=30), rating=3)]
    big = summary(five, "district")
    assert big["median_days_to_first_visit"] is None  # nobody visited yet
    visited = [facts("400101", first_visit_at=NOW + timedelta(days=days)) for days in (1, 2, 3, 4, 9)]
    assert summary(visited, "district")["median_days_to_first_visit"] == 3.0
    assert big["cases"] == 5 and big["median_hours_to_acknowledge"] == 1.0
    assert big["share_acknowledged_within_deadline"] == 0.8 and big["average_rating"] == 4.6


def test_sensitive_groups_are_one_cell_at_subdistrict_level_only() -> None:
    cases = [facts("400101", "violence") for _ in range(6)] + [facts("400101", "child") for _ in range(6)]
    at_subdistrict = summary(cases, "subdistrict")["by_group"]
    assert "violence" not in at_subdistrict and "child" not in at_subdistrict and at_subdistrict["sensitive"] == 12
    at_district = summary(cases, "district")["by_group"]
    assert at_district["violence"] == 6 and at_district["child"] == 6 and "sensitive" not in at_district


def test_subdistricts_with_fewer_than_five_cases_are_merged_and_nothing_is_below_a_subdistrict() -> None:
    cases = (
        [facts("400101") for _ in range(7)]
        + [facts("400102") for _ in range(3)]
        + [facts("400103") for _ in range(4)]
        + [facts("400104", "violence")]
    )
    rows = children(cases, "district")
    assert [row.code for row in rows] == ["400101", None]
    assert rows[0].figures["cases"] == 7 and rows[1].figures["cases"] == 8
    assert "violence" not in rows[1].figures["by_group"]  # the merged row is a subdistrict-level row
    assert children(cases, "subdistrict") == []
    provinces = children(cases, "country")
    assert [(row.code, row.figures["cases"]) for row in provinces] == [("40", 15)]
    districts = children([facts("400101")] * 2, "province")
    assert [(row.code, row.figures["cases"]) for row in districts] == [("4001", HIDDEN)]


def test_months_are_suppressed_like_any_other_parts() -> None:
    cases = [facts("400101", days_ago=0) for _ in range(6)] + [facts("400101", days_ago=40) for _ in range(2)]
    months = summary(cases, "district")["by_month"]
    assert months == [{"month": "2026-10", "cases": HIDDEN}, {"month": "2026-11", "cases": HIDDEN}]


def test_durations_are_kept_to_two_significant_figures_and_their_median_is_exact_at_that_precision() -> None:
    assert [duration_key(hours) for hours in (0.04, 7.44, 37.4, 123.0, 1234.0)] == [0, 74, 370, 1200, 12300]
    visited = [facts("400101", first_visit_at=NOW + timedelta(days=days)) for days in (1.26, 2.5, 3.34, 41.6, 44.2, 9)]
    assert summary(visited, "district")["median_days_to_first_visit"] == 6.2  # (3.3 + 9) / 2, rounded
