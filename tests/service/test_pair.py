"""The pair really is two processes sharing the work: consecutive requests of one client reach both."""

from __future__ import annotations

import time

import pytest

from tests.service.conftest import RunningService, ServicePair


def health_calls(log_text: str) -> int:
    return sum(1 for line in log_text.splitlines() if "facestation.service.access: GET /api/health 200" in line)


def test_consecutive_requests_alternate_between_the_two_processes(service: RunningService) -> None:
    if not isinstance(service, ServicePair):
        pytest.skip("only the postgres-pair service has two processes")
    before = [health_calls(process.log.read_text()) for process in service.processes]
    with service.client() as http:
        for _ in range(6):
            assert http.get("/health").status_code == 200
    # Each process logs a request just after answering it: give the last lines a moment to arrive.
    deadline = time.monotonic() + 10
    while True:
        after = [health_calls(process.log.read_text()) for process in service.processes]
        served = [later - earlier for earlier, later in zip(before, after, strict=True)]
        if served == [3, 3] or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert served == [3, 3]
