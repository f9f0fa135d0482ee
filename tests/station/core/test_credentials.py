"""SecretStore: the OS keyring path (an in-memory keyring backend), the encrypted-file fallback, and the switch
between them. Never the developer's real keyring or config dir: every store gets a backend or `use_keyring=False`
and a tmp_path.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import keyring
import keyring.backend
import keyring.core
import keyring.errors
import pytest
from keyring.backends import chainer, fail, null

from facestation.station.core import credentials
from facestation.station.core.credentials import (
    KEYRING_MARKER_NAME,
    SecretStore,
    SecretStoreUnavailable,
    keyring_is_usable,
)
from tests.station.keyrings import MemoryKeyring


@pytest.fixture
def memory() -> MemoryKeyring:
    return MemoryKeyring()


def file_store(tmp_path: Path) -> SecretStore:
    return SecretStore(tmp_path, use_keyring=False)


def secret_files(config_dir: Path) -> list[str]:
    """What the config dir holds besides the note that secrets live in the keyring (which holds no secret)."""
    return sorted(p.name for p in config_dir.iterdir() if p.name != KEYRING_MARKER_NAME)


def test_keyring_path(tmp_path: Path, memory: MemoryKeyring) -> None:
    store = SecretStore(tmp_path, backend=memory)
    assert not store.fallback_in_use
    assert store.backend_description.startswith("OS keyring (")
    assert store.get("client-secret") is None
    store.set("client-secret", "s3cret-value")
    assert memory.entries == {("FaceStation", "client-secret"): "s3cret-value"}
    assert store.get("client-secret") == "s3cret-value"
    store.set("client-secret", "rotated")
    assert store.get("client-secret") == "rotated"
    store.delete("client-secret")
    store.delete("client-secret")  # twice is fine
    assert store.get("client-secret") is None
    assert secret_files(tmp_path) == []  # nothing secret on disk when the keyring works


def test_file_fallback_round_trip(tmp_path: Path) -> None:
    store = file_store(tmp_path)
    assert store.fallback_in_use
    assert "encrypted file" in store.backend_description and str(tmp_path) in store.backend_description
    store.set("client-secret", "s3cret-value")
    store.set("operator-password:ann", "pä55wörd")
    assert store.get("client-secret") == "s3cret-value"
    # A new store (the next run of the station) reads what the last one wrote.
    again = file_store(tmp_path)
    assert again.get("operator-password:ann") == "pä55wörd"
    again.delete("operator-password:ann")
    assert file_store(tmp_path).get("operator-password:ann") is None
    assert file_store(tmp_path).get("client-secret") == "s3cret-value"
    for path in tmp_path.iterdir():
        assert b"s3cret-value" not in path.read_bytes()
    assert {p.name for p in tmp_path.iterdir()} == {"secrets.enc", "secrets.key"}


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_fallback_files_are_private(tmp_path: Path) -> None:
    store = file_store(tmp_path / "config")
    store.set("client-secret", "x")
    for name in ("secrets.enc", "secrets.key"):
        assert stat.S_IMODE(os.stat(tmp_path / "config" / name).st_mode) == 0o600
    (tmp_path / "config" / "secrets.key").chmod(0o644)
    assert file_store(tmp_path / "config").get("client-secret") == "x"
    assert stat.S_IMODE(os.stat(tmp_path / "config" / "secrets.key").st_mode) == 0o600


@pytest.mark.parametrize("damage", ["lose the key", "another key", "damage the key", "garble the file"])
def test_unreadable_secrets_are_set_aside_not_fatal(tmp_path: Path, damage: str) -> None:
    store = file_store(tmp_path)
    store.set("client-secret", "x")
    key, secrets = tmp_path / "secrets.key", tmp_path / "secrets.enc"
    if damage == "lose the key":
        key.unlink()
    elif damage == "another key":
        key.unlink()
        file_store(tmp_path / "elsewhere").set("a", "b")
        key.write_bytes((tmp_path / "elsewhere" / "secrets.key").read_bytes())
    elif damage == "damage the key":
        key.write_bytes(b"c2hvcnQ=\n")
    else:
        secrets.write_bytes(b"not a fernet token")
    fresh = file_store(tmp_path)
    assert fresh.get("client-secret") is None
    assert (tmp_path / "secrets.enc.unreadable").exists()
    fresh.set("client-secret", "y")  # and it works again
    assert file_store(tmp_path).get("client-secret") == "y"


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_placeholder_keyrings_mean_fallback(tmp_path: Path, backend: keyring.backend.KeyringBackend) -> None:
    store = SecretStore(tmp_path, backend=backend)
    assert store.fallback_in_use and "no OS keyring" in store.backend_description
    store.set("client-secret", "x")
    assert store.get("client-secret") == "x"


def test_a_chainer_with_nothing_to_chain_means_fallback(monkeypatch: pytest.MonkeyPatch,
                                                        memory: MemoryKeyring) -> None:
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    assert not keyring_is_usable(chainer.ChainerBackend())
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [fail.Keyring()])
    assert not keyring_is_usable(chainer.ChainerBackend())
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [memory])
    assert keyring_is_usable(chainer.ChainerBackend())


def test_the_default_backend_is_the_one_keyring_chose(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      memory: MemoryKeyring) -> None:
    # keyring.core's module global, restored by monkeypatch: the real keyring is never asked.
    monkeypatch.setattr(keyring.core, "_keyring_backend", memory)
    store = SecretStore(tmp_path)
    store.set("k", "v")
    assert memory.entries == {("FaceStation", "k"): "v"}
    monkeypatch.setattr(keyring.core, "_keyring_backend", fail.Keyring())
    assert SecretStore(tmp_path).fallback_in_use


def test_a_keyring_that_fails_in_use_switches_to_the_file(tmp_path: Path, memory: MemoryKeyring) -> None:
    store = SecretStore(tmp_path, backend=memory)
    store.set("kept", "in keyring")
    memory.broken = True
    store.set("client-secret", "x")
    assert store.fallback_in_use and "KeyringLocked" in store.backend_description
    assert store.get("client-secret") == "x"
    assert file_store(tmp_path).get("client-secret") == "x"
    # Once the keyring works again, the secret moves into it and out of the file.
    memory.broken = False
    healed = SecretStore(tmp_path, backend=memory)
    assert healed.get("client-secret") == "x"
    assert memory.entries[("FaceStation", "client-secret")] == "x"
    assert not (tmp_path / "secrets.enc").exists()
    assert healed.get("kept") == "in keyring"


def test_a_keyring_value_replaces_a_stale_file_copy(tmp_path: Path, memory: MemoryKeyring) -> None:
    file_store(tmp_path).set("client-secret", "old")
    store = SecretStore(tmp_path, backend=memory)
    store.set("client-secret", "new")
    assert file_store(tmp_path).get("client-secret") is None
    store.delete("client-secret")
    assert store.get("client-secret") is None


def test_a_keyring_that_cannot_be_opened_means_fallback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> keyring.backend.KeyringBackend:
        raise keyring.errors.InitError("no D-Bus session")

    monkeypatch.setattr(credentials.keyring, "get_keyring", broken)
    store = SecretStore(tmp_path)
    assert store.fallback_in_use and "InitError" in store.backend_description


def test_names_and_values_are_checked(tmp_path: Path) -> None:
    store = file_store(tmp_path)
    with pytest.raises(ValueError):
        store.set("", "x")
    with pytest.raises(TypeError):
        store.set("k", None)  # type: ignore[arg-type]


class Sleeps:
    """Stands in for time.sleep: records the pauses between keyring retries instead of waiting."""

    def __init__(self) -> None:
        self.pauses: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.pauses.append(seconds)


def test_a_keyring_hiccup_is_retried_and_answered_by_the_keyring(tmp_path: Path, memory: MemoryKeyring) -> None:
    sleeps = Sleeps()
    store = SecretStore(tmp_path, backend=memory, sleep=sleeps, read_retry_delays=(0.2, 0.5))
    store.set("outbox-key", "the-key")
    memory.failing_reads = 2  # two reads fail, the third answers
    assert store.get("outbox-key") == "the-key"
    assert sleeps.pauses == [0.2, 0.5]
    assert not store.fallback_in_use  # a hiccup of a read does not move the secrets into the file
    assert secret_files(tmp_path) == []


def test_a_keyring_that_does_not_answer_is_not_no_secret(tmp_path: Path, memory: MemoryKeyring) -> None:
    sleeps = Sleeps()
    store = SecretStore(tmp_path, backend=memory, sleep=sleeps, read_retry_delays=(0.2, 0.5))
    store.set("outbox-key", "the-key")
    memory.failing_reads = 3
    with pytest.raises(SecretStoreUnavailable) as raised:
        store.get("outbox-key")
    assert raised.value.name == "outbox-key" and "KeyringError" in str(raised.value)
    assert "keyring did not answer" in str(raised.value)
    assert memory.reads == 3 and sleeps.pauses == [0.2, 0.5]
    assert secret_files(tmp_path) == []  # no file store, no key made for a secret that exists
    # The next read, once the keyring answers, finds the same secret; the keyring is still the store.
    assert store.get("outbox-key") == "the-key"
    assert not store.fallback_in_use
    store.set("later", "v")
    assert memory.entries[("FaceStation", "later")] == "v"


def test_a_keyring_answering_nothing_is_no_secret(tmp_path: Path, memory: MemoryKeyring) -> None:
    store = SecretStore(tmp_path, backend=memory, sleep=Sleeps())
    assert store.get("outbox-key") is None  # the keyring answered: no such secret


def test_during_an_outage_secrets_in_the_file_are_found_and_the_rest_is_unavailable(
        tmp_path: Path, memory: MemoryKeyring) -> None:
    sleeps = Sleeps()
    store = SecretStore(tmp_path, backend=memory, sleep=sleeps)
    store.set("kept", "in keyring")
    memory.broken = True
    store.set("client-secret", "x")  # the write fails over to the encrypted file
    assert store.fallback_in_use
    assert store.get("client-secret") == "x"
    assert sleeps.pauses == []  # found in the file: the keyring was not asked
    with pytest.raises(SecretStoreUnavailable):
        store.get("kept")  # in the keyring, which does not answer: not "no such secret"
    memory.broken = False
    assert store.get("kept") == "in keyring"  # the keyring answers again: found
    assert store.get("client-secret") == "x"
    assert store.get("never-stored") is None


def test_a_keyring_that_was_never_usable_answers_from_the_file(tmp_path: Path) -> None:
    store = SecretStore(tmp_path, backend=fail.Keyring(), sleep=Sleeps())
    assert store.get("outbox-key") is None
    store.set("outbox-key", "k")
    assert store.get("outbox-key") == "k"


def test_a_keyring_missing_at_start_on_a_station_that_used_one_is_unavailable_not_empty(
        tmp_path: Path, memory: MemoryKeyring) -> None:
    """A kiosk that signs in before its Secret Service is up: the keyring is there next time, with the secrets."""
    SecretStore(tmp_path, backend=memory).set("outbox-key", "the-key")
    assert (tmp_path / KEYRING_MARKER_NAME).exists()
    early = SecretStore(tmp_path, backend=fail.Keyring(), sleep=Sleeps())  # no usable keyring this time
    with pytest.raises(SecretStoreUnavailable) as raised:
        early.get("outbox-key")
    assert "not available" in str(raised.value) and str(tmp_path / KEYRING_MARKER_NAME) in str(raised.value)
    assert secret_files(tmp_path) == []  # nothing made in its place
    # What the station writes meanwhile goes to the file and is found there.
    early.set("operator-password:ann", "pw")
    assert early.get("operator-password:ann") == "pw"
    # Once the keyring is up, the secret is where it was.
    assert SecretStore(tmp_path, backend=memory).get("outbox-key") == "the-key"


def test_a_station_that_never_used_a_keyring_answers_none_without_one(tmp_path: Path) -> None:
    assert SecretStore(tmp_path, backend=fail.Keyring(), sleep=Sleeps()).get("outbox-key") is None
    assert SecretStore(tmp_path, use_keyring=False).get("outbox-key") is None
