"""Volunteers at the edges: automatic offers that find nobody, staff who were removed, numbers that are
not plain digits, a supervisor over many centers, and a volunteer who takes a case before any staff
member acknowledged it."""

from __future__ import annotations

import pytest
from sqlalchemy import event, func, select

import bot.line.graphemes as grapheme
from bot.commands.volunteer_notices import tell, volunteer_sweep
from dispatch.volunteer_offers import OfferRules, expire_offers
from models.base import utcnow
from models.cases import CaseEvent, CaseStatus
from models.centers import Center
from models.messaging import InboundEvent, InboundStatus
from models.users import get_or_create_user
from models.volunteers import OfferState, Volunteer
from tests.bot.chat import Chat, settle
from tests.bot.scenes import (
    CHIANG_MAI,
    KHON_KAEN,
    MIDDLE,
    NEAR,
    OTHER_CENTER_STAFF,
    REPORTER,
    STAFF_A,
    STAFF_B,
    add_center,
    add_volunteer,
    case_status,
    cli,
    enrol_staff,
    enrol_supervisor,
    offer_id,
    offers,
    report_case,
    tell_reporters,
)
from tests.factories import new_case

pytestmark = pytest.mark.in_process

NOBODY = "ไม่มีอาสาสมัครที่ว่างรับเรื่อง {reference}"


@pytest.fixture
def volunteer_bot(make_bot):  # noqa: ANN001, ANN201 - the fixture's own type
    """As test_volunteers.py's: two centers and their staff, links under an https base."""
    bot = make_bot(public_base_url="https://bot.example.go.th")
    add_center(bot.sessions, "KK01", "ศูนย์ช่วยเหลือสังคมตำบลในเมือง", "400101", KHON_KAEN, "043000001")
    add_center(bot.sessions, "CM01", "ศูนย์ช่วยเหลือสังคมตำบลศรีภูมิ", "500101", CHIANG_MAI, "053000001")
    for center, staff in (("KK01", STAFF_A), ("KK01", STAFF_B), ("CM01", OTHER_CENTER_STAFF)):
        enrol_staff(bot, center, staff)
    return bot


def _staff_heard(chat: Chat, words: str) -> int:
    return sum(words in str(message) for message in chat._collect())


def test_automatic_offers_that_find_nobody_tell_the_staff_once_and_newer_cases_still_get_theirs(
    volunteer_bot,
) -> None:
    bot = volunteer_bot
    add_volunteer(bot.sessions, NEAR, "สมชาย ใกล้บ้าน", 1.0)  # in Khon Kaen; nobody near Chiang Mai
    Chat(bot, STAFF_A).postback("action=vol_auto&center=KK01&on=1")
    Chat(bot, OTHER_CENTER_STAFF).postback("action=vol_auto&center=CM01&on=1")
    with bot.sessions.begin() as session:
        reporter = get_or_create_user(session, REPORTER, utcnow())
        chiang_mai = session.scalars(select(Center).where(Center.code == "CM01")).one()
        khon_kaen = session.scalars(select(Center).where(Center.code == "KK01")).one()
        # Older cases with nobody near (typed addresses: no coordinates), then a newer one with a
        # volunteer next door.
        older = [new_case(session, chiang_mai, reporter.id, f"SC-690101-OLD{number}").reference for number in range(3)]
        newer = new_case(session, khon_kaen, reporter.id, "SC-690101-NEW1").reference
    staff = Chat(bot, OTHER_CENTER_STAFF)
    staff._collect()

    rules = OfferRules()
    for _ in range(4):  # four sweeps, two cases each at most
        with bot.sessions.begin() as session:
            tell(session, expire_offers(session, utcnow(), rules, limit=2), utcnow())
        settle(bot)

    assert offers(bot, newer) == [(NEAR, OfferState.OFFERED)], "the newer case is not starved by the older"
    heard = [str(message) for message in staff._collect()]
    for reference in older:
        assert sum(NOBODY.format(reference=reference) in message for message in heard) == 1, "told once"
    with bot.sessions() as session:
        nobody_events = session.scalar(
            select(func.count()).select_from(CaseEvent).where(CaseEvent.kind == "volunteer_none")
        )
    assert nobody_events == len(older), "the timeline says it once per case"
    with bot.sessions.begin() as session:
        assert volunteer_sweep(session, utcnow(), rules) == 0, "the next sweep has nothing to say"
    assert not staff._collect()


def test_reports_and_hand_backs_go_to_active_staff_not_to_a_removed_owner(volunteer_bot) -> None:
    bot = volunteer_bot
    add_volunteer(bot.sessions, NEAR, "สมชาย ใกล้บ้าน", 1.0)
    add_volunteer(bot.sessions, MIDDLE, "สมหญิง กลางทาง", 3.0)
    reference = report_case(bot)
    removed, colleague = Chat(bot, STAFF_A), Chat(bot, STAFF_B)
    removed.postback(f"action=ack&case={reference}")
    assert f"คุณรับเรื่อง {reference} แล้วค่ะ" in removed.texts()
    colleague.postback(f"action=vol_assign&case={reference}&to=nearest")
    assert cli(bot, "staff", "remove", "--line-user-id", STAFF_A).exit_code == 0
    removed._collect()
    colleague._collect()

    near = Chat(bot, NEAR)
    near._collect()
    near.tap("รับงาน")
    near.postback(f"action=vol_hand_back&offer={offer_id(bot, reference, NEAR)}")
    near.tap("ติดธุระ")
    assert f"คืนงานเรื่อง {reference} แล้วค่ะ" in near.texts()
    assert _staff_heard(colleague, "เหตุผล: ติดธุระ") == 1, "the center's active staff hear the hand-back"

    middle = Chat(bot, MIDDLE)
    middle._collect()
    middle.tap("รับงาน")
    middle.say("รายงานผลการเยี่ยม")
    middle.tap("พบตัว")
    middle.say("นำถุงยังชีพไปให้แล้ว")
    middle.say("ต้องการผู้ดูแลช่วงกลางวัน")
    middle.tap("ข้าม")
    middle.tap("ติดตามต่อ")
    assert "ส่งผลการเยี่ยมเรื่อง" in middle.texts()
    assert _staff_heard(colleague, "ต้องการผู้ดูแลช่วงกลางวัน") == 1, "the active staff get the report"
    assert not removed._collect(), "someone removed from the center hears nothing of the case"


def test_a_volunteer_first_then_staff_acknowledge_and_the_owner_alone_hears_the_report(volunteer_bot) -> None:
    bot = volunteer_bot
    add_volunteer(bot.sessions, NEAR, "สมชาย ใกล้บ้าน", 1.0)
    reference = report_case(bot)
    reporter = Chat(bot, REPORTER)
    reporter._collect()
    Chat(bot, STAFF_A).postback(f"action=vol_assign&case={reference}&to=nearest")
    near = Chat(bot, NEAR)
    near._collect()
    near.tap("รับงาน")
    assert case_status(bot, reference) == CaseStatus.VISITING
    tell_reporters(bot)
    assert "นัดเยี่ยมบ้านแล้ว" in str(reporter._collect()), "the reporter hears a visit is planned"

    owner, colleague = Chat(bot, STAFF_B), Chat(bot, STAFF_A)
    owner.postback(f"action=ack&case={reference}")
    assert f"คุณรับเรื่อง {reference} แล้วค่ะ" in owner.texts()
    assert case_status(bot, reference) == CaseStatus.VISITING
    owner._collect()
    colleague._collect()
    near.say("รายงานผลการเยี่ยม")
    near.tap("ไม่พบ")
    near.tap("ข้าม")
    near.say("ย้ายไปอยู่กับลูกที่ต่างจังหวัด")
    near.tap("ข้าม")
    near.tap("ปิดเรื่องได้")
    assert _staff_heard(owner, "ย้ายไปอยู่กับลูกที่ต่างจังหวัด") == 1, "the owner gets the report"
    assert _staff_heard(colleague, "ย้ายไปอยู่กับลูกที่ต่างจังหวัด") == 0


ODD_NUMBERS = ("²", "١٢", "99999999999999999999999", "-1", "1e3")


def _nothing_failed(bot) -> None:
    with bot.sessions() as session:
        troubled = session.scalars(
            select(InboundEvent).where(
                (InboundEvent.status != InboundStatus.DONE) | (InboundEvent.last_error.is_not(None))
            )
        ).all()
    assert not troubled, [(event.event_type, event.attempts, event.last_error) for event in troubled]


def test_odd_numbers_in_postbacks_and_typed_choices_get_an_answer_not_a_crash(volunteer_bot) -> None:
    bot = volunteer_bot
    add_volunteer(bot.sessions, NEAR, "สมชาย ใกล้บ้าน", 1.0)
    reference = report_case(bot)
    staff, volunteer = Chat(bot, STAFF_A), Chat(bot, NEAR)
    for number in ODD_NUMBERS:
        for chat, data in (
            (volunteer, f"action=vol_accept&offer={number}"),
            (volunteer, f"action=vol_decline&offer={number}"),
            (volunteer, f"action=vol_details&offer={number}"),
            (volunteer, f"action=vol_report&offer={number}"),
            (staff, f"action=vol_approve&v={number}"),
            (staff, f"action=vol_suspend&v={number}"),
            (staff, f"action=vol_assign&case={reference}&to={number}"),
            (staff, f"action=volunteers&page={number}"),
        ):
            answer = chat.postback(data)
            assert answer and ("ค่ะ" in chat.texts() or "คะ" in chat.texts()), data
    assert "ไม่มีสิทธิ์" in str(volunteer.postback("action=vol_accept&offer=²")), "refused, as any offer not theirs"
    staff.postback(f"action=vol_assign&case={reference}&to=²")
    assert "เลือก" in staff.texts(), "asked to choose again"

    applicant = Chat(bot, "Uvolodd00000000000000000000000001")
    applicant.say("สมัครอาสาสมัคร")
    applicant.say("สมใจ ตัวเลข")
    applicant.say("089-111-2222")
    applicant.say("ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น")  # typed: the bot asks which place
    assert "ใช่ ข้อ 1" in applicant.buttons(), applicant.texts()
    for number in ODD_NUMBERS:
        applicant.say(number)
        assert "ค่ะ" in applicant.texts() or "คะ" in applicant.texts(), number
    _nothing_failed(bot)


def test_odd_numbers_at_the_center_step_are_asked_again(volunteer_bot) -> None:
    bot = volunteer_bot
    applicant = Chat(bot, "Uvolodd00000000000000000000000003")
    applicant.say("สมัครอาสาสมัคร")
    applicant.say("สมใจ ตัวเลข")
    applicant.say("089-111-2222")
    applicant.location(KHON_KAEN[0], KHON_KAEN[1])
    applicant.tap("เยี่ยมบ้าน")
    applicant.tap("เสร็จแล้ว")
    applicant.tap("2 เรื่อง")
    assert "ศูนย์ที่ใกล้บ้านคุณที่สุดคือ" in applicant.texts()
    for number in ODD_NUMBERS:
        applicant.say(number)
        assert "ค่ะ" in applicant.texts() or "คะ" in applicant.texts(), number
    applicant.say("1")
    assert "ตรวจสอบใบสมัครอาสาสมัคร" in str(applicant.last), "a plain 1 still picks the nearest center"
    _nothing_failed(bot)


@pytest.fixture
def province_bot(bot):  # noqa: ANN001, ANN201 - the fixture's own type
    """Fifteen centers in one province, with long codes and names alike but for the last word, and
    three volunteers (one application) in each."""
    names = ("หนองบัว", "หนองบัวดี", "หนองบัวแดง", "ในเมือง", "ศิลา", "พระลับ", "บ้านเป็ด", "บ้านทุ่ม")
    names += ("บ้านค้อ", "สำราญ", "โคกสี", "ท่าพระ", "ดอนช้าง", "แดงใหญ่", "บ้านหว้า")
    for index, name in enumerate(names):
        code = f"KHONKAEN-MUEANG-{index + 1:03d}"
        position = (KHON_KAEN[0] + index * 0.05, KHON_KAEN[1])
        add_center(bot.sessions, code, f"ศูนย์ช่วยเหลือสังคมตำบล{name}", f"4001{index + 1:02d}", position, "043000001")
    for index in range(len(names)):
        for number in range(3):
            status = "pending" if number == 0 else "approved"
            line_id = f"Uprovvol{index:03d}{number:02d}".ljust(33, "0")
            code = f"KHONKAEN-MUEANG-{index + 1:03d}"
            add_volunteer(bot.sessions, line_id, f"อาสา {index}-{number}", 1.0, code, status=status)
    return bot


def test_a_province_supervisor_tells_centers_apart_reaches_all_of_them_and_loads_one_page(province_bot) -> None:
    bot = province_bot
    chat = enrol_supervisor(bot, "Usupprovvol000000000000000000001", "--province", "40")
    loaded: list[int] = []

    def count(target, context) -> None:  # noqa: ANN001 - SQLAlchemy's event arguments
        loaded.append(target.id)

    event.listen(Volunteer, "load", count)
    try:
        chat.say("อาสาสมัคร")
    finally:
        event.remove(Volunteer, "load", count)
    assert len(loaded) <= 10, f"{len(loaded)} volunteers loaded for one page of ten"
    cards = [message for message in chat.last if message["type"] == "flex"]
    assert cards and "อาสาสมัคร 45 คนค่ะ" in chat.texts()
    toggles = [label for label in chat.buttons() if "อัตโนมัติ" in label]
    assert len(toggles) == 12 and "ดูเพิ่ม" in chat.buttons()
    assert len(set(toggles)) == len(toggles), "every center's button reads differently"
    assert all(grapheme.length(label) <= 20 for label in toggles)
    assert "1 ต.หนองบัว เปิดอัตโนมัติ" in toggles, "the short name is on the button"
    assert "1) ศูนย์ช่วยเหลือสังคมตำบลหนองบัว: ปิด" in chat.texts(), "and the number matches the list"

    chat.tap("ดูเพิ่ม")
    later = [label for label in chat.buttons() if "อัตโนมัติ" in label]
    assert [label.split()[0] for label in later] == ["13", "14", "15"], later
    chat.tap(next(label for label in later if label.startswith("15 ")))
    assert "เปิดเสนองานอัตโนมัติของศูนย์ช่วยเหลือสังคมตำบลบ้านหว้าแล้วค่ะ" in chat.texts()
    _nothing_failed(bot)


def test_one_center_keeps_its_plain_button(volunteer_bot) -> None:
    bot = volunteer_bot
    staff = Chat(bot, STAFF_A)
    staff.say("อาสาสมัคร")
    assert "เปิดอัตโนมัติ" in staff.buttons() and "ดูเพิ่ม" not in staff.buttons()
