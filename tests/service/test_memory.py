"""Freed memory goes back to the system after a large gallery build (glibc keeps it otherwise)."""

from __future__ import annotations

import gc
import sys

import pytest

from facestation.service import memory
from tests.support.processes import resident_mb


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="malloc_trim is glibc's (Linux)")
def test_memory_freed_by_python_is_handed_back() -> None:
    assert memory.releases_memory()
    # Like a gallery build's rows: many descriptor-sized bytes objects, freed at once.
    rows = [bytes([i % 251]) * 545 for i in range(300_000)]  # ~170 MB
    del rows
    gc.collect()
    kept = resident_mb()
    memory.release_free_memory()
    assert resident_mb() < kept - 50
