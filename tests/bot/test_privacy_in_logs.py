"""Logs carry ids and timings, never message text, names or phone numbers."""

from __future__ import annotations

import json
import logging

import pytest

from tests.bot.chat import Chat, report_for_family
from tests.bot.scenes import KHON_KAEN, add_center

pytestmark = pytest.mark.in_process


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        # werkzeug's access lines here are the test emulator's (its control URLs name test users).
        if record.name != "werkzeug":
            self.lines.append(record.getMessage())


def test_a_whole_report_leaves_no_personal_data_in_the_logs(bot) -> None:
    collect = Collect()
    root = logging.getLogger()
    previous = root.level
    root.addHandler(collect)
    root.setLevel(logging.DEBUG)
    try:
        add_center(bot.sessions, "KK01", "ศูนย์ช่วยเหลือสังคมตำบลในเมือง", "400101", KHON_KAEN, "043000001")
        chat = Chat(bot, "Uprivacy000000000000000000000001")
        report_for_family(chat, KHON_KAEN, "นางบุญมี ศรีสุข", "91", "แม่อายุมากอยู่บ้านคนเดียว ขาดอาหาร", "0861234567")
    finally:
        root.removeHandler(collect)
        root.setLevel(previous)
    everything = "\n".join(collect.lines)
    assert "บุญมี" not in everything and "0861234567" not in everything and "ขาดอาหาร" not in everything
    assert chat.user_id not in everything
    handled = [json.loads(line) for line in collect.lines if line.startswith('{"event"')]
    assert handled and all({"event", "type", "ms"} <= set(entry) for entry in handled)
