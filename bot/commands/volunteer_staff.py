"""Staff and volunteers: approving applications, suspending, มอบหมายอาสา on a case (the nearest
available, or one from a short list with distances) and a center's automatic offers."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

import bot.line.graphemes as grapheme
from bot.commands.volunteer_cards import volunteer_card
from bot.commands.volunteer_notices import tell
from bot.commands.volunteer_work import rules_of
from bot.flows.engine import FlowContext
from bot.line.render import render
from bot.line.responses import Button, Carousel, Response, Text
from bot.postbacks import Postback
from bot.speech.texts import text
from dispatch.case_actions import case_for_staff
from dispatch.volunteer_offers import (
    Assign,
    offer_next,
    set_auto_offer,
    short_list,
    withdraw_for_suspension,
)
from dispatch.volunteers import Decision, center_for_staff, centers_for_staff, decide, parse_id, volunteers_page
from models.centers import Center
from models.outbox import enqueue_to_user
from models.volunteers import CenterVolunteerSettings

LIST_LIMIT = 10  # volunteer cards per page (a LINE carousel holds at most 12)
CENTERS_PER_PAGE = 12  # automatic-offer buttons per page, with ดูเพิ่ม: 13 quick replies, LINE's most
LABEL_LIMIT = 20  # graphemes in a quick-reply label
PAGE_DIGITS = 5
# How a center's name is shortened for a button: the common part goes, the area words shrink.
_SHORTER = (("ศูนย์ช่วยเหลือสังคม", ""), ("ตำบล", "ต."), ("อำเภอ", "อ."), ("จังหวัด", "จ."))


def decide_volunteer(context: FlowContext, volunteer_id: str, decision: Decision) -> list[Response]:
    language = context.language
    outcome = decide(context.session, context.user, volunteer_id, decision, context.now)
    if outcome.refused:
        return [Text(text("case_refused", language))]
    volunteer = outcome.volunteer
    if not outcome.done:
        state = text(f"vol_state_{volunteer.status}", language)
        return [Text(text("vol_decided_meanwhile", language, name=volunteer.name, state=state))]
    user = volunteer.user
    if decision == Decision.SUSPEND:
        tell(
            context.session,
            withdraw_for_suspension(context.session, volunteer, context.now, rules_of(context)),
            context.now,
        )
    if user is not None and user.following:
        enqueue_to_user(
            context.session, user.line_user_id, render([Text(text(f"vol_told_{decision}", user.language))]), context.now
        )
    return [Text(text(f"vol_done_{decision}", language, name=volunteer.name))]


def assign_volunteer(context: FlowContext, reference: str, to: str | None) -> list[Response]:
    """มอบหมายอาสา: without `to`, the short list; `to=nearest` or a volunteer's id makes the offer."""
    language = context.language
    case = case_for_staff(context.session, context.user, reference, "assign_volunteer")
    if case is None:
        return [Text(text("case_refused", language))]
    rules = rules_of(context)
    if not to:
        found = short_list(context.session, case, rules)
        if not found:
            return [Text(text("vol_assign_none", language, reference=case.reference))]
        lines = [
            text("vol_assign_line", language, number=number, name=candidate.name, km=f"{candidate.distance_km:.1f}")
            + ("" if candidate.own_center else " " + text("vol_other_center", language))
            for number, candidate in enumerate(found, start=1)
        ]
        buttons = (
            Button.postback(
                text("vol_assign_nearest", language), Postback("vol_assign", case=case.reference, to="nearest").data
            ),
        )
        buttons += tuple(
            Button.postback(
                text("vol_assign_pick", language, number=number, km=f"{candidate.distance_km:.1f}"),
                Postback("vol_assign", case=case.reference, to=candidate.volunteer_id).data,
            )
            for number, candidate in enumerate(found, start=1)
        )
        message = text("vol_assign_choose", language, reference=case.reference) + "\n" + "\n".join(lines)
        return [Text(message, quick_replies=buttons)]
    chosen = parse_id(to)
    if to != "nearest" and chosen is None:
        return [Text(text("reask_choice", language))]
    result, notices = offer_next(context.session, case.id, context.now, rules, by=context.user, to=chosen)
    tell(context.session, notices, context.now)
    if result == Assign.OFFERED:
        offer = notices.offers[0]
        return [Text(text("vol_assign_offered", language, reference=case.reference, km=f"{offer.distance_km:.1f}"))]
    return [Text(text(f"vol_assign_{result}", language, reference=case.reference))]


def volunteer_list(context: FlowContext, page: str = "") -> list[Response] | None:
    """อาสาสมัคร for staff: a page of their centers' volunteers (applications first) and a page of
    their centers with automatic offers on or off; ดูเพิ่ม turns both pages."""
    language = context.language
    number = parse_id(page, PAGE_DIGITS) or 0
    session = context.session
    centers = centers_for_staff(session, context.user, CENTERS_PER_PAGE + 1, number * CENTERS_PER_PAGE)
    if not centers and (number == 0 or not centers_for_staff(session, context.user, 1)):
        return None
    more_centers = len(centers) > CENTERS_PER_PAGE
    centers = centers[:CENTERS_PER_PAGE]
    volunteers, total = volunteers_page(session, context.user, LIST_LIMIT, number * LIST_LIMIT)
    first = number * CENTERS_PER_PAGE + 1 if number > 0 or len(centers) > 1 else 0  # 0: one center
    auto = _auto_on(session, centers)
    labels = _toggle_labels(centers, auto, language, first)
    buttons = tuple(
        Button.postback(labels[center.id], Postback("vol_auto", center=center.code, on=0 if auto[center.id] else 1).data)
        for center in centers
    )
    more_volunteers = (number + 1) * LIST_LIMIT < total
    if more_centers or more_volunteers:
        buttons += (Button.postback(text("show_more", language), Postback("volunteers", page=number + 1).data),)
    states = "".join(
        ("\n" + f"{index}) " if first else "")
        + f"{center.name}: "
        + text("vol_auto_state_on" if auto[center.id] else "vol_auto_state_off", language)
        for index, center in enumerate(centers, start=first)
    )
    message = text("vol_list_heading", language, count=total, states=states)
    if number > 0 or more_centers or more_volunteers:
        message += "\n" + text("vol_list_page", language, page=number + 1)
    if not volunteers:
        empty = text("vol_list_empty" if number == 0 else "vol_list_no_more", language)
        return [Text(empty + "\n" + message, quick_replies=buttons)]
    cards = tuple(volunteer_card(volunteer, language) for volunteer in volunteers)
    return [Carousel(alt_text=text("vol_list_alt", language), cards=cards), Text(message, quick_replies=buttons)]


def _auto_on(session: Session, centers: list[Center]) -> dict[int, bool]:
    ids = [center.id for center in centers]
    on = set(
        session.scalars(
            select(CenterVolunteerSettings.center_id).where(
                CenterVolunteerSettings.center_id.in_(ids), CenterVolunteerSettings.auto_offer.is_(True)
            )
        )
    )
    return {center.id: center.id in on for center in centers}


def _clip(value: str, limit: int) -> str:
    return value if grapheme.length(value) <= limit else grapheme.slice(value, 0, limit)


def short_name(name: str) -> str:
    for long, short in _SHORTER:
        name = name.replace(long, short)
    return " ".join(name.split())


def _toggle_labels(centers: list[Center], auto: dict[int, bool], language: str, first: int) -> dict[int, str]:
    """What each center's button says: with one center just the action; with several the center's
    number in the list above, its short name and the action, within LINE's 20 graphemes (the number
    keeps two look-alike names apart)."""
    actions = {c.id: text("vol_auto_off" if auto[c.id] else "vol_auto_on", language) for c in centers}
    if first == 0:
        return {c.id: _clip(actions[c.id], LABEL_LIMIT) for c in centers}
    labels = {}
    for number, center in enumerate(centers, start=first):
        room = max(LABEL_LIMIT - len(f"{number}  ") - grapheme.length(actions[center.id]), 1)
        name = _clip(short_name(center.name) or center.code, room)
        labels[center.id] = _clip(f"{number} {name} {actions[center.id]}", LABEL_LIMIT)
    return labels


def toggle_auto(context: FlowContext, code: str, on: str) -> list[Response]:
    language = context.language
    center = center_for_staff(context.session, context.user, code)
    if center is None:
        return [Text(text("case_refused", language))]
    set_auto_offer(context.session, center, on == "1", context.user, context.now)
    return [Text(text("vol_auto_now_on" if on == "1" else "vol_auto_now_off", language, center=center.name))]
