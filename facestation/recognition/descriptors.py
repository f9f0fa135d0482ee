"""128-D face descriptors (dlib ResNet) of the largest face in a photo, and the enrolment rule.

Detection runs on a copy whose longer side is DETECTION_MAX_SIDE pixels, whatever the photo's size: big photos
are scaled down and small ones up, by at most MAX_DETECTION_UPSAMPLE. So a photo and a resized copy of it are
scanned alike and give the same boxes, and a scan costs ~30-40 ms whatever the photo (2-core development
machine). Landmarks and the descriptor are computed from the full-resolution image, around the face only.
A 12 MP photo takes ~115 ms in all; HOG alone at its full resolution would take ~700 ms.

Models load once per process (`facestation.vision.models`), so the functions here can run in several worker
processes at once. Within one process they may be called from several threads, which then take turns:
dlib's HOG detector is one shared instance and is not safe to run concurrently (the binding releases the GIL
while it scans; two threads scanning differently sized images crash the process), and the descriptor
network keeps per-call state. Caution: `facestation.vision` uses the same detector instance without a lock,
so `vision.quality.analyze` must not run in another thread of the same process at the same time.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import cv2
import numpy as np
import numpy.typing as npt

from facestation.vision.face_descriptor import (
    Descriptor,
    descriptor_distance,
    descriptor_of,
)
from facestation.vision.faces import (
    BGRImage,
    Box,
    DetectedFace,
    Face,
    detect_faces,
    locate_landmarks,
)

DESCRIPTOR_SIZE: Final = 128

# Longer side of the copy HOG scans. HOG's window is 80 px, so faces narrower than 10 % of a photo's longer
# side are not found (400 px in a 4000x3000 photo, 128 px in a 1280x720 frame): fine for enrolment photos and
# for someone at a kiosk camera, not for crowds.
DETECTION_MAX_SIDE: Final = 800
# Small photos are scanned at up to twice their size, so faces down to 40 px are found and can be refused as
# too small rather than reported missing (faces-pairs, faces scaled down to 40 px: found 0 % at 1x, 100 % at
# 2x; 60 px: 98 % at 1x). Beyond 2x the interpolated pixels add nothing a usable face would need.
MAX_DETECTION_UPSAMPLE: Final = 2.0
# HOG false positives on printed patterns score near zero: the astronaut's mission patch, a face-sized box,
# scores 0.04 at our scan (0.04-0.34 at other scan sizes), which would make her photo "several faces". The
# main face of every faces-pairs photo scores >= 0.97 at our scan except one lone face (0.25). So when one
# detection is this confident, weaker ones are dropped; a photo whose detections are all weak keeps them.
# The cost: a weak real face beside a confident one (small or turned; 0.15-0.45 in some group photos) is
# not counted, so it cannot make the photo ambiguous; the confident face is the likelier subject anyway.
CONFIDENT_DETECTION_SCORE: Final = 0.5

# Enrolment rule (see `enrolment_problem`).
# Measured by `benchmarks/recognition_accuracy.py --face-sizes`: each faces-pairs face scaled down to a HOG box
# width, its descriptor's distance to the same face at full resolution (median / p90 / max) and the master.csv
# pairs with that side small (genuine p90, closest impostor):
#   120 px+  0.054 / 0.075 / 0.12   genuine p90 0.44  impostor min 0.64   (resampling noise: full-res quality)
#   80 px    0.095 / 0.130 / 0.18   genuine p90 0.45  impostor min 0.63
#   70 px    0.122 / 0.154 / 0.21   genuine p90 0.44  impostor min 0.64
#   60 px    0.148 / 0.188 / 0.23   genuine p90 0.47  impostor min 0.615
#   40 px    0.247 / 0.301 / 0.36   genuine p90 0.50  impostor min 0.61
# Down to 70 px matching is as good as at full resolution; below, both distributions slide towards the
# thresholds. 80 px keeps a step of margin: the enrolled descriptor is the reference for every later match,
# and at enrolment the person can simply step closer.
MIN_ENROL_FACE_WIDTH: Final = 80.0
# Another face at least this fraction of the largest face's width makes the photo ambiguous. People side by
# side at the same distance read 0.69-1.0 of each other in every group photo of faces-multi (HOG box widths
# come in steps of ~1.2x, and the same face can land one step off), so 0.6 keeps one step of margin. A face
# below 0.6 of the width (under a third of the area) is someone at least ~1.7x farther from the camera, a
# passer-by behind the subject. The station's onlyOneFaceVisible check (area < 0.25, width < 0.5) is
# stricter, so photos that pass the QA pass this rule too (give or take a box step: the scans differ).
MAX_OTHER_FACE_WIDTH_RATIO: Final = 0.6

# Error codes returned by `enrolment_problem`, as the API reports them.
NO_FACE_DETECTED: Final = "NoFaceDetected"
MULTIPLE_FACES_DETECTED: Final = "MultipleFacesDetected"
FACE_TOO_SMALL: Final = "FaceTooSmall"

# (Detection is serialised in vision.faces.detect_faces: dlib's detector crashes when two threads share it;
# the descriptor network has its own lock in vision.face_descriptor.)


@dataclass(frozen=True, eq=False)
class DescribedFace:
    """One face with its descriptor. `box` is in the original image's pixels; `descriptor` is read-only."""

    box: Box
    descriptor: Descriptor  # float32, shape (DESCRIPTOR_SIZE,)
    face: Face  # the landmarks the descriptor was aligned with, full-resolution coordinates
    score: float  # HOG detector score (larger is surer; 0 is dlib's own detection threshold)


@dataclass(frozen=True, eq=False)
class FaceAnalysis:
    """What `describe_largest_face` found: the faces, largest first, and the largest one described.

    `faces` holds every face as `find_faces` counts them (weak detections beside a confident one are dropped).
    """

    faces: tuple[Box, ...]
    primary: DescribedFace | None  # None when no face was found

    @property
    def face_count(self) -> int:
        return len(self.faces)


def detection_scale(width: int, height: int) -> float:
    """The factor the detection copy is resized by: longer side -> DETECTION_MAX_SIDE, at most 2x up."""
    return min(MAX_DETECTION_UPSAMPLE, DETECTION_MAX_SIDE / max(width, height, 1))


def find_faces(image: BGRImage) -> list[DetectedFace]:
    """HOG detection on the DETECTION_MAX_SIDE copy; boxes in original pixels, largest first, surest first on ties.

    Weak detections are dropped when a confident one exists (see CONFIDENT_DETECTION_SCORE).
    """
    _check_image(image)
    height, width = image.shape[:2]
    scale = detection_scale(width, height)
    if scale <= 1.0:
        detected = detect_faces(image, scale=scale)
    else:
        size = (round(width * scale), round(height * scale))
        upsampled = cv2.resize(image, size, interpolation=cv2.INTER_LINEAR)
        factor = size[0] / width  # the rounded size, not `scale`, maps the boxes back
        found = detect_faces(upsampled)
        detected = [DetectedFace(d.box.scaled(1 / factor), d.score) for d in found]
    if any(d.score >= CONFIDENT_DETECTION_SCORE for d in detected):
        detected = [d for d in detected if d.score >= CONFIDENT_DETECTION_SCORE]
    # Box widths are quantised by the detector's pyramid, so equal areas are common: the surer face wins.
    return sorted(detected, key=lambda d: (d.box.area, d.score), reverse=True)


def describe_face(image: BGRImage, detected: DetectedFace, *, jitters: int = 0) -> DescribedFace:
    """68 landmarks and the ResNet descriptor of one detected face, from the full-resolution image.

    `jitters` > 1 averages that many randomly jittered chips (dlib's num_jitters; 0 and 1 mean none):
    slightly more stable, but each jitter costs a full forward pass (~60 ms).
    """
    _check_image(image)
    face = locate_landmarks(image, detected)
    descriptor = descriptor_of(image, face, jitters=jitters)
    return DescribedFace(box=detected.box, descriptor=descriptor, face=face, score=detected.score)


def describe_largest_face(image: BGRImage, *, jitters: int = 0) -> FaceAnalysis:
    """Find every face, then describe the largest (see `find_faces` and `describe_face`).

    Raises ValueError when `image` is not a non-empty BGR uint8 array of shape (height, width, 3).
    """
    detected = find_faces(image)
    primary = describe_face(image, detected[0], jitters=jitters) if detected else None
    return FaceAnalysis(faces=tuple(d.box for d in detected), primary=primary)


def distance(a: npt.ArrayLike, b: npt.ArrayLike) -> float:
    """Euclidean distance between two descriptors (dlib's own measure; 0.6 is its same-person boundary)."""
    return descriptor_distance(a, b)


def enrolment_problem(analysis: FaceAnalysis) -> str | None:
    """None when the photo can be enrolled, else the API error code saying why not.

    The rule: the photo must show exactly one usable face.

    - No face found: `"NoFaceDetected"`.
    - Another face at least MAX_OTHER_FACE_WIDTH_RATIO (0.6) of the largest face's width:
      `"MultipleFacesDetected"`, because it would be a guess which person is being enrolled. Smaller faces
      (people well behind the subject) are ignored and the largest face is enrolled.
    - The largest face narrower than MIN_ENROL_FACE_WIDTH (80 px in the original image):
      `"FaceTooSmall"`, because below that its descriptor drifts measurably (see the constant).

    Several faces take precedence over size: a bigger photo would not make the choice any clearer.
    """
    if analysis.primary is None or not analysis.faces:
        return NO_FACE_DETECTED
    largest = analysis.primary.box.width
    if any(other.width >= MAX_OTHER_FACE_WIDTH_RATIO * largest for other in analysis.faces[1:]):
        return MULTIPLE_FACES_DETECTED
    if largest < MIN_ENROL_FACE_WIDTH:
        return FACE_TOO_SMALL
    return None


def _check_image(image: BGRImage) -> None:
    if not isinstance(image, np.ndarray) or image.dtype != np.uint8 or image.ndim != 3 or image.shape[2] != 3:
        raise ValueError("expected a BGR uint8 image of shape (height, width, 3)")
    if image.shape[0] == 0 or image.shape[1] == 0:
        raise ValueError("the image has no pixels")


__all__ = [
    "CONFIDENT_DETECTION_SCORE",
    "DESCRIPTOR_SIZE",
    "DETECTION_MAX_SIDE",
    "FACE_TOO_SMALL",
    "MAX_DETECTION_UPSAMPLE",
    "MAX_OTHER_FACE_WIDTH_RATIO",
    "MIN_ENROL_FACE_WIDTH",
    "MULTIPLE_FACES_DETECTED",
    "NO_FACE_DETECTED",
    "DescribedFace",
    "Descriptor",
    "FaceAnalysis",
    "describe_face",
    "describe_largest_face",
    "detection_scale",
    "distance",
    "enrolment_problem",
    "find_faces",
]
