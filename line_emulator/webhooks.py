"""Webhook events as LINE builds them, signed and POSTed to the bot's webhook URL."""

from __future__ import annotations

import base64
import binascii
import copy
import hashlib
import hmac
import json
import secrets
import threading
from typing import Any

import requests

from line_emulator.state import PlatformState

EVENT_TYPES = ("text", "image", "location", "sticker", "postback", "follow", "unfollow")
_http = threading.local()


class EventSpecError(ValueError):
    """A control request described an event the emulator cannot build."""


def signature(channel_secret: str, body: bytes) -> str:
    """x-line-signature: Base64(HMAC-SHA256(channel secret, exact body bytes))."""
    return base64.b64encode(hmac.new(channel_secret.encode(), body, hashlib.sha256).digest()).decode()


def encode_body(destination: str, events: list[dict[str, Any]]) -> bytes:
    return json.dumps(
        {"destination": destination, "events": events}, ensure_ascii=False, separators=(",", ":")
    ).encode()


def _required(spec: dict[str, Any], key: str, kind: type | tuple[type, ...]) -> Any:
    value = spec.get(key)
    if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
        raise EventSpecError(f"a {spec.get('type')} event needs {key!r}")
    return value


def build_event(state: PlatformState, spec: dict[str, Any]) -> dict[str, Any]:
    """A complete webhook event from {"userId", "type", ...type fields}; updates the platform as the
    user's action would (reply token issued, image content stored, blocked/unblocked)."""
    user_id = spec.get("userId")
    if not isinstance(user_id, str) or not user_id:
        raise EventSpecError("every event needs a userId")
    kind = spec.get("type", "text")
    if kind not in EVENT_TYPES:
        raise EventSpecError(f"unknown event type {kind!r}; use one of {', '.join(EVENT_TYPES)}")
    mode = spec.get("mode", "active")
    if mode not in ("active", "standby"):
        raise EventSpecError("mode must be active or standby")
    state.profile(user_id)
    event: dict[str, Any] = {
        "type": "message",
        "mode": mode,
        "timestamp": state.next_timestamp(),
        "source": {"type": "user", "userId": user_id},
        "webhookEventId": state.new_event_id(),
        "deliveryContext": {"isRedelivery": False},
    }
    if kind in ("text", "image", "location", "sticker"):
        event["message"] = _message(state, kind, spec)
    elif kind == "postback":
        event["type"] = "postback"
        event["postback"] = {"data": _required(spec, "data", str)}
        if spec.get("params"):
            params = spec["params"]
            if not isinstance(params, dict):
                raise EventSpecError("postback params must be an object")
            event["postback"]["params"] = params
    elif kind == "follow":
        was_blocked = state.set_blocked(user_id, False)
        unblocked = spec.get("isUnblocked")
        event["type"] = "follow"
        event["follow"] = {"isUnblocked": bool(was_blocked if unblocked is None else unblocked)}
    else:  # unfollow: no reply token
        state.set_blocked(user_id, True)
        event["type"] = "unfollow"
    if kind != "unfollow" and mode == "active":
        event["replyToken"] = state.issue_reply_token(user_id)
    return event


def _message(state: PlatformState, kind: str, spec: dict[str, Any]) -> dict[str, Any]:
    message: dict[str, Any] = {"id": state.new_message_id(), "type": kind}
    if kind == "text":
        message["text"] = _required(spec, "text", str)
        message["quoteToken"] = secrets.token_urlsafe(24)
    elif kind == "image":
        provider = spec.get("contentProvider") or {"type": "line"}
        if provider.get("type") == "line":
            encoded = spec.get("content_base64", spec.get("content"))
            if not isinstance(encoded, str):
                raise EventSpecError("an image event needs content_base64 (the image bytes, base64)")
            try:
                content = base64.b64decode(encoded, validate=True)
            except (binascii.Error, ValueError) as error:
                raise EventSpecError("content_base64 is not valid base64") from error
            state.store_content(message["id"], content, str(spec.get("content_type") or "image/jpeg"))
        message["contentProvider"] = provider
        message["quoteToken"] = secrets.token_urlsafe(24)
    elif kind == "location":
        message["latitude"] = _required(spec, "latitude", (int, float))
        message["longitude"] = _required(spec, "longitude", (int, float))
        for key in ("title", "address"):
            if spec.get(key) is not None:
                message[key] = str(spec[key])
    else:  # sticker
        message["packageId"] = str(spec.get("packageId", "446"))
        message["stickerId"] = str(spec.get("stickerId", "1988"))
        message["stickerResourceType"] = str(spec.get("stickerResourceType", "STATIC"))
        message["quoteToken"] = secrets.token_urlsafe(24)
    return message


def redelivery_of(event: dict[str, Any]) -> dict[str, Any]:
    """The same event again as LINE redelivers it: same id, reply token and timestamp."""
    again = copy.deepcopy(event)
    again["deliveryContext"] = {**(again.get("deliveryContext") or {}), "isRedelivery": True}
    return again


def post_webhook(state: PlatformState, body: bytes, signature_header: str | None = None) -> tuple[int | None, str]:
    """POST a webhook body to the bot: (its HTTP status, its response text), or (None, why it failed)."""
    url = state.webhook_url
    if not url:
        return None, "no webhook URL configured"
    headers = {
        "Content-Type": "application/json; charset=utf-8",
        "User-Agent": "LineBotWebhook/2.0",
        "x-line-signature": signature_header if signature_header is not None else signature(state.channel_secret, body),
    }
    session = state.webhook_session or getattr(_http, "session", None)
    if session is None:
        session = _http.session = requests.Session()
    try:
        response = session.post(url, data=body, headers=headers, timeout=state.webhook_timeout)
    except requests.RequestException as error:
        return None, f"{type(error).__name__}: {error}"
    return response.status_code, response.text


def send_events(
    state: PlatformState,
    events: list[dict[str, Any]],
    remember: bool = True,
    display_texts: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Sign and send events in one webhook POST; returns {"status", "body", "events"}.

    `remember` keeps them for a later redelivery (a redelivery itself is not remembered);
    `display_texts` (by webhookEventId) is what the user's chat showed for a tapped postback."""
    if remember:
        state.remember_events(events, display_texts)
    status, text = post_webhook(state, encode_body(state.bot_user_id, events))
    return {"status": status, "body": text, "events": events}


def send_raw(state: PlatformState, body: bytes, signature_header: str | None = None) -> dict[str, Any]:
    """Send exact bytes (signed correctly unless a signature is given)."""
    try:
        parsed = json.loads(body)
        events = parsed.get("events", []) if isinstance(parsed, dict) else []
    except ValueError:
        events = []
    status, text = post_webhook(state, body, signature_header)
    return {"status": status, "body": text, "events": events if isinstance(events, list) else []}
