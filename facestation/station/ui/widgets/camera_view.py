"""The live camera preview with its framing overlay, capture countdown, flash and shutter sound.

Only the painting is mirrored (so the person in front sees themselves as in a mirror): frames, analysis and
the submitted portrait stay as the camera took them. The picture fills the widget with a window of the frame
(facestation.station.core.camera.preview_window: the portrait region with a margin, following an off-centre
face), so the face is large. Every overlay position comes from the analysis in frame coordinates and goes
through `frame_to_widget`, which maps through the same window and mirroring as the picture.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QEasingCurve,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QVariantAnimation,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from facestation.station.core.camera.pipeline import CaptureResult, PipelineResult
from facestation.station.core.camera.preview_window import (
    PreviewWindow,
    fit_whole_frame,
    head_guide,
    target_window,
)
from facestation.station.core.camera.sources import Frame
from facestation.station.ui.images import bgr_to_qimage
from facestation.station.ui.theme import SIGNAL_COLOURS
from facestation.station.ui.widgets.shutter_sound import ShutterSound, write_shutter_wav
from facestation.vision.faces import Box, Face
from facestation.vision.quality import (
    DEFAULT_THRESHOLDS,
    QualityThresholds,
    centred_portrait_region,
)

__all__ = ["CameraView", "Colors", "ShutterSound", "head_guide", "write_shutter_wav"]


class Colors:
    """The station's signal colours, shared by the overlay, the checklist and the banner. Picked to stay
    apart for the common colour-vision deficiencies (shapes carry the meaning too: tick, cross, ring); the
    theme's style sheet colours the banner and the checklist with the same `SIGNAL_COLOURS`."""

    PASS = QColor(SIGNAL_COLOURS["pass"])
    PASS_DARK = QColor(SIGNAL_COLOURS["pass_dark"])
    FAIL = QColor(SIGNAL_COLOURS["fail"])
    FAIL_DARK = QColor(SIGNAL_COLOURS["fail_dark"])
    GUIDE = QColor(255, 255, 255, 230)
    CAPTURE = QColor(SIGNAL_COLOURS["capture"])
    NEUTRAL_DARK = QColor(SIGNAL_COLOURS["neutral_dark"])
    BACKGROUND = QColor(SIGNAL_COLOURS["background"])


# -- the view ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Scene:
    """What one paint shows: a picture and the overlay that belongs to it."""

    image: QImage
    size: tuple[int, int]  # the picture's width and height in frame pixels
    region: Box
    face: Face | None
    all_good: bool
    countdown: float | None  # auto-capture progress to show as a ring, or None
    frozen: bool  # the captured frame, held after a capture


class CameraView(QWidget):
    """Paints the newest frame filling the widget, mirrored when `mirrored`, with the overlay:

    With `zoom` (the default) the picture is a window of the frame (`PreviewWindow`): the portrait region with
    a margin, cut to the widget's shape, easing after an off-centre face; without it, the whole frame scaled
    to fit (aspect kept, bars at the sides), for a view that must show everything the camera sees.

    * the portrait region (what will be cut out; the rest of the frame is dimmed) with corner marks,
    * an oval where the head belongs, and the band the eye line must fall in,
    * the face box and the actual eye line, green when every check passes, amber while something is wrong,
    * a countdown ring and number while auto-capture is about to fire,
    * a white flash and a shutter click on capture; then, with `freeze_on_capture`, the captured frame stays
      on screen as taken (unmirrored, like the submitted portrait; the flash hides the flip), with its
      verdict's colours, until `reset_capture()`,
    * a "no camera" state with a message instead of a picture.

    Feed it with `set_frame` (preview rate) and `set_result` (analysis rate); `show_capture` flashes.
    """

    mirroredChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, mirrored: bool = True, freeze_on_capture: bool = True,
                 thresholds: QualityThresholds = DEFAULT_THRESHOLDS, zoom: bool = True,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._mirrored = mirrored
        self._zoom = zoom
        self._preview = PreviewWindow(clock=clock)
        self._window: Box | None = None  # the frame window painted last (frame pixels), None: work it out
        self._thresholds = thresholds
        self.freeze_on_capture = freeze_on_capture
        self._image: QImage | None = None
        self._image_array: object | None = None  # the array `_image` was made from (a still photo repeats it)
        self._frame_size: tuple[int, int] | None = None
        self._result: PipelineResult | None = None
        self._captured = False
        self._frozen: CaptureResult | None = None
        self._frozen_image: QImage | None = None
        self._no_camera_message: str | None = None
        self._overlay_visible = True
        self._flash = 0.0
        self._flash_animation = QVariantAnimation(self)
        self._flash_animation.setStartValue(1.0)
        self._flash_animation.setEndValue(0.0)
        self._flash_animation.setDuration(450)
        self._flash_animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._flash_animation.valueChanged.connect(self._on_flash_value)
        self.shutter = ShutterSound(self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Camera preview"))
        self.setAccessibleDescription(self.tr(
            "Live picture from the camera with a guide showing where the head should be."))
        self.update()

    # -- properties -----------------------------------------------------------------------------------------

    @property
    def mirrored(self) -> bool:
        """The mirror setting for the live picture (a held capture is always shown as taken)."""
        return self._mirrored

    def _mirror_now(self) -> bool:
        # A held capture is shown the way it was taken, like the portrait beside it and the photo submitted;
        # the flash hides the flip.
        return self._mirrored and self._frozen is None

    @Slot(bool)
    def set_mirrored(self, mirrored: bool) -> None:
        """Mirror the picture (and the overlay with it) for the person in front; the analysis is unaffected."""
        if mirrored != self._mirrored:
            self._mirrored = mirrored
            self.update()
            self.mirroredChanged.emit(mirrored)

    @property
    def overlay_visible(self) -> bool:
        return self._overlay_visible

    @Slot(bool)
    def set_overlay_visible(self, visible: bool) -> None:
        if visible != self._overlay_visible:
            self._overlay_visible = visible
            self.update()

    @property
    def no_camera(self) -> bool:
        return self._no_camera_message is not None

    @property
    def has_frame(self) -> bool:
        return self._image is not None

    @property
    def frozen(self) -> bool:
        """The captured frame is held on screen."""
        return self._frozen is not None

    @property
    def result(self) -> PipelineResult | None:
        return self._result

    @property
    def sound_enabled(self) -> bool:
        return self.shutter.enabled

    def set_sound_enabled(self, enabled: bool) -> None:
        self.shutter.enabled = enabled

    # -- input ----------------------------------------------------------------------------------------------

    @Slot(object)
    def set_frame(self, frame: Frame) -> None:
        """Show a frame (the newest one; called at the preview rate on the GUI thread)."""
        if frame.image is not self._image_array:
            self._image = bgr_to_qimage(frame.image)
            self._image_array = frame.image
        self._frame_size = (frame.width, frame.height)
        self._no_camera_message = None
        if self._frozen is None:
            self._advance_window()
            self.update()

    @Slot(object)
    def set_result(self, result: PipelineResult) -> None:
        """Update the overlay from an analysis."""
        self._result = result
        if result.capture is not None:
            self._captured = True
        if self._image is None:
            # No preview frame yet (results can overtake the first frame notification): show the analysed one.
            self.set_frame(result.frame)
        if self._frozen is None:
            self._advance_window()
            self.update()

    @Slot(object)
    def show_capture(self, capture: CaptureResult | None = None) -> None:
        """Flash and click: a photo was taken (and, with `freeze_on_capture`, hold it on screen)."""
        self._captured = True
        if capture is not None and self.freeze_on_capture:
            self._frozen = capture
            self._frozen_image = bgr_to_qimage(capture.image)
        self._flash_animation.stop()
        self._flash = 1.0  # at once: the animation's first value arrives only with its first tick
        self._flash_animation.start()
        self.shutter.play()
        self.update()

    def show_live_while_captured(self) -> None:
        """The live picture again while the photo stays taken (no countdown ring): the liveness prompts ask the
        person to blink or turn, and they should see themselves do it. `hold_capture` freezes it again."""
        self._frozen = None
        self._frozen_image = None
        self._advance_window()
        self.update()

    def hold_capture(self, capture: CaptureResult) -> None:
        """Show `capture` frozen again (after `show_live_while_captured`), without a flash or a click."""
        if self._captured and self.freeze_on_capture:
            self._frozen = capture
            self._frozen_image = bgr_to_qimage(capture.image)
            self.update()

    @Slot()
    def reset_capture(self) -> None:
        """Retake: back to the live picture; the countdown shows again on the next attempt."""
        self._captured = False
        self._frozen = None
        self._frozen_image = None
        self._advance_window()
        self.update()

    @Slot(str)
    def show_no_camera(self, message: str = "") -> None:
        """Show the "no camera" state instead of a picture, with `message` (default: a standard hint)."""
        self.clear()
        self._no_camera_message = message or self.tr(
            "No camera found.\nConnect a USB camera, or load a photo from a file.")
        self.update()

    @Slot()
    def clear(self) -> None:
        """Forget the picture and overlay (source stopped or changed); shows "Starting the camera…"."""
        self._image = None
        self._image_array = None
        self._frame_size = None
        self._result = None
        self._captured = False
        self._frozen = None
        self._frozen_image = None
        self._no_camera_message = None
        self._preview.reset()
        self._window = None
        self.update()

    @Slot(object)
    def _on_flash_value(self, value: object) -> None:
        self._flash = float(value)  # type: ignore[arg-type]
        self.update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.shutter.enabled:
            self.shutter.prepare()  # load ahead, so the first click is not late

    # -- what to show ---------------------------------------------------------------------------------------

    def _scene(self) -> _Scene | None:
        frozen = self._frozen
        if frozen is not None and self._frozen_image is not None:
            report = frozen.report
            return _Scene(self._frozen_image, (int(frozen.image.shape[1]), int(frozen.image.shape[0])),
                          report.region, report.face, report.passed, None, True)
        if self._image is None or self._frame_size is None:
            return None
        result = self._result
        if result is not None and (result.frame.width, result.frame.height) != self._frame_size:
            result = None  # an analysis of another source's frames: its coordinates mean nothing here
        if result is None:
            return _Scene(self._image, self._frame_size, centred_portrait_region(*self._frame_size), None,
                          False, None, False)
        all_good = result.state.all_passed
        countdown = None
        if all_good and not self._captured and result.capture is None and 0.0 < result.capture_progress < 1.0:
            countdown = result.capture_progress
        return _Scene(self._image, self._frame_size, result.region, result.report.face, all_good, countdown, False)

    def _shown_size(self) -> tuple[int, int] | None:
        if self._frozen is not None:
            return (int(self._frozen.image.shape[1]), int(self._frozen.image.shape[0]))
        return self._frame_size

    # -- geometry -------------------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(640, 480)

    @property
    def zoom(self) -> bool:
        """The picture is the portrait window of the frame (else the whole frame, letterboxed)."""
        return self._zoom

    def _aspect(self) -> float:
        return max(self.width(), 1) / max(self.height(), 1)

    def _live_window_inputs(self) -> tuple[tuple[int, int], Box, Box | None] | None:
        """The frame size, portrait region and face box the live window follows, or None without a frame."""
        if self._frame_size is None:
            return None
        result = self._result
        if result is not None and (result.frame.width, result.frame.height) == self._frame_size:
            face = result.report.face
            return self._frame_size, result.region, face.box if face is not None else None
        return self._frame_size, centred_portrait_region(*self._frame_size), None

    def _advance_window(self) -> None:
        """Move the live window one step towards where it should be (a new frame or analysis arrived)."""
        inputs = self._live_window_inputs()
        if inputs is None or not self._zoom:
            self._window = None
            return
        self._window = self._preview.update(inputs[0], self._aspect(), *inputs[1:])

    def crop_window(self) -> Box | None:
        """The part of the frame painted, in frame pixels (may reach past the frame's edges: bars there)."""
        size = self._shown_size()
        if size is None:
            return None
        aspect = self._aspect()
        if not self._zoom:
            return fit_whole_frame(size, aspect)
        frozen = self._frozen
        if frozen is not None and size != self._frame_size:
            # A held capture of another size than the live frames: its own window, straight away.
            face = frozen.report.face
            return target_window(size, aspect, frozen.report.region, face.box if face is not None else None)
        window = self._window
        if window is None or abs(window.width / window.height - aspect) > 1e-3 * aspect:
            # Not worked out yet, or the widget changed shape since: jump to the window for this shape.
            inputs = self._live_window_inputs()
            if inputs is not None and inputs[0] == size:
                window = self._window = self._preview.update(inputs[0], aspect, *inputs[1:])
            else:
                return fit_whole_frame(size, aspect)
        return window

    def _scale(self, window: Box) -> float:
        """Widget pixels per frame pixel."""
        return self.width() / window.width

    def image_rect(self) -> QRectF:
        """Where the picture is painted: the frame's part inside the window, in widget coordinates."""
        size = self._shown_size()
        if size is None:
            return QRectF()
        return self.frame_box_to_widget(Box(0, 0, *size)).intersected(QRectF(self.rect()))

    def frame_to_widget(self, x: float, y: float) -> QPointF:
        """A point in frame pixels (as the analysis reports it) to widget coordinates: through the painted
        window of the frame and the mirroring, exactly as the picture is painted."""
        window = self.crop_window()
        if window is None:
            return QPointF()
        scale = self._scale(window)
        across = window.right - x if self._mirror_now() else x - window.left
        return QPointF(across * scale, (y - window.top) * scale)

    def frame_box_to_widget(self, box: Box) -> QRectF:
        """A frame-pixel box to the widget rectangle it covers (left and right swap places when mirrored)."""
        first = self.frame_to_widget(box.left, box.top)
        second = self.frame_to_widget(box.right, box.bottom)
        return QRectF(first, second).normalized()

    # -- painting -------------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.fillRect(self.rect(), Colors.BACKGROUND)
            scene = self._scene()
            if scene is None:
                self._paint_placeholder(painter)
                return
            target = self.image_rect()
            self._paint_picture(painter, scene)
            if self._overlay_visible:
                self._paint_overlay(painter, target, scene)
            if self._flash > 0:
                painter.fillRect(target, QColor(255, 255, 255, int(235 * self._flash)))
        finally:
            painter.end()

    def _paint_picture(self, painter: QPainter, scene: _Scene) -> None:
        window = self.crop_window()
        if window is None:
            return
        scale = self._scale(window)
        # Only the part of the frame inside the window is drawn (the scaling works on those pixels alone).
        visible = QRectF(0, 0, *scene.size).intersected(
            QRectF(window.left, window.top, window.width, window.height)).toAlignedRect()
        painter.save()
        if self._mirror_now():
            painter.translate(window.right * scale, -window.top * scale)
            painter.scale(-scale, scale)
        else:
            painter.translate(-window.left * scale, -window.top * scale)
            painter.scale(scale, scale)
        painter.drawImage(QPointF(visible.topLeft()), scene.image, visible)
        painter.restore()

    def _paint_overlay(self, painter: QPainter, target: QRectF, scene: _Scene) -> None:
        region = scene.region
        all_good = scene.all_good
        guide_color = Colors.PASS if all_good else Colors.GUIDE
        stroke = max(2.0, min(target.width(), target.height()) / 160)
        region_rect = self.frame_box_to_widget(region).intersected(target)

        # Dim what will not be in the portrait, so the person sees the picture that will be taken.
        outside = QPainterPath()
        outside.addRect(target)
        inside = QPainterPath()
        inside.addRect(region_rect)
        painter.fillPath(outside.subtracted(inside), QColor(0, 0, 0, 150 if scene.frozen else 120))
        self._paint_corners(painter, region_rect, guide_color, stroke * 1.6)
        if scene.frozen:
            # The photo that was taken: no guides over it, just its frame and face box.
            if scene.face is not None:
                color = Colors.PASS if all_good else Colors.FAIL
                self._paint_corners(painter, self.frame_box_to_widget(scene.face.box), color, stroke * 1.4,
                                    share=0.25)
            return

        # The band the eye line must fall in.
        band_top = self.frame_to_widget(0, region.top + self._thresholds.eye_line_min * region.height).y()
        band_bottom = self.frame_to_widget(0, region.top + self._thresholds.eye_line_max * region.height).y()
        band = QRectF(region_rect.left(), band_top, region_rect.width(), band_bottom - band_top)
        painter.fillRect(band, QColor(255, 255, 255, 28))
        dashed = QPen(QColor(255, 255, 255, 150), max(1.0, stroke * 0.6), Qt.PenStyle.DashLine)
        painter.setPen(dashed)
        painter.drawLine(QPointF(band.left(), band.top()), QPointF(band.right(), band.top()))
        painter.drawLine(QPointF(band.left(), band.bottom()), QPointF(band.right(), band.bottom()))

        # Where the head belongs.
        oval = self.frame_box_to_widget(head_guide(region))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(0, 0, 0, 90), stroke * 2.6))  # a dark halo keeps the oval visible on white
        painter.drawEllipse(oval)
        painter.setPen(QPen(guide_color, stroke * 1.3))
        painter.drawEllipse(oval)
        self._paint_band_label(painter, band, stroke)  # over the oval: always readable

        face = scene.face
        if face is not None:
            color = Colors.PASS if all_good else Colors.FAIL
            box = self.frame_box_to_widget(face.box)
            # Corner marks rather than a full rectangle: clearly a box, without crossing the oval everywhere.
            self._paint_corners(painter, box, color, stroke * 1.4, share=0.25)
            eye_line = self._thresholds.eye_line_min <= (face.eye_midpoint[1] - region.top) / region.height \
                <= self._thresholds.eye_line_max
            painter.setPen(QPen(Colors.PASS if eye_line else Colors.FAIL, stroke))
            left, right = self.frame_to_widget(*face.left_eye), self.frame_to_widget(*face.right_eye)
            reach = (right - left) * 0.35
            painter.drawLine(left - reach, right + reach)

        if scene.countdown is not None:
            self._paint_countdown(painter, target, region_rect, scene.countdown)

    def _paint_corners(self, painter: QPainter, rect: QRectF, color: QColor, width: float, *,
                       share: float = 0.12) -> None:
        length = min(rect.width(), rect.height()) * share
        painter.setPen(QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.SquareCap))
        inset = width / 2
        r = rect.adjusted(inset, inset, -inset, -inset)
        for corner, dx, dy in ((r.topLeft(), 1, 1), (r.topRight(), -1, 1), (r.bottomLeft(), 1, -1),
                               (r.bottomRight(), -1, -1)):
            painter.drawLine(corner, corner + QPointF(dx * length, 0))
            painter.drawLine(corner, corner + QPointF(0, dy * length))

    def _paint_band_label(self, painter: QPainter, band: QRectF, stroke: float) -> None:
        """A small "Eyes here" tag at the left end of the band, left of the oval, on a dark pill."""
        font = QFont(self.font())
        font.setPixelSize(int(min(18, max(11, band.width() * 0.034))))
        font.setBold(True)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        text = self.tr("Eyes here")
        padding = metrics.height() * 0.3
        width = metrics.horizontalAdvance(text) + 2 * padding
        height = metrics.height() + padding
        pill = QRectF(band.left() + stroke * 2, band.center().y() - height / 2, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 140))
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QColor(255, 255, 255, 230))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_countdown(self, painter: QPainter, target: QRectF, region: QRectF, progress: float) -> None:
        diameter = min(target.height() * 0.2, region.width() * 0.32)
        margin = diameter * 0.2
        if target.right() - region.right() >= diameter + 2 * margin:
            # A landscape frame: in the dimmed strip beside the portrait, level with the eyes.
            left = region.right() + (target.right() - region.right() - diameter) / 2
            ring = QRectF(left, region.top() + region.height() * 0.4 - diameter / 2, diameter, diameter)
        else:
            # Bottom corner of the portrait region: over the shoulders, never over the face.
            ring = QRectF(region.right() - diameter - margin, region.bottom() - diameter - margin, diameter, diameter)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 150))
        painter.drawEllipse(ring)
        width = diameter * 0.11
        arc = ring.adjusted(width, width, -width, -width)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(255, 255, 255, 70), width))
        painter.drawEllipse(arc)
        painter.setPen(QPen(Colors.PASS, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawArc(arc, 90 * 16, -int(360 * 16 * progress))
        number = max(1, math.ceil(3 * (1 - progress)))
        font = QFont(self.font())
        font.setPixelSize(int(diameter * 0.45))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(ring, Qt.AlignmentFlag.AlignCenter, str(number))

    def _paint_placeholder(self, painter: QPainter) -> None:
        rect = QRectF(self.rect())
        size = min(rect.width(), rect.height())
        icon_width = size * 0.28
        icon = QRectF(rect.center().x() - icon_width / 2, rect.top() + rect.height() * 0.18,
                      icon_width, icon_width * 0.7)
        no_camera = self._no_camera_message is not None
        pen_width = max(3.0, size / 90)
        painter.setPen(QPen(QColor(255, 255, 255, 200), pen_width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        self._paint_camera_glyph(painter, icon)
        if no_camera:
            painter.setPen(QPen(Colors.FAIL, pen_width * 1.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawLine(icon.topLeft() + QPointF(-pen_width, -pen_width * 2),
                             icon.bottomRight() + QPointF(pen_width, pen_width * 2))
        message = self._no_camera_message if no_camera else self.tr("Starting the camera…")
        font = QFont(self.font())
        font.setPixelSize(max(16, int(size * 0.055)))
        font.setBold(no_camera)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        text = QRectF(rect.left() + rect.width() * 0.08, icon.bottom() + size * 0.08,
                      rect.width() * 0.84, rect.bottom() - icon.bottom() - size * 0.1)
        painter.drawText(text, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                         message)

    @staticmethod
    def _paint_camera_glyph(painter: QPainter, rect: QRectF) -> None:
        body = rect.adjusted(0, rect.height() * 0.18, 0, 0)
        painter.drawRoundedRect(body, rect.width() * 0.08, rect.width() * 0.08)
        bump = QRectF(rect.left() + rect.width() * 0.32, rect.top(), rect.width() * 0.36, rect.height() * 0.2)
        painter.drawLine(bump.bottomLeft(), bump.topLeft() + QPointF(rect.width() * 0.05, 0))
        painter.drawLine(bump.topLeft() + QPointF(rect.width() * 0.05, 0), bump.topRight() - QPointF(rect.width() * 0.05, 0))
        painter.drawLine(bump.topRight() - QPointF(rect.width() * 0.05, 0), bump.bottomRight())
        lens = min(body.width(), body.height()) * 0.62
        painter.drawEllipse(QRectF(body.center().x() - lens / 2, body.center().y() - lens / 2, lens, lens))
