"""`facestation capture SOURCE`: the station's own camera pipeline (live QA, steady guidance, auto-capture) on a
camera number, a video file, a photo or a folder of photos, paced in real time like a camera. The field tool
for "why won't it take my photo?": it prints each change of the message the person would see and, at the end,
either when the photo was taken or which checks stopped it most often.

A video or a folder plays once; a single photo is shown like a camera for --seconds (10 s unless given).
Ctrl+C stops the run and still prints the summary.

Exit code: 0 captured, 1 not captured by the end of the source (or --seconds, or Ctrl+C), 2 the source cannot
be used (missing file, unreadable video, no camera); the reason goes to stderr.

With --self-test it tests the camera instead, with someone sitting in front of it for --seconds (15 s unless
given): resolution and frame rate, exposure and backlight, noise, focus, colour cast, how far people can stand,
whether auto-capture fired and how many pictures per second this PC checks, one line each with "pass" or
"advice" and a sentence. Exit code 0 when every line passes, 1 when there is advice, 2 the source cannot be used.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from facestation.station.core.camera.sources import FrameSource
    from facestation.station.core.config import StationConfig

EXIT_CAPTURED = 0
EXIT_NOT_CAPTURED = 1
EXIT_SOURCE_ERROR = 2

PHOTO_SECONDS = 10.0  # a single photo never ends: how long it is shown when --seconds is not given


def register(subcommands: Any) -> None:
    parser = subcommands.add_parser(
        "capture",
        help="run the station's camera checks and auto-capture on a camera, video, photo or folder",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("source", metavar="SOURCE",
                        help="a camera number (0, 1, ...), a video file, a photo or a folder of photos")
    parser.add_argument("--json", action="store_true",
                        help="one JSON object per line: each guidance change, then a summary as the last line")
    parser.add_argument("--save", type=Path, metavar="FILE",
                        help="write the captured portrait here (the JPEG the station would submit)")
    parser.add_argument("--seconds", type=positive_seconds, metavar="S",
                        help="stop after S seconds of the source without a capture (the self-test's length: 15 s)")
    parser.add_argument("--self-test", action="store_true",
                        help="test the camera with someone in front of it: picture, light, focus, where to stand")
    parser.set_defaults(run=run)


def positive_seconds(text: str) -> float:
    """An argparse type: a positive, finite number of seconds (`capture --seconds`, `liveness --wait`)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"{text} must be a positive number of seconds")
    return value


def run(args: argparse.Namespace) -> int:
    if args.self_test:
        if args.save is not None:
            print("facestation capture: --save does not go with --self-test, which takes no photo to keep.",
                  file=sys.stderr)
            return EXIT_SOURCE_ERROR
        return self_test(args.source, as_json=args.json, seconds=args.seconds, out=sys.stdout, err=sys.stderr)
    return capture(args.source, as_json=args.json, save=args.save, seconds=args.seconds,
                   out=sys.stdout, err=sys.stderr)


def capture(source_text: str, *, as_json: bool = False, save: Path | None = None, seconds: float | None = None,
            out: TextIO, err: TextIO, realtime: bool = True, stop: threading.Event | None = None) -> int:
    """The command's work, callable from tests and benchmarks: returns the exit code."""
    # The camera stack (OpenCV, dlib models) loads only when this command runs: `facestation --help` stays quick.
    from facestation.station.core.camera.capture_settings import auto_capture_settings
    from facestation.station.core.camera.field_run import (
        GuidanceChange,
        run_source,
    )
    from facestation.station.core.camera.sources import ImageFileSource
    from facestation.vision.capture import AutoCaptureSettings

    if save is not None and not save.parent.is_dir():
        print(f"facestation capture: the folder for --save, {save.parent}, does not exist. "
              "Create it, or choose another file name.", file=err)
        return EXIT_SOURCE_ERROR
    config = station_config()
    gate = auto_capture_settings(config)
    if gate is None:
        # The question is still "would it take the photo?": answer it with the default gate, and say so.
        print("facestation capture: auto-capture is turned off in this station's settings (Settings → Camera); "
              "this run uses the default auto-capture settings.", file=err)
        gate = AutoCaptureSettings()
    source = open_source(source_text, config, command="capture", realtime=realtime, err=err)
    if source is None:
        return EXIT_SOURCE_ERROR
    if seconds is None and isinstance(source, ImageFileSource):
        seconds = PHOTO_SECONDS
    if not as_json:
        limit = f", for up to {seconds:g} s" if seconds is not None else ""
        print(f"{source.name}: watching{limit} (Ctrl+C stops)", file=out, flush=True)

    def show(change: GuidanceChange) -> None:
        if as_json:
            print(json.dumps(change.to_json()), file=out, flush=True)
            return
        failing = [name for name, passed in change.checks.items() if not passed]
        detail = f"  (failing: {', '.join(failing)})" if failing else ""
        print(f"{change.time:6.1f} s  {change.message}{detail}", file=out, flush=True)

    result = run_source(source, seconds=seconds, drop_frames=realtime, on_guidance=show, stop=stop,
                        auto_capture_settings=gate)
    for message in result.errors:
        print(f"facestation capture: {message}", file=err)
    if save is not None and result.capture is not None:
        try:
            save.write_bytes(result.capture.jpeg)
        except OSError as exc:
            print(f"facestation capture: the portrait cannot be saved to {save}: {exc.strerror or exc}", file=err)
    if as_json:
        summary = result.to_json()
        if save is not None:
            summary["saved"] = str(save) if result.capture is not None and save.is_file() else None
        print(json.dumps(summary), file=out, flush=True)
    else:
        print(result.verdict(), file=out)
        if result.capture is not None and save is not None and save.is_file():
            print(f"Portrait saved to {save}", file=out)
        print(f"({result.frames_analysed} frames analysed of {result.frames_read} read, "
              f"{result.analysis_hz:.1f} per second)", file=out, flush=True)
    return EXIT_CAPTURED if result.captured else EXIT_NOT_CAPTURED


def self_test(source_text: str, *, as_json: bool = False, seconds: float | None = None, out: TextIO, err: TextIO,
              realtime: bool = True, horizontal_fov_degrees: float | None = None) -> int:
    """`--self-test`: the camera self-test's lines on `out` (one JSON object with --json). 0 every line passes,
    1 advice, 2 the source cannot be used."""
    from facestation.station.core.camera.capture_settings import auto_capture_settings
    from facestation.station.core.camera.self_test import (
        DEFAULT_SELF_TEST_SECONDS,
        run_self_test,
    )

    config = station_config()
    source = open_source(source_text, config, command="capture", realtime=realtime, err=err)
    if source is None:
        return EXIT_SOURCE_ERROR
    asked = config.resolution if source.is_live else None
    length = seconds if seconds is not None else DEFAULT_SELF_TEST_SECONDS
    if not as_json:
        print(f"{source.name}: testing for {length:g} s; keep someone in front of the camera, facing it "
              "(Ctrl+C stops)", file=out, flush=True)
    report = run_self_test(source, seconds=length, asked_resolution=asked,
                           horizontal_fov_degrees=horizontal_fov_degrees,
                           auto_capture_settings=auto_capture_settings(config))
    for message in report.errors:
        print(f"facestation capture: {message}", file=err)
    if report.source_failed:
        if not report.errors:
            print(f"facestation capture: {source.name} gave no picture. Check the cable or the file, "
                  "and try again.", file=err)
        return EXIT_SOURCE_ERROR
    if as_json:
        print(json.dumps(report.to_json()), file=out, flush=True)
    else:
        width = max(len(line.check) for line in report.lines)
        for line in report.lines:
            print(f"{line.check:<{width}}  {line.verdict:<6}  {line.sentence}", file=out)
        verdict = ("Every check passed." if report.passed
                   else "Some checks give advice: follow it, then run the test again.")
        print(verdict, file=out, flush=True)
    return EXIT_CAPTURED if report.passed else EXIT_NOT_CAPTURED


def open_source(source_text: str, config: StationConfig, *, command: str, realtime: bool,
                err: TextIO) -> FrameSource | None:
    """SOURCE opened as `facestation capture` and `facestation liveness` open it (a video plays once, a camera
    at the station's resolution); None after one sentence on `err` when there is nothing usable there."""
    from facestation.station.core.camera.field_run import open_field_source
    from facestation.station.core.camera.sources import CameraError

    try:
        return open_field_source(source_text, realtime=realtime, camera_resolution=config.resolution)
    except CameraError as exc:
        print(f"facestation {command}: {exc.message}", file=err)
        return None


def station_config() -> StationConfig:
    """This computer's station settings, or the defaults. Read without `StationConfig.load`, which sets a bad
    file aside: a diagnostic must not change the settings."""
    from facestation.station.core.config import StationConfig, default_config_path

    try:
        data = json.loads(default_config_path().read_text(encoding="utf-8"))
        return StationConfig.from_dict(data) if isinstance(data, dict) else StationConfig()
    except (OSError, ValueError, TypeError):
        return StationConfig()
