"""Great-circle distance and an exact nearest-point index (a k-d tree over unit vectors)."""

from __future__ import annotations

import heapq
import math
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

EARTH_RADIUS_KM = 6371.0088

# Thailand's extent (about 5.6-20.5 N, 97.3-105.7 E). A box admits a little of the neighbours near
# the borders; it is a plausibility check for reports, not a border test.
THAILAND_LATITUDE = (5.6, 20.5)
THAILAND_LONGITUDE = (97.3, 105.7)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi, d_lambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def in_thailand(latitude: float, longitude: float) -> bool:
    return (
        THAILAND_LATITUDE[0] <= latitude <= THAILAND_LATITUDE[1]
        and THAILAND_LONGITUDE[0] <= longitude <= THAILAND_LONGITUDE[1]
    )


def _unit_vector(latitude: float, longitude: float) -> tuple[float, float, float]:
    phi, lam = math.radians(latitude), math.radians(longitude)
    return (math.cos(phi) * math.cos(lam), math.cos(phi) * math.sin(lam), math.sin(phi))


def _chord_to_km(squared_chord: float) -> float:
    # The chord between unit vectors grows with the angle, so the nearest chord is the nearest arc.
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(squared_chord) / 2))


@dataclass
class _Node:
    point: tuple[float, float, float]
    key: Hashable
    axis: int
    left: _Node | None
    right: _Node | None


class NearestIndex:
    """Built once from (key, latitude, longitude); answers nearest and k-nearest exactly."""

    def __init__(self, points: Sequence[tuple[Hashable, float, float]]) -> None:
        items = [(_unit_vector(lat, lon), key) for key, lat, lon in points]
        self.size = len(items)
        self._root = self._build(items, 0)

    def _build(self, items: list, depth: int) -> _Node | None:
        if not items:
            return None
        axis = depth % 3
        items.sort(key=lambda item: item[0][axis])
        middle = len(items) // 2
        point, key = items[middle]
        return _Node(
            point, key, axis, self._build(items[:middle], depth + 1), self._build(items[middle + 1 :], depth + 1)
        )

    def nearest(self, latitude: float, longitude: float) -> tuple[Hashable, float] | None:
        found = self.k_nearest(latitude, longitude, 1)
        return found[0] if found else None

    def k_nearest(
        self, latitude: float, longitude: float, k: int, max_km: float | None = None
    ) -> list[tuple[Hashable, float]]:
        if self._root is None or k <= 0:
            return []
        target = _unit_vector(latitude, longitude)
        limit = float("inf")
        if max_km is not None:
            limit = (2 * math.sin(min(max_km / EARTH_RADIUS_KM, math.pi) / 2)) ** 2 * (1 + 1e-12)
        best: list[tuple[float, int, Hashable]] = []  # max-heap by negated squared chord
        counter = 0
        stack: list[tuple[_Node | None, float]] = [(self._root, 0.0)]
        while stack:
            node, region_distance = stack.pop()
            bound = -best[0][0] if len(best) == k else limit
            if node is None or region_distance > bound:
                continue
            point = node.point
            squared = (point[0] - target[0]) ** 2 + (point[1] - target[1]) ** 2 + (point[2] - target[2]) ** 2
            if squared <= bound:
                counter += 1
                entry = (-squared, counter, node.key)
                if len(best) < k:
                    heapq.heappush(best, entry)
                else:
                    heapq.heapreplace(best, entry)
            difference = target[node.axis] - point[node.axis]
            near, far = (node.left, node.right) if difference < 0 else (node.right, node.left)
            stack.append((far, difference * difference))
            stack.append((near, 0.0))
        ordered = sorted(best, key=lambda entry: (-entry[0], entry[1]))
        return [(key, _chord_to_km(-negated)) for negated, _, key in ordered]
