"""Short-lived signed links to a case's photos: `GET /media/<token>` serves one photo while the
signature is valid and unexpired (404 otherwise, saying nothing about whether the photo exists).
A link made for a volunteer names their offer and works only while they still hold the case: a
hand-back, a release or a transfer to another center kills it at once."""

from __future__ import annotations

import json
import logging
import secrets
from typing import Any

from flask import Blueprint, Response, abort, current_app
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from config import Settings
from models.cases import Media
from models.volunteers import OfferState, VolunteerOffer

log = logging.getLogger("bot.web.media_links")
blueprint = Blueprint("media", __name__)
SALT = "case-photo-v1"


# Without a channel secret (the simulator: web and workers in one process) links are signed with a
# key made for this process alone, so nobody can forge one from a known string.
_PROCESS_KEY = secrets.token_urlsafe(32)


def _serializer(settings: Settings) -> URLSafeTimedSerializer:
    # The channel secret is the one secret every web and worker process already shares.
    return URLSafeTimedSerializer(settings.line_channel_secret or _PROCESS_KEY, salt=SALT)


def photo_url(settings: Settings, media_id: int, offer_id: int | None = None) -> str:
    payload: dict[str, int] = {"m": media_id}
    if offer_id is not None:
        payload["o"] = offer_id
    token = _serializer(settings).dumps(payload)
    return f"{settings.public_base_url.rstrip('/')}/media/{token}"


def _payload(settings: Settings, token: str) -> dict[str, Any] | None:
    try:
        payload: Any = _serializer(settings).loads(token, max_age=settings.photo_link_seconds)
    except SignatureExpired:
        log.info(json.dumps({"media_link": "expired"}))
        return None
    except BadSignature:
        log.warning(json.dumps({"media_link": "bad_signature"}))
        return None
    return payload if isinstance(payload, dict) and isinstance(payload.get("m"), int) else None


def media_id_of(settings: Settings, token: str) -> int | None:
    payload = _payload(settings, token)
    return payload["m"] if payload is not None else None


@blueprint.get("/media/<token>")
def serve(token: str) -> Response:
    settings: Settings = current_app.config["BOT_SETTINGS"]
    payload = _payload(settings, token)
    if payload is None:
        abort(404)
    with current_app.extensions["bot_sessions"]() as session:
        media = session.get(Media, payload["m"])
        if media is None:
            abort(404)
        if "o" in payload:
            offer = session.get(VolunteerOffer, payload["o"]) if isinstance(payload["o"], int) else None
            if offer is None or offer.state != OfferState.ACCEPTED or offer.case_id != media.case_id:
                log.info(json.dumps({"media_link": "offer_ended"}))
                abort(404)
        response = Response(media.content, mimetype=media.content_type)
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response
