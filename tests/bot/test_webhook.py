"""POST /callback over real HTTP: what is accepted, what is refused, and that nothing is lost."""

from __future__ import annotations

import json

import pytest
import requests
from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError

from bot.web.inbox_writer import StoreFailed
from models.messaging import InboundEvent, InboundStatus
from tests.conftest import CHANNEL_SECRET
from tests.helpers import sign, wait_until

pytestmark = pytest.mark.in_process


def stored_events(bot) -> int:
    with bot.sessions() as session:
        return session.scalar(select(func.count()).select_from(InboundEvent))


def statuses(bot) -> list[str]:
    with bot.sessions() as session:
        return list(session.scalars(select(InboundEvent.status).order_by(InboundEvent.id)))


def post(bot, body: bytes, signature: str | None = "sign", **headers: str) -> requests.Response:
    if signature == "sign":
        signature = sign(body, CHANNEL_SECRET)
    if signature is not None:
        headers["X-Line-Signature"] = signature
    headers.setdefault("Content-Type", "application/json")
    return requests.post(bot.url + "/callback", data=body, headers=headers, timeout=30)


def event(event_id: str, user: str = "Uaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", **extra: object) -> dict:
    base = {
        "type": "message",
        "mode": "active",
        "timestamp": 1763800000000,
        "source": {"type": "user", "userId": user},
        "webhookEventId": event_id,
        "deliveryContext": {"isRedelivery": False},
        "replyToken": "nHuyWiB7yP5Zw52FIkcQobQuGDXCTA",
        "message": {"id": "1", "type": "text", "quoteToken": "q", "text": "สวัสดี"},
    }
    base.update(extra)
    return base


def test_signed_text_is_answered_200_and_processed(bot) -> None:
    result = bot.line.send_text("U1111111111111111111111111111111a", "สวัสดีค่ะ")
    assert result["status"] == 200
    messages = bot.line.wait_for_messages("U1111111111111111111111111111111a", 1)
    assert messages[0]["via"] == "reply"
    assert "เล่าได้เลย" in messages[0]["message"]["text"]  # a greeting is answered as one
    assert messages[0]["message"]["quickReply"]["items"]


def test_empty_events_list_is_a_verification_and_gets_200(bot) -> None:
    body = b'{"destination":"U8e742f61d673b39c7fff3cecb7536ef0","events":[]}'
    response = post(bot, body, signature="GhRKmvmHys4Pi8DxkF4+EayaH0OqtJtaZxgTD9fMDLs=")
    assert response.status_code == 200


def test_missing_signature_is_refused_and_nothing_stored(bot) -> None:
    body = json.dumps({"events": [event("01AAAAAAAAAAAAAAAAAAAAAAAA")]}).encode()
    assert post(bot, body, signature=None).status_code == 400
    assert stored_events(bot) == 0


def test_wrong_signature_is_refused_and_nothing_stored(bot) -> None:
    body = json.dumps({"events": [event("01AAAAAAAAAAAAAAAAAAAAAAAA")]}).encode()
    assert post(bot, body, signature=sign(body, "not-the-secret")).status_code == 400
    assert post(bot, body, signature="garbage").status_code == 400
    assert stored_events(bot) == 0


def test_broken_json_is_refused_even_when_signed(bot) -> None:
    for body in (b"{not json", b"\xff\xfe\x00", b"[]", b'{"events": "no"}', b'{"events": [1, 2]}'):
        response = post(bot, body)
        assert 400 <= response.status_code < 500, body
    assert stored_events(bot) == 0


def test_event_of_the_wrong_shape_refuses_the_whole_body(bot) -> None:
    good = event("01BBBBBBBBBBBBBBBBBBBBBBBB")
    bad = {"type": "message", "timestamp": "yesterday"}
    response = post(bot, json.dumps({"events": [good, bad]}).encode())
    assert response.status_code == 400
    assert stored_events(bot) == 0


def test_deeply_nested_json_is_refused_not_a_500(bot) -> None:
    for depth in (40, 1000, 100_000):
        nested = "[" * depth + "]" * depth
        body = ('{"events": [], "extra": ' + nested + "}").encode()
        assert post(bot, body).status_code == 400, depth
    assert stored_events(bot) == 0


@pytest.mark.parametrize(
    "change",
    [
        {"source": {"type": "user", "userId": "U" + "a" * 78}},
        {"source": {"type": "user", "userId": "U\u0000aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}},
        {"timestamp": 2**63},
        {"timestamp": -1},
        {"webhookEventId": "01\ud800BAD"},
        {"webhookEventId": "A" * 65},
    ],
    ids=[
        "long-user-id",
        "nul-in-user-id",
        "timestamp-beyond-bigint",
        "negative-timestamp",
        "lone-surrogate-id",
        "long-id",
    ],
)
def test_an_unstorable_event_is_refused_400_and_stores_nothing(bot, change: dict) -> None:
    bad = json.dumps({"events": [event("01GGGGGGGGGGGGGGGGGGGGGGGG") | change]}).replace("\\\\u", "\\u").encode()
    assert post(bot, bad).status_code == 400
    assert post(bot, json.dumps({"events": [event("01HHHHHHHHHHHHHHHHHHHHHHHH")]}).encode()).status_code == 200
    assert stored_events(bot) == 1


def test_nul_and_lone_surrogates_in_a_message_are_kept_as_replacement_characters(bot) -> None:
    text_with_escapes = "ช่วยด้วย\\u0000ค่ะ \\udc80"
    body = json.dumps({"events": [event("01JJJJJJJJJJJJJJJJJJJJJJJJ")]}, ensure_ascii=False).replace(
        "สวัสดี", "PLACEHOLDER"
    )
    body = body.encode().replace(b"PLACEHOLDER", text_with_escapes.encode())
    assert post(bot, body).status_code == 200
    wait_until(lambda: statuses(bot) == [InboundStatus.DONE])
    with bot.sessions() as session:
        stored = session.scalars(select(InboundEvent)).one()
    assert stored.payload["message"]["text"] == "ช่วยด้วย\ufffdค่ะ \ufffd"


def test_an_event_type_with_a_newline_stays_one_log_line(bot, caplog) -> None:
    strange = event("01KKKKKKKKKKKKKKKKKKKKKKKK", type='x"\n{"forged": true}')
    with caplog.at_level("INFO", logger="bot.handlers"):
        assert post(bot, json.dumps({"events": [strange]}).encode()).status_code == 200
        wait_until(lambda: statuses(bot) == [InboundStatus.DONE])
    lines = [record.getMessage() for record in caplog.records if record.name == "bot.handlers"]
    assert lines and all("\n" not in line and json.loads(line)["ignored_type"] for line in lines)


def test_ten_megabyte_body_is_refused_without_a_500(bot) -> None:
    payload = json.dumps({"events": [event("01CCCCCCCCCCCCCCCCCCCCCCCC")], "pad": "x" * (10 * 1024 * 1024)}).encode()
    response = post(bot, payload)
    assert response.status_code == 413
    assert stored_events(bot) == 0


def test_same_webhook_event_id_twice_is_processed_once(bot) -> None:
    user = "U2222222222222222222222222222222b"
    first = bot.line.send_text(user, "ช่วยด้วย")
    bot.line.wait_for_messages(user, 1)
    again = bot.line.redeliver(first["events"][0])
    assert again["status"] == 200
    body = json.dumps({"events": [first["events"][0]]}).encode()
    assert post(bot, body).status_code == 200
    with bot.sessions() as session:
        rows = session.scalars(select(InboundEvent)).all()
    assert len(rows) == 1
    wait_until(lambda: stored_events(bot) == 1)
    assert len(bot.line.messages_to(user)) == 1


def test_unknown_event_type_and_fields_are_kept_not_crashed_on(bot) -> None:
    strange = event(
        "01DDDDDDDDDDDDDDDDDDDDDDDD",
        type="hologram",
        hologram={"shape": "cube"},
        newTopLevelField=[1, 2, 3],
    )
    strange_message = event(
        "01EEEEEEEEEEEEEEEEEEEEEEEE",
        message={"id": "9", "type": "smell", "intensity": 3},
    )
    assert post(bot, json.dumps({"destination": "x", "events": [strange, strange_message]}).encode()).status_code == 200

    wait_until(lambda: statuses(bot) == [InboundStatus.DONE, InboundStatus.DONE])
    with bot.sessions() as session:
        kept = session.scalars(select(InboundEvent).where(InboundEvent.event_type == "hologram")).one()
    assert kept.payload["hologram"] == {"shape": "cube"}


def test_standby_events_are_stored_but_never_answered(bot) -> None:
    standby = event("01FFFFFFFFFFFFFFFFFFFFFFFF", mode="standby")
    standby.pop("replyToken")
    assert post(bot, json.dumps({"events": [standby]}).encode()).status_code == 200
    wait_until(lambda: statuses(bot) == [InboundStatus.DONE])
    assert bot.line.calls(path_prefix="/v2/bot/message") == []


def test_healthz(bot) -> None:
    assert requests.get(bot.url + "/healthz", timeout=5).json() == {"status": "ok"}


@pytest.mark.live  # the workers' threads meet the restarted database
def test_a_database_restart_between_requests_loses_no_event(make_bot, engine) -> None:
    """Pooled connections die when PostgreSQL restarts; the next webhook must still be stored.
    Web part only, as under gunicorn: no worker thread notices the dead connections first."""
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite has no server connections to lose")
    bot = make_bot(start_workers=False)
    assert post(bot, json.dumps({"events": [event("RESTART-1")]}).encode()).status_code == 200
    with engine.connect() as connection:
        killed = connection.execute(
            text(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        ).scalar_one()
    assert killed >= 1, "the bot held no connection to drop"

    response = post(
        bot, json.dumps({"events": [event("RESTART-2", user="Ubbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")]}).encode()
    )

    assert response.status_code == 200
    assert statuses(bot) == [InboundStatus.PENDING, InboundStatus.PENDING]


def test_a_store_that_fails_is_answered_503_logged_without_the_text_and_stores_nothing(
    bot, monkeypatch, caplog
) -> None:
    """LINE hears 503 (it redelivers when redelivery is on); the log names the error, not the words."""

    def fail(events: list, timeout: float) -> int:  # noqa: ARG001 - the writer's signature
        try:
            raise OperationalError("INSERT ... 'สวัสดี'", {}, Exception("the server closed the connection"))
        except OperationalError as error:
            raise StoreFailed(type(error).__name__) from error

    monkeypatch.setattr(bot.app.extensions["bot_inbox"], "store", fail)
    with caplog.at_level("ERROR", logger="bot.web.webhook"):
        answer = post(bot, json.dumps({"events": [event("01LLLLLLLLLLLLLLLLLLLLLLLL")]}).encode())
    assert answer.status_code == 503 and answer.text == "storage unavailable"
    (line,) = [json.loads(record.getMessage()) for record in caplog.records if record.name == "bot.web.webhook"]
    assert line["webhook"] == "store_failed" and line["events"] == 1 and line["error"] == "OperationalError"
    assert "สวัสดี" not in caplog.text
    assert stored_events(bot) == 0
