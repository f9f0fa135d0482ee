"""The whole desk flow with the keyboard alone: sign in, enrol a person, verify them, get ready for the next one.

The real station (its sign-in dialog and main window) on the shared built-in service, a replayed camera in front
of which Grace stands. Every step is a key press or typed text (QTest.keyClick / keyClicks on the widget that
has the focus): Tab to move, Space or Enter to press, Ctrl+number to change page. No mouse, and no method of the
station is called to make a step happen; the test only reads what the station shows."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from facestation.station.ui.sounds import Cue
from facestation.station.ui.widgets.result_card import Verdict
from facestation.vision.faces import BGRImage
from tests.station.support import Stage, wait_until

STEP_TIMEOUT = 60.0
MAX_TABS = 40


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def press(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press on whatever has the focus (as the keyboard would deliver it)."""
    target = focused()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def type_text(qtbot: Any, text: str) -> None:
    target = focused()
    assert target is not None
    qtbot.keyClicks(target, text)


def tab_to(qtbot: Any, target: QWidget) -> int:
    """Press Tab until `target` has the focus; how many presses it took (fails if Tab never gets there)."""
    for count in range(MAX_TABS + 1):
        if focused() is target:
            return count
        press(qtbot, Qt.Key.Key_Tab)
    name = focused().objectName() if focused() is not None else None
    raise AssertionError(f"Tab never reached {target.objectName()} (the focus is on {name})")


def test_sign_in_enrol_verify_and_next_person_with_the_keyboard_alone(
        qtbot: Any, shared_service: dict[str, Any], make_session: Any, make_station: Any, run_coro: Any,
        compliant_portrait: BGRImage) -> None:
    from facestation.station.core.session import secret_name
    from tests.station.conftest import SharedService

    session = make_session(service_factory=lambda _data_dir: SharedService(shared_service["service"]))
    session.secrets.set(secret_name("local"), shared_service["client_secret"])
    session.config.client_id = shared_service["client_id"]
    session.config.server_kind = "local"
    session.config.operator_username = shared_service["username"]
    session.config.auto_capture = False  # the operator takes the photo with Space
    session.config.sound_on_result = True  # Settings → Accessibility: a tone with each result
    stage = Stage(compliant_portrait)
    station = make_station(session, camera_source=lambda: stage.camera)
    station.start()

    # -- sign in: the user name is remembered, the focus waits in the password field ---------------------------
    sign_in = station.sign_in_dialog
    qtbot.waitExposed(sign_in)
    qtbot.waitUntil(sign_in.sign_in_button.isEnabled, timeout=30_000)
    sign_in.activateWindow()
    qtbot.waitUntil(lambda: focused() is sign_in.password, timeout=5_000)
    type_text(qtbot, shared_service["password"])
    press(qtbot, Qt.Key.Key_Return)  # the default button
    qtbot.waitUntil(lambda: station.state == "main", timeout=15_000)
    window = station.main_window
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: focused() is not None and window.isAncestorOf(focused()), timeout=5_000)

    # -- enrol: Ctrl+1, Space takes the photo, the details by Tab, Enrol by Tab and Space -----------------------
    press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    enrol = window.page_widgets["enrol"]
    assert window.current_page_name == "enrol"
    capture = enrol.capture
    wait_until(lambda: capture.take_button.isEnabled(), STEP_TIMEOUT)  # the camera runs
    tab_to(qtbot, capture.take_button)
    press(qtbot, Qt.Key.Key_Space)
    wait_until(lambda: enrol.portrait is not None, STEP_TIMEOUT)
    assert enrol.portrait.manual  # the operator took it: nothing fired by itself
    assert "Photo taken" in capture.banner.announcer.last  # and a screen reader said so

    number = f"K-{uuid.uuid4().hex[:6]}"
    tab_to(qtbot, enrol.form.name)
    type_text(qtbot, "Grace")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is enrol.form.surname1  # the next field down
    type_text(qtbot, "Hopper")
    tab_to(qtbot, enrol.form.external_identifier)
    type_text(qtbot, number)
    tab_to(qtbot, enrol.enrol_button)
    press(qtbot, Qt.Key.Key_Space)

    def enrolled() -> bool:
        return "is enrolled" in enrol.confirmation.text() and enrol.confirmation.isVisible()

    # Grace may be on the shared service already (other tests enrol her too): then the station shows her as a
    # possible duplicate first, and "Enrol anyway" is reached with Tab (Cancel, the safe choice, is the default).
    wait_until(lambda: enrolled() or enrol.duplicates_dialog is not None, STEP_TIMEOUT)
    if enrol.duplicates_dialog is not None:
        duplicates = enrol.duplicates_dialog
        qtbot.waitExposed(duplicates)
        duplicates.activateWindow()
        qtbot.waitUntil(lambda: focused() is not None and duplicates.isAncestorOf(focused()), timeout=5_000)
        tab_to(qtbot, duplicates.enrol_anyway_button)
        press(qtbot, Qt.Key.Key_Space)
        window.activateWindow()  # a window manager gives the main window back its focus; offscreen has none
        qtbot.waitUntil(lambda: focused() is not None and window.isAncestorOf(focused()), timeout=5_000)
    wait_until(enrolled, STEP_TIMEOUT)
    grace = run_coro(session.client.records.get_by_external_id(number))
    assert (grace.name, grace.surname1) == ("Grace", "Hopper")

    # -- verify: Ctrl+2, the number, Enter, Space for the photo; the result is shown and announced ---------------------------------
    sounds = window.context.sounds
    assert sounds.played and Cue.GUIDANCE not in sounds.played  # the photo's tone; guidance tones are off
    tones_before = sounds.played.count(Cue.PASSED)
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    verify = window.page_widgets["verify"]
    assert window.current_page_name == "verify"
    tab_to(qtbot, verify.number_field)
    type_text(qtbot, number)
    press(qtbot, Qt.Key.Key_Return)  # looks the number up
    wait_until(lambda: verify.expected_person is not None, STEP_TIMEOUT)
    wait_until(lambda: verify.capture.take_button.isEnabled(), STEP_TIMEOUT)
    tab_to(qtbot, verify.capture.take_button)
    press(qtbot, Qt.Key.Key_Space)  # the photo; the comparison follows by itself
    wait_until(lambda: verify.showing_result, STEP_TIMEOUT)
    card = verify.card
    assert card.verdict is Verdict.MATCH and card.person_name.text() == "Grace Hopper"
    assert card.announcer.last.startswith("Match.") and "Grace Hopper" in card.announcer.last
    assert sounds.played.count(Cue.PASSED) == tones_before + 1  # the match's tone (offscreen: no device plays it)

    # -- next person: Tab to the button, Enter --------------------------------------------------------------
    tab_to(qtbot, card.next_button)
    press(qtbot, Qt.Key.Key_Return)
    wait_until(lambda: not verify.showing_result, STEP_TIMEOUT)
    assert card.result is None and card.person_name.text() == ""

    # -- the settings by their mnemonic (Alt+T), and Escape closes them without saving ------------------------
    press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    wait_until(lambda: station.settings_dialog is not None and station.settings_dialog.isVisible(), STEP_TIMEOUT)
    dialog = station.settings_dialog
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focused() is not None and dialog.isAncestorOf(focused()), timeout=5_000)
    press(qtbot, Qt.Key.Key_Escape)
    wait_until(lambda: station.settings_dialog is None or not dialog.isVisible(), STEP_TIMEOUT)
