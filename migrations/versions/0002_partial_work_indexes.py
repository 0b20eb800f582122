"""inbox and outbox: indexes over the rows still to handle or send only

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

The workers' queries walked index entries of every event already handled and every message already
sent (each status change leaves one behind). Partial indexes hold only pending rows, so a claim
reads a few entries however large the tables grow; and with every index on the same predicate, the
planner probes by recipient rather than scanning the whole queue, whatever its statistics say.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

OUTBOX_ACTIVE = sa.text("status IN ('pending', 'sending')")
INBOX_PENDING = sa.text("status = 'pending'")


def _partial(name: str, table: str, columns: list[str], where: sa.TextClause) -> None:
    op.create_index(name, table, columns, unique=False, postgresql_where=where, sqlite_where=where)


def upgrade() -> None:
    op.drop_index("ix_outbound_messages_due", table_name="outbound_messages")
    op.drop_index("ix_outbound_messages_lane", table_name="outbound_messages")
    _partial("ix_outbound_messages_active", "outbound_messages", ["id"], OUTBOX_ACTIVE)
    _partial("ix_outbound_messages_lane", "outbound_messages", ["lane", "id"], OUTBOX_ACTIVE)
    op.drop_index("ix_inbound_events_pending", table_name="inbound_events")
    op.drop_index("ix_inbound_events_lane", table_name="inbound_events")
    _partial("ix_inbound_events_pending", "inbound_events", ["id"], INBOX_PENDING)
    _partial("ix_inbound_events_lane", "inbound_events", ["source_key", "line_timestamp", "id"], INBOX_PENDING)


def downgrade() -> None:
    for name, table in (
        ("ix_inbound_events_lane", "inbound_events"),
        ("ix_inbound_events_pending", "inbound_events"),
        ("ix_outbound_messages_lane", "outbound_messages"),
        ("ix_outbound_messages_active", "outbound_messages"),
    ):
        op.drop_index(name, table_name=table)
    op.create_index("ix_inbound_events_lane", "inbound_events", ["source_key", "status", "line_timestamp"])
    op.create_index("ix_inbound_events_pending", "inbound_events", ["status", "id"])
    op.create_index("ix_outbound_messages_lane", "outbound_messages", ["lane", "status", "id"])
    op.create_index("ix_outbound_messages_due", "outbound_messages", ["status", "next_attempt_at"])
