"""`LatestRequest`: only the newest request of a kind answers, whatever order the answers arrive in."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QApplication

from facestation.station.ui.ops import LatestRequest
from tests.station.support import wait_until


def settle_events() -> None:
    """Deliver whatever callbacks are queued on the GUI thread."""
    for _ in range(20):
        QApplication.processEvents()


async def answer_when(gate: asyncio.Event, value: str) -> str:
    await gate.wait()
    return value


def test_an_older_answer_that_arrives_last_is_dropped(ops: Any, qloop: asyncio.AbstractEventLoop) -> None:
    search = LatestRequest(ops)
    shown: list[str] = []
    first_gate, second_gate = asyncio.Event(), asyncio.Event()
    first = search.run(answer_when(first_gate, "old"), on_success=shown.append)
    second = search.run(answer_when(second_gate, "new"), on_success=shown.append)
    assert first.cancelled and search.busy
    second_gate.set()
    first_gate.set()
    wait_until(lambda: second.done)
    assert shown == ["new"] and not search.busy


def test_a_failure_of_a_superseded_request_is_not_reported(ops: Any, qloop: asyncio.AbstractEventLoop) -> None:
    members = LatestRequest(ops)
    problems: list[Any] = []
    results: list[str] = []
    release = threading.Event()

    def fails_once_released() -> str:  # a worker thread cannot be stopped: its answer still arrives
        release.wait(10)
        raise ValueError("late")

    old = members.run_blocking(fails_once_released, on_success=results.append, on_error=problems.append)
    new = members.run_blocking(lambda: "newest", on_success=results.append, on_error=problems.append)
    wait_until(lambda: new.done)
    release.set()
    assert old.future is not None
    wait_until(old.future.done)
    settle_events()
    assert problems == [] and results == ["newest"] and not members.busy


def test_blocking_work_answers_too(ops: Any, qloop: asyncio.AbstractEventLoop) -> None:
    page = LatestRequest(ops)
    got: list[str] = []
    make: Callable[[str], str] = str.upper
    page.run_blocking(make, "a", on_success=got.append)
    wait_until(lambda: got == ["A"])
