"""How often two different people come out closer than a distance: an extreme-value fit of the near tail.

The thresholds sit far in the tail of the different-person distances (OK at 0.545, where faces-pairs has no
impostor pair at all), and a big list needs the rate at ~10^-9 per pair. So the counts are not read off
directly: the pairs between NEAR_DISTANCE and a tail edge `u` (the list's closest few thousand, or its
closest 1 %) are fitted with a generalised Pareto distribution of the shortfall u - d, the peaks-over-threshold
model of extreme-value theory, and the fit is followed below NEAR_DISTANCE. Pairs closer than NEAR_DISTANCE are
left out of the fit on purpose (a censored fit): some are the same person enrolled twice, and those would make
every stranger look likely to match.

The fit is a maximum-likelihood fit of the binned, truncated model, by a coarse-to-fine grid search over
(shape, scale): two parameters and a few dozen bins, so no optimiser is needed (~5 ms).

A list with too few pairs in the window (fewer than MIN_TAIL_PAIRS: up to ~300 members) uses REFERENCE_TAIL,
the same fit of real different-person pairs (see there).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

import numpy as np
import numpy.typing as npt

from facestation.recognition.pair_distances import (
    BIN_WIDTH,
    NEAR_DISTANCE,
    PairCounts,
)

# The window holds this share of the impostor-range pairs (clipped between MIN and MAX), at least 10 bins.
TAIL_PAIRS: Final = 5_000
MIN_TAIL_FRACTION: Final = 0.001
MAX_TAIL_FRACTION: Final = 0.01
MIN_TAIL_BINS: Final = 10
MIN_TAIL_PAIRS: Final = 500
# The shape's search range starts at 0 (an exponential tail), not below. Distances do have a bounded, lighter
# tail (shape < 0, like a normal's), but a fitted negative shape puts an end to the tail that comes too soon:
# on normal distributions of pair distances like dlib's (mean 0.88, sd 0.06-0.10), the free fit predicted 2x
# to 10^7x too few pairs at 0.5 (an optimistic estimate is the dangerous one), while held at 0 it predicted
# 1.3x to 80x too many (tests/recognition/test_impostor_tail.py). So the estimate errs towards more false
# matches, and the thresholds towards strict.
MIN_SHAPE: Final = 0.0
MAX_SHAPE: Final = 0.5


@dataclass(frozen=True)
class TailFit:
    """P(d <= t) for one pair of different people: `rate_at_edge` * S(edge - t), S the GPD survival function."""

    edge: float  # the tail edge u
    shape: float  # GPD xi (< 0: the tail ends, at edge + scale / shape)
    scale: float  # GPD sigma
    rate_at_edge: float  # share of different-person pairs closer than `edge`
    pairs: float  # pairs the fit stands on (in the list, or in the reference set)

    def pair_rate(self, distance: float) -> float:
        """The share of different-person pairs closer than `distance` (at or below the edge: the fit)."""
        shortfall = max(0.0, self.edge - distance)
        return self.rate_at_edge * _survival(shortfall, self.shape, self.scale)

    def distance_for_pair_rate(self, rate: float) -> float:
        """The largest distance whose pair rate is at most `rate` (the edge if `rate` reaches the edge's)."""
        if rate >= self.rate_at_edge:
            return self.edge
        return self.edge - _inverse_survival(rate / self.rate_at_edge, self.shape, self.scale)


# For lists too small to fit (up to ~300 members): `reference_fit` of real different-person pairs, those of the
# faces-pairs photos and the package portraits (66 photos of 16 people: master.csv's "Yes" pairs and every pair
# closer than 0.5 taken as one person; the 1,983 pairs beyond 0.6 it fits do not depend on that choice).
# `python benchmarks/list_calibration.py --accuracy` prints it. Per pair it gives 0.16 % at the OK distance 0.545
# and 0.46 % at 0.6; measured on those pairs 0.10 %
# (2 of 1,988, 95 % interval 0.03-0.37 %) and 0.25 % (0.11-0.59 %); dlib's published 99.38 % on LFW at 0.6
# means about 0.6 % there. An earlier reference, a normal with these pairs' mean and spread, said 0.01 % and
# 0.06 %: ten times too few, outside both intervals. Few, and photos with look-alikes on purpose (the same
# actor's look-alike is behind both pairs under 0.545), so it errs towards strict; a list's own pairs replace it
# from ~300 members on.
REFERENCE_TAIL: Final = TailFit(edge=0.765, shape=0.0, scale=0.0524, rate_at_edge=0.1065, pairs=1_983.0)
# The reference's window: a sample of a few thousand pairs fits the closest 10 % (the lists' own fits, the
# closest 1 %, need ~30,000 pairs before that window holds MIN_TAIL_PAIRS).
REFERENCE_FRACTION: Final = 0.1
REFERENCE_MIN_PAIRS: Final = 50


def fit_tail(counts: PairCounts, *, max_fraction: float = MAX_TAIL_FRACTION,
             min_pairs: float = MIN_TAIL_PAIRS) -> TailFit | None:
    """The list's own tail fit; None when it has too few pairs in the window to fit."""
    histogram = counts.counts
    first = int(round(NEAR_DISTANCE / BIN_WIDTH))
    above = histogram[first:]
    impostors = float(above.sum())
    if impostors <= 0:
        return None
    wanted = min(max(TAIL_PAIRS, MIN_TAIL_FRACTION * impostors), max_fraction * impostors)
    cumulative = np.cumsum(above)
    bins = max(MIN_TAIL_BINS, int(np.searchsorted(cumulative, wanted)) + 1)
    if bins >= len(above):
        return None
    window = above[:bins]
    in_window = float(window.sum())
    if in_window < min_pairs:
        return None
    shape, scale = _fit_truncated_gpd(window, bins * BIN_WIDTH)
    edge = NEAR_DISTANCE + bins * BIN_WIDTH
    # The window holds the pairs with shortfall below edge - NEAR_DISTANCE: scale up to all shortfalls.
    below_edge = in_window / (1.0 - _survival(bins * BIN_WIDTH, shape, scale))
    total = counts.pairs - float(histogram[:first].sum()) + (below_edge - in_window)
    return TailFit(edge=edge, shape=shape, scale=scale, rate_at_edge=below_edge / total, pairs=impostors)


def reference_fit(counts: PairCounts) -> TailFit | None:
    """The fit REFERENCE_TAIL was made with: `fit_tail` on a small sample of different-person pairs (its closest
    REFERENCE_FRACTION, from REFERENCE_MIN_PAIRS pairs on)."""
    return fit_tail(counts, max_fraction=REFERENCE_FRACTION, min_pairs=REFERENCE_MIN_PAIRS)


def _fit_truncated_gpd(window: npt.NDArray[np.float64], width: float) -> tuple[float, float]:
    """(shape, scale) maximising the binned likelihood of shortfalls in [0, width); window[0] is the furthest bin."""
    # Bin k covers distances [NEAR + k w, NEAR + (k+1) w): shortfalls (width - (k+1) w, width - k w].
    edges = width - BIN_WIDTH * np.arange(len(window) + 1)
    shapes = np.linspace(MIN_SHAPE, MAX_SHAPE, 31)
    scales = width * np.geomspace(0.02, 20.0, 41)
    for _ in range(3):  # coarse to fine around the best point
        grid_shape, grid_scale = np.meshgrid(shapes, scales, indexing="ij")
        cdf = 1.0 - _survival_grid(edges, grid_shape[..., None], grid_scale[..., None])
        total = cdf[..., 0]
        with np.errstate(divide="ignore", invalid="ignore"):
            probabilities = (cdf[..., :-1] - cdf[..., 1:]) / total[..., None]
            likelihood = np.where(window > 0, window * np.log(np.maximum(probabilities, 1e-300)), 0.0).sum(-1)
        likelihood = np.where(np.isfinite(likelihood), likelihood, -np.inf)
        i, j = np.unravel_index(int(np.argmax(likelihood)), likelihood.shape)
        best_shape, best_scale = float(shapes[i]), float(scales[j])
        shape_step = float(shapes[1] - shapes[0])
        scale_ratio = float(scales[1] / scales[0])
        shapes = np.linspace(max(MIN_SHAPE, best_shape - shape_step), min(MAX_SHAPE, best_shape + shape_step), 21)
        scales = best_scale * np.geomspace(1 / scale_ratio, scale_ratio, 21)
    return best_shape, best_scale


def _survival(shortfall: float, shape: float, scale: float) -> float:
    return float(_survival_grid(np.array([shortfall]), np.array(shape), np.array(scale))[0])


def _survival_grid(shortfall: npt.NDArray[np.float64], shape: npt.NDArray[np.float64],
                   scale: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """GPD survival (1 + xi y / sigma)^(-1/xi), exp(-y / sigma) at xi = 0; 0 past the end of a bounded tail."""
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        base = 1.0 + shape * shortfall / scale
        bounded = np.where(base > 0, np.power(np.maximum(base, 1e-300), -1.0 / np.where(shape == 0, 1.0, shape)), 0.0)
        return np.where(np.abs(shape) < 1e-9, np.exp(-shortfall / scale), bounded)


def _inverse_survival(survival: float, shape: float, scale: float) -> float:
    survival = min(1.0, max(survival, 1e-300))
    if abs(shape) < 1e-9:
        return -scale * math.log(survival)
    return scale / shape * (survival ** (-shape) - 1.0)


__all__ = ["REFERENCE_TAIL", "TailFit", "fit_tail", "reference_fit"]
