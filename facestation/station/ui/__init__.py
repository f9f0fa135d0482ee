"""Everything Qt of the station: the application, the main window, pages, dialogs, widgets and the UI kit."""

# What the operator reads about the station's own errors (camera, keyring, built-in service, ...): registered
# once here, for every screen, so that `ops` needs none of those subsystems.
from facestation.station.ui import error_texts as _error_texts  # noqa: F401
