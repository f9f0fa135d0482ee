"""connect_as_station: the station's API client from its config and secret store, and where its server answers
(the hosted endpoint, a running station's built-in service, or a service started for the connection)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from facestation.station.core.config import StationConfig
from facestation.station.core.connect import (
    StationIdentity,
    StationNotSetUp,
    connect_as_station,
    secret_name,
    station_identity,
)
from facestation.station.core.credentials import SecretStore
from facestation.station.core.local_service import PID_FILE_NAME


class StandInService:
    def __init__(self) -> None:
        self.started = 0
        self.stopped = 0

    def start(self, timeout: float = 90) -> str:
        self.started += 1
        return "http://127.0.0.1:9/api"

    def stop(self, timeout: float = 15) -> None:
        self.stopped += 1


@pytest.fixture
def secrets(tmp_path: Path) -> SecretStore:
    return SecretStore(tmp_path / "secrets", use_keyring=False)


@pytest.fixture
def healthy_service(tmp_path: Path) -> Iterator[int]:
    """A loopback server answering GET /api/health like the built-in service; yields its port."""

    class Health(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server name
            body = json.dumps({"status": "ok"}).encode()
            self.send_response(200 if self.path == "/api/health" else 404)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Health)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield int(server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()


def test_a_computer_without_the_station_set_up_cannot_connect(secrets: SecretStore) -> None:
    with pytest.raises(StationNotSetUp) as missing:
        station_identity(StationConfig(), secrets)
    assert missing.value.missing == "setup"
    config = StationConfig(server_kind="local", client_id="facestation-station")
    with pytest.raises(StationNotSetUp) as missing:
        station_identity(config, secrets)
    assert missing.value.missing == "secret"


def test_the_hosted_service_is_its_endpoint_with_its_failover_addresses(secrets: SecretStore) -> None:
    config = StationConfig(server_kind="hosted", client_id="frontdesk", hosted_endpoint="https://a.example.test/api",
                           failover_endpoints=("https://b.example.test/api",))
    secrets.set(secret_name("hosted"), "hosted-secret")
    identity = station_identity(config, secrets)
    assert identity == StationIdentity("hosted", "frontdesk", "hosted-secret")
    assert "hosted-secret" not in repr(identity)
    connection = connect_as_station(config, identity, service=StandInService())
    assert connection.base_url == "https://a.example.test/api"
    assert connection.failover_urls == ("https://b.example.test/api",)
    assert connection.service is None


def test_a_service_passed_in_is_started_and_stays_the_callers(secrets: SecretStore, tmp_path: Path) -> None:
    config = StationConfig(server_kind="local", client_id="facestation-station", local_data_dir=tmp_path / "data")
    identity = StationIdentity("local", "facestation-station", "local-secret")
    service = StandInService()
    announced: list[bool] = []
    connection = connect_as_station(config, identity, service=service, starting=lambda: announced.append(True))
    assert connection.base_url == "http://127.0.0.1:9/api" and service.started == 1 and announced == [True]
    connection.close()
    assert service.stopped == 0 and connection.service is None


def test_the_service_of_a_running_station_is_used_as_it_is(tmp_path: Path, healthy_service: int) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / PID_FILE_NAME).write_text(json.dumps({"pid": 1, "port": healthy_service}), encoding="utf-8")
    config = StationConfig(server_kind="local", client_id="facestation-station", local_data_dir=data_dir)
    identity = StationIdentity("local", "facestation-station", "local-secret")
    service = StandInService()
    connection = connect_as_station(config, identity, service=service, use_running_service=True,
                                    starting=lambda: pytest.fail("nothing to start"))
    assert connection.base_url == f"http://127.0.0.1:{healthy_service}/api"
    assert service.started == 0 and connection.service is None
    # Without a running station (a pid file of a service that does not answer): the service is started.
    (data_dir / PID_FILE_NAME).write_text(json.dumps({"pid": 1, "port": 9}), encoding="utf-8")
    assert connect_as_station(config, identity, service=service, use_running_service=True).base_url \
        == "http://127.0.0.1:9/api"
    assert service.started == 1
