"""A user blocks the bot: no more pushes to them until they follow again."""

from __future__ import annotations

from bot.handlers.context import Context


def handle(context: Context) -> None:
    if context.user is None:
        return
    context.user.following = False
    context.user.unfollowed_at = context.now
