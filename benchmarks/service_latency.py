"""Latency of the local FaceCheck service per endpoint, next to the bare engine work on the same images.

    python benchmarks/service_latency.py [--runs 20] [--workers N] [--load-seconds 10] [--quick]

Starts the real service as a subprocess (`facestation serve` on a free loopback port, a temporary data dir, a
client and user made with `facestation admin`), signs in with the password grant, and times every endpoint
that does work, for two probes made from the package-shipped Grace Hopper portrait:

- 640x480: the portrait letterboxed into a webcam frame, JPEG q90 (~60 KB);
- 12 MP: the portrait letterboxed into 4000x3000 with light sensor-like noise, JPEG q90 (a phone photo).

Per run, interleaved (so a noisy neighbour affects all rows alike): GET /api/health, POST v1/face (a new record,
deleted again at the end of the run, the DELETE timed too), GET v1/face/{id} (that record, image included),
PUT v1/face (a record outside the list gets the probe as its new image), POST v1/face/identifyRecord and
POST v1/face/list/identify (against records enrolled from the 640x480 photo, as a station enrols them; a list of
five), POST v1/face/identifyReferenceImage (the probe against itself); then, in this process on the same bytes,
the bare engine: `facestation.service.engine.analyze_image` (what one worker does per image: decode, detect
on a <=800 px copy, describe at full resolution), its decode alone (`imageio.decode_image`), `cv2.imdecode`,
and `describe_largest_face` on the decoded image; and two `analyze_image` at once in a bare process pool of
the service's worker count (what identifyReferenceImage could at best do on this machine). The "in app" column
is the service's own access-log time (the ASGI app, body reading included; without HTTP parsing and sending).

Goals (issue 3): identifyRecord <= 1.2x one engine analysis; identifyReferenceImage <= 1.2x two (it analyses two
images: with two or more workers it runs them in parallel, so it can beat 2x); for the 12 MP photo the service
no slower than the engine's own path for it (decode, detection on the downscaled copy, descriptor), read here
as within the same 20 % budget. Then GET /api/health is timed while identifications run without pause in
background threads (2 per worker): it must stay fast (goal, ours: p95 <= 50 ms), because CPU work is off the
event loop.

The service is stopped (SIGTERM, wait, then kill) on success, error, Ctrl+C or SIGTERM. Results:
benchmarks/results/service_latency.json. `--quick` runs in well under a minute, for a smoke test.
"""

from __future__ import annotations

import argparse
import base64
import functools
import json
import multiprocessing
import os
import platform
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import _repo_root  # noqa: F401, I001  (puts the repository on sys.path for tests.support)
import cv2
import httpx
import numpy as np

from facestation.recognition.descriptors import describe_largest_face
from facestation.service.engine import analyze_image
from facestation.vision import imageio, models
from tests.support import portraits
from tests.support.ports import free_port
from tests.support.processes import child_pids

RESULTS = Path(__file__).parent / "results"
CLIENT_ID, CLIENT_SECRET = "bench-client", "bench-secret-0123456789"
JSON_HEADERS = {"Content-Type": "application/json"}
HIGH_RATE_LIMIT = 100_000_000
_ACCESS_LINE = re.compile(r"facestation\.service\.access: (GET|POST|PUT|DELETE|PATCH) (\S+) (\d{3}) ([\d.]+) ms\s*$")


# -- shared with service_concurrency.py -------------------------------------------------------------------------


def summary(samples: list[float]) -> dict[str, float]:
    """Median and p95 (the same nearest-rank p95 as qa_speed.py) of millisecond samples."""
    ordered = sorted(samples)
    if not ordered:
        return {"n": 0, "median_ms": float("nan"), "p95_ms": float("nan")}
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    return {"n": len(ordered), "median_ms": statistics.median(ordered), "p95_ms": p95}


def letterbox(image: np.ndarray, width: int, height: int, fill: int = 128) -> np.ndarray:
    """`image` scaled to fit width x height (aspect kept) and centred on a grey canvas."""
    scale = min(width / image.shape[1], height / image.shape[0])
    size = (round(image.shape[1] * scale), round(image.shape[0] * scale))
    resized = cv2.resize(image, size, interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC)
    canvas = np.full((height, width, 3), fill, np.uint8)
    top, left = (height - size[1]) // 2, (width - size[0]) // 2
    canvas[top : top + size[1], left : left + size[0]] = resized
    return canvas


def jpeg(image: np.ndarray, quality: int = 90) -> bytes:
    ok, encoded = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise RuntimeError("JPEG encoding failed")
    return encoded.tobytes()


def probe_640(image: np.ndarray | None = None) -> bytes:
    """A 640x480 webcam-like JPEG of a real face (Grace Hopper unless another portrait is given)."""
    return jpeg(letterbox(portraits.grace_hopper() if image is None else image, 640, 480))


def probe_12mp() -> bytes:
    """Grace Hopper upscaled into 4000x3000, with mild noise so the JPEG has a phone photo's size (a few MB)."""
    frame = letterbox(portraits.grace_hopper(), 4000, 3000)
    noise = np.random.default_rng(12).normal(0.0, 4.0, frame.shape)
    return jpeg(np.clip(frame + noise, 0, 255).astype(np.uint8))


def gallery_photos() -> dict[str, bytes]:
    """640x480 enrolment photos of the package portraits (and their mirror images): five records for a list."""
    grace, astronaut = portraits.grace_hopper(), portraits.astronaut()
    return {
        "grace": probe_640(grace),
        "grace-mirrored": probe_640(cv2.flip(grace, 1)),
        "astronaut": probe_640(astronaut),
        "astronaut-mirrored": probe_640(cv2.flip(astronaut, 1)),
        "grace-small": jpeg(letterbox(letterbox(grace, 480, 360), 640, 480)),
    }


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def body(payload: dict[str, Any]) -> bytes:
    """A JSON request body encoded once, so the client's own JSON work stays out of the timings."""
    return json.dumps(payload).encode()


def facestation_command() -> list[str]:
    """The `facestation` command of this interpreter's environment (the console script, else `-m facestation`)."""
    script = Path(sys.executable).with_name("facestation.exe" if os.name == "nt" else "facestation")
    return [str(script)] if script.exists() else [sys.executable, "-m", "facestation"]


def install_sigterm_handler() -> None:
    """SIGTERM ends the benchmark like Ctrl+C does, so the `finally` blocks stop the service."""

    def interrupt(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt("SIGTERM")

    signal.signal(signal.SIGTERM, interrupt)



def cpu_seconds(pids: list[int]) -> dict[int, float]:
    """User + system CPU seconds of each process so far (Linux /proc; empty elsewhere)."""
    times = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        times[pid] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return times


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@dataclass
class Service:
    """A running `facestation serve` subprocess; `base_url` ends in /api."""

    process: subprocess.Popen[bytes]
    base_url: str
    data_dir: Path
    log_path: Path
    workers: int
    shutdown: dict[str, Any] = field(default_factory=dict)

    def log_size(self) -> int:
        return self.log_path.stat().st_size

    def access_log(self, start: int = 0, end: int | None = None) -> dict[tuple[str, str], list[float]]:
        """Milliseconds per (method, route template) from the service's access log between two byte offsets."""
        with self.log_path.open("rb") as handle:
            handle.seek(start)
            text = handle.read(None if end is None else end - start).decode("utf-8", "replace")
        times: dict[tuple[str, str], list[float]] = defaultdict(list)
        for line in text.splitlines():
            match = _ACCESS_LINE.search(line)
            if match:
                times[(match[1], match[2])].append(float(match[4]))
        return times

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def sign_in(self, username: str, password: str, timeout: float = 300.0) -> httpx.Client:
        """An httpx client for `base_url` carrying the user's bearer token (password grant)."""
        http = httpx.Client(base_url=self.base_url, timeout=timeout)
        response = http.post("/connect/token", data={
            "grant_type": "password", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET,
            "username": username, "password": password,
        })
        if response.status_code != 200:
            http.close()
            raise RuntimeError(f"sign-in of {username} failed: {response.status_code} {response.text[:200]}")
        http.headers["Authorization"] = f"Bearer {response.json()['access_token']}"
        return http


@contextmanager
def running_service(users: list[str], *, workers: int | None = None,
                    startup_timeout: float = 180.0) -> Iterator[Service]:
    """Admin-create the client and `users` (password = username), serve, wait for health; always stop it.

    The service runs in its own session, so Ctrl+C reaches only this script, which then stops the service with
    SIGTERM (uvicorn's graceful shutdown: the lifespan closes the worker pool and the database), waits, and
    kills the whole process group if it has not exited within 30 s.
    """
    with tempfile.TemporaryDirectory(prefix="facestation-bench-", ignore_cleanup_errors=True) as temp:
        data_dir, log_path = Path(temp) / "data", Path(temp) / "service.log"
        command = facestation_command()
        admin = [*command, "admin", "--data-dir", str(data_dir)]
        _run([*admin, "create-client", "--client-id", CLIENT_ID, "--client-secret", CLIENT_SECRET])
        for user in users:
            _run([*admin, "create-user", "--client-id", CLIENT_ID, "--username", user, "--password", user])
        port = free_port()
        serve = [*command, "serve", "--host", "127.0.0.1", "--port", str(port), "--data-dir", str(data_dir),
                 "--rate-limit-per-hour", str(HIGH_RATE_LIMIT)]
        if workers:
            serve += ["--workers", str(workers)]
        log = log_path.open("wb")
        process = subprocess.Popen(serve, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                   start_new_session=True)
        service = Service(process, f"http://127.0.0.1:{port}/api", data_dir, log_path, workers or os.cpu_count() or 1)
        try:
            _wait_for_health(service, startup_timeout)
            yield service
        finally:
            _stop(service)
            log.close()


def _run(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command[-6:])} failed ({result.returncode}): {result.stderr.strip()}")


def _wait_for_health(service: Service, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    with httpx.Client(timeout=5) as http:
        while True:
            if service.process.poll() is not None:
                raise RuntimeError(f"the service exited ({service.process.returncode}):\n{service.log_tail()}")
            try:
                if http.get(f"{service.base_url}/health").status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"no answer from /api/health within {timeout:.0f} s:\n{service.log_tail()}")
            time.sleep(0.1)


def _stop(service: Service) -> None:
    process = service.process
    workers = child_pids(process.pid) if process.poll() is None else []
    started = time.perf_counter()
    how = "exited by itself"
    if process.poll() is None:
        process.terminate()
        how = "SIGTERM"
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            how = "killed after 30 s"
            try:
                os.killpg(process.pid, signal.SIGKILL)  # the service and its workers (own session)
            except (AttributeError, ProcessLookupError, PermissionError):
                process.kill()
            process.wait(timeout=30)
    # Give the pool's processes a moment to be reaped by the exiting service, then look for leftovers.
    deadline = time.monotonic() + 5
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [pid for pid in workers if _alive(pid)]
    try:
        graceful = "Application shutdown complete" in service.log_path.read_text(errors="replace")
    except OSError:
        graceful = False
    service.shutdown = {
        "how": how, "graceful": graceful, "exit_code": process.returncode,
        "seconds": round(time.perf_counter() - started, 2),
        "worker_processes": len(workers), "worker_processes_left": len(left),
    }
    for pid in left:  # never leave orphans behind, even if the service failed to stop its pool
        try:
            os.kill(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass


def expect(response: httpx.Response, what: str) -> Any:
    if response.status_code != 200:
        raise RuntimeError(f"{what}: {response.status_code} {response.text[:300]}")
    return response.json()


class LoadClient:
    """One client of a timed phase (a station): `one()` sends a request and records how it went; `run` repeats
    it from the common start until told to stop. A crash is recorded as an error, never a silently idle client."""

    number: int
    errors: list[str]
    role = "client"

    def one(self) -> None:
        raise NotImplementedError

    def run(self, start: threading.Barrier, stop: threading.Event) -> None:
        try:
            start.wait()
            while not stop.is_set():
                self.one()
        except threading.BrokenBarrierError:
            pass
        except Exception as error:  # noqa: BLE001 (reported in the results, not lost in a thread)
            self.errors.append(f"{self.role} {self.number} crashed: {type(error).__name__}: {error}")


def run_timed(clients: list[LoadClient], seconds: float) -> float:
    """Start every client at once, let them send for `seconds`, stop them; the elapsed time until the last
    request in flight had finished."""
    start, stop = threading.Barrier(len(clients) + 1), threading.Event()
    threads = [threading.Thread(target=client.run, args=(start, stop), daemon=True) for client in clients]
    try:
        for thread in threads:
            thread.start()
        start.wait()
        started = time.perf_counter()
        while time.perf_counter() - started < seconds:
            time.sleep(0.1)
        stop.set()
        for thread in threads:
            thread.join(timeout=300)
        return time.perf_counter() - started
    finally:
        stop.set()
        start.abort()


def setup_list(http: httpx.Client, name: str, photos: dict[str, bytes]) -> tuple[str, dict[str, str]]:
    """A face list holding one record per photo; returns (list id, photo name -> record id)."""
    list_id = expect(http.post("/v1/face/list", json={"name": name}), "create list")["identifier"]
    records = {}
    for label, data in photos.items():
        created = expect(http.post("/v1/face", content=body({
            "faceImageBase64": b64(data), "name": label, "surname1": "Gallery", "faceListId": list_id,
        }), headers=JSON_HEADERS), f"enrol {label}")
        if not created.get("identifier"):
            raise RuntimeError(f"enrolment of {label} refused: {created}")
        records[label] = created["identifier"]
    return list_id, records


def _loadavg() -> float:
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):
        return float("nan")


class MachineLoad:
    """CPU used on the whole machine during a run, and how much of it was not ours (Linux; None elsewhere).

    Ours = this process plus its waited-for children (the service and its workers, the admin commands, the
    baseline pool), so read `finish()` after the service has been stopped.
    """

    def __init__(self) -> None:
        busy = self._machine_busy()
        self._start = (busy, self._ours() if busy is not None else 0.0, time.monotonic(), _loadavg())

    @staticmethod
    def _machine_busy() -> float | None:
        try:
            fields = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:8]]
        except (OSError, ValueError):
            return None
        user, nice, system, _idle, _iowait, irq, softirq = fields
        return (user + nice + system + irq + softirq) / os.sysconf("SC_CLK_TCK")

    @staticmethod
    def _ours() -> float:
        import resource

        own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime

    def finish(self) -> dict[str, Any] | None:
        busy0, ours0, started, load0 = self._start
        busy1 = self._machine_busy()
        if busy0 is None or busy1 is None:
            return None
        wall = time.monotonic() - started
        cpus = os.cpu_count() or 1
        others = max(0.0, (busy1 - busy0) - (self._ours() - ours0))
        return {"seconds": round(wall, 1), "loadavg_before": load0, "loadavg_after": _loadavg(),
                "other_processes_cpu_s": round(others, 1),
                "other_processes_pct_of_machine": round(100 * others / (wall * cpus), 1)}


def print_load(load: dict[str, Any] | None) -> None:
    if load is None:
        return
    quiet = load["other_processes_pct_of_machine"] < 5
    print(f"machine load: other processes used {load['other_processes_pct_of_machine']:.1f} % of the machine's CPU "
          f"during the {load['seconds']:.0f} s run "
          f"(load average {load['loadavg_before']:.2f} -> {load['loadavg_after']:.2f})"
          + ("" if quiet else "  WARNING: not a quiet machine, figures are pessimistic"))


def print_machine() -> dict[str, Any]:
    machine = {"cpu_count": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version()}
    print(f"machine: {machine['cpu_count']} CPUs, {machine['platform']}, Python {machine['python']}")
    return machine


# -- this benchmark -----------------------------------------------------------------------------------------------

# label -> (method, route template in the access log)
ENDPOINTS = {
    "GET /api/health": ("GET", "/api/health"),
    "POST v1/face": ("POST", "/api/v1/face"),
    "GET v1/face/{id}": ("GET", "/api/v1/face/{identifier}"),
    "PUT v1/face": ("PUT", "/api/v1/face"),
    "POST identifyRecord": ("POST", "/api/v1/face/identifyRecord"),
    "POST identifyReferenceImage": ("POST", "/api/v1/face/identifyReferenceImage"),
    "POST list/identify": ("POST", "/api/v1/face/list/identify"),
    "DELETE v1/face/{id}": ("DELETE", "/api/v1/face/{identifier}"),
}
ENGINE_ROWS = ["engine analyze_image", "  its decode (imageio)", "  cv2.imdecode", "  describe_largest_face",
               "engine 2 images at once (pool)"]


def _load_models() -> None:
    models.face_detector()
    models.landmark_predictor()
    models.face_descriptor_model()


def engine_pool(workers: int) -> ProcessPoolExecutor:
    """A bare process pool like the service's (spawn, models loaded at start), for the parallel baseline."""
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"), initializer=_load_models)
    for future in [pool.submit(os.getpid) for _ in range(workers)]:
        future.result()
    return pool


class Timer:
    def __init__(self) -> None:
        self.samples: dict[str, list[float]] = defaultdict(list)

    def request(self, label: str, http: httpx.Client, method: str, url: str, content: bytes | None = None) -> Any:
        headers = JSON_HEADERS if content is not None else None
        started = time.perf_counter()
        response = http.request(method, url, content=content, headers=headers)
        self.samples[label].append((time.perf_counter() - started) * 1000)
        return expect(response, label)

    def call(self, label: str, function: Callable[[], Any]) -> Any:
        started = time.perf_counter()
        result = function()
        self.samples[label].append((time.perf_counter() - started) * 1000)
        return result


def measure_probe(service: Service, http: httpx.Client, label: str, probe: bytes, runs: int,
                  targets: dict[str, str], list_id: str, pool: ProcessPoolExecutor) -> dict[str, Any]:
    encoded = b64(probe)
    bodies = {
        "create": body({"faceImageBase64": encoded, "name": "Bench", "surname1": label}),
        "put": body({"identifier": targets["put"], "faceImageBase64": encoded, "name": "Bench", "surname1": "Updated"}),
        "record": body({"faceImageBase64": encoded, "faceRecordIdentifier": targets["grace"]}),
        "reference": body({"faceImageBase64": encoded, "referenceImageBase64": encoded}),
        "list": body({"faceImageBase64": encoded, "faceListId": list_id}),
    }
    max_pixels = imageio.DEFAULT_MAX_PIXELS
    checks: dict[str, list[float]] = defaultdict(list)
    # Which workers did identifyReferenceImage's two analyses? Per-worker CPU time around each call tells:
    # both workers busy = the two images were analysed at the same time on two workers.
    worker_pids = child_pids(service.process.pid)
    spread: list[bool] = []

    def one_run(timer: Timer) -> None:
        timer.request("GET /api/health", http, "GET", "/health")
        created = timer.request("POST v1/face", http, "POST", "/v1/face", bodies["create"])
        if not created.get("identifier"):
            raise RuntimeError(f"{label}: record creation refused: {created}")
        timer.request("GET v1/face/{id}", http, "GET", f"/v1/face/{created['identifier']}")
        updated = timer.request("PUT v1/face", http, "PUT", "/v1/face", bodies["put"])
        if not updated.get("result"):
            raise RuntimeError(f"{label}: update refused: {updated}")
        for name, path, key in (("POST identifyRecord", "/v1/face/identifyRecord", "record"),
                                ("POST identifyReferenceImage", "/v1/face/identifyReferenceImage", "reference"),
                                ("POST list/identify", "/v1/face/list/identify", "list")):
            before = cpu_seconds(worker_pids)
            answer = timer.request(name, http, "POST", path, bodies[key])
            if name == "POST identifyReferenceImage" and before:
                used = sorted((cpu_seconds(worker_pids).get(pid, t) - t for pid, t in before.items()), reverse=True)
                spread.append(len(used) > 1 and used[1] >= 0.5 * used[0] > 0)
            if answer["result"] != 0:  # the same face every time: anything but ok means the work was not done
                raise RuntimeError(f"{label} {name}: result {answer['result']} {answer['resultDescription']}")
            checks[name].append(answer["confidence"])
        timer.request("DELETE v1/face/{id}", http, "DELETE", f"/v1/face/{created['identifier']}")
        analysis = timer.call("engine analyze_image",
                              lambda: analyze_image(probe, with_quality=False, max_pixels=max_pixels))
        if analysis.descriptor is None:
            raise RuntimeError(f"{label}: the engine found no face")
        timer.call("  its decode (imageio)", lambda: imageio.decode_image(probe, max_pixels=max_pixels))
        image = timer.call("  cv2.imdecode", lambda: cv2.imdecode(np.frombuffer(probe, np.uint8), cv2.IMREAD_COLOR))
        timer.call("  describe_largest_face", lambda: describe_largest_face(image))
        # What identifyReferenceImage could at best do on this machine: the two analyses in two bare processes.
        job = functools.partial(analyze_image, probe, with_quality=False, max_pixels=max_pixels)
        timer.call("engine 2 images at once (pool)", lambda: [f.result() for f in [pool.submit(job), pool.submit(job)]])

    one_run(Timer())  # warm-up: first requests, model loading in this process, SQLite caches
    spread.clear()
    start = service.log_size()
    timer = Timer()
    for _ in range(runs):
        one_run(timer)
    time.sleep(0.2)  # the last access-log lines
    in_app = service.access_log(start)
    rows = {}
    for name in [*ENDPOINTS, *ENGINE_ROWS]:
        rows[name] = summary(timer.samples[name])
        if name in ENDPOINTS:
            rows[name]["in_app_median_ms"] = summary(in_app.get(ENDPOINTS[name], []))["median_ms"]
    return {"bytes": len(probe), "runs": runs, "rows": rows,
            "reference_calls_on_two_workers": sum(spread) if spread else None,
            "confidence": {name: statistics.median(values) for name, values in checks.items()}}


def comparisons(result: dict[str, Any], workers: int) -> dict[str, Any]:
    rows = result["rows"]
    engine = rows["engine analyze_image"]["median_ms"]
    pair = rows["engine 2 images at once (pool)"]["median_ms"]
    record = rows["POST identifyRecord"]["median_ms"]
    reference = rows["POST identifyReferenceImage"]["median_ms"]
    return {
        "engine_median_ms": engine,
        "identifyRecord_vs_1x_engine": {"service_ms": record, "engine_ms": engine,
                                        "overhead_pct": 100 * (record / engine - 1), "goal_pct": 20,
                                        "ok": record <= 1.2 * engine},
        "identifyReferenceImage_vs_2x_engine": {
            "service_ms": reference, "engine_ms": 2 * engine, "overhead_pct": 100 * (reference / (2 * engine) - 1),
            "goal_pct": 20, "ok": reference <= 1.2 * 2 * engine, "workers": workers,
            # Measured from the workers' CPU time when /proc is there; else guessed from the time (in parallel:
            # well under 2x on a machine whose cores really run two analyses at once).
            "parallel": (result["reference_calls_on_two_workers"] > result["runs"] // 2
                         if result["reference_calls_on_two_workers"] is not None else reference < 1.5 * engine),
            "calls_on_two_workers": result["reference_calls_on_two_workers"],
            "vs_1x_engine_pct": 100 * (reference / engine - 1),
            "bare_pool_pair_ms": pair, "vs_bare_pool_pair_pct": 100 * (reference / pair - 1),
        },
    }


def health_under_load(service: Service, users: list[str], probe: bytes, target: str, seconds: float,
                      threads: int) -> dict[str, Any]:
    """GET /api/health every ~20 ms while `threads` clients send identifyRecord without pause."""
    payload = body({"faceImageBase64": b64(probe), "faceRecordIdentifier": target})
    stop = threading.Event()
    done: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()

    def load(username: str) -> None:
        with closing(service.sign_in(username, username)) as http:
            while not stop.is_set():
                started = time.perf_counter()
                try:
                    response = http.post("/v1/face/identifyRecord", content=payload, headers=JSON_HEADERS)
                    ok = response.status_code == 200
                except httpx.HTTPError as error:
                    ok, response = False, error  # type: ignore[assignment]
                with lock:
                    if ok:
                        done.append((time.perf_counter() - started) * 1000)
                    else:
                        failures.append(str(getattr(response, "status_code", response)))

    workers = [threading.Thread(target=load, args=(users[i % len(users)],), daemon=True) for i in range(threads)]
    health: list[float] = []
    try:
        for worker in workers:
            worker.start()
        with httpx.Client(base_url=service.base_url, timeout=60) as http:
            http.get("/health")
            time.sleep(1.0)  # let the load reach a steady state
            with lock:
                done.clear()
            started = time.perf_counter()
            while time.perf_counter() - started < seconds:
                t0 = time.perf_counter()
                expect(http.get("/health"), "health under load")
                health.append((time.perf_counter() - t0) * 1000)
                time.sleep(0.02)
            elapsed = time.perf_counter() - started
    finally:
        stop.set()
        for worker in workers:
            worker.join(timeout=120)
    with lock:
        identifications = summary(done)
        count, errors = len(done), list(failures)
    return {"threads": threads, "seconds": elapsed, "health": summary(health), "identifyRecord": identifications,
            "identifications_per_s": count / elapsed, "errors": len(errors), "error_samples": errors[:5]}


def idle_health(service: Service, samples: int) -> dict[str, float]:
    times = []
    with httpx.Client(base_url=service.base_url, timeout=60) as http:
        http.get("/health")
        for _ in range(samples):
            t0 = time.perf_counter()
            expect(http.get("/health"), "health")
            times.append((time.perf_counter() - t0) * 1000)
            time.sleep(0.02)
    return summary(times)


def print_tables(results: dict[str, Any], workers: int) -> None:
    probes = results["probes"]
    labels = list(probes)
    header = f"{'endpoint / work':30}" + "".join(f" | {lab + ' median':>17} {'p95':>8} {'in app':>8}" for lab in labels)
    print("\n" + header)
    print("-" * len(header))
    for name in [*ENDPOINTS, *ENGINE_ROWS]:
        line = f"{name:30}"
        for lab in labels:
            row = probes[lab]["rows"][name]
            in_app = row.get("in_app_median_ms")
            line += f" | {row['median_ms']:15.1f}ms {row['p95_ms']:6.1f}ms "
            line += f"{in_app:6.1f}ms" if in_app is not None else " " * 8
        print(line)
    print("(probe sizes: " + ", ".join(f"{lab} {probes[lab]['bytes'] / 1e6:.2f} MB JPEG" for lab in labels)
          + f"; {probes[labels[0]]['runs']} runs; service with {workers} recognition workers)")
    print("\nservice vs bare engine (medians; goal: overhead <= 20 %)")
    for lab in labels:
        comp = probes[lab]["comparison"]
        rec, ref = comp["identifyRecord_vs_1x_engine"], comp["identifyReferenceImage_vs_2x_engine"]
        print(f"  {lab:8} identifyRecord {rec['service_ms']:7.1f} ms vs 1x engine {rec['engine_ms']:7.1f} ms: "
              f"{rec['overhead_pct']:+6.1f} %  {'ok' if rec['ok'] else 'OVER GOAL'}")
        parallel = "in parallel" if ref["parallel"] else "NOT in parallel"
        if ref["calls_on_two_workers"] is not None:
            parallel += f" (both workers busy in {ref['calls_on_two_workers']}/{probes[lab]['runs']} calls)"
        print(f"  {lab:8} identifyReferenceImage {ref['service_ms']:7.1f} ms vs 2x engine {ref['engine_ms']:7.1f} ms: "
              f"{ref['overhead_pct']:+6.1f} %  {'ok' if ref['ok'] else 'OVER GOAL'}  "
              f"({ref['vs_1x_engine_pct']:+.1f} % vs 1x: the two analyses ran {parallel} on {workers} workers)")
        print(f"  {lab:8}   ... and vs the same two analyses at once in a bare {workers}-process pool "
              f"{ref['bare_pool_pair_ms']:7.1f} ms: {ref['vs_bare_pool_pair_pct']:+6.1f} %")
    big = results.get("twelve_mp")
    if big:
        print(f"  12 MP: service identifyRecord {big['service_ms']:.1f} ms vs the engine's own path for the photo "
              f"(analyze_image: decode + detection on a <=800 px copy + descriptor) {big['engine_ms']:.1f} ms: "
              f"{big['ratio']:.2f}x -> {'no slower (within 20 %)' if big['ok'] else 'SLOWER'}")
    print("\nGET /api/health while identifyRecord runs without pause in background threads")
    idle = results["health_idle"]
    print(f"  {'condition':34} {'median':>8} {'p95':>8} {'ident./s':>9} {'ident. median':>14} {'errors':>7}")
    print(f"  {'idle':34} {idle['median_ms']:6.1f}ms {idle['p95_ms']:6.1f}ms")
    for lab, load in results["health_under_load"].items():
        verdict = "ok" if load["health"]["p95_ms"] <= 50 else "SLOW"
        condition = f"{load['threads']} threads, {lab} probes"
        print(f"  {condition:34} {load['health']['median_ms']:6.1f}ms "
              f"{load['health']['p95_ms']:6.1f}ms {load['identifications_per_s']:9.2f} "
              f"{load['identifyRecord']['median_ms']:12.1f}ms {load['errors']:7d}  {verdict} (goal p95 <= 50 ms)")
    shutdown = results.get("shutdown")
    if shutdown:
        graceful = "graceful (lifespan closed pool and database)" if shutdown["graceful"] else "NOT graceful"
        print(f"\nshutdown: {shutdown['how']}, {graceful}, exit code {shutdown['exit_code']} (uvicorn re-raises "
              f"the signal after shutting down), {shutdown['seconds']} s, "
              f"{shutdown['worker_processes']} worker processes, {shutdown['worker_processes_left']} left behind")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="timed runs per probe (default: %(default)s)")
    parser.add_argument("--workers", type=int, default=None,
                        help="service recognition workers (default: the service's own, one per CPU)")
    parser.add_argument("--load-seconds", type=float, default=10.0,
                        help="seconds of health sampling under identification load, per probe (default: %(default)s)")
    parser.add_argument("--quick", action="store_true", help="a few runs and seconds only: a smoke test")
    parser.add_argument("--json", type=Path, default=RESULTS / "service_latency.json")
    args = parser.parse_args(argv)
    if args.quick:
        args.runs, args.load_seconds = min(args.runs, 3), min(args.load_seconds, 2.0)
    install_sigterm_handler()
    machine_load = MachineLoad()
    results: dict[str, Any] = {"machine": print_machine(), "args": vars(args) | {"json": str(args.json)}}
    probes = {"640x480": probe_640(), "12MP": probe_12mp()}
    photos = gallery_photos()
    users = ["bench-1", "bench-2", "bench-3", "bench-4"]
    service: Service | None = None
    pool: ProcessPoolExecutor | None = None
    try:
        pool = engine_pool(args.workers or os.cpu_count() or 1)
        with running_service(users, workers=args.workers) as service:
            workers = service.workers
            results["workers"] = workers
            with closing(service.sign_in(users[0], users[0])) as http:
                sign_ins = []
                for _ in range(max(3, args.runs // 4)):
                    started = time.perf_counter()
                    service.sign_in(users[0], users[0]).close()
                    sign_ins.append((time.perf_counter() - started) * 1000)
                results["connect_token_password_grant"] = summary(sign_ins)
                list_id, records = setup_list(http, "bench-gallery", photos)
                put_target = expect(http.post("/v1/face", content=body({
                    "faceImageBase64": b64(photos["grace"]), "name": "Bench", "surname1": "PutTarget",
                }), headers=JSON_HEADERS), "create PUT target")["identifier"]
                targets = {**records, "put": put_target}
                results["probes"] = {}
                for label, probe in probes.items():
                    print(f"measuring {label} ({len(probe) / 1e6:.2f} MB), {args.runs} runs ...", flush=True)
                    result = measure_probe(service, http, label, probe, args.runs, targets, list_id, pool)
                    result["comparison"] = comparisons(result, workers)
                    results["probes"][label] = result
                big = results["probes"]["12MP"]["rows"]
                service_ms = big["POST identifyRecord"]["median_ms"]
                engine_ms = big["engine analyze_image"]["median_ms"]
                results["twelve_mp"] = {"service_ms": service_ms, "engine_ms": engine_ms,
                                        "ratio": service_ms / engine_ms, "ok": service_ms <= 1.2 * engine_ms}
                print("measuring GET /api/health idle and under load ...", flush=True)
                results["health_idle"] = idle_health(service, max(20, args.runs * 5))
                results["health_under_load"] = {
                    label: health_under_load(service, users, probe, records["grace"], args.load_seconds, 2 * workers)
                    for label, probe in probes.items()
                }
    except KeyboardInterrupt:
        print("\ninterrupted: the service was stopped", file=sys.stderr)
        return 130
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        if service is not None and service.shutdown:
            results["shutdown"] = service.shutdown
    results["machine_load"] = machine_load.finish()
    token = results["connect_token_password_grant"]
    print(f"\nPOST connect/token (password grant: argon2 checks of secret and password): "
          f"median {token['median_ms']:.1f} ms, p95 {token['p95_ms']:.1f} ms")
    print_tables(results, results["workers"])
    print_load(results["machine_load"])
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2))
    print(f"\nJSON: {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
