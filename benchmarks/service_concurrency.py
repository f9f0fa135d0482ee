"""Throughput of the local FaceCheck service with four concurrent stations, next to one station alone.

    python benchmarks/service_concurrency.py [--seconds 60] [--baseline-seconds 20] [--clients 4] [--workers N]
                                             [--quick]

Starts the real service like service_latency.py does (`facestation serve` subprocess, temporary data dir, one API
client with one user per station made with `facestation admin`) and enrols five 640x480 photos (the package
portraits and their mirror images) into a face list. Each station is a thread with its own httpx client, signed
in as its own user, sending requests back to back in a realistic mix, all with 640x480 JPEG probes:

    40 % POST v1/face/identifyRecord   (a random photo against a random enrolled record)
    40 % POST v1/face/list/identify    (a random photo against the list)
    10 % POST v1/face                  (enrol a random photo into the list: the list's gallery grows as it would)
    10 % GET  v1/face/{id}             (a random record, image included)

Baseline, measured in the same run against the same service: the same mix from ONE station, sequentially, for
a shorter time (--baseline-seconds). Speed-up = concurrent throughput / sequential throughput; its ceiling is
set by the machine's cores (os.cpu_count()) and the service's recognition workers (one per core by default),
so the bare engine's own throughput is measured too: `analyze_image` back to back in one process, and in as
many processes as the service has workers. Any transport error, non-200 answer, or an identification that
reports no face in a face photo counts as an error; the goal is zero.

Results: benchmarks/results/service_concurrency.json. `--quick` runs a few seconds per phase, for a smoke test.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import random
import sys
import time
from collections import defaultdict
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from contextlib import closing
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from service_latency import (  # noqa: E402  (the benchmark next to this one holds the shared helpers)
    ENDPOINTS,
    JSON_HEADERS,
    RESULTS,
    LoadClient,
    MachineLoad,
    Service,
    b64,
    body,
    engine_pool,
    gallery_photos,
    install_sigterm_handler,
    print_load,
    print_machine,
    run_timed,
    running_service,
    setup_list,
    summary,
)

from facestation.service.engine import analyze_image  # noqa: E402
from facestation.vision import imageio  # noqa: E402

MIX = {"POST identifyRecord": 40, "POST list/identify": 40, "POST v1/face": 10, "GET v1/face/{id}": 10}


class Station(LoadClient):
    """One client: its own user and connection, a deterministic random mix, every outcome recorded."""

    role = "station"

    def __init__(self, number: int, service: Service, username: str, photos: dict[str, bytes],
                 records: list[str], list_id: str, seed: int) -> None:
        self.number = number
        self.http = service.sign_in(username, username, timeout=300)
        self.random = random.Random(seed)
        self.list_id = list_id
        self.records = records  # shared between stations (appends are atomic); read-only snapshot per pick
        self.probes = {name: b64(data) for name, data in photos.items()}
        self.samples: dict[str, list[float]] = defaultdict(list)
        self.errors: list[str] = []
        self.created: list[str] = []

    def one(self) -> None:
        kind = self.random.choices(list(MIX), weights=list(MIX.values()))[0]
        probe_name = self.random.choice(list(self.probes))
        probe = self.probes[probe_name]
        if kind == "POST identifyRecord":
            request = ("POST", "/v1/face/identifyRecord",
                       body({"faceImageBase64": probe, "faceRecordIdentifier": self.random.choice(self.records)}))
        elif kind == "POST list/identify":
            request = ("POST", "/v1/face/list/identify", body({"faceImageBase64": probe, "faceListId": self.list_id}))
        elif kind == "POST v1/face":
            request = ("POST", "/v1/face", body({"faceImageBase64": probe, "name": f"Station{self.number}",
                                                 "surname1": probe_name, "faceListId": self.list_id}))
        else:
            request = ("GET", f"/v1/face/{self.random.choice(self.records)}", None)
        method, path, content = request
        started = time.perf_counter()
        try:
            response = self.http.request(method, path, content=content, headers=JSON_HEADERS if content else None)
            elapsed = (time.perf_counter() - started) * 1000
        except httpx.HTTPError as error:
            self.errors.append(f"{kind}: {type(error).__name__}: {error}")
            return
        problem = None
        if response.status_code != 200:
            problem = f"{response.status_code} {response.text[:200]}"
        else:
            answer = response.json()
            if kind == "POST v1/face":
                if answer.get("identifier"):
                    self.created.append(answer["identifier"])
                    self.records.append(answer["identifier"])
                else:
                    problem = f"refused: {answer}"
            elif kind != "GET v1/face/{id}" and answer.get("result") == 1:
                problem = f"notExecuted: {answer.get('resultDescription')}"
        if problem is not None:
            self.errors.append(f"{kind}: {problem}")
        else:
            self.samples[kind].append(elapsed)



def run_phase(service: Service, usernames: list[str], photos: dict[str, bytes], records: list[str], list_id: str,
              seconds: float, seed: int) -> dict[str, Any]:
    stations: list[Station] = []
    try:
        for number, name in enumerate(usernames):
            stations.append(Station(number + 1, service, name, photos, records, list_id, seed + number))
        log_start = service.log_size()
        elapsed = run_timed(stations, seconds)
    finally:
        for station in stations:
            station.http.close()
    time.sleep(0.2)
    in_app = service.access_log(log_start)
    samples: dict[str, list[float]] = defaultdict(list)
    errors: list[str] = []
    for station in stations:
        for kind, values in station.samples.items():
            samples[kind] += values
        errors += station.errors
    count = sum(len(v) for v in samples.values())
    endpoints = {}
    for kind in MIX:
        endpoints[kind] = summary(samples[kind])
        endpoints[kind]["in_app_median_ms"] = summary(in_app.get(ENDPOINTS[kind], []))["median_ms"]
    return {
        "clients": len(stations), "seconds": elapsed, "requests": count, "throughput_rps": count / elapsed,
        "all": summary([v for values in samples.values() for v in values]), "endpoints": endpoints,
        "per_client_requests": [sum(len(v) for v in s.samples.values()) for s in stations],
        "errors": len(errors), "error_samples": errors[:10],
    }


def engine_throughput(pool: ProcessPoolExecutor, processes: int, data: bytes, seconds: float) -> dict[str, Any]:
    """analyze_image calls per second with `processes` jobs always in flight in the pool."""
    job = functools.partial(analyze_image, data, with_quality=False, max_pixels=imageio.DEFAULT_MAX_PIXELS)
    for future in [pool.submit(job) for _ in range(processes)]:
        future.result()
    done = 0
    started = time.perf_counter()
    in_flight = {pool.submit(job) for _ in range(processes)}
    while in_flight:
        finished, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
        for future in finished:
            future.result()
            done += 1
            if time.perf_counter() - started < seconds:
                in_flight.add(pool.submit(job))
    elapsed = time.perf_counter() - started
    return {"processes": processes, "analyses": done, "seconds": elapsed, "per_s": done / elapsed}


def print_report(results: dict[str, Any]) -> None:
    phases = results["phases"]
    print(f"\n{'phase':24} {'clients':>7} {'seconds':>7} {'requests':>8} {'req/s':>7} {'median':>8} {'p95':>8} "
          f"{'errors':>6}")
    for name, phase in phases.items():
        print(f"{name:24} {phase['clients']:7d} {phase['seconds']:7.1f} {phase['requests']:8d} "
              f"{phase['throughput_rps']:7.2f} {phase['all']['median_ms']:6.1f}ms {phase['all']['p95_ms']:6.1f}ms "
              f"{phase['errors']:6d}")
    print(f"\n{'endpoint':22}"
          + "".join(f" | {name + ' n':>18} {'median':>8} {'p95':>8} {'in app':>8}" for name in phases))
    for kind in MIX:
        line = f"{kind:22}"
        for phase in phases.values():
            row = phase["endpoints"][kind]
            line += (f" | {row['n']:18d} {row['median_ms']:6.1f}ms {row['p95_ms']:6.1f}ms "
                     f"{row['in_app_median_ms']:6.1f}ms")
        print(line)
    speed = results["speed_up"]
    engine = results["engine_throughput"]
    print(f"\nspeed-up from {phases['concurrent']['clients']} concurrent clients: {speed['service']:.2f}x "
          f"({phases['concurrent']['throughput_rps']:.2f} vs {phases['sequential']['throughput_rps']:.2f} req/s) on "
          f"{results['machine']['cpu_count']} CPUs, {results['workers']} service workers")
    print(f"bare engine on this machine: {engine['one']['per_s']:.2f} analyses/s in 1 process, "
          f"{engine['pool']['per_s']:.2f}/s in {engine['pool']['processes']} processes -> the machine's own "
          f"parallel speed-up {speed['bare_engine']:.2f}x (the ceiling for the service's)")
    print(f"requests that analyse an image, {phases['concurrent']['clients']} clients: "
          f"{speed['analysing_requests_per_s']:.2f}/s = {speed['vs_bare_pool_pct']:.0f} % of the bare "
          f"{engine['pool']['processes']}-process engine's {engine['pool']['per_s']:.2f}/s")
    errors = sum(phase["errors"] for phase in phases.values())
    print(f"errors: {errors} ({'ok' if errors == 0 else 'GOAL MISSED: must be zero'})")
    for phase in phases.values():
        for sample in phase["error_samples"]:
            print(f"  {sample}")
    shutdown = results.get("shutdown")
    if shutdown:
        print(f"shutdown: {shutdown['how']}, {'graceful' if shutdown['graceful'] else 'NOT graceful'}, "
              f"{shutdown['seconds']} s, {shutdown['worker_processes_left']} of {shutdown['worker_processes']} "
              f"worker processes left behind")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="concurrent phase (default: %(default)s)")
    parser.add_argument("--baseline-seconds", type=float, default=20.0,
                        help="the one-client sequential baseline (default: %(default)s)")
    parser.add_argument("--clients", type=int, default=4, help="concurrent stations (default: %(default)s)")
    parser.add_argument("--workers", type=int, default=None,
                        help="service recognition workers (default: the service's own, one per CPU)")
    parser.add_argument("--engine-seconds", type=float, default=10.0,
                        help="each bare-engine throughput measurement (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="a few seconds per phase: a smoke test")
    parser.add_argument("--json", type=Path, default=RESULTS / "service_concurrency.json")
    args = parser.parse_args(argv)
    if args.quick:
        args.seconds, args.baseline_seconds, args.engine_seconds = (min(args.seconds, 5.0),
                                                                     min(args.baseline_seconds, 3.0),
                                                                     min(args.engine_seconds, 2.0))
    install_sigterm_handler()
    machine_load = MachineLoad()
    results: dict[str, Any] = {"machine": print_machine(), "args": vars(args) | {"json": str(args.json)},
                               "mix_pct": MIX}
    photos = gallery_photos()
    usernames = [f"station-{i + 1}" for i in range(args.clients)]
    workers = args.workers or os.cpu_count() or 1
    service: Service | None = None
    pool: ProcessPoolExecutor | None = None
    try:
        with running_service(["setup", *usernames], workers=args.workers) as service:
            results["workers"] = service.workers
            with closing(service.sign_in("setup", "setup")) as http:
                list_id, enrolled = setup_list(http, "stations", photos)
            records = list(enrolled.values())
            results["phases"] = {}
            print(f"sequential baseline: 1 client, {args.baseline_seconds:.0f} s ...", flush=True)
            results["phases"]["sequential"] = run_phase(service, usernames[:1], photos, records, list_id,
                                                        args.baseline_seconds, args.seed)
            print(f"concurrent: {args.clients} clients, {args.seconds:.0f} s ...", flush=True)
            results["phases"]["concurrent"] = run_phase(service, usernames, photos, records, list_id,
                                                        args.seconds, args.seed + 100)
            results["list_size_at_end"] = len(records)
        print(f"bare engine throughput: {args.engine_seconds:.0f} s in 1 process, {args.engine_seconds:.0f} s in "
              f"{workers} ...", flush=True)
        pool = engine_pool(workers)
        probe = photos["grace"]
        results["engine_throughput"] = {"one": engine_throughput(pool, 1, probe, args.engine_seconds),
                                        "pool": engine_throughput(pool, workers, probe, args.engine_seconds)}
    except KeyboardInterrupt:
        print("\ninterrupted: the service was stopped", file=sys.stderr)
        return 130
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        if service is not None and service.shutdown:
            results["shutdown"] = service.shutdown
    results["machine_load"] = machine_load.finish()
    phases, engine = results["phases"], results["engine_throughput"]
    concurrent = phases["concurrent"]
    # Every request but the GET is one image analysis: their rate against the bare pool's is the service's
    # efficiency at full load (what HTTP, auth, rate limit, database and the event loop cost).
    analyses = sum(concurrent["endpoints"][kind]["n"] for kind in MIX if kind != "GET v1/face/{id}")
    results["speed_up"] = {
        "service": concurrent["throughput_rps"] / phases["sequential"]["throughput_rps"],
        "bare_engine": engine["pool"]["per_s"] / engine["one"]["per_s"],
        "analysing_requests_per_s": analyses / concurrent["seconds"],
        "vs_bare_pool_pct": 100 * analyses / concurrent["seconds"] / engine["pool"]["per_s"],
    }
    print_report(results)
    print_load(results["machine_load"])
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2))
    print(f"\nJSON: {args.json}")
    errors = sum(phase["errors"] for phase in phases.values())
    return 0 if errors == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
