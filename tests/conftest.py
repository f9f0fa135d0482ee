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
import numpy as np  # noqa: E402
import pytest  # noqa: E402

from facestation.testing import portraits  # noqa: E402
from facestation.vision import quality  # noqa: E402
from facestation.vision.faces import BGRImage, Face, detect_faces, locate_landmarks  # noqa: E402
from facestation.vision.portrait import crop_portrait  # noqa: E402

# grace_hopper's inter-eye distance is ~88 px, under the ISO minimum of 90: upscale so the token crop (480 px
# wide, 120 px between the eyes) is cut from more pixels than it keeps, as from a real camera.
COMPLIANT_SOURCE_EYE_DISTANCE = 130.0

# Why the saturation is reduced before anything else: the photo is a warm, saturated scan, and the skin of her
# eyelids passes the red-eye rule (R > 2G, R > 2B, R > 90). On the unmodified photo redEyeFraction reads
# 0.31 / 0.56 at native size and 0.083 (limit 0.10, score 64) on the 130-px token crop: the crop passes, but
# barely, and 6 of the 11 degradations then also fail eyesNotRed, which they do not target (see the
# xfail in tests/vision/test_quality.py). At 70 % saturation the lids read 0 % red and every check of the
# crop passes with a score >= 84, the "clearly compliant" base that benchmarks/qa_accuracy.py asks for.
COMPLIANT_SOURCE_SATURATION = 0.7


@dataclass(frozen=True)
class CompliantBase:
    """A compliant portrait and where it came from, as facestation.testing.degrade's `apply` wants them."""

    photo: BGRImage  # the upscaled, desaturated grace_hopper
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


def desaturate(image: BGRImage, factor: float) -> BGRImage:
    hsv = cv2.cvtColor(image, cv2.COLOR_BGR2HSV).astype(np.float32)
    hsv[..., 1] *= factor
    return cv2.cvtColor(np.clip(hsv, 0, 255).astype(np.uint8), cv2.COLOR_HSV2BGR)


@pytest.fixture(scope="session")
def grace_hopper() -> BGRImage:
    return _read_only(portraits.grace_hopper())


@pytest.fixture(scope="session")
def astronaut() -> BGRImage:
    return _read_only(portraits.astronaut())


@pytest.fixture(scope="session")
def compliant_base(grace_hopper: BGRImage) -> CompliantBase:
    source = desaturate(grace_hopper, COMPLIANT_SOURCE_SATURATION)
    factor = COMPLIANT_SOURCE_EYE_DISTANCE / locate_main_face(source).inter_eye_distance
    photo = _read_only(cv2.resize(source, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC))
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
