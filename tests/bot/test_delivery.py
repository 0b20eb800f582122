"""Delivery to LINE: reply or push, retry keys, backoff, refusals and blocked users."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import select

from models.base import utcnow
from models.messaging import OutboundMessage, OutboundStatus
from models.outbox import enqueue_to_user
from models.users import get_or_create_user
from tests.helpers import wait_until

USER = "Udeliver0000000000000000000000000"


def queue_push(bot, text: str = "ทดสอบการส่งค่ะ", user: str = USER) -> int:
    with bot.sessions.begin() as session:
        get_or_create_user(session, user, utcnow())
        (row,) = enqueue_to_user(session, user, [{"type": "text", "text": text}], utcnow())
        session.flush()
        row_id = row.id
    bot.runtime.delivery_wakeup.set()
    return row_id


def row(bot, row_id: int) -> OutboundMessage:
    with bot.sessions() as session:
        return session.get(OutboundMessage, row_id)


def test_push_retried_after_three_500s_arrives_once_with_one_retry_key(bot) -> None:
    bot.line.fail_next(3, status=500, path_prefix="/v2/bot/message/push")
    row_id = queue_push(bot)
    wait_until(lambda: row(bot, row_id).status == OutboundStatus.SENT, timeout=20)

    pushes = bot.line.calls(path_prefix="/v2/bot/message/push")
    assert [call["status"] for call in pushes] == [500, 500, 500, 200]
    keys = {call["headers"]["x-line-retry-key"] for call in pushes}
    assert keys == {row(bot, row_id).retry_key}
    assert len(bot.line.messages_to(USER)) == 1
    assert row(bot, row_id).line_request_id == pushes[-1]["request_id"]


def test_a_repeat_answered_409_counts_as_delivered(bot) -> None:
    row_id = queue_push(bot)
    wait_until(lambda: row(bot, row_id).status == OutboundStatus.SENT)
    with bot.sessions.begin() as session:
        sent = session.get(OutboundMessage, row_id)
        sent.status = OutboundStatus.PENDING  # as if the answer to the first attempt was lost
        sent.next_attempt_at = utcnow()
    bot.runtime.delivery_wakeup.set()
    wait_until(lambda: row(bot, row_id).status == OutboundStatus.SENT and row(bot, row_id).last_status == 409)
    assert len(bot.line.messages_to(USER)) == 1


def test_a_400_is_recorded_and_not_retried(bot) -> None:
    bot.line.fail_next(1, status=400, path_prefix="/v2/bot/message/push")
    row_id = queue_push(bot)
    wait_until(lambda: row(bot, row_id).status == OutboundStatus.FAILED)
    failed = row(bot, row_id)
    assert failed.attempts == 1 and failed.last_status == 400
    assert len(bot.line.calls(path_prefix="/v2/bot/message/push")) == 1


def test_a_message_the_emulator_rejects_is_failed_with_the_reason(bot) -> None:
    row_id = queue_push(bot, text="ก" * 5001)
    wait_until(lambda: row(bot, row_id).status == OutboundStatus.FAILED)
    assert "5000" in (row(bot, row_id).last_error or "") or "text" in (row(bot, row_id).last_error or "")


def test_timeouts_are_retried(make_bot) -> None:
    bot = make_bot(line_read_timeout_seconds=0.3)
    bot.line.fail_next(1, status=200, delay=1.0, path_prefix="/v2/bot/message/push")
    row_id = queue_push(bot)
    wait_until(lambda: row(bot, row_id).status == OutboundStatus.SENT, timeout=20)
    assert row(bot, row_id).attempts >= 2


def test_retrying_stops_long_before_the_retry_key_is_forgotten(make_bot) -> None:
    bot = make_bot(delivery_max_attempts=3)
    assert bot.settings.delivery_give_up_after_seconds < 24 * 3600 / 2
    bot.line.fail_next(10, status=503, path_prefix="/v2/bot/message/push")
    row_id = queue_push(bot)
    wait_until(lambda: row(bot, row_id).status == OutboundStatus.FAILED, timeout=20)
    assert row(bot, row_id).attempts == 3


def test_an_unfollowed_user_gets_no_more_pushes(bot) -> None:
    bot.line.unfollow(USER)
    wait_until(lambda: _following(bot) is False)
    row_id = queue_push(bot)
    wait_until(lambda: row(bot, row_id).status == OutboundStatus.DROPPED)
    assert bot.line.calls(path_prefix="/v2/bot/message/push") == []


def _following(bot) -> bool | None:
    from models.users import User

    with bot.sessions() as session:
        return session.scalar(select(User.following).where(User.line_user_id == USER))


def test_reply_is_used_while_fresh_and_push_after(make_bot) -> None:
    bot = make_bot(reply_token_fresh_seconds=0.0001)
    bot.line.send_text("Ulate00000000000000000000000000000", "สวัสดี")
    (message,) = bot.line.wait_for_messages("Ulate00000000000000000000000000000", 1)
    assert message["via"] == "push"


def test_an_expired_reply_token_falls_back_to_push(bot) -> None:
    user = "Ureplyfail000000000000000000000000"
    bot.emulator.emulator.reply_token_ttl = 0.0  # LINE decides the token expired; the bot cannot know
    bot.line.send_text(user, "สวัสดี")
    (message,) = bot.line.wait_for_messages(user, 1)
    assert message["via"] == "push"
    replies = bot.line.calls(path_prefix="/v2/bot/message/reply")
    assert [call["status"] for call in replies] == [400]
    assert "x-line-retry-key" not in {k.lower() for k in replies[0]["headers"] if replies[0]["headers"][k]}


def test_a_worker_whose_lease_ran_out_cannot_overwrite_the_new_claim(sessions) -> None:
    from datetime import timedelta

    from bot.workers.delivery import _RECORD_OUTCOME, claim_due

    now = utcnow()
    with sessions.begin() as session:
        enqueue_to_user(session, USER, [{"type": "text", "text": "ทดสอบค่ะ"}], now)
    with sessions.begin() as session:
        (first,) = claim_due(session, now, 10, timedelta(seconds=1))
        first_claim = (first.id, first.attempts)
    with sessions.begin() as session:  # the first worker is slow; its lease runs out
        (second,) = claim_due(session, now + timedelta(seconds=5), 10, timedelta(seconds=60))
        assert second.id == first_claim[0] and second.attempts == first_claim[1] + 1

    late_record = {
        "row_id": first_claim[0],
        "claimed_attempts": first_claim[1],
        "status": OutboundStatus.FAILED,
        "next_attempt_at": now,
        "sent_at": None,
        "held_at": None,
        "last_error": "late",
        "last_status": 400,
        "line_request_id": None,
        "sent_via": "push",
        "reply_state": None,
    }
    with sessions.begin() as session:
        assert _RECORD_OUTCOME.run(session.connection(), [late_record]) == 0
    with sessions() as session:
        stored = session.get(OutboundMessage, first_claim[0])
        assert (stored.status, stored.last_error) == (OutboundStatus.SENDING, None), "the second claim stands"


def _rows_to(bot, user: str) -> list[OutboundMessage]:
    with bot.sessions() as session:
        return list(session.scalars(select(OutboundMessage).where(OutboundMessage.lane == f"u:{user}")))


def _all_finished(bot, user: str) -> bool:
    rows = _rows_to(bot, user)
    return bool(rows) and all(row.status in (OutboundStatus.SENT, OutboundStatus.FAILED) for row in rows)


def _copies_delivered(bot, user: str) -> tuple[int, int]:
    """(messages delivered to the user, messages the outbox meant to send them)."""
    return len(bot.line.messages_to(user)), sum(len(row.messages) for row in _rows_to(bot, user))


def assert_replied_once_and_never_pushed(bot, user: str) -> None:
    wait_until(lambda: _all_finished(bot, user), timeout=20)
    time.sleep(0.3)  # a copy, were one sent, has time to arrive
    delivered, meant = _copies_delivered(bot, user)
    assert delivered == meant
    assert bot.line.calls(path_prefix="/v2/bot/message/push") == []


def test_a_reply_whose_answer_from_line_was_lost_is_not_sent_a_second_time(make_bot) -> None:
    # LINE delivers the reply but its answer comes after the bot stopped waiting; by the retry the
    # token is spent, and pushing then would give the person a second copy.
    bot = make_bot(line_read_timeout_seconds=0.3, delivery_retry_base_seconds=1.0)
    user = "Ulostanswer0000000000000000000000"
    bot.line.fail_next(1, status=200, delay=0.6, path_prefix="/v2/bot/message/reply")
    bot.line.send_text(user, "สวัสดีค่ะ")
    assert_replied_once_and_never_pushed(bot, user)
    (reply_row,) = [row for row in _rows_to(bot, user) if row.reply_token]
    assert reply_row.status == OutboundStatus.SENT and "not sent again" in reply_row.last_error


class CrashWhileRecording:
    """Stands in for the outcome statement: the recordings numbered in `crash_on` (from 1) fail, as if
    the worker died after LINE had accepted the message and before its outcome was committed."""

    def __init__(self, real, crash_on: set[int]) -> None:  # noqa: ANN001
        self.real = real
        self.crash_on = crash_on
        self.recordings = 0

    def run(self, connection, rows):  # noqa: ANN001, ANN201
        self.recordings += 1
        if self.recordings in self.crash_on:
            raise RuntimeError("worker died here")
        return self.real.run(connection, rows)


def test_a_crash_between_a_reply_and_its_record_sends_no_second_copy(make_bot, monkeypatch) -> None:
    from bot.workers import delivery

    monkeypatch.setattr(delivery, "_RECORD_OUTCOME", CrashWhileRecording(delivery._RECORD_OUTCOME, {1}))
    bot = make_bot(delivery_lease_seconds=0.5)
    user = "Ucrashreply000000000000000000000"
    bot.line.send_text(user, "สวัสดีค่ะ")
    assert_replied_once_and_never_pushed(bot, user)


@pytest.mark.parametrize("crash_on", [1, 4, 10])
def test_a_crash_at_any_point_of_a_batch_delivers_each_message_once(make_bot, monkeypatch, crash_on: int) -> None:
    from bot.workers import delivery

    monkeypatch.setattr(delivery, "_RECORD_OUTCOME", CrashWhileRecording(delivery._RECORD_OUTCOME, {crash_on}))
    bot = make_bot(delivery_lease_seconds=0.5, delivery_threads=1)
    users = [f"Ucrashbatch{number:022d}" for number in range(10)]
    with bot.sessions.begin() as session:  # five of them by push, five answered by reply
        for user in users[:5]:
            get_or_create_user(session, user, utcnow())
            enqueue_to_user(session, user, [{"type": "text", "text": f"ถึง {user}"}], utcnow())
    bot.line.send_events([{"userId": user, "type": "text", "text": "สวัสดีค่ะ"} for user in users[5:]])
    wait_until(lambda: all(_all_finished(bot, user) for user in users), timeout=20)
    time.sleep(0.3)
    for user in users:
        delivered, meant = _copies_delivered(bot, user)
        assert delivered == meant, f"{user}: {delivered} messages delivered, {meant} meant"


def test_only_a_connection_never_made_counts_as_certainly_not_sent() -> None:
    import urllib3

    from bot.line.line_client import _may_have_been_sent

    refused = urllib3.exceptions.NewConnectionError(None, "refused")
    assert not _may_have_been_sent(refused)
    assert not _may_have_been_sent(urllib3.exceptions.MaxRetryError(None, "/v2/bot/message/reply", refused))
    assert not _may_have_been_sent(ConnectionRefusedError())
    assert _may_have_been_sent(urllib3.exceptions.ReadTimeoutError(None, "/v2/bot/message/reply", "read timed out"))
    assert _may_have_been_sent(urllib3.exceptions.ProtocolError("connection reset"))


def test_a_worker_slowed_by_line_sends_nothing_after_its_lease_could_run_out(make_bot) -> None:
    # LINE stalls on the first two replies of a batch; by the third the lease may have run out and
    # another thread claimed the rest. Sending them anyway would reply twice, then push a copy.
    bot = make_bot(
        delivery_lease_seconds=1.0,
        line_read_timeout_seconds=0.8,
        line_connect_timeout_seconds=0.2,
        delivery_threads=2,
        start_workers=False,
    )
    users = [f"Uslowbatch{number:023d}" for number in range(6)]
    bot.line.send_events([{"userId": user, "type": "text", "text": "สวัสดีค่ะ"} for user in users])
    bot.line.fail_next(2, status=200, delay=1.0, path_prefix="/v2/bot/message/reply")
    bot.runtime.start()
    wait_until(lambda: all(_all_finished(bot, user) for user in users), timeout=20)
    time.sleep(1.2)
    for user in users:
        delivered, meant = _copies_delivered(bot, user)
        assert delivered == meant, f"{user}: {delivered} messages delivered, {meant} meant"


def test_a_worker_that_dies_after_claiming_and_before_replying_loses_nothing(make_bot) -> None:
    from datetime import timedelta

    from bot.workers.delivery import claim_due

    bot = make_bot(start_workers=False, delivery_lease_seconds=0.3)
    user = "Udiedbeforesend000000000000000000"
    token = bot.line.issue_reply_tokens([user])[user]
    now = utcnow()
    with bot.sessions.begin() as session:
        get_or_create_user(session, user, now)
        enqueue_to_user(
            session,
            user,
            [{"type": "text", "text": "คำตอบค่ะ"}],
            now,
            reply_token=token,
            reply_fresh_for=timedelta(seconds=0.5),
        )
    with bot.sessions.begin() as session:
        assert len(claim_due(session, utcnow(), 10, timedelta(seconds=0.3))) == 1  # ...and the worker dies
    time.sleep(0.6)  # its lease and the reply token's freshness both run out
    bot.runtime.start()
    wait_until(lambda: _all_finished(bot, user), timeout=20)
    (message,) = bot.line.messages_to(user)
    assert message["via"] == "push" and message["message"]["text"] == "คำตอบค่ะ"
