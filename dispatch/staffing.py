"""Staff enrolment by one-time invite codes: the only way anyone becomes staff or a supervisor.

Codes are issued by an operator (`flask --app app staff invite`) for a center, a district or a
province, or by a supervisor in chat for a center in their district or province. Only the code's
hash is stored. Memberships are deactivated, never deleted (`staff remove`).
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import geothai
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from dispatch.menus import menu_changed
from models.centers import Center, Invite, StaffMembership, StaffRole
from models.users import User

log = logging.getLogger("dispatch.staffing")

CODE_ALPHABET = "ACDEFHJKLMNPRTUVWXY3479"
CODE_PATTERN = re.compile(r"[A-Za-z0-9]{4}-?[A-Za-z0-9]{4}")
INVITE_LIFETIME = timedelta(days=7)
FREE_WRONG_ATTEMPTS = 3
MAX_LOCK = timedelta(hours=1)
BANGKOK = "10"

# Which column of Center a supervisor's area code is compared with.
SUPERVISOR_AREA = {
    StaffRole.DISTRICT_SUPERVISOR: Center.district_code,
    StaffRole.PROVINCE_SUPERVISOR: Center.province_code,
    StaffRole.PROVINCE_ADMIN: Center.province_code,
}
PROVINCE_ROLES = (StaffRole.PROVINCE_SUPERVISOR, StaffRole.PROVINCE_ADMIN)


class UnknownCenter(Exception):
    pass


class UnknownArea(Exception):
    """A district or province code that is not real, or that no active center is in."""


class UnknownUser(Exception):
    pass


@dataclass(frozen=True)
class Area:
    """A supervisor's district or province, named the way people say it."""

    role: str
    code: str
    name_th: str
    name_en: str

    def label(self, language: str = "th") -> str:
        """อำเภอเมืองขอนแก่น, เขตพระนคร, จังหวัดขอนแก่น, กรุงเทพมหานคร (or the English)."""
        if self.role == StaffRole.DISTRICT_SUPERVISOR:
            if language == "en":
                return f"{self.name_en} district"
            return self.name_th if self.name_th.startswith("เขต") else f"อำเภอ{self.name_th}"
        if language == "en":
            return self.name_en if self.code == BANGKOK else f"{self.name_en} province"
        return self.name_th if self.code == BANGKOK else f"จังหวัด{self.name_th}"


def area_of(role: str, code: str) -> Area | None:
    """The district or province with this code (from geothai), or None."""
    if role == StaffRole.DISTRICT_SUPERVISOR and len(code) == 4:
        found = geothai.district(code)
    elif role in PROVINCE_ROLES and len(code) == 2:
        found = geothai.province(code)
    else:
        found = None
    return Area(role, code, found.name_th, found.name_en) if found else None


def normalise_code(raw: str) -> str:
    return raw.strip().replace("-", "").upper()


def looks_like_code(raw: str) -> bool:
    return bool(CODE_PATTERN.fullmatch(raw.strip()))


def hash_code(code: str) -> str:
    return hashlib.sha256(normalise_code(code).encode()).hexdigest()


def _new_invite(
    session: Session, now: datetime, role: str, center_id: int | None = None, area_code: str | None = None
) -> tuple[str, Invite]:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))
    code = f"{raw[:4]}-{raw[4:]}"
    invite = Invite(
        code_hash=hash_code(code),
        center_id=center_id,
        role=role,
        area_code=area_code,
        created_at=now,
        expires_at=now + INVITE_LIFETIME,
    )
    session.add(invite)
    return code, invite


def issue_invite(session: Session, center_code: str, now: datetime) -> str:
    """Create a one-time code for staff of a center; only its hash is stored."""
    center = session.scalar(select(Center).where(Center.code == center_code))
    if center is None:
        raise UnknownCenter(center_code)
    return _new_invite(session, now, StaffRole.STAFF, center_id=center.id)[0]


def issue_supervisor_invite(session: Session, role: str, area_code: str, now: datetime) -> tuple[str, Area]:
    """A one-time code for a district or province supervisor. The area must be a real geothai code
    (a typo is refused); it need not hold a center yet: its supervisors are who answers for the cases
    reported there that no center is near enough to take (dispatch/routing.py)."""
    area = area_of(role, area_code)
    if area is None:
        raise UnknownArea(area_code)
    return _new_invite(session, now, role, area_code=area_code)[0], area


def area_has_center(session: Session, role: str, area_code: str) -> bool:
    column = SUPERVISOR_AREA[StaffRole(role)]
    return session.scalar(select(Center.id).where(column == area_code, Center.active.is_(True)).limit(1)) is not None


# -- supervisors: which centers they may invite staff for ------------------------------------------


def supervisor_scope(session: Session, user: User) -> Any:
    """A condition over Center: the active centers in `user`'s districts and provinces; None when
    `user` is not an active supervisor."""
    memberships = session.scalars(
        select(StaffMembership).where(
            StaffMembership.user_id == user.id,
            StaffMembership.active.is_(True),
            StaffMembership.role.in_(list(SUPERVISOR_AREA)),
        )
    ).all()
    areas = [SUPERVISOR_AREA[StaffRole(m.role)] == m.area_code for m in memberships if m.area_code]
    return (or_(*areas)) & Center.active.is_(True) if areas else None


def centers_for_invites(session: Session, user: User, query: str | None, limit: int) -> tuple[list[Center], int] | None:
    """Centers `user` may invite staff for, matching `query` (the exact code, or part of the name)
    when given, by code; at most `limit` of them and how many match. None for a non-supervisor."""
    scope = supervisor_scope(session, user)
    if scope is None:
        return None
    condition = scope
    if query:
        query = query.strip()
        condition = condition & or_(
            func.upper(Center.code) == query.upper(), Center.name.contains(query, autoescape=True)
        )
    total = session.scalar(select(func.count(Center.id)).where(condition)) or 0
    centers = session.scalars(select(Center).where(condition).order_by(Center.code).limit(limit)).all()
    return list(centers), total


def center_for_invite(session: Session, user: User, center_code: str) -> Center | None:
    """The active center with this code if it is in `user`'s supervision, else None."""
    scope = supervisor_scope(session, user)
    if scope is None:
        return None
    return session.scalar(select(Center).where(scope, Center.code == center_code.strip()))


def invite_refused(user: User, center_code: str | None) -> None:
    """Log a refused invite (not a supervisor, or a center outside their scope): ids only."""
    log.warning(json.dumps({"refused": "invite", "user": user.id, "center": (center_code or "")[:32]}))


@dataclass(frozen=True)
class IssuedInvite:
    code: str
    center: Center
    expires_at: datetime


def invite_for_center(session: Session, issuer: User, center_code: str, now: datetime) -> IssuedInvite | None:
    """A supervisor's invite for staff of a center in their scope. Anything else (not a
    supervisor, a center elsewhere or unknown) creates nothing and is logged as refused."""
    center = center_for_invite(session, issuer, center_code)
    if center is None:
        invite_refused(issuer, center_code)
        return None
    code, invite = _new_invite(session, now, StaffRole.STAFF, center_id=center.id)
    session.flush()
    log.info(json.dumps({"invite_issued": invite.id, "by": issuer.id, "center": center.id}))
    return IssuedInvite(code, center, invite.expires_at)


# -- redeeming ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Redemption:
    """outcome: enrolled, already, wrong, used, expired or slow_down. For a supervisor's code,
    `area` is their district or province; for staff, `center_name` their center."""

    outcome: str
    center_name: str | None = None
    retry_at: datetime | None = None
    area: Area | None = None


def redeem_invite(session: Session, user: User, raw_code: str, now: datetime) -> Redemption:
    if user.code_locked_until and user.code_locked_until > now:
        return Redemption("slow_down", retry_at=user.code_locked_until)
    invite = session.scalar(select(Invite).where(Invite.code_hash == hash_code(raw_code)).with_for_update())
    if invite is None:
        return _wrong(user, now)
    center = invite.center
    center_name = center.name if center else None
    area = area_of(invite.role, invite.area_code) if invite.center_id is None and invite.area_code else None
    if invite.used_at is not None:
        outcome = "already" if invite.used_by_user_id == user.id else "used"
        return Redemption(outcome, center_name, area=area)
    if invite.expires_at <= now:
        return Redemption("expired", center_name, area=area)
    invite.used_at = now
    invite.used_by_user_id = user.id
    user.failed_code_attempts = 0
    user.code_locked_until = None
    same = select(StaffMembership).where(StaffMembership.user_id == user.id)
    if invite.center_id is not None:
        same = same.where(StaffMembership.center_id == invite.center_id)
    else:  # a supervisor: the same role over the same area (center_id NULL would match any of them)
        same = same.where(
            StaffMembership.center_id.is_(None),
            StaffMembership.role == invite.role,
            StaffMembership.area_code == invite.area_code,
        )
    membership = session.scalar(same)
    if membership is None:
        session.add(
            StaffMembership(
                user_id=user.id,
                center_id=invite.center_id,
                role=invite.role,
                area_code=invite.area_code,
                active=True,
                created_at=now,
            )
        )
    else:
        membership.active = True
        membership.role = invite.role
    menu_changed(session, user, now)  # the staff or supervisor menu is linked at once, by the menu worker
    return Redemption("enrolled", center_name, area=area)


def _wrong(user: User, now: datetime) -> Redemption:
    user.failed_code_attempts += 1
    over = user.failed_code_attempts - FREE_WRONG_ATTEMPTS
    if over > 0:
        user.code_locked_until = now + min(timedelta(minutes=2 ** (over - 1)), MAX_LOCK)
    return Redemption("wrong")


# -- losing the role -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Removal:
    """A membership that was just deactivated, described for the operator."""

    role: str
    center_code: str | None
    center_name: str | None
    area: Area | None


def remove_staff(
    session: Session,
    line_user_id: str,
    now: datetime,
    *,
    center_code: str | None = None,
    district_code: str | None = None,
    province_code: str | None = None,
) -> list[Removal]:
    """Deactivate the user's active memberships: of one center, one district or province
    supervision, or (no area given) all of them. Their rich menu follows."""
    user = session.scalar(select(User).where(User.line_user_id == line_user_id))
    if user is None:
        raise UnknownUser(line_user_id)
    query = select(StaffMembership).where(StaffMembership.user_id == user.id, StaffMembership.active.is_(True))
    if center_code is not None:
        center = session.scalar(select(Center).where(Center.code == center_code))
        if center is None:
            raise UnknownCenter(center_code)
        query = query.where(StaffMembership.center_id == center.id)
    elif district_code is not None:
        query = query.where(
            StaffMembership.role == StaffRole.DISTRICT_SUPERVISOR, StaffMembership.area_code == district_code
        )
    elif province_code is not None:
        query = query.where(
            StaffMembership.role.in_([str(role) for role in PROVINCE_ROLES]), StaffMembership.area_code == province_code
        )
    removed = []
    for membership in session.scalars(query.order_by(StaffMembership.id)).all():
        membership.active = False
        center = membership.center
        area = area_of(membership.role, membership.area_code) if membership.area_code else None
        removed.append(Removal(membership.role, center.code if center else None, center.name if center else None, area))
    if removed:
        session.flush()
        log.info(json.dumps({"staff_removed": user.id, "memberships": len(removed)}))
        menu_changed(session, user, now)
    return removed
