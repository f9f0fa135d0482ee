"""The built-in service's errors and the account the station creates in it (shared by the supervisor and
provisioning, so neither imports the other)."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["LocalServiceError", "ProvisioningError", "StationAccount"]


class LocalServiceError(RuntimeError):
    """The built-in service could not be started or stays down; the message says why, for the operator to read."""


class ProvisioningError(LocalServiceError):
    """Creating the station's API client or operator failed.

    `account` is set when the API client was created and only the operator failed: its secret exists nowhere
    else (the service keeps a hash), so the caller should store it and retry with `create_operator`.
    """

    def __init__(self, message: str, *, account: StationAccount | None = None) -> None:
        super().__init__(message)
        self.account = account


@dataclass(frozen=True)
class StationAccount:
    """The API client the station created in its built-in service."""

    client_id: str
    client_secret: str = field(repr=False)  # never in logs or tracebacks
