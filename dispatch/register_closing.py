"""Leaving the register: closed as moved or died (anonymised after the retention period), or removed
on request under the PDPA (anonymised at once)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from dispatch.register import CLOSE_REASONS, audit_person, person_for
from models.cases import Media
from models.register import Household, PersonStatus, RegisteredPerson
from models.users import User

# -- closing, removal, retention -----------------------------------------------------------------


def close_person(
    session: Session, staff: User, person_id: int | None, reason: str, now: datetime
) -> RegisteredPerson | None:
    """Moved or died: closed with the reason (anonymised after retention); on request (PDPA): off
    the register and anonymised now. Staff in scope only."""
    if reason not in CLOSE_REASONS:
        return None
    person = person_for(session, staff, person_id, "close", now, staff_only=True)
    if person is None or person.status != PersonStatus.ACTIVE:
        return None
    person.status = PersonStatus.REMOVED if reason == "request" else PersonStatus.CLOSED
    person.closed_reason = reason
    person.closed_at = now
    person.next_alert_at = None
    person.updated_at = now
    audit_person(session, staff.id, "close", person.id, now, {"reason": reason})
    if reason == "request":
        anonymise_people(session, [person.id], now)
    return person


def anonymise_people(session: Session, ids: list[int], now: datetime) -> int:
    """Remove who they were; their groups, subdistrict, sex and dates stay for statistics. A
    household nobody open lives in any more loses its address and pin."""
    if not ids:
        return 0
    households = set(session.scalars(select(RegisteredPerson.household_id).where(RegisteredPerson.id.in_(ids))))
    photos = [
        media_id
        for row in session.execute(
            select(RegisteredPerson.consent_media_id, RegisteredPerson.photo_media_id).where(
                RegisteredPerson.id.in_(ids), RegisteredPerson.anonymised_at.is_(None)
            )
        )
        for media_id in row
        if media_id is not None
    ]
    count = (
        session.execute(
            update(RegisteredPerson)
            .where(RegisteredPerson.id.in_(ids), RegisteredPerson.anonymised_at.is_(None))
            .values(
                name=None,
                name_key=None,
                birth_year=None,
                id_card_last4=None,
                phone=None,
                consent_note=None,
                consent_media_id=None,
                photo_media_id=None,
                needs=[],
                anonymised_at=now,
            )
            .execution_options(synchronize_session="fetch")
        ).rowcount
        or 0
    )
    if photos:  # the person's photo, and the consent form that names them
        session.execute(delete(Media).where(Media.id.in_(photos)).execution_options(synchronize_session="fetch"))
    still_lived_in = set(
        session.scalars(
            select(RegisteredPerson.household_id).where(
                RegisteredPerson.household_id.in_(households), RegisteredPerson.status == PersonStatus.ACTIVE
            )
        )
    )
    emptied = households - still_lived_in
    if emptied:
        session.execute(
            update(Household)
            .where(Household.id.in_(emptied))
            .values(address_text=None, latitude=None, longitude=None, updated_at=now)
            .execution_options(synchronize_session="fetch")
        )
    return count


def anonymise_closed_people(session: Session, now: datetime, retention_days: int, batch: int = 1000) -> int:
    """One batch of people closed (moved, died) longer ago than retention."""
    cutoff = now - timedelta(days=retention_days)
    ids = list(
        session.scalars(
            select(RegisteredPerson.id)
            .where(
                RegisteredPerson.closed_at.is_not(None),
                RegisteredPerson.anonymised_at.is_(None),
                RegisteredPerson.closed_at < cutoff,
            )
            .order_by(RegisteredPerson.closed_at)
            .limit(batch)
        )
    )
    return anonymise_people(session, ids, now)
