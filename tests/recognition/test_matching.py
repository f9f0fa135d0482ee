"""Tests for facestation.recognition.matching: the confidence curve, verdicts, and the calibrated defaults."""

from __future__ import annotations

import math

import numpy as np
import pytest

from facestation.recognition import matching
from facestation.recognition.descriptors import describe_largest_face, distance
from facestation.recognition.matching import (
    DEFAULT_THRESHOLDS,
    MatchResult,
    MatchThresholds,
    confidence_from_distance,
    confidences_from_distances,
    describe_verdict,
    distance_for_confidence,
    verdict,
)
from tests.support.portraits import edited_copies

# -- confidence ---------------------------------------------------------------------------------------------


def test_result_integers_are_the_apis() -> None:
    assert [(r.name, int(r)) for r in MatchResult] == [("OK", 0), ("NOT_EXECUTED", 1), ("WARNING", 2), ("FAILED", 3)]


def test_confidence_is_50_at_dlibs_boundary_and_within_0_100() -> None:
    assert confidence_from_distance(0.6) == 50.0
    assert confidence_from_distance(0.0) == 100.0
    assert confidence_from_distance(2.0) == 0.0
    assert confidence_from_distance(1e6) == 0.0  # no overflow


def test_confidence_decreases_strictly_where_it_is_not_saturated() -> None:
    grid = np.arange(0.3, 0.9, 0.005)  # steps of 0.005 change the 2-decimal value everywhere in here
    values = [confidence_from_distance(float(d)) for d in grid]
    assert all(a > b for a, b in zip(values, values[1:], strict=False))
    fine = confidences_from_distances(np.linspace(0, 3, 30_001))
    assert np.all(np.diff(fine) <= 0)


def test_confidence_uses_two_decimals() -> None:
    value = confidence_from_distance(0.5123)
    assert value == round(value, 2)


def test_vectorised_confidence_matches_scalar() -> None:
    distances = np.linspace(0, 1.5, 301)
    scalar = [confidence_from_distance(float(d)) for d in distances]
    np.testing.assert_array_equal(confidences_from_distances(distances), scalar)


@pytest.mark.parametrize("bad", [-0.01, math.nan, math.inf])
def test_confidence_refuses_impossible_distances(bad: float) -> None:
    with pytest.raises(ValueError):
        confidence_from_distance(bad)
    with pytest.raises(ValueError):
        confidences_from_distances([0.5, bad])


@pytest.mark.parametrize("confidence", [1.0, 25.0, 50.0, 75.0, 99.0])
def test_distance_for_confidence_inverts_the_curve(confidence: float) -> None:
    assert confidence_from_distance(distance_for_confidence(confidence)) == pytest.approx(confidence, abs=0.01)


@pytest.mark.parametrize("bad", [0.0, 100.0, -5.0, 120.0])
def test_distance_for_confidence_refuses_the_asymptotes(bad: float) -> None:
    with pytest.raises(ValueError):
        distance_for_confidence(bad)


def test_default_thresholds_in_distance_terms() -> None:
    # The module docstring quotes these; the calibration below relies on them.
    assert distance_for_confidence(DEFAULT_THRESHOLDS.ok) == pytest.approx(0.545, abs=0.001)
    assert distance_for_confidence(DEFAULT_THRESHOLDS.warning) == pytest.approx(0.655, abs=0.001)


# -- verdicts -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("confidence", "expected"),
    [(100.0, MatchResult.OK), (75.0, MatchResult.OK), (74.99, MatchResult.WARNING), (25.0, MatchResult.WARNING),
     (24.99, MatchResult.FAILED), (0.0, MatchResult.FAILED)],
)
def test_verdict_boundaries_are_inclusive(confidence: float, expected: MatchResult) -> None:
    assert verdict(confidence, DEFAULT_THRESHOLDS) is expected


def test_verdict_defaults_to_the_default_thresholds() -> None:
    assert verdict(80.0) is MatchResult.OK and verdict(50.0) is MatchResult.WARNING


def test_equal_thresholds_leave_no_warning_band() -> None:
    strict = MatchThresholds(ok=60.0, warning=60.0)
    assert verdict(60.0, strict) is MatchResult.OK and verdict(59.99, strict) is MatchResult.FAILED


@pytest.mark.parametrize(("ok", "warning"), [(50.0, 60.0), (101.0, 50.0), (50.0, -1.0)])
def test_thresholds_are_validated(ok: float, warning: float) -> None:
    with pytest.raises(ValueError):
        MatchThresholds(ok=ok, warning=warning)


def test_descriptions() -> None:
    assert describe_verdict(MatchResult.OK) == "Same person"
    assert describe_verdict(MatchResult.WARNING) == "Possibly the same person: check by eye"
    assert describe_verdict(MatchResult.FAILED) == "Different person"
    assert describe_verdict(MatchResult.NOT_EXECUTED)
    assert describe_verdict(3) == "Different person"  # a plain int from storage works too
    for name in ("NO_FACE_IN_PROBE", "MULTIPLE_FACES_IN_PROBE", "RECORD_DISABLED", "RECORD_HAS_NO_FACE", "EMPTY_LIST"):
        assert isinstance(getattr(matching, name), str) and getattr(matching, name)


# -- real faces -------------------------------------------------------------------------------------------------


def judge(a: np.ndarray, b: np.ndarray) -> MatchResult:
    return verdict(confidence_from_distance(distance(a, b)), DEFAULT_THRESHOLDS)


@pytest.mark.parametrize("edit", ["flipped", "half", "double", "rotated5", "jpeg40", "darker"])
@pytest.mark.parametrize("name", ["grace_hopper", "astronaut"])
def test_edited_copy_is_the_same_person(request: pytest.FixtureRequest, name: str, edit: str) -> None:
    image = request.getfixturevalue(name)
    reference = request.getfixturevalue("grace_analysis" if name == "grace_hopper" else "astronaut_analysis")
    copy = describe_largest_face(edited_copies(image)[edit])
    assert copy.primary is not None
    assert judge(reference.primary.descriptor, copy.primary.descriptor) is MatchResult.OK


def test_astronaut_is_not_grace_hopper(grace_analysis, astronaut_analysis) -> None:
    assert judge(grace_analysis.primary.descriptor, astronaut_analysis.primary.descriptor) is MatchResult.FAILED


@pytest.mark.dataset
@pytest.mark.slow
def test_defaults_are_calibrated_on_master_csv(face_pairs) -> None:
    outcomes: dict[bool, list[MatchResult]] = {True: [], False: []}
    for x, y, same in face_pairs.pairs:
        outcomes[same].append(judge(face_pairs.faces[x].descriptor, face_pairs.faces[y].descriptor))
    genuine, impostor = outcomes[True], outcomes[False]
    assert (len(genuine), len(impostor)) == (38, 262)
    # The goals: no impostor is ever "Same person", at least 97 % of genuine pairs are.
    assert impostor.count(MatchResult.OK) == 0
    assert genuine.count(MatchResult.OK) >= 0.97 * len(genuine)
    # The warning band catches the borderline genuine pairs and few impostors.
    assert genuine.count(MatchResult.FAILED) == 0
    assert impostor.count(MatchResult.FAILED) >= 0.98 * len(impostor)
