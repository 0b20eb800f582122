"""Webhooks the emulator sends: signed like LINE, parseable by line-bot-sdk, shaped like LINE's events."""

from __future__ import annotations

import base64
import json
import re

import pytest
from linebot.v3.exceptions import InvalidSignatureError
from linebot.v3.webhook import WebhookParser
from linebot.v3.webhooks import (
    FollowEvent,
    ImageMessageContent,
    LocationMessageContent,
    MessageEvent,
    PostbackEvent,
    StickerMessageContent,
    TextMessageContent,
    UnfollowEvent,
)

from line_emulator import EmulatorError, signature
from tests.line_emulator.support import SECRET, Api, Receiver

ULID = re.compile(r"[0-9A-HJKMNP-TV-Z]{26}")


def test_signature_matches_lines_published_test_vector() -> None:
    body = b'{"destination":"U8e742f61d673b39c7fff3cecb7536ef0","events":[]}'
    assert signature("8c570fa6dd201bb328f1c1eac23a96d8", body) == "GhRKmvmHys4Pi8DxkF4+EayaH0OqtJtaZxgTD9fMDLs="


def test_every_kind_of_event_is_signed_and_parses_with_the_sdk(running, receiver: Receiver) -> None:
    client, user = running.client, "U4af4980629d4f8a1b0e2b6d4e3f9c8a7"
    client.follow(user)
    client.send_text(user, "สวัสดีค่ะ")
    client.send_image(user, b"\xff\xd8\xff\xe0photo", content_type="image/jpeg")
    client.send_location(user, 16.4419, 102.8359, title="บ้าน", address="ขอนแก่น")
    client.send_sticker(user)
    client.send_postback(user, "action=report&step=1", params={"date": "2026-11-22"})
    client.unfollow(user)

    parser = WebhookParser(SECRET)
    events = []
    for body, headers in receiver.requests:
        assert body.decode("utf-8")  # exact UTF-8 bytes, Thai unescaped is fine
        assert headers["X-Line-Signature"] == signature(SECRET, body)
        payload = parser.parse(body.decode("utf-8"), headers["X-Line-Signature"], as_payload=True)
        assert payload.destination.startswith("U") and len(payload.destination) == 33
        events += payload.events

    assert [type(event) for event in events] == [
        FollowEvent,
        MessageEvent,
        MessageEvent,
        MessageEvent,
        MessageEvent,
        PostbackEvent,
        UnfollowEvent,
    ]
    contents = [type(event.message) for event in events if isinstance(event, MessageEvent)]
    assert contents == [TextMessageContent, ImageMessageContent, LocationMessageContent, StickerMessageContent]
    text_event, image_event, location_event = events[1], events[2], events[3]
    assert text_event.message.text == "สวัสดีค่ะ" and text_event.message.quote_token
    assert image_event.message.content_provider.type == "line"
    assert (location_event.message.latitude, location_event.message.title) == (16.4419, "บ้าน")
    assert events[5].postback.data == "action=report&step=1" and events[5].postback.params == {"date": "2026-11-22"}
    for event in events:
        assert event.source.user_id == user and event.mode.value == "active"
        assert event.delivery_context.is_redelivery is False and ULID.fullmatch(event.webhook_event_id)
    assert all(event.reply_token for event in events[:-1]) and not hasattr(events[-1], "reply_token")
    timestamps = [event.timestamp for event in events]
    assert timestamps == sorted(set(timestamps))
    assert len({event.webhook_event_id for event in events}) == len(events)


def test_the_result_reports_the_bots_answer_and_the_events(running, receiver: Receiver) -> None:
    receiver.status = 500
    result = running.client.send_text("Uanswer", "hi")
    assert result["status"] == 500 and result["body"] == "nope"
    (event,) = result["events"]
    assert event["type"] == "message" and event["message"]["text"] == "hi"
    assert json.loads(receiver.requests[0][0])["events"] == [event]


def test_a_reply_token_from_a_webhook_is_issued_to_that_user(api: Api, running) -> None:
    token = running.client.send_postback("Upost", "x=1")["events"][0]["replyToken"]
    assert api.reply(token).status_code == 200
    assert len(running.client.messages_to("Upost")) == 1


def test_image_content_can_be_downloaded_and_expired(api: Api, running) -> None:
    photo = b"\x89PNG\r\n\x1a\nnot-really"
    event = running.client.send_image("Uphoto", photo, content_type="image/png")["events"][0]
    url = f"/v2/bot/message/{event['message']['id']}/content"
    response = api.get(url)
    assert response.status_code == 200 and response.content == photo
    assert response.headers["Content-Type"] == "image/png"
    assert api.get("/v2/bot/message/123456789/content").status_code == 404
    running.client.expire_content(event["message"]["id"])
    assert api.get(url).status_code == 410


def test_several_users_in_one_post(running, receiver: Receiver) -> None:
    result = running.client.send_events(
        [
            {"userId": "Uone", "type": "text", "text": "หนึ่ง"},
            {"userId": "Utwo", "type": "location", "latitude": 13.75, "longitude": 100.5},
            {"userId": "Uone", "type": "postback", "data": "a=b"},
        ]
    )
    assert result["status"] == 200 and len(receiver.requests) == 1
    events = WebhookParser(SECRET).parse(receiver.requests[0][0].decode(), receiver.requests[0][1]["X-Line-Signature"])
    assert [event.source.user_id for event in events] == ["Uone", "Utwo", "Uone"]
    assert events[0].timestamp < events[1].timestamp < events[2].timestamp


def test_raw_event_dicts_are_sent_as_given(running, receiver: Receiver) -> None:
    strange = {"type": "hologram", "mode": "active", "timestamp": 1, "webhookEventId": "01X", "shape": "cube"}
    running.client.send_events([strange])
    assert json.loads(receiver.requests[0][0])["events"] == [strange]


def test_a_redelivery_keeps_id_token_and_timestamp(running, receiver: Receiver) -> None:
    first = running.client.send_text("Uagain", "ช่วยด้วย")["events"][0]
    again = running.client.redeliver(first)["events"][0]
    by_id = running.client.redeliver(first["webhookEventId"])["events"][0]
    for redelivered in (again, by_id):
        for key in ("webhookEventId", "replyToken", "timestamp", "message", "source"):
            assert redelivered[key] == first[key]
        assert redelivered["deliveryContext"] == {"isRedelivery": True}
    sent = [json.loads(body)["events"][0] for body, _ in receiver.requests]
    assert [event["deliveryContext"]["isRedelivery"] for event in sent] == [False, True, True]


def test_unfollow_blocks_and_follow_unblocks(running) -> None:
    assert running.client.follow("Ufriend")["events"][0]["follow"] == {"isUnblocked": False}
    unfollow = running.client.unfollow("Ufriend")["events"][0]
    assert unfollow["type"] == "unfollow" and "replyToken" not in unfollow
    assert running.emulator.state.users["Ufriend"].blocked
    assert running.client.follow("Ufriend", is_unblocked=True)["events"][0]["follow"] == {"isUnblocked": True}
    assert not running.emulator.state.users["Ufriend"].blocked


def test_standby_events_carry_no_reply_token(running) -> None:
    result = running.client.send_events([{"userId": "Ustandby", "type": "text", "text": "hi", "mode": "standby"}])
    assert result["events"][0]["mode"] == "standby" and "replyToken" not in result["events"][0]


def test_raw_bodies_are_sent_exactly_and_signed_unless_a_signature_is_given(running, receiver: Receiver) -> None:
    body = '{"destination":"U8e742f61d673b39c7fff3cecb7536ef0","events":[]}'
    assert running.client.send_raw(body)["status"] == 200
    assert running.client.send_raw(body.encode(), signature="forged")["status"] == 200
    (good_body, good_headers), (bad_body, bad_headers) = receiver.requests
    assert good_body == bad_body == body.encode()
    assert good_headers["X-Line-Signature"] == "GhRKmvmHys4Pi8DxkF4+EayaH0OqtJtaZxgTD9fMDLs="
    with pytest.raises(InvalidSignatureError):
        WebhookParser(SECRET).parse(bad_body.decode(), bad_headers["X-Line-Signature"])


def test_image_bytes_travel_base64_in_the_control_api(running) -> None:
    result = running.client.send(
        "Ub64", "image", content_base64=base64.b64encode(b"abc").decode(), content_type="image/jpeg"
    )
    assert running.emulator.state.content(result["events"][0]["message"]["id"]) == (b"abc", "image/jpeg")


def test_bad_event_specs_are_refused_by_the_control_api(running) -> None:
    with pytest.raises(EmulatorError, match="unknown event type"):
        running.client.send("Ux", "hologram")
    with pytest.raises(EmulatorError, match="text"):
        running.client.send("Ux", "text")
    with pytest.raises(EmulatorError, match="no event"):
        running.client.redeliver("01NOSUCHEVENT")


def test_without_a_bot_the_events_are_built_and_the_status_is_none(running) -> None:
    running.set_webhook_url(None)
    result = running.client.send_text("Unobot", "hi")
    assert result["status"] is None and result["events"][0]["replyToken"]
    running.set_webhook_url("http://127.0.0.1:9/callback")  # nothing listens on the discard port
    down = running.client.send_text("Unobot", "hi")
    assert down["status"] is None and "Error" in down["body"]
