"""The real local service on loopback: uvicorn in a thread, a SQLite database in a temporary folder.

One service per session is shared by most tests; each test gets its own tenant (API client + user), so tests
cannot see each other's records. Tests that need other settings (a low rate limit, a short token lifetime)
start their own `LiveService`.
"""

from __future__ import annotations

import base64
import itertools
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cv2
import httpx
import pytest
import uvicorn

from facestation.service import passwords
from facestation.service.app import create_app
from facestation.service.settings import ServiceSettings
from facestation.store import Store, open_data_dir_store
from facestation.vision.faces import BGRImage

_counter = itertools.count(1)


def jpeg_base64(image: BGRImage, quality: int = 92) -> str:
    ok, encoded = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return base64.b64encode(encoded.tobytes()).decode("ascii")


@dataclass
class Tenant:
    """An API client with one signed-in user, and an httpx client that sends its bearer token."""

    client_id: str
    client_secret: str
    username: str
    password: str
    http: httpx.Client
    token: dict[str, Any] = field(default_factory=dict)

    def sign_in(self) -> dict[str, Any]:
        response = self.http.post("/connect/token", data={
            "grant_type": "password", "client_id": self.client_id, "client_secret": self.client_secret,
            "username": self.username, "password": self.password,
        })
        assert response.status_code == 200, response.text
        self.token = response.json()
        self.http.headers["Authorization"] = f"Bearer {self.token['access_token']}"
        return self.token


class LiveService:
    """A running service and direct access to its store (for set-up: clients, users, credits)."""

    def __init__(self, settings: ServiceSettings) -> None:
        self.settings = settings
        self.app = create_app(settings)
        config = uvicorn.Config(self.app, host="127.0.0.1", port=0, access_log=False, log_config=None,
                                lifespan="on")
        self.server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self.server.run, name="facecheck-service", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 120
        while not self.server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the service did not start")
            time.sleep(0.02)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        self.base_url = f"http://127.0.0.1:{port}/api"
        self.store: Store = open_data_dir_store(settings.data_dir)

    def stop(self) -> None:
        self.server.should_exit = True
        self._thread.join(timeout=60)
        self.store.close()

    def client(self, **kwargs: Any) -> httpx.Client:
        return httpx.Client(base_url=self.base_url, timeout=120, **kwargs)

    def new_tenant(self, *, credits: int | None = None, sign_in: bool = True) -> Tenant:
        number = next(_counter)
        client_id, secret = f"client-{number}", f"secret-{number}"
        username, password = f"user-{number}", f"password-{number}"
        now = time.time()
        self.store.accounts.create_client(client_id, passwords.hash_secret(secret), now)
        self.store.accounts.create_user(client_id, username, passwords.hash_secret(password), now)
        if credits is not None:
            self.store.accounts.set_credits(client_id, credits)
        tenant = Tenant(client_id, secret, username, password, self.client())
        if sign_in:
            tenant.sign_in()
        return tenant


def start_service(data_dir: Path, **overrides: Any) -> LiveService:
    settings = ServiceSettings(data_dir=data_dir, engine_workers=overrides.pop("engine_workers", 2), **overrides)
    return LiveService(settings)


@pytest.fixture(scope="session")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveService]:
    live = start_service(tmp_path_factory.mktemp("facecheck-data"))
    yield live
    live.stop()


@pytest.fixture()
def tenant(service: LiveService) -> Iterator[Tenant]:
    created = service.new_tenant()
    yield created
    created.http.close()


@pytest.fixture(scope="session")
def grace_b64(grace_hopper: BGRImage) -> str:
    return jpeg_base64(grace_hopper)


@pytest.fixture(scope="session")
def astronaut_b64(astronaut: BGRImage) -> str:
    return jpeg_base64(astronaut)
