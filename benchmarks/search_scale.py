"""1:N search at scale: exact numpy next to the approximate candidate search, latency and recall@1.

    python benchmarks/search_scale.py [--sizes 100000,1000000] [--queries 300] [--quick] [--hnsw]

Synthetic galleries shaped like dlib descriptors (128 float32 values, random direction, norm 0.6-1.0: two
different "people" are ~1.1 apart). Independent random directions are the hardest case for any approximate
index (every non-match is about equally far), so the figures are a floor for real descriptors. Queries:
- genuine: a gallery member plus isotropic noise of length 0.45 (the genuine-pair distance level measured
  on faces-pairs), i.e. an enrolled person seen again;
- non-member: a fresh random descriptor (norm 0.8), i.e. a stranger.
Per size: build time and resident memory of each index; median and p95 latency per kind of query; recall@1
(the approximate best key equals the exact best key); "decision" = the same answer to "is there a match
within distance 0.6" (the ok threshold), the question the service actually answers.
`DescriptorIndex(approximate_from=None)` is the exact reference, `DescriptorIndex()` the approximate one (the
same code path the service uses). `--hnsw` adds FAISS HNSW32 (efSearch 1024, exact re-ranking of 32) for
comparison (builds take minutes at 1M). `--quick`: 20 000 and 100 000 descriptors, 100 queries.
Goal (issue 8): <= 20 ms median at 1M with recall@1 >= 0.99.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import time
from pathlib import Path

import _repo_root  # noqa: F401, I001  (puts the repository on sys.path for tests.support)
import numpy as np

from facestation.recognition.descriptors import DESCRIPTOR_SIZE
from facestation.recognition.gallery import DescriptorIndex
from tests.support.processes import resident_mb

GENUINE_NOISE = 0.45
MATCH_DISTANCE = 0.6


def synthetic_descriptors(count: int, rng: np.random.Generator) -> np.ndarray:
    values = rng.normal(size=(count, DESCRIPTOR_SIZE)).astype(np.float32)
    values /= np.linalg.norm(values, axis=1, keepdims=True)
    values *= rng.uniform(0.6, 1.0, size=(count, 1)).astype(np.float32)
    return values


def queries(matrix: np.ndarray, count: int, rng: np.random.Generator) -> dict[str, np.ndarray]:
    noise = rng.normal(size=(count, DESCRIPTOR_SIZE)).astype(np.float32)
    noise *= GENUINE_NOISE / np.linalg.norm(noise, axis=1, keepdims=True)
    strangers = synthetic_descriptors(count, rng)
    strangers *= 0.8 / np.linalg.norm(strangers, axis=1, keepdims=True)
    return {"genuine": matrix[rng.integers(0, len(matrix), count)] + noise, "non-member": strangers}


def rss_mb() -> float:
    # ru_maxrss is the peak; current RSS from /proc is what an index adds.
    try:
        return resident_mb()
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def summary(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {"median_ms": statistics.median(ordered), "p95_ms": ordered[int(0.95 * (len(ordered) - 1))]}


class HnswReference:
    """FAISS HNSW32 with exact re-ranking, for comparison only."""

    def __init__(self, matrix: np.ndarray) -> None:
        import faiss

        self._matrix = matrix
        self._index = faiss.IndexHNSWFlat(DESCRIPTOR_SIZE, 32)
        self._index.hnsw.efConstruction = 40
        self._index.add(matrix)
        self._index.hnsw.efSearch = 1024

    def nearest(self, probe: np.ndarray) -> tuple[str, float]:
        _, labels = self._index.search(probe.reshape(1, -1), 32)
        rows = labels[0][labels[0] >= 0]
        distances = np.linalg.norm(self._matrix[rows].astype(np.float64) - probe, axis=1)
        best = int(np.argmin(distances))
        return str(rows[best]), float(distances[best])


def measure(size: int, query_count: int, hnsw: bool, rng: np.random.Generator) -> dict:
    matrix = synthetic_descriptors(size, rng)
    keys = [str(i) for i in range(size)]
    probes = queries(matrix, query_count, rng)
    row: dict = {"size": size, "indexes": {}}

    before = rss_mb()
    started = time.perf_counter()
    exact = DescriptorIndex.from_rows(zip(keys, matrix), approximate_from=None)
    exact.prepare()
    built = {"exact": (time.perf_counter() - started, rss_mb() - before)}

    before = rss_mb()
    started = time.perf_counter()
    approximate = DescriptorIndex.from_rows(zip(keys, matrix))
    approximate.prepare()
    built["approximate"] = (time.perf_counter() - started, rss_mb() - before)
    searchers = {"exact": exact.nearest, "approximate": approximate.nearest}
    if hnsw:
        before = rss_mb()
        started = time.perf_counter()
        reference = HnswReference(matrix)
        built["hnsw"] = (time.perf_counter() - started, rss_mb() - before)
        searchers["hnsw"] = reference.nearest

    for name, search in searchers.items():
        row["indexes"][name] = {"build_s": built[name][0], "memory_mb": built[name][1], "queries": {}}
    for kind, batch in probes.items():
        truth = [exact.nearest_exact(probe) for probe in batch]
        for name, search in searchers.items():
            samples, hits, same_decision = [], 0, 0
            for probe, (want_key, want_distance) in zip(batch, truth):
                started = time.perf_counter()
                key, value = search(probe)
                samples.append((time.perf_counter() - started) * 1000)
                hits += key == want_key
                same_decision += (value <= MATCH_DISTANCE) == (want_distance <= MATCH_DISTANCE)
            row["indexes"][name]["queries"][kind] = {
                **summary(samples),
                "recall_at_1": hits / len(batch),
                "decision": same_decision / len(batch),
            }
    del exact, approximate
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000", help="comma-separated gallery sizes")
    parser.add_argument("--queries", type=int, default=300, help="queries of each kind per size")
    parser.add_argument("--quick", action="store_true", help="20 000 and 100 000 descriptors, 100 queries")
    parser.add_argument("--hnsw", action="store_true", help="also measure FAISS HNSW32 (slow to build)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", type=Path, default=Path(__file__).parent / "results" / "search_scale.json")
    args = parser.parse_args(argv)
    sizes = [20_000, 100_000] if args.quick else [int(s) for s in args.sizes.split(",")]
    query_count = 100 if args.quick else args.queries
    rng = np.random.default_rng(args.seed)
    rows = []
    print(f"{'gallery':>9} {'index':>11} {'build':>7} {'memory':>8} | {'genuine med':>11} {'p95':>7} {'recall@1':>8} "
          f"| {'non-member med':>14} {'p95':>7} {'recall@1':>8} {'decision':>8}", flush=True)
    for size in sizes:
        row = measure(size, query_count, args.hnsw, rng)
        rows.append(row)
        for name, result in row["indexes"].items():
            genuine, stranger = result["queries"]["genuine"], result["queries"]["non-member"]
            print(f"{size:9d} {name:>11} {result['build_s']:6.1f}s {result['memory_mb']:6.0f}MB | "
                  f"{genuine['median_ms']:9.2f}ms {genuine['p95_ms']:5.2f}ms {genuine['recall_at_1']:8.3f} | "
                  f"{stranger['median_ms']:12.2f}ms {stranger['p95_ms']:5.2f}ms {stranger['recall_at_1']:8.3f} "
                  f"{stranger['decision']:8.3f}", flush=True)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"queries_per_kind": query_count, "rows": rows}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
