"""A user adds the bot (or unblocks it): greet, and say what to do in an emergency."""

from __future__ import annotations

from bot.handlers.context import Context
from bot.line.responses import Text
from bot.speech.cards import emergency_card, main_menu_buttons
from bot.speech.texts import language_of, text


def handle(context: Context) -> None:
    user = context.user
    if user is None:
        return
    user.following = True
    user.followed_at = context.now
    user.language = language_of(context.services.line.profile_language(user.line_user_id))
    language = user.language
    context.reply(
        [
            Text(text("greeting", language)),
            emergency_card(language),
            Text(text("help_after_greeting", language), quick_replies=main_menu_buttons(language)),
        ]
    )
