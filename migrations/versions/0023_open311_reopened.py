"""open311: a partial index of the cases reopened by their reporter, which each row of a public page
asks after (web/open311/rows.py)

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_case_events_reopened",
        "case_events",
        ["case_id"],
        unique=False,
        postgresql_where=sa.text("kind = 'reopened'"),
        sqlite_where=sa.text("kind = 'reopened'"),
    )


def downgrade() -> None:
    op.drop_index(
        "ix_case_events_reopened",
        table_name="case_events",
        postgresql_where=sa.text("kind = 'reopened'"),
        sqlite_where=sa.text("kind = 'reopened'"),
    )
