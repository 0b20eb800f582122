"""GET /metrics in Prometheus' text format.

Counters and histograms are kept by prometheus-client in each process; under gunicorn (several
processes) set PROMETHEUS_MULTIPROC_DIR to an empty folder (deploy/ does) and every process writes
its values there, summed at scrape (gunicorn's child_exit hook marks dead processes). Queue
backlogs, case counts and the message quota are read from the database at scrape, so any web
process answers for the whole deployment, workers included.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from flask import Blueprint, Response, current_app
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from dispatch.case_work import overdue_condition
from models.base import utcnow
from models.cases import Case, CaseStatus
from models.digests import MessageQuota
from models.messaging import InboundEvent, InboundStatus, OutboundMessage, OutboundStatus
from models.operations import WorkerHeartbeat

blueprint = Blueprint("metrics", __name__)

WEBHOOK_REQUESTS = Counter("bot_webhook_requests", "Webhook requests by HTTP status answered", ["status"])
WEBHOOK_EVENTS = Counter(
    "bot_webhook_events",
    "Webhook events: received (in a signed body), stored (new), duplicate (already stored), "
    "refused (storage failed, answered 503)",
    ["outcome"],
)
EVENTS_HANDLED = Counter("bot_events_handled", "Webhook events handled by the event worker", ["outcome"])
DELIVERIES = Counter(
    "bot_deliveries", "Delivery attempts by outcome (sent, retry, failed, dropped, held)", ["outcome", "via"]
)
LINE_CALLS = Histogram(
    "bot_line_call_seconds",
    "Calls to the LINE API by endpoint and status class (2xx, 4xx, 5xx, none: no answer)",
    ["call", "status"],
    buckets=(0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)
JOB_RUNS = Counter("bot_job_runs", "Scheduled job runs by outcome (ok, failed)", ["job", "outcome"])
JOB_SECONDS = Histogram(
    "bot_job_duration_seconds",
    "Duration of scheduled job runs",
    ["job"],
    buckets=(0.01, 0.05, 0.1, 0.5, 1.0, 5.0, 30.0, 120.0),
)

_ID_SEGMENT = re.compile(r"^(?=.*\d)[A-Za-z0-9_-]{16,}$")
OPEN_STATUSES = [
    status for status in CaseStatus if status not in (CaseStatus.CLOSED, CaseStatus.CANCELLED)
]


def status_class(status: int) -> str:
    return f"{status // 100}xx" if status else "none"


def endpoint_label(path: str) -> str:
    """A LINE path with its ids (users, rich menus, messages) replaced, so labels stay few."""
    return "/".join("{id}" if _ID_SEGMENT.match(part) else part for part in path.split("/"))


def observe_line_call(call: str, status: int, seconds: float) -> None:
    LINE_CALLS.labels(call, status_class(status)).observe(seconds)


def observe_job(job: str, seconds: float, error: str | None) -> None:
    JOB_RUNS.labels(job, "failed" if error else "ok").inc()
    JOB_SECONDS.labels(job).observe(seconds)


def observe_webhook(status: int, received: int = 0, stored: int = 0, refused: int = 0) -> None:
    WEBHOOK_REQUESTS.labels(str(status)).inc()
    if received:
        WEBHOOK_EVENTS.labels("received").inc(received)
    if stored:
        WEBHOOK_EVENTS.labels("stored").inc(stored)
    if received > stored + refused:
        WEBHOOK_EVENTS.labels("duplicate").inc(received - stored - refused)
    if refused:
        WEBHOOK_EVENTS.labels("refused").inc(refused)


class DatabaseCollector(Collector):
    """Gauges read from the database at scrape: what is waiting and how long, cases, the quota,
    live workers. A database that does not answer gives bot_database_up 0 and nothing else."""

    def __init__(self, sessions: sessionmaker[Session], stale_seconds: float, clock: Any = utcnow) -> None:
        self._sessions = sessions
        self._stale_seconds = stale_seconds
        self._clock = clock

    def describe(self) -> list[Any]:
        return []  # collect() reads the database; registering must not

    def collect(self) -> Iterator[GaugeMetricFamily]:
        now = self._clock()
        up = GaugeMetricFamily("bot_database_up", "1 when the database answered the scrape's queries")
        try:
            with self._sessions() as session:
                families = list(self._read(session, now))
        except Exception:  # noqa: BLE001 - a scrape must answer even when the database does not
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        yield up
        yield from families

    def _read(self, session: Session, now: datetime) -> Iterator[GaugeMetricFamily]:
        inbox = session.execute(
            select(func.count(), func.min(InboundEvent.received_at)).where(
                InboundEvent.status == InboundStatus.PENDING
            )
        ).one()
        yield _gauge("bot_inbox_backlog", "Webhook events waiting to be handled", inbox[0])
        yield _gauge("bot_inbox_oldest_age_seconds", "Age of the oldest waiting webhook event", _age(now, inbox[1]))
        outbox = session.execute(
            select(func.count(), func.min(OutboundMessage.created_at)).where(
                OutboundMessage.status.in_([OutboundStatus.PENDING, OutboundStatus.SENDING])
            )
        ).one()
        yield _gauge("bot_outbox_backlog", "Messages waiting to be delivered to LINE", outbox[0])
        yield _gauge("bot_outbox_oldest_age_seconds", "Age of the oldest waiting message", _age(now, outbox[1]))

        cases = GaugeMetricFamily("bot_cases_open", "Open cases by status", labels=["status"])
        counted = dict(
            session.execute(
                select(Case.status, func.count()).where(Case.status.in_(OPEN_STATUSES)).group_by(Case.status)
            ).all()
        )
        for status in OPEN_STATUSES:
            cases.add_metric([str(status)], counted.get(status, 0))
        yield cases
        overdue = session.scalar(select(func.count()).select_from(Case).where(overdue_condition(now))) or 0
        yield _gauge("bot_cases_overdue", "Open cases past their acknowledgement or first-visit deadline", overdue)

        quota = session.get(MessageQuota, 1)
        family = GaugeMetricFamily(
            "bot_line_quota_messages", "LINE's monthly message quota at its last reading", labels=["kind"]
        )
        if quota is not None:
            family.add_metric(["used"], quota.used)
            if quota.quota_limit is not None:
                family.add_metric(["limit"], quota.quota_limit)
        yield family

        beats = session.scalars(select(WorkerHeartbeat.beat_at)).all()
        fresh = sum(1 for beat in beats if (now - beat).total_seconds() <= self._stale_seconds)
        yield _gauge("bot_workers_alive", "Worker processes whose heartbeat is fresh", fresh)


def _gauge(name: str, documentation: str, value: float) -> GaugeMetricFamily:
    return GaugeMetricFamily(name, documentation, value=value)


def _age(now: datetime, oldest: datetime | None) -> float:
    if oldest is None:
        return 0.0
    if oldest.tzinfo is None:  # an aggregate over SQLite comes back as text or a naive datetime
        oldest = datetime.fromisoformat(str(oldest)).replace(tzinfo=now.tzinfo)
    return max((now - oldest).total_seconds(), 0.0)


def process_registry() -> CollectorRegistry:
    """This process's counters, or every process's when PROMETHEUS_MULTIPROC_DIR is set."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return registry
    return REGISTRY


def database_registry(sessions: sessionmaker[Session], stale_seconds: float) -> CollectorRegistry:
    registry = CollectorRegistry(auto_describe=False)
    registry.register(DatabaseCollector(sessions, stale_seconds))
    return registry


@blueprint.get("/metrics")
def metrics() -> Response:
    started = time.perf_counter()
    body = generate_latest(process_registry()) + generate_latest(current_app.extensions["bot_metrics_database"])
    seconds = time.perf_counter() - started
    footer = (
        "# HELP bot_scrape_seconds Time this scrape took\n# TYPE bot_scrape_seconds gauge\n"
        f"bot_scrape_seconds {seconds:.6f}\n"
    )
    return Response(body + footer.encode(), content_type=CONTENT_TYPE_LATEST)
