"""Which part of the camera frame the live preview shows, and how that window follows the person smoothly.

A landscape webcam frame letterboxed into the camera box leaves the face small. The preview instead fills the
box with a window of the frame: the framing guide's portrait region with a margin, cut to the box's aspect.
Where the box cannot hold the whole region at the frame's size (a narrow box, a portrait photo in a wide box),
the window may cut the region's edges but always keeps the head guide (the oval) or, with a face, the head;
only if even that does not fit inside the frame does the window reach past the frame's edges (bars there).
While the person stands off-centre the window shifts just enough to keep their head in view, and comes back to
the portrait region when they are centred or gone.

`PreviewWindow` eases the shown window towards that target (a few hundred ms), with a dead band so detection
noise does not shake the picture and a speed limit so a jump of the face does not whip it across. It reads an
injected clock and never sleeps: every update advances it by the time since the last one.

All coordinates are frame pixels; the window is a `Box` whose width/height is the widget's aspect.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

from facestation.vision.faces import Box

__all__ = ["PreviewSettings", "PreviewWindow", "fit_whole_frame", "head_guide", "target_window"]


def head_guide(region: Box) -> Box:
    """Where the head (crown to chin, ear to ear) belongs inside the portrait region: the oval of the overlay.

    The ICAO token the station submits puts the eyes at 45 % of the portrait height and the crop around a
    compliant head spans about 9-77 % of the height and 21-79 % of the width (measured on the compliant test
    portrait); a head filling this oval passes the position and size checks."""
    return Box(
        region.left + 0.22 * region.width,
        region.top + 0.09 * region.height,
        region.left + 0.78 * region.width,
        region.top + 0.79 * region.height,
    )


@dataclass(frozen=True)
class PreviewSettings:
    """How much room the preview leaves around what it shows, and how the window moves."""

    region_margin: float = 0.06  # around the portrait region, as a share of its height (each side)
    guide_margin: float = 0.06  # around the head guide (share of its width / height): always kept in view
    # Around the face box (the detector's box: brows to chin, cheek to cheek) to cover hair, ears and chin.
    face_margin_sides: float = 0.30
    face_margin_top: float = 0.45
    face_margin_bottom: float = 0.25
    time_constant: float = 0.12  # seconds: the easing closes 63 % of the gap in this time (settles in ~0.4 s)
    max_speed: float = 1.5  # window widths per second, for the centre and for the size alike
    dead_band: float = 0.05  # share of the window's width a new target must differ by before the window moves
    face_hold: float = 0.5  # seconds a lost face keeps the window where it was (a missed detection or two)
    max_step: float = 0.1  # seconds: a longer gap between updates (a stalled camera) counts as this long


DEFAULT_SETTINGS = PreviewSettings()


def _grow(box: Box, left: float, top: float, right: float, bottom: float) -> Box:
    return Box(box.left - left, box.top - top, box.right + right, box.bottom + bottom)


def _place(start: float, size: float, limit: float) -> float:
    """The window's start on one axis: inside [0, limit] when it is smaller, centred on the frame when larger."""
    if size >= limit:
        return (limit - size) / 2
    return min(max(start, 0.0), limit - size)


def _follow(centre: float, half: float, low: float, high: float) -> float:
    """The centre moved as little as possible so [low, high] lies inside [centre - half, centre + half]."""
    if high - low >= 2 * half:
        return (low + high) / 2
    if low < centre - half:
        return low + half
    if high > centre + half:
        return high - half
    return centre


def fit_whole_frame(frame_size: tuple[int, int], aspect: float) -> Box:
    """The letterbox window: the whole frame, centred, with bars on the sides that do not match `aspect`."""
    frame_width, frame_height = frame_size
    width = max(float(frame_width), frame_height * aspect)
    height = width / aspect
    return Box((frame_width - width) / 2, (frame_height - height) / 2,
               (frame_width + width) / 2, (frame_height + height) / 2)


def head_box(face: Box, settings: PreviewSettings = DEFAULT_SETTINGS) -> Box:
    """The face box grown to the whole head (hair, ears, chin): what the preview keeps in view."""
    return _grow(face, settings.face_margin_sides * face.width, settings.face_margin_top * face.height,
                 settings.face_margin_sides * face.width, settings.face_margin_bottom * face.height)


def target_window(frame_size: tuple[int, int], aspect: float, region: Box, face: Box | None = None,
                  settings: PreviewSettings = DEFAULT_SETTINGS) -> Box:
    """The window of aspect `aspect` (width / height) the preview should show for this frame.

    Preferred: the portrait region with its margin, as large as the frame allows. Kept in view whatever the
    aspect: the head guide with its margin, or with a face the head (the window shifts as little as it can to
    keep an off-centre head inside). Inside the frame unless what must be kept does not fit in it."""
    frame_width, frame_height = frame_size
    margin = settings.region_margin * region.height
    preferred = _grow(region, margin, margin, margin, margin)
    width = max(preferred.width, preferred.height * aspect)
    width = min(width, float(frame_width), frame_height * aspect)  # no larger than the frame allows
    if face is None:
        guide = head_guide(region)
        side, end = settings.guide_margin * guide.width, settings.guide_margin * guide.height
        keep = _grow(guide, side, end, side, end)
    else:
        keep = head_box(face, settings)
    width = max(width, keep.width, keep.height * aspect)
    height = width / aspect
    centre_x, centre_y = preferred.center
    centre_x = _follow(centre_x, width / 2, keep.left, keep.right)
    centre_y = _follow(centre_y, height / 2, keep.top, keep.bottom)
    left = _place(centre_x - width / 2, width, float(frame_width))
    top = _place(centre_y - height / 2, height, float(frame_height))
    return Box(left, top, left + width, top + height)


class PreviewWindow:
    """The window the preview shows now, eased towards `target_window` as frames and analyses arrive.

    Call `update(frame_size, aspect, region, face)` for every frame (the newest analysis' face box, or None);
    it returns the window to paint. A new frame size or aspect (another source, a resized widget) jumps
    straight to the target; otherwise the window moves towards the target at most `max_speed` window widths a
    second, easing in over `time_constant`, and ignores targets within `dead_band` of where it is heading."""

    def __init__(self, settings: PreviewSettings = DEFAULT_SETTINGS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.settings = settings
        self._clock = clock
        self._window: Box | None = None
        self._goal: Box | None = None
        self._key: tuple[tuple[int, int], float] | None = None
        self._last_time = 0.0
        self._last_face: Box | None = None
        self._last_face_time = -math.inf

    @property
    def window(self) -> Box | None:
        """The window shown now (frame pixels), or None before the first update."""
        return self._window

    @property
    def settled(self) -> bool:
        """The window has reached where it is heading."""
        return self._window is not None and self._window == self._goal

    def reset(self) -> None:
        """Forget the window (the next update jumps to its target)."""
        self._window = self._goal = self._key = self._last_face = None
        self._last_face_time = -math.inf

    def update(self, frame_size: tuple[int, int], aspect: float, region: Box, face: Box | None) -> Box:
        now = self._clock()
        settings = self.settings
        if face is not None:
            self._last_face, self._last_face_time = face, now
        elif self._last_face is not None and now - self._last_face_time <= settings.face_hold:
            face = self._last_face  # a detection missed for a moment: keep following the head
        target = target_window(frame_size, aspect, region, face, settings)
        key = (frame_size, round(aspect, 6))
        if self._window is None or self._goal is None or key != self._key:
            self._key, self._window, self._goal, self._last_time = key, target, target, now
            return target
        if _difference(target, self._goal) > settings.dead_band * self._goal.width:
            self._goal = target
        step = min(max(now - self._last_time, 0.0), settings.max_step)
        self._last_time = now
        self._window = _approach(self._window, self._goal, step, settings)
        return self._window


def _difference(first: Box, second: Box) -> float:
    """How far apart two windows are: the largest move of an edge, in pixels."""
    return max(abs(first.left - second.left), abs(first.top - second.top), abs(first.right - second.right),
               abs(first.bottom - second.bottom))


def _approach(window: Box, goal: Box, step: float, settings: PreviewSettings) -> Box:
    """One step of easing from `window` towards `goal` over `step` seconds, no faster than the speed limit."""
    if _difference(window, goal) < 0.5:
        return goal  # within half a pixel: arrived
    share = 1.0 - math.exp(-step / settings.time_constant) if settings.time_constant > 0 else 1.0
    (window_x, window_y), (goal_x, goal_y) = window.center, goal.center
    moves = [(goal_x - window_x) * share, (goal_y - window_y) * share, (goal.width - window.width) * share,
             (goal.height - window.height) * share]
    limit = settings.max_speed * window.width * step
    largest = max(abs(move) for move in moves[:3])
    if largest > limit > 0:
        moves = [move * limit / largest for move in moves]  # one factor for all: the aspect stays
    centre_x, centre_y = window_x + moves[0], window_y + moves[1]
    width, height = window.width + moves[2], window.height + moves[3]
    return Box(centre_x - width / 2, centre_y - height / 2, centre_x + width / 2, centre_y + height / 2)
