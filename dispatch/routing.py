"""Which center gets a case, and by when it must be acknowledged and visited."""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dispatch.geo import NearestIndex, haversine_km
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


DEFAULT_MAX_KM = 30.0  # Settings.routing_max_km
# Levels of who answers for a case nobody owns yet (Case.route_level).
CENTER_LEVEL, DISTRICT_LEVEL, PROVINCE_LEVEL, UNROUTED = "center", "district", "province", "unrouted"


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
    service_radius_km: float | None = None

    def reach_km(self, max_km: float) -> float:
        """How far from itself the center takes cases: its own radius when its import gave one."""
        return self.service_radius_km if self.service_radius_km is not None else max_km


@dataclass(frozen=True)
class RoutingDecision:
    """reason: nearest (a location), subdistrict or district (an address alone); see `route`."""

    center: CenterRef
    reason: str
    distance_km: float | None = None


@dataclass(frozen=True)
class PointArea:
    """The area a location is taken to be in, from the nearest center's (approximate: see
    `area_of_point`)."""

    subdistrict_code: str
    district_code: str
    province_code: str
    distance_km: float


class CenterDirectory:
    """Active centers, indexed by place and by area code. Immutable once built."""

    def __init__(self, centers: Sequence[CenterRef]) -> None:
        ordered = sorted(centers, key=lambda center: center.code)
        self.centers = {center.id: center for center in ordered}
        self.index = NearestIndex([(center.id, center.latitude, center.longitude) for center in ordered])
        self.widest_radius = max((c.service_radius_km or 0.0 for c in ordered), default=0.0)
        self.by_area: dict[str, CenterRef] = {}
        self.by_province: dict[str, list[CenterRef]] = {}
        for center in ordered:
            self.by_province.setdefault(center.province_code, []).append(center)
        for center in ordered:  # the lowest code wins within an area: deterministic
            for code in (center.subdistrict_code, center.district_code):
                self.by_area.setdefault(code, center)


# How many of the nearest centers are weighed against their own service radius.
NEAREST_CANDIDATES = 32


def route(
    directory: CenterDirectory,
    latitude: float | None = None,
    longitude: float | None = None,
    subdistrict_code: str | None = None,
    district_code: str | None = None,
    province_code: str | None = None,
    max_km: float = DEFAULT_MAX_KM,
) -> RoutingDecision | None:
    """The nearest active center that takes cases from that far (`max_km`, or the center's own
    service radius); for an address alone, the center of its subdistrict, else one in its district.
    None when no center qualifies: the case then goes to its area's supervisors (`responsible_level`),
    never to a center farther away. A province-wide guess is not made either: a province spans up to
    300 km, and its supervisors know which center should go."""
    del province_code  # accepted for callers' symmetry; see above
    if not directory.centers:
        return None
    if latitude is not None and longitude is not None:
        reach = max(max_km, directory.widest_radius)
        for center_id, distance in directory.index.k_nearest(latitude, longitude, NEAREST_CANDIDATES, max_km=reach):
            center = directory.centers[center_id]
            if distance <= center.reach_km(max_km):
                return RoutingDecision(center, "nearest", distance)
        return None
    for reason, code in (("subdistrict", subdistrict_code), ("district", district_code)):
        if code and code in directory.by_area:
            return RoutingDecision(directory.by_area[code], reason)
    return None


def far_from_province(directory: CenterDirectory, latitude: float, longitude: float, province_code: str,
                      limit_km: float = 200.0) -> bool:  # fmt: skip
    """True when the province has active centers and every one is more than `limit_km` from the
    point: an address naming that province is not about this point (the check `centers import`
    makes of a center's coordinates)."""
    centers = directory.by_province.get(province_code)
    if not centers:
        return False
    return min(haversine_km(latitude, longitude, c.latitude, c.longitude) for c in centers) > limit_km


def area_of_point(
    directory: CenterDirectory, latitude: float, longitude: float, max_km: float = DEFAULT_MAX_KM
) -> PointArea | None:
    """A location's subdistrict, district and province taken from the nearest active center within
    `max_km`. Approximate: geothai has no boundaries, so this is the nearest center's tambon — right
    where every tambon has a center and the point is nearer its own center than a neighbour's; the
    district and province are wrong only near their borders. None when no center is that near."""
    found = directory.index.k_nearest(latitude, longitude, 1, max_km=max_km)
    if not found:
        return None
    center_id, distance = found[0]
    center = directory.centers[center_id]
    return PointArea(center.subdistrict_code, center.district_code, center.province_code, distance)


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
                row.service_radius_km,
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
