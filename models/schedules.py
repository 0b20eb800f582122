"""What the scheduler keeps: reminders and escalations of case deadlines, and each job's runs."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint, delete, text
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base


class CaseAlert(Base):
    """One reminder or escalation of one deadline of a case. The unique key makes it exactly once:
    a deadline moved by a transfer has a new `deadline_at`, so its alerts start afresh.

    level: "center" (the owner, or the center's staff), then "district", "province".
    A row with `sent_at` NULL is held for quiet hours until `held_until`."""

    __tablename__ = "case_alerts"
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
