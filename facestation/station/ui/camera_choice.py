"""Moved to facestation.station.ui.camera.choice; this name stays until the imports are updated.

An alias of the module rather than a re-export: tests replace its enumeration functions (`list_qt_cameras`,
`_linux_has_no_video_devices`) through this name, and must reach the module that looks them up.
"""
import sys

from facestation.station.ui.camera import choice

sys.modules[__name__] = choice
