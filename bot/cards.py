"""Messages several handlers and flows send: the main menu buttons, the emergency card, help."""

from __future__ import annotations

from bot.responses import Button, Card, Text
from bot.texts import text


def main_menu_buttons(language: str) -> tuple[Button, ...]:
    return (
        Button.postback(text("menu_report", language), "action=report"),
        Button.postback(text("menu_track", language), "action=track"),
        Button.call(text("menu_hotline", language), "1300"),
    )


def emergency_card(language: str) -> Card:
    return Card(
        alt_text=f"{text('emergency_title', language)}: 1669, 191, 1300",
        title=text("emergency_title", language),
        lines=(text("emergency_body", language),),
        buttons=(
            Button.call(text("call_1669", language), "1669"),
            Button.call(text("call_191", language), "191"),
            Button.call(text("call_1300", language), "1300"),
        ),
        accent="#C62828",
    )


def help_message(language: str) -> Text:
    return Text(text("help", language), quick_replies=main_menu_buttons(language))
