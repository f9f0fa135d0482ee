"""Puts the repository on sys.path, so a benchmark run as `python benchmarks/NAME.py` can import the test helpers
in `tests/support` (they are not part of the installed package)."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
import _repo_root  # noqa: F401, I001  (puts the repository on sys.path for tests.support)
