"""Subdistrict social-assistance centers and the people who staff them."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, stored_as_text
from models.users import User


class Center(Base):
    __tablename__ = "centers"
    _repr_fields = ("code", "active")

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    subdistrict_code: Mapped[str] = mapped_column(String(6), index=True)
    district_code: Mapped[str] = mapped_column(String(4), index=True)
    province_code: Mapped[str] = mapped_column(String(2), index=True)
    latitude: Mapped[float]
    longitude: Mapped[float]
    phone: Mapped[str] = mapped_column(String(32), default="")
    active: Mapped[bool] = mapped_column(default=True)
    # How far from the center it takes cases (km); None: the ROUTING_MAX_KM setting.
    service_radius_km: Mapped[float | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class StaffRole(enum.StrEnum):
    STAFF = "staff"
    DISTRICT_SUPERVISOR = "district_supervisor"
    PROVINCE_SUPERVISOR = "province_supervisor"
    # Administers the province in the console (centers, staff, volunteers); sees what its supervisor sees.
    PROVINCE_ADMIN = "province_admin"


class StaffMembership(Base):
    __tablename__ = "staff_memberships"
    _repr_fields = ("role", "center_id", "area_code", "active")
    __table_args__ = (UniqueConstraint("user_id", "center_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    center_id: Mapped[int | None] = mapped_column(ForeignKey("centers.id"), index=True)
    role: Mapped[StaffRole] = mapped_column(stored_as_text(StaffRole, 24), default=StaffRole.STAFF)
    area_code: Mapped[str | None] = mapped_column(String(6))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime]

    # Read-only (models/base.py): the rows the ids above name.
    user: Mapped[User] = relationship(viewonly=True)
    center: Mapped[Center | None] = relationship(viewonly=True)


class Invite(Base):
    """A one-time enrolment code; only its hash is kept."""

    __tablename__ = "invites"
    _repr_fields = ("center_id", "role", "area_code", "used_at")

    id: Mapped[int] = mapped_column(primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    center_id: Mapped[int | None] = mapped_column(ForeignKey("centers.id"))
    role: Mapped[StaffRole] = mapped_column(stored_as_text(StaffRole, 24), default=StaffRole.STAFF)
    area_code: Mapped[str | None] = mapped_column(String(6))
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    used_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    center: Mapped[Center | None] = relationship(viewonly=True)  # read-only (models/base.py)
