"""The QA gate: the station's checks on photo files, the portrait it sends, and photo problems in words."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from facestation.importer import PhotoError, QualityFailed, prepare_portrait, read_photo
from facestation.vision import quality
from facestation.vision.faces import BGRImage
from tests.importer.photos import good_photo, huge_png, write_jpeg
from tests.support.portraits import CompliantBase


def test_a_good_photo_gives_the_stations_portrait(tmp_path: Path, compliant_base: CompliantBase) -> None:
    path = write_jpeg(tmp_path / "good.jpg", good_photo(compliant_base, 0))
    prepared = prepare_portrait(read_photo(path))
    portrait = cv2.imdecode(np.frombuffer(prepared.jpeg, np.uint8), cv2.IMREAD_COLOR)
    assert portrait.shape == (640, 480, 3) and prepared.report.passed
    assert quality.analyze(portrait).passed  # the portrait itself passes, as at the desk


def test_a_failing_photo_is_refused_with_the_reasons(tmp_path: Path, astronaut: BGRImage) -> None:
    path = write_jpeg(tmp_path / "smile.jpg", np.ascontiguousarray(astronaut))
    with pytest.raises(QualityFailed) as failed:
        prepare_portrait(read_photo(path))
    assert "the mouth is open (overallPhotoQuality)" in failed.value.reason
    assert not failed.value.report.passed


def test_no_face(tmp_path: Path) -> None:
    grey = np.full((640, 480, 3), 128, np.uint8)
    with pytest.raises(QualityFailed, match="no face found"):
        prepare_portrait(read_photo(write_jpeg(tmp_path / "grey.jpg", grey)))


def test_file_problems(tmp_path: Path, compliant_base: CompliantBase) -> None:
    with pytest.raises(PhotoError, match="not in the photo folder"):
        read_photo(tmp_path / "missing.jpg")
    (tmp_path / "empty.jpg").write_bytes(b"")
    with pytest.raises(PhotoError, match="is empty"):
        read_photo(tmp_path / "empty.jpg")
    with pytest.raises(PhotoError, match="too large"):
        read_photo(write_jpeg(tmp_path / "big.jpg", good_photo(compliant_base, 1)), max_bytes=1000)
    with pytest.raises(PhotoError, match="megapixels"):
        prepare_portrait(read_photo(huge_png(tmp_path / "huge.png")))
    with pytest.raises(PhotoError, match="cannot be used"):
        prepare_portrait(b"this is not a photo at all")
