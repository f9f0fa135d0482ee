"""The distances between every pair of a list's members, kept as a histogram and a short list of near pairs.

A list is its own impostor sample: any two members are two different people, except a person enrolled twice.
`PairCounts` holds how many member pairs fall in each distance bin (BIN_WIDTH wide, up to MAX_DISTANCE) and
every pair closer than NEAR_DISTANCE by name (the possible duplicates). Both follow the list member by
member: adding or removing one member adds or subtracts its distances to all the others, one vectorised
pass over the gallery's matrix (~20 ms at a million members).

Up to EXACT_MEMBERS members the first count takes every pair (2*10^8 pairs at 20 000 members, ~2 s on the
2-core development machine). Above that it counts the pairs inside random blocks of members, SAMPLED_PAIRS
pairs in all, each weighted so the histogram still estimates the whole list's counts (a pair of a 10^6 list is
in the sample with probability 4*10^-4); near pairs still come from every pair up to NEAR_MEMBERS members, and
beyond only from those the sample met, plus every pair of a member added later. Later updates are exact either
way, so the estimate stays unbiased.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Final

import numpy as np
import numpy.typing as npt

BIN_WIDTH: Final = 0.005
MAX_DISTANCE: Final = 2.0  # dlib descriptors have norm ~1: no two are further apart than ~1.6
BINS: Final = int(round(MAX_DISTANCE / BIN_WIDTH))
# Pairs closer than this sit in the genuine range (confidence above 50: dlib's own same-person boundary). On
# faces-pairs' master.csv, 37 of 38 same-person pairs and none of the 262 different-person pairs are closer.
NEAR_DISTANCE: Final = 0.6
# Near pairs kept by name, the closest ones: the report shows at most 1,000. A large list has many pairs of
# look-alikes under 0.6 (at 10^-4 per pair, 20,000 in a list of 20,000), so beyond this only pairs closer than
# the furthest kept one are taken (`cutoff`), and the list is trimmed back once it is a quarter over.
MAX_NEAR_PAIRS: Final = 2_000
EXACT_MEMBERS: Final = 20_000
# Up to this many members a count from scratch still finds every near pair (compares every pair without
# binning: ~15 s at 50,000, ~40 s at 100,000); beyond, only those in the sample. Not higher: the first search of
# such a list waits for its count, and a station gives up after 30 s.
NEAR_MEMBERS: Final = 50_000
SAMPLED_PAIRS: Final = 200_000_000
_BLOCK: Final = 2048  # rows per block of the all-pairs product: 2048 x 2048 float32 = 16 MB at a time

Matrix = npt.NDArray[np.float32]


@dataclass(frozen=True, order=True)
class NearPair:
    """Two members closer than NEAR_DISTANCE; `a` < `b` so a pair has one spelling."""

    distance: float
    a: str
    b: str

    @staticmethod
    def of(a: str, b: str, distance: float) -> NearPair:
        return NearPair(distance, a, b) if a < b else NearPair(distance, b, a)


@dataclass
class PairCounts:
    """Member-pair distance counts of one list (estimated counts when sampled: floats, not integers)."""

    counts: npt.NDArray[np.float64] = field(default_factory=lambda: np.zeros(BINS, dtype=np.float64))
    near: dict[tuple[str, str], float] = field(default_factory=dict)
    sampled: bool = False
    cutoff: float = NEAR_DISTANCE  # pairs at or beyond it are not kept by name (lowered once the list is full)

    @property
    def pairs(self) -> float:
        """Member pairs the histogram stands for: N(N-1)/2 (up to the rounding of a sampled estimate)."""
        return float(self.counts.sum())

    def near_pairs(self) -> list[NearPair]:
        """The pairs closer than NEAR_DISTANCE, closest first."""
        return sorted(NearPair(distance, a, b) for (a, b), distance in self.near.items())

    def count_below(self, distance: float) -> float:
        """Pairs in the bins wholly below `distance` (a bin edge in practice)."""
        return float(self.counts[: int(math.floor(distance / BIN_WIDTH + 1e-9))].sum())

    def member_added(self, key: str, others: Sequence[str], distances: npt.NDArray[np.float32], own_row: int) -> None:
        """Count the new member's distances to every other member (`others[i]` is at `distances[i]`; the
        member's own row, `own_row`, is skipped)."""
        self._count(distances, own_row, +1.0)
        for row in np.flatnonzero(distances < self.cutoff).tolist():
            if others[row] != key:
                self.keep(NearPair.of(key, others[row], float(distances[row])))

    def keep(self, pair: NearPair) -> None:
        """Keep `pair` by name if it is closer than the cutoff (trimming back to the closest when full)."""
        if pair.distance >= self.cutoff:
            return
        self.near[(pair.a, pair.b)] = pair.distance
        if len(self.near) > MAX_NEAR_PAIRS * 5 // 4:
            kept = self.near_pairs()[:MAX_NEAR_PAIRS]
            self.near = {(pair.a, pair.b): pair.distance for pair in kept}
            self.cutoff = kept[-1].distance

    def member_removed(self, key: str, distances: npt.NDArray[np.float32], own_row: int) -> None:
        """Uncount a leaving member's distances to every other member (its own row skipped)."""
        self._count(distances, own_row, -1.0)
        for pair in [pair for pair in self.near if key in pair]:
            del self.near[pair]

    def _count(self, distances: npt.NDArray[np.float32], own_row: int, sign: float) -> None:
        bins = np.bincount(_bins(distances), minlength=BINS)
        bins[_bins(distances[own_row : own_row + 1])[0]] -= 1
        self.counts += sign * bins
        if self.sampled:
            # Subtracting exact counts from a sampled estimate can leave a bin slightly negative.
            np.maximum(self.counts, 0.0, out=self.counts)


def _bins(distances: npt.NDArray[np.float32]) -> npt.NDArray[np.int32]:
    # float32 and int32 all the way (2.5x faster than through float64 and intp: this runs on every pair).
    scaled = np.asarray(distances, dtype=np.float32) * np.float32(1.0 / BIN_WIDTH)
    np.minimum(scaled, BINS - 1, out=scaled)
    return scaled.astype(np.int32)


def distances_to_all(matrix: Matrix, squared_norms: npt.NDArray[np.float32], vector: Matrix) -> Matrix:
    """Euclidean distances from `vector` to each row of `matrix` (float32, one single-threaded pass)."""
    squared = squared_norms - 2.0 * np.einsum("ij,j->i", matrix, vector) + np.float32(np.dot(vector, vector))
    return np.sqrt(np.maximum(squared, 0.0, out=squared), out=squared)


def count_pairs(keys: Sequence[str], matrix: Matrix, *, seed: int = 0, exact_members: int = EXACT_MEMBERS,
                sampled_pairs: int = SAMPLED_PAIRS, near_members: int = NEAR_MEMBERS) -> PairCounts:
    """The pair counts of `matrix`'s rows (row i is `keys[i]`): every pair, or a weighted sample of them; the
    near pairs from every pair up to `near_members` members, else from the sample."""
    rows = np.ascontiguousarray(matrix[: len(keys)], dtype=np.float32)
    norms = np.einsum("ij,ij->i", rows, rows)
    result = PairCounts()
    count = len(keys)
    if count < 2:
        return result
    if count <= exact_members:
        for left, right, diagonal in _every_block_pair(count):
            _count_block(result, keys, rows, norms, left, right, diagonal=diagonal)
        return result
    result.sampled = True
    rng = np.random.default_rng(seed)
    total = count * (count - 1) / 2
    block = min(_BLOCK, count // 2)
    rounds = max(1, math.ceil(sampled_pairs / block**2))
    seen = 0.0
    partial = PairCounts()
    for _ in range(rounds):
        # Two disjoint random blocks: by symmetry every pair is equally likely to be among their pairs.
        chosen = rng.choice(count, 2 * block, replace=False)
        _count_block(partial, keys, rows, norms, np.sort(chosen[:block]), np.sort(chosen[block:]), diagonal=False)
        seen += block * block
    result.counts = partial.counts * (total / seen)
    if count > near_members:
        result.near, result.cutoff = partial.near, partial.cutoff
        return result
    # The near pairs every pair, the histogram from the sample: a list counted from scratch (one written before
    # calibration existed) still shows everyone already enrolled twice. Comparing without binning is ~3x
    # cheaper than the exact count.
    for left, right, diagonal in _every_block_pair(count):
        _near_block(result, keys, rows, norms, left, right, diagonal=diagonal)
    return result


def _every_block_pair(count: int) -> Iterator[tuple[npt.NDArray[np.intp], npt.NDArray[np.intp], bool]]:
    """(left rows, right rows, same block) for every pair of _BLOCK-row blocks, each pair once: every pair of
    rows is in exactly one of them (within a diagonal block, only its upper triangle counts)."""
    for start in range(0, count, _BLOCK):
        for other in range(start, count, _BLOCK):
            yield (np.arange(start, min(start + _BLOCK, count)), np.arange(other, min(other + _BLOCK, count)),
                   start == other)


def _squared_block(rows: Matrix, norms: npt.NDArray[np.float32], left: npt.NDArray[np.intp],
                   right: npt.NDArray[np.intp]) -> Matrix:
    """Squared distances between two blocks of rows, |x|^2 + |y|^2 - 2 x.y (one BLAS product)."""
    return norms[left, None] + norms[None, right] - 2.0 * (rows[left] @ rows[right].T)


def _near_block(result: PairCounts, keys: Sequence[str], rows: Matrix, norms: npt.NDArray[np.float32],
                left: npt.NDArray[np.intp], right: npt.NDArray[np.intp], *, diagonal: bool) -> None:
    """Keep the near pairs between two blocks of rows (squared distances against the squared cutoff: no root)."""
    squared = _squared_block(rows, norms, left, right)
    near_i, near_j = np.nonzero(squared < np.float32(result.cutoff) ** 2)
    for i, j in zip(near_i.tolist(), near_j.tolist()):
        if diagonal and j <= i:
            continue
        distance = math.sqrt(max(float(squared[i, j]), 0.0))
        result.keep(NearPair.of(keys[left[i]], keys[right[j]], distance))


def _count_block(result: PairCounts, keys: Sequence[str], rows: Matrix, norms: npt.NDArray[np.float32],
                 left: npt.NDArray[np.intp], right: npt.NDArray[np.intp], *, diagonal: bool) -> None:
    squared = _squared_block(rows, norms, left, right)
    distances = np.sqrt(np.maximum(squared, 0.0, out=squared), out=squared)
    if diagonal:
        upper = np.triu_indices(len(left), 1)
        values = distances[upper]
        near_rows = np.flatnonzero(values < result.cutoff)
        pairs = zip(left[upper[0][near_rows]].tolist(), right[upper[1][near_rows]].tolist(), values[near_rows].tolist())
    else:
        values = distances.ravel()
        near_i, near_j = np.nonzero(distances < result.cutoff)
        pairs = zip(left[near_i].tolist(), right[near_j].tolist(), distances[near_i, near_j].tolist())
    result.counts += np.bincount(_bins(values), minlength=BINS)
    for i, j, distance in pairs:
        result.keep(NearPair.of(keys[i], keys[j], distance))


__all__ = [
    "BINS",
    "BIN_WIDTH",
    "EXACT_MEMBERS",
    "MAX_DISTANCE",
    "NEAR_DISTANCE",
    "NEAR_MEMBERS",
    "NearPair",
    "PairCounts",
    "count_pairs",
    "distances_to_all",
]
