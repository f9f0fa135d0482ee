"""A real PostgreSQL for these tests: one throw-away cluster per session (see `cluster.py`), a fresh database
per test. Skips, saying why, where Debian's `postgresql` package is not installed; never a stand-in."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

from tests.postgres.cluster import Cluster, create_cluster, find_binaries, remove_cluster

_databases = itertools.count(1)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/postgres/" in item.nodeid:
            item.add_marker(pytest.mark.postgres)


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[Cluster]:
    binaries = find_binaries()
    if binaries is None:
        pytest.skip("PostgreSQL is not installed (no initdb under /usr/lib/postgresql/*/bin): "
                    "apt-get install postgresql to run the PostgreSQL tests")
    cluster = create_cluster(binaries)
    yield cluster
    remove_cluster(cluster)


@pytest.fixture()
def postgres_url(postgres_cluster: Cluster) -> str:
    """The URL of a new, empty database (schema not yet created)."""
    return postgres_cluster.create_database(f"test_{next(_databases)}")
