"""Event worker: handles stored webhook events one at a time per user, users in parallel.

A user's events are taken in LINE timestamp order. Each event is handled in one transaction together
with everything it causes (state, cases, outbox rows) and the mark that it is done, so a crash at
any moment leaves it pending and it is handled exactly once after a restart.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import logging
import math
import random
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import BindParameter, Integer, Select, bindparam, select, text, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import set_committed_value

from bot.web.metrics import EVENTS_HANDLED
from config import Settings
from models.base import UTCDateTime
from models.bulk import rows_update
from models.db import is_postgresql
from models.messaging import InboundEvent, InboundStatus, inbound_pending

log = logging.getLogger("bot.events")

EventHandler = Callable[[Session, InboundEvent, datetime], None]


@dataclass(eq=False)
class _HandlerFailed(Exception):
    event: InboundEvent
    error: Exception
    started: float


class _DatabaseRefused:
    """The database refused the batch (perhaps for another event's change): try one by one."""


class BatchHooks(Protocol):
    """Optional: load what a batch of events will need in a few statements instead of many."""

    def prepare(self, session: Session, events: list[InboundEvent], now: datetime) -> None: ...

    def forget(self, session: Session) -> None:
        """Drop what prepare cached (the batch is being undone and handled again, one by one)."""


LOCK_NAMESPACE = 0x4C494E  # keeps these advisory locks apart from any other use


def lane_pseudonym(key: str) -> str:
    """A stable stand-in for a LINE user id in logs."""
    return hashlib.sha256(key.encode()).hexdigest()[:12]


def ready_events_query(now: datetime | BindParameter[Any], limit: int | BindParameter[Any]) -> Select[tuple[str]]:
    return (
        select(InboundEvent.source_key)
        .where(inbound_pending(InboundEvent.status), InboundEvent.next_attempt_at <= now)
        .order_by(InboundEvent.id)
        .limit(limit)
    )


def pending_in_lanes_query(
    keys: list[str] | BindParameter[Any], limit: int | BindParameter[Any]
) -> Select[tuple[InboundEvent]]:
    return (
        select(InboundEvent)
        .where(InboundEvent.source_key.in_(keys), inbound_pending(InboundEvent.status))
        .order_by(InboundEvent.source_key, InboundEvent.line_timestamp, InboundEvent.id)
        .limit(limit)
    )


# Built once, run with parameters: building a statement and its cache key on every run cost more CPU
# than executing it.
_READY = ready_events_query(bindparam("now", type_=UTCDateTime()), bindparam("limit", type_=Integer()))
_READY_ELSEWHERE = _READY.where(InboundEvent.source_key.not_in(bindparam("seen", expanding=True)))
_PENDING_IN_LANES = pending_in_lanes_query(bindparam("keys", expanding=True), bindparam("limit", type_=Integer()))
# Every event of a batch marked handled in one statement (an UPDATE each was a fifth of the
# database's work per event).
_MARK_HANDLED = rows_update(
    InboundEvent.__table__, match={"event_id": "id"}, columns=("status", "attempts", "started_at", "finished_at")
)
_LOCK_LANES = text(
    "SELECT key FROM unnest(CAST(:keys AS text[])) AS candidate(key) "
    "WHERE pg_try_advisory_xact_lock(:namespace, hashtext(key))"
)


def _defer_lane(session: Session, head: InboundEvent) -> None:
    """The user's later pending events become due with their head, not before: until then they stay
    out of the oldest-first window of ready events, where they would crowd out other users."""
    session.execute(
        update(InboundEvent)
        .where(
            InboundEvent.source_key == head.source_key,
            inbound_pending(InboundEvent.status),
            InboundEvent.id != head.id,
            InboundEvent.next_attempt_at < head.next_attempt_at,
        )
        .values(next_attempt_at=head.next_attempt_at)
        .execution_options(synchronize_session=False)
    )


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
        hooks: BatchHooks | None = None,
    ) -> None:
        self._hooks = hooks
        self._parallelism = max(1, parallelism)
        self._sessions = sessions
        self._handler = handler
        self._settings = settings
        self._clock = clock
        self._local_locks = local_locks or LocalLaneLocks()

    def run_once(self, lanes: int = 16, per_lane: int = 5) -> int:
        """Handle up to `per_lane` due events in each of up to `lanes` free lanes, in one transaction,
        so that one commit (and a handful of statements) covers many events."""
        with self._sessions() as session, session.begin(), self._lanes(session) as lock_lanes:
            ready = self._ready_lanes(session, lanes * 4)
            # Leave lanes for the other threads (few users: one lane each, in parallel), and pick at
            # random among the oldest so that workers rarely reach for the same ones.
            share = max(1, min(lanes, math.ceil(len(ready) / self._parallelism)))
            candidates = random.sample(ready, share) if len(ready) > share else ready
            locked = lock_lanes(candidates)
            if not locked:
                return 0
            now = self._clock()
            due: list[list[InboundEvent]] = []
            for events in self._pending_by_lane(session, locked, per_lane).values():
                if events[0].next_attempt_at > now:
                    # Arrived behind an event that waits for its retry: out of the window of ready
                    # events until then, so that this user never holds anyone else back.
                    _defer_lane(session, events[0])
                    continue
                due.append(list(itertools.takewhile(lambda event: event.next_attempt_at <= now, events)))
            if not due:
                return 0
            return self._handle_batch(session, due, now)

    def _handle_batch(self, session: Session, lanes: list[list[InboundEvent]], now: datetime) -> int:
        """All events together in one savepoint. When a handler fails, the batch is undone, the
        failure recorded against that event (its user's later events wait behind it) and the rest
        handled again; when the database refuses the batch, each event gets its own savepoint."""
        attempted = 0
        while lanes:
            failed = self._try_together(session, [event for lane in lanes for event in lane], now)
            if failed is None:
                return attempted + sum(len(lane) for lane in lanes)
            if self._hooks is not None:
                self._hooks.forget(session)
            if isinstance(failed, _DatabaseRefused):
                return attempted + self._handle_one_by_one(session, lanes)
            self._record_failure(session, failed.event, failed.error, failed.started, now)
            attempted += 1
            lanes = [lane[: lane.index(failed.event)] if failed.event in lane else lane for lane in lanes]
            lanes = [lane for lane in lanes if lane]
        return attempted

    def _try_together(
        self, session: Session, events: list[InboundEvent], now: datetime
    ) -> _HandlerFailed | _DatabaseRefused | None:
        handled: list[dict[str, Any]] = []
        timings: list[float] = []
        try:
            with session.begin_nested():
                if self._hooks is not None:
                    self._hooks.prepare(session, events, now)  # inside: undone with the batch
                for event in events:
                    started = time.perf_counter()
                    started_at = self._clock()
                    try:
                        self._handler(session, event, now)
                    except SQLAlchemyError:
                        raise  # may be another event's pending change: found out one by one
                    except Exception as error:  # noqa: BLE001 - recorded against this event
                        raise _HandlerFailed(event, error, started) from error
                    handled.append(
                        {
                            "event_id": event.id,
                            "status": InboundStatus.DONE.value,
                            "attempts": event.attempts + 1,
                            "started_at": started_at,
                            "finished_at": self._clock(),
                        }
                    )
                    timings.append(started)
                _MARK_HANDLED.run(session.connection(), handled)
        except _HandlerFailed as failed:
            return failed
        except SQLAlchemyError:
            return _DatabaseRefused()
        for event, values, started in zip(events, handled, timings, strict=True):
            # What the statement above stored, without making the objects dirty (a second UPDATE each).
            for name in ("status", "attempts", "started_at", "finished_at"):
                set_committed_value(event, name, values[name])
            self._log_outcome(event, "done", started, now)
        return None

    def _handle_one_by_one(self, session: Session, lanes: list[list[InboundEvent]]) -> int:
        attempted = 0
        for lane in lanes:
            for event in lane:
                attempted += 1
                if not self._run_handler(session, event, self._clock()):
                    break  # later events of this user wait behind the failed one
        return attempted

    def _ready_lanes(self, session: Session, limit: int) -> list[str]:
        """Lanes with a due event, oldest first: a short index scan, not a pass over every pending row.
        The oldest `limit` events, not more: a user who sent many at once yields fewer lanes this
        time, while reading four times as many rows on every run cost a tenth of the worker's CPU.
        A bare connection: one column needs none of the ORM's work."""
        connection = session.connection()
        now = self._clock()
        rows = connection.execute(_READY, {"now": now, "limit": limit}).scalars().all()
        lanes = list(dict.fromkeys(rows))
        if len(rows) == limit and len(lanes) < limit // 4:
            # A few users' backlogs fill the window: look past them, or everyone who wrote after a
            # flood would wait until the flood is through.
            more = connection.execute(_READY_ELSEWHERE, {"now": now, "limit": limit, "seen": lanes}).scalars()
            lanes.extend(dict.fromkeys(more))
        return lanes

    def _pending_by_lane(self, session: Session, keys: list[str], per_lane: int) -> dict[str, list[InboundEvent]]:
        """The first pending events of each lane, in LINE timestamp order."""
        lanes: dict[str, list[InboundEvent]] = {}
        for event in session.scalars(_PENDING_IN_LANES, {"keys": keys, "limit": len(keys) * per_lane * 2}):
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
                    session.connection().execute(_LOCK_LANES, {"namespace": LOCK_NAMESPACE, "keys": keys}).scalars()
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
        event.started_at = self._clock()
        try:
            with session.begin_nested():
                self._handler(session, event, now)
        except Exception as error:  # noqa: BLE001 - any failure is recorded and retried
            self._record_failure(session, event, error, started, now)
            return False
        event.status = InboundStatus.DONE
        event.attempts += 1
        event.finished_at = self._clock()
        session.flush()
        self._log_outcome(event, "done", started, now)
        return True

    def _record_failure(
        self, session: Session, event: InboundEvent, error: BaseException, started: float, now: datetime
    ) -> None:
        event.started_at = self._clock()
        event.attempts += 1
        event.last_error = "".join(traceback.format_exception_only(error)).strip()[:2000]
        if event.attempts >= self._settings.event_max_attempts:
            # Parked: the user's later events go on; `flask --app app events failed` lists it.
            event.status = InboundStatus.FAILED
            outcome = "failed"
        else:
            delay = self._settings.event_retry_base_seconds * (2 ** (event.attempts - 1))
            event.next_attempt_at = now + timedelta(seconds=delay)
            outcome = "retry"
        event.finished_at = self._clock()
        session.flush()
        if outcome == "retry":
            _defer_lane(session, event)
        log.warning(json.dumps({"event": event.webhook_event_id, "error": type(error).__name__}))
        self._log_outcome(event, outcome, started, now)

    def _log_outcome(self, event: InboundEvent, outcome: str, started: float, now: datetime) -> None:
        EVENTS_HANDLED.labels(outcome).inc()
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
