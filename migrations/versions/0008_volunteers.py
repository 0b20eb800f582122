"""volunteers: registration and approval, offers of a case's visit (one holder per case), visit
reports, and a center's choice of automatic offers

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

import models.base

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "center_volunteer_settings",
        sa.Column("center_id", sa.Integer(), nullable=False),
        sa.Column("auto_offer", sa.Boolean(), nullable=False),
        sa.Column("updated_by_user_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", models.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["center_id"], ["centers.id"], name=op.f("fk_center_volunteer_settings_center_id_centers")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_user_id"], ["users.id"], name=op.f("fk_center_volunteer_settings_updated_by_user_id_users")
        ),
        sa.PrimaryKeyConstraint("center_id", name=op.f("pk_center_volunteer_settings")),
    )
    op.create_table(
        "volunteers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("center_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=16), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=False),
        sa.Column("longitude", sa.Float(), nullable=False),
        sa.Column("lat_band", sa.Integer(), nullable=False),
        sa.Column("skills", sa.JSON(), nullable=False),
        sa.Column("max_active_cases", sa.Integer(), nullable=False),
        sa.Column("active_cases", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("available", sa.Boolean(), nullable=False),
        sa.Column("decided_by_user_id", sa.Integer(), nullable=True),
        sa.Column("decided_at", models.base.UTCDateTime(), nullable=True),
        sa.Column("created_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", models.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["center_id"], ["centers.id"], name=op.f("fk_volunteers_center_id_centers")),
        sa.ForeignKeyConstraint(
            ["decided_by_user_id"], ["users.id"], name=op.f("fk_volunteers_decided_by_user_id_users")
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_volunteers_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteers")),
        sa.UniqueConstraint("user_id", name=op.f("uq_volunteers_user_id")),
    )
    with op.batch_alter_table("volunteers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_volunteers_center_id"), ["center_id"], unique=False)
        batch_op.create_index(
            "ix_volunteers_matchable_center",
            ["center_id"],
            unique=False,
            postgresql_where=sa.text("status = 'approved' AND available AND active_cases < max_active_cases"),
            sqlite_where=sa.text("status = 'approved' AND available AND active_cases < max_active_cases"),
        )
        batch_op.create_index(
            "ix_volunteers_matchable_place",
            ["lat_band", "longitude"],
            unique=False,
            postgresql_where=sa.text("status = 'approved' AND available AND active_cases < max_active_cases"),
            sqlite_where=sa.text("status = 'approved' AND available AND active_cases < max_active_cases"),
        )

    op.create_table(
        "volunteer_offers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("volunteer_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("distance_km", sa.Float(), nullable=False),
        sa.Column("offered_by_user_id", sa.Integer(), nullable=True),
        sa.Column("offered_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("expires_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("answered_at", models.base.UTCDateTime(), nullable=True),
        sa.Column("finished_at", models.base.UTCDateTime(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_volunteer_offers_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["offered_by_user_id"], ["users.id"], name=op.f("fk_volunteer_offers_offered_by_user_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["volunteer_id"], ["volunteers.id"], name=op.f("fk_volunteer_offers_volunteer_id_volunteers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer_offers")),
    )
    with op.batch_alter_table("volunteer_offers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_volunteer_offers_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            "ix_volunteer_offers_holder",
            ["case_id"],
            unique=True,
            postgresql_where=sa.text("state = 'accepted'"),
            sqlite_where=sa.text("state = 'accepted'"),
        )
        batch_op.create_index(
            "ix_volunteer_offers_open",
            ["expires_at"],
            unique=False,
            postgresql_where=sa.text("state = 'offered'"),
            sqlite_where=sa.text("state = 'offered'"),
        )
        batch_op.create_index("ix_volunteer_offers_volunteer_state", ["volunteer_id", "state"], unique=False)

    op.create_table(
        "visit_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("offer_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("volunteer_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("help_given", sa.Text(), nullable=True),
        sa.Column("needs_found", sa.Text(), nullable=True),
        sa.Column("media_id", sa.Integer(), nullable=True),
        sa.Column("recommendation", sa.String(length=16), nullable=False),
        sa.Column("created_at", models.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_visit_reports_case_id_cases")),
        sa.ForeignKeyConstraint(["media_id"], ["media.id"], name=op.f("fk_visit_reports_media_id_media")),
        sa.ForeignKeyConstraint(
            ["offer_id"], ["volunteer_offers.id"], name=op.f("fk_visit_reports_offer_id_volunteer_offers")
        ),
        sa.ForeignKeyConstraint(
            ["volunteer_id"], ["volunteers.id"], name=op.f("fk_visit_reports_volunteer_id_volunteers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_reports")),
        sa.UniqueConstraint("offer_id", name=op.f("uq_visit_reports_offer_id")),
    )
    with op.batch_alter_table("visit_reports", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_reports_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("visit_reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_reports_case_id"))

    op.drop_table("visit_reports")
    with op.batch_alter_table("volunteer_offers", schema=None) as batch_op:
        batch_op.drop_index("ix_volunteer_offers_volunteer_state")
        batch_op.drop_index(
            "ix_volunteer_offers_open",
            postgresql_where=sa.text("state = 'offered'"),
            sqlite_where=sa.text("state = 'offered'"),
        )
        batch_op.drop_index(
            "ix_volunteer_offers_holder",
            postgresql_where=sa.text("state = 'accepted'"),
            sqlite_where=sa.text("state = 'accepted'"),
        )
        batch_op.drop_index(batch_op.f("ix_volunteer_offers_case_id"))

    op.drop_table("volunteer_offers")
    with op.batch_alter_table("volunteers", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_volunteers_matchable_place",
            postgresql_where=sa.text("status = 'approved' AND available AND active_cases < max_active_cases"),
            sqlite_where=sa.text("status = 'approved' AND available AND active_cases < max_active_cases"),
        )
        batch_op.drop_index(
            "ix_volunteers_matchable_center",
            postgresql_where=sa.text("status = 'approved' AND available AND active_cases < max_active_cases"),
            sqlite_where=sa.text("status = 'approved' AND available AND active_cases < max_active_cases"),
        )
        batch_op.drop_index(batch_op.f("ix_volunteers_center_id"))

    op.drop_table("volunteers")
    op.drop_table("center_volunteer_settings")
