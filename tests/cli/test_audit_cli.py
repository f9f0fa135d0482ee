"""`facestation audit`: verify (exit codes and messages), list and export, in-process against a real log file."""

from __future__ import annotations

import csv
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from facestation.cli import main
from facestation.station.core.audit import AuditLog


@pytest.fixture
def log_path(tmp_path: Path) -> Path:
    path = tmp_path / "audit.sqlite3"
    with AuditLog(path) as log:
        log.append("sign_in", operator="ann")
        log.append("enrol", operator="ann", record_ids=["rec-1"], details={"consent": True})
        log.append("verify", operator="bob", record_ids=["rec-1"], details={"result": "match", "confidence": 0.93})
        log.append("delete", operator="ann", record_ids=["rec-1"])
        log.append("sign_out", operator="ann")
    return path


def audit(*args: str) -> int:
    return main(["audit", *args])


def test_verify_an_intact_log(log_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert audit("verify", "--file", str(log_path)) == 0
    out = capsys.readouterr().out
    assert out.startswith("5 entries, chain intact.")
    with AuditLog(log_path) as log:
        assert log.verify().head_hash in out


def test_verify_names_the_first_broken_entry(log_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with AuditLog(log_path) as log:
        third = log.entries()[2]
    connection = sqlite3.connect(log_path)
    connection.execute("DROP TRIGGER entries_no_update")
    connection.execute("UPDATE entries SET details = '{\"confidence\":0.99,\"result\":\"match\"}' WHERE sequence = 3")
    connection.commit()
    connection.close()
    assert audit("verify", "--file", str(log_path)) == 1
    err = capsys.readouterr().err
    local_time = third.timestamp.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    assert f"broken at entry 3 (written {local_time})" in err
    assert "was changed after it was written" in err and "Entries 1 to 2 are intact." in err


def test_verify_a_deleted_entry(log_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    connection = sqlite3.connect(log_path)
    connection.execute("DROP TRIGGER entries_no_delete")
    connection.execute("DELETE FROM entries WHERE sequence = 2")
    connection.commit()
    connection.close()
    assert audit("verify", "--file", str(log_path)) == 1
    assert "broken at entry 2: entry 2 is missing" in capsys.readouterr().err


def test_a_missing_or_broken_file_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert audit("verify", "--file", str(tmp_path / "none.sqlite3")) == 1
    assert "there is no audit log at" in capsys.readouterr().err
    assert not (tmp_path / "none.sqlite3").exists()  # checking does not create one
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 200)
    assert audit("verify", "--file", str(junk)) == 1
    assert "cannot be opened" in capsys.readouterr().err


def test_the_default_file_is_in_the_user_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    with AuditLog(tmp_path / "data" / "FaceStation" / "audit.sqlite3") as log:
        log.append("lock", operator="ann")
    assert audit("verify") == 0
    assert "1 entry, chain intact." in capsys.readouterr().out


def test_list_shows_the_newest_entries(log_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert audit("list", "--file", str(log_path), "--last", "3") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["SEQ", "TIME", "OPERATOR", "ACTION", "RECORDS/LISTS", "DETAILS"]
    assert [line.split()[0] for line in lines[1:]] == ["3", "4", "5"]
    assert "confidence=0.93" in lines[1] and "result=match" in lines[1] and "bob" in lines[1]
    assert audit("list", "--file", str(log_path), "--operator", "nobody") == 0
    assert "No entries (with these filters)." in capsys.readouterr().out


def test_export_with_filters(log_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "ann.csv"
    today = datetime.now().date()
    assert audit("export", "--csv", str(out), "--file", str(log_path), "--operator", "ann",
                 "--since", today.isoformat(), "--until", today.isoformat()) == 0
    assert capsys.readouterr().out.strip() == f"Exported 4 entries to {out}."
    with out.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [row["action"] for row in rows] == ["sign_in", "enrol", "delete", "sign_out"]
    assert audit("export", "--csv", str(out), "--file", str(log_path), "--action", "verify") == 0
    with out.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [(row["sequence"], row["operator"], row["record_ids"]) for row in rows] == [("3", "bob", "rec-1")]
    tomorrow = (today + timedelta(days=1)).isoformat()
    assert audit("export", "--csv", str(out), "--file", str(log_path), "--since", tomorrow) == 0
    assert "Exported 0 entries" in capsys.readouterr().out


@pytest.mark.parametrize("args", [["export", "--csv", "x.csv", "--since", "yesterday"],
                                  ["export", "--csv", "x.csv", "--action", "hack"],
                                  ["export"], ["list", "--last", "0"]])
def test_bad_arguments_are_usage_errors(args: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        audit(*args)
    assert exit_info.value.code == 2


def test_the_installed_command(log_path: Path) -> None:
    completed = subprocess.run([sys.executable, "-m", "facestation", "audit", "verify", "--file", str(log_path)],
                               capture_output=True, text=True, timeout=60, check=False)
    assert completed.returncode == 0, completed.stderr
    assert "5 entries, chain intact." in completed.stdout
