"""LINE's message and request limits (../shared/LINE_NOTES.md), checked the way LINE reports them.

Pure functions: each `validate_*` returns every problem found as LINE's error details
(`{"message": ..., "property": "messages[0].quickReply.items[0].action.label"}`), or `[]` when valid.

Counting: action labels, quick-reply labels and `chatBarText` count grapheme clusters (Thai vowels and
tone marks do not count separately); every other length counts UTF-16 code units, as LINE does for text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import regex

Problem = dict[str, str]

MAX_MESSAGES = 5
MAX_TEXT = 5000
MAX_QUICK_REPLY_ITEMS = 13
MAX_LABEL = 20
MAX_FLEX_BUTTON_LABEL = 40
MAX_IMAGE_CAROUSEL_LABEL = 12
MAX_ACTION_DATA = 300  # postback data, displayText, message action text
MAX_FLEX_ALT_TEXT = 1500
MAX_TEMPLATE_ALT_TEXT = 400
MAX_BUBBLE_BYTES = 30 * 1024
MAX_CAROUSEL_BYTES = 50 * 1024
MAX_CAROUSEL_BUBBLES = 12
MAX_URL = 2000
MAX_URI_ACTION = 1000
MAX_LOCATION_FIELD = 100
MAX_MULTICAST_RECIPIENTS = 500
MAX_RICH_MENU_AREAS = 20
MAX_CHAT_BAR_TEXT = 14

MESSAGE_TYPES = ("text", "textV2", "sticker", "image", "video", "audio", "location", "imagemap", "template", "flex")
ACTION_TYPES = ("postback", "message", "uri", "datetimepicker", "camera", "cameraRoll", "location", "richmenuswitch")
ACTION_TYPES += ("clipboard",)
QUICK_REPLY_ONLY_ACTIONS = {"camera", "cameraRoll", "location"}
RICH_MENU_ONLY_ACTIONS = {"richmenuswitch"}
URI_SCHEMES = {"http", "https", "tel", "line"}
FLEX_COMPONENTS = ("box", "button", "image", "video", "icon", "text", "span", "separator", "filler")
AGGREGATION_UNIT = re.compile(r"[A-Za-z0-9_]{1,30}")


def utf16_length(value: str) -> int:
    """Length as LINE counts text: UTF-16 code units (an emoji outside the BMP counts 2)."""
    if value.isascii():
        return len(value)
    return len(value.encode("utf-16-le", "surrogatepass")) // 2


_CLUSTER = regex.compile(r"\X")


def grapheme_length(value: str) -> int:
    """Length as a reader sees it: extended grapheme clusters (ที่ is 1, not 3)."""
    if value.isascii() and "\r" not in value:
        return len(value)
    return len(_CLUSTER.findall(value))


def json_size(value: Any) -> int:
    """Bytes of compact UTF-8 JSON, as LINE measures flex containers."""
    return len(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


class _Checker:
    """Collects problems while walking a request body."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def fail(self, path: str, message: str) -> None:
        self.problems.append({"message": message, "property": path})

    # -- primitives ------------------------------------------------------------------------------------

    def string(
        self,
        obj: dict[str, Any],
        key: str,
        path: str,
        maximum: int,
        *,
        required: bool = True,
        allow_empty: bool = False,
        graphemes: bool = False,
    ) -> str | None:
        """Check obj[key] is a string of at most `maximum` characters; return it when it is a string."""
        where = f"{path}.{key}" if path else key
        if key not in obj or obj[key] is None:
            if required:
                self.fail(where, "must be specified")
            return None
        value = obj[key]
        if not isinstance(value, str):
            self.fail(where, "must be a string")
            return None
        if value == "" and not allow_empty:
            self.fail(where, "May not be empty")
            return value
        # A string is never more graphemes than code points, nor fewer UTF-16 units: count only when needed.
        if len(value) > maximum or (not graphemes and 2 * len(value) > maximum):
            length = grapheme_length(value) if graphemes else utf16_length(value)
        else:
            length = len(value)
        if length > maximum:
            self.fail(where, f"Length must be between 0 and {maximum}")
        return value

    def https_url(self, obj: dict[str, Any], key: str, path: str, *, required: bool = True) -> None:
        value = self.string(obj, key, path, MAX_URL, required=required)
        if value:
            parts = urlsplit(value)
            if parts.scheme != "https" or not parts.netloc:
                self.fail(f"{path}.{key}", "Must be a HTTPS URL")

    def number(self, obj: dict[str, Any], key: str, path: str, low: float, high: float) -> None:
        value = obj.get(key)
        if value is None:
            self.fail(f"{path}.{key}", "must be specified")
        elif isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(f"{path}.{key}", "must be a number")
        elif not low <= value <= high:
            self.fail(f"{path}.{key}", f"Must be between {low} and {high}")

    def integer(
        self, obj: dict[str, Any], key: str, path: str, low: int, high: int | None = None, *, required: bool = True
    ) -> int | None:
        where = f"{path}.{key}" if path else key
        value = obj.get(key)
        if value is None:
            if required:
                self.fail(where, "must be specified")
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(where, "must be an integer")
            return None
        if value < low or (high is not None and value > high):
            self.fail(where, f"Must be between {low} and {high}" if high is not None else f"Must be at least {low}")
            return None
        return value

    def boolean(self, obj: dict[str, Any], key: str, path: str, *, required: bool = False) -> None:
        where = f"{path}.{key}" if path else key
        if key not in obj or obj[key] is None:
            if required:
                self.fail(where, "must be specified")
        elif not isinstance(obj[key], bool):
            self.fail(where, "must be a boolean")

    def obj(self, value: Any, path: str) -> dict[str, Any] | None:
        if value is None:
            self.fail(path, "must be specified")
            return None
        if not isinstance(value, dict):
            self.fail(path, "must be an object")
            return None
        return value

    def array(self, value: Any, path: str, low: int = 0, high: int | None = None) -> list[Any] | None:
        """The list when it is one (even of a wrong size, so its items are still checked)."""
        if value is None:
            self.fail(path, "must be specified")
            return None
        if not isinstance(value, list):
            self.fail(path, "must be an array")
            return None
        if len(value) < low or (high is not None and len(value) > high):
            self.fail(
                path, f"Size must be between {low} and {high}" if high is not None else f"Size must be at least {low}"
            )
        return value

    def one_of(self, obj: dict[str, Any], key: str, path: str, allowed: tuple[str, ...], *, required: bool) -> None:
        value = obj.get(key)
        if value is None:
            if required:
                self.fail(f"{path}.{key}", "must be specified")
        elif value not in allowed:
            self.fail(f"{path}.{key}", f"Must be one of the following values: [{', '.join(allowed)}]")

    # -- actions ---------------------------------------------------------------------------------------

    def action(
        self,
        value: Any,
        path: str,
        *,
        context: str,
        label_limit: int = MAX_LABEL,
        label_required: bool = True,
    ) -> None:
        """An action object; `context` is quickReply, template, flex or richmenu (what types it may use)."""
        action = self.obj(value, path)
        if action is None:
            return
        kind = action.get("type")
        if kind not in ACTION_TYPES:
            self.fail(f"{path}.type", "Invalid action type")
            return
        if kind in QUICK_REPLY_ONLY_ACTIONS and context != "quickReply":
            self.fail(f"{path}.type", f"The {kind} action can only be used in quick reply buttons")
        if kind in RICH_MENU_ONLY_ACTIONS and context != "richmenu":
            self.fail(f"{path}.type", f"The {kind} action can only be used in rich menus")
        self.string(action, "label", path, label_limit, required=label_required, graphemes=True)
        if kind == "postback":
            self.string(action, "data", path, MAX_ACTION_DATA, allow_empty=True)
            self.string(action, "displayText", path, MAX_ACTION_DATA, required=False)
            self.string(action, "text", path, MAX_ACTION_DATA, required=False)
            self.string(action, "fillInText", path, MAX_ACTION_DATA, required=False)
            self.one_of(
                action,
                "inputOption",
                path,
                ("closeRichMenu", "openRichMenu", "openKeyboard", "openVoice"),
                required=False,
            )
            if action.get("displayText") is not None and action.get("text") is not None:
                self.fail(f"{path}.text", "displayText and text cannot be used together")
        elif kind == "message":
            self.string(action, "text", path, MAX_ACTION_DATA)
        elif kind == "uri":
            self.uri(action, "uri", path, required=True)
            alt = action.get("altUri")
            if alt is not None and (alt_obj := self.obj(alt, f"{path}.altUri")) is not None:
                self.uri(alt_obj, "desktop", f"{path}.altUri", required=True)
        elif kind == "datetimepicker":
            self.string(action, "data", path, MAX_ACTION_DATA, allow_empty=True)
            self.one_of(action, "mode", path, ("date", "time", "datetime"), required=True)
            for key in ("initial", "max", "min"):
                self.string(action, key, path, 100, required=False)
        elif kind == "richmenuswitch":
            self.string(action, "richMenuAliasId", path, 32)
            self.string(action, "data", path, MAX_ACTION_DATA, allow_empty=True)
        elif kind == "clipboard":
            self.string(action, "clipboardText", path, 1000)

    def uri(self, obj: dict[str, Any], key: str, path: str, *, required: bool) -> None:
        value = self.string(obj, key, path, MAX_URI_ACTION, required=required)
        if value:
            parts = urlsplit(value)
            if parts.scheme.lower() not in URI_SCHEMES or (
                parts.scheme.lower() in {"http", "https"} and not parts.netloc
            ):
                self.fail(f"{path}.{key}", "Must be an http, https, tel or line URI")

    # -- message parts ---------------------------------------------------------------------------------

    def quick_reply(self, value: Any, path: str) -> None:
        quick_reply = self.obj(value, path)
        if quick_reply is None:
            return
        items = self.array(quick_reply.get("items"), f"{path}.items", 1, MAX_QUICK_REPLY_ITEMS)
        for index, raw in enumerate(items or []):
            item_path = f"{path}.items[{index}]"
            item = self.obj(raw, item_path)
            if item is None:
                continue
            if item.get("type") != "action":
                self.fail(f"{item_path}.type", "Must be action")
            self.https_url(item, "imageUrl", item_path, required=False)
            self.action(item.get("action"), f"{item_path}.action", context="quickReply")

    def sender(self, value: Any, path: str) -> None:
        sender = self.obj(value, path)
        if sender is not None:
            self.string(sender, "name", path, 20, required=False)
            self.https_url(sender, "iconUrl", path, required=False)

    def message(self, value: Any, path: str) -> None:
        message = self.obj(value, path)
        if message is None:
            return
        kind = message.get("type")
        check = self._MESSAGE_CHECKS.get(kind) if isinstance(kind, str) else None
        if check is None:
            self.fail(f"{path}.type", "Invalid message type" if kind is not None else "must be specified")
        else:
            check(self, message, path)
        if "quickReply" in message:
            self.quick_reply(message["quickReply"], f"{path}.quickReply")
        if "sender" in message:
            self.sender(message["sender"], f"{path}.sender")

    def text_message(self, message: dict[str, Any], path: str) -> None:
        self.string(message, "text", path, MAX_TEXT)
        emojis = message.get("emojis")
        if emojis is not None:
            for index, raw in enumerate(self.array(emojis, f"{path}.emojis", 0, 20) or []):
                emoji = self.obj(raw, f"{path}.emojis[{index}]")
                if emoji is not None:
                    self.integer(emoji, "index", f"{path}.emojis[{index}]", 0)
                    self.string(emoji, "productId", f"{path}.emojis[{index}]", 100)
                    self.string(emoji, "emojiId", f"{path}.emojis[{index}]", 100)
        self.string(message, "quoteToken", path, 1000, required=False)

    def text_v2_message(self, message: dict[str, Any], path: str) -> None:
        self.string(message, "text", path, MAX_TEXT)
        substitution = message.get("substitution")
        if substitution is not None and not isinstance(substitution, dict):
            self.fail(f"{path}.substitution", "must be an object")
        self.string(message, "quoteToken", path, 1000, required=False)

    def sticker_message(self, message: dict[str, Any], path: str) -> None:
        self.string(message, "packageId", path, 100)
        self.string(message, "stickerId", path, 100)

    def image_message(self, message: dict[str, Any], path: str) -> None:
        self.https_url(message, "originalContentUrl", path)
        self.https_url(message, "previewImageUrl", path)

    def video_message(self, message: dict[str, Any], path: str) -> None:
        self.https_url(message, "originalContentUrl", path)
        self.https_url(message, "previewImageUrl", path)
        self.string(message, "trackingId", path, 100, required=False)

    def audio_message(self, message: dict[str, Any], path: str) -> None:
        self.https_url(message, "originalContentUrl", path)
        self.integer(message, "duration", path, 1)

    def location_message(self, message: dict[str, Any], path: str) -> None:
        self.string(message, "title", path, MAX_LOCATION_FIELD)
        self.string(message, "address", path, MAX_LOCATION_FIELD)
        self.number(message, "latitude", path, -90, 90)
        self.number(message, "longitude", path, -180, 180)

    def imagemap_message(self, message: dict[str, Any], path: str) -> None:
        self.https_url(message, "baseUrl", path)
        self.string(message, "altText", path, MAX_FLEX_ALT_TEXT)
        size = self.obj(message.get("baseSize"), f"{path}.baseSize")
        if size is not None:
            self.integer(size, "width", f"{path}.baseSize", 1040, 1040)
            self.integer(size, "height", f"{path}.baseSize", 1)
        actions = self.array(message.get("actions"), f"{path}.actions", 1, 50)
        for index, raw in enumerate(actions or []):
            action_path = f"{path}.actions[{index}]"
            action = self.obj(raw, action_path)
            if action is None:
                continue
            area = self.obj(action.get("area"), f"{action_path}.area")
            if area is not None:
                for key in ("x", "y"):
                    self.integer(area, key, f"{action_path}.area", 0)
                for key in ("width", "height"):
                    self.integer(area, key, f"{action_path}.area", 1)
            self.string(action, "label", action_path, 100, required=False)
            kind = action.get("type")
            if kind == "uri":
                self.uri(action, "linkUri", action_path, required=True)
            elif kind == "message":
                self.string(action, "text", action_path, 400)
            elif kind == "clipboard":
                self.string(action, "clipboardText", action_path, 1000)
            else:
                self.fail(f"{action_path}.type", "Invalid action type")

    # -- template --------------------------------------------------------------------------------------

    def template_message(self, message: dict[str, Any], path: str) -> None:
        self.string(message, "altText", path, MAX_TEMPLATE_ALT_TEXT)
        template_path = f"{path}.template"
        template = self.obj(message.get("template"), template_path)
        if template is None:
            return
        kind = template.get("type")
        if kind == "buttons":
            self.buttons_template(template, template_path)
        elif kind == "confirm":
            self.string(template, "text", template_path, 240)
            self.template_actions(template, template_path, 2, 2)
        elif kind == "carousel":
            self.carousel_template(template, template_path)
        elif kind == "image_carousel":
            columns = self.array(template.get("columns"), f"{template_path}.columns", 1, 10)
            for index, raw in enumerate(columns or []):
                column_path = f"{template_path}.columns[{index}]"
                column = self.obj(raw, column_path)
                if column is not None:
                    self.https_url(column, "imageUrl", column_path)
                    self.action(
                        column.get("action"),
                        f"{column_path}.action",
                        context="template",
                        label_limit=MAX_IMAGE_CAROUSEL_LABEL,
                        label_required=False,
                    )
        else:
            self.fail(f"{template_path}.type", "Invalid template type" if kind is not None else "must be specified")

    def template_actions(self, obj: dict[str, Any], path: str, low: int, high: int) -> int:
        actions = self.array(obj.get("actions"), f"{path}.actions", low, high)
        for index, action in enumerate(actions or []):
            self.action(action, f"{path}.actions[{index}]", context="template")
        if "defaultAction" in obj:
            self.action(obj["defaultAction"], f"{path}.defaultAction", context="template", label_required=False)
        return len(actions or [])

    def buttons_template(self, template: dict[str, Any], path: str) -> None:
        self.https_url(template, "thumbnailImageUrl", path, required=False)
        self.string(template, "title", path, 40, required=False)
        has_title_or_image = bool(template.get("title") or template.get("thumbnailImageUrl"))
        self.string(template, "text", path, 60 if has_title_or_image else 160)
        self.one_of(template, "imageAspectRatio", path, ("rectangle", "square"), required=False)
        self.one_of(template, "imageSize", path, ("cover", "contain"), required=False)
        self.template_actions(template, path, 1, 4)

    def carousel_template(self, template: dict[str, Any], path: str) -> None:
        self.one_of(template, "imageAspectRatio", path, ("rectangle", "square"), required=False)
        self.one_of(template, "imageSize", path, ("cover", "contain"), required=False)
        columns = self.array(template.get("columns"), f"{path}.columns", 1, 10)
        action_counts = set()
        for index, raw in enumerate(columns or []):
            column_path = f"{path}.columns[{index}]"
            column = self.obj(raw, column_path)
            if column is None:
                continue
            self.https_url(column, "thumbnailImageUrl", column_path, required=False)
            self.string(column, "title", column_path, 40, required=False)
            has_title_or_image = bool(column.get("title") or column.get("thumbnailImageUrl"))
            self.string(column, "text", column_path, 60 if has_title_or_image else 120)
            action_counts.add(self.template_actions(column, column_path, 1, 3))
        if len(action_counts) > 1:
            self.fail(f"{path}.columns", "Every column must have the same number of actions")

    # -- flex ------------------------------------------------------------------------------------------

    def flex_message(self, message: dict[str, Any], path: str) -> None:
        self.string(message, "altText", path, MAX_FLEX_ALT_TEXT)
        contents_path = f"{path}.contents"
        contents = self.obj(message.get("contents"), contents_path)
        if contents is None:
            return
        kind = contents.get("type")
        if kind == "bubble":
            self.bubble(contents, contents_path)
        elif kind == "carousel":
            bubbles = self.array(contents.get("contents"), f"{contents_path}.contents", 1, MAX_CAROUSEL_BUBBLES)
            if json_size(contents) > MAX_CAROUSEL_BYTES:
                self.fail(contents_path, f"A carousel must be at most {MAX_CAROUSEL_BYTES // 1024} KB of JSON")
            for index, raw in enumerate(bubbles or []):
                bubble_path = f"{contents_path}.contents[{index}]"
                bubble = self.obj(raw, bubble_path)
                if bubble is None:
                    continue
                if bubble.get("type") != "bubble":
                    self.fail(f"{bubble_path}.type", "Must be bubble")
                else:
                    self.bubble(bubble, bubble_path)
        else:
            self.fail(f"{contents_path}.type", "Invalid flex container type" if kind else "must be specified")

    def bubble(self, bubble: dict[str, Any], path: str) -> None:
        if json_size(bubble) > MAX_BUBBLE_BYTES:
            self.fail(path, f"A bubble must be at most {MAX_BUBBLE_BYTES // 1024} KB of JSON")
        for block in ("header", "body", "footer"):
            if block in bubble:
                box = self.obj(bubble[block], f"{path}.{block}")
                if box is not None and box.get("type") != "box":
                    self.fail(f"{path}.{block}.type", "Must be box")
                elif box is not None:
                    self.component(box, f"{path}.{block}")
        if "hero" in bubble:
            hero = self.obj(bubble["hero"], f"{path}.hero")
            if hero is not None and hero.get("type") not in {"box", "image", "video"}:
                self.fail(f"{path}.hero.type", "Must be box, image or video")
            elif hero is not None:
                self.component(hero, f"{path}.hero")
        if "action" in bubble:
            self.action(bubble["action"], f"{path}.action", context="flex", label_required=False)

    def component(self, value: Any, path: str) -> None:
        node = self.obj(value, path)
        if node is None:
            return
        kind = node.get("type")
        if kind not in FLEX_COMPONENTS:
            self.fail(f"{path}.type", "Invalid flex component type" if kind is not None else "must be specified")
            return
        if kind == "box":
            self.one_of(node, "layout", path, ("horizontal", "vertical", "baseline"), required=True)
            for index, child in enumerate(self.array(node.get("contents"), f"{path}.contents") or []):
                self.component(child, f"{path}.contents[{index}]")
        elif kind == "button":
            self.action(node.get("action"), f"{path}.action", context="flex", label_limit=MAX_FLEX_BUTTON_LABEL)
        elif kind in {"image", "icon"}:
            self.https_url(node, "url", path)
        elif kind == "video":
            self.https_url(node, "url", path)
            self.https_url(node, "previewUrl", path)
            self.component(node.get("altContent"), f"{path}.altContent")
        elif kind == "text":
            spans = node.get("contents")
            if spans:
                for index, span in enumerate(self.array(spans, f"{path}.contents") or []):
                    self.component(span, f"{path}.contents[{index}]")
            else:
                self.string(node, "text", path, MAX_TEXT)
        elif kind == "span":
            self.string(node, "text", path, MAX_TEXT)
        if "action" in node and kind != "button":
            self.action(node["action"], f"{path}.action", context="flex", label_required=False)

    _MESSAGE_CHECKS: dict[str, Callable[[_Checker, dict[str, Any], str], None]] = {
        "text": text_message,
        "textV2": text_v2_message,
        "sticker": sticker_message,
        "image": image_message,
        "video": video_message,
        "audio": audio_message,
        "location": location_message,
        "imagemap": imagemap_message,
        "template": template_message,
        "flex": flex_message,
    }

    # -- request bodies --------------------------------------------------------------------------------

    def messages(self, value: Any) -> None:
        messages = self.array(value, "messages", 1, MAX_MESSAGES)
        for index, message in enumerate(messages or []):
            self.message(message, f"messages[{index}]")

    def aggregation_units(self, body: dict[str, Any]) -> None:
        units = body.get("customAggregationUnits")
        if units is None:
            return
        for index, unit in enumerate(self.array(units, "customAggregationUnits", 0, 1) or []):
            if not isinstance(unit, str) or not AGGREGATION_UNIT.fullmatch(unit):
                self.fail(f"customAggregationUnits[{index}]", "Must be 1-30 letters, digits or underscores")


def validate_messages(messages: Any) -> list[Problem]:
    """Every problem LINE would report for the `messages` array of a reply, push or multicast."""
    checker = _Checker()
    checker.messages(messages)
    return checker.problems


def validate_reply(body: dict[str, Any]) -> list[Problem]:
    checker = _Checker()
    checker.string(body, "replyToken", "", 1000)
    checker.boolean(body, "notificationDisabled", "")
    checker.messages(body.get("messages"))
    return checker.problems


def validate_push(body: dict[str, Any]) -> list[Problem]:
    checker = _Checker()
    checker.string(body, "to", "", 100)
    checker.boolean(body, "notificationDisabled", "")
    checker.aggregation_units(body)
    checker.messages(body.get("messages"))
    return checker.problems


def validate_multicast(body: dict[str, Any]) -> list[Problem]:
    checker = _Checker()
    recipients = checker.array(body.get("to"), "to", 1, MAX_MULTICAST_RECIPIENTS)
    for index, recipient in enumerate(recipients or []):
        if not isinstance(recipient, str) or not recipient:
            checker.fail(f"to[{index}]", "Must be a user ID")
    checker.boolean(body, "notificationDisabled", "")
    checker.aggregation_units(body)
    checker.messages(body.get("messages"))
    return checker.problems


def validate_loading(body: dict[str, Any]) -> list[Problem]:
    checker = _Checker()
    checker.string(body, "chatId", "", 100)
    seconds = checker.integer(body, "loadingSeconds", "", 5, 60, required=False)
    if seconds is not None and seconds % 5:
        checker.fail("loadingSeconds", "Must be a multiple of 5")
    return checker.problems


def validate_user_ids(body: dict[str, Any]) -> list[Problem]:
    """`userIds` of a bulk link or unlink: 1-500 user IDs."""
    checker = _Checker()
    for index, user_id in enumerate(checker.array(body.get("userIds"), "userIds", 1, 500) or []):
        if not isinstance(user_id, str) or not user_id:
            checker.fail(f"userIds[{index}]", "Must be a user ID")
    return checker.problems


def validate_rich_menu(menu: Any) -> list[Problem]:
    """A rich menu object: size, selected, name, chatBarText and up to 20 areas inside the menu."""
    checker = _Checker()
    if not isinstance(menu, dict):
        checker.fail("", "must be an object")
        return checker.problems
    width = height = None
    size = checker.obj(menu.get("size"), "size")
    if size is not None:
        width = checker.integer(size, "width", "size", 800, 2500)
        height = checker.integer(size, "height", "size", 250)
        if width is not None and height is not None and width / height < 1.45:
            checker.fail("size", "width / height must be at least 1.45")
    checker.boolean(menu, "selected", "", required=True)
    checker.string(menu, "name", "", 300)
    checker.string(menu, "chatBarText", "", MAX_CHAT_BAR_TEXT, graphemes=True)
    areas = checker.array(menu.get("areas"), "areas", 0, MAX_RICH_MENU_AREAS)
    for index, raw in enumerate(areas or []):
        area_path = f"areas[{index}]"
        area = checker.obj(raw, area_path)
        if area is None:
            continue
        bounds = checker.obj(area.get("bounds"), f"{area_path}.bounds")
        if bounds is not None:
            x = checker.integer(bounds, "x", f"{area_path}.bounds", 0)
            y = checker.integer(bounds, "y", f"{area_path}.bounds", 0)
            area_width = checker.integer(bounds, "width", f"{area_path}.bounds", 1)
            area_height = checker.integer(bounds, "height", f"{area_path}.bounds", 1)
            values = (x, y, area_width, area_height, width, height)
            if all(value is not None for value in values):
                if x + area_width > width or y + area_height > height:  # type: ignore[operator]
                    checker.fail(f"{area_path}.bounds", "The area must be inside the rich menu")
        checker.action(area.get("action"), f"{area_path}.action", context="richmenu", label_required=False)
    return checker.problems
