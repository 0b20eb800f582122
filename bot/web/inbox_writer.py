"""Group commit for the webhook: concurrent requests share one INSERT and one commit.

Each request still waits until its events are committed before LINE gets its 200; under load many
requests ride on the same transaction instead of queueing for the database one by one. The commit
runs in a thread of its own so that a request can always give up at its timeout (503) however long
the database stalls; letting the first waiting request commit instead measured about 10% faster,
but held requests past LINE's two seconds when the database stalled.
"""

from __future__ import annotations

import contextlib
import os
import queue
import threading
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine

from models.base import utcnow
from models.db import own_autocommit_connection
from models.inbox import insert_new_events_autocommit


class StoreFailed(Exception):
    """The events could not be stored; the cause is chained."""


class StoreTimeout(StoreFailed):
    pass


def _held_lock() -> threading.Lock:
    lock = threading.Lock()
    lock.acquire()
    return lock


@dataclass(eq=False)
class _Pending:
    events: list[dict[str, Any]]
    # Released by the writer when the events are stored; a lock, not an Event, because waiting on a
    # lock with a timeout is one call into C (an Event's wait runs Python code on every request).
    done: threading.Lock = field(default_factory=_held_lock)
    new: int = 0
    error: BaseException | None = None


# An idle writer hands its connection back (the next request opens one again, in milliseconds):
# a quiet bot does not hold a database connection per web process for nothing.
IDLE_CLOSE_SECONDS = 60.0
_STOP = None


class InboxWriter:
    def __init__(self, engine: Engine, max_batch: int = 500) -> None:
        self._engine = engine
        self._max_batch = max_batch
        self._queue: queue.SimpleQueue[_Pending | None] = queue.SimpleQueue()
        self._owner_pid: int | None = None
        self._start_lock = threading.Lock()
        # The writer thread's own (a thread-local: after close() a new thread may start while the
        # old one is still closing its connection).
        self._thread_state = threading.local()

    def store(self, events: list[dict[str, Any]], timeout: float) -> int:
        """Store events (duplicates dropped); returns how many were new. Raises on failure or timeout."""
        self._ensure_thread()
        pending = _Pending(events)
        self._queue.put(pending)
        if not pending.done.acquire(timeout=timeout):
            raise StoreTimeout(f"not stored within {timeout} s")
        if pending.error is not None:
            raise pending.error
        return pending.new

    def close(self) -> None:
        """Stop this process's writer thread once it has stored what is queued, and close its
        connection (which the engine's dispose() would not: it is not in the pool)."""
        if self._owner_pid == os.getpid():
            self._queue.put(_STOP)
            self._owner_pid = None

    @property
    def _connection(self) -> Any:
        return getattr(self._thread_state, "connection", None)

    @_connection.setter
    def _connection(self, connection: Any) -> None:
        self._thread_state.connection = connection

    def _store(self, events: list[dict[str, Any]]) -> set[str]:
        had_connection = self._connection is not None
        try:
            return self._insert(events)
        except Exception:
            self._discard_connection()
            if not had_connection:
                raise
        # The connection had died (a database restart, say); a fresh one either works now or fails
        # for a reason worth reporting. A failed attempt wrote nothing: each insert is atomic.
        return self._insert(events)

    def _insert(self, events: list[dict[str, Any]]) -> set[str]:
        # One driver connection of its own in autocommit mode: the insert is its own transaction, one
        # round trip instead of three (BEGIN, INSERT, COMMIT), without SQLAlchemy's per-statement work.
        if self._connection is None:
            self._connection = own_autocommit_connection(self._engine)
        return insert_new_events_autocommit(self._connection, self._engine.dialect, events, utcnow())

    def _discard_connection(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(Exception):
                self._connection.close()
            self._connection = None

    def _ensure_thread(self) -> None:
        # Started lazily, once per process, so forked server workers each get their own.
        if self._owner_pid == os.getpid():
            return
        with self._start_lock:
            if self._owner_pid != os.getpid():
                self._queue = queue.SimpleQueue()
                threading.Thread(target=self._run, name="inbox-writer", daemon=True).start()
                self._owner_pid = os.getpid()

    def _run(self) -> None:
        stopping = False
        while not stopping:
            try:
                first = self._queue.get(timeout=IDLE_CLOSE_SECONDS)
            except queue.Empty:
                self._discard_connection()
                continue
            batch = [] if first is _STOP else [first]
            stopping = first is _STOP
            while len(batch) < self._max_batch:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is _STOP:
                    stopping = True
                else:
                    batch.append(item)
            if batch:
                self._write(batch)
        self._discard_connection()

    def _write(self, batch: list[_Pending]) -> None:
        try:
            self._write_together(batch)
        except Exception as error:  # noqa: BLE001 - which request's events did the database refuse?
            if len(batch) == 1:
                _fail(batch[0], error)
            else:
                # One by one, so that only the request whose events cannot be stored is refused (the
                # webhook checks events first; this is for what it could not foresee). In an outage
                # each attempt fails fast and every request learns of it.
                for item in batch:
                    try:
                        self._write_together([item])
                    except Exception as item_error:  # noqa: BLE001
                        _fail(item, item_error)
        finally:
            for item in batch:
                item.done.release()

    def _write_together(self, batch: list[_Pending]) -> None:
        new_ids = self._store([event for item in batch for event in item.events])
        for item in batch:
            item.new = sum(1 for event in item.events if event["webhookEventId"] in new_ids)


def _fail(item: _Pending, error: BaseException) -> None:
    failure = StoreFailed(type(error).__name__)
    failure.__cause__ = error
    item.error = failure
