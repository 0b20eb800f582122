"""What follows an agency's answer on its referral page: the case's owner (else the center's staff)
and the staff member who referred hear it in LINE, with buttons to act; the reporter hears the news
that matters to them (the agency took it on, or did it)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.line.render import render
from bot.line.responses import Button, Text
from bot.speech.texts import text
from dispatch.audience import may_act_on, owner_or_center
from dispatch.reporter_news import queue_news
from models.cases import Case
from models.outbox import enqueue_to_user
from models.referrals import Referral, ReferralState
from models.users import User

TOLD_TO_REPORTER = {ReferralState.ACCEPTED: "referral_accepted", ReferralState.DONE: "referral_done"}


def staff_of_referral(session: Session, case: Case, referral: Referral) -> list[User]:
    """The owner (while they may act on the case; else the center's staff) and the referrer, once each."""
    line_ids = list(owner_or_center(session, case))
    referrer = referral.referred_by
    if referrer is not None and referrer.following and may_act_on(session, referrer, case):
        line_ids.append(referrer.line_user_id)
    users = []
    for line_id in dict.fromkeys(line_ids):
        user = session.scalar(select(User).where(User.line_user_id == line_id))
        if user is not None:
            users.append(user)
    return users


def tell_answer(session: Session, referral: Referral, step: str, now: datetime) -> None:
    """`step`: received, accepted, declined or done."""
    case, agency = referral.case, referral.agency
    if case is None or agency is None:
        return
    for user in staff_of_referral(session, case, referral):
        language = user.language or "th"
        note = text("referral_note_line", language, note=referral.agency_note[:300]) if referral.agency_note else ""
        values = {"agency": agency.name, "reference": case.reference}
        said = text(f"referral_owner_{step}", language, **values, **({} if step == "received" else {"note": note}))
        buttons = [Button.postback(text("open_case", language), f"action=case&case={case.reference}")]
        if step == ReferralState.DECLINED:
            buttons.insert(0, Button.postback(text("step_referred", language), f"action=refer&case={case.reference}"))
        if step == ReferralState.DONE:
            buttons.insert(
                0, Button.postback(text("step_resolved", language), f"action=status&case={case.reference}&to=resolved")
            )
        enqueue_to_user(session, user.line_user_id, render([Text(said, tuple(buttons))]), now)
    news = TOLD_TO_REPORTER.get(step)  # type: ignore[call-overload]
    if news is not None:
        queue_news(session, case, news, now, agency_name=agency.name)
