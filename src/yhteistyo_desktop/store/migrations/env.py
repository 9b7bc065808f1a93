"""Alembic environment: always run by the application on a connection it passes in."""
from alembic import context

from yhteistyo_desktop.domain.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - developer running `alembic` by hand
    from sqlalchemy import create_engine

    connection = create_engine(context.config.get_main_option("sqlalchemy.url")).connect()

# render_as_batch: SQLite cannot ALTER most things; batch mode copies the table instead.
# On PostgreSQL (server mode) the same revisions run as plain ALTERs, in the schema the
# connection's search_path names; batch_alter_table does that by itself off SQLite.
context.configure(connection=connection, target_metadata=Base.metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
