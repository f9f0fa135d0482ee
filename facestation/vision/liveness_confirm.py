"""The last step of a liveness check (issue 18), once every prompt was answered: what needs the pictures.

* **passive cue** (`presentation_cue`, e.g. `facestation.vision.presentation_cues.presentation_cue`): a look at
  the start frame for the outline of a print or a phone around the face (`Reason.SCREEN`);
* **the same person**: the descriptor of the face at the start and at the end must be within
  `same_person_distance` (0.6 is dlib's same-person boundary; one sitting reads far below it: same face, same
  light), so a real accomplice cannot answer the prompts for a photo shown first.

`facestation.station.core.camera.liveness_run.LivenessRun` calls it for the station and `facestation liveness`;
the benchmark calls it on its rendered scenes, so all three decide alike.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from facestation.vision.face_descriptor import descriptor_distance, descriptor_of
from facestation.vision.faces import BGRImage, Face
from facestation.vision.liveness_challenge import LivenessOutcome, Reason

__all__ = ["SAME_PERSON_DISTANCE", "PresentationCue", "confirm_live"]

SAME_PERSON_DISTANCE = 0.6

# A look at one frame for what gives a photo or a screen away: a Reason (SCREEN) when found, None otherwise.
PresentationCue = Callable[[BGRImage, Face], Reason | None]


def confirm_live(outcome: LivenessOutcome, start: tuple[BGRImage, Face] | None,
                 last: tuple[BGRImage, Face] | None, *, presentation_cue: PresentationCue | None = None,
                 same_person_distance: float = SAME_PERSON_DISTANCE) -> LivenessOutcome:
    """`outcome` as the check gave it, or refused by what the pictures show (one descriptor each, ~60 ms, and
    the cue, ~15 ms: run it off the GUI thread). An outcome that is not live is returned unchanged."""
    if not outcome.live:
        return outcome
    if start is None or last is None:
        return replace(outcome, live=False, reason=Reason.FACE_LOST)
    if presentation_cue is not None:
        cue = presentation_cue(*start)
        if cue is not None:
            return replace(outcome, live=False, reason=cue)
    distance = descriptor_distance(descriptor_of(*start), descriptor_of(*last))
    if distance > same_person_distance:
        return replace(outcome, live=False, reason=Reason.OTHER_PERSON, same_person_distance=distance)
    return replace(outcome, same_person_distance=distance)
