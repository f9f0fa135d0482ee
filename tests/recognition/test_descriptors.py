"""Tests for facestation.recognition.descriptors: detection scan, descriptors, the enrolment rule, safety."""

from __future__ import annotations

import multiprocessing
import pickle
import threading
from concurrent.futures import ProcessPoolExecutor

import cv2
import numpy as np
import pytest

from facestation.recognition import descriptors
from facestation.recognition.descriptors import (
    DESCRIPTOR_SIZE,
    DETECTION_MAX_SIDE,
    FACE_TOO_SMALL,
    MAX_OTHER_FACE_WIDTH_RATIO,
    MIN_ENROL_FACE_WIDTH,
    MULTIPLE_FACES_DETECTED,
    NO_FACE_DETECTED,
    DescribedFace,
    FaceAnalysis,
    describe_largest_face,
    detection_scale,
    distance,
    enrolment_problem,
    find_faces,
)
from facestation.vision.faces import Box, Face, detect_faces
from tests.support import portraits

from .images import face_crop, scene

PORTRAITS = ("grace_hopper", "astronaut")


def analysis_of(request: pytest.FixtureRequest, name: str) -> FaceAnalysis:
    return request.getfixturevalue({"grace_hopper": "grace_analysis", "astronaut": "astronaut_analysis"}[name])


# -- the package portraits --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", PORTRAITS)
def test_portrait_has_one_described_face(request: pytest.FixtureRequest, name: str) -> None:
    image = request.getfixturevalue(name)
    analysis = analysis_of(request, name)
    assert analysis.face_count == 1
    primary = analysis.primary
    assert primary is not None and primary.box == analysis.faces[0]
    assert primary.descriptor.dtype == np.float32 and primary.descriptor.shape == (DESCRIPTOR_SIZE,)
    assert np.all(np.isfinite(primary.descriptor)) and not primary.descriptor.flags.writeable
    # The box is in original pixels: a face, inside the image, 15-60 % of its width.
    height, width = image.shape[:2]
    assert 0.15 * width < primary.box.width < 0.6 * width
    assert 0 <= primary.box.left and primary.box.right <= width and 0 <= primary.box.top < primary.box.bottom <= height
    assert primary.face.landmarks.shape == (68, 2)
    assert enrolment_problem(analysis) is None


def test_mission_patch_false_positive_is_dropped(astronaut) -> None:
    # HOG also fires on the astronaut's mission patch (a face-sized box, score ~0.04) at this scan; it must
    # neither count as a second face nor be picked as the largest.
    scale = detection_scale(astronaut.shape[1], astronaut.shape[0])
    upsampled = cv2.resize(astronaut, None, fx=scale, fy=scale, interpolation=cv2.INTER_LINEAR)
    raw = detect_faces(upsampled)
    assert len(raw) > 1, "precondition: dlib's HOG reports the patch at this scale"
    faces = find_faces(astronaut)
    assert len(faces) == 1 and faces[0].box.top < 200  # the face is in the upper part, the patch low


def test_different_people_are_far_apart(grace_analysis, astronaut_analysis) -> None:
    assert distance(grace_analysis.primary.descriptor, astronaut_analysis.primary.descriptor) > 0.65


@pytest.mark.parametrize("name", PORTRAITS)
def test_mirrored_image_is_still_the_same_person(request: pytest.FixtureRequest, name: str) -> None:
    # Faces are not symmetric: mirroring moves the descriptor ~0.15-0.2, the largest of the ordinary edits.
    image, analysis = request.getfixturevalue(name), analysis_of(request, name)
    mirrored = describe_largest_face(np.ascontiguousarray(image[:, ::-1]))
    assert mirrored.primary is not None
    assert distance(mirrored.primary.descriptor, analysis.primary.descriptor) < 0.3


# -- detection scan -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("size", "expected"),
    [((4000, 3000), 0.2), ((800, 600), 1.0), ((640, 480), 1.25), ((512, 512), 1.5625), ((300, 200), 2.0)],
)
def test_detection_scale_targets_max_side_and_caps_upsampling(size, expected) -> None:
    assert detection_scale(*size) == pytest.approx(expected)


def test_twelve_megapixel_photo_is_scanned_small_and_described_alike(grace_hopper, grace_analysis, monkeypatch) -> None:
    factor = (12e6 / (grace_hopper.shape[0] * grace_hopper.shape[1])) ** 0.5
    big = cv2.resize(grace_hopper, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC)
    scanned: list[tuple[int, int]] = []
    real_detect = descriptors.detect_faces

    def spy(image, *, scale=1.0):
        scanned.append((round(image.shape[1] * min(scale, 1.0)), round(image.shape[0] * min(scale, 1.0))))
        return real_detect(image, scale=scale)

    monkeypatch.setattr(descriptors, "detect_faces", spy)
    analysis = describe_largest_face(big)
    # HOG never saw more than DETECTION_MAX_SIDE pixels on a side...
    assert scanned and max(max(size) for size in scanned) <= DETECTION_MAX_SIDE
    # ...the box maps back to the big image, and the descriptor barely moves (resampling noise is ~0.05-0.1).
    assert analysis.face_count == 1
    assert analysis.primary.box.width == pytest.approx(grace_analysis.primary.box.width * factor, rel=0.05)
    assert distance(analysis.primary.descriptor, grace_analysis.primary.descriptor) < 0.12


def test_small_photo_is_upsampled_so_small_faces_are_found(astronaut) -> None:
    # 256x256: the face is ~44 px, under HOG's 80-px window; the 2x scan finds it, so enrolment can say
    # "too small" rather than "no face".
    small = cv2.resize(astronaut, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    faces = find_faces(small)
    assert len(faces) == 1 and 30 < faces[0].box.width < 60


# -- no face, several faces, small faces ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "image",
    [
        pytest.param(np.dstack([np.tile(np.linspace(0, 255, 640).astype(np.uint8), (480, 1))] * 3), id="gradient"),
        pytest.param(np.full((600, 800, 3), 128, np.uint8), id="grey"),
        pytest.param(np.zeros((1, 1, 3), np.uint8), id="one-pixel"),
        pytest.param(np.zeros((10, 4000, 3), np.uint8), id="strip"),
    ],
)
def test_no_face(image) -> None:
    analysis = describe_largest_face(image)
    assert analysis.primary is None and analysis.faces == () and analysis.face_count == 0
    assert enrolment_problem(analysis) == NO_FACE_DETECTED


def test_two_similar_faces_are_ambiguous(astronaut, astronaut_analysis) -> None:
    crop = face_crop(astronaut, astronaut_analysis.primary.box)
    analysis = describe_largest_face(scene((crop, 1.0), (crop, 1.0)))
    assert analysis.face_count == 2
    assert enrolment_problem(analysis) == MULTIPLE_FACES_DETECTED


def test_the_same_face_twice_can_read_one_pyramid_step_apart(grace_hopper, grace_analysis) -> None:
    # Why the ratio leaves a step of margin: two identical faces, yet boxes of ~0.83 of each other.
    crop = face_crop(grace_hopper, grace_analysis.primary.box)
    analysis = describe_largest_face(scene((crop, 1.0), (crop, 1.0)))
    widths = [box.width for box in analysis.faces]
    assert len(widths) == 2 and MAX_OTHER_FACE_WIDTH_RATIO < widths[1] / widths[0] <= 1.0
    assert enrolment_problem(analysis) == MULTIPLE_FACES_DETECTED


def test_much_smaller_second_face_is_ignored(grace_hopper, astronaut, grace_analysis, astronaut_analysis) -> None:
    big = face_crop(grace_hopper, grace_analysis.primary.box)
    small = face_crop(astronaut, astronaut_analysis.primary.box)
    analysis = describe_largest_face(scene((big, 1.0), (small, 0.8)))
    assert analysis.face_count == 2, "the small face must be found for this test to mean anything"
    assert analysis.faces[1].width < MAX_OTHER_FACE_WIDTH_RATIO * analysis.faces[0].width
    assert enrolment_problem(analysis) is None
    # The described face is the big one, Grace Hopper.
    assert distance(analysis.primary.descriptor, grace_analysis.primary.descriptor) < 0.3


def test_small_face_is_too_small(astronaut) -> None:
    small = cv2.resize(astronaut, None, fx=0.6, fy=0.6, interpolation=cv2.INTER_AREA)
    analysis = describe_largest_face(small)
    assert analysis.face_count == 1 and analysis.primary.box.width < MIN_ENROL_FACE_WIDTH
    assert enrolment_problem(analysis) == FACE_TOO_SMALL


# -- the enrolment rule on exact sizes -------------------------------------------------------------------------


def synthetic(*widths: float) -> FaceAnalysis:
    boxes = tuple(Box(0, 0, w, w) for w in widths)
    if not boxes:
        return FaceAnalysis(faces=(), primary=None)
    face = Face(box=boxes[0], score=1.0, landmarks=np.zeros((68, 2)))
    primary = DescribedFace(box=boxes[0], descriptor=np.zeros(DESCRIPTOR_SIZE, np.float32), face=face, score=1.0)
    return FaceAnalysis(faces=boxes, primary=primary)


@pytest.mark.parametrize(
    ("widths", "expected"),
    [
        ((), NO_FACE_DETECTED),
        ((200,), None),
        ((MIN_ENROL_FACE_WIDTH,), None),
        ((MIN_ENROL_FACE_WIDTH - 0.5,), FACE_TOO_SMALL),
        ((200, 119), None),  # 0.595 of the width
        ((200, 120), MULTIPLE_FACES_DETECTED),  # exactly 0.6
        ((200, 200), MULTIPLE_FACES_DETECTED),
        ((200, 50, 40, 119), None),  # any number of much smaller faces
        ((200, 50, 150), MULTIPLE_FACES_DETECTED),  # the similar one need not be second
        ((60, 50), MULTIPLE_FACES_DETECTED),  # ambiguity is reported before size
    ],
)
def test_enrolment_rule(widths, expected) -> None:
    assert enrolment_problem(synthetic(*widths)) == expected


# -- inputs, distance, safety ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "image",
    [
        pytest.param(np.zeros((100, 100), np.uint8), id="grey-2d"),
        pytest.param(np.zeros((100, 100, 4), np.uint8), id="bgra"),
        pytest.param(np.zeros((100, 100, 3), np.float32), id="float"),
        pytest.param(np.zeros((0, 100, 3), np.uint8), id="empty"),
        pytest.param([[0, 0, 0]], id="list"),
    ],
)
def test_rejects_what_is_not_a_bgr_image(image) -> None:
    with pytest.raises(ValueError):
        describe_largest_face(image)


def test_distance_is_euclidean() -> None:
    rng = np.random.default_rng(1)
    a, b = rng.normal(size=(2, DESCRIPTOR_SIZE)).astype(np.float32)
    assert distance(a, b) == pytest.approx(float(np.linalg.norm(a.astype(np.float64) - b)), rel=1e-12)
    assert distance(a, b) == distance(b, a) and distance(a, a) == 0.0


def test_analysis_survives_pickling(grace_analysis) -> None:
    # Results cross process boundaries (a process pool in the service).
    copy = pickle.loads(pickle.dumps(grace_analysis))
    assert copy.faces == grace_analysis.faces
    np.testing.assert_array_equal(copy.primary.descriptor, grace_analysis.primary.descriptor)
    np.testing.assert_array_equal(copy.primary.face.landmarks, grace_analysis.primary.face.landmarks)


def _describe_portrait(name: str) -> np.ndarray:
    primary = describe_largest_face(portraits.package_portraits()[name]).primary
    assert primary is not None
    return np.array(primary.descriptor)


@pytest.mark.slow
def test_worker_processes_give_the_same_descriptors(grace_analysis, astronaut_analysis) -> None:
    # "spawn" starts clean interpreters, as on Windows and macOS: each loads its own models.
    with ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("spawn")) as pool:
        results = list(pool.map(_describe_portrait, ["grace_hopper", "astronaut", "grace_hopper", "astronaut"]))
    expected = [grace_analysis.primary.descriptor, astronaut_analysis.primary.descriptor] * 2
    for got, want in zip(results, expected, strict=True):
        np.testing.assert_allclose(got, want, atol=1e-6)


def test_threads_take_turns_safely(grace_hopper, astronaut, grace_analysis, astronaut_analysis) -> None:
    # Three threads on differently sized images: without the detector lock this segfaults within a few runs.
    larger = cv2.resize(grace_hopper, None, fx=1.5, fy=1.5, interpolation=cv2.INTER_CUBIC)
    images = [grace_hopper, astronaut, larger]
    expected = [grace_analysis.primary.descriptor, astronaut_analysis.primary.descriptor,
                describe_largest_face(larger).primary.descriptor]
    mismatches: list[int] = []
    errors: list[BaseException] = []

    def work(which: int) -> None:
        try:
            for _ in range(6):
                got = describe_largest_face(images[which]).primary.descriptor
                if not np.array_equal(got, expected[which]):
                    mismatches.append(which)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(which,)) for which in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and mismatches == []


# -- real photos ------------------------------------------------------------------------------------------------


@pytest.mark.dataset
@pytest.mark.slow
def test_every_dataset_photo_has_a_face(face_pairs) -> None:
    # The datasets README: all 64 faces are found.
    assert len(face_pairs.faces) >= 60
    assert [name for name, face in face_pairs.faces.items() if face is None] == []
    problems = {name: enrolment_problem(a) for name, a in face_pairs.analyses.items() if enrolment_problem(a)}
    # Only the two group photos are refused: a couple side by side, and a selfie of four.
    assert problems == {"couple.jpg": MULTIPLE_FACES_DETECTED, "selfie-many-people.jpg": MULTIPLE_FACES_DETECTED}
