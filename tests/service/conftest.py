"""The real local service on loopback, twice: uvicorn in a thread with a SQLite database in a temporary folder,
and two `facestation serve` processes sharing a throw-away PostgreSQL database.

One service of each kind per session is shared by most tests; each test gets its own tenant (API client + user),
so tests cannot see each other's records. Tests that need other settings (a low rate limit, a short token
lifetime) start their own `LiveService`.
"""

from __future__ import annotations

import base64
import itertools
import os
import struct
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cv2
import httpx
import numpy as np
import pytest
import uvicorn

from facestation.service import passwords
from facestation.service.app import create_app
from facestation.service.settings import ServiceSettings
from facestation.service.tokens import SIGNING_KEY_FILE_NAME, SIGNING_KEY_SECRET_NAME
from facestation.store import Store, open_data_dir_store, open_store
from facestation.vision.faces import BGRImage
from tests.support.postgres import Cluster
from tests.support.serve import start_serve

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


class RunningService:
    """What the suite needs of a running service: its settings, direct access to its store (for set-up: clients,
    users, credits), HTTP clients and tenants. Either kind below passes the same tests."""

    settings: ServiceSettings
    store: Store
    base_url: str

    def client(self, **kwargs: Any) -> httpx.Client:
        return httpx.Client(base_url=self.base_url, timeout=120, **kwargs)

    def signing_key(self) -> bytes:
        """The key the service signs its tokens with (to forge tokens from in the tests)."""
        return (self.settings.data_dir / SIGNING_KEY_FILE_NAME).read_bytes()

    def stop(self) -> None:
        raise NotImplementedError

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


class LiveService(RunningService):
    """The embedded service: uvicorn in a thread of this process, SQLite in its data dir. `clock` (a
    `ManualClock`) lets a test move the service's time (token expiry, lock-outs) instead of sleeping."""

    def __init__(self, settings: ServiceSettings, clock: Callable[[], float] = time.time) -> None:
        self.settings = settings
        self.clock = clock
        self.app = create_app(settings, clock=clock)
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
        self.store = open_data_dir_store(settings.data_dir)

    def stop(self) -> None:
        self.server.should_exit = True
        self._thread.join(timeout=60)
        self.store.close()


class AlternatingTransport(httpx.BaseTransport):
    """Sends each request to the next of several ports in turn, as a round-robin reverse proxy would: the
    consecutive calls of one test (sign in, enrol, identify) land on different service processes."""

    def __init__(self, ports: list[int]) -> None:
        self._ports = itertools.cycle(ports)
        self._lock = threading.Lock()
        self._inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            port = next(self._ports)
        request.url = request.url.copy_with(port=port)
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


class ServicePair(RunningService):
    """Two `facestation serve` processes on one PostgreSQL database, each with a data dir of its own (as on two
    machines). Every client alternates between them request by request."""

    def __init__(self, database_url: str, root: Path) -> None:
        self.settings = ServiceSettings(data_dir=root / "data-a", database_url=database_url, engine_workers=1)
        self.processes = [start_serve(database_url, root / f"data-{name}", root / f"{name}.log")
                          for name in ("a", "b")]
        try:
            for process in self.processes:
                process.wait_until_healthy()
        except BaseException:
            self.stop()
            raise
        self.base_url = self.processes[0].base_url
        self.store = open_store(database_url)

    def client(self, **kwargs: Any) -> httpx.Client:
        return super().client(transport=AlternatingTransport([process.port for process in self.processes]),
                              **kwargs)

    def signing_key(self) -> bytes:
        # Shared by the processes through the database: the candidate is never used, the key exists by now.
        return self.store.accounts.shared_secret(SIGNING_KEY_SECRET_NAME, os.urandom(32), time.time())

    def stop(self) -> None:
        for process in self.processes:
            process.stop()
        if hasattr(self, "store"):
            self.store.close()


def start_service(data_dir: Path, *, clock: Callable[[], float] = time.time, **overrides: Any) -> LiveService:
    settings = ServiceSettings(data_dir=data_dir, engine_workers=overrides.pop("engine_workers", 2), **overrides)
    return LiveService(settings, clock)


@pytest.fixture(scope="session")
def sqlite_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveService]:
    running = start_service(tmp_path_factory.mktemp("facecheck-data"))
    yield running
    running.stop()


@pytest.fixture(scope="session")
def postgres_pair_service(postgres_cluster: Cluster,
                          tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServicePair]:
    running = ServicePair(postgres_cluster.create_database("service_suite"), tmp_path_factory.mktemp("service-pair"))
    yield running
    running.stop()


@pytest.fixture(scope="session", params=["sqlite", "postgres-pair"])
def service(request: pytest.FixtureRequest) -> RunningService:
    """The suite runs twice: against the embedded service (SQLite), and against two service processes on one
    PostgreSQL database (skipped, saying why, where PostgreSQL is not installed).

    Each kind is started once per process and kept to the end of the session, by a fixture of its own: under
    pytest-xdist (--dist loadfile) a worker runs one file's sqlite tests, then its postgres-pair ones, then the
    next file's, and a parametrized fixture would be stopped and started again at every switch."""
    return request.getfixturevalue("sqlite_service" if request.param == "sqlite" else "postgres_pair_service")


@pytest.fixture()
def in_process(service: RunningService) -> LiveService:
    """The service, for the few tests that reach into its process (its app state); they skip on the pair."""
    if not isinstance(service, LiveService):
        pytest.skip("reaches into the service's own process; the pair runs in processes of their own")
    return service


@pytest.fixture()
def tenant(service: RunningService) -> Iterator[Tenant]:
    created = service.new_tenant()
    yield created
    created.http.close()


@pytest.fixture(scope="session")
def grace_b64(grace_hopper: BGRImage) -> str:
    return jpeg_base64(grace_hopper)


@pytest.fixture(scope="session")
def astronaut_b64(astronaut: BGRImage) -> str:
    return jpeg_base64(astronaut)


# -- shared helpers and fixtures of the HTTP-level suite -------------------------------------------------------

GUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
# The properties of the guide's FaceRecordResponse (section 3.4), all of them always present.
RECORD_FIELDS = frozenset({
    "identifier", "faceImageBase64", "name", "surname1", "surname2", "externalIdentifier",
    "additionalDataFileBase64", "additionalDataFileName", "enabled", "faceListId", "createdUtc",
})
# The guide's IdentifyRecordResponse (sections 5.1 and 5.3).
IDENTIFY_RECORD_FIELDS = frozenset({
    "identifier", "faceImageBase64", "name", "surname1", "surname2", "externalIdentifier",
    "confidence", "result", "resultDescription", "faceQA",
})
RECORD_PERSON_FIELDS = ("identifier", "faceImageBase64", "name", "surname1", "surname2", "externalIdentifier")


def assert_unauthorized(response: httpx.Response) -> None:
    """The guide's 401: no body at all."""
    assert response.status_code == 401, response.text
    assert response.content == b""


def error_codes(response: httpx.Response) -> list[str]:
    """The codes of a create/update response's `errors` list."""
    return [item["code"] for item in response.json()["errors"]]


def assert_create_errors(response: httpx.Response, *codes: str) -> None:
    """400 with the AddFaceRecordResponse / AddFaceListResponse shape and exactly these codes (any order)."""
    assert response.status_code == 400, response.text
    body = response.json()
    assert set(body) == {"identifier", "errors"}
    assert body["identifier"] is None
    assert sorted(error_codes(response)) == sorted(codes)
    for item in body["errors"]:
        assert set(item) == {"code", "description"} and item["description"]


def assert_update_errors(response: httpx.Response, *codes: str) -> None:
    """400 with the Update...Response shape: result false and exactly these codes (any order)."""
    assert response.status_code == 400, response.text
    body = response.json()
    assert set(body) == {"result", "errors"}
    assert body["result"] is False
    assert sorted(error_codes(response)) == sorted(codes)
    for item in body["errors"]:
        assert set(item) == {"code", "description"} and item["description"]


def assert_invalid_request(response: httpx.Response, shape: str) -> str:
    """400 with the endpoint's error shape and code InvalidRequest; returns the description."""
    if shape == "create":
        assert_create_errors(response, "InvalidRequest")
        return str(response.json()["errors"][0]["description"])
    if shape == "update":
        assert_update_errors(response, "InvalidRequest")
        return str(response.json()["errors"][0]["description"])
    assert_invalid_content(response, "InvalidRequest")
    return str(response.json()["description"])


def assert_invalid_content(response: httpx.Response, code: str) -> None:
    """400 "Invalid content" (the recognition endpoints' ErrorMessage object) with the given detail code."""
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["error"] == "Invalid content"
    assert body["code"] == code
    assert body["description"]


def enrol(http: httpx.Client, image_b64: str, name: str = "Grace", surname1: str = "Hopper", **fields: Any) -> str:
    """Create a face record and return its identifier (the test fails when the service refuses it)."""
    response = http.post("/v1/face", json={"faceImageBase64": image_b64, "name": name, "surname1": surname1, **fields})
    assert response.status_code == 200, response.text
    assert response.json()["errors"] == []
    return str(response.json()["identifier"])


def create_list(http: httpx.Client, name: str, description: str | None = None) -> str:
    response = http.post("/v1/face/list", json={"name": name, "description": description})
    assert response.status_code == 200, response.text
    return str(response.json()["identifier"])


def png_declaring(width: int, height: int) -> bytes:
    """A few hundred bytes of well-formed PNG whose header declares `width` x `height` pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def variant(image: BGRImage) -> BGRImage:
    """Another photo of the same person: mirrored and scaled to 80 %, so its bytes and pixels differ."""
    return cv2.flip(cv2.resize(image, None, fx=0.8, fy=0.8, interpolation=cv2.INTER_AREA), 1)


@pytest.fixture(scope="module")
def module_tenant(service: RunningService) -> Iterator[Tenant]:
    """A tenant shared by the tests of one module (for enrolments worth making once)."""
    created = service.new_tenant()
    yield created
    created.http.close()


@pytest.fixture(scope="session")
def grace_variant_b64(grace_hopper: BGRImage) -> str:
    return jpeg_base64(variant(grace_hopper))


@pytest.fixture(scope="session")
def astronaut_variant_b64(astronaut: BGRImage) -> str:
    return jpeg_base64(variant(astronaut))


@pytest.fixture(scope="session")
def no_face_b64() -> str:
    """A colour gradient: a valid JPEG without a face."""
    ramp = np.tile(np.linspace(0, 255, 640, dtype=np.uint8), (480, 1))
    return jpeg_base64(cv2.merge([ramp, ramp[:, ::-1], np.full_like(ramp, 128)]))


@pytest.fixture(scope="session")
def noise_b64() -> str:
    """Uniform noise: a valid JPEG without a face."""
    return jpeg_base64(np.random.default_rng(7).integers(0, 256, (480, 640, 3), dtype=np.uint8))


@pytest.fixture(scope="session")
def two_faces_b64(astronaut: BGRImage) -> str:
    """The astronaut twice, side by side at the same size: two faces of equal width."""
    return jpeg_base64(np.hstack([astronaut, astronaut]))


@pytest.fixture(scope="session")
def tiny_face_b64(grace_hopper: BGRImage) -> str:
    """The portrait scaled to a fifth: the face is ~40 px wide, found (the scan upsamples) but too small."""
    return jpeg_base64(cv2.resize(grace_hopper, None, fx=0.2, fy=0.2, interpolation=cv2.INTER_AREA))


@pytest.fixture(scope="session")
def grace_with_small_astronaut_b64(grace_hopper: BGRImage, astronaut: BGRImage) -> str:
    """Grace Hopper with the astronaut's face beside her at half her face's width (someone farther away)."""
    crop = astronaut[20:236, 165:381]  # the astronaut's face (~97 px) with a margin
    canvas = np.full((grace_hopper.shape[0], grace_hopper.shape[1] + crop.shape[1] + 20, 3), 200, np.uint8)
    canvas[:, : grace_hopper.shape[1]] = grace_hopper
    left = grace_hopper.shape[1] + 20
    canvas[100 : 100 + crop.shape[0], left : left + crop.shape[1]] = crop
    return jpeg_base64(canvas)


@pytest.fixture(scope="session")
def huge_header_b64() -> str:
    """A tiny PNG whose header declares 8000 x 6000 = 48 MP, over the default 40 MP limit."""
    return b64(png_declaring(8000, 6000))


@pytest.fixture(scope="session")
def not_an_image_b64() -> str:
    return b64(b"This is a text file, not a photo.\n" * 10)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """schemathesis names each operation's test (`test_…[GET /api/health]`) but gives every one the function's
    node id; pytest-xdist schedules by node id, so it ran one operation of twenty. Each gets its own id."""
    for item in items:
        label = getattr(item, "operation_label", None)
        if not isinstance(label, str) or item.nodeid.endswith(f"[{label}]"):
            continue
        unique = f"{item.nodeid}[{label}]"
        # Private to pytest: 9.x keeps a structured NodeId in `_id`, earlier versions the string in `_nodeid`.
        if hasattr(item, "_id"):
            item._id = type(item._id).parse(unique)
        else:
            item._nodeid = unique
