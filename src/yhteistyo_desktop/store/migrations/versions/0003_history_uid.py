"""history: a stable identity (uid) for every row, the same in every copy of the file

Members work on copies of one workbook file and merge them later
(:mod:`yhteistyo_desktop.sync`). A history row's integer id means nothing in
another copy, so each row gets a UUID. Rows written before this revision get
one derived from the workbook id, the row id and the time, so two copies of the
same old file (made with cp or Save As before either was migrated) give their
shared past the same uids; rows written after get a random one
(``Operations._record``), and a merge copies the other copy's rows with theirs.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""
import datetime as dt
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

#: Namespace of the uids of history rows written before this revision.
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:yhteistyo:history")


def backfilled_uid(workbook_id: str, row_id: int, at) -> str:
    if isinstance(at, dt.datetime):
        at = at.strftime("%Y-%m-%d %H:%M:%S.%f")
    return str(uuid.uuid5(NAMESPACE, f"{workbook_id}/{row_id}/{at}"))


def upgrade() -> None:
    with op.batch_alter_table("history", schema=None) as batch_op:
        batch_op.add_column(sa.Column("uid", sa.String(length=36), nullable=True))
    conn = op.get_bind()
    workbook_id = conn.execute(sa.text("SELECT id FROM workbook ORDER BY id LIMIT 1")).scalar() or ""
    rows = conn.execute(sa.text("SELECT id, at FROM history")).fetchall()
    if rows:
        conn.execute(sa.text("UPDATE history SET uid = :uid WHERE id = :id"),
                     [{"uid": backfilled_uid(workbook_id, row_id, at), "id": row_id}
                      for row_id, at in rows])
    with op.batch_alter_table("history", schema=None) as batch_op:
        batch_op.alter_column("uid", existing_type=sa.String(length=36), nullable=False)
        batch_op.create_index("ix_history_uid", ["uid"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("history", schema=None) as batch_op:
        batch_op.drop_index("ix_history_uid")
        batch_op.drop_column("uid")
