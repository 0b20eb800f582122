"""The volunteer commands (words and postbacks) and which function answers each."""

from __future__ import annotations

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
from bot.flows.engine import FlowContext, FlowEngine
from bot.flows.volunteer_register import start_registration
from bot.line.responses import Response
from dispatch.volunteers import Decision

VOLUNTEER_WORDS = {
    "สมัครอาสาสมัคร": "volunteer_register",
    "สมัครอาสา": "volunteer_register",
    "งานที่เสนอ": "vol_offers",
    "งานของฉัน": "vol_mine",
    "รายงานผลการเยี่ยม": "vol_report",
    "พร้อมรับงาน/พัก": "vol_toggle",
    "อาสาสมัคร": "volunteers",
}
# Answers that leave the user's open flow where it was (it is asked again after them).
_KEEPS_FLOW = frozenset(
    {
        "vol_offers",
        "vol_mine",
        "vol_toggle",
        "vol_accept",
        "vol_decline",
        "vol_details",
        "vol_approve",
        "vol_reject",
        "vol_suspend",
        "vol_reinstate",
        "vol_assign",
        "vol_auto",
        "volunteers",
    }
)


def volunteer_command(
    context: FlowContext, engine: FlowEngine, command: str | None, data: dict[str, str]
) -> list[Response] | None:
    """The answer to a volunteer command; None when `command` is not one."""
    answer = _answer(context, engine, command, data)
    if answer is not None and command in _KEEPS_FLOW:
        return answer + engine.reprompt(context)
    return answer


def _answer(
    context: FlowContext, engine: FlowEngine, command: str | None, data: dict[str, str]
) -> list[Response] | None:
    offer = data.get("offer", "")
    if command == "volunteer_register":
        return start_registration(context, engine)
    if command == "vol_offers":
        return offered_work(context)
    if command == "vol_mine":
        return my_work(context)
    if command == "vol_toggle":
        return toggle_available(context)
    if command in ("vol_accept", "vol_decline"):
        return answer_offer(context, offer, accepted=command == "vol_accept")
    if command == "vol_details":
        return show_details(context, offer)
    if command == "vol_report":
        return start_visit_report(context, offer, engine)
    if command == "vol_hand_back":
        return start_hand_back(context, offer, engine)
    if command in ("vol_approve", "vol_reject", "vol_suspend", "vol_reinstate"):
        return decide_volunteer(context, data.get("v", ""), Decision(command.removeprefix("vol_")))
    if command == "vol_assign":
        return assign_volunteer(context, data.get("case", ""), data.get("to"))
    if command == "vol_auto":
        return toggle_auto(context, data.get("center", ""), data.get("on", ""))
    if command == "volunteers":
        return volunteer_list(context, data.get("page", ""))
    return None
