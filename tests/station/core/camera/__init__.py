"""Tests of the station's camera sources and quality pipeline (no Qt)."""
