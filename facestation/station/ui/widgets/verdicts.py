"""The words behind a result card: the verdict of a service answer, its mark, what the liveness check said
(issue 18), and the decoding of a portrait's JPEG for the card. Split from result_card.py to keep it small."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtGui import QPixmap

from facestation.api import IdentifyResult, ResultCode

__all__ = ["MARKS", "LivenessMark", "Verdict", "pixmap_from_bytes", "verdict_of"]

class Verdict(StrEnum):
    """What the card says, from the service's result code."""

    MATCH = "match"
    REVIEW = "review"
    NO_MATCH = "no_match"
    NOT_CHECKED = "not_checked"


class LivenessMark(StrEnum):
    """What the liveness check said about the person whose result is shown."""

    CONFIRMED = "confirmed"
    NOT_CONFIRMED = "not_confirmed"  # refused twice: the operator decides


def verdict_of(result: IdentifyResult) -> Verdict:
    if result.result is ResultCode.OK:
        return Verdict.MATCH
    if result.result is ResultCode.WARNING:
        return Verdict.REVIEW
    if result.result is ResultCode.FAILED:
        return Verdict.NO_MATCH
    return Verdict.NOT_CHECKED


# The mark of each verdict (it also tells colour-blind readers). The colours come from the theme, which styles
# `verdict="match"` etc. (green, amber, red, grey in every palette).
MARKS = {Verdict.MATCH: "✓", Verdict.REVIEW: "?", Verdict.NO_MATCH: "✗", Verdict.NOT_CHECKED: "!"}


def pixmap_from_bytes(data: bytes | None) -> QPixmap | None:
    """A pixmap of an encoded image (a portrait JPEG of some tens of kilobytes: quick enough for the GUI
    thread), or None when there is nothing to show."""
    if not data:
        return None
    pixmap = QPixmap()
    return pixmap if pixmap.loadFromData(data) and not pixmap.isNull() else None
