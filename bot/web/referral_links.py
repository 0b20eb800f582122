"""Signed links of referrals.

- The agency's link (`/referrals/<token>`): names the referral and its nonce; valid for
  REFERRAL_LINK_DAYS and only while the referral keeps that nonce (withdrawing clears it), so it can
  be revoked at once. A tampered or expired token is a 404 like a missing referral.
- A staff member's download link of the PDF (`/referrals/staff/<token>.pdf`): names the referral and
  the user, lasts PHOTO_LINK_SECONDS like a photo link, and serves only while that user may still
  act on the case.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from bot.web.media_links import signing_secret
from config import Settings

log = logging.getLogger("bot.web.referral_links")
AGENCY_SALT = "referral-agency-v1"
STAFF_SALT = "referral-staff-v1"


def _serializer(settings: Settings, salt: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(signing_secret(settings), salt=salt)


def _base(settings: Settings) -> str:
    return settings.public_base_url.rstrip("/")


def agency_token(settings: Settings, referral_id: int, nonce: str) -> str:
    return _serializer(settings, AGENCY_SALT).dumps({"r": referral_id, "n": nonce})


def agency_url(settings: Settings, referral_id: int, nonce: str) -> str:
    return f"{_base(settings)}/referrals/{agency_token(settings, referral_id, nonce)}"


def staff_pdf_url(settings: Settings, referral_id: int, user_id: int) -> str:
    token = _serializer(settings, STAFF_SALT).dumps({"r": referral_id, "u": user_id})
    return f"{_base(settings)}/referrals/staff/{token}.pdf"


def _load(settings: Settings, salt: str, token: str, max_age: int) -> dict[str, Any] | None:
    try:
        payload: Any = _serializer(settings, salt).loads(token, max_age=max_age)
    except SignatureExpired:
        log.info(json.dumps({"referral_link": "expired"}))
        return None
    except BadSignature:
        log.warning(json.dumps({"referral_link": "bad_signature"}))
        return None
    return payload if isinstance(payload, dict) and isinstance(payload.get("r"), int) else None


def read_agency_token(settings: Settings, token: str) -> tuple[int, str] | None:
    payload = _load(settings, AGENCY_SALT, token, settings.referral_link_days * 86400)
    if payload is None or not isinstance(payload.get("n"), str):
        return None
    return payload["r"], payload["n"]


def read_staff_token(settings: Settings, token: str) -> tuple[int, int] | None:
    payload = _load(settings, STAFF_SALT, token, settings.photo_link_seconds)
    if payload is None or not isinstance(payload.get("u"), int):
        return None
    return payload["r"], payload["u"]
