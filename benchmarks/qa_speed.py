"""Speed of `analyze()` on webcam-sized frames, next to bare dlib HOG detection on the same frames.

    python benchmarks/qa_speed.py [--repeats 40]

Frames: the package-shipped portraits (and faces-pairs photos when present) letterboxed into 640x480 and
1280x720 frames with the face at a kiosk distance (inter-eye distance ~100 px at 640x480, ~150 px at 720p).
Baseline, measured in the same run on the same frames: dlib's HOG detector on the full frame, no upsampling
(what a naive pipeline would do before it even looks at landmarks). Goal: 640x480 median ≤ 0.5x the baseline.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import cv2
import numpy as np

from facestation.testing import portraits
from facestation.vision import quality
from facestation.vision.faces import detect_faces, locate_landmarks, to_rgb_for_dlib
from facestation.vision.models import face_detector
from facestation.vision.portrait import crop_portrait


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
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
