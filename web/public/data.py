"""The public figures read from the database and kept in memory for a while.

Each figure is computed from one narrow query (area codes, group, status and times of the cases of the
area and period: no person, text or point is read) and kept for STATS_CACHE_SECONDS, so a page linked
from the news costs a dictionary lookup, not a scan.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import geothai
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dispatch.open311 import SERVICE_CODES
from dispatch.public_stats import (
    BANGKOK,
    CaseFacts,
    area_level,
    children,
    hide,
    hide_parts,
    month_of,
    summary,
)
from models.cases import Case
from models.centers import Center
from models.volunteers import VisitReport, Volunteer, VolunteerStatus


class TimedCache:
    """Values by key for `seconds`; a value is computed by one caller while the others wait for it."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._values: dict[Any, tuple[float, Any]] = {}
        self._lock = threading.Lock()
        self._computing: dict[Any, threading.Lock] = defaultdict(threading.Lock)

    def get(self, key: Any, compute: Callable[[], Any]) -> Any:
        found = self._values.get(key)
        if found is not None and found[0] > time.monotonic():
            return found[1]
        with self._lock:
            computing = self._computing[key]
        with computing:
            found = self._values.get(key)
            if found is not None and found[0] > time.monotonic():
                return found[1]
            value = compute()
            self._values[key] = (time.monotonic() + self.seconds, value)
            return value


def period_start(now: datetime, months: int) -> datetime:
    """The first moment of the Bangkok month `months - 1` months before this one."""
    local = now.astimezone(BANGKOK).replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    for _ in range(months - 1):
        local = (local - timedelta(days=1)).replace(day=1)
    return local


def area_name(code: str, language: str = "th") -> str | None:
    """The area's name; None for a code geothai does not know."""
    level = area_level(code)
    if level == "country":
        return "ประเทศไทย" if language == "th" else "Thailand"
    area = {"province": geothai.province, "district": geothai.district, "subdistrict": geothai.subdistrict}[level](
        code
    )
    if area is None:
        return None
    return area.name_th if language == "th" else area.name_en


def _in_area(code: str) -> list[Any]:
    level = area_level(code)
    column = {"province": Case.province_code, "district": Case.district_code, "subdistrict": Case.subdistrict_code}
    return [column[level] == code] if level in column else []


def case_facts(session: Session, code: str, since: datetime) -> list[CaseFacts]:
    first_visits = (
        select(VisitReport.case_id, func.min(VisitReport.created_at).label("at"))
        .group_by(VisitReport.case_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Case.subdistrict_code,
            Case.district_code,
            Case.province_code,
            Case.category,
            Case.status,
            Case.created_at,
            Case.acknowledged_at,
            Case.ack_due_at,
            Case.resolved_at,
            Case.rating,
            first_visits.c.at,
        )
        .outerjoin(first_visits, first_visits.c.case_id == Case.id)
        .where(Case.created_at >= since, *_in_area(code))
    )
    return [CaseFacts(*row) for row in rows]


def active_volunteers(session: Session, code: str) -> int:
    """Approved volunteers of the area's centers."""
    level = area_level(code)
    query = (
        select(func.count(Volunteer.id))
        .join(Center, Center.id == Volunteer.center_id)
        .where(Volunteer.status == VolunteerStatus.APPROVED)
    )
    if level != "country":
        column = {"province": Center.province_code, "district": Center.district_code}.get(level, Center.subdistrict_code)
        query = query.where(column == code)
    return session.scalar(query) or 0


def area_figures(session: Session, code: str, now: datetime, months: int) -> dict[str, Any]:
    """Everything /stats shows of one area, suppressed (dispatch/public_stats.py)."""
    level = area_level(code)
    since = period_start(now, months)
    cases = case_facts(session, code, since)
    figures = summary(cases, level)
    rows = []
    for row in children(cases, level):
        rows.append({"code": row.code, "name": area_name(row.code) if row.code else None, **row.figures})
    return {
        "area": {"code": code, "level": level, "name_th": area_name(code, "th"), "name_en": area_name(code, "en")},
        "period": {"from": month_of(since), "to": month_of(now), "months": months},
        "computed_at": now.astimezone(BANGKOK).isoformat(timespec="seconds"),
        **figures,
        "volunteers_active": hide(active_volunteers(session, code)),
        "children": rows,
    }


OPEN_DATA_FIELDS = ("month", "level", "province_code", "province_name", "district_code", "district_name", "group", "cases")


def open_data_rows(session: Session, now: datetime, months: int) -> list[dict[str, Any]]:
    """Cases per month, area (each province, and each district) and help group, suppressed within each
    (month, area) like any other row of parts. No subdistrict level: there, too many cells are small."""
    since = period_start(now, months)
    counts: dict[tuple[str, str, str], dict[str, int]] = defaultdict(lambda: dict.fromkeys(SERVICE_CODES, 0))
    for facts in case_facts(session, "", since):
        month = month_of(facts.created_at)
        if facts.province_code:
            counts[(month, "province", facts.province_code)][facts.category] += 1
        if facts.district_code:
            counts[(month, "district", facts.district_code)][facts.category] += 1
    rows = []
    for (month, level, code), groups in sorted(counts.items()):
        province = code[:2]
        for group, shown in hide_parts(groups).items():
            rows.append(
                {
                    "month": month,
                    "level": level,
                    "province_code": province,
                    "province_name": area_name(province) or "",
                    "district_code": code if level == "district" else "",
                    "district_name": (area_name(code) or "") if level == "district" else "",
                    "group": group,
                    "cases": shown,
                }
            )
    return rows
