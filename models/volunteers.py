"""Volunteers (อพม.), the visits offered to them, and what they report after a visit.

A volunteer is matched by where they live. `lat_band` (tenths of a degree of latitude, about 11 km)
and `longitude` make a two-column index that a box around a case can seek into; the index holds only
volunteers who may be offered work now (approved, available, under their case limit), so finding the
nearest among 181,000 reads a few rows, not the table.
"""

from __future__ import annotations

import enum
import math
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, stored_as_text
from models.cases import Case
from models.centers import Center
from models.users import User

# Who may be offered work now. The matching queries repeat this text exactly, so that both SQLite
# and PostgreSQL see that the partial indexes below answer them.
MATCHABLE = "status = 'approved' AND available AND active_cases < max_active_cases"
LAT_BAND_DEGREES = 0.1


def lat_band(latitude: float) -> int:
    return math.floor(latitude / LAT_BAND_DEGREES)


class VolunteerStatus(enum.StrEnum):
    PENDING = "pending"  # waiting for the center's staff
    APPROVED = "approved"
    REJECTED = "rejected"
    SUSPENDED = "suspended"


class Volunteer(Base):
    __tablename__ = "volunteers"
    _repr_fields = ("status", "center_id")
    __table_args__ = (
        Index(
            "ix_volunteers_matchable_place",
            "lat_band",
            "longitude",
            postgresql_where=text(MATCHABLE),
            sqlite_where=text(MATCHABLE),
        ),
        Index(
            "ix_volunteers_matchable_center",
            "center_id",
            postgresql_where=text(MATCHABLE),
            sqlite_where=text(MATCHABLE),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), unique=True)
    center_id: Mapped[int] = mapped_column(ForeignKey("centers.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(16))
    latitude: Mapped[float]
    longitude: Mapped[float]
    lat_band: Mapped[int]
    skills: Mapped[list[Any]] = mapped_column(default=list)
    max_active_cases: Mapped[int] = mapped_column(default=2)
    # Cases accepted and not yet reported or handed back; changed only with the offer it counts.
    active_cases: Mapped[int] = mapped_column(default=0)
    status: Mapped[VolunteerStatus] = mapped_column(
        stored_as_text(VolunteerStatus, 16), default=VolunteerStatus.PENDING
    )
    available: Mapped[bool] = mapped_column(default=True)
    decided_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    # Read-only (models/base.py): the rows the ids above name.
    user: Mapped[User] = relationship(foreign_keys=[user_id], viewonly=True)
    center: Mapped[Center] = relationship(viewonly=True)


class OfferState(enum.StrEnum):
    OFFERED = "offered"  # waiting for the volunteer's answer
    DECLINED = "declined"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"  # someone else took the case, the case closed, or the volunteer was suspended
    ACCEPTED = "accepted"  # the volunteer holds the case
    HANDED_BACK = "handed_back"
    REPORTED = "reported"  # the visit is reported: the volunteer's part is done
    RELEASED = "released"  # the case closed (or the volunteer was suspended) while they held it


class VolunteerOffer(Base):
    """One offer of a case's visit to one volunteer, and what became of it."""

    __tablename__ = "volunteer_offers"
    _repr_fields = ("case_id", "volunteer_id", "state")
    __table_args__ = (
        # Exactly one volunteer can hold a case, whatever races the application loses.
        Index(
            "ix_volunteer_offers_holder",
            "case_id",
            unique=True,
            postgresql_where=text("state = 'accepted'"),
            sqlite_where=text("state = 'accepted'"),
        ),
        # The expiry sweep reads only offers still waiting for an answer.
        Index(
            "ix_volunteer_offers_open",
            "expires_at",
            postgresql_where=text("state = 'offered'"),
            sqlite_where=text("state = 'offered'"),
        ),
        Index("ix_volunteer_offers_volunteer_state", "volunteer_id", "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id"))
    state: Mapped[OfferState] = mapped_column(stored_as_text(OfferState, 16), default=OfferState.OFFERED)
    distance_km: Mapped[float]
    # The staff member who asked for it; None for the automatic chain (next nearest, auto offers).
    offered_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    offered_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    answered_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]
    reason: Mapped[str | None] = mapped_column(Text)

    # Read-only (models/base.py): the rows the ids above name.
    case: Mapped[Case] = relationship(viewonly=True)
    volunteer: Mapped[Volunteer] = relationship(viewonly=True)


class VisitReport(Base):
    """What a volunteer found on a visit; the center's staff decide what follows."""

    __tablename__ = "visit_reports"
    _repr_fields = ("case_id", "volunteer_id", "outcome", "recommendation")

    id: Mapped[int] = mapped_column(primary_key=True)
    offer_id: Mapped[int] = mapped_column(ForeignKey("volunteer_offers.id"), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id"))
    outcome: Mapped[str] = mapped_column(String(16))  # found, not_found, moved, deceased
    help_given: Mapped[str | None] = mapped_column(Text)
    needs_found: Mapped[str | None] = mapped_column(Text)
    media_id: Mapped[int | None] = mapped_column(ForeignKey("media.id"))
    recommendation: Mapped[str] = mapped_column(String(16))  # close, refer, follow_up
    created_at: Mapped[datetime]


class CenterVolunteerSettings(Base):
    """A center's choice to offer its new cases to volunteers automatically."""

    __tablename__ = "center_volunteer_settings"

    center_id: Mapped[int] = mapped_column(ForeignKey("centers.id"), primary_key=True)
    auto_offer: Mapped[bool] = mapped_column(default=False)
    updated_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime]
