"""The console's administration view: the centers a user answers for (scope_filter over Center) with
their active staff, and who may take a center out of routing from the console (a supervisor whose
district or province holds it; center staff see their own center only). The change itself is
dispatch/center_status.py's, as `centers deactivate` / `reactivate` make it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dispatch.case_actions import scope_filter
from dispatch.lifecycle import OPEN_STATUSES
from models.cases import Case
from models.centers import Center, StaffMembership, StaffRole
from models.users import User

SUPERVISOR_ROLES = (StaffRole.DISTRICT_SUPERVISOR, StaffRole.PROVINCE_SUPERVISOR)


@dataclass(frozen=True)
class CenterRow:
    center: Center
    staff: list[str]  # LINE display names (or the last characters of the LINE ID when unknown)
    open_cases: int


def centers_in_scope(session: Session, user: User, limit: int, offset: int = 0) -> tuple[list[CenterRow], int] | None:
    """One page (by code) and the total; None for someone who is neither staff nor supervisor."""
    scope = scope_filter(session, user)
    if scope is None:
        return None
    total = session.scalar(select(func.count()).select_from(Center).where(scope)) or 0
    centers = list(session.scalars(select(Center).where(scope).order_by(Center.code).limit(limit).offset(offset)))
    ids = [center.id for center in centers]
    staff: dict[int, list[str]] = {center_id: [] for center_id in ids}
    members = session.execute(
        select(StaffMembership.center_id, User.display_name, User.line_user_id)
        .join(User, User.id == StaffMembership.user_id)
        .where(
            StaffMembership.center_id.in_(ids),
            StaffMembership.active.is_(True),
            StaffMembership.role == StaffRole.STAFF,
        )
        .order_by(User.display_name)
    ).all()
    for center_id, name, line_user_id in members:
        staff[center_id].append(name or f"…{line_user_id[-4:]}")
    open_counts = dict(
        session.execute(
            select(Case.center_id, func.count())
            .where(Case.center_id.in_(ids), Case.status.in_([str(status) for status in OPEN_STATUSES]))
            .group_by(Case.center_id)
        ).all()
    )
    rows = [CenterRow(center, staff[center.id], int(open_counts.get(center.id, 0))) for center in centers]
    return rows, total


def _supervisions(session: Session, user: User) -> list[StaffMembership]:
    return list(
        session.scalars(
            select(StaffMembership).where(
                StaffMembership.user_id == user.id,
                StaffMembership.active.is_(True),
                StaffMembership.role.in_([str(role) for role in SUPERVISOR_ROLES]),
            )
        )
    )


def is_supervisor(session: Session, user: User) -> bool:
    return bool(_supervisions(session, user))


def may_change_center(session: Session, user: User, center: Center) -> bool:
    """Whether `user` supervises the district or province that holds `center` (being staff of a
    center is not enough to take it out of routing)."""
    for membership in _supervisions(session, user):
        if membership.role == StaffRole.DISTRICT_SUPERVISOR and center.district_code == membership.area_code:
            return True
        if membership.role == StaffRole.PROVINCE_SUPERVISOR and center.province_code == membership.area_code:
            return True
    return False
