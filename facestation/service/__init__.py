"""The local FaceCheck-compatible service (FastAPI): `create_app(settings)` builds it, `server.run` serves it."""
