"""Matching a case to the nearest available volunteers among 181,000 (national scale), from the database.

Generates 7,436 centers (one per real subdistrict code, at seeded random points in Thailand's box;
made-up coordinates) and 181,000 volunteers within about 6 km of a center each, with a realistic
mix: 85 % approved (the rest pending, suspended or rejected), 15 % of the approved paused, and a
fifth of the approved at their case limit. Then times dispatch.volunteer_matching.candidates (the
case's own center first, then neighbours within the radius, k nearest) for random case points, checks
a sample against a brute-force scan, and prints the query plans, which must read the partial indexes.

Usage: python bench/volunteer_matching.py [--database-url URL] [--queries 2000] [--volunteers 181000]
(default database: a temporary SQLite file; PostgreSQL: postgresql+psycopg://...)
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import geothai  # noqa: E402
from sqlalchemy import insert, select, text  # noqa: E402

from dispatch.geo import haversine_km  # noqa: E402
from dispatch.volunteer_matching import candidates, nearby  # noqa: E402
from models.base import utcnow  # noqa: E402
from models.centers import Center  # noqa: E402
from models.db import make_engine, make_session_factory  # noqa: E402
from models.users import User  # noqa: E402
from models.volunteers import MATCHABLE, Volunteer, lat_band  # noqa: E402

K = 5
RADIUS_KM = 25.0


def populate(sessions, volunteers: int, rng: random.Random) -> list[tuple[int, float, float]]:
    now = utcnow()
    codes = [
        s.code for p in geothai.provinces() for d in geothai.districts(p.code) for s in geothai.subdistricts(d.code)
    ]
    centers = [
        {
            "code": f"C{code}",
            "name": f"ศูนย์ {code}",
            "subdistrict_code": code,
            "district_code": code[:4],
            "province_code": code[:2],
            "latitude": rng.uniform(5.6, 20.5),
            "longitude": rng.uniform(97.3, 105.7),
            "phone": "",
            "active": True,
            "created_at": now,
            "updated_at": now,
        }
        for code in codes
    ]
    with sessions.begin() as session:
        session.execute(insert(Center), centers)
        placed = [
            (row.id, row.latitude, row.longitude)
            for row in session.execute(select(Center.id, Center.latitude, Center.longitude)).all()
        ]
        users = [
            {
                "line_user_id": f"Ubench{i:027d}",
                "language": "th",
                "following": True,
                "created_at": now,
                "failed_code_attempts": 0,
            }
            for i in range(volunteers)
        ]
        for start in range(0, volunteers, 20_000):
            session.execute(insert(User), users[start : start + 20_000])
        user_ids = list(session.scalars(select(User.id).order_by(User.id)))
        rows = []
        for user_id in user_ids:
            center_id, latitude, longitude = rng.choice(placed)
            latitude += rng.uniform(-0.055, 0.055)
            longitude += rng.uniform(-0.055, 0.055)
            status = rng.choices(["approved", "pending", "suspended", "rejected"], [85, 8, 4, 3])[0]
            limit = rng.choice([1, 2, 3, 5])
            rows.append(
                {
                    "user_id": user_id,
                    "center_id": center_id,
                    "name": "อาสา",
                    "phone": "0800000000",
                    "latitude": latitude,
                    "longitude": longitude,
                    "lat_band": lat_band(latitude),
                    "skills": ["visit"],
                    "max_active_cases": limit,
                    "active_cases": limit if rng.random() < 0.2 else rng.randrange(limit),
                    "status": status,
                    "available": rng.random() >= 0.15,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        for start in range(0, len(rows), 20_000):
            session.execute(insert(Volunteer), rows[start : start + 20_000])
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("ANALYZE volunteers"))
        else:
            session.execute(text("ANALYZE"))
    return placed


def brute_force(everyone: list, latitude: float, longitude: float, center_id: int) -> list[int]:
    own = sorted((haversine_km(latitude, longitude, v[2], v[3]), v[0]) for v in everyone if v[1] == center_id)[:K]
    if len(own) >= K:
        return [volunteer_id for _, volunteer_id in own]
    taken = {volunteer_id for _, volunteer_id in own}
    others = sorted(
        (distance, v[0])
        for v in everyone
        if v[0] not in taken
        and v[1] != center_id
        and (distance := haversine_km(latitude, longitude, v[2], v[3])) <= RADIUS_KM
    )
    return [volunteer_id for _, volunteer_id in own] + [volunteer_id for _, volunteer_id in others[: K - len(own)]]


def plans(sessions, dialect: str) -> list[str]:
    place = (
        f"SELECT id FROM volunteers WHERE {MATCHABLE} AND lat_band IN (164, 165) AND longitude BETWEEN 102.8 AND 102.9"
    )
    own = f"SELECT id FROM volunteers WHERE {MATCHABLE} AND center_id = 1"
    prefix = "EXPLAIN QUERY PLAN " if dialect == "sqlite" else "EXPLAIN "
    lines = []
    with sessions() as session:
        for query in (place, own):
            rows = session.execute(text(prefix + query)).all()
            lines.append(" | ".join(str(row[-1]) for row in rows))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url")
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument("--volunteers", type=int, default=181_000)
    args = parser.parse_args()
    from models.schema import upgrade_database

    folder = tempfile.TemporaryDirectory()
    url = args.database_url or f"sqlite:///{Path(folder.name) / 'bench.sqlite3'}"
    engine = make_engine(url)
    if engine.dialect.name == "postgresql":
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    upgrade_database(engine)
    sessions = make_session_factory(engine)
    rng = random.Random(181_000)
    started = time.perf_counter()
    placed = populate(sessions, args.volunteers, rng)
    print(
        f"{engine.dialect.name}: {len(placed):,} centers, {args.volunteers:,} volunteers generated "
        f"in {time.perf_counter() - started:.1f} s"
    )
    with sessions() as session:
        matchable = session.scalar(select(text("count(*)")).select_from(Volunteer).where(text(MATCHABLE)))
    print(f"matchable now (approved, available, under their limit): {matchable:,}")

    points = []
    for _ in range(args.queries):
        center_id, latitude, longitude = rng.choice(placed)
        points.append((center_id, latitude + rng.uniform(-0.05, 0.05), longitude + rng.uniform(-0.05, 0.05)))
    timings = []
    with sessions() as session:
        for center_id, latitude, longitude in points[:50]:  # warm the cache
            candidates(session, latitude, longitude, center_id, K, RADIUS_KM)
        for center_id, latitude, longitude in points:
            begun = time.perf_counter()
            candidates(session, latitude, longitude, center_id, K, RADIUS_KM)
            timings.append((time.perf_counter() - begun) * 1000)
        nearest_only = []
        for _center_id, latitude, longitude in points:
            begun = time.perf_counter()
            nearby(session, latitude, longitude, K, RADIUS_KM)
            nearest_only.append((time.perf_counter() - begun) * 1000)
        everyone = [
            tuple(row)
            for row in session.execute(
                select(Volunteer.id, Volunteer.center_id, Volunteer.latitude, Volunteer.longitude).where(
                    text(MATCHABLE)
                )
            ).all()
        ]
        same = 0
        sample = points[:200]
        for center_id, latitude, longitude in sample:
            found = [c.volunteer_id for c in candidates(session, latitude, longitude, center_id, K, RADIUS_KM)]
            same += found == brute_force(everyone, latitude, longitude, center_id)
    timings.sort()
    print(
        f"candidates (k={K}, own center first, then within {RADIUS_KM:.0f} km), {len(timings):,} queries: "
        f"mean {statistics.fmean(timings):.2f} ms, p50 {timings[len(timings) // 2]:.2f} ms, "
        f"p99 {timings[int(len(timings) * 0.99)]:.2f} ms"
    )
    nearest_only.sort()
    print(
        f"nearby (k={K} nearest of any center, box widened from 4 km), {len(nearest_only):,} queries: "
        f"mean {statistics.fmean(nearest_only):.2f} ms, p50 {nearest_only[len(nearest_only) // 2]:.2f} ms, "
        f"p99 {nearest_only[int(len(nearest_only) * 0.99)]:.2f} ms"
    )
    print(f"brute-force check: {same}/{len(sample)} identical")
    for line in plans(sessions, engine.dialect.name):
        print("plan:", line)
    engine.dispose()


if __name__ == "__main__":
    main()
