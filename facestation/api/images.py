"""What the client accepts as an image: encoded bytes, a file path, or a BGR numpy array (a camera frame)."""

from __future__ import annotations

import base64
import os
from pathlib import Path
from typing import TypeAlias

import numpy as np

from facestation.vision.jpeg import DEFAULT_MAX_JPEG_BYTES, encode_jpeg

ImageInput: TypeAlias = bytes | bytearray | memoryview | str | os.PathLike[str] | np.ndarray

# Camera frames are encoded to fit this budget: large enough for a 640x480 frame at quality >= 90, small
# enough that 3600 calls an hour stay light on a site's uplink.
FRAME_JPEG_BUDGET = 2 * DEFAULT_MAX_JPEG_BYTES


def image_bytes(image: ImageInput, *, max_jpeg_bytes: int = FRAME_JPEG_BUDGET) -> bytes:
    """The encoded image to send. Paths are read; arrays must be BGR uint8 (height, width, 3) or grey."""
    if isinstance(image, (bytes, bytearray, memoryview)):
        data = bytes(image)
    elif isinstance(image, (str, os.PathLike)):
        data = Path(image).read_bytes()
    elif isinstance(image, np.ndarray):
        data = _encode_array(image, max_jpeg_bytes)
    else:
        raise TypeError(f"an image must be bytes, a path or a numpy array, not {type(image).__name__}")
    if not data:
        raise ValueError("the image is empty")
    return data


def image_base64(image: ImageInput, *, max_jpeg_bytes: int = FRAME_JPEG_BUDGET) -> str:
    return base64.b64encode(image_bytes(image, max_jpeg_bytes=max_jpeg_bytes)).decode("ascii")


def _encode_array(array: np.ndarray, max_jpeg_bytes: int) -> bytes:
    if array.dtype != np.uint8 or array.ndim not in (2, 3) or (array.ndim == 3 and array.shape[2] != 3):
        raise ValueError("an image array must be uint8, BGR (height, width, 3) or grey (height, width)")
    if array.size == 0:
        raise ValueError("the image array is empty")
    if array.ndim == 2:
        array = np.repeat(array[:, :, None], 3, axis=2)
    return encode_jpeg(np.ascontiguousarray(array), max_bytes=max_jpeg_bytes, min_width=min(240, array.shape[1]))
