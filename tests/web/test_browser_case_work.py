"""The console's case actions beyond the status, its dashboard and the way in from LINE, in a real
browser (Playwright driving Debian's Chromium, as tests/web/test_browser.py): a staff member opens a
case from the เปิดในเว็บ button of its card in chat (in LINE's in-app browser, signing in on the way
lands on that case), offers it to a volunteer (the volunteer gets the offer in the emulator) and
merges another report into it (both cases show it; the reporter is told). The dashboard shows the
figures of seeded cases, whose expected medians are worked out here with statistics.median.
Screenshots go to CONSOLE_SCREENSHOTS when set (docs/ holds the README's), else to tmp_path."""

from __future__ import annotations

import os
import statistics
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import select

from bot.postbacks import Postback
from models.base import utcnow
from models.cases import CaseEvent, CaseStatus
from models.centers import Center
from models.users import User, get_or_create_user
from models.volunteers import OfferState, VolunteerOffer
from tests.bot.chat import Chat
from tests.bot.scenes import tell_reporters
from tests.factories import approved_volunteer, new_case
from tests.web.conftest import REPORTER, STAFF_A, Console

VOLUNTEER = "Uvolunteer0000000000000000000001"
IN_LINE = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Mobile Safari/537.36 Line/14.19.1"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1200, "height": 900}


def _shots(tmp_path: Path) -> Path:
    return Path(os.environ.get("CONSOLE_SCREENSHOTS") or tmp_path)


def _volunteer_near_a1(console: Console) -> None:
    with console.bot.sessions.begin() as session:
        volunteer = approved_volunteer(session, VOLUNTEER, "KK01", (16.452, 102.842), "สมปอง ใจงาม")
        session.get(User, volunteer.user_id).following = True  # offers go only to volunteers who follow


def test_staff_open_a_case_from_chat_offer_it_to_a_volunteer_and_merge_a_duplicate(
    console: Console,
    browser,  # noqa: ANN001
    tmp_path: Path,
) -> None:
    _volunteer_near_a1(console)
    staff = Chat(console.bot, STAFF_A)
    staff.postback(Postback("case", case="A-1").data)  # the staff's case card in chat
    link = staff.buttons()["เปิดในเว็บ"]
    assert link["type"] == "uri"
    assert link["uri"] == console.bot.settings.public_base_url.rstrip("/") + "/console/cases/A-1"

    # LINE opens the link in its in-app browser: straight to LINE Login, then to the case itself.
    context = browser.new_context(viewport=PHONE, user_agent=IN_LINE, locale="th-TH")
    phone = context.new_page()
    phone.goto(console.url + urlsplit(link["uri"]).path)
    phone.locator(f'button[data-user-id="{STAFF_A}"]').click()  # the emulator's LINE Login page
    phone.wait_for_url(console.url + "/console/cases/A-1")
    assert phone.locator("#case-status").inner_text() == "ส่งถึงศูนย์แล้ว รอรับเรื่อง"
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]  # no sideways scrolling

    page = context.new_page()
    page.set_viewport_size(DESKTOP)
    page.goto(console.url + "/console/cases/A-1")
    assert page.locator("#volunteer-form option").all_inner_texts() == ["ใกล้ที่สุดที่ว่าง", "สมปอง ใจงาม · 0.3 กม."]
    page.screenshot(path=str(_shots(tmp_path) / "console-case-actions.png"), full_page=True)

    phone.get_by_label("มอบหมายอาสาสมัคร").select_option(label="สมปอง ใจงาม · 0.3 กม.")
    phone.get_by_role("button", name="ส่งงานให้อาสา").click()
    phone.wait_for_selector(".flash")
    assert "เสนองานเรื่อง A-1 ให้อาสาสมัคร" in phone.locator(".flash").inner_text()
    assert phone.locator("#volunteer").inner_text() == "เสนองานให้ สมปอง ใจงาม แล้ว รอตอบรับ"
    offer = console.bot.line.wait_for_messages(VOLUNTEER, 2, timeout=10)  # the intro and the offer card
    assert "มีงานเยี่ยมบ้านใกล้คุณค่ะ" in str(offer) and "ข้อเสนองานเยี่ยมบ้าน" in str(offer)
    phone.screenshot(path=str(_shots(tmp_path) / "console-case-actions-phone.png"), full_page=True)

    page.goto(console.url + "/console/cases/A-2")
    page.get_by_label("เรื่องนี้ซ้ำกับเรื่องเลขที่").fill("a-1")
    page.get_by_role("button", name="รวมเป็นเรื่องซ้ำ").click()
    page.wait_for_selector(".flash")
    assert "A-2" in page.locator(".flash").inner_text() and "A-1" in page.locator(".flash").inner_text()
    assert page.locator("#duplicate-of").inner_text() == "A-1"
    assert page.locator("#case-status").inner_text() == "ปิดเรื่องแล้ว"
    page.locator("#duplicate-of a").click()
    page.wait_for_url(console.url + "/console/cases/A-1")
    assert page.locator("#duplicates").inner_text() == "A-2"
    assert "A-2" in page.locator("#timeline").inner_text()  # the second report, in the original's timeline
    page.screenshot(path=str(_shots(tmp_path) / "console-case-merged.png"), full_page=True)
    assert tell_reporters(console.bot) == 1
    assert "A-2" in str(console.bot.line.wait_for_messages(REPORTER, 1, timeout=10))
    context.close()


# -- the dashboard ------------------------------------------------------------------------------------

# Normal-urgency cases of KK01: (days ago reported, hours to acknowledge, hours to a visit step or None,
# rating or None). The normal deadlines are 24 h and 168 h (config.py's deadline_hours).
SEEDED = [(2, 1, 10, 5), (3, 3, 20, 2), (9, 8, None, None)]


def _seed_dashboard(console: Console) -> None:
    now = utcnow()
    with console.bot.sessions.begin() as session:
        center = session.scalars(select(Center).where(Center.code == "KK01")).one()
        reporter = get_or_create_user(session, REPORTER, now).id
        for number, (days, ack, visit, rating) in enumerate(SEEDED, start=1):
            created = now - timedelta(days=days)
            case = new_case(
                session, center, reporter, f"S-{number}", created_at=created, status=CaseStatus.ACKNOWLEDGED,
                ack_due_at=created + timedelta(hours=24), visit_due_at=created + timedelta(hours=168),
                acknowledged_at=created + timedelta(hours=ack), rating=rating,
            )  # fmt: skip
            if visit is not None:
                session.add(
                    CaseEvent(case_id=case.id, kind="status", from_status="acknowledged", to_status="visiting",
                              at=created + timedelta(hours=visit), detail={})
                )  # fmt: skip
            if number == 1:
                volunteer = approved_volunteer(session, VOLUNTEER, "KK01", (16.452, 102.842), "สมปอง ใจงาม")
                session.add(
                    VolunteerOffer(case_id=case.id, volunteer_id=volunteer.id, state=OfferState.ACCEPTED,
                                   distance_km=0.3, offered_at=now - timedelta(days=1),
                                   expires_at=now - timedelta(hours=20), answered_at=now - timedelta(hours=23))
                )  # fmt: skip


def test_the_dashboard_shows_the_seeded_figures_on_a_pc_and_a_phone(
    console: Console,
    browser,  # noqa: ANN001
    tmp_path: Path,
) -> None:
    _seed_dashboard(console)
    acks = [ack for _, ack, _, _ in SEEDED]
    visits = [visit for _, _, visit, _ in SEEDED if visit is not None]
    ratings = [rating for *_, rating in SEEDED if rating is not None]
    page = browser.new_page(viewport=DESKTOP, locale="th-TH")
    page.goto(console.url + "/console/login/start")
    page.locator(f'button[data-user-id="{STAFF_A}"]').click()
    page.wait_for_url(console.url + "/console/")
    page.get_by_role("link", name="ภาพรวม").click()

    normal = page.locator("#sla-normal")
    assert normal.locator(".median-ack").inner_text() == f"{statistics.median(acks):.1f} ชม."
    assert normal.locator(".median-visit").inner_text() == f"{statistics.median(visits):.1f} ชม."
    assert normal.locator(".ack-share").inner_text() == "100% (3/3)"  # A-2, reported now, is not yet due
    assert normal.locator(".visit-share").inner_text() == "67% (2/3)"  # S-3 missed its week
    assert "24.0 ชม." in normal.inner_text() and "7.0 วัน" in normal.inner_text()  # the deadlines beside them
    urgent = page.locator("#sla-urgent")  # both deadlines passed, nothing done
    assert urgent.locator(".ack-share").inner_text() == "0% (0/1)"
    assert urgent.locator(".median-ack").inner_text() == "-"
    assert page.locator("#rating").inner_text() == f"{statistics.mean(ratings):.1f}"
    assert page.locator("#rating-count").inner_text() == f"จาก {len(ratings)} คะแนน"
    assert page.locator("#volunteers-active").inner_text() == "1"
    assert page.locator("#open-total").inner_text() == "5"  # and S-1..3
    period = page.locator("#period").inner_text()
    assert f"{utcnow().year + 543}" in period  # Buddhist-era dates
    page.wait_for_selector("#weeks-chart[data-drawn='1']")  # Chart.js drew
    page.wait_for_selector("#sla-chart[data-drawn='1']")
    weeks = page.locator("#weeks tbody tr")
    assert weeks.count() == 8
    assert sum(int(weeks.nth(i).locator("td").first.inner_text()) for i in range(8)) == 5
    page.screenshot(path=str(_shots(tmp_path) / "console-dashboard.png"), full_page=True)

    phone = browser.new_page(viewport=PHONE, locale="th-TH")
    phone.context.add_cookies(page.context.cookies())
    phone.goto(console.url + "/console/dashboard")
    phone.wait_for_selector("#sla-chart[data-drawn='1']")
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]  # wide tables scroll alone
    phone.screenshot(path=str(_shots(tmp_path) / "console-dashboard-phone.png"), full_page=True)

    bare = browser.new_page(viewport=PHONE, locale="th-TH", java_script_enabled=False)
    bare.context.add_cookies(page.context.cookies())
    bare.goto(console.url + "/console/dashboard")
    assert bare.locator("#sla-normal .median-ack").inner_text() == f"{statistics.median(acks):.1f} ชม."
    assert not bare.locator("#sla-chart").is_visible()  # no empty chart box without JavaScript
