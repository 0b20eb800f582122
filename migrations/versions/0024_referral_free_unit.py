"""referrals to a unit typed by hand: agency optional, the unit's name and contact, one of the two

Staff refer cases to units that are not in the agency directory (a hospital ward, a foundation, a
temple). Such a referral names the unit instead of an agency; the check keeps every referral
addressed to someone.

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.add_column(sa.Column("unit_name", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("unit_contact", sa.String(length=200), nullable=True))
        batch_op.alter_column("agency_id", existing_type=sa.Integer(), nullable=True)
        batch_op.create_check_constraint(
            batch_op.f("ck_referrals_agency_or_unit"), "agency_id IS NOT NULL OR unit_name IS NOT NULL"
        )


def downgrade() -> None:
    # The old schema cannot hold a referral without an agency: those records go with the columns
    # (they have no reminders, no link and no email to leave behind).
    op.execute("DELETE FROM referrals WHERE agency_id IS NULL")
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_referrals_agency_or_unit"), type_="check")
        batch_op.alter_column("agency_id", existing_type=sa.Integer(), nullable=False)
        batch_op.drop_column("unit_contact")
        batch_op.drop_column("unit_name")
