"""A write by another service process: catching the cached 1:N gallery up from the list's change log, against
rebuilding it from every member (what the service did before the change log), in the same run.

    python benchmarks/gallery_catch_up.py [--sizes 20000,100000] [--writes 1,10,100] [--database URL]

One list of N synthetic members in a real store (SQLite in a temporary folder, or `--database` PostgreSQL URL),
bulk-loaded. "This process" builds its gallery (the service's `GalleryCache`, the approximate index from
20 000 members), "another process" (a second store connection) enrols W people into the list, then this
process's next identification in the list is timed: the catch-up (read W change-log rows and W records, apply
them in place) against a full rebuild (read N descriptors, build the index). Both answer the same nearest member.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

import numpy as np
from _bulk_lists import bulk_list as write_bulk_list

from facestation.recognition.descriptors import DESCRIPTOR_SIZE
from facestation.service.galleries import GalleryCache, loaders
from facestation.store import Store, open_data_dir_store, open_store
from facestation.store.catalogue import ListRef

TENANT = "bench"


def synthetic(count: int, rng: np.random.Generator) -> np.ndarray:
    values = rng.normal(size=(count, DESCRIPTOR_SIZE)).astype(np.float32)
    values /= np.linalg.norm(values, axis=1, keepdims=True)
    return values * 0.8


def bulk_list(store: Store, size: int, rng: np.random.Generator, tenant: str = TENANT) -> str:
    """A list of `size` members written in bulk (far faster than `size` enrolments), at revision `size`."""
    return write_bulk_list(store, tenant, f"list-{size}", synthetic(size, rng))


def enrol(store: Store, list_id: str, descriptors: Iterable[np.ndarray]) -> None:
    for i, descriptor in enumerate(descriptors):
        store.catalogue.create_record(TENANT, {"name": f"New {i}", "surname1": "S", "face_image": b"jpeg",
                                               "descriptor": descriptor.tobytes(), "enabled": True}, list_id, 2.0)


def timed_search(cache: GalleryCache, store: Store, list_id: str, probe: np.ndarray) -> tuple[float, str | None]:
    face_list = store.catalogue.get_list(TENANT, ListRef(id=list_id))
    assert face_list is not None
    changes_since, everything = loaders(store.catalogue, TENANT, list_id)
    started = time.perf_counter()
    match = cache.refresh_and_search(list_id, face_list.revision, probe, changes_since, everything)
    return time.perf_counter() - started, None if match is None else match[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="20000,100000")
    parser.add_argument("--writes", default="1,10,100")
    parser.add_argument("--database", default=None, help="a PostgreSQL URL (default: SQLite in a temporary folder)")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    rng = np.random.default_rng(8)
    with tempfile.TemporaryDirectory() as folder:
        this = open_store(args.database) if args.database else open_data_dir_store(Path(folder))
        other = open_store(args.database) if args.database else open_data_dir_store(Path(folder))
        this.accounts.create_client(TENANT, "hash", 1.0)
        print(f"database: {this.engine.dialect.name}")
        print("| members | writes by the other process | rebuild (baseline) | catch-up | faster | same answer |")
        print("| --- | --- | --- | --- | --- | --- |")
        for size in (int(value) for value in args.sizes.split(",")):
            list_id = bulk_list(this, size, rng)
            for writes in (int(value) for value in args.writes.split(",")):
                rebuilds, catch_ups, same = [], [], True
                for _ in range(args.repeats):
                    caught_up, rebuilt = GalleryCache(), GalleryCache()
                    timed_search(caught_up, this, list_id, synthetic(1, rng)[0])  # built before the writes
                    new = synthetic(writes, rng)
                    enrol(other, list_id, new)
                    probe = new[-1]
                    catch_up_seconds, catch_up_answer = timed_search(caught_up, this, list_id, probe)
                    rebuild_seconds, rebuild_answer = timed_search(rebuilt, this, list_id, probe)
                    assert caught_up.catch_ups == 1 and rebuilt.builds == 1
                    catch_ups.append(catch_up_seconds)
                    rebuilds.append(rebuild_seconds)
                    same = same and catch_up_answer == rebuild_answer
                rebuild, catch_up = statistics.median(rebuilds), statistics.median(catch_ups)
                print(f"| {size:,} | {writes} | {rebuild * 1000:.0f} ms | {catch_up * 1000:.1f} ms | "
                      f"{rebuild / catch_up:.0f}x | {'yes' if same else 'NO'} |")
        this.close()
        other.close()


if __name__ == "__main__":
    main()
