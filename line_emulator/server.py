"""The emulated LINE Messaging API (and its control API under /_emulator/) as a Flask app."""

from __future__ import annotations

import base64
import json
import re
import secrets
import struct
import time
import uuid
from typing import Any

from flask import Flask, Response, g, jsonify, request

from line_emulator.limits import validate_messages, validate_rich_menu
from line_emulator.state import InjectedFailure, PlatformState, RichMenu
from line_emulator.webhooks import build_event, post_events, redelivery_of

MAX_BODY = 2 * 1024 * 1024
UUID_PATTERN = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
RECORDED_HEADERS = ("x-line-retry-key", "content-type")


def error(status: int, message: str, details: list[dict[str, str]] | None = None, **extra: Any) -> Response:
    body: dict[str, Any] = {"message": message}
    if details:
        body["details"] = details
    body.update(extra)
    return jsonify(body), status  # type: ignore[return-value]


def image_size(data: bytes) -> tuple[str, int, int] | None:
    """(format, width, height) of PNG or JPEG bytes, read from their headers."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return "png", width, height
    if data[:2] == b"\xff\xd8":
        index = 2
        while index + 9 < len(data):
            if data[index] != 0xFF:
                index += 1
                continue
            marker = data[index + 1]
            length = struct.unpack(">H", data[index + 2 : index + 4])[0]
            if marker in (0xC0, 0xC1, 0xC2):
                height, width = struct.unpack(">HH", data[index + 5 : index + 9])
                return "jpeg", width, height
            index += 2 + length
    return None


def create_app(state: PlatformState) -> Flask:
    app = Flask("line_emulator")
    app.config["MAX_CONTENT_LENGTH"] = 16 * 1024 * 1024

    @app.before_request
    def before() -> Response | None:
        g.request_id = secrets.token_hex(16)
        if request.path.startswith("/_emulator/"):
            return None
        authorization = request.headers.get("Authorization", "")
        token = authorization.removeprefix("Bearer ").strip() if authorization.startswith("Bearer ") else ""
        if not token or (state.access_token and token != state.access_token):
            return error(401, "Authentication failed due to the expired access token")
        failure = state.take_failure(request.path)
        if failure is not None:
            return _injected(failure)
        return None

    def _injected(failure: InjectedFailure) -> Response | None:
        if failure.delay:
            time.sleep(failure.delay)
        g.injected = True
        if failure.status in (0, 200):
            return None  # a slow but normal answer: lets the client time out
        return error(failure.status, (failure.body or {}).get("message", "Injected failure"))

    @app.after_request
    def after(response: Response) -> Response:
        response.headers["x-line-request-id"] = g.get("request_id", "")
        if not request.path.startswith("/_emulator/"):
            body = request.get_json(silent=True) if request.is_json else None
            with state.lock:
                state.calls.append(
                    {
                        "seq": state.next_seq(),
                        "time": time.time(),
                        "method": request.method,
                        "path": request.path,
                        "headers": {name: request.headers.get(name) for name in RECORDED_HEADERS},
                        "authorized": bool(request.headers.get("Authorization")),
                        "body": body,
                        "status": response.status_code,
                        "response": response.get_json(silent=True) if response.is_json else None,
                        "request_id": g.get("request_id"),
                    }
                )
        return response

    def json_body() -> dict[str, Any] | Response:
        if (request.content_length or 0) > MAX_BODY:
            return error(413, "Request body is too large")
        try:
            body = json.loads(request.get_data() or b"")
        except ValueError:
            return error(400, "The request body has 1 error(s)", [{"message": "Invalid JSON", "property": ""}])
        if not isinstance(body, dict):
            return error(400, "The request body has 1 error(s)", [{"message": "Must be an object", "property": ""}])
        return body

    def checked_messages(body: dict[str, Any]) -> Response | None:
        problems = validate_messages(body.get("messages"))
        if problems:
            return error(400, f"The request body has {len(problems)} error(s)", problems)
        return None

    def retry_key() -> tuple[str | None, Response | None]:
        key = request.headers.get("X-Line-Retry-Key")
        if key is None:
            return None, None
        if not UUID_PATTERN.fullmatch(key):
            return None, error(400, "The retry key must be a UUID")
        with state.lock:
            if key in state.retry_keys:
                return key, error(409, "The retry key is already accepted", sentMessages=state.retry_keys[key])
        return key, None

    def charge_quota(recipients: int) -> Response | None:
        with state.lock:
            if state.quota_limit is not None and state.quota_used + recipients > state.quota_limit:
                return error(429, "You have reached your monthly limit.")
            state.quota_used += recipients
        return None

    # -- messages -----------------------------------------------------------------------------------

    @app.post("/v2/bot/message/reply")
    def reply() -> Any:
        body = json_body()
        if isinstance(body, Response):
            return body
        if request.headers.get("X-Line-Retry-Key"):
            return error(400, "The retry key cannot be used with the reply API")
        refused = checked_messages(body)
        if refused:
            return refused
        user_id = state.take_reply_token(str(body.get("replyToken", "")))
        if user_id is None:
            return error(400, "Invalid reply token")
        sent = state.deliver(user_id, body["messages"], "reply", g.request_id)
        return jsonify(sentMessages=sent)

    @app.post("/v2/bot/message/push")
    def push() -> Any:
        body = json_body()
        if isinstance(body, Response):
            return body
        key, refused = retry_key()
        if refused:
            return refused
        refused = checked_messages(body)
        if refused:
            return refused
        to = body.get("to")
        if not isinstance(to, str) or not to:
            return error(400, "The request body has 1 error(s)", [{"message": "Must not be empty", "property": "to"}])
        refused = charge_quota(1)
        if refused:
            return refused
        sent = state.deliver(to, body["messages"], "push", g.request_id)
        if key:
            with state.lock:
                state.retry_keys[key] = sent
        return jsonify(sentMessages=sent)

    @app.post("/v2/bot/message/multicast")
    def multicast() -> Any:
        body = json_body()
        if isinstance(body, Response):
            return body
        key, refused = retry_key()
        if refused:
            return refused
        refused = checked_messages(body)
        if refused:
            return refused
        to = body.get("to")
        if not isinstance(to, list) or not 1 <= len(to) <= 500:
            return error(
                400,
                "The request body has 1 error(s)",
                [{"message": "Size must be between 1 and 500", "property": "to"}],
            )
        refused = charge_quota(len(to))
        if refused:
            return refused
        for user_id in to:
            state.deliver(user_id, body["messages"], "multicast", g.request_id)
        if key:
            with state.lock:
                state.retry_keys[key] = []
        return jsonify({})

    @app.get("/v2/bot/message/quota")
    def quota() -> Any:
        if state.quota_limit is None:
            return jsonify(type="none")
        return jsonify(type="limited", value=state.quota_limit)

    @app.get("/v2/bot/message/quota/consumption")
    def consumption() -> Any:
        return jsonify(totalUsage=state.quota_used)

    @app.post("/v2/bot/chat/loading/start")
    def loading() -> Any:
        body = json_body()
        if isinstance(body, Response):
            return body
        seconds = body.get("loadingSeconds", 20)
        if not isinstance(seconds, int) or not 5 <= seconds <= 60 or seconds % 5:
            return error(
                400, "The request body has 1 error(s)", [{"message": "Invalid value", "property": "loadingSeconds"}]
            )
        return jsonify({}), 202

    @app.get("/v2/bot/profile/<user_id>")
    def profile(user_id: str) -> Any:
        with state.lock:
            known = state.users.get(user_id)
        if known is None:
            return error(404, "Not found")
        return jsonify(userId=known.user_id, displayName=known.display_name, language=known.language)

    @app.get("/v2/bot/message/<message_id>/content")
    def content(message_id: str) -> Any:
        with state.lock:
            stored = state.contents.get(message_id)
            expired = message_id in state.expired_contents
        if expired:
            return error(410, "Gone")
        if stored is None:
            return error(404, "Not found")
        return Response(stored[0], mimetype=stored[1])

    # -- rich menus ---------------------------------------------------------------------------------

    @app.post("/v2/bot/richmenu/validate")
    def validate_menu() -> Any:
        body = json_body()
        if isinstance(body, Response):
            return body
        problems = validate_rich_menu(body)
        return error(400, "The request body has errors", problems) if problems else jsonify({})

    @app.post("/v2/bot/richmenu")
    def create_menu() -> Any:
        body = json_body()
        if isinstance(body, Response):
            return body
        problems = validate_rich_menu(body)
        if problems:
            return error(400, f"The request body has {len(problems)} error(s)", problems)
        now = time.time()
        with state.lock:
            state.menu_creations = [at for at in state.menu_creations if now - at < 3600]
            if len(state.menu_creations) >= 100:
                return error(429, "Too many rich menu creations")
            state.menu_creations.append(now)
            menu_id = f"richmenu-{uuid.uuid4().hex}"
            state.rich_menus[menu_id] = RichMenu(menu_id, body)
        return jsonify(richMenuId=menu_id)

    @app.get("/v2/bot/richmenu/list")
    def list_menus() -> Any:
        with state.lock:
            menus = [{"richMenuId": m.menu_id, **m.definition} for m in state.rich_menus.values()]
        return jsonify(richmenus=menus)

    @app.route("/v2/bot/richmenu/<menu_id>", methods=["GET", "DELETE"])
    def one_menu(menu_id: str) -> Any:
        with state.lock:
            menu = state.rich_menus.get(menu_id)
            if menu is None:
                return error(404, "Not found")
            if request.method == "DELETE":
                del state.rich_menus[menu_id]
                state.user_menus = {u: m for u, m in state.user_menus.items() if m != menu_id}
                if state.default_menu == menu_id:
                    state.default_menu = None
                return jsonify({})
        return jsonify(richMenuId=menu_id, **menu.definition)

    @app.route("/v2/bot/richmenu/<menu_id>/content", methods=["GET", "POST"])
    def menu_image(menu_id: str) -> Any:
        with state.lock:
            menu = state.rich_menus.get(menu_id)
        if menu is None:
            return error(404, "Not found")
        if request.method == "GET":
            if menu.image is None:
                return error(404, "Not found")
            return Response(menu.image, mimetype=menu.image_type)
        data = request.get_data()
        if request.mimetype not in {"image/png", "image/jpeg"}:
            return error(400, "Content-Type must be image/png or image/jpeg")
        if len(data) > 1024 * 1024:
            return error(400, "Image must be at most 1 MB")
        found = image_size(data)
        size = menu.definition["size"]
        if found is None or found[0] != request.mimetype.split("/")[1]:
            return error(400, "The image is not a PNG or JPEG of the declared type")
        if (found[1], found[2]) != (size["width"], size["height"]):
            return error(
                400, f"Image size {found[1]}x{found[2]} does not match the rich menu {size['width']}x{size['height']}"
            )
        with state.lock:
            if menu.image is not None:
                return error(400, "An image has already been uploaded to the richmenu")
            menu.image, menu.image_type = data, request.mimetype
        return jsonify({})

    def linkable(menu_id: str) -> Response | None:
        with state.lock:
            menu = state.rich_menus.get(menu_id)
        if menu is None:
            return error(404, "Not found")
        if menu.image is None:
            return error(400, "Must upload richmenu image before applying it to user")
        return None

    @app.post("/v2/bot/user/<user_id>/richmenu/<menu_id>")
    def link(user_id: str, menu_id: str) -> Any:
        refused = linkable(menu_id)
        if refused:
            return refused
        with state.lock:
            state.user_menus[user_id] = menu_id
        return jsonify({})

    @app.route("/v2/bot/user/<user_id>/richmenu", methods=["GET", "DELETE"])
    def user_menu(user_id: str) -> Any:
        with state.lock:
            if request.method == "DELETE":
                state.user_menus.pop(user_id, None)
                return jsonify({})
            menu_id = state.user_menus.get(user_id)
        return jsonify(richMenuId=menu_id) if menu_id else error(404, "the user has no richmenu")

    @app.post("/v2/bot/richmenu/bulk/link")
    def bulk_link() -> Any:
        body = json_body()
        if isinstance(body, Response):
            return body
        users = body.get("userIds")
        if not isinstance(users, list) or not 1 <= len(users) <= 500:
            return error(400, "userIds must have 1 to 500 items")
        refused = linkable(str(body.get("richMenuId")))
        if refused:
            return refused
        with state.lock:
            for user_id in users:
                state.user_menus[user_id] = body["richMenuId"]
        return jsonify({}), 202

    @app.post("/v2/bot/richmenu/bulk/unlink")
    def bulk_unlink() -> Any:
        body = json_body()
        if isinstance(body, Response):
            return body
        with state.lock:
            for user_id in body.get("userIds") or []:
                state.user_menus.pop(user_id, None)
        return jsonify({}), 202

    @app.route("/v2/bot/user/all/richmenu", methods=["GET", "DELETE"])
    def default_menu() -> Any:
        with state.lock:
            if request.method == "DELETE":
                state.default_menu = None
                return jsonify({})
            menu_id = state.default_menu
        return jsonify(richMenuId=menu_id) if menu_id else error(404, "no default richmenu")

    @app.post("/v2/bot/user/all/richmenu/<menu_id>")
    def set_default(menu_id: str) -> Any:
        refused = linkable(menu_id)
        if refused:
            return refused
        with state.lock:
            state.default_menu = menu_id
        return jsonify({})

    @app.post("/v2/bot/richmenu/alias")
    def create_alias() -> Any:
        body = json_body()
        if isinstance(body, Response):
            return body
        alias, menu_id = body.get("richMenuAliasId"), body.get("richMenuId")
        if not isinstance(alias, str) or not re.fullmatch(r"[A-Za-z0-9_-]{1,32}", alias):
            return error(400, "Invalid richMenuAliasId")
        with state.lock:
            if alias in state.aliases:
                return error(400, "conflict richmenu alias id")
            if menu_id not in state.rich_menus:
                return error(400, "richmenu not found")
            state.aliases[alias] = menu_id
        return jsonify({})

    @app.get("/v2/bot/richmenu/alias/list")
    def list_aliases() -> Any:
        with state.lock:
            aliases = [{"richMenuAliasId": a, "richMenuId": m} for a, m in state.aliases.items()]
        return jsonify(aliases=aliases)

    @app.route("/v2/bot/richmenu/alias/<alias>", methods=["GET", "POST", "DELETE"])
    def one_alias(alias: str) -> Any:
        with state.lock:
            if alias not in state.aliases:
                return error(404, "Not found")
            if request.method == "DELETE":
                del state.aliases[alias]
                return jsonify({})
            if request.method == "POST":
                menu_id = (request.get_json(silent=True) or {}).get("richMenuId")
                if menu_id not in state.rich_menus:
                    return error(400, "richmenu not found")
                state.aliases[alias] = menu_id
                return jsonify({})
            return jsonify(richMenuAliasId=alias, richMenuId=state.aliases[alias])

    # -- control API --------------------------------------------------------------------------------

    @app.get("/_emulator/health")
    def health() -> Any:
        return jsonify(status="ok")

    @app.post("/_emulator/fail")
    def fail() -> Any:
        body = request.get_json(force=True)
        status = body.get("status", 500)
        with state.lock:
            state.failures.append(
                InjectedFailure(
                    remaining=int(body.get("count", 1)),
                    status=0 if status == "timeout" else int(status),
                    delay=float(body.get("delay", 0.0)),
                    path_prefix=body.get("path_prefix"),
                    body=body.get("body"),
                )
            )
        return jsonify({})

    @app.route("/_emulator/calls", methods=["GET", "DELETE"])
    def calls() -> Any:
        with state.lock:
            if request.method == "DELETE":
                state.calls.clear()
                return jsonify({})
            prefix = request.args.get("path_prefix")
            found = [call for call in state.calls if not prefix or call["path"].startswith(prefix)]
        return jsonify(calls=found)

    @app.get("/_emulator/messages")
    def messages() -> Any:
        to = request.args.get("to")
        with state.lock:
            found = [d for d in state.deliveries if d["delivered"] and (to is None or d["to"] == to)]
        return jsonify(messages=found)

    @app.post("/_emulator/users")
    def add_user() -> Any:
        body = request.get_json(force=True)
        profile = state.profile(body["userId"])
        profile.display_name = body.get("displayName", profile.display_name)
        profile.language = body.get("language", profile.language)
        return jsonify({})

    @app.post("/_emulator/quota")
    def set_quota() -> Any:
        body = request.get_json(force=True)
        with state.lock:
            state.quota_limit = body.get("limit")
            state.quota_used = int(body.get("used", 0))
        return jsonify({})

    @app.post("/_emulator/reset")
    def reset() -> Any:
        state.reset()
        return jsonify({})

    @app.post("/_emulator/config")
    def configure() -> Any:
        body = request.get_json(force=True)
        with state.lock:
            if "webhook_url" in body:
                state.webhook_url = body["webhook_url"]
            if "reply_token_ttl" in body:
                state.reply_token_ttl = float(body["reply_token_ttl"])
        return jsonify({})

    @app.post("/_emulator/content/<message_id>/expire")
    def expire_content(message_id: str) -> Any:
        with state.lock:
            state.expired_contents.add(message_id)
        return jsonify({})

    @app.post("/_emulator/webhook")
    def webhook() -> Any:
        body = request.get_json(force=True)
        if "raw" in body:
            raw = body["raw"].encode() if isinstance(body["raw"], str) else base64.b64decode(body["raw_base64"])
            return jsonify(post_events(state, [], raw=raw))
        if "redeliver" in body:
            with state.lock:
                original = state.sent_events.get(body["redeliver"]["webhookEventId"], body["redeliver"])
            return jsonify(post_events(state, [redelivery_of(original)]))
        specs = body["events"] if "events" in body else [body]
        events = [spec if "webhookEventId" in spec else build_event(state, spec) for spec in specs]
        return jsonify(post_events(state, events))

    return app
