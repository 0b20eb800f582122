"""Reply tokens, retry keys, injected failures, quota, blocked users, auth, request ids, call records."""

from __future__ import annotations

import threading
import time
import uuid

import pytest
import requests

from tests.line_emulator.support import TOKEN, Api, text


def test_push_answers_sent_messages_and_delivers(api: Api, running) -> None:
    response = api.push("Upush", [text("หนึ่ง"), text("สอง")])
    assert response.status_code == 200
    sent = response.json()["sentMessages"]
    assert len(sent) == 2 and all(item["id"].isdigit() and item["quoteToken"] for item in sent)
    delivered = running.client.messages_to("Upush")
    assert [d["message"]["text"] for d in delivered] == ["หนึ่ง", "สอง"]
    assert {d["via"] for d in delivered} == {"push"}
    assert {d["request_id"] for d in delivered} == {response.headers["x-line-request-id"]}


# -- reply tokens -------------------------------------------------------------------------------------


def test_a_reply_token_is_single_use(api: Api, running) -> None:
    token = running.client.send_text("Ureply", "สวัสดี")["events"][0]["replyToken"]
    first = api.reply(token, [text("ตอบ")])
    assert first.status_code == 200 and len(first.json()["sentMessages"]) == 1
    second = api.reply(token)
    assert second.status_code == 400 and second.json() == {"message": "Invalid reply token"}
    (delivered,) = running.client.messages_to("Ureply")
    assert delivered["via"] == "reply" and delivered["message"]["text"] == "ตอบ"


def test_a_reply_goes_to_the_user_the_token_was_issued_for(api: Api, running) -> None:
    tokens = {user: running.client.send_text(user, "hi")["events"][0]["replyToken"] for user in ("Ua", "Ub")}
    assert api.reply(tokens["Ub"], [text("ถึง B")]).status_code == 200
    assert running.client.messages_to("Ua") == []
    assert [d["message"]["text"] for d in running.client.messages_to("Ub")] == ["ถึง B"]


def test_unknown_and_expired_reply_tokens_are_invalid(api: Api, running) -> None:
    assert api.reply("0" * 32).json() == {"message": "Invalid reply token"}
    running.client.configure(reply_token_ttl=0.2)
    token = running.client.send_text("Uslow", "hi")["events"][0]["replyToken"]
    time.sleep(0.3)
    expired = api.reply(token)
    assert expired.status_code == 400 and expired.json()["message"] == "Invalid reply token"
    assert running.client.messages_to("Uslow") == []


def test_reply_token_ttl_is_settable_on_the_python_object(api: Api, running) -> None:
    running.emulator.reply_token_ttl = 0.0
    token = running.client.send_text("Uzero", "hi")["events"][0]["replyToken"]
    assert api.reply(token).json()["message"] == "Invalid reply token"


def test_a_reply_with_a_retry_key_is_refused_and_does_not_spend_the_token(api: Api, running) -> None:
    token = running.client.send_text("Ukey", "hi")["events"][0]["replyToken"]
    refused = api.reply(token, **{"X-Line-Retry-Key": str(uuid.uuid4())})
    assert refused.status_code == 400 and "Retry-Key" in refused.json()["message"]
    assert api.reply(token).status_code == 200


def test_an_invalid_reply_does_not_spend_the_token(api: Api, running) -> None:
    token = running.client.send_text("Uinvalid", "hi")["events"][0]["replyToken"]
    assert api.reply(token, [text("a" * 5001)]).status_code == 400
    assert api.reply(token).status_code == 200


# -- retry keys ---------------------------------------------------------------------------------------


def test_a_repeated_retry_key_is_409_with_the_sent_messages_and_delivers_once(api: Api, running) -> None:
    key = str(uuid.uuid4())
    first = api.push("Uonce", key=key)
    repeat = api.push("Uonce", key=key)
    assert first.status_code == 200
    assert repeat.status_code == 409
    assert repeat.json() == {
        "message": "The retry key is already accepted",
        "sentMessages": first.json()["sentMessages"],
    }
    assert len(running.client.messages_to("Uonce")) == 1


def test_a_failed_attempt_does_not_consume_the_retry_key(api: Api, running) -> None:
    key = str(uuid.uuid4())
    running.client.fail_next(2, status=500, path_prefix="/v2/bot/message/push")
    assert [api.push("Uretry", key=key).status_code for _ in range(4)] == [500, 500, 200, 409]
    calls = running.client.calls("/v2/bot/message/push")
    assert [call["injected"] for call in calls] == [True, True, False, False]
    assert {call["headers"]["x-line-retry-key"] for call in calls} == {key}
    assert len(running.client.messages_to("Uretry")) == 1


def test_a_refused_request_does_not_consume_the_retry_key(api: Api, running) -> None:
    key = str(uuid.uuid4())
    assert api.push("Urefused", [text("a" * 5001)], key=key).status_code == 400
    assert api.push("Urefused", key=key).status_code == 200


def test_a_retry_key_that_is_not_a_uuid_is_400(api: Api, running) -> None:
    response = api.push("Ubadkey", key="not-a-uuid")
    assert response.status_code == 400 and "UUID" in response.json()["message"]
    assert running.client.messages_to("Ubadkey") == []


def test_retry_keys_are_forgotten_after_their_ttl(api: Api, running) -> None:
    running.client.configure(retry_key_ttl=0.1)
    key = str(uuid.uuid4())
    assert api.push("Uforget", key=key).status_code == 200
    time.sleep(0.2)
    assert api.push("Uforget", key=key).status_code == 200  # as on LINE after 24 hours: sent again
    assert len(running.client.messages_to("Uforget")) == 2


def test_concurrent_requests_with_one_retry_key_deliver_exactly_once(running) -> None:
    key, statuses = str(uuid.uuid4()), []

    def attempt() -> None:
        statuses.append(Api(running.base_url).push("Urace", key=key).status_code)

    threads = [threading.Thread(target=attempt) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(statuses) == [200] + [409] * 15
    assert len(running.client.messages_to("Urace")) == 1


def test_multicast_answers_empty_object_and_remembers_its_retry_key(api: Api, running) -> None:
    key = str(uuid.uuid4())
    body = {"to": ["Um1", "Um2", "Um1"], "messages": [text("ประกาศ")]}
    first = api.post("/v2/bot/message/multicast", body, headers={"X-Line-Retry-Key": key})
    assert first.status_code == 200 and first.json() == {}
    again = api.post("/v2/bot/message/multicast", body, headers={"X-Line-Retry-Key": key})
    assert again.status_code == 409 and again.json()["message"] == "The retry key is already accepted"
    assert [len(running.client.messages_to(user)) for user in ("Um1", "Um2")] == [1, 1]
    assert [d["via"] for d in running.client.messages_to("Um1")] == ["multicast"]


def test_multicast_to_501_users_is_refused(api: Api) -> None:
    response = api.post("/v2/bot/message/multicast", {"to": [f"U{n}" for n in range(501)], "messages": [text()]})
    assert response.status_code == 400 and response.json()["details"][0]["property"] == "to"


# -- failures -----------------------------------------------------------------------------------------


def test_fail_next_n_with_a_status_and_a_delay(api: Api, running) -> None:
    running.client.fail_next(2, status=503, delay=0.2, path_prefix="/v2/bot/message/push")
    started = time.monotonic()
    statuses = [api.push("Ufail").status_code for _ in range(3)]
    assert statuses == [503, 503, 200]
    assert time.monotonic() - started >= 0.4
    assert len(running.client.messages_to("Ufail")) == 1


def test_an_injected_failure_carries_a_line_error_body_and_request_id(api: Api, running) -> None:
    running.client.fail_next(1, status=429, body={"message": "The API rate limit has been exceeded."})
    response = api.push("Urate")
    assert response.status_code == 429
    assert response.json() == {"message": "The API rate limit has been exceeded."}
    assert response.headers["x-line-request-id"]


def test_failures_only_hit_their_path_prefix(api: Api, running) -> None:
    running.client.fail_next(1, status=500, path_prefix="/v2/bot/message/multicast")
    assert api.push("Uother").status_code == 200
    assert api.post("/v2/bot/message/multicast", {"to": ["Uother"], "messages": [text()]}).status_code == 500


def test_a_timeout_lets_the_client_give_up_while_the_message_is_still_delivered(api: Api, running) -> None:
    key = str(uuid.uuid4())
    running.client.fail_next(1, status="timeout", delay=0.5, path_prefix="/v2/bot/message/push")
    with pytest.raises(requests.Timeout):
        api.session.post(
            api.base_url + "/v2/bot/message/push",
            json={"to": "Utimeout", "messages": [text()]},
            headers={"X-Line-Retry-Key": key},
            timeout=0.2,
        )
    time.sleep(0.5)
    assert len(running.client.messages_to("Utimeout")) == 1  # LINE took it; the bot did not hear back
    assert api.push("Utimeout", key=key).status_code == 409  # so its retry is a harmless 409
    assert len(running.client.messages_to("Utimeout")) == 1


def test_bad_failure_specs_are_refused(running) -> None:
    from line_emulator import EmulatorError

    with pytest.raises(EmulatorError):
        running.client.fail_next(0)
    with pytest.raises(EmulatorError):
        running.client.fail_next(1, status=999)


# -- quota, blocked users -----------------------------------------------------------------------------


def test_an_exhausted_quota_is_429_and_quota_endpoints_report_it(api: Api, running) -> None:
    running.client.set_quota(3, used=0)
    assert api.push("Uq").status_code == 200
    assert api.post("/v2/bot/message/multicast", {"to": ["Uq1", "Uq2"], "messages": [text()]}).status_code == 200
    refused = api.push("Uq")
    assert refused.status_code == 429 and refused.json() == {"message": "You have reached your monthly limit."}
    token = running.client.send_text("Uq", "hi")["events"][0]["replyToken"]
    assert api.reply(token).status_code == 200  # replies are free
    assert api.get("/v2/bot/message/quota").json() == {"type": "limited", "value": 3}
    assert api.get("/v2/bot/message/quota/consumption").json() == {"totalUsage": 3}
    assert [d["via"] for d in running.client.messages_to("Uq")] == ["push", "reply"]


def test_a_multicast_larger_than_the_remaining_quota_sends_nothing(api: Api, running) -> None:
    running.client.set_quota(10, used=9)
    response = api.post("/v2/bot/message/multicast", {"to": ["Ux", "Uy"], "messages": [text()]})
    assert response.status_code == 429
    assert running.client.messages_to("Ux") == []


def test_an_unlimited_quota_is_type_none(api: Api) -> None:
    assert api.get("/v2/bot/message/quota").json() == {"type": "none"}


def test_a_push_to_a_user_who_unfollowed_is_200_and_recorded_undelivered(api: Api, running) -> None:
    running.client.unfollow("Ublocked")
    response = api.push("Ublocked")
    assert response.status_code == 200 and response.json()["sentMessages"]
    assert running.client.messages_to("Ublocked") == []
    (undelivered,) = running.client.messages_to("Ublocked", include_undelivered=True)
    assert undelivered["delivered"] is False
    running.client.follow("Ublocked")
    assert api.push("Ublocked").status_code == 200
    assert len(running.client.messages_to("Ublocked")) == 1


# -- auth, request ids, malformed requests ------------------------------------------------------------


def test_a_missing_or_wrong_token_is_401(running) -> None:
    url = running.base_url + "/v2/bot/message/push"
    body = {"to": "U1", "messages": [text()]}
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"}):
        response = requests.post(url, json=body, headers=headers, timeout=5)
        assert response.status_code == 401
        assert response.json()["message"].startswith("Authentication failed")
        assert response.headers["x-line-request-id"]


def test_any_token_is_accepted_when_none_is_configured() -> None:
    from line_emulator import run_in_thread

    with run_in_thread("secret") as open_emulator:
        assert Api(open_emulator.base_url, token="anything").push().status_code == 200
        response = requests.get(open_emulator.base_url + "/v2/bot/message/quota", timeout=5)
        assert response.status_code == 401


def test_every_response_carries_a_random_hex_request_id(api: Api, running) -> None:
    responses = [
        api.push(),
        api.push(messages=[text("a" * 5001)]),
        api.post("/v2/bot/message/push", data="{not json", headers={"Content-Type": "application/json"}),
        api.get("/v2/bot/profile/Unobody"),
        api.get("/v2/bot/no/such/path"),
        api.delete("/v2/bot/message/push"),
        api.get("/v2/bot/message/quota"),
        requests.get(running.base_url + "/_emulator/health", timeout=5),
    ]
    ids = [response.headers.get("x-line-request-id") for response in responses]
    assert all(ids) and len(set(ids)) == len(ids)
    assert all(len(value) == 32 and int(value, 16) >= 0 for value in ids)
    assert [r.status_code for r in responses] == [200, 400, 400, 404, 404, 405, 200, 200]


def test_a_non_json_body_is_400(api: Api) -> None:
    response = api.post("/v2/bot/message/push", data=b"\xff\xfe", headers={"Content-Type": "application/json"})
    assert response.status_code == 400 and response.json()["message"]
    assert api.post("/v2/bot/message/push", [text()]).status_code == 400  # an array, not an object


def test_a_body_over_2_mb_is_413(api: Api, running) -> None:
    body = {"to": "Ubig", "messages": [text()], "padding": "x" * (2 * 1024 * 1024)}
    response = api.post("/v2/bot/message/push", body)
    assert response.status_code == 413 and response.json() == {"message": "Request Entity Too Large"}
    assert running.client.messages_to("Ubig") == []


# -- call records -------------------------------------------------------------------------------------


def test_calls_are_recorded_in_order_with_headers_bodies_and_answers(api: Api, running) -> None:
    key = str(uuid.uuid4())
    ok = api.push("Ucalls", key=key)
    api.get("/v2/bot/message/quota")
    pushes = running.client.calls("/v2/bot/message/push")
    everything = running.client.calls()
    assert [call["path"] for call in everything] == ["/v2/bot/message/push", "/v2/bot/message/quota"]
    assert everything[0]["seq"] < everything[1]["seq"]
    (call,) = pushes
    assert call["method"] == "POST" and call["status"] == 200
    assert call["headers"]["x-line-retry-key"] == key and call["headers"]["authorization"] is True
    assert call["body"] == {"to": "Ucalls", "messages": [text()]}
    assert call["response"] == ok.json()
    assert call["request_id"] == ok.headers["x-line-request-id"]
    assert running.client.count_calls("/v2/bot/message/push", status=200) == 1
    assert running.client.count_calls("/v2/bot/message/push", status=400) == 0
    assert running.client.count_calls() == 2
    running.client.clear_calls()
    assert running.client.calls() == []


# -- other endpoints ----------------------------------------------------------------------------------


def test_loading_animation_is_202_and_checks_its_seconds(api: Api) -> None:
    ok = api.post("/v2/bot/chat/loading/start", {"chatId": "U1", "loadingSeconds": 5})
    assert ok.status_code == 202 and ok.json() == {}
    assert api.post("/v2/bot/chat/loading/start", {"chatId": "U1"}).status_code == 202
    bad = api.post("/v2/bot/chat/loading/start", {"chatId": "U1", "loadingSeconds": 3})
    assert bad.status_code == 400 and bad.json()["details"][0]["property"] == "loadingSeconds"


def test_profiles(api: Api, running) -> None:
    assert api.get("/v2/bot/profile/Uunknown").json() == {"message": "Not found"}
    running.client.add_user("Uenglish", "Jane", language="en")
    assert api.get("/v2/bot/profile/Uenglish").json() == {"userId": "Uenglish", "displayName": "Jane", "language": "en"}
    running.client.send_text("Uauto", "hi")
    auto = api.get("/v2/bot/profile/Uauto").json()
    assert auto["language"] == "th" and auto["displayName"]


def test_message_validation_endpoints(api: Api) -> None:
    assert api.post("/v2/bot/message/validate/push", {"messages": [text()]}).status_code == 200
    assert api.post("/v2/bot/message/validate/reply", {"messages": [text("")]}).status_code == 400
