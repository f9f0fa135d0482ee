"""`facestation import`: the real command in a subprocess against the real built-in service."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from facestation.vision.faces import BGRImage
from tests.importer.photos import make_case, read_result
from tests.station import conftest as _station
from tests.support.portraits import CompliantBase

REPO = Path(__file__).resolve().parents[2]
shared_service = _station.shared_service  # the real built-in service, started once for this module


def facestation_import(tmp_path: Path, service: dict[str, Any], *args: str,
                       password: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FACESTATION_CLIENT_SECRET": service["client_secret"],
           "FACESTATION_PASSWORD": password or service["password"]}
    for variable, name in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"), ("XDG_STATE_HOME", "state")):
        env[variable] = str(tmp_path / "user" / name)  # never the developer's call budget or settings
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    command = [sys.executable, "-m", "facestation", "import", *args, "--server", service["base_url"],
               "--client-id", service["client_id"], "--username", service["username"]]
    return subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=240,
                          stdin=subprocess.DEVNULL, check=False)


def test_import_then_rerun(shared_service: dict[str, Any], tmp_path: Path,
                           compliant_base: CompliantBase, astronaut: BGRImage) -> None:
    case = make_case(tmp_path, compliant_base, astronaut)
    result = tmp_path / "out" / "result.csv"
    first = facestation_import(tmp_path, shared_service, str(case.csv_path), "--photos", str(case.photos),
                               "--list", case.list_name, "--result", str(result), "--workers", "2")
    assert first.returncode == 1, first.stderr  # some lines could not be imported
    assert "Traceback" not in first.stderr
    assert "4 imported, 0 already there, 1 failed QA, 4 errors (of 9" in first.stdout
    assert f"Result: {result}" in first.stdout
    lines = read_result(result)
    assert [line["status"] for line in lines] == ["imported"] * 4 + ["failed QA"] + ["error"] * 4
    assert all(line["recordId"] for line in lines[:4]) and not any(line["recordId"] for line in lines[4:])
    assert "mouth is open" in lines[4]["reason"] and "not in the photo folder" in lines[5]["reason"]
    assert lines[0]["list"] == case.list_name

    again = facestation_import(tmp_path, shared_service, str(case.csv_path), "--photos", str(case.photos),
                               "--list", case.list_name, "--result", str(result))
    assert again.returncode == 1, again.stderr
    assert "0 imported, 4 already there" in again.stdout
    relines = read_result(result)
    assert [line["recordId"] for line in relines[:4]] == [line["recordId"] for line in lines[:4]]
    assert {line["reason"] for line in relines[:4]} == {"already there"}


def test_a_complete_import_exits_0_and_writes_the_default_result(
        shared_service: dict[str, Any], tmp_path: Path, compliant_base: CompliantBase,
        astronaut: BGRImage) -> None:
    case = make_case(tmp_path, compliant_base, astronaut, good=2, with_generated=False, extra_bad=False)
    done = facestation_import(tmp_path, shared_service, str(case.csv_path), "--photos", str(case.photos))
    assert done.returncode == 0, done.stderr
    assert (case.csv_path.parent / "people-result.csv").exists()


@pytest.mark.parametrize(("setup", "words"), [
    ("missing_csv", "was not found"),
    ("missing_column", "lacks the column(s) photo"),
    ("no_photo_folder", "photo folder"),
    ("wrong_password", "did not accept the sign-in"),
])
def test_what_stops_an_import_before_it_starts(shared_service: dict[str, Any], tmp_path: Path,
                                               setup: str, words: str) -> None:
    people = tmp_path / "people.csv"
    photos = tmp_path / "photos"
    photos.mkdir()
    people.write_text("name,surname1,photo\nAda,Lovelace,ada.jpg\n", encoding="utf-8")
    password = None
    if setup == "missing_csv":
        people = tmp_path / "nope.csv"
    elif setup == "missing_column":
        people.write_text("name,surname1\nAda,Lovelace\n", encoding="utf-8")
    elif setup == "no_photo_folder":
        photos = tmp_path / "no-photos"
    else:
        password = "not-the-password"
    completed = facestation_import(tmp_path, shared_service, str(people), "--photos", str(photos),
                                   password=password)
    assert completed.returncode == 2
    assert words in completed.stderr
    assert "Traceback" not in completed.stderr
    assert not (tmp_path / "people-result.csv").exists()
