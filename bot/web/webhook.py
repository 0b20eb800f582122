"""POST /callback: verify, store, answer 200. The work happens in the event worker."""

from __future__ import annotations

import json
import logging
import time
from typing import Any

from flask import Blueprint, Response, current_app, request
from linebot.v3.webhook import SignatureValidator

from bot.web.inbox_writer import StoreFailed
from bot.web.metrics import observe_webhook
from models.inbox import may_hold_unstorable_text, unstorable_reason, with_storable_text

log = logging.getLogger("bot.web.webhook")
blueprint = Blueprint("webhook", __name__)
# LINE wants an answer within 2 seconds; past this the honest answer is 503.
STORE_TIMEOUT_SECONDS = 1.5


class BadRequest(Exception):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


@blueprint.post("/callback")
def callback() -> Response:
    started = time.perf_counter()
    try:
        body = _read_body(current_app.config["BOT_SETTINGS"].max_webhook_body_bytes)
        _verify_signature(body)
        events = _parse_events(body)
    except BadRequest as refused:
        log.info(json.dumps({"webhook": "refused", "status": refused.status, "reason": refused.reason}))
        observe_webhook(refused.status)
        return Response(refused.reason, status=refused.status, mimetype="text/plain")

    try:
        stored = current_app.extensions["bot_inbox"].store(events, timeout=STORE_TIMEOUT_SECONDS)
    except StoreFailed as failure:
        # LINE retries only when redelivery is enabled; a 503 is the honest answer either way. The
        # driver's message is left out: it can quote the events' own text.
        cause = failure.__cause__
        log.error(
            json.dumps(
                {
                    "webhook": "store_failed",
                    "events": len(events),
                    "error": type(cause or failure).__name__,
                    "sqlstate": getattr(cause, "sqlstate", None),
                }
            )
        )
        observe_webhook(503, received=len(events), refused=len(events))
        return Response("storage unavailable", status=503, mimetype="text/plain")

    if stored:
        current_app.extensions["bot_wakeup"].set()
    observe_webhook(200, received=len(events), stored=stored)
    # Every event gets its line when it is handled; a line per request as well would cost a quarter
    # of the webhook's own CPU time (measured), so it is there only when debugging.
    if log.isEnabledFor(logging.DEBUG):
        elapsed_ms = round((time.perf_counter() - started) * 1000, 2)
        log.debug(json.dumps({"webhook": "accepted", "events": len(events), "new": stored, "ms": elapsed_ms}))
    return Response("OK", status=200, mimetype="text/plain")


def _read_body(limit: int) -> bytes:
    length = request.content_length
    if length is not None and length > limit:
        raise BadRequest(413, "body too large")
    body = request.stream.read(limit + 1)
    if len(body) > limit:
        raise BadRequest(413, "body too large")
    return body


def _verify_signature(body: bytes) -> None:
    signature = request.headers.get("x-line-signature")  # Werkzeug headers are case-insensitive
    if not signature:
        raise BadRequest(400, "missing signature")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise BadRequest(400, "body is not UTF-8") from error
    validator = current_app.extensions.get("bot_signature")
    if validator is None:
        secret = current_app.config["BOT_SETTINGS"].line_channel_secret or ""
        validator = current_app.extensions.setdefault("bot_signature", SignatureValidator(secret))
    if not validator.validate(text, signature):
        raise BadRequest(400, "invalid signature")


# LINE's events nest a few levels; a body nested far deeper is not from LINE and would exhaust the
# JSON parser's (and later the database's) recursion.
MAX_NESTING = 32


def _parse_events(body: bytes) -> list[dict[str, Any]]:
    try:
        document = json.loads(body)
    except (ValueError, RecursionError) as error:
        raise BadRequest(400, "body is not JSON") from error
    if body.count(b"[") + body.count(b"{") > MAX_NESTING and _nesting(document) > MAX_NESTING:
        raise BadRequest(400, "body nested too deeply")
    if not isinstance(document, dict) or not isinstance(document.get("events"), list):
        raise BadRequest(400, "no events list")
    events = document["events"]
    for index, event in enumerate(events):
        # Checked before the group commit, where one unstorable row would fail other requests too.
        if reason := unstorable_reason(event):
            raise BadRequest(400, f"events[{index}]: {reason} missing or not storable")
    if may_hold_unstorable_text(body):
        events = [with_storable_text(event) for event in events]
    return events


def _nesting(document: Any) -> int:
    deepest = 0
    stack = [(document, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict | list):
            deepest = max(deepest, depth)
            if deepest > MAX_NESTING:
                return deepest
            stack.extend((item, depth + 1) for item in (value.values() if isinstance(value, dict) else value))
    return deepest
