"""The first-run form's server address check (issue 15 row 11): http:// to another machine is refused on the
form, in the station's words, before anything is stored; http:// on this computer is accepted. And its texts fit
(issue 17): the progress line and the buttons, in English and Spanish, at the dialog's default and minimum width."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QStyle, QStyleOptionButton

from facestation.station.core.session import secret_name
from facestation.station.ui.dialogs.first_run import FirstRunDialog
from facestation.station.ui.translations import install_translation


@pytest.fixture(autouse=True)
def _no_lab_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """The developer's own FACESTATION_ALLOW_INSECURE_HTTP must not change what these tests see."""
    monkeypatch.delenv("FACESTATION_ALLOW_INSECURE_HTTP", raising=False)


def type_into(qtbot: Any, field: Any, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


def fill_the_hosted_form(qtbot: Any, dialog: FirstRunDialog, endpoint: str) -> None:
    qtbot.mouseClick(dialog.hosted_choice, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == FirstRunDialog.PAGE_HOSTED
    type_into(qtbot, dialog.endpoint, endpoint)
    type_into(qtbot, dialog.client_id, "frontdesk")
    type_into(qtbot, dialog.client_secret, "s3cret-from-facecheck")
    type_into(qtbot, dialog.hosted_pin, "97531")
    type_into(qtbot, dialog.hosted_pin_repeat, "97531")
    qtbot.mouseClick(dialog.hosted_submit, Qt.MouseButton.LeftButton)


def test_http_to_another_machine_is_refused_on_the_form(qtbot: Any, make_session: Any, make_station: Any,
                                                        station_paths: dict[str, Path]) -> None:
    session = make_session()
    station = make_station(session)
    station.start()
    dialog = station.first_run_dialog
    fill_the_hosted_form(qtbot, dialog, "http://192.168.1.20:8080/api")
    assert dialog.hosted_error.text() == ("http://192.168.1.20:8080/api is not encrypted: the client secret, "
                                          "passwords and photos would travel in clear. Use an https:// address "
                                          "(http:// is only for this computer).")
    assert dialog.endpoint.property("invalid") is True
    assert dialog.pages.currentIndex() == FirstRunDialog.PAGE_HOSTED
    assert not session.configured and session.secrets.get(secret_name("hosted")) is None
    assert not station_paths["config"].exists()


def test_an_address_without_https_is_refused_on_the_form(qtbot: Any, make_session: Any, make_station: Any) -> None:
    station = make_station(make_session())
    station.start()
    dialog = station.first_run_dialog
    fill_the_hosted_form(qtbot, dialog, "neocheck.net/api")
    assert dialog.hosted_error.text() == ("The service address must start with https:// "
                                          "(for example https://neocheck.net/api).")


def focused_text_room(button: QPushButton) -> int:
    """The width the style leaves for the text inside the button's padding and its (thicker) focused border."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    option.state |= QStyle.StateFlag.State_HasFocus
    return button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button).width()


@pytest.fixture
def english_afterwards(qapp: Any) -> Any:
    yield
    install_translation("en")


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("width", [640, 760])  # the dialog's minimum and default width (it opens at 760x640)
def test_the_progress_line_and_the_buttons_fit(language: str, width: int, english_afterwards: None, themed: None,
                                               qtbot: Any, make_session: Any, make_station: Any,
                                               tmp_path: Path) -> None:
    station = make_station(make_session())
    station.start()
    dialog = station.first_run_dialog
    assert install_translation(language) or language == "en"
    qtbot.waitUntil(lambda: language == "en" or dialog.continue_button.text() != "Continue to sign in",
                    timeout=3000)
    dialog.resize(width, 640)
    dialog.choose_local()
    busy_text = dialog.tr("Setting up the built-in service… this takes up to a minute.")
    dialog.ops.busyChanged.emit(True, busy_text)  # what the setup shows while it runs
    qtbot.waitUntil(dialog.busy_bar.isVisible, timeout=3000)
    qtbot.wait(50)
    dialog.grab().save(str(tmp_path / f"first-run-{language}-{width}-setting-up.png"))
    label = dialog.busy_bar.label
    assert label.text() == busy_text
    fits_on_one_line = label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
    assert fits_on_one_line or (label.wordWrap() and label.heightForWidth(label.width()) <= label.height())
    for button in (dialog.local_back, dialog.local_submit):
        assert button.fontMetrics().horizontalAdvance(button.text()) <= focused_text_room(button), button.text()

    dialog.ops.busyChanged.emit(False, "")
    dialog.show_page(FirstRunDialog.PAGE_DONE)
    qtbot.wait(50)
    dialog.grab().save(str(tmp_path / f"first-run-{language}-{width}-done.png"))
    button = dialog.continue_button
    assert button.hasFocus()
    assert button.fontMetrics().horizontalAdvance(button.text()) <= focused_text_room(button), button.text()
    for button in (dialog.quit_button, dialog.hosted_back, dialog.hosted_submit):
        assert button.fontMetrics().horizontalAdvance(button.text()) <= focused_text_room(button), button.text()
