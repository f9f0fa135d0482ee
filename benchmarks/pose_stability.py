"""How steady the head-pose estimate is: the same head under pose-neutral changes, and its mirror image.

    python benchmarks/pose_stability.py [--all] [--json FILE]

For each portrait (the package's grace_hopper and astronaut, and every faces-pairs photo when ../shared/datasets is
there: benchmarks/README.md, "Data sets") at kiosk size (640x480, 100 px between the eyes), through
`facestation.vision.quality.analyze` in the fast (live) and the thorough (still photo) scan:

* spread: max − min yaw over the pose-neutral variants of tests/support/pose_variants.py (shift 25 px,
  scale ±15 %, darker, brighter, blur σ1, noise σ6, JPEG q60, roll 4°);
* mirror error: |yaw(mirror image) + yaw(image)|.

Baseline, in the same run on the same faces: the estimator this replaced (solvePnP on six landmarks with a
focal length of 9.5 inter-eye distances, averaged with a nose-to-jaw asymmetry term), kept here for the
comparison. Goals (issue 14), on every frontal portrait (|yaw| ≤ 10° here): spread ≤ 3° and mirror error
≤ 1.5°, in both scans. `--all` prints every portrait, not just the frontal ones.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
from pathlib import Path

import _repo_root  # noqa: F401, I001  (puts the repository on sys.path for tests.support)
import cv2
import numpy as np

from facestation.vision import quality
from facestation.vision.faces import Face, detect_faces, locate_landmarks
from tests.support import portraits
from tests.support.pose_variants import mirrored, pose_neutral_variants

SPREAD_GOAL = 3.0
MIRROR_GOAL = 1.5
FRONTAL = 10.0

# -- the baseline: the six-point solvePnP estimator that pose.py replaced ------------------------------------
_PNP_MODEL = np.array([[0.0, 0.0, 0.0], [0.0, 330.0, 65.0], [-225.0, -170.0, 135.0], [225.0, -170.0, 135.0],
                       [-150.0, 150.0, 125.0], [150.0, 150.0, 125.0]])
_PNP_POINTS = [30, 8, 36, 45, 48, 54]


def baseline_yaw(face: Face) -> float:
    focal = 9.5 * face.inter_eye_distance
    cx, cy = face.eye_midpoint
    camera = np.array([[focal, 0, cx], [0, focal, cy], [0, 0, 1]], dtype=np.float64)
    ok, rvec, _ = cv2.solvePnP(_PNP_MODEL, face.landmarks[_PNP_POINTS], camera, None, flags=cv2.SOLVEPNP_ITERATIVE)
    if not ok:
        return math.nan
    yaw = -float(cv2.RQDecomp3x3(cv2.Rodrigues(rvec)[0])[0][1])
    nose = face.landmarks[30]
    left, right = np.linalg.norm(nose - face.landmarks[0]), np.linalg.norm(nose - face.landmarks[16])
    return (yaw + 81.0 * float((left - right) / max(left + right, 1e-9))) / 2


def measure(image: np.ndarray, thorough: bool) -> tuple[float, float, float]:
    """(yaw, pitch, baseline yaw) of the primary face, NaN when no face is found."""
    report = quality.analyze(image, thorough=thorough)
    if report.face is None:
        return math.nan, math.nan, math.nan
    return report.measures["yaw"], report.measures["pitch"], baseline_yaw(report.face)


def portraits_to_measure() -> dict[str, np.ndarray]:
    photos = dict(portraits.package_portraits())
    for name, path in portraits.dataset_portraits().items():
        photos[name] = cv2.imread(str(path))
    return photos


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--all", action="store_true", help="print every portrait, not only the frontal ones")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON")
    args = parser.parse_args()
    rows = []
    for name, photo in portraits_to_measure().items():
        detected = detect_faces(photo, scale=min(1.0, 1024 / max(photo.shape[:2])))
        if not detected:
            continue
        face = locate_landmarks(photo, detected[0])
        variants = pose_neutral_variants(photo, face)
        for thorough in (False, True):
            measured = {label: measure(image, thorough) for label, image in variants.items()}
            flipped = measure(mirrored(variants["base"]), thorough)
            yaws = [m[0] for m in measured.values()]
            pitches = [m[1] for m in measured.values()]
            old = [m[2] for m in measured.values()]
            base = measured["base"]
            rows.append({
                "portrait": name, "scan": "thorough" if thorough else "fast",
                "yaw": base[0], "pitch": base[1],
                "spread": max(yaws) - min(yaws), "pitch_spread": max(pitches) - min(pitches),
                "mirror": abs(flipped[0] + base[0]),
                "baseline_yaw": base[2], "baseline_spread": max(old) - min(old),
                "baseline_mirror": abs(flipped[2] + base[2]),
                "worst_variant": max(measured, key=lambda label: abs(measured[label][0] - base[0])),
            })
    frontal = [row for row in rows if abs(row["yaw"]) <= FRONTAL]
    shown = rows if args.all else frontal
    header = (f"{'portrait':22} {'scan':8} {'yaw':>6} {'pitch':>6} {'spread':>7} {'mirror':>7} {'pitch sp':>8}"
              f" | {'old yaw':>7} {'old spr':>7} {'old mir':>7}  worst variant")
    print(header)
    print("-" * len(header))
    for row in shown:
        print(f"{row['portrait']:22} {row['scan']:8} {row['yaw']:6.1f} {row['pitch']:6.1f} {row['spread']:7.1f} "
              f"{row['mirror']:7.1f} {row['pitch_spread']:8.1f} | {row['baseline_yaw']:7.1f} "
              f"{row['baseline_spread']:7.1f} {row['baseline_mirror']:7.1f}  {row['worst_variant']}")
    print()
    print(f"frontal (|yaw| ≤ {FRONTAL:g}°): {len(frontal)} portrait-scans of {len(rows)}")
    for label, key, goal in (("yaw spread", "spread", SPREAD_GOAL), ("mirror error", "mirror", MIRROR_GOAL)):
        values = [row[key] for row in frontal]
        old = [row["baseline_" + key] for row in frontal]
        print(f"  {label:13} median {statistics.median(values):4.1f}°  p95 {np.percentile(values, 95):4.1f}°  "
              f"max {max(values):4.1f}°  (goal ≤ {goal}°: {'met' if max(values) <= goal else 'NOT met'})   "
              f"baseline median {statistics.median(old):4.1f}°  max {max(old):4.1f}°")
    pitch_spreads = [row["pitch_spread"] for row in frontal]
    print(f"  {'pitch spread':13} median {statistics.median(pitch_spreads):4.1f}°  "
          f"p95 {np.percentile(pitch_spreads, 95):4.1f}°  max {max(pitch_spreads):4.1f}°")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
