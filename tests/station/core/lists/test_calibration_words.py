"""A list's calibration in words: rounding to two significant figures with the thousands separator, the raised
threshold only when it is above the global one, the reference-photos note, "fewer than 1 in a million", how sure
a possible duplicate is; the duplicates model and the target's choices."""

from __future__ import annotations

import pytest

from facestation.api import ListCalibration, ListReport, PossibleDuplicate
from facestation.station.core.lists.calibration_target import (
    one_in,
    target_choices,
    target_of,
)
from facestation.station.core.lists.calibration_words import (
    duplicate_words,
    estimate_text,
    estimate_words,
    two_significant,
)
from facestation.station.core.lists.duplicates import DuplicatePairs


def calibration(rate: float, ok: float = 75.0, basis: str = "list") -> ListCalibration:
    return ListCalibration(estimated_false_match_rate=rate, estimated_warning_rate=rate * 5, ok_threshold=ok,
                           warning_threshold=25.0, target=0.001, impostor_pairs=1000, basis=basis)


@pytest.mark.parametrize(("value", "rounded"), [(1.0, 1), (1.4, 1), (7.6, 8), (12.0, 12), (3456.0, 3500),
                                                (2999.7, 3000), (99_500.0, 100_000), (123_456.0, 120_000)])
def test_two_significant_figures(value: float, rounded: int) -> None:
    assert two_significant(value) == rounded


def test_one_in_some_thousands_with_the_thousands_separator() -> None:
    assert estimate_text(calibration(1 / 3123)) == (
        "About 1 in 3,100 strangers would be matched to someone in this list.")
    assert estimate_text(calibration(1 / 3123), number=lambda n: f"{n:,}".replace(",", ".")) == (
        "About 1 in 3.100 strangers would be matched to someone in this list.")


def test_a_raised_threshold_is_said_with_the_global_one() -> None:
    text = estimate_text(calibration(1 / 45_000, ok=83.6))
    assert text == ("About 1 in 45,000 strangers would be matched to someone in this list. So a match here needs a "
                    "confidence of 84 or more (75 elsewhere).")
    assert estimate_words(calibration(0.001, ok=75.03)).ok_threshold is None  # the global one: not said


def test_under_one_in_a_million_and_from_reference_photos() -> None:
    text = estimate_text(calibration(2e-8, basis="reference"))
    assert text == ("Fewer than 1 in a million strangers would be matched to someone in this list. (Estimated from "
                    "reference photos until the list has more members.)")
    assert estimate_words(calibration(0.0)).one_in is None


def test_the_words_go_through_the_translator_in_the_lists_context() -> None:
    asked: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        asked.append((context, text))
        return text.upper()

    assert estimate_text(calibration(0.01), translate).startswith("ABOUT 1 IN 100 STRANGERS")
    assert {context for context, _text in asked} == {"ListsPanel"}


def test_how_sure_a_duplicate_is() -> None:
    assert duplicate_words(96.4) == "Very likely the same person (confidence 96)"
    assert duplicate_words(75.0) == "Very likely the same person (confidence 75)"
    assert duplicate_words(74.9) == "Possibly the same person (confidence 74)"


def test_pairs_most_likely_first_and_a_marked_pair_goes() -> None:
    report = ListReport(members=5, calibration=calibration(0.001), possible_duplicates=[
        PossibleDuplicate("r2", "r3", 60.0), PossibleDuplicate("r1", "r2", 97.0)], possible_duplicates_total=2)
    pairs = DuplicatePairs.of(report)
    assert [(pair.a, pair.b) for pair in pairs.pairs] == [("r1", "r2"), ("r2", "r3")]
    assert pairs.record_ids() == ["r1", "r2", "r3"]
    assert pairs.marked_not_same(PossibleDuplicate("r3", "r2", 60.0))  # either order
    assert [(pair.a, pair.b) for pair in pairs.pairs] == [("r1", "r2")] and pairs.total == 1
    assert not pairs.marked_not_same(PossibleDuplicate("r2", "r3", 60.0))


def test_the_target_choices_keep_one_set_elsewhere() -> None:
    assert target_choices(0.001) == [100, 1_000, 10_000, 100_000]
    assert target_choices(1e-7) == [100, 1_000, 10_000, 100_000, 10_000_000]
    assert one_in(0.0001) == 10_000 and target_of(10_000) == pytest.approx(1e-4)
