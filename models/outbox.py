"""Writing messages to the outbox, in the caller's transaction."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from models.messaging import OutboundMessage, OutboundStatus, Priority

MAX_MESSAGES_PER_REQUEST = 5
MAX_MULTICAST_RECIPIENTS = 500


def _chunks(items: list[Any], size: int) -> list[list[Any]]:
    return [items[start : start + size] for start in range(0, len(items), size)]


def enqueue_to_user(
    session: Session,
    line_user_id: str,
    messages: list[dict[str, Any]],
    now: datetime,
    reply_token: str | None = None,
    reply_fresh_for: timedelta | None = None,
    priority: str = Priority.NORMAL,
) -> list[OutboundMessage]:
    """Queue messages for one user: the first five may use the reply token, the rest are pushed.
    `priority` HIGH: still sent when the monthly quota runs low (others are then held)."""
    rows = []
    for index, chunk in enumerate(_chunks(messages, MAX_MESSAGES_PER_REQUEST)):
        use_reply = index == 0 and reply_token is not None and reply_fresh_for is not None
        rows.append(
            OutboundMessage(
                lane=f"u:{line_user_id}",
                recipients=[line_user_id],
                messages=chunk,
                reply_token=reply_token if use_reply else None,
                reply_token_fresh_until=now + reply_fresh_for if use_reply else None,
                retry_key=str(uuid.uuid4()),
                status=OutboundStatus.PENDING,
                priority=priority,
                attempts=0,
                next_attempt_at=now,
                created_at=now,
            )
        )
    session.add_all(rows)
    return rows


def enqueue_multicast(
    session: Session,
    line_user_ids: list[str],
    messages: list[dict[str, Any]],
    now: datetime,
    priority: str = Priority.NORMAL,
) -> list[OutboundMessage]:
    """Queue the same messages for many users: one multicast per 500 recipients and 5 messages."""
    recipients = sorted(set(line_user_ids))
    if len(recipients) == 1:
        return enqueue_to_user(session, recipients[0], messages, now, priority=priority)
    rows = []
    for group in _chunks(recipients, MAX_MULTICAST_RECIPIENTS):
        for chunk in _chunks(messages, MAX_MESSAGES_PER_REQUEST):
            key = str(uuid.uuid4())
            rows.append(
                OutboundMessage(
                    lane=f"m:{key}",
                    recipients=group,
                    messages=chunk,
                    retry_key=key,
                    status=OutboundStatus.PENDING,
                    priority=priority,
                    attempts=0,
                    next_attempt_at=now,
                    created_at=now,
                )
            )
    session.add_all(rows)
    return rows


def prune_finished(session: Session, older_than: datetime) -> int:
    """Forget sent, failed, dropped and held rows created before `older_than` (held ones have been
    counted in the digests by then)."""
    finished = [OutboundStatus.SENT, OutboundStatus.FAILED, OutboundStatus.DROPPED, OutboundStatus.HELD]
    result = session.execute(
        delete(OutboundMessage).where(
            OutboundMessage.status.in_(finished),
            OutboundMessage.created_at < older_than,
        )
    )
    return result.rowcount or 0
