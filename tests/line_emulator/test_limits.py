"""The emulator refuses what LINE refuses (LINE_NOTES.md "Message limits") and accepts what LINE accepts."""

from __future__ import annotations

import pytest
import requests

from line_emulator import run_in_thread, validate_messages

TOKEN = "emulator-test-token"


def text(body: str = "สวัสดีค่ะ", **extra: object) -> dict:
    return {"type": "text", "text": body, **extra}


def quick(*labels: str) -> dict:
    return {
        "items": [{"type": "action", "action": {"type": "message", "label": label, "text": label}} for label in labels]
    }


def properties(messages: list) -> set[str]:
    return {problem["property"] for problem in validate_messages(messages)}


def test_valid_messages_pass() -> None:
    assert validate_messages([text(quickReply=quick("ตัวเอง", "คนในครอบครัว"))]) == []


def test_six_messages_in_one_request() -> None:
    assert "messages" in properties([text()] * 6)


def test_quick_reply_label_of_21_graphemes() -> None:
    assert "messages[0].quickReply.items[0].action.label" in properties([text(quickReply=quick("ก" * 21))])


def test_thai_label_of_20_graphemes_but_more_code_points_is_accepted() -> None:
    label = "ที่" * 20  # 20 graphemes, 60 code points
    assert len(label) > 20
    assert validate_messages([text(quickReply=quick(label))]) == []


def test_fourteen_quick_reply_items() -> None:
    assert "messages[0].quickReply.items" in properties([text(quickReply=quick(*[str(n) for n in range(14)]))])


def test_postback_data_of_301_characters() -> None:
    action = {"type": "postback", "label": "ok", "data": "x" * 301}
    message = text(quickReply={"items": [{"type": "action", "action": action}]})
    assert "messages[0].quickReply.items[0].action.data" in properties([message])


def test_http_image_url() -> None:
    image = {
        "type": "image",
        "originalContentUrl": "http://example.org/a.jpg",
        "previewImageUrl": "https://e.org/p.jpg",
    }
    assert properties([image]) == {"messages[0].originalContentUrl"}


def test_text_of_5001_utf16_units() -> None:
    assert "messages[0].text" in properties([text("a" * 5001)])
    assert validate_messages([text("a" * 5000)]) == []


def test_buttons_template_with_five_actions() -> None:
    actions = [{"type": "message", "label": str(n), "text": str(n)} for n in range(5)]
    template = {"type": "template", "altText": "a", "template": {"type": "buttons", "text": "t", "actions": actions}}
    assert "messages[0].template.actions" in properties([template])


def test_carousel_of_13_bubbles() -> None:
    bubble = {"type": "bubble", "body": {"type": "box", "layout": "vertical", "contents": []}}
    carousel = {"type": "flex", "altText": "a", "contents": {"type": "carousel", "contents": [bubble] * 13}}
    assert "messages[0].contents.contents" in properties([carousel])


def test_flex_button_label_may_be_40_graphemes_not_41() -> None:
    def bubble(label: str) -> dict:
        button = {"type": "button", "action": {"type": "postback", "label": label, "data": "x"}}
        return {
            "type": "flex",
            "altText": "a",
            "contents": {"type": "bubble", "footer": {"type": "box", "layout": "vertical", "contents": [button]}},
        }

    assert validate_messages([bubble("ก" * 40)]) == []
    assert validate_messages([bubble("ก" * 41)]) != []


def test_unknown_message_type() -> None:
    assert properties([{"type": "hologram"}]) == {"messages[0].type"}


@pytest.fixture
def emulator():
    running = run_in_thread("secret", access_token=TOKEN)
    yield running
    running.stop()


def test_the_http_api_answers_400_with_every_problem_and_a_request_id(emulator) -> None:
    body = {"to": "U1", "messages": [text("a" * 5001, quickReply=quick("ก" * 21))] * 2}
    response = requests.post(
        emulator.base_url + "/v2/bot/message/push", json=body, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=5
    )
    assert response.status_code == 400
    assert response.headers["x-line-request-id"]
    details = response.json()["details"]
    assert {d["property"] for d in details} >= {"messages[0].text", "messages[1].quickReply.items[0].action.label"}
    assert emulator.client.messages_to("U1") == []


def test_a_wrong_token_is_refused(emulator) -> None:
    response = requests.post(
        emulator.base_url + "/v2/bot/message/push",
        json={"to": "U1", "messages": [text()]},
        headers={"Authorization": "Bearer nope"},
        timeout=5,
    )
    assert response.status_code == 401
