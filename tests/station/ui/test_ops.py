"""Operations: where work runs, where results and errors arrive, what the operator reads, cancellation, busy."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from facestation.api import errors
from facestation.station.core.camera import CameraError
from facestation.station.core.credentials import SecretStoreUnavailable
from facestation.station.core.local_service import LocalServiceError, ProvisioningError
from facestation.station.core.session import SetupError
from facestation.station.ui.ops import BusyBar, Operations, Problem


@pytest.fixture
def ops(qloop: asyncio.AbstractEventLoop) -> Any:
    operations = Operations()
    operations.log_path = "/var/log/station.log"
    yield operations
    operations.shutdown()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox):
            widget.close()


def problem_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "problemBox" and w.isVisible()]


# Each error type → what the operator reads (a sentence with what to do next), never the exception's repr.
CASES = [
    (errors.AuthenticationError("Invalid credentials", status=400), "local", "Sign in again",
     ["user name or password", "sign in again"]),
    (errors.ValidationError("bad", [errors.FieldError("NameRequired", "The name is required")]), "local",
     "Please check the details", ["The name is required", "Correct it"]),
    (errors.NotFoundError("Face record not found"), "local", "Not found", ["Search again"]),
    (errors.RateLimitError(retry_after=125), "hosted", "Hourly limit reached", ["3 minute", "this hour"]),
    (errors.InsufficientCreditsError("Insufficient credits"), "hosted", "No credits left", ["administrator"]),
    (errors.SignInThrottledError("Too many failed logins", retry_after=290), "local", "Too many wrong sign-ins",
     ["5 minute", "right password"]),
    (errors.ServerError("boom", trace_id="abc123"), "local", "The service had a problem",
     ["reference abc123", "Try again"]),
    (errors.ServiceUnreachableError("refused"), "local", "No connection", ["built-in service", "restarting"]),
    (errors.ServiceUnreachableError("refused"), "hosted", "No connection", ["network", "reconnect"]),
    (errors.RequestTimeoutError("slow"), "hosted", "No answer in time", ["Try again"]),
    (errors.FeatureUnavailableError("no search"), "hosted", "Not available", ["does not offer"]),
    (LocalServiceError("The built-in service stopped while starting (exit code 3).\nLast lines of its log: x"),
     "local", "The built-in service did not start", ["exit code 3", "open it again"]),
    (ProvisioningError("There is already an operator named 'ana': choose another name."), "local",
     "Setup did not finish", ["choose another name", "press the button again"]),
    (CameraError("No camera was found."), "local", "Camera problem", ["No camera was found", "photo or video"]),
    (SetupError("The admin PIN needs at least 4 digits."), None, "Please check the details", ["4 digits"]),
    (SecretStoreUnavailable("client-secret", OSError("dbus timeout")), "local", "The system keyring is not answering",
     ["Nothing was lost", "try again"]),
]


@pytest.mark.parametrize(("error", "kind", "title", "phrases"), CASES, ids=lambda v: type(v).__name__)
def test_every_error_type_becomes_a_sentence_with_what_to_do(ops: Operations, error: Exception, kind: str | None,
                                                             title: str, phrases: list[str]) -> None:
    ops.server_kind = kind
    problem = ops.describe(error)
    assert problem.title == title and problem.expected
    for phrase in phrases:
        assert phrase in problem.text
    assert "Error(" not in problem.text and "Traceback" not in problem.text
    if "Last lines" in str(error):
        assert "Last lines" not in problem.text and "Last lines" in problem.details  # the log tail: details only


def test_an_unexpected_error_is_generic_and_names_the_log(ops: Operations) -> None:
    problem = ops.describe(RuntimeError("internal detail"))
    assert not problem.expected and "internal detail" not in problem.text
    assert "/var/log/station.log" in problem.text


def test_results_and_errors_arrive_on_the_gui_thread(qtbot: Any, ops: Operations) -> None:
    seen: list[tuple[str, Any, str]] = []

    async def network_call() -> str:
        await asyncio.sleep(0.01)
        return "answer"

    def disk_work(value: int) -> tuple[int, str]:
        return value * 2, threading.current_thread().name

    ops.run_async(network_call(), on_success=lambda r: seen.append(("async", r, threading.current_thread().name)))
    ops.run_blocking(disk_work, 21, on_success=lambda r: seen.append(("blocking", r, threading.current_thread().name)))
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=3_000)
    results = {kind: (result, thread) for kind, result, thread in seen}
    main = threading.main_thread().name
    assert results["async"] == ("answer", main)
    (value, worker), thread = results["blocking"]
    # Its own pool, not the loop's default executor (which httpx uses to resolve names).
    assert value == 42 and worker.startswith("facestation-ops") and thread == main


def test_errors_go_to_the_callback_or_a_box_or_the_status_bar(qtbot: Any, ops: Operations) -> None:
    ops.server_kind = "hosted"
    handled: list[Problem] = []
    reported: list[Problem] = []
    ops.problemReported.connect(reported.append)

    async def fails() -> None:
        raise errors.ServiceUnreachableError("refused")

    ops.run_async(fails(), on_error=handled.append)
    qtbot.waitUntil(lambda: len(handled) == 1, timeout=3_000)
    assert isinstance(handled[0].error, errors.ServiceUnreachableError)
    assert not problem_boxes()

    with qtbot.waitSignal(ops.statusMessage, timeout=3_000) as status:
        ops.run_async(fails(), quiet=True)
    assert "cannot reach" in status.args[0]
    assert not problem_boxes()

    def broken() -> None:
        raise errors.NotFoundError("gone")

    ops.run_blocking(broken)
    qtbot.waitUntil(lambda: bool(problem_boxes()), timeout=3_000)
    box = problem_boxes()[0]
    assert box.windowTitle() == "Not found" and "Search again" in box.text()
    assert len(reported) == 3


def test_a_failing_success_callback_is_reported_not_raised(qtbot: Any, ops: Operations) -> None:
    reported: list[Problem] = []
    ops.problemReported.connect(reported.append)

    async def works() -> int:
        return 1

    ops.run_async(works(), on_success=lambda _: 1 / 0)
    qtbot.waitUntil(lambda: len(reported) == 1, timeout=3_000)
    assert not reported[0].expected and isinstance(reported[0].error, ZeroDivisionError)


def test_an_answer_for_a_closed_screen_is_dropped_not_shown(qtbot: Any, ops: Operations) -> None:
    """Sign-out or the idle lock deletes the pages while their requests are on the way: the late answer finds
    its widget gone. That is no error for the operator (found as a stray "Something unexpected" box)."""
    from PySide6.QtWidgets import QLabel
    from shiboken6 import delete

    reported: list[Problem] = []
    ops.problemReported.connect(reported.append)
    done: list[bool] = []
    label = QLabel()
    delete(label)  # the page is gone before the answer comes

    async def works() -> str:
        return "Members"

    async def fails() -> str:
        raise LocalServiceError("stopped")

    first = ops.run_async(works(), on_success=label.setText)
    second = ops.run_async(fails(), on_error=lambda problem: label.setText(problem.text))
    first.finished.connect(lambda: done.append(True))
    second.finished.connect(lambda: done.append(True))
    qtbot.waitUntil(lambda: len(done) == 2, timeout=3_000)
    assert [problem for problem in reported if not problem.expected] == []
    assert not problem_boxes()


def test_cancelling_drops_the_result_and_tells_blocking_work_to_stop(qtbot: Any, ops: Operations) -> None:
    calls: list[str] = []
    stop = threading.Event()

    handle = ops.run_async(asyncio.sleep(30), on_success=lambda _: calls.append("success"),
                           on_error=lambda _: calls.append("error"))
    handle.cancel()
    qtbot.waitUntil(lambda: handle.done, timeout=3_000)
    assert handle.cancelled and handle.future.cancelled()

    def wait_for_stop() -> str:
        stop.wait(10)
        return "finished"

    blocking = ops.run_blocking(wait_for_stop, on_success=lambda _: calls.append("success"), on_cancel=stop.set)
    blocking.cancel()
    assert stop.is_set()  # the function was told to stop
    qtbot.waitUntil(lambda: blocking.done, timeout=3_000)
    qtbot.wait(50)
    assert calls == [] and ops.running == []


def test_long_actions_show_the_busy_bar_with_cancel(qtbot: Any, ops: Operations) -> None:
    bar = BusyBar(ops)
    qtbot.addWidget(bar)
    events: list[tuple[bool, str]] = []
    ops.busyChanged.connect(lambda active, text: events.append((active, text)))

    async def quick() -> None:
        await asyncio.sleep(0.01)

    done = ops.run_async(quick(), busy="Quick")
    qtbot.waitUntil(lambda: done.done, timeout=3_000)
    qtbot.wait(400)
    assert events == []  # a moment's work: no flicker

    started = threading.Event()
    release = threading.Event()

    def slow() -> None:
        started.set()
        release.wait(10)

    handle = ops.run_blocking(slow, busy="Starting the built-in service…", on_cancel=release.set)
    qtbot.waitUntil(bar.isVisible, timeout=3_000)
    assert bar.label.text() == "Starting the built-in service…"
    assert events == [(True, "Starting the built-in service…")]
    qtbot.mouseClick(bar.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: handle.done, timeout=3_000)
    assert handle.cancelled and release.is_set()
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=3_000)
    assert events[-1] == (False, "")
