"""The endpoints, one resource per area of the guide: records (section 3), lists (4), recognition (5).

Methods take snake_case keyword arguments and return the typed models of `facestation.api.models`; each one
documents the endpoint it calls. Extensions of the local service say so and raise FeatureUnavailableError on a
server without them.
"""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import quote

from facestation.api import errors
from facestation.api.images import ImageInput, image_base64
from facestation.api.models import (
    CalibrationTarget,
    FaceList,
    FaceRecord,
    IdentifyResult,
    ListReport,
    RecordPage,
    calibration_target_from_json,
    face_list_from_json,
    identify_result_from_json,
    list_report_from_json,
    record_from_json,
    record_page_from_json,
)
from facestation.api.wire import json_of

if TYPE_CHECKING:
    from facestation.api.client import FaceCheckClient


class _Unchanged:
    def __repr__(self) -> str:
        return "UNCHANGED"


UNCHANGED: Final[Any] = _Unchanged()
"""Leave this property as it is stored (the default for every optional property of an update)."""


def _quoted(identifier: str) -> str:
    # External identifiers are the client's own strings: "/", "?" or "#" in them must not change the path.
    quoted = quote(identifier, safe="")
    # quote() leaves "." alone, and httpx removes "." and ".." path segments (RFC 3986), so ".." would address
    # the parent endpoint (GET/DELETE v1/face). Percent-encoded dots are not dot segments: they reach the
    # service, which decodes them back, so the record called "." or ".." is found like any other.
    if quoted in (".", ".."):
        return "%2E" * len(quoted)
    return quoted


class RecordsResource:
    """Face records: `v1/face` (guide section 3) and the record search extension."""

    def __init__(self, client: FaceCheckClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        face_image: ImageInput,
        name: str,
        surname1: str,
        surname2: str | None = None,
        external_identifier: str | None = None,
        additional_data: bytes | None = None,
        additional_data_file_name: str | None = None,
        face_list_id: str | None = None,
        enabled: bool = True,
    ) -> str:
        """POST v1/face; returns the new record's identifier. Raises ValidationError with the service's codes.

        A create that may have reached the service before failing (timeout, reset, 5xx) is retried only when an
        external identifier lets us check that it did not land: a retry never makes a duplicate person.
        """
        body = {
            "faceImageBase64": image_base64(face_image),
            "name": name,
            "surname1": surname1,
            "surname2": surname2,
            "externalIdentifier": external_identifier,
            "additionalDataFileBase64": _file(additional_data),
            "additionalDataFileName": additional_data_file_name,
            "faceListId": face_list_id,
            "enabled": enabled,
        }
        for attempt in range(self._client.retry.attempts):
            try:
                response = await self._client.call("POST", "v1/face", json=body, idempotent=False)
                return str(json_of(response)["identifier"])
            except errors.FaceCheckError as failure:
                if not failure.may_have_landed or external_identifier is None:
                    raise
                if attempt + 1 >= self._client.retry.attempts:
                    raise
                try:
                    landed = await self.get_by_external_id(external_identifier)
                except errors.NotFoundError:
                    await self._client.pause_before_retry(attempt)
                    continue  # the first attempt did not land: sending it again cannot duplicate
                if (landed.name, landed.surname1) != (name, surname1):
                    raise  # someone else already has that external identifier: not our first attempt
                return landed.identifier
        raise AssertionError("unreachable")  # pragma: no cover

    async def get(self, identifier: str) -> FaceRecord:
        """GET v1/face/{identifier}; NotFoundError when there is no such record."""
        response = await self._client.call("GET", f"v1/face/{_quoted(identifier)}", idempotent=True)
        return record_from_json(json_of(response))

    async def get_by_external_id(self, external_identifier: str) -> FaceRecord:
        """GET v1/face/externalIdentifier/{externalIdentifier}."""
        path = f"v1/face/externalIdentifier/{_quoted(external_identifier)}"
        return record_from_json(json_of(await self._client.call("GET", path, idempotent=True)))

    async def update(
        self,
        identifier: str,
        *,
        name: str,
        surname1: str,
        face_image: ImageInput | None = None,
        surname2: str | None = UNCHANGED,
        external_identifier: str | None = UNCHANGED,
        additional_data: bytes | None = None,
        additional_data_file_name: str | None = None,
        face_list_id: str | None = UNCHANGED,
        enabled: bool | None = None,
    ) -> None:
        """PUT v1/face. Name and surname1 are required; `face_image` / `additional_data` None keep the stored
        files; properties left UNCHANGED keep their values, None clears them (the local service's reading)."""
        body: dict[str, Any] = {"identifier": identifier, "name": name, "surname1": surname1}
        if face_image is not None:
            body["faceImageBase64"] = image_base64(face_image)
        if additional_data is not None:
            body["additionalDataFileBase64"] = _file(additional_data)
        if additional_data_file_name is not None:
            body["additionalDataFileName"] = additional_data_file_name
        for key, value in (("surname2", surname2), ("externalIdentifier", external_identifier),
                           ("faceListId", face_list_id)):
            if value is not UNCHANGED:
                body[key] = value
        if enabled is not None:
            body["enabled"] = enabled
        await self._client.call("PUT", "v1/face", json=body, idempotent=True)

    async def delete(self, identifier: str) -> bool:
        """DELETE v1/face/{identifier}; NotFoundError when there is no such record."""
        response = await self._client.call("DELETE", f"v1/face/{_quoted(identifier)}", idempotent=True,
                                           done_if_gone=True)
        return response.status_code == 404 or bool(json_of(response))

    async def delete_by_external_id(self, external_identifier: str) -> bool:
        """DELETE v1/face/externalIdentifier/{externalIdentifier}."""
        path = f"v1/face/externalIdentifier/{_quoted(external_identifier)}"
        response = await self._client.call("DELETE", path, idempotent=True, done_if_gone=True)
        return response.status_code == 404 or bool(json_of(response))

    async def search(self, text: str = "", *, offset: int = 0, limit: int = 50) -> RecordPage:
        """Extension: GET v1/face?search= - records whose names or external identifier contain `text`."""
        await self._client.require("search_records")
        response = await self._client.call("GET", "v1/face", params={"search": text, "offset": offset,
                                                                      "limit": limit}, idempotent=True)
        return record_page_from_json(json_of(response))


class ListsResource:
    """Face lists: `v1/face/list` (guide section 4) and the list extensions."""

    def __init__(self, client: FaceCheckClient) -> None:
        self._client = client

    async def create(self, *, name: str, description: str | None = None) -> str:
        """POST v1/face/list; returns the new list's identifier (ValidationError FaceListNameAlreadyExists...)."""
        response = await self._client.call("POST", "v1/face/list", json={"name": name, "description": description},
                                           idempotent=False)
        return str(json_of(response)["identifier"])

    async def get(self, identifier: str) -> FaceList:
        """GET v1/face/list/{identifier}."""
        response = await self._client.call("GET", f"v1/face/list/{_quoted(identifier)}", idempotent=True)
        return face_list_from_json(json_of(response))

    async def update(self, identifier: str, *, name: str, description: str | None = None) -> None:
        """PUT v1/face/list (name and description are replaced)."""
        body = {"identifier": identifier, "name": name, "description": description}
        await self._client.call("PUT", "v1/face/list", json=body, idempotent=True)

    async def delete(self, identifier: str) -> bool:
        """DELETE v1/face/list/{identifier}; the records stay."""
        response = await self._client.call("DELETE", f"v1/face/list/{_quoted(identifier)}", idempotent=True,
                                           done_if_gone=True)
        return response.status_code == 404 or bool(json_of(response))

    async def add_record(self, *, record_id: str | None = None, external_identifier: str | None = None,
                         list_id: str | None = None, list_name: str | None = None) -> bool:
        """POST v1/face/list/AddFaceRecord: the record (by id or external identifier) joins the list (by id or name)."""
        response = await self._client.call("POST", "v1/face/list/AddFaceRecord",
                                           json=_membership(record_id, external_identifier, list_id, list_name),
                                           idempotent=True)
        return bool(json_of(response))

    async def remove_record(self, *, record_id: str | None = None, external_identifier: str | None = None,
                            list_id: str | None = None, list_name: str | None = None) -> bool:
        """Extension: POST v1/face/list/RemoveFaceRecord; False when the record was not in the list."""
        # The arguments first, as in add_record: a call without a record or a list is a ValueError at once,
        # not a request to the health endpoint (ServiceUnreachableError when offline) before it.
        body = _membership(record_id, external_identifier, list_id, list_name)
        await self._client.require("remove_from_list")
        response = await self._client.call("POST", "v1/face/list/RemoveFaceRecord", json=body, idempotent=True)
        return bool(json_of(response))

    async def all(self) -> list[FaceList]:
        """Extension: GET v1/face/list - every list of this client, with member counts."""
        await self._client.require("list_lists")
        response = await self._client.call("GET", "v1/face/list", idempotent=True)
        return [face_list_from_json(item) for item in json_of(response)]

    async def members(self, identifier: str, *, offset: int = 0, limit: int = 50) -> RecordPage:
        """Extension: GET v1/face/list/{identifier}/records."""
        await self._client.require("list_members")
        response = await self._client.call("GET", f"v1/face/list/{_quoted(identifier)}/records",
                                           params={"offset": offset, "limit": limit}, idempotent=True)
        return record_page_from_json(json_of(response))


    async def report(self, identifier: str, *, limit: int = 100) -> ListReport:
        """Extension: GET v1/face/list/{identifier}/report: how likely a stranger is matched to someone in the
        list, the thresholds 1:N uses in it, and up to `limit` possible duplicates, most likely first."""
        await self._client.require("list_report")
        response = await self._client.call("GET", f"v1/face/list/{_quoted(identifier)}/report",
                                           params={"limit": limit}, idempotent=True)
        return list_report_from_json(json_of(response))

    async def mark_not_same_person(self, identifier: str, *, record_a: str, record_b: str) -> bool:
        """Extension: POST v1/face/list/{identifier}/notSamePerson: the two records are two people, so no list
        reports them as a possible duplicate again (idempotent: marking twice changes nothing)."""
        await self._client.require("list_report")
        response = await self._client.call("POST", f"v1/face/list/{_quoted(identifier)}/notSamePerson",
                                           json={"a": record_a, "b": record_b}, idempotent=True)
        return bool(json_of(response))

    async def calibration_target(self) -> CalibrationTarget:
        """Extension: GET v1/face/list/calibration: the share of strangers a list may match."""
        await self._client.require("list_report")
        return calibration_target_from_json(json_of(await self._client.call(
            "GET", "v1/face/list/calibration", idempotent=True)))

    async def set_calibration_target(self, target: float | None) -> CalibrationTarget:
        """Extension: PUT v1/face/list/calibration (None: the service's default). Raises ValidationError
        (code InvalidTarget) outside 1e-7 to 0.1."""
        await self._client.require("list_report")
        return calibration_target_from_json(json_of(await self._client.call(
            "PUT", "v1/face/list/calibration", json={"target": target}, idempotent=True)))


class RecognitionResource:
    """Identification (guide section 5). Each call may spend one of the client's credits."""

    def __init__(self, client: FaceCheckClient) -> None:
        self._client = client

    async def identify_record(self, *, face_image: ImageInput, record_id: str | None = None,
                              external_identifier: str | None = None, do_face_qa: bool = False) -> IdentifyResult:
        """POST v1/face/identifyRecord: is this the person of that record (1:1)?"""
        body = {"faceImageBase64": image_base64(face_image), "faceRecordIdentifier": record_id,
                "faceRecordExternalIdentifier": external_identifier, "doFaceQA": do_face_qa}
        return await self._identify("v1/face/identifyRecord", body)

    async def identify_reference_image(self, *, face_image: ImageInput, reference_image: ImageInput,
                                       do_face_qa: bool = False) -> IdentifyResult:
        """POST v1/face/identifyReferenceImage: are these two photos of the same person (1:1)?"""
        body = {"faceImageBase64": image_base64(face_image), "referenceImageBase64": image_base64(reference_image),
                "doFaceQA": do_face_qa}
        return await self._identify("v1/face/identifyReferenceImage", body)

    async def identify_in_list(self, *, face_image: ImageInput, list_id: str | None = None,
                               list_name: str | None = None, do_face_qa: bool = False) -> IdentifyResult:
        """POST v1/face/list/identify: who in the list is this (1:N)?"""
        body = {"faceImageBase64": image_base64(face_image), "faceListId": list_id, "faceListName": list_name,
                "doFaceQA": do_face_qa}
        return await self._identify("v1/face/list/identify", body)

    async def _identify(self, path: str, body: dict[str, Any]) -> IdentifyResult:
        # Identification changes nothing on the server (beyond a credit), so a retry is safe.
        response = await self._client.call("POST", path, json=body, idempotent=True)
        return identify_result_from_json(json_of(response))


def _file(data: bytes | None) -> str | None:
    return None if data is None else base64.b64encode(data).decode("ascii")


def _membership(record_id: str | None, external_identifier: str | None, list_id: str | None,
                list_name: str | None) -> dict[str, str | None]:
    if not record_id and not external_identifier:
        raise ValueError("give record_id or external_identifier")
    if not list_id and not list_name:
        raise ValueError("give list_id or list_name")
    return {"faceRecordId": record_id, "faceRecordExternalIdentifier": external_identifier,
            "faceListId": list_id, "faceListName": list_name}
