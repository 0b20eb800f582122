"""A user sends an invite code and becomes staff of a center (or is told why not)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy.orm import Session

from bot.line.responses import Response, Text
from bot.speech.texts import text
from bot.speech.thai_dates import thai_time
from dispatch.staffing import redeem_invite
from models.users import User


def enrol(
    session: Session, user: User, code: str, now: datetime, on_enrolled: Callable[[], object] | None = None
) -> list[Response]:
    """`on_enrolled`: called once a new membership exists (the cases waiting without a center are
    routed again: someone may now answer for them)."""
    language = user.language
    result = redeem_invite(session, user, code, now)
    if result.outcome == "enrolled" and on_enrolled is not None:
        session.flush()
        on_enrolled()
    if result.outcome in ("enrolled", "already") and result.area is not None:
        key = "enrol_done_supervisor" if result.outcome == "enrolled" else "enrol_already_supervisor"
        return [Text(text(key, language, area=result.area.label(language)))]
    if result.outcome == "enrolled":
        return [Text(text("enrol_done", language, center=result.center_name))]
    if result.outcome == "already":
        return [Text(text("enrol_already", language, center=result.center_name))]
    if result.outcome == "slow_down":
        return [Text(text("enrol_slow_down", language, until=thai_time(result.retry_at)))]
    return [Text(text(f"enrol_{result.outcome}", language))]
