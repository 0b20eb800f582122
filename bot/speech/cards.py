"""Messages several handlers, flows and jobs send: the main menu buttons, the emergency card, help, and
the staff's case card."""

from __future__ import annotations

from typing import Any

from bot.line.responses import Button, Card, Text
from bot.postbacks import Postback
from bot.speech.texts import text
from bot.speech.thai_dates import thai_datetime
from dispatch.address import describe_codes
from models.cases import Case

URGENCY_ACCENT = {"urgent": "#C62828", "high": "#EF6C00", "normal": "#1B6E4C"}


def main_menu_buttons(language: str) -> tuple[Button, ...]:
    """Report, track, call 1300, and the language button (bot/flows/language.py)."""
    return (
        Button.postback(text("menu_report", language), Postback("report").data),
        Button.postback(text("menu_track", language), Postback("track").data),
        Button.call(text("menu_hotline", language), "1300"),
        Button.postback(text("language_button", language), Postback("language").data),
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


def staff_card(case: Case, center: Any, language: str = "th") -> Card:
    """Minimal on personal data: no name, phone, description or exact location. `center`: anything
    with area codes (the case's center), for a case known only by its center's area."""
    urgency = text(f"urgency_{case.urgency}", language)
    category = text(f"cat_{case.category}", language)
    area = describe_codes(case.subdistrict_code, case.district_code, case.province_code)
    if not area and center is not None:
        area = describe_codes(center.subdistrict_code, center.district_code, center.province_code)
    return Card(
        alt_text=text("staff_new_case_alt", language, urgency=urgency, reference=case.reference, category=category),
        title=text("staff_new_case_title", language, urgency=urgency),
        accent=URGENCY_ACCENT.get(case.urgency, "#1B6E4C"),
        fields=(
            (text("field_reference", language), case.reference),
            (text("field_category", language), category),
            (text("field_needs", language), ", ".join(text(f"need_{need}", language) for need in case.needs)),
            (text("field_area", language), area or "-"),
            (text("field_ack_due", language), thai_datetime(case.ack_due_at, language)),
        ),
        lines=(text("staff_new_case_note", language),),
        buttons=(
            Button.postback(text("staff_ack_button", language), Postback("ack", case=case.reference).data),
            Button.postback(text("vol_assign_button", language), Postback("vol_assign", case=case.reference).data),
            Button.postback(text("step_transfer", language), Postback("transfer", case=case.reference).data),
        ),
    )
