"""Between the vision layer's BGR numpy arrays and Qt's images.

`bgr_to_qimage` always copies: a QImage built over a numpy buffer does not keep the array alive, so a frame
dropped by the pipeline (or a still photo's array replaced) would leave it pointing into freed memory. The
copy of a 640x480 frame costs a fraction of a millisecond, far less than a paint.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from PySide6.QtGui import QImage, QPixmap

__all__ = ["bgr_to_qimage", "bgr_to_qpixmap", "qimage_to_bgr"]


def bgr_to_qimage(image: npt.NDArray[np.uint8]) -> QImage:
    """A QImage that owns a copy of `image`: BGR uint8 of shape (height, width, 3), or grey (height, width).

    Any strides are accepted (slices, flipped views); the result never refers to the array's memory."""
    if not isinstance(image, np.ndarray) or image.dtype != np.uint8:
        raise TypeError("bgr_to_qimage needs a uint8 numpy array")
    if image.ndim == 2:
        image_format = QImage.Format.Format_Grayscale8
    elif image.ndim == 3 and image.shape[2] == 3:
        image_format = QImage.Format.Format_BGR888
    else:
        raise ValueError(f"bgr_to_qimage needs (height, width, 3) BGR or (height, width) grey, not {image.shape}")
    height, width = image.shape[:2]
    if height == 0 or width == 0:
        return QImage()
    # QImage wants each row contiguous (rows may be padded); ascontiguousarray is a no-op for ordinary frames.
    contiguous = np.ascontiguousarray(image)
    view = QImage(contiguous.data, width, height, contiguous.strides[0], image_format)
    # The view borrows `contiguous`'s buffer only until this line: copy() makes the QImage own its pixels.
    return view.copy()


def bgr_to_qpixmap(image: npt.NDArray[np.uint8]) -> QPixmap:
    """A QPixmap of a BGR (or grey) array; GUI thread only, like every QPixmap."""
    return QPixmap.fromImage(bgr_to_qimage(image))


def qimage_to_bgr(image: QImage) -> npt.NDArray[np.uint8]:
    """A new, writeable BGR uint8 array of shape (height, width, 3) from any QImage (alpha is dropped)."""
    if image.isNull():
        return np.zeros((0, 0, 3), np.uint8)
    converted = image.convertToFormat(QImage.Format.Format_BGR888)
    width, height, stride = converted.width(), converted.height(), converted.bytesPerLine()
    buffer = np.frombuffer(converted.constBits(), np.uint8, count=stride * height)
    # Rows may be padded to 4 bytes: cut each row to width*3, then copy out of Qt's memory.
    return buffer.reshape(height, stride)[:, : width * 3].reshape(height, width, 3).copy()
