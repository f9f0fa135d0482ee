"""QaChecklist (eight named checks, green or red, updated only on change) and GuidanceBanner (one large
message coloured by state, translated texts in step with the vision layer)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFontInfo, QFontMetrics, QImage, QPainter

from facestation.station.core.camera.pipeline import PipelineResult
from facestation.station.core.camera.sources import ImageFileSource
from facestation.station.ui.camera.pipeline_bridge import PipelineBridge
from facestation.station.ui.theme import apply_theme
from facestation.station.ui.widgets.guidance_banner import (
    BannerState,
    GuidanceBanner,
    guidance_symbol,
    guidance_text,
)
from facestation.station.ui.widgets.qa_checklist import QaChecklist, check_label
from facestation.vision.guidance import ALL_GOOD_MESSAGE, Guidance
from facestation.vision.quality import CHECK_NAMES, RESOLUTION
from tests.station.support import wait_until


@pytest.fixture
def checklist(qtbot) -> QaChecklist:
    widget = QaChecklist()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def themed(qapp) -> Iterator[None]:
    """The station's theme (it colours the banner), as the application applies it; then back as before."""
    font, sheet, palette = qapp.font(), qapp.styleSheet(), qapp.palette()
    apply_theme(qapp, "light")
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)


@pytest.fixture
def banner(qtbot, themed: None) -> GuidanceBanner:
    widget = GuidanceBanner()
    widget.resize(900, 100)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def results_for(bridge: PipelineBridge, path: Path, predicate) -> PipelineResult:
    results: list[PipelineResult] = []
    bridge.resultReady.connect(results.append)
    bridge.set_source(ImageFileSource(path, fps=30))
    wait_until(lambda: any(predicate(result) for result in results))
    bridge.stop(wait=True)
    return next(result for result in results if predicate(result))


def test_eight_rows_with_human_names(checklist: QaChecklist) -> None:
    assert checklist.names == CHECK_NAMES and len(checklist.names) == 8
    for name in CHECK_NAMES:
        label = check_label(name)
        assert label != name and not re.search(r"[a-z][A-Z]", label)  # words, not API identifiers
        assert checklist.state(name) is None  # a dash until the first result
        assert label in checklist.row(name).accessibleName()


def test_the_compliant_portrait_turns_every_row_green(checklist: QaChecklist, bridge: PipelineBridge,
                                                       compliant_file: Path) -> None:
    result = results_for(bridge, compliant_file, lambda r: r.state.all_passed)
    checklist.set_result(result)
    assert all(checklist.states().values())
    assert all("passed" in checklist.row(name).accessibleName() for name in CHECK_NAMES)


def test_a_far_face_fails_the_distance_check(checklist: QaChecklist, bridge: PipelineBridge, far_file: Path) -> None:
    result = results_for(bridge, far_file, lambda r: r.state.guidance == Guidance.TOO_FAR)
    checklist.set_result(result)
    assert checklist.state(RESOLUTION) is False
    assert "not passed" in checklist.row(RESOLUTION).accessibleName()
    assert checklist.row(RESOLUTION).toolTip() == "Come closer"  # the check's own message


def test_rows_change_only_on_a_real_change(checklist: QaChecklist) -> None:
    changes: list[dict] = []
    checklist.checksChanged.connect(changes.append)
    verdicts = dict.fromkeys(CHECK_NAMES, True)
    assert checklist.set_checks(verdicts)
    assert not checklist.set_checks(dict(verdicts))  # the same verdicts again: nothing happens
    verdicts[RESOLUTION] = False
    assert checklist.set_checks(verdicts)
    assert len(changes) == 2 and changes[-1][RESOLUTION] is False
    checklist.clear()
    assert all(state is None for state in checklist.states().values()) and len(changes) == 3


def test_guidance_texts_match_the_vision_layer(qapp) -> None:
    for guidance in Guidance:
        assert guidance_text(guidance) == guidance.message
    assert guidance_text(None) == ALL_GOOD_MESSAGE


def test_the_banner_is_large_and_coloured_by_state(banner: GuidanceBanner) -> None:
    assert banner.state == BannerState.IDLE and banner.text == "Look at the camera"
    label = banner.label()
    assert QFontInfo(label.font()).pixelSize() >= 32  # readable from a metre away
    colours = {}
    for state in BannerState:
        banner.set_message("Some words", state)
        colours[state] = banner.grab().toImage().pixelColor(5, banner.height() // 2).name()
    assert len(set(colours.values())) == len(BannerState)  # every state its own colour


def test_a_long_message_shrinks_to_one_line_and_the_band_keeps_its_height(banner: GuidanceBanner, qtbot) -> None:
    """A long message ("Photo taken, but it does not pass every check", longer in Spanish) took three lines in
    the capture panel at 1024x768 and lost the last one; two lines at 1366x768 took height from the preview.
    It now takes a smaller font on one line where that is enough, and wraps only below 60 % of the size; a short
    message keeps the banner's own size."""
    def lines_needed() -> float:
        label = banner.label()
        metrics = QFontMetrics(label.font())
        height = metrics.boundingRect(QRect(0, 0, label.contentsRect().width(), 0), Qt.TextFlag.TextWordWrap,
                                      label.text()).height()
        return height / metrics.lineSpacing()

    full_size = banner.font_pixel_size
    banner.resize(700, 100)  # the band at 1366x768
    qtbot.wait(20)
    banner.set_message("Turn your head slightly to your left", BannerState.GUIDANCE, "↶")
    assert banner.font_pixel_size < full_size and lines_needed() < 1.5  # one line (a symbol's line is taller)
    assert banner.heightForWidth(700) <= banner.minimumHeight()  # the band keeps its height, and the preview
    banner.resize(420, 100)
    qtbot.wait(20)
    banner.set_message("Foto hecha, pero no cumple todas las comprobaciones", BannerState.CAPTURED)
    assert banner.font_pixel_size < full_size and lines_needed() < 2.5  # too long for one line even at 60 %
    banner.set_message("Hold still…", BannerState.ALL_GOOD)
    assert banner.font_pixel_size == full_size


def test_the_banner_changes_only_on_a_real_change(banner: GuidanceBanner) -> None:
    messages: list[str] = []
    banner.messageChanged.connect(messages.append)
    assert banner.set_message("Come closer", BannerState.GUIDANCE)
    assert not banner.set_message("Come closer", BannerState.GUIDANCE)
    assert banner.set_message("Come closer", BannerState.PROBLEM)  # same words, new state
    assert messages == ["Come closer", "Come closer"]


ARROWS = set("←→↑↓↶↷↕")
DIRECTIONS = {Guidance.MOVE_YOUR_LEFT: "←", Guidance.MOVE_YOUR_RIGHT: "→", Guidance.MOVE_UP: "↑",
              Guidance.MOVE_DOWN: "↓", Guidance.TURN_YOUR_LEFT: "↶", Guidance.TURN_YOUR_RIGHT: "↷",
              Guidance.CHIN_DOWN: "↓", Guidance.CHIN_UP: "↑", Guidance.HEAD_STRAIGHT: "↕"}


def test_arrows_only_for_directions_and_distance_has_its_own_symbol(banner: GuidanceBanner) -> None:
    for guidance in Guidance:
        symbol = guidance_symbol(guidance)
        assert banner.set_message(guidance_text(guidance), BannerState.GUIDANCE, symbol)
        assert banner.label().text() == f"{symbol} {guidance.message}" and banner.symbol == symbol
        if guidance in DIRECTIONS:
            assert symbol == DIRECTIONS[guidance], guidance
        else:
            assert symbol not in ARROWS and "➜" not in banner.label().text(), guidance
    assert guidance_symbol(Guidance.TOO_FAR) == "⊕" and guidance_symbol(Guidance.TOO_CLOSE) == "⊖"
    assert guidance_symbol(Guidance.TOO_DARK) == "☀" and guidance_symbol(Guidance.BLURRY) == "•"
    assert guidance_symbol(None) == "✓"


def ink(text: str, banner: GuidanceBanner) -> QImage:
    image = QImage(80, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(banner.label().font())
    painter.setPen(QColor("black"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return image


def test_every_symbol_renders_in_the_banner_font(banner: GuidanceBanner) -> None:
    """Offscreen, with the fonts the station has: a glyph of the font itself, not a box or nothing."""
    metrics = QFontMetrics(banner.label().font())
    missing = ink("\U0010fffd", banner)  # a private-use character no font has: what a missing glyph looks like
    symbols = {guidance_symbol(guidance) for guidance in Guidance} | {guidance_symbol(None), "⚠"}
    for symbol in symbols:
        assert metrics.inFontUcs4(ord(symbol)), symbol
        drawn = ink(symbol, banner)
        assert drawn != missing and drawn != ink(" ", banner), symbol


def test_the_banner_shows_the_distance_symbol_for_come_closer(banner: GuidanceBanner, bridge: PipelineBridge,
                                                              far_file: Path) -> None:
    banner.set_result(results_for(bridge, far_file, lambda r: r.state.guidance == Guidance.TOO_FAR))
    assert banner.label().text() == "⊕ Come closer" and banner.symbol == "⊕"


def test_the_banner_follows_the_tracked_guidance(banner: GuidanceBanner, bridge: PipelineBridge,
                                                 far_file: Path, compliant_file: Path) -> None:
    far = results_for(bridge, far_file, lambda r: r.state.guidance == Guidance.TOO_FAR)
    banner.set_result(far)
    assert (banner.text, banner.state) == ("Come closer", BannerState.GUIDANCE)
    good = results_for(bridge, compliant_file, lambda r: r.state.all_passed)
    banner.set_result(good)
    assert (banner.text, banner.state) == (ALL_GOOD_MESSAGE, BannerState.ALL_GOOD)


def test_without_auto_capture_all_green_says_to_take_the_photo(banner: GuidanceBanner, bridge: PipelineBridge,
                                                                compliant_file: Path) -> None:
    """With auto-capture off nothing comes of holding still: the banner tells the operator to press the button."""
    good = results_for(bridge, compliant_file, lambda r: r.state.all_passed)
    banner.set_automatic(False)
    banner.set_result(good)
    assert (banner.text, banner.state) == ("Ready: press Take photo now", BannerState.ALL_GOOD)
    banner.set_automatic(True)
    banner.set_result(good)
    assert banner.text == ALL_GOOD_MESSAGE
