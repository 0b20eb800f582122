"""The simulator's feed without a browser: a phone's items in order (what the user sent, with the
text a tap showed; what the bot sent; a reply LINE refused, found for its user through the reply
token; the loading animation; the user's rich menu), live over server-sent events, and the users
list from the application's hooks."""

from __future__ import annotations

import json
from io import BytesIO

import pytest
import requests
from fontTools.ttLib import TTFont

from line_emulator import run_in_thread
from line_emulator.simulator import Persona, SimulatorHooks
from line_emulator.simulator.feed import Cursor, next_items

SECRET, TOKEN = "feed-secret", "feed-token"
USER = "Ufeed000000000000000000000000000001"


@pytest.fixture
def line():  # noqa: ANN201
    running = run_in_thread(SECRET, TOKEN)
    yield running
    running.stop()


def _api(line, path: str, body: dict) -> requests.Response:  # noqa: ANN001
    return requests.post(f"{line.base_url}{path}", json=body, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=5)


def test_a_phone_gets_its_own_items_in_order_and_a_refused_reply_with_lines_reasons(line) -> None:  # noqa: ANN001
    state = line.emulator.state
    sent = line.client.send(USER, "postback", data="action=report", displayText="แจ้งขอความช่วยเหลือ")
    token = sent["events"][0]["replyToken"]
    line.client.send_text("Usomeoneelse00000000000000000000001", "not for this phone")
    assert _api(line, "/v2/bot/chat/loading/start", {"chatId": USER, "loadingSeconds": 10}).status_code == 202
    refused = _api(line, "/v2/bot/message/reply", {"replyToken": token, "messages": [{"type": "text", "text": ""}]})
    assert refused.status_code == 400
    assert _api(line, "/v2/bot/message/push", {"to": USER, "messages": [{"type": "text", "text": "สวัสดีค่ะ"}]}).ok

    cursor = Cursor()
    items = next_items(state, USER, cursor)
    assert [item["kind"] for item in items] == ["user", "bot", "loading", "refused"]
    assert items[0]["data"] == "action=report" and items[0]["displayText"] == "แจ้งขอความช่วยเหลือ"
    assert items[1]["message"]["text"] == "สวัสดีค่ะ" and items[1]["via"] == "push"
    assert items[2]["seconds"] == 10
    assert items[3]["via"] == "reply" and items[3]["messages"] == [{"type": "text", "text": ""}]
    assert items[3]["problems"][0]["property"] == "messages[0].text"
    assert next_items(state, USER, cursor) == []  # the cursor moved past them


def test_the_feed_streams_live_and_the_users_come_from_the_hooks(line) -> None:  # noqa: ANN001
    line.simulator.hooks = SimulatorHooks(
        roles={"citizen": "ประชาชน", "staff": "เจ้าหน้าที่"},
        personas=lambda: [Persona(USER, "สมศรี", "staff")],
    )
    setup = requests.get(f"{line.base_url}/simulator/api/setup", timeout=5).json()
    assert setup["users"] == [
        {"userId": USER, "displayName": "สมศรี", "role": "staff", "language": "th", "blocked": False}
    ]
    refused = requests.post(
        f"{line.base_url}/simulator/api/users", json={"displayName": "ใหม่", "role": "staff"}, timeout=5
    )
    assert refused.status_code == 400  # no application plugged in to enrol staff
    made = requests.post(f"{line.base_url}/simulator/api/users", json={"displayName": "ใหม่"}, timeout=5).json()
    assert made["role"] == "citizen" and line.emulator.state.users[made["userId"]].display_name == "ใหม่"

    with requests.get(f"{line.base_url}/simulator/api/users/{USER}/feed", stream=True, timeout=5) as feed:
        lines = feed.iter_lines(decode_unicode=True)
        kinds = []
        for raw in lines:
            if raw.startswith("data: "):
                item = json.loads(raw[6:])
                kinds.append(item["kind"])
                if item["kind"] == "ready":
                    _api(line, "/v2/bot/message/push", {"to": USER, "messages": [{"type": "text", "text": "ข่าว"}]})
                if item["kind"] == "bot":
                    assert item["message"]["text"] == "ข่าว" and item["cursor"]["seq"] == item["seq"]
                    break
    assert kinds == ["ready", "bot"]


def test_a_phone_that_followed_an_earlier_emulator_run_starts_again(line) -> None:  # noqa: ANN001
    query = "seq=500&calls=40&platform=Uanearlierrun"
    with requests.get(f"{line.base_url}/simulator/api/users/{USER}/feed?{query}", stream=True, timeout=5) as feed:
        items = []
        for raw in feed.iter_lines(decode_unicode=True):
            if raw.startswith("data: "):
                items.append(json.loads(raw[6:]))
                if items[-1]["kind"] == "ready":
                    break
    assert [item["kind"] for item in items] == ["restarted", "ready"]
    assert items[-1]["cursor"] == {"seq": 0, "calls": 0, "platform": line.emulator.state.bot_user_id}


@pytest.mark.parametrize(("name", "letter"), [("regular.ttf", "ก"), ("myanmar.ttf", "က"), ("lao.ttf", "ກ")])
def test_the_page_gets_fonts_for_thai_burmese_and_lao(line, name: str, letter: str) -> None:  # noqa: ANN001
    """Served from the Python packages, so a machine without these fonts still shows the chat."""
    answer = requests.get(f"{line.base_url}/simulator/fonts/{name}", timeout=5)
    assert answer.status_code == 200 and answer.headers["Content-Type"] == "font/ttf"
    assert ord(letter) in TTFont(BytesIO(answer.content)).getBestCmap()
    assert requests.get(f"{line.base_url}/simulator/fonts/other.ttf", timeout=5).status_code == 404
