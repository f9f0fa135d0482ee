"""The UI kit: the retranslate mixin sets the texts again on a language change, the error-description registry
describes a registered error (its nearest registered class first) and leaves an unknown one to the caller, the
side navigation names the page chosen, and the label helpers set the theme's roles. No module but the mixin
handles a language change itself, and no dialog or widget sets a style sheet of its own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from facestation.station.core.camera import CameraError
from facestation.station.core.local_service import LocalServiceError, ProvisioningError
from facestation.station.ui.kit import (
    RetranslateMixin,
    SideNavigation,
    error_texts,
    page_header,
    page_layout,
    primary_button,
    role_label,
    show_message,
    styled,
)
from facestation.station.ui.kit.error_texts import Problem


class Greeting(RetranslateMixin, QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.label = QLabel(self)
        self.calls = 0
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.calls += 1
        self.label.setText(self.tr("Hello"))


def test_the_mixin_retranslates_on_a_language_change(qtbot: Any) -> None:
    widget = Greeting()
    qtbot.addWidget(widget)
    assert widget.calls == 1
    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
    assert widget.calls == 2
    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.FontChange))  # other changes pass through untouched
    assert widget.calls == 2


class OddError(Exception):
    pass


class OdderError(OddError):
    pass


@pytest.fixture
def odd_registered() -> Iterator[None]:
    error_texts.register(OddError, lambda error: Problem("Odd", f"It went odd: {error}", severity="warning"))
    yield
    error_texts.unregister(OddError)


def test_the_registry_describes_a_registered_error_and_its_subclasses(odd_registered: None) -> None:
    problem = error_texts.describe(OddError("twice"))
    assert problem == Problem("Odd", "It went odd: twice", severity="warning")
    assert error_texts.describe(OdderError("thrice")).text == "It went odd: thrice"
    error_texts.register(OdderError, lambda error: Problem("Odder", str(error)))
    try:
        assert error_texts.describe(OdderError("x")).title == "Odder"  # the nearest class wins
    finally:
        error_texts.unregister(OdderError)


def test_an_unknown_error_falls_back_to_the_caller(odd_registered: None, ops: Any) -> None:
    assert error_texts.describe(KeyError("nobody registered me")) is None
    # Operations falls back to its "unexpected" sentence, and describes registered errors through the registry.
    assert not ops.describe(KeyError("x")).expected
    assert ops.describe(OddError("y")).title == "Odd"


def test_the_station_errors_are_registered_by_the_ui_package(ops: Any) -> None:
    assert error_texts.describe(CameraError("No camera.")).title == "Camera problem"
    assert ops.describe(ProvisioningError("No admin.")).title == "Setup did not finish"
    assert ops.describe(LocalServiceError("Port busy.")).title == "The built-in service did not start"


def test_the_navigation_emits_the_choice(qtbot: Any) -> None:
    navigation = SideNavigation(("enrol", "verify", "lists"), button_prefix="nav_")
    qtbot.addWidget(navigation)
    navigation.set_texts({"enrol": "Enrol", "verify": "Verify"})
    assert navigation.objectName() == "navigation"
    assert navigation.button("verify").objectName() == "nav_verify"
    assert navigation.button("verify").text() == "Verify"
    assert navigation.button("verify").property("role") == "nav"
    assert navigation.current is None
    with qtbot.waitSignal(navigation.chosen) as blocker:
        navigation.button("lists").click()
    assert blocker.args == ["lists"]
    assert navigation.current == "lists"
    with qtbot.assertNotEmitted(navigation.chosen):
        navigation.set_current("enrol")
    assert navigation.current == "enrol"
    with qtbot.waitSignal(navigation.chosen) as blocker:
        navigation.choose("verify")
    assert blocker.args == ["verify"]
    foot = navigation.add_bottom(QPushButton("Sign out"))
    assert foot.parent() is navigation


def test_the_label_helpers_and_the_page_scaffold(qtbot: Any) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    layout = page_layout(page)
    margins = layout.contentsMargins()
    assert (margins.left(), margins.top(), margins.right(), margins.bottom()) == (24, 20, 24, 16)
    title, hint = page_header(page, layout)
    assert title.property("role") == "title" and hint is not None and hint.property("role") == "hint"
    error = role_label("error", page)
    show_message(error, "")
    assert error.isHidden()
    show_message(error, "Wrong")
    assert not error.isHidden() and error.text() == "Wrong"
    button = primary_button(page)
    assert button.property("role") == "primary" and button.isDefault()
    label = styled(QLabel(page), "photoCaption", tone="ok")
    assert label.objectName() == "photoCaption" and label.property("tone") == "ok"


UI = Path(__file__).resolve().parents[4] / "facestation" / "station" / "ui"


def test_only_the_mixin_turns_a_language_change_into_retranslate_ui() -> None:
    boilerplate = [path.relative_to(UI).as_posix() for path in UI.rglob("*.py")
                   if "def changeEvent" in path.read_text(encoding="utf-8")]
    assert boilerplate == ["kit/retranslate.py"]


def test_dialogs_widgets_and_the_window_take_every_style_from_the_theme() -> None:
    owners = [*(UI / "dialogs").rglob("*.py"), *(UI / "widgets").rglob("*.py"), *(UI / "kit").rglob("*.py"),
              UI / "main_window.py", UI / "ops.py", UI / "panels" / "base.py"]
    inline = [path.relative_to(UI).as_posix() for path in owners
              if "setStyleSheet(" in path.read_text(encoding="utf-8")]
    assert inline == []
