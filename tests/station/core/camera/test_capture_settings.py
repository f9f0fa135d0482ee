"""The station's auto-capture settings as the pipeline sees them: off is None, frames and stillness map to the
gate's limits, the default stillness is the gate's measured default, and the mapped gate really lets a still
face through and stops a drifting one (fed through `AutoCapture` with real reports of a real portrait)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from facestation.station.core.camera.capture_settings import auto_capture_settings
from facestation.station.core.config import StationConfig
from facestation.vision import quality
from facestation.vision.capture import AutoCapture, AutoCaptureSettings
from facestation.vision.faces import BGRImage, Face
from facestation.vision.quality import QualityReport


def test_auto_capture_off_means_no_gate() -> None:
    assert auto_capture_settings(StationConfig(auto_capture=False)) is None


def test_the_default_settings_are_the_gate_s_defaults() -> None:
    # 0.075 face widths = 0.15 inter-eye distances (a face box is about two wide): today's gate, unchanged.
    assert StationConfig().auto_capture_stillness == pytest.approx(0.075)
    settings = auto_capture_settings(StationConfig())
    assert settings is not None
    defaults = AutoCaptureSettings()
    assert settings.frames_required == defaults.frames_required == StationConfig().auto_capture_frames
    assert settings.max_drift == pytest.approx(defaults.max_drift)
    assert settings.max_median_step == pytest.approx(defaults.max_median_step)


@pytest.mark.parametrize(("frames", "stillness"), [(1, 0.025), (12, 0.05), (30, 0.25), (300, 1.0)])
def test_frames_and_stillness_map_to_the_gate(frames: int, stillness: float) -> None:
    settings = auto_capture_settings(StationConfig(auto_capture_frames=frames, auto_capture_stillness=stillness))
    assert settings is not None
    assert settings.frames_required == frames
    assert settings.max_drift == pytest.approx(2.0 * stillness)
    assert settings.max_median_step == pytest.approx(0.8 * stillness)
    # What an administrator cannot judge from "how far the face may move" keeps its default.
    defaults = AutoCaptureSettings()
    assert (settings.max_scale_change, settings.max_turn, settings.ends_seconds, settings.min_still_seconds) == (
        defaults.max_scale_change, defaults.max_turn, defaults.ends_seconds, defaults.min_still_seconds)


def test_an_old_settings_file_s_stillness_is_a_stricter_gate() -> None:
    old = auto_capture_settings(StationConfig(auto_capture_stillness=0.05))
    new = auto_capture_settings(StationConfig())
    assert old is not None and new is not None
    assert old.max_drift < new.max_drift and old.max_median_step < new.max_median_step


# -- the mapped gate on real reports ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def compliant_report(compliant_portrait: BGRImage) -> QualityReport:
    report = quality.analyze(compliant_portrait)
    assert report.passed and report.face is not None
    return report


def shifted(report: QualityReport, dx: float) -> QualityReport:
    """The same verdicts with the face `dx` pixels to the right: what stillness is judged on moves, nothing else."""
    face = report.face
    assert face is not None
    moved = Face(face.box.shifted(dx, 0.0), face.score, face.landmarks + np.array([dx, 0.0]))
    return dataclasses.replace(report, face=moved)


def captures(settings: AutoCaptureSettings, reports: list[QualityReport]) -> bool:
    gate = AutoCapture(settings)
    frame = np.zeros((4, 4, 3), np.uint8)
    return any(gate.update(frame, report, index / 15) is not None for index, report in enumerate(reports))


@pytest.mark.parametrize("stillness", [0.025, 0.05, 0.075, 0.25])  # the dialog offers 2.5-25 %
def test_the_mapped_gate_takes_a_still_face_and_not_a_drifting_one(compliant_report: QualityReport,
                                                                  stillness: float) -> None:
    settings = auto_capture_settings(StationConfig(auto_capture_stillness=stillness))
    assert settings is not None
    assert compliant_report.face is not None
    eye_distance = compliant_report.face.inter_eye_distance
    frames = 3 * settings.frames_required
    rng = np.random.default_rng(14)
    # Still: a sway of ±1 % of the inter-eye distance, under both limits at every setting the dialog offers.
    sway = rng.uniform(-0.01, 0.01, frames) * eye_distance
    assert captures(settings, [shifted(compliant_report, dx) for dx in sway])
    # Drifting: a steady walk of 1.5x the per-frame limit; far over it at every setting.
    step = 1.5 * settings.max_median_step * eye_distance
    assert not captures(settings, [shifted(compliant_report, step * index) for index in range(frames)])
