"""The audit trail: appending and filtering, refusing personal data, the hash chain and every kind of tampering
(with raw sqlite3 on the real file), appends from many threads, and the CSV export."""

from __future__ import annotations

import csv
import hashlib
import json
import sqlite3
import threading
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from facestation.station.core.audit import (
    ACTIONS,
    CSV_HEADER,
    GENESIS_HASH,
    AuditEntry,
    AuditError,
    AuditLog,
    default_audit_path,
)


@pytest.fixture
def log(tmp_path: Path) -> AuditLog:
    audit_log = AuditLog(tmp_path / "audit.sqlite3")
    yield audit_log  # type: ignore[misc]
    audit_log.close()


def fill(log: AuditLog, count: int) -> list[AuditEntry]:
    return [log.append("verify", operator="ann", record_ids=[f"rec-{number}"],
                       details={"result": "match", "confidence": 0.9, "mode": "1:1"}) for number in range(1, count + 1)]


def tamper(path: Path, *statements: str) -> None:
    """Change the file as an attacker with the sqlite3 shell would: drop the guards, run the SQL, commit."""
    connection = sqlite3.connect(path)
    connection.execute("DROP TRIGGER IF EXISTS entries_no_update")
    connection.execute("DROP TRIGGER IF EXISTS entries_no_delete")
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()


def reopened(path: Path) -> AuditLog:
    return AuditLog(path)


# -- writing and reading -------------------------------------------------------------------------------------

def test_append_chains_entries_and_reads_them_back(log: AuditLog, tmp_path: Path) -> None:
    first = log.append("sign_in", operator="ann")
    second = log.append("enrol", operator="ann", record_ids=["rec-1"], list_ids=["list-7"],
                        details={"consent": True, "external_id_generated": False})
    assert (first.sequence, second.sequence) == (1, 2)
    assert first.prev_hash == GENESIS_HASH and second.prev_hash == first.hash
    assert second.hash == hashlib.sha256(second.canonical()).hexdigest()
    assert len(first.hash) == 64 and first.hash != second.hash
    # UTC, ISO 8601, milliseconds
    assert first.time.endswith("Z") and len(first.time) == len("2024-05-01T09:30:00.123Z")
    assert abs(first.timestamp - datetime.now(timezone.utc)) < timedelta(seconds=30)
    log.close()
    with reopened(tmp_path / "audit.sqlite3") as again:  # durable: a new connection sees both
        assert again.entries() == [first, second]
        third = again.append("sign_out", operator="ann")
        assert third.sequence == 3 and third.prev_hash == second.hash


def test_filters(log: AuditLog) -> None:
    log.append("sign_in", operator="ann")
    log.append("enrol", operator="ann", record_ids=["rec-1"])
    log.append("verify", operator="bob", record_ids=["rec-1"], details={"result": "no_match"})
    log.append("list_add_member", operator="bob", record_ids=["rec-2"], list_ids=["list-9"])
    log.append("delete", operator="ann", record_ids=["rec-2"])
    assert [e.sequence for e in log.entries(operator="bob")] == [3, 4]
    assert [e.sequence for e in log.entries(action="enrol")] == [2]
    assert [e.sequence for e in log.entries(record_id="rec-2")] == [4, 5]
    assert [e.sequence for e in log.entries(record_id="list-9")] == [4]
    assert [e.sequence for e in log.entries(operator="ann", record_id="rec-1")] == [2]
    assert [e.sequence for e in log.entries(limit=2)] == [1, 2]
    assert [e.sequence for e in log.entries(limit=2, offset=3)] == [4, 5]
    assert [e.sequence for e in log.entries(limit=2, newest_first=True)] == [5, 4]
    assert log.operators() == ["ann", "bob"]
    assert len(log) == 5
    # Times: since inclusive, until exclusive; dates are local days.
    everything, third = log.entries(), log.entries()[2]  # several entries may share a millisecond
    assert log.entries(since=third.timestamp) == [e for e in everything if e.time >= third.time]
    assert log.entries(until=third.timestamp) == [e for e in everything if e.time < third.time]
    assert third in log.entries(since=third.timestamp) and third not in log.entries(until=third.timestamp)
    today = datetime.now().date()
    assert len(log.entries(since=today)) == 5
    assert log.entries(since=today + timedelta(days=1)) == []
    assert log.entries(until=today) == []
    assert len(log.entries(since="2000-01-01", until=datetime.now(timezone.utc) + timedelta(minutes=1))) == 5
    assert log.entries(operator="nobody") == []


def test_every_action_of_the_vocabulary_is_accepted_and_others_are_refused(log: AuditLog) -> None:
    for action in ACTIONS:
        log.append(action, operator="ann")
    assert [e.action for e in log.entries()] == list(ACTIONS)
    for wrong in ("drop_tables", "Verify", ""):
        with pytest.raises(AuditError, match="not an audit action"):
            log.append(wrong, operator="ann")
    assert len(log) == len(ACTIONS)


def test_a_missing_operator_is_refused(log: AuditLog) -> None:
    for operator in ("", "   ", "ann\nroot", None):
        with pytest.raises(AuditError):
            log.append("sign_in", operator=operator)  # type: ignore[arg-type]
    assert len(log) == 0


@pytest.mark.parametrize("details", [
    {"name": "Grace"}, {"surname": "Hopper"}, {"first_name": "Grace"}, {"person_name": "G H"},
    {"image": "x"}, {"photo": "x"}, {"portrait_path": "/tmp/p.jpg"}, {"face": "x"}, {"jpeg": "x"},
    {"token": "abc"}, {"access_token": "abc"}, {"password": "pw"}, {"admin_pin": "1234"}, {"client_secret": "s"},
    {"Result": "match"}, {"bad key": 1}, {1: "x"},
], ids=lambda d: str(next(iter(d))))
def test_personal_data_and_secrets_are_refused_by_key(log: AuditLog, details: dict[object, object]) -> None:
    with pytest.raises(AuditError):
        log.append("enrol", operator="ann", record_ids=["rec-1"], details=details)  # type: ignore[arg-type]
    assert len(log) == 0


@pytest.mark.parametrize("details", [
    {"result": b"\xff\xd8\xff\xe0jpeg"}, {"result": bytearray(b"x")}, {"results": ["ok", b"x"]},
    {"reason": "x" * 201}, {"confidence": float("nan")}, {"nested": {"a": 1}}, {"items": [[1, 2]]},
    {"when": datetime.now()},
], ids=["bytes", "bytearray", "bytes-in-list", "long-text", "nan", "mapping", "nested-list", "datetime"])
def test_values_must_be_short_plain_data(log: AuditLog, details: dict[str, object]) -> None:
    with pytest.raises(AuditError):
        log.append("verify", operator="ann", record_ids=["rec-1"], details=details)
    assert len(log) == 0


def test_identifiers_must_be_short_text(log: AuditLog) -> None:
    for record_ids in ([b"rec"], b"rec", ["x" * 201], [""], [3.5]):
        with pytest.raises(AuditError):
            log.append("delete", operator="ann", record_ids=record_ids)  # type: ignore[arg-type]
    with pytest.raises(AuditError):
        log.append("enrol", operator=b"ann")  # type: ignore[arg-type]
    entry = log.append("delete", operator="ann", record_ids="rec-42", list_ids=[7])  # one id bare, a number
    assert entry.record_ids == ("rec-42",) and entry.list_ids == ("7",)


def test_allowed_details_are_kept_exactly(log: AuditLog) -> None:
    details = {"result": "review", "confidence": 0.7134, "mode": "1:1", "override": "accepted",
               "reason": "ID card checked at the desk", "settings": ["theme", "idle_lock_minutes"],
               "consent": True, "retries": 2, "score": None}
    log.append("verify", operator="ann", record_ids=["rec-1"], details=details)
    assert dict(log.entries()[0].details) == details
    assert log.verify().ok


def test_the_file_has_no_personal_data_even_when_asked(log: AuditLog, tmp_path: Path) -> None:
    with pytest.raises(AuditError):
        log.append("enrol", operator="ann", record_ids=["rec-1"], details={"name": "Grace Hopper"})
    log.append("enrol", operator="ann", record_ids=["rec-1"])
    log.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("audit.sqlite3"))
    assert b"Grace" not in raw and b"\xff\xd8\xff" not in raw


def test_rows_cannot_be_changed_through_sqlite_without_removing_the_guards(log: AuditLog, tmp_path: Path) -> None:
    fill(log, 2)
    connection = sqlite3.connect(tmp_path / "audit.sqlite3")
    for statement in ("UPDATE entries SET operator = 'eve'", "DELETE FROM entries WHERE sequence = 1"):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            connection.execute(statement)
    connection.close()
    assert log.verify().ok


def test_default_path_is_in_the_user_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_audit_path() == tmp_path / "data" / "FaceStation" / "audit.sqlite3"
    with AuditLog() as default_log:
        assert default_log.path == default_audit_path() and default_log.path.is_file()


def test_a_file_that_is_not_a_log_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "audit.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(AuditError, match="cannot be opened"):
        AuditLog(path)


# -- the chain -----------------------------------------------------------------------------------------------

def test_verify_an_intact_log(log: AuditLog) -> None:
    empty = log.verify()
    assert empty.ok and empty.checked == 0 and empty.head_hash == GENESIS_HASH
    entries = fill(log, 6)
    report = log.verify()
    assert report.ok and report.checked == 6 and report.first_broken_sequence is None
    assert report.head_hash == entries[-1].hash


def test_an_edited_detail_is_detected(log: AuditLog, tmp_path: Path) -> None:
    entries = fill(log, 6)
    tamper(tmp_path / "audit.sqlite3",
           "UPDATE entries SET details = '{\"confidence\":0.99,\"mode\":\"1:1\",\"result\":\"match\"}' "
           "WHERE sequence = 4")
    report = log.verify()
    assert not report.ok and report.first_broken_sequence == 4 and report.checked == 3
    assert report.first_broken_time == entries[3].time
    assert "changed after it was written" in report.reason and report.problem == "changed"


@pytest.mark.parametrize(("column", "value"), [("operator", "'eve'"), ("action", "'sign_in'"),
                                               ("time", "'2020-01-01T00:00:00.000Z'"), ("record_ids", "'[\"x\"]'")])
def test_any_edited_field_is_detected(log: AuditLog, tmp_path: Path, column: str, value: str) -> None:
    fill(log, 5)
    tamper(tmp_path / "audit.sqlite3", f"UPDATE entries SET {column} = {value} WHERE sequence = 2")
    report = log.verify()
    assert (report.ok, report.first_broken_sequence) == (False, 2)


def test_a_deleted_middle_entry_is_detected(log: AuditLog, tmp_path: Path) -> None:
    fill(log, 6)
    tamper(tmp_path / "audit.sqlite3", "DELETE FROM entries WHERE sequence = 3")
    report = log.verify()
    assert not report.ok and report.first_broken_sequence == 3 and report.checked == 2
    assert "entry 3 is missing" in report.reason and report.first_broken_time is None
    assert report.problem == "missing"


def test_a_deleted_entry_with_the_rest_renumbered_is_detected(log: AuditLog, tmp_path: Path) -> None:
    fill(log, 6)
    tamper(tmp_path / "audit.sqlite3", "DELETE FROM entries WHERE sequence = 3",
           "UPDATE entries SET sequence = sequence - 1 WHERE sequence > 3",
           "UPDATE head SET sequence = 5")
    report = log.verify()
    assert (report.ok, report.first_broken_sequence) == (False, 3)
    assert "does not follow entry 2" in report.reason and report.problem == "out_of_place"


def test_swapped_entries_are_detected(log: AuditLog, tmp_path: Path) -> None:
    fill(log, 6)
    tamper(tmp_path / "audit.sqlite3", "UPDATE entries SET sequence = -1 WHERE sequence = 2",
           "UPDATE entries SET sequence = 2 WHERE sequence = 5", "UPDATE entries SET sequence = 5 WHERE sequence = -1")
    report = log.verify()
    assert (report.ok, report.first_broken_sequence) == (False, 2)


def test_an_inserted_entry_is_detected(log: AuditLog, tmp_path: Path) -> None:
    entries = fill(log, 5)
    forged = AuditEntry(3, entries[2].time, "eve", "delete", ("rec-99",), (), {}, entries[1].hash)
    forged_hash = forged.computed_hash()  # even a correctly hashed forgery: the next entry no longer links to it
    tamper(tmp_path / "audit.sqlite3",
           "UPDATE entries SET sequence = sequence + 100 WHERE sequence >= 3",
           "UPDATE entries SET sequence = sequence - 99 WHERE sequence >= 100",
           f"INSERT INTO entries VALUES (3, '{forged.time}', 'eve', 'delete', '[\"rec-99\"]', '[]', '{{}}', "
           f"'{forged.prev_hash}', '{forged_hash}')",
           "UPDATE head SET sequence = 6")
    report = log.verify()
    assert (report.ok, report.first_broken_sequence) == (False, 4)
    assert [e.sequence for e in log.entries()] == [1, 2, 3, 4, 5, 6]


def test_an_entry_added_at_the_end_outside_the_station_is_detected(log: AuditLog, tmp_path: Path) -> None:
    entries = fill(log, 3)
    forged = AuditEntry(4, entries[2].time, "eve", "sign_in", (), (), {}, entries[2].hash)
    tamper(tmp_path / "audit.sqlite3",
           f"INSERT INTO entries VALUES (4, '{forged.time}', 'eve', 'sign_in', '[]', '[]', '{{}}', "
           f"'{forged.prev_hash}', '{forged.computed_hash()}')")
    report = log.verify()
    assert (report.ok, report.first_broken_sequence) == (False, 4)
    assert "added outside the station" in report.reason and report.problem == "added"


def test_a_changed_hash_is_detected(log: AuditLog, tmp_path: Path) -> None:
    fill(log, 5)
    tamper(tmp_path / "audit.sqlite3", f"UPDATE entries SET hash = '{'0' * 64}' WHERE sequence = 2")
    report = log.verify()
    assert (report.ok, report.first_broken_sequence) == (False, 2)


def test_a_recomputed_hash_breaks_the_next_link(log: AuditLog, tmp_path: Path) -> None:
    entries = fill(log, 5)
    edited = AuditEntry(**{**entries[1].__dict__, "operator": "eve"})
    tamper(tmp_path / "audit.sqlite3",
           f"UPDATE entries SET operator = 'eve', hash = '{edited.computed_hash()}' WHERE sequence = 2")
    report = log.verify()
    assert (report.ok, report.first_broken_sequence) == (False, 3)
    assert "does not follow entry 2" in report.reason and report.problem == "out_of_place"


def test_a_cut_off_tail_is_detected_by_the_head(log: AuditLog, tmp_path: Path) -> None:
    fill(log, 5)
    tamper(tmp_path / "audit.sqlite3", "DELETE FROM entries WHERE sequence >= 4")
    report = log.verify()
    assert (report.ok, report.first_broken_sequence, report.checked) == (False, 4, 3)
    assert "entries 4 to 5 are missing from the end" in report.reason and report.problem == "cut_off"


def test_a_removed_first_entry_is_detected(log: AuditLog, tmp_path: Path) -> None:
    fill(log, 3)
    tamper(tmp_path / "audit.sqlite3", "DELETE FROM entries WHERE sequence = 1")
    assert (log.verify().ok, log.verify().first_broken_sequence) == (False, 1)


def test_unreadable_fields_are_reported_not_raised(log: AuditLog, tmp_path: Path) -> None:
    fill(log, 3)
    tamper(tmp_path / "audit.sqlite3", "UPDATE entries SET details = 'not json' WHERE sequence = 2")
    report = log.verify()
    assert (report.ok, report.first_broken_sequence) == (False, 2) and "cannot be read" in report.reason


# -- threads -------------------------------------------------------------------------------------------------

def test_appends_from_many_threads_make_one_gap_free_intact_chain(log: AuditLog, tmp_path: Path) -> None:
    threads, per_thread = 6, 20
    barrier = threading.Barrier(threads)
    failures: list[BaseException] = []

    def work(number: int) -> None:
        barrier.wait()
        try:
            for index in range(per_thread):
                log.append("verify", operator=f"op{number}", record_ids=[f"rec-{number}-{index}"],
                           details={"result": "match"})
                if index % 5 == 0:
                    log.entries(operator=f"op{number}")  # readers interleave with writers
        except BaseException as error:  # pragma: no cover - reported by the assertion below
            failures.append(error)

    workers = [threading.Thread(target=work, args=(number,)) for number in range(threads)]
    second = AuditLog(tmp_path / "audit.sqlite3")  # another connection (as a second process would) appends too
    for worker in workers:
        worker.start()
    for index in range(per_thread):
        second.append("sign_in", operator="other")
    for worker in workers:
        worker.join()
    second.close()
    assert failures == []
    entries = log.entries()
    assert [e.sequence for e in entries] == list(range(1, (threads + 1) * per_thread + 1))
    assert len({e.record_ids for e in entries if e.record_ids}) == threads * per_thread
    report = log.verify()
    assert report.ok and report.checked == (threads + 1) * per_thread


# -- CSV -----------------------------------------------------------------------------------------------------

def test_csv_export(log: AuditLog, tmp_path: Path) -> None:
    log.append("sign_in", operator="ann")
    log.append("verify", operator="=cmd|' /C calc'!A0", record_ids=["rec-1", "rec-2"],
               details={"result": "review", "confidence": 0.71, "reason": "ID card, checked"})
    log.append("list_add_member", operator="bob", record_ids=["rec-2"], list_ids=["list-9"])
    out = tmp_path / "export" / "audit.csv"
    out.parent.mkdir()
    assert log.export_csv(out, log.entries(action="verify")) == 1
    with out.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert tuple(rows[0]) == CSV_HEADER
    assert len(rows) == 2
    row = dict(zip(rows[0], rows[1], strict=True))
    entry = log.entries(action="verify")[0]
    assert row["sequence"] == "2" and row["time_utc"] == entry.time and row["action"] == "verify"
    assert row["operator"] == "'=cmd|' /C calc'!A0"  # a spreadsheet shows it, never runs it
    assert row["record_ids"] == "rec-1;rec-2"
    assert json.loads(row["details"]) == {"result": "review", "confidence": 0.71, "reason": "ID card, checked"}
    assert (row["prev_hash"], row["hash"]) == (entry.prev_hash, entry.hash)
    assert log.export_csv(out, log.entries()) == 3  # overwritten in full
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == 4
    assert [p.name for p in out.parent.iterdir()] == ["audit.csv"]  # no temporary file left


def test_dates_as_filters_are_local_days(log: AuditLog) -> None:
    entry = log.append("sign_in", operator="ann")
    local_day: date = entry.timestamp.astimezone().date()
    assert log.entries(since=local_day, until=local_day + timedelta(days=1)) == [entry]


# -- damage or a passing problem: only damage may set a log aside (issue 15 row 8) ---------------------------


def _written_log(path: Path) -> None:
    with AuditLog(path) as audit_log:
        audit_log.append("sign_in", operator="reception")


def test_a_malformed_log_is_damage(tmp_path: Path) -> None:
    from facestation.station.core.audit import AuditDamagedError

    path = tmp_path / "audit.sqlite3"
    _written_log(path)
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xee" * (4096 - 100)  # the schema page, after the file header
    path.write_bytes(bytes(data))
    with pytest.raises(AuditDamagedError, match="cannot be opened.*malformed"):
        AuditLog(path)


def test_a_file_that_is_not_a_database_is_damage(tmp_path: Path) -> None:
    from facestation.station.core.audit import AuditDamagedError

    path = tmp_path / "audit.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(AuditDamagedError, match="not a database"):
        AuditLog(path)


def test_a_log_that_cannot_be_opened_now_is_not_damage(tmp_path: Path) -> None:
    from facestation.station.core.audit import AuditDamagedError, AuditUnavailableError

    in_the_way = tmp_path / "audit.sqlite3"
    in_the_way.mkdir()  # SQLite: "unable to open database file", as for a missing permission
    with pytest.raises(AuditUnavailableError, match="cannot be opened right now") as raised:
        AuditLog(in_the_way)
    assert not isinstance(raised.value, AuditDamagedError)


def test_a_folder_that_cannot_be_made_is_said_not_raised_as_oserror(tmp_path: Path) -> None:
    from facestation.station.core.audit import AuditUnavailableError

    (tmp_path / "data").write_text("a file where the data folder should be")
    with pytest.raises(AuditUnavailableError, match="cannot be opened right now"):
        AuditLog(tmp_path / "data" / "audit.sqlite3")


def test_only_corrupt_and_not_a_database_count_as_damage(tmp_path: Path) -> None:
    from facestation.station.core.audit import is_damage

    path = tmp_path / "audit.sqlite3"
    _written_log(path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(sqlite3.OperationalError, match="locked") as locked:
            sqlite3.connect(path, timeout=0).execute("BEGIN IMMEDIATE")  # a real "database is locked"
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert not is_damage(locked.value)
    not_a_database = tmp_path / "other.sqlite3"
    not_a_database.write_bytes(b"x" * 4096)
    with pytest.raises(sqlite3.DatabaseError) as damaged:
        sqlite3.connect(not_a_database).execute("SELECT 1 FROM sqlite_master").fetchall()
    assert is_damage(damaged.value)
