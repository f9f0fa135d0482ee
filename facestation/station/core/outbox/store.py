"""The encrypted, durable queue of changes made while the server could not be reached (stdlib sqlite3, no Qt).

One SQLite file per server and API client (WAL, `synchronous=FULL`, one transaction per change), in the user's
data dir. In clear it holds only what carries no personal data: the item's number, kind, state, times and
attempt count. The payload (photo, names, numbers, files, list ids) and the server's last answer are encrypted
with AES-256-GCM under a 32-byte key kept in the station's SecretStore ("outbox-key"); each blob is bound to its
item number and kind (associated data), so blobs cannot be swapped between rows unnoticed.

A file that cannot be read (not a database, truncated, made with another key) raises OutboxDamagedError;
`Outbox.open` then sets it aside as `<name>.damaged-<timestamp>` (never deleted: an expert may still recover
it), starts a new empty queue and hands back a message for the operator. Only a key really read can condemn
a file: when the SecretStore cannot be read right now (SecretStoreUnavailable: the keyring did not answer),
`Outbox.open` makes no key and sets nothing aside; it hands back no queue (`key_unavailable`) and a message,
the station works online meanwhile and opens the queue on a later try.

Thread-safe: every method takes the queue's lock; each change is one committed transaction before it returns.
All methods touch the disk: from Qt, call them through `ops.run_blocking` (they are quick, but a commit syncs).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final, NamedTuple, Protocol

import platformdirs
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from facestation.files import set_aside
from facestation.private_files import make_private_dir, make_private_file
from facestation.station.core.credentials import SecretStoreUnavailable

logger = logging.getLogger(__name__)

SECRET_NAME: Final = "outbox-key"
SCHEMA_VERSION: Final = 1
KEY_BYTES: Final = 32
_NONCE_BYTES: Final = 12
_KEY_CHECK: Final = b"FaceStation outbox key check v1"
PLACEHOLDER_PREFIX: Final = "outbox:"

PENDING: Final = "pending"
ATTENTION: Final = "attention"

# kind -> (required payload keys, optional payload keys)
KINDS: Final[dict[str, tuple[frozenset[str], frozenset[str]]]] = {
    "create_record": (frozenset({"face_image", "name", "surname1", "external_identifier"}),
                      frozenset({"surname2", "additional_data", "additional_data_file_name", "face_list_id",
                                 "extra_list_ids", "enabled"})),
    "update_record": (frozenset({"name", "surname1"}),
                      frozenset({"record_id", "record_external_id", "face_image", "surname2",
                                 "external_identifier", "additional_data", "additional_data_file_name",
                                 "face_list_id", "enabled"})),
    "delete_record": (frozenset(), frozenset({"record_id", "record_external_id"})),
    "create_list": (frozenset({"name"}), frozenset({"description"})),
    "update_list": (frozenset({"list_id", "name"}), frozenset({"description"})),
    "delete_list": (frozenset({"list_id"}), frozenset()),
    "add_member": (frozenset({"list_id"}), frozenset({"record_id", "record_external_id", "label"})),
    "remove_member": (frozenset({"list_id"}), frozenset({"record_id", "record_external_id"})),
}
_NEEDS_RECORD: Final = frozenset({"update_record", "delete_record", "add_member", "remove_member"})


class OutboxError(Exception):
    """Something the outbox cannot do (unknown item, a payload that could never be replayed, ...)."""


class OutboxDamagedError(OutboxError):
    """The queue file cannot be read: not a database, truncated, or encrypted with another key."""

    def __init__(self, message: str, *, path: Path, backup: Path | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.backup = backup


class SecretStoreLike(Protocol):
    def get(self, name: str) -> str | None:
        """The secret, or None when there is none; raises SecretStoreUnavailable when that is unknown now."""
        ...

    def set(self, name: str, value: str) -> None: ...


@dataclass(frozen=True)
class OutboxCounts:
    """How many items wait to be sent (`pending`) and how many the operator must look at (`attention`)."""

    pending: int
    attention: int

    @property
    def total(self) -> int:
        return self.pending + self.attention


@dataclass(frozen=True)
class OutboxItem:
    """One queued change, decrypted. `placeholder` ("outbox:17") stands for the server id of the list or record
    a create_list / create_record item will make, in later items, until the replay knows the real id."""

    id: int
    kind: str
    state: str
    created: datetime
    attempts: int
    payload: dict[str, Any] = field(repr=False)
    last_error: str | None = None
    error_codes: tuple[str, ...] = ()

    @property
    def placeholder(self) -> str:
        return placeholder_for(self.id)

    @property
    def needs_attention(self) -> bool:
        return self.state == ATTENTION

    def describe(self) -> str:
        """One line for the Pending view (personal: names and numbers). Never log it."""
        return describe_item(self.kind, self.payload)


KEY_UNAVAILABLE_MESSAGE: Final = (
    "Unsent changes are kept safe on this station but cannot be opened until the system keyring answers; "
    "until then changes go straight to the server. Restart the station or sign in again if this stays.")


class OpenResult(NamedTuple):
    """What `Outbox.open` gives: the queue, and a message for the operator when the old file was damaged.

    `outbox` is None only with `key_unavailable`: the queue's key could not be read right now (the keyring did
    not answer), nothing was changed on disk, and the caller should work online and open the queue later."""

    outbox: Outbox | None
    message: str | None
    key_unavailable: bool = False


def placeholder_for(item_id: int) -> str:
    return f"{PLACEHOLDER_PREFIX}{item_id}"


def is_placeholder(identifier: object) -> bool:
    return isinstance(identifier, str) and identifier.startswith(PLACEHOLDER_PREFIX)


def placeholder_item(identifier: str) -> int:
    """The queued item number a placeholder stands for."""
    try:
        return int(identifier[len(PLACEHOLDER_PREFIX):])
    except ValueError:
        raise OutboxError(f"{identifier!r} is not an outbox placeholder") from None


def default_outbox_path(base_url: str, client_id: str, *, data_dir: Path | None = None) -> Path:
    """The queue file of one server and API client, under the user's data dir (like StationCatalogue's)."""
    base = data_dir if data_dir is not None else Path(platformdirs.user_data_dir("FaceStation", appauthor=False))
    key = hashlib.sha256(f"{base_url.rstrip('/')}|{client_id}".encode()).hexdigest()[:16]
    return base / "outbox" / f"outbox-{key}.sqlite3"


def outbox_key(secrets: SecretStoreLike) -> bytes:
    """The queue key from the SecretStore, made (32 random bytes) and stored on first use. A store that
    cannot be read now raises SecretStoreUnavailable: no new key then, or it would replace the real one."""
    stored = secrets.get(SECRET_NAME)
    if stored:
        try:
            key = base64.b64decode(stored, validate=True)
        except ValueError:
            key = b""
        if len(key) == KEY_BYTES:
            return key
        logger.warning("The stored outbox key is not usable; making a new one")
    key = os.urandom(KEY_BYTES)
    secrets.set(SECRET_NAME, base64.b64encode(key).decode("ascii"))
    return key


def describe_item(kind: str, payload: Mapping[str, Any]) -> str:
    """A short English line for logs of the operator's own screen (holds names: never write it to a log)."""
    person = " ".join(str(payload[k]) for k in ("name", "surname1", "surname2") if payload.get(k))
    record = person or str(payload.get("label") or payload.get("record_external_id") or payload.get("record_id")
                           or "")
    if kind == "create_record":
        return f"Enrol {person} ({payload.get('external_identifier')})"
    if kind == "update_record":
        return f"Update {person}"
    if kind == "delete_record":
        return f"Delete record {record}"
    if kind == "create_list":
        return f"Create list {payload.get('name')}"
    if kind == "update_list":
        return f"Rename list to {payload.get('name')}"
    if kind == "delete_list":
        return f"Delete list {payload.get('list_name') or payload.get('list_id')}"
    if kind == "add_member":
        return f"Add {record} to list {payload.get('list_name') or payload.get('list_id')}"
    if kind == "remove_member":
        return f"Remove {record} from list {payload.get('list_name') or payload.get('list_id')}"
    return kind


def check_payload(kind: str, payload: Mapping[str, Any]) -> None:
    """Raise OutboxError unless the payload has what a replay of `kind` needs (a mistake of the caller)."""
    if kind not in KINDS:
        raise OutboxError(f"unknown outbox kind {kind!r}; one of {', '.join(KINDS)}")
    required, optional = KINDS[kind]
    missing = sorted(k for k in required if payload.get(k) in (None, "", b""))
    if missing:
        raise OutboxError(f"a {kind} item needs {', '.join(missing)}")
    # Names for the Pending view (list_name, label) may ride along; anything else is a typo of the caller.
    unknown = sorted(set(payload) - required - optional - {"list_name", "label"})
    if unknown:
        raise OutboxError(f"a {kind} item has no field {', '.join(unknown)}")
    if kind in _NEEDS_RECORD and not (payload.get("record_id") or payload.get("record_external_id")):
        raise OutboxError(f"a {kind} item needs record_id or record_external_id")


class Outbox:
    """The queue: `enqueue`, `pending`, `attention`, `counts`, `get`, `update_payload`, `resubmit`, `discard`,
    and for the replay `mark_done`, `mark_attention`, `record_attempt`, `remember_id`, `real_id`.

    `Outbox(path, key)` opens (or creates) the file and raises OutboxDamagedError if it cannot be read;
    `Outbox.open(...)` is the station's entry point, which sets a damaged file aside and goes on.
    """

    def __init__(self, path: Path, key: bytes, *, clock: Callable[[], float] = time.time) -> None:
        if len(key) != KEY_BYTES:
            raise ValueError("the outbox key is 32 bytes")
        self.path = Path(path)
        self._aead = AESGCM(key)
        self._clock = clock
        self._lock = threading.RLock()
        self._listeners: list[Callable[[OutboxCounts], None]] = []
        self._connection = self._connect()

    # -- opening -----------------------------------------------------------------------------------------

    @classmethod
    def open(cls, secrets: SecretStoreLike, data_dir: Path | None, base_url: str, client_id: str,
             *, path: Path | None = None) -> OpenResult:
        """The station's queue for this server and client; never raises for a damaged file: it is set aside
        (`<name>.damaged-<timestamp>`), a new empty queue is opened, and `message` says so for the operator.

        When the key cannot be read now (the keyring did not answer), nothing is made or moved: the result has
        no queue, `key_unavailable` and KEY_UNAVAILABLE_MESSAGE."""
        target = path if path is not None else default_outbox_path(base_url, client_id, data_dir=data_dir)
        try:
            key = outbox_key(secrets)
        except SecretStoreUnavailable as error:
            logger.warning("The offline queue's key cannot be read now (%s); the queue %s is left as it is and "
                           "will be opened later", error.error_type, target)
            return OpenResult(None, KEY_UNAVAILABLE_MESSAGE, key_unavailable=True)
        try:
            return OpenResult(cls(target, key), None)
        except OutboxDamagedError as error:
            backup = set_aside(target)
            logger.warning("The offline queue %s could not be read (%s); kept as %s, starting a new one",
                           target, error, backup)
            message = (f"The station's queue of unsent changes could not be read ({error}). It was kept as "
                       f"{backup.name} in {backup.parent} for your administrator, and a new, empty queue was "
                       "started. Changes queued before this may not have reached the server: check them.")
            return OpenResult(cls(target, key), message)

    def _connect(self) -> sqlite3.Connection:
        make_private_dir(self.path.parent)
        make_private_file(self.path)  # owner-only from the first byte; SQLite gives -wal and -shm the same mode
        connection = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=10)
        try:
            self._prepare(connection)
        except (sqlite3.DatabaseError, InvalidTag, OutboxDamagedError, ValueError, KeyError) as error:
            connection.close()
            if isinstance(error, OutboxDamagedError):
                raise
            raise OutboxDamagedError(_damage_text(error), path=self.path) from error
        return connection

    def _prepare(self, connection: sqlite3.Connection) -> None:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=FULL")  # a queued enrolment survives a power cut
        connection.execute("PRAGMA secure_delete=ON")  # sent items leave no (encrypted) remains behind
        check = connection.execute("PRAGMA quick_check").fetchall()
        if check != [("ok",)]:
            raise OutboxDamagedError("the file is damaged", path=self.path)
        with _transaction(connection):
            connection.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
            connection.execute(
                "CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, "
                "state TEXT NOT NULL, created REAL NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, "
                "payload BLOB NOT NULL, error BLOB)")
            connection.execute("CREATE TABLE IF NOT EXISTS placeholders (placeholder TEXT PRIMARY KEY, "
                               "real_id TEXT NOT NULL, created REAL NOT NULL)")
            rows = dict(connection.execute("SELECT key, value FROM meta").fetchall())
            if not rows:
                connection.execute("INSERT INTO meta VALUES ('version', ?)", (str(SCHEMA_VERSION),))
                connection.execute("INSERT INTO meta VALUES ('key_check', ?)", (self._seal(_KEY_CHECK, b"key"),))
                return
        if int(rows["version"]) > SCHEMA_VERSION:
            raise OutboxDamagedError("it was written by a newer FaceStation", path=self.path)
        try:
            if self._open(rows["key_check"], b"key") != _KEY_CHECK:
                raise InvalidTag
        except InvalidTag:
            raise OutboxDamagedError("it was locked with another key: the station's key was lost or replaced",
                                     path=self.path) from None
        # Every item must open too: finding a bad one now beats failing in the middle of a replay.
        for item_id, kind, payload, error in connection.execute("SELECT id, kind, payload, error FROM items"):
            self._open(payload, _aad(item_id, kind))
            if error is not None:
                self._open(error, _aad(item_id, "error"))

    def close(self) -> None:
        with self._lock:
            self._connection.close()

    def __enter__(self) -> Outbox:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Outbox({str(self.path)!r})"

    # -- listeners ---------------------------------------------------------------------------------------

    def add_listener(self, listener: Callable[[OutboxCounts], None]) -> Callable[[], None]:
        """Call `listener(counts)` after every change (it may be called without the counts changing).

        It runs on the thread that made the change (a worker thread, or the replay's thread), after the
        change is committed and without the queue's lock held: from Qt, emit a signal in it (Qt queues it to
        the GUI thread) and do nothing else there. Returns a function that removes the listener."""
        with self._lock:
            self._listeners.append(listener)

        def remove() -> None:
            with self._lock:
                with contextlib.suppress(ValueError):
                    self._listeners.remove(listener)

        return remove

    def _notify(self) -> None:
        with self._lock:
            listeners = list(self._listeners)
        if not listeners:
            return
        counts = self.counts()
        for listener in listeners:
            try:
                listener(counts)
            except Exception:
                logger.exception("An outbox listener failed")

    # -- the queue ---------------------------------------------------------------------------------------

    def enqueue(self, kind: str, payload: Mapping[str, Any]) -> OutboxItem:
        """Queue a change (see `KINDS` and the package docstring for each kind's payload); it is on disk when
        this returns. Raises OutboxError for an unknown kind or a payload a replay could not use."""
        check_payload(kind, payload)
        created = self._clock()
        with self._lock:
            with _transaction(self._connection):
                cursor = self._connection.execute(
                    "INSERT INTO items (kind, state, created, attempts, payload) VALUES (?, ?, ?, 0, x'')",
                    (kind, PENDING, created))
                item_id = int(cursor.lastrowid or 0)
                self._connection.execute("UPDATE items SET payload = ? WHERE id = ?",
                                         (self._seal(_encode(payload), _aad(item_id, kind)), item_id))
        self._notify()
        return OutboxItem(item_id, kind, PENDING, _when(created), 0, dict(payload))

    def pending(self) -> list[OutboxItem]:
        """Items waiting to be sent, oldest first (the replay order)."""
        return self._items("WHERE state = ? ORDER BY id", (PENDING,))

    def attention(self) -> list[OutboxItem]:
        """Items the server refused ("Needs attention"), oldest first."""
        return self._items("WHERE state = ? ORDER BY id", (ATTENTION,))

    def items(self) -> list[OutboxItem]:
        """Every queued item, pending and needing attention, oldest first."""
        return self._items("ORDER BY id", ())

    def next_pending(self, after: int = 0) -> OutboxItem | None:
        """The oldest pending item numbered above `after` (the replay walks the queue with it)."""
        found = self._items("WHERE state = ? AND id > ? ORDER BY id LIMIT 1", (PENDING, after))
        return found[0] if found else None

    def get(self, item_id: int) -> OutboxItem | None:
        found = self._items("WHERE id = ?", (item_id,))
        return found[0] if found else None

    def counts(self) -> OutboxCounts:
        with self._lock:
            rows = dict(self._connection.execute("SELECT state, COUNT(*) FROM items GROUP BY state").fetchall())
        return OutboxCounts(int(rows.get(PENDING, 0)), int(rows.get(ATTENTION, 0)))

    def update_payload(self, item_id: int, payload: Mapping[str, Any]) -> OutboxItem:
        """Replace an item's payload (the operator corrected it before resubmitting); its state is kept."""
        with self._lock:
            item = self._require(item_id)
            check_payload(item.kind, payload)
            with _transaction(self._connection):
                self._connection.execute("UPDATE items SET payload = ? WHERE id = ?",
                                         (self._seal(_encode(payload), _aad(item_id, item.kind)), item_id))
        self._notify()
        return self._require(item_id)

    def resubmit(self, item_id: int) -> OutboxItem:
        """Send an item that needs attention again: pending, in its old place in the order, attempts reset."""
        with self._lock:
            self._require(item_id)
            with _transaction(self._connection):
                self._connection.execute("UPDATE items SET state = ?, attempts = 0, error = NULL WHERE id = ?",
                                         (PENDING, item_id))
        self._notify()
        return self._require(item_id)

    def discard(self, item_id: int) -> OutboxItem:
        """Remove an item unsent; returns it (decrypted) so the caller can write it to the audit trail.

        Later items that refer to a list or record this item would have created move to "Needs attention"
        at the next replay. Do not discard an item while a replay runs (`Replayer.running`): it may be on
        its way to the server."""
        with self._lock:
            item = self._require(item_id)
            with _transaction(self._connection):
                self._connection.execute("DELETE FROM items WHERE id = ?", (item_id,))
        self._notify()
        return item

    # -- for the replay ----------------------------------------------------------------------------------

    def mark_done(self, item_id: int) -> None:
        """The server has the change: the item leaves the queue."""
        with self._lock:
            with _transaction(self._connection):
                self._connection.execute("DELETE FROM items WHERE id = ?", (item_id,))
        self._notify()

    def mark_attention(self, item_id: int, reason: str, codes: tuple[str, ...] | list[str] = ()) -> None:
        """The server refused the item: it waits for the operator, with the server's reason."""
        self._set_error(item_id, ATTENTION, reason, codes, attempt=False)

    def record_attempt(self, item_id: int, reason: str) -> None:
        """The server could not be reached: the item stays pending, one attempt more, with the reason."""
        self._set_error(item_id, PENDING, reason, (), attempt=True)

    def remember_id(self, placeholder: str, real_id: str) -> None:
        """The server id a placeholder ("outbox:17") stands for, once its create is replayed."""
        with self._lock:
            with _transaction(self._connection):
                self._connection.execute("INSERT OR REPLACE INTO placeholders VALUES (?, ?, ?)",
                                         (placeholder, real_id, self._clock()))

    def real_id(self, placeholder: str) -> str | None:
        """The server id for a placeholder, or None while its create has not been replayed."""
        with self._lock:
            row = self._connection.execute("SELECT real_id FROM placeholders WHERE placeholder = ?",
                                           (placeholder,)).fetchone()
        return None if row is None else str(row[0])

    def resolve(self, identifier: str | None) -> str | None:
        """`identifier` with a replayed placeholder replaced by the server id (anything else unchanged)."""
        if identifier is not None and is_placeholder(identifier):
            return self.real_id(identifier) or identifier
        return identifier

    # -- internals ---------------------------------------------------------------------------------------

    def _set_error(self, item_id: int, state: str, reason: str, codes: tuple[str, ...] | list[str], *,
                   attempt: bool) -> None:
        sealed = self._seal(json.dumps({"text": reason, "codes": list(codes)}).encode(), _aad(item_id, "error"))
        with self._lock:
            with _transaction(self._connection):
                self._connection.execute(
                    "UPDATE items SET state = ?, error = ?, attempts = attempts + ? WHERE id = ?",
                    (state, sealed, 1 if attempt else 0, item_id))
        self._notify()

    def _require(self, item_id: int) -> OutboxItem:
        item = self.get(item_id)
        if item is None:
            raise OutboxError(f"The queued item {item_id} is no longer in the queue (sent or discarded).")
        return item

    def _items(self, clause: str, parameters: tuple[Any, ...]) -> list[OutboxItem]:
        with self._lock:
            rows = self._connection.execute(
                f"SELECT id, kind, state, created, attempts, payload, error FROM items {clause}",  # noqa: S608
                parameters).fetchall()
            items = []
            for item_id, kind, state, created, attempts, payload, error in rows:
                try:
                    decoded = _decode(self._open(payload, _aad(item_id, kind)))
                    problem = json.loads(self._open(error, _aad(item_id, "error"))) if error else None
                except InvalidTag:
                    raise OutboxDamagedError(f"queued item {item_id} was changed on disk", path=self.path) \
                        from None
                items.append(OutboxItem(int(item_id), str(kind), str(state), _when(created), int(attempts),
                                        decoded, problem["text"] if problem else None,
                                        tuple(problem["codes"]) if problem else ()))
        return items

    def _seal(self, data: bytes, aad: bytes) -> bytes:
        nonce = os.urandom(_NONCE_BYTES)
        return nonce + self._aead.encrypt(nonce, data, aad)

    def _open(self, blob: bytes, aad: bytes) -> bytes:
        blob = bytes(blob)
        if len(blob) <= _NONCE_BYTES:
            raise InvalidTag
        return self._aead.decrypt(blob[:_NONCE_BYTES], blob[_NONCE_BYTES:], aad)


@contextlib.contextmanager
def _transaction(connection: sqlite3.Connection) -> Any:
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def _aad(item_id: int, kind: str) -> bytes:
    return f"facestation-outbox-v1|{item_id}|{kind}".encode()


def _when(epoch: float) -> datetime:
    return datetime.fromtimestamp(float(epoch), UTC)


def _damage_text(error: BaseException) -> str:
    if isinstance(error, InvalidTag):
        return "its contents do not match the station's key"
    if isinstance(error, sqlite3.DatabaseError):
        return f"the file is not a readable queue: {error}"
    return f"the file is not a readable queue ({type(error).__name__})"


def _encode(payload: Mapping[str, Any]) -> bytes:
    def default(value: object) -> object:
        if isinstance(value, bytes | bytearray | memoryview):
            return {"$bytes": base64.b64encode(bytes(value)).decode("ascii")}
        if isinstance(value, tuple | set | frozenset):
            return list(value)
        raise TypeError(f"an outbox payload cannot hold {type(value).__name__}")

    try:
        return json.dumps(dict(payload), default=default, ensure_ascii=False, separators=(",", ":")).encode()
    except TypeError as error:
        raise OutboxError(str(error)) from None


def _decode(data: bytes) -> dict[str, Any]:
    def hook(value: dict[str, Any]) -> Any:
        if set(value) == {"$bytes"}:
            return base64.b64decode(value["$bytes"])
        return value

    decoded = json.loads(data, object_hook=hook)
    if not isinstance(decoded, dict):
        raise ValueError("payload")
    return decoded
