"""APScheduler drives periodic sweeps; each sweep is a plain function of (session, now)."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy.orm import Session, sessionmaker

from models.inbox import prune_handled_events
from models.outbox import prune_finished

log = logging.getLogger("dispatch.scheduler")

Sweep = Callable[[Session, datetime], int]


@dataclass(frozen=True)
class Job:
    name: str
    every: timedelta
    sweep: Sweep


def housekeeping(session: Session, now: datetime) -> int:
    """Processed webhook events are kept a week, finished deliveries a month (for support)."""
    return prune_handled_events(session, now - timedelta(days=7)) + prune_finished(session, now - timedelta(days=30))


DEFAULT_JOBS = (Job("housekeeping", timedelta(hours=1), housekeeping),)


def run_job(sessions: sessionmaker[Session], job: Job, clock: Callable[[], datetime]) -> int:
    started = time.perf_counter()
    with sessions.begin() as session:
        count = job.sweep(session, clock())
    log.info(json.dumps({"job": job.name, "count": count, "ms": round((time.perf_counter() - started) * 1000, 2)}))
    return count


def build_scheduler(
    sessions: sessionmaker[Session], clock: Callable[[], datetime], jobs: tuple[Job, ...] = DEFAULT_JOBS
) -> BackgroundScheduler:
    scheduler = BackgroundScheduler(timezone="UTC")
    for job in jobs:
        scheduler.add_job(
            run_job,
            "interval",
            seconds=job.every.total_seconds(),
            args=(sessions, job, clock),
            id=job.name,
            max_instances=1,
            coalesce=True,
        )
    return scheduler
