"""cases: resolution, the reporter's confirmation and rating, duplicates; reporter_updates: status news
waiting to be told to a reporter (several close together go in one message)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

import models.base

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("resolved_at", models.base.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("confirmed_at", models.base.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("rating", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("outcome", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("duplicate_of_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_cases_duplicate_of_id_cases"), "cases", ["duplicate_of_id"], ["id"])
    op.create_table(
        "reporter_updates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("reporter_user_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("created_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("send_after", models.base.UTCDateTime(), nullable=False),
        sa.Column("told_at", models.base.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_reporter_updates_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["reporter_user_id"], ["users.id"], name=op.f("fk_reporter_updates_reporter_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reporter_updates")),
    )
    op.create_index(
        "ix_reporter_updates_untold",
        "reporter_updates",
        ["reporter_user_id", "send_after"],
        unique=False,
        postgresql_where=sa.text("told_at IS NULL"),
        sqlite_where=sa.text("told_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_reporter_updates_untold", table_name="reporter_updates")
    op.drop_table("reporter_updates")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_cases_duplicate_of_id_cases"), type_="foreignkey")
        batch_op.drop_column("duplicate_of_id")
        batch_op.drop_column("outcome")
        batch_op.drop_column("rating")
        batch_op.drop_column("confirmed_at")
        batch_op.drop_column("resolved_at")
