"""Large lists are ready for 1:N right after the start: the service builds their galleries before any search."""

from __future__ import annotations

import time
from pathlib import Path

from facestation.service.galleries import descriptor_from_bytes
from facestation.store import open_data_dir_store
from facestation.store.catalogue import ListRef
from tests.service.conftest import start_service
from tests.store.conftest import descriptor, record_values


def test_lists_at_the_warm_up_size_are_built_at_start(tmp_path: Path) -> None:
    store = open_data_dir_store(tmp_path)
    store.accounts.create_client("gym", "hash", 1.0)
    catalogue = store.catalogue
    lists = {name: catalogue.create_list("gym", name, None, 1.0) for name in ("large", "larger", "small")}
    for name, size in (("large", 3), ("larger", 4), ("small", 1)):
        for i in range(size):
            catalogue.create_record("gym", record_values(f"{name}-{i}", seed=10 * size + i), lists[name], 1.0)
    assert [list_id for _, list_id, _ in catalogue.large_lists(3)] == [lists["larger"], lists["large"]]
    revisions = {name: catalogue.get_list("gym", ListRef(id=list_id)).revision for name, list_id in lists.items()}
    store.close()

    live = start_service(tmp_path, engine_workers=1, warm_up_from=3)
    try:
        galleries = live.app.state.services.galleries
        deadline = time.monotonic() + 30
        while galleries.builds < 2:
            assert time.monotonic() < deadline, "the large lists were not built"
            time.sleep(0.05)
        probe = descriptor_from_bytes(descriptor(31))
        for name in ("large", "larger"):  # cached at their current revision: a search finds them ready
            found, _ = galleries.nearest(lists[name], revisions[name], probe)
            assert found, name
        assert galleries.nearest(lists["small"], revisions["small"], probe) == (False, None)
        assert galleries.builds == 2
    finally:
        live.stop()

