"""First run: the station's API client and operators, created in the built-in service's data dir through
`facestation admin` subprocesses (the station never imports the service's store)."""

from __future__ import annotations

import secrets
import subprocess
import sys
from pathlib import Path

from facestation.station.core.local_service.errors import (
    ProvisioningError,
    StationAccount,
)
from facestation.station.core.local_service.processes import (
    child_environment,
    facestation_command,
    no_window,
)

__all__ = ["ADMIN_TIMEOUT_SECONDS", "DEFAULT_CLIENT_ID", "create_client", "create_operator", "provision"]

DEFAULT_CLIENT_ID = "facestation-station"
ADMIN_TIMEOUT_SECONDS = 120.0

#
# The secret and the password travel as command-line arguments of `facestation admin`. Arguments are visible
# to other processes of the same user (and to administrators) while the command runs, for a fraction of a
# second. That is acceptable on a single-user kiosk, where anyone who can list processes can also read the
# station's own secret store; it would not be on a shared multi-user machine. They never reach a log: the
# admin command does not print them, and its output is redacted before it goes into an error message.


def provision(
    data_dir: Path,
    *,
    client_id: str = DEFAULT_CLIENT_ID,
    operator_username: str,
    operator_password: str,
    python: str = sys.executable,
    timeout: float = ADMIN_TIMEOUT_SECONDS,
) -> StationAccount:
    """First run: create the station's API client (with a generated secret) and its first operator in the
    built-in service's data dir, through `facestation admin` subprocesses. Works whether the service runs or not.

    Raises ProvisioningError; when only the operator failed, the error carries the created `account`.
    """
    account = create_client(data_dir, client_id=client_id, python=python, timeout=timeout)
    try:
        create_operator(data_dir, client_id=client_id, username=operator_username, password=operator_password,
                        python=python, timeout=timeout)
    except ProvisioningError as error:
        raise ProvisioningError(f"{error} (The station's API client {client_id!r} was created; only the operator "
                                "account is missing.)", account=account) from None
    return account


def create_client(
    data_dir: Path, *, client_id: str = DEFAULT_CLIENT_ID, python: str = sys.executable,
    timeout: float = ADMIN_TIMEOUT_SECONDS,
) -> StationAccount:
    """Create an API client with a new random secret; returns it (the service stores only a hash)."""
    _require_text("client id", client_id)
    secret = secrets.token_urlsafe(32)
    # `--option=value`: a value starting with "-" (token_urlsafe makes those) must not read as an option.
    completed = _run_admin(data_dir, [f"--client-id={client_id}", f"--client-secret={secret}"],
                           "create-client", python=python, timeout=timeout, hide=(secret,))
    if completed is not None:
        if "already exists" in completed:
            raise ProvisioningError(
                f"The service data folder {data_dir} already has an API client {client_id!r}. The service keeps "
                "only a hash of its secret, so it cannot be recovered: use the credentials the station saved, or "
                "set the station up with a new data folder.")
        raise ProvisioningError(f"Could not create the station's API client: {completed}")
    return StationAccount(client_id, secret)


def create_operator(
    data_dir: Path, *, client_id: str = DEFAULT_CLIENT_ID, username: str, password: str,
    python: str = sys.executable, timeout: float = ADMIN_TIMEOUT_SECONDS,
) -> None:
    """Create an operator (a user of the station's API client) who signs in with `password`."""
    _require_text("operator name", username)
    _require_text("password", password)
    completed = _run_admin(data_dir, [f"--client-id={client_id}", f"--username={username}", f"--password={password}"],
                           "create-user", python=python, timeout=timeout, hide=(password,))
    if completed is not None:
        if "already exists" in completed:
            raise ProvisioningError(f"There is already an operator named {username!r}: choose another name, or "
                                    "sign in with that account.")
        if "no client" in completed.lower():
            raise ProvisioningError(f"The built-in service has no API client {client_id!r} to add operators to.")
        raise ProvisioningError(f"Could not create the operator {username!r}: {completed}")


def _require_text(what: str, value: str) -> None:
    if not value or not value.strip():
        raise ValueError(f"The {what} must not be empty.")


def _run_admin(data_dir: Path, arguments: list[str], action: str, *, python: str, timeout: float,
               hide: tuple[str, ...]) -> str | None:
    """Run `facestation admin ACTION`; None on success, else its (redacted) error output."""
    command = [*facestation_command(python), "admin", "--data-dir", str(data_dir), action, *arguments]
    try:
        completed = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                                   timeout=timeout, check=False, env=child_environment(), **no_window())
    except subprocess.TimeoutExpired:
        # `from None`: the exception's text holds the command line, and with it the secret.
        raise ProvisioningError(f"`facestation admin {action}` did not finish within {timeout:g} s.") from None
    except OSError as error:
        raise ProvisioningError(f"Could not run `facestation admin` with {python}: {error.strerror or error}.") from None
    if completed.returncode == 0:
        return None
    output = (completed.stderr.strip() or completed.stdout.strip() or f"exit code {completed.returncode}")
    for value in hide:
        output = output.replace(value, "***")
    lines = output.splitlines()[-5:]
    return "\n".join(line.removeprefix("facestation admin: ") for line in lines)
