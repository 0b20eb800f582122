"""The nearest volunteers who may be offered work now, read from indexes, never the whole table.

Volunteers are indexed by (latitude band, longitude) over only those who are approved, available and
under their case limit (models/volunteers.py). A search asks for a small box around the point and
widens it until enough volunteers lie inside the circle the box encloses, or the radius is reached:
every volunteer within distance r lies inside the box searched for r, so the result is exact.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from dispatch.geo import haversine_km
from models.volunteers import LAT_BAND_DEGREES, MATCHABLE, Volunteer, lat_band

KM_PER_DEGREE_LATITUDE = 111.2
FIRST_RADIUS_KM = 4.0


@dataclass(frozen=True)
class Candidate:
    volunteer_id: int
    center_id: int
    name: str
    distance_km: float
    own_center: bool


def _box(latitude: float, longitude: float, radius_km: float) -> tuple[list[int], float, float]:
    """Latitude bands and a longitude range that hold every point within radius_km."""
    d_lat = radius_km / KM_PER_DEGREE_LATITUDE
    low, high = lat_band(latitude - d_lat), lat_band(latitude + d_lat)
    widest = max(abs(latitude) + d_lat, 0.0)
    cos = math.cos(math.radians(min(widest, 89.0)))
    d_lon = radius_km / (KM_PER_DEGREE_LATITUDE * cos)
    return list(range(low, high + 1)), longitude - d_lon, longitude + d_lon


def nearby(
    session: Session,
    latitude: float,
    longitude: float,
    k: int,
    radius_km: float,
    exclude: Collection[int] = (),
) -> list[tuple[int, int, str, float]]:
    """Up to k matchable volunteers within radius_km, nearest first: (id, center_id, name, km)."""
    searched = min(FIRST_RADIUS_KM, radius_km)
    while True:
        bands, west, east = _box(latitude, longitude, searched)
        rows = session.execute(
            select(Volunteer.id, Volunteer.center_id, Volunteer.name, Volunteer.latitude, Volunteer.longitude).where(
                text(MATCHABLE),
                Volunteer.lat_band.in_(bands),
                Volunteer.longitude.between(west, east),
            )
        ).all()
        found = sorted(
            (
                (row.id, row.center_id, row.name, haversine_km(latitude, longitude, row.latitude, row.longitude))
                for row in rows
                if row.id not in exclude
            ),
            key=lambda item: (item[3], item[0]),
        )
        inside = [item for item in found if item[3] <= searched]
        if len(inside) >= k or searched >= radius_km:
            return inside[:k]
        searched = min(searched * 2, radius_km)


def candidates(
    session: Session,
    latitude: float,
    longitude: float,
    center_id: int | None,
    k: int,
    radius_km: float,
    exclude: Collection[int] = (),
) -> list[Candidate]:
    """Who to offer a case to, in order: the case's own center's volunteers (nearest first), then
    those of neighbouring centers within radius_km (nearest first)."""
    own: list[Candidate] = []
    if center_id is not None:
        rows = session.execute(
            select(Volunteer.id, Volunteer.name, Volunteer.latitude, Volunteer.longitude).where(
                text(MATCHABLE), Volunteer.center_id == center_id
            )
        ).all()
        own = sorted(
            (
                Candidate(
                    row.id, center_id, row.name, haversine_km(latitude, longitude, row.latitude, row.longitude), True
                )
                for row in rows
                if row.id not in exclude
            ),
            key=lambda candidate: (candidate.distance_km, candidate.volunteer_id),
        )[:k]
    if len(own) >= k:
        return own
    taken = set(exclude) | {candidate.volunteer_id for candidate in own}
    others = [
        Candidate(volunteer_id, other_center, name, distance, False)
        for volunteer_id, other_center, name, distance in nearby(
            session, latitude, longitude, k - len(own), radius_km, taken
        )
        if other_center != center_id
    ]
    return own + others


__all__ = ["LAT_BAND_DEGREES", "Candidate", "candidates", "nearby"]
