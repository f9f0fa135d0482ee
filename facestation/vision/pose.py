"""Head pose from the 68 landmarks: a robust weak-perspective fit of a symmetric 3D mean face.

Why this and not solvePnP on six points (what it replaced): a full-perspective PnP needs a focal length and a
camera centre we do not know, and six points leave yaw at the mercy of one or two landmarks, so pose-neutral
changes of the same photo (a shift, blur, exposure, JPEG) moved yaw by up to 30°, and a mirrored photo did not
read the opposite yaw. Here:

* **scaled orthographic camera**: at a kiosk a face is 40-80 cm away and ~15 cm deep, so perspective changes
  the picture by a few per cent; the weak-perspective model has no focal length to guess and gives the same
  answer wherever the face is in the frame;
* **all 68 landmarks**, each weighted by how well dlib places it, fitted by Gauss-Newton with Huber weights
  (iteratively reweighted), so one misplaced point (an eye corner on a glasses frame) cannot swing the answer;
* **landmarks that depend on the face, not on the detector's box, and are symmetric**: dlib's landmark model is
  not mirror-symmetric and follows the box it starts in. A still photo (`mirror_averaged_landmarks`) runs it on the image and on
  its mirror image (points flipped back and renumbered), then again in a box placed by those points
  (`landmark_box`), and averages; a live frame runs it once, in the box the last frame's landmarks gave,
  on the image and on its mirror in turn, and `PoseSmoother` averages the last four frames;
* **a symmetric mean face**: x and y are the median frontal shape of the faces-pairs portraits (mirrored and
  averaged), z an anthropometric depth per landmark (millimetres behind the nose tip); see
  `scripts/derive_pose_model.py`, which prints `MEAN_FACE_MM`.

benchmarks/pose_stability.py measures the result (spread over pose-neutral variants, mirror error).
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from facestation.vision.faces import BGRImage, Box, Face, Points, rgb_face_crop
from facestation.vision.models import landmark_predictor

# iBUG-68 index of each point's mirror partner (image left <-> image right).
MIRRORED_INDEX = (
    list(range(16, -1, -1))  # jaw
    + list(range(26, 16, -1))  # brows
    + [27, 28, 29, 30]  # nose bridge
    + [35, 34, 33, 32, 31]  # nostrils
    + [45, 44, 43, 42, 47, 46, 39, 38, 37, 36, 41, 40]  # eyes
    + [54, 53, 52, 51, 50, 49, 48, 59, 58, 57, 56, 55]  # outer lips
    + [64, 63, 62, 61, 60, 67, 66, 65]  # inner lips
)

# The mean face in millimetres (eye centres 63 mm apart, y down, z towards the camera, nose tip at z = 0).
# x, y: median of the 36 faces-pairs portraits with |yaw| < 7° and |roll| < 10°, normalised on the eye centres
# and made symmetric; z: anthropometric depths. Printed by scripts/derive_pose_model.py.
MEAN_FACE_MM = np.array(
    [
        [-69.9, 0.7, -85.0], [-69.2, 18.6, -82.0], [-67.1, 36.2, -77.0], [-64.3, 55.0, -70.0],
        [-58.8, 73.4, -60.0], [-48.0, 89.5, -49.0], [-34.1, 102.0, -39.0], [-18.1, 112.4, -31.0],
        [0.0, 115.5, -27.0], [18.1, 112.4, -31.0], [34.1, 102.0, -39.0], [48.0, 89.5, -49.0],
        [58.8, 73.4, -60.0], [64.3, 55.0, -70.0], [67.1, 36.2, -77.0], [69.2, 18.6, -82.0],
        [69.9, 0.7, -85.0],
        [-58.7, -13.0, -42.0], [-49.9, -20.7, -33.0], [-37.2, -24.2, -26.0], [-24.3, -22.0, -21.0],
        [-11.9, -16.8, -19.0], [11.9, -16.8, -19.0], [24.3, -22.0, -21.0], [37.2, -24.2, -26.0],
        [49.9, -20.7, -33.0], [58.7, -13.0, -42.0],
        [0.0, -3.4, -22.0], [0.0, 9.1, -16.0], [0.0, 21.5, -9.0], [0.0, 34.0, 0.0],
        [-13.0, 41.2, -20.0], [-7.1, 43.6, -17.0], [0.0, 45.8, -16.0], [7.1, 43.6, -17.0],
        [13.0, 41.2, -20.0],
        [-43.9, -0.9, -45.0], [-36.2, -5.8, -37.0], [-27.0, -5.3, -33.0], [-19.1, 0.9, -30.0],
        [-27.8, 2.0, -33.0], [-36.8, 2.0, -37.0],
        [19.1, 0.9, -30.0], [27.0, -5.3, -33.0], [36.2, -5.8, -37.0], [43.9, -0.9, -45.0],
        [36.8, 2.0, -37.0], [27.8, 2.0, -33.0],
        [-30.5, 61.9, -35.0], [-19.0, 58.2, -24.0], [-8.3, 57.3, -17.0], [0.0, 59.3, -14.0],
        [8.3, 57.3, -17.0], [19.0, 58.2, -24.0], [30.5, 61.9, -35.0], [19.7, 72.1, -25.0],
        [8.7, 77.6, -19.0], [0.0, 78.3, -17.0], [-8.7, 77.6, -19.0], [-19.7, 72.1, -25.0],
        [-26.0, 62.7, -33.0], [-8.4, 63.5, -22.0], [0.0, 64.3, -18.0], [8.4, 63.5, -22.0],
        [26.0, 62.7, -33.0], [8.3, 68.3, -22.0], [0.0, 69.5, -19.0], [-8.3, 68.3, -22.0],
    ],
    dtype=np.float64,
)

# Prior weight of each landmark in the fit. The jaw line is a silhouette (its points slide over the skin as the
# head turns) and the brows and lips move with expression, so they count less than the eye corners and the
# nose, which sit on bone and cartilage.
LANDMARK_WEIGHTS = np.array(
    [0.3] * 17 + [0.5] * 10 + [1.0] * 9 + [1.0] * 12 + [0.5] * 12 + [0.25] * 8, dtype=np.float64
)

# Huber's constant for the robust reweighting, in millimetres of the mean face (~1.5 px at 100 px between
# the eyes): residuals up to it count fully, larger ones less and less.
_HUBER_MM = 2.5
_ITERATIONS = 8
_CONVERGED_RADIANS = 5e-4  # a rotation step this small (0.03°) changes no reported angle


@dataclass(frozen=True)
class PoseFit:
    """Head rotation in degrees and how well the mean face fitted. yaw > 0: the face turns towards the image
    right; pitch > 0: chin up; roll > 0: clockwise tilt in the image."""

    yaw: float
    pitch: float
    roll: float
    residual: float  # robust RMS distance between the fitted mean face and the landmarks, in inter-eye units


def mirror_landmarks(points: Points, image_width: float) -> Points:
    """The landmarks of the mirror image: x reflected about the image's vertical centre line, points renumbered
    so that index 36 is again the image-left eye's outer corner."""
    mirrored = points[MIRRORED_INDEX].copy()
    mirrored[:, 0] = (image_width - 1) - mirrored[:, 0]
    return mirrored


def fit_pose(points: Points) -> PoseFit:
    """Fit the mean face to 68 image points (x right, y down) under a scaled orthographic camera."""
    model = MEAN_FACE_MM
    weights = LANDMARK_WEIGHTS.copy()
    rotation = _initial_rotation(points, model, weights)
    scale, translation = _scale_and_translation(points, model, rotation, weights)
    robust = weights
    for _ in range(_ITERATIONS):
        rotation, scale, translation, step = _gauss_newton_step(points, model, rotation, scale, translation, robust)
        residuals = _residuals(points, model, rotation, scale, translation) / scale  # in model millimetres
        distances = np.linalg.norm(residuals, axis=1)
        robust = weights * np.minimum(1.0, _HUBER_MM / np.maximum(distances, 1e-9))
        if step < _CONVERGED_RADIANS:
            break
    distances = np.linalg.norm(_residuals(points, model, rotation, scale, translation) / scale, axis=1)
    residual = math.sqrt(float(np.sum(robust * distances**2) / np.sum(robust))) / 63.0
    yaw, pitch, roll = _angles(rotation)
    return PoseFit(yaw=yaw, pitch=pitch, roll=roll, residual=residual)


def _initial_rotation(points: Points, model: Points, weights: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """A least-squares affine camera, projected onto the nearest scaled rotation (rows orthonormal)."""
    w = weights / weights.sum()
    model_centred = model - w @ model
    points_centred = points - w @ points
    weighted = model_centred * w[:, None]
    affine = np.linalg.solve(model_centred.T @ weighted, weighted.T @ points_centred).T  # 2x3
    u, _, vt = np.linalg.svd(affine, full_matrices=False)
    rows = u @ vt
    return np.vstack([rows, np.cross(rows[0], rows[1])])


def _scale_and_translation(points: Points, model: Points, rotation: npt.NDArray[np.float64],
                           weights: npt.NDArray[np.float64]) -> tuple[float, npt.NDArray[np.float64]]:
    projected = model @ rotation[:2].T
    w = weights / weights.sum()
    projected_centred = projected - w @ projected
    points_centred = points - w @ points
    scale = float(np.sum(w[:, None] * projected_centred * points_centred) / np.sum(w[:, None] * projected_centred**2))
    translation = w @ points - scale * (w @ projected)
    return scale, translation


def _residuals(points: Points, model: Points, rotation: npt.NDArray[np.float64], scale: float,
               translation: npt.NDArray[np.float64]) -> Points:
    return scale * model @ rotation[:2].T + translation - points


def _gauss_newton_step(points: Points, model: Points, rotation: npt.NDArray[np.float64], scale: float,
                       translation: npt.NDArray[np.float64], weights: npt.NDArray[np.float64],
                       ) -> tuple[npt.NDArray[np.float64], float, npt.NDArray[np.float64], float]:
    """One weighted Gauss-Newton step on (small rotation ω, scale, translation); also returns |ω|."""
    rotated = model @ rotation.T  # n x 3, in camera axes
    residuals = scale * rotated[:, :2] + translation - points
    n = len(points)
    jacobian = np.zeros((2 * n, 6))
    # d(R·exp([ω]x)·X)/dω at ω = 0, rotation applied in camera axes: δ(rotated) = ω x rotated.
    x, y, z = rotated[:, 0], rotated[:, 1], rotated[:, 2]
    jacobian[0::2, 0], jacobian[0::2, 1], jacobian[0::2, 2] = 0.0, scale * z, -scale * y
    jacobian[1::2, 0], jacobian[1::2, 1], jacobian[1::2, 2] = -scale * z, 0.0, scale * x
    jacobian[0::2, 3], jacobian[1::2, 3] = x, y
    jacobian[0::2, 4], jacobian[1::2, 5] = 1.0, 1.0
    w = np.repeat(weights, 2)
    lhs = jacobian.T @ (jacobian * w[:, None])
    rhs = -jacobian.T @ (residuals.reshape(-1) * w)
    step = np.linalg.solve(lhs + 1e-9 * np.eye(6), rhs)
    omega = step[:3]
    angle = float(np.linalg.norm(omega))
    if angle > 0:
        k = omega / angle
        cross = np.array([[0, -k[2], k[1]], [k[2], 0, -k[0]], [-k[1], k[0], 0]])
        update = np.eye(3) + math.sin(angle) * cross + (1 - math.cos(angle)) * cross @ cross
        rotation = update @ rotation
    return rotation, scale + float(step[3]), translation + step[4:], angle


def _angles(rotation: npt.NDArray[np.float64]) -> tuple[float, float, float]:
    """Yaw, pitch and roll (degrees) of a model-to-camera rotation R = Rx(pitch)·Ry(yaw)·Rz(roll), y down and z
    towards the camera (each angle signed as in `PoseFit`)."""
    yaw = math.degrees(math.asin(max(-1.0, min(1.0, float(rotation[0, 2])))))
    pitch = math.degrees(math.atan2(-float(rotation[1, 2]), float(rotation[2, 2])))
    roll = math.degrees(math.atan2(-float(rotation[0, 1]), float(rotation[0, 0])))
    return yaw, pitch, roll


def landmark_box(points: Points) -> Box:
    """A square box placed by the landmarks themselves, as dlib's detector would place it on average (centre
    half-way from the eye midpoint to the mouth, 2.4 eye-to-mouth distances wide; median over faces-pairs):
    re-running the landmark model in it makes the points depend on the face, not on where the detector's
    8-px grid happened to put its box."""
    eyes = (points[36] + points[39] + points[42] + points[45]) / 4
    mouth = (points[48] + points[54]) / 2
    centre = (eyes + mouth) / 2
    half = 1.2 * float(np.linalg.norm(mouth - eyes))
    x, y = float(centre[0]), float(centre[1])
    return Box(x - half, y - half, x + half, y + half)


def _predict(rgb: npt.NDArray[np.uint8], box: Box) -> Points:
    shape = landmark_predictor()(rgb, box.to_dlib())
    return np.array([(p.x, p.y) for p in shape.parts()], dtype=np.float64)


def _symmetric_average(image: BGRImage, boxes: list[Box], *, direct: Points | None = None) -> Points:
    """The landmark model run in each box on the image and, with the box mirrored, on the mirror image; the
    mirror runs' points flipped back and renumbered; everything averaged. `direct`: the points of the direct
    run in the (single) box, when they are already known."""
    outer = max(boxes, key=lambda box: box.area)
    crop, (x0, y0) = rgb_face_crop(image, outer)
    mirror = np.ascontiguousarray(crop[:, ::-1])
    width = crop.shape[1]
    runs = []
    for box in boxes:
        local = box.shifted(-x0, -y0)
        runs.append(direct - (x0, y0) if direct is not None else _predict(crop, local))
        flipped = _predict(mirror, Box(width - local.right, local.top, width - local.left, local.bottom))
        runs.append(mirror_landmarks(flipped, width))
    return np.mean(runs, axis=0) + (x0, y0)


def _scaled_about_centre(box: Box, factor: float) -> Box:
    cx, cy = box.center
    half_width, half_height = factor * box.width / 2, factor * box.height / 2
    return Box(cx - half_width, cy - half_height, cx + half_width, cy + half_height)


def mirror_averaged_landmarks(image: BGRImage, face: Face) -> Points:
    """Landmarks that depend on the face, not on the detector's box, and are symmetric by construction.

    The face's own landmarks (from the detector's box) are averaged with the landmark model's run on the mirror
    image in the mirrored box; `landmark_box` then places a box from those points, and the model runs again in
    that box made 5 % smaller and 5 % larger, on the image and its mirror: six runs in all of a ~3 ms model.
    Measured on the pose-neutral variants (benchmarks/pose_stability.py), the five extra runs take the worst
    portrait's yaw spread from 3.5° to 2.6° and its mirror error from 1.9° to 1.1°. Live frames run the model
    once and average over frames instead (`landmarks_in`, `PoseSmoother`)."""
    first = _symmetric_average(image, [face.box], direct=face.landmarks)
    box = landmark_box(first)
    return _symmetric_average(image, [_scaled_about_centre(box, 0.95), _scaled_about_centre(box, 1.05)])


def landmarks_in(image: BGRImage, box: Box, *, mirrored: bool) -> Points:
    """One run of the landmark model in `box`: on the image itself, or on its mirror image with the box mirrored
    (the points flipped back and renumbered, so they are this image's landmarks all the same)."""
    crop, (x0, y0) = rgb_face_crop(image, box)
    local = box.shifted(-x0, -y0)
    if not mirrored:
        return _predict(crop, local) + (x0, y0)
    width = crop.shape[1]
    flipped = _predict(np.ascontiguousarray(crop[:, ::-1]), Box(width - local.right, local.top,
                                                                  width - local.left, local.bottom))
    return mirror_landmarks(flipped, width) + (x0, y0)


def estimate_pose(image: BGRImage, face: Face) -> PoseFit:
    """Yaw, pitch and roll of a located face in a still photo (see `mirror_averaged_landmarks`)."""
    return fit_pose(mirror_averaged_landmarks(image, face))


@dataclass(frozen=True)
class HeadPose:
    """Head rotation in degrees, as the isFrontal check reads it. yaw > 0: the face turns towards the image
    right; pitch > 0: chin up; roll > 0: the image-right eye is lower than the image-left one."""

    yaw: float
    pitch: float
    roll: float


def head_pose_from(points: Points, face: Face) -> HeadPose:
    """Yaw and pitch from the mean-face fit to `points`; roll from the face's eye line, which needs no model at
    all. No pitch offset: the near-frontal faces-pairs portraits read a median pitch of -0.3° under this fit
    (scripts/derive_pose_model.py), where the six-point model it replaced needed 2.4° taken off."""
    fit = fit_pose(points)
    return HeadPose(yaw=fit.yaw, pitch=fit.pitch, roll=eye_line_roll(face))


def eye_line_roll(face: Face) -> float:
    """The eye line's angle to the horizontal, degrees, > 0 when the image-right eye is lower."""
    (left_x, left_y), (right_x, right_y) = face.left_eye, face.right_eye
    return math.degrees(math.atan2(right_y - left_y, right_x - left_x))


class PoseSmoother:
    """The mean pose of the last few live frames of one tracked face.

    Live frames run the landmark model once each, alternately on the image and on its mirror image
    (`landmarks_in`), so the mean over an even number of frames is the mirror-averaged estimate of a still
    face, and the single-frame jitter is averaged out as well: four frames are a quarter to a third of a
    second at the station's analysis rate, and a turning head still shows within a frame or two.
    `reset()` when the face changes (a new person, a lost track)."""

    def __init__(self, frames: int = 4) -> None:
        self._history: deque[HeadPose] = deque(maxlen=frames)
        self._next_mirrored = False

    def reset(self) -> None:
        self._history.clear()
        self._next_mirrored = False

    def next_orientation(self) -> bool:
        """Whether the next live frame's landmarks should come from the mirror image (it alternates)."""
        mirrored, self._next_mirrored = self._next_mirrored, not self._next_mirrored
        return mirrored

    def update(self, pose: HeadPose) -> HeadPose:
        self._history.append(pose)
        return HeadPose(*(float(np.mean([getattr(p, axis) for p in self._history]))
                          for axis in ("yaw", "pitch", "roll")))
