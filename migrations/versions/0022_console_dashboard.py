"""console dashboard: the case events that are a first visit's step, by case and time

The dashboard's median time to the first visit probes each case of the period for its first step to
visiting or in progress; this partial index answers each probe from the index alone.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

VISIT_STEPS = "kind = 'status' AND to_status IN ('visiting', 'in_progress')"


def upgrade() -> None:
    op.create_index(
        "ix_case_events_visit_steps",
        "case_events",
        ["case_id", "at"],
        unique=False,
        postgresql_where=sa.text(VISIT_STEPS),
        sqlite_where=sa.text(VISIT_STEPS),
    )


def downgrade() -> None:
    op.drop_index(
        "ix_case_events_visit_steps",
        table_name="case_events",
        postgresql_where=sa.text(VISIT_STEPS),
        sqlite_where=sa.text(VISIT_STEPS),
    )
