"""The terminal chat (`flask --app app chat`): pushes are printed as they arrive, while the user is
still typing; a bot that is not running is said in words, not a ConnectionError traceback."""

from __future__ import annotations

import time

from bot.dev.terminal_chat import run_chat
from line_emulator import EmulatorClient

USER = "Uterminalpush0000000000000000000001"


def test_a_push_is_shown_while_the_user_is_still_typing(bot) -> None:
    shown: list[str] = []

    def read(_prompt: str) -> str:
        if not any("หมดสติ ถูกทำร้าย" in line for line in shown):
            return "แจ้งเหตุ"
        state = bot.emulator.emulator.state
        state.send("push", [USER], [{"type": "text", "text": "ความคืบหน้าเรื่องของคุณค่ะ"}], "request-1", None)
        deadline = time.monotonic() + 5
        while not any("ความคืบหน้า" in line for line in shown) and time.monotonic() < deadline:
            time.sleep(0.05)  # the user has typed nothing: only the watcher can print it
        return "/quit"

    run_chat(bot.line, USER, read=read, write=shown.append)
    assert "bot (push): ความคืบหน้าเรื่องของคุณค่ะ" in shown
    assert not any("Traceback" in line for line in shown)


def test_a_bot_that_is_not_running_is_said_plainly() -> None:
    shown: list[str] = []
    nothing_there = EmulatorClient("http://127.0.0.1:9", timeout=2)  # the discard port: refused
    run_chat(nothing_there, USER, read=lambda _prompt: "/quit", write=shown.append)
    assert shown == [
        "The bot is not running (nothing answers at http://127.0.0.1:9).\n"
        "Start it in another terminal with ./run.sh, then run this command again."
    ]
