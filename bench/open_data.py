"""Open311 searches and public statistics over 1,000,000 cases on PostgreSQL, beside their baselines.

Generates in SQL (INSERT ... SELECT generate_series): one center per real subdistrict (at MADE-UP
points), 1,000,000 cases over the last 365 days spread over them (2% without a subdistrict), 85%
acknowledged within 0-72 h, 60% resolved 1-31 days later (half of those rated, closed 14 days after),
a visit report for one case in ten acknowledged, every status change in the timeline (one resolved
case in 500 reopened by its reporter); names, phones, descriptions and points filled in
like real rows. Then, each beside a baseline in the same run:

1. the statistics refresh: everything (the first run, and each day's first), then after 300 cases of
   this month changed and 50 older ones rated (the incremental run of every STATS_REFRESH_SECONDS);
2. one province's figures in-process: scanning its cases (the code before materialisation) against
   reading the materialised rows, for every province;
3. over HTTP (gunicorn, gthread): /stats/<province>.json and the page with the in-process cache off
   (every request reads the table), Open311 `GET requests.json` with a date range reading the
   small-cell counts from the materialised rows against counting them from the cases (the code
   before), and a closed loop of keep-alive clients on /stats/<province> pages from the cache.
   With --baseline-rev REV, the same Open311 requests also go to a second gunicorn serving the code
   of that git revision (`git archive`), alternately with this code's, so that both see the same
   load: the page as it was against the page as it is.

Usage: python bench/open_data.py [--database-url URL] [--cases 1000000] [--reuse [--http-only]]
[--seconds 20] [--web-processes 2] [--web-threads 4] [--clients 32] [--baseline-rev REV]. The database
(default BENCH_POSTGRESQL_URL or wt_opendata) has its public schema dropped and recreated unless
--reuse finds the cases of a run. The baseline revision must read the same schema.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import geothai  # noqa: E402
from sqlalchemy import func, select, text, update  # noqa: E402

from bench.webhook import free_port, wait_for_port  # noqa: E402
from dispatch.open311 import SERVICE_CODES  # noqa: E402
from dispatch.public_stats import children, period_start, summary  # noqa: E402
from dispatch.stats_refresh import case_facts, refresh_statistics  # noqa: E402
from models.cases import Case, CaseEvent  # noqa: E402
from models.db import make_engine, make_session_factory  # noqa: E402
from models.schema import upgrade_database  # noqa: E402
from models.stats import StatsRefresh  # noqa: E402
from web.public.data import area_figures  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_URL = os.environ.get("BENCH_POSTGRESQL_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/wt_opendata")
VENV_BIN = Path(sys.executable).parent
MONTHS = 12

CASES_SQL = """
INSERT INTO cases (id, reference, reporter_user_id, center_id, status, urgency, subject, category, needs,
    person_name, person_age, description, contact_phone, latitude, longitude, address_text,
    subdistrict_code, district_code, province_code, consent_basis, consent_version, consent_at,
    ack_due_at, acknowledged_at, resolved_at, rating, outcome, closed_at, created_at, updated_at, route_level)
WITH r AS (
    SELECT g, 1 + floor(random() * :centers)::int AS center_id, random() AS r1, random() AS r2,
           random() AS r3, random() AS r4
    FROM generate_series(1, :total) AS g
), s AS (
    SELECT r.*, c.subdistrict_code, c.district_code, c.province_code, c.latitude AS clat, c.longitude AS clon,
        CAST(:now AS timestamptz) - r1 * interval '365 days' AS created
    FROM r JOIN centers c ON c.id = r.center_id
), t AS (
    SELECT s.*,
        CASE WHEN r2 < 0.85 THEN created + r3 * r3 * interval '72 hours' END AS acked,
        CASE WHEN r2 < 0.60 THEN created + (1 + r4 * 30) * interval '1 day' END AS helped
    FROM s
), u AS (
    SELECT t.*,
        CASE WHEN acked < :now THEN acked END AS ack,
        CASE WHEN helped < :now THEN helped END AS res,
        CASE WHEN helped + interval '14 days' < :now THEN helped + interval '14 days' END AS shut
    FROM t
)
SELECT g, 'B' || lpad(g::text, 9, '0'), 1, center_id,
    CASE WHEN shut IS NOT NULL THEN 'closed' WHEN res IS NOT NULL THEN 'resolved'
         WHEN ack IS NOT NULL THEN (ARRAY['acknowledged','visiting','in_progress','referred'])[1 + g % 4]
         ELSE 'assigned' END,
    'normal', 'other', (CAST(:groups AS text[]))[1 + floor(r4 * :n_groups)::int], '["food"]'::json,
    'ยายทดสอบ ใจดี', 70 + g % 25, 'ยายอยู่คนเดียว ขาดอาหาร ต้องการความช่วยเหลือเรื่องค่าครองชีพและการเดินทางไปโรงพยาบาล',
    '08' || lpad((g % 100000000)::text, 8, '0'), clat + (r3 - 0.5) * 0.05, clon + (r4 - 0.5) * 0.05,
    'บ้านเลขที่ ' || g % 300 || ' หมู่ ' || g % 12,
    CASE WHEN g % 50 = 0 THEN NULL ELSE subdistrict_code END, district_code, province_code,
    'vital_interest', 'bench', created, created + interval '24 hours', ack, res,
    CASE WHEN res IS NOT NULL AND r3 < 0.5 THEN 1 + floor(r4 * 5)::int END,
    CASE WHEN shut IS NOT NULL THEN 'helped' END, shut, created,
    greatest(created, ack, res, shut), 'center'
FROM u
ORDER BY created
"""

VISITS_SQL = """
INSERT INTO volunteer_offers (id, case_id, volunteer_id, state, distance_km, offered_at, expires_at)
SELECT id, id, 1, 'reported', 1.0, acknowledged_at, acknowledged_at + interval '4 hours'
FROM cases WHERE id % 10 = 0 AND acknowledged_at IS NOT NULL;
INSERT INTO visit_reports (offer_id, case_id, volunteer_id, outcome, recommendation, created_at)
SELECT id, id, 1, 'found', 'close', acknowledged_at + (id % 7) * interval '1 day'
FROM cases WHERE id % 10 = 0 AND acknowledged_at IS NOT NULL AND acknowledged_at + (id % 7) * interval '1 day' < :now;
"""

# Each case's timeline of status changes, as the bot writes them (reported, then each status; one
# resolved case in 500 reopened by its reporter): what Open311 reads to tell a reopened case.
EVENTS_SQL = """
UPDATE cases SET status = 'in_progress' WHERE id % 500 = 0 AND status = 'resolved';
INSERT INTO case_events (case_id, kind, actor_user_id, from_status, to_status, detail, at)
SELECT id, 'reported', 1, NULL, 'assigned', '{}', created_at FROM cases;
INSERT INTO case_events (case_id, kind, actor_user_id, from_status, to_status, detail, at)
SELECT id, 'status', 1, 'assigned', CASE WHEN resolved_at IS NULL AND closed_at IS NULL THEN status ELSE 'acknowledged' END,
    '{}', acknowledged_at FROM cases WHERE acknowledged_at IS NOT NULL;
INSERT INTO case_events (case_id, kind, actor_user_id, from_status, to_status, detail, at)
SELECT id, 'status', 1, 'acknowledged', 'resolved', '{}', resolved_at FROM cases WHERE resolved_at IS NOT NULL;
INSERT INTO case_events (case_id, kind, actor_user_id, from_status, to_status, detail, at)
SELECT id, 'reopened', 1, 'resolved', 'in_progress', '{}', resolved_at + interval '1 hour' FROM cases
WHERE status = 'in_progress' AND resolved_at IS NOT NULL;
INSERT INTO case_events (case_id, kind, actor_user_id, from_status, to_status, detail, at)
SELECT id, 'status', 1, 'resolved', 'closed', '{}', closed_at FROM cases WHERE closed_at IS NOT NULL;
"""


def add_timelines(sessions) -> None:
    with sessions.begin() as session:
        for statement in EVENTS_SQL.split(";"):
            if statement.strip():
                session.execute(text(statement))


def generate(engine, sessions, total: int, now: datetime) -> None:
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    upgrade_database(engine)
    rng = random.Random(5)
    subdistricts = [
        s for p in geothai.provinces() for d in geothai.districts(p.code) for s in geothai.subdistricts(d.code)
    ]
    with sessions.begin() as session:
        session.execute(
            text(
                "INSERT INTO users (id, line_user_id, language, following, created_at, failed_code_attempts) "
                "VALUES (1, 'Ubench0000000000000000000000000001', 'th', true, :now, 0)"
            ),
            {"now": now},
        )
        rows = [
            {"id": number, "code": f"S{area.code}", "name": f"ศูนย์ {area.name_th}", "sub": area.code,
             "district": area.code[:4], "province": area.code[:2], "lat": rng.uniform(5.7, 20.4),
             "lon": rng.uniform(97.4, 105.6), "now": now}
            for number, area in enumerate(subdistricts, start=1)
        ]  # fmt: skip
        session.execute(
            text(
                "INSERT INTO centers (id, code, name, subdistrict_code, district_code, province_code, latitude, "
                "longitude, phone, active, created_at, updated_at) VALUES (:id, :code, :name, :sub, :district, "
                ":province, :lat, :lon, '', true, :now, :now)"
            ),
            rows,
        )
        session.execute(
            text(
                "INSERT INTO volunteers (id, user_id, center_id, name, phone, latitude, longitude, lat_band, skills, "
                "max_active_cases, active_cases, status, available, created_at, updated_at) VALUES (1, 1, 1, "
                "'อาสา', '0811111111', 16.4, 102.8, 164, '[]', 2, 0, 'approved', true, :now, :now)"
            ),
            {"now": now},
        )
        session.execute(
            text(CASES_SQL),
            {
                "centers": len(rows),
                "total": total,
                "now": now,
                "groups": list(SERVICE_CODES),
                "n_groups": len(SERVICE_CODES),
            },
        )
        for statement in VISITS_SQL.split(";"):
            if statement.strip():
                session.execute(text(statement), {"now": now})
        session.execute(text("SELECT setval(pg_get_serial_sequence('cases', 'id'), :total)"), {"total": total})
    add_timelines(sessions)
    vacuum(engine)


def vacuum(engine) -> None:
    with engine.connect() as connection:
        connection.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM ANALYZE"))


def figures(timings: list[float]) -> str:
    timings = sorted(timings)
    p95, p99 = (timings[max(0, int(len(timings) * share) - 1)] for share in (0.95, 0.99))
    return (
        f"p50 {statistics.median(timings):7.1f} ms, p95 {p95:7.1f} ms, p99 {p99:7.1f} ms, "
        f"max {timings[-1]:7.1f} ms ({len(timings)} runs)"
    )


def timed(action) -> tuple[float, object]:
    started = time.perf_counter()
    value = action()
    return (time.perf_counter() - started) * 1000, value


# -- 1. the refresh ----------------------------------------------------------------------------


def bench_refresh(sessions, now: datetime) -> None:
    with sessions.begin() as session:
        ms, read = timed(lambda: refresh_statistics(session, now, MONTHS, everything=True))
    print(f"refresh, everything (baseline: the first run of a day)  {ms / 1000:7.1f} s, {read:,} cases read")
    later = now + timedelta(minutes=1)
    rng = random.Random(11)
    with sessions.begin() as session:
        month_start = period_start(now, 1)
        recent = list(session.scalars(select(Case.id).where(Case.created_at >= month_start).limit(20000)))
        older = list(session.scalars(select(Case.id).where(Case.created_at < month_start).limit(20000)))
        for case_id in rng.sample(recent, min(300, len(recent))):
            session.execute(
                update(Case)
                .where(Case.id == case_id)
                .values(status="acknowledged", acknowledged_at=later, updated_at=later)
            )
        for case_id in rng.sample(older, min(50, len(older))):
            session.add(CaseEvent(case_id=case_id, kind="rated", detail={"stars": 4}, at=later))
    with sessions.begin() as session:
        ms, read = timed(lambda: refresh_statistics(session, later + timedelta(minutes=5), MONTHS))
    print(f"refresh, incremental (300 changed this month, 50 rated) {ms / 1000:7.1f} s, {read:,} cases read")
    with sessions.begin() as session:
        ms, read = timed(lambda: refresh_statistics(session, later + timedelta(minutes=11), MONTHS))
    print(f"refresh, incremental (nothing changed)                  {ms / 1000:7.3f} s, {read:,} cases read")


# -- 2. in-process ------------------------------------------------------------------------------


def scanned_figures(session, code: str, now: datetime) -> dict:
    """What /stats computed per request before materialisation: the area's cases of the period."""
    facts = case_facts(session, period_start(now, MONTHS), area_code=code)
    level = {0: "country", 2: "province", 4: "district", 6: "subdistrict"}[len(code)]
    return {**summary(facts, level), "children": children(facts, level)}


def bench_in_process(sessions, now: datetime) -> None:
    provinces = [province.code for province in geothai.provinces()]
    for label, compute in (
        ("scanning the cases (baseline)", lambda session, code: scanned_figures(session, code, now)),
        ("reading the materialised rows", lambda session, code: area_figures(session, code, now, MONTHS)),
    ):
        timings = []
        with sessions() as session:
            for code in provinces:
                timings.append(timed(lambda: compute(session, code))[0])  # noqa: B023 - called at once
            country = timed(lambda: compute(session, ""))[0]  # noqa: B023
        print(f"province figures, {label:<30} {figures(timings)}; the country {country:,.0f} ms")


# -- 3. HTTP ------------------------------------------------------------------------------------


def gunicorn(port: int, env: dict[str, str], processes: int, threads: int, code: Path = ROOT) -> subprocess.Popen:
    command = [str(VENV_BIN / "gunicorn"), "-w", str(processes), "-k", "gthread", "--threads", str(threads)]
    command += ["-b", f"127.0.0.1:{port}", "--log-level", "warning", "app:create_app()"]
    process = subprocess.Popen(command, cwd=code, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for_port(port)
    for _ in range(processes * threads * 2):  # every process loads the app (and its first connection)
        get(port, "/open311/v2/services.json")
    return process


def server_cpu_seconds(master: subprocess.Popen) -> float:
    """CPU time used so far by gunicorn's worker processes (user + system, from /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    children = Path(f"/proc/{master.pid}/task/{master.pid}/children").read_text().split()
    for child in children:
        fields = Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / tick
    return total


def get(port: int, path: str) -> tuple[float, int]:
    started = time.perf_counter()
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=60) as response:
        response.read()
        status = response.status
    return (time.perf_counter() - started) * 1000, status


def sequential(server: subprocess.Popen, port: int, paths: list[str], label: str) -> None:
    """One request at a time: wall-clock latency, and the web processes' CPU per request (which the
    other work on this machine does not inflate the way it does the wall clock)."""
    cpu_before, timings = server_cpu_seconds(server), []
    for path in paths:
        ms, status = get(port, path)
        assert status == 200, path
        timings.append(ms)
    cpu = (server_cpu_seconds(server) - cpu_before) * 1000 / len(paths)
    print(f"HTTP {label:<62} {figures(timings)}; web CPU {cpu:5.1f} ms a request")


def bench_stats_reads(server: subprocess.Popen, port: int) -> None:
    provinces = [province.code for province in geothai.provinces()]
    for label, suffix in (("/stats/<province>.json", ".json"), ("/stats/<province> page", "")):
        paths = [f"/stats/{code}{suffix}" for code in provinces for _ in range(2)]
        sequential(server, port, paths, f"{label}, cache off: the materialised rows")


def code_at(revision: str) -> Path:
    """The repository's files at `revision`, in a new temporary directory."""
    tree = Path(tempfile.mkdtemp(prefix="bench-baseline-"))
    archive = tree / "code.tar"
    with archive.open("wb") as out:
        subprocess.run(["git", "archive", revision], cwd=ROOT, stdout=out, check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(tree, filter="data")
    archive.unlink()
    return tree


def open311_paths(now: datetime, count: int) -> list[str]:
    """Date ranges of 1, 7 or 30 days within the last 90 (pages of 1,000 rows at this scale)."""
    rng = random.Random(3)
    paths = []
    for _ in range(count):
        days = rng.choice((1, 7, 30))
        end = now - timedelta(days=rng.uniform(0, 90 - days))
        start = end - timedelta(days=days)
        paths.append(
            f"/open311/v2/requests.json?start_date={start:%Y-%m-%dT%H:%M:%SZ}&end_date={end:%Y-%m-%dT%H:%M:%SZ}"
        )
    return paths


def bench_open311(server: subprocess.Popen, port: int, sessions, now: datetime) -> None:
    paths = open311_paths(now, 60)
    with sessions.begin() as session:
        held = session.get(StatsRefresh, 1).from_month
    for label, from_month in (("counted from the cases (baseline)", None), ("materialised counts", held)):
        with sessions.begin() as session:  # without from_month, Open311 counts small cells as it did before
            session.get(StatsRefresh, 1).from_month = from_month
        sequential(server, port, paths, f"Open311 requests.json, date range, {label}")


def bench_open311_against(servers: dict[str, tuple[subprocess.Popen, int]], now: datetime, count: int) -> None:
    """The same date-range searches sent to each server in turn, request by request (so that the load
    of the machine falls on all alike): wall-clock latency and web CPU per request of each."""
    paths = open311_paths(now, count)
    for path in paths[:20]:  # each process fills its caches (centers, small-cell counts per month)
        for _, port in servers.values():
            get(port, path)
    timings: dict[str, list[float]] = {label: [] for label in servers}
    cpu_before = {label: server_cpu_seconds(server) for label, (server, _) in servers.items()}
    for path in paths:
        for label, (_, port) in servers.items():
            ms, status = get(port, path)
            assert status == 200, (label, path)
            timings[label].append(ms)
    for label, (server, _) in servers.items():
        cpu = (server_cpu_seconds(server) - cpu_before[label]) * 1000 / len(paths)
        print(
            f"HTTP Open311 requests.json, date range, {label:<34} {figures(timings[label])}; web CPU {cpu:5.1f} ms a request"
        )


async def closed_loop(port: int, paths: list[str], seconds: float, clients: int) -> tuple[int, list[float], int]:
    """`clients` keep-alive connections, each sending its next request when the last is answered."""
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds

    async def client(number: int) -> None:
        nonlocal errors
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        turn = number
        while time.perf_counter() < deadline:
            path = paths[turn % len(paths)]
            turn += clients
            started = time.perf_counter()
            writer.write(f"GET {path} HTTP/1.1\r\nHost: bench\r\n\r\n".encode())
            head = await reader.readuntil(b"\r\n\r\n")
            length = next(
                int(line.split(b":", 1)[1])
                for line in head.split(b"\r\n")
                if line.lower().startswith(b"content-length")
            )
            await reader.readexactly(length)
            latencies.append((time.perf_counter() - started) * 1000)
            if not head.startswith(b"HTTP/1.1 200"):
                errors += 1
        writer.close()

    await asyncio.gather(*(client(number) for number in range(clients)))
    return len(latencies), latencies, errors


def bench_throughput(server: subprocess.Popen, port: int, seconds: float, clients: int, label: str) -> None:
    paths = [f"/stats/{province.code}" for province in geothai.provinces()]
    for path in paths:
        get(port, path)  # fill the cache of at least one process
    load_before, cpu_before = os.getloadavg()[0], server_cpu_seconds(server)
    count, latencies, errors = asyncio.run(closed_loop(port, paths, seconds, clients))
    cpu = (server_cpu_seconds(server) - cpu_before) * 1000 / max(count, 1)
    latencies.sort()
    print(
        f"HTTP /stats/<province> pages, {label:<38} {count / seconds:7.0f} requests/s, "
        f"p50 {latencies[len(latencies) // 2]:.1f} ms, p99 {latencies[int(len(latencies) * 0.99)]:.1f} ms, "
        f"{errors} errors, web CPU {cpu:.2f} ms a request ({clients} clients, {seconds:.0f} s; "
        f"load average before {load_before:.1f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--reuse", action="store_true", help="keep the cases of an earlier run (same --cases)")
    parser.add_argument("--seconds", type=float, default=20.0, help="of each closed loop")
    parser.add_argument("--http-only", action="store_true", help="with --reuse: skip the refresh and in-process parts")
    parser.add_argument("--web-processes", type=int, default=2)
    parser.add_argument("--web-threads", type=int, default=4)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--baseline-rev", help="also serve Open311 from the code of this git revision, alternately")
    args = parser.parse_args()
    print(f"{platform.node()}: {os.cpu_count()} cores, Python {platform.python_version()}, load {os.getloadavg()}")
    now = datetime.now(UTC)
    engine = make_engine(args.database_url)
    sessions = make_session_factory(engine)
    with sessions() as session:
        have = session.scalar(text("SELECT to_regclass('cases') IS NOT NULL")) and session.scalar(
            select(func.count(Case.id))
        )
    if not (args.reuse and have == args.cases):
        ms, _ = timed(lambda: generate(engine, sessions, args.cases, now))
        print(f"generated {args.cases:,} cases in {ms / 1000:.0f} s")
    if not args.http_only:
        bench_refresh(sessions, now)
        vacuum(engine)
        bench_in_process(sessions, now)

    env = dict(os.environ, DATABASE_URL=args.database_url, OPEN311_RATE_LIMIT="100000000", LOG_LEVEL="WARNING")
    print(f"gunicorn: {args.web_processes} processes x {args.web_threads} threads (gthread)")
    cold_port, warm_port = free_port(), free_port()
    cold = gunicorn(cold_port, env | {"STATS_CACHE_SECONDS": "0.001"}, args.web_processes, args.web_threads)
    try:
        bench_stats_reads(cold, cold_port)
        bench_throughput(cold, cold_port, args.seconds / 2, args.clients, "cache off (baseline)")
    finally:
        cold.terminate()
        cold.wait(20)
    warm = gunicorn(warm_port, env, args.web_processes, args.web_threads)
    try:
        bench_open311(warm, warm_port, sessions, now)
        if args.baseline_rev:
            base_port = free_port()
            baseline_code = code_at(args.baseline_rev)
            base = gunicorn(base_port, env, args.web_processes, args.web_threads, baseline_code)
            try:
                servers = {f"code of {args.baseline_rev} (baseline)": (base, base_port), "this code": (warm, warm_port)}
                bench_open311_against(servers, now, 200)
            finally:
                base.terminate()
                base.wait(20)
                shutil.rmtree(baseline_code)
        bench_throughput(warm, warm_port, args.seconds, args.clients, "from the cache (STATS_CACHE_SECONDS 60)")
    finally:
        warm.terminate()
        warm.wait(20)
    engine.dispose()


if __name__ == "__main__":
    main()
