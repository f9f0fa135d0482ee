"""Reusable station widgets. The camera set: `CameraView` (preview with the framing overlay), `GuidanceBanner`
(one big message), `QaChecklist` (the eight checks) and `CapturePanel` (all of them with the capture buttons,
for the enrol and verify panels)."""

from facestation.station.ui.widgets.camera_view import CameraView, Colors, ShutterSound
from facestation.station.ui.widgets.capture_panel import CapturedPhotoCard, CapturePanel
from facestation.station.ui.widgets.guidance_banner import (
    BannerState,
    GuidanceBanner,
    guidance_text,
)
from facestation.station.ui.widgets.qa_checklist import QaChecklist, check_label

__all__ = [
    "BannerState",
    "CameraView",
    "CapturePanel",
    "CapturedPhotoCard",
    "Colors",
    "GuidanceBanner",
    "QaChecklist",
    "ShutterSound",
    "check_label",
    "guidance_text",
]
