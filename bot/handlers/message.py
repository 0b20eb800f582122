"""Text, image, location, sticker and any future message type."""

from __future__ import annotations

from bot.handlers.context import Context
from bot.handlers.conversation import respond


def handle(context: Context) -> None:
    respond(context)
