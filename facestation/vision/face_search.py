"""Face tracking between live frames: look for the face near where it just was, not in the whole frame.

A live frame scanned whole costs about as much as dlib's bare full-frame HOG; a person walking up from far
away even needs the finer scan (about 1.5x that). `FaceSearch` remembers the last frame's main face and, on
the next frame, runs HOG only on a crop around it (with a margin for motion), brought down to the pyramid
level at which the whole-frame scan found the face (the face about the detector's window wide): a near face
is downsampled so it is cheap, and a far one is never scanned finer than the whole-frame scan would, so both
searches lose someone walking away at the same distance. A tracked frame costs a ~160-200 px square scan
whatever the face's size. The crop starts on the whole-frame scan's window grid, so in most frames a tracked
face gets the box the whole-frame scan would give it, to a pixel or two; now and then dlib prefers a box one
pyramid level larger (about 1.2x, nearly concentric), which moves the landmark measures by a few percent.

The whole frame is still scanned, as `quality`'s stateless live scan does it, in these cases:
* with no face tracked: the fast scan every frame, the finer scan (for faces too far for the fast one) only
  every `fine_scan_every` frames, so an empty room costs the fast scan on most frames;
* when the face is lost near its last place (it left, or moved further than the margin in one frame);
* every `full_scan_every` frames while tracking a face big enough for the fast scan, every `fine_scan_every`
  frames while tracking a smaller one: this is what notices a second person entering (onlyOneFaceVisible).

Between whole-frame scans the other faces are those of the last whole-frame scan (minus any the crop now
re-finds), so they are at most `full_scan_every - 1` frames stale (`fine_scan_every - 1` while the main face is
too far for the fast scan), plus any new face the crop itself sees. With the defaults at the station's 10-15
analyses per second that is under a second (two seconds for a far face, who cannot pass anyway).

It also carries what the landmarks and the pose of the followed face need from the last frames: where the last
frame's landmarks put the face (`landmark_start`: the box this frame's landmarks start in) and the last poses
(`poses`, a `pose.PoseSmoother`); both are forgotten when the main face changes.

The primary face is always the first of `detect_faces`' order among the faces a scan found, as in the
stateless scan. One `FaceSearch` per stream of frames; it is not meant to be shared between threads, except
for `reset()`, which any thread may call (it takes effect at the next frame).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import dlib
import numpy as np

from facestation.vision.faces import (
    HOG_MIN_FACE_PX,
    BGRImage,
    Box,
    DetectedFace,
    Points,
    detect_faces,
)
from facestation.vision.pose import PoseSmoother, landmark_box

# dlib's HOG scan: a pyramid of images each 5/6 the size of the one before, 8x8-px cells at every level. Its
# frontal-face model reports boxes 73 px wide (74 with faces.py's 1-px fix) at the level where the face fills
# the 80-px window, so boxes come in sizes 74·1.2^level / scale (measured: 73, 88, 105, 125, 151... px).
PYRAMID_STEP = 6 / 5
HOG_CELL_PX = 8
HOG_FACE_BOX_PX = 74.0
_PYRAMID_DOWN = dlib.pyramid_down(6)
_PYRAMID_UP_OFFSET = 0.3  # dlib's pyramid_down(6).point_up(p) == p * 6/5 + 0.3

# A tracked face narrower than this at the fast scan's scale is one the fast scan may not see: it is
# tracked with the finer scan's cadence and size limits, as the stateless scan would have used the finer one.
_FAST_SCAN_FINDS_PX = 0.95 * HOG_FACE_BOX_PX

# The last frame's landmark box stays where it was unless the detector's box moved by more than this share of
# its width (a real move, not one of the detector's grid steps: an 8-px cell is 0.06-0.1 of a face box at
# kiosk distance); then it moves with the detector's box. A detector box of another size by more than a
# factor e^0.3 = 1.35 (more than a pyramid level) means a new start from it.
_STILL_MOVE = 0.1
_NEW_SIZE = 0.3


@dataclass(frozen=True)
class SearchSettings:
    # Whole-frame fast scan every this many frames while tracking (noticing a second person: staleness).
    full_scan_every: int = 10
    # Finer whole-frame scan at most every this many frames (with no face, or with a far face tracked). It
    # costs about a bare full-frame HOG; 30 keeps it under 5 % of frames.
    fine_scan_every: int = 30
    # Room around the last box on each side, in box widths: how far a face may move between two analysed
    # frames and still be found in the crop (0.6 box = ~60 px for a face at the resolution limit).
    margin: float = 0.6

    def __post_init__(self) -> None:
        if self.full_scan_every < 1 or self.fine_scan_every < 1:
            raise ValueError("full_scan_every and fine_scan_every must be at least 1 frame")
        if self.margin < 0:
            raise ValueError("margin must be >= 0 box widths")


class FaceSearch:
    """Finds the faces of successive live frames, tracking the main face between whole-frame scans.

    `find(image, fast_scale=..., fine_scale=...)` returns what `quality`'s stateless live scan would (main
    face first), using the two scales that scan uses. `last_scans` names what the last call ran: "near"
    (the crop around the last face), "fast" and "fine" (whole-frame scans), for tests and benchmarks.
    """

    def __init__(self, settings: SearchSettings | None = None) -> None:
        self.settings = settings or SearchSettings()
        self.last_scans: tuple[str, ...] = ()
        # The tracked face's pose over the last frames (quality.analyze smooths live poses with it): forgotten
        # whenever the main face is not the one followed so far.
        self.poses = PoseSmoother()
        self._reset_requested = False
        self._clear()

    def reset(self) -> None:
        """Forget the tracked face (a new person, a retake). Safe from any thread: applied at the next frame."""
        self._reset_requested = True

    def _clear(self) -> None:
        self._frame_size: tuple[int, int] | None = None
        self._primary: Box | None = None
        self._others: list[DetectedFace] = []  # the last whole-frame scan's other faces
        # "Never" counts as long ago: the first frame gets every scan the stateless search would run.
        self._frames_since_whole = math.inf
        self._frames_since_fine = math.inf
        self.poses.reset()
        self._landmarks: tuple[Box, Points] | None = None  # the main face's detector box and landmarks, last frame

    @property
    def tracking(self) -> bool:
        """Whether a face is being followed (the next frame starts with a crop around it)."""
        return self._primary is not None

    def find(self, image: BGRImage, *, fast_scale: float, fine_scale: float) -> list[DetectedFace]:
        """The faces in `image`, main face first. `fast_scale` finds faces big enough to pass; `fine_scale`
        (<= `fast_scale`: none) finds smaller ones, so a person too far away can be told to come closer."""
        if image.ndim != 3 or image.shape[2] != 3:
            raise ValueError("FaceSearch.find expects a BGR image of shape (height, width, 3)")
        size = (image.shape[1], image.shape[0])
        if self._reset_requested or size != self._frame_size:
            self._reset_requested = False
            self._clear()
            self._frame_size = size
        self._scans: list[str] = []
        self._frames_since_whole += 1
        self._frames_since_fine += 1
        fine = fine_scale if fine_scale > fast_scale else None
        try:
            return self._find(image, fast_scale, fine)
        finally:
            self.last_scans = tuple(self._scans)

    def _find(self, image: BGRImage, fast: float, fine: float | None) -> list[DetectedFace]:
        settings = self.settings
        tracked = self._primary
        if tracked is None:
            faces = self._scan_whole(image, fast, "fast")
            if not faces and fine is not None and self._frames_since_fine >= settings.fine_scan_every:
                faces = self._scan_whole(image, fine, "fine")
            return self._remember_whole(faces)

        far = fine is not None and tracked.width * fast < _FAST_SCAN_FINDS_PX
        # The scale the stateless scan finds this face at: the crop keeps to its grid and its size limits.
        base_scale = fine if far and fine is not None else fast
        periodic: tuple[float, str] | None = None
        if far and fine is not None and self._frames_since_fine >= settings.fine_scan_every:
            periodic = (fine, "fine")
        elif not far and self._frames_since_whole >= settings.full_scan_every:
            periodic = (fast, "fast")
        if periodic is not None:
            whole = self._scan_whole(image, *periodic)
            if any(_same_face(face.box, tracked) for face in whole):
                return self._remember_whole(whole)  # exactly the stateless scan's answer on this frame
            near = self._scan_near(image, tracked, base_scale)
            if near:
                self._others = [face for face in whole if not any(_same_face(face.box, n.box) for n in near)]
                return self._remember_near(near)
            return self._lost(image, whole, fast, fine)

        near = self._scan_near(image, tracked, base_scale)
        if near:
            return self._remember_near(near)
        return self._lost(image, None, fast, fine)

    def landmark_start(self, detected: Box) -> Box:
        """Where to place the landmark model on this frame's main face: the box the face's own landmarks gave on
        the last frame (`pose.landmark_box`), moved and resized with the detector's box only when that clearly
        moved or changed size. The detector's box jumps between its pyramid's sizes and its 8-px grid from frame
        to frame, and the landmarks (and the head pose read from them) follow the box they start in: measured
        on one still photo, the tracked crop's box moved yaw by 5° against the whole-frame scan's. A box placed
        by the last landmarks converges on the face itself."""
        if self._landmarks is None:
            return detected
        previous_box, points = self._landmarks
        start = landmark_box(points)
        (x, y), (px, py) = detected.center, previous_box.center
        ratio = detected.width / previous_box.width
        if abs(math.log(ratio)) > _NEW_SIZE:
            return detected  # a different distance altogether (or a different face): start afresh
        if math.hypot(x - px, y - py) <= _STILL_MOVE * previous_box.width:
            return start
        # Moved: follow the detector's box in position only; its size steps by pyramid levels between frames
        # (about 1.2x) while the landmarks follow a real change of size by themselves within a frame or two.
        return start.shifted(x - px, y - py)

    def remember_landmarks(self, detected: Box, points: Points) -> None:
        """The main face's detector box and landmarks on this frame, for `landmark_start` on the next."""
        self._landmarks = (detected, points)

    def _lost(self, image: BGRImage, whole: list[DetectedFace] | None, fast: float,
              fine: float | None) -> list[DetectedFace]:
        """The face is not near its last place: scan the whole frame as the stateless search does."""
        if whole is None:
            whole = self._scan_whole(image, fast, "fast")
        if not whole and fine is not None and "fine" not in self._scans:
            whole = self._scan_whole(image, fine, "fine")
        return self._remember_whole(whole)

    def _remember_whole(self, faces: list[DetectedFace]) -> list[DetectedFace]:
        primary = faces[0].box if faces else None
        if primary is None or self._primary is None or not _same_face(primary, self._primary):
            self.poses.reset()
            self._landmarks = None
        self._primary = primary
        self._others = faces[1:]
        return faces

    def _remember_near(self, near: list[DetectedFace]) -> list[DetectedFace]:
        # Other faces the crop sees are fresh (the crop is never scanned finer than the whole-frame scan would
        # be, so it sees no face that scan could not); the rest come from the last whole-frame scan.
        primary, extras = near[0], near[1:]
        stale = [face for face in self._others if not any(_same_face(face.box, n.box) for n in near)]
        self._primary = primary.box
        return [primary, *sorted(extras + stale, key=lambda face: face.box.area, reverse=True)]

    def _scan_whole(self, image: BGRImage, scale: float, kind: str) -> list[DetectedFace]:
        """The whole frame at `scale`; `kind` is "fast" or "fine" (which cadence it resets)."""
        self._frames_since_whole = 0
        if kind == "fine":
            self._frames_since_fine = 0
        self._scans.append(kind)
        return detect_faces(image, scale=scale)

    def _scan_near(self, image: BGRImage, box: Box, base_scale: float) -> list[DetectedFace]:
        """Faces in a crop around `box`, made the way the whole-frame scan makes the level it finds the face at.

        The whole-frame scan resizes the frame by `base_scale` (INTER_AREA), then dlib builds its pyramid
        (each level 5/6 of the one before, its own filter) and scans every level. The crop goes through the
        same two steps down to the level the face was found at, starting on that level's window grid, so dlib
        sees nearly the pixels it sees in the whole frame and finds the face with a box of the same size
        and place in most frames. (One level finer, "the face 1.2x the window", was tried: there dlib often
        preferred a box one level larger and off-centre, which misplaces the landmarks.) A face that shrinks
        by a level between frames is lost in the crop and found by the whole-frame scan that follows. It is
        never scanned finer than `base_scale`, so it finds no face smaller than the stateless scan could.
        """
        height, width = image.shape[:2]
        self._scans.append("near")
        base = round(width * base_scale) / width  # what detect_faces really scales by
        level = max(0, round(math.log(max(box.width * base, 1.0) / HOG_FACE_BOX_PX) / math.log(PYRAMID_STEP)))
        steps_down = level
        # The 8-px HOG cells of the level the face is expected at, in frame px: the crop starts on them.
        cell = HOG_CELL_PX * PYRAMID_STEP**level / base
        margin = self.settings.margin * box.width
        x0 = max(0, math.floor(math.floor((box.left - margin) / cell) * cell))
        y0 = max(0, math.floor(math.floor((box.top - margin) / cell) * cell))
        x1, y1 = min(width, math.ceil(box.right + margin)), min(height, math.ceil(box.bottom + margin))
        size = (round((x1 - x0) * base), round((y1 - y0) * base))
        if min(size) * (1 / PYRAMID_STEP) ** steps_down < HOG_MIN_FACE_PX:
            return []  # the box has (nearly) left the frame: too little of the crop is left to hold the face
        scanned = cv2.resize(image[y0:y1, x0:x1], size, interpolation=cv2.INTER_AREA)
        for _ in range(steps_down):
            scanned = _PYRAMID_DOWN(scanned)
        # The rounded size, not `base`, maps the boxes back; dlib's own mapping between pyramid levels.
        sx, sy = size[0] / (x1 - x0), size[1] / (y1 - y0)

        def to_frame(x: float, y: float) -> tuple[float, float]:
            for _ in range(steps_down):
                x, y = x * PYRAMID_STEP + _PYRAMID_UP_OFFSET, y * PYRAMID_STEP + _PYRAMID_UP_OFFSET
            return x / sx + x0, y / sy + y0

        found = []
        for face in detect_faces(np.ascontiguousarray(scanned)):
            left, top = to_frame(face.box.left, face.box.top)
            right, bottom = to_frame(face.box.right, face.box.bottom)
            found.append(DetectedFace(Box(left, top, right, bottom), face.score))
        return found


def _same_face(a: Box, b: Box) -> bool:
    """Two boxes of one face from two scans or two frames: they overlap by a third of the smaller one."""
    smaller = min(a.area, b.area)
    return smaller > 0 and a.intersection_area(b) >= smaller / 3
