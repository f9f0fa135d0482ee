"""`CandidateSearch`: an approximate 1:N pre-selection (FAISS inverted file, 8-bit codes) for large galleries.

It only proposes candidates: `DescriptorIndex` re-ranks them by the exact euclidean distance on its float32
matrix, so the reported match and distance are exact among the candidates, and a probe can only ever be
matched *less* often than by the exact search, never more (a candidate's distance is never below the exact
minimum).

Why an inverted file and not HNSW (measured on the 2-core development machine, benchmarks/search_scale.py,
synthetic 128-D descriptors): a genuine probe (a gallery member plus noise at distance ~0.45) has no
"gradient" towards its match in a graph, because every other descriptor is about equally far; FAISS
HNSW32 found the exact best for only 0.93 of such probes at 100 000 descriptors with efSearch=1024 (2.4 ms,
slower than the exact 1.7 ms), it builds in minutes at 1M, and FAISS cannot remove from it (tombstones and
rebuilds). The inverted file found it for all 300 at 1M in 4.3 ms median (exact: 18 ms), builds in ~30 s at
1M, and removes entries for real.

Cost model:
- build: k-means on a sample (64 descriptors per list) plus one assignment pass: ~30 s at 1M, ~2.5 s at 100k;
- add: one assignment to the nearest list, ~0.2 ms at 100k; remove: O(1) through the hash direct map, ~0.03 ms;
- the lists are trained on the gallery as it was at build time: `stale` says when it has grown or shrunk
  4x since, and the owner rebuilds (DescriptorIndex does so lazily, at its next `prepare`/`nearest`);
- memory: 128 bytes of 8-bit codes + 8 bytes of id + ~8 bytes of hash map per descriptor, the centroids
  (nlist x 512 bytes) and the key <-> label maps (~150 bytes per key in Python): ~0.3 GB per million on top of
  the exact float32 matrix (0.5 GB per million) that the re-ranking reads.

Not thread-safe, like DescriptorIndex (its owner serialises access).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

# Lists probed per search, as a fraction of all lists (at least MIN_PROBES): 1/8 scans ~12 % of the gallery.
# Measured (benchmarks/search_scale.py): 1/32 missed 1 genuine probe in 100 at 100k, 1/16 1 in 300 at 1M
# (2.4 ms); 1/8 costs ~0.4 ms at 100k and ~4-5 ms at 1M, well inside the 20 ms budget.
PROBE_FRACTION = 1 / 8
MIN_PROBES = 32
# Training sample per list: FAISS wants >= 39; more gives steadier centroids for little build time.
TRAINING_PER_LIST = 64
# Rebuild once the gallery has grown or shrunk this much since the lists were trained.
STALE_FACTOR = 4


def list_count(size: int) -> int:
    """Inverted lists for a gallery of `size`: ~4 sqrt(N) (4000 at 1M), the usual balance of scan vs probe,
    with at least TRAINING_PER_LIST descriptors per list to train on."""
    return max(1, min(int(4 * math.sqrt(max(1, size))), size // TRAINING_PER_LIST))


class CandidateSearch:
    """String keys -> 8-bit coded descriptors in a FAISS IndexIVFScalarQuantizer (L2), for candidate lists."""

    def __init__(self, keys: Sequence[str], vectors: npt.NDArray[np.float32], seed: int = 0) -> None:
        """Train on and index `vectors` (one row per key; keys unique). Deterministic for a given seed."""
        # Imported here: only services with a large list pay its ~0.2 s import (the station never does).
        import faiss

        matrix = np.ascontiguousarray(vectors, dtype=np.float32)
        if matrix.ndim != 2 or len(matrix) != len(keys) or len(keys) == 0:
            raise ValueError("expected one descriptor row per key, and at least one")
        self._dimension = matrix.shape[1]
        self._lists = list_count(len(keys))
        quantizer = faiss.IndexFlatL2(self._dimension)
        index = faiss.IndexIVFScalarQuantizer(
            quantizer, self._dimension, self._lists, faiss.ScalarQuantizer.QT_8bit, faiss.METRIC_L2
        )
        index.cp.seed = seed
        index.nprobe = min(self._lists, max(MIN_PROBES, int(self._lists * PROBE_FRACTION)))
        sample = min(len(matrix), TRAINING_PER_LIST * self._lists)
        rng = np.random.default_rng(seed)
        rows = np.sort(rng.choice(len(matrix), sample, replace=False)) if sample < len(matrix) else slice(None)
        index.train(matrix[rows])
        # A hash direct map makes remove_ids O(1) instead of a scan of every list.
        index.set_direct_map_type(faiss.DirectMap.Hashtable)
        self._index = index
        self._quantizer = quantizer  # the index does not own it: keep it alive as long as the index
        self._trained_size = len(keys)
        self._next_label = 0
        self._labels: dict[str, int] = {}
        self._keys: dict[int, str] = {}
        labels = np.arange(len(keys), dtype=np.int64)
        for key, label in zip(keys, labels.tolist()):
            if key in self._labels:
                raise ValueError(f"duplicate key {key!r}")
            self._labels[key] = label
            self._keys[label] = key
        self._next_label = len(keys)
        index.add_with_ids(matrix, labels)

    def __len__(self) -> int:
        return len(self._labels)

    def __contains__(self, key: object) -> bool:
        return key in self._labels

    @property
    def lists(self) -> int:
        return self._lists

    @property
    def probes(self) -> int:
        return int(self._index.nprobe)

    @property
    def stale(self) -> bool:
        """True when the gallery has changed size STALE_FACTOR-fold since training: rebuild for speed/recall."""
        size = max(1, len(self))
        return size > STALE_FACTOR * self._trained_size or size * STALE_FACTOR < self._trained_size

    def add(self, key: str, vector: npt.NDArray[np.float32]) -> None:
        """Index `vector` under `key`, replacing the key's previous entry."""
        self.remove(key)
        label = self._next_label
        self._next_label += 1
        self._index.add_with_ids(np.asarray(vector, dtype=np.float32).reshape(1, -1), np.array([label], np.int64))
        self._labels[key] = label
        self._keys[label] = key

    def remove(self, key: str) -> bool:
        label = self._labels.pop(key, None)
        if label is None:
            return False
        del self._keys[label]
        self._index.remove_ids(np.array([label], dtype=np.int64))
        return True

    def candidates(self, probe: npt.NDArray[np.float32], count: int) -> list[str]:
        """Up to `count` keys whose coded descriptors are nearest to `probe`, nearest first (approximately)."""
        if not self._labels:
            return []
        _, labels = self._index.search(np.asarray(probe, dtype=np.float32).reshape(1, -1), count)
        return [self._keys[label] for label in labels[0].tolist() if label >= 0]

    def memory_bytes(self) -> int:
        """Approximate resident size: codes, ids, hash map, centroids and the Python key maps."""
        per_entry = self._dimension + 8 + 16 + 150
        return len(self) * per_entry + self._lists * self._dimension * 4

    def __repr__(self) -> str:
        return f"CandidateSearch({len(self)} descriptors, {self._lists} lists, {self.probes} probed)"


__all__ = ["CandidateSearch", "list_count"]
