"""worker_heartbeats: one row per running worker process (readiness); privacy_requests: the audit of
PDPA access and erasure requests; job_schedules: when each hourly or daily job is next due

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

import models.base

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "worker_heartbeats",
        sa.Column("worker", sa.String(length=160), nullable=False),
        sa.Column("started_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("beat_at", models.base.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("worker", name=op.f("pk_worker_heartbeats")),
    )
    op.create_table(
        "privacy_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("subject_hash", sa.String(length=64), nullable=False),
        sa.Column("operator", sa.String(length=128), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.Column("at", models.base.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_privacy_requests")),
    )
    op.create_index(op.f("ix_privacy_requests_subject_hash"), "privacy_requests", ["subject_hash"], unique=False)
    op.create_table(
        "job_schedules",
        sa.Column("job", sa.String(length=64), nullable=False),
        sa.Column("next_run_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("claimed_at", models.base.UTCDateTime(), nullable=True),
        sa.Column("claimed_by", sa.String(length=128), nullable=True),
        sa.PrimaryKeyConstraint("job", name=op.f("pk_job_schedules")),
    )


def downgrade() -> None:
    op.drop_table("job_schedules")
    op.drop_index(op.f("ix_privacy_requests_subject_hash"), table_name="privacy_requests")
    op.drop_table("privacy_requests")
    op.drop_table("worker_heartbeats")
