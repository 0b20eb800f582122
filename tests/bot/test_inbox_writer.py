"""Group commit: concurrent webhook requests share commits, and none is lost, doubled or stalled."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import Engine, func, select, text

from bot.web import inbox_writer
from bot.web.inbox_writer import InboxWriter, StoreTimeout
from models.messaging import InboundEvent


def _event(event_id: str) -> dict:
    return {"webhookEventId": event_id, "type": "message", "timestamp": 1, "source": {"type": "user", "userId": "U1"}}


def _stored(engine: Engine) -> int:
    with engine.connect() as connection:
        return connection.scalar(select(func.count()).select_from(InboundEvent))


def test_concurrent_requests_are_all_stored_once(engine: Engine) -> None:
    writer = InboxWriter(engine)
    results: list[int] = []
    lock = threading.Lock()

    def post(thread: int) -> None:
        for number in range(25):
            new = writer.store([_event(f"T{thread}-{number}")], timeout=30)
            with lock:
                results.append(new)

    threads = [threading.Thread(target=post, args=(index,)) for index in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert results == [1] * 300, "each request learns that exactly its one new event was stored"
    assert _stored(engine) == 300
    assert writer.store([_event("T0-0")], timeout=30) == 0, "a redelivered event is not stored twice"


class SlowWriter(InboxWriter):
    """The first commit hangs until released, as when the database stalls."""

    def __init__(self, engine: Engine) -> None:
        super().__init__(engine)
        self.release = threading.Event()
        self.first = True

    def _store(self, events: list[dict]) -> set[str]:
        if self.first:
            self.first = False
            self.release.wait(10)
        return super()._store(events)


def test_a_stalled_commit_answers_every_request_at_its_timeout_and_loses_nothing(engine: Engine) -> None:
    writer = SlowWriter(engine)
    outcomes: list[str] = []

    def post(event_id: str) -> None:
        try:
            writer.store([_event(event_id)], timeout=0.3)
            outcomes.append("stored")
        except StoreTimeout:
            outcomes.append("timeout")

    committing = threading.Thread(target=post, args=("in-the-stalled-commit",))
    committing.start()
    while writer.first:
        pass  # that request's commit has begun, and hangs
    queued = threading.Thread(target=post, args=("queued-behind-it",))
    queued.start()
    committing.join(5)
    queued.join(5)
    assert outcomes == ["timeout", "timeout"], "LINE gets its answer (503) in time, however long the stall"

    writer.release.set()
    assert writer.store([_event("after")], timeout=30) == 1
    assert _stored(engine) == 3, "nothing is lost: the events of the requests that timed out are stored all the same"


def _connections_held(engine: Engine) -> int:
    with engine.connect() as connection:
        return connection.scalar(
            text("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")
        )


def _until(condition, seconds: float = 5.0) -> bool:  # noqa: ANN001
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_an_idle_or_closed_writer_gives_its_connection_back(engine: Engine, monkeypatch) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite has no server connections to count")
    monkeypatch.setattr(inbox_writer, "IDLE_CLOSE_SECONDS", 0.3)
    before = _connections_held(engine)  # the suite's own pooled connections
    writer = InboxWriter(engine)
    assert writer.store([_event("IDLE-1")], timeout=30) == 1
    assert _connections_held(engine) == before + 1, "the writer holds one connection while busy"
    assert _until(lambda: _connections_held(engine) == before), "idle, it hands the connection back"
    assert writer.store([_event("IDLE-2")], timeout=30) == 1, "and opens one again when needed"
    writer.close()
    assert _until(lambda: _connections_held(engine) == before), "closed, it holds none"
    assert _stored(engine) == 2


def test_one_unstorable_request_in_a_shared_commit_fails_alone(engine: Engine) -> None:
    writer = SlowWriter(engine)
    outcomes: dict[str, str] = {}

    def post(name: str, event: dict) -> None:
        try:
            writer.store([event], timeout=30)
            outcomes[name] = "stored"
        except inbox_writer.StoreFailed:
            outcomes[name] = "failed"

    first = threading.Thread(target=post, args=("first", _event("first")))
    first.start()
    while writer.first:
        pass  # the first commit hangs; the next requests queue up and share the following one
    unstorable = _event("bad") | {"message": {"type": "text", "text": "lone \ud800 surrogate"}}
    queued = [
        threading.Thread(target=post, args=(name, event))
        for name, event in (("good-1", _event("good-1")), ("bad", unstorable), ("good-2", _event("good-2")))
    ]
    for thread in queued:
        thread.start()
    time.sleep(0.2)
    writer.release.set()
    for thread in [first, *queued]:
        thread.join(30)

    assert outcomes == {"first": "stored", "good-1": "stored", "bad": "failed", "good-2": "stored"}
    assert _stored(engine) == 3
