"""public statistics materialised: sums per area and month, the refresh's state, and the indexes the
refresh reads changes by (cases by update time and by province and month, case events by time)

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

import models.base

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stats_area_months",
        sa.Column("level", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("parent_code", sa.String(length=4), nullable=False),
        sa.Column("area_code", sa.String(length=6), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("province_code", sa.String(length=2), nullable=False),
        sa.Column("cases", sa.Integer(), nullable=False),
        sa.Column("acknowledged", sa.Integer(), nullable=False),
        sa.Column("acknowledged_in_time", sa.Integer(), nullable=False),
        sa.Column("resolved", sa.Integer(), nullable=False),
        sa.Column("rating_sum", sa.Integer(), nullable=False),
        sa.Column("ratings", sa.Integer(), nullable=False),
        sa.Column("groups", sa.JSON(), nullable=False),
        sa.Column("statuses", sa.JSON(), nullable=False),
        sa.Column("hours_to_acknowledge", sa.JSON(), nullable=False),
        sa.Column("days_to_first_visit", sa.JSON(), nullable=False),
        sa.Column("days_to_help", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("level", "parent_code", "area_code", "month", name=op.f("pk_stats_area_months")),
    )
    op.create_index(
        "ix_stats_area_months_month_province", "stats_area_months", ["month", "province_code"], unique=False
    )
    op.create_table(
        "stats_refresh",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("from_month", sa.String(length=7), nullable=True),
        sa.Column("refreshed_at", models.base.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stats_refresh")),
    )
    op.create_index("ix_cases_updated_at", "cases", ["updated_at"], unique=False)
    op.create_index("ix_cases_province_created", "cases", ["province_code", "created_at"], unique=False)
    op.create_index(op.f("ix_case_events_at"), "case_events", ["at"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_case_events_at"), table_name="case_events")
    op.drop_index("ix_cases_province_created", table_name="cases")
    op.drop_index("ix_cases_updated_at", table_name="cases")
    op.drop_table("stats_refresh")
    op.drop_index("ix_stats_area_months_month_province", table_name="stats_area_months")
    op.drop_table("stats_area_months")
