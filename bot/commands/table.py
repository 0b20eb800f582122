"""Every one-tap command (a button's postback, a rich-menu tap or a command word) and what answers it,
in one table.

A command's answer is followed by the user's open flow asked again (`reprompt`), unless the command
starts a flow itself. A command that does not apply to this user (a staff command from a citizen; a
list answered with None) is passed on: the open flow, an enrolment code or the first message answer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.commands.case_actions import acknowledge_case, change_case_status
from bot.commands.case_card import open_case, search_page
from bot.commands.case_lists import new_cases, unrouted_list
from bot.commands.case_work import day_summary, merge_cases, overdue_list, start_duplicate, start_note, transfer_to
from bot.commands.duplicate_hints import not_duplicate
from bot.commands.invites import start_invite
from bot.commands.limits import refuse_report_over_limit
from bot.commands.register_commands import (
    REGISTER_WORDS,
    buddy_step,
    check_in_step,
    close_step,
    counts_view,
    people_view,
    person_view,
)
from bot.commands.tracking import tracking
from bot.commands.volunteer_commands import VOLUNTEER_WORDS
from bot.commands.volunteer_staff import assign_volunteer, decide_volunteer, toggle_auto, volunteer_list
from bot.commands.volunteer_work import (
    answer_offer,
    my_work,
    offered_work,
    show_details,
    start_hand_back,
    start_visit_report,
    toggle_available,
)
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
from bot.flows.inputs import UserInput
from bot.flows.language import choose_language
from bot.flows.referral import referral_list, start_referral, withdraw_referral
from bot.flows.register_person import start_register
from bot.flows.reporter_feedback import cancel_case, confirm_case, rate_case, reopen_case, settle_case
from bot.flows.volunteer_register import start_registration
from bot.line.responses import Button, Response, Text
from bot.postbacks import Postback, decode
from bot.speech.texts import text
from dispatch.case_actions import is_staff
from dispatch.understanding import command_word
from dispatch.volunteers import Decision, parse_id

Answer = Callable[[FlowContext, Postback], list[Response] | None]


@dataclass(frozen=True)
class Command:
    answer: Answer
    reprompt: bool = True
    staff_only: bool = False


def _report(context: FlowContext, _tap: Postback) -> list[Response]:
    refused = refuse_report_over_limit(context, context.tools.services.settings)
    return refused if refused is not None else ENGINE.start(context, "report")


def _console(context: FlowContext, _tap: Postback) -> list[Response]:
    return console_link(context.tools.services.settings.public_base_url, context.language)


def console_link(public_base_url: str, language: str) -> list[Response]:
    """For staff and supervisors: a button that opens the web console (LINE opens it in its in-app
    browser, where LINE Login usually needs no screen). Others get the usual help instead."""
    url = public_base_url.rstrip("/") + "/console/"
    button = Button(label=text("console_button", language), kind="uri", uri=url)
    return [Text(text("console_link", language), quick_replies=(button,))]


def _decide(decision: Decision) -> Command:
    return Command(lambda context, tap: decide_volunteer(context, tap.get("v"), decision))


def _answer_offer(accepted: bool) -> Command:
    return Command(lambda context, tap: answer_offer(context, tap.get("offer"), accepted=accepted))


COMMANDS: dict[str, Command] = {
    # everyone
    "report": Command(_report, reprompt=False),
    "track": Command(lambda context, _tap: tracking(context.session, context.user, context.now)),
    "invite": Command(lambda context, _tap: start_invite(context, ENGINE), reprompt=False),
    "language": Command(lambda context, tap: choose_language(context, tap.fields.get("v"))),
    # the reporter, about their case
    "confirm": Command(lambda context, tap: confirm_case(context, tap.get("case"))),
    "rate": Command(lambda context, tap: rate_case(context, tap.get("case"), tap.get("stars"))),
    "reopen": Command(lambda context, tap: reopen_case(context, tap.get("case"))),
    "cancel_case": Command(lambda context, tap: cancel_case(context, tap.get("case"), tap.fields.get("reason"))),
    "settle": Command(lambda context, tap: settle_case(context, tap.get("case"))),
    # staff and supervisors: lists
    "new_cases": Command(lambda context, tap: new_cases(context, tap.page())),
    "unrouted": Command(lambda context, tap: unrouted_list(context, tap.page())),
    "overdue": Command(lambda context, tap: overdue_list(context, tap.page())),
    "today": Command(lambda context, _tap: day_summary(context)),
    "console": Command(_console, staff_only=True),
    "search": Command(lambda context, _tap: ENGINE.start(context, "search"), reprompt=False, staff_only=True),
    "search_page": Command(lambda context, tap: search_page(context, tap.get("q"), tap.page()), staff_only=True),
    # staff and supervisors: a case
    "case": Command(lambda context, tap: open_case(context, tap.get("case"))),
    "ack": Command(lambda context, tap: acknowledge_case(context, tap.get("case"))),
    "status": Command(
        lambda context, tap: change_case_status(
            context, tap.get("case"), tap.get("to"), tap.fields.get("outcome"), tap.fields.get("agency")
        )
    ),
    "note": Command(lambda context, tap: start_note(context, tap.get("case"), ENGINE), reprompt=False),
    "duplicate": Command(lambda context, tap: start_duplicate(context, tap.get("case"), ENGINE), reprompt=False),
    "merge": Command(lambda context, tap: merge_cases(context, tap.get("case"), tap.get("into"))),
    "not_dup": Command(lambda context, tap: not_duplicate(context, tap.get("case"), tap.get("of"))),
    "transfer": Command(lambda context, tap: transfer_to(context, tap.get("case"), tap.fields.get("to"))),
    "refer": Command(lambda context, tap: start_referral(context, tap.get("case"), ENGINE), reprompt=False),
    "referrals": Command(lambda context, tap: referral_list(context, tap.get("case"))),
    "refer_withdraw": Command(lambda context, tap: withdraw_referral(context, tap.get("referral"))),
    # volunteers
    "volunteer_register": Command(lambda context, _tap: start_registration(context, ENGINE), reprompt=False),
    "vol_offers": Command(lambda context, _tap: offered_work(context)),
    "vol_mine": Command(lambda context, _tap: my_work(context)),
    "vol_toggle": Command(lambda context, _tap: toggle_available(context)),
    "vol_accept": _answer_offer(accepted=True),
    "vol_decline": _answer_offer(accepted=False),
    "vol_details": Command(lambda context, tap: show_details(context, tap.get("offer"))),
    "vol_report": Command(lambda context, tap: start_visit_report(context, tap.get("offer"), ENGINE), reprompt=False),
    "vol_hand_back": Command(lambda context, tap: start_hand_back(context, tap.get("offer"), ENGINE), reprompt=False),
    # staff about volunteers
    "vol_approve": _decide(Decision.APPROVE),
    "vol_reject": _decide(Decision.REJECT),
    "vol_suspend": _decide(Decision.SUSPEND),
    "vol_reinstate": _decide(Decision.REINSTATE),
    "vol_assign": Command(lambda context, tap: assign_volunteer(context, tap.get("case"), tap.fields.get("to"))),
    "vol_auto": Command(lambda context, tap: toggle_auto(context, tap.get("center"), tap.get("on"))),
    "volunteers": Command(lambda context, tap: volunteer_list(context, tap.get("page"))),
    # the register of vulnerable people: staff, supervisors and buddies
    "reg_new": Command(
        lambda context, tap: start_register(context, ENGINE, tap.fields.get("household")), reprompt=False
    ),
    "reg_view": Command(lambda context, _tap: counts_view(context)),
    "reg_mine": Command(lambda context, _tap: people_view(context, "mine")),
    "reg_list": Command(lambda context, tap: people_view(context, tap.get("which"))),
    "reg_person": Command(lambda context, tap: person_view(context, parse_id(tap.fields.get("p")))),
    "reg_buddy": Command(lambda context, tap: buddy_step(context, parse_id(tap.fields.get("p")), tap.fields.get("to"))),
    "reg_ci": Command(
        lambda context, tap: check_in_step(context, parse_id(tap.fields.get("p")), tap.get("m"), tap.fields.get("o"))
    ),
    "reg_close": Command(lambda context, tap: close_step(context, parse_id(tap.fields.get("p")), tap.fields.get("r"))),
}

COMMAND_WORDS: tuple[tuple[frozenset[str], str], ...] = (
    (REPORT_WORDS, "report"),
    (TRACK_WORDS, "track"),
    (NEW_CASES_WORDS, "new_cases"),
    (SEARCH_WORDS, "search"),
    (OVERDUE_WORDS, "overdue"),
    (TODAY_WORDS, "today"),
    (UNROUTED_WORDS, "unrouted"),
    (CONSOLE_WORDS, "console"),
)
# Polite particles, spaces, case, a slipped letter, English: "ขอความช่วยเหลือค่ะ", "help".
TOLERANT_WORDS = {"report": "report", "track": "track", "language": "language", "volunteer": "volunteer_register"}


def command_of(user_input: UserInput) -> Postback | None:
    """The command a tap or a message asks for, with its fields; None when it is not a command."""
    if user_input.kind == "postback":
        return decode(user_input.text)
    if user_input.kind != "text":
        return None
    for words, action in COMMAND_WORDS:
        if user_input.text in words:
            return Postback(action)
    if user_input.text in VOLUNTEER_WORDS:
        return Postback(VOLUNTEER_WORDS[user_input.text])
    if user_input.text in REGISTER_WORDS:
        return Postback(REGISTER_WORDS[user_input.text])
    tolerant = TOLERANT_WORDS.get(command_word(user_input.text) or "")
    return Postback(tolerant) if tolerant else None


def run_command(context: FlowContext, tap: Postback) -> list[Response] | None:
    """The answer to `tap` (with the open flow asked again where it stays open); None when the table
    has no such command or it does not apply to this user."""
    command = COMMANDS.get(tap.action)
    if command is None or (command.staff_only and not is_staff(context.session, context.user)):
        return None
    answer = command.answer(context, tap)
    if answer is None:
        return None
    return answer + ENGINE.reprompt(context) if command.reprompt else answer
