"""The session machinery of FaceCheckClient: sign-in, tokens, the call budget, retries, errors, timeouts and
cancellation.

Against the real local service wherever it can show the behaviour (tokens, revocation, its rate limit, budget
figures); respx only for what it cannot do (connection refused or reset, 500s, a create that times out, the
hosted service's missing extensions); a small socket server for slow answers, since no mock transport enforces
timeouts.
"""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from facestation.api import (
    BudgetStatus,
    CallBudget,
    FaceCheckClient,
    ResultCode,
    RetryPolicy,
    errors,
)
from facestation.api.budget import account_file_name
from facestation.vision.faces import BGRImage
from tests.api.conftest import (
    FAST_RETRY,
    MOCK_BASE,
    RecordingTransport,
    SlowServer,
    form_of,
    mocked_client,
    run,
    signed_in,
    token_body,
)
from tests.service.conftest import LiveService, Tenant, start_service
from tests.support.clock import ManualClock

RECORD_ID = "4a6c3e1e-0d0b-4c55-9a43-3f1f2c1d0e01"
RECORD_JSON = {"identifier": RECORD_ID, "name": "Grace", "surname1": "Hopper", "faceImageBase64": "",
               "createdUtc": "2019-03-21T10:15:00Z"}


class Sleeps:
    """A `sleep=` for the client that records the backoff delays instead of waiting."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


# -- services with other settings ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def short_lived(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveService]:
    """Access tokens live 2 s: the client refreshes them 0.5 s before they expire (a quarter of the lifetime).
    Its clock is a `ManualClock` the tests share with the client, so time passes when a test moves it."""
    service = start_service(tmp_path_factory.mktemp("short-lived"), clock=ManualClock(), engine_workers=1,
                            access_token_ttl=2)
    yield service
    service.stop()


@pytest.fixture(scope="module")
def limited(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveService]:
    service = start_service(tmp_path_factory.mktemp("limited"), engine_workers=1, rate_limit_per_hour=5)
    yield service
    service.stop()


def fresh_tenant(service: LiveService) -> Tenant:
    tenant = service.new_tenant(sign_in=False)
    tenant.http.close()
    return tenant


# -- sign-in ------------------------------------------------------------------------------------------------


def test_login_and_logout(live: LiveService, tenant: Tenant, budget: CallBudget) -> None:
    transport = RecordingTransport()

    async def scenario() -> list[Any]:
        async with FaceCheckClient(live.base_url + "/", tenant.client_id, tenant.client_secret, budget=budget,
                                   transport=transport) as client:
            states: list[Any] = [(client.signed_in, client.username)]
            await client.login(tenant.username, tenant.password)
            states.append((client.signed_in, client.username))
            await client.lists.all()
            states.append(client.budget.status.used)
            await client.logout()
            states.append((client.signed_in, client.username, client.budget.status.used))  # anonymous count
            with pytest.raises(errors.AuthenticationError):
                await client.lists.all()
            await client.login(tenant.username, tenant.password)  # signing in again is explicit
            states.append(client.budget.status.used)  # the user's count is back
            states.append(len(await client.lists.all()))
            return states

    assert run(scenario()) == [(False, None), (True, tenant.username), 1, (False, None, 0), 1, 0]
    assert transport.paths == ["POST connect/token", "GET health", "GET v1/face/list", "POST connect/token",
                               "GET v1/face/list"]
    assert transport.grants == ["password", "password"]
    form = form_of(transport.exchanges[0][0])
    assert form == {"grant_type": "password", "client_id": tenant.client_id, "client_secret": tenant.client_secret,
                    "username": tenant.username, "password": tenant.password}
    assert transport.exchanges[0][0].headers["Content-Type"] == "application/x-www-form-urlencoded"


def test_calls_need_a_sign_in_and_send_nothing_without_one(live: LiveService, budget: CallBudget,
                                                           grace_hopper: BGRImage) -> None:
    transport = RecordingTransport()

    async def scenario() -> None:
        async with FaceCheckClient(live.base_url, "nobody", "nothing", budget=budget, transport=transport) as client:
            for call in (client.records.get(RECORD_ID),
                         client.recognition.identify_record(face_image=grace_hopper, record_id=RECORD_ID),
                         client.lists.create(name="x")):
                with pytest.raises(errors.AuthenticationError, match="sign in"):
                    await call

    run(scenario())
    assert transport.exchanges == []
    assert budget.status.used == 0


@pytest.mark.parametrize(
    ("change", "message"),
    [("client_id", "Invalid ClientId"), ("client_secret", "Invalid ClientId"), ("username", "Invalid credentials"),
     ("password", "Invalid credentials")],
)
def test_wrong_credentials(live: LiveService, tenant: Tenant, budget: CallBudget, change: str, message: str) -> None:
    credentials = {"client_id": tenant.client_id, "client_secret": tenant.client_secret,
                   "username": tenant.username, "password": tenant.password}
    credentials[change] += "-wrong"

    async def scenario() -> errors.AuthenticationError:
        async with FaceCheckClient(live.base_url, credentials["client_id"], credentials["client_secret"],
                                   budget=budget, retry=FAST_RETRY) as client:
            with pytest.raises(errors.AuthenticationError) as caught:
                await client.login(credentials["username"], credentials["password"])
            assert not client.signed_in and client.username is None
            return caught.value

    refused = run(scenario())
    assert str(refused) == message and refused.status == 400
    assert credentials["client_secret"] not in str(refused) and credentials["password"] not in str(refused)


# -- tokens -------------------------------------------------------------------------------------------------


def shared_clock(service: LiveService) -> ManualClock:
    """The service's ManualClock, for the client too: one time that moves only when the test says so."""
    assert isinstance(service.clock, ManualClock)
    return service.clock


def test_the_client_refreshes_the_access_token_before_it_expires(short_lived: LiveService, tmp_path: Path) -> None:
    tenant, transport, clock = fresh_tenant(short_lived), RecordingTransport(), shared_clock(short_lived)

    async def scenario() -> None:
        async with signed_in(short_lived, tenant, CallBudget(state_dir=tmp_path), transport=transport,
                             clock=clock) as client:
            await client.lists.all()
            clock.advance(1.6)  # inside the last quarter of the 2 s lifetime
            await client.lists.all()
            clock.advance(1.0)  # past the first token's expiry: the refreshed one is in use
            await client.lists.create(name="Still signed in")
            assert client.signed_in

    run(scenario())
    # Exactly one refresh: time moves only when the test moves it.
    assert transport.grants == ["password", "refresh_token"]
    assert 401 not in transport.statuses  # refreshed ahead of time, not after a refusal
    refresh = form_of(next(request for request, _ in transport.exchanges
                           if form_of(request).get("grant_type") == "refresh_token"))
    assert set(refresh) == {"grant_type", "client_id", "client_secret", "refresh_token"}


def test_a_revoked_session_ends_with_authentication_error_not_a_silent_sign_in(
    live: LiveService, tenant: Tenant, budget: CallBudget
) -> None:
    transport = RecordingTransport()

    async def scenario() -> None:
        async with signed_in(live, tenant, budget, transport=transport) as client:
            await client.lists.all()
            live.store.accounts.revoke_tokens(tenant.client_id, tenant.username, time.time())
            with pytest.raises(errors.AuthenticationError, match="sign in again"):
                await client.lists.all()
            assert not client.signed_in
            assert client.username == tenant.username  # who to ask for the password again
            with pytest.raises(errors.AuthenticationError):
                await client.lists.all()
            await client.login(tenant.username, tenant.password)
            assert await client.lists.all() == []

    run(scenario())
    # The refused call, one refresh that the service refuses too, then nothing until the explicit sign-in.
    assert transport.paths[3:] == ["GET v1/face/list", "POST connect/token", "POST connect/token", "GET v1/face/list"]
    assert transport.statuses[3:5] == [401, 400]
    assert transport.grants == ["password", "refresh_token", "password"]


def test_a_refused_refresh_token_ends_the_session_before_the_call_is_sent(short_lived: LiveService,
                                                                           tmp_path: Path) -> None:
    tenant, transport, clock = fresh_tenant(short_lived), RecordingTransport(), shared_clock(short_lived)
    budget = CallBudget(state_dir=tmp_path)

    async def scenario() -> None:
        async with signed_in(short_lived, tenant, budget, transport=transport, clock=clock) as client:
            short_lived.store.accounts.revoke_tokens(tenant.client_id, tenant.username, clock())
            clock.advance(1.6)  # time for the client's own refresh
            with pytest.raises(errors.AuthenticationError):
                await client.records.search()
            assert not client.signed_in

    run(scenario())
    assert transport.grants == ["password", "refresh_token"]
    assert [path for path in transport.paths if "v1/" in path] == []  # the call itself never left
    assert budget.status.used == 0


# -- the service's rate limit and the client's budget -------------------------------------------------------


def test_the_services_rate_limit_and_the_budget_adopting_its_figures(limited: LiveService, tmp_path: Path) -> None:
    tenant = fresh_tenant(limited)
    first_transport, second_transport = RecordingTransport(), RecordingTransport()
    first_budget = CallBudget(state_dir=tmp_path / "first")
    second_budget = CallBudget(state_dir=tmp_path / "second")  # another station of the same user
    announced: list[BudgetStatus] = []
    first_budget.add_listener(announced.append)

    async def scenario() -> tuple[errors.RateLimitError, errors.RateLimitError]:
        async with signed_in(limited, tenant, first_budget, transport=first_transport) as first:
            await first.lists.all()
            assert first.budget.status == BudgetStatus(limit=5, used=1, remaining=4, retry_after=0.0)
            async with signed_in(limited, tenant, second_budget, transport=second_transport) as second:
                await second.lists.all()
                await second.lists.all()
                # The server said 3 of 5 are used: the second budget adopts the limit, the count agrees.
                assert second.budget.status.used == 3 and second.budget.status.limit == 5
                await first.lists.all()
                assert first.budget.status.used == 4  # the other station's calls counted too
                await first.lists.all()
                assert first.budget.status.remaining == 0
                with pytest.raises(errors.RateLimitError) as by_budget:
                    await first.lists.all()  # refused before it is sent
                with pytest.raises(errors.RateLimitError) as by_service:
                    await second.lists.all()  # the second budget thinks 2 are left: the service refuses
                assert second.budget.status.remaining == 0
                return by_budget.value, by_service.value

    by_budget, by_service = run(scenario())
    assert by_budget.status is None and by_budget.retry_after is not None and 3500 < by_budget.retry_after <= 3600
    assert by_service.status == 400 and str(by_service) == "Maximum number of calls per hour reached"
    assert by_service.retry_after is not None and 3500 < by_service.retry_after <= 3600
    assert first_transport.paths.count("GET v1/face/list") == 3
    assert second_transport.statuses[-1] == 400
    assert announced and announced[-1].remaining == 0  # the GUI heard about every change


def test_the_budget_refuses_before_the_server_and_survives_a_restart(live: LiveService, tenant: Tenant,
                                                                       tmp_path: Path) -> None:
    state_dir = tmp_path / "budget"
    transport = RecordingTransport()

    async def first_run() -> None:
        async with signed_in(live, tenant, CallBudget(limit_per_hour=3, state_dir=state_dir)) as client:
            for _ in range(3):
                await client.lists.all()

    async def after_restart() -> errors.RateLimitError:
        budget = CallBudget(limit_per_hour=3, state_dir=state_dir)
        async with signed_in(live, tenant, budget, transport=transport) as client:
            assert client.budget.status.used == 3  # loaded from disk at sign-in
            with pytest.raises(errors.RateLimitError) as caught:
                await client.lists.create(name="one too many")
            return caught.value

    run(first_run())
    account = f"{live.base_url}|{tenant.client_id}|{tenant.username}"
    assert (state_dir / account_file_name(account)).is_file()
    refused = run(after_restart())
    assert refused.status is None and refused.retry_after is not None and refused.retry_after > 3500
    assert transport.paths == ["POST connect/token"]  # nothing reached the API
    # The server's own count did not move: 3 calls before, and this one.
    tenant.sign_in()
    response = tenant.http.get("/v1/face/list")
    assert response.headers["X-RateLimit-Remaining"] == str(3600 - 4)


def test_a_hosted_service_sends_no_figures_so_the_budget_counts_alone(router: respx.Router,
                                                                       tmp_path: Path) -> None:
    lists = router.get("v1/face/list").mock(return_value=httpx.Response(200, json=[]))
    limited_budget = CallBudget(limit_per_hour=3, state_dir=tmp_path)

    async def scenario() -> errors.RateLimitError:
        async with mocked_client(router, limited_budget) as client:
            await client.login("u", "p")
            for _ in range(3):
                await client.lists.all()
            with pytest.raises(errors.RateLimitError) as caught:
                await client.lists.all()
            return caught.value

    refused = run(scenario())
    assert lists.call_count == 3 and refused.status is None
    status = limited_budget.status
    assert (status.limit, status.used, status.remaining) == (3, 3, 0) and status.retry_after > 3500


def test_a_hosted_services_refusal_fills_the_budget(router: respx.Router, budget: CallBudget) -> None:
    lists = router.get("v1/face/list").mock(side_effect=[
        httpx.Response(200, json=[]),
        httpx.Response(400, json={"error": "Maximum number of calls per hour reached"}),
    ])

    async def scenario() -> tuple[errors.RateLimitError, errors.RateLimitError]:
        async with mocked_client(router, budget) as client:
            await client.login("u", "p")
            await client.lists.all()
            with pytest.raises(errors.RateLimitError) as by_service:
                await client.lists.all()
            with pytest.raises(errors.RateLimitError) as by_budget:
                await client.lists.all()
            return by_service.value, by_budget.value

    by_service, by_budget = run(scenario())
    assert (by_service.status, by_service.retry_after) == (400, None)  # no Retry-After from the hosted service
    assert by_budget.status is None and lists.call_count == 2
    assert budget.status.remaining == 0


# -- retries (respx: what the local service cannot do) ------------------------------------------------------


def test_connection_refused_is_retried_then_unreachable_and_not_counted(router: respx.Router,
                                                                        budget: CallBudget) -> None:
    route = router.get(f"v1/face/{RECORD_ID}").mock(side_effect=httpx.ConnectError("refused"))
    sleeps = Sleeps()

    async def scenario() -> errors.ServiceUnreachableError:
        async with mocked_client(router, budget, sleep=sleeps) as client:
            await client.login("u", "p")
            with pytest.raises(errors.ServiceUnreachableError) as caught:
                await client.records.get(RECORD_ID)
            return caught.value

    unreachable = run(scenario())
    assert route.call_count == 3 and len(sleeps.delays) == 2
    assert all(0.0005 <= delay <= 0.002 for delay in sleeps.delays)
    assert unreachable.may_have_landed is False and unreachable.status is None
    assert MOCK_BASE in str(unreachable)
    assert budget.status.used == 0  # never sent, never counted


def test_a_connection_reset_is_retried_and_counted(router: respx.Router, budget: CallBudget) -> None:
    route = router.get(f"v1/face/{RECORD_ID}").mock(side_effect=httpx.ReadError("reset by peer"))

    async def scenario() -> errors.ServiceUnreachableError:
        async with mocked_client(router, budget) as client:
            await client.login("u", "p")
            with pytest.raises(errors.ServiceUnreachableError) as caught:
                await client.records.get(RECORD_ID)
            return caught.value

    assert run(scenario()).may_have_landed is True
    assert route.call_count == 3
    assert budget.status.used == 3  # each attempt may have reached the server


@pytest.mark.parametrize("failure", [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow connect"),
                                     httpx.RemoteProtocolError("disconnected"),
                                     httpx.Response(502, text="<html>Bad Gateway</html>"),
                                     httpx.Response(500, json={"error": "Internal Error", "traceId": "t"})])
def test_a_get_succeeds_after_one_failure(router: respx.Router, budget: CallBudget, failure: Any) -> None:
    route = router.get(f"v1/face/{RECORD_ID}").mock(side_effect=[failure, httpx.Response(200, json=RECORD_JSON)])

    async def scenario() -> str:
        async with mocked_client(router, budget) as client:
            await client.login("u", "p")
            return (await client.records.get(RECORD_ID)).name

    assert run(scenario()) == "Grace"
    assert route.call_count == 2


def test_a_server_error_is_retried_for_a_get_and_carries_the_trace_id(router: respx.Router,
                                                                      budget: CallBudget) -> None:
    route = router.get(f"v1/face/{RECORD_ID}").mock(
        return_value=httpx.Response(500, json={"error": "Internal Error", "traceId": "abc123"}))

    async def scenario() -> errors.ServerError:
        async with mocked_client(router, budget) as client:
            await client.login("u", "p")
            with pytest.raises(errors.ServerError) as caught:
                await client.records.get(RECORD_ID)
            return caught.value

    failure = run(scenario())
    assert route.call_count == 3
    assert (failure.trace_id, failure.status, str(failure)) == ("abc123", 500, "Internal Error")
    assert failure.may_have_landed is True


def test_a_server_error_on_a_create_without_external_identifier_is_not_retried(
    router: respx.Router, budget: CallBudget
) -> None:
    route = router.post("v1/face/list").mock(
        return_value=httpx.Response(500, json={"error": "Internal Error", "traceId": "t-1"}))

    async def scenario() -> errors.ServerError:
        async with mocked_client(router, budget) as client:
            await client.login("u", "p")
            with pytest.raises(errors.ServerError) as caught:
                await client.lists.create(name="Staff")
            return caught.value

    assert run(scenario()).may_have_landed is True
    assert route.call_count == 1


@pytest.mark.parametrize("failure", [httpx.ReadTimeout("slow"),
                                     httpx.Response(500, json={"error": "Internal Error", "traceId": "t"})])
def test_a_create_that_landed_is_found_by_external_identifier_not_sent_twice(
    router: respx.Router, budget: CallBudget, grace_hopper: BGRImage, failure: Any
) -> None:
    post = router.post("v1/face").mock(side_effect=failure)
    check = router.get("v1/face/externalIdentifier/EMP%2F7").mock(
        return_value=httpx.Response(200, json={**RECORD_JSON, "externalIdentifier": "EMP/7"}))

    async def scenario() -> str:
        async with mocked_client(router, budget) as client:
            await client.login("u", "p")
            return await client.records.create(face_image=grace_hopper, name="Grace", surname1="Hopper",
                                               external_identifier="EMP/7")

    assert run(scenario()) == RECORD_ID
    assert post.call_count == 1 and check.call_count == 1


def test_a_create_that_did_not_land_is_sent_again(router: respx.Router, budget: CallBudget,
                                                  grace_hopper: BGRImage) -> None:
    post = router.post("v1/face").mock(side_effect=[httpx.ReadTimeout("slow"),
                                                    httpx.Response(200, json={"identifier": RECORD_ID, "errors": []})])
    check = router.get("v1/face/externalIdentifier/EMP-7").mock(
        return_value=httpx.Response(404, json={"error": "Not found", "code": "FaceRecordNotFound"}))
    sleeps = Sleeps()

    async def scenario() -> str:
        async with mocked_client(router, budget, sleep=sleeps) as client:
            await client.login("u", "p")
            return await client.records.create(face_image=grace_hopper, name="Grace", surname1="Hopper",
                                               external_identifier="EMP-7")

    assert run(scenario()) == RECORD_ID
    assert post.call_count == 2 and check.call_count == 1
    assert len(sleeps.delays) == 1  # a pause before sending it again
    assert json.loads(post.calls[0].request.content) == json.loads(post.calls[1].request.content)


def test_a_create_that_never_gets_through_gives_up_after_the_attempts(router: respx.Router, budget: CallBudget,
                                                                      grace_hopper: BGRImage) -> None:
    post = router.post("v1/face").mock(side_effect=httpx.ReadTimeout("slow"))
    check = router.get("v1/face/externalIdentifier/EMP-7").mock(return_value=httpx.Response(404))

    async def scenario() -> errors.RequestTimeoutError:
        async with mocked_client(router, budget) as client:
            await client.login("u", "p")
            with pytest.raises(errors.RequestTimeoutError) as caught:
                await client.records.create(face_image=grace_hopper, name="G", surname1="H",
                                            external_identifier="EMP-7")
            return caught.value

    assert run(scenario()).may_have_landed is True
    assert (post.call_count, check.call_count) == (3, 2)


def test_a_create_without_external_identifier_that_times_out_is_not_sent_again(
    router: respx.Router, budget: CallBudget, grace_hopper: BGRImage
) -> None:
    post = router.post("v1/face").mock(side_effect=httpx.ReadTimeout("slow"))

    async def scenario() -> errors.RequestTimeoutError:
        async with mocked_client(router, budget) as client:
            await client.login("u", "p")
            with pytest.raises(errors.RequestTimeoutError) as caught:
                await client.records.create(face_image=grace_hopper, name="Grace", surname1="Hopper")
            return caught.value

    timeout = run(scenario())
    assert timeout.may_have_landed is True  # the caller must check before enrolling the person again
    assert post.call_count == 1


def test_a_create_refused_before_sending_is_sent_again_safely(router: respx.Router, budget: CallBudget,
                                                              grace_hopper: BGRImage) -> None:
    post = router.post("v1/face").mock(side_effect=[httpx.ConnectError("refused"),
                                                    httpx.Response(200, json={"identifier": RECORD_ID, "errors": []})])

    async def scenario() -> str:
        async with mocked_client(router, budget) as client:
            await client.login("u", "p")
            return await client.records.create(face_image=grace_hopper, name="Grace", surname1="Hopper")

    assert run(scenario()) == RECORD_ID
    assert post.call_count == 2 and budget.status.used == 1


@pytest.mark.parametrize(("method", "path"), [
    ("records.delete", f"v1/face/{RECORD_ID}"),
    ("records.delete_by_external_id", "v1/face/externalIdentifier/EMP-7"),
    ("lists.delete", f"v1/face/list/{RECORD_ID}"),
])
def test_a_delete_retried_after_a_reset_that_finds_nothing_has_done_its_work(
    router: respx.Router, budget: CallBudget, method: str, path: str
) -> None:
    route = router.delete(path).mock(side_effect=[httpx.ReadError("reset"), httpx.Response(404)])
    argument = "EMP-7" if "external" in method else RECORD_ID

    async def scenario() -> bool:
        async with mocked_client(router, budget) as client:
            await client.login("u", "p")
            resource, name = method.split(".")
            return await getattr(getattr(client, resource), name)(argument)  # type: ignore[no-any-return]

    assert run(scenario()) is True
    assert route.call_count == 2


def test_an_update_and_an_identification_are_retried(router: respx.Router, budget: CallBudget,
                                                     grace_hopper: BGRImage) -> None:
    put = router.put("v1/face").mock(side_effect=[httpx.ReadError("reset"),
                                                  httpx.Response(200, json={"result": True, "errors": []})])
    identify = router.post("v1/face/identifyRecord").mock(side_effect=[
        httpx.Response(503, text="Service Unavailable"),
        httpx.Response(200, json={"confidence": 97.5, "result": 0, "resultDescription": "ok",
                                  "identifier": RECORD_ID, "name": "Grace"})])

    async def scenario() -> Any:
        async with mocked_client(router, budget) as client:
            await client.login("u", "p")
            await client.records.update(RECORD_ID, name="Grace", surname1="Hopper")
            return await client.recognition.identify_record(face_image=grace_hopper, record_id=RECORD_ID)

    result = run(scenario())
    assert (result.result, result.confidence, result.name) == (ResultCode.OK, 97.5, "Grace")
    assert put.call_count == 2 and identify.call_count == 2


def test_the_login_is_not_retried(router: respx.Router, budget: CallBudget) -> None:
    router.routes["token"].mock(side_effect=httpx.ReadTimeout("slow"))

    async def scenario() -> errors.RequestTimeoutError:
        async with mocked_client(router, budget) as client:
            with pytest.raises(errors.RequestTimeoutError) as caught:
                await client.login("u", "p")
            assert not client.signed_in
            return caught.value

    assert run(scenario()).may_have_landed is True
    assert router.routes["token"].call_count == 1


def test_backoff_grows_with_jitter_and_a_ceiling() -> None:
    policy = RetryPolicy(attempts=5, base_delay=0.5, max_delay=3.0)
    for retry, ceiling in [(0, 0.5), (1, 1.0), (2, 2.0), (3, 3.0), (10, 3.0)]:
        delays = {policy.delay(retry) for _ in range(50)}
        assert all(ceiling / 2 <= delay <= ceiling for delay in delays)
        assert len(delays) > 1  # jittered
    assert RetryPolicy() == RetryPolicy(attempts=3, base_delay=0.5, max_delay=8.0)


# -- tokens with respx: a 401 and concurrent refreshes ------------------------------------------------------


def tokens_in_turn(*accesses: str) -> list[httpx.Response]:
    return [httpx.Response(200, json=token_body(access=access, refresh="refresh-1")) for access in accesses]


def test_a_401_is_answered_by_one_refresh_and_the_call_is_sent_again(router: respx.Router,
                                                                      budget: CallBudget) -> None:
    router.routes["token"].mock(side_effect=tokens_in_turn("access-1", "access-2"))
    route = router.get("v1/face/list").mock(side_effect=[httpx.Response(401), httpx.Response(200, json=[])])

    async def scenario() -> list[Any]:
        async with mocked_client(router, budget) as client:
            await client.login("u", "p")
            return await client.lists.all()

    assert run(scenario()) == []
    token_calls = router.routes["token"].calls
    assert [form_of(call.request)["grant_type"] for call in token_calls] == ["password", "refresh_token"]
    assert form_of(token_calls[1].request)["refresh_token"] == "refresh-1"
    assert [call.request.headers["Authorization"] for call in route.calls] == ["Bearer access-1", "Bearer access-2"]


def test_a_second_401_after_the_refresh_ends_the_session(router: respx.Router, budget: CallBudget) -> None:
    router.routes["token"].mock(side_effect=tokens_in_turn("access-1", "access-2"))
    route = router.get("v1/face/list").mock(return_value=httpx.Response(401))

    async def scenario() -> None:
        async with mocked_client(router, budget) as client:
            await client.login("u", "p")
            with pytest.raises(errors.AuthenticationError):
                await client.lists.all()
            assert not client.signed_in

    run(scenario())
    assert route.call_count == 2 and router.routes["token"].call_count == 2


def test_a_refresh_without_a_new_refresh_token_keeps_the_old_one(router: respx.Router, budget: CallBudget) -> None:
    refreshed = token_body(access="access-2")
    del refreshed["refresh_token"]
    router.routes["token"].mock(side_effect=[httpx.Response(200, json=token_body(expires_in=100)),
                                             httpx.Response(200, json=refreshed),
                                             httpx.Response(200, json=refreshed)])
    router.get("v1/face/list").mock(return_value=httpx.Response(200, json=[]))
    clock = ManualClock()

    async def scenario() -> None:
        async with mocked_client(router, budget, clock=clock) as client:
            await client.login("u", "p")
            clock.now += 80  # within the last quarter of 100 s
            await client.lists.all()
            clock.now += 3600
            await client.lists.all()

    run(scenario())
    calls = router.routes["token"].calls
    assert [form_of(call.request).get("refresh_token") for call in calls] == [None, "refresh-1", "refresh-1"]


def test_concurrent_calls_share_one_refresh(router: respx.Router, budget: CallBudget) -> None:
    router.routes["token"].mock(side_effect=tokens_in_turn("access-1", "access-2", "access-3"))

    async def slowly(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.01)  # so the calls overlap
        return httpx.Response(200, json=[])

    route = router.get("v1/face/list").mock(side_effect=slowly)
    clock = ManualClock()

    async def scenario() -> None:
        async with mocked_client(router, budget, clock=clock) as client:
            await client.login("u", "p")
            clock.now += 3590  # 10 s before expiry: inside the 60 s margin
            await asyncio.gather(*(client.lists.all() for _ in range(4)))

    run(scenario())
    assert router.routes["token"].call_count == 2
    assert {call.request.headers["Authorization"] for call in route.calls} == {"Bearer access-2"}


def test_concurrent_401s_share_one_refresh(router: respx.Router, budget: CallBudget) -> None:
    router.routes["token"].mock(side_effect=tokens_in_turn("access-1", "access-2", "access-3"))

    async def by_token(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.01)
        if request.headers["Authorization"] == "Bearer access-1":
            return httpx.Response(401)
        return httpx.Response(200, json=[])

    route = router.get("v1/face/list").mock(side_effect=by_token)

    async def scenario() -> None:
        async with mocked_client(router, budget) as client:
            await client.login("u", "p")
            await asyncio.gather(*(client.lists.all() for _ in range(3)))

    run(scenario())
    assert router.routes["token"].call_count == 2
    assert route.call_count == 6


# -- the hosted service: no extensions ----------------------------------------------------------------------


@pytest.mark.parametrize("health", [httpx.Response(404), httpx.Response(405, json={"error": "Method not allowed"}),
                                    httpx.Response(404, text="<html>Not Found</html>")])
def test_without_a_health_endpoint_the_extensions_are_unavailable(router: respx.Router, budget: CallBudget,
                                                                  health: httpx.Response) -> None:
    health_route = router.routes["health"].mock(return_value=health)
    lists = router.get("v1/face/list").mock(return_value=httpx.Response(200, json=[]))
    record = router.get(f"v1/face/{RECORD_ID}").mock(return_value=httpx.Response(200, json=RECORD_JSON))

    async def scenario() -> Any:
        async with mocked_client(router, budget) as client:
            await client.login("u", "p")
            capabilities = await client.capabilities()
            for call in (client.lists.all(), client.lists.members(RECORD_ID), client.records.search("x"),
                         client.lists.remove_record(record_id=RECORD_ID, list_id=RECORD_ID),
                         client.lists.report(RECORD_ID), client.lists.calibration_target(),
                         client.lists.set_calibration_target(0.01),
                         client.lists.mark_not_same_person(RECORD_ID, record_a="a", record_b="b")):
                with pytest.raises(errors.FeatureUnavailableError):
                    await call
            assert (await client.records.get(RECORD_ID)).name == "Grace"  # the guide's endpoints still work
            return capabilities

    capabilities = run(scenario())
    assert (capabilities.list_lists, capabilities.list_members, capabilities.remove_from_list,
            capabilities.search_records, capabilities.health, capabilities.version, capabilities.list_report) == (
        False, False, False, False, False, None, False)
    assert health_route.call_count == 1 and lists.call_count == 0 and record.call_count == 1
    assert budget.status.used == 1


def test_a_health_answer_that_is_not_the_local_services_means_no_extensions(router: respx.Router,
                                                                            budget: CallBudget) -> None:
    router.routes["health"].mock(return_value=httpx.Response(200, text="<html>Welcome</html>"))

    async def scenario() -> Any:
        async with mocked_client(router, budget) as client:
            return await client.capabilities()

    assert run(scenario()).search_records is False


def test_a_401_from_the_health_endpoint_does_not_sign_the_user_out(router: respx.Router,
                                                                   budget: CallBudget) -> None:
    router.routes["health"].mock(return_value=httpx.Response(401))
    router.get(f"v1/face/{RECORD_ID}").mock(return_value=httpx.Response(200, json=RECORD_JSON))

    async def scenario() -> Any:
        async with mocked_client(router, budget) as client:
            await client.login("u", "p")
            capabilities = await client.capabilities()
            assert client.signed_in
            assert (await client.records.get(RECORD_ID)).name == "Grace"
            return capabilities

    assert run(scenario()).list_lists is False


# -- timeouts and cancellation ------------------------------------------------------------------------------


def test_timeouts_default_to_5_s_connect_and_30_s_read(router: respx.Router, budget: CallBudget) -> None:
    async def scenario() -> None:
        async with mocked_client(router, budget) as default, \
                mocked_client(router, budget, connect_timeout=1.5, read_timeout=4.0) as configured:
            await default.login("u", "p")
            await configured.login("u", "p")

    run(scenario())
    first, second = (call.request.extensions["timeout"] for call in router.routes["token"].calls)
    assert (first["connect"], first["read"]) == (5.0, 30.0)
    assert (second["connect"], second["read"]) == (1.5, 4.0)


def test_a_slow_answer_times_out(slow_server: SlowServer, budget: CallBudget) -> None:
    async def scenario() -> tuple[errors.RequestTimeoutError, errors.RequestTimeoutError]:
        async with FaceCheckClient(slow_server.base_url, "c", "s", budget=budget, retry=FAST_RETRY,
                                   read_timeout=0.2) as client:
            await client.login("u", "p")
            with pytest.raises(errors.RequestTimeoutError) as on_get:
                await client.records.get(RECORD_ID)
            with pytest.raises(errors.RequestTimeoutError) as on_create:
                await client.lists.create(name="Staff")
            return on_get.value, on_create.value

    started = time.monotonic()
    on_get, on_create = run(scenario())
    assert time.monotonic() - started < slow_server.delay  # gave up before any answer came
    assert on_get.may_have_landed and on_create.may_have_landed
    assert slow_server.requests.count(f"GET /api/v1/face/{RECORD_ID}") == 3  # retried: a GET is safe
    assert slow_server.requests.count("POST /api/v1/face/list") == 1  # a create without a check is not


def test_a_cancelled_identification_leaves_the_client_usable(live: LiveService, tenant: Tenant, budget: CallBudget,
                                                             grace_hopper: BGRImage) -> None:
    async def scenario() -> list[Any]:
        async with signed_in(live, tenant, budget) as client:
            rid = await client.records.create(face_image=grace_hopper, name="Grace", surname1="Hopper")
            with pytest.raises(asyncio.TimeoutError):
                await asyncio.wait_for(
                    client.recognition.identify_record(face_image=grace_hopper, record_id=rid), timeout=0.02)
            task = asyncio.create_task(client.recognition.identify_reference_image(
                face_image=grace_hopper, reference_image=grace_hopper, do_face_qa=True))
            await asyncio.sleep(0.03)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            after = await client.recognition.identify_record(face_image=grace_hopper, record_id=rid)
            return [after.result, (await client.records.get(rid)).name, client.signed_in]

    assert run(scenario()) == [ResultCode.OK, "Grace", True]


def test_a_call_cancelled_while_waiting_to_retry(router: respx.Router, budget: CallBudget) -> None:
    route = router.get(f"v1/face/{RECORD_ID}").mock(
        side_effect=[httpx.ConnectError("refused"), httpx.Response(200, json=RECORD_JSON)])

    async def scenario() -> str:
        async with mocked_client(router, budget, retry=RetryPolicy(attempts=3, base_delay=30, max_delay=30)) as client:
            await client.login("u", "p")
            with pytest.raises(asyncio.TimeoutError):
                await asyncio.wait_for(client.records.get(RECORD_ID), timeout=0.05)  # in the 15-30 s backoff
            return (await client.records.get(RECORD_ID)).name

    assert run(scenario()) == "Grace"
    assert route.call_count == 2


# -- secrets ------------------------------------------------------------------------------------------------


def test_secrets_stay_out_of_repr_and_logs(live: LiveService, tenant: Tenant, budget: CallBudget,
                                           caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    clock = ManualClock()
    clock.now = time.time()
    seen: list[str] = []

    async def scenario() -> None:
        async with signed_in(live, tenant, budget, clock=clock) as client:
            tokens = client.tokens
            assert tokens is not None
            seen.extend([tokens.access_token, tokens.refresh_token])
            await client.lists.all()
            clock.now += 3600  # the client now thinks its token expired: it refreshes
            await client.lists.all()
            refreshed = client.tokens
            assert refreshed is not None and refreshed is not tokens
            seen.append(refreshed.access_token)
            text = " ".join([repr(client), str(client), repr(tokens), repr(refreshed),
                             repr(client.records), repr(client.budget)])
            for secret in [tenant.client_secret, tenant.password, *seen]:
                assert secret not in text

    run(scenario())
    assert any(record.name.startswith("httpx") or record.name.startswith("httpcore") for record in caplog.records)
    logged = caplog.text
    for secret in [tenant.client_secret, tenant.password, *seen]:
        assert secret not in logged


def test_the_log_shows_no_external_identifier() -> None:
    from facestation.api.client import loggable_path

    assert loggable_path("v1/face/externalIdentifier/M-1906") == "v1/face/externalIdentifier/{externalIdentifier}"
    assert loggable_path("v1/face/0b6f1a3e-0000-4000-8000-000000000001") == \
        "v1/face/0b6f1a3e-0000-4000-8000-000000000001"


# -- several addresses of one service -----------------------------------------------------------------------


def test_a_refused_server_fails_over_to_the_next_address_without_waiting(
    live: LiveService, tenant: Tenant, budget: CallBudget, grace_hopper: BGRImage
) -> None:
    """The first address is a real closed port (a service process that died): sign-in and calls go to the
    second at once, and stay there."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{probe.getsockname()[1]}/api"  # closed again when the test runs
    sleeps = Sleeps()

    async def scenario() -> tuple[str, str]:
        async with FaceCheckClient(dead, tenant.client_id, tenant.client_secret, budget=budget, retry=FAST_RETRY,
                                   failover_urls=[live.base_url], sleep=sleeps) as client:
            await client.login(tenant.username, tenant.password)
            record_id = await client.records.create(face_image=grace_hopper, name="Grace", surname1="Hopper")
            return client.server_url, (await client.records.get(record_id)).name

    assert run(scenario()) == (live.base_url, "Grace")
    assert sleeps.delays == []
    assert budget.status.used == 2  # the refused attempts never reached a server: only create and get count


def test_a_server_error_fails_over_and_a_create_that_may_have_landed_is_checked_on_the_other(
    budget: CallBudget
) -> None:
    """A 503 from one process sends the next try to the other; a create answered 500 is looked up there by its
    external identifier (found: not sent again)."""
    other = "https://other.facecheck.invalid/api"
    router = respx.Router(assert_all_called=False)
    for base in (MOCK_BASE, other):
        router.post(f"{base}/connect/token").mock(return_value=httpx.Response(200, json=token_body()))
    first_get = router.get(f"{MOCK_BASE}/v1/face/{RECORD_ID}").mock(
        return_value=httpx.Response(503, json={"error": "Service unavailable"}))
    other_get = router.get(f"{other}/v1/face/{RECORD_ID}").mock(return_value=httpx.Response(200, json=RECORD_JSON))
    first_create = router.post(f"{other}/v1/face").mock(
        return_value=httpx.Response(500, json={"error": "Internal Error", "traceId": "t"}))
    router.get(f"{MOCK_BASE}/v1/face/externalIdentifier/M-1").mock(return_value=httpx.Response(200, json={
        **RECORD_JSON, "externalIdentifier": "M-1"}))

    async def scenario() -> tuple[str, str]:
        async with FaceCheckClient(MOCK_BASE, "c", "s", budget=budget, retry=FAST_RETRY, failover_urls=[other],
                                   transport=httpx.MockTransport(router.async_handler)) as client:
            await client.login("u", "p")
            assert (await client.records.get(RECORD_ID)).name == "Grace"
            assert client.server_url == other
            record_id = await client.records.create(face_image=b"\xff\xd8jpeg", name="Grace", surname1="Hopper",
                                                    external_identifier="M-1")
            return record_id, client.server_url

    assert run(scenario()) == (RECORD_ID, MOCK_BASE)
    assert (first_get.call_count, other_get.call_count, first_create.call_count) == (1, 1, 1)
