"""Accuracy of the eight ICAO checks on real portraits with controlled degradations of known truth.

    python benchmarks/qa_accuracy.py [--fast] [--json PATH]

Bases: every photo shipped by scikit-image / matplotlib (upscaled to an inter-eye distance of 130 px, as they are
small), plus ../shared/datasets/faces-pairs when present (benchmarks/README.md, "Data sets"), whose face has an
inter-eye distance ≥ 95 px, cut to ICAO token geometry (facestation.vision.portrait). A base is used only when it is
*clearly* compliant: every check passes with a score ≥ 75, i.e. comfortably inside its limit. Photos near a limit (a
head turned 7° against an 8° limit) have no unambiguous truth: an evaluation set labels such cases -1 and excludes
them (docs/quality-checks.md, "How accuracy is judged"). The excluded photos and their reasons are listed.

Each base is then degraded one factor at a time (tests.support.degrade: shifted up/down/left/right,
too small, too dark, too bright, rolled, blurred, red pupils, a second face). The truth per check: the targeted
check and overallPhotoQuality fail, every other check passes. Reported per check: accuracy, false accepts
(a failing case passed) and false rejects (a passing case failed). `--fast` analyses with the live-frame scan
instead of the still-photo one.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

import _repo_root  # noqa: F401, I001  (puts the repository on sys.path for tests.support)
import cv2

from facestation.vision import quality
from facestation.vision.portrait import crop_portrait
from tests.support import degrade, portraits

CLEARLY_COMPLIANT_SCORE = 75
MIN_BASE_EYE_DISTANCE = 95


def load_photos() -> dict[str, object]:
    photos: dict[str, object] = dict(portraits.package_portraits())
    for name, path in portraits.dataset_portraits().items():
        image = cv2.imread(str(path))
        if image is not None:
            photos[name] = image
    return photos


def select_bases(photos: dict[str, object]) -> tuple[list[tuple], dict[str, str]]:
    bases, excluded = [], {}
    package_names = set(portraits.package_portraits())
    for name, photo in photos.items():
        report = quality.analyze(photo, thorough=True)
        if report.face is None:
            excluded[name] = "no face"
            continue
        if name in package_names and report.face.inter_eye_distance < MIN_BASE_EYE_DISTANCE:
            # The only photos a fresh clone has are small: upscale them (bicubic) to a kiosk-like 130 px.
            factor = 130 / report.face.inter_eye_distance
            photo = cv2.resize(photo, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC)
            report = quality.analyze(photo, thorough=True)
            assert report.face is not None
        if report.face.inter_eye_distance < MIN_BASE_EYE_DISTANCE:
            excluded[name] = f"inter-eye distance {report.face.inter_eye_distance:.0f} px"
            continue
        portrait = crop_portrait(photo, report.face)
        base_report = quality.analyze(portrait, thorough=True)
        weak = [
            f"{check.name}={check.score}"
            for check in base_report.checks.values()
            if not check.passed or (check.score is not None and check.score < CLEARLY_COMPLIANT_SCORE)
        ]
        weak += [issue.guidance.name for issue in base_report.issues]
        if weak:
            excluded[name] = ", ".join(weak)
            continue
        bases.append((name, photo, report.face, portrait, base_report.face))
    return bases, excluded


def run(fast: bool) -> dict:
    started = time.perf_counter()
    photos = load_photos()
    bases, excluded = select_bases(photos)
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    by_case: dict[str, dict[str, int]] = {}
    mistakes = []
    for degradation in (degrade.UNCHANGED, *degrade.DEGRADATIONS):
        right = total = 0
        for name, photo, face, portrait, portrait_face in bases:
            image = degradation.apply(photo, face, portrait, portrait_face)
            report = quality.analyze(image, thorough=not fast)
            for check, expected in degradation.truth().items():
                got = report.checks[check].passed
                tally = counts[check]
                tally["cases"] += 1
                tally["should_fail"] += not expected
                if got == expected:
                    tally["right"] += 1
                    right += 1
                else:
                    tally["false_accepts" if got else "false_rejects"] += 1
                    mistakes.append({"photo": name, "case": degradation.name, "check": check,
                                     "value": report.checks[check].value})
                total += 1
        by_case[degradation.name] = {"right": right, "cases": total}
    all_right = sum(tally["right"] for tally in counts.values())
    all_cases = sum(tally["cases"] for tally in counts.values())
    return {
        "mode": "fast (live frames)" if fast else "thorough (still photos)",
        "photos": len(photos),
        "bases": [base[0] for base in bases],
        "excluded": excluded,
        "per_check": {check: dict(counts[check]) for check in quality.CHECK_NAMES},
        "per_case": by_case,
        "accuracy": all_right / all_cases if all_cases else 0.0,
        "mistakes": mistakes,
        "seconds": time.perf_counter() - started,
    }


def print_table(result: dict) -> None:
    print(f"QA accuracy, {result['mode']}: {len(result['bases'])} clearly compliant bases "
          f"of {result['photos']} photos; {len(result['excluded'])} excluded")
    print(f"{'check':26} {'cases':>6} {'must fail':>9} {'accuracy':>9} {'false acc':>9} {'false rej':>9}")
    for check, tally in result["per_check"].items():
        accuracy = tally.get("right", 0) / tally["cases"] if tally.get("cases") else 0.0
        print(f"{check:26} {tally.get('cases', 0):6d} {tally.get('should_fail', 0):9d} {accuracy:9.1%} "
              f"{tally.get('false_accepts', 0):9d} {tally.get('false_rejects', 0):9d}")
    print(f"{'all checks':26} {'':6} {'':9} {result['accuracy']:9.1%}")
    print()
    print(f"{'case':16} {'right':>12}")
    for case, tally in result["per_case"].items():
        print(f"{case:16} {tally['right']:5d} / {tally['cases']:<5d}")
    if result["mistakes"]:
        print("\nMistakes:")
        for mistake in result["mistakes"]:
            print(f"  {mistake['photo']:22} {mistake['case']:14} {mistake['check']:26} value={mistake['value']}")
    print("\nExcluded photos (not clearly compliant or too small at the source):")
    for name, reason in sorted(result["excluded"].items()):
        print(f"  {name:22} {reason}")
    print(f"\nTook {result['seconds']:.1f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fast", action="store_true", help="use the live-frame scan instead of the still one")
    parser.add_argument("--json", type=Path, default=Path(__file__).parent / "results" / "qa_accuracy.json")
    args = parser.parse_args(argv)
    if portraits.datasets_dir() is None:
        print("shared/datasets not found: measuring on the package-shipped portraits only", file=sys.stderr)
    result = run(args.fast)
    print_table(result)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
