"""CameraView: paints the frame and an overlay whose colours follow the verdict, mirrors the picture and the
overlay together, shows "no camera", the countdown, the flash, and never needs sound."""

from __future__ import annotations

import dataclasses
import time
import wave
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from facestation.station.core.camera.pipeline import PipelineResult
from facestation.station.core.camera.preview_window import head_box, target_window
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
from tests.support.clock import ManualClock

# The camera box of the Enrol page in a 1366x768 window (measured on the real MainWindow with
# /tmp/shots17/preview_shots.py when this test was written; the "face about 90 px wide" is this box).
ENROL_BOX_1366 = (444, 510)


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
def results(qapp, compliant_file: Path, empty_file: Path, offset_file: Path,
            webcam_file: Path) -> dict[str, PipelineResult]:
    bridge = PipelineBridge()
    try:
        return {
            "compliant": analysed(bridge, compliant_file, lambda r: r.state.all_passed and 0 < r.capture_progress < 1),
            "webcam": analysed(bridge, webcam_file, lambda r: r.report.face is not None),
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
    result = results["compliant"]
    image = show(view, result)
    assert image.std() > 20  # a picture, not a flat fill
    rect = view.image_rect()
    # A 3:4 photo in a 4:3 box: closer than the whole photo fitted (360x480), the whole head guide still in view
    # (bars only at the sides), the aspect kept.
    assert rect.height() == pytest.approx(480) and 360 < rect.width() < 640
    window = view.crop_window()
    assert window is not None and window.width / window.height == pytest.approx(640 / 480)
    assert QRectF(view.rect()).contains(view.frame_box_to_widget(head_guide(result.region)))
    assert view.has_frame and not view.no_camera


def test_without_zoom_the_whole_frame_is_fitted(qtbot, results) -> None:
    view = CameraView(zoom=False)
    view.set_sound_enabled(False)
    view.resize(640, 480)
    qtbot.addWidget(view)
    view.show()
    show(view, results["compliant"])
    rect = view.image_rect()
    assert rect.height() == pytest.approx(480) and rect.width() == pytest.approx(360)  # 3:4 fitted, aspect kept
    assert rect.left() == pytest.approx(140)


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


def letterboxed_scale(frame_size: tuple[int, int], widget_size: tuple[int, int]) -> float:
    """Widget pixels per frame pixel when the whole frame is fitted into the widget (the preview before zoom)."""
    return min(widget_size[0] / frame_size[0], widget_size[1] / frame_size[1])


def test_at_1366x768_the_face_is_at_least_twice_as_large_as_letterboxed(view: CameraView, results) -> None:
    result = results["webcam"]
    face = result.report.face
    assert (result.frame.width, result.frame.height) == (1280, 720) and face is not None
    view.resize(*ENROL_BOX_1366)
    show(view, result)
    before = face.box.width * letterboxed_scale((1280, 720), ENROL_BOX_1366)
    after = view.frame_box_to_widget(face.box).width()
    print(f"face box on screen in a {ENROL_BOX_1366} box: letterboxed {before:.1f} px, zoomed {after:.1f} px "
          f"({after / before:.2f}x)")
    assert after >= 2 * before
    # The whole head and the framing guide's oval are on screen, and the picture fills the box (no bars).
    widget = QRectF(view.rect())
    assert widget.contains(view.frame_box_to_widget(head_box(face.box)))
    assert widget.contains(view.frame_box_to_widget(head_guide(result.region)).adjusted(2, 2, -2, -2))
    assert view.image_rect() == widget


def test_overlay_points_land_on_the_picture_pixel_for_pixel(view: CameraView, results) -> None:
    result = results["webcam"]
    face = result.report.face
    view.resize(*ENROL_BOX_1366)
    view.set_overlay_visible(False)
    for mirrored in (True, False):
        view.set_mirrored(mirrored)
        picture = show(view, result)
        # The mapping is the crop math: the window of the frame scaled to the widget, mirrored for the person.
        window = target_window((1280, 720), ENROL_BOX_1366[0] / ENROL_BOX_1366[1], result.region, face.box)
        assert view.crop_window() == window
        scale = ENROL_BOX_1366[0] / window.width
        for eye in (face.left_eye, face.right_eye):
            across = window.right - eye[0] if mirrored else eye[0] - window.left
            point = view.frame_to_widget(*eye)
            assert abs(point.x() - across * scale) <= 1 and abs(point.y() - (eye[1] - window.top) * scale) <= 1
            # ... and the picture is painted there: the frame's patch around the eye, scaled (and mirrored) as
            # the view paints it, is found in the grabbed widget where the eye maps to.
            half = 24
            x, y = round(eye[0]), round(eye[1])
            patch = result.frame.image[y - half:y + half, x - half:x + half]
            patch = cv2.resize(patch, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
            if mirrored:
                patch = np.ascontiguousarray(patch[:, ::-1])
            match = cv2.matchTemplate(picture, patch, cv2.TM_SQDIFF_NORMED)
            _, _, (found_x, found_y), _ = cv2.minMaxLoc(match)
            centre = view.frame_to_widget(x, y)
            expected_x = centre.x() - patch.shape[1] / 2
            expected_y = centre.y() - patch.shape[0] / 2
            assert abs(found_x - expected_x) <= 1.5 and abs(found_y - expected_y) <= 1.5


def test_the_preview_follows_an_off_centre_face_smoothly(qtbot, results) -> None:
    clock = ManualClock()
    view = CameraView(clock=clock)
    view.set_sound_enabled(False)
    view.resize(*ENROL_BOX_1366)
    qtbot.addWidget(view)
    view.show()
    result = results["offset"]  # her face at 30 % of the frame's width: outside the portrait region
    face = result.report.face
    view.set_frame(result.frame)  # a frame before its analysis: the portrait region
    home = view.crop_window()
    assert home == target_window((1280, 720), view.width() / view.height(), result.region)
    view.set_result(result)
    lefts = []
    for _ in range(30):
        clock.advance(1 / 30)
        view.set_frame(result.frame)
        lefts.append(view.crop_window().left)
    assert home.left > lefts[0] > lefts[-1]  # moving towards her, not in one jump
    assert QRectF(view.rect()).contains(view.frame_box_to_widget(head_box(face.box)))  # she is in view
    empty = dataclasses.replace(result, report=dataclasses.replace(result.report, face=None))
    view.set_result(empty)  # she walks away: back to the portrait region
    for _ in range(60):
        clock.advance(1 / 30)
        view.set_frame(result.frame)
    assert view.crop_window() == home


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
