"""The per-user limits as the user and staff hear of them (decisions in dispatch/limits.py)."""

from __future__ import annotations

from datetime import timedelta

from bot.flows.engine import FlowContext
from bot.flows.inputs import UserInput
from bot.line.render import render
from bot.line.responses import Response, Text
from bot.speech.cards import emergency_card
from bot.speech.texts import text
from config import Settings
from dispatch.audience import center_staff
from dispatch.case_actions import is_staff
from dispatch.limits import MessageRate, Pace, ReportLimit, note_message, reports_made, should_tell_staff_of_burst
from dispatch.understanding import understand
from dispatch.volunteers import approved_volunteer
from models.outbox import enqueue_multicast


def _message_rate(settings: Settings) -> MessageRate:
    return MessageRate(settings.message_rate_limit, timedelta(seconds=settings.message_rate_window_seconds))


def _is_danger_answer(user_input: UserInput, language: str) -> bool:
    """The one thing a flood limit must never swallow: "someone is in danger", tapped or typed in
    any words the understanding recognises (dispatch/understanding.py)."""
    if user_input.kind == "postback":
        return user_input.data.get("s") == "danger" and user_input.choice == "yes"
    if user_input.kind != "text":
        return False
    if user_input.text in {text("danger_yes", "th"), text("danger_yes", language)}:
        return True
    return understand(user_input.text).danger is not None


def over_message_rate(context: FlowContext, settings: Settings, user_input: UserInput) -> list[Response] | None:
    """None to go on as usual; else what to answer instead (the one "please slow down" of the window,
    with the emergency numbers, or nothing at all)."""
    pace = note_message(context.user, context.now, _message_rate(settings))
    if pace is Pace.NORMAL or _is_danger_answer(user_input, context.language):
        return None
    if is_staff(context.session, context.user) or approved_volunteer(context.session, context.user):
        return None  # enrolled people working through a list tap fast; the limit is for the public
    if pace is Pace.SLOW_DOWN:
        return [Text(text("slow_down", context.language)), emergency_card(context.language)]
    return []


def refuse_report_over_limit(context: FlowContext, settings: Settings) -> list[Response] | None:
    """None when the user may start another report; else the polite refusal with the 1300 hotline.
    Staff of the user's latest case hear of the burst once a day."""
    limit = ReportLimit(settings.report_limit_per_hour, settings.report_limit_per_day)
    made = reports_made(context.session, context.user, context.now)
    if not made.reached(limit):
        return None
    latest = made.latest
    if latest is not None and latest.center_id is not None and should_tell_staff_of_burst(context.user, context.now):
        staff = center_staff(context.session, latest.center_id)
        if staff:
            notice = Text(
                text("report_burst_staff", "th", count=made.last_day, reference=latest.reference)
            )
            enqueue_multicast(context.session, staff, render([notice]), context.now)
    return [Text(text("report_limit", context.language)), emergency_card(context.language)]
