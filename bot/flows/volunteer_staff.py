"""Staff and volunteers: approving applications, suspending, มอบหมายอาสา on a case (the nearest
available, or one from a short list with distances) and a center's automatic offers."""

from __future__ import annotations

from bot.flows.engine import FlowContext
from bot.flows.volunteer_cards import volunteer_card
from bot.flows.volunteer_notices import tell
from bot.flows.volunteer_work import rules_of
from bot.render import render
from bot.responses import Button, Carousel, Response, Text
from bot.texts import text
from dispatch.case_actions import case_for_staff
from dispatch.volunteer_offers import (
    Assign,
    auto_offer_on,
    offer_next,
    set_auto_offer,
    short_list,
    withdraw_for_suspension,
)
from dispatch.volunteers import Decision, center_for_staff, centers_for_staff, decide, volunteers_of_centers
from models.outbox import enqueue_to_user
from models.users import User

LIST_LIMIT = 10


def decide_volunteer(context: FlowContext, volunteer_id: str, decision: Decision) -> list[Response]:
    language = context.language
    outcome = decide(context.session, context.user, volunteer_id, decision, context.now)
    if outcome.refused:
        return [Text(text("case_refused", language))]
    volunteer = outcome.volunteer
    if not outcome.done:
        state = text(f"vol_state_{volunteer.status}", language)
        return [Text(text("vol_decided_meanwhile", language, name=volunteer.name, state=state))]
    user = context.session.get(User, volunteer.user_id)
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
                text("vol_assign_nearest", language), f"action=vol_assign&case={case.reference}&to=nearest"
            ),
        )
        buttons += tuple(
            Button.postback(
                text("vol_assign_pick", language, number=number, km=f"{candidate.distance_km:.1f}"),
                f"action=vol_assign&case={case.reference}&to={candidate.volunteer_id}",
            )
            for number, candidate in enumerate(found, start=1)
        )
        message = text("vol_assign_choose", language, reference=case.reference) + "\n" + "\n".join(lines)
        return [Text(message, quick_replies=buttons)]
    chosen = int(to) if to.isdigit() else None
    if to != "nearest" and chosen is None:
        return [Text(text("reask_choice", language))]
    result, notices = offer_next(context.session, case.id, context.now, rules, by=context.user, to=chosen)
    tell(context.session, notices, context.now)
    if result == Assign.OFFERED:
        offer = notices.offers[0]
        return [Text(text("vol_assign_offered", language, reference=case.reference, km=f"{offer.distance_km:.1f}"))]
    return [Text(text(f"vol_assign_{result}", language, reference=case.reference))]


def volunteer_list(context: FlowContext) -> list[Response] | None:
    """อาสาสมัคร for staff: their centers' volunteers (applications first) and automatic offers."""
    language = context.language
    centers = centers_for_staff(context.session, context.user)
    if not centers:
        return None
    volunteers = volunteers_of_centers(context.session, [center.id for center in centers], LIST_LIMIT)
    toggles = tuple(
        Button.postback(
            text("vol_auto_off" if auto_offer_on(context.session, center.id) else "vol_auto_on", language)
            + (f" {center.code}" if len(centers) > 1 else ""),
            f"action=vol_auto&center={center.code}&on={0 if auto_offer_on(context.session, center.id) else 1}",
        )
        for center in centers[:12]
    )
    states = ", ".join(
        f"{center.name}: "
        + text("vol_auto_state_on" if auto_offer_on(context.session, center.id) else "vol_auto_state_off", language)
        for center in centers[:12]
    )
    heading = Text(text("vol_list_heading", language, count=len(volunteers), states=states), quick_replies=toggles)
    if not volunteers:
        return [Text(text("vol_list_empty", language) + "\n" + heading.text, quick_replies=toggles)]
    cards = tuple(volunteer_card(volunteer, language) for volunteer in volunteers)
    return [Carousel(alt_text=text("vol_list_alt", language), cards=cards), heading]


def toggle_auto(context: FlowContext, code: str, on: str) -> list[Response]:
    language = context.language
    center = center_for_staff(context.session, context.user, code)
    if center is None:
        return [Text(text("case_refused", language))]
    set_auto_offer(context.session, center, on == "1", context.user, context.now)
    return [Text(text("vol_auto_now_on" if on == "1" else "vol_auto_now_off", language, center=center.name))]
