"""outbound_messages.reply_state: whether a reply to LINE may already have been delivered

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05

A reply carries no retry key, and its token works once. When a reply's answer from LINE is lost, or
the worker dies between sending it and recording the outcome, a second reply is refused as "Invalid
reply token" and the row used to be pushed at once: the person got the message twice. The claim now
records that a reply is being tried, so the next claim knows the earlier one may have been delivered.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("outbound_messages", sa.Column("reply_state", sa.String(12), nullable=True))


def downgrade() -> None:
    op.drop_column("outbound_messages", "reply_state")
