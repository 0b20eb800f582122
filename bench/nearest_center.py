"""Nearest-center lookup over 7,436 centers (one per real subdistrict), pure Python k-d tree.

Points are deterministic pseudo-random positions inside Thailand's box (seeded), not real
coordinates. Prints build time, per-lookup time (mean, p50, p99 over batches of 1,000) and checks
a sample against brute force. Also times the directory cache's freshness check on SQLite.

Usage: python bench/nearest_center.py [--queries 100000]
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

from dispatch.geo import NearestIndex, haversine_km  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--queries", type=int, default=100_000)
    args = parser.parse_args()
    rng = random.Random(7436)
    codes = [
        s.code for p in geothai.provinces() for d in geothai.districts(p.code) for s in geothai.subdistricts(d.code)
    ]
    points = [(code, rng.uniform(5.6, 20.5), rng.uniform(97.3, 105.7)) for code in codes]

    started = time.perf_counter()
    index = NearestIndex(points)
    build_ms = (time.perf_counter() - started) * 1000

    queries = [(rng.uniform(5.6, 20.5), rng.uniform(97.3, 105.7)) for _ in range(args.queries)]
    batch_means = []
    total_started = time.perf_counter()
    for start in range(0, len(queries), 1000):
        batch = queries[start : start + 1000]
        began = time.perf_counter()
        for latitude, longitude in batch:
            index.nearest(latitude, longitude)
        batch_means.append((time.perf_counter() - began) / len(batch) * 1e6)
    mean_us = (time.perf_counter() - total_started) / len(queries) * 1e6
    ordered = sorted(batch_means)

    mismatches = 0
    for latitude, longitude in queries[:300]:
        _, distance = index.nearest(latitude, longitude)
        best = min(haversine_km(latitude, longitude, lat, lon) for _, lat, lon in points)
        mismatches += abs(best - distance) > 1e-6

    print(f"centers: {len(points)}; queries: {len(queries)}; python {sys.version.split()[0]}")
    print(f"index build: {build_ms:.1f} ms")
    print(
        f"nearest lookup: mean {mean_us:.1f} µs; per-1,000-batch p50 {statistics.median(ordered):.1f} µs, "
        f"p99 {ordered[max(int(len(ordered) * 0.99) - 1, 0)]:.1f} µs"
    )
    print(f"brute-force check: {300 - mismatches}/300 identical")
    cache_check(points)


def cache_check(points: list) -> None:
    from dispatch.routing import CenterDirectoryCache
    from models.base import utcnow
    from models.centers import Center
    from models.db import make_engine, make_session_factory
    from models.schema import upgrade_database

    engine = make_engine(f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3")
    upgrade_database(engine)
    sessions = make_session_factory(engine)
    now = utcnow()
    with sessions.begin() as session:
        for number, (code, lat, lon) in enumerate(points):
            session.add(
                Center(
                    code=f"B{number:05d}",
                    name=code,
                    subdistrict_code=code,
                    district_code=code[:4],
                    province_code=code[:2],
                    latitude=lat,
                    longitude=lon,
                    phone="",
                    active=True,
                    created_at=now,
                    updated_at=now,
                )
            )
    cache = CenterDirectoryCache()
    with sessions() as session:
        started = time.perf_counter()
        cache.get(session)
        rebuild_ms = (time.perf_counter() - started) * 1000
        started = time.perf_counter()
        for _ in range(200):
            cache.get(session)
        check_us = (time.perf_counter() - started) / 200 * 1e6
    print(
        f"directory cache on SQLite, {len(points)} centers: rebuild {rebuild_ms:.0f} ms, freshness check {check_us:.0f} µs"
    )


if __name__ == "__main__":
    main()
