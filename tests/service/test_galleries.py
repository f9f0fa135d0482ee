"""The 1:N gallery cache follows writes in place, catches up from the change log, and builds a list once."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np
import pytest

from facestation.recognition.calibration import ListCalibration
from facestation.recognition.matching import DEFAULT_THRESHOLDS
from facestation.service.galleries import GalleryCache, StoredCalibration, index_of
from facestation.store.catalogue import FaceListRow, GalleryChange, PackedGallery


def vector(seed: int) -> bytes:
    return np.random.default_rng(seed).normal(size=128).astype(np.float32).tobytes()


def probe(seed: int) -> np.ndarray:
    return np.frombuffer(vector(seed), dtype=np.float32)


def test_missing_or_stale_gallery_is_reported_as_not_found() -> None:
    cache = GalleryCache()
    assert cache.nearest("L", 1, probe(1)) == (False, None)
    cache.put("L", 1, [("a", vector(1))])
    assert cache.nearest("L", 2, probe(1)) == (False, None)
    found, match = cache.nearest("L", 1, probe(1))
    assert found and match is not None and match[0] == "a" and match[1] < 1e-5


def test_changes_one_revision_ahead_apply_in_place() -> None:
    cache = GalleryCache()
    cache.put("L", 1, [("a", vector(1))])
    cache.apply([GalleryChange("L", 2, upserts={"b": vector(2)})])
    assert cache.nearest("L", 2, probe(2))[1][0] == "b"  # type: ignore[index]
    cache.apply([GalleryChange("L", 3, removals=("b",))])
    assert cache.nearest("L", 3, probe(2))[1][0] == "a"  # type: ignore[index]


def test_a_missed_change_leaves_the_gallery_behind_for_a_catch_up() -> None:
    cache = GalleryCache()
    cache.put("L", 1, [("a", vector(1))])
    cache.apply([GalleryChange("L", 3, upserts={"b": vector(2)})])  # revision 2 came from another process
    assert cache.nearest("L", 3, probe(2)) == (False, None)
    assert cache.nearest("L", 1, probe(2))[1][0] == "a"  # type: ignore[index]


def test_an_older_snapshot_never_replaces_a_newer_gallery() -> None:
    cache = GalleryCache()
    cache.put("L", 5, [("new", vector(1))])
    cache.put("L", 4, [("old", vector(1))])
    assert cache.nearest("L", 5, probe(1))[1][0] == "new"  # type: ignore[index]


def packed(revision: int, spare: int = 0, **seeds: int) -> PackedGallery:
    """A gallery as CatalogueStore.gallery_packed reads it: ids, their descriptors end to end, spare rows."""
    buffer = bytearray(b"".join(vector(seed) for seed in seeds.values()) + bytes(512 * spare))
    return PackedGallery(FaceListRow("L", "list", None, 1.0, revision), list(seeds), buffer, 512)


def never(*_args: object) -> Any:
    raise AssertionError("not expected to be called")


def test_a_gallery_behind_catches_up_from_the_change_log() -> None:
    cache = GalleryCache()
    cache.put("L", 1, [("a", vector(1)), ("b", vector(2))])
    asked = []

    def changes_since(revision: int) -> GalleryChange:
        asked.append(revision)
        return GalleryChange("L", 4, upserts={"c": vector(3)}, removals=("b",))

    assert cache.refresh_and_search("L", 4, probe(3), changes_since, never)[0] == "c"  # type: ignore[index]
    assert asked == [1] and (cache.builds, cache.catch_ups) == (0, 1)
    assert cache.nearest("L", 4, probe(2))[1][0] != "b"  # type: ignore[index]
    # Already at (or past) the revision asked for: neither the log nor the list is read.
    assert cache.refresh_and_search("L", 3, probe(1), never, never)[0] == "a"  # type: ignore[index]


def test_no_gallery_or_one_beyond_the_log_is_built_from_every_member() -> None:
    cache = GalleryCache()
    assert cache.refresh_and_search("L", 2, probe(1), never, lambda: packed(2, a=1))[0] == "a"  # type: ignore[index]
    match = cache.refresh_and_search("L", 9, probe(2), lambda _revision: None, lambda: packed(9, b=2))
    assert match is not None and match[0] == "b" and (cache.builds, cache.catch_ups) == (2, 0)


def test_concurrent_searches_of_a_stale_list_build_it_once() -> None:
    cache = GalleryCache()
    reads = []
    release = threading.Event()

    def everything() -> PackedGallery:
        reads.append(1)
        release.wait(timeout=10)  # the first reader holds the others back until they all wait for it
        return packed(5, a=1)

    with ThreadPoolExecutor(6) as pool:
        searches = [pool.submit(cache.refresh_and_search, "L", 5, probe(1), never, everything) for _ in range(6)]
        time.sleep(0.3)
        release.set()
        assert all(search.result(timeout=10)[0] == "a" for search in searches)  # type: ignore[index]
    assert reads == [1] and cache.builds == 1


def test_a_packed_gallery_becomes_the_index_matrix_without_a_copy() -> None:
    gallery = packed(1, spare=1, a=1, b=2, c=3)
    index = index_of(gallery)
    rows = np.frombuffer(gallery.buffer, dtype=np.float32).reshape(-1, 128)  # the packed buffer, row by row
    assert [index.nearest(probe(seed))[0] for seed in (1, 2, 3)] == ["a", "b", "c"]  # type: ignore[index]
    index.add("d", probe(4))  # into the spare row: it lands in the packed buffer itself, so no copy was made
    assert np.array_equal(rows[3], probe(4)) and index.nearest(probe(4))[0] == "d"  # type: ignore[index]
    index.add("e", probe(5))  # full: grows into a matrix of its own
    assert len(index) == 5
    assert [index.nearest(probe(seed))[0] for seed in (1, 4, 5)] == ["a", "d", "e"]  # type: ignore[index]
    index.add("a", probe(6))  # a new descriptor for "a" no longer reaches the packed buffer
    assert np.array_equal(rows[0], probe(1)) and index.nearest(probe(6))[0] == "a"  # type: ignore[index]
    assert len(index_of(PackedGallery(FaceListRow("E", "empty", None, 1.0, 0), [], bytearray(), 0))) == 0


# -- the calibration each cached gallery carries --------------------------------------------------------------


def twin(seed: int, by: float) -> bytes:
    """Another photo of the person of `vector(seed)`: `by` away from it (a possible duplicate below 0.6)."""
    shifted = probe(seed).copy()
    shifted[0] += by
    return shifted.tobytes()


def duplicates(cache: GalleryCache) -> list[tuple[str, str]]:
    return [(pair.a, pair.b) for pair in cache.possible_duplicates("L", frozenset())]


def test_the_calibration_follows_every_change_the_gallery_takes() -> None:
    cache = GalleryCache()
    cache.put("L", 1, [("a", vector(1)), ("b", vector(2))])
    assert cache.estimate("L", 1, 1e-3, DEFAULT_THRESHOLDS).members == 2  # type: ignore[union-attr]
    cache.apply([GalleryChange("L", 2, upserts={"c": twin(1, 0.2)})])
    assert duplicates(cache) == [("a", "c")]
    assert cache.estimate("L", 2, 1e-3, DEFAULT_THRESHOLDS).impostor_pairs == 3  # type: ignore[union-attr]
    cache.apply([GalleryChange("L", 3, upserts={"c": vector(3)})])  # a new photo: no longer a twin
    assert duplicates(cache) == []
    # A catch-up from the change log (another process wrote) moves it on too.
    change = GalleryChange("L", 5, upserts={"d": twin(2, 0.3)}, removals=("a",))
    cache.refresh_and_search("L", 5, probe(2), lambda _revision: change, never)
    assert duplicates(cache) == [("b", "d")]
    estimate = cache.estimate("L", 5, 1e-3, DEFAULT_THRESHOLDS)
    assert estimate is not None and estimate.members == 3
    assert cache.estimate("L", 6, 1e-3, DEFAULT_THRESHOLDS) is None  # behind the revision asked for
    [(list_id, revision, state)] = cache.calibration_states(["L", "unknown"])
    assert (list_id, revision) == ("L", 5) and ListCalibration.from_bytes(state).members == 3
    cache.forget("L")
    assert cache.estimate("L", 5, 1e-3, DEFAULT_THRESHOLDS) is None and cache.calibration_states(["L"]) == []


class Kept:
    """A StoredCalibration over one slot, recording what is saved."""

    def __init__(self, kept: tuple[int, bytes] | None) -> None:
        self.kept = kept
        self.saved: list[int] = []

    def stored(self) -> StoredCalibration:
        return StoredCalibration(load=lambda: self.kept, save=self.save)

    def save(self, revision: int, state: bytes) -> None:
        self.saved.append(revision)
        self.kept = (revision, state)


def marked_state(revision_members: PackedGallery) -> bytes:
    """The calibration of a packed gallery with a made-up near pair: only a loaded state can show it."""
    calibration = ListCalibration.of(index_of(revision_members))
    calibration.counts.near[("a", "b")] = 0.1
    return calibration.to_bytes()


def test_a_build_loads_the_stored_calibration_at_its_revision() -> None:
    kept = Kept((2, marked_state(packed(2, a=1, b=2))))
    cache = GalleryCache()
    cache.refresh_and_search("L", 2, probe(1), never, lambda: packed(2, a=1, b=2), kept.stored())
    assert duplicates(cache) == [("a", "b")] and kept.saved == []


@pytest.mark.parametrize("kept_state", [None, "older", "unreadable", "other members"])
def test_a_build_without_a_current_stored_calibration_counts_again_and_stores_it(kept_state: str | None) -> None:
    states = {
        None: None,
        "older": (1, marked_state(packed(1, a=1, b=2))),
        "unreadable": (2, b"written by a later version"),
        "other members": (2, marked_state(packed(2, a=1))),
    }
    kept = Kept(states[kept_state])
    cache = GalleryCache()
    cache.refresh_and_search("L", 2, probe(1), never, lambda: packed(2, a=1, b=2), kept.stored())
    assert duplicates(cache) == [] and kept.saved == [2]
    assert kept.kept is not None and ListCalibration.from_bytes(kept.kept[1]).members == 2
