"""console: cases by center and when they were reported, and by center and when they were resolved
(the dashboard's weekly counts and the monthly report per center read one range per center)

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_cases_center_created", "cases", ["center_id", "created_at"])
    op.create_index(
        "ix_cases_center_resolved",
        "cases",
        ["center_id", "resolved_at"],
        postgresql_where=sa.text("resolved_at IS NOT NULL"),
        sqlite_where=sa.text("resolved_at IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_cases_center_resolved", table_name="cases")
    op.drop_index("ix_cases_center_created", table_name="cases")
