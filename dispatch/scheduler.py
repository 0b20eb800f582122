"""APScheduler drives periodic sweeps; each sweep is a plain function of (session, now)."""

from __future__ import annotations

import json
import logging
import math
import os
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from models.inbox import prune_handled_events
from models.operations import prune_heartbeats
from models.outbox import prune_finished
from models.schedules import JobRun, JobSchedule, claim_scheduled_run, prune_job_runs

log = logging.getLogger("dispatch.scheduler")

Sweep = Callable[[Session, datetime], int]
# Told of every run: the job's name, its duration in seconds and its error's name (None: it went well).
RunObserver = Callable[[str, float, str | None], None]


@dataclass(frozen=True)
class Job:
    name: str
    every: timedelta
    sweep: Sweep


def housekeeping(session: Session, now: datetime) -> int:
    """Processed webhook events are kept a week, finished deliveries a month (for support), the
    record of job runs a week, heartbeats of workers gone for a day are removed."""
    return (
        prune_handled_events(session, now - timedelta(days=7))
        + prune_finished(session, now - timedelta(days=30))
        + prune_job_runs(session, now - timedelta(days=7))
        + prune_heartbeats(session, now - timedelta(days=1))
    )


HOST = f"{socket.gethostname()}:{os.getpid()}"[:128]
# Jobs at least this far apart run at wall-clock times kept in the database (job_schedules): on the
# hour for hourly jobs, at :00, :05, ... for five-minute ones. Each scheduler process looks every
# TICK whether one is due; a restart does not postpone them, and one process runs each occurrence.
# Shorter jobs run on a plain interval in every scheduler process.
BY_THE_CLOCK = timedelta(minutes=5)
TICK = timedelta(seconds=30)


def by_the_clock(job: Job) -> bool:
    return job.every >= BY_THE_CLOCK


def following_time(now: datetime, every: timedelta) -> datetime:
    """The first wall-clock multiple of `every` (counted from midnight UTC, 1 January 1970) after now."""
    step = every.total_seconds()
    return datetime.fromtimestamp((math.floor(now.timestamp() / step) + 1) * step, UTC)


def run_when_due(
    sessions: sessionmaker[Session], job: Job, clock: Callable[[], datetime], observe: RunObserver | None = None
) -> int | None:
    """Run the job if its stored time has come and no other process took it first; None if not run."""
    now = clock()
    with sessions.begin() as session:
        claimed = claim_scheduled_run(session, job.name, now, following_time(now, job.every), HOST)
    return run_job(sessions, job, clock, observe) if claimed else None


def run_job(
    sessions: sessionmaker[Session], job: Job, clock: Callable[[], datetime], observe: RunObserver | None = None
) -> int:
    """Run one sweep in its own transaction and record the run (also a failed one) in `job_runs`."""
    started_at = clock()
    started = time.perf_counter()
    count, error = 0, None
    try:
        with sessions.begin() as session:
            count = job.sweep(session, started_at)
    except Exception as exc:
        error = _error_name(exc)
        raise  # APScheduler logs it; the next run tries again
    finally:
        seconds = time.perf_counter() - started
        log.info(json.dumps({"job": job.name, "count": count, "ms": round(seconds * 1000, 2), "error": error}))
        if observe:
            observe(job.name, seconds, error)
        run = JobRun(job=job.name, host=HOST, started_at=started_at, finished_at=clock(), count=count, error=error)
        _record_run(sessions, run)
    return count


def _error_name(exc: BaseException) -> str:
    # Only type names: a database error's message may quote the personal data it was writing.
    original = getattr(exc, "orig", None)
    name = type(exc).__name__
    return (f"{name} ({type(original).__name__})" if original is not None else name)[:200]


def _record_run(sessions: sessionmaker[Session], run: JobRun) -> None:
    try:
        with sessions.begin() as session:
            session.add(run)
    except Exception:  # noqa: BLE001 - the record is for operators; losing one must not stop the job
        log.warning(json.dumps({"job": run.job, "record": "failed"}))


@dataclass(frozen=True)
class JobStatus:
    name: str
    every: timedelta
    last: JobRun | None
    next_run: datetime | None
    runs_24h: int
    errors_24h: int


def job_status(session: Session, jobs: tuple[Job, ...], now: datetime) -> list[JobStatus]:
    """Each job's last run (in any process), when it runs next and how the last day went. The next
    run is the stored wall-clock time of a job that has one, else the last start plus the interval
    (or now, when it is overdue or has never run)."""
    statuses = []
    stored = dict(session.execute(select(JobSchedule.job, JobSchedule.next_run_at)).all())
    for job in jobs:
        last = session.scalars(
            select(JobRun).where(JobRun.job == job.name).order_by(JobRun.started_at.desc(), JobRun.id.desc()).limit(1)
        ).first()
        runs, errors = session.execute(
            select(func.count(), func.count(JobRun.error)).where(
                JobRun.job == job.name, JobRun.started_at >= now - timedelta(days=1)
            )
        ).one()
        next_run = max(last.started_at + job.every, now) if last else None
        if job.name in stored:
            next_run = max(stored[job.name], now)
        statuses.append(JobStatus(job.name, job.every, last, next_run, runs, errors))
    return statuses


def build_scheduler(
    sessions: sessionmaker[Session],
    clock: Callable[[], datetime],
    jobs: tuple[Job, ...],
    observe: RunObserver | None = None,
) -> BackgroundScheduler:
    scheduler = BackgroundScheduler(timezone="UTC")
    for job in jobs:
        clocked = by_the_clock(job)
        scheduler.add_job(
            run_when_due if clocked else run_job,
            "interval",
            seconds=(TICK if clocked else job.every).total_seconds(),
            args=(sessions, job, clock, observe),
            id=job.name,
            name=job.name,
            max_instances=1,
            coalesce=True,
        )
    return scheduler
