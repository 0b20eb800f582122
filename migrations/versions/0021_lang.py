"""rich menus per language: the citizen menu is drawn in Thai, English, Burmese and Lao

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Every menu made before this was Thai.
    with op.batch_alter_table("rich_menus") as batch:
        batch.add_column(sa.Column("language", sa.String(length=8), server_default="th", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("rich_menus") as batch:
        batch.drop_column("language")
