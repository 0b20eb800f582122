"""The workers' queue queries use the partial indexes over work still to do, on both databases.

Without them every claim walks past all the events already handled and messages already sent. The
predicates are written with literals because neither SQLite nor a PostgreSQL generic plan (what a
prepared statement gets after a few runs) can match a bound parameter against an index's WHERE.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import Engine, insert

from bot.workers.delivery import due_messages_query
from bot.workers.event_worker import pending_in_lanes_query, ready_events_query
from models.base import utcnow
from models.messaging import InboundEvent, InboundStatus, OutboundMessage, OutboundStatus
from tests.conftest import database_kind
from tests.plans import _is_sqlite_full_scan, _postgresql_generic_plan, _sqlite_plan

QUERIES = {
    "ready events": (lambda now: ready_events_query(now, 64), "ix_inbound_events_pending"),
    "ready events past a backlog": (
        lambda now: ready_events_query(now, 64).where(InboundEvent.source_key.not_in(["u:U1", "u:U2"])),
        "ix_inbound_events_pending",
    ),
    "a lane's pending events": (lambda now: pending_in_lanes_query(["u:U1", "u:U2"], 20), "ix_inbound_events_lane"),
    "due messages (none before them in their lane)": (
        lambda now: due_messages_query(now, 10),
        "ix_outbound_messages_active",
    ),
}


def _fill_queues(engine: Engine, now: datetime) -> None:
    """A day's history (handled events, sent messages) and a little work still to do."""
    finished, waiting = 5000, 60
    with engine.begin() as connection:
        connection.execute(
            insert(InboundEvent),
            [
                {
                    "webhook_event_id": f"E{index}",
                    "source_key": f"u:U{index % 500}",
                    "event_type": "message",
                    "line_timestamp": index,
                    "payload": {},
                    "received_at": now,
                    "status": InboundStatus.DONE if index < finished else InboundStatus.PENDING,
                    "attempts": 1,
                    "next_attempt_at": now,
                }
                for index in range(finished + waiting)
            ],
        )
        connection.execute(
            insert(OutboundMessage),
            [
                {
                    "lane": f"u:U{index % 500}",
                    "recipients": [f"U{index % 500}"],
                    "messages": [],
                    "retry_key": f"key-{index}",
                    "status": OutboundStatus.SENT if index < finished else OutboundStatus.PENDING,
                    "attempts": 0,
                    "next_attempt_at": now,
                    "created_at": now,
                }
                for index in range(finished + waiting)
            ],
        )
        connection.exec_driver_sql("ANALYZE")


@pytest.mark.parametrize("name", list(QUERIES))
def test_queue_queries_use_the_partial_indexes(engine: Engine, name: str) -> None:
    build, index = QUERIES[name]
    now = utcnow()
    _fill_queues(engine, now)
    query = build(now)
    plan = _postgresql_generic_plan(engine, query) if database_kind() == "postgresql" else _sqlite_plan(engine, query)
    assert index in plan, f"{name}: {index} not used\n{plan}"
    full_scans = [line for line in plan.splitlines() if "Seq Scan" in line or _is_sqlite_full_scan(line)]
    assert not full_scans, f"{name}: a table is scanned whole\n{plan}"
    assert "pk_" not in plan, f"{name}: walks the primary key past finished rows\n{plan}"
