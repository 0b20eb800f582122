"""Rich menus: create/validate/list/get/delete, image upload and download, per-user and default links,
bulk link/unlink, aliases; 100 creations (and 100 deletions) per hour."""

from __future__ import annotations

import re
import time
import uuid
from collections import deque
from typing import Any

from flask import Blueprint, Flask, Response, jsonify, request

from line_emulator.errors import LineError, invalid, read_body, read_json
from line_emulator.images import image_dimensions
from line_emulator.limits import validate_rich_menu, validate_user_ids
from line_emulator.state import PlatformState, RichMenu

MAX_IMAGE_BYTES = 1024 * 1024
MAX_MENUS = 1000
MAX_ALIASES = 1000
CHANGES_PER_HOUR = 100
ALIAS_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,32}")
RATE_LIMITED = "The API rate limit has been exceeded. Try again later."
MENU_NOT_FOUND = "richmenu not found"
NO_IMAGE = "must upload richmenu image before applying it to user"


def _within_hourly_limit(times: deque[float]) -> bool:
    """Count one change in a sliding hour; False (nothing counted) when 100 happened in the last hour."""
    now = time.monotonic()
    while times and now - times[0] >= 3600:
        times.popleft()
    if len(times) >= CHANGES_PER_HOUR:
        return False
    times.append(now)
    return True


def register(app: Flask, state: PlatformState) -> None:
    routes = Blueprint("richmenus", __name__)
    # state.rich_menus is replaced on reset: always read it through `state`.

    def menu(menu_id: str, *, image: bool = False) -> RichMenu:
        found = state.rich_menus.menus.get(menu_id)
        if found is None:
            raise LineError(404, MENU_NOT_FOUND)
        if image and found.image is None:
            raise LineError(400, NO_IMAGE)
        return found

    @routes.post("/v2/bot/richmenu/validate")
    def validate_menu() -> Any:
        if problems := validate_rich_menu(read_json()):
            raise invalid(problems)
        return jsonify({})

    @routes.post("/v2/bot/richmenu")
    def create_menu() -> Any:
        body = read_json()
        if problems := validate_rich_menu(body):
            raise invalid(problems)
        definition = {key: body[key] for key in ("size", "selected", "name", "chatBarText", "areas")}
        with state.lock:
            menus = state.rich_menus
            if len(menus.menus) >= MAX_MENUS:
                raise LineError(400, f"You can create up to {MAX_MENUS} rich menus")
            if not _within_hourly_limit(menus.creations):
                raise LineError(429, RATE_LIMITED)
            menu_id = f"richmenu-{uuid.uuid4().hex}"
            menus.menus[menu_id] = RichMenu(menu_id, definition)
        return jsonify(richMenuId=menu_id)

    @routes.get("/v2/bot/richmenu/list")
    def list_menus() -> Any:
        with state.lock:
            return jsonify(richmenus=[found.as_json() for found in state.rich_menus.menus.values()])

    @routes.get("/v2/bot/richmenu/<menu_id>")
    def get_menu(menu_id: str) -> Any:
        with state.lock:
            return jsonify(menu(menu_id).as_json())

    @routes.delete("/v2/bot/richmenu/<menu_id>")
    def delete_menu(menu_id: str) -> Any:
        with state.lock:
            menus = state.rich_menus
            menu(menu_id)
            if not _within_hourly_limit(menus.deletions):
                raise LineError(429, RATE_LIMITED)
            del menus.menus[menu_id]
            menus.user_links = {user: linked for user, linked in menus.user_links.items() if linked != menu_id}
            if menus.default_menu == menu_id:
                menus.default_menu = None
        return jsonify({})

    @routes.post("/v2/bot/richmenu/<menu_id>/content")
    def upload_image(menu_id: str) -> Any:
        with state.lock:
            target = menu(menu_id)
        if request.mimetype not in {"image/png", "image/jpeg"}:
            raise LineError(400, "The Content-Type header must be image/png or image/jpeg")
        data = read_body(MAX_IMAGE_BYTES)
        found = image_dimensions(data)
        declared = request.mimetype.removeprefix("image/")
        if found is None or found[0] != declared:
            raise LineError(400, f"The request body is not a {declared.upper()} image")
        size = target.definition["size"]
        if (found[1], found[2]) != (size["width"], size["height"]):
            raise LineError(
                400,
                f"The image is {found[1]}x{found[2]} pixels; the rich menu is {size['width']}x{size['height']}",
            )
        with state.lock:
            if target.image is not None:
                raise LineError(400, "An image has already been uploaded to the richmenu")
            target.image, target.image_type = data, request.mimetype
        return jsonify({})

    @routes.get("/v2/bot/richmenu/<menu_id>/content")
    def download_image(menu_id: str) -> Any:
        with state.lock:
            found = menu(menu_id)
        if found.image is None:
            raise LineError(404, "The rich menu has no image")
        return Response(found.image, mimetype=found.image_type)

    # -- links -----------------------------------------------------------------------------------------

    @routes.post("/v2/bot/user/<user_id>/richmenu/<menu_id>")
    def link(user_id: str, menu_id: str) -> Any:
        with state.lock:
            menu(menu_id, image=True)
            state.rich_menus.user_links[user_id] = menu_id
        return jsonify({})

    @routes.get("/v2/bot/user/<user_id>/richmenu")
    def linked(user_id: str) -> Any:
        menu_id = state.rich_menus.user_links.get(user_id)
        if menu_id is None:
            raise LineError(404, "the user has no richmenu")
        return jsonify(richMenuId=menu_id)

    @routes.delete("/v2/bot/user/<user_id>/richmenu")
    def unlink(user_id: str) -> Any:
        with state.lock:
            state.rich_menus.user_links.pop(user_id, None)
        return jsonify({})

    @routes.post("/v2/bot/richmenu/bulk/link")
    def bulk_link() -> Any:
        body = read_json()
        if problems := validate_user_ids(body):
            raise invalid(problems)
        with state.lock:
            menu(str(body.get("richMenuId")), image=True)
            for user_id in body["userIds"]:
                state.rich_menus.user_links[user_id] = body["richMenuId"]
        return jsonify({}), 202

    @routes.post("/v2/bot/richmenu/bulk/unlink")
    def bulk_unlink() -> Any:
        body = read_json()
        if problems := validate_user_ids(body):
            raise invalid(problems)
        with state.lock:
            for user_id in body["userIds"]:
                state.rich_menus.user_links.pop(user_id, None)
        return jsonify({}), 202

    @routes.post("/v2/bot/user/all/richmenu/<menu_id>")
    def set_default(menu_id: str) -> Any:
        with state.lock:
            menu(menu_id, image=True)
            state.rich_menus.default_menu = menu_id
        return jsonify({})

    @routes.get("/v2/bot/user/all/richmenu")
    def get_default() -> Any:
        menu_id = state.rich_menus.default_menu
        if menu_id is None:
            raise LineError(404, "no default richmenu")
        return jsonify(richMenuId=menu_id)

    @routes.delete("/v2/bot/user/all/richmenu")
    def clear_default() -> Any:
        state.rich_menus.default_menu = None
        return jsonify({})

    # -- aliases ---------------------------------------------------------------------------------------

    @routes.post("/v2/bot/richmenu/alias")
    def create_alias() -> Any:
        body = read_json()
        alias, menu_id = body.get("richMenuAliasId"), body.get("richMenuId")
        if not isinstance(alias, str) or not ALIAS_PATTERN.fullmatch(alias):
            raise invalid([{"message": "Must be 1-32 of A-Z a-z 0-9 _ -", "property": "richMenuAliasId"}])
        with state.lock:
            aliases = state.rich_menus.aliases
            if alias in aliases:
                raise LineError(400, "conflict richmenu alias id")
            if len(aliases) >= MAX_ALIASES:
                raise LineError(400, f"You can create up to {MAX_ALIASES} rich menu aliases")
            menu(str(menu_id), image=True)
            aliases[alias] = str(menu_id)
        return jsonify({})

    @routes.get("/v2/bot/richmenu/alias/list")
    def list_aliases() -> Any:
        with state.lock:
            found = [{"richMenuAliasId": a, "richMenuId": m} for a, m in state.rich_menus.aliases.items()]
        return jsonify(aliases=found)

    def alias_target(alias: str) -> str:
        menu_id = state.rich_menus.aliases.get(alias)
        if menu_id is None:
            raise LineError(404, "richmenu alias not found")
        return menu_id

    @routes.get("/v2/bot/richmenu/alias/<alias>")
    def get_alias(alias: str) -> Any:
        return jsonify(richMenuAliasId=alias, richMenuId=alias_target(alias))

    @routes.post("/v2/bot/richmenu/alias/<alias>")
    def update_alias(alias: str) -> Any:
        menu_id = read_json().get("richMenuId")
        with state.lock:
            alias_target(alias)
            menu(str(menu_id), image=True)
            state.rich_menus.aliases[alias] = str(menu_id)
        return jsonify({})

    @routes.delete("/v2/bot/richmenu/alias/<alias>")
    def delete_alias(alias: str) -> Any:
        with state.lock:
            alias_target(alias)
            del state.rich_menus.aliases[alias]
        return jsonify({})

    app.register_blueprint(routes)
