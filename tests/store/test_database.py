"""The engines of `facestation.store.database`: what a logged database error may carry."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from facestation.store.database import create_database_engine, sqlite_url
from tests.support.modes import mode_of, usual_umask

PERSONAL = "Grace Brewster Hopper"


def test_a_failed_statement_does_not_carry_its_parameters(tmp_path: Path) -> None:
    # The service logs a 500 with the exception: bound values (names, external identifiers) must not be in it.
    engine = create_database_engine(sqlite_url(tmp_path))
    try:
        with pytest.raises(DBAPIError) as caught, engine.connect() as connection:
            connection.execute(text("SELECT name FROM no_such_table WHERE name = :name"), {"name": PERSONAL})
    finally:
        engine.dispose()
    assert "no_such_table" in str(caught.value)  # the statement stays, to find the failing query
    assert PERSONAL not in str(caught.value) and PERSONAL not in repr(caught.value)


def test_the_postgresql_engine_hides_parameters_too() -> None:
    # Creating the engine connects to nothing: its settings are what every later error is logged with.
    engine = create_database_engine("postgresql://user:secret@127.0.0.1:1/facecheck")
    try:
        assert engine.hide_parameters
    finally:
        engine.dispose()


# -- private files (issue 15 row 6) ---------------------------------------------------------------------------

POSIX_MODES = pytest.mark.skipif(os.name == "nt", reason="Windows access is ACLs, not mode bits")



@POSIX_MODES
def test_any_sqlite_file_is_created_private_but_its_folder_is_left_alone(tmp_path: Path) -> None:
    # A database the user named elsewhere may sit in a shared folder (/tmp): only the data dir's own folder is
    # made private, never a folder the store did not make its own.
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    with usual_umask():
        engine = create_database_engine(f"sqlite:///{shared / 'mine.sqlite3'}")
        try:
            with engine.begin() as connection:
                connection.execute(text("CREATE TABLE t (x INTEGER)"))
            assert mode_of(shared / "mine.sqlite3") == 0o600
            assert mode_of(shared / "mine.sqlite3-wal") == 0o600
        finally:
            engine.dispose()
    assert mode_of(shared) == 0o777


def test_a_missing_folder_is_still_sqlites_own_error(tmp_path: Path) -> None:
    engine = create_database_engine(f"sqlite:///{tmp_path / 'no-such-folder' / 'db.sqlite3'}")
    try:
        with pytest.raises(DBAPIError, match="unable to open database file"), engine.connect():
            pass
    finally:
        engine.dispose()
