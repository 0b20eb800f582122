"""Staff taps on a case card: รับเรื่อง (and, in time, the other case actions)."""

from __future__ import annotations

from bot.flows.engine import FlowContext
from bot.render import render
from bot.responses import Response, Text
from bot.texts import text
from dispatch.case_actions import Acknowledgement, acknowledge
from dispatch.intake import staff_of_center
from models.centers import Center
from models.outbox import enqueue_multicast, enqueue_to_user
from models.users import User


def acknowledge_case(context: FlowContext, reference: str) -> list[Response]:
    outcome = acknowledge(context.session, context.user, reference, context.now)
    language = context.language
    if outcome.result == Acknowledgement.REFUSED:
        return [Text(text("case_refused", language))]
    case = outcome.case
    if outcome.result == Acknowledgement.ALREADY_MINE:
        return [Text(text("case_already_yours", language, reference=case.reference))]
    if outcome.result == Acknowledgement.TAKEN_BY_OTHER:
        name = outcome.owner.display_name or text("colleague", language)
        return [Text(text("case_taken_by_other", language, reference=case.reference, name=name))]
    if outcome.result == Acknowledgement.NOT_OPEN:
        status = text(f"status_{case.status}", language)
        return [Text(text("case_not_open", language, reference=case.reference, status=status))]

    name = context.tools.display_name() or text("colleague", "th")
    colleagues = [
        line_id for line_id in staff_of_center(context.session, case.center_id) if line_id != context.user.line_user_id
    ]
    enqueue_multicast(
        context.session,
        colleagues,
        render([Text(text("case_taken_by_colleague", "th", reference=case.reference, name=name))]),
        context.now,
    )
    _tell_reporter(context, case.reporter_user_id, case.reference, case.center_id)
    return [Text(text("case_taken", language, reference=case.reference))]


def _tell_reporter(context: FlowContext, reporter_user_id: int, reference: str, center_id: int) -> None:
    reporter = context.session.get(User, reporter_user_id)
    center = context.session.get(Center, center_id)
    if reporter is None or not reporter.following:
        return
    message = text(
        "reporter_acknowledged",
        reporter.language,
        reference=reference,
        center=center.name,
        phone=center.phone or "1300",
    )
    enqueue_to_user(context.session, reporter.line_user_id, render([Text(message)]), context.now)
