"""open311 partners: partners with hashed API keys, the case's partner (its channel), the audit of
partners' keyed reads, and an index of cases by when they were reported (searches and statistics)

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

import models.base

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "partners",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("key_prefix", sa.String(length=12), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("revoked_at", models.base.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_partners_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partners")),
        sa.UniqueConstraint("key_hash", name=op.f("uq_partners_key_hash")),
        sa.UniqueConstraint("name", name=op.f("uq_partners_name")),
        sa.UniqueConstraint("user_id", name=op.f("uq_partners_user_id")),
    )
    op.create_table(
        "partner_reads",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("at", models.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_partner_reads_case_id_cases")),
        sa.ForeignKeyConstraint(["partner_id"], ["partners.id"], name=op.f("fk_partner_reads_partner_id_partners")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_reads")),
    )
    op.create_index(op.f("ix_partner_reads_case_id"), "partner_reads", ["case_id"], unique=False)
    op.create_index(op.f("ix_partner_reads_partner_id"), "partner_reads", ["partner_id"], unique=False)
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("partner_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_cases_partner_id"), ["partner_id"], unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_cases_partner_id_partners"), "partners", ["partner_id"], ["id"])
    op.create_index("ix_cases_created_at", "cases", ["created_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_cases_created_at", table_name="cases")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_cases_partner_id_partners"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_cases_partner_id"))
        batch_op.drop_column("partner_id")
    op.drop_index(op.f("ix_partner_reads_partner_id"), table_name="partner_reads")
    op.drop_index(op.f("ix_partner_reads_case_id"), table_name="partner_reads")
    op.drop_table("partner_reads")
    op.drop_table("partners")
