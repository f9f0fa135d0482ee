"""Speed of the camera pipeline (facestation.station.core.camera) on a 640x480 video, next to a serial loop.

    python benchmarks/pipeline_speed.py [--video PATH]

Source: ../shared/datasets/camera/walk-up-1.mp4 (benchmarks/README.md, "Data sets") (640x480, 30 fps, 15 s) when the
datasets are present, else a 10 s clip generated from the package portrait (grace_hopper at a kiosk distance,
inter-eye distance ~100 px, drifting a few pixels), written as mp4v to a temporary file. Each run plays the clip
once.

Runs, on the same frames:
  pipeline realtime      VideoFileSource paced at the file's frame rate, as a camera delivers: frames read per
                         second (what the preview shows), analyses per second, frames dropped, latency from a
                         frame being read to its result (median, p95).
  realtime + busy core   the same while another process keeps one core busy (the local service matching
                         faces, a virus scan): what a loaded 2-core kiosk gives.
  realtime, QA cap 15    max_analysis_hz=15: the CPU left over when the analysis runs only as often as needed.
  pipeline every frame   drop_frames=False, decoded as fast as the analysis takes them: the pipeline's
                         throughput on every frame, to set against the serial loop (its latency includes the
                         wait of the frame decoded ahead while the previous one is analysed).
  serial (baseline)      one thread that decodes a frame, calls quality.analyze on it, then takes the next; a
                         preview fed by such a loop can show only what has been analysed.
Each run also has a heartbeat thread that wakes every 5 ms, standing in for the GUI thread: how late it wakes
(p99, max) shows how much the work holds the interpreter lock. `cpu` is this process's CPU time over wall
time (100 % = one core). Before the runs, a fresh process times its first analysis of a face the same way:
the face models load lazily, once per process, on whichever thread analyses first. Goals of issue 5, on a 2-core machine: preview >= 25 fps, QA >= 15 Hz.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import _repo_root  # noqa: F401, I001  (puts the repository on sys.path for tests.support)
import cv2
import numpy as np

from facestation.station.core.camera import (
    PipelineResult,
    QualityPipeline,
    VideoFileSource,
)
from facestation.vision import quality
from facestation.vision.faces import detect_faces, locate_landmarks
from facestation.vision.portrait import crop_portrait
from tests.support import portraits

GOAL_PREVIEW_FPS = 25.0
GOAL_QA_HZ = 15.0
HEARTBEAT_SECONDS = 0.005


def kiosk_frame(shift: int = 0) -> np.ndarray:
    """grace_hopper's token portrait scaled to ~100 px between the eyes, centred in a grey 640x480 frame and
    moved `shift` px sideways."""
    photo = portraits.grace_hopper()
    face = locate_landmarks(photo, detect_faces(photo)[0])
    portrait = crop_portrait(photo, face, width=10_000)  # native resolution
    scale = 100 / (0.25 * portrait.shape[1])
    portrait = cv2.resize(portrait, None, fx=scale, fy=scale, interpolation=cv2.INTER_LINEAR)
    height, width = 480, 640
    ph, pw = min(height, portrait.shape[0]), min(width, portrait.shape[1])
    frame = np.full((height, width, 3), 128, np.uint8)
    left, top = (width - pw) // 2 + shift, (height - ph) // 2
    frame[top : top + ph, left : left + pw] = portrait[:ph, :pw]
    return frame


def generated_clip(path: Path, seconds: float = 10.0, fps: float = 30.0) -> Path:
    """The kiosk frame drifting sideways by up to 4 px, like a person standing in front of a webcam."""
    frames = {shift: kiosk_frame(shift) for shift in range(-4, 5)}
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"mp4v"), fps, (640, 480))
    for index in range(round(seconds * fps)):
        writer.write(frames[round(4 * math.sin(index / fps * 2 * math.pi / 3))])
    writer.release()
    return path


class Heartbeat:
    """A thread that asks to wake every 5 ms and records how late it wakes, in ms."""

    def __init__(self) -> None:
        self.lateness: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            started = time.perf_counter()
            time.sleep(HEARTBEAT_SECONDS)
            self.lateness.append((time.perf_counter() - started - HEARTBEAT_SECONDS) * 1000)

    def __enter__(self) -> Heartbeat:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join()


def percentile(samples: list[float], fraction: float) -> float:
    if not samples:
        return float("nan")
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * (len(ordered) - 1) + 0.5))]


def row(*, frames: int, read: int, analysed: int, dropped: int, wall: float, cpu: float,
        latencies_ms: list[float], heartbeat: Heartbeat, captured: bool) -> dict[str, float]:
    return {
        "frames": frames,
        "read_per_s": read / wall,
        "analysed_per_s": analysed / wall,
        "dropped": dropped,
        "latency_median_ms": statistics.median(latencies_ms) if latencies_ms else float("nan"),
        "latency_p95_ms": percentile(latencies_ms, 0.95),
        "heartbeat_p99_ms": percentile(heartbeat.lateness, 0.99),
        "heartbeat_max_ms": max(heartbeat.lateness, default=float("nan")),
        "cpu_percent": 100 * cpu / wall,
        "wall_s": wall,
        "auto_captured": captured,
    }


def run_pipeline(video: Path, *, realtime: bool, drop_frames: bool = True,
                 max_analysis_hz: float | None = None) -> dict[str, float]:
    source = VideoFileSource(video, loop=False, realtime=realtime)
    results: list[PipelineResult] = []
    errors: list[BaseException] = []
    ended = threading.Event()
    pipeline = QualityPipeline(source, on_result=results.append, on_error=errors.append, on_ended=ended.set,
                               drop_frames=drop_frames, max_analysis_hz=max_analysis_hz)
    with Heartbeat() as heartbeat:
        cpu_started, started = time.process_time(), time.perf_counter()
        pipeline.start()
        ended.wait()
        # The last frame read is still being analysed: wait for its result.
        while pipeline.stats.frames_analysed + pipeline.stats.frames_dropped < pipeline.stats.frames_read:
            time.sleep(0.001)
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        pipeline.stop()
    if errors:
        raise SystemExit(f"pipeline errors: {errors!r}")
    stats = pipeline.stats
    return row(frames=stats.frames_read, read=stats.frames_read, analysed=stats.frames_analysed,
               dropped=stats.frames_dropped, wall=wall, cpu=cpu,
               latencies_ms=[result.latency * 1000 for result in results], heartbeat=heartbeat,
               captured=any(result.capture for result in results))


def run_serial(video: Path) -> dict[str, float]:
    source = VideoFileSource(video, loop=False, realtime=False)
    region = None
    latencies: list[float] = []
    analysed = 0
    with Heartbeat() as heartbeat:
        cpu_started, started = time.process_time(), time.perf_counter()
        while True:
            read_started = time.perf_counter()
            frame = source.read()
            if frame is None:
                break
            region = region or quality.centred_portrait_region(frame.width, frame.height)
            quality.analyze(frame.image, region=region)
            latencies.append((time.perf_counter() - read_started) * 1000)
            analysed += 1
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    source.close()
    return row(frames=analysed, read=analysed, analysed=analysed, dropped=0, wall=wall, cpu=cpu,
               latencies_ms=latencies, heartbeat=heartbeat, captured=False)


def cold_start(frame_path: Path) -> dict[str, float]:
    """The first analysis of a face in a fresh process, where the detector and the 68-point model load."""
    completed = subprocess.run([sys.executable, __file__, "--cold-start", str(frame_path)], capture_output=True,
                               text=True, check=True, timeout=300)
    return json.loads(completed.stdout)


def _cold_start_here(frame_path: Path) -> int:
    frame = cv2.imread(str(frame_path))
    with Heartbeat() as heartbeat:
        started = time.perf_counter()
        report = quality.analyze(frame)
        first = (time.perf_counter() - started) * 1000
        started = time.perf_counter()
        quality.analyze(frame)
        second = (time.perf_counter() - started) * 1000
    assert report.face is not None, "the warm-up frame must show a face, or the landmark model stays cold"
    print(json.dumps({"first_analysis_ms": first, "warm_analysis_ms": second,
                      "heartbeat_max_ms": max(heartbeat.lateness, default=float("nan"))}))
    return 0


class BusyCore:
    """Another process spinning on one core for the duration."""

    def __enter__(self) -> BusyCore:
        self.process = subprocess.Popen([sys.executable, "-c", "while True: pass"])
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.process.kill()
        self.process.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--video", type=Path, help="a 640x480 clip (default: walk-up-1.mp4, else generated)")
    parser.add_argument("--json", type=Path, default=Path(__file__).parent / "results" / "pipeline_speed.json")
    parser.add_argument("--cold-start", type=Path, help=argparse.SUPPRESS)  # internal: the fresh process
    args = parser.parse_args(argv)
    if args.cold_start:
        return _cold_start_here(args.cold_start)

    with tempfile.TemporaryDirectory() as scratch:
        frame_path = Path(scratch) / "kiosk.png"
        cv2.imwrite(str(frame_path), kiosk_frame())  # (this loads the models here too: warm for the runs)
        cold = cold_start(frame_path)
        video = args.video
        datasets = portraits.datasets_dir()
        if video is None and datasets is not None and (datasets / "camera" / "walk-up-1.mp4").is_file():
            video = datasets / "camera" / "walk-up-1.mp4"
        clip = video.name if video is not None else "generated from grace_hopper"
        if video is None:
            video = generated_clip(Path(scratch) / "generated.mp4")
        probe = VideoFileSource(video, loop=False, realtime=False)
        width, height = probe.frame_size
        fps = probe.nominal_fps
        probe.close()

        rows = {"pipeline realtime": run_pipeline(video, realtime=True)}
        with BusyCore():
            rows["realtime + busy core"] = run_pipeline(video, realtime=True)
        rows["realtime, QA cap 15"] = run_pipeline(video, realtime=True, max_analysis_hz=GOAL_QA_HZ)
        rows["pipeline every frame"] = run_pipeline(video, realtime=False, drop_frames=False)
        rows["serial (baseline)"] = run_serial(video)

    print(f"clip: {clip}, {width}x{height} at {fps:g} fps; {os.cpu_count()} cores; "
          f"goals: preview >= {GOAL_PREVIEW_FPS:g} fps, QA >= {GOAL_QA_HZ:g} Hz")
    print(f"cold start: first analysis {cold['first_analysis_ms']:.0f} ms (warm {cold['warm_analysis_ms']:.0f} ms), "
          f"heartbeat stalled up to {cold['heartbeat_max_ms']:.0f} ms while the models loaded")
    print(f"{'run':20} {'frames':>6} {'read/s':>7} {'QA/s':>6} {'dropped':>7} {'latency med':>11} {'p95':>7} "
          f"{'beat p99':>8} {'max':>6} {'cpu':>5}")
    for label, values in rows.items():
        print(f"{label:20} {values['frames']:6d} {values['read_per_s']:7.1f} {values['analysed_per_s']:6.1f} "
              f"{values['dropped']:7d} {values['latency_median_ms']:9.1f}ms {values['latency_p95_ms']:5.1f}ms "
              f"{values['heartbeat_p99_ms']:6.1f}ms {values['heartbeat_max_ms']:4.1f}ms "
              f"{values['cpu_percent']:4.0f}%")
    realtime = rows["pipeline realtime"]
    print(f"realtime pipeline: preview {realtime['read_per_s']:.1f} fps "
          f"({'meets' if realtime['read_per_s'] >= GOAL_PREVIEW_FPS else 'misses'} {GOAL_PREVIEW_FPS:g}), "
          f"QA {realtime['analysed_per_s']:.1f} Hz "
          f"({'meets' if realtime['analysed_per_s'] >= GOAL_QA_HZ else 'misses'} {GOAL_QA_HZ:g})")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({
        "clip": clip, "width": width, "height": height, "fps": fps, "cores": os.cpu_count(),
        "goals": {"preview_fps": GOAL_PREVIEW_FPS, "qa_hz": GOAL_QA_HZ}, "cold_start": cold, "runs": rows,
    }, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
