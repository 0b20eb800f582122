"""Who is told about a case: the one rule every notifier uses.

- the center's staff: active staff memberships of the case's center, who still follow the bot;
- the owner: while they follow and may still act on the case (active staff of its center, or a
  supervisor over it) — someone removed or out of scope hears nothing more;
- "the owner, else the center's staff": what a colleague's or volunteer's action is told to;
- supervisors by level: the district's or province's, as the deadline sweep reminds them
  (dispatch/deadlines.py Recipients loads them for many cases at once);
- province supervisors: every one of them, for cases with nobody in their area;
- whoever acted is never told of their own action (`besides`).

The reporter and the volunteer are told through their own records (a case's reporter, an offer's
volunteer); they are never in these lists.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dispatch.case_actions import cases_in, scope_filter
from dispatch.deadlines import Recipients
from models.cases import Case
from models.centers import StaffMembership, StaffRole
from models.users import User


def _members_following(*conditions: Any) -> Any:
    """LINE ids of users with an active membership matching `conditions` who still follow the bot."""
    return (
        select(User.line_user_id)
        .join(StaffMembership, StaffMembership.user_id == User.id)
        .where(StaffMembership.active.is_(True), User.following.is_(True), *conditions)
        .order_by(User.id)
    )


def center_staff(session: Session, center_id: int | None) -> list[str]:
    """LINE ids of the center's active staff who still follow the bot (none without a center)."""
    if center_id is None:
        return []
    query = _members_following(StaffMembership.center_id == center_id, StaffMembership.role == StaffRole.STAFF)
    return list(session.scalars(query))


def province_supervisors(session: Session) -> list[str]:
    """LINE ids of every active province supervisor who follows the bot: they watch the unrouted
    queue (cases with nobody in their area)."""
    found = session.scalars(_members_following(StaffMembership.role == StaffRole.PROVINCE_SUPERVISOR))
    return list(dict.fromkeys(found))  # once each, even with several provinces


def at_level(session: Session, case: Case, level: str) -> list[str]:
    """LINE ids of who hears of the case at an escalation level: at the center its owner (else its
    staff), above it the district's or province's supervisors."""
    return Recipients.load(session, [case]).of(case, level)


def may_act_on(session: Session, user: User, case: Case) -> bool:
    scope = scope_filter(session, user, cases=True)
    return scope is not None and session.scalar(cases_in(scope).where(Case.id == case.id).limit(1)) is not None


def reachable_owner(session: Session, case: Case, owner_user_id: int | None = None) -> User | None:
    """The owner (`owner_user_id`: who owned it before a change) while they follow the bot and may
    still act on the case; else None."""
    owner_id = owner_user_id if owner_user_id is not None else case.owner_user_id
    owner = session.get(User, owner_id) if owner_id is not None else None
    if owner is not None and owner.following and may_act_on(session, owner, case):
        return owner
    return None


def owner_or_center(session: Session, case: Case) -> list[str]:
    """The owner while reachable (see reachable_owner); else the center's staff."""
    owner = reachable_owner(session, case)
    return [owner.line_user_id] if owner is not None else center_staff(session, case.center_id)


def owner_and_center(session: Session, case: Case) -> list[str]:
    """The owner (while reachable) and the center's staff, once each: both hear what a volunteer
    does with the case."""
    return besides([*owner_or_center(session, case), *center_staff(session, case.center_id)])


def besides(line_ids: Iterable[str], actor: str | None = None) -> list[str]:
    """`line_ids` once each, in order, without the one who acted."""
    return [line_id for line_id in dict.fromkeys(line_ids) if line_id != actor]
