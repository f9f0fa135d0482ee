"""Connecting as this computer's station, without Qt: the API client the station set up (its id, and its secret
from the secret store) and where its server answers (the hosted endpoint, or the built-in service).

The station's `Session.start_service` and `facestation import` both connect through `connect_as_station`, so
neither rebuilds the other's rules (which secret belongs to which server kind, how a running station's
built-in service is found).

    identity = station_identity(config, secrets)       # quick: raises StationNotSetUp
    connection = connect_as_station(config, identity)  # blocking: may start the built-in service
    FaceCheckClient(connection.base_url, identity.client_id, identity.client_secret)
    ...
    connection.close()                                 # stops a service started for this connection
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, Protocol

from facestation.station.core.config import ServerKind, StationConfig
from facestation.station.core.credentials import SecretStore
from facestation.station.core.local_service import LocalService, running_service_url

__all__ = [
    "ServiceToStart",
    "StationConnection",
    "StationIdentity",
    "StationNotSetUp",
    "connect_as_station",
    "secret_name",
    "station_identity",
]


def secret_name(kind: ServerKind) -> str:
    """The SecretStore name of the API client secret for a server kind (each kind keeps its own)."""
    return f"{kind}-client-secret"


class StationNotSetUp(Exception):
    """This computer cannot connect as the station: `missing` says what is missing ("setup": no server chosen
    or no API client; "secret": the client's secret is not in this user's secret store). Each caller words it
    for its own reader."""

    def __init__(self, missing: Literal["setup", "secret"]) -> None:
        super().__init__(f"the station's {'set-up' if missing == 'setup' else 'client secret'} is missing")
        self.missing = missing


@dataclass(frozen=True)
class StationIdentity:
    """The API client the station signs in with, and the kind of server it belongs to."""

    kind: ServerKind
    client_id: str
    client_secret: str = field(repr=False)  # never in logs or tracebacks


class ServiceToStart(Protocol):
    """What `connect_as_station` needs of a built-in service (`LocalService`, or a test's stand-in)."""

    def start(self, timeout: float = ...) -> str: ...

    def stop(self, timeout: float = ...) -> None: ...


@dataclass
class StationConnection:
    """Where the station's server answers: `base_url`, with `failover_urls` for the hosted service; `service` is
    the built-in service when this connection started it (the caller owns it: `close()` stops it)."""

    identity: StationIdentity
    base_url: str
    failover_urls: tuple[str, ...] = ()
    service: ServiceToStart | None = None

    def close(self) -> None:
        service, self.service = self.service, None
        if service is not None:
            service.stop()


def station_identity(config: StationConfig, secrets: SecretStore) -> StationIdentity:
    """The station's API client, from its config and this user's secret store. Quick (a keyring look-up).

    Raises StationNotSetUp, or SecretStoreUnavailable when the secret store cannot be read."""
    kind = config.server_kind
    if kind is None or not config.client_id:
        raise StationNotSetUp("setup")
    secret = secrets.get(secret_name(kind))
    if secret is None:
        raise StationNotSetUp("secret")
    return StationIdentity(kind, config.client_id, secret)


def connect_as_station(config: StationConfig, identity: StationIdentity, *, service: ServiceToStart | None = None,
                       use_running_service: bool = False,
                       starting: Callable[[], None] | None = None) -> StationConnection:
    """Where `identity`'s server answers. Hosted: the configured endpoint and its failover addresses. Built-in:
    with `use_running_service`, the service a running station already supervises on the data folder (found
    through its pid file); else `service` (or a new `LocalService` on the data folder) is started, which blocks
    until it answers (up to ~90 s) and raises LocalServiceError when it does not.

    A service passed in stays the caller's (the station's Session keeps it for its restarts); one made here is
    the connection's, stopped by `close()`. `starting` is called just before a service is started (to say
    why there is a wait)."""
    if identity.kind == "hosted":
        return StationConnection(identity, config.hosted_endpoint, tuple(config.failover_endpoints))
    data_dir = config.effective_local_data_dir
    if use_running_service:
        running = running_service_url(data_dir)
        if running is not None:
            return StationConnection(identity, running)
    if starting is not None:
        starting()
    if service is not None:
        return StationConnection(identity, service.start())
    own = LocalService(data_dir)
    return StationConnection(identity, own.start(), service=own)
