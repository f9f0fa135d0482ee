"""Face lists: the guide's section 4, plus the list, members and remove-from-list extensions of api-decisions.

Registered before the records router: `GET v1/face/list` must not be taken for a record called "list".
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

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
    AddFaceListRequest,
    AddFaceListResponse,
    ErrorMessageResponse,
    FaceListResponse,
    FaceListSummary,
    FaceRecordToListRequest,
    RecordPage,
    UpdateFaceListRequest,
    UpdateResponse,
)
from facestation.service.payloads import (
    canonical_guid,
    list_response,
    list_summary,
    record_summary,
)
from facestation.service.routes.records import (
    PAGE_LIMIT_MAX,
    PAGE_OFFSET_MAX,
    IdentifierPath,
)
from facestation.store.catalogue import FaceListRow, ListRef, RecordRef
from facestation.store.errors import StoreError

router = APIRouter(tags=["Face lists"], responses=AUTHENTICATED_RESPONSES)

NOT_FOUND_RESPONSE: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorMessageResponse, "description": "Face list (or face record) not found"}
}


@router.post(
    "/v1/face/list",
    response_model=AddFaceListResponse,
    responses={400: {"model": AddFaceListResponse, "description": "The errors list says what to fix"}},
    summary="Create a face list",
)
async def create_face_list(body: AddFaceListRequest, caller: CallerDep, shared: ServicesDep) -> AddFaceListResponse:
    name = (body.name or "").strip()
    if not name:
        raise errors.ValidationFailed([_name_required()], shape="create_list")
    try:
        list_id = await in_thread(
            shared.store.catalogue.create_list, caller.tenant, name, body.description, shared.clock()
        )
    except StoreError as error:
        raise errors.ValidationFailed([FieldError(error.code, "A face list with this name already exists.")],
                                      shape="create_list") from None
    return AddFaceListResponse(identifier=list_id, errors=[])


@router.put(
    "/v1/face/list",
    response_model=UpdateResponse,
    responses={400: {"model": UpdateResponse, "description": "result false; the errors list says what to fix"}},
    summary="Update a face list",
)
async def update_face_list(body: UpdateFaceListRequest, caller: CallerDep, shared: ServicesDep) -> UpdateResponse:
    """Addressed by `identifier` in the body; name and description are replaced."""
    name = (body.name or "").strip()
    problems = [] if name else [_name_required()]
    list_id = canonical_guid(body.identifier or "")
    if list_id is None:
        problems.append(FieldError(errors.FACE_LIST_NOT_FOUND, "No face list has that identifier."))
    if problems or list_id is None:
        raise errors.ValidationFailed(problems, shape="update")
    try:
        await in_thread(shared.store.catalogue.update_list, caller.tenant, list_id, name, body.description)
    except StoreError as error:
        description = (
            "No face list has that identifier." if error.code == errors.FACE_LIST_NOT_FOUND
            else "A face list with this name already exists."
        )
        raise errors.ValidationFailed([FieldError(error.code, description)], shape="update") from None
    return UpdateResponse(result=True, errors=[])


@router.get("/v1/face/list", response_model=list[FaceListSummary], summary="All face lists (extension)")
async def all_face_lists(caller: CallerDep, shared: ServicesDep) -> list[FaceListSummary]:
    return [list_summary(face_list) for face_list in await in_thread(shared.store.catalogue.all_lists, caller.tenant)]


@router.post("/v1/face/list/AddFaceRecord", response_model=bool, responses=NOT_FOUND_RESPONSE,
             summary="Add a face record to a face list")
async def add_face_record_to_list(body: FaceRecordToListRequest, caller: CallerDep, shared: ServicesDep) -> bool:
    record, face_list = _refs(body)
    try:
        changes = await in_thread(shared.store.catalogue.add_to_list, caller.tenant, record, face_list, shared.clock())
    except StoreError as error:
        raise _not_found(error.code) from None
    await apply_changes(shared, caller.tenant, changes)
    return True


@router.post("/v1/face/list/RemoveFaceRecord", response_model=bool, responses=NOT_FOUND_RESPONSE,
             summary="Remove a face record from a face list (extension)")
async def remove_face_record_from_list(body: FaceRecordToListRequest, caller: CallerDep, shared: ServicesDep) -> bool:
    """True when the record left the list, false when it was not in it. The record itself stays."""
    record, face_list = _refs(body)
    try:
        removed, changes = await in_thread(shared.store.catalogue.remove_from_list, caller.tenant, record, face_list)
    except StoreError as error:
        raise _not_found(error.code) from None
    await apply_changes(shared, caller.tenant, changes)
    return removed


@router.get("/v1/face/list/{identifier}/records", response_model=RecordPage, responses=NOT_FOUND_RESPONSE,
            summary="Members of a face list (extension)")
async def face_list_members(
    identifier: IdentifierPath,
    caller: CallerDep,
    shared: ServicesDep,
    offset: Annotated[int, Query(ge=0, le=PAGE_OFFSET_MAX)] = 0,
    limit: Annotated[int, Query(ge=1, le=PAGE_LIMIT_MAX)] = 50,
) -> RecordPage:
    list_id = canonical_guid(identifier)
    if list_id is None:
        raise _not_found(errors.FACE_LIST_NOT_FOUND)
    try:
        page = await in_thread(shared.store.catalogue.list_members, caller.tenant, list_id, offset, limit)
    except StoreError as error:
        raise _not_found(error.code) from None
    return RecordPage(total=page.total, offset=offset, limit=limit, records=[record_summary(r) for r in page.records])


@router.get("/v1/face/list/{identifier}", response_model=FaceListResponse, responses=NOT_FOUND_RESPONSE,
            summary="Get a face list")
async def get_face_list(identifier: IdentifierPath, caller: CallerDep, shared: ServicesDep) -> FaceListResponse:
    face_list = await find_list(shared, caller.tenant, identifier, None)
    if face_list is None:
        raise _not_found(errors.FACE_LIST_NOT_FOUND)
    return list_response(face_list)


@router.delete("/v1/face/list/{identifier}", response_model=bool, responses=NOT_FOUND_RESPONSE,
               summary="Delete a face list (its records stay)")
async def delete_face_list(identifier: IdentifierPath, caller: CallerDep, shared: ServicesDep) -> bool:
    list_id = canonical_guid(identifier)
    if list_id is None:
        raise _not_found(errors.FACE_LIST_NOT_FOUND)
    try:
        await in_thread(shared.store.catalogue.delete_list, caller.tenant, list_id)
    except StoreError as error:
        raise _not_found(error.code) from None
    shared.galleries.forget(list_id)
    return True


async def find_list(shared: Services, tenant: str, identifier: str | None, name: str | None) -> FaceListRow | None:
    """The tenant's list with that GUID (or, without one, that name); None when unknown."""
    if identifier:
        list_id = canonical_guid(identifier)
        if list_id is None:
            return None
        return await in_thread(shared.store.catalogue.get_list, tenant, ListRef(id=list_id))
    if name and name.strip():
        # Names are stored trimmed (create/update strip them), so look them up the same way.
        return await in_thread(shared.store.catalogue.get_list, tenant, ListRef(name=name.strip()))
    return None


def _refs(body: FaceRecordToListRequest) -> tuple[RecordRef, ListRef]:
    if not body.faceRecordId and not body.faceRecordExternalIdentifier:
        raise errors.ErrorMessage(errors.INVALID_CONTENT, code=errors.FACE_RECORD_NOT_FOUND,
                                  description="Give faceRecordId or faceRecordExternalIdentifier.")
    if not body.faceListId and not body.faceListName:
        raise errors.ErrorMessage(errors.INVALID_CONTENT, code=errors.FACE_LIST_NOT_FOUND,
                                  description="Give faceListId or faceListName.")
    record_id = canonical_guid(body.faceRecordId) if body.faceRecordId else None
    if body.faceRecordId and record_id is None:
        raise _not_found(errors.FACE_RECORD_NOT_FOUND)
    list_id = canonical_guid(body.faceListId) if body.faceListId else None
    if body.faceListId and list_id is None:
        raise _not_found(errors.FACE_LIST_NOT_FOUND)
    record = RecordRef(id=record_id, external_identifier=body.faceRecordExternalIdentifier or None)
    face_list = ListRef(id=list_id, name=(body.faceListName or "").strip() or None)
    return record, face_list


def _name_required() -> FieldError:
    return FieldError(errors.FACE_LIST_NAME_REQUIRED, "name is required: give the face list a name.")


def _not_found(code: str) -> errors.NotFound:
    if code == errors.FACE_RECORD_NOT_FOUND:
        return errors.NotFound(code, "No face record has that identifier.")
    return errors.NotFound(errors.FACE_LIST_NOT_FOUND, "No face list has that identifier or name.")
