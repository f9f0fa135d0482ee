"""The station's session logic without Qt: which server, its credentials, the built-in service, the API client.

`Session` is what the Qt window drives (napari's `components/` vs `_qt/`): it decides nothing about screens and
never touches a widget, so it runs headless in tests. Blocking methods (`setup_local`, `setup_hosted`,
`start_service`, `reconnect`, `shutdown`) start processes, wait for the service or touch the keyring: the GUI
calls them through `facestation.station.ui.ops.Operations.run_blocking`, never on the GUI thread. Coroutines
(`sign_in`, `sign_out`, `check_connection`, `close`) run on the qasync loop.

    session = Session.open()                   # config from the per-user dir, secrets from the keyring
    if not session.configured:
        session.setup_local("reception", password, admin_pin="2468")   # first run, in a worker
    session.start_service()                    # local only, in a worker: returns the base URL
    await session.sign_in("reception", password)
    session.client.budget.add_listener(...)    # the status bar's gauge
    await session.sign_out()
    session.shutdown()                         # stops the built-in service, in a worker
"""

from __future__ import annotations

import asyncio
import enum
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import httpx
import platformdirs

from facestation.api import CallBudget, FaceCheckClient, errors
from facestation.api.transport_security import endpoint_problem
from facestation.station.core import local_service
from facestation.station.core.config import (
    MIN_PIN_LENGTH,
    ConfigError,
    ServerKind,
    StationConfig,
    default_config_path,
)
from facestation.station.core.connect import (
    StationIdentity,
    StationNotSetUp,
    connect_as_station,
    secret_name,
    station_identity,
)
from facestation.station.core.credentials import SecretStore, default_config_dir
from facestation.station.core.local_service import (
    DEFAULT_CLIENT_ID,
    LocalService,
    LocalServiceError,
    ProvisioningError,
)

logger = logging.getLogger(__name__)

APP_NAME = "FaceStation"
LOG_FILE_NAME = "station.log"
HEALTH_TIMEOUT_SECONDS = 3.0
# The gauge's colours: amber from 80 % of the hourly budget, red from 95 %.
BUDGET_AMBER = 0.80
BUDGET_RED = 0.95


def default_log_dir() -> Path:
    """Where the station writes `station.log` (e.g. ~/.local/state/FaceStation/log on Linux)."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


class BudgetLevel(enum.Enum):
    """How full the hour's call budget is, as the status bar colours it."""

    OK = "ok"
    AMBER = "amber"
    RED = "red"


def budget_level(used: int, limit: int) -> BudgetLevel:
    """OK below 80 % of the limit, AMBER from 80 %, RED from 95 % (and when the limit is unknown or zero)."""
    if limit <= 0:
        return BudgetLevel.RED
    share = used / limit
    if share >= BUDGET_RED:
        return BudgetLevel.RED
    if share >= BUDGET_AMBER:
        return BudgetLevel.AMBER
    return BudgetLevel.OK


class SetupError(ValueError):
    """The first-run input cannot be used; the message says what to change (shown on the form)."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field  # "username", "password", "pin", "endpoint", "client_id", "client_secret"


@dataclass(frozen=True)
class SetupResult:
    """What a first-run setup did: the secret store in use (the GUI warns when it is the file fallback)."""

    kind: ServerKind
    base_url: str
    secrets_fallback: bool
    secrets_location: str


class ServiceLike(Protocol):
    """What `Session` needs of `LocalService` (tests may hand in a stand-in)."""

    base_url: str | None

    @property
    def running(self) -> bool: ...

    def start(self, timeout: float = ...) -> str: ...

    def ensure_running(self, timeout: float = ...) -> str: ...

    def stop(self, timeout: float = ...) -> None: ...


class Session:
    """One station's connection to its server: config, secrets, the built-in service, the API client.

    Thread use: the blocking methods may run in any worker thread (one at a time: the GUI serialises them);
    the coroutines and `client` belong to the event loop's thread.
    """

    def __init__(
        self,
        config: StationConfig,
        secrets: SecretStore,
        *,
        config_path: Path | None = None,
        budget_dir: Path | None = None,
        service_workers: int | None = None,
        service_factory: Callable[[Path], ServiceLike] | None = None,
        provision: Callable[..., local_service.StationAccount] = local_service.provision,
        create_operator: Callable[..., None] = local_service.create_operator,
        client_options: dict[str, Any] | None = None,
        budget: CallBudget | None = None,
    ) -> None:
        """`service_workers` is the built-in service's recognition processes (None: one per core);
        `service_factory`, `provision`, `create_operator` and `client_options` (extra FaceCheckClient
        arguments, e.g. a transport) let tests replace the real processes and network; `budget` defaults to a
        CallBudget in `budget_dir` (or the per-user state dir)."""
        self.config = config
        self.secrets = secrets
        self.config_path = config_path if config_path is not None else default_config_path()
        self.budget_dir = budget_dir
        self.service_workers = service_workers
        self._service_factory = service_factory or self._make_local_service
        self._provision = provision
        self._create_operator = create_operator
        self._client_options = dict(client_options or {})
        self._lock = threading.RLock()
        self.service: ServiceLike | None = None
        self.client: FaceCheckClient | None = None
        self._base_url: str | None = None
        self._budget: CallBudget | None = budget
        self._orphans: list[FaceCheckClient] = []  # clients replaced after a new address, closed in close()

    @classmethod
    def open(cls, **options: Any) -> Session:
        """The session of this computer's user: config and secrets from the per-user dirs."""
        return cls(StationConfig.load(), SecretStore(default_config_dir()), **options)

    def __repr__(self) -> str:
        return f"Session(kind={self.kind!r}, url={self._base_url!r}, operator={self.operator!r})"

    # -- state -------------------------------------------------------------------------------------------

    @property
    def configured(self) -> bool:
        """Whether a server was chosen (False: the first-run screen comes first)."""
        return self.config.configured and self.config.client_id is not None

    @property
    def kind(self) -> ServerKind | None:
        return self.config.server_kind

    @property
    def base_url(self) -> str | None:
        """The server's API address: the hosted endpoint, or the built-in service's once it runs."""
        if self.kind == "hosted":
            return self.config.hosted_endpoint
        return self._base_url

    @property
    def ready(self) -> bool:
        """Whether there is a client to sign in with."""
        return self.client is not None

    @property
    def signed_in(self) -> bool:
        return self.client is not None and self.client.signed_in

    @property
    def operator(self) -> str | None:
        """The signed-in operator's user name."""
        return self.client.username if self.signed_in and self.client is not None else None

    def token_expires_at(self) -> float | None:
        """When the current access token expires (epoch seconds); the client renews it shortly before."""
        if self.client is None:
            return None
        return self.client.token_expires_at

    @property
    def secrets_fallback(self) -> bool:
        """True when secrets live in the encrypted file, not the OS keyring: the GUI shows a warning."""
        return self.secrets.fallback_in_use

    # -- first run (blocking: call from a worker) --------------------------------------------------------

    def setup_local(self, username: str, password: str, *, admin_pin: str) -> SetupResult:
        """First run with the built-in service: create its API client and the first operator, keep the client
        secret in the SecretStore, set the admin PIN, save the config, start the service. Blocking.

        Safe to retry after a failure: a client created by an earlier attempt is reused (its secret was stored
        first), so only the operator is created again.
        """
        username = username.strip()
        _check_operator(username, password)
        _check_pin(admin_pin)
        data_dir = self.config.effective_local_data_dir
        stored_secret = self.secrets.get(secret_name("local"))
        with self._lock:
            if self.config.server_kind == "local" and self.config.operator_username == username \
                    and stored_secret is not None:
                pass  # an earlier attempt created both accounts and was cancelled while the service started
            elif stored_secret is not None and self.config.client_id is not None:
                # A previous attempt created the client and kept its secret; only the operator is missing.
                self._create_operator(data_dir, client_id=self.config.client_id, username=username,
                                      password=password)
            else:
                try:
                    account = self._provision(data_dir, client_id=DEFAULT_CLIENT_ID, operator_username=username,
                                              operator_password=password)
                except ProvisioningError as error:
                    if error.account is not None:
                        # The client exists and its secret exists nowhere else: keep it for the retry.
                        self._remember_local_client(error.account.client_id, error.account.client_secret)
                    raise
                self._remember_local_client(account.client_id, account.client_secret)
            self.config.set_admin_pin(admin_pin)
            self.config.server_kind = "local"
            self.config.operator_username = username
            self.config.save(self.config_path)
            base_url = self.start_service()
        return SetupResult("local", base_url, self.secrets.fallback_in_use, self._secrets_location())

    def setup_hosted(self, endpoint: str, client_id: str, client_secret: str, *, admin_pin: str) -> SetupResult:
        """First run with the hosted service: keep the client secret in the SecretStore, the endpoint and client
        id in the config, set the admin PIN. Blocking (the keyring may be slow). The credentials are checked at
        the first sign-in: the service checks a client only together with an operator's password."""
        endpoint = endpoint.strip().rstrip("/")
        client_id = client_id.strip()
        problem = endpoint_problem(endpoint)  # the rule the client enforces again before it sends anything
        if problem is not None:
            raise SetupError(problem, field="endpoint")
        if not client_id:
            raise SetupError("Type the client id you received from FaceCheck.", field="client_id")
        if not client_secret.strip():
            raise SetupError("Type the client secret you received from FaceCheck.", field="client_secret")
        _check_pin(admin_pin)
        with self._lock:
            self.secrets.set(secret_name("hosted"), client_secret.strip())
            if endpoint != self.config.hosted_endpoint:
                # The other addresses belonged to the old server: calls must never fail over to it.
                self.config.failover_endpoints = ()
            self.config.hosted_endpoint = endpoint
            self.config.client_id = client_id
            self.config.server_kind = "hosted"
            self.config.set_admin_pin(admin_pin)
            try:
                self.config.save(self.config_path)
            except ConfigError as error:
                raise SetupError(str(error), field="endpoint") from error
            self._make_client(endpoint)
        return SetupResult("hosted", endpoint, self.secrets.fallback_in_use, self._secrets_location())

    def _secrets_location(self) -> str:
        """Where the secrets are: the encrypted file's path, or the keyring's description."""
        if self.secrets.fallback_in_use:
            return str(self.secrets.secrets_path)
        return self.secrets.backend_description

    def _remember_local_client(self, client_id: str, client_secret: str) -> None:
        self.secrets.set(secret_name("local"), client_secret)
        self.config.client_id = client_id
        self.config.server_kind = None  # not configured until the operator exists too
        self.config.save(self.config_path)

    # -- the built-in service (blocking: call from a worker) ---------------------------------------------

    def _make_local_service(self, data_dir: Path) -> ServiceLike:
        return LocalService(data_dir, workers=self.service_workers)

    def start_service(self) -> str:
        """Connect: start the built-in service if this station uses it (blocking, up to ~90 s), and make the
        API client. Returns the server's base URL. Raises LocalServiceError or SetupError."""
        with self._lock:
            identity = self._identity()
            if identity.kind != "hosted" and self.service is None:
                self.service = self._service_factory(self.config.effective_local_data_dir)
            connection = connect_as_station(self.config, identity, service=self.service)
            return self._make_client(connection.base_url, identity)

    def reconnect(self) -> str:
        """After a failed health check: restart the built-in service if it died (with its backoff), or just
        check again for the hosted service. Returns the base URL; a new URL means a new client (sign in again).
        """
        with self._lock:
            if self.kind != "local":
                return self.base_url or ""
            if self.service is None:
                return self.start_service()
            base_url = self.service.ensure_running()
            if base_url != self._base_url:
                logger.warning("The built-in service came back at a new address %s", base_url)
                self._make_client(base_url)
            return base_url

    def shutdown(self) -> None:
        """Stop the built-in service (blocking, a few seconds at most). Safe to call twice."""
        with self._lock:
            service, self.service = self.service, None
        if service is not None:
            service.stop()

    def cancel_start(self) -> None:
        """Interrupt a start or restart that is waiting for the service (from any thread)."""
        service = self.service
        if service is not None:
            service.stop()
            with self._lock:
                self.service = None

    # -- the client (event loop) -------------------------------------------------------------------------

    def _identity(self) -> StationIdentity:
        try:
            return station_identity(self.config, self.secrets)
        except StationNotSetUp:
            raise SetupError(
                "The station's client secret is missing from this computer's secret store: the administrator has "
                "to set the station up again (Settings, with the admin PIN).") from None

    def _make_client(self, base_url: str, identity: StationIdentity | None = None) -> str:
        identity = identity if identity is not None else self._identity()
        if self._budget is None:
            self._budget = CallBudget(state_dir=self.budget_dir) if self.budget_dir else CallBudget()
        old = self.client
        # Failover addresses belong to the configured server, never to the built-in service.
        failover = self.config.failover_endpoints if self.kind == "hosted" else ()
        self.client = FaceCheckClient(base_url, identity.client_id, identity.client_secret, budget=self._budget,
                                      failover_urls=failover, **self._client_options)
        self._base_url = base_url
        if old is not None:
            self._orphans.append(old)
        return base_url

    @property
    def budget(self) -> CallBudget | None:
        """The hourly call budget (shared by every client this session makes)."""
        return self._budget

    async def sign_in(self, username: str, password: str) -> str:
        """Sign the operator in; remembers the user name for next time. Raises the client's errors."""
        if self.client is None:
            raise errors.ServiceUnreachableError("The station is not connected to a service yet: wait a moment.")
        username = username.strip()
        await self.client.login(username, password)
        if self.config.operator_username != username:
            self.config.operator_username = username
            # Off the loop's thread (the GUI thread): the save ends with an fsync, which a slow disk can stall.
            await asyncio.get_running_loop().run_in_executor(None, self._save_quietly)
        return username

    def _save_quietly(self) -> None:
        try:
            self.config.save(self.config_path)
        except (OSError, ConfigError) as error:  # remembering the name is a convenience, not worth failing for
            logger.warning("Could not save the station settings: %s", error)

    async def sign_out(self) -> None:
        """Forget the operator's tokens (the client stays, for the next operator)."""
        if self.client is not None:
            await self.client.logout()

    async def check_connection(self) -> bool:
        """Whether the server answers now. The built-in service must answer its health check; the hosted
        service counts as reachable when it answers anything (it has no health endpoint)."""
        url = self.base_url
        if url is None:
            return False
        if self.kind == "local" and (self.service is None or not self.service.running):
            return False
        loopback = httpx.URL(url).host in ("127.0.0.1", "localhost", "::1")
        try:
            async with httpx.AsyncClient(timeout=HEALTH_TIMEOUT_SECONDS, trust_env=not loopback) as http:
                response = await http.get(url.rstrip("/") + "/health")
        except httpx.HTTPError:
            return False
        if self.kind == "hosted":
            return True
        try:
            return response.status_code == 200 and response.json().get("status") == "ok"
        except (ValueError, AttributeError):
            return False

    async def close(self) -> None:
        """Close the HTTP connections (the clients' and any replaced ones)."""
        clients = [*self._orphans, *([self.client] if self.client is not None else [])]
        self._orphans.clear()
        for client in clients:
            await client.aclose()


def _check_operator(username: str, password: str) -> None:
    if not username:
        raise SetupError("Type a user name for the operator.", field="username")
    if any(character.isspace() for character in username):
        raise SetupError("The user name cannot contain spaces.", field="username")
    if len(password) < 8:
        raise SetupError("The password needs at least 8 characters.", field="password")


def _check_pin(pin: str) -> None:
    if len(pin) < MIN_PIN_LENGTH or not pin.isdigit():
        raise SetupError(f"The admin PIN needs at least {MIN_PIN_LENGTH} digits (numbers only).", field="pin")


# LocalServiceError is what `start_service` and `reconnect` raise; re-exported for the GUI's imports.
__all__ = [
    "BudgetLevel",
    "LocalServiceError",
    "ProvisioningError",
    "Session",
    "SetupError",
    "SetupResult",
    "budget_level",
    "default_log_dir",
    "secret_name",
]
