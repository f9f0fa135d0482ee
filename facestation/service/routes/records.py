"""Face records: the guide's section 3, plus the record search extension of api-decisions."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from facestation.service import errors
from facestation.service.context import (
    AUTHENTICATED_RESPONSES,
    CallerDep,
    Services,
    ServicesDep,
    in_thread,
)
from facestation.service.errors import FieldError
from facestation.service.list_calibration import apply_changes
from facestation.service.models import (
    NAME_MAX_LENGTH,
    NO_NUL_PATTERN,
    AddFaceRecordRequest,
    AddFaceRecordResponse,
    ErrorMessageResponse,
    FaceRecordResponse,
    RecordPage,
    UpdateFaceRecordRequest,
    UpdateResponse,
)
from facestation.service.payloads import (
    InvalidBase64Error,
    canonical_guid,
    decode_base64,
    record_response,
    record_summary,
)
from facestation.store.catalogue import FaceRecord, ListRef, RecordRef
from facestation.store.errors import StoreError

router = APIRouter(tags=["Face records"], responses=AUTHENTICATED_RESPONSES)

NOT_FOUND_RESPONSE: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorMessageResponse, "description": "Face record not found"}
}
PAGE_LIMIT_MAX = 500
# The largest offset SQLite and PostgreSQL take (a signed 64-bit integer): a larger one reached the database and
# overflowed there (a 500); bounded here it is refused as invalid content like any other bad paging parameter.
PAGE_OFFSET_MAX = 2**63 - 1
# Parameters: no NUL character (as every request string, see models.py); an external identifier is at most as
# long as the stored ones. A GUID parameter that is not a GUID stays a 404 (it names nothing), not a 400.
IdentifierPath = Annotated[str, Path(pattern=NO_NUL_PATTERN)]
ExternalIdentifierPath = Annotated[str, Path(max_length=NAME_MAX_LENGTH, pattern=NO_NUL_PATTERN)]
SearchQuery = Annotated[str, Query(pattern=NO_NUL_PATTERN)]


@router.post(
    "/v1/face",
    response_model=AddFaceRecordResponse,
    responses={400: {"model": AddFaceRecordResponse, "description": "The errors list says what to fix"}},
    summary="Create a face record",
)
async def create_face_record(body: AddFaceRecordRequest, caller: CallerDep, shared: ServicesDep) -> AddFaceRecordResponse:
    problems = _required_names(body.name, body.surname1)
    values: dict[str, Any] = {}
    if not body.faceImageBase64:
        problems.append(FieldError(errors.FACE_IMAGE_REQUIRED, "faceImageBase64 is required: send the face photo."))
    else:
        await _check_face_image(shared, body.faceImageBase64, values, problems)
    _check_additional_data(body.additionalDataFileBase64, body.additionalDataFileName, False, values, problems)
    list_id = await _check_list(shared, caller.tenant, body.faceListId, problems)
    await _check_external_identifier(shared, caller.tenant, body.externalIdentifier, None, problems)
    if problems:
        raise errors.ValidationFailed(problems, shape="create")
    values.update(
        name=body.name.strip() if body.name else "",
        surname1=body.surname1.strip() if body.surname1 else "",
        surname2=body.surname2,
        external_identifier=body.externalIdentifier or None,
        enabled=True if body.enabled is None else body.enabled,
    )
    try:
        record_id, changes = await in_thread(
            shared.store.catalogue.create_record, caller.tenant, values, list_id, shared.clock()
        )
    except StoreError as error:  # lost a race for the external identifier or the list since the checks
        raise errors.ValidationFailed([FieldError(error.code, str(error))], shape="create") from None
    await apply_changes(shared, caller.tenant, changes)
    return AddFaceRecordResponse(identifier=record_id, errors=[])


@router.put(
    "/v1/face",
    response_model=UpdateResponse,
    responses={400: {"model": UpdateResponse, "description": "result false; the errors list says what to fix"}},
    summary="Update a face record",
)
async def update_face_record(body: UpdateFaceRecordRequest, caller: CallerDep, shared: ServicesDep) -> UpdateResponse:
    """Addressed by `identifier`, else by `externalIdentifier`. Properties left out of the body keep their
    stored values (the images, the additional file, surname2, externalIdentifier, faceListId, enabled); name
    and surname1 are required as on creation."""
    record = await find_record(shared, caller.tenant, body.identifier, None if body.identifier else body.externalIdentifier)
    if record is None:
        raise errors.ValidationFailed(
            [FieldError(errors.FACE_RECORD_NOT_FOUND, "No face record has that identifier.")], shape="update"
        )
    given = body.model_fields_set
    problems = _required_names(body.name, body.surname1)
    values: dict[str, Any] = {}
    if body.faceImageBase64:
        await _check_face_image(shared, body.faceImageBase64, values, problems)
    _check_additional_data(
        body.additionalDataFileBase64, body.additionalDataFileName, record.additional_data is not None, values, problems
    )
    list_id = record.face_list_id
    if "faceListId" in given:
        list_id = await _check_list(shared, caller.tenant, body.faceListId, problems)
    if body.identifier and "externalIdentifier" in given:
        await _check_external_identifier(shared, caller.tenant, body.externalIdentifier, record.id, problems)
        values["external_identifier"] = body.externalIdentifier or None
    if problems:
        raise errors.ValidationFailed(problems, shape="update")
    values.update(name=(body.name or "").strip(), surname1=(body.surname1 or "").strip())
    if "surname2" in given:
        values["surname2"] = body.surname2
    if body.enabled is not None:
        values["enabled"] = body.enabled
    try:
        changes = await in_thread(
            shared.store.catalogue.update_record, caller.tenant, record.id, values, list_id, shared.clock()
        )
    except StoreError as error:
        raise errors.ValidationFailed([FieldError(error.code, str(error))], shape="update") from None
    await apply_changes(shared, caller.tenant, changes)
    return UpdateResponse(result=True, errors=[])


@router.get("/v1/face", response_model=RecordPage, summary="Search face records (extension)")
async def search_face_records(
    caller: CallerDep,
    shared: ServicesDep,
    search: SearchQuery = "",
    offset: Annotated[int, Query(ge=0, le=PAGE_OFFSET_MAX)] = 0,
    limit: Annotated[int, Query(ge=1, le=PAGE_LIMIT_MAX)] = 50,
) -> RecordPage:
    """Records whose name, surnames or external identifier contain `search` (case-insensitive), without images."""
    page = await in_thread(shared.store.catalogue.search_records, caller.tenant, search.strip(), offset, limit)
    return RecordPage(total=page.total, offset=offset, limit=limit, records=[record_summary(r) for r in page.records])


@router.get(
    "/v1/face/externalIdentifier/{identifier:path}",
    response_model=FaceRecordResponse,
    responses=NOT_FOUND_RESPONSE,
    summary="Get a face record by external identifier",
)
async def get_face_record_by_external_identifier(
    identifier: ExternalIdentifierPath, caller: CallerDep, shared: ServicesDep
) -> FaceRecordResponse:
    return await _get(shared, caller.tenant, None, identifier)


@router.get("/v1/face/{identifier}", response_model=FaceRecordResponse, responses=NOT_FOUND_RESPONSE,
            summary="Get a face record")
async def get_face_record(identifier: IdentifierPath, caller: CallerDep, shared: ServicesDep) -> FaceRecordResponse:
    return await _get(shared, caller.tenant, identifier, None)


@router.delete(
    "/v1/face/externalIdentifier/{identifier:path}",
    response_model=bool,
    responses=NOT_FOUND_RESPONSE,
    summary="Delete a face record by external identifier",
)
async def delete_face_record_by_external_identifier(identifier: ExternalIdentifierPath, caller: CallerDep, shared: ServicesDep) -> bool:
    return await _delete(shared, caller.tenant, RecordRef(external_identifier=identifier))


@router.delete("/v1/face/{identifier}", response_model=bool, responses=NOT_FOUND_RESPONSE,
               summary="Delete a face record")
async def delete_face_record(identifier: IdentifierPath, caller: CallerDep, shared: ServicesDep) -> bool:
    record_id = canonical_guid(identifier)
    if record_id is None:
        raise _record_not_found()
    return await _delete(shared, caller.tenant, RecordRef(id=record_id))


# -- helpers shared with the other routes -----------------------------------------------------------------


async def find_record(shared: Services, tenant: str, identifier: str | None, external: str | None) -> FaceRecord | None:
    """The tenant's record with that GUID (or, without one, that external identifier); None when unknown."""
    if identifier:
        record_id = canonical_guid(identifier)
        if record_id is None:
            return None
        return await in_thread(shared.store.catalogue.get_record, tenant, RecordRef(id=record_id))
    if external:
        return await in_thread(shared.store.catalogue.get_record, tenant, RecordRef(external_identifier=external))
    return None



def _record_not_found() -> errors.NotFound:
    return errors.NotFound(errors.FACE_RECORD_NOT_FOUND, "No face record has that identifier.")


async def _get(shared: Services, tenant: str, identifier: str | None, external: str | None) -> FaceRecordResponse:
    record = await find_record(shared, tenant, identifier, external)
    if record is None:
        raise _record_not_found()
    return record_response(record)


async def _delete(shared: Services, tenant: str, ref: RecordRef) -> bool:
    try:
        changes = await in_thread(shared.store.catalogue.delete_record, tenant, ref)
    except StoreError:
        raise _record_not_found() from None
    await apply_changes(shared, tenant, changes)
    return True


def _required_names(name: str | None, surname1: str | None) -> list[FieldError]:
    problems = []
    if not name or not name.strip():
        problems.append(FieldError(errors.NAME_REQUIRED, "name is required: the person's first name."))
    if not surname1 or not surname1.strip():
        problems.append(FieldError(errors.SURNAME1_REQUIRED, "surname1 is required: the person's surname."))
    return problems


async def _check_face_image(shared: Services, encoded: str, values: dict[str, Any], problems: list[FieldError]) -> None:
    """Decode and analyse an enrolment photo; on success put the image and descriptor into `values`."""
    try:
        image = await in_thread(decode_base64, encoded)
    except InvalidBase64Error:
        problems.append(FieldError(errors.INVALID_BASE64, "faceImageBase64 is not valid Base64."))
        return
    analysis = await shared.engine.analyze(image)
    if analysis.error_code is not None:
        problems.append(FieldError(analysis.error_code, analysis.error_message or "The face image cannot be used."))
    elif analysis.enrolment_problem is not None:
        problems.append(FieldError(analysis.enrolment_problem, ENROLMENT_PROBLEMS[analysis.enrolment_problem]))
    else:
        values.update(face_image=image, descriptor=analysis.descriptor)


ENROLMENT_PROBLEMS = {
    errors.NO_FACE_DETECTED: "No face was found in the photo: take a new photo facing the camera.",
    errors.MULTIPLE_FACES_DETECTED: "More than one face is in the photo: only the person to enrol may be in it.",
    errors.FACE_TOO_SMALL: "The face is too small in the photo: come closer to the camera or use a larger photo.",
}


def _check_additional_data(
    encoded: str | None, file_name: str | None, has_stored_file: bool, values: dict[str, Any], problems: list[FieldError]
) -> None:
    if encoded:
        try:
            values["additional_data"] = decode_base64(encoded)
        except InvalidBase64Error:
            problems.append(FieldError(errors.INVALID_BASE64, "additionalDataFileBase64 is not valid Base64."))
    if (encoded or has_stored_file) and not (file_name and file_name.strip()):
        problems.append(
            FieldError(
                errors.ADDITIONAL_DATA_FILE_NAME_REQUIRED,
                "additionalDataFileName is required with an additional data file (name with extension).",
            )
        )
    elif file_name and (encoded or has_stored_file):
        values["additional_data_file_name"] = file_name.strip()


async def _check_list(shared: Services, tenant: str, list_id: str | None, problems: list[FieldError]) -> str | None:
    if not list_id:
        return None
    canonical = canonical_guid(list_id)
    if canonical is None or await in_thread(shared.store.catalogue.get_list, tenant, ListRef(id=canonical)) is None:
        problems.append(FieldError(errors.FACE_LIST_NOT_FOUND, "No face list has the identifier in faceListId."))
        return None
    return canonical


async def _check_external_identifier(
    shared: Services, tenant: str, external: str | None, own_id: str | None, problems: list[FieldError]
) -> None:
    if not external:
        return
    owner = await in_thread(shared.store.catalogue.external_identifier_owner, tenant, external)
    if owner is not None and owner != own_id:
        problems.append(
            FieldError(errors.EXTERNAL_IDENTIFIER_ALREADY_EXISTS, "Another face record already has this externalIdentifier.")
        )
