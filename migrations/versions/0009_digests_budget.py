"""digests: one row per audience and day (the daily digest, exactly once); message_quota: the last
reading of LINE's monthly quota; outbound_messages.priority and held_at: what still goes when the
quota runs low, and when the rest was held

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

import models.base

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbound_messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("priority", sa.String(length=8), server_default="normal", nullable=False))
        batch_op.add_column(sa.Column("held_at", models.base.UTCDateTime(), nullable=True))
    op.create_index(
        "ix_outbound_messages_held",
        "outbound_messages",
        ["held_at"],
        unique=False,
        postgresql_where=sa.text("status = 'held'"),
        sqlite_where=sa.text("status = 'held'"),
    )
    op.create_table(
        "digests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("audience", sa.String(length=40), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("outcome", sa.String(length=8), nullable=False),
        sa.Column("recipients", sa.Integer(), nullable=False),
        sa.Column("held", sa.Integer(), nullable=False),
        sa.Column("created_at", models.base.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_digests")),
        sa.UniqueConstraint("audience", "day", name=op.f("uq_digests_audience")),
    )
    op.create_table(
        "message_quota",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("quota_limit", sa.Integer(), nullable=True),
        sa.Column("used", sa.Integer(), nullable=False),
        sa.Column("checked_at", models.base.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_message_quota")),
    )


def downgrade() -> None:
    op.drop_table("message_quota")
    op.drop_table("digests")
    op.drop_index("ix_outbound_messages_held", table_name="outbound_messages")
    with op.batch_alter_table("outbound_messages", schema=None) as batch_op:
        batch_op.drop_column("held_at")
        batch_op.drop_column("priority")
