"""CameraView: paints the frame and an overlay whose colours follow the verdict, mirrors the picture and the
overlay together, shows "no camera", the countdown, the flash, and never needs sound."""

from __future__ import annotations

import dataclasses
import time
import wave
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from facestation.station.core.camera.pipeline import PipelineResult
from facestation.station.core.camera.sources import ImageFileSource
from facestation.station.ui.camera.pipeline_bridge import PipelineBridge
from facestation.station.ui.images import qimage_to_bgr
from facestation.station.ui.widgets.camera_view import (
    CameraView,
    Colors,
    ShutterSound,
    head_guide,
    write_shutter_wav,
)
from facestation.vision.faces import detect_faces
from facestation.vision.quality import centred_portrait_region
from tests.station.support import wait_until


def color_pixels(image: np.ndarray, color: QColor, tolerance: int = 40) -> int:
    """How many pixels of a BGR array are within `tolerance` of `color` in every channel."""
    target = np.array([color.blue(), color.green(), color.red()], np.int16)
    return int((np.abs(image.astype(np.int16) - target) <= tolerance).all(axis=2).sum())


def grab(view: CameraView) -> np.ndarray:
    return qimage_to_bgr(view.grab().toImage())


def analysed(bridge: PipelineBridge, path: Path, predicate=lambda result: True) -> PipelineResult:
    """Run a photo through the real pipeline until a result satisfies `predicate`; the bridge is stopped."""
    results: list[PipelineResult] = []
    bridge.resultReady.connect(results.append)
    bridge.set_source(ImageFileSource(path, fps=30))
    wait_until(lambda: any(predicate(result) for result in results))
    bridge.stop(wait=True)
    return next(result for result in results if predicate(result))


@pytest.fixture
def view(qtbot) -> CameraView:
    view = CameraView()
    view.set_sound_enabled(False)
    view.resize(640, 480)
    qtbot.addWidget(view)
    view.show()
    return view


@pytest.fixture(scope="module")
def results(qapp, compliant_file: Path, empty_file: Path, offset_file: Path) -> dict[str, PipelineResult]:
    bridge = PipelineBridge()
    try:
        return {
            "compliant": analysed(bridge, compliant_file, lambda r: r.state.all_passed and 0 < r.capture_progress < 1),
            "empty": analysed(bridge, empty_file, lambda r: r.state.guidance is not None),
            "offset": analysed(bridge, offset_file, lambda r: r.report.face is not None),
        }
    finally:
        bridge.stop(wait=True)


def show(view: CameraView, result: PipelineResult) -> np.ndarray:
    view.set_frame(result.frame)
    view.set_result(result)
    return grab(view)


def test_the_frame_is_painted_with_the_overlay(view: CameraView, results) -> None:
    image = show(view, results["compliant"])
    assert image.std() > 20  # a picture, not a flat fill
    rect = view.image_rect()
    assert rect.height() == pytest.approx(480) and rect.width() == pytest.approx(360)  # 3:4 fitted, aspect kept
    assert view.has_frame and not view.no_camera


def test_overlay_colours_follow_the_verdict(view: CameraView, results) -> None:
    good = show(view, results["compliant"])
    empty = show(view, results["empty"])
    assert results["compliant"].state.all_passed and not results["empty"].state.all_passed
    assert color_pixels(good, Colors.PASS, 30) > 800  # green guide, face box, ring
    assert color_pixels(empty, Colors.PASS, 30) < 50  # nothing green without a face
    # Without a face the guide is white.
    oval = view.frame_box_to_widget(head_guide(results["empty"].region))
    x, y = int(oval.center().x()), int(oval.top())
    window = empty[y - 3:y + 4, x - 3:x + 4]
    assert color_pixels(window, QColor("white"), 40) > 0


def test_the_face_box_follows_the_face_in_the_mirrored_picture(view: CameraView, results) -> None:
    result = results["offset"]
    face = result.report.face
    assert face is not None and face.box.center[0] < 0.4 * result.frame.width  # left of the camera's image
    view.resize(800, 450)
    view.set_overlay_visible(False)
    mirrored = show(view, result)
    view.set_mirrored(False)
    plain = grab(view)
    rect = view.image_rect().toRect()
    inside = (slice(rect.top() + 2, rect.bottom() - 2), slice(rect.left() + 2, rect.right() - 2))
    # Only the painting is flipped: the mirrored picture is the plain one reversed left to right.
    difference = np.abs(mirrored[inside][:, ::-1].astype(int) - plain[inside].astype(int))
    assert np.median(difference) <= 2

    view.set_mirrored(True)
    for picture, mirror in ((mirrored, True), (plain, False)):
        view.set_mirrored(mirror)
        drawn = view.frame_box_to_widget(face.box)
        found = detect_faces(np.ascontiguousarray(picture))
        assert found, "no face in the painted picture"
        box = max(found, key=lambda detected: detected.box.area).box
        assert abs(box.center[0] - drawn.center().x()) < 0.15 * drawn.width()
        assert abs(box.center[1] - drawn.center().y()) < 0.15 * drawn.height()
    view.set_mirrored(True)
    assert view.frame_box_to_widget(face.box).center().x() > view.width() / 2  # she appears on the right


def test_mirroring_is_a_setting_with_a_change_signal(view: CameraView, qtbot) -> None:
    assert view.mirrored
    with qtbot.waitSignal(view.mirroredChanged) as blocker:
        view.set_mirrored(False)
    assert blocker.args == [False]
    changes: list[bool] = []
    view.mirroredChanged.connect(changes.append)
    view.set_mirrored(False)  # no change, no signal
    assert changes == []


def test_the_countdown_ring_shows_while_auto_capture_is_coming(view: CameraView, results) -> None:
    result = results["compliant"]
    empty_ring = show(view, dataclasses.replace(result, capture_progress=0.0))
    ring = show(view, dataclasses.replace(result, capture_progress=0.6))
    region = view.frame_box_to_widget(centred_portrait_region(result.frame.width, result.frame.height))
    corner = (slice(int(region.bottom()) - 150, int(region.bottom())), slice(int(region.right()) - 150, int(region.right())))
    green = color_pixels(ring[corner], Colors.PASS, 30)
    assert green > color_pixels(empty_ring[corner], Colors.PASS, 30) + 300  # the filled part of the ring
    done = show(view, dataclasses.replace(result, capture_progress=1.0))  # captured: no ring
    assert color_pixels(done[corner], Colors.PASS, 30) < green - 300


def test_a_capture_flashes_and_freezes_until_retake(view: CameraView, results, qtbot) -> None:
    result = results["compliant"]
    show(view, result)
    from facestation.station.core.camera.pipeline import CaptureResult

    capture = CaptureResult(image=result.frame.image, timestamp=0.0, report=result.report,
                            portrait=result.frame.image, jpeg=b"", manual=True)
    view.show_capture(capture)
    QApplication.processEvents()
    flash = grab(view)
    rect = view.image_rect().toRect()
    assert flash[rect.top():rect.bottom(), rect.left():rect.right()].mean() > 200  # mostly white
    qtbot.waitUntil(lambda: view._flash == 0.0, timeout=2000)
    assert view.frozen
    view.set_frame(dataclasses.replace(result.frame, image=np.zeros_like(result.frame.image)))
    assert grab(view).std() > 20  # still the captured picture, not the new black frame
    view.reset_capture()
    assert not view.frozen
    assert grab(view)[rect.top():rect.bottom(), rect.left():rect.right()].mean() < 40  # live again: the black frame


def test_no_camera_state(view: CameraView, results) -> None:
    view.show_no_camera("No camera found. Connect a USB camera or choose a photo or video file.")
    assert view.no_camera and not view.has_frame
    image = grab(view)
    assert color_pixels(image, QColor("white"), 20) > 300  # the message and the camera glyph
    assert color_pixels(image, Colors.FAIL, 30) > 50  # the slash across the camera
    view.set_frame(results["compliant"].frame)  # a picture arrives: the camera is back
    assert not view.no_camera and view.has_frame
    view.clear()
    assert not view.has_frame and not view.no_camera


def test_the_shutter_sound_file_is_a_short_click(tmp_path: Path) -> None:
    path = write_shutter_wav(tmp_path / "sounds" / "shutter.wav")
    with wave.open(str(path)) as sound:
        assert sound.getnchannels() == 1 and sound.getsampwidth() == 2
        duration = sound.getnframes() / sound.getframerate()
        samples = np.frombuffer(sound.readframes(sound.getnframes()), "<i2")
    assert 0.05 < duration < 0.5
    assert np.abs(samples).max() > 10_000  # audible


def test_no_audio_never_breaks_a_capture(qapp, view: CameraView, results) -> None:
    sound = ShutterSound()
    started = time.monotonic()
    played = sound.play()  # offscreen test machines have no audio output: silently nothing
    assert isinstance(played, bool) and time.monotonic() - started < 5
    assert played == sound.available
    sound.enabled = False
    assert sound.play() is False
    show(view, results["compliant"])
    view.set_sound_enabled(True)
    view.show_capture(None)  # plays if it can; must not raise either way
