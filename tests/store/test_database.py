"""The engines of `facestation.store.database`: what a logged database error may carry."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from facestation.store.database import create_database_engine, sqlite_url

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
