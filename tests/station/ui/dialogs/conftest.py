"""Fixtures of the dialog tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

ADMIN_PIN = "2468"


@pytest.fixture
def session(make_session: Callable[..., Any]) -> Any:
    """A station set up for the built-in service, with the admin PIN ADMIN_PIN, its settings saved on disk."""
    session = make_session()
    session.config.server_kind = "local"
    session.config.client_id = "station"
    session.config.set_admin_pin(ADMIN_PIN)
    session.config.save(session.config_path)
    return session
