"""Head pose: the mean-face fit recovers known rotations, is symmetric, shrugs off a misplaced landmark, and
reads the same yaw for the same head under pose-neutral changes of the picture."""

from __future__ import annotations

import functools
import math

import numpy as np
import pytest

from facestation.vision import pose, quality
from facestation.vision.face_search import FaceSearch
from facestation.vision.faces import Face, detect_faces, locate_landmarks
from tests.support import portraits
from tests.support.pose_variants import kiosk_frame, mirrored, pose_neutral_variants


def rotation(yaw: float, pitch: float, roll: float) -> np.ndarray:
    """Model-to-camera rotation Rx(pitch)·Ry(yaw)·Rz(roll) (y down, z towards the camera), signed as pose.PoseFit."""
    y, p, r = (math.radians(angle) for angle in (yaw, pitch, roll))
    about_y = np.array([[math.cos(y), 0, math.sin(y)], [0, 1, 0], [-math.sin(y), 0, math.cos(y)]])
    about_x = np.array([[1, 0, 0], [0, math.cos(p), -math.sin(p)], [0, math.sin(p), math.cos(p)]])  # chin up: nose up
    about_z = np.array([[math.cos(r), -math.sin(r), 0], [math.sin(r), math.cos(r), 0], [0, 0, 1]])
    return about_x @ about_y @ about_z


def projected(yaw: float, pitch: float, roll: float, *, noise_px: float = 0.0, seed: int = 0) -> np.ndarray:
    """The mean face turned and projected by a scaled orthographic camera (1.6 px/mm: ~100 px between the
    eyes), placed at (320, 240), with seeded landmark noise."""
    points = 1.6 * (pose.MEAN_FACE_MM @ rotation(yaw, pitch, roll).T)[:, :2] + (320.0, 240.0)
    return points + np.random.default_rng(seed).normal(0.0, noise_px, points.shape)


@pytest.mark.parametrize(("yaw", "pitch", "roll"), [(0, 0, 0), (7, 0, 0), (-20, 0, 0), (0, 10, 0), (0, -10, 0),
                                                    (12, -6, 4), (-5, 8, -9)])
def test_a_known_rotation_is_recovered(yaw: float, pitch: float, roll: float) -> None:
    fit = pose.fit_pose(projected(yaw, pitch, roll, noise_px=0.5, seed=abs(yaw * 100 + pitch)))
    assert fit.yaw == pytest.approx(yaw, abs=0.7)
    assert fit.pitch == pytest.approx(pitch, abs=0.7)
    assert fit.roll == pytest.approx(roll, abs=0.7)
    assert fit.residual < 0.02


def test_the_mirror_image_reads_the_opposite_yaw_and_roll() -> None:
    points = projected(9, 4, 3, noise_px=1.0, seed=1)
    fit, flipped = pose.fit_pose(points), pose.fit_pose(pose.mirror_landmarks(points, 640))
    assert flipped.yaw == pytest.approx(-fit.yaw, abs=1e-6)
    assert flipped.pitch == pytest.approx(fit.pitch, abs=1e-6)
    assert flipped.roll == pytest.approx(-fit.roll, abs=1e-6)


def test_the_mean_face_is_symmetric() -> None:
    model = pose.MEAN_FACE_MM
    assert np.allclose(model[pose.MIRRORED_INDEX] * (-1, 1, 1), model)
    assert sorted(pose.MIRRORED_INDEX) == list(range(68))


def test_misplaced_landmarks_barely_move_the_pose() -> None:
    """Four points 15 px off (a quarter of the eye width: an eye corner caught on a glasses frame, a jaw point
    on the collar) move the robust fit by under a degree."""
    points = projected(0, 0, 0, noise_px=0.5, seed=2)
    spoiled = points.copy()
    spoiled[[36, 45, 3, 13]] += (15.0, 0.0)
    fit = pose.fit_pose(spoiled)
    assert abs(fit.yaw) < 1.0 and abs(fit.pitch) < 1.0


# -- real photos -----------------------------------------------------------------------------------------------


@functools.cache
def _located(name: str) -> tuple[np.ndarray, Face]:
    photo = portraits.package_portraits()[name]
    return photo, locate_landmarks(photo, detect_faces(photo)[0])


@pytest.mark.parametrize("thorough", [False, True], ids=["fast", "thorough"])
@pytest.mark.parametrize("name", ["grace_hopper", "astronaut"])
def test_pose_neutral_changes_keep_the_yaw(name: str, thorough: bool) -> None:
    """benchmarks/pose_stability.py's measure on the package portraits. Its goal is a spread of 3° and a mirror
    error of 1.5° (measured: 0.2-2.3° and 0.2-0.9°); the test allows 4° and 2° for other CPUs and library
    releases. The six-point estimate this replaced read 4.2° and 7.8° on grace_hopper."""
    photo, face = _located(name)
    variants = pose_neutral_variants(photo, face)
    yaws = {label: quality.analyze(image, thorough=thorough).measures["yaw"] for label, image in variants.items()}
    assert max(yaws.values()) - min(yaws.values()) <= 4.0, yaws
    flipped = quality.analyze(mirrored(variants["base"]), thorough=thorough).measures["yaw"]
    assert abs(flipped + yaws["base"]) <= 2.0
    assert all(abs(yaw) <= 4.0 for yaw in yaws.values()), "a frontal portrait reads frontal, well inside 7°"


def test_live_frames_read_the_pose_of_the_still_photo() -> None:
    """A tracked live stream of one frame (landmarks started from the last frame's, one mirror run, the median
    of the last five) settles within a degree or two of the still-photo estimate of the same frame."""
    photo, face = _located("grace_hopper")
    frame = kiosk_frame(photo, face)
    search = FaceSearch()
    live = [quality.analyze(frame, search=search).measures["yaw"] for _ in range(6)]
    assert search.last_scans == ("near",)
    still = quality.analyze(frame).measures["yaw"]
    assert live[-1] == pytest.approx(still, abs=2.0)


@pytest.mark.dataset
@pytest.mark.parametrize("thorough", [False, True], ids=["fast", "thorough"])
def test_turned_heads_read_turned_and_frontal_ones_frontal(datasets, thorough: bool) -> None:
    """The source photos of shared/datasets/camera/walk-up-*: img11 and img13 are turned (measured 10.6° and
    -13.5°), img3 and img10 frontal (-2.3°, -3.5°); the isFrontal limit of 7° sits between them."""
    from facestation.vision.imageio import load_image

    yaw = {name: quality.analyze(load_image(datasets / "faces-pairs" / name), thorough=thorough).measures["yaw"]
           for name in ("img11.jpg", "img13.jpg", "img3.jpg", "img10.jpg")}
    assert yaw["img11.jpg"] > 8.0 and yaw["img13.jpg"] < -10.0, yaw
    assert abs(yaw["img3.jpg"]) < 5.0 and abs(yaw["img10.jpg"]) < 5.0, yaw
