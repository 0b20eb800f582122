"""Which language the bot answers a user in: the language button (ภาษา / Language / ဘာသာစကား /
ພາສາ), a quick reply of the main menu (bot/speech/cards.py) that typing the word also reaches at any time,
and the script the user writes in. The choice is kept on the user (models.users.User.language), and a
citizen's rich menu follows it (dispatch.menus.change_language)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from bot.flows.engine import FlowContext
from bot.line.responses import Button, Response, Text
from bot.speech.texts import LANGUAGES, text
from dispatch.case_actions import is_staff
from dispatch.menus import change_language
from dispatch.understanding import language_of
from dispatch.volunteers import approved_volunteer
from models.users import User

# Each language under its own name, so that a reader finds theirs whatever the bot spoke before.
LANGUAGE_NAMES = {"th": "ไทย", "en": "English", "my": "မြန်မာ", "lo": "ລາວ"}
# Only Burmese and Lao are written in these scripts, so a message in them is a clear sign; Thai
# letters or English words are not (Lao speakers write Thai, everyone writes "ok" and addresses).
SCRIPT_LANGUAGES = ("my", "lo")


def choose_language(context: FlowContext, chosen: str | None) -> list[Response]:
    """With a language (a tap on its button): answer in it from now on. Without: offer the four."""
    if chosen in LANGUAGES:
        change_language(context.session, context.user, chosen, context.now)
        context.user.language_chosen_at = context.now
        return [Text(text("language_chosen", chosen))]
    buttons = tuple(Button.postback(name, f"action=language&v={code}") for code, name in LANGUAGE_NAMES.items())
    return [Text(text("language_question", context.language), quick_replies=buttons)]


def follow_script(session: Session, user: User, written: str, now: datetime) -> None:
    """Someone writing Burmese or Lao is answered in it from this message on, also mid-report. Not
    staff or volunteers: their notes and visit reports may quote a Burmese or Lao reporter, and
    their work is in Thai."""
    script = language_of(written)
    if script not in SCRIPT_LANGUAGES or script == user.language:
        return
    if not is_staff(session, user) and approved_volunteer(session, user) is None:
        change_language(session, user, script, now)
