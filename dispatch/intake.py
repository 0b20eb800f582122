"""Turning a confirmed report into a case routed to a center, in the caller's transaction."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dispatch.routing import DEFAULT_DEADLINES, CenterDirectoryCache, RoutingDecision, ack_and_visit_deadlines, route
from models.cases import Case, CaseEvent, CaseStatus, Media, Urgency
from models.centers import StaffMembership, StaffRole
from models.users import User

REFERENCE_ALPHABET = "ACDEFHJKLMNPRTUVWXY3479"  # no 0/O, 1/I, 2/Z, 5/S, 6/G, 8/B: easy to read aloud
URGENT_CATEGORIES = frozenset({"violence", "child"})
DIRECTORY = CenterDirectoryCache()


@dataclass(frozen=True)
class NewCase:
    case: Case
    decision: RoutingDecision | None
    staff_line_ids: list[str]


def urgency_for(report: dict[str, Any]) -> Urgency:
    """Immediate danger is urgent; violence and children at risk are high; the rest normal."""
    if report.get("danger"):
        return Urgency.URGENT
    if report.get("category") in URGENT_CATEGORIES:
        return Urgency.HIGH
    return Urgency.NORMAL


def new_reference(session: Session, now: datetime) -> str:
    while True:
        suffix = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(4))
        reference = f"SC-{now:%y%m%d}-{suffix}"
        if session.scalar(select(Case.id).where(Case.reference == reference)) is None:
            return reference


def create_case(
    session: Session,
    reporter: User,
    report: dict[str, Any],
    now: datetime,
    deadlines: Mapping[str, tuple[timedelta, timedelta]] = DEFAULT_DEADLINES,
) -> NewCase:
    """Create the case, route it to a center, and record both in its timeline. `deadlines`: per
    urgency, the time to acknowledge and to the first visit (Settings.deadlines)."""
    urgency = urgency_for(report)
    decision = route(
        DIRECTORY.get(session),
        latitude=report.get("latitude"),
        longitude=report.get("longitude"),
        subdistrict_code=report.get("subdistrict_code"),
        district_code=report.get("district_code"),
        province_code=report.get("province_code"),
    )
    ack_due, visit_due = ack_and_visit_deadlines(urgency, now, deadlines)
    case = Case(
        reference=new_reference(session, now),
        reporter_user_id=reporter.id,
        center_id=decision.center.id if decision else None,
        status=CaseStatus.ASSIGNED,
        urgency=urgency,
        subject=report["subject"],
        category=report["category"],
        needs=list(report.get("needs") or []),
        person_name=report.get("person_name"),
        person_age=report.get("person_age"),
        description=report.get("description"),
        contact_phone=report.get("contact_phone"),
        latitude=report.get("latitude"),
        longitude=report.get("longitude"),
        address_text=report.get("address_text"),
        subdistrict_code=report.get("subdistrict_code"),
        district_code=report.get("district_code"),
        province_code=report.get("province_code"),
        consent_basis=report["consent"],
        consent_version=report["consent_version"],
        consent_at=datetime.fromisoformat(report["consent_at"]),
        ack_due_at=ack_due,
        visit_due_at=visit_due,
        created_at=now,
        updated_at=now,
    )
    session.add(case)
    session.flush()
    if report.get("media_id"):
        media = session.get(Media, report["media_id"])
        if media is not None and media.owner_user_id == reporter.id:
            media.case_id = case.id
    session.add(
        CaseEvent(
            case_id=case.id,
            kind="reported",
            actor_user_id=reporter.id,
            to_status=CaseStatus.ASSIGNED,
            detail={
                "consent_basis": case.consent_basis,
                "consent_version": case.consent_version,
                "routing": decision.reason if decision else "unrouted",
                "distance_km": round(decision.distance_km, 2)
                if decision and decision.distance_km is not None
                else None,
            },
            at=now,
        )
    )
    return NewCase(case, decision, staff_of_center(session, case.center_id) if case.center_id else [])


def staff_of_center(session: Session, center_id: int) -> list[str]:
    """LINE ids of the center's active staff who still follow the bot."""
    query = (
        select(User.line_user_id)
        .join(StaffMembership, StaffMembership.user_id == User.id)
        .where(
            StaffMembership.center_id == center_id,
            StaffMembership.role == StaffRole.STAFF,
            StaffMembership.active.is_(True),
            User.following.is_(True),
        )
        .order_by(User.id)
    )
    return list(session.scalars(query))
