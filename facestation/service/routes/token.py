"""`POST connect/token`: the OAuth2 password and refresh-token grants of the guide's section 2."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form

from facestation.service import errors, passwords
from facestation.service.context import AUTHENTICATED_RESPONSES, Services, ServicesDep, in_thread
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
               # The guide lists 500 for connect/token too; the body limit applies here as everywhere.
               413: AUTHENTICATED_RESPONSES[413], 500: AUTHENTICATED_RESPONSES[500]},
    summary="Obtain or refresh an access token",
)
async def connect_token(
    shared: ServicesDep,
    grant_type: OptionalField = None,
    client_id: OptionalField = None,
    client_secret: OptionalField = None,
    username: OptionalField = None,
    password: OptionalField = None,
    refresh_token: OptionalField = None,
) -> TokenResponse:
    """`grant_type=password` (client_id, client_secret, username, password) or `grant_type=refresh_token`
    (client_id, client_secret, refresh_token), form-encoded."""
    if grant_type not in ("password", "refresh_token"):
        raise errors.ErrorMessage(errors.UNSUPPORTED_GRANT_TYPE)
    client = await in_thread(shared.store.accounts.get_client, client_id or "")
    secret_ok = await in_thread(passwords.verify_secret, client.secret_hash if client else None, client_secret or "")
    if client is None or not secret_ok:
        raise errors.ErrorMessage(errors.INVALID_CLIENT)
    if grant_type == "password":
        return await in_thread(_password_grant, shared, client.client_id, username or "", password or "")
    return await in_thread(_refresh_grant, shared, client.client_id, refresh_token or "")


def _password_grant(shared: Services, client_id: str, username: str, password: str) -> TokenResponse:
    accounts = shared.store.accounts
    now = shared.clock()
    user = accounts.find_user(client_id, username)
    locked = user is not None and user.locked_until is not None and user.locked_until > now
    # Verify even when the user is unknown or locked out, so timing tells an attacker nothing.
    valid = passwords.verify_secret(user.password_hash if user else None, password)
    if user is None or locked or not valid:
        if user is not None and not locked:
            settings = shared.settings
            accounts.record_failed_login(
                user.id, now, max_failures=settings.login_max_failures, lockout_seconds=settings.login_lockout_seconds
            )
        raise errors.ErrorMessage(errors.INVALID_CREDENTIALS)
    if user.failed_logins or user.locked_until is not None:
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
