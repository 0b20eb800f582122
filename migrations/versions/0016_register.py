"""households, registered_people, check_ins: the register of vulnerable people, buddies and check-ins

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

import models.base

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "households",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("center_id", sa.Integer(), nullable=False),
        sa.Column("address_text", sa.Text(), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("subdistrict_code", sa.String(length=6), nullable=True),
        sa.Column("district_code", sa.String(length=4), nullable=True),
        sa.Column("province_code", sa.String(length=2), nullable=True),
        sa.Column("created_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", models.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["center_id"], ["centers.id"], name=op.f("fk_households_center_id_centers")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_households")),
    )
    op.create_index(op.f("ix_households_center_id"), "households", ["center_id"], unique=False)
    op.create_table(
        "registered_people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("center_id", sa.Integer(), nullable=False),
        sa.Column("subdistrict_code", sa.String(length=6), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("name_key", sa.String(length=200), nullable=True),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("sex", sa.String(length=8), nullable=True),
        sa.Column("id_card_last4", sa.String(length=4), nullable=True),
        sa.Column("groups", sa.JSON(), nullable=False),
        sa.Column("needs", sa.JSON(), nullable=False),
        sa.Column("phone", sa.String(length=16), nullable=True),
        sa.Column("photo_media_id", sa.Integer(), nullable=True),
        sa.Column("lawful_basis", sa.String(length=16), nullable=False),
        sa.Column("consent_note", sa.Text(), nullable=True),
        sa.Column("consent_media_id", sa.Integer(), nullable=True),
        sa.Column("registered_by_user_id", sa.Integer(), nullable=True),
        sa.Column("buddy_user_id", sa.Integer(), nullable=True),
        sa.Column("check_in_days", sa.Integer(), nullable=False),
        sa.Column("next_check_in_due", models.base.UTCDateTime(), nullable=True),
        sa.Column("check_in_stage", sa.String(length=12), nullable=False),
        sa.Column("next_alert_at", models.base.UTCDateTime(), nullable=True),
        sa.Column("closed_reason", sa.String(length=16), nullable=True),
        sa.Column("closed_at", models.base.UTCDateTime(), nullable=True),
        sa.Column("anonymised_at", models.base.UTCDateTime(), nullable=True),
        sa.Column("created_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", models.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["buddy_user_id"], ["users.id"], name=op.f("fk_registered_people_buddy_user_id_users")),
        sa.ForeignKeyConstraint(["center_id"], ["centers.id"], name=op.f("fk_registered_people_center_id_centers")),
        sa.ForeignKeyConstraint(
            ["consent_media_id"], ["media.id"], name=op.f("fk_registered_people_consent_media_id_media")
        ),
        sa.ForeignKeyConstraint(
            ["household_id"], ["households.id"], name=op.f("fk_registered_people_household_id_households")
        ),
        sa.ForeignKeyConstraint(
            ["photo_media_id"], ["media.id"], name=op.f("fk_registered_people_photo_media_id_media")
        ),
        sa.ForeignKeyConstraint(
            ["registered_by_user_id"], ["users.id"], name=op.f("fk_registered_people_registered_by_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registered_people")),
    )
    op.create_index(
        "ix_registered_people_alert",
        "registered_people",
        ["next_alert_at"],
        unique=False,
        postgresql_where=sa.text("status = 'active'"),
        sqlite_where=sa.text("status = 'active'"),
    )
    op.create_index(op.f("ix_registered_people_buddy_user_id"), "registered_people", ["buddy_user_id"], unique=False)
    op.create_index(
        "ix_registered_people_center_due",
        "registered_people",
        ["center_id", "next_check_in_due"],
        unique=False,
        postgresql_where=sa.text("status = 'active'"),
        sqlite_where=sa.text("status = 'active'"),
    )
    op.create_index(op.f("ix_registered_people_household_id"), "registered_people", ["household_id"], unique=False)
    op.create_index(
        "ix_registered_people_lookalike",
        "registered_people",
        ["subdistrict_code", "birth_year"],
        unique=False,
        postgresql_where=sa.text("status = 'active'"),
        sqlite_where=sa.text("status = 'active'"),
    )
    op.create_index(
        "ix_registered_people_retention",
        "registered_people",
        ["closed_at"],
        unique=False,
        postgresql_where=sa.text("closed_at IS NOT NULL AND anonymised_at IS NULL"),
        sqlite_where=sa.text("closed_at IS NOT NULL AND anonymised_at IS NULL"),
    )
    op.create_table(
        "check_ins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("by_user_id", sa.Integer(), nullable=True),
        sa.Column("mode", sa.String(length=8), nullable=False),
        sa.Column("outcome", sa.String(length=8), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("at", models.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["by_user_id"], ["users.id"], name=op.f("fk_check_ins_by_user_id_users")),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_check_ins_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["person_id"], ["registered_people.id"], name=op.f("fk_check_ins_person_id_registered_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_check_ins")),
    )
    op.create_index(op.f("ix_check_ins_case_id"), "check_ins", ["case_id"], unique=False)
    op.create_index("ix_check_ins_person_at", "check_ins", ["person_id", "at"], unique=False)


def downgrade() -> None:
    op.drop_table("check_ins")
    op.drop_table("registered_people")
    op.drop_table("households")
