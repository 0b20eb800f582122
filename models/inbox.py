"""Storing webhook events: one row per webhookEventId, duplicates dropped."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from models.messaging import InboundEvent, InboundStatus


def source_key(event: dict[str, Any]) -> str:
    """The lane an event is handled in: its user, group or room (or the event alone)."""
    source = event.get("source") or {}
    for field in ("userId", "groupId", "roomId"):
        value = source.get(field) if isinstance(source, dict) else None
        if isinstance(value, str) and value:
            return f"{field[0]}:{value}"
    return f"e:{event['webhookEventId']}"


def store_events(session: Session, events: list[dict[str, Any]], now: datetime) -> set[str]:
    """Insert events not seen before; returns the webhookEventIds that were new."""
    unique = {event["webhookEventId"]: event for event in events}
    if not unique:
        return set()
    rows = [
        {
            "webhook_event_id": event["webhookEventId"],
            "source_key": source_key(event),
            "event_type": str(event["type"])[:32],
            "line_timestamp": int(event["timestamp"]),
            "payload": event,
            "received_at": now,
            "status": InboundStatus.PENDING,
            "attempts": 0,
            "next_attempt_at": now,
        }
        for event in unique.values()
    ]
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        statement = pg_insert(InboundEvent).on_conflict_do_nothing(index_elements=["webhook_event_id"])
    elif dialect == "sqlite":
        statement = sqlite_insert(InboundEvent).on_conflict_do_nothing(index_elements=["webhook_event_id"])
    else:  # pragma: no cover - only SQLite and PostgreSQL are supported
        statement = insert(InboundEvent)
    # executemany with RETURNING: one compiled statement, cached, whatever the number of rows.
    inserted = session.connection().execute(statement.returning(InboundEvent.webhook_event_id), rows)
    return set(inserted.scalars())


def prune_handled_events(session: Session, older_than: datetime) -> int:
    """Forget events handled (or given up on) before `older_than`; pending ones are never pruned."""
    result = session.execute(
        delete(InboundEvent).where(InboundEvent.status != InboundStatus.PENDING, InboundEvent.received_at < older_than)
    )
    return result.rowcount or 0
