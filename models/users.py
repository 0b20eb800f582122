"""LINE users as the bot knows them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    line_user_id: Mapped[str] = mapped_column(String(64), unique=True)
    language: Mapped[str] = mapped_column(String(16), default="th")
    # False after an unfollow (block): pushes to them are dropped, not sent.
    following: Mapped[bool] = mapped_column(default=True)
    followed_at: Mapped[datetime | None]
    unfollowed_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    # Wrong enrolment codes are slowed down per user.
    failed_code_attempts: Mapped[int] = mapped_column(default=0)
    code_locked_until: Mapped[datetime | None]


def get_or_create_user(session: Session, line_user_id: str, now: datetime) -> User:
    user = session.scalars(select(User).where(User.line_user_id == line_user_id)).first()
    if user is None:
        user = User(line_user_id=line_user_id, language="th", following=True, created_at=now, failed_code_attempts=0)
        session.add(user)
        session.flush()
    return user
