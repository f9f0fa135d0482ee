"""Real `facestation serve` processes, for the tests and benchmarks that run several on one database.

Each process gets a data dir of its own, as on separate machines: all they share is the database URL.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from tests.support.ports import free_port


@dataclass
class ServeProcess:
    process: subprocess.Popen[bytes]
    base_url: str
    port: int
    log: Path

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def wait_until_healthy(self, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(f"{self.base_url}/health", timeout=2) as answer:
                    if answer.status == 200:
                        return
            except OSError:  # refused, reset, timed out, or an HTTP error status (URLError is an OSError)
                pass
            if self.process.poll() is not None:
                raise RuntimeError(f"the service exited ({self.process.returncode}):\n{self.log_tail()}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"no answer from /api/health within {timeout:.0f} s:\n{self.log_tail()}")
            time.sleep(0.2)

    def stop(self) -> None:
        """SIGTERM (a graceful shutdown), SIGKILL when it does not end within a minute."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def start_serve(database_url: str | None, data_dir: Path, log: Path, *extra: str,
                through_environment: bool = False) -> ServeProcess:
    """`facestation serve` on a free loopback port with one recognition worker; `extra` arguments are appended.
    `database_url` None: the SQLite database in the data dir. `through_environment`: the URL goes in
    FACESTATION_DATABASE_URL instead of --database."""
    port = free_port()
    command = [sys.executable, "-m", "facestation", "serve", "--port", str(port), "--data-dir", str(data_dir),
               "--workers", "1", *extra]
    environment = {name: value for name, value in os.environ.items() if name != "FACESTATION_DATABASE_URL"}
    if database_url is not None and through_environment:
        environment["FACESTATION_DATABASE_URL"] = database_url
    elif database_url is not None:
        command += ["--database", database_url]
    with log.open("wb") as output:
        # Its own session: a Ctrl+C in a terminal reaches only the caller, which stops its services itself.
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                   env=environment, start_new_session=True)
    return ServeProcess(process, f"http://127.0.0.1:{port}/api", port, log)
