"""Text, image, location, sticker and any future message type."""

from __future__ import annotations

from bot.handlers.common import help_message
from bot.handlers.context import Context


def handle(context: Context) -> None:
    context.reply([help_message(context.language)])
