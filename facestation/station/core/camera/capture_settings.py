"""What the station's auto-capture settings mean to the camera pipeline. No Qt.

The settings file keeps three values (Settings → Photo checks): `auto_capture` (on/off), `auto_capture_frames`
(passing frames in a row) and `auto_capture_stillness` ("how far the face may drift while the photo is being
taken, share of the face's width"). `auto_capture_settings(config)` turns them into the `AutoCaptureSettings`
that `AutoCapture` judges a run of frames with, or None when auto-capture is off (the operator takes every photo
by hand).

Stillness is judged over the whole run of passing frames (facestation.vision.capture), in inter-eye distances:
the eye midpoint may drift `max_drift` between the medians of the run's first and last frames, and step at most
`max_median_step` per frame (median). A face box is about two inter-eye distances wide, so a stillness of 0.075
face widths is a drift of 0.15 inter-eye distances, the gate's measured default; the per-frame step limit keeps
the default's ratio to the drift (0.06 / 0.15). The scale and turn limits keep their defaults: they are not
something an administrator can judge from "how far the face may move".
"""

from __future__ import annotations

from facestation.station.core.config import StationConfig
from facestation.vision.capture import AutoCaptureSettings

__all__ = ["DRIFT_PER_STILLNESS", "MEDIAN_STEP_PER_STILLNESS", "auto_capture_settings"]

# Inter-eye distances per face width: a face box is about two inter-eye distances wide.
DRIFT_PER_STILLNESS = 2.0
# The run's median frame-to-frame step may be 0.4 of its allowed drift (0.06 of 0.15 at the default).
MEDIAN_STEP_PER_STILLNESS = 0.8


def auto_capture_settings(config: StationConfig) -> AutoCaptureSettings | None:
    """The auto-capture gate the station's settings ask for; None when auto-capture is off."""
    if not config.auto_capture:
        return None
    stillness = config.auto_capture_stillness
    return AutoCaptureSettings(
        frames_required=config.auto_capture_frames,
        max_drift=DRIFT_PER_STILLNESS * stillness,
        max_median_step=MEDIAN_STEP_PER_STILLNESS * stillness,
    )
