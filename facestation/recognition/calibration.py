"""Per-list calibration of 1:N: how likely a stranger is to be matched to someone in this list, the thresholds
that keep that at the site's target, and the members who may be one person enrolled twice.

A stranger is compared with every member and answered with the closest. If one pair of different people is
closer than t with probability p(t) (`impostor_tail`), a stranger is closer than t to at least one of N
members with probability 1 - (1 - p(t))^N: at p = 10^-4 that is 10 % for 1 000 members. The OK threshold is
the one that keeps this at the target (default 1 in 1 000 strangers); a warning only asks the operator to look,
so its threshold keeps "OK or warning" at WARNING_TARGET_FACTOR times the target (1 in 10 at the default). Neither is ever looser than
the service's global thresholds: a small list keeps them, a large one gets stricter ones.

`ListCalibration` follows its list member by member (`member_added` after the gallery's `add`,
`member_removed` before its `remove`) and serialises to a few kilobytes (`to_bytes`) to be stored with the list.
"""

from __future__ import annotations

import json
import math
import zlib
from dataclasses import dataclass
from typing import Final, Literal

import numpy as np

from facestation.recognition.gallery import DescriptorIndex
from facestation.recognition.impostor_tail import REFERENCE_TAIL, TailFit, fit_tail
from facestation.recognition.matching import (
    MatchThresholds,
    distance_for_confidence,
    threshold_for_distance,
)
from facestation.recognition.pair_distances import (
    BINS,
    NearPair,
    PairCounts,
    count_pairs,
)

DEFAULT_TARGET: Final = 1e-3
MIN_TARGET: Final = 1e-7
MAX_TARGET: Final = 0.1
WARNING_TARGET_FACTOR: Final = 100.0
_FORMAT: Final = 2

Basis = Literal["list", "reference"]


@dataclass(frozen=True)
class CalibrationEstimate:
    """What a list's calibration says at one target."""

    members: int
    false_match_rate: float  # share of strangers answered OK (with someone of the list)
    warning_rate: float  # share of strangers answered with a warning
    thresholds: MatchThresholds  # the list's own: never looser than the global ones
    target: float
    impostor_pairs: float  # member pairs the estimate stands on (estimated when sampled)
    basis: Basis  # "list": fitted on the list's pairs; "reference": too few yet, the reference fit


def check_target(target: float) -> float:
    """`target` if it is a usable share of strangers (MIN_TARGET to MAX_TARGET); ValueError otherwise."""
    if not (math.isfinite(target) and MIN_TARGET <= target <= MAX_TARGET):
        raise ValueError(f"the target is a share of strangers between {MIN_TARGET:g} and {MAX_TARGET:g}, got {target}")
    return target


def stranger_rate(pair_rate: float, members: int) -> float:
    """1 - (1 - p)^N, accurate for tiny p."""
    if members <= 0 or pair_rate <= 0:
        return 0.0
    return -math.expm1(members * math.log1p(-min(pair_rate, 1.0 - 1e-16)))


def _pair_rate_for(stranger: float, members: int) -> float:
    """The per-pair rate at which `members` members give strangers a match with probability `stranger`."""
    return -math.expm1(math.log1p(-stranger) / max(1, members))


class ListCalibration:
    """The pair counts of one list and what they say; not thread-safe (its owner serialises, like the gallery)."""

    def __init__(self, counts: PairCounts, members: int) -> None:
        self._counts = counts
        self._members = members
        self._fit: TailFit | None = None
        self._fitted = False

    @classmethod
    def of(cls, index: DescriptorIndex, *, seed: int = 0) -> ListCalibration:
        """The calibration of every member of `index`, counted from scratch."""
        keys = index.keys()
        return cls(count_pairs(keys, index.matrix(), seed=seed), len(keys))

    @property
    def members(self) -> int:
        return self._members

    @property
    def counts(self) -> PairCounts:
        return self._counts

    def member_added(self, index: DescriptorIndex, key: str) -> None:
        """Count `key`, just added to `index` (call after `index.add`; a replaced key: `member_removed` first)."""
        others, distances, own_row = index.distances_from(key)
        self._counts.member_added(key, others, distances, own_row)
        self._members += 1
        self._fitted = False

    def member_removed(self, index: DescriptorIndex, key: str) -> None:
        """Uncount `key`, about to leave `index` (call before `index.remove`)."""
        if key not in index:
            return
        _, distances, own_row = index.distances_from(key)
        self._counts.member_removed(key, distances, own_row)
        self._members = max(0, self._members - 1)
        self._fitted = False

    def tail(self) -> tuple[TailFit, Basis]:
        """The fit the estimates use: the list's own, or the reference fit when the list has too few pairs."""
        if not self._fitted:
            self._fit = fit_tail(self._counts)
            self._fitted = True
        return (self._fit, "list") if self._fit is not None else (REFERENCE_TAIL, "reference")

    def estimate(self, target: float, base: MatchThresholds) -> CalibrationEstimate:
        """The list's thresholds at `target` (never looser than `base`) and the stranger rates they give."""
        check_target(target)
        tail, basis = self.tail()
        members = self._members
        ok_distance = tail.distance_for_pair_rate(_pair_rate_for(target, members))
        warning_target = min(0.5, target * WARNING_TARGET_FACTOR)
        warning_distance = tail.distance_for_pair_rate(_pair_rate_for(warning_target, members))
        ok = max(base.ok, threshold_for_distance(ok_distance))
        warning = min(ok, max(base.warning, threshold_for_distance(warning_distance)))
        ok_rate = stranger_rate(tail.pair_rate(_distance_of(ok)), members)
        either_rate = stranger_rate(tail.pair_rate(_distance_of(warning)), members)
        return CalibrationEstimate(
            members=members, false_match_rate=ok_rate, warning_rate=max(0.0, either_rate - ok_rate),
            thresholds=MatchThresholds(ok=ok, warning=warning), target=target,
            impostor_pairs=self._counts.pairs, basis=basis,
        )

    def possible_duplicates(self, excluded: frozenset[tuple[str, str]] = frozenset()) -> list[NearPair]:
        """Member pairs in the genuine range (closer than NEAR_DISTANCE), closest first; `excluded` pairs
        (a, b with a < b: the ones an operator marked "not the same person") left out."""
        return [pair for pair in self._counts.near_pairs() if (pair.a, pair.b) not in excluded]

    def to_bytes(self) -> bytes:
        state = {
            "format": _FORMAT,
            "members": self._members,
            "sampled": self._counts.sampled,
            "counts": [round(float(value), 3) for value in self._counts.counts],
            "cutoff": self._counts.cutoff,
            "near": [[a, b, round(distance, 6)] for (a, b), distance in self._counts.near.items()],
        }
        # Level 1: this runs on every write to a list (~3 ms for 2,000 near pairs); level 6 saves little more.
        return zlib.compress(json.dumps(state, separators=(",", ":")).encode(), 1)

    @classmethod
    def from_bytes(cls, data: bytes) -> ListCalibration:
        """Raises ValueError for a state this version cannot read (then calibrate from scratch)."""
        try:
            state = json.loads(zlib.decompress(data))
            if state.get("format") != _FORMAT or len(state["counts"]) != BINS:
                raise ValueError("unknown calibration format")
            counts = PairCounts(
                counts=np.asarray(state["counts"], dtype=np.float64),
                near={(str(a), str(b)): float(distance) for a, b, distance in state["near"]},
                sampled=bool(state["sampled"]),
                cutoff=float(state["cutoff"]),
            )
            return cls(counts, int(state["members"]))
        except (zlib.error, json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
            raise ValueError(f"unreadable calibration: {error}") from None


def _distance_of(confidence: float) -> float:
    """The distance at a confidence threshold (100: only distance ~0; 0: every distance)."""
    if confidence >= 100.0:
        return 0.0
    if confidence <= 0.0:
        return math.inf
    return distance_for_confidence(confidence)


__all__ = [
    "DEFAULT_TARGET",
    "MAX_TARGET",
    "MIN_TARGET",
    "WARNING_TARGET_FACTOR",
    "CalibrationEstimate",
    "ListCalibration",
    "check_target",
    "stranger_rate",
]
