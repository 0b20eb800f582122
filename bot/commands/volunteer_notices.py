"""Telling people what a change in the offers means: the new offer to its volunteer, the staff when no
volunteer is left, a volunteer whose offer was withdrawn; and the scheduler's offer sweep."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from bot.commands.volunteer_cards import case_area, offer_card
from bot.line.render import render
from bot.line.responses import Button, Text
from bot.speech.texts import text
from dispatch.case_actions import cases_in, scope_filter
from dispatch.volunteer_offers import Notices, OfferRules, expire_offers
from dispatch.volunteers import staff_over_center
from models.cases import Case
from models.messaging import Priority
from models.outbox import enqueue_multicast, enqueue_to_user
from models.users import User
from models.volunteers import OfferState, Volunteer


def _volunteer_user(session: Session, volunteer_id: int) -> User | None:
    volunteer = session.get(Volunteer, volunteer_id)
    user = session.get(User, volunteer.user_id) if volunteer else None
    return user if user is not None and user.following else None


def staff_to_tell(session: Session, case: Case) -> list[str]:
    """The case's owner while they still follow and may act on the case (active staff of its center,
    or a supervisor over it); else the center's active staff. Someone removed hears nothing more."""
    if case.owner_user_id:
        owner = session.get(User, case.owner_user_id)
        if owner is not None and owner.following and may_act_on(session, owner, case):
            return [owner.line_user_id]
    return staff_over_center(session, case.center_id) if case.center_id else []


def owner_and_center(session: Session, case: Case) -> list[str]:
    """The owner (while they may act on the case) and the center's staff, once each: both hear what a
    volunteer does with the case."""
    center = staff_over_center(session, case.center_id) if case.center_id else []
    return list(dict.fromkeys([*staff_to_tell(session, case), *center]))


def may_act_on(session: Session, user: User, case: Case) -> bool:
    scope = scope_filter(session, user, cases=True)
    return scope is not None and session.scalar(cases_in(scope).where(Case.id == case.id).limit(1)) is not None


def tell(session: Session, notices: Notices, now: datetime) -> int:
    told = 0
    for offer in notices.offers:
        user = _volunteer_user(session, offer.volunteer_id)
        if user is None:
            continue
        case = session.get(Case, offer.case_id)
        intro = Text(text("vol_offer_intro", user.language))
        offer_messages = render([intro, offer_card(session, offer, case, user.language)])
        # Offers still go when the monthly quota runs low: a volunteer's visit is the help itself.
        enqueue_to_user(session, user.line_user_id, offer_messages, now, priority=Priority.HIGH)
        told += 1
    for offer in notices.withdrawn:
        user = _volunteer_user(session, offer.volunteer_id)
        if user is None:
            continue
        case = session.get(Case, offer.case_id)
        message = text("vol_offer_withdrawn", user.language, area=case_area(session, case))
        enqueue_to_user(session, user.line_user_id, render([Text(message)]), now)
        told += 1
    for offer in notices.moved:
        user = _volunteer_user(session, offer.volunteer_id)
        if user is None:
            continue
        case = session.get(Case, offer.case_id)
        key = "vol_offer_moved_held" if offer.state == OfferState.RELEASED else "vol_offer_moved"
        message = text(key, user.language, area=case_area(session, case))
        enqueue_to_user(session, user.line_user_id, render([Text(message)]), now)
        told += 1
    for case in notices.nobody_left:
        message = Text(
            text("vol_nobody_left", "th", reference=case.reference),
            quick_replies=(Button.postback(text("open_case", "th"), f"action=case&case={case.reference}"),),
        )
        enqueue_multicast(session, staff_to_tell(session, case), render([message]), now)
        told += 1
    return told


def volunteer_sweep(session: Session, now: datetime, rules: OfferRules) -> int:
    """The scheduler's job: expired offers move on, closed cases free their volunteers, centers with
    automatic offers get theirs; everyone concerned is told in the same transaction."""
    return tell(session, expire_offers(session, now, rules), now)
