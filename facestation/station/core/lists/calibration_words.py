"""A list's calibration report in words a receptionist understands, without Qt.

The service estimates, per list, the share of strangers that 1:N would answer "OK" with somebody of the list, and
the confidence from which the list answers OK (raised above the global 75 when the list is large or alike).
This module turns those numbers into one or two sentences ("About 1 in 3,000 strangers would be matched to
someone in this list. So a match here needs a confidence of 84 or more (75 elsewhere).") and says how sure a
possible duplicate is ("Very likely the same person").

The English texts are marked with `QT_TRANSLATE_NOOP("ListsPanel", ...)` (the Lists page's translation context);
the functions take the translating function and the number formatter, so the Qt page passes
`QCoreApplication.translate` and the locale's `toString` (thousands separator), and tests pass plain ones.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from facestation.api import ListCalibration
from facestation.station.core.translatable import QT_TRANSLATE_NOOP

__all__ = ["CONTEXT", "GLOBAL_OK_CONFIDENCE", "EstimateWords", "duplicate_words", "estimate_text",
           "estimate_words", "two_significant"]

CONTEXT = "ListsPanel"
# The API's global OK threshold (facestation.recognition.matching.DEFAULT_THRESHOLDS.ok: the station may not
# import the recognition package). A list's own OK threshold is never below it.
GLOBAL_OK_CONFIDENCE = 75
ONE_IN_A_MILLION = 1e-6

Translate = Callable[[str, str], str]  # (context, English text) -> text in the current language
FormatNumber = Callable[[int], str]  # 3000 -> "3,000" (the locale's thousands separator)

ONE_IN = QT_TRANSLATE_NOOP("ListsPanel", "About 1 in {0} strangers would be matched to someone in this list.")
MOST = QT_TRANSLATE_NOOP("ListsPanel", "About every second stranger would be matched to someone in this list.")
FEWER_THAN_A_MILLION = QT_TRANSLATE_NOOP(
    "ListsPanel", "Fewer than 1 in a million strangers would be matched to someone in this list.")
RAISED = QT_TRANSLATE_NOOP("ListsPanel", "So a match here needs a confidence of {0} or more ({1} elsewhere).")
FROM_REFERENCE = QT_TRANSLATE_NOOP(
    "ListsPanel", "(Estimated from reference photos until the list has more members.)")
VERY_LIKELY = QT_TRANSLATE_NOOP("ListsPanel", "Very likely the same person (confidence {0})")
POSSIBLY = QT_TRANSLATE_NOOP("ListsPanel", "Possibly the same person (confidence {0})")


def _untranslated(_context: str, text: str) -> str:
    return text


def _grouped(number: int) -> str:
    return f"{number:,}"


def two_significant(value: float) -> int:
    """`value` (>= 1) rounded to two significant figures, as a whole number: 3456 -> 3500, 12 -> 12, 1.4 -> 1."""
    if value < 10:
        return max(1, round(value))
    magnitude = 10 ** (math.floor(math.log10(value)) - 1)
    return int(round(value / magnitude) * magnitude)


@dataclass(frozen=True)
class EstimateWords:
    """What the sentences say. `one_in`: about 1 in this many strangers is matched (None: fewer than 1 in a
    million); `ok_threshold`: the list's OK confidence when it is above the global one (else None);
    `from_reference`: the list is too small, the estimate uses reference photos."""

    one_in: int | None
    ok_threshold: int | None
    from_reference: bool


def estimate_words(calibration: ListCalibration) -> EstimateWords:
    rate = calibration.estimated_false_match_rate
    one_in = None if rate < ONE_IN_A_MILLION else two_significant(1.0 / rate)
    ok = round(calibration.ok_threshold)
    return EstimateWords(one_in=one_in, ok_threshold=ok if ok > GLOBAL_OK_CONFIDENCE else None,
                         from_reference=calibration.basis == "reference")


def estimate_text(calibration: ListCalibration, translate: Translate = _untranslated,
                  number: FormatNumber = _grouped) -> str:
    """The estimate as one or two sentences (and the reference-photos note), ready for a label."""
    words = estimate_words(calibration)
    if words.one_in is None:
        parts = [translate(CONTEXT, FEWER_THAN_A_MILLION)]
    elif words.one_in <= 2:
        parts = [translate(CONTEXT, MOST)]
    else:
        parts = [translate(CONTEXT, ONE_IN).format(number(words.one_in))]
    if words.ok_threshold is not None:
        parts.append(translate(CONTEXT, RAISED).format(words.ok_threshold, GLOBAL_OK_CONFIDENCE))
    if words.from_reference:
        parts.append(translate(CONTEXT, FROM_REFERENCE))
    return " ".join(parts)


def duplicate_words(confidence: float, translate: Translate = _untranslated) -> str:
    """How sure it is that two members are one person: "very likely" from the confidence at which 1:1 answers
    OK, "possibly" below (the service reports pairs as close as the genuine range, from confidence 50)."""
    shown = math.floor(confidence)  # 74.9 must not read "75" next to "possibly"
    template = VERY_LIKELY if confidence >= GLOBAL_OK_CONFIDENCE else POSSIBLY
    return translate(CONTEXT, template).format(shown)
