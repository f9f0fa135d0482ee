"""Session without Qt: first-run setup (local with stand-in processes, hosted), the client it builds from config
and secrets, reconnecting, shutting down, and the budget colours. The real processes run in test_app.py."""

from __future__ import annotations

import asyncio
import json
import socket
from pathlib import Path
from typing import Any

import pytest

from facestation.api import errors
from facestation.station.core.config import StationConfig
from facestation.station.core.local_service import (
    LocalServiceError,
    ProvisioningError,
    StationAccount,
)
from facestation.station.core.session import (
    BudgetLevel,
    SetupError,
    budget_level,
    default_log_dir,
    secret_name,
)


class FakeService:
    """LocalService's surface: start/ensure_running/stop, with a port that may change on restart."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.port = 41000
        self.alive = False
        self.calls: list[str] = []
        self.base_url: str | None = None

    @property
    def running(self) -> bool:
        return self.alive

    def start(self, timeout: float = 90) -> str:
        self.calls.append("start")
        self.alive = True
        self.base_url = f"http://127.0.0.1:{self.port}/api"
        return self.base_url

    def ensure_running(self, timeout: float = 90) -> str:
        self.calls.append("ensure_running")
        if not self.alive:
            return self.start()
        assert self.base_url is not None
        return self.base_url

    def stop(self, timeout: float = 15) -> None:
        self.calls.append("stop")
        self.alive = False


class Provisioner:
    def __init__(self, fail_operator_once: bool = False) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.fail_operator_once = fail_operator_once

    def provision(self, data_dir: Path, **kwargs: Any) -> StationAccount:
        self.calls.append(("provision", kwargs))
        account = StationAccount(kwargs["client_id"], "generated-secret")
        if self.fail_operator_once:
            self.fail_operator_once = False
            raise ProvisioningError("the operator failed", account=account)
        return account

    def create_operator(self, data_dir: Path, **kwargs: Any) -> None:
        self.calls.append(("create_operator", kwargs))


@pytest.fixture
def provisioner() -> Provisioner:
    return Provisioner()


@pytest.fixture
def local_session(make_session: Any, provisioner: Provisioner) -> Any:
    services: list[FakeService] = []

    def factory(data_dir: Path) -> FakeService:
        services.append(FakeService(data_dir))
        return services[-1]

    session = make_session(service_factory=factory, provision=provisioner.provision,
                           create_operator=provisioner.create_operator)
    session.fake_services = services
    return session


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize(("used", "limit", "level"), [
    (0, 3600, BudgetLevel.OK), (2879, 3600, BudgetLevel.OK), (2880, 3600, BudgetLevel.AMBER),
    (3419, 3600, BudgetLevel.AMBER), (3420, 3600, BudgetLevel.RED), (3600, 3600, BudgetLevel.RED),
    (8, 10, BudgetLevel.AMBER), (1, 0, BudgetLevel.RED),
])
def test_budget_colours(used: int, limit: int, level: BudgetLevel) -> None:
    assert budget_level(used, limit) is level


def test_the_log_dir_follows_the_private_user_dirs(_private_user_dirs: Path) -> None:
    assert default_log_dir().is_relative_to(_private_user_dirs)


def test_local_setup_provisions_stores_the_secret_and_starts(local_session: Any, provisioner: Provisioner,
                                                             station_paths: dict[str, Path]) -> None:
    session = local_session
    assert not session.configured and session.client is None
    result = session.setup_local(" reception ", "long-enough", admin_pin="2468")
    assert provisioner.calls == [("provision", {"client_id": "facestation-station", "operator_username": "reception",
                                                "operator_password": "long-enough"})]
    assert result.kind == "local" and result.base_url == "http://127.0.0.1:41000/api"
    assert result.secrets_fallback and result.secrets_location == str(station_paths["secrets"] / "secrets.enc")
    assert session.secrets.get(secret_name("local")) == "generated-secret"
    assert session.configured and session.ready and not session.signed_in
    assert session.client.base_url == result.base_url and session.client.client_id == "facestation-station"
    saved = StationConfig.load(station_paths["config"])
    assert (saved.server_kind, saved.client_id, saved.operator_username) == ("local", "facestation-station",
                                                                             "reception")
    assert saved.check_admin_pin("2468") and not saved.check_admin_pin("2469")


def test_a_local_setup_that_failed_at_the_operator_retries_only_the_operator(
        local_session: Any, provisioner: Provisioner, station_paths: dict[str, Path]) -> None:
    provisioner.fail_operator_once = True
    with pytest.raises(ProvisioningError):
        local_session.setup_local("reception", "long-enough", admin_pin="2468")
    # The client exists and its secret was kept; the station is not configured yet.
    assert local_session.secrets.get(secret_name("local")) == "generated-secret"
    assert not local_session.configured and not StationConfig.load(station_paths["config"]).configured
    local_session.setup_local("reception2", "long-enough", admin_pin="2468")
    assert [name for name, _ in provisioner.calls] == ["provision", "create_operator"]
    assert provisioner.calls[1][1]["username"] == "reception2"
    assert local_session.configured


@pytest.mark.parametrize(("arguments", "field"), [
    (("", "long-enough", "2468"), "username"),
    (("front desk", "long-enough", "2468"), "username"),
    (("reception", "short", "2468"), "password"),
    (("reception", "long-enough", "123"), "pin"),
    (("reception", "long-enough", "12ab"), "pin"),
])
def test_local_setup_refuses_unusable_input(local_session: Any, provisioner: Provisioner,
                                            arguments: tuple[str, str, str], field: str) -> None:
    username, password, pin = arguments
    with pytest.raises(SetupError) as refused:
        local_session.setup_local(username, password, admin_pin=pin)
    assert refused.value.field == field
    assert provisioner.calls == [] and not local_session.configured


def test_hosted_setup_and_a_new_start(make_session: Any) -> None:
    session = make_session()
    with pytest.raises(SetupError) as refused:
        session.setup_hosted("neocheck.net/api", "frontdesk", "secret", admin_pin="1234")
    assert refused.value.field == "endpoint"
    with pytest.raises(SetupError):
        session.setup_hosted("https://neocheck.net/api", " ", "secret", admin_pin="1234")
    result = session.setup_hosted("https://example.test/api/", " frontdesk ", " secret ", admin_pin="1234")
    assert (result.kind, result.base_url) == ("hosted", "https://example.test/api")
    assert session.client is not None and session.client.base_url == "https://example.test/api"

    again = make_session()
    assert again.configured and again.kind == "hosted" and again.client is None
    assert again.start_service() == "https://example.test/api"  # no process for the hosted service
    assert again.client.client_id == "frontdesk" and again.secrets.get(secret_name("hosted")) == "secret"
    assert again.token_expires_at() is None and again.operator is None
    again.shutdown()  # nothing to stop; harmless


def test_the_failover_addresses_of_the_settings_file_reach_the_client(
        make_session: Any, station_paths: dict[str, Path]) -> None:
    make_session().setup_hosted("https://a.example.test/api", "frontdesk", "secret", admin_pin="1234")
    config = json.loads(station_paths["config"].read_text())
    config["failover_endpoints"] = ["https://b.example.test/api/", "https://c.example.test/api"]
    station_paths["config"].write_text(json.dumps(config))
    session = make_session()
    session.start_service()
    assert session.client is not None and session.client.server_url == "https://a.example.test/api"
    assert session.client.servers == ("https://a.example.test/api", "https://b.example.test/api",
                                      "https://c.example.test/api")
    # Setting the same server up again keeps them; another server drops them (they belonged to the old one).
    session.setup_hosted("https://a.example.test/api", "frontdesk", "secret", admin_pin="1234")
    assert len(session.client.servers) == 3
    session.setup_hosted("https://elsewhere.example.test/api", "frontdesk", "secret", admin_pin="1234")
    assert session.client.servers == ("https://elsewhere.example.test/api",)
    assert StationConfig.load(station_paths["config"]).failover_endpoints == ()


def test_a_missing_secret_says_the_administrator_must_set_up_again(make_session: Any) -> None:
    session = make_session()
    session.setup_hosted("https://example.test/api", "frontdesk", "secret", admin_pin="1234")
    session.secrets.delete(secret_name("hosted"))
    with pytest.raises(SetupError, match="set the station up again"):
        make_session().start_service()


def test_reconnect_restarts_a_dead_service_and_follows_a_new_address(local_session: Any) -> None:
    session = local_session
    session.setup_local("reception", "long-enough", admin_pin="2468")
    service = session.fake_services[0]
    client = session.client
    assert session.reconnect() == "http://127.0.0.1:41000/api" and session.client is client
    service.alive = False
    service.port = 41001  # its port was taken meanwhile
    assert session.reconnect() == "http://127.0.0.1:41001/api"
    assert session.client is not client and session.client.base_url.endswith(":41001/api")
    assert service.calls == ["start", "ensure_running", "ensure_running", "start"]
    session.shutdown()
    session.shutdown()
    assert service.calls[-1] == "stop" and session.service is None
    asyncio.run(session.close())


def test_connection_checks(local_session: Any, make_session: Any) -> None:
    session = local_session
    session.setup_local("reception", "long-enough", admin_pin="2468")
    session.fake_services[0].alive = False
    assert asyncio.run(session.check_connection()) is False  # the process is gone: no need to ask

    hosted = make_session()
    hosted.setup_hosted(f"http://127.0.0.1:{closed_port()}/api", "frontdesk", "secret", admin_pin="1234")
    assert asyncio.run(hosted.check_connection()) is False


def test_signing_in_before_the_service_is_ready_says_to_wait(make_session: Any) -> None:
    session = make_session()
    with pytest.raises(errors.ServiceUnreachableError, match="wait a moment"):
        asyncio.run(session.sign_in("reception", "pw"))


def test_a_service_that_will_not_start_raises_for_the_gui(make_session: Any) -> None:
    class Broken(FakeService):
        def start(self, timeout: float = 90) -> str:
            raise LocalServiceError("The built-in service stopped while starting (exit code 3).")

    session = make_session(service_factory=Broken, provision=Provisioner().provision)
    with pytest.raises(LocalServiceError):
        session.setup_local("reception", "long-enough", admin_pin="2468")
    # The accounts exist and the config is saved: the next start only has to start the service.
    assert session.configured


def test_a_setup_cancelled_while_the_service_started_is_not_provisioned_twice(
        local_session: Any, provisioner: Provisioner) -> None:
    local_session.setup_local("reception", "long-enough", admin_pin="2468")
    local_session.cancel_start()  # as the Cancel button does while the service starts
    assert local_session.service is None
    local_session.setup_local("reception", "long-enough", admin_pin="2468")
    assert [name for name, _ in provisioner.calls] == ["provision"]
    assert local_session.service is not None and local_session.service.running


# -- issue 15 row 11: no secret, password or photo in clear to another machine -------------------------------


@pytest.fixture(autouse=True)
def _no_lab_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """The developer's own FACESTATION_ALLOW_INSECURE_HTTP must not change what these tests see."""
    monkeypatch.delenv("FACESTATION_ALLOW_INSECURE_HTTP", raising=False)


def test_hosted_setup_refuses_http_to_another_machine_and_keeps_nothing(make_session: Any) -> None:
    session = make_session()
    with pytest.raises(SetupError) as refused:
        session.setup_hosted("http://192.168.1.20:8080/api", "frontdesk", "secret", admin_pin="1234")
    assert refused.value.field == "endpoint"
    assert str(refused.value).startswith("http://192.168.1.20:8080/api is not encrypted")
    assert not session.configured and session.secrets.get(secret_name("hosted")) is None


def test_hosted_setup_accepts_http_on_this_computer(make_session: Any) -> None:
    result = make_session().setup_hosted("http://127.0.0.1:8080/api", "frontdesk", "secret", admin_pin="1234")
    assert result.base_url == "http://127.0.0.1:8080/api"


def test_a_lab_network_opted_in_works_with_a_warning(make_session: Any, monkeypatch: pytest.MonkeyPatch,
                                                     caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv("FACESTATION_ALLOW_INSECURE_HTTP", "1")
    session = make_session()
    with caplog.at_level("WARNING"):
        result = session.setup_hosted("http://lab-server:8080/api", "frontdesk", "secret", admin_pin="1234")
    assert result.base_url == "http://lab-server:8080/api" and session.client is not None
    assert any("Unencrypted connection to http://lab-server:8080/api" in record.getMessage()
               for record in caplog.records)


def test_a_settings_file_edited_to_http_cannot_sign_in_and_sends_nothing(
        make_session: Any, station_paths: dict[str, Path]) -> None:
    make_session().setup_hosted("https://a.example.test/api", "frontdesk", "secret", admin_pin="1234")
    config = json.loads(station_paths["config"].read_text())
    config["failover_endpoints"] = ["http://b.example.test/api"]
    station_paths["config"].write_text(json.dumps(config))
    session = make_session()
    session.start_service()
    with pytest.raises(errors.FaceCheckError, match="http://b.example.test/api is not encrypted"):
        asyncio.run(session.sign_in("reception", "password"))
    assert not session.signed_in
