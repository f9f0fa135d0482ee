"""Fixtures of the client suite: the real local service on loopback, tenants, budgets, and helpers to drive the
async client from plain (sync) tests with `asyncio.run`.

pytest-asyncio is not installed, so every test is synchronous and runs its coroutine with `run(...)`: one event
loop per test, and the client is created inside it (an httpx.AsyncClient belongs to the loop it first ran on).

respx is used only for what the local service cannot do (see test_client.py); the helpers for it live here too.
"""

from __future__ import annotations

import asyncio
import http.server
import json
import threading
import time
from collections.abc import AsyncIterator, Coroutine, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import cv2
import httpx
import numpy as np
import pytest
import respx

from facestation.api import CallBudget, FaceCheckClient, RetryPolicy
from facestation.vision.faces import BGRImage
from tests.service.conftest import LiveService, Tenant, start_service

T = TypeVar("T")

# Retries without waiting: the backoff itself is covered by unit tests of RetryPolicy.
FAST_RETRY = RetryPolicy(attempts=3, base_delay=0.001, max_delay=0.002)
MOCK_BASE = "https://facecheck.invalid/api"  # respx only: never resolved


def run(coroutine: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coroutine)


# -- the real service ---------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveService]:
    """The local service with its default settings, shared by the suite (each test has its own tenant)."""
    service = start_service(tmp_path_factory.mktemp("api-client-service"))
    yield service
    service.stop()


@pytest.fixture()
def tenant(live: LiveService) -> Iterator[Tenant]:
    created = live.new_tenant(sign_in=False)
    yield created
    created.http.close()


@pytest.fixture()
def budget(tmp_path: Path) -> CallBudget:
    """Never the developer's real state dir."""
    return CallBudget(state_dir=tmp_path / "call-budget")


class RecordingTransport(httpx.AsyncBaseTransport):
    """The real HTTP transport, remembering every exchange: what reached the server and what it answered."""

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self.exchanges: list[tuple[httpx.Request, httpx.Response]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        self.exchanges.append((request, response))
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()

    @property
    def paths(self) -> list[str]:
        return [f"{request.method} {request.url.path.removeprefix('/api/')}" for request, _ in self.exchanges]

    @property
    def grants(self) -> list[str]:
        """grant_type of each token request, in order."""
        return [form_of(request).get("grant_type", "") for request, _ in self.exchanges
                if request.url.path.endswith("/connect/token")]

    @property
    def statuses(self) -> list[int]:
        return [response.status_code for _, response in self.exchanges]


def form_of(request: httpx.Request) -> dict[str, str]:
    return dict(httpx.QueryParams(request.content.decode()))


@asynccontextmanager
async def signed_in(service: LiveService, tenant: Tenant, budget: CallBudget, **options: Any
                    ) -> AsyncIterator[FaceCheckClient]:
    """A client of `service`, signed in as `tenant`'s user."""
    options.setdefault("retry", FAST_RETRY)
    async with FaceCheckClient(service.base_url, tenant.client_id, tenant.client_secret, budget=budget,
                               **options) as client:
        await client.login(tenant.username, tenant.password)
        yield client


# -- images -------------------------------------------------------------------------------------------------


def jpeg(image: BGRImage, quality: int = 92) -> bytes:
    ok, encoded = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return encoded.tobytes()


def variant(image: BGRImage) -> BGRImage:
    """Another photo of the same person: mirrored and scaled to 80 %."""
    return np.ascontiguousarray(cv2.flip(cv2.resize(image, None, fx=0.8, fy=0.8, interpolation=cv2.INTER_AREA), 1))


@pytest.fixture(scope="session")
def no_face() -> BGRImage:
    """A colour gradient: a valid image without a face."""
    ramp = np.tile(np.linspace(0, 255, 640, dtype=np.uint8), (480, 1))
    return cv2.merge([ramp, ramp[:, ::-1], np.full_like(ramp, 128)])


# -- respx: a hosted-looking service that misbehaves on demand ----------------------------------------------


def token_body(access: str = "access-1", refresh: str = "refresh-1", expires_in: int = 3600) -> dict[str, Any]:
    return {"token_type": "Bearer", "access_token": access, "expires_in": expires_in, "id_token": "id",
            "refresh_token": refresh}


@pytest.fixture()
def router() -> respx.Router:
    """A respx router that answers the token and health endpoints; tests add the routes they need."""
    mock = respx.Router(base_url=MOCK_BASE, assert_all_called=False)
    mock.post("connect/token", name="token").mock(return_value=httpx.Response(200, json=token_body()))
    # As the local service answers it; tests of the hosted service's quirks replace it.
    mock.get("health", name="health").mock(return_value=httpx.Response(200, json={"status": "ok", "version": "9"}))
    return mock


def mocked_client(router: respx.Router, budget: CallBudget, **options: Any) -> FaceCheckClient:
    options.setdefault("retry", FAST_RETRY)
    return FaceCheckClient(MOCK_BASE, "mock-client", "mock-secret", budget=budget,
                           transport=httpx.MockTransport(router.async_handler), **options)


# -- a real socket server that answers slowly (no mock transport enforces timeouts) -------------------------


@dataclass
class SlowServer:
    """Answers the token endpoint at once and every other request after `delay` seconds."""

    delay: float
    requests: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # keep the test output quiet
                pass

            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                owner.requests.append(f"{self.command} {self.path}")
                if self.path.endswith("/connect/token"):
                    body = json.dumps(token_body()).encode()
                else:
                    time.sleep(owner.delay)
                    body = b"true"
                try:
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:
                    pass  # the client gave up waiting

            do_GET = do_POST = do_PUT = do_DELETE = _answer

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}/api"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture()
def slow_server() -> Iterator[SlowServer]:
    server = SlowServer(delay=3.0)
    yield server
    server.stop()
