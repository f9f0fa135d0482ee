"""Throughput of 1, 2 and 3 `facestation serve` processes on one PostgreSQL, with concurrent clients.

    python benchmarks/scaleout_throughput.py [--seconds 20] [--clients 4] [--quick]

Starts a throw-away PostgreSQL cluster from Debian's binaries (initdb in a temporary folder, a free loopback
port: tests/support/postgres.py), creates the API client and one user per client with
`facestation admin --database`, and enrols ~50 photos into one face list: 640x480 "webcam" frames of the two
package portraits (grace_hopper, astronaut) with small shifts of position and size.

Then, for N = 1, 2, 3 service processes (started one more each phase, all on the same database, each with its
own data dir as on separate machines), C client threads, each with its own user and one httpx connection per
process, send requests back to back, round-robin over the N processes, for --seconds:

    80 % POST v1/face/list/identify   (1:N: a random photo against the list)
    20 % POST v1/face                 (enrol a random photo into the list with a fresh externalIdentifier)

Every process runs with `--workers 1` (one recognition worker process): with 3 services that is already
3 analysing processes plus PostgreSQL on a 2-core machine, so more workers per service would only oversubscribe
the cores. More processes can help only as far as the cores allow: the scaling factor's ceiling is about
min(N, cores) over one process's own use of the cores.

Baseline: N = 1, measured in the same run against the same database. Any transport error, non-200 answer or
`result: 1` (not executed) counts as an error; the goal is zero. The list grows by the enrolments of earlier
phases (its size is reported per phase). Results: benchmarks/results/scaleout_throughput.json. `--quick` runs
a few seconds per phase with fewer enrolled photos, for a smoke test. Ctrl+C (or SIGTERM) stops the services and
removes the cluster.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from contextlib import ExitStack, closing
from pathlib import Path
from typing import Any

import cv2
import httpx
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _repo_root  # noqa: F401, I001  (puts the repository on sys.path for tests.support)
from service_latency import (  # noqa: E402  (the benchmark next to this one holds the shared helpers)
    CLIENT_ID,
    CLIENT_SECRET,
    HIGH_RATE_LIMIT,
    JSON_HEADERS,
    RESULTS,
    LoadClient,
    MachineLoad,
    b64,
    body,
    expect,
    facestation_command,
    install_sigterm_handler,
    jpeg,
    print_load,
    print_machine,
    run_timed,
    summary,
)

from facestation.vision.faces import detect_faces, locate_landmarks  # noqa: E402
from tests.support import portraits  # noqa: E402
from tests.support.postgres import create_cluster, find_binaries, remove_cluster  # noqa: E402
from tests.support.serve import ServeProcess, start_serve  # noqa: E402

MIX = {"identify": 80, "enrol": 20}
PROCESS_COUNTS = (1, 2, 3)


# -- the service processes ---------------------------------------------------------------------------------------


def admin(database: str, *arguments: str) -> None:
    command = [*facestation_command(), "admin", "--database", database, *arguments]
    result = subprocess.run(command, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    if result.returncode != 0:
        raise RuntimeError(f"admin {arguments[0]} failed ({result.returncode}): {result.stderr.strip()}")


def start_service(database: str, folder: Path) -> ServeProcess:
    folder.mkdir(parents=True)
    return start_serve(database, folder / "data", folder / "service.log",
                       "--rate-limit-per-hour", str(HIGH_RATE_LIMIT))


def sign_in(base_url: str, username: str) -> tuple[httpx.Client, str]:
    http = httpx.Client(base_url=base_url, timeout=300)
    answer = expect(http.post("/connect/token", data={
        "grant_type": "password", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET,
        "username": username, "password": username}), f"sign-in of {username}")
    token = answer["access_token"]
    http.headers["Authorization"] = f"Bearer {token}"
    return http, token


# -- the photos ----------------------------------------------------------------------------------------------------


def enrolment_photos(count: int) -> list[tuple[str, bytes]]:
    """`count` 640x480 webcam-like JPEGs: the two package portraits, each at several sizes and positions."""
    sources = []
    for name, photo in portraits.package_portraits().items():
        found = detect_faces(photo)
        if not found:
            raise RuntimeError(f"no face in the package portrait {name}")
        sources.append((name, photo, locate_landmarks(photo, found[0])))
    rng = random.Random(8)
    photos = []
    for index in range(count):
        name, photo, face = sources[index % len(sources)]
        eye_distance = rng.uniform(55.0, 85.0)
        eye_at = (0.5 + rng.uniform(-0.08, 0.08), 0.42 + rng.uniform(-0.05, 0.05))
        frame = portraits.webcam_frame(photo, face, eye_distance=eye_distance, size=(640, 480), eye_at=eye_at)
        photos.append((f"{name}-{index}", jpeg(frame)))
    return photos


def probe_photos() -> list[bytes]:
    """A few probes not enrolled as such: the two portraits centred, mirrored, slightly smaller."""
    probes = []
    for photo in portraits.package_portraits().values():
        for variant in (photo, cv2.flip(photo, 1)):
            canvas = np.full((480, 640, 3), 128, np.uint8)
            scale = 400 / variant.shape[0]
            small = cv2.resize(variant, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
            top, left = (480 - small.shape[0]) // 2, (640 - small.shape[1]) // 2
            canvas[top : top + small.shape[0], left : left + small.shape[1]] = small
            probes.append(jpeg(canvas))
    return probes


# -- the load -------------------------------------------------------------------------------------------------------


class Client(LoadClient):
    """One station: its own user, one connection per service process, requests round-robin over them."""

    def __init__(self, number: int, serves: list[ServeProcess], username: str, probes: list[str], enrol_photos: list[str],
                 list_id: str, seed: int) -> None:
        self.number = number
        first, token = sign_in(serves[0].base_url, username)
        self.connections = [first]
        for serve in serves[1:]:  # a token from one process is valid on the others
            http = httpx.Client(base_url=serve.base_url, timeout=300)
            http.headers["Authorization"] = f"Bearer {token}"
            self.connections.append(http)
        self.turn = itertools.cycle(range(number, number + len(serves)))
        self.random = random.Random(seed)
        self.probes, self.enrol_photos, self.list_id = probes, enrol_photos, list_id
        self.samples: dict[str, list[float]] = defaultdict(list)
        self.per_process = [0] * len(serves)
        self.errors: list[str] = []
        self.enrolled = 0

    def one(self) -> None:
        kind = self.random.choices(list(MIX), weights=list(MIX.values()))[0]
        if kind == "identify":
            path = "/v1/face/list/identify"
            content = body({"faceImageBase64": self.random.choice(self.probes), "faceListId": self.list_id})
        else:
            path = "/v1/face"
            content = body({"faceImageBase64": self.random.choice(self.enrol_photos), "name": f"Client{self.number}",
                            "surname1": "Load", "externalIdentifier": f"load-{uuid.uuid4().hex}",
                            "faceListId": self.list_id})
        process = next(self.turn) % len(self.connections)
        started = time.perf_counter()
        try:
            response = self.connections[process].post(path, content=content, headers=JSON_HEADERS)
        except httpx.HTTPError as error:
            self.errors.append(f"{kind} on process {process + 1}: {type(error).__name__}: {error}")
            return
        elapsed = (time.perf_counter() - started) * 1000
        problem = None
        if response.status_code != 200:
            problem = f"{response.status_code} {response.text[:200]}"
        else:
            answer = response.json()
            if answer.get("result") == 1:
                problem = f"notExecuted: {answer.get('resultDescription')}"
            elif kind == "enrol" and not answer.get("identifier"):
                problem = f"refused: {str(answer)[:200]}"
        if problem is not None:
            self.errors.append(f"{kind} on process {process + 1}: {problem}")
            return
        self.samples[kind].append(elapsed)
        self.per_process[process] += 1
        if kind == "enrol":
            self.enrolled += 1

    def close(self) -> None:
        for http in self.connections:
            http.close()


def run_phase(serves: list[ServeProcess], usernames: list[str], probes: list[str], enrol_photos: list[str], list_id: str,
              seconds: float, seed: int) -> dict[str, Any]:
    clients: list[Client] = []
    try:
        for number, username in enumerate(usernames):
            clients.append(Client(number, serves, username, probes, enrol_photos, list_id, seed + number))
        # Warm-up: one identification per process, so each has loaded the list before the clock starts.
        for connection in clients[0].connections:
            expect(connection.post("/v1/face/list/identify", content=body(
                {"faceImageBase64": probes[0], "faceListId": list_id}), headers=JSON_HEADERS), "warm-up identify")
        elapsed = run_timed(clients, seconds)
    finally:
        for client in clients:
            client.close()
    samples: dict[str, list[float]] = defaultdict(list)
    errors: list[str] = []
    for client in clients:
        for kind, values in client.samples.items():
            samples[kind] += values
        errors += client.errors
    count = sum(len(values) for values in samples.values())
    return {
        "processes": len(serves), "clients": len(clients), "seconds": elapsed, "requests": count,
        "throughput_rps": count / elapsed, "all": summary([v for values in samples.values() for v in values]),
        "endpoints": {kind: summary(samples[kind]) for kind in MIX},
        "per_process_requests": [sum(client.per_process[i] for client in clients) for i in range(len(serves))],
        "enrolled": sum(client.enrolled for client in clients),
        "errors": len(errors), "error_samples": errors[:10],
    }


def list_size(serve: ServeProcess, username: str, list_id: str) -> int | None:
    """Members of the list now (None if the service does not say), to show the gallery growing between phases."""
    http, _ = sign_in(serve.base_url, username)
    with closing(http):
        response = http.get("/v1/face/list")
        if response.status_code != 200:
            return None
        answer = response.json()
    return next((int(item["recordCount"]) for item in answer if item.get("identifier") == list_id), None)


# -- the report -----------------------------------------------------------------------------------------------------


def print_report(results: dict[str, Any]) -> None:
    phases = results["phases"]
    base = phases[0]["throughput_rps"]
    print(f"\n{'processes':>9} {'clients':>7} {'list':>5} {'requests':>8} {'req/s':>7} {'scaling':>7} {'p50':>8} "
          f"{'p95':>8} {'ident p50':>9} {'ident p95':>9} {'enrol p50':>9} {'enrol p95':>9} {'errors':>6}  per process")
    for phase in phases:
        identify, enrol = phase["endpoints"]["identify"], phase["endpoints"]["enrol"]
        size = "?" if phase["list_size_before"] is None else str(phase["list_size_before"])
        print(f"{phase['processes']:9d} {phase['clients']:7d} {size:>5} {phase['requests']:8d} "
              f"{phase['throughput_rps']:7.2f} {phase['throughput_rps'] / base:6.2f}x "
              f"{phase['all']['median_ms']:6.0f}ms {phase['all']['p95_ms']:6.0f}ms "
              f"{identify['median_ms']:7.0f}ms {identify['p95_ms']:7.0f}ms "
              f"{enrol['median_ms']:7.0f}ms {enrol['p95_ms']:7.0f}ms {phase['errors']:6d}  "
              f"{'/'.join(str(n) for n in phase['per_process_requests'])}")
    cores = results["machine"]["cpu_count"]
    print(f"\nbaseline: 1 process in the same run. Each process has --workers 1 (one recognition worker); this "
          f"machine has {cores} cores, so more processes can help only as far as the cores allow "
          f"(ceiling about {min(max(PROCESS_COUNTS), cores)} analysing processes at once, and PostgreSQL and the "
          f"clients share the same cores).")
    errors = sum(phase["errors"] for phase in phases)
    print(f"errors: {errors} ({'ok' if errors == 0 else 'GOAL MISSED: must be zero'})")
    for phase in phases:
        for sample in phase["error_samples"]:
            print(f"  N={phase['processes']}: {sample}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="each phase (default: %(default)s)")
    parser.add_argument("--clients", type=int, default=4, help="concurrent clients (default: %(default)s)")
    parser.add_argument("--people", type=int, default=50, help="photos enrolled before the load (default: 50)")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="a few seconds per phase: a smoke test")
    parser.add_argument("--json", type=Path, default=RESULTS / "scaleout_throughput.json")
    args = parser.parse_args(argv)
    if args.quick:
        args.seconds, args.people = min(args.seconds, 4.0), min(args.people, 10)
    binaries = find_binaries()
    if binaries is None:
        print("no PostgreSQL binaries under /usr/lib/postgresql/*/bin: install them (apt-get install postgresql) "
              "and run again", file=sys.stderr)
        return 2
    install_sigterm_handler()
    results: dict[str, Any] = {"machine": print_machine(), "args": vars(args) | {"json": str(args.json)},
                               "mix_pct": MIX, "workers_per_process": 1, "phases": []}
    print(f"note: every service process runs with --workers 1, so {max(PROCESS_COUNTS)} processes do not "
          f"oversubscribe this {results['machine']['cpu_count']}-core machine more than necessary; more processes "
          "can help only as far as the cores allow.", flush=True)
    usernames = [f"client-{i + 1}" for i in range(args.clients)]
    serves: list[ServeProcess] = []
    machine_load: MachineLoad | None = None
    with ExitStack() as cleanup:
        try:
            print(f"PostgreSQL from {binaries}: creating a throw-away cluster ...", flush=True)
            cluster = create_cluster(binaries)
            cleanup.callback(remove_cluster, cluster)
            temp = Path(tempfile.mkdtemp(prefix="facestation-bench-scaleout-"))
            cleanup.callback(shutil.rmtree, temp, ignore_errors=True)
            cleanup.callback(lambda: [serve.stop() for serve in serves])  # runs before the cluster goes
            database = cluster.create_database("scaleout")
            admin(database, "create-client", "--client-id", CLIENT_ID, "--client-secret", CLIENT_SECRET)
            for username in ["setup", *usernames]:
                admin(database, "create-user", "--client-id", CLIENT_ID, "--username", username,
                      "--password", username)
            enrol = enrolment_photos(args.people)
            probes = [b64(data) for data in probe_photos()]
            enrol_b64 = [b64(data) for _, data in enrol]
            serves.append(start_service(database, temp / "serve-1"))
            serves[0].wait_until_healthy(timeout=180)
            print(f"enrolling {len(enrol)} photos into the list ...", flush=True)
            http, _ = sign_in(serves[0].base_url, "setup")
            with closing(http):
                list_id = expect(http.post("/v1/face/list", json={"name": "scale-out"}), "create list")["identifier"]
                for label, data in enrol:
                    created = expect(http.post("/v1/face", content=body({
                        "faceImageBase64": b64(data), "name": label, "surname1": "Gallery",
                        "externalIdentifier": f"gallery-{label}", "faceListId": list_id}), headers=JSON_HEADERS),
                        f"enrol {label}")
                    if not created.get("identifier"):
                        raise RuntimeError(f"enrolment of {label} refused: {created}")
            machine_load = MachineLoad()
            for count in PROCESS_COUNTS:
                while len(serves) < count:
                    serves.append(start_service(database, temp / f"serve-{len(serves) + 1}"))
                    serves[-1].wait_until_healthy(timeout=180)
                size = list_size(serves[0], "setup", list_id)
                print(f"N={count}: {args.clients} clients over {count} process(es), {args.seconds:.0f} s, list of "
                      f"{size if size is not None else '?'} ...", flush=True)
                phase = run_phase(serves[:count], usernames, probes, enrol_b64, list_id, args.seconds,
                                  args.seed + 100 * count)
                phase["list_size_before"] = size
                results["phases"].append(phase)
        except KeyboardInterrupt:
            print("\ninterrupted: stopping the services and removing the cluster", file=sys.stderr)
            return 130
    results["machine_load"] = machine_load.finish() if machine_load is not None else None
    print_report(results)
    print_load(results["machine_load"])
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2))
    print(f"\nJSON: {args.json}")
    return 0 if sum(phase["errors"] for phase in results["phases"]) == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
