"""One station per user session: the lock (a QLockFile here, the installer's named mutex on Windows), a lock
left by a killed station, and the real `facestation` refusing a second copy."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from facestation.station.ui import single_instance
from facestation.station.ui.single_instance import (
    LOCK_FILE_NAME,
    MUTEX_NAME,
    acquire,
    refuse_second_copy,
)

POSIX_ONLY = pytest.mark.skipif(sys.platform == "win32", reason="the lock file (Windows uses a mutex)")

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from facestation.station.ui.single_instance import acquire
    instance = acquire(Path(sys.argv[1]), name=sys.argv[2])
    print("held" if instance is not None else "refused", flush=True)
    time.sleep(120)
    """
)


def wait_for(condition, timeout: float = 30) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_a_second_lock_in_the_same_session_is_refused(tmp_path: Path) -> None:
    name = f"{MUTEX_NAME}.test.{os.getpid()}.{time.monotonic_ns()}"
    first = acquire(tmp_path, name=name)
    assert first is not None
    assert acquire(tmp_path, name=name) is None
    first.release()
    first.release()  # twice is fine
    again = acquire(tmp_path, name=name)
    assert again is not None
    again.release()


@POSIX_ONLY
def test_the_lock_file_lives_in_the_given_folder(tmp_path: Path) -> None:
    instance = acquire(tmp_path / "config" / "FaceStation")
    assert instance is not None
    assert (tmp_path / "config" / "FaceStation" / LOCK_FILE_NAME).is_file()
    instance.release()
    assert not (tmp_path / "config" / "FaceStation" / LOCK_FILE_NAME).exists()


def test_another_process_holding_it_refuses_us_until_it_is_killed(tmp_path: Path) -> None:
    name = f"{MUTEX_NAME}.test.{os.getpid()}.{time.monotonic_ns()}"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(tmp_path), name], stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert acquire(tmp_path, name=name) is None
    finally:
        holder.kill()  # no clean-up runs: the lock left behind must not keep the next station out
        holder.wait()
    instance = acquire(tmp_path, name=name)
    assert instance is not None, "a lock left by a killed station blocked the next start"
    instance.release()


@POSIX_ONLY
def test_a_folder_that_cannot_hold_the_lock_does_not_keep_the_station_out(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    instance = acquire(blocker / "FaceStation")
    assert instance is not None
    instance.release()


def test_the_refusal_says_what_to_do(capsys: pytest.CaptureFixture[str]) -> None:
    assert refuse_second_copy() == 1
    error = capsys.readouterr().err
    assert "FaceStation is already running" in error
    assert "window that is already open" in error


@POSIX_ONLY
@pytest.mark.slow
def test_the_station_refuses_a_second_copy(tmp_path: Path) -> None:
    """The real `facestation` twice with the same user folders: the second says so and exits; the first runs on."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
                       XDG_DATA_HOME=str(tmp_path / "data"), XDG_STATE_HOME=str(tmp_path / "state"),
                       XDG_CACHE_HOME=str(tmp_path / "cache"))
    lock = tmp_path / "config" / "FaceStation" / LOCK_FILE_NAME
    first = subprocess.Popen([sys.executable, "-m", "facestation"], env=environment, stdin=subprocess.DEVNULL,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        wait_for(lambda: lock.exists() or first.poll() is not None, timeout=60)
        assert first.poll() is None, first.stderr.read().decode() if first.stderr else "the first station ended"
        second = subprocess.run([sys.executable, "-m", "facestation"], env=environment, stdin=subprocess.DEVNULL,
                                capture_output=True, text=True, timeout=60)
        assert second.returncode == 1
        assert "FaceStation is already running" in second.stderr
        assert "Traceback" not in second.stderr
        assert first.poll() is None, "the second copy disturbed the first"
    finally:
        if first.poll() is None:
            os.killpg(first.pid, signal.SIGTERM)
        try:
            first.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(first.pid, signal.SIGKILL)
            first.wait()


def test_the_installer_checks_the_same_mutex() -> None:
    installer = Path(__file__).resolve().parents[3] / "packaging" / "installer.iss"
    lines = installer.read_text(encoding="utf-8").splitlines()
    assert f'#define StationMutex "{single_instance.MUTEX_NAME}"' in lines
    assert "AppMutex={#StationMutex},Global\\{#StationMutex}" in lines
