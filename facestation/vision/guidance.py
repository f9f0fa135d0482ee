"""What to tell the person in front of the camera, one message at a time, in a fixed priority order.

Messages speak to the person being photographed, in their own left and right: "move to your right" means the
same thing whether or not the preview is mirrored. They assume the camera's own (unmirrored) image, where the
person's left side appears on the image's right.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Guidance(Enum):
    """Every problem the checks can report, declared in the order it should be fixed (docs/quality-checks.md):
    nothing else matters without a face; position before pose; pose before expression; light last but blur."""

    NO_FACE = "Look at the camera"
    MULTIPLE_FACES = "Only one person in view, please"
    TOO_FAR = "Come closer"
    TOO_CLOSE = "Move back a little"
    MOVE_YOUR_LEFT = "Move a little to your left"
    MOVE_YOUR_RIGHT = "Move a little to your right"
    MOVE_UP = "Move up a little"
    MOVE_DOWN = "Move down a little"
    TURN_YOUR_LEFT = "Turn your head slightly to your left"
    TURN_YOUR_RIGHT = "Turn your head slightly to your right"
    CHIN_DOWN = "Lower your chin slightly"
    CHIN_UP = "Raise your chin slightly"
    HEAD_STRAIGHT = "Keep your head straight, don't tilt it"
    OPEN_EYES = "Open your eyes"
    CLOSE_MOUTH = "Close your mouth, neutral expression"
    TOO_DARK = "Too dark: add light in front of you"
    TOO_BRIGHT = "Too bright: reduce the light on your face"
    BACKLIT = "The light behind you is too strong"
    UNEVEN_LIGHT = "Light your face evenly from the front"
    RED_EYES = "Red eyes: turn off the flash and retake"
    PLAIN_BACKGROUND = "A plain background is needed behind you"
    BLURRY = "Hold still, the image is blurry"

    @property
    def message(self) -> str:
        return self.value

    @property
    def priority(self) -> int:
        """Lower is more urgent; the one message shown is the most urgent one."""
        return _PRIORITY[self]


_PRIORITY = {guidance: rank for rank, guidance in enumerate(Guidance)}

ALL_GOOD_MESSAGE = "Hold still…"


@dataclass(frozen=True)
class Issue:
    """One problem found in one frame, with the check it fails."""

    guidance: Guidance
    check: str

    @property
    def message(self) -> str:
        return self.guidance.message
