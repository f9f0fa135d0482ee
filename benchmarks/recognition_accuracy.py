"""Verification accuracy of the descriptor pipeline and of the default match thresholds.

    python benchmarks/recognition_accuracy.py [--face-sizes] [--json PATH]

Needs ../shared/datasets/faces-pairs (benchmarks/README.md, "Data sets"). Every photo goes through
`describe_largest_face` (as the service will run it); the pairs of master.csv (38 genuine, 262 impostor) are scored
with `confidence_from_distance` and judged with DEFAULT_THRESHOLDS. Reported: the distance distributions,
false-accept and false-reject rates at the defaults (counting OK only, and OK-or-WARNING as a match), the equal
error rate and a sweep of distance thresholds. A second set uses the package-shipped portraits: each against edited
copies of itself (genuine) and against each other and every faces-pairs photo (impostor; neither person is in that
dataset).

`--face-sizes` adds the measurement behind MIN_ENROL_FACE_WIDTH: each faces-pairs face scaled down to a given
HOG box width, its descriptor's distance to the full-resolution one, the master.csv pairs with that side
small, and how often the detector still finds the face.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
import time
from pathlib import Path

import _repo_root  # noqa: F401, I001  (puts the repository on sys.path for tests.support)
import cv2
import numpy as np

from facestation.recognition.descriptors import (
    DescribedFace,
    describe_face,
    describe_largest_face,
    distance,
    enrolment_problem,
    find_faces,
)
from facestation.recognition.matching import (
    DEFAULT_THRESHOLDS,
    MatchResult,
    confidence_from_distance,
    distance_for_confidence,
    verdict,
)
from facestation.vision.faces import BGRImage, DetectedFace
from facestation.vision.imageio import load_image
from tests.support import portraits
from tests.support.portraits import edited_copies

SWEEP = [round(0.40 + 0.025 * step, 3) for step in range(15)]  # 0.400 ... 0.750
FACE_WIDTHS = [40, 50, 60, 70, 80, 100, 120, 150]


def rates(genuine: list[float], impostor: list[float], threshold: float) -> tuple[float, float]:
    """(false-accept rate, false-reject rate) when distance <= threshold counts as a match."""
    far = sum(d <= threshold for d in impostor) / len(impostor)
    frr = sum(d > threshold for d in genuine) / len(genuine)
    return far, frr


def equal_error(genuine: list[float], impostor: list[float]) -> dict[str, float]:
    """The EER over every candidate threshold, with the range of distance thresholds reaching it."""
    candidates = sorted(set(genuine) | set(impostor))
    best, interval = math.inf, (math.nan, math.nan)
    for threshold in candidates:
        far, frr = rates(genuine, impostor, threshold)
        error = max(far, frr)
        if error < best:
            best, interval = error, (threshold, threshold)
        elif error == best:
            interval = (interval[0], threshold)
    # When the classes separate, every threshold from the largest genuine distance up to (not including)
    # the smallest impostor distance reaches it: report that open range.
    if best == 0:
        interval = (max(genuine), min(impostor))
    return {"eer": best, "from_distance": interval[0], "to_distance": interval[1]}


def judged(distances: list[float]) -> dict[str, int]:
    counts = {result.name: 0 for result in (MatchResult.OK, MatchResult.WARNING, MatchResult.FAILED)}
    for value in distances:
        counts[verdict(confidence_from_distance(value), DEFAULT_THRESHOLDS).name] += 1
    return counts


def distribution(values: list[float]) -> dict[str, float]:
    ordered = np.sort(values)
    return {
        "n": len(values),
        "min": float(ordered[0]),
        "p5": float(np.percentile(ordered, 5)),
        "median": float(np.median(ordered)),
        "p90": float(np.percentile(ordered, 90)),
        "max": float(ordered[-1]),
    }


def pair_set(genuine: list[float], impostor: list[float]) -> dict[str, object]:
    ok_distance = distance_for_confidence(DEFAULT_THRESHOLDS.ok)
    warning_distance = distance_for_confidence(DEFAULT_THRESHOLDS.warning)
    far_ok, frr_ok = rates(genuine, impostor, ok_distance)
    far_any, frr_any = rates(genuine, impostor, warning_distance)
    return {
        "genuine": {"distances": distribution(genuine), "verdicts": judged(genuine)},
        "impostor": {"distances": distribution(impostor), "verdicts": judged(impostor)},
        "ok": {"far": far_ok, "frr": frr_ok},
        "ok_or_warning": {"far": far_any, "frr": frr_any},
        "eer": equal_error(genuine, impostor),
        "sweep": [
            {"distance": t, "confidence": confidence_from_distance(t), "far": far, "frr": frr}
            for t in SWEEP
            for far, frr in [rates(genuine, impostor, t)]
        ],
    }


def describe_dataset(folder: Path) -> tuple[dict[str, DescribedFace], dict[str, BGRImage], dict[str, object]]:
    described, images, notes = {}, {}, {"no_face": [], "enrolment_problems": {}, "ms_per_photo": 0.0}
    started = time.perf_counter()
    for path in sorted(folder.glob("*.jpg")):
        image = load_image(path)
        analysis = describe_largest_face(image)
        images[path.name] = image
        if analysis.primary is None:
            notes["no_face"].append(path.name)
            continue
        described[path.name] = analysis.primary
        problem = enrolment_problem(analysis)
        if problem:
            notes["enrolment_problems"][path.name] = problem
    notes["ms_per_photo"] = 1000 * (time.perf_counter() - started) / max(1, len(images))
    return described, images, notes


def master_pairs(folder: Path, described: dict[str, DescribedFace]) -> tuple[list[float], list[float], list[dict]]:
    genuine, impostor, rows = [], [], []
    with open(folder / "master.csv", newline="") as handle:
        for row in csv.DictReader(handle):
            value = distance(described[row["file_x"]].descriptor, described[row["file_y"]].descriptor)
            same = row["Decision"].strip().lower() == "yes"
            (genuine if same else impostor).append(value)
            rows.append({"x": row["file_x"], "y": row["file_y"], "same": same, "distance": value})
    return genuine, impostor, rows


def package_pairs(described: dict[str, DescribedFace]) -> tuple[list[float], list[float]]:
    genuine, impostor = [], []
    references = {}
    for name, image in portraits.package_portraits().items():
        reference = describe_largest_face(image).primary
        assert reference is not None, name
        references[name] = reference.descriptor
        for copy in edited_copies(image).values():
            primary = describe_largest_face(copy).primary
            genuine.append(distance(reference.descriptor, primary.descriptor) if primary else math.inf)
    names = list(references)
    for i, name in enumerate(names):
        impostor += [distance(references[name], references[other]) for other in names[i + 1 :]]
        impostor += [distance(references[name], face.descriptor) for face in described.values()]
    return genuine, impostor


def face_size_sweep(images: dict[str, BGRImage], described: dict[str, DescribedFace], folder: Path) -> list[dict]:
    """Each face scaled to a HOG box width: descriptor drift, pairs with one side small, detection rate."""
    with open(folder / "master.csv", newline="") as handle:
        pairs = [(r["file_x"], r["file_y"], r["Decision"].strip().lower() == "yes") for r in csv.DictReader(handle)]
    table = []
    for width in FACE_WIDTHS:
        small: dict[str, np.ndarray] = {}
        found = 0
        for name, face in described.items():
            factor = width / face.box.width
            if factor >= 1:
                continue
            image = cv2.resize(images[name], None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
            target = face.box.scaled(factor)
            # The known box isolates the descriptor's sensitivity from the detector's.
            small[name] = describe_face(image, DetectedFace(target, face.score)).descriptor
            found += any(d.box.intersection_area(target) > 0.3 * target.area for d in find_faces(image))
        drift = [distance(small[n], described[n].descriptor) for n in small]
        genuine, impostor = [], []
        for x, y, same in pairs:
            for a, b in ((x, y), (y, x)):
                if a in small:
                    (genuine if same else impostor).append(distance(small[a], described[b].descriptor))
        table.append(
            {
                "width": width,
                "faces": len(small),
                "found": found / max(1, len(small)),
                "drift": distribution(drift),
                "genuine": distribution(genuine),
                "impostor": distribution(impostor),
            }
        )
    return table


def print_report(result: dict) -> None:
    ok, warning = DEFAULT_THRESHOLDS.ok, DEFAULT_THRESHOLDS.warning
    print(f"defaults: OK >= {ok} (distance <= {distance_for_confidence(ok):.3f}), "
          f"WARNING >= {warning} (distance <= {distance_for_confidence(warning):.3f})")
    print(f"photos: {result['photos']} described, no face: {result['notes']['no_face'] or 'none'}, "
          f"{result['notes']['ms_per_photo']:.0f} ms per photo (decode + describe)")
    print()
    print(f"{'pairs':22} {'n':>4} {'min':>6} {'p5':>6} {'median':>6} {'p90':>6} {'max':>6}   OK  WARN  FAIL")
    for label, key in (("master.csv", "master"), ("package portraits", "package")):
        for kind in ("genuine", "impostor"):
            part = result[key][kind]
            d, v = part["distances"], part["verdicts"]
            print(f"{label + ' ' + kind:22} {d['n']:4d} {d['min']:6.3f} {d['p5']:6.3f} {d['median']:6.3f} "
                  f"{d['p90']:6.3f} {d['max']:6.3f} {v['OK']:4d} {v['WARNING']:5d} {v['FAILED']:5d}")
    print()
    print(f"{'pairs':18} {'FAR (OK)':>9} {'FRR (OK)':>9} {'FAR (OK|WARN)':>14} {'FRR (OK|WARN)':>14} "
          f"{'EER':>6}  EER distances")
    for label, key in (("master.csv", "master"), ("package portraits", "package")):
        r = result[key]
        print(f"{label:18} {100 * r['ok']['far']:8.1f}% {100 * r['ok']['frr']:8.1f}% "
              f"{100 * r['ok_or_warning']['far']:13.1f}% {100 * r['ok_or_warning']['frr']:13.1f}% "
              f"{100 * r['eer']['eer']:5.1f}%  "
              f"{r['eer']['from_distance']:.3f}-{r['eer']['to_distance']:.3f}")
    print()
    print("master.csv sweep (a pair matches when distance <= threshold):")
    print(f"{'distance':>8} {'confidence':>10} {'FAR':>7} {'FRR':>7}")
    for row in result["master"]["sweep"]:
        print(f"{row['distance']:8.3f} {row['confidence']:10.2f} {100 * row['far']:6.1f}% {100 * row['frr']:6.1f}%")
    print()
    print("master.csv pairs near the thresholds:")
    for row in sorted(result["master_pairs"], key=lambda r: r["distance"]):
        if 0.5 <= row["distance"] <= 0.7:
            judgement = verdict(confidence_from_distance(row["distance"])).name
            print(f"  {row['x']:>12} {row['y']:>12} {'genuine ' if row['same'] else 'impostor'} "
                  f"{row['distance']:.3f} conf {confidence_from_distance(row['distance']):6.2f} {judgement}")
    if "face_sizes" in result:
        print()
        print("face size (HOG box px): drift = distance to the full-resolution descriptor of the same photo")
        print(f"{'width':>5} {'faces':>5} {'found':>6} {'drift med':>9} {'p90':>6} {'max':>6} "
              f"{'gen p90':>7} {'gen max':>7} {'imp min':>7} {'imp p5':>7}")
        for row in result["face_sizes"]:
            print(f"{row['width']:5d} {row['faces']:5d} {100 * row['found']:5.0f}% {row['drift']['median']:9.3f} "
                  f"{row['drift']['p90']:6.3f} {row['drift']['max']:6.3f} {row['genuine']['p90']:7.3f} "
                  f"{row['genuine']['max']:7.3f} {row['impostor']['min']:7.3f} {row['impostor']['p5']:7.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--face-sizes", action="store_true", help="add the face-size sweep (~1 min)")
    parser.add_argument("--json", type=Path, default=Path(__file__).parent / "results" / "recognition_accuracy.json")
    args = parser.parse_args(argv)
    root = portraits.datasets_dir()
    if root is None:
        print("shared/datasets not found (set FACESTATION_DATASETS)", file=sys.stderr)
        return 2
    folder = root / "faces-pairs"
    described, images, notes = describe_dataset(folder)
    genuine, impostor, rows = master_pairs(folder, described)
    package_genuine, package_impostor = package_pairs(described)
    result = {
        "thresholds": {"ok": DEFAULT_THRESHOLDS.ok, "warning": DEFAULT_THRESHOLDS.warning},
        "photos": len(described),
        "notes": notes,
        "master": pair_set(genuine, impostor),
        "package": pair_set(package_genuine, package_impostor),
        "master_pairs": rows,
    }
    if args.face_sizes:
        result["face_sizes"] = face_size_sweep(images, described, folder)
    print_report(result)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
