"""The camera self-test's lines: one `SelfTestLine` per check, with its verdict and its sentence for the desk.
No Qt.

A sentence is a `str.format` template with named fields plus its values (`params`), so the command line prints
English (`line.sentence`) and the Qt screens show the same sentence translated:
`QCoreApplication.translate("SelfTest", line.template).format(**line.params)` (`translated_params` in the UI
also translates the one field that quotes the live guidance, `guidance`, in lupdate's "Guidance" context).
Every template is a literal inside `QT_TRANSLATE_NOOP("SelfTest", ...)`, which lupdate collects; so are the
checks' titles (`CHECK_TITLES`). Where the limits between pass and advice sit: `SelfTestLimits`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Final

from facestation.station.core.camera.self_test_measures import DistanceRange
from facestation.station.core.translatable import QT_TRANSLATE_NOOP
from facestation.vision.guidance import Guidance
from facestation.vision.quality import QualityReport, QualityThresholds

__all__ = ["CHECKS", "CHECK_TITLES", "SelfTestLimits", "SelfTestLine"]

CONTEXT: Final = "SelfTest"  # the translation context of every text here

# The checks in report order, with their titles (translated by the UI in the "SelfTest" context).
CHECK_TITLES: Final = {
    "resolution": QT_TRANSLATE_NOOP("SelfTest", "Picture size"),
    "frame rate": QT_TRANSLATE_NOOP("SelfTest", "Smooth video"),
    "exposure": QT_TRANSLATE_NOOP("SelfTest", "Light on the face"),
    "backlight": QT_TRANSLATE_NOOP("SelfTest", "Light behind the person"),
    "noise": QT_TRANSLATE_NOOP("SelfTest", "Grain"),
    "focus": QT_TRANSLATE_NOOP("SelfTest", "Sharpness"),
    "colour": QT_TRANSLATE_NOOP("SelfTest", "Colours"),
    "distance": QT_TRANSLATE_NOOP("SelfTest", "Where people stand"),
    "auto-capture": QT_TRANSLATE_NOOP("SelfTest", "Automatic photo"),
    "analysis rate": QT_TRANSLATE_NOOP("SelfTest", "Speed of this computer"),
}
CHECKS: Final = tuple(CHECK_TITLES)
FACE_CHECKS: Final = ("exposure", "backlight", "noise", "focus", "colour", "distance")


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
    """One check of the self-test: what was measured, whether it passes, and what to tell the desk (`template`
    filled with `params`; see the module docstring)."""

    check: str
    value: Any
    passed: bool
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def sentence(self) -> str:
        return self.template.format(**self.params)

    @property
    def verdict(self) -> str:
        return "pass" if self.passed else "advice"

    def to_json(self) -> dict[str, Any]:
        """What `facestation capture --self-test --json` prints (English only)."""
        return {"check": self.check, "value": self.value, "verdict": self.verdict, "sentence": self.sentence}

    def to_record(self) -> dict[str, Any]:
        """`to_json` plus what it takes to show the sentence translated later (the saved self-test)."""
        return {**self.to_json(), "template": self.template, "params": dict(self.params)}

    @classmethod
    def from_record(cls, data: dict[str, Any]) -> SelfTestLine:
        """The line `to_record` wrote. Raises KeyError, TypeError or ValueError on anything else."""
        check, template, params = data["check"], data["template"], data.get("params") or {}
        if not isinstance(check, str) or not isinstance(template, str) or not isinstance(params, dict):
            raise TypeError("a self-test line needs a check, a template and params")
        if data["verdict"] not in ("pass", "advice"):
            raise ValueError(f"unknown verdict {data['verdict']!r}")
        line = cls(check, data.get("value"), data["verdict"] == "pass", template, params)
        line.sentence  # noqa: B018 - a template its params do not fill is damage: raise here, not on screen
        return line


def no_face_lines() -> list[SelfTestLine]:
    no_face = QT_TRANSLATE_NOOP("SelfTest", "No face was seen: ask someone to sit in front of the camera, facing "
                                            "it, and run the test again.")
    return [SelfTestLine(check, None, False, no_face) for check in FACE_CHECKS]


def resolution_line(size: tuple[int, int] | None, asked: tuple[int, int] | None) -> SelfTestLine:
    if size is None:
        return SelfTestLine("resolution", None, False, QT_TRANSLATE_NOOP("SelfTest", "The source delivered no "
                                                                                     "picture."))
    width, height = size
    value = {"width": width, "height": height, "asked": None if asked is None else {"width": asked[0],
                                                                                      "height": asked[1]}}
    params: dict[str, Any] = {"width": width, "height": height}
    if asked is None:
        return SelfTestLine("resolution", value, True,
                            QT_TRANSLATE_NOOP("SelfTest", "Pictures are {width}x{height} pixels."), params)
    if (width, height) == tuple(asked):
        return SelfTestLine("resolution", value, True, QT_TRANSLATE_NOOP(
            "SelfTest", "The camera delivers the {width}x{height} pixels asked for."), params)
    params.update(asked_width=asked[0], asked_height=asked[1])
    if width * height < asked[0] * asked[1]:
        return SelfTestLine("resolution", value, False, QT_TRANSLATE_NOOP(
            "SelfTest", "The camera delivers {width}x{height} pixels instead of the {asked_width}x{asked_height} "
                        "asked for. Choose a lower resolution in Settings → Camera, or a camera that supports it."),
            params)
    return SelfTestLine("resolution", value, True, QT_TRANSLATE_NOOP(
        "SelfTest", "The camera delivers {width}x{height} pixels instead of the {asked_width}x{asked_height} "
                    "asked for."), params)


def frame_rate_line(delivered: float, claimed: float, live: bool, limits: SelfTestLimits) -> SelfTestLine:
    value = {"delivered": round(delivered, 1), "claimed": round(claimed, 1)}
    params = {"delivered": delivered, "claimed": claimed, "minimum": limits.min_frame_rate}
    if not live:
        # A file plays at its own rate, a photo is repeated at the station's: neither says anything of a camera.
        return SelfTestLine("frame rate", value, True, QT_TRANSLATE_NOOP(
            "SelfTest", "The file plays at {delivered:.0f} frames per second (a camera is judged on what it "
                        "delivers)."), params)
    if delivered < limits.min_frame_rate:
        return SelfTestLine("frame rate", value, False, QT_TRANSLATE_NOOP(
            "SelfTest", "{delivered:.0f} frames per second (the camera claims {claimed:.0f}). Under {minimum:.0f} "
                        "a moving face is hard to follow: add light (cameras slow down in the dark) or use a USB "
                        "port of its own."), params)
    if delivered < limits.min_frame_rate_share * claimed:
        return SelfTestLine("frame rate", value, False, QT_TRANSLATE_NOOP(
            "SelfTest", "{delivered:.0f} frames per second (the camera claims {claimed:.0f}). The camera delivers "
                        "fewer than it claims: add light, or use a USB port of its own."), params)
    return SelfTestLine("frame rate", value, True, QT_TRANSLATE_NOOP(
        "SelfTest", "{delivered:.0f} frames per second (the camera claims {claimed:.0f})."), params)


def exposure_line(face_luma: float, thresholds: QualityThresholds) -> SelfTestLine:
    value = round(face_luma, 1)
    if face_luma < thresholds.min_face_luma:
        return SelfTestLine("exposure", value, False, QT_TRANSLATE_NOOP(
            "SelfTest", "The face is too dark (brightness {brightness:.0f}, at least {minimum:.0f} needed): add "
                        "light in front of the person."),
            {"brightness": face_luma, "minimum": thresholds.min_face_luma})
    if face_luma > thresholds.max_face_luma:
        return SelfTestLine("exposure", value, False, QT_TRANSLATE_NOOP(
            "SelfTest", "The face is too bright (brightness {brightness:.0f}, at most {maximum:.0f}): soften or "
                        "move the light in front of the person."),
            {"brightness": face_luma, "maximum": thresholds.max_face_luma})
    return SelfTestLine("exposure", value, True, QT_TRANSLATE_NOOP(
        "SelfTest", "The face is well exposed (brightness {brightness:.0f})."), {"brightness": face_luma})


def backlight_line(face_luma: float, background: float, limits: SelfTestLimits) -> SelfTestLine:
    value = {"face": round(face_luma, 1), "background": round(background, 1)}
    if background - face_luma > limits.max_backlight_difference:
        return SelfTestLine("backlight", value, False, QT_TRANSLATE_NOOP(
            "SelfTest", "The background is much brighter than the face ({background:.0f} against {face:.0f}): "
                        "turn the desk away from the window, or light the face."),
            {"background": background, "face": face_luma})
    return SelfTestLine("backlight", value, True, QT_TRANSLATE_NOOP(
        "SelfTest", "No backlight: the background is not much brighter than the face."))


def noise_line(noise: float, limits: SelfTestLimits) -> SelfTestLine:
    value = round(noise, 2)
    if noise > limits.max_noise_sigma:
        return SelfTestLine("noise", value, False, QT_TRANSLATE_NOOP(
            "SelfTest", "The picture is grainy (noise {noise:.1f}, at most {maximum:.0f}): add light, which lets "
                        "the camera lower its gain."), {"noise": noise, "maximum": limits.max_noise_sigma})
    return SelfTestLine("noise", value, True, QT_TRANSLATE_NOOP("SelfTest", "Little noise on the face ({noise:.1f})."),
                        {"noise": noise})


def focus_line(sharpness: float, thresholds: QualityThresholds) -> SelfTestLine:
    value = round(sharpness, 1)
    if sharpness < thresholds.min_sharpness:
        return SelfTestLine("focus", value, False, QT_TRANSLATE_NOOP(
            "SelfTest", "The face is blurred (sharpness {sharpness:.0f}, at least {minimum:.0f} needed): clean the "
                        "lens, check the focus, or add light for shorter exposures."),
            {"sharpness": sharpness, "minimum": thresholds.min_sharpness})
    return SelfTestLine("focus", value, True, QT_TRANSLATE_NOOP(
        "SelfTest", "The face is in focus (sharpness {sharpness:.0f})."), {"sharpness": sharpness})


def colour_line(a: float, b: float, limits: SelfTestLimits) -> SelfTestLine:
    hue = math.degrees(math.atan2(b, a))
    chroma = math.hypot(a, b)
    value = {"a": round(a, 1), "b": round(b, 1), "hue": round(hue, 1), "chroma": round(chroma, 1)}
    skin_hue = limits.min_skin_hue <= hue <= limits.max_skin_hue
    if skin_hue and chroma <= limits.max_skin_chroma:
        return SelfTestLine("colour", value, True, QT_TRANSLATE_NOOP(
            "SelfTest", "Skin colours look natural (no colour cast)."))
    # One whole sentence per cast, so a translation never has to agree with a colour word put in from outside.
    if skin_hue:
        template = QT_TRANSLATE_NOOP("SelfTest", "The picture has an orange cast: turn on the camera's automatic "
                                                 "white balance, or use daylight-white lamps.")
    elif limits.max_skin_hue < hue <= 135:
        template = QT_TRANSLATE_NOOP("SelfTest", "The picture has a green cast: turn on the camera's automatic "
                                                 "white balance, or use daylight-white lamps.")
    elif limits.min_skin_hue > hue >= -45:
        template = QT_TRANSLATE_NOOP("SelfTest", "The picture has a magenta cast: turn on the camera's automatic "
                                                 "white balance, or use daylight-white lamps.")
    else:
        template = QT_TRANSLATE_NOOP("SelfTest", "The picture has a blue cast: turn on the camera's automatic "
                                                 "white balance, or use daylight-white lamps.")
    return SelfTestLine("colour", value, False, template)


def distance_line(reach: DistanceRange, inter_eye: float, thresholds: QualityThresholds,
                  limits: SelfTestLimits) -> SelfTestLine:
    value: dict[str, Any] = {"inter_eye_px": round(inter_eye, 1), "nearest": round(reach.nearest, 2),
                             "farthest": round(reach.farthest, 2)}
    if reach.stood_at_m is not None:
        value.update(stood_at_m=round(reach.stood_at_m, 2), nearest_m=round(reach.nearest_m or 0, 2),
                     farthest_m=round(reach.farthest_m or 0, 2))
    if reach.farthest < reach.nearest:
        return SelfTestLine("distance", value, False, QT_TRANSLATE_NOOP(
            "SelfTest", "No distance works: where the face is large enough it no longer fits the frame. Choose a "
                        "higher resolution in Settings → Camera, or a better camera."))
    metres = reach.stood_at_m is not None
    params: dict[str, Any] = {"nearest": reach.nearest_m if metres else reach.nearest,
                              "farthest": reach.farthest_m if metres else reach.farthest,
                              "eyes": inter_eye, "minimum": thresholds.min_inter_eye_px}
    if reach.farthest < 1.0:
        template = (QT_TRANSLATE_NOOP(
            "SelfTest", "The person stood too far ({eyes:.0f} px between the eyes, {minimum:.0f} needed): people "
                        "should stand between about {nearest:.1f} m and {farthest:.1f} m from the camera.")
            if metres else QT_TRANSLATE_NOOP(
            "SelfTest", "The person stood too far ({eyes:.0f} px between the eyes, {minimum:.0f} needed): people "
                        "should stand from about {nearest:.1f}x to {farthest:.1f}x as far as during the test."))
        return SelfTestLine("distance", value, False, template, params)
    if reach.nearest > 1.0:
        template = (QT_TRANSLATE_NOOP(
            "SelfTest", "The person stood too close: people should stand between about {nearest:.1f} m and "
                        "{farthest:.1f} m from the camera.")
            if metres else QT_TRANSLATE_NOOP(
            "SelfTest", "The person stood too close: people should stand from about {nearest:.1f}x to "
                        "{farthest:.1f}x as far as during the test."))
        return SelfTestLine("distance", value, False, template, params)
    if reach.farthest / reach.nearest < limits.min_distance_range:
        template = (QT_TRANSLATE_NOOP(
            "SelfTest", "People must stand almost exactly where the person stood (between about {nearest:.1f} m "
                        "and {farthest:.1f} m from the camera): a higher resolution in Settings → Camera leaves "
                        "more room.")
            if metres else QT_TRANSLATE_NOOP(
            "SelfTest", "People must stand almost exactly where the person stood (from about {nearest:.1f}x to "
                        "{farthest:.1f}x as far as during the test): a higher resolution in Settings → Camera "
                        "leaves more room."))
        return SelfTestLine("distance", value, False, template, params)
    template = (QT_TRANSLATE_NOOP("SelfTest", "People can stand between about {nearest:.1f} m and {farthest:.1f} m "
                                              "from the camera.")
                if metres else QT_TRANSLATE_NOOP("SelfTest", "People can stand from about {nearest:.1f}x to "
                                                             "{farthest:.1f}x as far as during the test."))
    return SelfTestLine("distance", value, True, template, params)


def auto_capture_line(capture_time: float | None, faced: list[QualityReport]) -> SelfTestLine:
    if capture_time is not None:
        return SelfTestLine("auto-capture", round(capture_time, 2), True, QT_TRANSLATE_NOOP(
            "SelfTest", "Auto-capture took the photo after {seconds:.1f} s."), {"seconds": capture_time})
    if not faced:
        return SelfTestLine("auto-capture", None, False, QT_TRANSLATE_NOOP(
            "SelfTest", "Auto-capture did not fire: no face was seen."))
    failing: dict[Guidance, int] = {}
    for report in faced:
        for issue in report.issues:
            failing[issue.guidance] = failing.get(issue.guidance, 0) + 1
    if not failing:
        return SelfTestLine("auto-capture", None, False, QT_TRANSLATE_NOOP(
            "SelfTest", "Auto-capture did not fire: the face was never still long enough."))
    most = max(failing, key=lambda guidance: failing[guidance])
    # `guidance` quotes the live guidance in English; the UI translates it in the "Guidance" context.
    return SelfTestLine("auto-capture", {"guidance": most.name}, False, QT_TRANSLATE_NOOP(
        "SelfTest", "Auto-capture did not fire: the guidance shown most often was \u201c{guidance}\u201d."),
        {"guidance": most.message})


def analysis_rate_line(analysed: int, wall_seconds: float, limits: SelfTestLimits) -> SelfTestLine:
    rate = analysed / wall_seconds if wall_seconds > 0 else 0.0
    params = {"rate": rate, "minimum": limits.min_analysis_hz}
    if rate < limits.min_analysis_hz:
        return SelfTestLine("analysis rate", round(rate, 1), False, QT_TRANSLATE_NOOP(
            "SelfTest", "This PC checks {rate:.1f} pictures per second (at least {minimum:.0f} keep auto-capture "
                        "quick): close other programs, or use a faster PC."), params)
    return SelfTestLine("analysis rate", round(rate, 1), True, QT_TRANSLATE_NOOP(
        "SelfTest", "This PC checks {rate:.1f} pictures per second."), params)
