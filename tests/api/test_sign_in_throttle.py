"""A service that throttles an address after failed sign-ins (issue 15 row 4) answers 429 LoginThrottled: the
client reports it as SignInThrottledError, with the wait, and leaves the hourly call budget untouched (a
RateLimitError would mark the hour as used up and stop every call of the station for an hour)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from facestation.api import CallBudget, FaceCheckClient, errors
from tests.api.conftest import FAST_RETRY, run
from tests.service.conftest import LiveService, start_service

MAX_FAILURES = 2


@pytest.fixture(scope="module")
def strict(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveService]:
    """A service of its own: its throttle of loopback must not reach the other tests' services."""
    service = start_service(tmp_path_factory.mktemp("strict-sign-in"), engine_workers=1,
                            login_address_max_failures=MAX_FAILURES)
    yield service
    service.stop()


def test_a_throttled_sign_in_is_its_own_error_and_spends_no_budget(strict: LiveService, tmp_path: Path) -> None:
    tenant = strict.new_tenant(sign_in=False)
    budget = CallBudget(state_dir=tmp_path / "call-budget")

    async def scenario() -> errors.SignInThrottledError:
        async with FaceCheckClient(strict.base_url, tenant.client_id, tenant.client_secret, budget=budget,
                                   retry=FAST_RETRY) as client:
            for _ in range(MAX_FAILURES):
                with pytest.raises(errors.AuthenticationError):
                    await client.login(tenant.username, "not-the-password")
            with pytest.raises(errors.SignInThrottledError) as throttled:
                await client.login(tenant.username, tenant.password)  # even the right one, for a while
            return throttled.value

    error = run(scenario())
    assert not isinstance(error, errors.RateLimitError)
    assert error.status == 429 and error.retry_after is not None and error.retry_after > 0
    assert budget.status.remaining > 0  # the hour is not marked as used up
    tenant.http.close()
