"""Staff take a case with รับเรื่อง: one owner, colleagues and the reporter told, everyone else refused."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from dispatch.case_actions import Acknowledgement, acknowledge
from models.audit import AuditEntry
from models.base import utcnow
from models.cases import Case, CaseEvent, CaseStatus
from models.users import User
from tests.bot.chat import Chat
from tests.bot.scenes import (
    OTHER_CENTER_STAFF,
    REPORTER,
    STAFF_A,
    STAFF_B,
    case_state,
    report_case,
    staff_messages,
    tell_reporters,
    texts_about,
)
from tests.bot.scenes import texts_about as texts_to  # noqa: F401 - its name before the move, for tests written meanwhile
from tests.factories import new_case
from tests.referral_support import add_agencies, refer_in_chat

pytestmark = pytest.mark.in_process


def test_the_first_staff_member_to_tap_owns_the_case_and_everyone_concerned_is_told(staffed_bot) -> None:
    bot = staffed_bot
    reference = report_case(bot)
    card = next(m for m in staff_messages(bot, STAFF_A) if m["type"] == "flex")
    assert f"action=ack&case={reference}" in str(card), "the new-case card carries the รับเรื่อง button"
    reporter = Chat(bot, REPORTER)
    reporter._collect()  # what the reporter got before the acknowledgement is not this test's business

    answer = Chat(bot, STAFF_A).postback(f"action=ack&case={reference}")

    assert any(f"คุณรับเรื่อง {reference} แล้วค่ะ" in m.get("text", "") for m in answer)
    assert case_state(bot, reference) == (CaseStatus.ACKNOWLEDGED, STAFF_A, ["reported", "status"])
    assert any(f"รับเรื่อง {reference} แล้วค่ะ" in text for text in texts_about(bot, STAFF_B, reference)), "colleague"
    assert not texts_about(bot, OTHER_CENTER_STAFF, reference)
    assert reporter._collect() == [], "news waits a moment, in case more follows"
    assert tell_reporters(bot) == 1
    told = [m.get("text", "") for m in reporter._collect()]
    assert len(told) == 1 and reference in told[0] and "รับเรื่องแล้ว" in told[0] and "043000001" in told[0]
    assert "Ustaff" not in told[0], "no staff identity reaches the reporter"

    late = Chat(bot, STAFF_B).postback(f"action=ack&case={reference}")
    assert any("มีเจ้าหน้าที่รับไปแล้ว" in m.get("text", "") for m in late)
    assert case_state(bot, reference) == (CaseStatus.ACKNOWLEDGED, STAFF_A, ["reported", "status"])
    again = Chat(bot, STAFF_A).postback(f"action=ack&case={reference}")
    assert any("ไว้แล้วค่ะ" in m.get("text", "") for m in again)


@pytest.mark.parametrize("intruder", [REPORTER, OTHER_CENTER_STAFF, "Ustranger000000000000000000000001"])
def test_anyone_else_is_refused_without_a_change_or_a_leak(staffed_bot, intruder: str) -> None:
    bot = staffed_bot
    reference = report_case(bot)
    chat = Chat(bot, intruder)
    chat._collect()  # what the reporter was told while reporting
    for data in (f"action=ack&case={reference}", "action=ack&case=SC-000000-NONE", "action=ack"):
        answers = chat.postback(data)
        assert [m.get("text") for m in answers] == ["ขออภัยค่ะ บัญชีนี้ไม่มีสิทธิ์ดำเนินการกับเรื่องนี้ค่ะ"]
    assert case_state(bot, reference) == (CaseStatus.ASSIGNED, None, ["reported"])
    assert not texts_about(bot, STAFF_A, reference) and not texts_about(bot, STAFF_B, reference)


def test_two_staff_acknowledging_at_the_same_moment_make_exactly_one_owner(staffed_bot) -> None:
    """Two transactions race on the database itself (threads, separate connections)."""
    bot = staffed_bot
    reference = report_case(bot)
    with bot.sessions() as session:
        staff = {
            line_id: session.scalars(select(User).where(User.line_user_id == line_id)).one().id
            for line_id in (STAFF_A, STAFF_B)
        }
    barrier = threading.Barrier(2)
    results: dict[str, Acknowledgement] = {}

    def tap(line_id: str) -> None:
        barrier.wait(5)  # SQLite lets one of the two transactions begin at a time; PostgreSQL both
        with bot.sessions() as session, session.begin():
            user = session.get(User, staff[line_id])
            results[line_id] = acknowledge(session, user, reference, utcnow()).result

    threads = [threading.Thread(target=tap, args=(line_id,)) for line_id in staff]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)

    assert sorted(results.values()) == sorted([Acknowledgement.TAKEN, Acknowledgement.TAKEN_BY_OTHER])
    winner = next(line_id for line_id, result in results.items() if result == Acknowledgement.TAKEN)
    assert case_state(bot, reference) == (CaseStatus.ACKNOWLEDGED, winner, ["reported", "status"])


def test_staff_walk_a_case_to_closed_by_taps_and_the_reporter_hears_each_step_once(staffed_bot) -> None:
    bot = staffed_bot
    reference = report_case(bot)
    reporter = Chat(bot, REPORTER)
    reporter._collect()  # the questions of the report and its receipt
    staff = Chat(bot, STAFF_A)
    heading = f"ความคืบหน้าเรื่อง {reference} ที่คุณแจ้งไว้ค่ะ"

    staff.postback(f"action=ack&case={reference}")
    assert set(staff.buttons()) >= {"นัดเยี่ยมบ้าน", "ประสานช่วยเหลือ", "ส่งต่อหน่วยงาน", "ช่วยเหลือแล้ว"}
    tell_reporters(bot)
    acknowledged = [m["text"] for m in reporter._collect()]
    assert acknowledged == [
        f"{heading}\n• เจ้าหน้าที่ศูนย์ช่วยเหลือสังคมตำบลในเมืองรับเรื่องแล้ว จะติดต่อกลับโดยเร็ว สอบถามได้ที่ 043000001"
    ]

    staff.tap("นัดเยี่ยมบ้าน")
    assert "นัดเยี่ยมบ้านแล้ว" in staff.texts()
    staff.tap("ประสานช่วยเหลือ")
    assert reporter._collect() == [], "two taps close together..."
    assert tell_reporters(bot) == 1
    assert [m["text"] for m in reporter._collect()] == [f"{heading}\n• นัดเยี่ยมบ้านแล้ว\n• กำลังประสานความช่วยเหลือ"], (
        "...reach the reporter as one message"
    )

    staff.tap("ช่วยเหลือแล้ว")
    reporter.say("ติดตาม")  # the reporter writes before the news is pushed: it comes in the reply
    assert reporter.last[0]["text"] == f"{heading}\n• เจ้าหน้าที่ให้ความช่วยเหลือแล้ว"
    assert set(reporter.buttons()) >= {"ได้รับความช่วยเหลือแล้ว", "ยังไม่ได้รับความช่วยเหลือ"}
    assert tell_reporters(bot) == 0, "nothing is told twice"
    reporter.tap("ได้รับความช่วยเหลือแล้ว")
    assert "ให้คะแนน" in reporter.texts() and len(reporter.buttons()) == 5
    reporter.tap("5 ดีมาก")
    assert "ขอบคุณสำหรับคะแนน 5 จาก 5 ค่ะ" in reporter.texts()

    staff.tap("ปิด: ช่วยเหลือสำเร็จ")
    assert f"ปิดเรื่อง {reference} แล้วค่ะ ผลการช่วยเหลือ: ช่วยเหลือสำเร็จ" in staff.texts()
    assert tell_reporters(bot) == 0 and reporter._collect() == [], "closing after resolution is not pushed"

    status, owner, kinds = case_state(bot, reference)
    assert (status, owner) == (CaseStatus.CLOSED, STAFF_A)
    assert kinds == ["reported", "status", "status", "status", "status", "confirmed", "rated", "status"]
    with bot.sessions() as session:
        case = session.scalars(select(Case).where(Case.reference == reference)).one()
        closing = session.scalars(select(CaseEvent).order_by(CaseEvent.id.desc())).first()
    assert (case.rating, case.outcome, case.confirmed_at is not None) == (5, "helped", True)
    assert closing.detail == {"outcome": "helped"} and closing.to_status == CaseStatus.CLOSED

    news = [record for record in bot.line.messages_to(REPORTER) if heading in record["message"].get("text", "")]
    assert [record["via"] for record in news] == ["push", "push", "reply"]
    assert all("Ustaff" not in record["message"]["text"] for record in news), "no staff identity"


def test_invalid_steps_are_refused_with_the_reason_and_change_nothing(staffed_bot) -> None:
    bot = staffed_bot
    reference = report_case(bot)
    staff = Chat(bot, STAFF_A)
    staff.postback(f"action=status&case={reference}&to=visiting")
    assert "ยังไม่มีผู้รับเรื่อง" in staff.texts(), "acknowledge comes first"
    staff.postback(f"action=ack&case={reference}")
    staff.postback(f"action=status&case={reference}&to=assigned")
    assert "เปลี่ยนเป็นขั้นที่เลือกไม่ได้" in staff.texts() and "เจ้าหน้าที่รับเรื่องแล้ว" in staff.texts()
    staff.postback(f"action=status&case={reference}&to=closed&outcome=helped")
    assert "กรุณาเลือกผลการช่วยเหลือ" in staff.texts(), "closed as helped only after help is delivered"
    assert "ปิด: ช่วยเหลือสำเร็จ" not in staff.buttons() and "ปิด: ไม่พบตัว" in staff.buttons()
    assert case_state(bot, reference)[0] == CaseStatus.ACKNOWLEDGED
    staff.postback(f"action=status&case={reference}&to=resolved")
    staff.postback(f"action=status&case={reference}&to=closed")
    assert "กรุณาเลือกผลการช่วยเหลือ" in staff.texts()
    staff.postback(f"action=status&case={reference}&to=closed&outcome=made-up")
    assert "กรุณาเลือกผลการช่วยเหลือ" in staff.texts()
    assert case_state(bot, reference)[0] == CaseStatus.RESOLVED

    Chat(bot, OTHER_CENTER_STAFF).postback(f"action=status&case={reference}&to=in_progress")
    assert case_state(bot, reference)[0] == CaseStatus.RESOLVED


def test_referring_asks_which_agency_and_records_it(staffed_bot) -> None:
    """ส่งต่อหน่วยงาน is the referral (tests/bot/test_referrals.py has the rest): nothing changes until
    it is sent; then the status change names the kind of agency, and the reporter hears its name."""
    bot = staffed_bot
    add_agencies(bot.sessions)
    reference = report_case(bot)
    reporter = Chat(bot, REPORTER)
    staff = Chat(bot, STAFF_A)
    staff.postback(f"action=ack&case={reference}")
    reporter._collect()

    staff.tap("ส่งต่อหน่วยงาน")
    assert "ให้หน่วยงานประเภทไหนคะ" in staff.texts()
    kinds = {"โรงพยาบาล", "รพ.สต.", "ตำรวจ", "ท้องถิ่น (อบต./เทศบาล)", "พม.จังหวัด", "โรงเรียน", "องค์กรเอกชน"}
    assert kinds <= set(staff.buttons())
    assert case_state(bot, reference)[0] == CaseStatus.ACKNOWLEDGED, "nothing changes before the choice"
    staff.tap("ยกเลิก")
    refer_in_chat(staff, reference)
    assert f"ส่งใบส่งต่อเรื่อง {reference} ถึงโรงพยาบาลขอนแก่น ทาง LINE แล้วค่ะ" in staff.texts()

    assert case_state(bot, reference)[0] == CaseStatus.REFERRED
    with bot.sessions() as session:
        changes = select(CaseEvent).where(CaseEvent.kind == "status").order_by(CaseEvent.id.desc())
        change = session.scalars(changes).first()
    assert change.detail == {"agency": "hospital"}
    tell_reporters(bot)
    assert [m["text"] for m in reporter._collect()] == [
        f"ความคืบหน้าเรื่อง {reference} ที่คุณแจ้งไว้ค่ะ\n"
        "• เจ้าหน้าที่ศูนย์ช่วยเหลือสังคมตำบลในเมืองรับเรื่องแล้ว จะติดต่อกลับโดยเร็ว สอบถามได้ที่ 043000001\n"
        "• ส่งต่อให้โรงพยาบาลขอนแก่นช่วยดูแล ศูนย์ยังติดตามเรื่องนี้อยู่"
    ], "acknowledged and referred within a minute: one message"


def _add_cases(bot, center_code: str, specs: list[tuple[str, str, str]]) -> None:
    """(reference, urgency, status) rows, oldest first, without walking the whole report flow."""
    from datetime import timedelta

    from models.centers import Center
    from models.users import get_or_create_user

    start = utcnow() - timedelta(hours=len(specs))
    with bot.sessions.begin() as session:
        reporter = get_or_create_user(session, REPORTER, start)
        center = session.scalars(select(Center).where(Center.code == center_code)).one()
        for index, (reference, urgency, status) in enumerate(specs):
            at = start + timedelta(hours=index)
            new_case(session, center, reporter.id, reference, status=status, urgency=urgency, created_at=at)


def test_new_cases_lists_what_waits_for_my_center_most_urgent_first_a_page_at_a_time(staffed_bot) -> None:
    bot = staffed_bot
    normal = [(f"SC-NORMAL-{index:02d}", "normal", CaseStatus.ASSIGNED) for index in range(9)]
    urgent = [(f"SC-URGENT-{index:02d}", "urgent", CaseStatus.ASSIGNED) for index in range(2)]
    _add_cases(bot, "KK01", [*normal, *urgent, ("SC-TAKEN-00", "urgent", CaseStatus.ACKNOWLEDGED)])
    _add_cases(bot, "CM01", [("SC-OTHER-00", "urgent", CaseStatus.ASSIGNED)])
    staff = Chat(bot, STAFF_A)

    answer = staff.say("เคสใหม่")
    (carousel,) = [m for m in answer if m["type"] == "flex"]
    shown = [bubble["body"]["contents"] for bubble in carousel["contents"]["contents"]]
    references = [next(part for part in str(bubble).split("'") if part.startswith("SC-")) for bubble in shown]
    assert references[:2] == ["SC-URGENT-00", "SC-URGENT-01"] and len(references) == 10
    assert references[2:] == [f"SC-NORMAL-{index:02d}" for index in range(8)], "then the oldest first"
    assert "1-10 จาก 11 เรื่อง" in staff.texts()
    assert "SC-OTHER-00" not in str(answer) and "SC-TAKEN-00" not in str(answer)
    assert "action=ack&case=SC-URGENT-00" in str(carousel), "each card can be acknowledged from the list"

    staff.tap("ดูเพิ่ม")
    assert "11-11 จาก 11 เรื่อง" in staff.texts() and "SC-NORMAL-08" in str(staff.last)
    assert "ดูเพิ่ม" not in staff.buttons()

    citizen = Chat(bot, "Ucitizen000000000000000000000001")
    citizen.say("เคสใหม่")
    assert "ยังไม่เข้าใจ" in citizen.texts(), "to anyone but staff it is just words"


def test_staff_find_a_case_by_reference_or_phone_and_each_view_of_its_details_is_audited(staffed_bot) -> None:
    bot = staffed_bot
    reference = report_case(bot)
    staff = Chat(bot, STAFF_A)
    staff.say("ค้นหาเคส")
    assert "เลขที่เรื่อง" in staff.texts()
    staff.say(reference.lower())
    card = str(staff.last)
    assert "ยายสมศรี ใจดี" in card and "82 ปี" in card and "0812345678" in card, "the full details, for staff"
    assert "tel:0812345678" in card and "รับแจ้งเรื่อง" in card, "call button and timeline"
    assert "รับเรื่อง" in staff.buttons(), "a case nobody owns yet can be taken from its card"

    staff.say("ค้นหาเคส")
    staff.say("081 234 5678")
    assert "ยายสมศรี ใจดี" in str(staff.last), "found by the reporter's phone too"
    with bot.sessions() as session:
        views = session.scalars(select(AuditEntry).where(AuditEntry.action == "view")).all()
        viewer = session.scalars(select(User).where(User.line_user_id == STAFF_A)).one()
        timeline = session.scalars(select(CaseEvent.kind)).all()
    assert len(views) == 2 and all(view.actor_id == viewer.id and view.channel == "line" for view in views)
    assert all(view.subject_kind == "case" and view.subject_id == reference for view in views)
    assert "viewed" not in timeline, "views go to the audit trail, not the case's timeline"

    other = Chat(bot, OTHER_CENTER_STAFF)
    other.say("ค้นหาเคส")
    other.say(reference)
    assert "ไม่พบเรื่อง" in other.texts() and "ยายสมศรี" not in str(other.last)
    other.postback(f"action=case&case={reference}")
    assert other.texts() == "ขออภัยค่ะ บัญชีนี้ไม่มีสิทธิ์ดำเนินการกับเรื่องนี้ค่ะ"
    citizen = Chat(bot, REPORTER)
    citizen._collect()
    citizen.postback(f"action=case&case={reference}")
    assert "ยายสมศรี" not in str(citizen.last)
    with bot.sessions() as session:
        assert len(session.scalars(select(AuditEntry).where(AuditEntry.action == "view")).all()) == 2
