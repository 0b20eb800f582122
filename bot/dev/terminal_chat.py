"""`flask --app app chat`: talk to the bot from a terminal, through the LINE emulator."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import requests

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


NOT_RUNNING = (
    "The bot is not running (nothing answers at {url}).\n"
    "Start it in another terminal with ./run.sh, then run this command again."
)
ANSWER_SECONDS = 5.0
POLL_SECONDS = 0.2


class ChatView:
    """What the bot sent the user, printed as it arrives (pushes too, while the user is typing),
    and the buttons of the latest message that offered some."""

    def __init__(self, client: Any, user_id: str, write: Callable[[str], None]) -> None:
        self.client = client
        self.user_id = user_id
        self.write = write
        self.seen = len(client.messages_to(user_id))
        self.actions: list[dict] = []
        self.lock = threading.Lock()
        self.stopped = threading.Event()
        self.lost = False

    def show_new(self) -> int:
        """Print what arrived since last time; how many messages that was."""
        try:
            messages = self.client.messages_to(self.user_id)
        except requests.ConnectionError:
            if not self.lost:
                self.write("(the bot stopped: nothing answers any more)")
            self.lost = True
            return 0
        self.lost = False
        with self.lock:
            fresh = messages[self.seen :]
            self.seen = len(messages)
            offered: list[dict] = []
            for delivered in fresh:
                lines, actions = describe(delivered["message"])
                prefix = "bot (push)" if delivered.get("via") != "reply" else "bot"
                for text_line in lines:
                    self.write(f"{prefix}: {text_line}")
                offered = actions or offered
            if offered:
                self.actions = offered
                for number, action in enumerate(offered, start=1):
                    self.write(f"  [{number}] {action.get('label', action.get('type'))}")
        return len(fresh)

    def wait_for_answer(self, seconds: float = ANSWER_SECONDS) -> None:
        """After the user sent something: show the answer (and the rest of a multi-message one)."""
        deadline = time.monotonic() + seconds
        while not self.show_new() and time.monotonic() < deadline:
            time.sleep(POLL_SECONDS / 2)
        time.sleep(POLL_SECONDS)
        self.show_new()

    def watch(self) -> None:
        while not self.stopped.wait(POLL_SECONDS):
            self.show_new()


def run_chat(
    client: Any, user_id: str, read: Callable[[str], str] = input, write: Callable[[str], None] = print
) -> None:
    try:
        client.health()
        view = ChatView(client, user_id, write)
    except requests.ConnectionError:
        write(NOT_RUNNING.format(url=client.base_url))
        return
    write(f"Chatting as {user_id}. {HELP}")
    if _delivered(client.follow(user_id), write):
        view.wait_for_answer()
    watcher = threading.Thread(target=view.watch, name="chat-pushes", daemon=True)
    watcher.start()
    try:
        while True:
            try:
                line = read("> ").strip()
            except EOFError:
                return
            if not line:
                continue
            if line == "/quit":
                return
            with view.lock:
                actions = list(view.actions)
            try:
                sent = _send(client, user_id, line, actions, write)
            except requests.ConnectionError:
                write(NOT_RUNNING.format(url=client.base_url))
                return
            if sent is not None and _delivered(sent, write):
                view.wait_for_answer()
    finally:
        view.stopped.set()
        watcher.join(1)


def _delivered(result: dict, write: Callable[[str], None]) -> bool:
    """Whether the bot took the event; says why not when it did not."""
    if result.get("status") is None:
        write(f"(the bot did not answer the webhook: {result.get('body')}; is it still starting?)")
        return False
    if result["status"] >= 400:
        write(f"(the bot answered the webhook with HTTP {result['status']})")
        return False
    return True


def _send(client: Any, user_id: str, line: str, actions: list[dict], write: Callable[[str], None]) -> dict | None:
    """The emulator's answer to what the user did, or None when nothing was sent."""
    if line.isdecimal() and len(line) <= 3 and actions and 1 <= int(line) <= len(actions):
        return _tap(client, user_id, actions[int(line) - 1], write)
    if line.startswith("'"):
        line = line[1:]  # a number meant as text, such as an age that is also a button number
    if line.startswith("/loc"):
        try:
            latitude, longitude = (float(part) for part in line[4:].split(","))
        except ValueError:
            write("Use: /loc LAT,LNG")
            return None
        return client.send_location(
            user_id, latitude, longitude, title="ตำแหน่งของฉัน", address=f"{latitude}, {longitude}"
        )
    if line.startswith("/photo"):
        path = Path(line[6:].strip()).expanduser()
        if not path.is_file():
            write(f"No such file: {path}")
            return None
        kind = "image/png" if path.suffix.lower() == ".png" else "image/jpeg"
        return client.send_image(user_id, path.read_bytes(), content_type=kind)
    if line == "/sticker":
        return client.send_sticker(user_id)
    return client.send_text(user_id, line)


def _tap(client: Any, user_id: str, action: dict, write: Callable[[str], None]) -> dict | None:
    kind = action.get("type")
    if kind == "postback":
        return client.send_postback(user_id, action["data"])
    if kind == "message":
        return client.send_text(user_id, action["text"])
    if kind == "uri":
        write(f"(your phone would open {action['uri']})")
        return None
    if kind == "location":
        write("Send a location with /loc LAT,LNG")
        return None
    if kind in {"camera", "cameraRoll"}:
        write("Send a photo with /photo FILE")
        return None
    write(f"(action {kind} is not supported here)")
    return None
