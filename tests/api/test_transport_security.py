"""Issue 15 row 11: the client secret, passwords and photos never travel in clear to another machine. One rule
(facestation.api.transport_security) for the station's forms, its settings and the API client: https://, or
http:// to this computer only, unless a lab network is opted into explicitly."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
import respx

from facestation.api import CallBudget, FaceCheckClient
from facestation.api.transport_security import (
    InsecureConnectionError,
    endpoint_problem,
    is_loopback_host,
)
from tests.api.conftest import FAST_RETRY, run, token_body


@pytest.mark.parametrize("host", ["127.0.0.1", "127.8.9.10", "::1", "[::1]", "localhost", "LOCALHOST"])
def test_loopback_hosts(host: str) -> None:
    assert is_loopback_host(host)


@pytest.mark.parametrize("host", ["128.0.0.1", "10.0.0.5", "192.168.1.20", "::2", "facecheck.lan",
                                  "localhost.evil.example", "127.0.0.1.nip.io", ""])
def test_other_hosts_are_not_loopback(host: str) -> None:
    assert not is_loopback_host(host)


@pytest.mark.parametrize("url", ["https://neocheck.net/api", "https://10.0.0.5:8443/api", "http://127.0.0.1:8080/api",
                                 "http://localhost/api", "http://[::1]:9000/api", "HTTPS://NEOCHECK.NET/api"])
def test_accepted_addresses(url: str) -> None:
    assert endpoint_problem(url) is None


def test_http_to_another_machine_is_refused_with_the_reason() -> None:
    problem = endpoint_problem("http://192.168.1.20:8080/api")
    assert problem == ("http://192.168.1.20:8080/api is not encrypted: the client secret, passwords and photos "
                       "would travel in clear. Use an https:// address (http:// is only for this computer: "
                       "localhost, 127.0.0.1, ::1).")


@pytest.fixture(autouse=True)
def _no_lab_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """The developer's own FACESTATION_ALLOW_INSECURE_HTTP must not change what these tests see."""
    monkeypatch.delenv("FACESTATION_ALLOW_INSECURE_HTTP", raising=False)


def test_a_lab_network_can_opt_in() -> None:
    assert endpoint_problem("http://192.168.1.20:8080/api", allow_insecure_http=True) is None


@pytest.mark.parametrize(("value", "allowed"), [("1", True), ("true", True), ("0", False), ("", False)])
def test_the_opt_in_of_this_computer(monkeypatch: pytest.MonkeyPatch, value: str, allowed: bool) -> None:
    monkeypatch.setenv("FACESTATION_ALLOW_INSECURE_HTTP", value)
    assert (endpoint_problem("http://192.168.1.20:8080/api") is None) is allowed
    assert endpoint_problem("http://192.168.1.20:8080/api", allow_insecure_http=False) is not None


@pytest.mark.parametrize("url", ["ftp://neocheck.net/api", "neocheck.net/api", "https://", "http:///api", ""])
def test_what_is_not_a_web_address(url: str) -> None:
    problem = endpoint_problem(url, allow_insecure_http=True)
    assert problem is not None and "https://" in problem


# -- the API client: the last line of defence, nothing is sent ------------------------------------------------

REMOTE_HTTP = "http://facecheck.invalid/api"  # respx only: a remote host cannot be run in a test


def remote_router() -> respx.Router:
    router = respx.Router(base_url=REMOTE_HTTP, assert_all_called=False)
    router.post("connect/token", name="token").mock(return_value=httpx.Response(200, json=token_body()))
    return router


def test_the_client_sends_nothing_to_a_remote_http_address(tmp_path: Path) -> None:
    router = remote_router()

    async def scenario() -> None:
        async with FaceCheckClient(REMOTE_HTTP, "client", "secret", budget=CallBudget(state_dir=tmp_path),
                                   retry=FAST_RETRY, transport=httpx.MockTransport(router.async_handler)) as client:
            await client.login("user", "password")

    with pytest.raises(InsecureConnectionError) as refused:
        run(scenario())
    assert not router["token"].called
    assert refused.value.message.startswith(f"{REMOTE_HTTP} is not encrypted")


def test_a_remote_http_failover_address_is_refused_too(tmp_path: Path) -> None:
    router = remote_router()

    async def scenario() -> None:
        async with FaceCheckClient("https://facecheck.invalid/api", "client", "secret",
                                   failover_urls=["http://backup.invalid/api"],
                                   budget=CallBudget(state_dir=tmp_path), retry=FAST_RETRY,
                                   transport=httpx.MockTransport(router.async_handler)) as client:
            await client.login("user", "password")

    with pytest.raises(InsecureConnectionError, match="http://backup.invalid/api is not encrypted"):
        run(scenario())


def test_the_client_talks_http_to_a_lab_network_when_told_to(tmp_path: Path) -> None:
    router = remote_router()

    async def scenario() -> bool:
        async with FaceCheckClient(REMOTE_HTTP, "client", "secret", budget=CallBudget(state_dir=tmp_path),
                                   retry=FAST_RETRY, transport=httpx.MockTransport(router.async_handler),
                                   allow_insecure_http=True) as client:
            await client.login("user", "password")
            return client.signed_in

    assert run(scenario())
    assert router["token"].called
