"""Every error the service answers with, in one place: the stable codes and the exceptions that carry them.

Codes and messages are those of the FaceCheck API guide as docs/local-service.md reads it ("Errors"); the
exception handlers in `facestation.service.app` turn these exceptions into the guide's bodies.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

# -- messages of the guide's ErrorMessage object ({"error": ...}) ----------------------------------------
INVALID_CLIENT: Final = "Invalid ClientId"
UNSUPPORTED_GRANT_TYPE: Final = "Unsupported grant type"
INVALID_CREDENTIALS: Final = "Invalid credentials"
INVALID_TICKET: Final = "Invalid ticket"
RATE_LIMITED: Final = "Maximum number of calls per hour reached"
INVALID_CONTENT: Final = "Invalid content"
INSUFFICIENT_CREDITS: Final = "Insufficient credits"
INTERNAL_ERROR: Final = "Internal Error"
SERVICE_UNAVAILABLE: Final = "Service unavailable"  # 503: the database cannot be reached for a moment
NOT_FOUND: Final = "Not found"
REQUEST_TOO_LARGE: Final = "Request body too large"
LOGIN_THROTTLED: Final = "Too many failed logins"  # 429 to an address after many failed logins

# -- codes of the errors list (create/update responses) and of "Invalid content" details ----------------
NAME_REQUIRED: Final = "NameRequired"
SURNAME1_REQUIRED: Final = "Surname1Required"
FACE_IMAGE_REQUIRED: Final = "FaceImageRequired"
INVALID_BASE64: Final = "InvalidBase64"
INVALID_IMAGE: Final = "InvalidImage"
IMAGE_TOO_LARGE: Final = "ImageTooLarge"
NO_FACE_DETECTED: Final = "NoFaceDetected"
MULTIPLE_FACES_DETECTED: Final = "MultipleFacesDetected"
FACE_TOO_SMALL: Final = "FaceTooSmall"
ADDITIONAL_DATA_FILE_NAME_REQUIRED: Final = "AdditionalDataFileNameRequired"
EXTERNAL_IDENTIFIER_ALREADY_EXISTS: Final = "ExternalIdentifierAlreadyExists"
FACE_LIST_NOT_FOUND: Final = "FaceListNotFound"
FACE_RECORD_NOT_FOUND: Final = "FaceRecordNotFound"
FACE_LIST_NAME_ALREADY_EXISTS: Final = "FaceListNameAlreadyExists"
FACE_LIST_NAME_REQUIRED: Final = "FaceListNameRequired"
# Our additions, for what the decisions leave without a code: a body that is not the JSON the endpoint takes,
# and an identify request that names neither a record nor a list.
INVALID_REQUEST: Final = "InvalidRequest"
TARGET_REQUIRED: Final = "TargetRequired"
REQUEST_BODY_TOO_LARGE: Final = "RequestTooLarge"
LOGIN_THROTTLED_CODE: Final = "LoginThrottled"
INVALID_TARGET: Final = "InvalidTarget"  # a calibration target that is not a share of strangers we can keep
RECORDS_REQUIRED: Final = "RecordsRequired"  # "not the same person" needs two different records


@dataclass(frozen=True)
class FieldError:
    code: str
    description: str

    def to_json(self) -> dict[str, str]:
        return {"code": self.code, "description": self.description}


class ApiError(Exception):
    """Base of the errors the routes raise on purpose."""


class ErrorMessage(ApiError):
    """A 4xx answered with the guide's ErrorMessage object, plus an optional code and description."""

    def __init__(self, message: str, *, status: int = 400, code: str | None = None, description: str | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code
        self.description = description
        self.headers = headers or {}


class Unauthorized(ApiError):
    """401 with an empty body."""


class NotFound(ApiError):
    """404; the body names what was not found (clients may ignore it: the guide's 404 is bodiless)."""

    def __init__(self, code: str, description: str) -> None:
        super().__init__(description)
        self.code = code
        self.description = description


class ValidationFailed(ApiError):
    """400 of a create/update endpoint: the endpoint's response object with its `errors` list."""

    def __init__(self, errors: list[FieldError], *, shape: str) -> None:
        super().__init__("; ".join(f"{e.code}: {e.description}" for e in errors))
        self.errors = errors
        self.shape = shape  # "create" -> {"identifier": null, ...}; "update" -> {"result": false, ...}
