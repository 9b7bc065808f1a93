"""version: named moments in the workbook's history ("Työryhmä 14.3.2026")

The change report compares the workbook between two moments; a version names
one so that the working group can ask for "what changed since the last
meeting". A version points at the last history row recorded when it was marked
(by id in this file, and by uid so that a merge can place it in another copy).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "version",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("marked_at", sa.DateTime(), nullable=False),
        sa.Column("user", sa.Text(), nullable=False),
        sa.Column("history_id", sa.Integer(), nullable=False),
        sa.Column("history_uid", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_version")),
        sa.UniqueConstraint("name", name=op.f("uq_version_name")),
    )


def downgrade() -> None:
    op.drop_table("version")
