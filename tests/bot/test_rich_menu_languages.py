"""The citizen rich menu in Thai, English, Burmese and Lao (issue 15), through signed webhooks and the
LINE emulator: a citizen is linked to the menu of their language when they write in it, pick it with
the language button or follow with it as their LINE language, and users from before a sync get it from
the sync; every button of every language's menu is answered in that language; a menu whose words its
font cannot draw is never uploaded."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.line.rich_menu_sync import SyncError, sync_rich_menus
from bot.line.rich_menus import (
    LETTERING,
    MENUS,
    Lettering,
    ShapingUnavailable,
    Typeface,
    build_menu,
    label_size,
    unshaped,
)
from bot.speech import texts_my
from bot.speech.texts import has_text, text
from dispatch.menus import CITIZEN_MENU_LANGUAGES, MenuKey, MenuRole
from line_emulator import validate_rich_menu
from models.base import utcnow
from models.centers import StaffMembership, StaffRole
from models.richmenus import UserMenuLink
from models.users import User, get_or_create_user
from tests.bot.chat import Chat
from tests.bot.line_menus import LineView
from tests.bot.scenes import THAI_LETTER, thai_outside

pytestmark = pytest.mark.in_process

BURMESE_USER = "Uburmesemenu00000000000000000001"
LAO_USER = "Ulaomenu000000000000000000000001"
CITIZEN = "Ucitizenlang00000000000000000001"


def synced(bot) -> LineView:  # noqa: ANN001 - the bot fixture's own type
    """The menus put on LINE as `richmenu sync` does, and the links it queued made."""
    report = sync_rich_menus(bot.sessions, bot.runtime.line)
    bot.work()
    view = LineView(bot)
    view.report = report
    return view


def citizen_menu(language: str) -> dict:
    return build_menu(MENUS[MenuKey(MenuRole.CITIZEN, language)]).definition


# -- the menus --------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", CITIZEN_MENU_LANGUAGES)
def test_each_language_has_its_own_complete_citizen_menu(language: str) -> None:
    spec = MENUS[MenuKey(MenuRole.CITIZEN, language)]
    menu = build_menu(spec)
    assert validate_rich_menu(menu.definition) == []
    for button in spec.buttons():
        for key in (button.label, button.hint):
            assert key is None or has_text(key, language), (key, language)  # never a Thai fallback
    assert has_text(spec.chat_bar, language)
    if language != "th":
        shown = [menu.definition["chatBarText"]] + [
            a["action"].get("displayText", "") for a in menu.definition["areas"]
        ]
        assert not any(THAI_LETTER.search(words) for words in shown), shown
    assert label_size(spec) >= 100  # large on an old phone, Burmese too (its lines are tall)


def test_every_language_has_the_same_help_track_and_hotline_and_the_others_a_language_button() -> None:
    def actions(language: str) -> list[str]:
        return [area["action"].get("data", area["action"].get("uri")) for area in citizen_menu(language)["areas"]]

    assert actions("th") == ["action=report", "action=volunteer_register", "action=track", "tel:1300"]
    for language in ("en", "my", "lo"):
        assert actions(language) == ["action=report", "action=language", "action=track", "tel:1300"]


def test_burmese_and_lao_are_shaped_and_a_word_that_cannot_be_is_refused() -> None:
    burmese, lao = LETTERING["my"].label, LETTERING["lo"].label
    assert unshaped(burmese, "ကိစ္စများ ကြည့်ရန်") == []  # stacked ္စ, medial ြ around က
    assert unshaped(lao, "ຂໍຄວາມຊ່ວຍເຫຼືອ") == []
    assert unshaped(burmese, "\u1031\u102d") != []  # vowel signs typed with no consonant: dotted circles
    assert unshaped(lao, "ติดตาม") == sorted("ดตาม")  # Thai in the Lao font: boxes (the vowel joins its letter)
    assert unshaped(LETTERING["th"].label, "ကိစ္စ") != []


def test_a_menu_with_words_its_font_cannot_draw_is_not_uploaded(bot, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setitem(texts_my.TEXTS_MY, "richmenu_track", "ติดตามเรื่อง")  # a Thai slip in the Burmese catalogue
    with pytest.raises(ShapingUnavailable, match="citizen-my"):
        build_menu(MENUS[MenuKey(MenuRole.CITIZEN, "my")])
    with pytest.raises(SyncError, match="cannot draw the menus"):
        sync_rich_menus(bot.sessions, bot.runtime.line)
    assert LineView(bot).menus() == {}, "nothing was created"


# -- which menu a citizen is linked to --------------------------------------------------------------


def test_writing_burmese_links_the_burmese_menu(bot) -> None:  # noqa: ANN001
    line = synced(bot)
    chat = Chat(bot, BURMESE_USER)
    chat.say("မင်္ဂလာပါ")
    assert "မင်္ဂလာပါရှင်" in chat.texts()
    burmese = line.menu_of("citizen-my")
    assert line.linked(BURMESE_USER) == burmese
    assert line.menu(burmese)["chatBarText"] == "မီနူး"
    assert line.default() == line.menu_of("citizen"), "Thai stays the menu of everyone else"


def test_the_language_button_links_that_languages_menu_and_thai_goes_back_to_the_default(bot) -> None:  # noqa: ANN001
    line = synced(bot)
    chat = Chat(bot, LAO_USER)
    chat.say("สวัสดีค่ะ")
    assert line.linked(LAO_USER) is None
    chat.postback("action=language&v=lo")
    assert "ພາສາລາວ" in chat.texts()
    assert line.linked(LAO_USER) == line.menu_of("citizen-lo")
    (language_button,) = [
        a["action"] for a in citizen_menu("lo")["areas"] if a["action"].get("data") == "action=language"
    ]
    chat.postback(language_button["data"])  # the Lao menu's own button
    assert text("language_question", "lo") in chat.texts()
    chat.tap("English")
    assert line.linked(LAO_USER) == line.menu_of("citizen-en")
    chat.postback("action=language&v=th")
    assert line.linked(LAO_USER) is None  # the default menu, Thai


def test_a_few_english_words_link_the_english_menu(bot) -> None:  # noqa: ANN001
    line = synced(bot)
    chat = Chat(bot, CITIZEN)
    chat.say("my grandmother lives alone and has no food")
    assert line.linked(CITIZEN) == line.menu_of("citizen-en")


def test_following_with_line_in_lao_links_the_lao_menu_and_thai_none(bot) -> None:  # noqa: ANN001
    line = synced(bot)
    bot.line.add_user(LAO_USER, "ນາງ ແສງ", language="lo")
    Chat(bot, LAO_USER).follow()
    assert line.linked(LAO_USER) == line.menu_of("citizen-lo")
    bot.line.add_user(CITIZEN, "ป้าสมศรี", language="th")
    Chat(bot, CITIZEN).follow()
    assert line.linked(CITIZEN) is None


def test_a_citizen_who_wrote_burmese_before_there_were_menus_gets_it_from_the_sync(bot) -> None:  # noqa: ANN001
    chat = Chat(bot, BURMESE_USER)
    chat.say("မင်္ဂလာပါ")  # no menu on LINE yet: the link waits for the sync
    line = LineView(bot)
    assert line.linked(BURMESE_USER) is None
    synced(bot)
    assert line.linked(BURMESE_USER) == line.menu_of("citizen-my")


def test_the_sync_links_users_from_before_menus_had_languages_and_staff_keep_theirs(bot) -> None:  # noqa: ANN001
    """Users whose language was set before this change (no link row at all): the sync queues them."""
    now = utcnow()
    people = {
        "Uoldburmese000000000000000000001": ("my", True),
        "Uoldlao00000000000000000000000001": ("lo", True),
        "Uoldenglish000000000000000000001": ("en", True),
        "Uoldthai0000000000000000000000001": ("th", True),
        "Uoldgone0000000000000000000000001": ("my", False),  # blocked the account: nothing to link
        "Uoldstaff000000000000000000000001": ("my", True),
    }
    with bot.sessions.begin() as session:
        for line_id, (language, following) in people.items():
            user = get_or_create_user(session, line_id, now)
            user.language, user.following = language, following
            if line_id.startswith("Uoldstaff"):
                session.flush()
                session.add(
                    StaffMembership(user_id=user.id, center_id=None, role=StaffRole.STAFF, active=True, created_at=now)
                )
    line = synced(bot)
    linked = {line_id: line.linked(line_id) for line_id in people}
    assert linked == {
        "Uoldburmese000000000000000000001": line.menu_of("citizen-my"),
        "Uoldlao00000000000000000000000001": line.menu_of("citizen-lo"),
        "Uoldenglish000000000000000000001": line.menu_of("citizen-en"),
        "Uoldthai0000000000000000000000001": None,
        "Uoldgone0000000000000000000000001": None,
        "Uoldstaff000000000000000000000001": line.menu_of("staff"),  # Thai officials: the Thai staff menu
    }
    with bot.sessions() as session:
        roles = dict(session.execute(select(User.line_user_id, UserMenuLink.linked_role).join(UserMenuLink)).all())
    assert (
        roles["Uoldburmese000000000000000000001"] == "citizen-my"
        and roles["Uoldstaff000000000000000000000001"] == "staff"
    )
    synced(bot)  # a second sync has nobody left to link
    with bot.sessions() as session:
        assert (
            session.scalar(
                select(UserMenuLink.version).join(User).where(User.line_user_id == "Uoldlao00000000000000000000000001")
            )
            == 1
        )


def test_a_changed_burmese_menu_moves_its_users_to_the_new_burmese_menu(bot, monkeypatch) -> None:  # noqa: ANN001
    line = synced(bot)
    Chat(bot, BURMESE_USER).postback("action=language&v=my")
    Chat(bot, LAO_USER).postback("action=language&v=lo")
    old_burmese, lao = line.menu_of("citizen-my"), line.menu_of("citizen-lo")
    assert line.linked(BURMESE_USER) == old_burmese
    monkeypatch.setitem(texts_my.TEXTS_MY, "richmenu_chat_bar_citizen", "မီနူးအသစ်")
    report = synced(bot).report
    assert report.created == ["citizen-my"] and report.relinked_users == 1
    new_burmese = line.menu_of("citizen-my")
    assert new_burmese != old_burmese and old_burmese not in line.menus()
    assert line.linked(BURMESE_USER) == new_burmese and line.linked(LAO_USER) == lao


# -- every button of every language, tapped ---------------------------------------------------------


@pytest.mark.parametrize("language", CITIZEN_MENU_LANGUAGES)
def test_every_button_of_each_languages_menu_is_answered_in_that_language(bot, lookups, language) -> None:  # noqa: ANN001
    chat = Chat(bot, CITIZEN)
    chat.postback(f"action=language&v={language}")
    for area in citizen_menu(language)["areas"]:
        action = area["action"]
        if action["type"] == "uri":
            assert action["uri"] == "tel:1300"  # the phone calls: nothing for the bot to answer
            continue
        lookups.clear()
        chat.postback(action["data"])
        said = chat.texts()
        assert said, action
        assert text("help", language) not in said, (language, action)  # no "didn't understand"
        asked = [key for key, used in lookups if used == language]
        assert asked and [key for key in asked if not has_text(key, language)] == [], (action, asked)
        if language != "th":
            # The language question names each language in its own script, Thai (ไทย) included.
            assert thai_outside(said, text("language_question", language), "ไทย") == [], (action, said)
        chat.say("ยกเลิก")  # leave a flow the button started


@pytest.mark.parametrize("language", ["my", "lo"])
def test_the_buttons_the_bot_tells_people_to_tap_are_on_the_menu(language: str) -> None:
    """The Burmese and Lao answers that say which button to tap (ask for help, track) name the menu's labels."""
    assert f'"{text("richmenu_report", language)}"' in text("welfare_answer", language)
    assert f'"{text("richmenu_track", language)}"' in text("urgent_kept", language, reference="KK-1")


def test_a_missing_font_package_stops_the_drawing_with_its_name(monkeypatch) -> None:  # noqa: ANN001
    gone = Typeface("fontpkg_not_installed", "files/Nothing.ttf", "Bold")
    monkeypatch.setitem(LETTERING, "my", Lettering(gone, gone))
    with pytest.raises(ShapingUnavailable, match="fontpkg_not_installed is not installed"):
        build_menu(MENUS[MenuKey(MenuRole.CITIZEN, "my")])
