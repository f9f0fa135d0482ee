"""The one helper that runs background work and brings its result or its error back to the screen.

Modelled on Anki's `aqt/operations` (`QueryOp`): a caller hands over a coroutine (network calls, on the qasync
loop) or a blocking function (processes, disk, dlib: in this helper's own ThreadPoolExecutor, never the loop's
default one, which httpx also uses to resolve names), a success callback and optionally an error callback.
Both callbacks run on the GUI thread. Every error goes through `Operations.describe`, the one place that turns
it into a sentence that says what happened and what to do next: `facestation.api.errors` here, the station's own
errors (camera, built-in service, keyring, set-up) through the kit's registry (`kit/error_texts.py`, filled by
`ui/error_texts.py`). Without an error callback the problem is shown in a message box (or, for background work,
in the status bar).

    ops.run_async(session.sign_in(name, password), on_success=self.accept,
                  on_error=self.show_problem, busy=self.tr("Signing in…"))
    ops.run_blocking(session.start_service, on_success=self.service_ready, busy=self.tr("Starting…"),
                     on_cancel=session.cancel_start)

Long actions (`busy=` text) show a busy indicator after a short delay (`BusyBar`), with a Cancel button.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import itertools
import logging
import math
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)
from shiboken6 import isValid

from facestation.api import errors
from facestation.station.ui.kit import error_texts
from facestation.station.ui.kit.error_texts import Problem, first_line, tr
from facestation.station.ui.kit.retranslate import RetranslateMixin
from facestation.station.ui.widgets.elided_label import ElidedLabel

__all__ = ["BUSY_DELAY_MS", "BusyBar", "LatestRequest", "OpHandle", "Operations", "Problem"]

logger = logging.getLogger(__name__)

T = TypeVar("T")

BUSY_DELAY_MS = 300  # shorter actions finish without any flicker of a progress bar
DEFAULT_WORKERS = 2


class OpHandle(QObject):
    """One running operation: `cancel()` it, or watch `finished`."""

    finished = Signal()

    def __init__(self, number: int, busy: str | None, on_cancel: Callable[[], None] | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.busy = busy
        self._on_cancel = on_cancel
        self.future: asyncio.Future[Any] | None = None
        self.cancelled = False
        self.done = False

    def __repr__(self) -> str:
        return f"OpHandle({self.number}, busy={self.busy!r}, done={self.done}, cancelled={self.cancelled})"

    @Slot()
    def cancel(self) -> None:
        """Stop waiting for the result; neither callback runs. A blocking function cannot be interrupted, so
        `on_cancel` (if given) tells it to stop (e.g. stop the service it is waiting for)."""
        if self.done or self.cancelled:
            return
        self.cancelled = True
        if self._on_cancel is not None:
            try:
                self._on_cancel()
            except Exception:
                logger.exception("Cancelling %r failed", self)
        if self.future is not None:
            self.future.cancel()


def _screen_closed(error: BaseException) -> bool:
    """Whether a callback failed only because its widget was deleted while the work ran (the screen closed at
    sign-out, the idle lock or exit): an answer nobody waits for any more, not a bug to show."""
    return isinstance(error, RuntimeError) and "already deleted" in str(error)


class Operations(QObject):
    """Runs coroutines on the qasync loop and blocking functions in its own thread pool; routes results and
    errors to the GUI thread. One per station."""

    busyChanged = Signal(bool, str)  # (something long is running, what it is)
    problemReported = Signal(object)  # a Problem, after it was shown (tests and the status bar listen)
    statusMessage = Signal(str, int)  # (text, milliseconds) for the main window's status bar

    def __init__(self, parent: QObject | None = None, *, max_workers: int = DEFAULT_WORKERS) -> None:
        super().__init__(parent)
        self._executor = concurrent.futures.ThreadPoolExecutor(max_workers=max_workers,
                                                               thread_name_prefix="facestation-ops")
        self._numbers = itertools.count(1)
        self._running: dict[int, OpHandle] = {}
        self._busy: list[OpHandle] = []  # long operations shown by the busy indicator, oldest first
        self._busy_shown = False
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self._show_busy)
        self.server_kind: str | None = None  # "local" / "hosted": tailors the advice on connection errors
        self.log_path: str | None = None  # named in the message about unexpected errors
        self._box: QMessageBox | None = None

    # -- running -------------------------------------------------------------------------------------

    def run_async(
        self,
        work: Awaitable[T],
        *,
        on_success: Callable[[T], Any] | None = None,
        on_error: Callable[[Problem], Any] | None = None,
        busy: str | None = None,
        quiet: bool = False,
        on_cancel: Callable[[], None] | None = None,
    ) -> OpHandle:
        """Run a coroutine on the qasync loop. `on_success(result)` / `on_error(problem)` run on the GUI thread;
        without `on_error` the problem is shown (`quiet`: only in the status bar and the log)."""
        handle = OpHandle(next(self._numbers), busy, on_cancel, self)
        handle.future = asyncio.ensure_future(work)
        self._track(handle, on_success, on_error, quiet)
        return handle

    def run_blocking(
        self,
        function: Callable[..., T],
        *args: Any,
        on_success: Callable[[T], Any] | None = None,
        on_error: Callable[[Problem], Any] | None = None,
        busy: str | None = None,
        quiet: bool = False,
        on_cancel: Callable[[], None] | None = None,
    ) -> OpHandle:
        """Run a blocking or CPU-heavy function in this helper's thread pool; callbacks as in `run_async`."""
        handle = OpHandle(next(self._numbers), busy, on_cancel, self)
        loop = asyncio.get_running_loop()
        handle.future = loop.run_in_executor(self._executor, lambda: function(*args))
        self._track(handle, on_success, on_error, quiet)
        return handle

    async def call_blocking(self, function: Callable[..., T], *args: Any) -> T:
        """Await a blocking function from a coroutine, in this helper's thread pool."""
        return await asyncio.get_running_loop().run_in_executor(self._executor, lambda: function(*args))

    def _track(self, handle: OpHandle, on_success: Callable[[Any], Any] | None,
               on_error: Callable[[Problem], Any] | None, quiet: bool) -> None:
        self._running[handle.number] = handle
        if handle.busy:
            self._busy.append(handle)
            if self._busy_shown:
                self.busyChanged.emit(True, handle.busy)
            elif not self._busy_timer.isActive():
                self._busy_timer.start()
        assert handle.future is not None
        # Done callbacks run on the loop, and the qasync loop is the GUI thread.
        handle.future.add_done_callback(lambda future: self._finish(handle, future, on_success, on_error, quiet))

    def _finish(self, handle: OpHandle, future: asyncio.Future[Any], on_success: Callable[[Any], Any] | None,
                on_error: Callable[[Problem], Any] | None, quiet: bool) -> None:
        handle.done = True
        self._running.pop(handle.number, None)
        if handle in self._busy:
            self._busy.remove(handle)
            self._update_busy()
        handle.finished.emit()
        if future.cancelled() or handle.cancelled:
            logger.debug("%r cancelled", handle)
            return
        error = future.exception()
        if error is None:
            if on_success is not None:
                try:
                    on_success(future.result())
                except Exception as failure:  # a bug in the callback: still one readable message
                    if _screen_closed(failure):
                        logger.debug("%r answered after its screen closed", handle)
                    else:
                        self.report(failure)
            return
        self.report(error, on_error=on_error, quiet=quiet)

    def cancel_all(self) -> None:
        """Cancel every running operation (sign-out, exit)."""
        for handle in list(self._running.values()):
            handle.cancel()

    def shutdown(self) -> None:
        """Cancel what runs and let the threads go (they finish their current function in the background)."""
        self.cancel_all()
        self._executor.shutdown(wait=False, cancel_futures=True)

    @property
    def running(self) -> list[OpHandle]:
        return list(self._running.values())

    # -- busy indicator ------------------------------------------------------------------------------

    @property
    def current_busy(self) -> OpHandle | None:
        """The newest long operation still running (what the busy indicator shows and cancels)."""
        return self._busy[-1] if self._busy else None

    @Slot()
    def _show_busy(self) -> None:
        current = self.current_busy
        if current is not None and current.busy:
            self._busy_shown = True
            self.busyChanged.emit(True, current.busy)

    def _update_busy(self) -> None:
        current = self.current_busy
        if current is None:
            self._busy_timer.stop()
            if self._busy_shown:
                self._busy_shown = False
                self.busyChanged.emit(False, "")
        elif self._busy_shown and current.busy:
            self.busyChanged.emit(True, current.busy)

    @Slot()
    def cancel_current(self) -> None:
        """The busy indicator's Cancel button."""
        current = self.current_busy
        if current is not None:
            current.cancel()

    # -- errors --------------------------------------------------------------------------------------

    def report(self, error: BaseException, *, on_error: Callable[[Problem], Any] | None = None,
               quiet: bool = False) -> Problem:
        """The central error handler: log, describe, show (through `on_error`, the status bar or a box)."""
        problem = replace(self.describe(error), error=error)
        if problem.expected:
            logger.warning("%s: %s", type(error).__name__, first_line(str(error)))
        else:
            logger.error("Unexpected error", exc_info=(type(error), error, error.__traceback__))
        if on_error is not None:
            try:
                on_error(problem)
            except Exception as failure:
                if _screen_closed(failure):
                    return problem  # the screen that asked is gone (sign-out, lock): nobody to tell
                logger.exception("The error callback failed")
                self.show_problem(problem)
        elif quiet:
            self.statusMessage.emit(problem.text, 15_000)
        else:
            self.show_problem(problem)
        self.problemReported.emit(problem)
        return problem

    def show_problem(self, problem: Problem) -> None:
        """A message box over the active window (`open()`: never a nested event loop in a coroutine)."""
        parent = QApplication.activeWindow()
        box = self._box
        if box is not None and isValid(box) and box.isVisible():
            box.close()  # one box at a time: the newest problem is the one that matters
        box = QMessageBox(QMessageBox.Icon.Warning if problem.severity == "warning" else QMessageBox.Icon.Critical,
                          problem.title, problem.text, QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("problemBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        if problem.details:
            box.setDetailedText(problem.details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal if parent is not None else Qt.WindowModality.NonModal)
        self._box = box
        box.open()

    def describe(self, error: BaseException) -> Problem:
        """The one mapping from an exception to what the operator reads and does next."""
        local = self.server_kind == "local"
        if isinstance(error, errors.AuthenticationError):
            return Problem(tr("Sign in again"), tr(
                "The service did not accept the sign-in: the user name or password is not right, or the session "
                "has ended. Check the user name and password (they are case-sensitive) and sign in again."))
        if isinstance(error, errors.RateLimitError):
            minutes = max(1, math.ceil((error.retry_after or 60) / 60))
            return Problem(tr("Hourly limit reached"), tr(
                "This station has used all the calls it may make this hour. Try again in {0} minute(s); "
                "if this happens often, ask your administrator for a higher limit.").format(minutes),
                severity="warning")
        if isinstance(error, errors.SignInThrottledError):
            minutes = max(1, math.ceil((error.retry_after or 60) / 60))
            return Problem(tr("Too many wrong sign-ins"), tr(
                "The service refuses sign-ins from this computer for {0} minute(s) after too many wrong user "
                "names or passwords. Wait, then sign in with the right password; if you do not know it, ask "
                "your administrator.").format(minutes), severity="warning")
        if isinstance(error, errors.InsufficientCreditsError):
            return Problem(tr("No credits left"), tr(
                "The FaceCheck account has no identification credits left. Ask your administrator to add "
                "credits; enrolling and editing records still work."))
        if isinstance(error, errors.ValidationError):
            details = "; ".join(item.description or item.code for item in error.errors) or error.message
            return Problem(tr("Please check the details"), tr(
                "The service did not accept the data: {0}. Correct it and try again.").format(
                    details.rstrip(". ")), severity="warning")
        if isinstance(error, errors.NotFoundError):
            return Problem(tr("Not found"), tr(
                "That person or list does not exist (any more). Search again and choose it from the results."),
                severity="warning")
        if isinstance(error, errors.ServerError):
            reference = tr(" (reference {0})").format(error.trace_id) if error.trace_id else ""
            return Problem(tr("The service had a problem"), tr(
                "The face service failed while doing this{0}. Try again in a moment; if it keeps happening, "
                "tell your administrator.").format(reference))
        if isinstance(error, errors.ServiceUnreachableError):
            if local:
                text = tr("The built-in service on this computer is not answering. The station is restarting "
                          "it: wait a moment and try again.")
            else:
                text = tr("The station cannot reach the FaceCheck service. Check that this computer is "
                          "connected to the network (cable or Wi-Fi); the station keeps trying to reconnect.")
            return Problem(tr("No connection"), text, severity="warning")
        if isinstance(error, errors.RequestTimeoutError):
            return Problem(tr("No answer in time"), tr(
                "The face service took too long to answer. Try again; if the network is slow, wait a moment "
                "first."), severity="warning")
        if isinstance(error, errors.FeatureUnavailableError):
            return Problem(tr("Not available"), tr(
                "This service does not offer this feature. The built-in service has it; the hosted service "
                "does not."), severity="warning")
        if isinstance(error, errors.FaceCheckError):
            return Problem(tr("Something went wrong"), tr(
                "The face service reported a problem: {0}. Try again.").format(error.message.rstrip(". ")))
        described = error_texts.describe(error)  # the station's own errors: ui/error_texts.py registers them
        if described is not None:
            return described
        where = tr(" The details were saved in {0}.").format(self.log_path) if self.log_path else ""
        return Problem(tr("Something went wrong"), tr(
            "Something unexpected went wrong. You can keep working; if it happens again, tell your "
            "administrator.{0}").format(where), expected=False)


class BusyBar(RetranslateMixin, QWidget):
    """A thin row with a moving bar, what is going on, and Cancel; hidden while nothing long runs."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busyBar")
        self._ops = ops
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # indeterminate
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(140)
        # What runs may be a long sentence in a narrow status bar: shortened with "…", whole in its tooltip.
        self.label = ElidedLabel(self)
        self.label.setObjectName("busyLabel")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("busyCancel")
        layout.addWidget(self.bar)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.cancel_button)
        self.cancel_button.clicked.connect(ops.cancel_current)
        ops.busyChanged.connect(self._busy_changed)
        self.retranslate_ui()
        self.setVisible(False)

    def retranslate_ui(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))

    @Slot(bool, str)
    def _busy_changed(self, active: bool, text: str) -> None:
        self.label.setText(text)
        self.setVisible(active)


class LatestRequest:
    """One kind of request (a search, a page of members, a person's details) where only the newest one answers:
    starting one cancels the one before, and an answer of an older one that still arrives is dropped. It replaces
    hand-written generation counters.

        self.search = LatestRequest(self.ops)
        self.search.run(find(text), on_success=self.show_results, on_error=self.search_failed)
        self.search.cancel()   # e.g. on sign-out: nothing on its way will land
    """

    def __init__(self, ops: Operations) -> None:
        self._ops = ops
        self._generation = 0
        self._handle: OpHandle | None = None

    @property
    def handle(self) -> OpHandle | None:
        return self._handle

    @property
    def busy(self) -> bool:
        """A request is on its way."""
        handle = self._handle
        return handle is not None and not handle.done and not handle.cancelled

    def cancel(self) -> None:
        """Drop whatever is on its way (its callbacks will not run)."""
        self._generation += 1
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None

    def run(self, work: Awaitable[T], *, on_success: Callable[[T], Any] | None = None,
            on_error: Callable[[Problem], Any] | None = None, **options: Any) -> OpHandle:
        """`Operations.run_async` for the newest request; options (busy, quiet, on_cancel) as there."""
        generation = self._start()
        self._handle = self._ops.run_async(work, on_success=self._current(generation, on_success),
                                           on_error=self._current(generation, on_error), **options)
        return self._handle

    def run_blocking(self, function: Callable[..., T], *args: Any, on_success: Callable[[T], Any] | None = None,
                     on_error: Callable[[Problem], Any] | None = None, **options: Any) -> OpHandle:
        """`Operations.run_blocking` for the newest request."""
        generation = self._start()
        self._handle = self._ops.run_blocking(function, *args, on_success=self._current(generation, on_success),
                                              on_error=self._current(generation, on_error), **options)
        return self._handle

    def _start(self) -> int:
        self.cancel()
        return self._generation

    def _current(self, generation: int, callback: Callable[[Any], Any] | None) -> Callable[[Any], Any] | None:
        if callback is None:
            # No on_error: Operations shows the problem itself; keep that, but not for a superseded request.
            return None

        def answer(value: Any) -> Any:
            if generation == self._generation:
                return callback(value)
            return None

        return answer
