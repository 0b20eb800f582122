"""The webhook's insert on a connection of its own: every new event stored once, exactly as sent."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import Engine, select

from models.db import own_autocommit_connection
from models.inbox import insert_new_events_autocommit
from models.messaging import InboundEvent, InboundStatus

NOW = datetime(2026, 12, 4, 16, 30, 15, 123456, tzinfo=UTC)


def _event(event_id: str, text: str = "คุณยายอยู่คนเดียว ช่วยด้วยค่ะ") -> dict[str, Any]:
    return {
        "webhookEventId": event_id,
        "type": "message",
        "timestamp": 1764865815123,
        "source": {"type": "user", "userId": "U0123456789abcdef0123456789abcdef"},
        "message": {"type": "text", "id": "5", "text": text},
    }


@pytest.fixture
def own_connection(engine: Engine) -> Iterator[Any]:
    """A driver connection in autocommit mode, out of the pool, as the inbox writer keeps one."""
    connection = own_autocommit_connection(engine)
    yield connection
    connection.close()


def _rows(engine: Engine) -> list[InboundEvent]:
    with engine.connect() as connection:
        return list(connection.execute(select(InboundEvent).order_by(InboundEvent.id)))


def test_new_events_are_stored_once_with_their_text(engine: Engine, own_connection: Any) -> None:
    first = _event("01JEVENT0000000000000000A1")
    new = insert_new_events_autocommit(
        own_connection, engine.dialect, [first, first, _event("01JEVENT0000000000000000A2")], NOW
    )
    assert new == {"01JEVENT0000000000000000A1", "01JEVENT0000000000000000A2"}

    again = insert_new_events_autocommit(
        own_connection, engine.dialect, [first, _event("01JEVENT0000000000000000A3")], NOW
    )
    assert again == {"01JEVENT0000000000000000A3"}, "a redelivered event is not new"

    rows = _rows(engine)
    assert [row.webhook_event_id for row in rows] == [f"01JEVENT0000000000000000A{n}" for n in (1, 2, 3)]
    assert rows[0].payload == first, "the event is kept exactly as LINE sent it, Thai text included"
    assert rows[0].source_key == "u:U0123456789abcdef0123456789abcdef"
    assert rows[0].line_timestamp == 1764865815123
    assert rows[0].status == InboundStatus.PENDING
    received = rows[0].received_at if rows[0].received_at.tzinfo else rows[0].received_at.replace(tzinfo=UTC)
    assert received == NOW


def test_a_connection_whose_prepared_statements_were_discarded_still_stores(
    engine: Engine, own_connection: Any
) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("only PostgreSQL keeps prepared statements on a connection")
    insert_new_events_autocommit(own_connection, engine.dialect, [_event("01JEVENT0000000000000000B1")], NOW)
    prepared = own_connection.execute("SELECT count(*) FROM pg_prepared_statements").fetchone()[0]
    assert prepared == 1, "the insert is prepared once, not parsed and planned on every request"
    own_connection.execute("DEALLOCATE ALL")  # as a connection pooler resetting the session would

    assert insert_new_events_autocommit(
        own_connection, engine.dialect, [_event("01JEVENT0000000000000000B2")], NOW
    ) == {"01JEVENT0000000000000000B2"}
    assert len(_rows(engine)) == 2


def test_a_refused_insert_raises_with_its_sqlstate_and_stores_nothing(engine: Engine, own_connection: Any) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite has no read-only sessions")
    import psycopg

    own_connection.execute("SET default_transaction_read_only = on")
    with pytest.raises(psycopg.Error) as refused:
        insert_new_events_autocommit(own_connection, engine.dialect, [_event("01JEVENT0000000000000000C1")], NOW)
    assert refused.value.sqlstate == "25006", "the webhook logs the SQLSTATE (read-only transaction)"
    assert _rows(engine) == []
