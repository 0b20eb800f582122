"""Every word the bot says, keyed by name: `text(key, language)`.

The Thai and English texts live in bot/speech/catalogue/, one module per feature (intake, tracking,
staff, volunteers, register, referrals, ...). The bot speaks with the polite particle ค่ะ/คะ throughout.
Placeholders use str.format names. Burmese and Lao, for what citizens and reporters see, live in
bot/speech/texts_my.py and bot/speech/texts_lo.py; text() looks there first for those languages,
then falls back to Thai, then English.
"""

from __future__ import annotations

import logging

from bot.speech.catalogue import TEXTS
from bot.speech.texts_lo import TEXTS_LO
from bot.speech.texts_my import TEXTS_MY

# Languages the bot answers in; a citizen's texts have all four, staff texts Thai and English.
LANGUAGES = ("th", "en", "my", "lo")
TRANSLATIONS: dict[str, dict[str, str]] = {"my": TEXTS_MY, "lo": TEXTS_LO}
FALLBACK = ("th", "en")

log = logging.getLogger(__name__)


def text(key: str, language: str = "th", **values: object) -> str:
    chosen = variant(key, language)
    return chosen.format(**values) if values else chosen


def age_text(age: int, language: str = "th") -> str:
    """An age as said: "82 ปี"; a baby's 0 (months old) as "ไม่ถึง 1 ขวบ", not "0 ปี"."""
    return text("age_under_one", language) if age == 0 else text("age_years", language, age=age)


def variant(key: str, language: str) -> str:
    """The key's text in `language`, else Thai, else English. An unknown key is logged and its name
    shown rather than raised: a typo must not cost a person in trouble their answer."""
    translated = TRANSLATIONS.get(language, {}).get(key)
    if translated is not None:
        return translated
    variants = TEXTS.get(key)
    if not variants:
        log.error("no text for key %s", key)
        return key
    for candidate in (language, *FALLBACK):
        if candidate in variants:
            return variants[candidate]
    return next(iter(variants.values()))


def has_text(key: str, language: str) -> bool:
    """Whether `key` is written in `language` itself (no fallback)."""
    return key in TRANSLATIONS.get(language, {}) or language in TEXTS.get(key, {})


def language_of(raw: str | None) -> str:
    """LINE languages look like "th", "en", "en-US", "my", "lo": one the bot speaks, else Thai."""
    code = (raw or "").lower().split("-")[0]
    return code if code in LANGUAGES else "th"
