"""routing limits: a center's service radius, who answers for a case without a center, where a
case's area codes came from, an index over the cases waiting without a center, and one over resolved
cases (closed by themselves when their reopen window ends), and the duplicate lookup's indexes

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("centers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("service_radius_km", sa.Float(), nullable=True))
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("route_level", sa.String(length=12), nullable=True))
        batch_op.add_column(sa.Column("area_source", sa.String(length=16), nullable=True))
    op.execute("UPDATE cases SET route_level = 'center' WHERE center_id IS NOT NULL")
    op.execute("UPDATE cases SET route_level = 'unrouted' WHERE center_id IS NULL")
    op.execute("UPDATE cases SET area_source = 'typed' WHERE subdistrict_code IS NOT NULL AND latitude IS NULL")
    op.create_index(
        "ix_cases_without_center",
        "cases",
        ["created_at"],
        unique=False,
        postgresql_where=sa.text("center_id IS NULL AND status = 'assigned'"),
        sqlite_where=sa.text("center_id IS NULL AND status = 'assigned'"),
    )


    op.create_index(
        "ix_cases_resolved",
        "cases",
        ["resolved_at"],
        unique=False,
        postgresql_where=sa.text("status = 'resolved'"),
        sqlite_where=sa.text("status = 'resolved'"),
    )


    # Supervisors' scope over the cases of their area that have no center.
    op.create_index(
        "ix_cases_no_center_area",
        "cases",
        ["province_code", "district_code"],
        unique=False,
        postgresql_where=sa.text("center_id IS NULL"),
        sqlite_where=sa.text("center_id IS NULL"),
    )
    # Duplicate lookup: a district's recent cases, its open ones, pins near a point.
    op.create_index("ix_cases_district_created", "cases", ["district_code", "created_at"], unique=False)
    open_cases = "status IN ('assigned', 'acknowledged', 'visiting', 'in_progress', 'referred')"
    op.create_index(
        "ix_cases_open_district",
        "cases",
        ["district_code"],
        unique=False,
        postgresql_where=sa.text(open_cases),
        sqlite_where=sa.text(open_cases),
    )
    op.create_index(
        "ix_cases_latitude",
        "cases",
        ["latitude"],
        unique=False,
        postgresql_where=sa.text("latitude IS NOT NULL"),
        sqlite_where=sa.text("latitude IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_cases_latitude", table_name="cases")
    op.drop_index("ix_cases_no_center_area", table_name="cases")
    op.drop_index("ix_cases_open_district", table_name="cases")
    op.drop_index("ix_cases_district_created", table_name="cases")
    op.drop_index("ix_cases_resolved", table_name="cases")
    op.drop_index("ix_cases_without_center", table_name="cases")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("area_source")
        batch_op.drop_column("route_level")
    with op.batch_alter_table("centers", schema=None) as batch_op:
        batch_op.drop_column("service_radius_km")
