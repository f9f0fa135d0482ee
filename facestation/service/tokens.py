"""Access tokens (signed JWTs) and refresh tokens (random, stored hashed).

The signing key is created once per installation, so tokens of one installation mean nothing to another and
survive restarts. With the embedded SQLite database it lives in the data dir, in a file only its owner can
read. With PostgreSQL, several service processes (often on several machines, each with its own data dir) serve
one installation, and a token issued by one must verify on all: the key lives in the database, created by the
first process that starts. The verifier accepts exactly one algorithm:
`alg: none` and algorithm-confusion tokens fail like any forgery.

The key file is written atomically and durably (a crash leaves no key or the whole key), and a key shorter
than 32 bytes, in the file or in the database, is replaced at start with a warning in the log: it can only be
the remains of a crash or tampering, and would let anyone forge tokens.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import math
import os
import secrets
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

import jwt

from facestation.files import write_atomically
from facestation.private_files import make_private_dir

if TYPE_CHECKING:
    from facestation.store import Store

ALGORITHM: Final = "HS256"
SIGNING_KEY_FILE_NAME: Final = "jwt-signing.key"
SIGNING_KEY_SECRET_NAME: Final = "jwt-signing-key"  # its name in the database (service_secrets)
_KEY_BYTES: Final = 64
# HS256 needs a key at least as long as its 256-bit hash (RFC 7518, section 3.2); anything shorter found in the
# file or the database is not a key this installation made (a crash while writing it, or tampering).
MIN_KEY_BYTES: Final = 32
_LOCK_FILE_NAME: Final = f"{SIGNING_KEY_FILE_NAME}.lock"

logger = logging.getLogger(__name__)


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
    # A data dir that already has a sound key (a site moving from SQLite to PostgreSQL) offers it, so sessions
    # opened before the move stay valid; a process that finds a key in the database uses that one.
    candidate = _read_key(data_dir / SIGNING_KEY_FILE_NAME)
    if candidate is None or len(candidate) < MIN_KEY_BYTES:
        candidate = secrets.token_bytes(_KEY_BYTES)
    key = store.accounts.shared_secret(SIGNING_KEY_SECRET_NAME, candidate, time.time())
    if len(key) >= MIN_KEY_BYTES:
        return key
    # Only tampering (or a version that offered a short key file) stores a short key. Replaced only if it is
    # still the short one: processes starting together all end up with the first replacement.
    logger.warning(
        "The token signing key stored in the database (service_secrets) is too short (%d bytes; at least %d are "
        "needed): a new key replaces it. Tokens signed with the old one no longer work; users sign in again.",
        len(key), MIN_KEY_BYTES,
    )
    return store.accounts.replace_shared_secret(
        SIGNING_KEY_SECRET_NAME, key, secrets.token_bytes(_KEY_BYTES), time.time()
    )


def _file_signing_key(data_dir: Path) -> bytes:
    path = data_dir / SIGNING_KEY_FILE_NAME
    key = _read_key(path)
    if key is not None and len(key) >= MIN_KEY_BYTES:
        return key
    make_private_dir(data_dir)
    # Under a lock: when two processes start together, exactly one creates (or replaces) the key and the other
    # then reads that one, so both sign with the key that is on disk.
    with _key_lock(data_dir):
        key = _read_key(path)
        if key is not None and len(key) >= MIN_KEY_BYTES:
            return key
        if key is not None:
            # Left by a crash while an older version wrote it (no fsync), or by tampering. A short key lets
            # anyone forge tokens, an empty one makes every sign-in fail: replacing it is the only safe course.
            logger.warning(
                "The token signing key file %s is too short (%d bytes; at least %d are needed): a new key "
                "replaces it. Tokens signed with the old one no longer work; users sign in again.",
                path, len(key), MIN_KEY_BYTES,
            )
        key = secrets.token_bytes(_KEY_BYTES)
        # Synced before and after the rename: the name never points at unwritten data, and the rename survives.
        write_atomically(path, key)
        return key


def _read_key(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


@contextlib.contextmanager
def _key_lock(data_dir: Path) -> Iterator[None]:
    """An exclusive lock between the processes of one data dir, held while the key is created or replaced;
    the OS drops it if the process dies."""
    descriptor = os.open(data_dir / _LOCK_FILE_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if sys.platform == "win32":
            import msvcrt

            while True:
                try:
                    msvcrt.locking(descriptor, msvcrt.LK_LOCK, 1)  # gives up after about 10 s: try again
                    break
                except OSError as error:
                    if error.errno != errno.EDEADLOCK:
                        raise
        else:
            import fcntl

            fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield  # the lock ends with the descriptor
    finally:
        os.close(descriptor)


class TokenIssuer:
    def __init__(self, key: bytes, *, issuer: str, audience: str, access_ttl: int,
                 clock: Callable[[], float] = time.time) -> None:
        """`clock` (epoch seconds) decides expiry: the service's own clock, so tests can move time instead of
        sleeping it out (PyJWT would read the wall clock)."""
        self._key = key
        self._issuer = issuer
        self._audience = audience
        self.access_ttl = access_ttl
        self._clock = clock

    def issue_access_token(self, *, user_id: int, client_id: str, now: float) -> str:
        claims = {
            "iss": self._issuer,
            "aud": self._audience,
            "sub": str(user_id),
            # Sub-second precision: a session ended by `admin revoke-tokens` at 10.9 s must not keep a token
            # issued at 10.2 s, nor refuse one issued at 10.95 s.
            "iat": now,
            # Rounded up, never down: int(now) + ttl made a token issued at 10.9 s die at 12 s although the answer
            # said 2 s, so a client refreshing "in the last quarter" could be refused first (a 401 under load).
            "exp": math.ceil(now + self.access_ttl),
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
            "exp": math.ceil(now + self.access_ttl),
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
                # Expiry is checked below against `clock`, exactly as PyJWT would against the wall clock.
                options={"require": ["iss", "aud", "sub", "exp", "iat", "jti"], "verify_iat": False,
                         "verify_exp": False},
            )
            try:
                expires = int(claims["exp"])
            except (ValueError, TypeError, OverflowError):
                raise InvalidTokenError("Expiration Time claim (exp) must be an integer.") from None
            if expires <= self._clock():
                raise InvalidTokenError("Signature has expired")
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
