"""`LocalService`: supervises one `facestation serve` child process on a loopback port: start and wait for
its health check, restart it with a backoff when it dies, stop it, and the files it keeps in the data dir (the
log, the pid file of a service left running, the lock that keeps a second station off the same folder)."""

from __future__ import annotations

import atexit
import contextlib
import json
import logging
import os
import shlex
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from facestation.private_files import (
    check_private_folder,
    make_private_dir,
    make_private_file,
    private_files_warning,
)
from facestation.station.core.local_service.errors import LocalServiceError
from facestation.station.core.local_service.ports import (
    answers_health,
    free_port,
    port_is_free,
)
from facestation.station.core.local_service.processes import (
    LINUX,
    child_environment,
    end_process_group,
    facestation_command,
    is_leftover_service,
    new_process_group,
    terminate,
    try_lock,
    wait_for_group_to_end,
)

__all__ = [
    "HEALTH_POLL_SECONDS",
    "LOCK_FILE_NAME",
    "LOG_FILE_NAME",
    "LOG_TAIL_LINES",
    "MAX_LOG_BYTES",
    "PID_FILE_NAME",
    "LocalService",
    "running_service_url",
]

# The logger name of the module this code was split from: the station log reads as before.
logger = logging.getLogger("facestation.station.core.local_service")

LOG_FILE_NAME = "service.log"
PID_FILE_NAME = "station-service.pid"
LOCK_FILE_NAME = "station-service.lock"
LOG_TAIL_LINES = 20
MAX_LOG_BYTES = 5_000_000  # rotated to service.log.1 at start when larger
HEALTH_POLL_SECONDS = 0.2


class LocalService:
    """Supervises one `facestation serve` child process on a loopback port, with its data in `data_dir`.

    Thread-safe: `start`, `ensure_running` and `stop` may be called from different threads; `stop` interrupts a
    start that is waiting for the service or a restart that is backing off.

    One supervisor per data dir: from the first start until `stop` it holds a lock file in the data dir (released
    by the OS if the station dies), so a second station on the same folder is refused instead of fighting the
    first over the service, and a service found running without a lock holder is known to be left over.
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        python: str = sys.executable,
        host: str = "127.0.0.1",
        port: int | None = None,
        workers: int | None = None,
        log_path: Path | None = None,
        extra_args: Sequence[str] = (),
        max_restarts: int = 5,
        restart_backoff: float = 1.0,
        max_backoff: float = 30.0,
        stable_after: float = 60.0,
    ) -> None:
        """`port=None` picks a free port (kept across restarts while it stays free); `workers=None` lets the
        service use one recognition process per core. After `max_restarts` failures in a row (a run shorter than
        `stable_after` seconds counts as one), `ensure_running` gives up until `start` is called again; between
        tries it waits 0, then `restart_backoff` doubling up to `max_backoff` seconds."""
        self.data_dir = Path(data_dir)
        self.python = python
        self.host = host
        self.workers = workers
        self.extra_args = tuple(extra_args)
        self.log_path = Path(log_path) if log_path is not None else self.data_dir / LOG_FILE_NAME
        self._private_warning: str | None = None  # the last one logged, so a restart does not repeat it
        self.max_restarts = max_restarts
        self.restart_backoff = restart_backoff
        self.max_backoff = max_backoff
        self.stable_after = stable_after
        self._requested_port = port
        self._port = port
        self._process: subprocess.Popen[bytes] | None = None
        self._lock = threading.RLock()
        self._stopping = threading.Event()  # set by stop(): interrupts waits, forbids automatic restarts
        self._stopped_on_request = False
        self._started_at = 0.0
        self._restart_count = 0
        self._consecutive_failures = 0
        self._log_offset = 0
        self._atexit_registered = False
        self._instance_lock: IO[bytes] | None = None

    def __repr__(self) -> str:
        return f"LocalService({str(self.data_dir)!r}, url={self.base_url!r}, running={self.running})"

    def __enter__(self) -> LocalService:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # -- state -------------------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """Whether the child process is alive (it may still be starting; `start` returns once it answers)."""
        process = self._process
        return process is not None and process.poll() is None

    @property
    def port(self) -> int | None:
        return self._port

    @property
    def base_url(self) -> str | None:
        """`http://HOST:PORT/api`, once a port is known (the client's base URL)."""
        if self._port is None:
            return None
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self._port}/api"

    @property
    def pid(self) -> int | None:
        process = self._process
        return process.pid if process is not None else None

    @property
    def restart_count(self) -> int:
        """Automatic restarts since this object was made (for the status bar and the log)."""
        return self._restart_count

    @property
    def consecutive_failures(self) -> int:
        return self._consecutive_failures

    @property
    def next_restart_delay(self) -> float:
        """Seconds `ensure_running` would wait before its next restart attempt."""
        if self._consecutive_failures <= 1:
            return 0.0
        return float(min(self.max_backoff, self.restart_backoff * 2 ** (self._consecutive_failures - 2)))

    def command(self, port: int) -> list[str]:
        """The child's command line (no secrets in it: the log shows it)."""
        command = [*facestation_command(self.python), "serve", "--host", self.host, "--port", str(port),
                   "--data-dir", str(self.data_dir)]
        if self.workers is not None:
            command += ["--workers", str(self.workers)]
        return command + list(self.extra_args)

    # -- start, supervise, stop --------------------------------------------------------------------------

    def start(self, timeout: float = 90) -> str:
        """Start the service (if it is not running) and wait until it answers; returns the base URL.

        An explicit start is also the operator's "try again": it resets the crash-loop counter.
        Raises LocalServiceError with the reason and the last lines of the service log.
        """
        with self._lock:
            self._stopping.clear()
            self._stopped_on_request = False
            self._consecutive_failures = 0
            if self.running:
                assert self.base_url is not None
                return self.base_url
            return self._spawn_and_wait(timeout)

    def ensure_running(self, timeout: float = 90) -> str:
        """Restart the service if its process died; returns the base URL (the same one, unless its port was
        taken by another program meanwhile). Waits out the backoff first; gives up with LocalServiceError after
        `max_restarts` failures in a row, and never restarts a service that `stop` stopped."""
        with self._lock:
            if self._stopped_on_request:
                raise LocalServiceError("The built-in service was stopped; start it again to use it.")
            process = self._process
            if process is not None and process.poll() is None:
                assert self.base_url is not None
                return self.base_url
            if process is not None:
                self._forget_dead_process(process)
            if self._consecutive_failures > self.max_restarts:
                raise LocalServiceError(self._with_log_tail(
                    f"The built-in service stopped {self._consecutive_failures} times in a row, so it is not "
                    "restarted again automatically. Restart the station; if it keeps happening, send the "
                    "service log to your administrator."))
            delay = self.next_restart_delay
            if delay > 0:
                logger.info("Restarting the built-in service in %.1f s", delay)
                if self._stopping.wait(delay):
                    raise LocalServiceError("The built-in service was stopped while waiting to restart.")
            if process is not None or self._consecutive_failures:
                self._restart_count += 1
            try:
                return self._spawn_and_wait(timeout)
            except LocalServiceError:
                self._consecutive_failures += 1
                raise

    def stop(self, timeout: float = 15) -> None:
        """Stop the service: SIGTERM (Windows: terminate), wait up to `timeout` s, then kill. Safe to call twice."""
        self._stopping.set()  # before the lock: wakes a start or backoff that holds it
        with self._lock:
            self._stopped_on_request = True
            process, self._process = self._process, None
            if process is not None:
                terminate(process, timeout)
                logger.info("Built-in service stopped (exit code %s)", process.returncode)
                self._remove_pid_file()
            self._release_instance_lock()
            self._unregister_atexit()

    # -- internals ---------------------------------------------------------------------------------------

    def _forget_dead_process(self, process: subprocess.Popen[bytes]) -> None:
        uptime = time.monotonic() - self._started_at
        end_process_group(process.pid, grace=0)  # its recognition workers outlive a crash: end them too
        self._process = None
        self._remove_pid_file()
        if uptime >= self.stable_after:
            self._consecutive_failures = 0
        self._consecutive_failures += 1
        logger.warning("The built-in service stopped unexpectedly (exit code %s) after %.0f s",
                       process.returncode, uptime)

    def _spawn_and_wait(self, timeout: float) -> str:
        try:
            return self._spawn_and_wait_once(timeout)
        except BaseException:
            if self._process is None:
                self._release_instance_lock()  # nothing to supervise: another station may take the folder
            raise

    def _spawn_and_wait_once(self, timeout: float) -> str:
        self._prepare_data_dir()
        self._acquire_instance_lock()
        self._stop_leftover_service()
        port = self._choose_port()
        command = self.command(port)
        log = self._open_log(command)
        try:
            process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                       env=child_environment(), **new_process_group())
        except OSError as error:
            raise LocalServiceError(f"Could not run the built-in service with {self.python}: {error}") from error
        finally:
            log.close()
        self._process = process
        self._port = port
        self._write_pid_file(process.pid, port)
        self._register_atexit()
        try:
            self._wait_until_healthy(process, timeout)
        except BaseException:
            terminate(process, 10)
            self._process = None
            self._remove_pid_file()
            raise
        self._started_at = time.monotonic()
        logger.info("Built-in service running at %s (pid %d)", self.base_url, process.pid)
        self._warn_if_not_private()
        assert self.base_url is not None
        return self.base_url

    def _wait_until_healthy(self, process: subprocess.Popen[bytes], timeout: float) -> None:
        url = f"{self.base_url}/health"
        # No proxy: an HTTP(S)_PROXY in the environment must not route loopback requests elsewhere.
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        deadline = time.monotonic() + timeout
        while True:
            code = process.poll()
            if code is not None:
                raise LocalServiceError(self._with_log_tail(
                    f"The built-in service stopped while starting (exit code {code})."))
            if self._stopping.is_set():
                raise LocalServiceError("The built-in service was stopped while it was starting.")
            # Checked again after the answer: it must come from our process, not one that holds the port.
            if answers_health(opener, url) and process.poll() is None:
                return
            if time.monotonic() >= deadline:
                raise LocalServiceError(self._with_log_tail(
                    f"The built-in service did not answer at {url} within {timeout:g} s."))
            self._stopping.wait(HEALTH_POLL_SECONDS)

    def _prepare_data_dir(self) -> None:
        if self.data_dir.exists() and not self.data_dir.is_dir():
            raise LocalServiceError(f"The service data folder {self.data_dir} is a file, not a folder: choose "
                                    "another folder in the settings.")
        try:
            make_private_dir(self.data_dir)  # the service's database, key and log: this account's alone
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise LocalServiceError(f"Cannot create the service data folder {self.data_dir}: "
                                    f"{error.strerror or error}.") from error

    def _warn_if_not_private(self) -> None:
        """Once the service has made its files, say (once per finding) what other accounts can still read."""
        warning = private_files_warning(check_private_folder(self.data_dir))
        if warning is not None and warning != self._private_warning:
            logger.warning(warning)
        self._private_warning = warning

    def _choose_port(self) -> int:
        if self._requested_port is not None:
            if not port_is_free(self.host, self._requested_port):
                raise LocalServiceError(
                    f"Port {self._requested_port} on {self.host} is already in use by another program: choose "
                    "another port for the built-in service, or let the station pick a free one.")
            return self._requested_port
        if self._port is not None and port_is_free(self.host, self._port):
            return self._port  # same URL as before the restart, so clients keep working
        return free_port(self.host)

    def _open_log(self, command: list[str]) -> IO[bytes]:
        with contextlib.suppress(OSError):
            if self.log_path.stat().st_size > MAX_LOG_BYTES:
                os.replace(self.log_path, self.log_path.with_name(self.log_path.name + ".1"))
        try:
            make_private_file(self.log_path)
            log = self.log_path.open("ab")
        except OSError as error:
            raise LocalServiceError(f"Cannot write the service log {self.log_path}: "
                                    f"{error.strerror or error}.") from error
        stamp = time.strftime("%Y-%m-%d %H:%M:%S")
        log.write(f"\n==== {stamp} FaceStation starts the built-in service: {shlex.join(command)}\n".encode())
        log.flush()
        self._log_offset = log.tell()
        return log

    def _with_log_tail(self, message: str) -> str:
        """The message, then the last lines the service wrote since its latest start."""
        try:
            with self.log_path.open("rb") as log:
                size = log.seek(0, os.SEEK_END)
                start = max(self._log_offset, size - 16_000)
                log.seek(start)
                text = log.read().decode("utf-8", errors="replace")
        except OSError:
            return f"{message} (Its log {self.log_path} cannot be read.)"
        lines = [line for line in text.splitlines() if line.strip()][-LOG_TAIL_LINES:]
        if not lines:
            return f"{message} It wrote nothing to its log ({self.log_path})."
        return f"{message}\nLast lines of its log ({self.log_path}):\n" + "\n".join(lines)

    def _acquire_instance_lock(self) -> None:
        if self._instance_lock is not None:
            return
        path = self.data_dir / LOCK_FILE_NAME
        try:
            make_private_file(path)
            handle = path.open("a+b")
        except OSError as error:
            raise LocalServiceError(f"Cannot write in the service data folder {self.data_dir}: "
                                    f"{error.strerror or error}.") from error
        if not try_lock(handle):
            handle.close()
            raise LocalServiceError(
                f"Another FaceStation is already running the built-in service in {self.data_dir}. Close it "
                "first, or give this station its own data folder.")
        self._instance_lock = handle

    def _release_instance_lock(self) -> None:
        handle, self._instance_lock = self._instance_lock, None
        if handle is not None:
            handle.close()  # closing releases the lock

    # A station that was killed leaves its service running (it is in its own session, so it outlives the
    # station); the pid file lets the next start on the same data dir end it instead of running two. Only
    # after taking the instance lock: a pid file whose station still lives belongs to that station.
    def _pid_file(self) -> Path:
        return self.data_dir / PID_FILE_NAME

    def _write_pid_file(self, pid: int, port: int) -> None:
        with contextlib.suppress(OSError):
            make_private_file(self._pid_file())
            self._pid_file().write_text(json.dumps({"pid": pid, "port": port}), encoding="utf-8")

    def _remove_pid_file(self) -> None:
        with contextlib.suppress(OSError):
            self._pid_file().unlink(missing_ok=True)

    def _stop_leftover_service(self) -> None:
        try:
            pid = int(json.loads(self._pid_file().read_text(encoding="utf-8"))["pid"])
        except (OSError, ValueError, KeyError, TypeError):
            return
        if self._process is not None and self._process.pid == pid:
            return
        if not LINUX:
            # Without /proc we cannot tell our old service from an unrelated process that reused its pid.
            logger.warning("A pid file of an earlier built-in service (pid %d) was left in %s; not touching the "
                           "process", pid, self.data_dir)
        elif is_leftover_service(pid, self.data_dir):
            logger.warning("Stopping the built-in service left running by an earlier station (pid %d)", pid)
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGTERM)
            wait_for_group_to_end(pid, 10)
            end_process_group(pid, grace=0)
        self._remove_pid_file()

    def _register_atexit(self) -> None:
        if not self._atexit_registered:
            atexit.register(self._stop_at_exit)
            self._atexit_registered = True

    def _unregister_atexit(self) -> None:
        if self._atexit_registered:
            atexit.unregister(self._stop_at_exit)
            self._atexit_registered = False

    def _stop_at_exit(self) -> None:
        self.stop(timeout=5)


def running_service_url(data_dir: Path, *, timeout: float = 3) -> str | None:
    """The base URL of the built-in service another process (a running station) supervises on `data_dir`, when it
    answers its health check; None when there is none. Read from the pid file its supervisor keeps."""
    try:
        port = int(json.loads((Path(data_dir) / PID_FILE_NAME).read_text(encoding="utf-8"))["port"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    base_url = f"http://127.0.0.1:{port}/api"
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: never via a proxy
    return base_url if answers_health(opener, base_url + "/health", timeout=timeout) else None
