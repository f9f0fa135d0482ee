"""Shared fixtures: the always-available portraits and a compliant ICAO portrait built from one of them.

Images are built once per session and made read-only, so a test that modifies a shared image fails loudly
instead of silently changing what later tests see.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # for the Qt tests; must precede any Qt import

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from facestation.vision.faces import BGRImage  # noqa: E402
from tests.support import modes, portraits  # noqa: E402
from tests.support.portraits import CompliantBase  # noqa: E402
from tests.support.postgres import (  # noqa: E402
    Cluster,
    create_cluster,
    find_binaries,
    remove_cluster,
)



def pytest_addoption(parser: pytest.Parser, pluginmanager: pytest.PytestPluginManager) -> None:
    """pyproject.toml's addopts pass pytest-xdist's `-n auto --dist loadfile --max-worker-restart=0`; with xdist switched off
    (`pytest -p no:xdist`) nobody would know those options and pytest would refuse to start. Accept and ignore
    them then: the run is one process, as `-n 0` gives."""
    if pluginmanager.has_plugin("xdist"):
        return
    group = parser.getgroup("xdist (switched off)")
    # _addoption: the public addoption refuses lowercase short options (reserved for pytest and its plugins);
    # this is xdist's own spelling of its option, as xdist registers it.
    group._addoption("-n", "--numprocesses", dest="numprocesses", default=None,
                    help="ignored: pytest-xdist is switched off (-p no:xdist)")
    group.addoption("--dist", dest="dist", default="no", help="ignored: pytest-xdist is switched off")
    group.addoption("--max-worker-restart", dest="maxworkerrestart", default=None,
                    help="ignored: pytest-xdist is switched off")


def _read_only(image: BGRImage) -> BGRImage:
    image.setflags(write=False)
    return image


@pytest.fixture(scope="session")
def grace_hopper() -> BGRImage:
    return _read_only(portraits.grace_hopper())


@pytest.fixture(scope="session")
def astronaut() -> BGRImage:
    return _read_only(portraits.astronaut())


@pytest.fixture(scope="session")
def compliant_base(grace_hopper: BGRImage) -> CompliantBase:
    return portraits.compliant_base(grace_hopper)


@pytest.fixture(scope="session")
def compliant_portrait(compliant_base: CompliantBase) -> BGRImage:
    """A 480x640 ICAO token portrait of grace_hopper (inter-eye distance 120 px) that passes every check."""
    return compliant_base.portrait


@pytest.fixture(scope="session")
def datasets() -> Path:
    root = portraits.datasets_dir()
    if root is None:
        pytest.skip("shared/datasets not present")
    return root


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[Cluster]:
    """A real PostgreSQL: one throw-away cluster per session (see tests/support/postgres.py). Skips, saying why,
    where Debian's `postgresql` package is not installed; never a stand-in."""
    binaries = find_binaries()
    if binaries is None:
        pytest.skip("PostgreSQL is not installed (no initdb under /usr/lib/postgresql/*/bin): "
                    "apt-get install postgresql to run the PostgreSQL tests")
    cluster = create_cluster(binaries)
    yield cluster
    remove_cluster(cluster)


@pytest.fixture()
def usual_umask() -> Iterator[None]:
    """The common umask 022 for the test (a plain mkdir/open then gives 0755/0644, what the issue measured)."""
    with modes.usual_umask():
        yield
