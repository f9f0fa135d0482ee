"""Tests for facestation.vision.portrait: token-geometry crop and JPEG encoding within a byte budget.

Geometry is checked by re-detecting the face in the crop: inter-eye distance 0.25·W, eye line 0.6·W from the
top (0.45 of the height), eyes level. The detector's best-scoring face is used rather than the largest, so a
weak false positive on an upscaled photo does not stand in for the face (see the report on detect_faces).
"""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from facestation.vision.faces import Box, Face, detect_faces, locate_landmarks
from facestation.vision.portrait import (
    DEFAULT_PORTRAIT_WIDTH,
    MIN_JPEG_QUALITY,
    PortraitEncodingError,
    crop_portrait,
    encode_jpeg,
    portrait_jpeg,
)
from facestation.vision.pose import eye_line_roll


def best_face(image: np.ndarray) -> Face:
    detected = detect_faces(image)
    assert detected, "no face found"
    return locate_landmarks(image, max(detected, key=lambda face: face.score))


def roll_of(face: Face) -> float:
    return eye_line_roll(face)


def rotated(image: np.ndarray, face: Face, degrees: float) -> np.ndarray:
    matrix = cv2.getRotationMatrix2D(face.eye_midpoint, degrees, 1.0)
    size = (image.shape[1], image.shape[0])
    return cv2.warpAffine(image, matrix, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


def jpeg_size(image: np.ndarray, quality: int) -> int:
    ok, buffer = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return int(buffer.size)


def decode(data: bytes) -> np.ndarray:
    image = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    assert image is not None, "not a decodable JPEG"
    return image


@pytest.fixture(scope="module")
def sources(compliant_base, astronaut) -> dict[str, np.ndarray]:
    """Photos whose face is big enough for a full 480-px portrait (inter-eye distance ~130 px)."""
    big_astronaut = cv2.resize(astronaut, None, fx=3, fy=3, interpolation=cv2.INTER_CUBIC)
    return {"grace_hopper": compliant_base.photo, "astronaut_x3": big_astronaut}


@pytest.mark.parametrize("angle", [0, 10, -10])
@pytest.mark.parametrize("source", ["grace_hopper", "astronaut_x3"])
def test_crop_has_token_geometry(sources, source: str, angle: float) -> None:
    photo = sources[source]
    if angle:
        photo = rotated(photo, best_face(photo), angle)
    face = best_face(photo)
    if angle:
        assert abs(roll_of(face)) > 5  # the input really is tilted
    portrait = crop_portrait(photo, face)
    assert portrait.shape == (640, 480, 3) and portrait.dtype == np.uint8
    found = best_face(portrait)
    height, width = portrait.shape[:2]
    assert found.inter_eye_distance / width == pytest.approx(0.25, rel=0.05)
    assert found.eye_midpoint[1] / height == pytest.approx(0.45, abs=0.03)
    assert found.eye_midpoint[0] / width == pytest.approx(0.5, abs=0.03)
    assert abs(roll_of(found)) < 1.5


def synthetic_eyes(inter_eye: float, tilt_degrees: float) -> tuple[np.ndarray, Face]:
    """A grey frame with a red dot on the image-left eye and a blue one on the image-right eye, and a Face whose
    eye landmarks (corners 36/39 and 42/45) sit exactly on the dots: geometry without the landmark model."""
    image = np.full((1400, 1400, 3), 128, np.uint8)
    centre = np.array([700.0, 650.0])
    half = 0.5 * inter_eye * np.array([np.cos(np.radians(tilt_degrees)), np.sin(np.radians(tilt_degrees))])
    left, right = centre - half, centre + half
    cv2.circle(image, tuple(np.round(left).astype(int)), 6, (0, 0, 255), -1)
    cv2.circle(image, tuple(np.round(right).astype(int)), 6, (255, 0, 0), -1)
    # Round the dots' centres as drawn, so the landmarks match the pixels exactly.
    left, right = np.round(left), np.round(right)
    landmarks = np.tile(centre, (68, 1))
    landmarks[[36, 39]] = left
    landmarks[[42, 45]] = right
    return image, Face(Box(500, 450, 900, 850), 1.0, landmarks)


def dot_centre(image: np.ndarray, bgr: tuple[int, int, int]) -> tuple[float, float]:
    distance = np.abs(image.astype(int) - np.array(bgr)).sum(axis=2)
    ys, xs = np.nonzero(distance < 120)
    assert xs.size > 0, f"no {bgr} dot in the portrait"
    return float(xs.mean()), float(ys.mean())


@pytest.mark.parametrize("tilt", [0.0, 10.0, -10.0])
@pytest.mark.parametrize("inter_eye", [200.0, 60.0])
def test_crop_geometry_is_exact(inter_eye: float, tilt: float) -> None:
    image, face = synthetic_eyes(inter_eye, tilt)
    portrait = crop_portrait(image, face)
    # 480 px wide, or 4 inter-eye distances at the source's own resolution when that is less (no upscaling).
    width = 480 if inter_eye > 120 else round(4 * face.inter_eye_distance)
    assert width < 250 or inter_eye > 120
    assert portrait.shape == (round(width / 0.75), width, 3)
    left, right = dot_centre(portrait, (0, 0, 255)), dot_centre(portrait, (255, 0, 0))
    # IED 0.25·W, eye line 0.6·W from the top (= 0.45·H), centred, level: to within a pixel.
    assert left == pytest.approx((0.375 * width, 0.6 * width), abs=1.0)
    assert right == pytest.approx((0.625 * width, 0.6 * width), abs=1.0)


def test_crop_without_levelling_keeps_the_tilt(sources) -> None:
    photo = sources["astronaut_x3"]
    tilted = rotated(photo, best_face(photo), 10)
    face = best_face(tilted)
    found = best_face(crop_portrait(tilted, face, level_eyes=False))
    assert roll_of(found) == pytest.approx(roll_of(face), abs=1.5)
    assert abs(roll_of(found)) > 5


def test_crop_never_upscales(astronaut) -> None:
    face = best_face(astronaut)  # inter-eye distance ~43 px: a 480-px portrait would need 120
    portrait = crop_portrait(astronaut, face)
    height, width = portrait.shape[:2]
    assert width == round(4 * face.inter_eye_distance) < DEFAULT_PORTRAIT_WIDTH
    assert height == round(width / 0.75)
    assert 160 < width < 190
    found = best_face(cv2.resize(portrait, None, fx=3, fy=3, interpolation=cv2.INTER_CUBIC))
    assert found.inter_eye_distance / (3 * width) == pytest.approx(0.25, rel=0.05)


def test_crop_downscales_to_the_requested_width(sources) -> None:
    photo = sources["astronaut_x3"]
    portrait = crop_portrait(photo, best_face(photo), width=300)
    assert portrait.shape == (400, 300, 3)


@pytest.mark.parametrize(("eye_centre", "eye_line"), [(0.35, 0.6), (0.65, 0.6), (0.5, 0.3), (0.5, 0.8)])
def test_crop_places_the_eyes_where_asked(sources, eye_centre: float, eye_line: float) -> None:
    photo = sources["astronaut_x3"]
    portrait = crop_portrait(photo, best_face(photo), eye_centre=eye_centre, eye_line=eye_line)
    found = best_face(portrait)
    width = portrait.shape[1]
    # Both are fractions of the width.
    assert found.eye_midpoint[0] / width == pytest.approx(eye_centre, abs=0.02)
    assert found.eye_midpoint[1] / width == pytest.approx(eye_line, abs=0.03)


def test_crop_past_the_frame_edge_repeats_edge_pixels(sources) -> None:
    photo = sources["astronaut_x3"]
    face = best_face(photo)
    above_eyes = round(0.5 * face.inter_eye_distance)
    top = round(face.eye_midpoint[1]) - above_eyes  # the frame starts half an eye distance above the eyes
    cut = np.ascontiguousarray(photo[top:])
    moved = Face(face.box, face.score, face.landmarks - (0, top))
    portrait = crop_portrait(cut, moved, level_eyes=False)
    assert portrait.shape == (640, 480, 3)
    # Eyes at row 288 (0.6·W) and the frame's first row 60 px above them (0.5·IED at IED 120 px): rows
    # 0-227 repeat that first row.
    strip = portrait[:220].astype(int)
    assert np.abs(np.diff(strip, axis=0)).max() <= 1
    assert np.abs(np.diff(portrait[240:400].astype(int), axis=0)).max() > 20  # the face below is not flat


# -- JPEG encoding ------------------------------------------------------------------------------------------


def test_encode_uses_the_best_quality_when_the_budget_allows(compliant_portrait) -> None:
    data = encode_jpeg(compliant_portrait)  # 150 kB budget, quality 90-95
    assert len(data) == jpeg_size(compliant_portrait, 95) <= 150_000
    assert decode(data).shape == compliant_portrait.shape


def test_encode_stays_at_full_size_between_quality_90_and_95(compliant_portrait) -> None:
    q90, q95 = jpeg_size(compliant_portrait, 90), jpeg_size(compliant_portrait, 95)
    assert q90 < q95
    budget = (q90 + q95) // 2
    data = encode_jpeg(compliant_portrait, max_bytes=budget)
    assert q90 <= len(data) <= budget  # quality >= 90, the size proves it
    assert decode(data).shape == compliant_portrait.shape


def test_encode_shrinks_when_the_budget_is_tight(compliant_portrait) -> None:
    q90 = jpeg_size(compliant_portrait, MIN_JPEG_QUALITY)
    budget = int(q90 * 0.6)
    data = encode_jpeg(compliant_portrait, max_bytes=budget)
    assert len(data) <= budget
    image = decode(data)
    height, width = image.shape[:2]
    assert 240 <= width < compliant_portrait.shape[1]
    assert width / height == pytest.approx(0.75, abs=0.01)
    # Smaller, not worse: at least quality 90 at that size.
    assert len(data) >= jpeg_size(image, 85)


def test_encode_gives_up_when_impossible(compliant_portrait) -> None:
    with pytest.raises(PortraitEncodingError, match="500 bytes"):
        encode_jpeg(compliant_portrait, max_bytes=500)
    assert issubclass(PortraitEncodingError, ValueError)


@pytest.mark.parametrize("max_bytes", [0, -1, -150_000])
def test_encode_refuses_a_non_positive_budget(compliant_portrait, max_bytes: int) -> None:
    with pytest.raises(ValueError, match="positive") as raised:
        encode_jpeg(compliant_portrait, max_bytes=max_bytes)
    assert not isinstance(raised.value, PortraitEncodingError)


def test_portrait_jpeg_crops_and_encodes(compliant_base) -> None:
    data = portrait_jpeg(compliant_base.photo, compliant_base.face)
    assert data[:2] == b"\xff\xd8" and len(data) <= 150_000
    image = decode(data)
    assert image.shape == (640, 480, 3)
    assert np.abs(image.astype(int) - compliant_base.portrait.astype(int)).mean() < 4
