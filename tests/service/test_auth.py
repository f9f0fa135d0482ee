"""Authentication over HTTP: the guide's section 2 (password and refresh-token grants and their errors),
access-token verification (expiry, forgeries -> 401 with an empty body), login throttling, and sessions ended
by the administrator (revoke-tokens, delete-user, reset-password)."""

from __future__ import annotations

import base64
import json
import os
import stat
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest

from facestation.service import passwords
from facestation.service.tokens import SIGNING_KEY_FILE_NAME
from tests.service.conftest import (
    LiveService,
    RunningService,
    Tenant,
    assert_unauthorized,
    start_service,
)
from tests.support.clock import ManualClock
from tests.support.ids import fixed_uuid

TOKEN_FIELDS = {"token_type", "access_token", "expires_in", "id_token", "refresh_token"}

# Every endpoint that needs a bearer token (method, path, JSON body). Fixed GUIDs: the paths are in the test ids,
# which must be the same in every pytest-xdist worker.
PROTECTED = [
    ("POST", "/v1/face", {"name": "A", "surname1": "B", "faceImageBase64": "AAAA"}),
    ("PUT", "/v1/face", {"identifier": fixed_uuid("unknown-1"), "name": "A", "surname1": "B"}),
    ("GET", f"/v1/face/{fixed_uuid('unknown-2')}", None),
    ("GET", "/v1/face/externalIdentifier/x", None),
    ("DELETE", f"/v1/face/{fixed_uuid('unknown-3')}", None),
    ("DELETE", "/v1/face/externalIdentifier/x", None),
    ("GET", "/v1/face?search=a", None),
    ("POST", "/v1/face/list", {"name": "L"}),
    ("PUT", "/v1/face/list", {"identifier": fixed_uuid("unknown-4"), "name": "L"}),
    ("GET", "/v1/face/list", None),
    ("GET", f"/v1/face/list/{fixed_uuid('unknown-5')}", None),
    ("DELETE", f"/v1/face/list/{fixed_uuid('unknown-6')}", None),
    ("GET", f"/v1/face/list/{fixed_uuid('unknown-7')}/records", None),
    ("POST", "/v1/face/list/AddFaceRecord",
     {"faceRecordId": fixed_uuid("unknown-8"), "faceListId": fixed_uuid("unknown-9")}),
    ("POST", "/v1/face/list/RemoveFaceRecord",
     {"faceRecordId": fixed_uuid("unknown-10"), "faceListId": fixed_uuid("unknown-11")}),
    ("POST", "/v1/face/identifyRecord", {"faceImageBase64": "AAAA", "faceRecordIdentifier": fixed_uuid("unknown-12")}),
    ("POST", "/v1/face/identifyReferenceImage", {"faceImageBase64": "AAAA", "referenceImageBase64": "AAAA"}),
    ("POST", "/v1/face/list/identify", {"faceImageBase64": "AAAA", "faceListId": fixed_uuid("unknown-13")}),
]


def token_request(http: httpx.Client, **form: str) -> httpx.Response:
    return http.post("/connect/token", data=form)


def password_form(tenant: Tenant, **overrides: str) -> dict[str, str]:
    return {"grant_type": "password", "client_id": tenant.client_id, "client_secret": tenant.client_secret,
            "username": tenant.username, "password": tenant.password, **overrides}


def refresh_form(tenant: Tenant, refresh_token: str, **overrides: str) -> dict[str, str]:
    return {"grant_type": "refresh_token", "client_id": tenant.client_id, "client_secret": tenant.client_secret,
            "refresh_token": refresh_token, **overrides}


def assert_token_error(response: httpx.Response, message: str) -> None:
    assert response.status_code == 400, response.text
    assert response.json() == {"error": message}


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def calls_work(http: httpx.Client, token: str) -> bool:
    response = http.get("/v1/face/list", headers=bearer(token))
    if response.status_code == 401:
        assert response.content == b""
        return False
    assert response.status_code == 200, response.text
    return True


@pytest.fixture()
def fresh(service: RunningService) -> Iterator[Tenant]:
    """A tenant that has not signed in yet."""
    created = service.new_tenant(sign_in=False)
    yield created
    created.http.close()


@pytest.fixture(scope="module")
def short_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveService]:
    """Access tokens for 2 s, refresh tokens for 4 s; 3 wrong passwords lock a user out for 2 s. Its clock is a
    `ManualClock`: the tests move time past an expiry instead of sleeping it out."""
    live = start_service(tmp_path_factory.mktemp("short-lived"), clock=ManualClock(), engine_workers=1,
                         access_token_ttl=2, refresh_token_ttl=4, login_max_failures=3, login_lockout_seconds=2.0)
    yield live
    live.stop()


# -- grants ------------------------------------------------------------------------------------------------


def test_password_grant_answers_the_authorization_object(fresh: Tenant, service: RunningService) -> None:
    response = token_request(fresh.http, **password_form(fresh))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == TOKEN_FIELDS
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == service.settings.access_token_ttl == 3600
    assert body["refresh_token"] and body["id_token"]
    header = jwt.get_unverified_header(body["access_token"])
    assert header["alg"] == "HS256"
    claims = jwt.decode(body["access_token"], options={"verify_signature": False})
    assert {"iss", "aud", "sub", "exp", "iat", "jti", "client_id", "tenant"} <= set(claims)
    assert claims["client_id"] == claims["tenant"] == fresh.client_id
    assert 3600 <= claims["exp"] - claims["iat"] < 3601  # at least the lifetime the answer gives, never less
    assert calls_work(fresh.http, body["access_token"])


def test_refresh_grant_returns_a_new_access_token_and_the_same_refresh_token(fresh: Tenant) -> None:
    first = token_request(fresh.http, **password_form(fresh)).json()
    for _ in range(2):  # the refresh token is not rotated: it can be used again
        response = token_request(fresh.http, **refresh_form(fresh, first["refresh_token"]))
        assert response.status_code == 200, response.text
        refreshed = response.json()
        assert set(refreshed) == TOKEN_FIELDS
        assert refreshed["refresh_token"] == first["refresh_token"]
        assert refreshed["access_token"] != first["access_token"]
        assert refreshed["token_type"] == "Bearer" and refreshed["expires_in"] == first["expires_in"]
        assert calls_work(fresh.http, refreshed["access_token"])
    assert calls_work(fresh.http, first["access_token"])  # the earlier access token lives until it expires


@pytest.mark.parametrize("grant", ["password", "refresh_token"])
@pytest.mark.parametrize("change", ["unknown-client", "wrong-secret", "no-client", "no-secret"])
def test_invalid_client_id(fresh: Tenant, grant: str, change: str) -> None:
    form = password_form(fresh) if grant == "password" else refresh_form(fresh, "anything")
    if change == "unknown-client":
        form["client_id"] = "no-such-client"
    elif change == "wrong-secret":
        form["client_secret"] = "wrong"
    elif change == "no-client":
        del form["client_id"]
    else:
        del form["client_secret"]
    assert_token_error(token_request(fresh.http, **form), "Invalid ClientId")


@pytest.mark.parametrize("grant_type", ["client_credentials", "authorization_code", "", None])
def test_unsupported_grant_type(fresh: Tenant, grant_type: str | None) -> None:
    form = password_form(fresh)
    if grant_type is None:
        del form["grant_type"]
    else:
        form["grant_type"] = grant_type
    assert_token_error(token_request(fresh.http, **form), "Unsupported grant type")


def test_invalid_credentials(fresh: Tenant, service: RunningService) -> None:
    other = service.new_tenant(sign_in=False)
    try:
        for overrides in ({"password": "wrong"}, {"password": ""}, {"username": "nobody"}, {"username": ""},
                          # a real user of another client, with that user's right password
                          {"username": other.username, "password": other.password}):
            assert_token_error(token_request(fresh.http, **password_form(fresh, **overrides)), "Invalid credentials")
    finally:
        other.http.close()
    assert token_request(fresh.http, **password_form(fresh)).status_code == 200  # not locked by 4 failures


def test_invalid_ticket(fresh: Tenant, service: RunningService) -> None:
    other = service.new_tenant()
    try:
        for refresh_token in ("unknown", "", other.token["refresh_token"]):  # the last: another client's token
            assert_token_error(token_request(fresh.http, **refresh_form(fresh, refresh_token)), "Invalid ticket")
        form = refresh_form(fresh, "x")
        del form["refresh_token"]
        assert_token_error(token_request(fresh.http, **form), "Invalid ticket")
    finally:
        other.http.close()


def test_a_json_body_is_not_a_token_request(fresh: Tenant) -> None:
    """connect/token takes application/x-www-form-urlencoded, as the guide says; JSON carries no grant."""
    response = fresh.http.post("/connect/token", json=password_form(fresh))
    assert response.status_code == 400
    assert "error" in response.json()


# -- access tokens -----------------------------------------------------------------------------------------


def test_access_and_refresh_tokens_expire(short_service: LiveService) -> None:
    clock = short_service.clock
    assert isinstance(clock, ManualClock)
    tenant = short_service.new_tenant()
    signed_in_at = clock()
    try:
        assert tenant.token["expires_in"] == 2
        access = tenant.token["access_token"]
        assert calls_work(tenant.http, access)
        expires_at = jwt.decode(access, options={"verify_signature": False})["exp"]
        clock.advance(max(0.0, expires_at - clock()) + 0.3)
        assert not calls_work(tenant.http, access)
        refreshed = token_request(tenant.http, **refresh_form(tenant, tenant.token["refresh_token"]))
        assert refreshed.status_code == 200, refreshed.text
        assert calls_work(tenant.http, refreshed.json()["access_token"])
        # Refreshing does not extend the refresh token: it ends refresh_token_ttl after the sign-in.
        clock.advance(max(0.0, signed_in_at + short_service.settings.refresh_token_ttl - clock()) + 0.3)
        assert_token_error(token_request(tenant.http, **refresh_form(tenant, tenant.token["refresh_token"])),
                           "Invalid ticket")
    finally:
        tenant.http.close()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unsigned(header: dict[str, Any], claims: dict[str, Any], signature: str = "") -> str:
    return ".".join([b64url(json.dumps(header).encode()), b64url(json.dumps(claims).encode()), signature])


@pytest.fixture()
def forgery_kit(tenant: Tenant, service: RunningService) -> dict[str, Any]:
    """The real signing key and the claims of the tenant's real access token, to forge variations from."""
    key = service.signing_key()
    claims = jwt.decode(tenant.token["access_token"], options={"verify_signature": False})
    return {"key": key, "claims": claims}


def forged_tokens(kit: dict[str, Any], tenant: Tenant, other: Tenant) -> dict[str, str]:
    key, claims = kit["key"], kit["claims"]
    now = int(time.time())
    real = tenant.token["access_token"]
    head, payload, signature = real.split(".")
    other_claims = jwt.decode(other.token["access_token"], options={"verify_signature": False})
    tampered_payload = b64url(json.dumps({**claims, "sub": other_claims["sub"]}).encode())
    without = {name: {k: v for k, v in claims.items() if k != name} for name in ("jti", "exp", "aud", "iss")}
    return {
        "another-key": jwt.encode(claims, b"k" * 64, algorithm="HS256"),
        "alg-none": unsigned({"alg": "none", "typ": "JWT"}, claims),
        "alg-none-with-real-signature": unsigned({"alg": "none", "typ": "JWT"}, claims, signature),
        "alg-hs512-with-the-real-key": jwt.encode(claims, key, algorithm="HS512"),
        "wrong-audience": jwt.encode({**claims, "aud": "another-api"}, key, algorithm="HS256"),
        "wrong-issuer": jwt.encode({**claims, "iss": "someone-else"}, key, algorithm="HS256"),
        "expired": jwt.encode({**claims, "iat": now - 7200, "exp": now - 3600}, key, algorithm="HS256"),
        "just-expired": jwt.encode({**claims, "exp": now - 1}, key, algorithm="HS256"),
        "no-jti": jwt.encode(without["jti"], key, algorithm="HS256"),
        "no-exp": jwt.encode(without["exp"], key, algorithm="HS256"),
        "no-aud": jwt.encode(without["aud"], key, algorithm="HS256"),
        "no-iss": jwt.encode(without["iss"], key, algorithm="HS256"),
        "tampered-payload": f"{head}.{tampered_payload}.{signature}",
        "truncated-signature": real[:-4],
        "id-token": tenant.token["id_token"],
        "refresh-token": tenant.token["refresh_token"],
        "user-of-another-client": jwt.encode({**claims, "client_id": other.client_id, "tenant": other.client_id},
                                             key, algorithm="HS256"),
        "unknown-user": jwt.encode({**claims, "sub": "999999999"}, key, algorithm="HS256"),
        "garbage": "not-a-jwt",
    }


def test_forged_and_foreign_tokens_get_401_with_an_empty_body(
    tenant: Tenant, service: RunningService, forgery_kit: dict[str, Any]
) -> None:
    other = service.new_tenant()
    try:
        tokens = forged_tokens(forgery_kit, tenant, other)
        # The control: the kit itself produces a token the service accepts.
        control = jwt.encode(forgery_kit["claims"], forgery_kit["key"], algorithm="HS256")
        assert calls_work(tenant.http, control)
        accepted = [name for name, token in tokens.items() if calls_work(tenant.http, token)]
        assert accepted == []
    finally:
        other.http.close()


def test_a_token_from_a_service_whose_clock_runs_ahead_is_accepted(
    tenant: Tenant, forgery_kit: dict[str, Any]
) -> None:
    """Issued "in the future" by two minutes (another service process with a clock ahead): still valid."""
    now = int(time.time())
    ahead = jwt.encode({**forgery_kit["claims"], "iat": now + 120, "exp": now + 3720}, forgery_kit["key"],
                       algorithm="HS256")
    assert calls_work(tenant.http, ahead)


@pytest.mark.parametrize("authorization", [None, "", "Bearer", "Basic dXNlcjpwYXNz", "Token abc"])
def test_requests_without_a_bearer_token_get_401(tenant: Tenant, authorization: str | None) -> None:
    with httpx.Client(base_url=str(tenant.http.base_url), timeout=30) as http:
        headers = {} if authorization is None else {"Authorization": authorization}
        response = http.get("/v1/face/list", headers=headers)
        assert_unauthorized(response)
        assert response.headers.get("www-authenticate", "").lower().startswith("bearer")


@pytest.mark.parametrize(("method", "path", "body"), PROTECTED, ids=[f"{m} {p}" for m, p, _ in PROTECTED])
def test_every_api_endpoint_needs_a_valid_token(
    service: RunningService, method: str, path: str, body: dict[str, Any] | None
) -> None:
    with service.client() as http:
        assert_unauthorized(http.request(method, path, json=body))
        assert_unauthorized(http.request(method, path, json=body, headers=bearer("not-a-jwt")))


@pytest.mark.parametrize(("method", "path"), [(m, p) for m, p, body in PROTECTED if body is not None],
                         ids=[f"{m} {p}" for m, p, body in PROTECTED if body is not None])
def test_a_body_that_is_not_json_does_not_skip_authentication(service: RunningService, method: str, path: str) -> None:
    """The token is checked before the body is looked at: no 400 "Invalid content" for strangers."""
    with service.client() as http:
        response = http.request(method, path, content=b'{"name": broken', headers={"Content-Type": "application/json"})
        assert_unauthorized(response)


def test_health_and_the_token_endpoint_need_no_token(service: RunningService) -> None:
    with service.client() as http:
        health = http.get("/health")
        assert health.status_code == 200
        assert health.json()["status"] == "ok" and health.json()["version"]
        assert token_request(http, grant_type="password").status_code == 400  # an answer, not a 401


def test_the_signing_key_is_readable_by_its_owner_only(in_process: LiveService) -> None:
    path: Path = in_process.settings.data_dir / SIGNING_KEY_FILE_NAME
    mode = stat.S_IMODE(os.stat(path).st_mode)
    assert mode & 0o077 == 0, oct(mode)
    assert len(path.read_bytes()) >= 32


# -- login throttling --------------------------------------------------------------------------------------


def test_repeated_failed_logins_lock_the_user_out_for_a_while(short_service: LiveService) -> None:
    clock = short_service.clock
    assert isinstance(clock, ManualClock)
    tenant = short_service.new_tenant(sign_in=False)
    neighbour = "neighbour"
    short_service.store.accounts.create_user(tenant.client_id, neighbour, passwords.hash_secret("pw"), time.time())
    try:
        http = tenant.http
        for _ in range(short_service.settings.login_max_failures):
            assert_token_error(token_request(http, **password_form(tenant, password="wrong")), "Invalid credentials")
        locked_at = clock()
        # Locked: the right password gets the same answer as a wrong one.
        assert_token_error(token_request(http, **password_form(tenant)), "Invalid credentials")
        # Only that user is locked.
        assert token_request(http, **password_form(tenant, username=neighbour, password="pw")).status_code == 200
        clock.advance(max(0.0, locked_at + short_service.settings.login_lockout_seconds - clock()) + 0.3)
        response = token_request(http, **password_form(tenant))
        assert response.status_code == 200, response.text
    finally:
        tenant.http.close()


def test_a_successful_login_resets_the_failure_count(short_service: LiveService) -> None:
    tenant = short_service.new_tenant(sign_in=False)
    try:
        for _ in range(2):
            for _ in range(short_service.settings.login_max_failures - 1):
                assert_token_error(token_request(tenant.http, **password_form(tenant, password="x")),
                                   "Invalid credentials")
            assert token_request(tenant.http, **password_form(tenant)).status_code == 200
    finally:
        tenant.http.close()


# -- sessions ended by the administrator -------------------------------------------------------------------


def test_revoke_tokens_ends_the_users_sessions(tenant: Tenant, service: RunningService) -> None:
    access, refresh = tenant.token["access_token"], tenant.token["refresh_token"]
    assert calls_work(tenant.http, access)
    assert service.store.accounts.revoke_tokens(tenant.client_id, tenant.username, time.time()) == 1
    assert not calls_work(tenant.http, access)
    assert_token_error(token_request(tenant.http, **refresh_form(tenant, refresh)), "Invalid ticket")
    # Signing in again opens a new session.
    assert calls_work(tenant.http, tenant.sign_in()["access_token"])


def test_revoke_tokens_of_a_whole_client(tenant: Tenant, service: RunningService) -> None:
    service.store.accounts.create_user(tenant.client_id, "second", passwords.hash_secret("pw2"), time.time())
    second = token_request(tenant.http, **password_form(tenant, username="second", password="pw2")).json()
    assert service.store.accounts.revoke_tokens(tenant.client_id, None, time.time()) == 2
    for token in (tenant.token["access_token"], second["access_token"]):
        assert not calls_work(tenant.http, token)


def test_a_deleted_user_is_locked_out(tenant: Tenant, service: RunningService) -> None:
    service.store.accounts.delete_user(tenant.client_id, tenant.username)
    assert not calls_work(tenant.http, tenant.token["access_token"])
    assert_token_error(token_request(tenant.http, **password_form(tenant)), "Invalid credentials")
    assert_token_error(token_request(tenant.http, **refresh_form(tenant, tenant.token["refresh_token"])),
                       "Invalid ticket")


def test_a_password_reset_ends_sessions_and_the_old_password(tenant: Tenant, service: RunningService) -> None:
    service.store.accounts.set_password(tenant.client_id, tenant.username, passwords.hash_secret("new pw"),
                                        time.time())
    assert not calls_work(tenant.http, tenant.token["access_token"])
    assert_token_error(token_request(tenant.http, **password_form(tenant)), "Invalid credentials")
    response = token_request(tenant.http, **password_form(tenant, password="new pw"))
    assert response.status_code == 200
    assert calls_work(tenant.http, response.json()["access_token"])
