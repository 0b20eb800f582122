"""The console's administration view: the centers a user answers for (scope_filter over Center) with
their active staff, and who may take a center out of routing from the console (a supervisor whose
district or province holds it; center staff see their own center only). The change itself is
dispatch/center_status.py's, as `centers deactivate` / `reactivate` make it."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dispatch.case_actions import scope_filter
from dispatch.centers_import import RowProblem, center_values, province_problems, read_rows
from dispatch.lifecycle import OPEN_STATUSES
from dispatch.staffing import PROVINCE_ROLES
from models.cases import Case
from models.centers import Center, StaffMembership, StaffRole
from models.users import User

SUPERVISOR_ROLES = (StaffRole.DISTRICT_SUPERVISOR, StaffRole.PROVINCE_SUPERVISOR, StaffRole.PROVINCE_ADMIN)


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
    return _with_staff_and_counts(session, centers), total


def _with_staff_and_counts(session: Session, centers: list[Center]) -> list[CenterRow]:
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
    return [CenterRow(center, staff[center.id], int(open_counts.get(center.id, 0))) for center in centers]


def center_overview(session: Session, province_code: str | None = None) -> list[CenterRow]:
    """Every center (of one province when given) with its staff and open cases, by code: for
    operators (`centers list`), not limited by anyone's scope."""
    condition = Center.province_code == province_code if province_code else Center.id.is_not(None)
    return _with_staff_and_counts(session, list(session.scalars(select(Center).where(condition).order_by(Center.code))))


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


def staff_center_ids(session: Session, user: User) -> set[int]:
    """The centers where `user` is staff (not supervisor): whose cases' personal data they may export."""
    query = select(StaffMembership.center_id).where(
        StaffMembership.user_id == user.id, StaffMembership.active.is_(True), StaffMembership.role == StaffRole.STAFF
    )
    return {center_id for center_id in session.scalars(query) if center_id is not None}


def is_center_staff(session: Session, user: User) -> bool:
    return bool(staff_center_ids(session, user))


def is_supervisor(session: Session, user: User) -> bool:
    return bool(_supervisions(session, user))


def may_change_center(session: Session, user: User, center: Center) -> bool:
    """Whether `user` supervises the district or province that holds `center` (being staff of a
    center is not enough to take it out of routing)."""
    for membership in _supervisions(session, user):
        if membership.role == StaffRole.DISTRICT_SUPERVISOR and center.district_code == membership.area_code:
            return True
        if membership.role in PROVINCE_ROLES and center.province_code == membership.area_code:
            return True
    return False


# --- province administrators ------------------------------------------------------------------------


def administered_provinces(session: Session, user: User) -> list[str]:
    """The provinces `user` administers (role province_admin), by code."""
    query = select(StaffMembership.area_code).where(
        StaffMembership.user_id == user.id,
        StaffMembership.active.is_(True),
        StaffMembership.role == StaffRole.PROVINCE_ADMIN,
    )
    return sorted(code for code in session.scalars(query) if code)


def may_administer(session: Session, user: User, center: Center) -> bool:
    """Editing a center, its staff and the imports are the province administrator's."""
    return center.province_code in administered_provinces(session, user)


def administered_center(session: Session, user: User, code: str) -> Center | None:
    provinces = administered_provinces(session, user)
    if not provinces:
        return None
    return session.scalar(select(Center).where(Center.code == code, Center.province_code.in_(provinces)))


@dataclass(frozen=True)
class CenterEdit:
    name: str
    phone: str
    service_radius_km: float | None


def edit_center(center: Center, change: CenterEdit, now: datetime) -> list[str]:
    """Apply the change; the names of the fields that changed (for the audit trail)."""
    changed = [
        field for field in ("name", "phone", "service_radius_km") if getattr(center, field) != getattr(change, field)
    ]
    for field in changed:
        setattr(center, field, getattr(change, field))
    if changed:
        center.updated_at = now
    return changed


@dataclass(frozen=True)
class Member:
    membership_id: int
    center_code: str | None
    role: str
    area_code: str | None
    name: str  # the LINE display name, or the last characters of the LINE ID when unknown
    line_user_id: str
    since: datetime


def staff_members(session: Session, center_ids: list[int] | None = None, limit: int = 10_000) -> list[Member]:
    """Active memberships by center code then name: of these centers, or (None) every membership,
    supervisors and administrators included."""
    query = (
        select(StaffMembership, Center.code, User.display_name, User.line_user_id)
        .join(User, User.id == StaffMembership.user_id)
        .outerjoin(Center, Center.id == StaffMembership.center_id)
        .where(StaffMembership.active.is_(True))
        .order_by(Center.code, StaffMembership.role, User.display_name, StaffMembership.id)
        .limit(limit)
    )
    if center_ids is not None:
        query = query.where(StaffMembership.center_id.in_(center_ids))
    return [
        Member(m.id, code, m.role, m.area_code, name or f"…{line_id[-4:]}", line_id, m.created_at)
        for m, code, name, line_id in session.execute(query)
    ]


# --- importing centers with a preview -------------------------------------------------------------


@dataclass(frozen=True)
class PlannedChange:
    code: str
    name: str
    kind: str  # new, changed, same
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportPreview:
    changes: list[PlannedChange]
    problems: list[RowProblem]

    def count(self, kind: str) -> int:
        return sum(1 for change in self.changes if change.kind == kind)


def preview_import(session: Session, text: str, provinces: list[str], province_check_km: float) -> ImportPreview:
    """What `centers import` would do with this file, row by row, without doing it; with the problems
    that would refuse it (dispatch/centers_import.py's checks) and any row outside `provinces`."""
    rows, problems = read_rows(io.StringIO(text, newline=""))
    if problems:
        return ImportPreview([], problems)
    existing = {center.code: center for center in session.scalars(select(Center))}
    problems, _unchecked = province_problems(rows, existing, province_check_km)
    changes = []
    for row in rows:
        values = center_values(row)
        if values["province_code"] not in provinces:
            problems.append(RowProblem(row.line, f"{row.code}: not in a province you administer"))
            continue
        center = existing.get(row.code)
        if center is None:
            changes.append(PlannedChange(row.code, row.name, "new"))
            continue
        fields = tuple(key for key, value in values.items() if getattr(center, key) != value)
        changes.append(PlannedChange(row.code, row.name, "changed" if fields else "same", fields))
    return ImportPreview(changes, problems)
