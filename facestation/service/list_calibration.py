"""The service's side of per-list calibration: keeping each list's calibration stored as writes land, and the
thresholds and report of a list (facestation.recognition.calibration does the arithmetic)."""

from __future__ import annotations

from collections.abc import Iterable

from facestation.recognition.calibration import CalibrationEstimate
from facestation.recognition.matching import MatchThresholds
from facestation.recognition.pair_distances import NearPair
from facestation.service.context import Services, in_thread
from facestation.service.galleries import StoredCalibration, loaders
from facestation.store.catalogue import FaceListRow, GalleryChange


def stored_calibration(shared: Services, list_id: str) -> StoredCalibration:
    calibrations = shared.store.calibrations
    return StoredCalibration(
        load=lambda: calibrations.load(list_id),
        save=lambda revision, state: calibrations.save(list_id, revision, state, shared.clock()),
    )


async def apply_changes(shared: Services, changes: Iterable[GalleryChange]) -> None:
    """Apply this process's write to the cached galleries and store the calibrations it moved on, so a process
    that starts later finds them current and need not count every pair again."""
    changes = list(changes)
    shared.galleries.apply(changes)
    states = shared.galleries.calibration_states(change.list_id for change in changes)
    if states:
        await in_thread(_save_all, shared, states)


def _save_all(shared: Services, states: list[tuple[str, int, bytes]]) -> None:
    for list_id, revision, state in states:
        shared.store.calibrations.save(list_id, revision, state, shared.clock())


async def target_of(shared: Services, tenant: str) -> float:
    stored = await in_thread(shared.store.calibrations.target, tenant)
    return shared.settings.list_false_match_target if stored is None else stored


async def list_estimate(shared: Services, tenant: str, face_list: FaceListRow) -> CalibrationEstimate:
    """The list's calibration at the tenant's target, building its gallery first if this process has none."""
    target = await target_of(shared, tenant)
    base = shared.settings.match_thresholds
    estimate = await in_thread(shared.galleries.estimate, face_list.id, face_list.revision, target, base)
    if estimate is None:
        await refresh_gallery(shared, tenant, face_list)
        estimate = await in_thread(shared.galleries.estimate, face_list.id, face_list.revision, target, base)
    if estimate is None:  # deleted meanwhile: the global thresholds, as before calibration
        raise LookupError(face_list.id)
    return estimate


async def list_thresholds(shared: Services, tenant: str, face_list: FaceListRow) -> MatchThresholds:
    """The thresholds 1:N uses in this list (never looser than the global ones)."""
    try:
        return (await list_estimate(shared, tenant, face_list)).thresholds
    except LookupError:
        return shared.settings.match_thresholds


async def refresh_gallery(shared: Services, tenant: str, face_list: FaceListRow) -> None:
    changes_since, everything = loaders(shared.store.catalogue, tenant, face_list.id)
    await in_thread(shared.galleries.refresh, face_list.id, face_list.revision, changes_since, everything,
                    stored_calibration(shared, face_list.id))


async def possible_duplicates(shared: Services, tenant: str, face_list: FaceListRow) -> list[NearPair]:
    excluded = await in_thread(shared.store.calibrations.distinct, tenant)
    return await in_thread(shared.galleries.possible_duplicates, face_list.id, excluded)
