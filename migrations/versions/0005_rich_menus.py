"""rich_menus: the menus the bot created on LINE, by role and fingerprint; user_menu_links: which menu
each user should have linked, and the queue of link/unlink calls

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

import models.base

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rich_menus",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=24), nullable=False),
        sa.Column("line_rich_menu_id", sa.String(length=80), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("created_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", models.base.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rich_menus")),
        sa.UniqueConstraint("line_rich_menu_id", name=op.f("uq_rich_menus_line_rich_menu_id")),
    )
    op.create_index(op.f("ix_rich_menus_role"), "rich_menus", ["role"], unique=False)
    op.create_table(
        "user_menu_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("lease_until", models.base.UTCDateTime(), nullable=True),
        sa.Column("linked_rich_menu_id", sa.String(length=80), nullable=True),
        sa.Column("linked_role", sa.String(length=24), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("updated_at", models.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_user_menu_links_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_menu_links")),
        sa.UniqueConstraint("user_id", name=op.f("uq_user_menu_links_user_id")),
    )
    op.create_index(
        op.f("ix_user_menu_links_linked_rich_menu_id"), "user_menu_links", ["linked_rich_menu_id"], unique=False
    )
    op.create_index(
        "ix_user_menu_links_work",
        "user_menu_links",
        ["next_attempt_at"],
        unique=False,
        postgresql_where=sa.text("state IN ('pending', 'linking')"),
        sqlite_where=sa.text("state IN ('pending', 'linking')"),
    )


def downgrade() -> None:
    op.drop_index("ix_user_menu_links_work", table_name="user_menu_links")
    op.drop_index(op.f("ix_user_menu_links_linked_rich_menu_id"), table_name="user_menu_links")
    op.drop_table("user_menu_links")
    op.drop_index(op.f("ix_rich_menus_role"), table_name="rich_menus")
    op.drop_table("rich_menus")
