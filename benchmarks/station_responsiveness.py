"""How the station's screen keeps up while it verifies faces: preview rate, QA rate and GUI-thread stalls.

    python benchmarks/station_responsiveness.py [--seconds 20] [--rounds 4] [--workers N]
                                                [--verify record|reference] [--profile] [--quick]

Offscreen (QT_QPA_PLATFORM=offscreen), on a qasync loop (`qasync.run`, as the station runs), with the station's
theme, a 1020x760 window as a verify page would be: a `CapturePanel` (live preview with overlay, checklist,
guidance), a result row (the captured portrait and the record's photo as pixmaps, a verdict line) and the busy
bar of `Operations`. The service is the REAL built-in one: `provision()` a temporary data dir, then
`LocalService` (workers: the station's default, one per core, unless --workers), signed in through
`FaceCheckClient` with a call budget of its own.

Camera: a 640x480 clip of the compliant subject (grace_hopper upscaled and placed in a webcam-like frame with a
blurred "room", 100 px between the eyes, drifting 3 px sideways), written once as mp4v and replayed by
`VideoFileSource` at 30 fps in a loop, opened through `CapturePanel.use_camera` as a panel opens
`context.camera()`. The clip is made in a child process: the portrait comes through matplotlib, whose objects
would otherwise swell this process's heap, which every full garbage collection walks. The first auto-capture
gives the JPEG the verifications send (it is also enrolled as the record identifyRecord compares against). Then
auto-capture is turned off and the camera reopened, so for the rest of the run the page is live: every frame
painted, every result updating the overlay, the checklist and the guidance (the heaviest state of the page;
after a real capture the picture freezes).

Two phases of --seconds each on the same page, alternating in --rounds blocks (idle, verifying, idle, ...), so
a noisy neighbour on the machine weighs on both alike:

  idle (baseline)  preview and QA only;
  verifying        plus verifications back to back: `ops.run_async(client.recognition.identify_record(...))`
                   (or identify_reference_image with the JPEG as both images), each answer shown as the panels
                   do it on the GUI thread: `bgr_to_qpixmap` of the captured portrait and `QPixmap.loadFromData`
                   of the record's photo from the answer, both scaled smoothly into labels, then the next call.

Measured per phase: frames handed to the preview (PipelineBridge.frameReady) and distinct frames painted by the
CameraView (paint events; the worst whole second too), QA results delivered to the GUI (resultReady) per
second, frames read / analysed by the pipeline, and a heartbeat `QTimer` (PreciseTimer, 5 ms) on the GUI thread:
the gap between its ticks beyond the 5 ms interval is how long the GUI thread could not react (p50, p99, max).
Also the verifications per second, their latency (from `run_async` to the answer on screen) and the GUI work
per answer, and the CPU used by the GUI thread, by this whole process (GUI, camera and QA threads) and by the
service (its process and its recognition workers), in % of one core. Stalls of 20 ms or more are taken apart:
how much of them the GUI thread ran, waited for a core (Linux schedstat) or was blocked (the interpreter lock
held by another thread), and whether a garbage collection (gc.callbacks) overlapped them.
Goals: preview >= 25 fps shown, QA >= 15 Hz, GUI stall p99 <= 50 ms.

`--profile` profiles the GUI thread (cProfile) during the verifying phase and prints where its time went
(profiling slows it, so the figures of a profiled run are pessimistic). Results:
benchmarks/results/station_responsiveness.json. `--quick` runs a few seconds per phase, for a smoke test.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any Qt import: no window system needed

import argparse  # noqa: E402
import asyncio  # noqa: E402
import cProfile  # noqa: E402
import gc  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import pstats  # noqa: E402
import signal  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import cv2  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _repo_root  # noqa: F401, I001  (puts the repository on sys.path for tests.support)
from service_latency import (  # noqa: E402  (the benchmark next to this one holds the shared helpers)
    RESULTS,
    MachineLoad,
    cpu_seconds,
    install_sigterm_handler,
    print_load,
    print_machine,
)

from facestation.vision import quality  # noqa: E402
from facestation.vision.faces import BGRImage  # noqa: E402
from tests.support import portraits  # noqa: E402
from tests.support.processes import child_pids  # noqa: E402

GOAL_SHOWN_FPS = 25.0
GOAL_QA_HZ = 15.0
GOAL_STALL_P99_MS = 50.0
HEARTBEAT_MS = 5
LONG_STALL_MS = 20.0  # stalls from here on are looked at: work on the GUI thread, or waiting?
CLIP_FPS = 30.0
CLIP_SECONDS = 6.0  # two whole drift periods: the loop has no jump
EYE_DISTANCE = 100.0  # px in the 640x480 frame: inside the 3:4 guide; every decoded frame passes (96 does not)
OPERATOR, OPERATOR_PASSWORD = "bench-reception", "bench-password-7"


# -- the camera clip ----------------------------------------------------------------------------------------


def generated_clip(path: Path) -> Path:
    """The subject drifting up to 3 px sideways (a 3 s sine), 640x480 at 30 fps, as mp4v. The landmark fit on
    this face is touchy (a 1 px shift or the codec's noise can flip yaw past its limit), so the clip is checked
    as decoded: nearly every frame must pass, or auto-capture and the checklist would not show a good subject."""
    base = portraits.compliant_base()
    frames = {shift: portraits.webcam_frame(base.photo, base.face, eye_distance=EYE_DISTANCE, size=(640, 480),
                                            eye_at=(0.5 + shift / 640, 0.42))
              for shift in range(-3, 4)}
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"mp4v"), CLIP_FPS, (640, 480))
    for index in range(round(CLIP_SECONDS * CLIP_FPS)):
        writer.write(frames[round(3 * math.sin(index / CLIP_FPS * 2 * math.pi / 3))])
    writer.release()
    region = quality.centred_portrait_region(640, 480)
    reader = cv2.VideoCapture(str(path))
    checked = passed = 0
    while True:
        ok, image = reader.read()
        if not ok:
            break
        checked += 1
        passed += quality.analyze(image, region=region).passed
    reader.release()
    if checked == 0 or passed < 0.9 * checked:
        raise RuntimeError(f"the generated clip is not a compliant subject: {passed} of {checked} frames pass")
    return path


def generated_clip_elsewhere(path: Path) -> Path:
    """`generated_clip` in a child process: the portrait comes through matplotlib, whose ~20k objects would
    otherwise stay in this process's heap, which the station's does not have (every full garbage collection, a
    GUI-thread stall, walks the whole heap: 33 ms with them, 20 ms without, measured)."""
    subprocess.run([sys.executable, __file__, "--make-clip", str(path)], check=True, timeout=300,
                   stdin=subprocess.DEVNULL)
    return path


# -- the built-in service ------------------------------------------------------------------------------------


@dataclass
class Station:
    service: Any  # LocalService
    base_url: str
    client_id: str
    client_secret: str
    budget_dir: Path


def start_service(scratch: Path, workers: int | None) -> Station:
    """provision() a data dir and start the real built-in service on it (blocking, before the Qt loop runs)."""
    from facestation.station.core.local_service import LocalService, provision

    data_dir = scratch / "service"
    account = provision(data_dir, client_id="bench-station", operator_username=OPERATOR,
                        operator_password=OPERATOR_PASSWORD)
    service = LocalService(data_dir, workers=workers)
    try:
        base_url = service.start()
    except BaseException:
        service.stop()
        raise
    return Station(service, base_url, account.client_id, account.client_secret, scratch / "budget")


def service_cpu(service: Any) -> float:
    """CPU seconds used so far by the service process and its recognition workers (Linux; 0 elsewhere)."""
    pid = service.pid
    if pid is None:
        return 0.0
    return sum(cpu_seconds([pid, *child_pids(pid)]).values())


# -- measuring on the GUI thread -----------------------------------------------------------------------------


def percentile(samples: list[float], fraction: float) -> float:
    if not samples:
        return float("nan")
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * (len(ordered) - 1) + 0.5))]


def build_meter_classes() -> tuple[type, type, type]:
    """The QObject helpers (made after QApplication exists; Qt imports stay inside the run)."""
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot

    class Heartbeat(QObject):
        """A 5 ms PreciseTimer on the GUI thread; each tick records the gap since the previous one, and how
        this thread spent it (ms): on a CPU, runnable but waiting for a core (Linux schedstat; NaN elsewhere),
        and the rest, blocked: in a stall that is waiting for the interpreter lock, held by another thread."""

        def __init__(self) -> None:
            super().__init__()
            self.gaps: list[float] = []
            self.ends: list[float] = []  # perf_counter at the end of each gap
            self.cpu: list[float] = []
            self.runnable: list[float] = []
            try:  # this thread's own file: the descriptor keeps pointing at the GUI thread
                self._schedstat: int | None = os.open("/proc/thread-self/schedstat", os.O_RDONLY)
            except OSError:
                self._schedstat = None
            self._last = time.perf_counter()
            self._last_cpu, self._last_runnable = self._times()
            self._timer = QTimer(self)
            self._timer.setTimerType(Qt.TimerType.PreciseTimer)
            self._timer.setInterval(HEARTBEAT_MS)
            self._timer.timeout.connect(self._tick)
            self._timer.start()

        @Slot()
        def _tick(self) -> None:
            now = time.perf_counter()
            cpu, runnable = self._times()
            self.gaps.append((now - self._last) * 1000)
            self.ends.append(now)
            self.cpu.append((cpu - self._last_cpu) * 1000)
            self.runnable.append((runnable - self._last_runnable) * 1000)
            self._last, self._last_cpu, self._last_runnable = now, cpu, runnable

        def _times(self) -> tuple[float, float]:
            """Seconds this thread has run on a CPU, and waited runnable for one."""
            if self._schedstat is None:
                return time.thread_time(), float("nan")
            on_cpu, waiting = os.pread(self._schedstat, 128, 0).split()[:2]
            return int(on_cpu) / 1e9, int(waiting) / 1e9

        def reset(self) -> None:
            self.gaps.clear()
            self.ends.clear()
            self.cpu.clear()
            self.runnable.clear()
            self._last = time.perf_counter()
            self._last_cpu, self._last_runnable = self._times()

        def stop(self) -> None:
            self._timer.stop()
            if self._schedstat is not None:
                os.close(self._schedstat)
                self._schedstat = None

    class FrameCounter(QObject):
        """Frames handed to the preview, distinct frames painted by the CameraView, QA results delivered."""

        def __init__(self, view: Any, bridge: Any) -> None:
            super().__init__()
            self.delivered: list[float] = []
            self.painted: list[float] = []
            self.results: list[float] = []
            self._latest: int | None = None
            self._painted_index: int | None = None
            bridge.frameReady.connect(self._frame)
            bridge.resultReady.connect(self._result)
            view.installEventFilter(self)

        @Slot(object)
        def _frame(self, frame: Any) -> None:
            self._latest = frame.index
            self.delivered.append(time.perf_counter())

        @Slot(object)
        def _result(self, _result: Any) -> None:
            self.results.append(time.perf_counter())

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and self._latest is not None and self._latest != self._painted_index:
                self._painted_index = self._latest
                self.painted.append(time.perf_counter())
            return False

        def reset(self) -> None:
            self.delivered.clear()
            self.painted.clear()
            self.results.clear()

    class Verifier(QObject):
        """Verifications back to back through `Operations.run_async`, each answer shown as VerifyPanel and its
        ResultCard show it (the same pixmap work: the probe's `bgr_to_qpixmap`, the record photo's
        `QPixmap.loadFromData`, both scaled smoothly into their labels), then the next call."""

        def __init__(self, ops: Any, client: Any, jpeg: bytes, portrait: BGRImage, number: str, kind: str,
                     labels: tuple[Any, Any, Any]) -> None:
            super().__init__()
            self.ops, self.client, self.jpeg, self.portrait = ops, client, jpeg, portrait
            self.number, self.kind = number, kind
            self.portrait_label, self.record_label, self.verdict_label = labels
            self.running = False
            self.in_flight = False
            self.latencies: list[float] = []
            self.gui_work: list[float] = []
            self.failures: list[str] = []
            self.record_photos = 0  # answers that carried the record's photo (decoded and shown)
            self._idle: asyncio.Future[None] | None = None

        def start(self) -> None:
            self.running = True
            if not self.in_flight:
                self._send()

        async def stop(self) -> None:
            """Send no more; wait for the call in flight."""
            self.running = False
            if self.in_flight:
                self._idle = asyncio.get_running_loop().create_future()
                await self._idle

        def reset(self) -> None:
            self.latencies.clear()
            self.gui_work.clear()
            self.failures.clear()
            self.record_photos = 0

        def _send(self) -> None:
            recognition = self.client.recognition
            if self.kind == "record":
                # By the person's number, as VerifyPanel does.
                work = recognition.identify_record(face_image=self.jpeg, external_identifier=self.number)
            else:
                work = recognition.identify_reference_image(face_image=self.jpeg, reference_image=self.jpeg)
            started = time.perf_counter()
            self.in_flight = True
            self.ops.run_async(work, on_success=lambda result: self._show(result, started),
                               on_error=self._failed, busy=self.tr("Checking the face…"))

        def _show(self, result: Any, started: float) -> None:
            from PySide6.QtGui import QPixmap

            from facestation.station.ui.images import bgr_to_qpixmap

            arrived = time.perf_counter()
            smooth, keep = Qt.TransformationMode.SmoothTransformation, Qt.AspectRatioMode.KeepAspectRatio
            self.portrait_label.setPixmap(bgr_to_qpixmap(self.portrait).scaled(self.portrait_label.size(), keep,
                                                                                 smooth))
            if result.face_image:
                photo = QPixmap()
                photo.loadFromData(result.face_image)
                self.record_photos += 1
                self.record_label.setPixmap(photo.scaled(self.record_label.size(), keep, smooth))
            self.verdict_label.setText(self.tr("Same person (%.0f %%)") % result.confidence if result.is_match
                                       else self.tr("Not the same person"))
            done = time.perf_counter()
            self.latencies.append((arrived - started) * 1000)
            self.gui_work.append((done - arrived) * 1000)
            if not result.is_match:  # the same face every time: anything else means the work was not done
                self.failures.append(f"{result.result}: {result.description}")
            self._next()

        def _failed(self, problem: Any) -> None:
            self.failures.append(problem.text)
            self._next()

        def _next(self) -> None:
            self.in_flight = False
            if self.running:
                self._send()
            elif self._idle is not None and not self._idle.done():
                self._idle.set_result(None)

    return Heartbeat, FrameCounter, Verifier


class GcPauses:
    """Garbage collections in this process (any thread; all threads wait for one): (start, ms, generation)."""

    def __init__(self) -> None:
        self.pauses: list[tuple[float, float, int]] = []
        self._started = 0.0

    def __enter__(self) -> GcPauses:
        gc.callbacks.append(self._callback)
        return self

    def __exit__(self, *exc_info: object) -> None:
        gc.callbacks.remove(self._callback)

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        now = time.perf_counter()
        if phase == "start":
            self._started = now
        else:
            self.pauses.append((self._started, (now - self._started) * 1000, info["generation"]))


def per_second_counts(times: list[float], started: float, ended: float) -> list[int]:
    """Events in each whole second from `started` (a trailing part second is left out)."""
    counts = [0] * int(ended - started)
    for moment in times:
        slot = int(moment - started)
        if 0 <= slot < len(counts):
            counts[slot] += 1
    return counts


@dataclass
class Totals:
    """One phase's figures, summed over its blocks (the phases alternate, so a noisy neighbour hits both)."""

    wall: float = 0.0
    blocks: int = 0
    delivered: int = 0
    painted: int = 0
    painted_per_second: list[int] = field(default_factory=list)
    results: int = 0
    read: int = 0
    analysed: int = 0
    dropped: int = 0
    stalls: list[float] = field(default_factory=list)
    stall_cpu: list[float] = field(default_factory=list)  # the GUI thread's CPU ms within each heartbeat gap
    stall_runnable: list[float] = field(default_factory=list)  # ... and its ms waiting for a core
    stall_spans: list[tuple[float, float]] = field(default_factory=list)  # (start, end) perf_counter of each gap
    gc_pauses: list[tuple[float, float, int]] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)
    gui_work: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    record_photos: int = 0
    cpu_here: float = 0.0  # CPU seconds
    cpu_service: float = 0.0

    def row(self) -> dict[str, Any]:
        wall = self.wall
        return {
            "seconds": wall,
            "blocks": self.blocks,
            "delivered_fps": self.delivered / wall,
            "painted_fps": self.painted / wall,
            "painted_worst_second": float(min(self.painted_per_second, default=float("nan"))),
            "qa_hz": self.results / wall,
            "pipeline_read_per_s": self.read / wall,
            "pipeline_analysed_per_s": self.analysed / wall,
            "pipeline_dropped": self.dropped,
            "heartbeat_ticks": len(self.stalls),
            "stall_p50_ms": percentile(self.stalls, 0.50),
            "stall_p99_ms": percentile(self.stalls, 0.99),
            "stall_max_ms": max(self.stalls, default=float("nan")),
            "stalls_over_50ms": sum(stall > GOAL_STALL_P99_MS for stall in self.stalls),
            **self._long_stalls(),
            "gc_collections": len(self.gc_pauses),
            "gc_full_collections": sum(generation == 2 for _s, _ms, generation in self.gc_pauses),
            "gc_longest_ms": max((ms for _s, ms, _g in self.gc_pauses), default=0.0),
            "verifications": len(self.latencies),
            "verifications_per_s": len(self.latencies) / wall,
            "verify_median_ms": statistics.median(self.latencies) if self.latencies else float("nan"),
            "verify_p95_ms": percentile(self.latencies, 0.95),
            "gui_work_median_ms": statistics.median(self.gui_work) if self.gui_work else float("nan"),
            "gui_work_max_ms": max(self.gui_work, default=float("nan")),
            "failures": len(self.failures),
            "failure_samples": self.failures[:3],
            "record_photos_shown": self.record_photos,
            "cpu_gui_thread_pct": 100 * sum(self.stall_cpu) / (1000 * wall),
            "cpu_this_process_pct": 100 * self.cpu_here / wall,
            "cpu_service_pct": 100 * self.cpu_service / wall,
        }


    def _long_stalls(self, over_ms: float = LONG_STALL_MS) -> dict[str, Any]:
        """The stalls of at least `over_ms`: how many, and how the GUI thread spent their time (% of it)."""
        long = [(stall + HEARTBEAT_MS, cpu, runnable)
                for stall, cpu, runnable in zip(self.stalls, self.stall_cpu, self.stall_runnable) if stall >= over_ms]
        if not long:
            return {"long_stalls": 0}
        total = sum(gap for gap, _cpu, _runnable in long)
        spans = [span for stall, span in zip(self.stalls, self.stall_spans) if stall >= over_ms]
        in_gc = sum(any(start < end and start + ms / 1000 > begin for start, ms, _g in self.gc_pauses)
                    for begin, end in spans)
        on_cpu = 100 * sum(cpu for _gap, cpu, _runnable in long) / total
        runnable = 100 * sum(runnable for _gap, _cpu, runnable in long) / total
        return {"long_stalls": len(long), "long_stalls_ms": sorted((gap for gap, _c, _r in long), reverse=True)[:10],
                "long_stalls_on_cpu_pct": on_cpu, "long_stalls_waiting_for_core_pct": runnable,
                "long_stalls_blocked_pct": max(0.0, 100 - on_cpu - runnable), "long_stalls_during_gc": in_gc}


async def measure_block(totals: Totals, seconds: float, *, heartbeat: Any, counter: Any, verifier: Any,
                        bridge: Any, station: Station, verifying: bool, profiler: cProfile.Profile | None,
                        gc_pauses: GcPauses) -> None:
    """`seconds` of the page as it is (plus verifications back to back when `verifying`), added to `totals`."""
    if verifying:
        verifier.start()
        await asyncio.sleep(1.0)  # into the steady state of answers, not their start
    else:
        await asyncio.sleep(0.5)  # the last answer's repaint is not the idle page's
    verifier.reset()
    heartbeat.reset()
    counter.reset()
    before = bridge.stats
    cpu_here, cpu_service = time.process_time(), service_cpu(station.service)
    started = time.perf_counter()
    if profiler is not None:
        profiler.enable()
    await asyncio.sleep(seconds)
    if profiler is not None:
        profiler.disable()
    ended = time.perf_counter()
    after = bridge.stats
    totals.cpu_here += time.process_time() - cpu_here
    totals.cpu_service += service_cpu(station.service) - cpu_service
    totals.wall += ended - started
    totals.blocks += 1
    totals.delivered += sum(t <= ended for t in counter.delivered)
    painted = [t for t in counter.painted if t <= ended]
    totals.painted += len(painted)
    totals.painted_per_second += per_second_counts(painted, started, ended)
    totals.results += sum(t <= ended for t in counter.results)
    totals.read += after.frames_read - before.frames_read
    totals.analysed += after.frames_analysed - before.frames_analysed
    totals.dropped += after.frames_dropped - before.frames_dropped
    totals.stalls += [max(0.0, gap - HEARTBEAT_MS) for gap in heartbeat.gaps]
    totals.stall_cpu += heartbeat.cpu
    totals.stall_runnable += heartbeat.runnable
    totals.stall_spans += [(end - gap / 1000, end) for gap, end in zip(heartbeat.gaps, heartbeat.ends)]
    totals.gc_pauses += [pause for pause in gc_pauses.pauses if started <= pause[0] <= ended]
    totals.latencies += verifier.latencies
    totals.gui_work += verifier.gui_work
    totals.failures += verifier.failures
    totals.record_photos += verifier.record_photos
    if verifying:
        await verifier.stop()


async def run_station(args: argparse.Namespace, station: Station, clip: Path) -> dict[str, Any]:
    """Everything on the qasync loop: the page, the first capture, the record, the two phases."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QApplication,
        QHBoxLayout,
        QLabel,
        QVBoxLayout,
        QWidget,
    )

    from facestation.api import FaceCheckClient
    from facestation.api.budget import CallBudget
    from facestation.station.core.camera import VideoFileSource
    from facestation.station.ui.ops import BusyBar, Operations
    from facestation.station.ui.widgets.capture_panel import CapturePanel
    from facestation.vision.capture import AutoCaptureSettings

    task = asyncio.current_task()
    assert task is not None
    loop = asyncio.get_running_loop()
    # Ctrl+C / SIGTERM cancel the run, so every `finally` runs (the camera and the service stop).
    previous = {number: signal.signal(number, lambda *_: loop.call_soon_threadsafe(task.cancel))
                for number in (signal.SIGINT, signal.SIGTERM)}

    Heartbeat, FrameCounter, Verifier = build_meter_classes()
    ops = Operations()
    client = FaceCheckClient(station.base_url, station.client_id, station.client_secret,
                             budget=CallBudget(state_dir=station.budget_dir))
    window = QWidget()
    window.setWindowTitle("station responsiveness")
    capture = CapturePanel(window)
    capture.view.set_sound_enabled(False)  # no audio offscreen, and no shutter file in the user's cache
    portrait_label, record_label, verdict_label = QLabel(window), QLabel(window), QLabel(window)
    for label in (portrait_label, record_label):
        label.setFixedSize(120, 160)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    result_row = QHBoxLayout()
    result_row.addWidget(portrait_label)
    result_row.addWidget(record_label)
    result_row.addWidget(verdict_label, 1)
    layout = QVBoxLayout(window)
    layout.addWidget(capture, 1)
    layout.addLayout(result_row)
    layout.addWidget(BusyBar(ops, window))
    window.resize(1020, 760)
    window.show()
    heartbeat = Heartbeat()
    counter = FrameCounter(capture.view, capture.bridge)

    def camera() -> VideoFileSource:
        return VideoFileSource(clip, loop=True, realtime=True)

    results: dict[str, Any] = {}
    try:
        await client.login(OPERATOR, OPERATOR_PASSWORD)
        captured: asyncio.Future[Any] = loop.create_future()
        capture.portraitCaptured.connect(lambda result: captured.done() or captured.set_result(result))
        capture.use_camera(camera)
        first = await asyncio.wait_for(captured, timeout=60)
        print(f"auto-capture fired: portrait JPEG {len(first.jpeg) / 1000:.0f} KB", flush=True)
        number = "BENCH-0001"
        await client.records.create(face_image=first.jpeg, name="Bench", surname1="Responsiveness",
                                    external_identifier=number)
        # From here the page stays live: no more captures (a capture would freeze the picture), camera reopened.
        capture.bridge.set_auto_capture_settings(AutoCaptureSettings(frames_required=10**9))
        capture.use_camera(camera)
        verifier = Verifier(ops, client, first.jpeg, first.portrait, number, args.verify,
                            (portrait_label, record_label, verdict_label))
        verifier.start()  # warm-up: the service's first requests, this process's first pixmaps
        await asyncio.sleep(min(3.0, args.seconds))
        await verifier.stop()
        if verifier.failures:
            raise RuntimeError(f"verification failed during warm-up: {verifier.failures[0]}")
        await asyncio.sleep(1.0)
        results["gc_tracked_objects"] = len(gc.get_objects())
        profiler = cProfile.Profile() if args.profile else None
        totals = {"idle (baseline)": Totals(), "verifying": Totals()}
        block = args.seconds / args.rounds
        print(f"measuring {args.rounds} x ({block:g} s idle, {block:g} s verifying) ...", flush=True)
        with GcPauses() as gc_pauses:
            for _round in range(args.rounds):
                for name, verifying in (("idle (baseline)", False), ("verifying", True)):
                    await measure_block(totals[name], block, heartbeat=heartbeat, counter=counter,
                                        verifier=verifier, bridge=capture.bridge, station=station,
                                        verifying=verifying, profiler=profiler if verifying else None,
                                        gc_pauses=gc_pauses)
        results |= {name: total.row() for name, total in totals.items()}
        if profiler is not None:
            results["profile"] = profile_text(profiler)
    finally:
        heartbeat.stop()
        capture.stop(wait=True)
        ops.shutdown()
        await client.aclose()
        window.close()
        window.deleteLater()
        QApplication.processEvents()
        for number, handler in previous.items():
            signal.signal(number, handler)
    return results


def profile_text(profiler: cProfile.Profile, lines: int = 25) -> str:
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(lines)
    stats.sort_stats("cumulative").print_stats(lines)
    return out.getvalue()


# -- report --------------------------------------------------------------------------------------------------

COLUMNS: list[tuple[str, str, str]] = [
    # (header, key, format)
    ("shown fps", "painted_fps", "{:9.1f}"),
    ("worst 1 s", "painted_worst_second", "{:9.0f}"),
    ("to view/s", "delivered_fps", "{:9.1f}"),
    ("QA Hz", "qa_hz", "{:6.1f}"),
    ("read/s", "pipeline_read_per_s", "{:6.1f}"),
    ("verif/s", "verifications_per_s", "{:7.2f}"),
    ("verif med", "verify_median_ms", "{:7.1f}ms"),
    ("p95", "verify_p95_ms", "{:5.0f}ms"),
    ("GUI/answer", "gui_work_median_ms", "{:8.1f}ms"),
    ("stall p50", "stall_p50_ms", "{:7.1f}ms"),
    ("p99", "stall_p99_ms", "{:5.1f}ms"),
    ("max", "stall_max_ms", "{:5.0f}ms"),
    (">50ms", "stalls_over_50ms", "{:5d}"),
    ("GUI cpu", "cpu_gui_thread_pct", "{:6.0f}%"),
    ("process", "cpu_this_process_pct", "{:6.0f}%"),
    ("service", "cpu_service_pct", "{:6.0f}%"),
]


def print_table(results: dict[str, Any]) -> None:
    widths = [max(len(header), len(fmt.format(0))) for header, _key, fmt in COLUMNS]
    header = f"{'phase':16}" + "".join(f" {title:>{width}}" for (title, _k, _f), width in zip(COLUMNS, widths))
    print("\n" + header)
    print("-" * len(header))
    for name in ("idle (baseline)", "verifying"):
        row = results["phases"][name]
        cells = []
        for (_title, key, fmt), width in zip(COLUMNS, widths):
            value = row[key]
            text = "-" if (name != "verifying" and key.startswith(("verif", "gui_work"))) else fmt.format(value)
            cells.append(f" {text:>{width}}")
        print(f"{name:16}" + "".join(cells))
    goals = {"painted_fps": f">= {GOAL_SHOWN_FPS:g}", "qa_hz": f">= {GOAL_QA_HZ:g}",
             "stall_p99_ms": f"<= {GOAL_STALL_P99_MS:g}ms"}
    print(f"{'goal':16}" + "".join(f" {goals.get(key, ''):>{width}}" for (_t, key, _f), width in zip(COLUMNS, widths)))
    verifying, idle = results["phases"]["verifying"], results["phases"]["idle (baseline)"]
    print()
    for label, key, goal, better in (("preview shown", "painted_fps", GOAL_SHOWN_FPS, "high"),
                                     ("QA refresh", "qa_hz", GOAL_QA_HZ, "high"),
                                     ("GUI stall p99", "stall_p99_ms", GOAL_STALL_P99_MS, "low")):
        value = verifying[key]
        ok = value >= goal if better == "high" else value <= goal
        unit = " ms" if key == "stall_p99_ms" else (" fps" if key == "painted_fps" else " Hz")
        print(f"  {label:14} while verifying {value:6.1f}{unit} (idle {idle[key]:.1f}{unit}; goal "
              f"{'>=' if better == 'high' else '<='} {goal:g}{unit}): {'ok' if ok else 'MISSES THE GOAL'}")
    print(f"  verifications: {verifying['verifications']} in {verifying['seconds']:.0f} s "
          f"({results['verify']}, {results['workers']}), {verifying['failures']} failed"
          + (f" e.g. {verifying['failure_samples'][0]!r}" if verifying["failures"] else "")
          + f"; GUI work per answer (portrait pixmap, record photo decoded in {verifying['record_photos_shown']} "
          f"answers, both scaled) median {verifying['gui_work_median_ms']:.1f} ms, "
          f"max {verifying['gui_work_max_ms']:.1f} ms")
    for name in ("idle (baseline)", "verifying"):
        row = results["phases"][name]
        line = (f"  {name}: garbage collections {row['gc_collections']} ({row['gc_full_collections']} full, "
                f"longest {row['gc_longest_ms']:.0f} ms; {results['gc_tracked_objects']} objects tracked); "
                f"{row['long_stalls']} stalls >= {LONG_STALL_MS:g} ms")
        if row["long_stalls"]:
            line += (f" (longest {row['long_stalls_ms'][0]:.0f} ms, {row['long_stalls_during_gc']} during a "
                     f"collection): in them the GUI thread ran {row['long_stalls_on_cpu_pct']:.0f} % of the time, "
                     f"waited for a core {row['long_stalls_waiting_for_core_pct']:.0f} %, slept or was blocked "
                     f"{row['long_stalls_blocked_pct']:.0f} % (at most {HEARTBEAT_MS} ms of each is its sleep until "
                     "the tick; the rest is the interpreter lock held by another thread)")
        print(line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="seconds per phase (default: %(default)s)")
    parser.add_argument("--workers", type=int, default=None,
                        help="the service's recognition workers (default: the station's, one per core)")
    parser.add_argument("--verify", choices=("record", "reference"), default="record",
                        help="identifyRecord against the enrolled capture, or identifyReferenceImage of the "
                             "capture against itself (default: %(default)s)")
    parser.add_argument("--profile", action="store_true",
                        help="profile the GUI thread during the verifying phase (cProfile; slows it down)")
    parser.add_argument("--rounds", type=int, default=4,
                        help="the phases alternate this many times, --seconds/rounds each (default: %(default)s)")
    parser.add_argument("--quick", action="store_true", help="3 s per phase in one round: a smoke test")
    parser.add_argument("--json", type=Path, default=RESULTS / "station_responsiveness.json")
    parser.add_argument("--make-clip", type=Path, help=argparse.SUPPRESS)  # internal: the child process
    args = parser.parse_args(argv)
    if args.make_clip:
        generated_clip(args.make_clip)
        return 0
    if args.quick:
        args.seconds, args.rounds = min(args.seconds, 3.0), 1
    args.rounds = max(1, args.rounds)

    import qasync
    from PySide6.QtWidgets import QApplication

    from facestation.station.ui.theme import apply_theme

    install_sigterm_handler()  # SIGTERM during the setup ends like Ctrl+C: the service is stopped
    machine_load = MachineLoad()
    results: dict[str, Any] = {"machine": print_machine(), "args": vars(args) | {"json": str(args.json)},
                               "verify": f"identify{'Record' if args.verify == 'record' else 'ReferenceImage'}"}
    with tempfile.TemporaryDirectory(prefix="facestation-responsiveness-", ignore_cleanup_errors=True) as temp:
        scratch = Path(temp)
        print("generating the 640x480 clip and starting the built-in service ...", flush=True)
        workers = args.workers or os.cpu_count() or 1
        results["workers"] = f"{workers} recognition worker{'s' if workers != 1 else ''}"
        station: Station | None = None
        try:
            clip = generated_clip_elsewhere(scratch / "webcam.mp4")
            station = start_service(scratch, args.workers)
            app = QApplication.instance() or QApplication(sys.argv[:1])
            assert isinstance(app, QApplication)
            apply_theme(app, "light")
            phases = qasync.run(run_station(args, station, clip))
        except (KeyboardInterrupt, asyncio.CancelledError):
            print("\ninterrupted: the service was stopped", file=sys.stderr)
            return 130
        finally:
            if station is not None:
                station.service.stop()
    profile = phases.pop("profile", None)
    results["gc_tracked_objects"] = phases.pop("gc_tracked_objects")
    results["phases"] = phases
    results["machine_load"] = machine_load.finish()
    print(f"\nclip: generated 640x480 at {CLIP_FPS:g} fps, compliant subject; {os.cpu_count()} cores; "
          f"{results['verify']} back to back in the verifying phase; "
          f"{args.seconds:g} s per phase in {args.rounds} alternating block(s)")
    print_table(results)
    print_load(results["machine_load"])
    if profile:
        print("\nGUI thread during the verifying phase (cProfile):\n" + profile)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2, default=str))
    print(f"\nJSON: {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
