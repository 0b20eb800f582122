"""Open311 partners and their API keys: added (the key shown once), listed, revoked, and a key
checked. Only the key's SHA-256 is stored; keys never reach a log."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.partners import Partner
from models.users import User

KEY_PREFIX = "o311_"


class PartnerError(ValueError):
    pass


def key_hash(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class NewPartner:
    partner: Partner
    key: str  # shown once; not stored


def add_partner(session: Session, name: str, now: datetime) -> NewPartner:
    """A partner with a fresh key, and the user row that stands as the reporter of its cases (no LINE
    account: never followed, so the bot never pushes to it)."""
    name = name.strip()
    if not name:
        raise PartnerError("a partner needs a name")
    if session.scalar(select(Partner.id).where(Partner.name == name)) is not None:
        raise PartnerError(f"a partner named {name!r} exists already")
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    user = User(line_user_id=f"partner:{secrets.token_hex(8)}", language="th", following=False, created_at=now)
    session.add(user)
    session.flush()
    partner = Partner(
        name=name, key_hash=key_hash(key), key_prefix=key[:10], user_id=user.id, active=True, created_at=now
    )
    session.add(partner)
    session.flush()
    return NewPartner(partner, key)


def partner_for_key(session: Session, key: str | None) -> Partner | None:
    """The active partner holding `key`, else None (no key, a wrong one, or a revoked one)."""
    if not key:
        return None
    partner = session.scalar(select(Partner).where(Partner.key_hash == key_hash(key)))
    return partner if partner is not None and partner.active else None


def list_partners(session: Session) -> list[Partner]:
    return list(session.scalars(select(Partner).order_by(Partner.id)))


def revoke_partner(session: Session, name: str, now: datetime) -> Partner:
    partner = session.scalar(select(Partner).where(Partner.name == name))
    if partner is None:
        raise PartnerError(f"no partner named {name!r}")
    if partner.active:
        partner.active = False
        partner.revoked_at = now
    return partner
