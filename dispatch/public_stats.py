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
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
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
    """"" the whole country, 2 digits a province, 4 a district, 6 a subdistrict."""
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


def _median(values: Sequence[float], digits: int = 1) -> float | None:
    return round(statistics.median(values), digits) if len(values) >= SMALL_CELL else None


def _share(hits: int, total: int) -> float | None:
    return round(hits / total, 3) if total >= SMALL_CELL else None


def summary(cases: Sequence[CaseFacts], level: str) -> dict[str, Any]:
    """The figures of one area over its cases. At subdistrict level the sensitive groups are one cell."""
    groups: Counter[str] = Counter()
    for facts in cases:
        group = facts.category
        if level == "subdistrict" and group in SENSITIVE_SERVICES:
            group = SENSITIVE_GROUP
        groups[group] += 1
    group_order = [code for code in SERVICE_CODES if not (level == "subdistrict" and code in SENSITIVE_SERVICES)]
    if level == "subdistrict":
        group_order.append(SENSITIVE_GROUP)
    statuses = Counter(facts.status for facts in cases)
    months = Counter(month_of(facts.created_at) for facts in cases)
    acknowledged = [facts for facts in cases if facts.acknowledged_at is not None]
    hours_to_ack = [(f.acknowledged_at - f.created_at).total_seconds() / 3600 for f in acknowledged]  # type: ignore[operator]
    in_time = sum(1 for f in acknowledged if f.ack_due_at is None or f.acknowledged_at <= f.ack_due_at)  # type: ignore[operator]
    resolved = [facts for facts in cases if facts.resolved_at is not None]
    days_to_help = [(f.resolved_at - f.created_at).total_seconds() / 86400 for f in resolved]  # type: ignore[operator]
    ratings = [facts.rating for facts in cases if facts.rating is not None]
    days_to_visit = [
        (f.first_visit_at - f.created_at).total_seconds() / 86400 for f in cases if f.first_visit_at is not None
    ]
    return {
        "cases": hide(len(cases)),
        "by_group": hide_parts({group: groups[group] for group in group_order}),
        "by_status": hide_parts({status: statuses[status] for status in STATUSES}),
        "by_month": [{"month": month, "cases": shown} for month, shown in sorted(hide_parts(dict(months)).items())],
        "share_acknowledged_within_deadline": _share(in_time, len(acknowledged)),
        "median_hours_to_acknowledge": _median(hours_to_ack),
        "share_resolved": _share(len(resolved), len(cases)),
        "median_days_to_first_visit": _median(days_to_visit),
        "median_days_to_help": _median(days_to_help),
        "average_rating": round(sum(ratings) / len(ratings), 2) if len(ratings) >= SMALL_CELL else None,
    }


@dataclass(frozen=True)
class ChildRow:
    """One row of an area's table of the areas below it; `code` None: the merged small subdistricts."""

    code: str | None
    figures: dict[str, Any]


def children(cases: Iterable[CaseFacts], level: str) -> list[ChildRow]:
    """The areas one level below `level`, each summarised; below a district, subdistricts with fewer
    than SMALL_CELL cases are merged into one row (code None). Nothing below a subdistrict."""
    if level == "subdistrict":
        return []
    below = {"country": "province", "province": "district", "district": "subdistrict"}[level]
    by_child: dict[str | None, list[CaseFacts]] = defaultdict(list)
    for facts in cases:
        by_child[child_code(facts, level)].append(facts)
    merged: list[CaseFacts] = by_child.pop(None, [])
    rows = []
    for code in sorted(code for code in by_child if code):
        if below == "subdistrict" and len(by_child[code]) < SMALL_CELL:
            merged.extend(by_child[code])
            continue
        rows.append(ChildRow(code, summary(by_child[code], below)))
    if merged:
        # The merged row is a mix of subdistricts: it never shows the sensitive groups apart either.
        rows.append(ChildRow(None, summary(merged, "subdistrict" if below == "subdistrict" else below)))
    return rows
