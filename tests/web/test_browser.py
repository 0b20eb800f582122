"""The console in a real browser (Playwright driving Debian's Chromium): sign in through the
emulator's LINE Login page, filter the queue, open a case, see its photo and map pin, acknowledge it
(the reporter hears of it in the emulator), download the CSV. Screenshots go to CONSOLE_SCREENSHOTS
when set (docs/ holds the README's), else to the test's temporary folder."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest

from tests.bot.scenes import tell_reporters
from tests.web.conftest import REPORTER, STAFF_A, Console

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--no-first-run",
]  # fmt: skip


@pytest.fixture
def browser():  # noqa: ANN201 - playwright's Browser
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing (apt-get install -y chromium; .ci/run installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


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
    assert page.locator("#case-pin").count() == 1 and page.locator("#center-pin").count() == 1
    photo = page.locator("img.photo").first
    assert photo.evaluate("image => image.complete && image.naturalWidth") == 240

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

    page.get_by_role("link", name="ภาพรวม").click()
    assert page.locator("#open-total").inner_text() == "2"
    page.screenshot(path=str(shots / "console-dashboard.png"), full_page=True)
    page.get_by_role("link", name="ศูนย์และเจ้าหน้าที่").click()
    assert page.locator("#center-KK01").count() == 1 and page.locator("#center-KK02").count() == 0
    assert "สมศรี" in page.locator("#center-KK01").inner_text()  # her name, from LINE Login
    page.screenshot(path=str(shots / "console-centers.png"), full_page=True)

    phone = browser.new_page(viewport={"width": 390, "height": 844}, locale="th-TH")
    phone.context.add_cookies(page.context.cookies())
    phone.goto(console.url + "/console/cases/A-1")
    assert phone.locator("#case-pin").count() == 1
    phone.screenshot(path=str(shots / "console-case-phone.png"), full_page=True)
