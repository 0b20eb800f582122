"""Duplicate lookup (dispatch/duplicates.find_duplicates) over 1,000,000 cases on PostgreSQL.

Generates in SQL (INSERT ... SELECT generate_series): one center per real district (928, at MADE-UP
random points in Thailand's box), and 1,000,000 cases spread over them: 100,000 open (created over
the last 120 days) and 900,000 closed over three years, those closed more than a year ago
anonymised (no name, age or pin, as retention leaves them). Names are drawn from 30 first names x 30
surnames with titles, ages 2-95, eight help groups, pins within 5 km of the case's center; rows are
written in the order the cases were created, as the app writes them. Then times
find_duplicates for open cases picked at random (the lookup a new case's card and an opened card
make), in one read-only transaction each, and prints mean / p50 / p99 / max with the candidates read
and matches found. Baseline beside it: the same lookups with migration 0013's three duplicate
indexes dropped (what the lookup would cost on the schema without them).

Usage: python bench/duplicates.py [--database-url URL] [--cases 1000000] [--open 100000] [--lookups 2000]
(default: BENCH_POSTGRESQL_URL or postgresql+psycopg://postgres@127.0.0.1:5432/helper_bench, as
bench/sweeps.py; its public schema is dropped and recreated). --reuse keeps the cases of an earlier run.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import geothai  # noqa: E402
from sqlalchemy import select, text  # noqa: E402

from dispatch.duplicates import candidates, find_duplicates  # noqa: E402
from models.cases import Case  # noqa: E402
from models.db import make_engine, make_session_factory  # noqa: E402
from models.schema import upgrade_database  # noqa: E402

DEFAULT_URL = os.environ.get("BENCH_POSTGRESQL_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/helper_bench")
NOW = datetime(2026, 12, 5, 3, 0, tzinfo=UTC)
FIRST = (
    "สมศรี มาลี บุญเรือน ทองใบ สมพร ประไพ คำปุ่น บัวผัน ลำดวน สุนีย์ อรุณี จันทร์เพ็ญ พิมพ์ใจ ศรีนวล สายทอง "
    "สมชาย บุญมี ประยูร ทองดี สมบัติ คำพอง บุญส่ง สุรศักดิ์ วิชัย ประสิทธิ์ สมศักดิ์ ทองสุข บุญธรรม เสถียร ณรงค์"
).split()
SURNAMES = (
    "ใจดี ศรีสุข บุญมา ทองคำ แสงทอง พรหมมา สุขสวัสดิ์ ศรีวงศ์ มณีรัตน์ ธรรมวงศ์ แก้วมณี ภูมิสถาน นาคสวัสดิ์ "
    "รัตนพันธ์ สีดา คำแก้ว บุตรดี ทองประเสริฐ ศักดิ์ศรี ปัญญาดี จันทร์หอม วงศ์ใหญ่ ศรีบุญ สายสุข พึ่งบุญ "
    "อินทร์แก้ว ชัยมงคล ทองมา แสนสุข บัวขาว"
).split()
TITLES = ["", "", "ยาย", "ตา", "นาง", "นาย", "ป้า", "ลุง"]
INDEXES = ("ix_cases_district_created", "ix_cases_open_district", "ix_cases_latitude")

CASES_SQL = """
INSERT INTO cases (id, reference, reporter_user_id, center_id, status, urgency, subject, category, needs,
    person_name, person_age, latitude, longitude, subdistrict_code, district_code, province_code,
    consent_basis, consent_version, consent_at, created_at, updated_at, closed_at, anonymised_at, route_level)
WITH r AS (
    SELECT g, 1 + floor(random() * :centers)::int AS center_id, random() AS r1, random() AS r2,
           random() AS r3, random() AS r4, random() AS r5
    FROM generate_series(1, :total) AS g
), s AS (
    SELECT r.*, c.subdistrict_code, c.district_code, c.province_code, c.latitude AS clat, c.longitude AS clon,
        g <= :open AS is_open,
        CASE WHEN g <= :open THEN :now - r2 * interval '120 days' ELSE :now - r2 * interval '1095 days' END AS created
    FROM r JOIN centers c ON c.id = r.center_id
), t AS (
    SELECT s.*, NOT is_open AND created < :now - interval '395 days' AS anonymised FROM s
)
SELECT g, 'B' || lpad(g::text, 9, '0'), 1, center_id,
    CASE WHEN is_open THEN (ARRAY['assigned','acknowledged','visiting','in_progress','referred'])[1 + g % 5]
         ELSE 'closed' END,
    'normal', 'other',
    (ARRAY['elderly','bedridden','disability','child','homeless','poverty','violence','other'])[1 + (g / 7) % 8],
    '["food"]'::json,
    CASE WHEN anonymised THEN NULL ELSE
        (CAST(:titles AS text[]))[1 + floor(r3 * :n_titles)::int] || (CAST(:first AS text[]))[1 + floor(r4 * :n_first)::int] || ' '
        || (CAST(:surnames AS text[]))[1 + floor(r5 * :n_surnames)::int] END,
    CASE WHEN anonymised THEN NULL ELSE 2 + floor(r1 * 94)::int END,
    CASE WHEN anonymised OR g % 5 = 0 THEN NULL ELSE clat + (r3 - 0.5) * 0.09 END,
    CASE WHEN anonymised OR g % 5 = 0 THEN NULL ELSE clon + (r4 - 0.5) * 0.09 END,
    subdistrict_code, district_code, province_code,
    'vital_interest', 'bench', created, created, created,
    CASE WHEN is_open THEN NULL ELSE created + interval '20 days' END,
    CASE WHEN anonymised THEN created + interval '400 days' END,
    'center'
FROM t
ORDER BY created
"""


def generate(sessions, total: int, open_cases: int) -> None:
    rng = random.Random(5)
    districts = [d for p in geothai.provinces() for d in geothai.districts(p.code)]
    with sessions.begin() as session:
        session.execute(
            text(
                "INSERT INTO users (id, line_user_id, language, following, created_at, failed_code_attempts) "
                "VALUES (1, 'Ubench0000000000000000000000000001', 'th', true, :now, 0)"
            ),
            {"now": NOW},
        )
        rows = []
        for number, district in enumerate(districts, start=1):
            subdistrict = next(iter(geothai.subdistricts(district.code)))
            rows.append(
                {
                    "id": number,
                    "code": f"D{district.code}",
                    "name": f"ศูนย์ {district.name_th}",
                    "sub": subdistrict.code,
                    "district": district.code,
                    "province": district.province_code,
                    "lat": rng.uniform(5.7, 20.4),
                    "lon": rng.uniform(97.4, 105.6),
                    "now": NOW,
                }
            )
        session.execute(
            text(
                "INSERT INTO centers (id, code, name, subdistrict_code, district_code, province_code, latitude, "
                "longitude, phone, active, created_at, updated_at) VALUES (:id, :code, :name, :sub, :district, "
                ":province, :lat, :lon, '', true, :now, :now)"
            ),
            rows,
        )
        session.execute(
            text(CASES_SQL),
            {
                "centers": len(rows),
                "total": total,
                "open": open_cases,
                "now": NOW,
                "titles": TITLES,
                "n_titles": len(TITLES),
                "first": FIRST,
                "n_first": len(FIRST),
                "surnames": SURNAMES,
                "n_surnames": len(SURNAMES),
            },
        )
        session.execute(text("SELECT setval(pg_get_serial_sequence('cases', 'id'), :total)"), {"total": total})
    engine = sessions.kw["bind"]
    with engine.connect() as connection:
        connection.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM ANALYZE cases"))


def time_lookups(sessions, ids: list[int]) -> dict[str, float]:
    timings, read, matched = [], 0, 0
    for case_id in ids:
        with sessions() as session:
            case = session.get(Case, case_id)
            started = time.perf_counter()
            found = find_duplicates(session, case, NOW)
            timings.append((time.perf_counter() - started) * 1000)
            matched += len(found)
            read += len(candidates(session, case, NOW))
    timings.sort()
    return {
        "mean": statistics.fmean(timings),
        "p50": timings[len(timings) // 2],
        "p99": timings[int(len(timings) * 0.99) - 1],
        "max": timings[-1],
        "candidates": read / len(ids),
        "matches": matched / len(ids),
    }


def show(label: str, figures: dict[str, float]) -> None:
    print(
        f"{label:<34} mean {figures['mean']:.2f} ms, p50 {figures['p50']:.2f}, p99 {figures['p99']:.2f}, "
        f"max {figures['max']:.2f}; {figures['candidates']:.0f} candidates read, {figures['matches']:.2f} matches"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--open", type=int, default=100_000)
    parser.add_argument("--lookups", type=int, default=2_000)
    parser.add_argument("--reuse", action="store_true", help="keep the cases of an earlier run (same --cases)")
    args = parser.parse_args()
    engine = make_engine(args.database_url)
    sessions = make_session_factory(engine)
    if not (args.reuse and _has_cases(sessions, args.cases)):
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
        upgrade_database(engine)
        started = time.perf_counter()
        generate(sessions, args.cases, args.open)
        print(f"generated {args.cases:,} cases ({args.open:,} open) in {time.perf_counter() - started:.0f} s")
    _restore_indexes(engine)
    rng = random.Random(7)
    with sessions() as session:
        open_ids = list(session.scalars(select(Case.id).where(Case.closed_at.is_(None))))
    ids = rng.sample(open_ids, min(args.lookups, len(open_ids)))
    time_lookups(sessions, ids[:100])  # warm the cache
    show("with the indexes (migration 0013)", time_lookups(sessions, ids))
    with engine.begin() as connection:
        for name in INDEXES:
            connection.execute(text(f"DROP INDEX {name}"))
        connection.execute(text("ANALYZE cases"))
    baseline_ids = ids[: max(50, len(ids) // 20)]
    show(f"baseline: without them ({len(baseline_ids)} lookups)", time_lookups(sessions, baseline_ids))
    _restore_indexes(engine)
    engine.dispose()


def _has_cases(sessions, total: int) -> bool:
    try:
        with sessions() as session:
            return session.scalar(text("SELECT count(*) FROM cases")) == total
    except Exception:  # noqa: BLE001 - no schema yet
        return False


def _restore_indexes(engine) -> None:
    """The three indexes as the models (and migration 0013) define them, where missing."""
    for index in Case.__table__.indexes:
        if index.name in INDEXES:
            index.create(engine, checkfirst=True)
    with engine.begin() as connection:
        connection.execute(text("ANALYZE cases"))


if __name__ == "__main__":
    main()
