"""Duplicate hints through webhooks and the emulator: a second report of the same person reaches
staff with "อาจซ้ำกับ SC-…", merged with one tap or dismissed with ไม่ซ้ำ; a neighbour is not
flagged; the reporter hears of it only if staff merge."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from models.cases import Case, CaseStatus, ReporterUpdate
from tests.bot.chat import Chat
from tests.bot.scenes import KHON_KAEN, STAFF_A, STAFF_B, staff_messages, walk_to_location

pytestmark = pytest.mark.in_process

FIRST, SECOND, THIRD = (f"Ureporter00000000000000000000000{n}" for n in (1, 2, 3))


def report(bot, user: str, name: str, age: str, offset: float) -> str:
    chat = Chat(bot, user)
    walk_to_location(chat)
    chat.location(KHON_KAEN[0] + offset, KHON_KAEN[1] + offset)
    chat.say(name)
    chat.say(age)
    chat.say("อยู่บ้านคนเดียว ลุกจากเตียงไม่ได้ ไม่มีคนดูแล")
    chat.tap("ข้าม")
    chat.say("081-234-5678")
    chat.tap("เจ้าตัวให้ความยินยอมไม่ได้")
    chat.tap("ยืนยันส่งเรื่อง")
    with bot.sessions() as session:
        return session.scalars(select(Case.reference).order_by(Case.id.desc())).first()


def hint_of(messages: list[dict]) -> dict | None:
    for message in messages:
        if message["type"] == "flex" and "อาจซ้ำ" in message["altText"]:
            return message
    return None


def test_a_second_report_of_the_same_person_is_suggested_and_merged_with_one_tap(staffed_bot) -> None:
    bot = staffed_bot
    first = report(bot, FIRST, "ยายสมศรี ใจดี", "82", 0.010)
    assert hint_of(staff_messages(bot, STAFF_A)) is None
    second = report(bot, SECOND, "นางสมศรี ใจดี", "80", 0.012)  # another neighbour reports her, 300 m off
    hint = hint_of(staff_messages(bot, STAFF_A))
    assert hint is not None and f"อาจซ้ำกับ {first}" in json.dumps(hint, ensure_ascii=False)
    assert "ยายสมศรี" not in json.dumps(hint, ensure_ascii=False), "no personal data in the hint"
    # The second reporter was not told another report exists.
    reporter = Chat(bot, SECOND)
    assert first not in json.dumps(reporter._collect(), ensure_ascii=False)

    staff = Chat(bot, STAFF_A)
    staff._collect()
    staff.postback(f"action=ack&case={second}")
    buttons = {b["action"]["label"]: b["action"]["data"] for b in hint["contents"]["footer"]["contents"]}
    assert buttons[f"รวมเข้ากับ {first}"] == f"action=merge&case={second}&into={first}"
    staff.postback(buttons[f"รวมเข้ากับ {first}"])
    assert f"ปิดเรื่อง {second} เป็นเรื่องซ้ำของ {first}" in staff.texts()
    with bot.sessions() as session:
        merged = session.scalars(select(Case).where(Case.reference == second)).one()
        news = session.scalars(select(ReporterUpdate.kind).where(ReporterUpdate.case_id == merged.id)).all()
    assert (merged.status, merged.outcome) == (CaseStatus.CLOSED, "duplicate")
    assert "duplicate" in news, "the reporter hears of it once staff merge"


def test_ไม่ซ้ำ_is_remembered_and_a_neighbour_is_not_flagged(staffed_bot) -> None:
    bot = staffed_bot
    first = report(bot, FIRST, "ยายสมศรี ใจดี", "82", 0.010)
    neighbour = report(bot, THIRD, "ตาบุญมี ศรีสุข", "79", 0.0102)  # next door, another person
    assert hint_of(staff_messages(bot, STAFF_B)) is None
    second = report(bot, SECOND, "สมศรี ใจดี", "85", 0.0101)
    assert f"อาจซ้ำกับ {first}" in json.dumps(hint_of(staff_messages(bot, STAFF_B)), ensure_ascii=False)
    assert neighbour not in json.dumps(hint_of(staff_messages(bot, STAFF_B)), ensure_ascii=False)

    staff = Chat(bot, STAFF_B)
    staff._collect()
    staff.postback(f"action=case&case={second}")
    shown = hint_of(staff.last)
    assert shown is not None and f"ไม่ซ้ำกับ {first}" in json.dumps(shown, ensure_ascii=False)
    staff.postback(f"action=not_dup&case={second}&of={first}")
    assert "จะไม่แนะนำคู่นี้อีก" in staff.texts()
    staff.postback(f"action=case&case={second}")
    assert hint_of(staff.last) is None
    staff.postback(f"action=case&case={first}")
    assert hint_of(staff.last) is None, "dismissed both ways"
    # Staff of another center can neither see nor dismiss.
    other = Chat(bot, "Ustaffcm0000000000000000000000001")
    other.postback(f"action=not_dup&case={second}&of={neighbour}")
    assert "ไม่มีสิทธิ์" in other.texts()
