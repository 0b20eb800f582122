"""The web console's case queue: the cases a staff member or supervisor may see (scope_filter, the
one definition of who may act), filtered and paged, sorted like เคสค้าง (longest overdue first), then
the most urgent and the oldest. Pages always come with the total, so nothing is cut silently."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Row, Select, func, select
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session

from dispatch.case_actions import cases_in, scope_filter
from dispatch.case_work import missed_deadline_expression, overdue_condition
from dispatch.lifecycle import OPEN_STATUSES
from models.cases import Case, CaseStatus, Urgency
from models.centers import Center
from models.users import User

BANGKOK = ZoneInfo("Asia/Bangkok")
OPEN = "open"  # the status filter meaning "any open status" (the default)
STATUS_CHOICES = (OPEN, "all", *[str(status) for status in CaseStatus])
URGENCY_CHOICES = tuple(str(urgency) for urgency in Urgency)


@dataclass(frozen=True)
class QueueFilter:
    status: str = OPEN
    urgency: str | None = None
    overdue: bool = False
    center: str | None = None  # a center's code (within the scope: others simply match nothing)
    category: str | None = None
    reported_from: date | None = None  # Bangkok calendar days, both included
    reported_to: date | None = None

    @classmethod
    def parse(
        cls,
        status: str | None,
        urgency: str | None,
        overdue: str | None,
        center: str | None = None,
        category: str | None = None,
        reported_from: str | None = None,
        reported_to: str | None = None,
    ) -> QueueFilter:
        """From query-string values; anything unknown falls back to the default."""
        return cls(
            status=status if status in STATUS_CHOICES else OPEN,
            urgency=urgency if urgency in URGENCY_CHOICES else None,
            overdue=overdue in ("1", "on", "true"),
            center=(center or "").strip()[:32] or None,
            category=(category or "").strip()[:32] or None,
            reported_from=parse_day(reported_from),
            reported_to=parse_day(reported_to),
        )


def parse_day(raw: str | None) -> date | None:
    """An ISO date (YYYY-MM-DD, what <input type="date"> sends); None when absent or malformed."""
    try:
        return date.fromisoformat(raw.strip()) if raw else None
    except ValueError:
        return None


def bangkok_midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, BANGKOK).astimezone(UTC)


def _filtered(session: Session, user: User, now: datetime, chosen: QueueFilter) -> Select[tuple[Case]] | None:
    scope = scope_filter(session, user, cases=True)
    if scope is None:
        return None
    query = cases_in(scope)
    if chosen.status == OPEN:
        query = query.where(Case.status.in_([str(status) for status in OPEN_STATUSES]))
    elif chosen.status != "all":
        query = query.where(Case.status == chosen.status)
    if chosen.urgency:
        query = query.where(Case.urgency == chosen.urgency)
    if chosen.overdue:
        query = query.where(overdue_condition(now))
    if chosen.center:
        query = query.where(Center.code == chosen.center)  # cases_in joins the case's center
    if chosen.category:
        query = query.where(Case.category == chosen.category)
    if chosen.reported_from:
        query = query.where(Case.created_at >= bangkok_midnight(chosen.reported_from))
    if chosen.reported_to:
        query = query.where(Case.created_at < bangkok_midnight(chosen.reported_to + timedelta(days=1)))
    return query


def _ordered(query: Select[tuple[Case]], now: datetime) -> Select[tuple[Case]]:
    overdue_first = sql_case((overdue_condition(now), 0), else_=1)
    missed = sql_case((overdue_condition(now), missed_deadline_expression(now)), else_=None)
    urgency_rank = sql_case((Case.urgency == "urgent", 0), (Case.urgency == "high", 1), else_=2)
    return query.order_by(overdue_first, missed, urgency_rank, Case.created_at, Case.id)


def queue_page(
    session: Session, user: User, now: datetime, chosen: QueueFilter, limit: int, offset: int = 0
) -> tuple[list[Case], int] | None:
    """One page and the total; None for someone who is neither staff nor supervisor."""
    query = _filtered(session, user, now, chosen)
    if query is None:
        return None
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    page = session.scalars(_ordered(query, now).limit(limit).offset(offset)).all()
    return list(page), total


def queue_rows(
    session: Session, user: User, now: datetime, chosen: QueueFilter, columns: Sequence[Any], batch: int = 2000
) -> Iterator[Row[Any]]:
    """The given columns of every case of the queue, in its order, and last whether the case is
    overdue, fetched in batches (exports: bare rows, no objects, cost a third of the time); nothing
    for someone out of scope."""
    query = _filtered(session, user, now, chosen)
    if query is None:
        return
    overdue = sql_case((overdue_condition(now), True), else_=False)
    statement = _ordered(query, now).with_only_columns(*columns, overdue).execution_options(yield_per=batch)
    yield from session.execute(statement)


@dataclass(frozen=True)
class CasePoint:
    reference: str
    latitude: float
    longitude: float
    urgency: str
    status: str
    overdue: bool


def queue_points(
    session: Session, user: User, now: datetime, chosen: QueueFilter, limit: int
) -> tuple[list[CasePoint], int, int] | None:
    """The queue's cases that have a place, for a map: at most `limit` of them (the most pressing
    first, as the queue sorts), how many have a place and how many have none. Columns only, no rows."""
    query = _filtered(session, user, now, chosen)
    if query is None:
        return None
    placed = query.where(Case.latitude.is_not(None), Case.longitude.is_not(None))
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    with_place = session.scalar(select(func.count()).select_from(placed.subquery())) or 0
    overdue = sql_case((overdue_condition(now), True), else_=False)
    rows = session.execute(
        _ordered(placed, now)
        .with_only_columns(Case.reference, Case.latitude, Case.longitude, Case.urgency, Case.status, overdue)
        .limit(limit)
    )
    return [CasePoint(*row) for row in rows], with_place, total - with_place
