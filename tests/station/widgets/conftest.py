"""Fixtures for the camera widgets: photo files that play the camera (through ImageFileSource), a bridge and a
capture panel that are stopped after each test, and where the screenshots go."""

from __future__ import annotations

import os

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from facestation.station.pipeline_bridge import PipelineBridge
from facestation.station.widgets.capture_panel import CapturePanel
from facestation.vision.faces import BGRImage
from tests.conftest import CompliantBase

SCREENSHOTS = Path(__file__).resolve().parents[3] / "docs" / "screenshots"


def webcam_frame(base: CompliantBase, *, eye_distance: float, size: tuple[int, int] = (1280, 720),
                 eye_at: tuple[float, float] = (0.5, 0.42)) -> BGRImage:
    """A landscape "webcam" frame of the compliant subject: her eye midpoint at `eye_at` (fractions of the
    frame), `eye_distance` px between the eyes. Where the photo runs out, a heavily blurred reflection
    stands in for an out-of-focus room (no second detectable face, no hard seams)."""
    face = base.face
    scale = eye_distance / face.inter_eye_distance
    cx, cy = face.eye_midpoint
    matrix = np.float32([[scale, 0, eye_at[0] * size[0] - scale * cx], [0, scale, eye_at[1] * size[1] - scale * cy]])
    interpolation = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
    sharp = cv2.warpAffine(base.photo, matrix, size, flags=interpolation, borderMode=cv2.BORDER_CONSTANT)
    mask = cv2.warpAffine(np.full(base.photo.shape[:2], 255, np.uint8), matrix, size, flags=cv2.INTER_NEAREST)
    room = cv2.warpAffine(base.photo, matrix, size, flags=interpolation, borderMode=cv2.BORDER_REFLECT101)
    room = cv2.GaussianBlur(room, (0, 0), sigmaX=size[0] / 40)
    room = cv2.addWeighted(room, 0.75, np.full_like(room, 60), 0.25, 0)  # a dimmer room than the subject
    frame = np.where(mask[..., None] > 0, sharp, room)
    return np.ascontiguousarray(frame)


def write_image(path: Path, image: BGRImage) -> Path:
    assert cv2.imwrite(str(path), image)
    return path


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


def wait_until(predicate: Callable[[], object], timeout: float = 15.0) -> None:
    """Process Qt events until `predicate()` holds (qtbot.waitUntil without its 5 s default)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s")
        QApplication.processEvents()
        time.sleep(0.005)


@pytest.fixture
def bridge(qapp: QApplication) -> Iterator[PipelineBridge]:
    bridge = PipelineBridge()
    yield bridge
    bridge.stop(wait=True)
    bridge.deleteLater()


@pytest.fixture
def panel(qtbot) -> Iterator[CapturePanel]:
    panel = CapturePanel()
    panel.view.set_sound_enabled(False)
    panel.resize(1280, 800)
    qtbot.addWidget(panel)
    panel.show()
    yield panel
    panel.stop(wait=True)


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """docs/screenshots when FACESTATION_SCREENSHOTS=1 (to refresh the README's pictures), else a temp folder,
    so an ordinary test run never rewrites tracked files."""
    if os.environ.get("FACESTATION_SCREENSHOTS") != "1":
        return tmp_path_factory.mktemp("screenshots")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


class GreySource:
    """Endless distinct grey frames as fast as asked (or `interval` apart): a camera with nobody in front."""

    name = "grey camera"
    nominal_fps = 30.0
    is_live = True

    def __init__(self, *, interval: float = 0.0, size: tuple[int, int] = (64, 48)) -> None:
        self.interval, self.size = interval, size
        self.produced = 0
        self.closed = False

    @property
    def ended(self) -> bool:
        return self.closed

    def read(self):
        from facestation.station.camera.sources import Frame

        if self.closed:
            return None
        if self.interval:
            time.sleep(self.interval)
        image = np.full((self.size[1], self.size[0], 3), self.produced % 256, np.uint8)
        image.setflags(write=False)
        frame = Frame(image, time.monotonic(), self.produced)
        self.produced += 1
        return frame

    def close(self) -> None:
        self.closed = True


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
