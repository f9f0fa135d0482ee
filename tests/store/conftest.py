"""A fresh SQLite store in a temporary folder for each test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from facestation.store import Store, open_data_dir_store


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_data_dir_store(tmp_path / "data")
    yield opened
    opened.close()


def descriptor(seed: int) -> bytes:
    return np.random.default_rng(seed).normal(size=128).astype(np.float32).tobytes()


def record_values(name: str = "Ada", *, seed: int = 1, external: str | None = None) -> dict[str, object]:
    return {
        "name": name,
        "surname1": "Lovelace",
        "surname2": None,
        "external_identifier": external,
        "face_image": b"jpeg bytes of " + name.encode(),
        "descriptor": descriptor(seed),
        "enabled": True,
    }
