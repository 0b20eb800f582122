"""What one phone shows, as a stream of items in order: the user's own events, the bot's messages,
messages LINE refused (with LINE's reasons: shown, not dropped), the loading animation and changes
of the user's rich menu."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from line_emulator.state import PlatformState

MESSAGE_PATHS = ("/v2/bot/message/reply", "/v2/bot/message/push", "/v2/bot/message/multicast")
LOADING_PATH = "/v2/bot/chat/loading/start"


@dataclass
class Cursor:
    seq: int = 0  # deliveries and user events up to this sequence number were sent
    calls: int = 0  # recorded calls up to this count were looked at
    menu: str | None = None
    platform: str = ""  # which emulator run the numbers count in (they start again with a new one)

    def as_json(self) -> dict[str, Any]:
        return {"seq": self.seq, "calls": self.calls, "platform": self.platform}


def current_menu(state: PlatformState, user_id: str) -> str | None:
    """The rich menu LINE shows the user: their own, else the default."""
    with state.lock:
        menus = state.rich_menus
        return menus.user_links.get(user_id) or menus.default_menu


def _recipients(call: dict[str, Any]) -> list[str]:
    if call.get("users"):
        return [user for user in call["users"] if user]
    body = call.get("body") if isinstance(call.get("body"), dict) else {}
    to = body.get("to") or body.get("chatId")
    return [to] if isinstance(to, str) else [user for user in to or [] if isinstance(user, str)]


def problems_of(call: dict[str, Any]) -> list[dict[str, str]]:
    """LINE's reasons for refusing a call, as it answered them."""
    response = call.get("response") if isinstance(call.get("response"), dict) else {}
    details = response.get("details")
    if isinstance(details, list) and details:
        return [{"message": str(item.get("message")), "property": str(item.get("property", ""))} for item in details]
    return [{"message": str(response.get("message") or f"HTTP {call.get('status')}"), "property": ""}]


def _call_items(call: dict[str, Any], user_id: str) -> list[dict[str, Any]]:
    if user_id not in _recipients(call):
        return []
    body = call.get("body") if isinstance(call.get("body"), dict) else {}
    if call["path"] == LOADING_PATH and call["status"] < 400:
        return [{"kind": "loading", "seconds": body.get("loadingSeconds", 5)}]
    if call["path"] in MESSAGE_PATHS and call["status"] >= 400:
        messages = body.get("messages")
        return [
            {
                "kind": "refused",
                "via": call["path"].rsplit("/", 1)[-1],
                "status": call["status"],
                "injected": call.get("injected", False),
                "messages": messages if isinstance(messages, list) else [],
                "problems": problems_of(call),
            }
        ]
    return []


def user_item(record: dict[str, Any]) -> dict[str, Any]:
    event = record["event"]
    item: dict[str, Any] = {"kind": "user", "seq": record["seq"], "type": event.get("type")}
    if event.get("type") == "message":
        item["message"] = event["message"]
    elif event.get("type") == "postback":
        item["data"] = event["postback"].get("data")
        item["displayText"] = record.get("displayText")
    return item


def bot_item(record: dict[str, Any]) -> dict[str, Any]:
    return {
        "kind": "bot",
        "seq": record["seq"],
        "via": record["via"],
        "time": record["time"],
        "message": record["message"],
        "notificationDisabled": record["notificationDisabled"],
    }


def next_items(state: PlatformState, user_id: str, cursor: Cursor) -> list[dict[str, Any]]:
    """Everything new for the phone since `cursor` (which moves on)."""
    ordered = [user_item(record) for record in state.events_from(user_id) if record["seq"] > cursor.seq]
    ordered += [bot_item(record) for record in state.messages_to(user_id) if record["seq"] > cursor.seq]
    ordered.sort(key=lambda item: item["seq"])
    if ordered:
        cursor.seq = ordered[-1]["seq"]
    calls, cursor.calls = state.calls_after(cursor.calls)
    items = ordered + [item for call in calls for item in _call_items(call, user_id)]
    menu = current_menu(state, user_id)
    if menu != cursor.menu:
        cursor.menu = menu
        items.append({"kind": "menu", "richMenuId": menu})
    return items
