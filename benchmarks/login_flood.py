"""A login flood against `facestation serve`: memory and /api/health latency, with and without the login bounds.

    python benchmarks/login_flood.py [--logins 64] [--rounds 1]

Issue 15 row 4: connect/token needs no authentication and each argon2 check takes 64 MiB, so concurrent
wrong-password logins used to take the service to ~3 GB. Goal: 64 concurrent wrong-password logins keep the
service (with its recognition worker) under 700 MB and /api/health answering within 1 s.

Two runs, one after the other on this machine, each a fresh `facestation serve` (one recognition worker) on a
free loopback port with a temporary data dir holding one client and one user:

- baseline, the bounds turned off: `--login-hashing-concurrency <logins> --login-address-max-failures 0
  --max-connections 100000` (argon2 checks limited only by the thread pool, as before the fix);
- bounded: the defaults (checks at most one per CPU core, 30 failures per address in 5 minutes, 512 connections).

Each run fires `--logins` wrong-password logins at once (httpx async, one connection each) while a separate
client polls /api/health every 50 ms; resident memory of the service and its children is sampled every 20 ms
(/proc), and the service's own high-water mark (VmHWM) read at the end. Prints a table and writes
benchmarks/results/login_flood.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

import _repo_root  # noqa: F401, I001  (puts the repository on sys.path for tests.support)
import httpx

from facestation.cli import main as facestation_main
from tests.support.processes import child_pids, resident_mb
from tests.support.serve import ServeProcess, start_serve

RESULTS = Path(__file__).parent / "results"
CLIENT_ID, CLIENT_SECRET, USERNAME, PASSWORD = "flood-client", "flood-secret-0123456789", "ann", "ann-password-1"
MEMORY_GOAL_MB = 700.0
HEALTH_GOAL_MS = 1000.0
HEALTH_TIMEOUT = 30.0  # seconds: a health call slower than this counts as unanswered
SAMPLE_SECONDS = 0.02
HEALTH_EVERY_SECONDS = 0.05


@dataclass
class FloodResult:
    mode: str
    peak_mb: float = 0.0  # service + children, the most of any sample
    service_hwm_mb: float = 0.0  # the service process's own high-water mark
    idle_mb: float = 0.0  # service + children before the flood
    health_ms: list[float] = field(default_factory=list)
    health_failures: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    def row(self) -> dict[str, Any]:
        health = sorted(self.health_ms)
        return {
            "mode": self.mode,
            "idle_mb": round(self.idle_mb, 1),
            "peak_mb": round(self.peak_mb, 1),
            "service_hwm_mb": round(self.service_hwm_mb, 1),
            "health_calls": len(health),
            "health_p50_ms": round(statistics.median(health), 1) if health else None,
            "health_max_ms": round(health[-1], 1) if health else None,
            "health_failures": self.health_failures,
            "logins_by_status": dict(sorted(self.statuses.items())),
            "flood_seconds": round(self.seconds, 2),
        }


def family_mb(pid: int) -> float:
    """Resident memory of the service and its recognition workers now (a process that just ended counts 0)."""
    total = 0.0
    for member in (pid, *child_pids(pid)):
        try:
            total += resident_mb(member)
        except OSError:
            pass
    return total


class MemorySampler:
    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="memory-sampler", daemon=True)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, family_mb(self.pid))
            self._stop.wait(SAMPLE_SECONDS)


def prepare_data_dir(data_dir: Path) -> None:
    admin = ["admin", "--data-dir", str(data_dir)]
    assert facestation_main([*admin, "create-client", "--client-id", CLIENT_ID, "--client-secret", CLIENT_SECRET]) == 0
    assert facestation_main([*admin, "create-user", "--client-id", CLIENT_ID, "--username", USERNAME,
                             "--password", PASSWORD]) == 0


async def poll_health(base_url: str, result: FloodResult, done: asyncio.Event) -> None:
    async with httpx.AsyncClient(base_url=base_url, timeout=HEALTH_TIMEOUT) as http:
        while not done.is_set():
            started = time.perf_counter()
            try:
                answer = await http.get("/health")
                if answer.status_code == 200:
                    result.health_ms.append((time.perf_counter() - started) * 1000)
                else:
                    result.health_failures += 1
            except httpx.HTTPError:
                result.health_failures += 1
            await asyncio.sleep(HEALTH_EVERY_SECONDS)


async def one_login(base_url: str, attempt: int) -> str:
    form = {"grant_type": "password", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET,
            "username": USERNAME, "password": f"wrong-{attempt}"}
    # A client of its own: one connection per login, as 64 separate attackers' requests arrive.
    async with httpx.AsyncClient(base_url=base_url, timeout=300) as http:
        try:
            return str((await http.post("/connect/token", data=form)).status_code)
        except httpx.HTTPError as error:
            return type(error).__name__


async def flood(base_url: str, logins: int, result: FloodResult) -> None:
    done = asyncio.Event()
    poller = asyncio.create_task(poll_health(base_url, result, done))
    await asyncio.sleep(0.2)  # a few health calls before the flood, so the poll is warm
    started = time.perf_counter()
    statuses = await asyncio.gather(*(one_login(base_url, n) for n in range(logins)))
    result.seconds = time.perf_counter() - started
    done.set()
    await poller
    result.statuses.update(statuses)


def run_mode(mode: str, extra: list[str], logins: int, root: Path) -> FloodResult:
    data_dir = root / mode / "data"
    prepare_data_dir(data_dir)
    service: ServeProcess = start_serve(None, data_dir, root / f"{mode}.log", *extra)
    result = FloodResult(mode)
    try:
        service.wait_until_healthy(timeout=120)
        result.idle_mb = family_mb(service.process.pid)
        with MemorySampler(service.process.pid) as sampler:
            asyncio.run(flood(service.base_url, logins, result))
        result.peak_mb = sampler.peak
        result.service_hwm_mb = resident_mb(service.process.pid, "VmHWM")
    finally:
        service.stop()
    return result


def print_table(rows: list[dict[str, Any]]) -> None:
    header = ("mode", "idle MB", "peak MB", "svc HWM MB", "health p50 ms", "health max ms", "health fail",
              "flood s", "logins by status")
    lines = [header] + [(r["mode"], str(r["idle_mb"]), str(r["peak_mb"]), str(r["service_hwm_mb"]),
                         str(r["health_p50_ms"]), str(r["health_max_ms"]), str(r["health_failures"]),
                         str(r["flood_seconds"]), ", ".join(f"{k}: {v}" for k, v in r["logins_by_status"].items()))
                        for r in rows]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for number, line in enumerate(lines):
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)))
        if number == 0:
            print("  ".join("-" * width for width in widths))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--logins", type=int, default=64, help="concurrent wrong-password logins (default: 64)")
    parser.add_argument("--json", type=Path, default=RESULTS / "login_flood.json")
    args = parser.parse_args(argv)
    modes = [
        ("baseline (bounds off)", ["--login-hashing-concurrency", str(args.logins), "--login-address-max-failures",
                                   "0", "--max-connections", "100000"]),
        ("bounded (defaults)", []),
    ]
    print(f"{platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} CPUs; "
          f"{args.logins} concurrent wrong-password logins")
    with tempfile.TemporaryDirectory(prefix="login-flood-") as temporary:
        results = [run_mode(slug, extra, args.logins, Path(temporary)) for slug, extra in modes]
    rows = [result.row() for result in results]
    print()
    print_table(rows)
    bounded = rows[-1]
    memory_ok = bounded["peak_mb"] < MEMORY_GOAL_MB
    health_ok = (bounded["health_max_ms"] is not None and bounded["health_max_ms"] < HEALTH_GOAL_MS
                 and bounded["health_failures"] == 0)
    print(f"\ngoal, bounded: peak under {MEMORY_GOAL_MB:.0f} MB: {'met' if memory_ok else 'MISSED'}; "
          f"/api/health always within {HEALTH_GOAL_MS:.0f} ms: {'met' if health_ok else 'MISSED'}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"machine": platform.platform(), "cpus": os.cpu_count(), "logins": args.logins,
                                     "runs": rows, "goals_met": memory_ok and health_ok}, indent=2) + "\n")
    print(f"results: {args.json}")
    return 0 if memory_ok and health_ok else 1


if __name__ == "__main__":
    sys.exit(main())
