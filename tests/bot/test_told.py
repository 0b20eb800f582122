"""Told what happens, through webhooks and the emulator: the owner and the center hear when a
volunteer accepts or hands back, the owner hears when a colleague changes, notes or merges their
case, the owner of the case merged into hears of it; a resolved case nobody closes closes itself
after its 14-day reopen window, so retention applies."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from bot.workers.runtime import scheduled_jobs
from dispatch.reporter_feedback import close_settled
from dispatch.retention import apply_retention
from models.base import utcnow
from models.cases import Case, CaseEvent, CaseStatus
from tests.bot.chat import Chat
from tests.bot.scenes import NEAR, OTHER_CENTER_STAFF, STAFF_A, STAFF_B, add_volunteer, offer_id, report_case

pytestmark = pytest.mark.in_process


def said(chat: Chat) -> str:
    return json.dumps(chat._collect(), ensure_ascii=False)


def owned_case(bot, owner: str = STAFF_A) -> str:
    reference = report_case(bot)
    Chat(bot, owner).postback(f"action=ack&case={reference}")
    return reference


def test_owner_and_center_hear_when_a_volunteer_accepts_and_hands_back(volunteer_bot) -> None:  # noqa: F811
    bot = volunteer_bot
    add_volunteer(bot.sessions, NEAR, "สมชาย ใกล้บ้าน", 1.0)
    reference = owned_case(bot)
    owner, colleague, elsewhere = Chat(bot, STAFF_A), Chat(bot, STAFF_B), Chat(bot, OTHER_CENTER_STAFF)
    for chat in (owner, colleague, elsewhere):
        chat._collect()
    owner.postback(f"action=vol_assign&case={reference}&to=nearest")
    near = Chat(bot, NEAR)
    near._collect()
    near.tap("รับงาน")
    for chat in (owner, colleague):
        assert f"อาสาสมัคร สมชาย ใกล้บ้าน รับไปเยี่ยมบ้านเรื่อง {reference} แล้ว" in said(chat)
    near.postback(f"action=vol_hand_back&offer={offer_id(bot, reference, NEAR)}")
    near.tap("ติดธุระ")
    for chat in (owner, colleague):
        assert f"อาสาสมัครคืนงานเรื่อง {reference}" in said(chat)
    assert reference not in said(elsewhere)


def test_the_owner_hears_what_a_colleague_does_to_their_case_and_nobody_hears_their_own(volunteer_bot) -> None:  # noqa: F811
    bot = volunteer_bot
    reference = owned_case(bot)
    owner, colleague = Chat(bot, STAFF_A), Chat(bot, STAFF_B)
    owner._collect()
    colleague._collect()

    colleague.postback(f"action=status&case={reference}&to=in_progress")
    heard = said(owner)
    assert f'เปลี่ยนสถานะเรื่อง {reference} ที่คุณรับผิดชอบเป็น \\"กำลังประสานความช่วยเหลือ\\"' in heard
    assert "action=case" in heard

    colleague.postback(f"action=note&case={reference}")
    colleague.say("โทรหาญาติแล้ว นัดพรุ่งนี้")
    assert f"บันทึกในเรื่อง {reference} ที่คุณรับผิดชอบ: โทรหาญาติแล้ว นัดพรุ่งนี้" in said(owner)

    # The owner's own changes tell nobody else.
    owner.postback(f"action=status&case={reference}&to=visiting")
    assert "ที่คุณรับผิดชอบ" not in said(colleague)


def test_a_merge_tells_the_duplicates_owner_and_the_originals_owner(volunteer_bot) -> None:  # noqa: F811
    bot = volunteer_bot
    original = owned_case(bot, STAFF_B)
    duplicate = owned_case(bot, STAFF_A)
    owner, colleague = Chat(bot, STAFF_A), Chat(bot, STAFF_B)
    owner._collect()
    colleague._collect()
    # A (owner of the duplicate) merges: B, who owns the original, hears of it; A hears nothing extra.
    owner.postback(f"action=duplicate&case={duplicate}")
    owner.say(original)
    assert f"ปิดเรื่อง {duplicate} เป็นเรื่องซ้ำของ {original}" in owner.texts()
    heard = said(colleague)
    assert f"รวมเรื่อง {duplicate} เข้ากับเรื่อง {original} ที่คุณดูแลแล้ว" in heard

    third = owned_case(bot, STAFF_A)
    owner._collect()
    # B merges A's case: A hears that their case was merged.
    colleague.postback(f"action=duplicate&case={third}")
    colleague.say(original)
    assert f"รวมเรื่อง {third} ที่คุณรับผิดชอบเข้ากับเรื่อง {original} แล้ว" in said(owner)


def test_a_resolved_case_closes_itself_after_the_reopen_window_and_retention_then_applies(volunteer_bot) -> None:  # noqa: F811
    bot = volunteer_bot
    assert "close_settled" in {job.name for job in scheduled_jobs(bot.app.config["BOT_SETTINGS"])}
    old, recent = owned_case(bot), owned_case(bot)
    for reference in (old, recent):
        Chat(bot, STAFF_A).postback(f"action=status&case={reference}&to=resolved")
    now = utcnow()
    with bot.sessions.begin() as session:
        session.execute(
            update(Case).where(Case.reference == old).values(resolved_at=now - timedelta(days=14, minutes=1))
        )
        session.execute(update(Case).where(Case.reference == recent).values(resolved_at=now - timedelta(days=13)))
    with bot.sessions.begin() as session:
        assert close_settled(session, now) == 1
    with bot.sessions.begin() as session:
        assert close_settled(session, now) == 0, "once"
    with bot.sessions() as session:
        closed = session.scalars(select(Case).where(Case.reference == old)).one()
        still = session.scalars(select(Case).where(Case.reference == recent)).one()
        event = session.scalars(
            select(CaseEvent).where(CaseEvent.case_id == closed.id).order_by(CaseEvent.id.desc())
        ).first()
    assert (closed.status, closed.outcome, closed.closed_at) == (CaseStatus.CLOSED, "helped", now)
    assert event.detail == {"outcome": "helped", "by": "reopen_window_ended"}
    assert still.status == CaseStatus.RESOLVED
    with bot.sessions.begin() as session:
        apply_retention(session, now + timedelta(days=366), retention_days=365)
    with bot.sessions() as session:
        closed = session.scalars(select(Case).where(Case.reference == old)).one()
    assert closed.anonymised_at is not None and closed.person_name is None and closed.province_code == "40"
