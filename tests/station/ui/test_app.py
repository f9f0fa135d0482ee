"""The station's first slice end to end: first run → sign in → main window → a service crash → sign out → exit,
with the real built-in service (a `facestation serve` child process, one recognition worker); the hosted path
against an address where nothing answers; the status bar's call gauge; the excepthook; the command line.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from facestation.api import CallBudget, RetryPolicy
from facestation.station.core.config import StationConfig
from facestation.station.core.session import secret_name
from facestation.station.core.station_log import setup_logging, teardown_logging
from facestation.station.ui import app as app_module
from facestation.station.ui.app import ExceptionHook
from facestation.station.ui.dialogs.first_run import FirstRunDialog

PASSWORD = "correct-horse-7"


def visible_problem_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "problemBox" and w.isVisible()]


def close_problem_boxes() -> None:
    for box in visible_problem_boxes():
        box.close()


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def type_into(qtbot: Any, field: Any, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


@pytest.mark.slow
def test_first_run_sign_in_and_reconnect_with_the_built_in_service(
        qtbot: Any, make_session: Any, make_station: Any, run_coro: Any, station_paths: dict[str, Path]) -> None:
    session = make_session()
    station = make_station(session)
    station.start()
    assert station.state == "first-run"
    dialog = station.first_run_dialog
    qtbot.waitExposed(dialog)

    # Two big choices; the built-in service is the default (it has the focus, Enter picks it).
    assert dialog.pages.currentIndex() == FirstRunDialog.PAGE_CHOICE
    assert dialog.focusWidget() is dialog.local_choice
    qtbot.mouseClick(dialog.local_choice, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == FirstRunDialog.PAGE_LOCAL

    # Mistakes are said on the form, on the field concerned.
    type_into(qtbot, dialog.username, "reception")
    type_into(qtbot, dialog.password, PASSWORD)
    type_into(qtbot, dialog.password_repeat, PASSWORD + "x")
    type_into(qtbot, dialog.local_pin, "2468")
    type_into(qtbot, dialog.local_pin_repeat, "2468")
    qtbot.mouseClick(dialog.local_submit, Qt.MouseButton.LeftButton)
    assert "not the same" in dialog.local_error.text() and dialog.local_error.isVisible()
    assert dialog.password_repeat.property("invalid") is True
    type_into(qtbot, dialog.password_repeat, PASSWORD)
    type_into(qtbot, dialog.local_pin_repeat, "24")
    qtbot.mouseClick(dialog.local_submit, Qt.MouseButton.LeftButton)
    assert "PIN" in dialog.local_error.text()
    type_into(qtbot, dialog.local_pin_repeat, "2468")

    # The real thing: provisioning and the service start run in a worker; the GUI keeps running meanwhile.
    qtbot.mouseClick(dialog.local_submit, Qt.MouseButton.LeftButton)
    assert not dialog.local_submit.isEnabled()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == FirstRunDialog.PAGE_DONE, timeout=90_000)
    assert session.service is not None and session.service.running
    assert "reception" in dialog.done_text.text()
    # No keyring in the tests: the secret went to the encrypted file, and the page says so visibly.
    assert dialog.secrets_warning.isVisible() and "encrypted file" in dialog.secrets_warning.text()
    assert not dialog.password.text() and not dialog.local_pin.text()  # no secret left in the widgets
    saved = json.loads(station_paths["config"].read_text())
    assert (saved["server_kind"], saved["client_id"], saved["operator_username"]) == (
        "local", "facestation-station", "reception")
    assert saved["admin_pin_hash"].startswith("$argon2") and "2468" not in station_paths["config"].read_text()
    assert session.secrets.get(secret_name("local"))
    assert (station_paths["secrets"] / "secrets.enc").exists()

    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    assert station.state == "sign-in"
    sign_in = station.sign_in_dialog
    qtbot.waitExposed(sign_in)
    assert sign_in.username.text() == "reception"  # the operator just created
    qtbot.waitUntil(sign_in.sign_in_button.isEnabled, timeout=5_000)

    # A wrong password: the dialog stays, with a message that says what to do.
    type_into(qtbot, sign_in.password, "wrong-password")
    qtbot.mouseClick(sign_in.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(sign_in.message.isVisible, timeout=10_000)
    assert "not right" in sign_in.message.text()
    assert station.state == "sign-in" and sign_in.isVisible() and not session.signed_in
    assert sign_in.password.text() == ""
    assert not visible_problem_boxes()  # said on the dialog, not in a box

    type_into(qtbot, sign_in.password, PASSWORD)
    qtbot.keyClick(sign_in.password, Qt.Key.Key_Return)  # Enter signs in
    qtbot.waitUntil(lambda: station.state == "main", timeout=10_000)
    window = station.main_window
    qtbot.waitExposed(window)
    assert not sign_in.isVisible()
    assert window.operator_label.text() == "Operator: reception"
    assert window.connection_state == "ok" and "connected" in window.connection_label.text()
    assert "Built-in service" in window.connection_label.text()
    assert window.expiry_label.isVisible() and "renews" in window.expiry_label.text()
    assert window.budget_level == "ok"
    # The page in front owns the camera (none on this machine: it says so and offers files).
    assert window.current_page_name == "enrol"
    qtbot.waitUntil(lambda: window.page_widgets["enrol"].capture.view.no_camera, timeout=15_000)
    qtbot.mouseClick(window.nav_buttons["verify"], Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.page_widgets["verify"]
    qtbot.waitUntil(lambda: window.page_widgets["verify"].capture.view.no_camera, timeout=15_000)

    # Calls go through the client and show in the gauge (via the budget's listener).
    lists = run_coro(session.client.lists.all())
    assert lists == []
    qtbot.waitUntil(lambda: window.budget_gauge.value() >= 1, timeout=5_000)

    # The service dies: the status bar says so, the station restarts it, and the session goes on.
    old_pid = session.service.pid
    os.kill(old_pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: not session.service.running, timeout=5_000)
    station.check_connection()
    qtbot.waitUntil(lambda: window.connection_state == "unreachable", timeout=5_000)
    assert "restarting" in window.connection_label.text()
    qtbot.waitUntil(lambda: window.connection_state == "ok", timeout=60_000)
    assert session.service.running and session.service.pid != old_pid
    assert run_coro(session.client.lists.all()) == []  # same address, same token: still signed in
    assert station.state == "main" and session.signed_in

    # Sign-out clears the operator and goes back to the sign-in, ready for the next operator.
    qtbot.mouseClick(window.sign_out_button, Qt.MouseButton.LeftButton)
    assert station.state == "sign-in" and station.main_window is None
    qtbot.waitUntil(lambda: not session.signed_in, timeout=5_000)
    assert sign_in.isVisible() and "signed out" in sign_in.message.text()
    assert sign_in.password.text() == ""

    # Quitting stops the built-in service.
    service = session.service
    pid = service.pid
    sign_in.reject()
    assert station.state == "closed"
    run_coro(station.shutdown(), timeout=30)
    assert not service.running and session.service is None
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_hosted_first_run_and_an_unreachable_service(qtbot: Any, make_session: Any, make_station: Any,
                                                     station_paths: dict[str, Path]) -> None:
    session = make_session(client_options={"retry": RetryPolicy(attempts=1), "connect_timeout": 2.0})
    station = make_station(session)
    station.start()
    dialog = station.first_run_dialog
    qtbot.mouseClick(dialog.hosted_choice, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == FirstRunDialog.PAGE_HOSTED
    assert dialog.endpoint.text() == "https://neocheck.net/api"  # prefilled

    qtbot.mouseClick(dialog.hosted_submit, Qt.MouseButton.LeftButton)
    assert "client id" in dialog.hosted_error.text() and dialog.client_id.property("invalid") is True

    endpoint = f"http://127.0.0.1:{closed_port()}/api"
    type_into(qtbot, dialog.endpoint, endpoint)
    type_into(qtbot, dialog.client_id, "frontdesk")
    type_into(qtbot, dialog.client_secret, "s3cret-from-facecheck")
    type_into(qtbot, dialog.hosted_pin, "97531")
    type_into(qtbot, dialog.hosted_pin_repeat, "97531")
    qtbot.mouseClick(dialog.hosted_submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == FirstRunDialog.PAGE_DONE, timeout=10_000)
    assert endpoint in dialog.done_text.text() and dialog.secrets_warning.isVisible()
    config = StationConfig.load(station_paths["config"])
    assert (config.server_kind, config.hosted_endpoint, config.client_id) == ("hosted", endpoint, "frontdesk")
    assert config.check_admin_pin("97531")
    assert session.secrets.get(secret_name("hosted")) == "s3cret-from-facecheck"

    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    sign_in = station.sign_in_dialog
    assert endpoint in sign_in.server_line.text()
    qtbot.waitUntil(sign_in.sign_in_button.isEnabled, timeout=5_000)
    type_into(qtbot, sign_in.username, "reception")
    type_into(qtbot, sign_in.password, "whatever")
    qtbot.mouseClick(sign_in.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(sign_in.message.isVisible, timeout=10_000)
    assert "cannot reach" in sign_in.message.text() and "network" in sign_in.message.text()
    assert station.state == "sign-in" and sign_in.isVisible()


def test_a_configured_station_starts_at_the_sign_in(qtbot: Any, make_session: Any, make_station: Any) -> None:
    first = make_session()
    first.setup_hosted(f"http://127.0.0.1:{closed_port()}/api", "frontdesk", "secret", admin_pin="1234")
    session = make_session()  # a new start reads what the first run saved
    assert session.configured and session.kind == "hosted"
    station = make_station(session)
    station.start()
    assert station.state == "sign-in" and station.first_run_dialog is None
    qtbot.waitUntil(station.sign_in_dialog.sign_in_button.isEnabled, timeout=5_000)
    assert "Connected" in station.sign_in_dialog.service_state.text()


def test_status_bar_gauge_follows_the_budget_from_any_thread(qtbot: Any, qloop: Any, make_session: Any,
                                                            station_paths: dict[str, Path]) -> None:
    from facestation.station.ui.main_window import MainWindow
    from facestation.station.ui.ops import Operations

    budget = CallBudget(limit_per_hour=20, state_dir=station_paths["budget"])
    session = make_session(budget=budget)
    session.setup_hosted(f"http://127.0.0.1:{closed_port()}/api", "frontdesk", "secret", admin_pin="1234")
    ops = Operations()
    window = MainWindow(session, ops)
    qtbot.addWidget(window)
    window.attach_budget()
    window.set_connection("unreachable")
    assert "FaceCheck service: no connection" in window.connection_label.text()
    assert window.connection_label.property("state") == "unreachable"

    def spend(count: int) -> None:
        worker = threading.Thread(target=lambda: [budget.reserve() for _ in range(count)])
        worker.start()
        worker.join()

    spend(10)  # 50 %
    qtbot.waitUntil(lambda: window.budget_gauge.value() == 10, timeout=3_000)
    assert window.budget_level == "ok" and window.budget_gauge.maximum() == 20
    spend(6)  # 80 %
    qtbot.waitUntil(lambda: window.budget_gauge.value() == 16, timeout=3_000)
    assert window.budget_level == "amber"
    spend(3)  # 95 %
    qtbot.waitUntil(lambda: window.budget_gauge.value() == 19, timeout=3_000)
    assert window.budget_level == "red"
    assert "19 of 20" in window.budget_gauge.toolTip()
    window.clear_personal_data()  # sign-out stops following the budget
    spend(1)
    qtbot.wait(50)
    assert window.budget_gauge.value() == 19
    ops.shutdown()


@pytest.mark.qt_no_exception_capture
def test_the_excepthook_logs_and_shows_a_readable_message(qtbot: Any, qloop: Any, tmp_path: Path) -> None:
    import qasync

    log_path = setup_logging(tmp_path / "log")
    hook = ExceptionHook(log_path)
    hook.install()
    try:
        # An error in a Qt slot.
        def broken_slot() -> None:
            raise ZeroDivisionError("slot went wrong")

        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: hook.count == 1, timeout=3_000)
        qtbot.waitUntil(lambda: bool(visible_problem_boxes()), timeout=3_000)
        box = visible_problem_boxes()[0]
        assert "Something unexpected went wrong" in box.text() and str(log_path) in box.text()
        assert "Traceback" not in box.text() and "ZeroDivisionError" not in box.text()
        close_problem_boxes()

        # An error in a qasync asyncSlot goes to the same hook.
        class Button(QObject):
            @qasync.asyncSlot()
            async def clicked(self) -> None:
                raise KeyError("async slot went wrong")

        button = Button()
        button.clicked()
        qtbot.waitUntil(lambda: hook.count == 2, timeout=3_000)

        # An error in a worker thread: logged there, shown on the GUI thread.
        worker = threading.Thread(target=lambda: 1 / 0, name="broken-worker")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: hook.count == 3, timeout=3_000)
        qtbot.waitUntil(lambda: bool(visible_problem_boxes()), timeout=3_000)

        text = log_path.read_text(encoding="utf-8")
        assert text.count("Unhandled exception") == 3
        assert "Traceback" in text and "slot went wrong" in text and "async slot went wrong" in text
        assert "broken-worker" in text or "ZeroDivisionError: division by zero" in text
        assert QApplication.instance() is not None  # still running
    finally:
        hook.uninstall()
        close_problem_boxes()
        teardown_logging()


def test_the_command_line_reaches_the_station(monkeypatch: pytest.MonkeyPatch) -> None:
    from facestation import cli

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(app_module, "run", lambda **kwargs: calls.append(kwargs) or 0)
    assert cli.main(["--kiosk", "--camera", "0"]) == 0
    assert cli.main([]) == 0
    assert calls == [{"camera": "0", "kiosk": True}, {"camera": None, "kiosk": False}]


def test_help_stays_quick_without_qt() -> None:
    probe = ("import sys; from facestation.cli import build_parser; build_parser().format_help(); "
             "print(any(name.startswith('PySide6') for name in sys.modules))")
    completed = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60,
                               check=True)
    assert completed.stdout.strip() == "False"
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "facestation", "--help"], capture_output=True, timeout=60, check=True)
    assert time.perf_counter() - started < 10


def kiosk_pin_prompt() -> Any:
    """The visible admin PIN prompt (the PinDialog every PIN question uses), or None."""
    from facestation.station.ui.dialogs.pin import PinDialog

    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, PinDialog) and w.isVisible()]
    return found[0] if found else None


def answer_pin(qtbot: Any, dialog: Any, pin: str) -> None:
    before = dialog.gate.wrong_tries
    type_into(qtbot, dialog.gate.pin, pin)
    qtbot.keyClick(dialog.gate.pin, Qt.Key.Key_Return)
    from shiboken6 import isValid

    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible()  # the right PIN closes (and deletes) it
                    or (not dialog.gate.checking and dialog.gate.wrong_tries == before + 1), timeout=10_000)


def test_kiosk_mode_is_full_screen_and_closing_needs_the_admin_pin(qtbot: Any, make_session: Any,
                                                                   make_station: Any) -> None:
    session = make_session()
    session.setup_hosted(f"http://127.0.0.1:{closed_port()}/api", "frontdesk", "secret", admin_pin="2468")
    station = make_station(session, kiosk=True, camera="/photos/visitor.jpg")
    station.show_main_window()  # as after a sign-in
    window = station.main_window
    qtbot.waitExposed(window)
    assert window.isFullScreen()
    assert "/photos/visitor.jpg" in window.camera_label.toolTip()

    window.close()
    qtbot.waitUntil(lambda: kiosk_pin_prompt() is not None, timeout=3_000)
    assert window.isVisible() and station.state == "main"
    dialog = kiosk_pin_prompt()
    assert dialog.gate.intro.text() == "Type the admin PIN to close the station."
    answer_pin(qtbot, dialog, "1111")
    assert dialog.gate.message.text() == "That PIN is not right. Type it again."
    assert station.state == "main" and window.isVisible()
    qtbot.mouseClick(dialog.gate.cancel_button, Qt.MouseButton.LeftButton)

    window.close()
    qtbot.waitUntil(lambda: kiosk_pin_prompt() is not None, timeout=3_000)
    answer_pin(qtbot, kiosk_pin_prompt(), "2468")
    qtbot.waitUntil(lambda: station.state == "closed", timeout=5_000)
    assert station.main_window is None


def test_the_kiosk_quit_prompt_is_throttled_like_every_pin_prompt(qtbot: Any, make_session: Any,
                                                                  make_station: Any) -> None:
    from facestation.station.core.pin_throttle import FREE_TRIES

    session = make_session()
    session.setup_hosted(f"http://127.0.0.1:{closed_port()}/api", "frontdesk", "secret", admin_pin="2468")
    station = make_station(session, kiosk=True)
    station.show_main_window()
    window = station.main_window
    qtbot.waitExposed(window)
    window.close()
    qtbot.waitUntil(lambda: kiosk_pin_prompt() is not None, timeout=3_000)
    dialog = kiosk_pin_prompt()
    for _ in range(FREE_TRIES):
        answer_pin(qtbot, dialog, "1111")
    assert dialog.gate.message.text() == "That PIN is not right. Wait 30 seconds before trying again."
    qtbot.mouseClick(dialog.gate.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk_pin_prompt() is None, timeout=3_000)

    window.close()  # Cancel and try again: no new free tries
    qtbot.waitUntil(lambda: kiosk_pin_prompt() is not None, timeout=3_000)
    again = kiosk_pin_prompt()
    assert not again.gate.pin.isEnabled() and "before trying again" in again.gate.message.text()
    again.gate.pin.setText("2468")
    again.gate.submit()  # even the right PIN waits
    assert not again.gate.checking and station.state == "main"


def test_a_service_that_does_not_start_is_said_on_the_sign_in_with_a_retry(
        qtbot: Any, make_session: Any, make_station: Any) -> None:
    from facestation.station.core.local_service import LocalServiceError, StationAccount

    attempts: list[int] = []

    class FlakyService:
        base_url: str | None = None
        running = False

        def __init__(self, data_dir: Path) -> None:
            pass

        def start(self, timeout: float = 90) -> str:
            attempts.append(1)
            if len(attempts) == 1:
                raise LocalServiceError("The built-in service stopped while starting (exit code 3).")
            self.running = True
            self.base_url = f"http://127.0.0.1:{closed_port()}/api"
            return self.base_url

        def stop(self, timeout: float = 15) -> None:
            self.running = False

    session = make_session(service_factory=FlakyService,
                           provision=lambda data_dir, **kw: StationAccount(kw["client_id"], "secret"))
    session.config.server_kind, session.config.client_id = "local", "facestation-station"
    session.secrets.set(secret_name("local"), "secret")
    station = make_station(session)
    station.start()
    sign_in = station.sign_in_dialog
    qtbot.waitUntil(sign_in.retry_button.isVisible, timeout=5_000)
    assert "did not start" not in sign_in.message.text()  # the sentence, not the title
    assert "exit code 3" in sign_in.message.text() and "open it again" in sign_in.message.text()
    assert not sign_in.sign_in_button.isEnabled()
    qtbot.mouseClick(sign_in.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(sign_in.sign_in_button.isEnabled, timeout=5_000)
    assert len(attempts) == 2 and not sign_in.retry_button.isVisible() and not sign_in.message.isVisible()
    assert "Connected" in sign_in.service_state.text()


def test_escape_never_quits_the_station_by_accident(qtbot: Any, make_session: Any, make_station: Any) -> None:
    session = make_session()
    station = make_station(session)
    station.start()
    dialog = station.first_run_dialog
    qtbot.mouseClick(dialog.hosted_choice, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.pages.currentIndex() == FirstRunDialog.PAGE_CHOICE and station.state == "first-run"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and station.state == "first-run"

    session.setup_hosted(f"http://127.0.0.1:{closed_port()}/api", "frontdesk", "secret", admin_pin="1234")
    dialog.accept()
    sign_in = station.sign_in_dialog
    qtbot.keyClick(sign_in, Qt.Key.Key_Escape)
    assert sign_in.isVisible() and station.state == "sign-in"
    qtbot.mouseClick(sign_in.quit_button, Qt.MouseButton.LeftButton)
    assert station.state == "closed"
