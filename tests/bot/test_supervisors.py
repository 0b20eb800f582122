"""Supervisors: enrolled by district or province invites, they see and act on every case in their
area, issue staff invites for its centers in chat, and lose it all with `staff remove`."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.speech.thai_dates import thai_datetime
from dispatch.intake import create_case
from models.base import utcnow
from models.cases import Case, CaseStatus
from models.centers import Center, Invite, StaffMembership, StaffRole
from models.richmenus import UserMenuLink
from models.users import User, get_or_create_user
from tests.bot.chat import Chat
from tests.bot.scenes import (
    CHIANG_MAI,
    KHON_KAEN,
    REPORTER,
    add_center,
    cli,
    enrol_staff,
    enrol_supervisor,
    staff_messages,
    walk_from_name_to_summary,
    walk_to_location,
)

pytestmark = pytest.mark.in_process

# Approximate positions (a few km from the subdistricts' real centres), for routing only.
SAMRAN = (16.5163, 102.8597)  # ตำบลสำราญ, อำเภอเมืองขอนแก่น
NONG_BUA = (16.4593, 102.6380)  # ตำบลหนองบัว, อำเภอบ้านฝาง
CENTERS = (
    ("KK01", "ศูนย์ช่วยเหลือสังคมตำบลในเมือง", "400101", KHON_KAEN),  # district 4001, province 40
    ("KK02", "ศูนย์ช่วยเหลือสังคมตำบลสำราญ", "400102", SAMRAN),  # district 4001, province 40
    ("KK11", "ศูนย์ช่วยเหลือสังคมตำบลหนองบัว", "400201", NONG_BUA),  # district 4002, province 40
    ("CM01", "ศูนย์ช่วยเหลือสังคมตำบลศรีภูมิ", "500101", CHIANG_MAI),  # district 5001, province 50
)
DISTRICT_SUP = "Usupdistrict00000000000000000001"
PROVINCE_SUP = "Usupprovince00000000000000000001"
STAFF_KK01 = "Ustaffkk0000000000000000000000001"
NEW_STAFF = "Unewstaff000000000000000000000002"
CITIZEN = "Ucitizen000000000000000000000001"
CODE = re.compile(r"^[A-Z0-9]{4}-[A-Z0-9]{4}$")


@pytest.fixture
def area_bot(bot):
    for code, name, subdistrict, position in CENTERS:
        add_center(bot.sessions, code, name, subdistrict, position, "043000001")
    return bot


def new_case(bot, subdistrict: str) -> str:
    """A confirmed case sent to the center of `subdistrict` (an address-only report)."""
    now = utcnow()
    with bot.sessions.begin() as session:
        reporter = get_or_create_user(session, REPORTER, now)
        report = {
            "subject": "other",
            "category": "elderly",
            "needs": ["food"],
            "subdistrict_code": subdistrict,
            "district_code": subdistrict[:4],
            "province_code": subdistrict[:2],
            "consent": "vital_interest",
            "consent_version": "test",
            "consent_at": now.isoformat(),
        }
        case = create_case(session, reporter, report, now).case
        center = session.get(Center, case.center_id)
        assert center.subdistrict_code == subdistrict
        return case.reference


def cases_by_center(bot) -> dict[str, str]:
    return {code: new_case(bot, subdistrict) for code, _, subdistrict, _ in CENTERS}


def listed(chat: Chat) -> set[str]:
    """The case references on the เคสใหม่ list the bot just sent."""
    return set(re.findall(r"SC-\d{6}-[A-Z0-9]{4}", json.dumps(chat.last, ensure_ascii=False)))


def state(bot, reference: str) -> tuple[str, str | None]:
    with bot.sessions() as session:
        case = session.scalars(select(Case).where(Case.reference == reference)).one()
        owner = session.get(User, case.owner_user_id).line_user_id if case.owner_user_id else None
    return case.status, owner


def invites(bot) -> list[Invite]:
    """Staff invites (the supervisors' own come from the command line)."""
    with bot.sessions() as session:
        return list(session.scalars(select(Invite).where(Invite.role == StaffRole.STAFF).order_by(Invite.id)))


def memberships(bot, user_id: str) -> list[tuple[str, int | None, str | None, bool]]:
    with bot.sessions() as session:
        rows = session.execute(
            select(StaffMembership.role, StaffMembership.center_id, StaffMembership.area_code, StaffMembership.active)
            .join(User, User.id == StaffMembership.user_id)
            .where(User.line_user_id == user_id)
            .order_by(StaffMembership.id)
        ).all()
    return [tuple(row) for row in rows]


REFUSED = "ขออภัยค่ะ บัญชีนี้ไม่มีสิทธิ์ดำเนินการกับเรื่องนี้ค่ะ"
NOT_SUPERVISOR = "การออกรหัสเชิญเจ้าหน้าที่ทำได้เฉพาะผู้กำกับดูแลระดับอำเภอหรือจังหวัดค่ะ"
OUT_OF_SCOPE = "ศูนย์นี้ไม่อยู่ในพื้นที่ที่คุณดูแล"


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.name.startswith("dispatch"):
            self.lines.append(record.getMessage())


@pytest.fixture
def dispatch_log() -> Iterator[Collect]:
    collect = Collect()
    logger = logging.getLogger("dispatch")
    previous = logger.level
    logger.addHandler(collect)
    logger.setLevel(logging.DEBUG)
    yield collect
    logger.removeHandler(collect)
    logger.setLevel(previous)


# -- enrolment and scope ------------------------------------------------------------------------------


def test_a_district_supervisor_sees_and_takes_every_case_of_the_district_and_no_other(area_bot) -> None:
    bot = area_bot
    chat = enrol_supervisor(bot, DISTRICT_SUP, "--district", "4001")
    assert "ลงทะเบียนเป็นผู้กำกับดูแลพื้นที่อำเภอเมืองขอนแก่น เรียบร้อยแล้วค่ะ" in chat.texts()
    assert "ออกรหัสเชิญ" in chat.texts()
    assert memberships(bot, DISTRICT_SUP) == [(StaffRole.DISTRICT_SUPERVISOR, None, "4001", True)]
    cases = cases_by_center(bot)

    chat.postback("action=new_cases")
    assert listed(chat) == {cases["KK01"], cases["KK02"]}

    for center in ("KK01", "KK02"):
        answer = chat.postback(f"action=ack&case={cases[center]}")
        assert f"คุณรับเรื่อง {cases[center]} แล้วค่ะ" in chat.texts(), answer
        assert state(bot, cases[center]) == (CaseStatus.ACKNOWLEDGED, DISTRICT_SUP)
    for center in ("KK11", "CM01"):  # same province, other district; other province
        chat.postback(f"action=ack&case={cases[center]}")
        assert chat.texts() == REFUSED
        assert state(bot, cases[center]) == (CaseStatus.ASSIGNED, None)


def test_a_province_supervisor_sees_and_takes_every_case_of_the_province_and_no_other(area_bot) -> None:
    bot = area_bot
    chat = enrol_supervisor(bot, PROVINCE_SUP, "--province", "40")
    assert "ลงทะเบียนเป็นผู้กำกับดูแลพื้นที่จังหวัดขอนแก่น เรียบร้อยแล้วค่ะ" in chat.texts()
    assert memberships(bot, PROVINCE_SUP) == [(StaffRole.PROVINCE_SUPERVISOR, None, "40", True)]
    cases = cases_by_center(bot)

    chat.postback("action=new_cases")
    assert listed(chat) == {cases["KK01"], cases["KK02"], cases["KK11"]}

    chat.postback(f"action=ack&case={cases['KK11']}")
    assert f"คุณรับเรื่อง {cases['KK11']} แล้วค่ะ" in chat.texts()
    assert state(bot, cases["KK11"]) == (CaseStatus.ACKNOWLEDGED, PROVINCE_SUP)
    chat.postback(f"action=ack&case={cases['CM01']}")
    assert chat.texts() == REFUSED
    assert state(bot, cases["CM01"]) == (CaseStatus.ASSIGNED, None)


def test_supervisor_codes_for_several_areas_make_one_membership_each(area_bot) -> None:
    """A supervisor's membership has no center: redeeming is matched on role and area, so a second
    area adds a membership and the same area again reactivates the one there is."""
    bot = area_bot
    enrol_supervisor(bot, DISTRICT_SUP, "--district", "4001")
    chat = enrol_supervisor(bot, DISTRICT_SUP, "--district", "4002")
    assert "อำเภอบ้านฝาง" in chat.texts()
    enrol_supervisor(bot, DISTRICT_SUP, "--province", "40")
    assert memberships(bot, DISTRICT_SUP) == [
        (StaffRole.DISTRICT_SUPERVISOR, None, "4001", True),
        (StaffRole.DISTRICT_SUPERVISOR, None, "4002", True),
        (StaffRole.PROVINCE_SUPERVISOR, None, "40", True),
    ]
    assert cli(bot, "staff", "remove", "--line-user-id", DISTRICT_SUP, "--district", "4001").exit_code == 0
    enrol_supervisor(bot, DISTRICT_SUP, "--district", "4001")
    assert [row[2:] for row in memberships(bot, DISTRICT_SUP)] == [("4001", True), ("4002", True), ("40", True)]


# -- invites in chat -----------------------------------------------------------------------------------


def test_a_supervisor_invites_staff_for_a_center_in_scope_who_then_get_its_cases(area_bot, dispatch_log) -> None:
    bot = area_bot
    chat = enrol_supervisor(bot, DISTRICT_SUP, "--district", "4001")

    chat.postback("action=invite")
    assert "จะออกรหัสเชิญเจ้าหน้าที่ให้ศูนย์ไหนคะ" in chat.texts()
    assert "KK01 ศูนย์ช่วยเหลือสังคมตำบลในเมือง" in chat.texts() and "KK11" not in chat.texts()
    assert list(chat.buttons()) == ["ตำบลในเมือง", "ตำบลสำราญ", "ยกเลิก"]

    answer = chat.tap("ตำบลสำราญ")
    assert len(answer) == 2
    [invite] = invites(bot)
    with bot.sessions() as session:
        assert invite.center_id == session.scalars(select(Center.id).where(Center.code == "KK02")).one()
    assert invite.role == StaffRole.STAFF and invite.expires_at - invite.created_at == timedelta(days=7)
    said = answer[0]["text"]
    assert "รหัสเชิญเจ้าหน้าที่ของ ศูนย์ช่วยเหลือสังคมตำบลสำราญ" in said
    assert f"ใช้ได้ครั้งเดียว ภายใน {thai_datetime(invite.expires_at)}" in said
    code = answer[1]["text"]
    assert CODE.match(code) and code.replace("-", "") not in invite.code_hash
    sent_with_code = [call for call in bot.line.calls("/v2/bot/message") if code in json.dumps(call)]
    assert len(sent_with_code) == 1, "the code goes to the supervisor only, once"
    issued = [json.loads(line) for line in dispatch_log.lines if "invite_issued" in line]
    assert issued == [{"invite_issued": invite.id, "by": issued[0]["by"], "center": invite.center_id}]
    assert not any(code in line for line in dispatch_log.lines)

    staff = Chat(bot, NEW_STAFF)
    staff.say(code)
    assert "ลงทะเบียนเป็นเจ้าหน้าที่ของ ศูนย์ช่วยเหลือสังคมตำบลสำราญ เรียบร้อยแล้วค่ะ" in staff.texts()
    reporter = Chat(bot, REPORTER)
    walk_to_location(reporter)
    reporter.location(*SAMRAN)
    walk_from_name_to_summary(reporter)
    reporter.tap("ยืนยันส่งเรื่อง")
    with bot.sessions() as session:
        reference = session.scalars(select(Case.reference)).one()
    cards = [m for m in staff_messages(bot, NEW_STAFF) if m["type"] == "flex"]
    assert len(cards) == 1 and f"action=ack&case={reference}" in json.dumps(cards[0])


def test_a_province_supervisor_with_many_centers_types_a_code_or_part_of_a_name(area_bot) -> None:
    bot = area_bot
    for number in range(3, 15):  # twelve more centers in Mueang Khon Kaen: 15 in the province
        add_center(bot.sessions, f"KT{number:02d}", f"ศูนย์ทดสอบแห่งที่ {number}", f"4001{number:02d}", KHON_KAEN, "")
    chat = enrol_supervisor(bot, PROVINCE_SUP, "--province", "40")

    chat.postback("action=invite")
    assert "ในพื้นที่ที่คุณดูแลมี 15 ศูนย์ค่ะ" in chat.texts()
    assert list(chat.buttons()) == ["ยกเลิก"]
    chat.say("ทดสอบ")
    assert "มี 12 ศูนย์ที่ตรงกับ “ทดสอบ”" in chat.texts()
    chat.say("เชียงใหม่")
    assert "ไม่พบศูนย์ในพื้นที่ที่คุณดูแลที่ตรงกับ “เชียงใหม่”" in chat.texts()
    chat.say("CM01")  # a real center, but not in this province
    assert "ไม่พบศูนย์" in chat.texts()
    chat.say("หนองบัว")
    assert "ศูนย์ที่ตรงกับ “หนองบัว”" in chat.texts()
    assert list(chat.buttons()) == ["ตำบลหนองบัว", "ย้อนกลับ", "ยกเลิก"]
    assert not invites(bot)
    answer = chat.tap("ตำบลหนองบัว")
    assert "ศูนย์ช่วยเหลือสังคมตำบลหนองบัว" in answer[0]["text"] and CODE.match(answer[1]["text"])

    chat.tap("ออกรหัสอีกศูนย์")
    answer = chat.say("kk02")  # a center's code, typed: no need to pick it again
    assert "ศูนย์ช่วยเหลือสังคมตำบลสำราญ" in answer[0]["text"] and CODE.match(answer[1]["text"])
    assert len(invites(bot)) == 2


# -- refusals ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["staff", "citizen"])
def test_staff_and_citizens_cannot_issue_invites(area_bot, dispatch_log, who: str) -> None:
    bot = area_bot
    user_id = STAFF_KK01 if who == "staff" else CITIZEN
    if who == "staff":
        enrol_staff(bot, "KK01", STAFF_KK01)
    before = len(invites(bot))
    chat = Chat(bot, user_id)
    chat._collect()  # what they were told before is not this test's business
    for words in ("action=invite", "action=invite&center=KK01"):
        chat.postback(words)
        assert NOT_SUPERVISOR in chat.texts() and not chat.buttons()
    chat.say("ออกรหัสเชิญ")
    assert NOT_SUPERVISOR in chat.texts()
    chat.postback("s=center&v=KK01")  # the choice of a flow they were never let into
    assert len(invites(bot)) == before
    with bot.sessions() as session:
        user_pk = session.scalars(select(User.id).where(User.line_user_id == user_id)).one()
    refusals = [json.loads(line) for line in dispatch_log.lines if '"refused": "invite"' in line]
    assert refusals and all(entry == {"refused": "invite", "user": user_pk, "center": ""} for entry in refusals)


def test_a_supervisor_choosing_a_center_outside_their_scope_is_refused(area_bot, dispatch_log) -> None:
    bot = area_bot
    chat = enrol_supervisor(bot, DISTRICT_SUP, "--district", "4001")
    chat.postback("action=invite")
    for crafted in ("KK11", "CM01", "NOPE"):  # other district, other province, no such center
        chat.postback(f"s=center&v={crafted}")
        assert OUT_OF_SCOPE in chat.texts()
        assert "ตำบลในเมือง" in chat.buttons(), "asked again, with the centers in scope"
    assert not invites(bot)
    refused = [json.loads(line) for line in dispatch_log.lines if '"refused": "invite"' in line]
    assert [entry["center"] for entry in refused] == ["KK11", "CM01", "NOPE"]
    assert not any("ศูนย์" in line or DISTRICT_SUP in line for line in dispatch_log.lines), "ids only"
    chat.tap("ตำบลในเมือง")
    assert len(invites(bot)) == 1


# -- losing the role --------------------------------------------------------------------------------------


def menu_version(bot, user_id: str) -> int:
    with bot.sessions() as session:
        return session.scalar(
            select(UserMenuLink.version).join(User, User.id == UserMenuLink.user_id).where(User.line_user_id == user_id)
        )


def test_staff_remove_ends_what_staff_and_supervisors_may_do(area_bot) -> None:
    bot = area_bot
    enrol_staff(bot, "KK01", STAFF_KK01)
    supervisor = enrol_supervisor(bot, DISTRICT_SUP, "--district", "4001")
    cases = cases_by_center(bot)
    supervisor.postback("action=invite")  # a flow begun before the removal
    issued = len(invites(bot))  # the staff member's own
    staff_menu, supervisor_menu = menu_version(bot, STAFF_KK01), menu_version(bot, DISTRICT_SUP)

    result = cli(bot, "staff", "remove", "--line-user-id", STAFF_KK01)
    assert result.exit_code == 0, result.output
    assert "deactivated: staff of center KK01 (ศูนย์ช่วยเหลือสังคมตำบลในเมือง)" in result.output
    result = cli(bot, "staff", "remove", "--line-user-id", DISTRICT_SUP, "--district", "4001")
    assert result.exit_code == 0, result.output
    assert "deactivated: supervisor of Mueang Khon Kaen district (4001)" in result.output
    assert memberships(bot, DISTRICT_SUP) == [(StaffRole.DISTRICT_SUPERVISOR, None, "4001", False)]
    assert menu_version(bot, STAFF_KK01) > staff_menu and menu_version(bot, DISTRICT_SUP) > supervisor_menu

    supervisor.tap("ตำบลในเมือง")
    assert NOT_SUPERVISOR in supervisor.texts()
    assert len(invites(bot)) == issued
    for user_id in (STAFF_KK01, DISTRICT_SUP):
        chat = Chat(bot, user_id)
        chat._collect()
        chat.postback(f"action=ack&case={cases['KK01']}")
        assert chat.texts() == REFUSED
        chat.postback("action=new_cases")
        assert not listed(chat)
        chat.postback("action=invite")
        assert NOT_SUPERVISOR in chat.texts()
    assert state(bot, cases["KK01"]) == (CaseStatus.ASSIGNED, None)
    assert len(invites(bot)) == issued

    again = cli(bot, "staff", "remove", "--line-user-id", STAFF_KK01)
    assert again.exit_code != 0 and "nothing changed" in again.output
    unknown = cli(bot, "staff", "remove", "--line-user-id", "Unobody0000000000000000000000001")
    assert unknown.exit_code != 0 and "Unobody0000000000000000000000001" in unknown.output


def test_a_province_administrator_is_enrolled_like_a_supervisor_and_sees_the_province(area_bot) -> None:
    bot = area_bot
    result = cli(bot, "staff", "invite", "--province", "40", "--admin")
    assert result.exit_code == 0, result.output
    chat = Chat(bot, PROVINCE_SUP)
    chat.say(result.output.strip().splitlines()[-1])
    assert "ลงทะเบียนเป็นผู้ดูแลระบบของจังหวัดขอนแก่น เรียบร้อยแล้วค่ะ" in chat.texts()
    assert memberships(bot, PROVINCE_SUP) == [(StaffRole.PROVINCE_ADMIN, None, "40", True)]
    cases = cases_by_center(bot)
    chat.postback("action=new_cases")
    assert listed(chat) == {cases["KK01"], cases["KK02"], cases["KK11"]}
