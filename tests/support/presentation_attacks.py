"""Camera frames of presentation attacks and of real people, made from portrait photos (issue 18's passive cues).

Attacks: a printed photo (the portrait with a white paper border) or a phone screen (the portrait on a dark
rounded bezel with a glare across the glass), held up in front of a 1280x720 seeded room background at a
distance and angle (a rigid plane in perspective, `cv2.warpPerspective`), a thumb over one edge, then the
camera's soft focus, sensor noise and JPEG. Real frames: the portrait itself as a camera sees the person (the
photo scaled to fill 1280x720 around the face, no border), since the portraits are real camera photos with real
backgrounds. Everything random comes from the caller's seeded `random.Random`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from enum import StrEnum

import cv2
import numpy as np

from facestation.vision.faces import BGRImage, Face, detect_faces, locate_landmarks

__all__ = [
    "FRAME_SIZE",
    "Attack",
    "Holding",
    "attack_frame",
    "camera_frame",
    "find_face",
    "real_frame",
    "room_background",
    "window_behind",
]

FRAME_SIZE = (1280, 720)


class Attack(StrEnum):
    PRINT = "print"  # a printed photo with its white border
    PHONE = "phone"  # a phone showing the photo: dark bezel, rounded corners, a glare


@dataclass(frozen=True)
class Holding:
    """How the card is held: its height in the frame, its roll, its perspective tilts (the far side shorter by
    this share), and where its centre is (as shares of the frame)."""

    height_px: float
    roll_degrees: float = 0.0
    yaw_tilt: float = 0.0
    pitch_tilt: float = 0.0
    centre: tuple[float, float] = (0.5, 0.5)

    @staticmethod
    def random(rng: random.Random, height_px: float) -> Holding:
        return Holding(height_px, roll_degrees=rng.uniform(-12, 12), yaw_tilt=rng.uniform(-0.15, 0.15),
                       pitch_tilt=rng.uniform(-0.12, 0.12),
                       centre=(rng.uniform(0.38, 0.62), rng.uniform(0.45, 0.58)))


def room_background(rng: random.Random, size: tuple[int, int] = FRAME_SIZE) -> BGRImage:
    """A wall with a gradient, furniture and pictures (straight edges of their own), softly out of focus."""
    width, height = size
    base = np.array([rng.uniform(90, 210) for _ in range(3)])
    ramp = np.linspace(0.8, 1.15, height)[:, None, None]
    image = np.clip(base[None, None, :] * ramp * np.ones((height, width, 1)), 0, 255).astype(np.uint8)
    for _ in range(rng.randint(3, 7)):
        x, y = rng.randint(-200, width), rng.randint(-200, height)
        w, h = rng.randint(60, 500), rng.randint(60, 500)
        colour = tuple(rng.randint(20, 240) for _ in range(3))
        cv2.rectangle(image, (x, y), (x + w, y + h), colour, -1)
    for _ in range(rng.randint(1, 3)):
        x = rng.randint(0, width)
        cv2.line(image, (x, 0), (x + rng.randint(-40, 40), height), tuple(rng.randint(20, 240) for _ in range(3)),
                 rng.randint(2, 10))
    return cv2.GaussianBlur(image, (0, 0), rng.uniform(2.0, 5.0))


def _printed(photo: BGRImage, rng: random.Random) -> tuple[BGRImage, np.ndarray]:
    border = max(4, round(rng.uniform(0.04, 0.09) * min(photo.shape[:2])))
    paper = tuple(rng.randint(228, 250) for _ in range(3))
    card = cv2.copyMakeBorder(photo, border, border, border, border, cv2.BORDER_CONSTANT, value=paper)
    mask = np.full(card.shape[:2], 255, np.uint8)
    return card, mask


def _phone(photo: BGRImage, rng: random.Random) -> tuple[BGRImage, np.ndarray]:
    """The photo on a 9:16 portrait screen, fitted whole as a gallery app shows it (black bars where the shapes
    differ), a black bezel with round corners, and a glare: a soft bright band across the glass."""
    h, w = photo.shape[:2]
    fit = min(540 / w, 960 / h)
    shown = cv2.resize(photo, (round(w * fit), round(h * fit)), interpolation=cv2.INTER_AREA)
    screen = np.zeros((960, 540, 3), np.uint8)
    y0, x0 = (960 - shown.shape[0]) // 2, (540 - shown.shape[1]) // 2
    screen[y0:y0 + shown.shape[0], x0:x0 + shown.shape[1]] = shown
    side, end = round(rng.uniform(18, 34)), round(rng.uniform(40, 90))
    bezel = tuple(rng.randint(8, 35) for _ in range(3))
    card = cv2.copyMakeBorder(screen, end, end, side, side, cv2.BORDER_CONSTANT, value=bezel)
    ch, cw = card.shape[:2]
    radius = round(rng.uniform(0.08, 0.14) * cw)
    mask = np.zeros((ch, cw), np.uint8)
    cv2.rectangle(mask, (radius, 0), (cw - radius, ch), 255, -1)
    cv2.rectangle(mask, (0, radius), (cw, ch - radius), 255, -1)
    for cx, cy in ((radius, radius), (cw - radius, radius), (radius, ch - radius), (cw - radius, ch - radius)):
        cv2.circle(mask, (cx, cy), radius, 255, -1)
    yy, xx = np.mgrid[0:ch, 0:cw].astype(np.float32)
    angle = rng.uniform(0.5, 1.2)
    band = np.cos(angle) * xx + np.sin(angle) * yy
    centre = rng.uniform(0.3, 0.7) * (np.cos(angle) * cw + np.sin(angle) * ch)
    glare = rng.uniform(0.25, 0.45) * np.exp(-((band - centre) / (0.12 * cw)) ** 2)
    card = (card * (1 - glare[..., None]) + 255 * glare[..., None]).astype(np.uint8)
    return card, mask


def attack_frame(photo: BGRImage, kind: Attack, holding: Holding, rng: random.Random,
                 background: BGRImage | None = None) -> BGRImage:
    """The photo as a print or on a phone, held as `holding` says in front of a room, seen by a camera."""
    card, mask = _printed(photo, rng) if kind is Attack.PRINT else _phone(photo, rng)
    frame = room_background(rng) if background is None else background.copy()
    ch, cw = card.shape[:2]
    scale = holding.height_px / ch
    half_w, half_h = cw * scale / 2, ch * scale / 2
    # The tilts shorten the far side of the card: perspective of a card turned about its vertical/horizontal axis.
    yaw, pitch = holding.yaw_tilt, holding.pitch_tilt
    local = np.array([
        [-half_w * (1 - max(0, pitch)), -half_h * (1 - max(0, -yaw))],
        [half_w * (1 - max(0, pitch)), -half_h * (1 - max(0, yaw))],
        [half_w * (1 - max(0, -pitch)), half_h * (1 - max(0, yaw))],
        [-half_w * (1 - max(0, -pitch)), half_h * (1 - max(0, -yaw))],
    ])
    theta = np.radians(holding.roll_degrees)
    rotation = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])
    centre = np.array([holding.centre[0] * frame.shape[1], holding.centre[1] * frame.shape[0]])
    target = (local @ rotation.T + centre).astype(np.float32)
    source = np.array([[0, 0], [cw, 0], [cw, ch], [0, ch]], dtype=np.float32)
    homography = cv2.getPerspectiveTransform(source, target)
    size = (frame.shape[1], frame.shape[0])
    warped = cv2.warpPerspective(card, homography, size, flags=cv2.INTER_AREA)
    alpha = cv2.warpPerspective(mask, homography, size, flags=cv2.INTER_LINEAR).astype(np.float32)[..., None] / 255
    frame = (frame * (1 - alpha) + warped * alpha).astype(np.uint8)
    _thumb(frame, target, rng)
    return camera_frame(frame, rng)


def _thumb(frame: BGRImage, corners: np.ndarray, rng: random.Random) -> None:
    """A thumb over the card's left, right or bottom edge, where a hand holds it."""
    side = rng.choice(((3, 0), (1, 2), (2, 3)))
    a, b = corners[side[0]], corners[side[1]]
    point = a + rng.uniform(0.3, 0.7) * (b - a)
    skin = (rng.randint(90, 160), rng.randint(120, 180), rng.randint(170, 230))
    length = float(np.linalg.norm(b - a))
    axes = (max(6, round(0.05 * length)), max(10, round(0.09 * length)))
    cv2.ellipse(frame, (round(point[0]), round(point[1])), axes, rng.uniform(0, 180), 0, 360, skin, -1)


def camera_frame(frame: BGRImage, rng: random.Random) -> BGRImage:
    """A webcam's soft focus, sensor noise and JPEG compression."""
    soft = cv2.GaussianBlur(frame, (0, 0), rng.uniform(0.6, 1.1))
    noise = np.random.default_rng(rng.randrange(2**32)).normal(0, rng.uniform(2, 4), soft.shape)
    noisy = np.clip(soft + noise, 0, 255).astype(np.uint8)
    ok, data = cv2.imencode(".jpg", noisy, [cv2.IMWRITE_JPEG_QUALITY, rng.randint(60, 85)])
    assert ok
    return cv2.imdecode(data, cv2.IMREAD_COLOR)


def real_frame(photo: BGRImage, face: Face, zoom: float, rng: random.Random) -> BGRImage:
    """The portrait as the camera sees the person: scaled to fill the frame (times `zoom`), cut around the face."""
    width, height = FRAME_SIZE
    h, w = photo.shape[:2]
    scale = max(width / w, height / h) * zoom
    scaled = cv2.resize(photo, (round(w * scale), round(h * scale)),
                        interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC)
    cx, cy = (coordinate * scale for coordinate in face.box.center)
    x0 = int(np.clip(cx - width / 2, 0, scaled.shape[1] - width))
    y0 = int(np.clip(cy - height * 0.45, 0, scaled.shape[0] - height))
    return camera_frame(np.ascontiguousarray(scaled[y0:y0 + height, x0:x0 + width]), rng)


def window_behind(frame: BGRImage, face: Face, width_faces: float, rng: random.Random, *,
                  door: bool = False) -> BGRImage:
    """The person standing in front of a window (or a picture frame): a thick frame of four sides around the head,
    `width_faces` face widths wide, drawn behind the person (their head, neck and shoulders stay in front), its
    bottom side at chest height where the body hides it. A door (`door`): its posts run to the floor, out of the
    picture. A camera frame: the person's frame is drawn on again."""
    box = face.box
    fw = box.width
    cx, cy = box.center
    top = box.top - rng.uniform(0.3, 1.0) * fw
    bottom = frame.shape[0] + fw if door else box.bottom + rng.uniform(0.6, 1.4) * fw
    left, right = cx - width_faces / 2 * fw, cx + width_faces / 2 * fw
    behind = frame.copy()
    colour = tuple(rng.randint(200, 250) for _ in range(3))
    thickness = max(4, round(0.08 * fw))
    cv2.rectangle(behind, (round(left), round(top)), (round(right), round(bottom)), colour, thickness)
    # The person in front: the head (an ellipse over face and hair), the neck, and the shoulders widening down.
    person = np.zeros(frame.shape[:2], np.uint8)
    cv2.ellipse(person, (round(cx), round(cy - 0.15 * fw)), (round(0.62 * fw), round(0.85 * fw)), 0, 0, 360, 255, -1)
    chin = box.bottom
    torso = np.array([[cx - 0.3 * fw, chin - 0.1 * fw], [cx + 0.3 * fw, chin - 0.1 * fw],
                      [cx + 0.35 * fw, chin + 0.35 * fw], [cx + 1.3 * fw, chin + 0.7 * fw],
                      [cx + 1.5 * fw, frame.shape[0]], [cx - 1.5 * fw, frame.shape[0]],
                      [cx - 1.3 * fw, chin + 0.7 * fw], [cx - 0.35 * fw, chin + 0.35 * fw]], np.int32)
    cv2.fillPoly(person, [torso], 255)
    alpha = cv2.GaussianBlur(person, (0, 0), 2.0).astype(np.float32)[..., None] / 255
    return camera_frame((frame * alpha + behind * (1 - alpha)).astype(np.uint8), rng)


def find_face(frame: BGRImage) -> Face | None:
    """The primary face as the station finds it in a camera frame (HOG at half size, then at full size)."""
    for scale in (0.5, 1.0):
        faces = detect_faces(frame, scale=scale)
        if faces:
            return locate_landmarks(frame, faces[0])
    return None
