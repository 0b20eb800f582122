"""Messaging API: reply, push, multicast, message validation, profile, content, quota, loading, bot info."""

from __future__ import annotations

import re
from typing import Any

from flask import Blueprint, Flask, Response, g, jsonify, request

from line_emulator.errors import NOT_FOUND, LineError, invalid, read_json
from line_emulator.limits import (
    validate_loading,
    validate_messages,
    validate_multicast,
    validate_push,
    validate_reply,
)
from line_emulator.state import PlatformState

UUID_PATTERN = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def _retry_key() -> str | None:
    key = request.headers.get("X-Line-Retry-Key")
    if key is not None and not UUID_PATTERN.fullmatch(key):
        raise LineError(400, "The value of the X-Line-Retry-Key header must be a UUID")
    return key


def _answer(status: int, body: dict[str, Any]) -> tuple[Response, int]:
    return jsonify(body), status


def register(app: Flask, state: PlatformState) -> None:
    routes = Blueprint("messaging", __name__)

    @routes.post("/v2/bot/message/reply")
    def reply() -> Any:
        if request.headers.get("X-Line-Retry-Key") is not None:
            raise LineError(400, "The X-Line-Retry-Key header cannot be used with the reply API")
        body = read_json()
        if isinstance(body.get("replyToken"), str):  # who the answer was for, even when LINE refuses it
            g.chat_users = [state.reply_token_owner(body["replyToken"])]
        if problems := validate_reply(body):
            raise invalid(problems)
        flags = {"notificationDisabled": body.get("notificationDisabled", False)}
        return _answer(*state.reply(body["replyToken"], body["messages"], g.request_id, **flags))

    @routes.post("/v2/bot/message/push")
    def push() -> Any:
        key = _retry_key()
        body = read_json()
        if problems := validate_push(body):
            raise invalid(problems)
        flags = {"notificationDisabled": body.get("notificationDisabled", False)}
        return _answer(*state.send("push", [body["to"]], body["messages"], g.request_id, key, **flags))

    @routes.post("/v2/bot/message/multicast")
    def multicast() -> Any:
        key = _retry_key()
        body = read_json()
        if problems := validate_multicast(body):
            raise invalid(problems)
        recipients = list(dict.fromkeys(body["to"]))  # one delivery (and one quota count) per user
        flags = {"notificationDisabled": body.get("notificationDisabled", False)}
        return _answer(*state.send("multicast", recipients, body["messages"], g.request_id, key, **flags))

    @routes.post("/v2/bot/message/validate/<kind>")
    def validate(kind: str) -> Any:
        if kind not in {"reply", "push", "multicast", "narrowcast", "broadcast"}:
            raise LineError(404, NOT_FOUND)
        if problems := validate_messages(read_json().get("messages")):
            raise invalid(problems)
        return jsonify({})

    @routes.get("/v2/bot/message/quota")
    def quota() -> Any:
        limit = state.quota_limit
        return jsonify({"type": "none"} if limit is None else {"type": "limited", "value": limit})

    @routes.get("/v2/bot/message/quota/consumption")
    def consumption() -> Any:
        return jsonify(totalUsage=state.quota_used)

    @routes.post("/v2/bot/chat/loading/start")
    def loading() -> Any:
        if problems := validate_loading(read_json()):
            raise invalid(problems)
        return jsonify({}), 202

    @routes.get("/v2/bot/profile/<user_id>")
    def profile(user_id: str) -> Any:
        known = state.known_profile(user_id)
        if known is None or known.blocked:  # LINE has no profile for users who are not friends
            raise LineError(404, NOT_FOUND)
        return jsonify(known.as_json())

    @routes.get("/v2/bot/message/<message_id>/content")
    def content(message_id: str) -> Any:
        found = state.content(message_id)
        if found == 410:
            raise LineError(410, "Gone")
        if isinstance(found, int):
            raise LineError(404, NOT_FOUND)
        return Response(found[0], mimetype=found[1])

    @routes.get("/v2/bot/info")
    def bot_info() -> Any:
        return jsonify(
            userId=state.bot_user_id,
            basicId="@emulator",
            displayName="LINE emulator",
            chatMode="bot",
            markAsReadMode="manual",
        )

    app.register_blueprint(routes)
