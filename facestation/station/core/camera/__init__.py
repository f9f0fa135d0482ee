"""Camera input without Qt: frame sources (OpenCV cameras, photos, folders, videos, pushed frames), the
quality pipeline that analyses the newest frame in a worker thread and auto-captures the portrait, and the
rules that choose the station's camera.

Modules: `frames` (Frame, FrameSource, CameraError, PushFrameSource), `files` (photo, folder, video), `devices`
(cameras through OpenCV), `sources` (the source for a `--camera` argument; imports all of them), `pipeline`,
`field_run` (a source through the pipeline headless: `facestation capture`), `capture_settings`, `choice`.

The Qt station wraps these (QtMultimedia cameras push their frames into a `PushFrameSource`); everything here
runs headless, so tests and benchmarks drive it directly.
"""

from facestation.station.core.camera.choice import CameraOption, CameraRules, OptionKind
from facestation.station.core.camera.field_run import (
    FieldRunResult,
    GuidanceChange,
    open_field_source,
    run_source,
)
from facestation.station.core.camera.pipeline import (
    CaptureResult,
    PipelineResult,
    PipelineStats,
    QualityPipeline,
)
from facestation.station.core.camera.sources import (
    NO_CAMERA_MESSAGE,
    CameraError,
    CameraInfo,
    FolderSource,
    Frame,
    FrameSource,
    ImageFileSource,
    OpenCVCameraSource,
    PushFrameSource,
    SourceFactory,
    VideoFileSource,
    list_opencv_cameras,
    source_from_argument,
)

__all__ = [
    "NO_CAMERA_MESSAGE",
    "CameraError",
    "CameraInfo",
    "CameraOption",
    "CameraRules",
    "CaptureResult",
    "FieldRunResult",
    "FolderSource",
    "Frame",
    "FrameSource",
    "GuidanceChange",
    "ImageFileSource",
    "OptionKind",
    "OpenCVCameraSource",
    "PipelineResult",
    "PipelineStats",
    "PushFrameSource",
    "SourceFactory",
    "QualityPipeline",
    "VideoFileSource",
    "list_opencv_cameras",
    "open_field_source",
    "run_source",
    "source_from_argument",
]
