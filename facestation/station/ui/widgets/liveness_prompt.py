"""What the person sees during the liveness check (issue 18): the prompt's words, "1 of 2" and the seconds left,
a small drawn face that shows what to do (it blinks, or turns its head), and one plain sentence per reason a
check was not passed. Drawn with QPainter on a looping QVariantAnimation: no image files.

Left and right are the person's own, as the prompt says them. The preview is a mirror, so a person turning to
their left sees their face turn towards the screen's left: the drawing turns the same way.
"""

from __future__ import annotations

import math

from PySide6.QtCore import (
    QCoreApplication,
    QEasingCurve,
    QPointF,
    QRectF,
    Qt,
    QVariantAnimation,
)
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from facestation.vision.liveness_challenge import LivenessState, Prompt, Reason

__all__ = ["PromptAnimation", "checking_text", "confirmed_text", "progress_text", "prompt_text", "reason_text"]

_LOOP_MS = 1600  # one blink or one turn and back, then again


def prompt_text(prompt: Prompt | None) -> str:
    """The instruction on the banner (None: between two prompts, or while the answer is being checked)."""
    if prompt is Prompt.BLINK:
        return QCoreApplication.translate("Liveness", "Blink")
    if prompt is Prompt.TURN_LEFT:
        return QCoreApplication.translate("Liveness", "Turn your head to your left")
    if prompt is Prompt.TURN_RIGHT:
        return QCoreApplication.translate("Liveness", "Turn your head to your right")
    return QCoreApplication.translate("Liveness", "Well done. Look at the camera…")


def checking_text() -> str:
    """Every prompt answered: the same-person check runs (a moment)."""
    return QCoreApplication.translate("Liveness", "Checking…")


def confirmed_text() -> str:
    """The check is passed (on the banner)."""
    return QCoreApplication.translate("Liveness", "Live person: confirmed")


def progress_text(state: LivenessState) -> str:
    """"1 of 2 · 5 s": which prompt of how many, and the whole seconds it has left."""
    seconds = max(0, math.ceil(state.seconds_left))
    which = QCoreApplication.translate("Liveness", "{0} of {1}").format(state.index + 1, state.count)
    return QCoreApplication.translate("Liveness", "{0} · {1} s").format(which, seconds)


def reason_text(reason: Reason) -> str:
    """Why a check did not confirm a live person, in plain words."""
    texts = {
        Reason.TIMED_OUT: QCoreApplication.translate("Liveness", "No answer to the prompt in time."),
        Reason.FLAT: QCoreApplication.translate("Liveness",
                                                "The head turned like a flat picture (a photo or a screen?)."),
        Reason.WRONG_WAY: QCoreApplication.translate("Liveness", "Turned the other way."),
        Reason.FACE_LOST: QCoreApplication.translate("Liveness", "The face left the camera."),
        Reason.OTHER_PERSON: QCoreApplication.translate("Liveness", "A different face at the end."),
        Reason.SCREEN: QCoreApplication.translate("Liveness", "Looks like a phone, tablet or printed photo."),
        Reason.CANCELLED: QCoreApplication.translate("Liveness", "The check was stopped."),
    }
    return texts.get(reason, "")


class PromptAnimation(QWidget):
    """A drawn face acting the prompt out on a loop: its eyes close and open for a blink, its head turns to
    the side asked and back for a turn. Hidden with no prompt."""

    def __init__(self, parent: QWidget | None = None, *, size: int = 64) -> None:
        super().__init__(parent)
        self.setObjectName("livenessPromptAnimation")
        self.setFixedSize(size, size)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._prompt: Prompt | None = None
        self._phase = 0.0  # 0..1 through one loop
        self._animation = QVariantAnimation(self)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.setDuration(_LOOP_MS)
        self._animation.setLoopCount(-1)
        self._animation.setEasingCurve(QEasingCurve.Type.Linear)
        self._animation.valueChanged.connect(self._advance)

    @property
    def prompt(self) -> Prompt | None:
        return self._prompt

    @property
    def running(self) -> bool:
        return self._animation.state() is QVariantAnimation.State.Running

    def set_prompt(self, prompt: Prompt | None) -> None:
        if prompt is self._prompt:
            return
        self._prompt = prompt
        self._phase = 0.0
        if prompt is None:
            self._animation.stop()
        else:
            self._animation.start()
        self.update()

    def freeze(self, phase: float) -> None:
        """Stop the loop and draw it at `phase` (0..1): the screenshots pick a telling moment."""
        self._animation.stop()
        self._phase = phase % 1.0
        self.update()

    def _advance(self, value: object) -> None:
        self._phase = float(value)  # type: ignore[arg-type]
        self.update()

    # -- drawing ------------------------------------------------------------------------------------------------

    def _openness(self) -> float:
        """The eyes' opening: a blink in the middle of the loop (a blink prompt), else always open."""
        if self._prompt is not Prompt.BLINK:
            return 1.0
        distance = abs(self._phase - 0.5)
        return 1.0 if distance > 0.12 else distance / 0.12

    def _turn(self) -> float:
        """-1..1: how far the head is turned towards the screen's left (-) or right (+)."""
        if self._prompt not in (Prompt.TURN_LEFT, Prompt.TURN_RIGHT):
            return 0.0
        side = -1.0 if self._prompt is Prompt.TURN_LEFT else 1.0  # the person's left is the mirror's left
        return side * math.sin(math.pi * self._phase) ** 2

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._prompt is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        head = QRectF(side * 0.16, side * 0.06, side * 0.68, side * 0.88)
        centre = head.center()
        colour = QColor("#ffffff")
        painter.setPen(QPen(colour, max(2.0, side / 22)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(head)
        turn = self._turn()
        shift = turn * head.width() * 0.22  # the features slide towards the side the head turns to
        eye_y = centre.y() - head.height() * 0.1
        eye_gap = head.width() * 0.21 * (1 - 0.25 * abs(turn))
        eye_width, eye_height = head.width() * 0.16, head.height() * 0.11 * self._openness()
        painter.setBrush(colour)
        for sign in (-1, 1):
            eye = QPointF(centre.x() + shift + sign * eye_gap, eye_y)
            if eye_height < 1.5:
                painter.drawLine(QPointF(eye.x() - eye_width / 2, eye.y()), QPointF(eye.x() + eye_width / 2, eye.y()))
            else:
                painter.drawEllipse(eye, eye_width / 2, eye_height / 2)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        nose_top = QPointF(centre.x() + shift * 1.2, eye_y + head.height() * 0.06)
        nose_tip = QPointF(centre.x() + shift * 1.6 + turn * head.width() * 0.05, centre.y() + head.height() * 0.1)
        painter.drawLine(nose_top, nose_tip)
        mouth = QPainterPath()
        mouth_y = centre.y() + head.height() * 0.25
        mouth.moveTo(centre.x() + shift - head.width() * 0.14, mouth_y)
        mouth.quadTo(centre.x() + shift, mouth_y + head.height() * 0.06, centre.x() + shift + head.width() * 0.14,
                     mouth_y)
        painter.drawPath(mouth)
        painter.end()
