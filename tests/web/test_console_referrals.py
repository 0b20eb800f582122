"""The console's referral form, to a unit typed by hand (not in the directory): the page says plainly
what such a referral does not get, the form's server-side checks, the case referred with the unit
named in its timeline and list, the audit trail, and the owner and the reporter told in LINE as a
directory referral tells them; the same in a real browser (Chromium), whose screenshot goes to
CONSOLE_SCREENSHOTS when set (docs/console-referral-free-unit.png), else to tmp_path. Over HTTP like the other console tests (the in-process driver has no
LINE Login token endpoint); on SQLite and PostgreSQL (TEST_DATABASE)."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import select

from dispatch.case_actions import acknowledge
from models.audit import AuditEntry
from models.base import utcnow
from models.cases import Case, CaseStatus
from models.centers import Center, StaffMembership, StaffRole
from models.referrals import Referral
from models.users import get_or_create_user
from tests.bot.chat import settle
from tests.bot.scenes import tell_reporters
from tests.referral_support import add_agencies
from tests.web.conftest import REPORTER, STAFF_A, Console, csrf_of

OWNER = "Ustaffkkowner0000000000000000001"
WARD = "โรงพยาบาลชุมแพ หอผู้ป่วยหญิง"


def _owned_by_a_colleague(console: Console) -> None:
    """A-1 acknowledged (so owned) by another staff member of KK01, who follows the bot."""
    now = utcnow()
    with console.bot.sessions.begin() as session:
        center = session.scalars(select(Center).where(Center.code == "KK01")).one()
        owner = get_or_create_user(session, OWNER, now)
        owner.following = True
        session.add(StaffMembership(user_id=owner.id, center_id=center.id, role=StaffRole.STAFF, created_at=now))
        session.flush()
        assert acknowledge(session, owner, "A-1", now).case is not None


def _form(page: str, **fields: object) -> dict[str, object]:
    base = {"csrf_token": csrf_of(page), "reason": "ต้องนอนโรงพยาบาลใกล้บ้านลูก", "request": "รับดูแลต่อ"}
    return {**base, "basis": "vital_interest", "parts": ["person"], **fields}


def test_staff_refer_to_a_unit_typed_by_hand_and_line_users_are_told(console: Console) -> None:
    add_agencies(console.bot.sessions)
    _owned_by_a_colleague(console)
    http = console.sign_in(STAFF_A)
    url = f"{console.url}/console/cases/A-1/referrals"
    page = http.get(url, timeout=10).text
    assert 'id="typed-unit"' in page and "โรงพยาบาลศรีนครินทร์" in page, "both ways side by side"
    assert "ไม่มีลิงก์ให้หน่วยงานตอบรับ ไม่ส่งอีเมล และไม่แจ้งเตือนเมื่อยังไม่ตอบรับ" in page

    nameless = http.post(url, data=_form(page, agency="unit", unit_name=" ", unit_kind="hospital"), timeout=10)
    assert "กรุณาพิมพ์ชื่อหน่วยงานและเลือกประเภทหน่วยงานค่ะ" in nameless.text
    kindless = http.post(url, data=_form(page, agency="unit", unit_name=WARD, unit_kind=""), timeout=10)
    assert "กรุณาพิมพ์ชื่อหน่วยงานและเลือกประเภทหน่วยงานค่ะ" in kindless.text
    no_reason = http.post(url, data=_form(page, agency="unit", unit_name=WARD, unit_kind="hospital", reason=""))
    assert "กรุณาเลือกหน่วยงาน กรอกเหตุผล" in no_reason.text
    with console.bot.sessions() as session:
        assert session.scalars(select(Referral)).all() == []

    contact = "043-311-000 คุณพยาบาลสมใจ"
    sent = http.post(
        url, data=_form(page, agency="unit", unit_name=WARD, unit_kind="hospital", unit_contact=contact), timeout=10
    )
    assert sent.status_code == 200 and f"บันทึกการส่งต่อเรื่อง A-1 ไปที่{WARD}แล้วค่ะ" in sent.text
    assert f"ส่งต่อหน่วยงาน: {WARD}" in sent.text, "the case page's timeline names the unit"
    with console.bot.sessions() as session:
        referral = session.scalars(select(Referral)).one()
        assert (referral.agency_id, referral.unit_name, referral.unit_contact) == (None, WARD, contact)
        assert (referral.link_nonce, referral.next_reminder_at, referral.mail_due_at) == (None, None, None)
        assert session.scalars(select(Case.status).where(Case.reference == "A-1")).one() == CaseStatus.REFERRED
        audited = session.scalars(select(AuditEntry).where(AuditEntry.subject_id == "A-1")).all()
        assert any(entry.action == "change" and entry.detail.get("attempt") == "refer" for entry in audited)

    listing = http.get(url, timeout=10).text
    assert WARD in listing and f"ติดต่อ: {contact}" in listing
    assert "บันทึกการส่งต่อ (ไม่ได้อยู่ในสมุดรายชื่อ)" in listing
    assert "ลิงก์ของหน่วยงาน</a>" not in listing, "no signed link to offer"

    settle(console.bot)
    to_owner = [item["message"].get("text", "") for item in console.bot.line.messages_to(OWNER)]
    assert any('เปลี่ยนสถานะเรื่อง A-1 ที่คุณรับผิดชอบเป็น "ส่งต่อหน่วยงานอื่นแล้ว"' in said for said in to_owner)
    assert tell_reporters(console.bot) == 1
    to_reporter = "\n".join(item["message"].get("text", "") for item in console.bot.line.messages_to(REPORTER))
    assert f"ส่งต่อให้{WARD}ช่วยดูแล" in to_reporter


def test_a_province_without_agencies_still_offers_the_typed_unit(console: Console) -> None:
    _owned_by_a_colleague(console)
    http = console.sign_in(STAFF_A)
    page = http.get(f"{console.url}/console/cases/A-1/referrals", timeout=10).text
    assert 'id="refer-form"' in page and 'id="typed-unit"' in page
    assert "ยังไม่มีรายชื่อหน่วยงานของจังหวัดนี้" in page


def test_a_typed_unit_in_the_browser(console: Console, browser, tmp_path: Path) -> None:  # noqa: ANN001
    add_agencies(console.bot.sessions)
    _owned_by_a_colleague(console)
    page = browser.new_page(viewport={"width": 1200, "height": 900}, locale="th-TH")
    page.goto(console.url + "/console/login/start")
    page.locator(f'button[data-user-id="{STAFF_A}"]').click()
    page.wait_for_url(console.url + "/console/")
    page.goto(console.url + "/console/cases/A-1/referrals")
    page.locator('select[name="agency"]').select_option("unit")
    page.get_by_label("ชื่อหน่วยงาน เช่น โรงพยาบาลและหอผู้ป่วย").fill(WARD)
    page.locator('select[name="unit_kind"]').select_option("hospital")
    page.get_by_label("โทรศัพท์หรือผู้ติดต่อ (ถ้ามี)").fill("043-311-000")
    page.get_by_label("เหตุผลในการส่งต่อ").fill("ต้องนอนโรงพยาบาลใกล้บ้านลูกสาว")
    page.get_by_label("ขอให้หน่วยงานช่วยดำเนินการ").fill("รับดูแลต่อหลังจำหน่าย")
    page.get_by_label("ชื่อและอายุ").check()
    page.locator('input[name="basis"][value="public_task"]').check()
    page.get_by_role("button", name="ส่งใบส่งต่อ").click()
    page.wait_for_url(console.url + "/console/cases/A-1")
    assert f"บันทึกการส่งต่อเรื่อง A-1 ไปที่{WARD}แล้วค่ะ" in page.content()
    page.goto(console.url + "/console/cases/A-1/referrals")
    row = page.locator("table.queue tbody tr").first
    assert WARD in row.inner_text() and "บันทึกการส่งต่อ (ไม่ได้อยู่ในสมุดรายชื่อ)" in row.inner_text()
    shots = Path(os.environ.get("CONSOLE_SCREENSHOTS") or tmp_path)
    page.screenshot(path=str(shots / "console-referral-free-unit.png"), full_page=True)
