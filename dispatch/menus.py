"""Which rich menu a user should have, and the record that it must be (re)linked.

`menu_changed` is called in the transaction that changes a user's role (enrolment, deactivation);
the link or unlink call to LINE is made afterwards by bot/workers/menu_links.py, so a LINE outage delays it
and never loses it.
"""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import case, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from models.centers import StaffMembership, StaffRole
from models.richmenus import MenuLinkState, UserMenuLink
from models.users import User
from models.volunteers import Volunteer, VolunteerStatus


class MenuRole(enum.StrEnum):
    """A rich menu per role; CITIZEN's is LINE's default menu, the others are linked per user."""

    CITIZEN = "citizen"
    STAFF = "staff"
    SUPERVISOR = "supervisor"
    VOLUNTEER = "volunteer"


DEFAULT_ROLE = MenuRole.CITIZEN

# The strongest membership decides: a supervisor who is also staff of a center gets the supervisor menu.
_ROLE_OF_MEMBERSHIP = {
    StaffRole.PROVINCE_SUPERVISOR: MenuRole.SUPERVISOR,
    StaffRole.DISTRICT_SUPERVISOR: MenuRole.SUPERVISOR,
    StaffRole.STAFF: MenuRole.STAFF,
}
_PRECEDENCE = (MenuRole.SUPERVISOR, MenuRole.STAFF)


def menu_role(session: Session, user_id: int) -> MenuRole:
    """The menu a user should see now: from their active staff memberships, else from being an approved
    volunteer, else the citizen menu."""
    roles = set(
        session.scalars(
            select(StaffMembership.role).where(StaffMembership.user_id == user_id, StaffMembership.active.is_(True))
        )
    )
    found = {_ROLE_OF_MEMBERSHIP[StaffRole(role)] for role in roles if role in _ROLE_OF_MEMBERSHIP}
    role = next((role for role in _PRECEDENCE if role in found), None)
    if role is not None:
        return role
    # Staff work comes first; an approved volunteer (not suspended) gets the volunteer menu.
    volunteer = select(Volunteer.id).where(Volunteer.user_id == user_id, Volunteer.status == VolunteerStatus.APPROVED)
    return MenuRole.VOLUNTEER if session.scalar(volunteer) is not None else DEFAULT_ROLE


def menu_changed(session: Session, user: User, now: datetime) -> None:
    """Record that this user's rich menu must be re-evaluated; the role is read again when the link
    is made, so calling this more than once, or before the membership row is flushed, is harmless."""
    session.flush()  # the user must have an id; a pending membership change must be visible to the worker
    request_menu_update(session, [user.id], now)


def request_menu_update(session: Session, user_ids: list[int], now: datetime) -> None:
    """`menu_changed` for many users at once (one statement)."""
    if not user_ids:
        return
    values = [
        {
            "user_id": user_id,
            "state": MenuLinkState.PENDING,
            "version": 1,
            "attempts": 0,
            "next_attempt_at": now,
            "updated_at": now,
        }
        for user_id in sorted(set(user_ids))
    ]
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    statement = insert(UserMenuLink)
    in_flight = UserMenuLink.state == MenuLinkState.LINKING
    statement = statement.on_conflict_do_update(
        index_elements=["user_id"],
        set_={
            # A call in flight keeps its claim (two calls for one user must not race at LINE); the
            # new version makes its worker leave the row pending, to be evaluated again.
            "state": case((in_flight, UserMenuLink.state), else_=MenuLinkState.PENDING),
            "version": UserMenuLink.version + 1,
            # The attempt count identifies a worker's claim: kept while the claim lasts.
            "attempts": case((in_flight, UserMenuLink.attempts), else_=0),
            "next_attempt_at": statement.excluded.next_attempt_at,
            "updated_at": statement.excluded.updated_at,
        },
    )
    session.connection().execute(statement, values)
