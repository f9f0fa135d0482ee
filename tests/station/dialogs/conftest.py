"""Fixtures for the station's dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from facestation.station.ops import Operations


@pytest.fixture
def ops(qloop: Any) -> Iterator[Operations]:
    operations = Operations()
    yield operations
    operations.shutdown()
    operations.deleteLater()
