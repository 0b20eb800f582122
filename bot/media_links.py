"""Short-lived signed links to a case's photos: `GET /media/<token>` serves one photo while the
signature is valid and unexpired (404 otherwise, saying nothing about whether the photo exists)."""

from __future__ import annotations

import json
import logging
import secrets
from typing import Any

from flask import Blueprint, Response, abort, current_app
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from config import Settings
from models.cases import Media

log = logging.getLogger("bot.media_links")
blueprint = Blueprint("media", __name__)
SALT = "case-photo-v1"


# Without a channel secret (the simulator: web and workers in one process) links are signed with a
# key made for this process alone, so nobody can forge one from a known string.
_PROCESS_KEY = secrets.token_urlsafe(32)


def _serializer(settings: Settings) -> URLSafeTimedSerializer:
    # The channel secret is the one secret every web and worker process already shares.
    return URLSafeTimedSerializer(settings.line_channel_secret or _PROCESS_KEY, salt=SALT)


def photo_url(settings: Settings, media_id: int) -> str:
    token = _serializer(settings).dumps({"m": media_id})
    return f"{settings.public_base_url.rstrip('/')}/media/{token}"


def media_id_of(settings: Settings, token: str) -> int | None:
    try:
        payload: Any = _serializer(settings).loads(token, max_age=settings.photo_link_seconds)
    except SignatureExpired:
        log.info(json.dumps({"media_link": "expired"}))
        return None
    except BadSignature:
        log.warning(json.dumps({"media_link": "bad_signature"}))
        return None
    media_id = payload.get("m") if isinstance(payload, dict) else None
    return media_id if isinstance(media_id, int) else None


@blueprint.get("/media/<token>")
def serve(token: str) -> Response:
    settings: Settings = current_app.config["BOT_SETTINGS"]
    media_id = media_id_of(settings, token)
    if media_id is None:
        abort(404)
    with current_app.extensions["bot_sessions"]() as session:
        media = session.get(Media, media_id)
        if media is None:
            abort(404)
        response = Response(media.content, mimetype=media.content_type)
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response
