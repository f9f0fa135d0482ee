"""The built-in FaceCheck service as a supervised child process (architecture: "The built-in service at a station").

The station never imports `facestation.service` or `facestation.store`: it runs `python -m facestation serve`
on a free loopback port with its own data dir, waits for `GET /api/health`, restarts it when it dies (with a
backoff, so a crash loop does not spin), stops it on exit, and creates its accounts with
`python -m facestation admin` (a frozen build has no Python: it runs itself, `facestation serve` and `facestation
admin`). It then talks to it over HTTP with the same client as to the hosted service.

Everything here blocks (subprocesses, a health poll with urllib): the Qt side calls it from a worker thread.

    service = LocalService(data_dir)
    account = provision(data_dir, operator_username="reception", operator_password=password)  # first run only
    base_url = service.start()            # "http://127.0.0.1:PORT/api"
    ...
    base_url = service.ensure_running()   # from a periodic check: restarts a dead service
    service.stop()

The package's modules: `supervisor` (LocalService: the child process, its restarts, its log, pid and lock
files), `provisioning` (the first run's API client and operator), `processes` (command lines, process groups,
left-over services), `ports` (loopback ports and the health check), `errors`.
"""

from facestation.station.core.local_service.errors import (
    LocalServiceError,
    ProvisioningError,
    StationAccount,
)
from facestation.station.core.local_service.processes import (
    FROZEN_CONSOLE_NAME,
    facestation_command,
)
from facestation.station.core.local_service.provisioning import (
    ADMIN_TIMEOUT_SECONDS,
    DEFAULT_CLIENT_ID,
    create_client,
    create_operator,
    provision,
)
from facestation.station.core.local_service.supervisor import (
    HEALTH_POLL_SECONDS,
    LOCK_FILE_NAME,
    LOG_FILE_NAME,
    LOG_TAIL_LINES,
    MAX_LOG_BYTES,
    PID_FILE_NAME,
    LocalService,
    running_service_url,
)

__all__ = [
    "ADMIN_TIMEOUT_SECONDS",
    "DEFAULT_CLIENT_ID",
    "FROZEN_CONSOLE_NAME",
    "HEALTH_POLL_SECONDS",
    "LOCK_FILE_NAME",
    "LOG_FILE_NAME",
    "LOG_TAIL_LINES",
    "MAX_LOG_BYTES",
    "PID_FILE_NAME",
    "LocalService",
    "LocalServiceError",
    "ProvisioningError",
    "StationAccount",
    "create_client",
    "create_operator",
    "facestation_command",
    "provision",
    "running_service_url",
]
