"""How far from its limit is every value whose verdict a test asserts, in units of that value's own noise?

    python benchmarks/verdict_margins.py [--only SUBSTRING] [--json FILE]

A test that asserts "isFrontal passes" on an image whose yaw reads 6.5° against a 7° limit passes or fails
with the next opencv wheel (issue 14: a red-pupil portrait read yaw -9.5° with opencv 5.1.0.95 and < 8° with
5.0.0.93). This audit rebuilds the images whose verdicts tests/vision/test_quality.py, test_tracking.py and
tests/cli/test_check.py assert (the degradations of tests.support.degrade on the compliant base, both
scans; the compliant base itself, also as a tracked live stream and as the JPEG `facestation check` reads;
grace_hopper and the astronaut as those tests use them; the tracking tests' own scene and jittered frames),
and prints, per check component, the measured value, its limit, the margin, and the margin in noise units.

Noise of a measure on an image: the spread (max - min) of that measure over nuisance re-takes of the same
image that should not change it: sub-pixel shifts, sensor noise σ3 (not counted for sharpness), JPEG q90,
blur σ0.6, a 3 % zoom (not counted for size measures), a ±5 % gain (not counted for exposure measures). For yaw, pitch and roll it is at
least the spread over tests/support/pose_variants.py's pose-neutral kiosk variants of the same person
(shift 25 px, scale ±15 %, exposure, blur, noise, JPEG, roll 4°; roll's own variant left out for roll).
A component is FLAGGED when the asserted verdict rests on a margin under FLAG_NOISE_UNITS of its noise. Exits
1 when anything is flagged.
"""

from __future__ import annotations

import argparse
import functools
import json
import math
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import _repo_root  # noqa: F401, I001  (puts the repository on sys.path for tests.support)
import cv2
import numpy as np

from facestation.vision import measures as vision_measures
from facestation.vision import quality
from facestation.vision.face_search import FaceSearch
from facestation.vision.faces import detect_faces, locate_landmarks
from facestation.vision.portrait import crop_portrait
from tests.support import degrade, portraits
from tests.support.pose_variants import jittered_frames, pose_neutral_variants

FLAG_NOISE_UNITS = 2.0
LIMITS = quality.DEFAULT_THRESHOLDS
SIZE_MEASURES = {"interEyeDistance", "headWidth", "headLength"}
EXPOSURE_MEASURES = {"brightness", "darkFraction", "brightFraction", "distinctLevels", "cheekBalance",
                     "backlight"}
POSE_MEASURES = ("yaw", "pitch", "roll")


# -- what a check's verdict is made of ------------------------------------------------------------------------


@dataclass(frozen=True)
class Component:
    """One limit a check applies: `margin(value)` > 0 on the passing side, in the measure's own units."""

    check: str
    measure: str
    limit: str  # for the table: "≥ 90", "≤ 7 (|x|)"
    margin: Callable[[float], float]
    read: Callable[[np.ndarray, quality.QualityReport], float]
    scale: Callable[[float], float] = float  # the units of margin and noise (log for sharpness)


def _measure(name: str) -> Callable[[np.ndarray, quality.QualityReport], float]:
    return lambda image, report: float(report.measures.get(name, math.nan))


def _room(side: str) -> Callable[[np.ndarray, quality.QualityReport], float]:
    """Head box room inside the region, as a share of the region (crown/chin/left/right), >= 0 to pass."""
    def read(image: np.ndarray, report: quality.QualityReport) -> float:
        if report.face is None:
            return math.nan
        head, region = vision_measures.head_box(report.face), report.region
        return {
            "crown": (head.top - region.top) / region.height,
            "chin": (region.bottom - head.bottom) / region.height,
            "left": (head.left - region.left) / region.width,
            "right": (region.right - head.right) / region.width,
        }[side]
    return read


def _backlight(image: np.ndarray, report: quality.QualityReport) -> float:
    """Face luma + 40 - frame luma: > 0 means a dark face reads "too dark", not "backlit" (the guidance)."""
    if report.face is None:
        return math.nan
    luma = cv2.cvtColor(image, cv2.COLOR_BGR2YCrCb)[..., 0]
    stats = vision_measures.exposure(luma, vision_measures.skin_mask(report.face, image.shape[:2]))
    return stats.mean + 40 - stats.frame_mean


def _second_face_area(image: np.ndarray, report: quality.QualityReport) -> float:
    return float(report.measures.get("secondFaceRatio", math.nan))


def _range(low: float, high: float) -> Callable[[float], float]:
    return lambda value: min(value - low, high - value)


def _at_least(low: float) -> Callable[[float], float]:
    return lambda value: value - low


def _at_most(high: float) -> Callable[[float], float]:
    return lambda value: high - value


def _abs_at_most(high: float) -> Callable[[float], float]:
    return lambda value: high - abs(value)


def _safe_log(value: float) -> float:
    return math.log(max(value, 1e-6))


def _log_at_least(low: float) -> Callable[[float], float]:
    # Sharpness spans two orders of magnitude: its noise is multiplicative, so margins are in log units.
    return lambda value: math.log(max(value, 1e-6) / low)


VERTICAL, HORIZONTAL, EXPOSURE, RED, RESOLUTION, ONE_FACE, FRONTAL, OVERALL = (
    quality.VERTICAL_POSITION, quality.HORIZONTAL_CENTRE, quality.EXPOSURE, quality.EYES_NOT_RED,
    quality.RESOLUTION, quality.ONE_FACE, quality.FRONTAL, quality.OVERALL)

COMPONENTS: tuple[Component, ...] = (
    Component(VERTICAL, "eyeLine", f"{LIMITS.eye_line_min}-{LIMITS.eye_line_max}",
              _range(LIMITS.eye_line_min, LIMITS.eye_line_max), _measure("eyeLine")),
    Component(VERTICAL, "crownRoom", "≥ 0", _at_least(0.0), _room("crown")),
    Component(VERTICAL, "chinRoom", "≥ 0", _at_least(0.0), _room("chin")),
    Component(HORIZONTAL, "horizontalCentre", f"{LIMITS.centre_min}-{LIMITS.centre_max}",
              _range(LIMITS.centre_min, LIMITS.centre_max), _measure("horizontalCentre")),
    Component(HORIZONTAL, "leftRoom", "≥ 0", _at_least(0.0), _room("left")),
    Component(HORIZONTAL, "rightRoom", "≥ 0", _at_least(0.0), _room("right")),
    Component(EXPOSURE, "brightness", f"{LIMITS.min_face_luma:g}-{LIMITS.max_face_luma:g}",
              _range(LIMITS.min_face_luma, LIMITS.max_face_luma), _measure("brightness")),
    Component(EXPOSURE, "darkFraction", f"≤ {LIMITS.max_dark_fraction}", _at_most(LIMITS.max_dark_fraction),
              _measure("darkFraction")),
    Component(EXPOSURE, "brightFraction", f"≤ {LIMITS.max_bright_fraction}",
              _at_most(LIMITS.max_bright_fraction), _measure("brightFraction")),
    Component(EXPOSURE, "distinctLevels", f"≥ {LIMITS.min_distinct_levels}",
              _at_least(LIMITS.min_distinct_levels), _measure("distinctLevels")),
    Component(EXPOSURE, "cheekBalance", f"≥ {LIMITS.min_cheek_balance}", _at_least(LIMITS.min_cheek_balance),
              _measure("cheekBalance")),
    Component(RED, "redEyeFraction", f"≤ {LIMITS.max_red_fraction}", _at_most(LIMITS.max_red_fraction),
              _measure("redEyeFraction")),
    Component(RESOLUTION, "interEyeDistance", f"≥ {LIMITS.min_inter_eye_px:g}",
              _at_least(LIMITS.min_inter_eye_px), _measure("interEyeDistance")),
    Component(RESOLUTION, "headWidth", f"≤ {LIMITS.max_head_width}", _at_most(LIMITS.max_head_width),
              _measure("headWidth")),
    Component(RESOLUTION, "headLength", f"≤ {LIMITS.max_head_length}", _at_most(LIMITS.max_head_length),
              _measure("headLength")),
    Component(ONE_FACE, "faceCount", "≤ 1 (counted faces)", _at_most(1.5), _measure("faceCount")),
    Component(ONE_FACE, "secondFaceRatio", f"< {LIMITS.max_second_face_area} (area rule)",
              _at_most(LIMITS.max_second_face_area), _second_face_area),
    Component(FRONTAL, "yaw", f"|x| ≤ {LIMITS.max_yaw:g}", _abs_at_most(LIMITS.max_yaw), _measure("yaw")),
    Component(FRONTAL, "pitch", f"|x| ≤ {LIMITS.max_pitch:g}", _abs_at_most(LIMITS.max_pitch), _measure("pitch")),
    Component(FRONTAL, "roll", f"|x| ≤ {LIMITS.max_roll:g}", _abs_at_most(LIMITS.max_roll), _measure("roll")),
    Component(OVERALL, "eyesOpen", f"≥ {LIMITS.min_eye_openness}", _at_least(LIMITS.min_eye_openness),
              _measure("eyesOpen")),
    Component(OVERALL, "mouthOpening", f"≤ {LIMITS.max_mouth_opening}", _at_most(LIMITS.max_mouth_opening),
              _measure("mouthOpening")),
    Component(OVERALL, "sharpness", f"≥ {LIMITS.min_sharpness:g} (log)", _log_at_least(LIMITS.min_sharpness),
              _measure("sharpness"), _safe_log),
)
BACKLIGHT = Component(EXPOSURE, "backlight", "face+40-frame > 0 (TOO_DARK, not BACKLIT)", _at_least(0.0),
                      _backlight)


# -- the cases: images whose verdicts the tests assert ------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """An image, how a test analyses it, and the verdicts the test asserts.

    `expected`: check -> asserted verdict. `must_pass`: components that must pass for the asserted guidance
    (a 15° roll must fail on roll, not yaw, to say "head straight"). `also_read`: extra components to read.
    `noise_from`: reuse another case's noise (frames of the same scene), instead of re-taking this one."""

    label: str
    image: np.ndarray
    expected: dict[str, bool]
    thorough: bool = False
    region: quality.Box | None = None
    tracked: bool = False
    must_pass: tuple[str, ...] = ()
    also_read: tuple[Component, ...] = ()
    noise_from: str | None = None
    person: str = "grace_hopper"
    tests: str = ""


def analyse(case: Case, image: np.ndarray) -> quality.QualityReport:
    if not case.tracked:
        return quality.analyze(image, thorough=case.thorough, region=case.region)
    # A live stream of the same frame through one FaceSearch (the station's pipeline): the report once the
    # pose smoother's window is full.
    search = FaceSearch()
    report = quality.analyze(image, region=case.region, search=search)
    for _ in range(5):
        report = quality.analyze(image, region=case.region, search=search)
    return report


def nuisance_retakes(image: np.ndarray, seed: int = 11) -> dict[str, np.ndarray]:
    """The same picture as another camera frame of it would be: nothing a check should react to."""
    height, width = image.shape[:2]
    rng = np.random.default_rng(seed)

    def shifted(dx: float, dy: float) -> np.ndarray:
        return cv2.warpAffine(image, np.float32([[1, 0, dx], [0, 1, dy]]), (width, height),
                              flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)

    zoom = cv2.getRotationMatrix2D((width / 2, height / 2), 0.0, 0.97)
    _, jpeg = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, 90])
    return {
        "shift +1.5,+1": shifted(1.5, 1.0),
        "shift -2,-1.5": shifted(-2.0, -1.5),
        "noise σ3": np.clip(image + rng.normal(0.0, 3.0, image.shape), 0, 255).astype(np.uint8),
        "JPEG q90": cv2.imdecode(jpeg, cv2.IMREAD_COLOR),
        "blur σ0.6": cv2.GaussianBlur(image, (0, 0), 0.6),
        "zoom 0.97": cv2.warpAffine(image, zoom, (width, height), flags=cv2.INTER_AREA,
                                    borderMode=cv2.BORDER_REPLICATE),
        "gain 0.95": cv2.convertScaleAbs(image, alpha=0.95),
        "gain 1.05": cv2.convertScaleAbs(image, alpha=1.05),
    }


def counts_for(measure: str, retake: str) -> bool:
    """Whether a re-take is nuisance for this measure (a zoom changes sizes, a gain changes exposure)."""
    if retake.startswith("zoom"):
        return measure not in SIZE_MEASURES
    if retake.startswith("gain"):
        return measure not in EXPOSURE_MEASURES
    if retake.startswith("noise"):
        # Sensor noise is high-frequency content: it raises the Laplacian variance of a blurred face (σ3 reads
        # ~220 on the blurred degradation, whose clean re-takes read 66-90), a change of what sharpness
        # measures, not a re-reading of it.
        return measure != "sharpness"
    return True


@functools.cache
def pose_noise(person: str, thorough: bool) -> dict[str, float]:
    """Spread of yaw, pitch and roll over the pose-neutral kiosk variants of this person (both scans)."""
    photo = {"grace_hopper": portraits.compliant_base().photo, "astronaut": portraits.astronaut()}[person]
    face = locate_landmarks(photo, detect_faces(photo)[0])
    readings: dict[str, list[float]] = {angle: [] for angle in POSE_MEASURES}
    for name, variant in pose_neutral_variants(photo, face).items():
        report = quality.analyze(variant, thorough=thorough)
        for angle in POSE_MEASURES:
            if angle == "roll" and name.startswith("rolled"):
                continue
            readings[angle].append(float(report.measures.get(angle, math.nan)))
    return {angle: _spread(values) for angle, values in readings.items()}


def _spread(values: Iterable[float]) -> float:
    finite = [value for value in values if math.isfinite(value)]
    return max(finite) - min(finite) if len(finite) >= 2 else math.nan


def all_pass_except(*failing: str) -> dict[str, bool]:
    return {name: name not in failing for name in quality.CHECK_NAMES}


def cases() -> list[Case]:
    base = portraits.compliant_base()
    found: list[Case] = []
    for thorough in (True, False):
        scan = "thorough" if thorough else "fast"
        found.append(Case(f"compliant base [{scan}]", base.portrait, all_pass_except(), thorough,
                          tests="test_quality compliant, test_cli check (thorough)"))
        for degradation in degrade.DEGRADATIONS:
            image = degradation.apply(base.photo, base.face, base.portrait, base.portrait_face)
            must_pass = ("yaw", "pitch") if degradation.name.startswith("rolled") else ()
            extra = (BACKLIGHT,) if degradation.name == "too dark" else ()
            found.append(Case(f"{degradation.name} [{scan}]", image, degradation.truth(), thorough,
                              must_pass=must_pass, also_read=extra, tests="test_quality degradations"))
    found.append(Case("compliant base [tracked live]", base.portrait, all_pass_except(), tracked=True,
                      tests="station pipeline / capture panel on compliant.png"))
    _, jpeg = cv2.imencode(".jpg", base.portrait, [cv2.IMWRITE_JPEG_QUALITY, 95])
    found.append(Case("compliant JPEG q95 [thorough]", cv2.imdecode(jpeg, cv2.IMREAD_COLOR), all_pass_except(),
                      thorough=True, tests="test_cli check"))
    found += _package_photo_cases()
    found += _region_cases(base.portrait)
    found += _tracking_cases()
    return found


RED_PUPILS = next(d for d in degrade.DEGRADATIONS if d.name == "red pupils")


def _package_photo_cases() -> list[Case]:
    found = []
    astronaut, grace = portraits.astronaut(), portraits.grace_hopper()
    for thorough in (True, False):
        scan = "thorough" if thorough else "fast"
        found.append(Case(f"astronaut [{scan}]", astronaut, {RESOLUTION: False, ONE_FACE: True, OVERALL: False},
                          thorough, person="astronaut", tests="test_quality astronaut, test_cli check"))
        found.append(Case(f"grace_hopper raw [{scan}]", grace, {RED: True}, thorough,
                          tests="test_quality warm skin is not red eye"))
        for name, photo in (("grace_hopper", grace), ("astronaut", astronaut)):
            face = quality.analyze(photo).face
            painted = RED_PUPILS.apply(photo, face, photo, face)
            found.append(Case(f"{name} painted red pupils [{scan}]", painted, {RED: False}, thorough,
                              person=name, tests="test_quality painted red pupils"))
    return found


def _paste(portrait: np.ndarray, frame_size: tuple[int, int], left: int) -> np.ndarray:
    # As tests/vision/test_quality.py paste_into_frame.
    width, height = frame_size
    region = quality.centred_portrait_region(width, height)
    size = (round(region.width), round(region.height))
    interpolation = cv2.INTER_AREA if size[0] < portrait.shape[1] else cv2.INTER_CUBIC
    scaled = cv2.resize(portrait, size, interpolation=interpolation)
    frame = np.full((height, width, 3), 128, np.uint8)
    top = round(region.top)
    frame[top: top + size[1], left: left + size[0]] = scaled
    return frame


def _region_cases(portrait: np.ndarray) -> list[Case]:
    found = []
    small, large = quality.centred_portrait_region(640, 480), quality.centred_portrait_region(1280, 960)
    for thorough in (True, False):
        scan = "thorough" if thorough else "fast"
        found.append(Case(f"640x480 region, centred [{scan}]", _paste(portrait, (640, 480), 140),
                          {HORIZONTAL: True, VERTICAL: True}, thorough, region=small,
                          tests="test_quality region centred"))
        found.append(Case(f"640x480 region, left edge [{scan}]", _paste(portrait, (640, 480), 0),
                          {HORIZONTAL: False}, thorough, region=small, tests="test_quality region left edge"))
        for left, failing in ((280, ()), (0, (HORIZONTAL, OVERALL)), (560, (HORIZONTAL, OVERALL))):
            found.append(Case(f"1280x960 region, left={left} [{scan}]", _paste(portrait, (1280, 960), left),
                              all_pass_except(*failing), thorough, region=large,
                              tests="test_quality region in a large frame"))
    return found


@functools.cache
def tracking_scene() -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """tests/vision/test_tracking.py's _scene: its own 1.5x upscale of grace_hopper and its degradations."""
    photo = portraits.grace_hopper()
    photo = cv2.resize(photo, None, fx=1.5, fy=1.5, interpolation=cv2.INTER_CUBIC)
    face = locate_landmarks(photo, detect_faces(photo)[0])
    portrait = crop_portrait(photo, face)
    portrait_face = locate_landmarks(portrait, detect_faces(portrait)[0])
    return portrait, {d.name: d.apply(photo, face, portrait, portrait_face) for d in degrade.DEGRADATIONS}


def _tracking_cases() -> list[Case]:
    portrait, variants = tracking_scene()
    good = "tracking good [fast]"
    found = [Case(good, portrait, all_pass_except(), tests="test_tracking base passes")]
    for name, failing in (("too small", RESOLUTION), ("too dark", EXPOSURE), ("shifted left", HORIZONTAL),
                          ("blurred", OVERALL)):
        found.append(Case(f"tracking {name} [fast]", variants[name], {failing: False, OVERALL: False},
                          tests="test_tracking sequences"))
    found.append(Case("tracking moved 12 px [fast]", np.roll(portrait, 12, axis=1), all_pass_except(),
                      noise_from=good, tests="test_tracking waits for a still head"))
    runs = (("still", 8, 0.0, 0.0, 3), ("moving 5 px", 10, -5.0, 15.0, 3), ("walking 8 px", 6, 8.0, -20.0, 5))
    for run, count, step, start, seed in runs:
        for index, frame in enumerate(jittered_frames(portrait, count, step_px=step, start_px=start, seed=seed)):
            # The walking run's frames are not asserted one by one; its last frame is (it stops there).
            if run == "walking 8 px" and index < count - 1:
                continue
            found.append(Case(f"tracking jitter {run} #{index} [fast]", frame, all_pass_except(),
                              noise_from=good, tests="test_tracking jittered runs"))
    return found


# -- measuring -----------------------------------------------------------------------------------------------


@dataclass
class Reading:
    case: str
    check: str
    measure: str
    limit: str
    value: float
    margin: float
    noise: float
    asserted: bool | None  # the check's asserted verdict, None when not asserted
    role: str  # "must pass", "decides fail", "other"
    retakes: dict[str, float] = field(default_factory=dict)  # the measure on each nuisance re-take
    flagged: bool = False

    @property
    def units(self) -> float:
        if not math.isfinite(self.noise) or self.noise <= 0:
            return math.inf if self.margin > 0 else -math.inf
        return self.margin / self.noise


@dataclass
class CaseResult:
    case: Case
    verdicts: dict[str, bool]
    readings: list[Reading] = field(default_factory=list)

    @property
    def verdict_ok(self) -> bool:
        return all(self.verdicts.get(check) == want for check, want in self.case.expected.items())


def components_of(case: Case) -> list[Component]:
    return [*COMPONENTS, *case.also_read]


def measure_case(case: Case, noise_cache: dict[str, dict[str, float]]) -> CaseResult:
    report = analyse(case, case.image)
    verdicts = {name: check.passed for name, check in report.checks.items()}
    result = CaseResult(case, verdicts)
    components = components_of(case)
    retake_values: dict[str, dict[str, float]] = {}
    if case.noise_from is not None:
        noise = noise_cache[case.noise_from]
    else:
        retaken = {name: (image, analyse(case, image)) for name, image in nuisance_retakes(case.image).items()}
        noise = {}
        for component in components:
            values = {name: component.read(image, retake) for name, (image, retake) in retaken.items()
                      if counts_for(component.measure, name)}
            retake_values[component.measure] = values
            scaled = [component.scale(value) for value in [component.read(case.image, report), *values.values()]
                      if math.isfinite(value)]
            noise[component.measure] = _spread(scaled)
        if not case.tracked:
            for angle, spread in pose_noise(case.person, case.thorough).items():
                noise[angle] = max(noise[angle], spread) if math.isfinite(noise[angle]) else spread
        noise_cache[case.label] = noise
    for component in components:
        value = component.read(case.image, report)
        if not math.isfinite(value):
            continue
        asserted = case.expected.get(component.check)
        margin = component.margin(value)
        role = "other"
        if component.measure in case.must_pass or asserted is True:
            role = "must pass"
        elif asserted is False and margin < 0:
            role = "decides fail"
        result.readings.append(Reading(case.label, component.check, component.measure, component.limit, value,
                                       margin, noise.get(component.measure, math.nan), asserted, role,
                                       retake_values.get(component.measure, {})))
    _flag(result)
    return result


def _flag(result: CaseResult) -> None:
    for reading in result.readings:
        if reading.role == "must pass":
            reading.flagged = reading.units < FLAG_NOISE_UNITS
    # A failing check is robust when at least one of its components fails by a wide margin.
    for check, want in result.case.expected.items():
        others_fail = any(want is False for name, want in result.case.expected.items() if name != OVERALL)
        if want is not False or (check == OVERALL and others_fail):
            continue  # overall fails because another check does
        deciding = [reading for reading in result.readings if reading.check == check and reading.role == "decides fail"]
        if deciding and max(-reading.units for reading in deciding) < FLAG_NOISE_UNITS:
            for reading in deciding:
                reading.flagged = True


def print_table(results: list[CaseResult]) -> None:
    print(f"{'case':42} {'check':26} {'measure':17} {'limit':22} {'value':>9} {'margin':>9} {'noise':>8} "
          f"{'×noise':>7}  role")
    for result in results:
        shown = [r for r in result.readings if r.role != "other" or r.flagged]
        if not result.verdict_ok:
            wrong = {c: result.verdicts.get(c) for c, want in result.case.expected.items()
                     if result.verdicts.get(c) != want}
            print(f"{result.case.label:42} VERDICT DIFFERS FROM THE TEST'S ASSERTION: {wrong}")
        for reading in shown:
            units = f"{reading.units:7.1f}" if math.isfinite(reading.units) else "    inf"
            flag = "  <-- FLAGGED" if reading.flagged else ""
            print(f"{reading.case:42} {reading.check:26} {reading.measure:17} {reading.limit:22} "
                  f"{reading.value:9.3f} {reading.margin:9.3f} {reading.noise:8.3f} {units}  {reading.role}{flag}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", help="audit only the cases whose label contains this")
    parser.add_argument("--json", type=Path, help="also write every reading to this file")
    args = parser.parse_args(argv)
    print(f"opencv {cv2.__version__}, numpy {np.__version__}; flag: margin < {FLAG_NOISE_UNITS:g}x noise")
    selected = [case for case in cases() if args.only is None or args.only in case.label]
    # Cases that borrow noise come after the case they borrow it from.
    noise_cache: dict[str, dict[str, float]] = {}
    results = [measure_case(case, noise_cache) for case in selected if case.noise_from is None]
    for case in selected:
        if case.noise_from is not None:
            if case.noise_from not in noise_cache:
                measure_case(next(c for c in cases() if c.label == case.noise_from), noise_cache)
            results.append(measure_case(case, noise_cache))
    print_table(results)
    flagged = [r for result in results for r in result.readings if r.flagged]
    wrong = [result.case.label for result in results if not result.verdict_ok]
    print(f"\n{len(results)} cases, {sum(len(r.readings) for r in results)} readings; "
          f"{len(flagged)} flagged, {len(wrong)} verdicts differ from the tests' assertions")
    for reading in flagged:
        print(f"  FLAGGED {reading.case}: {reading.measure} {reading.value:.3f} vs {reading.limit}, margin "
              f"{reading.margin:.3f} = {reading.units:.1f}x noise {reading.noise:.3f}")
        if reading.retakes:
            print("      re-takes: " + ", ".join(f"{name} {value:.3f}" for name, value in reading.retakes.items()))
    if args.json:
        rows = [{**vars(reading), "units": reading.units} for result in results for reading in result.readings]
        args.json.write_text(json.dumps(rows, indent=1, default=str))
    return 1 if flagged or wrong else 0


if __name__ == "__main__":
    sys.exit(main())
