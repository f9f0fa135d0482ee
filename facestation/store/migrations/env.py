"""Alembic environment: runs against the engine `facestation.store.database.migrate` passes in."""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from facestation.store.schema import metadata

# Any constant: the key of the PostgreSQL advisory lock that serialises migrations.
_MIGRATION_LOCK_KEY = 0x46616365  # "Face"

engine = context.config.attributes["engine"]

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        # SQLite cannot ALTER most things in place: batch mode recreates the table, in both dialects' style.
        render_as_batch=True,
    )
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            # Several service processes starting together on one database: the first migrates, the others
            # wait here (until its transaction ends) and then find the schema current. SQLite gets the same from
            # BEGIN IMMEDIATE.
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK_KEY})
        context.run_migrations()
