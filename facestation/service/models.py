"""Request and response bodies, with the guide's camelCase property names exactly.

Requests ignore unknown properties and take JSON types strictly (a number is not a name, "yes" is not a
boolean): what does not fit is a 400, never a guess. Fields the endpoint requires are still optional here, so
that a missing one gets its own error code (NameRequired, ...) instead of a generic validation error.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    StringConstraints,
    WithJsonSchema,
    field_validator,
)


class _Request(BaseModel):
    model_config = ConfigDict(extra="ignore", strict=True)


class _Response(BaseModel):
    model_config = ConfigDict(extra="forbid")


# -- records ------------------------------------------------------------------------------------------------


# Every string of a request: no NUL character (U+0000). SQLite stores one, PostgreSQL's text types refuse it
# (a 500 there), so it is refused here, once, on every database; the pattern documents it in the OpenAPI
# document and app.py turns its validation error into a sentence that names the character.
NO_NUL_PATTERN = r"^[^\x00]*$"
Text = Annotated[str, StringConstraints(pattern=NO_NUL_PATTERN)]
# The store's column sizes (facestation.store.schema): longer values are refused here with a 400, never
# truncated and never left for a database that enforces lengths (PostgreSQL) to refuse with a 500. Lookups by
# a name or external identifier take the same limit: a longer one cannot name anything stored.
NAME_MAX_LENGTH = 200
NameText = Annotated[str, StringConstraints(max_length=NAME_MAX_LENGTH, pattern=NO_NUL_PATTERN)]
FileNameText = Annotated[str, StringConstraints(max_length=255, pattern=NO_NUL_PATTERN)]


class AddFaceRecordRequest(_Request):
    faceImageBase64: Text | None = None
    name: NameText | None = None
    surname1: NameText | None = None
    surname2: NameText | None = None
    externalIdentifier: NameText | None = None
    additionalDataFileBase64: Text | None = None
    additionalDataFileName: FileNameText | None = None
    faceListId: Text | None = None
    enabled: bool | None = None


class UpdateFaceRecordRequest(AddFaceRecordRequest):
    # The guide omits it; api-decisions makes it the way to address the record (else externalIdentifier).
    identifier: Text | None = None


class ErrorItem(_Response):
    code: str
    description: str


class AddFaceRecordResponse(_Response):
    identifier: str | None
    errors: list[ErrorItem]


class UpdateResponse(_Response):
    result: bool
    errors: list[ErrorItem]


class FaceRecordSummary(_Response):
    """A record without its files, as the record search and list-members extensions return it."""

    identifier: str
    name: str
    surname1: str
    surname2: str | None
    externalIdentifier: str | None
    additionalDataFileName: str | None
    enabled: bool
    faceListId: str | None
    createdUtc: str


class FaceRecordResponse(FaceRecordSummary):
    faceImageBase64: str
    additionalDataFileBase64: str | None


class RecordPage(_Response):
    total: int
    offset: int
    limit: int
    records: list[FaceRecordSummary]


# -- lists --------------------------------------------------------------------------------------------------


class AddFaceListRequest(_Request):
    name: NameText | None = None
    description: Text | None = None


class UpdateFaceListRequest(AddFaceListRequest):
    identifier: Text | None = None


class AddFaceListResponse(_Response):
    identifier: str | None
    errors: list[ErrorItem]


class FaceListResponse(_Response):
    identifier: str
    name: str
    description: str | None
    createdUtc: str


class FaceListSummary(FaceListResponse):
    recordCount: int


class FaceRecordToListRequest(_Request):
    faceRecordId: Text | None = None
    faceRecordExternalIdentifier: NameText | None = None
    faceListId: Text | None = None
    faceListName: NameText | None = None


# -- list calibration (extension) ---------------------------------------------------------------------------


class ListCalibrationReport(_Response):
    estimatedFalseMatchRate: float  # share of strangers answered OK with someone of the list
    estimatedWarningRate: float  # share of strangers answered with a warning
    okThreshold: float  # confidence from which list/identify answers OK in this list
    warningThreshold: float
    target: float
    impostorPairs: int  # member pairs the estimate stands on (estimated when the list is sampled)
    basis: str  # "list": the list's own pairs; "reference": too few yet, the built-in reference


class PossibleDuplicate(_Response):
    a: str
    b: str
    confidence: float


class ListReportResponse(_Response):
    members: int
    calibration: ListCalibrationReport
    possibleDuplicates: list[PossibleDuplicate]
    possibleDuplicatesTotal: int  # before the limit


class NotSamePersonRequest(_Request):
    a: Text | None = None
    b: Text | None = None


class CalibrationTargetRequest(_Request):
    # null: back to the service's default. A JSON integer is taken too (1 is a number, even if out of range).
    target: float | int | None = None


class CalibrationTargetResponse(_Response):
    target: float
    defaultTarget: float


# -- recognition --------------------------------------------------------------------------------------------


class _IdentifyRequest(_Request):
    """doFaceQA is an optional Boolean: clients that write null for unset properties mean false, not an error."""

    # Documented as the service takes it (the OpenAPI document is exact): a boolean, or null meaning false.
    doFaceQA: Annotated[
        bool, WithJsonSchema({"anyOf": [{"type": "boolean"}, {"type": "null"}], "title": "Dofaceqa"})
    ] = False

    @field_validator("doFaceQA", mode="before")
    @classmethod
    def _null_is_false(cls, value: Any) -> Any:
        return False if value is None else value


class IdentifyRecordRequest(_IdentifyRequest):
    faceImageBase64: Text | None = None
    faceRecordIdentifier: Text | None = None
    faceRecordExternalIdentifier: NameText | None = None


class IdentifyReferenceImageRequest(_IdentifyRequest):
    faceImageBase64: Text | None = None
    referenceImageBase64: Text | None = None


class IdentifyListRequest(_IdentifyRequest):
    faceImageBase64: Text | None = None
    faceListId: Text | None = None
    faceListName: NameText | None = None


class IdentifyReferenceImageResponse(_Response):
    confidence: float
    result: int  # 0 ok, 1 notExecuted, 2 warning, 3 failed
    resultDescription: str
    faceQA: dict[str, Any] | None = None


class IdentifyRecordResponse(IdentifyReferenceImageResponse):
    identifier: str | None = None
    faceImageBase64: str | None = None
    name: str | None = None
    surname1: str | None = None
    surname2: str | None = None
    externalIdentifier: str | None = None


# -- tokens, errors, health ---------------------------------------------------------------------------------


class TokenResponse(_Response):
    token_type: str
    access_token: str
    expires_in: int
    id_token: str
    refresh_token: str


class ErrorMessageResponse(BaseModel):
    """The guide's ErrorMessage object; `code` and `description` say more where there is more to say."""

    error: str
    code: str | None = None
    description: str | None = None


class InternalErrorResponse(BaseModel):
    error: str
    traceId: str


class HealthResponse(_Response):
    status: str
    version: str
