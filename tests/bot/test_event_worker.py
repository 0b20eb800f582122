"""Event handling order, parallelism, retries and crash safety."""

from __future__ import annotations

import signal
import threading
import time

import pytest
from sqlalchemy import func, select

from models.db import read_only_sessions
from models.messaging import InboundEvent, InboundStatus, OutboundMessage
from tests.bot.worker_processes import _worker_process
from tests.conftest import database_kind
from tests.helpers import wait_until


class Recorder:
    """An event handler that records when each event ran, and can be told to be slow or to fail."""

    def __init__(self, delay: float = 0.0, fail_times: dict[str, int] | None = None) -> None:
        self.delay = delay
        self.fail_times = dict(fail_times or {})
        self.runs: list[tuple[str, str, float, float]] = []
        self._lock = threading.Lock()

    def __call__(self, session, row, now) -> None:  # noqa: ANN001
        started = time.monotonic()
        time.sleep(self.delay)
        text = row.payload.get("message", {}).get("text", "")
        with self._lock:
            if self.fail_times.get(text, 0) > 0:
                self.fail_times[text] -= 1
                raise RuntimeError(f"simulated failure for {text}")
            self.runs.append((row.source_key, text, started, time.monotonic()))


def test_events_of_one_user_run_in_order_while_users_run_in_parallel(make_bot) -> None:
    recorder = Recorder(delay=0.05)
    bot = make_bot(handler=recorder, event_threads=4)
    users = [f"U{index:032d}" for index in range(4)]
    batch = [{"userId": user, "type": "text", "text": f"{user[-1]}-{number}"} for number in range(10) for user in users]
    assert bot.line.send_events(batch)["status"] == 200
    wait_until(lambda: len(recorder.runs) == 40, timeout=30)

    for user in users:
        mine = [run for run in recorder.runs if run[0] == f"u:{user}"]
        assert [run[1] for run in mine] == [f"{user[-1]}-{n}" for n in range(10)]
        for earlier, later in zip(mine, mine[1:], strict=False):
            assert earlier[3] <= later[2], "two events of one user overlapped"
    if database_kind() == "postgresql":
        overlapping = any(a[0] != b[0] and a[2] < b[3] and b[2] < a[3] for a in recorder.runs for b in recorder.runs)
        assert overlapping, "different users never ran at the same time"
    else:
        # SQLite lets one transaction write at a time, so handlers take turns; no user waits for
        # another user's whole queue: the users' events interleave.
        lanes = [run[0] for run in recorder.runs]
        first_user_span = lanes[: len(lanes) - lanes[::-1].index(lanes[0])]
        assert len(set(first_user_span)) > 1, "one user's events blocked everyone else's"


def test_a_failing_event_is_retried_then_recorded_without_blocking_others(make_bot) -> None:
    recorder = Recorder(fail_times={"flaky": 2, "broken": 99})
    bot = make_bot(handler=recorder, event_max_attempts=3)
    bot.line.send_text("Uflaky000000000000000000000000000", "flaky")
    bot.line.send_text("Ubroken00000000000000000000000000", "broken")
    bot.line.send_text("Uother000000000000000000000000000", "fine")

    wait_until(lambda: {run[1] for run in recorder.runs} >= {"flaky", "fine"}, timeout=15)

    def broken_status() -> str:
        with bot.sessions() as session:
            return session.scalar(select(InboundEvent.status).where(InboundEvent.source_key.like("%broken%")))

    wait_until(lambda: broken_status() == InboundStatus.FAILED, timeout=15)
    with bot.sessions() as session:
        broken = session.scalars(select(InboundEvent).where(InboundEvent.source_key.like("%broken%"))).one()
        flaky = session.scalars(select(InboundEvent).where(InboundEvent.source_key.like("%flaky%"))).one()
    assert broken.attempts == 3 and "simulated failure" in broken.last_error
    assert flaky.status == InboundStatus.DONE and flaky.attempts == 3


def test_a_worker_killed_mid_event_loses_nothing(make_bot, database_url: str) -> None:
    bot = make_bot(start_workers=False)
    users = [f"Ukill{index:028d}" for index in range(3)]
    for number in range(5):
        bot.line.send_events([{"userId": user, "type": "text", "text": f"m{number}"} for user in users])

    worker = _worker_process(database_url, bot.emulator.base_url, slow=0.3)

    reader = read_only_sessions(bot.sessions)

    def handled() -> int:
        with reader() as session:
            return session.scalar(
                select(func.count()).select_from(InboundEvent).where(InboundEvent.status == InboundStatus.DONE)
            )

    time.sleep(2.5)  # started, and in the middle of its first batch (15 events x 0.3 s, one commit)
    worker.send_signal(signal.SIGKILL)
    worker.wait(10)
    assert handled() < 15, "the worker finished before it could be killed"

    bot.runtime.start()  # a fresh worker after the "restart"
    wait_until(lambda: handled() == 15, timeout=60)
    with bot.sessions() as session:
        outbox_rows = session.scalar(select(func.count()).select_from(OutboundMessage))
    assert outbox_rows == 15, "each event must cause its answer exactly once"
    # Delivery is at least once: a reply sent in the instant before the kill may arrive twice.
    for user in users:
        wait_until(lambda user=user: len(bot.line.messages_to(user)) >= 5, timeout=30)


def test_several_worker_processes_never_handle_one_users_events_at_once(make_bot, database_url: str) -> None:
    if database_kind() != "postgresql":
        pytest.skip("several worker processes need PostgreSQL; the embedded SQLite default runs one process")
    bot = make_bot(start_workers=False)
    users = [f"Umulti{index:027d}" for index in range(4)]
    for number in range(8):
        bot.line.send_events([{"userId": user, "type": "text", "text": f"m{number}"} for user in users])
    workers = [_worker_process(database_url, bot.emulator.base_url, slow=0.05) for _ in range(3)]
    reader = read_only_sessions(bot.sessions)

    def done() -> int:
        with reader() as session:
            return session.scalar(
                select(func.count()).select_from(InboundEvent).where(InboundEvent.status == InboundStatus.DONE)
            )

    try:
        wait_until(lambda: done() == 32, timeout=60)
    finally:
        for worker in workers:
            worker.send_signal(signal.SIGTERM)
            worker.wait(10)
    with reader() as session:
        rows = session.scalars(select(InboundEvent).order_by(InboundEvent.line_timestamp)).all()
    for user in users:
        mine = [row for row in rows if row.source_key == f"u:{user}"]
        assert len(mine) == 8 and all(row.attempts == 1 for row in mine)
        starts = [row.started_at for row in mine]
        assert starts == sorted(starts), "a user's events were not handled in timestamp order"
        for earlier, later in zip(mine, mine[1:], strict=False):
            assert earlier.finished_at <= later.started_at, "two processes handled one user's events at once"


def test_a_failure_inside_a_batch_is_recorded_once_and_the_others_are_answered_once(sessions, database_url) -> None:
    from bot.handlers import BatchPrefetch, make_event_handler
    from bot.line.line_client import LineClient
    from bot.services import Services
    from bot.workers.event_worker import EventWorker
    from models.base import utcnow
    from models.inbox import store_events
    from tests.conftest import test_settings

    settings = test_settings(database_url, "http://127.0.0.1:9", event_retry_base_seconds=60)
    real_handler = make_event_handler(Services(settings, LineClient(settings)))
    calls: dict[str, int] = {}

    def handler(session, row, now) -> None:  # noqa: ANN001
        calls[row.webhook_event_id] = calls.get(row.webhook_event_id, 0) + 1
        if row.webhook_event_id == "fail-1":
            raise RuntimeError("simulated failure")
        real_handler(session, row, now)

    now = utcnow()
    senders = [("ok-1", "Uok1"), ("fail-1", "Ufail"), ("fail-2", "Ufail"), ("ok-2", "Uok2"), ("ok-3", "Uok3")]
    events = [
        {
            "type": "message",
            "mode": "active",
            "timestamp": int(now.timestamp() * 1000) + index,
            "source": {"type": "user", "userId": user},
            "webhookEventId": event_id,
            "replyToken": f"token-{event_id}",
            "message": {"id": str(index), "type": "text", "text": "สวัสดี"},
        }
        for index, (event_id, user) in enumerate(senders)
    ]
    with sessions.begin() as session:
        store_events(session, events, now)

    worker = EventWorker(sessions, handler, settings, lambda: now, hooks=BatchPrefetch())
    worker.run_once()

    with sessions() as session:
        outbox = session.scalars(select(OutboundMessage)).all()
        stored = {row.webhook_event_id: row for row in session.scalars(select(InboundEvent))}
    assert sorted(row.recipients[0] for row in outbox) == ["Uok1", "Uok2", "Uok3"]
    assert calls["fail-1"] == 1, "a failing handler runs once per recorded attempt"
    failed = stored["fail-1"]
    assert (failed.status, failed.attempts) == (InboundStatus.PENDING, 1)
    assert "simulated failure" in failed.last_error and failed.next_attempt_at > now
    assert (stored["fail-2"].status, stored["fail-2"].attempts) == (InboundStatus.PENDING, 0), "waits behind"
    assert all(stored[event_id].status == InboundStatus.DONE for event_id in ("ok-1", "ok-2", "ok-3"))


def test_a_poison_event_holds_back_nobody_else_and_is_parked_after_its_retries(make_bot) -> None:
    recorder = Recorder(fail_times={"poison": 10**6})
    bot = make_bot(handler=recorder, event_max_attempts=4, event_retry_base_seconds=0.5)
    poisoner = "Upoison00000000000000000000000000"

    def poison() -> InboundEvent | None:
        with bot.sessions() as session:
            return session.scalars(
                select(InboundEvent).where(InboundEvent.payload["message"]["text"].as_string() == "poison")
            ).first()

    bot.line.send_text(poisoner, "poison")
    wait_until(lambda: (row := poison()) is not None and row.attempts >= 1, timeout=10)
    # The poisoner keeps writing: far more events than the worker's window of the oldest due ones.
    for chunk in range(4):
        bot.line.send_events([{"userId": poisoner, "type": "text", "text": f"later-{chunk}-{n}"} for n in range(25)])
    others = [f"Ubystander{index:023d}" for index in range(10)]
    sent = time.monotonic()
    bot.line.send_events([{"userId": user, "type": "text", "text": "hello"} for user in others])
    wait_until(lambda: {run[0] for run in recorder.runs} >= {f"u:{user}" for user in others}, timeout=20)
    answered = max(run[3] for run in recorder.runs if run[0] != f"u:{poisoner}")
    assert answered - sent <= 2.0, f"other users waited {answered - sent:.1f} s behind one user's failing event"

    wait_until(lambda: poison().status == InboundStatus.FAILED, timeout=30)
    wait_until(lambda: sum(run[0] == f"u:{poisoner}" for run in recorder.runs) == 100, timeout=30)
    mine = [run[1] for run in recorder.runs if run[0] == f"u:{poisoner}"]
    assert mine == [f"later-{chunk}-{n}" for chunk in range(4) for n in range(25)], "the later events keep their order"
    assert poison().attempts == 4


def test_a_user_with_a_long_backlog_does_not_hold_back_users_who_write_after(make_bot) -> None:
    recorder = Recorder(delay=0.002)
    bot = make_bot(handler=recorder, start_workers=False)
    flooder = "Ubacklog00000000000000000000000000"
    for chunk in range(15):
        bot.line.send_events([{"userId": flooder, "type": "text", "text": f"flood-{chunk}-{n}"} for n in range(100)])
    others = [f"Uafterflood{index:022d}" for index in range(5)]
    bot.line.send_events([{"userId": user, "type": "text", "text": "hello"} for user in others])
    bot.runtime.start()
    wait_until(lambda: {run[0] for run in recorder.runs} >= {f"u:{user}" for user in others}, timeout=60)
    others_finished = max(run[3] for run in recorder.runs if run[0] != f"u:{flooder}")
    # Counted by when each ran, not when this thread looked: a loaded host may pause the test itself.
    flood_before = sum(run[0] == f"u:{flooder}" and run[3] <= others_finished for run in recorder.runs)
    assert flood_before < 500, f"the others waited until {flood_before} of one user's 1,500 events were through"
