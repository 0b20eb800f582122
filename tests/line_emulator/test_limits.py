"""The emulator refuses what LINE refuses (LINE_NOTES.md "Message limits") and accepts what LINE accepts."""

from __future__ import annotations

from typing import Any

import pytest

from line_emulator import validate_messages
from line_emulator.limits import grapheme_length, utf16_length, validate_loading, validate_multicast, validate_push
from tests.line_emulator.support import Api, text


def quick(*labels: str, kind: str = "message") -> dict[str, Any]:
    def action(label: str) -> dict[str, Any]:
        if kind == "postback":
            return {"type": "postback", "label": label, "data": "x"}
        return {"type": kind, "label": label, "text": label}

    return {"items": [{"type": "action", "action": action(label)} for label in labels]}


def with_action(action: dict[str, Any]) -> dict[str, Any]:
    return text(quickReply={"items": [{"type": "action", "action": action}]})


def buttons(count: int, **template: Any) -> dict[str, Any]:
    actions = [{"type": "message", "label": f"ตัวเลือก {n}", "text": str(n)} for n in range(count)]
    return {
        "type": "template",
        "altText": "เลือก",
        "template": {"type": "buttons", "text": "เลือกหนึ่งข้อ", "actions": actions, **template},
    }


def bubble(*contents: dict[str, Any]) -> dict[str, Any]:
    body = list(contents) or [{"type": "text", "text": "สวัสดี"}]
    return {"type": "bubble", "body": {"type": "box", "layout": "vertical", "contents": body}}


def flex(contents: dict[str, Any], alt: str = "ข้อความ") -> dict[str, Any]:
    return {"type": "flex", "altText": alt, "contents": contents}


def image(original: str = "https://example.org/a.jpg", preview: str = "https://example.org/p.jpg") -> dict:
    return {"type": "image", "originalContentUrl": original, "previewImageUrl": preview}


def location(**fields: Any) -> dict[str, Any]:
    return {"type": "location", "title": "ศูนย์", "address": "ขอนแก่น", "latitude": 16.4, "longitude": 102.8, **fields}


def properties(messages: Any) -> set[str]:
    return {problem["property"] for problem in validate_messages(messages)}


# The documented limits, each one over: (messages, the property LINE names).
OVER_THE_LIMIT = {
    "6 messages in one request": ([text()] * 6, "messages"),
    "no messages": ([], "messages"),
    "a 21-grapheme quick-reply label": (
        [text(quickReply=quick("ก" * 21))],
        "messages[0].quickReply.items[0].action.label",
    ),
    "14 quick-reply items": ([text(quickReply=quick(*map(str, range(14))))], "messages[0].quickReply.items"),
    "postback data of 301 characters": (
        [with_action({"type": "postback", "label": "ok", "data": "x" * 301})],
        "messages[0].quickReply.items[0].action.data",
    ),
    "postback displayText of 301": (
        [with_action({"type": "postback", "label": "ok", "data": "x", "displayText": "ก" * 301})],
        "messages[0].quickReply.items[0].action.displayText",
    ),
    "message action text of 301": (
        [with_action({"type": "message", "label": "ok", "text": "x" * 301})],
        "messages[0].quickReply.items[0].action.text",
    ),
    "a uri action to ftp://": (
        [with_action({"type": "uri", "label": "ok", "uri": "ftp://example.org/"})],
        "messages[0].quickReply.items[0].action.uri",
    ),
    "an unknown action type": (
        [with_action({"type": "teleport", "label": "ok"})],
        "messages[0].quickReply.items[0].action.type",
    ),
    "an http:// image URL": ([image(original="http://example.org/a.jpg")], "messages[0].originalContentUrl"),
    "an image URL of 2001 characters": (
        [image(preview="https://e.org/" + "a" * 1987)],
        "messages[0].previewImageUrl",
    ),
    "a 5,001-unit text": ([text("a" * 5001)], "messages[0].text"),
    "an empty text": ([text("")], "messages[0].text"),
    "a text without text": ([{"type": "text"}], "messages[0].text"),
    "buttons template with 5 actions": ([buttons(5)], "messages[0].template.actions"),
    "buttons template title of 41": ([buttons(1, title="ก" * 41)], "messages[0].template.title"),
    "buttons template text of 161": ([buttons(1, text="ก" * 161)], "messages[0].template.text"),
    "buttons template text of 61 with a title": (
        [buttons(1, title="หัวข้อ", text="ก" * 61)],
        "messages[0].template.text",
    ),
    "template altText of 401": ([{**buttons(1), "altText": "ก" * 401}], "messages[0].altText"),
    "confirm template with 3 actions": (
        [
            {
                "type": "template",
                "altText": "ยืนยัน",
                "template": {
                    "type": "confirm",
                    "text": "ยืนยันไหม",
                    "actions": [{"type": "message", "label": str(n), "text": str(n)} for n in range(3)],
                },
            }
        ],
        "messages[0].template.actions",
    ),
    "confirm template text of 241": (
        [
            {
                "type": "template",
                "altText": "ยืนยัน",
                "template": {
                    "type": "confirm",
                    "text": "ก" * 241,
                    "actions": [{"type": "message", "label": str(n), "text": str(n)} for n in range(2)],
                },
            }
        ],
        "messages[0].template.text",
    ),
    "a 13-bubble carousel": (
        [flex({"type": "carousel", "contents": [bubble()] * 13})],
        "messages[0].contents.contents",
    ),
    "a flex altText of 1,501": ([flex(bubble(), alt="ก" * 1501)], "messages[0].altText"),
    "a flex button label of 41": (
        [flex(bubble({"type": "button", "action": {"type": "postback", "label": "ก" * 41, "data": "x"}}))],
        "messages[0].contents.body.contents[0].action.label",
    ),
    "a location title of 101": ([location(title="ก" * 101)], "messages[0].title"),
    "a location address of 101": ([location(address="ก" * 101)], "messages[0].address"),
    "a location without latitude": ([location(latitude=None)], "messages[0].latitude"),
    "a location with a string longitude": ([location(longitude="102.8")], "messages[0].longitude"),
    "a sticker without stickerId": ([{"type": "sticker", "packageId": "446"}], "messages[0].stickerId"),
    "an unknown message type": ([{"type": "hologram"}], "messages[0].type"),
    "a message without a type": ([{"text": "hi"}], "messages[0].type"),
}


@pytest.mark.parametrize(("messages", "where"), OVER_THE_LIMIT.values(), ids=OVER_THE_LIMIT.keys())
def test_each_limit_is_reported_at_its_property(messages: list, where: str) -> None:
    assert where in properties(messages)


@pytest.mark.parametrize(("messages", "where"), OVER_THE_LIMIT.values(), ids=OVER_THE_LIMIT.keys())
def test_each_limit_is_refused_over_http_with_400_and_nothing_is_delivered(
    api: Api, running, messages: list, where: str
) -> None:
    response = api.push("Ulimits", messages)
    assert response.status_code == 400
    body = response.json()
    assert body["message"] == f"The request body has {len(body['details'])} error(s)"
    assert where in {detail["property"] for detail in body["details"]}
    assert running.client.messages_to("Ulimits") == []


AT_THE_LIMIT = {
    "5 messages": [text()] * 5,
    "a 5,000-unit text": [text("a" * 5000)],
    "a Thai text of 5,000 code units": [text("ที่" * 1666 + "ab")],
    "a Thai quick-reply label of 20 graphemes but 60 code points": [text(quickReply=quick("ที่" * 20))],
    "13 quick-reply items": [text(quickReply=quick(*map(str, range(13))))],
    "postback data of 300": [with_action({"type": "postback", "label": "ok", "data": "x" * 300})],
    "a 12-bubble carousel": [flex({"type": "carousel", "contents": [bubble()] * 12})],
    "buttons template with 4 actions": [buttons(4)],
    "buttons text of 160 without a title": [buttons(1, text="ก" * 160)],
    "a flex button label of 40 graphemes": [
        flex(bubble({"type": "button", "action": {"type": "postback", "label": "ก" * 40, "data": "x"}}))
    ],
    "uri actions to https, tel and line": [
        text(
            quickReply={
                "items": [
                    {"type": "action", "action": {"type": "uri", "label": "เว็บ", "uri": "https://example.org/x"}},
                    {"type": "action", "action": {"type": "uri", "label": "โทร", "uri": "tel:1300"}},
                    {"type": "action", "action": {"type": "uri", "label": "แชร์", "uri": "line://nv/location"}},
                    {"type": "action", "action": {"type": "location", "label": "ส่งตำแหน่ง"}},
                    {"type": "action", "action": {"type": "camera", "label": "ถ่ายรูป"}},
                ]
            }
        )
    ],
    "an https image": [image()],
    "a location of 100-character title and address": [location(title="ก" * 100, address="ข" * 100)],
    "a sticker": [{"type": "sticker", "packageId": "446", "stickerId": "1988"}],
}


@pytest.mark.parametrize("messages", AT_THE_LIMIT.values(), ids=AT_THE_LIMIT.keys())
def test_messages_at_the_limit_are_accepted(messages: list) -> None:
    assert validate_messages(messages) == []


def test_a_thai_label_of_20_graphemes_is_delivered_over_http(api: Api, running) -> None:
    label = "ที่" * 20
    assert len(label) == 60 and grapheme_length(label) == 20
    assert api.push("Uthai", [text(quickReply=quick(label))]).status_code == 200
    assert len(running.client.messages_to("Uthai")) == 1


def test_every_problem_is_reported_not_only_the_first() -> None:
    problems = validate_messages([text("a" * 5001, quickReply=quick("ก" * 21)), image(original="http://x.org/a")])
    assert {p["property"] for p in problems} == {
        "messages[0].text",
        "messages[0].quickReply.items[0].action.label",
        "messages[1].originalContentUrl",
    }
    label_problem = next(p for p in problems if p["property"].endswith("label"))
    assert label_problem["message"] == "Length must be between 0 and 20"


def test_text_counts_utf16_units_so_an_emoji_outside_the_bmp_counts_two() -> None:
    assert utf16_length("👍") == 2
    assert validate_messages([text("👍" * 2500)]) == []
    assert properties([text("👍" * 2500 + "a")]) == {"messages[0].text"}


def test_flex_bubble_and_carousel_sizes() -> None:
    big_text = {"type": "text", "text": "a" * 4900, "wrap": True}
    fat_bubble = bubble(*[big_text] * 7)  # ~34 KB
    assert "messages[0].contents" in properties([flex(fat_bubble)])
    medium = bubble(*[big_text] * 2)  # ~10 KB each, 6 of them ~60 KB
    assert "messages[0].contents" in properties([flex({"type": "carousel", "contents": [medium] * 6})])
    assert validate_messages([flex({"type": "carousel", "contents": [medium] * 4})]) == []


def test_flex_components_are_checked() -> None:
    bad = bubble(
        {"type": "image", "url": "http://example.org/a.png"},
        {"type": "button", "action": {"type": "message", "label": "ok"}},
        {"type": "marquee"},
        {"type": "box", "layout": "diagonal", "contents": []},
    )
    assert properties([flex(bad)]) == {
        "messages[0].contents.body.contents[0].url",
        "messages[0].contents.body.contents[1].action.text",
        "messages[0].contents.body.contents[2].type",
        "messages[0].contents.body.contents[3].layout",
    }


def test_actions_are_checked_in_the_context_they_are_used() -> None:
    camera_in_template = buttons(1)
    camera_in_template["template"]["actions"] = [{"type": "camera", "label": "ถ่าย"}]
    assert properties([camera_in_template]) == {"messages[0].template.actions[0].type"}
    no_label = with_action({"type": "message", "text": "x"})
    assert properties([no_label]) == {"messages[0].quickReply.items[0].action.label"}


def test_carousel_and_image_carousel_templates() -> None:
    column = {"text": "ข้อความ", "actions": [{"type": "message", "label": "a", "text": "a"}]}
    two_actions = {**column, "actions": column["actions"] * 2}
    carousel = {"type": "template", "altText": "a", "template": {"type": "carousel", "columns": [column, two_actions]}}
    assert properties([carousel]) == {"messages[0].template.columns"}
    image_column = {"imageUrl": "https://e.org/a.png", "action": {"type": "message", "label": "ก" * 13, "text": "x"}}
    images = {"type": "template", "altText": "a", "template": {"type": "image_carousel", "columns": [image_column]}}
    assert properties([images]) == {"messages[0].template.columns[0].action.label"}


def test_request_level_fields() -> None:
    assert {p["property"] for p in validate_push({"messages": [text()]})} == {"to"}
    assert {p["property"] for p in validate_multicast({"to": ["U1"] * 501, "messages": [text()]})} == {"to"}
    units = {"to": "U1", "messages": [text()], "customAggregationUnits": ["a b"]}
    assert {p["property"] for p in validate_push(units)} == {"customAggregationUnits[0]"}
    assert validate_loading({"chatId": "U1", "loadingSeconds": 60}) == []
    assert {p["property"] for p in validate_loading({"chatId": "U1", "loadingSeconds": 7})} == {"loadingSeconds"}
    assert {p["property"] for p in validate_loading({"chatId": "U1", "loadingSeconds": 65})} == {"loadingSeconds"}
