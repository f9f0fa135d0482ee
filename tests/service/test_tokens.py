"""The signing key file (facestation/service/tokens.py) on a real service start: created atomically and durably,
owner-only, kept when sound, and replaced when it is too short to be a secret (issue 15 row 2): a crash while
it was being written leaves 0 or a few bytes, and a 1-byte key lets anyone forge tokens for anyone."""

from __future__ import annotations

import logging
import os
import stat
import warnings
from pathlib import Path

import jwt
import pytest

from facestation.service import tokens
from facestation.service.tokens import SIGNING_KEY_FILE_NAME, load_or_create_signing_key
from tests.service.conftest import assert_unauthorized, start_service

FULL_LENGTH = 64


def write_key(data_dir: Path, key: bytes) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / SIGNING_KEY_FILE_NAME
    path.write_bytes(key)
    path.chmod(0o600)
    return path


def assert_owner_only(path: Path) -> None:
    mode = stat.S_IMODE(os.stat(path).st_mode)
    assert mode & 0o077 == 0, oct(mode)


def leftovers(data_dir: Path) -> list[str]:
    """Temporary files of an atomic write that were not renamed into place."""
    return [entry.name for entry in data_dir.iterdir() if entry.name.endswith(".tmp")]


@pytest.mark.parametrize("short_key", [b"", b"k"], ids=["empty", "one-byte"])
def test_a_short_key_file_is_replaced_at_start_and_its_forgeries_are_refused(
    tmp_path: Path, short_key: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    path = write_key(tmp_path, short_key)
    with caplog.at_level(logging.WARNING, logger="facestation.service.tokens"):
        service = start_service(tmp_path, engine_workers=1)
    try:
        key = path.read_bytes()
        assert len(key) == FULL_LENGTH
        assert_owner_only(path)
        assert leftovers(tmp_path) == []
        warned = [record.getMessage() for record in caplog.records if record.name == "facestation.service.tokens"]
        assert any("too short" in message and str(path) in message for message in warned), warned

        # Sign-in works (an empty key made every login a 500), and the token is signed with the new key.
        tenant = service.new_tenant()
        access = tenant.token["access_token"]
        claims = jwt.decode(access, key, algorithms=["HS256"], options={"verify_aud": False})
        assert tenant.http.get("/v1/face/list").status_code == 200

        if short_key:
            # The same claims signed with the old key: what an attacker who read (or guessed) it would send.
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # PyJWT warns about the short key: that is the point
                forged = jwt.encode(claims, short_key, algorithm="HS256")
            assert_unauthorized(tenant.http.get("/v1/face/list", headers={"Authorization": f"Bearer {forged}"}))
        tenant.http.close()
    finally:
        service.stop()


@pytest.mark.parametrize("length", [32, FULL_LENGTH], ids=["minimum", "full-length"])
def test_a_sound_key_file_is_kept_as_it_is(tmp_path: Path, length: int, caplog: pytest.LogCaptureFixture) -> None:
    key = os.urandom(length)
    path = write_key(tmp_path, key)
    with caplog.at_level(logging.WARNING, logger="facestation.service.tokens"):
        service = start_service(tmp_path, engine_workers=1)
    try:
        assert path.read_bytes() == key
        assert [record for record in caplog.records if record.name == "facestation.service.tokens"] == []
        tenant = service.new_tenant()
        jwt.decode(tenant.token["access_token"], key, algorithms=["HS256"], options={"verify_aud": False})
        tenant.http.close()
    finally:
        service.stop()


def test_a_new_key_is_written_durably_then_renamed_into_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The key's bytes reach the disk before its name appears, and the folder entry is synced after: a crash
    leaves no key (a new one is made) or the whole key, never an empty file. The real fsync runs; we only note
    what it was called on."""
    synced: list[str] = []
    real_fsync = os.fsync

    def noting_fsync(descriptor: int) -> None:
        synced.append("folder" if stat.S_ISDIR(os.fstat(descriptor).st_mode) else "file")
        real_fsync(descriptor)

    monkeypatch.setattr(tokens.os, "fsync", noting_fsync)
    data_dir = tmp_path / "data"
    key = load_or_create_signing_key(data_dir)
    path = data_dir / SIGNING_KEY_FILE_NAME
    assert path.read_bytes() == key and len(key) == FULL_LENGTH
    assert_owner_only(path)
    assert leftovers(data_dir) == []
    if os.name != "nt":  # Windows cannot open a folder to sync it
        assert synced == ["file", "folder"]
    # Started again: the same key, nothing rewritten.
    synced.clear()
    assert load_or_create_signing_key(data_dir) == key
    assert synced == []


@pytest.mark.parametrize("fraction", [0.0, 0.5, 0.95])
def test_a_token_lives_at_least_the_lifetime_the_answer_gives(fraction: float) -> None:
    """expires_in says 2 s: a token issued at 10.95 s must still verify at 12.9 s (it used to die at 12 s)."""
    issuer = tokens.TokenIssuer(os.urandom(32), issuer="iss", audience="aud", access_ttl=2)
    issued_at = 1_700_000_010 + fraction
    token = issuer.issue_access_token(user_id=1, client_id="c", now=issued_at)
    claims = jwt.decode(token, options={"verify_signature": False})
    assert issued_at + 2 <= claims["exp"] < issued_at + 3
