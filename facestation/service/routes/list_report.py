"""Per-list calibration (extension): a list's false-match estimate and possible duplicates, the pairs an
operator marked "not the same person", and the tenant's target share of strangers.

Registered before the lists router: `v1/face/list/calibration` must not be taken for a list so called.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from facestation.recognition.calibration import check_target
from facestation.service import errors
from facestation.service.context import (
    AUTHENTICATED_RESPONSES,
    CallerDep,
    ServicesDep,
    in_thread,
)
from facestation.service.list_calibration import (
    list_estimate,
    possible_duplicates,
    report_response,
    target_of,
)
from facestation.service.models import (
    CalibrationTargetRequest,
    CalibrationTargetResponse,
    ErrorMessageResponse,
    ListReportResponse,
    NotSamePersonRequest,
)
from facestation.service.payloads import canonical_guid
from facestation.service.routes.lists import NOT_FOUND_RESPONSE, find_list
from facestation.service.routes.records import IdentifierPath
from facestation.store.errors import NotFoundError

router = APIRouter(tags=["Face lists"], responses=AUTHENTICATED_RESPONSES)

DUPLICATES_LIMIT_MAX = 1000
_INVALID = {400: {"model": ErrorMessageResponse, "description": "Invalid content: the code says what to fix"}}


@router.get("/v1/face/list/calibration", response_model=CalibrationTargetResponse,
            summary="The target share of strangers a list may match (extension)")
async def calibration_target(caller: CallerDep, shared: ServicesDep) -> CalibrationTargetResponse:
    return CalibrationTargetResponse(target=await target_of(shared, caller.tenant),
                                     defaultTarget=shared.settings.list_false_match_target)


@router.put("/v1/face/list/calibration", response_model=CalibrationTargetResponse, responses=_INVALID,
            summary="Set the target share of strangers a list may match (extension)")
async def set_calibration_target(body: CalibrationTargetRequest, caller: CallerDep,
                                 shared: ServicesDep) -> CalibrationTargetResponse:
    """`target` is a share of strangers (0.001: 1 in 1,000); null goes back to the service's default. Every
    list of the caller's tenant uses it for 1:N from the next identification on."""
    target = None if body.target is None else float(body.target)
    if target is not None:
        try:
            check_target(target)
        except ValueError as error:
            raise errors.ErrorMessage(errors.INVALID_CONTENT, code=errors.INVALID_TARGET,
                                      description=str(error)) from None
    await in_thread(shared.store.calibrations.set_target, caller.tenant, target)
    return await calibration_target(caller, shared)


@router.get("/v1/face/list/{identifier}/report", response_model=ListReportResponse, responses=NOT_FOUND_RESPONSE,
            summary="How likely a stranger is matched in this list, and its possible duplicates (extension)")
async def list_report(
    identifier: IdentifierPath,
    caller: CallerDep,
    shared: ServicesDep,
    limit: Annotated[int, Query(ge=0, le=DUPLICATES_LIMIT_MAX)] = 100,
) -> ListReportResponse:
    """`calibration` describes list/identify in this list at the tenant's target; `possibleDuplicates` are
    member pairs whose similarity is in the same-person range, most likely first (at most `limit`), without the
    pairs marked "not the same person"."""
    face_list = await find_list(shared, caller.tenant, identifier, None)
    if face_list is None:
        raise _list_not_found()
    try:
        estimate = await list_estimate(shared, caller.tenant, face_list)
    except LookupError:
        raise _list_not_found() from None
    duplicates = await possible_duplicates(shared, caller.tenant, face_list)
    return report_response(estimate, duplicates, limit)


@router.post("/v1/face/list/{identifier}/notSamePerson", response_model=bool,
             responses={**NOT_FOUND_RESPONSE, **_INVALID},
             summary="Mark two records as two different people, so they are no possible duplicate (extension)")
async def not_same_person(identifier: IdentifierPath, body: NotSamePersonRequest, caller: CallerDep,
                          shared: ServicesDep) -> bool:
    """The mark belongs to the two records (every list's report leaves the pair out), not to this list."""
    face_list = await find_list(shared, caller.tenant, identifier, None)
    if face_list is None:
        raise _list_not_found()
    first = canonical_guid(body.a or "")
    second = canonical_guid(body.b or "")
    if not body.a or not body.b or body.a == body.b:
        raise _two_records_required()
    if first is None or second is None:
        raise errors.NotFound(errors.FACE_RECORD_NOT_FOUND, "No face record has that identifier.")
    if first == second:  # the same record spelt twice (another case, braces)
        raise _two_records_required()
    try:
        await in_thread(shared.store.calibrations.mark_distinct, caller.tenant, first, second, shared.clock())
    except NotFoundError:
        raise errors.NotFound(errors.FACE_RECORD_NOT_FOUND, "No face record has that identifier.") from None
    return True


def _two_records_required() -> errors.ErrorMessage:
    return errors.ErrorMessage(errors.INVALID_CONTENT, code=errors.RECORDS_REQUIRED,
                               description="Give a and b: the identifiers of two different face records.")


def _list_not_found() -> errors.NotFound:
    return errors.NotFound(errors.FACE_LIST_NOT_FOUND, "No face list has that identifier.")


__all__ = ["router"]
