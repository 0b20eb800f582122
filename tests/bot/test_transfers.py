"""Transfers done right, through webhooks and the emulator: the old center's volunteer offers are
withdrawn and a volunteer holding the case loses its details (photo links too); the case waits in the
new center's lists with fresh deadlines; the old center's staff are told; the reporter's news names
the center that did each step."""

from __future__ import annotations

import json
from urllib.parse import urlparse

import pytest
from sqlalchemy import select

from models.base import utcnow
from models.cases import Case, CaseStatus, Media
from models.volunteers import OfferState, Volunteer
from tests.bot.chat import Chat
from tests.bot.scenes import (
    MIDDLE,
    NEAR,
    OTHER_CENTER_STAFF,
    PERSONAL,
    REPORTER,
    STAFF_A,
    STAFF_B,
    add_volunteer,
    assert_sees_nothing_personal,
    offer_id,
    offers,
    report_case,
    staff_messages,
    tell_reporters,
)

pytestmark = pytest.mark.in_process


def add_photo(bot, reference: str) -> None:
    with bot.sessions.begin() as session:
        case = session.scalars(select(Case).where(Case.reference == reference)).one()
        session.add(
            Media(
                owner_user_id=case.reporter_user_id,
                case_id=case.id,
                line_message_id="photo-transfer",
                content_type="image/jpeg",
                content=b"\xff\xd8\xff\xe0case-photo",
                size_bytes=15,
                created_at=utcnow(),
            )
        )


def photo_link(messages: list[dict]) -> str:
    card = next(m for m in messages if m["type"] == "flex")
    return next(
        button["action"]["uri"]
        for button in card["contents"]["footer"]["contents"]
        if button["action"]["label"] == "ดูรูปถ่าย"
    )


def test_a_transfer_withdraws_offers_kills_the_holders_details_and_tells_everyone(volunteer_bot) -> None:  # noqa: F811
    bot = volunteer_bot
    add_volunteer(bot.sessions, NEAR, "สมชาย ใกล้บ้าน", 1.0, max_active_cases=1)
    add_volunteer(bot.sessions, MIDDLE, "สมหญิง กลางทาง", 3.0)
    reference = report_case(bot)
    add_photo(bot, reference)
    staff = Chat(bot, STAFF_A)
    staff.postback(f"action=ack&case={reference}")
    assert f"คุณรับเรื่อง {reference} แล้วค่ะ" in staff.texts()
    tell_reporters(bot)  # "ศูนย์ในเมือง รับเรื่องแล้ว" reaches the reporter before the transfer

    staff.postback(f"action=vol_assign&case={reference}&to=nearest")
    near = Chat(bot, NEAR)
    near._collect()
    near.tap("รับงาน")
    assert "ยายสมศรี ใจดี" in str(near.last)
    link = urlparse(photo_link(near.last)).path
    client = bot.app.test_client()
    assert client.get(link).status_code == 200
    held = offer_id(bot, reference, NEAR)

    colleague = Chat(bot, STAFF_B)
    colleague._collect()
    colleague.postback(f"action=transfer&case={reference}")
    colleague.tap(next(label for label in colleague.buttons() if "ศรีภูมิ" in label))
    assert reference in colleague.texts()

    with bot.sessions() as session:
        case = session.scalars(select(Case).where(Case.reference == reference)).one()
        holder = session.scalars(select(Volunteer).order_by(Volunteer.id)).first()
    assert case.status == CaseStatus.ASSIGNED and case.owner_user_id is None
    assert case.next_alert_at is not None and case.ack_due_at > utcnow()
    assert offers(bot, reference) == [(NEAR, OfferState.RELEASED)]
    assert holder.active_cases == 0, "the volunteer's place is free again"

    # The holder is told, and nothing opens any more: details, report, the photo link.
    told = near._collect()
    assert "ย้ายไปอยู่ในความดูแลของศูนย์อื่นแล้ว" in str(told) and not any(p in str(told) for p in PERSONAL)
    assert client.get(link).status_code == 404
    assert_sees_nothing_personal(near, reference, held)

    # The old center: the owner hears where it went and who sent it; the one who sent it does not.
    to_owner = json.dumps(staff_messages(bot, STAFF_A)[-1], ensure_ascii=False)
    assert f"เรื่อง {reference} ส่งต่อไปที่ศูนย์ช่วยเหลือสังคมตำบลศรีภูมิแล้ว" in to_owner
    assert not any("ส่งต่อไปที่" in json.dumps(m, ensure_ascii=False) for m in colleague._collect())
    # The new center has it among its new cases.
    new_center = Chat(bot, OTHER_CENTER_STAFF)
    new_center.postback("action=new_cases")
    assert reference in json.dumps(new_center.last, ensure_ascii=False)

    # The reporter's news: the step the old center did names the old center.
    reporter = Chat(bot, REPORTER)
    reporter._collect()
    tell_reporters(bot)
    news = reporter._collect()
    assert "ศรีภูมิ" in str(news) and "053000001" in str(news)


def test_an_open_offer_is_withdrawn_by_a_transfer_and_cannot_be_accepted(volunteer_bot) -> None:  # noqa: F811
    bot = volunteer_bot
    add_volunteer(bot.sessions, NEAR, "สมชาย ใกล้บ้าน", 1.0)
    reference = report_case(bot)
    staff = Chat(bot, STAFF_A)
    staff.postback(f"action=vol_assign&case={reference}&to=nearest")
    near = Chat(bot, NEAR)
    near._collect()
    assert "รับงาน" in near.buttons()
    open_offer = offer_id(bot, reference, NEAR)
    staff.postback(f"action=transfer&case={reference}")
    staff.tap(next(label for label in staff.buttons() if "ศรีภูมิ" in label))
    assert offers(bot, reference) == [(NEAR, OfferState.WITHDRAWN)]
    assert "ขอยกเลิกข้อเสนอนี้" in str(near._collect())
    near.postback(f"action=vol_accept&offer={open_offer}")
    assert "ถูกยกเลิก" in near.texts() and not any(p in str(near.last) for p in PERSONAL)
    assert offers(bot, reference) == [(NEAR, OfferState.WITHDRAWN)]
    with bot.sessions() as session:
        case = session.scalars(select(Case).where(Case.reference == reference)).one()
    assert case.status == CaseStatus.ASSIGNED and case.owner_user_id is None
    assert_sees_nothing_personal(near, reference, open_offer)


def test_news_of_an_acknowledgement_told_after_a_transfer_names_the_center_that_acknowledged(volunteer_bot) -> None:  # noqa: F811
    bot = volunteer_bot
    reference = report_case(bot)
    Chat(bot, STAFF_A).postback(f"action=ack&case={reference}")
    staff = Chat(bot, STAFF_A)
    staff.postback(f"action=transfer&case={reference}")
    staff.tap(next(label for label in staff.buttons() if "ศรีภูมิ" in label))
    reporter = Chat(bot, REPORTER)
    reporter._collect()
    tell_reporters(bot)
    news = " ".join(" ".join(str(v) for v in m.values()) for m in reporter._collect())
    assert "ศูนย์ช่วยเหลือสังคมตำบลในเมืองรับเรื่องแล้ว" in news and "043000001" in news
    assert "ส่งต่อให้ศูนย์ช่วยเหลือสังคมตำบลศรีภูมิดูแลแทน" in news
