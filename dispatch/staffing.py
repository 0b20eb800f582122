"""Staff enrolment by one-time invite codes: the only way anyone becomes staff."""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.centers import Center, Invite, StaffMembership, StaffRole
from models.users import User

CODE_ALPHABET = "ACDEFHJKLMNPRTUVWXY3479"
CODE_PATTERN = re.compile(r"[A-Za-z0-9]{4}-?[A-Za-z0-9]{4}")
INVITE_LIFETIME = timedelta(days=7)
FREE_WRONG_ATTEMPTS = 3
MAX_LOCK = timedelta(hours=1)


class UnknownCenter(Exception):
    pass


def normalise_code(raw: str) -> str:
    return raw.strip().replace("-", "").upper()


def looks_like_code(raw: str) -> bool:
    return bool(CODE_PATTERN.fullmatch(raw.strip()))


def hash_code(code: str) -> str:
    return hashlib.sha256(normalise_code(code).encode()).hexdigest()


def issue_invite(session: Session, center_code: str, now: datetime) -> str:
    """Create a one-time code for staff of a center; only its hash is stored."""
    center = session.scalar(select(Center).where(Center.code == center_code))
    if center is None:
        raise UnknownCenter(center_code)
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))
    code = f"{raw[:4]}-{raw[4:]}"
    session.add(
        Invite(
            code_hash=hash_code(code),
            center_id=center.id,
            role=StaffRole.STAFF,
            created_at=now,
            expires_at=now + INVITE_LIFETIME,
        )
    )
    return code


@dataclass(frozen=True)
class Redemption:
    """outcome: enrolled, already, wrong, used, expired or slow_down."""

    outcome: str
    center_name: str | None = None
    retry_at: datetime | None = None


def redeem_invite(session: Session, user: User, raw_code: str, now: datetime) -> Redemption:
    if user.code_locked_until and user.code_locked_until > now:
        return Redemption("slow_down", retry_at=user.code_locked_until)
    invite = session.scalar(select(Invite).where(Invite.code_hash == hash_code(raw_code)).with_for_update())
    if invite is None:
        return _wrong(user, now)
    center = session.get(Center, invite.center_id) if invite.center_id else None
    center_name = center.name if center else None
    if invite.used_at is not None:
        outcome = "already" if invite.used_by_user_id == user.id else "used"
        return Redemption(outcome, center_name)
    if invite.expires_at <= now:
        return Redemption("expired", center_name)
    invite.used_at = now
    invite.used_by_user_id = user.id
    user.failed_code_attempts = 0
    user.code_locked_until = None
    membership = session.scalar(
        select(StaffMembership).where(StaffMembership.user_id == user.id, StaffMembership.center_id == invite.center_id)
    )
    if membership is None:
        session.add(
            StaffMembership(user_id=user.id, center_id=invite.center_id, role=invite.role, active=True, created_at=now)
        )
    else:
        membership.active = True
    return Redemption("enrolled", center_name)


def _wrong(user: User, now: datetime) -> Redemption:
    user.failed_code_attempts += 1
    over = user.failed_code_attempts - FREE_WRONG_ATTEMPTS
    if over > 0:
        user.code_locked_until = now + min(timedelta(minutes=2 ** (over - 1)), MAX_LOCK)
    return Redemption("wrong")
