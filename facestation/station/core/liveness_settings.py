"""Which liveness check a page runs, what follows a refusal, and what the activity log keeps (issue 18).

Qt-free: the settings dialog, the Verify and Enrol pages and their tests share these rules.

* `verify_challenge(config)` / `enrol_challenge(config)`: the challenge the admin chose in Settings → Liveness,
  or None for no check. Verify's default (`liveness_verify` None) is on in kiosk mode, where the operator may
  not watch every verification, and off otherwise; Enrol's default is off.
* `after_refusal(refusals, kiosk=...)`: one retry with new random prompts; after the second refusal the operator
  decides (the result is shown marked "Live person not confirmed" and needs their Confirm or Reject), or, in
  kiosk mode where nobody may be watching, the station refuses.
* `liveness_activity(...)`: one activity-log entry per check: codes and times only, never an image or a name.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from facestation.station.core.config import StationConfig
from facestation.vision.liveness_challenge import Challenge, LivenessOutcome

__all__ = ["KIOSK_DEFAULT_CHALLENGE", "MAX_RETRIES", "AfterRefusal", "after_refusal", "challenge_of",
           "enrol_challenge", "liveness_activity", "verify_challenge"]

# Kiosk mode's default: a blink alone is beaten by a video of the person blinking on a phone; the head turn
# must be a real head's (non-planar), which a phone or a photo cannot give. Two prompts take about 3-4 s.
KIOSK_DEFAULT_CHALLENGE = Challenge.BLINK_TURN
MAX_RETRIES = 1  # one more check (new random prompts) after a refusal, then the operator decides


def challenge_of(choice: str | None) -> Challenge | None:
    """The challenge of a settings value ("off" or None: no check)."""
    if choice is None or choice == "off":
        return None
    return Challenge(choice)


def verify_challenge(config: StationConfig) -> Challenge | None:
    """The check Verify runs after the photo is taken; None when it runs none."""
    if config.liveness_verify is None:
        return KIOSK_DEFAULT_CHALLENGE if config.kiosk else None
    return challenge_of(config.liveness_verify)


def enrol_challenge(config: StationConfig) -> Challenge | None:
    """The check Enrol runs after the photo is taken; None (the default) when it runs none."""
    return challenge_of(config.liveness_enrol)


class AfterRefusal(Enum):
    RETRY = "retry"  # offer "Try again": a new check with new prompts
    OPERATOR = "operator"  # show the result marked "not confirmed"; the operator confirms or rejects
    REFUSE = "refuse"  # kiosk mode: nobody may be watching, so the station refuses


def after_refusal(refusals: int, *, kiosk: bool) -> AfterRefusal:
    """What follows the `refusals`-th refusal (1 for the first) of one photo."""
    if refusals <= MAX_RETRIES:
        return AfterRefusal.RETRY
    return AfterRefusal.REFUSE if kiosk else AfterRefusal.OPERATOR


def liveness_activity(outcome: LivenessOutcome, challenge: Challenge, *, page: str,
                      attempt: int) -> dict[str, Any]:
    """The activity log's details for one check: the challenge, live or not, the reason code, the seconds it
    took, the prompts asked (codes) and which attempt it was. The audit refuses personal keys; none are here."""
    return {
        "page": page,
        "challenge": challenge.value,
        "live": outcome.live,
        "reason": outcome.reason.value,
        "seconds": round(outcome.seconds, 2),
        "prompts": [result.prompt.value for result in outcome.prompts],
        "attempt": attempt,
    }
