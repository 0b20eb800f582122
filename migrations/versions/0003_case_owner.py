"""cases: who owns a case and since when; users: the LINE display name shown to fellow staff

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

import models.base

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("owner_user_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("acknowledged_at", models.base.UTCDateTime(), nullable=True))
        batch_op.create_index(batch_op.f("ix_cases_owner_user_id"), ["owner_user_id"], unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_cases_owner_user_id_users"), "users", ["owner_user_id"], ["id"])
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("display_name", sa.String(length=100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("display_name")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_cases_owner_user_id_users"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_cases_owner_user_id"))
        batch_op.drop_column("acknowledged_at")
        batch_op.drop_column("owner_user_id")
