"""Passive presentation-attack cues from one frame (issue 18): the rectangular edges of a printed photo, a card or
a phone around the face.

A photo or a phone held up to the camera shows its outline around the face: a printed photo's white border, a
phone's dark bezel and the edge of its screen. `presentation_cue(image, face)` looks for four long straight edges
that enclose the face box closely on every side (a quadrilateral 1.1-4 face widths wide, its opposite sides roughly
parallel, as a rigid rectangle seen in perspective is) and says `Reason.SCREEN` when the outline is closed: its
sides are an edge over 3/4 of their length on average, none under 0.45 (`BorderEvidence.closure`; a thumb or a
glare may hide part of one side). A door frame or a window behind a person mostly does not close: the person's
own shoulders and body hide the bottom side, and a door has none.

Measured with scripts/measure_presentation_cues.py (limit: closure 0.75). Attacks rendered from the 64 portraits
(skimage astronaut, matplotlib grace_hopper, faces-pairs), held at several distances and angles in a 1280x720 room
with a thumb over one edge: printed photos 189 of 191 flagged (100 % with the face under 160 px wide, 97 % from
160 px), phones 161 of 169 (99 %, 97 %, and 10 of 15 from 160 px: held that close, the phone runs out of the
picture). Real frames: 0 of 125 portraits seen as a camera sees the person (highest closure 0.44), 0 of 19
faces-multi faces (0.48), 0 of 48 held walk-up clip frames (0.00). Its weak spot: a window or a door frame drawn
behind the person's head and shoulders, 1.6-3.6 face widths wide, was flagged in 1 of 125 frames each (a
collar or a neckline gives the hidden bottom side; closures up to 0.86, most below 0.7). Also flagged, rightly:
the faces of a collage of cut photos (5 of 14) and the walk-up clips' far frames, where the pasted photo's
rectangle shows (2 of 150).

What it cannot catch, by design: a photo cut to the face's outline (no straight edges), a screen or a print that
fills the camera's whole view or runs past the frame's edge (no closed outline in view), a phone held so close
that its bezel is out of the picture, and a face too small to judge (under `MIN_FACE_WIDTH_PX` wide where it
looks). No screen moiré or refresh-banding cue: there are no recordings of real screens here to measure one on,
and a rendered moiré would only measure the renderer. Those attacks are left to the active challenge.

Qt-free: numpy and OpenCV only, median 10-20 ms per 1280x720 frame here (shared cores), measured by the script.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt

from facestation.vision.faces import BGRImage, Box, Face
from facestation.vision.liveness_challenge import Reason

__all__ = [
    "DEFAULT_CUE_LIMITS",
    "BorderEvidence",
    "CueLimits",
    "border_evidence",
    "presentation_cue",
]

# The frame is looked at no wider than this (a 1280x720 camera frame at half size): the outline of a photo
# is a long edge, so half the pixels keep it, and it costs a quarter.
WORK_WIDTH = 640
# A face narrower than this at the working size leaves too few pixels for the outline around it to be judged.
MIN_FACE_WIDTH_PX = 36.0


@dataclass(frozen=True)
class CueLimits:
    """What counts as the outline of a photo or a phone around the face, in face widths (the detector box)."""

    min_width_faces: float = 1.1  # a passport photo held at arm's length: the face fills most of it
    max_width_faces: float = 4.0  # a head-and-shoulders print or a phone showing a half-length photo
    min_height_faces: float = 1.3
    max_height_faces: float = 6.0
    # Each side must clear the face's landmarks (jaw, chin) by this much, and the eyebrows by `top_clearance_faces`
    # (a forehead): the face's own outline is not a border. A selfie on a phone fills the screen's width.
    side_clearance_faces: float = 0.03
    top_clearance_faces: float = 0.1
    max_side_tilt_degrees: float = 30.0  # a side's angle from the image axes (the print held tilted)
    max_pair_degrees: float = 20.0  # opposite sides: parallel, up to the perspective of a tilted print
    # The outline's closure (see BorderEvidence.closure) from which it is a photo or a phone: on average the sides
    # are an edge over 3/4 of their length, and none under 0.45 (a thumb or a glare hides part of one side; the
    # bottom of a door or a window behind a person is hidden by the person).
    min_closure: float = 0.75
    weak_side_allowance: float = 0.3


DEFAULT_CUE_LIMITS = CueLimits()

# A sample point is on the outline when the brightness changes across the side by at least this (Sobel 3x3 on
# the blurred grey image: a step of 10 grey levels reads ~40) and mostly across it (not along it).
_MIN_EDGE_GRADIENT = 40.0
_MIN_ACROSS_SHARE = 0.8
_CORNER_SHARE = 0.1
# A corner may lie this far (in face widths) out of the searched region: a rounded corner just at the frame's edge.
_CORNER_SLACK_FACES = 0.1
_CANDIDATES_PER_SIDE = 5


@dataclass(frozen=True)
class BorderEvidence:
    """The best enclosing quadrilateral found: its corners (top-left, top-right, bottom-right, bottom-left, in
    frame pixels), each side's support (top, right, bottom, left: the share of its length on an edge) and the
    outline's closure."""

    corners: tuple[tuple[float, float], ...]
    support: tuple[float, float, float, float]
    closure: float


def _closure(support: list[float] | tuple[float, ...], allowance: float) -> float:
    """How closed the outline is: the sides' mean support, but no more than the weakest side plus `allowance`, so
    three strong sides and an absent fourth (a door frame) stay low."""
    return min(sum(support) / 4, min(support) + allowance)


@dataclass(frozen=True)
class _Line:
    """A straight line as a point and a unit direction, in working pixels."""

    point: npt.NDArray[np.float64]
    direction: npt.NDArray[np.float64]
    length: float

    def angle_from(self, axis: tuple[float, float]) -> float:
        cos = abs(float(self.direction @ np.asarray(axis)))
        return math.degrees(math.acos(min(1.0, cos)))

    def x_at(self, y: float) -> float:
        return float(self.point[0] + (y - self.point[1]) * self.direction[0] / self.direction[1])

    def y_at(self, x: float) -> float:
        return float(self.point[1] + (x - self.point[0]) * self.direction[1] / self.direction[0])


def presentation_cue(image: BGRImage, face: Face, limits: CueLimits = DEFAULT_CUE_LIMITS) -> Reason | None:
    """`Reason.SCREEN` when a photo's or a phone's outline closes around the face, None otherwise (and for any
    frame it cannot judge). The signature `liveness_run.PresentationCue` expects."""
    evidence = border_evidence(image, face, limits)
    if evidence is not None and evidence.closure >= limits.min_closure:
        return Reason.SCREEN
    return None


def border_evidence(image: BGRImage, face: Face, limits: CueLimits = DEFAULT_CUE_LIMITS) -> BorderEvidence | None:
    """The best-supported quadrilateral around the face that has the shape of a held photo, or None when there is
    none (or the frame cannot be judged: too small, not an image, the face too small)."""
    if image.ndim not in (2, 3) or image.dtype != np.uint8 or min(image.shape[:2]) < 16:
        return None
    scale = min(1.0, WORK_WIDTH / image.shape[1])
    box = face.box.scaled(scale)
    outline = _outline(face, scale)
    if not math.isfinite(box.width) or box.width < MIN_FACE_WIDTH_PX or outline is None:
        return None
    grey = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    if scale < 1.0:
        size = (round(image.shape[1] * scale), round(image.shape[0] * scale))
        grey = cv2.resize(grey, size, interpolation=cv2.INTER_AREA)
    grey = cv2.GaussianBlur(grey, (3, 3), 0)
    found = _best_quad(grey, _Face(box.width, box.center, outline), limits)
    if found is None:
        return None
    corners, support = found
    return BorderEvidence(tuple((float(x) / scale, float(y) / scale) for x, y in corners), support,
                          _closure(support, limits.weak_side_allowance))


@dataclass(frozen=True)
class _Face:
    """The face at the working scale: its width (the detector box's), the box centre and the landmarks' extent."""

    width: float
    center: tuple[float, float]
    outline: Box


def _outline(face: Face, scale: float) -> Box | None:
    """The box around the 68 landmarks (jaw to chin, eyebrows up), None when they are not usable numbers."""
    points = np.asarray(face.landmarks, dtype=np.float64)
    if points.ndim != 2 or points.shape[1] != 2 or len(points) == 0 or not np.isfinite(points).all():
        return None
    low, high = points.min(axis=0) * scale, points.max(axis=0) * scale
    return Box(float(low[0]), float(low[1]), float(high[0]), float(high[1]))


def _best_quad(grey: npt.NDArray[np.uint8], face: _Face, limits: CueLimits
               ) -> tuple[npt.NDArray[np.float64], tuple[float, float, float, float]] | None:
    face_width = face.width
    height, width = grey.shape
    cx, cy = face.center
    # Only the region a photo around this face can occupy is searched.
    x0 = max(0, int(cx - (limits.max_width_faces + 0.5) * face_width))
    x1 = min(width, int(cx + (limits.max_width_faces + 0.5) * face_width) + 1)
    y0 = max(0, int(cy - (limits.max_height_faces - 1.0) * face_width))
    y1 = min(height, int(cy + limits.max_height_faces * face_width) + 1)
    if x1 - x0 < 16 or y1 - y0 < 16:
        return None
    region = grey[y0:y1, x0:x1]
    edges = cv2.Canny(region, 40, 120)
    segments = cv2.HoughLinesP(edges, 1, math.pi / 180, threshold=max(10, int(0.25 * face_width)),
                               minLineLength=0.45 * face_width, maxLineGap=0.06 * face_width + 2)
    if segments is None:
        return None
    lines = [_line(*map(int, segment), offset=(x0, y0)) for segment in np.asarray(segments).reshape(-1, 4)]
    sides = _side_candidates(lines, face, limits)
    if any(not candidates for candidates in sides):
        return None
    # Gradients of the searched region only; the lines are in frame pixels, so they are shifted into it.
    gx = cv2.Sobel(region, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(region, cv2.CV_32F, 0, 1, ksize=3)
    profiles: dict[int, _Profile] = {}
    slack = _CORNER_SLACK_FACES * face_width
    best: tuple[npt.NDArray[np.float64], tuple[float, float, float, float]] | None = None
    for (top, bottom), (left, right) in itertools.product(_pairs(sides[0], sides[2], face, limits, horizontal=True),
                                                          _pairs(sides[3], sides[1], face, limits, horizontal=False)):
        corners = _corners(top, right, bottom, left)
        if corners is None or not _encloses_face(corners, face.outline):
            continue
        # A closed outline is seen whole: a quadrilateral with a corner out of the picture is made up of lines
        # that happen to cross there (a print held past the frame's edge is not caught).
        if not ((corners[:, 0] >= x0 - slack) & (corners[:, 0] <= x1 + slack)
                & (corners[:, 1] >= y0 - slack) & (corners[:, 1] <= y1 + slack)).all():
            continue
        best_closure = 0.0 if best is None else _closure(best[1], limits.weak_side_allowance)
        support: list[float] = []
        for index, line in enumerate((top, right, bottom, left)):
            support.append(_profile(profiles, line, gx, gy, (x0, y0)).support(corners[index], corners[(index + 1) % 4]))
            # The most this quadrilateral can reach if its remaining sides were perfect edges.
            reachable = min((sum(support) + 3 - index) / 4, min(support) + limits.weak_side_allowance)
            if reachable <= best_closure:
                break
        else:
            best = (corners, (support[0], support[1], support[2], support[3]))
    return best


def _line(xa: int, ya: int, xb: int, yb: int, *, offset: tuple[int, int]) -> _Line:
    a = np.array([xa + offset[0], ya + offset[1]], dtype=np.float64)
    b = np.array([xb + offset[0], yb + offset[1]], dtype=np.float64)
    length = float(np.linalg.norm(b - a))
    return _Line((a + b) / 2, (b - a) / max(length, 1e-9), length)


def _side_candidates(lines: list[_Line], face: _Face, limits: CueLimits) -> list[list[_Line]]:
    """The longest distinct lines that could be the top, right, bottom and left side of a photo around the face."""
    face_width = face.width
    clearance = limits.side_clearance_faces * face_width
    top_clearance = limits.top_clearance_faces * face_width
    box = face.outline
    cx, cy = face.center
    top: list[_Line] = []
    right: list[_Line] = []
    bottom: list[_Line] = []
    left: list[_Line] = []
    for line in lines:
        if line.angle_from((1.0, 0.0)) <= limits.max_side_tilt_degrees:
            y = line.y_at(cx)
            # The bottom is at least a face below the centre, so the top is at most max_height - 1 faces above it.
            if box.top - y >= top_clearance and cy - y <= (limits.max_height_faces - 1.0) * face_width:
                top.append(line)
            elif y - box.bottom >= clearance and y - cy <= limits.max_height_faces * face_width:
                bottom.append(line)
        elif line.angle_from((0.0, 1.0)) <= limits.max_side_tilt_degrees:
            x = line.x_at(cy)
            if box.left - x >= clearance and cx - x <= limits.max_width_faces * face_width:
                left.append(line)
            elif x - box.right >= clearance and x - cx <= limits.max_width_faces * face_width:
                right.append(line)
    return [_distinct_longest(side, horizontal=index % 2 == 0, anchor=(cx, cy))
            for index, side in enumerate((top, right, bottom, left))]


def _distinct_longest(lines: list[_Line], *, horizontal: bool, anchor: tuple[float, float]) -> list[_Line]:
    """The longest few lines, one per place: Hough finds one edge as several overlapping segments."""
    chosen: list[_Line] = []
    places: list[float] = []
    for line in sorted(lines, key=lambda item: item.length, reverse=True):
        place = line.y_at(anchor[0]) if horizontal else line.x_at(anchor[1])
        if all(abs(place - other) > 3.0 for other in places):
            chosen.append(line)
            places.append(place)
            if len(chosen) == _CANDIDATES_PER_SIDE:
                break
    return chosen


def _intersection(a: _Line, b: _Line) -> tuple[float, float] | None:
    (ax, ay), (adx, ady) = a.point, a.direction
    (bx, by), (bdx, bdy) = b.point, b.direction
    determinant = float(-adx * bdy + ady * bdx)
    if abs(determinant) < 1e-6:
        return None
    t = float(-(bx - ax) * bdy + (by - ay) * bdx) / determinant
    return (float(ax + t * adx), float(ay + t * ady))


def _corners(top: _Line, right: _Line, bottom: _Line, left: _Line) -> npt.NDArray[np.float64] | None:
    points = [_intersection(top, left), _intersection(top, right), _intersection(bottom, right),
              _intersection(bottom, left)]
    if any(point is None for point in points):
        return None
    return np.array(points, dtype=np.float64)


def _pairs(first: list[_Line], second: list[_Line], face: _Face, limits: CueLimits, *, horizontal: bool
           ) -> list[tuple[_Line, _Line]]:
    """Top and bottom (or left and right) lines that could be opposite sides of one held photo: near parallel, and
    as far apart as a photo around this face is tall (or wide)."""
    face_width = face.width
    cx, cy = face.center
    if horizontal:
        low, high = limits.min_height_faces * face_width, limits.max_height_faces * face_width
    else:
        low, high = limits.min_width_faces * face_width, limits.max_width_faces * face_width
    pairs = []
    for a, b in itertools.product(first, second):
        if a.angle_from((float(b.direction[0]), float(b.direction[1]))) > limits.max_pair_degrees:
            continue
        span = b.y_at(cx) - a.y_at(cx) if horizontal else b.x_at(cy) - a.x_at(cy)
        if low <= span <= high:
            pairs.append((a, b))
    return pairs


def _encloses_face(corners: npt.NDArray[np.float64], box: Box) -> bool:
    """A convex quadrilateral with the whole face (its landmarks' box) inside."""
    contour = corners.astype(np.float32).reshape(-1, 1, 2)
    if not cv2.isContourConvex(contour):
        return False
    face_corners = ((box.left, box.top), (box.right, box.top), (box.right, box.bottom), (box.left, box.bottom))
    return all(cv2.pointPolygonTest(contour, (float(x), float(y)), False) > 0 for x, y in face_corners)


class _Profile:
    """Where along one line the brightness steps across it, and which way (+1 brighter on the normal's side, -1
    darker, 0 no clean step), sampled every pixel: the support of any stretch of the line is then two sums.

    A sample counts when, within 2 px across the line, the brightness changes by `_MIN_EDGE_GRADIENT` mostly
    across the line. Samples outside the searched region count as no step."""

    def __init__(self, line: _Line, gx: npt.NDArray[np.float32], gy: npt.NDArray[np.float32],
                 origin: tuple[int, int]) -> None:
        height, width = gx.shape
        self.line = line
        reach = float(math.hypot(width, height))  # the line's point is inside: this covers the whole region
        self.offsets = np.arange(-reach, reach + 1.0)
        normal = np.array([-line.direction[1], line.direction[0]])
        points = line.point - np.asarray(origin, dtype=np.float64) + self.offsets[:, None] * line.direction
        best = np.zeros(len(self.offsets))
        for step in (-2.0, -1.0, 0.0, 1.0, 2.0):
            shifted = points + step * normal
            xs, ys = np.rint(shifted[:, 0]).astype(int), np.rint(shifted[:, 1]).astype(int)
            inside = (xs >= 0) & (xs < width) & (ys >= 0) & (ys < height)
            xs, ys = np.clip(xs, 0, width - 1), np.clip(ys, 0, height - 1)
            gxs, gys = gx[ys, xs].astype(np.float64), gy[ys, xs].astype(np.float64)
            across = gxs * normal[0] + gys * normal[1]
            clean = inside & (np.abs(across) >= _MIN_EDGE_GRADIENT) & (
                np.abs(across) >= _MIN_ACROSS_SHARE * np.hypot(gxs, gys))
            candidate = np.where(clean, across, 0.0)
            best = np.where(np.abs(candidate) > np.abs(best), candidate, best)
        self.first_offset = float(self.offsets[0])
        self.samples = len(self.offsets)
        self.positive: list[int] = np.concatenate([[0], np.cumsum(best > 0)]).tolist()
        self.negative: list[int] = np.concatenate([[0], np.cumsum(best < 0)]).tolist()

    def support(self, start: npt.NDArray[np.float64], end: npt.NDArray[np.float64]) -> float:
        """The share of the stretch from `start` to `end` (both on the line) with a step of its more common
        polarity: the outline of a print or a phone keeps one polarity along a side, a textured background flips.
        The ends are left out: a photo's corner is rounded, or held by a finger, more often than its side."""
        (px, py), (dx, dy) = self.line.point, self.line.direction
        a = float((start[0] - px) * dx + (start[1] - py) * dy)
        b = float((end[0] - px) * dx + (end[1] - py) * dy)
        a, b = min(a, b), max(a, b)
        a, b = a + _CORNER_SHARE * (b - a), b - _CORNER_SHARE * (b - a)
        count = round(b - a) + 1
        if count < 2:
            return 0.0
        first = min(max(round(a - self.first_offset), 0), self.samples)
        last = min(max(round(b - self.first_offset) + 1, 0), self.samples)
        steps = max(self.positive[last] - self.positive[first], self.negative[last] - self.negative[first])
        return min(1.0, steps / count)


def _profile(cache: dict[int, _Profile], line: _Line, gx: npt.NDArray[np.float32], gy: npt.NDArray[np.float32],
             origin: tuple[int, int]) -> _Profile:
    profile = cache.get(id(line))
    if profile is None:
        profile = cache[id(line)] = _Profile(line, gx, gy, origin)
    return profile
