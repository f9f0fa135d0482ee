"""Descriptor distance -> 0-100 confidence -> verdict (the API's `result`) and its description.

The confidence is a score, not a probability: a logistic in the euclidean descriptor distance, 50 at dlib's
documented same-person boundary (0.6, 99.38 % on LFW) and falling from 95 to 5 between distances 0.45 and
0.75, the stretch between the tail of genuine pairs and the bulk of impostor pairs (faces-pairs master.csv:
genuine p90 0.44, max 0.62; impostor min 0.645, p5 0.77).

Default thresholds, calibrated by `benchmarks/recognition_accuracy.py` on master.csv (38 genuine, 262
impostor pairs) plus pairs of the package-shipped portraits: OK from 75 (distance <= 0.545), WARNING from 25
(distance <= 0.655), symmetric about 50. OK sits 0.06 above the largest ordinary genuine distance (0.487)
and 0.10 below the closest impostor, leaning to safety; WARNING reaches past the one outlying genuine pair.
Measured: no impostor pair OK, 37 of 38 genuine pairs OK; the genuine pair missed (distance 0.62: photos
some 20 years apart) and 2 impostor pairs (0.645, 0.652) land in WARNING, the other 260 impostors FAILED.
Package portraits: 12 edited copies (distance <= 0.20) all OK, 129 impostor pairs (>= 0.69) all FAILED.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import IntEnum
from typing import Final

import numpy as np
import numpy.typing as npt

# Distance where the confidence is 50, and the distance over which it changes by a factor e in odds.
CONFIDENCE_CENTRE: Final = 0.6
CONFIDENCE_SCALE: Final = 0.05

# Not-executed descriptions, for the API's `resultDescription`.
NO_FACE_IN_PROBE: Final = "No face found in the image to identify"
MULTIPLE_FACES_IN_PROBE: Final = "Several faces of similar size in the image: use a photo of one person"
RECORD_DISABLED: Final = "The face record is disabled"
RECORD_HAS_NO_FACE: Final = "The face record has no enrolled face"
EMPTY_LIST: Final = "The face list has no enabled records"


class MatchResult(IntEnum):
    """The API's `result` integers."""

    OK = 0
    NOT_EXECUTED = 1
    WARNING = 2
    FAILED = 3


@dataclass(frozen=True)
class MatchThresholds:
    """Confidence thresholds (0-100): OK from `ok`, WARNING from `warning`, FAILED below.

    `warning` equal to `ok` leaves no warning band.
    """

    ok: float
    warning: float

    def __post_init__(self) -> None:
        if not (0.0 <= self.warning <= self.ok <= 100.0):
            raise ValueError(
                f"thresholds must satisfy 0 <= warning <= ok <= 100, got ok={self.ok}, warning={self.warning}"
            )


DEFAULT_THRESHOLDS: Final = MatchThresholds(ok=75.0, warning=25.0)

_DESCRIPTIONS: Final = {
    MatchResult.OK: "Same person",
    MatchResult.WARNING: "Possibly the same person: check by eye",
    MatchResult.FAILED: "Different person",
    MatchResult.NOT_EXECUTED: "Comparison not executed",
}


def confidence_from_distance(distance: float) -> float:
    """The 0-100 confidence for one descriptor distance, rounded to 2 decimals.

    Strictly decreasing in the distance before rounding; the rounded value is 100.0 up to ~0.1 and 0.0
    from ~1.1. Raises ValueError for a negative or non-finite distance.
    """
    if not math.isfinite(distance) or distance < 0:
        raise ValueError(f"a descriptor distance is finite and >= 0, got {distance}")
    return round(_logistic(distance), 2)


def confidences_from_distances(distances: npt.ArrayLike) -> npt.NDArray[np.float64]:
    """`confidence_from_distance` for an array of distances at once (same rounding, same errors)."""
    values = np.asarray(distances, dtype=np.float64)
    if not np.all(np.isfinite(values)) or np.any(values < 0):
        raise ValueError("descriptor distances are finite and >= 0")
    # exp overflows to inf for distances above ~36, which correctly yields 0.
    with np.errstate(over="ignore"):
        return np.round(100.0 / (1.0 + np.exp((values - CONFIDENCE_CENTRE) / CONFIDENCE_SCALE)), 2)


def distance_for_confidence(confidence: float) -> float:
    """The distance at which the (unrounded) confidence equals `confidence`, for 0 < confidence < 100.

    Lets a caller turn thresholds into distances, e.g. to report them or to prefilter a 1:N search.
    """
    if not 0.0 < confidence < 100.0:
        raise ValueError(f"confidence must be strictly between 0 and 100, got {confidence}")
    return CONFIDENCE_CENTRE + CONFIDENCE_SCALE * math.log(100.0 / confidence - 1.0)


def threshold_for_distance(distance: float) -> float:
    """The smallest 2-decimal confidence threshold that stands for `distance` or closer: rounded up, so a verdict
    on the API's rounded confidence never accepts a pair further than `distance` (100 at distance 0 or less)."""
    if distance <= 0:
        return 100.0
    return min(100.0, math.ceil(round(_logistic(distance) * 100.0, 6)) / 100.0)


def verdict(confidence: float, thresholds: MatchThresholds = DEFAULT_THRESHOLDS) -> MatchResult:
    """OK when `confidence` >= thresholds.ok, WARNING when >= thresholds.warning, else FAILED.

    Pass the rounded confidence the API reports, so the reported number and the result always agree.
    """
    if confidence >= thresholds.ok:
        return MatchResult.OK
    if confidence >= thresholds.warning:
        return MatchResult.WARNING
    return MatchResult.FAILED


def describe_verdict(result: MatchResult) -> str:
    """A short description of a result for `resultDescription` (NOT_EXECUTED has specific constants too)."""
    return _DESCRIPTIONS[MatchResult(result)]


def _logistic(distance: float) -> float:
    exponent = (distance - CONFIDENCE_CENTRE) / CONFIDENCE_SCALE
    if exponent > 700:  # math.exp overflows past ~709; the confidence is 0 to any precision anyway
        return 0.0
    return 100.0 / (1.0 + math.exp(exponent))


__all__ = [
    "CONFIDENCE_CENTRE",
    "CONFIDENCE_SCALE",
    "DEFAULT_THRESHOLDS",
    "EMPTY_LIST",
    "MULTIPLE_FACES_IN_PROBE",
    "NO_FACE_IN_PROBE",
    "RECORD_DISABLED",
    "RECORD_HAS_NO_FACE",
    "MatchResult",
    "MatchThresholds",
    "confidence_from_distance",
    "confidences_from_distances",
    "describe_verdict",
    "distance_for_confidence",
    "threshold_for_distance",
    "verdict",
]
