"""Local image analysis (no Qt, no HTTP): face detection, ICAO quality checks, auto-capture, portraits.

Shared by the station (live camera frames) and the local service (`doFaceQA`).
"""
