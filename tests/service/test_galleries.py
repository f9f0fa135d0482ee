"""The 1:N gallery cache follows writes in place and notices when it has fallen out of step."""

from __future__ import annotations

import numpy as np

from facestation.service.galleries import GalleryCache
from facestation.store.catalogue import GalleryChange


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


def test_a_missed_change_drops_the_gallery_for_a_rebuild() -> None:
    cache = GalleryCache()
    cache.put("L", 1, [("a", vector(1))])
    cache.apply([GalleryChange("L", 3, upserts={"b": vector(2)})])  # revision 2 came from another process
    assert cache.nearest("L", 3, probe(2)) == (False, None)
    assert cache.nearest("L", 1, probe(2)) == (False, None)


def test_an_older_snapshot_never_replaces_a_newer_gallery() -> None:
    cache = GalleryCache()
    cache.put("L", 5, [("new", vector(1))])
    cache.put("L", 4, [("old", vector(1))])
    assert cache.nearest("L", 5, probe(1))[1][0] == "new"  # type: ignore[index]
