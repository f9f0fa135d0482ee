"""Helpers for the station's tests: webcam-like frames of the compliant subject, image files, waiting for Qt,
and a grey camera."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np
from PySide6.QtWidgets import QApplication

from facestation.vision.faces import BGRImage
from tests.support import portraits
from tests.support.portraits import CompliantBase


def webcam_frame(base: CompliantBase, *, eye_distance: float, size: tuple[int, int] = (1280, 720),
                 eye_at: tuple[float, float] = (0.5, 0.42)) -> BGRImage:
    """A landscape "webcam" frame of the compliant subject (tests.support.portraits.webcam_frame)."""
    return portraits.webcam_frame(base.photo, base.face, eye_distance=eye_distance, size=size, eye_at=eye_at)


def unique() -> str:
    """A short random suffix: the tests share one service and must not collide on names and numbers."""
    return uuid.uuid4().hex[:8]


def settle(seconds: float) -> None:
    """Process Qt events for `seconds` (to show that something does NOT happen meanwhile)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def write_image(path: Path, image: BGRImage) -> Path:
    assert cv2.imwrite(str(path), image)
    return path


def wait_until(predicate: Callable[[], object], timeout: float = 15.0) -> None:
    """Process Qt events until `predicate()` holds (qtbot.waitUntil without its 5 s default)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s")
        QApplication.processEvents()
        time.sleep(0.005)


class FakeCamera:
    """A live FrameSource made up by a test: `next_image()` says what it shows, `interval` how often."""

    name = "fake camera"
    nominal_fps = 30.0
    is_live = True

    def __init__(self, *, interval: float = 0.0) -> None:
        self.interval = interval
        self.produced = 0
        self.closed = False

    @property
    def ended(self) -> bool:
        return self.closed

    def next_image(self) -> BGRImage:
        raise NotImplementedError

    def read(self):
        from facestation.station.core.camera.sources import Frame

        if self.closed:
            return None
        if self.interval:
            time.sleep(self.interval)
        frame = Frame(self.next_image(), time.monotonic(), self.produced)
        self.produced += 1
        return frame

    def close(self) -> None:
        self.closed = True


class GreySource(FakeCamera):
    """Endless distinct grey frames as fast as asked (or `interval` apart): a camera with nobody in front."""

    name = "grey camera"

    def __init__(self, *, interval: float = 0.0, size: tuple[int, int] = (64, 48)) -> None:
        super().__init__(interval=interval)
        self.size = size

    def next_image(self) -> BGRImage:
        image = np.full((self.size[1], self.size[0], 3), self.produced % 256, np.uint8)
        image.setflags(write=False)
        return image


class Stage:
    """Who stands in front of the fake camera: the test swaps the picture (`show`) while the station runs."""

    def __init__(self, image: BGRImage) -> None:
        self.show(image)

    def show(self, image: BGRImage) -> None:
        self.image = np.array(image, copy=True)
        self.image.setflags(write=False)  # frames are read-only (facestation.station.core.camera.sources.Frame)

    def camera(self) -> ReplayCamera:
        """A SourceFactory: each page that starts "the camera" gets a new ReplayCamera on this stage."""
        return ReplayCamera(self)


class ReplayCamera(FakeCamera):
    """A live source that replays the stage's current picture at about 30 fps, like a webcam pointed at it."""

    name = "replay camera"

    def __init__(self, stage: Stage) -> None:
        super().__init__(interval=1 / self.nominal_fps)
        self.stage = stage

    def next_image(self) -> BGRImage:
        return self.stage.image
