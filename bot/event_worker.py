"""Event worker: handles stored webhook events one at a time per user, users in parallel.

A user's events are taken in LINE timestamp order. Each event is handled in one transaction together
with everything it causes (state, cases, outbox rows) and the mark that it is done, so a crash at
any moment leaves it pending and it is handled exactly once after a restart.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import random
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker

from config import Settings
from models.db import is_postgresql
from models.messaging import InboundEvent, InboundStatus

log = logging.getLogger("bot.events")

EventHandler = Callable[[Session, InboundEvent, datetime], None]
LOCK_NAMESPACE = 0x4C494E  # keeps these advisory locks apart from any other use


def lane_pseudonym(key: str) -> str:
    """A stable stand-in for a LINE user id in logs."""
    return hashlib.sha256(key.encode()).hexdigest()[:12]


class LocalLaneLocks:
    """Per-user exclusion inside one process (SQLite runs in a single process)."""

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._held: set[str] = set()

    def try_acquire(self, key: str) -> bool:
        with self._guard:
            if key in self._held:
                return False
            self._held.add(key)
            return True

    def release(self, key: str) -> None:
        with self._guard:
            self._held.discard(key)


class EventWorker:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        handler: EventHandler,
        settings: Settings,
        clock: Callable[[], datetime],
        local_locks: LocalLaneLocks | None = None,
        parallelism: int = 1,
    ) -> None:
        self._parallelism = max(1, parallelism)
        self._sessions = sessions
        self._handler = handler
        self._settings = settings
        self._clock = clock
        self._local_locks = local_locks or LocalLaneLocks()

    def run_once(self, lanes: int = 8, per_lane: int = 5) -> int:
        """Handle up to `per_lane` due events in each of up to `lanes` free lanes, in one transaction
        (each event in its own savepoint), so that one commit covers many events."""
        with self._sessions() as session, session.begin(), self._lanes(session) as lock_lanes:
            ready = self._ready_lanes(session, lanes * 4)
            # Leave lanes for the other threads (few users: one lane each, in parallel), and pick at
            # random among the oldest so that workers rarely reach for the same ones.
            share = max(1, min(lanes, math.ceil(len(ready) / self._parallelism)))
            candidates = random.sample(ready, share) if len(ready) > share else ready
            locked = lock_lanes(candidates)
            if not locked:
                return 0
            handled = 0
            for events in self._pending_by_lane(session, locked, per_lane).values():
                for event in events:
                    if event.next_attempt_at > self._clock():
                        break  # waiting for a retry: later events of this user wait behind it
                    handled += 1
                    if not self._run_handler(session, event, self._clock()):
                        break
            return handled

    def _ready_lanes(self, session: Session, limit: int) -> list[str]:
        """Lanes with a due event, oldest first: a short index scan, not a pass over every pending row."""
        query = (
            select(InboundEvent.source_key)
            .where(InboundEvent.status == InboundStatus.PENDING, InboundEvent.next_attempt_at <= self._clock())
            .order_by(InboundEvent.id)
            .limit(limit * 4)
        )
        return list(dict.fromkeys(session.scalars(query)))[:limit]

    def _pending_by_lane(self, session: Session, keys: list[str], per_lane: int) -> dict[str, list[InboundEvent]]:
        """The first pending events of each lane, in LINE timestamp order."""
        query = (
            select(InboundEvent)
            .where(InboundEvent.source_key.in_(keys), InboundEvent.status == InboundStatus.PENDING)
            .order_by(InboundEvent.source_key, InboundEvent.line_timestamp, InboundEvent.id)
            .limit(len(keys) * per_lane * 2)
        )
        lanes: dict[str, list[InboundEvent]] = {}
        for event in session.scalars(query):
            queue = lanes.setdefault(event.source_key, [])
            if len(queue) < per_lane:
                queue.append(event)
        return lanes

    @contextmanager
    def _lanes(self, session: Session) -> Iterator[Callable[[list[str]], list[str]]]:
        """Per-user exclusion for this transaction: PostgreSQL advisory locks (released by commit,
        rollback or a dead connection), or in-process locks for the single-process SQLite setup."""
        if is_postgresql(session):

            def lock_advisory(keys: list[str]) -> list[str]:
                if not keys:
                    return []
                return list(
                    session.scalars(
                        text(
                            "SELECT key FROM unnest(CAST(:keys AS text[])) AS candidate(key) "
                            "WHERE pg_try_advisory_xact_lock(:namespace, hashtext(key))"
                        ),
                        {"namespace": LOCK_NAMESPACE, "keys": keys},
                    )
                )

            yield lock_advisory
            return
        held: list[str] = []

        def lock_local(keys: list[str]) -> list[str]:
            taken = [key for key in keys if self._local_locks.try_acquire(key)]
            held.extend(taken)
            return taken

        try:
            yield lock_local
        finally:
            for key in held:
                self._local_locks.release(key)

    def _run_handler(self, session: Session, event: InboundEvent, now: datetime) -> bool:
        started = time.perf_counter()
        event.started_at = now
        outcome = "done"
        try:
            with session.begin_nested():
                self._handler(session, event, now)
        except Exception as error:  # noqa: BLE001 - any failure is recorded and retried
            event.attempts += 1
            event.last_error = "".join(traceback.format_exception_only(error)).strip()[:2000]
            if event.attempts >= self._settings.event_max_attempts:
                event.status = InboundStatus.FAILED
                outcome = "failed"
            else:
                delay = self._settings.event_retry_base_seconds * (2 ** (event.attempts - 1))
                event.next_attempt_at = now + timedelta(seconds=delay)
                outcome = "retry"
            log.warning(json.dumps({"event": event.webhook_event_id, "error": type(error).__name__}))
        else:
            event.status = InboundStatus.DONE
            event.attempts += 1
        event.finished_at = self._clock()
        session.flush()
        log.info(
            json.dumps(
                {
                    "event": event.webhook_event_id,
                    "type": event.event_type,
                    "lane": lane_pseudonym(event.source_key),
                    "outcome": outcome,
                    "attempt": event.attempts,
                    "ms": round((time.perf_counter() - started) * 1000, 2),
                    "lag_ms": int(now.timestamp() * 1000) - event.line_timestamp,
                }
            )
        )
        return outcome == "done"
