"""The text catalogue in Thai and English, one module per feature. `bot.speech.texts.text()` reads
TEXTS, all the modules' keys together; a key lives in exactly one module, and has Thai and English
(labels of the Thai-only staff menus excepted), as tests/bot/test_text_catalogue.py checks. Burmese and Lao are
bot/speech/texts_my.py and bot/speech/texts_lo.py."""

from __future__ import annotations

from bot.speech.catalogue import (
    alerts,
    conversation,
    enrolment,
    intake,
    open311,
    referrals,
    register,
    richmenus,
    staff,
    tracking,
    volunteers,
)

MODULES = (alerts, conversation, enrolment, intake, open311, referrals, register, richmenus, staff, tracking, volunteers)

TEXTS: dict[str, dict[str, str]] = {key: variants for module in MODULES for key, variants in module.TEXTS.items()}
