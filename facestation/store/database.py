"""Opening the database: engine set-up for SQLite (WAL, foreign keys, write transactions) or PostgreSQL, and
migrations.

Every caller goes through `open_database`, which brings the schema to the newest Alembic revision before it
hands out the engine, so a data dir from an older version is upgraded in place on first start.

The two back ends get the same guarantees by different means. SQLite: one writer at a time (BEGIN IMMEDIATE),
so a read-then-write transaction cannot interleave with another. PostgreSQL (READ COMMITTED): the stores lock
the rows they read before writing (`SELECT ... FOR UPDATE`, a no-op on SQLite), and reads that must be one
snapshot ask for REPEATABLE READ (`snapshot_options`).
"""

from __future__ import annotations

import functools
import logging
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from alembic import command
from alembic.config import Config
from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.exc import DBAPIError

from facestation.private_files import (
    check_private,
    make_private_dir,
    make_private_file,
    private_files_warning,
    tighten_if_present,
)

logger = logging.getLogger(__name__)

DATABASE_FILE_NAME = "facecheck.sqlite3"
# A writer waits this long for another writer (the admin CLI, a second service process) before failing.
_BUSY_TIMEOUT_MS = 15_000


def sqlite_url(data_dir: Path) -> str:
    return f"sqlite:///{data_dir / DATABASE_FILE_NAME}"


class UnsupportedDatabaseError(ValueError):
    """The URL names a database the store does not support (only SQLite and PostgreSQL)."""


def database_url(url: str) -> URL:
    """`url` as SQLAlchemy will use it: a plain postgresql:// (or postgres://) URL goes through psycopg 3."""
    try:
        parsed = make_url(url)
    except Exception as error:  # sqlalchemy.exc.ArgumentError, ValueError: both mean "not a URL"
        raise UnsupportedDatabaseError(f"{url!r} is not a database URL (e.g. postgresql://USER:PASS@HOST:5432/DB)"
                                       ) from error
    backend = parsed.get_backend_name()
    if backend == "postgres":
        parsed = parsed.set(drivername="postgresql")
        backend = "postgresql"
    if backend == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    if backend not in ("sqlite", "postgresql"):
        raise UnsupportedDatabaseError(f"the {backend!r} database is not supported: use postgresql://... "
                                       "(or leave the database out for the built-in SQLite one)")
    return parsed


def describe_url(url: str) -> str:
    """The URL as the user wrote it (scheme included) but without its password, for logs and messages."""
    return make_url(url).render_as_string(hide_password=True)


def create_database_engine(url: str) -> Engine:
    """An engine for `url`; SQLite gets the pragmas and transaction mode the store relies on."""
    parsed = database_url(url)
    if parsed.get_backend_name() == "postgresql":
        return _create_postgresql_engine(parsed)
    # hide_parameters: a logged database error shows its SQL but not the bound values (names, external
    # identifiers, photos), which are personal data.
    engine = create_engine(parsed, connect_args={"timeout": _BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
                           hide_parameters=True)
    _make_sqlite_files_private(parsed)
    _configure_sqlite(engine)
    return engine


def _sqlite_files(database: Path) -> list[Path]:
    return [database, Path(f"{database}-wal"), Path(f"{database}-shm")]


def _is_data_dir_database(database: Path) -> bool:
    """A data dir's database (`sqlite_url`): its folder holds the service's data alone (database, signing key),
    so the folder is made private too. Any other SQLite file gets a private file but its folder is left as the
    user made it: it may be a shared one (/tmp)."""
    return database.name == DATABASE_FILE_NAME


def _make_sqlite_files_private(url: URL) -> None:
    """The database and its -wal/-shm readable by this account alone. The file is created 0600 before SQLite
    opens it (SQLite gives -wal/-shm the database file's mode), a looser one from an older version is tightened,
    and what stays readable (a file system without modes) is logged once."""
    if not url.database or url.database == ":memory:" or url.database.startswith("file:"):
        return  # in memory, or a URI filename whose options are SQLite's business
    database = Path(url.database)
    try:
        if _is_data_dir_database(database):
            make_private_dir(database.parent)
        make_private_file(database)
    except OSError:
        return  # a missing or read-only folder: SQLite says so in its own words when it opens the file
    tighten_if_present(_sqlite_files(database)[1:])
    checked = ([database.parent] if _is_data_dir_database(database) else []) + _sqlite_files(database)
    warning = private_files_warning(check_private(checked))
    if warning is not None and warning not in _warned:
        _warned.add(warning)  # once per process: the service, its warm-up and a CLI may each open an engine
        logger.warning(warning)


_warned: set[str] = set()


def _create_postgresql_engine(url: URL) -> Engine:
    return create_engine(
        url,
        # A connection the server dropped (a restart, a fail-over) is replaced before use instead of failing the
        # request that draws it from the pool.
        pool_pre_ping=True,
        # A logged database error shows its SQL but not the bound values, which are personal data.
        hide_parameters=True,
        # The service runs database calls on a thread pool: enough connections that they rarely queue, with a
        # bound so N processes stay well under PostgreSQL's default max_connections (100).
        pool_size=8,
        max_overflow=4,
        pool_timeout=15,
        connect_args={
            "connect_timeout": 10,
            "application_name": "facestation",
        },
    )


def is_postgresql(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


def snapshot_options(engine: Engine) -> dict[str, Any]:
    """Execution options for a read-only transaction whose statements must all see one snapshot."""
    if is_postgresql(engine):
        return {"isolation_level": "REPEATABLE READ", "postgresql_readonly": True}
    return {"sqlite_begin": "DEFERRED"}  # a deferred read transaction is a snapshot in WAL mode


# PostgreSQL's answers to transactions that collided: deadlock detected, could not serialise access.
_CONFLICT_STATES = frozenset({"40P01", "40001"})
_CONFLICT_ATTEMPTS = 4
_P = ParamSpec("_P")
_R = TypeVar("_R")


def retry_on_conflict(write: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run a write again when the database aborted its transaction as a deadlock victim or a serialisation
    failure: the transaction was rolled back whole, so running it again is safe, and the request succeeds
    instead of failing for what is only bad timing. For methods that are one transaction each."""

    @functools.wraps(write)
    def retried(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        for attempt in range(1, _CONFLICT_ATTEMPTS + 1):
            try:
                return write(*args, **kwargs)
            except DBAPIError as error:
                if getattr(error.orig, "sqlstate", None) not in _CONFLICT_STATES or attempt == _CONFLICT_ATTEMPTS:
                    raise
                time.sleep(random.uniform(0.005, 0.02) * attempt)  # apart, so they do not collide again
        raise AssertionError("unreachable")  # pragma: no cover

    return retried


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
