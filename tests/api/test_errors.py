"""`error_from_response`: the one mapping from an unsuccessful answer to the error it means, for every status
and body shape the guide, api-decisions and the real world (proxies, HTML error pages) produce."""

from __future__ import annotations

import json
from typing import Any

import pytest

from facestation.api import errors
from facestation.api.errors import FieldError, error_from_response


def body(value: Any) -> bytes:
    return json.dumps(value).encode()


# -- authentication -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"{}", body({"error": "whatever"}), b"<html>401</html>"])
def test_401_is_authentication_whatever_the_body(content: bytes) -> None:
    error = error_from_response(401, content)
    assert type(error) is errors.AuthenticationError
    assert error.status == 401 and "sign in" in str(error)


@pytest.mark.parametrize("message", ["Invalid ClientId", "Invalid credentials", "Invalid ticket",
                                     "Unsupported grant type"])
def test_the_token_endpoints_400s_are_authentication(message: str) -> None:
    error = error_from_response(400, body({"error": message}))
    assert type(error) is errors.AuthenticationError
    assert (str(error), error.message, error.status) == (message, message, 400)


# -- validation ---------------------------------------------------------------------------------------------


def test_a_create_responses_errors_list() -> None:
    error = error_from_response(400, body({"identifier": None, "errors": [
        {"code": "NameRequired", "description": "name is required"},
        {"code": "NoFaceDetected", "description": "No face was found"}]}))
    assert type(error) is errors.ValidationError
    assert error.codes == ["NameRequired", "NoFaceDetected"]
    assert error.errors == [FieldError("NameRequired", "name is required"),
                            FieldError("NoFaceDetected", "No face was found")]
    assert str(error) == "name is required; No face was found" and error.status == 400


def test_an_update_responses_errors_list() -> None:
    error = error_from_response(400, body({"result": False, "errors": [
        {"code": "FaceRecordNotFound", "description": "No face record has that identifier."}]}))
    assert isinstance(error, errors.ValidationError) and error.codes == ["FaceRecordNotFound"]


def test_an_errors_list_with_odd_items() -> None:
    error = error_from_response(400, body({"errors": [{"code": "A"}, "not an object", {"description": "only text"},
                                                      None, {"code": 7, "description": None},
                                                      {"code": None, "description": "no code"}]}))
    assert isinstance(error, errors.ValidationError)
    assert error.errors == [FieldError("A", ""), FieldError("", "only text"), FieldError("7", ""),
                            FieldError("", "no code")]
    assert str(error) == "A; only text; 7; no code"  # a null never shows as "None"


def test_invalid_content_with_a_code() -> None:
    error = error_from_response(400, body({"error": "Invalid content", "code": "InvalidImage",
                                           "description": "faceImageBase64: not an image"}))
    assert isinstance(error, errors.ValidationError)
    assert error.codes == ["InvalidImage"] and str(error) == "faceImageBase64: not an image"


def test_invalid_content_without_a_code() -> None:
    error = error_from_response(400, body({"error": "Invalid content"}))
    assert isinstance(error, errors.ValidationError)
    assert (error.codes, str(error)) == ([], "Invalid content")


@pytest.mark.parametrize("status", [400, 403, 405, 409, 422])
@pytest.mark.parametrize("content", [b"", b"not json", b"[1, 2]", b"\xff\xfe", body({"unexpected": True})])
def test_other_client_errors_are_validation_errors_with_the_status(status: int, content: bytes) -> None:
    error = error_from_response(status, content)
    assert type(error) is errors.ValidationError
    assert error.errors == [] and error.status == status
    assert f"HTTP {status}" in str(error)


def test_413_is_a_validation_error_with_a_code() -> None:
    named = error_from_response(413, body({"error": "Request body too large", "code": "RequestTooLarge",
                                           "description": "The body is over 20 MB."}))
    assert isinstance(named, errors.ValidationError)
    assert (named.codes, named.status, str(named)) == (["RequestTooLarge"], 413, "The body is over 20 MB.")
    bare = error_from_response(413, b"<html>Request Entity Too Large</html>")
    assert isinstance(bare, errors.ValidationError) and bare.codes == ["RequestTooLarge"] and str(bare)


# -- not found ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("content", "code", "message"), [
    (b"", None, "Not found"),
    (b"<html>404</html>", None, "Not found"),
    (body({"error": "Not found"}), None, "Not found"),
    (body({"error": "Not found", "code": "FaceListNotFound", "description": "No face list has that name."}),
     "FaceListNotFound", "No face list has that name."),
])
def test_404(content: bytes, code: str | None, message: str) -> None:
    error = error_from_response(404, content)
    assert type(error) is errors.NotFoundError
    assert (error.code, str(error), error.status) == (code, message, 404)


# -- rate limit and credits ---------------------------------------------------------------------------------


def test_the_hourly_limit_with_retry_after() -> None:
    error = error_from_response(400, body({"error": "Maximum number of calls per hour reached"}),
                                {"Retry-After": "1234", "X-RateLimit-Remaining": "0"})
    assert type(error) is errors.RateLimitError
    assert (error.retry_after, error.status) == (1234.0, 400)
    assert str(error) == "Maximum number of calls per hour reached"


@pytest.mark.parametrize(("headers", "retry_after"), [
    (None, None), ({}, None), ({"retry-after": "60"}, 60.0), ({"RETRY-AFTER": "2.5"}, 2.5),
    ({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}, None), ({"Retry-After": ""}, None),
])
def test_retry_after_is_read_case_insensitively_and_tolerantly(headers: dict[str, str] | None,
                                                               retry_after: float | None) -> None:
    error = error_from_response(400, body({"error": "Maximum number of calls per hour reached"}), headers)
    assert isinstance(error, errors.RateLimitError) and error.retry_after == retry_after


def test_429_is_a_rate_limit_even_without_the_guides_message() -> None:
    error = error_from_response(429, b"", {"Retry-After": "30"})
    assert type(error) is errors.RateLimitError
    assert (error.retry_after, error.status) == (30.0, 429) and str(error)


def test_a_sign_in_throttle_is_not_the_hourly_limit() -> None:
    error = error_from_response(429, body({"error": "Too many failed logins", "code": "LoginThrottled",
                                           "description": "Too many failed logins from this address."}),
                                {"Retry-After": "120"})
    assert type(error) is errors.SignInThrottledError
    assert (error.retry_after, error.status) == (120.0, 429) and "Too many failed logins" in str(error)


def test_insufficient_credits() -> None:
    error = error_from_response(400, body({"error": "Insufficient credits"}))
    assert type(error) is errors.InsufficientCreditsError
    assert (str(error), error.status) == ("Insufficient credits", 400)


# -- server errors ------------------------------------------------------------------------------------------


def test_500_with_a_trace_id() -> None:
    error = error_from_response(500, body({"error": "Internal Error", "traceId": "4bf92f3577b34da6"}))
    assert type(error) is errors.ServerError
    assert (error.trace_id, error.status, str(error)) == ("4bf92f3577b34da6", 500, "Internal Error")


@pytest.mark.parametrize("status", [500, 502, 503, 504])
@pytest.mark.parametrize("content", [b"", b"<html><body>Bad Gateway</body></html>", b"null"])
def test_5xx_without_a_json_body(status: int, content: bytes) -> None:
    error = error_from_response(status, content)
    assert type(error) is errors.ServerError
    assert error.trace_id is None and error.status == status and f"HTTP {status}" in str(error)


# -- the hierarchy ------------------------------------------------------------------------------------------


def test_every_error_is_a_face_check_error_and_starts_as_not_landed() -> None:
    made = [
        errors.AuthenticationError("a"), errors.ValidationError("v", []), errors.NotFoundError("n"),
        errors.RateLimitError(), errors.InsufficientCreditsError("c"), errors.ServerError("s"),
        errors.ServiceUnreachableError("u"), errors.RequestTimeoutError("t"), errors.FeatureUnavailableError("f"),
    ]
    assert len({type(error) for error in made}) == len(made)
    for error in made:
        assert isinstance(error, errors.FaceCheckError) and isinstance(error, Exception)
        assert error.may_have_landed is False
    assert str(errors.RateLimitError()) == "Maximum number of calls per hour reached"
    assert errors.NotFoundError("n").code is None and errors.ServerError("s").trace_id is None
    assert errors.ValidationError("v", [FieldError("X", "y")]).codes == ["X"]


def test_the_package_exports_the_errors_module() -> None:
    import facestation.api as api

    assert api.errors is errors
    for name in ("FaceCheckError", "AuthenticationError", "ValidationError", "NotFoundError", "RateLimitError",
                 "InsufficientCreditsError", "ServerError", "ServiceUnreachableError", "RequestTimeoutError"):
        assert issubclass(getattr(errors, name), errors.FaceCheckError)
