"""The error codes a FaceCheck service puts in a 400's `errors[].code` (and the local service in its 429), as
constants, so callers compare against a name instead of a string literal.

`ErrorCode` is a `StrEnum`: its members equal the wire strings, so `ErrorCode.NO_FACE_DETECTED in error.codes`
works on a `ValidationError`'s plain strings, and `str(member)` is the wire text.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["ErrorCode"]


class ErrorCode(StrEnum):
    # The face photo
    FACE_IMAGE_REQUIRED = "FaceImageRequired"
    INVALID_BASE64 = "InvalidBase64"
    INVALID_IMAGE = "InvalidImage"
    IMAGE_TOO_LARGE = "ImageTooLarge"
    NO_FACE_DETECTED = "NoFaceDetected"
    MULTIPLE_FACES_DETECTED = "MultipleFacesDetected"
    FACE_TOO_SMALL = "FaceTooSmall"
    # The person's record
    NAME_REQUIRED = "NameRequired"
    SURNAME1_REQUIRED = "Surname1Required"
    EXTERNAL_IDENTIFIER_ALREADY_EXISTS = "ExternalIdentifierAlreadyExists"
    ADDITIONAL_DATA_FILE_NAME_REQUIRED = "AdditionalDataFileNameRequired"
    FACE_RECORD_NOT_FOUND = "FaceRecordNotFound"
    TARGET_REQUIRED = "TargetRequired"
    # Lists
    FACE_LIST_NAME_REQUIRED = "FaceListNameRequired"
    FACE_LIST_NAME_ALREADY_EXISTS = "FaceListNameAlreadyExists"
    FACE_LIST_NOT_FOUND = "FaceListNotFound"
    # Per-list calibration (local service): a target out of range, "not the same person" without two records
    INVALID_TARGET = "InvalidTarget"
    RECORDS_REQUIRED = "RecordsRequired"
    # The request as a whole
    INVALID_REQUEST = "InvalidRequest"
    REQUEST_TOO_LARGE = "RequestTooLarge"
    # The local service's answer to many failed sign-ins from one address (429; not the hourly budget)
    LOGIN_THROTTLED = "LoginThrottled"
