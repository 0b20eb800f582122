"""users.language_chosen_at: when the user picked a language with the language button

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

import models.base

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("users", sa.Column("language_chosen_at", models.base.UTCDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    op.drop_column("users", "language_chosen_at")
