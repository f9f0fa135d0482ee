"""QtCameraSource and its helpers. This machine has no camera: the listing, the frame conversion, the format choice
and the error paths are tested with QtMultimedia's real objects (a null camera device fails like a missing one;
QVideoSink.setVideoFrame delivers a frame exactly as a camera's sink does)."""

from __future__ import annotations

import threading
import time
from typing import Any

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtMultimedia import QCameraDevice, QVideoFrame, QVideoFrameFormat

from facestation.station.core.camera.sources import (
    NO_CAMERA_MESSAGE,
    CameraError,
    FrameSource,
)
from facestation.station.ui.camera import qt_camera
from facestation.station.ui.camera.qt_camera import (
    QtCameraSource,
    list_qt_cameras,
    nearest_resolution,
    qimage_to_bgr,
    video_frame_to_bgr,
)
from tests.station.support import wait_until

# Known pixels: (x, y) -> (B, G, R)
PIXELS = {(0, 0): (10, 20, 30), (1, 0): (255, 0, 0), (2, 0): (0, 255, 0), (0, 1): (0, 0, 255),
          (2, 2): (200, 100, 50), (4, 2): (1, 2, 3)}


def _image(format_: QImage.Format, width: int = 5, height: int = 3) -> QImage:
    image = QImage(width, height, format_)
    image.fill(QColor(90, 80, 70))  # R, G, B
    for (x, y), (b, g, r) in PIXELS.items():
        if x < width and y < height:
            image.setPixelColor(x, y, QColor(r, g, b))
    return image


def _expected(width: int = 5, height: int = 3) -> np.ndarray:
    expected = np.empty((height, width, 3), np.uint8)
    expected[...] = (70, 80, 90)
    for (x, y), bgr in PIXELS.items():
        if x < width and y < height:
            expected[y, x] = bgr
    return expected


# -- listing ------------------------------------------------------------------------------------------------


def test_listing_on_a_machine_without_cameras_is_empty_and_opening_says_no_camera(qapp: Any) -> None:
    cameras = list_qt_cameras()
    if cameras:
        pytest.skip("this machine has a camera")
    assert cameras == []
    with pytest.raises(CameraError) as caught:
        QtCameraSource()
    assert caught.value.message == NO_CAMERA_MESSAGE


def test_a_camera_id_that_is_not_connected_raises_camera_error(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(qt_camera, "_video_inputs", lambda: [QCameraDevice()])
    with pytest.raises(CameraError) as caught:
        QtCameraSource("/dev/video7")
    assert "not connected" in caught.value.message
    assert "choose another camera" in caught.value.message


def test_the_source_is_made_on_the_gui_thread_only(qapp: Any) -> None:
    errors: list[BaseException] = []

    def make() -> None:
        try:
            QtCameraSource()
        except BaseException as error:  # noqa: BLE001
            errors.append(error)

    worker = threading.Thread(target=make)
    worker.start()
    worker.join(5)
    assert len(errors) == 1 and isinstance(errors[0], RuntimeError)


# -- frame conversion ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("format_", [QImage.Format.Format_RGB32, QImage.Format.Format_ARGB32,
                                     QImage.Format.Format_RGB888, QImage.Format.Format_BGR888])
def test_a_video_frame_becomes_the_same_pixels_in_bgr(qapp: Any, format_: QImage.Format) -> None:
    frame = QVideoFrame(_image(format_))
    assert frame.isValid()
    bgr = video_frame_to_bgr(frame)
    assert bgr is not None
    assert bgr.dtype == np.uint8 and bgr.shape == (3, 5, 3) and bgr.flags.c_contiguous
    np.testing.assert_array_equal(bgr, _expected())


def test_padded_rows_are_cut_and_the_array_owns_its_pixels(qapp: Any) -> None:
    image = _image(QImage.Format.Format_RGB888, width=3, height=3)  # 9 bytes of pixels in 12-byte rows
    assert image.bytesPerLine() > 3 * 3
    bgr = qimage_to_bgr(image)
    np.testing.assert_array_equal(bgr, _expected(width=3))
    image.fill(QColor(0, 0, 0))
    np.testing.assert_array_equal(bgr, _expected(width=3))  # a copy, not a view of Qt's buffer


def test_an_empty_frame_gives_nothing(qapp: Any) -> None:
    assert video_frame_to_bgr(QVideoFrame()) is None
    assert video_frame_to_bgr(QVideoFrame(QVideoFrameFormat())) is None


# -- format choice ------------------------------------------------------------------------------------------


def test_nearest_resolution_prefers_the_exact_size() -> None:
    sizes = [(640, 480), (1280, 720), (1920, 1080), (320, 240)]
    assert nearest_resolution(sizes, (1280, 720)) == (1280, 720)
    assert nearest_resolution(sizes, (640, 480)) == (640, 480)
    assert nearest_resolution(sizes, (1920, 1080)) == (1920, 1080)


def test_nearest_resolution_weighs_shape_and_size() -> None:
    # A 4:3-only camera asked for 1280x720: 1280x960 keeps the width and is only taller.
    assert nearest_resolution([(640, 480), (1280, 960), (2592, 1944)], (1280, 720)) == (1280, 960)
    # Asked for 1920x1080 with 720p and 4K on offer: twice too big counts like 1.5 times too small.
    assert nearest_resolution([(1280, 720), (3840, 2160)], (1920, 1080)) == (1280, 720)
    # A tie (exactly as far below as above) goes to the larger, sharper one.
    assert nearest_resolution([(640, 360), (2560, 1440)], (1280, 720)) == (2560, 1440)


def test_nearest_resolution_without_formats() -> None:
    assert nearest_resolution([], (1280, 720)) is None
    assert nearest_resolution([(0, 0)], (1280, 720)) is None
    with pytest.raises(ValueError):
        nearest_resolution([(640, 480)], (0, 480))


# -- the source, with a camera device that cannot be opened -----------------------------------------------


@pytest.fixture
def null_camera(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """A QtCameraSource on a null QCameraDevice: Qt makes the camera, which fails as a missing device does."""
    monkeypatch.setattr(qt_camera, "_video_inputs", lambda: [QCameraDevice()])
    sources: list[QtCameraSource] = []

    def make(**options: Any) -> QtCameraSource:
        source = QtCameraSource(name="Desk camera", **options)
        sources.append(source)
        return source

    yield make
    for source in sources:
        source.close()


def test_a_failing_camera_is_reported_once_by_read(null_camera: Any) -> None:
    source = null_camera()
    assert isinstance(source, FrameSource)
    assert source.is_live and not source.ended
    with pytest.raises(CameraError) as caught:
        source.read()
    assert "Desk camera" in caught.value.message and "Close other programs" in caught.value.message
    assert source.read() is None  # once, then the pipeline goes on asking


def test_wait_until_started_raises_the_failure_on_the_opening_thread(null_camera: Any) -> None:
    source = null_camera()
    errors: list[BaseException] = []

    def opener() -> None:
        try:
            source.wait_until_started(2.0)
        except BaseException as error:  # noqa: BLE001
            errors.append(error)

    worker = threading.Thread(target=opener)
    worker.start()
    wait_until(lambda: not worker.is_alive(), timeout=5)
    assert len(errors) == 1 and isinstance(errors[0], CameraError)
    assert source.ended  # a camera that failed while opening is closed


def test_frames_from_the_video_sink_reach_read_newest_first(null_camera: Any) -> None:
    source = null_camera()
    with pytest.raises(CameraError):
        source.read()  # the null device's failure, out of the way
    sink = source._driver.sink
    old = _image(QImage.Format.Format_RGB32)
    old.fill(QColor(0, 0, 0))
    sink.setVideoFrame(QVideoFrame(old))
    sink.setVideoFrame(QVideoFrame(_image(QImage.Format.Format_RGB32)))  # replaces the unread one
    frame = source.read()
    assert frame is not None
    np.testing.assert_array_equal(frame.image, _expected())
    assert not frame.image.flags.writeable
    assert source.read() is None


def test_a_silent_camera_is_reported_as_stalled(null_camera: Any) -> None:
    source = null_camera(stall_seconds=0.2)
    with pytest.raises(CameraError):
        source.read()  # the null device's failure
    deadline = time.monotonic() + 3
    while True:
        try:
            source.read()
        except CameraError as error:
            assert "stopped sending pictures" in error.message
            break
        assert time.monotonic() < deadline, "no stall reported"


def test_close_from_a_worker_thread_stops_the_camera_on_the_gui_thread(null_camera: Any) -> None:
    source = null_camera()
    driver = source._driver
    worker = threading.Thread(target=source.close)
    worker.start()
    worker.join(5)
    assert source.ended and source.read() is None
    wait_until(lambda: driver._closed, timeout=5)
    assert not driver.camera.isActive()
    source.close()  # idempotent
