"""The audit trail: who looked at or changed what, when, and through which door (console, chat,
command line, a signed link). Entries name the subject by kind and id and keep only the filter or
the action's shape in `detail` — never the personal data that was seen."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base


class AuditEntry(Base):
    __tablename__ = "audit_entries"
    __table_args__ = (Index("ix_audit_entries_subject", "subject_kind", "subject_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    channel: Mapped[str] = mapped_column(String(16))  # console, line, cli, link, api
    action: Mapped[str] = mapped_column(String(32))  # view, export, change, refused, ...
    subject_kind: Mapped[str] = mapped_column(String(24))  # case, person, referral, cases (a list)
    subject_id: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)

    def __repr__(self) -> str:
        return f"<AuditEntry {self.action} {self.subject_kind}:{self.subject_id} by {self.actor_id} via {self.channel}>"


def record_audit(
    session: Session,
    *,
    actor_id: int | None,
    channel: str,
    action: str,
    subject_kind: str,
    subject_id: str | int | None = None,
    detail: dict[str, Any] | None = None,
    now: datetime,
) -> AuditEntry:
    entry = AuditEntry(
        at=now,
        actor_id=actor_id,
        channel=channel,
        action=action,
        subject_kind=subject_kind,
        subject_id=None if subject_id is None else str(subject_id),
        detail=detail or {},
    )
    session.add(entry)
    return entry


def audit_of(session: Session, subject_kind: str, subject_id: str | int, limit: int = 200) -> list[AuditEntry]:
    """The latest entries about one subject, newest first."""
    query = (
        select(AuditEntry)
        .where(AuditEntry.subject_kind == subject_kind, AuditEntry.subject_id == str(subject_id))
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        .limit(limit)
    )
    return list(session.scalars(query))
