"""Button taps (postbacks), including rich-menu buttons."""

from __future__ import annotations

from bot.handlers.context import Context
from bot.handlers.conversation import respond


def handle(context: Context) -> None:
    respond(context)
