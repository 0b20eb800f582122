"""referrals: agencies per area, referrals to them (tracked until answered), their reminders

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

import models.base

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agencies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("subdistrict_code", sa.String(length=6), nullable=False),
        sa.Column("district_code", sa.String(length=4), nullable=False),
        sa.Column("province_code", sa.String(length=2), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("line_id", sa.String(length=64), nullable=True),
        sa.Column("partner_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", models.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["partner_id"], ["partners.id"], name=op.f("fk_agencies_partner_id_partners")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agencies")),
        sa.UniqueConstraint("code", name=op.f("uq_agencies_code")),
    )
    op.create_index("ix_agencies_kind_province", "agencies", ["kind", "province_code"], unique=False)
    op.create_index(op.f("ix_agencies_partner_id"), "agencies", ["partner_id"], unique=False)
    op.create_table(
        "referrals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("referred_by_user_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("request", sa.Text(), nullable=False),
        sa.Column("parts", sa.JSON(), nullable=False),
        sa.Column("lawful_basis", sa.String(length=24), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("sent_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("received_at", models.base.UTCDateTime(), nullable=True),
        sa.Column("answered_at", models.base.UTCDateTime(), nullable=True),
        sa.Column("done_at", models.base.UTCDateTime(), nullable=True),
        sa.Column("agency_note", sa.Text(), nullable=True),
        sa.Column("link_nonce", sa.String(length=32), nullable=True),
        sa.Column("link_expires_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("revoked_at", models.base.UTCDateTime(), nullable=True),
        sa.Column("ack_due_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("next_reminder_at", models.base.UTCDateTime(), nullable=True),
        sa.Column("mail_due_at", models.base.UTCDateTime(), nullable=True),
        sa.Column("mail_attempts", sa.Integer(), nullable=False),
        sa.Column("mail_sent_at", models.base.UTCDateTime(), nullable=True),
        sa.Column("mail_error", sa.String(length=64), nullable=True),
        sa.Column("anonymised_at", models.base.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["agency_id"], ["agencies.id"], name=op.f("fk_referrals_agency_id_agencies")),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_referrals_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["referred_by_user_id"], ["users.id"], name=op.f("fk_referrals_referred_by_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referrals")),
    )
    op.create_index(op.f("ix_referrals_agency_id"), "referrals", ["agency_id"], unique=False)
    op.create_index(op.f("ix_referrals_case_id"), "referrals", ["case_id"], unique=False)
    op.create_index(
        "ix_referrals_mail_due",
        "referrals",
        ["mail_due_at"],
        unique=False,
        postgresql_where=sa.text("mail_due_at IS NOT NULL"),
        sqlite_where=sa.text("mail_due_at IS NOT NULL"),
    )
    op.create_index(
        "ix_referrals_next_reminder",
        "referrals",
        ["next_reminder_at"],
        unique=False,
        postgresql_where=sa.text("next_reminder_at IS NOT NULL"),
        sqlite_where=sa.text("next_reminder_at IS NOT NULL"),
    )
    op.create_table(
        "referral_reminders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("referral_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("due_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("sent_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("recipients", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["referral_id"], ["referrals.id"], name=op.f("fk_referral_reminders_referral_id_referrals")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral_reminders")),
        sa.UniqueConstraint("referral_id", "level", name=op.f("uq_referral_reminders_referral_id")),
    )


def downgrade() -> None:
    op.drop_table("referral_reminders")
    op.drop_index(
        "ix_referrals_next_reminder",
        table_name="referrals",
        postgresql_where=sa.text("next_reminder_at IS NOT NULL"),
        sqlite_where=sa.text("next_reminder_at IS NOT NULL"),
    )
    op.drop_index(
        "ix_referrals_mail_due",
        table_name="referrals",
        postgresql_where=sa.text("mail_due_at IS NOT NULL"),
        sqlite_where=sa.text("mail_due_at IS NOT NULL"),
    )
    op.drop_index(op.f("ix_referrals_case_id"), table_name="referrals")
    op.drop_index(op.f("ix_referrals_agency_id"), table_name="referrals")
    op.drop_table("referrals")
    op.drop_index(op.f("ix_agencies_partner_id"), table_name="agencies")
    op.drop_index("ix_agencies_kind_province", table_name="agencies")
    op.drop_table("agencies")
