"""Public statistics per area, the pure part: aggregates of cases that single nobody out.

Rules (issue 20, DESIGN.md section 8):
- A count of 1-4 is shown as "< 5" (0 stays 0: it says nothing about anybody). Where a row's total
  is shown and only one of its parts is hidden, the smallest other non-zero part is hidden too, so the
  hidden one cannot be worked out by subtraction; it shows the same mark (a different one would tell
  it is 5 or more, and give the first away again). So "< 5" reads "hidden": under 5, or hidden with
  one that is.
- A rate, median or average is given only over at least SMALL_CELL cases, else None.
- Nothing below subdistrict level; at subdistrict level the sensitive groups (violence, child,
  mental_health) are one combined cell. A subdistrict with fewer than SMALL_CELL cases in the period is
  not listed on its own: its cases are merged into one "other subdistricts" row of its district.

The figures are computed from Tally sums (per area and month), which add up without the cases: the
same code serves a list of cases (summary, children) and the materialised rows (summarise,
child_rows; dispatch/stats_refresh.py).
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from dispatch.open311 import SENSITIVE_SERVICES, SERVICE_CODES, SMALL_CELL

BANGKOK = ZoneInfo("Asia/Bangkok")
HIDDEN = "< 5"
SENSITIVE_GROUP = "sensitive"
STATUSES = ("assigned", "acknowledged", "visiting", "in_progress", "referred", "resolved", "closed", "cancelled")
LEVELS = {0: "country", 2: "province", 4: "district", 6: "subdistrict"}
Shown = int | str  # a count, or HIDDEN


@dataclass(frozen=True)
class CaseFacts:
    """What statistics read of one case: no person, no text, no point."""

    subdistrict_code: str | None
    district_code: str | None
    province_code: str | None
    category: str
    status: str
    created_at: datetime
    acknowledged_at: datetime | None
    ack_due_at: datetime | None
    resolved_at: datetime | None
    rating: int | None
    first_visit_at: datetime | None = None  # the first visit report's time


def area_level(code: str) -> str:
    """ "" the whole country, 2 digits a province, 4 a district, 6 a subdistrict."""
    if len(code) not in LEVELS or (code and not code.isdigit()):
        raise ValueError(f"not an area code: {code!r}")
    return LEVELS[len(code)]


def child_code(facts: CaseFacts, level: str) -> str | None:
    """The code of the area one level below `level` that holds the case."""
    return {
        "country": facts.province_code,
        "province": facts.district_code,
        "district": facts.subdistrict_code,
    }.get(level)


def month_of(moment: datetime) -> str:
    return f"{moment.astimezone(BANGKOK):%Y-%m}"


def month_bounds(month: str) -> tuple[datetime, datetime]:
    """The first moment of the Bangkok month "YYYY-MM" and of the next one, in UTC."""
    year, number = (int(part) for part in month.split("-"))
    start = datetime(year, number, 1, tzinfo=BANGKOK)
    end = datetime(year + number // 12, number % 12 + 1, 1, tzinfo=BANGKOK)
    return start.astimezone(UTC), end.astimezone(UTC)


def period_months(now: datetime, months: int) -> list[str]:
    """The `months` Bangkok months up to the one holding `now`, oldest first."""
    local = now.astimezone(BANGKOK)
    year, number = local.year, local.month
    found = []
    for _ in range(months):
        found.append(f"{year:04d}-{number:02d}")
        year, number = (year, number - 1) if number > 1 else (year - 1, 12)
    return found[::-1]


def period_start(now: datetime, months: int) -> datetime:
    """The first moment of the Bangkok month `months - 1` months before this one."""
    return month_bounds(period_months(now, months)[0])[0]


def hide(count: int) -> Shown:
    return HIDDEN if 0 < count < SMALL_CELL else count


def hide_parts(parts: dict[str, int]) -> dict[str, Shown]:
    """Primary suppression of each part, and the secondary one described at the top."""
    shown: dict[str, Shown] = {key: hide(value) for key, value in parts.items()}
    hidden = [key for key, value in shown.items() if value == HIDDEN]
    if len(hidden) == 1:
        others = sorted((value, key) for key, value in parts.items() if key not in hidden and value > 0)
        if others:
            shown[others[0][1]] = HIDDEN
    return shown


# -- tallies: what is kept of a set of cases, added together without the cases ------------------


def duration_key(value: float) -> int:
    """A duration's histogram key, in tenths, to two significant figures: to 0.1 below 10, to 1
    below 100, to 10 from 100 up — so a histogram holds a few hundred keys at most, and adding up a
    province's months and districts stays cheap."""
    if value < 10:
        return round(value * 10)
    if value < 100:
        return round(value) * 10
    return round(value / 10) * 100


DURATIONS = ("hours_to_acknowledge", "days_to_first_visit", "days_to_help")


@dataclass
class Tally:
    """The sums over a set of cases that the figures need, and that add up: counts per help group
    and status, the deadline and rating sums, and a histogram (key: duration_key, value: cases) of
    each duration whose median is shown. Materialised per area and month (models/stats.py)."""

    cases: int = 0
    groups: Counter[str] = field(default_factory=Counter)
    statuses: Counter[str] = field(default_factory=Counter)
    acknowledged: int = 0
    acknowledged_in_time: int = 0
    resolved: int = 0
    rating_sum: int = 0
    ratings: int = 0
    hours_to_acknowledge: Counter[int] = field(default_factory=Counter)
    days_to_first_visit: Counter[int] = field(default_factory=Counter)
    days_to_help: Counter[int] = field(default_factory=Counter)

    def count(self, facts: CaseFacts) -> None:
        self.cases += 1
        self.groups[facts.category] += 1
        self.statuses[facts.status] += 1
        if facts.acknowledged_at is not None:
            self.acknowledged += 1
            if facts.ack_due_at is None or facts.acknowledged_at <= facts.ack_due_at:
                self.acknowledged_in_time += 1
            self.hours_to_acknowledge[duration_key(_hours(facts.created_at, facts.acknowledged_at))] += 1
        if facts.resolved_at is not None:
            self.resolved += 1
            self.days_to_help[duration_key(_hours(facts.created_at, facts.resolved_at) / 24)] += 1
        if facts.first_visit_at is not None:
            self.days_to_first_visit[duration_key(_hours(facts.created_at, facts.first_visit_at) / 24)] += 1
        if facts.rating is not None:
            self.rating_sum += facts.rating
            self.ratings += 1

    def add(self, other: Tally) -> None:
        for name in ("cases", "acknowledged", "acknowledged_in_time", "resolved", "rating_sum", "ratings"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("groups", "statuses", *DURATIONS):
            getattr(self, name).update(getattr(other, name))


def _hours(start: datetime, end: datetime) -> float:
    return (end - start).total_seconds() / 3600


def tally_of(tallies: Iterable[Tally]) -> Tally:
    total = Tally()
    for tally in tallies:
        total.add(tally)
    return total


def histogram_median(histogram: Counter[int], digits: int = 1) -> float | None:
    """statistics.median of the durations the histogram holds (each at its key's precision)."""
    size = sum(histogram.values())
    if size < SMALL_CELL:
        return None
    wanted = sorted({(size - 1) // 2, size // 2})
    found: list[int] = []
    seen = 0
    for key in sorted(histogram):
        seen += histogram[key]
        while wanted and wanted[0] < seen:
            found.append(key)
            wanted.pop(0)
    return round(statistics.fmean(found) / 10, digits) if len(found) == 2 else round(found[0] / 10, digits)


def _share(hits: int, total: int) -> float | None:
    return round(hits / total, 3) if total >= SMALL_CELL else None


# A month ("2026-11", Bangkok) -> the tally of the cases reported in it.
Months = Mapping[str, Tally]


def by_month(cases: Iterable[CaseFacts]) -> dict[str, Tally]:
    months: dict[str, Tally] = defaultdict(Tally)
    for facts in cases:
        months[month_of(facts.created_at)].count(facts)
    return months


def summary(cases: Sequence[CaseFacts], level: str) -> dict[str, Any]:
    """The figures of one area over its cases (see summarise)."""
    return summarise(by_month(cases), level)


def summarise(months: Months, level: str) -> dict[str, Any]:
    """The figures of one area over the tallies of its months. At subdistrict level the sensitive
    groups are one cell."""
    total = tally_of(months.values())
    groups: Counter[str] = Counter()
    for group, count in total.groups.items():
        if level == "subdistrict" and group in SENSITIVE_SERVICES:
            group = SENSITIVE_GROUP
        groups[group] += count
    group_order = [code for code in SERVICE_CODES if not (level == "subdistrict" and code in SENSITIVE_SERVICES)]
    if level == "subdistrict":
        group_order.append(SENSITIVE_GROUP)
    per_month = {month: tally.cases for month, tally in months.items() if tally.cases}
    return {
        "cases": hide(total.cases),
        "by_group": hide_parts({group: groups[group] for group in group_order}),
        "by_status": hide_parts({status: total.statuses[status] for status in STATUSES}),
        "by_month": [{"month": month, "cases": shown} for month, shown in sorted(hide_parts(per_month).items())],
        "share_acknowledged_within_deadline": _share(total.acknowledged_in_time, total.acknowledged),
        "median_hours_to_acknowledge": histogram_median(total.hours_to_acknowledge),
        "share_resolved": _share(total.resolved, total.cases),
        "median_days_to_first_visit": histogram_median(total.days_to_first_visit),
        "median_days_to_help": histogram_median(total.days_to_help),
        "average_rating": round(total.rating_sum / total.ratings, 2) if total.ratings >= SMALL_CELL else None,
    }


@dataclass(frozen=True)
class ChildRow:
    """One row of an area's table of the areas below it; `code` None: the merged small subdistricts."""

    code: str | None
    figures: dict[str, Any]


def children(cases: Iterable[CaseFacts], level: str) -> list[ChildRow]:
    """The areas one level below `level` over their cases (see child_rows)."""
    by_child: dict[str | None, list[CaseFacts]] = defaultdict(list)
    for facts in cases:
        by_child[child_code(facts, level)].append(facts)
    return child_rows({code: by_month(found) for code, found in by_child.items()}, level)


def child_rows(by_child: Mapping[str | None, Months], level: str) -> list[ChildRow]:
    """The areas one level below `level` (code None: cases whose area at that level is not known),
    each summarised; below a district, subdistricts with fewer than SMALL_CELL cases are merged into
    the None row. Nothing below a subdistrict."""
    if level == "subdistrict":
        return []
    below = {"country": "province", "province": "district", "district": "subdistrict"}[level]
    merged: dict[str, Tally] = defaultdict(Tally)
    rows = []

    def merge(months: Months) -> None:
        for month, tally in months.items():
            merged[month].add(tally)

    merge(by_child.get(None, {}))
    for code in sorted(code for code in by_child if code):
        months = by_child[code]
        cases = sum(tally.cases for tally in months.values())
        if cases == 0:
            continue
        if below == "subdistrict" and cases < SMALL_CELL:
            merge(months)
            continue
        rows.append(ChildRow(code, summarise(months, below)))
    if any(tally.cases for tally in merged.values()):
        # The merged row is a mix of subdistricts: it never shows the sensitive groups apart either.
        rows.append(ChildRow(None, summarise(merged, below)))
    return rows
