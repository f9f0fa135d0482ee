"""Member-pair distance counts: every pair counted once, followed member by member, sampled above the limit."""

from __future__ import annotations

import numpy as np
import pytest

from facestation.recognition import pair_distances
from facestation.recognition.gallery import DescriptorIndex
from facestation.recognition.pair_distances import (
    BIN_WIDTH,
    BINS,
    NEAR_DISTANCE,
    NearPair,
    PairCounts,
    count_pairs,
)
from tests.recognition.synthetic_descriptors import keys, people, same_person


def brute_force(matrix: np.ndarray) -> np.ndarray:
    """Every pair's distance in float64, upper triangle."""
    values = matrix.astype(np.float64)
    differences = values[:, None, :] - values[None, :, :]
    distances = np.sqrt((differences**2).sum(-1))
    return distances[np.triu_indices(len(values), 1)]


def near_an_edge(distances: np.ndarray) -> int:
    """Pairs within float32 noise of a bin edge: they may fall on either side of it."""
    offsets = np.abs(distances / BIN_WIDTH - np.round(distances / BIN_WIDTH)) * BIN_WIDTH
    return int((offsets < 1e-5).sum())


@pytest.fixture(scope="module")
def gallery() -> tuple[list[str], np.ndarray]:
    matrix = people(300, seed=1)
    # Three people enrolled twice, well inside the genuine range.
    for row, twin in ((10, 200), (20, 210), (30, 220)):
        matrix[twin] = same_person(matrix[row], 0.3, seed=row)
    return keys(300), matrix


def test_every_pair_is_counted_once_in_its_bin(gallery: tuple[list[str], np.ndarray]) -> None:
    names, matrix = gallery
    counts = count_pairs(names, matrix)
    exact = brute_force(matrix)
    assert counts.pairs == len(exact) == 300 * 299 // 2
    expected = np.bincount(np.minimum((exact / BIN_WIDTH).astype(int), BINS - 1), minlength=BINS)
    assert np.abs(counts.counts - expected).sum() <= 2 * near_an_edge(exact)
    assert not counts.sampled


def test_near_pairs_are_the_pairs_in_the_genuine_range(gallery: tuple[list[str], np.ndarray]) -> None:
    names, matrix = gallery
    near = count_pairs(names, matrix).near_pairs()
    exact = brute_force(matrix)
    rows, columns = np.triu_indices(len(matrix), 1)
    expected = {(names[i], names[j]) for i, j, distance in zip(rows, columns, exact) if distance < NEAR_DISTANCE - 1e-5}
    assert expected <= {(pair.a, pair.b) for pair in near} <= expected | {
        (names[i], names[j]) for i, j, distance in zip(rows, columns, exact) if abs(distance - NEAR_DISTANCE) <= 1e-5}
    twins = {("m000010", "m000200"), ("m000020", "m000210"), ("m000030", "m000220")}
    assert twins <= expected
    assert all(abs(pair.distance - 0.3) < 1e-4 for pair in near if (pair.a, pair.b) in twins)
    assert near == sorted(near)  # closest first
    assert NearPair.of("z", "a", 0.1) == NearPair(0.1, "a", "z")  # one spelling per pair


def test_members_coming_and_going_give_the_counts_of_counting_again(gallery: tuple[list[str], np.ndarray]) -> None:
    names, matrix = gallery
    index = DescriptorIndex.from_rows(list(zip(names[:150], matrix[:150])))
    counts = count_pairs(index.keys(), index.matrix())
    for name, descriptor in zip(names[150:], matrix[150:]):
        index.add(name, descriptor)
        others, distances, own_row = index.distances_from(name)
        counts.member_added(name, others, distances, own_row)
    for name in names[:25]:
        _, distances, own_row = index.distances_from(name)
        counts.member_removed(name, distances, own_row)
        index.remove(name)
    again = count_pairs(index.keys(), index.matrix())
    assert counts.pairs == again.pairs == 275 * 274 // 2
    assert np.abs(counts.counts - again.counts).sum() <= 2 * near_an_edge(brute_force(index.matrix()))
    # m000010 and m000020 left: of the twins only the third pair is still near.
    assert ("m000030", "m000220") in counts.near
    assert not any("m000010" in pair or "m000020" in pair for pair in counts.near)
    assert counts.near.keys() == again.near.keys()


def test_a_large_list_is_sampled_and_still_estimates_every_pair() -> None:
    matrix = people(3000, seed=2)
    names = keys(3000)
    exact = count_pairs(names, matrix)
    sampled = count_pairs(names, matrix, exact_members=1000, sampled_pairs=2_000_000, seed=3)
    assert sampled.sampled
    assert sampled.pairs == pytest.approx(exact.pairs, rel=1e-9)
    # The share of pairs closer than each distance, sampled vs all: the same to sampling noise.
    for distance in (0.75, 0.8, 0.85, 0.9):
        share_exact = exact.count_below(distance) / exact.pairs
        share_sampled = sampled.count_below(distance) / sampled.pairs
        noise = 4 * np.sqrt(share_exact * (1 - share_exact) / 2_000_000) + 1e-4
        assert abs(share_sampled - share_exact) < noise + 0.02 * share_exact, distance


def test_near_pairs_are_capped_closest_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pair_distances, "MAX_NEAR_PAIRS", 2)
    base = people(1, seed=4)[0]
    matrix = np.stack([base] + [same_person(base, distance, seed) for seed, distance in enumerate((0.1, 0.2, 0.3))])
    near = count_pairs(keys(4), matrix).near_pairs()
    assert len(near) == 2 and near[0].distance < near[1].distance < NEAR_DISTANCE
    assert near[0].distance == pytest.approx(0.1, abs=1e-4)


def test_no_pairs_below_two_members() -> None:
    assert count_pairs([], np.zeros((0, 128), np.float32)).pairs == 0
    assert count_pairs(["a"], people(1)).pairs == 0
    assert PairCounts().near_pairs() == []


def test_a_sampled_count_still_finds_everyone_enrolled_twice_up_to_the_near_limit() -> None:
    matrix = people(3000, seed=6)
    for row in range(10):
        matrix[2999 - row] = same_person(matrix[row], 0.35, seed=row)
    names = keys(3000)
    twins = {(names[row], names[2999 - row]) for row in range(10)}
    every = count_pairs(names, matrix, exact_members=1000, sampled_pairs=200_000, near_members=5000)
    assert every.sampled and twins <= set(every.near)
    sampled_only = count_pairs(names, matrix, exact_members=1000, sampled_pairs=200_000, near_members=1000)
    assert len(twins & set(sampled_only.near)) < len(twins)  # 200,000 of 4.5 million pairs: most are missed
