"""What per-list 1:N calibration keeps in the database: each list's calibration state, the record pairs marked
"not the same person", and each tenant's target share of strangers.

The state is opaque bytes here (`facestation.recognition.calibration.ListCalibration.to_bytes`): the store only
keeps the newest revision of it.
"""

from __future__ import annotations

from typing import Final

from sqlalchemy import Engine, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from facestation.store.database import retry_on_conflict
from facestation.store.errors import NotFoundError
from facestation.store.schema import (
    calibration_targets,
    distinct_pairs,
    face_records,
    list_calibrations,
)

_READ: Final = {"sqlite_begin": "DEFERRED"}


class CalibrationStore:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def load(self, list_id: str) -> tuple[int, bytes] | None:
        """(revision, state) of the list's stored calibration; None when none is stored."""
        with self._engine.connect().execution_options(**_READ) as conn:
            row = conn.execute(
                select(list_calibrations.c.revision, list_calibrations.c.state)
                .where(list_calibrations.c.list_id == list_id)
            ).first()
        return None if row is None else (int(row.revision), bytes(row.state))

    @retry_on_conflict
    def save(self, list_id: str, revision: int, state: bytes, now: float) -> None:
        """Keep `state` as the list's calibration at `revision`, unless a newer one is stored already (another
        process got further). A list deleted meanwhile is ignored."""
        values = {"revision": revision, "state": state, "updated_at": now}
        with self._engine.begin() as conn:
            updated = conn.execute(
                update(list_calibrations)
                .where(list_calibrations.c.list_id == list_id, list_calibrations.c.revision <= revision)
                .values(**values)
            ).rowcount
            if updated:
                return
            exists = conn.execute(
                select(list_calibrations.c.list_id).where(list_calibrations.c.list_id == list_id)
            ).first()
            if exists is not None:
                return  # a newer revision is stored
            try:
                with conn.begin_nested():
                    conn.execute(insert(list_calibrations).values(list_id=list_id, **values))
            except IntegrityError:
                pass  # the list is gone, or another process stored it first: either way nothing to keep

    @retry_on_conflict
    def mark_distinct(self, tenant: str, first: str, second: str, now: float) -> None:
        """Remember that records `first` and `second` are two people. Raises NotFoundError when either is
        not a record of the tenant; marking a pair twice is harmless."""
        a, b = sorted((first, second))
        with self._engine.begin() as conn:
            found = conn.execute(
                select(face_records.c.id).where(face_records.c.tenant == tenant, face_records.c.id.in_((a, b)))
            ).all()
            if len({row.id for row in found}) != len({a, b}):
                raise NotFoundError("no such face record")
            marked = conn.execute(
                select(distinct_pairs.c.record_a).where(
                    distinct_pairs.c.tenant == tenant, distinct_pairs.c.record_a == a, distinct_pairs.c.record_b == b
                )
            ).first()
            if marked is None:
                conn.execute(insert(distinct_pairs).values(tenant=tenant, record_a=a, record_b=b, marked_at=now))

    def distinct(self, tenant: str) -> frozenset[tuple[str, str]]:
        """The tenant's record pairs marked "not the same person", each as (a, b) with a < b (an operator marks
        them one by one: a short list)."""
        query = select(distinct_pairs.c.record_a, distinct_pairs.c.record_b).where(distinct_pairs.c.tenant == tenant)
        with self._engine.connect().execution_options(**_READ) as conn:
            return frozenset((row.record_a, row.record_b) for row in conn.execute(query))

    def target(self, tenant: str) -> float | None:
        """The tenant's target share of strangers; None: the service's default."""
        with self._engine.connect().execution_options(**_READ) as conn:
            row = conn.execute(
                select(calibration_targets.c.target).where(calibration_targets.c.tenant == tenant)
            ).first()
        return None if row is None else float(row.target)

    @retry_on_conflict
    def set_target(self, tenant: str, target: float | None) -> None:
        """Set the tenant's target (None: back to the default)."""
        with self._engine.begin() as conn:
            conn.execute(delete(calibration_targets).where(calibration_targets.c.tenant == tenant))
            if target is not None:
                conn.execute(insert(calibration_targets).values(tenant=tenant, target=target))


__all__ = ["CalibrationStore"]
