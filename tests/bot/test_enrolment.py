"""Staff enrolment with one-time invite codes."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from dispatch.staffing import issue_invite
from models.base import utcnow
from models.centers import Invite, StaffMembership
from models.users import User
from tests.bot.chat import Chat
from tests.bot.scenes import KHON_KAEN, add_center

pytestmark = pytest.mark.in_process


def new_code(bot) -> str:
    with bot.sessions.begin() as session:
        return issue_invite(session, "KK01", utcnow())


def members(bot) -> int:
    with bot.sessions() as session:
        return len(session.scalars(select(StaffMembership)).all())


def test_cli_prints_a_code_on_its_last_line_that_enrols_its_sender(bot) -> None:
    add_center(bot.sessions, "KK01", "ศูนย์ช่วยเหลือสังคมตำบลในเมือง", "400101", KHON_KAEN, "043000001")
    result = bot.app.test_cli_runner().invoke(args=["staff", "invite", "--center", "KK01"])
    assert result.exit_code == 0, result.output
    code = result.output.strip().splitlines()[-1]
    with bot.sessions() as session:
        stored = session.scalars(select(Invite)).one()
    assert code not in stored.code_hash and stored.expires_at - stored.created_at == timedelta(days=7)

    chat = Chat(bot, "Unewstaff000000000000000000000001")
    chat.say(code)
    assert "ศูนย์ช่วยเหลือสังคมตำบลในเมือง" in chat.texts()
    assert members(bot) == 1
    other = Chat(bot, "Uintruder00000000000000000000001")
    other.say(code)
    assert "ถูกใช้ไปแล้ว" in other.texts()
    assert members(bot) == 1


def test_unknown_center_is_refused_by_the_cli(bot) -> None:
    result = bot.app.test_cli_runner().invoke(args=["staff", "invite", "--center", "NOPE"])
    assert result.exit_code != 0 and "NOPE" in result.output


def test_expired_code_is_refused(bot) -> None:
    add_center(bot.sessions, "KK01", "ศูนย์ช่วยเหลือสังคมตำบลในเมือง", "400101", KHON_KAEN, "043000001")
    code = new_code(bot)
    with bot.sessions.begin() as session:
        session.execute(update(Invite).values(expires_at=utcnow() - timedelta(minutes=1)))
    chat = Chat(bot, "Ulate0000000000000000000000000001")
    chat.say(code)
    assert "หมดอายุ" in chat.texts()
    assert members(bot) == 0


def test_repeated_wrong_codes_are_slowed_down(bot) -> None:
    add_center(bot.sessions, "KK01", "ศูนย์ช่วยเหลือสังคมตำบลในเมือง", "400101", KHON_KAEN, "043000001")
    chat = Chat(bot, "Uguesser000000000000000000000001")
    for attempt in range(4):
        chat.say(f"AAAA-AAA{attempt}")
        assert "ไม่ถูกต้อง" in chat.texts()
    good = new_code(bot)
    chat.say(good)
    assert "ลองใหม่ได้หลังเวลา" in chat.texts()
    assert members(bot) == 0
    with bot.sessions.begin() as session:
        session.execute(update(User).values(code_locked_until=utcnow() - timedelta(seconds=1)))
    chat.say(good)
    assert "ลงทะเบียนเป็นเจ้าหน้าที่" in chat.texts()
