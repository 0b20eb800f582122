"""Cases waiting without a center, routed again when centers or staff change (an import, a center
reactivated, an invite accepted) and by a sweep: whoever now answers for a case is told, with its
card, and so is the reporter. Deciding is in dispatch/intake.py (reroute_waiting)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from bot.flows.report_done import alert_unrouted_urgent, area_name, tell_new_case
from bot.line.render import render
from bot.line.responses import Text
from bot.speech.texts import text
from dispatch.intake import reroute_waiting
from dispatch.reporter_news import queue_news
from dispatch.routing import CENTER_LEVEL, DEFAULT_DEADLINES, DEFAULT_MAX_KM, UNROUTED
from models.outbox import enqueue_multicast


def retry_waiting_cases(
    session: Session,
    now: datetime,
    deadlines: Mapping[str, tuple[timedelta, timedelta]] = DEFAULT_DEADLINES,
    max_km: float = DEFAULT_MAX_KM,
) -> int:
    """Route the waiting cases again and tell who now answers for each; returns how many moved."""
    moved = reroute_waiting(session, now, deadlines, max_km)
    for item in moved:
        case = item.case
        if item.level == CENTER_LEVEL:
            tell_new_case(session, case, item.decision.center, item.told, CENTER_LEVEL, now)
            queue_news(session, case, "routed", now, center=item.decision.center.code)
            if item.released:
                message = text("routed_away", "th", reference=case.reference, center=item.decision.center.name)
                enqueue_multicast(session, item.released, render([Text(message)]), now)
        elif item.level != UNROUTED:
            tell_new_case(session, case, None, item.told, item.level, now)
            queue_news(session, case, "routed_supervisor", now, level=item.level, area=area_name(case, item.level))
        else:  # supervisors left, or the case's place turned out to have nobody
            alert_unrouted_urgent(session, case, now)
    return len(moved)
