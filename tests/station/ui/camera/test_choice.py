"""CameraChoice: the override, the settings' file, QtMultimedia's cameras, the OpenCV fallback, nothing at all.

There is no camera hardware here: where a test needs cameras to exist, only the enumeration functions are
replaced (`list_qt_cameras`, `list_opencv_cameras`, and the quick /dev/video check); sources are real."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QThread

from facestation.station.core.camera.sources import (
    NO_CAMERA_MESSAGE,
    CameraError,
    CameraInfo,
    ImageFileSource,
)
from facestation.station.core.config import StationConfig
from facestation.station.ui.camera import choice as camera_choice
from facestation.station.ui.camera.choice import CameraChoice, _GuiThreadCall
from facestation.station.ui.camera.qt_camera import QtCameraInfo
from tests.station.support import wait_until

INTEGRATED = QtCameraInfo("/dev/video0", "Integrated Camera", is_default=True, resolutions=((1280, 720),))
USB = QtCameraInfo("/dev/video2", "Logitech BRIO", resolutions=((1920, 1080), (1280, 720)))


@pytest.fixture
def no_cameras(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """QtMultimedia and OpenCV find nothing; the quick /dev check cannot tell (as on Windows)."""
    calls = {"opencv": 0}

    def list_opencv(*_args: Any, **_kwargs: Any) -> list[CameraInfo]:
        calls["opencv"] += 1
        return []

    monkeypatch.setattr(camera_choice, "list_qt_cameras", lambda: [])
    monkeypatch.setattr(camera_choice, "list_opencv_cameras", list_opencv)
    monkeypatch.setattr(camera_choice, "_linux_has_no_video_devices", lambda: False)
    return calls


def _open(factory: Any) -> Any:
    assert factory is not None
    source = factory()
    return source


def test_the_override_comes_first(qapp: Any, compliant_file: Path, webcam_file: Path, no_cameras: Any) -> None:
    config = StationConfig(camera_path=str(webcam_file), camera_id="/dev/video0")
    choice = CameraChoice(config, override=f"  {compliant_file}  ")
    source = _open(choice.factory())
    try:
        assert isinstance(source, ImageFileSource) and source.path == compliant_file
    finally:
        source.close()
    assert choice.describe() == f"Camera chosen at start: {compliant_file}"


def test_a_missing_override_file_is_a_readable_error(qapp: Any, tmp_path: Path, no_cameras: Any) -> None:
    factory = CameraChoice(StationConfig(), override=str(tmp_path / "gone.jpg")).factory()
    with pytest.raises(CameraError) as caught:
        _open(factory)
    assert "gone.jpg" in caught.value.message and "was not found" in caught.value.message


def test_the_settings_file_comes_before_any_camera(qapp: Any, compliant_file: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(camera_choice, "list_qt_cameras", lambda: [INTEGRATED])
    config = StationConfig(camera_path=str(compliant_file))
    choice = CameraChoice(config)
    source = _open(choice.factory())
    try:
        assert isinstance(source, ImageFileSource) and source.path == compliant_file
    finally:
        source.close()
    assert choice.describe() == "Showing the file compliant.png instead of a camera"
    options = choice.options()
    assert [(option.kind, option.label) for option in options] == [
        ("qt", "Integrated Camera"), ("file", "Photo or video: compliant.png"),
        ("choose-file", "Photo or video file\u2026")]
    assert choice.current_key() == ("file", str(compliant_file))


def test_nothing_available_gives_no_factory(qapp: Any, no_cameras: dict[str, Any]) -> None:
    choice = CameraChoice(StationConfig())
    # Not probed yet: the factory probes OpenCV on the opening thread and says there is no camera...
    factory = choice.factory()
    with pytest.raises(CameraError) as caught:
        _open(factory)
    assert caught.value.message == NO_CAMERA_MESSAGE
    assert no_cameras["opencv"] == 1
    # ...and from then on the choice knows: no factory, the panel shows "no camera".
    assert choice.factory() is None
    assert choice.describe() == NO_CAMERA_MESSAGE
    assert [option.kind for option in choice.options()] == ["choose-file"]
    assert no_cameras["opencv"] == 1


def test_nothing_available_on_linux_without_video_nodes(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(camera_choice, "list_qt_cameras", lambda: [])
    monkeypatch.setattr(camera_choice, "_linux_has_no_video_devices", lambda: True)
    monkeypatch.setattr(camera_choice, "list_opencv_cameras",
                        lambda *_a, **_k: pytest.fail("no probing where there is no /dev/video node"))
    choice = CameraChoice(StationConfig())
    assert choice.factory() is None
    assert choice.probe_opencv_cameras() == []
    assert choice.describe() == NO_CAMERA_MESSAGE


def test_opencv_cameras_once_probed_are_offered(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(camera_choice, "list_qt_cameras", lambda: [])
    monkeypatch.setattr(camera_choice, "_linux_has_no_video_devices", lambda: False)
    monkeypatch.setattr(camera_choice, "list_opencv_cameras",
                        lambda *_a, **_k: [CameraInfo(1, "USB Video", "V4L2", 640, 480)])
    choice = CameraChoice(StationConfig())
    assert choice.opencv_cameras is None
    assert choice.describe() == "Camera: the first camera found"
    assert [option.kind for option in choice.options()] == ["choose-file"]
    choice.probe_opencv_cameras()
    assert choice.factory() is not None
    assert choice.describe() == "Camera: USB Video"
    first = choice.options()[0]
    assert (first.kind, first.key, first.label, first.is_default) == ("opencv", "1", "USB Video", True)


def test_qt_cameras_by_name_and_the_configured_one(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(camera_choice, "list_qt_cameras", lambda: [INTEGRATED, USB])
    config = StationConfig()
    choice = CameraChoice(config)
    assert choice.describe() == "Camera: Integrated Camera"
    assert choice.current_key() is None
    assert [(option.kind, option.key, option.label) for option in choice.options()] == [
        ("qt", "/dev/video0", "Integrated Camera"), ("qt", "/dev/video2", "Logitech BRIO"),
        ("choose-file", "", "Photo or video file\u2026")]
    config.camera_id = "/dev/video2"
    assert choice.describe() == "Camera: Logitech BRIO"
    assert choice.current_key() == ("qt", "/dev/video2")
    config.camera_id = "/dev/video9"
    assert "not connected" in choice.describe()


def test_the_qt_camera_is_made_on_the_gui_thread_for_the_opening_thread(
        qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # QtMultimedia "lists" a camera that the real device list does not have: opening it must fail on the GUI
    # thread with a CameraError that reaches the opening thread.
    monkeypatch.setattr(camera_choice, "list_qt_cameras", lambda: [INTEGRATED])
    factory = CameraChoice(StationConfig(camera_id="/dev/video0")).factory()
    assert factory is not None
    outcome: list[BaseException | object] = []
    worker = threading.Thread(target=lambda: outcome.append(_capture(factory)), name="camera-open")
    worker.start()
    wait_until(lambda: not worker.is_alive(), timeout=15)
    assert len(outcome) == 1 and isinstance(outcome[0], CameraError)


def _capture(factory: Any) -> BaseException | object:
    try:
        return factory()
    except BaseException as error:  # noqa: BLE001
        return error


def test_gui_thread_call_runs_there_and_gives_up_in_time(qapp: Any) -> None:
    caller = _GuiThreadCall()
    answers: list[object] = []
    worker = threading.Thread(target=lambda: answers.append(
        caller.call(lambda: QThread.currentThread() == QCoreApplication.instance().thread(), 10)))
    worker.start()
    wait_until(lambda: not worker.is_alive(), timeout=10)
    assert answers == [True]

    ran: list[bool] = []
    late: list[object] = []
    worker = threading.Thread(target=lambda: answers.append(
        _capture(lambda: caller.call(lambda: ran.append(True), 0.05, discard=late.append))))
    worker.start()
    worker.join(5)  # the GUI thread processes no events meanwhile: the call times out
    assert isinstance(answers[-1], CameraError)
    wait_until(lambda: True, timeout=1)
    QCoreApplication.processEvents()
    assert ran == [] and late == []  # given up before it started: never run
