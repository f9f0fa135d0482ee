"""Part 3 of benchmarks/list_calibration.py: what per-list calibration costs at 1k / 100k / 1M members, with one
exact 1:N search of the same list as the baseline.

Synthetic descriptors shaped like dlib's where it matters for the pair counts: a fixed mean vector plus Gaussian
variation whose variances fall off as exp(-i / 30) over the 128 dimensions (an effective dimension of ~58, so
pair distances spread like real ones rather than all sitting at one value), scaled so that the pair distances
centre at 0.88 (the median of faces-pairs' impostor pairs). The printed mean, sd and near share are measured.
"Twins": PLANTED members enrolled twice (a member's descriptor plus noise of length 0.35) among the first members,
and PLANTED more among the members added one by one; how many `possible_duplicates` reports.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import numpy as np

from facestation.recognition.calibration import ListCalibration
from facestation.recognition.descriptors import DESCRIPTOR_SIZE
from facestation.recognition.gallery import DescriptorIndex
from facestation.recognition.matching import DEFAULT_THRESHOLDS
from facestation.recognition.pair_distances import NEAR_DISTANCE

IMPOSTOR_MEDIAN = 0.88
DUPLICATE_DISTANCE = 0.35  # a person enrolled twice: about faces-pairs' median same-person distance
PLANTED = 20  # duplicate pairs planted among the first members, and among the members added one by one
SPECTRUM_DECAY = 30.0
TARGET = 1e-3


class DescriptorSource:
    """Seeded synthetic descriptors with dlib-like pair distances (see the module docstring)."""

    def __init__(self, seed: int) -> None:
        self._rng = np.random.default_rng(seed)
        self._mean = self._rng.normal(size=DESCRIPTOR_SIZE).astype(np.float32)
        self._mean *= 0.6 / np.linalg.norm(self._mean)
        self._spread = np.exp(-np.arange(DESCRIPTOR_SIZE) / (2 * SPECTRUM_DECAY)).astype(np.float32)
        sample = self._raw(4000)
        distances = np.linalg.norm(sample[:2000] - sample[2000:], axis=1)
        self._spread *= np.float32(IMPOSTOR_MEDIAN / np.median(distances))

    def _raw(self, count: int) -> np.ndarray:
        return self._mean + self._rng.normal(size=(count, DESCRIPTOR_SIZE)).astype(np.float32) * self._spread

    def take(self, count: int) -> np.ndarray:
        out = np.empty((count, DESCRIPTOR_SIZE), dtype=np.float32)
        for start in range(0, count, 100_000):  # in chunks: the float64 temporaries of 1M rows would be 1 GB
            stop = min(count, start + 100_000)
            out[start:stop] = self._raw(stop - start)
        return out

    def pair_distances(self, pairs: int = 200_000) -> dict[str, float]:
        a, b = self.take(pairs), self.take(pairs)
        distances = np.linalg.norm(a - b, axis=1)
        return {"mean": float(distances.mean()), "sd": float(distances.std()), "min": float(distances.min()),
                "near_share": float((distances < NEAR_DISTANCE).mean()), "pairs": pairs}


def rss_mb(field: str = "VmRSS") -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def reset_peak() -> bool:
    """Reset the resident high-water mark (Linux: writing 5 to clear_refs), so VmHWM is the peak from now on."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def summary(samples_s: list[float]) -> dict[str, float]:
    ordered = sorted(samples_s)
    return {"median_ms": 1000 * statistics.median(ordered), "p95_ms": 1000 * ordered[int(0.95 * (len(ordered) - 1))],
            "max_ms": 1000 * ordered[-1], "n": len(ordered)}


def _near_copy(vector: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    noise = rng.normal(size=DESCRIPTOR_SIZE).astype(np.float32)
    return vector + noise * np.float32(DUPLICATE_DISTANCE / np.linalg.norm(noise))


def measure(size: int, updates: int, source: DescriptorSource) -> dict[str, object]:
    keys = [f"m{i:07d}" for i in range(size)]
    matrix = source.take(size)
    rng = np.random.default_rng(size + 1)
    # Some members enrolled twice: row b is row a seen again (DUPLICATE_DISTANCE apart).
    chosen = rng.choice(size, 2 * min(PLANTED, size // 4), replace=False)
    planted = set()
    for a, b in zip(chosen[::2].tolist(), chosen[1::2].tolist()):
        matrix[b] = _near_copy(matrix[a], rng)
        planted.add(tuple(sorted((keys[a], keys[b]))))
    index = DescriptorIndex.from_matrix(keys, matrix, approximate_from=None)
    row: dict[str, object] = {"members": size}

    before = rss_mb()
    peak_known = reset_peak()
    started = time.perf_counter()
    calibration = ListCalibration.of(index)
    row["calibrate_s"] = time.perf_counter() - started
    row["calibrate_peak_extra_mb"] = rss_mb("VmHWM") - before if peak_known else None
    row["sampled"] = calibration.counts.sampled
    row["planted_found_at_calibration"] = [len(planted & set(calibration.counts.near)), len(planted)]
    row["impostor_pairs"] = calibration.counts.pairs
    row["near_pairs_kept"] = len(calibration.counts.near)
    started = time.perf_counter()
    estimate = calibration.estimate(TARGET, DEFAULT_THRESHOLDS)
    row["first_estimate_ms"] = 1000 * (time.perf_counter() - started)
    row["estimate"] = {"basis": estimate.basis, "ok": estimate.thresholds.ok, "warning": estimate.thresholds.warning,
                       "false_match_rate": estimate.false_match_rate}

    # Baseline: one exact 1:N search of the same list (what a 1:N identification costs without the index).
    probes = source.take(max(30, updates))
    searches = []
    for probe in probes[:30]:
        started = time.perf_counter()
        index.nearest_exact(probe)
        searches.append(time.perf_counter() - started)
    row["exact_search"] = summary(searches)

    # Incremental: a member joins (counted after the index's add), the estimate after the change (refits the
    # tail), then members leave (uncounted before the index's remove).
    # Every other added member of the first 2 * PLANTED is a member enrolled again.
    added, estimates, removed = [], [], []
    planted_later = set()
    for i, vector in enumerate(source.take(updates)):
        key = f"new{i:05d}"
        if i % 2 == 1 and len(planted_later) < PLANTED:
            twin = keys[int(rng.integers(size))]
            vector = _near_copy(index.get(twin), rng)
            planted_later.add(tuple(sorted((key, twin))))
        index.add(key, vector)
        started = time.perf_counter()
        calibration.member_added(index, key)
        added.append(time.perf_counter() - started)
        started = time.perf_counter()
        calibration.estimate(TARGET, DEFAULT_THRESHOLDS)
        estimates.append(time.perf_counter() - started)
    ranked = [(pair.a, pair.b) for pair in calibration.possible_duplicates()]
    reported = set(ranked)
    row["planted_added_found"] = [len(planted_later & reported), len(planted_later)]
    twins = (planted | planted_later) & reported
    row["reported_pairs"] = len(ranked)
    row["twins_ranked_first"] = set(ranked[: len(twins)]) == twins  # before every impostor pair
    rng = np.random.default_rng(size)
    for position in rng.choice(size, updates, replace=False):
        key = keys[int(position)]
        started = time.perf_counter()
        calibration.member_removed(index, key)
        removed.append(time.perf_counter() - started)
        index.remove(key)
    row["member_added"] = summary(added)
    row["member_removed"] = summary(removed)
    row["estimate_after_change"] = summary(estimates)
    started = time.perf_counter()
    state = calibration.to_bytes()
    row["to_bytes_ms"] = 1000 * (time.perf_counter() - started)
    row["state_bytes"] = len(state)
    started = time.perf_counter()
    ListCalibration.from_bytes(state)
    row["from_bytes_ms"] = 1000 * (time.perf_counter() - started)
    row["rss_mb"] = rss_mb()
    return row


def run(sizes: list[int], updates: int, seed: int) -> dict[str, object]:
    source = DescriptorSource(seed)
    shape = source.pair_distances()
    rows = []
    for size in sizes:
        rows.append(measure(size, updates, source))
        print_row(rows[-1], header=len(rows) == 1)
    return {"descriptors": shape, "rows": rows}


def print_shape(shape: dict[str, float]) -> None:
    print(f"synthetic pair distances ({shape['pairs']:,} random pairs): mean {shape['mean']:.3f}, sd {shape['sd']:.3f}, "
          f"min {shape['min']:.3f}, closer than {NEAR_DISTANCE}: {shape['near_share']:.2e} of pairs "
          f"(faces-pairs impostor pairs: median 0.88, sd ~0.08)")


def print_row(row: dict[str, object], header: bool = False) -> None:
    if header:
        print(f"{'members':>9} {'calibrate':>9} {'peak+':>7} {'sampled':>7} {'near kept':>9} | "
              f"{'added med':>9} {'p95':>6} | {'removed med':>11} {'p95':>6} | {'estimate med':>12} {'p95':>6} | "
              f"{'state':>8} {'to_bytes':>8} | {'exact 1:N med':>13} {'p95':>6} | {'twins found':>11} {'later':>5} (of the pairs reported)",
              flush=True)
    peak = row["calibrate_peak_extra_mb"]
    print(f"{row['members']:9,} {row['calibrate_s']:8.2f}s {'?' if peak is None else f'{peak:.0f}MB':>7} "
          f"{'yes' if row['sampled'] else 'no':>7} {row['near_pairs_kept']:9,} | "
          f"{row['member_added']['median_ms']:7.2f}ms {row['member_added']['p95_ms']:6.2f} | "
          f"{row['member_removed']['median_ms']:9.2f}ms {row['member_removed']['p95_ms']:6.2f} | "
          f"{row['estimate_after_change']['median_ms']:10.2f}ms {row['estimate_after_change']['p95_ms']:6.2f} | "
          f"{row['state_bytes'] / 1024:6.1f}KB {row['to_bytes_ms']:6.1f}ms | "
          f"{row['exact_search']['median_ms']:11.2f}ms {row['exact_search']['p95_ms']:6.2f} | "
          f"{'{}/{}'.format(*row['planted_found_at_calibration']):>11} {'{}/{}'.format(*row['planted_added_found']):>5} "
          f"of {row['reported_pairs']:,} reported{', first' if row['twins_ranked_first'] else ', NOT first'}",
          flush=True)
