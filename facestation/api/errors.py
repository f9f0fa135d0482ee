"""Every failure the FaceCheck client reports: one hierarchy, mapped from status code and body in one function.

Catch `FaceCheckError` for "anything went wrong"; the subclasses say what the caller (or the operator) can do:

    FaceCheckError
    ├── AuthenticationError        sign in again (wrong credentials, refresh refused, token revoked)
    ├── ValidationError            fix the request; `.errors` lists the service's {code, description}
    ├── NotFoundError              the record or list does not exist (or belongs to another tenant)
    ├── RateLimitError             the hourly call budget is used up; `.retry_after` seconds
    ├── SignInThrottledError       too many failed sign-ins from this address; `.retry_after` seconds
    ├── InsufficientCreditsError   the client has no identification credits left
    ├── ServerError                the service failed (5xx); `.trace_id` for its log
    ├── ServiceUnreachableError    no connection (network down, service not running, connection reset)
    ├── RequestTimeoutError        the service did not answer in time
    └── FeatureUnavailableError    the server lacks a local-service extension (the hosted service has none)

`may_have_landed` is True when the request may have reached the service before the failure (a timeout or a
reset after sending): a create may then exist although the call failed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Final

from facestation.api.codes import ErrorCode

# The guide's messages, as the hosted and the local service send them.
RATE_LIMIT_MESSAGE: Final = "Maximum number of calls per hour reached"
INSUFFICIENT_CREDITS_MESSAGE: Final = "Insufficient credits"
# The local service's 429 to an address after many failed sign-ins (not the hourly budget: the budget is untouched).
SIGN_IN_THROTTLED_CODE: Final = ErrorCode.LOGIN_THROTTLED
_AUTHENTICATION_MESSAGES: Final = frozenset({"Invalid ClientId", "Invalid credentials", "Invalid ticket",
                                             "Unsupported grant type"})


@dataclass(frozen=True)
class FieldError:
    """One entry of a create/update response's `errors` list (or the code of an `Invalid content` answer)."""

    code: str
    description: str


class FaceCheckError(Exception):
    """Base of every error the client raises. `status` is the HTTP status when there was an answer."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.may_have_landed = False


class AuthenticationError(FaceCheckError):
    """The operator must sign in (again): bad client or user credentials, or the session ended."""


class ValidationError(FaceCheckError):
    """The service refused the request's content; `errors` says what to fix, one entry per problem."""

    def __init__(self, message: str, errors: list[FieldError], *, status: int | None = 400) -> None:
        super().__init__(message, status=status)
        self.errors = errors

    @property
    def codes(self) -> list[str]:
        return [error.code for error in self.errors]


class NotFoundError(FaceCheckError):
    """The addressed face record or face list does not exist for this client."""

    def __init__(self, message: str, *, code: str | None = None, status: int | None = 404) -> None:
        super().__init__(message, status=status)
        self.code = code


class RateLimitError(FaceCheckError):
    """The calls-per-hour budget is spent; raised by the service, or by the client before sending."""

    def __init__(self, message: str = RATE_LIMIT_MESSAGE, *, retry_after: float | None = None,
                 status: int | None = 400) -> None:
        super().__init__(message, status=status)
        self.retry_after = retry_after


class SignInThrottledError(FaceCheckError):
    """Too many failed sign-ins came from this address: the service refuses sign-ins from it for `retry_after`
    seconds. Other calls and the hourly budget are not affected."""

    def __init__(self, message: str, *, retry_after: float | None = None, status: int | None = 429) -> None:
        super().__init__(message, status=status)
        self.retry_after = retry_after


class InsufficientCreditsError(FaceCheckError):
    """The API client has no identification credits left."""


class ServerError(FaceCheckError):
    """The service failed; `trace_id` finds the failure in its log (the local service sends one)."""

    def __init__(self, message: str, *, trace_id: str | None = None, status: int | None = 500) -> None:
        super().__init__(message, status=status)
        self.trace_id = trace_id


class ServiceUnreachableError(FaceCheckError):
    """No answer at all: the network is down, the address is wrong, the service is not running or reset."""


class RequestTimeoutError(FaceCheckError):
    """The service took longer than the client's timeout to answer."""


class FeatureUnavailableError(FaceCheckError):
    """The server does not have this extension of the local service (record search, list members, ...)."""


def error_from_response(status: int, body: bytes, headers: dict[str, str] | None = None) -> FaceCheckError:
    """The one mapping from an unsuccessful HTTP answer to the error it means."""
    headers = {key.lower(): value for key, value in (headers or {}).items()}
    payload = _json_object(body)
    message = str(payload.get("error") or "")
    code = payload.get("code")
    description = payload.get("description")
    field_errors = _field_errors(payload)

    if status == 401:
        return AuthenticationError("Your session has ended: sign in again.", status=status)
    if status == 404:
        return NotFoundError(str(description or message or "Not found"), code=code, status=status)
    if status == 413:
        return ValidationError(str(description or message or "The request is too large."),
                               [FieldError(str(code or "RequestTooLarge"), str(description or message))],
                               status=status)
    if status == 429 and code == SIGN_IN_THROTTLED_CODE:
        return SignInThrottledError(str(description or message), retry_after=_retry_after(headers), status=status)
    if status in (429,) or message == RATE_LIMIT_MESSAGE:
        return RateLimitError(message or RATE_LIMIT_MESSAGE, retry_after=_retry_after(headers), status=status)
    if message == INSUFFICIENT_CREDITS_MESSAGE:
        return InsufficientCreditsError(message, status=status)
    if status == 400 and message in _AUTHENTICATION_MESSAGES:
        return AuthenticationError(message, status=status)
    if status >= 500:
        return ServerError(message or f"The service failed (HTTP {status}).", trace_id=payload.get("traceId"),
                           status=status)
    if field_errors:
        summary = "; ".join(error.description or error.code for error in field_errors)
        return ValidationError(summary, field_errors, status=status)
    if code:
        return ValidationError(str(description or message), [FieldError(str(code), str(description or message))],
                               status=status)
    return ValidationError(message or f"The service refused the request (HTTP {status}).", [], status=status)


def _json_object(body: bytes) -> dict[str, Any]:
    try:
        decoded = json.loads(body) if body else {}
    except (ValueError, UnicodeDecodeError):
        return {}
    return decoded if isinstance(decoded, dict) else {}


def _field_errors(payload: dict[str, Any]) -> list[FieldError]:
    items = payload.get("errors")
    if not isinstance(items, list):
        return []
    # `or ""`: a null code or description must not reach the operator as the text "None".
    return [FieldError(str(item.get("code") or ""), str(item.get("description") or ""))
            for item in items if isinstance(item, dict)]


def _retry_after(headers: dict[str, str]) -> float | None:
    try:
        return float(headers["retry-after"])
    except (KeyError, ValueError):
        return None
