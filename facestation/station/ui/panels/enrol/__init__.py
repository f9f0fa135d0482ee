"""The Enrol page (`panel.EnrolPanel`). The enrolment itself, without Qt, is `facestation.station.core.enrolment`;
its names are re-exported here for the callers that import them from the page."""

from facestation.station.core.enrolment import (
    CheckSkipped,
    DuplicateCheck,
    DuplicatesFound,
    Enrolled,
    EnrolProgress,
    EnrolRequest,
    ListFailure,
    enrol_person,
    find_possible_duplicates,
)
from facestation.station.ui.panels.enrol.panel import EnrolPanel

__all__ = [
    "CheckSkipped",
    "DuplicateCheck",
    "DuplicatesFound",
    "EnrolPanel",
    "EnrolProgress",
    "EnrolRequest",
    "Enrolled",
    "ListFailure",
    "enrol_person",
    "find_possible_duplicates",
]
