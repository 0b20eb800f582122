"""A local stand-in for the LINE platform, for tests, benchmarks and demos.

It serves LINE's Messaging API paths, JSON shapes, status codes and error bodies (with LINE's message
limits, reply tokens, retry keys, quota and rich menus), signs and sends webhooks to the bot as LINE
users would, and offers a control API under /_emulator/ to inject failures and read what was sent.
The bot reaches it only through LINE_API_BASE_URL / LINE_DATA_API_BASE_URL.
"""

from __future__ import annotations

from line_emulator.client import EmulatorClient, EmulatorError
from line_emulator.limits import validate_messages, validate_rich_menu
from line_emulator.runner import Emulator, RunningEmulator, run_in_thread
from line_emulator.server import create_app
from line_emulator.webhooks import signature

__all__ = [
    "Emulator",
    "EmulatorClient",
    "EmulatorError",
    "RunningEmulator",
    "create_app",
    "run_in_thread",
    "signature",
    "validate_messages",
    "validate_rich_menu",
]
