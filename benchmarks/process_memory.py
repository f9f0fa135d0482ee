"""Memory of a `facestation serve` process per enrolled descriptor: what one list of N people adds to each process.

    python benchmarks/process_memory.py [--sizes 100000,1000000]

A throw-away PostgreSQL cluster (tests/support/postgres.py) and one real `facestation serve --database`
process with one recognition worker. Per size, a list of N synthetic members is bulk-loaded into the database
(as in gallery_catch_up.py), then the process is asked to identify a photo in it: that builds the list's
descriptor cache (an exact matrix below 20 000 members, the approximate index from 20 000). The resident memory
(VmRSS) of the service process is read before and after, in the same run: the difference is what the list costs
each process (every process of a deployment holds its own copy), and the high-water mark (VmHWM) how much
more it needed while building. The recognition worker's memory does not depend on N and is shown once. Then
the process is restarted: it builds the large lists by itself (the warm-up, `--warm-up-from`), and the first
identification after that is timed.
"""

from __future__ import annotations

import argparse
import base64
import sys
import tempfile
import time
from pathlib import Path

import cv2
import httpx
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _repo_root  # noqa: F401, I001  (puts the repository on sys.path for tests.support)
from gallery_catch_up import bulk_list  # noqa: E402  (the benchmark next to this one loads lists in bulk)

from facestation.cli import main as facestation  # noqa: E402
from facestation.store import open_store  # noqa: E402
from tests.support import portraits  # noqa: E402
from tests.support.postgres import create_cluster, find_binaries, remove_cluster  # noqa: E402
from tests.support.processes import child_pids, resident_mb  # noqa: E402
from tests.support.serve import start_serve  # noqa: E402

CLIENT, SECRET, USER, PASSWORD = "bench", "bench-secret", "desk", "desk-password"



def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000")
    args = parser.parse_args()
    binaries = find_binaries()
    if binaries is None:
        raise SystemExit("PostgreSQL is not installed (apt-get install postgresql)")
    ok, photo = cv2.imencode(".jpg", portraits.grace_hopper())
    assert ok
    probe = base64.b64encode(photo.tobytes()).decode()
    cluster = create_cluster(binaries)
    try:
        database = cluster.create_database("memory")
        with tempfile.TemporaryDirectory() as folder:
            assert facestation(["admin", "--database", database, "create-client", "--client-id", CLIENT,
                                "--client-secret", SECRET]) == 0
            assert facestation(["admin", "--database", database, "create-user", "--client-id", CLIENT,
                                "--username", USER, "--password", PASSWORD]) == 0
            serve = start_serve(database, Path(folder) / "data", Path(folder) / "serve.log")
            store = open_store(database)
            try:
                serve.wait_until_healthy()
                with httpx.Client(base_url=serve.base_url, timeout=600) as http:
                    token = http.post("/connect/token", data={
                        "grant_type": "password", "client_id": CLIENT, "client_secret": SECRET,
                        "username": USER, "password": PASSWORD}).json()["access_token"]
                    http.headers["Authorization"] = f"Bearer {token}"
                    # Warm up: a first identification in a small list loads everything but the big list.
                    small = http.post("/v1/face/list", json={"name": "warm-up"}).json()["identifier"]
                    http.post("/v1/face", json={"faceImageBase64": probe, "name": "W", "surname1": "U",
                                                "faceListId": small})
                    http.post("/v1/face/list/identify", json={"faceImageBase64": probe, "faceListId": small})
                    workers = child_pids(serve.process.pid)
                    print(f"recognition worker: {sum(resident_mb(pid) for pid in workers):.0f} MB "
                          f"({len(workers)} child process(es), independent of the lists)")
                    print("| members | service process before | after the first identification | the list costs | "
                          "per million | peak while building | first identification |")
                    print("| --- | --- | --- | --- | --- | --- | --- |")
                    rng = np.random.default_rng(4)
                    for size in (int(value) for value in args.sizes.split(",")):
                        list_id = bulk_list(store, size, rng, tenant=CLIENT)
                        before = resident_mb(serve.process.pid)
                        started = time.perf_counter()
                        answer = http.post("/v1/face/list/identify",
                                           json={"faceImageBase64": probe, "faceListId": list_id})
                        took = time.perf_counter() - started
                        assert answer.status_code == 200, answer.text
                        after = resident_mb(serve.process.pid)
                        peak = resident_mb(serve.process.pid, "VmHWM")
                        print(f"| {size:,} | {before:.0f} MB | {after:.0f} MB | {after - before:.0f} MB | "
                              f"{(after - before) * 1_000_000 / size:.0f} MB | +{peak - before:.0f} MB | {took:.1f} s |")
                        last_list = list_id
                # A restart: the service builds the large lists before anyone asks (--warm-up-from, default on).
                serve.stop()
                restarted_at = time.monotonic()
                serve = start_serve(database, Path(folder) / "data", Path(folder) / "restarted.log")
                serve.wait_until_healthy()
                healthy = time.monotonic() - restarted_at
                while not any(last_list in line and "ready for 1:N" in line
                              for line in serve.log.read_text().splitlines()):
                    if time.monotonic() - restarted_at > 600:
                        raise RuntimeError(f"the warm-up did not finish:\n{serve.log_tail()}")
                    time.sleep(0.2)
                warm = time.monotonic() - restarted_at
                with httpx.Client(base_url=serve.base_url, timeout=600) as http:
                    http.headers["Authorization"] = "Bearer " + http.post("/connect/token", data={
                        "grant_type": "password", "client_id": CLIENT, "client_secret": SECRET,
                        "username": USER, "password": PASSWORD}).json()["access_token"]
                    started = time.perf_counter()
                    answer = http.post("/v1/face/list/identify", json={"faceImageBase64": probe, "faceListId": last_list})
                    assert answer.status_code == 200, answer.text
                    first = time.perf_counter() - started
                print(f"\nafter a restart: healthy in {healthy:.1f} s, every large list built by {warm:.1f} s "
                      f"(warm-up), then the first identification in the largest list took {first * 1000:.0f} ms")
            finally:
                store.close()
                serve.stop()
    finally:
        remove_cluster(cluster)


if __name__ == "__main__":
    main()
