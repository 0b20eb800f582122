"""A volunteer's report of a visit: kept, written to the case's timeline, and the volunteer's part done."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from dispatch.volunteer_offers import finish_reported, held_offer, lock_case
from models.cases import Case, CaseEvent, Media
from models.users import User
from models.volunteers import VisitReport

OUTCOMES = ("found", "not_found", "moved", "deceased")
RECOMMENDATIONS = ("close", "refer", "follow_up")


def submit(
    session: Session, user: User, offer_id: str, data: dict[str, Any], now: datetime
) -> tuple[VisitReport, Case] | None:
    """None when the user does not hold the case now (handed back, released, never accepted)."""
    held = held_offer(session, user, offer_id, "visit_report")
    if held is None:
        return None
    volunteer, offer, case = held
    lock_case(session, case.id)  # the case first, as on every path that changes offers
    if not finish_reported(session, offer, now):
        return None
    media_id = data.get("media_id")
    if media_id is not None:
        media = session.get(Media, media_id)
        if media is None or media.owner_user_id != user.id:
            media_id = None
        else:
            media.case_id = case.id
    report = VisitReport(
        offer_id=offer.id,
        case_id=case.id,
        volunteer_id=volunteer.id,
        outcome=data["outcome"],
        help_given=data.get("help_given"),
        needs_found=data.get("needs_found"),
        media_id=media_id,
        recommendation=data["recommendation"],
        created_at=now,
    )
    session.add(report)
    session.flush()
    session.add(
        CaseEvent(
            case_id=case.id,
            kind="visit_report",
            actor_user_id=user.id,
            detail={
                "report": report.id,
                "outcome": report.outcome,
                "recommendation": report.recommendation,
                "summary": data.get("summary", ""),
            },
            at=now,
        )
    )
    return report, case
