"""The station: the front-desk application around the FaceCheck API client.

`core` is plain Python (no Qt; tests drive it without widgets): the session, settings, secrets, activity log,
offline queue, lists, the built-in service, cameras and the models the pages show. `ui` is everything Qt: the
application, main window, pages, dialogs, widgets and the UI kit, which only wrap the core.
"""
