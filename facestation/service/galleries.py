"""Cached descriptor matrices for 1:N identification, one per face list, kept in step with every write.

A cached gallery carries the list revision it was built at. Writes made by this process apply their
`GalleryChange` in place when the cache is exactly one revision behind; anything else (a write by another
process, a missed change) shows up as a revision mismatch at the next identification and the gallery is
rebuilt from the database. So the cache can be stale for no one, and rebuilds are rare.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

import numpy as np

from facestation.recognition.gallery import DescriptorIndex
from facestation.store.catalogue import GalleryChange


def descriptor_from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype=np.float32)


class GalleryCache:
    """Thread-safe: searches run in worker threads while writes apply changes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._galleries: dict[str, tuple[int, DescriptorIndex]] = {}

    def nearest(self, list_id: str, revision: int, probe: np.ndarray) -> tuple[bool, tuple[str, float] | None]:
        """(found, match): found is False when there is no gallery at `revision` (build one and `put` it)."""
        with self._lock:
            cached = self._galleries.get(list_id)
            if cached is None or cached[0] != revision:
                return False, None
            return True, cached[1].nearest(probe)

    def put(self, list_id: str, revision: int, rows: Iterable[tuple[str, bytes]]) -> DescriptorIndex:
        index = DescriptorIndex.from_rows((key, descriptor_from_bytes(value)) for key, value in rows)
        # A large list's approximate index takes seconds to build (~30 s at 1M): build it here, outside the
        # lock, not in the first `nearest`, which runs under it and would stall every list's searches.
        index.prepare()
        with self._lock:
            cached = self._galleries.get(list_id)
            # Never replace a newer gallery with an older snapshot built concurrently.
            if cached is None or cached[0] <= revision:
                self._galleries[list_id] = (revision, index)
        return index

    def apply(self, changes: Iterable[GalleryChange]) -> None:
        with self._lock:
            for change in changes:
                cached = self._galleries.get(change.list_id)
                if cached is None:
                    continue
                revision, index = cached
                if revision != change.revision - 1:
                    del self._galleries[change.list_id]  # out of step: rebuild on next use
                    continue
                for key in change.removals:
                    index.remove(key)
                for key, value in change.upserts.items():
                    index.add(key, descriptor_from_bytes(value))
                self._galleries[change.list_id] = (change.revision, index)

    def forget(self, list_id: str) -> None:
        with self._lock:
            self._galleries.pop(list_id, None)
