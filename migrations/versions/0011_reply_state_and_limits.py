"""outbound_messages.reply_state (whether a reply may already have been delivered); users' flood counters

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05

A reply carries no retry key, and its token works once. When a reply's answer from LINE is lost, or
the worker dies between sending it and recording the outcome, a second reply is refused as "Invalid
reply token" and the row used to be pushed at once: the person got the message twice. The worker now
records, just before a reply is sent, that it is being tried, so the next claim knows it may have been delivered.

Users get the counters of the per-user limits (dispatch/limits.py): one user made 1,000 reports in
five minutes, each a case and a paid push to staff.
"""

import sqlalchemy as sa
from alembic import op

import models.base

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("outbound_messages", sa.Column("reply_state", sa.String(12), nullable=True))
    op.add_column("users", sa.Column("message_window_started_at", models.base.UTCDateTime(timezone=True), nullable=True))
    op.add_column("users", sa.Column("messages_in_window", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("users", sa.Column("slow_down_told", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column("users", sa.Column("report_burst_told_at", models.base.UTCDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    for column in ("report_burst_told_at", "slow_down_told", "messages_in_window", "message_window_started_at"):
        op.drop_column("users", column)
    op.drop_column("outbound_messages", "reply_state")
