"""The station's start: QApplication + qasync, the log file, one global excepthook, and the `Station` controller
that walks the operator through first run → sign in → main window, watches the connection and shuts down.

    facestation                      # run(): qasync.run(main(options))
    facestation --kiosk --camera 0

Errors nobody caught (in a slot, an asyncSlot, a worker thread, a loop callback) reach `ExceptionHook`: it writes
the traceback to `station.log` in the per-user log dir and shows a readable message, never the traceback.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import signal
import sys
import threading
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox
from shiboken6 import isValid

from facestation.api import errors
from facestation.station.core.audit_recovery import OpenedActivityLog, open_activity_log
from facestation.station.core.camera import SourceFactory
from facestation.station.core.session import Session
from facestation.station.core.station_log import setup_logging
from facestation.station.ui.context import StationContext
from facestation.station.ui.dialogs.first_run import FirstRunDialog
from facestation.station.ui.dialogs.self_test_host import SelfTestHost
from facestation.station.ui.dialogs.sign_in import SignInDialog
from facestation.station.ui.idle import IdleWatch
from facestation.station.ui.main_window import MainWindow, PanelFactory
from facestation.station.ui.offline import OfflineQueue
from facestation.station.ui.ops import Operations, Problem
from facestation.station.ui.theme import apply_theme
from facestation.station.ui.translations import install_translation
from facestation.vision.models import preload_quality_models

logger = logging.getLogger(__name__)

DEFAULT_CHECK_INTERVAL = 10.0  # seconds between connection checks
PRELOAD_DELAY_MS = 300  # after the first window's first paint (benchmarks/startup_time.py)


@dataclass(frozen=True)
class StationOptions:
    """What the command line (and tests) can set for one run of the station."""

    camera: str | None = None  # `--camera PATH|INDEX`, for the camera panels
    kiosk: bool = False  # `--kiosk`: full screen; leaving it needs the admin PIN
    check_interval: float = DEFAULT_CHECK_INTERVAL
    # Tests: where frames come from instead of the configured camera, and the pages to build.
    camera_source: Callable[[], SourceFactory | None] | None = None
    panels: dict[str, PanelFactory] | None = None
    audit_path: Path | None = None  # None: the activity log in the per-user data dir


# -- the global excepthook -----------------------------------------------------------------------------------


class ExceptionHook(QObject):
    """Logs every uncaught exception with its traceback and shows the operator a readable message.

    Installed as `sys.excepthook` (Qt slots, and qasync's asyncSlot, which hands its task's error there),
    `threading.excepthook`, and the qasync loop's exception handler. Never raises itself."""

    caught = Signal(object)  # the exception, shown on the GUI thread

    def __init__(self, log_path: Path | None, ops: Operations | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.ops = ops
        self.count = 0
        self._box: QMessageBox | None = None
        self._previous: tuple[Any, Any] | None = None
        self.caught.connect(self._show)

    def install(self) -> None:
        if self._previous is None:
            self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.handle
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def install_on_loop(self, loop: asyncio.AbstractEventLoop) -> None:
        loop.set_exception_handler(self._loop_handler)

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        try:
            self.count += 1
            logger.critical("Unhandled exception", exc_info=(exc_type, exc, tb))
            self.caught.emit(exc)  # queued to the GUI thread when raised elsewhere
        except Exception:  # noqa: BLE001 - the last line of defence must not fail
            traceback.print_exception(exc_type, exc, tb)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def _loop_handler(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        error = context.get("exception")
        if isinstance(error, BaseException):
            self.handle(type(error), error, error.__traceback__)
        else:
            logger.error("Event loop: %s", context.get("message"))

    @Slot(object)
    def _show(self, error: BaseException) -> None:
        try:
            if self.ops is not None and isValid(self.ops):
                problem = self.ops.describe(error)
                if problem.expected:
                    self.ops.show_problem(problem)
                    return
            self.show_unexpected()
        except Exception:  # noqa: BLE001
            logger.exception("Could not show the error message")

    def show_unexpected(self) -> None:
        text = self.tr("Something unexpected went wrong. You can keep working; if it happens again, tell your "
                       "administrator.")
        if self.log_path is not None:
            text += " " + self.tr("The details were saved in {0}.").format(self.log_path)
        if self.ops is not None and isValid(self.ops):
            self.ops.show_problem(Problem(self.tr("Something went wrong"), text, expected=False))
            return
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Something went wrong"), text,
                          QMessageBox.StandardButton.Ok, QApplication.activeWindow())
        box.setObjectName("problemBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._box = box  # a Python reference, or the box is collected before it is seen
        box.open()


# -- the controller ------------------------------------------------------------------------------------------


class Station(QObject):
    """Drives the screens: first run (when nothing is configured) → sign in → main window; sign-out goes back to
    sign in; watches the connection (and restarts the built-in service); `finished` when the station closes."""

    finished = Signal()
    stateChanged = Signal(str)  # "first-run", "sign-in", "main", "closed"

    def __init__(self, session: Session, options: StationOptions | None = None, *, ops: Operations | None = None,
                 log_path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.options = options or StationOptions()
        self.ops = ops or Operations(self)
        self.ops.server_kind = session.kind
        self.ops.log_path = str(log_path) if log_path is not None else None
        self.ops.problemReported.connect(self._problem_reported)
        self.state = "starting"
        self.first_run_dialog: FirstRunDialog | None = None
        self.sign_in_dialog: SignInDialog | None = None
        self.main_window: MainWindow | None = None
        self._check_handle: Any = None
        self._reconnect_handle: Any = None
        self._connect_handle: Any = None
        self.monitor = QTimer(self)
        self.monitor.setInterval(int(self.options.check_interval * 1000))
        self.monitor.timeout.connect(self.check_connection)
        self.camera_choice: Any = None
        opened = open_activity_log(self.options.audit_path)
        self.audit = opened.log
        self._audit_problem = self._activity_log_problem(opened)
        self.context = StationContext(session, self.ops, camera=self._camera_factory, audit=self.audit)
        self.offline = OfflineQueue(self.context, self)
        self.offline.problem.connect(self._offline_problem)
        self.offline.replayed.connect(self._replayed)
        self.pending_dialog: Any = None
        self.activity_dialog: Any = None
        self.idle = IdleWatch(session.config.idle_lock_seconds, self)
        self.idle.idle.connect(self.lock)
        self.settings_dialog: Any = None
        self.quit_dialog: Any = None
        self.self_test = SelfTestHost.for_app(self)  # the camera self-test: settings, first run, start warning

    def _activity_log_problem(self, opened: OpenedActivityLog) -> str:
        """What the operator is told after sign-in about the activity log ("" when all is well)."""
        if opened.log is None:
            return self.tr(
                "The activity log cannot be opened right now, so this session is not logged; the file was left as "
                "it is. Tell your administrator ({0}).").format(opened.unavailable)
        if opened.kept is not None:
            return self.tr(
                "The activity log could not be read and was set aside as {0} for your administrator; a new log "
                "has started.").format(opened.kept)
        return ""

    def _camera_factory(self) -> SourceFactory | None:
        """The source the camera pages open: the test's, `--camera`, or the camera chosen in the settings."""
        if self.options.camera_source is not None:
            return self.options.camera_source()
        if self.camera_choice is None:
            from facestation.station.ui.camera.choice import CameraChoice

            self.camera_choice = CameraChoice(self.session.config, self.options.camera)
        return self.camera_choice.factory()

    def _set_state(self, state: str) -> None:
        self.state = state
        self.stateChanged.emit(state)

    @Slot()
    def start(self) -> None:
        if self.session.configured:
            self.show_sign_in(connect=True)
        else:
            self.show_first_run()
        # The face models load while the operator signs in, not when the first camera frame needs them; but only
        # once the first window has painted: loading them holds the interpreter lock for most of a second, which
        # kept the sign-in window blank (benchmarks/startup_time.py).
        QTimer.singleShot(PRELOAD_DELAY_MS, self, self._preload_models)

    def _preload_models(self) -> None:
        if self.state != "closed":  # not after a quit that came first
            self.ops.run_blocking(preload_quality_models, quiet=True)

    # -- first run ---------------------------------------------------------------------------------------

    def show_first_run(self) -> None:
        dialog = FirstRunDialog(self.session, self.ops, camera_test=self.self_test.open_dialog)
        dialog.accepted.connect(self._first_run_done)
        dialog.rejected.connect(self.finish)
        self.first_run_dialog = dialog
        self._set_state("first-run")
        dialog.open()

    @Slot()
    def _first_run_done(self) -> None:
        self.ops.server_kind = self.session.kind
        if self.first_run_dialog is not None:
            self.first_run_dialog.deleteLater()
            self.first_run_dialog = None
        self.show_sign_in(connect=not self.session.ready)

    # -- sign in -----------------------------------------------------------------------------------------

    def show_sign_in(self, *, connect: bool, message: str = "") -> None:
        dialog = self.sign_in_dialog
        if dialog is None:
            dialog = self.sign_in_dialog = SignInDialog(self.session, self.ops)
            dialog.accepted.connect(self.show_main_window)
            dialog.rejected.connect(self.finish)
            dialog.retryRequested.connect(self.connect_service)
        dialog.retranslate_ui()
        dialog.reset(message)
        self._set_state("sign-in")
        dialog.open()
        if connect:
            self.connect_service()

    @Slot()
    def connect_service(self) -> None:
        """Start the built-in service (or make the hosted client) in a worker; the sign-in dialog waits."""
        if self._connect_handle is not None and not self._connect_handle.done:
            return
        if self.sign_in_dialog is not None:
            self.sign_in_dialog.set_connecting(True)
        self._connect_handle = self.ops.run_blocking(self.session.start_service, on_success=self._service_ready,
                                                     on_error=self._service_failed)

    def _service_ready(self, _base_url: str) -> None:
        if self.sign_in_dialog is not None:
            self.sign_in_dialog.set_connecting(False)

    def _service_failed(self, problem: Problem) -> None:
        if self.sign_in_dialog is not None:
            self.sign_in_dialog.set_start_failed(problem)

    # -- main window -------------------------------------------------------------------------------------

    @Slot()
    def show_main_window(self) -> None:
        window = self.main_window
        if window is None:
            window = self.main_window = MainWindow(self.session, self.ops, context=self.context,
                                                   panels=self.options.panels)
            window.signOutRequested.connect(self.sign_out)
            window.quitRequested.connect(self.request_quit)
            window.settingsRequested.connect(self.open_settings)
            window.activityRequested.connect(self.open_activity)
            window.pendingRequested.connect(self.open_pending)
            self.context.events.outboxChanged.connect(window.set_outbox_counts)
            # Everything built so far (models, widgets, modules) lives as long as the station: moved out of the
            # collector's sight, a full garbage collection no longer walks it on the GUI thread (measured by
            # benchmarks/station_responsiveness.py: ~20 ms per full collection before, ~0 after).
            gc.freeze()
            if self.options.camera:
                window.camera_label.setToolTip(self.tr("Camera chosen at start: {0}").format(self.options.camera))
        window.set_connection("ok")
        window.attach_budget()
        window.refresh_session_info()
        if self.options.kiosk or self.session.config.kiosk:
            window.showFullScreen()
        else:
            window.show_fitted()  # maximised on a screen smaller than the window's preferred size
        window.raise_()
        window.activateWindow()
        window.activate_current()
        self._set_state("main")
        self.monitor.start()
        self.idle.set_timeout(self.session.config.idle_lock_seconds)
        self.idle.start()
        self._set_online(True)
        self.context.log_activity("sign_in")
        self.offline.open()
        if self._audit_problem:
            window.show_status_message(self._audit_problem, 0)
        self.self_test.warn_if_camera_changed(window)

    @Slot()
    def sign_out(self, message: str = "") -> None:
        """Forget the operator and everything personal on screen, then offer the sign-in again."""
        if self.state == "main":
            self.context.log_activity("sign_out")
        self.monitor.stop()
        self.idle.stop()
        self._close_settings()
        self._close_side_dialogs()
        self._close_main_window()
        self.ops.run_async(self.offline.close(), quiet=True)
        self.ops.run_async(self.session.sign_out(), quiet=True)
        self.show_sign_in(connect=False, message=message or self.tr("You are signed out. The next operator can "
                                                                    "sign in now."))

    @Slot()
    def lock(self) -> None:
        """Nobody touched the station for the idle time: sign out, so the next person sees nothing personal."""
        if self.state != "main":
            return
        minutes = max(1, round(self.session.config.idle_lock_seconds / 60))
        logger.info("Locked after %d s without use", self.session.config.idle_lock_seconds)
        self.context.log_activity("lock", details={"idle_seconds": self.session.config.idle_lock_seconds})
        self.sign_out(self.tr("The station locked itself after {0} minute(s) without use. Sign in to go on.")
                      .format(minutes))

    # -- settings ----------------------------------------------------------------------------------------

    @Slot()
    def open_settings(self) -> None:
        """The Settings dialog (it asks for the admin PIN first)."""
        from facestation.station.ui.dialogs.settings import SettingsDialog

        if self.settings_dialog is not None and isValid(self.settings_dialog):
            self.settings_dialog.raise_()
            return
        if self.camera_choice is None and self.options.camera_source is None:
            self._camera_factory()  # makes the choice the dialog's camera picker uses
        dialog = SettingsDialog(self.session, self.ops, self.main_window, camera_choice=self.camera_choice)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.settingsChanged.connect(self._settings_changed)
        dialog.changeServerRequested.connect(self._change_server)
        self.self_test.attach_settings(dialog)
        self.settings_dialog = dialog
        dialog.open()

    def _close_settings(self) -> None:
        dialog, self.settings_dialog = self.settings_dialog, None
        if dialog is not None and isValid(dialog):
            dialog.close()

    # -- the activity log and the outbox -------------------------------------------------------------------

    @Slot()
    def open_activity(self) -> None:
        """The activity log, behind the admin PIN (it shows who did what, with record numbers)."""
        from facestation.station.ui.dialogs.audit_viewer import AuditViewer
        from facestation.station.ui.dialogs.pin import PinDialog

        if self.main_window is None:
            return
        if self.audit is None:
            self.main_window.show_status_message(self._audit_problem, 0)
            return
        gate = PinDialog(self.session.config, self.ops, self.tr("Type the admin PIN to see the activity log."),
                         self.main_window, settings_path=self.session.config_path)
        gate.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def unlocked() -> None:
            if self.main_window is None:
                return
            viewer = AuditViewer(self.audit, self.ops, self.main_window)
            viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.activity_dialog = viewer
            viewer.open()

        gate.accepted.connect(unlocked)
        self.activity_dialog = gate
        gate.open()

    @Slot()
    def open_pending(self) -> None:
        """What waits to be sent, and what the service refused (the status bar's "Pending" badge)."""
        from facestation.station.ui.dialogs.pending import PendingDialog

        if self.main_window is None:
            return
        if self.pending_dialog is not None and isValid(self.pending_dialog) and self.pending_dialog.isVisible():
            self.pending_dialog.raise_()
            return
        dialog = PendingDialog(self.context, self.main_window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pending_dialog = dialog
        dialog.open()

    def _close_side_dialogs(self) -> None:
        """The activity log and the Pending view show personal data: they close with the operator's session."""
        for dialog in (self.activity_dialog, self.pending_dialog):
            if dialog is not None and isValid(dialog):
                dialog.close()
        self.activity_dialog = self.pending_dialog = None

    @Slot(str)
    def _offline_problem(self, message: str) -> None:
        if self.main_window is not None:
            self.main_window.show_status_message(message, 0)

    @Slot(object)
    def _replayed(self, report: Any) -> None:
        window = self.main_window
        if window is None:
            return
        if not report.offline:
            # The replay reached the service: it answers again (sooner than the next connection check).
            self._set_online(True)
            window.set_connection("ok")
        if report.attention:
            window.show_status_message(self.tr(
                "{0} change(s) kept on this station were refused by the service. Click “Pending” to correct or "
                "discard them.").format(len(report.attention)), 0)
        elif report.done and report.remaining == 0:
            window.show_status_message(self.tr("Everything kept on this station while offline has been sent."),
                                       15_000)

    def _set_online(self, online: bool) -> None:
        if self.context.online != online:
            self.context.online = online
            self.context.events.onlineChanged.emit(online)

    @Slot()
    def _settings_changed(self) -> None:
        """New settings take effect at once: idle time, language, camera (the page in front reopens it), kiosk
        mode (the dialog applied the theme)."""
        config = self.session.config
        dialog = self.settings_dialog
        changed = list(getattr(dialog, "saved_fields", [])) if dialog is not None and isValid(dialog) else []
        self.context.log_activity("settings_change", details={"settings": changed})
        self.idle.set_timeout(config.idle_lock_seconds)
        install_translation(config.language)
        window = self.main_window
        if window is not None:
            # The camera choice reads the settings when the page opens the camera: reopen it.
            window.deactivate_current()
            window.activate_current()
            kiosk = self.options.kiosk or config.kiosk
            if kiosk and not window.isFullScreen():
                window.showFullScreen()
            elif not kiosk and window.isFullScreen():
                window.show_fitted()

    @Slot()
    def _change_server(self) -> None:
        """Settings → Change server (the admin PIN was given): sign out and run the first-run setup again."""
        if self.state == "main":
            self.context.log_activity("sign_out")
        self._close_settings()
        self._close_side_dialogs()
        self.monitor.stop()
        self.idle.stop()
        self._close_main_window()
        self.ops.run_async(self.offline.close(), quiet=True)  # the old server's queue stays in its own file
        self.ops.run_async(self.session.sign_out(), quiet=True)
        if self.sign_in_dialog is not None and isValid(self.sign_in_dialog):
            self.sign_in_dialog.blockSignals(True)
            self.sign_in_dialog.close()
            self.sign_in_dialog.deleteLater()
            self.sign_in_dialog = None
        self.session.config.server_kind = None
        self.show_first_run()

    # -- connection --------------------------------------------------------------------------------------

    @Slot()
    def check_connection(self) -> None:
        """One health check (from the timer, or at once after a connection error); restarts the built-in
        service when it does not answer."""
        busy = (self._check_handle is not None and not self._check_handle.done) or \
               (self._reconnect_handle is not None and not self._reconnect_handle.done)
        if busy or self.main_window is None:
            return
        self._check_handle = self.ops.run_async(self.session.check_connection(), on_success=self._checked,
                                                quiet=True)

    def _checked(self, answering: bool) -> None:
        window = self.main_window
        if window is None:
            return
        self._set_online(answering)
        if answering:
            window.set_connection("ok")
            self.offline.connection_answered()
            return
        if self.session.kind == "local":
            window.set_connection("unreachable", self.tr("The built-in service stopped answering; the station "
                                                         "is restarting it."))
            logger.warning("The built-in service does not answer; restarting it")
            self._reconnect_handle = self.ops.run_blocking(self.session.reconnect, on_success=self._reconnected,
                                                           on_error=self._reconnect_failed)
        else:
            window.set_connection("unreachable", self.tr("The FaceCheck service does not answer. Check the "
                                                         "network; the station keeps trying."))

    def _reconnected(self, _base_url: str) -> None:
        if self.main_window is None:
            return
        if not self.session.signed_in:
            # The service came back at a new address: a new client, so the operator signs in again.
            self.sign_out(self.tr("The built-in service was restarted. Sign in again to go on."))
            return
        self.main_window.set_connection("ok")
        self._set_online(True)
        self.offline.connection_answered()
        self.main_window.show_status_message(self.tr("The built-in service was restarted and is working again."),
                                             10_000)

    def _reconnect_failed(self, problem: Problem) -> None:
        if self.main_window is not None:
            self.main_window.set_connection("unreachable", problem.text)
            self.main_window.show_status_message(problem.text, 30_000)

    @Slot(object)
    def _problem_reported(self, problem: Problem) -> None:
        error = problem.error
        if self.main_window is None:
            return
        if isinstance(error, errors.ServiceUnreachableError | errors.RequestTimeoutError):
            QTimer.singleShot(0, self.check_connection)
        elif isinstance(error, errors.AuthenticationError) and self.state == "main":
            self.sign_out(self.tr("Your session has ended. Sign in again to go on."))

    # -- closing -----------------------------------------------------------------------------------------

    @Slot()
    def request_quit(self) -> None:
        """The main window's close button: in kiosk mode only with the admin PIN."""
        kiosk = self.options.kiosk or self.session.config.kiosk
        if not kiosk or not self.session.config.has_admin_pin:
            self.finish()
            return
        from facestation.station.ui.dialogs.pin import PinDialog

        if self.quit_dialog is not None and isValid(self.quit_dialog) and self.quit_dialog.isVisible():
            self.quit_dialog.raise_()
            return
        # The same prompt, and the same persisted wrong-try count, as the settings and the activity log.
        dialog = PinDialog(self.session.config, self.ops, self.tr("Type the admin PIN to close the station."),
                           self.main_window, settings_path=self.session.config_path)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.finish)
        self.quit_dialog = dialog
        dialog.open()

    @Slot()
    def finish(self) -> None:
        """Close every window and tell `main()` to shut down."""
        if self.state == "closed":
            return
        if self.state == "main":
            self.context.log_activity("sign_out")
        self._set_state("closed")
        self.monitor.stop()
        self.idle.stop()
        self._close_settings()
        self._close_side_dialogs()
        for dialog in (self.first_run_dialog, self.sign_in_dialog):
            if dialog is not None and isValid(dialog):
                dialog.blockSignals(True)
                dialog.close()
                dialog.deleteLater()
        self.first_run_dialog = self.sign_in_dialog = None
        self._close_main_window()
        self.finished.emit()

    def _close_main_window(self) -> None:
        """Clear everything personal from the main window, then close it for good (sign-out and quit)."""
        window, self.main_window = self.main_window, None
        if window is not None:
            window.clear_personal_data()
            window.allow_close()
            window.close()
            window.deleteLater()

    async def shutdown(self) -> None:
        """After `finish`: stop the replay, the built-in service (in a worker) and close the connections."""
        try:
            await self.offline.close()
        except Exception:
            logger.exception("Closing the outbox failed")
        self.ops.cancel_all()
        try:
            await self.ops.call_blocking(self.session.shutdown)
        except Exception:
            logger.exception("Stopping the built-in service failed")
        try:
            await self.session.sign_out()
            await self.session.close()
        except Exception:
            logger.exception("Closing the connections failed")
        self.ops.shutdown()
        self.context.close_audit()


# -- entry points --------------------------------------------------------------------------------------------


async def main(options: StationOptions, *, session: Session | None = None, hook: ExceptionHook | None = None,
               log_path: Path | None = None) -> int:
    """The station's life on the qasync loop: start, wait for `finished`, shut down."""
    loop = asyncio.get_running_loop()
    session = session if session is not None else Session.open()
    station = Station(session, options, log_path=log_path)
    if hook is not None:
        hook.ops = station.ops
        hook.install_on_loop(loop)
    done = asyncio.Event()
    station.finished.connect(done.set)
    _quit_on_signals(loop, station)
    station.start()
    await done.wait()
    await station.shutdown()
    return 0


def _quit_on_signals(loop: asyncio.AbstractEventLoop, station: Station) -> None:
    """Ctrl+C or SIGTERM in a terminal close the station properly (the built-in service stops too)."""
    def request(*_args: object) -> None:
        loop.call_soon_threadsafe(station.finish)

    for number in (signal.SIGINT, signal.SIGTERM):
        try:
            signal.signal(number, request)
        except (ValueError, OSError):  # not the main thread, or not supported here
            return
    # Qt's loop runs in C++: a periodic no-op lets Python run its signal handlers.
    timer = QTimer(station)
    timer.setInterval(300)
    timer.timeout.connect(lambda: None)
    timer.start()


def run(*, camera: str | None = None, kiosk: bool = False, argv: Sequence[str] | None = None) -> int:
    """`facestation` without a subcommand: open the station window; returns the exit code."""
    import qasync

    from facestation.station.ui import single_instance

    log_path = setup_logging()
    logger.info("FaceStation starts (kiosk=%s, camera=%s)", kiosk, camera)
    app = QApplication.instance() or QApplication(list(argv) if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("FaceStation")
    app.setQuitOnLastWindowClosed(False)  # the controller decides when the station ends
    session = Session.open()
    apply_theme(app, session.config.theme)
    install_translation(session.config.language)
    instance = single_instance.acquire()  # held until the process ends; the installer's AppMutex sees it
    if instance is None:
        return single_instance.refuse_second_copy()
    hook = ExceptionHook(log_path)
    hook.install()
    try:
        return int(qasync.run(main(StationOptions(camera=camera, kiosk=kiosk), session=session, hook=hook,
                                   log_path=log_path)))
    finally:
        hook.uninstall()
        instance.release()
        logger.info("FaceStation closed")
