"""`flask --app app chat`: talk to the bot from a terminal, through the LINE emulator."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HELP = (
    "Type a message and press Enter. A number picks one of the bot's buttons;\n"
    "  'NUMBER        sends the number as text instead (e.g. '2 for an age of 2)\n"
    "  /loc LAT,LNG   send a location (e.g. /loc 16.4419,102.8360)\n"
    "  /photo FILE    send a photo (JPEG or PNG)\n"
    "  /sticker       send a sticker\n"
    "  /quit          leave"
)


def _flex_texts(node: Any) -> list[str]:
    if isinstance(node, dict):
        if node.get("type") == "text" and node.get("text"):
            return [node["text"]]
        found: list[str] = []
        for key in ("header", "hero", "body", "contents"):
            if key in node:
                found += _flex_texts(node[key])
        return found
    if isinstance(node, list):
        return [text for child in node for text in _flex_texts(child)]
    return []


def _flex_actions(node: Any) -> list[dict]:
    if isinstance(node, dict):
        found = [node["action"]] if node.get("type") == "button" and "action" in node else []
        for key in ("footer", "body", "contents"):
            if key in node:
                found += _flex_actions(node[key])
        return found
    if isinstance(node, list):
        return [action for child in node for action in _flex_actions(child)]
    return []


def describe(message: dict) -> tuple[list[str], list[dict]]:
    """Lines to print and the actions (buttons) the message offers."""
    kind = message.get("type")
    if kind == "text":
        lines, actions = message["text"].splitlines(), []
    elif kind == "flex":
        lines, actions = _flex_texts(message["contents"]), _flex_actions(message["contents"])
    elif kind == "template":
        template = message["template"]
        lines, actions = [template.get("title", ""), template.get("text", "")], list(template.get("actions", []))
    elif kind == "location":
        lines, actions = [f"[location] {message.get('title')}: {message.get('address')}"], []
    elif kind == "image":
        lines, actions = [f"[image] {message.get('originalContentUrl')}"], []
    else:
        lines, actions = [f"[{kind}]"], []
    quick = [item["action"] for item in (message.get("quickReply") or {}).get("items", [])]
    return [line for line in lines if line], actions + quick


def run_chat(
    client: Any, user_id: str, read: Callable[[str], str] = input, write: Callable[[str], None] = print
) -> None:
    write(f"Chatting as {user_id}. {HELP}")
    client.follow(user_id)
    seen = 0
    actions: list[dict] = []
    seen, actions = _show_new(client, user_id, seen, write)
    while True:
        try:
            line = read("> ").strip()
        except EOFError:
            return
        if not line:
            continue
        if line == "/quit":
            return
        if not _send(client, user_id, line, actions, write):
            continue
        seen, new_actions = _show_new(client, user_id, seen, write)
        if new_actions or seen:
            actions = new_actions or actions


def _send(client: Any, user_id: str, line: str, actions: list[dict], write: Callable[[str], None]) -> bool:
    if line.isdecimal() and len(line) <= 3 and actions and 1 <= int(line) <= len(actions):
        return _tap(client, user_id, actions[int(line) - 1], write)
    if line.startswith("'"):
        line = line[1:]  # a number meant as text, such as an age that is also a button number
    if line.startswith("/loc"):
        try:
            latitude, longitude = (float(part) for part in line[4:].split(","))
        except ValueError:
            write("Use: /loc LAT,LNG")
            return False
        client.send_location(user_id, latitude, longitude, title="ตำแหน่งของฉัน", address=f"{latitude}, {longitude}")
        return True
    if line.startswith("/photo"):
        path = Path(line[6:].strip()).expanduser()
        if not path.is_file():
            write(f"No such file: {path}")
            return False
        kind = "image/png" if path.suffix.lower() == ".png" else "image/jpeg"
        client.send_image(user_id, path.read_bytes(), content_type=kind)
        return True
    if line == "/sticker":
        client.send_sticker(user_id)
        return True
    client.send_text(user_id, line)
    return True


def _tap(client: Any, user_id: str, action: dict, write: Callable[[str], None]) -> bool:
    kind = action.get("type")
    if kind == "postback":
        client.send_postback(user_id, action["data"])
        return True
    if kind == "message":
        client.send_text(user_id, action["text"])
        return True
    if kind == "uri":
        write(f"(your phone would open {action['uri']})")
        return False
    if kind == "location":
        write("Send a location with /loc LAT,LNG")
        return False
    if kind in {"camera", "cameraRoll"}:
        write("Send a photo with /photo FILE")
        return False
    write(f"(action {kind} is not supported here)")
    return False


def _show_new(client: Any, user_id: str, seen: int, write: Callable[[str], None]) -> tuple[int, list[dict]]:
    deadline = time.monotonic() + 5
    messages = client.messages_to(user_id)
    while len(messages) <= seen and time.monotonic() < deadline:
        time.sleep(0.1)
        messages = client.messages_to(user_id)
    time.sleep(0.2)  # let the rest of a multi-message answer arrive
    messages = client.messages_to(user_id)
    actions: list[dict] = []
    for delivered in messages[seen:]:
        lines, offered = describe(delivered["message"])
        for text_line in lines:
            write(f"bot: {text_line}")
        actions = offered or actions
    for number, action in enumerate(actions, start=1):
        write(f"  [{number}] {action.get('label', action.get('type'))}")
    return len(messages), actions
