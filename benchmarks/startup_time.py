"""How long the station takes to start: launch -> sign-in window, and sign-in -> first live preview frame.

    python benchmarks/startup_time.py [--runs 5] [--camera VIDEO|PHOTO] [--importtime] [--quick]

Measured from outside, on the real `facestation` command line run as a child process under
QT_QPA_PLATFORM=offscreen, with private per-user folders (XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_STATE_HOME,
XDG_CACHE_HOME in a temporary folder, the null keyring) and `--camera` on a video file. The station is set up
once (the built-in service provisioned, one operator, as the first-run screen does it) before any run is timed.

The station's code is not changed for this: each run starts `python benchmarks/startup_time.py --probe -- ARGS`,
which puts a watcher on Qt's application object (an event filter installed as the QApplication is made), then
runs `facestation.cli.main(ARGS)` exactly as the `facestation` command does. The watcher prints a timestamp on
  sign-in window   the first paint of the sign-in dialog (the window is on screen with its content);
  service ready    the Sign in button enabled (the built-in service answers); the watcher has typed the
                   operator's name and password and clicks Sign in at once;
  QApplication     Qt's application object made (after the station's imports; splits the time to sign-in);
  preview          the first paint of the camera view holding a camera frame (the Enrol page, after sign-in);
then sends the station SIGTERM, which closes it properly (the built-in service stops too). The launch time is
taken by this process just before it starts the child, so the interpreter's own start counts.

Cold and warm: a cold run compiles every module again (a new empty PYTHONPYCACHEPREFIX, as after a fresh
install; the operating system's file cache stays warm, so a first start after a reboot is slower still), a warm
run reuses the bytecode of an earlier run.

Baselines, in the same run and interleaved with the station's runs so a busy neighbour weighs on both:
`python -c "import PySide6.QtWidgets"` (warm) and a bare QApplication showing an empty window (launch -> its
first paint, through the same probe; cold and warm). Goals (issue 17): <= 3 s to the sign-in window, <= 2 s from sign-in to a live
preview on the 2-core development machine (the face models may keep loading in the background).

`--importtime` adds `python -X importtime` of `facestation --help` and of the station's modules: the imports
that take the most time, cumulative. Results: benchmarks/results/startup_time.json. `--quick`: 2 runs each.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
RESULTS = HERE.parent / "results"
REPO = HERE.parents[1]
MARK = "STARTUP-MARK"
OPERATOR = "bench-operator"
PASSWORD = "correct-horse-7"
ADMIN_PIN = "4826"
RUN_TIMEOUT = 180.0  # seconds: a run that never shows its preview is reported, not waited for forever


# -- the probe: runs inside the child process -------------------------------------------------------------


def probe(argv: list[str]) -> int:
    """Run `facestation ARGS` (or, with ARGS == ["--bare-window"], an empty window) with the watcher."""
    from PySide6 import QtWidgets
    from PySide6.QtCore import QEvent, QObject, QTimer

    def mark(name: str) -> None:
        print(f"{MARK} {name} {time.time():.6f}", flush=True)

    class Watcher(QObject):
        """Sees every event of the application; acts only on paints, so its cost is one Python call each."""

        def __init__(self) -> None:
            super().__init__()
            self.sign_in_seen = False
            self.signed_in = False
            self.done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if self.done or event.type() != QEvent.Type.Paint:
                return False
            if bare:
                self.done = True
                mark("window")
                QTimer.singleShot(0, QtWidgets.QApplication.quit)
            elif not self.sign_in_seen and watched.objectName() == "signInDialog":
                self.sign_in_seen = True
                mark("sign-in window")
                QTimer.singleShot(0, lambda: self.sign_in(watched))
            elif self.signed_in and type(watched).__name__ == "CameraView" and getattr(watched, "has_frame", False):
                self.done = True
                mark("preview")
                QTimer.singleShot(0, lambda: os.kill(os.getpid(), signal.SIGTERM))
            return False

        def sign_in(self, dialog: Any) -> None:
            """Type the operator's name and password, and press Sign in as soon as the service answers."""
            dialog.username.setText(OPERATOR)
            dialog.password.setText(PASSWORD)
            poll = QTimer(dialog)
            poll.setInterval(5)

            def press_when_ready() -> None:
                if dialog.sign_in_button.isEnabled():
                    poll.stop()
                    mark("service ready")
                    self.signed_in = True
                    mark("sign-in pressed")
                    dialog.sign_in_button.click()

            poll.timeout.connect(press_when_ready)
            poll.start()

    bare = argv == ["--bare-window"]
    watcher = Watcher()

    class WatchedApplication(QtWidgets.QApplication):
        def __init__(self, *args: Any) -> None:
            super().__init__(*args)
            mark("qapplication")
            self.installEventFilter(watcher)

    QtWidgets.QApplication = WatchedApplication  # type: ignore[misc]  # what the station's `import` picks up
    mark("probe")
    if bare:
        app = WatchedApplication(sys.argv[:1])
        window = QtWidgets.QWidget()
        window.resize(640, 480)
        window.show()
        return app.exec()
    from facestation.cli import main

    return main(argv)


# -- the benchmark: runs the children ----------------------------------------------------------------------


def private_environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    for variable, name in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                           ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):
        env[variable] = str(home / name)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("PYTHONPYCACHEPREFIX", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


SETUP = """
from facestation.station.core.session import Session
session = Session.open()
session.setup_local({operator!r}, {password!r}, admin_pin={pin!r})
session.shutdown()
"""


def set_up_station(env: dict[str, str]) -> float:
    """First run without the screen: provision the built-in service and the operator; seconds it took."""
    started = time.perf_counter()
    code = SETUP.format(operator=OPERATOR, password=PASSWORD, pin=ADMIN_PIN)
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=600, cwd=REPO)
    return time.perf_counter() - started


def timed_child(args: list[str], env: dict[str, str]) -> dict[str, float]:
    """Start `python benchmarks/startup_time.py --probe -- ARGS`; seconds from launch to each mark."""
    launched = time.time()
    child = subprocess.Popen([sys.executable, str(HERE), "--probe", "--", *args], env=env, cwd=REPO,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        out, err = child.communicate(timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)  # the station and its built-in service with it
        out, err = child.communicate()
        raise RuntimeError(f"the run did not finish in {RUN_TIMEOUT:.0f} s: {err[-2000:]}") from None
    marks = {}
    for line in out.splitlines():
        if line.startswith(MARK):
            name, stamp = line[len(MARK) + 1:].rsplit(" ", 1)
            marks[name] = float(stamp) - launched
    marks["exit"] = time.time() - launched
    if child.returncode != 0 and "preview" not in marks and "window" not in marks:
        raise RuntimeError(f"the run failed (exit {child.returncode}): {err[-2000:]}")
    return marks


def timed_import(env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import PySide6.QtWidgets"], env=env, check=True, cwd=REPO)
    return time.perf_counter() - started


def station_run(camera: str, env: dict[str, str], pycache: Path) -> dict[str, float]:
    run_env = dict(env, PYTHONPYCACHEPREFIX=str(pycache))
    marks = timed_child(["--camera", camera], run_env)
    missing = {"sign-in window", "service ready", "sign-in pressed", "preview"} - marks.keys()
    if missing:
        raise RuntimeError(f"the station run saw no {sorted(missing)}: {marks}")
    # Where the time to the sign-in window goes: the interpreter's start, the imports and the set-up before
    # Qt's application object (the logging, the command line), then the station's work until the dialog paints.
    return {"to Python running": marks["probe"], "to QApplication made": marks["qapplication"],
            "to sign-in window": marks["sign-in window"], "to service ready": marks["service ready"],
            "sign-in to preview": marks["preview"] - marks["sign-in pressed"], "to preview": marks["preview"]}


def default_camera(folder: Path) -> str:
    """The 1280x720 walk-up clip of the data sets when there, else a generated 640x480 clip of a face."""
    datasets = Path(os.environ.get("FACESTATION_DATASETS", REPO.parent / "shared" / "datasets"))
    clip = datasets / "camera" / "walk-up-3.mp4"
    if clip.is_file():
        return str(clip)
    import cv2
    import numpy as np

    sys.path.insert(0, str(HERE.parent))
    import _repo_root  # noqa: F401, I001  (tests.support on the path)
    from tests.support.portraits import grace_hopper

    face = grace_hopper()
    frame = np.full((480, 640, 3), 90, np.uint8)
    small = cv2.resize(face, (300, 352))
    frame[64:416, 170:470] = small
    path = folder / "camera.mp4"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"mp4v"), 30.0, (640, 480))
    for index in range(90):
        writer.write(np.roll(frame, index % 6 - 3, axis=1))
    writer.release()
    return str(path)


def summary(values: list[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "max": max(values), "runs": len(values)}


def importtime(env: dict[str, str], code: str, top: int = 15) -> list[tuple[str, float, float]]:
    """`python -X importtime -c CODE`: the `top` imports by cumulative time (module, cumulative s, self s)."""
    completed = subprocess.run([sys.executable, "-X", "importtime", "-c", code], env=env, cwd=REPO,
                               capture_output=True, text=True, check=True)
    rows = []
    for line in completed.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, cumulative, name = (part.strip() for part in line[len("import time:"):].split("|"))
        rows.append((name, int(cumulative) / 1e6, int(own) / 1e6))
    # Top-level packages and the station's own modules, not every submodule inside a big one.
    interesting = [row for row in rows if not row[0].startswith(" ") or "facestation" in row[0]]
    return sorted(interesting, key=lambda row: row[1], reverse=True)[:top]


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--probe":
        return probe(sys.argv[3:] if sys.argv[2:3] == ["--"] else sys.argv[2:])
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each kind (default 5)")
    parser.add_argument("--camera", help="video or photo file the station uses as its camera")
    parser.add_argument("--importtime", action="store_true", help="also list the slowest imports")
    parser.add_argument("--quick", action="store_true", help="2 runs of each kind")
    args = parser.parse_args()
    runs = 2 if args.quick else args.runs

    with tempfile.TemporaryDirectory(prefix="startup-bench-") as scratch:
        folder = Path(scratch)
        env = private_environment(folder / "home")
        camera = args.camera or default_camera(folder)
        print(f"camera: {camera}")
        print("setting up the station (built-in service, one operator)...", flush=True)
        setup_seconds = set_up_station(env)
        print(f"  set up in {setup_seconds:.1f} s")
        warm_cache = folder / "pycache-warm"
        station_run(camera, env, warm_cache)  # fills the warm bytecode cache; not counted
        figures: dict[str, dict[str, list[float]]] = {"cold": {}, "warm": {}, "baseline": {}}
        for index in range(runs):
            for kind, cache in (("cold", folder / f"pycache-cold-{index}"), ("warm", warm_cache)):
                for name, value in station_run(camera, env, cache).items():
                    figures[kind].setdefault(name, []).append(value)
                print(f"  run {index + 1}/{runs} {kind}: " + ", ".join(
                    f"{name} {values[-1]:.2f} s" for name, values in figures[kind].items()), flush=True)
            for kind, cache in (("cold", folder / f"pycache-bare-{index}"), ("warm", warm_cache)):
                bare = timed_child(["--bare-window"], dict(env, PYTHONPYCACHEPREFIX=str(cache)))
                figures["baseline"].setdefault(f"bare Qt window, {kind}", []).append(bare["window"])
            figures["baseline"].setdefault("import PySide6.QtWidgets", []).append(
                timed_import(dict(env, PYTHONPYCACHEPREFIX=str(warm_cache))))
        slowest: dict[str, Any] = {}
        if args.importtime:
            warm_env = dict(env, PYTHONPYCACHEPREFIX=str(warm_cache))
            slowest["facestation --help"] = importtime(
                warm_env, "import sys; from facestation.cli import main; sys.argv=['facestation', '--help']\n"
                          "try:\n    main()\nexcept SystemExit:\n    pass")
            slowest["station modules"] = importtime(warm_env, "import facestation.station.ui.app")

    print(f"\nStart-up time, {runs} runs each (seconds from launch unless said otherwise):\n")
    print("| measure | median | max |")
    print("| --- | --- | --- |")
    for kind, measures in figures.items():
        for name, values in measures.items():
            stats = summary(values)
            print(f"| {kind}: {name} | {stats['median']:.2f} s | {stats['max']:.2f} s |")
    goals = {"to sign-in window": 3.0, "sign-in to preview": 2.0}
    for kind in ("cold", "warm"):
        for name, goal in goals.items():
            median = statistics.median(figures[kind][name])
            verdict = "meets" if median <= goal else "misses"
            print(f"{kind} {name}: median {median:.2f} s {verdict} the goal of <= {goal:.0f} s")
    for what, rows in slowest.items():
        print(f"\nSlowest imports of {what} (cumulative / self, warm):")
        for name, cumulative, own in rows:
            print(f"  {cumulative * 1000:7.0f} ms {own * 1000:6.0f} ms  {name.strip()}")
    RESULTS.mkdir(exist_ok=True)
    result = {
        "runs": runs, "camera": Path(camera).name, "setup_seconds": setup_seconds, "cpus": os.cpu_count(),
        "figures": {kind: {name: summary(values) | {"values": values} for name, values in measures.items()}
                    for kind, measures in figures.items()},
        "slowest_imports": {what: [{"module": name.strip(), "cumulative_s": cumulative, "self_s": own}
                                   for name, cumulative, own in rows] for what, rows in slowest.items()},
    }
    (RESULTS / "startup_time.json").write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
