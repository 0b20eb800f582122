"""Lists for staff: เคสใหม่ (cases nobody has acknowledged yet), a carousel page at a time."""

from __future__ import annotations

from bot.flows.engine import FlowContext
from bot.flows.report_done import staff_card
from bot.responses import Button, Carousel, Response, Text
from bot.texts import text
from dispatch.case_actions import waiting_cases
from models.centers import Center

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
    cards = tuple(staff_card(case, context.session.get(Center, case.center_id), language) for case in cases)
    first, last = page * PAGE_SIZE + 1, page * PAGE_SIZE + len(cases)
    more = (Button.postback(text("show_more", language), f"action=new_cases&page={page + 1}"),) if last < total else ()
    return [
        Carousel(alt_text=text("new_cases_alt", language, total=total), cards=cards),
        Text(text("new_cases_count", language, first=first, last=last, total=total), quick_replies=more),
    ]
