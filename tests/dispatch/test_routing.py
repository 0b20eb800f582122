"""Nearest-center lookup against brute force, the address fallback chain, and deadlines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from dispatch.geo import NearestIndex, haversine_km, in_thailand
from dispatch.routing import CenterDirectory, CenterRef, ack_and_visit_deadlines, area_of_point, route

latitudes = st.floats(min_value=5.6, max_value=20.5, allow_nan=False)
longitudes = st.floats(min_value=97.3, max_value=105.7, allow_nan=False)
points = st.lists(st.tuples(latitudes, longitudes), min_size=1, max_size=60)


def brute_force(pts: list[tuple[float, float]], lat: float, lon: float) -> list[float]:
    return sorted(haversine_km(lat, lon, p_lat, p_lon) for p_lat, p_lon in pts)


@settings(max_examples=300, deadline=None)
@given(points, latitudes, longitudes)
def test_nearest_equals_brute_force(pts: list, lat: float, lon: float) -> None:
    index = NearestIndex([(i, p_lat, p_lon) for i, (p_lat, p_lon) in enumerate(pts)])
    key, distance = index.nearest(lat, lon)
    expected = brute_force(pts, lat, lon)[0]
    assert abs(distance - expected) < 1e-6
    assert abs(haversine_km(lat, lon, *pts[key]) - expected) < 1e-6


@settings(max_examples=200, deadline=None)
@given(points, latitudes, longitudes, st.integers(min_value=1, max_value=8))
def test_k_nearest_equals_brute_force(pts: list, lat: float, lon: float, k: int) -> None:
    index = NearestIndex([(i, p_lat, p_lon) for i, (p_lat, p_lon) in enumerate(pts)])
    found = [distance for _, distance in index.k_nearest(lat, lon, k)]
    expected = brute_force(pts, lat, lon)[:k]
    assert len(found) == len(expected)
    assert all(abs(a - b) < 1e-6 for a, b in zip(found, expected, strict=True))


@settings(max_examples=100, deadline=None)
@given(points, latitudes, longitudes, st.floats(min_value=0, max_value=500))
def test_k_nearest_within_a_radius(pts: list, lat: float, lon: float, radius: float) -> None:
    index = NearestIndex([(i, p_lat, p_lon) for i, (p_lat, p_lon) in enumerate(pts)])
    found = [distance for _, distance in index.k_nearest(lat, lon, len(pts), max_km=radius)]
    assert all(distance <= radius + 1e-6 for distance in found)
    clearly_inside = [d for d in brute_force(pts, lat, lon) if d < radius - 1e-6]
    assert len(found) >= len(clearly_inside)


def test_duplicate_points_and_an_empty_index() -> None:
    index = NearestIndex([("a", 13.75, 100.5), ("b", 13.75, 100.5)])
    assert index.nearest(13.75, 100.5)[1] == 0.0
    assert NearestIndex([]).nearest(13.75, 100.5) is None


def test_thailand_box() -> None:
    assert in_thailand(13.7563, 100.5018)  # Bangkok
    assert not in_thailand(35.6812, 139.7671)  # Tokyo
    assert not in_thailand(1.3521, 103.8198)  # Singapore


def center(center_id: int, code: str, subdistrict: str, lat: float = 15.0, lon: float = 101.0) -> CenterRef:
    return CenterRef(center_id, code, code, "020000000", subdistrict, subdistrict[:4], subdistrict[:2], lat, lon)


DIRECTORY = CenterDirectory(
    [
        center(1, "KK-IN", "400101", 16.43, 102.83),  # ในเมือง, เมืองขอนแก่น (made-up test coordinates)
        center(2, "KK-KHOKSI", "400103", 16.47, 102.80),  # โคกสี, same district
        center(3, "KK-PUEAINOI", "401101", 16.06, 102.73),  # เปือยน้อย, another district
        center(4, "CM-SRIPHUM", "500101", 18.79, 98.98),  # Chiang Mai
    ]
)


def test_a_location_goes_to_the_nearest_center() -> None:
    decision = route(DIRECTORY, latitude=16.07, longitude=102.74, subdistrict_code="400101")
    assert decision.center.code == "KK-PUEAINOI" and decision.reason == "nearest"
    assert decision.distance_km < 5


def test_address_fallback_chain_level_by_level() -> None:
    assert route(DIRECTORY, subdistrict_code="400103", district_code="4001", province_code="40").reason == "subdistrict"
    assert route(DIRECTORY, subdistrict_code="400103").center.code == "KK-KHOKSI"
    by_district = route(DIRECTORY, subdistrict_code="400105", district_code="4001", province_code="40")
    assert (by_district.reason, by_district.center.code) == ("district", "KK-IN")
    # Beyond the district no center is guessed: the province's supervisors decide (or the queue).
    assert route(DIRECTORY, subdistrict_code="400501", district_code="4005", province_code="40") is None
    assert route(DIRECTORY, subdistrict_code="450101", district_code="4501", province_code="45") is None
    assert route(DIRECTORY, subdistrict_code="900101", district_code="9001", province_code="90") is None


def test_no_centers_means_no_decision() -> None:
    assert route(CenterDirectory([]), latitude=13.75, longitude=100.5) is None


def test_deadlines_follow_urgency() -> None:
    now = datetime(2026, 11, 22, 3, 0, tzinfo=UTC)
    assert ack_and_visit_deadlines("urgent", now) == (now + timedelta(hours=1), now + timedelta(hours=24))
    assert ack_and_visit_deadlines("high", now) == (now + timedelta(hours=4), now + timedelta(hours=72))
    assert ack_and_visit_deadlines("normal", now) == (now + timedelta(hours=24), now + timedelta(days=7))


HAT_YAI = (7.0086, 100.4747)  # approximate: Hat Yai, Songkhla


def test_no_center_beyond_the_maximum_distance() -> None:
    assert route(DIRECTORY, latitude=HAT_YAI[0], longitude=HAT_YAI[1]) is None
    # 16.07,102.74 is about 1 km from KK-PUEAINOI: within any limit above that.
    assert route(DIRECTORY, latitude=16.07, longitude=102.74, max_km=0.5) is None
    assert route(DIRECTORY, latitude=16.07, longitude=102.74, max_km=2).center.code == "KK-PUEAINOI"
    # 16.30,102.78: about 15 km from PUEAINOI and 15 km from IN; with a 10 km limit, neither.
    assert route(DIRECTORY, latitude=16.30, longitude=102.78, max_km=10) is None


def test_a_centers_own_service_radius_replaces_the_setting() -> None:
    small = CenterRef(1, "NEAR", "NEAR", "", "400101", "4001", "40", 16.43, 102.83, service_radius_km=1.0)
    wide = CenterRef(2, "WIDE", "WIDE", "", "401101", "4011", "40", 16.06, 102.73, service_radius_km=60.0)
    directory = CenterDirectory([small, wide])
    # 5.6 km from NEAR (beyond its 1 km) and 37 km from WIDE (within its 60 km, beyond the default 30).
    decision = route(directory, latitude=16.38, longitude=102.83)
    assert decision.center.code == "WIDE" and 36 < decision.distance_km < 38
    assert route(directory, latitude=16.4305, longitude=102.83).center.code == "NEAR"
    assert route(CenterDirectory([small]), latitude=16.38, longitude=102.83) is None


def test_area_of_a_point_is_the_nearest_centers_within_the_limit() -> None:
    area = area_of_point(DIRECTORY, 16.07, 102.74)
    assert (area.subdistrict_code, area.district_code, area.province_code) == ("401101", "4011", "40")
    assert area_of_point(DIRECTORY, *HAT_YAI) is None


def test_an_address_naming_a_province_far_from_the_pin_is_not_believed() -> None:
    from dispatch.routing import far_from_province

    assert far_from_province(DIRECTORY, *HAT_YAI, "40"), "Khon Kaen's centers are 1,000 km from Hat Yai"
    assert not far_from_province(DIRECTORY, 16.07, 102.74, "40")
    assert not far_from_province(DIRECTORY, *HAT_YAI, "90"), "no Songkhla center to judge by: believed"
