"""A person answering the station's liveness prompts, frame by frame, for the station's UI tests and screenshots.

The landmark frames come from `tests.support.liveness_heads.Responder` (a 3D mean head, or a flat picture) and
are placed on the captured face (scaled and moved so their eyes sit on its eyes) in the captured frame's image,
so the same-person descriptor check at the end of a check runs on the real portrait. Each frame goes through
the pipeline bridge's `resultReady`, as the camera's analyses would come; the check's clock is injected and far
ahead of the real frames' monotonic one, so the real source's own analyses (made before the check started, by
this clock) are dropped and only these frames count.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import numpy as np

from facestation.station.core.camera.frames import Frame
from facestation.station.core.camera.pipeline import CaptureResult, PipelineResult
from facestation.vision.faces import Face
from tests.support.liveness_heads import FPS, REAL_HEAD, Responder, project

__all__ = ["Clock", "Sitting", "placement", "seeded_prompts"]


class Clock:
    """The check's clock: moved by hand, far ahead of `time.monotonic()`."""

    def __init__(self) -> None:
        self.now = time.monotonic() + 100_000.0

    def __call__(self) -> float:
        return self.now


def seeded_prompts(first_seed: int = 0) -> Callable[[], random.Random]:
    """An `rng_factory` for `LivenessFlow`: each check gets the next seed (new prompts, the same every run)."""
    seeds = iter(range(first_seed, first_seed + 10_000))
    return lambda: random.Random(next(seeds))


def _eye_centres(points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return points[36:42].mean(axis=0), points[42:48].mean(axis=0)


def placement(face: Face) -> Callable[[np.ndarray], np.ndarray]:
    """Scale and move synthetic landmarks so that a frontal head's eyes land on `face`'s eyes."""
    model_left, model_right = _eye_centres(project(REAL_HEAD))
    left, right = _eye_centres(np.asarray(face.landmarks, dtype=np.float64))
    scale = float(np.linalg.norm(right - left) / np.linalg.norm(model_right - model_left))
    model_middle, middle = (model_left + model_right) / 2, (left + right) / 2
    return lambda points: (points - model_middle) * scale + middle


class Sitting:
    """Feeds a capture panel's running check (`flow`: a LivenessFlow on `capture_panel`'s bridge, its clock a
    `Clock`). `answer(responder)` feeds frames at 15 fps until the check has decided (synchronously: the frames
    are delivered on the spot); the same-person check then runs in the background (wait for `flow.running`
    to drop)."""

    def __init__(self, flow: Any, capture_panel: Any, clock: Clock, *, page: Any = None) -> None:
        self.page = page  # the page the check runs on, for the caller
        self.flow = flow
        self.capture_panel = capture_panel
        self.clock = clock
        self.index = 0

    def answer(self, responder: Responder | None, *, max_seconds: float = 12.0) -> None:
        """Frames from `responder` (None: a still face that never answers) until the check has decided."""
        capture = self.capture_panel.capture
        base = self.capture_panel.bridge.last_result
        assert capture is not None and capture.report.face is not None and base is not None
        place = placement(capture.report.face)
        still = project(REAL_HEAD)
        end = self.clock.now + max_seconds
        while self.flow.running and self.clock.now < end:
            state = self.flow.current_state()
            if state is not None and state.outcome is not None:
                break  # the same-person check is on its way
            self.clock.now += 1 / FPS
            prompt = state.prompt if state is not None else None
            if responder is None:
                points, yaw = still + np.random.default_rng(self.index).normal(0, 1.5, still.shape), 0.0
            else:
                _t, points, yaw = responder.frame(self.clock.now, prompt)
            self.index += 1
            self.capture_panel.bridge.resultReady.emit(self._result(base, capture, place(points), yaw))

    def _result(self, base: PipelineResult, capture: CaptureResult, points: np.ndarray, yaw: float) -> PipelineResult:
        face = capture.report.face
        assert face is not None
        report = replace(capture.report, face=Face(face.box, face.score, points),
                         measures={**capture.report.measures, "yaw": yaw})
        return replace(base, frame=Frame(capture.image, self.clock.now, 10_000 + self.index), report=report,
                       capture=None)


def sit_at(panel: Any, qtbot: Any) -> Sitting:
    """`panel` (Verify or Enrol, its liveness setting already on) shown at 1020x760, silent, with the check on an
    injected clock and seeded prompts, its camera started: a person can sit down."""
    panel.capture.view.set_sound_enabled(False)
    panel.resize(1020, 760)
    qtbot.addWidget(panel)
    clock = Clock()
    panel.liveness.flow.clock = clock
    panel.liveness.flow.rng_factory = seeded_prompts()
    panel.show()
    panel.activate()
    return Sitting(panel.liveness.flow, panel.capture, clock, page=panel)
