"""A face list of many members written straight to the store, for benchmarks: far faster than enrolling each
(a million enrolments would take days), with placeholder photos and the descriptors given."""

from __future__ import annotations

import numpy as np
from sqlalchemy import insert, update

from facestation.store import Store
from facestation.store.schema import face_lists, face_records, list_members

CHUNK = 5000


def bulk_list(store: Store, tenant: str, name: str, descriptors: np.ndarray) -> str:
    """A list named `name` of len(descriptors) members, at revision len(descriptors); returns its id."""
    size = len(descriptors)
    list_id = store.catalogue.create_list(tenant, name, None, 1.0)
    with store.engine.begin() as conn:
        for start in range(0, size, CHUNK):
            chunk = range(start, min(size, start + CHUNK))
            conn.execute(insert(face_records), [
                {"id": f"{list_id[:8]}-{i:012d}", "tenant": tenant, "name": f"P{i}", "surname1": "S",
                 "face_image": b"jpeg", "descriptor": descriptors[i].tobytes(), "enabled": True,
                 "face_list_id": list_id, "created_at": 1.0, "updated_at": 1.0} for i in chunk])
            conn.execute(insert(list_members), [{"list_id": list_id, "record_id": f"{list_id[:8]}-{i:012d}",
                                                 "added_at": 1.0} for i in chunk])
        conn.execute(update(face_lists).where(face_lists.c.id == list_id).values(revision=size))
    return list_id
