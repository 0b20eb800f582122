"""Staff work beyond the status (notes, transfer, duplicates, overdue, today's summary), the reporter's
confirm / rate / reopen, and everyone else refused whatever postback they craft."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from models.base import utcnow
from models.cases import Case, CaseEvent, CaseStatus
from models.centers import Center
from models.users import User, get_or_create_user
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
from tests.factories import new_case

pytestmark = pytest.mark.in_process

CITIZEN = "Ucitizen000000000000000000000009"
VOLUNTEER = "Uvolunteer00000000000000000000001"  # an approved volunteer of the case's own center


def acknowledged_case(bot) -> str:
    reference = report_case(bot)
    Chat(bot, STAFF_A).postback(f"action=ack&case={reference}")
    return reference


def test_a_note_is_typed_once_and_shows_in_the_case_timeline(staffed_bot) -> None:
    bot = staffed_bot
    reference = acknowledged_case(bot)
    staff = Chat(bot, STAFF_A)
    staff.postback(f"action=case&case={reference}")
    staff.tap("เพิ่มบันทึก")
    assert "พิมพ์บันทึกของเรื่อง" in staff.texts()
    staff.say("โทรหาลูกสาวแล้ว จะพาไปโรงพยาบาลพรุ่งนี้")
    assert f"เพิ่มบันทึกในเรื่อง {reference} แล้วค่ะ" in staff.texts()

    staff.postback(f"action=case&case={reference}")
    assert "บันทึก: โทรหาลูกสาวแล้ว จะพาไปโรงพยาบาลพรุ่งนี้" in staff.texts()
    with bot.sessions() as session:
        note = session.scalars(select(CaseEvent).where(CaseEvent.kind == "note")).one()
        author = session.get(User, note.actor_user_id).line_user_id
    assert author == STAFF_A and note.at is not None
    assert tell_reporters(bot) == 1  # the acknowledgement only: a note is staff business
    assert "โทรหาลูกสาว" not in str(bot.line.messages_to(REPORTER))


def test_transfer_hands_the_case_to_the_chosen_center_which_is_told_and_the_reporter_too(staffed_bot) -> None:
    bot = staffed_bot
    reference = report_case(bot)
    staff = Chat(bot, STAFF_A)
    card = next(m for m in staff._collect() if m["type"] == "flex")
    assert f"action=transfer&case={reference}" in str(card), "the new-case card offers ส่งต่อศูนย์อื่น"

    staff.postback(f"action=transfer&case={reference}")
    assert "ส่งต่อเรื่อง" in staff.texts() and "ให้ศูนย์ใดคะ" in staff.texts()
    (choice,) = staff.buttons()
    assert choice.startswith("ต.ศรีภูมิ") and choice.endswith("กม."), "short name and distance"
    assert case_state(bot, reference)[0] == CaseStatus.ASSIGNED
    staff.tap(choice)
    assert f"ส่งต่อเรื่อง {reference} ให้ศูนย์ช่วยเหลือสังคมตำบลศรีภูมิแล้ว และแจ้งเจ้าหน้าที่ของศูนย์นั้นแล้วค่ะ" in staff.texts()

    with bot.sessions() as session:
        case = session.scalars(select(Case).where(Case.reference == reference)).one()
        center = session.get(Center, case.center_id)
        moved = session.scalars(select(CaseEvent).where(CaseEvent.kind == "transferred")).one()
    assert (center.code, case.status, case.owner_user_id) == ("CM01", CaseStatus.ASSIGNED, None)
    assert moved.detail == {"from_center": "KK01", "to_center": "CM01"}
    new_card = [m for m in staff_messages(bot, OTHER_CENTER_STAFF) if reference in str(m)]
    assert len(new_card) == 1 and "ส่งต่อมาจากศูนย์ช่วยเหลือสังคมตำบลในเมือง" in str(new_card[0])
    assert f"action=ack&case={reference}" in str(new_card[0])

    tell_reporters(bot)
    told = [m["message"]["text"] for m in bot.line.messages_to(REPORTER) if "ความคืบหน้า" in str(m["message"])]
    assert told == [f"ความคืบหน้าเรื่อง {reference} ที่คุณแจ้งไว้ค่ะ\n• ส่งต่อให้ศูนย์ช่วยเหลือสังคมตำบลศรีภูมิดูแลแทน สอบถามได้ที่ 053000001"]
    staff.postback(f"action=case&case={reference}")
    assert staff.texts() == "ขออภัยค่ะ บัญชีนี้ไม่มีสิทธิ์ดำเนินการกับเรื่องนี้ค่ะ", "the old center let go of it"
    Chat(bot, OTHER_CENTER_STAFF).postback(f"action=ack&case={reference}")
    assert case_state(bot, reference)[:2] == (CaseStatus.ACKNOWLEDGED, OTHER_CENTER_STAFF)


def test_a_duplicate_is_closed_into_the_earlier_case_named_by_its_reference(staffed_bot) -> None:
    bot = staffed_bot
    first = report_case(bot)
    Chat(bot, REPORTER).say("ยกเลิก")  # nothing open; then the same person is reported again
    second = report_case(bot)
    staff = Chat(bot, STAFF_A)
    staff.postback(f"action=duplicate&case={second}")
    assert "ซ้ำกับเรื่องใดคะ" in staff.texts()
    staff.say("SC-000000-NONE")
    assert "ไม่พบเรื่อง SC-000000-NONE" in staff.texts()
    assert case_state(bot, second)[0] == CaseStatus.ASSIGNED
    staff.tap("ลองใหม่")
    staff.say(first.lower())
    assert f"ปิดเรื่อง {second} เป็นเรื่องซ้ำของ {first} แล้วค่ะ" in staff.texts()

    with bot.sessions() as session:
        duplicate = session.scalars(select(Case).where(Case.reference == second)).one()
        original = session.scalars(select(Case).where(Case.reference == first)).one()
        merged = session.scalars(select(CaseEvent).where(CaseEvent.kind == "duplicate_added")).one()
    assert (duplicate.status, duplicate.outcome, duplicate.duplicate_of_id) == (
        CaseStatus.CLOSED,
        "duplicate",
        original.id,
    )
    assert merged.case_id == original.id and merged.detail == {"duplicate": second}
    assert original.status == CaseStatus.ASSIGNED

    tell_reporters(bot)
    news = [m["message"]["text"] for m in bot.line.messages_to(REPORTER) if "ความคืบหน้า" in str(m["message"])]
    assert news == [f"ความคืบหน้าเรื่อง {second} ที่คุณแจ้งไว้ค่ะ\n• มีผู้แจ้งเรื่องเดียวกันนี้ไว้แล้ว จึงรวมเป็นเรื่องเดียว เจ้าหน้าที่กำลังดูแลอยู่"]
    assert first not in news[0], "the other case's reference is not told"


def _case(session, center: Center, reporter: User, reference: str, status: str, ack_due, visit_due, **extra) -> None:
    created = min(ack_due, visit_due) - timedelta(hours=1)
    new_case(
        session,
        center,
        reporter.id,
        reference,
        status=status,
        ack_due_at=ack_due,
        visit_due_at=visit_due,
        created_at=extra.pop("created_at", created),
        **extra,
    )


def test_overdue_lists_cases_past_a_deadline_longest_first_and_today_counts_them(staffed_bot) -> None:
    bot = staffed_bot
    now = utcnow()
    hours = lambda n: now + timedelta(hours=n)  # noqa: E731
    with bot.sessions.begin() as session:
        reporter = get_or_create_user(session, REPORTER, now)
        kk = session.scalars(select(Center).where(Center.code == "KK01")).one()
        cm = session.scalars(select(Center).where(Center.code == "CM01")).one()
        _case(session, kk, reporter, "SC-ACK-LATE-2H", CaseStatus.ASSIGNED, hours(-2), hours(20))
        _case(session, kk, reporter, "SC-ACK-LATE-5H", CaseStatus.ASSIGNED, hours(-5), hours(20), urgency="urgent")
        _case(session, kk, reporter, "SC-VISIT-LATE", CaseStatus.ACKNOWLEDGED, hours(-30), hours(-3))
        _case(session, kk, reporter, "SC-ON-TIME", CaseStatus.ASSIGNED, hours(3), hours(30))
        _case(session, kk, reporter, "SC-VISITED", CaseStatus.VISITING, hours(-30), hours(-3))
        _case(session, kk, reporter, "SC-DONE-TODAY", CaseStatus.RESOLVED, hours(-30), hours(-3), resolved_at=now)
        _case(session, cm, reporter, "SC-OTHER-LATE", CaseStatus.ASSIGNED, hours(-9), hours(20))
    staff = Chat(bot, STAFF_A)

    answer = staff.say("เคสค้าง")
    (carousel,) = [m for m in answer if m["type"] == "flex"]
    bubbles = [str(bubble) for bubble in carousel["contents"]["contents"]]
    order = [next(ref for ref in ("SC-ACK-LATE-5H", "SC-VISIT-LATE", "SC-ACK-LATE-2H") if ref in b) for b in bubbles]
    assert order == ["SC-ACK-LATE-5H", "SC-VISIT-LATE", "SC-ACK-LATE-2H"], "longest overdue first"
    assert "1-3 จาก 3 เรื่อง" in staff.texts() and "เลยกำหนดตั้งแต่" in str(carousel)
    assert "action=ack&case=SC-ACK-LATE-5H" in bubbles[0] and "action=case&case=SC-VISIT-LATE" in bubbles[1]
    assert "SC-OTHER-LATE" not in str(answer) and "SC-ON-TIME" not in str(answer)

    staff.postback("action=today")
    summary = staff.texts()
    assert "เรื่องใหม่วันนี้: 7 เรื่อง" not in summary, "another center's case is not counted"
    assert "เกินกำหนด: 3 เรื่อง" in summary and "ช่วยเหลือแล้ววันนี้: 1 เรื่อง" in summary
    assert "เรื่องที่ยังดำเนินการอยู่: 5 เรื่อง" in summary
    assert "• ส่งถึงศูนย์แล้ว รอรับเรื่อง: 3" in summary and "• นัดเยี่ยมบ้านแล้ว: 1" in summary
    assert {"เคสใหม่", "เคสเกินกำหนด"} <= set(staff.buttons())

    citizen = Chat(bot, CITIZEN)
    citizen.say("เคสค้าง")
    citizen.postback("action=today")
    assert "SC-" not in str(citizen.last) and "ยังไม่เข้าใจ" in citizen.texts()


def resolved_case(bot) -> str:
    reference = acknowledged_case(bot)
    Chat(bot, STAFF_A).postback(f"action=status&case={reference}&to=resolved")
    return reference


def test_the_reporter_reopens_a_resolved_case_and_its_owner_is_alerted(staffed_bot) -> None:
    bot = staffed_bot
    reference = resolved_case(bot)
    tell_reporters(bot)
    reporter = Chat(bot, REPORTER)
    reporter._collect()
    reporter.say("ติดตาม")  # the question can be answered from ติดตามเรื่อง too, within 14 days
    assert {"ได้รับความช่วยเหลือแล้ว", "ยังไม่ได้รับความช่วยเหลือ"} <= set(reporter.buttons())
    reporter.tap("ยังไม่ได้รับความช่วยเหลือ")
    assert f"เปิดเรื่อง {reference} อีกครั้งแล้ว" in reporter.texts() and "043000001" in reporter.texts()

    assert case_state(bot, reference)[0] == CaseStatus.IN_PROGRESS
    alert = [text for text in texts_about(bot, STAFF_A, reference) if "ยังต้องการความช่วยเหลือ" in text]
    assert len(alert) == 1, "the owner is alerted"
    assert not [text for text in texts_about(bot, STAFF_B, reference) if "ยังต้องการความช่วยเหลือ" in text]
    with bot.sessions() as session:
        event = session.scalars(select(CaseEvent).where(CaseEvent.kind == "reopened")).one()
        assert session.get(User, event.actor_user_id).line_user_id == REPORTER

    reporter.postback(f"action=reopen&case={reference}")
    assert 'ตอนนี้อยู่ในสถานะ "กำลังประสานความช่วยเหลือ"' in reporter.texts(), "a second tap changes nothing"
    assert len([t for t in texts_about(bot, STAFF_A, reference) if "ยังต้องการความช่วยเหลือ" in t]) == 1


def test_reopening_more_than_14_days_after_resolution_is_refused_with_a_way_forward(staffed_bot) -> None:
    bot = staffed_bot
    reference = resolved_case(bot)
    with bot.sessions.begin() as session:
        case = session.scalars(select(Case).where(Case.reference == reference)).one()
        case.resolved_at = utcnow() - timedelta(days=14, minutes=1)
    reporter = Chat(bot, REPORTER)
    reporter._collect()
    reporter.say("ติดตาม")
    assert "ยังไม่ได้รับความช่วยเหลือ" not in reporter.buttons(), "no longer offered after 14 days"
    reporter.postback(f"action=reopen&case={reference}")
    assert "เกิน 14 วันแล้ว" in reporter.texts() and "แจ้งเรื่องใหม่" in reporter.buttons()
    assert case_state(bot, reference)[0] == CaseStatus.RESOLVED


def _approved_volunteer(bot, line_id: str, center_code: str) -> None:
    from models.volunteers import Volunteer, VolunteerStatus, lat_band

    now = utcnow()
    with bot.sessions.begin() as session:
        user = get_or_create_user(session, line_id, now)
        center = session.scalars(select(Center).where(Center.code == center_code)).one()
        session.add(
            Volunteer(
                user_id=user.id,
                center_id=center.id,
                name="อาสา ทดสอบ",
                phone="0811111111",
                latitude=center.latitude,
                longitude=center.longitude,
                lat_band=lat_band(center.latitude),
                status=VolunteerStatus.APPROVED,
                created_at=now,
                updated_at=now,
            )
        )


STAFF_POSTBACKS = [
    "action=ack&case={ref}",
    "action=case&case={ref}",
    "action=status&case={ref}&to=visiting",
    "action=status&case={ref}&to=referred&agency=police",
    "action=status&case={ref}&to=closed&outcome=not_found",
    "action=note&case={ref}",
    "action=transfer&case={ref}",
    "action=transfer&case={ref}&to=CM01",
    "action=transfer&case={ref}&to=KK01",
    "action=duplicate&case={ref}",
]
REPORTER_POSTBACKS = ["action=confirm&case={ref}", "action=rate&case={ref}&stars=1", "action=reopen&case={ref}"]


@pytest.mark.parametrize("intruder", [CITIZEN, VOLUNTEER, OTHER_CENTER_STAFF, REPORTER])
def test_every_staff_postback_from_anyone_else_is_refused_without_change_or_leak(staffed_bot, intruder) -> None:
    bot = staffed_bot
    reference = acknowledged_case(bot)
    if intruder == VOLUNTEER:
        _approved_volunteer(bot, VOLUNTEER, "KK01")
    with bot.sessions() as session:
        before = (case_state(bot, reference), session.scalar(select(func.count()).select_from(CaseEvent)))
    tell_reporters(bot)  # the reporter's own news is not what this test is about
    chat = Chat(bot, intruder)
    chat._collect()
    for data in STAFF_POSTBACKS + (REPORTER_POSTBACKS if intruder != REPORTER else []):
        if intruder == OTHER_CENTER_STAFF and data.endswith("to=CM01"):
            data = data.replace("CM01", "KK01")
        answers = chat.postback(data.format(ref=reference))
        assert [m.get("text") for m in answers] == ["ขออภัยค่ะ บัญชีนี้ไม่มีสิทธิ์ดำเนินการกับเรื่องนี้ค่ะ"], data
    with bot.sessions() as session:
        after = (case_state(bot, reference), session.scalar(select(func.count()).select_from(CaseEvent)))
    assert after == before, "no change, not even a 'viewed' entry"
    assert not [m for m in staff_messages(bot, STAFF_A) if "action=transfer" in str(m) and "ส่งต่อมาจาก" in str(m)]


def test_a_week_after_resolution_the_reporter_is_asked_once_and_can_close_it(staffed_bot) -> None:
    bot = staffed_bot
    reference = resolved_case(bot)
    tell_reporters(bot)
    reporter = Chat(bot, REPORTER)
    reporter._collect()
    reporter.say("ติดตาม")
    assert "ยังต้องการความช่วยเหลืออยู่ไหมคะ" not in reporter.texts(), "not before its day"

    assert tell_reporters(bot, minutes=8 * 24 * 60) == 1
    (question,) = reporter._collect()
    assert "ยังต้องการความช่วยเหลืออยู่ไหมคะ" in str(question) and reference in str(question)
    assert tell_reporters(bot, minutes=8 * 24 * 60) == 0, "asked once"
    reporter.last = [question]
    reporter.tap("ไม่ต้องแล้ว ขอบคุณ")
    assert f"ปิดเรื่อง {reference} เรียบร้อยแล้ว" in reporter.texts()
    with bot.sessions() as session:
        case = session.scalars(select(Case).where(Case.reference == reference)).one()
        kinds = list(session.scalars(select(CaseEvent.kind).where(CaseEvent.case_id == case.id).order_by(CaseEvent.id)))
        closing = session.scalars(select(CaseEvent).order_by(CaseEvent.id.desc())).first()
    assert (case.status, case.outcome) == (CaseStatus.CLOSED, "helped")
    assert kinds[-2:] == ["followed_up", "status"] and closing.detail == {"outcome": "helped", "by": "reporter"}


def test_a_reopened_case_is_followed_up_only_about_its_latest_resolution(staffed_bot) -> None:
    bot = staffed_bot
    reference = resolved_case(bot)
    tell_reporters(bot)
    reporter = Chat(bot, REPORTER)
    reporter.postback(f"action=reopen&case={reference}")
    Chat(bot, STAFF_A).postback(f"action=status&case={reference}&to=resolved")
    tell_reporters(bot)
    reporter._collect()

    assert tell_reporters(bot, minutes=8 * 24 * 60) == 1
    questions = [m for m in reporter._collect() if "ยังต้องการความช่วยเหลืออยู่ไหมคะ" in str(m)]
    assert len(questions) == 1, "one question, about the second resolution"


def test_a_case_a_volunteer_took_before_anyone_acknowledged_can_still_be_owned(staffed_bot) -> None:
    bot = staffed_bot
    with bot.sessions.begin() as session:
        reporter = get_or_create_user(session, REPORTER, utcnow())
        kk = session.scalars(select(Center).where(Center.code == "KK01")).one()
        new_case(session, kk, reporter.id, "SC-VISIT-NOOWNER", status=CaseStatus.VISITING)
    staff = Chat(bot, STAFF_A)
    staff.postback("action=case&case=SC-VISIT-NOOWNER")
    assert "รับเรื่อง" in staff.buttons(), "nobody owns it yet"
    staff.tap("รับเรื่อง")
    assert "คุณรับเรื่อง SC-VISIT-NOOWNER แล้วค่ะ" in staff.texts()
    assert case_state(bot, "SC-VISIT-NOOWNER") == (CaseStatus.VISITING, STAFF_A, ["owned"])
    assert any("รับเรื่อง SC-VISIT-NOOWNER แล้วค่ะ" in text for text in texts_about(bot, STAFF_B, "SC-VISIT-NOOWNER"))
    Chat(bot, STAFF_B).postback("action=ack&case=SC-VISIT-NOOWNER")
    assert case_state(bot, "SC-VISIT-NOOWNER")[1] == STAFF_A, "still one owner"


def test_odd_numbers_in_postback_data_get_an_answer_not_a_crash(staffed_bot) -> None:
    bot = staffed_bot
    reference = resolved_case(bot)
    staff = Chat(bot, STAFF_A)
    staff._collect()
    staff.postback("action=new_cases&page=²")
    staff.postback("action=overdue&page=99999999999999999999999")
    assert staff.last, "answered (a crashing event would fail settle() in Chat)"
    reporter = Chat(bot, REPORTER)
    reporter._collect()
    for stars in ("²", "9", "-1", "1" * 30):
        reporter.postback(f"action=rate&case={reference}&stars={stars}")
        assert "ให้คะแนน" in reporter.texts(), "asked again"
    assert case_state(bot, reference)[0] == CaseStatus.RESOLVED, "no rating taken"
