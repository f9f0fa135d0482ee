"""Does the photo take itself on a cheap webcam? Auto-capture on realistic webcam clips, through `facestation
capture`'s own run logic (facestation/station/core/camera/field_run.py).

    python benchmarks/capture_bench.py [--fast] [--json FILE] [--max-photos N]

Clips (tests/support/webcam_clips.py, seeded): every neutral frontal portrait available walks up from
further away and off to the side at a steady pace, stops over the last 0.3 s of a 2 s walk, then stays for
3 s, through a cheap USB webcam (sensor noise, MJPEG q55-70, auto-exposure drift ±8 %, soft focus, a person
who sways a few px and breathes the whole time). The hold starts at the first frame from which the clip's own
motion plan keeps the eye midpoint within 1 px and the inter-eye distance within 1 % of their final values
(sway and breathing aside: a person standing still keeps doing those): 0.07-0.1 s before the walk's end.

The portraits: grace_hopper (both resolutions), and each ../shared/datasets/faces-pairs photo (benchmarks/README.md)
that is frontal and neutral (quality.analyze(thorough=True) on the photo: |yaw| <= 5°, |pitch| <= 7°, eyes open,
mouth closed) and passes every check at kiosk size (1280x720 and 640x480 in turn). Negative clips: head turned (a
dataset photo with |yaw| 15-35°), teeth smile (astronaut), two people side by side, too far (45 px between the eyes
at 640x480), a face that never holds in place (it veers off sideways 1 s before it would have arrived and walks out
of the frame). No eyes-closed clip: there is no closed-eye photo among the package portraits or the datasets, and
painting eyes shut would test the painting. Plus ../shared/datasets/camera/walk-up-*.mp4 (3/4 hold still from 12 s;
1/2 are negatives). Each clip is written as an MJPEG .avi and played by `VideoFileSource` in real time (the default:
newest frame analysed, as on a camera) or with `--fast` (every frame analysed on the clip's clock).

Per clip: captured?, seconds after the hold began, signed (negative: before the hold), of the captured frame
("frame") and of the analysed frame that completed the countdown, when the station took the photo ("fired");
for generated clips, how fast the person was moving at the captured frame by the motion plan ("moving": eye
midpoint in inter-eye distances per second, then inter-eye distance growth in % per second; 0 once the hold
has started, sway and breathing aside); the checks that blocked it;
whether the captured portrait passes `facestation check` (quality.analyze(thorough=True) on the JPEG).

Goals: every compliant clip captures, median <= 0.8 s and worst <= 1.5 s after the hold starts, measured on
"fired", no negative clip captures, every captured portrait passes check. For the two timing goals only, a
compliant clip that fired before its hold started (a still moment during the stop that passed every check)
counts as 0 s; the table keeps the sign. The timing goals use the generated clips only: a recorded walk-up's
hold (12 s) is only its last still segment, and it may capture in an earlier still moment that passes (its
README says so). Exit 0 when every goal is met, else 1.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import _repo_root  # noqa: F401, I001  (puts the repository on sys.path for tests.support)
import cv2
import numpy as np

from facestation.station.core.camera.field_run import (
    FieldRunResult,
    open_field_source,
    run_source,
)
from facestation.vision import quality
from facestation.vision.capture import AutoCaptureSettings
from facestation.vision.imageio import load_image
from tests.support import portraits
from tests.support.webcam_clips import (
    ClipPlan,
    Motion,
    Subject,
    cheap_webcam,
    kiosk_placement,
    side_by_side,
    subject,
)

GOAL_MEDIAN_SECONDS = 0.8
GOAL_WORST_SECONDS = 1.5
SIZES = ((1280, 720), (640, 480))
EYE_DISTANCES = {(1280, 720): (100.0, 112.0), (640, 480): (92.0, 100.0)}
WALK_SECONDS, HOLD_SECONDS = 2.0, 3.0
WALK_UP_HOLD = {"walk-up-1.mp4": None, "walk-up-2.mp4": None, "walk-up-3.mp4": 12.0, "walk-up-4.mp4": 12.0}
MIN_PLACEMENT_SCORE = 60  # a compliant clip's clean frame passes every check clearly, not at a limit


@dataclass(frozen=True)
class Clip:
    name: str
    path: Path
    hold_start: float | None  # None: a negative clip
    size: tuple[int, int]
    plan: ClipPlan | None = None  # the motion plan of a generated clip (None: a recorded one)

    def motion_at(self, seconds: float) -> tuple[float, float] | None:
        """How fast the generated person moves at `seconds` by the motion plan (sway and breathing aside): the
        eye midpoint in inter-eye distances per second, and the inter-eye distance's growth in % per second
        (walking towards the camera). None for a recorded clip."""
        if self.plan is None:
            return None
        step = 1 / self.plan.fps
        distance0, (x0, y0) = self.plan.planned_placement(seconds)
        distance1, (x1, y1) = self.plan.planned_placement(seconds + step)
        width, height = self.size
        return (math.hypot((x1 - x0) * width, (y1 - y0) * height) / distance0 / step,
                100 * (distance1 / distance0 - 1) / step)


MAX_PHOTO_SIDE = 800  # dataset photos are surveyed and filmed from this size (the faces stay >= 90 px apart)


@dataclass(frozen=True)
class Surveyed:
    name: str
    photo: np.ndarray
    report: quality.QualityReport


def survey() -> list[Surveyed]:
    """Every dataset photo, downscaled to MAX_PHOTO_SIDE, with its thorough report."""
    found = []
    for name, path in portraits.dataset_portraits().items():
        photo = load_image(path)
        factor = MAX_PHOTO_SIDE / max(photo.shape[:2])
        if factor < 1:
            photo = cv2.resize(photo, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
        found.append(Surveyed(Path(name).stem, photo, quality.analyze(photo, thorough=True)))
    return found


def frontal_and_neutral(report: quality.QualityReport) -> bool:
    measures = report.measures
    return (report.face is not None and abs(measures.get("yaw", 99)) <= 5 and abs(measures.get("pitch", 99)) <= 7
            and measures.get("eyesOpen", 0) >= 0.2 and measures.get("mouthOpening", 1) <= 0.08)


def compliant_subjects(surveyed: list[Surveyed], max_photos: int | None) -> list[tuple[Subject, tuple[int, int]]]:
    base = portraits.compliant_base()
    grace = Subject("grace_hopper", base.photo, base.face)
    chosen = [(grace, size) for size in SIZES]
    for item in surveyed:
        if max_photos is not None and len(chosen) - 2 >= max_photos:
            break
        if frontal_and_neutral(item.report):
            chosen.append((subject(item.name, item.photo), SIZES[len(chosen) % 2]))
    return chosen


def negative_subjects(surveyed: list[Surveyed]) -> list[tuple[str, Subject, tuple[int, int], dict[str, Any]]]:
    base = portraits.compliant_base()
    grace = Subject("grace_hopper", base.photo, base.face)
    astronaut = subject("astronaut", portraits.astronaut())
    negatives: list[tuple[str, Subject, tuple[int, int], dict[str, Any]]] = [
        ("teeth smile (astronaut)", astronaut, (640, 480), {}),
        ("two people", side_by_side(grace, astronaut), (1280, 720), {}),
        ("too far (IED 45 px)", grace, (640, 480), {"eye_distance": 45.0}),
        ("never holds: veers off and leaves", grace, (1280, 720), {"leave_after": -1.0}),
    ]
    turned = None
    for item in surveyed:
        yaw = abs(item.report.measures.get("yaw", 0.0))
        if item.report.face is not None and 15 <= yaw <= 35 and item.report.measures.get("faceCount", 1) == 1 \
                and item.name != "img13":  # img13 is walk-up-2's source, already in the set
            turned = (f"head turned ({item.name}, yaw {yaw:.0f}°)", subject(item.name, item.photo))
            break
    if turned is not None:
        negatives.append((turned[0], turned[1], (640, 480), {}))
    return negatives


def build_clips(folder: Path, max_photos: int | None) -> tuple[list[Clip], list[str]]:
    clips: list[Clip] = []
    skipped: list[str] = []
    seed = 1000
    surveyed = survey()
    for person, size in compliant_subjects(surveyed, max_photos):
        seed += 1
        distance, height, lowest = kiosk_placement(person, size, EYE_DISTANCES[size])
        if lowest < MIN_PLACEMENT_SCORE:
            skipped.append(f"{person.name} {size[0]}x{size[1]}: lowest check score {lowest} at kiosk size")
            continue
        motion = Motion(WALK_SECONDS, HOLD_SECONDS, distance, start_eye_distance=0.4 * distance,
                        eye_at=(0.5, height), start_at=(0.35, height - 0.03))
        plan = ClipPlan(f"{person.name} {size[0]}x{size[1]}", person, cheap_webcam(size, seed), motion, seed, True)
        if plan.hold_start is None:
            raise AssertionError(f"{plan.name}: the motion plan never holds still")
        clips.append(Clip(plan.name, plan.write(folder / f"clip{seed}.avi"), plan.hold_start, size, plan))
    for name, person, size, options in negative_subjects(surveyed):
        seed += 1
        distance = options.get("eye_distance", EYE_DISTANCES[size][1])
        motion = Motion(WALK_SECONDS, HOLD_SECONDS, distance, start_eye_distance=0.4 * distance,
                        leave_after=options.get("leave_after"))
        plan = ClipPlan(name, person, cheap_webcam(size, seed), motion, seed, False)
        clips.append(Clip(plan.name, plan.write(folder / f"clip{seed}.avi"), None, size, plan))
    root = portraits.datasets_dir()
    if root is not None:
        for name, hold in WALK_UP_HOLD.items():
            path = root / "camera" / name
            if path.is_file():
                size = (1280, 720) if name == "walk-up-3.mp4" else (640, 480)
                clips.append(Clip(name, path, hold, size))
    return clips, skipped


def run_clip(clip: Clip, fast: bool, *, max_analysis_hz: float | None = None,
             frames_required: int | None = None) -> dict[str, Any]:
    source = open_field_source(str(clip.path), realtime=not fast)
    settings = AutoCaptureSettings() if frames_required is None else AutoCaptureSettings(frames_required=frames_required)
    result: FieldRunResult = run_source(source, drop_frames=not fast, auto_capture_settings=settings,
                                        max_analysis_hz=max_analysis_hz)
    after_hold = fired_after_hold = None
    if result.capture_time is not None and clip.hold_start is not None:
        after_hold = result.capture_time - clip.hold_start
    if result.capture_fired_time is not None and clip.hold_start is not None:
        fired_after_hold = result.capture_fired_time - clip.hold_start
    portrait_passes = None
    if result.capture is not None:
        portrait = cv2.imdecode(np.frombuffer(result.capture.jpeg, np.uint8), cv2.IMREAD_COLOR)
        portrait_passes = quality.analyze(portrait, thorough=True).passed
    return {
        "clip": clip.name, "size": f"{clip.size[0]}x{clip.size[1]}", "compliant": clip.hold_start is not None,
        "hold_start": clip.hold_start, "captured": result.captured, "time": result.capture_time,
        "after_hold": after_hold, "fired_after_hold": fired_after_hold,
        "motion_at_frame": None if result.capture_time is None else clip.motion_at(result.capture_time),
        "generated": clip.plan is not None, "portrait_passes_check": portrait_passes,
        "blocking": [] if result.captured else result.reasons(),
        "frames_analysed": result.frames_analysed, "analysis_hz": round(result.analysis_hz, 1),
        "summary": result.to_json(),
    }


def print_table(rows: list[dict[str, Any]]) -> None:
    print(f"{'clip':40} {'size':9} {'kind':9} {'captured':8} {'hold at':>7} {'frame':>8} {'fired':>8} {'moving':>12} "
          f"{'check':5} {'QA Hz':>5}  why not")
    for row in rows:
        kind = "compliant" if row["compliant"] else "negative"
        hold = "" if row["hold_start"] is None else f"{row['hold_start']:.2f} s"
        frame = "" if row["after_hold"] is None else f"{row['after_hold']:+.2f} s"
        fired = "" if row["fired_after_hold"] is None else f"{row['fired_after_hold']:+.2f} s"
        moving = row["motion_at_frame"]
        moving_text = "" if moving is None else f"{moving[0]:.2f} {moving[1]:4.1f}%"
        check = "" if row["portrait_passes_check"] is None else ("pass" if row["portrait_passes_check"] else "FAIL")
        why = " / ".join(row["blocking"])
        print(f"{row['clip'][:40]:40} {row['size']:9} {kind:9} {'yes' if row['captured'] else 'no':8} {hold:>7} "
              f"{frame:>8} {fired:>8} {moving_text:>12} {check:5} {row['analysis_hz']:5.1f}  {why}")


def goals(rows: list[dict[str, Any]]) -> dict[str, Any]:
    compliant = [row for row in rows if row["compliant"]]
    negatives = [row for row in rows if not row["compliant"]]
    # Timing on generated clips only: a recorded walk-up's "hold" is its last still segment, and it may (and
    # does) capture in an earlier still moment that passes, so its time says nothing about latency.
    signed = [row["fired_after_hold"] for row in compliant if row["captured"] and row["generated"]]
    # Fired before the hold (a still moment during the stop that passed every check): 0 s late, for the goals.
    delays = [max(delay, 0.0) for delay in signed]
    captured_compliant = sum(row["captured"] for row in compliant)
    return {
        "compliant_captured": f"{captured_compliant}/{len(compliant)}",
        "all_compliant_captured": captured_compliant == len(compliant),
        "median_after_hold": statistics.median(delays) if delays else None,
        "worst_after_hold": max(delays) if delays and captured_compliant == len(compliant) else None,
        "timed_clips": len(delays),
        "fired_before_hold": [row["clip"] for row in compliant
                              if row["captured"] and row["generated"] and row["fired_after_hold"] < 0],
        "negatives_captured": [row["clip"] for row in negatives if row["captured"]],
        "portraits_failing_check": [row["clip"] for row in rows if row["portrait_passes_check"] is False],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fast", action="store_true",
                        help="analyse every frame on the clip's clock instead of pacing it in real time")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the rows and goals as JSON")
    parser.add_argument("--max-photos", type=int, default=None, metavar="N",
                        help="use at most N dataset photos for compliant clips")
    # What-ifs for the stillness gate, measured without changing the station: a slower analysis (as on a slower
    # kiosk PC) and a longer countdown.
    parser.add_argument("--max-analysis-hz", type=float, default=None, metavar="HZ",
                        help="cap the analysis rate as QualityPipeline(max_analysis_hz=HZ) does (default: no cap)")
    parser.add_argument("--frames-required", type=int, default=None, metavar="N",
                        help=f"auto-capture countdown length in analysed frames (default: the station's, "
                             f"{AutoCaptureSettings().frames_required})")
    args = parser.parse_args()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="capture-bench-") as folder:
        clips, skipped = build_clips(Path(folder), args.max_photos)
        built = time.monotonic() - started
        mode = "every frame analysed" if args.fast else "real time"
        if args.max_analysis_hz:
            mode += f", analysis capped at {args.max_analysis_hz:g} Hz"
        if args.frames_required:
            mode += f", countdown {args.frames_required} frames"
        print(f"{len(clips)} clips ({mode}), built in {built:.0f} s")
        for line in skipped:
            print(f"  not used: {line}")
        rows = []
        for clip in clips:
            rows.append(run_clip(clip, args.fast, max_analysis_hz=args.max_analysis_hz,
                                 frames_required=args.frames_required))
            print(f"  {clip.name}: {'captured' if rows[-1]['captured'] else 'not captured'}", flush=True)
    print()
    print_table(rows)
    result = goals(rows)
    median, worst = result["median_after_hold"], result["worst_after_hold"]
    met = {
        "every compliant clip captures": result["all_compliant_captured"],
        f"median <= {GOAL_MEDIAN_SECONDS} s after the hold": median is not None and median <= GOAL_MEDIAN_SECONDS,
        f"worst <= {GOAL_WORST_SECONDS} s after the hold": worst is not None and worst <= GOAL_WORST_SECONDS,
        "no negative clip captures": not result["negatives_captured"],
        "every captured portrait passes check": not result["portraits_failing_check"],
    }
    print()
    print(f"compliant captured {result['compliant_captured']}; fired after the hold "
          f"({result['timed_clips']} generated clips): median "
          f"{'-' if median is None else f'{median:.2f} s'}, worst {'-' if worst is None else f'{worst:.2f} s'}; "
          f"fired before the hold: {result['fired_before_hold'] or 'none'}; "
          f"negatives captured: {result['negatives_captured'] or 'none'}; "
          f"portraits failing check: {result['portraits_failing_check'] or 'none'}")
    for goal, ok in met.items():
        print(f"  {'MET ' if ok else 'MISS'} {goal}")
    # Real-time results depend on how much CPU the analysis got: say how busy the machine was.
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"total {time.monotonic() - started:.0f} s; load average {load} on {os.cpu_count()} CPUs")
    if args.json:
        payload = {"mode": "fast" if args.fast else "realtime", "max_analysis_hz": args.max_analysis_hz,
                   "frames_required": args.frames_required, "rows": rows, "goals": result,
                   "met": met, "skipped": skipped}
        args.json.write_text(json.dumps(payload, indent=1, default=str) + "\n", encoding="utf-8")
    return 0 if all(met.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
