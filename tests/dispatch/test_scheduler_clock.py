"""Hourly and five-minute jobs run at wall-clock times kept in the database: restarting the worker
more often than hourly does not postpone retention, and of several scheduler processes only one
runs each occurrence. Shorter jobs keep their plain interval."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.workers.runtime import scheduled_jobs
from config import Settings
from dispatch.scheduler import TICK, build_scheduler, following_time, run_when_due
from models.schedules import JobRun, JobSchedule


def test_following_time_is_on_the_wall_clock() -> None:
    at = datetime(2026, 12, 5, 10, 20, 30, tzinfo=UTC)
    assert following_time(at, timedelta(hours=1)) == datetime(2026, 12, 5, 11, 0, tzinfo=UTC)
    assert following_time(at, timedelta(minutes=5)) == datetime(2026, 12, 5, 10, 25, tzinfo=UTC)
    assert following_time(datetime(2026, 12, 5, 11, 0, tzinfo=UTC), timedelta(hours=1)) == datetime(
        2026, 12, 5, 12, 0, tzinfo=UTC
    )
    assert following_time(at, timedelta(days=1)) == datetime(2026, 12, 6, 0, 0, tzinfo=UTC)


def test_retention_runs_hourly_although_the_worker_restarts_every_20_minutes(sessions, database_url: str) -> None:
    now = [datetime(2026, 12, 5, 0, 10, tzinfo=UTC)]
    jobs = scheduled_jobs(Settings(database_url=database_url))
    scheduler = None
    for step in range(int(timedelta(hours=3).total_seconds() // TICK.total_seconds())):
        if step % 40 == 0:  # every 20 simulated minutes a new process: a new scheduler, nothing kept in memory
            scheduler = build_scheduler(sessions, lambda: now[0], jobs)
        for planned in scheduler.get_jobs():
            if planned.func is run_when_due:  # what the scheduler fires every TICK
                planned.func(*planned.args)
        now[0] += TICK
    with sessions() as session:
        retention = session.scalars(select(JobRun.started_at).where(JobRun.job == "retention")).all()
        housekeeping = session.scalars(select(JobRun.started_at).where(JobRun.job == "housekeeping")).all()
        stored = session.get(JobSchedule, "retention")
    hours = [datetime(2026, 12, 5, hour, 0, tzinfo=UTC) for hour in (1, 2, 3)]
    assert sorted(retention) == hours and sorted(housekeeping) == hours
    assert stored.next_run_at == datetime(2026, 12, 5, 4, 0, tzinfo=UTC)


def test_only_short_jobs_keep_a_plain_interval(sessions, database_url: str) -> None:
    jobs = scheduled_jobs(Settings(database_url=database_url))
    planned = {job.id: job for job in build_scheduler(sessions, datetime.now, jobs).get_jobs()}
    assert planned["retention"].func is run_when_due and planned["retention"].trigger.interval == TICK
    assert planned["retention"].name == "retention"
    assert planned["deadline_alerts"].func is not run_when_due
    assert planned["deadline_alerts"].trigger.interval == timedelta(minutes=1)


def test_one_process_runs_each_occurrence(sessions, database_url: str) -> None:
    (retention,) = [job for job in scheduled_jobs(Settings(database_url=database_url)) if job.name == "retention"]
    first_seen = datetime(2026, 12, 5, 9, 59, tzinfo=UTC)
    assert run_when_due(sessions, retention, lambda: first_seen) is None  # scheduled for 10:00, not run
    due = datetime(2026, 12, 5, 10, 0, 5, tzinfo=UTC)
    outcomes = [run_when_due(sessions, retention, lambda: due) for _process in range(3)]
    assert outcomes.count(None) == 2 and outcomes.count(0) == 1
    late = datetime(2026, 12, 5, 13, 40, tzinfo=UTC)  # all processes were down for three hours: once, not three times
    assert run_when_due(sessions, retention, lambda: late) == 0
    assert run_when_due(sessions, retention, lambda: late) is None
    with sessions() as session:
        assert session.get(JobSchedule, "retention").next_run_at == datetime(2026, 12, 5, 14, 0, tzinfo=UTC)
