"""Administration in the console: the province administrator edits, stops and imports the centers of
their province (with a preview), invites and removes staff; supervisors invite and stop but do not
edit; staff see their center only; volunteers are approved and suspended as in chat. Every change
and refusal is in the audit trail."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from models.audit import AuditEntry
from models.centers import Center, Invite, StaffMembership
from models.users import User
from models.volunteers import Volunteer
from tests.factories import new_volunteer
from tests.web.conftest import ADMIN, CITIZEN, REPORTER, STAFF_A, STAFF_B, SUPERVISOR, Console, csrf_of

pytestmark = pytest.mark.in_process

HEADER = "code,name,subdistrict_code,latitude,longitude,phone\n"


def _center(console: Console, code: str) -> Center | None:
    with console.bot.sessions() as session:
        return session.scalar(select(Center).where(Center.code == code))


def _post(http, console: Console, path: str, **form: str):  # noqa: ANN001, ANN202 - requests objects
    token = csrf_of(http.get(console.url + "/console/centers", timeout=10).text)
    return http.post(console.url + path, data={"csrf_token": token, **form}, timeout=10)


def test_the_province_admin_edits_and_stops_a_center_and_sees_its_open_cases(console: Console) -> None:
    admin = console.sign_in(ADMIN)
    page = admin.get(console.url + "/console/centers", timeout=10).text
    assert "KK01" in page and "KK02" in page and "CM01" not in page and "/console/centers/import" in page

    saved = _post(
        admin, console, "/console/centers/KK02/edit", name="ศูนย์สำราญ", phone="043999999", service_radius_km="12"
    )
    assert saved.status_code == 200 and "บันทึกข้อมูลศูนย์สำราญแล้วค่ะ" in saved.text
    center = _center(console, "KK02")
    assert (center.name, center.phone, center.service_radius_km) == ("ศูนย์สำราญ", "043999999", 12.0)
    assert (
        _post(admin, console, "/console/centers/CM01/edit", name="x", phone="", service_radius_km="").status_code == 404
    )
    invalid = _post(admin, console, "/console/centers/KK02/edit", name="", phone="", service_radius_km="999")
    assert "กรุณาใส่ชื่อศูนย์" in invalid.text and _center(console, "KK02").name == "ศูนย์สำราญ"

    stopped = _post(admin, console, "/console/centers/KK02/active", active="0", back="center")
    assert stopped.status_code == 200 and not _center(console, "KK02").active
    assert 'id="center-state">ปิดรับเคสใหม่<' in stopped.text
    assert "B-1" in stopped.text and "ส่งต่อศูนย์อื่น" in stopped.text  # its open case, to transfer

    with console.bot.sessions() as session:
        actions = session.execute(select(AuditEntry.action, AuditEntry.subject_id, AuditEntry.detail)).all()
    assert ("admin", "KK02", {"attempt": "edit", "fields": ["name", "phone", "service_radius_km"]}) in actions
    assert ("admin", "KK02", {"attempt": "deactivate"}) in actions
    assert ("refused", "CM01", {"attempt": "edit"}) in actions


def test_supervisors_invite_but_do_not_edit_and_staff_only_see_their_center(console: Console) -> None:
    console.sign_in(STAFF_B)  # LINE Login gives the console her LINE display name
    supervisor = console.sign_in(SUPERVISOR)
    page = supervisor.get(console.url + "/console/centers/KK02", timeout=10).text
    assert "สมชาย" in page and "center_edit" not in page and "/edit" not in page
    assert "/console/centers/import" not in supervisor.get(console.url + "/console/centers", timeout=10).text
    assert supervisor.get(console.url + "/console/centers/import", timeout=10).status_code == 404
    refused = _post(supervisor, console, "/console/centers/KK02/edit", name="x", phone="", service_radius_km="")
    assert refused.status_code == 404 and _center(console, "KK02").name != "x"
    invited = _post(supervisor, console, "/console/centers/KK02/invite")
    assert invited.status_code == 200 and "รหัสเชิญ:" in invited.text
    assert _post(supervisor, console, "/console/centers/CM01/invite").status_code == 404
    with console.bot.sessions() as session:
        assert len(session.scalars(select(Invite)).all()) == 1

    staff = console.sign_in(STAFF_A)
    own = staff.get(console.url + "/console/centers/KK01", timeout=10)
    assert own.status_code == 200 and "A-1" in own.text and "/invite" not in own.text and "นำออก" not in own.text
    assert staff.get(console.url + "/console/centers/KK02", timeout=10).status_code == 404
    assert _post(staff, console, "/console/centers/KK01/invite").status_code == 404


def test_the_admin_removes_staff_who_then_see_nothing(console: Console) -> None:
    with console.bot.sessions() as session:
        membership = session.scalar(
            select(StaffMembership.id)
            .join(User, User.id == StaffMembership.user_id)
            .where(User.line_user_id == STAFF_B)
        )
    console.sign_in(STAFF_B)
    supervisor = console.sign_in(SUPERVISOR)
    assert _post(supervisor, console, f"/console/centers/KK02/staff/{membership}/remove").status_code == 404
    admin = console.sign_in(ADMIN)
    assert _post(admin, console, f"/console/centers/KK01/staff/{membership}/remove").status_code == 404
    removed = _post(admin, console, f"/console/centers/KK02/staff/{membership}/remove")
    assert removed.status_code == 200 and "นำคุณสมชาย ออกจาก" in removed.text
    assert console.sign_in(STAFF_B).get(console.url + "/console/", timeout=10).status_code == 403


def test_an_import_shows_what_will_change_before_it_changes_anything(console: Console) -> None:
    admin = console.sign_in(ADMIN)
    token = csrf_of(admin.get(console.url + "/console/centers/import", timeout=10).text)
    data = (
        HEADER
        + "KK01,ศูนย์ช่วยเหลือสังคมตำบลในเมือง,400101,16.4419,102.8360,043111111\n"
        + "KK03,ศูนย์ช่วยเหลือสังคมตำบลโคกสี,400103,16.47,102.90,043000003\n"
    )
    preview = admin.post(
        console.url + "/console/centers/import",
        data={"csrf_token": token},
        files={"file": ("centers.csv", data.encode("cp874"), "text/csv")},
        timeout=10,
    )
    assert "ศูนย์ใหม่ 1 แห่ง แก้ไข 1 แห่ง เหมือนเดิม 0 แห่ง" in preview.text, preview.text
    assert "phone" in preview.text and "cp874" in preview.text
    assert _center(console, "KK03") is None and _center(console, "KK01").phone == "043000001"

    applied = admin.post(
        console.url + "/console/centers/import", data={"csrf_token": token, "text": data, "apply": "1"}, timeout=10
    )
    assert "นำเข้าแล้วค่ะ: เพิ่ม 1 แห่ง แก้ไข 1 แห่ง" in applied.text
    assert _center(console, "KK03").district_code == "4001" and _center(console, "KK01").phone == "043111111"

    elsewhere = HEADER + "CM01,ศูนย์ช่วยเหลือสังคมตำบลศรีภูมิ,500101,18.79,98.98,053000009\n"
    refused = admin.post(
        console.url + "/console/centers/import", data={"csrf_token": token, "text": elsewhere, "apply": "1"}, timeout=10
    )
    assert "not in a province you administer" in refused.text and _center(console, "CM01").phone == "053000001"


def test_volunteers_are_approved_and_suspended_in_scope_and_told_in_line(console: Console) -> None:
    with console.bot.sessions.begin() as session:
        centers = {center.code: center for center in session.scalars(select(Center))}
        users = {user.line_user_id: user for user in session.scalars(select(User))}
        mine = new_volunteer(session, centers["KK01"], users[CITIZEN].id, "อาสา ใจดี").id
        other = new_volunteer(session, centers["CM01"], users[REPORTER].id, "อาสา เชียงใหม่").id
    staff = console.sign_in(STAFF_A)
    page = staff.get(console.url + "/console/volunteers", timeout=10).text
    assert "อาสา ใจดี" in page and "อาสา เชียงใหม่" not in page and "รออนุมัติ" in page
    token = csrf_of(page)
    assert (
        staff.post(
            console.url + f"/console/volunteers/{other}/approve", data={"csrf_token": token}, timeout=10
        ).status_code
        == 404
    )
    approved = staff.post(console.url + f"/console/volunteers/{mine}/approve", data={"csrf_token": token}, timeout=10)
    assert "อนุมัติคุณอาสา ใจดี เป็นอาสาสมัครแล้วค่ะ" in approved.text
    suspended = staff.post(console.url + f"/console/volunteers/{mine}/suspend", data={"csrf_token": token}, timeout=10)
    assert "พักสิทธิ์" in suspended.text
    with console.bot.sessions() as session:
        assert session.get(Volunteer, mine).status == "suspended" and session.get(Volunteer, other).status == "pending"
    told = console.bot.line.wait_for_messages(CITIZEN, 2, timeout=10)
    assert len(told) >= 2
