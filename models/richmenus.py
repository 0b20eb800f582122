"""Rich menus the bot created on LINE, and which menu each user should have linked.

LINE cannot list the users linked to a menu, so the bot keeps that itself: it is what lets a sync
relink the users of a replaced menu before deleting it.
"""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, stored_as_text


class RichMenuStatus(enum.StrEnum):
    # Created on LINE, image not uploaded yet: a crash here leaves a menu to clean up.
    CREATING = "creating"
    # Fully created, not yet in use (a sync stopped before switching): reused by the next sync.
    READY = "ready"
    # The menu of its role now.
    CURRENT = "current"
    # Replaced by a newer menu; deleted once its users are linked to the new one.
    RETIRED = "retired"


class RichMenuRecord(Base):
    __tablename__ = "rich_menus"
    _repr_fields = ("role", "status")

    id: Mapped[int] = mapped_column(primary_key=True)
    role: Mapped[str] = mapped_column(String(24), index=True)
    # The citizen menu exists in each language a citizen is answered in; the other roles' are Thai.
    language: Mapped[str] = mapped_column(String(8), default="th", server_default="th")
    line_rich_menu_id: Mapped[str] = mapped_column(String(80), unique=True)
    # sha256 of the menu's JSON and image: an unchanged menu is reused, not created again.
    fingerprint: Mapped[str] = mapped_column(String(64))
    status: Mapped[RichMenuStatus] = mapped_column(stored_as_text(RichMenuStatus, 12), default=RichMenuStatus.CREATING)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class MenuLinkState(enum.StrEnum):
    PENDING = "pending"  # the user's menu must be (re)evaluated and linked or unlinked
    LINKING = "linking"  # claimed by a worker until lease_until
    DONE = "done"
    WAITING = "waiting"  # the role has no menu on LINE yet: the next sync links it
    FAILED = "failed"  # LINE refused for good (not an outage); see last_error


_PENDING_WORK = text("state IN ('pending', 'linking')")


class UserMenuLink(Base):
    """One row per user whose menu the bot has ever had to decide: the queue of link/unlink calls
    and the record of which menu LINE has linked to the user (None: the default menu)."""

    __tablename__ = "user_menu_links"
    _repr_fields = ("user_id", "state", "version")
    # Only the rows still to do: the worker's claim never walks the users already done.
    __table_args__ = (
        Index("ix_user_menu_links_work", "next_attempt_at", postgresql_where=_PENDING_WORK, sqlite_where=_PENDING_WORK),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), unique=True)
    state: Mapped[MenuLinkState] = mapped_column(stored_as_text(MenuLinkState, 12), default=MenuLinkState.PENDING)
    # Bumped by every change of role: a worker records its outcome only for the version it claimed,
    # so a change made while a call was in flight is not marked done by that older call.
    version: Mapped[int] = mapped_column(default=1)
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime]
    lease_until: Mapped[datetime | None]
    linked_rich_menu_id: Mapped[str | None] = mapped_column(String(80), index=True)
    linked_role: Mapped[str | None] = mapped_column(String(24))  # the menu's key: "staff", "citizen-my"
    last_error: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime]
