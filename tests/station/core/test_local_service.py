"""LocalService and provisioning with real processes.

The main scenario runs the real `facestation serve` and `facestation admin` (first run, sign-in through the API
client, a crash and its restart, stop). Supervision details (crash loops, backoff, a service that ignores
SIGTERM or never answers, one left behind by a killed station) use a tiny stand-in service: a script that
takes the same command line and answers GET /api/health, so they run in milliseconds instead of seconds.
"""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import shlex
import signal
import socket
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from facestation.api import Capabilities, FaceCheckClient
from facestation.station.core import local_service
from facestation.station.core.local_service import (
    DEFAULT_CLIENT_ID,
    LOCK_FILE_NAME,
    LOG_FILE_NAME,
    PID_FILE_NAME,
    LocalService,
    LocalServiceError,
    ProvisioningError,
    StationAccount,
    create_operator,
    provision,
)
from tests.support.modes import mode_of

# Windows: stand-in scripts run through a shebang, and os.kill(pid, 0) would send CTRL_C_EVENT there.
POSIX_ONLY = pytest.mark.skipif(sys.platform == "win32", reason="POSIX processes and scripts")
LINUX_ONLY = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")

# `python -m facestation serve --host H --port P --data-dir D ...` as the stand-in sees it: argv[1:] starts at -m.
FAKE_SERVICE = textwrap.dedent(
    """
    import json, os, signal, sys, threading, time
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    args = sys.argv[1:]
    host, port = args[args.index("--host") + 1], int(args[args.index("--port") + 1])
    mode = os.environ.get("FAKE_SERVICE_MODE", "serve")
    print("stand-in service starting", flush=True)
    if mode == "crash":
        print("RuntimeError: the database is damaged", flush=True)
        sys.exit(3)
    if mode == "hang":
        time.sleep(3600)
    if mode == "ignore-sigterm":
        signal.signal(signal.SIGTERM, signal.SIG_IGN)

    class Health(BaseHTTPRequestHandler):
        def do_GET(self):
            body = json.dumps({"status": "ok", "version": "stand-in"}).encode()
            self.send_response(200 if self.path == "/api/health" else 404)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    lifetime = float(os.environ.get("FAKE_SERVICE_LIFETIME", "0"))
    if lifetime:
        threading.Timer(lifetime, lambda: os._exit(4)).start()
    ThreadingHTTPServer((host, port), Health).serve_forever()
    """
)


@pytest.fixture
def fake_python(tmp_path: Path) -> str:
    script = tmp_path / "fake-python"
    script.write_text(f"#!{sys.executable}\n{FAKE_SERVICE}", encoding="utf-8")
    script.chmod(0o755)
    return str(script)


@pytest.fixture
def services() -> Iterator[Callable[..., LocalService]]:
    """Make LocalServices that are stopped after the test, whatever happens in it."""
    made: list[LocalService] = []

    def make(data_dir: Path, **options: object) -> LocalService:
        service = LocalService(data_dir, **options)  # type: ignore[arg-type]
        made.append(service)
        return service

    yield make
    for service in made:
        service.stop(timeout=5)


def sign_in(base_url: str, account: StationAccount, username: str, password: str) -> Capabilities:
    async def go() -> Capabilities:
        async with FaceCheckClient(base_url, account.client_id, account.client_secret) as client:
            await client.login(username, password)
            assert client.signed_in
            return await client.capabilities()

    return asyncio.run(go())


def live_group_members(pgid: int) -> set[int]:
    """Linux: the live (non-zombie) processes of a process group."""
    members = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8") as stat:
                    fields = stat.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if fields[2] == str(pgid) and fields[0] not in ("Z", "X"):
                members.add(int(entry))
    return members


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    if sys.platform.startswith("linux"):
        with open(f"/proc/{pid}/stat", encoding="utf-8") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    return True


def wait_for(condition: Callable[[], bool], timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


# -- the real service ---------------------------------------------------------------------------------------


@POSIX_ONLY
@pytest.mark.slow
def test_first_run_sign_in_crash_restart_and_stop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  services: Callable[..., LocalService]) -> None:
    data_dir = tmp_path / "station-service"
    # Secrets and passwords may start with "-" (token_urlsafe makes such): they must not read as options.
    real_token = secrets.token_urlsafe
    monkeypatch.setattr(secrets, "token_urlsafe", lambda n: "-" + real_token(n))
    password = "-correct horse ü"
    account = provision(data_dir, operator_username="reception", operator_password=password)
    assert account.client_id == DEFAULT_CLIENT_ID and account.client_secret.startswith("-")
    assert account.client_secret not in repr(account)

    service = services(data_dir, workers=1)
    assert not service.running and service.base_url is None
    base_url = service.start()
    assert base_url == service.base_url
    assert base_url.startswith("http://127.0.0.1:") and base_url.endswith("/api")
    assert service.running and (data_dir / PID_FILE_NAME).exists()
    assert sign_in(base_url, account, "reception", password).health

    # The service dies; its recognition workers outlive it, and the restart must end them.
    first_pid = service.pid
    assert first_pid is not None
    old_group = live_group_members(first_pid) if sys.platform.startswith("linux") else set()
    os.kill(first_pid, signal.SIGKILL)
    wait_for(lambda: not service.running)
    assert service.ensure_running() == base_url  # the same port, so clients keep their URL
    assert service.running and service.pid != first_pid and service.restart_count == 1
    assert not any(process_alive(pid) for pid in old_group), "the dead service's workers were left running"
    assert sign_in(base_url, account, "reception", password).health  # the account survived: data persisted
    assert service.ensure_running() == base_url and service.restart_count == 1  # alive: nothing to do

    second_pid = service.pid
    assert second_pid is not None
    service.stop()
    service.stop()  # twice is fine
    assert not service.running and not process_alive(second_pid)
    if sys.platform.startswith("linux"):
        assert live_group_members(second_pid) == set()
    assert not (data_dir / PID_FILE_NAME).exists()
    with pytest.raises(LocalServiceError, match="was stopped"):
        service.ensure_running()  # a stopped service is not brought back behind the station's back

    log = (data_dir / "service.log").read_text(encoding="utf-8")
    assert log.count("FaceStation starts the built-in service") == 2
    assert "Application shutdown complete" in log
    for secret in (account.client_secret, password):
        assert secret not in log


@pytest.mark.slow
def test_start_fails_readably_when_the_service_cannot_start(tmp_path: Path,
                                                            services: Callable[..., LocalService]) -> None:
    data_dir = tmp_path / "service"
    data_dir.mkdir()
    (data_dir / "facecheck.sqlite3").write_bytes(b"this is not a database")
    service = services(data_dir, workers=1)
    with pytest.raises(LocalServiceError) as error:
        service.start()
    message = str(error.value)
    assert message.startswith("The built-in service stopped while starting (exit code")
    assert "Last lines of its log" in message and "file is not a database" in message
    assert len(message.splitlines()) <= 2 + local_service.LOG_TAIL_LINES
    assert not service.running and not (data_dir / PID_FILE_NAME).exists()


@pytest.mark.slow
def test_provisioning_errors_are_clear(tmp_path: Path) -> None:
    data_dir = tmp_path / "service"
    account = provision(data_dir, operator_username="ann", operator_password="pw-ann")
    with pytest.raises(ProvisioningError, match="already has an API client 'facestation-station'") as error:
        provision(data_dir, operator_username="bob", operator_password="pw-bob")
    assert error.value.account is None
    with pytest.raises(ProvisioningError, match="already an operator named 'ann'"):
        create_operator(data_dir, client_id=account.client_id, username="ann", password="another")
    with pytest.raises(ProvisioningError, match="no API client 'elsewhere'"):
        create_operator(data_dir, client_id="elsewhere", username="carl", password="pw")
    with pytest.raises(ValueError, match="password"):
        create_operator(data_dir, username="dora", password="")


@POSIX_ONLY
@pytest.mark.slow
def test_an_operator_failure_hands_back_the_created_client(tmp_path: Path) -> None:
    # A `python` that runs the real admin command, except that creating a user fails and echoes its arguments.
    wrapper = tmp_path / "python-wrapper"
    wrapper.write_text(textwrap.dedent(f"""\
        #!/bin/sh
        case "$*" in
            *create-user*) echo "facestation admin: refused $*" >&2; exit 1;;
        esac
        exec {sys.executable} "$@"
        """), encoding="utf-8")
    wrapper.chmod(0o755)
    with pytest.raises(ProvisioningError) as error:
        provision(tmp_path / "service", operator_username="ann", operator_password="pw-secret-ann",
                  python=str(wrapper))
    assert error.value.account is not None and error.value.account.client_id == DEFAULT_CLIENT_ID
    message = str(error.value)
    assert "Could not create the operator 'ann'" in message and "only the operator account is missing" in message
    assert "pw-secret-ann" not in message and "***" in message


# -- refusals before anything runs ---------------------------------------------------------------------------


@pytest.mark.parametrize("listening", [False, True], ids=["bound", "listening"])
def test_a_taken_port_is_refused(tmp_path: Path, listening: bool, services: Callable[..., LocalService]) -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        if listening:
            holder.listen()
        port = holder.getsockname()[1]
        service = services(tmp_path / "service", port=port)
        with pytest.raises(LocalServiceError, match=f"Port {port} on 127.0.0.1 is already in use"):
            service.start()
    assert not service.running


def test_a_data_dir_that_is_a_file_is_refused(tmp_path: Path, services: Callable[..., LocalService]) -> None:
    data_dir = tmp_path / "service"
    data_dir.write_text("not a folder", encoding="utf-8")
    with pytest.raises(LocalServiceError, match="is a file, not a folder"):
        services(data_dir).start()


def test_a_missing_interpreter_is_reported(tmp_path: Path, services: Callable[..., LocalService]) -> None:
    with pytest.raises(LocalServiceError, match="Could not run the built-in service with /nonexistent/python"):
        services(tmp_path / "service", python="/nonexistent/python").start()


def test_the_command_line_holds_no_secret(tmp_path: Path) -> None:
    service = LocalService(tmp_path, workers=2, extra_args=["--access-token-ttl", "600"])
    assert service.command(8123) == [
        sys.executable, "-m", "facestation", "serve", "--host", "127.0.0.1", "--port", "8123",
        "--data-dir", str(tmp_path), "--workers", "2", "--access-token-ttl", "600"]


# -- supervision, with the stand-in service -----------------------------------------------------------------


@POSIX_ONLY
def test_ensure_running_starts_a_service_never_started(tmp_path: Path, fake_python: str,
                                                       services: Callable[..., LocalService]) -> None:
    service = services(tmp_path / "service", python=fake_python)
    url = service.ensure_running()
    assert service.running and url == service.base_url and service.restart_count == 0


@POSIX_ONLY
def test_a_crash_loop_backs_off_then_gives_up_until_started_again(
        tmp_path: Path, fake_python: str, monkeypatch: pytest.MonkeyPatch,
        services: Callable[..., LocalService]) -> None:
    monkeypatch.setenv("FAKE_SERVICE_LIFETIME", "0.3")
    service = services(tmp_path / "service", python=fake_python, max_restarts=2, restart_backoff=0.2)
    service.start()
    delays = []
    for _ in range(2):
        wait_for(lambda: not service.running)
        began = time.monotonic()
        service.ensure_running()
        delays.append(time.monotonic() - began)
    assert service.restart_count == 2 and service.consecutive_failures == 2
    assert delays[1] - delays[0] >= 0.15  # the second restart waited out the backoff; the first did not
    wait_for(lambda: not service.running)
    with pytest.raises(LocalServiceError, match="stopped 3 times in a row") as error:
        service.ensure_running()
    assert "stand-in service starting" in str(error.value)  # the log tail
    with pytest.raises(LocalServiceError, match="in a row"):
        service.ensure_running()  # stays given up: no spinning
    assert service.restart_count == 2
    monkeypatch.setenv("FAKE_SERVICE_LIFETIME", "0")
    service.start()  # the operator's "try again"
    assert service.running and service.consecutive_failures == 0


@POSIX_ONLY
def test_a_run_that_lasted_resets_the_crash_count(tmp_path: Path, fake_python: str,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  services: Callable[..., LocalService]) -> None:
    monkeypatch.setenv("FAKE_SERVICE_LIFETIME", "0.4")
    service = services(tmp_path / "service", python=fake_python, max_restarts=1, stable_after=0.2)
    service.start()
    for _ in range(3):
        wait_for(lambda: not service.running)
        service.ensure_running()
        assert service.consecutive_failures == 1
    assert service.restart_count == 3


@POSIX_ONLY
def test_a_failing_restart_counts_as_a_failure(tmp_path: Path, fake_python: str, monkeypatch: pytest.MonkeyPatch,
                                               services: Callable[..., LocalService]) -> None:
    service = services(tmp_path / "service", python=fake_python, restart_backoff=0.01)
    service.start()
    monkeypatch.setenv("FAKE_SERVICE_MODE", "crash")
    pid = service.pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    wait_for(lambda: not service.running)
    with pytest.raises(LocalServiceError, match="database is damaged"):
        service.ensure_running()
    assert service.consecutive_failures == 2 and not service.running


@POSIX_ONLY
def test_a_service_that_never_answers_times_out_and_is_ended(tmp_path: Path, fake_python: str,
                                                             monkeypatch: pytest.MonkeyPatch,
                                                             services: Callable[..., LocalService]) -> None:
    monkeypatch.setenv("FAKE_SERVICE_MODE", "hang")
    service = services(tmp_path / "service", python=fake_python)
    began = time.monotonic()
    with pytest.raises(LocalServiceError, match=r"did not answer at http://127\.0\.0\.1:\d+/api/health within 0\.5 s"):
        service.start(timeout=0.5)
    assert time.monotonic() - began < 10
    assert not service.running and not (tmp_path / "service" / PID_FILE_NAME).exists()


@POSIX_ONLY
def test_stop_interrupts_a_start_that_is_waiting(tmp_path: Path, fake_python: str, monkeypatch: pytest.MonkeyPatch,
                                                 services: Callable[..., LocalService]) -> None:
    monkeypatch.setenv("FAKE_SERVICE_MODE", "hang")
    service = services(tmp_path / "service", python=fake_python)
    failures: list[BaseException] = []

    def start() -> None:
        try:
            service.start(timeout=60)
        except LocalServiceError as error:
            failures.append(error)

    starter = threading.Thread(target=start)
    starter.start()
    wait_for(lambda: service.pid is not None)
    began = time.monotonic()
    service.stop()
    starter.join(timeout=20)
    assert not starter.is_alive() and time.monotonic() - began < 15
    assert len(failures) == 1 and "stopped while it was starting" in str(failures[0])
    assert not service.running


@POSIX_ONLY
def test_stop_kills_a_service_that_ignores_sigterm(tmp_path: Path, fake_python: str,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   services: Callable[..., LocalService]) -> None:
    monkeypatch.setenv("FAKE_SERVICE_MODE", "ignore-sigterm")
    service = services(tmp_path / "service", python=fake_python)
    service.start()
    pid = service.pid
    assert pid is not None
    began = time.monotonic()
    service.stop(timeout=0.5)
    assert time.monotonic() - began < 5
    assert not process_alive(pid)


@POSIX_ONLY
def test_as_a_context_manager(tmp_path: Path, fake_python: str) -> None:
    with LocalService(tmp_path / "service", python=fake_python) as service:
        pid = service.pid
        assert service.running and pid is not None
    assert not service.running and not process_alive(pid)


@POSIX_ONLY
def test_a_new_port_when_the_old_one_was_taken_meanwhile(tmp_path: Path, fake_python: str,
                                                         services: Callable[..., LocalService]) -> None:
    service = services(tmp_path / "service", python=fake_python)
    first = service.start()
    pid, port = service.pid, service.port
    assert pid is not None and port is not None
    os.kill(pid, signal.SIGKILL)
    wait_for(lambda: not service.running)
    with socket.socket() as squatter:
        squatter.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # past the old connections' TIME_WAIT
        squatter.bind(("127.0.0.1", port))
        squatter.listen()
        second = service.ensure_running()
    assert second != first and service.port != port


@POSIX_ONLY
def test_a_second_station_on_the_same_folder_is_refused(tmp_path: Path, fake_python: str,
                                                        services: Callable[..., LocalService]) -> None:
    data_dir = tmp_path / "service"
    first = services(data_dir, python=fake_python)
    first.start()
    with pytest.raises(LocalServiceError, match="Another FaceStation is already running the built-in service"):
        services(data_dir, python=fake_python).start()
    assert first.running
    first.stop()
    services(data_dir, python=fake_python).start()  # free again once the first one stopped


@LINUX_ONLY
def test_a_service_left_by_a_killed_station_is_ended(tmp_path: Path, fake_python: str,
                                                      services: Callable[..., LocalService]) -> None:
    data_dir = tmp_path / "service"
    # A station that dies abruptly (no stop, no atexit): its service, in its own session, lives on.
    station = textwrap.dedent(f"""
        import os, sys
        from pathlib import Path
        from facestation.station.core.local_service import LocalService
        service = LocalService(Path({str(data_dir)!r}), python={fake_python!r})
        service.start()
        print(service.pid, flush=True)
        os._exit(0)
        """)
    completed = subprocess.run([sys.executable, "-c", station], capture_output=True, text=True, timeout=60,
                               check=True)
    orphan_pid = int(completed.stdout.strip())
    try:
        assert process_alive(orphan_pid)
        successor = services(data_dir, python=fake_python)
        successor.start()
        assert not process_alive(orphan_pid)
        assert successor.running and successor.pid != orphan_pid
    finally:
        if process_alive(orphan_pid):
            os.kill(orphan_pid, signal.SIGKILL)
    # An unrelated process behind a stale pid file (its pid reused) is left alone.
    successor.stop()
    bystander = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        (data_dir / PID_FILE_NAME).write_text(f'{{"pid": {bystander.pid}, "port": 1}}', encoding="utf-8")
        successor.start()
        assert bystander.poll() is None
        assert successor.running
    finally:
        bystander.kill()
        bystander.wait()


# -- a frozen build (PyInstaller): no interpreter, the executable is FaceStation itself ----------------------


@pytest.fixture
def frozen_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A stand-in for dist/FaceStation: `facestation` (console) and `facestation-station` (windowed) programs
    that take `facestation`'s own arguments, as the frozen executables do. Marks this process as frozen."""
    folder = tmp_path / "FaceStation"
    folder.mkdir()
    for name in ("facestation", "facestation-station"):
        program = folder / name
        program.write_text(f"#!/bin/sh\nexec {shlex.quote(sys.executable)} -m facestation \"$@\"\n", encoding="utf-8")
        program.chmod(0o755)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    return folder


def test_a_frozen_build_runs_itself_not_python(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    exe = tmp_path / "FaceStation" / ("facestation.exe" if sys.platform == "win32" else "facestation")
    exe.parent.mkdir()
    exe.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    service = LocalService(tmp_path / "data", python=str(exe), workers=1)
    assert service.command(8123) == [str(exe), "serve", "--host", "127.0.0.1", "--port", "8123",
                                     "--data-dir", str(tmp_path / "data"), "--workers", "1"]
    # The windowed station's children run as the console executable beside it (a usable stdout for the log).
    station_exe = exe.with_name("facestation-station.exe" if sys.platform == "win32" else "facestation-station")
    assert local_service.facestation_command(str(station_exe)) == [str(exe)]
    # A frozen program without that sibling (renamed, or a one-file build) runs itself.
    lone = tmp_path / "elsewhere" / "facestation-station"
    assert local_service.facestation_command(str(lone)) == [str(lone)]
    monkeypatch.setattr(sys, "frozen", False)
    assert local_service.facestation_command("/usr/bin/python3") == ["/usr/bin/python3", "-m", "facestation"]


@POSIX_ONLY
@pytest.mark.slow
def test_a_frozen_station_provisions_and_starts_its_service(tmp_path: Path, frozen_build: Path,
                                                            services: Callable[..., LocalService]) -> None:
    # The windowed executable is what a kiosk runs; both admin and serve must work from it without Python.
    station_exe = str(frozen_build / "facestation-station")
    data_dir = tmp_path / "service"
    account = provision(data_dir, operator_username="reception", operator_password="front desk 1",
                        python=station_exe)
    service = services(data_dir, python=station_exe, workers=1)
    base_url = service.start()
    assert sign_in(base_url, account, "reception", "front desk 1").health
    log = (data_dir / "service.log").read_text(encoding="utf-8")
    assert f"FaceStation starts the built-in service: {frozen_build / 'facestation'} serve --host" in log


# -- private files (issue 15 row 6): the folder 0700, the station's files in it 0600, one warning ------------
# With the stand-in service (a real process answering /health); the real service's database is covered in
# tests/service/test_private_data_dir.py.

PRIVATE_WARNING = "not protected from other users"




@POSIX_ONLY
@pytest.mark.usefixtures("usual_umask")
def test_a_new_built_in_data_folder_is_private(tmp_path: Path, fake_python: str,
                                               services: Callable[..., LocalService]) -> None:
    data_dir = tmp_path / "station-service"
    services(data_dir, python=fake_python).start()
    assert mode_of(data_dir) == 0o700
    assert {name: mode_of(data_dir / name) for name in (LOG_FILE_NAME, LOCK_FILE_NAME, PID_FILE_NAME)} == {
        LOG_FILE_NAME: 0o600, LOCK_FILE_NAME: 0o600, PID_FILE_NAME: 0o600}


@POSIX_ONLY
@pytest.mark.usefixtures("usual_umask")
def test_an_open_folder_from_before_is_tightened_without_a_warning(
        tmp_path: Path, fake_python: str, services: Callable[..., LocalService],
        caplog: pytest.LogCaptureFixture) -> None:
    data_dir = tmp_path / "station-service"
    data_dir.mkdir(mode=0o755)
    data_dir.chmod(0o755)
    (data_dir / LOG_FILE_NAME).write_text("an older run\n", encoding="utf-8")
    (data_dir / LOG_FILE_NAME).chmod(0o644)
    with caplog.at_level(logging.WARNING):
        services(data_dir, python=fake_python).start()
    assert mode_of(data_dir) == 0o700
    assert mode_of(data_dir / LOG_FILE_NAME) == 0o600
    assert not [record for record in caplog.records if PRIVATE_WARNING in record.getMessage()]


@POSIX_ONLY
@pytest.mark.usefixtures("usual_umask")
def test_a_file_that_stays_readable_is_logged_once(tmp_path: Path, fake_python: str,
                                                   services: Callable[..., LocalService],
                                                   caplog: pytest.LogCaptureFixture) -> None:
    # A file system that ignores modes cannot be mounted in a test: a database that is a link to a 0644 file
    # elsewhere is one the station does not change (it follows no link out of its folder), so it stays readable.
    target = tmp_path / "elsewhere.sqlite3"
    target.write_bytes(b"")
    target.chmod(0o644)
    data_dir = tmp_path / "station-service"
    data_dir.mkdir(mode=0o700)
    (data_dir / "facecheck.sqlite3").symlink_to(target)
    service = services(data_dir, python=fake_python)
    with caplog.at_level(logging.WARNING):
        service.start()
        service.stop(timeout=5)
        service.start()
    warnings = [record.getMessage() for record in caplog.records if PRIVATE_WARNING in record.getMessage()]
    assert len(warnings) == 1
    assert f"{data_dir / 'facecheck.sqlite3'} is readable by other users of this computer (mode 0644)" in warnings[0]
