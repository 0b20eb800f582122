"""The emulator's Flask app: authentication, x-line-request-id, failure injection and call recording
around the Messaging API (messaging, richmenus) and the control API (control)."""

from __future__ import annotations

import logging
import secrets
import time
from http import HTTPStatus
from typing import Any, Protocol

from flask import Flask, Response, g, jsonify, request
from werkzeug.exceptions import HTTPException

from line_emulator import control, login, messaging, richmenus
from line_emulator.errors import AUTHENTICATION_FAILED, LineError
from line_emulator.simulator import routes as simulator_routes
from line_emulator.simulator.hooks import Simulator
from line_emulator.state import InjectedFailure, PlatformState

CONTROL_PREFIX = "/_emulator/"
SIMULATOR_PREFIX = "/simulator"
HTTP_MESSAGES = {404: "Not found", 405: "Method not allowed", 413: "Request Entity Too Large"}
log = logging.getLogger("line_emulator")


def _bearer_token() -> str:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def _failure_response(failure: InjectedFailure) -> tuple[Response, int]:
    status = failure.status or 500
    if isinstance(failure.body, dict):
        body = failure.body
    else:
        try:
            reason = HTTPStatus(status).phrase
        except ValueError:
            reason = "Error"
        body = {"message": failure.body or f"{reason} (injected by the LINE emulator)"}
    return jsonify(body), status


def _json_or_none(data: Any) -> Any:
    try:
        return data.get_json(silent=True) if data.is_json else None
    except Exception:  # noqa: BLE001 - a recording must never break an answer
        return None


class HasState(Protocol):
    """An Emulator (line_emulator/runner.py), which imports this module: named by what it has."""

    state: PlatformState
    simulator: Simulator


def create_app(
    emulator: HasState | PlatformState, login_state: login.LoginState | None = None, simulator: Simulator | None = None
) -> Flask:
    """The WSGI app of an Emulator (or of a bare PlatformState); LINE Login when `login_state` is given;
    the web simulator at /simulator/ (its hooks from `simulator`, else the Emulator's)."""
    state: PlatformState = emulator if isinstance(emulator, PlatformState) else emulator.state
    app = Flask("line_emulator")
    app.config["MAX_CONTENT_LENGTH"] = control.MAX_CONTROL_BODY
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    app.json.sort_keys = False  # type: ignore[attr-defined]
    app.json.compact = True  # type: ignore[attr-defined]

    @app.before_request
    def authenticate_and_inject() -> Any:
        g.request_id = secrets.token_hex(16)
        g.seq = state.next_seq()
        g.started = time.time()
        if request.path.startswith(CONTROL_PREFIX) or request.path.startswith(SIMULATOR_PREFIX):
            return None
        if login_state is not None and request.path.startswith(login.LOGIN_PATHS):
            return None  # LINE Login checks its own credentials (channel secret, login access tokens)
        if not state.authorized(_bearer_token()):
            return jsonify(message=AUTHENTICATION_FAILED), 401
        failure = state.take_failure(request.path)
        if failure is None:
            return None
        g.injected = True
        if failure.delay > 0:
            state.stopping.wait(failure.delay)  # woken early only when the emulator stops
        return None if failure.status is None else _failure_response(failure)

    @app.after_request
    def tag_and_record(response: Response) -> Response:
        request_id = g.get("request_id") or secrets.token_hex(16)
        response.headers["x-line-request-id"] = request_id
        if request.path.startswith(CONTROL_PREFIX) or request.path.startswith(SIMULATOR_PREFIX):
            return response
        retry_key = request.headers.get("X-Line-Retry-Key")
        state.record_call(
            {
                "seq": g.get("seq") or state.next_seq(),
                "time": g.get("started") or time.time(),
                "duration": round(time.time() - (g.get("started") or time.time()), 6),
                "method": request.method,
                "path": request.path,
                "query": request.query_string.decode("latin-1"),
                "headers": {
                    "x-line-retry-key": retry_key,
                    "authorization": bool(request.headers.get("Authorization")),
                    "content-type": request.headers.get("Content-Type"),
                },
                "body": g.json_body if "json_body" in g else _json_or_none(request),
                "body_size": request.content_length or 0,
                "status": response.status_code,
                "response": _json_or_none(response),
                "request_id": request_id,
                "injected": bool(g.get("injected")),
                "users": g.get("chat_users"),  # a reply's user (a push or multicast names them in its body)
            }
        )
        return response

    @app.errorhandler(LineError)
    def line_error(error: LineError) -> Any:
        return jsonify(error.body), error.status

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> Any:
        code = error.code or 500
        return jsonify(message=HTTP_MESSAGES.get(code, error.name)), code

    @app.errorhandler(Exception)
    def unexpected(error: Exception) -> Any:
        log.exception("LINE emulator error on %s %s", request.method, request.path)
        return jsonify(message=f"Internal server error ({type(error).__name__})"), 500

    messaging.register(app, state)
    richmenus.register(app, state)
    control.register(app, state)
    if login_state is not None:
        login.register(app, state, login_state)
    if simulator is None:
        simulator = emulator.simulator if not isinstance(emulator, PlatformState) else Simulator()
    simulator_routes.register(app, state, simulator)
    return app
