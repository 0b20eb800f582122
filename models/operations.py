"""What operators need from the database: worker heartbeats (readiness) and the audit of PDPA
requests (access and erasure)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import String, delete, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base


class WorkerHeartbeat(Base):
    """One row per running worker process, written every few seconds while all its loops are alive;
    removed when it stops cleanly. A row left by a crashed process goes stale and is pruned."""

    __tablename__ = "worker_heartbeats"

    worker: Mapped[str] = mapped_column(String(160), primary_key=True)
    started_at: Mapped[datetime]
    beat_at: Mapped[datetime]


def record_heartbeat(session: Session, worker: str, started_at: datetime, now: datetime) -> None:
    row = session.get(WorkerHeartbeat, worker)
    if row is None:
        session.add(WorkerHeartbeat(worker=worker, started_at=started_at, beat_at=now))
    else:
        row.beat_at = now


def remove_heartbeat(session: Session, worker: str) -> None:
    session.execute(delete(WorkerHeartbeat).where(WorkerHeartbeat.worker == worker))


def heartbeats(session: Session) -> list[WorkerHeartbeat]:
    return list(session.scalars(select(WorkerHeartbeat).order_by(WorkerHeartbeat.beat_at.desc())))


def prune_heartbeats(session: Session, older_than: datetime) -> int:
    return session.execute(delete(WorkerHeartbeat).where(WorkerHeartbeat.beat_at < older_than)).rowcount or 0


class PrivacyRequest(Base):
    """An access (export) or erasure request under the PDPA, as carried out. The subject is kept as
    a SHA-256 of the LINE user id: enough to show that a given person's request was carried out,
    without keeping who they are after an erasure."""

    __tablename__ = "privacy_requests"
    _repr_fields = ("kind",)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))  # export, erase
    subject_hash: Mapped[str] = mapped_column(String(64), index=True)
    operator: Mapped[str] = mapped_column(String(128))
    summary: Mapped[dict[str, Any]] = mapped_column(default=dict)
    at: Mapped[datetime]
