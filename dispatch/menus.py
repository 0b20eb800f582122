"""Which rich menu a user should have, and the record that it must be (re)linked.

`menu_changed` is called in the transaction that changes a user's role (enrolment, deactivation) or a
citizen's language (`change_language`); the link or unlink call to LINE is made afterwards by
bot/workers/menu_links.py, so a LINE outage delays it and never loses it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, exists, select
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
DEFAULT_LANGUAGE = "th"
# The citizen menu is drawn in every language a citizen is answered in (bot/speech/texts.py LANGUAGES):
# a Burmese or Lao worker must not face Thai buttons. Staff, supervisor and volunteer menus are Thai,
# the language of their work.
CITIZEN_MENU_LANGUAGES = ("th", "en", "my", "lo")


@dataclass(frozen=True)
class MenuKey:
    """One rich menu on LINE: a role's, in one language."""

    role: MenuRole
    language: str = DEFAULT_LANGUAGE

    def __str__(self) -> str:
        """The key in names and records: "citizen" for a Thai menu (as before languages), else "citizen-my"."""
        return str(self.role) if self.language == DEFAULT_LANGUAGE else f"{self.role}-{self.language}"


# LINE shows it to every user with no menu linked: the Thai citizen menu.
DEFAULT_MENU = MenuKey(DEFAULT_ROLE)

# The strongest membership decides: a supervisor who is also staff of a center gets the supervisor menu.
_ROLE_OF_MEMBERSHIP = {
    StaffRole.PROVINCE_SUPERVISOR: MenuRole.SUPERVISOR,
    StaffRole.PROVINCE_ADMIN: MenuRole.SUPERVISOR,
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


def menu_for(session: Session, user_id: int) -> MenuKey:
    """The menu a user should see now: their role's, and for a citizen in their own language."""
    role = menu_role(session, user_id)
    if role != MenuRole.CITIZEN:
        return MenuKey(role)
    language = session.scalar(select(User.language).where(User.id == user_id))
    return MenuKey(role, language if language in CITIZEN_MENU_LANGUAGES else DEFAULT_LANGUAGE)


def change_language(session: Session, user: User, language: str, now: datetime) -> None:
    """Answer the user in `language` from now on, and give them the citizen menu in it (or leave the
    menu of their role: the worker decides from the role when it links)."""
    if user.language == language:
        return
    user.language = language
    menu_changed(session, user, now)


def citizens_without_their_menu(session: Session) -> list[int]:
    """Following users who speak another language than Thai and have no menu linked by the bot: those
    who chose their language before there were menus in it, or before the last `richmenu sync`."""
    linked = exists().where(UserMenuLink.user_id == User.id, UserMenuLink.linked_rich_menu_id.is_not(None))
    return list(
        session.scalars(
            select(User.id).where(
                User.following.is_(True),
                User.language.in_([code for code in CITIZEN_MENU_LANGUAGES if code != DEFAULT_LANGUAGE]),
                ~linked,
            )
        )
    )


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
