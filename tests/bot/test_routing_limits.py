"""Routing with limits, through webhooks and the emulator: no case goes to a far center; past the
limit it goes to its area's supervisors, else to the unrouted queue, which is retried when centers
are imported or staff enrol."""

from __future__ import annotations

import json
import re

import pytest
from sqlalchemy import select

from models.cases import Case, CaseEvent, CaseStatus, ReporterUpdate
from models.centers import Center
from tests.bot.chat import Chat, settle
from tests.bot.scenes import (
    REPORTER,
    cli,
    enrol_supervisor,
    staff_messages,
    walk_from_name_to_summary,
    walk_to_location,
)

pytestmark = pytest.mark.in_process

HAT_YAI = (7.0086, 100.4747)  # approximate: Hat Yai town, Songkhla; 1,080 km from Khon Kaen
HAT_YAI_ADDRESS = "ถนนเพชรเกษม ต.หาดใหญ่ อ.หาดใหญ่ จ.สงขลา 90110"
SONGKHLA_SUP = "Usupsongkhla00000000000000000001"
KK_STAFF = ("Ustaffkk0000000000000000000000001", "Ustaffkk0000000000000000000000002")
CM_STAFF = "Ustaffcm0000000000000000000000001"
REFERENCE = re.compile(r"SC-\d{6}-[A-Z0-9]{4}")


def report_at(bot, latitude: float, longitude: float, address: str | None, user: str = REPORTER) -> Chat:
    chat = Chat(bot, user)
    walk_to_location(chat)
    chat.location(latitude, longitude, address=address)
    walk_from_name_to_summary(chat)
    chat.tap("ยืนยันส่งเรื่อง")
    return chat


def only_case(bot) -> Case:
    with bot.sessions() as session:
        (case,) = session.scalars(select(Case)).all()
        session.expunge(case)
    return case


def cards_to(bot, user_id: str) -> list[dict]:
    return [m for m in staff_messages(bot, user_id) if m["type"] == "flex"]


def test_a_hat_yai_report_with_only_far_centers_goes_to_the_unrouted_queue_then_the_province(staffed_bot) -> None:
    bot = staffed_bot  # centers in Khon Kaen and Chiang Mai only
    chat = report_at(bot, *HAT_YAI, address=HAT_YAI_ADDRESS)
    receipt = chat.texts()
    case = only_case(bot)
    assert case.center_id is None and case.route_level == "unrouted"
    # The place is known from the address LINE sent with the pin, and kept for statistics.
    assert (case.district_code, case.province_code, case.area_source) == ("9011", "90", "line_address")
    assert case.subdistrict_code.startswith("9011")
    assert case.ack_due_at is not None and case.status == CaseStatus.ASSIGNED
    assert case.reference in receipt and "รอจัดศูนย์" in receipt and "1300" in receipt
    assert "ศูนย์ช่วยเหลือสังคมตำบลในเมือง" not in receipt
    assert "โทร" in json.dumps(chat.last, ensure_ascii=False) and "tel:1300" in json.dumps(chat.last)
    for staff in (*KK_STAFF, CM_STAFF):  # never told a far case is theirs
        assert not cards_to(bot, staff)

    listing = cli(bot, "cases", "unrouted")
    assert listing.exit_code == 0, listing.output
    assert "1 case(s) waiting" in listing.output and case.reference in listing.output
    assert "สงขลา" in listing.output and "ยายสมศรี" not in listing.output and "0812345678" not in listing.output

    # Songkhla's province office enrols: the case is theirs at once, with its card.
    supervisor = enrol_supervisor(bot, SONGKHLA_SUP, "--province", "90")
    assert "สงขลา" in supervisor.texts()
    case = only_case(bot)
    assert (case.center_id, case.route_level) == (None, "province")
    told = json.dumps(staff_messages(bot, SONGKHLA_SUP), ensure_ascii=False)
    assert case.reference in told and "ไม่มีศูนย์ใดอยู่ใกล้พอ" in told
    assert "ไม่มีเรื่องที่รอจัดศูนย์" not in told
    assert "0 case(s) waiting" in cli(bot, "cases", "unrouted").output
    with bot.sessions() as session:
        news = session.scalars(select(ReporterUpdate).where(ReporterUpdate.case_id == case.id)).all()
        routed = session.scalars(select(CaseEvent).where(CaseEvent.kind == "routed")).one()
    assert [n.kind for n in news] == ["routed_supervisor"]
    assert (routed.detail["from_level"], routed.detail["to_level"]) == ("unrouted", "province")

    # The supervisor sees it among new cases and takes it.
    supervisor.postback("action=new_cases")
    assert case.reference in json.dumps(supervisor.last, ensure_ascii=False)
    supervisor.postback(f"action=ack&case={case.reference}")
    assert f"คุณรับเรื่อง {case.reference} แล้วค่ะ" in supervisor.texts()
    # A Khon Kaen staff member still cannot touch it.
    Chat(bot, KK_STAFF[0]).postback(f"action=ack&case={case.reference}")
    assert only_case(bot).status == CaseStatus.ACKNOWLEDGED
    for staff in (*KK_STAFF, CM_STAFF):
        assert not cards_to(bot, staff)


def test_a_report_beyond_the_limit_goes_straight_to_the_areas_supervisor(staffed_bot) -> None:
    bot = staffed_bot
    supervisor = enrol_supervisor(bot, SONGKHLA_SUP, "--province", "90")
    chat = report_at(bot, *HAT_YAI, address=HAT_YAI_ADDRESS)
    case = only_case(bot)
    assert (case.center_id, case.route_level) == (None, "province")
    receipt = chat.texts()
    assert "เจ้าหน้าที่ระดับจังหวัด" in receipt and "จ.สงขลา" in receipt and "1300" in receipt
    cards = [m for m in staff_messages(bot, SONGKHLA_SUP) if m["type"] == "flex"]
    assert len(cards) == 1 and case.reference in cards[0]["altText"]
    assert "ยายสมศรี" not in str(cards[0])
    supervisor.say("เคสรอจัดศูนย์")
    assert "ไม่มีเรื่องที่รอจัดศูนย์" in supervisor.texts()
    chat.say("ติดตาม")
    assert "เจ้าหน้าที่ระดับจังหวัด (จ.สงขลา)" in json.dumps(chat.last, ensure_ascii=False)
    # The office's only supervisor leaves: the case is nobody's again, and in the queue at once.
    removed = cli(bot, "staff", "remove", "--line-user-id", SONGKHLA_SUP)
    assert removed.exit_code == 0 and "1 waiting case(s) routed again" in removed.output
    assert only_case(bot).route_level == "unrouted"
    assert case.reference in cli(bot, "cases", "unrouted").output


def test_a_pin_near_a_center_still_goes_there_and_gets_its_area(staffed_bot) -> None:
    bot = staffed_bot
    report_at(bot, 16.4419 + 0.02, 102.8360 + 0.02, address=None)  # about 3 km from KK01
    case = only_case(bot)
    with bot.sessions() as session:
        center = session.get(Center, case.center_id)
    assert center.code == "KK01" and case.route_level == "center"
    assert (case.subdistrict_code, case.district_code, case.province_code) == ("400101", "4001", "40")
    assert case.area_source == "nearest_center"
    assert all(len(cards_to(bot, staff)) == 1 for staff in KK_STAFF)


def test_a_report_made_before_any_center_exists_is_routed_after_import(bot, tmp_path) -> None:
    chat = report_at(bot, 16.4419 + 0.02, 102.8360 + 0.02, address=None)
    assert "รอจัดศูนย์" in chat.texts()
    case = only_case(bot)
    assert case.center_id is None and case.route_level == "unrouted" and case.province_code is None
    supervisor_watch = cli(bot, "cases", "unrouted")
    assert case.reference in supervisor_watch.output and "area not known" in supervisor_watch.output

    csv = tmp_path / "centers.csv"
    csv.write_text(
        "code,name,subdistrict_code,latitude,longitude,phone\n"
        "KK01,ศูนย์ช่วยเหลือสังคมตำบลในเมือง,400101,16.4419,102.8360,043000001\n",
        encoding="utf-8",
    )
    result = cli(bot, "centers", "import", str(csv))
    assert result.exit_code == 0, result.output
    assert "1 waiting case(s) routed again" in result.output
    case = only_case(bot)
    with bot.sessions() as session:
        center = session.get(Center, case.center_id)
        news = session.scalars(select(ReporterUpdate).where(ReporterUpdate.case_id == case.id)).all()
    assert center.code == "KK01" and case.route_level == "center"
    assert (case.province_code, case.area_source) == ("40", "nearest_center")
    assert [(n.kind, n.detail["center"]) for n in news] == [("routed", "KK01")]
    assert "0 case(s) waiting" in cli(bot, "cases", "unrouted").output


def test_a_deactivated_center_gets_no_new_case_and_its_open_ones_are_listed(staffed_bot) -> None:
    bot = staffed_bot
    report_at(bot, 16.4419 + 0.02, 102.8360 + 0.02, address=None)
    first = only_case(bot)
    result = cli(bot, "centers", "deactivate", "KK01")
    assert result.exit_code == 0, result.output
    assert "no longer receives new cases" in result.output and first.reference in result.output
    settle(bot)
    told = json.dumps(staff_messages(bot, KK_STAFF[0])[-1], ensure_ascii=False)
    assert "ปิดรับเรื่องใหม่แล้ว" in told and f"action=transfer&case={first.reference}" in told
    assert "already inactive" in cli(bot, "centers", "deactivate", "KK01").output
    assert cli(bot, "centers", "deactivate", "NOPE").exit_code != 0

    report_at(bot, 16.4419 + 0.02, 102.8360 + 0.02, address=None, user="Ureporter000000000000000000000002")
    with bot.sessions() as session:
        second = session.scalars(select(Case).where(Case.id != first.id)).one()
    # KK01 was the only center within 30 km: the second report waits in the queue.
    assert second.center_id is None and second.route_level == "unrouted"
    assert second.province_code is None  # no active center within 30 km to place the pin by, either

    result = cli(bot, "centers", "reactivate", "KK01")
    assert result.exit_code == 0 and "receives new cases again" in result.output
    assert "1 waiting case(s) routed again" in result.output
    with bot.sessions() as session:
        second = session.get(Case, second.id)
        assert session.get(Center, second.center_id).code == "KK01"
        assert (second.province_code, second.area_source) == ("40", "nearest_center")


def test_supervisors_see_the_unrouted_queue_in_chat_and_hear_of_urgent_cases_at_once(staffed_bot) -> None:
    bot = staffed_bot
    watcher = enrol_supervisor(bot, "Usupkhonkaen00000000000000000001", "--province", "40")
    chat = Chat(bot, REPORTER)
    chat.say("แจ้งเหตุ")
    chat.tap("มีอันตราย")
    # The urgent case exists at once, before any place: the province supervisors hear of it now.
    case = only_case(bot)
    assert (case.urgency, case.route_level) == ("urgent", "unrouted")
    alert = json.dumps(staff_messages(bot, "Usupkhonkaen00000000000000000001")[-1], ensure_ascii=False)
    assert case.reference in alert and "รอจัดศูนย์" in alert
    chat.location(*HAT_YAI, address=HAT_YAI_ADDRESS)
    chat.say("ยายสมศรีอยู่คนเดียว ลุกจากเตียงไม่ได้")
    chat.say("081-234-5678")
    chat.tap("ยืนยันส่งเรื่อง")
    case = only_case(bot)
    assert (case.urgency, case.route_level, case.province_code) == ("urgent", "unrouted", "90")
    alerts = [json.dumps(m, ensure_ascii=False) for m in staff_messages(bot, "Usupkhonkaen00000000000000000001")]
    assert not any("ยายสมศรี" in alert or "0812345678" in alert for alert in alerts)

    watcher.say("เคสรอจัดศูนย์")
    listing = watcher.texts()
    assert case.reference in listing and "จ.สงขลา" in listing and "1 จาก 1" in listing
    assert "ยายสมศรี" not in listing and "0812345678" not in listing
    # Seeing the queue is not acting on it: the case is outside this supervisor's province.
    watcher.postback(f"action=ack&case={case.reference}")
    assert only_case(bot).status == CaseStatus.ASSIGNED
    # Staff and citizens get no queue.
    staff = Chat(bot, KK_STAFF[0])
    staff.say("เคสรอจัดศูนย์")
    assert case.reference not in staff.texts()


def test_a_case_at_the_province_office_goes_to_a_center_imported_near_it(staffed_bot, tmp_path) -> None:
    bot = staffed_bot
    enrol_supervisor(bot, SONGKHLA_SUP, "--province", "90")
    report_at(bot, *HAT_YAI, address=HAT_YAI_ADDRESS)
    case = only_case(bot)
    assert case.route_level == "province"
    csv = tmp_path / "songkhla.csv"
    # Thai Windows encoding, as older Excel saves it; the center 1.5 km from the pin (made-up position).
    csv.write_bytes(
        "code,name,subdistrict_code,latitude,longitude,phone\n"
        "SK01,ศูนย์ช่วยเหลือสังคมตำบลหาดใหญ่,901101,7.0200,100.4800,074000001\n".encode("cp874")
    )
    result = cli(bot, "centers", "import", str(csv))
    assert result.exit_code == 0, result.output
    assert "read as cp874" in result.output and "1 waiting case(s) routed again" in result.output
    case = only_case(bot)
    with bot.sessions() as session:
        assert session.get(Center, case.center_id).code == "SK01"
    assert case.route_level == "center" and case.province_code == "90"
    settle(bot)
    told = json.dumps(staff_messages(bot, SONGKHLA_SUP)[-1], ensure_ascii=False)
    assert f"เรื่อง {case.reference} มีศูนย์ในพื้นที่รับแล้ว ส่งให้ศูนย์ช่วยเหลือสังคมตำบลหาดใหญ่ดูแลแทน" in told


def test_an_address_sent_with_a_pin_is_not_believed_when_it_names_a_far_province(staffed_bot) -> None:
    bot = staffed_bot  # a pin in Khon Kaen whose LINE address text names Chiang Mai (CM01 is 500 km off)
    report_at(bot, 16.4419 + 0.02, 102.8360 + 0.02, address="ต.ศรีภูมิ อ.เมืองเชียงใหม่ จ.เชียงใหม่")
    case = only_case(bot)
    assert (case.province_code, case.area_source) == ("40", "nearest_center")
    report_at(
        bot, 16.4419 + 0.02, 102.8360 + 0.02, address="ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น 40000", user="U2" + "0" * 31
    )
    with bot.sessions() as session:
        second = session.scalars(select(Case).order_by(Case.id.desc())).first()
    assert (second.subdistrict_code, second.area_source) == ("400101", "line_address")
