"""Speed of `analyze()` on webcam-sized frames, next to bare dlib HOG detection on the same frames.

    python benchmarks/qa_speed.py [--repeats 40]

Frames: the package-shipped portraits (and faces-pairs photos when present) letterboxed into 640x480 and
1280x720 frames with the face at a kiosk distance (inter-eye distance ~100 px at 640x480, ~150 px at 720p).
Baseline, measured in the same run on the same frames: dlib's HOG detector on the full frame, no upsampling
(what a naive pipeline would do before it even looks at landmarks). Goal: 640x480 median ≤ 0.5x the baseline.

Live-sequence rows (issue 14, "cheap frames while people approach"): 60-frame sequences with small motion
(a sway of a few pixels, breathing-size scale changes) of Grace Hopper near (inter-eye ~100 px), far (~40 px)
and of a room with nobody in it (scikit-image's coffee photo), at 640x480 and 1280x720, analysed as the
station does (`analyze(frame, region=..., search=FaceSearch())`, one search per pass over the sequence),
next to bare full-frame HOG on the same frames. Goal: ≤ 0.5x at every distance (median; the mean, which
includes the periodic whole-frame scans, is printed too).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import _repo_root  # noqa: F401, I001  (puts the repository on sys.path for tests.support)
import cv2
import numpy as np

from facestation.vision import quality
from facestation.vision.face_search import FaceSearch
from facestation.vision.faces import detect_faces, locate_landmarks, to_rgb_for_dlib
from facestation.vision.models import face_detector
from facestation.vision.portrait import crop_portrait
from tests.support import portraits


def make_frames(width: int, height: int, eye_px: float) -> list[np.ndarray]:
    photos = list(portraits.package_portraits().values())
    photos += [cv2.imread(str(p)) for p in list(portraits.dataset_portraits().values())[:10]]
    frames = []
    for photo in photos:
        faces = detect_faces(photo, scale=min(1.0, 800 / max(photo.shape[:2])))
        if not faces:
            continue
        face = locate_landmarks(photo, faces[0])
        portrait = crop_portrait(photo, face, width=10_000)  # native resolution
        scale = eye_px / (0.25 * portrait.shape[1])
        portrait = cv2.resize(portrait, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR)
        frame = np.full((height, width, 3), 128, np.uint8)
        ph, pw = min(height, portrait.shape[0]), min(width, portrait.shape[1])
        top, left = (height - ph) // 2, (width - pw) // 2
        frame[top : top + ph, left : left + pw] = portrait[:ph, :pw]
        frames.append(frame)
    return frames


def live_sequence(width: int, height: int, eye_px: float | None, frames: int = 60) -> list[np.ndarray]:
    """`frames` webcam frames of a person swaying a few pixels at inter-eye `eye_px` (None: an empty room)."""
    if eye_px is None:
        from skimage import data

        room = cv2.resize(data.coffee()[:, :, ::-1], (width, height), interpolation=cv2.INTER_LINEAR)
        # The camera's own noise, so no two frames are the same array.
        rng = np.random.default_rng(14)
        return [np.clip(room + rng.normal(0, 2, room.shape), 0, 255).astype(np.uint8) for _ in range(frames)]
    base = portraits.compliant_base()
    return [
        portraits.webcam_frame(base.photo, base.face, eye_distance=eye_px * (1 + 0.01 * np.sin(i / 7)),
                               size=(width, height), eye_at=(0.5 + 0.006 * np.sin(i * 0.9), 0.42 + 0.004 * np.cos(i)))
        for i in range(frames)
    ]


def live_rows(repeats: int, bare_detection) -> dict[str, dict]:
    rows = {}
    for width, height in ((640, 480), (1280, 720)):
        region = quality.centred_portrait_region(width, height)
        for distance, eye_px in (("near", 100.0), ("far", 40.0), ("no face", None)):
            frames = live_sequence(width, height, eye_px)
            tracked, found, bare = [], [], []
            for _ in range(repeats):
                search = FaceSearch()  # a new person walking up: the first frame is scanned whole
                tracked += timed(lambda frame: quality.analyze(frame, region=region, search=search), frames, 1)
                # The face search alone (what this search replaces), without landmarks, pose and checks.
                search = FaceSearch()
                found += timed(lambda frame: quality._find_faces(frame, quality.DEFAULT_THRESHOLDS, False, search),
                               frames, 1)
                bare += timed(bare_detection, frames, 1)
            row = {"frames": len(frames), "analyze": summary(tracked), "find_faces": summary(found),
                   "bare_hog": summary(bare)}
            row["analyze"]["mean_ms"] = statistics.fmean(tracked)
            row["bare_hog"]["mean_ms"] = statistics.fmean(bare)
            row["ratio_median"] = row["analyze"]["median_ms"] / row["bare_hog"]["median_ms"]
            row["ratio_mean"] = row["analyze"]["mean_ms"] / row["bare_hog"]["mean_ms"]
            row["find_ratio_median"] = row["find_faces"]["median_ms"] / row["bare_hog"]["median_ms"]
            rows[f"{width}x{height} {distance}"] = row
    return rows


def timed(function, frames: list[np.ndarray], repeats: int) -> list[float]:
    samples = []
    for _ in range(repeats):
        for frame in frames:
            started = time.perf_counter()
            function(frame)
            samples.append((time.perf_counter() - started) * 1000)
    return samples


def summary(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {"median_ms": statistics.median(ordered), "p95_ms": ordered[int(0.95 * (len(ordered) - 1))]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--json", type=Path, default=Path(__file__).parent / "results" / "qa_speed.json")
    args = parser.parse_args(argv)
    detector = face_detector()
    quality.analyze(np.zeros((480, 640, 3), np.uint8))  # load the models outside the timing

    def bare_detection(frame: np.ndarray) -> None:
        detector(to_rgb_for_dlib(frame), 0)

    rows = {}
    for label, (width, height, eye_px) in {"640x480": (640, 480, 100), "1280x720": (1280, 720, 150)}.items():
        frames = make_frames(width, height, eye_px)
        # Interleave the two measurements so a noisy neighbour on the machine affects both alike.
        ours, bare = [], []
        for _ in range(args.repeats):
            ours += timed(quality.analyze, frames, 1)
            bare += timed(bare_detection, frames, 1)
        rows[label] = {"frames": len(frames), "analyze": summary(ours), "bare_hog": summary(bare)}
        rows[label]["ratio_median"] = rows[label]["analyze"]["median_ms"] / rows[label]["bare_hog"]["median_ms"]

    print(f"{'frame':10} {'n':>3} {'analyze med':>12} {'p95':>7} {'bare HOG med':>13} {'p95':>7} {'ratio':>6}")
    for label, row in rows.items():
        print(f"{label:10} {row['frames']:3d} {row['analyze']['median_ms']:10.1f}ms {row['analyze']['p95_ms']:5.1f}ms "
              f"{row['bare_hog']['median_ms']:11.1f}ms {row['bare_hog']['p95_ms']:5.1f}ms {row['ratio_median']:6.2f}")

    live = live_rows(max(1, args.repeats // 5), bare_detection)
    print()
    print("live sequences (analyze with FaceSearch vs bare full-frame HOG, same frames, same run; goal <= 0.5x)")
    print(f"{'sequence':20} {'n':>3} {'analyze med':>12} {'p95':>7} {'mean':>7} {'bare HOG med':>13} {'p95':>7} "
          f"{'ratio med':>9} {'mean':>6} {'goal':>5} {'search med':>11} {'ratio':>6}")
    for label, row in live.items():
        meets = row["ratio_median"] <= 0.5 and row["ratio_mean"] <= 0.5
        print(f"{label:20} {row['frames']:3d} {row['analyze']['median_ms']:10.1f}ms {row['analyze']['p95_ms']:5.1f}ms "
              f"{row['analyze']['mean_ms']:5.1f}ms {row['bare_hog']['median_ms']:11.1f}ms {row['bare_hog']['p95_ms']:5.1f}ms "
              f"{row['ratio_median']:9.2f} {row['ratio_mean']:6.2f} {'yes' if meets else 'NO':>5} "
              f"{row['find_faces']['median_ms']:9.1f}ms {row['find_ratio_median']:6.2f}")
    rows["live"] = live
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
