"""Delivery worker: sends outbox rows to LINE, in order per recipient, with retries.

Reply while the token is fresh, else push; every push/multicast carries the row's retry key, the
same one on every attempt, so a retry after a lost answer never delivers twice.
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import BindParameter, Integer, Row, Select, Update, and_, bindparam, exists, or_, select, update
from sqlalchemy.orm import Session, aliased, sessionmaker

from bot.line_client import LineClient, SendResult
from bot.message_budget import QuotaGauge
from bot.metrics import DELIVERIES
from config import Settings
from models.base import UTCDateTime
from models.bulk import rows_update
from models.messaging import OutboundMessage, OutboundStatus, Priority, outbound_active
from models.users import User

log = logging.getLogger("bot.delivery")

RETRYABLE = frozenset({0, 429}) | frozenset(range(500, 600))


def _is_retryable(status: int) -> bool:
    return status in RETRYABLE


def retry_delay(settings: Settings, attempts: int) -> timedelta:
    """How long to wait after `attempts` failed calls to LINE: doubling up to the cap, with jitter so
    that workers do not retry in step. The menu-link worker waits out LINE's outages the same way."""
    base = settings.delivery_retry_base_seconds * (2 ** min(attempts - 1, 20))
    capped = min(base, settings.delivery_retry_cap_seconds)
    return timedelta(seconds=capped * random.uniform(0.8, 1.2))


def _is_delivered(result: SendResult) -> bool:
    # 409: LINE already accepted a request with this retry key.
    return result.ok or result.status == 409


def due_messages_query(now: datetime | BindParameter[Any], limit: int | BindParameter[Any]) -> Select[Any]:
    """The due head row of up to `limit` lanes, so one recipient's messages keep their order."""
    earlier = aliased(OutboundMessage)
    blocked = exists().where(
        earlier.lane == OutboundMessage.lane, earlier.id < OutboundMessage.id, outbound_active(earlier.status)
    )
    due = or_(
        and_(OutboundMessage.status == OutboundStatus.PENDING, OutboundMessage.next_attempt_at <= now),
        and_(OutboundMessage.status == OutboundStatus.SENDING, OutboundMessage.lease_until < now),
    )
    return (
        select(OutboundMessage)
        .where(outbound_active(OutboundMessage.status), due, ~blocked)
        .order_by(OutboundMessage.id)
        .limit(limit)
    )


_OUTBOX = OutboundMessage.__table__
_CLAIMED_COLUMNS = (
    _OUTBOX.c.id,
    _OUTBOX.c.lane,
    _OUTBOX.c.recipients,
    _OUTBOX.c.messages,
    _OUTBOX.c.reply_token,
    _OUTBOX.c.reply_token_fresh_until,
    _OUTBOX.c.retry_key,
    _OUTBOX.c.priority,
    _OUTBOX.c.attempts,
    _OUTBOX.c.next_attempt_at,
    _OUTBOX.c.created_at,
)


def _claim_statement(skip_locked: bool) -> Update:
    chosen = due_messages_query(
        bindparam("now", type_=UTCDateTime()), bindparam("limit", type_=Integer())
    ).with_only_columns(OutboundMessage.id)
    if skip_locked:
        chosen = chosen.with_for_update(skip_locked=True, of=OutboundMessage)
    return (
        update(_OUTBOX)
        .where(_OUTBOX.c.id.in_(chosen.scalar_subquery()))
        .values(
            status=OutboundStatus.SENDING,
            lease_until=bindparam("lease_until", type_=UTCDateTime()),
            attempts=_OUTBOX.c.attempts + 1,
        )
        .returning(*_CLAIMED_COLUMNS)
    )


# Built once: building this statement and its cache key took 0.6 ms of CPU, on every claim.
_CLAIM = {"postgresql": _claim_statement(skip_locked=True), "sqlite": _claim_statement(skip_locked=False)}
_UNFOLLOWED = select(User.line_user_id).where(
    User.line_user_id.in_(bindparam("recipients", expanding=True)), User.following.is_(False)
)


def claim_due(session: Session, now: datetime, limit: int, lease: timedelta) -> list[Row[Any]]:
    """Mark up to `limit` due head rows as being sent by this worker, in one statement; returns them
    (plain rows: the ORM's bookkeeping for objects that are only read cost a tenth of delivery)."""
    connection = session.connection()
    claim = _CLAIM[connection.dialect.name]
    rows = connection.execute(claim, {"now": now, "limit": limit, "lease_until": now + lease})
    return sorted(rows, key=lambda row: row.id)


_OUTCOME_COLUMNS = (
    "status",
    "next_attempt_at",
    "sent_at",
    "held_at",
    "last_error",
    "last_status",
    "line_request_id",
    "sent_via",
)
_BLANK_OUTCOME: dict[str, Any] = {
    "sent_at": None,
    "held_at": None,
    "last_status": None,
    "line_request_id": None,
    "sent_via": None,
}
_RECORD_OUTCOME = rows_update(
    _OUTBOX,
    match={"row_id": "id", "claimed_attempts": "attempts"},
    columns=_OUTCOME_COLUMNS,
    # Still this worker's claim: had its lease run out, another worker has claimed it again.
    where=[_OUTBOX.c.status == OutboundStatus.SENDING],
    fixed={"lease_until": None},
)


class DeliveryWorker:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        client: LineClient,
        settings: Settings,
        clock: Callable[[], datetime],
    ) -> None:
        self._sessions = sessions
        self._client = client
        self._settings = settings
        self._clock = clock
        self.quota = QuotaGauge(sessions, client, settings, clock)

    def run_once(self, batch: int = 10) -> int:
        """Claim and deliver one batch; returns how many rows were attempted."""
        with self._sessions.begin() as session:
            rows = claim_due(session, self._clock(), batch, timedelta(seconds=self._settings.delivery_lease_seconds))
            if not rows:
                return 0
            recipients = {user_id for row in rows for user_id in row.recipients}
            unfollowed = set(session.connection().execute(_UNFOLLOWED, {"recipients": list(recipients)}).scalars())
        outcomes = [(row, self._deliver(row, unfollowed)) for row in rows]
        if outcomes:
            # One commit records the whole batch; a crash before it only means a resend with the same
            # retry key, which LINE answers 409.
            with self._sessions.begin() as session:
                _RECORD_OUTCOME.run(
                    session.connection(),
                    [{"row_id": row.id, "claimed_attempts": row.attempts} | values for row, values in outcomes],
                )
        return len(rows)

    def _deliver(self, row: Row[Any], unfollowed: set[str]) -> dict[str, Any]:
        """Send one row; returns the columns that record what happened (every outcome sets the same
        ones, so that a batch is recorded in one statement)."""
        return _BLANK_OUTCOME | {"next_attempt_at": row.next_attempt_at} | self._send(row, unfollowed)

    def _send(self, row: Row[Any], unfollowed: set[str]) -> dict[str, Any]:
        started = time.perf_counter()
        recipients = [user_id for user_id in row.recipients if user_id not in unfollowed]
        if not recipients:
            DELIVERIES.labels("dropped", "none").inc()
            return {"status": OutboundStatus.DROPPED, "last_error": "recipient unfollowed"}
        result: SendResult | None = None
        via = None
        if row.reply_token and row.reply_token_fresh_until and self._clock() < row.reply_token_fresh_until:
            result, via = self._client.reply(row.reply_token, row.messages), "reply"
            if result.status == 400 and "reply token" in (result.error or "").lower():
                result = None  # expired or used: push instead, at once
        if result is None and self._hold(row):
            log.info(json.dumps({"delivery": row.id, "held": "quota low", "recipients": len(recipients)}))
            DELIVERIES.labels("held", "none").inc()
            return {"status": OutboundStatus.HELD, "held_at": self._clock(), "last_error": "held: message quota low"}
        if result is None:
            if len(recipients) == 1 and row.lane.startswith("u:"):
                result, via = self._client.push(recipients[0], row.messages, row.retry_key), "push"
            else:
                result, via = self._client.multicast(recipients, row.messages, row.retry_key), "multicast"
        recorded = {"last_status": result.status, "line_request_id": result.request_id, "sent_via": via}
        if via != "reply" and result.ok:
            self.quota.spent(len(recipients))
        elif result.status == 429 and "monthly limit" in (result.error or "").lower():
            self.quota.exhausted()
        if _is_delivered(result):
            outcome = {"status": OutboundStatus.SENT, "sent_at": self._clock(), "last_error": None}
            DELIVERIES.labels("sent", via).inc()
        elif _is_retryable(result.status) and not self._should_give_up(row):
            outcome = {
                "status": OutboundStatus.PENDING,
                "next_attempt_at": self._clock() + retry_delay(self._settings, row.attempts),
                "last_error": result.error,
            }
            DELIVERIES.labels("retry", via).inc()
        else:
            outcome = {"status": OutboundStatus.FAILED, "last_error": result.error}
            DELIVERIES.labels("failed", via).inc()
        log.info(
            json.dumps(
                {
                    "delivery": row.id,
                    "via": via,
                    "status": result.status,
                    "attempt": row.attempts,
                    "request_id": result.request_id,
                    "ms": round((time.perf_counter() - started) * 1000, 2),
                }
            )
        )
        return recorded | outcome

    def _hold(self, row: Row[Any]) -> bool:
        """A paid message of normal priority while the monthly quota is low. An answer to the user's own
        message (a row written with a reply token) is never held, even when its token has expired."""
        if row.reply_token is not None:
            return False
        low = self.quota.low()  # read for every paid message: keeps the recorded reading current
        return low and row.priority != Priority.HIGH

    def _should_give_up(self, row: Row[Any]) -> bool:
        too_old = self._clock() - row.created_at > timedelta(seconds=self._settings.delivery_give_up_after_seconds)
        return too_old or row.attempts >= self._settings.delivery_max_attempts
