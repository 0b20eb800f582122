"""Rich menus per role: images within LINE's rules and readable Thai; `richmenu sync` creates each
menu once, and a LINE failure leaves the menus in use as they were; enrolment links the staff menu
at once, through LINE outages; losing the role unlinks it."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest
from PIL import Image, ImageDraw, ImageFont
from sqlalchemy import select, update

import bot.line.graphemes as grapheme
from bot.line import rich_menus
from bot.line.rich_menus import LETTERING, MENUS, PALETTES, build_menu, font, font_path, layout
from bot.speech.texts import TEXTS
from bot.workers.menu_links import MenuLinkWorker
from dispatch.menus import MenuKey, MenuRole, menu_changed
from dispatch.staffing import issue_invite
from line_emulator import validate_rich_menu
from line_emulator.images import image_dimensions
from models.base import utcnow
from models.centers import StaffMembership, StaffRole
from models.richmenus import MenuLinkState, UserMenuLink
from models.users import User, get_or_create_user
from tests.bot.chat import Chat
from tests.bot.line_menus import LineView
from tests.bot.scenes import KHON_KAEN, add_center
from tests.helpers import wait_until

pytestmark = pytest.mark.in_process

STAFF_USER = "Ustaffmenu000000000000000000000001"
CENTER_NAME = "ศูนย์ช่วยเหลือสังคมตำบลในเมือง"


def sync(bot) -> object:
    return bot.app.test_cli_runner().invoke(args=["richmenu", "sync"])


def creations(bot) -> list[dict]:
    return [c for c in bot.line.calls("/v2/bot/richmenu") if c["method"] == "POST" and c["path"] == "/v2/bot/richmenu"]


def enrol(bot, user_id: str = STAFF_USER) -> Chat:
    add_center(bot.sessions, "KK01", CENTER_NAME, "400101", KHON_KAEN, "043000001")
    with bot.sessions.begin() as session:
        code = issue_invite(session, "KK01", utcnow())
    chat = Chat(bot, user_id)
    chat.say(code)
    assert CENTER_NAME in chat.texts()
    return chat


def set_role(bot, line_user_id: str, role: StaffRole | None) -> None:
    """Give the user this membership (None: deactivate every one) and record the change, as the
    enrolment and deactivation code does."""
    now = utcnow()
    with bot.sessions.begin() as session:
        user = get_or_create_user(session, line_user_id, now)
        session.execute(update(StaffMembership).where(StaffMembership.user_id == user.id).values(active=False))
        if role is not None:
            session.add(StaffMembership(user_id=user.id, center_id=None, role=role, active=True, created_at=now))
        menu_changed(session, user, now)
    bot.runtime.menu_wakeup.set()


def changed_staff_menu(monkeypatch: pytest.MonkeyPatch) -> None:
    """A new version of the staff menu (its chat-bar text changes), as after a code change."""
    monkeypatch.setitem(TEXTS, "richmenu_chat_bar_staff_v2", {"th": "งานเจ้าหน้าที่"})
    spec = dataclasses.replace(MENUS[MenuKey(MenuRole.STAFF)], chat_bar="richmenu_chat_bar_staff_v2")
    monkeypatch.setitem(rich_menus.MENUS, MenuKey(MenuRole.STAFF), spec)


# -- the images and definitions -------------------------------------------------------------------


def _luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)


def contrast(first: str, second: str) -> float:
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("key", list(MENUS), ids=str)
def test_every_menu_meets_lines_rules(key: MenuKey) -> None:
    menu = build_menu(MENUS[key])
    assert validate_rich_menu(menu.definition) == []  # the emulator's checks: areas, actions, lengths
    kind, width, height = image_dimensions(menu.image)
    assert kind == "png" and menu.content_type == "image/png"
    assert (width, height) == (menu.definition["size"]["width"], menu.definition["size"]["height"])
    assert 800 <= width <= 2500 and height >= 250 and width / height >= 1.45
    assert len(menu.image) <= 1024 * 1024
    assert 1 <= len(menu.definition["areas"]) <= 20
    assert grapheme.length(menu.definition["chatBarText"]) <= 14
    for area in menu.definition["areas"]:
        bounds = area["bounds"]
        assert bounds["x"] + bounds["width"] <= width and bounds["y"] + bounds["height"] <= height
        action = area["action"]
        if action["type"] == "postback":
            assert action["data"].startswith("action=")
            assert 0 < len(action["displayText"]) <= 300 and "\n" not in action["displayText"]
    # The areas tile the whole image: no dead strip between buttons.
    assert sum(a["bounds"]["width"] * a["bounds"]["height"] for a in menu.definition["areas"]) == width * height


def test_menus_hold_what_each_role_needs() -> None:
    def actions(role: MenuRole) -> list[str]:
        found = build_menu(MENUS[MenuKey(role)]).definition["areas"]
        return [a["action"].get("data", a["action"].get("uri")) for a in found]

    assert actions(MenuRole.CITIZEN) == ["action=report", "action=volunteer_register", "action=track", "tel:1300"]
    assert actions(MenuRole.VOLUNTEER) == [
        "action=vol_offers",
        "action=vol_mine",
        "action=report",
        "action=vol_report",
        "action=vol_toggle",
    ]
    assert {"action=new_cases", "action=overdue", "action=search", "action=today"} <= set(actions(MenuRole.STAFF))
    assert {"action=overdue", "action=invite", "action=report"} <= set(actions(MenuRole.SUPERVISOR))
    assert len(actions(MenuRole.STAFF)) == len(actions(MenuRole.SUPERVISOR)) == 6


def test_text_is_large_and_high_contrast_for_old_phones() -> None:
    for palette in PALETTES.values():
        assert contrast(palette.text, palette.background) >= 7, palette  # WCAG AAA
    for spec in MENUS.values():
        # 2500 px are a phone's full width: a 100 px label is about 4 % of the screen width high.
        assert rich_menus.label_size(spec) >= 100, spec.key
        for _, bounds in layout(spec):
            assert bounds.width >= 800 and bounds.height >= 800  # every button a big target


def test_thai_is_shaped_tone_marks_stack_above_upper_vowels() -> None:
    def ink(word: str, layout_engine: ImageFont.Layout) -> tuple[int, int, int, int]:
        face = ImageFont.truetype(str(font_path(LETTERING["th"].label)), 200, layout_engine=layout_engine)
        image = Image.new("L", (600, 400), 0)
        ImageDraw.Draw(image).text((50, 50), word, font=face, fill=255)
        return image.getbbox()

    assert font(LETTERING["th"].label, 120).layout_engine == ImageFont.Layout.RAQM
    raqm, basic = ImageFont.Layout.RAQM, ImageFont.Layout.BASIC
    # ที่: the tone mark sits above the vowel ี (ink reaches higher than ที alone). Without shaping it
    # is drawn on top of the vowel, unreadable: the test of the test.
    assert ink("ที่", raqm)[1] < ink("ที", raqm)[1] - 20
    assert ink("ที่", basic)[1] == ink("ที", basic)[1]
    # ปี: the vowel moves left, clear of ป's tall stem.
    assert ink("ปี", raqm)[0] < ink("ป", raqm)[0] - 5
    assert ink("ปี", basic)[0] == ink("ป", basic)[0]


def test_render_command_writes_the_png(bot, tmp_path) -> None:
    output = tmp_path / "staff.png"
    result = bot.app.test_cli_runner().invoke(args=["richmenu", "render", "staff", "--output", str(output)])
    assert result.exit_code == 0, result.output
    assert output.read_bytes() == build_menu(MENUS[MenuKey(MenuRole.STAFF)]).image


# -- sync -----------------------------------------------------------------------------------------


def test_sync_twice_creates_each_menu_once(bot) -> None:
    line = LineView(bot)
    first = sync(bot)
    assert first.exit_code == 0, first.output
    assert len(creations(bot)) == len(MENUS) == 7  # the citizen's in four languages, three staff menus
    assert line.default() == line.menu_of("citizen")
    for key in MENUS:
        menu_id = line.menu_of(str(key))
        assert line.image(menu_id) == build_menu(MENUS[key]).image
    second = sync(bot)
    assert second.exit_code == 0, second.output
    assert len(creations(bot)) == 7
    assert "reused (unchanged): citizen, citizen-en, citizen-my, citizen-lo, staff, supervisor, volunteer" in second.output
    assert len(line.menus()) == 7


def test_enrolment_links_the_staff_menu_at_once(bot) -> None:
    line = LineView(bot)
    assert sync(bot).exit_code == 0
    enrol(bot)
    staff_menu = line.menu_of("staff")
    wait_until(lambda: line.linked(STAFF_USER) == staff_menu, timeout=30)


@pytest.mark.live  # waits for the menu-link worker's own thread (retries, changes made outside a chat)
def test_supervisor_gets_the_supervisor_menu_and_losing_the_role_unlinks(bot) -> None:
    line = LineView(bot)
    assert sync(bot).exit_code == 0
    set_role(bot, STAFF_USER, StaffRole.DISTRICT_SUPERVISOR)
    wait_until(lambda: line.linked(STAFF_USER) == line.menu_of("supervisor"), timeout=30)
    set_role(bot, STAFF_USER, None)
    wait_until(lambda: line.linked(STAFF_USER) is None, timeout=30)  # back to the default: the citizen menu
    assert line.default() == line.menu_of("citizen")


@pytest.mark.live  # waits for the menu-link worker's own thread (retries, changes made outside a chat)
def test_a_line_outage_on_the_link_delays_it_and_never_drops_it(bot) -> None:
    line = LineView(bot)
    assert sync(bot).exit_code == 0
    bot.line.fail_next(3, status=503, path_prefix=f"/v2/bot/user/{STAFF_USER}/richmenu")
    enrol(bot)
    wait_until(lambda: line.linked(STAFF_USER) == line.menu_of("staff"), timeout=15)
    attempts = [c for c in bot.line.calls(f"/v2/bot/user/{STAFF_USER}/richmenu") if c["method"] == "POST"]
    assert [call["status"] for call in attempts] == [503, 503, 503, 200]

    def recorded() -> UserMenuLink | None:  # LINE answers before the worker writes down the result
        with bot.sessions() as session:
            row = session.scalars(select(UserMenuLink)).one()
        return row if row.state == MenuLinkState.DONE else None

    assert wait_until(recorded, timeout=30).last_error is None


@pytest.mark.live  # waits for the menu-link worker's own thread (retries, changes made outside a chat)
def test_staff_enrolled_before_any_menu_exists_are_linked_by_the_first_sync(bot) -> None:
    line = LineView(bot)
    enrol(bot)

    def link_state() -> str | None:
        # A session per look: one kept open would read one snapshot (SQLite's WAL) and never see the row.
        with bot.sessions() as session:
            return session.scalar(select(UserMenuLink.state))

    wait_until(lambda: link_state() == MenuLinkState.WAITING, timeout=30)
    assert sync(bot).exit_code == 0
    wait_until(lambda: line.linked(STAFF_USER) == line.menu_of("staff"), timeout=30)


def test_a_changed_menu_replaces_the_old_one_and_moves_its_users(bot, monkeypatch) -> None:
    line = LineView(bot)
    assert sync(bot).exit_code == 0
    enrol(bot)
    old_staff = line.menu_of("staff")
    wait_until(lambda: line.linked(STAFF_USER) == old_staff, timeout=30)
    changed_staff_menu(monkeypatch)
    result = sync(bot)
    assert result.exit_code == 0, result.output
    assert len(creations(bot)) == 8  # only the staff menu again
    new_staff = line.menu_of("staff")
    assert new_staff != old_staff and old_staff not in line.menus()
    assert line.menus()[new_staff]["chatBarText"] == "งานเจ้าหน้าที่"
    assert line.linked(STAFF_USER) == new_staff
    assert "users moved from replaced menus: 1" in result.output


def test_a_failing_sync_reports_the_error_and_leaves_the_menus_in_use(bot, monkeypatch) -> None:
    line = LineView(bot)
    assert sync(bot).exit_code == 0
    enrol(bot)
    before = {"menus": set(line.menus()), "default": line.default(), "linked": line.menu_of("staff")}
    wait_until(lambda: line.linked(STAFF_USER) == before["linked"], timeout=30)
    changed_staff_menu(monkeypatch)

    # The new staff menu's image upload fails: the half-created menu is deleted, nothing else moves.
    bot.line.fail_next(1, status=500, path_prefix="/v2/bot/richmenu/richmenu-")
    failed = sync(bot)
    assert failed.exit_code != 0
    assert "rich menu sync failed" in failed.output and "LINE answered 500" in failed.output
    assert "no menu in use was changed" in failed.output
    assert set(line.menus()) == before["menus"]
    assert line.default() == before["default"] and line.linked(STAFF_USER) == before["linked"]

    # LINE unreachable from the first call.
    bot.line.fail_next(1, status=503, path_prefix="/v2/bot/richmenu/list")
    failed = sync(bot)
    assert failed.exit_code != 0 and "LINE answered 503" in failed.output and "nothing was changed" in failed.output
    assert set(line.menus()) == before["menus"] and line.linked(STAFF_USER) == before["linked"]

    # Once LINE is back, the sync finishes the job.
    assert sync(bot).exit_code == 0
    assert line.linked(STAFF_USER) == line.menu_of("staff") != before["linked"]


def test_a_failure_after_the_switch_keeps_the_replaced_menu_until_the_next_sync(bot, monkeypatch) -> None:
    line = LineView(bot)
    assert sync(bot).exit_code == 0
    enrol(bot)
    old_staff = line.menu_of("staff")
    wait_until(lambda: line.linked(STAFF_USER) == old_staff, timeout=30)
    changed_staff_menu(monkeypatch)
    bot.line.fail_next(1, status=500, path_prefix="/v2/bot/richmenu/bulk/link")
    failed = sync(bot)
    assert failed.exit_code != 0 and "run the sync again" in failed.output
    assert old_staff in line.menus() and line.linked(STAFF_USER) == old_staff  # still a working menu
    finished = sync(bot)
    assert finished.exit_code == 0, finished.output
    assert len(creations(bot)) == 8
    assert old_staff not in line.menus() and line.linked(STAFF_USER) == line.menu_of("staff")


def test_citizen_menu_buttons_all_do_something(bot) -> None:
    chat = Chat(bot, "Ucitizenmenu0000000000000000000001")
    help_text = TEXTS["help"]["th"]
    for area in build_menu(MENUS[MenuKey(MenuRole.CITIZEN)]).definition["areas"]:
        action = area["action"]
        if action["type"] == "postback":
            chat.postback(action["data"])
            assert chat.last and help_text not in chat.texts(), action
            chat.say("ยกเลิก")


# -- the worker, when the role changes while a call is in flight -----------------------------------


class RoleChangesDuringCall:
    """A LINE client whose link call is answered only after the user has lost their role."""

    def __init__(self, sessions, line_user_id: str) -> None:
        self.sessions = sessions
        self.line_user_id = line_user_id
        self.calls: list[tuple[str, str | None]] = []

    def link_rich_menu(self, user_id: str, menu_id: str):
        from bot.line.line_client import SendResult

        self.calls.append(("link", menu_id))
        if len(self.calls) == 1:
            with self.sessions.begin() as session:
                user = session.scalars(select(User).where(User.line_user_id == user_id)).one()
                session.execute(update(StaffMembership).values(active=False))
                menu_changed(session, user, utcnow())
        return SendResult(200)

    def unlink_rich_menu(self, user_id: str):
        from bot.line.line_client import SendResult

        self.calls.append(("unlink", None))
        return SendResult(200)


def test_a_role_change_during_a_link_call_is_not_lost(bot) -> None:
    assert sync(bot).exit_code == 0
    bot.runtime.stop()  # this test drives its own worker
    now = utcnow()
    with bot.sessions.begin() as session:
        user = get_or_create_user(session, STAFF_USER, now)
        session.add(StaffMembership(user_id=user.id, center_id=None, role=StaffRole.STAFF, active=True, created_at=now))
        menu_changed(session, user, now)
    client = RoleChangesDuringCall(bot.sessions, STAFF_USER)
    worker = MenuLinkWorker(bot.sessions, client, bot.settings, utcnow)
    assert worker.run_once() == 1
    with bot.sessions() as session:
        assert session.scalar(select(UserMenuLink.state)) == MenuLinkState.PENDING  # evaluated again
    assert worker.run_once() == 1
    assert [kind for kind, _ in client.calls] == ["link", "unlink"]
    with bot.sessions() as session:
        row = session.scalars(select(UserMenuLink)).one()
    assert row.state == MenuLinkState.DONE and row.linked_rich_menu_id is None
    assert isinstance(row.updated_at, datetime)


def test_every_staff_and_supervisor_button_is_answered(bot) -> None:
    """No dead buttons: each postback of the staff and supervisor menus gets an answer of its own,
    not the "didn't understand" fallback."""
    from dispatch.staffing import issue_supervisor_invite

    help_text = TEXTS["help"]["th"]
    staff = enrol(bot)
    with bot.sessions.begin() as session:
        code, _ = issue_supervisor_invite(session, StaffRole.DISTRICT_SUPERVISOR, "4001", utcnow())
    supervisor = Chat(bot, "Usupervisormenu00000000000000001")
    supervisor.say(code)
    for chat, role in ((staff, MenuRole.STAFF), (supervisor, MenuRole.SUPERVISOR)):
        for area in build_menu(MENUS[MenuKey(role)]).definition["areas"]:
            chat.postback(area["action"]["data"])
            assert chat.last and help_text not in chat.texts(), (role, area["action"])
            chat.say("ยกเลิก")
