"""Building and sending signed webhook events to the bot, as LINE does."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import string
import uuid
from typing import Any

import requests

from line_emulator.state import PlatformState

ULID_ALPHABET = string.digits + "ABCDEFGHJKMNPQRSTVWXYZ"


def signature(secret: str, body: bytes) -> str:
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


def new_event_id() -> str:
    return "01" + "".join(secrets.choice(ULID_ALPHABET) for _ in range(24))


def build_event(state: PlatformState, spec: dict[str, Any]) -> dict[str, Any]:
    """A full webhook event from a short spec: {"userId", "type", ...type fields}."""
    user_id = spec["userId"]
    kind = spec.get("type", "text")
    profile = state.profile(user_id)
    event: dict[str, Any] = {
        "mode": "active",
        "timestamp": state.next_timestamp(),
        "source": {"type": "user", "userId": user_id},
        "webhookEventId": new_event_id(),
        "deliveryContext": {"isRedelivery": False},
    }
    message_id = str(uuid.uuid4().int)[:18]
    if kind == "text":
        event["type"] = "message"
        event["message"] = {"id": message_id, "type": "text", "quoteToken": secrets.token_hex(8), "text": spec["text"]}
    elif kind == "image":
        content = (
            base64.b64decode(spec.get("content_base64", "")) if "content_base64" in spec else spec.get("content", b"")
        )
        with state.lock:
            state.contents[message_id] = (content, spec.get("content_type", "image/jpeg"))
        event["type"] = "message"
        event["message"] = {
            "id": message_id,
            "type": "image",
            "quoteToken": secrets.token_hex(8),
            "contentProvider": {"type": "line"},
        }
    elif kind == "location":
        message: dict[str, Any] = {
            "id": message_id,
            "type": "location",
            "latitude": spec["latitude"],
            "longitude": spec["longitude"],
        }
        for field in ("title", "address"):
            if spec.get(field):
                message[field] = spec[field]
        event["type"] = "message"
        event["message"] = message
    elif kind == "sticker":
        event["type"] = "message"
        event["message"] = {
            "id": message_id,
            "type": "sticker",
            "quoteToken": secrets.token_hex(8),
            "packageId": spec.get("packageId", "446"),
            "stickerId": spec.get("stickerId", "1988"),
            "stickerResourceType": "STATIC",
        }
    elif kind == "postback":
        event["type"] = "postback"
        event["postback"] = {"data": spec["data"]}
        if spec.get("params"):
            event["postback"]["params"] = spec["params"]
    elif kind == "follow":
        event["type"] = "follow"
        event["follow"] = {"isUnblocked": bool(spec.get("isUnblocked", profile.blocked))}
        profile.blocked = False
    elif kind == "unfollow":
        event["type"] = "unfollow"
        profile.blocked = True
    else:
        raise ValueError(f"unknown event type {kind!r}")
    if kind != "unfollow":
        event["replyToken"] = state.issue_reply_token(user_id)
    return event


def post_events(state: PlatformState, events: list[dict[str, Any]], raw: bytes | None = None) -> dict[str, Any]:
    """Sign and POST a webhook body to the bot; returns its answer and the events sent."""
    if not state.webhook_url:
        return {"status": None, "body": "no webhook URL configured", "events": events}
    body = raw if raw is not None else json.dumps({"destination": "Uemulator", "events": events}).encode()
    with state.lock:
        for event in events:
            if isinstance(event, dict) and "webhookEventId" in event:
                state.sent_events[event["webhookEventId"]] = event
    response = requests.post(
        state.webhook_url,
        data=body,
        headers={"Content-Type": "application/json", "x-line-signature": signature(state.channel_secret, body)},
        timeout=30,
    )
    return {"status": response.status_code, "body": response.text, "events": events}


def redelivery_of(event: dict[str, Any]) -> dict[str, Any]:
    again = json.loads(json.dumps(event))
    again.setdefault("deliveryContext", {})["isRedelivery"] = True
    return again
