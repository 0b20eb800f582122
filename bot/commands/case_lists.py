"""Lists for staff: เคสใหม่ (cases nobody has acknowledged yet), a carousel page at a time."""

from __future__ import annotations

from sqlalchemy import select

from bot.flows.engine import FlowContext
from bot.line.responses import Button, Carousel, Response, Text
from bot.postbacks import Postback
from bot.speech.cards import staff_card
from bot.speech.texts import text
from bot.speech.thai_dates import thai_datetime
from dispatch.address import describe_codes
from dispatch.case_actions import waiting_cases
from dispatch.intake import unrouted_cases
from models.centers import StaffMembership, StaffRole

PAGE_SIZE = 10  # a LINE carousel holds at most 12 bubbles


def new_cases(context: FlowContext, page: int = 0) -> list[Response] | None:
    """None for someone who is not staff: to them เคสใหม่ is just words."""
    page = max(page, 0)
    waiting = waiting_cases(context.session, context.user, PAGE_SIZE, page * PAGE_SIZE)
    if waiting is None:
        return None
    cases, total = waiting
    language = context.language
    if not cases:
        return [Text(text("new_cases_none", language))]
    cards = tuple(staff_card(case, case.center, language) for case in cases)
    first, last = page * PAGE_SIZE + 1, page * PAGE_SIZE + len(cases)
    more = (Button.postback(text("show_more", language), Postback("new_cases", page=page + 1).data),) if last < total else ()
    return [
        Carousel(alt_text=text("new_cases_alt", language, total=total), cards=cards),
        Text(text("new_cases_count", language, first=first, last=last, total=total), quick_replies=more),
    ]


UNROUTED_PAGE = 10
SUPERVISOR_ROLES = (StaffRole.DISTRICT_SUPERVISOR, StaffRole.PROVINCE_SUPERVISOR)


def unrouted_list(context: FlowContext, page: int = 0) -> list[Response] | None:
    """เคสรอจัดศูนย์, for supervisors: the cases with no center near and nobody in their area, oldest
    first, without personal data (reference, urgency, group, area, since when). None for anyone else."""
    session = context.session
    supervisor = session.scalar(
        select(StaffMembership.id)
        .where(
            StaffMembership.user_id == context.user.id,
            StaffMembership.active.is_(True),
            StaffMembership.role.in_(SUPERVISOR_ROLES),
        )
        .limit(1)
    )
    if supervisor is None:
        return None
    language = context.language
    page = max(page, 0)
    cases, total = unrouted_cases(session, UNROUTED_PAGE, page * UNROUTED_PAGE)
    if not cases:
        return [Text(text("unrouted_none", language))]
    lines = [
        text(
            "unrouted_line",
            language,
            reference=case.reference,
            urgency=text(f"urgency_{case.urgency}", language),
            category=text(f"cat_{case.category}", language),
            area=describe_codes(case.subdistrict_code, case.district_code, case.province_code)
            or text("area_unknown", language),
            since=thai_datetime(case.created_at, language),
        )
        for case in cases
    ]
    first, last = page * UNROUTED_PAGE + 1, page * UNROUTED_PAGE + len(cases)
    more = (Button.postback(text("show_more", language), Postback("unrouted", page=page + 1).data),) if last < total else ()
    heading = text("unrouted_heading", language, first=first, last=last, total=total)
    return [Text("\n".join([heading, *lines, text("unrouted_hint", language)]), quick_replies=more)]
