"""The camera self-test screen on real parts: a photo file plays the camera, the station's pipeline measures it.
A short test shows one row per check with its mark; Cancel frees the camera at once; a finished test is saved,
logged without images and summarised in Settings → Camera; the first run offers it; a station whose camera
changed since its last test says so at start. Screenshots of the screen at three sizes go to the `screenshots`
folder (docs/screenshots with FACESTATION_SCREENSHOTS=1, which scripts/station_screenshots.py sets), or to
FACESTATION_SHOTS when that is set."""

from __future__ import annotations

import os
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt

from facestation.station.core.camera.frames import FrameSource
from facestation.station.core.camera.self_test import CHECKS
from facestation.station.core.camera.self_test_lines import DEFAULT_LIMITS
from facestation.station.core.camera.self_test_record import (
    load_self_test,
    save_self_test,
    saved_result,
)
from facestation.station.core.camera.sources import ImageFileSource
from facestation.station.ui.camera.choice import CameraChoice
from facestation.station.ui.context import StationContext
from facestation.station.ui.dialogs.first_run import FirstRunDialog
from facestation.station.ui.dialogs.self_test import SelfTestDialog
from facestation.station.ui.dialogs.self_test_host import SelfTestHost
from facestation.station.ui.dialogs.settings import SettingsDialog
from facestation.station.ui.translations import install_translation
from tests.station.support import wait_until

SIZES = ((1024, 768), (1366, 768), (1920, 1080))


class WatchedSource:
    """A real file source that says when it was closed (what freeing the camera means)."""

    def __init__(self, path: Path) -> None:
        self.source: FrameSource = ImageFileSource(path)
        self.closed = threading.Event()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.source, name)

    def close(self) -> None:
        self.source.close()
        self.closed.set()


def make_dialog(qtbot: Any, ops: Any, path: Path | None, **options: Any) -> tuple[SelfTestDialog, list[Any]]:
    opened: list[WatchedSource] = []

    def factory() -> WatchedSource:
        assert path is not None
        opened.append(WatchedSource(path))
        return opened[-1]

    dialog = SelfTestDialog(lambda: factory if path is not None else None, ops, **options)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, opened


def run_to_the_report(qtbot: Any, dialog: SelfTestDialog) -> None:
    with qtbot.waitSignal(dialog.testFinished, timeout=60_000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == SelfTestDialog.PAGE_REPORT


def test_a_short_test_shows_one_row_per_check_with_its_mark(qtbot: Any, ops: Any, webcam_file: Path) -> None:
    dialog, opened = make_dialog(qtbot, ops, webcam_file, seconds=2.0)
    assert "press Start" in dialog.intro_text.text() and "2 seconds" in dialog.intro_text.text()
    run_to_the_report(qtbot, dialog)
    report = dialog.report
    assert report is not None and report.frames_with_face > 0
    rows = dialog.rows
    assert sorted(row.line.check for row in rows) == sorted(CHECKS)
    passed = [row.line.passed for row in rows]
    assert passed == sorted(passed)  # the advice first
    for row in rows:
        assert row.mark.text() == ("\u2713" if row.line.passed else "!")
        assert row.mark.property("passed") == ("true" if row.line.passed else "false")
        assert row.title.text() and row.sentence.text() == row.line.sentence and row.sentence.wordWrap()
    assert {row.line.check: row.title.text() for row in rows}["exposure"] == "Light on the face"
    # The photo is well lit and sharp: those rows pass whatever this machine's speed.
    assert all(row.line.passed for row in rows if row.line.check in ("exposure", "focus", "colour"))
    advice = sum(not row.line.passed for row in rows)
    assert dialog.verdict.text() == {0: "\u2713 The camera is ready: every check passed.",
                                     1: "! 1 check gives advice."}.get(advice, f"! {advice} checks give advice.")
    assert opened[0].closed.is_set()
    assert dialog.again_button.isVisible() and dialog.close_button.isVisible()


def test_cancel_stops_the_test_and_frees_the_camera_quickly(qtbot: Any, ops: Any, webcam_file: Path) -> None:
    dialog, opened = make_dialog(qtbot, ops, webcam_file, seconds=60.0)
    finished: list[object] = []
    dialog.testFinished.connect(finished.append)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == SelfTestDialog.PAGE_RUNNING
    wait_until(lambda: dialog.progress.value() > 0, timeout=30)  # the preview and the countdown follow the test
    assert dialog.view.has_frame
    cancelled = time.monotonic()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == SelfTestDialog.PAGE_INTRO
    wait_until(opened[0].closed.is_set, timeout=10)
    assert time.monotonic() - cancelled < 10  # against the 60 s the test would have run
    qtbot.wait(200)
    assert not finished and dialog.report is None


def test_a_camera_still_busy_a_moment_is_tried_again(qtbot: Any, ops: Any, webcam_file: Path) -> None:
    """The page that had the camera releases it in the background: the first open may find it busy."""
    from facestation.station.core.camera.frames import CameraError

    tries: list[int] = []

    def factory() -> FrameSource:
        tries.append(1)
        if len(tries) == 1:
            raise CameraError("The camera is busy.")
        return ImageFileSource(webcam_file)

    dialog = SelfTestDialog(lambda: factory, ops, seconds=1.0)
    qtbot.addWidget(dialog)
    dialog.show()
    run_to_the_report(qtbot, dialog)
    assert len(tries) == 2 and dialog.report is not None and not dialog.problem.isVisible()


def test_no_camera_says_what_to_do(qtbot: Any, ops: Any) -> None:
    dialog, _ = make_dialog(qtbot, ops, None, seconds=2.0)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == SelfTestDialog.PAGE_REPORT
    assert dialog.verdict.text() == "The test could not run"
    assert dialog.problem.text().startswith("There is no camera to test.") and not dialog.rows


def test_a_finished_test_is_saved_logged_without_images_and_shown_in_settings(
        qtbot: Any, ops: Any, session: Any, webcam_file: Path, tmp_path: Path) -> None:
    from facestation.station.core.audit import AuditLog

    choice = CameraChoice(session.config, str(webcam_file))
    with AuditLog(tmp_path / "audit.sqlite3") as audit:
        context = StationContext(session, ops, camera=choice.factory, audit=audit)
        host = SelfTestHost(session, context, rules=lambda: choice)
        host.seconds = 1.5
        assert host.saved() is None and host.start_warning() == ""
        settings = SettingsDialog(session, ops, camera_choice=choice)
        qtbot.addWidget(settings)
        host.attach_settings(settings)
        page = settings.camera_page
        assert page.self_test_summary.text() == "This camera has not been tested yet."
        assert page.test_camera_button.text() == "&Test this camera"

        dialog = host.open_dialog(settings)
        with qtbot.waitSignal(host.savedChanged, timeout=60_000):
            qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        saved = load_self_test(host.record_path)
        assert saved is not None and saved.camera_key == f"start:{webcam_file}"
        assert [line.check for line in saved.lines] == list(CHECKS)
        assert page.self_test_summary.text().startswith("Last test: ")
        context.activity.flush()
        (entry,) = audit.entries(action="camera_self_test")
        assert entry.operator == "setup"  # nobody signed in (the first run's case)
        assert entry.details["advice"] == [line.check for line in saved.lines if not line.passed]
        assert set(entry.details) == {"passed", "checks", "advice", "source"}
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
        wait_until(lambda: host.dialog is None, timeout=5)

        # Another camera now: Settings and the start notice say so.
        save_self_test(host.record_path, saved_result(dialog.report, "camera:usb-old@1280x720",
                                                      now=datetime(2026, 3, 2, 9, 30, tzinfo=UTC)))
        page.update_self_test_summary()
        assert page.self_test_summary.text().endswith("Tested with another camera: test this one.")
        assert host.start_warning().startswith("The camera changed since its last test")


def test_the_station_first_run_runs_the_test_before_anyone_signed_in(
        qtbot: Any, make_session: Any, make_station: Any, webcam_file: Path) -> None:
    from facestation.station.core.session import SetupResult

    station = make_station(make_session(), camera=str(webcam_file))
    station.self_test.seconds = 1.5
    station.start()
    first_run = station.first_run_dialog
    first_run._setup_done(SetupResult("local", "http://127.0.0.1:1", False, ""))
    qtbot.mouseClick(first_run.test_camera_button, Qt.MouseButton.LeftButton)
    dialog = station.self_test.dialog
    assert dialog is not None and dialog.parent() is first_run
    with qtbot.waitSignal(station.self_test.savedChanged, timeout=60_000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: station.self_test.dialog is None, 5)
    assert first_run.isVisible() and first_run.pages.currentIndex() == FirstRunDialog.PAGE_DONE
    station.context.activity.flush()
    station.self_test._setup_log.flush()
    (entry,) = station.audit.entries(action="camera_self_test")
    assert entry.operator == "setup" and "image" not in str(entry.details)


def test_a_dialog_deleted_with_its_parent_is_forgotten(qtbot: Any, ops: Any, session: Any,
                                                       webcam_file: Path) -> None:
    choice = CameraChoice(session.config, str(webcam_file))
    host = SelfTestHost(session, StationContext(session, ops, camera=choice.factory), rules=lambda: choice)
    host.seconds = 30.0
    parent = FirstRunDialog(session, ops)
    first = host.open_dialog(parent)
    qtbot.mouseClick(first.start_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: first.progress.value() > 0, 30)
    with qtbot.waitSignal(first.destroyed, timeout=5_000):
        parent.deleteLater()
    assert host.dialog is None
    second = host.open_dialog(None)
    qtbot.addWidget(second)
    assert second is host.dialog and second.pages.currentIndex() == SelfTestDialog.PAGE_INTRO


def test_the_first_run_offers_the_test_and_later_goes_on(qtbot: Any, ops: Any, session: Any) -> None:
    from facestation.station.core.session import SetupResult

    asked: list[object] = []
    dialog = FirstRunDialog(session, ops, camera_test=asked.append)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._setup_done(SetupResult("local", "http://127.0.0.1:1", False, ""))
    assert dialog.pages.currentIndex() == FirstRunDialog.PAGE_DONE
    assert dialog.test_camera_button.isVisible() and dialog.camera_offer.isVisible()
    assert dialog.test_camera_button.text() == "&Test the camera now"
    assert dialog.continue_button.text() == "Later: continue to sign in"
    qtbot.mouseClick(dialog.test_camera_button, Qt.MouseButton.LeftButton)
    assert asked == [dialog]
    without = FirstRunDialog(session, ops)
    qtbot.addWidget(without)
    assert not without.test_camera_button.isVisibleTo(without)


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_screenshots(qtbot: Any, ops: Any, webcam_file: Path, size: tuple[int, int], language: str,
                     themed: None, screenshots: Path) -> None:
    """The screen before, while and after a test, at each size and language, for a person to look at; every
    sentence of the report fits its row (wrapped, never cut)."""
    shots = Path(os.environ.get("FACESTATION_SHOTS") or screenshots)
    shots.mkdir(parents=True, exist_ok=True)
    width, height = size
    suffix = f"{width}x{height}" if language == "en" else f"{language}-{width}x{height}"
    install_translation(language)
    try:
        dialog, _ = make_dialog(qtbot, ops, webcam_file, seconds=30.0)
        dialog.fit_to_screen(QSize(width, height - 40))  # less a task bar
        assert dialog.width() <= width and dialog.height() <= height - 40
        dialog.grab().save(str(shots / f"station-self-test-intro-{suffix}.png"))
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        wait_until(lambda: dialog.progress.value() > 30, timeout=30)
        dialog.grab().save(str(shots / f"station-self-test-running-{suffix}.png"))
        dialog.cancel()
        dialog.show_report(saved_result_report(webcam_file))
        qtbot.wait(50)
        dialog.grab().save(str(shots / f"station-self-test-report-{suffix}.png"))
        for row in dialog.rows:
            assert row.sentence.heightForWidth(row.sentence.width()) <= row.sentence.height() + 1
        for button in (dialog.again_button, dialog.close_button):
            assert button.fontMetrics().horizontalAdvance(button.text().replace("&", "")) < button.width()
    finally:
        install_translation("en")


def saved_result_report(path: Path) -> Any:
    """A report with advice rows, as a dim, far-away desk gives (for the report screenshot)."""
    from facestation.station.core.camera.self_test import SelfTestReport
    from facestation.station.core.camera.self_test_lines import DEFAULT_LIMITS as limits
    from facestation.station.core.camera.self_test_lines import (
        analysis_rate_line,
        auto_capture_line,
        backlight_line,
        colour_line,
        distance_line,
        exposure_line,
        focus_line,
        frame_rate_line,
        noise_line,
        resolution_line,
    )
    from facestation.station.core.camera.self_test_measures import DistanceRange
    from facestation.vision.quality import DEFAULT_THRESHOLDS as thresholds

    lines = (resolution_line((1280, 720), (1280, 720)), frame_rate_line(29.8, 30.0, True, limits),
             exposure_line(62.0, thresholds), backlight_line(62.0, 170.0, limits), noise_line(2.4, limits),
             focus_line(180.0, thresholds), colour_line(12.0, 14.0, limits),
             distance_line(DistanceRange(0.55, 0.9, 1.6), 81.0, thresholds, limits),
             auto_capture_line(4.2, []), analysis_rate_line(120, 15.0, limits))
    return SelfTestReport(f"Photo: {path.name}", 15.0, 450, 120, 118, lines)


def test_in_the_station_the_page_gives_up_its_camera_and_start_warns_of_a_new_camera(
        qtbot: Any, shared_service: dict[str, Any], make_session: Any, make_station: Any, webcam_file: Path,
) -> None:
    """The whole path through the station: a result saved for another camera is said at sign-in; Settings →
    Camera → Test this camera frees the Enrol page's camera for the test and gives it back afterwards."""
    from facestation.station.core.camera.self_test_record import self_test_path_for
    from facestation.station.core.session import secret_name
    from tests.station.conftest import SharedService

    session = make_session(service_factory=lambda _data_dir: SharedService(shared_service["service"]))
    session.secrets.set(secret_name("local"), shared_service["client_secret"])
    session.config.client_id = shared_service["client_id"]
    session.config.server_kind = "local"
    session.config.operator_username = shared_service["username"]
    session.config.set_admin_pin("2468")
    old = saved_result(saved_result_report(webcam_file), "camera:usb-old@1280x720",
                       now=datetime(2026, 3, 2, 9, 30, tzinfo=UTC))
    save_self_test(self_test_path_for(session.config_path), old)
    station = make_station(session, camera=str(webcam_file))
    station.self_test.seconds = 1.5
    station.start()
    sign_in = station.sign_in_dialog
    qtbot.waitUntil(sign_in.sign_in_button.isEnabled, timeout=30_000)
    sign_in.password.setText(shared_service["password"])
    qtbot.keyClick(sign_in.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: station.state == "main", timeout=15_000)
    window = station.main_window
    assert window.statusBar().currentMessage().startswith("The camera changed since its last test")
    enrol = window.page_widgets["enrol"]
    wait_until(lambda: enrol.capture.bridge.running, 30)

    qtbot.mouseClick(window.settings_button, Qt.MouseButton.LeftButton)
    settings = station.settings_dialog
    settings.gate.pin.setText("2468")
    qtbot.keyClick(settings.gate.pin, Qt.Key.Key_Return)
    wait_until(lambda: settings.unlocked, 15)
    settings.show_section("camera")
    page = settings.camera_page
    assert page.self_test_summary.text().endswith("Tested with another camera: test this one.")
    qtbot.mouseClick(page.test_camera_button, Qt.MouseButton.LeftButton)
    dialog = station.self_test.dialog
    assert dialog is not None and not enrol.capture.bridge.running  # one user of the camera at a time
    with qtbot.waitSignal(station.self_test.savedChanged, timeout=60_000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert station.self_test.saved().camera_key == f"start:{webcam_file}"
    assert page.self_test_summary.text().startswith("Last test: ")
    assert station.self_test.start_warning() == ""
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: enrol.capture.bridge.running, 30)  # the page has its camera back
    settings.reject()
    station.context.activity.flush()
    (entry,) = station.audit.entries(action="camera_self_test")
    assert entry.operator == shared_service["username"]


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context><name>SelfTest</name>
<message><source>The face is well exposed (brightness {brightness:.0f}).</source>
<translation>La cara tiene buena luz (brillo {brightness:.0f}).</translation></message>
<message><source>Auto-capture did not fire: the guidance shown most often was \u201c{guidance}\u201d.</source>
<translation>La foto automática no se hizo: la indicación más vista fue \u201c{guidance}\u201d.</translation></message>
<message><source>Light on the face</source><translation>Luz en la cara</translation></message>
<message><source>Little noise on the face ({noise:.1f}).</source>
<translation>Poco ruido en la cara ({ruido:.1f}).</translation></message>
</context>
<context><name>Guidance</name>
<message><source>Come closer</source><translation>Acérquese</translation></message>
</context>
</TS>
"""


def test_sentences_and_titles_show_in_the_station_language(qtbot: Any, tmp_path: Path,
                                                           compliant_base: Any) -> None:
    """Through a real Qt translator: the template is looked up and filled, the quoted guidance is translated as
    the banner shows it, and a translation that lost a placeholder falls back to English instead of failing."""
    import dataclasses
    import subprocess

    import PySide6
    from PySide6.QtCore import QCoreApplication, QTranslator

    from facestation.station.core.camera.self_test_lines import (
        auto_capture_line,
        exposure_line,
        noise_line,
    )
    from facestation.station.ui.dialogs.self_test import check_title, line_sentence
    from facestation.vision import quality
    from facestation.vision.guidance import Guidance, Issue
    from facestation.vision.quality import DEFAULT_THRESHOLDS
    from tests.support.portraits import webcam_frame

    source, compiled = tmp_path / "es.ts", tmp_path / "es.qm"
    source.write_text(TS, encoding="utf-8")
    lrelease = Path(PySide6.__path__[0]) / "lrelease"
    subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(compiled)], check=True)
    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)
    try:
        assert line_sentence(exposure_line(130.0, DEFAULT_THRESHOLDS)) == "La cara tiene buena luz (brillo 130)."
        frame = webcam_frame(compliant_base.photo, compliant_base.face, eye_distance=115, size=(1280, 720))
        report = dataclasses.replace(quality.analyze(frame), issues=(Issue(Guidance.TOO_FAR, "interEyeDistance"),))
        assert line_sentence(auto_capture_line(None, [report])) == (
            "La foto automática no se hizo: la indicación más vista fue \u201cAcérquese\u201d.")
        assert check_title("exposure") == "Luz en la cara"
        assert line_sentence(noise_line(2.0, DEFAULT_LIMITS)) == "Little noise on the face (2.0)."
    finally:
        QCoreApplication.removeTranslator(translator)
