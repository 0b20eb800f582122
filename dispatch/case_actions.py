"""What staff do to a case, checked against who they are, in the caller's transaction.

Whatever postback data arrives, the server decides: a user who is not active staff of the case's
center (or a supervisor whose district or province holds that center) changes nothing and learns
nothing, not even whether the reference exists.
"""

from __future__ import annotations

import enum
import json
import logging
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import geothai
from sqlalchemy import Select, and_, func, or_, select, update
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session, selectinload

from dispatch.names import strip_titles
from dispatch.validation import thai_phone
from models.audit import record_audit
from models.cases import Case, CaseEvent, CaseStatus, record_status_change
from models.centers import Center, StaffMembership, StaffRole
from models.users import User

log = logging.getLogger("dispatch.case_actions")


def case_for_staff(session: Session, user: User, reference: str, action: str) -> Case | None:
    """The case, if `user` may act on it; otherwise None, and the refused attempt is logged."""
    scope = scope_filter(session, user, cases=True)
    case = None if scope is None else session.scalars(cases_in(scope).where(Case.reference == reference)).first()
    if case is None:
        log.warning(json.dumps({"refused": action, "user": user.id, "reference": reference[:20]}))
    return case


def waiting_cases(session: Session, user: User, limit: int, offset: int = 0) -> tuple[list[Case], int] | None:
    """Cases nobody has acknowledged yet, among those `user` may act on: most urgent first, then the
    oldest. One page and the total; None for someone who is not staff."""
    scope = scope_filter(session, user, cases=True)
    if scope is None:
        return None
    base = cases_in(scope).where(Case.status == CaseStatus.ASSIGNED)
    total = session.scalar(select(func.count()).select_from(base.subquery())) or 0
    urgency_rank = sql_case((Case.urgency == "urgent", 0), (Case.urgency == "high", 1), else_=2)
    # Each card names its case's center: loaded in one query for the page (skipping those in the session).
    page = session.scalars(
        base.options(selectinload(Case.center))
        .order_by(urgency_rank, Case.created_at, Case.id)
        .limit(limit)
        .offset(offset)
    ).all()
    return list(page), total


def cases_in(scope: Any) -> Select[tuple[Case]]:
    """Cases matching `scope` (scope_filter(..., cases=True)); a case without a center joins no
    Center row and is in scope only through its own area codes."""
    return select(Case).outerjoin(Center, Center.id == Case.center_id).where(scope)


def scope_filter(session: Session, user: User, cases: bool = False) -> Any:
    """Which centers `user` acts for — staff: their own; a supervisor: every center of their district
    or province — as a condition over Center (None: none). A case is in scope when its center is
    (`cases_in`); volunteers likewise (dispatch/volunteers.py). The one definition of who may act.
    With `cases`, the condition is over Case alone (its center among those, by id) and a
    supervisor's scope also holds the cases of their area that have no center (no center was near
    enough: they came to the supervisors), by the case's own area codes. Over Case alone, each part
    is an index scan (ix_cases_center_status, ix_cases_no_center_area) that the database can OR."""
    memberships = session.scalars(
        select(StaffMembership).where(StaffMembership.user_id == user.id, StaffMembership.active.is_(True))
    ).all()
    scopes = []
    for membership in memberships:
        if membership.role == StaffRole.STAFF:
            scopes.append((Case.center_id if cases else Center.id) == membership.center_id)
            continue
        if membership.role == StaffRole.DISTRICT_SUPERVISOR:
            district = membership.area_code or ""
            # A district's code begins with its province's: both columns of ix_cases_no_center_area.
            own = and_(Case.province_code == district[:2], Case.district_code == district)
            area = Center.district_code == district
        elif membership.role in (StaffRole.PROVINCE_SUPERVISOR, StaffRole.PROVINCE_ADMIN):
            area, own = Center.province_code == membership.area_code, Case.province_code == membership.area_code
        else:
            continue
        if not cases:
            scopes.append(area)
            continue
        center_ids = list(session.scalars(select(Center.id).where(area)))
        if center_ids:
            scopes.append(Case.center_id.in_(center_ids))
        scopes.append(and_(Case.center_id.is_(None), own))
    return or_(*scopes) if scopes else None


SUBDISTRICT_WORDS = re.compile(r"^(?:ตำบล|ต\.|แขวง)\s*")


def _subdistricts_named(query: str) -> list[str]:
    """Codes of the subdistricts (tambon) called exactly `query` (ต./ตำบล/แขวง allowed before it)."""
    name = SUBDISTRICT_WORDS.sub("", query).strip()
    if len(name) < 2 or any(character.isdigit() for character in name):
        return []
    return [r.area.code for r in geothai.search(name, limit=50) if r.level == "subdistrict" and r.area.name_th == name]


def search_cases(session: Session, user: User, query: str, limit: int, offset: int = 0) -> tuple[list[Case], int]:
    """Within `user`'s scope, newest first, one page and the total: by reference (exact), by the
    reporter's contact phone, by the person's name (a part of it, titles dropped) or by the tambon
    (its Thai name; the case's subdistrict)."""
    scope = scope_filter(session, user, cases=True)
    query = " ".join(query.split())
    if scope is None or not query:
        return [], 0
    matches = [Case.reference == query.upper()]
    phone = thai_phone(query)
    if phone:
        matches.append(Case.contact_phone == phone)
    else:
        name = strip_titles(query)
        if len(name) >= 2 and not any(character.isdigit() for character in name):
            escaped = name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            matches.append(Case.person_name.like(f"%{escaped}%", escape="\\"))
        codes = _subdistricts_named(query)
        if codes:
            matches.append(Case.subdistrict_code.in_(codes))
    base = cases_in(scope).where(or_(*matches))
    total = session.scalar(select(func.count()).select_from(base.subquery())) or 0
    page = session.scalars(
        base.options(selectinload(Case.center))
        .order_by(Case.created_at.desc(), Case.id.desc())
        .limit(limit)
        .offset(offset)
    )
    return list(page), total


def view_case(session: Session, user: User, reference: str, now: datetime, channel: str = "line") -> Case | None:
    """The case with its personal details, for staff in scope; every such view goes to the audit
    trail (DESIGN.md section 9: views are not changes, so not the case's timeline)."""
    case = case_for_staff(session, user, reference, "view")
    if case is not None:
        record_audit(
            session, actor_id=user.id, channel=channel, action="view", subject_kind="case",
            subject_id=case.reference, now=now,
        )  # fmt: skip
    return case


def is_staff(session: Session, user: User) -> bool:
    query = select(StaffMembership.id).where(StaffMembership.user_id == user.id, StaffMembership.active.is_(True))
    return session.scalar(query.limit(1)) is not None


# Statuses in which a case without an owner can still be taken with รับเรื่อง.
OWNABLE = (CaseStatus.ASSIGNED, CaseStatus.VISITING)


class Acknowledgement(enum.StrEnum):
    TAKEN = "taken"  # this user now owns the case
    ALREADY_MINE = "already_mine"
    TAKEN_BY_OTHER = "taken_by_other"
    NOT_OPEN = "not_open"  # cancelled, closed... before anyone acknowledged it
    REFUSED = "refused"


@dataclass(frozen=True)
class AckOutcome:
    result: Acknowledgement
    case: Case | None = None
    owner: User | None = None


def acknowledge(session: Session, user: User, reference: str, now: datetime) -> AckOutcome:
    """รับเรื่อง: the first staff member to acknowledge owns the case. The ownership is taken by one
    conditional UPDATE, so of two staff pressing at once exactly one wins, on either database."""
    case = case_for_staff(session, user, reference, "acknowledge")
    if case is None:
        return AckOutcome(Acknowledgement.REFUSED)
    before = case.status
    # A volunteer may have taken the visit before any staff member acknowledged: the case is then
    # `visiting` without an owner, and รับเรื่อง still makes its owner (leaving the status alone).
    won = session.execute(
        update(Case)
        .where(Case.id == case.id, Case.status.in_(OWNABLE), Case.owner_user_id.is_(None))
        .values(
            status=sql_case((Case.status == CaseStatus.ASSIGNED, CaseStatus.ACKNOWLEDGED.value), else_=Case.status),
            owner_user_id=user.id,
            acknowledged_at=now,
            updated_at=now,
        )
        .execution_options(synchronize_session=False)
    ).rowcount
    session.refresh(case)
    if won:
        if before == CaseStatus.ASSIGNED:
            record_status_change(session, case, user.id, before, now)
        else:
            session.add(CaseEvent(case_id=case.id, kind="owned", actor_user_id=user.id, detail={}, at=now))
        return AckOutcome(Acknowledgement.TAKEN, case, user)
    if case.owner_user_id == user.id:
        return AckOutcome(Acknowledgement.ALREADY_MINE, case, user)
    if case.owner_user_id is not None:
        return AckOutcome(Acknowledgement.TAKEN_BY_OTHER, case, case.owner)
    return AckOutcome(Acknowledgement.NOT_OPEN, case)
