"""The camera self-test: "is this camera good enough, and where should people stand?", measured. No Qt.

A person sits in front of the source for some seconds (15 by default) while the station's own pipeline
(`QualityPipeline` with the live QA, tracking and auto-capture) runs on it. Every analysed frame's report is
kept, and a few frames with a face are sampled for pixel measures the QA does not make (background brightness,
noise, colour). At the end `SelfTestReport` holds one `SelfTestLine` per check: a value, a verdict (pass or
advice) and a plain-words sentence for the desk:

* resolution and frame rate delivered, against what was asked;
* exposure of the face, and backlight (background much brighter than the face);
* noise on the skin, focus (the QA's sharpness: Laplacian variance in a view scaled to a fixed inter-eye
  distance), colour cast (grey-world over the frame);
* how far people can stand: from the measured inter-eye distance against the resolution check's minimum, and
  the head size against its "too close" limits; relative to where the person stood, and in metres when the
  camera's horizontal field of view is known (pinhole camera, adult inter-eye distance 63 mm);
* whether auto-capture fired, and the analyses per second this PC kept.

Medians over the frames make the figures robust to a blink or a frame where the person looked away. The pixel
measures themselves live in self_test_measures.
`facestation capture --self-test SOURCE` prints the report; the Qt screens show the same lines.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Final

import numpy as np

from facestation.station.core.camera.field_run import (
    error_text,
    source_seconds,
    wait_until_done,
)
from facestation.station.core.camera.frames import Frame, FrameSource
from facestation.station.core.camera.pipeline import PipelineResult, QualityPipeline
from facestation.station.core.camera.self_test_measures import (
    ADULT_INTER_EYE_MM,
    DistanceRange,
    background_brightness,
    colour_cast,
    distance_range,
    face_noise,
)
from facestation.vision.capture import AutoCapture, AutoCaptureSettings
from facestation.vision.faces import BGRImage, Face
from facestation.vision.quality import (
    DEFAULT_THRESHOLDS,
    QualityReport,
    QualityThresholds,
)
from facestation.vision.tracking import QualityTracker

__all__ = [
    "ADULT_INTER_EYE_MM",
    "DEFAULT_SELF_TEST_SECONDS",
    "SelfTestLimits",
    "SelfTestLine",
    "SelfTestReport",
    "colour_cast",
    "distance_range",
    "face_noise",
    "run_self_test",
]

DEFAULT_SELF_TEST_SECONDS: Final = 15.0

# Frames kept for the pixel measures: one at least this often (source seconds), at most this many.
_SAMPLE_INTERVAL_SECONDS: Final = 0.25
_MAX_SAMPLES: Final = 40
_WAIT_STEP_SECONDS: Final = 0.05


@dataclass(frozen=True)
class SelfTestLimits:
    """Where a line turns from pass to advice, beyond the QA's own thresholds (`QualityThresholds`)."""

    # Below this the countdown of 8 still frames stretches past a second and tracking a moving face suffers.
    min_frame_rate: float = 15.0
    # A camera delivering less than this share of the frame rate it claims is starved (USB bandwidth, low light).
    min_frame_rate_share: float = 0.8
    # Background luma more than this above the face's: backlight. The QA's own rule (quality.exposure) uses the
    # whole frame's mean against the face's with the same margin.
    max_backlight_difference: float = 40.0
    # Robust noise sigma on the skin, in 8-bit levels: good webcams in office light read 1-4; grain past 8 hides
    # skin texture and makes the sharpness measure unreliable.
    max_noise_sigma: float = 8.0
    # Skin hue angle in Lab (degrees from +a* towards +b*) and chroma. Skin of every complexion lies between red
    # and yellow, about 40-65° (grace_hopper 50°, astronaut 66°); a blue cast turns it past 90° (a 0.6x red
    # gain reads 160°), a green one to about 100°, a magenta one under 20°. A strong warm cast keeps the hue but
    # saturates the skin: grace_hopper reads chroma 40, under a tungsten-like gain 72.
    min_skin_hue: float = 20.0
    max_skin_hue: float = 85.0
    max_skin_chroma: float = 60.0
    # The farthest over the nearest place to stand: under this the person must stand almost exactly in one spot.
    min_distance_range: float = 1.25
    # Analyses per second: below this the station takes over 1.6 s of holding still to collect 8 frames.
    min_analysis_hz: float = 5.0


DEFAULT_LIMITS = SelfTestLimits()


@dataclass(frozen=True)
class SelfTestLine:
    """One check of the self-test: what was measured, whether it passes, and what to tell the desk."""

    check: str
    value: Any
    passed: bool
    sentence: str

    @property
    def verdict(self) -> str:
        return "pass" if self.passed else "advice"

    def to_json(self) -> dict[str, Any]:
        return {"check": self.check, "value": self.value, "verdict": self.verdict, "sentence": self.sentence}


@dataclass(frozen=True)
class SelfTestReport:
    """The whole self-test: one line per check, in a fixed order, and the source's errors if any."""

    source_name: str
    seconds: float  # source seconds covered
    frames_read: int
    frames_analysed: int
    frames_with_face: int
    lines: tuple[SelfTestLine, ...]
    errors: tuple[str, ...] = ()

    @property
    def passed(self) -> bool:
        return all(line.passed for line in self.lines)

    @property
    def source_failed(self) -> bool:
        """Nothing came from the source: the report measures nothing."""
        return self.frames_read == 0

    def line(self, check: str) -> SelfTestLine:
        return next(line for line in self.lines if line.check == check)

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source_name,
            "passed": self.passed,
            "seconds": round(self.seconds, 3),
            "frames_read": self.frames_read,
            "frames_analysed": self.frames_analysed,
            "frames_with_face": self.frames_with_face,
            "lines": [line.to_json() for line in self.lines],
            "errors": list(self.errors),
        }


# -- the run -------------------------------------------------------------------------------------------------


@dataclass
class _Observer:
    """What the pipeline's callbacks leave for the report (capture and analysis threads, under `lock`)."""

    source: FrameSource
    seconds: float
    lock: threading.Lock = field(default_factory=threading.Lock)
    done: threading.Event = field(default_factory=threading.Event)
    first_timestamp: float | None = None
    last_time: float = 0.0
    frames_read: int = 0
    first_read_timestamp: float | None = None
    last_read_timestamp: float | None = None
    frame_size: tuple[int, int] | None = None
    reports: list[QualityReport] = field(default_factory=list)
    samples: list[tuple[BGRImage, Face]] = field(default_factory=list)
    last_sample_time: float = -math.inf
    capture_time: float | None = None
    errors: list[str] = field(default_factory=list)

    def source_time(self, frame: Frame) -> float:
        return source_seconds(self.source, self.first_timestamp, frame)

    def on_frame(self, frame: Frame) -> None:
        with self.lock:
            if self.first_timestamp is None:
                self.first_timestamp = frame.timestamp
            seconds = self.source_time(frame)
            if seconds >= self.seconds:
                self.done.set()
                return
            self.frames_read += 1
            if self.first_read_timestamp is None:
                self.first_read_timestamp = frame.timestamp
            self.last_read_timestamp = frame.timestamp
            self.last_time = seconds
            self.frame_size = (frame.image.shape[1], frame.image.shape[0])

    def delivered_fps(self) -> float:
        """Frames per second between the first and the last frame read (0 with fewer than two)."""
        if self.first_read_timestamp is None or self.last_read_timestamp is None:
            return 0.0
        span = self.last_read_timestamp - self.first_read_timestamp
        return (self.frames_read - 1) / span if span > 0 else 0.0

    def on_ended(self) -> None:
        self.done.set()

    def on_error(self, error: BaseException) -> None:
        message = error_text(error)
        with self.lock:
            if message not in self.errors:
                self.errors.append(message)

    def on_result(self, result: PipelineResult) -> None:
        seconds = self.source_time(result.frame)
        with self.lock:
            if seconds >= self.seconds:
                return
            self.reports.append(result.report)
            face = result.report.face
            if (face is not None and len(self.samples) < _MAX_SAMPLES
                    and seconds - self.last_sample_time >= _SAMPLE_INTERVAL_SECONDS):
                self.samples.append((result.frame.image, face))
                self.last_sample_time = seconds
            if result.capture is not None and self.capture_time is None and not result.capture.manual:
                self.capture_time = seconds


def run_self_test(
    source: FrameSource,
    *,
    seconds: float = DEFAULT_SELF_TEST_SECONDS,
    asked_resolution: tuple[int, int] | None = None,
    horizontal_fov_degrees: float | None = None,
    auto_capture_settings: AutoCaptureSettings | None = None,
    thresholds: QualityThresholds = DEFAULT_THRESHOLDS,
    limits: SelfTestLimits = DEFAULT_LIMITS,
    stop: threading.Event | None = None,
) -> SelfTestReport:
    """Run `source` through the station's pipeline for `seconds` of source time (or until it ends, or `stop`
    is set) and judge what came out. `asked_resolution` is what the station asked the camera for (None for a
    file). The source is closed on return."""
    observer = _Observer(source=source, seconds=seconds)
    pipeline = QualityPipeline(
        source,
        on_result=observer.on_result,
        on_error=observer.on_error,
        on_frame=observer.on_frame,
        on_ended=observer.on_ended,
        auto_capture=AutoCapture(auto_capture_settings or AutoCaptureSettings()),
        tracker=QualityTracker(),
        drop_frames=True,
    )
    started = time.monotonic()
    pipeline.start()
    try:
        wait_until_done(observer.done, stop, step=_WAIT_STEP_SECONDS)  # stopped early or not: judge what ran
    finally:
        pipeline.stop()
    wall_seconds = time.monotonic() - started
    with observer.lock:
        return _judge(observer, source, wall_seconds, asked_resolution, horizontal_fov_degrees, thresholds, limits)


def _median(values: Sequence[float]) -> float:
    return float(np.median(np.asarray(values, dtype=np.float64)))


def _judge(observer: _Observer, source: FrameSource, wall_seconds: float, asked: tuple[int, int] | None,
           fov: float | None, thresholds: QualityThresholds, limits: SelfTestLimits) -> SelfTestReport:
    faced = [report for report in observer.reports if report.face is not None]
    duration = observer.last_time + (0.0 if source.is_live else 1 / source.nominal_fps)
    lines = [
        _resolution_line(observer.frame_size, asked),
        _frame_rate_line(observer.delivered_fps(), source.nominal_fps, source.is_live, limits),
    ]
    if faced:
        lines += _face_lines(faced, observer.samples, observer.frame_size, fov, thresholds, limits)
    else:
        no_face = "No face was seen: ask someone to sit in front of the camera, facing it, and run the test again."
        lines += [SelfTestLine(check, None, False, no_face)
                  for check in ("exposure", "backlight", "noise", "focus", "colour", "distance")]
    lines.append(_auto_capture_line(observer.capture_time, faced))
    lines.append(_analysis_rate_line(len(observer.reports), wall_seconds, limits))
    return SelfTestReport(
        source_name=source.name,
        seconds=duration,
        frames_read=observer.frames_read,
        frames_analysed=len(observer.reports),
        frames_with_face=len(faced),
        lines=tuple(lines),
        errors=tuple(observer.errors),
    )


def _resolution_line(size: tuple[int, int] | None, asked: tuple[int, int] | None) -> SelfTestLine:
    if size is None:
        return SelfTestLine("resolution", None, False, "The source delivered no picture.")
    width, height = size
    value = {"width": width, "height": height, "asked": None if asked is None else {"width": asked[0],
                                                                                      "height": asked[1]}}
    if asked is None:
        return SelfTestLine("resolution", value, True, f"Pictures are {width}x{height} pixels.")
    if (width, height) == tuple(asked):
        return SelfTestLine("resolution", value, True, f"The camera delivers the {width}x{height} pixels asked for.")
    fewer = width * height < asked[0] * asked[1]
    advice = (" Choose a lower resolution in Settings → Camera, or a camera that supports it." if fewer
              else "")
    return SelfTestLine("resolution", value, not fewer,
                        f"The camera delivers {width}x{height} pixels instead of the {asked[0]}x{asked[1]} asked "
                        f"for.{advice}")


def _frame_rate_line(delivered: float, claimed: float, live: bool, limits: SelfTestLimits) -> SelfTestLine:
    value = {"delivered": round(delivered, 1), "claimed": round(claimed, 1)}
    if not live:
        # A file plays at its own rate, a photo is repeated at the station's: neither says anything of a camera.
        return SelfTestLine("frame rate", value, True,
                            f"The file plays at {delivered:.0f} frames per second (a camera is judged on what it "
                            "delivers).")
    enough = delivered >= limits.min_frame_rate
    full = delivered >= limits.min_frame_rate_share * claimed
    sentence = f"{delivered:.0f} frames per second (the camera claims {claimed:.0f})."
    if not enough:
        sentence += (f" Under {limits.min_frame_rate:.0f} a moving face is hard to follow: add light (cameras slow "
                     "down in the dark) or use a USB port of its own.")
    elif not full:
        sentence += " The camera delivers fewer than it claims: add light, or use a USB port of its own."
    return SelfTestLine("frame rate", value, enough and full, sentence)


def _face_lines(reports: list[QualityReport], samples: list[tuple[BGRImage, Face]],
                frame_size: tuple[int, int] | None, fov: float | None, thresholds: QualityThresholds,
                limits: SelfTestLimits) -> list[SelfTestLine]:
    def median_of(name: str) -> float:
        return _median([report.measures[name] for report in reports if name in report.measures])

    face_luma = median_of("brightness")
    sharpness = median_of("sharpness")
    inter_eye = median_of("interEyeDistance")
    head_width, head_length = median_of("headWidth"), median_of("headLength")
    background = _median([background_brightness(image, face) for image, face in samples])
    noise = _median([face_noise(image, face) for image, face in samples])
    casts = [colour_cast(image, face) for image, face in samples]
    cast_a, cast_b = _median([a for a, _ in casts]), _median([b for _, b in casts])
    width = frame_size[0] if frame_size else 0
    return [
        _exposure_line(face_luma, thresholds),
        _backlight_line(face_luma, background, limits),
        _noise_line(noise, limits),
        _focus_line(sharpness, thresholds),
        _colour_line(cast_a, cast_b, limits),
        _distance_line(distance_range(inter_eye, head_width, head_length, width, thresholds=thresholds,
                                      horizontal_fov_degrees=fov), inter_eye, thresholds, limits),
    ]


def _exposure_line(face_luma: float, thresholds: QualityThresholds) -> SelfTestLine:
    value = round(face_luma, 1)
    if face_luma < thresholds.min_face_luma:
        return SelfTestLine("exposure", value, False,
                            f"The face is too dark (brightness {face_luma:.0f}, at least "
                            f"{thresholds.min_face_luma:.0f} needed): add light in front of the person.")
    if face_luma > thresholds.max_face_luma:
        return SelfTestLine("exposure", value, False,
                            f"The face is too bright (brightness {face_luma:.0f}, at most "
                            f"{thresholds.max_face_luma:.0f}): soften or move the light in front of the person.")
    return SelfTestLine("exposure", value, True, f"The face is well exposed (brightness {face_luma:.0f}).")


def _backlight_line(face_luma: float, background: float, limits: SelfTestLimits) -> SelfTestLine:
    difference = background - face_luma
    value = {"face": round(face_luma, 1), "background": round(background, 1)}
    if difference > limits.max_backlight_difference:
        return SelfTestLine("backlight", value, False,
                            f"The background is much brighter than the face ({background:.0f} against "
                            f"{face_luma:.0f}): turn the desk away from the window, or light the face.")
    return SelfTestLine("backlight", value, True, "No backlight: the background is not much brighter than the face.")


def _noise_line(noise: float, limits: SelfTestLimits) -> SelfTestLine:
    value = round(noise, 2)
    if noise > limits.max_noise_sigma:
        return SelfTestLine("noise", value, False,
                            f"The picture is grainy (noise {noise:.1f}, at most {limits.max_noise_sigma:.0f}): "
                            "add light, which lets the camera lower its gain.")
    return SelfTestLine("noise", value, True, f"Little noise on the face ({noise:.1f}).")


def _focus_line(sharpness: float, thresholds: QualityThresholds) -> SelfTestLine:
    value = round(sharpness, 1)
    if sharpness < thresholds.min_sharpness:
        return SelfTestLine("focus", value, False,
                            f"The face is blurred (sharpness {sharpness:.0f}, at least {thresholds.min_sharpness:.0f}"
                            " needed): clean the lens, check the focus, or add light for shorter exposures.")
    return SelfTestLine("focus", value, True, f"The face is in focus (sharpness {sharpness:.0f}).")


def _colour_line(a: float, b: float, limits: SelfTestLimits) -> SelfTestLine:
    hue = math.degrees(math.atan2(b, a))
    chroma = math.hypot(a, b)
    value = {"a": round(a, 1), "b": round(b, 1), "hue": round(hue, 1), "chroma": round(chroma, 1)}
    if limits.min_skin_hue <= hue <= limits.max_skin_hue and chroma <= limits.max_skin_chroma:
        return SelfTestLine("colour", value, True, "Skin colours look natural (no colour cast).")
    if chroma > limits.max_skin_chroma and limits.min_skin_hue <= hue <= limits.max_skin_hue:
        cast = "orange"
    elif limits.max_skin_hue < hue <= 135:
        cast = "green"
    elif limits.min_skin_hue > hue >= -45:
        cast = "magenta"
    else:
        cast = "blue"
    return SelfTestLine("colour", value, False,
                        f"The picture has a {cast} cast: turn on the camera's automatic white balance, or use "
                        "daylight-white lamps.")


def _distance_line(reach: DistanceRange, inter_eye: float, thresholds: QualityThresholds,
                   limits: SelfTestLimits) -> SelfTestLine:
    value: dict[str, Any] = {"inter_eye_px": round(inter_eye, 1), "nearest": round(reach.nearest, 2),
                             "farthest": round(reach.farthest, 2)}
    if reach.stood_at_m is not None:
        value.update(stood_at_m=round(reach.stood_at_m, 2), nearest_m=round(reach.nearest_m or 0, 2),
                     farthest_m=round(reach.farthest_m or 0, 2))
    if reach.farthest < reach.nearest:
        return SelfTestLine("distance", value, False,
                            "No distance works: where the face is large enough it no longer fits the frame. Choose "
                            "a higher resolution in Settings → Camera, or a better camera.")
    if reach.stood_at_m is not None:
        where = f"between about {reach.nearest_m:.1f} m and {reach.farthest_m:.1f} m from the camera"
    else:
        where = f"from about {reach.nearest:.1f}x to {reach.farthest:.1f}x as far as during the test"
    if reach.farthest < 1.0:
        return SelfTestLine("distance", value, False,
                            f"The person stood too far ({inter_eye:.0f} px between the eyes, "
                            f"{thresholds.min_inter_eye_px:.0f} needed): people should stand {where}.")
    if reach.nearest > 1.0:
        return SelfTestLine("distance", value, False,
                            f"The person stood too close: people should stand {where}.")
    if reach.farthest / reach.nearest < limits.min_distance_range:
        return SelfTestLine("distance", value, False,
                            f"People must stand almost exactly where the person stood ({where}): a higher "
                            "resolution in Settings → Camera leaves more room.")
    return SelfTestLine("distance", value, True, f"People can stand {where}.")


def _auto_capture_line(capture_time: float | None, faced: list[QualityReport]) -> SelfTestLine:
    if capture_time is not None:
        return SelfTestLine("auto-capture", round(capture_time, 2), True,
                            f"Auto-capture took the photo after {capture_time:.1f} s.")
    if not faced:
        return SelfTestLine("auto-capture", None, False, "Auto-capture did not fire: no face was seen.")
    failing: dict[str, int] = {}
    for report in faced:
        for issue in report.issues:
            failing[issue.message] = failing.get(issue.message, 0) + 1
    if failing:
        most = max(failing, key=lambda message: failing[message])
        reason = f"the guidance shown most often was \u201c{most}\u201d"
    else:
        reason = "the face was never still long enough"
    return SelfTestLine("auto-capture", None, False, f"Auto-capture did not fire: {reason}.")


def _analysis_rate_line(analysed: int, wall_seconds: float, limits: SelfTestLimits) -> SelfTestLine:
    rate = analysed / wall_seconds if wall_seconds > 0 else 0.0
    value = round(rate, 1)
    if rate < limits.min_analysis_hz:
        return SelfTestLine("analysis rate", value, False,
                            f"This PC checks {rate:.1f} pictures per second (at least {limits.min_analysis_hz:.0f} "
                            "keep auto-capture quick): close other programs, or use a faster PC.")
    return SelfTestLine("analysis rate", value, True, f"This PC checks {rate:.1f} pictures per second.")
