"""PipelineBridge: worker-thread callbacks arrive as signals on the GUI thread, newest frame wins without a
queue building up, captures arrive once, and old runs fall silent."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QApplication

from facestation.station.core.camera.pipeline import CaptureResult, PipelineResult
from facestation.station.core.camera.sources import (
    NO_CAMERA_MESSAGE,
    CameraError,
    Frame,
    ImageFileSource,
)
from facestation.station.ui.camera.pipeline_bridge import PipelineBridge
from facestation.vision import quality
from tests.station.support import GreySource, wait_until

NO_FACE_REPORT = quality.analyze(np.zeros((48, 64, 3), np.uint8))


def test_results_and_frames_arrive_on_the_gui_thread(bridge: PipelineBridge, compliant_file: Path) -> None:
    gui_thread = QCoreApplication.instance().thread()
    seen: dict[str, list[bool]] = {"frame": [], "result": [], "captured": []}
    bridge.frameReady.connect(lambda frame: seen["frame"].append(QThread.currentThread() is gui_thread))
    bridge.resultReady.connect(lambda result: seen["result"].append(QThread.currentThread() is gui_thread))
    bridge.captured.connect(lambda capture: seen["captured"].append(QThread.currentThread() is gui_thread))
    running: list[bool] = []
    bridge.runningChanged.connect(running.append)

    bridge.set_source(ImageFileSource(compliant_file, fps=30))
    wait_until(lambda: seen["captured"] and len(seen["result"]) >= 3)
    assert all(seen["frame"]) and all(seen["result"]) and all(seen["captured"])
    assert seen["captured"] == [True]  # one capture per attempt
    assert isinstance(bridge.current_capture, CaptureResult)
    assert bridge.current_capture.jpeg[:2] == b"\xff\xd8"
    assert isinstance(bridge.last_result, PipelineResult)
    assert running == [True] and bridge.running
    bridge.stop(wait=True)
    assert running == [True, False] and not bridge.running and bridge.source is None


def test_a_busy_gui_gets_the_newest_frame_not_a_backlog(bridge: PipelineBridge) -> None:
    frames: list[Frame] = []
    bridge.frameReady.connect(frames.append)
    source = GreySource(interval=0.001)
    bridge.set_source(source)
    wait_until(lambda: frames)
    # The GUI thread is busy (no event processing) while the camera keeps sending frames.
    time.sleep(0.4)
    produced = source.produced
    assert produced > 50
    frames.clear()
    QApplication.processEvents()
    QApplication.processEvents()
    # One notification was pending, however many frames came meanwhile: one frame, and a recent one.
    assert 1 <= len(frames) <= 2
    assert frames[-1].index >= produced - 5
    wait_until(lambda: bridge.shown_fps > 0, timeout=5)


def test_a_retake_starts_a_new_attempt(bridge: PipelineBridge, compliant_file: Path) -> None:
    captures: list[CaptureResult] = []
    bridge.captured.connect(captures.append)
    bridge.set_source(ImageFileSource(compliant_file, fps=30))
    wait_until(lambda: captures)
    bridge.reset_capture()
    assert bridge.current_capture is None
    wait_until(lambda: len(captures) == 2)
    assert captures[0] is not captures[1] and bridge.current_capture is captures[1]


def test_capture_now_without_a_face_says_so(bridge: PipelineBridge, empty_file: Path) -> None:
    failures: list[str] = []
    results: list[PipelineResult] = []
    bridge.captureFailed.connect(failures.append)
    bridge.resultReady.connect(results.append)
    bridge.set_source(ImageFileSource(empty_file, fps=30))
    wait_until(lambda: results)
    assert bridge.capture_now().result(timeout=10) is None
    wait_until(lambda: failures)
    assert "No face" in failures[0]


def test_capture_now_when_stopped_says_so(bridge: PipelineBridge) -> None:
    failures: list[str] = []
    bridge.captureFailed.connect(failures.append)
    assert bridge.capture_now().result(timeout=1) is None
    assert failures and "not running" in failures[0]


def test_open_source_runs_the_factory_off_the_gui_thread(bridge: PipelineBridge, compliant_file: Path) -> None:
    threads: list[object] = []
    opening: list[bool] = []
    bridge.openingChanged.connect(opening.append)

    def factory():
        threads.append(QThread.currentThread())
        return ImageFileSource(compliant_file, fps=30)

    bridge.open_source(factory)
    assert bridge.opening
    wait_until(lambda: bridge.running)
    assert threads and threads[0] is not QCoreApplication.instance().thread()
    assert opening == [True, False]


def test_a_camera_that_cannot_open_becomes_a_readable_error(bridge: PipelineBridge) -> None:
    errors: list[str] = []
    bridge.errorOccurred.connect(errors.append)

    def no_camera():
        raise CameraError(NO_CAMERA_MESSAGE)

    def broken():
        raise ValueError("driver bug")

    bridge.open_source(no_camera)
    wait_until(lambda: errors)
    assert errors == [NO_CAMERA_MESSAGE] and not bridge.running
    bridge.open_source(broken)
    wait_until(lambda: len(errors) == 2)
    assert "could not be opened" in errors[1] and "driver bug" not in errors[1]


def test_a_superseded_open_is_closed_and_ignored(bridge: PipelineBridge, compliant_file: Path) -> None:
    slow = GreySource()

    def slow_factory():
        time.sleep(0.3)
        return slow

    bridge.open_source(slow_factory)
    bridge.set_source(ImageFileSource(compliant_file, fps=30))  # the operator chose something else meanwhile
    wait_until(lambda: slow.closed, timeout=5)
    assert isinstance(bridge.source, ImageFileSource)


def test_a_replaced_source_falls_silent(bridge: PipelineBridge, compliant_file: Path) -> None:
    frames: list[Frame] = []
    bridge.frameReady.connect(frames.append)
    first = GreySource(interval=0.002)
    bridge.set_source(first)
    wait_until(lambda: frames)
    second = ImageFileSource(compliant_file, fps=30)
    bridge.set_source(second)
    frames.clear()
    wait_until(lambda: len(frames) >= 3)
    assert all(frame.width == 480 for frame in frames)  # nothing from the grey camera after the switch
    wait_until(lambda: first.closed, timeout=5)  # the old pipeline was stopped in the background


def test_errors_from_the_analysis_are_logged_and_shown_plainly(qapp, caplog: pytest.LogCaptureFixture) -> None:
    def broken(image, region):
        raise ZeroDivisionError("bug in the analysis")

    bridge = PipelineBridge(analyze=broken)
    errors: list[str] = []
    bridge.errorOccurred.connect(errors.append)
    try:
        bridge.set_source(GreySource(interval=0.005))
        wait_until(lambda: errors)
    finally:
        bridge.stop(wait=True)
    assert "keeps running" in errors[0] and "ZeroDivisionError" not in errors[0]
    assert any("bug in the analysis" in str(record.exc_info) for record in caplog.records)


def test_reserved_options_are_refused(qapp) -> None:
    with pytest.raises(TypeError):
        PipelineBridge(on_result=print)

