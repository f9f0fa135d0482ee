"""Seeded random descriptors shaped like dlib's for pair statistics: a shared mean plus isotropic noise whose
size varies a little from person to person (10 %), so two of them lie 0.88 +- 0.08 apart, like different
people's faces-pairs photos (0.876 +- 0.082). Without that variation the spread would be 0.055."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

SPREAD = 0.88 / np.sqrt(2.0)


def people(count: int, seed: int = 0) -> npt.NDArray[np.float32]:
    rng = np.random.default_rng(seed)
    mean = rng.normal(size=128) * 0.05
    sizes = SPREAD * (1.0 + 0.1 * rng.normal(size=(count, 1)))
    return (mean + rng.normal(size=(count, 128)) * (sizes / np.sqrt(128))).astype(np.float32)


def same_person(descriptor: npt.NDArray[np.float32], distance: float, seed: int) -> npt.NDArray[np.float32]:
    """Another photo of the person of `descriptor`: exactly `distance` away, in a random direction."""
    direction = np.random.default_rng(seed).normal(size=descriptor.shape)
    return (descriptor + direction / np.linalg.norm(direction) * distance).astype(np.float32)


def keys(count: int, prefix: str = "m") -> list[str]:
    return [f"{prefix}{index:06d}" for index in range(count)]
