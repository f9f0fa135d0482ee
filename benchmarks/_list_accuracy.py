"""Parts 1 and 2 of benchmarks/list_calibration.py, on real photos: the predicted false-match rate of a list
against the measured one (leave-one-out over random galleries), and duplicate finding against master.csv.

Photos: every faces-pairs photo with a face, plus the package portraits. Identities: the union-find of
master.csv's "Yes" pairs; every other photo is its own identity (so two unlabelled photos of one person, if any,
count as two people: a "stranger" match between them is then counted as a false match).
"""

from __future__ import annotations

import csv
import math
import random
from dataclasses import dataclass
from pathlib import Path

import _repo_root  # noqa: F401  (puts the repository on sys.path for tests.support)
import numpy as np
from recognition_accuracy import describe_dataset

from facestation.recognition import impostor_tail
from facestation.recognition.calibration import ListCalibration, stranger_rate
from facestation.recognition.descriptors import describe_largest_face
from facestation.recognition.gallery import DescriptorIndex
from facestation.recognition.impostor_tail import REFERENCE_TAIL, TailFit, fit_tail
from facestation.recognition.matching import DEFAULT_THRESHOLDS, distance_for_confidence
from facestation.recognition.pair_distances import (
    BIN_WIDTH,
    BINS,
    NEAR_DISTANCE,
    count_pairs,
)
from tests.support import portraits

TARGET = 1e-3
FIXED_DISTANCES = (0.55, 0.6, 0.65, 0.7)
FALSE_REPORTS_SHOWN = 12


@dataclass(frozen=True)
class Photos:
    names: list[str]  # faces-pairs photos first, then "package:<portrait>"
    descriptors: np.ndarray  # row i is names[i]
    labelled: dict[tuple[str, str], bool]  # master.csv: (x, y) sorted -> same person
    no_face: list[str]
    unfit: list[str]  # photos the service would refuse to enrol (enrolment_problem)


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The 95 % Wilson score interval of a share k/n."""
    if n == 0:
        return 0.0, 1.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def load_photos(folder: Path) -> Photos:
    described, _, notes = describe_dataset(folder)
    names = sorted(described)
    vectors = [described[name].descriptor for name in names]
    for name, image in portraits.package_portraits().items():
        primary = describe_largest_face(image).primary
        if primary is not None:
            names.append(f"package:{name}")
            vectors.append(primary.descriptor)
    labelled: dict[tuple[str, str], bool] = {}
    with open(folder / "master.csv", newline="") as handle:
        for row in csv.DictReader(handle):
            a, b = sorted((row["file_x"], row["file_y"]))
            labelled[(a, b)] = row["Decision"].strip().lower() == "yes"
    return Photos(names, np.asarray(vectors, dtype=np.float32), labelled, list(notes["no_face"]),
                  sorted(notes["enrolment_problems"]))


def identities_of(photos: Photos, link_below: float | None = None) -> list[int]:
    """The identity number of each photo: the union-find of master.csv's "Yes" pairs, plus (`link_below`) every
    pair master.csv does not label that is closer than `link_below` (chained: a, b close and b, c close make
    a, b, c one person)."""
    parent = list(range(len(photos.names)))
    position = {name: i for i, name in enumerate(photos.names)}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for (a, b), same in photos.labelled.items():
        if same and a in position and b in position:
            parent[root(position[a])] = root(position[b])
    if link_below is not None:
        for i, a in enumerate(photos.names):
            for j in range(i + 1, len(photos.names)):
                pair = tuple(sorted((a, photos.names[j])))
                if pair not in photos.labelled and _pair_distance(photos, i, j) < link_below:
                    parent[root(i)] = root(j)
    roots = [root(i) for i in range(len(photos.names))]
    numbering = {value: number for number, value in enumerate(dict.fromkeys(roots))}
    return [numbering[r] for r in roots]


def _pair_distance(photos: Photos, i: int, j: int) -> float:
    return float(np.linalg.norm(photos.descriptors[i].astype(np.float64) - photos.descriptors[j]))


def _tail_row(label: str, fit: TailFit | None) -> dict[str, object]:
    if fit is None:
        return {"label": label, "fit": None}
    return {"label": label, "edge": fit.edge, "shape": fit.shape, "scale": fit.scale,
            "rate_at_edge": fit.rate_at_edge, "pairs": fit.pairs,
            "pair_rate_0.545": fit.pair_rate(0.545), "pair_rate_0.6": fit.pair_rate(0.6)}


def tail_fits(photos: Photos, identities: dict[str, list[int]]) -> list[dict[str, object]]:
    """REFERENCE_TAIL, `fit_tail` on the photos' own pairs, and `reference_fit` (the recipe of REFERENCE_TAIL) on
    their cross-identity pairs: the "linked < 0.5" row is where REFERENCE_TAIL comes from."""
    rows = [_tail_row("REFERENCE_TAIL (the constant)", REFERENCE_TAIL)]
    pairs_only = [i for i, name in enumerate(photos.names) if not name.startswith("package:")]
    every = count_pairs([photos.names[i] for i in pairs_only], photos.descriptors[pairs_only])
    rows.append(_tail_row(f"every pair of the {len(pairs_only)} faces-pairs photos", fit_tail(every)))
    for label, identity in identities.items():
        cross = count_pairs(photos.names, photos.descriptors)
        for i, j in _same_identity_rows(identity):  # leave out the same-identity pairs
            value = np.float32(_pair_distance(photos, i, j))
            cross.counts[min(int(value / np.float32(BIN_WIDTH)), BINS - 1)] -= 1
        rows.append(_tail_row(f"cross-identity pairs ({label})", fit_tail(cross)))
        rows.append(_tail_row(f"  reference_fit of them ({label})", impostor_tail.reference_fit(cross)))
    return rows


def _same_identity_rows(identity: list[int]) -> list[tuple[int, int]]:
    return [(i, j) for i in range(len(identity)) for j in range(i + 1, len(identity)) if identity[i] == identity[j]]


def tail_check(photos: Photos, identities: dict[str, list[int]]) -> list[dict[str, object]]:
    """Per pair: the share of different-person pairs closer than t, against REFERENCE_TAIL.pair_rate(t). The
    populations: master.csv's "No" pairs (the one certain impostor sample) and the cross-identity pairs of each
    identity assignment."""
    position = {name: i for i, name in enumerate(photos.names)}
    populations = {"labelled No": [_pair_distance(photos, position[a], position[b])
                                   for (a, b), same in photos.labelled.items()
                                   if not same and a in position and b in position]}
    count = len(photos.names)
    for label, identity in identities.items():
        populations[f"cross ({label})"] = [_pair_distance(photos, i, j) for i in range(count)
                                           for j in range(i + 1, count) if identity[i] != identity[j]]
    rows = []
    for t in (0.545, *FIXED_DISTANCES, 0.75, 0.8):
        row: dict[str, object] = {"distance": t, "predicted": REFERENCE_TAIL.pair_rate(t),
                                  "above_edge": t >= REFERENCE_TAIL.edge}
        for label, values in populations.items():
            k = sum(value < t for value in values)
            low, high = wilson(k, len(values))
            row[label] = {"k": k, "n": len(values), "low": low, "high": high}
        rows.append(row)
    return rows


def _leave_one_out(photos: Photos, identity: list[int], size: int, galleries: int,
                   rng: random.Random) -> dict[str, dict]:
    """`galleries` random galleries of `size` identities (one random photo each); strangers: every photo of the
    other identities. Per distance: strangers closer than it to some member, and the model's prediction."""
    by_identity: dict[int, list[int]] = {}
    for row, person in enumerate(identity):
        by_identity.setdefault(person, []).append(row)
    identities = sorted(by_identity)
    labels = ["calibrated OK", *(f"{t:.2f}" for t in FIXED_DISTANCES)]
    tally = {label: {"k": 0, "n": 0, "predicted_sum": 0.0, "distance_sum": 0.0, "bases": {}} for label in labels}
    for _ in range(galleries):
        chosen = rng.sample(identities, size)
        members = [rng.choice(by_identity[person]) for person in chosen]
        index = DescriptorIndex.from_rows(((photos.names[row], photos.descriptors[row]) for row in members),
                                          approximate_from=None)
        calibration = ListCalibration.of(index)
        tail, basis = calibration.tail()
        ok = calibration.estimate(TARGET, DEFAULT_THRESHOLDS).thresholds.ok
        ok_distance = distance_for_confidence(ok) if ok < 100 else 0.0
        in_gallery = set(chosen)
        strangers = [row for row in range(len(photos.names)) if identity[row] not in in_gallery]
        nearest = [index.nearest_exact(photos.descriptors[row])[1] for row in strangers]
        for label, t in zip(labels, (ok_distance, *FIXED_DISTANCES)):
            entry = tally[label]
            entry["k"] += sum(value < t for value in nearest)
            entry["n"] += len(nearest)
            entry["predicted_sum"] += stranger_rate(tail.pair_rate(t), size) * len(nearest)
            entry["distance_sum"] += t * len(nearest)
            entry["bases"][basis] = entry["bases"].get(basis, 0) + 1
    result = {}
    for label, entry in tally.items():
        n = entry["n"]
        low, high = wilson(entry["k"], n)
        predicted = entry["predicted_sum"] / max(1, n)
        verdict = "within" if low <= predicted <= high else ("over-predicts" if predicted > high else "under-predicts")
        result[label] = {"distance": entry["distance_sum"] / max(1, n), "k": entry["k"], "n": n,
                         "measured": entry["k"] / max(1, n), "low": low, "high": high, "predicted": predicted,
                         "bases": entry["bases"], "model": verdict}
    return result


def predicted_vs_measured(photos: Photos, identity: list[int], sizes: list[int], galleries: int,
                          seed: int) -> list[dict[str, object]]:
    identities = len(set(identity))
    rows = []
    # At least one identity left to be the stranger; a size cut to that appears once.
    for size in dict.fromkeys(min(size, identities - 1) for size in sizes):
        by_distance = _leave_one_out(photos, identity, size, galleries, random.Random(seed + size))
        rows.append({"members": size, "galleries": galleries, "distances": by_distance})
    return rows


def duplicates(photos: Photos, identity: list[int]) -> dict[str, object]:
    """Every faces-pairs photo one record of one list: what `possible_duplicates` reports, against the labels."""
    rows = [i for i, name in enumerate(photos.names) if not name.startswith("package:")]
    names = [photos.names[i] for i in rows]
    index = DescriptorIndex.from_rows(zip(names, photos.descriptors[rows]), approximate_from=None)
    reported = {(pair.a, pair.b): pair.distance for pair in ListCalibration.of(index).possible_duplicates()}
    enrolled = set(names)
    yes = {pair for pair, same in photos.labelled.items() if same and set(pair) <= enrolled}
    labelled_reported = [pair for pair in reported if pair in photos.labelled]
    person = dict(zip(photos.names, identity))
    same_identity = {(a, b) for a in names for b in names if a < b and person[a] == person[b]}
    position = {name: i for i, name in enumerate(photos.names)}

    def distance_of(pair: tuple[str, str]) -> float:
        return _pair_distance(photos, position[pair[0]], position[pair[1]])

    return {
        "photos": len(names),
        "reported": len(reported),
        "near_distance": NEAR_DISTANCE,
        "labels": {
            "yes_pairs": len(yes),
            "yes_reported": len(yes & set(reported)),
            "recall": len(yes & set(reported)) / max(1, len(yes)),
            "labelled_reported": len(labelled_reported),
            "precision": sum(photos.labelled[pair] for pair in labelled_reported) / max(1, len(labelled_reported)),
        },
        "identities": {
            "same_pairs": len(same_identity),
            "same_reported": len(same_identity & set(reported)),
            "recall": len(same_identity & set(reported)) / max(1, len(same_identity)),
            "precision": len(same_identity & set(reported)) / max(1, len(reported)),
        },
        "missed": sorted(({"a": a, "b": b, "distance": distance_of((a, b)), "labelled": (a, b) in yes}
                          for a, b in same_identity - set(reported)), key=lambda row: row["distance"]),
        "false_reports": sorted(({"a": a, "b": b, "distance": value,
                                  "labelled_no": photos.labelled.get((a, b)) is False}
                                 for (a, b), value in reported.items() if (a, b) not in same_identity),
                                key=lambda row: row["distance"]),
    }


def print_tail_check(rows: list[dict[str, object]]) -> None:
    labels = [key for key in rows[0] if key not in ("distance", "predicted", "above_edge")]
    print(f"{'t':>5} {'REFERENCE_TAIL p(t)':>19} " + " ".join(f"{label:>28}" for label in labels))
    for row in rows:
        cells = []
        for label in labels:
            cell = row[label]
            cells.append(f"{cell['k']:4d}/{cell['n']:<4d} {100 * cell['low']:5.2f}-{100 * cell['high']:5.2f}%")
        note = "  (t past the fit's edge: p is the edge's)" if row["above_edge"] else ""
        print(f"{row['distance']:5.3f} {100 * row['predicted']:18.4f}% " + " ".join(f"{c:>28}" for c in cells) + note)


def print_tails(rows: list[dict[str, object]]) -> None:
    print(f"{'tail fit':46} {'edge':>5} {'shape':>7} {'scale':>7} {'rate@edge':>9} {'pairs':>6} "
          f"{'p(0.545)':>9} {'p(0.6)':>9}")
    for row in rows:
        if row.get("fit", True) is None:
            print(f"{row['label']:46} (too few pairs to fit: fit_tail gives None)")
            continue
        print(f"{row['label']:46} {row['edge']:5.3f} {row['shape']:7.3f} {row['scale']:7.4f} "
              f"{row['rate_at_edge']:9.4f} {row['pairs']:6.0f} {row['pair_rate_0.545']:9.2e} "
              f"{row['pair_rate_0.6']:9.2e}")


def print_predicted(rows: list[dict[str, object]]) -> None:
    print(f"{'N':>3} {'distance t':>13} {'basis (galleries)':>22} {'predicted':>9} {'measured':>17} "
          f"{'95% interval':>15}  model")
    for row in rows:
        for label, entry in row["distances"].items():
            bases = ", ".join(f"{name} {count}" for name, count in sorted(entry["bases"].items()))
            shown = f"{label} {entry['distance']:.3f}" if label == "calibrated OK" else label
            print(f"{row['members']:3d} {shown:>13} {bases:>22} {100 * entry['predicted']:8.2f}% "
                  f"{entry['k']:5d}/{entry['n']:<5d} {100 * entry['measured']:5.2f}% "
                  f"{100 * entry['low']:6.2f}-{100 * entry['high']:5.2f}%  {entry['model']}")


def print_duplicates(result: dict[str, object]) -> None:
    labels, identities = result["labels"], result["identities"]
    print(f"{result['photos']} faces-pairs photos in one list: {result['reported']} possible duplicates reported "
          f"(pairs closer than {result['near_distance']})")
    print(f"  master.csv labels: recall {labels['yes_reported']}/{labels['yes_pairs']} = "
          f"{100 * labels['recall']:.1f}% (goal >= 95%), precision {100 * labels['precision']:.1f}% of the "
          f"{labels['labelled_reported']} reported pairs master.csv labels (goal >= 90%)")
    print(f"  union-find identities (all pairs): recall {identities['same_reported']}/{identities['same_pairs']} = "
          f"{100 * identities['recall']:.1f}%, precision {identities['same_reported']}/{result['reported']} = "
          f"{100 * identities['precision']:.1f}%")
    for row in result["missed"]:
        print(f"  missed: {row['a']} - {row['b']} at {row['distance']:.3f}"
              f"{' (a labelled Yes pair)' if row['labelled'] else ' (same identity through other pairs)'}")
    shown = result["false_reports"][:FALSE_REPORTS_SHOWN]
    for row in shown:
        print(f"  reported, not the same identity: {row['a']} - {row['b']} at {row['distance']:.3f}"
              f"{' (labelled No)' if row['labelled_no'] else ' (unlabelled)'}")
    if len(result["false_reports"]) > len(shown):
        print(f"  ... and {len(result['false_reports']) - len(shown)} more reported pairs not of one identity "
              f"(all in the JSON)")
