"""Cached descriptor matrices for 1:N identification, one per face list, kept in step with every write.

A cached gallery carries the list revision it was built at. Writes made by this process apply their
`GalleryChange` in place when the cache is exactly one revision behind. A write by another process (several
service processes on one database) shows up as a revision mismatch at the next identification, which catches up
in place from the list's change log (`CatalogueStore.gallery_changes`): only the records that changed are read.
Only a gallery never built, or further behind than the log reaches, is rebuilt from every member (seconds for a
large list's approximate index). One request per list does that work; the others wait for it and use its result.
So the cache can be stale for no one, and rebuilds are rare.

Each cached gallery carries its list's calibration (`facestation.recognition.calibration`) at the same revision:
every change applied to the gallery is applied to it too, and a build loads the stored calibration when it is
at the built revision, or counts every pair again (and the caller's `StoredCalibration` keeps the result).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

from facestation.recognition.calibration import CalibrationEstimate, ListCalibration
from facestation.recognition.gallery import DescriptorIndex
from facestation.recognition.matching import MatchThresholds
from facestation.recognition.pair_distances import NearPair
from facestation.service.memory import release_free_memory
from facestation.store.catalogue import (
    CatalogueStore,
    GalleryChange,
    ListRef,
    PackedGallery,
)

# Galleries this large leave enough freed memory behind to be worth handing back to the system.
RELEASE_MEMORY_FROM = 10_000


def descriptor_from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype=np.float32)


# Room a gallery read from the database keeps for new members before its matrix must be copied into a larger one.
SPARE_FRACTION = 1 / 16


def index_of(packed: PackedGallery) -> DescriptorIndex:
    """The index of a packed gallery; the buffer becomes its matrix (no copy), spare rows included."""
    if not packed.ids:
        return DescriptorIndex()
    matrix = np.frombuffer(packed.buffer, dtype=np.float32).reshape(-1, packed.width // 4)
    return DescriptorIndex.from_matrix(packed.ids, matrix)


@dataclass(frozen=True)
class StoredCalibration:
    """Where a list's calibration is kept between processes: `load()` gives (revision, state) or None."""

    load: Callable[[], tuple[int, bytes] | None]
    save: Callable[[int, bytes], None]


class GalleryCache:
    """Thread-safe: searches run in worker threads while writes apply changes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._galleries: dict[str, tuple[int, DescriptorIndex]] = {}
        self._calibrations: dict[str, ListCalibration] = {}  # at the revision of the list's gallery
        self._refreshing: dict[str, threading.Lock] = {}  # one refresh per list at a time
        self.builds = 0  # galleries built from every member
        self.catch_ups = 0  # galleries brought up to date from the change log

    def nearest(self, list_id: str, revision: int, probe: np.ndarray) -> tuple[bool, tuple[str, float] | None]:
        """(found, match): found is False when there is no gallery at `revision` (build one and `put` it)."""
        with self._lock:
            cached = self._galleries.get(list_id)
            if cached is None or cached[0] != revision:
                return False, None
            return True, cached[1].nearest(probe)

    def put(self, list_id: str, revision: int, rows: Iterable[tuple[str, bytes]]) -> DescriptorIndex:
        """Build and cache the list's gallery from (key, descriptor bytes) rows."""
        return self._install(list_id, revision,
                             DescriptorIndex.from_rows([(key, descriptor_from_bytes(value)) for key, value in rows]))

    def _install(self, list_id: str, revision: int, index: DescriptorIndex,
                 stored: StoredCalibration | None = None) -> DescriptorIndex:
        # A large list's approximate index takes seconds to build (~30 s at 1M): build it here, outside the
        # lock, not in the first `nearest`, which runs under it and would stall every list's searches.
        index.prepare()
        calibration = calibration_at(index, revision, stored)
        with self._lock:
            cached = self._galleries.get(list_id)
            # Never replace a newer gallery with an older snapshot built concurrently.
            if cached is None or cached[0] <= revision:
                self._galleries[list_id] = (revision, index)
                self._calibrations[list_id] = calibration
        return index

    def cached(self, list_id: str) -> bool:
        """True when this process holds the list's gallery (at some revision)."""
        with self._lock:
            return list_id in self._galleries

    def estimate(self, list_id: str, revision: int, target: float,
                 base: MatchThresholds) -> CalibrationEstimate | None:
        """The list's calibration at `target`, if its gallery is cached at `revision` or later (else None)."""
        with self._lock:
            cached = self._galleries.get(list_id)
            calibration = self._calibrations.get(list_id)
            if cached is None or cached[0] < revision or calibration is None:
                return None
            return calibration.estimate(target, base)

    def possible_duplicates(self, list_id: str, excluded: frozenset[tuple[str, str]]) -> list[NearPair]:
        """The cached list's member pairs in the genuine range, closest first (empty when not cached)."""
        with self._lock:
            calibration = self._calibrations.get(list_id)
            return [] if calibration is None else calibration.possible_duplicates(excluded)

    def calibration_states(self, list_ids: Iterable[str]) -> list[tuple[str, int, bytes]]:
        """(list id, revision, state) of the cached calibrations of `list_ids`, to store after a write."""
        with self._lock:
            return [(list_id, self._galleries[list_id][0], self._calibrations[list_id].to_bytes())
                    for list_id in dict.fromkeys(list_ids)
                    if list_id in self._galleries and list_id in self._calibrations]

    def refresh_and_search(
        self,
        list_id: str,
        at_least: int,
        probe: np.ndarray,
        changes_since: Callable[[int], GalleryChange | None],
        everything: Callable[[], PackedGallery],
        stored: StoredCalibration | None = None,
    ) -> tuple[str, float] | None:
        """Bring the list's gallery to revision `at_least` or later (`refresh`) and search it."""
        index = self.refresh(list_id, at_least, changes_since, everything, stored)
        with self._lock:
            return index.nearest(probe)

    def refresh(
        self,
        list_id: str,
        at_least: int,
        changes_since: Callable[[int], GalleryChange | None],
        everything: Callable[[], PackedGallery],
        stored: StoredCalibration | None = None,
    ) -> DescriptorIndex:
        """The list's gallery at revision `at_least` or later (blocking: database reads, maybe a build).
        `changes_since(revision)` reads the change log (None: too far behind); `everything()` reads the whole
        list (`CatalogueStore.gallery_packed`); `stored` keeps the list's calibration (None: not kept). Search
        the index under the cache's lock only (`refresh_and_search`)."""
        with self._lock:
            refreshing = self._refreshing.setdefault(list_id, threading.Lock())
        with refreshing:
            with self._lock:
                cached = self._galleries.get(list_id)
                if cached is not None and cached[0] >= at_least:
                    return cached[1]  # another request refreshed it while this one waited
            if cached is not None:
                change = changes_since(cached[0])
                with self._lock:
                    current = self._galleries.get(list_id)
                    if change is not None and current is not None and current[0] == cached[0]:
                        self._apply_one(list_id, current[1], change)
                        self.catch_ups += 1
                        return current[1]
            packed = everything()
            index = self._install(list_id, packed.face_list.revision, index_of(packed), stored)
            if len(packed.ids) >= RELEASE_MEMORY_FROM:
                release_free_memory()  # what reading and indexing a large list left behind
            with self._lock:
                self.builds += 1
            # Our snapshot is consistent and at least as new as asked, even if a write moved the list on.
            return index

    def apply(self, changes: Iterable[GalleryChange]) -> None:
        """Apply this process's own writes to the cached galleries they follow on from (and their calibrations)."""
        with self._lock:
            for change in changes:
                cached = self._galleries.get(change.list_id)
                if cached is None:
                    continue
                revision, index = cached
                if revision != change.revision - 1:
                    # Out of step (another process wrote in between): the next search catches up from the log.
                    continue
                self._apply_one(change.list_id, index, change)

    def _apply_one(self, list_id: str, index: DescriptorIndex, change: GalleryChange) -> None:
        """Apply `change` to the cached `index` and its calibration (under the lock) and record its revision."""
        calibration = self._calibrations.get(list_id)
        for key in change.removals:
            if calibration is not None:
                calibration.member_removed(index, key)
            index.remove(key)
        for key, value in change.upserts.items():
            if calibration is not None:
                calibration.member_removed(index, key)  # a changed descriptor: its old distances go first
            index.add(key, descriptor_from_bytes(value))
            if calibration is not None:
                calibration.member_added(index, key)
        self._galleries[list_id] = (change.revision, index)

    def forget(self, list_id: str) -> None:
        with self._lock:
            self._galleries.pop(list_id, None)
            self._calibrations.pop(list_id, None)
            self._refreshing.pop(list_id, None)


def calibration_at(index: DescriptorIndex, revision: int, stored: StoredCalibration | None) -> ListCalibration:
    """The calibration of `index` (the list at `revision`): the stored one if it is at that revision, else one
    counted from every pair (and then stored)."""
    kept = stored.load() if stored is not None else None
    if kept is not None and kept[0] == revision:
        try:
            calibration = ListCalibration.from_bytes(kept[1])
        except ValueError:
            pass  # written by another version: count again
        else:
            if calibration.members == len(index):
                return calibration
    calibration = ListCalibration.of(index)
    if stored is not None:
        stored.save(revision, calibration.to_bytes())
    return calibration


def loaders(catalogue: CatalogueStore, tenant: str, list_id: str) -> tuple[
        Callable[[int], GalleryChange | None], Callable[[], PackedGallery]]:
    """The `changes_since` and `everything` readers of `GalleryCache.refresh` for one list of the store."""

    def changes_since(revision: int) -> GalleryChange | None:
        return catalogue.gallery_changes(tenant, list_id, revision)[1]

    def everything() -> PackedGallery:
        return catalogue.gallery_packed(tenant, ListRef(id=list_id), SPARE_FRACTION)

    return changes_since, everything
