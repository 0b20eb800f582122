"""Matching reads only volunteers who may be offered work, nearest first, own center first, exactly."""

from __future__ import annotations

import random

from sqlalchemy import text

from dispatch.geo import haversine_km
from dispatch.volunteer_matching import candidates, nearby
from models.base import utcnow
from models.centers import Center
from models.users import User
from models.volunteers import Volunteer, lat_band


def test_nearest_matchable_volunteers_agree_with_a_brute_force_scan(sessions) -> None:
    rng = random.Random(5)
    now = utcnow()
    with sessions.begin() as session:
        centers = []
        for index in range(3):
            center = Center(
                code=f"C{index}",
                name=f"c{index}",
                subdistrict_code="400101",
                district_code="4001",
                province_code="40",
                latitude=16.4 + index * 0.05,
                longitude=102.8,
                phone="",
                created_at=now,
                updated_at=now,
            )
            session.add(center)
            centers.append(center)
        session.flush()
        for index in range(300):
            user = User(line_user_id=f"U{index:032d}", created_at=now)
            session.add(user)
            session.flush()
            latitude, longitude = 16.4 + rng.uniform(-0.3, 0.3), 102.8 + rng.uniform(-0.3, 0.3)
            limit = rng.choice([1, 2])
            session.add(
                Volunteer(
                    user_id=user.id,
                    center_id=rng.choice(centers).id,
                    name="v",
                    phone="0",
                    latitude=latitude,
                    longitude=longitude,
                    lat_band=lat_band(latitude),
                    skills=[],
                    max_active_cases=limit,
                    active_cases=rng.choice([0, limit]),
                    status=rng.choice(["approved", "approved", "pending", "suspended"]),
                    available=rng.random() > 0.2,
                    created_at=now,
                    updated_at=now,
                )
            )
    with sessions() as session:
        everyone = session.scalars(
            text(
                "SELECT id FROM volunteers WHERE status = 'approved' AND available AND active_cases < max_active_cases"
            )
        ).all()
        eligible = {v.id: v for v in session.query(Volunteer).filter(Volunteer.id.in_(everyone))}
        assert 50 < len(eligible) < 300, "the filters leave some out"
        for _ in range(30):
            point = (16.4 + rng.uniform(-0.2, 0.2), 102.8 + rng.uniform(-0.2, 0.2))
            expected = sorted((haversine_km(*point, v.latitude, v.longitude), v.id) for v in eligible.values())
            expected = [vid for km, vid in expected if km <= 20][:7]
            assert [vid for vid, *_ in nearby(session, *point, 7, 20)] == expected
            center_id = centers[0].id
            found = candidates(session, *point, center_id, 7, 20, exclude={expected[0]})
            own = [c for c in found if c.own_center]
            assert all(c.center_id == center_id for c in own) and found[: len(own)] == own, "own center first"
            assert expected[0] not in [c.volunteer_id for c in found], "those asked before are left out"
            assert [c.distance_km for c in own] == sorted(c.distance_km for c in own)
