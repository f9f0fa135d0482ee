"""Persistence of the local FaceCheck service: accounts, face records and lists, behind one interface.

`open_store(url)` is the only way in: it migrates the schema and returns a `Store` whose parts speak in plain
dataclasses, so the service never sees SQL and a PostgreSQL URL needs no change above this package.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from facestation.private_files import make_private_dir
from facestation.store.accounts import AccountStore
from facestation.store.calibrations import CalibrationStore
from facestation.store.catalogue import CatalogueStore
from facestation.store.database import open_database, sqlite_url


@dataclass(frozen=True)
class Store:
    engine: Engine
    accounts: AccountStore
    catalogue: CatalogueStore
    calibrations: CalibrationStore

    def close(self) -> None:
        self.engine.dispose()


def open_store(url: str) -> Store:
    engine = open_database(url)
    return Store(engine, AccountStore(engine), CatalogueStore(engine), CalibrationStore(engine))


def open_data_dir_store(data_dir: Path) -> Store:
    """The embedded SQLite store of a data dir (created on first use)."""
    make_private_dir(data_dir)
    return open_store(sqlite_url(data_dir))
