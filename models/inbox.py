"""Storing webhook events: one row per webhookEventId, duplicates dropped."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, text
from sqlalchemy.orm import Session

from models.base import UTCDateTime
from models.messaging import InboundEvent, InboundStatus


def source_key(event: dict[str, Any]) -> str:
    """The lane an event is handled in: its user, group or room (or the event alone)."""
    source = event.get("source") or {}
    for field in ("userId", "groupId", "roomId"):
        value = source.get(field) if isinstance(source, dict) else None
        if isinstance(value, str) and value:
            return f"{field[0]}:{value}"
    return f"e:{event['webhookEventId']}"


# One statement for any number of events: a JSON array of them, expanded into rows by the server.
# A textual statement, because SQLAlchemy does not cache the compiled form of PostgreSQL's
# INSERT ... ON CONFLICT, and compiling it for every webhook request cost more CPU than the rest of
# storing; one JSON text parameter, because escaping JSON inside array parameters cost nearly as much.
_STORE_POSTGRESQL = text(
    "INSERT INTO inbound_events (webhook_event_id, source_key, event_type, line_timestamp, payload, "
    "received_at, status, attempts, next_attempt_at) "
    "SELECT item->>'id', item->>'lane', item->>'type', CAST(item->>'timestamp' AS bigint), item->'event', "
    ":now, :status, 0, :now "
    "FROM json_array_elements(CAST(:batch AS json)) AS item "
    "ON CONFLICT (webhook_event_id) DO NOTHING RETURNING webhook_event_id"
).bindparams(bindparam("now", type_=UTCDateTime()))


def store_events(session: Session | Connection, events: list[dict[str, Any]], now: datetime) -> set[str]:
    """Insert events not seen before; returns the webhookEventIds that were new. Takes a session or,
    for the webhook's hot path, a bare connection."""
    connection = session.connection() if isinstance(session, Session) else session
    unique = list({event["webhookEventId"]: event for event in events}.values())
    if not unique:
        return set()
    if connection.dialect.name == "postgresql":
        inserted = connection.execute(
            _STORE_POSTGRESQL,
            {
                "now": now,
                "status": InboundStatus.PENDING.value,
                "batch": json.dumps(
                    [
                        {
                            "id": event["webhookEventId"],
                            "lane": source_key(event),
                            "type": str(event["type"])[:32],
                            "timestamp": int(event["timestamp"]),
                            "event": event,
                        }
                        for event in unique
                    ],
                    ensure_ascii=False,
                ),
            },
        )
        return set(inserted.scalars())
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
        for event in unique
    ]
    # SQLite: a plain INSERT (whose compiled form is cached) that skips duplicates, executemany with
    # RETURNING batched into one statement.
    statement = insert(InboundEvent).prefix_with("OR IGNORE").returning(InboundEvent.webhook_event_id)
    return set(connection.execute(statement, rows).scalars())


def prune_handled_events(session: Session, older_than: datetime) -> int:
    """Forget events handled (or given up on) before `older_than`; pending ones are never pruned."""
    result = session.execute(
        delete(InboundEvent).where(InboundEvent.status != InboundStatus.PENDING, InboundEvent.received_at < older_than)
    )
    return result.rowcount or 0
