"""Access tokens (signed JWTs) and refresh tokens (random, stored hashed).

The signing key is created once per installation, so tokens of one installation mean nothing to another and
survive restarts. With the embedded SQLite database it lives in the data dir, in a file only its owner can
read. With PostgreSQL, several service processes (often on several machines, each with its own data dir) serve
one installation, and a token issued by one must verify on all: the key lives in the database, created by the
first process that starts. The verifier accepts exactly one algorithm:
`alg: none` and algorithm-confusion tokens fail like any forgery.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

import jwt

if TYPE_CHECKING:
    from facestation.store import Store

ALGORITHM: Final = "HS256"
SIGNING_KEY_FILE_NAME: Final = "jwt-signing.key"
SIGNING_KEY_SECRET_NAME: Final = "jwt-signing-key"  # its name in the database (service_secrets)
_KEY_BYTES: Final = 64


@dataclass(frozen=True)
class AccessClaims:
    """What a verified access token says about its bearer."""

    user_id: int
    client_id: str
    tenant: str
    issued_at: float
    expires_at: float


class InvalidTokenError(Exception):
    """The token is missing, malformed, forged, expired or meant for someone else."""


def load_or_create_signing_key(data_dir: Path, store: Store | None = None) -> bytes:
    """The installation's signing key: from the database when `store` is a shared (PostgreSQL) one, else the
    data dir's key file. Blocking (file and database access): call it off the event loop."""
    if store is not None and store.engine.dialect.name != "sqlite":
        return _shared_signing_key(data_dir, store)
    return _file_signing_key(data_dir)


def _shared_signing_key(data_dir: Path, store: Store) -> bytes:
    # A data dir that already has a key (a site moving from SQLite to PostgreSQL) offers it, so sessions opened
    # before the move stay valid; a process that finds a key in the database uses that one.
    try:
        candidate = (data_dir / SIGNING_KEY_FILE_NAME).read_bytes()
    except OSError:
        candidate = secrets.token_bytes(_KEY_BYTES)
    return store.accounts.shared_secret(SIGNING_KEY_SECRET_NAME, candidate, time.time())


def _file_signing_key(data_dir: Path) -> bytes:
    path = data_dir / SIGNING_KEY_FILE_NAME
    try:
        return path.read_bytes()
    except FileNotFoundError:
        pass
    data_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(_KEY_BYTES)
    # O_EXCL: when two processes start together, exactly one creates the key and both then read that one.
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_bytes()
    with os.fdopen(descriptor, "wb") as file:
        file.write(key)
    return key


class TokenIssuer:
    def __init__(self, key: bytes, *, issuer: str, audience: str, access_ttl: int) -> None:
        self._key = key
        self._issuer = issuer
        self._audience = audience
        self.access_ttl = access_ttl

    def issue_access_token(self, *, user_id: int, client_id: str, now: float) -> str:
        claims = {
            "iss": self._issuer,
            "aud": self._audience,
            "sub": str(user_id),
            # Sub-second precision: a session ended by `admin revoke-tokens` at 10.9 s must not keep a token
            # issued at 10.2 s, nor refuse one issued at 10.95 s.
            "iat": now,
            "exp": int(now) + self.access_ttl,
            "jti": uuid.uuid4().hex,
            "client_id": client_id,
            "tenant": client_id,
        }
        return jwt.encode(claims, self._key, algorithm=ALGORITHM)

    def issue_id_token(self, *, user_id: int, username: str, client_id: str, now: float) -> str:
        """An OpenID-style identity token: who signed in, for the client's display; not an API credential."""
        claims = {
            "iss": self._issuer,
            "aud": client_id,
            "sub": str(user_id),
            "iat": int(now),
            "exp": int(now) + self.access_ttl,
            "preferred_username": username,
        }
        return jwt.encode(claims, self._key, algorithm=ALGORITHM)

    def verify_access_token(self, token: str) -> AccessClaims:
        try:
            claims = jwt.decode(
                token,
                self._key,
                algorithms=[ALGORITHM],
                audience=self._audience,
                issuer=self._issuer,
                # Not "issued in the future": with several service processes, the one that issued the token may
                # run a little ahead of this one, and the operator would be signed out for a clock. Expiry counts.
                options={"require": ["iss", "aud", "sub", "exp", "iat", "jti"], "verify_iat": False},
            )
            return AccessClaims(
                user_id=int(claims["sub"]),
                client_id=str(claims["client_id"]),
                tenant=str(claims["tenant"]),
                issued_at=float(claims["iat"]),
                expires_at=float(claims["exp"]),
            )
        except (jwt.PyJWTError, KeyError, ValueError, TypeError) as error:
            raise InvalidTokenError(str(error)) from error


def new_refresh_token() -> str:
    return secrets.token_urlsafe(32)


def hash_refresh_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
