"""Fixtures for the bot's tests: a bot with two centers and their staff enrolled through LINE."""

from __future__ import annotations

import pytest

from tests.bot.test_report_flow import CHIANG_MAI, KHON_KAEN, add_center, enrol_staff

STAFF_A = "Ustaffkk0000000000000000000000001"
STAFF_B = "Ustaffkk0000000000000000000000002"
OTHER_CENTER_STAFF = "Ustaffcm0000000000000000000000001"


@pytest.fixture
def staffed_bot(bot):  # noqa: ANN001, ANN201 - the bot fixture's own type
    return with_centers_and_staff(bot)


def with_centers_and_staff(bot):  # noqa: ANN001, ANN201
    add_center(bot.sessions, "KK01", "ศูนย์ช่วยเหลือสังคมตำบลในเมือง", "400101", KHON_KAEN, "043000001")
    add_center(bot.sessions, "CM01", "ศูนย์ช่วยเหลือสังคมตำบลศรีภูมิ", "500101", CHIANG_MAI, "053000001")
    for center, staff in (("KK01", STAFF_A), ("KK01", STAFF_B), ("CM01", OTHER_CENTER_STAFF)):
        enrol_staff(bot, center, staff)
    return bot
