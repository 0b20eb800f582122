"""E-referral: the agencies a case can be referred to (hospitals, police, local government, ...) and
each referral, tracked from sending until the agency answers.

A referral names the parts of the case that are shared (minimum necessary, chosen by the staff
member) and the lawful basis for sharing them. Its package (the Thai PDF form and the page behind the
agency's signed link) is rendered from the case when it is opened, showing only those parts, so a
case anonymised by retention shares nothing any more. The agency's link is revoked by clearing
`link_nonce` (and dies after its signature's age limit).
"""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, stored_as_text
from models.cases import Case
from models.users import User


class AgencyKind(enum.StrEnum):
    HOSPITAL = "hospital"
    HEALTH_STATION = "health_station"  # รพ.สต.
    POLICE = "police"
    LOCAL_GOVERNMENT = "local_government"  # อบต./เทศบาล
    PROVINCE_OFFICE = "province_office"  # พมจ.
    SCHOOL = "school"
    NGO = "ngo"


class Agency(Base):
    """An agency of an area that cases are referred to. Managed by province administrators
    (`flask --app app agencies import FILE`); re-import updates by `code`."""

    __tablename__ = "agencies"
    _repr_fields = ("code", "kind", "active")
    __table_args__ = (Index("ix_agencies_kind_province", "kind", "province_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[AgencyKind] = mapped_column(stored_as_text(AgencyKind, 24))
    subdistrict_code: Mapped[str] = mapped_column(String(6))
    district_code: Mapped[str] = mapped_column(String(4))
    province_code: Mapped[str] = mapped_column(String(2))
    # Optional: without a position, "nearest" falls back to the same subdistrict, district, province.
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    phone: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    # A LINE user or group id the agency reads (it has added the bot): referrals are pushed there.
    line_id: Mapped[str | None] = mapped_column(String(64))
    # An Open311 partner (models/partners.py) that is this agency: its key reads its referrals.
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id"), index=True)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class ReferralState(enum.StrEnum):
    SENT = "sent"
    RECEIVED = "received"
    ACCEPTED = "accepted"
    DECLINED = "declined"  # not the agency's remit
    DONE = "done"
    WITHDRAWN = "withdrawn"  # revoked by staff: the link is dead


class Referral(Base):
    """A referral to an agency of the directory, or to a unit staff typed by name (a hospital ward, a
    foundation, a temple not in the directory): such a referral is only recorded — with no contact
    in the directory it has no signed link, no email and no acknowledgement reminders."""

    __tablename__ = "referrals"
    _repr_fields = ("case_id", "agency_id", "unit_name", "state")
    __table_args__ = (
        CheckConstraint("agency_id IS NOT NULL OR unit_name IS NOT NULL", name="agency_or_unit"),
        # The reminder sweep reads only referrals still waiting for the agency's acknowledgement.
        Index(
            "ix_referrals_next_reminder",
            "next_reminder_at",
            postgresql_where=text("next_reminder_at IS NOT NULL"),
            sqlite_where=text("next_reminder_at IS NOT NULL"),
        ),
        # The mail sweep reads only referrals whose email still has to go.
        Index(
            "ix_referrals_mail_due",
            "mail_due_at",
            postgresql_where=text("mail_due_at IS NOT NULL"),
            sqlite_where=text("mail_due_at IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    # None for a unit typed by hand: then `unit_name` (and what staff noted of its contact) says who.
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    unit_name: Mapped[str | None] = mapped_column(String(200))
    unit_contact: Mapped[str | None] = mapped_column(String(200))
    referred_by_user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(Text)
    request: Mapped[str] = mapped_column(Text)  # what is asked of the agency
    parts: Mapped[list[Any]] = mapped_column(default=list)  # the parts of the case shared
    lawful_basis: Mapped[str] = mapped_column(String(24))
    state: Mapped[ReferralState] = mapped_column(stored_as_text(ReferralState, 12), default=ReferralState.SENT)
    sent_at: Mapped[datetime]
    received_at: Mapped[datetime | None]
    answered_at: Mapped[datetime | None]  # accepted or declined
    done_at: Mapped[datetime | None]
    agency_note: Mapped[str | None] = mapped_column(Text)
    # The signed link carries this nonce; clearing it revokes the link at once.
    link_nonce: Mapped[str | None] = mapped_column(String(32))
    link_expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
    # Two working days to acknowledge; reminders and escalations are planned from it.
    ack_due_at: Mapped[datetime]
    next_reminder_at: Mapped[datetime | None]
    # Email (an outbox of its own: sent by a scheduled job, retried with backoff).
    mail_due_at: Mapped[datetime | None]
    mail_attempts: Mapped[int] = mapped_column(default=0)
    mail_sent_at: Mapped[datetime | None]
    mail_error: Mapped[str | None] = mapped_column(String(64))
    # Retention: reason, request and the agency's note are removed with the case's personal data.
    anonymised_at: Mapped[datetime | None]

    # Read-only (models/base.py): the rows the ids above name.
    case: Mapped[Case] = relationship(viewonly=True)
    agency: Mapped[Agency | None] = relationship(viewonly=True)
    referred_by: Mapped[User] = relationship(viewonly=True)

    @property
    def receiver_name(self) -> str:
        """Whom the case was referred to: the directory's agency, else the unit typed by hand."""
        return self.agency.name if self.agency is not None else (self.unit_name or "-")


class ReferralReminder(Base):
    """One reminder or escalation of a referral the agency has not acknowledged: exactly once per
    level (the unique key), "center" being the staff member who referred."""

    __tablename__ = "referral_reminders"
    _repr_fields = ("referral_id", "level")
    __table_args__ = (UniqueConstraint("referral_id", "level"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referrals.id"))
    level: Mapped[str] = mapped_column(String(16))
    due_at: Mapped[datetime]
    sent_at: Mapped[datetime]
    recipients: Mapped[int] = mapped_column(default=0)
