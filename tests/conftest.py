"""Shared fixtures: the always-available portraits and a compliant ICAO portrait built from one of them.

Images are built once per session and made read-only, so a test that modifies a shared image fails loudly
instead of silently changing what later tests see.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # for the Qt tests; must precede any Qt import

from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

import cv2  # noqa: E402
import pytest  # noqa: E402

from facestation.testing import portraits  # noqa: E402
from facestation.vision import quality  # noqa: E402
from facestation.vision.faces import BGRImage, Face, detect_faces, locate_landmarks  # noqa: E402
from facestation.vision.portrait import crop_portrait  # noqa: E402

# grace_hopper's inter-eye distance is ~88 px, under the ISO minimum of 90: upscale it (bicubic, as
# benchmarks/qa_accuracy.py does) so the token crop (480 px wide, 120 px between the eyes) is cut from more
# pixels than it keeps, as from a real camera. The factor is 140 / 87.7, after which the landmarks measure
# ~136 px between the eyes. Not exactly 130: yaw on this face jitters by several degrees with tiny changes
# of the detector box, and the crop from a 130-px upscale reads yaw 5.4° in the still scan but 7.4° in the
# live scan (limit 8°, isFrontal score 57). From 140 both scans read |yaw| < 4° and every check scores
# >= 75 (the "clearly compliant" bar of qa_accuracy.py), so a small change in the package does not flip
# the base. Its red-eye fraction is 0 (the stricter rule of measures.red_eye_fraction).
COMPLIANT_SOURCE_UPSCALE_TARGET = 140.0


@dataclass(frozen=True)
class CompliantBase:
    """A compliant portrait and where it came from, as facestation.testing.degrade's `apply` wants them."""

    photo: BGRImage  # grace_hopper upscaled 1.6x: inter-eye distance ~136 px
    face: Face  # the face located in `photo`
    portrait: BGRImage  # crop_portrait(photo, face): 480x640 token geometry
    portrait_face: Face  # the face located in `portrait` by quality.analyze(thorough=True)


def _read_only(image: BGRImage) -> BGRImage:
    image.setflags(write=False)
    return image


def locate_main_face(image: BGRImage) -> Face:
    """The largest face at full resolution, with landmarks; fails the calling test when there is none."""
    detected = detect_faces(image)
    assert detected, "no face found"
    return locate_landmarks(image, detected[0])


@pytest.fixture(scope="session")
def grace_hopper() -> BGRImage:
    return _read_only(portraits.grace_hopper())


@pytest.fixture(scope="session")
def astronaut() -> BGRImage:
    return _read_only(portraits.astronaut())


@pytest.fixture(scope="session")
def compliant_base(grace_hopper: BGRImage) -> CompliantBase:
    factor = COMPLIANT_SOURCE_UPSCALE_TARGET / locate_main_face(grace_hopper).inter_eye_distance
    photo = _read_only(cv2.resize(grace_hopper, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC))
    face = locate_main_face(photo)
    portrait = _read_only(crop_portrait(photo, face))
    report = quality.analyze(portrait, thorough=True)
    assert report.face is not None, "no face in the compliant portrait"
    return CompliantBase(photo=photo, face=face, portrait=portrait, portrait_face=report.face)


@pytest.fixture(scope="session")
def compliant_portrait(compliant_base: CompliantBase) -> BGRImage:
    """A 480x640 ICAO token portrait of grace_hopper (inter-eye distance 120 px) that passes every check."""
    return compliant_base.portrait


@pytest.fixture(scope="session")
def datasets() -> Path:
    root = portraits.datasets_dir()
    if root is None:
        pytest.skip("shared/datasets not present")
    return root
