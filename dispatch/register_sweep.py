"""The check-in sweep: people whose check-in has come due, moved on one stage a run — the buddy
reminded, reminded again, then the center's staff told once — with quiet hours left to the caller
(it passes when they end). Claimed FOR UPDATE SKIP LOCKED, so any number of scheduler processes
send each message once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, select, text
from sqlalchemy.orm import Session

from dispatch.register import Rhythm, audit_person
from models.register import OPEN, CheckInStage, RegisteredPerson

# People moved on per sweep run: a run stays well under a second at a million people (bench/register.py);
# run every minute, that is 288,000 a day, several times what a million people's rhythms need.
SWEEP_BATCH = 200


# -- the check-in sweep --------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckInNotice:
    """What the sweep decided for one person: remind (the buddy), missed (the buddy again) or
    escalate (the center's staff, once)."""

    kind: str
    person: RegisteredPerson


def next_step(person: RegisteredPerson, now: datetime, rhythm: Rhythm) -> tuple[str | None, str, datetime | None]:
    """(what to send now or None, the stage after it, when to look again) for an open person. Pure."""
    due = person.next_check_in_due
    if due is None:
        return None, person.check_in_stage, None
    stage = person.check_in_stage
    if now < due:
        return None, CheckInStage.WAITING, due
    if person.buddy_user_id is None:
        if stage == CheckInStage.ESCALATED:
            return None, stage, None
        return "escalate", CheckInStage.ESCALATED, None
    if stage == CheckInStage.WAITING:
        return "remind", CheckInStage.REMINDED, due + rhythm.grace
    if stage == CheckInStage.REMINDED and now >= due + rhythm.grace:
        return "missed", CheckInStage.MISSED, due + 2 * rhythm.grace
    if stage == CheckInStage.MISSED and now >= due + 2 * rhythm.grace:
        return "escalate", CheckInStage.ESCALATED, None
    later = {CheckInStage.REMINDED: due + rhythm.grace, CheckInStage.MISSED: due + 2 * rhythm.grace}
    return None, stage, later.get(stage)


def due_people_query(now: datetime, limit: int) -> Select[tuple[RegisteredPerson]]:
    # The status test as the literal OPEN text: what matches the partial index ix_registered_people_alert.
    return (
        select(RegisteredPerson)
        .where(RegisteredPerson.next_alert_at <= now, text(OPEN))
        .order_by(RegisteredPerson.next_alert_at)
        .limit(limit)
    )


def check_in_sweep(
    session: Session, now: datetime, rhythm: Rhythm, held_until: datetime | None, limit: int = SWEEP_BATCH
) -> list[CheckInNotice]:
    """People whose check-in needs something now, locked (another scheduler process skips them),
    moved on one stage each. In quiet hours (`held_until` set) nothing is sent: each waits till then."""
    people = session.scalars(due_people_query(now, limit).with_for_update(skip_locked=True)).all()
    notices = []
    for person in people:
        if held_until is not None:
            person.next_alert_at = held_until
            continue
        kind, stage, later = next_step(person, now, rhythm)
        person.check_in_stage = stage
        person.next_alert_at = later
        if kind is not None:
            notices.append(CheckInNotice(kind, person))
            audit_person(session, None, f"check_in_{kind}", person.id, now, channel="scheduler")
    return notices
