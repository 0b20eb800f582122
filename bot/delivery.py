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

from sqlalchemy import and_, exists, or_, select, update
from sqlalchemy.orm import Session, aliased, sessionmaker

from bot.line_client import LineClient, SendResult
from config import Settings
from models.db import is_postgresql
from models.messaging import OutboundMessage, OutboundStatus
from models.users import User

log = logging.getLogger("bot.delivery")

RETRYABLE = frozenset({0, 429}) | frozenset(range(500, 600))


def _is_retryable(status: int) -> bool:
    return status in RETRYABLE


def _is_delivered(result: SendResult) -> bool:
    # 409: LINE already accepted a request with this retry key.
    return result.ok or result.status == 409


def claim_due(session: Session, now: datetime, limit: int, lease: timedelta) -> list[OutboundMessage]:
    """Claim the due head row of up to `limit` lanes, so one recipient's messages keep their order."""
    earlier = aliased(OutboundMessage)
    blocked = exists().where(
        earlier.lane == OutboundMessage.lane,
        earlier.id < OutboundMessage.id,
        earlier.status.in_([OutboundStatus.PENDING, OutboundStatus.SENDING]),
    )
    due = or_(
        and_(OutboundMessage.status == OutboundStatus.PENDING, OutboundMessage.next_attempt_at <= now),
        and_(OutboundMessage.status == OutboundStatus.SENDING, OutboundMessage.lease_until < now),
    )
    query = select(OutboundMessage).where(due, ~blocked).order_by(OutboundMessage.id).limit(limit)
    if is_postgresql(session):
        query = query.with_for_update(skip_locked=True, of=OutboundMessage)
    rows = list(session.scalars(query))
    for row in rows:
        row.status = OutboundStatus.SENDING
        row.lease_until = now + lease
        row.attempts += 1
    return rows


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

    def run_once(self, batch: int = 10) -> int:
        """Claim and deliver one batch; returns how many rows were attempted."""
        with self._sessions.begin() as session:
            rows = claim_due(session, self._clock(), batch, timedelta(seconds=self._settings.delivery_lease_seconds))
            session.flush()
            recipients = {user_id for row in rows for user_id in row.recipients}
            unfollowed = set(
                session.scalars(
                    select(User.line_user_id).where(User.line_user_id.in_(recipients), User.following.is_(False))
                )
            )
            session.expunge_all()
        for row in rows:
            self._deliver(row, unfollowed)
        return len(rows)

    def _deliver(self, row: OutboundMessage, unfollowed: set[str]) -> None:
        started = time.perf_counter()
        recipients = [user_id for user_id in row.recipients if user_id not in unfollowed]
        result: SendResult | None = None
        via = None
        if not recipients:
            self._finish(row, OutboundStatus.DROPPED, None, "recipient unfollowed", None)
            return
        if row.reply_token and row.reply_token_fresh_until and self._clock() < row.reply_token_fresh_until:
            result, via = self._client.reply(row.reply_token, row.messages), "reply"
            if result.status == 400 and "reply token" in (result.error or "").lower():
                result = None  # expired or used: push instead, at once
        if result is None:
            if len(recipients) == 1 and row.lane.startswith("u:"):
                result, via = self._client.push(recipients[0], row.messages, row.retry_key), "push"
            else:
                result, via = self._client.multicast(recipients, row.messages, row.retry_key), "multicast"
        if _is_delivered(result):
            self._finish(row, OutboundStatus.SENT, result, None, via)
        elif _is_retryable(result.status) and not self._should_give_up(row):
            self._retry_later(row, result)
        else:
            self._finish(row, OutboundStatus.FAILED, result, result.error, via)
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

    def _should_give_up(self, row: OutboundMessage) -> bool:
        too_old = self._clock() - row.created_at > timedelta(seconds=self._settings.delivery_give_up_after_seconds)
        return too_old or row.attempts >= self._settings.delivery_max_attempts

    def _backoff(self, attempts: int) -> timedelta:
        base = self._settings.delivery_retry_base_seconds * (2 ** (attempts - 1))
        capped = min(base, self._settings.delivery_retry_cap_seconds)
        return timedelta(seconds=capped * random.uniform(0.8, 1.2))

    def _retry_later(self, row: OutboundMessage, result: SendResult) -> None:
        with self._sessions.begin() as session:
            session.execute(
                update(OutboundMessage)
                .where(OutboundMessage.id == row.id, OutboundMessage.status == OutboundStatus.SENDING)
                .values(
                    status=OutboundStatus.PENDING,
                    next_attempt_at=self._clock() + self._backoff(row.attempts),
                    lease_until=None,
                    last_status=result.status,
                    last_error=result.error,
                    line_request_id=result.request_id,
                )
            )

    def _finish(
        self,
        row: OutboundMessage,
        status: OutboundStatus,
        result: SendResult | None,
        error: str | None,
        via: str | None,
    ) -> None:
        with self._sessions.begin() as session:
            session.execute(
                update(OutboundMessage)
                .where(OutboundMessage.id == row.id, OutboundMessage.status == OutboundStatus.SENDING)
                .values(
                    status=status,
                    lease_until=None,
                    sent_via=via,
                    sent_at=self._clock() if status == OutboundStatus.SENT else None,
                    last_status=result.status if result else None,
                    last_error=error,
                    line_request_id=result.request_id if result else None,
                )
            )
