"""What flows and handlers want to say, as plain data. `bot/line/render.py` turns it into LINE JSON."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Button:
    """A choice. `kind`: postback, message, uri, location, camera, camera_roll."""

    label: str
    kind: str = "postback"
    data: str | None = None
    text: str | None = None
    uri: str | None = None

    @staticmethod
    def postback(label: str, data: str, shown: str | None = None) -> Button:
        return Button(label=label, kind="postback", data=data, text=shown if shown is not None else label)

    @staticmethod
    def message(label: str, text: str | None = None) -> Button:
        return Button(label=label, kind="message", text=text or label)

    @staticmethod
    def call(label: str, number: str) -> Button:
        return Button(label=label, kind="uri", uri=f"tel:{number}")


@dataclass(frozen=True)
class Text:
    """A text message, optionally with quick-reply buttons under it."""

    text: str
    quick_replies: tuple[Button, ...] = ()


@dataclass(frozen=True)
class Card:
    """A card with a title, body lines and up to a few buttons (rendered as a Flex bubble)."""

    alt_text: str
    title: str
    lines: tuple[str, ...] = ()
    buttons: tuple[Button, ...] = ()
    quick_replies: tuple[Button, ...] = ()
    accent: str = "#1B6E4C"
    fields: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Location:
    title: str
    address: str
    latitude: float
    longitude: float


@dataclass(frozen=True)
class Image:
    url: str
    preview_url: str


@dataclass(frozen=True)
class Carousel:
    """Several cards side by side (LINE allows 12)."""

    alt_text: str
    cards: tuple[Card, ...]
    quick_replies: tuple[Button, ...] = ()


Response = Text | Card | Carousel | Location | Image
