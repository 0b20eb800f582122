"""Figures for the console's dashboard, over the cases a user may see (scope_filter): open cases by
status, overdue now, and new and resolved cases per week (weeks begin on Monday, Asia/Bangkok)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from dispatch.case_actions import cases_in, scope_filter
from dispatch.case_work import overdue_condition
from dispatch.lifecycle import OPEN_STATUSES
from models.cases import Case
from models.users import User

BANGKOK = ZoneInfo("Asia/Bangkok")


@dataclass(frozen=True)
class Week:
    starts: datetime  # Monday 00:00 in Bangkok
    new: int
    resolved: int


@dataclass(frozen=True)
class Dashboard:
    open_by_status: dict[str, int]
    overdue: int
    weeks: list[Week]

    @property
    def open_total(self) -> int:
        return sum(self.open_by_status.values())


def _count(session: Session, query) -> int:  # noqa: ANN001 - a Select
    return session.scalar(select(func.count()).select_from(query.subquery())) or 0


def dashboard(session: Session, user: User, now: datetime, weeks: int = 8) -> Dashboard | None:
    """None for someone who is neither staff nor supervisor."""
    scope = scope_filter(session, user, cases=True)
    if scope is None:
        return None
    open_statuses = [str(status) for status in OPEN_STATUSES]
    inner = cases_in(scope).where(Case.status.in_(open_statuses)).subquery()
    grouped = select(inner.c.status, func.count()).group_by(inner.c.status)
    counts = dict(session.execute(grouped).all())
    open_by_status = {status: int(counts.get(status, 0)) for status in open_statuses}
    overdue = _count(session, cases_in(scope).where(overdue_condition(now)))
    local = now.astimezone(BANGKOK)
    monday = (local - timedelta(days=local.weekday())).replace(hour=0, minute=0, second=0, microsecond=0)
    starts = [monday - timedelta(weeks=back) for back in range(weeks - 1, -1, -1)]
    new = _per_week(session, scope, Case.created_at, starts)
    resolved = _per_week(session, scope, Case.resolved_at, starts)
    return Dashboard(open_by_status, overdue, [Week(*week) for week in zip(starts, new, resolved, strict=True)])


def _per_week(session: Session, scope: Any, column: Any, starts: list[datetime]) -> list[int]:
    """How many cases of the scope have `column` in each week: one pass over the weeks' range (per
    center, ix_cases_center_created / ix_cases_center_resolved), a count per week."""
    bounds = [(start.astimezone(UTC), (start + timedelta(weeks=1)).astimezone(UTC)) for start in starts]
    inner = (
        cases_in(scope)
        .where(column >= bounds[0][0], column < bounds[-1][1])
        .with_only_columns(column.label("moment"))
        .subquery()
    )
    counts = [func.count().filter(and_(inner.c.moment >= since, inner.c.moment < until)) for since, until in bounds]
    return [int(count or 0) for count in session.execute(select(*counts)).one()]
