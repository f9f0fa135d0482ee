"""A receptionist's first sitting, end to end, as the issue describes it: first run → sign in → a list → enrol with
auto-capture → verify a match → verify a non-match → 1:N → edit → delete, on the real built-in service that the
station starts itself (a `facestation serve` child process with its own SQLite database), with a fake camera that
replays pictures (`support.Stage`: the test swaps who stands in front of it).

Only the operator's actions are scripted: clicks and typing on the widgets, as a person would do them."""

from __future__ import annotations

import logging
import os
import signal
import uuid
from typing import Any

import cv2
import pytest
from PySide6.QtCore import Qt

from facestation.api import errors
from facestation.station.core.verification import VerifyMode
from facestation.station.ui.dialogs.first_run import FirstRunDialog
from facestation.station.ui.widgets.result_card import Verdict
from facestation.vision.faces import BGRImage
from tests.station.support import Stage, wait_until

PASSWORD = "correct-horse-7"
STEP_TIMEOUT = 60.0


def type_into(qtbot: Any, field: Any, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


def click(qtbot: Any, button: Any) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.mark.slow
def test_first_sitting_enrol_verify_identify_edit_delete(
        qtbot: Any, make_session: Any, make_station: Any, run_coro: Any, compliant_portrait: BGRImage,
        astronaut: BGRImage, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    stage = Stage(compliant_portrait)  # Grace stands in front of the camera
    session = make_session()
    station = make_station(session, camera_source=lambda: stage.camera)
    station.start()

    # -- first run: the default choice, an operator, a PIN ---------------------------------------------------
    dialog = station.first_run_dialog
    qtbot.waitExposed(dialog)
    click(qtbot, dialog.local_choice)
    type_into(qtbot, dialog.username, "reception")
    type_into(qtbot, dialog.password, PASSWORD)
    type_into(qtbot, dialog.password_repeat, PASSWORD)
    type_into(qtbot, dialog.local_pin, "2468")
    type_into(qtbot, dialog.local_pin_repeat, "2468")
    click(qtbot, dialog.local_submit)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == FirstRunDialog.PAGE_DONE, timeout=90_000)
    click(qtbot, dialog.continue_button)

    # -- sign in -----------------------------------------------------------------------------------------
    sign_in = station.sign_in_dialog
    qtbot.waitUntil(sign_in.sign_in_button.isEnabled, timeout=30_000)
    type_into(qtbot, sign_in.password, PASSWORD)
    qtbot.keyClick(sign_in.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: station.state == "main", timeout=15_000)
    window = station.main_window
    qtbot.waitExposed(window)
    client = session.client

    # -- a list for the members (Lists page) -----------------------------------------------------------------
    click(qtbot, window.nav_buttons["lists"])
    lists_page = window.page_widgets["lists"]
    new_list = lists_page.new_list()
    type_into(qtbot, new_list.name, "Members")
    type_into(qtbot, new_list.description, "Everyone with a membership")
    click(qtbot, new_list.ok_button)
    wait_until(lambda: any(item.name == "Members" for item in lists_page.lists), STEP_TIMEOUT)
    members_id = next(item.identifier for item in lists_page.lists if item.name == "Members")

    # -- enrol Grace: the camera auto-captures, the operator types and presses Enrol ----------------------------
    click(qtbot, window.nav_buttons["enrol"])
    enrol = window.page_widgets["enrol"]
    wait_until(lambda: "fps" in window.camera_label.text(), STEP_TIMEOUT)  # the status bar shows the camera
    wait_until(lambda: enrol.capture.capture is not None, STEP_TIMEOUT)  # auto-capture, nobody pressed a key
    assert enrol.capture.capture.manual is False
    wait_until(lambda: any(item.identifier == members_id for item in enrol.lists), STEP_TIMEOUT)
    number = f"M-{uuid.uuid4().hex[:6]}"
    type_into(qtbot, enrol.form.name, "Grace")
    type_into(qtbot, enrol.form.surname1, "Hopper")
    type_into(qtbot, enrol.form.external_identifier, number)
    qtbot.keyClick(enrol.form.external_identifier, Qt.Key.Key_Return)  # the scanner's Enter does not submit
    assert run_coro(client.records.search(number)).total == 0
    enrol.form.set_checked_lists([members_id])
    click(qtbot, enrol.enrol_button)
    wait_until(lambda: "is enrolled" in enrol.confirmation.text() and enrol.confirmation.isVisible(),
               STEP_TIMEOUT)
    grace = run_coro(client.records.get_by_external_id(number))
    assert (grace.name, grace.surname1, grace.enabled) == ("Grace", "Hopper", True)
    assert [r.identifier for r in run_coro(client.lists.members(members_id)).records] == [grace.identifier]
    assert enrol.form.name.text() == ""  # ready for the next person

    # A second person, enrolled earlier by someone else (the astronaut), for the non-match.
    ok, astronaut_jpeg = cv2.imencode(".jpg", astronaut)
    other_number = f"M-{uuid.uuid4().hex[:6]}"
    run_coro(client.records.create(face_image=astronaut_jpeg.tobytes(), name="Eileen", surname1="Collins",
                                   external_identifier=other_number), timeout=30)

    # -- verify Grace against her own record: Match ---------------------------------------------------------
    click(qtbot, window.nav_buttons["verify"])
    verify = window.page_widgets["verify"]
    assert verify.mode is VerifyMode.PERSON
    type_into(qtbot, verify.number_field, number)
    qtbot.keyClick(verify.number_field, Qt.Key.Key_Return)
    wait_until(lambda: verify.showing_result, STEP_TIMEOUT)
    assert verify.card.verdict is Verdict.MATCH
    assert verify.card.person_name.text() == "Grace Hopper"

    # -- Grace against Eileen's record: No match --------------------------------------------------------------
    click(qtbot, verify.card.next_button)
    wait_until(lambda: not verify.showing_result, STEP_TIMEOUT)
    type_into(qtbot, verify.number_field, other_number)
    qtbot.keyClick(verify.number_field, Qt.Key.Key_Return)
    wait_until(lambda: verify.showing_result, STEP_TIMEOUT)
    assert verify.card.verdict is Verdict.NO_MATCH

    # -- 1:N in Members: the station names her --------------------------------------------------------------
    click(qtbot, verify.card.next_button)
    click(qtbot, verify.mode_buttons[VerifyMode.LIST])
    wait_until(lambda: verify.lists_loaded, STEP_TIMEOUT)
    assert verify.select_list(members_id)
    wait_until(lambda: verify.showing_result, STEP_TIMEOUT)
    assert verify.card.verdict is Verdict.MATCH and verify.card.person_name.text() == "Grace Hopper"

    # -- Records: find her, correct the surname, then delete her --------------------------------------------
    click(qtbot, window.nav_buttons["records"])
    records = window.page_widgets["records"]
    type_into(qtbot, records.search_field, "Hopper")
    qtbot.keyClick(records.search_field, Qt.Key.Key_Return)
    wait_until(lambda: records.record is not None and records.record.identifier == grace.identifier, STEP_TIMEOUT)
    records.start_edit()
    wait_until(lambda: records.editing, STEP_TIMEOUT)
    type_into(qtbot, records.form.surname1, "Hopper-Murray")
    records.save_edit()
    wait_until(lambda: not records.editing and not records.busy, STEP_TIMEOUT)
    assert run_coro(client.records.get(grace.identifier)).surname1 == "Hopper-Murray"

    box = records.ask_delete()
    assert "Grace Hopper-Murray" in box.text()
    click(qtbot, box.delete_button)
    wait_until(lambda: records.record is None and not records.busy, STEP_TIMEOUT)
    with pytest.raises(errors.NotFoundError):
        run_coro(client.records.get(grace.identifier))

    # -- the service dies: a readable line, the station restarts it, the next try works -----------------------
    click(qtbot, window.nav_buttons["verify"])
    click(qtbot, verify.mode_buttons[VerifyMode.PERSON])
    os.kill(session.service.pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: not session.service.running, timeout=5_000)
    type_into(qtbot, verify.number_field, other_number)
    qtbot.keyClick(verify.number_field, Qt.Key.Key_Return)
    wait_until(lambda: verify.number_error.isVisible(), STEP_TIMEOUT)
    assert "built-in service" in verify.number_error.text() and "try again" in verify.number_error.text()
    assert "Traceback" not in verify.number_error.text()
    wait_until(lambda: window.connection_state == "ok" and session.service.running, 90)
    qtbot.keyClick(verify.number_field, Qt.Key.Key_Return)
    wait_until(lambda: verify.expected_person is not None, STEP_TIMEOUT)
    assert verify.expected_person.name == "Eileen"

    # -- sign-out leaves nothing personal behind; the log never held a name, number or token ------------------
    tokens = client.tokens
    assert tokens is not None
    logged = caplog.text
    for secret in ("Grace", "Hopper", "Eileen", "Collins", number, other_number, tokens.access_token,
                   tokens.refresh_token, PASSWORD):
        assert secret not in logged
    click(qtbot, window.sign_out_button)
    assert station.state == "sign-in" and station.main_window is None


def test_settings_behind_the_pin_take_effect_and_the_idle_lock_signs_out(
        qtbot: Any, shared_service: dict[str, Any], make_session: Any, make_station: Any,
        compliant_portrait: BGRImage) -> None:
    from PySide6.QtWidgets import QApplication

    from facestation.station.core.session import secret_name
    from facestation.station.ui.theme import apply_theme
    from tests.station.conftest import SharedService

    session = make_session(service_factory=lambda _data_dir: SharedService(shared_service["service"]))
    session.secrets.set(secret_name("local"), shared_service["client_secret"])
    session.config.client_id = shared_service["client_id"]
    session.config.server_kind = "local"
    session.config.operator_username = shared_service["username"]
    session.config.set_admin_pin("2468")
    stage = Stage(compliant_portrait)
    station = make_station(session, camera_source=lambda: stage.camera)
    station.start()
    sign_in = station.sign_in_dialog
    qtbot.waitUntil(sign_in.sign_in_button.isEnabled, timeout=30_000)
    type_into(qtbot, sign_in.password, shared_service["password"])
    qtbot.keyClick(sign_in.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: station.state == "main", timeout=15_000)
    window = station.main_window
    assert station.idle.watching and station.idle.seconds == 300

    # Settings: the PIN first, then the idle time (minutes) and the theme; Save applies them at once.
    click(qtbot, window.settings_button)
    dialog = station.settings_dialog
    qtbot.waitExposed(dialog)
    type_into(qtbot, dialog.gate.pin, "1111")
    qtbot.keyClick(dialog.gate.pin, Qt.Key.Key_Return)
    qtbot.wait(1500)
    assert not dialog.unlocked
    type_into(qtbot, dialog.gate.pin, "2468")
    qtbot.keyClick(dialog.gate.pin, Qt.Key.Key_Return)
    wait_until(lambda: dialog.unlocked, 15)
    dialog.show_section("times")
    dialog.idle_lock.setValue(1)
    dialog.show_section("appearance")
    dialog.theme.setCurrentIndex(dialog.theme.findData("high-contrast"))
    try:
        dialog.save()
        wait_until(lambda: station.settings_dialog is None or not dialog.isVisible(), 15)
        assert session.config.theme == "high-contrast" and session.config.idle_lock_seconds == 60
        assert station.idle.seconds == 60
        assert "#000000" in QApplication.instance().styleSheet()
    finally:
        apply_theme(QApplication.instance(), "light")

    # Nobody touches the station: it signs out by itself and says why.
    enrol = window.page_widgets["enrol"]
    wait_until(lambda: enrol.capture.capture is not None, STEP_TIMEOUT)
    station.idle.set_timeout(1)  # a minute is the smallest setting: the test does not wait that long
    qtbot.waitUntil(lambda: station.state == "sign-in", timeout=5_000)
    assert station.main_window is None
    assert "locked itself" in sign_in.message.text() and sign_in.isVisible()
    assert enrol.capture.capture is None and not enrol.capture.bridge.running


def test_change_server_from_the_settings_closes_the_session_and_runs_the_first_run_again(
        qtbot: Any, shared_service: dict[str, Any], make_session: Any, make_station: Any, tmp_path: Any) -> None:
    from facestation.station.core.audit import AuditLog
    from facestation.station.core.session import secret_name
    from tests.station.conftest import SharedService

    session = make_session(service_factory=lambda _data_dir: SharedService(shared_service["service"]))
    session.secrets.set(secret_name("local"), shared_service["client_secret"])
    session.config.client_id = shared_service["client_id"]
    session.config.server_kind = "local"
    session.config.operator_username = shared_service["username"]
    session.config.set_admin_pin("2468")
    station = make_station(session, audit_path=tmp_path / "audit.sqlite3")
    station.start()
    sign_in = station.sign_in_dialog
    qtbot.waitUntil(sign_in.sign_in_button.isEnabled, timeout=30_000)
    type_into(qtbot, sign_in.password, shared_service["password"])
    qtbot.keyClick(sign_in.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: station.state == "main", timeout=15_000)
    wait_until(lambda: station.context.outbox is not None, STEP_TIMEOUT)

    click(qtbot, station.main_window.settings_button)
    dialog = station.settings_dialog
    type_into(qtbot, dialog.gate.pin, "2468")
    qtbot.keyClick(dialog.gate.pin, Qt.Key.Key_Return)
    wait_until(lambda: dialog.unlocked, 15)
    dialog.show_section("server")
    click(qtbot, dialog.change_server_button)
    qtbot.waitUntil(lambda: station.state == "first-run", timeout=10_000)
    assert station.main_window is None and station.first_run_dialog.isVisible()
    wait_until(lambda: station.context.outbox is None and station.context.replay is None, STEP_TIMEOUT)
    station.context.close_audit()
    with AuditLog(tmp_path / "audit.sqlite3") as log:
        assert [entry.action for entry in log.entries()] == ["sign_in", "sign_out"]


def test_a_damaged_activity_log_is_set_aside_and_the_station_keeps_working(tmp_path: Any) -> None:
    from facestation.station.ui.app import open_activity_log

    path = tmp_path / "audit.sqlite3"
    path.write_bytes(b"not a database " * 20)
    log, kept = (opened := open_activity_log(path)).log, opened.kept
    assert log is not None
    try:
        assert kept is not None and kept.read_bytes() == b"not a database " * 20
        assert ".damaged-" in kept.name
        log.append("sign_in", operator="reception")
        assert [entry.action for entry in log.entries()] == ["sign_in"] and log.verify().ok
    finally:
        log.close()
    again = open_activity_log(path)
    assert again.log is not None and again.kept is None and len(again.log.entries()) == 1
    again.log.close()
