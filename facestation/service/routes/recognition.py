"""Face recognition: the guide's section 5 (1:1 against a record, 1:1 against a reference image, 1:N).

Each identification spends one credit of the client (when it has a credit balance). The credit is taken
before the work starts, so concurrent calls cannot overspend, and given back when no comparison happened
(no face in the photo, a disabled record, an empty list, an unusable image).
"""

from __future__ import annotations

import asyncio
from typing import Any

import numpy as np
from fastapi import APIRouter

from facestation.recognition.matching import (
    EMPTY_LIST,
    NO_FACE_IN_PROBE,
    RECORD_DISABLED,
    MatchResult,
    MatchThresholds,
    confidence_from_distance,
    describe_verdict,
    verdict,
)
from facestation.service import errors
from facestation.service.context import (
    AUTHENTICATED_RESPONSES,
    Caller,
    CallerDep,
    Services,
    ServicesDep,
    in_thread,
)
from facestation.service.engine import ImageAnalysis
from facestation.service.galleries import descriptor_from_bytes, loaders
from facestation.service.list_calibration import list_thresholds, stored_calibration
from facestation.service.models import (
    ErrorMessageResponse,
    IdentifyListRequest,
    IdentifyRecordRequest,
    IdentifyRecordResponse,
    IdentifyReferenceImageRequest,
    IdentifyReferenceImageResponse,
)
from facestation.service.payloads import (
    InvalidBase64Error,
    decode_base64,
    encode_base64,
)
from facestation.service.routes.lists import find_list
from facestation.service.routes.records import find_record
from facestation.store.catalogue import FaceListRow, FaceRecord

router = APIRouter(tags=["Face recognition"], responses=AUTHENTICATED_RESPONSES)

_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorMessageResponse, "description": "Invalid content, or Insufficient credits"},
    404: {"model": ErrorMessageResponse, "description": "The face record or face list was not found"},
}
NO_FACE_IN_REFERENCE = "No face found in the reference image"


@router.post("/v1/face/identifyRecord", response_model=IdentifyRecordResponse, responses=_RESPONSES,
             summary="Verify a face against a face record (1:1)")
async def identify_record(body: IdentifyRecordRequest, caller: CallerDep, shared: ServicesDep) -> IdentifyRecordResponse:
    probe = await _probe_bytes(body.faceImageBase64, "faceImageBase64")
    if not body.faceRecordIdentifier and not body.faceRecordExternalIdentifier:
        raise errors.ErrorMessage(errors.INVALID_CONTENT, code=errors.TARGET_REQUIRED,
                                  description="Give faceRecordIdentifier or faceRecordExternalIdentifier.")
    record = await find_record(shared, caller.tenant, body.faceRecordIdentifier, body.faceRecordExternalIdentifier)
    if record is None:
        raise errors.NotFound(errors.FACE_RECORD_NOT_FOUND, "No face record has that identifier.")
    async with _Charge(shared, caller) as charge:
        analysis = await _analyze_probe(shared, probe, body.doFaceQA)
        if not record.enabled:
            return _not_executed(charge, RECORD_DISABLED, analysis)
        if not analysis.has_face:
            return _not_executed(charge, NO_FACE_IN_PROBE, analysis)
        distance = float(np.linalg.norm(analysis.descriptor_array() - descriptor_from_bytes(record.descriptor)))
        return _compared(shared, distance, record, analysis)


@router.post("/v1/face/identifyReferenceImage", response_model=IdentifyReferenceImageResponse,
             responses={400: _RESPONSES[400]}, summary="Compare a face with a reference image (1:1)")
async def identify_reference_image(
    body: IdentifyReferenceImageRequest, caller: CallerDep, shared: ServicesDep
) -> IdentifyReferenceImageResponse:
    probe = await _probe_bytes(body.faceImageBase64, "faceImageBase64")
    reference = await _probe_bytes(body.referenceImageBase64, "referenceImageBase64")
    async with _Charge(shared, caller) as charge:
        analysis, reference_analysis = await asyncio.gather(
            _analyze_probe(shared, probe, body.doFaceQA), _analyze_probe(shared, reference, False, "referenceImageBase64")
        )
        if not analysis.has_face:
            return _not_executed(charge, NO_FACE_IN_PROBE, analysis, IdentifyReferenceImageResponse)
        if not reference_analysis.has_face:
            return _not_executed(charge, NO_FACE_IN_REFERENCE, analysis, IdentifyReferenceImageResponse)
        distance = float(np.linalg.norm(analysis.descriptor_array() - reference_analysis.descriptor_array()))
        confidence = confidence_from_distance(distance)
        result = verdict(confidence, shared.settings.match_thresholds)
        return IdentifyReferenceImageResponse(
            confidence=confidence, result=int(result), resultDescription=describe_verdict(result),
            faceQA=analysis.face_qa,
        )


@router.post("/v1/face/list/identify", response_model=IdentifyRecordResponse, responses=_RESPONSES,
             summary="Identify a face among the records of a face list (1:N)")
async def identify_list(body: IdentifyListRequest, caller: CallerDep, shared: ServicesDep) -> IdentifyRecordResponse:
    """The best candidate at or above the warning band; else result 3 (failed) with no record fields."""
    probe = await _probe_bytes(body.faceImageBase64, "faceImageBase64")
    if not body.faceListId and not body.faceListName:
        raise errors.ErrorMessage(errors.INVALID_CONTENT, code=errors.TARGET_REQUIRED,
                                  description="Give faceListId or faceListName.")
    face_list = await find_list(shared, caller.tenant, body.faceListId, body.faceListName)
    if face_list is None:
        raise errors.NotFound(errors.FACE_LIST_NOT_FOUND, "No face list has that identifier or name.")
    async with _Charge(shared, caller) as charge:
        analysis = await _analyze_probe(shared, probe, body.doFaceQA)
        if not analysis.has_face:
            return _not_executed(charge, NO_FACE_IN_PROBE, analysis)
        match = await _nearest(shared, caller.tenant, face_list, analysis.descriptor_array())
        if match is None:
            return _not_executed(charge, EMPTY_LIST, analysis)
        record_id, distance = match
        candidate = await find_record(shared, caller.tenant, record_id, None)
        if candidate is None:  # deleted between the search and now: nobody to answer with
            return IdentifyRecordResponse(confidence=0.0, result=int(MatchResult.FAILED),
                                          resultDescription=describe_verdict(MatchResult.FAILED),
                                          faceQA=analysis.face_qa)
        # The list's own thresholds: the more members, the surer a match must be (never looser than 1:1's).
        thresholds = await list_thresholds(shared, caller.tenant, face_list)
        return _compared(shared, distance, candidate, analysis, thresholds)


# -- helpers ------------------------------------------------------------------------------------------------


class _Charge:
    """One credit taken for an identification; `refund()` gives it back when nothing was compared."""

    def __init__(self, shared: Services, caller: Caller) -> None:
        self._shared = shared
        self._caller = caller
        self.refunded = False

    async def __aenter__(self) -> _Charge:
        if not await in_thread(self._shared.store.accounts.spend_credit, self._caller.client_id):
            raise errors.ErrorMessage(errors.INSUFFICIENT_CREDITS)
        return self

    async def __aexit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc is not None or self.refunded:
            await asyncio.shield(in_thread(self._shared.store.accounts.refund_credit, self._caller.client_id))

    def refund(self) -> None:
        self.refunded = True


async def _probe_bytes(encoded: str | None, field: str) -> bytes:
    if not encoded:
        raise errors.ErrorMessage(errors.INVALID_CONTENT, code=errors.FACE_IMAGE_REQUIRED,
                                  description=f"{field} is required.")
    try:
        return await in_thread(decode_base64, encoded)
    except InvalidBase64Error:
        raise errors.ErrorMessage(errors.INVALID_CONTENT, code=errors.INVALID_BASE64,
                                  description=f"{field} is not valid Base64.") from None


async def _analyze_probe(shared: Services, data: bytes, with_quality: bool, field: str = "faceImageBase64") -> ImageAnalysis:
    analysis = await shared.engine.analyze(data, with_quality=with_quality)
    if analysis.error_code is not None:
        raise errors.ErrorMessage(errors.INVALID_CONTENT, code=analysis.error_code,
                                  description=f"{field}: {analysis.error_message}")
    return analysis


def _not_executed(charge: _Charge, description: str, analysis: ImageAnalysis,
                  response: type[IdentifyReferenceImageResponse] = IdentifyRecordResponse) -> Any:
    charge.refund()
    return response(confidence=0.0, result=int(MatchResult.NOT_EXECUTED), resultDescription=description,
                    faceQA=analysis.face_qa)


def _compared(shared: Services, distance: float, record: FaceRecord, analysis: ImageAnalysis,
              thresholds: MatchThresholds | None = None) -> IdentifyRecordResponse:
    confidence = confidence_from_distance(distance)
    result = verdict(confidence, thresholds or shared.settings.match_thresholds)
    response = IdentifyRecordResponse(
        confidence=confidence, result=int(result), resultDescription=describe_verdict(result), faceQA=analysis.face_qa
    )
    if result is MatchResult.FAILED:
        return response  # "along with the person record information, if identified": not identified
    return response.model_copy(
        update={
            "identifier": record.id,
            "faceImageBase64": encode_base64(record.face_image),
            "name": record.name,
            "surname1": record.surname1,
            "surname2": record.surname2,
            "externalIdentifier": record.external_identifier,
        }
    )


async def _nearest(shared: Services, tenant: str, face_list: FaceListRow, probe: np.ndarray) -> tuple[str, float] | None:
    found, match = await in_thread(shared.galleries.nearest, face_list.id, face_list.revision, probe)
    if found:
        return match
    changes_since, everything = loaders(shared.store.catalogue, tenant, face_list.id)
    return await in_thread(shared.galleries.refresh_and_search, face_list.id, face_list.revision, probe,
                           changes_since, everything, stored_calibration(shared, face_list.id))
