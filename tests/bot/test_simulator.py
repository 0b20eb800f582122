"""The web simulator in a real browser (Playwright driving Debian's Chromium), against the bot: a
citizen reports from one phone (rich menu, quick replies, a point on the map, a photo file) while a
staff phone beside it receives the case card live, takes the case from the card and opens เคสใหม่
from the rich menu image; the sweeps button pushes the reporter's news to the citizen phone without a
reload. Then every message the bot sent to each phone is on it, drawn (nothing dropped, nothing the
renderer could not draw). Screenshots go to SIMULATOR_SCREENSHOTS when set (docs/ holds the
README's), else to the test's temporary folder."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from bot.dev.simulator_people import PEOPLE, SimulatorPeople, languages
from bot.line.line_client import LineClient
from bot.line.rich_menu_sync import sync_rich_menus
from bot.workers.runtime import scheduled_jobs
from dispatch.centers_import import load_demo_centers
from dispatch.menus import MenuRole, menu_role
from models.base import utcnow
from models.cases import Case, Media
from models.centers import Invite
from models.users import User
from tests.bot.chat import settle
from tests.helpers import loaded_image_width

CITIZEN, STAFF, VOLUNTEER, SUPERVISOR = (person.user_id for person in PEOPLE)


@pytest.fixture
def simulator(make_bot, emulator):  # noqa: ANN001, ANN201 - fixtures of tests/conftest.py
    """The bot with the demo centers, its rich menus on the emulator, the simulator's people enrolled."""
    bot = make_bot()
    with bot.sessions.begin() as session:
        load_demo_centers(session, utcnow())
    line = LineClient(bot.settings)
    sync_rich_menus(bot.sessions, line)
    line.close()
    people = SimulatorPeople(bot.settings, bot.sessions, emulator.client, scheduled_jobs(bot.settings))
    people.start()
    emulator.simulator.hooks = people.hooks()
    settle(bot)
    return bot


def _photo(path: Path) -> Path:
    image = Image.new("RGB", (320, 240), "#9fd3f5")
    image.paste("#5aa85a", (0, 160, 320, 240))
    out = io.BytesIO()
    image.save(out, "PNG")
    path.write_bytes(out.getvalue())
    return path


def test_a_citizen_reports_and_a_staff_phone_beside_it_takes_the_case(simulator, browser, tmp_path: Path) -> None:  # noqa: ANN001
    bot = simulator
    shots = Path(os.environ.get("SIMULATOR_SCREENSHOTS") or tmp_path)
    page = browser.new_page(viewport={"width": 1500, "height": 900}, locale="th-TH")
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{bot.emulator.base_url}/simulator/#phones={CITIZEN},{STAFF},{VOLUNTEER}")
    citizen = page.locator(f'.phone[data-user-id="{CITIZEN}"]')
    staff = page.locator(f'.phone[data-user-id="{STAFF}"]')

    def tap(label: str) -> None:
        citizen.locator(".quick-reply", has_text=label).click()

    def bot_says(phone, text: str) -> None:  # noqa: ANN001
        phone.locator(".row.bot", has_text=text).last.wait_for()

    def type_in(text: str) -> None:
        if not citizen.get_by_label("message").is_visible():
            citizen.locator(".keyboard-toggle").click()  # the rich menu gives way to the keyboard
        citizen.get_by_label("message").fill(text)
        citizen.get_by_label("message").press("Enter")

    citizen.get_by_role("button", name="Add friend").click()
    bot_says(citizen, "เริ่มแจ้งเรื่อง")
    assert loaded_image_width(citizen.locator(".rich-menu-image")) == 2500
    citizen.locator('.rich-menu-area[aria-label="แจ้งขอความช่วยเหลือ"]').click()
    bot_says(citizen, "หมดสติ")
    citizen.locator(".row.me", has_text="แจ้งขอความช่วยเหลือ").wait_for()  # the area's displayText
    for answer, question in (
        ("ไม่มี", "ใครต้องการความช่วยเหลือ"),
        ("เพื่อนบ้านหรือคนอื่น", "กลุ่มใด"),
        ("ผู้ป่วยติดเตียง", "ด้านใดบ้าง"),
        ("อาหาร/ถุงยังชีพ", "เลือกแล้ว"),
        ("เสร็จแล้ว", "อยู่ที่ไหน"),
    ):
        tap(answer)
        bot_says(citizen, question)

    tap("ส่งตำแหน่ง")  # a location quick reply: the map picker
    picker = page.get_by_role("dialog", name="Share a location")
    picker.locator(".picker-map").click(position={"x": 200, "y": 120})
    latitude = float(picker.get_by_label("latitude").input_value())
    page.screenshot(path=str(shots / "simulator-map.png"))
    picker.get_by_role("button", name="Send location").click()
    bot_says(citizen, "ชื่ออะไร")
    assert citizen.locator(".row.me .mini-map").count() == 1
    type_in("ยายสมศรี ใจดี")
    bot_says(citizen, "อายุประมาณกี่ปี")
    type_in("82")
    bot_says(citizen, "เล่าสั้น ๆ")
    type_in("ยายอยู่บ้านคนเดียว ลุกจากเตียงไม่ได้")
    bot_says(citizen, "มีรูปภาพประกอบไหม")
    with page.expect_file_chooser() as chooser:
        tap("ถ่ายรูป")  # a camera quick reply: a photo file
    chooser.value.set_files(str(_photo(tmp_path / "photo.png")))
    bot_says(citizen, "เบอร์โทรศัพท์")
    assert loaded_image_width(citizen.locator(".row.me img")) == 320
    type_in("081-234-5678")
    bot_says(citizen, "ยินยอม")
    tap("เจ้าตัวให้ความยินยอมไม่ได้")
    bot_says(citizen, "ตรวจสอบข้อมูล")
    citizen.locator(".fx-button", has_text="ยืนยันส่งเรื่อง").last.click()
    bot_says(citizen, "ส่งเรื่องเรียบร้อยแล้ว")
    settle(bot)
    with bot.sessions() as session:
        case = session.scalars(select(Case)).one()
        photos = session.scalars(select(Media).where(Media.case_id == case.id)).all()
    assert abs(case.latitude - latitude) < 1e-4 and len(photos) == 1

    # The staff phone beside it got the card live, and takes the case from it.
    card = staff.locator(".flex-message", has_text=case.reference).last
    card.wait_for()
    card.locator(".fx-button", has_text="รับเรื่อง").click()
    bot_says(staff, f"คุณรับเรื่อง {case.reference} แล้ว")
    staff.locator('.rich-menu-area[aria-label="เคสใหม่"]').click()
    staff.locator(".row.me", has_text="เคสใหม่").wait_for()  # the area's displayText
    bot_says(staff, "ไม่มีเรื่องใหม่")  # the one new case was just taken

    # The reporter's news arrives as a push on the citizen phone, without a reload.
    pushes_before = citizen.locator('.row.bot[data-via="push"]').count()
    page.get_by_role("button", name="Run the sweeps now").click()
    page.locator("#sweeps-result", has_text="reporter_news: 1").wait_for()
    citizen.locator('.row.bot[data-via="push"]').nth(pushes_before).wait_for()
    assert case.reference in citizen.locator('.row.bot[data-via="push"]').last.inner_text()
    page.screenshot(path=str(shots / "simulator.png"))

    # Every button of every role's rich menu answers, and every message each phone was sent is on
    # it, drawn: nothing dropped, nothing the renderer could not draw, nothing LINE refused.
    state = bot.emulator.emulator.state
    for person in PEOPLE:
        menu = state.rich_menus.menus[state.rich_menus.user_links.get(person.user_id) or state.rich_menus.default_menu]
        for area in menu.definition["areas"]:
            if area["action"]["type"] == "postback":
                action = area["action"]
                bot.line.send(person.user_id, "postback", data=action["data"], displayText=action["displayText"])
    settle(bot)
    for person in (VOLUNTEER, SUPERVISOR):
        page.get_by_label("Phone for").select_option(person)
        page.get_by_role("button", name="Open phone").click()
    for user_id in (CITIZEN, STAFF, VOLUNTEER, SUPERVISOR):
        phone = page.locator(f'.phone[data-user-id="{user_id}"]')
        sent = bot.line.messages_to(user_id)
        phone.locator(".row.bot[data-seq]").nth(len(sent) - 1).wait_for()
        assert phone.locator(".row.bot[data-seq]").count() == len(sent)
        drawn = phone.locator(".row.bot[data-seq]").evaluate_all("rows => rows.map(row => row.innerText.trim())")
        assert all(drawn), [message["message"] for message, text in zip(sent, drawn, strict=True) if not text]
    assert page.locator(".unsupported").count() == 0
    assert page.locator(".refused-row").count() == 0 and page.locator(".call.refused").count() == 0
    assert not errors


def test_people_made_in_the_simulator_are_enrolled_as_real_people_and_kept(make_bot, emulator, tmp_path) -> None:  # noqa: ANN001
    bot = make_bot()
    with bot.sessions.begin() as session:
        load_demo_centers(session, utcnow())
    store = tmp_path / "people.json"
    people = SimulatorPeople(bot.settings, bot.sessions, emulator.client, store=store)
    people.start()
    made = {role: people.enrol_new(role, f"ทดลอง {role}", "en") for role in ("staff", "volunteer", "supervisor")}
    settle(bot)
    with bot.sessions() as session:
        roles = {
            role: menu_role(session, session.scalar(select(User.id).where(User.line_user_id == person.user_id)))
            for role, person in made.items()
        }
    assert roles == {"staff": MenuRole.STAFF, "volunteer": MenuRole.VOLUNTEER, "supervisor": MenuRole.SUPERVISOR}
    assert "You are now staff of" in str(bot.line.messages_to(made["staff"].user_id))  # the invite code, in English

    def invites() -> int:
        with bot.sessions() as session:
            return session.scalar(select(func.count()).select_from(Invite))

    issued = invites()
    again = SimulatorPeople(bot.settings, bot.sessions, emulator.client, store=store)
    again.start()  # a restart: nobody is enrolled twice, everybody is back in the picker
    assert invites() == issued
    assert set(again.people) == {person.user_id for person in (*PEOPLE, *made.values())}
    assert [person.role for person in again.hooks().personas()][-3:] == ["staff", "volunteer", "supervisor"]


def test_the_phones_language_menu_offers_every_language_the_bot_greets_in() -> None:
    """Burmese and Lao live in their own catalogue modules: a phone can be set to them, and then gets
    the Burmese or Lao greeting and citizen menu when it adds the bot."""
    assert languages() == ("th", "en", "my", "lo")
