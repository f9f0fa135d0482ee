"""The two fitting helpers: a row of buttons that wraps instead of clipping a label, and a one-line label that
shortens a long name with "…" and then shows it whole as a tooltip."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from facestation.station.ui.widgets.button_flow import ButtonFlow
from facestation.station.ui.widgets.elided_label import ElidedLabel


def make_row(qtbot, texts: list[str]) -> tuple[QWidget, list[QPushButton]]:
    window = QWidget()
    qtbot.addWidget(window)
    outer = QVBoxLayout(window)
    flow = ButtonFlow()
    buttons = [QPushButton(text, window) for text in texts]
    for button in buttons:
        flow.addWidget(button)
    outer.addLayout(flow)
    outer.addStretch(1)
    return window, buttons


def test_buttons_share_a_row_while_their_labels_fit_and_wrap_when_they_do_not(qtbot) -> None:
    window, (first, second) = make_row(qtbot, ["Cambiar nombre / descripción…", "Eliminar…"])
    window.show()
    needed = first.sizeHint().width() + second.sizeHint().width() + 40
    window.resize(needed + 100, 300)
    qtbot.waitUntil(lambda: first.y() == second.y())
    assert first.x() < second.x() and second.geometry().right() >= window.width() - 20  # the row filled
    window.resize(needed - 60, 300)
    qtbot.waitUntil(lambda: second.y() > first.geometry().bottom())
    for button in (first, second):
        assert button.width() >= button.sizeHint().width()  # never narrower than its label
        assert button.width() >= window.width() - 30  # alone on its row, it fills it


def test_a_hidden_button_leaves_no_gap(qtbot) -> None:
    window, (first, second, third) = make_row(qtbot, ["One", "Two", "Three"])
    second.hide()
    window.show()
    window.resize(500, 200)
    qtbot.waitUntil(lambda: third.x() > first.geometry().right())
    assert third.x() - first.geometry().right() <= 10


def test_a_long_name_is_shortened_with_its_whole_text_as_tooltip(qtbot) -> None:
    label = ElidedLabel()
    qtbot.addWidget(label)
    label.setText("Members of “" + "A very long list name " * 5 + "”")
    label.resize(200, 30)
    label.show()
    assert label.is_elided() and label.shown_text().endswith("…")
    assert label.toolTip() == label.text() and label.text().startswith("Members of")
    assert label.minimumSizeHint().width() < 100
    label.setText("Members")
    assert not label.is_elided() and label.shown_text() == "Members" and label.toolTip() == ""
    label.setToolTip("Chosen by the owner")
    label.setText("Members of “" + "A very long list name " * 5 + "”")
    assert label.toolTip() == "Chosen by the owner"  # an owner's tooltip is kept
