"""Enrolling a person, without Qt: the duplicate check, the create-and-join coroutine, and what its outcome or
its failure means (queue it offline? may the record exist? which further lists to join later?).

The Enrol page builds an `EnrolRequest` from its form, runs `enrol_person` through `Operations`, and turns the
answers of the functions below into sentences. Keeping an enrolment offline goes through the station's actions
(`create_record_action` / `join_later` give `StationActions.perform` what to queue and log).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any, Protocol

from facestation.api import FaceCheckClient, FaceList, ResultCode, errors
from facestation.station.core.actions import AddMember, CreateRecord
from facestation.station.core.directory import ListDirectory
from facestation.station.core.outbox import is_offline_error

__all__ = [
    "CheckSkipped",
    "DuplicateCheck",
    "DuplicatesFound",
    "EnrolProgress",
    "EnrolRequest",
    "Enrolled",
    "ListFailure",
    "PersonFields",
    "PossibleDuplicate",
    "Stopped",
    "can_keep_offline",
    "create_record_action",
    "enrol_audit_details",
    "enrol_person",
    "find_possible_duplicates",
    "join_later",
    "may_have_landed",
    "stopped",
]

_POSSIBLE_DUPLICATE_RESULTS = (ResultCode.OK, ResultCode.WARNING)


class PersonFields(Protocol):
    """The person's details as the form holds them (the person form's `PersonDetails` has these)."""

    name: str
    surname1: str
    surname2: str | None
    external_identifier: str | None
    enabled: bool
    attachment: bytes | None
    attachment_name: str | None


@dataclass(frozen=True)
class PossibleDuplicate:
    """An enrolled person whose face resembles the new photo. `same_person`: the service's verdict was ok (a
    match); otherwise it was a warning (similar, for a person to judge). `confidence` is 0-100."""

    identifier: str
    full_name: str
    external_identifier: str | None
    confidence: float
    same_person: bool
    face_image: bytes | None
    list_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class EnrolRequest:
    """What the operator asked for when pressing Enrol: the photo and the details as they were then.
    `lists` are the ticked lists in the order shown; the first one becomes the record's own list."""

    jpeg: bytes
    details: PersonFields
    lists: tuple[FaceList, ...]
    consent_given: bool = False  # the operator ticked the consent sentence (when the settings ask for it)
    duplicates_shown: int = 0  # possible matches the operator saw before choosing "Enrol anyway"

    @property
    def full_name(self) -> str:
        details = self.details
        return " ".join(part for part in (details.name, details.surname1, details.surname2) if part)

    @property
    def list_ids(self) -> list[str]:
        return [face_list.identifier for face_list in self.lists]


class CheckSkipped(Enum):
    """Why the duplicate check did not run (the enrolment goes on all the same)."""

    NO_LISTS = "no lists"
    NO_CREDITS = "no credits"
    UNAVAILABLE = "unavailable"


@dataclass(frozen=True)
class DuplicateCheck:
    duplicates: tuple[PossibleDuplicate, ...]
    skipped: CheckSkipped | None
    lists_checked: int


@dataclass
class EnrolProgress:
    """How far an enrolment got, shared with the coroutine: after a cancel or a lost connection the page must
    know whether the record may exist."""

    create_sent: bool = False
    record_id: str | None = None


@dataclass(frozen=True)
class ListFailure:
    face_list: FaceList
    error: BaseException


@dataclass(frozen=True)
class DuplicatesFound:
    """Nothing was created: these people look alike, the operator decides."""

    check: DuplicateCheck


@dataclass(frozen=True)
class Enrolled:
    """The record exists. `failed_lists`: further lists it could not be added to (it is in the first one)."""

    record_id: str
    full_name: str
    check: DuplicateCheck | None
    failed_lists: tuple[ListFailure, ...] = ()


# -- the work ------------------------------------------------------------------------------------------------


async def find_possible_duplicates(client: FaceCheckClient, directory: ListDirectory, jpeg: bytes,
                                   chosen: Sequence[FaceList]) -> DuplicateCheck:
    """Look for the face in each chosen list (none chosen: every list the directory knows). Ok and warning
    verdicts are possible duplicates, one per person, with the enrolled photo for a side-by-side look."""
    lists = list(chosen) if chosen else await directory.all_lists()
    if not lists:
        return DuplicateCheck((), CheckSkipped.NO_LISTS, 0)
    found: dict[str, PossibleDuplicate] = {}
    skipped: CheckSkipped | None = None
    checked = 0
    for face_list in lists:
        try:
            result = await client.recognition.identify_in_list(face_image=jpeg, list_id=face_list.identifier)
        except errors.InsufficientCreditsError:
            skipped = CheckSkipped.NO_CREDITS
            break
        except errors.FeatureUnavailableError:
            skipped = CheckSkipped.UNAVAILABLE
            break
        except errors.NotFoundError:
            continue  # deleted since the page loaded its lists: nobody there to compare with
        checked += 1
        if result.result not in _POSSIBLE_DUPLICATE_RESULTS or not result.identifier:
            continue
        earlier = found.get(result.identifier)
        names = (earlier.list_names if earlier else ()) + (face_list.name,)
        if earlier is not None and earlier.confidence >= result.confidence:
            found[result.identifier] = replace(earlier, list_names=names)
            continue
        full_name = " ".join(part for part in (result.name, result.surname1, result.surname2) if part)
        found[result.identifier] = PossibleDuplicate(
            identifier=result.identifier, full_name=full_name, external_identifier=result.external_identifier,
            confidence=result.confidence, same_person=result.result is ResultCode.OK,
            face_image=result.face_image or (earlier.face_image if earlier else None), list_names=names)
    duplicates = []
    for duplicate in sorted(found.values(), key=lambda item: -item.confidence):
        if not duplicate.face_image:
            try:  # a server that answers without the enrolled photo: fetch it, the operator compares faces
                record = await client.records.get(duplicate.identifier)
            except errors.NotFoundError:
                continue  # deleted meanwhile: not a duplicate any more
            duplicate = replace(duplicate, face_image=record.face_image or None)
        duplicates.append(duplicate)
    return DuplicateCheck(tuple(duplicates), skipped, checked)


async def enrol_person(client: FaceCheckClient, directory: ListDirectory, request: EnrolRequest,
                       progress: EnrolProgress, *, check_duplicates: bool = True) -> Enrolled | DuplicatesFound:
    """Check for duplicates (unless the operator already chose "Enrol anyway"), create the record in the first
    list and add it to the others. A further list that fails does not undo the record: the result says which."""
    check = None
    if check_duplicates:
        check = await find_possible_duplicates(client, directory, request.jpeg, request.lists)
        if check.duplicates:
            return DuplicatesFound(check)
    details = request.details
    first = request.lists[0] if request.lists else None
    progress.create_sent = True
    record_id = await client.records.create(
        face_image=request.jpeg, name=details.name, surname1=details.surname1, surname2=details.surname2,
        external_identifier=details.external_identifier, additional_data=details.attachment,
        additional_data_file_name=details.attachment_name if details.attachment is not None else None,
        face_list_id=first.identifier if first else None, enabled=details.enabled)
    progress.record_id = record_id
    label = request.full_name
    if first is not None:
        directory.catalogue.add_member(first.identifier, record_id, label)
    failed = []
    for face_list in request.lists[1:]:
        try:
            await directory.add_member(face_list.identifier, record_id, label=label)
        except errors.FaceCheckError as error:
            failed.append(ListFailure(face_list, error))
    return Enrolled(record_id, label, check, tuple(failed))


# -- what it means -------------------------------------------------------------------------------------------


def enrol_audit_details(request: EnrolRequest) -> dict[str, Any]:
    """The activity log's details of an enrolment (no name, no number, no image)."""
    return {"consent": request.consent_given, "lists": len(request.lists),
            "duplicates_shown": request.duplicates_shown, "enrolled_anyway": request.duplicates_shown > 0}


def may_have_landed(error: BaseException | None, progress: EnrolProgress) -> bool:
    """The create was sent and its answer was lost: the record may exist."""
    return progress.create_sent and isinstance(error, errors.FaceCheckError) and error.may_have_landed


def can_keep_offline(error: BaseException | None, progress: EnrolProgress, request: EnrolRequest, *,
                     can_queue: bool) -> bool:
    """Whether a failed enrolment goes to the offline queue: the service could not be reached, the station has a
    queue, and no record was made. A create that may have landed is safe to queue only under its member number
    (the replay looks the record up by it first); without one a second record could be made."""
    if error is None or not can_queue or not is_offline_error(error) or progress.record_id is not None:
        return False
    return not may_have_landed(error, progress) or bool(request.details.external_identifier)


def create_record_action(request: EnrolRequest) -> CreateRecord:
    """The enrolment as a station action (to keep it offline), with its activity-log details."""
    details = request.details
    return CreateRecord(
        face_image=request.jpeg, name=details.name, surname1=details.surname1,
        external_identifier=details.external_identifier or "", surname2=details.surname2 or None,
        additional_data=details.attachment,
        additional_data_file_name=details.attachment_name if details.attachment is not None else None,
        list_ids_to_join=tuple(request.list_ids), enabled=details.enabled, details=enrol_audit_details(request))


def join_later(outcome: Enrolled) -> list[AddMember]:
    """The further lists the new record could not join for want of a connection: to queue, joined later."""
    return [AddMember(failure.face_list.identifier, outcome.record_id, label=outcome.full_name,
                      list_name=failure.face_list.name)
            for failure in outcome.failed_lists if is_offline_error(failure.error)]


class Stopped(Enum):
    """What a cancelled enrolment left behind."""

    ENROLLED = "enrolled"  # the record exists; some further lists may be missing
    MAY_EXIST = "may exist"  # the create was sent: look before enrolling again
    NOTHING_SAVED = "nothing saved"


def stopped(progress: EnrolProgress) -> Stopped:
    if progress.record_id is not None:
        return Stopped.ENROLLED
    if progress.create_sent:
        return Stopped.MAY_EXIST
    return Stopped.NOTHING_SAVED
