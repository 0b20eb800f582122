"""cases: when a case was closed and when its personal details were removed (PDPA retention)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

import models.base

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("closed_at", models.base.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("anonymised_at", models.base.UTCDateTime(), nullable=True))
    # Cases closed before this revision: their last change is when they were closed.
    op.execute("UPDATE cases SET closed_at = updated_at WHERE status = 'closed'")
    op.create_index(
        "ix_cases_retention",
        "cases",
        ["closed_at"],
        unique=False,
        postgresql_where=sa.text("closed_at IS NOT NULL AND anonymised_at IS NULL"),
        sqlite_where=sa.text("closed_at IS NOT NULL AND anonymised_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_cases_retention", table_name="cases")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("anonymised_at")
        batch_op.drop_column("closed_at")
