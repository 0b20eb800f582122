"""Daily digests (one row per audience and Thai calendar day: the claim that makes each exactly once)
and the last reading of LINE's monthly message quota."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Integer, String, UniqueConstraint, func, literal_column, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base
from models.messaging import OutboundMessage, OutboundStatus


class Digest(Base):
    """One daily digest to one audience: a center's staff ("center:<code>") or one supervisor
    ("user:<id>"). Inserted with ON CONFLICT DO NOTHING in the transaction that queues the digest, so
    that of several scheduler processes exactly one sends it."""

    __tablename__ = "digests"
    __table_args__ = (UniqueConstraint("audience", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    audience: Mapped[str] = mapped_column(String(40))
    day: Mapped[date]
    # sent, or empty (nothing to report: no paid message spent on it)
    outcome: Mapped[str] = mapped_column(String(8))
    recipients: Mapped[int] = mapped_column(default=0)
    # How many held updates to this audience the digest reported.
    held: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime]


class MessageQuota(Base):
    """The latest reading of the monthly quota (one row, id 1), written by the delivery workers."""

    __tablename__ = "message_quota"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    # NULL: the plan has no limit.
    quota_limit: Mapped[int | None]
    used: Mapped[int] = mapped_column(default=0)
    checked_at: Mapped[datetime]


def _insert(session: Session, table: Any) -> Any:
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    return dialect.insert(table)


def claim_digest(
    session: Session, audience: str, day: date, now: datetime, outcome: str, recipients: int, held: int
) -> bool:
    """Record the digest of `audience` for `day`; False when a digest for it is already recorded (by
    this or another process). On PostgreSQL a concurrent claim waits for the first to commit."""
    values = {
        "audience": audience,
        "day": day,
        "outcome": outcome,
        "recipients": recipients,
        "held": held,
        "created_at": now,
    }
    table = Digest.__table__
    statement = _insert(session, table).values(**values).on_conflict_do_nothing().returning(table.c.id)
    # RETURNING, not rowcount: psycopg reports no row count for this statement.
    return session.execute(statement).first() is not None


def digests_done(session: Session, day: date) -> set[str]:
    return set(session.scalars(select(Digest.audience).where(Digest.day == day)))


def previous_digest_at(session: Session, audiences: Iterable[str], day: date) -> dict[str, datetime]:
    """When each audience's latest digest before `day` was recorded."""
    rows = session.execute(
        select(Digest.audience, func.max(Digest.created_at))
        .where(Digest.audience.in_(list(audiences)), Digest.day < day)
        .group_by(Digest.audience)
    )
    return {audience: at for audience, at in rows}


@dataclass(frozen=True)
class QuotaReading:
    limit: int | None
    used: int
    checked_at: datetime

    @property
    def remaining(self) -> int | None:
        return None if self.limit is None else max(self.limit - self.used, 0)


def record_quota(session: Session, limit: int | None, used: int, now: datetime) -> None:
    values = {"id": 1, "quota_limit": limit, "used": used, "checked_at": now}
    statement = _insert(session, MessageQuota.__table__).values(**values)
    statement = statement.on_conflict_do_update(
        index_elements=["id"], set_={"quota_limit": limit, "used": used, "checked_at": now}
    )
    session.execute(statement)


def quota_reading(session: Session) -> QuotaReading | None:
    row = session.get(MessageQuota, 1)
    return None if row is None else QuotaReading(row.quota_limit, row.used, row.checked_at)


_HELD = literal_column(f"'{OutboundStatus.HELD}'")  # a literal: matches the partial index's predicate


def held_since(session: Session, since: datetime) -> list[tuple[datetime, list[str]]]:
    """Held rows from `since` on: (when held, recipients)."""
    rows = session.execute(
        select(OutboundMessage.held_at, OutboundMessage.recipients).where(
            OutboundMessage.status == _HELD, OutboundMessage.held_at >= since
        )
    )
    return [(held_at, list(recipients)) for held_at, recipients in rows]


def held_count(session: Session, since: datetime) -> int:
    query = select(func.count()).where(OutboundMessage.status == _HELD, OutboundMessage.held_at >= since)
    return session.scalar(query) or 0
