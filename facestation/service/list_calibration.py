"""The service's side of per-list calibration: keeping each list's calibration stored as writes land, and the
thresholds and report of a list (facestation.recognition.calibration does the arithmetic)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from facestation.recognition.calibration import CalibrationEstimate, ListCalibration
from facestation.recognition.matching import MatchThresholds, confidence_from_distance
from facestation.recognition.pair_distances import NearPair
from facestation.service.context import Services, in_thread
from facestation.service.galleries import (
    StoredCalibration,
    calibration_at,
    index_of,
    loaders,
)
from facestation.service.models import (
    ListCalibrationReport,
    ListReportResponse,
    PossibleDuplicate,
)
from facestation.store import Store
from facestation.store.catalogue import FaceListRow, GalleryChange, ListRef


def stored_calibration(shared: Services, list_id: str) -> StoredCalibration:
    return store_slot(shared.store, list_id, shared.clock)


def store_slot(store: Store, list_id: str, clock: Callable[[], float]) -> StoredCalibration:
    """The list's calibration as the store keeps it."""
    return StoredCalibration(
        load=lambda: store.calibrations.load(list_id),
        save=lambda revision, state: store.calibrations.save(list_id, revision, state, clock()),
    )


def calibration_from_store(store: Store, tenant: str, ref: ListRef,
                           clock: Callable[[], float]) -> tuple[FaceListRow, ListCalibration]:
    """The list and its calibration read straight from the store (no running service needed): the stored one
    when current, else counted from the members (and stored). Raises NotFoundError for an unknown list."""
    packed = store.catalogue.gallery_packed(tenant, ref)
    index = index_of(packed)
    return packed.face_list, calibration_at(index, packed.face_list.revision, store_slot(store, packed.face_list.id,
                                                                                          clock))


def report_response(estimate: CalibrationEstimate, duplicates: list[NearPair], limit: int) -> ListReportResponse:
    """The body of GET v1/face/list/{id}/report (and of `facestation admin list-report --json`)."""
    return ListReportResponse(
        members=estimate.members,
        calibration=ListCalibrationReport(
            estimatedFalseMatchRate=estimate.false_match_rate, estimatedWarningRate=estimate.warning_rate,
            okThreshold=estimate.thresholds.ok, warningThreshold=estimate.thresholds.warning,
            target=estimate.target, impostorPairs=round(estimate.impostor_pairs), basis=estimate.basis,
        ),
        possibleDuplicates=[PossibleDuplicate(a=pair.a, b=pair.b, confidence=confidence_from_distance(pair.distance))
                            for pair in duplicates[:limit]],
        possibleDuplicatesTotal=len(duplicates),
    )


async def apply_changes(shared: Services, tenant: str, changes: Iterable[GalleryChange]) -> None:
    """Apply this process's write to the cached galleries, and store the calibrations it moved on.

    A list whose gallery this process has not built yet is built now (at the revision the write made), so its
    calibration follows the list from then on, enrolment by enrolment: a list filled through the API is never
    counted from scratch later (above 20,000 members that count is a sample, which finds earlier duplicates
    only by chance). The state is serialised and stored in a worker thread: never on the event loop."""
    changes = list(changes)
    shared.galleries.apply(changes)
    for change in changes:
        if not shared.galleries.cached(change.list_id):
            face_list = await in_thread(shared.store.catalogue.get_list, tenant, ListRef(id=change.list_id))
            if face_list is not None:  # deleted meanwhile: nothing to follow
                await refresh_gallery(shared, tenant, face_list)
    await in_thread(_store_states, shared, [change.list_id for change in changes])


def _store_states(shared: Services, list_ids: list[str]) -> None:
    for list_id, revision, state in shared.galleries.calibration_states(list_ids):
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
