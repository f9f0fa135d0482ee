"""Moved to facestation.station.ui.camera.pipeline_bridge; this re-export stays until the imports are updated."""
from facestation.station.ui.camera.pipeline_bridge import *  # noqa: F403
