"""The scheduled sweeps over 1,000,000 cases (100,000 open) on PostgreSQL.

Generates, in SQL (INSERT ... SELECT generate_series), 7,436 centers (one per real subdistrict code)
with three staff each (1 % of centers with nobody active, 1 in 40 staff blocked the bot), district and
province supervisors (a tenth of the districts with none), 600,000 reporters, 20,000 volunteers and
1,000,000 cases: 900,000 closed or resolved over three years (those closed more than 365 days before
the last retention run already anonymised) and 100,000 open (assigned 8 %, acknowledged 17 %,
visiting 30 %, in progress 30 %, referred 15 %; urgent 10 %, high 25 %, normal 65 %). The data is as
the app leaves it when its last deadline sweep ran at 06:59:59 Bangkok time: every reminder and
escalation due by then is in `case_alerts` (those of non-urgent cases due in the night still held for
07:00), and `next_alert_at` is each case's next step, as bot/jobs/deadline_alerts.py sets it; visiting
and recently closed cases keep the stale wake-up the sweep clears when it next looks. Also timeline
entries, reporter news (told, follow-ups waiting, news due), photos, volunteer offers (history, holders,
open offers) and centers with automatic offers.

Then times each sweep as dispatch/scheduler.run_job calls it, one call in its own transaction, with a
fixed `now`, several times per scenario: each timed run ends with its last statement flushed and is
rolled back, so every run sees the same due rows (one committed run of the deadline sweep at the end
shows what the commit adds). Scenarios: `steady` (06:59:59, the sweep a minute after the last one:
nothing due), `07:00` (the night's held alerts released, up to 500 a sweep) and `backlog` (07:29:59,
the first sweep after 30 minutes without one: held alerts and 200 of the cases due since). Prints
mean / p50 / max per sweep and scenario, what each handled, and EXPLAIN (ANALYZE, BUFFERS) of each
sweep's selection.

Usage: python bench/sweeps.py [--database-url URL] [--runs 7] [--cases 1000000] [--open 100000]
(default: BENCH_POSTGRESQL_URL or postgresql+psycopg://postgres@127.0.0.1:5432/helper_bench; its
public schema is dropped and recreated)
"""

from __future__ import annotations

import argparse
import functools
import os
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import geothai  # noqa: E402
from sqlalchemy import Engine, insert, select, text  # noqa: E402
from sqlalchemy.orm import Session, sessionmaker  # noqa: E402

from bot.commands.volunteer_notices import volunteer_sweep  # noqa: E402
from bot.jobs.deadline_alerts import DEFAULT_POLICY, send_deadline_alerts  # noqa: E402
from bot.jobs.reporter_news import tell_waiting_reporters  # noqa: E402
from dispatch.deadlines import due_cases_query, held_alerts_query  # noqa: E402
from dispatch.retention import apply_retention  # noqa: E402
from dispatch.scheduler import housekeeping  # noqa: E402
from dispatch.volunteer_offers import OfferRules  # noqa: E402
from models.cases import Case  # noqa: E402
from models.centers import Center  # noqa: E402
from models.db import make_engine, make_session_factory  # noqa: E402
from models.volunteers import lat_band  # noqa: E402

DEFAULT_URL = os.environ.get("BENCH_POSTGRESQL_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/helper_bench")
# The last deadline sweep ran at 06:59:59 in Bangkok (a Tuesday); the night's quiet hours end at 07:00.
SEEN = datetime(2026, 11, 23, 23, 59, 59, tzinfo=UTC)
RELEASE = datetime(2026, 11, 24, 0, 0, tzinfo=UTC)
NIGHT = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)  # 21:00 in Bangkok
SCENARIOS = {"steady": SEEN, "07:00": RELEASE, "backlog": SEEN + timedelta(minutes=30)}
RETENTION_DAYS = 365
LAST_RETENTION = SEEN - timedelta(hours=6)  # retention runs every 6 hours
REPORTERS = 600_000
VOLUNTEERS = 20_000
STAFF_PER_CENTER = 3

# Limits per urgency as SQL intervals (acknowledge, first visit): the defaults of dispatch/routing.py.
ACK_LIMIT = (
    "CASE urgency WHEN 'urgent' THEN interval '1 hour' WHEN 'high' THEN interval '4 hours' ELSE interval '24 hours' END"
)
VISIT_LIMIT = "CASE urgency WHEN 'urgent' THEN interval '24 hours' WHEN 'high' THEN interval '72 hours' ELSE interval '7 days' END"


def _next_step(deadline: str, limit: str) -> str:
    """The first of a deadline's steps (at it, +1, +3 limits) still ahead of the last sweep."""
    return (
        f"CASE WHEN {deadline} > :seen THEN {deadline} WHEN {deadline} + {limit} > :seen THEN {deadline} + {limit} "
        f"WHEN {deadline} + 3 * {limit} > :seen THEN {deadline} + 3 * {limit} END"
    )


CASES_SQL = f"""
INSERT INTO cases (id, reference, reporter_user_id, center_id, status, urgency, subject, category, needs,
    person_name, person_age, description, contact_phone, latitude, longitude, address_text,
    subdistrict_code, district_code, province_code, consent_basis, consent_version, consent_at,
    ack_due_at, visit_due_at, created_at, updated_at, owner_user_id, acknowledged_at, resolved_at,
    confirmed_at, rating, outcome, closed_at, anonymised_at, next_alert_at)
WITH r AS (
    SELECT g, random() AS r1, random() AS r2, random() AS r3, random() AS r4,
           1 + floor(random() * :centers)::int AS center_id
    FROM generate_series(1, :total) AS g
), s AS (
    SELECT r.*,
        CASE WHEN g > :open THEN (CASE WHEN r3 < 0.03 THEN 'resolved' ELSE 'closed' END)
             WHEN g % 100 < 8 THEN 'assigned' WHEN g % 100 < 25 THEN 'acknowledged'
             WHEN g % 100 < 55 THEN 'visiting' WHEN g % 100 < 85 THEN 'in_progress' ELSE 'referred' END AS status,
        CASE WHEN r1 < 0.10 THEN 'urgent' WHEN r1 < 0.35 THEN 'high' ELSE 'normal' END AS urgency
    FROM r
), t AS (
    SELECT s.*,
        -- open cases: exponential ages by status (mean 1, 4, 6, 15, 20 days; at most 120);
        -- resolved within the last 14 days; closed uniformly over three years
        CASE status
            WHEN 'resolved' THEN :seen - r4 * interval '14 days'
            WHEN 'closed' THEN :seen - r2 * interval '1095 days'
        END AS ended_at,
        CASE status
            WHEN 'assigned' THEN :seen - least(-ln(1 - r2) * 1, 120) * interval '1 day'
            WHEN 'acknowledged' THEN :seen - least(-ln(1 - r2) * 4, 120) * interval '1 day'
            WHEN 'visiting' THEN :seen - least(-ln(1 - r2) * 6, 120) * interval '1 day'
            WHEN 'in_progress' THEN :seen - least(-ln(1 - r2) * 15, 120) * interval '1 day'
            WHEN 'referred' THEN :seen - least(-ln(1 - r2) * 20, 120) * interval '1 day'
        END AS open_created
    FROM s
), u AS (
    SELECT t.*, coalesce(open_created, ended_at - (0.5 + r4 * 30) * interval '1 day') AS created,
        {ACK_LIMIT} AS ack_l, {VISIT_LIMIT} AS visit_l,
        status = 'closed' AND ended_at < :last_retention - :retention * interval '1 day' AS anonymised
    FROM t
)
SELECT g, 'B' || lpad(g::text, 9, '0'), 1 + (g::bigint * 7919) % :reporters, u.center_id, status, urgency, 'other',
    (ARRAY['elderly','bedridden','disability','child','homeless','poverty','violence','other'])[1 + g % 8],
    '["food", "carer"]'::json,
    CASE WHEN anonymised THEN NULL ELSE 'คุณสมมติ นามสกุล' || g END,
    CASE WHEN anonymised THEN NULL ELSE 20 + g % 75 END,
    CASE WHEN anonymised THEN NULL ELSE 'ผู้สูงอายุอยู่บ้านคนเดียว เดินไม่ได้ ต้องการคนดูแลและอาหาร' END,
    CASE WHEN anonymised THEN NULL ELSE '08' || lpad((g % 100000000)::text, 8, '0') END,
    CASE WHEN anonymised THEN NULL ELSE c.latitude + (r3 - 0.5) / 20 END,
    CASE WHEN anonymised THEN NULL ELSE c.longitude + (r4 - 0.5) / 20 END,
    CASE WHEN anonymised THEN NULL ELSE 'บ้านเลขที่ ' || g % 300 || ' หมู่ ' || g % 12 END,
    c.subdistrict_code, c.district_code, c.province_code, 'vital_interest', '2026-01', created,
    created + ack_l, created + visit_l, created, coalesce(ended_at, created),
    CASE WHEN status <> 'assigned' THEN :staff_base + (u.center_id - 1) * {STAFF_PER_CENTER} + g % {STAFF_PER_CENTER} + 1 END,
    CASE WHEN status <> 'assigned' THEN created + r3 * 1.5 * ack_l END,
    CASE WHEN status IN ('resolved', 'closed') THEN ended_at END,
    CASE WHEN status = 'closed' AND r3 < 0.5 THEN ended_at END,
    CASE WHEN status = 'closed' AND r3 < 0.5 THEN 4 + g % 2 END,
    CASE WHEN status = 'closed' THEN (CASE WHEN r3 < 0.9 THEN 'helped' ELSE 'duplicate' END) END,
    CASE WHEN status = 'closed' THEN ended_at END,
    CASE WHEN anonymised THEN ended_at + :retention * interval '1 day' END,
    least(
        CASE WHEN status = 'assigned' THEN {_next_step("created + ack_l", "ack_l")} END,
        CASE WHEN status IN ('assigned', 'acknowledged') OR (status <> 'in_progress' AND status <> 'referred' AND r4 < 0.3)
             THEN {_next_step("created + visit_l", "visit_l")} END
    )
FROM u JOIN centers AS c ON c.id = u.center_id
"""

# Every reminder and escalation of an open case's deadlines due by the last sweep; those of cases
# that may wait, due since 21:00, are still held for 07:00.
ALERTS_SQL = f"""
INSERT INTO case_alerts (case_id, deadline, deadline_at, level, due_at, held_until, sent_at, outcome, recipients, created_at)
WITH d AS (
    SELECT id, urgency, status, acknowledged_at, 'ack' AS deadline, ack_due_at AS deadline_at, {ACK_LIMIT} AS lim
    FROM cases WHERE status IN ('assigned', 'acknowledged')
    UNION ALL
    SELECT id, urgency, status, acknowledged_at, 'visit', visit_due_at, {VISIT_LIMIT}
    FROM cases WHERE status IN ('assigned', 'acknowledged')
), steps AS (
    SELECT d.*, level, deadline_at + mult * lim AS due_at
    FROM d CROSS JOIN (VALUES ('center', 0), ('district', 1), ('province', 3)) AS levels(level, mult)
)
SELECT id, deadline, deadline_at, level, due_at,
    CASE WHEN held THEN :release END,
    CASE WHEN NOT held THEN due_at + interval '20 seconds' END,
    CASE WHEN NOT held THEN 'sent' END,
    CASE WHEN held THEN 0 ELSE 2 END,
    due_at + interval '20 seconds'
FROM (SELECT steps.*, urgency <> 'urgent' AND due_at >= :night AS held FROM steps) AS h
WHERE due_at <= :seen AND (deadline = 'visit' OR status = 'assigned' OR due_at <= acknowledged_at)
"""

OTHER_SQL = [
    # the timeline: one entry per case, and a staff note (free text the retention sweep removes) on 5 %
    """INSERT INTO case_events (case_id, kind, to_status, detail, at)
       SELECT id, 'status', 'assigned', '{}'::json, created_at FROM cases""",
    """INSERT INTO case_events (case_id, kind, actor_user_id, detail, at)
       SELECT id, 'note', owner_user_id, '{"text": "โทรคุยกับลูกสาวแล้ว จะไปเยี่ยมพรุ่งนี้"}'::json, updated_at
       FROM cases WHERE id % 20 = 0""",
    # reporter news: told within the last 30 days, follow-ups waiting for their day, news due soon
    """INSERT INTO reporter_updates (case_id, reporter_user_id, kind, detail, created_at, send_after, told_at)
       SELECT id, reporter_user_id, 'acknowledged', '{}'::json, created_at, created_at + interval '2 minutes',
              created_at + interval '3 minutes'
       FROM cases WHERE created_at > :seen - interval '30 days' AND created_at < :seen - interval '1 hour'""",
    """INSERT INTO reporter_updates (case_id, reporter_user_id, kind, detail, created_at, send_after)
       SELECT id, reporter_user_id, 'follow_up', json_build_object('resolved_at', resolved_at), resolved_at,
              resolved_at + interval '7 days'
       FROM cases WHERE status = 'resolved' AND resolved_at > :seen - interval '7 days'""",
    """INSERT INTO reporter_updates (case_id, reporter_user_id, kind, detail, created_at, send_after)
       SELECT id, reporter_user_id, 'acknowledged', '{}'::json, send_after - interval '2 minutes', send_after
       FROM (SELECT id, reporter_user_id, :seen + random() * interval '30 minutes' AS send_after
             FROM cases WHERE status IN ('acknowledged', 'visiting') AND id % 50 = 1) AS due""",
    # photos: of 2 % of cases still holding personal data, and a few never attached
    """INSERT INTO media (owner_user_id, case_id, line_message_id, content_type, content, size_bytes, created_at)
       SELECT reporter_user_id, id, 'm' || id, 'image/jpeg', decode(repeat('ff', 200), 'hex'), 200, created_at
       FROM cases WHERE anonymised_at IS NULL AND id % 50 = 7""",
    """INSERT INTO media (owner_user_id, case_id, line_message_id, content_type, content, size_bytes, created_at)
       SELECT g, NULL, 'u' || g, 'image/jpeg', decode(repeat('ff', 200), 'hex'), 200,
              :seen - (g % 174) * interval '1 hour'
       FROM generate_series(1, 300) AS g""",
    """INSERT INTO conversations (user_id, state, data, updated_at)
       SELECT g * 97, 'report:describe', '{}'::json, :seen - (g % 174) * interval '1 hour'
       FROM generate_series(1, 5000) AS g""",
    # volunteer offers: history on a fifth of the closed cases, a holder on half the visiting ones,
    # open offers on cases reported in the last four hours
    """INSERT INTO volunteer_offers (case_id, volunteer_id, state, distance_km, offered_at, expires_at,
                                     answered_at, finished_at)
       SELECT id, 1 + id % :volunteers, 'reported', 3.5, created_at, created_at + interval '4 hours',
              created_at + interval '1 hour', closed_at
       FROM cases WHERE status = 'closed' AND id % 5 = 0""",
    """INSERT INTO volunteer_offers (case_id, volunteer_id, state, distance_km, offered_at, expires_at, answered_at)
       SELECT id, 1 + id % :volunteers, 'accepted', 2.1, acknowledged_at, acknowledged_at + interval '4 hours',
              acknowledged_at + interval '20 minutes'
       FROM cases WHERE status = 'visiting' AND id % 2 = 0""",
    """INSERT INTO volunteer_offers (case_id, volunteer_id, state, distance_km, offered_at, expires_at, finished_at)
       SELECT id, 1 + (id * 13) % :volunteers, CASE WHEN expires > :seen THEN 'offered' ELSE 'expired' END, 4.2,
              created_at + interval '1 minute', expires, CASE WHEN expires <= :seen THEN expires END
       FROM (SELECT id, created_at, created_at + interval '1 minute'
                    + CASE WHEN urgency = 'urgent' THEN interval '30 minutes' ELSE interval '4 hours' END AS expires
             FROM cases WHERE status IN ('assigned', 'acknowledged')
               AND (created_at > :seen - interval '4 hours' OR center_id % 20 = 0)) AS recent""",
    """INSERT INTO center_volunteer_settings (center_id, auto_offer, updated_at)
       SELECT id, true, :seen FROM centers WHERE id % 20 = 0""",
    """UPDATE volunteers SET active_cases = held.n, max_active_cases = greatest(3, held.n)
       FROM (SELECT volunteer_id, count(*) AS n FROM volunteer_offers WHERE state = 'accepted'
             GROUP BY volunteer_id) AS held
       WHERE volunteers.id = held.volunteer_id""",
]


def populate(engine: Engine, total: int, open_cases: int) -> dict[str, float]:
    """Everything, in a few statements; returns seconds per part."""
    timings: dict[str, float] = {}
    started = time.perf_counter()
    codes = [
        (s.code, d.code, p.code)
        for p in geothai.provinces()
        for d in geothai.districts(p.code)
        for s in geothai.subdistricts(d.code)
    ]
    with engine.begin() as connection:
        connection.execute(text("SELECT setseed(0.6)"))
        points = [(5.6 + (i * 0.6180339887 % 1) * 14.9, 97.3 + (i * 0.7548776662 % 1) * 8.4) for i in range(len(codes))]
        connection.execute(
            insert(Center),
            [
                {
                    "id": i + 1,
                    "code": f"C{code}",
                    "name": f"ศูนย์ช่วยเหลือสังคม ตำบล {code}",
                    "subdistrict_code": code,
                    "district_code": district,
                    "province_code": province,
                    "latitude": points[i][0],
                    "longitude": points[i][1],
                    "phone": "021234567",
                    "active": True,
                    "created_at": SEEN - timedelta(days=1200),
                    "updated_at": SEEN - timedelta(days=1200),
                }
                for i, (code, district, province) in enumerate(codes)
            ],
        )
        centers = len(codes)
        staff_base = REPORTERS
        staff = centers * STAFF_PER_CENTER
        params = {"seen": SEEN, "n": REPORTERS + staff, "reporters": REPORTERS}
        connection.execute(
            text(
                "INSERT INTO users (id, line_user_id, language, display_name, following, created_at, "
                "failed_code_attempts) SELECT g, 'U' || md5('user' || g), CASE WHEN g % 50 = 0 THEN 'en' ELSE 'th' END, "
                "CASE WHEN g > :reporters THEN 'เจ้าหน้าที่ ' || g END, "
                "CASE WHEN g > :reporters THEN g % 40 <> 0 ELSE g % 20 <> 0 END, "
                ":seen - (g % 1000) * interval '1 day', 0 FROM generate_series(1, :n) AS g"
            ),
            params,
        )
        # Three staff per center; 1 % of the centers have nobody active (alerts go up a level).
        connection.execute(
            text(
                "INSERT INTO staff_memberships (user_id, center_id, role, active, created_at) "
                "SELECT :base + g, (g - 1) / :per + 1, 'staff', (g - 1) / :per % 100 <> 0, :seen "
                "FROM generate_series(1, :staff) AS g"
            ),
            {"base": staff_base, "per": STAFF_PER_CENTER, "staff": staff, "seen": SEEN},
        )
        next_id = staff_base + staff + 1
        districts = sorted({district for _, district, _ in codes})
        provinces = sorted({province for _, _, province in codes})
        areas = [("district_supervisor", d) for i, d in enumerate(districts) if i % 10 != 0 for _ in range(2)]
        areas += [("province_supervisor", p) for p in provinces for _ in range(2)]
        users, memberships = [], []
        for offset, (role, area) in enumerate(areas):
            user_id = next_id + offset
            users.append(_user(user_id, f"ผู้กำกับดูแล {area}"))
            memberships.append({"user_id": user_id, "center_id": None, "role": role, "area_code": area})
        next_id += len(areas)
        volunteer_base = next_id
        users += [_user(volunteer_base + i, None) for i in range(VOLUNTEERS)]
        connection.execute(
            text(
                "INSERT INTO users (id, line_user_id, language, display_name, following, created_at, failed_code_attempts) VALUES (:id, :line_user_id, 'th', :display_name, true, :created_at, 0)"
            ),
            users,
        )
        connection.execute(
            text(
                "INSERT INTO staff_memberships (user_id, center_id, role, area_code, active, created_at) "
                "VALUES (:user_id, :center_id, :role, :area_code, true, :seen)"
            ),
            [{**m, "seen": SEEN} for m in memberships],
        )
        connection.execute(text("SELECT setval('users_id_seq', (SELECT max(id) FROM users))"))
        volunteers = []
        for i in range(VOLUNTEERS):
            latitude, longitude = points[(i * 7) % centers]
            latitude += ((i * 37) % 100 - 50) / 1000
            longitude += ((i * 53) % 100 - 50) / 1000
            volunteers.append(
                {
                    "id": i + 1,
                    "user_id": volunteer_base + i,
                    "center_id": (i * 7) % centers + 1,
                    "latitude": latitude,
                    "longitude": longitude,
                    "lat_band": lat_band(latitude),
                    "status": "approved" if i % 10 else "pending",
                    "available": i % 7 != 0,
                    "seen": SEEN,
                }
            )
        connection.execute(
            text(
                "INSERT INTO volunteers (id, user_id, center_id, name, phone, latitude, longitude, lat_band, skills, "
                "max_active_cases, active_cases, status, available, created_at, updated_at) VALUES (:id, :user_id, "
                ":center_id, 'อาสาสมัคร', '0812345678', :latitude, :longitude, :lat_band, '[\"visit\"]', 3, 0, :status, "
                ":available, :seen, :seen)"
            ),
            volunteers,
        )
        timings["centers, users, staff, volunteers"] = time.perf_counter() - started

        started = time.perf_counter()
        connection.execute(
            text(CASES_SQL),
            {
                "seen": SEEN,
                "total": total,
                "open": open_cases,
                "centers": centers,
                "reporters": REPORTERS,
                "staff_base": staff_base,
                "retention": RETENTION_DAYS,
                "last_retention": LAST_RETENTION,
            },
        )
        connection.execute(text("SELECT setval('cases_id_seq', (SELECT max(id) FROM cases))"))
        timings["cases"] = time.perf_counter() - started
        started = time.perf_counter()
        connection.execute(text(ALERTS_SQL), {"seen": SEEN, "night": NIGHT, "release": RELEASE})
        for statement in OTHER_SQL:
            connection.execute(text(statement), {"seen": SEEN, "volunteers": VOLUNTEERS})
        timings["alerts, timeline, news, photos, offers"] = time.perf_counter() - started
    started = time.perf_counter()
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("VACUUM ANALYZE"))  # what autovacuum would have done by now
    timings["vacuum analyze"] = time.perf_counter() - started
    return timings


def _user(user_id: int, name: str | None) -> dict:
    return {"id": user_id, "line_user_id": f"U{user_id:032x}", "display_name": name, "created_at": SEEN}


def time_sweep(
    sessions: sessionmaker[Session], sweep: Callable[[Session, datetime], int], now: datetime, runs: int
) -> tuple[list[float], int]:
    """Wall time (ms) of one call in its own transaction, to its last statement flushed; rolled back."""
    timings, count = [], 0
    for _ in range(runs):
        with sessions() as session:
            started = time.perf_counter()
            count = sweep(session, now)
            session.flush()
            timings.append((time.perf_counter() - started) * 1000)
            session.rollback()
    return timings, count


def explain(sessions: sessionmaker[Session], statement, summary: bool = True) -> list[str]:  # noqa: ANN001
    """EXPLAIN (ANALYZE, BUFFERS) of a statement, in a transaction rolled back (it may lock rows)."""
    with sessions() as session:
        connection = session.connection()
        compiled = statement.compile(dialect=connection.dialect)
        rows = connection.exec_driver_sql("EXPLAIN (ANALYZE, BUFFERS) " + str(compiled), compiled.params).all()
        session.rollback()
    lines = [row[0] for row in rows]
    if not summary:
        return lines
    keep = [line.strip() for line in lines if "Scan" in line or "Buffers" in line or "Execution" in line]
    return keep[:6] + [line for line in keep[6:] if "Execution" in line]


def retention_query(now: datetime):  # noqa: ANN201 - the selection of dispatch/retention.py
    cutoff = now - timedelta(days=RETENTION_DAYS)
    return (
        select(Case.id)
        .where(Case.closed_at.is_not(None), Case.anonymised_at.is_(None), Case.closed_at < cutoff)
        .order_by(Case.closed_at)
        .limit(1000)
    )


def news_query(now: datetime):  # noqa: ANN201 - the selection of dispatch/reporter_news.claim_due_news
    from models.cases import ReporterUpdate

    return (
        select(ReporterUpdate.reporter_user_id)
        .where(ReporterUpdate.told_at.is_(None), ReporterUpdate.send_after <= now)
        .distinct()
        .limit(500)
    )


def offers_query(now: datetime):  # noqa: ANN201 - the first selection of dispatch/volunteer_offers.expire_offers
    from models.volunteers import VolunteerOffer

    return (
        select(VolunteerOffer.case_id)
        .where(VolunteerOffer.state == "offered", VolunteerOffer.expires_at <= now)
        .group_by(VolunteerOffer.case_id)
        .order_by(VolunteerOffer.case_id)
        .limit(200)
    )


def due_counts(sessions: sessionmaker[Session], now: datetime) -> dict[str, int]:
    queries = {
        "cases due": "SELECT count(*) FROM cases WHERE next_alert_at IS NOT NULL AND next_alert_at <= :now",
        "held alerts due": "SELECT count(*) FROM case_alerts WHERE sent_at IS NULL AND held_until <= :now",
        "cases past retention": "SELECT count(*) FROM cases WHERE closed_at IS NOT NULL AND anonymised_at IS NULL "
        f"AND closed_at < :now - interval '{RETENTION_DAYS} days'",
        "reporters with news due": "SELECT count(DISTINCT reporter_user_id) FROM reporter_updates "
        "WHERE told_at IS NULL AND send_after <= :now",
        "cases with offers expired": "SELECT count(DISTINCT case_id) FROM volunteer_offers "
        "WHERE state = 'offered' AND expires_at <= :now",
    }
    with sessions() as session:
        return {name: session.scalar(text(query), {"now": now}) for name, query in queries.items()}


def summary(timings: list[float]) -> str:
    return (
        f"mean {statistics.fmean(timings):7.1f} ms, p50 {statistics.median(timings):7.1f} ms, "
        f"max {max(timings):7.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--open", type=int, default=100_000)
    parser.add_argument("--keep", action="store_true", help="reuse the data of an earlier run")
    args = parser.parse_args()
    from models.schema import upgrade_database

    engine = make_engine(args.database_url)
    if engine.dialect.name != "postgresql":
        sys.exit("this benchmark is for PostgreSQL")
    sessions = make_session_factory(engine)
    with engine.connect() as connection:
        version = connection.exec_driver_sql("SHOW server_version").scalar()
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}; PostgreSQL {version}")
    if not args.keep:
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
        upgrade_database(engine)
        started = time.perf_counter()
        parts = populate(engine, args.cases, args.open)
        print(
            f"generated in {time.perf_counter() - started:.1f} s ("
            + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in parts.items())
            + ")"
        )
    with sessions() as session:
        counts = session.execute(
            text(
                "SELECT count(*), count(*) FILTER (WHERE status NOT IN ('closed', 'resolved', 'cancelled')), "
                "count(next_alert_at), count(anonymised_at), (SELECT count(*) FROM case_alerts), "
                "(SELECT count(*) FROM case_alerts WHERE sent_at IS NULL), (SELECT count(*) FROM centers), "
                "(SELECT count(*) FROM users), (SELECT count(*) FROM case_events), "
                "(SELECT count(*) FROM volunteer_offers) FROM cases"
            )
        ).one()
    print(
        f"cases {counts[0]:,} (open {counts[1]:,}; with a next alert {counts[2]:,}; anonymised {counts[3]:,}); "
        f"case_alerts {counts[4]:,} ({counts[5]:,} held for 07:00); centers {counts[6]:,}; users {counts[7]:,}; "
        f"timeline {counts[8]:,}; volunteer offers {counts[9]:,}"
    )

    sweeps: dict[str, Callable[[Session, datetime], int]] = {
        "deadline_alerts": functools.partial(send_deadline_alerts, policy=DEFAULT_POLICY),
        "reporter_news": tell_waiting_reporters,
        "retention": lambda session, now: apply_retention(session, now, RETENTION_DAYS).total,
        "volunteer_offers": functools.partial(volunteer_sweep, rules=OfferRules()),
        "housekeeping": housekeeping,
    }
    print(f"\neach sweep: {args.runs} calls per scenario, each its own transaction (rolled back after the flush)")
    for scenario, now in SCENARIOS.items():
        due = due_counts(sessions, now)
        print(f"\n[{scenario}] now {now:%Y-%m-%d %H:%M:%S} UTC; " + ", ".join(f"{k} {v:,}" for k, v in due.items()))
        for name, sweep in sweeps.items():
            timings, count = time_sweep(sessions, sweep, now, args.runs)
            print(f"  {name:17} {summary(timings)}; handled {count:,}")

    print("\nplans (EXPLAIN (ANALYZE, BUFFERS)) at the backlog's now:")
    now = SCENARIOS["backlog"]
    plans = {
        "deadline: due cases (FOR UPDATE SKIP LOCKED)": due_cases_query(now, 200).with_for_update(skip_locked=True),
        "deadline: held alerts": held_alerts_query(now, 500),
        "retention: cases past retention": retention_query(SEEN),
        "reporter news: reporters with news due": news_query(now),
        "volunteer offers: expired offers": offers_query(now),
    }
    for title, statement in plans.items():
        print(f"  {title}:")
        for line in explain(sessions, statement):
            print(f"    {line}")

    # One run as dispatch.scheduler.run_job does it, committed; then what it changed is put back.
    with sessions() as session:
        saved = session.execute(
            text("SELECT id, next_alert_at FROM cases WHERE next_alert_at IS NOT NULL AND next_alert_at <= :now"),
            {"now": now},
        ).all()
        marks = session.execute(
            text(
                "SELECT (SELECT coalesce(max(id), 0) FROM case_alerts), (SELECT coalesce(max(id), 0) FROM case_events), "
                "(SELECT coalesce(max(id), 0) FROM outbound_messages)"
            )
        ).one()
    with sessions.begin() as session:
        started = time.perf_counter()
        count = send_deadline_alerts(session, now)
        session.flush()
        flushed = time.perf_counter()
    committed = time.perf_counter()
    print(
        f"\ndeadline_alerts at the backlog's now, committed: {(committed - started) * 1000:.1f} ms "
        f"(of which the commit {(committed - flushed) * 1000:.1f} ms); handled {count:,}"
    )
    with sessions.begin() as session:
        session.execute(text("DELETE FROM case_alerts WHERE id > :id"), {"id": marks[0]})
        session.execute(
            text("UPDATE case_alerts SET sent_at = NULL, outcome = NULL, recipients = 0 WHERE sent_at = :now"),
            {"now": now},
        )
        session.execute(text("DELETE FROM case_events WHERE id > :id"), {"id": marks[1]})
        session.execute(text("DELETE FROM outbound_messages WHERE id > :id"), {"id": marks[2]})
        session.execute(
            text("UPDATE cases SET next_alert_at = :at WHERE id = :id"), [{"id": i, "at": at} for i, at in saved]
        )
    engine.dispose()


if __name__ == "__main__":
    main()
