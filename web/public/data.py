"""The public figures read from the materialised statistics and kept in memory for a while.

An area's figures are read from its rows and its children's in stats_area_months (kept up to date
by dispatch/stats_refresh.py: a few hundred rows, never the cases) and kept for STATS_CACHE_SECONDS,
so a page linked from the news costs a dictionary lookup.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import datetime
from typing import Any

import geothai
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dispatch.open311 import SERVICE_CODES
from dispatch.public_stats import BANGKOK, area_level, child_rows, hide, hide_parts, period_months, summarise
from dispatch.stats_refresh import area_months, materialised_months
from models.centers import Center
from models.stats import AreaMonth
from models.volunteers import Volunteer, VolunteerStatus


class TimedCache:
    """Values by key for `seconds`; a value is computed by one caller while the others wait for it."""

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self._clock = clock
        self._values: dict[Any, tuple[float, Any]] = {}
        self._lock = threading.Lock()
        self._computing: dict[Any, threading.Lock] = defaultdict(threading.Lock)

    def get(self, key: Any, compute: Callable[[], Any]) -> Any:
        found = self._values.get(key)
        if found is not None and found[0] > self._clock():
            return found[1]
        with self._lock:
            computing = self._computing[key]
        with computing:
            found = self._values.get(key)
            if found is not None and found[0] > self._clock():
                return found[1]
            value = compute()
            self._values[key] = (self._clock() + self.seconds, value)
            return value


def area_name(code: str, language: str = "th") -> str | None:
    """The area's name; None for a code geothai does not know."""
    level = area_level(code)
    if level == "country":
        return "ประเทศไทย" if language == "th" else "Thailand"
    area = {"province": geothai.province, "district": geothai.district, "subdistrict": geothai.subdistrict}[level](code)
    if area is None:
        return None
    return area.name_th if language == "th" else area.name_en


def active_volunteers(session: Session, code: str) -> int:
    """Approved volunteers of the area's centers."""
    level = area_level(code)
    query = (
        select(func.count(Volunteer.id))
        .join(Center, Center.id == Volunteer.center_id)
        .where(Volunteer.status == VolunteerStatus.APPROVED)
    )
    if level != "country":
        column = {"province": Center.province_code, "district": Center.district_code}.get(
            level, Center.subdistrict_code
        )
        query = query.where(column == code)
    return session.scalar(query) or 0


def area_figures(session: Session, code: str, now: datetime, months: int) -> dict[str, Any]:
    """Everything /stats shows of one area, suppressed (dispatch/public_stats.py), from the
    materialised rows (dispatch/stats_refresh.py) of the period."""
    level = area_level(code)
    period = period_months(now, months)
    own, by_child = area_months(session, code, period[0])
    rows = []
    for row in child_rows(by_child, level):
        rows.append({"code": row.code, "name": area_name(row.code) if row.code else None, **row.figures})
    _, refreshed_at = materialised_months(session)
    return {
        "area": {"code": code, "level": level, "name_th": area_name(code, "th"), "name_en": area_name(code, "en")},
        "period": {"from": period[0], "to": period[-1], "months": months},
        "computed_at": refreshed_at.astimezone(BANGKOK).isoformat(timespec="seconds") if refreshed_at else None,
        **summarise(own, level),
        "volunteers_active": hide(active_volunteers(session, code)),
        "children": rows,
    }


OPEN_DATA_FIELDS = (
    "month",
    "level",
    "province_code",
    "province_name",
    "district_code",
    "district_name",
    "group",
    "cases",
)


def open_data_rows(session: Session, now: datetime, months: int) -> list[dict[str, Any]]:
    """Cases per month, area (each province, and each district) and help group, suppressed within each
    (month, area) like any other row of parts. No subdistrict level: there, too many cells are small.
    Read from the materialised province and district rows."""
    table = AreaMonth.__table__
    found = session.execute(
        select(table.c.level, table.c.area_code, table.c.month, table.c.groups).where(
            table.c.level.in_((1, 2)), table.c.area_code != "", table.c.month >= period_months(now, months)[0]
        )
    )
    counts = {(month, "province" if level == 1 else "district", code): groups for level, code, month, groups in found}
    rows = []
    for (month, level, code), stored in sorted(counts.items()):
        province = code[:2]
        groups = {group: stored.get(group, 0) for group in SERVICE_CODES}
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
