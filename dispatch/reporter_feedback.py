"""The reporter's word on a resolved case: confirm and rate it (1-5), or reopen it within 14 days.

Only the case's own reporter may do this, whatever postback data arrives; others are refused and logged.
"""

from __future__ import annotations

import enum
import json
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from models.cases import Case, CaseEvent, CaseStatus
from models.users import User

log = logging.getLogger("dispatch.reporter_feedback")
REOPEN_WITHIN = timedelta(days=14)
# Why a reporter takes back a sent report (the choice buttons; the reason goes into the timeline).
CANCEL_REASONS = ("helped_elsewhere", "mistake", "sent_twice", "person_refused", "other")
OPEN_FOR_CANCEL = (
    CaseStatus.ASSIGNED,
    CaseStatus.ACKNOWLEDGED,
    CaseStatus.VISITING,
    CaseStatus.IN_PROGRESS,
    CaseStatus.REFERRED,
)
STARS = range(1, 6)


class Feedback(enum.StrEnum):
    DONE = "done"
    ALREADY = "already"
    REFUSED = "refused"  # not this user's report
    NOT_RESOLVED = "not_resolved"  # still being worked on (or cancelled)
    TOO_LATE = "too_late"  # resolved more than 14 days ago
    NOT_OPEN = "not_open"  # resolved, closed or cancelled already: nothing to cancel
    BAD_RATING = "bad_rating"


@dataclass(frozen=True)
class FeedbackOutcome:
    result: Feedback
    case: Case | None = None


def reporters_case(session: Session, user: User, reference: str, action: str) -> Case | None:
    case = session.scalar(select(Case).where(Case.reference == reference, Case.reporter_user_id == user.id))
    if case is None:
        log.warning(json.dumps({"refused": action, "user": user.id, "reference": reference[:20]}))
    return case


def _resolved(case: Case) -> bool:
    return case.resolved_at is not None and case.status in (CaseStatus.RESOLVED, CaseStatus.CLOSED)


def confirm(session: Session, user: User, reference: str, now: datetime) -> FeedbackOutcome:
    case = reporters_case(session, user, reference, "confirm")
    if case is None:
        return FeedbackOutcome(Feedback.REFUSED)
    if not _resolved(case):
        return FeedbackOutcome(Feedback.NOT_RESOLVED, case)
    if case.confirmed_at is not None:
        return FeedbackOutcome(Feedback.ALREADY, case)
    case.confirmed_at = now
    session.add(CaseEvent(case_id=case.id, kind="confirmed", actor_user_id=user.id, detail={}, at=now))
    return FeedbackOutcome(Feedback.DONE, case)


def rate(session: Session, user: User, reference: str, stars: str, now: datetime) -> FeedbackOutcome:
    case = reporters_case(session, user, reference, "rate")
    if case is None:
        return FeedbackOutcome(Feedback.REFUSED)
    if not _resolved(case):
        return FeedbackOutcome(Feedback.NOT_RESOLVED, case)
    if stars not in {str(number) for number in STARS}:
        return FeedbackOutcome(Feedback.BAD_RATING, case)
    if case.rating is not None:
        return FeedbackOutcome(Feedback.ALREADY, case)
    if case.confirmed_at is None:
        case.confirmed_at = now
    case.rating = int(stars)
    session.add(CaseEvent(case_id=case.id, kind="rated", actor_user_id=user.id, detail={"stars": int(stars)}, at=now))
    return FeedbackOutcome(Feedback.DONE, case)


def reopen(session: Session, user: User, reference: str, now: datetime) -> FeedbackOutcome:
    """ยังไม่ได้รับความช่วยเหลือ: the case goes back to `in_progress` with its owner."""
    case = reporters_case(session, user, reference, "reopen")
    if case is None:
        return FeedbackOutcome(Feedback.REFUSED)
    if not _resolved(case) or case.outcome == "duplicate":
        return FeedbackOutcome(Feedback.NOT_RESOLVED, case)
    if now - case.resolved_at > REOPEN_WITHIN:
        return FeedbackOutcome(Feedback.TOO_LATE, case)
    values = dict(resolved_at=None, confirmed_at=None, rating=None, outcome=None, closed_at=None)
    if not _move(session, case, user, CaseStatus.IN_PROGRESS, now, "reopened", {}, **values):
        return FeedbackOutcome(Feedback.ALREADY, case)
    return FeedbackOutcome(Feedback.DONE, case)


def settle(session: Session, user: User, reference: str, now: datetime) -> FeedbackOutcome:
    """The follow-up's "ไม่ต้องแล้ว": the person needs no more help, so a resolved case is closed."""
    case = reporters_case(session, user, reference, "settle")
    if case is None:
        return FeedbackOutcome(Feedback.REFUSED)
    if not _resolved(case):
        return FeedbackOutcome(Feedback.NOT_RESOLVED, case)
    if case.status == CaseStatus.CLOSED:
        return FeedbackOutcome(Feedback.ALREADY, case)
    closed = session.execute(
        update(Case)
        .where(Case.id == case.id, Case.status == CaseStatus.RESOLVED)
        .values(
            status=CaseStatus.CLOSED,
            outcome="helped",
            confirmed_at=case.confirmed_at or now,
            closed_at=now,
            updated_at=now,
        )
        .execution_options(synchronize_session=False)
    ).rowcount
    session.refresh(case)
    if not closed:
        return FeedbackOutcome(Feedback.ALREADY, case)
    session.add(
        CaseEvent(
            case_id=case.id,
            kind="status",
            actor_user_id=user.id,
            from_status=CaseStatus.RESOLVED,
            to_status=CaseStatus.CLOSED,
            detail={"outcome": "helped", "by": "reporter"},
            at=now,
        )
    )
    return FeedbackOutcome(Feedback.DONE, case)


# Resolved cases closed per run of the hourly sweep (the backlog of a first run drains over hours).
CLOSE_SETTLED_BATCH = 500


def close_settled(session: Session, now: datetime, limit: int = CLOSE_SETTLED_BATCH) -> int:
    """Resolved cases whose 14-day reopen window has ended are closed as helped (the outcome a
    resolution means: help was delivered), so that retention's clock starts. Rows another process
    holds are skipped. Returns how many were closed."""
    due = session.scalars(
        select(Case)
        .where(Case.status == CaseStatus.RESOLVED, Case.resolved_at <= now - REOPEN_WITHIN)
        .order_by(Case.resolved_at, Case.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    ).all()
    for case in due:
        case.status, case.outcome, case.closed_at, case.updated_at = CaseStatus.CLOSED, "helped", now, now
        session.add(
            CaseEvent(
                case_id=case.id,
                kind="status",
                from_status=CaseStatus.RESOLVED,
                to_status=CaseStatus.CLOSED,
                detail={"outcome": "helped", "by": "reopen_window_ended"},
                at=now,
            )
        )
    return len(due)


def cancel_by_reporter(session: Session, user: User, reference: str, reason: str, now: datetime) -> FeedbackOutcome:
    """ยกเลิกเรื่อง: the reporter takes back a report still open; it ends `cancelled` with the reason
    in its timeline (retention counts from now). Someone else's report is refused; a race with a
    staff change leaves whichever came first."""
    case = reporters_case(session, user, reference, "cancel")
    if case is None:
        return FeedbackOutcome(Feedback.REFUSED)
    if reason not in CANCEL_REASONS:
        return FeedbackOutcome(Feedback.BAD_RATING, case)
    from_status = case.status
    if from_status not in OPEN_FOR_CANCEL:
        return FeedbackOutcome(Feedback.NOT_OPEN, case)
    detail = {"by": "reporter", "reason": reason}
    if not _move(session, case, user, CaseStatus.CANCELLED, now, "status", detail, closed_at=now):
        return FeedbackOutcome(Feedback.ALREADY, case)
    return FeedbackOutcome(Feedback.DONE, case)


def _move(
    session: Session, case: Case, user: User, to: str, now: datetime, kind: str, detail: dict, **values: object
) -> bool:
    """Change the case's status if nobody changed it meanwhile (False when someone did), with the
    timeline event of the reporter's move."""
    from_status = case.status
    moved = session.execute(
        update(Case)
        .where(Case.id == case.id, Case.status == from_status)
        .values(status=to, updated_at=now, **values)
        .execution_options(synchronize_session=False)
    ).rowcount
    session.refresh(case)
    if not moved:
        return False
    session.add(
        CaseEvent(
            case_id=case.id,
            kind=kind,
            actor_user_id=user.id,
            from_status=from_status,
            to_status=to,
            detail=detail,
            at=now,
        )
    )
    return True
