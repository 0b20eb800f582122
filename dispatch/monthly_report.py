"""The monthly summary per center that a center reports to the provincial office (พมจ.): for one
Bangkok calendar month and the centers a user may see, the new cases by help group, the cases
closed by outcome, and the share acknowledged within the SLA (acknowledged by the deadline, among
the month's new cases whose deadline has passed or that were acknowledged). Counts only, no
personal data. Each figure is one GROUP BY over the month's cases of the scope's centers
(ix_cases_center_created for the new ones)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, select
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session

from dispatch.case_actions import scope_filter
from dispatch.help_groups import HELP_GROUPS
from dispatch.lifecycle import OUTCOMES
from models.cases import Case
from models.centers import Center
from models.users import User

BANGKOK = ZoneInfo("Asia/Bangkok")


@dataclass
class CenterMonth:
    code: str
    name: str
    district_code: str
    new: int = 0
    by_group: dict[str, int] = field(default_factory=lambda: dict.fromkeys(HELP_GROUPS, 0))
    closed: int = 0
    by_outcome: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OUTCOMES, 0))
    ack_due: int = 0
    ack_in_time: int = 0

    @property
    def ack_share(self) -> float | None:
        """The share acknowledged within the SLA, or None when no deadline fell in the month."""
        return self.ack_in_time / self.ack_due if self.ack_due else None


def month_bounds(month: date) -> tuple[datetime, datetime]:
    """The month's first instant and the next month's, in UTC (Bangkok calendar)."""
    first = month.replace(day=1)
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return (
        datetime.combine(first, time.min, BANGKOK).astimezone(UTC),
        datetime.combine(following, time.min, BANGKOK).astimezone(UTC),
    )


def monthly_report(session: Session, user: User, month: date, now: datetime) -> list[CenterMonth] | None:
    """One row per center in the user's scope, by code (centers with nothing in the month included:
    a zero is a figure too). None for someone who is neither staff nor supervisor."""
    centers_scope = scope_filter(session, user)
    if centers_scope is None:
        return None
    since, until = month_bounds(month)
    rows: dict[int, CenterMonth] = {
        center_id: CenterMonth(code, name, district)
        for center_id, code, name, district in session.execute(
            select(Center.id, Center.code, Center.name, Center.district_code).where(centers_scope).order_by(Center.code)
        )
    }
    if not rows:
        return []
    ids = list(rows)
    new = and_(Case.center_id.in_(ids), Case.created_at >= since, Case.created_at < until)
    for center_id, group, count in session.execute(
        select(Case.center_id, Case.category, func.count()).where(new).group_by(Case.center_id, Case.category)
    ):
        row = rows[center_id]
        row.new += count
        row.by_group[group if group in row.by_group else "other"] += count
    closed = and_(Case.center_id.in_(ids), Case.closed_at >= since, Case.closed_at < until)
    for center_id, outcome, count in session.execute(
        select(Case.center_id, Case.outcome, func.count()).where(closed).group_by(Case.center_id, Case.outcome)
    ):
        row = rows[center_id]
        row.closed += count
        if outcome in row.by_outcome:
            row.by_outcome[outcome] += count
    in_time = sql_case((Case.acknowledged_at <= Case.ack_due_at, 1), else_=0)
    due = and_(new, Case.ack_due_at.is_not(None), (Case.ack_due_at < now) | Case.acknowledged_at.is_not(None))
    for center_id, count, on_time in session.execute(
        select(Case.center_id, func.count(), func.sum(in_time)).where(due).group_by(Case.center_id)
    ):
        rows[center_id].ack_due, rows[center_id].ack_in_time = count, int(on_time or 0)
    return list(rows.values())
