"""Tests for facestation.recognition.gallery.DescriptorIndex: search against brute force, add/replace/remove."""

from __future__ import annotations

import numpy as np
import pytest

from facestation.recognition.descriptors import DESCRIPTOR_SIZE, describe_largest_face
from facestation.recognition.gallery import DescriptorIndex
from tests.support.portraits import edited_copies


def random_descriptors(count: int, seed: int = 0) -> np.ndarray:
    # Real descriptors have norms around 0.6-1; spread like that, so near neighbours are plausible.
    rng = np.random.default_rng(seed)
    return (rng.normal(size=(count, DESCRIPTOR_SIZE)) * 0.08).astype(np.float32)


def brute_force(model: dict[str, np.ndarray], probe: np.ndarray) -> tuple[str, float] | None:
    best = None
    for key, descriptor in model.items():
        value = float(np.linalg.norm(descriptor.astype(np.float64) - probe.astype(np.float64)))
        if best is None or value < best[1]:
            best = (key, value)
    return best


def assert_same_answer(index: DescriptorIndex, model: dict[str, np.ndarray], probe: np.ndarray) -> None:
    got, want = index.nearest(probe), brute_force(model, probe)
    if want is None:
        assert got is None
        return
    assert got is not None
    assert got[1] == pytest.approx(want[1], rel=1e-6)
    # Equal distances could legitimately pick either key; random data has no ties.
    assert got[0] == want[0]


def test_empty_index() -> None:
    index = DescriptorIndex()
    assert len(index) == 0 and index.keys() == [] and "a" not in index
    assert index.nearest(np.zeros(DESCRIPTOR_SIZE, np.float32)) is None
    assert index.remove("a") is False and index.get("a") is None


def test_nearest_matches_brute_force() -> None:
    rows = random_descriptors(1000)
    model = {f"id{i}": row for i, row in enumerate(rows)}
    index = DescriptorIndex.from_rows(model.items())
    assert len(index) == 1000
    for probe in random_descriptors(30, seed=1):
        assert_same_answer(index, model, probe)
    # A stored descriptor is its own nearest neighbour, at distance 0.
    assert index.nearest(rows[123]) == ("id123", 0.0)


def test_add_replaces_an_existing_key() -> None:
    first, second = random_descriptors(2)
    index = DescriptorIndex.from_rows([("a", first), ("b", second)])
    index.add("a", second + 0.5)
    assert len(index) == 2 and index.keys() == ["a", "b"]
    np.testing.assert_array_equal(index.get("a"), second + 0.5)
    assert index.nearest(second + 0.5) == ("a", 0.0)
    assert index.nearest(first)[0] == "b"  # the old descriptor is gone


def test_from_rows_keeps_the_last_descriptor_of_a_repeated_key() -> None:
    first, second = random_descriptors(2)
    index = DescriptorIndex.from_rows([("a", first), ("a", second)])
    assert len(index) == 1
    np.testing.assert_array_equal(index.get("a"), second)


def test_remove_swaps_the_last_row_into_the_hole() -> None:
    rows = random_descriptors(5)
    index = DescriptorIndex.from_rows((f"k{i}", row) for i, row in enumerate(rows))
    assert index.remove("k1") is True
    assert index.keys() == ["k0", "k4", "k2", "k3"]  # k4 moved into row 1
    assert "k1" not in index and len(index) == 4
    np.testing.assert_array_equal(index.get("k4"), rows[4])
    assert index.nearest(rows[4]) == ("k4", 0.0)
    assert index.remove("k1") is False
    for key in ["k0", "k4", "k2", "k3"]:
        assert index.remove(key)
    assert len(index) == 0 and index.nearest(rows[0]) is None


def test_random_edits_agree_with_a_dictionary() -> None:
    rng = np.random.default_rng(7)
    pool = random_descriptors(400, seed=3)
    index, model = DescriptorIndex(), {}
    for step in range(3000):
        key = f"id{rng.integers(0, 300)}"
        if rng.random() < 0.35:
            assert index.remove(key) is (model.pop(key, None) is not None)
        else:
            descriptor = pool[rng.integers(0, len(pool))]
            index.add(key, descriptor)
            model[key] = descriptor
        if step % 100 == 0:
            assert sorted(index.keys()) == sorted(model) and len(index) == len(model)
            assert_same_answer(index, model, pool[rng.integers(0, len(pool))] + 0.01)
    for key, descriptor in model.items():
        np.testing.assert_array_equal(index.get(key), descriptor)


def test_growth_keeps_every_row() -> None:
    rows = random_descriptors(5000)
    index = DescriptorIndex()
    for i, row in enumerate(rows):
        index.add(str(i), row)
    assert len(index) == 5000
    for i in (0, 15, 16, 17, 4095, 4096, 4999):
        np.testing.assert_array_equal(index.get(str(i)), rows[i])
        assert index.nearest(rows[i]) == (str(i), 0.0)


def test_keys_and_get_return_copies() -> None:
    index = DescriptorIndex.from_rows([("a", random_descriptors(1)[0])])
    index.keys().append("b")
    index.get("a")[:] = 0
    assert index.keys() == ["a"] and np.any(index.get("a") != 0)


def test_stored_values_are_independent_of_the_callers_array() -> None:
    descriptor = random_descriptors(1)[0]
    index = DescriptorIndex.from_rows([("a", descriptor)])
    descriptor[:] = 0
    assert np.any(index.get("a") != 0)


@pytest.mark.parametrize(
    "bad",
    [
        pytest.param(np.zeros(DESCRIPTOR_SIZE - 1, np.float32), id="short"),
        pytest.param(np.zeros((1, DESCRIPTOR_SIZE), np.float32), id="2d"),
        pytest.param(np.full(DESCRIPTOR_SIZE, np.nan, np.float32), id="nan"),
        pytest.param(np.full(DESCRIPTOR_SIZE, np.inf, np.float32), id="inf"),
    ],
)
def test_rejects_bad_descriptors_and_probes(bad: np.ndarray) -> None:
    index = DescriptorIndex.from_rows([("a", random_descriptors(1)[0])])
    with pytest.raises(ValueError):
        index.add("b", bad)
    with pytest.raises(ValueError):
        index.add("a", bad)  # a failed replacement leaves the old row alone
    with pytest.raises(ValueError):
        index.nearest(bad)
    assert index.keys() == ["a"] and np.all(np.isfinite(index.get("a")))


def test_other_dimensions() -> None:
    index = DescriptorIndex(dimension=3)
    index.add("x", [1.0, 0.0, 0.0])
    index.add("y", [0.0, 1.0, 0.0])
    key, value = index.nearest([0.9, 0.1, 0.0])
    assert key == "x" and value == pytest.approx(np.sqrt(0.02), rel=1e-6)
    with pytest.raises(ValueError):
        DescriptorIndex(dimension=0)


def test_finds_the_right_person_among_real_faces(grace_hopper, astronaut, grace_analysis, astronaut_analysis) -> None:
    index = DescriptorIndex.from_rows(
        [("grace", grace_analysis.primary.descriptor), ("eileen", astronaut_analysis.primary.descriptor)]
        + [(f"noise{i}", row) for i, row in enumerate(random_descriptors(200))]
    )
    for key, image in (("grace", grace_hopper), ("eileen", astronaut)):
        probe = describe_largest_face(edited_copies(image)["rotated5"]).primary.descriptor
        found, value = index.nearest(probe)
        assert found == key and value < 0.3

