"""Messages and taps from a user: danger first, then commands (bot/commands/table.py), then the user's
open flow, then enrolment codes, then a first message."""

from __future__ import annotations

from bot.commands.enrolment import enrol
from bot.commands.invites import asks_for_invite, start_invite
from bot.commands.limits import over_message_rate
from bot.commands.table import command_of, run_command
from bot.flows.declared import ENGINE
from bot.flows.engine import FlowContext
from bot.flows.inputs import UserInput, from_event
from bot.flows.intake_start import first_message, urgent_first
from bot.flows.language import follow_script
from bot.flows.tools import FlowTools
from bot.handlers.context import Context
from bot.jobs.reporter_news import news_for_reply
from bot.jobs.rerouting import retry_waiting_cases
from bot.line.responses import Response
from bot.speech.cards import help_message
from dispatch.staffing import looks_like_code
from dispatch.understanding import understand


def respond(context: Context) -> None:
    if context.user is None:
        return
    user_input = from_event(context.event)
    flow_context = FlowContext(
        session=context.session,
        user=context.user,
        now=context.now,
        data={},
        tools=FlowTools(context.services, context.session, context.user, context.now),
    )
    held_back = over_message_rate(flow_context, context.services.settings, user_input)
    if held_back is not None:
        context.reply(held_back)
        return
    answer = _answer(context, flow_context, user_input)
    context.reply(news_for_reply(context.session, context.user, context.now) + answer)


def _answer(context: Context, flow_context: FlowContext, user_input: UserInput) -> list[Response]:
    if user_input.kind == "text":
        follow_script(context.session, context.user, user_input.text, context.now)
    tap = command_of(user_input)
    if tap is None and user_input.kind == "text" and ENGINE.active(context.session, context.user) is None:
        found = understand(user_input.text)
        if found.danger is not None:  # before anything else: the numbers and an urgent case now
            return urgent_first(flow_context, ENGINE, found, user_input.text)
    answer = run_command(flow_context, tap) if tap is not None else None
    if answer is not None:
        return answer
    if asks_for_invite(user_input):
        return start_invite(flow_context, ENGINE)
    answer = ENGINE.handle(flow_context, user_input)
    if answer is not None:
        return answer
    if user_input.kind == "text" and looks_like_code(user_input.text):
        settings = context.services.settings

        def reroute() -> int:
            return retry_waiting_cases(context.session, context.now, settings.deadlines, settings.routing_max_km)

        return enrol(context.session, context.user, user_input.text, context.now, on_enrolled=reroute)
    started = first_message(flow_context, ENGINE, context.services.settings, user_input)
    if started is not None:
        return started
    return [help_message(context.language)]
