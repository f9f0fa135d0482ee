"""The station's audit trail: who did what, when, in an append-only, hash-chained SQLite file (no Qt).

    log = AuditLog(default_audit_path())          # one per station; safe to share between threads
    log.append("enrol", operator="ann", record_ids=[record.id], list_ids=[watch_list.id],
               details={"consent": True, "external_id_generated": False})
    log.append("verify", operator="ann", record_ids=[record.id],
               details={"result": "review", "confidence": 0.71, "mode": "1:1",
                        "override": "accepted", "reason": "ID card checked at the desk"})
    log.append("settings_change", operator="admin", details={"settings": ["theme", "idle_lock_minutes"]})
    report = log.verify()                          # ChainReport(ok, checked, first_broken_sequence, reason, ...)
    log.export_csv(path, log.entries(since=start, action="verify"))

Public API
----------
`AuditLog(path)`; `append(action, *, operator, record_ids=(), list_ids=(), details=None) -> AuditEntry`;
`entries(*, since=None, until=None, operator=None, action=None, record_id=None, limit=None, offset=0,
newest_first=False) -> list[AuditEntry]`; `operators() -> list[str]`; `verify() -> ChainReport`;
`export_csv(destination, entries) -> int`; `close()` (also a context manager). `default_audit_path()`,
`ACTIONS`, `AuditError` (a `ValueError`: refused entries, unreadable files), `details_text(details)`.

Every method may be called from any thread: one connection, guarded by a lock. `append` is durable when it
returns (its own transaction, committed with `synchronous=FULL`) and takes the next sequence number inside
`BEGIN IMMEDIATE`, so even two processes appending to one file keep one gap-free chain.

Actions (a fixed vocabulary, anything else is refused): sign_in, sign_out, lock, enrol, update, delete, verify,
review, list_create, list_update, list_delete, list_add_member, list_remove_member, settings_change,
outbox_discard, outbox_resubmit, camera_self_test. Where the panels call it: after the server (or the outbox)
accepted the change, with the record's identifier; a verification with its result code, confidence, mode, and
the operator's override decision and reason; a settings change with the NAMES of the changed settings (never
their values: a PIN or a server password must not land here); an outbox discard with the item's record
identifier; a camera self-test with its verdict and the checks that gave advice.

Privacy: no images, no names, no tokens
---------------------------------------
Record and list identifiers are the ONLY link to a person: whoever reads the log needs the server's records to
know who was enrolled or checked, and deleting a record on the server leaves only an opaque identifier here.
`append` enforces it: bytes are refused anywhere; detail keys are lower-case identifiers and keys naming
personal data or secrets (name, surname, image, photo, portrait, face, jpeg, token, password, pin, secret, …,
also as a part such as ``first_name``) are refused; detail values are text of at most 200 characters, numbers,
booleans, None, or flat lists of those; identifiers and the operator are short single-line text. The one
field the log cannot check is free text an operator types (an override reason): the panels should ask for a
reason, not for a name.

The chain and what `verify` detects
-----------------------------------
Each entry stores `prev_hash` (the previous entry's `hash`; the first entry's is `GENESIS_HASH`) and `hash`,
the SHA-256 of the canonical JSON of every other field, `prev_hash` included (sorted keys, no spaces, UTF-8).
A `head` row, updated in the same transaction as each append, holds the last sequence number and hash.
`verify` detects, and names the first broken entry of: an edited entry (any field, its hash included); a
deleted entry (a gap in the sequence numbers), or deleted entries renumbered; an inserted entry; entries
swapped or reordered; entries cut off the end or added after it outside the station (the head disagrees).
It cannot detect a rewrite by someone who recomputes every hash from the change onwards AND updates the head
(there is no secret key on a station a local administrator controls), nor a deleted file. Against that, keep
the head hash that `verify` reports (it is printed by `facestation audit verify`) somewhere else, e.g. with
each CSV export: a later log whose chain does not contain that hash has been rewritten. SQLite triggers also
refuse UPDATE and DELETE on the entries, so no code of the station can change the log by mistake.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import os
import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from types import TracebackType
from typing import Any

import platformdirs

from facestation.private_files import make_private_dir, make_private_file
from facestation.spreadsheet import inert_cell

__all__ = ["ACTIONS", "CHAIN_PROBLEMS", "GENESIS_HASH", "AuditDamagedError", "AuditEntry", "AuditError",
           "AuditLog", "AuditUnavailableError", "ChainReport", "default_audit_path", "details_text", "export_csv",
           "is_damage", "parse_time"]

ACTIONS: tuple[str, ...] = (
    "sign_in", "sign_out", "lock", "enrol", "update", "delete", "verify", "review",
    "list_create", "list_update", "list_delete", "list_add_member", "list_remove_member",
    "settings_change", "outbox_discard", "outbox_resubmit", "camera_self_test",
)
# What the first entry chains to: a fixed, documented value, so a log cut at its start is told from a new one.
# ChainReport.problem: an entry edited / missing from the middle / inserted, moved or preceded by a replaced one /
# mangled beyond reading; the end cut off / entries added after the end outside the station.
CHAIN_PROBLEMS = ("changed", "missing", "out_of_place", "unreadable", "cut_off", "added")
GENESIS_HASH = hashlib.sha256(b"FaceStation audit trail v1").hexdigest()
AUDIT_FILE_NAME = "audit.sqlite3"
SCHEMA_VERSION = 1

MAX_TEXT = 200  # a detail value or a list item
MAX_IDENTIFIER = 200  # a record or list identifier
MAX_OPERATOR = 100
MAX_IDS = 100  # identifiers per entry (a list change names at most a batch of records)
MAX_DETAILS_JSON = 4000
# Parts of a detail key that mean personal data or a secret. Matched against the key's "_"-separated words, so
# "first_name" and "photo_path" are refused while "settings" or "result" pass.
FORBIDDEN_KEY_WORDS = frozenset({
    "name", "names", "surname", "surnames", "firstname", "lastname", "fullname", "forename", "birth", "dob",
    "birthday", "address", "email", "phone",
    "image", "images", "photo", "photos", "portrait", "picture", "face", "faces", "jpeg", "jpg", "png", "pixels",
    "token", "tokens", "password", "passwd", "pin", "secret", "secrets", "credential", "credentials", "key",
    "apikey", "cookie", "authorization",
})
_KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,39}$")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    sequence INTEGER PRIMARY KEY,
    time TEXT NOT NULL,
    operator TEXT NOT NULL,
    action TEXT NOT NULL,
    record_ids TEXT NOT NULL,
    list_ids TEXT NOT NULL,
    details TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS entries_time ON entries(time);
CREATE INDEX IF NOT EXISTS entries_operator ON entries(operator);
CREATE TABLE IF NOT EXISTS head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    sequence INTEGER NOT NULL,
    hash TEXT NOT NULL
);
CREATE TRIGGER IF NOT EXISTS entries_no_update BEFORE UPDATE ON entries
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS entries_no_delete BEFORE DELETE ON entries
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
"""
_COLUMNS = "sequence, time, operator, action, record_ids, list_ids, details, prev_hash, hash"
CSV_HEADER = ("sequence", "time_utc", "operator", "action", "record_ids", "list_ids", "details", "prev_hash",
              "hash")

DetailValue = str | int | float | bool | None | list[str | int | float | bool | None]


class AuditError(ValueError):
    """An entry the log refuses (unknown action, personal data, …) or a file it cannot use; the message is a
    sentence for an administrator."""


class AuditDamagedError(AuditError):
    """The log file is damaged or not a database: it will not open again as it is (set it aside)."""


class AuditUnavailableError(AuditError):
    """The log cannot be opened right now (locked, no permission, disk full, read-only, something in the way):
    the file may well be intact, so it must be left where it is."""


# SQLite's primary result codes that mean the file itself is bad. Everything else (BUSY, LOCKED, CANTOPEN,
# PERM, READONLY, FULL, IOERR, NOMEM, …) can pass or be fixed without losing the log.
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26


def is_damage(error: sqlite3.Error) -> bool:
    """Whether SQLite's `error` says the database file is damaged (malformed, not a database)."""
    code = getattr(error, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)


def default_audit_path() -> Path:
    """The station's audit log: `audit.sqlite3` in the user data folder (platformdirs, "FaceStation")."""
    return Path(platformdirs.user_data_dir("FaceStation", appauthor=False)) / AUDIT_FILE_NAME


@dataclass(frozen=True)
class AuditEntry:
    """One line of the audit trail. `time` is UTC, ISO 8601 with milliseconds ("2024-05-01T09:30:00.123Z")."""

    sequence: int
    time: str
    operator: str
    action: str
    record_ids: tuple[str, ...] = ()
    list_ids: tuple[str, ...] = ()
    details: Mapping[str, Any] = field(default_factory=dict)
    prev_hash: str = ""
    hash: str = ""

    @property
    def timestamp(self) -> datetime:
        """The time as an aware datetime (UTC); `.astimezone()` gives local time."""
        return datetime.fromisoformat(self.time.replace("Z", "+00:00"))

    def canonical(self) -> bytes:
        """What `hash` is computed over: every field but the hash itself, as canonical JSON."""
        return _canonical_json({
            "sequence": self.sequence, "time": self.time, "operator": self.operator, "action": self.action,
            "record_ids": list(self.record_ids), "list_ids": list(self.list_ids), "details": dict(self.details),
            "prev_hash": self.prev_hash,
        }).encode("utf-8")

    def computed_hash(self) -> str:
        return hashlib.sha256(self.canonical()).hexdigest()


@dataclass(frozen=True)
class ChainReport:
    """What `AuditLog.verify` found. `checked`: entries whose links and hashes were checked (all of them when
    ok; those before the first broken one otherwise). `first_broken_sequence` / `first_broken_time` (UTC ISO,
    None when the entry is missing) and `reason` (a sentence) say what is wrong; `head_hash` is the hash of the
    last entry intact (GENESIS_HASH for an empty log): note it elsewhere to detect a later rewrite of the tail."""

    ok: bool
    checked: int
    first_broken_sequence: int | None = None
    reason: str = ""
    first_broken_time: str | None = None
    head_hash: str = GENESIS_HASH
    problem: str = ""  # what kind: one of CHAIN_PROBLEMS ("" when ok), for a translated message in the viewer


def utc_now_text() -> str:
    return format_time(datetime.now(timezone.utc))


def format_time(moment: datetime) -> str:
    """UTC, ISO 8601 with milliseconds and a Z: sortable as text, which is how `entries` filters by time."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def parse_time(value: datetime | date | str, *, end_of_day: bool = False) -> datetime:
    """A filter bound as an aware datetime. A naive datetime or a date is local time; a bare date is its
    midnight, or with `end_of_day` the next midnight (an inclusive "until this day"). Text is ISO 8601."""
    if isinstance(value, str):
        text = value.strip()
        try:
            value = date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text.replace("Z",
                                                                                                     "+00:00"))
        except ValueError:
            raise AuditError(f"{value!r} is not a date (YYYY-MM-DD) or a time (YYYY-MM-DDTHH:MM)") from None
    if not isinstance(value, datetime):
        value = datetime.combine(value + timedelta(days=1) if end_of_day else value, time())
    return value if value.tzinfo is not None else value.astimezone()


def _canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def details_text(details: Mapping[str, Any]) -> str:
    """Details on one line for a terminal: `result=match, confidence=0.93, settings=theme+idle_lock`."""
    parts = []
    for key, value in details.items():
        if isinstance(value, list):
            value = "+".join(str(item) for item in value)
        parts.append(f"{key}={value}")
    return ", ".join(parts)


# -- checking what goes in ------------------------------------------------------------------------------------

def _check_plain_text(value: object, what: str, limit: int) -> str:
    if isinstance(value, bytes | bytearray | memoryview):
        raise AuditError(f"{what} is binary data; the audit log takes no images or other bytes")
    if not isinstance(value, str):
        raise AuditError(f"{what} must be text, not {type(value).__name__}")
    if len(value) > limit:
        raise AuditError(f"{what} is longer than {limit} characters")
    if any(character in value for character in "\r\n\x00"):
        raise AuditError(f"{what} must be a single line")
    return value


def _check_operator(operator: object) -> str:
    text = _check_plain_text(operator, "the operator", MAX_OPERATOR).strip()
    if not text:
        raise AuditError("the operator (the signed-in user name) is missing")
    return text


def _check_identifiers(values: Iterable[object] | str | bytes, what: str) -> tuple[str, ...]:
    if isinstance(values, bytes | bytearray | memoryview):
        raise AuditError(f"the {what} are binary data; give identifiers as text")
    if isinstance(values, str):  # one identifier given bare would otherwise be split into characters
        values = (values,)
    checked = []
    for value in values:
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        text = _check_plain_text(value, f"a {what[:-1]}", MAX_IDENTIFIER).strip()
        if not text:
            raise AuditError(f"a {what[:-1]} is empty")
        checked.append(text)
    if len(checked) > MAX_IDS:
        raise AuditError(f"an entry names at most {MAX_IDS} {what}")
    return tuple(checked)


def _check_scalar(value: object, where: str) -> str | int | float | bool | None:
    if value is None or isinstance(value, bool | int):
        return value  # type: ignore[return-value]
    if isinstance(value, float):
        if not math.isfinite(value):
            raise AuditError(f"{where} is not a finite number")
        return value
    if isinstance(value, bytes | bytearray | memoryview):
        raise AuditError(f"{where} is binary data; the audit log takes no images or other bytes")
    if isinstance(value, str):
        if len(value) > MAX_TEXT:
            raise AuditError(f"{where} is longer than {MAX_TEXT} characters")
        return value
    raise AuditError(f"{where} must be text, a number, true/false or a list of those, not {type(value).__name__}")


def _check_details(details: Mapping[str, object] | None) -> dict[str, DetailValue]:
    if details is None:
        return {}
    if not isinstance(details, Mapping):
        raise AuditError("the details must be a mapping of names to values")
    checked: dict[str, DetailValue] = {}
    for key, value in details.items():
        if not isinstance(key, str) or not _KEY_PATTERN.match(key):
            raise AuditError(f"detail key {key!r} must be a short lower-case identifier (letters, digits, _)")
        personal = FORBIDDEN_KEY_WORDS.intersection(key.split("_"))
        if personal:
            raise AuditError(f"detail {key!r} looks like personal data or a secret ({sorted(personal)[0]}); the "
                             "audit log keeps record identifiers only, no names, images or tokens")
        if isinstance(value, list | tuple):
            checked[key] = [_check_scalar(item, f"an item of detail {key!r}") for item in value]
        else:
            checked[key] = _check_scalar(value, f"detail {key!r}")
    if len(_canonical_json(checked)) > MAX_DETAILS_JSON:
        raise AuditError(f"the details are too long (more than {MAX_DETAILS_JSON} characters): keep them short")
    return checked


def _refuse_damaged(path: Path) -> None:
    """Raise AuditDamagedError when the log at `path` is damaged, looking through a READ-ONLY connection.

    Why read-only first: a read-write connection that fails on a damaged file still deletes the -wal and -shm
    when it closes, and the -wal holds the newest entries the administrator should get back with the kept copy.
    Anything else going wrong here (no file yet, locked, no permission) is for the real open to handle.
    """
    if not path.is_file():
        return
    try:
        probe = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0)
    except sqlite3.Error:
        return
    try:
        probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
        probe.execute("SELECT NOT EXISTS (SELECT 1 FROM entries)").fetchone()
    except sqlite3.Error as error:
        if is_damage(error):
            raise AuditDamagedError(f"The audit log {path} cannot be opened ({error}). Keep the file for your "
                                    "administrator and move it aside to start a new log.") from error
    finally:
        probe.close()


# -- the log --------------------------------------------------------------------------------------------------

class AuditLog:
    """The append-only, hash-chained audit trail in one SQLite file (see the module documentation)."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path is not None else default_audit_path()
        self._lock = threading.Lock()
        try:
            make_private_dir(self.path.parent)
        except OSError as error:
            raise AuditUnavailableError(f"The audit log {self.path} cannot be opened right now: its folder cannot "
                                        f"be made ({error.strerror or error}).") from error
        _refuse_damaged(self.path)
        try:
            make_private_file(self.path)  # owner-only from the first byte; SQLite gives -wal and -shm its mode
        except OSError as error:
            raise AuditUnavailableError(f"The audit log {self.path} cannot be opened right now "
                                        f"({error.strerror or error}).") from error
        try:
            # Autocommit (isolation_level=None): every transaction is explicit. One connection shared by every
            # thread, so the lock, not sqlite3's thread check, keeps it to one caller at a time.
            self._connection = sqlite3.connect(self.path, timeout=10, isolation_level=None,
                                               check_same_thread=False)
            self._connection.execute("PRAGMA journal_mode=WAL")  # the viewer and the CLI read while it appends
            self._connection.execute("PRAGMA synchronous=FULL")  # an append survives a power cut once it returns
            self._connection.executescript(_SCHEMA)
            self._connection.execute("BEGIN IMMEDIATE")
            empty = self._connection.execute("SELECT NOT EXISTS (SELECT 1 FROM entries)").fetchone()[0]
            if empty:
                self._connection.execute("INSERT OR IGNORE INTO head (id, sequence, hash) VALUES (1, 0, ?)",
                                         (GENESIS_HASH,))
            self._connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            self._connection.execute("COMMIT")
        except sqlite3.Error as error:
            opened: sqlite3.Connection | None = getattr(self, "_connection", None)
            if opened is not None:
                opened.close()  # no half-open log keeps the file locked
            if is_damage(error):
                raise AuditDamagedError(f"The audit log {self.path} cannot be opened ({error}). Keep the file for "
                                        "your administrator and move it aside to start a new log.") from error
            raise AuditUnavailableError(f"The audit log {self.path} cannot be opened right now ({error}); the file "
                                        "was left as it is.") from error

    def close(self) -> None:
        with self._lock:
            self._connection.close()

    def __enter__(self) -> AuditLog:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    # -- writing ------------------------------------------------------------------------------------------

    def append(self, action: str, *, operator: str, record_ids: Iterable[str | int] | str = (),
               list_ids: Iterable[str | int] | str = (),
               details: Mapping[str, object] | None = None) -> AuditEntry:
        """Add one entry, chained to the last one, and commit it. Refuses (AuditError) an unknown action,
        personal data or secrets in the details, and bytes anywhere; the log is unchanged then."""
        if action not in ACTIONS:
            raise AuditError(f"{action!r} is not an audit action; use one of: {', '.join(ACTIONS)}")
        operator = _check_operator(operator)
        records = _check_identifiers(record_ids, "record identifiers")
        lists = _check_identifiers(list_ids, "list identifiers")
        checked_details = _check_details(details)
        with self._lock:
            connection = self._connection
            connection.execute("BEGIN IMMEDIATE")  # the next number and the link are taken under the write lock
            try:
                last = connection.execute("SELECT sequence, hash FROM entries ORDER BY sequence DESC LIMIT 1"
                                          ).fetchone()
                sequence, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)
                entry = AuditEntry(sequence, utc_now_text(), operator, action, records, lists, checked_details,
                                   prev_hash)
                entry = replace(entry, hash=entry.computed_hash())
                connection.execute(
                    f"INSERT INTO entries ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (entry.sequence, entry.time, entry.operator, entry.action, _canonical_json(list(records)),
                     _canonical_json(list(lists)), _canonical_json(checked_details), entry.prev_hash, entry.hash))
                connection.execute("INSERT OR REPLACE INTO head (id, sequence, hash) VALUES (1, ?, ?)",
                                   (entry.sequence, entry.hash))
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
        return entry

    # -- reading ------------------------------------------------------------------------------------------

    def entries(self, *, since: datetime | date | str | None = None, until: datetime | date | str | None = None,
                operator: str | None = None, action: str | None = None, record_id: str | None = None,
                limit: int | None = None, offset: int = 0, newest_first: bool = False) -> list[AuditEntry]:
        """Entries in sequence order (oldest first, or `newest_first`), filtered: `since` inclusive, `until`
        exclusive (datetimes; naive ones and dates are local time, see `parse_time`); `operator` and `action`
        exactly; `record_id` an entry naming that record or list identifier. Then `offset`, then `limit`."""
        where: list[str] = []
        parameters: list[object] = []
        if since is not None:
            where.append("time >= ?")
            parameters.append(format_time(parse_time(since)))
        if until is not None:
            where.append("time < ?")
            parameters.append(format_time(parse_time(until)))
        if operator:
            where.append("operator = ?")
            parameters.append(operator)
        if action:
            where.append("action = ?")
            parameters.append(action)
        if record_id:
            where.append("(EXISTS (SELECT 1 FROM json_each(entries.record_ids) WHERE value = ?) "
                         "OR EXISTS (SELECT 1 FROM json_each(entries.list_ids) WHERE value = ?))")
            parameters += [record_id.strip(), record_id.strip()]
        query = f"SELECT {_COLUMNS} FROM entries"
        if where:
            query += " WHERE " + " AND ".join(where)
        query += " ORDER BY sequence " + ("DESC" if newest_first else "ASC")
        query += " LIMIT ? OFFSET ?"
        parameters += [-1 if limit is None else max(0, limit), max(0, offset)]
        with self._lock:
            rows = self._connection.execute(query, parameters).fetchall()
        return [_entry_from_row(row) for row in rows]

    def operators(self) -> list[str]:
        """Every operator named in the log, sorted (the viewer's filter)."""
        with self._lock:
            rows = self._connection.execute("SELECT DISTINCT operator FROM entries ORDER BY operator").fetchall()
        return [row[0] for row in rows]

    def __len__(self) -> int:
        with self._lock:
            return int(self._connection.execute("SELECT COUNT(*) FROM entries").fetchone()[0])

    # -- checking -----------------------------------------------------------------------------------------

    def verify(self) -> ChainReport:
        """Walk the chain from the first entry; report the first entry that is missing, changed, out of place,
        or the end that disagrees with the head (see the module documentation for what is and is not caught)."""
        with self._lock:
            head = self._connection.execute("SELECT sequence, hash FROM head WHERE id = 1").fetchone()
            rows = self._connection.execute(f"SELECT {_COLUMNS} FROM entries ORDER BY sequence").fetchall()
        return _verify_rows(iter(rows), head)

    # -- exporting ----------------------------------------------------------------------------------------

    def export_csv(self, destination: str | os.PathLike[str], entries: Iterable[AuditEntry]) -> int:
        """Write entries to a CSV file (UTF-8 with a byte-order mark, for spreadsheets); the number written.
        Written to a temporary file first, so a failed export leaves no half file behind."""
        return export_csv(destination, entries)


def export_csv(destination: str | os.PathLike[str], entries: Iterable[AuditEntry]) -> int:
    """See `AuditLog.export_csv`. Columns: CSV_HEADER. Text a spreadsheet would run as a formula (starting with
    = + - @ tab CR) gets a leading apostrophe (`facestation.spreadsheet.inert_cell`, shared with the import
    results); the hash columns keep the log's values, to compare with `verify`."""
    target = Path(destination)
    temporary = target.with_name(f".{target.name}.part")
    count = 0
    try:
        with temporary.open("w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(CSV_HEADER)
            for entry in entries:
                writer.writerow([entry.sequence, entry.time, inert_cell(entry.operator), entry.action,
                                 inert_cell(";".join(entry.record_ids)), inert_cell(";".join(entry.list_ids)),
                                 _canonical_json(dict(entry.details)) if entry.details else "", entry.prev_hash,
                                 entry.hash])
                count += 1
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return count


def _entry_from_row(row: Sequence[Any]) -> AuditEntry:
    """An entry as stored; raises ValueError/TypeError when a row was mangled into something unreadable."""
    sequence, when, operator, action, records, lists, details, prev_hash, entry_hash = row
    record_ids, list_ids, detail_map = json.loads(records), json.loads(lists), json.loads(details)
    if not (isinstance(record_ids, list) and isinstance(list_ids, list) and isinstance(detail_map, dict)):
        raise ValueError("identifiers or details have the wrong shape")
    return AuditEntry(int(sequence), str(when), str(operator), str(action), tuple(map(str, record_ids)),
                      tuple(map(str, list_ids)), detail_map, str(prev_hash), str(entry_hash))


def _verify_rows(rows: Iterator[Sequence[Any]], head: Sequence[Any] | None) -> ChainReport:
    expected_sequence, prev_hash = 1, GENESIS_HASH
    last_time: str | None = None
    for row in rows:
        sequence = row[0]
        when = str(row[1])

        def broken(number: int, problem: str, reason: str, at: str | None = when) -> ChainReport:
            return ChainReport(False, expected_sequence - 1, number, reason, at, prev_hash, problem)

        if not isinstance(sequence, int) or sequence < expected_sequence:
            return broken(expected_sequence, "out_of_place",
                          f"entry {expected_sequence} has an invalid sequence number ({sequence!r})")
        if sequence > expected_sequence:
            missing = (f"entry {expected_sequence} is missing" if sequence == expected_sequence + 1 else
                       f"entries {expected_sequence} to {sequence - 1} are missing")
            after = f"after entry {expected_sequence - 1}" if expected_sequence > 1 else "at the start"
            return broken(expected_sequence, "missing", f"{missing}: the log jumps {after} to entry {sequence} "
                          f"(written {when})", None)
        try:
            entry = _entry_from_row(row)
        except (ValueError, TypeError):
            return broken(sequence, "unreadable",
                          f"entry {sequence} cannot be read: its fields were changed by hand")
        if entry.prev_hash != prev_hash:
            return broken(sequence, "out_of_place",
                          f"entry {sequence} does not follow entry {sequence - 1}: it was inserted, moved, or an "
                          "entry before it was replaced" if sequence > 1 else
                          "entry 1 does not start the chain: entries before it were removed or it was replaced")
        if entry.computed_hash() != entry.hash:
            return broken(sequence, "changed", f"entry {sequence} was changed after it was written (its content "
                          "no longer matches its hash)")
        expected_sequence, prev_hash, last_time = sequence + 1, entry.hash, entry.time
    checked = expected_sequence - 1
    if head is None:
        return ChainReport(False, checked, checked + 1, "the head record (the last sequence number and hash) is "
                           "missing: entries may have been cut off the end", None, prev_hash, "cut_off")
    head_sequence, head_hash = int(head[0]), str(head[1])
    if head_sequence > checked:
        missing = (f"entry {checked + 1} is missing" if head_sequence == checked + 1 else
                   f"entries {checked + 1} to {head_sequence} are missing")
        return ChainReport(False, checked, checked + 1, f"{missing} from the end of the log (it was cut off)",
                           None, prev_hash, "cut_off")
    if head_sequence < checked:
        return ChainReport(False, head_sequence, head_sequence + 1, f"entry {head_sequence + 1} and the ones after "
                           f"it were added outside the station (the log should end at entry {head_sequence})",
                           None, prev_hash, "added")
    if head_hash != prev_hash:
        return ChainReport(False, checked - 1, checked, f"entry {checked} is not the entry the station wrote last "
                           "(its hash differs from the head record)", last_time, prev_hash, "changed")
    return ChainReport(True, checked, head_hash=prev_hash)
