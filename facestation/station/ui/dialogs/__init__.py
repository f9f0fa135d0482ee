"""The station's dialogs: first run (`first_run.FirstRunDialog`), sign-in (`sign_in.SignInDialog`), settings,
the activity log, pending changes and the people import.

They are opened with `open()` (never `exec()`: no nested event loop under qasync) and report through their
`finished`/`accepted` signals. Their shared bits (role labels, the primary button, …) are in the UI kit; they are
named here too for the modules that still import them from this package.
"""

from __future__ import annotations

from facestation.station.ui.kit.labels import (
    field_label,
    mark_invalid,
    password_field,
    primary_button,
    role_label,
    show_message,
)

__all__ = ["field_label", "mark_invalid", "password_field", "primary_button", "role_label", "show_message"]
