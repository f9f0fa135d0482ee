"""A fresh database per test in the session's throw-away PostgreSQL cluster (`postgres_cluster`, tests/conftest.py)."""

from __future__ import annotations

import itertools

import pytest

from tests.support.postgres import Cluster

_databases = itertools.count(1)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/postgres/" in item.nodeid:
            item.add_marker(pytest.mark.postgres)


@pytest.fixture()
def postgres_url(postgres_cluster: Cluster) -> str:
    """The URL of a new, empty database (schema not yet created)."""
    return postgres_cluster.create_database(f"test_{next(_databases)}")
