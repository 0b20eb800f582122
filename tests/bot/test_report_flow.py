"""The guided report, driven through signed webhooks; answers read at the LINE emulator."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from bot.speech.thai_dates import thai_datetime
from models.base import utcnow
from models.cases import Case, CaseEvent, Conversation, Media
from models.centers import Center
from tests.bot.chat import Chat
from tests.bot.scenes import (
    CHIANG_MAI,
    KHON_KAEN,
    REPORTER,
    add_center,
    enrol_staff,
    staff_messages,
    walk_from_name_to_summary,
    walk_to_location,
)

pytestmark = pytest.mark.in_process


@pytest.fixture
def centers_bot(bot):
    add_center(bot.sessions, "KK01", "ศูนย์ช่วยเหลือสังคมตำบลในเมือง", "400101", KHON_KAEN, "043000001")
    add_center(bot.sessions, "CM01", "ศูนย์ช่วยเหลือสังคมตำบลศรีภูมิ", "500101", CHIANG_MAI, "053000001")
    enrol_staff(bot, "KK01", "Ustaffkk0000000000000000000000001")
    enrol_staff(bot, "KK01", "Ustaffkk0000000000000000000000002")
    enrol_staff(bot, "CM01", "Ustaffcm0000000000000000000000001")
    return bot


def test_full_report_with_a_line_location_reaches_the_nearest_center(centers_bot) -> None:
    bot = centers_bot
    chat = Chat(bot, REPORTER)
    walk_to_location(chat)
    chat.location(KHON_KAEN[0] + 0.01, KHON_KAEN[1] + 0.01, address="ถนนมิตรภาพ ขอนแก่น")
    walk_from_name_to_summary(chat)
    summary = chat.texts()
    assert "ยายสมศรี ใจดี" in summary and "0812345678" in summary and "82 ปี" in summary

    chat.tap("ยืนยันส่งเรื่อง")
    receipt = chat.texts()
    with bot.sessions() as session:
        (case,) = session.scalars(select(Case)).all()
        center = session.get(Center, case.center_id)
        events = session.scalars(select(CaseEvent).where(CaseEvent.case_id == case.id)).all()
    assert center.code == "KK01"
    assert case.reference in receipt and "ศูนย์ช่วยเหลือสังคมตำบลในเมือง" in receipt and "043000001" in receipt
    assert "ภายใน 24 ชั่วโมง" in receipt and thai_datetime(case.ack_due_at, "th") in receipt
    assert case.consent_basis == "vital_interest" and case.consent_version
    assert case.urgency == "high" or case.urgency == "normal"
    assert [event.kind for event in events] == ["reported"]

    for staff in ("Ustaffkk0000000000000000000000001", "Ustaffkk0000000000000000000000002"):
        cards = [m for m in staff_messages(bot, staff) if m["type"] == "flex"]
        assert len(cards) == 1 and case.reference in cards[0]["altText"]
        assert "ยายสมศรี" not in str(cards[0]) and "0812345678" not in str(cards[0])
    assert not [m for m in staff_messages(bot, "Ustaffcm0000000000000000000000001") if m["type"] == "flex"]
    multicasts = bot.line.calls(path_prefix="/v2/bot/message/multicast")
    assert len(multicasts) == 1 and multicasts[0]["status"] == 200


def test_typed_address_is_matched_confirmed_and_routed_to_its_subdistrict(centers_bot) -> None:
    chat = Chat(centers_bot, REPORTER)
    walk_to_location(chat)
    chat.say("บ้านเลขที่ 12 ต.ศรีภูมิ อ.เมืองเชียงใหม่ จ.เชียงใหม่")
    assert "ศรีภูมิ" in chat.texts() and "เชียงใหม่" in chat.texts()
    chat.tap("ใช่ ข้อ 1")
    walk_from_name_to_summary(chat)
    chat.tap("ยืนยันส่งเรื่อง")
    with centers_bot.sessions() as session:
        case = session.scalars(select(Case)).one()
        center = session.get(Center, case.center_id)
    assert (case.subdistrict_code, case.district_code, case.province_code) == ("500101", "5001", "50")
    assert center.code == "CM01"


def test_danger_shows_emergency_numbers_at_once_and_marks_the_case_urgent(centers_bot) -> None:
    chat = Chat(centers_bot, REPORTER)
    chat.say("ขอความช่วยเหลือ")
    assert "หมดสติ ถูกทำร้าย" in chat.texts(), "the danger question comes first"
    chat.tap("มีอันตราย")
    calls = {action["uri"] for action in chat.buttons().values() if action["type"] == "uri"}
    assert {"tel:1669", "tel:191", "tel:1300"} <= calls
    assert "ส่งตำแหน่ง" in chat.buttons(), "one tap sends the place"
    # The urgent case exists before any further answer (vital interest: PDPA s.24(2)).
    with centers_bot.sessions() as session:
        case = session.scalars(select(Case)).one()
    assert case.urgency == "urgent" and case.consent_basis == "vital_interest" and case.reference in chat.texts()
    chat.location(*KHON_KAEN)
    assert "ศูนย์ช่วยเหลือสังคมตำบลในเมือง" in chat.texts(), "the reporter hears which center has it"
    chat.say("ถูกสามีทำร้ายร่างกาย ต้องการที่พักปลอดภัย")
    chat.say("0912345678")
    assert "ตรวจสอบข้อมูลก่อนส่ง" in chat.texts()
    chat.tap("ยืนยันส่งเรื่อง")
    assert case.reference in chat.texts()
    with centers_bot.sessions() as session:
        case = session.scalars(select(Case)).one()
    assert case.urgency == "urgent" and case.contact_phone == "0912345678" and case.center_id is not None
    assert "ที่พักปลอดภัย" in case.description
    card = [m for m in staff_messages(centers_bot, "Ustaffkk0000000000000000000000001") if m["type"] == "flex"][0]
    assert card["altText"].startswith("ด่วนที่สุด")


def test_cancel_and_back_at_several_steps(centers_bot) -> None:
    chat = Chat(centers_bot, REPORTER)
    chat.say("แจ้งเหตุ")
    chat.tap("ยกเลิก")
    assert "ยกเลิกรายการ" in chat.texts()
    chat.say("แจ้งเหตุ")
    chat.tap("ไม่มี")
    chat.tap("คนในครอบครัว")
    chat.tap("ย้อนกลับ")
    assert "ใครต้องการความช่วยเหลือ" in chat.texts()
    chat.tap("ตัวเอง")
    chat.tap("คนพิการ")
    chat.tap("ย้อนกลับ")
    assert "กลุ่มใด" in chat.texts()
    chat.tap("ผู้สูงอายุ")
    chat.tap("รถเข็น/ไม้เท้า")
    chat.tap("เสร็จแล้ว")
    chat.say("ยกเลิก")
    assert "ยกเลิกรายการ" in chat.texts()
    with centers_bot.sessions() as session:
        assert session.scalars(select(Case)).all() == []
        assert session.scalars(select(Conversation)).all() == []


def test_unexpected_input_at_a_text_step_is_re_asked_and_explained(centers_bot) -> None:
    chat = Chat(centers_bot, REPORTER)
    walk_to_location(chat)
    chat.location(*KHON_KAEN)
    chat.tap("ข้าม")
    chat.tap("ข้าม")
    assert "เล่าสั้น ๆ" in chat.texts()
    chat.sticker()
    assert "พิมพ์เป็นข้อความ" in chat.texts() and "เล่าสั้น ๆ" in chat.texts()
    chat.image()
    assert "ได้รับรูปแล้ว" in chat.texts() and "เล่าสั้น ๆ" in chat.texts(), "a photo sent early is kept"
    chat.say("ก" * 6000)
    assert "6,000 ตัวอักษร" in chat.texts() and "3000" in chat.texts()
    chat.say("ก" * 2500 + " คุณตาอยู่คนเดียว ต้องการรถเข็น")
    assert "เบอร์โทรศัพท์" in chat.texts(), "a long description is taken whole; the photo step is already answered"


def test_text_where_a_choice_is_asked_keeps_the_buttons(centers_bot) -> None:
    chat = Chat(centers_bot, REPORTER)
    chat.say("แจ้งเหตุ")
    chat.say("ไม่แน่ใจค่ะ")
    assert "เลือกจากปุ่ม" in chat.texts()
    assert {"มีอันตราย", "ไม่มี"} <= set(chat.buttons())


def test_invalid_phone_is_refused_with_an_example(centers_bot) -> None:
    chat = Chat(centers_bot, REPORTER)
    walk_to_location(chat)
    chat.location(*KHON_KAEN)
    chat.tap("ข้าม")
    chat.tap("ข้าม")
    chat.say("ต้องการความช่วยเหลือด้านอาหาร")
    chat.tap("ข้าม")
    for bad in ("12345", "0123456789", "โทรมาได้เลย"):
        chat.say(bad)
        assert "เบอร์นี้ดูไม่ถูกต้อง" in chat.texts()
    chat.say("+66 81 234 5678")
    assert "ยินยอม" in chat.texts()


def test_a_location_outside_thailand_is_refused_politely(centers_bot) -> None:
    chat = Chat(centers_bot, REPORTER)
    walk_to_location(chat)
    chat.location(35.6812, 139.7671, address="Tokyo")
    assert "นอกประเทศไทย" in chat.texts() and "อยู่ที่ไหน" in chat.texts()


def test_a_photo_is_downloaded_and_kept_with_the_case(centers_bot) -> None:
    chat = Chat(centers_bot, REPORTER)
    walk_to_location(chat)
    chat.location(*KHON_KAEN)
    chat.tap("ข้าม")
    chat.tap("ข้าม")
    chat.say("บ้านหลังคารั่ว ฝนตกน้ำเข้าบ้าน")
    chat.image(b"\xff\xd8\xff\xe0" + b"photo-bytes" * 10)
    assert "ได้รับรูปแล้ว" in chat.texts()
    chat.say("0812345678")
    chat.tap("เจ้าตัวยินยอมแล้ว")
    chat.tap("ยืนยันส่งเรื่อง")
    with centers_bot.sessions() as session:
        media = session.scalars(select(Media)).one()
        case = session.scalars(select(Case)).one()
    assert media.case_id == case.id and media.content.startswith(b"\xff\xd8")


def test_idle_flow_offers_resume_and_continues_where_it_was(centers_bot) -> None:
    chat = Chat(centers_bot, REPORTER)
    walk_to_location(chat)
    with centers_bot.sessions.begin() as session:
        session.execute(update(Conversation).values(updated_at=utcnow() - timedelta(minutes=31)))
    chat.say("ขอนแก่น")
    assert "หยุดไปนาน" in chat.texts()
    chat.tap("ทำต่อจากเดิม")
    assert "อยู่ที่ไหน" in chat.texts()
    chat.location(*KHON_KAEN)
    assert "ชื่ออะไร" in chat.texts()


def test_idle_flow_can_start_over(centers_bot) -> None:
    chat = Chat(centers_bot, REPORTER)
    walk_to_location(chat)
    with centers_bot.sessions.begin() as session:
        session.execute(update(Conversation).values(updated_at=utcnow() - timedelta(hours=2)))
    chat.location(*KHON_KAEN)
    chat.tap("เริ่มใหม่")
    assert "หมดสติ ถูกทำร้าย" in chat.texts()


def test_a_restart_in_the_middle_of_the_flow_continues_where_the_user_was(make_bot, database_url) -> None:
    first = make_bot()
    add_center(first.sessions, "KK01", "ศูนย์ช่วยเหลือสังคมตำบลในเมือง", "400101", KHON_KAEN, "043000001")
    chat = Chat(first, REPORTER)
    walk_to_location(chat)
    first.runtime.stop()  # the process goes away; the database stays

    second = make_bot()
    chat.bot = second
    chat.location(*KHON_KAEN)
    assert "ชื่ออะไร" in chat.texts()


def test_summary_edit_returns_to_the_summary(centers_bot) -> None:
    chat = Chat(centers_bot, REPORTER)
    walk_to_location(chat)
    chat.location(*KHON_KAEN)
    walk_from_name_to_summary(chat)
    chat.tap("แก้: เบอร์")
    assert "เบอร์โทรศัพท์" in chat.texts()
    chat.say("0898765432")
    assert "ตรวจสอบข้อมูลก่อนส่ง" in chat.texts() and "0898765432" in chat.texts()
    chat.tap("แก้: ใคร")
    chat.tap("ตัวเอง")
    assert "ยินยอมให้ใช้ข้อมูลนี้" in chat.texts()  # whose data changed: consent is asked again
    chat.tap("ยินยอม")
    assert "ตรวจสอบข้อมูลก่อนส่ง" in chat.texts()


def test_consent_refused_sends_nothing(centers_bot) -> None:
    chat = Chat(centers_bot, REPORTER)
    walk_to_location(chat)
    chat.location(*KHON_KAEN)
    chat.tap("ข้าม")
    chat.tap("ข้าม")
    chat.say("ต้องการความช่วยเหลือด้านอาหาร")
    chat.tap("ข้าม")
    chat.say("0812345678")
    chat.tap("ไม่ยินยอม")
    assert "ไม่สามารถส่งเรื่องได้" in chat.texts()
    with centers_bot.sessions() as session:
        assert session.scalars(select(Case)).all() == []


def test_tracking_shows_only_the_senders_cases(centers_bot) -> None:
    chat = Chat(centers_bot, REPORTER)
    chat.say("ติดตาม")
    assert "ยังไม่มีเรื่อง" in chat.texts()
    walk_to_location(chat)
    chat.location(*KHON_KAEN)
    walk_from_name_to_summary(chat)
    chat.tap("ยืนยันส่งเรื่อง")
    with centers_bot.sessions() as session:
        reference = session.scalars(select(Case.reference)).one()
    chat.say("ติดตาม")
    assert reference in str(chat.last) and "รอรับเรื่อง" in str(chat.last)
    stranger = Chat(centers_bot, "Ustranger00000000000000000000000001")
    stranger.postback("action=track")
    assert reference not in str(stranger.last)


def test_starting_a_report_in_the_middle_of_one_offers_to_resume_or_start_over(centers_bot) -> None:
    chat = Chat(centers_bot, REPORTER)
    walk_to_location(chat)
    chat.say("แจ้งเหตุ")
    assert "ยังทำไม่เสร็จ" in chat.texts()
    chat.tap("ทำต่อจากเดิม")
    assert "อยู่ที่ไหน" in chat.texts()
    chat.say("ขอความช่วยเหลือ")
    chat.tap("เริ่มใหม่")
    assert "หมดสติ ถูกทำร้าย" in chat.texts()


def test_tracking_in_the_middle_of_a_report_answers_and_asks_the_same_question_again(centers_bot) -> None:
    chat = Chat(centers_bot, REPORTER)
    walk_to_location(chat)
    chat.say("ติดตาม")
    assert "ยังไม่มีเรื่อง" in chat.texts() and "อยู่ที่ไหน" in chat.texts()
    chat.location(*KHON_KAEN)
    assert "ชื่ออะไร" in chat.texts()


def test_an_old_button_from_an_earlier_question_is_recognised(centers_bot) -> None:
    chat = Chat(centers_bot, REPORTER)
    chat.say("แจ้งเหตุ")
    chat.tap("ไม่มี")
    chat.postback("s=danger&v=no")  # the first question's button, tapped again later
    assert "ปุ่มนี้เป็นของคำถามก่อนหน้า" in chat.texts() and "ใครต้องการความช่วยเหลือ" in chat.texts()


def test_cancel_and_a_new_message_arriving_together_are_handled_in_order(centers_bot) -> None:
    """Both events can land in one batch of the event worker: the second must see the flow gone."""
    bot = centers_bot
    chat = Chat(bot, REPORTER)
    chat.say("แจ้งเหตุ")
    bot.line.send_events(
        [
            {"userId": REPORTER, "type": "text", "text": "ยกเลิก"},
            {"userId": REPORTER, "type": "text", "text": "สวัสดีค่ะ"},
        ]
    )
    answers = chat._collect()
    assert "ยกเลิก" in answers[0]["text"]
    assert "เล่าได้เลย" in answers[-1]["text"], "after cancelling, a greeting gets the greeting"
    with bot.sessions() as session:
        assert session.scalars(select(Conversation)).all() == []


def test_a_standby_event_leaves_no_trace_of_its_sender(bot) -> None:
    from models.users import User

    bot.line.send_events(
        [{"userId": "Ustandby000000000000000000000001", "type": "text", "text": "hi", "mode": "standby"}]
    )
    chat = Chat(bot, "Ustandby000000000000000000000001")
    assert chat._collect() == []
    with bot.sessions() as session:
        assert session.scalars(select(User).where(User.line_user_id.like("Ustandby%"))).all() == []
