"""The agency's referral page in a real browser (Playwright driving Debian's Chromium): the signed link
opens the package, "received" and then "done" with a note are posted through its forms (CSRF
tokens and all) and reach the case's owner in LINE. Screenshots and the PDF go to
REFERRAL_SCREENSHOTS when set (docs/ holds the README's), else to the test's temporary folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import requests
from sqlalchemy import select

from bot.web.referral_links import agency_url
from dispatch.case_actions import acknowledge
from dispatch.referrals import ReferralRequest, ReferralRules, refer
from models.audit import AuditEntry
from models.base import utcnow
from models.cases import Case
from models.referrals import Agency, Referral
from models.users import User
from tests.bot.chat import Chat
from tests.bot.conftest import STAFF_A, with_centers_and_staff
from tests.bot.scenes import report_case
from tests.referral_support import AGENCY_LINE, add_agencies, csrf_token, local_path, pdf_text, refer_in_chat
from tests.web.conftest import STAFF_A as CONSOLE_STAFF
from tests.web.conftest import STAFF_B as OTHER_CENTER

pytestmark = pytest.mark.in_process

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture
def chromium():  # noqa: ANN201 - playwright's Browser
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
        yield launched
        launched.close()


@pytest.mark.live  # a real browser opens the page over HTTP
def test_the_agency_opens_its_link_acknowledges_and_reports_done(bot, chromium, tmp_path: Path) -> None:  # noqa: ANN001
    shots = Path(os.environ.get("REFERRAL_SCREENSHOTS") or tmp_path)
    bot = with_centers_and_staff(bot)
    add_agencies(bot.sessions)
    reference = report_case(bot)
    staff = Chat(bot, STAFF_A)
    staff.postback(f"action=ack&case={reference}")
    refer_in_chat(staff, reference, parts=("ชื่อและอายุ", "รายละเอียดเรื่อง", "ลำดับเหตุการณ์"))
    pdf = requests.get(bot.url + local_path(staff.buttons()["ดาวน์โหลด PDF"]["uri"]), timeout=20)
    (shots / "referral-form.pdf").write_bytes(pdf.content)
    link = bot.line.wait_for_messages(AGENCY_LINE, 1)[0]["message"]["quickReply"]["items"][0]["action"]["uri"]
    staff._collect()

    page = chromium.new_page(viewport={"width": 1100, "height": 900}, locale="th-TH")
    page.goto(bot.url + local_path(link))
    assert page.locator("h1").inner_text() == f"ใบส่งต่อผู้รับบริการ · {reference}"
    assert page.locator("#referral-state").inner_text() == "ส่งแล้ว รอตอบรับ"
    assert "สมศรี ใจดี" in page.content() and "081-234-5678" not in page.content()
    page.screenshot(path=str(shots / "referral-agency-page.png"), full_page=True)

    page.get_by_role("button", name="ได้รับเรื่องแล้ว").click()
    page.wait_for_selector(".flash")
    assert page.locator("#referral-state").inner_text() == "หน่วยงานได้รับแล้ว"
    page.get_by_label("ดำเนินการเสร็จแล้ว").check()
    page.get_by_label("หมายเหตุถึงศูนย์ (ถ้ามี)").fill("รับยายเข้ารักษาที่หอผู้ป่วยใน 3 แล้ว")
    page.get_by_role("button", name="ส่งผลการดำเนินการ").click()
    page.wait_for_selector("text=บันทึกผลแล้ว")
    assert page.locator("#referral-state").inner_text() == "ดำเนินการแล้ว"
    assert page.locator("#outcome-form").count() == 0
    page.screenshot(path=str(shots / "referral-agency-done.png"), full_page=True)

    told = [m["text"] for m in Chat(bot, STAFF_A)._collect() if m["type"] == "text"]
    assert any("ได้รับใบส่งต่อ" in said for said in told) and any("หอผู้ป่วยใน 3" in said for said in told)
    page.goto(bot.url + local_path(link)[:-4] + "xxxx")
    assert "ไม่พบใบส่งต่อ" in page.locator("h1").inner_text()


def test_staff_see_download_and_withdraw_a_cases_referrals_in_the_console(console) -> None:  # noqa: ANN001
    add_agencies(console.bot.sessions)
    with console.bot.sessions.begin() as session:
        staff = session.scalars(select(User).where(User.line_user_id == CONSOLE_STAFF)).one()
        acknowledge(session, staff, "A-1", utcnow())
        agency = session.scalars(select(Agency).where(Agency.code == "KK-H1")).one()
        wanted = ReferralRequest(agency.id, "ต้องการแพทย์", "เยี่ยมบ้าน", ("photos", "person"), "vital_interest")
        referral = refer(session, staff, "A-1", wanted, utcnow(), ReferralRules()).referral
        referral_id, nonce = referral.id, referral.link_nonce

    http = console.sign_in(CONSOLE_STAFF)
    listing = http.get(f"{console.url}/console/cases/A-1/referrals", timeout=10)
    assert listing.status_code == 200 and "โรงพยาบาลขอนแก่น" in listing.text and "ส่งแล้ว รอตอบรับ" in listing.text
    pdf = http.get(f"{console.url}/console/cases/A-1/referrals/{referral_id}.pdf", timeout=20)
    shown = pdf_text(pdf.content)
    assert "A-1" in shown and "ยายมา ใจดี" in shown and "ไม่มีอาหาร" not in shown and "0812345678" not in shown
    assert http.get(console.url + "/console/cases/A-1", timeout=10).text.count("/console/cases/A-1/referrals") == 1

    outsider = console.sign_in(OTHER_CENTER)
    assert outsider.get(f"{console.url}/console/cases/A-1/referrals", timeout=10).status_code == 404
    assert outsider.get(f"{console.url}/console/cases/A-1/referrals/{referral_id}.pdf", timeout=10).status_code == 404

    withdrawn = http.post(
        f"{console.url}/console/cases/A-1/referrals/{referral_id}/withdraw",
        data={"csrf_token": csrf_token(listing.text)},
        timeout=10,
    )
    assert withdrawn.status_code == 200 and "ถอนแล้ว" in withdrawn.text
    dead = agency_url(console.bot.app.config["BOT_SETTINGS"], referral_id, nonce)
    assert requests.get(dead, timeout=10).status_code == 404
    with console.bot.sessions() as session:
        downloads = session.scalars(select(AuditEntry).where(AuditEntry.action == "download")).all()
    assert [(entry.channel, entry.subject_id) for entry in downloads] == [("console", str(referral_id))]


def test_staff_refer_a_case_from_the_console_form(console) -> None:  # noqa: ANN001
    add_agencies(console.bot.sessions)
    with console.bot.sessions.begin() as session:
        staff = session.scalars(select(User).where(User.line_user_id == CONSOLE_STAFF)).one()
        acknowledge(session, staff, "A-1", utcnow())
        agency_id = session.scalars(select(Agency.id).where(Agency.code == "KK-H2")).one()
    http = console.sign_in(CONSOLE_STAFF)
    page = http.get(f"{console.url}/console/cases/A-1/referrals", timeout=10)
    assert 'id="refer-form"' in page.text and "โรงพยาบาลศรีนครินทร์" in page.text
    incomplete = http.post(
        f"{console.url}/console/cases/A-1/referrals", data={"csrf_token": csrf_token(page.text)}, timeout=10
    )
    assert "กรุณาเลือกหน่วยงาน" in incomplete.text
    sent = http.post(
        f"{console.url}/console/cases/A-1/referrals",
        data={
            "csrf_token": csrf_token(page.text),
            "agency": str(agency_id),
            "reason": "ต้องการแพทย์ประเมิน",
            "request": "เยี่ยมบ้านภายในสัปดาห์นี้",
            "parts": ["needs", "address"],
            "basis": "vital_interest",
        },
        timeout=10,
    )
    assert sent.status_code == 200 and "ส่งใบส่งต่อเรื่อง A-1 ถึงโรงพยาบาลศรีนครินทร์แล้วค่ะ" in sent.text
    with console.bot.sessions() as session:
        referral = session.scalars(select(Referral)).one()
        assert (referral.parts, referral.lawful_basis) == (["address", "needs"], "vital_interest")
        assert session.scalars(select(Case.status).where(Case.reference == "A-1")).one() == "referred"
