"""Moved to facestation.station.ui.camera.qt_camera; this re-export stays until the imports are updated."""
from facestation.station.ui.camera.qt_camera import *  # noqa: F403
