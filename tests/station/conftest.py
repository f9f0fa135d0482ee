"""Fixtures for the station's Qt tests: private user dirs, a qasync loop driven by pytest-qt, and a station.

pytest-qt has no qasync integration. `qloop` installs a `qasync.QEventLoop` as the running asyncio loop on top
of pytest-qt's QApplication (`already_running=True`): qasync schedules its callbacks with Qt timers and socket
notifiers, so whatever processes Qt events (`qtbot.waitUntil`, `qtbot.waitSignal`) also runs the coroutines.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

T = TypeVar("T")


@pytest.fixture(autouse=True)
def _private_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every station test gets its own config, data, state (logs, call budget) and cache dirs, so nothing
    reads or writes the developer's real ones (platformdirs follows the XDG variables on Linux)."""
    base = tmp_path_factory.mktemp("user-dirs")
    for variable, name in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                           ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(variable, str(base / name))
    # Child processes and any keyring the code might open: the null keyring, never the developer's.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    return base


@pytest.fixture
def qloop(qapp: Any) -> Iterator[asyncio.AbstractEventLoop]:
    """A qasync loop running on pytest-qt's QApplication for the duration of one test."""
    import qasync

    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    yield loop
    pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
    for task in pending:
        task.cancel()
    deadline = time.monotonic() + 5
    while any(not task.done() for task in pending) and time.monotonic() < deadline:
        qapp.processEvents()
        time.sleep(0.005)
    asyncio.events._set_running_loop(None)
    # Not loop.stop(): it calls QApplication.exit(), which with no exec() running makes later nested loops
    # (qtbot.waitUntil) return at once. Mark it stopped so close() accepts it.
    loop._QEventLoop__is_running = False  # type: ignore[attr-defined]
    loop.close()
    asyncio.set_event_loop(None)


@pytest.fixture
def run_coro(qloop: asyncio.AbstractEventLoop, qtbot: Any) -> Callable[..., Any]:
    """`run_coro(coroutine, timeout=10)`: run it on the qasync loop while processing Qt events; its result."""

    def run(work: Awaitable[T], timeout: float = 10.0) -> T:
        task = asyncio.ensure_future(work)
        qtbot.waitUntil(task.done, timeout=int(timeout * 1000))
        return task.result()

    return run


@pytest.fixture
def station_paths(tmp_path: Path) -> dict[str, Path]:
    return {"config": tmp_path / "config" / "station.json", "secrets": tmp_path / "secrets",
            "budget": tmp_path / "budget", "service": tmp_path / "service", "log": tmp_path / "log"}


@pytest.fixture
def make_session(station_paths: dict[str, Path]) -> Callable[..., Any]:
    """A Session on private paths with the encrypted-file secret store (no keyring) and a 1-worker service."""
    from facestation.station.config import StationConfig
    from facestation.station.credentials import SecretStore
    from facestation.station.session import Session

    def make(**options: Any) -> Session:
        config = StationConfig.load(station_paths["config"])
        config.local_data_dir = station_paths["service"]
        options.setdefault("service_workers", 1)
        return Session(config, SecretStore(station_paths["secrets"], use_keyring=False),
                       config_path=station_paths["config"], budget_dir=station_paths["budget"], **options)

    return make


@pytest.fixture
def make_station(qloop: asyncio.AbstractEventLoop, qtbot: Any, station_paths: dict[str, Path]) -> Iterator[Any]:
    """`make_station(session, **options)`: a Station; closed and shut down (service stopped) after the test."""
    from facestation.station.app import Station, StationOptions

    stations: list[Station] = []

    def make(session: Any, **options: Any) -> Station:
        options.setdefault("check_interval", 3600.0)  # tests call check_connection() themselves
        station = Station(session, StationOptions(**options), log_path=station_paths["log"] / "station.log")
        stations.append(station)
        return station

    yield make
    for station in stations:
        station.finish()
        task = asyncio.ensure_future(station.shutdown())
        qtbot.waitUntil(task.done, timeout=30_000)
        task.result()
        station.deleteLater()
