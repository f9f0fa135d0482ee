"""Per-list calibration: thresholds at the target, never looser than the global ones, following the list."""

from __future__ import annotations

import math

import numpy as np
import pytest

from facestation.recognition.calibration import (
    DEFAULT_TARGET,
    ListCalibration,
    check_target,
    stranger_rate,
)
from facestation.recognition.gallery import DescriptorIndex
from facestation.recognition.matching import DEFAULT_THRESHOLDS, MatchThresholds
from tests.recognition.synthetic_descriptors import keys, people, same_person


def index_of(matrix: np.ndarray, prefix: str = "m") -> DescriptorIndex:
    return DescriptorIndex.from_rows(list(zip(keys(len(matrix), prefix), matrix)))


@pytest.fixture(scope="module")
def large() -> ListCalibration:
    return ListCalibration.of(index_of(people(2_000, seed=5)))


def test_a_stranger_is_matched_more_often_in_a_larger_list() -> None:
    assert stranger_rate(1e-4, 1_000) == pytest.approx(1 - (1 - 1e-4) ** 1_000)  # ~10 %, as the issue says
    assert stranger_rate(1e-4, 5_000) == pytest.approx(0.39, abs=0.005)
    assert stranger_rate(1e-12, 3) == pytest.approx(3e-12)  # no loss of precision for tiny rates
    assert stranger_rate(0.0, 10) == 0.0 and stranger_rate(0.1, 0) == 0.0


def test_the_thresholds_keep_strangers_at_the_target(large: ListCalibration) -> None:
    estimate = large.estimate(DEFAULT_TARGET, DEFAULT_THRESHOLDS)
    assert estimate.basis == "list" and estimate.members == 2_000
    assert estimate.impostor_pairs == 2_000 * 1_999 / 2
    # 2,000 members at 1 in 1,000 strangers: stricter than the global OK (75).
    assert estimate.thresholds.ok > DEFAULT_THRESHOLDS.ok
    assert estimate.false_match_rate <= DEFAULT_TARGET
    assert estimate.false_match_rate >= DEFAULT_TARGET / 2  # at the target, not far below it (rounding only)
    assert 0 <= estimate.warning_rate <= 100 * DEFAULT_TARGET


def test_stricter_targets_and_larger_lists_never_loosen(large: ListCalibration) -> None:
    targets = (0.1, 0.01, 1e-3, 1e-4, 1e-5, 1e-7)
    estimates = [large.estimate(target, DEFAULT_THRESHOLDS) for target in targets]
    for looser, stricter in zip(estimates, estimates[1:]):
        assert stricter.thresholds.ok >= looser.thresholds.ok
        assert stricter.thresholds.warning >= looser.thresholds.warning
    small = ListCalibration.of(index_of(people(200, seed=5))).estimate(DEFAULT_TARGET, DEFAULT_THRESHOLDS)
    assert small.basis == "reference"  # 19,900 pairs: too few to fit the list's own tail
    assert small.false_match_rate <= DEFAULT_TARGET


def test_never_looser_than_the_global_thresholds() -> None:
    tiny = ListCalibration.of(index_of(people(3, seed=6)))
    estimate = tiny.estimate(0.1, DEFAULT_THRESHOLDS)
    assert estimate.basis == "reference"  # three pairs fit nothing
    assert estimate.thresholds == DEFAULT_THRESHOLDS
    strict_base = MatchThresholds(ok=99.0, warning=98.0)
    assert tiny.estimate(0.1, strict_base).thresholds == strict_base
    empty = ListCalibration.of(DescriptorIndex())
    assert empty.estimate(DEFAULT_TARGET, DEFAULT_THRESHOLDS).false_match_rate == 0.0


def test_duplicates_are_the_genuine_pairs_closest_first_without_the_marked_ones() -> None:
    matrix = people(100, seed=7)
    matrix[90] = same_person(matrix[3], 0.45, seed=1)
    matrix[91] = same_person(matrix[4], 0.25, seed=2)
    calibration = ListCalibration.of(index_of(matrix))
    pairs = calibration.possible_duplicates()
    assert [(pair.a, pair.b) for pair in pairs] == [("m000004", "m000091"), ("m000003", "m000090")]
    marked = frozenset({("m000004", "m000091")})
    assert [(pair.a, pair.b) for pair in calibration.possible_duplicates(marked)] == [("m000003", "m000090")]


def test_it_follows_the_list_member_by_member() -> None:
    matrix = people(400, seed=8)
    index = index_of(matrix[:300])
    calibration = ListCalibration.of(index)
    for name, descriptor in zip(keys(400)[300:], matrix[300:]):
        index.add(name, descriptor)
        calibration.member_added(index, name)
    for name in keys(400)[:50]:
        calibration.member_removed(index, name)
        index.remove(name)
    # A member whose descriptor changes (a new photo): out with the old distances, in with the new.
    replaced = same_person(matrix[100], 0.2, seed=3)
    calibration.member_removed(index, "m000100")
    index.add("m000100", replaced)
    calibration.member_added(index, "m000100")
    calibration.member_removed(index, "nobody")  # not a member: nothing to do
    fresh = ListCalibration.of(index)
    assert calibration.members == fresh.members == 350
    assert calibration.counts.pairs == fresh.counts.pairs
    assert np.abs(calibration.counts.counts - fresh.counts.counts).sum() <= 4  # float32 noise at bin edges
    followed = calibration.estimate(DEFAULT_TARGET, DEFAULT_THRESHOLDS)
    counted = fresh.estimate(DEFAULT_TARGET, DEFAULT_THRESHOLDS)
    assert followed.thresholds.ok == pytest.approx(counted.thresholds.ok, abs=0.05)


def test_it_is_kept_as_bytes_and_refuses_what_it_cannot_read(large: ListCalibration) -> None:
    data = large.to_bytes()
    assert len(data) < 20_000
    again = ListCalibration.from_bytes(data)
    assert again.members == large.members
    first, second = again.estimate(DEFAULT_TARGET, DEFAULT_THRESHOLDS), large.estimate(DEFAULT_TARGET,
                                                                                      DEFAULT_THRESHOLDS)
    assert first.thresholds == second.thresholds
    assert math.isclose(first.false_match_rate, second.false_match_rate, rel_tol=1e-6)
    for broken in (b"", b"not zlib", data[:-5]):
        with pytest.raises(ValueError):
            ListCalibration.from_bytes(broken)


@pytest.mark.parametrize("target", [0.0, -1.0, 0.5, 1e-9, math.nan, math.inf])
def test_a_target_must_be_a_share_of_strangers(target: float) -> None:
    with pytest.raises(ValueError):
        check_target(target)
    assert check_target(1e-3) == 1e-3
