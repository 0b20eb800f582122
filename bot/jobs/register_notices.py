"""The check-in sweep's messages: the buddy's reminder with the two-tap check-in, the second
reminder of a missed one, and the one message to the center's staff when it stays missed. Nothing
is sent in quiet hours (the sweep holds each person till they end)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from bot.line.render import render
from bot.line.responses import Button, Text
from bot.speech.texts import text
from bot.speech.thai_dates import thai_date
from dispatch.audience import center_staff
from dispatch.deadlines import AlertPolicy, held_until
from dispatch.register import Rhythm
from dispatch.register_sweep import CheckInNotice, check_in_sweep
from models.outbox import enqueue_multicast, enqueue_to_user

# A check-in is not urgent: it waits out quiet hours like a case of normal urgency.
URGENCY = "normal"


def send_check_in_notices(session: Session, now: datetime, rhythm: Rhythm, policy: AlertPolicy) -> int:
    notices = check_in_sweep(session, now, rhythm, held_until(now, URGENCY, policy))
    for notice in notices:
        if notice.kind == "escalate":
            _tell_staff(session, notice, now)
        else:
            _remind_buddy(session, notice, now)
    return len(notices)


def _remind_buddy(session: Session, notice: CheckInNotice, now: datetime) -> None:
    person = notice.person
    buddy = person.buddy
    if buddy is None or not buddy.following:
        return
    language = buddy.language
    message = Text(
        text(
            f"reg_reminder_{notice.kind}",
            language,
            name=person.name,
            number=person.id,
            due=thai_date(person.next_check_in_due, language),
        ),
        (
            Button.postback(text("reg_check_in_visited", language), f"action=reg_ci&p={person.id}&m=visited"),
            Button.postback(text("reg_check_in_phoned", language), f"action=reg_ci&p={person.id}&m=phoned"),
            Button.postback(text("reg_view_person", language), f"action=reg_person&p={person.id}"),
        ),
    )
    enqueue_to_user(session, buddy.line_user_id, render([message]), now)


def _tell_staff(session: Session, notice: CheckInNotice, now: datetime) -> None:
    person = notice.person
    staff = center_staff(session, person.center_id)
    if not staff:
        return
    key = "reg_escalated" if person.buddy_user_id else "reg_escalated_no_buddy"
    message = Text(
        text(key, "th", number=person.id, due=thai_date(person.next_check_in_due, "th")),
        (
            Button.postback(text("reg_view_person", "th"), f"action=reg_person&p={person.id}"),
            Button.postback(text("reg_buddy_button", "th"), f"action=reg_buddy&p={person.id}"),
        ),
    )
    enqueue_multicast(session, staff, render([message]), now)
