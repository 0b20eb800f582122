"""The reporter answers the question sent when their case was resolved: confirm and rate, or reopen."""

from __future__ import annotations

from collections.abc import Callable

from bot.flows.engine import FlowContext
from bot.line.render import render
from bot.line.responses import Button, Response, Text
from bot.postbacks import Postback
from bot.speech.cards import main_menu_buttons
from bot.speech.texts import text
from dispatch.audience import center_staff, reachable_owner
from dispatch.reporter_feedback import (
    CANCEL_REASONS,
    STARS,
    Feedback,
    FeedbackOutcome,
    cancel_by_reporter,
    confirm,
    rate,
    reopen,
    reporters_case,
    settle,
)
from models.cases import Case
from models.outbox import enqueue_multicast, enqueue_to_user


def _not_now(context: FlowContext, outcome: FeedbackOutcome) -> list[Response] | None:
    """The answer when the reporter's tap cannot be taken, else None."""
    language = context.language
    if outcome.result == Feedback.REFUSED:
        return [Text(text("case_refused", language))]
    case = outcome.case
    if outcome.result == Feedback.NOT_RESOLVED:
        status = text(f"status_{case.status}", language)
        return [Text(text("feedback_not_resolved", language, reference=case.reference, status=status))]
    if outcome.result == Feedback.TOO_LATE:
        again = Button.postback(text("button_report_again", language), Postback("report").data)
        return [Text(text("reopen_too_late", language, reference=case.reference), quick_replies=(again,))]
    return None


def rating_buttons(case: Case, language: str) -> tuple[Button, ...]:
    return tuple(
        Button.postback(text(f"stars_{stars}", language), Postback("rate", case=case.reference, stars=stars).data)
        for stars in STARS
    )


def confirm_case(context: FlowContext, reference: str) -> list[Response]:
    outcome = confirm(context.session, context.user, reference, context.now)
    answer = _not_now(context, outcome)
    if answer is not None:
        return answer
    case = outcome.case
    if case.rating is not None:
        return [Text(text("feedback_thanks", context.language, reference=case.reference))]
    return [
        Text(text("rate_question", context.language, reference=case.reference), rating_buttons(case, context.language))
    ]


def rate_case(context: FlowContext, reference: str, stars: str) -> list[Response]:
    outcome = rate(context.session, context.user, reference, stars, context.now)
    answer = _not_now(context, outcome)
    if answer is not None:
        return answer
    case = outcome.case
    if outcome.result == Feedback.BAD_RATING:
        return [
            Text(
                text("rate_question", context.language, reference=case.reference),
                rating_buttons(case, context.language),
            )
        ]
    if outcome.result == Feedback.ALREADY:
        return [Text(text("feedback_thanks", context.language, reference=case.reference))]
    return [Text(text("rate_thanks", context.language, stars=case.rating))]


def reopen_case(context: FlowContext, reference: str) -> list[Response]:
    outcome = reopen(context.session, context.user, reference, context.now)
    answer = _not_now(context, outcome)
    if answer is not None:
        return answer
    case = outcome.case
    center = case.center
    phone = center.phone if center and center.phone else "1300"
    if outcome.result == Feedback.ALREADY:
        status = text(f"status_{case.status}", context.language)
        return [Text(text("feedback_not_resolved", context.language, reference=case.reference, status=status))]
    _alert_owner(context, case)
    return [Text(text("reopened", context.language, reference=case.reference, phone=phone))]


def _alert_owner(context: FlowContext, case: Case) -> None:
    _tell_staff(context, case, lambda language: text("reopened_staff", language, reference=case.reference))


def _tell_staff(context: FlowContext, case: Case, say: Callable[[str], str]) -> None:
    """The owner hears first; when nobody owns the case any more, the center's staff do."""
    session = context.session
    owner = reachable_owner(session, case)
    language = owner.language or "th" if owner else "th"
    open_button = Button.postback(text("open_case", language), Postback("case", case=case.reference).data)
    message = render([Text(say(language), quick_replies=(open_button,))])
    if owner is not None:
        enqueue_to_user(session, owner.line_user_id, message, context.now)
    else:
        enqueue_multicast(session, center_staff(session, case.center_id), message, context.now)


def settle_case(context: FlowContext, reference: str) -> list[Response]:
    outcome = settle(context.session, context.user, reference, context.now)
    answer = _not_now(context, outcome)
    if answer is not None:
        return answer
    return [Text(text("settled", context.language, reference=outcome.case.reference))]


def cancel_case(context: FlowContext, reference: str, reason: str | None) -> list[Response]:
    """ยกเลิกเรื่อง from tracking: first the reasons as buttons, then the cancel itself; the owner
    (else the center's staff) hears of it with the reason."""
    language = context.language
    if not reason:
        case = reporters_case(context.session, context.user, reference, "cancel")
        if case is None:
            return [Text(text("case_refused", language))]
        buttons = tuple(
            Button.postback(
                text(f"cancel_reason_{option}", language),
                Postback("cancel_case", case=case.reference, reason=option).data,
            )
            for option in CANCEL_REASONS
        )
        return [Text(text("cancel_case_question", language, reference=case.reference), quick_replies=buttons)]
    outcome = cancel_by_reporter(context.session, context.user, reference, reason, context.now)
    if outcome.result == Feedback.REFUSED:
        return [Text(text("case_refused", language))]
    case = outcome.case
    if outcome.result in (Feedback.NOT_OPEN, Feedback.ALREADY, Feedback.BAD_RATING):
        status = text(f"status_{case.status}", language)
        return [Text(text("cancel_case_not_open", language, reference=case.reference, status=status))]
    _tell_staff(
        context,
        case,
        lambda staff_language: text(
            "cancelled_staff",
            staff_language,
            reference=case.reference,
            reason=text(f"cancel_reason_{reason}", staff_language),
        ),
    )
    return [
        Text(
            text("cancel_case_done", language, reference=case.reference),
            quick_replies=main_menu_buttons(language),
        )
    ]
