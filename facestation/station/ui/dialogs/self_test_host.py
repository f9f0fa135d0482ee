"""The camera self-test in the station: who opens it (Settings → Camera, the first run), the camera it tests,
the camera freed from the page that holds it meanwhile, the saved result, the activity log, and the warning at
start when the camera changed since the last test.

`SelfTestHost.for_app(app)` makes the one host of a `StationApp`; the app calls `open_dialog`, `attach_settings`
and `warn_if_camera_changed` (a line each), so the logic lives here and app.py stays small. The saved result is
core (core/camera/self_test_record.py); the screen is self_test.py.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, Signal
from PySide6.QtWidgets import QWidget

from facestation.station.core.activity import ActivityWriter
from facestation.station.core.camera import SourceFactory
from facestation.station.core.camera.capture_settings import auto_capture_settings
from facestation.station.core.camera.choice import CameraRules
from facestation.station.core.camera.self_test import (
    DEFAULT_SELF_TEST_SECONDS,
    SelfTestReport,
)
from facestation.station.core.camera.self_test_record import (
    SavedSelfTest,
    activity_details,
    camera_changed,
    camera_key,
    load_self_test,
    save_self_test,
    saved_result,
    self_test_path_for,
)
from facestation.station.core.session import Session
from facestation.station.ui.context import StationContext
from facestation.station.ui.dialogs.self_test import SelfTestDialog

__all__ = ["SelfTestHost", "saved_summary"]

logger = logging.getLogger(__name__)

translate = QCoreApplication.translate

# Who the activity log names for a test run from the first-run setup, before anyone signed in.
SETUP_OPERATOR = "setup"


def saved_summary(saved: SavedSelfTest | None, current_key: str) -> str:
    """One or two lines for Settings → Camera: when the last test ran, how it went, and whether it was another
    camera."""
    if saved is None:
        return translate("SelfTest", "This camera has not been tested yet.")
    # Day and month name: "1 December 2026 09:30" reads the same way at every desk, unlike 1/12 or 12/1.
    when = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(saved.ran_at.timestamp())), "d MMMM yyyy HH:mm")
    if saved.advice_count == 1:
        text = translate("SelfTest", "Last test: {0}, 1 check with advice.").format(when)
    elif saved.advice_count:
        text = translate("SelfTest", "Last test: {0}, {1} checks with advice.").format(when, saved.advice_count)
    else:
        text = translate("SelfTest", "Last test: {0}, every check passed.").format(when)
    if camera_changed(saved, current_key):
        text += "\n" + translate("SelfTest", "Tested with another camera: test this one.")
    return text


class SelfTestHost(QObject):
    """Opens the self-test on the station's camera and keeps what it found (see the module docstring).
    `savedChanged` once a finished test is on disk (Settings → Camera refreshes its summary)."""

    savedChanged = Signal()

    def __init__(self, session: Session, context: StationContext, *, rules: Callable[[], CameraRules],
                 release_camera: Callable[[], None] = lambda: None,
                 restore_camera: Callable[[], None] = lambda: None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.context = context
        self.rules = rules
        self.release_camera = release_camera
        self.restore_camera = restore_camera
        self.dialog: SelfTestDialog | None = None
        self.seconds = DEFAULT_SELF_TEST_SECONDS  # tests and demonstrations shorten it
        self._setup_log = ActivityWriter(lambda: context.audit, lambda: session.operator or SETUP_OPERATOR)

    @classmethod
    def for_app(cls, app: Any) -> SelfTestHost:
        """The host of a `StationApp`: its session, context and camera choice; the main window's page in front
        gives up its camera while a test runs."""
        def rules() -> CameraRules:
            if app.camera_choice is None and app.options.camera_source is None:
                app.context.camera()  # makes the station's CameraChoice
            return app.camera_choice or CameraRules(app.session.config, app.options.camera)

        def window_call(name: str) -> Callable[[], None]:
            def call() -> None:
                window = app.main_window
                if window is not None and app.state == "main":
                    getattr(window, name)()
            return call

        return cls(app.session, app.context, rules=rules, release_camera=window_call("deactivate_current"),
                   restore_camera=window_call("activate_current"), parent=app)

    # -- the saved result ----------------------------------------------------------------------------------

    @property
    def record_path(self) -> Path:
        return self_test_path_for(self.session.config_path)

    def saved(self) -> SavedSelfTest | None:
        return load_self_test(self.record_path)

    def current_key(self) -> str:
        return camera_key(self.rules())

    def summary(self) -> str:
        return saved_summary(self.saved(), self.current_key())

    def start_warning(self) -> str:
        """The start notice when the last test was of another camera ("" when there is nothing to say)."""
        if not camera_changed(self.saved(), self.current_key()):
            return ""
        return translate("SelfTest", "The camera changed since its last test: test it in Settings \u2192 Camera "
                                     "\u2192 Test this camera.")

    def warn_if_camera_changed(self, window: Any) -> None:
        """At start (after sign-in): the notice in the main window's status bar, unless a notice that matters
        more is already there."""
        text = self.start_warning()
        if text and not window.statusBar().currentMessage():
            window.show_status_message(text, 0)

    # -- the dialog ----------------------------------------------------------------------------------------

    def open_dialog(self, parent: QWidget | None = None) -> SelfTestDialog:
        """Show the self-test for the station's camera; the page in front gives its camera up until it closes."""
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        config = self.session.config
        self.release_camera()
        dialog = SelfTestDialog(self._factory, self.context.ops, parent, seconds=self.seconds,
                                asked_resolution=config.resolution,
                                auto_capture_settings=auto_capture_settings(config),
                                mirrored=config.mirror_preview)
        dialog.testFinished.connect(self.keep)
        dialog.finished.connect(self._closed)
        # Deleted with its parent (the settings closed by a sign-out or the idle lock): forget it.
        dialog.destroyed.connect(self._forget)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _factory(self) -> SourceFactory | None:
        return self.context.camera()

    def _forget(self) -> None:
        self.dialog = None

    def _closed(self, _code: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.restore_camera()

    def keep(self, report: SelfTestReport) -> SavedSelfTest:
        """Save a finished test (in a worker) and write it to the activity log: verdict and checks, no image."""
        saved = saved_result(report, self.current_key())
        self.context.ops.run_blocking(save_self_test, self.record_path, saved, quiet=True,
                                      on_success=lambda _none: self.savedChanged.emit())
        details = activity_details(saved)
        if self.session.operator:
            self.context.log_activity("camera_self_test", details=details)
        else:
            self._setup_log.log("camera_self_test", details=details)
        return saved

    def attach_settings(self, dialog: Any) -> None:
        """Settings → Camera gets "Test this camera" and the saved result's summary."""
        dialog.camera_page.attach_self_test(self)
