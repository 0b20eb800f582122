"""A user adds the bot (or unblocks it): greet, say what to do in an emergency, and give a citizen who
reads another language than Thai the rich menu in it."""

from __future__ import annotations

from bot.handlers.context import Context
from bot.line.responses import Text
from bot.speech.cards import emergency_card, main_menu_buttons
from bot.speech.texts import language_of, text
from dispatch.menus import DEFAULT_LANGUAGE, change_language, menu_changed


def handle(context: Context) -> None:
    user = context.user
    if user is None:
        return
    user.following = True
    user.followed_at = context.now
    if user.language_chosen_at is None:  # a language picked with the button outlives a block and unblock
        change_language(
            context.session, user, language_of(context.services.line.profile_language(user.line_user_id)), context.now
        )
    language = user.language
    if language != DEFAULT_LANGUAGE:
        # Linked again even when the language did not change: the link may be older than the block.
        menu_changed(context.session, user, context.now)
    context.reply(
        [
            Text(text("greeting", language)),
            emergency_card(language),
            Text(text("help_after_greeting", language), quick_replies=main_menu_buttons(language)),
        ]
    )
