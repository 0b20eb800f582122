"""ค้นหาเคส in chat: by name, phone, reference or tambon, within the searcher's scope, newest first,
a page at a time with ดูเพิ่ม (never silently cut)."""

from __future__ import annotations

import json
import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from models.base import utcnow
from models.centers import Center
from models.users import get_or_create_user
from tests.bot.chat import Chat
from tests.bot.scenes import OTHER_CENTER_STAFF, STAFF_A
from tests.factories import new_case

pytestmark = pytest.mark.in_process

REFERENCE = re.compile(r"SC-T\d{4}")
SURNAMES = ("ใจดี", "ศรีสุข", "บุญมา", "ทองคำ", "แสงทอง", "พรหมมา", "สุขสวัสดิ์", "ศรีวงศ์", "มณีรัตน์", "ธรรมวงศ์",
            "แก้วมณี", "ภูมิสถาน")  # fmt: skip


def seed(bot) -> None:
    now = utcnow()
    with bot.sessions.begin() as session:
        kk = session.scalars(select(Center).where(Center.code == "KK01")).one()
        cm = session.scalars(select(Center).where(Center.code == "CM01")).one()
        reporter = get_or_create_user(session, "Ureporter000000000000000000000001", now)
        for n in range(12):  # twelve reports of people called สมศรี in ต.ในเมือง, one a minute
            new_case(session, kk, reporter.id, f"SC-T{n:04d}", person_name=f"ยายสมศรี {SURNAMES[n]}", person_age=60 + 3 * n,
                     contact_phone=f"08100000{n:02d}", created_at=now - timedelta(minutes=n))  # fmt: skip
        samran = new_case(session, kk, reporter.id, "SC-T0100", person_name="บุญมี ศรีสุข", created_at=now)
        samran.subdistrict_code = "400102"  # ต.สำราญ, reported to the center of the next tambon
        new_case(session, cm, reporter.id, "SC-T0200", person_name="สมศรี เชียงใหม่", created_at=now)


def found(chat: Chat) -> list[str]:
    return REFERENCE.findall(json.dumps(chat.last, ensure_ascii=False))


def test_search_by_name_pages_through_every_result(staffed_bot) -> None:
    bot = staffed_bot
    seed(bot)
    staff = Chat(bot, STAFF_A)
    staff.say("ค้นหาเคส")
    assert "ชื่อผู้ที่ต้องการความช่วยเหลือ" in staff.texts() and "ตำบล" in staff.texts()
    staff.say("สมศรี")
    first_page = list(dict.fromkeys(found(staff)))
    assert first_page == [f"SC-T{n:04d}" for n in range(10)], "newest first"
    assert "1-10 จาก 12" in staff.texts() and "ยายสมศรี" not in json.dumps(staff.last, ensure_ascii=False)
    staff.tap("ดูเพิ่ม")
    assert list(dict.fromkeys(found(staff))) == ["SC-T0010", "SC-T0011"]
    assert "11-12 จาก 12" in staff.texts() and "ดูเพิ่ม" not in staff.buttons()


def test_search_by_title_and_name_phone_reference_and_tambon(staffed_bot) -> None:
    bot = staffed_bot
    seed(bot)
    staff = Chat(bot, STAFF_A)
    for query, expected in (
        ("ตาบุญมี", ["SC-T0100"]),  # a title before the name is dropped
        ("081-000-0003", ["SC-T0003"]),
        ("sc-t0005", ["SC-T0005"]),
    ):
        staff.say("ค้นหาเคส")
        staff.say(query)
        assert list(dict.fromkeys(found(staff))) == expected, query
    staff.say("ค้นหาเคส")
    staff.say("ต.สำราญ")
    assert list(dict.fromkeys(found(staff))) == ["SC-T0100"]
    staff.say("ค้นหาเคส")
    staff.say("ในเมือง")
    assert "1-10 จาก 12" in staff.texts()


def test_search_stays_within_scope(staffed_bot) -> None:
    bot = staffed_bot
    seed(bot)
    other = Chat(bot, OTHER_CENTER_STAFF)
    other.say("ค้นหาเคส")
    other.say("สมศรี")
    assert list(dict.fromkeys(found(other))) == ["SC-T0200"]
    other.postback("action=search_page&q=สมศรี&page=1")
    assert "ไม่พบเรื่อง" in other.texts()
    citizen = Chat(bot, "Ucitizen000000000000000000000001")
    citizen.postback("action=search_page&q=สมศรี&page=0")
    assert "SC-T" not in json.dumps(citizen.last, ensure_ascii=False)
