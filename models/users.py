"""LINE users as the bot knows them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, bindparam, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base
from models.bulk import rows_insert

# session.info key: users already loaded in this session, by LINE user id.
_KNOWN_USERS = "users_by_line_id"


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    line_user_id: Mapped[str] = mapped_column(String(64), unique=True)
    # th, en, my or lo: from the LINE profile at follow, from the script the user writes in, or
    # from the language button (bot/flows/language.py).
    language: Mapped[str] = mapped_column(String(16), default="th")
    # Set by the language button: a choice made on purpose is kept when the user follows again,
    # and Thai or English words in a message no longer switch it (Burmese or Lao script still does).
    language_chosen_at: Mapped[datetime | None]
    # From the LINE profile, for staff only: fellow staff are told who took a case.
    display_name: Mapped[str | None] = mapped_column(String(100))
    # False after an unfollow (block): pushes to them are dropped, not sent.
    following: Mapped[bool] = mapped_column(default=True)
    followed_at: Mapped[datetime | None]
    unfollowed_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    # Wrong enrolment codes are slowed down per user.
    failed_code_attempts: Mapped[int] = mapped_column(default=0)
    code_locked_until: Mapped[datetime | None]
    # Flood limit (dispatch/limits.py): messages in the current window, and whether the one "please
    # slow down" of that window has been sent.
    message_window_started_at: Mapped[datetime | None]
    messages_in_window: Mapped[int] = mapped_column(default=0, server_default="0")
    slow_down_told: Mapped[bool] = mapped_column(default=False, server_default="false")
    # When staff were last told that this user hit the report limit.
    report_burst_told_at: Mapped[datetime | None]


def _new_user_values(line_user_id: str, now: datetime) -> dict:
    return {
        "line_user_id": line_user_id,
        "language": "th",
        "following": True,
        "created_at": now,
        "failed_code_attempts": 0,
    }


def get_or_create_user(session: Session, line_user_id: str, now: datetime) -> User:
    known = session.info.get(_KNOWN_USERS, {}).get(line_user_id)
    if known is not None:
        return known
    user = session.scalars(select(User).where(User.line_user_id == line_user_id)).first()
    if user is None:
        user = User(**_new_user_values(line_user_id, now))
        session.add(user)
        session.flush()
    return user


# Built once: this runs for every batch of events, and building a statement costs more than running it.
_USERS_BY_LINE_ID = select(User).where(User.line_user_id.in_(bindparam("ids", expanding=True)))
_INSERT_USERS = rows_insert(
    User.__table__,
    columns=("line_user_id", "language", "following", "created_at", "failed_code_attempts"),
    skip_conflicts_on=("line_user_id",),
)


def prefetch_users(session: Session, line_user_ids: set[str], now: datetime) -> dict[str, User]:
    """Load (creating the missing ones) many users in two or three statements instead of one or two
    each; later get_or_create_user calls in this session find them without a query."""
    found = {user.line_user_id: user for user in session.scalars(_USERS_BY_LINE_ID, {"ids": list(line_user_ids)})}
    missing = line_user_ids - found.keys()
    if missing:
        # Inserted in one statement and read back: a user another worker created meanwhile is
        # skipped by the insert and read all the same.
        _INSERT_USERS.run(session.connection(), [_new_user_values(user_id, now) for user_id in sorted(missing)])
        found.update((user.line_user_id, user) for user in session.scalars(_USERS_BY_LINE_ID, {"ids": list(missing)}))
    session.info.setdefault(_KNOWN_USERS, {}).update(found)
    return found


def forget_prefetched_users(session: Session) -> None:
    session.info.pop(_KNOWN_USERS, None)
