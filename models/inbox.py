"""Storing webhook events: one row per webhookEventId, duplicates dropped."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from psycopg import errors as psycopg_errors
from psycopg.pq import DiagnosticField, ExecStatus
from sqlalchemy import Connection, Dialect, delete, select
from sqlalchemy.orm import Session

from models.messaging import InboundEvent, InboundStatus

_SOURCE_FIELDS = ("userId", "groupId", "roomId")
_MAX_EVENT_ID = InboundEvent.__table__.c.webhook_event_id.type.length
_MAX_SOURCE_ID = InboundEvent.__table__.c.source_key.type.length - 2  # after the "u:" prefix
_BIGINT_MAX = 2**63 - 1
# Only a \u escape makes json.loads produce a NUL or a lone surrogate (raw ones are invalid JSON or
# invalid UTF-8); neither can be stored in PostgreSQL, nor a lone surrogate in SQLite.
_UNSTORABLE_ESCAPE = re.compile(rb"\\u(?:0000|[dD][89a-fA-F])")
REPLACEMENT = "\ufffd"


def _storable_text(value: Any, max_length: int) -> bool:
    if not isinstance(value, str) or not 0 < len(value) <= max_length or "\x00" in value:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def unstorable_reason(event: Any) -> str | None:
    """Why the database could not store this event's row (its id, lane, type, timestamp), or None.
    Checked before the group commit: one such event must never fail the other requests' events."""
    if not isinstance(event, dict):
        return "not an object"
    if not _storable_text(event.get("webhookEventId"), _MAX_EVENT_ID):
        return "webhookEventId"
    if not _storable_text(event.get("type"), 10_000):
        return "type"
    timestamp = event.get("timestamp")
    if isinstance(timestamp, bool) or not isinstance(timestamp, int) or not 0 <= timestamp <= _BIGINT_MAX:
        return "timestamp"
    source = event.get("source")
    if source is None:
        return None
    if not isinstance(source, dict):
        return "source"
    for field in _SOURCE_FIELDS:
        value = source.get(field)
        if isinstance(value, str) and value and not _storable_text(value, _MAX_SOURCE_ID):
            return f"source.{field}"
    return None


def may_hold_unstorable_text(body: bytes) -> bool:
    return _UNSTORABLE_ESCAPE.search(body) is not None


def with_storable_text(value: Any) -> Any:
    """The value with NULs and lone surrogates in its strings (keys too) replaced by U+FFFD: what the
    person wrote is kept, less the characters no database column can hold."""
    if isinstance(value, str):
        if "\x00" not in value:
            try:
                value.encode("utf-8")
                return value
            except UnicodeEncodeError:
                pass
        return "".join(REPLACEMENT if char == "\x00" or "\ud800" <= char <= "\udfff" else char for char in value)
    if isinstance(value, dict):
        return {with_storable_text(key): with_storable_text(item) for key, item in value.items()}
    if isinstance(value, list):
        return [with_storable_text(item) for item in value]
    return value


def source_key(event: dict[str, Any]) -> str:
    """The lane an event is handled in: its user, group or room (or the event alone)."""
    source = event.get("source") or {}
    for field in _SOURCE_FIELDS:
        value = source.get(field) if isinstance(source, dict) else None
        if isinstance(value, str) and value:
            return f"{field[0]}:{value}"
    return f"e:{event['webhookEventId']}"


# One statement for any number of events, run on the driver's own connection: the events travel as
# one JSON array that the server expands into rows. The webhook stores on every request, and going
# through SQLAlchemy's statement machinery cost more CPU than the rest of the request (measured), so
# this is plain SQL with the values converted by the columns' own types (see _bind_values).
_COLUMNS = (
    "webhook_event_id, source_key, event_type, line_timestamp, payload, received_at, status, attempts, next_attempt_at"
)
_STORE_SQL = {
    "postgresql": (
        f"INSERT INTO inbound_events ({_COLUMNS}) "
        "SELECT item->>'id', item->>'lane', item->>'type', CAST(item->>'timestamp' AS bigint), item->'event', "
        "%(now)s, %(status)s, 0, %(now)s "
        "FROM json_array_elements(CAST(%(batch)s AS json)) AS item "
        "ON CONFLICT (webhook_event_id) DO NOTHING RETURNING webhook_event_id"
    ),
    # OR IGNORE skips an event already stored, and RETURNING names only the rows inserted.
    "sqlite": (
        f"INSERT OR IGNORE INTO inbound_events ({_COLUMNS}) "
        "SELECT json_extract(value, '$.id'), json_extract(value, '$.lane'), json_extract(value, '$.type'), "
        "json_extract(value, '$.timestamp'), json_extract(value, '$.event'), :now, :status, 0, :now "
        "FROM json_each(:batch) RETURNING webhook_event_id"
    ),
}


def insert_new_events(dbapi_connection: Any, dialect: Dialect, events: list[dict[str, Any]], now: datetime) -> set[str]:
    """Insert events not seen before on a driver connection (psycopg or sqlite3), in whatever
    transaction it is in; returns the webhookEventIds that were new."""
    batch = _batch_document(events, ensure_ascii=False)
    if batch is None:
        return set()
    values = {"now": _bind_values(dialect)(now), "status": InboundStatus.PENDING.value, "batch": batch}
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(_STORE_SQL[dialect.name], values)
        return {row[0] for row in cursor.fetchall()}
    finally:
        cursor.close()


# The same insert for a connection the caller owns in autocommit mode (the webhook's inbox writer),
# run on PostgreSQL through libpq itself as a statement prepared once on the connection. psycopg's
# cursor would not prepare it: the engine turns its prepared statements off (models.db), and that
# silently overrides execute(..., prepare=True), so the insert was parsed and planned on every
# request. Measured, one event a request, 4 web processes: 50-60 us less server CPU and 35-40 us
# less client CPU per insert, about a tenth more requests a second.
_PREPARED_NAME = b"inbox_store_events"
_PREPARED_SQL = (
    _STORE_SQL["postgresql"]
    .replace("%(now)s", "CAST($1 AS timestamptz)")
    .replace("%(status)s", "CAST($2 AS varchar)")
    .replace("%(batch)s", "$3")
)
_UNDEFINED_PREPARED_STATEMENT = b"26000"


def insert_new_events_autocommit(
    dbapi_connection: Any, dialect: Dialect, events: list[dict[str, Any]], now: datetime
) -> set[str]:
    """insert_new_events on a driver connection in autocommit mode that nobody else uses meanwhile.
    A database error is raised as psycopg's error for its SQLSTATE."""
    if dialect.name != "postgresql":
        return insert_new_events(dbapi_connection, dialect, events, now)
    encoding = dbapi_connection.info.encoding
    batch = _batch_document(events, ensure_ascii=encoding != "utf-8")
    if batch is None:
        return set()
    pgconn = dbapi_connection.pgconn
    params = [now.isoformat().encode(), InboundStatus.PENDING.value.encode(), batch.encode(encoding)]
    result = pgconn.exec_prepared(_PREPARED_NAME, params)
    if result.error_field(DiagnosticField.SQLSTATE) == _UNDEFINED_PREPARED_STATEMENT:
        # A new connection, or one whose statements were discarded: prepare it (once) and run again.
        _raise_on_error(pgconn.prepare(_PREPARED_NAME, _PREPARED_SQL.encode()), encoding)
        result = pgconn.exec_prepared(_PREPARED_NAME, params)
    _raise_on_error(result, encoding)
    return {result.get_value(row, 0).decode(encoding) for row in range(result.ntuples)}


def _raise_on_error(result: Any, encoding: str) -> None:
    if result.status not in (ExecStatus.TUPLES_OK, ExecStatus.COMMAND_OK):
        raise psycopg_errors.error_from_result(result, encoding=encoding)


def _batch_document(events: list[dict[str, Any]], ensure_ascii: bool) -> str | None:
    """The events as one JSON array of what each row needs (duplicates in the request dropped)."""
    unique = list({event["webhookEventId"]: event for event in events}.values())
    if not unique:
        return None
    return json.dumps(
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
        ensure_ascii=ensure_ascii,
    )


@functools.cache
def _bind_values(dialect: Dialect) -> Callable[[datetime], Any]:
    """The received_at column's own conversion (SQLite keeps naive UTC text, PostgreSQL timestamptz)."""
    processor = InboundEvent.__table__.c.received_at.type.bind_processor(dialect)
    return processor or (lambda value: value)


def store_events(session: Session | Connection, events: list[dict[str, Any]], now: datetime) -> set[str]:
    """insert_new_events inside a session's or connection's transaction."""
    connection = session.connection() if isinstance(session, Session) else session
    return insert_new_events(connection.connection.dbapi_connection, connection.dialect, events, now)


def parked_events(session: Session, limit: int = 100) -> list[InboundEvent]:
    """Events given up on after their retries (the failure recorded), newest first."""
    return list(
        session.scalars(
            select(InboundEvent)
            .where(InboundEvent.status == InboundStatus.FAILED)
            .order_by(InboundEvent.id.desc())
            .limit(limit)
        )
    )


def retry_parked_event(session: Session, event_id: int, now: datetime) -> InboundEvent | None:
    """Put a parked event back in its user's queue, with a fresh set of attempts (after a fix)."""
    event = session.get(InboundEvent, event_id)
    if event is None or event.status != InboundStatus.FAILED:
        return None
    event.status = InboundStatus.PENDING
    event.attempts = 0
    event.next_attempt_at = now
    event.finished_at = None
    return event


def prune_handled_events(session: Session, older_than: datetime) -> int:
    """Forget events handled (or given up on) before `older_than`; pending ones are never pruned."""
    result = session.execute(
        delete(InboundEvent).where(InboundEvent.status != InboundStatus.PENDING, InboundEvent.received_at < older_than)
    )
    return result.rowcount or 0
