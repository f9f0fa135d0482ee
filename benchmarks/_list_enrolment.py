"""Part 4 of benchmarks/list_calibration.py: what per-list calibration adds to an enrolment into a list.

The real local service runs in this process (uvicorn in a thread, SQLite in a temporary data dir, one engine
worker), as tests/service/conftest.py starts it. Two lists of the same size are bulk-loaded through the store
with synthetic members, and each gallery is built by one list/identify call, so every enrolment after that takes
the incremental path. One list keeps its calibration (as shipped); for the other, the baseline, the benchmark
switches calibration off: its cached gallery keeps no calibration (so no member is counted) and no state is
saved after its writes. Enrolments (`POST /api/v1/face` with `faceListId`, a real photo each) alternate
between the two lists photo by photo, so both see the same photos and the same machine load.
"""

from __future__ import annotations

import base64
import statistics
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import uvicorn
from _bulk_lists import bulk_list as write_bulk_list

from facestation.service import galleries, passwords
from facestation.service import list_calibration as service_calibration
from facestation.service.app import create_app
from facestation.service.galleries import GalleryCache
from facestation.service.settings import ServiceSettings
from facestation.store import Store, open_data_dir_store

TENANT = "bench-client"


@contextmanager
def running_service(data_dir: Path) -> Iterator[tuple[str, Store]]:
    """(base URL, store) of the real service started in a thread of this process."""
    settings = ServiceSettings(data_dir=data_dir, engine_workers=1, warm_up_from=None)
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=0, access_log=False,
                                           log_config=None, lifespan="on"))
    thread = threading.Thread(target=server.run, name="bench-service", daemon=True)
    thread.start()
    deadline = time.monotonic() + 120
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the service did not start")
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    store = open_data_dir_store(data_dir)
    try:
        yield f"http://127.0.0.1:{port}/api", store
    finally:
        server.should_exit = True
        thread.join(timeout=60)
        store.close()


@contextmanager
def calibration_switched_off(list_ids: set[str]) -> Iterator[dict[str, list[float]]]:
    """Within the block, the lists in `list_ids` keep no calibration in the service's gallery cache and save no
    state; yields the server-side seconds of each cache `apply` (per list kind), of `calibration_states` (the
    state serialised, under the cache's lock) and of serialising and saving it (in a worker thread)."""
    timings: dict[str, list[float]] = {"apply_calibrated": [], "apply_baseline": [], "states": [], "save": []}
    original_install, original_states, original_apply = (GalleryCache._install, GalleryCache.calibration_states,
                                                         GalleryCache.apply)
    original_calibration_at, original_store_states = galleries.calibration_at, service_calibration._store_states

    def install(self: GalleryCache, list_id: str, revision: int, index: Any, stored: Any = None) -> Any:
        if list_id not in list_ids:
            return original_install(self, list_id, revision, index, stored)
        galleries.calibration_at = lambda *_: None  # builds happen before the timed part, one at a time
        try:
            return original_install(self, list_id, revision, index, None)
        finally:
            galleries.calibration_at = original_calibration_at

    def states(self: GalleryCache, ids: Iterable[str]) -> list[tuple[str, int, bytes]]:
        kept = [list_id for list_id in ids if list_id not in list_ids]
        started = time.perf_counter()
        result = original_states(self, kept)
        if kept:
            timings["states"].append(time.perf_counter() - started)
        return result

    def apply(self: GalleryCache, changes: Iterable[Any]) -> None:
        changes = list(changes)
        started = time.perf_counter()
        original_apply(self, changes)
        kind = "baseline" if any(change.list_id in list_ids for change in changes) else "calibrated"
        timings[f"apply_{kind}"].append(time.perf_counter() - started)

    def store_states(shared: Any, ids: list[str]) -> None:
        started = time.perf_counter()
        original_store_states(shared, ids)
        timings["save"].append(time.perf_counter() - started)

    GalleryCache._install, GalleryCache.calibration_states, GalleryCache.apply = install, states, apply
    service_calibration._store_states = store_states
    try:
        yield timings
    finally:
        GalleryCache._install, GalleryCache.calibration_states, GalleryCache.apply = (
            original_install, original_states, original_apply)
        service_calibration._store_states = original_store_states


def bulk_list(store: Store, name: str, descriptors: np.ndarray) -> str:
    """A list of len(descriptors) members written straight to the store (far faster than enrolments)."""
    return write_bulk_list(store, TENANT, name, descriptors)


def signed_in(base_url: str, store: Store) -> httpx.Client:
    now = time.time()
    store.accounts.create_client(TENANT, passwords.hash_secret("secret"), now)
    store.accounts.create_user(TENANT, "bench", passwords.hash_secret("password"), now)
    http = httpx.Client(base_url=base_url, timeout=300)
    response = http.post("/connect/token", data={"grant_type": "password", "client_id": TENANT,
                                                 "client_secret": "secret", "username": "bench",
                                                 "password": "password"})
    response.raise_for_status()
    http.headers["Authorization"] = f"Bearer {response.json()['access_token']}"
    return http


def timed(call: Callable[[], httpx.Response]) -> float:
    started = time.perf_counter()
    response = call()
    elapsed = time.perf_counter() - started
    if response.status_code != 200:
        raise RuntimeError(f"{response.request.url}: {response.status_code} {response.text[:300]}")
    return elapsed


def ms(samples: list[float]) -> dict[str, float]:
    if not samples:
        return {"median_ms": float("nan"), "p95_ms": float("nan"), "n": 0}
    ordered = sorted(samples)
    return {"median_ms": 1000 * statistics.median(ordered),
            "p95_ms": 1000 * ordered[int(0.95 * (len(ordered) - 1))], "n": len(ordered)}


def measure(sizes: list[int], photos: list[bytes], enrolments: int,
            descriptors: Callable[[int], np.ndarray]) -> list[dict[str, object]]:
    """Per size: enrolment latency into the calibrated list and into the baseline list, alternating."""
    rows = []
    with tempfile.TemporaryDirectory() as folder, running_service(Path(folder)) as (base_url, store):
        http = signed_in(base_url, store)
        for size in sizes:
            calibrated = bulk_list(store, f"calibrated-{size}", descriptors(size))
            baseline = bulk_list(store, f"baseline-{size}", descriptors(size))
            with calibration_switched_off({baseline}) as server:
                probe = base64.b64encode(photos[0]).decode()
                builds = {}
                for list_id in (calibrated, baseline):  # builds the gallery: later writes apply incrementally
                    builds[list_id] = timed(lambda list_id=list_id, probe=probe: http.post(
                        "/v1/face/list/identify", json={"faceImageBase64": probe, "faceListId": list_id}))
                samples: dict[str, list[float]] = {calibrated: [], baseline: []}
                for number in range(enrolments):
                    photo = base64.b64encode(photos[number % len(photos)]).decode()
                    order = (calibrated, baseline) if number % 2 == 0 else (baseline, calibrated)
                    for list_id in order:
                        body = {"name": f"Person {number}", "surname1": "Bench", "faceImageBase64": photo,
                                "faceListId": list_id}
                        samples[list_id].append(timed(lambda body=body: http.post("/v1/face", json=body)))
                row = {"members": size, "enrolments": enrolments,
                       "build_s": {"calibrated": builds[calibrated], "baseline": builds[baseline]},
                       "calibrated": ms(samples[calibrated]), "baseline": ms(samples[baseline]),
                       "paired_difference": ms([a - b for a, b in zip(samples[calibrated], samples[baseline])]),
                       "server_apply_calibrated": ms(server["apply_calibrated"]),
                       "server_apply_baseline": ms(server["apply_baseline"]),
                       "server_state_bytes": ms(server["states"]), "server_state_save": ms(server["save"])}
            row["overhead"] = row["calibrated"]["median_ms"] / row["baseline"]["median_ms"] - 1
            rows.append(row)
            print_row(row, header=len(rows) == 1)
        http.close()
    return rows


def print_row(row: dict[str, Any], header: bool = False) -> None:
    if header:
        print(f"{'members':>8} {'n':>3} | {'calibrated med':>14} {'p95':>6} | {'baseline med':>12} {'p95':>6} | "
              f"{'overhead':>8} {'paired diff med':>15} | {'server: apply cal':>17} {'apply base':>10} "
              f"{'to_bytes':>8} {'state save':>10}", flush=True)
    print(f"{row['members']:8,} {row['enrolments']:3d} | {row['calibrated']['median_ms']:12.1f}ms "
          f"{row['calibrated']['p95_ms']:6.1f} | {row['baseline']['median_ms']:10.1f}ms {row['baseline']['p95_ms']:6.1f} | "
          f"{100 * row['overhead']:+7.1f}% {row['paired_difference']['median_ms']:13.1f}ms | "
          f"{row['server_apply_calibrated']['median_ms']:15.2f}ms {row['server_apply_baseline']['median_ms']:8.2f}ms "
          f"{row['server_state_bytes']['median_ms']:6.2f}ms {row['server_state_save']['median_ms']:8.2f}ms", flush=True)
