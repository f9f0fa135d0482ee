"""What the client accepts as an image: encoded bytes, a path, a BGR array or a grey array; anything else raises
before a request is made."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest

from facestation.api.images import FRAME_JPEG_BUDGET, image_base64, image_bytes
from facestation.vision.faces import BGRImage
from tests.api.conftest import jpeg


def decode(data: bytes) -> np.ndarray:
    image = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_UNCHANGED)
    assert image is not None, "not an image"
    return image


def test_encoded_bytes_go_as_they_are(grace_hopper: BGRImage) -> None:
    data = jpeg(grace_hopper)
    assert image_bytes(data) == data
    assert image_bytes(bytearray(data)) == data
    assert image_bytes(memoryview(data)) == data
    png = cv2.imencode(".png", grace_hopper)[1].tobytes()
    assert image_bytes(png) == png  # not re-encoded: the service decodes PNG too


def test_a_path_is_read(tmp_path: Path, grace_hopper: BGRImage) -> None:
    photo = tmp_path / "folder with spaces" / "grâce.jpg"
    photo.parent.mkdir()
    photo.write_bytes(jpeg(grace_hopper))
    assert image_bytes(photo) == image_bytes(str(photo)) == jpeg(grace_hopper)


def test_a_bgr_array_becomes_a_jpeg_with_its_colours(grace_hopper: BGRImage) -> None:
    decoded = decode(image_bytes(grace_hopper))
    assert decoded.shape == grace_hopper.shape
    assert np.abs(decoded.astype(int) - grace_hopper.astype(int)).mean() < 4  # quality >= 90
    blue = np.zeros((120, 160, 3), np.uint8)
    blue[:, :, 0] = 255  # B of BGR
    b, g, r = decode(image_bytes(blue)).reshape(-1, 3).mean(axis=0)
    assert b > 240 and g < 15 and r < 15  # not swapped to RGB on the way


def test_a_grey_array_becomes_a_three_channel_jpeg(grace_hopper: BGRImage) -> None:
    grey = cv2.cvtColor(grace_hopper, cv2.COLOR_BGR2GRAY)
    decoded = decode(image_bytes(grey))
    assert decoded.shape[:2] == grey.shape
    as_grey = decoded if decoded.ndim == 2 else cv2.cvtColor(decoded, cv2.COLOR_BGR2GRAY)
    assert np.abs(as_grey.astype(int) - grey.astype(int)).mean() < 4


def test_views_and_read_only_arrays_are_accepted(grace_hopper: BGRImage) -> None:
    assert not grace_hopper.flags.writeable
    mirrored = grace_hopper[:, ::-1]  # not contiguous
    assert not mirrored.flags.c_contiguous
    assert decode(image_bytes(mirrored)).shape == grace_hopper.shape
    crop = grace_hopper[50:250, 100:300]
    assert decode(image_bytes(crop)).shape == (200, 200, 3)


def test_a_large_frame_fits_the_byte_budget() -> None:
    noise = np.random.default_rng(3).integers(0, 256, (1080, 1920, 3), dtype=np.uint8)  # JPEG's worst case
    data = image_bytes(noise)
    assert len(data) <= FRAME_JPEG_BUDGET
    height, width = decode(data).shape[:2]
    assert width < 1920 and abs(height / width - 1080 / 1920) < 0.01  # shrunk, not distorted
    small_budget = image_bytes(noise[:480, :640], max_jpeg_bytes=60_000)
    assert len(small_budget) <= 60_000


def test_small_images_are_not_enlarged() -> None:
    tiny = np.full((1, 1, 3), 127, np.uint8)
    assert decode(image_bytes(tiny)).shape[:2] == (1, 1)


def test_image_base64(grace_hopper: BGRImage) -> None:
    data = jpeg(grace_hopper)
    assert base64.b64decode(image_base64(data), validate=True) == data
    assert image_base64(data).isascii()
    assert base64.b64decode(image_base64(grace_hopper)) == image_bytes(grace_hopper)


@pytest.mark.parametrize(("image", "error"), [
    (b"", ValueError),
    (bytearray(), ValueError),
    (np.zeros((0, 0, 3), np.uint8), ValueError),
    (np.zeros((0, 640), np.uint8), ValueError),
    (np.zeros((48, 64, 3), np.float32), ValueError),
    (np.zeros((48, 64, 3), np.uint16), ValueError),
    (np.zeros((48, 64, 3), bool), ValueError),
    (np.zeros((48, 64, 4), np.uint8), ValueError),
    (np.zeros((48, 64, 1), np.uint8), ValueError),
    (np.zeros(64, np.uint8), ValueError),
    (np.zeros((2, 48, 64, 3), np.uint8), ValueError),
    (None, TypeError),
    (42, TypeError),
    ([[0, 0, 0]], TypeError),
    ({"faceImageBase64": "..."}, TypeError),
])
def test_bad_inputs_raise(image: Any, error: type[Exception]) -> None:
    with pytest.raises(error):
        image_bytes(image)
    with pytest.raises(error):
        image_base64(image)


def test_a_missing_or_empty_file_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        image_bytes(tmp_path / "missing.jpg")
    with pytest.raises(OSError):  # IsADirectoryError on POSIX, PermissionError on Windows
        image_bytes(tmp_path)
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    with pytest.raises(ValueError, match="empty"):
        image_bytes(str(empty))


def test_a_budget_too_small_for_any_acceptable_jpeg_raises(grace_hopper: BGRImage) -> None:
    with pytest.raises(ValueError):
        image_bytes(grace_hopper, max_jpeg_bytes=500)
