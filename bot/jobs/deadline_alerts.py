"""The deadline sweep: a case past a deadline reminds its owner (or its center's staff), then goes up to
the district and province supervisors, each once, with the case card; every alert is in the timeline.

What is due when, who hears it and the claiming are in dispatch/deadlines.py; this module says it.
Alerts of cases that may wait are held through the quiet hours and sent at their end as one message
per recipient.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.line.render import render
from bot.line.responses import Card, Carousel, Response, Text
from bot.speech.cards import staff_card
from bot.speech.texts import text
from bot.speech.thai_dates import thai_datetime
from dispatch.deadlines import (
    CENTER,
    AlertKey,
    AlertPolicy,
    AlertStep,
    Recipients,
    alerts_done,
    claim_due_cases,
    claim_held_alerts,
    held_until,
    plan_alerts,
    stand_in,
    still_applies,
)
from models.cases import Case, CaseEvent
from models.messaging import Priority
from models.outbox import enqueue_multicast
from models.schedules import CaseAlert

DEFAULT_POLICY = AlertPolicy()
MAX_CARDS = 12  # LINE's carousel limit


def send_deadline_alerts(
    session: Session, now: datetime, policy: AlertPolicy = DEFAULT_POLICY, batch: int = 200
) -> int:
    """The scheduler's sweep. Returns how many alerts it dealt with (sent, held or released)."""
    count = _release_held(session, now, policy)
    cases = claim_due_cases(session, now, batch)
    done = alerts_done(session, [case.id for case in cases])
    recipients = Recipients.load(session, cases)
    for case in cases:
        due, next_at = plan_alerts(case, policy, now, done[case.id])
        for step in due:
            if step.key in done[case.id]:  # told already, standing in for a level with nobody in it
                continue
            hold = held_until(now, case.urgency, policy)
            if hold is None:
                count += _tell_now(session, case, step, now, policy, done[case.id], recipients)
                continue
            session.add(_alert_row(case, step, now, held_until=hold))
            done[case.id].add(step.key)
            count += 1
        case.next_alert_at = next_at
    return count


def _alert_row(case: Case, step: AlertStep, now: datetime, **values: object) -> CaseAlert:
    return CaseAlert(
        case_id=case.id,
        deadline=step.deadline,
        deadline_at=step.deadline_at,
        level=step.level,
        due_at=step.due_at,
        created_at=now,
        **values,
    )


def _tell_now(
    session: Session,
    case: Case,
    step: AlertStep,
    now: datetime,
    policy: AlertPolicy,
    done: set[AlertKey],
    recipients: Recipients,
) -> int:
    """Send one alert at once. A level with nobody in it is recorded, and its stand-in is told now."""
    line_ids = recipients.of(case, step.level)
    session.add(
        _alert_row(case, step, now, sent_at=now, outcome="sent" if line_ids else "unheard", recipients=len(line_ids))
    )
    done.add(step.key)
    _record(session, case, step.deadline, step.level, len(line_ids), now)
    if line_ids:
        for language, group in _by_language(recipients, line_ids).items():
            messages = [
                Text(_alert_text(recipients, case, step.deadline, step.level, language)),
                _card(recipients, case, language),
            ]
            enqueue_multicast(session, group, render(messages), now, priority=_priority(case.urgency, step.level))
        return 1
    above = stand_in(policy, step, done, now)
    return 1 if above is None else 1 + _tell_now(session, case, above, now, policy, done, recipients)


def _release_held(session: Session, now: datetime, policy: AlertPolicy) -> int:
    """Held alerts whose quiet hours are over: one message per recipient with all of theirs."""
    alerts = claim_held_alerts(session, now)
    if not alerts:
        return 0
    # Lock the cases (in id order: no deadlock between two releasing processes) so that a cascade
    # below and a concurrent sweep of the same case cannot both write the next level's alert.
    case_ids = sorted({alert.case_id for alert in alerts})
    cases = {
        case.id: case
        for case in session.scalars(select(Case).where(Case.id.in_(case_ids)).order_by(Case.id).with_for_update())
    }
    done = alerts_done(session, case_ids)
    recipients = Recipients.load(session, cases.values())
    waiting: dict[str, list[tuple[CaseAlert, Case]]] = defaultdict(list)
    count = 0
    for alert in alerts:
        case = cases[alert.case_id]
        if not still_applies(case, alert.deadline, alert.deadline_at):
            alert.outcome = "obsolete"  # acknowledged, visited or transferred during the night
            continue
        line_ids = recipients.of(case, alert.level)
        alert.outcome, alert.recipients = ("sent" if line_ids else "unheard"), len(line_ids)
        _record(session, case, alert.deadline, alert.level, len(line_ids), now, held_since=alert.due_at)
        count += 1
        for line_id in line_ids:
            waiting[line_id].append((alert, case))
        unheard = AlertStep(alert.deadline, alert.deadline_at, alert.level, alert.due_at)
        above = None if line_ids else stand_in(policy, unheard, done[case.id], now)
        if above is not None:
            count += _tell_now(session, case, above, now, policy, done[case.id], recipients)
    # Recipients with the same alerts (a center's staff) share one multicast.
    groups: dict[tuple[str, tuple[int, ...]], list[str]] = defaultdict(list)
    for line_id, items in waiting.items():
        groups[(recipients.language(line_id), tuple(alert.id for alert, _ in items))].append(line_id)
    for (language, _), line_ids in groups.items():
        items = waiting[line_ids[0]]
        priority = max((_priority(case.urgency, alert.level) for alert, case in items), key=_PRIORITY_ORDER.index)
        enqueue_multicast(session, line_ids, render(_combined(recipients, items, language)), now, priority=priority)
    return count


_PRIORITY_ORDER = (Priority.NORMAL, Priority.HIGH)


def _priority(urgency: str, level: str) -> Priority:
    """When the monthly quota runs low, escalations and reminders of urgent cases still go; the
    other reminders are held and counted in the next digest."""
    return Priority.HIGH if level != CENTER or urgency == "urgent" else Priority.NORMAL


def _combined(recipients: Recipients, items: list[tuple[CaseAlert, Case]], language: str) -> list[Response]:
    lines = []
    for alert, case in items:
        line = text(
            f"held_line_{alert.deadline}",
            language,
            reference=case.reference,
            center=_center_name(recipients, case),
            due=thai_datetime(alert.deadline_at, language),
        )
        if alert.level != CENTER:
            line = text("held_line_escalated", language, level=text(f"level_{alert.level}", language), line=line)
        lines.append(f"• {line}")
    cases = list({case.id: case for _, case in items}.values())
    body = "\n".join([text("held_heading", language, count=len(items)), *lines])
    if len(cases) > MAX_CARDS:
        body += "\n" + text("held_more", language)
    cards = tuple(_card(recipients, case, language) for case in cases[:MAX_CARDS])
    shown: Response = (
        cards[0] if len(cards) == 1 else Carousel(text("held_cards_alt", language, count=len(cases)), cards)
    )
    return [Text(body), shown]


def _alert_text(recipients: Recipients, case: Case, deadline: str, level: str, language: str) -> str:
    due = thai_datetime(case.ack_due_at if deadline == "ack" else case.visit_due_at, language)
    if level == CENTER:
        return text(f"reminder_{deadline}", language, reference=case.reference, due=due)
    return text(
        f"escalation_{deadline}",
        language,
        level=text(f"level_{level}", language),
        reference=case.reference,
        center=_center_name(recipients, case),
        due=due,
    )


def _card(recipients: Recipients, case: Case, language: str) -> Card:
    return staff_card(case, recipients.center(case), language)


def _center_name(recipients: Recipients, case: Case) -> str:
    center = recipients.center(case)
    return center.name if center else "-"


def _record(
    session: Session,
    case: Case,
    deadline: str,
    level: str,
    recipients: int,
    now: datetime,
    held_since: datetime | None = None,
) -> None:
    kind = "alert_unheard" if not recipients else "reminded" if level == CENTER else "escalated"
    detail: dict[str, object] = {"deadline": deadline, "level": level, "recipients": recipients}
    if held_since is not None:
        detail["held_since"] = held_since.isoformat()
    session.add(CaseEvent(case_id=case.id, kind=kind, detail=detail, at=now))


def _by_language(recipients: Recipients, line_ids: list[str]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = defaultdict(list)
    for line_id in line_ids:
        grouped[recipients.language(line_id)].append(line_id)
    return dict(grouped)
