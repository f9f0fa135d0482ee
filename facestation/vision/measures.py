"""Measured quantities of one face in one image: eyes, mouth, exposure, sharpness, background, red eye.

Each function takes the image and the located `Face` and returns plain numbers; deciding what passes is
`quality.py`'s job. Methods follow docs/quality-checks.md (OFIQ-style where dlib-68 can reproduce it).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt

from facestation.vision.faces import (
    CHIN,
    IMAGE_LEFT_EYE,
    IMAGE_RIGHT_EYE,
    JAW,
    MOUTH_LEFT,
    MOUTH_RIGHT,
    OUTER_LIPS,
    BGRImage,
    Box,
    Face,
)

Mask = npt.NDArray[np.bool_]

def eye_aspect_ratio(eye: npt.NDArray[np.float64]) -> float:
    """Soukupová & Čech's EAR for one eye's six points: ~0.3 open, below ~0.2 closed."""
    vertical = np.linalg.norm(eye[1] - eye[5]) + np.linalg.norm(eye[2] - eye[4])
    horizontal = np.linalg.norm(eye[0] - eye[3])
    return float(vertical / max(2.0 * horizontal, 1e-9))


def eye_openness(face: Face) -> tuple[float, float]:
    """EAR of the image-left and image-right eye."""
    return (eye_aspect_ratio(face.landmarks[IMAGE_LEFT_EYE]), eye_aspect_ratio(face.landmarks[IMAGE_RIGHT_EYE]))


def mouth_opening(face: Face) -> float:
    """Mean inner-lip gap over mouth width (MAR): ~0 closed, > ~0.1 open (speaking, a toothy smile)."""
    inner = face.landmarks
    gaps = [np.linalg.norm(inner[a] - inner[b]) for a, b in ((61, 67), (62, 66), (63, 65))]
    width = np.linalg.norm(inner[60] - inner[64])
    return float(np.mean(gaps) / max(width, 1e-9))


def _polygon_mask(shape: tuple[int, int], points: npt.NDArray[np.float64]) -> Mask:
    mask = np.zeros(shape, dtype=np.uint8)
    cv2.fillPoly(mask, [np.round(points).astype(np.int32)], 1)
    return mask.astype(bool)


def skin_mask(face: Face, shape: tuple[int, int]) -> Mask:
    """Convex hull of the face landmarks minus the eyes and the mouth: the pixels exposure is judged on."""
    hull = cv2.convexHull(np.round(face.landmarks[:68]).astype(np.int32))
    mask = np.zeros(shape, dtype=np.uint8)
    cv2.fillConvexPoly(mask, hull, 1)
    for region in (IMAGE_LEFT_EYE, IMAGE_RIGHT_EYE, OUTER_LIPS):
        cv2.fillPoly(mask, [np.round(face.landmarks[region]).astype(np.int32)], 0)
    return mask.astype(bool)


@dataclass(frozen=True)
class Exposure:
    """Luma (sRGB Y', 0-255) statistics over the skin mask."""

    mean: float
    dark_fraction: float  # share of pixels at or below DARK_LEVEL: crushed shadows
    bright_fraction: float  # share at or above BRIGHT_LEVEL: clipped highlights
    distinct_levels: int  # ISO 19794-5 asks for at least 7 bits (128 levels) of variation
    entropy_bits: float  # OFIQ DynamicRange raw value
    frame_mean: float  # mean luma of the whole frame, to tell a backlit face from a dark room


DARK_LEVEL = 20
BRIGHT_LEVEL = 250


def exposure(luma: npt.NDArray[np.uint8], mask: Mask) -> Exposure:
    values = luma[mask]
    if values.size == 0:
        values = luma.reshape(-1)
    histogram = np.bincount(values, minlength=256).astype(np.float64)
    probabilities = histogram[histogram > 0] / values.size
    return Exposure(
        mean=float(values.mean()),
        dark_fraction=float(histogram[: DARK_LEVEL + 1].sum() / values.size),
        bright_fraction=float(histogram[BRIGHT_LEVEL:].sum() / values.size),
        distinct_levels=int((histogram > 0).sum()),
        entropy_bits=float(-(probabilities * np.log2(probabilities)).sum()),
        frame_mean=float(luma.mean()),
    )


def cheek_boxes(face: Face) -> tuple[Box, Box]:
    """OFIQ's cheek squares: side 0.3·IED, centred half the eye-to-mouth distance below each eye."""
    side = 0.3 * face.inter_eye_distance
    mouth_y = (face.landmarks[MOUTH_LEFT][1] + face.landmarks[MOUTH_RIGHT][1]) / 2
    boxes = []
    for eye_x, eye_y in (face.left_eye, face.right_eye):
        centre_y = eye_y + (mouth_y - eye_y) / 2
        boxes.append(Box(eye_x - side / 2, centre_y - side / 2, eye_x + side / 2, centre_y + side / 2))
    return boxes[0], boxes[1]


def _crop(image: npt.NDArray[np.uint8], box: Box) -> npt.NDArray[np.uint8]:
    height, width = image.shape[:2]
    x0, y0 = max(0, int(box.left)), max(0, int(box.top))
    x1, y1 = min(width, int(math.ceil(box.right))), min(height, int(math.ceil(box.bottom)))
    return image[y0:max(y0, y1), x0:max(x0, x1)]


def _cheek_patches(luma: npt.NDArray[np.uint8], face: Face) -> list[npt.NDArray[np.uint8]] | None:
    """The two cheek squares' pixels, or None when either falls outside the image."""
    patches = [_crop(luma, box) for box in cheek_boxes(face)]
    return None if any(patch.size == 0 for patch in patches) else patches


def cheek_balance(luma: npt.NDArray[np.uint8], face: Face) -> float:
    """Darker cheek's mean luma over the brighter one's (0-1): 1 = both cheeks equally lit, low = side light.

    Gated on instead of OFIQ's histogram intersection (also reported), which drops to ~0 for a mere
    15-level offset between two narrow histograms and so rejects many ordinary, evenly lit photos."""
    patches = _cheek_patches(luma, face)
    if patches is None:
        return 0.0
    means = [float(patch.mean()) for patch in patches]
    return min(means) / max(max(means), 1e-9)


def illumination_uniformity(luma: npt.NDArray[np.uint8], face: Face) -> float:
    """Histogram intersection (0-1) of the two cheeks' normalised luma histograms (OFIQ): 1 = evenly lit."""
    patches = _cheek_patches(luma, face)
    if patches is None:
        return 0.0
    histograms = []
    for patch in patches:
        # 32 bins rather than 256: cheek patches hold only a few hundred pixels at kiosk resolutions, and
        # sparse 256-bin histograms would read as "different" from sampling noise alone.
        histogram = np.bincount(patch.reshape(-1) // 8, minlength=32).astype(np.float64)
        histograms.append(histogram / histogram.sum())
    return float(np.minimum(histograms[0], histograms[1]).sum())


def aligned_face(image: BGRImage, face: Face, inter_eye_px: float = 64.0, size: int = 192) -> BGRImage:
    """The face rotated so the eyes are level and scaled so they are `inter_eye_px` apart, in a size² crop with
    the eyes 40 % from the top: a canonical view in which sharpness is comparable across distances."""
    (lx, ly), (rx, ry) = face.left_eye, face.right_eye
    angle = math.degrees(math.atan2(ry - ly, rx - lx))
    scale = inter_eye_px / max(face.inter_eye_distance, 1e-9)
    centre = face.eye_midpoint
    matrix = cv2.getRotationMatrix2D(centre, angle, scale)
    matrix[0, 2] += size / 2 - centre[0]
    matrix[1, 2] += 0.4 * size - centre[1]
    return cv2.warpAffine(image, matrix, (size, size), flags=cv2.INTER_AREA, borderMode=cv2.BORDER_REPLICATE)


def sharpness(image: BGRImage, face: Face) -> float:
    """Variance of the Laplacian over the central face in the canonical aligned view (VoL)."""
    grey = cv2.cvtColor(aligned_face(image, face), cv2.COLOR_BGR2GRAY)
    # Eyes at (64±32, 77), mouth near y≈150: this window covers brows, eyes, nose and mouth, where the
    # edges that blur removes are, and excludes hair and background, whose texture varies by person.
    window = grey[50:165, 40:152]
    return float(cv2.Laplacian(window, cv2.CV_64F, ksize=3).var())


def head_box(face: Face) -> Box:
    """Approximate head extent from landmarks (there is no crown landmark): jaw width widened by 10 % for
    the ears and hair, crown one eye-to-chin distance above the eyes (docs/quality-checks.md, "How one image is
    analysed")."""
    jaw = face.landmarks[JAW]
    left, right = float(jaw[:, 0].min()), float(jaw[:, 0].max())
    widen = 0.05 * (right - left)
    crown = face.eye_midpoint[1] - CROWN_ABOVE_EYES * face.eye_to_chin
    return Box(left - widen, crown, right + widen, float(face.landmarks[CHIN][1]))


# k in crown_y = eyeMid.y − k·t; the usual reading is 1.0-1.2 (docs/quality-checks.md).
CROWN_ABOVE_EYES = 1.1


@dataclass(frozen=True)
class Background:
    """Texture and colour of the background beside the head, above the shoulders."""

    gradient: float  # mean Sobel magnitude (|Gx|+|Gy|)/8 of luma
    lightness_std: float  # std of Lab L* (0-100)
    side_difference: float  # |mean L* left − mean L* right|: a shadow on one side of the head
    sampled_fraction: float  # share of the frame that was sampled; small when the head fills the frame


def background(image: BGRImage, face: Face) -> Background | None:
    """Sample the strips left and right of the head from the top of the image down to the eye line.
    None when the head leaves no background to sample."""
    height, width = image.shape[:2]
    head = head_box(face)
    gap = 0.25 * face.inter_eye_distance
    bottom = int(max(0.0, min(height, face.eye_midpoint[1])))
    strips = [
        image[:bottom, : max(0, int(head.left - gap))],
        image[:bottom, min(width, int(head.right + gap)) :],
    ]
    strips = [strip for strip in strips if strip.shape[0] >= 4 and strip.shape[1] >= 4]
    if not strips:
        return None
    gradients, lightness = [], []
    for strip in strips:
        luma = cv2.cvtColor(strip, cv2.COLOR_BGR2GRAY).astype(np.float32)
        gx = cv2.Sobel(luma, cv2.CV_32F, 1, 0, ksize=3)
        gy = cv2.Sobel(luma, cv2.CV_32F, 0, 1, ksize=3)
        gradients.append(((np.abs(gx) + np.abs(gy)) / 8).reshape(-1))
        # OpenCV's 8-bit Lab scales L* to 0-255.
        lightness.append(cv2.cvtColor(strip, cv2.COLOR_BGR2Lab)[..., 0].astype(np.float32).reshape(-1) * (100 / 255))
    all_lightness = np.concatenate(lightness)
    side_difference = abs(float(lightness[0].mean() - lightness[1].mean())) if len(lightness) == 2 else 0.0
    return Background(
        gradient=float(np.concatenate(gradients).mean()),
        lightness_std=float(all_lightness.std()),
        side_difference=side_difference,
        sampled_fraction=sum(strip.shape[0] * strip.shape[1] for strip in strips) / float(height * width),
    )


# Flash red-eye is the retina's reflex: a saturated red that fills the pupil, far redder than any skin of the
# same face. Each condition below removes a false positive measured on ordinary photos (see red_eye_fraction).
# Red dominates both other channels (hue near pure red): skin, lips and the caruncle are orange or pink (R < 2G).
_RED_OVER_GREEN_AND_BLUE = 2.0
# Lab a* (red-green axis, OpenCV 8-bit units minus 128) at least this far above the face's own skin (median a* of
# the two cheek squares). Measured inside the pupil discs of every face in the data sets (benchmarks/README.md) and
# the package portraits: skin + 17 at most (a face 34 px between the eyes), grace_hopper's warm lower lid + 10 (a*
# 38 against cheeks at 28); painted flash red (BGR 30,25,190) reads a* 61, skin + 30 or more.
_RED_A_ABOVE_SKIN = 20.0
# And at least this red whatever the skin: a brown iris lifted by over-exposure reads a* 30-46 while its skin,
# clipped to white, reads ~0; flash-red colours read 49 (BGR 30,30,150) to 80 (pure red).
_RED_MIN_A = 48.0
# Skin a* to compare against when the cheeks are out of the image: the median over the faces of
# the data sets of benchmarks/README.md (faces-pairs and faces-multi read 9-31).
_TYPICAL_SKIN_A = 20.0
# "Reddish": the looser test that outlines a blob. A red-eye blob is the pupil, ringed by an iris that is not
# reddish; red pixels of lids and skin sit in reddish skin that runs on past the eye.
_REDDISH_OVER_GREEN_AND_BLUE = 1.5
_REDDISH_A_ABOVE_SKIN = 10.0
# Lab L*: the near-black iris and lash line around a red pupil take a red cast from JPEG's chroma subsampling
# (BGR 0,0,59 reads a* 29) and would join the pupil to the lids; they are not reddish skin.
_REDDISH_MIN_LIGHTNESS = 25.0
# A red-eye blob fills the pupil and at most the iris (~0.42 of the eye's corner-to-corner width): largest extent
# of a reddish blob, in eye widths, that can be flash red whatever its make-up. Measured: painted red pupils
# (diameter 0.4) 0.35-0.45, 0.57 at most after JPEG q60 smears them.
_RED_BLOB_MAX_EXTENT = 0.6
# A larger reddish blob is flash red only when at least this share of it is strict red (a red pupil touching a
# reddish lid margin). Measured: painted pupils 1.0, 0.45-0.87 after JPEG q60; grace_hopper's over-exposed lids,
# which reach into a slipped pupil disc, 0.21 over a blob 1.3 eye widths across.
_RED_BLOB_MIN_STRICT_SHARE = 0.5


def _lab(patch: BGRImage) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]]:
    """Lab L* (0-100) and a* (0 = neutral, > 0 red, < 0 green) per pixel."""
    lab = cv2.cvtColor(np.ascontiguousarray(patch), cv2.COLOR_BGR2Lab).astype(np.float32)
    return lab[..., 0] * (100 / 255), lab[..., 1] - 128


def _skin_redness(image: BGRImage, face: Face) -> float:
    """Median Lab a* of the cheek squares: how red this face's skin looks in this light, so a warm complexion or a
    warm white balance does not read as red eye."""
    values = [_lab(patch)[1].reshape(-1) for patch in (_crop(image, box) for box in cheek_boxes(face)) if patch.size]
    return float(np.median(np.concatenate(values))) if values else _TYPICAL_SKIN_A


def red_eye_fraction(image: BGRImage, face: Face) -> tuple[float, float]:
    """Share of each pupil disc (centre of the eye polygon, radius 0.18 · eye width, clipped to the eye polygon
    shrunk by 8 % of the eye width) covered by flash red: saturated red pixels much redder than the face's
    own skin, in reddish blobs that are no bigger than an iris or mostly made of such pixels.

    Measured false positives of simpler rules, which these conditions remove: the lower lid's warm skin where
    landmarks slip onto the lid of glasses wearers (grace_hopper, 40 % of the disc with R > 2G, R > 2B,
    R > 130), an over-exposed brown iris and reddened lid margins (27 %), and the dull red that JPEG chroma
    subsampling bleeds into a dark iris."""
    skin_a = _skin_redness(image, face)
    red_floor = max(_RED_MIN_A, skin_a + _RED_A_ABOVE_SKIN)
    fractions = []
    for region in (IMAGE_LEFT_EYE, IMAGE_RIGHT_EYE):
        eye = face.landmarks[region]
        centre = eye.mean(axis=0)
        eye_width = float(np.linalg.norm(eye[3] - eye[0]))
        radius = max(1.0, 0.18 * eye_width)
        # A window of half an eye width around the eye: enough to see whether red runs on past the iris.
        reach = 0.5 * eye_width
        window = Box(
            float(eye[:, 0].min()) - reach,
            float(eye[:, 1].min()) - reach,
            float(eye[:, 0].max()) + reach + 1,
            float(eye[:, 1].max()) + reach + 1,
        )
        patch = _crop(image, window)
        if patch.size == 0:
            fractions.append(0.0)
            continue
        x0, y0 = max(0, int(window.left)), max(0, int(window.top))
        ys, xs = np.mgrid[0 : patch.shape[0], 0 : patch.shape[1]]
        disc = (xs + x0 - centre[0]) ** 2 + (ys + y0 - centre[1]) ** 2 <= radius**2
        # Only the visible eyeball counts: on a narrow eye the disc reaches the lids. Eroded by 8 % of the eye
        # width: landmark jitter of a pixel or two otherwise lets the lid margin in.
        eyeball = _polygon_mask(patch.shape[:2], eye - (x0, y0)).astype(np.uint8)
        margin = max(1, round(0.08 * eye_width))
        disc &= cv2.erode(eyeball, np.ones((2 * margin + 1, 2 * margin + 1), np.uint8)).astype(bool)
        if not disc.any():
            fractions.append(0.0)
            continue
        channels = patch.astype(np.int32)
        blue, green, red = channels[..., 0], channels[..., 1], channels[..., 2]
        lightness, redness = _lab(patch)
        strongest = np.maximum(green, blue)
        reddish = (
            (red > _REDDISH_OVER_GREEN_AND_BLUE * strongest)
            & (redness >= skin_a + _REDDISH_A_ABOVE_SKIN)
            & (lightness >= _REDDISH_MIN_LIGHTNESS)
        )
        red_pixels = reddish & (red > _RED_OVER_GREEN_AND_BLUE * strongest) & (redness >= red_floor)
        # Blobs are outlined by the looser test. Flash red is a pupil-sized
        # patch of strict red with a thin reddish fringe (JPEG bleeds the chroma a pixel or two), or, where it
        # touches a reddish lid, a region still mostly strict red. Red skin (lids, an over-exposed face) is a
        # large reddish region with scattered strict specks.
        count, labels, stats, _ = cv2.connectedComponentsWithStats(reddish.astype(np.uint8), connectivity=8)
        extent = np.maximum(stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT])
        strict_share = np.bincount(labels[red_pixels], minlength=count) / np.maximum(stats[:, cv2.CC_STAT_AREA], 1)
        flash = (extent <= _RED_BLOB_MAX_EXTENT * eye_width) | (strict_share >= _RED_BLOB_MIN_STRICT_SHARE)
        flash[0] = False  # label 0 is the background
        counted = red_pixels & disc & flash[labels]
        fractions.append(float(counted.sum() / disc.sum()))
    return fractions[0], fractions[1]
