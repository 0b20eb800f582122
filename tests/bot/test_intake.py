"""Intake that understands people (issue 15), through signed webhooks and the LINE emulator: every
first message leads somewhere, danger is answered in one step with an urgent case made at once,
what was given is kept, and the common report takes at most 6 citizen steps."""

from __future__ import annotations

import geothai
import pytest
from sqlalchemy import select

from models.cases import Case, CaseEvent, Conversation, Media
from tests.bot.chat import Chat
from tests.bot.scenes import (
    KHON_KAEN,
    OTHER_CENTER_STAFF,
    SLOW_DOWN,
    STAFF_A,
    STAFF_B,
    call_buttons,
    calls_in_order,
    cases,
    staff_cards,
    staff_messages,
    texts_to,
    with_centers_and_staff,
)

pytestmark = pytest.mark.in_process

CITIZEN = "Ucitizen0000000000000000000000001"


class Steps:
    """Counts what the citizen sends: every message, tap, location or photo is one step."""

    def __init__(self, chat: Chat) -> None:
        self.chat = chat
        self.count = 0

    def __getattr__(self, name: str):  # noqa: ANN204
        action = getattr(self.chat, name)

        def counted(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            self.count += 1
            return action(*args, **kwargs)

        return counted


# -- danger in one step --------------------------------------------------------------------------


def test_danger_in_a_first_message_answers_with_the_numbers_and_makes_an_urgent_case_at_once(staffed_bot) -> None:
    bot = staffed_bot
    chat = Chat(bot, CITIZEN)
    answer = chat.say("ช่วยด้วย ข้างบ้านผัวกำลังตีเมียอยู่ตอนนี้ ต.ในเมือง อ.เมือง จ.ขอนแก่น")
    numbers = calls_in_order(answer)
    assert numbers[0] == "191", "an attack now: the police first"
    assert {"1669", "191", "1300"} <= set(numbers)
    (case,) = cases(bot)
    assert case.urgency == "urgent" and case.category == "violence"
    assert case.consent_basis == "vital_interest" and case.subdistrict_code == "400101"
    assert "ตีเมีย" in case.description
    assert case.reference in chat.texts()
    for staff in (STAFF_A, STAFF_B):
        (card,) = staff_cards(bot, staff)
        assert card["altText"].startswith("ด่วนที่สุด") and case.reference in card["altText"]
        assert "ตีเมีย" not in str(card), "the staff card keeps the description out"
    assert not staff_cards(bot, OTHER_CENTER_STAFF)


def test_danger_without_a_place_offers_one_tap_location_and_the_pin_routes_the_same_case(staffed_bot) -> None:
    bot = staffed_bot
    chat = Chat(bot, CITIZEN)
    chat.say("น้องสาวบอกว่าจะฆ่าตัวตาย ตอนนี้ขังตัวเองอยู่ในห้อง")
    assert calls_in_order(chat.last)[0] == "1323", "suicidal talk: the mental-health line first"
    assert chat.buttons()["ส่งตำแหน่ง"]["type"] == "location"
    (case,) = cases(bot)
    assert case.urgency == "urgent" and case.center_id is None
    chat.location(KHON_KAEN[0] + 0.01, KHON_KAEN[1] + 0.01)
    assert "ศูนย์ช่วยเหลือสังคมตำบลในเมือง" in chat.texts()
    (case,) = cases(bot)
    assert case.center_id is not None and case.latitude is not None
    (card,) = staff_cards(bot, STAFF_A)
    assert case.reference in card["altText"]
    chat.say("0812345678")
    (case,) = cases(bot)
    assert case.contact_phone == "0812345678", "each answer fills the urgent case at once"
    with bot.sessions() as session:
        kinds = [e.kind for e in session.scalars(select(CaseEvent).where(CaseEvent.case_id == case.id))]
    assert kinds[0] == "reported" and "details_added" in kinds


def test_danger_only_the_learnt_model_reads_gets_the_card_and_an_urgent_case_at_once(staffed_bot) -> None:
    bot = staffed_bot
    chat = Chat(bot, CITIZEN)
    chat.say("ลุงข้างบ้านนอนคว่ำหน้าอยู่หน้าบ้านตั้งแต่เช้า เรียกแล้วเงียบ ต.ในเมือง อ.เมืองขอนแก่น")
    assert calls_in_order(chat.last)[:2] == ["1669", "191"]
    (case,) = cases(bot)
    assert case.urgency == "urgent" and case.consent_basis == "vital_interest"
    (card,) = staff_cards(bot, STAFF_A)
    assert card["altText"].startswith("ด่วนที่สุด") and case.reference in card["altText"]


def test_a_report_not_read_as_danger_is_asked_the_danger_question_first(staffed_bot) -> None:
    chat = Chat(staffed_bot, CITIZEN)
    chat.say("ข้างบ้านมีคุณตาอยู่คนเดียว ช่วงนี้ไม่ค่อยเห็นออกมาเลย")
    assert "หมดสติ ถูกทำร้าย" in chat.texts() and {"มีอันตราย", "ไม่มี"} <= set(chat.buttons())
    assert cases(staffed_bot) == []
    chat.tap("มีอันตราย")
    assert "1669" in calls_in_order(chat.last)
    (case,) = cases(staffed_bot)
    assert case.urgency == "urgent"


def test_danger_typed_mid_flow_is_answered_at_once(staffed_bot) -> None:
    bot = staffed_bot
    chat = Chat(bot, CITIZEN)
    chat.say("แจ้งเหตุ")
    chat.tap("ไม่มี")
    assert "ใครต้องการความช่วยเหลือ" in chat.texts()
    answer = chat.say("เขาหมดสติ ไม่หายใจ")
    assert calls_in_order(answer)[0] == "1669"
    assert "เลือกจากปุ่ม" not in chat.texts()
    (case,) = cases(bot)
    assert case.urgency == "urgent"
    chat.tap("ยกเลิก")
    assert case.reference in chat.texts() and "ยังไม่ได้ส่งข้อมูล" not in chat.texts(), "leaving the questions keeps the case"
    (case,) = cases(bot)
    assert case.status == "assigned"


def test_danger_is_answered_even_over_the_flood_limit(make_bot) -> None:
    bot = with_centers_and_staff(make_bot(message_rate_limit=3))
    chat = Chat(bot, CITIZEN)
    for n in range(5):
        chat.say(f"ฮัลโหล {n}")
    assert any(SLOW_DOWN in text for text in texts_to(bot, CITIZEN))
    answer = chat.say("มีคนโดนแทง อยู่หน้าตลาด ช่วยด้วย")
    assert {"tel:1669", "tel:191", "tel:1300"} <= call_buttons(answer)
    assert [case.urgency for case in cases(bot)] == ["urgent"]


def test_an_ordinary_report_does_not_raise_the_alarm(staffed_bot) -> None:
    chat = Chat(staffed_bot, CITIZEN)
    chat.say("แม่ติดเตียงเคยหมดสติเมื่อเดือนก่อน ตอนนี้ปกติแล้ว ขอแพมเพิส")
    assert not calls_in_order(chat.last)
    assert not cases(staffed_bot)


# -- the common case, counted --------------------------------------------------------------------


def test_the_common_report_takes_at_most_six_steps(staffed_bot) -> None:
    bot = staffed_bot
    steps = Steps(Chat(bot, CITIZEN))
    chat = steps.chat
    sentence = "ยายข้างบ้านอายุ 80 อยู่คนเดียว ไม่มีคนดูแล ไม่ได้กินข้าวมาสองวัน เบอร์ผม 081-234-5678"
    steps.say(sentence)
    assert "ผู้สูงอายุ" in chat.texts() and "80 ปี" in chat.texts() and "0812345678" in chat.texts()
    steps.tap("ไม่มี")  # nobody in danger now
    assert "อยู่ที่ไหน" in chat.texts()
    steps.location(KHON_KAEN[0] + 0.01, KHON_KAEN[1] + 0.01, address="ถนนมิตรภาพ ขอนแก่น")
    assert "ยินยอม" in chat.texts()
    steps.tap("เจ้าตัวให้ความยินยอมไม่ได้")
    assert "ตรวจสอบข้อมูลก่อนส่ง" in chat.texts() and sentence in chat.texts()
    steps.tap("ยืนยันส่งเรื่อง")
    (case,) = cases(bot)
    assert case.reference in chat.texts()
    assert steps.count <= 6, steps.count
    assert case.description == sentence, "the description is kept whole"
    assert (case.category, case.person_age, case.contact_phone) == ("elderly", 80, "0812345678")
    assert case.consent_basis == "vital_interest" and case.center_id is not None
    assert case.urgency == "normal"
    buttons = chat.buttons()
    assert buttons["โทรหาศูนย์"]["uri"] == "tel:043000001" and "ติดตามเรื่องนี้" in buttons
    assert len(staff_cards(bot, STAFF_A)) == 1


def test_a_typed_misspelt_address_is_understood_said_back_and_takes_at_most_seven_steps(bot) -> None:
    steps = Steps(Chat(bot, CITIZEN))
    chat = steps.chat
    steps.say("ยายอยู่คนเดียว ไม่มีคนดูแล บ้านเลขที่ 12 หมู่ 3 ต.วังธอง อ.วังทอง จ.พิษณุโลก โทร 0812345678")
    assert "วังธอง → วังทอง" in chat.texts(), "the correction is said"
    assert "ต.วังทอง อ.วังทอง จ.พิษณุโลก" in chat.texts()
    steps.tap("ไม่มี")
    assert "ยินยอม" in chat.texts()
    steps.tap("ยังไม่ได้ถามเจ้าตัว")  # a neighbour or relative who has not asked keeps the report
    steps.tap("ยืนยันส่งเรื่อง")
    (case,) = cases(bot)
    assert case.reference in chat.texts() and steps.count <= 7
    assert geothai.subdistrict(case.subdistrict_code).name_th == "วังทอง"
    assert case.consent_basis == "public_task"


# -- every first message leads somewhere -----------------------------------------------------------


def test_a_photo_sent_first_is_on_the_case(staffed_bot) -> None:
    bot = staffed_bot
    chat = Chat(bot, CITIZEN)
    chat.image()
    assert "ได้รับรูปแล้ว" in chat.texts() and "หมดสติ ถูกทำร้าย" in chat.texts()
    chat.tap("ไม่มี")
    chat.tap("คนในครอบครัว")
    chat.tap("ผู้ป่วยติดเตียง")
    chat.location(*KHON_KAEN)
    assert "เล่าสั้น ๆ" in chat.texts()
    chat.say("พ่อติดเตียง ต้องการผ้าอ้อมผู้ใหญ่")
    chat.say("0812345678")
    chat.tap("เจ้าตัวยินยอมแล้ว")
    chat.tap("ยืนยันส่งเรื่อง")
    (case,) = cases(bot)
    with bot.sessions() as session:
        media = session.scalars(select(Media)).one()
    assert media.case_id == case.id


def test_words_people_use_lead_to_the_right_place(staffed_bot) -> None:
    bot = staffed_bot
    chat = Chat(bot, CITIZEN)
    for words in ("ขอความช่วยเหลือค่ะ", "help", "แจ้ง เหตุ ครับ", "ขอควมช่วยเหลือ"):
        chat.say(words)
        assert "หมดสติ ถูกทำร้าย" in chat.texts() or "ยังทำไม่เสร็จ" in chat.texts(), words
        chat.say("ยกเลิกค่ะ")
        assert "ยกเลิกรายการ" in chat.texts(), "ยกเลิก with a polite particle still cancels"
    chat.say("สวัสดีค่ะ")
    assert "เล่าได้เลย" in chat.texts() and "แจ้งขอความช่วยเหลือ" in chat.buttons()
    chat.say("ติดตาม ค่ะ")
    assert "ยังไม่เคยแจ้งเรื่อง" in chat.texts() or "ยังไม่มีเรื่อง" in chat.texts() or chat.last
    chat.say("เบี้ยผู้สูงอายุได้เดือนละเท่าไหร่คะ")
    assert "1300" in chat.texts() and "tel:1300" in {b.get("uri") for b in chat.buttons().values()}
    chat.say("อยากสมัครเป็น อพม.")
    assert "อาสาสมัคร" in chat.texts()
    with bot.sessions() as session:
        assert session.scalars(select(Conversation)).one().state.startswith("volunteer")
    assert not cases(bot)


# -- after sending --------------------------------------------------------------------------------


def send_a_typed_report(chat: Chat) -> Case:
    chat.say("ยายข้างบ้านอายุ 80 อยู่คนเดียว ไม่มีคนดูแล เบอร์ 0812345678 ต.ในเมือง อ.เมือง จ.ขอนแก่น")
    chat.tap("ไม่มี")
    chat.tap("เจ้าตัวยินยอมแล้ว")
    chat.tap("ยืนยันส่งเรื่อง")
    (case,) = cases(chat.bot)
    return case


def test_the_reporter_cancels_a_sent_report_with_a_reason_and_the_owner_is_told(staffed_bot) -> None:
    bot = staffed_bot
    chat = Chat(bot, CITIZEN)
    case = send_a_typed_report(chat)
    staff = Chat(bot, STAFF_A)
    staff.postback(f"action=ack&case={case.reference}")
    chat.tap("ติดตามเรื่องนี้")
    assert case.reference in chat.texts()
    assert "ต.ในเมือง" in chat.texts() and "ยายข้างบ้านอายุ 80" in chat.texts(), "enough to tell reports apart"
    chat.tap("ยกเลิกเรื่อง")
    assert "เพราะอะไร" in chat.texts()
    chat.tap("ได้รับความช่วยเหลือแล้ว")
    assert "ยกเลิกเรื่อง" in chat.texts() and case.reference in chat.texts()
    with bot.sessions() as session:
        case = session.get(Case, case.id)
        last = session.scalars(
            select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.id.desc())
        ).first()
    assert case.status == "cancelled" and case.closed_at is not None
    assert last.to_status == "cancelled" and last.detail == {"by": "reporter", "reason": "helped_elsewhere"}
    owner_texts = [m.get("text", "") for m in staff_messages(bot, STAFF_A)]
    assert any("ผู้แจ้งยกเลิกเรื่อง" in t and "ได้รับความช่วยเหลือแล้ว" in t for t in owner_texts)
    assert not any("ผู้แจ้งยกเลิกเรื่อง" in m.get("text", "") for m in staff_messages(bot, STAFF_B)), "the owner only"
    chat.postback(f"action=cancel_case&case={case.reference}&reason=mistake")
    assert "ยกเลิกไม่ได้แล้ว" in chat.texts(), "a cancelled report stays cancelled"


def test_nobody_else_can_cancel_a_report(staffed_bot) -> None:
    bot = staffed_bot
    chat = Chat(bot, CITIZEN)
    case = send_a_typed_report(chat)
    other = Chat(bot, "Uother00000000000000000000000001")
    other.postback(f"action=cancel_case&case={case.reference}&reason=mistake")
    (case,) = cases(bot)
    assert case.status == "assigned"


def test_the_tap_that_comes_back_to_a_paused_report_is_counted(staffed_bot) -> None:
    from datetime import timedelta

    from sqlalchemy import update

    from models.base import utcnow

    bot = staffed_bot
    chat = Chat(bot, CITIZEN)
    chat.say("แจ้งเหตุ")
    with bot.sessions.begin() as session:
        session.execute(update(Conversation).values(updated_at=utcnow() - timedelta(hours=3)))
    chat.tap("ไม่มี")
    assert "ใครต้องการความช่วยเหลือ" in chat.texts(), "the old button's answer is taken, not lost"
    with bot.sessions.begin() as session:
        session.execute(update(Conversation).values(updated_at=utcnow() - timedelta(hours=3)))
    chat.say("สวัสดีค่ะ")
    assert "หยุดไปนาน" in chat.texts()
    chat.postback("s=who&v=self")  # the who question's "ตัวเอง", still on screen
    assert "กลุ่มใด" in chat.texts()


def test_a_wrong_answer_to_consent_is_re_asked_short(staffed_bot) -> None:
    chat = Chat(staffed_bot, CITIZEN)
    chat.say("ยายข้างบ้านอายุ 80 อยู่คนเดียว ไม่มีคนดูแล เบอร์ 0812345678 ต.ในเมือง อ.เมือง จ.ขอนแก่น")
    chat.tap("ไม่มี")
    notice = chat.texts()
    assert "ข้อมูลส่วนบุคคล" in notice
    chat.say("ไม่แน่ใจ")
    again = chat.texts()
    assert "เลือกจากปุ่ม" in again and "ข้อมูลส่วนบุคคล" not in again and len(again) < 200
    assert {"เจ้าตัวยินยอมแล้ว", "ยังไม่ได้ถามเจ้าตัว"} <= set(chat.buttons())


# -- a tambon named that several places share --------------------------------------------------------


def _number_of(chat: Chat, province: str) -> str:
    """The number the bot's list gives the place in `province`."""
    (line,) = [line for line in chat.texts().splitlines() if line[:1].isdigit() and province in line]
    return line.split(")")[0]


def test_a_tambon_several_places_share_is_asked_which_and_the_pick_is_the_cases(bot) -> None:
    steps = Steps(Chat(bot, CITIZEN))
    chat = steps.chat
    steps.say("ยายอยู่คนเดียว ไม่มีคนดูแล ม.3 ต.โนนสูง โทร 0812345678")
    steps.tap("ไม่มี")
    assert "ต.โนนสูง มีหลายแห่งค่ะ ใช่แห่งไหนคะ" in chat.texts(), "not asked to type the address again"
    assert "จ.อุดรธานี" in chat.texts() and "จ.นครราชสีมา" in chat.texts()
    assert chat.buttons()["ส่งตำแหน่ง"]["type"] == "location"
    steps.tap(f"ใช่ ข้อ {_number_of(chat, 'จ.อุดรธานี')}")
    steps.tap("ยังไม่ได้ถามเจ้าตัว")
    steps.tap("ยืนยันส่งเรื่อง")
    (case,) = cases(bot)
    assert case.subdistrict_code == "410106" and steps.count <= 7


def test_danger_with_a_shared_tambon_name_makes_the_case_at_once_and_the_pick_routes_it(staffed_bot) -> None:
    bot = staffed_bot
    chat = Chat(bot, CITIZEN)
    chat.say("ช่วยด้วย ผัวกำลังตีเมียอยู่ตอนนี้ ม.4 ต.ศิลา")
    assert calls_in_order(chat.last)[0] == "191"
    (case,) = cases(bot)
    assert case.urgency == "urgent" and case.center_id is None
    assert "ต.ศิลา มีหลายแห่งค่ะ" in chat.texts(), "the place is asked next, the case already made"
    chat.tap(f"ใช่ ข้อ {_number_of(chat, 'จ.ขอนแก่น')}")
    (case,) = cases(bot)
    assert case.subdistrict_code == "400114" and case.center_id is not None
    (card,) = staff_cards(bot, STAFF_A)
    assert case.reference in card["altText"]


def test_typing_the_address_again_instead_of_choosing_is_kept(bot) -> None:
    chat = Chat(bot, CITIZEN)
    chat.say("ตาอายุ 80 อยู่คนเดียว ต.นาแซง โทร 0812345678")
    chat.tap("ไม่มี")
    assert "ต.นาแซง มีหลายแห่งค่ะ" in chat.texts()
    chat.tap("ไม่ใช่ พิมพ์ใหม่")
    chat.say("ต.นาแซง อ.หล่มเก่า จ.เพชรบูรณ์")
    chat.tap("ใช่ ข้อ 1")
    chat.tap("ยังไม่ได้ถามเจ้าตัว")
    assert "ต.นาแซง อ.หล่มเก่า จ.เพชรบูรณ์" in chat.texts(), "the summary shows the place typed"
    chat.tap("ยืนยันส่งเรื่อง")
    (case,) = cases(bot)
    assert case.subdistrict_code == "670406"


def test_an_english_tambon_name_several_places_share_is_asked_in_english(bot) -> None:
    chat = Chat(bot, CITIZEN)
    # (Mae Pa alone is Mae Sot's, the one people mean, in English as in Thai: Tha Sai is four places)
    chat.say("my neighbour husband is beating his wife, she is screaming, Moo 7 Tha Sai")
    assert "There's more than one place called Tha Sai. Which one do you mean?" in chat.texts()
    assert "Tha Sai, Mueang Samut Sakhon, Samut Sakhon" in chat.texts(), "the places in English"
    chat.tap(f"Yes, #{_number_of(chat, 'Samut Sakhon')}")
    (case,) = cases(bot)
    assert case.subdistrict_code == "740110" and case.urgency == "urgent"


def test_a_thai_tambon_name_in_a_burmese_message_is_asked_in_burmese(bot) -> None:
    chat = Chat(bot, CITIZEN)
    # (แม่ปะ alone is Mae Sot's now, the one migrant workers mean: ท่าทราย is three places)
    chat.say("ကျွန်မ သမီးလေး ၁၀ လ ရှိပြီ ကာကွယ်ဆေး မထိုးရသေးဘူး မွေးစာရင်း မရှိဘူး ท่าทราย")
    assert "၁ နှစ် မပြည့်သေး" in chat.texts(), "ten months is said as under one, not 0 years"
    chat.tap("မရှိပါ")
    assert "ဆိုတဲ့ နေရာ တစ်ခုထက် ပိုရှိပါတယ်" in chat.texts()
    assert "ต.ท่าทราย อ.เมืองสมุทรสาคร จ.สมุทรสาคร" in chat.texts()
