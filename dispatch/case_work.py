"""Staff work on a case beyond its status: notes, transfer to another center, duplicates; and the
views over many cases (overdue, today's summary). Every function checks who acts, in the caller's
transaction, and every change is a timeline event with who and when."""

from __future__ import annotations

import enum
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session, selectinload

from dispatch.case_actions import case_for_staff, cases_in, scope_filter
from dispatch.geo import haversine_km
from dispatch.lifecycle import OPEN_STATUSES
from dispatch.routing import DEFAULT_DEADLINES, ack_and_visit_deadlines
from dispatch.volunteer_offers import Notices, withdraw_for_transfer
from models.cases import Case, CaseEvent, CaseStatus, first_alert_at
from models.centers import Center
from models.users import User

BANGKOK = ZoneInfo("Asia/Bangkok")
MAX_NOTE_LENGTH = 1000
TRANSFER_CHOICES = 5


def add_note(session: Session, user: User, reference: str, note: str, now: datetime) -> Case | None:
    case = case_for_staff(session, user, reference, "note")
    if case is not None:
        event = CaseEvent(
            case_id=case.id, kind="note", actor_user_id=user.id, detail={"text": note[:MAX_NOTE_LENGTH]}, at=now
        )
        session.add(event)
        case.updated_at = now
    return case


@dataclass(frozen=True)
class NearbyCenter:
    center: Center
    distance_km: float | None


def transfer_choices(session: Session, case: Case, limit: int = TRANSFER_CHOICES) -> list[NearbyCenter]:
    """Other active centers, nearest to the case's place (or to its center) first."""
    here = case.center
    latitude = case.latitude if case.latitude is not None else here.latitude if here else None
    longitude = case.longitude if case.longitude is not None else here.longitude if here else None
    others = select(Center).where(Center.active.is_(True))
    if case.center_id is not None:
        others = others.where(Center.id != case.center_id)
    if latitude is None or longitude is None:
        return [NearbyCenter(center, None) for center in session.scalars(others.order_by(Center.code).limit(limit))]
    # Distances over bare columns of the centers in a box around the place, widened until it holds
    # `limit` centers within the circle it surely covers; then only those few are loaded. Reading all
    # 7,436 centers took most of a case page's time (bench/console.py).
    columns = others.with_only_columns(Center.id, Center.code, Center.latitude, Center.longitude)
    span = 0.25  # degrees
    while True:
        box = columns.where(
            Center.latitude.between(latitude - span, latitude + span),
            Center.longitude.between(longitude - span, longitude + span),
        )
        found = sorted(
            (haversine_km(latitude, longitude, lat, lon), code, key) for key, code, lat, lon in session.execute(box)
        )
        covered_km = span * 111.0 * math.cos(math.radians(min(abs(latitude) + span, 89.0)))
        if span >= 180 or sum(1 for distance, _, _ in found if distance <= covered_km) >= limit:
            break
        span *= 4
    nearest = found[:limit]
    wanted = [center_id for _, _, center_id in nearest]
    loaded = {center.id: center for center in session.scalars(select(Center).where(Center.id.in_(wanted)))}
    return [NearbyCenter(loaded[center_id], distance) for distance, _, center_id in nearest]


class Transfer(enum.StrEnum):
    DONE = "done"
    REFUSED = "refused"
    NOT_OPEN = "not_open"  # resolved, closed or cancelled: nothing left to hand over
    UNKNOWN_CENTER = "unknown_center"  # not an active center, or the case's own
    CHANGED_MEANWHILE = "changed_meanwhile"  # someone else changed the case first


@dataclass(frozen=True)
class TransferOutcome:
    """`owner`: who owned the case before (told it moved); `volunteers`: offers and held visits the
    transfer ended (their volunteers are told)."""

    result: Transfer
    case: Case | None = None
    center: Center | None = None
    previous: Center | None = None
    owner_user_id: int | None = None
    volunteers: Notices = field(default_factory=Notices)


def transfer(
    session: Session,
    user: User,
    reference: str,
    center_code: str,
    now: datetime,
    deadlines: Mapping[str, tuple[timedelta, timedelta]] = DEFAULT_DEADLINES,
) -> TransferOutcome:
    """Hand the case to another center: it waits there for รับเรื่อง again, with fresh deadlines."""
    case = case_for_staff(session, user, reference, "transfer")
    if case is None:
        return TransferOutcome(Transfer.REFUSED)
    if case.status not in OPEN_STATUSES:
        return TransferOutcome(Transfer.NOT_OPEN, case)
    target = session.scalar(select(Center).where(Center.code == center_code, Center.active.is_(True)))
    if target is None or target.id == case.center_id:
        return TransferOutcome(Transfer.UNKNOWN_CENTER, case)
    previous = case.center
    ack_due, visit_due = ack_and_visit_deadlines(case.urgency, now, deadlines)
    from_status, owner_before = case.status, case.owner_user_id
    # One conditional update: a close, an acknowledgement or another transfer that got there first
    # wins, and this one changes nothing.
    moved = session.execute(
        update(Case)
        .where(
            Case.id == case.id,
            Case.status == from_status,
            Case.center_id.is_not_distinct_from(case.center_id),
            Case.owner_user_id.is_not_distinct_from(case.owner_user_id),
        )
        .values(
            center_id=target.id,
            route_level="center",
            status=CaseStatus.ASSIGNED,
            owner_user_id=None,
            acknowledged_at=None,
            ack_due_at=ack_due,
            visit_due_at=visit_due,
            next_alert_at=first_alert_at(ack_due, visit_due),
            updated_at=now,
        )
        .execution_options(synchronize_session=False)
    ).rowcount
    session.refresh(case)
    if not moved:
        return TransferOutcome(Transfer.CHANGED_MEANWHILE, case)
    session.add(
        CaseEvent(
            case_id=case.id,
            kind="transferred",
            actor_user_id=user.id,
            from_status=from_status,
            to_status=CaseStatus.ASSIGNED,
            detail={"from_center": previous.code if previous else None, "to_center": target.code},
            at=now,
        )
    )
    volunteers = withdraw_for_transfer(session, case.id, now)
    return TransferOutcome(Transfer.DONE, case, target, previous, owner_before, volunteers)


class Duplicate(enum.StrEnum):
    DONE = "done"
    REFUSED = "refused"
    NOT_OPEN = "not_open"
    NOT_FOUND = "not_found"  # no such case among those this user may act on
    SAME_CASE = "same_case"


@dataclass(frozen=True)
class DuplicateOutcome:
    result: Duplicate
    case: Case | None = None
    original: Case | None = None


def mark_duplicate(
    session: Session, user: User, reference: str, original_reference: str, now: datetime
) -> DuplicateOutcome:
    """Close `reference` as a duplicate of `original_reference` (a case in the same user's scope)."""
    case = case_for_staff(session, user, reference, "duplicate")
    if case is None:
        return DuplicateOutcome(Duplicate.REFUSED)
    if case.status not in OPEN_STATUSES:
        return DuplicateOutcome(Duplicate.NOT_OPEN, case)
    wanted = original_reference.strip().upper()
    if wanted == case.reference:
        return DuplicateOutcome(Duplicate.SAME_CASE, case)
    scope = scope_filter(session, user, cases=True)
    original = session.scalars(cases_in(scope).where(Case.reference == wanted)).first()
    if original is None:
        return DuplicateOutcome(Duplicate.NOT_FOUND, case)
    from_status = case.status
    closed = session.execute(
        update(Case)
        .where(Case.id == case.id, Case.status == from_status)
        .values(
            status=CaseStatus.CLOSED, outcome="duplicate", duplicate_of_id=original.id, closed_at=now, updated_at=now
        )
        .execution_options(synchronize_session=False)
    ).rowcount
    session.refresh(case)
    if not closed:
        return DuplicateOutcome(Duplicate.NOT_OPEN, case)
    session.add_all(
        [
            CaseEvent(
                case_id=case.id,
                kind="status",
                actor_user_id=user.id,
                from_status=from_status,
                to_status=CaseStatus.CLOSED,
                detail={"outcome": "duplicate", "duplicate_of": original.reference},
                at=now,
            ),
            CaseEvent(
                case_id=original.id,
                kind="duplicate_added",
                actor_user_id=user.id,
                detail={"duplicate": case.reference},
                at=now,
            ),
        ]
    )
    return DuplicateOutcome(Duplicate.DONE, case, original)


def overdue_condition(now: datetime):  # noqa: ANN202 - an SQL expression
    waiting_for_ack = and_(Case.status == CaseStatus.ASSIGNED, Case.ack_due_at < now)
    waiting_for_visit = and_(Case.status.in_([CaseStatus.ASSIGNED, CaseStatus.ACKNOWLEDGED]), Case.visit_due_at < now)
    return or_(waiting_for_ack, waiting_for_visit)


def missed_deadline_expression(now: datetime):  # noqa: ANN201 - an SQL expression
    """The deadline an overdue case missed (acknowledgement first), for ordering the longest overdue
    first; only meaningful together with overdue_condition."""
    return sql_case(
        (and_(Case.status == CaseStatus.ASSIGNED, Case.ack_due_at < now), Case.ack_due_at), else_=Case.visit_due_at
    )


def overdue_cases(
    session: Session, user: User, now: datetime, limit: int, offset: int = 0
) -> tuple[list[Case], int] | None:
    """Open cases past a deadline (acknowledgement, or first visit), among those `user` may act on,
    the longest overdue first. One page and the total; None for someone who is not staff."""
    scope = scope_filter(session, user, cases=True)
    if scope is None:
        return None
    base = cases_in(scope).where(overdue_condition(now))
    total = session.scalar(select(func.count()).select_from(base.subquery())) or 0
    page = session.scalars(
        base.options(selectinload(Case.center))
        .order_by(missed_deadline_expression(now), Case.id)
        .limit(limit)
        .offset(offset)
    ).all()
    return list(page), total


def missed_deadline(case: Case, now: datetime) -> datetime | None:
    """The deadline an open case has missed (acknowledgement first), if any."""
    if case.status == CaseStatus.ASSIGNED and case.ack_due_at and case.ack_due_at < now:
        return case.ack_due_at
    if case.status in (CaseStatus.ASSIGNED, CaseStatus.ACKNOWLEDGED) and case.visit_due_at and case.visit_due_at < now:
        return case.visit_due_at
    return None


@dataclass(frozen=True)
class DaySummary:
    by_status: dict[str, int]
    overdue: int
    new_today: int
    resolved_today: int


def start_of_day(now: datetime) -> datetime:
    """Midnight of `now`'s day in Thailand, as a UTC-aware time."""
    local = now.astimezone(BANGKOK)
    return local.replace(hour=0, minute=0, second=0, microsecond=0).astimezone(now.tzinfo)


def today_summary(session: Session, user: User, now: datetime) -> DaySummary | None:
    """สรุปวันนี้ for the cases `user` may act on; None for someone who is not staff."""
    scope = scope_filter(session, user, cases=True)
    if scope is None:
        return None
    return scope_summary(session, scope, now, start_of_day(now))


def scope_summary(
    session: Session, scope: Any, now: datetime, since: datetime, until: datetime | None = None
) -> DaySummary:
    """Open cases by status and overdue cases at `now`, and the cases new and resolved from `since`
    (until `until`, when given), among the cases matching `scope` (a condition as scope_filter's).
    The daily digest asks for yesterday; สรุปวันนี้ for today."""
    in_scope = cases_in(scope).subquery()
    counts = session.execute(
        select(in_scope.c.status, func.count()).where(in_scope.c.status.in_(OPEN_STATUSES)).group_by(in_scope.c.status)
    ).all()
    overdue = session.scalar(select(func.count()).select_from(cases_in(scope).where(overdue_condition(now)).subquery()))
    created, resolved = [in_scope.c.created_at >= since], [in_scope.c.resolved_at >= since]
    if until is not None:
        created.append(in_scope.c.created_at < until)
        resolved.append(in_scope.c.resolved_at < until)
    new_today = session.scalar(select(func.count()).where(*created))
    resolved_today = session.scalar(select(func.count()).where(*resolved))
    return DaySummary(
        by_status={status: count for status, count in counts},
        overdue=overdue or 0,
        new_today=new_today or 0,
        resolved_today=resolved_today or 0,
    )
