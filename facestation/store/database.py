"""Opening the database: engine set-up for SQLite (WAL, foreign keys, write transactions) and migrations.

Every caller goes through `open_database`, which brings the schema to the newest Alembic revision before it
hands out the engine, so a data dir from an older version is upgraded in place on first start.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event

DATABASE_FILE_NAME = "facecheck.sqlite3"
# A writer waits this long for another writer (the admin CLI, a second service process) before failing.
_BUSY_TIMEOUT_MS = 15_000


def sqlite_url(data_dir: Path) -> str:
    return f"sqlite:///{data_dir / DATABASE_FILE_NAME}"


def create_database_engine(url: str) -> Engine:
    """An engine for `url`; SQLite gets the pragmas and transaction mode the store relies on."""
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url, connect_args={"timeout": _BUSY_TIMEOUT_MS / 1000, "check_same_thread": False})
    _configure_sqlite(engine)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Hand transaction control to SQLAlchemy's "begin" event below instead of pysqlite's own guessing.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")  # readers never wait for the writer
        cursor.execute("PRAGMA synchronous=NORMAL")  # durable at each checkpoint; safe with WAL
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")
        cursor.close()
        # SQLite's built-in lower() folds ASCII only, so the case-insensitive record search missed "ÁLVAREZ" for
        # "álvarez". Replace it with Python's Unicode lower(), which is what PostgreSQL's lower() does too.
        dbapi_connection.create_function("lower", 1, _unicode_lower, deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # IMMEDIATE takes the write lock at BEGIN, so read-then-write transactions (the rate limit's count and
        # insert, uniqueness checks) cannot interleave with another writer, and a busy database makes the
        # transaction wait at its start instead of failing half-way. Read-only work asks for DEFERRED.
        mode = connection.get_execution_options().get("sqlite_begin", "IMMEDIATE")
        connection.exec_driver_sql(f"BEGIN {mode}")


def _unicode_lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", "facestation.store:migrations")
    config.attributes["engine"] = engine
    return config


def migrate(engine: Engine) -> None:
    """Upgrade the schema to the newest revision (a no-op when it is already there)."""
    command.upgrade(alembic_config(engine), "head")


def open_database(url: str) -> Engine:
    engine = create_database_engine(url)
    migrate(engine)
    return engine
