"""File modes in tests: a file's permission bits, and the usual umask to check them under (so a test sees what a
plain mkdir/open gives on most machines, 0755/0644, whatever umask the test runner has)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def mode_of(path: Path) -> int:
    """The permission bits of `path` (e.g. 0o600)."""
    return stat.S_IMODE(path.stat().st_mode)


@contextmanager
def usual_umask() -> Iterator[None]:
    """The common umask 022 while the block runs (the umask is per process: tests only, one at a time)."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)
