"""The signing key's PostgreSQL copy (issue 15 row 2): a stored key too short to be a secret (tampering, or a
short key file offered by a data dir) is replaced by a full-length one, exactly once however many service
processes start together; a sound one is kept."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from facestation.service.tokens import (
    SIGNING_KEY_FILE_NAME,
    SIGNING_KEY_SECRET_NAME,
    load_or_create_signing_key,
)
from facestation.store import Store, open_store

FULL_LENGTH = 64


@pytest.fixture()
def store(postgres_url: str) -> Iterator[Store]:
    opened = open_store(postgres_url)
    yield opened
    opened.close()


def stored_key(store: Store) -> bytes:
    # A candidate is offered only when there is no key; every test below has one by then.
    return store.accounts.shared_secret(SIGNING_KEY_SECRET_NAME, os.urandom(FULL_LENGTH), time.time())


@pytest.mark.parametrize("short_key", [b"", b"k"], ids=["empty", "one-byte"])
def test_a_short_stored_key_is_replaced_once_for_every_process(
    store: Store, tmp_path: Path, short_key: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    assert store.accounts.shared_secret(SIGNING_KEY_SECRET_NAME, short_key, time.time()) == short_key
    count = 6
    start = threading.Barrier(count)

    def process_start(i: int) -> bytes:
        start.wait()
        return load_or_create_signing_key(tmp_path / f"data-{i}", store)

    with ThreadPoolExecutor(count) as pool:
        keys = list(pool.map(process_start, range(count)))
    assert len(set(keys)) == 1, "the processes must agree on one key"
    assert len(keys[0]) == FULL_LENGTH
    assert stored_key(store) == keys[0]
    assert any("too short" in record.getMessage() for record in caplog.records
               if record.name == "facestation.service.tokens")


def test_a_short_key_file_is_not_offered_to_the_database(store: Store, tmp_path: Path) -> None:
    (tmp_path / SIGNING_KEY_FILE_NAME).write_bytes(b"k")
    key = load_or_create_signing_key(tmp_path, store)
    assert len(key) == FULL_LENGTH
    assert stored_key(store) == key


def test_a_sound_stored_key_is_kept(store: Store, tmp_path: Path) -> None:
    key = os.urandom(32)
    store.accounts.shared_secret(SIGNING_KEY_SECRET_NAME, key, time.time())
    assert load_or_create_signing_key(tmp_path, store) == key
    assert stored_key(store) == key
