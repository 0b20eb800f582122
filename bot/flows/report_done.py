"""What happens when a report is confirmed: the case, the reporter's receipt, the staff's card."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from bot.flows.engine import FlowContext
from bot.render import render
from bot.responses import Button, Card, Response, Text
from bot.texts import text
from bot.thai_dates import thai_datetime
from dispatch.address import describe_codes
from dispatch.intake import NewCase, create_case
from dispatch.routing import DEFAULT_DEADLINES
from models.cases import Case
from models.messaging import Priority
from models.outbox import enqueue_multicast

URGENCY_ACCENT = {"urgent": "#C62828", "high": "#EF6C00", "normal": "#1B6E4C"}


def _within(ack_due: timedelta) -> str:
    hours = ack_due.total_seconds() / 3600
    return "within_1h" if hours <= 1 else "within_4h" if hours <= 4 else "within_24h"


def finish_report(context: FlowContext) -> list[Response]:
    deadlines = context.tools.deadlines if context.tools is not None else DEFAULT_DEADLINES
    new = create_case(context.session, context.user, context.data, context.now, deadlines)
    notify_staff(context, new)
    return [receipt(context, new)]


def receipt(context: FlowContext, new: NewCase) -> Text:
    language = context.language
    case = new.case
    if new.decision is None:
        return Text(text("report_done_unrouted", language, reference=case.reference))
    center = new.decision.center
    return Text(
        text(
            "report_done",
            language,
            reference=case.reference,
            center=center.name,
            phone=center.phone or "1300",
            within=text(_within(case.ack_due_at - context.now), language),
            due=thai_datetime(case.ack_due_at, language),
        )
    )


def staff_card(case: Case, center: Any, language: str = "th") -> Card:
    """Minimal on personal data: no name, phone, description or exact location. `center`: anything
    with area codes (the case's center), for a case known only by its center's area."""
    urgency = text(f"urgency_{case.urgency}", language)
    category = text(f"cat_{case.category}", language)
    area = describe_codes(case.subdistrict_code, case.district_code, case.province_code)
    if not area and center is not None:
        area = describe_codes(center.subdistrict_code, center.district_code, center.province_code)
    return Card(
        alt_text=text("staff_new_case_alt", language, urgency=urgency, reference=case.reference, category=category),
        title=text("staff_new_case_title", language, urgency=urgency),
        accent=URGENCY_ACCENT.get(case.urgency, "#1B6E4C"),
        fields=(
            (text("field_reference", language), case.reference),
            (text("field_category", language), category),
            (text("field_needs", language), ", ".join(text(f"need_{need}", language) for need in case.needs)),
            (text("field_area", language), area or "-"),
            (text("field_ack_due", language), thai_datetime(case.ack_due_at, language)),
        ),
        lines=(text("staff_new_case_note", language),),
        buttons=(
            Button.postback(text("staff_ack_button", language), f"action=ack&case={case.reference}"),
            Button.postback(text("vol_assign_button", language), f"action=vol_assign&case={case.reference}"),
            Button.postback(text("step_transfer", language), f"action=transfer&case={case.reference}"),
        ),
    )


def notify_staff(context: FlowContext, new: NewCase) -> None:
    if new.staff_line_ids:
        center = new.decision.center if new.decision else None
        # An urgent case's card still goes when the monthly quota runs low.
        priority = Priority.HIGH if new.case.urgency == "urgent" else Priority.NORMAL
        card = render([staff_card(new.case, center)])
        enqueue_multicast(context.session, new.staff_line_ids, card, context.now, priority=priority)
