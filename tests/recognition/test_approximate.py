"""The approximate 1:N search of large galleries (facestation/recognition/approximate.py via DescriptorIndex).

Measured against `DescriptorIndex.nearest_exact` (the full scan) on synthetic dlib-shaped descriptors and on
the real faces-pairs descriptors; plus add/remove/replace in approximate mode and the size threshold.
"""

from __future__ import annotations

import numpy as np
import pytest

from facestation.recognition.approximate import CandidateSearch
from facestation.recognition.descriptors import DESCRIPTOR_SIZE
from facestation.recognition.gallery import APPROXIMATE_FROM, DescriptorIndex
from facestation.service.galleries import GalleryCache

GALLERY_SIZE = 50_000


def unit_descriptors(count: int, rng: np.random.Generator) -> np.ndarray:
    values = rng.normal(size=(count, DESCRIPTOR_SIZE)).astype(np.float32)
    return values / np.linalg.norm(values, axis=1, keepdims=True)


def noise(count: int, length: float | np.ndarray, rng: np.random.Generator) -> np.ndarray:
    values = rng.normal(size=(count, DESCRIPTOR_SIZE)).astype(np.float32)
    return values * (np.asarray(length, dtype=np.float32).reshape(-1, 1) / np.linalg.norm(values, axis=1, keepdims=True))


@pytest.fixture(scope="module")
def synthetic() -> tuple[DescriptorIndex, np.ndarray]:
    matrix = unit_descriptors(GALLERY_SIZE, np.random.default_rng(1))
    index = DescriptorIndex.from_rows((f"p{i}", row) for i, row in enumerate(matrix))
    index.prepare()
    assert index.approximate
    return index, matrix


def agreement(index: DescriptorIndex, probes: np.ndarray) -> float:
    same = 0
    for probe in probes:
        got, want = index.nearest(probe), index.nearest_exact(probe)
        assert got is not None and want is not None
        # Re-ranking is exact: never closer than the true minimum, and the same distance for the same key.
        assert got[1] >= want[1] - 1e-6
        if got[0] == want[0]:
            assert got[1] == pytest.approx(want[1], abs=1e-6)
            same += 1
    return same / len(probes)


def test_genuine_like_probes_find_the_exact_best(synthetic: tuple[DescriptorIndex, np.ndarray]) -> None:
    index, matrix = synthetic
    rng = np.random.default_rng(2)
    # An enrolled person seen again: the member plus noise at the genuine-pair distance (0.4-0.5).
    members = matrix[rng.integers(0, len(matrix), 400)]
    probes = members + noise(400, rng.uniform(0.4, 0.5, 400), rng)
    assert agreement(index, probes) >= 0.99


def test_near_duplicates_are_always_found(synthetic: tuple[DescriptorIndex, np.ndarray]) -> None:
    index, matrix = synthetic
    rng = np.random.default_rng(3)
    chosen = rng.integers(0, len(matrix), 300)
    probes = matrix[chosen] + noise(300, 0.15, rng)
    assert agreement(index, probes) == 1.0
    for row, probe in zip(chosen.tolist(), probes):
        assert index.nearest(probe)[0] == f"p{row}"


def test_strangers_get_the_same_decision(synthetic: tuple[DescriptorIndex, np.ndarray]) -> None:
    # For a non-member every descriptor is ~1.4 away: which one is "best" is a coin toss for any approximate
    # index, but no match within the match distance either way (and never a closer distance than exact).
    index, _ = synthetic
    probes = unit_descriptors(200, np.random.default_rng(4))
    agreement(index, probes)
    for probe in probes:
        assert (index.nearest(probe)[1] <= 0.6) == (index.nearest_exact(probe)[1] <= 0.6)


@pytest.mark.dataset
def test_accuracy_dataset_best_candidate_is_exact(face_pairs) -> None:
    real = {name: face.descriptor for name, face in face_pairs.faces.items() if face is not None}
    rng = np.random.default_rng(5)
    # Distractors shaped like the real ones: each real face moved by an impostor-like distance, enough of
    # them to put the gallery over the approximate threshold.
    sources = np.stack(list(real.values())).astype(np.float32)
    count = APPROXIMATE_FROM + 10_000
    picked = sources[rng.integers(0, len(sources), count)]
    distractors = picked + noise(count, rng.uniform(0.5, 0.8, count), rng)
    index = DescriptorIndex.from_rows([(f"d{i}", row) for i, row in enumerate(distractors)] + list(real.items()))
    index.prepare()
    assert index.approximate
    pairs = [(x, y) for x, y, _ in face_pairs.pairs if x in real and y in real]
    for name, descriptor in real.items():
        # Each face probes the gallery without itself: its best candidate is another person or a distractor.
        index.remove(name)
        assert index.nearest(descriptor) == index.nearest_exact(descriptor), name
        index.add(name, descriptor)
    for x, y in pairs:
        assert index.nearest(real[y]) == index.nearest_exact(real[y])


def test_add_remove_and_replace_in_approximate_mode() -> None:
    rng = np.random.default_rng(6)
    matrix = unit_descriptors(3_000, rng)
    index = DescriptorIndex.from_rows(((f"k{i}", row) for i, row in enumerate(matrix)), approximate_from=2_000)
    index.prepare()
    assert index.approximate
    probe = matrix[10] + noise(1, 0.1, rng)[0]
    assert index.nearest(probe)[0] == "k10"
    assert index.remove("k10")
    assert not index.remove("k10")
    assert "k10" not in index and len(index) == 2_999
    key, _ = index.nearest(probe)
    assert key != "k10" and key == index.nearest_exact(probe)[0]
    # Replacing moves the key: found at its new place, no longer at the old one.
    moved = unit_descriptors(1, rng)[0]
    index.add("k20", moved)
    assert index.nearest(moved) == ("k20", pytest.approx(0.0, abs=1e-6))
    old = matrix[20] + noise(1, 0.05, rng)[0]
    assert index.nearest(old)[0] != "k20"
    # A new key is searchable at once.
    fresh = unit_descriptors(1, rng)[0]
    index.add("new", fresh)
    assert index.nearest(fresh + noise(1, 0.1, rng)[0])[0] == "new"
    assert index.approximate and len(index) == 3_000


def test_threshold_switches_implementations_transparently() -> None:
    rng = np.random.default_rng(7)
    matrix = unit_descriptors(1_200, rng)
    index = DescriptorIndex(approximate_from=1_000)
    for i in range(999):
        index.add(f"k{i}", matrix[i])
    probes = matrix[:50] + noise(50, 0.3, rng)
    assert [index.nearest(p) for p in probes] == [index.nearest_exact(p) for p in probes]
    assert not index.approximate
    for i in range(999, 1_200):
        index.add(f"k{i}", matrix[i])
    assert index.nearest(probes[0]) == index.nearest_exact(probes[0])
    assert index.approximate
    assert [index.nearest(p)[0] for p in probes] == [f"k{i}" for i in range(50)]
    # Hysteresis: it stays approximate down to half the threshold, then falls back to the exact scan.
    for i in range(1_200, 500, -1):
        index.remove(f"k{i - 1}")
    assert len(index) == 500
    index.nearest(probes[0])
    assert index.approximate
    index.remove("k499")
    assert index.nearest(probes[0]) == index.nearest_exact(probes[0])
    assert not index.approximate
    never = DescriptorIndex.from_rows(((str(i), row) for i, row in enumerate(matrix)), approximate_from=None)
    never.nearest(probes[0])
    assert not never.approximate


def test_candidate_search_is_deterministic() -> None:
    rng = np.random.default_rng(8)
    matrix = unit_descriptors(5_000, rng)
    keys = [str(i) for i in range(len(matrix))]
    probes = unit_descriptors(20, rng)
    first, second = CandidateSearch(keys, matrix, seed=3), CandidateSearch(keys, matrix, seed=3)
    assert [first.candidates(p, 32) for p in probes] == [second.candidates(p, 32) for p in probes]
    assert len(first.candidates(probes[0], 32)) == 32
    with pytest.raises(ValueError):
        CandidateSearch(["a", "a"], matrix[:2])


def test_gallery_cache_prepares_large_lists_before_searching() -> None:
    matrix = unit_descriptors(APPROXIMATE_FROM, np.random.default_rng(9))
    cache = GalleryCache()
    index = cache.put("list", 3, ((f"k{i}", row.tobytes()) for i, row in enumerate(matrix)))
    assert index.approximate
    found, match = cache.nearest("list", 3, matrix[7])
    assert found and match == ("k7", pytest.approx(0.0, abs=1e-6))
