"""Fixtures for the recognition tests: the package portraits and the faces-pairs photos, described once.

Descriptors are computed once per session (~100 ms each, ~10 s for faces-pairs) and shared; their arrays are
read-only, so a test cannot change what another sees. Image helpers are in `images.py`.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import pytest

from facestation.recognition.descriptors import (
    DescribedFace,
    FaceAnalysis,
    describe_largest_face,
)
from facestation.vision.faces import BGRImage
from facestation.vision.imageio import load_image


@pytest.fixture(scope="session")
def grace_analysis(grace_hopper: BGRImage) -> FaceAnalysis:
    return describe_largest_face(grace_hopper)


@pytest.fixture(scope="session")
def astronaut_analysis(astronaut: BGRImage) -> FaceAnalysis:
    return describe_largest_face(astronaut)


@dataclass(frozen=True)
class FacePairs:
    """faces-pairs described by the real pipeline, and master.csv as (file_x, file_y, same person)."""

    faces: dict[str, DescribedFace | None]
    analyses: dict[str, FaceAnalysis]
    pairs: list[tuple[str, str, bool]]


@pytest.fixture(scope="session")
def face_pairs(datasets: Path) -> FacePairs:
    folder = datasets / "faces-pairs"
    analyses = {path.name: describe_largest_face(load_image(path)) for path in sorted(folder.glob("*.jpg"))}
    with open(folder / "master.csv", newline="") as handle:
        pairs = [(r["file_x"], r["file_y"], r["Decision"].strip().lower() == "yes") for r in csv.DictReader(handle)]
    return FacePairs({name: a.primary for name, a in analyses.items()}, analyses, pairs)
