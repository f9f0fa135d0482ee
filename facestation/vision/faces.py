"""Face detection (dlib HOG on a downscaled copy) and 68 landmarks at full resolution.

Points follow the iBUG 68-point layout. "Left" and "right" are *image* left and right throughout (the
subject's right eye is the image-left eye), because every consumer here (framing, overlay, the faceQA
object) reasons in image coordinates.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from functools import cached_property

import cv2
import dlib
import numpy as np
import numpy.typing as npt

from facestation.vision.models import face_detector, landmark_predictor

# dlib's HOG detector is one shared object and is not safe to run from two threads at once (it crashes the
# process); the station's worker threads and the recognition package both detect, so all runs go through here.
_DETECTOR_LOCK = threading.Lock()

# The HOG detector's window is 80x80 px: a face smaller than that in the image it scans is not found.
HOG_MIN_FACE_PX = 80

# iBUG 68-point indices used throughout the vision package.
JAW = slice(0, 17)
IMAGE_LEFT_EYE = slice(36, 42)
IMAGE_RIGHT_EYE = slice(42, 48)
OUTER_LIPS = slice(48, 60)
INNER_LIPS = slice(60, 68)
NOSE_TIP = 30
CHIN = 8
MOUTH_LEFT = 48
MOUTH_RIGHT = 54

Points = npt.NDArray[np.float64]
BGRImage = npt.NDArray[np.uint8]


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle in image pixels (may extend past the image edges)."""

    left: float
    top: float
    right: float
    bottom: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def area(self) -> float:
        return max(0.0, self.width) * max(0.0, self.height)

    @property
    def center(self) -> tuple[float, float]:
        return ((self.left + self.right) / 2, (self.top + self.bottom) / 2)

    def scaled(self, factor: float) -> Box:
        return Box(self.left * factor, self.top * factor, self.right * factor, self.bottom * factor)

    def shifted(self, dx: float, dy: float) -> Box:
        return Box(self.left + dx, self.top + dy, self.right + dx, self.bottom + dy)

    def intersection_area(self, other: Box) -> float:
        width = min(self.right, other.right) - max(self.left, other.left)
        height = min(self.bottom, other.bottom) - max(self.top, other.top)
        return max(0.0, width) * max(0.0, height)

    def to_dlib(self) -> dlib.rectangle:
        # dlib rectangles include their right and bottom edges; Box excludes them (see detect_faces).
        return dlib.rectangle(round(self.left), round(self.top), round(self.right) - 1, round(self.bottom) - 1)


@dataclass(frozen=True)
class DetectedFace:
    """A face found by the detector: where it is and how sure the detector is."""

    box: Box
    score: float


@dataclass(frozen=True, eq=False)
class Face:
    """A detected face with its 68 landmarks, in full-resolution image coordinates."""

    box: Box
    score: float
    landmarks: Points  # shape (68, 2), x then y

    @cached_property
    def left_eye(self) -> tuple[float, float]:
        """Centre of the image-left eye: midpoint of its two corners (points 36 and 39)."""
        return _midpoint(self.landmarks[36], self.landmarks[39])

    @cached_property
    def right_eye(self) -> tuple[float, float]:
        """Centre of the image-right eye: midpoint of its two corners (points 42 and 45)."""
        return _midpoint(self.landmarks[42], self.landmarks[45])

    @cached_property
    def eye_midpoint(self) -> tuple[float, float]:
        return _midpoint(np.array(self.left_eye), np.array(self.right_eye))

    @cached_property
    def inter_eye_distance(self) -> float:
        return math.dist(self.left_eye, self.right_eye)

    @cached_property
    def eye_to_chin(self) -> float:
        """OFIQ's `t`: distance from the eye midpoint to the chin, the face's vertical scale."""
        return math.dist(self.eye_midpoint, tuple(self.landmarks[CHIN]))

    def point(self, index: int) -> tuple[float, float]:
        x, y = self.landmarks[index]
        return (float(x), float(y))


def _midpoint(a: npt.NDArray[np.float64], b: npt.NDArray[np.float64]) -> tuple[float, float]:
    return (float(a[0] + b[0]) / 2, float(a[1] + b[1]) / 2)


def to_rgb_for_dlib(image: BGRImage) -> npt.NDArray[np.uint8]:
    """dlib wants contiguous RGB; OpenCV hands out BGR (sometimes as a strided view)."""
    return np.ascontiguousarray(cv2.cvtColor(image, cv2.COLOR_BGR2RGB))


def detect_faces(image: BGRImage, *, scale: float = 1.0) -> list[DetectedFace]:
    """Find faces with dlib's HOG detector on a copy resized by `scale`; boxes come back in full-image pixels.

    A smaller scale is quadratically faster but misses faces narrower than HOG_MIN_FACE_PX / scale.
    Results come primary face first (see rank_faces): the largest, with the detector's confidence weighed in.
    """
    if image.ndim != 3 or image.shape[2] != 3 or image.dtype != np.uint8:
        raise ValueError("detect_faces expects a BGR uint8 image of shape (height, width, 3)")
    scale = min(scale, 1.0)
    scanned = image
    if scale < 1.0:
        new_size = (max(1, round(image.shape[1] * scale)), max(1, round(image.shape[0] * scale)))
        scanned = cv2.resize(image, new_size, interpolation=cv2.INTER_AREA)
        # The rounded size, not `scale`, is what the boxes must be mapped back by.
        scale = new_size[0] / image.shape[1]
    rgb = to_rgb_for_dlib(scanned)
    with _DETECTOR_LOCK:
        rectangles, scores, _ = face_detector().run(rgb, 0, 0.0)
    faces = [
        DetectedFace(Box(r.left(), r.top(), r.right() + 1, r.bottom() + 1).scaled(1 / scale), float(s))
        for r, s in zip(rectangles, scores, strict=True)
    ]
    return rank_faces(faces)


# dlib's HOG scores (SVM margins, kept from 0 up) over the 204 faces found by quality.analyze's still and live scans
# of the data sets of benchmarks/README.md (faces-pairs, faces-multi) and the package portraits: median 2.2, 97 % at
# 0.5 or more, the lowest 0.08 (a lone face in a dim group photo), 0.19 and 0.33 for real faces beside others
# scoring 3.0. The one false positive those scans find, the mission patch on the astronaut's suit, scores 0.02
# beside her face's 1.52, at the same size (scale 0.954 of the live scan's fallback). At scale 0.75, not one analyze
# uses, the same patch scores 0.21 (0.14 of her face): a score alone cannot tell every false positive from a real,
# poorly lit or turned face, so only the near-threshold ones are dropped. From this score up, a face counts at its
# full size when choosing the primary one.
FULL_CONFIDENCE_SCORE = 0.5
# A box scoring below this fraction of the best score is noise at the detector's threshold (the patch: 0.013;
# the lowest real face beside a confident one: 0.064)...
WEAK_SCORE_FRACTION = 0.03
# ...unless it is this much larger than the most confident box (a real face close to the camera, scored low
# because it is turned, is much larger than a confident face in the background).
WEAK_BOX_MIN_AREA_RATIO = 2.0


def rank_faces(faces: list[DetectedFace]) -> list[DetectedFace]:
    """Primary face first: by box area weighted by the detector's confidence (score / FULL_CONFIDENCE_SCORE,
    capped at 1), so among ordinary faces the largest wins, as the person at the kiosk is the nearest one,
    while a barely-detected box cannot outrank a confident face of similar size. Boxes scoring under
    WEAK_SCORE_FRACTION of the best, and not WEAK_BOX_MIN_AREA_RATIO times its area, are dropped: left in,
    they would count as a second person."""
    if not faces:
        return []
    best = max(faces, key=lambda face: face.score)
    kept = [
        face
        for face in faces
        if face.score >= WEAK_SCORE_FRACTION * best.score
        or face.box.area >= WEAK_BOX_MIN_AREA_RATIO * best.box.area
    ]
    return sorted(kept, key=_confidence_weighted_area, reverse=True)


def _confidence_weighted_area(face: DetectedFace) -> float:
    return face.box.area * min(1.0, max(face.score, 0.0) / FULL_CONFIDENCE_SCORE)


def rgb_face_crop(image: BGRImage, box: Box) -> tuple[npt.NDArray[np.uint8], tuple[int, int]]:
    """The face's surroundings (half a face of margin) as contiguous RGB, and the crop's top-left corner.

    dlib's predictor and chip extractor only sample pixels near the face: converting a whole 12-megapixel frame
    to RGB for one face would cost more than the work itself.
    """
    margin = 0.5 * max(box.width, box.height)
    height, width = image.shape[:2]
    x0, y0 = max(0, int(box.left - margin)), max(0, int(box.top - margin))
    x1, y1 = min(width, int(box.right + margin) + 1), min(height, int(box.bottom + margin) + 1)
    return to_rgb_for_dlib(image[y0:y1, x0:x1]), (x0, y0)


def locate_landmarks(image: BGRImage, detected: DetectedFace) -> Face:
    """Place the 68 landmarks on the full-resolution image inside the detector's box (on a crop around it)."""
    crop, (x0, y0) = rgb_face_crop(image, detected.box)
    local_box = detected.box.shifted(-x0, -y0)
    shape = landmark_predictor()(crop, local_box.to_dlib())
    points = np.array([(p.x + x0, p.y + y0) for p in shape.parts()], dtype=np.float64)
    return Face(box=detected.box, score=detected.score, landmarks=points)
