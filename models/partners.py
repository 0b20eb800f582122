"""Open311 partners (the 1300 hotline, a municipality's app, a hospital social worker) and their keys.

A partner hands cases in through Open311 GeoReport v2 (web/open311). Only a hash of its API key is
kept; the key itself is shown once, when the partner is added. Each partner has its own user row (no
LINE account: `line_user_id` "partner:<n>", never followed, so nothing is ever pushed to it) that
stands as the reporter of the cases it submits; `Case.partner_id` records the channel.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class Partner(Base):
    __tablename__ = "partners"
    _repr_fields = ("active",)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    # SHA-256 of the key (the key is 32 random bytes: a slow hash adds nothing against guessing).
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # The key's first characters, to tell keys apart in `partners list` without revealing them.
    key_prefix: Mapped[str] = mapped_column(String(12))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), unique=True)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]


class PartnerRead(Base):
    """The audit of keyed Open311 reads: a partner saw a case in full (its own submission)."""

    __tablename__ = "partner_reads"

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    at: Mapped[datetime]
