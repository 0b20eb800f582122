"""Every text a citizen or reporter can meet is written in Burmese and Lao, with the same placeholders
as Thai: no silent fallback to Thai for them. What they can meet is read from the modules that answer
citizens (every text("key") and text(f"prefix_...") there), less the texts those modules send to staff."""

from __future__ import annotations

import ast
import re
import string
from datetime import UTC, datetime
from pathlib import Path

import pytest

import bot.line.graphemes as grapheme
from bot.speech.texts import TEXTS, TRANSLATIONS
from bot.speech.thai_dates import thai_date, thai_datetime

ROOT = Path(__file__).resolve().parents[2]
CITIZEN_MODULES = (
    "bot/speech/cards.py",
    "bot/handlers/follow.py",
    "bot/flows/engine.py",
    "bot/flows/intake_start.py",
    "bot/flows/language.py",
    "bot/commands/limits.py",
    "bot/flows/report.py",
    "bot/flows/report_done.py",
    "bot/flows/reporter_feedback.py",
    "bot/commands/tracking.py",
    "bot/jobs/reporter_news.py",
)
# Sent from those modules to staff (new-case cards, alerts, notices), who read Thai or English.
# agency_line_new and agency_open_button go to a partner agency linked in LINE (Thai), found here
# because the agency kinds are looked up by prefix.
TO_STAFF = {
    "agency_line_new",
    "agency_open_button",
    "call_reporter",
    "cancelled_staff",
    "field_ack_due",
    "field_reference",
    "open_case",
    "reopened_staff",
    "report_burst_staff",
    "staff_ack_button",
    "staff_new_case_alt",
    "staff_new_case_note",
    "staff_new_case_title",
    "status_changed",
    "step_transfer",
    "supervisor_no_center",
    "unrouted_button",
    "unrouted_urgent_alert",
    "urgency_high",
    "urgency_normal",
    "urgency_urgent",
    "urgent_details_staff",
    "vol_assign_button",
}
# LINE's limit for a button or quick-reply label, in grapheme clusters.
LABEL_LIMIT = 20


def citizen_keys() -> set[str]:
    keys: set[str] = set()
    prefixes: set[str] = set()
    for module in CITIZEN_MODULES:
        for node in ast.walk(ast.parse((ROOT / module).read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "text" and node.args):
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant):
                keys.add(first.value)
            elif isinstance(first, ast.JoinedStr) and isinstance(first.values[0], ast.Constant):
                prefixes.add(first.values[0].value)
    keys |= {key for key in TEXTS if any(key.startswith(prefix) for prefix in prefixes)}
    return keys - TO_STAFF


def placeholders(value: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(value) if name}


def test_the_scan_finds_the_citizen_journey() -> None:
    keys = citizen_keys()
    assert {"greeting", "report_danger", "report_done", "track_intro", "cancel_case_done", "news_acknowledged"} <= keys
    assert {"cat_elderly", "status_assigned", "call_1669", "stars_5"} <= keys, "keys built from prefixes"
    assert not keys & {"staff_new_case_title", "vol_ask_name"}


@pytest.mark.parametrize("language", ["my", "lo"])
def test_every_text_a_citizen_can_meet_is_written_in_the_language(language: str) -> None:
    translated = TRANSLATIONS[language]
    missing = sorted(key for key in citizen_keys() if key not in translated)
    assert missing == [], f"add these to bot/texts_{language}.py"


@pytest.mark.parametrize("language", ["my", "lo"])
def test_translations_keep_the_placeholders_and_the_emergency_numbers(language: str) -> None:
    for key, value in TRANSLATIONS[language].items():
        assert key in TEXTS, f"{key}: not a key of the catalogue"
        assert placeholders(value) == placeholders(TEXTS[key]["th"]), key
        numbers = set(re.findall(r"\b1\d{2,3}\b", TEXTS[key]["th"]))
        assert numbers <= set(re.findall(r"\b1\d{2,3}\b", value)), f"{key}: a hotline number got lost"


LABELS = re.compile(
    r"call_\d+|cat_\w+|need_\w+|who_\w+|danger_(yes|no)|edit_(?!field)\w+|stars_\d|cancel_reason_\w+"
    r"|consent_(yes|no|person_agreed|vital|not_asked)|flow_(back_button|cancel_button|resume|restart)|menu_\w+"
    r"|location_(button|retype)|receipt_\w+|follow_up_(still|fine)|confirm_(yes|reopen)|skip|summary_confirm"
    r"|needs_done|language_button|cancel_case_button|button_report_again|photo_(camera|roll)"
)


@pytest.mark.parametrize("language", ["my", "lo"])
def test_button_labels_fit_line(language: str) -> None:
    labels = {key: value for key, value in TRANSLATIONS[language].items() if LABELS.fullmatch(key)}
    assert len(labels) > 60
    for key, value in labels.items():
        assert grapheme.length(value) <= LABEL_LIMIT, (key, value)


def test_dates_for_burmese_and_lao_readers_are_gregorian_in_their_month_names() -> None:
    moment = datetime(2026, 11, 23, 2, 30, tzinfo=UTC)  # 09:30 in Bangkok
    assert thai_datetime(moment, "th") == "23 พ.ย. 2569 เวลา 09:30 น."
    assert thai_datetime(moment, "my") == "23 နိုဝင်ဘာ 2026၊ 09:30"
    assert thai_datetime(moment, "lo") == "23 ພະຈິກ 2026 ເວລາ 09:30"
    assert thai_date(moment, "lo") == "23 ພະຈິກ 2026" and thai_date(moment, "en") == "23 Nov 2026"
