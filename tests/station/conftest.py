"""Fixtures for the station's Qt tests: private user dirs, a qasync loop driven by pytest-qt, and a station.

pytest-qt has no qasync integration. `qloop` installs a `qasync.QEventLoop` as the running asyncio loop on top
of pytest-qt's QApplication (`already_running=True`): qasync schedules its callbacks with Qt timers and socket
notifiers, so whatever processes Qt events (`qtbot.waitUntil`, `qtbot.waitSignal`) also runs the coroutines.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from facestation.vision.faces import BGRImage
from tests.station.support import webcam_frame, write_image
from tests.support.portraits import CompliantBase

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"

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
def ops(qloop: asyncio.AbstractEventLoop) -> Iterator[Any]:
    """The station's background-work helper on this test's qasync loop, shut down afterwards."""
    from facestation.station.ui.ops import Operations

    operations = Operations()
    yield operations
    operations.shutdown()
    operations.deleteLater()


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
    from facestation.station.core.config import StationConfig
    from facestation.station.core.credentials import SecretStore
    from facestation.station.core.session import Session

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
    from facestation.station.ui.app import Station, StationOptions

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


# -- photo files that play the camera (through ImageFileSource) ---------------------------------------------


@pytest.fixture(scope="session")
def photo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("camera-photos")


@pytest.fixture(scope="session")
def compliant_file(photo_dir: Path, compliant_portrait: BGRImage) -> Path:
    """The 480x640 compliant token portrait: passes every check, so auto-capture fires on it."""
    return write_image(photo_dir / "compliant.png", compliant_portrait)


@pytest.fixture(scope="session")
def webcam_file(photo_dir: Path, compliant_base: CompliantBase) -> Path:
    """A 1280x720 webcam-like frame in which she stands well: passes every check inside the 3:4 region."""
    return write_image(photo_dir / "webcam.png", webcam_frame(compliant_base, eye_distance=130))


@pytest.fixture(scope="session")
def far_file(photo_dir: Path, compliant_base: CompliantBase) -> Path:
    """The same subject too far from the camera (70 px between the eyes): "Come closer"."""
    return write_image(photo_dir / "far.png", webcam_frame(compliant_base, eye_distance=70))


@pytest.fixture(scope="session")
def offset_file(photo_dir: Path, compliant_base: CompliantBase) -> Path:
    """A landscape frame with her face well to the image's left (x = 30 % of the width)."""
    return write_image(photo_dir / "offset.png",
                       webcam_frame(compliant_base, eye_distance=110, size=(1280, 720), eye_at=(0.3, 0.42)))


@pytest.fixture(scope="session")
def empty_file(photo_dir: Path) -> Path:
    """An empty room: a soft grey gradient, no face."""
    gradient = np.linspace(90, 170, 640, dtype=np.float32)[None, :, None]
    image = np.broadcast_to(gradient, (480, 640, 3)).astype(np.uint8)
    return write_image(photo_dir / "empty.png", np.ascontiguousarray(image))


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """docs/screenshots when FACESTATION_SCREENSHOTS=1 (to refresh the README's pictures), else a temp folder,
    so an ordinary test run never rewrites tracked files."""
    if os.environ.get("FACESTATION_SCREENSHOTS") != "1":
        return tmp_path_factory.mktemp("screenshots")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


@pytest.fixture(autouse=True)
def _destroy_widgets_before_the_next_test(qapp: QApplication) -> Iterator[None]:
    """Delete what a test left behind (qtbot's deleteLater, unreachable wrappers) before the next test starts,
    so no object of one test can still receive a signal during another.

    Needed with PySide6 6.12.0: when widgets of one test were destroyed at some random later moment (a
    garbage collection in the middle of another test), signals of the new test's widgets were delivered to
    the old, half-destroyed Python objects ("Slot 'CameraView::' not found", "'CapturePanel' object has no
    attribute ..."); 6.11.3 does not do this."""
    yield
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


# -- the real built-in service, shared by the panel tests ----------------------------------------------------

OPERATOR = "reception"
OPERATOR_PASSWORD = "correct-horse-7"


class SharedService:
    """A running LocalService lent to one Session: the session's `stop()` does not stop it (other tests use it)."""

    def __init__(self, service: Any) -> None:
        self._service = service

    @property
    def base_url(self) -> str | None:
        return self._service.base_url

    @property
    def running(self) -> bool:
        return bool(self._service.running)

    def start(self, timeout: float = 90) -> str:
        return str(self._service.start(timeout))

    def ensure_running(self, timeout: float = 90) -> str:
        return str(self._service.ensure_running(timeout))

    def stop(self, timeout: float = 15) -> None:
        """Lent, not owned."""


@pytest.fixture(scope="session")
def shared_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """One real `facestation serve` (one recognition worker, its own SQLite data dir) for the whole test session,
    with the station's API client and an operator. Tests share it: they use names and numbers of their own."""
    from facestation.station.core.local_service import LocalService, provision

    data_dir = tmp_path_factory.mktemp("shared-service")
    account = provision(data_dir, client_id="station-tests", operator_username=OPERATOR,
                        operator_password=OPERATOR_PASSWORD)
    service = LocalService(data_dir, workers=1)
    base_url = service.start()
    yield {"service": service, "base_url": base_url, "data_dir": data_dir, "client_id": account.client_id,
           "client_secret": account.client_secret, "username": OPERATOR, "password": OPERATOR_PASSWORD}
    service.stop()


@pytest.fixture
def station_context(shared_service: dict[str, Any], make_session: Callable[..., Any], run_coro: Callable[..., Any],
                    tmp_path: Path) -> Iterator[Any]:
    """A StationContext signed in to the shared service (as the operator), with its own Operations helper and
    list catalogue; signed out and closed after the test."""
    from facestation.station.core.session import secret_name
    from facestation.station.ui.context import StationContext
    from facestation.station.ui.ops import Operations

    session = make_session(service_factory=lambda _data_dir: SharedService(shared_service["service"]))
    session.secrets.set(secret_name("local"), shared_service["client_secret"])
    session.config.client_id = shared_service["client_id"]
    session.config.server_kind = "local"
    session.start_service()
    run_coro(session.sign_in(shared_service["username"], shared_service["password"]))
    ops = Operations()
    context = StationContext(session, ops, catalogue_dir=tmp_path / "catalogue")
    yield context
    ops.shutdown()
    run_coro(session.sign_out())
    run_coro(session.close())
    ops.deleteLater()


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[None]:
    """The station's look (style sheet and large type), as the application sets it; the previous look is
    restored afterwards (a dialog may apply a theme of its own, e.g. Settings on Save)."""
    from PySide6.QtGui import QFont

    from facestation.station.ui.theme import apply_theme

    font, sheet = QFont(qapp.font()), qapp.styleSheet()
    apply_theme(qapp, "light")
    yield
    apply_theme(qapp, "light")
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)

