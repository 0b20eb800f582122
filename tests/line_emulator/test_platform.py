"""Retry keys, reply tokens, injected failures, quota, blocked users, content, rich menus, signing."""

from __future__ import annotations

import json
import struct
import threading
import uuid
import zlib

import pytest
import requests
from linebot.v3.webhook import WebhookParser
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

from line_emulator import run_in_thread, signature

TOKEN = "emulator-test-token"
SECRET = "8c570fa6dd201bb328f1c1eac23a96d8"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


class Receiver:
    """A stand-in bot: records the webhooks it receives and answers 200."""

    def __init__(self) -> None:
        self.bodies: list[tuple[bytes, str]] = []

        @Request.application
        def app(request: Request) -> Response:
            self.bodies.append((request.get_data(), request.headers.get("x-line-signature", "")))
            return Response("OK")

        self.server = make_server("127.0.0.1", 0, app, threaded=True)
        self.url = f"http://127.0.0.1:{self.server.server_port}/callback"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def receiver():
    receiver = Receiver()
    yield receiver
    receiver.server.shutdown()


@pytest.fixture
def emulator(receiver):
    running = run_in_thread(SECRET, access_token=TOKEN, webhook_url=receiver.url)
    yield running
    running.stop()


def push(emulator, to: str = "U1", key: str | None = None, text: str = "สวัสดี") -> requests.Response:
    headers = dict(AUTH)
    if key:
        headers["X-Line-Retry-Key"] = key
    body = {"to": to, "messages": [{"type": "text", "text": text}]}
    return requests.post(emulator.base_url + "/v2/bot/message/push", json=body, headers=headers, timeout=10)


def reply(emulator, token: str, **headers: str) -> requests.Response:
    body = {"replyToken": token, "messages": [{"type": "text", "text": "ตอบ"}]}
    return requests.post(
        emulator.base_url + "/v2/bot/message/reply", json=body, headers={**AUTH, **headers}, timeout=10
    )


def test_signature_matches_lines_published_test_vector() -> None:
    body = b'{"destination":"U8e742f61d673b39c7fff3cecb7536ef0","events":[]}'
    assert signature(SECRET, body) == "GhRKmvmHys4Pi8DxkF4+EayaH0OqtJtaZxgTD9fMDLs="


def test_sent_webhooks_are_signed_and_parse_with_the_sdk(emulator, receiver) -> None:
    client = emulator.client
    client.send_text("Uaaa", "สวัสดี")
    client.send_image("Uaaa", b"\xff\xd8\xff")
    client.send_location("Uaaa", 13.7, 100.5, title="บ้าน", address="กรุงเทพฯ")
    client.send_sticker("Uaaa")
    client.send_postback("Uaaa", "action=report")
    client.follow("Uaaa")
    client.unfollow("Uaaa")
    parser = WebhookParser(SECRET)
    kinds = []
    for body, sig in receiver.bodies:
        events = parser.parse(body.decode(), sig)
        kinds += [type(event).__name__ for event in events]
    assert kinds == ["MessageEvent"] * 4 + ["PostbackEvent", "FollowEvent", "UnfollowEvent"]
    timestamps = [json.loads(body)["events"][0]["timestamp"] for body, _ in receiver.bodies]
    assert timestamps == sorted(set(timestamps))


def test_repeat_of_a_retry_key_is_409_and_delivered_once(emulator) -> None:
    key = str(uuid.uuid4())
    assert push(emulator, key=key).status_code == 200
    repeat = push(emulator, key=key)
    assert repeat.status_code == 409 and repeat.json()["message"] == "The retry key is already accepted"
    assert len(emulator.client.messages_to("U1")) == 1


def test_a_failed_attempt_does_not_use_up_the_retry_key(emulator) -> None:
    key = str(uuid.uuid4())
    emulator.client.fail_next(2, status=500)
    assert [push(emulator, key=key).status_code for _ in range(3)] == [500, 500, 200]
    calls = emulator.client.calls(path_prefix="/v2/bot/message/push")
    assert {call["headers"]["x-line-retry-key"] for call in calls} == {key}
    assert len(emulator.client.messages_to("U1")) == 1


def test_a_retry_key_that_is_not_a_uuid_is_refused(emulator) -> None:
    assert push(emulator, key="not-a-uuid").status_code == 400


def test_reply_tokens_are_single_use_and_expire(emulator) -> None:
    token = emulator.client.send_text("Ubbb", "hi")["events"][0]["replyToken"]
    assert reply(emulator, token, **{"X-Line-Retry-Key": str(uuid.uuid4())}).status_code == 400
    assert reply(emulator, token).status_code == 200  # a refused request does not use the token up
    second = reply(emulator, token)
    assert second.status_code == 400 and second.json()["message"] == "Invalid reply token"
    emulator.emulator.reply_token_ttl = 0.0
    token = emulator.client.send_text("Ubbb", "hi")["events"][0]["replyToken"]
    assert reply(emulator, token).json()["message"] == "Invalid reply token"


def test_fail_next_with_a_delay(emulator) -> None:
    emulator.client.fail_next(1, status=503, delay=0.3)
    response = push(emulator)
    assert response.status_code == 503 and response.elapsed.total_seconds() >= 0.3
    assert push(emulator).status_code == 200


def test_exhausted_quota_is_429_and_quota_is_reported(emulator) -> None:
    emulator.client.set_quota(limit=1)
    assert push(emulator).status_code == 200
    refused = push(emulator)
    assert refused.status_code == 429 and refused.json()["message"] == "You have reached your monthly limit."
    quota = requests.get(emulator.base_url + "/v2/bot/message/quota", headers=AUTH, timeout=5).json()
    used = requests.get(emulator.base_url + "/v2/bot/message/quota/consumption", headers=AUTH, timeout=5).json()
    assert quota == {"type": "limited", "value": 1} and used == {"totalUsage": 1}


def test_push_to_a_blocked_user_is_200_and_not_delivered(emulator) -> None:
    emulator.client.unfollow("Ublocked")
    assert push(emulator, to="Ublocked").status_code == 200
    assert emulator.client.messages_to("Ublocked") == []


def test_image_content_can_be_downloaded_once_sent(emulator) -> None:
    event = emulator.client.send_image("Uccc", b"\x89PNG-bytes", content_type="image/png")["events"][0]
    url = f"{emulator.base_url}/v2/bot/message/{event['message']['id']}/content"
    response = requests.get(url, headers=AUTH, timeout=5)
    assert response.content == b"\x89PNG-bytes" and response.headers["content-type"].startswith("image/png")
    assert requests.get(emulator.base_url + "/v2/bot/message/404/content", headers=AUTH, timeout=5).status_code == 404


def png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b"")


def test_rich_menu_rules(emulator) -> None:
    menu = {
        "size": {"width": 2500, "height": 843},
        "selected": True,
        "name": "citizen",
        "chatBarText": "เมนู",
        "areas": [
            {"bounds": {"x": 0, "y": 0, "width": 1250, "height": 843}, "action": {"type": "postback", "data": "a"}}
        ],
    }
    base = emulator.base_url + "/v2/bot/richmenu"
    too_square = {**menu, "size": {"width": 1000, "height": 1000}}
    assert requests.post(base, json=too_square, headers=AUTH, timeout=5).status_code == 400
    menu_id = requests.post(base, json=menu, headers=AUTH, timeout=5).json()["richMenuId"]
    link = f"{emulator.base_url}/v2/bot/user/U1/richmenu/{menu_id}"
    assert requests.post(link, headers=AUTH, timeout=5).status_code == 400  # no image yet
    upload = f"{base}/{menu_id}/content"
    wrong_size = requests.post(upload, data=png(800, 270), headers={**AUTH, "Content-Type": "image/png"}, timeout=5)
    assert wrong_size.status_code == 400
    assert requests.post(upload, data=png(2500, 843), headers={**AUTH, "Content-Type": "image/png"}, timeout=5).ok
    again = requests.post(upload, data=png(2500, 843), headers={**AUTH, "Content-Type": "image/png"}, timeout=5)
    assert again.status_code == 400
    assert requests.post(link, headers=AUTH, timeout=5).ok
    assert requests.get(f"{emulator.base_url}/v2/bot/user/U1/richmenu", headers=AUTH, timeout=5).json() == {
        "richMenuId": menu_id
    }


def test_every_response_carries_a_request_id(emulator) -> None:
    for response in (
        push(emulator),
        requests.get(emulator.base_url + "/v2/bot/profile/Unknown", headers=AUTH, timeout=5),
        requests.post(emulator.base_url + "/v2/bot/message/push", data="{", headers=AUTH, timeout=5),
    ):
        assert response.headers.get("x-line-request-id")
