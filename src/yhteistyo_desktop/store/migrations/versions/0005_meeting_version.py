"""meeting: the named version that was current at it (optional)

The working group marks a version at a meeting ("Työryhmä 14.3.2026"); tying the
meeting to it lets the next meeting's handout report "what changed since the last
meeting" from exactly that version rather than from the meeting's start time. A
meeting of an older file has no version (NULL); deleting a version is not an
operation, but the reference is cleared rather than the meeting deleted if one goes.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version_id", sa.String(length=36), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_meeting_version_id_version"), "version",
                                    ["version_id"], ["id"], ondelete="SET NULL")
        batch_op.create_index(batch_op.f("ix_meeting_version_id"), ["version_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_version_id"))
        batch_op.drop_constraint(batch_op.f("fk_meeting_version_id_version"), type_="foreignkey")
        batch_op.drop_column("version_id")
