"""cases.next_alert_at: when the deadline sweep must look at a case next; case_alerts: each reminder
and escalation of a deadline, once, held through quiet hours; job_runs: what each scheduled job did

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

import models.base

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("next_alert_at", models.base.UTCDateTime(), nullable=True))
    # Open cases already waiting get their reminders from the first sweep; the earlier deadline is
    # never later than the first alert, and the sweep works out the rest.
    op.execute(
        "UPDATE cases SET next_alert_at = CASE WHEN visit_due_at IS NULL OR ack_due_at < visit_due_at "
        "THEN ack_due_at ELSE visit_due_at END WHERE status IN ('assigned', 'acknowledged')"
    )
    op.create_index(
        "ix_cases_next_alert",
        "cases",
        ["next_alert_at"],
        unique=False,
        postgresql_where=sa.text("next_alert_at IS NOT NULL"),
        sqlite_where=sa.text("next_alert_at IS NOT NULL"),
    )
    op.create_table(
        "case_alerts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("deadline", sa.String(length=8), nullable=False),
        sa.Column("deadline_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("due_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("held_until", models.base.UTCDateTime(), nullable=True),
        sa.Column("sent_at", models.base.UTCDateTime(), nullable=True),
        sa.Column("outcome", sa.String(length=12), nullable=True),
        sa.Column("recipients", sa.Integer(), nullable=False),
        sa.Column("created_at", models.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_case_alerts_case_id_cases")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_alerts")),
        sa.UniqueConstraint("case_id", "deadline", "deadline_at", "level", name=op.f("uq_case_alerts_case_id")),
    )
    op.create_index(
        "ix_case_alerts_held",
        "case_alerts",
        ["held_until"],
        unique=False,
        postgresql_where=sa.text("sent_at IS NULL"),
        sqlite_where=sa.text("sent_at IS NULL"),
    )
    op.create_table(
        "job_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("job", sa.String(length=64), nullable=False),
        sa.Column("host", sa.String(length=128), nullable=False),
        sa.Column("started_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("finished_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("error", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_job_runs")),
    )
    op.create_index("ix_job_runs_job_started", "job_runs", ["job", "started_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_job_runs_job_started", table_name="job_runs")
    op.drop_table("job_runs")
    op.drop_index("ix_case_alerts_held", table_name="case_alerts")
    op.drop_table("case_alerts")
    op.drop_index("ix_cases_next_alert", table_name="cases")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("next_alert_at")
