"""HTTP of the simulator: the page, each phone's live feed (server-sent events), users, rich menus,
uploaded photos, and the operator panel's quota, failures, recorded calls and sweeps."""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from flask import Blueprint, Flask, Response, jsonify, redirect, request, send_from_directory

from line_emulator.errors import LineError, read_json
from line_emulator.simulator.feed import MESSAGE_PATHS, Cursor, current_menu, next_items, problems_of
from line_emulator.simulator.hooks import Persona, Simulator
from line_emulator.state import PlatformState

STATIC = Path(__file__).parent / "static"
POLL_SECONDS = 0.1
KEEPALIVE_SECONDS = 15.0
STREAM_SECONDS = 300.0  # the browser reconnects (from where it was) after this
OPERATOR_CALLS = 200
MAX_BODY = 1024 * 1024
# Served so Thai, Burmese and Lao show on any machine: Sarabun (OFL-1.1, fontpkg-sarabun: the rich
# menus' typeface), Noto Sans Myanmar and Noto Sans Lao (OFL-1.1, justmytype-intl-sea: the Burmese and
# Lao menus' typefaces). Package, file.
FONTS = {
    "regular.ttf": ("fontpkg_sarabun", "files/Sarabun-Regular.ttf"),
    "bold.ttf": ("fontpkg_sarabun", "files/Sarabun-Bold.ttf"),
    "myanmar.ttf": ("justmytype_intl_sea", "fonts/ofl/notosansmyanmar/NotoSansMyanmar[wdth,wght].ttf"),
    "lao.ttf": ("justmytype_intl_sea", "fonts/ofl/notosanslao/NotoSansLao[wdth,wght].ttf"),
}


def _int_arg(name: str) -> int:
    value = request.args.get(name, "0")
    return int(value) if value.isdecimal() else 0


def _call_summary(call: dict[str, Any]) -> dict[str, Any]:
    body = call.get("body") if isinstance(call.get("body"), dict) else {}
    messages = body.get("messages") if isinstance(body.get("messages"), list) else None
    summary = {
        key: call.get(key) for key in ("seq", "time", "method", "path", "status", "injected", "duration", "request_id")
    }
    summary["users"] = [user for user in (call.get("users") or [body.get("to") or body.get("chatId")]) if user]
    summary["messages"] = len(messages) if messages is not None else None
    summary["problems"] = problems_of(call) if call["status"] >= 400 else []
    summary["message_call"] = call["path"] in MESSAGE_PATHS
    return summary


def register(app: Flask, state: PlatformState, simulator: Simulator) -> None:
    routes = Blueprint("simulator", __name__)

    @routes.get("/simulator")
    def page_without_slash() -> Any:
        return redirect("/simulator/")

    @routes.get("/simulator/")
    def page() -> Any:
        return send_from_directory(STATIC, "index.html")

    @routes.get("/simulator/static/<path:name>")
    def static_file(name: str) -> Any:
        return send_from_directory(STATIC, name)

    @routes.get("/simulator/fonts/<name>")
    def font(name: str) -> Any:
        """The rich menus' typefaces (FONTS), so Thai, Burmese and Lao show on any machine."""
        if name not in FONTS:
            raise LineError(404, "no such font")
        package, file = FONTS[name]
        try:
            data = (resources.files(package) / file).read_bytes()
        except ModuleNotFoundError:
            raise LineError(404, f"{package} is not installed: the system's fonts are used") from None
        response = Response(data, mimetype="font/ttf")
        response.cache_control.max_age = 604800
        return response

    @routes.get("/simulator/api/setup")
    def setup() -> Any:
        hooks = simulator.hooks
        personas = {persona.user_id: persona for persona in hooks.personas()}
        with state.lock:
            profiles = list(state.users.values())
        users = [
            {
                "userId": profile.user_id,
                "displayName": profile.display_name,
                "language": profile.language,
                "blocked": profile.blocked,
                "role": personas[profile.user_id].role if profile.user_id in personas else None,
            }
            for profile in profiles
        ]
        known = {user["userId"] for user in users}
        users += [
            persona.as_json() | {"blocked": False} for persona in personas.values() if persona.user_id not in known
        ]
        return jsonify(
            roles=hooks.roles,
            languages=list(hooks.languages),
            places=hooks.places,
            users=users,
            canEnrol=hooks.enrol is not None,
            canSweep=hooks.run_sweeps is not None,
        )

    @routes.post("/simulator/api/users")
    def new_user() -> Any:
        body = read_json(MAX_BODY)
        role, name = str(body.get("role") or "citizen"), str(body.get("displayName") or "").strip()
        language = str(body.get("language") or "th")
        if not name:
            raise LineError(400, "displayName is required")
        hooks = simulator.hooks
        if hooks.enrol is not None:
            persona = hooks.enrol(role, name, language)
        elif role == "citizen":
            persona = Persona("U" + secrets.token_hex(16), name, role, language)
        else:
            raise LineError(400, f"no application is plugged in to enrol a {role}")
        state.add_user(persona.user_id, persona.display_name, persona.language)
        return jsonify(persona.as_json() | {"blocked": False})

    @routes.get("/simulator/api/users/<user_id>/feed")
    def feed(user_id: str) -> Response:
        cursor = Cursor(_int_arg("seq"), _int_arg("calls"), platform=state.bot_user_id)
        restarted = (request.args.get("platform") or cursor.platform) != cursor.platform

        def stream() -> Iterator[str]:
            ends = time.monotonic() + STREAM_SECONDS
            quiet_since = time.monotonic()
            yield "retry: 1000\n\n"
            if restarted:  # the emulator restarted since the phone's last item: its history starts again
                cursor.seq = cursor.calls = 0
                yield f"data: {json.dumps({'kind': 'restarted'})}\n\n"
            first = True
            while not state.stopping.is_set() and time.monotonic() < ends:
                items = next_items(state, user_id, cursor)
                if first:  # the history is out: the phone may now tell an empty chat from a loading one
                    items.append({"kind": "ready"})
                    first = False
                for item in items:
                    item["cursor"] = cursor.as_json()
                    yield f"data: {json.dumps(item, ensure_ascii=False)}\n\n"
                if items:
                    quiet_since = time.monotonic()
                elif time.monotonic() - quiet_since > KEEPALIVE_SECONDS:
                    quiet_since = time.monotonic()
                    yield ": still here\n\n"
                state.stopping.wait(POLL_SECONDS)

        headers = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
        return Response(stream(), mimetype="text/event-stream", headers=headers)

    @routes.get("/simulator/api/users/<user_id>/richmenu")
    def user_menu(user_id: str) -> Any:
        menu_id = current_menu(state, user_id)
        return _menu_answer(menu_id)

    @routes.get("/simulator/api/richmenus/alias/<alias>")
    def alias_menu(alias: str) -> Any:
        return _menu_answer(state.rich_menus.aliases.get(alias))

    def _menu_answer(menu_id: str | None) -> Any:
        with state.lock:
            menu = state.rich_menus.menus.get(menu_id) if menu_id else None
            if menu is None or menu.image is None:
                return jsonify(menu=None)
            return jsonify(menu=menu.as_json(), image=f"/simulator/api/richmenus/{menu.menu_id}/image")

    @routes.get("/simulator/api/richmenus/<menu_id>/image")
    def menu_image(menu_id: str) -> Any:
        with state.lock:
            menu = state.rich_menus.menus.get(menu_id)
        if menu is None or menu.image is None:
            raise LineError(404, "no such rich menu image")
        response = Response(menu.image, mimetype=menu.image_type)
        response.cache_control.max_age = 3600  # a menu's image never changes: a new menu is made instead
        return response

    @routes.get("/simulator/api/content/<message_id>")
    def content(message_id: str) -> Any:
        found = state.content(message_id)
        if isinstance(found, int):
            raise LineError(found, "no content")
        return Response(found[0], mimetype=found[1])

    @routes.get("/simulator/api/operator")
    def operator() -> Any:
        with state.lock:
            calls = list(state.calls)[-OPERATOR_CALLS:]
            failures = [
                {"remaining": f.remaining, "status": f.status, "delay": f.delay, "path_prefix": f.path_prefix}
                for f in state.failures
            ]
            quota = {"limit": state.quota_limit, "used": state.quota_used}
        summaries = [_call_summary(call) for call in reversed(calls)]
        refused = sum(1 for call in summaries if call["problems"] and call["message_call"])
        return jsonify(quota=quota, failures=failures, calls=summaries, refused=refused)

    @routes.post("/simulator/api/sweeps")
    def sweeps() -> Any:
        if simulator.hooks.run_sweeps is None:
            raise LineError(400, "no application is plugged in to run sweeps")
        return jsonify(ran=simulator.hooks.run_sweeps())

    app.register_blueprint(routes)
