"""Which center gets a case, and by when it must be acknowledged and visited."""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dispatch.geo import NearestIndex
from models.centers import Center

# DESIGN.md section 3: acknowledge within 1 h / 4 h / 24 h; first visit within 24 h / 72 h / 7 days.
DEFAULT_DEADLINES: Mapping[str, tuple[timedelta, timedelta]] = {
    "urgent": (timedelta(hours=1), timedelta(hours=24)),
    "high": (timedelta(hours=4), timedelta(hours=72)),
    "normal": (timedelta(hours=24), timedelta(days=7)),
}


def ack_and_visit_deadlines(
    urgency: str, now: datetime, deadlines: Mapping[str, tuple[timedelta, timedelta]] = DEFAULT_DEADLINES
) -> tuple[datetime, datetime]:
    acknowledge, visit = deadlines[urgency]
    return now + acknowledge, now + visit


@dataclass(frozen=True)
class CenterRef:
    id: int
    code: str
    name: str
    phone: str
    subdistrict_code: str
    district_code: str
    province_code: str
    latitude: float
    longitude: float


@dataclass(frozen=True)
class RoutingDecision:
    """reason: nearest, subdistrict, district, province or region (see `route`)."""

    center: CenterRef
    reason: str
    distance_km: float | None = None


class CenterDirectory:
    """Active centers, indexed by place and by area code. Immutable once built."""

    def __init__(self, centers: Sequence[CenterRef]) -> None:
        ordered = sorted(centers, key=lambda center: center.code)
        self.centers = {center.id: center for center in ordered}
        self.index = NearestIndex([(center.id, center.latitude, center.longitude) for center in ordered])
        self.by_area: dict[str, CenterRef] = {}
        for center in ordered:  # the lowest code wins within an area: deterministic
            for code in (center.subdistrict_code, center.district_code, center.province_code, center.province_code[0]):
                self.by_area.setdefault(code, center)


def route(
    directory: CenterDirectory,
    latitude: float | None = None,
    longitude: float | None = None,
    subdistrict_code: str | None = None,
    district_code: str | None = None,
    province_code: str | None = None,
) -> RoutingDecision | None:
    """The nearest active center to a location; for an address alone, the center of its subdistrict,
    else one in its district, else in its province, else in its region (the first digit of a Thai
    province code is its region), else the first center. None when there are no centers."""
    if not directory.centers:
        return None
    if latitude is not None and longitude is not None:
        found = directory.index.nearest(latitude, longitude)
        if found is not None:
            center_id, distance = found
            return RoutingDecision(directory.centers[center_id], "nearest", distance)
    levels = (
        ("subdistrict", subdistrict_code),
        ("district", district_code),
        ("province", province_code),
        ("region", province_code[0] if province_code else None),
    )
    for reason, code in levels:
        if code and code in directory.by_area:
            return RoutingDecision(directory.by_area[code], reason)
    return RoutingDecision(next(iter(directory.centers.values())), "region")


def directory_from_session(session: Session) -> CenterDirectory:
    rows = session.scalars(select(Center).where(Center.active.is_(True)))
    return CenterDirectory(
        [
            CenterRef(
                row.id,
                row.code,
                row.name,
                row.phone,
                row.subdistrict_code,
                row.district_code,
                row.province_code,
                row.latitude,
                row.longitude,
            )
            for row in rows
        ]
    )


class CenterDirectoryCache:
    """Keeps the directory between cases; rebuilt when the centers table changes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._version: tuple | None = None
        self._directory: CenterDirectory | None = None

    def get(self, session: Session) -> CenterDirectory:
        version = tuple(
            session.execute(
                select(func.count(Center.id), func.max(Center.updated_at), func.count(Center.id).filter(Center.active))
            ).one()
        )
        with self._lock:
            if self._directory is None or version != self._version:
                self._directory = directory_from_session(session)
                self._version = version
            return self._directory
