"""BGR numpy arrays <-> QImage: exact round trips, any strides, and copies that outlive their source array."""

from __future__ import annotations

import gc

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage

from facestation.station.ui.images import bgr_to_qimage, bgr_to_qpixmap, qimage_to_bgr


def random_bgr(height: int, width: int, seed: int = 1) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, 256, (height, width, 3), dtype=np.uint8)


@pytest.mark.parametrize(("height", "width"), [(48, 64), (7, 5), (1, 1), (33, 101)])  # odd widths: padded rows
def test_round_trip_is_exact(height: int, width: int) -> None:
    image = random_bgr(height, width)
    qimage = bgr_to_qimage(image)
    assert (qimage.width(), qimage.height()) == (width, height)
    back = qimage_to_bgr(qimage)
    assert back.dtype == np.uint8 and back.shape == image.shape and back.flags.writeable
    np.testing.assert_array_equal(back, image)


def test_channels_are_bgr() -> None:
    image = np.zeros((2, 2, 3), np.uint8)
    image[0, 0] = (255, 0, 0)  # blue in BGR
    image[0, 1] = (0, 0, 255)  # red
    qimage = bgr_to_qimage(image)
    assert qimage.pixelColor(0, 0) == QColor(0, 0, 255)
    assert qimage.pixelColor(1, 0) == QColor(255, 0, 0)


def test_the_qimage_owns_its_pixels() -> None:
    image = random_bgr(40, 30)
    expected = image.copy()
    qimage = bgr_to_qimage(image)
    image[:] = 0  # the source changes...
    np.testing.assert_array_equal(qimage_to_bgr(qimage), expected)  # ...the QImage does not
    del image
    gc.collect()
    garbage = [np.full((40, 30, 3), 7, np.uint8) for _ in range(50)]  # reuse the freed memory
    np.testing.assert_array_equal(qimage_to_bgr(qimage), expected)
    assert garbage


def test_the_array_does_not_share_qt_memory() -> None:
    qimage = QImage(8, 6, QImage.Format.Format_RGB32)
    qimage.fill(QColor(10, 20, 30))
    array = qimage_to_bgr(qimage)
    qimage.fill(QColor(200, 200, 200))
    del qimage
    gc.collect()
    assert (array == (30, 20, 10)).all()


def test_views_with_strides_and_read_only_frames_convert() -> None:
    image = random_bgr(20, 30)
    mirrored = image[:, ::-1]  # negative strides
    cropped = image[2:12, 5:25]  # a window into a larger row
    np.testing.assert_array_equal(qimage_to_bgr(bgr_to_qimage(mirrored)), mirrored)
    np.testing.assert_array_equal(qimage_to_bgr(bgr_to_qimage(cropped)), cropped)
    image.setflags(write=False)  # pipeline frames are read-only
    np.testing.assert_array_equal(qimage_to_bgr(bgr_to_qimage(image)), image)


def test_grey_and_other_formats() -> None:
    grey = np.arange(12, dtype=np.uint8).reshape(3, 4) * 20
    back = qimage_to_bgr(bgr_to_qimage(grey))
    np.testing.assert_array_equal(back, np.repeat(grey[..., None], 3, axis=2))
    argb = QImage(3, 2, QImage.Format.Format_ARGB32)
    argb.fill(QColor(1, 2, 3, 128))
    assert qimage_to_bgr(argb).shape == (2, 3, 3)
    assert qimage_to_bgr(QImage()).shape == (0, 0, 3)
    assert bgr_to_qimage(np.zeros((0, 5, 3), np.uint8)).isNull()


def test_bad_input_is_refused(qapp) -> None:
    with pytest.raises(TypeError):
        bgr_to_qimage(np.zeros((4, 4, 3), np.float32))
    with pytest.raises(ValueError):
        bgr_to_qimage(np.zeros((4, 4, 4), np.uint8))
    assert not bgr_to_qpixmap(random_bgr(4, 4)).isNull()
