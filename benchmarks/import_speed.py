"""Bulk import speed: photos per second through `facestation.importer`, against a real built-in service.

    python benchmarks/import_speed.py [--photos 24] [--workers 1 3 4] [--quick]

Starts the real built-in service (`LocalService` + `provision`, as the station tests do) in a temporary data dir,
writes N compliant 960x720 webcam-like JPEGs of the package's Grace Hopper portrait (each framed a little
differently), signs in, and measures in the same run:

1. baseline: plain `client.records.create` of the same photo files (no QA gate, no lookup), N at a time with
   asyncio for each worker count: what the service alone allows;
2. import: `Importer.run()` on a people CSV of the same photos, for each worker count: per person a lookup by
   external identifier, the QA gate (decode, ICAO checks, portrait crop, JPEG) in a worker thread, and the
   create of the 480x640 portrait;
3. re-run: the same CSV again (everyone already there: one lookup per person, no QA): how fast a resumed
   import skips what it did.

Every configuration imports new people (own external identifiers). Prints a table and writes
benchmarks/results/import_speed.json.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import os
import platform
import shutil
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import cv2

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import _repo_root  # noqa: F401, I001  (puts the repository on sys.path for tests.support)

from facestation.api import CallBudget, FaceCheckClient  # noqa: E402
from facestation.importer import Importer, RowStatus, read_people  # noqa: E402
from facestation.station.core.local_service import LocalService, provision  # noqa: E402
from tests.support import portraits  # noqa: E402

RESULTS = Path(__file__).parent / "results"
OPERATOR, PASSWORD = "bench", "bench-password-7"
FRAMINGS = ((126, 0.5, 0.42), (129, 0.5, 0.426), (132, 0.512, 0.432))  # each passes every check


def write_photos(folder: Path, count: int) -> list[Path]:
    base = portraits.compliant_base()
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        eye_distance, x, y = FRAMINGS[index % len(FRAMINGS)]
        frame = portraits.webcam_frame(base.photo, base.face, eye_distance=eye_distance, size=(960, 720),
                                       eye_at=(x, y))
        cv2.putText(frame, str(index), (8, 24), cv2.FONT_HERSHEY_SIMPLEX, 0.6, (90, 90, 90), 1, cv2.LINE_AA)
        path = folder / f"person{index:04d}.jpg"
        ok, data = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, 92])
        assert ok
        path.write_bytes(data.tobytes())
        paths.append(path)
    return paths


def write_csv(path: Path, photos: list[Path], tag: str) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "surname1", "externalIdentifier", "photo"])
        for index, photo in enumerate(photos):
            writer.writerow(["Bench", f"Person {index}", f"BENCH-{tag}-{index}", photo.name])
    return path


async def baseline(client: FaceCheckClient, photos: list[Path], workers: int) -> float:
    """Plain creates of the photo files, `workers` at a time; seconds."""
    tag = uuid.uuid4().hex[:8]
    data = [photo.read_bytes() for photo in photos]
    semaphore = asyncio.Semaphore(workers)

    async def one(index: int) -> None:
        async with semaphore:
            await client.records.create(face_image=data[index], name="Plain", surname1=f"Person {index}",
                                        external_identifier=f"PLAIN-{tag}-{index}")

    started = time.perf_counter()
    await asyncio.gather(*(one(index) for index in range(len(data))))
    return time.perf_counter() - started


async def imported(client: FaceCheckClient, people_csv: Path, photos: Path, workers: int,
                   expect: RowStatus) -> float:
    people = read_people(people_csv)
    started = time.perf_counter()
    report = await Importer(client, people, photos, workers=workers).run()
    seconds = time.perf_counter() - started
    statuses = {outcome.status for outcome in report.outcomes}
    assert statuses == {expect}, [(o.status, o.reason) for o in report.outcomes if o.status is not expect][:3]
    return seconds


async def measure(base_url: str, account: Any, work: Path, count: int, worker_counts: list[int]) -> dict[str, Any]:
    photos = write_photos(work / "photos", count)
    results: dict[str, Any] = {"photos": count, "runs": []}
    budget = CallBudget(100_000, state_dir=work / "budget")
    async with FaceCheckClient(base_url, account.client_id, account.client_secret, budget=budget) as client:
        await client.login(OPERATOR, PASSWORD)
        await baseline(client, photos[:2], 1)  # warm up: the service's workers load their models
        for workers in worker_counts:
            seconds = await baseline(client, photos, workers)
            results["runs"].append({"mode": "baseline: plain creates", "workers": workers, "seconds": seconds})
            people_csv = write_csv(work / f"people-{workers}.csv", photos, uuid.uuid4().hex[:8])
            seconds = await imported(client, people_csv, work / "photos", workers, RowStatus.IMPORTED)
            results["runs"].append({"mode": "import: lookup + QA gate + create", "workers": workers,
                                    "seconds": seconds})
            seconds = await imported(client, people_csv, work / "photos", workers, RowStatus.ALREADY_THERE)
            results["runs"].append({"mode": "re-run: all already there", "workers": workers, "seconds": seconds})
    for run in results["runs"]:
        run["photos_per_second"] = count / run["seconds"]
    return results


def print_table(results: dict[str, Any]) -> None:
    print(f"\n{results['photos']} photos (960x720 JPEG), {results['machine']}\n")
    print(f"| {'mode':36} | workers | seconds | photos/s | vs baseline |")
    print(f"|{'-' * 38}|---------|---------|----------|-------------|")
    baselines = {run["workers"]: run["photos_per_second"] for run in results["runs"] if run["mode"].startswith("baseline")}
    for run in sorted(results["runs"], key=lambda run: (run["mode"], run["workers"])):
        relative = run["photos_per_second"] / baselines[run["workers"]]
        print(f"| {run['mode']:36} | {run['workers']:7d} | {run['seconds']:7.2f} | {run['photos_per_second']:8.2f} | "
              f"{relative:10.2f}x |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--photos", type=int, default=24)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 3, 4])
    parser.add_argument("--quick", action="store_true", help="8 photos, workers 1 and 3")
    args = parser.parse_args()
    count, worker_counts = (8, [1, 3]) if args.quick else (args.photos, args.workers)
    work = Path(tempfile.mkdtemp(prefix="import-bench-"))
    try:
        account = provision(work / "service", client_id="bench", operator_username=OPERATOR,
                            operator_password=PASSWORD)
        service = LocalService(work / "service")
        base_url = service.start()
        try:
            results = asyncio.run(measure(base_url, account, work, count, worker_counts))
        finally:
            service.stop()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    results["machine"] = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    print_table(results)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "import_speed.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
