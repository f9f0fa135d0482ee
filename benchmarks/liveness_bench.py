"""Liveness (issue 18): how many presentation attacks pass, how many real answers are refused, how long it takes.

    python benchmarks/liveness_bench.py [--quick] [--subjects N] [--sequences N]

ISO/IEC 30107-3 terms: APCER, the share of attacks accepted as live; BPCER, the share of real answers refused.

* **attacks, image level** (tests/support/liveness_scenes.py): each photo (the package's astronaut and
  grace_hopper, then faces-pairs photos when ../shared/datasets is there, up to `--subjects`) as a PRINTED
  photo and on a PHONE screen, in a seeded room at 1280x720, moved as a hand moves it, by a holder who sees the
  prompts and turns the card as asked; every frame through the station's live analysis (`quality.analyze` with
  a `FaceSearch`) into a `LivenessCheck`, and a live answer then through `confirm_live` as the station decides
  (the outline of a print or a phone around the face, the same person at the start and the end). The issue's list (still, shaken, turned 25-35°, bent, closer and
  away) and two harder rows (turned 45-60°, a print wrapped round a head-sized cylinder). Also the walk-up
  clips of ../shared/datasets/camera (photos moved about), checked from their first face.
* **real answers**: (a) landmark level: `tests.support.liveness_heads.Responder` on the 3D mean face with
  1.5 px of noise, `--sequences` per challenge; (b) image level: `HeadScene`, a photo texture-mapped onto the
  3D mean face, turning and blinking when asked, through the real analysis.
* **time to a decision** of the real answers, from the first prompt, prompts and reaction time included.
* **baseline**, same frames: the turn check without the planarity test (`min_nonplanar_residual` 0): the
  attacks it would let through are what the homography residual buys.

Goals (issue 18): APCER 0 %, BPCER ≤ 2 %, median decision ≤ 4 s. Writes the printed tables to
benchmarks/results/liveness_bench.txt and the figures to benchmarks/results/liveness_bench.json.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from contextlib import redirect_stdout
from dataclasses import replace
from pathlib import Path

import _repo_root  # noqa: F401  (puts the repository on sys.path for tests.support)
import cv2
import numpy as np

from facestation.vision.face_search import FaceSearch
from facestation.vision.liveness import inter_eye_distance
from facestation.vision.liveness_challenge import (
    Challenge,
    ChallengeLimits,
    LivenessCheck,
)
from tests.support import portraits
from tests.support.liveness_heads import FLAT_FACE, REAL_HEAD, Responder
from tests.support.liveness_scenes import (
    FPS,
    ISSUE_MOTIONS,
    CardKind,
    CardScene,
    HeadScene,
    Motion,
    analyse,
    camera,
    run_scene,
    scene_subjects,
)

RESULTS = Path(__file__).resolve().parent / "results"
NO_PLANARITY = ChallengeLimits(judges=replace(ChallengeLimits().judges, min_nonplanar_residual=0.0))


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f} %" if whole else "-"


def quantile(values: list[float], q: float) -> float:
    return float(np.quantile(values, q)) if values else float("nan")


# -- landmark level ---------------------------------------------------------------------------------------------

class FarTurner(Responder):
    """The flat photo's holder turning it twice as far as a person turns (40-60°): far enough for the pose fit,
    which reads a flat face's turn as a small one, to see a turn of 15°."""

    def _act(self, prompt: str) -> list[tuple[float, float, float]]:
        return [(2 * yaw, opening, rest) for yaw, opening, rest in super()._act(prompt)]


def landmark_run(challenge: Challenge, seed: int, shape: np.ndarray, limits: ChallengeLimits | None) -> tuple[bool, float, str]:
    rng = np.random.default_rng(seed)
    responder = (Responder if shape is REAL_HEAD else FarTurner)(rng, shape=shape)
    check = LivenessCheck(challenge, started_at=0.0, rng=random.Random(seed), limits=limits)
    t = 0.0
    index = 0
    while check.outcome is None and t < 30:
        _, points, yaw = responder.frame(t, check.state(t).prompt)
        check.update(t, points, yaw)
        index += 1
        t = index / FPS
    outcome = check.outcome or check.cancel(t)
    return outcome.live, outcome.seconds, outcome.reason.value


def landmark_level(sequences: int) -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for challenge in Challenge:
        real = [landmark_run(challenge, seed, REAL_HEAD, None) for seed in range(sequences)]
        flat = [landmark_run(challenge, 10_000 + seed, FLAT_FACE, None) for seed in range(sequences // 2)]
        flat_base = [landmark_run(challenge, 10_000 + seed, FLAT_FACE, NO_PLANARITY) for seed in range(sequences // 2)]
        times = [seconds for live, seconds, _ in real if live]
        refused = defaultdict(int)
        for live, _, reason in real:
            if not live:
                refused[reason] += 1
        out[challenge.value] = {
            "sequences": len(real), "refused": sum(not live for live, _, _ in real), "refusedWhy": dict(refused),
            "median": quantile(times, 0.5), "p95": quantile(times, 0.95),
            "flat": len(flat), "flatAccepted": sum(live for live, _, _ in flat),
            "flatAcceptedNoPlanarity": sum(live for live, _, _ in flat_base),
        }
    return out


# -- image level ------------------------------------------------------------------------------------------------

def attacks(subject_count: int, challenges: list[Challenge], quick: bool) -> list[dict[str, object]]:
    rows = []
    subjects = scene_subjects(limit=subject_count)
    motions = list(Motion)
    for s_index, person in enumerate(subjects):
        for kind in CardKind:
            for m_index, motion in enumerate(motions):
                if motion is Motion.WRAPPED and kind is CardKind.PHONE:
                    continue  # a phone does not wrap
                chosen = [challenges[(s_index + m_index) % len(challenges)]] if quick else challenges
                for challenge in chosen:
                    seed = s_index * 1000 + list(CardKind).index(kind) * 100 + m_index * 10 + list(Challenge).index(challenge)
                    run = run_scene(CardScene(person, kind, motion, seed=seed), challenge, seed=seed)
                    rows.append({"subject": person.name, "kind": kind.value, "motion": motion.value,
                                 "challenge": challenge.value, "live": run.outcome.live,
                                 "reason": run.outcome.reason.value, "liveNoPlanarity": run.residual_no_planarity,
                                 "peakYaw": round(run.peak_yaw, 1), "faces": run.faces_found, "frames": run.frames,
                                 "residual": max((p.planar_residual or 0.0 for p in run.outcome.prompts), default=0.0)})
                    print(f"  attack {person.name:12} {kind.value:7} {motion.value:11} {challenge.value:10} "
                          f"-> {run.outcome.reason.value:9} peak yaw {run.peak_yaw:5.1f}°", file=sys.stderr, flush=True)
    return rows


def walk_up_clips(challenges: list[Challenge]) -> list[dict[str, object]]:
    folder = portraits.datasets_dir()
    rows: list[dict[str, object]] = []
    if folder is None:
        return rows
    for path in sorted((folder / "camera").glob("walk-up-*.mp4")):
        capture = cv2.VideoCapture(str(path))
        fps = capture.get(cv2.CAP_PROP_FPS) or 30.0
        images = []
        index = 0
        while True:
            ok, image = capture.read()
            if not ok:
                break
            if index % max(1, round(fps / FPS)) == 0:
                images.append((index / fps, image))
            index += 1
        capture.release()
        for c_index, challenge in enumerate(challenges):
            search = FaceSearch()
            check: LivenessCheck | None = None
            for t, image in images:
                landmarks, yaw = analyse(image, search)
                if check is None:
                    if landmarks is None:
                        continue
                    check = LivenessCheck(challenge, started_at=t, rng=random.Random(c_index))
                check.update(t, landmarks, yaw)
                if check.outcome is not None:
                    break
            outcome = None if check is None else (check.outcome or check.cancel(images[-1][0]))
            rows.append({"clip": path.name, "challenge": challenge.value,
                         "live": bool(outcome and outcome.live),
                         "reason": "no face" if outcome is None else outcome.reason.value})
            print(f"  clip {path.name} {challenge.value} -> {rows[-1]['reason']}", file=sys.stderr, flush=True)
    return rows


def heads(subject_count: int, seeds: int, challenges: list[Challenge]) -> list[dict[str, object]]:
    rows = []
    for s_index, person in enumerate(scene_subjects(limit=subject_count)):
        for challenge in challenges:
            for seed in range(seeds):
                run = run_scene(HeadScene(person, seed=100 + seed), challenge, seed=s_index * 100 + seed)
                open_ear = quantile(run.ears, 0.5)
                rows.append({"subject": person.name, "challenge": challenge.value, "live": run.outcome.live,
                             "reason": run.outcome.reason.value, "seconds": run.outcome.seconds,
                             "peakYaw": round(run.peak_yaw, 1), "openEar": round(open_ear, 3),
                             "lowestEar": round(min(run.ears, default=float("nan")), 3),
                             "residual": max((p.planar_residual or 0.0 for p in run.outcome.prompts), default=0.0)})
                print(f"  head {person.name:12} {challenge.value:10} -> {run.outcome.reason.value:9} "
                      f"{run.outcome.seconds:4.1f} s, peak yaw {run.peak_yaw:4.1f}°, EAR open {open_ear:.3f} "
                      f"lowest {min(run.ears, default=float('nan')):.3f}", file=sys.stderr, flush=True)
    return rows


# -- which landmarks tell a plane from a head --------------------------------------------------------------------

LANDMARK_SETS = {
    "all 68 (the check)": list(range(68)),
    "no jaw": list(range(17, 68)),
    "no jaw, no brows": list(range(27, 68)),
    "eyes, nose": list(range(27, 48)),
    "eyes, nose, mouth corners": [*range(27, 48), 48, 54],
}


def set_residual(before: np.ndarray, after: np.ndarray, points: list[int]) -> float:
    """`planar_residual` on a subset of the landmarks, still over the whole face's inter-eye distance."""
    homography, _ = cv2.findHomography(before[points], after[points], 0)
    if homography is None:
        return float("inf")
    mapped = cv2.perspectiveTransform(before[points].reshape(-1, 1, 2), homography).reshape(-1, 2)
    return float(np.sqrt(((mapped - after[points]) ** 2).sum(axis=1).mean()) / inter_eye_distance(after))


def read_still(draw: Callable[[], np.ndarray]) -> tuple[np.ndarray | None, float | None]:
    """The mean landmarks of the last 3 of 4 live analyses of one pose (as the turn judge smooths), and the yaw."""
    search = FaceSearch()
    points: list[np.ndarray] = []
    yaw = None
    for index in range(4):
        landmarks, yaw = analyse(camera(draw(), np.random.default_rng(index)), search)
        if landmarks is not None:
            points.append(landmarks)
    return (np.mean(points[-3:], axis=0) if points else None), yaw


def residuals_by_landmark_set(subject_count: int) -> list[dict[str, object]]:
    """Frontal against turned, through the real analysis: the rendered head at ±25°, a print and a phone turned
    ±50° (the pose fit reads a flat face's 50° as 5-30°)."""
    rows = []
    for person in scene_subjects(limit=subject_count):
        head = HeadScene(person, seed=1)
        cases: list[tuple[str, Callable[[float], np.ndarray], tuple[float, ...]]] = [
            ("head", lambda yaw, head=head: head.draw(yaw), (25.0, -25.0))]
        for kind in CardKind:
            card = CardScene(person, kind, Motion.TURNED, seed=2)
            cases.append((kind.value, lambda yaw, card=card: card._draw(yaw, 0, 0, card.distance, (0, 0)),
                          (30.0, 50.0, -50.0)))
        for name, draw, yaws in cases:
            front, _ = read_still(lambda draw=draw: draw(0.0))
            for yaw in yaws:
                turned, read = read_still(lambda draw=draw, yaw=yaw: draw(yaw))
                if front is None or turned is None:
                    continue
                rows.append({"subject": person.name, "what": name, "turned": yaw, "yawRead": read,
                             **{label: set_residual(front, turned, points) for label, points in LANDMARK_SETS.items()}})
    return rows


def print_residuals(rows: list[dict[str, object]]) -> None:
    print("Planar residual by landmark set, frontal vs turned, real analysis (range over photos and sides)")
    print(f"{'what':16} {'pose read':>10} " + " ".join(f"{label:>26}" for label in LANDMARK_SETS))
    for what, turned in (("head", (25.0, -25.0)), ("printed", (30.0,)), ("printed", (50.0, -50.0)),
                         ("phone", (30.0,)), ("phone", (50.0, -50.0))):
        mine = [r for r in rows if r["what"] == what and r["turned"] in turned]
        if not mine:
            continue
        reads = [abs(float(r["yawRead"] or 0.0)) for r in mine]
        cells = [f"{min(float(r[k]) for r in mine):.3f}-{max(float(r[k]) for r in mine):.3f}" for k in LANDMARK_SETS]
        label = f"{what} {'±' if len(turned) > 1 else ''}{abs(turned[0]):.0f}°"
        print(f"{label:16} {min(reads):4.0f}-{max(reads):2.0f}° " + " ".join(f"{c:>26}" for c in cells))


# -- tables -----------------------------------------------------------------------------------------------------

def print_tables(landmarks: dict[str, dict[str, object]], attack_rows: list[dict[str, object]],
                 clip_rows: list[dict[str, object]], head_rows: list[dict[str, object]]) -> None:
    print("Attacks at image level (real dlib analysis at 1280x720): APCER = accepted / attacks")
    print(f"{'kind':8} {'motion':12} {'attacks':>7} {'APCER':>8} {'no planarity':>13}  refused as")
    groups: dict[tuple[str, str], list[dict[str, object]]] = defaultdict(list)
    for row in attack_rows:
        groups[(str(row["kind"]), str(row["motion"]))].append(row)
    for (kind, motion), rows in groups.items():
        reasons = defaultdict(int)
        for row in rows:
            reasons[str(row["reason"])] += 1
        extra = "" if Motion(motion) in ISSUE_MOTIONS else "  (beyond the issue's list)"
        print(f"{kind:8} {motion:12} {len(rows):7} {percent(sum(bool(r['live']) for r in rows), len(rows)):>8} "
              f"{percent(sum(bool(r['liveNoPlanarity']) for r in rows), len(rows)):>13}  "
              f"{', '.join(f'{k} {v}' for k, v in sorted(reasons.items()))}{extra}")
    if clip_rows:
        accepted = sum(bool(r["live"]) for r in clip_rows)
        print(f"{'clips':8} {'walk-up':12} {len(clip_rows):7} {percent(accepted, len(clip_rows)):>8} "
              f"{'':>13}  {', '.join(sorted({str(r['reason']) for r in clip_rows}))}")
    print()
    print("Per challenge: APCER (image-level attacks, issue's list | all rows), BPCER (landmark level | image level)")
    print(f"{'challenge':11} {'APCER issue':>12} {'APCER all':>10} {'BPCER lm':>9} {'BPCER img':>10} "
          f"{'median s lm':>12} {'p95 s lm':>9}")
    for challenge in Challenge:
        mine = [r for r in attack_rows if r["challenge"] == challenge.value]
        issue = [r for r in mine if Motion(str(r["motion"])) in ISSUE_MOTIONS]
        lm = landmarks[challenge.value]
        imgs = [r for r in head_rows if r["challenge"] == challenge.value]
        print(f"{challenge.value:11} {percent(sum(bool(r['live']) for r in issue), len(issue)):>12} "
              f"{percent(sum(bool(r['live']) for r in mine), len(mine)):>10} "
              f"{percent(int(lm['refused']), int(lm['sequences'])):>9} "
              f"{percent(sum(not r['live'] for r in imgs), len(imgs)):>10} "
              f"{float(lm['median']):12.2f} {float(lm['p95']):9.2f}")
    print()
    print("Landmark level (3D mean face, 1.5 px noise): real answers, and a flat face on a screen that answers the")
    print("prompts (a video on a phone: it blinks, and its holder turns the phone 40-60° as asked)")
    print(f"{'challenge':11} {'real':>5} {'refused':>8} {'why':24} {'flat':>5} {'accepted':>9} {'no planarity':>13}")
    for challenge, lm in landmarks.items():
        why = ", ".join(f"{k} {v}" for k, v in sorted(dict(lm["refusedWhy"]).items())) or "-"  # type: ignore[arg-type]
        print(f"{challenge:11} {lm['sequences']:>5} {lm['refused']:>8} {why:24} {lm['flat']:>5} "
              f"{lm['flatAccepted']:>9} {lm['flatAcceptedNoPlanarity']:>13}")
    if head_rows:
        print()
        print("Image level, a photo texture-mapped onto the 3D mean face (real dlib analysis)")
        print(f"{'challenge':11} {'runs':>5} {'live':>5} {'median s':>9} {'peak yaw':>9} {'EAR open':>9} "
              f"{'EAR lowest':>11}  refused as")
        for challenge in Challenge:
            rows = [r for r in head_rows if r["challenge"] == challenge.value]
            if not rows:
                continue
            times = [float(r["seconds"]) for r in rows if r["live"]]
            reasons = defaultdict(int)
            for row in rows:
                if not row["live"]:
                    reasons[str(row["reason"])] += 1
            print(f"{challenge.value:11} {len(rows):5} {sum(bool(r['live']) for r in rows):5} "
                  f"{quantile(times, 0.5):9.2f} {statistics.median(float(r['peakYaw']) for r in rows):9.1f} "
                  f"{statistics.median(float(r['openEar']) for r in rows):9.3f} "
                  f"{min(float(r['lowestEar']) for r in rows):11.3f}  "
                  f"{', '.join(f'{k} {v}' for k, v in sorted(reasons.items())) or '-'}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="one challenge per attack (in turn), one photo and 100 sequences unless given")
    parser.add_argument("--subjects", type=int, default=None, help="photos for the image-level runs (default 3)")
    parser.add_argument("--sequences", type=int, default=None, help="landmark-level sequences per challenge (500)")
    parser.add_argument("--no-write", action="store_true", help="print only; leave benchmarks/results alone")
    parser.add_argument("--residuals-only", action="store_true",
                        help="only the residual-by-landmark-set table (appended to the results text)")
    args = parser.parse_args()
    if args.residuals_only:
        text = io.StringIO()
        with redirect_stdout(text):
            print_residuals(residuals_by_landmark_set(args.subjects or 4))
        print(text.getvalue())
        if not args.no_write:
            RESULTS.mkdir(exist_ok=True)
            with (RESULTS / "liveness_bench.txt").open("a", encoding="utf-8") as handle:
                handle.write(f"\n{text.getvalue()}")
        return 0
    subjects = args.subjects or (1 if args.quick else 3)
    sequences = args.sequences or (100 if args.quick else 500)
    challenges = list(Challenge)
    started = time.perf_counter()
    landmarks = landmark_level(sequences)
    attack_rows = attacks(subjects, challenges, args.quick)
    clip_rows = walk_up_clips([Challenge.BLINK_TURN] if args.quick else challenges)
    head_rows = heads(subjects, 1, challenges)
    text = io.StringIO()
    with redirect_stdout(text):
        print(f"Liveness benchmark, {time.strftime('%Y-%m-%d')}, {subjects} photo(s), {sequences} landmark "
              f"sequences per challenge{' (--quick)' if args.quick else ''}\n")
        print_tables(landmarks, attack_rows, clip_rows, head_rows)
        print(f"\nGoals (issue 18): APCER 0 %, BPCER ≤ 2 %, median decision ≤ 4 s. "
              f"Run time {time.perf_counter() - started:.0f} s.")
    print(text.getvalue())
    if not args.no_write:
        RESULTS.mkdir(exist_ok=True)
        (RESULTS / "liveness_bench.txt").write_text(text.getvalue(), encoding="utf-8")
        (RESULTS / "liveness_bench.json").write_text(json.dumps(
            {"landmarkLevel": landmarks, "attacks": attack_rows, "clips": clip_rows, "heads": head_rows},
            indent=1, default=float), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
