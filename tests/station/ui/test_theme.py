"""The theme: every palette formats into a style sheet with its icons; in the dark and high-contrast themes combo
and spin boxes, check boxes and item views are drawn in the theme's colours (not Qt's light native boxes); the
success and heading roles exist in every theme; verdict colours keep their meaning (green, amber, red)."""

from __future__ import annotations

import colorsys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facestation.station.ui.theme import (
    THEME_NAMES,
    apply_theme,
    palette_for,
    style_sheet,
)


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The application; back to the light theme, then to the sheet and font it had, afterwards."""
    font, sheet = qapp.font(), qapp.styleSheet()
    yield qapp
    _shown.clear()
    apply_theme(qapp, "light")
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


_shown: list[QWidget] = []  # kept alive for the length of a test


def shown(qtbot, *widgets: QWidget) -> QWidget:
    holder = QWidget()
    _shown.append(holder)
    layout = QVBoxLayout(holder)
    for widget in widgets:
        layout.addWidget(widget)
    holder.resize(420, 120 * len(widgets))
    qtbot.addWidget(holder)
    holder.show()
    QApplication.processEvents()
    return holder


def colour_at(widget: QWidget, x: int, y: int) -> str:
    return widget.grab().toImage().pixelColor(x, y).name()


def close(found: str, wanted: str, tolerance: int = 40) -> bool:
    """Nearly the same colour (the platform style may shade a fill slightly)."""
    a, b = QColor(found), QColor(wanted)
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) <= tolerance


def luminance(name: str) -> float:
    colour = QColor(name)
    return (0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF())


def count_near(widget: QWidget, target: str, tolerance: int = 40) -> int:
    """Pixels of the widget (every second one each way) close to a colour: is there readable text on it?"""
    image = widget.grab().toImage()
    return sum(close(image.pixelColor(x, y).name(), target, tolerance)
               for y in range(0, image.height(), 2) for x in range(0, image.width(), 2))


@pytest.mark.parametrize("theme", THEME_NAMES)
def test_every_theme_formats_with_its_icons(theme: str) -> None:
    sheet = style_sheet(theme)
    for selector in ("QComboBox", "QAbstractSpinBox", "QCheckBox::indicator", "QAbstractItemView::indicator",
                     "QHeaderView::section", 'QLabel[role="success"]', 'QLabel[role="heading"]',
                     'QFrame#ResultCard[verdict="match"]', "QPushButton[segment]:checked"):
        assert selector in sheet, selector
    icons = [part.split(")")[0] for part in sheet.split("url(")[1:]]
    assert icons and all(Path(icon).is_file() and Path(icon).read_text().startswith("<svg") for icon in icons)
    assert palette_for(theme)["accent_text"] in Path(next(i for i in icons if "check" in i)).read_text()


@pytest.mark.parametrize("theme", ["dark", "high-contrast"])
def test_combo_and_spin_boxes_follow_the_dark_themes(app: QApplication, qtbot, theme: str) -> None:
    colours = palette_for(theme)
    apply_theme(app, theme)
    combo = QComboBox()
    combo.addItems(["English", "Deutsch"])
    spin = QSpinBox()
    spin.setValue(888)
    shown(qtbot, combo, spin)
    for box in (combo, spin):
        assert box.height() >= 40
        # The box is the theme's panel colour (dark), not a light native box, and its text is the light text.
        assert close(colour_at(box, box.width() // 2, 5), colours["panel"])  # above the text
        assert luminance(colours["panel"]) < 0.25
        assert count_near(box, colours["text"], 80) > 12, "no readable text on the box"
    assert combo.palette().color(QPalette.ColorRole.Text).name() == colours["text"]


@pytest.mark.parametrize("theme", THEME_NAMES)
def test_check_boxes_are_touch_sized_and_visible(app: QApplication, qtbot, theme: str) -> None:
    colours = palette_for(theme)
    apply_theme(app, theme)
    ticked, empty = QCheckBox("Active"), QCheckBox("Also")
    ticked.setChecked(True)
    items = QListWidget()
    item = QListWidgetItem("Staff", items)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)
    shown(qtbot, ticked, empty, items)
    # A ticked box is filled with the accent (24 px: 144 samples, the tick aside); an empty one has an outline
    # that shows on the panel; the list's check box too.
    assert count_near(ticked, colours["accent"], 30) >= 90
    assert colours["muted"] != colours["panel"]
    assert count_near(empty, colours["muted"], 30) > 20
    assert count_near(items, colours["muted"], 30) > 20
    assert ticked.height() >= 28


@pytest.mark.parametrize("theme", THEME_NAMES)
def test_item_views_select_in_the_theme_colours(app: QApplication, qtbot, theme: str) -> None:
    colours = palette_for(theme)
    apply_theme(app, theme)
    items = QListWidget()
    items.addItems(["Ada", "Grace", "Katherine"])
    items.setCurrentRow(1)
    table = QTableWidget(2, 2)
    table.setHorizontalHeaderLabels(["Name", "Number"])
    for row in range(2):
        for column in range(2):
            table.setItem(row, column, QTableWidgetItem(f"{row}{column}"))
    table.selectRow(0)
    holder = shown(qtbot, items, table)
    selected = items.visualItemRect(items.item(1))
    right = items.viewport().width() - 6  # beyond the text
    assert close(colour_at(items.viewport(), right, selected.center().y()), colours["accent"])
    assert count_near(items, colours["accent_text"], 30) > 10  # the selected text reads on the accent
    assert close(colour_at(items.viewport(), right, items.visualItemRect(items.item(0)).center().y()), colours["panel"])
    header = table.horizontalHeader()
    assert colour_at(header, 6, header.height() // 2) == colours["window"]
    assert holder.isVisible()


@pytest.mark.parametrize("theme", THEME_NAMES)
def test_success_and_heading_roles(app: QApplication, qtbot, theme: str) -> None:
    colours = palette_for(theme)
    apply_theme(app, theme)
    success, heading, plain = QLabel("Grace Hopper is enrolled."), QLabel("Your lists"), QLabel("text")
    success.setProperty("role", "success")
    heading.setProperty("role", "heading")
    shown(qtbot, success, heading, plain)
    assert success.palette().color(QPalette.ColorRole.WindowText).name() == colours["ok_text"]
    assert colour_at(success, 6, success.height() // 2) == colours["success_bg"]
    assert heading.font().bold() and heading.font().pointSizeF() >= 1.2 * plain.font().pointSizeF()


@pytest.mark.parametrize("theme", THEME_NAMES)
def test_verdict_colours_keep_their_meaning(theme: str) -> None:
    colours = palette_for(theme)

    def hue(name: str) -> float:
        colour = QColor(name)
        return 360 * colorsys.rgb_to_hsv(colour.redF(), colour.greenF(), colour.blueF())[0]

    for key in ("ok", "ok_text"):
        assert 90 <= hue(colours[key]) <= 160, (key, colours[key])  # green
    for key in ("amber", "amber_text"):
        assert 30 <= hue(colours[key]) <= 50, (key, colours[key])  # amber
    for key in ("red", "red_text"):
        assert hue(colours[key]) <= 10 or hue(colours[key]) >= 345, (key, colours[key])  # red
    # Text on its tint and on the panel stands out (WCAG large text, 3:1 at least).
    for text, background in (("ok_text", "success_bg"), ("amber_text", "warning_bg"), ("red_text", "error_bg"),
                             ("ok_text", "panel"), ("red_text", "panel"), ("text", "panel"),
                             ("on_status", "ok"), ("on_status", "red"), ("accent_text", "accent")):
        lighter, darker = sorted((luminance_wcag(colours[text]), luminance_wcag(colours[background])), reverse=True)
        assert (lighter + 0.05) / (darker + 0.05) >= 3.0, (text, background)


def luminance_wcag(name: str) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    colour = QColor(name)
    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def test_apply_theme_sets_the_palette(app: QApplication) -> None:
    apply_theme(app, "high-contrast")
    assert app.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    assert app.palette().color(QPalette.ColorRole.Highlight).name() == palette_for("high-contrast")["accent"]
    apply_theme(app, "light")
    assert app.palette().color(QPalette.ColorRole.Window).name() == palette_for("light")["window"]
