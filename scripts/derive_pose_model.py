"""Derive the mean face of facestation/vision/pose.py (MEAN_FACE_MM).

    python scripts/derive_pose_model.py

x and y: the 68 landmarks of every faces-pairs portrait (../shared/datasets; benchmarks/README.md, "Data sets")
whose face is near frontal and upright, normalised so the eye centres sit at (±31.5 mm, 0), each shape and its
mirror image (renumbered), median per point: a symmetric frontal shape. z: the anthropometric depth of each landmark
behind the nose tip (DEPTH_MM below: adult averages from facial anthropometry, the outline points at the cheek
silhouette). Then a check: the median pitch of the near-frontal portraits under the fit (near 0, so no offset is
taken).
"""

from __future__ import annotations

import statistics

import cv2
import numpy as np

from facestation.vision import pose
from facestation.vision.faces import detect_faces, locate_landmarks
from tests.support import portraits

INTER_EYE_MM = 63.0

# Millimetres behind the nose tip, for the image-left half and the midline (the right half mirrors it).
DEPTH_MM = {
    0: -85, 1: -82, 2: -77, 3: -70, 4: -60, 5: -49, 6: -39, 7: -31, 8: -27,  # jaw outline to chin
    17: -42, 18: -33, 19: -26, 20: -21, 21: -19,  # brow, outer to inner
    27: -22, 28: -16, 29: -9, 30: 0, 31: -20, 32: -17, 33: -16,  # nose bridge, tip, nostrils
    36: -45, 37: -37, 38: -33, 39: -30, 40: -33, 41: -37,  # eye: outer corner, lids, inner corner
    48: -35, 49: -24, 50: -17, 51: -14, 55: -25, 56: -19, 57: -17,  # outer lips
    60: -33, 61: -22, 62: -18, 66: -19, 67: -22,  # inner lips
}


def normalised(points: np.ndarray) -> np.ndarray:
    left, right = (points[36] + points[39]) / 2, (points[42] + points[45]) / 2
    delta = right - left
    angle = -np.arctan2(delta[1], delta[0])
    rotation = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    return (points - (left + right) / 2) @ rotation.T / np.linalg.norm(delta) * INTER_EYE_MM


def main() -> None:
    photos = portraits.dataset_portraits()
    if not photos:
        raise SystemExit("../shared/datasets is not there: nothing to derive from")
    located = []
    for path in photos.values():
        image = cv2.imread(str(path))
        detected = detect_faces(image, scale=min(1.0, 1024 / max(image.shape[:2])))
        if detected:
            located.append((image, locate_landmarks(image, detected[0])))
    shapes = []
    for image, face in located:
        fit = pose.estimate_pose(image, face)
        if abs(fit.yaw) < 7 and abs(fit.roll) < 10:
            shape = normalised(face.landmarks)
            shapes += [shape, shape[pose.MIRRORED_INDEX] * (-1, 1)]
    xy = np.median(np.array(shapes), axis=0)
    depth = np.array([DEPTH_MM.get(i, DEPTH_MM.get(pose.MIRRORED_INDEX[i], 0)) for i in range(68)], float)
    print(f"# from {len(shapes) // 2} near-frontal portraits")
    print("MEAN_FACE_MM = np.array([")
    for x, y, z in np.c_[xy, depth].round(1):
        print(f"    [{x + 0.0}, {y + 0.0}, {z + 0.0}],")
    print("])")
    fits = [pose.estimate_pose(image, face) for image, face in located]
    pitches = [fit.pitch for fit in fits if abs(fit.yaw) < 10]
    print(f"# median pitch of {len(pitches)} near-frontal portraits: {statistics.median(pitches):.1f}° (pose.head_pose takes no offset)")


if __name__ == "__main__":
    main()
