"""Alembic migrations of the FaceCheck store (run by `facestation.store.database.migrate`)."""
