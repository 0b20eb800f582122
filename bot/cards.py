"""Messages several handlers and flows send: the main menu buttons, the emergency card, help."""

from __future__ import annotations

from bot.postbacks import Postback
from bot.responses import Button, Card, Text
from bot.texts import text


def main_menu_buttons(language: str) -> tuple[Button, ...]:
    return (
        Button.postback(text("menu_report", language), Postback("report").data),
        Button.postback(text("menu_track", language), Postback("track").data),
        Button.call(text("menu_hotline", language), "1300"),
    )


DEFAULT_HOTLINES = ("1669", "191", "1300")


def emergency_card(language: str, hotlines: tuple[str, ...] = ()) -> Card:
    """Tap-to-call buttons, the fitting number first (dispatch.understanding.Danger.hotlines):
    always 1669, 191 and 1300; 1323 (mental health) and 1387 (children) where they fit."""
    numbers = list(hotlines) or list(DEFAULT_HOTLINES)
    numbers += [number for number in DEFAULT_HOTLINES if number not in numbers]
    return Card(
        alt_text=f"{text('emergency_title', language)}: {', '.join(numbers)}",
        title=text("emergency_title", language),
        lines=(text("emergency_body", language),),
        buttons=tuple(Button.call(text(f"call_{number}", language), number) for number in numbers),
        accent="#C62828",
    )


def help_message(language: str) -> Text:
    return Text(text("help", language), quick_replies=main_menu_buttons(language))
