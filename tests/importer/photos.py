"""A people CSV and its photo folder for import tests and the benchmark: good portraits (one subject, framed a
little differently each time so every file is its own photo), one that fails the ICAO checks, a broken file,
a missing file, and a duplicate number."""

from __future__ import annotations

import csv
import struct
import uuid
import zlib
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from facestation.vision.faces import BGRImage
from tests.support.portraits import CompliantBase, webcam_frame

_FRAMINGS = ((126, 0.5, 0.42), (129, 0.5, 0.426), (132, 0.512, 0.432))  # each checked to pass every check


def good_photo(base: CompliantBase, index: int) -> BGRImage:
    """A compliant webcam-like frame: one of a few framings, with `index` written into the top corner (far from
    the face, so the checks do not change) so every photo is a file of its own."""
    eye_distance, x, y = _FRAMINGS[index % len(_FRAMINGS)]
    frame = webcam_frame(base.photo, base.face, eye_distance=eye_distance, size=(960, 720), eye_at=(x, y))
    cv2.putText(frame, str(index), (8, 24), cv2.FONT_HERSHEY_SIMPLEX, 0.6, (90, 90, 90), 1, cv2.LINE_AA)
    return frame


def write_jpeg(path: Path, image: BGRImage, quality: int = 92) -> Path:
    ok, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    path.write_bytes(data.tobytes())
    return path


def huge_png(path: Path, width: int = 30_000, height: int = 30_000) -> Path:
    """A tiny file that declares 900 megapixels: the decoder must refuse it before decoding."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    body = zlib.compress(b"\x00" * 64)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b""))
    return path


@dataclass
class ImportCase:
    csv_path: Path
    photos: Path
    tag: str  # the unique suffix of this case's names and numbers
    good: list[str]  # external identifiers of the people that must be imported
    list_name: str


def make_case(folder: Path, base: CompliantBase, failing: BGRImage, *, good: int = 3,
              with_generated: bool = True, extra_bad: bool = True) -> ImportCase:
    """Write photos and a people CSV into `folder`: `good` compliant people with numbers (plus one without a
    number when `with_generated`), and with `extra_bad` a QA failure, a missing photo, a broken file, a huge
    image and a duplicate number."""
    tag = uuid.uuid4().hex[:8]
    photos = folder / "photos"
    photos.mkdir(parents=True, exist_ok=True)
    list_name = f"Import {tag}"
    rows: list[dict[str, str]] = []
    numbers: list[str] = []
    for index in range(good):
        name = f"good{index}.jpg"
        write_jpeg(photos / name, good_photo(base, index))
        number = f"IMPT-{tag}-{index}"
        numbers.append(number)
        rows.append({"name": "Grace", "surname1": f"Hopper{index}", "surname2": tag, "externalIdentifier": number,
                     "photo": name, "list": ""})
    if with_generated:
        write_jpeg(photos / "nonumber.jpg", good_photo(base, good + 1))
        rows.append({"name": "Núria", "surname1": "Sin Número", "surname2": tag, "externalIdentifier": "",
                     "photo": "nonumber.jpg", "list": ""})
    if extra_bad:
        write_jpeg(photos / "smile.jpg", np.ascontiguousarray(failing))
        (photos / "broken.jpg").write_bytes((photos / "good0.jpg").read_bytes()[:300])
        huge_png(photos / "huge.png")
        rows += [
            {"name": "Eileen", "surname1": "Collins", "surname2": tag, "externalIdentifier": f"IMPT-{tag}-qa",
             "photo": "smile.jpg", "list": ""},
            {"name": "Nobody", "surname1": "Here", "surname2": tag, "externalIdentifier": f"IMPT-{tag}-missing",
             "photo": "missing.jpg", "list": ""},
            {"name": "Broken", "surname1": "File", "surname2": tag, "externalIdentifier": f"IMPT-{tag}-broken",
             "photo": "broken.jpg", "list": ""},
            {"name": "Huge", "surname1": "Image", "surname2": tag, "externalIdentifier": f"IMPT-{tag}-huge",
             "photo": "huge.png", "list": ""},
            {"name": "Grace", "surname1": "Again", "surname2": tag, "externalIdentifier": numbers[0],
             "photo": "good1.jpg", "list": ""},
        ]
    csv_path = folder / "people.csv"
    with csv_path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["name", "surname1", "surname2", "externalIdentifier", "photo",
                                                    "list"])
        writer.writeheader()
        writer.writerows(rows)
    return ImportCase(csv_path, photos, tag, numbers, list_name)


def read_result(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))
