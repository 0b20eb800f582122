"""Volunteers joining and being managed: registration, the staff's decisions, availability.

Whatever postback data arrives, a decision about a volunteer is made only by active staff of the
volunteer's center or a supervisor whose district or province holds it; anyone else changes nothing
and learns nothing, and the attempt is logged (ids only).
"""

from __future__ import annotations

import enum
import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import case as sql_case
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from dispatch.case_actions import scope_filter
from dispatch.menus import menu_changed
from models.cases import Case
from models.centers import Center
from models.users import User
from models.volunteers import OfferState, Volunteer, VolunteerOffer, VolunteerStatus, lat_band

log = logging.getLogger("dispatch.volunteers")

ID_DIGITS = 9  # every id fits in a 32-bit integer column on either database


def parse_id(value: str | None, digits: int = ID_DIGITS) -> int | None:
    """A positive whole number typed or sent as ASCII digits (at most `digits` of them); else None.
    `"²".isdigit()` is true and `int("²")` fails, and a long number overflows the database's
    integers: neither comes through."""
    value = (value or "").strip()
    if not value or len(value) > digits or not value.isascii() or not value.isdecimal():
        return None
    return int(value)


def volunteer_of(session: Session, user: User) -> Volunteer | None:
    return session.scalars(select(Volunteer).where(Volunteer.user_id == user.id)).first()


def approved_volunteer(session: Session, user: User) -> Volunteer | None:
    volunteer = volunteer_of(session, user)
    return volunteer if volunteer is not None and volunteer.status == VolunteerStatus.APPROVED else None


def register(session: Session, user: User, data: dict[str, Any], now: datetime) -> Volunteer | None:
    """A new application (or a new one after a rejection); None when the user already has one
    pending, is approved, or is suspended."""
    volunteer = volunteer_of(session, user)
    if volunteer is not None and volunteer.status != VolunteerStatus.REJECTED:
        return None
    if volunteer is None:
        volunteer = Volunteer(user_id=user.id, created_at=now, active_cases=0)
        session.add(volunteer)
    volunteer.center_id = int(data["center_id"])
    volunteer.name = data["name"]
    volunteer.phone = data["phone"]
    volunteer.latitude = float(data["latitude"])
    volunteer.longitude = float(data["longitude"])
    volunteer.lat_band = lat_band(volunteer.latitude)
    volunteer.skills = list(data.get("skills") or [])
    volunteer.max_active_cases = int(data["max_cases"])
    volunteer.status = VolunteerStatus.PENDING
    volunteer.available = True
    volunteer.decided_by_user_id = None
    volunteer.decided_at = None
    volunteer.updated_at = now
    session.flush()
    return volunteer


def volunteer_for_staff(session: Session, user: User, volunteer_id: str, action: str) -> Volunteer | None:
    """The volunteer, if `user` may decide about them; otherwise None, and the attempt is logged."""
    scope = scope_filter(session, user)
    wanted = parse_id(volunteer_id)
    volunteer = None
    if scope is not None and wanted is not None:
        volunteer = session.scalars(
            select(Volunteer).join(Center, Center.id == Volunteer.center_id).where(scope, Volunteer.id == wanted)
        ).first()
    if volunteer is None:
        log.warning(json.dumps({"refused": action, "user": user.id, "volunteer": volunteer_id[:12]}))
    return volunteer


def center_for_staff(session: Session, user: User, code: str) -> Center | None:
    scope = scope_filter(session, user)
    center = None if scope is None else session.scalars(select(Center).where(scope, Center.code == code)).first()
    if center is None:
        log.warning(json.dumps({"refused": "center", "user": user.id}))
    return center


def centers_for_staff(session: Session, user: User, limit: int | None = None, offset: int = 0) -> list[Center]:
    """The active centers `user` manages volunteers of, by code; one page when `limit` is given."""
    scope = scope_filter(session, user)
    if scope is None:
        return []
    query = select(Center).where(scope, Center.active.is_(True)).order_by(Center.code, Center.id)
    if limit is not None:
        query = query.limit(limit).offset(offset)
    return list(session.scalars(query))


class Decision(enum.StrEnum):
    APPROVE = "approve"
    REJECT = "reject"
    SUSPEND = "suspend"
    REINSTATE = "reinstate"


# What each decision needs the volunteer to be now, and what it makes them.
_TRANSITIONS = {
    Decision.APPROVE: ((VolunteerStatus.PENDING,), VolunteerStatus.APPROVED),
    Decision.REJECT: ((VolunteerStatus.PENDING,), VolunteerStatus.REJECTED),
    Decision.SUSPEND: ((VolunteerStatus.APPROVED,), VolunteerStatus.SUSPENDED),
    Decision.REINSTATE: ((VolunteerStatus.SUSPENDED,), VolunteerStatus.APPROVED),
}


@dataclass(frozen=True)
class DecisionOutcome:
    done: bool
    volunteer: Volunteer | None
    refused: bool = False


def decide(session: Session, user: User, volunteer_id: str, decision: Decision, now: datetime) -> DecisionOutcome:
    """A staff decision, made once: of two staff tapping at once one decides, the other is told."""
    volunteer = volunteer_for_staff(session, user, volunteer_id, f"volunteer_{decision}")
    if volunteer is None:
        return DecisionOutcome(False, None, refused=True)
    before, after = _TRANSITIONS[decision]
    if decision == Decision.SUSPEND:
        _lock_cases_of(session, volunteer.id)
    changed = session.execute(
        update(Volunteer)
        .where(Volunteer.id == volunteer.id, Volunteer.status.in_(before))
        .values(status=after, decided_by_user_id=user.id, decided_at=now, updated_at=now)
        .execution_options(synchronize_session=False)
    ).rowcount
    session.refresh(volunteer)
    if changed:
        log.info(json.dumps({"volunteer": volunteer.id, "decision": str(decision), "by": user.id}))
        if decision in (Decision.APPROVE, Decision.SUSPEND, Decision.REINSTATE):
            menu_changed(session, volunteer.user, now)
    return DecisionOutcome(bool(changed), volunteer)


def set_available(session: Session, volunteer: Volunteer, available: bool, now: datetime) -> None:
    volunteer.available = available
    volunteer.updated_at = now


def _lock_cases_of(session: Session, volunteer_id: int) -> None:
    """Lock (in id order) the cases a volunteer is offered or holds, before the volunteer's row: every
    path that changes offers locks the case first, so this order cannot deadlock with them."""
    case_ids = select(VolunteerOffer.case_id).where(
        VolunteerOffer.volunteer_id == volunteer_id,
        VolunteerOffer.state.in_([OfferState.OFFERED, OfferState.ACCEPTED]),
    )
    session.execute(select(Case.id).where(Case.id.in_(case_ids)).order_by(Case.id).with_for_update()).all()


_LISTED = (VolunteerStatus.PENDING, VolunteerStatus.APPROVED, VolunteerStatus.SUSPENDED)


def volunteers_page(session: Session, user: User, limit: int, offset: int = 0) -> tuple[list[Volunteer], int]:
    """One page of the volunteers of the centers `user` manages (pending applications first, then
    approved, then suspended; newest first within each) and how many there are in all. The database
    sorts and counts; only the page is loaded."""
    scope = scope_filter(session, user)
    if scope is None:
        return [], 0
    base = (
        select(Volunteer)
        .join(Center, Center.id == Volunteer.center_id)
        .where(scope, Volunteer.status.in_(list(_LISTED)))
    )
    total = session.scalar(select(func.count()).select_from(base.subquery())) or 0
    rank = sql_case(
        (Volunteer.status == VolunteerStatus.PENDING, 0),
        (Volunteer.status == VolunteerStatus.APPROVED, 1),
        else_=2,
    )
    page = session.scalars(base.order_by(rank, Volunteer.id.desc()).limit(limit).offset(offset)).all()
    return list(page), total
