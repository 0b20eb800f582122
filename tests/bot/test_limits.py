"""Per-user limits: a flood is answered once, reports beyond the limit are refused with 1300 and
staff hear of the burst once; the danger answer and enrolled staff are never held back."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from models.base import utcnow
from models.cases import Case
from models.centers import Center
from models.users import User, get_or_create_user
from tests.bot.chat import Chat, settle
from tests.bot.scenes import SLOW_DOWN, STAFF_A, STAFF_B, call_buttons, texts_to, with_centers_and_staff
from tests.factories import new_case

pytestmark = pytest.mark.in_process

FLOODER = "Uflooder0000000000000000000000001"
REFUSED = "ช่วงนี้คุณแจ้งเรื่องเข้ามาหลายเรื่องแล้ว"
BURST = "ผู้แจ้งรายหนึ่งส่งเรื่องเข้ามา"


def test_a_flood_is_answered_once_with_slow_down_and_the_emergency_numbers(make_bot) -> None:
    bot = make_bot(message_rate_limit=10)
    bot.line.send_events([{"userId": FLOODER, "type": "text", "text": f"ข้อความ {n}"} for n in range(40)])
    settle(bot)
    texts = texts_to(bot, FLOODER)
    assert sum(SLOW_DOWN in text for text in texts) == 1
    answered_normally = [text for text in texts if "ยังไม่เข้าใจ" in text]
    assert len(answered_normally) == 10, "the first ten are answered as usual, the 29 after the warning not at all"
    flex = [item["message"] for item in bot.line.messages_to(FLOODER) if item["message"]["type"] == "flex"]
    assert {"tel:1669", "tel:191", "tel:1300"} <= call_buttons(flex[-1])


def test_the_danger_answer_is_never_held_back_by_the_flood_limit(make_bot) -> None:
    bot = make_bot(message_rate_limit=3)
    chat = Chat(bot, FLOODER)
    chat.say("แจ้งเหตุ")
    assert "หมดสติ ถูกทำร้าย" in chat.texts()
    for n in range(5):
        chat.say(f"ฮัลโหล {n}")
    assert any(SLOW_DOWN in text for text in texts_to(bot, FLOODER))
    answer = chat.postback("s=danger&v=yes")  # the danger question's "มีอันตราย" button
    assert {"tel:1669", "tel:191", "tel:1300"} <= call_buttons(answer)


def test_staff_working_fast_are_not_limited(staffed_bot) -> None:
    bot = staffed_bot
    with bot.sessions.begin() as session:
        session.execute(
            update(User)
            .where(User.line_user_id == STAFF_A)
            .values(messages_in_window=10**6, message_window_started_at=utcnow())
        )
    chat = Chat(bot, STAFF_A)
    answer = chat.say("เคสใหม่")
    assert answer and not any(SLOW_DOWN in (message.get("text") or "") for message in answer)


def test_reports_beyond_the_limit_are_refused_with_1300_and_staff_hear_of_it_once(make_bot) -> None:
    bot = with_centers_and_staff(make_bot(report_limit_per_hour=5, report_limit_per_day=20))
    now = utcnow()
    with bot.sessions.begin() as session:
        reporter = get_or_create_user(session, FLOODER, now)
        center = session.scalars(select(Center).where(Center.code == "KK01")).one()
        for n in range(5):
            new_case(session, center, reporter.id, f"SC-LIMIT-{n}", created_at=now - timedelta(minutes=50 - n))
    staff_texts_before = len(texts_to(bot, STAFF_A))

    chat = Chat(bot, FLOODER)
    refusal = chat.say("แจ้งเหตุ")
    assert REFUSED in chat.texts() and "1300" in chat.texts()
    assert "tel:1300" in set().union(*(call_buttons(message) for message in refusal))
    chat.say("แจ้งเหตุ")
    assert REFUSED in chat.texts()

    for staff in (STAFF_A, STAFF_B):
        told = [text for text in texts_to(bot, staff)[staff_texts_before if staff == STAFF_A else 0 :] if BURST in text]
        assert len(told) == 1 and "SC-LIMIT-4" in told[0], staff

    with bot.sessions.begin() as session:  # two hours later the hourly limit no longer applies
        session.execute(update(Case).values(created_at=now - timedelta(hours=2)))
    chat.say("แจ้งเหตุ")
    assert "หมดสติ ถูกทำร้าย" in chat.texts()
