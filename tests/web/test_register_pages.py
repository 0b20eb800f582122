"""The register in the web console: staff see their center's counts, overdue check-ins, people
without a buddy and a person's page; a supervisor sees their district's; staff of another center and
citizens see nothing; every view is audited."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from models.audit import AuditEntry
from models.base import utcnow
from models.register import CheckIn, RegisteredPerson
from models.users import User
from tests.factories import registered_person
from tests.web.conftest import CITIZEN, STAFF_B, STAFF_CM, SUPERVISOR, Console

pytestmark = pytest.mark.in_process

STAFF_A = "Ustaffa000000000000000000000000001"


def _people(console: Console) -> tuple[int, int]:
    """A KK01 person overdue with a check-in, and a KK02 one without a buddy."""
    with console.bot.sessions.begin() as session:
        overdue = registered_person(session, "KK01", "ยายทองดี มีสุข", now=utcnow() - timedelta(days=60), buddy=STAFF_A)
        buddy = session.scalars(select(User).where(User.line_user_id == STAFF_A)).one()
        session.add(CheckIn(person_id=overdue.id, by_user_id=buddy.id, mode="phoned", outcome="fine", at=utcnow()))
        other = registered_person(session, "KK02", "ตาสม สำราญ", groups=["bedridden"])
        return overdue.id, other.id


def test_staff_see_their_register_and_a_persons_page_others_see_nothing(console: Console) -> None:
    overdue, other = _people(console)
    http = console.sign_in(STAFF_A)
    page = http.get(console.url + "/console/register/", timeout=10)
    assert page.status_code == 200
    assert '<p class="big" id="register-total">1</p>' in page.text
    assert '<p class="big late" id="register-overdue">1</p>' in page.text
    assert "ยายทองดี มีสุข" in page.text and "ตาสม" not in page.text
    assert "ผู้สูงอายุอยู่ลำพัง" in page.text and "ต.ในเมือง" in page.text

    person = http.get(console.url + f"/console/register/people/{overdue}", timeout=10)
    assert person.status_code == 200
    assert "ยายทองดี มีสุข" in person.text and "12 หมู่ 3" in person.text and "โทรถาม" in person.text
    refused = http.get(console.url + f"/console/register/people/{other}", timeout=10)
    assert refused.status_code == 404 and "ตาสม" not in refused.text and "ไม่พบข้อมูลที่ต้องการ" in refused.text

    for line_id in (STAFF_CM, CITIZEN):
        outsider = console.sign_in(line_id)
        for path in ("/console/register/", f"/console/register/people/{overdue}"):
            answer = outsider.get(console.url + path, timeout=10)
            assert "ยายทองดี" not in answer.text, (line_id, path)
            assert answer.status_code in (403, 404) or '"register-total">0<' in answer.text

    with console.bot.sessions() as session:
        actions = [
            (entry.channel, entry.action, entry.subject_kind)
            for entry in session.scalars(select(AuditEntry).where(AuditEntry.channel == "console"))
        ]
    assert ("console", "view", "person") in actions and ("console", "refused", "person") in actions
    assert ("console", "view", "register") in actions


def test_a_district_supervisor_sees_the_counts_of_the_district(console: Console) -> None:
    _people(console)
    http = console.sign_in(SUPERVISOR)
    page = http.get(console.url + "/console/register/", timeout=10).text
    assert '<p class="big" id="register-total">2</p>' in page
    assert "ติดเตียง" in page and "ต.สำราญ" in page
    staff_b = console.sign_in(STAFF_B).get(console.url + "/console/register/", timeout=10).text
    assert '<p class="big" id="register-total">1</p>' in staff_b and "ยายทองดี" not in staff_b


def _map_data(page: str) -> dict[str, Any]:
    marker = '<script type="application/json" id="register-map-data">'
    start = page.index(marker) + len(marker)
    return json.loads(page[start : page.index("</script>", start)])


def test_the_register_map_shows_the_households_in_scope_by_number_only(console: Console) -> None:
    with console.bot.sessions.begin() as session:
        late = registered_person(
            session, "KK01", "ยายทองดี มีสุข", now=utcnow() - timedelta(days=60), latitude=16.431, longitude=102.811,
            phone="0812345678",
        )  # fmt: skip
        on_time = registered_person(session, "KK01", "ตาผล ใจดี", latitude=16.452, longitude=102.833)
        elsewhere = registered_person(session, "KK02", "ตาสม สำราญ", latitude=16.49, longitude=102.87)
        numbers = late.id, on_time.id, elsewhere.id

    page = console.sign_in(STAFF_A).get(console.url + "/console/register/", timeout=10).text
    households, centers = _map_data(page)["layers"]
    assert [(p["lat"], p["lon"], p["tone"], p["url"]) for p in households["points"]] == [
        (16.431, 102.811, "overdue", f"/console/register/people/{numbers[0]}"),
        (16.452, 102.833, "normal", f"/console/register/people/{numbers[1]}"),
    ]
    assert [point["label"] for point in households["points"]] == [
        f"เลขที่ {numbers[0]} · เกินกำหนด",
        f"เลขที่ {numbers[1]}",
    ]
    assert [point["kind"] for point in centers["points"]] == ["center"]
    shown = json.dumps(_map_data(page), ensure_ascii=False)
    for private in ("ยายทองดี", "ตาผล", "ตาสม", "0812345678", "12 หมู่ 3"):
        assert private not in shown, private

    supervised = _map_data(console.sign_in(SUPERVISOR).get(console.url + "/console/register/", timeout=10).text)
    assert len(supervised["layers"][0]["points"]) == 3 and len(supervised["layers"][1]["points"]) == 2
    outsider = _map_data(console.sign_in(STAFF_CM).get(console.url + "/console/register/", timeout=10).text)
    assert outsider["layers"][0]["points"] == []

    with console.bot.sessions() as session:
        seen = [
            entry.detail
            for entry in session.scalars(select(AuditEntry).where(AuditEntry.subject_kind == "register"))
            if entry.detail.get("view") == "map"
        ]
    assert {"view": "map", "households": 2} in seen and {"view": "map", "households": 3} in seen


def _csrf(page: str) -> str:
    marker = 'name="csrf_token" value="'
    start = page.index(marker) + len(marker)
    return page[start : page.index('"', start)]


FORM = {
    "address": "12 หมู่ 3 ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น",
    "name": "ยายบุญมี ศรีสุข",
    "birth_year": "2480",
    "sex": "female",
    "groups": ["elderly_alone", "bedridden"],
    "needs": ["food"],
    "phone": "081-234-5678",
    "basis": "consent",
    "consent_note": "ลงชื่อในใบยินยอมแล้ว",
}


def test_staff_register_a_person_on_the_console_with_the_duplicate_shown_first(console: Console) -> None:
    http = console.sign_in(STAFF_A)
    form_page = http.get(console.url + "/console/register/new", timeout=10)
    assert form_page.status_code == 200 and "ไร้สถานะ" in form_page.text
    token = _csrf(form_page.text)

    wrong = http.post(console.url + "/console/register/new", data={"csrf_token": token, "name": "x"}, timeout=10)
    assert wrong.status_code == 400 and "กรุณาตรวจข้อมูลเหล่านี้อีกครั้งค่ะ" in wrong.text
    assert "ปีเกิด (พ.ศ.)" in wrong.text and "ฐานทางกฎหมาย" in wrong.text
    assert http.post(console.url + "/console/register/new", data=FORM, timeout=10).status_code == 400, "no CSRF token"

    saved = http.post(console.url + "/console/register/new", data={"csrf_token": token, **FORM}, timeout=10)
    assert saved.status_code == 200 and "ยายบุญมี ศรีสุข" in saved.text and "0812345678" in saved.text
    again = {"csrf_token": token, **FORM, "name": "นางบุญมี  ศรีสุข", "birth_year": "2481"}
    shown = http.post(console.url + "/console/register/new", data=again, timeout=10)
    assert shown.status_code == 409 and "อาจซ้ำกับคนที่ลงทะเบียนไว้แล้วในตำบลนี้" in shown.text
    kept = http.post(console.url + "/console/register/new", data={**again, "not_duplicate": "1"}, timeout=10)
    assert kept.status_code == 200 and "นางบุญมี" in kept.text

    with console.bot.sessions() as session:
        people = session.scalars(select(RegisteredPerson).order_by(RegisteredPerson.id)).all()
        staff = session.scalars(select(User).where(User.line_user_id == STAFF_A)).one()
        assert [(p.name, p.birth_year, p.subdistrict_code, p.registered_by_user_id) for p in people] == [
            ("ยายบุญมี ศรีสุข", 1937, "400101", staff.id),
            ("นางบุญมี ศรีสุข", 1938, "400101", staff.id),
        ]
        assert people[0].check_in_days == 7 and people[0].lawful_basis == "consent"

    supervisor = console.sign_in(SUPERVISOR)
    assert supervisor.get(console.url + "/console/register/new", timeout=10).status_code == 404, (
        "no center of their own"
    )
