"""The station's dialogs: first run (`first_run.FirstRunDialog`), sign-in (`sign_in.SignInDialog`), settings
(`settings/`), the activity log, pending changes and the people import.

They are opened with `open()` (never `exec()`: no nested event loop under qasync) and report through their
`finished`/`accepted` signals. Their shared bits (role labels, the primary button, …) are in the UI kit
(`facestation.station.ui.kit`).
"""
