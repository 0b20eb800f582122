"""outbox: indexes over the rows still to send only

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

Claiming due messages walked the primary key past every message already sent; partial indexes hold
only pending and sending rows, so a claim reads a few entries however large the table grows. The
per-recipient index is partial too, so that the planner, whatever its statistics, probes it by
recipient rather than scanning every row still to send once per candidate.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

ACTIVE = sa.text("status IN ('pending', 'sending')")


def upgrade() -> None:
    op.drop_index("ix_outbound_messages_lane", table_name="outbound_messages")
    op.create_index(
        "ix_outbound_messages_lane",
        "outbound_messages",
        ["lane", "id"],
        unique=False,
        postgresql_where=ACTIVE,
        sqlite_where=ACTIVE,
    )
    op.create_index(
        "ix_outbound_messages_active",
        "outbound_messages",
        ["id"],
        unique=False,
        postgresql_where=ACTIVE,
        sqlite_where=ACTIVE,
    )


def downgrade() -> None:
    op.drop_index("ix_outbound_messages_active", table_name="outbound_messages")
    op.drop_index("ix_outbound_messages_lane", table_name="outbound_messages")
    op.create_index("ix_outbound_messages_lane", "outbound_messages", ["lane", "status", "id"], unique=False)
