"""The station's Qt-free core: session, settings, secrets, activity log, offline queue, lists,
the built-in service, cameras, and the models the pages show. No PySide6, no qasync (tests/test_architecture.py)."""
