"""The control API under /_emulator/ (no auth): act as users, inject failures, read what the bot sent."""

from __future__ import annotations

import base64
import binascii
import math
from typing import Any

from flask import Blueprint, Flask, jsonify, request

from line_emulator.errors import LineError, read_json
from line_emulator.state import InjectedFailure, PlatformState
from line_emulator.webhooks import EventSpecError, build_event, redelivery_of, send_events, send_raw

MAX_CONTROL_BODY = 64 * 1024 * 1024  # images travel base64 in control requests
MAX_DELAY = 3600.0
SLOW_BUT_NORMAL = {0, "0", "timeout", None}


def _bad(message: str) -> LineError:
    return LineError(400, message)


def parse_failure(body: dict[str, Any]) -> InjectedFailure:
    """{"count", "status", "delay", "path_prefix", "body"} → an InjectedFailure (400 when malformed)."""
    count = body.get("count", 1)
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise _bad("count must be a positive integer")
    raw_status = body.get("status", 500)
    if raw_status in SLOW_BUT_NORMAL:
        status = None
    elif isinstance(raw_status, int) and not isinstance(raw_status, bool) and 100 <= raw_status <= 599:
        status = None if 200 <= raw_status < 300 else raw_status  # a 2xx "failure" is a slow real answer
    else:
        raise _bad('status must be an HTTP status (100-599), 0 or "timeout"')
    delay = body.get("delay", 0.0)
    if isinstance(delay, bool) or not isinstance(delay, int | float) or not 0 <= delay <= MAX_DELAY:
        raise _bad(f"delay must be a number of seconds between 0 and {MAX_DELAY:g}")
    if not math.isfinite(delay):
        raise _bad("delay must be finite")
    prefix = body.get("path_prefix")
    if prefix is not None and not isinstance(prefix, str):
        raise _bad("path_prefix must be a string")
    answer = body.get("body")
    if answer is not None and not isinstance(answer, dict | str):
        raise _bad("body must be an object or a string")
    return InjectedFailure(count, status, float(delay), prefix or None, answer)


def _event_from(state: PlatformState, item: Any) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise _bad("each event must be an object")
    if "userId" in item:  # a short spec: {"userId", "type", ...}
        try:
            return build_event(state, item)
        except EventSpecError as error:
            raise _bad(str(error)) from None
    return item  # a raw event, sent exactly as given


def _redeliveries(state: PlatformState, value: Any) -> list[dict[str, Any]]:
    items = value if isinstance(value, list) else [value]
    events = []
    for item in items:
        event_id = item if isinstance(item, str) else item.get("webhookEventId") if isinstance(item, dict) else None
        original = state.sent_event(event_id) if isinstance(event_id, str) else None
        if original is None and not isinstance(item, dict):
            raise _bad(f"no event {event_id!r} was sent")
        events.append(redelivery_of(original if original is not None else item))
    return events


def register(app: Flask, state: PlatformState) -> None:
    routes = Blueprint("control", __name__)

    @routes.get("/_emulator/health")
    def health() -> Any:
        return jsonify(status="ok", webhook_url=state.webhook_url)

    @routes.route("/_emulator/config", methods=["GET", "POST"])
    def config() -> Any:
        if request.method == "POST":
            body = read_json(MAX_CONTROL_BODY)
            with state.lock:
                if "webhook_url" in body:
                    state.webhook_url = body["webhook_url"] or None
                for key in ("reply_token_ttl", "retry_key_ttl", "webhook_timeout"):
                    if key in body:
                        value = body[key]
                        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                            raise _bad(f"{key} must be a non-negative number of seconds")
                        setattr(state, key, float(value))
        return jsonify(
            webhook_url=state.webhook_url,
            reply_token_ttl=state.reply_token_ttl,
            retry_key_ttl=state.retry_key_ttl,
            webhook_timeout=state.webhook_timeout,
            destination=state.bot_user_id,
        )

    @routes.post("/_emulator/fail")
    def fail() -> Any:
        state.add_failure(parse_failure(read_json(MAX_CONTROL_BODY)))
        return jsonify({})

    @routes.get("/_emulator/calls")
    def calls() -> Any:
        return jsonify(calls=state.recorded_calls(request.args.get("path_prefix")))

    @routes.get("/_emulator/calls/count")
    def count_calls() -> Any:
        status = request.args.get("status")
        if status is not None and not status.isdigit():
            return jsonify(message="status must be a number"), 400
        count = state.count_calls(request.args.get("path_prefix"), int(status) if status else None)
        return jsonify(count=count)

    @routes.delete("/_emulator/calls")
    def clear_calls() -> Any:
        state.clear_calls()
        return jsonify({})

    @routes.get("/_emulator/messages")
    def messages() -> Any:
        include_undelivered = request.args.get("all", "").lower() in {"1", "true", "yes"}
        return jsonify(messages=state.messages_to(request.args.get("to"), include_undelivered))

    @routes.post("/_emulator/users")
    def add_user() -> Any:
        body = read_json(MAX_CONTROL_BODY)
        user_id, name = body.get("userId"), body.get("displayName")
        if not isinstance(user_id, str) or not user_id or not isinstance(name, str):
            raise _bad("userId and displayName are required")
        state.add_user(user_id, name, str(body.get("language") or "th"), body.get("pictureUrl"))
        return jsonify(state.profile(user_id).as_json())

    @routes.post("/_emulator/quota")
    def quota() -> Any:
        body = read_json(MAX_CONTROL_BODY)
        limit, used = body.get("limit"), body.get("used", 0)
        for name, value in (("limit", limit), ("used", used)):
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
                raise _bad(f"{name} must be a non-negative integer")
        state.set_quota(limit, used or 0)
        return jsonify(limit=limit, used=used or 0)

    @routes.post("/_emulator/reset")
    def reset() -> Any:
        state.reset()
        return jsonify({})

    @routes.post("/_emulator/reply_tokens")
    def reply_tokens() -> Any:
        """Tokens for webhook bodies that a benchmark builds and signs itself, as LINE issues them."""
        users = read_json(MAX_CONTROL_BODY).get("userIds")
        if not isinstance(users, list) or not all(isinstance(user, str) and user for user in users):
            raise _bad("userIds must be a list of user ids")
        return jsonify(tokens={user: state.issue_reply_token(user) for user in users})

    @routes.post("/_emulator/content/<message_id>/expire")
    def expire_content(message_id: str) -> Any:
        if not state.expire_content(message_id):
            raise LineError(404, "no content with that message id")
        return jsonify({})

    @routes.post("/_emulator/webhook")
    def webhook() -> Any:
        body = read_json(MAX_CONTROL_BODY)
        if "raw" in body or "raw_base64" in body:
            signature = body.get("signature")
            if signature is not None and not isinstance(signature, str):
                raise _bad("signature must be a string")
            return jsonify(send_raw(state, _raw_bytes(body), signature))
        if "redeliver" in body:
            return jsonify(send_events(state, _redeliveries(state, body["redeliver"]), remember=False))
        if "events" in body:
            if not isinstance(body["events"], list):
                raise _bad("events must be an array")
            items = body["events"]
        else:
            items = [body]
        events = [_event_from(state, item) for item in items]
        shown = {
            event["webhookEventId"]: item["displayText"]
            for item, event in zip(items, events, strict=True)
            if isinstance(item, dict) and isinstance(item.get("displayText"), str) and "webhookEventId" in event
        }
        return jsonify(send_events(state, events, display_texts=shown))

    app.register_blueprint(routes)


def _raw_bytes(body: dict[str, Any]) -> bytes:
    if isinstance(body.get("raw"), str):
        return body["raw"].encode("utf-8")
    try:
        return base64.b64decode(str(body.get("raw_base64")), validate=True)
    except (binascii.Error, ValueError):
        raise _bad("raw must be a string, or raw_base64 base64 bytes") from None
