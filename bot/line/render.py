"""Turns responses (plain data) into LINE message JSON, within LINE's limits."""

from __future__ import annotations

import functools
from typing import Any

import bot.line.graphemes as grapheme
from bot.line.responses import Button, Card, Carousel, Image, Location, Response, Text

MAX_QUICK_REPLIES = 13
MAX_LABEL = 20
MAX_FLEX_BUTTON_LABEL = 40
MAX_TEXT_UTF16 = 5000
MAX_ALT_TEXT = 400
MAX_BUBBLES = 12


@functools.lru_cache(maxsize=4096)  # labels mostly come from the catalogue: the same few strings
def _clip_graphemes(value: str, limit: int) -> str:
    # A string never has more graphemes than code points, and counting graphemes is slow.
    if len(value) <= limit or grapheme.length(value) <= limit:
        return value
    return grapheme.slice(value, 0, limit - 1) + "…"


def _clip_utf16(value: str, limit: int) -> str:
    if len(value.encode("utf-16-le")) // 2 <= limit:
        return value
    clipped = value
    while len(clipped.encode("utf-16-le")) // 2 > limit - 1:
        clipped = clipped[: int(len(clipped) * 0.95)]
    return clipped + "…"


def action(button: Button, label_limit: int = MAX_LABEL) -> dict[str, Any]:
    label = _clip_graphemes(button.label, label_limit)
    if button.kind == "postback":
        result: dict[str, Any] = {"type": "postback", "label": label, "data": button.data or ""}
        if button.text:
            result["displayText"] = button.text[:300]
        return result
    if button.kind == "message":
        return {"type": "message", "label": label, "text": (button.text or button.label)[:300]}
    if button.kind == "uri":
        return {"type": "uri", "label": label, "uri": button.uri}
    if button.kind == "location":
        return {"type": "location", "label": label}
    if button.kind == "camera":
        return {"type": "camera", "label": label}
    if button.kind == "camera_roll":
        return {"type": "cameraRoll", "label": label}
    raise ValueError(f"unknown button kind {button.kind!r}")


def quick_reply(buttons: tuple[Button, ...]) -> dict[str, Any] | None:
    if not buttons:
        return None
    return {"items": [{"type": "action", "action": action(b)} for b in buttons[:MAX_QUICK_REPLIES]]}


def _with_quick_reply(message: dict[str, Any], buttons: tuple[Button, ...]) -> dict[str, Any]:
    items = quick_reply(buttons)
    if items:
        message["quickReply"] = items
    return message


def _bubble(card: Card) -> dict[str, Any]:
    body: list[dict[str, Any]] = [
        {"type": "text", "text": card.title, "weight": "bold", "size": "lg", "wrap": True, "color": card.accent}
    ]
    body += [{"type": "text", "text": line, "wrap": True, "size": "sm"} for line in card.lines if line]
    for name, value in card.fields:
        body.append(
            {
                "type": "box",
                "layout": "baseline",
                "spacing": "sm",
                "contents": [
                    {"type": "text", "text": name, "size": "sm", "color": "#888888", "flex": 2, "wrap": True},
                    {"type": "text", "text": value or "-", "size": "sm", "flex": 5, "wrap": True},
                ],
            }
        )
    bubble: dict[str, Any] = {
        "type": "bubble",
        "body": {"type": "box", "layout": "vertical", "spacing": "md", "contents": body},
    }
    if card.buttons:
        bubble["footer"] = {
            "type": "box",
            "layout": "vertical",
            "spacing": "sm",
            "contents": [
                {
                    "type": "button",
                    "style": "primary" if index == 0 else "secondary",
                    "height": "sm",
                    "action": action(button, MAX_FLEX_BUTTON_LABEL),
                }
                for index, button in enumerate(card.buttons)
            ],
        }
    return bubble


def _card(card: Card) -> dict[str, Any]:
    message = {"type": "flex", "altText": _clip_graphemes(card.alt_text, MAX_ALT_TEXT), "contents": _bubble(card)}
    return _with_quick_reply(message, card.quick_replies)


def _carousel(carousel: Carousel) -> dict[str, Any]:
    contents = {"type": "carousel", "contents": [_bubble(card) for card in carousel.cards[:MAX_BUBBLES]]}
    message = {"type": "flex", "altText": _clip_graphemes(carousel.alt_text, MAX_ALT_TEXT), "contents": contents}
    return _with_quick_reply(message, carousel.quick_replies)


def render_one(response: Response) -> dict[str, Any]:
    if isinstance(response, Text):
        return _with_quick_reply(
            {"type": "text", "text": _clip_utf16(response.text, MAX_TEXT_UTF16)}, response.quick_replies
        )
    if isinstance(response, Card):
        return _card(response)
    if isinstance(response, Carousel):
        return _carousel(response)
    if isinstance(response, Location):
        return {
            "type": "location",
            "title": _clip_graphemes(response.title, 100),
            "address": _clip_graphemes(response.address, 100),
            "latitude": response.latitude,
            "longitude": response.longitude,
        }
    if isinstance(response, Image):
        return {"type": "image", "originalContentUrl": response.url, "previewImageUrl": response.preview_url}
    raise TypeError(f"cannot render {type(response).__name__}")


def render(responses: list[Response]) -> list[dict[str, Any]]:
    return [render_one(response) for response in responses]
