"""Camera input without Qt: frame sources (OpenCV cameras, photos, folders, videos, pushed frames) and the
quality pipeline that analyses the newest frame in a worker thread and auto-captures the portrait.

The Qt station wraps these (QtMultimedia cameras push their frames into a `PushFrameSource`); everything here
runs headless, so tests and benchmarks drive it directly.
"""

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
    VideoFileSource,
    list_opencv_cameras,
    source_from_argument,
)

__all__ = [
    "NO_CAMERA_MESSAGE",
    "CameraError",
    "CameraInfo",
    "CaptureResult",
    "FieldRunResult",
    "FolderSource",
    "Frame",
    "FrameSource",
    "GuidanceChange",
    "ImageFileSource",
    "OpenCVCameraSource",
    "PipelineResult",
    "PipelineStats",
    "PushFrameSource",
    "QualityPipeline",
    "VideoFileSource",
    "list_opencv_cameras",
    "open_field_source",
    "run_source",
    "source_from_argument",
]
