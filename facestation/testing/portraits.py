"""Real portrait photos for tests and benchmarks.

Always available: the portraits that scikit-image and matplotlib ship (test extras). Optional: the photos
of `shared/datasets`, which a fresh clone does not have; callers skip when `datasets_dir()` is None.
"""

from __future__ import annotations

import os
from pathlib import Path

import cv2
import numpy as np

from facestation.vision.faces import BGRImage

REPO_ROOT = Path(__file__).resolve().parents[2]


def astronaut() -> BGRImage:
    """Eileen Collins, 512x512, smiling with teeth showing (fails the mouth-closed sub-check)."""
    from skimage import data

    return np.ascontiguousarray(data.astronaut()[:, :, ::-1])


def grace_hopper() -> BGRImage:
    """Grace Hopper, 512x600 JPEG, a frontal studio portrait."""
    from matplotlib import cbook

    with cbook.get_sample_data("grace_hopper.jpg") as handle:
        data = handle.read()
    return cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)


def package_portraits() -> dict[str, BGRImage]:
    return {"astronaut": astronaut(), "grace_hopper": grace_hopper()}


def datasets_dir() -> Path | None:
    """`shared/datasets` beside the checkout (or $FACESTATION_DATASETS), or None when absent."""
    candidate = Path(os.environ.get("FACESTATION_DATASETS", REPO_ROOT.parent / "shared" / "datasets"))
    return candidate if (candidate / "faces-pairs").is_dir() else None


def dataset_portraits(folder: str = "faces-pairs") -> dict[str, Path]:
    """Photo name -> path in a dataset folder; empty when the datasets are absent."""
    root = datasets_dir()
    if root is None:
        return {}
    return {path.name: path for path in sorted((root / folder).glob("*.jpg"))}


def edited_copies(image: BGRImage) -> dict[str, BGRImage]:
    """Same-person variants: mirrored, half and double size, rotated 5°, JPEG quality 40, 40 % darker."""
    height, width = image.shape[:2]
    rotation = cv2.getRotationMatrix2D((width / 2, height / 2), 5, 1.0)
    _, jpeg = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, 40])
    return {
        "flipped": np.ascontiguousarray(image[:, ::-1]),
        "half": cv2.resize(image, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA),
        "double": cv2.resize(image, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC),
        "rotated5": cv2.warpAffine(image, rotation, (width, height), borderMode=cv2.BORDER_REPLICATE),
        "jpeg40": cv2.imdecode(jpeg, cv2.IMREAD_COLOR),
        "darker": cv2.convertScaleAbs(image, alpha=0.6, beta=0),
    }
