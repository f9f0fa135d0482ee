"""A throw-away PostgreSQL cluster from the Debian binaries: initdb in a temporary folder, a free loopback port.

For the tests (the `postgres_cluster` fixture) and the benchmarks; a developer can start one by hand too
(`python -m tests.support.postgres` prints a URL and keeps the cluster until Enter). fsync is off: the
cluster is thrown away, and the tests and benchmarks measure the service, not the disk.
"""

from __future__ import annotations

import getpass
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tests.support.ports import free_port

SUPERUSER = "facestation"


def find_binaries() -> Path | None:
    """The newest /usr/lib/postgresql/N/bin holding initdb and pg_ctl (Debian's layout), or None."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda path: _major(path), reverse=True)
    for candidate in candidates:
        folder = Path(candidate)
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    return None


def _major(path: str) -> int:
    try:
        return int(Path(path).parent.name)
    except ValueError:
        return 0


@dataclass
class Cluster:
    """One running cluster; `url(db)` is a SQLAlchemy URL for one of its databases."""

    binaries: Path
    root: Path
    port: int
    run_as: str | None  # PostgreSQL refuses to run as root: the unprivileged user it runs as then

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def log(self) -> Path:
        return self.root / "server.log"

    def url(self, database: str) -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def _run(self, *command: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        argv = list(command)
        if self.run_as is not None:
            argv = ["runuser", "-u", self.run_as, "--", *argv]
        return subprocess.run(argv, check=check, capture_output=True, stdin=subprocess.DEVNULL, text=True, timeout=120,
                              env={**os.environ, "LC_ALL": "C.UTF-8", "PGUSER": SUPERUSER})

    @property
    def _options(self) -> str:
        return f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"

    def start(self) -> None:
        self._run(str(self.binaries / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60",
                  "-o", self._options, "start")

    def stop(self, mode: str = "fast") -> None:
        self._run(str(self.binaries / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop", check=False)

    def restart(self) -> None:
        # -l on restart too: without it the new server keeps our capture pipes open and run() never returns.
        self._run(str(self.binaries / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-m", "fast", "-w",
                  "-t", "60", "-o", self._options, "restart")

    def create_database(self, name: str) -> str:
        self._run(str(self.binaries / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", SUPERUSER, name)
        return self.url(name)


def create_cluster(binaries: Path) -> Cluster:
    """initdb a cluster in a new temporary folder and start it on a free loopback port (trust auth, local only)."""
    run_as = _unprivileged_user() if os.geteuid() == 0 else None
    root = Path(tempfile.mkdtemp(prefix="facestation-pg-"))
    if run_as is not None:
        shutil.chown(root, user=run_as)
    cluster = Cluster(binaries, root, free_port(), run_as)
    # UTF-8 with a Unicode-aware character type: lower() must fold "Á" like Python does.
    cluster._run(str(binaries / "initdb"), "-D", str(cluster.data), "-U", SUPERUSER, "--auth=trust",
                 "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync")
    try:
        cluster.start()
    except subprocess.CalledProcessError as error:
        log = cluster.log.read_text() if cluster.log.exists() else ""
        remove_cluster(cluster)
        raise RuntimeError(f"PostgreSQL did not start: {error.stderr}\n{log}") from error
    return cluster


def remove_cluster(cluster: Cluster) -> None:
    cluster.stop("immediate")
    shutil.rmtree(cluster.root, ignore_errors=True)


def _unprivileged_user() -> str:
    """PostgreSQL will not run as root: use the Debian package's `postgres` user, else `nobody`."""
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError(f"running as {getpass.getuser()} and there is no unprivileged user to run PostgreSQL as")


if __name__ == "__main__":
    found = find_binaries()
    if found is None:
        raise SystemExit("no PostgreSQL binaries under /usr/lib/postgresql/*/bin (apt-get install postgresql)")
    started = create_cluster(found)
    print(started.create_database("facestation"))
    try:
        input("Enter stops and removes the cluster. ")
    finally:
        remove_cluster(started)
