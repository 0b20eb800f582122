"""A user's message or tap, reduced to what flows need (no LINE SDK types)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from dispatch.zawgyi import to_unicode


@dataclass(frozen=True)
class UserInput:
    """kind: text, postback, location, image, sticker or other (video, audio, file, unknown)."""

    kind: str
    text: str = ""
    data: dict[str, str] = field(default_factory=dict)
    latitude: float | None = None
    longitude: float | None = None
    address: str | None = None
    message_id: str | None = None

    @property
    def choice(self) -> str | None:
        """The value of a choice button (postback `v=`)."""
        return self.data.get("v")


def from_event(event: dict[str, Any]) -> UserInput:
    if event.get("type") == "postback":
        postback = event.get("postback") or {}
        raw = str(postback.get("data", ""))
        return UserInput(kind="postback", data=dict(parse_qsl(raw)), text=raw)
    message = event.get("message") or {}
    kind = message.get("type")
    if kind == "text":
        # Burmese typed in Zawgyi becomes Unicode here, so that flows, understanding and the stored
        # description all read the same letters.
        return UserInput(kind="text", text=to_unicode(str(message.get("text", "")).strip()))
    if kind == "location":
        return UserInput(
            kind="location",
            latitude=_float(message.get("latitude")),
            longitude=_float(message.get("longitude")),
            address=message.get("address"),
        )
    if kind == "image":
        return UserInput(kind="image", message_id=str(message.get("id", "")))
    if kind == "sticker":
        return UserInput(kind="sticker")
    return UserInput(kind="other")


def _float(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None
