"""One big message for the person in front of the camera, readable from a metre away; during the liveness check
(issue 18) the prompt, with a small drawn face acting it out and "1 of 2 · 5 s" beside it."""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication, QRect, Qt, Signal, Slot
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from facestation.station.core.camera.pipeline import CaptureResult, PipelineResult
from facestation.station.ui.accessibility import GUIDANCE_SETTLE_SECONDS, Announcer
from facestation.station.ui.kit import RetranslateMixin
from facestation.station.ui.theme import set_style_property
from facestation.station.ui.widgets.liveness_prompt import (
    PromptAnimation,
    progress_text,
    prompt_text,
)
from facestation.vision.guidance import Guidance
from facestation.vision.liveness_challenge import LivenessState

__all__ = ["BannerState", "GuidanceBanner", "guidance_symbol", "guidance_text"]


def guidance_text(guidance: Guidance | None) -> str:
    """The translated message for a guidance (None: the all-good "hold still" message).

    The English texts repeat `facestation.vision.guidance` word for word (a test keeps them in step) so that
    the translation tools see literal strings."""
    translate = QCoreApplication.translate
    texts = {
        Guidance.NO_FACE: translate("Guidance", "Look at the camera"),
        Guidance.MULTIPLE_FACES: translate("Guidance", "Only one person in view, please"),
        Guidance.TOO_FAR: translate("Guidance", "Come closer"),
        Guidance.TOO_CLOSE: translate("Guidance", "Move back a little"),
        Guidance.MOVE_YOUR_LEFT: translate("Guidance", "Move a little to your left"),
        Guidance.MOVE_YOUR_RIGHT: translate("Guidance", "Move a little to your right"),
        Guidance.MOVE_UP: translate("Guidance", "Move up a little"),
        Guidance.MOVE_DOWN: translate("Guidance", "Move down a little"),
        Guidance.TURN_YOUR_LEFT: translate("Guidance", "Turn your head slightly to your left"),
        Guidance.TURN_YOUR_RIGHT: translate("Guidance", "Turn your head slightly to your right"),
        Guidance.CHIN_DOWN: translate("Guidance", "Lower your chin slightly"),
        Guidance.CHIN_UP: translate("Guidance", "Raise your chin slightly"),
        Guidance.HEAD_STRAIGHT: translate("Guidance", "Keep your head straight, don't tilt it"),
        Guidance.OPEN_EYES: translate("Guidance", "Open your eyes"),
        Guidance.CLOSE_MOUTH: translate("Guidance", "Close your mouth, neutral expression"),
        Guidance.TOO_DARK: translate("Guidance", "Too dark: add light in front of you"),
        Guidance.TOO_BRIGHT: translate("Guidance", "Too bright: reduce the light on your face"),
        Guidance.BACKLIT: translate("Guidance", "The light behind you is too strong"),
        Guidance.UNEVEN_LIGHT: translate("Guidance", "Light your face evenly from the front"),
        Guidance.RED_EYES: translate("Guidance", "Red eyes: turn off the flash and retake"),
        Guidance.PLAIN_BACKGROUND: translate("Guidance", "A plain background is needed behind you"),
        Guidance.BLURRY: translate("Guidance", "Hold still, the image is blurry"),
    }
    if guidance is None:
        return translate("Guidance", "Hold still…")
    return texts.get(guidance, guidance.message)


# Arrows only where the person should move or turn that way; "come closer" and "step back" are about distance,
# and an arrow there read as "move right", so they get the zoom-like plus and minus in a circle. Left and right
# are the person's own (see facestation.vision.guidance): facing the screen, their left is the screen's left.
# Every symbol is in DejaVu Sans, the font the station ships with, so none renders as a box.
_DIRECTION_SYMBOLS = {
    Guidance.MOVE_YOUR_LEFT: "←",
    Guidance.MOVE_YOUR_RIGHT: "→",
    Guidance.MOVE_UP: "↑",
    Guidance.MOVE_DOWN: "↓",
    Guidance.TURN_YOUR_LEFT: "↶",
    Guidance.TURN_YOUR_RIGHT: "↷",
    Guidance.CHIN_DOWN: "↓",
    Guidance.CHIN_UP: "↑",
    Guidance.HEAD_STRAIGHT: "↕",  # upright
}
_DISTANCE_SYMBOLS = {
    Guidance.TOO_FAR: "⊕",  # zoom in: come closer
    Guidance.TOO_CLOSE: "⊖",  # zoom out: step back
}
_LIGHT_SYMBOL = "☀"
_LIGHT_GUIDANCE = frozenset({Guidance.TOO_DARK, Guidance.TOO_BRIGHT, Guidance.BACKLIT, Guidance.UNEVEN_LIGHT})
_OTHER_GUIDANCE_SYMBOL = "•"  # a change with no direction (eyes, mouth, background, blur, no face)


def guidance_symbol(guidance: Guidance | None) -> str:
    """The symbol shown before a guidance's message: an arrow only for a direction (None: the all-good tick)."""
    if guidance is None:
        return _STATE_SYMBOLS[BannerState.ALL_GOOD]
    if guidance in _DIRECTION_SYMBOLS:
        return _DIRECTION_SYMBOLS[guidance]
    if guidance in _DISTANCE_SYMBOLS:
        return _DISTANCE_SYMBOLS[guidance]
    return _LIGHT_SYMBOL if guidance in _LIGHT_GUIDANCE else _OTHER_GUIDANCE_SYMBOL


# A message takes at most this many lines; a longer one gets a smaller font, down to this share of the size
# (and wraps only if even that is too wide). One line keeps the band's height, so the preview under it neither
# jumps when the message changes nor loses the height that makes the face large.
MAX_LINES = 1
MIN_FONT_SHARE = 0.6


class BannerState(Enum):
    IDLE = "idle"  # nothing analysed yet
    GUIDANCE = "guidance"  # something to fix
    ALL_GOOD = "all_good"  # every check passes: hold still
    CAPTURED = "captured"  # the photo was taken
    PROBLEM = "problem"  # the camera or file has a problem


_STATE_SYMBOLS = {  # when the message comes with no symbol of its own
    BannerState.IDLE: "",
    BannerState.GUIDANCE: _OTHER_GUIDANCE_SYMBOL,
    BannerState.ALL_GOOD: "✓",
    BannerState.CAPTURED: "✓",
    BannerState.PROBLEM: "⚠",
}


class GuidanceBanner(RetranslateMixin, QFrame):
    """One message at a time in a large bold font on a coloured band: amber while the person should change
    something, green when all is good, blue once the photo is taken, red for a camera problem.

    Changes only when the text or state really changes (`messageChanged` fires then), so a stream of equal
    results costs nothing. A screen reader is told (`announcer`): a guidance once it has stayed about a second
    (a swaying person does not make it chatter), the photo taken or a camera problem at once. `announced(text,
    cue)` follows each announcement, with the sound cue it deserves ("guidance", "passed" or "not_passed",
    the values of facestation.station.ui.sounds.Cue)."""

    messageChanged = Signal(str)
    announced = Signal(str, str)

    def __init__(self, parent: QWidget | None = None, *, pixel_size: int = 38,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.setObjectName("GuidanceBanner")
        self._pixel_size = pixel_size
        self._label = QLabel(self)
        self._label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._label.setWordWrap(True)
        self._label.setObjectName("GuidanceBannerText")
        # The liveness prompt's drawing (left) and "1 of 2 · 5 s" (right); hidden otherwise.
        self.animation = PromptAnimation(self, size=int(pixel_size * 1.6))
        self.animation.hide()
        self.progress = QLabel(self)
        self.progress.setObjectName("GuidanceBannerText")  # the band's text colours
        self.progress.setAccessibleName("")
        progress_font = QFont(self.progress.font())
        progress_font.setPixelSize(max(14, int(pixel_size * 0.6)))
        progress_font.setBold(True)
        self.progress.setFont(progress_font)
        self.progress.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 10, 18, 10)
        layout.setSpacing(14)
        layout.addWidget(self.animation, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self._label, 1)
        layout.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(int(pixel_size * 2.2))
        self._text = ""
        self._symbol = ""
        self._state = BannerState.IDLE
        self._idle = True  # showing the default idle text (retranslated with the UI)
        self._cue = ""
        self._automatic = True  # the photo takes itself once every check passes
        self._liveness = False  # set_message is showing a liveness prompt
        self.announcer = Announcer(self, name="", settle_seconds=GUIDANCE_SETTLE_SECONDS, clock=clock)
        self.announcer.announced.connect(self._announced)
        self._apply()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.announcer.set_name(self.tr("Instructions for the person being photographed"))
        if self._idle:
            self.set_message(self._idle_text(), BannerState.IDLE)
            self._idle = True

    def _idle_text(self) -> str:
        return guidance_text(Guidance.NO_FACE)

    # -- state ----------------------------------------------------------------------------------------------

    @property
    def text(self) -> str:
        return self._text

    @property
    def state(self) -> BannerState:
        return self._state

    @property
    def symbol(self) -> str:
        """The symbol shown before the text ("" for none)."""
        return self._symbol

    @property
    def showing_liveness(self) -> bool:
        """A liveness prompt is up (its drawing beside the text)."""
        return self.animation.isVisibleTo(self)

    def label(self) -> QLabel:
        return self._label

    # -- input ----------------------------------------------------------------------------------------------

    def set_message(self, text: str, state: BannerState, symbol: str | None = None) -> bool:
        """Show `text` in `state`'s colours, after `symbol` (None: the state's own). Returns whether anything
        changed."""
        self._idle = False
        if not self._liveness and self.animation.isVisibleTo(self):
            self.animation.set_prompt(None)
            self.animation.hide()
            self.progress.hide()
        symbol = _STATE_SYMBOLS[state] if symbol is None else symbol
        if text == self._text and state == self._state and symbol == self._symbol:
            return False
        state_changed = state != self._state
        self._text, self._state, self._symbol = text, state, symbol
        self._label.setText(f"{symbol} {text}" if symbol else text)
        self._label.setAccessibleName(text)
        if state_changed:
            self._apply()
        else:
            self._fit_font()
        self._tell(text, state)
        self.messageChanged.emit(text)
        return True

    def _announced(self, text: str) -> None:
        guiding = self._state in (BannerState.GUIDANCE, BannerState.ALL_GOOD)
        self.announced.emit(text, "guidance" if guiding else self._cue)

    def _tell(self, text: str, state: BannerState) -> None:
        """Pass the new message on to a screen reader: guidance once it settles, the rest at once."""
        if state in (BannerState.GUIDANCE, BannerState.ALL_GOOD):
            self.announcer.propose(text)
        elif state is BannerState.IDLE:
            self.announcer.propose("")  # nothing to say; forget a guidance that was waiting
        else:
            self.announcer.announce(text)

    def set_automatic(self, automatic: bool) -> None:
        """Whether the photo takes itself: with every check green the banner says "Hold still…" then, and
        "press Take photo now" when the operator takes it (auto-capture off): nothing would come of holding still."""
        self._automatic = automatic

    def _all_good_text(self) -> str:
        if self._automatic:
            return guidance_text(None)
        return self.tr("Ready: press Take photo now")

    @Slot(object)
    def set_result(self, result: PipelineResult) -> None:
        """The tracked guidance of a live analysis. Before the first problem is confirmed (a few hundred
        milliseconds) the tracker has no message: the banner keeps what it shows."""
        state = result.state
        if state.all_passed:
            self.set_message(self._all_good_text(), BannerState.ALL_GOOD)
        elif state.guidance is not None:
            self.set_message(guidance_text(state.guidance), BannerState.GUIDANCE, guidance_symbol(state.guidance))
        elif self._state == BannerState.ALL_GOOD:
            # Checks dropped out but no message is confirmed yet: do not keep saying "hold still".
            self.set_message(self._idle_text(), BannerState.GUIDANCE)

    def show_liveness(self, state: LivenessState) -> None:
        """A liveness prompt (or the pause after an answer), its drawing, and "1 of 2 · 5 s". In the colours of a
        photo taken (the check follows the photo); a new prompt is announced at once, with the guidance tone."""
        self._cue = "guidance"
        self._liveness = True
        self.set_message(prompt_text(state.prompt), BannerState.CAPTURED, "")
        self._liveness = False
        self.animation.set_prompt(state.prompt)
        self.animation.show()
        self.progress.setText(progress_text(state) if state.prompt is not None else "")
        self.progress.show()

    @Slot(object)
    def show_captured(self, capture: CaptureResult) -> None:
        if capture.report.passed:
            text = self.tr("Photo taken. Thank you!")
        else:
            text = self.tr("Photo taken, but it does not pass every check")
        self._cue = "passed" if capture.report.passed else "not_passed"
        self.set_message(text, BannerState.CAPTURED)

    @Slot(str)
    def show_problem(self, message: str) -> None:
        self._cue = "not_passed"
        self.set_message(message, BannerState.PROBLEM)

    @Slot()
    def clear(self) -> None:
        self.set_message(self._idle_text(), BannerState.IDLE)
        self._idle = True

    def _apply(self) -> None:
        # The theme colours the band by `state` (white on the dark colours, dark text on amber); the size is the
        # banner's own, so it goes in the font.
        set_style_property("state", self._state.value, self, self._label, self.progress)
        self._fit_font()  # after the style: re-polishing the label gives it the style sheet's font again

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_font()

    def _fit_font(self) -> None:
        """The banner's own size, or smaller (down to 60 %) when the message would take more than one line
        at the band's width: a long message on a narrow screen (the capture panel at 1024x768, in Spanish)
        stays whole in the band instead of losing its last line, and the band keeps its height."""
        font = QFont(self._label.font())
        font.setBold(True)
        width = self._label.contentsRect().width()
        size = self._pixel_size
        smallest = int(self._pixel_size * MIN_FONT_SHARE)
        while width > 0 and size > smallest:
            font.setPixelSize(size)
            metrics = QFontMetrics(font)
            needed = metrics.boundingRect(QRect(0, 0, width, 0), Qt.TextFlag.TextWordWrap, self._label.text())
            # Half a line of slack: a symbol from a fallback font (✓, ⊕) makes its line a little taller.
            if needed.height() < (MAX_LINES + 0.5) * metrics.lineSpacing():
                break
            size -= 2
        font.setPixelSize(max(size, smallest))
        if font != self._label.font():
            self._label.setFont(font)

    @property
    def font_pixel_size(self) -> int:
        """The message's font size now (the banner's own unless a long message had to shrink)."""
        return self._label.font().pixelSize()
