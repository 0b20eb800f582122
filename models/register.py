"""The household register: vulnerable people known before they have to call, each with a buddy who
checks in on them at a rhythm set by their need.

Indexes are chosen for a register of a million people: the check-in sweep seeks
`ix_registered_people_alert` (only open people with an alert ahead), the duplicate check seeks
`ix_registered_people_lookalike` (subdistrict and birth year, open people only), staff views count
through `ix_registered_people_center_due`, and a buddy's own list through the buddy column.
"""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, stored_as_text
from models.centers import Center
from models.users import User

# Open people: the sweep, the views and the duplicate check read only these. The queries repeat
# this text exactly so that both SQLite and PostgreSQL use the partial indexes below.
OPEN = "status = 'active'"


class PersonStatus(enum.StrEnum):
    ACTIVE = "active"
    CLOSED = "closed"  # moved or died: kept until retention, then anonymised
    REMOVED = "removed"  # taken off the register on request (PDPA): anonymised at once


class CheckInStage(enum.StrEnum):
    """How far a check-in that has come due has gone unanswered."""

    WAITING = "waiting"  # not due yet
    REMINDED = "reminded"  # the buddy was reminded when it came due
    MISSED = "missed"  # the buddy was reminded again
    ESCALATED = "escalated"  # the center's staff were told (once)


class Household(Base):
    __tablename__ = "households"
    _repr_fields = ("center_id",)

    id: Mapped[int] = mapped_column(primary_key=True)
    center_id: Mapped[int] = mapped_column(ForeignKey("centers.id"), index=True)
    address_text: Mapped[str | None] = mapped_column(Text)
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    subdistrict_code: Mapped[str | None] = mapped_column(String(6))
    district_code: Mapped[str | None] = mapped_column(String(4))
    province_code: Mapped[str | None] = mapped_column(String(2))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class RegisteredPerson(Base):
    __tablename__ = "registered_people"
    _repr_fields = ("center_id", "household_id", "status", "check_in_stage")
    __table_args__ = (
        Index("ix_registered_people_alert", "next_alert_at", postgresql_where=text(OPEN), sqlite_where=text(OPEN)),
        Index(
            "ix_registered_people_lookalike",
            "subdistrict_code",
            "birth_year",
            postgresql_where=text(OPEN),
            sqlite_where=text(OPEN),
        ),
        Index(
            "ix_registered_people_center_due",
            "center_id",
            "next_check_in_due",
            postgresql_where=text(OPEN),
            sqlite_where=text(OPEN),
        ),
        # The retention sweep reads only closed people still holding personal details.
        Index(
            "ix_registered_people_retention",
            "closed_at",
            postgresql_where=text("closed_at IS NOT NULL AND anonymised_at IS NULL"),
            sqlite_where=text("closed_at IS NOT NULL AND anonymised_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), index=True)
    center_id: Mapped[int] = mapped_column(ForeignKey("centers.id"))
    # Copied from the household: the duplicate check and the counts by subdistrict need no join.
    subdistrict_code: Mapped[str | None] = mapped_column(String(6))
    status: Mapped[PersonStatus] = mapped_column(stored_as_text(PersonStatus, 12), default=PersonStatus.ACTIVE)
    name: Mapped[str | None] = mapped_column(String(200))
    # The name without titles and spaces, for the fuzzy duplicate check.
    name_key: Mapped[str | None] = mapped_column(String(200))
    birth_year: Mapped[int | None]  # Common Era; shown in the Buddhist era
    sex: Mapped[str | None] = mapped_column(String(8))  # male, female, unstated
    id_card_last4: Mapped[str | None] = mapped_column(String(4))
    groups: Mapped[list[Any]] = mapped_column(default=list)
    needs: Mapped[list[Any]] = mapped_column(default=list)
    phone: Mapped[str | None] = mapped_column(String(16))
    photo_media_id: Mapped[int | None] = mapped_column(ForeignKey("media.id"))
    # PDPA: consent (typed or a photographed signed form), public task or vital interest.
    lawful_basis: Mapped[str] = mapped_column(String(16))
    consent_note: Mapped[str | None] = mapped_column(Text)
    consent_media_id: Mapped[int | None] = mapped_column(ForeignKey("media.id"))
    registered_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    buddy_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    check_in_days: Mapped[int]
    next_check_in_due: Mapped[datetime | None]
    check_in_stage: Mapped[CheckInStage] = mapped_column(stored_as_text(CheckInStage, 12), default=CheckInStage.WAITING)
    # When the check-in sweep must look at this person next (due, reminder, escalation, quiet hours).
    next_alert_at: Mapped[datetime | None]
    closed_reason: Mapped[str | None] = mapped_column(String(16))  # moved, died, request
    closed_at: Mapped[datetime | None]
    anonymised_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    # Read-only (models/base.py): the rows the ids above name.
    household: Mapped[Household] = relationship(viewonly=True)
    center: Mapped[Center] = relationship(viewonly=True)
    buddy: Mapped[User | None] = relationship(foreign_keys=[buddy_user_id], viewonly=True)


class CheckIn(Base):
    """One check-in by a buddy: how (visited, phoned) and how the person was (fine, needs something;
    then the case it opened)."""

    __tablename__ = "check_ins"
    _repr_fields = ("person_id", "mode", "outcome", "case_id")
    __table_args__ = (Index("ix_check_ins_person_at", "person_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("registered_people.id"))
    by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    mode: Mapped[str] = mapped_column(String(8))  # visited, phoned
    outcome: Mapped[str] = mapped_column(String(8))  # fine, needs
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    at: Mapped[datetime]
