"""Staff taps on a case: รับเรื่อง, then each next step of the lifecycle, up to closing."""

from __future__ import annotations

from bot.flows.engine import FlowContext
from bot.render import render
from bot.responses import Button, Response, Text
from bot.texts import text
from dispatch.case_actions import Acknowledgement, acknowledge
from dispatch.intake import staff_of_center
from dispatch.lifecycle import AGENCIES, NEXT, OUTCOMES, TOLD_TO_REPORTER, Change, change_status
from models.cases import Case, CaseStatus
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
        return [Text(text("case_already_yours", language, reference=case.reference))] + next_steps(case, language)
    if outcome.result == Acknowledgement.TAKEN_BY_OTHER:
        name = _staff_name(outcome.owner.display_name, language)
        return [Text(text("case_taken_by_other", language, reference=case.reference, name=name))]
    if outcome.result == Acknowledgement.NOT_OPEN:
        status = text(f"status_{case.status}", language)
        return [Text(text("case_not_open", language, reference=case.reference, status=status))]

    name = _staff_name(context.tools.display_name(), "th")
    colleagues = [
        line_id for line_id in staff_of_center(context.session, case.center_id) if line_id != context.user.line_user_id
    ]
    enqueue_multicast(
        context.session,
        colleagues,
        render([Text(text("case_taken_by_colleague", "th", reference=case.reference, name=name))]),
        context.now,
    )
    center = context.session.get(Center, case.center_id)
    _tell_reporter(context, case, "reporter_acknowledged", center=center.name, phone=center.phone or "1300")
    return [Text(text("case_taken", language, reference=case.reference))] + next_steps(case, language)


def _staff_name(display_name: str | None, language: str) -> str:
    return text("named_colleague", language, name=display_name) if display_name else text("colleague", language)


def next_steps(case: Case, language: str) -> list[Response]:
    """The steps allowed from the case's status, as buttons (closing: one per outcome)."""
    steps = NEXT.get(case.status, ())
    buttons = [
        Button.postback(text(f"step_{step}", language), f"action=status&case={case.reference}&to={step}")
        for step in steps
        if step != CaseStatus.CLOSED
    ]
    if CaseStatus.CLOSED in steps:
        buttons += [
            Button.postback(
                text("step_close", language, outcome=text(f"outcome_{outcome}", language)),
                f"action=status&case={case.reference}&to=closed&outcome={outcome}",
            )
            for outcome in OUTCOMES
        ]
    if not buttons:
        return []
    return [Text(text("next_steps", language, reference=case.reference), quick_replies=tuple(buttons))]


def agency_choices(case: Case, language: str) -> list[Response]:
    buttons = tuple(
        Button.postback(
            text(f"agency_{agency}", language), f"action=status&case={case.reference}&to=referred&agency={agency}"
        )
        for agency in AGENCIES
    )
    return [Text(text("choose_agency", language, reference=case.reference), quick_replies=buttons)]


def change_case_status(
    context: FlowContext, reference: str, to: str, outcome: str | None, agency: str | None = None
) -> list[Response]:
    changed = change_status(context.session, context.user, reference, to, context.now, outcome, agency)
    language = context.language
    if changed.result == Change.REFUSED:
        return [Text(text("case_refused", language))]
    case = changed.case
    status = text(f"status_{case.status}", language)
    if changed.result == Change.NOT_ACKNOWLEDGED:
        return [Text(text("case_not_acknowledged", language, reference=case.reference))]
    if changed.result == Change.NOT_ALLOWED:
        answer = text("case_step_not_allowed", language, reference=case.reference, status=status)
        return [Text(answer)] + next_steps(case, language)
    if changed.result == Change.NEEDS_AGENCY:
        return agency_choices(case, language)
    if changed.result == Change.NEEDS_OUTCOME:
        return [Text(text("case_needs_outcome", language, reference=case.reference))] + next_steps(case, language)
    if changed.result == Change.CHANGED_MEANWHILE:
        answer = text("case_changed_meanwhile", language, reference=case.reference, status=status)
        return [Text(answer)] + next_steps(case, language)
    if case.status in TOLD_TO_REPORTER:
        _tell_reporter(context, case, "reporter_status_update", status=None)
    if case.status == CaseStatus.REFERRED:
        agency_text = text(f"agency_{agency}", language)
        answer = text("case_referred", language, reference=case.reference, agency=agency_text)
        return [Text(answer)] + next_steps(case, language)
    if case.status == CaseStatus.CLOSED:
        outcome_text = text(f"outcome_{outcome}", language)
        return [Text(text("case_closed", language, reference=case.reference, outcome=outcome_text))]
    return [Text(text("status_changed", language, reference=case.reference, status=status))] + next_steps(
        case, language
    )


def _tell_reporter(context: FlowContext, case: Case, key: str, **values: str | None) -> None:
    """One message to the reporter, in their language, without staff names or other personal data."""
    reporter = context.session.get(User, case.reporter_user_id)
    if reporter is None or not reporter.following:
        return
    if "status" in values:
        values["status"] = text(f"status_{case.status}", reporter.language)
    message = text(key, reporter.language, reference=case.reference, **values)
    enqueue_to_user(context.session, reporter.line_user_id, render([Text(message)]), context.now)
