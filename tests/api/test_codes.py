"""`ErrorCode` names every code the local service puts in `errors[].code` (and its 429's), with the same text."""

from __future__ import annotations

import re

from facestation.api import ErrorCode
from facestation.service import errors as service_errors

CODE = re.compile(r"^[A-Z][a-z]+(?:[A-Z0-9][a-z0-9]*)+$")  # CamelCase codes, not the guide's sentences


def service_codes() -> set[str]:
    return {value for name, value in vars(service_errors).items()
            if name.isupper() and isinstance(value, str) and CODE.match(value)}


def test_every_code_the_service_sends_has_a_constant() -> None:
    assert service_codes()  # the pattern still finds them
    assert service_codes() - {code.value for code in ErrorCode} == set()


def test_the_constants_compare_equal_to_the_wire_text() -> None:
    assert ErrorCode.NO_FACE_DETECTED == "NoFaceDetected"
    assert ErrorCode.FACE_LIST_NOT_FOUND in ["FaceListNotFound"]
    assert {"NameRequired": 1}[ErrorCode.NAME_REQUIRED] == 1
