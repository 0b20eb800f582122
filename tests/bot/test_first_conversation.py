"""A new follower is greeted with what the service is and the emergency numbers; unknown input gets help."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.dev.terminal_chat import run_chat
from models.users import User
from tests.bot.chat import Chat

pytestmark = pytest.mark.in_process


def test_follow_greets_in_thai_with_tap_to_call_emergency_numbers(bot) -> None:
    chat = Chat(bot, "Unewfollower0000000000000000000001")
    chat.follow()
    said = chat.texts()
    assert "ศูนย์ช่วยเหลือสังคมตำบล" in said and "ค่ะ" in said
    calls = {action["uri"] for action in chat.buttons().values() if action["type"] == "uri"}
    assert {"tel:1669", "tel:191", "tel:1300"} <= calls
    assert "แจ้งขอความช่วยเหลือ" in chat.buttons()


def test_english_users_are_greeted_in_english(bot) -> None:
    bot.line.add_user("Uenglish000000000000000000000001", "Jane", language="en")
    chat = Chat(bot, "Uenglish000000000000000000000001")
    chat.follow()
    assert "Hello" in chat.texts()
    with bot.sessions() as session:
        assert session.scalar(select(User.language).where(User.line_user_id == chat.user_id)) == "en"


def test_anything_not_understood_gets_a_short_help_with_buttons(bot) -> None:
    chat = Chat(bot, "Uconfused000000000000000000000001")
    chat.say("อากาศวันนี้เป็นอย่างไร")
    assert "ยังไม่เข้าใจ" in chat.texts()
    assert {"แจ้งขอความช่วยเหลือ", "ติดตามเรื่อง"} <= set(chat.buttons())


def test_a_sticker_or_a_location_first_leads_somewhere(bot) -> None:
    chat = Chat(bot, "Uconfused000000000000000000000002")
    chat.sticker()
    assert "เล่าได้เลย" in chat.texts()
    assert {"แจ้งขอความช่วยเหลือ", "ติดตามเรื่อง"} <= set(chat.buttons())
    chat.location(13.75, 100.5)
    assert "ได้รับตำแหน่งแล้ว" in chat.texts() and "หมดสติ ถูกทำร้าย" in chat.texts()


def test_unfollow_then_follow_again(bot) -> None:
    chat = Chat(bot, "Ublocker0000000000000000000000001")
    chat.follow()
    bot.line.unfollow(chat.user_id)
    chat.follow()
    with bot.sessions() as session:
        assert session.scalar(select(User.following).where(User.line_user_id == chat.user_id)) is True


def test_terminal_chat_shows_numbered_buttons_and_sends_the_chosen_one(bot) -> None:
    typed = iter(["สวัสดี", "1", "/quit"])
    shown: list[str] = []
    run_chat(bot.line, "Uterminal000000000000000000000001", read=lambda _prompt: next(typed), write=shown.append)
    output = "\n".join(shown)
    assert "[1] แจ้งขอความช่วยเหลือ" in output
    assert "ใครต้องการความช่วยเหลือ" in output  # "1" tapped the first button: the report started
