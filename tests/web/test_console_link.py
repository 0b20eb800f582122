"""Staff open the console from chat: `เว็บ` answers with a button to PUBLIC_BASE_URL/console/ (LINE
opens it in its in-app browser); a citizen typing the same gets the usual help, no link."""

from __future__ import annotations

import pytest
import requests

from tests.bot.chat import Chat
from tests.bot.scenes import STAFF_A, with_centers_and_staff
from tests.web.conftest import Console

pytestmark = pytest.mark.in_process


@pytest.fixture
def staffed_bot(bot):  # noqa: ANN001, ANN201 - the bot fixture's own type
    return with_centers_and_staff(bot)


def test_staff_get_the_console_link_and_citizens_do_not(staffed_bot) -> None:  # noqa: ANN001
    staff = Chat(staffed_bot, STAFF_A)
    staff.say("เว็บ")
    button = staff.buttons()["เปิดระบบงานบนเว็บ"]
    assert button == {"type": "uri", "label": "เปิดระบบงานบนเว็บ", "uri": "http://localhost:8000/console/"}
    assert "ระบบงานบนเว็บ" in staff.texts()

    staff.postback("action=console")  # the staff menu's ระบบงานบนเว็บ button
    assert staff.buttons()["เปิดระบบงานบนเว็บ"]["uri"] == "http://localhost:8000/console/"

    citizen = Chat(staffed_bot, "Ucitizen00000000000000000000000009")
    citizen.say("เว็บ")
    assert "เปิดระบบงานบนเว็บ" not in citizen.buttons() and "/console/" not in str(citizen.last)


def test_lines_in_app_browser_goes_straight_to_line_login(console: Console) -> None:
    in_line = {"User-Agent": "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Mobile Safari/537.36 Line/14.19.1"}
    answer = requests.get(console.url + "/console/", headers=in_line, allow_redirects=False, timeout=10)
    assert answer.status_code == 302 and answer.headers["Location"].endswith("/console/login/start")
    other = requests.get(console.url + "/console/", allow_redirects=False, timeout=10)
    assert other.headers["Location"].endswith("/console/login")
