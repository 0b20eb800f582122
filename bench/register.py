"""The household register at 1,000,000 people on PostgreSQL: the check-in sweep and the duplicate check.

Generates, in SQL (INSERT ... SELECT generate_series), one center per real subdistrict code (7,436),
20,000 buddies, 500,000 households and 1,000,000 registered people (95 % open, 5 % closed; a buddy
for 90 %; check-ins due evenly over the next 30 days and the last 3, so about 9 % are overdue and
their sweep stages advanced as the sweep leaves them). Then, in one run, beside a baseline that is
the same query with PostgreSQL's index scans switched off (what a register without these indexes
costs):

- finding the due people alone (dispatch/register.due_people_query), and the check-in sweep as the
  scheduler runs it (dispatch/register.check_in_sweep: claim up to SWEEP_BATCH (200) due people FOR
  UPDATE SKIP LOCKED, move each one stage, write the audit entries; the baseline selects without
  indexes, then writes as usual), in `steady` (5 minutes after the last run: the sweep runs every
  minute, so this is a few missed runs) and `backlog` (the first run after a day without one)
  scenarios, each run rolled back so every run sees the same due rows;
- the duplicate check (dispatch/register.possible_duplicates) for 200 people of the register typed
  again with a title and a space (found) and 200 made-up names (not found).

Prints mean / p50 / p95 / max per measurement and EXPLAIN (ANALYZE, BUFFERS) of the sweep's selection.

Usage: python bench/register.py [--database-url URL] [--people 1000000] [--runs 7]
(default: BENCH_POSTGRESQL_URL or postgresql+psycopg://postgres@127.0.0.1:5432/wt_register; its
public schema is dropped and recreated)
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import geothai  # noqa: E402
from sqlalchemy import Engine, insert, text  # noqa: E402
from sqlalchemy.orm import Session, sessionmaker  # noqa: E402

from dispatch.register import Rhythm, possible_duplicates  # noqa: E402
from dispatch.register_sweep import SWEEP_BATCH, check_in_sweep, due_people_query  # noqa: E402
from models.centers import Center  # noqa: E402
from models.db import make_engine, make_session_factory  # noqa: E402
from models.register import RegisteredPerson  # noqa: E402

DEFAULT_URL = os.environ.get("BENCH_POSTGRESQL_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/wt_register")
NOW = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)  # 10:00 in Bangkok: outside quiet hours
BUDDIES = 20_000
FIRST = ["สมศรี", "สมชาย", "บุญมา", "ทองดี", "มาลี", "ประยูร", "สุดา", "วิชัย", "คำปุน", "บัวผัน", "จันทร์", "อำนวย"]
LAST = ["ใจดี", "ศรีสุข", "มีสุข", "ทองคำ", "แก้วมณี", "บุญเรือง", "พรหมมา", "สายทอง", "ภูผา", "นาคำ", "ดวงดี"]
RHYTHM = Rhythm()


def build(engine: Engine, people: int) -> None:
    from models.schema import upgrade_database

    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    upgrade_database(engine)
    codes = [
        s.code for p in geothai.provinces() for d in geothai.districts(p.code) for s in geothai.subdistricts(d.code)
    ]
    rows = [
        {
            "code": f"C{code}",
            "name": f"ศูนย์ {code}",
            "subdistrict_code": code,
            "district_code": code[:4],
            "province_code": code[:2],
            "latitude": 13.0 + (index % 500) / 100,
            "longitude": 100.0 + (index % 300) / 100,
            "phone": "",
            "active": True,
            "created_at": NOW,
            "updated_at": NOW,
        }
        for index, code in enumerate(codes)
    ]
    households = people // 2
    started = time.perf_counter()
    with engine.begin() as connection:
        connection.execute(insert(Center), rows)
        connection.execute(
            text(
                "INSERT INTO users (line_user_id, language, following, created_at, failed_code_attempts, "
                "messages_in_window, slow_down_told) SELECT 'Ubuddy' || i, 'th', true, :now, 0, 0, false "
                "FROM generate_series(1, :n) AS i"
            ),
            {"now": NOW, "n": BUDDIES},
        )
        connection.execute(
            text(
                "INSERT INTO households (center_id, address_text, latitude, longitude, subdistrict_code, "
                "district_code, province_code, created_at, updated_at) "
                "SELECT c.id, i || ' หมู่ ' || (i % 12 + 1), c.latitude, c.longitude, c.subdistrict_code, "
                "c.district_code, c.province_code, :now, :now "
                "FROM generate_series(1, :n) AS i JOIN centers c ON c.id = i % :centers + 1"
            ),
            {"now": NOW, "n": households, "centers": len(codes)},
        )
        # Names from two short lists and a number (unique people, lookalikes only where meant).
        connection.execute(
            text(
                "INSERT INTO registered_people (household_id, center_id, subdistrict_code, status, name, name_key, "
                "birth_year, sex, groups, needs, lawful_basis, buddy_user_id, check_in_days, next_check_in_due, "
                "check_in_stage, next_alert_at, closed_reason, closed_at, created_at, updated_at) "
                "SELECT h.id, h.center_id, h.subdistrict_code, "
                "CASE WHEN i % 20 = 0 THEN 'closed' ELSE 'active' END, "
                "n.name, replace(n.name, ' ', ''), 1930 + (i * 31) % 70, "
                "CASE WHEN i % 2 = 0 THEN 'female' ELSE 'male' END, "
                'CASE WHEN i % 5 = 0 THEN \'["bedridden"]\' ELSE \'["elderly_alone", "poor"]\' END::json, '
                "'[\"food\"]'::json, 'consent', "
                "CASE WHEN i % 10 = 0 THEN NULL ELSE (i % :buddies) + 1 END, "
                "CASE WHEN i % 5 = 0 THEN 7 ELSE 30 END, d.due, "
                "CASE WHEN d.due > :now - interval '5 minutes' THEN 'waiting' WHEN d.due > :now - interval '2 days' THEN 'reminded' "
                "ELSE 'missed' END, "
                "CASE WHEN i % 20 = 0 THEN NULL WHEN d.due > :now - interval '5 minutes' THEN d.due "
                "WHEN d.due > :now - interval '2 days' THEN d.due + interval '2 days' "
                "ELSE d.due + interval '4 days' END, "
                "CASE WHEN i % 20 = 0 THEN 'moved' END, CASE WHEN i % 20 = 0 THEN :now - interval '30 days' END, "
                ":now - interval '90 days', :now "
                "FROM generate_series(1, :n) AS i "
                "JOIN households h ON h.id = (i - 1) % :households + 1 "
                "CROSS JOIN LATERAL (SELECT (CAST(:first AS text[]))[i % :nf + 1] || ' ' "
                "|| (CAST(:last AS text[]))[(i / :nf) % :nl + 1] "
                "|| i AS name) n "
                "CROSS JOIN LATERAL (SELECT :now - interval '3 days' + (i % 33000) * interval '1 day' / 1000 AS due) d"
            ),
            {
                "now": NOW,
                "n": people,
                "households": households,
                "buddies": BUDDIES,
                "first": FIRST,
                "last": LAST,
                "nf": len(FIRST),
                "nl": len(LAST),
            },
        )
        connection.execute(text("ANALYZE households, registered_people, centers, users"))
    print(
        f"built {people:,} people in {households:,} households, {len(codes):,} centers "
        f"in {time.perf_counter() - started:.0f} s"
    )


def timed(run: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    return times


def show(label: str, times: list[float], note: str = "") -> None:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    print(
        f"{label:<50} mean {statistics.mean(times):7.2f} ms  p50 {statistics.median(times):7.2f} ms  "
        f"p95 {p95:7.2f} ms  max {max(times):7.2f} ms  {note}"
    )


def without_indexes(session: Session) -> None:
    session.execute(text("SET LOCAL enable_indexscan = off"))
    session.execute(text("SET LOCAL enable_bitmapscan = off"))
    session.execute(text("SET LOCAL enable_indexonlyscan = off"))


def sweep_once(sessions: sessionmaker[Session], now: datetime, baseline: bool) -> int:
    with sessions() as session:
        if baseline:
            without_indexes(session)
        notices = check_in_sweep(session, now, RHYTHM, None)
        if baseline:  # only the selection goes without indexes: the updates by id keep their key
            for setting in ("enable_indexscan", "enable_bitmapscan", "enable_indexonlyscan"):
                session.connection().exec_driver_sql(f"SET LOCAL {setting} = on")  # no autoflush first
        session.flush()
        session.rollback()
    return len(notices)


def select_due(sessions: sessionmaker[Session], now: datetime, baseline: bool) -> int:
    with sessions() as session:
        if baseline:
            without_indexes(session)
        found = session.execute(due_people_query(now, SWEEP_BATCH).with_only_columns(RegisteredPerson.id)).all()
        session.rollback()
    return len(found)


def bench_sweep(sessions: sessionmaker[Session], runs: int) -> None:
    for scenario, now in (("steady", NOW), ("backlog", NOW + timedelta(days=1))):
        for baseline in (False, True):
            kind = "baseline (no index)" if baseline else "indexes"
            found: list[int] = []

            def find(now: datetime = now, baseline: bool = baseline, found: list[int] = found) -> None:
                found.append(select_due(sessions, now, baseline))

            show(f"finding the due, {scenario}, {kind}", timed(find, runs), f"({found[0]} found, 200 at most)")
        for baseline in (False, True):
            counts: list[int] = []

            def run(now: datetime = now, baseline: bool = baseline, counts: list[int] = counts) -> None:
                counts.append(sweep_once(sessions, now, baseline))

            times = timed(run, runs)
            label = f"check-in sweep, {scenario}, {'baseline (no index)' if baseline else 'indexes'}"
            show(label, times, f"({counts[0]} notices, 200 claimed at most)")
    with sessions() as session:
        plan = (
            session.execute(
                text(
                    "EXPLAIN (ANALYZE, BUFFERS) "
                    + str(
                        due_people_query(NOW, SWEEP_BATCH).compile(
                            compile_kwargs={"literal_binds": True}, dialect=session.bind.dialect
                        )
                    )
                )
            )
            .scalars()
            .all()
        )
    print("\n".join("    " + line for line in plan))


def bench_duplicates(sessions: sessionmaker[Session], runs: int) -> None:
    rng = random.Random(22)
    with sessions() as session:
        sample = session.execute(
            text(
                "SELECT name, birth_year, subdistrict_code FROM registered_people "
                "WHERE status = 'active' ORDER BY id LIMIT 200 OFFSET :offset"
            ),
            {"offset": rng.randrange(100_000)},
        ).all()
    typed_again = [("ยาย " + name.replace(" ", "  "), year, code) for name, year, code in sample]
    made_up = [("นางสาวสมมุติ ไม่มีจริง", year, code) for _, year, code in sample]
    for label, queries, expect_found in (("typed again", typed_again, True), ("made up", made_up, False)):
        for baseline in (False, True):
            times: list[float] = []
            found = 0
            with sessions() as session:
                if baseline:
                    without_indexes(session)
                for _ in range(max(runs // 3, 1)):
                    for name, year, code in queries:
                        started = time.perf_counter()
                        found += bool(possible_duplicates(session, name, year, code))
                        times.append((time.perf_counter() - started) * 1000)
                session.rollback()
            kind = "baseline (no index)" if baseline else "indexes"
            share = found / len(times)
            show(f"duplicate check, {label}, {kind}", times, f"(found for {share:.0%}; expected {expect_found})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--people", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--reuse", action="store_true", help="Keep the data of an earlier run.")
    arguments = parser.parse_args()
    engine = make_engine(arguments.database_url)
    if not arguments.reuse:
        build(engine, arguments.people)
    sessions = make_session_factory(engine)
    bench_sweep(sessions, arguments.runs)
    bench_duplicates(sessions, arguments.runs)


if __name__ == "__main__":
    main()
