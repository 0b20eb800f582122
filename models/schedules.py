"""What the scheduler keeps: reminders and escalations of case deadlines, and each job's runs."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint, delete, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base


class CaseAlert(Base):
    """One reminder or escalation of one deadline of a case. The unique key makes it exactly once:
    a deadline moved by a transfer has a new `deadline_at`, so its alerts start afresh.

    level: "center" (the owner, or the center's staff), then "district", "province".
    A row with `sent_at` NULL is held for quiet hours until `held_until`."""

    __tablename__ = "case_alerts"
    _repr_fields = ("case_id", "deadline", "level", "outcome")
    __table_args__ = (
        UniqueConstraint("case_id", "deadline", "deadline_at", "level"),
        Index(
            "ix_case_alerts_held",
            "held_until",
            postgresql_where=text("sent_at IS NULL"),
            sqlite_where=text("sent_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    deadline: Mapped[str] = mapped_column(String(8))  # "ack" or "visit"
    deadline_at: Mapped[datetime]
    level: Mapped[str] = mapped_column(String(16))
    due_at: Mapped[datetime]
    held_until: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
    # sent, unheard (nobody at that level), obsolete (acted on while held); NULL while held.
    outcome: Mapped[str | None] = mapped_column(String(12))
    recipients: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime]


class JobRun(Base):
    """One run of a scheduled job in one process: for `flask --app app schedule status`."""

    __tablename__ = "job_runs"
    _repr_fields = ("job", "count")
    __table_args__ = (Index("ix_job_runs_job_started", "job", "started_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    job: Mapped[str] = mapped_column(String(64))
    host: Mapped[str] = mapped_column(String(128))
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime]
    count: Mapped[int] = mapped_column(default=0)
    # The exception's type only: messages of database errors may carry personal data.
    error: Mapped[str | None] = mapped_column(String(200))


def prune_job_runs(session: Session, older_than: datetime) -> int:
    result = session.execute(delete(JobRun).where(JobRun.started_at < older_than))
    return result.rowcount or 0


class JobSchedule(Base):
    """When a job that runs hourly or daily (or every few minutes) is next due, on the wall clock:
    restarting a process does not postpone it, and of all the scheduler processes only the one that
    moves `next_run_at` on runs it."""

    __tablename__ = "job_schedules"

    job: Mapped[str] = mapped_column(String(64), primary_key=True)
    next_run_at: Mapped[datetime]
    claimed_at: Mapped[datetime | None]
    claimed_by: Mapped[str | None] = mapped_column(String(128))


def claim_scheduled_run(session: Session, job: str, now: datetime, following: datetime, host: str) -> bool:
    """Whether this process runs `job` now: True when its time had come and this call moved it on to
    `following` (first of any process). A job seen for the first time is scheduled for `following`."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    first = dialect.insert(JobSchedule.__table__).values(job=job, next_run_at=following).on_conflict_do_nothing()
    if session.execute(first.returning(JobSchedule.__table__.c.job)).first() is not None:
        return False
    claimed = session.execute(
        update(JobSchedule)
        .where(JobSchedule.job == job, JobSchedule.next_run_at <= now)
        .values(next_run_at=following, claimed_at=now, claimed_by=host)
        .returning(JobSchedule.job)
    ).first()
    return claimed is not None
