"""Issue 6 end to end: the built-in service stops in the middle of the work and starts again. What the operator
did meanwhile waits in the encrypted outbox ("Pending: N" in the status bar) and reaches the service exactly once
when it is back; verifying says it needs the service; the activity log holds every action, chained, without a
name. The service is the real one the station started (`facestation serve`), stopped and started again."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from facestation.station.core.audit import AuditLog
from facestation.vision.faces import BGRImage
from tests.station.support import Stage, wait_until

PASSWORD = "correct-horse-7"
STEP_TIMEOUT = 60.0


def type_into(qtbot: Any, field: Any, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


@pytest.mark.slow
def test_the_service_stops_mid_flow_and_the_changes_arrive_once_when_it_is_back(
        qtbot: Any, make_session: Any, make_station: Any, run_coro: Any, compliant_portrait: BGRImage,
        tmp_path: Path) -> None:
    audit_path = tmp_path / "audit.sqlite3"
    session = make_session()
    session.setup_local("reception", PASSWORD, admin_pin="2468")  # the first run, without its screens
    stage = Stage(compliant_portrait)
    station = make_station(session, camera_source=lambda: stage.camera, audit_path=audit_path)
    station.start()
    sign_in = station.sign_in_dialog
    qtbot.waitUntil(sign_in.sign_in_button.isEnabled, timeout=60_000)
    type_into(qtbot, sign_in.password, PASSWORD)
    qtbot.keyClick(sign_in.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: station.state == "main", timeout=15_000)
    window = station.main_window
    wait_until(lambda: station.context.outbox is not None, STEP_TIMEOUT)
    enrol = window.page_widgets["enrol"]
    wait_until(lambda: enrol.capture.capture is not None, STEP_TIMEOUT)

    # -- the service stops: the enrolment is kept on the station --------------------------------------------
    service = session.service
    service.stop()
    type_into(qtbot, enrol.form.name, "Offline")
    type_into(qtbot, enrol.form.surname1, "Person")
    qtbot.mouseClick(enrol.enrol_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: "saved on this station" in enrol.confirmation.text(), STEP_TIMEOUT)
    wait_until(lambda: window.outbox_counts == (1, 0) and window.pending_button.isVisible(), STEP_TIMEOUT)
    assert "Pending: 1" in window.pending_button.text()
    item = station.context.outbox.pending()[0]
    number = item.payload["external_identifier"]
    assert number.startswith("FS-")

    # Verifying needs the service: the page says so and sends nothing.
    station.check_connection()
    wait_until(lambda: not station.context.online, STEP_TIMEOUT)
    window.nav_buttons["verify"].click()
    verify = window.page_widgets["verify"]
    wait_until(lambda: verify.offline_label.isVisible(), STEP_TIMEOUT)
    assert "No connection" in verify.offline_label.text()

    # -- the service starts again: the queue empties by itself, exactly once --------------------------------
    started = time.monotonic()
    service.start()
    wait_until(lambda: window.outbox_counts == (0, 0), STEP_TIMEOUT)
    recovered = time.monotonic() - started
    assert not window.pending_button.isVisible()
    record = run_coro(session.client.records.get_by_external_id(number))
    assert (record.name, record.surname1) == ("Offline", "Person")
    assert run_coro(session.client.records.search("Person")).total == 1
    wait_until(lambda: station.context.online and not verify.offline_label.isVisible(), STEP_TIMEOUT)
    print(f"queue empty {recovered:.1f} s after the service was started again")

    # -- the activity log: every action, chained, nothing personal ------------------------------------------
    window.sign_out_button.click()
    station.context.close_audit()
    log = AuditLog(audit_path)
    actions = [entry.action for entry in log.entries()]
    assert actions[0] == "sign_in" and actions[-1] == "sign_out" and "enrol" in actions
    assert all(entry.operator == "reception" for entry in log.entries())
    assert log.verify().ok
    raw = audit_path.read_bytes()
    assert b"Offline" not in raw and b"Person" not in raw and number.encode() not in raw
    log.close()
