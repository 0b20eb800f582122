"""Messages and taps from a user: commands first, then the user's open flow, then enrolment codes."""

from __future__ import annotations

from bot.commands.case_actions import acknowledge_case, change_case_status
from bot.commands.case_card import open_case, search_page
from bot.commands.case_lists import new_cases, unrouted_list
from bot.commands.case_work import day_summary, merge_cases, overdue_list, start_duplicate, start_note, transfer_to
from bot.commands.duplicate_hints import not_duplicate
from bot.commands.enrolment import enrol
from bot.commands.invites import asks_for_invite, start_invite
from bot.commands.limits import over_message_rate, refuse_report_over_limit
from bot.commands.tracking import tracking
from bot.commands.volunteer_commands import VOLUNTEER_WORDS, volunteer_command
from bot.flows.declared import (
    CONSOLE_WORDS,
    ENGINE,
    NEW_CASES_WORDS,
    OVERDUE_WORDS,
    REPORT_WORDS,
    SEARCH_WORDS,
    TODAY_WORDS,
    TRACK_WORDS,
    UNROUTED_WORDS,
)
from bot.flows.engine import FlowContext
from bot.flows.inputs import UserInput, from_event
from bot.flows.intake_start import first_message, urgent_first
from bot.flows.reporter_feedback import cancel_case, confirm_case, rate_case, reopen_case, settle_case
from bot.flows.tools import FlowTools
from bot.handlers.context import Context
from bot.jobs.reporter_news import news_for_reply
from bot.jobs.rerouting import retry_waiting_cases
from bot.line.responses import Button, Response, Text
from bot.speech.cards import help_message
from bot.speech.texts import text
from dispatch.case_actions import is_staff
from dispatch.staffing import looks_like_code
from dispatch.understanding import command_word, understand


def command_of(user_input: UserInput) -> str | None:
    if user_input.kind == "postback":
        return user_input.data.get("action")
    if user_input.kind == "text":
        if user_input.text in REPORT_WORDS:
            return "report"
        if user_input.text in TRACK_WORDS:
            return "track"
        if user_input.text in NEW_CASES_WORDS:
            return "new_cases"
        if user_input.text in SEARCH_WORDS:
            return "search"
        if user_input.text in OVERDUE_WORDS:
            return "overdue"
        if user_input.text in TODAY_WORDS:
            return "today"
        if user_input.text in UNROUTED_WORDS:
            return "unrouted"
        if user_input.text in CONSOLE_WORDS:
            return "console"
        if user_input.text in VOLUNTEER_WORDS:
            return VOLUNTEER_WORDS[user_input.text]
        # Polite particles, spaces, case, a slipped letter, English: "ขอความช่วยเหลือค่ะ", "help".
        tolerant = command_word(user_input.text)
        if tolerant in ("report", "track"):
            return tolerant
        if tolerant == "volunteer":
            return "volunteer_register"
    return None


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
    command = command_of(user_input)
    if command is None and user_input.kind == "text" and ENGINE.active(context.session, context.user) is None:
        found = understand(user_input.text)
        if found.danger is not None:  # before anything else: the numbers and an urgent case now
            return urgent_first(flow_context, ENGINE, found, user_input.text)
    volunteer_answer = volunteer_command(flow_context, ENGINE, command, user_input.data)
    if volunteer_answer is not None:
        return volunteer_answer
    if command == "report":
        refused = refuse_report_over_limit(flow_context, context.services.settings)
        return refused if refused is not None else ENGINE.start(flow_context, "report")
    if command == "track":
        return tracking(context.session, context.user, context.now) + ENGINE.reprompt(flow_context)
    if command in ("new_cases", "overdue", "today", "unrouted"):
        page = user_input.data.get("page", "0")
        page_number = int(page) if page.isdecimal() and len(page) <= 4 else 0
        if command == "new_cases":
            listing = new_cases(flow_context, page_number)
        elif command == "unrouted":
            listing = unrouted_list(flow_context, page_number)
        elif command == "overdue":
            listing = overdue_list(flow_context, page_number)
        else:
            listing = day_summary(flow_context)
        if listing is not None:
            return listing + ENGINE.reprompt(flow_context)
    if command == "console" and is_staff(context.session, context.user):
        return console_link(context.services.settings.public_base_url, context.language) + ENGINE.reprompt(
            flow_context
        )
    if command == "search" and is_staff(context.session, context.user):
        return ENGINE.start(flow_context, "search")
    if command == "search_page" and is_staff(context.session, context.user):
        page = user_input.data.get("page", "0")
        number = int(page) if page.isdecimal() and len(page) <= 4 else 0
        return search_page(flow_context, user_input.data.get("q", ""), number) + ENGINE.reprompt(flow_context)
    if command == "case":
        return open_case(flow_context, user_input.data.get("case", "")) + ENGINE.reprompt(flow_context)
    if command == "ack":
        return acknowledge_case(flow_context, user_input.data.get("case", "")) + ENGINE.reprompt(flow_context)
    reference = user_input.data.get("case", "")
    if command == "note":
        return start_note(flow_context, reference, ENGINE)
    if command == "duplicate":
        return start_duplicate(flow_context, reference, ENGINE)
    if command == "merge":
        into = user_input.data.get("into", "")
        return merge_cases(flow_context, reference, into) + ENGINE.reprompt(flow_context)
    if command == "not_dup":
        return not_duplicate(flow_context, reference, user_input.data.get("of", "")) + ENGINE.reprompt(flow_context)
    if command == "transfer":
        return transfer_to(flow_context, reference, user_input.data.get("to")) + ENGINE.reprompt(flow_context)
    if command == "confirm":
        return confirm_case(flow_context, reference) + ENGINE.reprompt(flow_context)
    if command == "rate":
        return rate_case(flow_context, reference, user_input.data.get("stars", "")) + ENGINE.reprompt(flow_context)
    if command == "reopen":
        return reopen_case(flow_context, reference) + ENGINE.reprompt(flow_context)
    if command == "cancel_case":
        return cancel_case(flow_context, reference, user_input.data.get("reason")) + ENGINE.reprompt(flow_context)
    if command == "settle":
        return settle_case(flow_context, reference) + ENGINE.reprompt(flow_context)
    if command == "status":
        data = user_input.data
        answer = change_case_status(
            flow_context, data.get("case", ""), data.get("to", ""), data.get("outcome"), data.get("agency")
        )
        return answer + ENGINE.reprompt(flow_context)
    if command == "invite" or asks_for_invite(user_input):
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


def console_link(public_base_url: str, language: str) -> list[Response]:
    """For staff and supervisors: a button that opens the web console (LINE opens it in its in-app
    browser, where LINE Login usually needs no screen). Others get the usual help instead."""
    url = public_base_url.rstrip("/") + "/console/"
    button = Button(label=text("console_button", language), kind="uri", uri=url)
    return [Text(text("console_link", language), quick_replies=(button,))]
