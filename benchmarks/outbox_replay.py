"""Offline outbox: replay throughput, and how soon a queue empties once the server is back.

    python benchmarks/outbox_replay.py [--items 40] [--recovery-items 20] [--workers 1] [--quick]

Starts the real built-in service (`LocalService` + `provision`, as the station tests do) in a temporary data
dir on a fixed loopback port, signs in, and measures:

1. baseline: N enrolments of the package's compliant Grace Hopper portrait (JPEG q90) sent directly with
   `client.records.create`, one after the other, as the Enrol panel does online;
2. replay: the same N enrolments (new external identifiers) queued in the encrypted outbox, then
   `Replayer.replay()`: per item a lookup by external identifier, the create, and the queue's committed
   mark-done (SQLite WAL, synchronous=FULL). Enqueue time (encrypt + commit) is timed separately;
3. recovery: the service is stopped, M enrolments are queued, a `ReplayScheduler` polls the health endpoint
   every second, the service is started again. Times from the server's return (its health check first
   answers, probed every 20 ms by the benchmark) to the first replay starting, and to the queue being empty.

Goal (issue 6): recovery starts within 5 s of the server's return. Results: benchmarks/results/outbox_replay.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import cv2
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import _repo_root  # noqa: F401, I001  (puts the repository on sys.path for tests.support)

from facestation.api import FaceCheckClient  # noqa: E402
from facestation.station.core.directory import ListDirectory, StationCatalogue  # noqa: E402
from facestation.station.core.local_service import LocalService, provision  # noqa: E402
from facestation.station.core.outbox import (  # noqa: E402
    Outbox,
    Replayer,
    ReplayScheduler,
    generate_external_identifier,
)
from tests.support import portraits  # noqa: E402
from tests.support.ports import free_port  # noqa: E402

RESULTS = Path(__file__).parent / "results"
OPERATOR, PASSWORD = "bench", "bench-password-7"
GOAL_SECONDS = 5.0


def portrait_jpeg() -> bytes:
    portrait = portraits.compliant_base(portraits.grace_hopper()).portrait
    ok, encoded = cv2.imencode(".jpg", portrait, [cv2.IMWRITE_JPEG_QUALITY, 90])
    assert ok
    return encoded.tobytes()


def enrolment(face: bytes, number: int, surname: str) -> dict[str, Any]:
    return {"face_image": face, "name": f"Bench {number}", "surname1": surname,
            "external_identifier": generate_external_identifier()}


async def healthy(base_url: str, timeout: float = 1.0) -> bool:
    try:
        async with httpx.AsyncClient(timeout=timeout, trust_env=False) as http:
            response = await http.get(base_url + "/health")
            return response.status_code == 200 and response.json().get("status") == "ok"
    except (httpx.HTTPError, ValueError):
        return False


async def measure(service: LocalService, account: Any, work: Path, items: int, recovery_items: int) -> dict[str, Any]:
    base_url = service.base_url
    assert base_url is not None
    face = portrait_jpeg()
    results: dict[str, Any] = {"items": items, "recovery_items": recovery_items, "jpeg_bytes": len(face)}
    async with FaceCheckClient(base_url, account.client_id, account.client_secret) as client:
        await client.login(OPERATOR, PASSWORD)
        directory = ListDirectory(client, StationCatalogue(work / "catalogue.json"))

        # warm up the service's workers (the first analysis loads the models)
        await client.records.create(face_image=face, name="Warm", surname1="Up",
                                    external_identifier=generate_external_identifier())

        started = time.perf_counter()
        for number in range(items):
            payload = enrolment(face, number, "Direct")
            await client.records.create(face_image=face, name=payload["name"], surname1="Direct",
                                        external_identifier=payload["external_identifier"])
        direct = time.perf_counter() - started
        results["direct"] = {"seconds": direct, "items_per_second": items / direct}

        outbox = Outbox(work / "queue.sqlite3", os.urandom(32))
        started = time.perf_counter()
        for number in range(items):
            outbox.enqueue("create_record", enrolment(face, number, "Replayed"))
        enqueue = time.perf_counter() - started
        replayer = Replayer(outbox, client, directory)
        report = await replayer.replay()
        assert report.complete and len(report.done) == items, report
        results["enqueue"] = {"seconds": enqueue, "ms_per_item": enqueue / items * 1000}
        results["replay"] = {"seconds": report.seconds, "items_per_second": items / report.seconds}

        # -- recovery: stop, queue, start again, a poller replays ---------------------------------------------
        await asyncio.to_thread(service.stop)
        for number in range(recovery_items):
            outbox.enqueue("create_record", enrolment(face, number, "Recovered"))
        replay_started: list[float] = []
        original = replayer.replay

        async def timed_replay() -> Any:
            replay_started.append(time.monotonic())
            return await original()

        replayer.replay = timed_replay  # type: ignore[method-assign]
        reports: list[Any] = []
        scheduler = ReplayScheduler(replayer, lambda: healthy(base_url), interval=1.0, on_report=reports.append)
        scheduler.start()
        scheduler.poke()
        await asyncio.sleep(1.5)
        assert not replay_started, "nothing may be replayed while the service is down"

        back: list[float] = []

        async def watch_return() -> None:
            while not await healthy(base_url, timeout=0.2):
                await asyncio.sleep(0.02)
            back.append(time.monotonic())

        watcher = asyncio.ensure_future(watch_return())
        restart = asyncio.ensure_future(asyncio.to_thread(service.start))
        while outbox.counts().pending:
            await asyncio.sleep(0.02)
        emptied = time.monotonic()
        await watcher
        await restart
        await scheduler.stop()
        replayer.close()
        outbox.close()
        first = min(t for t in replay_started if t >= back[0] - 1.0)
        results["recovery"] = {
            "start_after_return_s": max(0.0, first - back[0]),
            "empty_after_return_s": emptied - back[0],
            "replays": len(replay_started),
            "goal_s": GOAL_SECONDS,
        }
    return results


def print_table(results: dict[str, Any]) -> None:
    items, recovery = results["items"], results["recovery"]
    print()
    print(f"Outbox replay against the built-in service ({items} enrolments, {results['jpeg_bytes'] // 1024} KB "
          f"JPEG each, {results['workers']} worker(s), {results['cpus']} CPUs)")
    print(f"{'measure':<44}{'value':>14}")
    print("-" * 58)
    print(f"{'direct records.create (baseline)':<44}{results['direct']['items_per_second']:>10.2f} it/s")
    print(f"{'outbox replay (lookup + create + commit)':<44}{results['replay']['items_per_second']:>10.2f} it/s")
    ratio = results["replay"]["items_per_second"] / results["direct"]["items_per_second"]
    print(f"{'replay / baseline':<44}{ratio:>13.2f}x")
    print(f"{'enqueue (encrypt + commit) per item':<44}{results['enqueue']['ms_per_item']:>11.1f} ms")
    print(f"{'recovery: replay starts after return':<44}{recovery['start_after_return_s']:>12.2f} s")
    print(f"{'recovery: queue of %d empty after return' % results['recovery_items']:<44}"
          f"{recovery['empty_after_return_s']:>12.2f} s")
    verdict = "met" if recovery["start_after_return_s"] <= GOAL_SECONDS else "MISSED"
    print(f"goal: recovery starts within {GOAL_SECONDS:.0f} s of the server's return: {verdict}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--items", type=int, default=40)
    parser.add_argument("--recovery-items", type=int, default=20)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--quick", action="store_true", help="10 items, 5 for recovery")
    parser.add_argument("--output", type=Path, default=RESULTS / "outbox_replay.json")
    options = parser.parse_args(argv)
    if options.quick:
        options.items, options.recovery_items = 10, 5
    work = Path(tempfile.mkdtemp(prefix="outbox-bench-"))
    service = LocalService(work / "service", workers=options.workers, port=free_port())
    try:
        account = provision(work / "service", client_id="outbox-bench", operator_username=OPERATOR,
                            operator_password=PASSWORD)
        service.start()
        results = asyncio.run(measure(service, account, work, options.items, options.recovery_items))
    finally:
        service.stop()
        shutil.rmtree(work, ignore_errors=True)
    results.update(workers=options.workers, cpus=os.cpu_count(), python=platform.python_version(),
                   machine=platform.machine(), thread=threading.current_thread().name)
    print_table(results)
    options.output.parent.mkdir(parents=True, exist_ok=True)
    options.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten to {options.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
