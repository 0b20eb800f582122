"""The referral reminder sweep: a referral the agency has not acknowledged within the working days
allowed reminds the staff member who referred (else the case's owner or center staff), once; then,
as a case's deadlines do, its district and province supervisors at twice and four times the time.
Quiet hours and their exemption (urgent cases) are the deadline alerts' own (dispatch/deadlines.py).
Each reminder is a row under a unique key (referral, level) and a timeline entry. A referral to a
unit typed by hand (not in the directory) is never reminded: nobody there can acknowledge it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from bot.line.render import render
from bot.line.responses import Button, Text
from bot.speech.texts import text
from bot.speech.thai_dates import thai_datetime
from dispatch.audience import may_act_on, owner_or_center
from dispatch.deadlines import CENTER, AlertPolicy, Recipients, held_until
from dispatch.referrals import ReferralRules, claim_due_referrals, reminder_steps, reminders_done
from models.cases import Case, CaseEvent, CaseStatus
from models.messaging import Priority
from models.outbox import enqueue_multicast
from models.referrals import Referral, ReferralReminder, ReferralState

# A referral of a case that is closed or cancelled meanwhile reminds nobody.
FINISHED = frozenset({CaseStatus.CLOSED, CaseStatus.CANCELLED})


def _referrer_or_staff(session: Session, case: Case, referral: Referral) -> list[str]:
    referrer = referral.referred_by
    if referrer is not None and referrer.following and may_act_on(session, referrer, case):
        return [referrer.line_user_id]
    return owner_or_center(session, case)


def send_referral_reminders(session: Session, now: datetime, rules: ReferralRules, policy: AlertPolicy) -> int:
    sent = 0
    for referral in claim_due_referrals(session, now):
        case = referral.case
        typed_unit = referral.agency_id is None
        if typed_unit or referral.state != ReferralState.SENT or case is None or case.status in FINISHED:
            referral.next_reminder_at = None
            continue
        hold = held_until(now, case.urgency, policy)
        if hold is not None:
            referral.next_reminder_at = hold
            continue
        done = reminders_done(session, referral.id)
        steps = [step for step in reminder_steps(referral, rules) if step.level not in done]
        for step in (step for step in steps if step.due_at <= now):
            line_ids = (
                _referrer_or_staff(session, case, referral)
                if step.level == CENTER
                else Recipients.load(session, [case]).of(case, step.level)
            )
            session.add(
                ReferralReminder(
                    referral_id=referral.id, level=step.level, due_at=step.due_at, sent_at=now, recipients=len(line_ids)
                )
            )
            _remind(session, case, referral, step.level, line_ids, now)
            sent += 1
        referral.next_reminder_at = min((step.due_at for step in steps if step.due_at > now), default=None)
    return sent


def _remind(session: Session, case: Case, referral: Referral, level: str, line_ids: list[str], now: datetime) -> None:
    agency = referral.agency
    center = case.center
    name = referral.receiver_name
    kind = "referral_reminded" if level == CENTER else "referral_escalated"
    detail = {"referral": referral.id, "agency": name, "level": level, "recipients": len(line_ids)}
    session.add(CaseEvent(case_id=case.id, kind=kind, detail=detail, at=now))
    if not line_ids:
        return
    sent_at = thai_datetime(referral.sent_at, "th")
    if level == CENTER:
        said = text(
            "referral_reminder",
            "th",
            reference=case.reference,
            agency=name,
            sent=sent_at,
            phone=(agency.phone if agency else "") or "-",
        )
    else:
        said = text(
            "referral_escalation",
            "th",
            level=text(f"level_{level}", "th"),
            reference=case.reference,
            center=center.name if center else "-",
            agency=name,
            sent=sent_at,
        )
    buttons = (
        Button.postback(text("refer_list_button", "th"), f"action=referrals&case={case.reference}"),
        Button.postback(text("open_case", "th"), f"action=case&case={case.reference}"),
    )
    priority = Priority.HIGH if level != CENTER or case.urgency == "urgent" else Priority.NORMAL
    enqueue_multicast(session, line_ids, render([Text(said, buttons)]), now, priority=priority)
