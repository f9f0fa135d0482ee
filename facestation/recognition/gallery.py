"""`DescriptorIndex`: descriptors keyed by string ids in one float32 matrix, for 1:N search."""

from __future__ import annotations

from collections.abc import Iterable, Sequence, Sized

import numpy as np
import numpy.typing as npt

from facestation.recognition.approximate import CandidateSearch
from facestation.recognition.descriptors import DESCRIPTOR_SIZE
from facestation.recognition.pair_distances import distances_to_all

_INITIAL_CAPACITY = 16
# From this many descriptors on, `nearest` pre-selects candidates with an approximate index (exact below:
# 20 000 rows take ~0.35 ms exactly, and the approximate index's build would cost more than it saves).
APPROXIMATE_FROM = 20_000
# Candidates re-ranked by the exact distance: the approximate order is only trusted to contain the best.
RERANKED_CANDIDATES = 32


class DescriptorIndex:
    """An in-memory matrix of descriptors keyed by string ids, searched with one vectorised computation.

    Rows are kept contiguous: `add` appends (doubling the capacity when full, so appends are amortised
    O(1)) or overwrites the key's row; `remove` moves the last row into the hole, so it is O(1) and row
    order is not insertion order. `nearest` uses |x - p|^2 = |x|^2 - 2 x.p + |p|^2 with the row norms cached:
    one single-threaded matrix-vector product and an argmin, ~1.7 ms for 100 000 rows on the 2-core
    development machine, ~8x faster than materialising `matrix - probe` (benchmarks/search_speed.py).

    From `approximate_from` descriptors on (APPROXIMATE_FROM; None: never) `nearest` asks a `CandidateSearch`
    (facestation/recognition/approximate.py) for RERANKED_CANDIDATES candidates and re-ranks them by the exact
    distance on this matrix: ~4.5 ms instead of ~18 ms at 1M, finding the exact best for every genuine-like
    probe in benchmarks/search_scale.py. It is built lazily (`prepare` builds it now: ~2.5 s at 100k, ~30 s at
    1M), follows `add`/`remove` in place, is rebuilt when the size has changed 4x since, and dropped below
    half the threshold. `nearest_exact` is always the full scan.

    Not thread-safe: callers that share one index between threads must serialise access (a lock, or one
    owner task that applies changes and answers searches).
    """

    def __init__(self, dimension: int = DESCRIPTOR_SIZE, approximate_from: int | None = APPROXIMATE_FROM) -> None:
        if dimension <= 0:
            raise ValueError("dimension must be positive")
        self._dimension = dimension
        self._approximate_from = approximate_from
        self._candidates: CandidateSearch | None = None
        self._matrix = np.zeros((_INITIAL_CAPACITY, dimension), dtype=np.float32)
        self._squared_norms = np.zeros(_INITIAL_CAPACITY, dtype=np.float32)
        self._keys: list[str] = []
        self._rows: dict[str, int] = {}

    @classmethod
    def from_rows(
        cls,
        rows: Iterable[tuple[str, npt.ArrayLike]],
        dimension: int = DESCRIPTOR_SIZE,
        approximate_from: int | None = APPROXIMATE_FROM,
    ) -> DescriptorIndex:
        """An index holding `rows` (key, descriptor); a repeated key keeps its last descriptor."""
        index = cls(dimension, approximate_from)
        if isinstance(rows, Sized) and len(rows) > len(index._matrix):
            # The whole size up front: no doublings on the way, each holding old and new matrix at once, and
            # no capacity up to twice what a million rows need.
            index._matrix = np.zeros((len(rows), dimension), dtype=np.float32)
            index._squared_norms = np.zeros(len(rows), dtype=np.float32)
        for key, descriptor in rows:
            index.add(key, descriptor)
        return index

    @classmethod
    def from_matrix(
        cls,
        keys: list[str],
        matrix: npt.NDArray[np.float32],
        approximate_from: int | None = APPROXIMATE_FROM,
    ) -> DescriptorIndex:
        """An index of `matrix`'s first rows under `keys` (row i is keys[i]; rows after the last key are spare
        capacity for `add`), taking the matrix over without a copy when it is a writable C-contiguous float32
        array (a million rows: no second half-gigabyte).

        Raises ValueError for too few rows, a repeated key, or non-finite values."""
        matrix = np.require(matrix, dtype=np.float32, requirements=("C", "W"))
        if matrix.ndim != 2 or matrix.shape[0] < len(keys) or matrix.shape[1] == 0:
            raise ValueError(f"expected a matrix of at least {len(keys)} rows, got shape {matrix.shape}")
        if not np.all(np.isfinite(matrix[: len(keys)])):
            raise ValueError("descriptor has non-finite values")
        index = cls(matrix.shape[1], approximate_from)
        rows = {key: row for row, key in enumerate(keys)}
        if len(rows) != len(keys):
            raise ValueError("repeated key")
        if len(keys):
            index._matrix = matrix
            index._squared_norms = np.einsum("ij,ij->i", matrix, matrix)
        index._keys = list(keys)
        index._rows = rows
        return index

    @property
    def dimension(self) -> int:
        return self._dimension

    @property
    def approximate(self) -> bool:
        """True when `nearest` currently goes through the approximate candidate search."""
        return self._candidates is not None

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, key: object) -> bool:
        return key in self._rows

    def keys(self) -> list[str]:
        """The keys, in row order (a copy)."""
        return list(self._keys)

    def matrix(self) -> npt.NDArray[np.float32]:
        """The descriptors in row order (a read-only view, not a copy: read it before the next change)."""
        view = self._matrix[: len(self._keys)]
        view.flags.writeable = False
        return view

    def get(self, key: str) -> npt.NDArray[np.float32] | None:
        """A copy of the descriptor stored under `key`, or None."""
        row = self._rows.get(key)
        return None if row is None else self._matrix[row].copy()

    def distances_from(self, key: str) -> tuple[Sequence[str], npt.NDArray[np.float32], int]:
        """(keys in row order, distances from `key`'s descriptor to every row, `key`'s own row): one pass.

        The keys are the index's own list, not a copy (a million keys): read it before the next change."""
        row = self._rows[key]
        count = len(self._keys)
        distances = distances_to_all(self._matrix[:count], self._squared_norms[:count], self._matrix[row])
        return self._keys, distances, row

    def add(self, key: str, descriptor: npt.ArrayLike) -> None:
        """Store `descriptor` under `key`, replacing the key's previous descriptor if it has one.

        Raises ValueError for a descriptor of the wrong shape or with non-finite values (one NaN row would
        make every search return NaN distances).
        """
        vector = np.asarray(descriptor, dtype=np.float32)
        if vector.shape != (self._dimension,):
            raise ValueError(f"expected a descriptor of shape ({self._dimension},), got {vector.shape}")
        if not np.all(np.isfinite(vector)):
            raise ValueError("descriptor has non-finite values")
        row = self._rows.get(key)
        if row is None:
            row = len(self._keys)
            if row == len(self._matrix):
                self._grow()
            self._keys.append(key)
            self._rows[key] = row
        self._matrix[row] = vector
        self._squared_norms[row] = np.dot(vector, vector)
        if self._candidates is not None:
            self._candidates.add(key, vector)

    def remove(self, key: str) -> bool:
        """Remove `key`; False when it was not present."""
        row = self._rows.pop(key, None)
        if row is None:
            return False
        last = len(self._keys) - 1
        if row != last:
            moved = self._keys[last]
            self._matrix[row] = self._matrix[last]
            self._squared_norms[row] = self._squared_norms[last]
            self._keys[row] = moved
            self._rows[moved] = row
        self._keys.pop()
        if self._candidates is not None:
            self._candidates.remove(key)
        return True

    def prepare(self) -> None:
        """Build, rebuild or drop the approximate candidate search now rather than at the next `nearest`.

        Callers that must not hold a lock for seconds (building takes ~30 s at 1M) call this first.
        """
        count = len(self._keys)
        threshold = self._approximate_from
        if threshold is None or count * 2 < threshold or count == 0:
            self._candidates = None
        elif count >= threshold and (self._candidates is None or self._candidates.stale):
            self._candidates = CandidateSearch(self._keys, self._matrix[:count])

    def nearest(self, probe: npt.ArrayLike) -> tuple[str, float] | None:
        """The key of the closest descriptor and its euclidean distance to `probe`; None when empty.

        Above the approximate threshold: the closest of the re-ranked candidates, with its exact distance.
        """
        vector = self._probe(probe)
        if vector is None:
            return None
        self.prepare()
        if self._candidates is None:
            return self._nearest_exact(vector)
        keys = self._candidates.candidates(vector, RERANKED_CANDIDATES)
        if not keys:
            return self._nearest_exact(vector)
        rows = np.fromiter((self._rows[key] for key in keys), dtype=np.int64, count=len(keys))
        differences = self._matrix[rows].astype(np.float64) - vector
        best = int(np.argmin(np.einsum("ij,ij->i", differences, differences)))
        return keys[best], self._distance(int(rows[best]), vector)

    def nearest_exact(self, probe: npt.ArrayLike) -> tuple[str, float] | None:
        """`nearest` by a full scan whatever the size: the reference the approximate search is measured by."""
        vector = self._probe(probe)
        return None if vector is None else self._nearest_exact(vector)

    def _probe(self, probe: npt.ArrayLike) -> npt.NDArray[np.float32] | None:
        if not self._keys:
            return None
        vector = np.asarray(probe, dtype=np.float32)
        if vector.shape != (self._dimension,) or not np.all(np.isfinite(vector)):
            raise ValueError(f"expected a finite probe of shape ({self._dimension},), got shape {vector.shape}")
        return vector

    def _nearest_exact(self, vector: npt.NDArray[np.float32]) -> tuple[str, float]:
        count = len(self._keys)
        # |p|^2 is the same for every row, so the argmin needs only |x|^2 - 2 x.p. einsum rather than `@`:
        # `@` goes to multithreaded OpenBLAS, whose threads wait for busy cores when the service's workers
        # load the machine (measured: 8 ms median, 19 ms p95 for 10 000 rows on 2 busy cores); einsum's own
        # single-threaded loop is as fast as single-threaded BLAS (1.7 ms for 100 000 rows) and stays so.
        scores = self._squared_norms[:count] - 2.0 * np.einsum("ij,j->i", self._matrix[:count], vector)
        best = int(np.argmin(scores))
        # The expanded form loses precision to cancellation; the one distance reported is computed directly.
        return self._keys[best], self._distance(best, vector)

    def _distance(self, row: int, vector: npt.NDArray[np.float32]) -> float:
        """The reported distance, computed one way for both paths so they agree to the last bit."""
        difference = self._matrix[row].astype(np.float64) - vector
        return float(np.sqrt(np.dot(difference, difference)))

    def _grow(self) -> None:
        # By a quarter (still amortised O(1)): doubling a million-row matrix would hold 1.5 GB for a moment and
        # keep 0.5 GB of it unused.
        capacity = len(self._matrix) + max(len(self._matrix) // 4, _INITIAL_CAPACITY)
        matrix = np.zeros((capacity, self._dimension), dtype=np.float32)
        matrix[: len(self._matrix)] = self._matrix
        norms = np.zeros(capacity, dtype=np.float32)
        norms[: len(self._squared_norms)] = self._squared_norms
        self._matrix, self._squared_norms = matrix, norms

    def __repr__(self) -> str:
        mode = ", approximate" if self._candidates is not None else ""
        return f"DescriptorIndex({len(self)} descriptors, dimension {self._dimension}{mode})"


__all__ = ["APPROXIMATE_FROM", "RERANKED_CANDIDATES", "DescriptorIndex"]
