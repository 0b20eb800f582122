"""Who gets a daily digest and what it counts.

Each center with staff gets one (one multicast to its staff), each supervisor one over their scope
(the centers of their district or province, as scope_filter says). The figures are the same as
สรุปวันนี้'s (dispatch/case_work.py scope_summary): open and overdue at the time of the digest, new and
resolved on yesterday's Thai calendar day. Messages held to save the monthly quota are counted per
audience since its previous digest.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dispatch.case_actions import scope_filter
from dispatch.case_work import BANGKOK, DaySummary, scope_summary, start_of_day
from models.cases import Case
from models.centers import Center, StaffMembership, StaffRole
from models.digests import held_since, previous_digest_at
from models.users import User

SUPERVISOR_ROLES = (StaffRole.DISTRICT_SUPERVISOR, StaffRole.PROVINCE_SUPERVISOR)


@dataclass(frozen=True)
class Audience:
    key: str  # "center:<code>" or "user:<id>": the digests table's claim key
    line_ids: tuple[str, ...]
    scope: Any
    center: Center | None = None  # None: a supervisor's digest


@dataclass(frozen=True)
class DigestFigures:
    audience: Audience
    day: date
    summary: DaySummary
    held: int

    @property
    def empty(self) -> bool:
        """Nothing to say: no paid message is spent on it."""
        counts = (self.summary.new_today, self.summary.resolved_today, self.summary.overdue, self.held)
        return not any(counts) and not any(self.summary.by_status.values())


def digest_day(now: datetime, hour: int) -> date | None:
    """The Thai calendar day whose digest is due at `now`: today once `hour` has passed, else none
    (a digest missed on its day is not sent the day after: the next one covers it)."""
    local = now.astimezone(BANGKOK)
    return local.date() if local.hour >= hour else None


def audiences(session: Session, done: set[str]) -> tuple[list[Audience], int]:
    """The audiences still waiting for today's digest, centers first, and how many active centers
    have no staff to tell (skipped: the supervisors' digests count their cases)."""
    staff: dict[int, list[str]] = defaultdict(list)
    rows = session.execute(
        select(StaffMembership.center_id, User.line_user_id)
        .join(User, User.id == StaffMembership.user_id)
        .where(
            StaffMembership.role == StaffRole.STAFF,
            StaffMembership.active.is_(True),
            User.following.is_(True),
        )
        .order_by(User.id)
    )
    for center_id, line_id in rows:
        staff[center_id].append(line_id)
    found, no_staff = [], 0
    for center in session.scalars(select(Center).where(Center.active.is_(True)).order_by(Center.id)):
        key = f"center:{center.code}"
        if key in done:
            continue
        if not staff.get(center.id):
            no_staff += 1
            continue
        found.append(Audience(key, tuple(staff[center.id]), Case.center_id == center.id, center))
    supervisors = session.scalars(
        select(User)
        .where(
            User.following.is_(True),
            User.id.in_(
                select(StaffMembership.user_id).where(
                    StaffMembership.role.in_(SUPERVISOR_ROLES), StaffMembership.active.is_(True)
                )
            ),
        )
        .order_by(User.id)
    )
    for user in supervisors:
        key = f"user:{user.id}"
        if key not in done:
            found.append(Audience(key, (user.line_user_id,), scope_filter(session, user, cases=True)))
    return found, no_staff


def compose(session: Session, found: list[Audience], day: date, now: datetime) -> list[DigestFigures]:
    """Each audience's figures: yesterday's new and resolved, open and overdue now, and what was held
    for its people since its previous digest (or the last 24 hours)."""
    if not found:
        return []
    until = start_of_day(now)
    since = until - timedelta(days=1)
    fallback = now - timedelta(days=1)
    previous = previous_digest_at(session, [audience.key for audience in found], day)
    held = held_since(session, min([fallback, *previous.values()]))
    digests = []
    for audience in found:
        held_from = previous.get(audience.key, fallback)
        people = set(audience.line_ids)
        count = sum(1 for held_at, recipients in held if held_at >= held_from and people.intersection(recipients))
        digests.append(DigestFigures(audience, day, scope_summary(session, audience.scope, now, since, until), count))
    return digests
