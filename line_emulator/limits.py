"""LINE's documented message limits (../shared/LINE_NOTES.md), checked the way LINE reports them."""

from __future__ import annotations

import json
from typing import Any

import grapheme

Problem = dict[str, str]

MESSAGE_TYPES = {"text", "image", "video", "audio", "location", "sticker", "flex", "template", "imagemap", "textV2"}
ACTION_TYPES = {
    "postback",
    "message",
    "uri",
    "datetimepicker",
    "camera",
    "cameraRoll",
    "location",
    "richmenuswitch",
    "clipboard",
}
QUICK_REPLY_ACTIONS = {"postback", "message", "uri", "datetimepicker", "camera", "cameraRoll", "location", "clipboard"}
URI_SCHEMES = ("http://", "https://", "tel:", "line://", "mailto:")


def utf16_length(value: str) -> int:
    return len(value.encode("utf-16-le")) // 2


def json_size(value: Any) -> int:
    return len(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


class Checker:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def fail(self, path: str, message: str) -> None:
        self.problems.append({"message": message, "property": path})

    def string(self, value: Any, path: str, maximum: int, *, required: bool = True, graphemes: bool = False) -> None:
        if value is None:
            if required:
                self.fail(path, "Must not be empty")
            return
        if not isinstance(value, str):
            self.fail(path, "Must be a string")
            return
        if required and value == "":
            self.fail(path, "Must not be empty")
        length = grapheme.length(value) if graphemes else utf16_length(value)
        if length > maximum:
            self.fail(path, f"Length must be between 0 and {maximum}")

    def https_url(self, value: Any, path: str) -> None:
        self.string(value, path, 2000)
        if isinstance(value, str) and not value.startswith("https://"):
            self.fail(path, "Must be a https URL")

    def action(self, action: Any, path: str, label_limit: int = 20, label_required: bool = True) -> None:
        if not isinstance(action, dict):
            self.fail(path, "Must be an object")
            return
        kind = action.get("type")
        if kind not in ACTION_TYPES:
            self.fail(f"{path}.type", "Unknown action type")
            return
        if "label" in action or label_required:
            self.string(action.get("label"), f"{path}.label", label_limit, graphemes=True, required=label_required)
        if kind == "postback":
            self.string(action.get("data"), f"{path}.data", 300)
            if "displayText" in action:
                self.string(action.get("displayText"), f"{path}.displayText", 300)
            if "text" in action:
                self.string(action.get("text"), f"{path}.text", 300)
        elif kind == "message":
            self.string(action.get("text"), f"{path}.text", 300)
        elif kind == "uri":
            uri = action.get("uri")
            self.string(uri, f"{path}.uri", 1000)
            if isinstance(uri, str) and not uri.startswith(URI_SCHEMES):
                self.fail(f"{path}.uri", "Unsupported URI scheme")
        elif kind == "datetimepicker":
            self.string(action.get("data"), f"{path}.data", 300)
            if action.get("mode") not in {"date", "time", "datetime"}:
                self.fail(f"{path}.mode", "Must be date, time or datetime")
        elif kind == "richmenuswitch":
            self.string(action.get("richMenuAliasId"), f"{path}.richMenuAliasId", 32)
            self.string(action.get("data"), f"{path}.data", 300)
        elif kind == "clipboard":
            self.string(action.get("clipboardText"), f"{path}.clipboardText", 1000)

    def quick_reply(self, quick_reply: Any, path: str) -> None:
        if not isinstance(quick_reply, dict) or not isinstance(quick_reply.get("items"), list):
            self.fail(path, "Must have items")
            return
        items = quick_reply["items"]
        if not 1 <= len(items) <= 13:
            self.fail(f"{path}.items", "Size must be between 1 and 13")
        for index, item in enumerate(items):
            item_path = f"{path}.items[{index}]"
            if not isinstance(item, dict) or item.get("type") != "action":
                self.fail(f"{item_path}.type", "Must be action")
                continue
            action = item.get("action")
            if isinstance(action, dict) and action.get("type") not in QUICK_REPLY_ACTIONS:
                self.fail(f"{item_path}.action.type", "Not allowed in a quick reply")
                continue
            self.action(action, f"{item_path}.action")
            if "imageUrl" in item:
                self.https_url(item["imageUrl"], f"{item_path}.imageUrl")

    def flex_node(self, node: Any, path: str) -> None:
        if isinstance(node, dict):
            if node.get("type") == "button":
                self.action(node.get("action"), f"{path}.action", label_limit=40)
            elif node.get("type") == "text" and "text" in node and "contents" not in node:
                self.string(node.get("text"), f"{path}.text", 2000, required=False)
            elif node.get("type") == "image":
                self.https_url(node.get("url"), f"{path}.url")
            if "action" in node and node.get("type") != "button":
                self.action(node["action"], f"{path}.action", label_required=False)
            for key in ("header", "hero", "body", "footer"):
                if key in node:
                    self.flex_node(node[key], f"{path}.{key}")
            if isinstance(node.get("contents"), list):
                for index, child in enumerate(node["contents"]):
                    self.flex_node(child, f"{path}.contents[{index}]")

    def flex(self, message: dict, path: str) -> None:
        self.string(message.get("altText"), f"{path}.altText", 1500)
        contents = message.get("contents")
        if not isinstance(contents, dict) or contents.get("type") not in {"bubble", "carousel"}:
            self.fail(f"{path}.contents", "Must be a bubble or a carousel")
            return
        if contents["type"] == "bubble":
            if json_size(contents) > 30 * 1024:
                self.fail(f"{path}.contents", "Bubble must be at most 30 KB")
            self.flex_node(contents, f"{path}.contents")
            return
        bubbles = contents.get("contents")
        if not isinstance(bubbles, list) or not 1 <= len(bubbles) <= 12:
            self.fail(f"{path}.contents.contents", "Size must be between 1 and 12")
            return
        if json_size(contents) > 50 * 1024:
            self.fail(f"{path}.contents", "Carousel must be at most 50 KB")
        for index, bubble in enumerate(bubbles):
            bubble_path = f"{path}.contents.contents[{index}]"
            if not isinstance(bubble, dict) or bubble.get("type") != "bubble":
                self.fail(bubble_path, "Must be a bubble")
                continue
            if json_size(bubble) > 30 * 1024:
                self.fail(bubble_path, "Bubble must be at most 30 KB")
            self.flex_node(bubble, bubble_path)

    def template(self, message: dict, path: str) -> None:
        self.string(message.get("altText"), f"{path}.altText", 400)
        template = message.get("template")
        if not isinstance(template, dict):
            self.fail(f"{path}.template", "Must be an object")
            return
        kind = template.get("type")
        template_path = f"{path}.template"
        actions = template.get("actions") if isinstance(template.get("actions"), list) else None
        if kind == "buttons":
            has_title_or_image = bool(template.get("title") or template.get("thumbnailImageUrl"))
            if "title" in template:
                self.string(template.get("title"), f"{template_path}.title", 40)
            self.string(template.get("text"), f"{template_path}.text", 60 if has_title_or_image else 160)
            if "thumbnailImageUrl" in template:
                self.https_url(template["thumbnailImageUrl"], f"{template_path}.thumbnailImageUrl")
            if actions is None or not 1 <= len(actions) <= 4:
                self.fail(f"{template_path}.actions", "Size must be between 1 and 4")
        elif kind == "confirm":
            self.string(template.get("text"), f"{template_path}.text", 240)
            if actions is None or len(actions) != 2:
                self.fail(f"{template_path}.actions", "Size must be 2")
        elif kind in {"carousel", "image_carousel"}:
            columns = template.get("columns")
            if not isinstance(columns, list) or not 1 <= len(columns) <= 10:
                self.fail(f"{template_path}.columns", "Size must be between 1 and 10")
            return
        else:
            self.fail(f"{template_path}.type", "Unknown template type")
            return
        for index, action in enumerate(actions or []):
            self.action(action, f"{template_path}.actions[{index}]")

    def message(self, message: Any, path: str) -> None:
        if not isinstance(message, dict):
            self.fail(path, "Must be an object")
            return
        kind = message.get("type")
        if kind not in MESSAGE_TYPES:
            self.fail(f"{path}.type", "Unknown message type")
            return
        if kind == "text":
            self.string(message.get("text"), f"{path}.text", 5000)
        elif kind == "image":
            self.https_url(message.get("originalContentUrl"), f"{path}.originalContentUrl")
            self.https_url(message.get("previewImageUrl"), f"{path}.previewImageUrl")
        elif kind == "location":
            self.string(message.get("title"), f"{path}.title", 100, graphemes=True)
            self.string(message.get("address"), f"{path}.address", 100, graphemes=True)
            for field in ("latitude", "longitude"):
                if not isinstance(message.get(field), int | float) or isinstance(message.get(field), bool):
                    self.fail(f"{path}.{field}", "Must be a number")
        elif kind == "sticker":
            self.string(message.get("packageId"), f"{path}.packageId", 100)
            self.string(message.get("stickerId"), f"{path}.stickerId", 100)
        elif kind == "flex":
            self.flex(message, path)
        elif kind == "template":
            self.template(message, path)
        if "quickReply" in message:
            self.quick_reply(message["quickReply"], f"{path}.quickReply")


def validate_messages(messages: Any) -> list[Problem]:
    """Every problem LINE would report for a list of message objects (empty when valid)."""
    checker = Checker()
    if not isinstance(messages, list):
        checker.fail("messages", "Must be an array")
        return checker.problems
    if not 1 <= len(messages) <= 5:
        checker.fail("messages", "Size must be between 1 and 5")
    for index, message in enumerate(messages):
        checker.message(message, f"messages[{index}]")
    return checker.problems


def validate_rich_menu(menu: Any) -> list[Problem]:
    checker = Checker()
    if not isinstance(menu, dict):
        checker.fail("", "Must be an object")
        return checker.problems
    size = menu.get("size") or {}
    width, height = size.get("width"), size.get("height")
    if not isinstance(width, int) or not 800 <= width <= 2500:
        checker.fail("size.width", "Must be between 800 and 2500")
    if not isinstance(height, int) or height < 250:
        checker.fail("size.height", "Must be at least 250")
    if isinstance(width, int) and isinstance(height, int) and height and width / height < 1.45:
        checker.fail("size", "Width/height must be at least 1.45")
    checker.string(menu.get("chatBarText"), "chatBarText", 14, graphemes=True)
    checker.string(menu.get("name"), "name", 300)
    if not isinstance(menu.get("selected"), bool):
        checker.fail("selected", "Must be a boolean")
    areas = menu.get("areas")
    if not isinstance(areas, list) or len(areas) > 20:
        checker.fail("areas", "Size must be between 0 and 20")
        return checker.problems
    for index, area in enumerate(areas):
        bounds = (area or {}).get("bounds") or {}
        values = [bounds.get(key) for key in ("x", "y", "width", "height")]
        if not all(isinstance(value, int) and value >= 0 for value in values):
            checker.fail(f"areas[{index}].bounds", "Must have x, y, width and height")
        elif isinstance(width, int) and isinstance(height, int):
            x, y, area_width, area_height = values
            if x + area_width > width or y + area_height > height:
                checker.fail(f"areas[{index}].bounds", "Must be inside the rich menu")
        checker.action((area or {}).get("action"), f"areas[{index}].action", label_required=False)
    return checker.problems
