"""Giving freed memory back to the operating system after a large gallery build.

Building a list's gallery reads every member's descriptor from the database as a Python object before the index
takes them (about 0.7 GB of short-lived objects at a million members). CPython frees them, but glibc's allocator
keeps most of that memory in its heaps, so every service process would stay that much larger for good (measured
by benchmarks/process_memory.py). `malloc_trim` hands it back. Elsewhere (macOS, Windows, musl) this does
nothing: their allocators behave differently, and the call does not exist.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable


def _find_malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        # The symbols already loaded into this process, libc's among them: no library search, no subprocess.
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return None  # not glibc
    return trim


_malloc_trim = _find_malloc_trim()


def releases_memory() -> bool:
    """Whether `release_free_memory` hands memory back here (glibc's `malloc_trim` found), or does nothing."""
    return _malloc_trim is not None


def release_free_memory() -> None:
    """Return the allocator's free memory to the operating system (a few ms; call after large builds only)."""
    if _malloc_trim is not None:
        _malloc_trim(0)
