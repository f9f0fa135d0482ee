"""The Alembic migrations build exactly the schema the code queries, and upgrade in place."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from facestation.store import open_data_dir_store
from facestation.store.database import (
    alembic_config,
    create_database_engine,
    migrate,
    sqlite_url,
)
from facestation.store.schema import metadata


def test_migrations_match_the_schema_module(tmp_path: Path) -> None:
    store = open_data_dir_store(tmp_path)
    with store.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    store.close()
    assert differences == []


def test_opening_twice_is_a_no_op_and_keeps_data(tmp_path: Path) -> None:
    store = open_data_dir_store(tmp_path)
    store.accounts.create_client("c", "hash", 1.0)
    store.close()
    reopened = open_data_dir_store(tmp_path)
    assert reopened.accounts.get_client("c") is not None
    with reopened.engine.connect() as connection:
        head = command.ScriptDirectory.from_config(alembic_config(reopened.engine)).get_current_head()
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == head == "0004"
    reopened.close()


def test_downgrade_to_nothing_and_back(tmp_path: Path) -> None:
    engine = create_database_engine(sqlite_url(tmp_path))
    migrate(engine)
    command.downgrade(alembic_config(engine), "base")
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    migrate(engine)
    assert {"clients", "users", "face_records", "face_lists", "list_members"} <= set(inspect(engine).get_table_names())
    engine.dispose()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    store = open_data_dir_store(tmp_path)
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
    store.close()


def test_database_file_is_in_the_data_dir(tmp_path: Path) -> None:
    open_data_dir_store(tmp_path / "nested" / "dir").close()
    database = tmp_path / "nested" / "dir" / "facecheck.sqlite3"
    assert database.is_file()
    assert stat.S_ISREG(os.stat(database).st_mode)
