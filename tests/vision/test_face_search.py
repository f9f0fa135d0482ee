"""FaceSearch: tracking the face between live frames gives the stateless live scan's verdicts for less work.

The frames are real portraits (Grace Hopper, the astronaut) placed in 1280x720 "webcam" frames by
tests.support.portraits.webcam_frame, and scikit-image's coffee photo as a room with nobody in it.
Distances are built well clear of the resolution limit (inter-eye 90 px): far frames at 40-70 px, near ones
at 100-116 px, so landmark jitter (a 1-px change of the detector box moves the eye distance by up to ~3 %)
cannot flip a verdict between the two searches.
"""

from __future__ import annotations

import functools
import math

import cv2
import numpy as np
import pytest

from facestation.vision import quality
from facestation.vision.face_search import FaceSearch, SearchSettings
from facestation.vision.faces import BGRImage, Box, detect_faces, locate_landmarks
from facestation.vision.guidance import Guidance
from tests.support import portraits

SIZE = (1280, 720)
REGION = quality.centred_portrait_region(*SIZE)
# Verdicts decided by which faces are found (the rest follow from the landmarks of the same face).
DETECTION_GUIDANCE = {Guidance.NO_FACE.message, Guidance.MULTIPLE_FACES.message, Guidance.TOO_FAR.message}


@functools.cache
def _people() -> dict[str, tuple[BGRImage, object]]:
    base = portraits.compliant_base()
    astronaut = portraits.astronaut()
    return {
        "grace": (base.photo, base.face),
        "astronaut": (astronaut, locate_landmarks(astronaut, detect_faces(astronaut)[0])),
    }


def person(eye_distance: float, x: float = 0.5, y: float = 0.42, who: str = "grace") -> BGRImage:
    photo, face = _people()[who]
    return portraits.webcam_frame(photo, face, eye_distance=eye_distance, size=SIZE, eye_at=(x, y))


def two_people(eye_distance: float) -> BGRImage:
    """Grace at the left third, the astronaut at the right edge (beside, not inside, the framing guide)."""
    frame = person(eye_distance, x=0.4)
    frame[:, 880:] = person(eye_distance, x=0.86, y=0.45, who="astronaut")[:, 880:]
    return frame


@functools.cache
def empty_room() -> BGRImage:
    from skimage import data

    return np.ascontiguousarray(cv2.resize(data.coffee()[:, :, ::-1], SIZE, interpolation=cv2.INTER_LINEAR))


def sway(index: int, amplitude: float = 0.004) -> float:
    """A person standing "still" sways a few pixels (amplitude in frame widths)."""
    return amplitude * math.sin(index * 0.9)


@functools.cache
def walk_up_sequence() -> tuple[tuple[str, BGRImage], ...]:
    frames: list[tuple[str, BGRImage]] = []
    frames += [("far", person(40 + 3 * i, x=0.5 + sway(i))) for i in range(11)]  # 40..70 px: "Come closer"
    frames += [("near", person(100 + 2 * i, x=0.5 + sway(i))) for i in range(9)]  # 100..116 px
    frames += [("near", person(110, x=0.4 + sway(i))) for i in range(3)]
    frames += [("two", two_people(110)) for _ in range(12)]  # a second person steps in...
    frames += [("near", person(110, x=0.4 + sway(i))) for i in range(12)]  # ...and leaves
    frames += [("jump", person(110, x=0.4 + 0.05 * (i % 3))) for i in range(6)]  # 64-px moves
    frames += [("leaving", person(110, x=0.6 + 0.12 * i)) for i in range(5)]  # out at the right edge
    frames += [("empty", empty_room()) for _ in range(4)]
    frames += [("near", person(105, x=0.5 + sway(i))) for i in range(6)]
    return tuple(frames)


@functools.cache
def compared() -> tuple[list[str], list[quality.QualityReport], list[quality.QualityReport], list[tuple[str, ...]]]:
    search = FaceSearch()
    kinds, stateless, tracked, scans = [], [], [], []
    for kind, frame in walk_up_sequence():
        kinds.append(kind)
        stateless.append(quality.analyze(frame, region=REGION))
        tracked.append(quality.analyze(frame, region=REGION, search=search))
        scans.append(search.last_scans)
    return kinds, stateless, tracked, scans


def iou(a: Box, b: Box) -> float:
    inter = a.intersection_area(b)
    return inter / (a.area + b.area - inter)


def stale_frames(stateless: list[quality.QualityReport], staleness: int) -> set[int]:
    """Frames within `staleness` frames after the stateless face count changed."""
    counts = [report.measures.get("faceCount", 0) for report in stateless]
    return {i + k for i in range(1, len(counts)) if counts[i] != counts[i - 1] for k in range(staleness + 1)}


def test_the_sequence_covers_every_case_it_claims_to() -> None:
    kinds, stateless, _, _ = compared()
    guidance = {kind: {report.guidance for k, report in zip(kinds, stateless) if k == kind} for kind in set(kinds)}
    assert guidance["far"] == {Guidance.TOO_FAR.message}
    assert guidance["two"] == {Guidance.MULTIPLE_FACES.message}
    assert guidance["empty"] == {Guidance.NO_FACE.message}
    assert Guidance.NO_FACE.message in guidance["leaving"]
    assert not guidance["near"] & DETECTION_GUIDANCE


def test_tracking_finds_the_same_main_face_as_the_stateless_scan() -> None:
    kinds, stateless, tracked, _ = compared()
    offsets, eye_errors = [], []
    for index, (kind, alone, followed) in enumerate(zip(kinds, stateless, tracked, strict=True)):
        assert (alone.face is None) == (followed.face is None), f"frame {index}"
        if alone.face is None or kind == "far":
            # Far away the stateless scan switches between its two scales (fast when its weak detection
            # fires, finer otherwise) and its boxes jump by pyramid levels; only its verdict is compared.
            continue
        # The same face: the boxes overlap well even when dlib prefers the next pyramid level in the crop.
        assert iou(alone.face.box, followed.face.box) >= 0.6, f"frame {index}"
        offsets.append(math.dist(alone.face.box.center, followed.face.box.center))
        measured = alone.checks[quality.RESOLUTION].value, followed.checks[quality.RESOLUTION].value
        eye_errors.append(abs(measured[1] / measured[0] - 1))
    # On most frames the crop lands on the whole-frame scan's grid: the same box to a pixel or two...
    assert float(np.median(offsets)) <= 5.0
    # ...and the eye distance within landmark jitter (a 1-px box change moves it by up to ~3 %). A frame
    # where dlib picks the box one level larger in the crop misplaces it more (measured: 3 of 52 frames
    # 16-29 %, all still "big enough", as the guidance test checks); the 90th percentile stays small.
    assert float(np.median(eye_errors)) <= 0.03
    assert float(np.percentile(eye_errors, 90)) <= 0.12


def test_tracking_counts_faces_as_the_stateless_scan_within_the_stated_staleness() -> None:
    _, stateless, tracked, _ = compared()
    allowed = stale_frames(stateless, FaceSearch().settings.full_scan_every - 1)
    differing = [
        index for index, (alone, followed) in enumerate(zip(stateless, tracked))
        if alone.measures.get("faceCount") != followed.measures.get("faceCount")
    ]
    assert set(differing) <= allowed
    # A second person is noticed at the latest by the next whole-frame scan: some two-face frames agree.
    kinds = compared()[0]
    two = [i for i, kind in enumerate(kinds) if kind == "two"]
    assert any(tracked[i].measures["faceCount"] == 2 for i in two)


def test_tracking_gives_the_same_guidance_as_the_stateless_scan() -> None:
    _, stateless, tracked, _ = compared()
    stale = stale_frames(stateless, FaceSearch().settings.full_scan_every - 1)
    for index, (alone, followed) in enumerate(zip(stateless, tracked)):
        if index in stale:
            continue
        if alone.guidance in DETECTION_GUIDANCE:
            assert followed.guidance == alone.guidance, f"frame {index}"
        else:
            assert followed.guidance not in DETECTION_GUIDANCE, f"frame {index}"
        for check in (quality.ONE_FACE, quality.RESOLUTION):
            assert followed.checks[check].passed == alone.checks[check].passed, f"frame {index}: {check}"


def test_most_tracked_frames_scan_only_near_the_last_face() -> None:
    kinds, _, _, scans = compared()
    settings = FaceSearch().settings
    near = [scans[i] for i, kind in enumerate(kinds) if kind == "near"]
    whole_scans = sum(1 for frame in near if "fast" in frame or "fine" in frame)
    assert whole_scans <= math.ceil(len(near) / settings.full_scan_every) + 2  # + re-acquiring after "empty"
    assert sum(frame == ("near",) for frame in near) >= len(near) - whole_scans


def test_an_empty_room_costs_the_fast_scan_and_only_now_and_then_the_finer_one() -> None:
    search = FaceSearch(SearchSettings(fine_scan_every=5))
    scans = []
    for _ in range(15):
        assert quality.analyze(empty_room(), region=REGION, search=search).face is None
        scans.append(search.last_scans)
    assert scans == [("fast", "fine"), ("fast",), ("fast",), ("fast",), ("fast",)] * 3


def test_a_far_person_appearing_is_found_by_the_next_finer_scan() -> None:
    search = FaceSearch(SearchSettings(fine_scan_every=4))
    for _ in range(2):  # the first frame runs the finer scan, so the next one is due on the 5th frame
        assert quality.analyze(empty_room(), search=search).face is None
    seen = [quality.analyze(person(40), region=REGION, search=search) for _ in range(4)]  # too far for "fast"
    assert [report.face is not None for report in seen] == [False, False, True, True]
    assert seen[2].guidance == seen[3].guidance == Guidance.TOO_FAR.message
    assert search.last_scans == ("near",)  # and from then on it is followed


def test_tracking_recovers_after_losing_the_face() -> None:
    search = FaceSearch()
    quality.analyze(person(105, x=0.3), region=REGION, search=search)
    assert search.tracking
    # Further in one frame than the crop's margin: the crop misses, the whole frame is scanned at once.
    moved = person(105, x=0.7)
    report = quality.analyze(moved, region=REGION, search=search)
    assert search.last_scans == ("near", "fast")
    expected = quality.analyze(moved, region=REGION)
    assert report.face is not None and expected.face is not None
    assert report.face.box == expected.face.box  # the whole-frame scan's own answer
    quality.analyze(person(105, x=0.705), region=REGION, search=search)
    assert search.last_scans == ("near",)  # followed again from the new place
    # Gone: nothing near, nothing anywhere (fast, then finer, as the stateless scan), then the fast scan only.
    assert quality.analyze(empty_room(), region=REGION, search=search).face is None
    assert search.last_scans == ("near", "fast", "fine") and not search.tracking
    assert quality.analyze(empty_room(), region=REGION, search=search).face is None
    assert search.last_scans == ("fast",)


def test_reset_and_a_new_frame_size_start_from_a_whole_frame_scan() -> None:
    search = FaceSearch()
    frame = person(105)
    quality.analyze(frame, search=search)
    quality.analyze(frame, search=search)
    assert search.last_scans == ("near",)
    search.reset()
    quality.analyze(frame, search=search)
    assert search.last_scans == ("fast",)
    smaller = cv2.resize(frame, (640, 360), interpolation=cv2.INTER_AREA)
    quality.analyze(smaller, search=search)
    assert search.last_scans[0] == "fast"


def test_thorough_analysis_ignores_the_search() -> None:
    search = FaceSearch()
    frame = person(105)
    thorough = quality.analyze(frame, thorough=True, search=search)
    assert search.last_scans == () and not search.tracking
    assert thorough.face is not None
    assert thorough.face.box == quality.analyze(frame, thorough=True).face.box


@pytest.mark.parametrize("settings", [{"full_scan_every": 0}, {"fine_scan_every": 0}, {"margin": -0.1}])
def test_settings_out_of_range_are_refused_with_a_sentence(settings: dict) -> None:
    with pytest.raises(ValueError, match="must be"):
        SearchSettings(**settings)


def test_a_non_image_is_refused_with_a_sentence() -> None:
    with pytest.raises(ValueError, match="BGR image"):
        FaceSearch().find(np.zeros((4, 4), np.uint8), fast_scale=0.5, fine_scale=1.0)
