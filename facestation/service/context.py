"""What every route needs: the service's shared parts, the authenticated caller, and database calls off the loop."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated, Any, ParamSpec, TypeVar

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from facestation.service import errors
from facestation.service.engine import RecognitionEngine
from facestation.service.galleries import GalleryCache
from facestation.service.models import ErrorMessageResponse, InternalErrorResponse
from facestation.service.settings import ServiceSettings
from facestation.service.tokens import InvalidTokenError, TokenIssuer
from facestation.store import Store
from facestation.store.accounts import CallCount

P = ParamSpec("P")
T = TypeVar("T")


@dataclass
class Services:
    settings: ServiceSettings
    store: Store
    tokens: TokenIssuer
    engine: RecognitionEngine
    galleries: GalleryCache = field(default_factory=GalleryCache)
    clock: Callable[[], float] = time.time


@dataclass(frozen=True)
class Caller:
    """The authenticated user of a request; `tenant` scopes everything it can see."""

    user_id: int
    client_id: str
    tenant: str


def services(request: Request) -> Services:
    return request.app.state.services  # type: ignore[no-any-return]


async def in_thread(function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """Run a blocking (database) call in the thread pool, so the event loop keeps serving."""
    return await run_in_threadpool(function, *args, **kwargs)


_bearer = HTTPBearer(auto_error=False, description="The access_token from connect/token")


async def authenticated_caller(
    request: Request,
    shared: Annotated[Services, Depends(services)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Caller:
    """Verify the bearer token and count the call against the user's hourly limit."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise errors.Unauthorized()
    try:
        claims = shared.tokens.verify_access_token(credentials.credentials)
    except InvalidTokenError:
        raise errors.Unauthorized() from None
    now = shared.clock()
    if claims.expires_at <= now:  # the service's clock decides, not only the library's
        raise errors.Unauthorized()
    count = await in_thread(_check_user_and_count, shared, claims.user_id, claims.client_id, claims.issued_at, now)
    if count is None:
        raise errors.Unauthorized()
    request.state.rate_limit = count
    if not count.allowed:
        raise errors.ErrorMessage(errors.RATE_LIMITED, headers={"Retry-After": str(math.ceil(count.retry_after))})
    return Caller(user_id=claims.user_id, client_id=claims.client_id, tenant=claims.tenant)


async def authenticate(request: Request) -> Caller:
    """`authenticated_caller` outside dependency injection (see the invalid-request handler in `app`)."""
    return await authenticated_caller(request, services(request), await _bearer(request))


def _check_user_and_count(
    shared: Services, user_id: int, client_id: str, issued_at: float, now: float
) -> CallCount | None:
    user = shared.store.accounts.get_user(user_id)
    # A deleted user, a token of another client, or a session ended by revoke-tokens / reset-password.
    if user is None or user.client_id != client_id or issued_at < user.tokens_valid_after:
        return None
    return shared.store.accounts.count_call(user_id, now, limit=shared.settings.rate_limit_per_hour)


# Documented on every authenticated route, so the OpenAPI document shows what the service really answers.
AUTHENTICATED_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorMessageResponse, "description": "Maximum number of calls per hour reached (and the "
          "route's own 400s)"},
    401: {"description": "Unauthorized: missing, invalid, expired or revoked access token (empty body)"},
    413: {"model": ErrorMessageResponse, "description": "Request body over the size limit (20 MB by default)"},
    500: {"model": InternalErrorResponse, "description": "Internal Error, with a trace id for the service log"},
}

CallerDep = Annotated[Caller, Depends(authenticated_caller)]
ServicesDep = Annotated[Services, Depends(services)]
