"""`POST connect/token`: the OAuth2 password and refresh-token grants of the guide's section 2."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request

from facestation.service import errors, passwords
from facestation.service.context import (
    AUTHENTICATED_RESPONSES,
    Services,
    ServicesDep,
    in_thread,
)
from facestation.service.login_guard import LoginGuard, new_login_guard
from facestation.service.models import ErrorMessageResponse, TokenResponse
from facestation.service.tokens import hash_refresh_token, new_refresh_token
from facestation.store.accounts import UserRow

router = APIRouter(tags=["Authentication"])

OptionalField = Annotated[str | None, Form()]


@router.post(
    "/connect/token",
    response_model=TokenResponse,
    responses={400: {"model": ErrorMessageResponse, "description": "Invalid ClientId, Unsupported grant type, "
                     "Invalid credentials or Invalid ticket"},
               # The guide lists 500 for connect/token too; its body limit is small (8 KB): it holds a form.
               413: {"model": ErrorMessageResponse, "description": "Request body over 8 KB"},
               429: {"model": ErrorMessageResponse, "description": "Too many failed logins from this address "
                     "(Retry-After says when to try again)"},
               500: AUTHENTICATED_RESPONSES[500]},
    summary="Obtain or refresh an access token",
)
async def connect_token(
    request: Request,
    shared: ServicesDep,
    grant_type: OptionalField = None,
    client_id: OptionalField = None,
    client_secret: OptionalField = None,
    username: OptionalField = None,
    password: OptionalField = None,
    refresh_token: OptionalField = None,
) -> TokenResponse:
    """`grant_type=password` (client_id, client_secret, username, password) or `grant_type=refresh_token`
    (client_id, client_secret, refresh_token), form-encoded.

    An address with too many failed logins (wrong client, secret, password or refresh token) in the last
    minutes is answered 429 `Too many failed logins` with Retry-After, before any password is checked."""
    guard = _login_guard(request, shared)
    address = request.client.host if request.client else "unknown"
    _refuse_if_throttled(guard, address)
    if grant_type not in ("password", "refresh_token"):
        raise errors.ErrorMessage(errors.UNSUPPORTED_GRANT_TYPE)
    try:
        client = await in_thread(shared.store.accounts.get_client, client_id or "")
        async with guard.hashing.slot():
            # Checked again once the turn comes: during a flood the address may have failed enough meanwhile.
            _refuse_if_throttled(guard, address)
            secret_ok = await in_thread(passwords.verify_secret, client.secret_hash if client else None,
                                        client_secret or "")
        if client is None or not secret_ok:
            raise errors.ErrorMessage(errors.INVALID_CLIENT)
        if grant_type == "password":
            return await _password_grant(shared, guard, address, client.client_id, username or "", password or "")
        return await in_thread(_refresh_grant, shared, client.client_id, refresh_token or "")
    except errors.ErrorMessage as refused:
        if not isinstance(refused, LoginThrottled):  # a refusal for throttling is not another failed login
            guard.throttle.record_failure(address)
        raise


class LoginThrottled(errors.ErrorMessage):
    def __init__(self, retry_after: int) -> None:
        super().__init__(errors.LOGIN_THROTTLED, status=429, code=errors.LOGIN_THROTTLED_CODE,
                         description=f"Too many failed logins from this address; try again in {retry_after} s.",
                         headers={"Retry-After": str(retry_after)})


def _refuse_if_throttled(guard: LoginGuard, address: str) -> None:
    wait = guard.throttle.retry_after(address)
    if wait is not None:
        raise LoginThrottled(wait)


def _login_guard(request: Request, shared: Services) -> LoginGuard:
    """The app's guard, made on its first login (no await between the look-up and the assignment, so two first
    logins cannot make two)."""
    state = request.app.state
    guard: LoginGuard | None = getattr(state, "login_guard", None)
    if guard is None:
        guard = state.login_guard = new_login_guard(shared.settings, clock=lambda: shared.clock())
    return guard


async def _password_grant(shared: Services, guard: LoginGuard, address: str, client_id: str, username: str,
                          password: str) -> TokenResponse:
    accounts = shared.store.accounts
    settings = shared.settings
    user = await in_thread(accounts.find_user, client_id, username)
    async with guard.hashing.slot():
        _refuse_if_throttled(guard, address)  # before the attempt counts against the user
        now = shared.clock()
        # The attempt is counted as a failure before the password is checked, in one statement that also checks
        # the lock: parallel guesses cannot all pass the check (issue 15 row 9); a right password clears it.
        reserved = user is not None and await in_thread(
            accounts.reserve_login_attempt, user.id, now,
            max_failures=settings.login_max_failures, lockout_seconds=settings.login_lockout_seconds,
        )
        # Unknown or locked users are checked against a dummy hash: the same cost, so timing tells an attacker
        # nothing, and a locked user's real password is never tried.
        valid = await in_thread(passwords.verify_secret, user.password_hash if reserved and user else None, password)
    if not valid or user is None:
        raise errors.ErrorMessage(errors.INVALID_CREDENTIALS)
    return await in_thread(_signed_in, shared, user, now)


def _signed_in(shared: Services, user: UserRow, now: float) -> TokenResponse:
    accounts = shared.store.accounts
    accounts.record_successful_login(user.id)
    refresh = new_refresh_token()
    accounts.store_refresh_token(
        user.id, hash_refresh_token(refresh), issued_at=now, expires_at=now + shared.settings.refresh_token_ttl
    )
    return _token_response(shared, user, refresh, now)


def _refresh_grant(shared: Services, client_id: str, refresh_token: str) -> TokenResponse:
    now = shared.clock()
    user = shared.store.accounts.find_refresh_token(hash_refresh_token(refresh_token), now)
    if user is None or user.client_id != client_id:
        raise errors.ErrorMessage(errors.INVALID_TICKET)
    # The guide: a new access token and the same refresh token.
    return _token_response(shared, user, refresh_token, now)


def _token_response(shared: Services, user: UserRow, refresh_token: str, now: float) -> TokenResponse:
    tokens = shared.tokens
    return TokenResponse(
        token_type="Bearer",
        access_token=tokens.issue_access_token(user_id=user.id, client_id=user.client_id, now=now),
        expires_in=tokens.access_ttl,
        id_token=tokens.issue_id_token(user_id=user.id, username=user.username, client_id=user.client_id, now=now),
        refresh_token=refresh_token,
    )
