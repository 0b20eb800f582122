"""Telling people what a change in the offers means: the new offer to its volunteer, the staff when no
volunteer is left, a volunteer whose offer was withdrawn; and the scheduler's offer sweep."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from bot.commands.volunteer_cards import case_area, offer_card
from bot.line.render import render
from bot.line.responses import Button, Text
from bot.postbacks import Postback
from bot.speech.texts import text
from dispatch.audience import owner_or_center
from dispatch.volunteer_offers import Notices, OfferRules, expire_offers
from models.messaging import Priority
from models.outbox import enqueue_multicast, enqueue_to_user
from models.users import User
from models.volunteers import OfferState, Volunteer


def _volunteer_user(session: Session, volunteer_id: int) -> User | None:
    volunteer = session.get(Volunteer, volunteer_id)
    user = volunteer.user if volunteer else None
    return user if user is not None and user.following else None


def tell(session: Session, notices: Notices, now: datetime) -> int:
    told = 0
    for offer in notices.offers:
        user = _volunteer_user(session, offer.volunteer_id)
        if user is None:
            continue
        case = offer.case
        intro = Text(text("vol_offer_intro", user.language))
        offer_messages = render([intro, offer_card(session, offer, case, user.language)])
        # Offers still go when the monthly quota runs low: a volunteer's visit is the help itself.
        enqueue_to_user(session, user.line_user_id, offer_messages, now, priority=Priority.HIGH)
        told += 1
    for offer in notices.withdrawn:
        user = _volunteer_user(session, offer.volunteer_id)
        if user is None:
            continue
        case = offer.case
        message = text("vol_offer_withdrawn", user.language, area=case_area(session, case))
        enqueue_to_user(session, user.line_user_id, render([Text(message)]), now)
        told += 1
    for offer in notices.moved:
        user = _volunteer_user(session, offer.volunteer_id)
        if user is None:
            continue
        case = offer.case
        key = "vol_offer_moved_held" if offer.state == OfferState.RELEASED else "vol_offer_moved"
        message = text(key, user.language, area=case_area(session, case))
        enqueue_to_user(session, user.line_user_id, render([Text(message)]), now)
        told += 1
    for case in notices.nobody_left:
        message = Text(
            text("vol_nobody_left", "th", reference=case.reference),
            quick_replies=(Button.postback(text("open_case", "th"), Postback("case", case=case.reference).data),),
        )
        enqueue_multicast(session, owner_or_center(session, case), render([message]), now)
        told += 1
    return told


def volunteer_sweep(session: Session, now: datetime, rules: OfferRules) -> int:
    """The scheduler's job: expired offers move on, closed cases free their volunteers, centers with
    automatic offers get theirs; everyone concerned is told in the same transaction."""
    return tell(session, expire_offers(session, now, rules), now)
