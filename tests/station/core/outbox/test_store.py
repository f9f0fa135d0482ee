"""The encrypted queue on disk: order, states, editing, listeners, encryption at rest, damaged files."""

from __future__ import annotations

import base64
import os
import sqlite3
import threading
from pathlib import Path

import pytest
from keyring.backends import fail

from facestation.station.core.credentials import SecretStore
from facestation.station.core.outbox import (
    SECRET_NAME,
    Outbox,
    OutboxCounts,
    OutboxDamagedError,
    OutboxError,
    default_outbox_path,
)
from tests.station.keyrings import MemoryKeyring

JPEG_MARKER = b"\xff\xd8\xff"


def enrolment(number: int, *, name: str = "Zebulon", surname: str = "Quackenbush") -> dict[str, object]:
    return {"face_image": JPEG_MARKER + b"\xe0" + os.urandom(3000) + b"\xff\xd9", "name": name,
            "surname1": surname, "surname2": "Vandersloot", "external_identifier": f"FS-TEST-{number:04d}",
            "additional_data": b"PASSPORT 5551234987", "additional_data_file_name": "passport-5551234987.txt"}


@pytest.fixture
def secrets(tmp_path: Path) -> SecretStore:
    return SecretStore(tmp_path / "secrets", use_keyring=False)


@pytest.fixture
def outbox(tmp_path: Path) -> Outbox:
    with Outbox(tmp_path / "queue.sqlite3", os.urandom(32)) as queue:
        yield queue


def test_items_keep_their_order_kind_state_and_payload(outbox: Outbox) -> None:
    first = outbox.enqueue("create_list", {"name": "Staff", "description": "Everyone"})
    second = outbox.enqueue("create_record", enrolment(1) | {"face_list_id": first.placeholder})
    third = outbox.enqueue("add_member", {"list_id": first.placeholder, "record_external_id": "FS-TEST-0001"})
    assert [item.id for item in outbox.pending()] == [first.id, second.id, third.id]
    assert [item.kind for item in outbox.pending()] == ["create_list", "create_record", "add_member"]
    assert outbox.counts() == OutboxCounts(pending=3, attention=0)
    stored = outbox.get(second.id)
    assert stored is not None and stored.payload == second.payload
    assert stored.payload["face_list_id"] == f"outbox:{first.id}"
    assert stored.state == "pending" and stored.attempts == 0 and stored.last_error is None
    assert stored.describe() == "Enrol Zebulon Quackenbush Vandersloot (FS-TEST-0001)"
    assert outbox.next_pending(first.id).id == second.id


def test_attention_edit_resubmit_and_discard(outbox: Outbox) -> None:
    item = outbox.enqueue("create_record", enrolment(2))
    outbox.record_attempt(item.id, "Cannot reach the FaceCheck service")
    assert outbox.get(item.id).attempts == 1 and outbox.get(item.id).state == "pending"
    outbox.mark_attention(item.id, "No face was found in the photo.", ["NoFaceDetected"])
    waiting = outbox.get(item.id)
    assert waiting.state == "attention" and waiting.last_error == "No face was found in the photo."
    assert waiting.error_codes == ("NoFaceDetected",)
    assert outbox.counts() == OutboxCounts(pending=0, attention=1)
    assert [i.id for i in outbox.attention()] == [item.id] and outbox.pending() == []

    edited = outbox.update_payload(item.id, enrolment(2, name="Zebediah"))
    assert edited.payload["name"] == "Zebediah" and edited.state == "attention"
    again = outbox.resubmit(item.id)
    assert again.state == "pending" and again.attempts == 0 and again.last_error is None

    discarded = outbox.discard(item.id)
    assert discarded.payload["name"] == "Zebediah"
    assert outbox.get(item.id) is None and outbox.counts().total == 0
    with pytest.raises(OutboxError):
        outbox.resubmit(item.id)


def test_payloads_a_replay_could_not_use_are_refused(outbox: Outbox) -> None:
    with pytest.raises(OutboxError, match="external_identifier"):
        outbox.enqueue("create_record", {"face_image": b"x", "name": "A", "surname1": "B"})
    with pytest.raises(OutboxError, match="record_id or record_external_id"):
        outbox.enqueue("add_member", {"list_id": "L"})
    with pytest.raises(OutboxError, match="unknown outbox kind"):
        outbox.enqueue("verify", {})
    with pytest.raises(OutboxError, match="no field"):
        outbox.enqueue("create_list", {"name": "X", "colour": "red"})
    assert outbox.counts().total == 0


def test_listeners_hear_every_change_from_any_thread(outbox: Outbox) -> None:
    heard: list[tuple[OutboxCounts, str]] = []
    remove = outbox.add_listener(lambda counts: heard.append((counts, threading.current_thread().name)))
    worker = threading.Thread(target=lambda: outbox.enqueue("create_list", {"name": "A"}), name="worker")
    worker.start()
    worker.join()
    item = outbox.enqueue("create_list", {"name": "B"})
    outbox.mark_attention(item.id, "FaceListNameAlreadyExists")
    outbox.mark_done(item.id)
    assert [counts for counts, _ in heard] == [OutboxCounts(1, 0), OutboxCounts(2, 0), OutboxCounts(1, 1),
                                               OutboxCounts(1, 0)]
    assert heard[0][1] == "worker"
    remove()
    outbox.enqueue("create_list", {"name": "C"})
    assert len(heard) == 4


def test_many_threads_enqueue_at_once_and_nothing_is_lost(outbox: Outbox) -> None:
    def enqueue_ten(thread: int) -> None:
        for number in range(10):
            outbox.enqueue("create_list", {"name": f"{thread}-{number}"})

    threads = [threading.Thread(target=enqueue_ten, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    names = [item.payload["name"] for item in outbox.pending()]
    assert len(names) == 60 and len(set(names)) == 60


def test_the_queue_survives_reopening_with_its_placeholders(tmp_path: Path) -> None:
    key = os.urandom(32)
    path = tmp_path / "queue.sqlite3"
    with Outbox(path, key) as outbox:
        made = outbox.enqueue("create_list", {"name": "Visitors"})
        outbox.remember_id(made.placeholder, "7a1c-list")
    with Outbox(path, key) as reopened:
        assert [item.payload for item in reopened.pending()] == [{"name": "Visitors"}]
        assert reopened.real_id(made.placeholder) == "7a1c-list"
        assert reopened.resolve(made.placeholder) == "7a1c-list"
        assert reopened.resolve("outbox:999") == "outbox:999" and reopened.resolve("abc") == "abc"
        # Numbers are never reused, so an old placeholder can never name a new item.
        reopened.mark_done(made.id)
        assert reopened.enqueue("create_list", {"name": "Later"}).id > made.id


def test_no_name_number_or_jpeg_marker_is_readable_in_the_file_or_its_wal(outbox: Outbox) -> None:
    for number in range(5):
        item = outbox.enqueue("create_record", enrolment(number))
    outbox.mark_attention(item.id, "Zebulon Quackenbush: no face")  # even a reason naming the person
    outbox.update_payload(item.id, enrolment(4, name="Zebulon"))
    wal = Path(f"{outbox.path}-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the changes are still in the WAL: it must be clean too
    for raw in (outbox.path.read_bytes(), wal.read_bytes()):
        for secret in (b"Zebulon", b"Quackenbush", b"Vandersloot", b"5551234987", b"FS-TEST-", b"passport",
                       JPEG_MARKER, "Zebulon".encode("utf-16-le")):
            assert secret not in raw, secret
    outbox.close()
    assert not wal.exists() or b"Zebulon" not in wal.read_bytes()
    assert b"Zebulon" not in outbox.path.read_bytes() and JPEG_MARKER not in outbox.path.read_bytes()
    if os.name == "posix":
        assert outbox.path.stat().st_mode & 0o077 == 0


def test_a_changed_item_on_disk_is_noticed(tmp_path: Path) -> None:
    key = os.urandom(32)
    path = tmp_path / "queue.sqlite3"
    with Outbox(path, key) as outbox:
        first = outbox.enqueue("create_list", {"name": "One"})
        second = outbox.enqueue("create_list", {"name": "Two"})
    with sqlite3.connect(path) as connection:  # swap the two encrypted payloads
        rows = dict(connection.execute("SELECT id, payload FROM items").fetchall())
        connection.execute("UPDATE items SET payload = ? WHERE id = ?", (rows[second.id], first.id))
    with pytest.raises(OutboxDamagedError):
        Outbox(path, key)


def test_the_key_lives_in_the_secret_store_and_opens_the_same_queue(secrets: SecretStore, tmp_path: Path) -> None:
    opened = Outbox.open(secrets, tmp_path / "data", "http://127.0.0.1:9/api", "station")
    assert opened.message is None
    assert opened.outbox.path == default_outbox_path("http://127.0.0.1:9/api/", "station", data_dir=tmp_path / "data")
    opened.outbox.enqueue("create_list", {"name": "Kept"})
    opened.outbox.close()
    assert secrets.get(SECRET_NAME)
    again = Outbox.open(secrets, tmp_path / "data", "http://127.0.0.1:9/api", "station")
    assert again.message is None and [i.payload["name"] for i in again.outbox.pending()] == ["Kept"]
    other = Outbox.open(secrets, tmp_path / "data", "http://127.0.0.1:9/api", "another-client")
    assert other.outbox.path != again.outbox.path and other.outbox.counts().total == 0
    again.outbox.close()
    other.outbox.close()


def _damage_random(path: Path) -> None:
    path.write_bytes(os.urandom(50_000))


def _damage_truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _damage_wrong_key(path: Path, secrets: SecretStore) -> None:
    secrets.delete(SECRET_NAME)  # the keyring lost it: a new key cannot open the old file


@pytest.mark.parametrize("damage", ["random bytes", "truncated", "wrong key"])
def test_a_damaged_queue_is_set_aside_and_a_new_one_works(damage: str, secrets: SecretStore,
                                                          tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    opened = Outbox.open(secrets, data_dir, "http://127.0.0.1:9/api", "station")
    for number in range(30):
        opened.outbox.enqueue("create_record", enrolment(number))
    opened.outbox.close()
    path = opened.outbox.path
    original = path.read_bytes()
    {"random bytes": lambda: _damage_random(path), "truncated": lambda: _damage_truncated(path),
     "wrong key": lambda: _damage_wrong_key(path, secrets)}[damage]()
    damaged_bytes = path.read_bytes()
    with pytest.raises(OutboxDamagedError):
        Outbox(path, os.urandom(32))

    fresh = Outbox.open(secrets, data_dir, "http://127.0.0.1:9/api", "station")
    assert fresh.message is not None
    assert "could not be read" in fresh.message and "new, empty queue" in fresh.message
    backups = sorted(path.parent.glob(path.name + ".damaged-*"))
    assert len(backups) == 1 and backups[0].name in fresh.message
    assert backups[0].read_bytes() == damaged_bytes  # kept as it was, for an expert
    if damage == "wrong key":
        assert damaged_bytes == original
    # The station goes on: the new queue takes, keeps and returns work.
    item = fresh.outbox.enqueue("create_list", {"name": "After the damage"})
    assert fresh.outbox.counts() == OutboxCounts(1, 0) and fresh.outbox.get(item.id) is not None
    fresh.outbox.close()
    reopened = Outbox.open(secrets, data_dir, "http://127.0.0.1:9/api", "station")
    assert reopened.message is None and reopened.outbox.counts() == OutboxCounts(1, 0)
    reopened.outbox.close()


BASE_URL = "http://127.0.0.1:9/api"


def keyring_store(tmp_path: Path, memory: MemoryKeyring) -> SecretStore:
    """A SecretStore on a real keyring backend class; the pauses between read retries are not waited for."""
    return SecretStore(tmp_path / "secrets", backend=memory, sleep=lambda _seconds: None)


def damaged_copies(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "outbox").glob("*.damaged-*"))


def test_a_keyring_hiccup_never_sets_the_queue_aside_nor_makes_a_new_key(tmp_path: Path) -> None:
    memory = MemoryKeyring()
    data_dir = tmp_path / "data"
    opened = Outbox.open(keyring_store(tmp_path, memory), data_dir, BASE_URL, "station")
    opened.outbox.enqueue("create_record", enrolment(1))
    opened.outbox.close()
    key = memory.entries[("FaceStation", SECRET_NAME)]

    # The keyring does not answer at all while the station opens its queue: no queue now, nothing lost.
    memory.failing_reads = 100
    during = Outbox.open(keyring_store(tmp_path, memory), data_dir, BASE_URL, "station")
    assert during.outbox is None and during.key_unavailable
    assert during.message is not None and "keyring" in during.message and "kept safe" in during.message
    assert damaged_copies(data_dir) == [] and memory.entries[("FaceStation", SECRET_NAME)] == key
    assert not (tmp_path / "secrets" / "secrets.enc").exists()  # no key slipped into the file store either

    # A short hiccup (two failed reads) is ridden out by the retries.
    memory.failing_reads = 2
    short = Outbox.open(keyring_store(tmp_path, memory), data_dir, BASE_URL, "station")
    assert short.message is None and short.outbox is not None
    assert short.outbox.counts() == OutboxCounts(1, 0)
    short.outbox.close()

    # The keyring answers again: the same queue, the same key, the pending enrolment still there.
    memory.failing_reads = 0
    after = Outbox.open(keyring_store(tmp_path, memory), data_dir, BASE_URL, "station")
    assert after.message is None and not after.key_unavailable
    assert [item.payload["external_identifier"] for item in after.outbox.pending()] == ["FS-TEST-0001"]
    after.outbox.close()
    assert damaged_copies(data_dir) == [] and memory.entries[("FaceStation", SECRET_NAME)] == key


def test_a_keyring_not_yet_up_at_start_leaves_the_queue_whole(tmp_path: Path) -> None:
    """A kiosk that starts before its Secret Service: no keyring is usable at all this time."""
    memory = MemoryKeyring()
    data_dir = tmp_path / "data"
    opened = Outbox.open(keyring_store(tmp_path, memory), data_dir, BASE_URL, "station")
    opened.outbox.enqueue("create_record", enrolment(1))
    opened.outbox.close()
    early = SecretStore(tmp_path / "secrets", backend=fail.Keyring(), sleep=lambda _seconds: None)
    during = Outbox.open(early, data_dir, BASE_URL, "station")
    assert during.outbox is None and during.key_unavailable
    assert damaged_copies(data_dir) == [] and not (tmp_path / "secrets" / "secrets.enc").exists()
    later = Outbox.open(keyring_store(tmp_path, memory), data_dir, BASE_URL, "station")
    assert later.outbox is not None and later.outbox.counts() == OutboxCounts(1, 0)
    later.outbox.close()


def test_a_queue_that_fails_the_check_of_a_key_really_read_is_set_aside(tmp_path: Path) -> None:
    memory = MemoryKeyring()
    data_dir = tmp_path / "data"
    opened = Outbox.open(keyring_store(tmp_path, memory), data_dir, BASE_URL, "station")
    opened.outbox.enqueue("create_record", enrolment(1))
    opened.outbox.close()
    # The keyring answers with another (well-formed) key: the queue really cannot be opened with it.
    memory.entries[("FaceStation", SECRET_NAME)] = base64.b64encode(os.urandom(32)).decode("ascii")
    replaced = Outbox.open(keyring_store(tmp_path, memory), data_dir, BASE_URL, "station")
    assert replaced.message is not None and "could not be read" in replaced.message
    assert not replaced.key_unavailable and replaced.outbox.counts() == OutboxCounts(0, 0)
    replaced.outbox.close()
    assert len(damaged_copies(data_dir)) == 1

