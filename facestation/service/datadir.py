"""Where the service keeps its data, without importing the service stack (the CLI's help text needs it)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DATA_DIR_ENVIRONMENT_VARIABLE = "FACESTATION_DATA_DIR"


def default_data_dir() -> Path:
    """`FACESTATION_DATA_DIR` when set, else the platform's per-user data dir (e.g. ~/.local/share/FaceStation)."""
    configured = os.environ.get(DATA_DIR_ENVIRONMENT_VARIABLE)
    if configured:
        return Path(configured).expanduser()
    return Path(platformdirs.user_data_dir("FaceStation", appauthor=False)) / "service"
