"""Group commit for the webhook: concurrent requests share one INSERT and one commit.

Each request still waits until its events are committed before LINE gets its 200. The first request
to arrive while no commit is under way commits, in its own thread, its events and those of every
request waiting; meanwhile new requests queue, and when the commit ends the first of them is woken
to commit the next batch. No separate writer thread: waking one cost more than the insert itself.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from models.base import utcnow
from models.inbox import store_events


class StoreTimeout(Exception):
    pass


def _held_lock() -> threading.Lock:
    lock = threading.Lock()
    lock.acquire()
    return lock


@dataclass
class _Pending:
    events: list[dict[str, Any]]
    # Released when the events are stored, or when this request is to commit the next batch: a
    # bare lock is the cheapest way to wake one thread.
    wake: threading.Lock = field(default_factory=_held_lock)
    leads: bool = False
    stored: bool = False
    new: int = 0
    error: BaseException | None = None


def _signal(wake: threading.Lock) -> None:
    # Already released when this request was asked to commit and is doing so (not waiting).
    if wake.locked():
        wake.release()


class InboxWriter:
    def __init__(self, engine: Engine, max_batch: int = 500) -> None:
        self._engine = engine
        self._max_batch = max_batch
        self._guard = threading.Lock()
        self._waiting: list[_Pending] = []
        self._committing = False

    def store(self, events: list[dict[str, Any]], timeout: float) -> int:
        """Store events (duplicates dropped); returns how many were new. Raises on failure or timeout."""
        pending = _Pending(events)
        with self._guard:
            self._waiting.append(pending)
            pending.leads = not self._committing
            self._committing = True
        while not pending.stored:
            if pending.leads:
                pending.leads = False
                self._commit_next_batch()  # the batch begins with this request's events
            elif not pending.wake.acquire(timeout=timeout) and self._give_up(pending):
                raise StoreTimeout(f"not stored within {timeout} s")
        if pending.error is not None:
            raise pending.error
        return pending.new

    def _give_up(self, pending: _Pending) -> bool:
        """After a timeout: leave the queue, unless a commit already holds these events or this
        request was just asked to commit (then it must, or the requests behind it would stall)."""
        with self._guard:
            if pending in self._waiting and not pending.leads:
                self._waiting.remove(pending)
                return True
        return False

    def _commit_next_batch(self) -> None:
        with self._guard:
            batch, self._waiting = self._waiting[: self._max_batch], self._waiting[self._max_batch :]
        try:
            new_ids = self._store([event for item in batch for event in item.events])
            for item in batch:
                item.new = sum(1 for event in item.events if event["webhookEventId"] in new_ids)
        except Exception as error:  # noqa: BLE001 - every waiting request learns of the failure
            for item in batch:
                item.error = error
        with self._guard:
            for item in batch:
                item.stored = True
                _signal(item.wake)
            if self._waiting:
                successor = self._waiting[0]
                successor.leads = True
                _signal(successor.wake)
            else:
                self._committing = False

    def _store(self, events: list[dict[str, Any]]) -> set[str]:
        # A bare connection, not an ORM session: this runs for every webhook request.
        try:
            with self._engine.begin() as connection:
                return store_events(connection, events, utcnow())
        except DBAPIError as error:
            if not error.connection_invalidated:
                raise
        # The database restarted since the pooled connections were opened; the pool has been
        # emptied, and a fresh connection either works now or fails for a reason worth reporting.
        with self._engine.begin() as connection:
            return store_events(connection, events, utcnow())
