"""Volunteers through LINE: registration and approval, offers nearest first (decline, expiry, hand
back move them on), acceptance with the details, the visit report, and who may see what."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from urllib.parse import urlparse

import pytest
from sqlalchemy import select

from bot.commands.volunteer_notices import volunteer_sweep
from bot.web.media_links import media_id_of
from dispatch.menus import MenuRole, menu_role
from dispatch.volunteer_offers import OfferRules
from models.base import utcnow
from models.cases import Case, CaseEvent, CaseStatus, Media
from models.users import User
from models.volunteers import OfferState, VisitReport, Volunteer, VolunteerOffer, VolunteerStatus
from tests.bot.chat import Chat, settle
from tests.bot.scenes import (
    CASE_POINT,
    MIDDLE,
    NEAR,
    OTHER_CENTER_STAFF,
    PERSONAL,
    REPORTER,
    STAFF_A,
    add_volunteer,
    assert_sees_nothing_personal,
    case_status,
    offer_id,
    offers,
    report_case,
    tell_reporters,
)

pytestmark = pytest.mark.in_process

FAR = "Uvolfar0000000000000000000000001"
REFUSED = "ขออภัยค่ะ บัญชีนี้ไม่มีสิทธิ์ดูหรือดำเนินการกับงานนี้ค่ะ"


def register(bot, line_id: str, name: str, offset_km: float) -> Chat:
    """Apply through the chat, living `offset_km` north of the case."""
    chat = Chat(bot, line_id)
    chat.say("สมัครอาสาสมัคร")
    assert "ชื่อและนามสกุล" in chat.texts()
    chat.say(name)
    assert "เบอร์โทรศัพท์" in chat.texts()
    chat.say("089-111-2222")
    assert "บ้านของคุณอยู่ที่ไหน" in chat.texts() and "ส่งตำแหน่ง" in chat.buttons()
    chat.location(CASE_POINT[0] + offset_km / 111.2, CASE_POINT[1])
    assert "ถนัดงานด้านใด" in chat.texts()
    chat.tap("เยี่ยมบ้าน")
    chat.tap("ดูแลผู้สูงอายุ")
    assert "เลือกแล้ว: เยี่ยมบ้าน, ดูแลผู้สูงอายุ" in chat.texts()
    chat.tap("เสร็จแล้ว")
    assert "กี่เรื่อง" in chat.texts()
    chat.tap("2 เรื่อง")
    assert "ศูนย์ที่ใกล้บ้านคุณที่สุดคือ ศูนย์ช่วยเหลือสังคมตำบลในเมือง" in chat.texts()
    first = next(label for label in chat.buttons() if label.startswith("ศูนย์ 1 "))
    chat.tap(first)
    summary = str(chat.last)
    assert name in summary and "0891112222" in summary and "ศูนย์ช่วยเหลือสังคมตำบลในเมือง" in summary
    chat.tap("ส่งใบสมัคร")
    assert "ส่งใบสมัครถึงศูนย์ช่วยเหลือสังคมตำบลในเมืองแล้วค่ะ" in chat.texts()
    return chat


def volunteer_row(bot, line_id: str) -> Volunteer:
    with bot.sessions() as session:
        user = session.scalars(select(User).where(User.line_user_id == line_id)).one()
        return session.scalars(select(Volunteer).where(Volunteer.user_id == user.id)).one()


def test_register_approve_offer_decline_accept_report_and_close(volunteer_bot) -> None:
    bot = volunteer_bot
    near = register(bot, NEAR, "สมชาย ใกล้บ้าน", 1.0)
    middle = register(bot, MIDDLE, "สมหญิง กลางทาง", 3.0)
    card = [m for m in Chat(bot, STAFF_A).say("อาสาสมัคร") if m["type"] == "flex"]
    assert "สมชาย ใกล้บ้าน" in str(card) and "อนุมัติ" in str(card), "applications wait for the center's staff"
    for line_id, chat in ((NEAR, near), (MIDDLE, middle)):
        volunteer = volunteer_row(bot, line_id)
        assert volunteer.status == VolunteerStatus.PENDING
        for intruder in (REPORTER, OTHER_CENTER_STAFF, line_id):
            answer = Chat(bot, intruder).postback(f"action=vol_approve&v={volunteer.id}")
            assert "ไม่มีสิทธิ์" in str(answer)
        assert volunteer_row(bot, line_id).status == VolunteerStatus.PENDING, "crafted approvals change nothing"
        staff = Chat(bot, STAFF_A)
        staff.postback(f"action=vol_approve&v={volunteer.id}")
        assert "เป็นอาสาสมัครแล้วค่ะ" in staff.texts()
        assert "อนุมัติให้คุณเป็นอาสาสมัครแล้ว" in str(chat._collect())
        with bot.sessions() as session:
            assert menu_role(session, volunteer.user_id) == MenuRole.VOLUNTEER

    reference = report_case(bot)
    reporter = Chat(bot, REPORTER)
    reporter._collect()
    with bot.sessions.begin() as session:
        case = session.scalars(select(Case).where(Case.reference == reference)).one()
        reporter_user = session.get(User, case.reporter_user_id)
        photo = Media(
            owner_user_id=reporter_user.id,
            case_id=case.id,
            line_message_id="photo-1",
            content_type="image/jpeg",
            content=b"\xff\xd8\xff\xe0case-photo",
            size_bytes=15,
            created_at=utcnow(),
        )
        session.add(photo)
    staff = Chat(bot, STAFF_A)
    staff.postback(f"action=vol_assign&case={reference}")
    listing = staff.texts()
    assert "สมชาย ใกล้บ้าน · 1.0 กม." in listing and "สมหญิง กลางทาง · 3.0 กม." in listing
    staff.tap("ใกล้ที่สุดที่ว่าง")
    assert "ห่าง 1.0 กม." in staff.texts()

    offer_message = near._collect()
    assert "รับงาน" in near.buttons() and "ปฏิเสธ" in near.buttons()
    assert "ผู้ป่วยติดเตียง" in str(offer_message) and "กม." in str(offer_message)
    assert not any(secret in str(offer_message) for secret in PERSONAL), "an offer carries no personal data"
    near_offer = offer_id(bot, reference, NEAR)
    assert_sees_nothing_personal(near, reference, near_offer, open_offer=True)

    near.postback(f"action=vol_decline&offer={near_offer}")
    assert "เสนองานนี้ให้อาสาสมัครท่านอื่น" in near.texts()
    assert offers(bot, reference) == [(NEAR, OfferState.DECLINED), (MIDDLE, OfferState.OFFERED)]
    middle._collect()
    assert "รับงาน" in middle.buttons(), "the next nearest gets the offer"
    near.postback(f"action=vol_accept&offer={near_offer}")
    assert "ปฏิเสธงานนี้ไปแล้ว" in near.texts()

    middle.tap("รับงาน")
    details = middle.last
    assert [m["type"] for m in details] == ["text", "location", "flex"]
    assert details[1]["latitude"] == CASE_POINT[0] and details[1]["longitude"] == CASE_POINT[1]
    card = str(details[2])
    assert "ยายสมศรี ใจดี" in card and "82 ปี" in card and "tel:0812345678" in card
    link = next(
        button["action"]["uri"]
        for button in details[2]["contents"]["footer"]["contents"]
        if button["action"]["label"] == "ดูรูปถ่าย"
    )
    assert link.startswith("https://bot.example.go.th/media/")
    client = bot.app.test_client()
    served = client.get(urlparse(link).path)
    assert served.status_code == 200 and served.data == b"\xff\xd8\xff\xe0case-photo"
    assert client.get(urlparse(link).path + "x").status_code == 404, "a tampered link shows nothing"
    token = urlparse(link).path.rsplit("/", 1)[1]
    expired = dataclasses.replace(bot.app.config["BOT_SETTINGS"], photo_link_seconds=-1)
    assert media_id_of(expired, token) is None, "an expired link shows nothing"
    assert case_status(bot, reference) == CaseStatus.VISITING
    assert offers(bot, reference) == [(NEAR, OfferState.DECLINED), (MIDDLE, OfferState.ACCEPTED)]

    tell_reporters(bot)
    told = str(reporter._collect())
    assert "นัดเยี่ยมบ้านแล้ว" in told and "สมหญิง" not in told, "a visit is planned; no volunteer's name"

    middle.say("รายงานผลการเยี่ยม")
    assert "ผลการเยี่ยมเรื่อง" in middle.texts()
    middle.tap("พบตัว")
    middle.say("นำถุงยังชีพไปให้แล้ว")
    middle.say("ต้องการผู้ดูแลช่วงกลางวัน")
    middle.tap("ข้าม")
    middle.tap("ปิดเรื่องได้")
    assert "ส่งผลการเยี่ยมเรื่อง" in middle.texts()
    report_card = str(staff._collect())
    assert "ผลการเยี่ยมจากอาสาสมัคร" in report_card and "ต้องการผู้ดูแลช่วงกลางวัน" in report_card
    staff.postback(f"action=case&case={reference}")
    assert "อาสาสมัครรายงานผลการเยี่ยม: พบตัว · ปิดเรื่องได้" in str(staff.last)
    with bot.sessions() as session:
        report = session.scalars(select(VisitReport)).one()
        assert (report.outcome, report.recommendation) == ("found", "close")
        assert session.scalars(select(Volunteer.active_cases).where(Volunteer.id == report.volunteer_id)).one() == 0

    staff.postback(f"action=status&case={reference}&to=resolved")
    staff.postback(f"action=status&case={reference}&to=closed&outcome=helped")
    assert case_status(bot, reference) == CaseStatus.CLOSED
    assert_sees_nothing_personal(middle, reference, offer_id(bot, reference, MIDDLE))


def test_an_offer_nobody_answers_moves_on_by_itself_and_cannot_be_accepted_late(volunteer_bot) -> None:
    bot = volunteer_bot
    add_volunteer(bot.sessions, NEAR, "สมชาย ใกล้บ้าน", 1.0)
    add_volunteer(bot.sessions, MIDDLE, "สมหญิง กลางทาง", 3.0)
    reference = report_case(bot)
    Chat(bot, STAFF_A).postback(f"action=vol_assign&case={reference}&to=nearest")
    asleep = Chat(bot, NEAR)
    asleep._collect()
    rules = OfferRules()

    with bot.sessions.begin() as session:  # not yet: nothing moves
        assert volunteer_sweep(session, utcnow(), rules) == 0
    assert offers(bot, reference) == [(NEAR, OfferState.OFFERED)]

    with bot.sessions.begin() as session:  # four hours and a bit pass (normal urgency)
        for offer in session.scalars(select(VolunteerOffer)):
            offer.offered_at -= timedelta(hours=4, minutes=1)
            offer.expires_at -= timedelta(hours=4, minutes=1)
        session.flush()
        assert volunteer_sweep(session, utcnow(), rules) == 1
    settle(bot)
    assert offers(bot, reference) == [(NEAR, OfferState.EXPIRED), (MIDDLE, OfferState.OFFERED)]
    awake = Chat(bot, MIDDLE)
    awake._collect()
    assert "รับงาน" in awake.buttons()

    with bot.sessions.begin() as session:  # a second sweep finds nothing more to do
        assert volunteer_sweep(session, utcnow(), rules) == 0
    asleep.postback(f"action=vol_accept&offer={offer_id(bot, reference, NEAR)}")
    assert "หมดเวลาแล้ว" in asleep.texts()
    assert offers(bot, reference) == [(NEAR, OfferState.EXPIRED), (MIDDLE, OfferState.OFFERED)]
    assert case_status(bot, reference) == CaseStatus.ASSIGNED

    with bot.sessions.begin() as session:  # the second volunteer sleeps too: nobody is left
        for offer in session.scalars(select(VolunteerOffer).where(VolunteerOffer.state == OfferState.OFFERED)):
            offer.expires_at -= timedelta(hours=5)
        session.flush()
        volunteer_sweep(session, utcnow(), rules)
    settle(bot)
    assert any(f"ไม่มีอาสาสมัครที่ว่างรับเรื่อง {reference}" in str(m) for m in Chat(bot, STAFF_A)._collect())


def test_a_volunteer_who_hands_a_case_back_sees_its_details_no_more(volunteer_bot) -> None:
    bot = volunteer_bot
    add_volunteer(bot.sessions, NEAR, "สมชาย ใกล้บ้าน", 1.0)
    add_volunteer(bot.sessions, MIDDLE, "สมหญิง กลางทาง", 3.0)
    reference = report_case(bot)
    Chat(bot, STAFF_A).postback(f"action=vol_assign&case={reference}&to=nearest")
    near = Chat(bot, NEAR)
    near._collect()
    near.tap("รับงาน")
    assert "ยายสมศรี ใจดี" in str(near.last)
    near.say("งานของฉัน")
    assert reference in near.texts() and "ยายสมศรี" not in str(near.last), "the list shows no details"
    near.postback(f"action=vol_hand_back&offer={offer_id(bot, reference, NEAR)}")
    assert "เหตุผลที่คืนงาน" in near.texts()
    near.tap("ติดธุระ")
    assert f"คืนงานเรื่อง {reference} แล้วค่ะ" in near.texts()
    assert offers(bot, reference) == [(NEAR, OfferState.HANDED_BACK), (MIDDLE, OfferState.OFFERED)]
    assert "เหตุผล: ติดธุระ" in str(Chat(bot, STAFF_A)._collect())
    with bot.sessions() as session:
        kinds = session.scalars(select(CaseEvent.kind).where(CaseEvent.kind.like("volunteer_%"))).all()
    assert "volunteer_handed_back" in kinds
    assert_sees_nothing_personal(near, reference, offer_id(bot, reference, NEAR))
    middle = Chat(bot, MIDDLE)
    middle._collect()
    assert_sees_nothing_personal(middle, reference, offer_id(bot, reference, MIDDLE), open_offer=True)


def test_suspension_by_staff_only_and_a_suspended_volunteer_gets_no_offers_or_details(volunteer_bot) -> None:
    bot = volunteer_bot
    near_id = add_volunteer(bot.sessions, NEAR, "สมชาย ใกล้บ้าน", 1.0)
    add_volunteer(bot.sessions, MIDDLE, "สมหญิง กลางทาง", 3.0)
    reference = report_case(bot)
    Chat(bot, STAFF_A).postback(f"action=vol_assign&case={reference}&to=nearest")
    near = Chat(bot, NEAR)
    near._collect()
    near.tap("รับงาน")
    for intruder in (REPORTER, OTHER_CENTER_STAFF, NEAR, MIDDLE):
        answer = Chat(bot, intruder).postback(f"action=vol_suspend&v={near_id}")
        assert "ไม่มีสิทธิ์" in str(answer)
    assert volunteer_row(bot, NEAR).status == VolunteerStatus.APPROVED

    staff = Chat(bot, STAFF_A)
    staff.postback(f"action=vol_suspend&v={near_id}")
    assert "พักสิทธิ์สมชาย ใกล้บ้านแล้วค่ะ" in staff.texts()
    assert volunteer_row(bot, NEAR).status == VolunteerStatus.SUSPENDED
    assert offers(bot, reference) == [(NEAR, OfferState.RELEASED), (MIDDLE, OfferState.OFFERED)]
    assert "ถูกพักไว้" in str(near._collect())
    assert_sees_nothing_personal(near, reference, offer_id(bot, reference, NEAR))

    second = report_case_again(bot)
    staff.postback(f"action=vol_assign&case={second}")
    assert "สมชาย" not in staff.texts() and "สมหญิง กลางทาง" in staff.texts()


def report_case_again(bot) -> str:
    """A second case at the same place (report_case expects to be the first)."""
    from tests.bot.scenes import walk_from_name_to_summary, walk_to_location

    chat = Chat(bot, REPORTER)
    walk_to_location(chat)
    chat.location(*CASE_POINT)
    walk_from_name_to_summary(chat)
    chat.tap("ยืนยันส่งเรื่อง")
    with bot.sessions() as session:
        return session.scalars(select(Case.reference).order_by(Case.id.desc())).first()


def test_a_center_with_automatic_offers_offers_new_cases_by_itself(volunteer_bot) -> None:
    bot = volunteer_bot
    add_volunteer(bot.sessions, NEAR, "สมชาย ใกล้บ้าน", 1.0)
    staff = Chat(bot, STAFF_A)
    staff.say("อาสาสมัคร")
    staff.tap("เปิดอัตโนมัติ")
    assert "เปิดเสนองานอัตโนมัติของศูนย์ช่วยเหลือสังคมตำบลในเมืองแล้วค่ะ" in staff.texts()
    Chat(bot, OTHER_CENTER_STAFF).postback("action=vol_auto&center=KK01&on=0")
    reference = report_case(bot)
    with bot.sessions.begin() as session:
        volunteer_sweep(session, utcnow(), OfferRules())
    settle(bot)
    assert offers(bot, reference) == [(NEAR, OfferState.OFFERED)], "the other center's staff changed nothing"
    with bot.sessions.begin() as session:
        assert volunteer_sweep(session, utcnow(), OfferRules()) == 0, "offered once"
