"""The 128-D ResNet descriptor (dlib) of a face whose 68 landmarks are known.

It lives in `vision`, not `recognition`, because the station needs it too: the liveness check compares the face
at the start of the challenge with the face at its end (issue 18), and the station must not import the
service's recognition package. It runs no detector, so it may run in another thread beside
`vision.quality.analyze` (only the network is shared, under its lock).
"""

from __future__ import annotations

import threading
from typing import Final

import dlib
import numpy as np
import numpy.typing as npt

from facestation.vision.faces import BGRImage, Face, rgb_face_crop
from facestation.vision.models import face_descriptor_model

__all__ = ["Descriptor", "descriptor_distance", "descriptor_of"]

Descriptor = npt.NDArray[np.float32]

# dlib's chip extraction (150 px, 25 % padding) as used when the ResNet model was trained.
_CHIP_SIZE: Final = 150
_CHIP_PADDING: Final = 0.25

# The network object keeps its activations between layers, so two threads in one forward pass would corrupt
# each other if a dlib build released the GIL; the current binding does not, so the lock costs nothing.
_descriptor_lock = threading.Lock()


def descriptor_of(image: BGRImage, face: Face, *, jitters: int = 0) -> Descriptor:
    """The read-only float32 descriptor of `face` in `image` (full-resolution coordinates). `jitters` > 1
    averages that many randomly jittered chips (dlib's num_jitters; 0 and 1 mean none)."""
    box = face.box
    crop, (x0, y0) = rgb_face_crop(image, box)  # the padded, rotated chip stays inside its margin
    local_box = box.shifted(-x0, -y0)
    points = [dlib.point(round(x - x0), round(y - y0)) for x, y in face.landmarks]
    shape = dlib.full_object_detection(local_box.to_dlib(), points)
    chip = dlib.get_face_chip(crop, shape, size=_CHIP_SIZE, padding=_CHIP_PADDING)
    model = face_descriptor_model()
    with _descriptor_lock:
        values = model.compute_face_descriptor(chip, jitters)
    descriptor = np.array(values, dtype=np.float32)
    descriptor.setflags(write=False)
    return descriptor


def descriptor_distance(a: npt.ArrayLike, b: npt.ArrayLike) -> float:
    """Euclidean distance between two descriptors (dlib's own measure; 0.6 is its same-person boundary)."""
    difference = np.asarray(a, dtype=np.float64) - np.asarray(b, dtype=np.float64)
    return float(np.sqrt(np.dot(difference, difference)))
