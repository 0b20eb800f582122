"""The console in a real browser (Playwright driving Debian's Chromium): sign in through the
emulator's LINE Login page, filter the queue, open a case, see its photo and map pin, acknowledge it
(the reporter hears of it in the emulator), download the CSV. Screenshots go to CONSOLE_SCREENSHOTS
when set (docs/ holds the README's), else to the test's temporary folder."""

from __future__ import annotations

import csv
import io
import os
from datetime import datetime
from pathlib import Path

from openpyxl import load_workbook

from bot.speech.thai_dates import BANGKOK
from tests.bot.scenes import tell_reporters
from tests.factories import registered_person
from tests.helpers import loaded_image_width
from tests.web.conftest import ADMIN, REPORTER, STAFF_A, Console


def test_staff_work_a_case_in_the_browser(console: Console, browser, tmp_path: Path) -> None:  # noqa: ANN001
    shots = Path(os.environ.get("CONSOLE_SCREENSHOTS") or tmp_path)
    page = browser.new_page(viewport={"width": 1200, "height": 900}, accept_downloads=True, locale="th-TH")
    page.goto(console.url + "/console/")
    assert page.url.endswith("/console/login")
    page.screenshot(path=str(shots / "console-login.png"), full_page=True)
    page.get_by_role("link", name="เข้าสู่ระบบด้วย LINE").click()
    page.locator(f'button[data-user-id="{STAFF_A}"]').click()  # the emulator's LINE Login page
    page.wait_for_url(console.url + "/console/")
    assert page.locator("#count").inner_text() == "แสดง 1–2 จากทั้งหมด 2 เรื่อง"
    page.screenshot(path=str(shots / "console-queue.png"), full_page=True)

    page.get_by_label("ความเร่งด่วน").select_option("urgent")
    page.get_by_role("button", name="แสดง").click()
    assert page.locator("#count").inner_text() == "แสดง 1–1 จากทั้งหมด 1 เรื่อง"
    page.get_by_role("link", name="A-1").click()
    assert page.locator("#case-status").inner_text() == "ส่งถึงศูนย์แล้ว รอรับเรื่อง"
    page.wait_for_selector("#case-map[data-points='2']")  # Leaflet drew the case and its center, with no tiles
    assert (
        page.locator("#case-map path.map-case").count() == 1 and page.locator("#case-map path.map-center").count() == 1
    )
    photo = page.locator("img.photo").first
    assert loaded_image_width(photo) == 240

    page.get_by_role("button", name="รับเรื่อง").click()
    page.wait_for_selector(".flash")
    assert "A-1" in page.locator(".flash").inner_text()
    assert page.locator("#case-status").inner_text() == "เจ้าหน้าที่รับเรื่องแล้ว"
    page.screenshot(path=str(shots / "console-case.png"), full_page=True)
    assert tell_reporters(console.bot) == 1
    assert "A-1" in str(console.bot.line.wait_for_messages(REPORTER, 1, timeout=10))

    page.get_by_role("link", name="« กลับไปรายการเคส").click()
    with page.expect_download() as download:
        page.get_by_role("link", name="ส่งออก CSV").click()
    rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8-sig"))))
    assert sorted(row["reference"] for row in rows) == ["A-1", "A-2"]
    with page.expect_download() as download:
        page.get_by_role("link", name="ส่งออก Excel", exact=True).click()
    download.value.save_as(tmp_path / "cases.xlsx")
    sheet = load_workbook(tmp_path / "cases.xlsx", read_only=True).worksheets[0]
    assert sorted(row[0] for row in sheet.iter_rows(min_row=2, values_only=True)) == ["A-1", "A-2"]

    page.get_by_role("link", name="ภาพรวม").click()
    assert page.locator("#open-total").inner_text() == "2"
    page.get_by_role("link", name="ศูนย์และเจ้าหน้าที่").click()
    assert page.locator("#center-KK01").count() == 1 and page.locator("#center-KK02").count() == 0
    assert "สมศรี" in page.locator("#center-KK01").inner_text()  # her name, from LINE Login
    page.screenshot(path=str(shots / "console-centers.png"), full_page=True)

    phone = browser.new_page(viewport={"width": 390, "height": 844}, locale="th-TH")
    phone.context.add_cookies(page.context.cookies())
    phone.goto(console.url + "/console/cases/A-1")
    phone.wait_for_selector("#case-map path.map-case")
    phone.screenshot(path=str(shots / "console-case-phone.png"), full_page=True)


def test_a_province_admin_maps_audits_and_stops_a_center(console: Console, browser, tmp_path: Path) -> None:  # noqa: ANN001
    shots = Path(os.environ.get("CONSOLE_SCREENSHOTS") or tmp_path)
    page = browser.new_page(viewport={"width": 1200, "height": 900}, accept_downloads=True, locale="th-TH")
    page.goto(console.url + "/console/login/start")
    page.locator(f'button[data-user-id="{ADMIN}"]').click()
    page.wait_for_url(console.url + "/console/")

    _add_placed_cases(console, 40)
    page.get_by_role("link", name="แผนที่").click()
    page.wait_for_selector("#cases-map[data-points='43']")  # A-1, 40 more, the two centers; no tiles
    assert page.locator("#cases-map .map-cluster").count() >= 1  # near ones are clustered
    assert page.locator("#cases-map path.map-center").count() == 2
    assert page.locator("#cases-map img.leaflet-tile").count() == 0
    page.screenshot(path=str(shots / "console-map.png"), full_page=True)

    answer = page.goto(console.url + "/console/cases/C-1")  # Chiang Mai: not this province
    assert answer.status == 404 and "ไม่พบข้อมูล" in page.content()
    page.goto(console.url + "/console/audit?action=refused")
    assert "C-1" in page.locator("table.queue").inner_text()
    page.screenshot(path=str(shots / "console-audit.png"), full_page=True)

    page.goto(console.url + "/console/centers/KK02")
    page.get_by_role("button", name="ปิดรับเคสใหม่").click()
    page.wait_for_selector(".flash")
    assert page.locator("#center-state").inner_text() == "ปิดรับเคสใหม่"
    assert "B-1" in page.locator("#open-cases").inner_text()
    page.screenshot(path=str(shots / "console-center.png"), full_page=True)

    page.get_by_role("link", name="รายงานประจำเดือน").click()
    this_month = datetime.now(BANGKOK).strftime("%Y-%m")  # the seeded cases are of the last days
    page.goto(console.url + f"/console/report?month={this_month}")
    assert page.locator("#report tbody tr").count() == 2  # KK01 and KK02: the province's centers
    page.screenshot(path=str(shots / "console-report.png"), full_page=True)


def _add_placed_cases(console: Console, count: int) -> None:
    """Cases with a pin scattered around Khon Kaen's two centers, of every urgency, some overdue."""
    from datetime import timedelta

    from sqlalchemy import select

    from models.base import utcnow
    from models.cases import Case
    from models.centers import Center
    from tests.factories import new_case

    now = utcnow()
    with console.bot.sessions.begin() as session:
        centers = list(session.scalars(select(Center).where(Center.province_code == "40").order_by(Center.code)))
        reporter = session.scalar(select(Case.reporter_user_id).where(Case.reference == "A-1"))
        for index in range(count):
            center = centers[index % 2]
            made = now - timedelta(hours=index * 3)
            new_case(
                session, center, reporter, f"P-{index}", urgency=("urgent", "high", "normal", "normal")[index % 4],
                created_at=made, ack_due_at=made + timedelta(hours=24) if index % 5 == 0 else now + timedelta(hours=12),
                latitude=center.latitude + ((index * 37) % 100 - 50) / 800, longitude=center.longitude + ((index * 53) % 100 - 50) / 800,
            )  # fmt: skip


def test_the_register_map_draws_the_households_by_number(console: Console, browser, tmp_path: Path) -> None:  # noqa: ANN001
    shots = Path(os.environ.get("CONSOLE_SCREENSHOTS") or tmp_path)
    with console.bot.sessions.begin() as session:
        late = datetime(2020, 1, 1, tzinfo=BANGKOK)
        for n, (latitude, longitude) in enumerate(((16.40, 102.80), (16.45, 102.86), (16.38, 102.88))):
            registered_person(
                session, "KK01", f"คนที่ {n}", now=late if n == 0 else None, latitude=latitude, longitude=longitude
            )
    page = browser.new_page(viewport={"width": 1200, "height": 900}, locale="th-TH")
    page.goto(console.url + "/console/login/start")
    page.locator(f'button[data-user-id="{STAFF_A}"]').click()
    page.wait_for_url(console.url + "/console/")
    page.goto(console.url + "/console/register/")
    page.wait_for_selector("#register-map[data-points='4']")  # three households and the center; no tiles
    assert page.locator("#register-map path.map-household").count() == 3
    assert page.locator("#register-map img.leaflet-tile").count() == 0
    page.locator("#register-map").scroll_into_view_if_needed()
    page.screenshot(path=str(shots / "console-register-map.png"), full_page=True)


def test_a_babys_age_reads_under_one_year_on_the_case_page(console: Console, browser, tmp_path: Path) -> None:  # noqa: ANN001
    from sqlalchemy import update

    from models.cases import Case

    with console.bot.sessions.begin() as session:
        session.execute(update(Case).where(Case.reference == "A-1").values(person_age=0))
    shots = Path(os.environ.get("CONSOLE_SCREENSHOTS") or tmp_path)
    page = browser.new_page(viewport={"width": 1200, "height": 900}, locale="th-TH")
    page.goto(console.url + "/console/login/start")
    page.locator(f'button[data-user-id="{STAFF_A}"]').click()
    page.wait_for_url(console.url + "/console/")
    page.goto(console.url + "/console/cases/A-1")
    assert "ยายมา ใจดี · ไม่ถึง 1 ขวบ" in page.locator("dl").first.inner_text()
    page.screenshot(path=str(shots / "console-case-baby-age.png"), full_page=True)
