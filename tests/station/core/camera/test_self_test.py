"""The camera self-test's measuring core: pure measures on known inputs, then whole runs on photos of a compliant
portrait and of degraded copies (tests/support/degrade.py, plus noise, a blue cast and a bright window behind
the head), each built far outside the limit it targets so the verdict cannot flip with a small change. The
analysis-rate line depends on this machine's load and is never asserted here."""

from __future__ import annotations

import ast
import dataclasses
import math
import threading
import time
from pathlib import Path

import cv2
import numpy as np
import pytest

from facestation.station.core.camera import self_test_lines
from facestation.station.core.camera.self_test import (
    ADULT_INTER_EYE_MM,
    CHECK_TITLES,
    SelfTestLine,
    SelfTestReport,
    colour_cast,
    distance_range,
    face_noise,
    run_self_test,
)
from facestation.station.core.camera.self_test_lines import auto_capture_line
from facestation.station.core.camera.sources import ImageFileSource
from facestation.vision import quality
from facestation.vision.faces import BGRImage
from facestation.vision.guidance import Guidance, Issue
from facestation.vision.measures import head_box
from tests.support.degrade import DEGRADATIONS
from tests.support.portraits import CompliantBase, webcam_frame

SECONDS = 2.0
PICTURE_CHECKS = ("resolution", "frame rate", "exposure", "backlight", "noise", "focus", "colour", "distance")
ALL_CHECKS = (*PICTURE_CHECKS, "auto-capture", "analysis rate")


def degradation(name: str):
    return next(item for item in DEGRADATIONS if item.name == name)


def webcam(base: CompliantBase) -> BGRImage:
    # 115 px between the eyes in a 1280x720 frame: 1.3x the resolution minimum, the head well under the
    # "too close" limits of the 540-px-wide portrait region.
    return webcam_frame(base.photo, base.face, eye_distance=115, size=(1280, 720))


def noisy(image: BGRImage) -> BGRImage:
    # Sigma 30 levels: a webcam at full gain in a dark room; the limit is 8.
    noise = np.random.default_rng(7).normal(0, 30, image.shape)
    return np.clip(image.astype(np.float32) + noise, 0, 255).astype(np.uint8)


def blue_cast(image: BGRImage) -> BGRImage:
    # Red at 0.55x, blue at 1.35x: daylight on a camera balanced for tungsten. Skin hue ~160° against 20-85°.
    return np.clip(image.astype(np.float32) * np.array([1.35, 1.0, 0.55], np.float32), 0, 255).astype(np.uint8)


def backlit(image: BGRImage) -> BGRImage:
    # A bright window (luma ~235) everywhere beside and above the head; the face stays as lit as before (~140).
    face = quality.analyze(image).face
    assert face is not None
    head = head_box(face)
    result = image.copy()
    window = np.ones(image.shape[:2], bool)
    window[int(head.top):, int(head.left):int(head.right) + 1] = False
    window[int(head.bottom):, :] = False
    result[window] = 235
    return result


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory, compliant_base: CompliantBase) -> dict[str, SelfTestReport]:
    folder = tmp_path_factory.mktemp("self-test")
    base, face = compliant_base, compliant_base.portrait_face
    frame = webcam(base)
    images = {
        "good": frame,
        "too dark": degradation("too dark").apply(base.photo, base.face, frame, face),
        "blurred": cv2.GaussianBlur(frame, (0, 0), 0.06 * 115),  # degrade.py's blur, at this frame's eye distance
        "noisy": noisy(frame),
        "blue": blue_cast(frame),
        "backlit": backlit(frame),
    }
    results = {}
    for name, image in images.items():
        path = folder / f"{name}.png"
        assert cv2.imwrite(str(path), image)
        results[name] = run_self_test(ImageFileSource(path), seconds=SECONDS)
    return results


def verdicts(report: SelfTestReport) -> dict[str, str]:
    return {line.check: line.verdict for line in report.lines}


def test_a_good_portrait_passes_every_picture_check(reports) -> None:
    report = reports["good"]
    assert tuple(line.check for line in report.lines) == ALL_CHECKS
    assert report.frames_with_face > 0 and not report.errors
    assert {check: verdicts(report)[check] for check in PICTURE_CHECKS} == dict.fromkeys(PICTURE_CHECKS, "pass")
    assert verdicts(report)["auto-capture"] == "pass"
    distance = report.line("distance").value
    assert distance["nearest"] < 1 < distance["farthest"]
    assert "as far as during the test" in report.line("distance").sentence
    assert report.line("resolution").value == {"width": 1280, "height": 720, "asked": None}
    assert all(line.sentence.endswith(".") for line in report.lines)


@pytest.mark.parametrize(("variant", "check", "words"), [
    ("too dark", "exposure", "too dark"),
    ("blurred", "focus", "blurred"),
    ("noisy", "noise", "grainy"),
    ("blue", "colour", "blue cast"),
    ("backlit", "backlight", "brighter than the face"),
])
def test_each_degradation_gets_its_advice(reports, variant, check, words) -> None:
    line = reports[variant].line(check)
    assert line.verdict == "advice", line
    assert words in line.sentence
    assert not reports[variant].passed


def test_the_report_as_json() -> None:
    report = SelfTestReport("Photo: x.png", 2.0, 30, 20, 20, ())
    assert report.passed and report.to_json()["lines"] == []
    assert SelfTestReport("x", 0.0, 0, 0, 0, ()).source_failed


def test_distance_range_scales_with_the_face_size() -> None:
    # 135 px between the eyes against a minimum of 90: 1.5x as far; the head at 0.6 of the region's width
    # against 0.75: as close as 0.8x.
    reach = distance_range(135.0, 0.6, 0.5, 1280)
    assert reach.farthest == pytest.approx(1.5) and reach.nearest == pytest.approx(0.8)
    assert reach.stood_at_m is None
    # A 90° field of view across 1280 px: focal length 640 px, so 63 mm at 135 px is 0.3 m away.
    known = distance_range(135.0, 0.6, 0.5, 1280, horizontal_fov_degrees=90.0)
    assert known.stood_at_m == pytest.approx(640 * ADULT_INTER_EYE_MM / 135 / 1000)
    assert known.farthest_m == pytest.approx(known.stood_at_m * 1.5)
    assert math.isclose(known.nearest_m, known.stood_at_m * 0.8)


def test_noise_and_colour_measures(compliant_base: CompliantBase) -> None:
    frame = webcam(compliant_base)
    face = quality.analyze(frame).face
    assert face is not None
    # Per-channel sigma 30 is about 20 in luma (0.30, 0.59, 0.11 weights): far past the limit of 8.
    assert face_noise(frame, face) < 3
    assert face_noise(noisy(frame), face) > 15
    a, b = colour_cast(frame, face)
    assert 20 < math.degrees(math.atan2(b, a)) < 85
    a, b = colour_cast(blue_cast(frame), face)
    assert math.degrees(math.atan2(b, a)) > 120


def test_a_photo_without_a_face_advises_on_every_face_line(tmp_path: Path) -> None:
    path = tmp_path / "wall.png"
    assert cv2.imwrite(str(path), np.full((480, 640, 3), 128, np.uint8))
    report = run_self_test(ImageFileSource(path), seconds=0.5)
    assert report.frames_read > 0 and report.frames_with_face == 0
    for check in ("exposure", "backlight", "noise", "focus", "colour", "distance", "auto-capture"):
        assert report.line(check).verdict == "advice"
        assert "No face was seen" in report.line(check).sentence or "no face was seen" in report.line(check).sentence


def marked_templates() -> set[str]:
    """Every literal lupdate collects from the lines module: QT_TRANSLATE_NOOP("SelfTest", "...") calls."""
    source = Path(self_test_lines.__file__).read_text(encoding="utf-8")
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP":
            context, text = node.args
            assert isinstance(context, ast.Constant) and context.value == "SelfTest"
            assert isinstance(text, ast.Constant), "lupdate collects literals only"
            found.add(text.value)
    return found


def test_every_sentence_is_a_marked_template_filled_with_its_params(reports) -> None:
    marked = marked_templates()
    for report in reports.values():
        for line in report.lines:
            assert line.template in marked, line
            assert line.sentence == line.template.format(**line.params)
            assert SelfTestLine.from_record(line.to_record()) == line
    assert set(CHECK_TITLES.values()) <= marked and tuple(CHECK_TITLES) == ALL_CHECKS


def test_auto_capture_advice_quotes_the_guidance_by_its_key(compliant_base: CompliantBase) -> None:
    report = dataclasses.replace(quality.analyze(webcam(compliant_base)),
                                 issues=(Issue(Guidance.TOO_FAR, "interEyeDistance"),))
    line = auto_capture_line(None, [report, report])
    assert line.value == {"guidance": "TOO_FAR"} and line.params == {"guidance": "Come closer"}
    assert line.sentence == "Auto-capture did not fire: the guidance shown most often was \u201cCome closer\u201d."


def test_results_pass_through_and_stop_ends_the_run_early(tmp_path: Path, compliant_base: CompliantBase) -> None:
    path = tmp_path / "good.png"
    assert cv2.imwrite(str(path), webcam(compliant_base))
    stop = threading.Event()
    seen: list[float] = []

    def on_result(result, seconds: float) -> None:
        assert result.report is not None
        seen.append(seconds)
        stop.set()  # as the dialog's Cancel does

    started = time.monotonic()
    report = run_self_test(ImageFileSource(path), seconds=30.0, stop=stop, on_result=on_result)
    assert seen and all(0 <= seconds < 30 for seconds in seen)
    assert time.monotonic() - started < 20  # far less than the 30 s asked for
    assert report.frames_analysed >= 1 and len(report.lines) == len(ALL_CHECKS)
