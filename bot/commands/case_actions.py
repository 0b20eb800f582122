"""Staff taps on a case: รับเรื่อง, then each next step of the lifecycle, up to closing."""

from __future__ import annotations

from bot.commands.case_notices import staff_name, tell_owner
from bot.flows.engine import FlowContext
from bot.line.render import render
from bot.line.responses import Button, Response, Text
from bot.postbacks import Postback
from bot.speech.texts import text
from dispatch.audience import besides, center_staff
from dispatch.case_actions import Acknowledgement, acknowledge
from dispatch.lifecycle import AGENCIES, NEXT, OPEN_STATUSES, Change, change_status, closing_outcomes
from dispatch.reporter_news import news_of_status_change, queue_follow_up, queue_news
from models.cases import Case, CaseStatus
from models.outbox import enqueue_multicast


def acknowledge_case(context: FlowContext, reference: str) -> list[Response]:
    outcome = acknowledge(context.session, context.user, reference, context.now)
    language = context.language
    if outcome.result == Acknowledgement.REFUSED:
        return [Text(text("case_refused", language))]
    case = outcome.case
    if outcome.result == Acknowledgement.ALREADY_MINE:
        return [Text(text("case_already_yours", language, reference=case.reference))] + next_steps(case, language)
    if outcome.result == Acknowledgement.TAKEN_BY_OTHER:
        name = staff_name(outcome.owner.display_name, language)
        return [Text(text("case_taken_by_other", language, reference=case.reference, name=name))]
    if outcome.result == Acknowledgement.NOT_OPEN:
        status = text(f"status_{case.status}", language)
        return [Text(text("case_not_open", language, reference=case.reference, status=status))]

    name = staff_name(context.tools.display_name(), "th")
    colleagues = besides(center_staff(context.session, case.center_id), context.user.line_user_id)
    enqueue_multicast(
        context.session,
        colleagues,
        render([Text(text("case_taken_by_colleague", "th", reference=case.reference, name=name))]),
        context.now,
    )
    queue_news(context.session, case, "acknowledged", context.now)
    return [Text(text("case_taken", language, reference=case.reference))] + next_steps(case, language)


def next_steps(case: Case, language: str) -> list[Response]:
    """What may be done now, as buttons: the next statuses, closing (for a resolved case one button
    per outcome, else one that asks which), a note, a transfer, marking a duplicate."""
    reference = case.reference
    steps = NEXT.get(case.status, ())
    # ส่งต่อหน่วยงาน is the referral (bot/flows/referral.py); a referred case may go to one more agency.
    buttons = [
        Button.postback(text(f"step_{step}", language), Postback("refer", case=reference).data)
        if step == CaseStatus.REFERRED
        else Button.postback(text(f"step_{step}", language), Postback("status", case=reference, to=step).data)
        for step in steps
        if step != CaseStatus.CLOSED
    ]
    if case.status == CaseStatus.REFERRED:
        buttons.insert(0, Button.postback(text("step_referred", language), f"action=refer&case={reference}"))
    if case.status == CaseStatus.RESOLVED:
        buttons += _outcome_buttons(case, language)
    elif CaseStatus.CLOSED in steps:
        buttons.append(
            Button.postback(text("step_close_choose", language), Postback("status", case=reference, to="closed").data)
        )
    if case.status not in (CaseStatus.CLOSED, CaseStatus.CANCELLED):
        buttons.append(Button.postback(text("step_note", language), Postback("note", case=reference).data))
    if case.status in OPEN_STATUSES and case.status != CaseStatus.REFERRED:
        buttons.append(Button.postback(text("vol_assign_button", language), Postback("vol_assign", case=reference).data))
    if case.status in OPEN_STATUSES:
        buttons.append(Button.postback(text("step_transfer", language), Postback("transfer", case=reference).data))
        buttons.append(Button.postback(text("step_duplicate", language), Postback("duplicate", case=reference).data))
    if not buttons:
        return []
    return [Text(text("next_steps", language, reference=reference), quick_replies=tuple(buttons))]


def _outcome_buttons(case: Case, language: str) -> list[Button]:
    return [
        Button.postback(
            text("step_close", language, outcome=text(f"outcome_{outcome}", language)),
            Postback("status", case=case.reference, to="closed", outcome=outcome).data,
        )
        for outcome in closing_outcomes(case.status)
    ]


def agency_choices(case: Case, language: str) -> list[Response]:
    buttons = tuple(
        Button.postback(
            text(f"agency_{agency}", language), Postback("status", case=case.reference, to="referred", agency=agency).data
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
        choices = tuple(_outcome_buttons(case, language))
        return [Text(text("case_needs_outcome", language, reference=case.reference), quick_replies=choices)]
    if changed.result == Change.CHANGED_MEANWHILE:
        answer = text("case_changed_meanwhile", language, reference=case.reference, status=status)
        return [Text(answer)] + next_steps(case, language)
    tell_owner(context, case, case.owner_user_id, "owner_status_changed", status=str(case.status))
    news = news_of_status_change(changed.from_status, case.status, agency, outcome)
    if news is not None:
        queue_news(context.session, case, news.kind, context.now, **news.detail)
        if news.follow_up:
            queue_follow_up(context.session, case, context.now)
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
