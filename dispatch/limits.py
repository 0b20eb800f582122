"""Per-user limits against floods and prank reports (the emergency numbers are never limited).

A genuine reporter never meets them: a few reports a day, a few messages a minute. A script or a
prank caller does, and without them every report is a case and every case a paid push to staff.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.cases import Case
from models.users import User


class Pace(enum.Enum):
    NORMAL = "normal"
    SLOW_DOWN = "slow_down"  # the first message over the rate: answered once, asking to slow down
    QUIET = "quiet"  # later ones in the same window: not answered, not acted on


@dataclass(frozen=True)
class MessageRate:
    limit: int
    window: timedelta


def note_message(user: User, now: datetime, rate: MessageRate) -> Pace:
    """Count one message (or tap) of the user in the current window; what the bot should do with it."""
    started = user.message_window_started_at
    if started is None or now - started >= rate.window or now < started:
        user.message_window_started_at = now
        user.messages_in_window = 1
        user.slow_down_told = False
        return Pace.NORMAL
    user.messages_in_window += 1
    if user.messages_in_window <= rate.limit:
        return Pace.NORMAL
    if user.slow_down_told:
        return Pace.QUIET
    user.slow_down_told = True
    return Pace.SLOW_DOWN


@dataclass(frozen=True)
class ReportLimit:
    per_hour: int
    per_day: int


@dataclass(frozen=True)
class ReportQuota:
    last_hour: int
    last_day: int
    latest: Case | None

    def reached(self, limit: ReportLimit) -> bool:
        return self.last_hour >= limit.per_hour or self.last_day >= limit.per_day


def reports_made(session: Session, user: User, now: datetime) -> ReportQuota:
    """The user's reports of the last hour and day (cases opened on their behalf by LINE)."""
    since_day = now - timedelta(days=1)
    since_hour = now - timedelta(hours=1)
    last_hour, last_day = session.execute(
        select(
            func.count().filter(Case.created_at >= since_hour),
            func.count(),
        ).where(Case.reporter_user_id == user.id, Case.created_at >= since_day)
    ).one()
    latest = None
    if last_day:
        latest = session.scalars(
            select(Case).where(Case.reporter_user_id == user.id).order_by(Case.created_at.desc()).limit(1)
        ).first()
    return ReportQuota(last_hour, last_day, latest)


def should_tell_staff_of_burst(user: User, now: datetime) -> bool:
    """Staff hear of one user's burst of reports once a day, not at each refused attempt."""
    told = user.report_burst_told_at
    if told is not None and now - told < timedelta(days=1):
        return False
    user.report_burst_told_at = now
    return True
