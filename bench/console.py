"""The web console at national scale on PostgreSQL: 1,000,000 cases (100,000 open), 7,436 centers
(one per subdistrict), their staff and supervisors, as bench/sweeps.py generates them.

Times, through the Flask app in this process (routing, the database, templates; no HTTP):
- the queue page of a center's staff member and of the largest province's supervisor;
- the case page of open cases picked at random (staff in scope; each view also writes its timeline
  entry and audit entry, committed);
- the dashboard of the largest province's supervisor;
- the CSV export of at least 100,000 rows (every case, any status, of the provinces a bench user
  supervises), streamed, with the process's resident memory sampled as it streams, beside an export
  of a tenth of the rows: flat memory means the same peak for both.
Targets (issue 18): queue p95 <= 150 ms, case p95 <= 100 ms, province dashboard p95 <= 300 ms, the
100,000-row export in <= 10 s.

Baselines in the same run: the sign-in page (a template, no database: the floor of any page here),
and the same pages with migration 0020's indexes dropped (what they cost before it), then restored.

Usage: python bench/console.py [--database-url URL] [--runs 40] [--keep]
Default URL: BENCH_CONSOLE_URL, else the schema console_bench of wt_console (dropped and made again
unless --keep finds its cases).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text  # noqa: E402

from app import create_app  # noqa: E402
from bench.sweeps import SEEN, populate  # noqa: E402
from models.db import make_engine  # noqa: E402
from models.schema import upgrade_database  # noqa: E402
from web.auth import SESSION_SEEN, SESSION_USER  # noqa: E402

SCHEMA = "console_bench"
DEFAULT_URL = os.environ.get(
    "BENCH_CONSOLE_URL",
    f"postgresql+psycopg://postgres@127.0.0.1:5432/wt_console?options=-csearch_path%3D{SCHEMA}",
)
# Migration 0020's indexes (their definitions, to put them back after the baseline).
INDEXES = {
    "ix_cases_center_created": "CREATE INDEX ix_cases_center_created ON cases (center_id, created_at)",
    "ix_cases_center_resolved": "CREATE INDEX ix_cases_center_resolved ON cases (center_id, resolved_at) "
    "WHERE resolved_at IS NOT NULL",
}
EXPORT_ROWS = 100_000
PAGE = 4096


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * PAGE / 1e6


def percentiles(timings: list[float]) -> str:
    ordered = sorted(timings)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * len(ordered)) - 1)]
    return (
        f"p50 {statistics.median(ordered) * 1000:6.1f} ms  p95 {p95 * 1000:6.1f} ms  "
        f"max {ordered[-1] * 1000:6.1f} ms  (n={len(ordered)})"
    )


def p95(timings: list[float]) -> float:
    ordered = sorted(timings)
    return ordered[min(len(ordered) - 1, round(0.95 * len(ordered)) - 1)]


class Browser:
    """A signed-in console user: the session cookie set as LINE Login's callback sets it."""

    def __init__(self, app, line_user_id: str) -> None:  # noqa: ANN001 - the Flask app
        self.client = app.test_client()
        with self.client.session_transaction() as session:
            session[SESSION_USER] = line_user_id
            session[SESSION_SEEN] = time.time()

    def get(self, path: str) -> float:
        started = time.perf_counter()
        answer = self.client.get(path)
        body = answer.get_data()
        elapsed = time.perf_counter() - started
        if answer.status_code != 200 or not body:
            raise SystemExit(f"{path}: {answer.status_code}")
        return elapsed


def timed(runs: int, call: Callable[[int], float]) -> list[float]:
    call(0)  # warm: templates compiled, connections made
    return [call(index) for index in range(runs)]


def choose_people(engine) -> dict:  # noqa: ANN001
    with engine.connect() as connection:
        staff = connection.execute(
            text(
                "SELECT u.line_user_id, m.center_id FROM staff_memberships m JOIN users u ON u.id = m.user_id "
                "WHERE m.role = 'staff' AND m.active ORDER BY m.id LIMIT 200"
            )
        ).all()
        provinces = connection.execute(
            text("SELECT province_code, count(*) FROM centers GROUP BY province_code ORDER BY count(*) DESC")
        ).all()
        largest = provinces[0][0]
        supervisor = connection.execute(
            text(
                "SELECT u.line_user_id FROM staff_memberships m JOIN users u ON u.id = m.user_id "
                "WHERE m.role = 'province_supervisor' AND m.area_code = :code LIMIT 1"
            ),
            {"code": largest},
        ).scalar_one()
        open_refs = connection.execute(
            text(
                "SELECT c.reference, u.line_user_id FROM cases c "
                "JOIN staff_memberships m ON m.center_id = c.center_id AND m.role = 'staff' AND m.active "
                "JOIN users u ON u.id = m.user_id "
                "WHERE c.status IN ('assigned', 'acknowledged', 'visiting', 'in_progress', 'referred') "
                "AND c.id % 97 = 0 LIMIT 400"
            )
        ).all()
        per_province = dict(
            connection.execute(
                text(
                    "SELECT c.province_code, count(*) FROM cases c JOIN centers ce ON ce.id = c.center_id "
                    "GROUP BY c.province_code"
                )
            ).all()
        )
    # An exporter over enough provinces for EXPORT_ROWS rows (a national scope does not exist).
    chosen, rows = [], 0
    for code, _ in provinces:
        if rows >= EXPORT_ROWS:
            break
        chosen.append(code)
        rows += per_province.get(code, 0)
    return {
        "staff": staff,
        "province": largest,
        "province_centers": provinces[0][1],
        "supervisor": supervisor,
        "open_refs": open_refs,
        "export_provinces": chosen,
        "export_rows": rows,
        "province_open": None,
    }


def exporter(engine, provinces: list[str], name: str) -> str:  # noqa: ANN001
    line_user_id = f"Ubenchexport{name:0>20}"[:33]
    with engine.begin() as connection:
        connection.execute(
            text("DELETE FROM staff_memberships WHERE user_id IN (SELECT id FROM users WHERE line_user_id = :l)"),
            {"l": line_user_id},
        )
        user_id = connection.execute(
            text(
                "INSERT INTO users (line_user_id, language, display_name, following, created_at, failed_code_attempts) "
                "VALUES (:l, 'th', 'bench', true, :seen, 0) ON CONFLICT (line_user_id) DO UPDATE SET language = 'th' "
                "RETURNING id"
            ),
            {"l": line_user_id, "seen": SEEN},
        ).scalar_one()
        for code in provinces:
            connection.execute(
                text(
                    "INSERT INTO staff_memberships (user_id, center_id, role, area_code, active, created_at) "
                    "VALUES (:u, NULL, 'province_supervisor', :code, true, :seen)"
                ),
                {"u": user_id, "code": code, "seen": SEEN},
            )
    return line_user_id


def export(app, line_user_id: str, query: str) -> tuple[int, float, float, float]:  # noqa: ANN001
    """(rows, seconds, resident MB before, peak resident MB while streaming)."""
    client = Browser(app, line_user_id).client
    before = peak = rss_mb()
    started = time.perf_counter()
    answer = client.get("/console/export.csv" + query, buffered=False)
    lines = 0
    for piece in answer.response:
        lines += piece.count("\n") if isinstance(piece, str) else piece.count(b"\n")
        peak = max(peak, rss_mb())
    answer.close()
    return lines - 1, time.perf_counter() - started, before, peak


def measure(app, people: dict, runs: int) -> dict[str, list[float]]:  # noqa: ANN001
    rng = random.Random(18)
    staff = [Browser(app, line_user_id) for line_user_id, _ in people["staff"][:20]]
    supervisor = Browser(app, people["supervisor"])
    refs = people["open_refs"]
    viewers: dict[str, Browser] = {}

    def case_page(index: int) -> float:
        reference, line_user_id = refs[rng.randrange(len(refs))]
        viewer = viewers.setdefault(line_user_id, Browser(app, line_user_id))
        return viewer.get(f"/console/cases/{reference}")

    pages = rng.sample(range(1, 40), 8)
    return {
        "sign-in page (floor)": timed(runs, lambda i: Browser(app, "Unobody").get("/console/login")),
        "queue, center staff": timed(runs, lambda i: staff[i % len(staff)].get("/console/")),
        "queue, province supervisor": timed(runs, lambda i: supervisor.get("/console/")),
        "queue, province, page n, urgent": timed(
            runs, lambda i: supervisor.get(f"/console/?urgency=urgent&page={pages[i % len(pages)]}")
        ),
        "case page (staff)": timed(runs, case_page),
        "dashboard, province": timed(max(runs // 2, 5), lambda i: supervisor.get("/console/dashboard")),
        "map, province": timed(max(runs // 4, 5), lambda i: supervisor.get("/console/map")),
    }


TARGETS = {
    "queue, center staff": 0.150,
    "queue, province supervisor": 0.150,
    "queue, province, page n, urgent": 0.150,
    "case page (staff)": 0.100,
    "dashboard, province": 0.300,
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--keep", action="store_true", help="reuse the cases of an earlier run")
    parser.add_argument(
        "--cases", type=int, default=1_000_000, help="a smaller scale for a quick before/after (a tenth open)"
    )
    parser.add_argument("--no-baseline", action="store_true", help="skip the run without migration 0020's indexes")
    args = parser.parse_args()
    engine = make_engine(args.database_url)
    if engine.dialect.name != "postgresql":
        sys.exit("this benchmark is for PostgreSQL")
    with engine.connect() as connection:
        version = connection.exec_driver_sql("SHOW server_version").scalar()
        has_cases = connection.execute(text("SELECT to_regclass('cases') IS NOT NULL")).scalar() and (
            connection.execute(text(f"SELECT count(*) FROM (SELECT 1 FROM cases LIMIT {args.cases}) AS c")).scalar()
            >= args.cases
        )
    load = os.getloadavg()[0]
    print(
        f"machine: {os.cpu_count()} cores, load average {load:.1f}; python {sys.version.split()[0]}; PostgreSQL {version}"
    )
    if not (args.keep and has_cases):
        with engine.begin() as connection:
            connection.execute(text(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE"))
            connection.execute(text(f"CREATE SCHEMA {SCHEMA}"))
        upgrade_database(engine)
        started = time.perf_counter()
        parts = populate(engine, args.cases, args.cases // 10)
        print(
            f"generated in {time.perf_counter() - started:.0f} s: "
            + ", ".join(f"{k} {v:.0f} s" for k, v in parts.items())
        )
    else:
        upgrade_database(engine)  # the kept data gets this branch's migrations
    with engine.connect() as connection:
        counts = connection.execute(
            text(
                "SELECT count(*), count(*) FILTER (WHERE status NOT IN ('closed', 'resolved', 'cancelled')), "
                "(SELECT count(*) FROM centers) FROM cases"
            )
        ).one()
    print(f"cases {counts[0]:,} (open {counts[1]:,}); centers {counts[2]:,}")

    app = create_app(
        {
            "database_url": args.database_url,
            "line_login_channel_id": "1234567890",
            "line_login_channel_secret": "bench-secret-bench-secret-0123456",
        }
    )
    app.config["CONSOLE_NOW"] = lambda: SEEN
    people = choose_people(engine)
    print(
        f"province {people['province']} ({people['province_centers']} centers); "
        f"export scope: provinces {', '.join(people['export_provinces'])} ({people['export_rows']:,} cases)"
    )

    with_indexes = measure(app, people, args.runs)
    baseline: dict[str, list[float]] = {}
    if not args.no_baseline:
        with engine.begin() as connection:
            for name in INDEXES:
                connection.execute(text(f"DROP INDEX IF EXISTS {name}"))
        try:
            baseline = measure(app, people, args.runs)
        finally:
            with engine.begin() as connection:
                for definition in INDEXES.values():
                    connection.execute(text(definition.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS")))
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                connection.execute(text("ANALYZE cases"))

    print(f"\n{'page':34} {'with migration 0020':50} {'without its indexes (baseline)':>40}  target")
    for name, timings in with_indexes.items():
        target = TARGETS.get(name)
        verdict = (
            ""
            if target is None
            else ("ok" if p95(timings) <= target else "MISSED") + f" (p95 <= {target * 1000:.0f} ms)"
        )
        other = f"p95 {p95(baseline[name]) * 1000:6.1f} ms" if name in baseline else ""
        print(f"{name:34} {percentiles(timings):50} {other:>40}  {verdict}")

    exporter_id = exporter(engine, people["export_provinces"], "all")
    small_id = exporter(engine, people["export_provinces"][:1], "one")
    small = export(app, small_id, "?status=all")
    full = export(app, exporter_id, "?status=all")
    print("\nCSV export, streamed (status=all):")
    for label, (rows, seconds, before, peak) in (("one province", small), ("the exporter's provinces", full)):
        print(
            f"  {label:26} {rows:9,} rows in {seconds:5.1f} s ({rows / seconds:,.0f} rows/s); resident memory "
            f"{before:.0f} MB before, peak {peak:.0f} MB (+{peak - before:.0f} MB)"
        )
    rows, seconds = full[0], full[1]
    verdict = "ok" if rows >= EXPORT_ROWS and seconds <= 10 else "MISSED"
    print(f"  target: {EXPORT_ROWS:,} rows in <= 10 s with flat memory: {verdict}")
    client = Browser(app, exporter_id).client
    before = rss_mb()
    started = time.perf_counter()
    workbook = client.get("/console/export.xlsx?status=all").get_data()
    print(
        f"Excel export of the same rows: {time.perf_counter() - started:.1f} s, {len(workbook) / 1e6:.1f} MB; "
        f"resident memory {before:.0f} MB before, {rss_mb():.0f} MB after (written to a temporary file)"
    )


if __name__ == "__main__":
    main()
