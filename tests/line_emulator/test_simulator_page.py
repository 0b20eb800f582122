"""The simulator page on the emulator alone (no bot), in Debian's Chromium: what a bot pushes is
drawn as LINE draws it (Flex carousel, boxes, separators, buttons, images, location with its pin,
sticker, template, quick replies); a message LINE refuses is shown with LINE's reasons, on the phone
and in the operator panel; a tap sends the postback with its displayText; the language switch,
blocking, quota and failure injection reach the emulator. Screenshot: SIMULATOR_SCREENSHOTS."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import requests

from line_emulator import run_in_thread
from tests.helpers import wait_until

SECRET, TOKEN = "simulator-secret", "simulator-token"
USER = "Usimulatorpage0000000000000000000001"
CARD = {
    "type": "bubble",
    "styles": {"footer": {"separator": True}},
    "header": {
        "type": "box",
        "layout": "vertical",
        "backgroundColor": "#A3231B",
        "contents": [{"type": "text", "text": "เรื่องใหม่ SC-1", "color": "#FFFFFF", "weight": "bold", "size": "lg"}],
    },
    "hero": {"type": "image", "url": "https://127.0.0.1:9/none.png", "size": "full", "aspectRatio": "20:13"},
    "body": {
        "type": "box",
        "layout": "vertical",
        "spacing": "sm",
        "contents": [
            {
                "type": "box",
                "layout": "baseline",
                "contents": [
                    {"type": "text", "text": "กลุ่ม", "color": "#888888", "size": "sm", "flex": 2},
                    {"type": "text", "text": "ผู้ป่วยติดเตียง", "wrap": True, "size": "sm", "flex": 5},
                ],
            },
            {"type": "separator", "margin": "md"},
            {"type": "text", "text": "ยาวมาก " * 30, "wrap": True, "maxLines": 2},
        ],
    },
    "footer": {
        "type": "box",
        "layout": "vertical",
        "spacing": "sm",
        "contents": [
            {
                "type": "button",
                "style": "primary",
                "color": "#0B5A2A",
                "action": {"type": "postback", "label": "รับเรื่อง", "data": "action=ack&case=1", "displayText": "รับเรื่อง"},
            },
            {"type": "button", "style": "link", "action": {"type": "uri", "label": "โทร", "uri": "tel:043000001"}},
        ],
    },
}
QUICK = {
    "items": [
        {"type": "action", "action": {"type": "camera", "label": "ถ่ายรูป"}},
        {"type": "action", "action": {"type": "location", "label": "ส่งตำแหน่ง"}},
        {"type": "action", "action": {"type": "message", "label": "ข้าม", "text": "ข้าม"}},
    ]
}
GOOD = [
    {"type": "text", "text": "โทร 1300 หรือดูที่ https://example.org ค่ะ"},
    {"type": "flex", "altText": "เรื่องใหม่", "contents": {"type": "carousel", "contents": [CARD, CARD]}},
    {"type": "location", "title": "ศูนย์", "address": "ขอนแก่น", "latitude": 16.44, "longitude": 102.83},
    {"type": "sticker", "packageId": "446", "stickerId": "1988"},
    {
        "type": "template",
        "altText": "ยืนยัน",
        "template": {
            "type": "confirm",
            "text": "ยืนยันไหมคะ",
            "actions": [
                {"type": "message", "label": "ใช่", "text": "ใช่"},
                {"type": "message", "label": "ไม่", "text": "ไม่"},
            ],
        },
        "quickReply": QUICK,
    },
]
TOO_MANY = {
    "items": [{"type": "action", "action": {"type": "message", "label": f"{n}", "text": f"{n}"}} for n in range(14)]
}
REFUSED = [{"type": "text", "text": "ก" * 5001, "quickReply": TOO_MANY}]


@pytest.fixture
def line():  # noqa: ANN201
    running = run_in_thread(SECRET, TOKEN)
    running.emulator.state.add_user(USER, "ทดสอบ")
    yield running
    running.stop()


def _call(line, path: str, body: dict) -> requests.Response:  # noqa: ANN001
    return requests.post(f"{line.base_url}{path}", json=body, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=5)


def test_what_the_bot_pushes_is_drawn_and_what_line_refuses_is_shown_with_its_reasons(line, browser, tmp_path) -> None:  # noqa: ANN001
    state = line.emulator.state
    assert _call(line, "/v2/bot/message/push", {"to": USER, "messages": GOOD}).status_code == 200
    refused = _call(line, "/v2/bot/message/push", {"to": USER, "messages": REFUSED})
    assert refused.status_code == 400
    assert _call(line, "/v2/bot/chat/loading/start", {"chatId": USER, "loadingSeconds": 20}).status_code == 202

    page = browser.new_page(viewport={"width": 1100, "height": 900}, locale="th-TH")
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{line.base_url}/simulator/#phones={USER}")
    phone = page.locator(f'.phone[data-user-id="{USER}"]')
    phone.locator(".loading").wait_for()  # the loading animation, until the next message

    assert phone.locator(".row.bot[data-seq]").count() == len(GOOD)
    assert phone.locator(".unsupported").count() == 0
    assert phone.locator(".auto-link").all_inner_texts() == ["1300", "https://example.org"]
    carousel = phone.locator(".fx-carousel")
    assert carousel.locator(".fx-bubble").count() == 2
    header = carousel.locator(".fx-header").first
    assert header.evaluate("node => getComputedStyle(node.firstChild).backgroundColor") == "rgb(163, 35, 27)"
    assert carousel.locator(".fx-separator").count() == 2 and carousel.locator(".fx-baseline").count() == 2
    button = carousel.locator(".fx-button-primary").first
    assert button.evaluate("node => getComputedStyle(node).backgroundColor") == "rgb(11, 90, 42)"
    clamped = carousel.locator(".fx-clamp").first
    assert clamped.evaluate("node => node.scrollHeight > node.clientHeight")  # maxLines 2 cuts the rest
    assert phone.locator(".bubble.location .mini-map").count() == 1
    assert phone.locator(".sticker").count() == 1
    assert phone.locator(".template-button").all_inner_texts() == ["ใช่", "ไม่"]
    assert phone.locator(".quick-reply").all_inner_texts() == ["ถ่ายรูป", "ส่งตำแหน่ง", "ข้าม"]

    shown = phone.locator(".refused-row")
    assert "LINE refused this push (400)" in shown.inner_text()
    problems = shown.locator(".problems li").all_inner_texts()
    assert any(problem.startswith("messages[0].text:") for problem in problems)
    assert any(problem.startswith("messages[0].quickReply.items:") for problem in problems)
    assert shown.locator(".bubble.text").count() == 1  # the refused message itself is still drawn
    page.locator(".call.refused").first.wait_for()
    assert "messages[0].text" in page.locator(".call.refused").first.inner_text()
    shown.scroll_into_view_if_needed()
    page.screenshot(path=str(Path(os.environ.get("SIMULATOR_SCREENSHOTS") or tmp_path) / "simulator-limits.png"))

    carousel.locator(".fx-button", has_text="รับเรื่อง").first.click()
    phone.locator(".row.me", has_text="รับเรื่อง").wait_for()
    (tap,) = [record["event"] for record in state.events_from(USER)]
    assert tap["postback"] == {"data": "action=ack&case=1"}
    assert "not answering" in page.locator("#status").inner_text()  # no bot behind this emulator

    phone.get_by_label("language").select_option("en")
    wait_until(lambda: state.users[USER].language == "en")
    phone.get_by_role("button", name="Block").click()
    wait_until(lambda: state.users[USER].blocked)
    phone.get_by_role("button", name="Add friend").wait_for()

    page.locator("#quota-limit").fill("10")
    page.get_by_role("button", name="Set").click()
    wait_until(lambda: state.quota_limit == 10)
    page.locator("#fail-status").fill("503")
    page.get_by_role("button", name="Inject").click()
    wait_until(lambda: [failure.status for failure in state.failures] == [503])
    page.locator("#failures li", has_text="503").wait_for()
    assert not errors
