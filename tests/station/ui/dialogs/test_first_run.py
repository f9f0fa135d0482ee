"""The first-run form's server address check (issue 15 row 11): http:// to another machine is refused on the
form, in the station's words, before anything is stored; http:// on this computer is accepted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from facestation.station.core.session import secret_name
from facestation.station.ui.dialogs.first_run import FirstRunDialog


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
