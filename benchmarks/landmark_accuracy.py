"""How closely our 68-point landmarks match the reference landmarks of dlib's `faces-multi` example set.

What it measures
----------------
`../shared/datasets/faces-multi/` (benchmarks/README.md, "Data sets") has group photos with dlib imglab XML files
(`training_with_face_landmarks.xml`, `testing_with_face_landmarks.xml`) that give, per face, a box and the
68 iBUG points. Every face with all 68 points is measured in three modes:

* ``hand box``: `locate_landmarks` is given the annotated box itself, so only the shape predictor is tested.
* ``detect@1.0`` / ``detect@0.5``: the whole pipeline. `detect_faces` runs on the full image (scale 1.0)
  or on a half-size copy (scale 0.5, boxes mapped back; landmarks are always placed at full resolution).
  Each annotated face is matched to the unclaimed detection with the highest IoU (at least 0.3); an
  annotated face with no match is a miss and counts against the detection rate.

Metrics per mode, over the faces that were measured:

* NME: mean point-to-point distance over the 68 points divided by the reference inter-ocular distance,
  i.e. the distance between the reference eye centres, each eye centre being the midpoint of its two
  corners (points 36/39 and 42/45), the same definition `Face.left_eye` / `Face.right_eye` use.
  Reported as mean, median and the fraction of faces with NME <= 0.05 and <= 0.10.
* d_eye (Jesorsky et al. 2001): max(|predicted left eye - reference left eye|, same for the right eye)
  divided by the reference inter-ocular distance; median and fraction <= 0.05 and <= 0.10.
* Median wall time of one `locate_landmarks` call (model loading excluded).

Caveat: the XML comment says these landmarks were *produced by* shape_predictor_68_face_landmarks.dat,
the very model we run, and rounded to whole pixels. The ``hand box`` row is therefore a regression /
consistency check of how we call the predictor (box convention, crop offsets, x/y order), not an
independent accuracy figure; an independent one would need human-annotated data such as iBUG 300-W.
Given exactly the box the references were made from, the predictor reproduces most faces to the pixel,
so a ``hand box`` NME well above rounding level (about 0.005) points at a box-convention or crop bug:
dlib rectangles are inclusive (right = left + width - 1), `Box` is exclusive (right = left + width).

How to run
----------
    .venv/bin/python benchmarks/landmark_accuracy.py [--datasets DIR]

DIR defaults to ``<repo>/../shared/datasets``. Prints a table and writes the same figures to
``benchmarks/results/landmark_accuracy.json``. Exits 0 with a message when the dataset is absent, because a
fresh clone does not have it. Runs in a few seconds.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt

from facestation.vision.faces import (
    HOG_MIN_FACE_PX,
    Box,
    DetectedFace,
    Face,
    detect_faces,
    locate_landmarks,
)
from facestation.vision.models import face_detector, landmark_predictor

SCRIPT_DIR = Path(__file__).resolve().parent
DEFAULT_DATASETS = SCRIPT_DIR.parent.parent / "shared" / "datasets"
RESULTS_PATH = SCRIPT_DIR / "results" / "landmark_accuracy.json"
DATASET_FOLDER = "faces-multi"
XML_FILES = ("training_with_face_landmarks.xml", "testing_with_face_landmarks.xml")

N_POINTS = 68
MIN_IOU = 0.3
DETECTION_SCALES = (1.0, 0.5)
THRESHOLDS = (0.05, 0.10)
NORMALISATION = (
    "errors are divided by the reference inter-ocular distance: the distance between the reference eye "
    "centres, each the midpoint of its eye corners (points 36/39 and 42/45)"
)

Points = npt.NDArray[np.float64]


@dataclass(frozen=True)
class ReferenceFace:
    """One annotated face: its box as written in the XML and its 68 reference points."""

    image: Path
    box: Box
    points: Points  # (68, 2), x then y

    @property
    def eyes(self) -> tuple[Points, Points]:
        return _eye_centres(self.points)

    @property
    def inter_ocular(self) -> float:
        left, right = self.eyes
        return float(np.linalg.norm(left - right))


@dataclass
class Annotations:
    faces: list[ReferenceFace] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)

    @property
    def images(self) -> list[Path]:
        # dict.fromkeys keeps XML order, so runs are reproducible and per-face output is easy to read.
        return list(dict.fromkeys(face.image for face in self.faces))


@dataclass(frozen=True)
class FaceResult:
    image: str
    box: Box
    nme: float
    d_eye: float
    seconds: float


@dataclass
class ModeResult:
    name: str
    description: str
    total_faces: int
    results: list[FaceResult] = field(default_factory=list)
    false_positives: int = 0  # detections that matched no annotated face (only meaningful for detect modes)
    # Smallest annotated box width the detector is designed to find at this mode's scale; None = no detector.
    min_findable_px: float | None = None
    in_range_total: int = 0
    in_range_found: int = 0

    @property
    def detection_rate(self) -> float:
        return len(self.results) / self.total_faces if self.total_faces else math.nan


def _eye_centres(points: Points) -> tuple[Points, Points]:
    # Same definition as Face.left_eye / Face.right_eye, so predicted and reference eyes are comparable.
    return (points[36] + points[39]) / 2, (points[42] + points[45]) / 2


def parse_imglab(xml_path: Path, annotations: Annotations) -> None:
    """Add the usable faces of one imglab XML file to `annotations`, counting what is skipped and why."""
    root = ET.parse(xml_path).getroot()
    for image_el in root.iter("image"):
        image_path = (xml_path.parent / image_el.attrib["file"]).resolve()
        if not image_path.is_file():
            annotations.skipped["image file missing"] += len(image_el.findall("box"))
            continue
        for box_el in image_el.findall("box"):
            # imglab writes ignore='1' for boxes the annotator wanted excluded from training and testing.
            if box_el.attrib.get("ignore", "0") not in ("0", ""):
                annotations.skipped["box marked ignore"] += 1
                continue
            parts: dict[int, tuple[float, float]] = {}
            for part in box_el.findall("part"):
                parts[int(part.attrib["name"])] = (float(part.attrib["x"]), float(part.attrib["y"]))
            if sorted(parts) != list(range(N_POINTS)):
                annotations.skipped[f"not exactly {N_POINTS} parts"] += 1
                continue
            left, top = float(box_el.attrib["left"]), float(box_el.attrib["top"])
            width, height = float(box_el.attrib["width"]), float(box_el.attrib["height"])
            points = np.array([parts[i] for i in range(N_POINTS)], dtype=np.float64)
            face = ReferenceFace(image_path, Box(left, top, left + width, top + height), points)
            if face.inter_ocular <= 0:
                # Would divide by zero; only a corrupt annotation can get here.
                annotations.skipped["zero inter-ocular distance"] += 1
                continue
            annotations.faces.append(face)


def iou(a: Box, b: Box) -> float:
    inter = a.intersection_area(b)
    union = a.area + b.area - inter
    return inter / union if union > 0 else 0.0


def measure(reference: ReferenceFace, image: npt.NDArray[np.uint8], detected: DetectedFace) -> FaceResult:
    start = time.perf_counter()
    face: Face = locate_landmarks(image, detected)
    seconds = time.perf_counter() - start
    iod = reference.inter_ocular
    nme = float(np.linalg.norm(face.landmarks - reference.points, axis=1).mean()) / iod
    ref_left, ref_right = reference.eyes
    d_eye = max(
        math.dist(face.left_eye, tuple(ref_left)),
        math.dist(face.right_eye, tuple(ref_right)),
    ) / iod
    return FaceResult(reference.image.name, detected.box, nme, d_eye, seconds)


def match(references: list[ReferenceFace], detections: list[DetectedFace]) -> dict[int, DetectedFace]:
    """Pair annotated faces with detections, best IoU first, one detection per face.

    One-to-one because a single detection can only stand for one face; in these photos faces do not
    overlap, so this only differs from "each face takes its best detection" in degenerate cases.
    """
    candidates = sorted(
        (
            (iou(ref.box, det.box), r, d)
            for r, ref in enumerate(references)
            for d, det in enumerate(detections)
        ),
        reverse=True,
    )
    matched: dict[int, DetectedFace] = {}
    used: set[int] = set()
    for overlap, r, d in candidates:
        if overlap < MIN_IOU:
            break
        if r in matched or d in used:
            continue
        matched[r] = detections[d]
        used.add(d)
    return matched


def run(annotations: Annotations) -> list[ModeResult]:
    images = {path: cv2.imread(str(path)) for path in annotations.images}
    unreadable = [path for path, image in images.items() if image is None]
    if unreadable:
        # is_file() passed, so this is a corrupt or unsupported file: drop its faces and say so.
        faces_lost = sum(1 for face in annotations.faces if face.image in unreadable)
        annotations.skipped["image unreadable"] += faces_lost
        annotations.faces = [face for face in annotations.faces if face.image not in unreadable]
        images = {path: image for path, image in images.items() if image is not None}

    # Load both models now so the one-off load does not land in the first timed call.
    face_detector()
    landmark_predictor()

    total = len(annotations.faces)
    hand = ModeResult("hand box", "locate_landmarks on the annotated box", total)
    for ref in annotations.faces:
        hand.results.append(measure(ref, images[ref.image], DetectedFace(ref.box, score=0.0)))
    modes = [hand]

    for scale in DETECTION_SCALES:
        mode = ModeResult(
            f"detect@{scale:g}",
            f"detect_faces(scale={scale:g}) on the whole image, IoU >= {MIN_IOU} match, landmarks at full res",
            total,
            # Separates misses the detector's window size explains from misses it should not have.
            min_findable_px=HOG_MIN_FACE_PX / scale,
        )
        for path, image in images.items():
            references = [face for face in annotations.faces if face.image == path]
            detections = detect_faces(image, scale=scale)
            pairs = match(references, detections)
            mode.false_positives += len(detections) - len(pairs)
            for r, detected in sorted(pairs.items()):
                mode.results.append(measure(references[r], image, detected))
            for r, ref in enumerate(references):
                if ref.box.width >= mode.min_findable_px:
                    mode.in_range_total += 1
                    mode.in_range_found += r in pairs
        modes.append(mode)
    return modes


def _fraction_at_most(values: list[float], limit: float) -> float:
    return sum(v <= limit for v in values) / len(values) if values else math.nan


def summarise(mode: ModeResult) -> dict[str, Any]:
    nmes = [r.nme for r in mode.results]
    eyes = [r.d_eye for r in mode.results]
    times = [r.seconds for r in mode.results]

    def stat(values: list[float], fn: Any) -> float | None:
        return float(fn(values)) if values else None

    def frac(values: list[float], limit: float) -> float | None:
        return _fraction_at_most(values, limit) if values else None

    return {
        "mode": mode.name,
        "description": mode.description,
        "faces_total": mode.total_faces,
        "faces_measured": len(mode.results),
        "detection_rate": mode.detection_rate,
        "min_findable_box_px": mode.min_findable_px,
        "faces_in_range": mode.in_range_total if mode.min_findable_px is not None else None,
        "detection_rate_in_range": (
            mode.in_range_found / mode.in_range_total if mode.in_range_total else None
        ),
        "unmatched_detections": mode.false_positives,
        "nme_mean": stat(nmes, statistics.fmean),
        "nme_median": stat(nmes, statistics.median),
        **{f"nme_le_{t:.2f}": frac(nmes, t) for t in THRESHOLDS},
        "d_eye_mean": stat(eyes, statistics.fmean),
        "d_eye_median": stat(eyes, statistics.median),
        **{f"d_eye_le_{t:.2f}": frac(eyes, t) for t in THRESHOLDS},
        "locate_landmarks_median_ms": stat([t * 1000 for t in times], statistics.median),
        "per_face": [
            {
                "image": r.image,
                "box": [r.box.left, r.box.top, r.box.right, r.box.bottom],
                "nme": r.nme,
                "d_eye": r.d_eye,
            }
            for r in mode.results
        ],
    }


def format_table(summaries: list[dict[str, Any]]) -> str:
    def num(value: float | None, spec: str) -> str:
        return "n/a" if value is None else format(value, spec)

    def pct(value: float | None) -> str:
        return "n/a" if value is None else f"{100 * value:.0f}%"

    header = [
        "mode", "faces", "det.rate", "det.rate>=min", "NME mean", "NME med", "NME<=.05", "NME<=.10",
        "d_eye med", "d_eye<=.05", "d_eye<=.10", "ms/face",
    ]  # fmt: skip
    rows = [header]
    for s in summaries:
        rows.append(
            [
                s["mode"],
                f"{s['faces_measured']}/{s['faces_total']}",
                pct(s["detection_rate"]),
                (
                    "n/a"
                    if not s["faces_in_range"]  # no detector, or no face big enough for this scale
                    else f"{pct(s['detection_rate_in_range'])} of {s['faces_in_range']}"
                ),
                num(s["nme_mean"], ".4f"),
                num(s["nme_median"], ".4f"),
                pct(s["nme_le_0.05"]),
                pct(s["nme_le_0.10"]),
                num(s["d_eye_median"], ".4f"),
                pct(s["d_eye_le_0.05"]),
                pct(s["d_eye_le_0.10"]),
                num(s["locate_landmarks_median_ms"], ".2f"),
            ]
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    # Mode names left-aligned, numbers right-aligned so decimals line up.
    lines = [
        "  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths)))
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Landmark accuracy of the facestation pipeline on dlib's faces-multi annotations."
    )
    parser.add_argument(
        "--datasets",
        type=Path,
        default=DEFAULT_DATASETS,
        help=f"folder holding {DATASET_FOLDER}/ (default: {DEFAULT_DATASETS})",
    )
    args = parser.parse_args(argv)

    folder = args.datasets / DATASET_FOLDER
    xml_paths = [folder / name for name in XML_FILES if (folder / name).is_file()]
    if not xml_paths:
        # A fresh clone has no shared datasets; that is not an error for a benchmark.
        print(f"Dataset not found: no {' or '.join(XML_FILES)} in {folder}. Nothing to measure.")
        return 0

    annotations = Annotations()
    for xml_path in xml_paths:
        parse_imglab(xml_path, annotations)
    if not annotations.faces:
        print(f"No usable annotated faces in {folder} (skipped: {dict(annotations.skipped) or 'none'}).")
        return 0

    started = time.perf_counter()
    modes = run(annotations)
    elapsed = time.perf_counter() - started
    summaries = [summarise(mode) for mode in modes]
    box_sizes = [face.box.width for face in annotations.faces]

    report = {
        "dataset": str(folder.resolve()),
        "xml_files": [path.name for path in xml_paths],
        "images": len(annotations.images),
        "faces": len(annotations.faces),
        "skipped": dict(annotations.skipped),
        "box_width_px": {"min": min(box_sizes), "median": statistics.median(box_sizes), "max": max(box_sizes)},
        "normalisation": NORMALISATION,
        "reference_caveat": (
            "the XML says its landmarks were generated by shape_predictor_68_face_landmarks.dat (the model "
            "under test), rounded to whole pixels; they are a consistency reference, not human annotation"
        ),
        "min_iou": MIN_IOU,
        "fractions_are_of": "faces measured in that mode (matched faces for detect modes)",
        "runtime_s": elapsed,
        "modes": summaries,
    }
    RESULTS_PATH.parent.mkdir(parents=True, exist_ok=True)
    RESULTS_PATH.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")

    skipped = ", ".join(f"{n} {why}" for why, n in annotations.skipped.items()) or "none"
    print(f"Landmark accuracy on {folder}")
    print(
        f"{len(annotations.faces)} faces in {len(annotations.images)} images; skipped entries: {skipped}; "
        f"box width {min(box_sizes):g}-{max(box_sizes):g} px (median {statistics.median(box_sizes):g})"
    )
    print(f"NME and d_eye: {NORMALISATION}.")
    print("Percentages are of the faces measured in each mode; det.rate = matched / annotated faces;")
    print(
        f"det.rate>=min = the same among faces whose annotated box is at least {HOG_MIN_FACE_PX} px / scale "
        "wide (HOG_MIN_FACE_PX, the size the detector is meant to find)."
    )
    print("Caveat: " + report["reference_caveat"] + ".")
    print()
    print(format_table(summaries))
    print()
    print(f"Took {elapsed:.1f} s. Figures written to {RESULTS_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
