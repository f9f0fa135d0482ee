"""Every control that can take the keyboard focus, on every page of the main window and in the sign-in and
settings dialogs, has a name a screen reader can say (Qt's accessible name: a button's text, a field's label
buddy, or a name set on purpose); and the tab chain of each page and dialog visits the controls in reading
order (top to bottom, left to right), with the primary button where it belongs.

Built on the real main window signed in to the shared built-in service, a photo file playing the camera."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from facestation.api import IdentifyResult, ResultCode
from facestation.station.core.camera import ImageFileSource
from facestation.station.core.verification import VerifyMode
from facestation.station.ui.accessibility import accessible_name, focus_chain, unnamed_controls
from facestation.station.ui.ops import Problem
from tests.station.support import wait_until

# Controls without a name in files helper D (keyboard and accessibility, issue 17) does not own: named here so
# the test still fails on any other unnamed control. Owned by helper C (panels/records, panels/lists).
KNOWN_UNNAMED = {
    "recordsTable": "panels/records (helper C)",
    "listsView": "panels/lists (helper C)",
    "membersView": "panels/lists (helper C)",
}


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}#{widget.objectName() or '?'}"


def assert_all_named(root: QWidget, where: str) -> None:
    unnamed = [describe(widget) for widget in unnamed_controls(root) if widget.objectName() not in KNOWN_UNNAMED]
    assert unnamed == [], f"{where}: controls a screen reader cannot name: {unnamed}"


def names(widgets: list[QWidget]) -> list[str]:
    return [widget.objectName() or type(widget).__name__ for widget in widgets]


@pytest.fixture
def main_window(station_context: Any, qtbot: Any, compliant_file: Path) -> Iterator[Any]:
    from facestation.station.ui.main_window import MainWindow

    station_context.session.config.auto_capture = False
    station_context.camera = lambda: lambda: ImageFileSource(compliant_file)
    window = MainWindow(station_context.session, station_context.ops, context=station_context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.deactivate_current()
    window.allow_close()
    window.close()


def test_every_control_of_every_page_has_a_name(main_window: Any, qtbot: Any) -> None:
    for name in main_window.PAGES:
        main_window.show_page(name)
        qtbot.wait(20)
        assert_all_named(main_window, name)

    # Enrol with consent asked: the tick box and its sentence.
    main_window.context.session.config.consent_required = True
    main_window.show_page("enrol")
    enrol = main_window.page_widgets["enrol"]
    enrol.activate()
    wait_until(lambda: enrol.capture.capture is not None or enrol.capture.take_button.isEnabled())
    assert_all_named(main_window, "enrol with consent")
    assert accessible_name(enrol.capture.view)  # the camera view says what it is

    # Verify with a result that needs review: the reason, confirm and reject, next person.
    main_window.show_page("verify")
    verify = main_window.page_widgets["verify"]
    for mode in VerifyMode:
        qtbot.mouseClick(verify.mode_buttons[mode], Qt.MouseButton.LeftButton)
        assert_all_named(main_window, f"verify {mode.value}")
    verify.main_stack.setCurrentWidget(verify.card)
    verify.card.show_result(IdentifyResult(result=ResultCode.WARNING, confidence=55, description=""),
                            mode=VerifyMode.PERSON)
    assert verify.card.reason.isVisibleTo(main_window)
    assert_all_named(main_window, "verify review")
    assert "Needs review" in accessible_name(verify.card)
    verify.card.clear()


def test_every_control_of_the_sign_in_and_settings_dialogs_has_a_name(station_context: Any, qtbot: Any) -> None:
    from facestation.station.ui.dialogs.settings import SettingsDialog
    from facestation.station.ui.dialogs.sign_in import SignInDialog

    sign_in = SignInDialog(station_context.session, station_context.ops)
    qtbot.addWidget(sign_in)
    sign_in.show()
    assert_all_named(sign_in, "sign-in")
    sign_in.set_start_failed(Problem("Not started", "The built-in service did not start."))
    assert_all_named(sign_in, "sign-in, start failed")

    station_context.session.config.set_admin_pin("2468")
    settings = SettingsDialog(station_context.session, station_context.ops)
    qtbot.addWidget(settings)
    settings.show()
    assert not settings.unlocked
    assert_all_named(settings, "settings PIN")
    settings.unlock()
    for name in settings.SECTIONS:
        settings.show_section(name)
        assert_all_named(settings, f"settings {name}")
    settings.reject()


def test_each_page_tab_chain_reads_top_to_bottom(main_window: Any, qtbot: Any) -> None:
    # The window: the current page's navigation button (the arrow keys move between the pages, Qt's exclusive
    # button group), then the page, then the buttons at the foot of the navigation column.
    main_window.nav_buttons["enrol"].click()
    chain = names(focus_chain(main_window))
    assert chain[0] == "nav_enrol" and "nav_verify" not in chain
    assert chain[-3:] == ["activityButton", "settingsButton", "signOutButton"]
    main_window.nav_buttons["verify"].click()
    assert names(focus_chain(main_window))[0] == "nav_verify"

    main_window.show_page("enrol")
    enrol = main_window.page_widgets["enrol"]
    chain = names(focus_chain(enrol))
    form = ["nameField", "surname1Field", "surname2Field", "externalIdField"]
    assert chain.index("LoadPhotoButton") < chain.index(form[0])  # the photo first, then the details
    assert [entry for entry in chain if entry in form] == form
    assert chain.index(form[-1]) < chain.index("enabledField")

    main_window.show_page("verify")
    verify = main_window.page_widgets["verify"]
    chain = names(focus_chain(verify))
    expected = ["modePersonButton", "modePhotoButton", "modeListButton", "numberField", "lookUpButton"]
    assert chain[:len(expected)] == expected
    assert chain.index("lookUpButton") < chain.index("LoadPhotoButton")  # then the camera's buttons

    # The result card: reason, confirm, reject, then next person.
    verify.main_stack.setCurrentWidget(verify.card)
    verify.card.show_result(IdentifyResult(result=ResultCode.WARNING, confidence=55, description=""),
                            mode=VerifyMode.PERSON)
    card = [entry for entry in names(focus_chain(verify.card)) if entry != "QLineEdit"]
    assert card == ["reviewReason", "confirmButton", "rejectButton"]  # Next waits for the decision
    verify.card.confirm()
    assert names(focus_chain(verify.card))[-1] == "nextPersonButton"
    verify.card.clear()

    main_window.show_page("records")
    chain = names(focus_chain(main_window.page_widgets["records"]))
    assert chain.index("recordSearchField") < chain.index("recordSearchButton") < chain.index("recordsTable")


def test_the_dialogs_tab_chains_and_default_buttons(station_context: Any, qtbot: Any) -> None:
    from facestation.station.ui.dialogs.settings import SettingsDialog
    from facestation.station.ui.dialogs.sign_in import SignInDialog

    sign_in = SignInDialog(station_context.session, station_context.ops)
    qtbot.addWidget(sign_in)
    sign_in.show()
    assert names(focus_chain(sign_in)) == ["signInUsername", "signInPassword", "signInQuit", "signInButton"]
    assert sign_in.sign_in_button.isDefault()

    station_context.session.config.admin_pin_hash = None
    settings = SettingsDialog(station_context.session, station_context.ops)
    qtbot.addWidget(settings)
    settings.show()
    chain = names(focus_chain(settings))
    sections = [f"section_{name}" for name in SettingsDialog.SECTIONS]
    assert chain[:len(sections)] == sections  # the column first, then the section shown, then the footer
    assert chain[-2:] == ["settingsCancel", "settingsSave"] and settings.save_button.isDefault()
    settings.show_section("accessibility")
    chain = names(focus_chain(settings.accessibility_page))
    assert chain == ["soundOnResult", "soundOnGuidance"]
    settings.reject()
