"""What staff and supervisors see of the register in their scope (counts by group and subdistrict,
overdue check-ins, people without a buddy, households for the map) and a buddy's own list; audited."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from dispatch.case_actions import scope_filter
from dispatch.register import CHANNEL, people_in_scope
from models.audit import record_audit
from models.centers import Center
from models.register import Household, PersonStatus, RegisteredPerson
from models.users import User

# -- views ---------------------------------------------------------------------------------------


@dataclass
class RegisterCounts:
    total: int = 0
    overdue: int = 0
    without_buddy: int = 0
    by_group: Counter[str] = field(default_factory=Counter)
    by_subdistrict: Counter[str] = field(default_factory=Counter)


def register_counts(session: Session, user: User, now: datetime, channel: str = CHANNEL) -> RegisterCounts | None:
    """Counts over the open people in `user`'s staff scope (None: not staff or supervisor); audited."""
    scope = scope_filter(session, user)
    if scope is None:
        return None
    counts = RegisterCounts()
    rows = session.execute(
        select(
            RegisteredPerson.groups,
            RegisteredPerson.subdistrict_code,
            RegisteredPerson.buddy_user_id,
            RegisteredPerson.next_check_in_due,
        )
        .join(Center, Center.id == RegisteredPerson.center_id)
        .where(scope, RegisteredPerson.status == PersonStatus.ACTIVE)
    )
    for groups, subdistrict, buddy, due in rows:
        counts.total += 1
        counts.by_group.update(groups or [])
        counts.by_subdistrict[subdistrict or ""] += 1
        counts.without_buddy += buddy is None
        counts.overdue += due is not None and due < now
    _viewed(session, user, {"view": "counts"}, now, channel)
    return counts


def people_list(
    session: Session, user: User, which: str, now: datetime, limit: int, channel: str = CHANNEL
) -> list[RegisteredPerson]:
    """One of the staff's lists (overdue, without_buddy) or the buddy's own (mine); audited."""
    open_people = RegisteredPerson.status == PersonStatus.ACTIVE
    if which == "mine":
        query = select(RegisteredPerson).where(RegisteredPerson.buddy_user_id == user.id, open_people)
    else:
        query = people_in_scope(session, user, staff_only=True).where(open_people)
        if which == "overdue":
            query = query.where(RegisteredPerson.next_check_in_due < now)
        else:
            query = query.where(RegisteredPerson.buddy_user_id.is_(None))
    people = list(session.scalars(query.order_by(RegisteredPerson.next_check_in_due, RegisteredPerson.id).limit(limit)))
    _viewed(session, user, {"view": which, "count": len(people)}, now, channel)
    return people


@dataclass
class HouseholdPoint:
    """A household on the map: its place, the register numbers of its open people (most pressing
    first) and whether one of their check-ins is overdue. No names: the map shows numbers only."""

    latitude: float
    longitude: float
    person_ids: list[int]
    overdue: bool


def household_points(
    session: Session, user: User, now: datetime, limit: int, channel: str = CHANNEL
) -> list[HouseholdPoint]:
    """The placed households of the open people in `user`'s staff scope (at most `limit` people
    read); audited as a view of the register's map, counting households, never naming anyone."""
    rows = session.execute(
        people_in_scope(session, user, staff_only=True)
        .with_only_columns(
            Household.id,
            Household.latitude,
            Household.longitude,
            RegisteredPerson.id,
            RegisteredPerson.next_check_in_due,
        )
        .join(Household, Household.id == RegisteredPerson.household_id)
        .where(
            RegisteredPerson.status == PersonStatus.ACTIVE,
            Household.latitude.is_not(None),
            Household.longitude.is_not(None),
        )
        .order_by(Household.id, RegisteredPerson.next_check_in_due, RegisteredPerson.id)
        .limit(limit)
    )
    points: dict[int, HouseholdPoint] = {}
    for household_id, latitude, longitude, person_id, due in rows:
        point = points.setdefault(household_id, HouseholdPoint(latitude, longitude, [], False))
        point.person_ids.append(person_id)
        point.overdue = point.overdue or (due is not None and due < now)
    _viewed(session, user, {"view": "map", "households": len(points)}, now, channel)
    return list(points.values())


def _viewed(session: Session, user: User, detail: dict, now: datetime, channel: str) -> None:
    """A list or the counts were seen: which, and how many people, never who."""
    record_audit(
        session, actor_id=user.id, channel=channel, action="view", subject_kind="register", detail=detail, now=now
    )
