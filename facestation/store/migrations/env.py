"""Alembic environment: runs against the engine `facestation.store.database.migrate` passes in."""

from __future__ import annotations

from alembic import context

from facestation.store.schema import metadata

engine = context.config.attributes["engine"]

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        # SQLite cannot ALTER most things in place: batch mode recreates the table, in both dialects' style.
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()
